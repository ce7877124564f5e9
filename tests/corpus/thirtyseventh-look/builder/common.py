import email.utils, datetime
from email.message import EmailMessage

DOCS = []          # list of dicts: name, kind(file type), payload builder, expected, notes
NL_ORDERS = "orders@maasdelta-workwear.nl"
UK_ORDERS = "orders@maasdelta-workwear.co.uk"


def L(sku, desc, qty, uom="EA", price=None, cp=None, derived=None):
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    if derived:
        d["_derived"] = derived
    return d


def E(customer, po, lines, order_date=None, requested_date=None, currency=None, ship_to=None):
    return {"kind": "purchase_order", "customer": customer, "po_number": po,
            "order_date": order_date, "requested_date": requested_date,
            "currency": currency, "ship_to": ship_to, "lines": lines}


def ST(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


NOT_ORDER = {"kind": "not_an_order"}


def _date(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    return email.utils.format_datetime(dt)


def make_mail(frm, to, subject, date, body, attachments=(), cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(date)
    m["Message-ID"] = email.utils.make_msgid(domain=frm.split("@")[-1].strip(">"))
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    for fname, data, mtype in attachments:
        maint, sub = mtype.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    return bytes(m)


def add(name, ext, expected, builder, what, lang="en"):
    """builder: callable returning bytes of the document."""
    DOCS.append({"name": name, "ext": ext, "expected": expected, "build": builder, "what": what, "lang": lang})


def mail(name, frm, to, subject, date, body, expected, what, lang="en", cc=None, extra=None, attachments=None):
    def b():
        atts = attachments() if callable(attachments) else (attachments or ())
        return make_mail(frm, to, subject, date, body, atts, cc=cc, extra=extra)
    add(name, "eml", expected, b, what, lang)
