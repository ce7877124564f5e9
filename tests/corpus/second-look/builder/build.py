#!/usr/bin/env python3
"""Builds the second-look set (45 labelled e-mails for Harbor & Pine Supply Co.) into a folder.

Run with a Python that has openpyxl:  python build.py OUT_FOLDER  (the committed set is its output)
The catalog.csv / customers.csv next to this script are unchanged copies of the
buyers-voice master data; they are copied into the output folder.
"""
import csv, io, json, os, re, shutil, sys
from datetime import datetime, timedelta, timezone, date
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
# The master data and README live in the corpus folder above this builder.
SET = os.path.dirname(HERE)
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "out")

CATALOG = {r["sku"]: r for r in csv.DictReader(open(os.path.join(SET, "catalog.csv"), encoding="utf-8"))}
CUSTOMERS = {r["name"]: r for r in csv.DictReader(open(os.path.join(SET, "customers.csv"), encoding="utf-8"))}

C = {
    "NWFS": "Northwind Facilities Services", "NWT": "Northwind Traders Ltd",
    "CVS": "Cedar Valley Schools", "CVH": "Cedar Valley Health",
    "SRM": "Sierra Ridge Manufacturing Inc.", "SRL": "Sierra Ridge Landscaping",
    "BAY": "Bayline Mechanical", "KEC": "Keystone Electric & Controls",
    "MLP": "Maple Leaf Property Management", "KAS": "Kastner Gebäudereinigung GmbH",
    "LUM": "Nettoyage Lumière SARL", "ALH": "Distribuciones Alhambra S.L.",
    "SHA": "Sharma Hospitality Pvt. Ltd.", "CIB": "Comedores Industriales del Bajío S.A. de C.V.",
    "ROS": "Rosewood Diner Group", "PCC": "Pacific Crest Construction",
    "FIN": "Finch & Harlow LLP", "GBF": "Granite Bay Fabrication",
    "SDP": "Summit Dental Partners", "LAK": "Lakeshore Community Food Bank",
    "NWD": "Northwood Facilities Inc", "CVHF": "Cedar Valley Health Foundation",
}

TZ = {"PT": -8, "MT": -7, "CT": -6, "ET": -5, "UK": 0, "CET": 1, "IN": 5.5}

HP_ORDERS = "Harbor & Pine Orders <orders@harborpine.com>"


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, 0, tzinfo=timezone(timedelta(hours=TZ[tz])))


def L(sku, qty, desc=None, uom="cat", price=None, cp=None):
    """One expected line. uom='cat' = unit not written -> the catalog selling unit."""
    if uom == "cat":
        uom = CATALOG[sku]["uom"] if sku in CATALOG else None
    return {"sku": sku, "customer_part": cp, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}


def PO(cust, po, lines, order_date=None, requested_date=None, currency=None, ship_to=None):
    d = {"kind": "purchase_order", "customer": C[cust], "po_number": po}
    if order_date:
        d["order_date"] = order_date
    if requested_date:
        d["requested_date"] = requested_date
    if currency:
        d["currency"] = currency
    if ship_to:
        d["ship_to"] = ship_to
    d["lines"] = lines
    return d


def NOT(cust):
    return {"kind": "not_an_order", "customer": C[cust]}


def ST(street, city, region, postal, country="US", name=None):
    d = {}
    if name:
        d["name"] = name
    d.update({"street": street, "city": city, "region": region, "postal_code": postal, "country": country})
    return d


