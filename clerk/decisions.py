"""What a clerk may decide about an order in review: approve it (it goes on to the ERP), reject it
(the buyer is asked about the reason), or hold it aside (and take it up again).

Approving is also when matching learns from the order: the ship-to, the sender, and the trust a
reading left as read earns (matching/learning.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from clerk.customer import CLERK_OVER_LEARNED_SENDER
from clerk.errors import ActionError, require_editable
from matching import learning
from models.audit import audit
from models.status import OrderStatus
from models.tables import Customer, Order, Product
from orchestration.acknowledgements import outbox
from orchestration.edi_answers.outbox import answer as edi_answer
from orchestration.pipeline import start
from orchestration.transitions import transition


def approve(session: Session, order: Order, actor: str) -> None:
    """The order is right as it stands: on to the ERP. Refused while a line has no valid SKU or quantity
    or the customer is unknown."""
    require_editable(order, "approved")
    if order.customer_id is None:
        raise ActionError("choose the customer before approving")
    if not order.lines:
        raise ActionError("an order without lines cannot be approved")
    for line in order.lines:
        if not line.sku or session.get(Product, line.sku) is None:
            raise ActionError(f"line {line.line_no} has no valid SKU")
        if not line.quantity or line.quantity <= 0:
            raise ActionError(f"line {line.line_no} has no quantity")
    learning.count_confirmed_reading(session, order)
    learning.learn_ship_to(session, order, actor)
    if order.customer_method in ("document_name", "document_address", "po_pattern", "clerk",
                                 CLERK_OVER_LEARNED_SENDER):
        # Approving confirms the customer the document suggested or the clerk chose: its sender is now known.
        learning.learn_sender(session, order, session.get(Customer, order.customer_id),  # type: ignore[arg-type]
                              actor, correcting=order.customer_method == CLERK_OVER_LEARNED_SENDER)
    transition(session, order, OrderStatus.APPROVED, actor, {"auto": False})
    # A fresh key per approval: an order that failed and was fixed gets a new ERP job, while a
    # double click on approve still finds the same job.
    start(session, order, str(order.approval_count))


def reject(session: Session, order: Order, actor: str, reason: str, reply: bool = True) -> None:
    """Reject with the clerk's reason; by default the buyer is asked about it (reply=False: a spam
    order, a test, a duplicate the buyer already knows about — nobody to ask)."""
    require_editable(order, "rejected")
    if not reason.strip():
        raise ActionError("say why the order is rejected")
    order.rejection_reason = reason.strip()
    transition(session, order, OrderStatus.REJECTED, actor, {"reason": reason.strip()})
    # The buyer is told why, as a question they can answer (a hold calls ask_buyer the same way); an EDI
    # buyer's system also gets a rejecting 855, ORDRSP or OrderResponse. Neither for an order nobody is to
    # be told about (spam, a test, one replaced by a new reading of its message).
    if reply:
        outbox.ask_buyer(session, order, actor, reason.strip())
        edi_answer(session, order, "rejected")


def hold(session: Session, order: Order, actor: str, reason: str, ask_buyer: bool = False) -> None:
    """Put an order aside (waiting for the buyer, a price, stock): it stays in review, marked, at the
    end of the queue, until a clerk takes it up again. With `ask_buyer` the reason goes to the buyer
    as a question they can answer (the acknowledgement stage sends it after commit)."""
    require_editable(order)
    if not reason.strip():
        raise ActionError("say why the order is on hold")
    audit(session, actor, "order", order.id, "hold", field="held", from_value=order.held_reason,
          to_value=reason.strip())
    order.held_reason = reason.strip()[:500]
    if ask_buyer:
        outbox.ask_buyer(session, order, actor, reason.strip())


def unhold(session: Session, order: Order, actor: str) -> None:
    """Take an order on hold up again: back in the queue in its turn."""
    require_editable(order)
    if order.held_reason:
        audit(session, actor, "order", order.id, "unhold", field="held", from_value=order.held_reason)
    order.held_reason = None
