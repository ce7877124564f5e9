"""The connector contracts, one small interface per stage.

A connector MUST be safe to call again with the same idempotency key: the second call returns what
the first one created instead of creating it twice. A connector raises TransientError for an outage
worth retrying and PermanentError for a refusal no retry can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from sqlalchemy.orm import Session

from models.tables import Order, Shipment


class TransientError(Exception):
    """The other side is down or slow; the job is retried with backoff."""


class PermanentError(Exception):
    """The other side refused the order; retrying cannot help, a person must look."""


@dataclass(frozen=True)
class LineAllocation:
    line_id: int
    warehouse_code: str
    quantity: Decimal


class ErpConnector(Protocol):
    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        """Create the sales order; return the ERP's order number."""
        ...


class InventoryConnector(Protocol):
    def allocate(self, session: Session, order: Order, idempotency_key: str) -> list[LineAllocation]:
        """Reserve stock for each line; what is not allocated is backordered."""
        ...


class RoutingConnector(Protocol):
    def route(self, session: Session, order: Order, idempotency_key: str) -> list[Shipment]:
        """Plan one shipment per shipping warehouse."""
        ...


class ShippingConnector(Protocol):
    def ship(self, session: Session, order: Order, shipment: Shipment) -> str:
        """Book the carrier service for a planned shipment; return its tracking number."""
        ...
