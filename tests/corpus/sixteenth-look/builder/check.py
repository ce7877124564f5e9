"""Validate the labels of the sixteenth-look corpus against catalog.csv / customers.csv."""
import csv
import glob
import json
import os
import re
import sys
from datetime import date
from email import policy
from email.parser import BytesParser

HERE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOC_EXT = (".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12")
KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
SHIP_KEYS = {"name", "street", "city", "region", "postal_code", "country"}


def main():
    errs = []
    cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(HERE, "catalog.csv"), encoding="utf-8"))}
    cust = {r["name"] for r in csv.DictReader(open(os.path.join(HERE, "customers.csv"), encoding="utf-8"))}
    docs = [f for f in sorted(os.listdir(HERE)) if f.endswith(DOC_EXT) and f not in ("catalog.csv", "customers.csv")]
    counts = {"eml": 0, "file": 0, "not_order": 0}
    for d in docs:
        base = d.rsplit(".", 1)[0]
        lp = os.path.join(HERE, base + ".expected.json")
        if not os.path.exists(lp):
            errs.append(f"{d}: no label")
            continue
        lab = json.load(open(lp, encoding="utf-8"))
        if lab["kind"] != "purchase_order":
            counts["not_order"] += 1
            if lab["kind"] not in ("invoice", "not_an_order"):
                errs.append(f"{d}: bad kind")
            continue
        counts["eml" if d.endswith(".eml") else "file"] += 1
        if set(lab) - KEYS:
            errs.append(f"{d}: unknown keys {set(lab) - KEYS}")
        if lab["customer"] not in cust:
            errs.append(f"{d}: customer {lab['customer']!r} not in customers.csv")
        for k in ("order_date", "requested_date"):
            if lab.get(k):
                date.fromisoformat(lab[k])
        if lab.get("currency") not in (None, "USD", "CAD", "GBP", "EUR", "MXN", "AUD"):
            errs.append(f"{d}: currency")
        st = lab.get("ship_to")
        if st is not None and set(st) - SHIP_KEYS:
            errs.append(f"{d}: ship_to keys")
        if not lab["lines"]:
            errs.append(f"{d}: no lines")
        skus = [ln["sku"] for ln in lab["lines"]]
        if len(skus) != len(set(skus)):
            errs.append(f"{d}: duplicate sku in lines")
        for ln in lab["lines"]:
            if set(ln) != LINE_KEYS:
                errs.append(f"{d}: line keys {set(ln)}")
            if ln["sku"] not in cat:
                errs.append(f"{d}: sku {ln['sku']} not in catalog")
            if not (isinstance(ln["quantity"], (int, float)) and ln["quantity"] > 0):
                errs.append(f"{d}: quantity")
        if d.endswith(".eml"):
            msg = BytesParser(policy=policy.default).parse(open(os.path.join(HERE, d), "rb"))
            txt = ""
            for part in msg.walk():
                if part.get_content_type() in ("text/plain",):
                    txt += part.get_content()
            if lab.get("po_number") and lab["po_number"] not in txt and not any(
                    p.get_filename() for p in msg.walk()):
                errs.append(f"{d}: po {lab['po_number']} not in body")
    print(f"documents: {len(docs)}  orders in emails: {counts['eml']}  bare-file orders: {counts['file']}  "
          f"not orders: {counts['not_order']}")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
