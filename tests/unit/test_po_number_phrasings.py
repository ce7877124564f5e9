"""PO numbers written the way buyers write them in running text, in several languages: "our ref",
"Bestellung Nr.", "notre commande n°", "Pedido nº", "Ordine n.", "Bestelnummer", a number with its
"OC" prefix glued on, and a new PO that replaces an older one named in the same text. Made-up
documents only."""

from __future__ import annotations

import pytest

from extractors.header_fields import find_po_number, find_subject_po_number


@pytest.mark.parametrize(("text", "po"), [
    ("Hello team,\nA quick refill please, our ref QX-PO-77120:\n3 x ZZ-100\n", "QX-PO-77120"),
    ("Hi,\nOur purchase order reference is WB/1125/09. Delivery to the front desk.\n", "WB/1125/09"),
    ("Guten Tag,\nBestellung Nr.\t7300-1184\nBitte liefern Sie:\n", "7300-1184"),
    ("Bestellnummer: 7300-1185\n", "7300-1185"),
    # a typed form's labels padded with dot leaders
    ("ACME TOOL & DIE\nPO NO.....: TD-40218\nPO DATE...: 03/02/27\n", "TD-40218"),
    ("ORDER NO______: 88-1204\n", "88-1204"),
    ("Korrektur zu unserer Bestellung 7300-1186 von gestern: Pos. 2 bitte 4 Kartons.\n", "7300-1186"),
    ("Bonjour,\nVeuillez trouver ci-dessous notre commande n° AB-2027-0441 du 03/02/2027.\n", "AB-2027-0441"),
    ("N° de commande : AB-2027-0442\n", "AB-2027-0442"),
    ("Bon de commande BC-88120\n", "BC-88120"),
    ("Pedido nº 2027/0311\nFecha: 04/02/2027\n", "2027/0311"),
    ("Orden de compra: OC-55102\n", "OC-55102"),
    ("Te mando el pedido con la OC-55103, gracias.\n", "OC-55103"),
    ("Buongiorno,\nOrdine n. 88-4410 del 05/02/2027\n", "88-4410"),
    ("Bestelnummer: NL-99012\n", "NL-99012"),
    ("Inkooporder 45001277\n", "45001277"),
])
def test_a_po_number_in_other_phrasings_and_languages_is_read(text: str, po: str):
    """GIVEN a buyer's text naming its order number in its own words WHEN the PO number is read THEN
    it is that number; one read from words rather than under a label is confirmed by a clerk ("Bestellung
    4500 Stück" names a count in the same words)."""
    found = find_po_number(text)
    assert found is not None and found.value == po
    labelled = any(w in text for w in ("N° de commande", "Orden de compra:", "Bon de commande"))
    assert found.confidence >= 0.8 or not labelled


@pytest.mark.parametrize("text", ["Bestellung 4500 Stück Schrauben\n", "Commande 750ml x 12\n",
                                  "Bestellung M8x30 Schrauben\n", "Pedido 2026 de la obra\n"])
def test_a_count_size_or_year_after_an_order_word_is_never_a_sure_po(text: str):
    found = find_po_number(text)
    assert found is None or found.confidence < 0.8, found


@pytest.mark.parametrize("text", [
    "Bestellung vom 07.04.2027\nBitte 10 Kartons.\n",
    "Bitte bestätigen Sie die Bestellung 3 x ZZ-100.\n",
    "Merci pour votre commande de 12 cartons.\n",
    "El pedido 12 cajas de tenedores.\n",
    "our ref: see below\n",
])
def test_words_without_a_number_after_them_give_no_po(text: str):
    """GIVEN the order words followed by a date, a quantity or nothing numbered WHEN the PO number is read
    THEN none is: a count of goods is not an order number."""
    assert find_po_number(text) is None


def test_a_new_po_named_after_an_old_one_wins():
    """GIVEN a complaint about an earlier PO that then places the goods on a new PO WHEN the PO number is
    read THEN it is the new one, not the one complained about."""
    text = ("You shorted us the blue crates again on PO 7741 and we are tired of it.\n"
            "Send the 6 cases of blue crates right away on a new PO 7790, and fix the invoice.\n")
    found = find_po_number(text)
    assert found is not None and found.value == "7790"


@pytest.mark.parametrize(("subject", "po", "sure"), [
    ("PO QT-2210: 3 bx hex bolts, 2 bx washers", "QT-2210", True),
    # "order" in a title may number goods as well as an order: a clerk confirms it
    ("Order 2027/0412", "2027/0412", False),
    ("Bestellung 7300-1190 Reinigungsmittel", "7300-1190", False),
    ("Fwd: PO 88120", "88120", True),
    # a reply's subject names the order the thread is about, which the message may not be
    ("RE: PO 88121", "88121", False),
])
def test_a_po_number_given_only_in_the_subject_is_read(subject: str, po: str, sure: bool):
    """GIVEN an email subject naming the order's number WHEN the subject's PO number is read THEN it is
    that number, sure enough to go through untouched when the subject labels it a PO and is no reply's."""
    found = find_subject_po_number(subject)
    assert found is not None and found.value == po
    assert (found.confidence >= 0.8) is sure


@pytest.mark.parametrize("subject", ["Order for next week", "order 12 boxes of gloves", "Re: your order",
                                     "Please order 1200 cups"])
def test_a_subject_without_an_order_number_gives_none(subject: str):
    assert find_subject_po_number(subject) is None
