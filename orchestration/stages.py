"""The stages after approval: ERP, inventory, routing, shipping (the acknowledgement to the buyer, which
they record, is sent by orchestration/acknowledgements/stage.py).

Each handler runs in its job's transaction: it checks the order is where this stage expects it (a
stage that already ran is a no-op, so a redelivered job changes nothing), calls its connector, moves
the order on with its audit event, and returns True. Which stage comes next is not the handler's
business: orchestration/pipeline.py queues the one after it in ORDER_PIPELINE.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from models import bulk
from models.status import STOCK_RESERVED, OrderStatus
from models.tables import Order, Shipment
from orchestration.acknowledgements.outbox import acknowledge_accepted
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.batch_reads import of_order, prime
from orchestration.connectors.base import ErpConnector, InventoryConnector, RoutingConnector, ShippingConnector
from orchestration.connectors.builtin import BuiltinErp, BuiltinInventory, BuiltinRouting, BuiltinShipping
from orchestration.edi_answers.outbox import answer
from orchestration.transitions import transition


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


def erp(session: Session, order: Order, connectors: Connectors, generation: str = "") -> bool:
    if order.status != OrderStatus.APPROVED:
        return False
    number = connectors.erp.submit_order(session, order, _key(order, "erp"))
    bulk.set_columns(session, order, erp_order_number=number)
    transition(session, order, OrderStatus.ERP_ACCEPTED, "erp", {"erp_order_number": number})
    answer(session, order, "accepted")  # an EDI buyer's 855, ORDRSP or OrderResponse: the ERP has taken it
    return True


def inventory(session: Session, order: Order, connectors: Connectors, generation: str = "") -> bool:
    """Moves on only when something was allocated: a wholly backordered order waits here."""
    if order.status != OrderStatus.ERP_ACCEPTED:
        return False
    allocations = connectors.inventory.allocate(session, order, _key(order, "inventory"))
    backordered = [ln.line_no for ln in order.lines if (ln.backordered_qty or 0) > 0]
    transition(session, order, OrderStatus.BACKORDERED if backordered else OrderStatus.ALLOCATED, "inventory",
               {"allocations": len(allocations), "backordered_lines": backordered})
    if allocations:
        return True
    if connectors.acknowledgement is not None:
        acknowledge_accepted(session, order)  # nothing will ship soon: tell the buyer now
    return False


def routing(session: Session, order: Order, connectors: Connectors, generation: str = "") -> bool:
    if order.status not in STOCK_RESERVED:
        return False
    shipments = connectors.routing.route(session, order, _key(order, "routing"))
    transition(session, order, OrderStatus.ROUTED, "routing", {"warehouses": [s.warehouse_code for s in shipments]})
    return True


def shipping(session: Session, order: Order, connectors: Connectors, generation: str = "") -> bool:
    if order.status != OrderStatus.ROUTED:
        return False
    tracking = []
    for shipment in of_order(session, Shipment, order):
        tracking.append(connectors.shipping.ship(session, order, shipment))
    transition(session, order, OrderStatus.SHIPPED, "shipping", {"tracking_numbers": tracking})
    if connectors.acknowledgement is not None:
        acknowledge_accepted(session, order)
    return True


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
