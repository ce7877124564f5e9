"""Sanity check of the blind set: labels parse, SKUs exist, every document labelled, GTINs valid."""
import csv, glob, json, os, re, sys, datetime
from email import policy
from email.parser import BytesParser

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
cat = list(csv.DictReader(open(os.path.join(D, "catalog.csv"), encoding="utf-8")))
skus = {r["sku"] for r in cat}
if len(skus) != len(cat):
    errs.append("duplicate sku in catalog")
for r in cat:
    g = r.get("gtin") or ""
    if g:
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(g[:-1]))
        if len(g) != 13 or (10 - s % 10) % 10 != int(g[-1]):
            errs.append("bad gtin %s %s" % (r["sku"], g))
custs = list(csv.DictReader(open(os.path.join(D, "customers.csv"), encoding="utf-8")))
cnames = {c["name"] for c in custs} | {c["customer_id"] for c in custs}

docs = [p for p in glob.glob(os.path.join(D, "*")) if os.path.isfile(p)
        and re.search(r"\.(eml|pdf|xlsx|xls|csv|txt|html|xml|edi|x12)$", p)
        and os.path.basename(p) not in ("catalog.csv", "customers.csv")]
kinds, unknown = {}, 0
for p in sorted(docs):
    lab = re.sub(r"\.[^.]+$", "", p) + ".expected.json"
    if not os.path.exists(lab):
        errs.append("no label: " + p); continue
    try:
        e = json.load(open(lab, encoding="utf-8"))
    except Exception as x:
        errs.append("bad json %s: %s" % (lab, x)); continue
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    if e["kind"] not in ("purchase_order", "invoice", "not_an_order"):
        errs.append("bad kind " + lab)
    if e["kind"] == "not_an_order" and e.get("lines"):
        errs.append("not_an_order with lines " + lab)
    if e["kind"] == "purchase_order":
        if not e.get("lines"):
            errs.append("order without lines " + lab)
        if e.get("customer") not in cnames:
            unknown += 1
    for k in ("order_date", "requested_date"):
        if e.get(k):
            datetime.date.fromisoformat(e[k])
    for ln in e.get("lines", []):
        if ln["sku"] is not None and ln["sku"] not in skus:
            errs.append("unknown sku %s in %s" % (ln["sku"], lab))
        if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
            errs.append("bad qty in " + lab)
    if p.endswith(".eml"):
        m = BytesParser(policy=policy.default).parsebytes(open(p, "rb").read())
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not m[h]:
                errs.append("missing header %s in %s" % (h, p))
for lab in glob.glob(os.path.join(D, "*.expected.json")):
    base = lab[:-len(".expected.json")]
    if not any(x.startswith(base + ".") and not x.endswith(".expected.json") for x in glob.glob(base + ".*")):
        errs.append("label without document " + lab)
print("documents:", len(docs), "kinds:", kinds, "orders with unknown customer:", unknown,
      "catalog:", len(cat), "customers:", len(custs))
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
