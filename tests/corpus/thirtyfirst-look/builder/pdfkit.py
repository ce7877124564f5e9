"""Small reportlab helper producing purchase-order PDFs with varied layouts."""
import io, os
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT, BOLD = "Helvetica", "Helvetica-Bold"
for base in ("/usr/share/fonts/truetype/dejavu/",):
    if os.path.exists(base + "DejaVuSans.ttf"):
        pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
        FONT, BOLD = "DV", "DVB"

def st(size=9, bold=False, align=0):
    return ParagraphStyle("x", fontName=BOLD if bold else FONT, fontSize=size, leading=size * 1.25, alignment=align)

def P(text, size=9, bold=False, align=0):
    return Paragraph(text.replace("&", "&amp;").replace("\n", "<br/>"), st(size, bold, align))

def make_po(title, blocks, meta, columns, rows, *, ruled=True, notes=(), footer="", letter_size=False,
            col_widths=None, block_cols=3, totals=(), page_break_after=None, header_left=""):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter if letter_size else A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=title)
    story = []
    top = [[P(header_left, 9), P(title, 16, True, 2)]]
    t = Table(top, colWidths=[95 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 4 * mm)]
    if meta:
        mt = Table([[P(k, 8, True), P(v, 9)] for k, v in meta], colWidths=[40 * mm, 60 * mm], hAlign="RIGHT")
        mt.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [mt, Spacer(1, 4 * mm)]
    if blocks:
        cells = [P(f"<b>{h}</b>\n" + "\n".join(lines), 9) if False else Paragraph("<b>" + h + "</b><br/>" + "<br/>".join(x.replace("&", "&amp;") for x in lines), st(9)) for h, lines in blocks]
        if block_cols == 1:
            for c in cells:
                story += [c, Spacer(1, 3 * mm)]
        else:
            w = 180 * mm / len(cells)
            bt = Table([cells], colWidths=[w] * len(cells))
            bt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey) if ruled else ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey) if ruled else ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [bt, Spacer(1, 6 * mm)]
    data = [[P(c, 8, True) for c in columns]] + [[P(str(c), 8) for c in r] for r in rows]
    for tr in totals:
        data.append([P(str(c), 8, True) for c in tr])
    lt = Table(data, colWidths=col_widths, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style += [("GRID", (0, 0), (-1, len(rows)), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    else:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    lt.setStyle(TableStyle(style))
    story.append(lt)
    story.append(Spacer(1, 6 * mm))
    for n in notes:
        story += [P(n, 9), Spacer(1, 2 * mm)]

    def on_page(c, d):
        c.saveState()
        c.setFont(FONT, 7)
        c.drawString(15 * mm, 10 * mm, footer)
        c.drawRightString(d.pagesize[0] - 15 * mm, 10 * mm, f"{d.page}")
        c.restoreState()
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
