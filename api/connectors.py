"""Connectors: each one's circuit breaker (orchestration/breakers.py), for an admin or a script watching
whether the ERP, inventory or shipping side is being called or waited out."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, ConfigDict

from models.tables import ConnectorBreaker, utcnow
from orchestration.breakers import states
from web.deps import ApiUser, SessionDep

router = APIRouter(prefix="/api/connectors", tags=["connectors"])


class BreakerOut(BaseModel):
    """A connector's breaker: `closed` (called), `open` (its jobs wait, not attempted, until `open_until`,
    UTC) or `half_open` (one trial call decides), with its failures in a row and the last error."""

    model_config = ConfigDict(from_attributes=True)
    connector: str  # the stage that calls it (a job kind)
    state: str
    failures_in_a_row: int
    opens: int
    open_until: datetime | None
    seconds_left: int | None  # until an open breaker lets one trial through; null when not open
    changed_at: datetime
    last_error: str | None

    @classmethod
    def of(cls, row: ConnectorBreaker, now: datetime) -> BreakerOut:
        left = int((row.open_until - now).total_seconds()) if row.state != "closed" and row.open_until else None
        return cls(connector=row.connector, state=row.state, failures_in_a_row=row.consecutive_failures,
                   opens=row.opens, open_until=row.open_until if row.state != "closed" else None,
                   seconds_left=max(left, 0) if left is not None else None, changed_at=row.changed_at,
                   last_error=row.last_error)


@router.get("/breakers", response_model=list[BreakerOut])
def list_breakers(session: SessionDep, user: ApiUser) -> list[BreakerOut]:
    """Every connector that has failed since it was last healthy, or ever (a row is made on the first
    failure); a connector with no row has never failed and is closed. Admins only (a session or an admin's
    token): the last error may name hosts and paths of the other side."""
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    now = utcnow()
    return [BreakerOut.of(row, now) for row in states(session)]
