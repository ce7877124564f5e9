"""Renderers: PDF purchase orders (reportlab), xlsx (openpyxl), csv."""
from reportlab.lib.pagesizes import letter, A4
from reportlab.pdfgen import canvas
from reportlab.lib import colors
import openpyxl
from openpyxl.styles import Font, PatternFill


def R(f):
    return "Times-Roman" if f == "Times" else f


def _block(c, x, y, title, lines, w, boxed=True, font="Helvetica", size=9):
    h = 14 + 11 * len(lines)
    if boxed:
        c.setStrokeColor(colors.grey)
        c.rect(x, y - h, w, h)
        c.setFillColor(colors.HexColor("#DDDDDD"))
        c.rect(x, y - 12, w, 12, fill=1, stroke=0)
        c.setFillColor(colors.black)
    c.setFont(font + "-Bold", size)
    c.drawString(x + 4, y - 9, title)
    c.setFont(R(font), size)
    for i, ln in enumerate(lines):
        c.drawString(x + 4, y - 23 - 11 * i, ln)
    return y - h


def _table(c, x, y, cols, rows, ruled, font, size, bottom, page_cb):
    """cols: list of (title, width, align). Returns y after table. Splits across pages."""
    rh = size + 6
    total_w = sum(w for _, w, _ in cols)

    def header(yy):
        if ruled:
            c.setFillColor(colors.HexColor("#E8E8E8"))
            c.rect(x, yy - rh, total_w, rh, fill=1, stroke=1)
            c.setFillColor(colors.black)
        else:
            c.line(x, yy - rh, x + total_w, yy - rh)
        c.setFont(font + "-Bold", size)
        xx = x
        for t, w, a in cols:
            _cell(c, xx, yy - rh + 4, w, t, a)
            xx += w
        return yy - rh

    y = header(y)
    c.setFont(R(font), size)
    for r in rows:
        if y - rh < bottom:
            page_cb()
            y = header(760)
            c.setFont(R(font), size)
        xx = x
        for (t, w, a), v in zip(cols, r):
            _cell(c, xx, y - rh + 4, w, v, a)
            if ruled:
                c.rect(xx, y - rh, w, rh)
            xx += w
        y -= rh
    if not ruled:
        c.line(x, y, x + total_w, y)
    return y


def _cell(c, x, y, w, v, a):
    v = "" if v is None else str(v)
    if a == "R":
        c.drawRightString(x + w - 3, y, v)
    elif a == "C":
        c.drawCentredString(x + w / 2, y, v)
    else:
        c.drawString(x + 3, y, v)


def pdf_po(path, s):
    import io
    n = _pdf_po(io.BytesIO(), s, 1)
    _pdf_po(path, s, n)


