import hashlib, json, os
from email.message import EmailMessage
from email.utils import formataddr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def S(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}

def Ln(sku, qty, uom="EA", price=None, desc="", cp=None):
    return {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price}

def PO(customer, po, od, rd, cur, ship, lines):
    return {"kind": "purchase_order", "customer": customer, "po_number": po, "order_date": od,
            "requested_date": rd, "currency": cur, "ship_to": ship, "lines": lines}

def eml(frm, to, subject, date, body, attachments=(), cc=None, msgid=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<%s@mail.example>" % hashlib.sha1((subject + date).encode()).hexdigest()[:20]
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body, cte="8bit" if all(ord(c) < 0x10000 for c in body) else None)
    for fn, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return m.as_bytes()

def write(name, data, label):
    p = os.path.join(OUT, name)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    base = os.path.splitext(name)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)
