"""A buyer's change held against the order it speaks of: which line each part means, the difference line by
line (before -> after), and whether every part was read with strong evidence.

Pure: the order's lines and the change's parts come in as plain data, the plan goes out. Strong evidence is
what the decision for new orders would trust untouched: a line named by its number or by a code equal to
the line's SKU, code as written or customer part number; a quantity read as a number; a line added or
changed by an EDI/UBL document, matched to the catalog at or above the approval floor. Words naming a line
("the masks") are matched too, when they name one line only, but never strongly: a clerk confirms them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from matching.catalog import normalise_sku, normalise_text
from models.schemas import ChangeAsk, ChangeKind, ExtractedLine, LineChange, MatchedLine


@dataclass(frozen=True)
class OriginalLine:
    """One line of the order as it stands."""

    line_no: int
    sku: str | None
    item_code: str | None
    customer_part: str | None
    description: str | None
    quantity: Decimal | None
    uom: str | None
    unit_price: Decimal | None

    def shown(self) -> dict[str, Any]:
        return {"sku": self.sku, "description": self.description, "quantity": _text(self.quantity), "uom": self.uom,
                "unit_price": _text(self.unit_price)}


@dataclass(frozen=True)
class LineDifference:
    """One line's before -> after; `before` None for a line added, `after` None for one removed."""

    line_no: int
    change: str  # changed | added | removed
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    strong: bool
    written: str

    def to_json(self) -> dict[str, Any]:
        return {"line_no": self.line_no, "change": self.change, "before": self.before, "after": self.after,
                "strong": self.strong, "written": self.written}


@dataclass
class RevisionPlan:
    """What applying the change would do, and what keeps it from being applied untouched."""

    lines: list[LineDifference] = field(default_factory=list)
    header: list[dict[str, Any]] = field(default_factory=list)  # {"field", "before", "after", "strong"}
    doubts: list[str] = field(default_factory=list)

    @property
    def strong(self) -> bool:
        """Every part strong, nothing left unread, and something to do."""
        return (bool(self.lines or self.header) and not self.doubts and all(d.strong for d in self.lines)
                and all(h["strong"] for h in self.header))


def _text(value: object) -> str | None:
    """A value as the difference shows it: a number without trailing zeros ("10.000" is "10")."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    return None if value is None else str(value)


# Words that name no product in any of the four languages ("the gloves", "die Handschuhe", "les gants").
_FILLERS = {"the", "a", "an", "of", "our", "my", "all", "die", "der", "das", "den", "von", "le", "la", "les", "du",
            "des", "de", "el", "los", "las", "del", "un", "una", "une"}


def _same_code(written: str, line: OriginalLine) -> bool:
    key = normalise_sku(written)
    return bool(key) and any(code and normalise_sku(code) == key for code in (line.sku, line.item_code,
                                                                                line.customer_part))


def find_line(lines: list[OriginalLine], item: str | None,
              line_no: int | None) -> tuple[OriginalLine | None, bool, str]:
    """The order line a part names, whether by strong evidence, and when none why not (for the clerk)."""
    if line_no is not None:
        found = next((ln for ln in lines if ln.line_no == line_no), None)
        return (found, True, "") if found else (None, False, f"the order has no line {line_no}")
    if not item:
        return None, False, "it does not say which line"
    by_code = [ln for ln in lines if _same_code(item, ln)]
    if len(by_code) == 1:
        return by_code[0], True, ""
    words = set(normalise_text(item).split()) - _FILLERS
    # Plural and singular alike ("masks" names "Mask 3-ply"): a word matches a word it starts, either way.
    by_words = [ln for ln in lines if words and all(
        any(w.startswith(d.rstrip("s")) or d.startswith(w.rstrip("s")) for d in
            normalise_text(" ".join(filter(None, (ln.description, ln.sku, ln.item_code)))).split())
        for w in words)]
    if len(by_words) == 1:
        return by_words[0], False, ""
    if len(by_words) > 1 or len(by_code) > 1:
        return None, False, f"'{item}' could mean lines {', '.join(str(ln.line_no) for ln in by_words or by_code)}"
    return None, False, f"no line of the order is '{item}'"


def plan_asks(asks: list[ChangeAsk], lines: list[OriginalLine], requested_date: date | None,
              ship_to: str | None, added: dict[str, MatchedLine], min_confidence: float) -> RevisionPlan:
    """The plan for the parts a buyer's words ask. `added`: each added item's words -> its line matched to the
    catalog (orchestration matches them); `requested_date`, `ship_to`: the order's, to show before."""
    plan = RevisionPlan()
    next_no = max((ln.line_no for ln in lines), default=0) + 1
    for ask in asks:
        if ask.kind == ChangeKind.SET_QUANTITY:
            line, strong, why = find_line(lines, ask.item, ask.line_no)
            if line is None:
                plan.doubts.append(f"'{ask.written}': {why}")
                continue
            if ask.uom and line.uom and ask.uom != line.uom:
                plan.doubts.append(f"'{ask.written}': the line is in {line.uom}, the change says {ask.uom}")
                strong = False
            after = {**line.shown(), "quantity": _text(ask.quantity)}
            plan.lines.append(LineDifference(line.line_no, "changed", line.shown(), after, strong, ask.written))
        elif ask.kind == ChangeKind.REMOVE_LINE:
            line, strong, why = find_line(lines, ask.item, ask.line_no)
            if line is None:
                plan.doubts.append(f"'{ask.written}': {why}")
                continue
            plan.lines.append(LineDifference(line.line_no, "removed", line.shown(), None, strong, ask.written))
        elif ask.kind == ChangeKind.ADD_LINE:
            matched = added.get(ask.item or "")
            if matched is None or matched.match.sku is None:
                plan.doubts.append(f"'{ask.written}': '{ask.item}' matched no product of the catalog")
                continue
            exact = bool(ask.item) and normalise_sku(ask.item or "") == normalise_sku(matched.match.sku)
            strong = exact and matched.confidence >= min_confidence and not matched.reasons
            after = {"sku": matched.match.sku, "description": matched.extracted.description or ask.item,
                     "quantity": _text(matched.quantity if matched.quantity is not None else ask.quantity),
                     "uom": matched.uom, "unit_price": _text(matched.unit_price if matched.unit_price is not None
                                                             else matched.expected_price)}
            plan.lines.append(LineDifference(next_no, "added", None, after, strong, ask.written))
            next_no += 1
        elif ask.kind == ChangeKind.SET_DATE:
            plan.header.append({"field": "requested_date", "before": _text(requested_date),
                                "after": _text(ask.requested_date), "strong": True, "written": ask.written})
        elif ask.kind == ChangeKind.SET_SHIP_TO:
            # An address in prose is never read well enough to ship to untouched.
            plan.header.append({"field": "ship_to", "before": ship_to, "after": ask.ship_to, "strong": False,
                                "written": ask.written})
    return plan