def html_table(rows, header=True, intro="", outro=""):
    out = ['<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in intro.strip("\n").split("\n\n") if intro else []:
        out.append("<p>" + p.replace("\n", "<br>") + "</p>")
    out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    for p in outro.strip("\n").split("\n\n") if outro else []:
        out.append("<p>" + p.replace("\n", "<br>") + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def text_table(rows, widths=None):
    if widths is None:
        widths = [max(len(str(r[i])) for r in rows) + 2 for i in range(len(rows[0]))]
    return "\n".join("".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


EMAILS = []


def E(name, frm, date_, subject, text, label, to=HP_ORDERS, html=None, attachments=(), cc=None,
      in_reply_to=None, trap=None):
    EMAILS.append(dict(name=name, frm=frm, to=to, date=date_, subject=subject, text=text, html=html,
                       attachments=list(attachments), cc=cc, in_reply_to=in_reply_to, label=label, trap=trap))


# ---------------------------------------------------------------------------------------------
# The e-mails are in emails.py (data only) so this file stays readable.
# ---------------------------------------------------------------------------------------------
from emails import define  # noqa: E402

define(E, L, PO, NOT, ST, C, dt, html_table, text_table, quote)


def make_xlsx(spec):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec.get("sheet", "PO")
    for row in spec["rows"]:
        ws.append(row)
    for col, w in spec.get("widths", {}).items():
        ws.column_dimensions[col].width = w
    for cell, fmt in spec.get("formats", {}).items():
        ws[cell].number_format = fmt
    wb.properties.creator = spec.get("creator", "")
    wb.properties.created = datetime(2026, 11, 12, 9, 0, 0)
    wb.properties.modified = datetime(2026, 11, 12, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def build_message(e, n):
    m = EmailMessage()
    m["From"] = e["frm"]
    m["To"] = e["to"]
    if e["cc"]:
        m["Cc"] = e["cc"]
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(e["date"])
    dom = re.search(r"@([\w.-]+)", e["frm"]).group(1)
    m["Message-ID"] = f"<{e['date'].strftime('%Y%m%d%H%M')}.{n:02d}.{e['name']}@{dom}>"
    if e["in_reply_to"]:
        m["In-Reply-To"] = e["in_reply_to"]
        m["References"] = e["in_reply_to"]
    m["MIME-Version"] = "1.0"
    m.set_content(e["text"])
    if e["html"]:
        m.add_alternative(e["html"], subtype="html")
    for a in e["attachments"]:
        if a["type"] == "csv":
            m.add_attachment(a["data"].encode("utf-8"), maintype="text", subtype="csv", filename=a["filename"])
        elif a["type"] == "xlsx":
            m.add_attachment(make_xlsx(a), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             filename=a["filename"])
    return m


def check(e, n):
    errs = []
    lab = e["label"]
    if lab["kind"] not in ("purchase_order", "not_an_order", "invoice"):
        errs.append("bad kind")
    if lab.get("customer") not in CUSTOMERS:
        errs.append(f"customer not in customers.csv: {lab.get('customer')}")
    dom = re.search(r"@([\w.-]+)", e["frm"]).group(1).lower()
    if dom != "harborpine.com":
        doms = CUSTOMERS[lab["customer"]]["email_domains"].split(";")
        if dom not in doms:
            errs.append(f"sender domain {dom} is not {lab['customer']}'s {doms}")
    d = e["date"].date()
    if not (date(2026, 11, 2) <= d <= date(2026, 12, 4)):
        errs.append(f"date out of range {d}")
    for ln in lab.get("lines", []):
        if ln["sku"] is not None and ln["sku"] not in CATALOG:
            errs.append(f"sku not in catalog: {ln['sku']}")
        if set(ln) != {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}:
            errs.append(f"line keys {sorted(ln)}")
        if ln["quantity"] is not None and not isinstance(ln["quantity"], (int, float)):
            errs.append("quantity type")
    for k in ("order_date", "requested_date"):
        if k in lab:
            date.fromisoformat(lab[k])
    if lab["kind"] == "purchase_order":
        skus = [l["sku"] for l in lab["lines"]]
        # every labelled SKU must be printed somewhere in the e-mail (body or attachment)
        blob = e["text"] + (e["html"] or "") + "".join(
            a.get("data", "") if a["type"] == "csv" else json.dumps(a["rows"], default=str)
            for a in e["attachments"])
        for s in skus:
            if s and s not in blob:
                errs.append(f"sku {s} not printed in the e-mail")
    return errs


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    shutil.copy(os.path.join(SET, "catalog.csv"), OUT)
    shutil.copy(os.path.join(SET, "customers.csv"), OUT)
    shutil.copy(os.path.join(SET, "README.md"), OUT)
    all_errs = []
    names = set()
    for n, e in enumerate(EMAILS, 1):
        base = f"{n:02d}-{e['name']}"
        if base in names:
            all_errs.append(f"duplicate {base}")
        names.add(base)
        for err in check(e, n):
            all_errs.append(f"{base}: {err}")
        m = build_message(e, n)
        with open(os.path.join(OUT, base + ".eml"), "wb") as f:
            f.write(bytes(m))
        with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(e["label"], f, indent=2, ensure_ascii=False)
            f.write("\n")
    kinds = {}
    for e in EMAILS:
        kinds[e["label"]["kind"]] = kinds.get(e["label"]["kind"], 0) + 1
    print(f"{len(EMAILS)} e-mails written to {OUT}: {kinds}")
    traps = {}
    for n, e in enumerate(EMAILS, 1):
        traps.setdefault(e["trap"] or "clean", []).append(f"{n:02d}")
    for t, ns in traps.items():
        print(f"  {t:28s} {len(ns):2d}  {' '.join(ns)}")
    if all_errs:
        print("\n".join(all_errs))
        sys.exit(1)
    print("checks passed: every SKU in catalog.csv, every customer in customers.csv, sender domains, dates")


if __name__ == "__main__":
    main()
