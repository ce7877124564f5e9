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
from collections.abc import Collection, Iterator
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


def _render(data: bytes, folder: Path, only: Collection[int] | None = None) -> tuple[list[tuple[Path, float]], int]:
    """Each page (up to MAX_OCR_PAGES; only the indexes in `only` when given) as a grey PNG in `folder`,
    with its pixels per PDF point; and how many pages were left out. Under the process's PDFium lock,
    released before OCR runs."""
    import pypdfium2

    images: list[tuple[Path, float]] = []
    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(data)
        try:
            wanted = [i for i in range(len(pdf)) if only is None or i in only]
            total = len(wanted)
            for index in wanted[:MAX_OCR_PAGES]:
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


def read_pages(data: bytes, only: Collection[int] | None = None) -> OcrPages:
    """The words on each page of a scanned PDF (only the page indexes in `only` when given: the pages of
    a document that have no text layer); an error value when there is no engine or it fails."""
    if engine() is None:
        return OcrPages(error="no OCR engine installed")
    with tempfile.TemporaryDirectory(prefix="order-intake-ocr-") as tmp:
        try:
            images, skipped = _render(data, Path(tmp), only)
        except Exception as exc:  # a PDF pdfplumber opened but pdfium refuses: this document's error only
            return OcrPages(error=f"could not render the scan: {type(exc).__name__}: {exc}")
        result = _read_images(images)
    result.pages_skipped = skipped
    return result


# Image files a buyer attaches instead of a PDF: a phone photo or a scanner's TIFF of the order.
IMAGE_TYPES = ("image/jpeg", "image/png", "image/tiff", "image/x-tiff")
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "tif", "tiff")
# An image says nothing about how big the paper was; without a resolution, its width is taken as a
# letter page's (612 points), so words come back at about the size they are in a PDF.
_PAGE_WIDTH_PT = 612.0


def read_image(data: bytes) -> OcrPages:
    """The words of an image file (each frame of a multi-page TIFF a page), in points as for a PDF page;
    an error value when there is no engine, the image cannot be opened, or OCR fails."""
    if engine() is None:
        return OcrPages(error="no OCR engine installed")
    from PIL import Image, ImageSequence

    with tempfile.TemporaryDirectory(prefix="order-intake-ocr-") as tmp:
        images: list[tuple[Path, float]] = []
        skipped = 0
        try:
            Image.MAX_IMAGE_PIXELS = 4 * MAX_PIXELS  # refused beyond (a decompression bomb), shrunk below
            with Image.open(io.BytesIO(data)) as opened:
                for index, frame in enumerate(ImageSequence.Iterator(opened)):
                    if index >= MAX_OCR_PAGES:
                        skipped += 1
                        continue
                    page = frame.convert("L")
                    if page.width * page.height > MAX_PIXELS:
                        shrink = (MAX_PIXELS / (page.width * page.height)) ** 0.5
                        page = page.resize((max(1, int(page.width * shrink)), max(1, int(page.height * shrink))))
                    dpi = frame.info.get("dpi")
                    scale = (float(dpi[0]) / 72.0 * page.width / frame.width if dpi and float(dpi[0]) > 1
                             else page.width / _PAGE_WIDTH_PT)
                    path = Path(tmp) / f"page-{index}.png"
                    page.save(path)
                    images.append((path, scale))
        except Exception as exc:  # a damaged or hostile image: this document's error only
            return OcrPages(error=f"could not open the image: {type(exc).__name__}: {exc}")
        result = _read_images(images)
    result.pages_skipped = skipped
    return result


def _read_images(images: list[tuple[Path, float]]) -> OcrPages:
    """Tesseract over each page image, within the time limits."""
    command = engine()
    if command is None:
        return OcrPages(error="no OCR engine installed")
    result = OcrPages()
    deadline = time.monotonic() + DOCUMENT_TIMEOUT_S
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
