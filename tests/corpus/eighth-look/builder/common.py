"""Shared helpers: raw .eml writer, expected-label helpers, deterministic zip fix."""
import base64
import io
import json
import os
import re
import zipfile

SELLER = "Northfield Clinical Supply"
SELLER_ADDR = "orders@northfieldclinical.com"


def L(sku, qty, uom, desc, part=None, price=None):
    """One expected line."""
    d = {"sku": sku, "customer_part": part, "description": desc,
         "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d


def order(customer, po, lines, order_date=None, requested=None,
          currency=None, ship=None):
    e = {"kind": "purchase_order", "customer": customer, "po_number": po,
         "order_date": order_date, "requested_date": requested}
    if currency:
        e["currency"] = currency
    if ship:
        e["ship_to"] = ship
    e["lines"] = lines
    return e


def not_order(customer):
    return {"kind": "not_an_order", "customer": customer, "lines": []}


def ship(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eml(frm, subject, date, body, to=SELLER_ADDR, html=None, attachments=(),
        msgid=None, extra_headers=()):
    """Build a deterministic RFC 5322 message as bytes.

    attachments: list of (filename, mimetype, bytes).
    """
    mid = msgid or ("<%s@mail.invalid>" % abs(hash_str(subject + date)))
    head = ["From: %s" % frm, "To: %s" % to, "Subject: %s" % subject,
            "Date: %s" % date, "Message-ID: %s" % mid, "MIME-Version: 1.0"]
    head += list(extra_headers)

    def text_part(txt, sub):
        enc = base64.encodebytes(txt.encode("utf-8")).decode("ascii")
        return ("Content-Type: text/%s; charset=utf-8\n"
                "Content-Transfer-Encoding: base64\n\n%s" % (sub, enc))

    if html is not None:
        bnd = "alt-" + str(abs(hash_str(subject)))[:10]
        body_part = ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n"
                     "--%s\n%s\n--%s\n%s\n--%s--\n" % (
                         bnd, bnd, text_part(body, "plain"), bnd,
                         text_part(html, "html"), bnd))
    else:
        body_part = text_part(body, "plain")
    if not attachments:
        return ("\n".join(head) + "\n" + body_part).encode("utf-8")
    bnd = "mix-" + str(abs(hash_str(date + subject)))[:10]
    parts = [body_part]
    for fname, mtype, data in attachments:
        parts.append("Content-Type: %s; name=\"%s\"\n"
                     "Content-Disposition: attachment; filename=\"%s\"\n"
                     "Content-Transfer-Encoding: base64\n\n%s\n"
                     % (mtype, fname, fname, _b64(data)))
    out = "\n".join(head) + "\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n" % bnd
    out += "This is a multi-part message in MIME format.\n"
    for p in parts:
        out += "--%s\n%s\n" % (bnd, p)
    out += "--%s--\n" % bnd
    return out.encode("utf-8")


def hash_str(s):
    """Stable (non-randomised) string hash."""
    h = 1469598103934665603
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 1099511628211) & 0xFFFFFFFFFFFF
    return h


def fix_zip(data):
    """Rewrite a zip (xlsx) with fixed timestamps so output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2026-11-01T00:00:00Z", data)
            dst.writestr(zi, data)
    return out.getvalue()


def write_doc(out, name, ext, data, expected):
    with open(os.path.join(out, name + "." + ext), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(out, name + ".expected.json"), "w",
              encoding="utf-8") as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write("\n")
