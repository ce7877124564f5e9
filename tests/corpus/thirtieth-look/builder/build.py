import csv, io, json, os, sys
from email.message import EmailMessage
from email.utils import make_msgid
sys.path.insert(0, os.path.dirname(__file__))
from catalog import CATALOG, SKUS
from customers import CUSTOMERS
import common
import docs1, docs2, docs3, docs4, docs5
from pdfgen import make_pdf
import openpyxl

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

def xlsx_bytes(spec):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Order"
    for r in spec.get("top", []):
        ws.append(r)
    ws.append(spec["header"])
    for r in spec["rows"]:
        ws.append(r)
    ws.column_dimensions["B"].width = 40
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

def write_label(path, label):
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)

def main():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
        for sku, d, u, p, ps in CATALOG:
            w.writerow([sku, d, u, f"{p:.2f}", ps])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                    "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for c in CUSTOMERS:
            w.writerow(c)
    readme_rows = []
    for i, d in enumerate(common.DOCS):
        m = EmailMessage()
        m["From"] = d["frm"]; m["To"] = d["to"]; m["Subject"] = d["subj"]; m["Date"] = d["date"]
        m["Message-ID"] = make_msgid(domain=d["frm"].split("@")[-1].rstrip(">"))
        if d["cc"]: m["Cc"] = d["cc"]
        m.set_content(d["body"])
        for kind, fname, spec in d["attach"]:
            if kind == "pdf":
                m.add_attachment(make_pdf(spec), maintype="application", subtype="pdf", filename=fname)
            elif kind == "xlsx":
                m.add_attachment(xlsx_bytes(spec), maintype="application",
                                 subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=fname)
            elif kind == "csv":
                m.add_attachment(spec.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        fn = d["name"] + ".eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(bytes(m))
        write_label(os.path.join(OUT, fn), d["label"])
        readme_rows.append((fn, d["label"]["kind"], d["note"]))
    for fname, kind, content, label, note in docs5.STANDALONE:
        p = os.path.join(OUT, fname)
        if kind == "xlsx":
            open(p, "wb").write(xlsx_bytes(content))
        else:
            open(p, "w", encoding="utf-8", newline="").write(content)
        write_label(p, label)
        readme_rows.append((fname, label["kind"], note))
    with open(os.path.join(os.path.dirname(__file__), "readme_rows.json"), "w") as f:
        json.dump(readme_rows, f, ensure_ascii=False, indent=1)
    print(len(readme_rows), "documents")

main()
