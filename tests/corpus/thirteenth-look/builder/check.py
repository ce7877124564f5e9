#!/usr/bin/env python3
"""Validate the thirteenth-look corpus.

Checks, for every document / label pair:
  * file naming (NN-slug.ext, 01..44 contiguous), every document has a label and every label a document;
  * label schema (keys, types, ISO dates, kind, currency code, ship_to keys, line keys);
  * customer exists in customers.csv (orders), e-mail sender domain belongs to that customer (or is a listed exception);
  * ship_to agrees with customers.csv when it is one of the customer's sites; currency agrees with the customer's country;
  * every sku exists in catalog.csv; uom agrees with the catalog selling unit (or is a listed, written-unit exception);
  * printed prices are plausible against the catalog (USD +-10 %, CAD x1.25-1.50, EUR x0.85-1.00);
  * arithmetic: sum(quantity x unit_price) equals the subtotal printed in the document (where one is printed);
  * every line description and the PO number literally occur in the document text (PDF/xlsx/attachments extracted);
  * requested_date is not before order_date; non-orders have no lines.
Prints the problems and a closing 'N passed, N failed' line; exit code 1 on any failure.
"""
import csv
import datetime as dt
import email
import html as _html
import io
import json
import os
import re
import sys
from decimal import Decimal
from email import policy

import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
DOC_RE = re.compile(r"^(\d\d)-[a-z0-9-]+\.(eml|pdf|xlsx|csv|edi)$")
UOMS = {"CS", "BG", "EA", "BX", "RL", "LB", "KG", "DZ", "PK", "PC"}
COUNTRY_CCY = {"US": "USD", "CA": "CAD", "DE": "EUR"}
CCY_RATIO = {"USD": (0.90, 1.10), "CAD": (1.25, 1.50), "EUR": (0.85, 1.00)}

# Lines whose written unit differs from the catalog selling unit, on purpose (doc, sku): uom
UOM_EXCEPTIONS = {
    ("03", "120132"): "BX",   # 'Kosher salt 3 lb - 4 boxes'
    ("27", "120132"): "BX",   # '1 box kosher salt (3 lb)'
    ("27", "120102"): "LB",   # '3 lb of the instant yeast (1 lb singles)'
}
# Sender domains that do not belong to the customer, on purpose
SENDER_EXCEPTIONS = {
    "13": "gmail.com",                 # caterer writing from a personal address
    "19": "northgateprovisions.com",   # our own web-form relay (Reply-To is the customer)
}

# Documents with prices but no currency written anywhere (label leaves currency out on purpose)
NO_CURRENCY_OK = {"09"}

failures = []
warnings = []


def fail(doc, msg):
    failures.append(f"{doc}: {msg}")


def warn(doc, msg):
    warnings.append(f"{doc}: {msg}")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s)
    return s.strip().lower()


def html_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return _html.unescape(h)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, dt.datetime):
                    v = v.strftime("%Y-%m-%d")
                cells.append(str(v))
            if cells:
                out.append("\t".join(cells))
    return "\n".join(out)


def pdf_text(data):
    r = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)


def eml_text(data):
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        payload = part.get_payload(decode=True) or b""
        if ct == "text/plain" and not fn:
            parts.append(part.get_content())
        elif ct == "text/html" and not fn:
            parts.append(html_text(part.get_content()))
        elif fn.endswith(".pdf"):
            parts.append(pdf_text(payload)[0])
        elif fn.endswith(".xlsx"):
            parts.append(xlsx_text(payload))
        elif fn.endswith(".csv"):
            parts.append(payload.decode("utf-8"))
    return "\n".join(parts), msg


