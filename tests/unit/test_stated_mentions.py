"""Destinations and needed-by days stated in a buyer's own words: found precisely, resolved against the
sending day, and held against the order's header (matching/order_matching.account_for_stated)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.stated import find_stated
from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field
from vocabulary.dates import resolve_stated_day, week_asked_for

SENT = date(2026, 11, 25)  # a Wednesday
CATALOG = CatalogIndex([CatalogProduct("GLV-NIT-L-BLU", "Nitrile gloves, size L, box of 100", "BX",
                                       Decimal("8.90"))])
CUSTOMER = CustomerMatch("C1", "Acme Retail", "contact_email", 0.99)
DEFAULT = Address("Acme Retail DC", "400 Summer Street", "Boston", "MA", "02210", "US")


@pytest.mark.parametrize(("words", "day"), [
    ("Mon 11/30", date(2026, 11, 30)),
    ("Friday", date(2026, 11, 27)),
    ("next Monday", date(2026, 11, 30)),  # the coming Monday is next week's: both readings agree
    ("the 14th", date(2026, 12, 14)),
    ("tomorrow", date(2026, 11, 26)),
    ("Dec 7", date(2026, 12, 7)),
    ("30.11.", date(2026, 11, 30)),
    ("December 7, 2026", date(2026, 12, 7)),
    ("next Friday", None),  # this week's or next week's: a person must ask
    ("Tue 11/30", None),  # the weekday disagrees with the date
    ("Wednesday", None),  # written on a Wednesday: today or a week on
    ("end of next week", None),
])
def test_a_day_named_in_prose_resolves_against_the_sending_day_only_when_certain(words, day):
    assert resolve_stated_day(words, SENT) == day


@pytest.mark.parametrize("text", [
    "Please ship asap.",
    "Ship via UPS ground, delivery charges as usual.",
    "Please ship to us as usual, thanks.",
    "Please send the invoice to ap@acme-retail.example",
    "ship on the 3rd truck",
    "Thanks for the quick delivery last time.",
])
def test_shipping_words_that_name_no_place_or_day_are_not_mentions(text):
    assert find_stated(text) == []


def test_a_place_and_a_day_said_in_one_sentence_are_both_found():
    found = find_stated("Can you drop at the Bothell jobsite? We need these on site Mon 11/30.")
    assert [(m.kind, m.place, m.when) for m in found] == [
        ("destination", "the Bothell jobsite", None), ("date", None, "Mon 11/30")]


def test_an_address_in_a_sentence_or_under_it_is_read_whole():
    inline = find_stated("Ship to Alder Creek Elementary - Jobsite, 9120 Alder Creek Rd, Bothell WA 98011")
    below = find_stated("Please ship to the following address:\nAlder Creek Elementary\n9120 Alder Creek Rd\n"
                        "Bothell, WA 98011\n")
    for found in (inline, below):
        assert found[0].address is not None
        assert (found[0].address.street, found[0].address.postal_code) == ("9120 Alder Creek Rd", "98011")


def test_a_signature_and_a_quoted_reply_state_no_destination():
    """The buyer's office under "Thanks," and a ship-to in the quoted history are not where this order goes."""
    body = ("PO 1234\n\n10 x GLV-NIT-L-BLU\n\nThanks,\nJane Doe\nAcme Retail\n400 Summer Street\nBoston, MA 02210\n\n"
            "On Tue, Nov 24, 2026 at 9:00 AM Sam <sam@northwind.example> wrote:\n"
            "> Please confirm: ship to 55 Harbor Way, Sparks NV 89431?\n")
    stated = extract_text(body, 0).stated
    assert [m for m in stated if m.kind != "signature"] == []
    # (the office is read as the signature's, who the sender is and where, never where the goods go)
    assert [m.address.street for m in stated if m.address] == ["400 Summer Street"]


