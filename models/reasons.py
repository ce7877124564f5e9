"""An order's review reasons, read and written here only: the `order_reasons` rows behind `Order.reasons`.

Matching and the decision give `Reason`s (models/schemas.py); filing adds them to the order; clerk actions
drop the doubts they answer and add the ones they raise; the screen, the API and the acknowledgements
read them. A line's reasons are the order's reasons with its `line_no` (`OrderLine.reasons`): one copy,
so a doubt answered on a line is gone from the order too, and renumbering the lines moves them. The
reasons keep the order they were given in (`position`), which the API's JSON shows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from enum import Enum
from typing import Any, Final

from models.schemas import Reason
from models.tables import Order, OrderReason


class _Anywhere(Enum):
    ANYWHERE = "anywhere"


# `line_no=ANYWHERE` (the default): the order's own reasons and every line's; `line_no=None`: the order's own.
ANYWHERE: Final = _Anywhere.ANYWHERE
LineNo = int | None | _Anywhere


def _matches(row: OrderReason, line_no: LineNo, fields: Collection[str | None] | None,
             codes: Collection[str] | None) -> bool:
    # A bare string is a Collection too, and "sku" in "no_sku" would match by substring.
    if isinstance(fields, str) or isinstance(codes, str):
        raise TypeError("fields and codes take a collection of names, not one string")
    return ((line_no is ANYWHERE or row.line_no == line_no)
            and (fields is None or row.field in fields)
            and (codes is None or row.code in codes))


def of(order: Order, line_no: LineNo = ANYWHERE, *, fields: Collection[str | None] | None = None,
       codes: Collection[str] | None = None) -> list[OrderReason]:
    """The order's reasons in their order: all of them, or one line's (`line_no=None`: the order's own),
    about these fields, with these codes."""
    return [r for r in order.reasons if _matches(r, line_no, fields, codes)]


def has(order: Order, *codes: str, line_no: LineNo = ANYWHERE) -> bool:
    """Does the order (or one line: `line_no`) have a reason with one of these codes?"""
    return any(_matches(r, line_no, None, codes) for r in order.reasons)


def add(order: Order, *reasons: Reason, stage: str | None = None) -> None:
    """More reasons, after the order's others. `stage`: the stage whose failure they report."""
    position = max((r.position for r in order.reasons), default=-1)
    for reason in reasons:
        position += 1
        order.reasons.append(OrderReason(position=position, line_no=reason.line_no, code=reason.code,
                                         field=reason.field, message=reason.message, stage=stage))


def drop(order: Order, line_no: LineNo = ANYWHERE, *, fields: Collection[str | None] | None = None,
         codes: Collection[str] | None = None, where: Callable[[OrderReason], bool] | None = None) -> None:
    """The reasons answered go: those of the line (`line_no=None`: the order's own; by default wherever),
    about these fields, with these codes, and for which `where` holds — every condition given."""
    order.reasons = [r for r in order.reasons
                     if not (_matches(r, line_no, fields, codes) and (where is None or where(r)))]


def replace(order: Order, reasons: Iterable[Reason | OrderReason]) -> None:
    """The order's reasons are these now, in this order (re-matching gives them all again). A reason kept
    from before, given as its row, keeps what only a row holds: the stage whose failure it reports, which a
    retry of that stage looks for."""
    given = list(reasons)
    order.reasons = []
    for position, reason in enumerate(given):
        stage = reason.stage if isinstance(reason, OrderReason) else None
        order.reasons.append(OrderReason(position=position, line_no=reason.line_no, code=reason.code,
                                         field=reason.field, message=reason.message, stage=stage))


def shift_lines(order: Order, after: int) -> None:
    """A line was inserted after line `after`: the reasons of the lines below it move one down."""
    for r in order.reasons:
        if r.line_no is not None and r.line_no > after:
            r.line_no += 1


def renumber(order: Order, numbers: dict[int, int]) -> None:
    """The lines were renumbered (old number -> new): their reasons follow them."""
    for r in order.reasons:
        if r.line_no is not None and r.line_no in numbers:
            r.line_no = numbers[r.line_no]


def copy_line(order: Order, line_no: int, to_line_no: int) -> None:
    """A line was split: the new line `to_line_no` is in the same doubts as line `line_no`."""
    add(order, *(Reason(r.code, r.message, to_line_no, r.field) for r in of(order, line_no)))


def fold_line(order: Order, line_no: int, into_line_no: int) -> None:
    """Line `line_no` was merged into `into_line_no`: its doubts are the merged line's now, except those
    the merged line already has."""
    there = {(r.code, r.field, r.message) for r in of(order, into_line_no)}
    drop(order, line_no, where=lambda r: (r.code, r.field, r.message) in there)
    renumber(order, {line_no: into_line_no})


def as_reason(row: OrderReason) -> Reason:
    return Reason(row.code, row.message, row.line_no, row.field)


def as_json(rows: Iterable[OrderReason]) -> list[dict[str, Any]]:
    """As the API shows reasons: {"code", "message", "line_no"?, "field"?} in that order, a key left out
    when it has no value (Reason.to_json)."""
    return [as_reason(r).to_json() for r in rows]
