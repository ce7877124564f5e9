#!/usr/bin/env python3
"""Regenerate every document, label, catalog.csv and customers.csv of the corpus (byte-reproducible)."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from catalog_data import CATALOG, CUSTOMERS  # noqa: E402
import docs_emails  # noqa: E402
import docs_files  # noqa: E402
import docs_other  # noqa: E402


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main():
    keep = {"builder", "README.md"}
    for name in os.listdir(OUT):
        if name in keep:
            continue
        full = os.path.join(OUT, name)
        if os.path.isfile(full):
            os.remove(full)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    for row in CATALOG:
        w.writerow(row)
    write(os.path.join(OUT, "catalog.csv"), buf.getvalue().encode("utf-8"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                "ship_to_region", "ship_to_postal_code", "ship_to_country"])
    for row in CUSTOMERS:
        w.writerow(row)
    write(os.path.join(OUT, "customers.csv"), buf.getvalue().encode("utf-8"))
    n_docs = n_lines = 0
    names = set()
    for mod in (docs_emails, docs_files, docs_other):
        for fn in mod.DOCS:
            name, data, label = fn()
            assert name not in names, name
            names.add(name)
            write(os.path.join(OUT, name), data)
            stem = name.rsplit(".", 1)[0]
            write(os.path.join(OUT, stem + ".expected.json"),
                  (json.dumps(label, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
            n_docs += 1
            n_lines += len(label.get("lines", []))
    print("catalog items: %d, customers: %d, documents: %d, labelled lines: %d"
          % (len(CATALOG), len(CUSTOMERS), n_docs, n_lines))


if __name__ == "__main__":
    main()