def _decided(stated_text: str, header: ExtractedHeader | None = None, addresses: list[Address] | None = None):
    stated = find_stated(stated_text)
    knowledge = StaticKnowledge(known_addresses={"C1": addresses if addresses is not None else [DEFAULT]})
    matched = match_order(header or ExtractedHeader(po_number=Field("PO-1", 0.9)),
                          [ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")],
                          CUSTOMER, CATALOG, knowledge, today=SENT, stated=stated)
    return matched, decide(matched, 0.9)


def test_a_clean_order_without_stated_places_still_goes_through():
    _, decision = _decided("Please ship asap, thanks.")
    assert decision.auto_approve, decision.reasons


def test_a_place_not_read_is_a_doubt_naming_it():
    matched, decision = _decided("Please deliver to our Sparks plant.")
    assert not decision.auto_approve
    reason = next(r for r in decision.reasons if r.code == "destination_unread")
    assert reason.field == "ship_to" and "'our Sparks plant'" in reason.message
    assert matched.header.ship_to is None


def test_a_known_address_the_place_names_alone_is_taken():
    sparks = Address("Acme Sparks Plant", "55 Harbor Way", "Sparks", "NV", "89431", "US")
    matched, decision = _decided("Please deliver to our Sparks plant.", addresses=[DEFAULT, sparks])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == sparks
    assert decision.auto_approve, decision.reasons


def test_a_place_two_known_addresses_answer_to_is_still_a_doubt():
    sparks = [Address("Acme Sparks Plant", "55 Harbor Way", "Sparks", "NV", "89431"),
              Address("Acme Sparks Annex", "7 Glendale Ave", "Sparks", "NV", "89431")]
    _, decision = _decided("Please deliver to Sparks.", addresses=[DEFAULT, *sparks])
    assert "destination_unread" in {r.code for r in decision.reasons}


def test_a_place_the_labelled_ship_to_names_is_accounted_for():
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(
        Address("Acme Sparks Plant", "55 Harbor Way", "Sparks", "NV", "89431"), 0.85))
    sparks = Address("Acme Sparks Plant", "55 Harbor Way", "Sparks", "NV", "89431")
    _, decision = _decided("Please deliver to our Sparks plant.", header, addresses=[DEFAULT, sparks])
    assert decision.auto_approve, decision.reasons


def test_a_stated_address_other_than_the_labelled_ship_to_is_a_doubt():
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(DEFAULT, 0.85))
    _, decision = _decided("Ship to Alder Creek Elementary - Jobsite, 9120 Alder Creek Rd, Bothell WA 98011",
                           header)
    assert "destination_unread" in {r.code for r in decision.reasons}


def test_a_day_read_from_prose_is_confirmed_by_a_clerk():
    matched, decision = _decided("We need these on site Mon 11/30.")
    assert matched.header.requested_date is not None and matched.header.requested_date.value == date(2026, 11, 30)
    assert [r.field for r in decision.reasons] == ["requested_date"]


@pytest.mark.parametrize("text", ["We need it delivered by December 14, 2026.",
                                  "Please note payment must be made by 14/12/2026.",
                                  "Our last delivery on 14/12/2026 was short."])
def test_a_date_written_in_full_in_prose_is_still_confirmed_by_a_clerk(text):
    """GIVEN a date written with its day, month and year in a sentence WHEN the order is matched THEN it may
    be the requested date, but a clerk confirms it: the words around a date in prose ("payment must be
    made by", "our last delivery on") are too loose to trust it untouched."""
    matched, decision = _decided(text)
    if matched.header.requested_date is not None:
        assert "requested_date" in {r.field for r in decision.reasons}, decision.reasons


def test_a_full_date_that_reads_two_ways_is_still_confirmed_by_a_clerk():
    matched, decision = _decided("Required: 04/12/2026, thanks.")  # 4 December or 12 April
    assert "requested_date" in {r.field for r in decision.reasons}, decision.reasons


def test_a_place_named_before_its_address_is_written_out_is_that_address():
    """GIVEN a job named in the first sentence and its address written out in a later one WHEN the order
    is matched THEN the name is accounted for by the address (no doubt that the destination was not
    read); the address, not on file, is still a doubt of its own."""
    matched, decision = _decided("Can you put together the following for the Maple Grove School project? "
                                 "Please ship to Maple Grove School - Jobsite, 12 Oak Rd, Quincy MA 02169.")
    assert matched.header.ship_to is not None and matched.header.ship_to.value.street == "12 Oak Rd"
    codes = {r.code for r in decision.reasons}
    assert "destination_unread" not in codes and "unknown_ship_to" in codes, decision.reasons


