"""How we say things to a buyer: amounts, quantities, a line's stock state, shipments with their dates,
and a review reason put as a question they can answer. Shared by the acknowledgement emails and the
buyer's status page, so both say the same thing the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.status import BEING_CHECKED, OrderStatus
from models.tables import CarrierRate, Order, OrderLine, OrderReason, Shipment

# Reasons a clerk needs but a buyer cannot answer.
# Doubts about our own reading, not questions for the buyer.
# An unverified sender is confirmed by the clerk through a contact they know: asking the address the email
# came from would ask whoever may have forged it.
INTERNAL_REASONS = frozenset({"low_confidence", "stage_failed", "read_by_ocr", "price_unchecked",
                              "read_from_quoted_message", "same_message_id", "sender_not_verified"})


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value.quantize(Decimal('0.01')):,}"


def quantity(value: Decimal | None) -> str:
    if value is None:
        return "?"
    return f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, days: int) -> date:
    for _ in range(days):
        day = next_business_day(day)
    return day


@dataclass(frozen=True)
class ShipmentView:
    carrier: str | None
    service: str | None
    tracking_number: str | None
    ship_date: date | None
    delivery_date: date | None


def shipments_of(session: Session, order: Order) -> list[ShipmentView]:
    """The order's shipments as a buyer sees them: carrier, tracking, ship and delivery dates."""
    out = []
    for shipment in session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.id)):
        ship_date = next_business_day(shipment.created_at.date()) if shipment.tracking_number else None
        transit = session.scalar(select(CarrierRate.transit_days).where(
            CarrierRate.carrier == shipment.carrier, CarrierRate.service == shipment.service,
            CarrierRate.zone == shipment.zone).limit(1)) if shipment.carrier else None
        out.append(ShipmentView(shipment.carrier, shipment.service, shipment.tracking_number, ship_date,
                                add_business_days(ship_date, transit) if ship_date and transit else None))
    return out


def state_in_words(order: Order, asked: bool = False) -> str:
    """The order's state as a buyer reads it: received and waiting for review, approved, in our order system
    (the ERP), stock reserved, shipped, or stopped with why. `asked`: a question about it went to the buyer."""
    erp = f" as sales order {order.erp_order_number}" if order.erp_order_number else ""
    if order.status in BEING_CHECKED:
        return ("received; we have emailed you a question about it and it waits for your answer" if asked
                else "received, and waiting for review by our team")
    if order.status == OrderStatus.APPROVED:
        return "approved, and being entered in our order system"
    if order.status == OrderStatus.ERP_ACCEPTED:
        return f"in our order system{erp}, not shipped yet"
    if order.status == OrderStatus.ALLOCATED:
        return f"in our order system{erp}, stock reserved, not shipped yet"
    if order.status == OrderStatus.BACKORDERED:
        return f"in our order system{erp}, waiting for stock: it ships as soon as it arrives"
    if order.status == OrderStatus.ROUTED:
        return f"in our order system{erp}, packed and ready to ship"
    if order.status == OrderStatus.SHIPPED:
        return "shipped"
    if order.status == OrderStatus.REJECTED:
        return f"not accepted: {order.rejection_reason}" if order.rejection_reason else "not accepted"
    if order.status == OrderStatus.FAILED:
        return "delayed; we are looking into it"
    if order.status == OrderStatus.CANCELLED:
        return "cancelled at your request"
    return "received"


def line_state(line: OrderLine) -> str:
    backordered = line.backordered_qty or Decimal("0")
    allocated = line.allocated_qty
    if allocated is None:
        return "accepted"
    if backordered <= 0:
        return "in stock"
    if allocated <= 0:
        return "backordered"
    return f"{quantity(allocated)} in stock, {quantity(backordered)} backordered"


def _line_what(order: Order, line_no: int | None) -> tuple[str, OrderLine | None]:
    line = next((ln for ln in order.lines if ln.line_no == line_no), None) if line_no is not None else None
    if line is None:
        return "", None
    what = line.item_code or line.description or line.raw_text or line.sku or ""
    return f'line {line.line_no} ("{" ".join(what.split())[:80]}")', line


