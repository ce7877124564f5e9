"""The UBL Order extractor alone: header and lines by schema path, other UBL documents, hostile XML."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import ubl
from extractors.registry import choose, extract_part
from models.schemas import Address, Extraction, Part
from tests.support.environment import SHARED_CORPUS

CORPUS = SHARED_CORPUS / "oca-edi"
NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" '
      'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
      'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"')


def order(body: str, root: str = "Order", ns: str = NS) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} {ns}>{body}</{root}>'.encode()


def line(qty: str, unit: str, item: str, price: str = "", extra: str = "") -> str:
    return (f"<cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:Quantity unitCode=\"{unit}\">{qty}</cbc:Quantity>"
            f"{extra}{price}<cac:Item>{item}</cac:Item></cac:LineItem></cac:OrderLine>")


PEPPOL_ORDER = order(
    "<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>"
    "<cbc:ID>PO-2026-118</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate>"
    "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>"
    "<cac:BuyerCustomerParty><cac:Party><cac:PartyName><cbc:Name>Acme Retail GmbH</cbc:Name></cac:PartyName>"
    "</cac:Party></cac:BuyerCustomerParty>"
    "<cac:Delivery><cac:DeliveryLocation><cbc:Name>Lager Nord</cbc:Name><cac:Address>"
    "<cbc:StreetName>Hafenstrasse</cbc:StreetName><cbc:BuildingNumber>12</cbc:BuildingNumber>"
    "<cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>20457</cbc:PostalZone>"
    "<cbc:CountrySubentity>HH</cbc:CountrySubentity><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode>"
    "</cac:Country></cac:Address></cac:DeliveryLocation>"
    "<cac:RequestedDeliveryPeriod><cbc:StartDate>2026-12-01</cbc:StartDate></cac:RequestedDeliveryPeriod>"
    "</cac:Delivery>"
    + line("10", "XCS", "<cbc:Name>Packing tape</cbc:Name><cbc:Description>48 mm clear</cbc:Description>"
           "<cac:BuyersItemIdentification><cbc:ID>77-100</cbc:ID></cac:BuyersItemIdentification>"
           "<cac:SellersItemIdentification><cbc:ID>TAPE-48-CLR</cbc:ID></cac:SellersItemIdentification>"
           "<cac:StandardItemIdentification><cbc:ID schemeID=\"0160\">04012345678901</cbc:ID>"
           "</cac:StandardItemIdentification>",
           "<cac:Price><cbc:PriceAmount currencyID=\"EUR\">245.00</cbc:PriceAmount>"
           "<cbc:BaseQuantity unitCode=\"XCS\">10</cbc:BaseQuantity></cac:Price>",
           "<cbc:LineExtensionAmount currencyID=\"EUR\">245.00</cbc:LineExtensionAmount>")
    + line("2", "DZN", "<cbc:Name>Gloves</cbc:Name>"
           "<cac:BuyersItemIdentification><cbc:ID>GLV-L</cbc:ID></cac:BuyersItemIdentification>",
           "<cac:Price><cbc:PriceAmount currencyID=\"EUR\">8.40</cbc:PriceAmount></cac:Price>")
    + line("3", "RO", "<cbc:Description>Stretch film</cbc:Description>"
           "<cac:StandardItemIdentification><cbc:ID>04012345678918</cbc:ID></cac:StandardItemIdentification>")
    + line("1", "H87", "<cbc:Name>Pallet fee</cbc:Name>")
    + line("4", "LTR", "<cbc:Name>Paint</cbc:Name>")
)


def read(data: bytes, filename: str | None = "order.xml") -> Extraction:
    return ubl.EXTRACTOR.extract(Part(0, "attachment", "application/xml", filename, data))


def header_values(ex: Extraction) -> dict[str, object]:
    return {name: getattr(ex.header, name).value if getattr(ex.header, name) else None
            for name in ("po_number", "order_date", "requested_date", "currency", "buyer", "ship_to")}


def line_values(ex: Extraction) -> list[tuple[object, ...]]:
    return [(ln.item_code, ln.customer_part, ln.quantity, ln.uom, ln.unit_price, ln.line_total, ln.description)
            for ln in ex.lines]


# ---------------------------------------------------------------- features


def test_peppol_order_header():
    ex = read(PEPPOL_ORDER)
    assert ex.error is None
    assert header_values(ex) == {
        "po_number": "PO-2026-118", "order_date": date(2026, 11, 20), "requested_date": date(2026, 12, 1),
        "currency": "EUR", "buyer": "Acme Retail GmbH",
        "ship_to": Address("Lager Nord", "Hafenstrasse 12", "Hamburg", "HH", "20457", "DE"),
    }


def test_peppol_order_lines_units_prices_and_codes():
    ex = read(PEPPOL_ORDER)
    assert line_values(ex) == [
        # price per base quantity of 10 cases; seller id wins, buyer id kept as customer part
        ("TAPE-48-CLR", "77-100", Decimal("10"), "CS", Decimal("24.5"), Decimal("245.00"),
         "Packing tape - 48 mm clear"),
        ("GLV-L", "GLV-L", Decimal("2"), "DZ", Decimal("8.40"), None, "Gloves"),
        ("04012345678918", None, Decimal("3"), "RL", None, None, "Stretch film"),
        (None, None, Decimal("1"), "EA", None, None, "Pallet fee"),
        (None, None, Decimal("4"), "L", None, None, "Paint"),  # litres (LTR)
    ]
    assert "line 1: standard item id (GTIN) 04012345678901 kept beside TAPE-48-CLR" in ex.notes


def test_values_carry_xml_paths_and_structured_confidence():
    ex = read(PEPPOL_ORDER)
    assert ex.header.po_number is not None and ex.header.po_number.confidence == 0.99
    assert ex.header.po_number.provenance is not None
    assert (ex.header.po_number.provenance.kind, ex.header.po_number.provenance.cell) == ("xml", "/Order/ID")
    assert ex.header.requested_date is not None and ex.header.requested_date.provenance is not None
    assert ex.header.requested_date.provenance.cell == "/Order/Delivery[1]/RequestedDeliveryPeriod/StartDate"
    assert ex.lines[1].provenance is not None and ex.lines[1].provenance.cell == "/Order/OrderLine[2]/LineItem"


def test_a_real_period_is_not_a_requested_date():
    ex = read(order("<cbc:ID>1</cbc:ID><cac:Delivery><cac:RequestedDeliveryPeriod><cbc:StartDate>2026-12-01"
                    "</cbc:StartDate><cbc:EndDate>2026-12-09</cbc:EndDate></cac:RequestedDeliveryPeriod></cac:Delivery>"
                    + line("1", "EA", "<cbc:Name>x</cbc:Name>")))
    assert ex.header.requested_date is None
    assert "requested delivery period 2026-12-01 to 2026-12-09: a period, not one date" in ex.notes


def test_delivery_address_and_legal_name_and_currency_from_amounts():
    ex = read(order(
        "<cbc:ID>AEG1</cbc:ID><cac:BuyerCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>"
        "Legal Name AB</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:BuyerCustomerParty>"
        "<cac:Delivery><cac:DeliveryAddress><cac:AddressLine><cbc:Line>3rd Floor</cbc:Line></cac:AddressLine>"
        "<cbc:CityName>Bridgtow</cbc:CityName></cac:DeliveryAddress>"
        "<cac:RequestedDeliveryPeriod><cbc:EndDate>2026-12-24</cbc:EndDate></cac:RequestedDeliveryPeriod></cac:Delivery>"
        "<cac:AnticipatedMonetaryTotal><cbc:PayableAmount currencyID=\"GBP\">1</cbc:PayableAmount>"
        "</cac:AnticipatedMonetaryTotal>" + line("1", "EA", "<cbc:Name>x</cbc:Name>")))
    values = header_values(ex)
    assert values["buyer"] == "Legal Name AB"
    assert values["ship_to"] == Address(None, "3rd Floor", "Bridgtow")
    assert values["requested_date"] == date(2026, 12, 24)
    assert values["currency"] == "GBP"


def test_other_ubl_documents_are_named_not_read():
    for root in ("Invoice", "RequestForQuotation", "OrderResponse"):
        ns = NS.replace("Order-2", f"{root}-2", 1)
        doc = order("<cbc:ID>9</cbc:ID>", root, ns)
        # A low score: any better reader wins, but the document is not left "unsupported".
        assert 0 < ubl.EXTRACTOR.score(Part(0, "attachment", "application/xml", "x.xml", doc)) < 0.1
        ex = read(doc)
        assert (ex.error, ex.lines, ex.notes) == (None, [], [f"UBL {root} document, not an order"])
        routed = extract_part(Part(0, "attachment", "application/xml", "x.xml", doc))
        assert (routed.extractor, routed.error) == ("ubl", None)


def test_other_xml_is_not_ours():
    doc = b"<?xml version='1.0'?><catalog><item>1</item></catalog>"
    assert ubl.EXTRACTOR.score(Part(0, "attachment", "application/xml", "c.xml", doc)) == 0
    assert read(doc).error == "not a UBL Order: the root element is 'catalog'"


# ---------------------------------------------------------------- hostile and broken XML


XXE = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
       b'<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>&e;</ID></Order>')
BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b']><Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2">&lol9;</Order>')
PLAIN_DTD = (b'<?xml version="1.0"?><!DOCTYPE Order SYSTEM "http://example.com/order.dtd">'
             b'<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>')


@pytest.mark.parametrize("doc", [XXE, BILLION_LAUGHS, PLAIN_DTD], ids=["xxe", "billion-laughs", "external-dtd"])
def test_entities_and_dtds_are_rejected(doc: bytes):
    assert read(doc).error == "XML rejected: entities/DTD are not allowed"
    ex = extract_part(Part(0, "attachment", "application/xml", "order.xml", doc))
    assert ex.extractor == "ubl" and ex.error == "XML rejected: entities/DTD are not allowed"


@pytest.mark.parametrize(
    ("doc", "reason"),
    [(b"", "empty XML document"), (PEPPOL_ORDER[:300], "not well-formed XML"),
     (b"<Order", "not well-formed XML"), (b"\x00\xff garbage", "not well-formed XML")],
)
def test_broken_xml_is_an_error_value(doc: bytes, reason: str):
    ex = read(doc)
    assert ex.error is not None and ex.error.startswith(reason) and ex.lines == []


def _assert_clean(ex: Extraction) -> None:
    assert isinstance(ex, Extraction)
    assert ex.error is None or "internal error" not in ex.error


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes_never_raise(data: bytes):
    _assert_clean(read(data))
    ubl.EXTRACTOR.score(Part(0, "attachment", "application/xml", "x.xml", data))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_orders_never_raise(data: st.DataObject):
    doc = bytearray(PEPPOL_ORDER)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(doc)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace", "truncate"]))
        byte = data.draw(st.sampled_from(list(b"<>/&;\"'=x0.-: ") + [0, 0xC3, 0xFF]))
        if action == "insert":
            doc[at:at] = bytes([byte])
        elif action == "delete":
            del doc[at:at + 1]
        elif action == "replace" and at < len(doc):
            doc[at] = byte
        elif action == "truncate":
            del doc[at:]
    part = Part(0, "attachment", "application/xml", "order.xml", bytes(doc))
    ubl.EXTRACTOR.score(part)
    _assert_clean(read(bytes(doc)))


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_any_values_in_the_fields_never_raise(quantity: str, when: str):
    from xml.sax.saxutils import escape
    doc = order(f"<cbc:ID>1</cbc:ID><cbc:IssueDate>{escape(when)}</cbc:IssueDate>"
                + line(escape(quantity), "EA", "<cbc:Name>x</cbc:Name>",
                       f"<cac:Price><cbc:PriceAmount>{escape(when)}</cbc:PriceAmount>"
                       f"<cbc:BaseQuantity>{escape(quantity)}</cbc:BaseQuantity></cac:Price>"))
    _assert_clean(read(doc))


# ---------------------------------------------------------------- through the registry


@pytest.mark.parametrize(("media_type", "filename"), [("application/xml", "order.xml"), ("text/xml", None),
                                                      ("application/octet-stream", "PO.XML"),
                                                      ("application/ubl+xml", None)])
def test_registry_reaches_the_ubl_extractor(media_type: str, filename: str | None):
    part = Part(0, "attachment", media_type, filename, PEPPOL_ORDER)
    assert choose(part) is ubl.EXTRACTOR
    ex = extract_part(part)
    assert ex.extractor == "ubl" and ex.header.po_number is not None and ex.header.po_number.value == "PO-2026-118"


# ---------------------------------------------------------------- the real samples (read-only)

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is not on this machine")


@needs_corpus
@pytest.mark.parametrize(
    ("name", "po", "issued", "currency", "lines"),
    [("UBL-Order-2.1-Example.xml", "34", date(2010, 1, 20), "SEK", 2),
     ("UBL-Order-2.0-Example.xml", "AEG012345", date(2010, 6, 20), "GBP", 1),
     ("UBL-Order-2.0-Example_no-party-name.xml", "AEG012345", date(2010, 6, 20), "GBP", 1)],
)
def test_real_ubl_orders(name: str, po: str, issued: date, currency: str, lines: int):
    """GIVEN the OASIS example orders THEN the header values OCA's tests assert, and every line."""
    data = (CORPUS / name).read_bytes()
    assert choose(Part(0, "attachment", "application/xml", name, data)) is ubl.EXTRACTOR
    ex = read(data, name)
    assert ex.error is None
    values = header_values(ex)
    assert (values["po_number"], values["order_date"], values["currency"], len(ex.lines)) == (po, issued, currency,
                                                                                              lines)


