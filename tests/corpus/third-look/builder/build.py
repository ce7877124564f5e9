#!/usr/bin/env python3
"""Regenerate the third-look blind set in the folder above (needs reportlab and openpyxl)."""
import collections
import csv
import datetime as dt
import email
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
from data import CATALOG, CUSTOMERS, CUSTOMER_NAMES, BYSKU  # noqa: E402
import docs1  # noqa: E402
import docs2  # noqa: E402

OUT = lib.OUT


def main():
    # Everything in the corpus folder is generated, except this builder and the README.
    for name in os.listdir(OUT):
        if name not in ("builder", "README.md"):
            os.remove(os.path.join(OUT, name))
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        w.writeheader()
        w.writerows(CATALOG)
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                    "ship_to_region", "ship_to_postal_code", "ship_to_country", "edi_ids", "tax_id"])
        w.writerows(CUSTOMERS)
    for fn in docs1.ALL + docs2.ALL:
        fn()
    for _, name, label in lib.DOCS:
        lib.write_label(name, label)
    check()


def check():
    errs = []
    names = [n for _, n, _ in lib.DOCS]
    if len(names) != len(set(names)):
        errs.append("duplicate names")
    kinds = collections.Counter()
    exts = collections.Counter()
    for fname, name, lab in lib.DOCS:
        kinds[lab["kind"]] += 1
        exts[fname.rsplit(".", 1)[1]] += 1
        if lab["kind"] not in ("purchase_order", "invoice", "not_an_order"):
            errs.append("%s: bad kind" % name)
        if lab["kind"] != "purchase_order" and lab["lines"]:
            errs.append("%s: non-order with lines" % name)
        c = lab.get("customer")
        if c is not None and c not in CUSTOMER_NAMES:
            errs.append("%s: unknown customer %r" % (name, c))
        for k in ("order_date", "requested_date"):
            v = lab.get(k)
            if v is not None:
                dt.date.fromisoformat(v)
        for i, ln in enumerate(lab["lines"]):
            if set(ln) != {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}:
                errs.append("%s line %d keys" % (name, i))
            if ln["sku"] is not None and ln["sku"] not in BYSKU:
                errs.append("%s line %d: sku %r not in catalog" % (name, i, ln["sku"]))
            if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
                errs.append("%s line %d: quantity" % (name, i))
        if lab["kind"] == "purchase_order" and not lab["lines"]:
            errs.append("%s: order without lines" % name)
        path = os.path.join(OUT, fname)
        if fname.endswith(".eml"):
            with open(path, "rb") as f:
                m = email.message_from_binary_file(f)
            for h in ("From", "To", "Date", "Subject", "Message-ID"):
                if not m[h]:
                    errs.append("%s: header %s missing" % (name, h))
            if m["To"] != lib.ORDERS:
                errs.append("%s: To is %s" % (name, m["To"]))
            if not m["Date"].split(",")[1].strip().split()[2] == "2026":
                errs.append("%s: Date not 2026" % name)
        if not os.path.exists(os.path.join(OUT, name + ".expected.json")):
            errs.append("%s: label missing" % name)
    docs = [p for p in glob.glob(os.path.join(OUT, "*")) if not p.endswith((".expected.json", "catalog.csv",
                                                                              "customers.csv", "README.md"))]
    if len(docs) != len(lib.DOCS):
        errs.append("stray files: %d vs %d" % (len(docs), len(lib.DOCS)))
    nlines = sum(len(l["lines"]) for _, _, l in lib.DOCS)
    nnull = sum(1 for _, _, l in lib.DOCS for ln in l["lines"] if ln["sku"] is None)
    print("documents:", len(lib.DOCS), dict(kinds), dict(exts))
    print("lines:", nlines, "sku null:", nnull, "catalog:", len(CATALOG), "customers:", len(CUSTOMERS))
    if errs:
        print("ERRORS:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("checks OK")


if __name__ == "__main__":
    main()
