#!/usr/bin/env python3
"""Re-read every labelled document (mail bodies, HTML, PDF/XLSX/CSV attachments, standalone files)
and verify that the labelled PO number, quantities, unit prices, postcodes, customer_parts occur in
the document text and that every SKU exists in catalog.csv.  Exit 1 on any failure."""
import csv, email, glob, html, io, json, os, re, subprocess, sys, tempfile
from datetime import date
from email import policy
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, ".."))

WORDS = {  # number words that count as a written quantity
    1: ["a box", "a case", "een doos", "one", "un ", "une ", "uma ", "1 rol", "1 rouleau", "n. 1"],
    2: ["two", "twee", "dos ", "deux", "duas", "a couple"],
    4: ["cuatro", "four"], 5: ["vijf", "five"], 6: ["half a dozen", "meia dúzia", "six"],
    10: ["dez ", "ten "], 12: ["a dozen", "une douzaine", "uma dúzia", "dozen"],
}

def pdf_text(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as t:
        t.write(data); name = t.name
    try:
        return subprocess.run(["pdftotext", "-layout", name, "-"], capture_output=True, text=True, check=True).stdout
    finally:
        os.remove(name)

def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)

def decode_csv(data):
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")

def doc_text(path):
    data = open(path, "rb").read()
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return pdf_text(data)
    if ext == "xlsx":
        return xlsx_text(data)
    if ext in ("csv", "txt"):
        return decode_csv(data)
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        fn = (part.get_filename() or "").lower()
        if ct == "application/pdf" or fn.endswith(".pdf"):
            parts.append(pdf_text(payload))
        elif fn.endswith(".xlsx"):
            parts.append(xlsx_text(payload))
        elif ct == "text/html":
            t = re.sub(r"<[^>]+>", " ", payload.decode(part.get_content_charset() or "utf-8"))
            parts.append(html.unescape(t))
        elif ct.startswith("text/"):
            cs = part.get_content_charset() or "utf-8"
            try:
                parts.append(payload.decode(cs))
            except (UnicodeDecodeError, LookupError):
                parts.append(decode_csv(payload))
    return "\n".join(parts)

def has_number(text, n):
    s = ("%g" % n)
    return re.search(r"(?<!\d)(?<!\d[.,])" + re.escape(s) + r"(?![\d])", text) is not None

def has_price(text, p):
    cands = {f"{p:.2f}", f"{p:.2f}".replace(".", ","), ("%g" % p), ("%g" % p).replace(".", ",")}
    return any(re.search(r"(?<![\d])" + re.escape(c) + r"(?![\d])", text) for c in cands)

def main():
    cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(CORPUS, "catalog.csv"), encoding="utf-8"))}
    custs = list(csv.DictReader(open(os.path.join(CORPUS, "customers.csv"), encoding="utf-8")))
    names = {c["name"] for c in custs} | {c["customer_id"] for c in custs}
    fails, n = [], 0
    for lab in sorted(glob.glob(os.path.join(CORPUS, "*.expected.json"))):
        doc = lab[: -len(".expected.json")]
        rel = os.path.basename(doc)
        n += 1
        def bad(msg):
            fails.append(f"{rel}: {msg}")
        if not os.path.exists(doc):
            bad("document missing"); continue
        exp = json.load(open(lab, encoding="utf-8"))
        text = doc_text(doc)
        low = text.lower()
        flat = re.sub(r"\s+", "", low)
        if exp.get("kind") not in ("purchase_order", "invoice", "not_an_order"):
            bad("bad kind")
        if exp.get("kind") != "purchase_order":
            continue
        for k in ("order_date", "requested_date"):
            if exp.get(k):
                try:
                    date.fromisoformat(exp[k])
                except ValueError:
                    bad(f"{k} not ISO")
        cu = exp.get("customer")
        if cu and cu not in names and cu.lower() not in low:
            bad(f"customer {cu!r} neither in customers.csv nor in document")
        po = exp.get("po_number")
        if po and po.lower() not in low:
            bad(f"po_number {po} not found")
        st = exp.get("ship_to")
        if st:
            pc = (st.get("postal_code") or "").replace(" ", "").lower()
            if pc and pc not in flat:
                bad(f"postcode {pc} not found")
            if st.get("street") and st["street"].lower() not in low:
                bad(f"street {st['street']!r} not found")
        if not exp.get("lines"):
            bad("no lines")
        for i, ln in enumerate(exp.get("lines", [])):
            sku = ln.get("sku")
            if sku is not None and sku not in cat:
                bad(f"line {i+1}: sku {sku} not in catalog")
            q = ln.get("quantity")
            if not isinstance(q, (int, float)) or q <= 0:
                bad(f"line {i+1}: bad quantity")
            elif not has_number(text, q) and not any(w in low for w in WORDS.get(q, [])):
                bad(f"line {i+1}: quantity {q} not found")
            p = ln.get("unit_price")
            if p is not None and not has_price(text, p):
                bad(f"line {i+1}: price {p} not found")
            cp = ln.get("customer_part")
            if cp and cp.lower() not in low:
                bad(f"line {i+1}: customer_part {cp} not found")
            if sku and sku in cat and ln.get("uom") and ln["uom"] not in (cat[sku]["uom"], "EA", "PR", "BX", "CS", "PK", "RL", "DZ"):
                bad(f"line {i+1}: odd uom {ln['uom']}")
    for f in fails:
        print("FAIL", f)
    print(f"checked {n} labelled documents, {len(fails)} problems")
    return 1 if fails else 0

if __name__ == "__main__":
    sys.exit(main())
