"""Every extractor, fed random and mutated bytes: an Extraction always comes back (an error value at
worst), never an exception, within bounded time. The registry's catch-all must never be what saved it."""

from __future__ import annotations

import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.registry import extract_part
from models.schemas import Part
from tests.unit.test_formats import ROWS, ruled_pdf, unruled_pdf


def _xlsx() -> bytes:
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


SAMPLES = {
    ("application/pdf", "po.pdf"): ruled_pdf() + b"",
    ("application/pdf", "po2.pdf"): unruled_pdf(),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "po.xlsx"): _xlsx(),
    ("text/csv", "po.csv"): "\n".join(",".join(r) for r in ROWS).encode(),
    ("text/html", "po.html"): ("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
                                                  for r in ROWS) + "</table>").encode(),
    ("text/plain", None): b"PO Number: 12\n10 x GLV-NIT-L-BLU\nTAPE-48-CLR qty 5\nThanks,\nJo",
}
KINDS = list(SAMPLES)


def _check(media_type: str, filename: str | None, data: bytes) -> None:
    role = "body_text" if filename is None else "attachment"
    ex = extract_part(Part(0, role, media_type, filename, data))
    assert ex is not None
    assert not (ex.error or "").startswith(f"{ex.extractor} failed:"), ex.error


@settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), data=st.binary(max_size=4000))
def test_random_bytes(kind: tuple[str, str | None], data: bytes):
    _check(kind[0], kind[1], data)


@settings(max_examples=120, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
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
