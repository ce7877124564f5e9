import json, glob, os, csv, email
from email import policy
from common import OUT
skus = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv")))}
custs = {r["name"] for r in csv.DictReader(open(os.path.join(OUT, "customers.csv")))}
n = 0; kinds = {}; bad = 0
for lf in sorted(glob.glob(os.path.join(OUT, "*.expected.json"))):
    doc = lf[:-len(".expected.json")]
    assert os.path.exists(doc), doc
    lab = json.load(open(lf)); n += 1
    kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    for l in lab["lines"]:
        if "sku" in l and l["sku"] is not None and l["sku"] not in skus:
            print("BAD SKU", os.path.basename(lf), l["sku"]); bad += 1
        assert isinstance(l["quantity"], (int, float)) and l["quantity"] > 0
    if lab["kind"] == "purchase_order":
        assert lab["lines"], lf
        if lab.get("customer") not in custs: print("non-catalog customer:", os.path.basename(doc), lab.get("customer"))
    if doc.endswith(".eml"):
        m = email.message_from_bytes(open(doc, "rb").read(), policy=policy.default)
        for h in ["From", "To", "Subject", "Date", "Message-ID"]: assert m[h], (doc, h)
print("labels:", n, kinds, "bad skus:", bad)
