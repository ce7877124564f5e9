"""The order as the outside world is shown it: one plain JSON document, shared by the webhook and file connectors.

Quantities and money are decimal strings ("12.50"), never floats, so the receiver reads exactly what
we hold; dates are ISO 8601.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.tables import Order, OrderRevision, Shipment


def decimal_text(value: Decimal | None) -> str | None:
    """'10' for ten (however many zero decimals the column stores), '12.50' as held; never an exponent."""
    if value is None:
        return None
    return format(value.normalize() if value == value.to_integral_value() else value, "f")


def money_text(value: Decimal | None) -> str | None:
    """A price as EDI wants it: no trailing zeros past the cents ('3.81', '46.96', '0.125', '12.00')."""
    if value is None:
        return None
    text = decimal_text(value.normalize()) or "0"
    return text if "." in text and len(text.rsplit(".", 1)[1]) >= 2 else format(value.quantize(Decimal("0.01")), "f")


def order_document(order: Order) -> dict[str, Any]:
    """Everything a receiving system needs to book the order: header, ship-to, bill-to, terms, notes and
    lines with our SKUs."""
    customer = order.customer
    return {
        "order_id": order.id,
        "po_number": order.po_number,
        "customer_id": order.customer_id,
        "customer_name": customer.name if customer is not None else order.buyer_name,
        "order_date": order.order_date.isoformat() if order.order_date else None,
        "requested_date": order.requested_date.isoformat() if order.requested_date else None,
        "currency": order.currency or (customer.currency if customer is not None else None),
        "ship_to": order.ship_to,
        "bill_to": order.bill_to,
        "payment_terms": order.payment_terms,
        "notes": order.notes,
        "erp_order_number": order.erp_order_number,
        "lines": [
            {
                "line_id": line.id,
                "line_no": line.line_no,
                "sku": line.sku,
                "customer_part": line.customer_part,
                "description": line.description,
                "quantity": decimal_text(line.quantity),
                "uom": line.uom,
                "unit_price": decimal_text(line.unit_price),
                "allocated_qty": decimal_text(line.allocated_qty),
                "backordered_qty": decimal_text(line.backordered_qty),
            }
            for line in order.lines
        ],
    }


def shipment_document(shipment: Shipment) -> dict[str, Any]:
    return {
        "shipment_id": shipment.id,
        "warehouse": shipment.warehouse_code,
        "zone": shipment.zone,
        "weight_kg": decimal_text(shipment.weight_kg),
        "idempotency_key": shipment.idempotency_key,
    }


def revision(order: Order) -> int:
    """Which approval of the order the stages are running for: 1 the first time; 2 after a clerk fixed
    and approved it again, and so on. The stage's idempotency key stays the same across approvals
    (one sales order, amended), so this is how a receiver or an importer tells an amendment from a
    retry. Putting a dead letter back in the queue is not a new approval (see Order.approval_revision)."""
    return max(1, order.approval_revision or 0)


def revision_document(revision: OrderRevision) -> dict[str, Any]:
    """A buyer's revision of an order (orchestration/revisions.py) as connectors, the API and the CLI show it:
    what it asked, the line-by-line difference (before -> after), its status and who decided it."""
    return {"number": revision.number, "kind": revision.kind, "status": revision.status, "said": revision.said,
            "parts": revision.parts, "difference": revision.difference, "header_difference": revision.header_difference,
            "strong": revision.strong, "reason": revision.reason, "after_erp": revision.after_erp,
            "delivery": revision.delivery, "decided_by": revision.decided_by,
            "decided_at": revision.decided_at.isoformat() if revision.decided_at else None,
            "message_id": revision.message_id,
            "created_at": revision.created_at.isoformat() if revision.created_at else None}
