"""The numbers a reading gives an order, held to what an order line's columns hold before they are
matched and filed.

An extractor reads what the document says, and a document may say anything: "1e400" in an EDI
quantity, a spreadsheet cell of 1E+300, a unit price of -0.50, a conversion that multiplies a huge
quantity past its column. Such a number is taken off its line and becomes a doubt a clerk reads, with
the number as it was read; the line, its raw text and everything else read from it stay. Nothing here
decides how a number is read (the extractors do) or how it is matched (matching does): this is the
boundary between them and the order's columns (models/bounds.py), kept in one place for every
extractor.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from models.bounds import number_problem, size_problem
from models.schemas import ExtractedLine, MatchedOrder, Reason
from models.tables import Money, Qty

CODE = "unusable_number"

_NAMES = {"quantity": "quantity", "unit_price": "unit price", "line_total": "line total",
          "ordered_quantity": "quantity as ordered"}


def _reason(line_no: int, name: str, value: Decimal, problem: str) -> Reason:
    return Reason(CODE, f"the {_NAMES[name]} read on this line, {value}, {problem}: it was left out; type it "
                        "from the document", line_no, name)


def extracted_lines(lines: list[ExtractedLine]) -> tuple[list[ExtractedLine], list[Reason]]:
    """The lines as read, less the numbers no order line can hold, and a reason for each number taken out
    (its line numbered as matching numbers them: from 1, in this order). A quantity of zero or below is
    left to matching, which has its own doubt for it; a price or total below zero is taken out here."""
    kept: list[ExtractedLine] = []
    doubts: list[Reason] = []
    for line_no, line in enumerate(lines, start=1):
        unusable: dict[str, None] = {}
        for name, column in (("quantity", Qty), ("unit_price", Money), ("line_total", Money)):
            value = getattr(line, name)
            if value is None:
                continue
            problem = size_problem(value, column) if name == "quantity" else \
                number_problem(value, column, positive=False)
            if problem is not None:
                unusable[name] = None
                doubts.append(_reason(line_no, name, value, problem))
        kept.append(replace(line, **unusable) if unusable else line)
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
