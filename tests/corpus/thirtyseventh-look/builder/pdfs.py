import io
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import os

FONT, FONTB = "Helvetica", "Helvetica-Bold"
for reg, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),):
    if os.path.exists(reg) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("DV", reg)); pdfmetrics.registerFont(TTFont("DVB", bold))
        FONT, FONTB = "DV", "DVB"


def render_po(spec):
    """spec keys: company, company_lines, accent, title, meta [(k,v)], blocks [(heading, [lines])],
    headers, widths, aligns ('l'/'r'/'c'), rows, ruled, notes [lines], totals [(k,v)], footer, rows_per_page"""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    accent = colors.HexColor(spec.get("accent", "#1f3a5f"))
    page = [1]
    pages_total = spec.get("pages_total")

    def header():
        c.setFillColor(accent)
        c.rect(0, H - 18, W, 18, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(FONTB, 16)
        c.drawString(40, H - 50, spec["company"])
        c.setFont(FONT, 8)
        y = H - 62
        for ln in spec.get("company_lines", []):
            c.drawString(40, y, ln); y -= 10
        c.setFont(FONTB, 14)
        c.drawRightString(W - 40, H - 50, spec["title"])
        c.setFont(FONT, 9)
        y2 = H - 66
        for k, v in spec.get("meta", []):
            c.drawRightString(W - 130, y2, k)
            c.drawString(W - 125, y2, v)
            y2 -= 12
        return min(y, y2) - 14

    def footer():
        c.setFont(FONT, 7)
        c.setFillColor(colors.grey)
        c.drawString(40, 28, spec.get("footer", ""))
        txt = f"Page {page[0]}" + (f" of {pages_total}" if pages_total else "")
        c.drawRightString(W - 40, 28, spec.get("page_word", "Page") + txt[4:])
        c.setFillColor(colors.black)

    y = header()
    # side-by-side blocks
    blocks = spec.get("blocks", [])
    if blocks:
        bw = (W - 80) / len(blocks)
        maxh = 0
        for i, (head, lines) in enumerate(blocks):
            x = 40 + i * bw
            c.setFont(FONTB, 8.5)
            c.drawString(x, y, head)
            c.setFont(FONT, 9)
            yy = y - 12
            for ln in lines:
                c.drawString(x, yy, ln); yy -= 11
            if spec.get("box_blocks"):
                c.setStrokeColor(colors.lightgrey)
                c.rect(x - 4, yy + 4, bw - 12, y - yy + 6, stroke=1, fill=0)
            maxh = max(maxh, y - yy)
        y -= maxh + 18
    for ln in spec.get("pre_notes", []):
        c.setFont(FONT, 9); c.drawString(40, y, ln); y -= 12
    if spec.get("pre_notes"):
        y -= 6

    headers, widths, aligns = spec["headers"], spec["widths"], spec["aligns"]
    ruled = spec.get("ruled", True)

    def draw_row(vals, y, bold=False, shade=False):
        x = 40
        if shade:
            c.setFillColor(colors.HexColor("#e8edf3")); c.rect(40, y - 4, sum(widths), 14, fill=1, stroke=0); c.setFillColor(colors.black)
        c.setFont(FONTB if bold else FONT, 8.5)
        for v, w, a in zip(vals, widths, aligns):
            v = "" if v is None else str(v)
            if a == "r":
                c.drawRightString(x + w - 4, y, v)
            elif a == "c":
                c.drawCentredString(x + w / 2, y, v)
            else:
                c.drawString(x + 3, y, v)
            x += w
        if ruled:
            c.setStrokeColor(colors.grey)
            c.line(40, y - 4, 40 + sum(widths), y - 4)
            xx = 40
            for w in widths:
                c.line(xx, y - 4, xx, y + 10); xx += w
            c.line(xx, y - 4, xx, y + 10)

    def table_head(y):
        if ruled:
            c.setStrokeColor(colors.grey); c.line(40, y + 10, 40 + sum(widths), y + 10)
        draw_row(headers, y, bold=True, shade=True)
        if not ruled:
            c.setStrokeColor(colors.black); c.line(40, y - 5, 40 + sum(widths), y - 5)
        return y - 16

    y = table_head(y)
    rpp = spec.get("rows_per_page", 10 ** 6)
    n_on_page = 0
    for row in spec["rows"]:
        if y < 90 or n_on_page >= rpp:
            c.setFont(FONT, 8); c.drawRightString(W - 40, y - 6, spec.get("continued", "continued ..."))
            footer(); c.showPage(); page[0] += 1
            y = header()
            y = table_head(y)
            n_on_page = 0
        draw_row(row, y)
        y -= 15
        n_on_page += 1
    y -= 8
    for k, v in spec.get("totals", []):
        c.setFont(FONTB, 9)
        c.drawRightString(40 + sum(widths[:-1]) - 4, y, k)
        c.drawRightString(40 + sum(widths) - 4, y, v)
        y -= 13
    y -= 8
    for ln in spec.get("notes", []):
        if y < 60:
            footer(); c.showPage(); page[0] += 1; y = H - 60
        c.setFont(FONT, 8.5); c.drawString(40, y, ln); y -= 11
    footer()
    c.save()
    return buf.getvalue()
