"""What a clerk (or the API) does to an order: edit lines and customer, approve, reject.

Every change is audited with its old and new value; a SKU correction teaches matching an alias for
that customer, so the same doubt is not raised twice.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from extractors.values import parse_decimal
from matching.addresses import same_address
from matching.catalog import CatalogIndex
from matching.customers import customer_by_id
from matching.knowledge_store import DbKnowledge, load_catalog, load_customers
from matching.order_matching import Knowledge, alias_key, match_order
from matching.units import Conversion, Refusal, convert
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field, MatchedOrder
from models.tables import (
    AuditEvent,
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerItemAlias,
    CustomerUnitConversion,
    InboundMessage,
    Order,
    OrderLine,
    Product,
)
from orchestration.acknowledgements.queue import ask_buyer
from orchestration.audit import audit, transition
from orchestration.jobs import enqueue

EDITABLE = ("needs_review", "failed")


class ActionError(ValueError):
    """The action is not allowed; the message says why, in words for the clerk."""


def line_of(order: Order, line_id: int) -> OrderLine:
    """The order's line with this id, or an ActionError naming it."""
    line = next((ln for ln in order.lines if ln.id == line_id), None)
    if line is None:
        raise ActionError(f"order {order.id} has no line {line_id}")
    return line


def drop_line_reasons(order: Order, line: OrderLine, fields: set[str]) -> None:
    """The doubts about these fields of the line are answered: off the line and off the order."""
    line.reasons = [r for r in line.reasons or [] if r.get("field") not in fields]
    order.review_reasons = [
        r for r in order.review_reasons or [] if not (r.get("line_no") == line.line_no and r.get("field") in fields)
    ]


def update_line(session: Session, order: Order, line_id: int, actor: str, *, sku: str | None = None,
                quantity: Decimal | None = None) -> OrderLine:
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be edited")
    line = line_of(order, line_id)
    if sku is not None and sku != line.sku:
        product = session.get(Product, sku.strip())
        if product is None:
            raise ActionError(f"no product with SKU '{sku}'")
        audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.sku",
              from_value=line.sku, to_value=product.sku)
        line.sku, line.match_method, line.match_score, line.confidence = product.sku, "clerk", 100.0, 1.0
        drop_line_reasons(order, line, {"sku", "uom"})
        _restate_for(session, order, line, product)
        learn_alias(session, order, line, actor)
    elif sku is not None and line.reasons:
        # Confirming the suggested SKU is a correction too: the clerk vouched for it.
        audit(session, actor, "order", order.id, "confirm_line", field=f"line{line.line_no}.sku",
              from_value=line.sku, to_value=line.sku)
        line.match_method, line.confidence = "clerk", 1.0
        drop_line_reasons(order, line, {"sku"})
        learn_alias(session, order, line, actor)
    if quantity is not None and quantity != line.quantity:
        if quantity <= 0:
            raise ActionError("quantity must be greater than zero")
        if any(r.get("code") == "low_confidence" for r in order.review_reasons or []):
            _distrust_readings(session, order)
        audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.quantity",
              from_value=line.quantity, to_value=quantity)
        # Restating a line ordered in a unit we cannot convert teaches the conversion. Rounding a
        # broken pack multiple up or down is a business decision, not a unit, and teaches nothing.
        if line.quantity and any(r.get("code") in ("uom_mismatch", "unknown_unit") for r in line.reasons or []):
            learn_conversion(session, order, line, quantity / line.quantity, actor)
        line.quantity = quantity
        drop_line_reasons(order, line, {"quantity"})
    return line


def learn_conversion(session: Session, order: Order, line: OrderLine, factor: Decimal, actor: str) -> None:
    """The clerk restated a line ordered in a unit we could not convert in our selling unit: remember
    how many of ours one of theirs is, for this customer and product, and the line is now in ours."""
    product = session.get(Product, line.sku) if line.sku else None
    if product is None or not order.customer_id or not line.uom or line.uom == product.uom or not line.quantity:
        return
    exact = factor.quantize(Decimal("0.0001"))
    if exact <= 0 or line.quantity * exact != line.quantity * factor:
        return  # a factor that does not divide cleanly would turn the next order into fractions
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
    line.conversion = f"{line.quantity:f} {line.uom} = {line.quantity * exact:f} {product.uom} (as taught)"
    line.uom = product.uom
    if line.unit_price is not None:  # the price the buyer wrote was per their unit, like the quantity
        line.unit_price = (line.unit_price / exact).quantize(Decimal("0.0001"))
    drop_line_reasons(order, line, {"uom"})


