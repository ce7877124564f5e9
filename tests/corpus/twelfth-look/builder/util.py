"""Shared helpers: label lines, email assembly, deterministic output."""
import datetime as dt
import email.utils
import io
import zipfile
from email.message import EmailMessage
from email import policy

from master import BY_SKU, SELLER

TZ = dt.timezone(dt.timedelta(hours=-5))   # EST (all dates before the March DST switch use -05:00)
TZ_DST = dt.timezone(dt.timedelta(hours=-4))


def L(sku, qty, uom, price=None, desc="", cp=None):
    """One expected line. price = the unit price printed in the document (per `uom`), or None."""
    if sku is not None and sku not in BY_SKU:
        raise KeyError(f"unknown sku {sku}")
    return {"sku": sku, "customer_part": cp, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def cat_price(sku, uom=None):
    """Catalog price for sku in the given uom (BX/CS/PK of an EA item = pack price)."""
    c = BY_SKU[sku]
    if uom is None or uom == c["uom"]:
        return c["unit_price"]
    if uom in ("BX", "CS", "PK") and c["uom"] == "EA":
        return round(c["unit_price"] * c["pack_size"], 2)
    raise ValueError(f"no price for {sku} in {uom}")


def when(y, m, d, hh=9, mm=0, ss=0, dst=False):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=TZ_DST if dst else TZ)


_counter = [0]


def make_eml(frm, subject, date, text=None, html=None, to=None, cc=None,
             attachments=(), msgid_seed="", in_reply_to=None, extra_headers=None):
    """Build an RFC 5322 message. attachments: (filename, maintype, subtype, bytes)."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to or f"Kestrel Point Orders <{SELLER['orders_email']}>"
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">").strip()
    msg["Message-ID"] = f"<{msgid_seed or subject[:12].replace(' ', '')}.{date.strftime('%Y%m%d%H%M%S')}@{dom}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if text is not None:
        msg.set_content(text, cte="quoted-printable")
        if html is not None:
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", cte="quoted-printable")
    else:
        msg.set_content("")
    for (fn, mt, st, data) in attachments:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    # deterministic boundaries
    n = [0]
    for part in msg.walk():
        if part.is_multipart():
            n[0] += 1
            part.set_boundary(f"----=_Part_{abs(hash_str(subject)) % 99991}_{n[0]}")
    return msg.as_bytes()


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def fix_zip_times(data):
    """Rewrite a zip (xlsx) with fixed timestamps so builds are byte-reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 0, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                data_ = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-03-01T00:00:00Z\g<2>", data_)
            z.writestr(ni, data_)
    return out.getvalue()


def money(x):
    return f"{x:,.2f}"