@needs_corpus
def test_real_ubl_21_order_values():
    ex = read((CORPUS / "UBL-Order-2.1-Example.xml").read_bytes())
    assert header_values(ex)["buyer"] == "Johnssons byggvaror"
    assert header_values(ex)["requested_date"] is None  # 2010-02-10 to 2010-02-25 is a period
    ship_to = header_values(ex)["ship_to"]
    assert isinstance(ship_to, Address)
    assert (ship_to.street, ship_to.city, ship_to.postal_code, ship_to.country) == ("Rådhusgatan 5", "Stockholm",
                                                                                    "11000", "SE")
    assert line_values(ex) == [
        ("SItemNo001", None, Decimal("120"), "L", Decimal("50"), Decimal("6000"), "Falu Rödfärg - Red paint"),
        ("SItemNo011", None, Decimal("15"), "EA", Decimal("15"), Decimal("225"),
         "Pensel 20 mm - Very good pencils for red paint."),
    ]


@needs_corpus
def test_real_ubl_20_order_values():
    ex = read((CORPUS / "UBL-Order-2.0-Example.xml").read_bytes())
    assert header_values(ex)["requested_date"] == date(2005, 6, 29)  # start and end are the same day
    assert header_values(ex)["buyer"] == "IYT Corporation"
    assert line_values(ex) == [("17589683", "6578489", Decimal("100"), "KG", Decimal("100.00"), Decimal("100.00"),
                                "beeswax - Acme beeswax")]
    no_name = read((CORPUS / "UBL-Order-2.0-Example_no-party-name.xml").read_bytes())
    assert header_values(no_name)["buyer"] == "Bridgtow District Council"  # PartyTaxScheme/RegistrationName


@needs_corpus
@pytest.mark.parametrize("name", ["UBL-RequestForQuotation-2.0-Example.xml", "UBL-RequestForQuotation-2.1-Example.xml"])
def test_real_rfqs_are_not_orders(name: str):
    ex = read((CORPUS / name).read_bytes(), name)
    assert (ex.error, ex.lines, ex.notes) == (None, [], ["UBL RequestForQuotation document, not an order"])


@needs_corpus
def test_every_real_xml_file_reads_without_error():
    for path in sorted(CORPUS.glob("*.xml")):
        assert read(path.read_bytes(), path.name).error is None, path.name