def _pdf_po(path, s, npages):
    """s: dict with style, buyer_name, buyer_addr(list), title, meta(list of (k,v)), vendor(list),
    ship(list), cols, rows, totals(list of (k,v)), notes(list), footer, font"""
    font = s.get("font", "Helvetica")
    size = s.get("size", 9)
    c = canvas.Canvas(path, pagesize=s.get("pagesize", letter))
    c.setTitle(s.get("doc_title", "Purchase Order"))
    c.setAuthor(s.get("buyer_name", ""))
    state = {"page": 1}

    def footer():
        c.setFont(R(font), 7)
        if s.get("footer"):
            c.drawString(40, 30, s["footer"])
        c.drawRightString(572, 30, f"Page {state['page']} of {npages}")

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        c.setFont(font + "-Bold", 9)
        c.drawString(40, 780, f"{s['buyer_name']} - {s['title']} {s.get('po', '')} (continued)")

    style = s["style"]
    # letterhead
    if style == "qb":
        c.setFont(font + "-Bold", 14)
        c.drawString(40, 750, s["buyer_name"])
        c.setFont(R(font), 9)
        for i, ln in enumerate(s["buyer_addr"]):
            c.drawString(40, 736 - 11 * i, ln)
        c.setFont(font + "-Bold", 18)
        c.drawRightString(572, 750, s["title"])
        # meta box
        mx, my = 412, 735
        c.setFont(R(font), 8)
        for i, (k, v) in enumerate(s["meta"]):
            c.rect(mx, my - 26 - 26 * i, 80, 26)
            c.rect(mx + 80, my - 26 - 26 * i, 80, 26)
            c.drawCentredString(mx + 40, my - 16 - 26 * i, k)
            c.setFont(font + "-Bold", 9)
            c.drawCentredString(mx + 120, my - 16 - 26 * i, v)
            c.setFont(R(font), 8)
        y0 = min(736 - 11 * len(s["buyer_addr"]), my - 26 * len(s["meta"])) - 20
        y1 = _block(c, 40, y0, "Vendor", s["vendor"], 250)
        y2 = _block(c, 322, y0, "Ship To", s["ship"], 250)
        y = min(y1, y2) - 16
    elif style == "ns":
        c.setFillColor(colors.HexColor("#1F3B57"))
        c.rect(0, 752, 612, 40, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(font + "-Bold", 16)
        c.drawString(40, 766, s["buyer_name"])
        c.setFont(font + "-Bold", 16)
        c.drawRightString(572, 766, s["title"])
        c.setFillColor(colors.black)
        c.setFont(R(font), 8)
        for i, ln in enumerate(s["buyer_addr"]):
            c.drawString(40, 738 - 10 * i, ln)
        for i, (k, v) in enumerate(s["meta"]):
            c.setFont(font + "-Bold", 9)
            c.drawRightString(470, 738 - 12 * i, k)
            c.setFont(R(font), 9)
            c.drawString(478, 738 - 12 * i, v)
        y0 = min(738 - 10 * len(s["buyer_addr"]), 738 - 12 * len(s["meta"])) - 18
        y1 = _block(c, 40, y0, "Vendor", s["vendor"], 250, boxed=False)
        y2 = _block(c, 322, y0, "Ship To", s["ship"], 250, boxed=False)
        y = min(y1, y2) - 16
    else:  # plain letter-style
        c.setFont("Times-Bold", 20)
        c.drawCentredString(306, 752, s["buyer_name"])
        c.setFont("Times-Roman", 9)
        c.drawCentredString(306, 738, "  |  ".join(s["buyer_addr"]))
        c.line(40, 730, 572, 730)
        c.setFont("Times-Bold", 13)
        c.drawString(40, 710, s["title"])
        c.setFont("Times-Roman", 10)
        for i, (k, v) in enumerate(s["meta"]):
            c.drawString(40, 694 - 12 * i, f"{k} {v}")
        y0 = 694 - 12 * len(s["meta"]) - 12
        y1 = _block(c, 40, y0, s.get("vendor_title", "To:"), s["vendor"], 250, boxed=False, font="Times", size=10)
        y2 = _block(c, 322, y0, s.get("ship_title", "Deliver to:"), s["ship"], 250, boxed=False, font="Times", size=10)
        y = min(y1, y2) - 12
        font = "Times"
    for ln in s.get("pre", []):
        c.setFont(R(font), 9)
        c.drawString(40, y, ln)
        y -= 12
    y = _table(c, 40, y - 4, s["cols"], s["rows"], s.get("ruled", True), font, size,
               s.get("bottom", 120), newpage)
    y -= 6
    c.setFont(R(font), 9)
    for k, v in s.get("totals", []):
        c.setFont(font + "-Bold", 9)
        c.drawRightString(480, y - 10, k)
        c.setFont(R(font), 9)
        c.drawRightString(568, y - 10, v)
        y -= 13
    y -= 10
    for ln in s.get("notes", []):
        if y < 60:
            newpage()
            y = 760
        c.setFont(R(font), 8)
        c.drawString(40, y, ln)
        y -= 11
    if s.get("signature"):
        c.line(360, y - 30, 560, y - 30)
        c.setFont(R(font), 8)
        c.drawString(360, y - 40, s["signature"])
    footer()
    c.showPage()
    c.save()
    return state["page"]


def xlsx(path, sheets):
    """sheets: list of (title, rows(list of lists), widths)"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, bold_rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for br in bold_rows:
            for cell in ws[br]:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="DDEEFF")
        for col in ws.columns:
            ln = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, ln + 2)
    wb.save(path)
