import csv, os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
import catalog_data as cd
import emails_b, emails_a, pdfs, sheets_notorders as sn

for f in glob.glob(os.path.join(OUT, "*.eml")) + glob.glob(os.path.join(OUT, "*.expected.json")):
    os.remove(f)

with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    for sku, desc, uom, price, g, pack in cd.CATALOG:
        w.writerow([sku, desc, uom, f"{price:.2f}", cd.ean13(g) if g else "", pack])
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["customer_id", "name", "email_domains", "ship_to"])
    for row in cd.CUSTOMERS:
        w.writerow(row)

n = 0
for name, frm, subject, date, body, lab, kw in emails_a.DOCS:
    write_doc(name, make_eml(name, frm, subject, date, body, **kw), lab); n += 1
for name, frm, subject, date, body, fname, data, lab in pdfs.PDFS:
    write_doc(name, make_eml(name, frm, subject, date, body, attachments=[(fname, data, "application", "pdf")]), lab); n += 1
for name, frm, subject, date, body, fname, data, mt, st, lab in sn.SHEETS:
    write_doc(name, make_eml(name, frm, subject, date, body, attachments=[(fname, data, mt, st)]), lab); n += 1
for name, frm, subject, date, body, lab, extra in sn.NOTS:
    write_doc(name, make_eml(name, frm, subject, date, body, extra_headers=extra), lab); n += 1
print("documents written:", n)
