"""Verify the corpus: every expected.json parses and has the required keys, every sku exists in
catalog.csv, every document has a label and every label a document, GTIN check digits are right,
attachments open (PDF page count, xlsx rows, csv)."""
import csv, json, os, sys, glob, email, io
from email import policy
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(HERE, "catalog.csv"), encoding="utf-8"))}
for sku, r in cat.items():
    g = r.get("gtin") or ""
    if g:
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(g[:12]))
        if len(g) != 13 or int(g[12]) != (10 - s % 10) % 10:
            errs.append(f"bad GTIN {sku} {g}")
custs = list(csv.DictReader(open(os.path.join(HERE, "customers.csv"), encoding="utf-8")))
cnames = {c["name"] for c in custs} | {c["customer_id"] for c in custs}
docs = [p for p in glob.glob(os.path.join(HERE, "*")) if os.path.isfile(p) and not p.endswith(".expected.json")
        and os.path.basename(p) not in ("catalog.csv", "customers.csv", "README.md")]
labels = glob.glob(os.path.join(HERE, "*.expected.json"))
stems = {os.path.splitext(os.path.basename(d))[0] for d in docs}
for d in docs:
    if not os.path.exists(os.path.splitext(d)[0] + ".expected.json"):
        errs.append(f"no label for {d}")
for l in labels:
    if os.path.basename(l)[:-len(".expected.json")] not in stems:
        errs.append(f"label without document {l}")
kinds, unknown, n_lines, null_sku = {}, [], 0, 0
for l in sorted(labels):
    name = os.path.basename(l)
    try:
        j = json.load(open(l, encoding="utf-8"))
    except Exception as e:
        errs.append(f"{name}: json {e}"); continue
    kinds[j["kind"]] = kinds.get(j["kind"], 0) + 1
    if j["kind"] not in ("purchase_order", "invoice", "not_an_order"):
        errs.append(f"{name}: kind")
    if j["kind"] == "not_an_order" and j["lines"]:
        errs.append(f"{name}: not_an_order with lines")
    if j["kind"] == "purchase_order" and not j["lines"]:
        errs.append(f"{name}: order without lines")
    if j.get("customer") not in cnames:
        unknown.append((name, j.get("customer")))
    for k in ("order_date", "requested_date"):
        v = j.get(k)
        if v is not None and not (len(v) == 10 and v[4] == "-" and v[7] == "-"):
            errs.append(f"{name}: {k} {v}")
    for ln in j["lines"]:
        n_lines += 1
        if ln["sku"] is None:
            null_sku += 1
        elif ln["sku"] not in cat:
            errs.append(f"{name}: unknown sku {ln['sku']}")
        if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0:
            errs.append(f"{name}: quantity {ln}")
    # document opens; attachments readable; quantities visible in text
    doc = os.path.splitext(l[:-len(".expected.json")])[0]
    path = [d for d in docs if os.path.splitext(d)[0] == l[:-len(".expected.json")]][0]
    msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[h]:
            errs.append(f"{name}: header {h}")
    for part in msg.iter_attachments():
        data = part.get_content()
        fn = part.get_filename()
        if fn.endswith(".pdf"):
            import pdfplumber
            with pdfplumber.open(io.BytesIO(data)) as r:
                txt = "\n".join(p.extract_text() or "" for p in r.pages)
                pages = r.pages
            if name.startswith("p02") and len(pages) < 2:
                errs.append(f"{name}: expected multi-page")
            if j.get("po_number") and j["po_number"] not in txt:
                errs.append(f"{name}: PO not in pdf text")
        elif fn.endswith(".xlsx"):
            import openpyxl
            openpyxl.load_workbook(io.BytesIO(data))
print("documents:", len(docs), "labels:", len(labels), "kinds:", kinds, "lines:", n_lines, "null-sku lines:", null_sku)
print("customers not in customers.csv:", unknown)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
