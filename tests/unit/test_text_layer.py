"""The PDFium text layer reads every PDF we have as pdfplumber (pdfminer) read it: the same header, the
same lines, the same provenance boxes. The corpus documents are compared through the extractor and
only field paths are reported on a difference (held-out sets are fed to the code, never shown)."""

from __future__ import annotations

import dataclasses
import email
import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from extractors import text_layer
from extractors.ocr import without_ocr
from extractors.pdf_table import PDFPLUMBER, TEXT_LAYER, extract_pdf
from tests.support.documents import ruled_pdf

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "corpus"
# pdfminer computes boxes in double precision from the numbers the PDF wrote, PDFium in single
# precision, and its font metrics where pdfminer's differ (a descriptor's descent kept to whole units, a
# standard font's width of a glyph its Adobe metrics lack): a box may move by a rounding step or a
# fraction of a point. The review screen pads every box by 1.5 points.
BOX_TOLERANCE = 0.5


def _pdfs_in(path: Path) -> Iterator[bytes]:
    data = path.read_bytes()
    if data[:5] == b"%PDF-":
        yield data
    elif path.suffix == ".eml":
        for part in email.message_from_bytes(data).walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload[:5] == b"%PDF-":
                yield payload


def _corpus_pdfs() -> list[bytes]:
    found: dict[str, bytes] = {}
    roots = [REPO / "tests" / "corpus", SHARED]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in (".pdf", ".eml"):
                for data in _pdfs_in(path):
                    found.setdefault(hashlib.sha256(data).hexdigest(), data)
    return list(found.values())


def _differences(old: Any, new: Any, path: str = "") -> list[str]:
    """Field paths where the two readings differ (values never shown); boxes within BOX_TOLERANCE agree."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [d for key in sorted(set(old) | set(new)) for d in _differences(old.get(key), new.get(key),
                                                                                  f"{path}.{key}")]
    if isinstance(old, list | tuple) and isinstance(new, list | tuple):
        if len(old) != len(new):
            return [f"{path} (length {len(old)} -> {len(new)})"]
        if path.endswith("bbox") and all(isinstance(v, float | int) for v in (*old, *new)):
            return [] if all(abs(a - b) <= BOX_TOLERANCE for a, b in zip(old, new, strict=True)) else [path]
        return [d for i, (a, b) in enumerate(zip(old, new, strict=True)) for d in _differences(a, b, f"{path}[{i}]")]
    if isinstance(old, float | Decimal) and isinstance(new, float | Decimal):
        return [] if old == new else [path]
    return [] if old == new else [path]


def _reading(data: bytes, reader: str) -> dict[str, Any]:
    with without_ocr():
        extraction = extract_pdf(data, 0, reader=reader)
    read = dataclasses.asdict(extraction)
    return {"error": read["error"], "header": read["header"], "lines": read["lines"],
            "document_kind": read["document_kind"], "purpose": read["purpose"]}


@pytest.mark.slow
def test_every_corpus_pdf_reads_the_same_from_the_text_layer_as_from_pdfplumber():
    """GIVEN every PDF of every corpus (files and email attachments, held-out sets included)
    WHEN it is read from PDFium's text layer and from pdfplumber
    THEN header, lines, kind and provenance agree (boxes within half a point)."""
    pdfs = _corpus_pdfs()
    assert len(pdfs) >= 30, "the corpora hold more PDFs than this"
    failures = []
    for data in pdfs:
        found = _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER))
        if found:
            failures.append(f"{hashlib.sha256(data).hexdigest()[:12]}: {', '.join(found[:6])}")
    assert not failures, "\n".join(failures)


def test_a_generated_ruled_order_reads_the_same_from_both_readers():
    """GIVEN the ruled order the tests generate
    THEN both readers give the same reading, boxes included."""
    data = ruled_pdf()
    assert _differences(_reading(data, PDFPLUMBER), _reading(data, TEXT_LAYER)) == []


def test_characters_carry_pdfminers_boxes_in_pdfplumbers_coordinates():
    """GIVEN the ruled order
    THEN each character of the text layer stands where pdfplumber puts it (top-left origin), within
    single precision, and a page's rules give the same edges."""
    import io

    import pdfplumber

    data = ruled_pdf()
    layer = text_layer.read_pages(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for ours, theirs in zip(layer, pdf.pages, strict=True):
            assert ours.bbox == pytest.approx(theirs.bbox)
            mine = [c for c in ours.chars if c["text"] != " "]
            reference = [c for c in theirs.chars if c["text"] != " "]
            assert [c["text"] for c in mine] == [c["text"] for c in reference]
            for a, b in zip(mine, reference, strict=True):
                for key in ("x0", "x1", "top", "bottom", "size"):
                    assert a[key] == pytest.approx(b[key], abs=1e-3), key

            def edges(page: Any) -> list[tuple[Any, ...]]:
                return sorted((e["orientation"], round(e["x0"], 2), round(e["top"], 2), round(e["x1"], 2),
                               round(e["bottom"], 2)) for e in page.edges if e.get("orientation"))

            assert edges(ours) == edges(theirs)


def test_a_file_pdfium_cannot_open_is_tried_with_pdfplumber_and_fails_as_before():
    """GIVEN bytes that start like a PDF and are not one
    THEN the extractor says it could not read the PDF (no crash), as it did before."""
    extraction = extract_pdf(b"%PDF-1.4\nnot really a pdf", 0)
    assert extraction.error is not None and extraction.error.startswith("could not read PDF")
