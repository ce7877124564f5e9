"""PDF layouts. Each function returns PDF bytes. Several generators and styles on purpose,
so that the purchase orders do not share one template."""
import datetime as dt
import io

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer,
                                PageBreak, KeepTogether)
from fpdf import FPDF

from util import money

FIXED = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)
SS = getSampleStyleSheet()
P8 = ParagraphStyle("p8", parent=SS["Normal"], fontName="Helvetica", fontSize=8, leading=9.5)
P8B = ParagraphStyle("p8b", parent=P8, fontName="Helvetica-Bold")
P9 = ParagraphStyle("p9", parent=SS["Normal"], fontName="Helvetica", fontSize=9, leading=11)
P7 = ParagraphStyle("p7", parent=P8, fontSize=7, leading=8.5)


def _addr_par(title, lines, style=P8):
    return Paragraph(f"<b>{title}</b><br/>" + "<br/>".join(x.replace("&", "&amp;") for x in lines), style)


# --------------------------------------------------------------------------------------
# A: hospital ERP (platypus): PO box top right, Vendor | Bill To | Ship To side by side,
#    info strip, line table repeating its header, totals, page 2 terms.
# --------------------------------------------------------------------------------------
def hospital_erp(po):
    buf = io.BytesIO()

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawString(0.6 * inch, 0.45 * inch, f"{po['org']}  |  Supply Chain Services  |  PO {po['po_number']}")
        c.drawRightString(7.9 * inch, 0.45 * inch, f"Page {d.page} of {po['pages']}")
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=0.5 * inch, bottomMargin=0.7 * inch,
                            title=f"PO {po['po_number']}", author=po["org"])
    st = []
    head = Table([[Paragraph(f"<font size=15><b>{po['org']}</b></font><br/>{po['org_addr']}", P9),
                   Table([["PURCHASE ORDER", ""], ["PO Number", po["po_number"]], ["PO Date", po["po_date"]],
                          ["Revision", "0"]],
                         colWidths=[1.1 * inch, 1.3 * inch],
                         style=TableStyle([("SPAN", (0, 0), (1, 0)), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11),
                                           ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                                           ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                           ("INNERGRID", (0, 1), (-1, -1), 0.3, colors.grey),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef"))]))]],
                 colWidths=[4.9 * inch, 2.4 * inch])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [head, Spacer(1, 10)]
    blocks = Table([[_addr_par("VENDOR", po["vendor"]), _addr_par("BILL TO", po["bill_to"]),
                     _addr_par("SHIP TO", po["ship_to"])]], colWidths=[2.43 * inch] * 3)
    blocks.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.5, colors.black), ("BOX", (1, 0), (1, 0), 0.5, colors.black),
                                ("BOX", (2, 0), (2, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [blocks, Spacer(1, 8)]
    info = Table([list(po["info"].keys()), list(po["info"].values())], colWidths=[7.3 * inch / len(po["info"])] * len(po["info"]))
    info.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("FONT", (0, 1), (-1, 1), "Helvetica", 8),
                              ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    st += [info, Spacer(1, 10)]
    rows = [["Ln", "Item #", "Mfr / Vendor Cat #", "Description", "UOM", "Qty", "Unit Price", "Extended"]]
    for ln in po["lines"]:
        rows.append([str(ln["n"]), ln["item"], ln.get("vcat", ""), Paragraph(ln["desc"], P8), ln["uom"],
                     f"{ln['qty']:g}", f"{ln['price']:.4f}", money(ln["qty"] * ln["price"])])
    t = Table(rows, colWidths=[0.35, 0.85, 1.1, 2.55, 0.45, 0.5, 0.75, 0.75], repeatRows=1)
    t._argW = [w * inch for w in t._argW]
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                           ("ALIGN", (5, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 8)]
    sub = round(sum(l["qty"] * l["price"] for l in po["lines"]), 2)
    tot = Table([["Subtotal", money(sub)], ["Sales Tax (exempt 501(c)(3))", "0.00"], ["Freight", "0.00"],
                 ["TOTAL USD", money(sub)]], colWidths=[2.0 * inch, 1.0 * inch], hAlign="RIGHT")
    tot.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
                             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    st += [tot, Spacer(1, 10), Paragraph(po["note"], P8)]
    st += [PageBreak(), Paragraph("<b>TERMS AND CONDITIONS OF PURCHASE</b>", P9), Spacer(1, 6)]
    for i, para in enumerate(po["terms"], 1):
        st += [Paragraph(f"{i}. {para}", P7), Spacer(1, 3)]
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# B: construction ERP, drawn on a canvas by hand: three pages, cost codes, continued marks.
# --------------------------------------------------------------------------------------
def construction_erp(po):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(f"Purchase Order {po['po_number']}")
    W, H = letter
    per_page = po.get("per_page", 14)
    chunks = [po["lines"][i:i + per_page] for i in range(0, len(po["lines"]), per_page)]
    npages = len(chunks)
    for pi, chunk in enumerate(chunks, 1):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, H - 50, po["org"].upper())
        c.setFont("Helvetica", 8)
        y = H - 62
        for s in po["org_addr"]:
            c.drawString(40, y, s)
            y -= 10
        c.setFont("Helvetica-Bold", 18)
        c.drawRightString(W - 40, H - 52, "PURCHASE ORDER")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 40, H - 68, f"P.O. No.  {po['po_number']}")
        c.drawRightString(W - 40, H - 80, f"Date:  {po['po_date']}")
        c.drawRightString(W - 40, H - 92, f"Page {pi} of {npages}")
        if pi == 1:
            top = H - 130
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, top, "TO:")
            c.drawString(300, top, "DELIVER TO:")
            c.setFont("Helvetica", 8.5)
            for i, s in enumerate(po["vendor"]):
                c.drawString(60, top - 12 * (i + 1) + 12, s)
            for i, s in enumerate(po["ship_to"]):
                c.drawString(360, top - 12 * (i + 1) + 12, s)
            y = top - 70
            c.setFont("Helvetica", 8)
            for k, v in po["info"]:
                c.drawString(40, y, f"{k}:")
                c.drawString(130, y, v)
                y -= 11
            y -= 8
        else:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(40, H - 120, f"Continued from page {pi - 1} - P.O. {po['po_number']}")
            y = H - 140
        cols = [(40, "LINE"), (70, "COST CODE"), (130, "QTY"), (170, "UNIT"), (205, "DESCRIPTION"),
                (470, "UNIT COST"), (560, "AMOUNT")]
        c.setFillColor(colors.HexColor("#333333"))
        c.rect(36, y - 4, W - 72, 14, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 7.5)
        for x, lab in cols:
            if lab in ("UNIT COST", "AMOUNT"):
                c.drawRightString(x + 10, y, lab)
            else:
                c.drawString(x, y, lab)
        c.setFillColor(colors.black)
        y -= 18
        c.setFont("Helvetica", 8)
        for ln in chunk:
            c.drawString(44, y, f"{ln['n']:>3}")
            c.drawString(70, y, ln["cost_code"])
            c.drawRightString(158, y, f"{ln['qty']:g}")
            c.drawString(170, y, ln["uom"])
            c.drawString(205, y, ln["desc"])
            c.drawRightString(480, y, f"{ln['price']:.2f}")
            c.drawRightString(570, y, money(ln["qty"] * ln["price"]))
            y -= 13
            if ln.get("note"):
                c.setFont("Helvetica-Oblique", 7)
                c.drawString(215, y + 3, ln["note"])
                c.setFont("Helvetica", 8)
                y -= 8
            c.setStrokeColor(colors.lightgrey)
            c.line(40, y + 7, W - 40, y + 7)
        c.setStrokeColor(colors.black)
        if pi < npages:
            c.setFont("Helvetica-Oblique", 8)
            c.drawRightString(W - 40, y - 10, "*** Continued on next page ***")
        else:
            sub = round(sum(l["qty"] * l["price"] for l in po["lines"]), 2)
            tax = round(sub * po.get("tax_rate", 0), 2)
            y -= 10
            c.setFont("Helvetica", 9)
            for lab, val in (("Subtotal", sub), (po.get("tax_label", "Tax"), tax), ("Total", sub + tax)):
                c.drawRightString(480, y, lab)
                c.drawRightString(570, y, money(val))
                y -= 13
            y -= 10
            c.setFont("Helvetica", 7.5)
            for s in po["footer"]:
                c.drawString(40, y, s)
                y -= 10
            c.line(40, 80, 240, 80)
            c.drawString(40, 70, "Authorized Signature")
        c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# C: small-business accounting (fpdf2), QuickBooks-like.
# --------------------------------------------------------------------------------------
class _F(FPDF):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, 18)


def quickbooks(po):
    pdf = _F(format="Letter", unit="mm")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(120, 7, po["org"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for s in po["org_addr"]:
        pdf.cell(120, 4.5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(140, 12)
    pdf.set_font("Helvetica", "", 20)
    pdf.cell(60, 10, "Purchase Order", align="R")
    pdf.set_xy(145, 26)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(27, 5, "DATE", border=1, align="C")
    pdf.cell(28, 5, "P.O. NO.", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(145)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(27, 6, po["po_date"], border=1, align="C")
    pdf.cell(28, 6, po["po_number"], border=1, align="C")
    y0 = 52
    for x, title, lines in ((12, "VENDOR", po["vendor"]), (110, "SHIP TO", po["ship_to"])):
        pdf.set_xy(x, y0)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(88, 5, title, border=1, fill=False, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.set_x(x)
        pdf.multi_cell(88, 4.6, "\n".join(lines), border=1)
    pdf.set_xy(12, 90)
    heads = [("ITEM", 32), ("DESCRIPTION", 86), ("QTY", 16), ("RATE", 25), ("AMOUNT", 30)]
    pdf.set_font("Helvetica", "", 8)
    for h, w in heads:
        pdf.cell(w, 6, h, border=1, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for ln in po["lines"]:
        pdf.set_x(12)
        pdf.cell(32, 6, ln["item"], border="LR")
        pdf.cell(86, 6, ln["desc"], border="LR")
        pdf.cell(16, 6, f"{ln['qty']:g}", border="LR", align="R")
        pdf.cell(25, 6, money(ln["price"]), border="LR", align="R")
        pdf.cell(30, 6, money(ln["qty"] * ln["price"]), border="LR", align="R")
        pdf.ln()
    for _ in range(max(0, 12 - len(po["lines"]))):
        pdf.set_x(12)
        for h, w in heads:
            pdf.cell(w, 6, "", border="LR")
        pdf.ln()
    pdf.set_x(12)
    pdf.cell(159, 7, "Total", border=1, align="R")
    pdf.cell(30, 7, "$" + money(sum(l["qty"] * l["price"] for l in po["lines"])), border=1, align="R")
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(189, 4.5, po["memo"])
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------
# D: OEM MRP purchase order (fpdf2): part/rev columns, per-line due dates, two pages.
# --------------------------------------------------------------------------------------
class _MRP(_F):
    po = None

    def header(self):
        po = self.po
        self.set_font("Courier", "B", 11)
        self.cell(0, 5, f"{po['org'].upper()}  -  PURCHASE ORDER", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Courier", "", 8)
        self.cell(0, 4, f"PO: {po['po_number']}   REV: {po['rev']}   ISSUED: {po['po_date']}   BUYER: {po['buyer']}",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"SUPPLIER: {po['supplier_code']} {po['vendor'][0]}", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Courier", "", 7)
        self.cell(0, 4, f"{self.po['po_number']}  Page {self.page_no()}/{{nb}}  Printed {self.po['po_date']}", align="C")


def mrp(po):
    pdf = _MRP(format="Letter", unit="mm")
    pdf.po = po
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Courier", "", 8)
    pdf.multi_cell(95, 3.8, "SHIP TO:\n" + "\n".join(po["ship_to"]), border=1, new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(95, 3.8, "INVOICE TO:\n" + "\n".join(po["bill_to"]), border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for k, v in po["info"]:
        pdf.cell(40, 4, k)
        pdf.cell(0, 4, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    widths = [9, 30, 10, 62, 14, 10, 20, 20, 20]
    heads = ["LN", "PART NUMBER", "REV", "DESCRIPTION / SUPPLIER P/N", "QTY", "UM", "UNIT PR", "EXT", "DUE"]

    def head():
        pdf.set_font("Courier", "B", 7.5)
        for h, w in zip(heads, widths):
            pdf.cell(w, 5, h, border="B")
        pdf.ln()
        pdf.set_font("Courier", "", 7.5)

    head()
    for ln in po["lines"]:
        if pdf.get_y() > 245:
            pdf.add_page()
            head()
        vals = [f"{ln['n']:03d}", ln["part"], ln["rev"], ln["desc"], f"{ln['qty']:.2f}", ln["uom"],
                f"{ln['price']:.4f}", money(ln["qty"] * ln["price"]), ln["due"]]
        for v, w, i in zip(vals, widths, range(9)):
            pdf.cell(w, 4.2, v, align="R" if i in (4, 6, 7) else "L")
        pdf.ln()
        pdf.set_x(pdf.l_margin + 49)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(62, 3.8, f"SUPPLIER P/N: {ln['supplier_pn']}")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(5)
    sub = sum(l["qty"] * l["price"] for l in po["lines"])
    pdf.ln(2)
    pdf.set_font("Courier", "B", 8.5)
    pdf.cell(0, 5, f"TOTAL PO VALUE (USD): {money(sub)}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Courier", "", 7)
    pdf.multi_cell(0, 3.5, po["notes"])
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------
# E: municipal PO (canvas): fund / account strip, commodity codes, signature block, page 2.
# --------------------------------------------------------------------------------------
def city(po):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    W, H = letter
    c.setFont("Times-Bold", 16)
    c.drawCentredString(W / 2, H - 45, po["org"].upper())
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, H - 58, po["org_addr"])
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, H - 80, "PURCHASE ORDER")
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, H - 92, "THIS NUMBER MUST APPEAR ON ALL INVOICES, PACKAGES AND CORRESPONDENCE")
    # right box
    c.rect(W - 210, H - 160, 170, 55)
    c.setFont("Times-Bold", 9)
    for i, (k, v) in enumerate(po["box"]):
        c.drawString(W - 205, H - 118 - 12 * i, k)
        c.setFont("Times-Roman", 9)
        c.drawString(W - 120, H - 118 - 12 * i, v)
        c.setFont("Times-Bold", 9)
    c.rect(40, H - 250, 250, 80)
    c.rect(310, H - 250, 262, 80)
    c.drawString(45, H - 182, "VENDOR")
    c.drawString(315, H - 182, "SHIP TO / DELIVER TO")
    c.setFont("Times-Roman", 9)
    for i, s in enumerate(po["vendor"]):
        c.drawString(50, H - 196 - 11 * i, s)
    for i, s in enumerate(po["ship_to"]):
        c.drawString(320, H - 196 - 11 * i, s)
    # fund strip
    y = H - 272
    c.setFont("Times-Bold", 8)
    xs = [40, 130, 220, 330, 440]
    for x, (k, v) in zip(xs, po["strip"]):
        c.drawString(x, y, k)
        c.setFont("Times-Roman", 8)
        c.drawString(x, y - 10, v)
        c.setFont("Times-Bold", 8)
    y -= 34
    heads = [(40, "ITEM"), (72, "COMMODITY"), (128, "QUANTITY"), (178, "UNIT"), (212, "DESCRIPTION"),
             (470, "UNIT PRICE"), (570, "TOTAL")]
    c.line(40, y + 10, W - 40, y + 10)
    for x, h in heads:
        if h in ("UNIT PRICE", "TOTAL"):
            c.drawRightString(x + 2, y, h)
        else:
            c.drawString(x, y, h)
    c.line(40, y - 4, W - 40, y - 4)
    y -= 16
    c.setFont("Times-Roman", 9)
    for ln in po["lines"]:
        c.drawString(44, y, str(ln["n"]))
        c.drawString(72, y, ln["commodity"])
        c.drawRightString(165, y, f"{ln['qty']:g}")
        c.drawString(178, y, ln["uom"])
        import textwrap
        wrapped = textwrap.wrap(ln["desc"], 44)
        c.drawString(212, y, wrapped[0])
        c.drawRightString(472, y, f"${ln['price']:,.2f}")
        c.drawRightString(572, y, f"${ln['qty'] * ln['price']:,.2f}")
        for extra in wrapped[1:]:
            y -= 11
            c.drawString(212, y, extra)
        y -= 14
    sub = round(sum(l["qty"] * l["price"] for l in po["lines"]), 2)
    c.line(40, y + 6, W - 40, y + 6)
    c.setFont("Times-Bold", 9)
    c.drawRightString(472, y - 6, "TOTAL")
    c.drawRightString(572, y - 6, f"${sub:,.2f}")
    y -= 30
    c.setFont("Times-Roman", 8)
    for s in po["instructions"]:
        c.drawString(40, y, s)
        y -= 10
    c.line(320, 95, 560, 95)
    c.drawString(320, 85, "PURCHASING AGENT")
    c.line(40, 95, 260, 95)
    c.drawString(40, 85, "DEPARTMENT HEAD APPROVAL")
    c.setFont("Times-Italic", 8)
    c.drawString(40, 60, "Page 1 of 2 - Standard terms and conditions on reverse.")
    c.showPage()
    c.setFont("Times-Bold", 11)
    c.drawString(40, H - 50, "STANDARD TERMS AND CONDITIONS")
    c.setFont("Times-Roman", 8.5)
    y = H - 70
    for para in po["terms"]:
        for chunk in [para[i:i + 120] for i in range(0, len(para), 120)]:
            c.drawString(40, y, chunk)
            y -= 10
        y -= 5
    c.setFont("Times-Italic", 8)
    c.drawString(40, 60, "Page 2 of 2")
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# F: school district (platypus): side-by-side blocks, PACK column, tax exempt, many blank rows
# --------------------------------------------------------------------------------------
def school(po):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.5 * inch, rightMargin=0.5 * inch,
                            topMargin=0.5 * inch, bottomMargin=0.5 * inch, title="Purchase Order")
    st = []
    title = Table([[Paragraph(f"<font size=13><b>{po['org']}</b></font><br/>{po['dept']}<br/>{po['org_addr']}", P9),
                    Paragraph(f"<font size=16><b>PURCHASE ORDER</b></font><br/>No. <b>{po['po_number']}</b><br/>"
                              f"Date {po['po_date']}", P9)]], colWidths=[4.5 * inch, 3 * inch])
    st += [title, Spacer(1, 8)]
    blocks = Table([["VENDOR", "BILL TO", "SHIP TO"],
                    [_addr_par("", po["vendor"]), _addr_par("", po["bill_to"]), _addr_par("", po["ship_to"])]],
                   colWidths=[2.5 * inch] * 3)
    blocks.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
                                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [blocks, Spacer(1, 6)]
    strip = Table([[k for k, _ in po["strip"]], [v for _, v in po["strip"]]], colWidths=[7.5 * inch / len(po["strip"])] * len(po["strip"]))
    strip.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
                               ("FONT", (0, 1), (-1, 1), "Helvetica", 8)]))
    st += [strip, Spacer(1, 8)]
    rows = [["LINE", "QTY", "UNIT", "PACK", "VENDOR ITEM", "DESCRIPTION", "UNIT PRICE", "EXTENSION"]]
    for ln in po["lines"]:
        rows.append([str(ln["n"]), f"{ln['qty']:g}", ln["uom"], ln["pack"], ln.get("vitem", ""),
                     Paragraph(ln["desc"], P8), f"{ln['price']:.2f}", money(ln["qty"] * ln["price"])])
    for _ in range(3):
        rows.append([""] * 8)
    sub = round(sum(l["qty"] * l["price"] for l in po["lines"]), 2)
    rows += [["", "", "", "", "", "SUBTOTAL", "", money(sub)],
             ["", "", "", "", "", "SALES TAX  (TAX EXEMPT #" + po["tax_id"] + ")", "", "0.00"],
             ["", "", "", "", "", "SHIPPING", "", "0.00"],
             ["", "", "", "", "", "TOTAL", "", money(sub)]]
    t = Table(rows, colWidths=[x * inch for x in (0.4, 0.45, 0.42, 0.55, 1.38, 2.6, 0.8, 0.9)], repeatRows=1)
    n = len(po["lines"]) + 3
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, n), 0.4, colors.black), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 8), ("ALIGN", (6, 0), (-1, -1), "RIGHT"),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("FONT", (5, -1), (-1, -1), "Helvetica-Bold", 8.5),
                           ("BOX", (5, n + 1), (-1, -1), 0.6, colors.black)]))
    st += [t, Spacer(1, 10), Paragraph(po["notes"], P8)]
    doc.build(st)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# G: property management (platypus, landscape): property + GL code per line, tax, freight.
