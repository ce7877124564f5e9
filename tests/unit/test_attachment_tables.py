"""Order tables that arrive as attachments or bare files, read as the buyer laid them out: an 'Item'
column of sizes-and-names (no codes) in a sheet, and the totals row under it. Made-up documents only."""

from __future__ import annotations

import io
from decimal import Decimal

from openpyxl import Workbook

from extractors.spreadsheet import extract_spreadsheet


def _sheet(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_an_item_column_of_names_full_of_sizes_is_the_description():
    """GIVEN a bare sheet 'QTY | UNIT | ITEM | NOTES' whose items are sizes and names ("15mm 90 elbow",
    "hacksaw") and a totals row WHEN it is read THEN each item is the line's description, not its code,
    and the totals row is no line."""
    data = _sheet([
        ["Plumbing works - stores request", None, None, None],
        ["PO:", "QP-3310", None, None],
        [None, None, None, None],
        ["QTY", "UNIT", "ITEM", "NOTES"],
        [20, "ea", "15mm 90 elbow", None],
        [8, "ea", "22mm x 3m tube", None],
        [4, "ea", "3/4 BSP 2 pc valve", None],
        [2, "packs (10)", "15mm pipe clips", None],
        [1, "ea", "hacksaw", None],
        [None, None, None, None],
        [35, None, "TOTAL ITEMS", None],
    ])
    ex = extract_spreadsheet(data, 0, legacy=False)
    got = [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines]
    assert got == [
        (None, "15mm 90 elbow", Decimal("20")),
        (None, "22mm x 3m tube", Decimal("8")),
        (None, "3/4 BSP 2 pc valve", Decimal("4")),
        (None, "15mm pipe clips", Decimal("2")),
        (None, "hacksaw", Decimal("1")),
    ]


def test_an_item_column_of_codes_stays_the_item_code():
    """GIVEN an 'Item' column of codes and no description column THEN the codes stay item codes."""
    data = _sheet([["Qty", "Item"], [3, "PV-1520"], [5, "EL-90-15"], [2, "CLP15"]])
    ex = extract_spreadsheet(data, 0, legacy=False)
    assert [(ln.item_code, ln.description) for ln in ex.lines] == [
        ("PV-1520", None), ("EL-90-15", None), ("CLP15", None)]
