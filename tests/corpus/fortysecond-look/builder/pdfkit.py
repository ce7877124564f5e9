"""Small reportlab canvas renderer for ERP-looking purchase orders."""
import io, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LM", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"))

FONTS = {"dv": ("DV", "DVB"), "ls": ("LS", "LSB"), "lm": ("LM", "LSB")}

def render(spec):
    reg, bold = FONTS[spec.get("font", "dv")]
    size = letter if spec.get("letter") else A4
    W, H = size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    c.setTitle(spec.get("title", "Purchase Order"))
    rows = spec["rows"]
    rpp = spec.get("rows_per_page", 30)
    chunks = [rows[i:i + rpp] for i in range(0, len(rows), rpp)] or [[]]
    terms = spec.get("terms", [])
    # pre-wrap terms into pages
    term_pages = []
    if terms:
        cur = []; n = 0
        for title, text in terms:
            block = [("B", title)] + [("R", l) for l in textwrap.wrap(text, 105)] + [("R", "")]
            if n + len(block) > 62:
                term_pages.append(cur); cur = []; n = 0
            cur += block; n += len(block)
        if cur:
            term_pages.append(cur)
    total_pages = len(chunks) + len(term_pages)
    page = 0
    M = 40
    cols = spec["columns"]
    style = spec.get("style", "ruled")
    for ci, chunk in enumerate(chunks):
        page += 1
        y = H - M
        # letterhead
        lh = spec["letterhead"]
        if spec.get("band"):
            c.setFillColorRGB(*spec["band"]); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1)
        c.setFont(bold, 16); c.drawString(M, y - 6, lh[0])
        c.setFont(reg, 8)
        for i, l in enumerate(lh[1:]):
            c.drawString(M, y - 20 - 10 * i, l)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(bold, 14); c.drawRightString(W - M, y - 6, spec["title"])
        c.setFont(reg, 9)
        yy = y - 22
        for k, v in spec.get("meta", []):
            c.drawRightString(W - M - 110, yy, k); c.drawString(W - M - 100, yy, v); yy -= 12
        y = min(y - 20 - 10 * len(lh), yy) - 16
        if ci == 0:
            blocks = spec.get("blocks", [])
            bw = (W - 2 * M) / max(1, len(blocks))
            maxh = 0
            for bi, (bt, bl) in enumerate(blocks):
                x = M + bi * bw
                c.setFont(bold, 9); c.drawString(x, y, bt)
                c.setFont(reg, 9)
                for li, l in enumerate(bl):
                    c.drawString(x, y - 12 - 11 * li, l)
                maxh = max(maxh, 12 + 11 * len(bl))
                if style == "grid":
                    c.rect(x - 3, y - maxh - 4, bw - 8, maxh + 14, stroke=1, fill=0)
            y -= maxh + 20
            for l in spec.get("pre", []):
                c.setFont(reg, 9); c.drawString(M, y, l); y -= 12
            y -= 6
        else:
            c.setFont(reg, 9); c.drawString(M, y, spec.get("cont", "continued") ); y -= 18
        # table header
        x = M
        c.setFont(bold, 8.5)
        if style in ("ruled", "grid"):
            c.setFillColorRGB(0.88, 0.9, 0.93); c.rect(M, y - 4, sum(w for _, w, _ in cols), 14, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        for h, w, al in cols:
            if al == "r": c.drawRightString(x + w - 4, y, h)
            else: c.drawString(x + 2, y, h)
            x += w
        y -= 6
        c.line(M, y, W - M, y)
        y -= 12
        c.setFont(reg, 8.5)
        for r in chunk:
            x = M
            for (h, w, al), val in zip(cols, r):
                if al == "r": c.drawRightString(x + w - 4, y, val)
                else: c.drawString(x + 2, y, val)
                x += w
            if style == "grid":
                c.line(M, y - 5, M + sum(w for _, w, _ in cols), y - 5)
            elif style == "ruled":
                c.setStrokeColorRGB(0.8, 0.8, 0.8); c.line(M, y - 5, W - M, y - 5); c.setStrokeColorRGB(0, 0, 0)
            y -= 15
        if style == "grid":
            x = M
            top = y + 15 * len(chunk) + 18
            for h, w, al in cols:
                c.line(x, top, x, y + 10); x += w
            c.line(x, top, x, y + 10)
        if ci == len(chunks) - 1:
            y -= 6
            c.line(W / 2, y + 8, W - M, y + 8)
            for k, v in spec.get("totals", []):
                c.setFont(bold, 9); c.drawRightString(W - M - 90, y - 4, k); c.drawRightString(W - M - 4, y - 4, v); y -= 13
            y -= 10
            c.setFont(reg, 8.5)
            for l in spec.get("notes", []):
                for wl in textwrap.wrap(l, 110) or [""]:
                    c.drawString(M, y, wl); y -= 11
        c.setFont(reg, 7.5)
        if spec.get("footer"):
            c.drawString(M, 28, spec["footer"])
        c.drawRightString(W - M, 28, spec.get("pagefmt", "Page {p} of {n}").format(p=page, n=total_pages))
        c.showPage()
    for tp in term_pages:
        page += 1
        y = H - M
        c.setFont(bold, 11); c.drawString(M, y, spec.get("terms_title", "Terms and Conditions of Purchase")); y -= 20
        for kind, l in tp:
            c.setFont(bold if kind == "B" else reg, 8); c.drawString(M, y, l); y -= 10.5
        c.setFont(reg, 7.5)
        if spec.get("footer"):
            c.drawString(M, 28, spec["footer"])
        c.drawRightString(W - M, 28, spec.get("pagefmt", "Page {p} of {n}").format(p=page, n=total_pages))
        c.showPage()
    c.save()
    return buf.getvalue()
