"""Sanity checks: /work/main/.venv/bin/python builder/check.py"""
import csv, datetime, email, glob, json, os, sys
from email import policy
HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
skus = {r["sku"] for r in csv.DictReader(open(os.path.join(HERE, "catalog.csv"), encoding="utf-8"))}
cat = list(csv.DictReader(open(os.path.join(HERE, "catalog.csv"), encoding="utf-8")))
custs = {r["name"] for r in csv.DictReader(open(os.path.join(HERE, "customers.csv"), encoding="utf-8"))}
err = []


def gtin_ok(g):
    d = [int(c) for c in g]
    return (10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:-1])) % 10) % 10 == d[-1]


for r in cat:
    if r["gtin"] and not gtin_ok(r["gtin"]):
        err.append(f"bad gtin {r['sku']}")
if len(skus) != len(cat):
    err.append("duplicate sku")
docs = [f for f in glob.glob(os.path.join(HERE, "*")) if os.path.isfile(f)
        and not f.endswith(".expected.json") and os.path.basename(f) not in ("catalog.csv", "customers.csv", "README.md")]
kinds, unknown = {}, set()
for d in docs:
    lab = os.path.splitext(d)[0] + ".expected.json"
    if not os.path.exists(lab):
        err.append(f"no label: {d}"); continue
    e = json.load(open(lab, encoding="utf-8"))
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    if e["kind"] not in ("purchase_order", "invoice", "not_an_order"):
        err.append(f"{lab}: kind")
    if e.get("customer") and e["customer"] not in custs:
        unknown.add(e["customer"])
    for k in ("order_date", "requested_date"):
        if e.get(k):
            datetime.date.fromisoformat(e[k])
    if e["kind"] == "purchase_order" and not e["lines"]:
        err.append(f"{lab}: no lines")
    if e["kind"] == "not_an_order" and e["lines"]:
        err.append(f"{lab}: lines on not_an_order")
    for ln in e["lines"]:
        if ln["sku"] is not None and ln["sku"] not in skus:
            err.append(f"{lab}: unknown sku {ln['sku']}")
        if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
            err.append(f"{lab}: bad qty {ln}")
    if d.endswith(".eml"):
        m = email.message_from_bytes(open(d, "rb").read(), policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not m[h]:
                err.append(f"{d}: header {h}")
labels = glob.glob(os.path.join(HERE, "*.expected.json"))
for lab in labels:
    base = lab[:-len(".expected.json")]
    if not any(os.path.splitext(d)[0] == base for d in docs):
        err.append(f"label without document: {lab}")
print("documents:", len(docs), "labels:", len(labels), "kinds:", kinds)
print("senders not in customers.csv (named):", sorted(unknown))
print("catalog rows:", len(cat))
if err:
    print("\n".join(err)); sys.exit(1)
print("OK")
