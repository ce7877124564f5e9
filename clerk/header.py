"""What a clerk may change in an order's header: PO number, dates, currency, payment terms, notes, and
the ship-to and bill-to addresses. Each change is audited (who, when, from, to) and answers the review
reasons it settles."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from clerk.errors import ActionError, require_editable
from models import reasons
from models.audit import audit
from models.bounds import length_problem
from models.tables import Order

# Header fields a clerk may type, and how each is read from the form.
HEADER_FIELDS = ("po_number", "order_date", "requested_date", "currency")
# What the document says besides (carried to the ERP as read, never decided on): free text, longer.
TEXT_FIELDS = {"payment_terms": 200, "notes": 2000}
SHIP_TO_FIELDS = ("name", "street", "city", "region", "postal_code", "country")
ADDRESS_FIELDS = SHIP_TO_FIELDS  # a bill-to has the same parts


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
        # ASCII letters only: "ßAB" is three letters, and four once upper-cased.
        if len(value) != 3 or not (value.isascii() and value.isalpha()):
            raise ActionError(f"'{value}' is not a currency code such as USD or EUR")
        return value.upper()
    if name in TEXT_FIELDS:
        return value[:TEXT_FIELDS[name]]
    # A PO number typed longer than the order keeps is refused, not cut: a cut one would be another PO.
    if (problem := length_problem(value, Order.po_number)) is not None:
        raise ActionError(f"the PO number {problem}")
    return value


def update_header(session: Session, order: Order, actor: str, values: dict[str, str],
                  ship_to: dict[str, str] | None = None, bill_to: dict[str, str] | None = None) -> list[str]:
    """Set the header fields given in `values` (PO, dates, currency, payment terms, notes; a blank
    clears one) and the addresses given; returns the names that changed."""
    require_editable(order)
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
    reasons.drop(order, None, fields=settled)
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
