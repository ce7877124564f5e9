"""Attachment / bare-file builders: PDFs (several layouts), XLSX, CSV."""
import io, csv
from reportlab.lib.pagesizes import letter, A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfgen import canvas
from fpdf import FPDF
import openpyxl
from openpyxl.styles import Font, PatternFill

def pdf_layout_a(title_org, org_addr, po, po_date, req_date, bill_to, ship_to, vendor,
                 header, rows, totals, notes="", pagesize=letter, currency_note=""):
    """Formal PO, platypus: two address blocks side by side, grid table."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36,
                            title=f"Purchase Order {po}", author=title_org)
    ss = getSampleStyleSheet(); s = ss["Normal"]; s.fontSize = 9; s.leading = 11
    el = []
    top = Table([[Paragraph(f"<b><font size=14>{title_org}</font></b><br/>{org_addr}", s),
                  Paragraph(f"<b><font size=16>PURCHASE ORDER</font></b><br/><br/>PO Number: <b>{po}</b><br/>PO Date: {po_date}"
                            + (f"<br/>Required By: {req_date}" if req_date else ""), s)]], colWidths=[300, 230])
    el += [top, Spacer(1, 12)]
    blocks = Table([[Paragraph("<b>VENDOR</b><br/>" + vendor, s), Paragraph("<b>BILL TO</b><br/>" + bill_to, s),
                     Paragraph("<b>SHIP TO</b><br/>" + ship_to, s)]], colWidths=[177, 177, 177])
    blocks.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [blocks, Spacer(1, 14)]
    data = [header] + [[Paragraph(str(c), s) if i == 2 else str(c) for i, c in enumerate(r)] for r in rows] + totals
    widths = {7: [30, 70, 190, 60, 35, 35, 60, 60][:len(header)]}.get(len(header))
    if len(header) == 7: widths = [28, 72, 200, 40, 40, 70, 75]
    if len(header) == 6: widths = [28, 80, 230, 40, 70, 80]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, len(rows)), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ALIGN", (3, 1), (-1, -1), "RIGHT")]))
    el += [t, Spacer(1, 12)]
    if currency_note: el.append(Paragraph(currency_note, s))
    if notes: el.append(Paragraph(notes, s))
    doc.build(el)
    return buf.getvalue()

def pdf_layout_b(lines_spec):
    """Landscape A4 drawn directly on canvas: letterhead left, meta right, ruled lines. lines_spec is a dict."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    W, H = landscape(A4)
    d = lines_spec
    c.setTitle(d["title"])
    c.setFillColorRGB(0.1, 0.2, 0.45); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 20); c.drawString(30, H - 42, d["org"])
    c.setFont("Helvetica", 9); c.drawString(30, H - 58, d["org_line"])
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 16); c.drawString(30, H - 105, d["doc_title"])
    y = H - 130
    c.setFont("Helvetica", 10)
    for k, v in d["meta"]:
        c.drawString(W - 300, y + 25, f"{k}"); c.drawString(W - 170, y + 25, v); y -= 14
    y2 = H - 130
    for ln in d["left_block"]:
        c.drawString(30, y2, ln); y2 -= 13
    y = min(y, y2) - 20
    cols = d["cols"]  # list of (title, x, align)
    c.setFont("Helvetica-Bold", 9)
    c.line(30, y + 12, W - 30, y + 12)
    for title, x, al in cols:
        (c.drawRightString if al == "R" else c.drawString)(x, y, title)
    c.line(30, y - 4, W - 30, y - 4); y -= 18
    c.setFont("Helvetica", 9)
    for r in d["rows"]:
        for (title, x, al), v in zip(cols, r):
            (c.drawRightString if al == "R" else c.drawString)(x, y, str(v))
        y -= 15
    c.line(30, y + 8, W - 30, y + 8)
    for ln in d.get("footer", []):
        y -= 14; c.drawString(30, y, ln)
    c.showPage(); c.save()
    return buf.getvalue()

def pdf_layout_c(text_lines, title="PO"):
    """Monospace system print-out (fpdf, Courier)."""
    p = FPDF(orientation="P", unit="mm", format="Letter")
    p.set_title(title); p.add_page(); p.set_font("Courier", size=9)
    for ln in text_lines:
        p.cell(0, 4.2, ln.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def pdf_layout_d(org, subtitle, meta, addr_blocks, header, widths, rows, footer, fmt="Letter"):
    """fpdf form: grey header band, key/value meta, address boxes, bordered cell table."""
    p = FPDF(orientation="P", unit="mm", format=fmt)
    p.set_title(subtitle); p.add_page()
    p.set_fill_color(230, 230, 230); p.set_font("Helvetica", "B", 15)
    p.cell(0, 11, org, border=0, fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10); p.cell(0, 6, subtitle, new_x="LMARGIN", new_y="NEXT"); p.ln(3)
    for k, v in meta:
        p.set_font("Helvetica", "B", 9); p.cell(38, 5, k)
        p.set_font("Helvetica", "", 9); p.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    x0 = p.get_x(); y0 = p.get_y(); bw = (p.w - 2 * p.l_margin) / len(addr_blocks)
    maxh = 0
    for i, (t, lines) in enumerate(addr_blocks):
        p.set_xy(x0 + i * bw, y0); p.set_font("Helvetica", "B", 9); p.cell(bw - 3, 5, t, border="B", new_x="LEFT", new_y="NEXT")
        p.set_font("Helvetica", "", 9)
        for ln in lines:
            p.set_x(x0 + i * bw); p.cell(bw - 3, 4.5, ln, new_x="LEFT", new_y="NEXT")
        maxh = max(maxh, p.get_y() - y0)
    p.set_xy(x0, y0 + maxh + 5)
    p.set_font("Helvetica", "B", 8)
    for h, w in zip(header, widths): p.cell(w, 6, h, border=1, align="C", fill=True)
    p.ln(6); p.set_font("Helvetica", "", 8)
    for r in rows:
        for i, (v, w) in enumerate(zip(r, widths)):
            p.cell(w, 6, str(v), border=1, align="L" if i in (1, 2) else "R" if i >= len(r) - 2 else "C")
        p.ln(6)
    p.ln(3); p.set_font("Helvetica", "", 9)
    for ln in footer: p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def xlsx(sheets):
    """sheets: list of (title, rows, bold_rows, col_widths)"""
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for title, rows, bold_rows, widths in sheets:
        ws = wb.create_sheet(title)
        for r in rows: ws.append(list(r))
        for i in bold_rows:
            for cell in ws[i]:
                cell.font = Font(bold=True)
                if cell.value is not None and i == bold_rows[-1]:
                    cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for i, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    buf = io.BytesIO(); wb.save(buf); return buf.getvalue()

def csv_bytes(rows, delim=","):
    s = io.StringIO(); w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows: w.writerow(r)
    return s.getvalue().encode("utf-8")
