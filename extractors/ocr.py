"""Optional OCR for PDF pages with no text layer: Tesseract, when the machine has it, never required.

A scanned purchase order is rendered page by page (pypdfium2) and read by the `tesseract` command;
its words come back with their boxes in PDF points, the same shape pdfplumber gives, so the PDF
extractor reads them with its usual table and header rules. Without Tesseract, `read_pages` says
so and the scan goes to review as "scanned document, no text", as before.

Tesseract runs as a child process with a time limit per page and for the document, and a page is
rendered at most `MAX_PIXELS` large, so a hostile or huge scan costs bounded time and memory on that
document only; pages beyond `MAX_OCR_PAGES` are not read (the order still goes to review).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractors.pdfium import PDFIUM_LOCK

_ENABLED: ContextVar[bool] = ContextVar("ocr_enabled", default=True)

# Scans are read at 300 dpi, Tesseract's preferred resolution for print; a page bigger than A3 is
# rendered smaller, so that no page image passes MAX_PIXELS (a 200-inch page would need gigabytes).
DPI = 300
MAX_PIXELS = 40_000_000
MAX_OCR_PAGES = 20
PAGE_TIMEOUT_S = 60.0
DOCUMENT_TIMEOUT_S = 180.0
# The languages purchase orders here are written in; whichever of them are installed are used.
LANGUAGES = ("eng", "deu", "fra", "spa")


@dataclass
class OcrPages:
    """Words per page (pdfplumber's word shape: text, x0, x1, top, bottom, in PDF points), or why not."""

    pages: list[list[dict[str, Any]]] = field(default_factory=list)
    error: str | None = None
    pages_skipped: int = 0


@lru_cache(maxsize=1)
def engine() -> str | None:
    """The tesseract command, when installed."""
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def _languages() -> str:
    command = engine()
    if command is None:
        return "eng"
    try:
        listed = subprocess.run([command, "--list-langs"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return "eng"
    have = {ln.strip() for ln in listed.splitlines()[1:]}
    chosen = [lang for lang in LANGUAGES if lang in have]
    return "+".join(chosen) if chosen else "eng"


def available() -> bool:
    return engine() is not None and _ENABLED.get()


@contextmanager
def without_ocr() -> Iterator[None]:
    """Read documents without OCR in this block (the review screen re-reading a header for its
    boxes must not wait seconds a page for it)."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)


def _words_from_tsv(tsv: str, scale: float) -> list[dict[str, Any]]:
    """Tesseract's TSV rows of level 5 are words, with pixel boxes; empty and very doubtful ones are noise."""
    words: list[dict[str, Any]] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            conf = float(row["conf"])
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
        except (KeyError, TypeError, ValueError):
            continue
        if conf < 0:
            continue
        words.append({"text": text, "x0": left / scale, "x1": (left + width) / scale, "top": top / scale,
                      "bottom": (top + height) / scale, "conf": conf / 100.0})
    return words


def _render(data: bytes, folder: Path) -> tuple[list[tuple[Path, float]], int]:
    """Each page (up to MAX_OCR_PAGES) as a grey PNG in `folder`, with its pixels per PDF point; and how
    many pages were left out. Under the process's PDFium lock, released before OCR runs."""
    import pypdfium2

    images: list[tuple[Path, float]] = []
    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(data)
        try:
            total = len(pdf)
            for index in range(min(total, MAX_OCR_PAGES)):
                page = pdf[index]
                try:
                    width, height = page.get_size()
                    # (a hair under the cap: pdfium rounds each side up to whole pixels)
                    scale = min(DPI / 72.0, 0.999 * (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
                    path = folder / f"page-{index}.png"
                    page.render(scale=scale, grayscale=True).to_pil().save(path)
                finally:
                    page.close()
                images.append((path, scale))
        finally:
            pdf.close()
    return images, max(0, total - MAX_OCR_PAGES)


def read_pages(data: bytes) -> OcrPages:
    """The words on each page of a scanned PDF; an error value when there is no engine or it fails."""
    command = engine()
    if command is None:
        return OcrPages(error="no OCR engine installed")
    result = OcrPages()
    deadline = time.monotonic() + DOCUMENT_TIMEOUT_S
    with tempfile.TemporaryDirectory(prefix="order-intake-ocr-") as tmp:
        try:
            images, result.pages_skipped = _render(data, Path(tmp))
        except Exception as exc:  # a PDF pdfplumber opened but pdfium refuses: this document's error only
            return OcrPages(error=f"could not render the scan: {type(exc).__name__}: {exc}")
        for number, (image, scale) in enumerate(images, start=1):
            limit = min(PAGE_TIMEOUT_S, deadline - time.monotonic())
            if limit <= 0:
                return OcrPages(error=f"OCR took longer than {DOCUMENT_TIMEOUT_S:.0f} s; stopped before page {number}")
            try:
                done = subprocess.run(
                    [command, str(image), "stdout", "-l", _languages(), "--psm", "6", "tsv"],
                    capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=limit, check=False,
                )
            except subprocess.TimeoutExpired:
                return OcrPages(error=f"OCR took longer than {limit:.0f} s on page {number}")
            except OSError as exc:
                return OcrPages(error=f"OCR engine failed to start: {exc}")
            if done.returncode != 0:
                return OcrPages(error=f"OCR failed on page {number}: {done.stderr.strip()[:200]}")
            result.pages.append(_words_from_tsv(done.stdout, scale))
    return result
