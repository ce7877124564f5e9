#!/usr/bin/env python3
"""Regenerate the whole corpus into the parent folder: python3 builder/build.py"""
import csv, io, json, os, sys
from email.message import EmailMessage
from email.utils import make_msgid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CATALOG, CUSTOMERS, SELLER
import emails, attached

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold")}
for path in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]:
    if os.path.exists(path):
        pdfmetrics.registerFont(TTFont("DejaVu", path))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", path.replace(".ttf", "-Bold.ttf")))
        FONTS["DejaVu"] = ("DejaVu", "DejaVu-Bold")
if "DejaVu" not in FONTS:
    sys.exit("DejaVuSans.ttf needed (apt-get install fonts-dejavu-core)")


def render_pdf(spec):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    reg, bold = FONTS[spec.get("font", "Helvetica")]
    W, H = A4
    rows = spec["rows"]
    per = spec.get("rows_per_page", 40)
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)] or [[]]
    for pno, chunk in enumerate(chunks, 1):
        y = H - 50
        c.setFont(bold, 13)
        c.drawString(40, y, spec["company"][0])
        c.setFont(reg, 8)
        for ln in spec["company"][1:]:
            y -= 11
            c.drawString(40, y, ln)
        c.setFont(bold, 16)
        c.drawRightString(W - 40, H - 50, spec["title"])
        c.setFont(reg, 8.5)
        my = H - 68
        for k, v in spec["meta"]:
            c.drawRightString(W - 120, my, k + ":")
            c.drawString(W - 115, my, v)
            my -= 11
        y = min(y, my) - 20
        if pno == 1 or spec.get("layout") == "side":
            blocks = spec["blocks"]
            if spec.get("layout") == "side":
                bw = (W - 80) / max(len(blocks), 1)
                top = y
                for i, (head, lines) in enumerate(blocks):
                    x = 40 + i * bw
                    yy = top
                    c.setFont(bold, 9); c.drawString(x, yy, head)
                    c.setFont(reg, 7.8)
                    for ln in lines:
                        yy -= 11; c.drawString(x, yy, ln)
                    if spec.get("rules"):
                        c.rect(x - 4, yy - 6, bw - 8, top - yy + 18, stroke=1, fill=0)
                y = top - 11 * max(len(b[1]) for b in blocks) - 30
            else:
                for head, lines in blocks:
                    c.setFont(bold, 9); c.drawString(40, y, head); c.setFont(reg, 8.5)
                    for ln in lines:
                        y -= 11; c.drawString(40, y, ln)
                    y -= 18
        # table
        xs = [40]
        for w in spec["widths"]:
            xs.append(xs[-1] + w)
        c.setFont(bold, 8.5)
        for i, h in enumerate(spec["cols"]):
            c.drawString(xs[i] + 3, y, h)
        if spec.get("rules"):
            c.line(40, y + 11, xs[-1], y + 11); c.line(40, y - 4, xs[-1], y - 4)
        else:
            c.line(40, y - 4, xs[-1], y - 4)
        c.setFont(reg, 8.5)
        ytop = y + 11
        for r in chunk:
            y -= 15
            for i, cell in enumerate(r):
                if i < len(spec["cols"]) and i >= 1 and spec["cols"][i].lower().startswith(("qty", "menge", "qté", "aantal", "miktar", "unit price", "price", "net", "preis", "gesamt", "pu", "total", "value", "rate", "amount", "tutar", "birim fiyat")) and i != 1:
                    c.drawRightString(xs[i + 1] - 4, y, cell)
                else:
                    c.drawString(xs[i] + 3, y, cell)
            if spec.get("rules"):
                c.line(40, y - 4, xs[-1], y - 4)
        if spec.get("rules"):
            for x in xs:
                c.line(x, ytop, x, y - 4)
        y -= 30
        if pno == len(chunks):
            for ln in spec.get("footer", []):
                c.drawString(40, y, ln); y -= 12
        else:
            c.drawString(40, y, "continued on next page ...")
        c.setFont(reg, 7.5)
        c.drawRightString(W - 40, 30, f"Page {pno} of {len(chunks)}")
        c.showPage()
    c.save()
    return buf.getvalue()


def render_xlsx(spec):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Order"
    for r in spec["pre"]:
        ws.append(r)
    ws.append(spec["header"])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for r in spec["rows"]:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render(kind, spec):
    if kind == "pdf":
        return render_pdf(spec), ("application", "pdf")
    if kind == "xlsx":
        return render_xlsx(spec), ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return spec["text"].encode("utf-8"), ("text", "csv")


def make_eml(d):
    m = EmailMessage()
    m["From"] = d["frm"]
    m["To"] = d["to"]
    m["Subject"] = d["subj"]
    m["Date"] = d["date"]
    m["Message-ID"] = "<" + d["name"].replace("_", ".") + "@" + d["frm"].split("@")[-1].rstrip(">") + ">"
    if d.get("html"):
        m.set_content(d["body"], subtype="html")
    else:
        m.set_content(d["body"])
    for kind, fname, spec in d.get("attach", []) or []:
        data, (mt, st) = render(kind, spec)
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return bytes(m)


def main():
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if os.path.isfile(p) and f != "README.md":
            os.remove(p)
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["sku", "description", "uom", "unit_price"])
        for c in CATALOG:
            w.writerow([c["sku"], c["description"], c["uom"], f"{c['unit_price']:.2f}"])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
        for r in CUSTOMERS:
            w.writerow(r)
    table = []
    for d in emails.DOCS + attached.DOCS:
        if d["kind"] == "standalone":
            kind, fname, spec = d["attach"][0]
            data, _ = render(kind, spec)
            fname = d["name"] + "." + kind
            open(os.path.join(OUT, fname), "wb").write(data)
        else:
            fname = d["name"] + ".eml"
            open(os.path.join(OUT, fname), "wb").write(make_eml(d))
        base = os.path.splitext(fname)[0]
        with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(d["label"], fh, ensure_ascii=False, indent=2)
        k = d["label"]["kind"]
        if k == "purchase_order":
            att = d.get("attach") or []
            k = {"email": "email order", "email_attach": "email + " + (att[0][0].upper() if att else "") + " order",
                 "standalone": "standalone " + os.path.splitext(fname)[1][1:].upper() + " order"}[d["kind"]]
        table.append((fname, k, d["note"]))
    with open(os.path.join(OUT, "builder", "doc_table.md"), "w", encoding="utf-8") as fh:
        fh.write("| file | kind | note |\n| --- | --- | --- |\n")
        for f, k, n in table:
            fh.write(f"| {f} | {k} | {n.replace('|', '/')} |\n")
    head = open(os.path.join(OUT, "builder", "README_head.md"), encoding="utf-8").read()
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head)
        fh.write(open(os.path.join(OUT, "builder", "doc_table.md"), encoding="utf-8").read())
    print(f"wrote {len(table)} documents, {len(CATALOG)} catalog rows, {len(CUSTOMERS)} customers")


if __name__ == "__main__":
    main()
