"""Re-read every document in the corpus folder and check its label against the text."""
import csv, email, io, json, os, re, sys, glob, datetime as dt
from email import policy
from pypdf import PdfReader
from openpyxl import load_workbook

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
UNKNOWN = {"Roskilde Cykler", "Radhaus Leipzig", "Bikeworks Denver", "Sykkeldoktoren Trondheim", "Malmö Cykelkök", "Taller Bici Valencia"}
UOMS = {"EA", "PR", "PK", "BX", "RL", "M", "L", "ST", "CS", "DZ", "PC"}
WORDS = {2: ["two", "to", "zwei", "två"], 3: ["three", "tre", "drei"], 5: ["five", "fem", "fünf"], 6: ["half a dozen", "six"], 12: ["a dozen", "dozen", "twelve"]}
MONTHS = {
 1: ["january", "jan", "januar", "januari", "janvier", "enero", "gennaio", "tammikuu"], 2: ["february", "februar", "februari", "febrero", "febbraio"],
 3: ["march", "märz", "marts", "maart", "mars", "marzo"], 4: ["april", "abril", "aprile"], 5: ["may", "mai", "maj", "mei", "mayo", "maggio"],
 6: ["june", "juni", "junio", "giugno"], 7: ["july", "juli", "julio", "luglio"], 8: ["august", "augusti", "augustus", "agosto"],
 9: ["september", "septiembre", "settembre"], 10: ["october", "oktober", "octubre", "ottobre"], 11: ["november", "noviembre", "novembre"],
 12: ["december", "dezember", "desember", "diciembre", "dicembre", "joulukuu"]}

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().casefold()

def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)

def pdf_text(data):
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)

def doc_text(path):
    data = open(path, "rb").read()
    if path.endswith(".eml"):
        msg = email.message_from_bytes(data, policy=policy.default)
        parts = [str(msg["subject"] or ""), str(msg["from"] or "")]
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart(): continue
            fn = part.get_filename() or ""
            if ct == "text/plain": parts.append(part.get_content())
            elif ct == "text/html": parts.append(re.sub(r"<[^>]+>", " ", part.get_content()))
            elif fn.endswith(".pdf"): parts.append(pdf_text(part.get_payload(decode=True)))
            elif fn.endswith(".xlsx"): parts.append(xlsx_text(part.get_payload(decode=True)))
        return "\n".join(parts)
    if path.endswith(".xlsx"): return xlsx_text(data)
    if path.endswith(".pdf"): return pdf_text(data)
    return data.decode("utf-8")

def num_forms(x):
    out = set()
    for nd in (2, 1, 0) if x != int(x) else (2, 0):
        s = f"{x:.{nd}f}"
        if float(s) != x: continue
        out.add(s); out.add(s.replace(".", ","))
        ip, _, fp = s.partition(".")
        if len(ip) > 3:
            g = f"{int(ip):,}"
            for th, dec in ((",", "."), (".", ","), (" ", ",")):
                out.add(g.replace(",", th) + (dec + fp if fp else ""))
    return out

def has_number(win, x, words=True):
    for f in num_forms(x):
        if re.search(r"(?<![\w.,])" + re.escape(f) + r"(?!\d|[.,]\d)", win): return True
    if words and x == int(x):
        for w in WORDS.get(int(x), []):
            if re.search(r"\b" + re.escape(w) + r"\b", win): return True
    return False

def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    f = {d.isoformat(), f"{dd:02}.{m:02}.{y}", f"{dd}.{m}.{y}", f"{dd:02}-{m:02}-{y}", f"{dd:02}/{m:02}/{y}", f"{m:02}/{dd:02}/{y}",
         f"{dd:02}.{m:02}.{y % 100}", f"{dd}/{m}", f"{dd:02}/{m:02}"}
    for name in MONTHS[m]:
        f |= {f"{dd} {name} {y}", f"{dd}. {name} {y}", f"{dd} de {name} de {y}", f"{name} {dd}", f"{dd} {name}"}
    return f

