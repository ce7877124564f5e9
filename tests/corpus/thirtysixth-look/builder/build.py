#!/usr/bin/env python3
"""Regenerate the whole corpus: python3 builder/build.py"""
import csv, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT
from catalog_data import CATALOG
from customers_data import CUSTOMERS
import docs_email1, docs_email2, docs_pdf, docs_sheet, docs_non

def main():
    for p in glob.glob(os.path.join(OUT, "*")):
        if os.path.isfile(p) and not p.endswith("README.md"):
            os.remove(p)
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for r in CATALOG: w.writerow([r[0], r[1], r[2], "%.2f" % r[3], r[4], r[5]])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                    "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for r in CUSTOMERS: w.writerow(r)
    for m in (docs_email1, docs_email2, docs_pdf, docs_sheet, docs_non):
        m.build()
    n = len(glob.glob(os.path.join(OUT, "*.expected.json")))
    print("documents with labels:", n)

if __name__ == "__main__":
    main()
