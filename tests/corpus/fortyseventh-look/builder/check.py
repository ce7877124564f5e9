# -*- coding: utf-8 -*-
"""Sanity checks for the blind set: labels parse, SKUs exist, every document has a label and vice versa."""
import csv, email, json, os, sys
from email import policy

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []

cat = {}
with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["sku"] in cat:
            errors.append("duplicate sku " + r["sku"])
        cat[r["sku"]] = r
        g = r.get("gtin") or ""
        if g:
            s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(g[:12]))
            if len(g) != 13 or int(g[12]) != (10 - s % 10) % 10:
                errors.append("bad gtin %s %s" % (r["sku"], g))
cust = {}
with open(os.path.join(OUT, "customers.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        cust[r["name"]] = r
domains = {d: n for n, r in cust.items() for d in r["email_domains"].split(";")}

DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")
docs = [f for f in os.listdir(OUT) if f.endswith(DOC_EXT) and f not in ("catalog.csv", "customers.csv")]
labels = [f for f in os.listdir(OUT) if f.endswith(".expected.json")]
stems = {os.path.splitext(f)[0] for f in docs}
for f in docs:
    if not os.path.exists(os.path.join(OUT, os.path.splitext(f)[0] + ".expected.json")):
        errors.append("no label for " + f)
for f in labels:
    if f[: -len(".expected.json")] not in stems:
        errors.append("label without document " + f)

kinds, unknown, nlines, langs = {}, [], 0, {}
for f in sorted(labels):
    try:
        e = json.load(open(os.path.join(OUT, f), encoding="utf-8"))
    except Exception as ex:
        errors.append("bad json %s: %s" % (f, ex))
        continue
    k = e.get("kind")
    if k not in ("purchase_order", "invoice", "not_an_order"):
        errors.append("bad kind " + f)
    kinds[k] = kinds.get(k, 0) + 1
    for ln in e.get("lines", []):
        nlines += 1
        if ln.get("sku") is not None and ln["sku"] not in cat:
            errors.append("%s: unknown sku %s" % (f, ln["sku"]))
        if not isinstance(ln.get("quantity"), (int, float)) or ln["quantity"] <= 0:
            errors.append("%s: bad quantity" % f)
        if ln.get("sku") and ln.get("uom") and cat[ln["sku"]]["uom"] != ln["uom"]:
            print("note: %s %s ordered in %s, catalog uom %s" % (f, ln["sku"], ln["uom"], cat[ln["sku"]]["uom"]))
    if k == "not_an_order" and e.get("lines"):
        errors.append("not_an_order with lines " + f)
    for key in ("order_date", "requested_date"):
        v = e.get(key)
        if v is not None and not (len(v) == 10 and v[4] == "-" and v[7] == "-"):
            errors.append("%s: bad %s" % (f, key))
    # sender vs customers.csv
    eml = os.path.join(OUT, f[: -len(".expected.json")] + ".eml")
    if os.path.exists(eml):
        m = email.message_from_binary_file(open(eml, "rb"), policy=policy.default)
        dom = m["From"].addresses[0].domain
        known = domains.get(dom)
        if known is None:
            unknown.append((f, e.get("customer")))
        elif e.get("customer") != known:
            errors.append("%s: customer %r but sender domain belongs to %r" % (f, e.get("customer"), known))
        atts = [p.get_filename() for p in m.iter_attachments()]
        body = m.get_body(preferencelist=("plain",)).get_content()
        if not body.strip():
            errors.append("empty body " + f)

print("documents:", len(docs), "labels:", len(labels), "kinds:", kinds, "lines:", nlines)
print("catalog:", len(cat), "customers:", len(cust))
print("senders not in customers.csv:", len(unknown))
for u in unknown:
    print("   ", u)
if errors:
    print("ERRORS:")
    for x in errors:
        print("  ", x)
    sys.exit(1)
print("OK")
