# -*- coding: utf-8 -*-
"""Builds the whole blind set into the parent folder. Run: /work/main/.venv/bin/python builder/build.py"""
import csv, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data import CATALOG, CUSTOMERS, gtin13
from common import make_email
import emails_plain, pdfs, sheets

# catalog.csv: GTINs for feed, minerals, animal health and tags (own-brand range 5399123xxxxx)
with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    for i, (sku, desc, uom, price, pack) in enumerate(CATALOG):
        g = gtin13("5399123%05d" % (1000 + i)) if sku[:2] in ("FD", "MN", "AH", "TG") else ""
        w.writerow([sku, desc, uom, "%.2f" % price, g, pack])

with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "name", "email_domains", "ship_to"])
    for row in CUSTOMERS:
        w.writerow(row)

# remove previously generated documents
for fn in os.listdir(OUT):
    if fn.endswith(".eml") or fn.endswith(".expected.json"):
        os.remove(os.path.join(OUT, fn))

n = 0
for mod in (emails_plain, pdfs, sheets):
    for d in mod.DOCS:
        kw = d.get("kw") or {}
        raw = make_email(d["frm"], d["to"], d["subject"], d["date"], d["body"],
                         attachments=d.get("attachments", ()), extra=kw.get("extra"))
        with open(os.path.join(OUT, d["name"] + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(d["exp"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        n += 1
print("documents:", n)
