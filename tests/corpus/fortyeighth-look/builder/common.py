import json, os, hashlib
from email.message import EmailMessage
from email.utils import formataddr

SELLER = ("Frostwick Foodservice Orders", "orders@frostwick-fs.co.uk")
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def L(sku, desc, qty, uom, price=None, part=None):
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d


def exp(customer, po, odate, rdate, lines, currency=None, ship_to=None, kind="purchase_order"):
    e = {"kind": kind, "customer": customer, "po_number": po, "order_date": odate}
    if rdate is not False:          # False = relative/unclear: leave unscored
        e["requested_date"] = rdate
    if currency:
        e["currency"] = currency
    if ship_to:
        e["ship_to"] = ship_to
    e["lines"] = lines
    return e


def ST(name=None, street=None, city=None, postal_code=None, country=None, region=None):
    d = {}
    for k, v in (("name", name), ("street", street), ("city", city), ("region", region),
                 ("postal_code", postal_code), ("country", country)):
        if v is not None:
            d[k] = v
    return d


NOT_ORDER = {"kind": "not_an_order", "lines": []}


def make_eml(name, frm, subject, date, body, expected, to=SELLER, cc=None, reply_to_id=None,
             attachments=(), extra_headers=()):
    m = EmailMessage()
    m["From"] = formataddr(frm)
    m["To"] = formataddr(to)
    if cc:
        m["Cc"] = formataddr(cc)
    m["Subject"] = subject
    m["Date"] = date
    dom = frm[1].split("@")[1]
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5(name.encode()).hexdigest()[:20], dom)
    if reply_to_id:
        m["In-Reply-To"] = "<%s>" % reply_to_id
        m["References"] = "<%s>" % reply_to_id
    for k, v in extra_headers:
        m[k] = v
    m.set_content(body)
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(bytes(m))
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
