"""Regenerate the whole blind corpus: python build.py OUT"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import catalog  # noqa: E402
import common  # noqa: E402
import mails_a  # noqa: E402
import mails_b  # noqa: E402
import notorders  # noqa: E402
import pdfs  # noqa: E402
import sheets  # noqa: E402


def main(out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "catalog.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, d, u, p, g, pk in catalog.ROWS:
            w.writerow([sku, d, u, "%.2f" % p, g, "" if pk is None else int(pk)])
    with open(os.path.join(out, "customers.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["customer_id", "name", "email_domains"])
        for row in catalog.CUSTOMERS:
            w.writerow(row)
    for mod in (mails_a, mails_b, pdfs, sheets, notorders):
        mod.build()
    common.write_all(out)
    print("catalog %d, customers %d, documents %d" % (len(catalog.ROWS), len(catalog.CUSTOMERS),
                                                      len(common.DOCS)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
