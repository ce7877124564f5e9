import io
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer

SS = getSampleStyleSheet()
N = ParagraphStyle("n", parent=SS["Normal"], fontName="Helvetica", fontSize=8.5, leading=10.5)
NB = ParagraphStyle("nb", parent=N, fontName="Helvetica-Bold")
HB = ParagraphStyle("hb", parent=N, fontName="Helvetica-Bold", fontSize=7, leading=8.5)
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=15, leading=18)

def num(x, dec=",", th=".", nd=2):
    s = f"{x:,.{nd}f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", th)

def P(t, st=N):
    return Paragraph(t.replace("&", "&amp;").replace("\n", "<br/>"), st)

def render(spec):
    """spec: dict(pagesize, letterhead:(name, lines, color), title, meta:[(k,v)], blocks:[(title, text)],
    header:[col names], rows:[[cells]], colw:[mm], ruled:bool, totals:[(k,v)], notes:str, footer:str, align_right:[idx]"""
    buf = io.BytesIO()
    ps = spec.get("pagesize", A4)
    footer = spec.get("footer", "")
    def on_page(c, d):
        c.saveState()
        name, lines, col = spec["letterhead"]
        c.setFillColor(colors.HexColor(col))
        c.rect(0, ps[1] - 22 * mm, ps[0], 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(15 * mm, ps[1] - 12 * mm, name)
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, ps[1] - 17.5 * mm, lines)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, 10 * mm, footer)
        c.drawRightString(ps[0] - 15 * mm, 10 * mm, spec.get("pagefmt", "Page {n}").format(n=d.page))
        c.restoreState()
    doc = SimpleDocTemplate(buf, pagesize=ps, topMargin=30 * mm, bottomMargin=20 * mm,
                            leftMargin=15 * mm, rightMargin=15 * mm, title=spec["title"])
    story = [P(spec["title"], H), Spacer(1, 4 * mm)]
    meta = spec.get("meta", [])
    if meta:
        mt = Table([[P(k, NB), P(v)] for k, v in meta], colWidths=[38 * mm, 60 * mm], hAlign="RIGHT")
        mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [mt, Spacer(1, 4 * mm)]
    blocks = spec.get("blocks", [])
    if blocks:
        w = (ps[0] - 30 * mm) / len(blocks)
        bt = Table([[P(t, NB) for t, _ in blocks], [P(x) for _, x in blocks]], colWidths=[w] * len(blocks))
        bt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey) if spec.get("boxed") else ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [bt, Spacer(1, 6 * mm)]
    if spec.get("intro"):
        story += [P(spec["intro"]), Spacer(1, 3 * mm)]
    data = [[P(h, HB) for h in spec["header"]]] + [[P(str(c)) for c in r] for r in spec["rows"]]
    t = Table(data, colWidths=[w * mm for w in spec["colw"]], repeatRows=1)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]
    if spec.get("ruled", True):
        st += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
    else:
        st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.black)]
    t.setStyle(TableStyle(st))
    story += [t, Spacer(1, 4 * mm)]
    if spec.get("totals"):
        tt = Table([[P(k, NB), P(v)] for k, v in spec["totals"]], colWidths=[40 * mm, 30 * mm], hAlign="RIGHT")
        story += [tt, Spacer(1, 4 * mm)]
    if spec.get("notes"):
        story += [P(spec["notes"])]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
