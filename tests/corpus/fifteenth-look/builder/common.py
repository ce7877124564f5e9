"""Shared helpers: labels, e-mails, byte-reproducible zip (xlsx) output."""
import io
import json
import os
import zipfile
from email.message import EmailMessage
from email import policy

from catalog_data import BY_SKU

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

SELLER = {
    "name": "Kestrel Ridge Scientific, Inc.",
    "street": "2750 Tollgate Parkway",
    "city": "Fairmont Hills", "region": "OH", "postal": "45390", "country": "US",
    "phone": "(937) 555-0142", "orders": "orders@kestrelridgesci.com",
    "eu_name": "Kestrel Ridge Scientific B.V.",
    "eu_street": "Kiljanstraat 18", "eu_city": "Rotterdam", "eu_postal": "3044 BH",
    "eu_phone": "+31 10 555 0190", "eu_orders": "orders.eu@kestrelridgesci.com",
}

ALL_LABELS = {}
OMIT = object()  # header value that is ambiguous in the document: key left out (not scored)


def ln(sku, qty, uom, desc, price=None, cp=None):
    if sku is not None and sku not in BY_SKU:
        raise ValueError("unknown sku " + sku)
    return {"sku": sku, "customer_part": cp, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def label(name, kind, customer, po=None, od=None, rd=None, cur=None, ship_to=None, lines=()):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": od,
         "requested_date": rd, "currency": cur, "ship_to": ship_to, "lines": list(lines)}
    d = {k: v for k, v in d.items() if v is not OMIT}
    ALL_LABELS[name] = d
    base = os.path.splitext(name)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return d


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def write_text(name, text, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    write_bytes(name, text.encode("utf-8"))


def eml(name, frm, to, subject, date, msgid, text=None, html=None, cc=None,
        in_reply_to=None, references=None, attachments=(), extra=(), received=None):
    m = EmailMessage(policy=policy.default)
    if received:
        for r in received:
            m["Received"] = r
    m["Return-Path"] = "<" + frm.split("<")[-1].rstrip(">") + ">" if "<" in frm else "<" + frm + ">"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text)
    if html is not None:
        if text is None:
            m.set_content(html, subtype="html")
        else:
            m.add_alternative(html, subtype="html")
    for fname, ctype, data in attachments:
        maint, sub = ctype.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    # deterministic boundaries
    n = [0]

    def fix(part):
        if part.is_multipart():
            n[0] += 1
            part.set_boundary("----=_Part_%s_%d" % (msgid.strip("<>").split("@")[0][-8:], n[0]))
            for p in part.iter_parts():
                fix(p)
    fix(m)
    write_bytes(name, m.as_bytes(policy=policy.default.clone(linesep="\r\n")))


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip (xlsx) with fixed timestamps and order so output is byte-reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re as _re
                data_ = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-11-30T09:00:00Z\2", data_)
                data_ = _re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)", rb"\g<1>2026-11-30T09:00:00Z\2", data_)
            dst.writestr(zi, data_)
    return out.getvalue()
