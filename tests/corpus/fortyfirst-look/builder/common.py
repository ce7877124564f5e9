import json, os
from email.message import EmailMessage
from email.utils import formataddr

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER_IT = "ordini@lhs-pro.it"
SELLER_ES = "pedidos@lhs-pro.es"


def L(sku, desc, qty, uom="EA", price=None, part=None):
    return {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom, "unit_price": price}


def label(customer, po, lines, order_date=None, req=None, currency=None, ship=None, kind="purchase_order"):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
         "requested_date": req, "currency": currency}
    if ship is not None:
        street, city, pc, country = ship[1], ship[2], ship[3], ship[4]
        d["ship_to"] = {"street": street, "city": city, "postal_code": pc, "country": country}
        if ship[0] is not None:  # name only when the document prints one with the delivery address
            d["ship_to"] = {"name": ship[0], **d["ship_to"]}
        if len(ship) > 5:
            d["ship_to"]["region"] = ship[5]
    d["lines"] = lines
    return d


def not_order(kind="not_an_order", customer=None):
    d = {"kind": kind}
    if customer is not None:
        d["customer"] = customer
    return d


def make_mail(frm, to, subject, date, body, attachments=(), cc=None, extra_headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<%s@mail.local>" % abs(hash(subject + date))
    for k, v in (extra_headers or {}).items():
        m[k] = v
    m.set_content(body)
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m


def save(name, label_obj, mail=None, raw=None, ext="eml"):
    path = os.path.join(OUT, name + "." + ext)
    if mail is not None:
        with open(path, "wb") as f:
            f.write(bytes(mail))
    elif raw is not None:
        with open(path, "wb") as f:
            f.write(raw)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label_obj, f, ensure_ascii=False, indent=2)
