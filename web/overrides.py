"""Settings overrides stored in the database: the thresholds an admin may change on the review screen,
checked against their allowed range, and applied to the running settings (which the embedded worker shares,
so the next message is decided with them)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from models.audit import audit
from models.bounds import length_problem
from models.tables import SettingOverride


@dataclass(frozen=True)
class Threshold:
    name: str
    label: str
    low: Decimal
    high: Decimal
    decimal: bool = False  # kept as Decimal (money, ratios) rather than float


THRESHOLDS = (
    Threshold("auto_approve_min_confidence", "Auto-approve at confidence of at least (0.5–1)", Decimal("0.5"),
              Decimal("1")),
    Threshold("fuzzy_min_score", "Fuzzy SKU match: lowest score kept (50–100)", Decimal("50"), Decimal("100")),
    Threshold("price_tolerance", "Price check: allowed difference from the price list (0.02 = 2%)", Decimal("0"),
              Decimal("1"), decimal=True),
    Threshold("claim_minutes", "An opened order stays claimed for (minutes)", Decimal("1"), Decimal("480")),
    Threshold("minutes_per_order", "Savings: minutes of manual entry per order", Decimal("0"), Decimal("120")),
    Threshold("hourly_cost", "Savings: loaded hourly cost of a clerk", Decimal("0"), Decimal("1000"), decimal=True),
)
BY_NAME = {t.name: t for t in THRESHOLDS}


class ThresholdError(ValueError):
    """A value out of range or not a number; the message says which and why."""


def _typed(threshold: Threshold, value: Decimal) -> float | Decimal:
    return value if threshold.decimal else float(value)


def apply_overrides(session: Session, settings: Settings) -> None:
    """Put the stored overrides into `settings` (at start, and after each change)."""
    for row in session.scalars(select(SettingOverride)):
        threshold = BY_NAME.get(row.name)
        if threshold is not None:
            setattr(settings, row.name, _typed(threshold, Decimal(row.value)))


def save(session: Session, settings: Settings, actor: str, values: dict[str, str]) -> list[str]:
    """Check every submitted value first, then store and apply them together; returns what changed."""
    parsed: dict[str, Decimal] = {}
    for name, raw in values.items():
        threshold = BY_NAME.get(name)
        if threshold is None or not raw.strip():
            continue
        try:
            value = Decimal(raw.strip())
        except InvalidOperation:
            raise ThresholdError(f"{threshold.label}: '{raw}' is not a number") from None
        if not threshold.low <= value <= threshold.high:
            raise ThresholdError(f"{threshold.label}: {value} is outside {threshold.low}–{threshold.high}")
        # Stored as written: 0.999... to eighty places is in range, and longer than the column holds.
        if length_problem(str(value), SettingOverride.value) is not None:
            raise ThresholdError(f"{threshold.label}: '{raw.strip()[:20]}…' has more digits than a threshold keeps")
        parsed[name] = value
    changed = []
    for name, value in parsed.items():
        current = Decimal(str(getattr(settings, name)))
        if value == current:
            continue
        row = session.get(SettingOverride, name)
        if row is None:
            session.add(SettingOverride(name=name, value=str(value), updated_by=actor))
        else:
            row.value, row.updated_by = str(value), actor
        audit(session, actor, "setting", 0, "edit", field=name, from_value=current, to_value=value)
        setattr(settings, name, _typed(BY_NAME[name], value))
        changed.append(name)
    return changed
