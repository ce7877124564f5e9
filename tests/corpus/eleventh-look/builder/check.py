"""Validate the eleventh-look corpus: label format, SKUs against catalog.csv, pairing.

Usage:  python builder/check.py [CORPUS_FOLDER]   (default: the folder above builder/)
"""
import csv
import json
import os
import re
import sys

DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")
KINDS = {"purchase_order", "invoice", "not_an_order"}
HEADER = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP = {"name", "street", "city", "region", "postal_code", "country"}
LINE = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def main(folder):
    errs = []
    with open(os.path.join(folder, "catalog.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    skus = {r["sku"] for r in rows}
    if len(skus) != len(rows):
        errs.append("catalog.csv: duplicate sku")
    for r in rows:
        float(r["unit_price"])
    with open(os.path.join(folder, "customers.csv"), newline="", encoding="utf-8") as f:
        customers = {r["name"] for r in csv.DictReader(f)}
    names = sorted(os.listdir(folder))
    docs = [n for n in names if n.endswith(DOC_EXT) and n not in ("catalog.csv", "customers.csv")]
    labels = [n for n in names if n.endswith(".expected.json")]
    for n in docs:
        if n.rsplit(".", 1)[0] + ".expected.json" not in names:
            errs.append(f"{n}: no expected.json")
    for n in labels:
        stem = n[: -len(".expected.json")]
        if not any(d.rsplit(".", 1)[0] == stem for d in docs):
            errs.append(f"{n}: no document")
        with open(os.path.join(folder, n), encoding="utf-8") as f:
            e = json.load(f)
        if set(e) - HEADER:
            errs.append(f"{n}: unknown keys {set(e) - HEADER}")
        if e.get("kind") not in KINDS:
            errs.append(f"{n}: bad kind")
        c = e.get("customer")
        if c is not None and c not in customers:
            errs.append(f"{n}: customer {c!r} not in customers.csv")
        for k in ("order_date", "requested_date"):
            if e.get(k) is not None and not DATE.match(e[k]):
                errs.append(f"{n}: {k} not ISO")
        if e.get("currency") not in (None, "USD"):
            errs.append(f"{n}: currency")
        st = e.get("ship_to")
        if st is not None and (not isinstance(st, dict) or set(st) - SHIP):
            errs.append(f"{n}: ship_to keys")
        if e.get("kind") == "purchase_order":
            if not e.get("lines"):
                errs.append(f"{n}: order without lines")
            for k in HEADER - {"ship_to"}:
                if k not in e:
                    errs.append(f"{n}: missing {k}")
        for i, l in enumerate(e.get("lines", [])):
            if set(l) != LINE:
                errs.append(f"{n} line {i}: keys {set(l) ^ LINE}")
            if l["sku"] is not None and l["sku"] not in skus:
                errs.append(f"{n} line {i}: sku {l['sku']} not in catalog")
            if not isinstance(l["quantity"], (int, float)) or l["quantity"] <= 0:
                errs.append(f"{n} line {i}: quantity")
            if l["unit_price"] is not None and not isinstance(l["unit_price"], (int, float)):
                errs.append(f"{n} line {i}: unit_price")
    for e in errs:
        print("ERROR", e)
    print(f"{len(docs)} documents, {len(labels)} labels, {len(skus)} catalog items, "
          f"{len(customers)} customers: {'OK' if not errs else str(len(errs)) + ' errors'}")
    return 1 if errs else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else here))
