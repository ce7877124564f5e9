import glob, json, os, email, io, re, csv
from email import policy
import pypdfium2 as pdfium
import openpyxl
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
skus = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv")))}
def pdftext(b):
    doc = pdfium.PdfDocument(b); return "\n".join(p.get_textpage().get_text_range() for p in doc)
def xltext(b):
    wb = openpyxl.load_workbook(io.BytesIO(b)); ws = wb.active
    return "\n".join("\t".join("" if c is None else str(c) for c in r) for r in ws.iter_rows(values_only=True))
def fmt_variants(p):
    s = f"{p:.2f}"; v = {s, s.replace(".", ",")}
    if p >= 1000:
        i, d = s.split("."); v.add(f"{int(i):,}.{d}"); v.add(f"{int(i):,}".replace(",", " ") + "," + d)
    return v
probs = 0; kinds = {}
for ej in sorted(glob.glob(os.path.join(OUT, "*.expected.json"))):
    doc = ej[:-len(".expected.json")]; name = os.path.basename(doc)
    exp = json.load(open(ej)); kinds[exp["kind"]] = kinds.get(exp["kind"], 0) + 1
    raw = open(doc, "rb").read()
    if doc.endswith(".eml"):
        m = email.message_from_bytes(raw, policy=policy.default)
        text = m.get_body(("plain",)).get_content()
        for part in m.iter_attachments():
            b = part.get_payload(decode=True); fn = part.get_filename()
            if fn.endswith(".pdf"): text += "\n" + pdftext(b)
            elif fn.endswith(".xlsx"): text += "\n" + xltext(b)
            else: text += "\n" + b.decode()
    elif doc.endswith(".xlsx"): text = xltext(raw)
    else: text = raw.decode()
    def miss(what, s):
        global probs; probs += 1; print(f"{name}: {what} {s!r} not in text")
    if exp["kind"] != "purchase_order": continue
    if exp["po_number"] and exp["po_number"] not in text: miss("po", exp["po_number"])
    st = exp["ship_to"]
    if st:
        for k in ("street", "city", "postal_code"):
            if st[k] and st[k] not in text and st[k].replace(" ", "") not in text.replace(" ", ""): miss(k, st[k])
    for l in exp["lines"]:
        assert l["sku"] in skus, l["sku"]
        if not re.search(r"(?<![\d.,])" + re.escape(str(l["quantity"])) + r"(?![\d])", text): miss("qty", l["quantity"])
        if l["unit_price"] is not None and not any(v in text for v in fmt_variants(l["unit_price"])): miss("price", l["unit_price"])
        if l["customer_part"] and l["customer_part"] not in text: miss("cp", l["customer_part"])
print(kinds, "problems", probs)
