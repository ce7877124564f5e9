"""Reading master-data CSV files into rows, with a report of what was rejected and why."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ImportReport:
    source: str
    imported: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.imported} imported, {len(self.rejected)} rejected"


def read_rows(path: Path, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = required - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path.name}: missing columns {', '.join(sorted(missing))}")
        for number, row in enumerate(reader, start=2):
            yield number, {k: (v or "").strip() for k, v in row.items() if k}


def import_rows(path: Path, required: set[str], apply: Callable[[dict[str, str]], None]) -> ImportReport:
    """Apply each row; a bad row is reported with its line number and does not stop the rest."""
    report = ImportReport(path.name)
    for number, row in read_rows(path, required):
        try:
            apply(row)
            report.imported += 1
        except (ValueError, ArithmeticError) as exc:
            report.rejected.append((number, str(exc)))
    return report
