import json, os, datetime, zlib
from email.message import EmailMessage
from email.utils import format_datetime
from data_customers import CUSTOMERS

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SELLER = "Cellarline Drinks Distribution <orders@cellarline-drinks.com>"
CUST = {c[0]: c for c in CUSTOMERS}
DOCS = []  # (filename, kind-note)

def cname(cid):
    return CUST[cid][1]

def S(cid):
    c = CUST[cid]
    return ship(*c[3:9])

def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region or None,
            "postal_code": postal or None, "country": country}

def L(sku, part, desc, qty, uom, price=None):
    return {"sku": sku, "customer_part": part, "description": desc, "quantity": qty,
            "uom": uom, "unit_price": price}

def label(kind="purchase_order", customer=None, po=None, od=None, rd=None, cur=None, ship_to=None, lines=()):
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": od,
            "requested_date": rd, "currency": cur, "ship_to": ship_to, "lines": list(lines)}

def dt(y, mo, d, h, mi, tz=0):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))

def write_label(fname, lab):
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)

def eml(fname, frm, subject, date, body, lab, note, attachments=(), to=SELLER, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s.%d@mail.local>" % (fname.replace(".", "-"), zlib.crc32(subject.encode()) % 10**8)
    m.set_content(body)
    for (aname, data, mtype) in attachments:
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=aname)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))
    write_label(fname, lab)
    DOCS.append((fname, note))
