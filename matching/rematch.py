"""Re-matching an order for a new customer: the clerk said who ordered, and every answer that depended
on who ordered (aliases, prices, unit conversions, ship-to, duplicate PO, quantity history) is given
again as filing would have given it for that customer, keeping what the clerk already decided."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from config import Settings
from matching.catalog import CatalogIndex
from matching.customers import customer_by_id
from matching.knowledge_store import DbKnowledge, load_catalog, load_customers
from matching.order_matching import STRUCTURED_KINDS, Knowledge, alias_key, match_order
from models import reasons
from models.bounds import LONG_TEXT, UNUSABLE_NUMBER
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field, MatchedOrder, Provenance
from models.tables import Order, OrderLine
from vocabulary.numbers import parse_decimal


class _ClerkChosen(DbKnowledge):
    """The database's knowledge, except that a SKU a clerk chose for a line stands as that line's alias:
    re-matching checks the clerk's choice for the new customer, it does not undo it."""

    def __init__(self, session: Session, exclude_order_id: int, chosen: dict[str, str],
                 exclude_message_id: int | None = None) -> None:
        super().__init__(session, exclude_order_id=exclude_order_id, exclude_message_id=exclude_message_id)
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


def _structured(line: OrderLine) -> Provenance | None:
    """An EDI or XML line's kind of reading, so that matching it again treats its seller's code as it did
    the first time (exactly); other lines are matched again from their values alone, as before."""
    kind = (line.provenance or {}).get("kind")
    return Provenance(kind=kind) if kind in STRUCTURED_KINDS else None


def as_ordered(line: OrderLine) -> tuple[Decimal | None, str | None, Decimal | None]:
    """The line's quantity, unit and unit price as the buyer wrote them, before a conversion into our
    selling unit (kept on the line as ordered_quantity and ordered_uom; the price was divided likewise)."""
    quantity = line.ordered_quantity
    if not quantity or not line.quantity:
        return line.quantity, line.uom, line.unit_price
    price = (line.unit_price * line.quantity / quantity).quantize(Decimal("0.0001")) \
        if line.unit_price is not None else None
    return quantity, line.ordered_uom, price


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
    # The order itself is in the tables under its new customer: it is not its own duplicate PO, nor are the
    # other orders of its message.
    knowledge = _ClerkChosen(session, order.id, chosen, order.message_id)
    extracted = []
    for ln in lines:
        quantity, uom, price = as_ordered(ln)
        extracted.append(ExtractedLine(
            raw_text=ln.raw_text or "", quantity=quantity, item_code=ln.item_code, customer_part=ln.customer_part,
            description=ln.description, uom=uom,
            unit_price=price if _price_written(ln, knowledge, catalog, previous_customer) else None,
            provenance=_structured(ln)))
        # The new customer's conversions (or none) decide the line's unit now, not the previous one's.
        ln.conversion = ln.ordered_quantity = ln.ordered_uom = None

    def matched_for(customer: CustomerMatch) -> MatchedOrder:
        return match_order(header, extracted, customer, catalog, knowledge, settings.price_tolerance,
                           settings.fuzzy_min_score)

    old = matched_for(customer_by_id(customers, previous_customer, "previous"))
    new = matched_for(customer_by_id(customers, order.customer_id, "clerk"))
    stale = {(r.code, r.message) for r in old.reasons}
    kept = [r for r in reasons.of(order, None) if (r.code, r.message) not in stale]  # rows: a failed stage kept
    # What the reading left out of a line (a quantity of 1E400, a unit cut to its column) is no matching's
    # answer: the new customer's matching does not give it again, and the line still lacks it.
    read = [r for r in reasons.of(order, codes=(UNUSABLE_NUMBER, LONG_TEXT)) if r.line_no is not None]
    for line, ml in zip(lines, new.lines, strict=True):
        if line.match_method != "clerk":
            # The same product again is as sure as it was read; another one as sure as its match.
            same = ml.match.sku == line.sku
            line.sku, line.match_method, line.match_score = ml.match.sku, ml.match.method, ml.match.score
            line.candidates = [c.to_json() for c in ml.match.candidates]
            line.confidence = min(ml.confidence, line.confidence) if same else ml.confidence
        line.quantity = ml.quantity if ml.quantity is not None else line.quantity
        line.uom, line.conversion = ml.uom, ml.conversion
        line.ordered_quantity, line.ordered_uom = ml.ordered_quantity, ml.ordered_uom
        line.unit_price = ml.unit_price if ml.unit_price is not None else ml.expected_price
    if new.header.ship_to is not None:
        order.ship_to = new.header.ship_to.value.to_json()  # the address on file, when it is a known one
    # The lines' reasons are the new matching's, under the lines' numbers (the lines are matched in order).
    reasons.replace(order, [*new.reasons, *kept, *read,
                            *(replace(r, line_no=line.line_no) for line, ml in zip(lines, new.lines, strict=True)
                              for r in ml.reasons)])
