"""Build the twentysecond-look corpus: catalog.csv, customers.csv, documents and labels.

Run: /work/main/.venv/bin/python builder/build.py   (from anywhere)
Deterministic: no randomness, fixed dates and Message-IDs.
"""
import csv
import io
import json
import os
import sys
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from data import build_catalog, CUSTOMERS  # noqa: E402
import docs_a, docs_b, docs_c  # noqa: E402

SELLER = "Saltmarsh Hospitality Supply <orders@saltmarshsupply.com>"


def write_catalog():
    rows = build_catalog()
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        w.writerows(rows)
    return {r[0]: r for r in rows}


def write_customers():
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_1", "ship_to_2", "ship_to_3"])
        for cid, name, doms, sts in CUSTOMERS:
            cells = [" | ".join([s["name"], s["street"], s["city"], s["region"], s["postal_code"], s["country"]]) for s in sts]
            cells += [""] * (3 - len(cells))
            w.writerow([cid, name, ";".join(doms)] + cells)


def make_pdf(spec):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(spec.get("title", "Purchase Order"))
    w, h = A4
    y = h - 50
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, y, spec.get("title", "PURCHASE ORDER"))
    y -= 24
    c.setFont("Helvetica", 9.5)
    for line in spec.get("head", []):
        c.drawString(40, y, line)
        y -= 13
    y -= 10
    cols = spec["cols"]
    xs = spec.get("xs") or [40 + i * (515 // len(cols)) for i in range(len(cols))]
    c.setFont("Helvetica-Bold", 9)
    for x, t in zip(xs, cols):
        c.drawString(x, y, t)
    y -= 4
    c.line(40, y, 555, y)
    y -= 13
    c.setFont("Helvetica", 9)
    for row in spec["rows"]:
        for x, t in zip(xs, row):
            c.drawString(x, y, str(t))
        y -= 13
    y -= 8
    for line in spec.get("foot", []):
        c.drawString(40, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def make_xlsx(rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Order"
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = "buyer"
    fixed = dt.datetime(2026, 1, 1, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    # re-pack with fixed timestamps so the build is byte-for-byte deterministic
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", blob)
            z.writestr(zi, blob)
    return out.getvalue()


def make_eml(d, n):
    m = EmailMessage()
    m["From"] = d["frm"]
    m["To"] = d.get("to", SELLER)
    if d.get("cc"):
        m["Cc"] = d["cc"]
    m["Subject"] = d["subject"]
    m["Date"] = format_datetime(dt.datetime.fromisoformat(d["date"]))
    m["Message-ID"] = "<%s.%03d@%s>" % (d["name"], n, d["frm"].split("@")[-1].rstrip(">"))
    if d.get("html") and not d.get("body"):
        m.set_content(d["html"], subtype="html")
    else:
        m.set_content(d["body"])
        if d.get("html"):
            m.add_alternative(d["html"], subtype="html")
    for att in d.get("att", []):
        kind, fname, spec = att
        if kind == "pdf":
            m.add_attachment(make_pdf(spec), maintype="application", subtype="pdf", filename=fname)
        elif kind == "xlsx":
            m.add_attachment(make_xlsx(spec), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=fname)
        elif kind == "csv":
            m.add_attachment(spec.encode("utf-8"), maintype="text", subtype="csv", filename=fname)
        elif kind == "txt":
            m.add_attachment(spec.encode("utf-8"), maintype="text", subtype="plain", filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("==SHS-%s-%d==" % (d["name"], i))
    return m.as_bytes(policy=m.policy.clone(linesep="\r\n"))


def main():
    cat = write_catalog()
    write_customers()
    cust_names = {c[1] for c in CUSTOMERS} | {c[0] for c in CUSTOMERS}
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
    names = set()
    errors = []
    for n, d in enumerate(docs, 1):
        name = d["name"]
        if name in names:
            errors.append("duplicate name " + name)
        names.add(name)
        data = make_eml(d, n)
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(data)
        lab = d["label"]
        txt = json.dumps(lab, ensure_ascii=False, indent=2)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(txt + "\n")
        # validation
        back = json.loads(txt)
        if back["kind"] not in ("purchase_order", "invoice", "not_an_order"):
            errors.append(name + ": bad kind")
        for ln in back.get("lines") or []:
            if ln["sku"] is not None and ln["sku"] not in cat:
                errors.append("%s: unknown sku %s" % (name, ln["sku"]))
        cu = back.get("customer")
        if cu is not None and cu not in cust_names:
            flat = data.decode("utf-8", "replace")
            import email
            from email import policy
            msg = email.message_from_bytes(data, policy=policy.default)
            texts = [flat]
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    texts.append(part.get_content())
            texts.append(json.dumps(d.get("att", []), ensure_ascii=False))
            if not any(cu in t for t in texts):
                errors.append("%s: customer %r not on file nor printed" % (name, cu))
        for k in ("order_date", "requested_date"):
            if back.get(k):
                dt.date.fromisoformat(back[k])
    # every document has a label
    for f in os.listdir(OUT):
        if f.endswith(".eml") and not os.path.exists(os.path.join(OUT, f[:-4] + ".expected.json")):
            errors.append("no label for " + f)
        if f.endswith(".expected.json") and not os.path.exists(os.path.join(OUT, f[:-len(".expected.json")] + ".eml")):
            errors.append("orphan label " + f)
    print("documents:", len(docs), "catalog:", len(cat), "customers:", len(CUSTOMERS))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
