#!/usr/bin/env python3
"""Re-read every document of the corpus (mail parts, PDF text, XLSX cells, CSV) and check that the labelled
PO numbers, quantities, unit prices, postcodes, customer part numbers occur in it, that SKUs exist in
catalog.csv and that customers resolve as intended. Exit 1 on any failure.  python3 builder/check.py"""
import csv, email, io, json, os, re, sys
from email import policy
from html import unescape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = {1: ["one", "a sheet", "une", "un", "jedan"], 2: ["two", "a couple", "deux"], 3: ["three", "trois"],
         5: ["five", "cinq"], 6: ["half a dozen", "demi-douzaine"], 12: ["a dozen", "douzaine"], 20: ["twenty"],
         24: ["two dozen"]}
KNOWN_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else (f"{v:g}" if isinstance(v, float) else str(v)) for v in row))
    return "\n".join(out)


def attachment_text(fname, data):
    f = fname.lower()
    if f.endswith(".pdf"):
        return pdf_text(data)
    if f.endswith(".xlsx"):
        return xlsx_text(data)
    txt = data.decode("utf-8")
    if f.endswith(".csv"):  # re-read as a table so field separators do not glue numbers together
        sep = ";" if txt.split("\n")[0].count(";") > txt.split("\n")[0].count(",") else ","
        return "\n".join("\t".join(r) for r in csv.reader(io.StringIO(txt), delimiter=sep))
    return txt


def doc_text(path):
    data = open(path, "rb").read()
    if not path.endswith(".eml"):
        return attachment_text(path, data), None
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = [msg["Subject"] or ""]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            parts.append(attachment_text(fn, part.get_payload(decode=True)))
        elif part.get_content_type() == "text/html":
            parts.append(unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
        elif part.get_content_type() == "text/plain":
            parts.append(part.get_content())
    return "\n".join(parts), msg["From"]


def has_number(text, value):
    cands = set()
    if float(value) == int(value):
        cands.add(str(int(value)))
    cands |= {f"{value:g}", f"{value:g}".replace(".", ","), f"{value:.2f}", f"{value:.2f}".replace(".", ","), f"{value:,.2f}",
              f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")}
    for c in cands:
        if re.search(r"(?<!\d)(?<!\d[.,])" + re.escape(c) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    catalog = {r["sku"]: r for r in csv.DictReader(open(os.path.join(ROOT, "catalog.csv"), encoding="utf-8"))}
    customers = list(csv.DictReader(open(os.path.join(ROOT, "customers.csv"), encoding="utf-8")))
    by_name = {c["name"]: c for c in customers}
    by_domain = {d: c for c in customers for d in c["email_domains"].split(";")}
    errors, warnings, n = [], [], 0
    for f in sorted(os.listdir(ROOT)):
        if not f.endswith(".expected.json"):
            continue
        base = f[:-len(".expected.json")]
        docs = [g for g in os.listdir(ROOT) if os.path.splitext(g)[0] == base and not g.endswith(".json")]
        if len(docs) != 1:
            errors.append(f"{f}: document not found ({docs})"); continue
        n += 1
        lab = json.load(open(os.path.join(ROOT, f), encoding="utf-8"))
        text, sender = doc_text(os.path.join(ROOT, docs[0]))
        flat = re.sub(r"\s+", " ", text)
        low = flat.lower()
        err = lambda m: errors.append(f"{docs[0]}: {m}")
        if set(lab) - KNOWN_KEYS:
            err(f"unknown keys {set(lab) - KNOWN_KEYS}")
        if lab["kind"] != "purchase_order":
            if lab["kind"] not in ("invoice", "not_an_order"):
                err("bad kind")
            continue
        if lab["po_number"] and lab["po_number"].lower() not in low:
            err(f"PO {lab['po_number']} not in document")
        st = lab.get("ship_to")
        if st:
            pc = st["postal_code"]
            if pc and pc.replace(" ", "").lower() not in low.replace(" ", ""):
                err(f"postcode {pc} not in document")
            if st["street"] and st["street"].lower() not in low:
                err(f"street {st['street']} not in document")
        cust = lab["customer"]
        dom = sender.split("@")[-1].rstrip(">").lower() if sender else None
        if cust in by_name:
            if dom and by_domain.get(dom, {}).get("name") != cust:
                err(f"sender domain {dom} does not resolve to {cust}")
        else:
            if dom and dom in by_domain:
                err(f"unknown customer {cust} but domain {dom} is in customers.csv")
            if cust and cust.lower().split()[0] not in low:
                err(f"customer {cust} not named in document")
        for i, ln in enumerate(lab["lines"], 1):
            if ln["sku"] not in catalog:
                err(f"line {i}: sku {ln['sku']} not in catalog")
            q = ln["quantity"]
            if not has_number(flat, q) and not any(w in low for w in WORDS.get(q, [])):
                err(f"line {i}: quantity {q} not in document")
            if "unit_price" in ln and not has_number(flat, ln["unit_price"]):
                err(f"line {i}: price {ln['unit_price']} not in document")
            if ln.get("customer_part") and ln["customer_part"].lower() not in low:
                err(f"line {i}: customer part {ln['customer_part']} not in document")
        for k in ("order_date", "requested_date"):
            if lab.get(k):
                y, m, d = lab[k].split("-")
                mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[int(m) - 1]
                forms = [f"{d}-{mon}-{y}", f"{int(d)} {mon}", f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{d}-{m}-{y}", f"{int(d)}.{int(m)}.{y}", f"{d}/{m}/{y[2:]}",
                         f"{int(d)}/{int(m)}/{y[2:]}", f"{int(d)}.{int(m)}.", f"{d}.{m}.", f"{d}/{m}"]
                if not any(fm in flat for fm in forms) and not re.search(rf"\b{int(d)}(st|nd|rd|th)?\b", flat):
                    warnings.append(f"{docs[0]}: {k} {lab[k]} not written as a date (relative/weekday wording?)")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print(f"checked {n} labelled documents: {len(errors)} problems")
    print(f"{n - len({e.split(':')[0] for e in errors})} passed, {len({e.split(':')[0] for e in errors})} failed")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