def test_a_day_not_read_is_a_doubt_and_a_day_against_the_label_too():
    _, vague = _decided("We need it by end of next week.")
    assert "date_unread" in {r.code for r in vague.reasons}
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), requested_date=Field(date(2026, 12, 4), 0.85))
    _, other = _decided("We need these by Friday.", header)  # Friday is the 27th, the label says 4 Dec
    assert "date_unread" in {r.code for r in other.reasons}
    _, same = _decided("We need these by Friday 12/4.", header)
    assert same.auto_approve, same.reasons


def test_our_own_office_is_the_one_known_address_but_a_jobsite_is_not():
    office, _ = _decided("We need this soon, deliver to our office.")
    assert office.header.ship_to is not None and office.header.ship_to.value == DEFAULT
    _, jobsite = _decided("Please deliver to the jobsite.")
    assert "destination_unread" in {r.code for r in jobsite.reasons}
    _, two = _decided("Deliver to our warehouse.", addresses=[DEFAULT, Address("Acme East", "1 Dock Rd", "Quincy",
                                                                               "MA", "02169")])
    assert "destination_unread" in {r.code for r in two.reasons}


def test_a_weekday_settles_which_way_a_slash_date_reads():
    """09/03/2026 is a Monday read day first (9 March) and a Thursday read month first: "next Monday" says which."""
    assert resolve_stated_day("next Monday, 09/03/2026", date(2026, 3, 4)) == date(2026, 3, 9)
    assert resolve_stated_day("lunes 9 de noviembre", date(2026, 11, 4)) == date(2026, 11, 9)


@pytest.mark.parametrize(("text", "place"), [
    ("Livrer au 1280, boul. Lebourgneuf, Québec (QC) G2K 2E2.", "1280, boul. Lebourgneuf, Québec (QC) G2K 2E2"),
    ("Delivery to our Leeds unit as usual.", "our Leeds unit"),
    ("SHIP TO: CENTRAL WAREHOUSE        BILL TO: ACCOUNTS PAYABLE", "CENTRAL WAREHOUSE"),
    ("Livraison souhaitée semaine 39 au dépôt de Lyon.", "dépôt de Lyon"),
    ("Need for the Fruitvale job:", "Fruitvale job"),
])
def test_the_place_is_cut_where_its_words_end(text, place):
    assert [m.place for m in find_stated(text) if m.kind == "destination"] == [place]


def test_a_week_by_its_number_is_a_day_asked_for_and_not_read():
    _, decision = _decided("Liefertermin KW 18")
    assert "date_unread" in {r.code for r in decision.reasons}


@pytest.mark.parametrize("text", ["Livraison souhaitée semaine 49 au dépôt de Nantes.",
                                  "Delivery wanted wk 49 please.", "Entrega deseada semana 49."])
def test_a_week_asked_for_without_a_preposition_is_a_doubt(text):
    """GIVEN a delivery asked for by the week's number alone WHEN the order is matched THEN no day is
    read (a week is a period, not one day) and the clerk is told which week was asked for."""
    matched, decision = _decided(text)
    assert matched.header.requested_date is None
    unread = [r for r in decision.reasons if r.code == "date_unread"]
    assert unread and "49" in unread[0].message, decision.reasons


@pytest.mark.parametrize(("words", "span"), [
    ("KW 50", (date(2026, 12, 7), date(2026, 12, 13))),
    ("semaine 2", (date(2027, 1, 11), date(2027, 1, 17))),  # sent in late November: next year's week 2
    ("wk 50/2026", (date(2026, 12, 7), date(2026, 12, 13))),
    ("week 54", None),
    ("Friday", None),
])
def test_a_week_by_its_number_is_the_iso_week_ahead_of_the_sending_day(words, span):
    assert week_asked_for(words, SENT) == span