def load_refs():
    with open(os.path.join(CORPUS, "catalog.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cat = {}
    for r in rows:
        if r["sku"] in cat:
            fail("catalog.csv", f"duplicate sku {r['sku']}")
        if r["uom"] not in UOMS:
            fail("catalog.csv", f"{r['sku']} uom {r['uom']}")
        if Decimal(r["unit_price"]) <= 0:
            fail("catalog.csv", f"{r['sku']} price")
        g = r["gtin"]
        if g:
            digits = [int(c) for c in g]
            s = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
            if len(g) != 14 or (10 - s % 10) % 10 != digits[-1]:
                fail("catalog.csv", f"{r['sku']} bad GTIN {g}")
        cat[r["sku"]] = r
    if set(rows[0].keys()) != {"sku", "description", "uom", "unit_price", "gtin", "pack_size"}:
        fail("catalog.csv", "header")
    with open(os.path.join(CORPUS, "customers.csv"), newline="", encoding="utf-8") as f:
        crow = list(csv.DictReader(f))
    custs = {}
    for r in crow:
        sites = []
        for k in ("ship_to_1", "ship_to_2", "ship_to_3"):
            if r.get(k):
                parts = [p.strip() for p in r[k].split(",")]
                # name, street, city, "REGION POSTAL" or "POSTAL", country
                name, street, city, rp, country = parts[0], parts[1], parts[2], parts[3], parts[4]
                if country == "DE":
                    region, postal = None, rp
                else:
                    region, postal = rp.split(" ", 1)
                sites.append({"name": name, "street": street, "city": city, "region": region,
                              "postal_code": postal, "country": country})
        custs[r["name"]] = {"id": r["customer_id"], "domains": r["email_domains"].split(";"), "sites": sites}
    return cat, custs


def check_date(doc, key, v):
    if v is None:
        return None
    try:
        d = dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        fail(doc, f"{key} not ISO: {v!r}")
        return None
    if not dt.date(2026, 2, 1) <= d <= dt.date(2026, 4, 30):
        fail(doc, f"{key} {v} outside the corpus period")
    return d


def main():
    cat, custs = load_refs()
    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as f:
        manifest = {m["file"]: m["meta"] for m in json.load(f)}
    files = sorted(os.listdir(CORPUS))
    docs = [f for f in files if DOC_RE.match(f)]
    labels = [f for f in files if f.endswith(".expected.json")]
    nums = [DOC_RE.match(f).group(1) for f in docs]
    if nums != [f"{i:02d}" for i in range(1, 45)]:
        fail("corpus", f"document numbers are not 01..44 exactly once: {nums}")
    stems = {f.rsplit(".", 1)[0] for f in docs}
    for lf in labels:
        if lf[: -len(".expected.json")] not in stems:
            fail(lf, "label without document")
    others = set(files) - set(docs) - set(labels) - {"catalog.csv", "customers.csv", "README.md", "builder"}
    if others:
        fail("corpus", f"unexpected files {sorted(others)}")
    readme = open(os.path.join(CORPUS, "README.md"), encoding="utf-8").read()

    n_lines = 0
    checked_docs = 0
    for fn in docs:
        num = fn[:2]
        before = len(failures)
        lp = os.path.join(CORPUS, fn.rsplit(".", 1)[0] + ".expected.json")
        if not os.path.exists(lp):
            fail(fn, "no label")
            continue
        lab = json.load(open(lp, encoding="utf-8"))
        data = open(os.path.join(CORPUS, fn), "rb").read()
        meta = manifest.get(fn, {})
        msg = None
        ext_ = fn.rsplit(".", 1)[1]
        if ext_ == "eml":
            text, msg = eml_text(data)
        elif ext_ == "pdf":
            text, pages = pdf_text(data)
            if pages < meta.get("min_pages", 1):
                fail(fn, f"expected >= {meta['min_pages']} pages, got {pages}")
        elif ext_ == "xlsx":
            text = xlsx_text(data)
        else:
            text = data.decode(meta.get("encoding", "utf-8"))
        ntext = norm(text)
        if f"`{fn}`" not in readme:
            fail(fn, "not listed in README.md")

        # ---------------- schema
        allowed = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
        if set(lab) - allowed:
            fail(fn, f"unknown keys {set(lab) - allowed}")
        kind = lab.get("kind")
        if kind not in ("purchase_order", "invoice", "not_an_order"):
            fail(fn, f"kind {kind!r}")
        if kind != "purchase_order":
            if lab.get("lines"):
                fail(fn, "a non-order must not carry lines")
            if kind == "invoice" and lab.get("po_number") and norm(lab["po_number"]) not in ntext:
                fail(fn, "invoice PO not in text")
            if lab.get("customer") and norm(lab["customer"]) not in ntext and lab["customer"] not in custs:
                fail(fn, "non-order customer neither printed nor in customers.csv")
            checked_docs += 1
            continue
        for k in ("customer", "po_number", "order_date", "requested_date", "lines"):
            if k not in lab:
                fail(fn, f"order label lacks {k}")
        cust = custs.get(lab.get("customer"))
        if cust is None:
            fail(fn, f"customer {lab.get('customer')!r} not in customers.csv")
            continue
        po = lab.get("po_number")
        if po is not None:
            if not isinstance(po, str) or norm(po) not in ntext:
                fail(fn, f"PO {po!r} does not occur in the document")
        od = check_date(fn, "order_date", lab.get("order_date"))
        rd = check_date(fn, "requested_date", lab.get("requested_date"))
        if od and rd and rd < od:
            fail(fn, "requested_date before order_date")
        if msg is not None:
            sender = email.utils.parseaddr(str(msg["From"]))[1].lower()
            dom = sender.split("@")[-1]
            if dom not in cust["domains"] and SENDER_EXCEPTIONS.get(num) != dom:
                fail(fn, f"sender domain {dom} is not one of {cust['domains']}")
            sent = email.utils.parsedate_to_datetime(str(msg["Date"])).date()
            if rd and rd < sent:
                fail(fn, f"requested_date {rd} before the e-mail was sent ({sent})")
        st = lab.get("ship_to")
        countries = {s["country"] for s in cust["sites"]}
        if st is not None:
            if set(st) != {"name", "street", "city", "region", "postal_code", "country"}:
                fail(fn, f"ship_to keys {sorted(st)}")
            if st.get("country") not in countries:
                fail(fn, f"ship_to country {st.get('country')} not the customer's")
            if st.get("country") == "DE" and st.get("region") is not None:
                fail(fn, "German ship_to region should be null")
            match = [s for s in cust["sites"] if norm(s["street"]).replace(",", "") == norm(st["street"]).replace(",", "")]
            if not match:
                fail(fn, f"ship_to street {st['street']!r} is not a site of {lab['customer']}")
            else:
                s = match[0]
                for k in ("city", "postal_code", "country"):
                    if norm(s[k] or "").replace(" ", "") != norm(st[k] or "").replace(" ", ""):
                        fail(fn, f"ship_to {k} {st[k]!r} disagrees with customers.csv {s[k]!r}")
                if (s["region"] or None) != (st["region"] or None):
                    fail(fn, f"ship_to region {st['region']!r} vs {s['region']!r}")
                printed = norm(st["street"]) in ntext
                if not printed and norm(st["name"]) != norm(s["name"]):
                    fail(fn, "ship_to not printed but differs from customers.csv")
        ccy = lab.get("currency")
        if ccy is not None and ccy != COUNTRY_CCY[sorted(countries)[0]]:
            fail(fn, f"currency {ccy} vs customer country {countries}")
        priced = [l for l in lab["lines"] if l.get("unit_price") is not None]
        if priced and "currency" not in lab and num not in NO_CURRENCY_OK:
            warn(fn, "prices without currency key")

        # ---------------- lines
        lines = lab.get("lines") or []
        if not lines:
            fail(fn, "order without lines")
        for i, l in enumerate(lines, 1):
            tag = f"line {i}"
            if set(l) != {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}:
                fail(fn, f"{tag} keys {sorted(l)}")
                continue
            q = l["quantity"]
            if not isinstance(q, (int, float)) or isinstance(q, bool) or q <= 0:
                fail(fn, f"{tag} quantity {q!r}")
            if l["uom"] not in UOMS:
                fail(fn, f"{tag} uom {l['uom']!r}")
            sku = l["sku"]
            if sku is not None:
                if sku not in cat:
                    fail(fn, f"{tag} sku {sku} not in catalog")
                    continue
                c = cat[sku]
                exp_uom = UOM_EXCEPTIONS.get((num, sku), c["uom"])
                if l["uom"] != exp_uom:
                    fail(fn, f"{tag} uom {l['uom']} but catalog sells {sku} by {c['uom']}")
                if l["unit_price"] is not None:
                    cur = ccy or "USD"
                    lo, hi = CCY_RATIO[cur]
                    ratio = l["unit_price"] / float(c["unit_price"])
                    if not lo <= ratio <= hi:
                        fail(fn, f"{tag} price {l['unit_price']} {cur} implausible vs catalog {c['unit_price']} USD")
            if l["unit_price"] is not None:
                p = l["unit_price"]
                if not isinstance(p, (int, float)) or p <= 0 or abs(round(p, 2) - p) > 1e-9:
                    fail(fn, f"{tag} unit_price {p!r}")
            desc = l["description"]
            if not desc or not isinstance(desc, str):
                fail(fn, f"{tag} description missing")
            elif norm(desc) not in ntext:
                toks = [t for t in re.split(r"\s+", norm(desc)) if t]
                if all(t in ntext for t in toks):
                    warn(fn, f"{tag} description only token-wise in text: {desc!r}")
                else:
                    fail(fn, f"{tag} description {desc!r} does not occur in the document")
            if l["customer_part"] is not None and norm(l["customer_part"]) not in ntext:
                fail(fn, f"{tag} customer_part {l['customer_part']!r} not in document")
            n_lines += 1

        # ---------------- arithmetic against the printed subtotal
        if "subtotal" in meta:
            stext, dec = meta["subtotal"]
            if norm(stext) not in ntext:
                fail(fn, f"printed subtotal {stext!r} not found in the document")
            if dec == ",":
                val = Decimal(stext.replace(".", "").replace("\u00a0", "").replace(" ", "").replace(",", "."))
            else:
                val = Decimal(stext.replace(",", ""))
            excl = set(meta.get("subtotal_excludes", []))
            tot = sum(Decimal(str(l["quantity"])) * Decimal(str(l["unit_price"]))
                      for l in lines if l["sku"] not in excl)
            if tot.quantize(Decimal("0.01")) != val:
                fail(fn, f"lines sum to {tot} but the document prints {val}")
        if len(failures) == before:
            checked_docs += 1

    for w in warnings:
        print("warning:", w)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(docs)} documents, {n_lines} order lines checked")
    print(f"{checked_docs} passed, {len(docs) - checked_docs} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
