"""Order transitions and the audit trail: a status change is always written with its event."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.tables import AuditEvent, Order


def audit(session: Session, actor: str, entity: str, entity_id: int, action: str, *,
          field: str | None = None, from_value: object = None, to_value: object = None,
          detail: dict[str, Any] | None = None) -> None:
    session.add(AuditEvent(
        actor=actor, entity=entity, entity_id=entity_id, action=action, field=field,
        from_value=None if from_value is None else str(from_value),
        to_value=None if to_value is None else str(to_value), detail=detail,
    ))


def transition(session: Session, order: Order, to_status: str, actor: str,
               detail: dict[str, Any] | None = None) -> None:
    """Move an order to a new status and write the event in the same transaction."""
    from_status = order.status
    order.status = to_status
    audit(session, actor, "order", order.id, "status", field="status", from_value=from_status,
          to_value=to_status, detail=detail)
