"""Shared helpers: deterministic .eml writing and expected.json records."""
import json
import os
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy
from email.charset import QP, Charset

from catalog import ORDERS, SKUS

DOCS = []  # (filename, bytes, expected dict)


def L(sku, qty, uom, desc, price=None, cpart=None):
    if sku is not None:
        assert sku in SKUS, sku
    return {"sku": sku, "customer_part": cpart, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def ST(name, street, city, region, postal, country="US"):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def X(kind, customer, po=None, order_date=None, req=None, currency=None, ship_to=None, lines=None,
      omit=()):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
         "requested_date": req, "currency": currency, "ship_to": ship_to,
         "lines": lines if lines is not None else []}
    for k in omit:
        d.pop(k, None)
    return d


def NOT(customer, **kw):
    return X("not_an_order", customer, lines=[], **kw)


_n = [0]
_QP = Charset("utf-8")
_QP.body_encoding = QP


def _text(t, sub):
    try:
        t.encode("ascii")
        return MIMEText(t, sub, "us-ascii")
    except UnicodeEncodeError:
        return MIMEText(t, sub, _QP)


def eml(frm, subject, date, body=None, html=None, to=ORDERS, cc=None, attachments=(), extra=None):
    """Build an RFC 5322 message with fixed boundaries so builds are byte-identical."""
    _n[0] += 1
    k = _n[0]
    alt = None
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary="==alt_%03d==" % k)
        alt.attach(_text(body, "plain"))
        alt.attach(_text(html, "html"))
        content = alt
    elif html is not None:
        content = _text(html, "html")
    else:
        content = _text(body, "plain")
    if attachments:
        msg = MIMEMultipart("mixed", boundary="==mix_%03d==" % k)
        msg.attach(content)
        for name, data, sub in attachments:
            part = MIMEApplication(data, _subtype=sub)
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        msg = content
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<%04d.blind7@%s>" % (k, frm.split("@")[-1].strip(">"))
    for h, v in (extra or {}).items():
        msg[h] = v
    return msg.as_bytes(policy=policy.SMTP.clone(linesep="\n"))


def doc(name, data, expected):
    DOCS.append((name, data, expected))


def write_all(out):
    os.makedirs(out, exist_ok=True)
    names = set()
    for name, data, exp in DOCS:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(out, stem + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")
