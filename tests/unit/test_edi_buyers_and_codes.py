"""EDI and UBL orders: the buyer found by the ids the file gives it, the seller's article numbers matched
exactly. Every document here is made up for the test."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from extractors import edi_x12, edifact, ubl
from masterdata.catalog import import_customers
from matching.catalog import CatalogIndex, CatalogProduct
from matching.customers import CustomerRecord, DocumentEvidence, resolve_customer
from matching.knowledge_store import load_customers
from matching.order_matching import StaticKnowledge, match_order
from models.db import Database
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field, PartyIds, Provenance
from models.tables import Customer

# ---------------------------------------------------------------- the buyer's ids, as each format gives them


def _x12(*transactions: list[str]) -> bytes:
    isa = "*".join(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "MOSSGROVE01".ljust(15), "ZZ",
                    "TALLIS".ljust(15), "261201", "0800", "U", "00401", "000000077", "0", "P", ">"]) + "~"
    body = "GS*PO*MOSSGROVE-APP*TALLIS*20261201*0800*77*X*004010~"
    for n, segments in enumerate(transactions, 1):
        body += f"ST*850*{n:04d}~" + "".join(s + "~" for s in segments) + f"SE*{len(segments) + 2}*{n:04d}~"
    return (isa + body + "GE*1*77~IEA*1*000000077~").encode()


def test_x12_buyer_ids_come_from_the_envelope_and_each_transactions_n1_by():
    """GIVEN an interchange of two orders, one with a DUNS on N1*BY and one with only a number the buyer
    gave itself (92) WHEN read THEN each order carries the envelope's sender ids, the first its DUNS too,
    and the buyer-assigned number is no id (any buyer may use it)."""
    ex = edi_x12.extract_x12(_x12(
        ["BEG*00*SA*MG-1**20261201", "N1*BY*Mossgrove Foods*1*061234567", "PO1*1*3*CA*9.5**VN*7720"],
        ["BEG*00*SA*MG-2**20261201", "N1*BY*Mossgrove Foods*92*0042", "PO1*1*1*EA*2**VN*7721"],
    ), 0)
    first, second = ex, ex.siblings[0]
    assert first.header.buyer_ids is not None and second.header.buyer_ids is not None
    assert first.header.buyer_ids.value.edi == ("061234567", "MOSSGROVE01", "MOSSGROVE-APP")
    assert second.header.buyer_ids.value.edi == ("MOSSGROVE01", "MOSSGROVE-APP")


def test_edifact_buyer_ids_gln_account_number_and_vat():
    text = ("UNA:+.? 'UNB+UNOC:3+4099887000013:14+4011111000009:14+261201:0800+55'"
            "UNH+1+ORDERS:D:96A:UN'BGM+220+HB-9+9'NAD+BY+4099887000020::9++Hafenbäckerei Lind'"
            "RFF+VA:DE 812 345 678'NAD+BY+K-3301::91'NAD+SU+4011111000009::9'"
            "LIN+1++3305:SA'PIA+1+88022:IN'QTY+21:4:PCE'UNT+9+1'UNZ+1+55'")
    ex = edifact.extract_edifact(text.encode(), 0)
    assert ex.header.buyer_ids is not None
    assert ex.header.buyer_ids.value == PartyIds(("4099887000013", "4099887000020"), ("K-3301",), ("DE 812 345 678",))
    assert [(ln.item_code, ln.customer_part) for ln in ex.lines] == [("3305", "88022")]


UBL = """<?xml version="1.0"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>RV-300</cbc:ID><cbc:IssueDate>2026-12-01</cbc:IssueDate>
 <cac:BuyerCustomerParty><cbc:SupplierAssignedAccountID>K-4410</cbc:SupplierAssignedAccountID>
  <cbc:CustomerAssignedAccountID>1</cbc:CustomerAssignedAccountID>
  <cac:Party><cbc:EndpointID schemeID="0088">7391234500012</cbc:EndpointID>
   <cac:PartyIdentification><cbc:ID>0000000</cbc:ID></cac:PartyIdentification>
   <cac:PartyName><cbc:Name>Riverbend Dental</cbc:Name></cac:PartyName>
   <cac:PartyTaxScheme><cbc:CompanyID>SE559912345601</cbc:CompanyID></cac:PartyTaxScheme></cac:Party>
 </cac:BuyerCustomerParty>
 <cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:Quantity unitCode="H87">30</cbc:Quantity>
  <cac:Price><cbc:PriceAmount currencyID="SEK">50</cbc:PriceAmount><cbc:BaseQuantity>10</cbc:BaseQuantity></cac:Price>
  <cac:Item><cbc:Name>Gauze swabs</cbc:Name><cac:BuyersItemIdentification><cbc:ID>RB-17</cbc:ID>
  </cac:BuyersItemIdentification><cac:SellersItemIdentification><cbc:ID>0410</cbc:ID>
  </cac:SellersItemIdentification></cac:Item></cac:LineItem></cac:OrderLine>
