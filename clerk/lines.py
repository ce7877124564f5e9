"""What a clerk may do to an order's lines: correct one (SKU, quantity, unit, unit price, description),
add one the reading missed, delete, split and merge lines.

Each change is audited with its old and new value and answers the doubts it settles. A SKU correction
teaches matching an alias for the customer, and a restated quantity or unit of a line whose unit could
not be converted teaches the conversion (matching/learning.py), so the same doubt is not raised twice.
The review screen's line form and the JSON API both come here (`edit_line` with a `LineEdit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from clerk.errors import ActionError, require_editable
from matching import learning
from matching.knowledge_store import DbKnowledge
from matching.units import Conversion, Refusal, convert
from models import reasons
from models.audit import audit
from models.bounds import number_problem, size_problem
from models.schemas import Reason
from models.tables import Factor, Money, Order, OrderLine, Product, Qty
from vocabulary.units import normalise_unit

# The line form's fields. Each is compared with the value the line had before the edit, so a field
# sent back unchanged is never applied, even when an earlier field (a new SKU restating the quantity)
# moved it.
LINE_FIELDS = ("sku", "quantity", "uom", "unit_price", "description")
# Reasons a unit answers: the unit could not be converted. A price answers its mismatch, and the
# written line total that did not add up with it.
UNIT_REASONS = {"uom"}
PRICE_REASONS = {"unit_price", "line_total"}
TEACHES_A_CONVERSION = ("uom_mismatch", "unknown_unit")


@dataclass(frozen=True)
class LineEdit:
    """What to change on a line. `given` names the fields the caller sent: a field not given is left
    alone, and a given unit price or description of None clears it (the buyer wrote none)."""

    given: frozenset[str]
    sku: str | None = None
    quantity: Decimal | None = None
    uom: str | None = None
    unit_price: Decimal | None = None
    description: str | None = None


def check_number(what: str, number: Decimal, *, positive: bool) -> None:
    """A quantity (`positive`) or a price (zero allowed) a clerk gave, or an ActionError saying why not: not
    a number, of the wrong sign, or more than its column holds (models/bounds.py)."""
    problem = number_problem(number, Qty if positive else Money, positive=positive)
    if problem is not None:
        raise ActionError(f"the {what} {problem}")


def check_fits(line: OrderLine) -> None:
    """The line's numbers after an action that computed them (a sum of two lines, a unit converted, a
    conversion taught) still fit their columns, or an ActionError names the one that does not; the caller
    rolls the action back."""
    for what, value, column in (("quantity", line.quantity, Qty), ("quantity as ordered", line.ordered_quantity, Qty),
                                ("unit price", line.unit_price, Money)):
        if value is not None and (problem := size_problem(value, column)) is not None:
            raise ActionError(f"line {line.line_no}: the {what} {value:f} {problem}")


def unit_code(raw: str) -> str | None:
    """A unit as the clerk typed it: a known word ("box", "pcs") becomes its code, else upper case."""
    value = raw.strip()
    if not value:
        return None
    code = normalise_unit(value) or value.strip(".").upper()
    if len(code) > 8 or not code.replace("-", "").isalnum():
        raise ActionError(f"'{value}' is not a unit (EA, BX, CS, ...)")
    return code


def line_of(order: Order, line_id: int) -> OrderLine:
    """The order's line with this id, or an ActionError naming it."""
    line = next((ln for ln in order.lines if ln.id == line_id), None)
    if line is None:
        raise ActionError(f"order {order.id} has no line {line_id}")
    return line


def drop_line_reasons(order: Order, line: OrderLine, fields: set[str]) -> None:
    """The doubts about these fields of the line are answered (a line's reasons are the order's)."""
    reasons.drop(order, line.line_no, fields=fields)


def add_unit_doubt(order: Order, line: OrderLine, refusal: Refusal) -> None:
    """The line's unit cannot be converted into ours: a doubt on the line, and so on the order."""
    reasons.add(order, Reason(refusal.code, refusal.message, line.line_no, "uom"))


def _audit_line_change(session: Session, actor: str, order: Order, action: str, *, field: str,
                       from_value: object = None, to_value: object = None) -> None:
    """Audit a change to the order's lines, and note on the order that its lines are no longer as read
    (so its reading earns no trust: matching.learning.count_confirmed_reading) and, once it has been
    approved, no longer as first sent to the ERP (a confirmed ERP order cannot take the change)."""
    audit(session, actor, "order", order.id, action, field=field, from_value=from_value, to_value=to_value)
    order.lines_edited = True
    if order.approval_count:
        order.lines_edited_after_approval = True


