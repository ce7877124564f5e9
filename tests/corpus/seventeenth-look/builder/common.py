"""Shared helpers: line/label builders, .eml writer, registry of documents."""
import hashlib
import json
import os
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from masterdata import catalog_dict, main_site, customer, SELLER

CAT = catalog_dict()
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = []  # (filename, one-line test description, kind, format)
CENTRAL = timezone(timedelta(hours=-5))  # CDT in spring 2026


def ln(sku, qty, desc=None, price=None, part=None, uom=None):
    """One expected line; uom defaults to the catalog unit (documents are written so the
    ordered unit is the catalog unit)."""
    if sku is not None and sku not in CAT:
        raise KeyError(sku)
    return {"sku": sku, "customer_part": part,
            "description": desc or CAT[sku]["description"],
            "quantity": qty, "uom": uom or CAT[sku]["uom"], "unit_price": price}


def site(name, street, city, region, zip_):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": zip_, "country": "US"}


def cname(cid):
    return customer(cid)[1]


def order(cust, lines, po=None, odate=None, rdate=None, ship=None, currency="USD"):
    """Expected label for an order. cust is a customer id (resolved to the customers.csv name) or a
    printed name for an unknown buyer. ship defaults to the customer's main site when cust is a
    known id; currency=None means the document carries no money at all (key omitted = unscored)."""
    known = cust is not None and cust.startswith("C10")
    exp = {"kind": "purchase_order",
           "customer": cname(cust) if known else cust,
           "po_number": po, "order_date": odate, "requested_date": rdate}
    if currency:
        exp["currency"] = currency
    exp["ship_to"] = ship if ship is not None else (main_site(cust) if known else None)
    exp["lines"] = lines
    return exp


def not_order(cust):
    known = cust is not None and cust.startswith("C10")
    return {"kind": "not_an_order", "customer": cname(cust) if known else cust, "lines": []}


def write_expected(fname, exp):
    base = fname.rsplit(".", 1)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w") as f:
        json.dump(exp, f, indent=2)
        f.write("\n")


def register(fname, what, exp):
    DOCS.append((fname, what, exp["kind"], fname.rsplit(".", 1)[1]))
    write_expected(fname, exp)


def dt(s):
    """'2026-03-10 07:42' -> aware datetime in US Central."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CENTRAL)


def eml(fname, what, exp, frm, subject, date, text=None, html=None, attachments=(), to=None,
        cc=None, extra_headers=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to or f"Cedar Ridge Orders <{SELLER['orders']}>"
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt(date))
    msg["Message-ID"] = "<%s@%s>" % (hashlib.md5(fname.encode()).hexdigest()[:20], frm.split("@")[-1].strip(">"))
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    if text is not None:
        msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    for name, data, mtype in attachments:
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    tag = hashlib.md5(fname.encode()).hexdigest()[:12]
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i}_{tag}")  # reproducible builds
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(msg))
    register(fname, what, exp)


def write_bytes(fname, what, exp, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(OUT, fname), mode) as f:
        f.write(data)
    register(fname, what, exp)
