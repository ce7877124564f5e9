"""Renderers that turn a PO dict into PDF / XLSX / CSV bytes (also used for email attachments).

PO dict keys: buyer (list of lines), po, date (as printed), req (as printed or None),
ship (list of lines), bill (list of lines or None), vendor (list of lines), terms, notes,
cols: which columns to print, lines: list of dicts {part, item, desc, qty, uom, price}.
"""
import io
import re
import textwrap
import random

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer

from masterdata import SELLER
from reportlab import rl_config

rl_config.invariant = 1  # reproducible PDFs (fixed dates/ids)

VENDOR = [SELLER["name"], SELLER["street"], f"{SELLER['city']}, {SELLER['region']} {SELLER['postal_code']}",
          SELLER["phone"], SELLER["orders"]]


def money(x):
    return f"${x:,.2f}"


def _amount(l):
    return l["qty"] * l["price"] if l.get("price") is not None else None


def pdf_boxed(po):
    """Title + buyer block, vendor/ship-to boxes, fully gridded line table."""
    buf = io.BytesIO()
    st = getSampleStyleSheet()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.6 * inch, title=f"PO {po['po']}")
    el = [Paragraph("<b>" + "<br/>".join(po["buyer"]) + "</b>", st["Normal"]), Spacer(1, 8),
          Paragraph("<font size=18><b>PURCHASE ORDER</b></font>", st["Title"]), Spacer(1, 6)]
    info = [["PO Number", po["po"], "PO Date", po["date"]],
            ["Required By", po.get("req") or "", "Terms", po.get("terms", "Net 30")]]
    t = Table(info, colWidths=[1.1 * inch, 2.3 * inch, 1.1 * inch, 2.3 * inch])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                           ("BACKGROUND", (0, 0), (0, -1), colors.lightgrey),
                           ("BACKGROUND", (2, 0), (2, -1), colors.lightgrey)]))
    el += [t, Spacer(1, 8)]
    box = Table([["VENDOR", "SHIP TO"], ["\n".join(po["vendor"]), "\n".join(po["ship"])]],
                colWidths=[3.4 * inch, 3.4 * inch])
    box.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.7, colors.black), ("BOX", (1, 0), (1, -1), 0.7, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [box, Spacer(1, 10)]
    el += [_line_table(po, grid=True), Spacer(1, 8)]
    if po.get("notes"):
        el.append(Paragraph("Notes: " + po["notes"], st["Normal"]))
    el.append(Spacer(1, 20))
    el.append(Paragraph("Authorized by: " + po.get("signer", "________________"), st["Normal"]))
    doc.build(el)
    return buf.getvalue()


def _line_table(po, grid):
    cols = po.get("cols", ["line", "part", "item", "desc", "qty", "uom", "price", "amount"])
    heads = {"line": "Ln", "part": "Our Part #", "item": "Vendor Item", "desc": "Description",
             "qty": "Qty", "uom": "UOM", "price": "Unit Price", "amount": "Amount"}
    heads.update(po.get("heads", {}))
    data = [[heads[c] for c in cols]]
    total = 0.0
    st = getSampleStyleSheet()["BodyText"]
    st.fontSize = 8
    st.leading = 9.5
    for i, l in enumerate(po["lines"], 1):
        row = []
        for c in cols:
            if c == "line":
                row.append(str(i))
            elif c == "desc":
                row.append(Paragraph(l["desc"], st))
            elif c == "qty":
                q = l["qty"]
                row.append(str(int(q)) if float(q).is_integer() else str(q))
            elif c == "price":
                row.append(money(l["price"]) if l.get("price") is not None else "")
            elif c == "amount":
                a = _amount(l)
                row.append(money(a) if a is not None else "")
                total += a or 0
            else:
                row.append(l.get(c) or "")
        data.append(row)
    if "amount" in cols:
        for label, val in po.get("extras", []):
            data.append([""] * (len(cols) - 2) + [label, money(val)])
            total += val
        data.append([""] * (len(cols) - 2) + ["TOTAL", money(total)])
    widths = {"line": 0.35, "part": 0.95, "item": 1.15, "desc": 2.55, "qty": 0.5, "uom": 0.45,
              "price": 0.8, "amount": 0.85}
    t = Table(data, colWidths=[widths[c] * inch for c in cols], repeatRows=1)
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)]
    if grid:
        style += [("GRID", (0, 0), (-1, len(po["lines"])), 0.5, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    t.setStyle(TableStyle(style))
    return t


def pdf_side(po):
    """Canvas layout: buyer logo text left, PO info box right, bill-to / ship-to side by side,
    unruled line table."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    W, H = letter
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 50, po["buyer"][0])
    c.setFont("Helvetica", 9)
    y = H - 64
    for s in po["buyer"][1:]:
        c.drawString(40, y, s)
        y -= 11
    c.rect(W - 230, H - 120, 190, 80)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(W - 222, H - 56, "PURCHASE ORDER")
    c.setFont("Helvetica", 9)
    c.drawString(W - 222, H - 74, f"P.O. #:  {po['po']}")
    c.drawString(W - 222, H - 88, f"Date:  {po['date']}")
    if po.get("req"):
        c.drawString(W - 222, H - 102, f"Deliver By:  {po['req']}")
    y0 = H - 160
    blocks = [("TO (VENDOR):", po["vendor"]), ("SHIP TO:", po["ship"])]
    if po.get("bill"):
        blocks.insert(1, ("BILL TO:", po["bill"]))
    x = 40
    for title, lines in blocks:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y0, title)
        c.setFont("Helvetica", 9)
        yy = y0 - 12
        for s in lines:
            for part in textwrap.wrap(s, 34):
                c.drawString(x, yy, part)
                yy -= 11
        x += 180
    y = y0 - 95
    cols = [("Item #", 40), ("Description", 130), ("Qty", 400), ("Unit", 440), ("Price", 480), ("Ext.", 540)]
    c.setFont("Helvetica-Bold", 9)
    for n, xx in cols:
        c.drawString(xx, y, n)
    c.line(40, y - 3, W - 30, y - 3)
    c.setFont("Helvetica", 8.5)
    y -= 16
    total = 0
    for l in po["lines"]:
        c.drawString(40, y, l.get("item") or l.get("part") or "")
        c.drawString(130, y, l["desc"][:58])
        c.drawRightString(420, y, f"{l['qty']:g}")
        c.drawString(440, y, l["uom"])
        if l.get("price") is not None:
            c.drawRightString(520, y, f"{l['price']:.2f}")
            c.drawRightString(580, y, f"{_amount(l):,.2f}")
            total += _amount(l)
        y -= 14
    c.line(40, y + 4, W - 30, y + 4)
    for label, val in po.get("extras", []):
        y -= 12
        c.drawString(440, y, label)
        c.drawRightString(580, y, f"{val:,.2f}")
        total += val
    y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(440, y, "Total")
    c.drawRightString(580, y, f"{total:,.2f}")
    c.setFont("Helvetica", 8.5)
    y -= 30
    if po.get("notes"):
        c.drawString(40, y, "Notes: " + po["notes"])
        y -= 14
    c.drawString(40, y, "Approved: " + po.get("signer", ""))
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_mono(po, text):
    """A 'scanned' dot-matrix style print: Courier on grey paper, slightly skewed, with specks."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    W, H = letter
    rnd = random.Random(17)
    c.setFillColor(colors.Color(0.93, 0.92, 0.89))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.Color(0.55, 0.55, 0.55))
    for _ in range(160):
        c.circle(rnd.uniform(0, W), rnd.uniform(0, H), rnd.uniform(0.2, 0.9), fill=1, stroke=0)
    c.saveState()
    c.translate(30, H - 40)
    c.rotate(-0.6)
    c.setFillColor(colors.Color(0.12, 0.12, 0.14))
    c.setFont("Courier", 9)
    y = 0
    for s in text.splitlines():
        c.drawString(0, y, s)
        y -= 11.5
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def xlsx_form(header_rows, table_head, table_rows, title=None, widths=None, sheet="Order Form",
              extra_sheets=()):
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    if title:
        ws.cell(r, 1, title).font = Font(bold=True, size=14)
        r += 2
    for row in header_rows:
        for j, v in enumerate(row, 1):
            ws.cell(r, j, v)
        ws.cell(r, 1).font = Font(bold=True)
        r += 1
    r += 1
    for j, v in enumerate(table_head, 1):
        cell = ws.cell(r, j, v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
    r += 1
    for row in table_rows:
        for j, v in enumerate(row, 1):
            ws.cell(r, j, v)
        r += 1
    for i, w in enumerate(widths or [], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    for name, rows in extra_sheets:
        ws2 = wb.create_sheet(name)
        for row in rows:
            ws2.append(row)
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
    wb.properties.creator = "Microsoft Excel"
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed timestamps so builds are byte-for-byte reproducible
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", body)
            z.writestr(zi, body)
    return out.getvalue()