_ORDERED_AS = re.compile(r"^(\S+) (\S+) = ")


def _restate_for(session: Session, order: Order, line: OrderLine, product: Product) -> None:
    """A line whose product the clerk changed: its quantity as the buyer ordered it, converted for the
    new product's packing — never a quantity converted for the product it no longer is."""
    ordered = _ORDERED_AS.match(line.conversion or "")
    quantity = Decimal(ordered.group(1)) if ordered else line.quantity
    uom = ordered.group(2) if ordered else line.uom
    line.conversion = None
    if not uom or uom == product.uom or quantity is None:
        line.quantity, line.uom = quantity, product.uom
        return
    learned = DbKnowledge(session).unit_factor(order.customer_id, product.sku, uom) if order.customer_id else None
    result = convert(quantity, None, uom, product.sku, product.uom, product.pack_size, learned)
    if isinstance(result, Conversion):
        line.quantity, line.uom, line.conversion = result.quantity, product.uom, result.note
        return
    line.quantity, line.uom = quantity, uom
    add_unit_doubt(order, line, result)


def add_unit_doubt(order: Order, line: OrderLine, refusal: Refusal) -> None:
    """The line's unit cannot be converted into ours: a doubt on the line and on the order."""
    reason = {"code": refusal.code, "message": refusal.message, "line_no": line.line_no, "field": "uom"}
    line.reasons = [*(line.reasons or []), reason]
    order.review_reasons = [*(order.review_reasons or []), reason]


def add_line(session: Session, order: Order, actor: str, sku: str, quantity: Decimal) -> OrderLine:
    """A line the reading missed (or a scan's lines), typed by the clerk."""
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be edited")
    product = session.get(Product, sku.strip())
    if product is None:
        raise ActionError(f"no product with SKU '{sku}'")
    if quantity <= 0:
        raise ActionError("quantity must be greater than zero")
    line = OrderLine(line_no=max((ln.line_no for ln in order.lines), default=0) + 1, sku=product.sku,
                     description=product.description, quantity=quantity, uom=product.uom, match_method="clerk",
                     match_score=100.0, confidence=1.0, candidates=[], reasons=[], raw_text=None)
    order.lines.append(line)
    session.flush()
    audit(session, actor, "order", order.id, "add_line", field=f"line{line.line_no}",
          to_value=f"{quantity} x {product.sku}")
    # The order has lines now: "no lines could be read" is answered.
    order.review_reasons = [r for r in order.review_reasons
                            if r.get("code") not in ("no_lines", "no_lines_read", "scanned_document")]
    return line


def learn_alias(session: Session, order: Order, line: OrderLine, actor: str) -> None:
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


# The clerk set the customer of an order whose customer a learned sender had given: on approval, that
# sender's tie is corrected (see learn_sender). Learning waits for approval, so a misclick corrected on
# the same order teaches nothing.
CLERK_OVER_LEARNED_SENDER = "clerk_over_learned_sender"


def set_customer(session: Session, order: Order, customer_id: str, actor: str, settings: Settings) -> None:
    """The clerk says who ordered: the order is checked again as that customer's (see rematch), with
    the running service's price tolerance and fuzzy score."""
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be edited")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ActionError(f"no customer '{customer_id}'")
    audit(session, actor, "order", order.id, "edit", field="customer", from_value=order.customer_id,
          to_value=customer.id)
    # The customer came from a sender a clerk once tied to another customer, and nothing in the document
    # named a second customer: that tie was simply learned wrong (one approval under the wrong customer).
    # (A second change on the same order keeps what the first one found: the order came from a learned tie.)
    learned_wrong = order.customer_method in ("learned_sender", CLERK_OVER_LEARNED_SENDER) and not any(
        r.get("code") == "customer_unconfirmed" for r in order.review_reasons or [])
    before = order.customer_id
    order.customer_id = customer.id
    order.customer_method = CLERK_OVER_LEARNED_SENDER if learned_wrong else "clerk"
    order.review_reasons = [r for r in order.review_reasons if r.get("field") != "customer"]
    if before != customer.id:
        rematch(session, order, before, settings)


