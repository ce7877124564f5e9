"""A buyer's question where an order stands, in English, German, French and Spanish, told apart from an order
that merely mentions shipping or a status (issue 16, item 4); and the PO numbers such a question names."""

from __future__ import annotations

import pytest

from intake.classify import asks_about_status, requests_goods
from orchestration.status_questions import asked_po_numbers


@pytest.mark.parametrize("text", [
    "Hi, where is my order PO 4471?",
    "Where is our PO AR-77120? It was due Monday.",
    "Has PO 4471 shipped?",
    "has our order shipped yet?",
    "Has it been shipped already?",
    "Did you ship PO 4471 yet?",
    "Can you tell me the status of PO 4471?",
    "Order status PO 4471",
    "When will PO 4471 arrive?",
    "When will our order be delivered?",
    "Could you send the tracking number for PO 4471?",
    "ETA on PO 4471 please",
    "Any update on this order?",
    "Wo bleibt unsere Bestellung 4471?",
    "Lieferstatus Bestellung 4471",
    "Bitte um den Status der Bestellung 4471",
    "Wurde die Bestellung 4471 schon versandt?",
    "Wann kommt die Lieferung zu Bestellung 4471?",
    "Bonjour, où en est notre commande 4471 ?",
    "Quel est le statut de la commande 4471 ?",
    "La commande 4471 a-t-elle été expédiée ?",
    "Pouvez-vous m'envoyer le numéro de suivi de la commande 4471 ?",
    "Quand arrivera la commande 4471 ?",
    "Hola, ¿dónde está mi pedido 4471?",
    "Consulta sobre el estado del pedido 4471",
    "¿Ya fue enviado el pedido 4471?",
    "¿Cuándo llegará el pedido 4471?",
    "Necesito el número de seguimiento del pedido 4471",
])
def test_a_status_question_is_recognised(text: str):
    """GIVEN a buyer's words asking where an order stands WHEN read THEN they ask about status, and they ask
    for no goods."""
    assert asks_about_status(text)
    assert not requests_goods(text)


@pytest.mark.parametrize("text", [
    "please ship 4 cases, PO 88",
    "PO 88: 4 cs TAPE-48-CLR, please ship by Friday",
    "Please send 10 boxes of gloves. Ship to our Boston store.",
    "Order 4471\n2 x TAPE-48-CLR\nShip via UPS Ground",
    "We need 12 cases of cups shipped to the warehouse, PO 5521",
    "Shipping: FedEx. Status: new order.",
    "Bitte liefern Sie 5 Kartons Handschuhe, Bestellung 4471",
    "Merci de nous livrer 4 cartons, commande 4471",
    "Por favor envíen 4 cajas, pedido 4471",
    "Ship complete only. Partial shipments not accepted.",
])
def test_an_order_mentioning_shipping_or_status_is_no_question(text: str):
    """GIVEN an order that says how to ship, or the word status WHEN read THEN it is not a status question."""
    assert not asks_about_status(text)


def test_an_order_that_also_asks_for_tracking_asks_for_goods():
    """An order with lines that asks for tracking is an order: the question wording alone never closes it,
    the caller reads it only when no line and no words asking for goods were found."""
    text = "Please send 4 cs TAPE-48-CLR on PO 88 and email the tracking number when it ships."
    assert requests_goods(text)


@pytest.mark.parametrize("texts,read,expected", [
    (["where is my order PO 4471?"], [], ["4471"]),
    (["Has P.O. #AR-77120 shipped yet?"], ["AR-77120"], ["AR-77120"]),
    (["wo bleibt Bestellung Nr. 55-840?"], [], ["55-840"]),
    (["où en est la commande n° 9912 ?"], [], ["9912"]),
    (["¿dónde está el pedido 7781?"], [], ["7781"]),
    (["has our order shipped?"], [], []),
    (["where is the PO for the tape?"], ["4471"], ["4471"]),
    (["status of PO 4471 and PO 4472"], [], ["4471", "4472"]),
])
def test_the_po_numbers_a_question_names(texts: list[str], read: list[str], expected: list[str]):
    assert asked_po_numbers(texts, read) == expected
