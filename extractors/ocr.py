"""Optional OCR for PDF pages with no text layer: Tesseract, when the machine has it, never required.

A scanned purchase order is rendered page by page (pypdfium2) and read by the `tesseract` command;
its words come back with their boxes in PDF points, the same shape pdfplumber gives, so the PDF
extractor reads them with its usual table and header rules. Without Tesseract, `read_pages` says
so and the scan goes to review as "scanned document, no text", as before.

Tesseract runs as a child process with a time limit per page, so a hostile or huge scan costs time
on that document only; pages beyond `MAX_OCR_PAGES` are not read (the order still goes to review).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

# Scans are read at 300 dpi, Tesseract's preferred resolution for print.
DPI = 300
MAX_OCR_PAGES = 20
PAGE_TIMEOUT_S = 60.0
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
    return engine() is not None


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


def read_pages(data: bytes) -> OcrPages:
    """The words on each page of a scanned PDF; an error value when there is no engine or it fails."""
    command = engine()
    if command is None:
        return OcrPages(error="no OCR engine installed")
    import pypdfium2

    scale = DPI / 72.0
    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception as exc:  # a PDF pdfplumber opened but pdfium refuses: an error on this document
        return OcrPages(error=f"could not render the scan: {type(exc).__name__}: {exc}")
    result = OcrPages()
    try:
        total = len(pdf)
        result.pages_skipped = max(0, total - MAX_OCR_PAGES)
        with tempfile.TemporaryDirectory(prefix="order-intake-ocr-") as tmp:
            for index in range(min(total, MAX_OCR_PAGES)):
                image_path = Path(tmp) / f"page-{index}.png"
                page = pdf[index]
                try:
                    page.render(scale=scale, grayscale=True).to_pil().save(image_path)
                finally:
                    page.close()
                try:
                    done = subprocess.run(
                        [command, str(image_path), "stdout", "-l", _languages(), "--psm", "6", "tsv"],
                        capture_output=True, text=True, timeout=PAGE_TIMEOUT_S, check=False,
                    )
                except subprocess.TimeoutExpired:
                    return OcrPages(error=f"OCR took longer than {PAGE_TIMEOUT_S:.0f} s on page {index + 1}")
                except OSError as exc:
                    return OcrPages(error=f"OCR engine failed to start: {exc}")
                if done.returncode != 0:
                    return OcrPages(error=f"OCR failed on page {index + 1}: {done.stderr.strip()[:200]}")
                result.pages.append(_words_from_tsv(done.stdout, scale))
    except Exception as exc:  # rendering a damaged page: this document's error, nothing else's
        return OcrPages(error=f"could not render the scan: {type(exc).__name__}: {exc}")
    finally:
        pdf.close()
    return result
