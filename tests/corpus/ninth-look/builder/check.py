"""Check the ninth-look labels: python builder/check.py CORPUS_FOLDER

- every document has a .expected.json and every label has a document;
- each label is valid JSON in the EVAL_FORMAT shape (kinds, ISO dates, line keys, numbers);
- every labelled sku exists in catalog.csv, every customer is a customers.csv name;
- the labelled po_number and each line's written description occur in the document's own text
  (e-mail bodies and attachments, PDF via pdftotext when installed, xlsx cells), so a label cannot
  drift from the document it describes.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys

DOC_EXT = {".eml", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".html", ".xml", ".edi", ".x12"}
TOP = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
SHIP = {"name", "street", "city", "region", "postal_code", "country"}
LINE = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
KINDS = {"purchase_order", "invoice", "not_an_order"}


def text_of(name: str, data: bytes) -> str:
    ext = os.path.splitext(name)[1].lower()
    if ext == ".eml":
        msg = email.message_from_bytes(data)
        parts = []
        for p in msg.walk():
            if p.is_multipart():
                continue
            payload = p.get_payload(decode=True) or b""
            parts.append(text_of(p.get_filename() or ("x.html" if p.get_content_type() == "text/html" else "x.txt"),
                                 payload))
        return "\n".join(parts)
    if ext == ".pdf":
        if not shutil.which("pdftotext"):
            return ""
        return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True).stdout.decode()
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(" ".join("" if c is None else str(c) for c in row) for ws in wb for row in ws.iter_rows(values_only=True))
    if ext in (".html", ".htm"):
        return html.unescape(re.sub(r"<[^>]+>", " ", data.decode("utf-8")))
    return data.decode("utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def main(folder: str) -> int:
    skus = {r["sku"] for r in csv.DictReader(open(os.path.join(folder, "catalog.csv")))}
    names = {r["name"] for r in csv.DictReader(open(os.path.join(folder, "customers.csv")))}
    errors: list[str] = []
    docs = sorted(f for f in os.listdir(folder) if os.path.splitext(f)[1].lower() in DOC_EXT
                  and f not in ("catalog.csv", "customers.csv"))
    labels = sorted(f for f in os.listdir(folder) if f.endswith(".expected.json"))
    stems = {os.path.splitext(d)[0] for d in docs}
    for lab in labels:
        if lab[:-len(".expected.json")] not in stems:
            errors.append(f"{lab}: no document")
    counts: dict[str, int] = {}
    nlines = nnull = 0
    for d in docs:
        lab = os.path.splitext(d)[0] + ".expected.json"
        if lab not in labels:
            errors.append(f"{d}: no label")
            continue
        try:
            e = json.load(open(os.path.join(folder, lab)))
        except ValueError as exc:
            errors.append(f"{lab}: invalid JSON {exc}")
            continue
        err = lambda m: errors.append(f"{lab}: {m}")  # noqa: E731
        if set(e) - TOP:
            err(f"unknown keys {set(e) - TOP}")
        if e.get("kind") not in KINDS:
            err(f"kind {e.get('kind')!r}")
        counts[e.get("kind")] = counts.get(e.get("kind"), 0) + 1
        for k in ("order_date", "requested_date"):
            if e.get(k) is not None:
                try:
                    dt.date.fromisoformat(e[k])
                except (TypeError, ValueError):
                    err(f"{k} not ISO: {e[k]!r}")
        if e.get("customer") is not None and e["customer"] not in names:
            err(f"customer {e['customer']!r} not in customers.csv")
        st = e.get("ship_to")
        if st is not None:
            if not isinstance(st, dict) or set(st) - SHIP:
                err(f"bad ship_to {st!r}")
        doc_text = norm(text_of(d, open(os.path.join(folder, d), "rb").read()))
        if e.get("po_number") and doc_text and norm(e["po_number"]) not in doc_text:
            err(f"po_number {e['po_number']!r} not found in document text")
        if st and st.get("street") and doc_text and norm(st["street"]) not in doc_text:
            err(f"street {st['street']!r} not found in document text")
        for i, ln in enumerate(e.get("lines", [])):
            nlines += 1
            if set(ln) != LINE:
                err(f"line {i} keys {sorted(ln)}")
            if ln.get("sku") is None:
                nnull += 1
            elif ln["sku"] not in skus:
                err(f"line {i} sku {ln['sku']!r} not in catalog.csv")
            if not isinstance(ln.get("quantity"), (int, float)) or ln["quantity"] <= 0:
                err(f"line {i} quantity {ln.get('quantity')!r}")
            if ln.get("unit_price") is not None and not isinstance(ln["unit_price"], (int, float)):
                err(f"line {i} unit_price {ln['unit_price']!r}")
            if doc_text and norm(ln.get("description") or "") not in doc_text:
                err(f"line {i} description {ln.get('description')!r} not found in document text")
            if ln.get("customer_part") and doc_text and norm(ln["customer_part"]) not in doc_text:
                err(f"line {i} customer_part {ln['customer_part']!r} not found in document text")
    for m in errors:
        print("ERROR", m)
    print(f"{len(docs)} documents, kinds {counts}, {nlines} labelled lines ({nnull} with sku null), "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
