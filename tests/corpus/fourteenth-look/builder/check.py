#!/usr/bin/env python3
"""Validate every label of the corpus against the rules of EVAL_FORMAT.md.

Hard errors (exit 1): unreadable JSON, bad kind, non-ISO dates, unknown SKUs, non-positive quantities or
prices, documents without labels / labels without documents, catalog/customer file problems, documents that
do not parse in their own format.
Warnings (printed): label values (quantities, PO numbers, prices, dates) that cannot be found in the
document text - a cross-check that labels stay honest to what the document says.
"""
import csv
import datetime
import email
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE) if len(sys.argv) < 2 else sys.argv[1]
DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")
KINDS = {"purchase_order", "invoice", "not_an_order"}
HEADER_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP_KEYS = {"name", "street", "city", "region", "postal_code", "country"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "a unit": 1, "a box": 1}

errors, warnings = [], []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def warn(where, msg):
    warnings.append("%s: %s" % (where, msg))


def upc_ok(g):
    if not g.isdigit() or len(g) not in (8, 12, 13, 14):
        return False
    d = [int(c) for c in g]
    body, chk = d[:-1], d[-1]
    s = 0
    for i, v in enumerate(reversed(body)):
        s += v * (3 if i % 2 == 0 else 1)
    return (10 - s % 10) % 10 == chk


def load_catalog():
    path = os.path.join(ROOT, "catalog.csv")
    skus = {}
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        need = ["sku", "description", "uom", "unit_price"]
        if r.fieldnames[:4] != need:
            err("catalog.csv", "header must start with %s, got %s" % (need, r.fieldnames))
        for i, row in enumerate(r, 2):
            s = row["sku"]
            if not s or s in skus:
                err("catalog.csv:%d" % i, "empty or duplicate sku %r" % s)
            try:
                if Decimal(row["unit_price"]) <= 0:
                    err("catalog.csv:%d" % i, "non-positive price")
            except InvalidOperation:
                err("catalog.csv:%d" % i, "bad price %r" % row["unit_price"])
            if row.get("gtin") and not upc_ok(row["gtin"]):
                err("catalog.csv:%d" % i, "bad GTIN check digit %s" % row["gtin"])
            if row.get("pack_size") and not row["pack_size"].isdigit():
                err("catalog.csv:%d" % i, "pack_size not an integer")
            if not row["description"] or not row["uom"]:
                err("catalog.csv:%d" % i, "missing description/uom")
            skus[s] = row
    return skus


def load_customers():
    path = os.path.join(ROOT, "customers.csv")
    names = {}
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if r.fieldnames[:3] != ["customer_id", "name", "email_domains"]:
            err("customers.csv", "bad header %s" % r.fieldnames)
        for row in r:
            names[row["name"].lower()] = row
            names[row["customer_id"].lower()] = row
            for d in row["email_domains"].split(";"):
                if not re.match(r"^[a-z0-9.-]+\.[a-z]{2,}$", d):
                    err("customers.csv", "bad domain %r" % d)
    return names


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "tr", "div", "td", "th"):
            self.out.append("\n")


def html_text(h):
    s = _Strip()
    s.feed(h)
    return " ".join(s.out)


def doc_text(path):
    """Return the document's text (best effort) and raise on an unparseable document."""
    ext = os.path.splitext(path)[1].lower()
    raw = open(path, "rb").read()
    if ext == ".eml":
        m = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "Date", "Subject", "Message-ID"):
            if not m[h]:
                raise ValueError("missing header " + h)
        email.utils.parsedate_to_datetime(m["Date"])
        parts = []
        for part in m.walk():
            ct = part.get_content_type()
            if ct == "text/plain":
                parts.append(part.get_content())
            elif ct == "text/html":
                parts.append(html_text(part.get_content()))
            elif ct == "application/pdf":
                parts.append(pdf_text(part.get_payload(decode=True)))
        return "\n".join(parts)
    if ext == ".pdf":
        if not raw.startswith(b"%PDF-"):
            raise ValueError("not a PDF")
        return pdf_text(raw)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(raw))
        vals = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, datetime.datetime):
                        vals.append(v.strftime("%m/%d/%Y"))
                    elif v is not None:
                        vals.append(str(v))
        return "\n".join(vals)
    if ext == ".csv":
        text = raw.decode("utf-8")
        list(csv.reader(io.StringIO(text)))
        return text
    if ext == ".xml":
        import xml.dom.minidom
        xml.dom.minidom.parseString(raw)
        return raw.decode("utf-8")
    if ext in (".edi", ".x12"):
        text = raw.decode("ascii")
        if not text.startswith("ISA") or len(text.split("~")[0]) != 105:
            raise ValueError("ISA segment must be 106 chars incl. terminator")
        return text
    return raw.decode("utf-8", "replace")


def pdf_text(raw):
    try:
        import pypdf
    except ImportError:
        return None
    r = pypdf.PdfReader(io.BytesIO(raw))
    return "\n".join(p.extract_text() or "" for p in r.pages)


def iso(v):
    try:
        datetime.date.fromisoformat(v)
        return re.match(r"^\d{4}-\d{2}-\d{2}$", v) is not None
    except (TypeError, ValueError):
        return False


def date_forms(v):
    d = datetime.date.fromisoformat(v)
    return {d.strftime("%m/%d/%Y"), d.strftime("%m/%d/%y"), d.strftime("%Y%m%d"), v,
            "%d/%d" % (d.month, d.day), d.strftime("%B %-d, %Y"), d.strftime("%b %-d, %Y"), "%d novembre" % d.day}


