"""Bill-to, payment terms and notes read in every format, and what a document calls itself (an invoice
quoting a PO is not an order)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.header_fields import document_kind, find_header
from models.schemas import Address

# ---------------------------------------------------------------- labelled text


def test_bill_to_terms_and_notes_read_from_labelled_text():
    """GIVEN a PO with a bill-to block, a ship-to block, payment terms beside another field and a
    two-line note WHEN its header is read THEN each lands in its own field, with where it was read."""
    text = ("PURCHASE ORDER\nPO Number: 4500012345\n"
            "Bill To:\nAcme Retail Group AP\nPO Box 55\nBoston, MA 02210\n"
            "Ship To:\nAcme Retail DC Boston\n400 Summer Street\nBoston, MA 02210\n\n"
            "Payment Terms: Net 30   Ship Via: UPS Ground\n"
            "Notes: Deliver to dock 4.\nCall ahead.\n\nThanks\n")
    header = find_header(text, part_index=2)
    assert header.bill_to is not None and header.bill_to.value == Address(
        "Acme Retail Group AP", "PO Box 55", "Boston", "MA", "02210", "US")
    assert header.ship_to is not None and header.ship_to.value.street == "400 Summer Street"
    assert header.payment_terms is not None and header.payment_terms.value == "Net 30"
    assert header.notes is not None and header.notes.value == "Deliver to dock 4. Call ahead."
    for found in (header.bill_to, header.payment_terms, header.notes):
        assert found.provenance is not None and found.provenance.part_index == 2
        assert found.provenance.span is not None and 0 < found.confidence < 1
    bill_start, _ = header.bill_to.provenance.span
    assert text[bill_start:].startswith("Bill To")


@pytest.mark.parametrize("text, bill_to, terms, notes", [
    pytest.param("Rechnungsadresse:\nMüller GmbH\nHauptstraße 5\n10115 Berlin\n\n"
                 "Zahlungsbedingungen: 30 Tage netto\nBemerkungen: Bitte vor 10 Uhr liefern\n",
                 Address("Müller GmbH", "Hauptstraße 5", "Berlin", None, "10115", None),
                 "30 Tage netto", "Bitte vor 10 Uhr liefern", id="de"),
    pytest.param("Adresse de facturation\nDupont SA\n12 rue de la Paix\n75002 Paris\n\n"
                 "Conditions de paiement : 30 jours fin de mois\nRemarques : livrer le matin\n",
                 Address("Dupont SA", "12 rue de la Paix", "Paris", None, "75002", None),
                 "30 jours fin de mois", "livrer le matin", id="fr"),
    pytest.param("Facturar a:\nTiendas Sol SL\nCalle Mayor 3\n28013 Madrid\n\n"
                 "Condiciones de pago: 60 días\nObservaciones: entregar por la mañana\n",
                 Address("Tiendas Sol SL", "Calle Mayor 3", "Madrid", None, "28013", None),
                 "60 días", "entregar por la mañana", id="es"),
    pytest.param("Invoice To: Harbor Point Packaging\n3500 South Columbus Boulevard\nPhiladelphia, PA 19148\n\n"
                 "Terms:\nNet 45\nComments\nFragile goods, keep upright\n",
                 Address("Harbor Point Packaging", "3500 South Columbus Boulevard", "Philadelphia", "PA", "19148",
                         "US"),
                 "Net 45", "Fragile goods, keep upright", id="en-stacked"),
])
def test_labels_in_four_languages(text: str, bill_to: Address, terms: str, notes: str):
    header = find_header(text, kind="pdf")
    assert header.bill_to is not None and header.bill_to.value == bill_to
    assert header.payment_terms is not None and header.payment_terms.value == terms
    assert header.notes is not None and header.notes.value == notes


def test_what_is_not_a_label_is_not_read():
    """Prose about terms, a mail footer, and two address blocks printed side by side (their lines run
    together) give nothing rather than a wrong value."""
    header = find_header("Our terms and conditions apply to this order.\n"
                         "Note: this e-mail is confidential and intended for the recipient only.\n"
                         "Bill To:    Ship To:\nA Corp    B Corp\n1 Main St    2 Main St\nBoston, MA 02210\n")
    assert header.payment_terms is None
    assert header.notes is None
    assert header.bill_to is None


def test_a_pdf_note_is_its_own_line_only():
    """A PDF's text has no blank lines: the note stops at its line, not at the footer under it."""
    header = find_header("Notes: Deliver to dock 4.\nThank you for your business\nPage 1 of 1\n", kind="pdf")
    assert header.notes is not None and header.notes.value == "Deliver to dock 4."


