"""Scoring one extracted order against its expected.json, by the rules of docs/evaluation.md."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from rapidfuzz import fuzz

HEADER_FIELDS = ("customer", "po_number", "order_date", "requested_date", "currency")
SHIP_TO_FIELDS = ("name", "street", "city", "region", "postal_code", "country")


@dataclass
class ExtractedOrder:
    """What the system produced for one document, in the shape of an expected.json."""

    customer_id: str | None
    customer_name: str | None
    po_number: str | None
    order_date: date | None
    requested_date: date | None
    currency: str | None
    ship_to: dict[str, Any] | None
    lines: list[dict[str, Any]]
    auto_approved: bool
    # Filed for a clerk as a change, cancellation or confirmation of an earlier order, not as a new one:
    # what a label calls "not an order" (a message about an order), recognised as such.
    not_a_new_order: bool = False
    # The review reason codes the decision gave the order, each once, in the order given.
    reasons: list[str] = field(default_factory=list)


# How an expected line can fail: never read, or read with the wrong product, quantity or price; and
# a line read that the document does not have.
LINE_FAULTS = ("missed", "wrong_sku", "wrong_quantity", "wrong_price", "extra")


@dataclass
class DocumentScore:
    name: str
    fmt: str
    expected_kind: str
    predicted_kind: str
    header: dict[str, bool] = field(default_factory=dict)
    lines_expected: int = 0
    lines_extracted: int = 0
    lines_correct: int = 0
    fully_correct: bool = False
    auto_approved: bool = False
    error: str | None = None
    # Whether the system filed an order for it at all (approved, or waiting for a clerk).
    order_filed: bool = False
    # Filed as a revision of an order already on file (a change or cancellation of it), not as an order of its own.
    revision_filed: bool = False
    # Counts by LINE_FAULTS; a paired line can be wrong in several ways at once.
    line_faults: dict[str, int] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)


def _norm_text(value: object) -> str:
    return re.sub(r"[\s\W_]+", " ", str(value or "")).strip().lower()


def as_decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def header_correct(field_name: str, expected: object, got: ExtractedOrder) -> bool:
    if field_name == "customer":
        if expected is None:
            return got.customer_id is None
        wanted = _norm_text(expected)
        return wanted in (_norm_text(got.customer_id), _norm_text(got.customer_name))
    value = getattr(got, field_name)
    if expected is None:
        return value is None
    if field_name.endswith("date"):
        return _date(expected) == _date(value)
    return _norm_text(expected) == _norm_text(value)


def ship_to_correct(part: str, expected: object, got: ExtractedOrder) -> bool:
    value = (got.ship_to or {}).get(part)
    if expected is None:
        return value is None
    if value is None:
        return False
    if part == "postal_code":
        return str(expected).replace(" ", "").upper() == str(value).replace(" ", "").upper()
    if part == "street":
        return _norm_text(expected) in _norm_text(value)
    return _norm_text(expected) == _norm_text(value)


def _line_similarity(exp: dict[str, Any], got: dict[str, Any]) -> float:
    score = 0.0
    if exp.get("sku") and exp.get("sku") == got.get("sku"):
        score += 3
    if exp.get("customer_part") and _norm_text(exp["customer_part"]) == _norm_text(got.get("customer_part")):
        score += 1
    if exp.get("description") and got.get("description"):
        score += fuzz.token_set_ratio(_norm_text(exp["description"]), _norm_text(got["description"])) / 100
    quantity = as_decimal(exp.get("quantity"))
    if quantity is not None and quantity == as_decimal(got.get("quantity")):
        score += 1
    return score


def line_faults(exp: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """What is wrong with a read line against its expected one (empty: the line is correct)."""
    faults = []
    if "sku" in exp and (exp["sku"] or None) != (got.get("sku") or None):
        faults.append("wrong_sku")
    if as_decimal(exp.get("quantity")) != as_decimal(got.get("quantity")):
        faults.append("wrong_quantity")
    if exp.get("unit_price") is not None:
        price = as_decimal(got.get("unit_price"))
        if price is None or abs(price - as_decimal(exp["unit_price"])) > Decimal("0.005"):  # type: ignore[operator]
            faults.append("wrong_price")
    return faults


def line_correct(exp: dict[str, Any], got: dict[str, Any]) -> bool:
    return not line_faults(exp, got)


def pair_lines(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Best one-to-one pairing (Hungarian assignment) of expected and extracted lines."""
    if not expected or not got:
        return []
    from scipy.optimize import linear_sum_assignment

    cost = [[-_line_similarity(e, g) for g in got] for e in expected]
    rows, cols = linear_sum_assignment(cost)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if cost[r][c] < 0]


def score_document(name: str, fmt: str, expected: dict[str, Any], got: ExtractedOrder | None,
                   error: str | None = None) -> DocumentScore:
    kind = expected.get("kind", "purchase_order")
    as_new_order = got is not None and (got.auto_approved or not got.not_a_new_order)
    result = DocumentScore(name, fmt, kind, "purchase_order" if as_new_order else "not_an_order", error=error,
                           auto_approved=bool(got and got.auto_approved), order_filed=got is not None,
                           reasons=list(got.reasons) if got else [])
    if kind != "purchase_order":
        result.fully_correct = not as_new_order
        return result
    for f in HEADER_FIELDS:
        if f in expected:
            result.header[f] = got is not None and header_correct(f, expected[f], got)
    if "ship_to" in expected:
        for part in SHIP_TO_FIELDS:
            exp_ship = expected["ship_to"] or {}
            if part in exp_ship:
                result.header[f"ship_to.{part}"] = got is not None and ship_to_correct(part, exp_ship[part], got)
    exp_lines = expected.get("lines", [])
    got_lines = got.lines if got else []
    result.lines_expected, result.lines_extracted = len(exp_lines), len(got_lines)
    pairs = pair_lines(exp_lines, got_lines)
    faults = {"missed": len(exp_lines) - len(pairs), "extra": len(got_lines) - len(pairs)}
    for i, j in pairs:
        wrong = line_faults(exp_lines[i], got_lines[j])
        result.lines_correct += not wrong
        for fault in wrong:
            faults[fault] = faults.get(fault, 0) + 1
    result.line_faults = {f: faults[f] for f in LINE_FAULTS if faults.get(f)}
    result.fully_correct = (
        got is not None and all(result.header.values())
        and result.lines_correct == len(exp_lines) == len(got_lines)
    )
    return result


def _agreement(score: DocumentScore) -> tuple[int, int, int, int]:
    """How well an extracted order agrees with a label: wholly right first, then right lines, right header
    fields, and fewest lines missed or extra."""
    wrong = score.line_faults.get("missed", 0) + score.line_faults.get("extra", 0)
    return score.fully_correct, score.lines_correct, sum(score.header.values()), -wrong


def score_best(name: str, fmt: str, expected: dict[str, Any], candidates: list[tuple[ExtractedOrder, str]],
               error: str | None = None) -> DocumentScore:
    """A message that became several orders, against its label: the label is its first order, paired with
    the extracted order that agrees best (docs/evaluation.md). `candidates`: each order with the format it
    was read from. A label that says the message is not an order agrees only when no order of it was filed
    as new: one such order is a wrong reading, however right the others."""
    if not candidates:
        return score_document(name, fmt, expected, None, error=error)
    scores = [score_document(name, got_fmt, expected, got, error=error) for got, got_fmt in candidates]
    if expected.get("kind", "purchase_order") != "purchase_order":
        return min(scores, key=lambda s: s.fully_correct)
    return max(scores, key=_agreement)  # max keeps the first of equals: the message's first order

