"""Claims on orders in review: the clerk who opens an order holds it for a while, so two clerks never
work the same order; and the clerk time each order took, summed from its claims."""

from __future__ import annotations

from datetime import datetime, timedelta

from models.status import EDITABLE
from models.tables import Order, utcnow


def holder(order: Order, now: datetime | None = None) -> str | None:
    """Who holds the order now (None when nobody does or the claim expired)."""
    now = now or utcnow()
    if order.claimed_by and order.claimed_until and order.claimed_until > now:
        return order.claimed_by
    return None


def claim(order: Order, clerk: str, minutes: float, *, take_over: bool = False,
          now: datetime | None = None) -> str | None:
    """Claim (or extend the claim on) an order in review for `clerk`.

    Returns the other clerk who holds it, and then changes nothing, unless `take_over` is set."""
    now = now or utcnow()
    if order.status not in EDITABLE:
        return None
    current = holder(order, now)
    if current and current != clerk and not take_over:
        return current
    if current != clerk:
        _close(order, now)
        order.claimed_at = now
    order.claimed_by, order.claimed_until = clerk, now + timedelta(minutes=minutes)
    return None


def release(order: Order, now: datetime | None = None) -> None:
    """The clerk is done (approved, rejected, held): count the time and free the order."""
    _close(order, now or utcnow())
    order.claimed_by = order.claimed_until = order.claimed_at = None


def _close(order: Order, now: datetime) -> None:
    # A claim left to expire counts until its expiry, not until someone next opens the order.
    if order.claimed_at and order.claimed_until:
        end = min(now, order.claimed_until)
        order.review_seconds = (order.review_seconds or 0) + max(0, int((end - order.claimed_at).total_seconds()))