def plan_lines(changed: list[MatchedLine], removed: list[ExtractedLine], lines: list[OriginalLine],
               min_confidence: float) -> RevisionPlan:
    """The plan for a change document's own lines (an 860, an ORDCHG, a UBL OrderChange; an email's lines
    when its words ask nothing we read): a line the document deletes is removed; one naming a line of the
    order (SKU, code or customer part) sets its quantity and price; one naming none is added. Lines the
    document leaves out stay as they are. A difference is strong only where the document's own line code
    says what it does (POC02, LIN 1229, LineStatusCode)."""
    plan = RevisionPlan()
    for ex in removed:
        # Named by the document's own code for the line: the buyer's part number or our SKU, as written.
        line = next((ln for ln in lines for code in (ex.item_code, ex.customer_part) if code and _same_code(code, ln)),
                    None)
        if line is None:
            plan.doubts.append(f"'{ex.raw_text[:200]}' deletes a line the order does not have")
        else:
            plan.lines.append(LineDifference(line.line_no, "removed", line.shown(), None, True, ex.raw_text[:200]))
    next_no = max((ln.line_no for ln in lines), default=0) + 1
    for ml in changed:
        ex = ml.extracted
        written = ex.raw_text[:200]
        # A line the document adds is a new line, even of a product the order has already.
        line = None if ex.change == LineChange.ADD else next(
            (ln for ln in lines if ml.match.sku and ln.sku == ml.match.sku), None) or next(
            (ln for ln in lines for code in (ex.item_code, ex.customer_part) if code and _same_code(code, ln)), None)
        # Only a line the document's own code says it adds or changes is sure: a revised order read whole (a
        # PDF, an email list, an 850 marked as a change) says nothing of the lines it leaves out.
        sure = ml.confidence >= min_confidence and ml.match.sku is not None and ex.change is not None
        quantity = ml.quantity if ml.quantity is not None else ex.quantity
        if ex.change == LineChange.DELETE:
            if line is None:
                plan.doubts.append(f"'{written}' deletes a line the order does not have")
            else:
                plan.lines.append(LineDifference(line.line_no, "removed", line.shown(), None, True, written))
            continue
        if line is None:
            if ml.match.sku is None:
                plan.doubts.append(f"'{written}' matched no product of the catalog")
                continue
            after = {"sku": ml.match.sku, "description": ex.description, "quantity": _text(quantity), "uom": ml.uom,
                     "unit_price": _text(ml.unit_price if ml.unit_price is not None else ml.expected_price)}
            plan.lines.append(LineDifference(next_no, "added", None, after, sure and not ml.reasons, written))
            next_no += 1
            continue
        after = {**line.shown()}
        if quantity is not None:
            after["quantity"] = _text(quantity)
        if ml.unit_price is not None:
            after["unit_price"] = _text(ml.unit_price)
        if ml.uom and line.uom and ml.uom != line.uom:
            plan.doubts.append(f"'{written}': the line is in {line.uom}, the change says {ml.uom}")
        if _same(after, line.shown()):
            continue  # a change document repeats the lines it leaves as they are
        plan.lines.append(LineDifference(line.line_no, "changed", line.shown(), after, sure, written))
    if any(not d.strong for d in plan.lines) and not any(ml.extracted.change for ml in changed):
        plan.doubts.append("the document lists lines without saying what it does to each: check the difference, "
                           "and whether a line it leaves out is to be removed")
    return plan


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    def number(v: object) -> object:
        try:
            return Decimal(str(v)).normalize() if v is not None else None
        except ArithmeticError:
            return v
    return (all(number(a.get(k)) == number(b.get(k)) for k in ("quantity", "unit_price"))
            and a.get("sku") == b.get("sku"))
