#!/usr/bin/env python3
"""Validate every *.expected.json in the corpus folder against EVAL_FORMAT.md conventions.

Hard errors (exit 1): JSON does not parse, unknown kind, non-ISO date, sku not in catalog.csv,
non-positive quantity/price, bad key types, document without label or label without document,
not_an_order with lines, catalog problems (duplicate sku, bad price, bad GTIN check digit).
Soft warnings: label values that cannot be found in the text of text-based documents
(quantities, prices, PO numbers) -- a sanity check that labels are honest to the document.
"""
import csv
import datetime
import email
import glob
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")
KINDS = {"purchase_order", "invoice", "not_an_order"}
HEADER_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP_KEYS = {"name", "street", "city", "region", "postal_code", "country"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}

errors, warnings = [], []


def err(f, m):
    errors.append("%s: %s" % (f, m))


def warn(f, m):
    warnings.append("%s: %s" % (f, m))


def gtin_ok(g):
    if not re.fullmatch(r"\d{8}|\d{12,14}", g):
        return False
    body, cd = g[:-1], int(g[-1])
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - s % 10) % 10 == cd


def load_catalog():
    path = os.path.join(ROOT, "catalog.csv")
    skus = {}
    with open(path, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames[:4] != ["sku", "description", "uom", "unit_price"]:
            err("catalog.csv", "header must start sku,description,uom,unit_price")
        for r in rd:
            if r["sku"] in skus:
                err("catalog.csv", "duplicate sku " + r["sku"])
            try:
                if float(r["unit_price"]) <= 0:
                    raise ValueError
            except ValueError:
                err("catalog.csv", "bad unit_price for " + r["sku"])
            if r.get("gtin") and not gtin_ok(r["gtin"]):
                err("catalog.csv", "bad GTIN check digit for " + r["sku"])
            skus[r["sku"]] = r
    gt = [r["gtin"] for r in skus.values() if r.get("gtin")]
    if len(gt) != len(set(gt)):
        err("catalog.csv", "duplicate GTINs")
    return skus


def load_customers():
    names = set()
    with open(os.path.join(ROOT, "customers.csv"), newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames[:3] != ["customer_id", "name", "email_domains"]:
            err("customers.csv", "header must start customer_id,name,email_domains")
        for r in rd:
            names.add(r["name"])
            names.add(r["customer_id"])
    return names


def iso(v):
    try:
        datetime.date.fromisoformat(v)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None
    except (TypeError, ValueError):
        return False


def doc_text(path):
    """Best-effort plain text of text-based documents (None for binary formats)."""
    ext = os.path.splitext(path)[1].lower()
    if ext in (".pdf", ".xlsx", ".xls"):
        return None
    raw = open(path, "rb").read()
    if ext == ".eml":
        msg = email.message_from_bytes(raw, policy=policy.default)
        parts = []
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                parts.append(p.get_content())
            elif p.get_content_type() == "application/pdf":
                return None
        return msg["Subject"] + "\n" + "\n".join(parts)
    return raw.decode("utf-8")


def num_forms(x):
    forms = {str(x)}
    if isinstance(x, float) or (isinstance(x, int) and False):
        pass
    if isinstance(x, (int, float)):
        f = "%.2f" % x
        forms |= {f, f.replace(".", ","), format(x, ",.2f")}
        if float(x).is_integer():
            forms.add(str(int(x)))
    return forms


WORDS = {1: ["one", "a ", "an "], 2: ["two"], 3: ["three"], 6: ["six"]}


def check_label(jpath, catalog, customers):
    name = os.path.basename(jpath)
    try:
        d = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(name, "JSON does not parse: %s" % e)
        return 0
    if not isinstance(d, dict):
        err(name, "top level must be an object")
        return 0
    extra = set(d) - HEADER_KEYS
    if extra:
        err(name, "unknown keys %s" % sorted(extra))
    if d.get("kind") not in KINDS:
        err(name, "bad kind %r" % d.get("kind"))
    for k in ("order_date", "requested_date"):
        if d.get(k) is not None and not iso(d[k]):
            err(name, "%s not ISO date: %r" % (k, d[k]))
    for k in ("customer", "po_number"):
        if d.get(k) is not None and not (isinstance(d[k], str) and d[k].strip()):
            err(name, "%s must be non-empty string or null" % k)
    if d.get("customer") is not None and d["customer"] not in customers:
        warn(name, "customer %r is not a customers.csv name/id" % d["customer"])
    if d.get("currency") is not None and not re.fullmatch(r"[A-Z]{3}", d["currency"]):
        err(name, "bad currency %r" % d["currency"])
    st = d.get("ship_to")
    if st is not None:
        if not isinstance(st, dict):
            err(name, "ship_to must be object or null")
        else:
            if set(st) - SHIP_KEYS:
                err(name, "unknown ship_to keys %s" % sorted(set(st) - SHIP_KEYS))
            for k, v in st.items():
                if v is not None and not (isinstance(v, str) and v.strip()):
                    err(name, "ship_to.%s must be non-empty string or null" % k)
            if st.get("country") is not None and not re.fullmatch(r"[A-Z]{2}", st["country"]):
                err(name, "ship_to.country must be ISO 3166 alpha-2")
    lines = d.get("lines")
    if not isinstance(lines, list):
        err(name, "lines must be a list")
        return 0
    if d.get("kind") == "not_an_order" and lines:
        err(name, "not_an_order must have no lines")
    if d.get("kind") in ("purchase_order", "invoice") and not lines:
        err(name, "order without lines")
    text = None
    base = jpath[: -len(".expected.json")]
    docs = [p for p in glob.glob(glob.escape(base) + ".*") if p.endswith(DOC_EXT)]
    if len(docs) != 1:
        err(name, "expected exactly one matching document, found %d" % len(docs))
    else:
        text = doc_text(docs[0])
    if text is not None and d.get("po_number") and d["po_number"] not in text:
        warn(name, "po_number %r not found in document text" % d["po_number"])
    for i, l in enumerate(lines, 1):
        where = "%s line %d" % (name, i)
        if not isinstance(l, dict):
            err(where, "line must be an object")
            continue
        if set(l) - LINE_KEYS:
            err(where, "unknown keys %s" % sorted(set(l) - LINE_KEYS))
        if "quantity" not in l:
            err(where, "missing quantity")
        q = l.get("quantity")
        if not isinstance(q, (int, float)) or isinstance(q, bool) or q <= 0:
            err(where, "quantity must be a positive number, got %r" % q)
        sku = l.get("sku")
        if sku is not None and sku not in catalog:
            err(where, "sku %r not in catalog.csv" % sku)
        p = l.get("unit_price")
        if p is not None and (not isinstance(p, (int, float)) or isinstance(p, bool) or p <= 0):
            err(where, "unit_price must be positive number or null, got %r" % p)
        u = l.get("uom")
        if u is not None and not re.fullmatch(r"[A-Z]{2,3}", u):
            err(where, "uom should be a short upper-case code, got %r" % u)
        cp = l.get("customer_part")
        if text is not None:
            low = text.lower()
            if isinstance(q, (int, float)) and not any(f in text for f in num_forms(q)) \
                    and not any(w in low for w in WORDS.get(q, [])):
                warn(where, "quantity %r not found in document text" % q)
            if p is not None and not any(f in text for f in num_forms(p)):
                warn(where, "unit_price %r not found in document text" % p)
            if cp is not None and cp not in text:
                warn(where, "customer_part %r not found in document text" % cp)
    return len(lines)


def main():
    catalog = load_catalog()
    customers = load_customers()
    labels = sorted(glob.glob(os.path.join(ROOT, "*.expected.json")))
    docs = sorted(p for p in glob.glob(os.path.join(ROOT, "*")) if p.endswith(DOC_EXT)
                  and os.path.basename(p) not in ("catalog.csv", "customers.csv"))
    for p in docs:
        if not os.path.exists(os.path.splitext(p)[0] + ".expected.json"):
            err(os.path.basename(p), "document has no .expected.json")
    n = sum(check_label(j, catalog, customers) for j in labels)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("catalog items: %d, documents: %d, labels: %d, labelled lines: %d, errors: %d, warnings: %d"
          % (len(catalog), len(docs), len(labels), n, len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
