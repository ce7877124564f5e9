"""Deterministic writers: e-mail (.eml), PDF (reportlab invariant), xlsx (fixed zip stamps), csv."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
from email.utils import format_datetime
import datetime as dt

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

SELLER = "Stillwater Plumbing & HVAC Supply Co."
SELLER_ADDR = ["1840 Stanley Ave", "Dayton, OH 45404"]
ORDERS = "orders@stillwatersupply.com"
EST = dt.timezone(dt.timedelta(hours=-5))


def when(y: int, mo: int, d: int, h: int, mi: int) -> str:
    return format_datetime(dt.datetime(y, mo, d, h, mi, 7, tzinfo=EST))


def _text(body: str, subtype: str = "plain") -> MIMEText:
    body.encode("ascii")  # keep bodies 7-bit so they stay readable in the .eml
    return MIMEText(body, subtype, "us-ascii")


def eml(name: str, frm: str, subject: str, date: str, text: str | None = None, html: str | None = None,
        attachments: list[tuple[str, bytes, str]] = (), to: str = ORDERS, cc: str | None = None,
        in_reply_to: str | None = None, extra_headers: list[tuple[str, str]] = ()) -> bytes:
    """One message; boundaries derive from the file name so rebuilding is byte-identical."""
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary=f"==alt_{name}==")
        body.attach(_text(text))
        body.attach(_text(html, "html"))
    elif html is not None:
        body = _text(html, "html")
    else:
        body = _text(text or "")
    if attachments:
        msg = MIMEMultipart("mixed", boundary=f"==mix_{name}==")
        msg.attach(body)
        for fname, data, ctype in attachments:
            maintype, subtype = ctype.split("/")
            if maintype == "text":
                part = MIMEText(data.decode("utf-8"), subtype, "utf-8")
            else:
                part = MIMEBase(maintype, subtype)
                part.set_payload(data)
                encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=fname)
            msg.attach(part)
    else:
        msg = body
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{name}.{abs(hash_str(name)) % 10**10}@mail.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in extra_headers:
        msg[k] = v
    # content headers go after the envelope ones, where mail clients put them
    content = [(k, v) for k, v in msg.items() if k.lower() in ("content-type", "mime-version",
                                                              "content-transfer-encoding")]
    for k in {k for k, _ in content}:
        del msg[k]
    msg["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg.as_bytes()


def hash_str(s: str) -> int:
    """Stable string hash (Python's hash() is salted per process)."""
    h = 1469598103934665603
    for c in s.encode():
        h = ((h ^ c) * 1099511628211) % (1 << 64)
    return h


# --------------------------------------------------------------------------------------- csv
def csv_bytes(rows: list[list], crlf: bool = True) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


# -------------------------------------------------------------------------------------- xlsx
FIXED_ZIP_TIME = (2026, 11, 2, 8, 0, 0)


def xlsx_bytes(build) -> bytes:
    """build(wb) fills an openpyxl workbook; the saved zip is re-stamped so it is reproducible."""
    import openpyxl

    wb = openpyxl.Workbook()
    build(wb)
    fixed = dt.datetime(2026, 11, 2, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "buyer"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-02T08:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------------------- pdf
def _fmt(v: float) -> str:
    return f"{v:,.2f}"


class Pdf:
    """A thin reportlab canvas wrapper with an invariant (byte-stable) document."""

    def __init__(self, title: str):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=letter, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.w, self.h = letter

    def text(self, x, y, s, size=9, bold=False, right=False, center=False):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        if right:
            self.c.drawRightString(x, y, s)
        elif center:
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def lines(self, x, y, rows, size=9, lead=11, bold_first=False):
        for i, r in enumerate(rows):
            self.text(x, y - i * lead, r, size, bold=bold_first and i == 0)
        return y - len(rows) * lead

    def box(self, x, y, w, h, fill=None):
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, y, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, y, w, h)

    def hline(self, x1, x2, y, width=0.5):
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)
        self.c.setLineWidth(1)

    def page(self):
        self.c.showPage()

    def done(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


def table(pdf: Pdf, y: float, cols: list[tuple[str, float, str]], rows: list[list[str]], x0: float = 40,
          size: float = 8.5, lead: float = 13, header_fill: float = 0.85, bottom: float = 90,
          on_new_page=None) -> float:
    """Draw a simple ruled table; cols = (heading, width, align 'l'|'r'|'c'). Breaks pages."""
    def header(yy):
        total = sum(c[1] for c in cols)
        pdf.box(x0, yy - 4, total, lead, fill=header_fill)
        x = x0
        for head, wid, al in cols:
            _cell(pdf, x, yy, wid, head, al, size, True)
            x += wid
        return yy - lead

    y = header(y)
    for r in rows:
        if y < bottom:
            pdf.page()
            y = on_new_page() if on_new_page else pdf.h - 60
            y = header(y)
        x = x0
        for (head, wid, al), val in zip(cols, r):
            _cell(pdf, x, y, wid, val, al, size, False)
            x += wid
        pdf.hline(x0, x0 + sum(c[1] for c in cols), y - 4, 0.2)
        y -= lead
    return y


def _cell(pdf, x, y, wid, val, al, size, bold):
    if al == "r":
        pdf.text(x + wid - 3, y, val, size, bold, right=True)
    elif al == "c":
        pdf.text(x + wid / 2, y, val, size, bold, center=True)
    else:
        pdf.text(x + 3, y, val, size, bold)


def money(v) -> str:
    return "" if v is None else _fmt(v)
