import json, os, csv, io
from email.message import EmailMessage
from email.utils import formataddr
from data import DESC, UOM, CAT, CUSTOMERS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER = formataddr(("Boltway Sales", "sales@boltway-supply.com"))
DOCS = []  # (filename, kindnote)


def S(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def L(sku, qty, uom, price=None, cp=None, desc=None):
    if sku is not None:
        assert sku in DESC, sku
    return {"sku": sku, "customer_part": cp, "description": desc or (DESC[sku] if sku else None),
            "quantity": qty, "uom": uom, "unit_price": price}


def E(customer, po, od, rd, cur, ship, lines):
    return {"kind": "purchase_order", "customer": customer, "po_number": po, "order_date": od,
            "requested_date": rd, "currency": cur, "ship_to": ship, "lines": lines}


def NOT(customer, kind="not_an_order"):
    return {"kind": kind, "customer": customer}


def write_exp(fname, exp):
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)


def eml(fname, frm, subject, date, body, exp, note, attachments=(), to=SELLER, cc=None, html=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{fname.replace('.eml', '')}.{abs(hash(subject)) % 10**8}@mail.example>"
    m.set_content(body)
    for (aname, data, mtype) in attachments:
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=aname)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))
    write_exp(fname, exp)
    DOCS.append((fname, note))


def write_catalog():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
        for sku, d, u, p, pk in CAT:
            w.writerow([sku, d, u, f"{p:.2f}", pk])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to"])
        for c in CUSTOMERS:
            w.writerow(c)


def omit(d, *keys):
    for k in keys:
        d.pop(k, None)
    return d
