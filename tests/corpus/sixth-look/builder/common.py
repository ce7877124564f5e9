"""Shared helpers: expected.json writing, raw .eml assembly, deterministic zip/pdf output."""
import base64
import json
import os
import quopri
import re
import zipfile
from email.header import Header

from catalog import CUSTOMERS, SKUS

OMIT = object()
ORDERS_TO = "Brindlewood Orders <orders@brindlewoodfs.com>"
MANIFEST = []  # (file, kind, phenomenon)


def L(sku, desc, qty, uom, price=OMIT, part=None):
    if sku is not None:
        assert sku in SKUS, sku
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom}
    if price is not OMIT:
        d["unit_price"] = price
    return d


def cust_ship(cid):
    for row in CUSTOMERS:
        if row[0] == cid:
            return ship(row[1], row[3], row[4], row[5], row[6], row[7])
    raise KeyError(cid)


def cust_name(cid):
    for row in CUSTOMERS:
        if row[0] == cid:
            return row[1]
    raise KeyError(cid)


def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region or None,
            "postal_code": postal, "country": country}


def expected(out, name, kind="purchase_order", customer=OMIT, po=None, order_date=None,
             requested=None, ship_to=OMIT, lines=(), currency=OMIT, phenomenon=""):
    d = {"kind": kind}
    if customer is not OMIT:
        d["customer"] = customer
    if kind != "not_an_order":
        d["po_number"] = po
        d["order_date"] = order_date
        d["requested_date"] = requested
        if currency is not OMIT:
            d["currency"] = currency
        if ship_to is not OMIT:
            d["ship_to"] = ship_to
    d["lines"] = list(lines)
    base = os.path.splitext(name)[0]
    with open(os.path.join(out, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")
    MANIFEST.append((name, kind, phenomenon))


def _hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def _addr(value):
    # "Display Name <a@b>" with a possibly non-ascii display name
    if "<" in value:
        disp, rest = value.split("<", 1)
        disp = disp.strip().strip('"')
        return f"{_hdr(disp)} <{rest}"
    return value


def _text_part(body, subtype="plain"):
    try:
        body.encode("ascii")
        return ([f"Content-Type: text/{subtype}; charset=us-ascii",
                 "Content-Transfer-Encoding: 7bit"], body)
    except UnicodeEncodeError:
        enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        return ([f"Content-Type: text/{subtype}; charset=utf-8",
                 "Content-Transfer-Encoding: quoted-printable"], enc)


def eml(out, name, frm, subject, date, body, html=None, to=ORDERS_TO, cc=None,
        attachments=(), msgid=None, extra=()):
    """Write a raw RFC 5322 message. body: plain text (or None when html-only)."""
    heads = [f"From: {_addr(frm)}", f"To: {_addr(to)}"]
    if cc:
        heads.append(f"Cc: {_addr(cc)}")
    heads += [f"Subject: {_hdr(subject)}", f"Date: {date}",
              f"Message-ID: <{msgid or os.path.splitext(name)[0].upper() + '.0412'}@{frm.rsplit('@', 1)[1].rstrip('>')}>",
              "MIME-Version: 1.0"]
    heads += list(extra)
    bnd_alt = "==alt_" + os.path.splitext(name)[0].replace("-", "")[:20] + "=="
    bnd_mix = "==mix_" + os.path.splitext(name)[0].replace("-", "")[:20] + "=="

    def alt_block():
        if html is not None and body is not None:
            h1, b1 = _text_part(body)
            h2, b2 = _text_part(html, "html")
            return ([f'Content-Type: multipart/alternative; boundary="{bnd_alt}"'],
                    "\n".join([f"--{bnd_alt}", *h1, "", b1, f"--{bnd_alt}", *h2, "", b2,
                               f"--{bnd_alt}--", ""]))
        if html is not None:
            return _text_part(html, "html")
        return _text_part(body)

    if not attachments:
        h, b = alt_block()
        text = "\n".join(heads + h) + "\n\n" + b
    else:
        h, b = alt_block()
        parts = [f"--{bnd_mix}", *h, "", b]
        for fname, ctype, data in attachments:
            enc = base64.encodebytes(data).decode("ascii")
            parts += [f"--{bnd_mix}", f'Content-Type: {ctype}; name="{fname}"',
                      f'Content-Disposition: attachment; filename="{fname}"',
                      "Content-Transfer-Encoding: base64", "", enc]
        parts.append(f"--{bnd_mix}--")
        text = ("\n".join(heads + [f'Content-Type: multipart/mixed; boundary="{bnd_mix}"'])
                + "\n\nThis is a multi-part message in MIME format.\n\n" + "\n".join(parts))
    if not text.endswith("\n"):
        text += "\n"
    with open(os.path.join(out, name), "w", encoding="ascii", newline="\n") as f:
        f.write(text)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


def fix_zip(path):
    """Rewrite a zip (xlsx) with fixed timestamps so builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            if fn == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(fn, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
