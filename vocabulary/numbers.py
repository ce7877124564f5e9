"""Numbers as written in orders: grouping and decimal marks in the writer's locale, currency signs, and
the plain notation structured formats use."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUMBER = re.compile(r"[-+]?\d[\d.,' ]*")
_CURRENCY_SIGNS = "$€£¥"


def parse_decimal(text: object, decimal_comma: bool | None = None) -> Decimal | None:
    """A decimal from '1,234.56', '1.234,56', '$12.50', '12', or None when it is not a number.

    With both separators present the last one is the decimal mark. With only a comma, a group of
    exactly three digits after it reads as thousands unless the locale says comma is decimal.
    """
    if text is None:
        return None
    if isinstance(text, (int, float, Decimal)) and not isinstance(text, bool):
        return Decimal(str(text))
    s = str(text).strip()
    for sign in _CURRENCY_SIGNS:
        s = s.replace(sign, "")
    s = re.sub(r"\b(USD|EUR|GBP|CAD|CHF)\b", "", s, flags=re.IGNORECASE).strip()
    if not s or not re.fullmatch(r"[-+]?[\d.,' ]+", s):
        return None
    s = s.replace(" ", "").replace("'", "")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        if decimal_comma or (decimal_comma is None and len(tail) != 3):
            s = head.replace(",", "") + "." + tail
        else:
            s = s.replace(",", "")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def plain_decimal(text: str, max_length: int = 40) -> Decimal | None:
    """A decimal written plainly, as structured formats (X12, UBL) write them: '12.50', '-3', '1E2'."""
    text = text.strip()
    if not text or len(text) > max_length:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def written_fraction(top: int, bottom: int) -> bool:
    """Whether "top/bottom" is a fraction as measures are written (halves, quarters, eighths... odd over a power
    of two, or thirds: "1/2", "3/4", "5/16", "1/3"), not a trade's count over a size ("6/32", "10/100")."""
    return 0 < top < bottom and (bottom == 3 or (bottom in (2, 4, 8, 16, 32, 64) and top % 2 == 1))
