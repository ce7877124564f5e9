"""Order transitions: a status change is always written with its audit event, in one transaction, and
the order's own counts of its approvals move with it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models import bulk
from models.audit import audit
from models.status import OrderStatus
from models.tables import Order


def transition(session: Session, order: Order, to_status: OrderStatus, actor: str,
               detail: dict[str, Any] | None = None) -> None:
    """Move an order to a new status and write the event in the same transaction (a statement for the
    whole batch when the transaction gathers its writes: models/bulk.py)."""
    from_status = order.status
    columns: dict[str, Any] = {"status": to_status}
    if to_status == OrderStatus.APPROVED:
        columns["approval_count"] = (order.approval_count or 0) + 1
        # A dead letter put back in the queue (dead_letters.retry, whose detail names the retried job)
        # restores the approval it had; it is not a new one.
        if not (detail and "retry_job" in detail):
            columns["approval_revision"] = (order.approval_revision or 0) + 1
    bulk.set_columns(session, order, **columns)
    audit(session, actor, "order", order.id, "status", field="status", from_value=from_status,
          to_value=to_status, detail=detail)
