"""Regenerate the eleventh-look corpus byte-identically.

Usage:  python builder/build.py OUT_FOLDER

Everything is fixed: dates, MIME boundaries, reportlab invariant mode, fpdf2 creation
date, xlsx core properties and zip member timestamps.
"""
from __future__ import annotations

import base64
import csv
import io
import json
import os
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from catalog_data import CATALOG, CUSTOMERS, SELLER  # noqa: E402

EST = timezone(timedelta(hours=-5))
FIXED_ZIP_TIME = (2026, 11, 1, 0, 0, 0)


# ---------------------------------------------------------------- labels
def ln(sku, qty, uom, desc, price=None, cp=None):
    return {"sku": sku, "customer_part": cp, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def ship(name=None, street=None, city=None, region=None, postal_code=None, country=None):
    d = {"name": name, "street": street, "city": city, "region": region,
         "postal_code": postal_code, "country": country}
    # keys the document does not state are left out (not scored)
    return {k: v for k, v in d.items() if v is not None}


OMIT = object()  # the document points at a ship-to only by nickname: leave it unscored


def order(customer, po, order_date, requested, currency, ship_to, lines, kind="purchase_order"):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
         "requested_date": requested, "currency": currency, "ship_to": ship_to,
         "lines": lines}
    if ship_to is OMIT:
        del d["ship_to"]
    return d


def non_order(customer, kind="not_an_order"):
    d = {"kind": kind}
    if customer is not OMIT:
        d["customer"] = customer
    if kind == "not_an_order":
        d["lines"] = []
    return d


# ---------------------------------------------------------------- email
def dt(y, mo, d, h=9, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=EST)


def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _text_part(text: str, subtype: str = "plain") -> str:
    return (f'Content-Type: text/{subtype}; charset="utf-8"\n'
            "Content-Transfer-Encoding: 8bit\n\n" + text.rstrip("\n") + "\n")


def eml(frm, to, subject, date, text=None, html=None, attachments=(), msgid="x",
        cc=None, in_reply_to=None, extra=()):
    hdr = [f"From: {frm}", f"To: {to}"]
    if cc:
        hdr.append(f"Cc: {cc}")
    hdr += [f"Subject: {subject}", f"Date: {format_datetime(date)}",
            f"Message-ID: <{msgid}>"]
    if in_reply_to:
        hdr += [f"In-Reply-To: <{in_reply_to}>", f"References: <{in_reply_to}>"]
    hdr += list(extra)
    hdr.append("MIME-Version: 1.0")
    b_alt = f"----=_Alt_{msgid.split('@')[0]}"
    b_mix = f"----=_Mix_{msgid.split('@')[0]}"
    if text is not None and html is not None:
        body_ct = f'Content-Type: multipart/alternative; boundary="{b_alt}"\n\n'
        body = (body_ct + f"--{b_alt}\n" + _text_part(text) + f"\n--{b_alt}\n"
                + _text_part(html, "html") + f"\n--{b_alt}--\n")
    elif html is not None:
        body = _text_part(html, "html")
    else:
        body = _text_part(text or "")
    if attachments:
        out = "\n".join(hdr) + f'\nContent-Type: multipart/mixed; boundary="{b_mix}"\n\n'
        out += "This is a multi-part message in MIME format.\n\n"
        out += f"--{b_mix}\n" + body
        for fname, ctype, data in attachments:
            out += (f"\n--{b_mix}\nContent-Type: {ctype}; name=\"{fname}\"\n"
                    f"Content-Disposition: attachment; filename=\"{fname}\"\n"
                    "Content-Transfer-Encoding: base64\n\n" + _b64(data) + "\n")
        out += f"\n--{b_mix}--\n"
    else:
        out = "\n".join(hdr) + "\n" + body
    return out.encode("utf-8")


# ---------------------------------------------------------------- xlsx / csv
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                content = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                                 rb"<dcterms:modified\1>2026-11-01T00:00:00Z</dcterms:modified>",
                                 content)
                content = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                                 rb"<dcterms:created\1>2026-11-01T00:00:00Z</dcterms:created>",
                                 content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return buf.getvalue()


def xlsx_bytes(wb) -> bytes:
    fixed = datetime(2026, 11, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = wb.properties.creator or "user"
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def csv_bytes(rows, crlf=True) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------- master data
def write_master(out):
    rows = [["sku", "description", "uom", "unit_price", "gtin", "pack_size"]]
    for i, (sku, desc, uom, price, pack) in enumerate(CATALOG):
        gtin = ""
        if i % 3 != 2:  # most, not all, items carry a UPC
            base = "0" + "84213" + sku[2:]  # 11 digits before check digit
            base = base[:11]
            digits = [int(c) for c in base]
            chk = (10 - (sum(digits[0::2]) * 3 + sum(digits[1::2])) % 10) % 10
            gtin = base + str(chk)
        rows.append([sku, desc, uom, f"{price:.2f}", gtin, str(pack) if pack else ""])
    with open(os.path.join(out, "catalog.csv"), "wb") as f:
        f.write(csv_bytes(rows, crlf=False))
    rows = [["customer_id", "name", "email_domains", "ship_to"]]
    for cid, name, doms, ships in CUSTOMERS:
        rows.append([cid, name, ";".join(doms), " | ".join(ships)])
    with open(os.path.join(out, "customers.csv"), "wb") as f:
        f.write(csv_bytes(rows, crlf=False))


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = os.path.abspath(argv[1])
    os.makedirs(out, exist_ok=True)
    write_master(out)
    import docs_mail
    import docs_files
    count = 0
    for mod in (docs_mail, docs_files):
        for fn in mod.DOCS:
            name, data, expected = fn()
            with open(os.path.join(out, name), "wb") as f:
                f.write(data)
            stem = name.rsplit(".", 1)[0]
            with open(os.path.join(out, stem + ".expected.json"), "w", encoding="utf-8",
                      newline="\n") as f:
                f.write(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
            count += 1
    print(f"wrote {count} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
