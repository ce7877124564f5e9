"""Tiny drawing helper over reportlab canvas so each PDF can have its own layout."""
import io

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


class Pdf:
    def __init__(self, size="letter", font="Helvetica", title="", producer="", author=""):
        self.buf = io.BytesIO()
        self.size = letter if size == "letter" else A4
        self.W, self.H = self.size
        self.c = canvas.Canvas(self.buf, pagesize=self.size)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        if producer:
            self.c.setProducer(producer)
            self.c.setCreator(producer)
        self.font = font
        self.page = 1
        self.footer = None

    # y is measured from the TOP of the page to keep layouts readable
    def Y(self, y):
        return self.H - y

    def text(self, x, y, s, size=9, bold=False, font=None, align="left", color=None):
        f = font or self.font
        if bold:
            f = BOLD.get(f, f)
        self.c.setFont(f, size)
        if color:
            self.c.setFillColorRGB(*color)
        if align == "left":
            self.c.drawString(x, self.Y(y), s)
        elif align == "right":
            self.c.drawRightString(x, self.Y(y), s)
        else:
            self.c.drawCentredString(x, self.Y(y), s)
        if color:
            self.c.setFillColorRGB(0, 0, 0)

    def lines(self, x, y, rows, size=9, lead=None, bold_first=False, font=None):
        lead = lead or size + 3
        for i, r in enumerate(rows):
            self.text(x, y + i * lead, r, size=size, bold=(bold_first and i == 0), font=font)
        return y + len(rows) * lead

    def block(self, x, y, title, rows, w=None, size=9, box=False, shade=False, title_size=None,
              bold_first=False):
        """Titled address block. Returns the y below it."""
        lead = size + 3
        h = (len(rows) + 1) * lead + 8
        if box and w:
            if shade:
                self.c.setFillColorRGB(0.88, 0.88, 0.88)
                self.c.rect(x, self.Y(y + lead + 1), w, lead + 2, stroke=0, fill=1)
                self.c.setFillColorRGB(0, 0, 0)
            self.c.rect(x, self.Y(y + h - 4), w, h, stroke=1, fill=0)
        tx = x + (4 if box else 0)
        if title:
            self.text(tx, y + lead - 2, title, size=title_size or size, bold=True)
            y0 = y + 2 * lead - 2
        else:
            y0 = y + lead - 2
        self.lines(tx, y0, rows, size=size, lead=lead, bold_first=bold_first)
        return y + h + 4

    def kv(self, x, y, pairs, lw=80, size=9, lead=None, bold_label=True):
        lead = lead or size + 3
        for i, (k, v) in enumerate(pairs):
            self.text(x, y + i * lead, k, size=size, bold=bold_label)
            self.text(x + lw, y + i * lead, v, size=size)
        return y + len(pairs) * lead

    def hline(self, x1, x2, y, width=0.6):
        self.c.setLineWidth(width)
        self.c.line(x1, self.Y(y), x2, self.Y(y))

    def rect(self, x, y, w, h, fill=None):
        if fill:
            self.c.setFillColorRGB(*fill)
            self.c.rect(x, self.Y(y + h), w, h, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.c.rect(x, self.Y(y + h), w, h, stroke=1, fill=0)

    def new_page(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page += 1
        return 50

    def table(self, x, y, cols, rows, size=8, grid=False, header_fill=(0.85, 0.85, 0.85),
              row_lead=None, wrap=None):
        """cols: [(header, width, align)]. rows: list of lists of str. Returns y below."""
        lead = row_lead or size + 6
        total = sum(c[1] for c in cols)

        def header(yy):
            if header_fill:
                self.rect(x, yy, total, lead, fill=header_fill)
            cx = x
            for h, w, a in cols:
                self._cell(cx, yy + lead - 4, w, h, a, size, bold=True)
                cx += w
            if grid:
                self.rect(x, yy, total, lead)
            return yy + lead

        y = header(y)
        for r in rows:
            cells = [str(v) for v in r]
            if y + lead > self.H - 60:
                y = self.new_page()
                y = header(y)
            cx = x
            for (h, w, a), v in zip(cols, cells):
                self._cell(cx, y + lead - 4, w, v, a, size)
                cx += w
            if grid:
                self.rect(x, y, total, lead)
                cx = x
                for h, w, a in cols[:-1]:
                    cx += w
                    self.c.line(cx, self.Y(y), cx, self.Y(y + lead))
            y += lead
        if not grid:
            self.hline(x, x + total, y + 2)
        return y + 6

    def _cell(self, x, y, w, s, align, size, bold=False):
        if align == "right":
            self.text(x + w - 3, y, s, size=size, bold=bold, align="right")
        elif align == "center":
            self.text(x + w / 2, y, s, size=size, bold=bold, align="center")
        else:
            self.text(x + 3, y, s, size=size, bold=bold)

    def bytes(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def money(v, sym=""):
    return f"{sym}{v:,.2f}"
