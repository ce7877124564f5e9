#!/usr/bin/env python3
"""Regenerate every document, label, catalog.csv and customers.csv in the parent folder.

Output is byte-reproducible: fixed dates, fixed MIME boundaries, reportlab invariant mode,
xlsx zip entries rewritten with a fixed timestamp.  Run:  python build.py
"""
import csv
import glob
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import OUT, write_text, ALL_LABELS  # noqa: E402
from catalog_data import CATALOG, CUSTOMERS  # noqa: E402
import docs_email  # noqa: E402
import docs_files  # noqa: E402
import docs_other  # noqa: E402

DOC_EXT = (".eml", ".pdf", ".xlsx", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")


def clean():
    for p in glob.glob(os.path.join(OUT, "*")):
        if os.path.isfile(p) and (p.endswith(".expected.json") or p.endswith(DOC_EXT)):
            os.remove(p)


def write_master():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    for r in CATALOG:
        w.writerow([r["sku"], r["description"], r["uom"], r["unit_price"], r["gtin"], r["pack_size"]])
    write_text("catalog.csv", buf.getvalue())
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                "ship_to_region", "ship_to_postal_code", "ship_to_country"])
    for c in CUSTOMERS:
        w.writerow(c)
    write_text("customers.csv", buf.getvalue())


def main():
    clean()
    write_master()
    for f in docs_email.ALL:
        f()
    docs_email.e17(docs_files.e17_pdf())
    for f in docs_files.ALL:
        f()
    for f in docs_other.ALL:
        f()
    n_lines = sum(len(d["lines"]) for d in ALL_LABELS.values())
    kinds = {}
    for d in ALL_LABELS.values():
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    print("documents: %d  labelled lines: %d  kinds: %s" % (len(ALL_LABELS), n_lines, kinds))


if __name__ == "__main__":
    main()
