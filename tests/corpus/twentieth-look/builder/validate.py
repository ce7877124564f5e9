"""Validate the corpus: labels parse, follow EVAL_FORMAT shape, SKUs exist, and the labelled
values actually occur in the document text (self-consistency; does not run the product)."""
import csv
import datetime
import email
import glob
import io
import json
import os
import re
import sys

import openpyxl
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DOC_EXT = (".pdf", ".eml", ".xlsx", ".csv")
HEADER = ["kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"]
SHIP = ["name", "street", "city", "region", "postal_code", "country"]
LINE = ["sku", "customer_part", "description", "quantity", "uom", "unit_price"]


def pdf_text(data):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def doc_text(path):
    data = open(path, "rb").read()
    if path.endswith(".pdf"):
        return pdf_text(data)
    if path.endswith(".xlsx"):
        return xlsx_text(data)
    if path.endswith(".csv"):
        return data.decode("utf-8")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    parts = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/plain":
            parts.append(part.get_content())
        elif ct == "application/pdf":
            parts.append(pdf_text(part.get_payload(decode=True)))
        elif "spreadsheetml" in ct:
            parts.append(xlsx_text(part.get_payload(decode=True)))
    return "\n".join(parts)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    skus = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv")))}
    custs = list(csv.DictReader(open(os.path.join(OUT, "customers.csv"))))
    cnames = {c["name"] for c in custs}
    errors = []
    docs = sorted(p for p in glob.glob(os.path.join(OUT, "*")) if p.endswith(DOC_EXT)
                  and os.path.basename(p) not in ("catalog.csv", "customers.csv"))
    for d in docs:
        name = os.path.basename(d)
        ej = d.rsplit(".", 1)[0] + ".expected.json"
        if not os.path.exists(ej):
            errors.append(f"{name}: no expected.json")
            continue
        try:
            e = json.load(open(ej))
        except Exception as ex:  # noqa
            errors.append(f"{name}: bad json {ex}")
            continue
        text = norm(doc_text(d))
        if e["kind"] == "not_an_order":
            if e.get("customer") not in cnames:
                errors.append(f"{name}: customer not in customers.csv")
            continue
        if list(e.keys()) != HEADER:
            errors.append(f"{name}: header keys {list(e.keys())}")
        if e["customer"] not in cnames:
            errors.append(f"{name}: customer {e['customer']!r} not in customers.csv")
        for k in ("order_date", "requested_date"):
            if e[k] is not None:
                datetime.date.fromisoformat(e[k])
        if e["currency"] not in (None, "USD", "CAD", "GBP", "AUD"):
            errors.append(f"{name}: currency {e['currency']}")
        if norm(e["po_number"]) not in text:
            errors.append(f"{name}: po_number {e['po_number']} not in text")
        st = e["ship_to"]
        if st is not None:
            if list(st.keys()) != SHIP:
                errors.append(f"{name}: ship_to keys")
            for k in ("name", "street", "city", "region", "postal_code"):
                if st[k] is not None and norm(st[k]) not in text:
                    errors.append(f"{name}: ship_to.{k} {st[k]!r} not in text")
            if st["country"] not in ("US", "CA", "GB", "AU"):
                errors.append(f"{name}: country {st['country']}")
        if not e["lines"]:
            errors.append(f"{name}: no lines")
        for i, ln in enumerate(e["lines"], 1):
            if list(ln.keys()) != LINE:
                errors.append(f"{name} line {i}: keys")
            if ln["sku"] not in skus:
                errors.append(f"{name} line {i}: sku {ln['sku']} not in catalog")
            if norm(ln["description"]) not in text:
                errors.append(f"{name} line {i}: description {ln['description']!r} not in text")
            if ln["customer_part"] and norm(ln["customer_part"]) not in text:
                errors.append(f"{name} line {i}: customer_part not in text")
            if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
                errors.append(f"{name} line {i}: quantity")
            if ln["unit_price"] is not None and not any(
                    v in text for v in (f"{ln['unit_price']:.2f}", f"{ln['unit_price']:g}")):
                errors.append(f"{name} line {i}: unit_price {ln['unit_price']} not in text")
    orphans = [p for p in glob.glob(os.path.join(OUT, "*.expected.json"))
               if not any(os.path.exists(p.replace(".expected.json", x)) for x in DOC_EXT)]
    for o in orphans:
        errors.append(f"orphan label {os.path.basename(o)}")
    print(f"{len(docs)} documents checked, {len(errors)} problems")
    for x in errors:
        print("  -", x)
    return 1 if errors else 0


if __name__ == "__main__":
    import email.policy  # noqa
    sys.exit(main())
