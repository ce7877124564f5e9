import datetime as dt
import hashlib
import io
import json
import os
from email.message import EmailMessage
from email.utils import format_datetime

from data import SELLER

# The corpus folder is the one above this builder.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDERS = "orders@" + SELLER["domain"]
REP = "Dana Whitcombe <dwhitcombe@%s>" % SELLER["domain"]
DOCS = []  # (filename, label)


def L(sku, part, desc, qty, uom, price):
    return {"sku": sku, "customer_part": part, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def po(customer, po_number, lines, order_date=None, requested_date=None, currency=None,
       ship_to=None, omit_requested=False):
    d = {"kind": "purchase_order", "customer": customer, "po_number": po_number,
         "order_date": order_date}
    if not omit_requested:
        d["requested_date"] = requested_date
    if currency:
        d["currency"] = currency
    if ship_to:
        d["ship_to"] = ship_to
    d["lines"] = lines
    return d


def ship(name=None, street=None, city=None, region=None, postal=None, country=None):
    d = {}
    for k, v in (("name", name), ("street", street), ("city", city), ("region", region),
                 ("postal_code", postal), ("country", country)):
        if v is not None:
            d[k] = v
    return d


def not_order(kind="not_an_order"):
    return {"kind": kind, "lines": []}


def parse_date(s):
    # "2026-03-09 10:22 -0500"
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def eml(name, label, frm, subject, date, body=None, html=None, atts=(), to=ORDERS, cc=None,
        extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Date"] = format_datetime(parse_date(date))
    m["Subject"] = subject
    dom = frm.split("@")[-1].rstrip(">").strip()
    h = hashlib.sha1(name.encode()).hexdigest()[:16]
    m["Message-ID"] = "<%s.%s@%s>" % (h, parse_date(date).strftime("%Y%m%d%H%M"), dom)
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    for fn, data, mt, st in atts:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    path = os.path.join(OUT, name + ".eml")
    with open(path, "wb") as f:
        f.write(bytes(m))
    DOCS.append((name + ".eml", name, label))


def bare(name, ext, data, label):
    path = os.path.join(OUT, name + "." + ext)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    DOCS.append((name + "." + ext, name, label))


def write_label(name, label):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)
        f.write("\n")


def fixed(rows, widths, aligns=None):
    out = []
    for r in rows:
        cells = []
        for i, (c, w) in enumerate(zip(r, widths)):
            a = (aligns or "l" * len(widths))[i]
            c = str(c)
            cells.append(c.rjust(w) if a == "r" else c.ljust(w))
        out.append(" ".join(cells).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------- PDF
def pdf(*, title, company, meta, blocks, cols, rows, totals=(), notes=(), bold=False,
        pagesize=None, fs=8):
    """cols: list of (header, x, align, width_chars) ; x is left edge (l) or right edge (r)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    ps = pagesize or letter
    W, H = ps
    c = canvas.Canvas(buf, pagesize=ps)
    c.setTitle(title)

    def t(x, y, s, font="Helvetica", size=fs, b=False, align="l"):
        c.setFont(font, size)
        fn = c.drawRightString if align == "r" else c.drawString
        fn(x, y, s)
        if b and bold:
            fn(x + 0.3, y + 0.05, s)  # fake bold: same text drawn again, tiny offset

    y = H - 50
    for i, s in enumerate(company):
        t(40, y - i * 11, s, size=fs + (3 if i == 0 else 0), b=(i == 0),
          font="Helvetica-Bold" if (i == 0 and not bold) else "Helvetica")
    t(W - 40, H - 50, title, font="Helvetica-Bold" if not bold else "Helvetica", size=15,
      b=True, align="r")
    for i, (k, v) in enumerate(meta):
        t(W - 200, H - 72 - i * 11, k, b=True)
        t(W - 40, H - 72 - i * 11, v, align="r")
    y = H - 80 - max(len(company) * 11, len(meta) * 11 + 20) - 10
    n = len(blocks)
    bw = (W - 80) / max(n, 1)
    maxl = 0
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for j, (bt, lines) in enumerate(blocks):
        x = 40 + j * bw
        for s_ in lines:
            if stringWidth(s_, "Helvetica", fs) > bw - 6:
                print("WARN block overflow:", title, s_)
        t(x, y, bt, font="Helvetica-Bold" if not bold else "Helvetica", b=True)
        for i, s in enumerate(lines):
            t(x, y - 12 - i * 10, s)
        maxl = max(maxl, len(lines))
    y = y - 12 - maxl * 10 - 18
    c.line(40, y + 10, W - 40, y + 10)
    for h, x, a in cols:
        t(x, y, h, font="Helvetica-Bold" if not bold else "Helvetica", b=True, align=a)
    c.line(40, y - 4, W - 40, y - 4)
    y -= 16
    for r in rows:
        for k_, ((h, x, a), v) in enumerate(zip(cols, r)):
            if a == "l" and k_ + 1 < len(cols):
                nx, na = cols[k_ + 1][1], cols[k_ + 1][2]
                lim = nx - (30 if na == "r" else 0)
                if x + stringWidth(str(v), "Helvetica", fs) > lim - 3:
                    print("WARN cell overflow:", title, v)
        for (h, x, a), v in zip(cols, r):
            t(x, y, str(v), align=a)
        y -= 12
    c.line(40, y + 6, W - 40, y + 6)
    y -= 8
    rx = cols[-1][1]
    for k, v in totals:
        t(rx - 90, y, k, b=True, align="r")
        t(rx, y, v, align="r")
        y -= 12
    y -= 10
    for s in notes:
        t(40, y, s)
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()
