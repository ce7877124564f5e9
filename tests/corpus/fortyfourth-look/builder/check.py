"""Verify: every expected.json parses, every sku exists in catalog.csv, every document has a label,
every .eml parses and attachments are readable."""
import os, sys, csv, json, glob, email, io
from email import policy
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
skus = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
cust = list(csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8")))
custnames = {c["name"] for c in cust}
doms = {d for c in cust for d in c["email_domains"].split(";")}
def gtin_ok(g):
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(g[:12])) % 10 == (10 - int(g[12])) % 10
errs = []
for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8")):
    if r["gtin"] and not (len(r["gtin"]) == 13 and gtin_ok(r["gtin"])): errs.append("bad gtin " + r["sku"])
docs = [p for p in glob.glob(os.path.join(OUT, "*")) if p.endswith((".eml", ".pdf", ".xlsx", ".csv", ".txt")) and os.path.basename(p) not in ("catalog.csv", "customers.csv")]
kinds = {}; unknown = 0; nlines = 0
for d in sorted(docs):
    lab = d.rsplit(".", 1)[0] + ".expected.json"
    if not os.path.exists(lab): errs.append("no label: " + d); continue
    try: j = json.load(open(lab, encoding="utf-8"))
    except Exception as e: errs.append("bad json %s %s" % (lab, e)); continue
    kinds[j["kind"]] = kinds.get(j["kind"], 0) + 1
    if j["kind"] == "not_an_order" and j["lines"]: errs.append("not_an_order with lines " + lab)
    for l in j["lines"]:
        nlines += 1
        if l["sku"] is not None and l["sku"] not in skus: errs.append("unknown sku %s in %s" % (l["sku"], lab))
        if not isinstance(l["quantity"], (int, float)) or l["quantity"] <= 0: errs.append("bad qty " + lab)
    m = email.message_from_bytes(open(d, "rb").read(), policy=policy.default)
    dom = m["From"].addresses[0].domain
    if j["kind"] == "purchase_order":
        if dom not in doms:
            unknown += 1
            if j.get("customer") in custnames: errs.append("unknown sender labelled as known " + lab)
        elif j.get("customer") not in custnames: errs.append("known sender, customer mismatch " + lab)
    for part in m.iter_attachments():
        data = part.get_content()
        if part.get_filename().endswith(".pdf"): assert data[:5] == b"%PDF-", d
for lab in glob.glob(os.path.join(OUT, "*.expected.json")):
    if not any(os.path.exists(lab[:-14] + ext) for ext in (".eml", ".pdf", ".xlsx", ".csv")): errs.append("orphan label " + lab)
print("documents:", len(docs), "kinds:", kinds, "lines:", nlines, "PO docs from unknown senders:", unknown)
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
