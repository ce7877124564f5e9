"""Build the blind ironmongery test set into the parent folder. Run: /work/main/.venv/bin/python builder/build.py"""
import os, sys, csv, json, glob
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common, docs_en, docs_intl, docs_att  # noqa: registering docs

for f in glob.glob(os.path.join(OUT, "*.eml")) + glob.glob(os.path.join(OUT, "*.expected.json")):
    os.remove(f)
with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    w.writerows(common.catalog_rows())
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
    w.writerows(common.CUSTOMERS)
names = set()
for fname, data, label in common.DOCS:
    assert fname not in names, fname; names.add(fname)
    with open(os.path.join(OUT, fname), "wb") as f: f.write(data)
    base = fname[:-4]
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2); f.write("\n")
print("wrote", len(common.DOCS), "documents,", len(common.CATALOG), "catalog rows,", len(common.CUSTOMERS), "customers")