def update_line(session: Session, order: Order, line_id: int, actor: str, *, sku: str | None = None,
                quantity: Decimal | None = None) -> OrderLine:
    """Correct the line's SKU (teaching the customer's alias; confirming a doubted one teaches it too)
    and its quantity (teaching a conversion when the line's unit could not be converted)."""
    require_editable(order)
    line = line_of(order, line_id)
    if sku is not None and sku != line.sku:
        product = session.get(Product, sku.strip())
        if product is None:
            raise ActionError(f"no product with SKU '{sku}'")
        _audit_line_change(session, actor, order, "edit_line", field=f"line{line.line_no}.sku",
                           from_value=line.sku, to_value=product.sku)
        line.sku, line.match_method, line.match_score, line.confidence = product.sku, "clerk", 100.0, 1.0
        drop_line_reasons(order, line, {"sku", "uom"})
        _restate_for(session, order, line, product)
        learning.learn_alias(session, order, line, actor)
    elif sku is not None and line.reasons:
        # Confirming the suggested SKU is a correction too: the clerk vouched for it.
        audit(session, actor, "order", order.id, "confirm_line", field=f"line{line.line_no}.sku",
              from_value=line.sku, to_value=line.sku)
        line.match_method, line.confidence = "clerk", 1.0
        drop_line_reasons(order, line, {"sku"})
        learning.learn_alias(session, order, line, actor)
    if quantity is not None and quantity != line.quantity:
        check_number("quantity", quantity, positive=True)
        if reasons.has(order, "low_confidence"):
            learning.distrust_readings(session, order)
        _audit_line_change(session, actor, order, "edit_line", field=f"line{line.line_no}.quantity",
                           from_value=line.quantity, to_value=quantity)
        # Restating a line ordered in a unit we cannot convert teaches the conversion. Rounding a
        # broken pack multiple up or down is a business decision, not a unit, and teaches nothing.
        if line.quantity and reasons.has(order, *TEACHES_A_CONVERSION, line_no=line.line_no):
            factor = quantity / line.quantity
            if size_problem(factor, Factor) is not None:
                raise ActionError(f"{quantity:f} {line.uom} for {line.quantity:f} is no unit conversion we can keep "
                                  f"(one {line.uom} would be {factor:f} of ours)")
            _teach_conversion(session, order, line, factor, actor)
        line.quantity = quantity
        drop_line_reasons(order, line, {"quantity"})
    check_fits(line)
    return line


def _teach_conversion(session: Session, order: Order, line: OrderLine, factor: Decimal, actor: str) -> None:
    """Teach matching that one of the line's units is `factor` of ours (learning.learn_conversion) and,
    when it was taught, restate the line in our unit: its quantity and price were per their unit."""
    exact = learning.learn_conversion(session, order, line, factor, actor)
    if exact is None or line.quantity is None:
        return
    product = session.get(Product, line.sku)
    assert product is not None  # learn_conversion teaches only for a product we sell
    line.conversion = f"{line.quantity:f} {line.uom} = {line.quantity * exact:f} {product.uom} (as taught)"
    line.ordered_quantity, line.ordered_uom = line.quantity, line.uom
    line.uom = product.uom
    if line.unit_price is not None:  # the price the buyer wrote was per their unit, like the quantity
        line.unit_price = (line.unit_price / exact).quantize(Decimal("0.0001"))
    drop_line_reasons(order, line, UNIT_REASONS)


def _restate_for(session: Session, order: Order, line: OrderLine, product: Product) -> None:
    """A line whose product the clerk changed: its quantity as the buyer ordered it, converted for the
    new product's packing — never a quantity converted for the product it no longer is."""
    converted = line.ordered_quantity is not None
    quantity = line.ordered_quantity if converted else line.quantity
    uom = line.ordered_uom if converted else line.uom
    line.conversion = line.ordered_quantity = line.ordered_uom = None
    if not uom or uom == product.uom or quantity is None:
        line.quantity, line.uom = quantity, product.uom
        return
    learned = DbKnowledge(session).unit_factor(order.customer_id, product.sku, uom) if order.customer_id else None
    result = convert(quantity, None, uom, product.sku, product.uom, product.pack_size, learned)
    if isinstance(result, Conversion):
        line.quantity, line.uom, line.conversion = result.quantity, product.uom, result.note
        line.ordered_quantity, line.ordered_uom = quantity, uom
        return
    line.quantity, line.uom = quantity, uom
    add_unit_doubt(order, line, result)


