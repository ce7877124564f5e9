"""What a column can hold: numbers within a `Numeric`'s digits and of a sensible sign, integer keys within
PostgreSQL's `integer`, text without NUL or lone surrogates, and text no longer than its varchar column.

Numbers are checked where they come in (the API, the review screen's forms, master-data imports, an
extraction about to be matched and filed), so that one that does not fit is refused with a reason (a 4xx,
a form error, a rejected row) or becomes a clerk's doubt, never a failed statement: PostgreSQL refuses a
number too large for its column, and SQLite stores 1e400 as infinity, after which every read of its order
fails. Text is made storable where it is written (models/db.py), since it comes from everywhere.

Text longer than its `String(n)` column is refused by PostgreSQL and kept whole by SQLite: where it comes in,
it is cut with a doubt (a reading), cut (a message's header facts, whose raw bytes keep them whole), or
refused (the API, the forms, master-data rows), by `length_problem` and `cut`.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Numeric

# The doubts a reading is given for what did not fit (orchestration/within_bounds.py). No matching gives
# them, so matching an order again (for another customer) keeps them.
UNUSABLE_NUMBER = "unusable_number"
LONG_TEXT = "long_text"

# PostgreSQL's `integer`: every Integer column and primary key. A larger id names no row.
INT_MAX = 2**31 - 1


def limit(column: Numeric) -> Decimal:
    """The smallest magnitude a Numeric(precision, scale) column cannot hold: 10^(precision - scale)."""
    assert column.precision is not None and column.scale is not None
    return Decimal(10) ** (column.precision - column.scale)


def largest(column: Numeric) -> Decimal:
    """The largest number the column holds (Numeric(14, 3): 99,999,999,999.999)."""
    assert column.scale is not None
    return limit(column) - Decimal(1).scaleb(-column.scale)


def number_problem(value: Decimal, column: Numeric, *, positive: bool) -> str | None:
    """Why `value` cannot be stored in `column`, as words that follow its name ("the quantity must be
    greater than zero"), or None when it fits. `positive`: more than zero (a quantity), else zero or more (a
    price). The value is judged as the column will round it: 0.0001 is no quantity in a column of three
    decimals, and 99,999,999,999.9999 rounds up past the largest one."""
    if not value.is_finite():
        return "is not a number"
    if value < 0 or (positive and value == 0):
        return "must be greater than zero" if positive else "must be zero or more"
    if (problem := size_problem(value, column)) is not None:
        return problem
    assert column.scale is not None
    if positive and value.quantize(Decimal(1).scaleb(-column.scale), ROUND_HALF_UP) == 0:
        return f"is too small (at least {Decimal(1).scaleb(-column.scale):f})"
    return None


def size_problem(value: Decimal, column: Numeric) -> str | None:
    """Why `value`, of either sign, cannot be stored in `column` (not a number, or too large once rounded as
    the column rounds), or None: what a value computed from others (a sum, a conversion) is held to."""
    if not value.is_finite():
        return "is not a number"
    top = limit(column)
    # Compared by magnitude first: rounding a number of hundreds of digits would overflow the context.
    assert column.scale is not None
    if abs(value).adjusted() >= top.adjusted() or \
            abs(value).quantize(Decimal(1).scaleb(-column.scale), ROUND_HALF_UP) >= top:
        return f"is too large (at most {largest(column):,f})"
    return None


# NUL, which PostgreSQL refuses in text, and UTF-16 surrogates, which in a Python string always stand
# alone (a pair is one character) and which no UTF-8 encoder takes (a JSON body's "\ud800").
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
UNSTORABLE = _UNSTORABLE  # searched inline by models/db.py, on every parameter of every statement


def storable_text(text: str) -> str:
    """`text` as every database stores it: each NUL and lone surrogate becomes U+FFFD, the mark of a
    character that could not be read, so a clerk still sees that something was there."""
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


def text_length(column: Any) -> int | None:
    """How many characters a mapped column (`Order.po_number`) holds; None for unbounded text."""
    return getattr(column.type, "length", None)


def length_problem(text: str | None, column: Any) -> str | None:
    """Why `text` cannot be stored in `column`, as words that follow its name ("the PO number is longer
    than 100 characters"), or None when it fits."""
    length = text_length(column)
    if text is None or length is None or len(text) <= length:
        return None
    return f"is longer than {length} characters"


def cut(text: str | None, column: Any) -> str | None:
    """`text` as `column` holds it: its first characters, as many as the column has."""
    length = text_length(column)
    return text[:length] if text is not None and length is not None else text
