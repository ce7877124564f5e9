import csv, os, sys, json, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, CUSTOMERS, write_eml
import catalog_data
mods = [m for m in ["docs_a", "docs_b", "docs_c", "docs_d"] if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py"))]
for f in glob.glob(os.path.join(OUT, "*")):
    if os.path.isfile(f) and not f.endswith("README.md"):
        os.remove(f)
with open(os.path.join(OUT, "catalog.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
    for r in catalog_data.rows(): w.writerow(r)
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country"])
    for r in CUSTOMERS: w.writerow(r)
names = {c[1] for c in CUSTOMERS}
docs = []
for m in mods:
    docs += __import__(m).DOCS
seen = set(); errs = 0
for d in docs:
    assert d["fname"] not in seen, d["fname"]; seen.add(d["fname"])
    lab = d["label"]
    for l in lab["lines"]:
        if l["sku"] is not None and l["sku"] not in catalog_data.SKUS:
            print("BAD SKU", d["fname"], l["sku"]); errs += 1
    if lab["customer"] not in names:
        print("note: customer not in customers.csv:", d["fname"], lab["customer"])
    write_eml(d)
print(len(docs), "documents;", errs, "errors")