# ---------------------------------------------------------------- order date in Spanish


@pytest.mark.parametrize("label", ["Fecha del pedido", "Fecha de pedido", "Fecha de la orden", "Fecha pedido"])
def test_spanish_order_date_labels(label: str):
    header = find_header(f"Número de pedido: 7781\n{label}: 05/03/2026\n")
    assert header.order_date is not None and header.order_date.value == date(2026, 3, 5)


# ---------------------------------------------------------------- what the document calls itself


@pytest.mark.parametrize("text", [
    pytest.param("Bluebird Hospitality Group\nPurchase Order No. BB-1742\nInvoice\nOrder Date: 2026-11-02\n",
                 id="po-reference-above-title"),
    pytest.param("Bluebird Hospitality Group\nPurchase Order No. BB-1742\nTax Invoice No. 7781\n",
                 id="tax-invoice-number-under-po-reference"),
    pytest.param("Acme\nPurchase Order #: 55\nINVOICE\n", id="hash"),
    pytest.param("Acme\nPurchase Order Ref 55\nCredit Note\n", id="ref-credit-note"),
    pytest.param("Acme\nPURCHASE ORDER: 55\nFACTURE\n", id="colon"),
    pytest.param("Your purchase order 4711\nRECHNUNG\n", id="your-order"),
    pytest.param("Ihre Bestellung Nr. 4711 vom 03.04.2026\nRechnung\n", id="de-reference"),
    pytest.param("Pedido: 4711\nFactura\n", id="es-reference"),
    pytest.param("Acme Ltd\nINVOICE\nPurchase Order No. 55\n", id="title-first"),
])
def test_an_invoice_quoting_a_po_is_an_invoice(text: str):
    assert document_kind(text) == "invoice"


@pytest.mark.parametrize("text", [
    pytest.param("PURCHASE ORDER\nPO #: 1\nInvoice to: Acme AP\n", id="invoice-to"),
    pytest.param("Purchase Order No. 123\nShip To:\nInvoice must quote our PO number\n", id="instruction"),
    pytest.param("Purchase Order No. 123\nInvoice in duplicate to accounts payable\n", id="duplicate"),
    pytest.param("PURCHASE ORDER\nPlease send your invoice\n", id="prose"),
    pytest.param("Pedido\nFactura a nombre de Tiendas Sol\n", id="es-billing-name"),
])
def test_an_order_that_mentions_invoices_is_still_an_order(text: str):
    assert document_kind(text) is None


# ---------------------------------------------------------------- structured formats

X12_ORDER = "~".join([
    "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*000000101*0*P*>",
    "GS*PO*A*B*20261120*0930*1*X*004010", "ST*850*0001", "BEG*00*SA*4500012345**20261120",
    "ITD*01*3*2**10**30", "N9*L1*NOTES", "MSG*Deliver to dock 4", "MSG*call ahead",
    "N1*BT*Acme Retail Group AP*92*C001", "N2*Accounts Payable", "N3*PO Box 55", "N4*Boston*MA*02210*USA",
    "N1*ST*Acme Retail DC Boston", "N3*400 Summer Street", "N4*Boston*MA*02210*US",
    "PO1*1*10*CS*24.50**VP*TAPE-48-CLR", "MSG*line note, not the order's", "CTT*1", "SE*17*0001", "GE*1*1",
    "IEA*1*000000101"]) + "~"


def _extract(data: bytes, media_type: str, filename: str):  # type: ignore[no-untyped-def]
    from extractors.registry import extract_part
    from models.schemas import Part

    extraction = extract_part(Part(0, "attachment", media_type, filename, data))
    assert extraction.error is None, extraction.error
    return extraction


