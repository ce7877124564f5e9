from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas as rcanvas
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

class NumberedCanvas(rcanvas.Canvas):
    def __init__(self, *a, **k):
        self.pfmt = k.pop("pfmt", "Page {n} of {t}")
        self.ppos = k.pop("ppos", None)
        super().__init__(*a, **k)
        self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        self.showPage()
        t = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self.pfmt:
                self.setFont("Helvetica", 7.5)
                x, y = self.ppos or (self._pagesize[0] - 40, 22)
                self.drawRightString(x, y, self.pfmt.format(n=self._pageNumber, t=t))
            super().showPage()
        super().save()

def text_block(c, x, y, lines, font="Helvetica", size=8.5, lead=None, title=None, tfont="Helvetica-Bold", width=None):
    lead = lead or size + 2.2
    if title:
        c.setFont(tfont, size); c.drawString(x, y, title); y -= lead
    c.setFont(font, size)
    for ln in lines:
        parts = simpleSplit(ln, font, size, width) if width else [ln]
        for p in parts:
            c.drawString(x, y, p); y -= lead
    return y

def fmt_num(v, dec=2, comma=False, thou=True):
    s = f"{v:,.{dec}f}" if thou else f"{v:.{dec}f}"
    if comma:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s

def draw_table(c, x0, y, cols, rows, page_h, new_page_cb, size=8, font="Helvetica", hfont="Helvetica-Bold",
               grid=False, hfill=None, htext=colors.black, zebra=None, bottom=70, pad=3, hline=True, lead=None):
    """cols: list of (header, width, align). rows: list of list of str. returns y after table."""
    lead = lead or size + 1.8
    def header(y):
        hh = []
        for h, w, a in cols:
            hh.append(simpleSplit(h, hfont, size, w - 2 * pad))
        nh = max(len(h) for h in hh)
        hgt = nh * lead + 2 * pad
        if hfill is not None:
            c.setFillColor(hfill); c.rect(x0, y - hgt, sum(w for _, w, _ in cols), hgt, stroke=0, fill=1)
        c.setFillColor(htext); c.setFont(hfont, size)
        x = x0
        for (h, w, a), parts in zip(cols, hh):
            yy = y - pad - size
            for p in parts:
                if a == "R": c.drawRightString(x + w - pad, yy, p)
                elif a == "C": c.drawCentredString(x + w / 2, yy, p)
                else: c.drawString(x + pad, yy, p)
                yy -= lead
            if grid: c.rect(x, y - hgt, w, hgt, stroke=1, fill=0)
            x += w
        c.setFillColor(colors.black)
        if hline and not grid:
            c.setLineWidth(0.8); c.line(x0, y - hgt, x0 + sum(w for _, w, _ in cols), y - hgt)
        return y - hgt
    y = header(y)
    for i, r in enumerate(rows):
        cells = [simpleSplit(str(v), font, size, w - 2 * pad) or [""] for v, (h, w, a) in zip(r, cols)]
        n = max(len(cc) for cc in cells)
        hgt = n * lead + 2 * pad
        if y - hgt < bottom:
            c.setFont("Helvetica-Oblique", 7.5); c.drawString(x0, bottom - 12, "continued on next page ...")
            c.showPage()
            y = new_page_cb(c)
            y = header(y)
        if zebra is not None and i % 2 == 1:
            c.setFillColor(zebra); c.rect(x0, y - hgt, sum(w for _, w, _ in cols), hgt, stroke=0, fill=1); c.setFillColor(colors.black)
        c.setFont(font, size)
        x = x0
        for (h, w, a), parts in zip(cols, cells):
            yy = y - pad - size + 1
            for p in parts:
                if a == "R": c.drawRightString(x + w - pad, yy, p)
                elif a == "C": c.drawCentredString(x + w / 2, yy, p)
                else: c.drawString(x + pad, yy, p)
                yy -= lead
            if grid: c.rect(x, y - hgt, w, hgt, stroke=1, fill=0)
            x += w
        y -= hgt
        if not grid and hline == "all":
            c.setLineWidth(0.3); c.line(x0, y, x0 + sum(w for _, w, _ in cols), y)
    if not grid and hline:
        c.setLineWidth(0.8); c.line(x0, y, x0 + sum(w for _, w, _ in cols), y)
    return y

def totals_block(c, xr, y, rows, size=8.5, font="Helvetica", bfont="Helvetica-Bold", labw=110, box=False):
    for i, (lab, val) in enumerate(rows):
        f = bfont if i == len(rows) - 1 else font
        c.setFont(f, size)
        c.drawRightString(xr - labw + 40, y, lab)
        c.drawRightString(xr, y, val)
        y -= size + 5
    return y