</Order>"""


def test_ubl_buyer_ids_and_a_price_per_base_quantity():
    """The EndpointID, our account number and the VAT number name the buyer; a placeholder id and the
    account number the buyer gave itself do not. A price of 50 per 10 is 5 each; the seller's code is the
    item, the buyer's its part."""
    ex = ubl.extract_ubl(UBL.encode(), 0)
    assert ex.header.buyer_ids is not None
    assert ex.header.buyer_ids.value == PartyIds(("7391234500012",), ("K-4410",), ("SE559912345601",))
    line = ex.lines[0]
    assert (line.item_code, line.customer_part, line.quantity, line.uom, line.unit_price) == (
        "0410", "RB-17", Decimal(30), "EA", Decimal(5))


# ---------------------------------------------------------------- the buyer, resolved by them

CUSTOMERS = [
    CustomerRecord("K-3301", "Hafenbäckerei Lind GmbH", (), edi_ids=("4099887000013",), tax_id="DE812345678"),
    CustomerRecord("K-3302", "Hafenbaeckerei Lindner KG", ("lindner.example",)),
    CustomerRecord("K-4410", "Riverbend Dental AB", (), edi_ids=("0088:7391234500012",)),
    CustomerRecord("K-5001", "Shared Gateway One", (), edi_ids=("VANHUB",)),
    CustomerRecord("K-5002", "Shared Gateway Two", (), edi_ids=("VANHUB",)),
]


def _resolve(ids: PartyIds, name: str | None = None, sender: str | None = None):
    return resolve_customer(sender, None, CUSTOMERS, document=DocumentEvidence(name, None, None, ids))


def test_an_edi_file_with_no_sender_is_its_buyers_by_an_id_on_file():
    found = _resolve(PartyIds(edi=("4099 8870 00013",)))
    assert (found.customer_id, found.method, found.doubt) == ("K-3301", "edi_id", None)
    assert found.confidence >= 0.95
    assert _resolve(PartyIds(tax=("812345678",))).customer_id == "K-3301"  # VAT without its country prefix
    assert _resolve(PartyIds(account=("K-4410",))).customer_id == "K-4410"  # our own number for it
    assert _resolve(PartyIds(edi=("7391234500012",))).customer_id == "K-4410"  # on file with its scheme


def test_a_name_alone_stays_a_doubt_and_an_id_shared_by_two_customers_names_neither():
    by_name = _resolve(PartyIds(edi=("UNKNOWN-ID",)), name="Hafenbäckerei Lind GmbH")
    assert by_name.customer_id == "K-3301" and by_name.doubt  # a printed name only suggests
    shared = _resolve(PartyIds(edi=("VANHUB",)))
    assert shared.customer_id is None


