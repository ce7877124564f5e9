"""Why a clerk's action is refused: `ActionError`, and the one guard every edit, approval and rejection
passes first, `require_editable` (only an order in review, or one a stage failed, may be changed)."""

from __future__ import annotations

from models.status import EDITABLE
from models.tables import Order


class ActionError(ValueError):
    """The action is not allowed; the message says why, in words for the clerk."""


def require_editable(order: Order, verb: str = "edited") -> Order:
    """The order itself when a clerk may change it; else an ActionError saying what it is instead
    ("order 7 is shipped; only orders in review can be approved"). Returning the order lets a caller
    check it before anything else is read, in the same expression."""
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be {verb}")
    return order