def test_the_doubt_on_a_week_says_which_days_it_covers():
    _, decision = _decided("Liefertermin KW 50")
    unread = next(r for r in decision.reasons if r.code == "date_unread")
    assert "2026-12-07" in unread.message and "2026-12-13" in unread.message, unread.message


@pytest.mark.parametrize(("text", "when"), [
    ("If it's not here by Tuesday 12/1 I am calling your manager.", "Tuesday 12/1"),
    ("Make sure it is here by the 14th.", "the 14th"),
])
def test_a_day_the_goods_must_be_here_by_is_a_day_asked_for(text, when):
    assert [m.when for m in find_stated(text) if m.kind == "date"] == [when]


def test_work_named_in_lower_case_is_not_a_place():
    assert find_stated("Our PO 55840 - for the store refresh project:") == []


def test_an_address_written_without_delivery_words_is_found():
    """"Needs to go to", "goes to", "this one is for": the words asking for delivery are too many to
    list; the street and town written out are what is found."""
    found = find_stated("PO SR-55187. This one needs to go to our Fernley plant, not Sparks: 1200 Newlands Dr, "
                        "Fernley NV 89408, receiving door 3.")
    written = [m for m in found if m.kind == "address"]
    assert len(written) == 1 and written[0].address is not None
    assert (written[0].address.street, written[0].address.postal_code) == ("1200 Newlands Dr", "89408")


def test_a_written_address_other_than_where_the_order_goes_is_a_doubt():
    matched, decision = _decided("This one needs to go to our Fernley plant, not Sparks: 1200 Newlands Dr, "
                                 "Fernley NV 89408.")
    # (Read as the ship-to since the sentence sends the goods there; not on file, so still a doubt.)
    reason = next(r for r in decision.reasons if r.code == "unknown_ship_to")
    assert reason.field == "ship_to" and "1200 Newlands Dr" in reason.message
    assert not decision.auto_approve
    assert matched.header.ship_to is not None and matched.header.ship_to.value.street == "1200 Newlands Dr"


def test_a_written_address_that_is_the_ship_to_the_bill_to_or_the_only_one_on_file_is_accounted():
    """The customer's one address (no ship-to read: the order goes there), the ship-to read and the
    bill-to read are where the order goes or is billed: no doubt."""
    own = "Our address is 400 Summer Street, Boston MA 02210."
    assert _decided(own)[1].auto_approve
    other = Address("Acme Bothell", "9120 Alder Creek Rd", "Bothell", "WA", "98011", "US")
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(other, 0.85))
    assert _decided("It is for 9120 Alder Creek Rd, Bothell WA 98011.", header, [DEFAULT, other])[1].auto_approve
    billed = ExtractedHeader(po_number=Field("PO-1", 0.9), bill_to=Field(other, 0.85))
    assert _decided("Invoices: 9120 Alder Creek Rd, Bothell WA 98011.", billed)[1].auto_approve
    # With two addresses on file and none read, the default one is not known to be meant: ask.
    assert not _decided(own, addresses=[DEFAULT, other])[1].auto_approve


def test_a_jobsite_named_without_a_name_is_a_doubt_beside_a_labelled_ship_to():
    """"Please deliver these to the jobsite" under a labelled ship-to of the office: no word names which
    site, so nothing the ship-to holds answers it."""
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(DEFAULT, 0.85))
    for text in ("Please deliver these to the jobsite.", "Ship to our new job site please."):
        _, decision = _decided(text, header)
        assert "destination_unread" in {r.code for r in decision.reasons}, text


def test_two_places_on_one_line_are_both_held_against_the_order():
    found = find_stated("Deliver to our office. The second pallet: deliver to the Bothell jobsite.")
    assert [m.place for m in found if m.kind == "destination"] == ["our office", "the Bothell jobsite"]
    _, decision = _decided("Deliver to our office. The second pallet: deliver to the Bothell jobsite.")
    assert not decision.auto_approve


def test_a_deadline_at_the_end_of_the_week_is_a_day_asked_for():
    for text in ("Need these by end of the week.", "Need them delivered by EOW."):
        _, decision = _decided(text)
        assert "date_unread" in {r.code for r in decision.reasons}, text