def add_line(session: Session, order: Order, actor: str, sku: str, quantity: Decimal) -> OrderLine:
    """A line the reading missed (or a scan's lines), typed by the clerk."""
    require_editable(order)
    product = session.get(Product, sku.strip())
    if product is None:
        raise ActionError(f"no product with SKU '{sku}'")
    check_number("quantity", quantity, positive=True)
    line = OrderLine(line_no=max((ln.line_no for ln in order.lines), default=0) + 1, sku=product.sku,
                     description=product.description, quantity=quantity, uom=product.uom, match_method="clerk",
                     match_score=100.0, confidence=1.0, candidates=[], raw_text=None)
    order.lines.append(line)
    session.flush()
    _audit_line_change(session, actor, order, "add_line", field=f"line{line.line_no}",
                       to_value=f"{quantity} x {product.sku}")
    # The order has lines now: "no lines could be read" is answered.
    reasons.drop(order, codes={"no_lines", "no_lines_read", "scanned_document", "unreadable_order"})
    return line


def edit_line(session: Session, order: Order, line_id: int, actor: str, edit: LineEdit) -> OrderLine:
    """Apply the fields of `edit` that differ from the line as it was before this call.

    SKU and quantity go through update_line (a SKU correction teaches an alias, a restated quantity of
    an unconvertible unit teaches the conversion); then the unit, the unit price and the description,
    each audited and each clearing the doubts it answers. The SKU goes before the description, so an
    alias is learned under what the buyer wrote."""
    require_editable(order)
    line = line_of(order, line_id)
    shown_quantity, shown_uom, shown_price = line.quantity, line.uom, line.unit_price
    shown_description = line.description or ""
    if edit.quantity is not None:
        check_number("quantity", edit.quantity, positive=True)
    if edit.unit_price is not None:
        check_number("unit price", edit.unit_price, positive=False)
    uom = unit_code(edit.uom) if "uom" in edit.given and edit.uom is not None else None
    sku = ((edit.sku or "").strip() or None) if "sku" in edit.given else None
    quantity = edit.quantity if "quantity" in edit.given else None
    update_line(session, order, line_id, actor, sku=sku,
                quantity=quantity if quantity is not None and quantity != shown_quantity else None)
    if uom is not None and uom != shown_uom and uom != line.uom:
        _set_unit(session, order, line, actor, uom)
    if "unit_price" in edit.given:
        price = edit.unit_price
        if price != shown_price and price != line.unit_price:
            _audit_line_change(session, actor, order, "edit_line", field=f"line{line.line_no}.unit_price",
                               from_value=line.unit_price, to_value=price)
            line.unit_price = price
            drop_line_reasons(order, line, PRICE_REASONS)
    if "description" in edit.given:
        description = (edit.description or "").strip()
        if description != shown_description:
            _audit_line_change(session, actor, order, "edit_line", field=f"line{line.line_no}.description",
                               from_value=line.description, to_value=description or None)
            line.description = description or None
    check_fits(line)
    return line


def _set_unit(session: Session, order: Order, line: OrderLine, actor: str, uom: str) -> None:
    """The clerk corrected the line's unit.

    Set to the product's own unit on a line whose unit could not be converted, it says "one of theirs
    is one of ours" for this customer: that is taught as a conversion (the hook a restated quantity
    uses). Any other unit is converted as matching would (pack size, a conversion taught before), or
    the line keeps a reason saying why it cannot be."""
    _audit_line_change(session, actor, order, "edit_line", field=f"line{line.line_no}.uom",
                       from_value=line.uom, to_value=uom)
    product = session.get(Product, line.sku) if line.sku else None
    unconvertible = reasons.has(order, *TEACHES_A_CONVERSION, line_no=line.line_no)
    if product is not None and uom == product.uom and unconvertible and line.uom:
        _teach_conversion(session, order, line, Decimal(1), actor)  # notes the conversion
        drop_line_reasons(order, line, UNIT_REASONS)
        line.uom = uom
        return
    drop_line_reasons(order, line, UNIT_REASONS)
    # A conversion noted before was from the unit now corrected: the line is as ordered, in this unit.
    line.uom, line.conversion, line.ordered_quantity, line.ordered_uom = uom, None, None, None
    if product is None or uom == product.uom or line.quantity is None:
        return
    learned = DbKnowledge(session).unit_factor(order.customer_id, product.sku, uom) if order.customer_id else None
    result = convert(line.quantity, line.unit_price, uom, product.sku, product.uom, product.pack_size, learned)
    if isinstance(result, Conversion):
        audit(session, actor, "order", order.id, "convert_line", field=f"line{line.line_no}.quantity",
              from_value=f"{line.quantity:f} {uom}", to_value=f"{result.quantity:f} {product.uom}")
        line.ordered_quantity, line.ordered_uom = line.quantity, uom
        line.quantity, line.unit_price, line.uom, line.conversion = (
            result.quantity, result.unit_price, product.uom, result.note)
        return
    add_unit_doubt(order, line, result)


