#!/usr/bin/env python3
"""Re-read every labelled document (email bodies, PDF / XLSX / CSV attachments, standalone files)
and verify that what the label claims is really in the document:
 - po_number occurs; ship_to.postal_code occurs (spaces ignored); ship_to.street occurs
 - every line quantity occurs as a number (or as a number word: dozen, two, ...)
 - every unit_price occurs (1.50 / 1,50 / 1.234,50 / 1 234,50 forms)
 - every sku is in catalog.csv; a sku written in the document matches the label;
   every customer_part occurs
 - customer is in customers.csv, or the sender is listed as unknown in README.md
Exit 1 on any failure."""
import csv, email, io, json, re, sys
from email import policy
from pathlib import Path
from pypdf import PdfReader
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent
WORDS = {1: ["one", "a ", "una ", "uma ", "un "], 2: ["two", "couple", "dos ", "duas"], 3: ["three"], 5: ["five"],
         6: ["half a dozen", "media docena", "six"], 10: ["ten"], 12: ["dozen", "docena", "dúzia"],
         24: ["two dozen"]}


def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if hasattr(v, "strftime"):
                    v = v.strftime("%d/%m/%Y")
                cells.append(str(v))
            out.append("\t".join(cells))
    return "\n".join(out)


def csv_text(raw):
    delim = ";" if raw.count(";") > raw.count(",") else ","
    return "\n".join(" | ".join(r) for r in csv.reader(io.StringIO(raw), delimiter=delim))


def pdf_text(data):
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def doc_text(path):
    data = path.read_bytes()
    if path.suffix == ".eml":
        m = email.message_from_bytes(data, policy=policy.default)
        parts = [f"Subject: {m['Subject']}"]
        for part in m.walk():
            ct = part.get_content_type()
            fn = (part.get_filename() or "").lower()
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if fn.endswith(".pdf"):
                parts.append(pdf_text(payload))
            elif fn.endswith(".xlsx"):
                parts.append(xlsx_text(payload))
            elif fn.endswith(".csv"):
                parts.append(csv_text(payload.decode("utf-8")))
            elif ct.startswith("text/"):
                parts.append(payload.decode(part.get_content_charset() or "utf-8"))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return pdf_text(data)
    if path.suffix == ".xlsx":
        return xlsx_text(data)
    return csv_text(data.decode("utf-8"))


def price_forms(p):
    s = f"{p:.2f}"
    ip, dp = s.split(".")
    th = f"{int(ip):,}"
    forms = {s, s.replace(".", ","), f"{th}.{dp}", f"{th.replace(',', '.')},{dp}", f"{th.replace(',', ' ')},{dp}"}
    if dp == "00":
        forms.add(ip)
    forms.add(repr(float(p)))  # a number cell in a spreadsheet, e.g. 9.8
    return forms


def main():
    cat = {r["sku"]: r for r in csv.DictReader(open(ROOT / "catalog.csv", encoding="utf-8"))}
    custs = {r["name"] for r in csv.DictReader(open(ROOT / "customers.csv", encoding="utf-8"))}
    readme = (ROOT / "README.md").read_text(encoding="utf-8") if (ROOT / "README.md").exists() else ""
    errors, n = [], 0
    for lab in sorted(ROOT.glob("*.expected.json")):
        stem = lab.name[: -len(".expected.json")]
        docs = [p for p in ROOT.iterdir() if p.stem == stem and p.suffix in (".eml", ".pdf", ".xlsx", ".csv")]
        if len(docs) != 1:
            errors.append(f"{stem}: {len(docs)} documents for label")
            continue
        n += 1
        L = json.loads(lab.read_text(encoding="utf-8"))
        text = doc_text(docs[0])
        flat = re.sub(r"\s+", " ", text)
        nospace = re.sub(r"\s+", "", text).lower()
        low = flat.lower()
        def err(msg):
            errors.append(f"{stem}: {msg}")
        if L["kind"] != "purchase_order":
            continue
        if L.get("po_number") and L["po_number"] not in flat:
            err(f"po_number {L['po_number']!r} not found")
        c = L.get("customer")
        if c and c not in custs and c not in readme:
            err(f"customer {c!r} neither in customers.csv nor listed in README")
        st = L.get("ship_to")
        if st:
            if st.get("postal_code") and st["postal_code"].replace(" ", "").lower() not in nospace:
                err(f"postcode {st['postal_code']} not found")
            for k in ("street", "name", "city"):
                if st.get(k) and st[k].lower() not in low:
                    err(f"ship_to.{k} {st[k]!r} not found")
        doc_skus = set(re.findall(r"NV-[A-Z0-9.\-]+[A-Z0-9]", text))
        lab_skus = {ln["sku"] for ln in L["lines"] if ln["sku"]}
        for s in doc_skus - lab_skus:
            if s in cat:
                err(f"document mentions sku {s} not in label")
        for ln in L["lines"]:
            s = ln["sku"]
            if s is not None and s not in cat:
                err(f"sku {s} not in catalog")
            q = ln["quantity"]
            qs = str(int(q)) if float(q).is_integer() else str(q)
            if not re.search(rf"(?<![\d.,]){re.escape(qs)}(?![\d]|[.,]\d)", flat) and \
                    not any(w in low for w in WORDS.get(int(q), [])):
                err(f"quantity {q} ({ln['description']}) not found")
            if ln.get("unit_price") is not None:
                if not any(re.search(rf"(?<![\d.,]){re.escape(f)}(?!\d|[.,]\d)", flat) for f in price_forms(ln["unit_price"])):
                    err(f"price {ln['unit_price']} ({ln['description']}) not found")
            if ln.get("customer_part") and ln["customer_part"] not in flat:
                err(f"customer_part {ln['customer_part']} not found")
    for e in errors:
        print("FAIL", e)
    print(f"{n} documents checked, {len(errors)} problems")
    print(f"check: {n - len({e.split(':')[0] for e in errors})} passed, {len({e.split(':')[0] for e in errors})} failed")
    sys.exit(1 if errors else 0)


main()