def test_a_destination_in_a_postscript_under_the_signature_is_read():
    body = ("PO 1234\n\n10 x GLV-NIT-L-BLU\n\nThanks,\nJane Doe\nAcme Retail\n400 Summer Street\nBoston, MA 02210\n\n"
            "P.S. please deliver to the Bothell jobsite, 9120 Alder Creek Rd, Bothell WA 98011\n")
    found = extract_text(body, 0).stated
    assert [m.address.street for m in found if m.address and m.kind != "signature"] == ["9120 Alder Creek Rd"]


def _pdf(*paragraphs: str) -> bytes:
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from tests.support.documents import ROWS

    buf = io.BytesIO()
    styles = getSampleStyleSheet()
    SimpleDocTemplate(buf, pagesize=letter, invariant=1).build(
        [Paragraph("Purchase Order", styles["Title"]), Paragraph("PO Number: 4500012345", styles["Normal"]),
         *(Paragraph(p, styles["Normal"]) for p in paragraphs), Table(ROWS)])
    return buf.getvalue()


def test_a_place_a_pdf_asks_for_in_a_sentence_is_held_against_the_order():
    """A PO's note "Please deliver these to the Kirkland jobsite" is a destination; its labelled blocks
    ("SHIP TO", "Ship To: ...") are the header's to read, not a mention."""
    from extractors.pdf_table import EXTRACTOR
    from models.schemas import Part

    def stated(pdf: bytes) -> list[str | None]:
        return [m.place for m in EXTRACTOR.extract(Part(1, "attachment", "application/pdf", "po.pdf", pdf)).stated]

    assert stated(_pdf("Notes: please deliver these to the Kirkland jobsite.")) == ["the Kirkland jobsite"]
    assert stated(_pdf("Ship To: Acme Retail DC, 400 Summer Street, Boston MA 02210",
                       "Vendor: Northwind Supply, 55 Harbor Way, Sparks NV 89431")) == []
    # A contract's small print names parties, not places.
    assert stated(_pdf("Goods delivered to Buyer or shipped pursuant to Buyer's instructions remain Seller's "
                       "risk until received.")) == []


@pytest.mark.parametrize("text, place", [
    ("Delivery wanted: 11/06/2026, to Hull as usual.", "Hull"),
    ("Needed: 02/07/2026, to Hull.", "Hull"),
    ("Deliver: 10/02/2026 to Loading Bay C.", "Loading Bay C"),
    ("Lo necesitamos para el martes 3 de marzo en nuestro CEDIS de Celaya.", "nuestro CEDIS de Celaya"),
])
def test_a_place_said_after_the_day_or_the_need_is_a_destination(text, place):
    found = [m for m in find_stated(text) if m.kind == "destination"]
    assert [m.place for m in found] == [place]


def test_a_town_named_alone_after_the_day_takes_the_customers_address_there():
    hull = Address("Acme Hull Depot", "4 Wharf Rd", "Hull", None, "HU1 2AB", "GB")
    matched, decision = _decided("Delivery wanted: 11/06/2026, to Hull as usual.", addresses=[DEFAULT, hull])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == hull


def test_a_part_of_the_premises_is_the_one_address_on_file():
    matched, _ = _decided("Deliver: 10/02/2026 to Loading Bay C.")
    assert matched.header.ship_to is not None and matched.header.ship_to.value == DEFAULT


def test_uk_and_canadian_addresses_written_in_a_sentence_are_read():
    uk = [m for m in find_stated("Please send it to the front desk at 9 Kiln Row, Bristol BS1 6QH.")
          if m.kind == "destination"]
    assert uk and uk[0].address is not None
    assert (uk[0].address.street, uk[0].address.city, uk[0].address.postal_code, uk[0].address.country) == (
        "9 Kiln Row", "Bristol", "BS1 6QH", "GB")
    ca = [m for m in find_stated("Livrer au 455, rue des Forges, Trois-Rivières (QC) G9A 2H5 svp.")
          if m.kind == "destination"]
    assert ca and ca[0].address is not None
    assert (ca[0].address.street, ca[0].address.city, ca[0].address.region, ca[0].address.postal_code) == (
        "455, rue des Forges", "Trois-Rivières", "QC", "G9A 2H5")


