# -*- coding: utf-8 -*-
"""Re-read every document and check its label against the text. Exit 1 on any failure."""
import csv, glob, io, json, os, re, sys, datetime
from email import policy
from email.parser import BytesParser
from pypdf import PdfReader
from openpyxl import load_workbook

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(ROOT, "catalog.csv"), encoding="utf-8"))}
custs = {r["name"] for r in csv.DictReader(open(os.path.join(ROOT, "customers.csv"), encoding="utf-8"))}
readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read() if os.path.exists(os.path.join(ROOT, "README.md")) else ""
WORDS = {"one": 1, "two": 2, "three": 3, "six": 6, "eight": 8, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
         "uma": 1, "duas": 2, "mais 2": 2, "una": 1}
# (document, line index): quantity is stated away from the description (corrections / "double" / "same again")
FAR = {("e19_avenida_correction_pt", 0), ("e32_shannon_double_from_quote", 2), ("e42_stbrigids_correction_en", 0),
       ("e37_triana_es_short", 2)}

def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), data_only=True)
    return "\n".join("\t".join("" if v is None else str(v) for v in row) for ws in wb for row in ws.iter_rows(values_only=True))

def doc_text(path):
    if path.endswith(".eml"):
        m = BytesParser(policy=policy.default).parse(open(path, "rb"))
        parts = [m["Subject"] or ""]
        for p in m.walk():
            ct = p.get_content_type()
            if ct == "text/plain" and not p.get_filename():
                parts.append(p.get_content())
            elif ct == "application/pdf":
                parts.append("\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(p.get_payload(decode=True))).pages))
            elif "spreadsheet" in ct:
                parts.append(xlsx_text(p.get_payload(decode=True)))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        return xlsx_text(open(path, "rb").read())
    return open(path, encoding="utf-8").read()

def norm(t):
    t = re.sub(r"(?m)^[ \t]*>+ ?", "", t)
    return re.sub(r"\s+", " ", t).lower()

def numforms(x):
    x = float(x)
    out = set()
    if x == int(x):
        i = int(x); out |= {str(i), f"{i:,}", f"{i:,}".replace(",", "."), f"{x:.2f}", f"{x:.2f}".replace(".", ",")}
    else:
        out |= {f"{x:.2f}", f"{x:.2f}".replace(".", ","), str(x)}
    for w, v in WORDS.items():
        if v == x: out.add(w)
    return out

def near(text, desc, value, win=160):
    d = norm(desc)
    for m in re.finditer(re.escape(d), text):
        seg = text[max(0, m.start() - win): m.end() + win]
        for f in numforms(value):
            if re.search(r"(?<![\d.,])" + re.escape(f.lower()) + r"(?![\d])", seg):
                return True
    return False

fails = []
def bad(doc, msg): fails.append(f"{doc}: {msg}")
n = 0
for lab_path in sorted(glob.glob(os.path.join(ROOT, "*.expected.json"))):
    stem = os.path.basename(lab_path)[:-len(".expected.json")]
    docs = [p for p in glob.glob(os.path.join(ROOT, stem + ".*")) if not p.endswith(".expected.json")]
    if len(docs) != 1: bad(stem, f"expected exactly one document, found {docs}"); continue
    lab = json.load(open(lab_path, encoding="utf-8")); n += 1
    text = norm(doc_text(docs[0]))
    if lab["kind"] != "purchase_order":
        if set(lab) != {"kind"}: bad(stem, "non-order label should only carry kind")
        continue
    for k in ("customer", "po_number", "order_date", "requested_date", "currency", "lines"):
        if k not in lab: bad(stem, f"missing key {k}")
    c = lab["customer"]
    if c not in custs and c not in readme: bad(stem, f"customer {c!r} neither in customers.csv nor listed in README")
    if c not in custs and norm(c) not in text: bad(stem, f"unknown customer {c!r} not printed in the document")
    if lab["po_number"] and norm(lab["po_number"]) not in text: bad(stem, f"PO {lab['po_number']} not in text")
    for k in ("order_date", "requested_date"):
        v = lab[k]
        if v:
            try: datetime.date.fromisoformat(v)
            except ValueError: bad(stem, f"{k} not ISO: {v}")
    if lab["currency"] not in (None, "EUR", "GBP", "USD", "AED", "INR"): bad(stem, "bad currency")
    st = lab.get("ship_to")
    if st:
        if norm(st["street"]) not in text: bad(stem, f"ship_to street {st['street']!r} not in text")
        if st["postal_code"] and norm(st["postal_code"]) not in text: bad(stem, "ship_to postal code not in text")
    if not lab["lines"]: bad(stem, "no lines")
    for i, ln in enumerate(lab["lines"]):
        if ln["sku"] is not None and ln["sku"] not in cat: bad(stem, f"line {i}: sku {ln['sku']} not in catalog")
        if norm(ln["description"]) not in text: bad(stem, f"line {i}: description {ln['description']!r} not verbatim in text"); continue
        if ln["customer_part"] and norm(ln["customer_part"]).replace(" ", "") not in text.replace(" ", ""):
            bad(stem, f"line {i}: customer_part missing")
        if (stem, i) not in FAR and not near(text, ln["description"], ln["quantity"]):
            bad(stem, f"line {i}: quantity {ln['quantity']} not near {ln['description']!r}")
        if ln["unit_price"] is not None and not near(text, ln["description"], ln["unit_price"], 260):
            bad(stem, f"line {i}: price {ln['unit_price']} not near {ln['description']!r}")
        if not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0: bad(stem, f"line {i}: bad quantity")
print(f"checked {n} labelled documents, {len(fails)} problems")
for f in fails: print("  " + f)
sys.exit(1 if fails else 0)
