"""The clerk's further edits on an order in review: header fields (bill-to, payment terms and notes
too), every field of a line (through orchestration/line_edits.py, shared with the JSON API),
deleting, splitting and merging lines, holding an order aside. Each change is audited (who, when, from, to) like
the edits in orchestration/order_actions.py, and answers the review reasons it settles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from models.tables import Order, OrderLine
from orchestration import line_edits
from orchestration.acknowledgements import queue as acknowledgements
from orchestration.audit import audit
from orchestration.line_edits import LINE_FIELDS
from orchestration.order_actions import EDITABLE, ActionError, line_of

__all__ = ["LINE_FIELDS", "edit_line", "update_header", "delete_line", "split_line", "merge_lines", "hold",
           "unhold"]

# Header fields a clerk may type, and how each is read from the form.
HEADER_FIELDS = ("po_number", "order_date", "requested_date", "currency")
# What the document says besides (carried to the ERP as read, never decided on): free text, longer.
TEXT_FIELDS = {"payment_terms": 200, "notes": 2000}
SHIP_TO_FIELDS = ("name", "street", "city", "region", "postal_code", "country")
ADDRESS_FIELDS = SHIP_TO_FIELDS  # a bill-to has the same parts


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
    if name in TEXT_FIELDS:
        return value[:TEXT_FIELDS[name]]
    return value[:100]


def update_header(session: Session, order: Order, actor: str, values: dict[str, str],
                  ship_to: dict[str, str] | None = None, bill_to: dict[str, str] | None = None) -> list[str]:
    """Set the header fields given in `values` (PO, dates, currency, payment terms, notes; a blank
    clears one) and the addresses given; returns the names that changed."""
    _editable(order)
    changed: list[str] = []
    for name in (*HEADER_FIELDS, *TEXT_FIELDS):
        if name not in values:
            continue
        new = _parse(name, values[name])
        old = getattr(order, name)
        if new != old:
            audit(session, actor, "order", order.id, "edit", field=name, from_value=old, to_value=new)
            setattr(order, name, new)
            changed.append(name)
    for name, typed in (("ship_to", ship_to), ("bill_to", bill_to)):
        if typed is None:
            continue
        new_address = _compact(typed)
        # An address as read keeps its empty parts (None); the form sends them as blanks. Only a part
        # that really differs is an edit, so saving the form for another field leaves the address alone.
        if new_address != _compact(getattr(order, name)):
            audit(session, actor, "order", order.id, "edit", field=name, from_value=_address(getattr(order, name)),
                  to_value=_address(new_address))
            setattr(order, name, new_address)
            changed.append(name)
    # A field the clerk typed is settled: its doubt is answered.
    settled = set(changed)
    order.review_reasons = [r for r in order.review_reasons
                            if r.get("line_no") or r.get("field") not in settled]
    return changed


def _compact(address: dict[str, object] | None) -> dict[str, str] | None:
    """The address's non-blank parts, or None when it has none."""
    parts = {k: str(v).strip() for k, v in (address or {}).items()
             if k in ADDRESS_FIELDS and v is not None and str(v).strip()}
    return parts or None


def _address(value: dict[str, object] | None) -> str | None:
    if not value:
        return None
    return ", ".join(str(value[k]) for k in ADDRESS_FIELDS if value.get(k))


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


def edit_line(session: Session, order: Order, line_id: int, actor: str, form: dict[str, str]) -> OrderLine:
    """Apply the line form (SKU, quantity, unit, unit price, description as typed): the fields in
    `form` that differ from the line as it was shown. The work is orchestration/line_edits.py's, which
    the JSON API calls too."""
    _editable(order)
    return line_edits.edit_line(session, order, line_id, actor, line_edits.from_form(form))


def delete_line(session: Session, order: Order, line_id: int, actor: str) -> None:
    _editable(order)
    line = line_of(order, line_id)
    audit(session, actor, "order", order.id, "delete_line", field=f"line{line.line_no}", from_value=_describe(line))
    order.review_reasons = [r for r in order.review_reasons if r.get("line_no") != line.line_no]
    order.lines.remove(line)
    session.flush()
    _renumber(order)


def split_line(session: Session, order: Order, line_id: int, actor: str, quantity: str) -> OrderLine:
    """Split `quantity` off a line into a new line just below it (e.g. to give it another SKU)."""
    _editable(order)
    line = line_of(order, line_id)
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
    line, other = line_of(order, line_id), line_of(order, other_id)
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
        acknowledgements.ask_buyer(session, order, actor, reason.strip())


def unhold(session: Session, order: Order, actor: str) -> None:
    _editable(order)
    if order.held_reason:
        audit(session, actor, "order", order.id, "unhold", field="held", from_value=order.held_reason)
    order.held_reason = None
