"""PDF / spreadsheet / HTML layouts of the buyers' purchasing systems (all invented)."""
from formats import rl_canvas, fpdf_doc, fpdf_bytes, money, xlsx


def _addr_lines(a):
    out = []
    if a.get("name"):
        out.append(a["name"])
    out.append(a["street"])
    if a.get("street2"):
        out.append(a["street2"])
    out.append("%s, %s %s" % (a["city"], a["region"], a["postal_code"]))
    return out


# ------------------------------------------------ layout A: Oakhurst ERP (reportlab canvas)
def pdf_oakhurst(po):
    from reportlab.lib.units import inch
    buf, c = rl_canvas()
    c.setTitle("PO %s" % po["po"])
    W, H = 8.5 * inch, 11 * inch
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 50, "OAKHURST FURNITURE WORKS")
    c.setFont("Helvetica", 8.5)
    for i, s in enumerate(["1840 Highland Ave NE", "Hickory, NC 28601", "Purchasing: (828) 555-0148  purchasing@oakhurstfw.com"]):
        c.drawString(40, H - 64 - i * 11, s)
    c.setFont("Helvetica-Bold", 18)
    c.drawRightString(W - 40, H - 50, "PURCHASE ORDER")
    c.setFont("Helvetica", 9)
    box = [("P.O. No.", po["po"]), ("P.O. Date", po["date"]), ("Required", po["required"]),
           ("Buyer", po["buyer"]), ("Terms", "NET 30"), ("F.O.B.", "DESTINATION")]
    for i, (k, v) in enumerate(box):
        y = H - 72 - i * 12
        c.drawRightString(W - 120, y, k + ":")
        c.drawString(W - 112, y, v)
    y0 = H - 160
    c.rect(40, y0 - 70, 250, 80)
    c.rect(320, y0 - 70, 252, 80)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(46, y0, "VENDOR  #V-20388")
    c.drawString(326, y0, "SHIP TO")
    c.setFont("Helvetica", 9)
    for i, s in enumerate(["Ridgeline Pack & Ship Supply, Inc.", "4100 Gateway Pkwy", "Mechanicsburg, PA 17050", "orders@ridgelinepack.com"]):
        c.drawString(46, y0 - 14 - i * 12, s)
    for i, s in enumerate(_addr_lines(po["ship_to"]) + ["Receiving M-F 7:00-15:00"]):
        c.drawString(326, y0 - 14 - i * 12, s)
    cols = [(40, "LN"), (62, "ITEM"), (120, "DESCRIPTION"), (330, "VENDOR ITEM"), (420, "QTY"), (458, "UM"), (490, "UNIT COST"), (540, "EXTENDED")]
    y = y0 - 100
    c.setFillGray(0.85)
    c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 7.5)
    for x, t in cols:
        c.drawString(x + 2, y, t)
    c.setFont("Helvetica", 8)
    total = 0
    for n, ln in enumerate(po["lines"], 1):
        y -= 16
        ext = ln["qty"] * ln["price"]
        total += ext
        c.drawString(44, y, "%d" % n)
        c.drawString(64, y, ln["part"] or "")
        c.drawString(122, y, ln["desc"])
        c.drawString(332, y, ln["vendor"] or "")
        c.drawRightString(450, y, "{:,}".format(ln["qty"]))
        c.drawString(460, y, ln["uom"])
        c.drawRightString(532, y, "%.4f" % ln["price"])
        c.drawRightString(570, y, money(ext))
    y -= 10
    c.line(40, y, 572, y)
    y -= 16
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(532, y, "TOTAL USD")
    c.drawRightString(570, y, money(total))
    c.setFont("Helvetica", 7.5)
    notes = ["1. Our P.O. number must appear on all packing slips, bills of lading and invoices.",
             "2. Deliveries accepted Monday-Friday 7:00-15:00. Call (828) 555-0190 to schedule LTL.",
             "3. Do not substitute materials without written approval of the buyer."]
    for i, s in enumerate(notes):
        c.drawString(40, 90 - i * 10, s)
    c.drawString(40, 40, "Authorized: %s" % po["buyer"])
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------ layout B: Keystone ERP (fpdf2, bordered cells)
def pdf_keystone(po):
    pdf = fpdf_doc()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 16, "Keystone Appliance Parts", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 10, "2100 Lincoln Hwy E  |  Lancaster, PA 17602  |  Accounts Payable: ap@keystoneparts.com", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 14, "PURCHASE ORDER  %s" % po["po"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    rows = [("Order Date", po["date"]), ("Need By", po["required"]), ("Buyer", po["buyer"]),
            ("Supplier", "RIDGELINE PACK & SHIP SUPPLY (SUP-00731)"), ("Payment Terms", "2% 10 NET 45"), ("Ship Via", "BEST WAY")]
    for k, v in rows:
        pdf.cell(90, 12, k, border=1)
        pdf.cell(230, 12, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(0, 12, "Deliver To:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    for s in _addr_lines(po["ship_to"]) + ["Dock 4 - Receiving"]:
        pdf.cell(0, 11, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    widths = [26, 62, 78, 176, 40, 30, 56, 64]
    heads = ["Line", "Our Part #", "Supplier Part", "Description", "Qty", "UOM", "Price", "Amount"]
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_fill_color(220, 226, 236)
    for w, h in zip(widths, heads):
        pdf.cell(w, 14, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 8)
    total = 0
    for n, ln in enumerate(po["lines"], 1):
        amt = ln["qty"] * ln["price"]
        total += amt
        vals = [str(n * 10), ln["part"], ln["vendor"], ln["desc"], "{:,}".format(ln["qty"]), ln["uom"], money(ln["price"]), money(amt)]
        for i, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 13, v, border=1, align="R" if i in (4, 6, 7) else "L")
        pdf.ln()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(sum(widths[:-1]), 14, "Order Total (USD)", border=1, align="R")
    pdf.cell(widths[-1], 14, money(total), border=1, align="R")
    pdf.ln(24)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(0, 10, "Please reference PO number on all correspondence. Partial shipments allowed. "
                          "Confirm receipt of this order within 24 hours to purchasing@kap-purchasing.com.")
    return fpdf_bytes(pdf)


# ------------------------------------------------ layout C: Northgate (fpdf2, dense, may run 2 pages)
def pdf_northgate(po):
    pdf = fpdf_doc()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(300, 20, "NORTHGATE")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 20, "Purchase Order", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(0, 10, "Northgate Fulfillment Services  -  Corporate Purchasing  -  6180 Shelby Oaks Dr, Memphis TN 38134", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(180, 12, "SUPPLIER")
    pdf.cell(180, 12, "SHIP TO")
    pdf.cell(0, 12, "ORDER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    left = ["RIDGELINE PACK & SHIP SUPPLY", "4100 GATEWAY PKWY", "MECHANICSBURG PA 17050", "Supplier ID 400217"]
    mid = [s.upper() for s in _addr_lines(po["ship_to"])]
    right = ["PO Number: %s" % po["po"], "PO Date: %s" % po["date"], "Delivery Date: %s" % po["required"],
             "Buyer: %s" % po["buyer"], "Currency: USD"]
    for i in range(max(len(left), len(mid), len(right))):
        pdf.cell(180, 11, left[i] if i < len(left) else "")
        pdf.cell(180, 11, mid[i] if i < len(mid) else "")
        pdf.cell(0, 11, right[i] if i < len(right) else "", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    widths = [22, 74, 86, 178, 40, 28, 50, 54]
    heads = ["Ln", "NG Item", "Vendor Item", "Description", "Qty", "UOM", "Unit Price", "Ext Price"]
    def head():
        pdf.set_font("Helvetica", "B", 7.5)
        for w, h in zip(widths, heads):
            pdf.cell(w, 12, h, border="B")
        pdf.ln()
        pdf.set_font("Helvetica", "", 7.5)
    head()
    total = 0
    for n, ln in enumerate(po["lines"], 1):
        if pdf.get_y() > 700:
            pdf.add_page()
            head()
        amt = ln["qty"] * ln["price"]
        total += amt
        vals = [str(n), ln["part"], ln["vendor"], ln["desc"], "{:,}".format(ln["qty"]), ln["uom"], money(ln["price"]), money(amt)]
        for i, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 14, v, align="R" if i in (4, 6, 7) else "L")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(sum(widths[:-1]), 12, "PO Total", align="R")
    pdf.cell(widths[-1], 12, money(total), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 7)
    pdf.multi_cell(0, 9, "Standard terms: Net 60. Appointments required for all deliveries: schedule at dock@northgatefs.com. "
                         "Pallets must not exceed 60 in. high. Vendor compliance chargebacks apply per Northgate routing guide rev. 7.")
    return fpdf_bytes(pdf)


# ------------------------------------------------ layout D: school district (reportlab platypus)
def pdf_school(po):
    import io
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib import colors
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, title="Purchase Order", author="",
                            leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36)
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    story = [Paragraph("<b>CEDAR PRAIRIE UNIFIED SCHOOL DISTRICT</b>", ss["Title"]),
             Paragraph("Business Services Office &middot; 1200 Prairie Ave &middot; Cedar Prairie, IA 52404 &middot; (319) 555-0120", small),
             Spacer(1, 10)]
    hdr = [["PURCHASE ORDER", "", "P.O. NUMBER", po["po"]],
           ["", "", "P.O. DATE", po["date"]],
           ["", "", "VENDOR NO.", "10482"],
           ["", "", "FISCAL YEAR", "2026-27"]]
    t = Table(hdr, colWidths=[200, 92, 110, 130])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 14),
                           ("FONT", (2, 0), (2, -1), "Helvetica-Bold", 8), ("GRID", (2, 0), (3, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 10)]
    vend = "<b>VENDOR</b><br/>Ridgeline Pack &amp; Ship Supply, Inc.<br/>4100 Gateway Pkwy<br/>Mechanicsburg, PA 17050"
    ship = "<b>SHIP TO</b><br/>" + "<br/>".join(s.replace("&", "&amp;") for s in _addr_lines(po["ship_to"])) + \
           "<br/>Deliver by: %s" % po["required"]
    t = Table([[Paragraph(vend, small), Paragraph(ship, small)]], colWidths=[266, 266])
    t.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.5, colors.black), ("BOX", (1, 0), (1, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 12)]
    rows = [["ITEM", "QTY", "UNIT", "DESCRIPTION", "ACCOUNT CODE", "UNIT PRICE", "AMOUNT"]]
    total = 0
    for n, ln in enumerate(po["lines"], 1):
        amt = ln["qty"] * ln["price"]
        total += amt
        rows.append([str(n), str(ln["qty"]), ln["uom"], Paragraph(ln["desc"], small), ln["acct"], money(ln["price"]), money(amt)])
    rows.append(["", "", "", "", "", "TOTAL", "$" + money(total)])
    t = Table(rows, colWidths=[32, 34, 34, 220, 86, 56, 70], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
                           ("GRID", (0, 0), (-1, -2), 0.4, colors.grey), ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (5, -1), (-1, -1), "Helvetica-Bold", 8)]))
    story += [t, Spacer(1, 14),
              Paragraph("Tax exempt: Iowa sales tax exemption #42-6001138. Invoice in duplicate to Accounts Payable, "
                        "1200 Prairie Ave. Invoices must reference the P.O. number. Vendor must not ship items not on this order.", small),
              Spacer(1, 20), Paragraph("Approved: ______________________  Director of Business Services", small)]
    doc.build(story)
    return buf.getvalue()


