"""Re-read every document of the corpus (email bodies, PDF/XLSX/CSV attachments, standalone files) and verify
that what the labels claim is really there: PO numbers, quantities, unit prices, postcodes, streets, line
descriptions, buyer part numbers, currencies; that SKUs exist in catalog.csv with a matching unit; and that
dates are ISO. Exit 1 on any failure.  Usage: python3 builder/check.py [corpus_dir]"""
import csv, email, glob, io, json, os, re, sys
from email import policy
from datetime import date

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)

def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)

def decode(data):
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")

def file_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    t = decode(data)
    if low.endswith(".csv"):
        first = t.splitlines()[0] if t else ""
        sep = ";" if first.count(";") > first.count(",") else ","
        t = t.replace(sep, " | ")
    return t

def doc_text(path):
    data = open(path, "rb").read()
    if not path.endswith(".eml"):
        return file_text(path, data), 0
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = [str(msg["Subject"] or ""), str(msg["From"] or "")]
    n_att = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            n_att += 1
            parts.append(file_text(fn, part.get_payload(decode=True)))
        elif part.get_content_type().startswith("text/"):
            parts.append(part.get_content())
    return "\n".join(parts), n_att

def norm(t):
    t = t.replace("\u00a0", " ")
    t = re.sub(r"(?m)^[ \t]*(>[ \t]?)+", "", t)
    return re.sub(r"\s+", " ", t).strip().lower()

WORDS = {1: ["one", "a reel", "a bag", "una ", "eine ", "ein ", "1 "], 2: ["two", "couple", "dos ", "zwei", "due "],
         3: ["three", "tres ", "drei", "tre "], 4: ["four"], 6: ["half a dozen", "media docena"], 12: ["dozen", "docena", "dutzend"]}

def num_forms(x, money=False):
    forms = set()
    if float(x).is_integer():
        i = int(x)
        forms |= {str(i), f"{i:,}", f"{i:,}".replace(",", "."), f"{i:,}".replace(",", " "), f"{i:,}".replace(",", "'")}
        if money:
            forms |= {f"{i}.00", f"{i},00"}
    else:
        for fmt in ("{:.2f}", "{:.3f}", "{:.4f}", "{}"):
            s_ = fmt.format(x)
            forms |= {s_, s_.replace(".", ",")}
        forms |= {f.lstrip("0") for f in list(forms) if f.startswith("0")}
    return forms

def has_num(text, x, money=False):
    for f in num_forms(x, money):
        e = re.escape(f.lower())
        if re.search(r"(?<![\w.,])" + e + r"(?![\d])|(?<=\sx)" + e + r"(?![\w])", text):
            return True
    return False

WIN = 150
# mails whose corrected quantities are stated away from the (quoted) line they change
CORRECTIONS = {"e06_klaxon_correction.eml", "e26_harrowgate_amend.eml", "e41_pelicanbay_cancel.eml"}

CUR = {"EUR": ["eur", "€"], "GBP": ["£", "gbp"], "USD": ["$", "usd"], "CHF": ["chf"], "CZK": ["kč", "czk"]}

def main():
    cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(ROOT, "catalog.csv"), encoding="utf-8"))}
    custs = list(csv.DictReader(open(os.path.join(ROOT, "customers.csv"), encoding="utf-8")))
    cust_names = {c["name"] for c in custs}
    fails, counts = [], {}
    labels = sorted(glob.glob(os.path.join(ROOT, "*.expected.json")))
    for lp in labels:
        doc = lp[: -len(".expected.json")]
        name = os.path.basename(doc)
        def bad(msg):
            fails.append(f"{name}: {msg}")
        if not os.path.exists(doc):
            bad("document missing"); continue
        lab = json.load(open(lp, encoding="utf-8"))
        raw, n_att = doc_text(doc)
        text = norm(raw)
        compact = text.replace(" ", "")
        kind = lab.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in ("purchase_order", "invoice", "not_an_order"):
            bad(f"bad kind {kind}")
        if kind != "purchase_order":
            continue
        if lab.get("po_number") and norm(lab["po_number"]) not in text:
            bad(f"po_number {lab['po_number']} not found")
        for k in ("order_date", "requested_date"):
            if lab.get(k):
                try:
                    date.fromisoformat(lab[k])
                except ValueError:
                    bad(f"{k} not ISO")
        cur = lab.get("currency")
        if cur and not any(sym in text for sym in CUR[cur]):
            bad(f"currency {cur} not evidenced")
        c = lab.get("customer")
        if c and c not in cust_names and norm(c) not in text:
            bad(f"customer {c} neither in customers.csv nor in document")
        st = lab.get("ship_to")
        if st:
            if st.get("postal_code") and st["postal_code"].replace(" ", "").lower() not in compact:
                bad(f"postcode {st['postal_code']} not found")
            for f in ("street", "city"):
                if st.get(f) and norm(st[f]) not in text:
                    bad(f"ship_to.{f} {st[f]} not found")
        if not lab.get("lines"):
            bad("no lines")
        for i, ln in enumerate(lab.get("lines", []), 1):
            sku = ln.get("sku")
            if sku not in cat:
                bad(f"line {i}: sku {sku} not in catalog")
            elif cat[sku]["uom"] != ln["uom"]:
                bad(f"line {i}: uom {ln['uom']} differs from catalog {cat[sku]['uom']}")
            if norm(ln["description"]) not in text:
                bad(f"line {i}: description '{ln['description']}' not found")
            if ln.get("customer_part") and norm(ln["customer_part"]) not in text:
                bad(f"line {i}: customer_part not found")
            # quantity and price must sit near the line's description (same row / cell neighbourhood),
            # except in correction mails where the changed quantity is written in the new top message
            d = norm(ln["description"])
            wins = [text[max(0, m.start() - WIN): m.end() + WIN] for m in re.finditer(re.escape(d), text)] or [text]
            if name in CORRECTIONS:
                wins.append(text)
            q = ln["quantity"]
            if not any(has_num(w, q) or any(x in w for x in WORDS.get(q, [])) for w in wins):
                bad(f"line {i}: quantity {q} not found near its description")
            if ln.get("unit_price") is not None and not any(has_num(w, ln["unit_price"], money=True) for w in wins):
                bad(f"line {i}: unit_price {ln['unit_price']} not found near its description")
    docs = [p for p in glob.glob(os.path.join(ROOT, "*")) if os.path.isfile(p) and not p.endswith((".json", ".md"))
            and os.path.basename(p) not in ("catalog.csv", "customers.csv")]
    unl = [os.path.basename(p) for p in docs if not os.path.exists(p + ".expected.json")]
    if unl:
        fails.append(f"documents without label: {unl}")
    print(f"{len(labels)} labelled documents, {len(cat)} catalog rows, {len(custs)} customers; kinds: {counts}")
    for f in fails:
        print("FAIL", f)
    print(f"check: {len(labels) - len({f.split(':')[0] for f in fails})} passed, {len({f.split(':')[0] for f in fails})} failed")
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
