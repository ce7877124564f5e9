"""Purchase-order documents several extractor tests read: one order (three lines, PO number, date) as a
ruled PDF table (reportlab) and as an unruled one (fpdf2), and the lines every reading must give."""

from __future__ import annotations

import io
from decimal import Decimal

from fpdf import FPDF
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

ROWS = [
    ["SKU", "Description", "Qty", "UoM", "Unit Price", "Amount"],
    ["GLV-NIT-L-BLU", "Nitrile gloves, blue, size L, box of 100", "10", "BX", "8.40", "84.00"],
    ["TAPE-48-CLR", "Packing tape 48 mm x 66 m, clear", "5", "CS", "61.20", "306.00"],
    ["CUP-12-WHT", "Paper cup 12oz, white", "2", "CS", "24.50", "49.00"],
]

# (item code, quantity, unit, unit price) of each line read from ROWS, whatever the format.
WANTED = [
    ("GLV-NIT-L-BLU", Decimal("10"), "BX", Decimal("8.40")),
    ("TAPE-48-CLR", Decimal("5"), "CS", Decimal("61.20")),
    ("CUP-12-WHT", Decimal("2"), "CS", Decimal("24.50")),
]


def sheet_bytes(rows: list[list[object]]) -> bytes:
    """An .xlsx workbook whose one sheet holds these rows, as a buyer's spreadsheet would."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def ruled_pdf() -> bytes:
    """ROWS in a gridded table under a title, PO number and order date, with subtotal and tax rows."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1)
    styles = getSampleStyleSheet()
    table = Table(ROWS + [["", "Subtotal", "", "", "", "439.00"], ["", "Tax", "", "", "", "0.00"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([Paragraph("Purchase Order", styles["Title"]),
               Paragraph("PO Number: 4500012345", styles["Normal"]),
               Paragraph("Order Date: 2026-11-20", styles["Normal"]), table])
    return buf.getvalue()


def unruled_pdf() -> bytes:
    """ROWS as text at fixed x positions, no lines drawn, under a PO number and a German-style date."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "PURCHASE ORDER   PO #: PO-77812")
    pdf.text(20, 27, "Order Date: 20.11.2026")
    xs = [20, 55, 140, 152, 168, 186]
    y = 45
    for row in ROWS:
        for x, cell in zip(xs, row, strict=True):
            pdf.text(x, y, cell if len(cell) < 40 else cell[:38])
        y += 7
    pdf.text(140, y + 7, "Total: 439.00")
    return bytes(pdf.output())


# Typed forms whose text objects draw runs of spaces inside one string, as typewriter-style ERP and
# accounting prints align their columns. PDFium's text page keeps one space of such a run (it collapses
# every space after a space within a line); pdfminer keeps them all. Each form is one page of PDF
# operators in the standard fonts, so the content is exactly what the test means it to be.
_FONTS = {"F1": "Courier", "F2": "Helvetica", "F3": "Times-Roman"}


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _show(font: str, size: float, x: float, y: float, text: str | list[str | float]) -> str:
    """One text object: a string (Tj) or a TJ array of strings and kerning numbers."""
    if isinstance(text, str):
        shown = f"({_escaped(text)}) Tj"
    else:
        shown = "[" + " ".join(f"({_escaped(t)})" if isinstance(t, str) else f"{t:g}" for t in text) + "] TJ"
    return f"BT /{font} {size:g} Tf {x:g} {y:g} Td {shown} ET"


def _one_page_pdf(operators: list[str], font_entries: str = "") -> bytes:
    """A one-page letter-size PDF drawing `operators` with the standard fonts of _FONTS (each font's
    dictionary given `font_entries` too)."""
    content = "\n".join(operators).encode("latin-1")
    fonts = " ".join(f"/{name} {4 + i} 0 R" for i, name in enumerate(_FONTS))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << {fonts} >> >> "
               f"/Contents {4 + len(_FONTS)} 0 R >>".encode()]
    objects += [f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding {font_entries}>>".encode()
                for base in _FONTS.values()]
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % at for at in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def spaced_form_pdfs() -> dict[str, bytes]:
    """Typed purchase orders whose columns are aligned with runs of spaces drawn inside text objects:
    in Courier and in Helvetica (one string per line), in a small font where a space is narrower than
    the words' gap, with the runs split between two text objects, after TJ kerning, and with the
    typed values drawn over a label's run of spaces (a filled-in form)."""
    def lines(font: str, size: float, rows: list[str], x: float = 54, top: float = 720,
              step: float = 14) -> list[str]:
        return [_show(font, size, x, top - i * step, row) for i, row in enumerate(rows)]

    typed = ["PURCHASE ORDER          PO Number:  PO-55120",
             "Order Date:  11/20/2026       Terms:  Net 30",
             "",
             "Qty      Description                  UoM      Price      Amount",
             "10       Nitrile gloves, blue L       BX        8.40       84.00",
             "5        Packing tape 48 mm clear     CS       61.20      306.00",
             "2        Paper cup 12oz white         CS       24.50       49.00",
             "",
             "                                       Total:            439.00"]
    forms = {"courier": _one_page_pdf(lines("F1", 10, typed)),
             "helvetica": _one_page_pdf(lines("F2", 10, typed)),
             "times-small": _one_page_pdf(lines("F3", 6, typed, step=8))}
    # The runs split between text objects: one ends in spaces, the next starts with them.
    split = [_show("F2", 10, 54, 720, "PO Number:   "), _show("F2", 10, 113.37, 720, "   PO-55121"),
             _show("F1", 9, 54, 700, "Qty     "), _show("F1", 9, 97.2, 700, "    Description     "),
             _show("F1", 9, 205.2, 700, "   Price")]
    split += lines("F1", 9, ["4      Hex bolt M8 x 40          12.00",
                             "12     Washer M8 zinc             0.40"], top=686, step=12)
    forms["split-objects"] = _one_page_pdf(split)
    # TJ arrays: kerning between letters, kerning before a run of spaces (where PDFium puts a space of
    # its own and then drops the drawn ones), in a size where a space is under three points.
    kerned = [_show("F2", 10, 54, 720, ["P", 60, "URCHASE ORDER", -2000, "PO Number:", -300, "   PO-55122"]),
              _show("F2", 10, 54, 700, ["Qty", -2500, "Description", -400, "      ", "Price"]),
              _show("F2", 6, 54, 688, ["3", -300, "   ", "EA", -350, "    Drum pump", 120, "   45.00"]),
              _show("F2", 6, 54, 680, ["1", -300, "   ", "BX", -350, "    Gasket set", 120, "   12.50"]),
              _show("F1", 10, 54, 660, ["Total:", -600, "     ", "57.50"])]
    forms["tj-kerning"] = _one_page_pdf(kerned)
    # A filled-in form: the label line pads with spaces, the typed values are drawn over them.
    filled = [_show("F1", 10, 54, 720, "PO Number:                      Date:                "),
              _show("F2", 10, 126, 720, "PO-55123"), _show("F2", 10, 330, 720, "11/20/2026"),
              _show("F1", 10, 54, 690, "Qty        Unit       Description                         Price"),
              _show("F1", 10, 54, 676, "                                                              "),
              _show("F2", 10, 56, 676, "25"), _show("F2", 10, 120, 676, "EA"),
              _show("F2", 10, 186, 676, "Safety glasses clear"), _show("F2", 10, 426, 676, "3.15"),
              _show("F1", 10, 54, 662, "8          CS         Shop towels                          19.99")]
    forms["filled-in"] = _one_page_pdf(filled)
    return forms


def undefined_code_pdf() -> bytes:
    """A line in Helvetica (WinAnsiEncoding) with a bullet (0x95) and codes the encoding leaves undefined
    (0x7F, 0x81, 0x8D): PDFium reads them all as bullets, pdfminer the undefined ones as "(cid:N)"."""
    return _one_page_pdf([_show("F2", 10, 54, 720, "PO Number: PO-55124"),
                          _show("F2", 10, 54, 700, "Note \x7f deliver to dock 3 \x95 call ahead \x81\x8d"),
                          _show("F1", 10, 54, 680, "Qty   Description          Price"),
                          _show("F1", 10, 54, 666, "4     Pallet wrap 18in     22.00")])


def euro_split_pdf() -> bytes:
    """Prices in Courier drawn as "€" and the amount in two strings of one text block: the Adobe metrics
    pdfminer ships for Courier have no "€" (it gives it no width and draws the amount on from there), PDFium
    gives it a glyph's width."""
    return _one_page_pdf([_show("F2", 10, 54, 720, "PO Number: PO-55126"),
                          _show("F1", 10, 54, 700, "Qty  Description          Price"),
                          "BT /F1 10 Tf 54 686 Td (2    Oat drink barista   \200) Tj (13.20) Tj ET",
                          "BT /F1 10 Tf 54 672 Td (4    Paper cups 12oz     \200) Tj (54.00) Tj ET"])


def own_widths_pdf() -> bytes:
    """A typed order in the standard fonts whose dictionaries give widths of their own (/Widths, every
    glyph 500 units), as some ERP prints do: PDFium places the glyphs by those widths, pdfminer by the
    Adobe metrics it ships for a font of that name."""
    widths = "/FirstChar 32 /LastChar 255 /Widths [" + " ".join(["500"] * 224) + "] "
    return _one_page_pdf([_show("F2", 10, 54, 720, "PURCHASE ORDER   PO Number: PO-55125"),
                          _show("F2", 9, 54, 700, ["Qty", -1200, "Description", -3000, "Unit Price"]),
                          _show("F1", 9, 54, 688, "3     Steel shelving unit 48in      129.00"),
                          _show("F3", 9, 54, 676, "12    Bin, stackable, blue            4.75")], widths)
