#!/usr/bin/env python3
"""Re-read every labelled document (mail bodies, PDF, XLSX and CSV attachments) and verify that the
labelled PO numbers, quantities, unit prices, postcodes, dates, customer parts and SKUs are backed by
the document text, that every SKU exists in catalog.csv, and that every customer is either in
customers.csv or printed in the document.  Exit 1 on any failure.  Usage: python3 builder/check.py"""
import csv, datetime, email, glob, io, json, os, re, subprocess, sys
from email import policy

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def pdf_text(data):
    out = []
    try:
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        out.append("\n".join(p.extract_text() or "" for p in r.pages))
    except Exception as e:
        out.append("")
    try:
        p = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, timeout=30)
        out.append(p.stdout.decode("utf-8", "replace"))
    except Exception:
        pass
    return "\n".join(out)

def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else (("%g" % v) if isinstance(v, float) else str(v)) for v in row))
    return "\n".join(out)

def decode(data):
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")

def attachment_text(name, ctype, data):
    n = (name or "").lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    return decode(data)

def doc_text(path):
    data = open(path, "rb").read()
    if path.endswith(".eml"):
        msg = email.message_from_bytes(data, policy=policy.default)
        parts = ["Subject: " + str(msg["Subject"] or "")]
        for part in msg.walk():
            if part.is_multipart():
                continue
            fn = part.get_filename()
            ct = part.get_content_type()
            if fn or not ct.startswith("text/"):
                parts.append(attachment_text(fn, ct, part.get_payload(decode=True)))
            else:
                parts.append(part.get_content())
        return "\n".join(parts)
    return attachment_text(path, "", data)

WORDS = {1: ["one", "a", "an", "ein", "einen", "eine", "jeden", "single"], 2: ["two", "a pair", "pair", "a couple", "couple", "zwei"],
         3: ["three", "drei"], 5: ["five"], 6: ["six", "half a dozen"], 12: ["a dozen", "dozen", "ein dutzend"],
         20: ["twenty", "class pack (20)"]}

def norm(s):
    return re.sub(r"\s+", " ", s).lower()

def qty_ok(q, text):
    qs = ("%d" % q) if float(q).is_integer() else str(q)
    if re.search(r"(?<![\d/])(?<!\d[.,])%s(?![\d]|[.,]\d[1-9])" % re.escape(qs), text):
        return True
    # delimited text (CSV rows such as "desc,3,1390.00"): compare whole cells
    if any(re.fullmatch(r"%s([.,]0+)?" % re.escape(qs), c) for c in re.split(r"[\s;,\t|]+", text)):
        return True
    return any(re.search(r"\b%s\b" % re.escape(w), text) for w in WORDS.get(q, []))

def price_forms(p):
    forms = set()
    forms.add("%.2f" % p)
    forms.add("{:,.2f}".format(p))
    forms.add("%g" % p)
    dec = ("%.2f" % p).replace(".", ",")
    forms.add(dec)
    th = "{:,.2f}".format(p)
    forms.add(th.replace(",", "X").replace(".", ",").replace("X", "."))
    forms.add(th.replace(",", "X").replace(".", ",").replace("X", " "))
    forms.add(th.replace(",", "X").replace(".", ",").replace("X", "\u00a0"))
    if float(p).is_integer():
        forms.add("%d" % p)
    return forms

EN_M = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
DE_M = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    D, M, Y = d.day, d.month, d.year
    f = {d.isoformat(), "%02d.%02d.%d" % (D, M, Y), "%d.%d.%d" % (D, M, Y), "%02d/%02d/%d" % (D, M, Y),
         "%02d/%02d/%d" % (M, D, Y), "%02d-%s-%d" % (D, EN_M[M - 1][:3], Y), "%d/%d" % (D, M)}
    for names in (EN_M, DE_M, PL_M, FR_M):
        f.add("%d %s %d" % (D, names[M - 1], Y)); f.add("%d. %s %d" % (D, names[M - 1], Y))
    f.add("%d %s %d" % (D, EN_M[M - 1][:3], Y))
    f.add("%s %d, %d" % (EN_M[M - 1], D, Y)); f.add("%s. %d, %d" % (EN_M[M - 1][:3], D, Y))
    suf = "th" if 11 <= D <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th")
    f.add("%d%s %s" % (D, suf, EN_M[M - 1])); f.add("%d%s" % (D, suf))
    if M == 1: f.add("%d. jänner %d" % (D, Y))
    return {x.lower() for x in f}

