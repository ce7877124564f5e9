"""Structured channels are touchless: an X12 850, a UBL Order or an EDIFACT ORDERS from a known customer's contact, with
catalog SKUs at contract prices and a known ship-to, is approved untouched and goes on to the ERP."""

from __future__ import annotations

import pytest

from tests.support.messages import ACME_BUYER, email_with_attachment
from tests.support.service import Service

pytestmark = pytest.mark.slow

# The demo customer C001 (Acme Retail Group): its contact, its ship-to, its contract prices.
SENDER = ACME_BUYER
LINES = [("TAPE-48-CLR", "4", "CS", "46.96", "Packing tape 48 mm clear"),
         ("GLV-NIT-L-BLU", "2", "BX", "10.50", "Nitrile gloves blue L"),
         ("TIE-08-BLK", "3", "PK", "3.81", "Cable ties 8 in black")]


def x12_850(po: str) -> bytes:
    body = [f"BEG*00*SA*{po}**20261120", "CUR*BY*USD", "ITD*01*3*2**10**30", "N9*L1*NOTES",
            "MSG*Deliver to dock 4", "N1*BY*Acme Retail Group*92*C001",
            "N1*BT*Acme Retail Group AP", "N3*PO Box 55", "N4*Boston*MA*02210*US",
            "N1*ST*Acme Retail DC Boston", "N3*400 Summer Street", "N4*Boston*MA*02210*US"]
    for n, (sku, qty, unit, price, description) in enumerate(LINES, 1):
        body += [f"PO1*{n}*{qty}*{'CA' if unit == 'CS' else unit}*{price}**VP*{sku}", f"PID*F****{description}"]
    body += [f"CTT*{len(LINES)}", f"SE*{len(body) + 3}*0001"]
    isa = ("ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*000000101*0*P*>")
    segments = [isa, "GS*PO*ACMERETAIL*NORTHWIND*20261120*0930*101*X*004010", "ST*850*0001", *body,
                "GE*1*101", "IEA*1*000000101"]
    return ("~\n".join(segments) + "~\n").encode()


def ubl_order(po: str) -> bytes:
    lines = "".join(
        f"<cac:OrderLine><cac:LineItem><cbc:ID>{n}</cbc:ID>"
        f"<cbc:Quantity unitCode=\"{ {'CS': 'CS', 'BX': 'BX', 'PK': 'PK'}[unit] }\">{qty}</cbc:Quantity>"
        f"<cac:Price><cbc:PriceAmount currencyID=\"USD\">{price}</cbc:PriceAmount></cac:Price>"
        f"<cac:Item><cbc:Name>{description}</cbc:Name>"
        f"<cac:SellersItemIdentification><cbc:ID>{sku}</cbc:ID></cac:SellersItemIdentification></cac:Item>"
        f"</cac:LineItem></cac:OrderLine>"
        for n, (sku, qty, unit, price, description) in enumerate(LINES, 1))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        f"<cbc:UBLVersionID>2.1</cbc:UBLVersionID><cbc:ID>{po}</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate>"
        "<cbc:Note>Deliver to dock 4</cbc:Note><cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>"
        "<cac:BuyerCustomerParty><cac:Party><cac:PartyName><cbc:Name>Acme Retail Group</cbc:Name></cac:PartyName>"
        "</cac:Party></cac:BuyerCustomerParty>"
        "<cac:SellerSupplierParty><cac:Party><cac:PartyName><cbc:Name>Northwind Supply</cbc:Name></cac:PartyName>"
        "</cac:Party></cac:SellerSupplierParty>"
        "<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Acme Retail Group AP</cbc:Name>"
        "</cac:PartyName><cac:PostalAddress><cbc:StreetName>PO Box 55</cbc:StreetName>"
        "<cbc:CityName>Boston</cbc:CityName><cbc:PostalZone>02210</cbc:PostalZone>"
        "<cbc:CountrySubentity>MA</cbc:CountrySubentity>"
        "<cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country></cac:PostalAddress>"
        "</cac:Party></cac:AccountingCustomerParty>"
        "<cac:Delivery><cac:DeliveryLocation><cbc:Name>Acme Retail DC Boston</cbc:Name><cac:Address>"
        "<cbc:StreetName>400 Summer Street</cbc:StreetName><cbc:CityName>Boston</cbc:CityName>"
        "<cbc:PostalZone>02210</cbc:PostalZone><cbc:CountrySubentity>MA</cbc:CountrySubentity>"
        "<cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country>"
        "</cac:Address></cac:DeliveryLocation></cac:Delivery>"
        "<cac:PaymentTerms><cbc:Note>2% 10 Net 30</cbc:Note></cac:PaymentTerms>"
        f"{lines}</Order>").encode()