def test_ids_that_disagree_with_the_sender_or_the_printed_name_are_a_doubt():
    sender = _resolve(PartyIds(edi=("4099887000013",)), sender="buyer@lindner.example")
    assert sender.customer_id == "K-3302" and "EDI ids name Hafenbäckerei Lind GmbH" in (sender.doubt or "")
    printed = _resolve(PartyIds(edi=("4099887000013",)), name="Hafenbaeckerei Lindner KG")
    assert printed.customer_id == "K-3301" and printed.doubt


def test_customers_csv_gives_edi_ids_and_a_tax_id(db: Database, tmp_path: Path):
    (tmp_path / "customers.csv").write_text(
        "customer_id,name,email_domains,edi_ids,tax_id\n"
        "K-1,Alder Kitchens,alder.example,ZZ:ALDERK01; 4012345000017 ,DE 129 273 398\n"
        "K-2,Birch Cafes,birch.example,,\n", encoding="utf-8")
    with db.session() as s:
        assert import_customers(s, tmp_path / "customers.csv").imported == 2
    with db.session() as s:
        rows = {c.id: (c.edi_ids, c.tax_id) for c in s.scalars(select(Customer))}
        records = {r.id: (r.edi_ids, r.tax_id) for r in load_customers(s)}
    assert rows == {"K-1": (["ZZ:ALDERK01", "4012345000017"], "DE 129 273 398"), "K-2": ([], None)}
    assert records["K-1"] == (("ZZ:ALDERK01", "4012345000017"), "DE 129 273 398")


# ---------------------------------------------------------------- the seller's article numbers, exactly

CATALOG = CatalogIndex([
    CatalogProduct("2207", "Rye flour type 1150, 25 kg sack", "BG", None),
    CatalogProduct("2209", "Rye flour type 997, 25 kg sack", "BG", None),
    CatalogProduct("77120", "Cider vinegar 5 l", "EA", Decimal("4.10")),
])
BUYER = CustomerMatch("K-3301", "Hafenbäckerei Lind GmbH", "edi_id", 0.97)


def _edi_line(code: str, quantity: int = 2, customer_part: str | None = None, kind: str = "edifact",
              description: str | None = None) -> ExtractedLine:
    return ExtractedLine(f"LIN {code}", Decimal(quantity), item_code=code, customer_part=customer_part,
                         description=description, confidence=0.99, provenance=Provenance(kind=kind))


def _lines(*lines: ExtractedLine):
    return match_order(ExtractedHeader(po_number=Field("HB-9", 0.99)), list(lines), BUYER, CATALOG,
                       StaticKnowledge()).lines


def test_a_sellers_code_names_a_product_exactly_or_is_an_unknown_item():
    """GIVEN EDI lines with our article numbers: one we sell, one we do not (2208, one digit from two we
    do), one written with leading zeros THEN the first is matched, the second is an unknown item (never the
    look-alike) with what its words resemble as suggestions, the third a near match for a clerk."""
    known, unknown, zeros = _lines(_edi_line("2207", customer_part="88022"),
                                   _edi_line("2208", description="Rye flour type 1150 sack"),
                                   _edi_line("0077120", kind="edi"))
    assert (known.match.sku, known.reasons) == ("2207", [])
    assert unknown.match.sku is None and [r.code for r in unknown.reasons] == ["no_catalog_match"]
    assert unknown.match.candidates and unknown.match.candidates[0].sku == "2207"
    assert zeros.match.sku == "77120" and [r.code for r in zeros.reasons] == ["doubtful_match"]


def test_a_code_typed_in_an_email_still_finds_its_look_alike_as_a_doubt():
    """Typed codes are misread and mistyped: outside EDI the near codes stay suggestions as before."""
    typed = ExtractedLine("2 x 2208", Decimal(2), item_code="2208", confidence=0.9)
    line = _lines(typed)[0]
    assert line.match.sku in ("2207", "2209") and [r.code for r in line.reasons][:1] == ["doubtful_match"]


# ---------------------------------------------------------------- header values EDI gives in other places


