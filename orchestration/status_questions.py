"""Status questions: a buyer asking where an order stands ("where is my order PO 4471?", "has PO 4471
shipped?"), matched to one order of the sender's customer and answered by email with the order's state
and its status-page link, or handed to a clerk with a sentence saying why it could not be.

Never an order: the caller (process_message) asks this only of mail that orders nothing (no order line
read, no words asking for goods) and whose own words ask where an order stands (intake/classify.py
`asks_about_status`). Matching is strict on purpose, since the answer carries the order's status link:
the sender must resolve to a customer as orders do (by address, never by the document), the order must be
that customer's, named by a PO number written in the message or, when none is written, by the thread
(In-Reply-To/References naming the order's own email or our acknowledgement of it), and exactly one order
may match. The answer goes only to an address of that customer (acknowledgements/compose.choose_recipient),
so a forged sender learns nothing. Anything else waits for a clerk, answered by nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from matching.customers import DocumentEvidence, resolve_customer
from matching.knowledge_store import load_customers, po_shapes
from models.audit import audit
from models.status import MessageStatus, OrderStatus
from models.tables import Customer, InboundMessage, Order
from orchestration.acknowledgements.compose import buyer_email, choose_recipient
from orchestration.acknowledgements.outbox import record
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.threads import orders_in_thread, po_key

# A PO or order number as a buyer writes it in a question: "PO 4471", "P.O. #AR-77120", "order no. 55840",
# "Bestellung 4471", "commande n° 4471", "pedido 4471". It holds a digit: "PO for the tape" names none.
_ASKED_PO = re.compile(
    r"\b(?:p\.?\s?o\.?|purchase\s+order|order|bestellung|bestellnummer|auftrag|commande|pedido|orden)"
    r"(?:\s*(?:no\b\.?|nr\b\.?|number|n[°ºo]\.?|#|nummer|num[ée]ro|n[úu]mero))?\s*[:#]?\s*"
    r"([A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)", re.IGNORECASE)
# An order filed twice is one order: the copy is never what the buyer asks about.
_NOT_ASKED_ABOUT = (OrderStatus.DUPLICATE, OrderStatus.EXTRACTED)


@dataclass(frozen=True)
class StatusMatch:
    """What a status question was matched to: one order, or the clerk's sentence why none."""

    order: Order | None
    why_not: str | None = None


def asked_po_numbers(texts: Iterable[str], read_po_numbers: Iterable[str]) -> list[str]:
    """The PO numbers a question names: written after a PO or order word in its text, or read by an extractor
    (a subject "PO 4471"); in the order found, each once."""
    found: list[str] = []
    for text in texts:
        found += [m.group(1).strip("-/_") for m in _ASKED_PO.finditer(text)]
    found += [po for po in read_po_numbers if po]
    seen: dict[str, str] = {}
    for po in found:
        seen.setdefault(po_key(po), po)
    return [po for key, po in seen.items() if key]


def _customer_id(session: Session, message: InboundMessage, settings: Settings) -> str | None:
    """The sender's customer, resolved as an order's is, by the sender alone: a question names no buyer,
    and a PO number written by a stranger must not find a customer for them."""
    customer = resolve_customer(message.from_addr, message.original_from_addr, load_customers(session),
                                settings.supplier_domains, DocumentEvidence(None, None, None),
                                lambda: po_shapes(session))
    return customer.customer_id


def _threaded_orders(session: Session, message: InboundMessage, customer_id: str) -> list[Order]:
    """The customer's orders whose own email, or our acknowledgement of them, the question answers."""
    return [o for o in orders_in_thread(session, message)
            if o.customer_id == customer_id and o.status not in _NOT_ASKED_ABOUT]


def match_question(session: Session, message: InboundMessage, settings: Settings, asked: list[str]) -> StatusMatch:
    """The one order of the sender's customer the question asks about, or why a clerk must find it."""
    customer_id = _customer_id(session, message, settings)
    sender = message.original_from_addr or message.from_addr or "an unknown sender"
    if customer_id is None:
        return StatusMatch(None, f"{sender} is not a known customer, so no order's status may be told to them: "
                                 "answer it yourself if you know who asks")
    customer = session.get(Customer, customer_id)
    name = customer.name if customer is not None else customer_id
    if asked:
        wanted = {po_key(po) for po in asked}
        orders = [o for o in session.scalars(select(Order).where(
            Order.customer_id == customer_id, Order.po_number.is_not(None)).order_by(Order.id))
            if po_key(o.po_number or "") in wanted and o.status not in _NOT_ASKED_ABOUT]
        named = ", ".join(f"PO {po}" for po in asked)
        if not orders:
            return StatusMatch(None, f"{name} asks about {named}, but no order of theirs has that PO number: "
                                     "find the order and answer the buyer")
    else:
        orders = _threaded_orders(session, message, customer_id)
        named = "an order"
        if not orders:
            return StatusMatch(None, f"{name} asks about an order without naming a PO number we could read, and "
                                     "the email answers none of their orders: find the order and answer the buyer")
    if len(orders) > 1:
        listed = ", ".join(f"#{o.id} (PO {o.po_number})" for o in orders[:6])
        return StatusMatch(None, f"{name} asks about {named}, which matches {len(orders)} orders ({listed}): "
                                 "answer the buyer about the right one")
    return StatusMatch(orders[0])


def file_status_question(session: Session, message: InboundMessage, settings: Settings,
                         asked: list[str]) -> None:
    """Answer the question by email when it matches exactly one order of the sender's customer and its
    sender may be written to; otherwise leave it to a clerk with why. Nothing is filed as an order."""
    match = match_question(session, message, settings, asked)
    order, why_not = match.order, match.why_not
    acknowledger = Acknowledger.from_settings(settings)
    if order is not None and acknowledger is None:
        why_not = "no SMTP server is configured ([smtp] host), so it could not be answered by email"
    elif order is not None and acknowledger is not None:
        try:
            choose_recipient(buyer_email(message), order.customer, acknowledger)
        except ValueError as exc:
            why_not = f"it could not be answered by email: {exc}"
    if order is None or why_not is not None:
        about = f" about order #{order.id} (PO {order.po_number})" if order is not None else ""
        message.about_order_id = None  # read again, it may no longer match the order it did
        message.status, message.error = MessageStatus.STATUS_QUESTION, \
            f"a question about an order's status{about}: {why_not}"
        audit(session, "system", "message", message.id, MessageStatus.STATUS_QUESTION,
              detail={"error": message.error, "asked": asked})
        return
    message.status, message.about_order_id = MessageStatus.STATUS_ANSWERED, order.id
    message.error = (f"a question about the status of order #{order.id} (PO {order.po_number}): answered by email "
                     f"with its state ({order.status}) and its status page")
    # One answer per question: reading the message again finds this email, sent or waiting, and adds none.
    record(session, order, "status", f"status-{message.id}", answers_message_id=message.id)
    audit(session, "system", "message", message.id, MessageStatus.STATUS_ANSWERED,
          detail={"order_id": order.id, "asked": asked})