# --------------------------------------------------------------------------------------
def property_landscape(po):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(letter), leftMargin=0.5 * inch, rightMargin=0.5 * inch,
                            topMargin=0.45 * inch, bottomMargin=0.45 * inch, title=f"PO {po['po_number']}")
    st = []
    hdr = Table([[Paragraph(f"<font size=14 color='#6b2d0f'><b>{po['org']}</b></font><br/>{po['org_addr']}", P9),
                  Paragraph("<br/>".join(f"<b>{k}:</b> {v}" for k, v in po["hdr"]), P9)]],
                colWidths=[6 * inch, 4 * inch])
    st += [hdr, Spacer(1, 6)]
    b = Table([[_addr_par("Vendor", po["vendor"], P9), _addr_par("Ship To", po["ship_to"], P9),
                _addr_par("Bill To (invoices only)", po["bill_to"], P9)]], colWidths=[3.33 * inch] * 3)
    b.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#6b2d0f")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [b, Spacer(1, 10)]
    rows = [["#", "Property", "GL Acct", "Vendor Part", "Description", "Qty", "UOM", "Unit Cost", "Line Total"]]
    for ln in po["lines"]:
        rows.append([str(ln["n"]), po["property_code"], ln["gl"], ln.get("vpart", ""), ln["desc"], f"{ln['qty']:g}",
                     ln["uom"], f"${ln['price']:,.2f}", f"${ln['qty'] * ln['price']:,.2f}"])
    sub = round(sum(l["qty"] * l["price"] for l in po["lines"]), 2)
    tax = round(sub * po["tax_rate"], 2)
    fr = po["freight"]
    rows += [["", "", "", "", "", "", "", "Subtotal", f"${sub:,.2f}"],
             ["", "", "", "", "", "", "", f"Tax {po['tax_rate'] * 100:.2f}%", f"${tax:,.2f}"],
             ["", "", "", "", "", "", "", "Freight", f"${fr:,.2f}"],
             ["", "", "", "", "", "", "", "PO Total", f"${sub + tax + fr:,.2f}"]]
    t = Table(rows, colWidths=[x * inch for x in (0.3, 0.7, 0.7, 1.3, 3.6, 0.5, 0.5, 1.1, 1.3)], repeatRows=1)
    n = len(po["lines"])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3e6dc")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, n), [colors.white, colors.HexColor("#faf6f2")]),
                           ("ALIGN", (5, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (7, n + 1), (-1, n + 1), 0.6, colors.black),
                           ("FONT", (7, -1), (-1, -1), "Helvetica-Bold", 9)]))
    st += [t, Spacer(1, 10), Paragraph(po["notes"], P8)]
    doc.build(st)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# H: fpdf2 contractor PO with a lined grid, used by an email attachment.
