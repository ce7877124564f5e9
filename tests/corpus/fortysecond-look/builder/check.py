"""Re-read every document and check its label against the text. Exit 1 on any problem."""
import csv, datetime, email, glob, io, json, os, re, sys
from email import policy
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
UOMS = {"EA", "M", "RL", "PK", "FT", "BX", "CS"}
CURR = {None, "GBP", "EUR", "USD"}
LEFT_OUT = {"Bantry Bay Fishermen's Co-operative", "Zeilschool De Waddenwind", "Hellenic Sail Charters",
            "Newport Rigging Co.", "Club Náutico Cala Blava", "Voile Atlantique Pornic"}
problems = []

def bad(doc, msg):
    problems.append("%s: %s" % (doc, msg))

cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
custs = list(csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8")))
cust_names = {c["name"] for c in custs}
dom2cust = {d: c["name"] for c in custs for d in c["email_domains"].split(";")}

def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else (("%g" % v) if isinstance(v, float) else str(v)) for v in row))
    return "\n".join(out)

def pdf_text(data):
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)

def doc_text(path):
    data = open(path, "rb").read()
    sender = None
    if path.endswith(".eml"):
        m = email.message_from_bytes(data, policy=policy.default)
        sender = m["From"].addresses[0].domain.lower()
        parts = []
        for part in m.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            if ct == "text/plain":
                parts.append(part.get_content())
            elif ct == "application/pdf":
                parts.append(pdf_text(part.get_payload(decode=True)))
            elif "spreadsheet" in ct:
                parts.append(xlsx_text(part.get_payload(decode=True)))
        return "\n".join(parts), sender
    if path.endswith(".xlsx"):
        return xlsx_text(data), None
    if path.endswith(".pdf"):
        return pdf_text(data), None
    return data.decode("utf-8"), None

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def num_variants(v):
    out = set()
    if v is None:
        return out
    for s in ("%g" % v, "%.2f" % v, "{:,.2f}".format(v)):
        out.add(s); out.add(s.replace(".", ","))
    return out

def iso(d):
    if d is None:
        return True
    try:
        datetime.date.fromisoformat(d); return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d))
    except Exception:
        return False

docs = sorted(glob.glob(os.path.join(OUT, "*.expected.json")))
langs = 0
for ej in docs:
    base = ej[:-len(".expected.json")]
    name = os.path.basename(base)
    cands = [base + e for e in (".eml", ".pdf", ".xlsx", ".csv") if os.path.exists(base + e)]
    if len(cands) != 1:
        bad(name, "document file missing or ambiguous"); continue
    lab = json.load(open(ej, encoding="utf-8"))
    text, sender = doc_text(cands[0])
    nt = norm(text)
    kind = lab.get("kind")
    if kind not in ("purchase_order", "invoice", "not_an_order"):
        bad(name, "bad kind")
    if kind != "purchase_order":
        if lab.get("lines"):
            bad(name, "non-order has lines")
        continue
    for k in ("order_date", "requested_date"):
        if not iso(lab.get(k)):
            bad(name, "%s not ISO: %r" % (k, lab.get(k)))
    if lab.get("currency") not in CURR:
        bad(name, "currency %r" % lab.get("currency"))
    po = lab.get("po_number")
    if po is not None and norm(po) not in nt:
        bad(name, "PO %r not in text" % po)
    cust = lab.get("customer")
    if cust in cust_names:
        if sender and sender not in dom2cust and name != "m21_phone_shorthand":
            bad(name, "known customer but sender domain %s not listed" % sender)
        if sender and sender in dom2cust and dom2cust[sender] != cust:
            bad(name, "sender domain belongs to %s" % dom2cust[sender])
    elif cust in LEFT_OUT:
        if sender in dom2cust:
            bad(name, "left-out sender is in customers.csv")
        if norm(cust.rstrip(".")) not in nt:
            bad(name, "customer name not printed")
    else:
        bad(name, "customer %r unknown" % cust)
    st = lab.get("ship_to")
    if st:
        for k in ("street", "postal_code", "city"):
            if st.get(k) and norm(st[k]) not in nt:
                bad(name, "ship_to %s %r not in text" % (k, st[k]))
        if st.get("country") not in ("GB", "IE", "FR", "NL", "NO", "SE", "DK", "HR", "GR", "ES", "IT", "US"):
            bad(name, "ship_to country")
    hints = json.load(open(os.path.join(HERE, "hints", name + ".json"), encoding="utf-8"))
    lines = lab["lines"]
    if not lines:
        bad(name, "no lines")
    for ln, h in zip(lines, hints):
        tag = "line %r" % ln["description"]
        sku = ln["sku"]
        if sku not in cat:
            bad(name, tag + " sku %r not in catalog" % sku); continue
        if ln["uom"] not in UOMS:
            bad(name, tag + " uom %r" % ln["uom"])
        if ln["uom"] != cat[sku]["uom"] and not (ln["uom"] == "FT" and cat[sku]["uom"] == "M"):
            bad(name, tag + " uom %s vs catalog %s" % (ln["uom"], cat[sku]["uom"]))
        d = norm(ln["description"])
        pos = [m.start() for m in re.finditer(re.escape(d), nt)]
        if not pos:
            bad(name, tag + " description not verbatim in text"); continue
        qtoks = [norm(h["q"])] if h.get("q") else list(num_variants(ln["quantity"]))
        ptoks = [norm(h["p"])] if h.get("p") else list(num_variants(ln["unit_price"]))
        def near(toks, width=170):
            for p in pos:
                win = nt[max(0, p - width): p + len(d) + width]
                if any(t in win for t in toks):
                    return True
            return False
        if h.get("far") and any(t in nt for t in qtoks):
            pass  # corrected quantity stated elsewhere in the mail (correction replies)
        elif not near(qtoks):
            bad(name, tag + " quantity %s not near" % ln["quantity"])
        if ln["unit_price"] is not None and not near(ptoks, 200):
            bad(name, tag + " price %s not near" % ln["unit_price"])
        if ln["customer_part"] and not near([norm(ln["customer_part"])]):
            bad(name, tag + " customer_part not near")

for p in problems:
    print("FAIL", p)
print("%d documents checked, %d problems" % (len(docs), len(problems)))
sys.exit(1 if problems else 0)
