"""Order transitions: a status change is always written with its audit event, in one transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.audit import audit
from models.tables import Order


def transition(session: Session, order: Order, to_status: str, actor: str,
               detail: dict[str, Any] | None = None) -> None:
    """Move an order to a new status and write the event in the same transaction."""
    from_status = order.status
    order.status = to_status
    audit(session, actor, "order", order.id, "status", field="status", from_value=from_status,
          to_value=to_status, detail=detail)