# --------------------------------------------------------------------------------------
def contractor_grid(po):
    pdf = _F(format="Letter", unit="mm")
    pdf.add_page()
    pdf.set_fill_color(20, 60, 40)
    pdf.rect(0, 0, 216, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(10, 6)
    pdf.cell(120, 8, po["org"])
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(130, 5)
    pdf.multi_cell(76, 4.5, "\n".join(po["org_addr"]), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(10, 28)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, f"MATERIAL PURCHASE ORDER  #{po['po_number']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for k, v in po["info"]:
        pdf.cell(34, 5, k + ":")
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(95, 5, "SUPPLIER", border="B")
    pdf.set_x(110)
    pdf.cell(95, 5, "JOB SITE DELIVERY", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    y2 = pdf.get_y()
    pdf.multi_cell(95, 4.5, "\n".join(po["vendor"]))
    pdf.set_xy(110, y2)
    pdf.multi_cell(95, 4.5, "\n".join(po["ship_to"]))
    pdf.set_y(y2 + 26)
    widths = [12, 16, 14, 110, 22, 22]
    heads = ["#", "QTY", "U/M", "MATERIAL", "PRICE", "TOTAL"]
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_fill_color(225, 235, 228)
    for h, w in zip(heads, widths):
        pdf.cell(w, 6, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 8.5)
    for ln in po["lines"]:
        vals = [str(ln["n"]), f"{ln['qty']:g}", ln["uom"], ln["desc"],
                "" if ln["price"] is None else money(ln["price"]),
                "" if ln["price"] is None else money(ln["qty"] * ln["price"])]
        for i, (v, w) in enumerate(zip(vals, widths)):
            pdf.cell(w, 6, v, border=1, align="R" if i in (1, 4, 5) else "L")
        pdf.ln()
    priced = [l for l in po["lines"] if l["price"] is not None]
    pdf.cell(sum(widths[:5]), 6, "MATERIAL TOTAL (excl. tax)", border=1, align="R")
    pdf.cell(22, 6, money(sum(l["qty"] * l["price"] for l in priced)), border=1, align="R")
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(0, 4, po["notes"])
    return bytes(pdf.output())


def spec_sheet(title, paras):
    pdf = _F(format="Letter", unit="mm")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for p in paras:
        pdf.multi_cell(0, 4.5, p)
        pdf.ln(2)
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------
# I: supplier invoice (fpdf2)
# --------------------------------------------------------------------------------------
def invoice(inv):
    pdf = _F(format="Letter", unit="mm")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(110, 8, inv["org"])
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 8, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    for s in inv["org_addr"]:
        pdf.cell(0, 4.2, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for k, v in inv["box"]:
        pdf.set_x(130)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(35, 5, k)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(90, 5, "SOLD TO")
    pdf.cell(0, 5, "SHIPPED TO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    y = pdf.get_y()
    pdf.multi_cell(90, 4.2, "\n".join(inv["sold_to"]))
    pdf.set_xy(100, y)
    pdf.multi_cell(90, 4.2, "\n".join(inv["ship_to"]))
    pdf.ln(6)
    widths = [28, 84, 16, 12, 22, 26]
    heads = ["ITEM", "DESCRIPTION", "SHIPPED", "UM", "PRICE", "AMOUNT"]
    pdf.set_font("Helvetica", "B", 8)
    for h, w in zip(heads, widths):
        pdf.cell(w, 6, h, border="TB")
    pdf.ln()
    pdf.set_font("Helvetica", "", 8.5)
    for ln in inv["lines"]:
        for i, (v, w) in enumerate(zip([ln["item"], ln["desc"], f"{ln['qty']:g}", ln["uom"], money(ln["price"]),
                                         money(ln["qty"] * ln["price"])], widths)):
            pdf.cell(w, 5.5, v, align="R" if i >= 2 and i != 3 else "L")
        pdf.ln()
    sub = round(sum(l["qty"] * l["price"] for l in inv["lines"]), 2)
    pdf.ln(3)
    for lab, val in (("Merchandise", sub), ("Freight", inv["freight"]), ("Sales tax (resale cert on file)", 0.0),
                     ("INVOICE TOTAL USD", sub + inv["freight"])):
        pdf.set_x(110)
        pdf.cell(60, 5, lab, align="R")
        pdf.cell(26, 5, money(val), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.multi_cell(0, 4, inv["remit"])
    return bytes(pdf.output())
