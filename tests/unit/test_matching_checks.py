"""Units, dates, quantities and learned trust: the checks that turn a plausible line into a safe one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from matching.catalog import CatalogIndex, CatalogProduct
from matching.customers import CustomerRecord, DocumentEvidence, resolve_customer
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from matching.units import Conversion, Refusal, convert
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field

CATALOG = CatalogIndex([
    CatalogProduct("GLV-NIT-L-BLU", "Nitrile gloves, powder-free, blue, size L, box of 100", "BX", Decimal("8.90"),
                   pack_size=100),
    CatalogProduct("GLV-NIT-M-BLU", "Nitrile gloves, powder-free, blue, size M, box of 100", "BX", Decimal("8.90"),
                   pack_size=100),
    CatalogProduct("SPG-YEL", "Sponge, yellow", "EA", Decimal("0.50")),
    CatalogProduct("PAL-WRP", "Pallet wrap 18 in, clear", "RL", Decimal("21.00")),
])
CUSTOMER = CustomerMatch("C1", "Acme Retail", "domain", 0.97)


def _match(lines, header=None, knowledge=None, today=None):
    return match_order(header or ExtractedHeader(po_number=Field("PO-1", 0.9)), lines, CUSTOMER, CATALOG,
                       knowledge or StaticKnowledge(), today=today)


def test_pieces_become_boxes_when_they_fill_whole_boxes():
    done = convert(Decimal(300), Decimal("0.089"), "EA", "GLV-NIT-L-BLU", "BX", 100)
    assert isinstance(done, Conversion)
    assert (done.quantity, done.unit_price) == (Decimal(3), Decimal("8.9000"))
    assert "300 EA = 3 BX" in done.note
    broken = convert(Decimal(250), None, "EA", "GLV-NIT-L-BLU", "BX", 100)
    assert isinstance(broken, Refusal) and broken.code == "breaks_pack_multiple"
    dozen = convert(Decimal(2), None, "DZ", "SPG-YEL", "EA", 1)
    assert isinstance(dozen, Conversion) and dozen.quantity == 24
    assert convert(Decimal(2), None, "CS", "GLV-NIT-L-BLU", "BX", 100).code == "uom_mismatch"  # type: ignore[union-attr]
    assert convert(Decimal(2), None, "EA", "PAL-WRP", "RL", 1).code == "uom_mismatch"  # type: ignore[union-attr]
    assert convert(Decimal(2), None, "FLURB", "SPG-YEL", "EA", 1).code == "unknown_unit"  # type: ignore[union-attr]
    taught = convert(Decimal(2), None, "CS", "GLV-NIT-L-BLU", "BX", 100, learned_factor=Decimal(10))
    assert isinstance(taught, Conversion) and taught.quantity == 20


def test_a_converted_line_is_clean_and_a_broken_multiple_is_a_doubt():
    matched = _match([ExtractedLine("300 ea GLV-NIT-L-BLU", Decimal(300), uom="EA", item_code="GLV-NIT-L-BLU",
                                    unit_price=Decimal("0.089"))])
    line = matched.lines[0]
    assert (line.quantity, line.uom, line.reasons) == (Decimal(3), "BX", [])
    assert decide(matched, 0.95).auto_approve
    matched = _match([ExtractedLine("250 ea GLV-NIT-L-BLU", Decimal(250), uom="EA", item_code="GLV-NIT-L-BLU")])
    assert [r.code for r in matched.lines[0].reasons] == ["breaks_pack_multiple"]
    knowledge = StaticKnowledge(unit_factors={("C1", "GLV-NIT-L-BLU", "CS"): Decimal(10)})
    matched = _match([ExtractedLine("2 cs GLV-NIT-L-BLU", Decimal(2), uom="CS", item_code="GLV-NIT-L-BLU")],
                     knowledge=knowledge)
    assert (matched.lines[0].quantity, matched.lines[0].reasons) == (Decimal(20), [])


def test_requested_date_before_the_order_was_sent_is_a_doubt():
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), requested_date=Field(date(2025, 12, 1), 0.9))
    line = [ExtractedLine("1 x SPG-YEL", Decimal(1), item_code="SPG-YEL")]
    assert "requested_date_in_past" in [r.code for r in _match(line, header, today=date(2026, 11, 27)).reasons]
    assert _match(line, header, today=date(2025, 12, 1)).reasons == []
    assert _match(line, header).reasons == []  # no day known: no check


def test_a_quantity_far_from_the_customers_history_is_a_doubt():
    knowledge = StaticKnowledge(history={("C1", "SPG-YEL"): [Decimal(10), Decimal(12), Decimal(8), Decimal(20)]})
    usual = _match([ExtractedLine("30 x SPG-YEL", Decimal(30), item_code="SPG-YEL")], knowledge=knowledge)
    assert usual.lines[0].reasons == []
    odd = _match([ExtractedLine("1200 x SPG-YEL", Decimal(1200), item_code="SPG-YEL")], knowledge=knowledge)
    assert [r.code for r in odd.lines[0].reasons] == ["unusual_quantity"]
    new = _match([ExtractedLine("1200 x SPG-YEL", Decimal(1200), item_code="SPG-YEL")],
                 knowledge=StaticKnowledge(history={("C1", "SPG-YEL"): [Decimal(2)]}))
    assert new.lines[0].reasons == []  # one earlier order is not a history
    twice = _match([ExtractedLine("200 x SPG-YEL", Decimal(200), item_code="SPG-YEL")],
                   knowledge=StaticKnowledge(history={("C1", "SPG-YEL"): [Decimal(20), Decimal(25)]}))
    assert [r.code for r in twice.lines[0].reasons] == ["unusual_quantity"]  # two are: 20 and 25, then 200
    # The low side: a dropped zero (1 for 10) or a buyer who usually takes a hundred ordering one.
    few = _match([ExtractedLine("1 x SPG-YEL", Decimal(1), item_code="SPG-YEL")], knowledge=knowledge)
    assert [r.code for r in few.lines[0].reasons] == ["unusual_quantity"]
    assert "at least 8" in few.lines[0].reasons[0].message
    hundreds = StaticKnowledge(history={("C1", "SPG-YEL"): [Decimal(100)] * 5})
    assert [r.code for r in _match([ExtractedLine("1 x SPG-YEL", Decimal(1), item_code="SPG-YEL")],
                                   knowledge=hundreds).lines[0].reasons] == ["unusual_quantity"]
    # Half the usual is an ordinary week; so is the least this customer ever ordered.
    for quantity in (Decimal(5), Decimal(8), Decimal(3)):
        line = [ExtractedLine(f"{quantity} x SPG-YEL", quantity, item_code="SPG-YEL")]
        assert _match(line, knowledge=knowledge).lines[0].reasons == [], quantity
    assert _match([ExtractedLine("1 x SPG-YEL", Decimal(1), item_code="SPG-YEL")],
                  knowledge=StaticKnowledge(history={("C1", "SPG-YEL"): [Decimal(1), Decimal(2)]})).lines[0].reasons \
        == []  # the least ever ordered
    # A slipped zero on a week below the usual: 70 meant as 7 is seven times the usual 10 and three
    # and a half times the most ever ordered (20): asked about, though under ten times the usual.
    slipped = _match([ExtractedLine("70 x SPG-YEL", Decimal(70), item_code="SPG-YEL")], knowledge=knowledge)
    assert [r.code for r in slipped.lines[0].reasons] == ["unusual_quantity"]
    # Twice the most ever ordered is a busy week, not a typo.
    assert _match([ExtractedLine("40 x SPG-YEL", Decimal(40), item_code="SPG-YEL")],
                  knowledge=knowledge).lines[0].reasons == []


def test_an_unsure_reading_is_trusted_once_clerks_confirmed_this_customers_writing():
    unsure = [ExtractedLine("Plus 20 SPG-YEL", Decimal(20), item_code="SPG-YEL", confidence=0.9)]
    assert not decide(_match(unsure), 0.95).auto_approve
    trusted = StaticKnowledge(trusted_readers={"C1"})
    assert decide(_match(unsure, knowledge=trusted), 0.95).auto_approve
    garbled = [ExtractedLine("20 SPG-YEL?", Decimal(20), item_code="SPG-YEL", confidence=0.6)]
    assert not decide(_match(garbled, knowledge=trusted), 0.95).auto_approve  # trust has a floor


def test_our_own_description_word_for_word_names_the_product():
    hit = CATALOG.match(None, "Nitrile gloves, powder-free, blue, size M")  # without ", box of 100"
    assert (hit.sku, hit.method) == ("GLV-NIT-M-BLU", "exact_description")
    # A code beside it that points to another product is a doubt, not a silent pick.
    assert CATALOG.match("GLV-NIT-X-BLU", "Nitrile gloves, powder-free, blue, size M").method != "exact_description"


def test_a_sender_a_clerk_tied_to_a_customer_is_known_next_time():
    customers = [CustomerRecord("C9", "Corner Deli", (), None, known_senders=("deli.owner@gmail.example",))]
    found = resolve_customer("Deli.Owner@gmail.example", None, customers)
    assert (found.customer_id, found.method) == ("C9", "learned_sender")


ACME_DC = Address("Acme DC", "400 Summer Street", "Boston", "MA", "02210", "US")
WITH_DOCS = [
    CustomerRecord("C1", "Acme Retail Group", ("acme-retail.example",), addresses=(ACME_DC,)),
    CustomerRecord("C2", "Delta Logistics Inc.", ("deltalogistics.example",)),
]


def test_a_document_without_a_sender_suggests_its_customer_for_the_clerk_to_confirm():
    by_name = resolve_customer(None, None, WITH_DOCS, document=DocumentEvidence("DELTA LOGISTICS, INC", None, None))
    assert (by_name.customer_id, by_name.method) == ("C2", "document_name")
    assert by_name.doubt and "no sender" in by_name.doubt  # a missing From is no proof of a trusted channel
    ours = resolve_customer("staff@northwind.example", None, WITH_DOCS, ["northwind.example"],
                            DocumentEvidence("Delta Logistics", None, None))
    assert ours.customer_id == "C2" and ours.doubt  # our own address forwarding no buyer proves nothing
    by_address = resolve_customer(None, None, WITH_DOCS, document=DocumentEvidence(
        None, Address(None, "400 Summer St.", "Boston", "MA", "02210"), None))
    assert (by_address.customer_id, by_address.method) == ("C1", "document_address")
    conflict = resolve_customer(None, None, WITH_DOCS, document=DocumentEvidence("Delta Logistics", ACME_DC, None))
    assert conflict.customer_id is None  # name and address disagree: a person decides


def test_an_unknown_sender_gets_the_documents_customer_only_as_a_suggestion():
    found = resolve_customer("someone@gmail.example", None, WITH_DOCS,
                             document=DocumentEvidence("Acme Retail Group", None, None))
    assert found.customer_id == "C1" and found.doubt and "someone@gmail.example" in found.doubt
    matched = match_order(ExtractedHeader(po_number=Field("PO-9", 0.9)),
                          [ExtractedLine("1 x SPG-YEL", Decimal(1), item_code="SPG-YEL")], found, CATALOG,
                          StaticKnowledge())
    assert [r.code for r in matched.reasons] == ["customer_unconfirmed"]
    assert not decide(matched, 0.95).auto_approve


def test_the_form_of_a_po_number_suggests_a_customer():
    shapes = {"C1": {"ACM-PO-99999"}, "C2": {"DL-999999"}}
    found = resolve_customer(None, None, WITH_DOCS, document=DocumentEvidence(None, None, "DL-451999"),
                             po_shapes=lambda: shapes)
    assert (found.customer_id, found.method) == ("C2", "po_pattern") and found.doubt
    digits_only = DocumentEvidence(None, None, "4500012345")  # a bare number says too little
    assert resolve_customer(None, None, WITH_DOCS, document=digits_only, po_shapes=lambda: shapes).customer_id is None


def test_a_known_sender_whose_document_names_another_customer_is_a_doubt():
    gateway = [*WITH_DOCS[:1], CustomerRecord("C2", "Delta Logistics Inc.", (), known_senders=("edi@van.example",))]
    acme = DocumentEvidence("Acme Retail Group", None, None)
    found = resolve_customer("edi@van.example", None, gateway, document=acme)
    assert found.customer_id == "C2" and found.doubt and "Acme Retail Group" in found.doubt
    same = resolve_customer("edi@van.example", None, gateway, document=DocumentEvidence("Delta Logistics", None, None))
    assert same.doubt is None


def test_a_description_head_shared_with_another_product_names_neither():
    # ", ream" is no packing word we know, so only the case's description loses a pack clause; its
    # head "Copy paper A4, white" is also how the ream's description begins.
    index = CatalogIndex([
        CatalogProduct("PAP-1", "Copy paper A4, white, ream", "EA", Decimal("4")),
        CatalogProduct("PAP-10", "Copy paper A4, white, case of 10 reams", "CS", Decimal("38")),
    ])
    assert index.exact_description("Copy paper A4, white, ream") == "PAP-1"  # its own full description
    assert index.exact_description("Copy paper A4, white") is None
    assert index.match(None, "Copy paper A4, white").method != "exact_description"
