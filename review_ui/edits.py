"""The clerk's further edits on an order in review: header fields, every field of a line (SKU and
quantity through orchestration/order_actions.py, unit, unit price and description here), deleting,
splitting and merging lines, holding an order aside. Each change is audited (who, when, from, to) like
the edits in orchestration/order_actions.py, and answers the review reasons it settles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from extractors.units import normalise_unit
from matching.units import Conversion, convert
from models.tables import CustomerUnitConversion, Order, OrderLine, Product
from orchestration import acknowledgement, order_actions
from orchestration.audit import audit
from orchestration.order_actions import EDITABLE, ActionError

# Header fields a clerk may type, and how each is read from the form.
HEADER_FIELDS = ("po_number", "order_date", "requested_date", "currency")
SHIP_TO_FIELDS = ("name", "street", "city", "region", "postal_code", "country")


def _editable(order: Order) -> None:
    if order.status not in EDITABLE:
        raise ActionError(f"order {order.id} is {order.status}; only orders in review can be edited")


def _parse(name: str, raw: str) -> object:
    value = raw.strip()
    if not value:
        return None
    if name in ("order_date", "requested_date"):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ActionError(f"'{value}' is not a date (YYYY-MM-DD)") from None
    if name == "currency":
        if len(value) != 3 or not value.isalpha():
            raise ActionError(f"'{value}' is not a currency code such as USD or EUR")
        return value.upper()
    return value[:100]


def update_header(session: Session, order: Order, actor: str, values: dict[str, str],
                  ship_to: dict[str, str] | None = None) -> list[str]:
    """Set the header fields given (a blank clears one); returns the names that changed."""
    _editable(order)
    changed: list[str] = []
    for name in HEADER_FIELDS:
        if name not in values:
            continue
        new = _parse(name, values[name])
        old = getattr(order, name)
        if new != old:
            audit(session, actor, "order", order.id, "edit", field=name, from_value=old, to_value=new)
            setattr(order, name, new)
            changed.append(name)
    if ship_to is not None:
        new_address = {k: v.strip() for k, v in ship_to.items() if k in SHIP_TO_FIELDS and v.strip()} or None
        if new_address != (order.ship_to or None):
            audit(session, actor, "order", order.id, "edit", field="ship_to", from_value=_address(order.ship_to),
                  to_value=_address(new_address))
            order.ship_to = new_address
            changed.append("ship_to")
    # A field the clerk typed is settled: its doubt is answered.
    settled = set(changed)
    order.review_reasons = [r for r in order.review_reasons
                            if r.get("line_no") or r.get("field") not in settled]
    return changed


def _address(value: dict[str, str] | None) -> str | None:
    if not value:
        return None
    return ", ".join(str(value[k]) for k in SHIP_TO_FIELDS if value.get(k))


def _line(order: Order, line_id: int) -> OrderLine:
    line = next((ln for ln in order.lines if ln.id == line_id), None)
    if line is None:
        raise ActionError(f"order {order.id} has no line {line_id}")
    return line


def _describe(line: OrderLine) -> str:
    return f"{line.quantity} x {line.sku or line.raw_text or line.description or '?'}"


def _renumber(order: Order) -> None:
    """Lines keep their order; numbers close up after a delete or merge, and reasons follow them."""
    numbers = {}
    for index, line in enumerate(sorted(order.lines, key=lambda ln: (ln.line_no, ln.id or 0)), start=1):
        numbers[line.line_no] = index
        line.line_no = index
    order.review_reasons = [{**r, "line_no": numbers[r["line_no"]]} if r.get("line_no") in numbers else r
                            for r in order.review_reasons]


# The line form's fields. Each is compared with the value the page showed, so a field the clerk left
# alone is never applied, even when an earlier field (a new SKU restating the quantity) moved it.
LINE_FIELDS = ("sku", "quantity", "uom", "unit_price", "description")
# Reasons a unit answers: the unit could not be converted. A price answers its mismatch, and the
# written line total that did not add up with it.
UNIT_REASONS = {"uom"}
PRICE_REASONS = {"unit_price", "line_total"}
TEACHES_A_CONVERSION = ("uom_mismatch", "unknown_unit")


def _decimal(what: str, raw: str, *, positive: bool) -> Decimal | None:
    value = raw.strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ActionError(f"'{raw.strip()}' is not a {what}") from None
    if not number.is_finite() or number < 0 or (positive and number == 0):
        raise ActionError(f"the {what} must be {'greater than zero' if positive else 'zero or more'}")
    return number


def _unit(raw: str) -> str | None:
    """A unit as the clerk typed it: a known word ("box", "pcs") becomes its code, else upper case."""
    value = raw.strip()
    if not value:
        return None
    code = normalise_unit(value) or value.strip(".").upper()
    if len(code) > 8 or not code.replace("-", "").isalnum():
        raise ActionError(f"'{value}' is not a unit (EA, BX, CS, ...)")
    return code


def edit_line(session: Session, order: Order, line_id: int, actor: str, form: dict[str, str]) -> OrderLine:
    """Apply the line form: the fields in `form` that differ from the line as it was shown.

    SKU and quantity go through order_actions.update_line (a SKU correction teaches an alias, a
    restated quantity of an unconvertible unit teaches the conversion); then the unit, the unit
    price and the description, each audited and each clearing the doubts it answers. The SKU goes
    before the description, so an alias is learned under what the buyer wrote."""
    _editable(order)
    line = _line(order, line_id)
    shown_quantity, shown_uom, shown_price = line.quantity, line.uom, line.unit_price
    shown_description = line.description or ""
    sku = form.get("sku", "").strip() or None
    quantity = _decimal("quantity", form["quantity"], positive=True) if "quantity" in form else None
    order_actions.update_line(session, order, line_id, actor, sku=sku,
                              quantity=quantity if quantity is not None and quantity != shown_quantity else None)
    if "uom" in form:
        uom = _unit(form["uom"])
        if uom is not None and uom != shown_uom and uom != line.uom:
            _set_unit(session, order, line, actor, uom)
    if "unit_price" in form:
        price = _decimal("unit price", form["unit_price"], positive=False)
        if price != shown_price and price != line.unit_price:
            audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.unit_price",
                  from_value=line.unit_price, to_value=price)
            line.unit_price = price
            _drop_reasons(order, line, PRICE_REASONS)
    if "description" in form:
        description = form["description"].strip()
        if description != shown_description:
            audit(session, actor, "order", order.id, "edit_line", field=f"line{line.line_no}.description",
                  from_value=line.description, to_value=description or None)
            line.description = description or None
    return line


def _drop_reasons(order: Order, line: OrderLine, fields: set[str]) -> None:
    """The doubts about these fields of the line are answered (as order_actions does for SKU and quantity)."""
    line.reasons = [r for r in line.reasons or [] if r.get("field") not in fields]
    order.review_reasons = [r for r in order.review_reasons or []
                            if not (r.get("line_no") == line.line_no and r.get("field") in fields)]


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
        _drop_reasons(order, line, UNIT_REASONS)
        line.uom = uom
        return
    _drop_reasons(order, line, UNIT_REASONS)
    line.uom, line.conversion = uom, None  # a conversion noted before was from the unit now corrected
    if product is None or uom == product.uom or line.quantity is None:
        return
    learned = session.scalar(select(CustomerUnitConversion.factor).where(
        CustomerUnitConversion.customer_id == order.customer_id, CustomerUnitConversion.sku == product.sku,
        CustomerUnitConversion.uom == uom)) if order.customer_id else None
    result = convert(line.quantity, line.unit_price, uom, product.sku, product.uom, product.pack_size, learned)
    if isinstance(result, Conversion):
        audit(session, actor, "order", order.id, "convert_line", field=f"line{line.line_no}.quantity",
              from_value=f"{line.quantity:f} {uom}", to_value=f"{result.quantity:f} {product.uom}")
        line.quantity, line.unit_price, line.uom, line.conversion = (
            result.quantity, result.unit_price, product.uom, result.note)
        return
    reason = {"code": result.code, "message": result.message, "line_no": line.line_no, "field": "uom"}
    line.reasons = [*(line.reasons or []), reason]
    order.review_reasons = [*(order.review_reasons or []), reason]


def delete_line(session: Session, order: Order, line_id: int, actor: str) -> None:
    _editable(order)
    line = _line(order, line_id)
    audit(session, actor, "order", order.id, "delete_line", field=f"line{line.line_no}", from_value=_describe(line))
    order.review_reasons = [r for r in order.review_reasons if r.get("line_no") != line.line_no]
    order.lines.remove(line)
    session.flush()
    _renumber(order)


def split_line(session: Session, order: Order, line_id: int, actor: str, quantity: str) -> OrderLine:
    """Split `quantity` off a line into a new line just below it (e.g. to give it another SKU)."""
    _editable(order)
    line = _line(order, line_id)
    try:
        part = Decimal(quantity.strip())
    except InvalidOperation:
        raise ActionError(f"'{quantity}' is not a quantity") from None
    if line.quantity is None or not 0 < part < line.quantity:
        raise ActionError(f"split off more than 0 and less than the line's {line.quantity}")
    for other in order.lines:
        if other.line_no > line.line_no:
            other.line_no += 1
    order.review_reasons = [{**r, "line_no": r["line_no"] + 1} if (r.get("line_no") or 0) > line.line_no else r
                            for r in order.review_reasons]
    new = OrderLine(line_no=line.line_no + 1, raw_text=line.raw_text, item_code=line.item_code,
                    customer_part=line.customer_part, description=line.description, quantity=part, uom=line.uom,
                    unit_price=line.unit_price, sku=line.sku, match_method=line.match_method,
                    match_score=line.match_score, confidence=line.confidence, candidates=list(line.candidates),
                    provenance=line.provenance, reasons=list(line.reasons))
    audit(session, actor, "order", order.id, "split_line", field=f"line{line.line_no}.quantity",
          from_value=line.quantity, to_value=f"{line.quantity - part} + {part}")
    line.quantity = line.quantity - part
    order.lines.append(new)
    session.flush()
    return new


def merge_lines(session: Session, order: Order, line_id: int, other_id: int, actor: str) -> OrderLine:
    """Fold another line into this one: same product written twice, or one item read as two lines."""
    _editable(order)
    line, other = _line(order, line_id), _line(order, other_id)
    if line is other:
        raise ActionError("choose two different lines to merge")
    if line.sku and other.sku and line.sku != other.sku:
        raise ActionError(f"line {line.line_no} is {line.sku} and line {other.line_no} is {other.sku}; "
                          "only lines of the same product can be merged")
    if line.uom and other.uom and line.uom != other.uom:
        raise ActionError(f"line {line.line_no} is in {line.uom} and line {other.line_no} in {other.uom}")
    audit(session, actor, "order", order.id, "merge_lines", field=f"line{line.line_no}",
          from_value=f"{_describe(line)}; {_describe(other)}",
          to_value=f"{(line.quantity or 0) + (other.quantity or 0)} x {line.sku or other.sku}")
    line.quantity = (line.quantity or Decimal(0)) + (other.quantity or Decimal(0))
    line.sku = line.sku or other.sku
    line.raw_text = " / ".join(t for t in (line.raw_text, other.raw_text) if t) or None
    order.review_reasons = [r for r in order.review_reasons
                            if not (r.get("line_no") == other.line_no and r.get("field") == "quantity")]
    order.lines.remove(other)
    session.flush()
    _renumber(order)
    return line


def hold(session: Session, order: Order, actor: str, reason: str, ask_buyer: bool = False) -> None:
    """Put an order aside (waiting for the buyer, a price, stock): it stays in review, marked, at the
    end of the queue, until a clerk takes it up again. With `ask_buyer` the reason goes to the buyer
    as a question they can answer (the acknowledgement stage sends it after commit)."""
    _editable(order)
    if not reason.strip():
        raise ActionError("say why the order is on hold")
    audit(session, actor, "order", order.id, "hold", field="held", from_value=order.held_reason,
          to_value=reason.strip())
    order.held_reason = reason.strip()[:500]
    if ask_buyer:
        acknowledgement.ask_buyer(session, order, actor, reason.strip())


def unhold(session: Session, order: Order, actor: str) -> None:
    _editable(order)
    if order.held_reason:
        audit(session, actor, "order", order.id, "unhold", field="held", from_value=order.held_reason)
    order.held_reason = None
