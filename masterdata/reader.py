"""Reading master-data files (CSV or XLSX) into rows, with a report of what was rejected and why."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


class ImportRejected(ValueError):
    """The file as a whole cannot be imported (columns, encoding, size): nothing of it is applied."""


@dataclass
class ImportReport:
    source: str
    imported: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)
    # How the file was read, when not as plain UTF-8.
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.source}: {self.imported} imported, {len(self.rejected)} rejected"


def _check_columns(path: Path, names: list[str], required: set[str]) -> None:
    missing = required - set(names)
    if missing:
        raise ImportRejected(f"{path.name}: missing columns {', '.join(sorted(missing))}")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a GTIN or a pack size typed as a number in Excel
    return str(value).strip()


_SAMPLE = 1 << 20


def sniff_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the start of the file is valid UTF-8, else Windows-1252 —
    what Excel on Windows writes when asked for "CSV" — which decodes any byte as some character."""
    with path.open("rb") as fh:
        sample = fh.read(_SAMPLE)
    if len(sample) == _SAMPLE:
        sample = sample[:-3]  # a character cut at the edge of the sample is not an error
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def count_rows(path: Path) -> int | None:
    """Data rows in the file (for a progress bar and the size limit); None when it cannot be told cheaply."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        try:
            rows = wb.worksheets[0].max_row
        finally:
            wb.close()
        return rows - 1 if rows else None
    with path.open("rb") as fh:
        return max(0, sum(1 for _ in fh) - 1)


def read_rows(path: Path, required: set[str], report: ImportReport | None = None
              ) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, values by column name) for a CSV file, or the first sheet of an XLSX file.

    A spreadsheet cell holding a formula gives its computed value; a formula Excel never computed
    (a file written by a program) gives the text "=FORMULA(...)" so the row is refused, not imported
    empty."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        values_wb = load_workbook(path, read_only=True, data_only=True)
        formulas_wb = load_workbook(path, read_only=True, data_only=False)
        try:
            rows = values_wb.worksheets[0].iter_rows(values_only=True)
            formulas = formulas_wb.worksheets[0].iter_rows(values_only=True)
            names = [_cell_text(c) for c in next(rows, ())]
            next(formulas, None)
            _check_columns(path, names, required)
            for number, (values, written) in enumerate(zip(rows, formulas, strict=False), start=2):
                cells = [v if v is not None or not (isinstance(f, str) and f.startswith("=")) else f
                         for v, f in zip(values, written, strict=False)]
                row = {name: _cell_text(v) for name, v in zip(names, cells, strict=False) if name}
                if any(row.values()):
                    yield number, row
        finally:
            values_wb.close()
            formulas_wb.close()
        return
    encoding = sniff_encoding(path)
    if report is not None and encoding != "utf-8-sig":
        report.notes.append(f"{path.name} is not UTF-8; read as Windows-1252")
    with path.open(newline="", encoding=encoding) as fh:
        reader = csv.DictReader(fh)
        try:
            _check_columns(path, list(reader.fieldnames or []), required)
            for number, row in enumerate(reader, start=2):
                yield number, {k: (v or "").strip() for k, v in row.items() if k}
        except UnicodeDecodeError as exc:
            raise ImportRejected(f"{path.name}: not valid UTF-8 after line {reader.line_num} ({exc.reason}); "
                                 "save it as UTF-8 and import it again") from None
        except csv.Error as exc:
            raise ImportRejected(f"{path.name}: unreadable CSV at line {reader.line_num}: {exc}") from None


def refuse_formula(row: dict[str, str]) -> None:
    """A cell that is a formula, not a value: from a spreadsheet, or planted to run in the next one."""
    for name, value in row.items():
        if value[:1] in ("=", "@") or (value[:1] in ("+", "-") and len(value) > 1 and not value[1:2].isdigit()):
            raise ValueError(f"{name} holds a formula ('{value[:40]}'), not a value")


def import_rows(path: Path, required: set[str], apply: Callable[[dict[str, str]], None]) -> ImportReport:
    """Apply each row; a bad row is reported with its line number and does not stop the rest."""
    report = ImportReport(path.name)
    for number, row in read_rows(path, required, report):
        try:
            refuse_formula(row)
            apply(row)
            report.imported += 1
        except (ValueError, ArithmeticError) as exc:
            report.rejected.append((number, str(exc)))
    return report
