"""Reading master-data files (CSV or XLSX) into rows, with a report of what was rejected and why."""

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


def _check_columns(path: Path, names: list[str], required: set[str]) -> None:
    missing = required - set(names)
    if missing:
        raise ValueError(f"{path.name}: missing columns {', '.join(sorted(missing))}")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a GTIN or a pack size typed as a number in Excel
    return str(value).strip()


def read_rows(path: Path, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, values by column name) for a CSV file, or the first sheet of an XLSX file."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = wb.worksheets[0].iter_rows(values_only=True)
            names = [_cell_text(c) for c in next(rows, ())]
            _check_columns(path, names, required)
            for number, values in enumerate(rows, start=2):
                row = {name: _cell_text(v) for name, v in zip(names, values, strict=False) if name}
                if any(row.values()):
                    yield number, row
        finally:
            wb.close()
        return
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        _check_columns(path, list(reader.fieldnames or []), required)
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