class _ClerkChosen(DbKnowledge):
    """The database's knowledge, except that a SKU a clerk chose for a line stands as that line's alias:
    re-matching checks the clerk's choice for the new customer, it does not undo it."""

    def __init__(self, session: Session, exclude_order_id: int, chosen: dict[str, str]) -> None:
        super().__init__(session, exclude_order_id=exclude_order_id)
        self.chosen = chosen

    def alias(self, customer_id: str, key: str) -> str | None:
        return self.chosen.get(key) or super().alias(customer_id, key)


_NUMBER = re.compile(r"\d[\d.,']*\d|\d")


def _price_written(line: OrderLine, known: Knowledge, catalog: CatalogIndex, customer_id: str | None) -> bool:
    """Did the buyer write this line's price, or did filing fill it in from the previous customer's price
    list (a line without a price gets the expected one)? A filled-in price gives way to the new
    customer's; a written one is checked against it."""
    if line.unit_price is None:
        return False
    if line.raw_text and any(parse_decimal(n.strip()) == line.unit_price for n in _NUMBER.findall(line.raw_text)):
        return True
    product = catalog.products.get(line.sku) if line.sku else None
    contract = known.contract_price(customer_id, line.sku) if customer_id and line.sku else None
    filled = contract if contract is not None else product.unit_price if product is not None else None
    # Not in the line's text and not what filing would have put there: a clerk's or a converted price.
    return line.unit_price != filled


def _as_ordered(line: OrderLine) -> tuple[Decimal | None, str | None, Decimal | None]:
    """The line's quantity, unit and unit price as the buyer wrote them, before a conversion into our
    selling unit (noted on the line as "3 CS = 30 BX ..."; the price was divided likewise)."""
    ordered = _ORDERED_AS.match(line.conversion or "")
    if ordered is None or not line.quantity:
        return line.quantity, line.uom, line.unit_price
    try:
        quantity = Decimal(ordered.group(1))
    except ArithmeticError:
        return line.quantity, line.uom, line.unit_price
    if not quantity:
        return line.quantity, line.uom, line.unit_price
    price = (line.unit_price * line.quantity / quantity).quantize(Decimal("0.0001")) \
        if line.unit_price is not None else None
    return quantity, ordered.group(2), price


