import email.utils, os, json
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SELLER_MAIL = "ordre@nordhjul.dk"

def L(sku, desc, qty, uom="EA", price=None, cp=None):
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d

def PO(customer, po, od, rd, cur, lines, ship=None):
    d = {"kind": "purchase_order", "customer": customer, "po_number": po, "order_date": od,
         "requested_date": rd, "currency": cur}
    if ship is not None:
        d["ship_to"] = ship
    d["lines"] = lines
    return d

def SHIP(name, street, city, pc, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": pc, "country": country}

def NOT(kind="not_an_order"):
    return {"kind": kind}

def make_eml(frm, subject, date, body, to=SELLER_MAIL, attachments=(), cc=None, html=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    y, mo, d, h, mi = date
    m["Date"] = format_datetime(dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = msgid or email.utils.make_msgid(domain=frm.split("@")[-1].strip(">"))
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m.as_bytes()

def write(name, data, label):
    p = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(p, mode) as f:
        f.write(data)
    base = name.rsplit(".", 1)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)
