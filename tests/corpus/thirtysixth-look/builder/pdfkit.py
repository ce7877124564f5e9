"""Tiny PDF drawing layer on reportlab canvas (DejaVu Sans for non-Latin-1 text)."""
import io, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT, BOLD = "Helvetica", "Helvetica-Bold"
for reg, bold in [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                  ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")]:
    if os.path.exists(reg) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("U", reg)); pdfmetrics.registerFont(TTFont("UB", bold))
        FONT, BOLD = "U", "UB"
        break

class Doc:
    def __init__(self, size=A4, title="Purchase Order"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size)
        self.c.setTitle(title)
        self.w, self.h = size
    def t(self, x, y, s, size=9, bold=False, right=False):
        self.c.setFont(BOLD if bold else FONT, size)
        (self.c.drawRightString if right else self.c.drawString)(x, y, s)
    def block(self, x, y, lines, size=9, head=None, lead=11):
        if head:
            self.t(x, y, head, size, True); y -= lead
        for ln in lines:
            self.t(x, y, ln, size); y -= lead
        return y
    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w); self.c.line(x1, y1, x2, y2)
    def rect(self, x, y, w, h, lw=0.5):
        self.c.setLineWidth(lw); self.c.rect(x, y, w, h)
    def table(self, y, cols, header, rows, rules=True, size=8.5, row_h=14, right_cols=(), x0=None, x1=None):
        """cols: list of x positions (left edge, or right edge for right_cols)."""
        x0 = x0 if x0 is not None else cols[0] - 4
        x1 = x1 if x1 is not None else self.w - 36
        def row(vals, bold=False):
            for i, v in enumerate(vals):
                if i in right_cols:
                    self.t(cols[i], y - 10, str(v), size, bold, right=True)
                else:
                    self.t(cols[i], y - 10, str(v), size, bold)
        if rules: self.line(x0, y, x1, y, 0.8)
        row(header, True); y -= row_h
        if rules: self.line(x0, y, x1, y, 0.8)
        else: self.line(x0, y + 1, x1, y + 1, 0.3)
        for r in rows:
            row(r); y -= row_h
            if rules: self.line(x0, y, x1, y, 0.3)
        return y
    def page(self):
        self.c.showPage()
    def bytes(self):
        self.c.save()
        return self.buf.getvalue()

def money(v, dec=",", th="."):
    s = "{:,.2f}".format(v)
    if dec == ".":
        return s if th == "," else s.replace(",", th)
    return s.replace(",", "X").replace(".", dec).replace("X", th)
