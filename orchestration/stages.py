"""The stages after approval: ERP, inventory, routing, shipping, and the acknowledgement to the buyer.

Each handler runs in its job's transaction: it checks the order is where this stage expects it (a
stage that already ran is a no-op, so a redelivered job changes nothing), calls its connector, moves
the order on with its audit event, and enqueues the next stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models.tables import Order, Shipment
from orchestration.acknowledgements import stage as acknowledgement_stage
from orchestration.acknowledgements.queue import STAGE as ACKNOWLEDGEMENT
from orchestration.acknowledgements.queue import acknowledge_accepted
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.audit import transition
from orchestration.batch_reads import of_order, prime
from orchestration.connectors.base import ErpConnector, InventoryConnector, RoutingConnector, ShippingConnector
from orchestration.connectors.builtin import BuiltinErp, BuiltinInventory, BuiltinRouting, BuiltinShipping
from orchestration.jobs import enqueue


@dataclass
class Connectors:
    erp: ErpConnector = field(default_factory=BuiltinErp)
    inventory: InventoryConnector = field(default_factory=BuiltinInventory)
    routing: RoutingConnector = field(default_factory=BuiltinRouting)
    shipping: ShippingConnector = field(default_factory=BuiltinShipping)
    # None when no SMTP server is configured: accepted orders then queue no acknowledgement at all.
    acknowledgement: Acknowledger | None = None


def _key(order: Order, stage: str) -> str:
    """The idempotency key toward the outside: one sales order, one allocation per order, ever."""
    return f"order:{order.id}:{stage}"


def _job_key(order: Order, stage: str, generation: str) -> str:
    """The next job's key: a re-approved order (after a failure) runs its stages again."""
    return f"order:{order.id}:{stage}" + (f":{generation}" if generation else "")


def erp(session: Session, order: Order, connectors: Connectors, generation: str = "") -> None:
    if order.status != "approved":
        return
    number = connectors.erp.submit_order(session, order, _key(order, "erp"))
    order.erp_order_number = number
    transition(session, order, "erp_accepted", "erp", {"erp_order_number": number})
    enqueue(session, "inventory", _job_key(order, "inventory", generation), order_id=order.id)


def inventory(session: Session, order: Order, connectors: Connectors, generation: str = "") -> None:
    if order.status != "erp_accepted":
        return
    allocations = connectors.inventory.allocate(session, order, _key(order, "inventory"))
    backordered = [ln.line_no for ln in order.lines if (ln.backordered_qty or 0) > 0]
    transition(session, order, "backordered" if backordered else "allocated", "inventory",
               {"allocations": len(allocations), "backordered_lines": backordered})
    if allocations:
        enqueue(session, "routing", _job_key(order, "routing", generation), order_id=order.id)
    elif connectors.acknowledgement is not None:
        acknowledge_accepted(session, order)  # nothing will ship soon: tell the buyer now


def routing(session: Session, order: Order, connectors: Connectors, generation: str = "") -> None:
    if order.status not in ("allocated", "backordered"):
        return
    shipments = connectors.routing.route(session, order, _key(order, "routing"))
    transition(session, order, "routed", "routing", {"warehouses": [s.warehouse_code for s in shipments]})
    enqueue(session, "shipping", _job_key(order, "shipping", generation), order_id=order.id)


def shipping(session: Session, order: Order, connectors: Connectors, generation: str = "") -> None:
    if order.status != "routed":
        return
    tracking = []
    for shipment in of_order(session, Shipment, order):
        tracking.append(connectors.shipping.ship(session, order, shipment))
    transition(session, order, "shipped", "shipping", {"tracking_numbers": tracking})
    if connectors.acknowledgement is not None:
        acknowledge_accepted(session, order)


def _connector_of(kind: str, connectors: Connectors) -> object:
    return {"erp": connectors.erp, "inventory": connectors.inventory, "routing": connectors.routing,
            "shipping": connectors.shipping}.get(kind)


def batchable(kind: str, connectors: Connectors) -> bool:
    """Whether jobs of this stage may share a transaction: only when its connector writes to our own
    database and nothing else. A call out (webhook, Tryton, a file, an email) is never repeated
    because a neighbour in its batch failed."""
    return bool(getattr(_connector_of(kind, connectors), "in_database", False))


def prepare_batch(kind: str, session: Session, orders: list[Order], connectors: Connectors) -> None:
    """Let the stage's connector lock what the whole batch will touch, in one order, before any order
    runs: two workers' batches then queue behind each other instead of deadlocking."""
    if not orders:
        return
    if kind == "shipping":  # the stage itself reads each order's shipments
        prime(session, Shipment, orders)
    prepare = getattr(_connector_of(kind, connectors), "prepare_batch", None)
    if prepare is not None:
        prepare(session, orders)


ORDER_STAGES = {"erp": erp, "inventory": inventory, "routing": routing, "shipping": shipping,
                ACKNOWLEDGEMENT: acknowledgement_stage.acknowledgement}
