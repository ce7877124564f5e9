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
