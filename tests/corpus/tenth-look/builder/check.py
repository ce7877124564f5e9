"""Check every *.expected.json of a corpus folder against EVAL_FORMAT.md and catalog.csv.

`python builder/check.py FOLDER` exits non-zero and lists the problems when any is found.
"""
import csv
import datetime
import json
import os
import sys

KINDS = {"purchase_order", "invoice", "not_an_order"}
HEADER = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP = {"name", "street", "city", "region", "postal_code", "country"}
LINE = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
DOC_EXT = {"eml", "pdf", "xlsx", "xls", "csv", "txt", "html", "xml", "edi", "x12"}


def check(folder):
    errs = []
    with open(os.path.join(folder, "catalog.csv"), encoding="utf-8") as f:
        skus = {r["sku"] for r in csv.DictReader(f)}
    with open(os.path.join(folder, "customers.csv"), encoding="utf-8") as f:
        cust = {r["name"] for r in csv.DictReader(f)} | set()
    files = sorted(os.listdir(folder))
    docs = [x for x in files if "." in x and x.rsplit(".", 1)[1] in DOC_EXT and x not in ("catalog.csv", "customers.csv")]
    for d in docs:
        stem = d.rsplit(".", 1)[0]
        if stem + ".expected.json" not in files:
            errs.append("%s: no expected.json" % d)
    for x in files:
        if not x.endswith(".expected.json"):
            continue
        stem = x[: -len(".expected.json")]
        if not any(d.rsplit(".", 1)[0] == stem for d in docs):
            errs.append("%s: no document" % x)
        try:
            e = json.load(open(os.path.join(folder, x), encoding="utf-8"))
        except ValueError as ex:
            errs.append("%s: invalid JSON %s" % (x, ex))
            continue
        bad = set(e) - HEADER
        if bad:
            errs.append("%s: unknown keys %s" % (x, bad))
        if e.get("kind") not in KINDS:
            errs.append("%s: kind %r" % (x, e.get("kind")))
        if e.get("customer") is not None and e["customer"] not in cust:
            errs.append("%s: customer %r not in customers.csv" % (x, e["customer"]))
        for k in ("order_date", "requested_date"):
            if e.get(k) is not None:
                try:
                    datetime.date.fromisoformat(e[k])
                except ValueError:
                    errs.append("%s: %s not ISO: %r" % (x, k, e[k]))
        if e.get("currency") not in (None, "USD"):
            errs.append("%s: currency %r" % (x, e.get("currency")))
        st = e.get("ship_to")
        if st is not None:
            if not isinstance(st, dict) or set(st) - SHIP or "street" not in st:
                errs.append("%s: ship_to %r" % (x, st))
        lines = e.get("lines")
        if e.get("kind") == "purchase_order" and not lines:
            errs.append("%s: order without lines" % x)
        if e.get("kind") == "not_an_order" and lines:
            errs.append("%s: non-order with lines" % x)
        for i, ln in enumerate(lines or []):
            if set(ln) - LINE:
                errs.append("%s line %d: unknown keys %s" % (x, i, set(ln) - LINE))
            if "sku" not in ln or "quantity" not in ln:
                errs.append("%s line %d: sku and quantity are required" % (x, i))
            if ln.get("sku") is not None and ln["sku"] not in skus:
                errs.append("%s line %d: sku %r not in catalog.csv" % (x, i, ln["sku"]))
            if not isinstance(ln.get("quantity"), (int, float)) or ln["quantity"] <= 0:
                errs.append("%s line %d: quantity %r" % (x, i, ln.get("quantity")))
            if ln.get("unit_price") is not None and not isinstance(ln["unit_price"], (int, float)):
                errs.append("%s line %d: unit_price %r" % (x, i, ln["unit_price"]))
    return errs, len(docs)


if __name__ == "__main__":
    errs, n = check(sys.argv[1])
    for e in errs:
        print(e)
    print("%d documents checked, %d problems" % (n, len(errs)))
    sys.exit(1 if errs else 0)