def rematch(session: Session, order: Order, previous_customer: str | None, settings: Settings) -> None:
    """Match the order again for its (new) customer, as filing did (match_order), and put the new
    customer's answers in place of the previous one's: each line's SKU through the new customer's
    aliases (a SKU a clerk chose stays), its price from the new price list where the buyer wrote none,
    and every check that depends on who ordered (price list, ship-to, currency, duplicate PO, unit
    conversions, quantity history), so the reasons a clerk reads are about the customer now on the order.

    The order's current lines and header are the input, with the clerk's edits in them; the header
    reasons the previous customer's matching gave are dropped (matched again for it the same way), the
    rest (unread lines, other attachments, unsure readings) stay."""
    customers = load_customers(session)
    catalog = load_catalog(session)
    header = ExtractedHeader(
        po_number=Field(order.po_number, 1.0) if order.po_number else None,
        order_date=Field(order.order_date, 1.0) if order.order_date else None,
        requested_date=Field(order.requested_date, 1.0) if order.requested_date else None,
        currency=Field(order.currency, 1.0) if order.currency else None,
        buyer=Field(order.buyer_name, 1.0) if order.buyer_name else None,
        ship_to=Field(Address(**order.ship_to), 1.0) if order.ship_to else None,
    )
    lines = sorted(order.lines, key=lambda ln: ln.line_no)
    chosen = {alias_key(ln.customer_part, ln.item_code, ln.description): ln.sku
              for ln in lines if ln.match_method == "clerk" and ln.sku}
    # The order itself is in the tables under its new customer: it is not its own duplicate PO.
    knowledge = _ClerkChosen(session, order.id, chosen)
    extracted = []
    for ln in lines:
        quantity, uom, price = _as_ordered(ln)
        extracted.append(ExtractedLine(
            raw_text=ln.raw_text or "", quantity=quantity, item_code=ln.item_code, customer_part=ln.customer_part,
            description=ln.description, uom=uom,
            unit_price=price if _price_written(ln, knowledge, catalog, previous_customer) else None))
        # The new customer's conversions (or none) decide the line's unit now, not the previous one's.
        ln.conversion = None

    def matched_for(customer: CustomerMatch) -> MatchedOrder:
        return match_order(header, extracted, customer, catalog, knowledge, settings.price_tolerance,
                           settings.fuzzy_min_score)

    old = matched_for(customer_by_id(customers, previous_customer, "previous"))
    new = matched_for(customer_by_id(customers, order.customer_id, "clerk"))
    stale = {(r.code, r.message) for r in old.reasons}
    kept = [r for r in order.review_reasons
            if r.get("line_no") is None and (r.get("code"), r.get("message")) not in stale]
    for line, ml in zip(lines, new.lines, strict=True):
        if line.match_method != "clerk":
            # The same product again is as sure as it was read; another one as sure as its match.
            same = ml.match.sku == line.sku
            line.sku, line.match_method, line.match_score = ml.match.sku, ml.match.method, ml.match.score
            line.candidates = [c.to_json() for c in ml.match.candidates]
            line.confidence = min(ml.confidence, line.confidence) if same else ml.confidence
        line.quantity = ml.quantity if ml.quantity is not None else line.quantity
        line.uom, line.conversion = ml.uom, ml.conversion
        line.unit_price = ml.unit_price if ml.unit_price is not None else ml.expected_price
        line.reasons = [r.to_json() for r in ml.reasons]
    if new.header.ship_to is not None:
        order.ship_to = new.header.ship_to.value.to_json()  # the address on file, when it is a known one
    order.review_reasons = ([r.to_json() for r in new.reasons] + kept
                            + [r.to_json() for ml in new.lines for r in ml.reasons])


def learn_sender(session: Session, order: Order, customer: Customer, actor: str, correcting: bool = False) -> None:
    """The clerk said who sent this: that address speaks for the customer next time. (A message our own
    staff forwarded is resolved from the buyer it quotes, so a staff address learned here is never used.)

    `correcting`: the clerk changed the customer a learned tie of this very sender gave the order, with
    no second customer named in it; the tie is moved to the customer the clerk chose, so the sender's
    next order is right without another review. An address that was found to speak for two customers
    (forgotten below) is never learned again: otherwise the next approval re-teaches it for one of them,
    and its orders flip between customers with a sender match's full confidence."""
    message = session.get(InboundMessage, order.message_id) if order.message_id else None
    sender = (message.from_addr or "").strip().lower() if message else ""
    if "@" not in sender or _forgotten_as_shared(session, sender):
        return
    contact = session.scalar(select(CustomerContact).where(CustomerContact.email == sender))
    if contact is None:
        session.add(CustomerContact(customer_id=customer.id, email=sender, created_by=actor))
    elif contact.customer_id != customer.id and correcting and not _corrected_before(session, sender):
        audit(session, actor, "order", order.id, "correct_sender", field="customer",
              from_value=f"{sender} -> {contact.customer_id}", to_value=f"{sender} -> {customer.id}")
        contact.customer_id, contact.created_by = customer.id, actor
    elif contact.customer_id != customer.id:
        # One address speaking for two customers (a shared gateway, a buyer with two accounts) says
        # nothing about either: forget it rather than let the latest clerk's choice win silently.
        audit(session, actor, "order", order.id, "forget_sender", field="customer",
              from_value=f"{sender} -> {contact.customer_id}", to_value=f"also {customer.id}")
        session.delete(contact)


