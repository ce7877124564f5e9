"""Shared helpers: output folder, label/line builders, e-mail assembly, document registry."""
import hashlib
import json
import os
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

from masterdata import CAT, CUST, SELLER

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGISTRY = []  # (filename, format, kind, what it tests)


def L(sku, qty, uom=None, price=None, part=None, desc=None):
    """One expected line. sku may be None (item not in catalog; then desc is required)."""
    c = CAT[sku] if sku else None
    return {"sku": sku, "customer_part": part,
            "description": desc or c["description"],
            "quantity": qty, "uom": uom or c["uom"],
            "unit_price": price}


def P(sku):
    """Catalog unit price as float (documents that print prices use the list price)."""
    return float(CAT[sku]["unit_price"])


def ship(name, street, city, region, postal, country="US"):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def main_ship(customer):
    c = CUST[customer]
    return ship(c[3], c[4], c[5], c[6], c[7])


def label(kind="purchase_order", customer=None, po=None, order_date=None, requested=None,
          currency=None, ship_to=None, lines=()):
    if kind == "not_an_order":
        return {"kind": kind, "customer": customer, "lines": []}
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
            "requested_date": requested, "currency": currency, "ship_to": ship_to,
            "lines": list(lines)}


def write_doc(filename, data, expected, fmt, what):
    path = os.path.join(OUT, filename)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)
    stem = filename.rsplit(".", 1)[0]
    with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    REGISTRY.append((filename, fmt, expected["kind"], what))


def when(s):
    """'2026-03-11 09:14' -> aware datetime (US Eastern-ish fixed offset)."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def eml(frm, subject, date, body, to=None, html=None, attachments=(), cc=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to or "Harborline Orders <%s>" % SELLER["orders"]
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when(date))
    m["Message-ID"] = msgid or "<%s.%d@mail.example>" % (date.replace(" ", "T").replace(":", ""), int(hashlib.md5(subject.encode()).hexdigest()[:6], 16))
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%s_%d" % (hashlib.md5((subject + date).encode()).hexdigest()[:12], n))
    return m.as_bytes()
