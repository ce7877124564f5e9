"""Shared helpers: line / label construction, writers, e-mail assembly."""
import json
import os
from email.message import EmailMessage
from email.utils import make_msgid

from catalog import CUST, SKUS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

KFS_US = ["Keystone Facility Supply", "1200 Industrial Pkwy", "Allentown, PA 18109",
          "orders@keystonefacility.com"]
KFS_CA = ["Keystone Facility Supply Canada Inc.", "75 Courtneypark Dr W, Unit 3",
          "Mississauga, ON L5W 0E3", "orders@keystonefacility.com"]
KFS_UK = ["Keystone Facility Supply UK Ltd", "Unit 9, Westgate Trading Estate",
          "Leeds", "LS12 6DJ", "orders.uk@keystonefacility.com"]
KFS_AU = ["Keystone Facility Supply Pty Ltd", "Unit 4, 18 Industry Court",
          "Dandenong South VIC 3175", "ABN 41 622 907 118", "orders.au@keystonefacility.com"]
KFS_ORDERS = "Keystone Orders <orders@keystonefacility.com>"

REGISTRY = []  # (filename, format, wording, kind, notes)


def L(sku, desc, qty, uom, price=None, cp=None, puom=None):
    assert sku is None or sku in SKUS, sku
    return {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price, "puom": puom or uom}


def S(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def expected(customer, po, odate, rdate, currency, ship, lines, kind="purchase_order"):
    assert customer in CUST, customer
    return {
        "kind": kind, "customer": customer, "po_number": po, "order_date": odate,
        "requested_date": rdate, "currency": currency, "ship_to": ship,
        "lines": [{k: ln[k] for k in ("sku", "customer_part", "description", "quantity",
                                        "uom", "unit_price")} for ln in lines],
    }


def not_order(customer):
    assert customer in CUST
    return {"kind": "not_an_order", "customer": customer}


def write(name, data, exp, fmt, wording, notes=""):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, (bytes, bytearray)) else "w"
    with open(path, mode) as f:
        f.write(data)
    base = name.rsplit(".", 1)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    REGISTRY.append((name, fmt, wording, exp["kind"], notes))


def eml(frm, subject, date, body, attachments=(), to=KFS_ORDERS, cc=None, domain="mail.example"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = make_msgid(domain=domain)
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return bytes(m)


def money(v, sym=""):
    return f"{sym}{v:,.2f}"


def ext(ln):
    return ln["quantity"] * ln["unit_price"]
