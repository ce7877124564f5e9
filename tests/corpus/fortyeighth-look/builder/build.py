"""Build the whole blind set: catalog.csv, customers.csv, documents and labels."""
import csv, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT
from catalog_data import catalog_rows, CUSTOMERS
import docs_email, docs_attach

for f in glob.glob(os.path.join(OUT, "*.eml")) + glob.glob(os.path.join(OUT, "*.expected.json")):
    os.remove(f)
with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, ["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    w.writeheader(); w.writerows(catalog_rows())
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["customer_id", "name", "email_domains", "ship_to"])
    w.writerows(CUSTOMERS)
docs_email.build()
docs_attach.build()
print("built", len(glob.glob(os.path.join(OUT, "*.eml"))), "documents")