def test_x12_bill_to_terms_and_notes():
    """N1*BT with its N2-N4, ITD terms of sale in words, and header MSG text (not the lines')."""
    header = _extract(X12_ORDER.encode(), "application/edi-x12", "po.edi").header
    assert header.bill_to is not None and header.bill_to.value == Address(
        "Acme Retail Group AP", "PO Box 55", "Boston", "MA", "02210", "US")
    assert header.bill_to.provenance is not None and header.bill_to.provenance.cell == "N1*BT"
    assert header.payment_terms is not None and header.payment_terms.value == "2% 10 Net 30"
    assert header.payment_terms.provenance is not None and header.payment_terms.provenance.cell == "ITD"
    assert header.notes is not None and header.notes.value == "Deliver to dock 4 call ahead"
    assert header.ship_to is not None and header.ship_to.value.street == "400 Summer Street"
    described = _extract(X12_ORDER.replace("ITD*01*3*2**10**30", "ITD*01*3" + "*" * 10 + "Net 45 days").encode(),
                         "application/edi-x12", "po.edi").header
    assert described.payment_terms is not None and described.payment_terms.value == "Net 45 days"


UBL_ORDER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" '
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
    "<cbc:ID>PO-2026-118</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate>"
    "<cbc:Note>Deliver to dock 4</cbc:Note><cbc:Note>call ahead</cbc:Note>"
    "<cac:BuyerCustomerParty><cac:Party><cac:PartyName><cbc:Name>Acme Retail GmbH</cbc:Name></cac:PartyName>"
    "</cac:Party></cac:BuyerCustomerParty>"
    "<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Acme Buchhaltung</cbc:Name></cac:PartyName>"
    "<cac:PostalAddress><cbc:StreetName>Hafenstrasse</cbc:StreetName><cbc:BuildingNumber>12</cbc:BuildingNumber>"
    "<cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>20457</cbc:PostalZone>"
    "<cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>"
    "</cac:Party></cac:AccountingCustomerParty>"
    "<cac:PaymentTerms><cbc:Note>30 Tage netto</cbc:Note></cac:PaymentTerms>"
    "<cac:OrderLine><cbc:Note>line note, not the order's</cbc:Note><cac:LineItem><cbc:ID>1</cbc:ID>"
    '<cbc:Quantity unitCode="C62">3</cbc:Quantity><cac:Item><cbc:Name>Tape</cbc:Name></cac:Item>'
    "</cac:LineItem></cac:OrderLine></Order>")


def test_ubl_accounting_customer_payment_terms_and_notes():
    header = _extract(UBL_ORDER.encode(), "application/xml", "order.xml").header
    assert header.bill_to is not None and header.bill_to.value == Address(
        "Acme Buchhaltung", "Hafenstrasse 12", "Hamburg", None, "20457", "DE")
    assert header.bill_to.provenance is not None
    assert header.bill_to.provenance.cell == "/Order/AccountingCustomerParty/Party/PostalAddress"
    assert header.payment_terms is not None and header.payment_terms.value == "30 Tage netto"
    assert header.payment_terms.provenance is not None
    assert header.payment_terms.provenance.cell == "/Order/PaymentTerms/Note[1]"
    assert header.notes is not None and header.notes.value == "Deliver to dock 4 call ahead"
    assert header.notes.confidence > 0.9


EDIFACT_ORDER = ("UNA:+.? 'UNB+UNOC:3+ACME+NORTHWIND+261120:0930+1'UNH+1+ORDERS:D:96A:UN'BGM+220+PO-77+9'"
                 "DTM+137:20261120:102'FTX+DEL+++Deliver to dock 4:call ahead'FTX+AAI+++Fragile'"
                 "NAD+BY+++Acme Retail GmbH'NAD+IV+++Acme Buchhaltung+Hafenstrasse 12+Hamburg++20457+DE'"
                 "NAD+DP+++Lager Nord+Kai 3+Hamburg++20457+DE'PAT+1++5:3:D:30'"
                 "LIN+1++4000000000000:EN'QTY+21:3:PCE'FTX+AAI+++line note'UNS+S'UNT+13+1'UNZ+1+1'")


