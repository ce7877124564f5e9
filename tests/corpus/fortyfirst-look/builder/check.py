#!/usr/bin/env python3
"""Re-read every document and check its label against the text. Exit 1 on any problem."""
import os, re, sys, json, csv, glob, io, email
from email import policy
from datetime import date
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKUS = {r["sku"] for r in csv.DictReader(open(os.path.join(HERE, "catalog.csv"), encoding="utf-8"))}
CUSTS = {r["name"] for r in csv.DictReader(open(os.path.join(HERE, "customers.csv"), encoding="utf-8"))}
WORDS = {1: ["one", "uno", "un", "una", "eins", "ein", "1 pack", "1 conf"], 2: ["two", "due", "dos", "zwei", "dozen"],
         5: ["cinque"], 6: ["sei"], 10: ["dieci"], 12: ["dodici"], 30: ["trenta"], 20: ["venti"]}


# lines whose quantity is stated away from the corrected description (reply says "same quantities")
KNOWN = {("e12_ferraro_shade_correction", "6.01 (naturale cenere)")}


def norm(s):
    s = s.lower().replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def pdf_text(data):
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def doc_text(path):
    if path.endswith(".eml"):
        msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
        parts = [str(msg["Subject"])]
        for part in msg.walk():
            ct = part.get_content_type()
            fn = part.get_filename()
            if fn and fn.endswith(".pdf"):
                parts.append(pdf_text(part.get_payload(decode=True)))
            elif fn and fn.endswith(".xlsx"):
                parts.append(xlsx_text(part.get_payload(decode=True)))
            elif fn and fn.endswith(".csv"):
                parts.append(part.get_payload(decode=True).decode("utf-8"))
            elif ct == "text/plain":
                parts.append(part.get_content())
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        return xlsx_text(open(path, "rb").read())
    if path.endswith(".csv"):
        raw = open(path, "rb").read()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252")
    raise ValueError(path)


def num_forms(v, price=False):
    forms = set()
    if float(v).is_integer() and not price:
        forms.add(str(int(v)))
    for fmt in ("%.2f", "%.3f", "%.1f"):
        s = fmt % v
        forms.add(s)
        forms.add(s.replace(".", ","))
    if float(v).is_integer():
        forms |= {"%d,00" % v, "%d.00" % v, "%d,000" % v}
    return forms


def near(text, desc, forms, words=(), span=140):
    t = norm(text)
    d = norm(desc)
    hits = [m.start() for m in re.finditer(re.escape(d), t)]
    if not hits:
        return None
    for h in hits:
        win = t[max(0, h - span): h + len(d) + span]
        for f in forms:
            if re.search(r"(?<![\d.,/])" + re.escape(f) + r"(?![\d]|[.,]\d)", win):
                return True
        for w in words:
            if re.search(r"\b" + re.escape(w) + r"\b", win):
                return True
    return False


def main():
    problems, n = [], 0
    for lab_path in sorted(glob.glob(os.path.join(HERE, "*.expected.json"))):
        stem = lab_path[: -len(".expected.json")]
        docs = [stem + e for e in (".eml", ".xlsx", ".csv", ".pdf") if os.path.exists(stem + e)]
        name = os.path.basename(stem)
        if len(docs) != 1:
            problems.append("%s: %d documents" % (name, len(docs)))
            continue
        n += 1
        lab = json.load(open(lab_path, encoding="utf-8"))
        text = doc_text(docs[0])
        nt = norm(text)
        if lab["kind"] not in ("purchase_order", "invoice", "not_an_order"):
            problems.append("%s: bad kind" % name)
        if lab["kind"] != "purchase_order":
            continue
        for k in ("customer", "po_number", "order_date", "requested_date", "currency", "lines"):
            if k not in lab:
                problems.append("%s: missing key %s" % (name, k))
        if lab["customer"] not in CUSTS and norm(lab["customer"]) not in nt:
            problems.append("%s: customer %r neither in customers.csv nor in text" % (name, lab["customer"]))
        if lab["po_number"] and norm(lab["po_number"]) not in nt:
            problems.append("%s: PO %r not in text" % (name, lab["po_number"]))
        for k in ("order_date", "requested_date"):
            v = lab.get(k)
            if v:
                try:
                    dd = date.fromisoformat(v)
                except ValueError:
                    problems.append("%s: %s not ISO" % (name, k))
                    continue
                if not re.search(r"(?<!\d)0?%d(?!\d)" % dd.day, text):
                    problems.append("%s: %s day %d not in text" % (name, k, dd.day))
        if lab.get("currency") and lab["currency"] not in text and "€" not in text and "EUR" not in text:
            problems.append("%s: currency not evidenced" % name)
        st = lab.get("ship_to")
        if st:
            if norm(st["street"]) not in nt:
                problems.append("%s: ship street %r not in text" % (name, st["street"]))
            if st.get("name") and norm(st["name"]) not in nt:
                problems.append("%s: ship name %r not in text" % (name, st["name"]))
            if st.get("postal_code") and norm(st["postal_code"]).replace(" ", "") not in nt.replace(" ", ""):
                problems.append("%s: postal code not in text" % name)
        if not lab["lines"]:
            problems.append("%s: order without lines" % name)
        for i, ln in enumerate(lab["lines"], 1):
            where = "%s line %d (%s)" % (name, i, ln["description"])
            if ln["sku"] not in SKUS:
                problems.append(where + ": sku %s not in catalog" % ln["sku"])
            if ln["customer_part"] and norm(ln["customer_part"]) not in nt:
                problems.append(where + ": customer_part not in text")
            r = near(text, ln["description"], num_forms(ln["quantity"]), WORDS.get(ln["quantity"], ()))
            if r is None:
                problems.append(where + ": description not found verbatim")
            elif r is False and (name, ln["description"]) in KNOWN:
                pass  # quantity given only as "same quantities" in a correction; see README
            elif r is False:
                problems.append(where + ": quantity %s not near description" % ln["quantity"])
            if ln["unit_price"] is not None and not near(text, ln["description"], num_forms(ln["unit_price"], True), span=200):
                problems.append(where + ": price %s not near description" % ln["unit_price"])
    for p in problems:
        print("PROBLEM", p)
    print("checked %d documents, %d problems" % (n, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