def edifact_orders(po: str) -> bytes:
    segments = ["UNB+UNOC:3+ACMERETAIL+NORTHWIND+261120:0930+101", "UNH+1+ORDERS:D:96A:UN",
                f"BGM+220+{po}+9", "DTM+137:20261120:102", "FTX+DEL+++Deliver to dock 4", "CUX+2:USD:9",
                "NAD+BY+++Acme Retail Group", "NAD+IV+++Acme Retail Group AP+PO Box 55+Boston+MA+02210+US",
                "NAD+DP+++Acme Retail DC Boston+400 Summer Street+Boston+MA+02210+US", "PAT+1++5:3:D:30"]
    for n, (sku, qty, unit, price, description) in enumerate(LINES, 1):
        segments += [f"LIN+{n}", f"PIA+5+{sku}:SA", f"IMD+F++:::{description}", f"QTY+21:{qty}:{unit}",
                     f"PRI+AAA:{price}"]
    segments += ["UNS+S", f"CNT+2:{len(LINES)}"]
    segments += [f"UNT+{len(segments)}+1", "UNZ+1+101"]  # UNT counts UNH to UNT, not UNB
    return ("UNA:+.? '\n" + "".join(segment + "'\n" for segment in segments)).encode()


def _email(attachment: bytes, maintype: str, subtype: str, filename: str, po: str) -> bytes:
    return email_with_attachment(sender=SENDER, subject=f"PO {po}", message_id=f"<{po}@acme-retail.example>",
                                 body=f"Our purchase order {po} is attached.", attachment=attachment,
                                 maintype=maintype, subtype=subtype, filename=filename)


@pytest.mark.parametrize("kind, terms", [("x12", "2% 10 Net 30"), ("ubl", "2% 10 Net 30"),
                                         ("edifact", "30 days after invoice date")])
def test_a_structured_order_from_a_known_contact_ships_untouched(sqlite_service: Service, kind: str, terms: str):
    """GIVEN an X12 850 (or a UBL Order, or an EDIFACT ORDERS) attached to an email from C001's contact,
    naming catalog SKUs at C001's contract prices and C001's ship-to
    WHEN it is processed
    THEN the order is approved untouched with no doubt raised, carries the bill-to, terms and notes, and
    goes through the ERP stage (an ERP order number) on to shipping."""
    svc = sqlite_service
    po = f"AR-{kind.upper()}-5501"
    raw = {"x12": lambda: _email(x12_850(po), "application", "edi-x12", f"{po}.x12", po),
           "ubl": lambda: _email(ubl_order(po), "application", "xml", f"{po}.xml", po),
           "edifact": lambda: _email(edifact_orders(po), "application", "edifact", f"{po}.edi", po)}[kind]()
    posted = svc.post_eml(raw)
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["review_reasons"] == []
    assert order["auto_approved"] is True
    assert order["customer_id"] == "C001" and order["po_number"] == po
    assert [(line["sku"], line["match_method"]) for line in order["lines"]] == [
        (sku, "exact_sku") for sku, *_ in LINES]
    assert order["erp_order_number"], order
    assert order["status"] == "shipped"
    assert order["bill_to"]["street"] == "PO Box 55"
    assert order["payment_terms"] == terms
    assert order["notes"] == "Deliver to dock 4"
    # Each value of a line keeps where it was read (an X12 element, a UBL path, an EDIFACT segment).
    assert order["lines"][0]["provenance"]["values"]["quantity"]