def test_edifact_invoicee_terms_and_free_text():
    header = _extract(EDIFACT_ORDER.encode(), "application/edifact", "po.edi").header
    assert header.bill_to is not None and header.bill_to.value == Address(
        "Acme Buchhaltung", "Hafenstrasse 12", "Hamburg", None, "20457", "DE")
    assert header.bill_to.provenance is not None and header.bill_to.provenance.cell == "NAD+IV"
    assert header.ship_to is not None and header.ship_to.value.street == "Kai 3"
    assert header.payment_terms is not None and header.payment_terms.value == "30 days after invoice date"
    assert header.notes is not None and header.notes.value == "Deliver to dock 4 call ahead Fragile"
    worded = _extract(EDIFACT_ORDER.replace("PAT+1++5:3:D:30'", "PAT+1++5:3:D:30'FTX+AAB+++Net 30 days'").encode(),
                      "application/edifact", "po.edi").header
    assert worded.payment_terms is not None and worded.payment_terms.value == "Net 30 days"
    assert worded.payment_terms.provenance is not None and worded.payment_terms.provenance.cell == "FTX+AAB"


def test_pdf_reads_the_same_labels():
    """A PDF's page text goes through the same labels (and a 'Bill To' box beside 'Ship To' is read box
    by box, so the two addresses do not run together)."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = 740
    for text in ("PURCHASE ORDER", "PO Number: 4500012345", "Bill To:", "Acme Retail Group AP", "PO Box 55",
                 "Boston, MA 02210", "", "Payment Terms: Net 30", "", "SKU    Description    Qty    Unit Price",
                 "TAPE-48-CLR    Packing tape    10    24.50", "", "Notes: Deliver to dock 4"):
        pdf.drawString(72, y, text)
        y -= 16
    pdf.save()
    header = _extract(buf.getvalue(), "application/pdf", "po.pdf").header
    assert header.bill_to is not None and header.bill_to.value.street == "PO Box 55"
    assert header.payment_terms is not None and header.payment_terms.value == "Net 30"
    assert header.notes is not None and header.notes.value == "Deliver to dock 4"


def test_a_bill_to_without_a_city_line_is_not_an_address():
    """An invoice's one-line "Bill To: name" followed by its table: the table header is no street."""
    header = find_header("Bill To: Northwind Industrial Supply\nDue Date: 12/07/2026\n"
                         "Description Qty Rate Amount\nFreight Orlando 1 18.63 18.63\n", kind="pdf")
    assert header.bill_to is None
    assert header.buyer is not None and header.buyer.value == "Northwind Industrial Supply"


def test_a_bill_to_with_a_numbered_street_but_no_recognised_city_line_is_kept():
    header = find_header("Bill To:\nXYZ Corporation\n456 Corporate Road\nMakati City\nItems:\n", kind="pdf")
    assert header.bill_to is not None
    assert (header.bill_to.value.name, header.bill_to.value.street) == ("XYZ Corporation", "456 Corporate Road")


def test_an_order_quoting_the_suppliers_quotation_is_an_order():
    """POs quote the supplier's quotation; a quotation quotes no PO. So a 'Quote No.' line under an
    order's reference does not make the order a quotation."""
    assert document_kind("Purchase Order No. 4500012345\nQuote No.: Q-2211\nShip To:\n") is None
    assert document_kind("Quotation # SO008\nValid for 30 days\n") == "quotation"


def test_a_spreadsheet_reads_them_from_the_cells_above_its_table():
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Purchase Order"], ["PO Number", "4500012345"], ["Payment Terms", "Net 30"],
                ["Notes", "Deliver to dock 4"], ["Bill To", "Acme Retail Group AP"], [None, "PO Box 55"],
                [None, "Boston, MA 02210"], [], ["SKU", "Description", "Qty", "Unit Price"],
                ["TAPE-48-CLR", "Packing tape", 4, 46.96]):
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    header = _extract(data.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      "po.xlsx").header
    assert header.bill_to is not None and header.bill_to.value == Address(
        "Acme Retail Group AP", "PO Box 55", "Boston", "MA", "02210", "US")
    assert header.payment_terms is not None and header.payment_terms.value == "Net 30"
    assert header.notes is not None and header.notes.value == "Deliver to dock 4"
    assert header.notes.provenance is not None and header.notes.provenance.kind == "sheet"
