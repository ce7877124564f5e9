"""Every extractor, fed random and mutated bytes: an Extraction always comes back (an error value at
worst), never an exception, within bounded time and memory. The registry's catch-all must never be
what saved it."""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.registry import extract_part
from models.schemas import Part
from tests.support.documents import ROWS, ruled_pdf, unruled_pdf

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Generous bounds, far above what any sample needs (tens of milliseconds, a few MB), and far below
# what a document without limits can cost (seconds, hundreds of MB): a bound, not a speed check.
DEADLINE_MS = 10_000
PEAK_BYTES = 64 * 1024 * 1024


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _xls() -> bytes:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("PO")
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    ws.write_merge(len(ROWS), len(ROWS) + 1, 0, 0, "MERGED-1")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _csv() -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows(ROWS)
    return buf.getvalue().encode()


SAMPLES = {
    ("application/pdf", "po.pdf"): ruled_pdf() + b"",
    ("application/pdf", "po2.pdf"): unruled_pdf(),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "po.xlsx"): _xlsx(),
    ("application/vnd.ms-excel", "po.xls"): _xls(),
    ("text/csv", "po.csv"): _csv(),
    ("text/html", "po.html"): ("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
                                                  for r in ROWS) + "</table>").encode(),
    ("text/plain", None): b"PO Number: 12\n10 x GLV-NIT-L-BLU\nTAPE-48-CLR qty 5\nThanks,\nJo",
    ("application/edi-x12", "po.edi"): (CORPUS / "edi" / "850_tilde_star.edi").read_bytes(),
    ("application/edifact", "po.edifact"): (CORPUS / "edifact" / "orders_una.edi").read_bytes(),
    ("application/xml", "order.xml"): (CORPUS / "synthetic" / "0017-ubl-order.xml").read_bytes(),
}
KINDS = list(SAMPLES)


def _check(media_type: str, filename: str | None, data: bytes) -> None:
    role = "body_text" if filename is None else "attachment"
    tracemalloc.start()
    try:
        ex = extract_part(Part(0, role, media_type, filename, data))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ex is not None
    assert not (ex.error or "").startswith(f"{ex.extractor} failed:"), ex.error
    assert peak < PEAK_BYTES, f"{filename}: {peak // (1024 * 1024)} MB at peak"


@settings(max_examples=80, deadline=DEADLINE_MS, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), data=st.binary(max_size=4000))
def test_random_bytes(kind: tuple[str, str | None], data: bytes):
    _check(kind[0], kind[1], data)


@pytest.mark.slow
@settings(max_examples=160, deadline=DEADLINE_MS, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), data=st.data())
def test_mutated_documents(kind: tuple[str, str | None], data: st.DataObject):
    original = bytearray(SAMPLES[kind])
    for _ in range(data.draw(st.integers(1, 12))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        at = data.draw(st.integers(0, max(0, len(original) - 1)))
        if action == "flip" and original:
            original[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del original[at:at + data.draw(st.integers(1, 200))]
        else:
            original[at:at] = data.draw(st.binary(min_size=1, max_size=50))
    _check(kind[0], kind[1], bytes(original))
