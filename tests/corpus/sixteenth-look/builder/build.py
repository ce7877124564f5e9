"""Regenerate every file of the sixteenth-look corpus deterministically.

Usage: python builder/build.py   (from anywhere)
"""
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
from masterdata import CATALOG, CUSTOMERS, GTIN  # noqa: E402
import docs_emails_a, docs_emails_b, docs_files  # noqa: E402,E401


def main():
    out = common.OUT
    for pat in ("*.eml", "*.pdf", "*.xlsx", "*.csv", "*.txt", "*.xml", "*.edi", "*.x12", "*.expected.json"):
        for f in glob.glob(os.path.join(out, pat)):
            os.remove(f)
    with open(os.path.join(out, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, desc, uom, price, pack in CATALOG:
            w.writerow([sku, desc, uom, f"{price:.2f}", GTIN[sku], pack])
    with open(os.path.join(out, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                    "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for cid, name, dom, st in CUSTOMERS:
            w.writerow([cid, name, dom, st["name"], st["street"], st["city"], st["region"], st["postal_code"],
                        st["country"]])
    docs_emails_a.build()
    docs_emails_b.build()
    docs_files.build()
    print(f"wrote {len(common.WRITTEN)} documents")


if __name__ == "__main__":
    main()
