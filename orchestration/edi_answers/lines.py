"""Each line of an answer: the order's final state against what the buyer asked (accepted as asked, quantity
or price changed, rejected, or added by us), and what the whole answer says (accepted, changed, rejected).

Plain data in, plain data out: the asked lines (source.py) and the order's lines, paired by where each order
line was read in the buyer's document (its provenance), never by position, so a line a clerk or a change
removed is a rejected line and not a shift of every line after it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.status import EdiAnswerKind, LineAnswer, OrderStatus
from models.tables import Order, OrderLine
from orchestration.edi_answers.source import AskedLine

NOT_TAKEN = (OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.DUPLICATE)


@dataclass(frozen=True)
class AnswerLine:
    """One line of the answer: the buyer's line (None for a line we added), ours (None when it is gone),
    and what became of it."""

    asked: AskedLine | None
    line: OrderLine | None
    status: LineAnswer

    @property
    def line_id(self) -> str:
        if self.asked is not None:
            return self.asked.line_id
        return str(self.line.line_no) if self.line is not None else ""

    @property
    def quantity(self) -> Decimal:
        """The quantity we take: none of a rejected line; in the buyer's own unit when we converted it."""
        if self.status == LineAnswer.REJECTED or self.line is None:
            return Decimal(0)
        line = self.line
        if line.ordered_quantity is not None and line.conversion:
            return line.ordered_quantity
        return line.quantity or Decimal(0)

    @property
    def unit_price(self) -> Decimal | None:
        if self.line is not None and self.line.unit_price is not None and not self.line.conversion:
            return self.line.unit_price
        return self.asked.unit_price if self.asked is not None else None


def _key(line: OrderLine) -> object:
    prov = line.provenance or {}
    return prov["row"] if prov.get("row") is not None else prov.get("cell")


def _status(asked: AskedLine, line: OrderLine) -> LineAnswer:
    ours = line.ordered_quantity if line.ordered_quantity is not None and line.conversion else line.quantity
    quantity = asked.quantity is not None and ours is not None and ours != asked.quantity
    # A converted line's price is per our unit, not the buyer's: its price is not compared.
    price = (asked.unit_price is not None and line.unit_price is not None and not line.conversion
             and line.unit_price != asked.unit_price)
    if quantity and price:
        return LineAnswer.CHANGED
    if quantity:
        return LineAnswer.QUANTITY_CHANGED
    if price:
        return LineAnswer.PRICE_CHANGED
    return LineAnswer.ACCEPTED


def answer_lines(asked: list[AskedLine], order: Order) -> list[AnswerLine]:
    """Every asked line with what became of it, then the lines we added."""
    taken = order.status not in NOT_TAKEN
    by_key = {_key(line): line for line in order.lines if _key(line) is not None}
    out: list[AnswerLine] = []
    used: set[int] = set()
    for ask in asked:
        line = by_key.get(ask.key)
        if line is not None:
            used.add(id(line))
        if line is None or not taken or (line.quantity is not None and line.quantity == 0):
            out.append(AnswerLine(ask, line, LineAnswer.REJECTED))
        else:
            out.append(AnswerLine(ask, line, _status(ask, line)))
    if taken:
        out += [AnswerLine(None, line, LineAnswer.ADDED) for line in order.lines if id(line) not in used]
    return out


def answer_kind(order: Order, lines: list[AnswerLine]) -> EdiAnswerKind:
    """What the whole answer says: rejected when the order is not taken, changed when any line is not as
    asked, accepted otherwise."""
    if order.status in NOT_TAKEN:
        return EdiAnswerKind.REJECTED
    if any(line.status != LineAnswer.ACCEPTED for line in lines):
        return EdiAnswerKind.CHANGED
    return EdiAnswerKind.ACCEPTED


@dataclass(frozen=True)
class ChangeAnswer:
    """One line of an 865: the buyer's change line (an 860 POC) and what became of it: X12 668 `code` (IA
    accepted, IQ another quantity, IP another price, IC both, ID deleted, IR rejected) and the quantity we take."""

    asked: AskedLine
    code: str
    quantity: Decimal


def change_answers(changes: list[AskedLine], original: list[AskedLine], order: Order,
                   refused: bool) -> list[ChangeAnswer]:
    """Each line of a buyer's 860 against the order as it now stands: the line it speaks of is found by the
    buyer's line id among the lines first asked (paired with ours by provenance, as for an 855), a line the
    860 added by its item codes among the lines we added. A refused or declined change: every line IR, with
    the quantity we keep."""
    now = answer_lines(original, order)
    by_id = {a.asked.line_id: a for a in now if a.asked is not None}
    ours_added = [a for a in now if a.asked is None and a.line is not None]
    out = []
    for change in changes:
        found = by_id.get(change.line_id)
        if found is None:
            found = next((a for a in ours_added if a.line is not None and (
                (change.seller_code and a.line.sku == change.seller_code)
                or (change.buyer_code and a.line.customer_part == change.buyer_code))), None)
            if found is not None:
                ours_added.remove(found)
        kept = found is not None and found.status != LineAnswer.REJECTED
        quantity = found.quantity if found is not None and kept else Decimal(0)
        if refused:
            code = "IR"
        elif change.change == "DI":
            code = "ID" if not kept else "IR"  # deleted as asked, or still there
        elif not kept or found is None:
            code = "IR"
        else:
            assert found.line is not None
            other_quantity = change.quantity is not None and quantity != change.quantity
            other_price = (change.unit_price is not None and found.unit_price is not None
                           and found.unit_price != change.unit_price)
            code = "IC" if other_quantity and other_price else "IQ" if other_quantity else \
                "IP" if other_price else "IA"
        out.append(ChangeAnswer(change, code, quantity))
    return out


def change_kind(answers: list[ChangeAnswer], refused: bool) -> EdiAnswerKind:
    """An 865 as a whole: rejected (a refused change), accepted when every line is as asked, else changed."""
    if refused:
        return EdiAnswerKind.REJECTED
    return EdiAnswerKind.ACCEPTED if all(a.code in ("IA", "ID") for a in answers) else EdiAnswerKind.CHANGED
