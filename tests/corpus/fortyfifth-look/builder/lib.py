import json, os, email.utils, hashlib
from email.message import EmailMessage
from email.utils import formataddr

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER_ORDERS = "orders@torrabrava-supply.pt"


def S(name, street, city, postal, country=None, region=None):
    d = {"name": name, "street": street, "city": city, "region": region, "postal_code": postal}
    if country is not None:
        d["country"] = country
    return d


def L(sku, desc, qty, uom, price=None, part=None):
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d


def label(kind="purchase_order", customer=None, po=None, order_date=None, requested=None,
          currency=None, ship_to=None, lines=(), omit=()):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
         "requested_date": requested, "currency": currency, "ship_to": ship_to,
         "lines": list(lines)}
    for k in omit:
        d.pop(k, None)
    if kind == "not_an_order":
        d["lines"] = []
    return d


def make_eml(name, frm, subject, date, body, to=SELLER_ORDERS, cc=None, attachments=(),
             in_reply_to=None, extra_headers=None, html=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    h = hashlib.md5((name + subject).encode()).hexdigest()[:16]
    dom = frm.split("@")[-1].strip(">")
    msg["Message-ID"] = f"<{h}.{name}@{dom}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for fname, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return bytes(msg)


def write_doc(name, raw, lab, ext="eml"):
    with open(os.path.join(OUT, f"{name}.{ext}"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, f"{name}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