def main():
    skus = {r["sku"]: r for r in csv.DictReader(open(os.path.join(ROOT, "catalog.csv"), encoding="utf-8"))}
    custs = {r["name"] for r in csv.DictReader(open(os.path.join(ROOT, "customers.csv"), encoding="utf-8"))}
    fails, n = [], 0
    for lab in sorted(glob.glob(os.path.join(ROOT, "*.expected.json"))):
        stem = lab[:-len(".expected.json")]
        docs = [p for p in glob.glob(stem + ".*") if not p.endswith(".expected.json")]
        name = os.path.basename(stem)
        if len(docs) != 1:
            fails.append("%s: %d documents for the label" % (name, len(docs))); continue
        n += 1
        label = json.load(open(lab, encoding="utf-8"))
        raw = doc_text(docs[0])
        t = norm(raw)
        tnospace = re.sub(r"\s", "", t)
        def bad(msg): fails.append("%s: %s" % (name, msg))
        if label["kind"] not in ("purchase_order", "invoice", "not_an_order"):
            bad("kind"); continue
        if label["kind"] != "purchase_order":
            continue
        if label.get("po_number") and label["po_number"].lower() not in t:
            bad("po_number %r not in document" % label["po_number"])
        cust = label.get("customer")
        if cust and cust not in custs and norm(cust) not in t:
            bad("customer %r neither in customers.csv nor in document" % cust)
        st = label.get("ship_to")
        if st:
            pc = st["postal_code"].replace(" ", "").lower()
            if pc not in tnospace:
                bad("postcode %r not in document" % st["postal_code"])
            if norm(st["street"]) not in t:
                bad("street %r not in document" % st["street"])
            if norm(st["city"]) not in t:
                bad("city %r not in document" % st["city"])
        for k in ("order_date", "requested_date"):
            if label.get(k) and not any(f in t for f in date_forms(label[k])):
                bad("%s %s not found in any known format" % (k, label[k]))
        cur = label.get("currency")
        cur_marks = {"GBP": ["£", "gbp"], "EUR": ["€", "eur"], "USD": ["$", "usd"], "CAD": ["cad", "$"],
                     "PLN": ["zł", "pln"], "NOK": ["nok", "kr"], "SEK": ["sek", "kr"]}
        if cur and not any(m in t for m in cur_marks[cur]):
            bad("currency %s has no mark in document" % cur)
        has_prices = any(l.get("unit_price") is not None for l in label["lines"])
        if has_prices and not cur:
            bad("prices labelled but currency null")
        doc_codes = set(re.findall(r"bw-[a-z0-9-]+[a-z0-9]", t))
        lab_skus = {l["sku"].lower() for l in label["lines"] if l["sku"]}
        for c in doc_codes:
            if c.startswith("bw-") and c.upper() in skus and c not in lab_skus:
                bad("document shows seller code %s that no line carries" % c)
        for i, l in enumerate(label["lines"], 1):
            if l["sku"] and l["sku"] not in skus:
                bad("line %d sku %s not in catalog" % (i, l["sku"]))
            if l["sku"] and doc_codes and l["sku"].lower() not in t:
                bad("line %d sku %s not printed although the document shows seller codes" % (i, l["sku"]))
            if l["sku"] and skus.get(l["sku"], {}).get("uom") and l["uom"] != skus[l["sku"]]["uom"]:
                bad("line %d uom %s differs from catalog %s" % (i, l["uom"], skus[l["sku"]]["uom"]))
            if l.get("customer_part") and l["customer_part"].lower() not in t:
                bad("line %d customer_part %s not in document" % (i, l["customer_part"]))
            if not qty_ok(l["quantity"], t):
                bad("line %d quantity %s not in document" % (i, l["quantity"]))
            if l.get("unit_price") is not None and not any(f.lower() in t for f in price_forms(l["unit_price"])):
                bad("line %d unit_price %s not in document" % (i, l["unit_price"]))
            toks = [w for w in re.findall(r"[\w\"]+", norm(l["description"])) if len(w) > 1]
            hit = sum(1 for w in toks if w in t)
            if toks and hit / len(toks) < 0.6:
                bad("line %d description %r poorly backed by document (%d/%d)" % (i, l["description"], hit, len(toks)))
    for f in fails:
        print("FAIL", f)
    print("checked %d documents, %d problems" % (n, len(fails)))
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
