import email, glob, json, io, re, sys, os
from email import policy
from pdfminer.high_level import extract_text
import openpyxl
sys.path.insert(0, os.path.dirname(__file__))
from catalog import SKUS
os.chdir(os.path.join(os.path.dirname(__file__), ".."))
def doc_text(f):
    if f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(f); return "\n".join(" ".join("" if c is None else str(c) for c in r) for r in wb.active.iter_rows(values_only=True))
    if f.endswith(".csv"): return open(f).read()
    m = email.message_from_binary_file(open(f,"rb"), policy=policy.default)
    text = m.get_body(preferencelist=("plain",)).get_content()
    for part in m.iter_attachments():
        fn = part.get_filename(); data = part.get_payload(decode=True)
        if fn.endswith(".pdf"): text += extract_text(io.BytesIO(data))
        elif fn.endswith(".csv"): text += data.decode()
        elif fn.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for r in wb.active.iter_rows(values_only=True): text += " ".join("" if c is None else str(c) for c in r)+"\n"
    return text
KEYS = {"kind","customer","po_number","order_date","requested_date","currency","ship_to","lines"}
for f in sorted(glob.glob("*.eml")+glob.glob("x0*.xlsx")+glob.glob("x0*.csv")):
    lab = json.load(open(f+".expected.json"))
    text = doc_text(f)
    probs = []
    assert set(lab) <= KEYS, f
    if lab.get("po_number") and lab["po_number"] not in text: probs.append("po "+lab["po_number"])
    st = lab.get("ship_to") or {}
    for k in ("street","postal_code","city"):
        if st.get(k) and st[k] not in text: probs.append(k+" "+st[k])
    for l in lab["lines"]:
        assert l["sku"] in SKUS, l
        q = l["quantity"]
        if not re.search(r"(?<![\d.,])%s(?![\d])" % q, text): probs.append("qty %s %s"%(q,l["sku"]))
        if l["unit_price"] is not None:
            p = "%.2f" % l["unit_price"]
            if p not in text and p.replace(".",",") not in text and str(l["unit_price"]) not in text: probs.append("price "+p)
        if l["customer_part"] and l["customer_part"] not in text: probs.append("part "+l["customer_part"])
    print(f, lab["kind"], len(lab["lines"]), probs if probs else "")
