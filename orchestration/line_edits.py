"""A correction to one line of an order in review, as the review screen's line form or the JSON API
asks it: SKU and quantity (through order_actions.update_line), unit, unit price and description. One
function for both, so a correction teaches and answers the same doubts whichever way it arrives."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from extractors.units import normalise_unit
from matching.knowledge_store import DbKnowledge
from matching.units import Conversion, convert
from models.audit import audit
from models.tables import Order, OrderLine, Product
from orchestration import order_actions
from orchestration.order_actions import EDITABLE, ActionError

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


def _decimal(what: str, raw: str, *, positive: bool) -> Decimal | None:
    value = raw.strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ActionError(f"'{raw.strip()}' is not a {what}") from None
    _check_number(what, number, positive=positive)
    return number


def _check_number(what: str, number: Decimal, *, positive: bool) -> None:
    if not number.is_finite() or number < 0 or (positive and number == 0):
        raise ActionError(f"the {what} must be {'greater than zero' if positive else 'zero or more'}")


def unit_code(raw: str) -> str | None:
    """A unit as the clerk typed it: a known word ("box", "pcs") becomes its code, else upper case."""
    value = raw.strip()
    if not value:
        return None
    code = normalise_unit(value) or value.strip(".").upper()
    if len(code) > 8 or not code.replace("-", "").isalnum():
        raise ActionError(f"'{value}' is not a unit (EA, BX, CS, ...)")
    return code


def from_form(form: dict[str, str]) -> LineEdit:
    """The line form as the browser sends it (every field as text; a blank price or description clears
    it, a blank SKU, quantity or unit is no change)."""
    given = frozenset(k for k in LINE_FIELDS if k in form)
    return LineEdit(
        given=given,
        sku=form.get("sku", "").strip() or None,
        quantity=_decimal("quantity", form["quantity"], positive=True) if "quantity" in form else None,
        uom=form["uom"] if "uom" in form else None,
        unit_price=_decimal("unit price", form["unit_price"], positive=False) if "unit_price" in form else None,
        description=form["description"] if "description" in form else None,
    )


def edit_line(session: Session, order: Order, line_id: int, actor: str, edit: LineEdit) -> OrderLine:
    """Apply the fields of `edit` that differ from the line as it was before this call.

    SKU and quantity go through order_actions.update_line (a SKU correction teaches an alias, a
    restated quantity of an unconvertible unit teaches the conversion); then the unit, the unit
    price and the description, each audited and each clearing the doubts it answers. The SKU goes
    before the description, so an alias is learned under what the buyer wrote."""
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be edited")
    line = order_actions.line_of(order, line_id)
    shown_quantity, shown_uom, shown_price = line.quantity, line.uom, line.unit_price
    shown_description = line.description or ""
    if edit.quantity is not None:
        _check_number("quantity", edit.quantity, positive=True)
    if edit.unit_price is not None:
        _check_number("unit price", edit.unit_price, positive=False)
    uom = unit_code(edit.uom) if "uom" in edit.given and edit.uom is not None else None
    sku = ((edit.sku or "").strip() or None) if "sku" in edit.given else None
    quantity = edit.quantity if "quantity" in edit.given else None
    order_actions.update_line(session, order, line_id, actor, sku=sku,
                              quantity=quantity if quantity is not None and quantity != shown_quantity else None)
    if uom is not None and uom != shown_uom and uom != line.uom:
        _set_unit(session, order, line, actor, uom)
    if "unit_price" in edit.given:
        price = edit.unit_price
        if price != shown_price and price != line.unit_price:
            audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.unit_price",
                  from_value=line.unit_price, to_value=price)
            line.unit_price = price
            order_actions.drop_line_reasons(order, line, PRICE_REASONS)
    if "description" in edit.given:
        description = (edit.description or "").strip()
        if description != shown_description:
            audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.description",
                  from_value=line.description, to_value=description or None)
            line.description = description or None
    return line


def _set_unit(session: Session, order: Order, line: OrderLine, actor: str, uom: str) -> None:
    """The clerk corrected the line's unit.

    Set to the product's own unit on a line whose unit could not be converted, it says "one of theirs
    is one of ours" for this customer: that is taught as a conversion (order_actions.learn_conversion,
    the hook a restated quantity uses). Any other unit is converted as matching would (pack size, a
    conversion taught before), or the line keeps a reason saying why it cannot be."""
    audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.uom",
          from_value=line.uom, to_value=uom)
    product = session.get(Product, line.sku) if line.sku else None
    unconvertible = any(r.get("code") in TEACHES_A_CONVERSION for r in line.reasons or [])
    if product is not None and uom == product.uom and unconvertible and line.uom:
        order_actions.learn_conversion(session, order, line, Decimal(1), actor)  # notes the conversion
        order_actions.drop_line_reasons(order, line, UNIT_REASONS)
        line.uom = uom
        return
    order_actions.drop_line_reasons(order, line, UNIT_REASONS)
    line.uom, line.conversion = uom, None  # a conversion noted before was from the unit now corrected
    if product is None or uom == product.uom or line.quantity is None:
        return
    learned = DbKnowledge(session).unit_factor(order.customer_id, product.sku, uom) if order.customer_id else None
    result = convert(line.quantity, line.unit_price, uom, product.sku, product.uom, product.pack_size, learned)
    if isinstance(result, Conversion):
        audit(session, actor, "order", order.id, "convert_line", field=f"line{line.line_no}.quantity",
              from_value=f"{line.quantity:f} {uom}", to_value=f"{result.quantity:f} {product.uom}")
        line.quantity, line.unit_price, line.uom, line.conversion = (
            result.quantity, result.unit_price, product.uom, result.note)
        return
    order_actions.add_unit_doubt(order, line, result)
