"""The synthetic corpus's workbooks are the same bytes whichever XML writer openpyxl picked at import:
two interpreters, one with lxml and one without (an integration test: it starts those processes)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.environment import REPO

pytestmark = pytest.mark.slow

_WORKBOOK = """
import sys
from openpyxl import Workbook
from evaluation.synthetic import xlsx_bytes
wb = Workbook()
wb.active.title = "Order"
wb.active.append(["SKU", "Qty"])
wb.active.append(["GLV-NIT-L-BLU", 4])
wb.create_sheet("Notes")["A1"] = "Deliver to the dock"
sys.stdout.buffer.write(xlsx_bytes(wb))
"""


def test_workbook_bytes_do_not_depend_on_lxml() -> None:
    """GIVEN openpyxl writing its XML with lxml, and with the standard library (OPENPYXL_LXML=False)
    WHEN the generator writes the same workbook THEN the bytes are the same (they differed before the
    parts were canonicalised, which is why the committed sample stopped matching)."""
    outputs = []
    for lxml in ("True", "False"):
        run = subprocess.run([sys.executable, "-c", _WORKBOOK], cwd=REPO, capture_output=True, check=True,
                             env={**os.environ, "OPENPYXL_LXML": lxml})
        outputs.append(run.stdout)
    assert outputs[0][:2] == b"PK"
    assert outputs[0] == outputs[1]