def _describe(line: OrderLine) -> str:
    return f"{line.quantity} x {line.sku or line.raw_text or line.description or '?'}"


def _renumber(order: Order) -> None:
    """Lines keep their order; numbers close up after a delete or merge, and reasons follow them."""
    numbers = {}
    for index, line in enumerate(sorted(order.lines, key=lambda ln: (ln.line_no, ln.id or 0)), start=1):
        numbers[line.line_no] = index
        line.line_no = index
    reasons.renumber(order, numbers)


def delete_line(session: Session, order: Order, line_id: int, actor: str) -> None:
    """Take a line off the order (read twice, or not an item at all); the numbers close up."""
    require_editable(order)
    line = line_of(order, line_id)
    _audit_line_change(session, actor, order, "delete_line", field=f"line{line.line_no}", from_value=_describe(line))
    reasons.drop(order, line.line_no)
    order.lines.remove(line)
    session.flush()
    _renumber(order)


def split_line(session: Session, order: Order, line_id: int, actor: str, quantity: str) -> OrderLine:
    """Split `quantity` off a line into a new line just below it (e.g. to give it another SKU)."""
    require_editable(order)
    line = line_of(order, line_id)
    try:
        part = Decimal(quantity.strip())
    except InvalidOperation:
        raise ActionError(f"'{quantity}' is not a quantity") from None
    check_number("quantity to split off", part, positive=True)
    if line.quantity is None or not 0 < part < line.quantity:
        raise ActionError(f"split off more than 0 and less than the line's {line.quantity}")
    for other in order.lines:
        if other.line_no > line.line_no:
            other.line_no += 1
    reasons.shift_lines(order, line.line_no)
    # The part split off is in the same doubts as the line it came from.
    reasons.copy_line(order, line.line_no, line.line_no + 1)
    new = OrderLine(line_no=line.line_no + 1, raw_text=line.raw_text, item_code=line.item_code,
                    customer_part=line.customer_part, description=line.description, quantity=part, uom=line.uom,
                    unit_price=line.unit_price, sku=line.sku, match_method=line.match_method,
                    match_score=line.match_score, confidence=line.confidence, candidates=list(line.candidates),
                    provenance=line.provenance)
    _audit_line_change(session, actor, order, "split_line", field=f"line{line.line_no}.quantity",
                       from_value=line.quantity, to_value=f"{line.quantity - part} + {part}")
    line.quantity = line.quantity - part
    order.lines.append(new)
    session.flush()
    return new


def merge_lines(session: Session, order: Order, line_id: int, other_id: int, actor: str) -> OrderLine:
    """Fold another line into this one: same product written twice, or one item read as two lines."""
    require_editable(order)
    line, other = line_of(order, line_id), line_of(order, other_id)
    if line is other:
        raise ActionError("choose two different lines to merge")
    if line.sku and other.sku and line.sku != other.sku:
        raise ActionError(f"line {line.line_no} is {line.sku} and line {other.line_no} is {other.sku}; "
                          "only lines of the same product can be merged")
    if line.uom and other.uom and line.uom != other.uom:
        raise ActionError(f"line {line.line_no} is in {line.uom} and line {other.line_no} in {other.uom}")
    _audit_line_change(session, actor, order, "merge_lines", field=f"line{line.line_no}",
                       from_value=f"{_describe(line)}; {_describe(other)}",
                       to_value=f"{(line.quantity or 0) + (other.quantity or 0)} x {line.sku or other.sku}")
    line.quantity = (line.quantity or Decimal(0)) + (other.quantity or Decimal(0))
    check_fits(line)
    line.sku = line.sku or other.sku
    line.raw_text = " / ".join(t for t in (line.raw_text, other.raw_text) if t) or None
    # The quantity is the two lines' sum now: the other line's doubts about it are answered; its other
    # doubts are the merged line's.
    reasons.drop(order, other.line_no, fields={"quantity"})
    reasons.fold_line(order, other.line_no, line.line_no)
    order.lines.remove(other)
    session.flush()
    _renumber(order)
    return line
