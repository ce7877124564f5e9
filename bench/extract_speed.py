"""Benchmark: how long each extractor takes on documents of a given size (median of several runs).

    .venv/bin/python bench/extract_speed.py [--runs 7] [--json FILE]

Targets on this 2-core machine: a 1-page PDF <= 150 ms, a 20-page PDF <= 2 s, a 10,000-row xlsx
<= 2 s, a text email <= 20 ms. The 1-page PDF holds 25 lines under its title block; the 20-page PDF
exactly 20 pages of 30 lines (600), its table header repeated on each. Each PDF's result says its
pages and the lines read. Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors.registry import extract_part  # noqa: E402
from models.schemas import Part  # noqa: E402

LINES_PER_PAGE = 30
CATALOG = [line.split(",")[:2] for line in (REPO / "demo" / "catalog.csv").read_text().splitlines()[1:]]


def rows(count: int) -> list[list[str]]:
    return [[CATALOG[i % len(CATALOG)][0], CATALOG[i % len(CATALOG)][1][:40], str(1 + i % 17), "EA",
             f"{(i % 90) + 1.25:.2f}"] for i in range(count)]


def pdf(pages: int, lines_per_page: int) -> bytes:
    """A ruled order of exactly `pages` pages: the title block and a table on page 1, the table
    continued with its header repeated on each further page, `lines_per_page` lines on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1)
    styles = getSampleStyleSheet()
    story: list[object] = [Paragraph("Purchase Order", styles["Title"]),
                           Paragraph("PO Number: 4500012345", styles["Normal"]),
                           Paragraph("Order Date: 2026-11-20", styles["Normal"])]
    lines = rows(pages * lines_per_page)
    for page in range(pages):
        table = Table([["SKU", "Description", "Qty", "UoM", "Unit Price"]]
                      + lines[page * lines_per_page:(page + 1) * lines_per_page])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        story += [table] if page == 0 else [PageBreak(), table]
    doc.build(story)
    data = buf.getvalue()
    made = page_count(data)
    if made != pages:  # a table that overflowed its page would make the label a lie
        raise SystemExit(f"the {pages}-page PDF came out with {made} pages; lower lines_per_page")
    return data


def page_count(data: bytes) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def xlsx(count: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["PO Number", "PO-1"])
    ws.append([])
    ws.append(["SKU", "Description", "Qty", "UoM", "Unit Price"])
    for row in rows(count):
        ws.append([row[0], row[1], int(row[2]), row[3], float(row[4])])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def email_text() -> bytes:
    body = "Hi team,\n\nPO Number: 4500012345\nOrder Date: November 20, 2026\n\n"
    body += "\n".join(f"{1 + i} x {CATALOG[i][0]}" for i in range(8))
    body += "\nplease also send 5 cases of the 12oz white paper hot cups\n\nThanks,\nJane Doe\nPurchasing\n"
    return body.encode()


def measure(make_part: Callable[[], Part], runs: int) -> dict[str, float]:
    part = make_part()
    extract_part(part)  # warm-up: imports, spaCy pipeline
    times = []
    cpu_times = []
    lines = 0
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        extraction = extract_part(part)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
        lines = len(extraction.lines)
    # CPU time beside wall time: on a machine other work is loading, it is what this code costs.
    result = {"median_ms": round(statistics.median(times) * 1000, 1),
              "cpu_median_ms": round(statistics.median(cpu_times) * 1000, 1), "lines": lines,
              "bytes": len(part.content)}
    if part.content.startswith(b"%PDF"):
        result["pages"] = page_count(part.content)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    # 30 table lines fill a page at this font size (a 31st would spill onto another page).
    one_page, twenty_pages, big_sheet = pdf(1, 25), pdf(20, LINES_PER_PAGE), xlsx(10_000)
    report = {
        "pdf_1_page": measure(lambda: Part(0, "attachment", "application/pdf", "po.pdf", one_page), args.runs),
        "pdf_20_pages": measure(lambda: Part(0, "attachment", "application/pdf", "po.pdf", twenty_pages),
                                max(3, args.runs // 2)),
        "xlsx_10000_rows": measure(lambda: Part(0, "attachment", "application/octet-stream", "po.xlsx", big_sheet),
                                   max(3, args.runs // 2)),
        "text_email": measure(lambda: Part(0, "body_text", "text/plain", None, email_text()), args.runs * 5),
    }
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