def plain_question(order: Order, reason: OrderReason) -> str | None:
    """One review reason as a question the buyer can answer, or None for what only concerns us."""
    code = reason.code
    message = reason.message.rstrip(".")
    if code in INTERNAL_REASONS:
        return None
    where, line = _line_what(order, reason.line_no)
    on = f"On {where}: " if where else ""
    if code == "no_catalog_match":
        return (f"{on}we could not find this item in our catalog. Which product do you mean? Our item number, "
                "or your part number with a description, helps.")
    if code == "doubtful_match":
        guess = f" {line.sku}" if line and line.sku else ""
        return f"{on}this is not an exact match for our items; the closest is{guess}. Is that the product you mean?"
    if code == "missing_quantity":
        return f"{on}we could not read a quantity. How many do you need?"
    if code == "unaccounted_text":
        asked = {"quantity": "How many do you need?", "uom": "In which unit do you order it?",
                 "unit_price": "Which price did you expect?"}.get(str(reason.field), "Which product do you mean?")
        return f"{on}part of what you wrote did not fit how we read the line. {asked}"
    if code == "unusable_number":
        asked = {"unit_price": "Which price did you expect?", "line_total": "Which line total did you expect?"}.get(
            str(reason.field), "How many do you need?")
        return f"{on}we could not use the number written there. {asked}"
    if code == "long_text":
        # The clerk's sentence names our column; the buyer is asked to confirm what they wrote.
        what = {"po_number": "PO number", "buyer_name": "buyer's name", "currency": "currency",
                "item_code": "item number", "customer_part": "part number", "uom": "unit"}.get(str(reason.field),
                                                                                                "value")
        length = re.search(r"\((\d[\d,]*) characters\)", message)
        size = f" ({length.group(1)} characters)" if length else ""
        said = f"the {what} you wrote{size} is longer than we can keep"
        return f"{on}{said if on else said[0].upper() + said[1:]}. Could you confirm it, or send a shorter one?"
    if code == "fractional_quantity":
        return f"{on}{message}. How many units do you need?"
    if code == "uom_mismatch":
        return f"{on}{message}. How many should we send in that unit?"
    if code == "price_mismatch":
        return f"{on}{message}. Which price is right?"
    if code == "line_total_mismatch":
        return f"{on}{message}. Which is right: the quantity, the unit price or the total?"
    if code == "unknown_customer":
        return "We could not match your email address to a customer account. Which company is this order for?"
    if code == "missing_po_number":
        return "The order carries no purchase order number. Which PO number should we use?"
    if code == "duplicate_po":
        return f"{message}. Is this a new order, or a copy of the one we already have?"
    if code == "incomplete_ship_to":
        return "We could not read a complete ship-to address. Where should this order be shipped?"
    if code == "unknown_ship_to":
        return f"{message[0].upper()}{message[1:]}. Please confirm the address we should ship to."
    if code == "ship_to_name_differs":
        return f"{message[0].upper()}{message[1:]}. Please confirm the place we should ship to."
    if code == "ship_to_unread":
        return "We could not read the delivery address on your purchase order. Where should this order be " \
               "delivered (street, town and postal code)?"
    if code == "destination_unread":
        return "Your email names a delivery place we could not match to an address. Where exactly should this " \
               "order be delivered (street, town and postal code)?"
    if code == "date_unread":
        return "Your email asks for a delivery time we could not read as one date. By which date do you need " \
               "this order?"
    if code == "currency_mismatch":
        return f"{message[0].upper()}{message[1:]}. Which currency should we use?"
    if code == "unread_line":
        return f"{message[0].upper()}{message[1:]}. What did you want to order there?"
    if code == "unreadable_order":
        # The clerk's sentence tells them to type the lines; the buyer is asked for lines we can read.
        return ("We could not read the order lines in your email. Could you send them again, one item per line "
                "with its code and quantity, or as a spreadsheet or PDF?")
    if code == "too_large":
        # The clerk's sentence names our setting and tells them what to type; the buyer hears what to send.
        return ("Your order is larger than we can read automatically (more lines or data than one order of ours "
                "holds). Could you send it as several smaller orders?")
    if code in ("no_lines", "no_lines_read", "scanned_document", "unreadable_attachment", "refused_attachment"):
        return (f"{message[0].upper()}{message[1:]}. Could you send the order lines as text in an email, or as a "
                "spreadsheet or PDF?")
    if code == "low_confidence_field":
        field = {"po_number": "PO number", "order_date": "order date", "requested_date": "delivery date",
                 "currency": "currency", "ship_to": "ship-to address"}.get(str(reason.field), "detail")
        return f"We could not read the {field} of your order with certainty. Could you confirm it?"
    if code == "not_a_new_order":
        return ("Your message reads as a change, cancellation or confirmation of an order you sent before, not "
                "as a new order. Which order does it concern, and should we change that order rather than enter "
                "a new one?")
    if code == "about_other_business":
        return ("Your email reads as a question about an order you sent before. Is it also a new order we should "
                "ship?")
    if code == "titled_not_an_order":
        return "Your email reads like an invoice or a quotation. Is it an order we should ship?"
    if code == "other_part_has_lines":
        return f"{message[0].upper()}{message[1:]}. Should those lines be part of this order?"
    return f"{on}{message}" if message else None