# ------------------------------------------------ layout E: small-business accounting package (fpdf2)
def pdf_smallbiz(po, company, company_lines, accent=(46, 90, 60), cols=("Item", "Description", "Qty", "Rate", "Amount"),
                 sku_col=False, title="Purchase Order"):
    pdf = fpdf_doc()
    pdf.add_page()
    pdf.set_text_color(*accent)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(300, 22, company)
    pdf.set_font("Helvetica", "", 18)
    pdf.cell(0, 22, title, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8.5)
    for s in company_lines:
        pdf.cell(0, 11, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    x0 = 380
    pdf.set_xy(x0, 60)
    pdf.set_font("Helvetica", "B", 8.5)
    for k, v in po["box"]:
        pdf.set_x(x0)
        pdf.cell(80, 13, k, border=1)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(110, 13, v, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_y(max(pdf.get_y(), 130) + 10)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(250, 13, "Vendor", border="B")
    pdf.cell(30, 13, "")
    pdf.cell(250, 13, "Ship To", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    vend = ["Ridgeline Pack & Ship Supply", "4100 Gateway Pkwy", "Mechanicsburg, PA 17050"]
    ship = _addr_lines(po["ship_to"])
    for i in range(max(len(vend), len(ship))):
        pdf.cell(280, 11, vend[i] if i < len(vend) else "")
        pdf.cell(250, 11, ship[i] if i < len(ship) else "", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    if sku_col:
        widths = [150, 90, 130, 50, 55, 57]
    else:
        widths = [110, 250, 50, 60, 62]
    pdf.set_fill_color(*accent)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 8.5)
    for w, h in zip(widths, cols):
        pdf.cell(w, 15, h, fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8.5)
    total = 0
    for ln in po["lines"]:
        amt = ln["qty"] * ln["price"]
        total += amt
        if sku_col:
            vals = [ln["desc"], ln["part"], ln["vendor"], str(ln["qty"]), money(ln["price"]), money(amt)]
            right = (3, 4, 5)
        else:
            vals = [ln["part"], ln["desc"], str(ln["qty"]), money(ln["price"]), money(amt)]
            right = (2, 3, 4)
        for i, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 15, v, border="B", align="R" if i in right else "L")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(sum(widths[:-1]), 14, "Total", align="R")
    pdf.cell(widths[-1], 14, "$" + money(total), align="R", new_x="LMARGIN", new_y="NEXT")
    if po.get("memo"):
        pdf.ln(14)
        pdf.set_font("Helvetica", "", 8)
        pdf.multi_cell(0, 11, po["memo"])
    return fpdf_bytes(pdf)


# ------------------------------------------------ layout F: word-processor PO (reportlab canvas)
def pdf_wordish(po):
    from reportlab.lib.units import inch
    buf, c = rl_canvas()
    c.setTitle("PO%s" % po["po"])
    H = 11 * inch
    c.setFont("Times-Bold", 20)
    c.drawString(72, H - 80, "Inkwell Print & Copy")
    c.setFont("Times-Roman", 10)
    c.drawString(72, H - 96, "418 W Main St  ~  Madison, WI 53703  ~  (608) 555-0177  ~  inkwellprint.com")
    c.line(72, H - 104, 540, H - 104)
    c.setFont("Times-Bold", 13)
    c.drawString(72, H - 130, "PURCHASE ORDER #%s" % po["po"])
    c.setFont("Times-Roman", 11)
    c.drawString(72, H - 148, "Date: %s" % po["date"])
    c.drawString(72, H - 176, "To: Ridgeline Pack & Ship Supply (orders@ridgelinepack.com)")
    c.drawString(72, H - 192, "Ship to: our shop (address above)")
    y = H - 226
    c.setFont("Times-Bold", 11)
    c.drawString(72, y, "Qty")
    c.drawString(150, y, "Description")
    c.drawRightString(460, y, "Unit price")
    c.drawRightString(540, y, "Total")
    c.setFont("Times-Roman", 11)
    total = 0
    for ln in po["lines"]:
        y -= 18
        amt = ln["qty"] * ln["price"]
        total += amt
        c.drawString(72, y, "%d %s" % (ln["qty"], ln["uom_text"]))
        c.drawString(150, y, ln["desc"])
        c.drawRightString(460, y, "$%s" % money(ln["price"]))
        c.drawRightString(540, y, "$%s" % money(amt))
    y -= 26
    c.setFont("Times-Bold", 11)
    c.drawRightString(460, y, "Total")
    c.drawRightString(540, y, "$%s" % money(total))
    c.setFont("Times-Roman", 11)
    c.drawString(72, y - 40, "Please include our PO number on the packing slip. Questions: Priya, (608) 555-0177.")
    c.drawString(72, y - 70, "Thank you!")
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------ seller invoice (reportlab canvas)
def pdf_invoice(inv):
    from reportlab.lib.units import inch
    buf, c = rl_canvas()
    c.setTitle("Invoice %s" % inv["no"])
    H = 11 * inch
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 50, "Ridgeline Pack & Ship Supply, Inc.")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, H - 63, "4100 Gateway Pkwy, Mechanicsburg, PA 17050  |  ar@ridgelinepack.com  |  (717) 555-0102")
    c.setFont("Helvetica-Bold", 22)
    c.drawRightString(572, H - 52, "INVOICE")
    c.setFont("Helvetica", 9)
    for i, (k, v) in enumerate([("Invoice No.", inv["no"]), ("Invoice Date", inv["date"]), ("Due Date", inv["due"]),
                                ("Customer PO", inv["po"]), ("Sales Order", inv["so"]), ("Terms", "Net 30")]):
        c.drawRightString(480, H - 80 - i * 12, k + ":")
        c.drawString(486, H - 80 - i * 12, v)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, H - 100, "BILL TO")
    c.drawString(240, H - 100, "SHIP TO")
    c.setFont("Helvetica", 9)
    for i, s in enumerate(inv["bill"]):
        c.drawString(40, H - 113 - i * 11, s)
    for i, s in enumerate(inv["ship"]):
        c.drawString(240, H - 113 - i * 11, s)
    y = H - 200
    c.setFont("Helvetica-Bold", 8)
    for x, t in [(40, "ITEM"), (130, "DESCRIPTION"), (390, "SHIPPED"), (440, "UM"), (470, "PRICE"), (530, "AMOUNT")]:
        c.drawString(x, y, t)
    c.line(40, y - 4, 572, y - 4)
    c.setFont("Helvetica", 8)
    sub = 0
    for sku, desc, q, um, p in inv["lines"]:
        y -= 15
        amt = q * p
        sub += amt
        c.drawString(40, y, sku)
        c.drawString(130, y, desc)
        c.drawRightString(420, y, str(q))
        c.drawString(440, y, um)
        c.drawRightString(510, y, money(p))
        c.drawRightString(572, y, money(amt))
    y -= 24
    for k, v in [("Subtotal", sub), ("Freight", inv["freight"]), ("Sales Tax", 0.0), ("TOTAL DUE (USD)", sub + inv["freight"])]:
        c.setFont("Helvetica-Bold" if k.startswith("TOTAL") else "Helvetica", 9)
        c.drawRightString(510, y, k)
        c.drawRightString(572, y, money(v))
        y -= 13
    c.setFont("Helvetica", 8)
    c.drawString(40, 80, "Remit to: Ridgeline Pack & Ship Supply, PO Box 6610, Harrisburg, PA 17106. ACH details on request.")
    c.drawString(40, 68, "Claims for shortage or damage must be made within 5 days of receipt.")
    c.showPage()
    c.save()
    return buf.getvalue()


def html_table(rows, head, style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:12px", cell="border:1px solid #bbb;padding:3px 6px"):
    out = ['<table style="%s">' % style, "<tr>" + "".join('<th style="%s;background:#e8eef5;text-align:left">%s</th>' % (cell, h) for h in head) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join('<td style="%s">%s</td>' % (cell, v) for v in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
