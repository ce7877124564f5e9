"""The review screen's forms as the browser sends them (every field as text), read into what the clerk
actions take: the line form -> clerk.lines.LineEdit."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from clerk.errors import ActionError
from clerk.lines import LINE_FIELDS, LineEdit, check_number


def _decimal(what: str, raw: str, *, positive: bool) -> Decimal | None:
    value = raw.strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ActionError(f"'{raw.strip()}' is not a {what}") from None
    check_number(what, number, positive=positive)
    return number


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
