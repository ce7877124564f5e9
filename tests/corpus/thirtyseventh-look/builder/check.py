"""Re-read every document in the corpus folder and check the labels against the text.
Run: builder/.venv/bin/python builder/check.py   (exit 1 on any error)"""
import csv, email, io, json, os, re, sys, datetime
from email import policy
import openpyxl
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DOC_EXT = (".eml", ".pdf", ".xlsx", ".csv")
UOMS = {"EA", "PR", "BX", "PK", "DZ", "CS", "RL", "PC"}
WORDS = {"vijftig": 50, "dertig": 30, "twintig": 20, "zwanzig": 20, "zehn": 10, "fünf": 5, "zwei": 2, "two": 2}
errors, warnings = [], []


def err(f, m): errors.append(f"{f}: {m}")
def warn(f, m): warnings.append(f"{f}: {m}")


def pdf_text(b):
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(b)).pages)


def xlsx_text(b):
    wb = openpyxl.load_workbook(io.BytesIO(b))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def csv_text(b):
    for enc in ("utf-8", "cp1252"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass


def doc_text(fn, b):
    if fn.endswith(".pdf"): return pdf_text(b)
    if fn.endswith(".xlsx"): return xlsx_text(b)
    if fn.endswith(".csv"): return csv_text(b)
    msg = email.message_from_bytes(b, policy=policy.default)
    parts = [f"From: {msg['From']}\nSubject: {msg['Subject']}"]
    for part in msg.walk():
        if part.is_multipart(): continue
        name = part.get_filename()
        ct = part.get_content_type()
        if name:
            parts.append(doc_text(name.lower(), part.get_payload(decode=True)))
        elif ct == "text/plain":
            parts.append(part.get_content())
    return "\n".join(parts)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def qty_pat(q):
    qs = str(int(q)) if float(q).is_integer() else str(q)
    alts = [re.escape(qs), re.escape(f"{q:,.0f}") if float(q).is_integer() else re.escape(qs)]
    words = [w for w, v in WORDS.items() if v == q]
    return re.compile(r"(?<!\d)(?<!\d[.,])(" + "|".join(alts + words) + r")(?![\d])")


def price_variants(p):
    a = f"{p:.2f}"
    return {a, a.replace(".", ","), f"{p:g}", f"{p:g}".replace(".", ",")}


def date_variants(iso):
    d = datetime.date.fromisoformat(iso)
    mon_en = d.strftime("%b"); mon_full = d.strftime("%B")
    v = {d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), iso,
         f"{d.day:02d}-{mon_en.upper()}-{d.year}", f"{d.day:02d} {mon_en} {d.year}", f"{d.day} {mon_full} {d.year}",
         f"{d.day} grudnia {d.year}", f"{d.day:02d}/{d.month:02d}", f"{d.day}/{d.month}", f"{d.day} {mon_full.lower()}",
         f"{d.day}. {mon_full.lower()}", f"{d.day} décembre", f"{d.day}. december", f"{d.day} december", f"{d.day}th",
         f"{d.day} stycznia {d.year}", f"{d.day}. dezember"}
    return {x.lower() for x in v}


def main():
    cat = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    custs = list(csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8")))
    cust_names = {c["name"] for c in custs}
    domains = {d for c in custs for d in c["email_domains"].split(";")}
    derived = json.load(open(os.path.join(HERE, "derived.json")))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(DOC_EXT) and f not in ("catalog.csv", "customers.csv"))
    exps = sorted(f for f in os.listdir(OUT) if f.endswith(".expected.json"))
    for f in files:
        if f.rsplit(".", 1)[0] + ".expected.json" not in exps: err(f, "no expected.json")
    for e in exps:
        if not any(f.rsplit(".", 1)[0] + ".expected.json" == e for f in files): err(e, "orphan label")
    unknown_senders = []
    n_lines = 0
    for f in files:
        raw = open(os.path.join(OUT, f), "rb").read()
        text = doc_text(f, raw)
        nt = norm(text)
        exp = json.load(open(os.path.join(OUT, f.rsplit(".", 1)[0] + ".expected.json"), encoding="utf-8"))
        if exp["kind"] not in ("purchase_order", "invoice", "not_an_order"): err(f, "bad kind")
        if f.endswith(".eml"):
            frm = email.message_from_bytes(raw, policy=policy.default)["From"]
            dom = frm.split("@")[-1].strip(">").lower()
            if exp["kind"] == "purchase_order" and dom not in domains:
                unknown_senders.append((f, frm))
        if exp["kind"] != "purchase_order":
            if exp.get("lines"): err(f, "non-order with lines")
            continue
        for k in ("customer", "po_number", "order_date", "requested_date", "currency", "lines"):
            if k not in exp: err(f, f"missing key {k}")
        cu = exp["customer"]
        if cu not in cust_names and norm(cu) not in nt: err(f, f"customer {cu!r} neither in customers.csv nor in text")
        po = exp["po_number"]
        if po and norm(po) not in nt: err(f, f"PO {po} not in text")
        for k in ("order_date", "requested_date"):
            v = exp[k]
            if v is None: continue
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): err(f, f"{k} not ISO: {v}"); continue
            if not any(x in nt for x in date_variants(v)): warn(f, f"{k} {v}: no literal form found in text")
        if exp["currency"] not in (None, "EUR", "GBP", "DKK", "PLN"): err(f, "currency")
        st = exp.get("ship_to")
        if st:
            for k in ("street", "postal_code", "city"):
                if st.get(k) and norm(st[k]) not in nt: err(f, f"ship_to.{k} {st[k]!r} not in text")
        dl = {d["line"]: d for d in derived.get(f, [])}
        for i, ln in enumerate(exp["lines"]):
            n_lines += 1
            tag = f"line {i+1} ({ln['description'][:30]})"
            if ln["sku"] not in cat: err(f, f"{tag}: sku {ln['sku']} not in catalog")
            if ln["uom"] not in UOMS: err(f, f"{tag}: uom {ln['uom']}")
            if not (isinstance(ln["quantity"], (int, float)) and ln["quantity"] > 0): err(f, f"{tag}: qty")
            d = norm(ln["description"])
            starts = [m.start() for m in re.finditer(re.escape(d), nt)]
            if not starts: err(f, f"{tag}: description not verbatim in text"); continue
            if ln.get("customer_part") and norm(ln["customer_part"]) not in nt: err(f, f"{tag}: customer_part not in text")
            if i in dl:
                continue  # quantity derived from the quoted earlier order, see derived.json
            qp = qty_pat(ln["quantity"])
            if not any(qp.search(nt[max(0, s - 200): s + len(d) + 420]) for s in starts):
                err(f, f"{tag}: quantity {ln['quantity']} not near description")
            if "unit_price" in ln:
                pv = price_variants(ln["unit_price"])
                if not any(any(p in nt[max(0, s - 200): s + len(d) + 1000] for p in pv) for s in starts):
                    err(f, f"{tag}: price {ln['unit_price']} not near description")
        for k in dl:
            if k >= len(exp["lines"]): err(f, "derived index out of range")
    for w in warnings: print("WARN ", w)
    for e in errors: print("ERROR", e)
    print(f"{len(files)} documents, {n_lines} labelled lines, {len(errors)} errors, {len(warnings)} warnings")
    print("order senders not in customers.csv:", *[f"{a} <- {b}" for a, b in unknown_senders], sep="\n  ")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
