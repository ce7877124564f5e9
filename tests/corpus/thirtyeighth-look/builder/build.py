import csv, io, os, glob, json
from common import OUT, make_eml, write
from catalog_data import CATALOG, CUSTOMERS
import docs_mail1, docs_mail2
from docs_mail1 import M
from docs_pdf import A
from docs_sheet import S, xlsx
from docs_not import N

for f in glob.glob(os.path.join(OUT, "*")):
    if os.path.isfile(f): os.remove(f)

with open(os.path.join(OUT, "catalog.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
    for s, d, u, p, ps in CATALOG: w.writerow([s, d, u, f"{p:.2f}", ps])
with open(os.path.join(OUT, "customers.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
    for r in CUSTOMERS: w.writerow(r)

index = []
for name, frm, subj, date, body, label, tests, kw in M:
    write(name, make_eml(frm, subj, date, body, html=kw.get("html")), label); index.append((name, label, tests))
for name, frm, subj, date, body, att, label, tests in A:
    write(name, make_eml(frm, subj, date, body, attachments=att), label); index.append((name, label, tests))
for name, kind, spec, label, tests in S:
    if kind == "eml":
        data = xlsx(spec["build"])
        write(name, make_eml(spec["frm"], spec["subj"], spec["date"], spec["body"],
              attachments=[(spec["fname"], data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]), label)
    elif kind == "xlsx":
        write(name, xlsx(spec["build"]), label)
    else:
        write(name, spec["text"].encode("utf-8"), label)
    index.append((name, label, tests))
for name, frm, subj, date, body, label, tests in N:
    write(name, make_eml(frm, subj, date, body), label); index.append((name, label, tests))
index.sort()
with open(os.path.join(os.path.dirname(__file__), "index.json"), "w") as f:
    json.dump([(n, l.get("kind"), l.get("customer"), len(l.get("lines", [])), t) for n, l, t in index], f, ensure_ascii=False, indent=1)
print(len(index), "documents")
