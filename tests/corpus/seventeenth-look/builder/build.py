"""Regenerate the whole corpus: master data, every document, every label and README.md.
Run:  python builder/build.py   (needs reportlab + openpyxl)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
import emails  # noqa: E402
import files  # noqa: E402
import readme  # noqa: E402
from masterdata import write_catalog, write_customers  # noqa: E402

KEEP = {"builder", "README.md"}


def clean():
    for n in os.listdir(common.OUT):
        if n in KEEP:
            continue
        p = os.path.join(common.OUT, n)
        if os.path.isfile(p):
            os.remove(p)


def main():
    clean()
    nc = write_catalog(os.path.join(common.OUT, "catalog.csv"))
    nu = write_customers(os.path.join(common.OUT, "customers.csv"))
    files.build()
    emails.build()
    readme.write(common.DOCS, nc, nu)
    print(f"catalog items: {nc}, customers: {nu}, documents: {len(common.DOCS)}")


if __name__ == "__main__":
    main()