def test_a_new_ship_to_without_a_country_takes_the_customers_one_country_and_stays_a_doubt():
    header = ExtractedHeader(po_number=Field("PO-1", 0.9),
                             ship_to=Field(Address(None, "Calle Olmo 4", "Tudela", None, "31500"), 0.8))
    home = Address("Acme", "Via Norte 2", "Pamplona", None, "31001", "ES")
    matched, decision = _decided("", header=header, addresses=[home])
    assert matched.header.ship_to is not None and matched.header.ship_to.value.country == "ES"
    assert any(r.code == "unknown_ship_to" for r in decision.reasons)


def test_a_ship_to_block_beside_another_is_read_in_its_own_column():
    text = ("Vendor                              Ship To\n"
            "Acme Widgets Ltd                    Pelton Heating\n"
            "5 Forge Rd                          310 Cable Ave\n"
            "Dunmore, TX 75001                   Kellby, OH 44101\n")
    found = [m for m in find_stated(text) if m.kind == "destination"]
    assert found and found[0].address is not None
    assert (found[0].address.street, found[0].address.postal_code) == ("310 Cable Ave", "44101")
    left = ("SHIP TO: NORTH YARD                                BILL TO: FINANCE DEPT\n"
            "         77 QUARRY LN                                     PO BOX 12\n"
            "         ELMTON OR 97001                                  ELMTON OR 97009\n")
    found = [m for m in find_stated(left) if m.kind == "destination"]
    assert found and (found[0].address is None or found[0].address.street == "77 QUARRY LN")


def test_one_address_written_where_the_goods_must_go_is_the_ship_to_and_an_unknown_one_a_doubt():
    matched, decision = _decided("Thanks. This batch has to go to our Dayton shop, not the main one: "
                                 "48 Kettering Blvd, Dayton OH 45409")
    assert matched.header.ship_to is not None and matched.header.ship_to.value.street == "48 Kettering Blvd"
    assert not decision.auto_approve
    assert any(r.code == "unknown_ship_to" for r in decision.reasons)


def test_a_signature_address_is_never_the_ship_to():
    matched, _ = _decided("Thanks,\nDana Holt\nAcme Supply\n48 Kettering Blvd, Dayton OH 45409")
    assert matched.header.ship_to is None


def test_a_known_ship_to_keeps_the_name_the_buyer_printed_when_read_cleanly():
    for printed, kept in (("Loading Yard East", "Loading Yard East"),
                          ("Loading Yard East          BILL TO: ACCOUNTS", DEFAULT.name)):
        on_file = Address(printed, DEFAULT.street, DEFAULT.city, DEFAULT.region, DEFAULT.postal_code, DEFAULT.country)
        header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(on_file, 0.85))
        matched, _ = _decided("", header=header)
        assert matched.header.ship_to is not None
        assert matched.header.ship_to.value.name == kept
        assert matched.header.ship_to.value.street == DEFAULT.street


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ship to Riverside FC as usual (1200 Dock Rd, Toledo OH 43604).", "Riverside FC"),
    ("Please send these to the Kiln Row job (22 Kiln Row, Leeds LS1 4AB).", "Kiln Row job"),
    ("Deliver to our warehouse (88 Yard Ln, Reno NV 89502) please.", None),  # a kind of place, no name
])
def test_a_place_with_its_address_in_brackets_is_named_without_them(sentence: str, name: str | None):
    (mention,) = [m for m in find_stated(sentence + "\n") if m.kind == "destination"]
    assert mention.address is not None and mention.address.street is not None
    assert mention.address.name == name