def _corrected_before(session: Session, sender: str) -> bool:
    """Was this address's tie already moved once? Then a second disagreement means it speaks for two
    customers (a buyer with two accounts): forgotten, not flipped back and forth at full confidence."""
    return session.scalar(select(AuditEvent.id).where(
        AuditEvent.action == "correct_sender",
        AuditEvent.from_value.startswith(f"{sender} -> ", autoescape=True)).limit(1)) is not None


def _forgotten_as_shared(session: Session, sender: str) -> bool:
    """Was this address forgotten because it spoke for two customers? (The audit trail remembers it.)"""
    return session.scalar(select(AuditEvent.id).where(
        AuditEvent.action == "forget_sender",
        AuditEvent.from_value.startswith(f"{sender} -> ", autoescape=True)).limit(1)) is not None


def approve(session: Session, order: Order, actor: str) -> None:
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be approved")
    if order.customer_id is None:
        raise ActionError("choose the customer before approving")
    if not order.lines:
        raise ActionError("an order without lines cannot be approved")
    for line in order.lines:
        if not line.sku or session.get(Product, line.sku) is None:
            raise ActionError(f"line {line.line_no} has no valid SKU")
        if not line.quantity or line.quantity <= 0:
            raise ActionError(f"line {line.line_no} has no quantity")
    _count_confirmed_reading(session, order)
    learn_ship_to(session, order, actor)
    if order.customer_method in ("document_name", "document_address", "po_pattern", "clerk",
                                 CLERK_OVER_LEARNED_SENDER):
        # Approving confirms the customer the document suggested or the clerk chose: its sender is now known.
        learn_sender(session, order, session.get(Customer, order.customer_id), actor,  # type: ignore[arg-type]
                     correcting=order.customer_method == CLERK_OVER_LEARNED_SENDER)
    transition(session, order, "approved", actor, {"auto": False})
    # A fresh key per approval: an order that failed and was fixed gets a new ERP job, while a
    # double click on approve still finds the same job.
    approvals = sum(1 for _ in _audit_approvals(session, order))
    enqueue(session, "erp", f"order:{order.id}:erp:{approvals}", order_id=order.id)


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


def _distrust_readings(session: Session, order: Order) -> None:
    """A clerk corrected an unsure reading: whatever trust this customer's way of writing earned is gone."""
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    if customer is not None and customer.confirmed_readings:
        customer.confirmed_readings = 0


def _count_confirmed_reading(session: Session, order: Order) -> None:
    """An order held only because its reading was unsure, approved with no line changed or added:
    the reading was right, and after a few such orders matching trusts this customer's way of writing.
    Each order counts once, however often it is approved."""
    if not any(r.get("code") == "low_confidence" for r in order.review_reasons or []):
        return
    if _audit_approvals(session, order):
        return
    changed = session.scalar(select(AuditEvent.id).where(
        AuditEvent.entity == "order", AuditEvent.entity_id == order.id,
        AuditEvent.action.in_(("edit_line", "add_line", "delete_line", "split_line", "merge_lines"))).limit(1))
    customer = session.get(Customer, order.customer_id) if order.customer_id else None
    if changed is None and customer is not None:
        customer.confirmed_readings = (customer.confirmed_readings or 0) + 1


def _audit_approvals(session: Session, order: Order) -> list[int]:
    return list(session.scalars(select(AuditEvent.id).where(
        AuditEvent.entity == "order", AuditEvent.entity_id == order.id, AuditEvent.action == "status",
        AuditEvent.to_value == "approved")))


def reject(session: Session, order: Order, actor: str, reason: str, reply: bool = True) -> None:
    """Reject with the clerk's reason; by default the buyer is asked about it (reply=False: a spam
    order, a test, a duplicate the buyer already knows about — nobody to ask)."""
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be rejected")
    if not reason.strip():
        raise ActionError("say why the order is rejected")
    order.rejection_reason = reason.strip()
    transition(session, order, "rejected", actor, {"reason": reason.strip()})
    # The buyer is told why, as a question they can answer (a hold calls ask_buyer the same way).
    if reply:
        ask_buyer(session, order, actor, reason.strip())
