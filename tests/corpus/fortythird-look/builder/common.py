import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

SELLER_ORDERS = "Ballycrann Agri Supplies Orders <orders@ballycrann-agri.ie>"
SELLER_SALES = "Siobhán Kealy <siobhan.kealy@ballycrann-agri.ie>"


def L(sku, qty, uom, desc, part=None, price=None):
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d


def S(name=None, street=None, city=None, region=None, postal=None, country=None):
    d = {}
    for k, v in (("name", name), ("street", street), ("city", city), ("region", region),
                 ("postal_code", postal), ("country", country)):
        if v is not None:
            d[k] = v
    return d


def X(customer, po, lines, order_date=None, requested="__none__", currency=None, ship=None, kind="purchase_order"):
    """requested='__omit__' drops the key (relative date / period only)."""
    e = {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date}
    if requested != "__omit__":
        e["requested_date"] = None if requested == "__none__" else requested
    e["currency"] = currency
    if ship is not None:
        e["ship_to"] = ship
    e["lines"] = lines
    return e


def NOT(customer):
    return {"kind": "not_an_order", "customer": customer, "po_number": None, "lines": []}


def D(y, m, d, hh=9, mm=0):
    return dt.datetime(y, m, d, hh, mm, 0, tzinfo=dt.timezone.utc)


def make_email(frm, to, subject, date, body, attachments=(), in_reply_to=None, cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "mail.example"
    import hashlib
    h = hashlib.sha1((subject + str(date) + frm).encode()).hexdigest()[:16]
    m["Message-ID"] = "<%s@%s>" % (h, dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    for fname, data, mtype in attachments:
        maint, sub = mtype.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    if m.is_multipart():
        m.set_boundary("=_part_" + h)
    return m.as_bytes()