@pytest.mark.parametrize(("text", "place", "street"), [
    # "ships to" said of the order itself, the place's name before its address
    ("IMPORTANT: this one ships to Birchwood Middle School, 44 Quarry Rd, Athens GA 30601 (attn: custodian) - "
     "NOT to the central warehouse.", "Birchwood Middle School", "44 Quarry Rd"),
    # the goods named before "to": "send our monthly glove order to ..."
    ("Please send our monthly glove order to Harbor Clinic, 210 Pier St, Mobile AL 36602 - Attn: Supply room.",
     "Harbor Clinic", "210 Pier St"),
    ("Please send the below to Fernhill Cottages (12 Fernhill Ln, Eugene OR 97401). PO 5521.",
     "Fernhill Cottages", "12 Fernhill Ln"),
])
def test_a_sentence_sending_the_order_somewhere_names_the_place_and_its_address(text, place, street):
    found = [m for m in find_stated(text) if m.kind == "destination"]
    assert len(found) == 1, found
    assert found[0].address is not None
    assert (found[0].address.name, found[0].address.street) == (place, street)


@pytest.mark.parametrize(("text", "place"), [
    ("need 4 cases of 9in paint rollers to the Oak st job, tomorrow am if u can", "Oak st job"),
    ("send 2 pallets of pavers to the Miller Farm site please", "Miller Farm site"),
    ("Please send the following to Fernhill Cottages:", "Fernhill Cottages"),
])
def test_a_named_job_or_site_the_goods_go_to_is_a_destination(text, place):
    found = [m for m in find_stated(text) if m.kind == "destination"]
    assert [m.place for m in found] == [place]


@pytest.mark.parametrize("text", [
    "send our thanks to the team for the quick turnaround",
    "Please send the invoice and the packing list to accounts@birchwood.example",
    "we shipped the returns to you last week",
])
def test_sending_something_else_somewhere_is_no_destination(text):
    assert [m for m in find_stated(text) if m.kind == "destination"] == []


OAK_JOB = Address("Greenline - Oak st Job", "418 Oak St", "Keizer", "OR", "97303", "US")
YARD = Address("Greenline Yard", "12 Depot Rd", "Salem", "OR", "97301", "US")


def test_a_named_job_the_goods_go_to_is_the_site_on_file_of_that_name():
    matched, decision = _decided("need 6 rolls of 12 blk to the Oak st job tomorrow", addresses=[YARD, OAK_JOB])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == OAK_JOB


def _named(printed: str, on_file: Address, company_site: bool = False):
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(
        Address(printed, on_file.street, on_file.city, on_file.region, on_file.postal_code), 0.85))
    return _decided("", header, addresses=[DEFAULT, on_file])


def test_a_site_named_in_fewer_words_than_on_file_keeps_the_printed_name():
    matched, decision = _named("Oak st job", OAK_JOB)
    assert matched.header.ship_to is not None and matched.header.ship_to.value.name == "Oak st job"
    assert matched.header.ship_to.value.street == "418 Oak St"
    assert decision.auto_approve, decision.reasons


def test_a_site_named_more_fully_than_the_file_keeps_the_printed_name():
    on_file = Address("Acme Retail", "55 Harbor Way", "Sparks", "NV", "89431", "US")  # the company's name only
    matched, decision = _named("Acme Retail - North Yard", on_file)
    assert matched.header.ship_to is not None and matched.header.ship_to.value.name == "Acme Retail - North Yard"
    assert decision.auto_approve, decision.reasons


def test_a_site_named_unlike_its_name_on_file_is_a_doubt():
    """"Monroe FC" printed over the street of "VoltCart Fulfillment Center": maybe another tenant there."""
    on_file = Address("Keystone Fulfillment Center", "9900 Logistics Pkwy", "Monroe", "OH", "45050", "US")
    matched, decision = _named("Riverside Cold Storage", on_file)
    assert not decision.auto_approve
    reason = next(r for r in decision.reasons if r.code == "ship_to_name_differs")
    assert "'Riverside Cold Storage'" in reason.message and "'Keystone Fulfillment Center'" in reason.message


def test_a_street_on_file_read_without_the_place_name_is_confirmed_by_a_clerk():
    """The order gives the street but the reading got no name for the place: the name on file is a guess."""
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(
        Address(None, YARD.street, YARD.city, YARD.region, YARD.postal_code), 0.85))
    matched, decision = _decided("", header, addresses=[DEFAULT, YARD])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == YARD
    assert not decision.auto_approve
    assert "ship_to_name_differs" in {r.code for r in decision.reasons}