def main():
    cat = {r["sku"]: r for r in csv.DictReader(open(os.path.join(ROOT, "catalog.csv")))}
    custs = list(csv.DictReader(open(os.path.join(ROOT, "customers.csv"))))
    names = {c["name"] for c in custs} | {c["customer_id"] for c in custs}
    errs = []; n = 0; nl = 0; used_cust = set()
    for lab in sorted(glob.glob(os.path.join(ROOT, "*.expected.json"))):
        base = lab[:-len(".expected.json")]
        docs = [p for p in glob.glob(base + ".*") if not p.endswith(".expected.json")]
        name = os.path.basename(base)
        if len(docs) != 1: errs.append(f"{name}: {len(docs)} documents for label"); continue
        n += 1
        e = json.load(open(lab))
        text = norm(doc_text(docs[0]))
        def err(m): errs.append(f"{name}: {m}")
        if e["kind"] not in ("purchase_order", "invoice", "not_an_order"): err("bad kind")
        if e["kind"] != "purchase_order":
            if e.get("lines"): err("non-order with lines")
            continue
        for k in ("customer", "po_number", "order_date", "requested_date", "currency", "lines"):
            if k not in e: err(f"missing key {k}")
        c = e["customer"]
        if c not in names and c not in UNKNOWN: err(f"customer {c!r} neither in customers.csv nor the unknown list")
        if c in UNKNOWN and norm(c) not in text: err(f"unknown customer name not printed in document")
        if c in names: used_cust.add(c)
        if e["po_number"] and norm(e["po_number"]) not in text: err(f"PO {e['po_number']} not in text")
        for k in ("order_date", "requested_date"):
            v = e[k]
            if v is None: continue
            try: d = dt.date.fromisoformat(v)
            except Exception: err(f"{k} not ISO: {v}"); continue
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", v): err(f"{k} not ISO: {v}")
            if not any(norm(f) in text for f in date_forms(d)): err(f"{k} {v} not found in any written form")
        if e["currency"] not in (None, "EUR", "USD", "DKK", "SEK", "NOK"): err("odd currency")
        st = e.get("ship_to")
        if st:
            if norm(st["street"]) not in text: err(f"ship_to street {st['street']!r} not in text")
            if norm(st["postal_code"]).replace(" ", "") not in text.replace(" ", ""): err("ship_to postal code not in text")
        if not e["lines"]: err("no lines")
        for i, ln in enumerate(e["lines"]):
            nl += 1
            tag = f"line {i+1} ({ln['description']!r})"
            if ln["sku"] not in cat: err(f"{tag}: sku {ln['sku']} not in catalog")
            if ln["uom"] not in UOMS: err(f"{tag}: uom {ln['uom']}")
            dsc = norm(ln["description"])
            idxs = [m.start() for m in re.finditer(re.escape(dsc), text)]
            if not idxs: err(f"{tag}: description not verbatim in document"); continue
            wins = [text[max(0, j - 90): j + len(dsc) + 90] for j in idxs]
            if not any(has_number(w, ln["quantity"]) for w in wins): err(f"{tag}: quantity {ln['quantity']} not near description")
            if ln.get("unit_price") is not None:
                wins2 = [text[max(0, j - 60): j + len(dsc) + 140] for j in idxs]
                if not any(has_number(w, ln["unit_price"], False) for w in wins2): err(f"{tag}: price {ln['unit_price']} not near description")
            if ln.get("customer_part") and norm(ln["customer_part"]) not in text: err(f"{tag}: customer_part not in text")
            # the catalog item must be a plausible reading: same uom family
            if ln["sku"] in cat and cat[ln["sku"]]["uom"] != ln["uom"]: err(f"{tag}: uom {ln['uom']} differs from catalog {cat[ln['sku']]['uom']}")
    print(f"{n} documents, {nl} labelled lines, {len(used_cust)} customers used, {len(errs)} problems")
    for x in errs: print("  -", x)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
