# -*- coding: utf-8 -*-
"""Verifies the set: every expected.json parses and has the required shape, every sku exists in catalog.csv,
every document has a label (and every label a document), GTIN check digits, attachments present."""
import csv, email, json, os, sys
from email import policy
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
cat = list(csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8")))
skus = {r["sku"] for r in cat}
for r in cat:
    g = r.get("gtin") or ""
    if g:
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(g[:12]))
        if len(g) != 13 or int(g[12]) != (10 - s % 10) % 10:
            errs.append("bad gtin %s %s" % (r["sku"], g))
custs = list(csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8")))
cnames = {c["name"] for c in custs}
docs = [f for f in os.listdir(OUT) if f.endswith((".eml", ".pdf", ".xlsx", ".csv", ".txt")) and f not in ("catalog.csv", "customers.csv")]
labels = [f for f in os.listdir(OUT) if f.endswith(".expected.json")]
for d in docs:
    if os.path.splitext(d)[0] + ".expected.json" not in labels:
        errs.append("no label: " + d)
for l in labels:
    base = l[:-len(".expected.json")]
    if not any(os.path.splitext(d)[0] == base for d in docs):
        errs.append("label without document: " + l)
kinds, unknown, att = {}, [], {}
for l in sorted(labels):
    try:
        e = json.load(open(os.path.join(OUT, l), encoding="utf-8"))
    except Exception as ex:
        errs.append("json %s: %s" % (l, ex)); continue
    kinds[e.get("kind")] = kinds.get(e.get("kind"), 0) + 1
    if e.get("kind") not in ("purchase_order", "invoice", "not_an_order"):
        errs.append("kind " + l)
    if e["kind"] == "not_an_order" and e.get("lines"):
        errs.append("not_an_order with lines " + l)
    if e["kind"] == "purchase_order" and not e.get("lines"):
        errs.append("order without lines " + l)
    if e.get("customer") not in cnames:
        unknown.append((l, e.get("customer")))
    for k in ("order_date", "requested_date"):
        v = e.get(k)
        if v is not None and not (len(v) == 10 and v[4] == "-" and v[7] == "-"):
            errs.append("date %s %s" % (l, k))
    for i, ln in enumerate(e.get("lines", [])):
        if ln.get("sku") is not None and ln["sku"] not in skus:
            errs.append("unknown sku %s line %d: %s" % (l, i, ln["sku"]))
        if not isinstance(ln.get("quantity"), (int, float)) or ln["quantity"] <= 0:
            errs.append("quantity %s line %d" % (l, i))
        for k in ("sku", "customer_part", "description", "quantity", "uom"):
            if k not in ln:
                errs.append("missing %s %s line %d" % (k, l, i))
    # parse the email, check attachments
    emlp = os.path.join(OUT, l[:-len(".expected.json")] + ".eml")
    if os.path.exists(emlp):
        m = email.message_from_bytes(open(emlp, "rb").read(), policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not m[h]:
                errs.append("header %s missing in %s" % (h, emlp))
        for part in m.iter_attachments():
            ext = os.path.splitext(part.get_filename() or "")[1]
            att[ext] = att.get(ext, 0) + 1
            if not part.get_content():
                errs.append("empty attachment " + emlp)
print("documents:", len(docs), "labels:", len(labels), "kinds:", kinds, "attachments:", att)
print("senders not in customers.csv (%d):" % len(unknown), [u[1] for u in unknown])
if errs:
    print("ERRORS:"); [print("  ", x) for x in errs]; sys.exit(1)
print("OK")