def test_an_address_promised_by_a_colon_after_a_blank_line_is_read():
    found = find_stated("Our PO number is 88213. Ship to the lab receiving dock as usual:\n\n"
                        "Lakeholm Regional Hospital\n715 Marrow Street\nLakeholm, WI 53991\n\nThanks\n")
    assert [m.kind for m in found] == ["destination"]
    assert found[0].address is not None
    assert (found[0].address.street, found[0].address.postal_code) == ("715 Marrow Street", "53991")


def test_the_orders_number_after_a_place_is_no_part_of_it():
    found = find_stated("Hello, please ship the following to our Greyridge site, PO NCR-26-1207:\n\n2 cs tips\n")
    assert [m.place for m in found if m.kind == "destination"] == ["our Greyridge site"]


def test_a_dutch_delivery_address_with_its_attention_and_postcode():
    found = find_stated("Gewenste leverdatum: 8 december 2026.\nAfleveradres: Brink Analytica B.V., t.a.v. QC-lab, "
                        "Molenweg 12, 5294 KT Oosterdijk.\n\nMet vriendelijke groet,\n")
    place = next(m for m in found if m.kind == "destination")
    assert place.address is not None
    assert (place.address.name, place.address.street, place.address.postal_code, place.address.city) == (
        "Brink Analytica B.V.", "Molenweg 12", "5294 KT", "Oosterdijk")


def test_a_dollar_sign_on_an_order_from_no_known_customer_is_the_dollar_of_the_country_it_ships_in():
    from matching.order_matching import match_order as match
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), currency_sign=Field("$", 0.9), ship_to=Field(
        Address("Acme DC", "400 Summer Street", "Boston", "MA", "02210", "US"), 0.85))
    lines = [ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")]
    unknown = CustomerMatch(None, None, "none", 0.0)
    got = match(header, lines, unknown, CATALOG, StaticKnowledge())
    assert got.header.currency is not None and got.header.currency.value == "USD"
    assert got.header.currency.confidence < 0.7  # below the currency's floor: a clerk confirms it
    canadian = replace(header, ship_to=Field(Address("Acme", "1 King St", "Toronto", "ON", "M5V 1A1", "CA"), 0.85))
    assert match(canadian, lines, unknown, CATALOG, StaticKnowledge()).header.currency.value == "CAD"
    nowhere = replace(header, ship_to=None)
    assert match(nowhere, lines, unknown, CATALOG, StaticKnowledge()).header.currency is None


def test_a_day_asked_on_the_line_a_sentence_wraps_onto_and_a_day_to_send_by():
    """GIVEN "Please send the following to <a place>" wrapped onto "by Friday 3/13:", or "send w/ tomorrow's
    truck" THEN the day is asked for; an asking sentence naming no day asks for none."""
    def days(text: str) -> list[str | None]:
        return [m.when for m in find_stated(text) if m.kind == "date"]

    assert days("Please send the following to Brushy Creek Commons HOA (16318 Great Oaks Dr)\nby Friday 3/13:\n\n"
                "- 30 x nozzles\n") == ["Friday 3/13"]
    assert days("send w/ tomorrow's truck to the yard\nBrent") == ["tomorrow"]
    assert days("Please send the invoice to accounts.\nThanks") == []
    assert days("for the patio job please send\nThursday:\n- 4 rolls fabric") == ["Thursday"]


def test_a_sentence_that_is_only_the_day_asks_for_it():
    """GIVEN "Tomorrow by noon if you can." or "Friday AM please." standing alone under the lines THEN the day is
    asked for; "Monday was busy" or "Monday, we are closed" ask for nothing."""
    def days(text: str) -> list[str | None]:
        return [m.when for m in find_stated(text) if m.kind == "date"]

    assert days("Need:\n3 rolls drip\n\nTomorrow by noon if you can. Bill us as usual.") == ["Tomorrow"]
    assert days("4 boxes gloves\nFriday AM please.") == ["Friday"]
    assert days("Monday was busy here.") == [] and days("Thanks!\nMonday, we are closed.") == []