def test_an_x12_buyer_given_only_by_code_is_the_party_billed_and_a_scheduled_delivery_is_the_requested_date():
    """GIVEN an 850 whose N1*BY has no name and whose lines each carry DTM*067 (current schedule delivery)
    THEN the bill-to's name is read as the buyer (less surely than a named buyer) and that day as the
    requested date."""
    ex = edi_x12.extract_x12(_x12(
        ["BEG*00*SA*OK-5**20261201", "N1*BY**92*77", "N1*BT*Quarry Lane Textiles", "N3*4 Mill Rd",
         "N4*Fall River*MA*02720*US", "PO1*1*40*YD*2.1**VN*QL-1", "DTM*067*20261215",
         "PO1*2*10*YD*2.4**VN*QL-2", "DTM*067*20261215"],
    ), 0)
    assert ex.header.buyer is not None and ex.header.buyer.value == "Quarry Lane Textiles"
    assert ex.header.buyer.confidence < 0.99
    assert ex.header.requested_date is not None and str(ex.header.requested_date.value) == "2026-12-15"


def test_a_ubl_street_line_is_written_as_its_country_writes_it():
    delivery = ("<cac:Delivery><cac:DeliveryAddress><cbc:StreetName>{street}</cbc:StreetName>"
                "<cbc:BuildingNumber>{number}</cbc:BuildingNumber><cbc:CityName>X</cbc:CityName>"
                "<cac:Country><cbc:IdentificationCode>{country}</cbc:IdentificationCode></cac:Country>"
                "</cac:DeliveryAddress></cac:Delivery>")
    streets = []
    for street, number, country in (("Kestrel Row", "14B", "GB"), ("Lindenweg", "7", "DE")):
        doc = UBL.replace("<cac:OrderLine>", delivery.format(street=street, number=number, country=country)
                          + "<cac:OrderLine>", 1)
        ship_to = ubl.extract_ubl(doc.encode(), 0).header.ship_to
        assert ship_to is not None
        streets.append(ship_to.value.street)
    assert streets == ["14B Kestrel Row", "Lindenweg 7"]


def _interchange(sender: str, control: str, po: str, code: str) -> str:
    isa = "*".join(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", sender.ljust(15), "ZZ", "TALLIS".ljust(15),
                    "261201", "0800", "U", "00401", control, "0", "P", ">"]) + "~"
    return (isa + f"GS*PO*{sender}*TALLIS*20261201*0800*1*X*004010~ST*850*0001~BEG*00*SA*{po}**20261201~"
            f"PO1*1*2*EA*4.10**VN*{code}~SE*4*0001~GE*1*1~IEA*1*{control}~")


def test_each_order_of_a_mailbag_is_filed_for_its_own_buyer(db: Database, settings, tmp_path: Path):
    """GIVEN a file of two interchanges from two buyers' EDI ids, dropped with no known sender WHEN it is
    filed THEN there are two orders, each under the buyer its own ids name."""
    from evaluation.runner import ingest_document
    from models.tables import Order, Product

    with db.session() as s:
        s.add_all([Customer(id="K-1", name="Alder Kitchens", email_domains=[], edi_ids=["ALDERK01"]),
                   Customer(id="K-2", name="Birch Cafes", email_domains=[], edi_ids=["BIRCHC02"]),
                   Product(sku="77120", description="Cider vinegar 5 l", uom="EA", unit_price=Decimal("4.10"))])
    doc = tmp_path / "mailbag.x12"
    doc.write_text(_interchange("ALDERK01", "000000001", "AK-1", "77120")
                   + _interchange("BIRCHC02", "000000002", "BC-1", "77120"))
    ingest_document(db, settings, doc, "test", doc.name)
    with db.session() as s:
        filed = {o.po_number: (o.customer_id, o.customer_method) for o in s.scalars(select(Order))}
    assert filed == {"AK-1": ("K-1", "edi_id"), "BC-1": ("K-2", "edi_id")}
