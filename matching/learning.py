"""Learning from clerks' corrections: what a clerk's edit or approval teaches matching for next time.

- an alias: the customer's part number or wording -> the SKU the clerk chose (`learn_alias`);
- a unit conversion: how many of our selling units one of the customer's units holds, for one product
  (`learn_conversion`);
- a sender: the address that sent an approved order speaks for its customer (`learn_sender`), moved once
  when it was learned wrong, forgotten when it speaks for two customers;
- a ship-to: an address approved for a customer is one of its addresses (`learn_ship_to`);
- reading trust: an order held only for an unsure reading and approved untouched counts for the
  customer's way of writing (`count_confirmed_reading`); a corrected unsure reading spends that trust
  (`distrust_readings`).

Each lesson is a row of matching's knowledge (CustomerItemAlias, CustomerUnitConversion, CustomerContact
and its trust, CustomerAddress, Customer.confirmed_readings), decided from the order and those rows only.
The audit trail records the lessons for people; nothing here reads it back.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from matching.addresses import same_address
from matching.order_matching import alias_key
from models import reasons
from models.audit import audit
from models.schemas import Address
from models.tables import (
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerItemAlias,
    CustomerUnitConversion,
    InboundMessage,
    Order,
    OrderLine,
    Product,
    SenderTrust,
)


def learn_alias(session: Session, order: Order, line: OrderLine, actor: str) -> None:
    """The clerk chose (or vouched for) the line's SKU: what the customer wrote for it means that SKU."""
    if not order.customer_id or not line.sku:
        return
    key = alias_key(line.customer_part, line.item_code, line.description)
    if not key:
        return
    alias = session.scalar(select(CustomerItemAlias).where(
        CustomerItemAlias.customer_id == order.customer_id, CustomerItemAlias.alias_key == key))
    if alias is None:
        session.add(CustomerItemAlias(customer_id=order.customer_id, alias_key=key, sku=line.sku, created_by=actor))
    else:
        alias.sku = line.sku


def learn_conversion(session: Session, order: Order, line: OrderLine, factor: Decimal, actor: str) -> Decimal | None:
    """The clerk restated a line ordered in a unit we could not convert in our selling unit: remember
    how many of ours one of theirs is, for this customer and product. Returns the factor taught (the
    caller restates the line with it), or None when there is nothing to teach."""
    product = session.get(Product, line.sku) if line.sku else None
    if product is None or not order.customer_id or not line.uom or line.uom == product.uom or not line.quantity:
        return None
    exact = factor.quantize(Decimal("0.0001"))
    if exact <= 0 or line.quantity * exact != line.quantity * factor:
        return None  # a factor that does not divide cleanly would turn the next order into fractions
    known = session.scalar(select(CustomerUnitConversion).where(
        CustomerUnitConversion.customer_id == order.customer_id, CustomerUnitConversion.sku == product.sku,
        CustomerUnitConversion.uom == line.uom))
    if known is None:
        known = CustomerUnitConversion(customer_id=order.customer_id, sku=product.sku, uom=line.uom,
                                       created_by=actor)
        session.add(known)
    known.factor = exact
    audit(session, actor, "order", order.id, "learn_conversion", field=f"line{line.line_no}.uom",
          from_value=line.uom, to_value=f"{known.factor:f} {product.uom}")
    return exact


def learn_sender(session: Session, order: Order, customer: Customer, actor: str, correcting: bool = False) -> None:
    """The clerk said who sent this: that address speaks for the customer next time. (A message our own
    staff forwarded is resolved from the buyer it quotes, so a staff address learned here is never used.)

    `correcting`: the clerk changed the customer a learned tie of this very sender gave the order, with
    no second customer named in it; the tie is moved to the customer the clerk chose, so the sender's
    next order is right without another review. A tie moved once that is contradicted again, or one
    contradicted without that excuse, speaks for two customers: it is forgotten (kept as SHARED, which
    matching ignores) and never learned again; otherwise the next approval re-teaches it for one of them,
    and its orders flip between customers with a sender match's full confidence."""
    message = session.get(InboundMessage, order.message_id) if order.message_id else None
    sender = (message.from_addr or "").strip().lower() if message else ""
    if "@" not in sender:
        return
    contact = session.scalar(select(CustomerContact).where(CustomerContact.email == sender))
    if contact is None:
        session.add(CustomerContact(customer_id=customer.id, email=sender, created_by=actor,
                                    trust=SenderTrust.LEARNED))
    elif contact.trust == SenderTrust.SHARED or contact.customer_id == customer.id:
        return
    elif correcting and contact.trust != SenderTrust.CORRECTED:
        audit(session, actor, "order", order.id, "correct_sender", field="customer",
              from_value=f"{sender} -> {contact.customer_id}", to_value=f"{sender} -> {customer.id}")
        contact.customer_id, contact.created_by, contact.trust = customer.id, actor, SenderTrust.CORRECTED
    else:
        # One address speaking for two customers (a shared gateway, a buyer with two accounts) says
        # nothing about either: forget it rather than let the latest clerk's choice win silently.
        audit(session, actor, "order", order.id, "forget_sender", field="customer",
              from_value=f"{sender} -> {contact.customer_id}", to_value=f"also {customer.id}")
        contact.trust = SenderTrust.SHARED


def learn_ship_to(session: Session, order: Order, actor: str) -> None:
    """A clerk approved shipping this customer's order to this address (read, or typed over a doubtful
    one): it is one of the customer's addresses from now on, so the next order to it is not doubted."""
    if not order.customer_id or not order.ship_to:
        return
    read = Address(**{k: order.ship_to.get(k) for k in ("name", "street", "city", "region", "postal_code",
                                                         "country")})
    if not read.street or not read.postal_code:
        return
    known = session.scalars(select(CustomerAddress).where(CustomerAddress.customer_id == order.customer_id))
    if any(same_address(read, Address(a.name, a.street, a.city, a.region, a.postal_code, a.country))
           for a in known):
        return
    session.add(CustomerAddress(customer_id=order.customer_id, name=read.name, street=read.street, city=read.city,
                                region=read.region, postal_code=read.postal_code,
                                country=(read.country or None) and read.country[:2], is_default=False))
    audit(session, actor, "order", order.id, "learn_ship_to", field="ship_to",
          to_value=f"{order.customer_id}: {read.street}, {read.postal_code}")


def distrust_readings(session: Session, order: Order) -> None:
    """A clerk corrected an unsure reading: whatever trust this customer's way of writing earned is gone."""
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    if customer is not None and customer.confirmed_readings:
        customer.confirmed_readings = 0


def count_confirmed_reading(session: Session, order: Order) -> None:
    """An order held only because its reading was unsure, approved with no line changed or added:
    the reading was right, and after a few such orders matching trusts this customer's way of writing.
    Each order counts once, however often it is approved. (Call before the approval is recorded.)"""
    if not reasons.has(order, "low_confidence"):
        return
    if order.approval_count:
        return
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    if not order.lines_edited and customer is not None:
        customer.confirmed_readings = (customer.confirmed_readings or 0) + 1
