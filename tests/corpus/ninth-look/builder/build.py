"""Regenerate the ninth-look corpus: python builder/build.py OUT  (OUT is usually the corpus folder).

Writes catalog.csv, customers.csv, every document and its .expected.json. Output is byte-identical
from run to run: fixed e-mail dates / boundaries / Message-IDs, reportlab invariant PDFs, and xlsx
zips re-stamped with a fixed time.
"""

from __future__ import annotations

import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from catalog import CATALOG, CUSTOMERS  # noqa: E402
from docs import DOCS  # noqa: E402
from render import csv_bytes  # noqa: E402


def main(out: str) -> None:
    os.makedirs(out, exist_ok=True)
    rows = [["sku", "description", "uom", "unit_price", "gtin", "pack_size"]]
    rows += [[r["sku"], r["description"], r["uom"], r["unit_price"], r["gtin"], r["pack_size"]] for r in CATALOG]
    _write(out, "catalog.csv", csv_bytes(rows, crlf=False))
    width = max(len(c[3]) for c in CUSTOMERS)
    heads = ["customer_id", "name", "email_domains"] + ["ship_to" if i == 0 else f"ship_to_{i + 1}" for i in range(width)]
    crow = [heads] + [[cid, name, doms] + sites + [""] * (width - len(sites)) for cid, name, doms, sites in CUSTOMERS]
    _write(out, "customers.csv", csv_bytes(crow, crlf=False))
    seen = set()
    for fn in DOCS:
        files, expected = fn()
        for fname, data in files:
            assert fname not in seen, fname
            seen.add(fname)
            _write(out, fname, data)
        stem = files[0][0].rsplit(".", 1)[0]
        _write(out, stem + ".expected.json", (json.dumps(expected, indent=2, ensure_ascii=False) + "\n").encode())
    print(f"wrote {len(DOCS)} documents, {len(CATALOG)} catalog items, {len(CUSTOMERS)} customers to {out}")


def _write(out: str, name: str, data: bytes) -> None:
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python builder/build.py OUT")
    main(sys.argv[1])
