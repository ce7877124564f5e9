"""What a clerk may say about who ordered: `set_customer`, after which the order is matched again as
that customer's (matching/rematch.py). The sender is learned only when the order is approved
(clerk/decisions.py), so a misclick corrected on the same order teaches nothing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from clerk.errors import ActionError, require_editable
from config import Settings
from matching.rematch import rematch
from models import reasons
from models.audit import audit
from models.tables import Customer, Order

# The clerk set the customer of an order whose customer a learned sender had given: on approval, that
# sender's tie is corrected (see matching.learning.learn_sender). Learning waits for approval, so a
# misclick corrected on the same order teaches nothing.
CLERK_OVER_LEARNED_SENDER = "clerk_over_learned_sender"


def set_customer(session: Session, order: Order, customer_id: str, actor: str, settings: Settings) -> None:
    """The clerk says who ordered: the order is checked again as that customer's (see rematch), with
    the running service's price tolerance and fuzzy score."""
    require_editable(order)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ActionError(f"no customer '{customer_id}'")
    audit(session, actor, "order", order.id, "edit", field="customer", from_value=order.customer_id,
          to_value=customer.id)
    # The customer came from a sender a clerk once tied to another customer, and nothing in the document
    # named a second customer: that tie was simply learned wrong (one approval under the wrong customer).
    # (A second change on the same order keeps what the first one found: the order came from a learned tie.)
    learned_wrong = order.customer_method in ("learned_sender", CLERK_OVER_LEARNED_SENDER) and not reasons.has(
        order, "customer_unconfirmed")
    before = order.customer_id
    order.customer_id = customer.id
    order.customer_method = CLERK_OVER_LEARNED_SENDER if learned_wrong else "clerk"
    reasons.drop(order, fields={"customer"})
    if before != customer.id:
        rematch(session, order, before, settings)
