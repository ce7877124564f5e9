"""The numbers a reading gives an order, held to what an order line's columns hold before they are
matched and filed.

An extractor reads what the document says, and a document may say anything: "1e400" in an EDI
quantity, a spreadsheet cell of 1E+300, a unit price of -0.50, a conversion that multiplies a huge
quantity past its column. Such a number is taken off its line and becomes a doubt a clerk reads, with
the number as it was read; the line, its raw text and everything else read from it stay. Nothing here
decides how a number is read (the extractors do) or how it is matched (matching does): this is the
boundary between them and the order's columns (models/bounds.py), kept in one place for every
extractor.

Text is held the same way: a value read longer than its column (a PO number of 150 characters, a unit of
twelve letters) is cut to the column with a doubt saying what was read and where it was cut; the line's raw
text keeps it whole. A currency too long for its code is no currency and is left out, with the same doubt.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from models.bounds import LONG_TEXT, UNUSABLE_NUMBER, cut, length_problem, number_problem, size_problem, text_length
from models.schemas import ExtractedHeader, ExtractedLine, MatchedOrder, Reason
from models.tables import Money, Order, OrderLine, Qty

CODE = UNUSABLE_NUMBER
TEXT_CODE = LONG_TEXT

# The header's text read into the order's varchar columns: the extraction's name -> (column, words).
_HEADER_TEXT = {"po_number": (Order.po_number, "PO number"), "buyer": (Order.buyer_name, "buyer's name"),
                "currency": (Order.currency, "currency")}
_LINE_TEXT = {"item_code": (OrderLine.item_code, "item code"),
              "customer_part": (OrderLine.customer_part, "buyer's part number"), "uom": (OrderLine.uom, "unit")}

_NAMES = {"quantity": "quantity", "unit_price": "unit price", "line_total": "line total",
          "ordered_quantity": "quantity as ordered"}


def _reason(line_no: int, name: str, value: Decimal, problem: str) -> Reason:
    return Reason(CODE, f"the {_NAMES[name]} read on this line, {value}, {problem}: it was left out; type it "
                        "from the document", line_no, name)


def _text_reason(words: str, text: str, column: object, line_no: int | None, field: str, *, dropped: bool
                 ) -> Reason:
    where = "read on this line" if line_no is not None else "read"
    done = "it was left out" if dropped else f"it was cut to {text_length(column)}"
    return Reason(TEXT_CODE, f"the {words} {where}, '{text[:40]}…' ({len(text)} characters), is longer than the "
                             f"{text_length(column)} an order keeps: {done}; check it against the document",
                  line_no, field)


def header_text(header: ExtractedHeader) -> tuple[ExtractedHeader, list[Reason]]:
    """The header as read, its text cut to the order's columns, and a doubt for each value cut."""
    changed: dict[str, object] = {}
    doubts: list[Reason] = []
    for name, (column, words) in _HEADER_TEXT.items():
        read = getattr(header, name)
        if read is None or not isinstance(read.value, str) or length_problem(read.value, column) is None:
            continue
        field = "buyer_name" if name == "buyer" else name
        dropped = name == "currency"  # "EURO DOLLAR" cut to "EUR" would be another currency
        changed[name] = None if dropped else replace(read, value=cut(read.value, column))
        doubts.append(_text_reason(words, read.value, column, None, field, dropped=dropped))
    return (replace(header, **changed) if changed else header), doubts  # type: ignore[arg-type]


def extracted_lines(lines: list[ExtractedLine]) -> tuple[list[ExtractedLine], list[Reason]]:
    """The lines as read, less the numbers no order line can hold, and a reason for each number taken out
    (its line numbered as matching numbers them: from 1, in this order), their text cut to the columns with
    a reason for each. A quantity of zero or below is left to matching, which has its own doubt for it; a
    price or total below zero is taken out here."""
    kept: list[ExtractedLine] = []
    doubts: list[Reason] = []
    for line_no, line in enumerate(lines, start=1):
        unusable: dict[str, object] = {}
        for name, (text_column, words) in _LINE_TEXT.items():
            text = getattr(line, name)
            if text is not None and length_problem(text, text_column) is not None:
                unusable[name] = cut(text, text_column)
                doubts.append(_text_reason(words, text, text_column, line_no, name, dropped=False))
        for name, column in (("quantity", Qty), ("unit_price", Money), ("line_total", Money)):
            value = getattr(line, name)
            if value is None:
                continue
            problem = size_problem(value, column) if name == "quantity" else \
                number_problem(value, column, positive=False)
            if problem is not None:
                unusable[name] = None
                doubts.append(_reason(line_no, name, value, problem))
        kept.append(replace(line, **unusable) if unusable else line)  # type: ignore[arg-type]
    return kept, doubts


def matched_order(order: MatchedOrder) -> None:
    """What matching computed for each line (a quantity converted into our unit, the price for it, the
    price expected from the catalog) held to the columns it is filed in; one that does not fit is taken
    out with a reason on its line."""
    for line in order.lines:
        for name, column in (("quantity", Qty), ("ordered_quantity", Qty), ("unit_price", Money),
                             ("expected_price", Money)):
            value = getattr(line, name)
            if value is not None and (problem := size_problem(value, column)) is not None:
                setattr(line, name, None)
                if name == "quantity":  # filing would fall back to the quantity read, in the buyer's unit
                    line.extracted = replace(line.extracted, quantity=None)
                if name != "expected_price":  # the catalog's own price: nothing read from the buyer was lost
                    line.reasons.append(_reason(line.line_no, name, value, problem))
        # Computed from values already held to their columns, a note could still outgrow its own.
        line.conversion = cut(line.conversion, OrderLine.conversion)