def num_in(text, q):
    qs = ("%g" % q)
    pat = r"(?<![\d.])%s(?![\d])" % re.escape(qs)
    if re.search(pat, text):
        return True
    for w, n in WORDS.items():
        if n == q and re.search(r"\b%s\b" % w, text, re.I):
            return True
    return False


def check_label(name, lab, skus, customers, text):
    if not isinstance(lab, dict):
        return err(name, "label is not an object")
    extra = set(lab) - HEADER_KEYS
    if extra:
        err(name, "unknown keys %s" % extra)
    kind = lab.get("kind")
    if kind not in KINDS:
        err(name, "bad kind %r" % kind)
    for k in ("order_date", "requested_date"):
        if k in lab and lab[k] is not None and not iso(lab[k]):
            err(name, "%s not ISO date: %r" % (k, lab[k]))
    if lab.get("currency") is not None and not re.match(r"^[A-Z]{3}$", lab["currency"]):
        err(name, "bad currency %r" % lab["currency"])
    st = lab.get("ship_to")
    if st is not None:
        if not isinstance(st, dict) or set(st) - SHIP_KEYS:
            err(name, "bad ship_to %r" % st)
        elif not st.get("street"):
            warn(name, "ship_to without street")
    lines = lab.get("lines")
    if not isinstance(lines, list):
        return err(name, "lines must be a list")
    if kind == "not_an_order" and lines:
        err(name, "not_an_order must have no lines")
    if kind in ("purchase_order", "invoice"):
        if not lines:
            err(name, "%s without lines" % kind)
        if "customer" not in lab:
            err(name, "customer key missing")
        elif lab["customer"] and lab["customer"].lower() not in customers:
            warn(name, "customer %r is not in customers.csv (new account?)" % lab["customer"])
    for i, ln in enumerate(lines, 1):
        w = "%s line %d" % (name, i)
        if not isinstance(ln, dict) or set(ln) - LINE_KEYS:
            err(w, "bad line keys %r" % ln)
            continue
        if "sku" not in ln:
            err(w, "sku key missing (catalog present)")
        elif ln["sku"] is not None and ln["sku"] not in skus:
            err(w, "sku %r not in catalog.csv" % ln["sku"])
        q = ln.get("quantity")
        if not isinstance(q, (int, float)) or isinstance(q, bool) or q <= 0:
            err(w, "quantity must be a positive number, got %r" % q)
        pr = ln.get("unit_price")
        if pr is not None and (not isinstance(pr, (int, float)) or pr <= 0):
            err(w, "unit_price must be positive or null, got %r" % pr)
        if not ln.get("description"):
            err(w, "empty description")
        if ln.get("uom") is not None and not re.match(r"^[A-Z]{2,3}$", ln["uom"]):
            err(w, "uom should be a short upper-case code, got %r" % ln["uom"])
        if text is not None:
            if isinstance(q, (int, float)) and not num_in(text, q):
                warn(w, "quantity %g not found in document text" % q)
            if pr is not None and not re.search(r"(?<![\d])%s" % re.escape("%.2f" % pr).replace("\\.", "\\.?"), text):
                if ("%g" % pr) not in text:
                    warn(w, "unit price %.2f not found in document text" % pr)
            if ln.get("customer_part") and ln["customer_part"] not in text:
                warn(w, "customer_part %r not in document text" % ln["customer_part"])
    if text is not None:
        if lab.get("po_number") and lab["po_number"] not in text:
            warn(name, "po_number %r not found in document text" % lab["po_number"])
        if lab.get("order_date") and not any(f in text for f in date_forms(lab["order_date"])):
            warn(name, "order_date %s not found literally (check)" % lab["order_date"])
        if st and st.get("street") and st["street"].lower() not in text.lower():
            warn(name, "ship_to.street %r not found literally" % st["street"])
    return None


def main():
    skus = load_catalog()
    customers = load_customers()
    files = sorted(os.listdir(ROOT))
    docs = [f for f in files if f.lower().endswith(DOC_EXT) and f not in ("catalog.csv", "customers.csv")]
    labels = [f for f in files if f.endswith(".expected.json")]
    stems = {os.path.splitext(d)[0] for d in docs}
    for lf in labels:
        if lf[:-len(".expected.json")] not in stems:
            err(lf, "label without a document")
    kinds = {}
    n_lines = n_null = n_price = 0
    for d in docs:
        stem = os.path.splitext(d)[0]
        lp = os.path.join(ROOT, stem + ".expected.json")
        if not os.path.exists(lp):
            err(d, "document without .expected.json")
            continue
        try:
            lab = json.load(open(lp, encoding="utf-8"))
        except ValueError as e:
            err(lp, "JSON does not parse: %s" % e)
            continue
        try:
            text = doc_text(os.path.join(ROOT, d))
        except Exception as e:  # noqa: BLE001
            err(d, "document does not parse: %s" % e)
            text = None
        check_label(d, lab, skus, customers, text)
        kinds[lab.get("kind")] = kinds.get(lab.get("kind"), 0) + 1
        for ln in lab.get("lines", []):
            n_lines += 1
            n_null += ln.get("sku") is None
            n_price += ln.get("unit_price") is not None
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("documents: %d  kinds: %s  lines: %d (sku null: %d, priced: %d)  catalog: %d skus"
          % (len(docs), kinds, n_lines, n_null, n_price, len(skus)))
    print("errors: %d  warnings: %d" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
