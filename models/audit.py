"""The audit trail's one writer: append an AuditEvent row (who or what changed what, from which value
to which). The trail is history for people; nothing reads it back to decide anything."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models import bulk
from models.bounds import length_problem
from models.tables import AuditEvent, utcnow


def actor_problem(actor: str) -> str | None:
    """Why `actor` (a user's address) could not be written as who acted, or None: the trail's column is
    shorter than an address may be, and an account whose every action failed to be audited could do nothing."""
    return length_problem(actor, AuditEvent.actor)


def audit(session: Session, actor: str, entity: str, entity_id: int, action: str, *,
          field: str | None = None, from_value: object = None, to_value: object = None,
          detail: dict[str, Any] | None = None) -> None:
    """Append one event to the trail, in the caller's transaction (gathered, when the transaction
    gathers its writes: models/bulk.py)."""
    bulk.insert_row(
        session, AuditEvent, at=utcnow(), actor=actor, entity=entity, entity_id=entity_id, action=action,
        field=field, from_value=None if from_value is None else str(from_value),
        to_value=None if to_value is None else str(to_value), detail=detail,
    )
