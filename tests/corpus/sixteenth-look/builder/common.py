"""Deterministic writers: .eml, PDF (reportlab), XLSX (openpyxl), labels."""
import base64
import io
import json
import os
import zipfile
from datetime import datetime
from email.header import Header

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter, A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from masterdata import CAT, price  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
WRITTEN = []


def L(sku, description, quantity, uom, unit_price=None, customer_part=None):
    return {"sku": sku, "customer_part": customer_part, "description": description,
            "quantity": quantity, "uom": uom, "unit_price": unit_price}


def label(customer, po, order_date, requested_date, currency, ship_to, lines, kind="purchase_order"):
    # a ship-to part the document leaves unnamed (e.g. no site name) is left out, i.e. not scored
    if ship_to is not None:
        ship_to = {k: v for k, v in ship_to.items() if v is not None}
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
            "requested_date": requested_date, "currency": currency, "ship_to": ship_to,
            "lines": lines}


def write(name, data, lab):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)
    base = name.rsplit(".", 1)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")
    WRITTEN.append((name, lab))


def _hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def eml(name, frm, to, subject, date, text, html=None, attachments=(), cc=None):
    """Build a MIME message by hand so the boundaries are fixed."""
    h = [f"From: {_hdr(frm) if '<' not in frm else frm}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h += [f"Subject: {_hdr(subject)}", f"Date: {date}",
          f"Message-ID: <{name}@mail.sixteenth-look.example>", "MIME-Version: 1.0"]
    text_part = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]
    if html is not None:
        b = f"alt-{name}"
        body = [f'Content-Type: multipart/alternative; boundary="{b}"', "", f"--{b}", *text_part,
                f"--{b}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
                html, f"--{b}--", ""]
    else:
        body = text_part
    if attachments:
        b = f"mixed-{name}"
        parts = [f'Content-Type: multipart/mixed; boundary="{b}"', "", "This is a multi-part message in MIME format.",
                 f"--{b}", *body]
        for fname, ctype, data in attachments:
            enc = base64.b64encode(data).decode()
            lines = [enc[i:i + 76] for i in range(0, len(enc), 76)]
            parts += [f"--{b}", f'Content-Type: {ctype}; name="{fname}"', "Content-Transfer-Encoding: base64",
                      f'Content-Disposition: attachment; filename="{fname}"', "", *lines]
        parts += [f"--{b}--", ""]
        body = parts
    return "\n".join(h + body) + "\n"


def fixzip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data_ = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                               rb"\g<1>2026-12-01T08:00:00Z\g<2>", data_)
            zout.writestr(zi, data_)
    return out.getvalue()


def xlsx(build):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = datetime(2026, 12, 1, 8, 0, 0)
    wb.properties.modified = datetime(2026, 12, 1, 8, 0, 0)
    wb.properties.creator = "user"
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return fixzip(buf.getvalue())


class Pdf:
    def __init__(self, pagesize=letter, title="Purchase Order"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.w, self.h = pagesize
        self.font = "Helvetica"

    def text(self, x, y, s, size=9, font=None, right=False):
        self.c.setFont(font or self.font, size)
        if right:
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def lines(self, x, y, rows, size=9, lead=11, font=None):
        for r in rows:
            self.text(x, y, r, size, font)
            y -= lead
        return y

    def table(self, x, y, widths, rows, ruled=True, size=8, lead=14, header_bold=True, aligns=None):
        """rows[0] is the header. Returns y below the table."""
        total = sum(widths)
        aligns = aligns or ["l"] * len(widths)
        for i, r in enumerate(rows):
            if ruled:
                self.c.setLineWidth(0.6)
                self.c.rect(x, y - lead + 3, total, lead, stroke=1, fill=0)
                cx = x
                for wd in widths[:-1]:
                    cx += wd
                    self.c.line(cx, y - lead + 3, cx, y + 3)
            cx = x
            for j, (cell, wd) in enumerate(zip(r, widths)):
                f = "Helvetica-Bold" if (i == 0 and header_bold and self.font == "Helvetica") else self.font
                if aligns[j] == "r" and i > 0:
                    self.text(cx + wd - 3, y - lead + 7, str(cell), size, f, right=True)
                else:
                    self.text(cx + 3, y - lead + 7, str(cell), size, f)
                cx += wd
            if not ruled and i == 0:
                self.c.setLineWidth(0.8)
                self.c.line(x, y - lead + 4, x + total, y - lead + 4)
            y -= lead
        return y

    def page(self):
        self.c.showPage()

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


def money(v, dec=",", thou=""):
    s = f"{v:,.2f}"
    if dec == ",":
        s = s.replace(",", "X").replace(".", ",").replace("X", thou)
    return s
