"""Shared helpers: label construction, e-mail assembly, document registry."""
import datetime as _dt
import hashlib
import re
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from email import encoders

from catalog_data import CAT, CUST, site_of

OMIT = object()   # key left out of the label (= not scored)

REGISTRY = []     # (filename, builder function)


def doc(filename):
    def deco(fn):
        REGISTRY.append((filename, fn))
        return fn
    return deco


def L(sku, qty, uom, desc, price=None, part=None):
    """One expected line. sku None = the catalog does not carry what was asked for."""
    if sku is not None:
        assert sku in CAT, f"unknown sku {sku}"
    return {"sku": sku, "customer_part": part, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def label(kind="purchase_order", customer=OMIT, po=OMIT, order_date=OMIT, requested=OMIT,
          currency=OMIT, ship_to=OMIT, lines=OMIT):
    out = {"kind": kind}
    for k, v in (("customer", customer), ("po_number", po), ("order_date", order_date),
                 ("requested_date", requested), ("currency", currency), ("ship_to", ship_to),
                 ("lines", lines)):
        if v is not OMIT:
            out[k] = v
    return out


def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def csite(cid, idx):
    """Ship-to taken from customers.csv (the document names the site but does not print it)."""
    s = site_of(cid, idx)
    if s["region"] == "":
        s["region"] = None
    return s


def cname(cid):
    return CUST[cid]["name"]


# ---------------------------------------------------------------- e-mail
def tz(hours):
    return _dt.timezone(_dt.timedelta(hours=hours))


def when(y, mo, d, h, mi, s=0, off=-5):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def text_part(s, subtype="plain", charset="utf-8", enc="qp"):
    try:
        s.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and enc not in ("b64",):
        return MIMEText(s, subtype, "us-ascii")
    cs = Charset(charset)
    cs.body_encoding = QP if enc == "qp" else BASE64
    cs.header_encoding = QP
    return MIMEText(s, subtype, cs)


def attachment(data, filename, maintype, subtype):
    part = MIMEBase(maintype, subtype, name=filename)
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def addr_hdr(s):
    """'Name <addr>' -> RFC 2047-encoded display name, plain address."""
    m = re.match(r"^(.*?)\s*<([^>]+)>$", s.strip())
    if not m:
        return s
    return formataddr((m.group(1), m.group(2)), charset="utf-8")


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def make_email(frm, to, subject, date, text=None, html=None, attachments=(), cc=None,
               headers=None, charset="utf-8", enc="qp", msgid=None, html_only=False):
    """Build an RFC 5322 message. attachments: list of (bytes, filename, maintype, subtype)."""
    body = None
    h = hashlib.sha1((subject + date.isoformat()).encode()).hexdigest()[:20]
    if html is not None and text is not None and not html_only:
        body = MIMEMultipart("alternative")
        body.set_boundary("_000_" + h + "_alt")
        body.attach(text_part(text, "plain", charset, enc))
        body.attach(text_part(html, "html", charset, enc))
    elif html is not None:
        body = text_part(html, "html", charset, enc)
    else:
        body = text_part(text, "plain", charset, enc)
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.set_boundary("_001_" + h + "_mix")
        msg.attach(body)
        for data, fn, mt, st in attachments:
            msg.attach(attachment(data, fn, mt, st))
    else:
        msg = body
    msg["From"] = addr_hdr(frm)
    msg["To"] = addr_hdr(to)
    if cc:
        msg["Cc"] = addr_hdr(cc)
    msg["Subject"] = hdr(subject)
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">")
    msg["Message-ID"] = msgid or f"<{date.strftime('%Y%m%d%H%M%S')}.{int(hashlib.sha1(subject.encode()).hexdigest()[:6], 16) % 99991}@{dom}>"
    for k, v in (headers or {}).items():
        msg[k] = v
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    # put the envelope-ish headers first like real mail
    items = msg._headers
    order = ["Return-Path", "Received", "From", "To", "Cc", "Subject", "Date", "Message-ID",
             "In-Reply-To", "References", "Thread-Topic", "Thread-Index", "Reply-To"]
    items.sort(key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return msg.as_bytes()


ORDERS = "Northgate Orders <orders@northgateprovisions.com>"


def money(x, dec=".", thou=","):
    s = f"{x:,.2f}"
    if dec == ",":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", thou)
    elif thou != ",":
        s = s.replace(",", thou)
    return s


def ext(lines):
    return round(sum(l["quantity"] * l["unit_price"] for l in lines), 2)
