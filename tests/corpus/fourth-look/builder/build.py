#!/usr/bin/env python3
"""Builds the blind 'fourth-look' corpus into /work/blind/fourth-look/.
Run: python tests/corpus/fourth-look/builder/build.py OUT (needs reportlab and openpyxl)"""
import csv, io, json, os, re, sys, hashlib, datetime as dt
from email.message import EmailMessage
from email.utils import parsedate_to_datetime, format_datetime, make_msgid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catalog_data, customers_data
import docs_a, docs_b, docs_c, docs_d  # noqa: F401  (register documents)
from docs_a import DOCS, SELLER
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import openpyxl

OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/blind/fourth-look"
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if os.path.isfile(os.path.join(OUT, f)):  # the builder may live in a sub-folder of OUT
        os.remove(os.path.join(OUT, f))

# ---------------------------------------------------------------- reference data
with open(f"{OUT}/catalog.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    w.writeheader(); w.writerows(catalog_data.CATALOG)
with open(f"{OUT}/customers.csv", "w", newline="") as fh:
    w = csv.writer(fh); w.writerow(customers_data.F); w.writerows(customers_data.ROWS)

# ---------------------------------------------------------------- renderers
def render_pdf(spec):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    W, H = letter
    c.setTitle(spec["title"])
    y = H - 50
    c.setFont("Helvetica-Bold", 13); c.drawString(40, y, spec["company"][0])
    c.setFont("Helvetica-Bold", 16); c.drawRightString(W - 40, y, spec["title"])
    c.setFont("Helvetica", 9)
    for i, l in enumerate(spec["company"][1:]):
        c.drawString(40, y - 14 - 11 * i, l)
    my = y - 18
    for k, v in spec["meta"]:
        c.setFont("Helvetica-Bold", 9); c.drawString(W - 230, my, k + ":")
        c.setFont("Helvetica", 9); c.drawString(W - 135, my, v)
        my -= 12
    y = min(y - 14 - 11 * len(spec["company"]), my) - 20
    bw = (W - 80) / len(spec["blocks"])
    for i, (t, lines) in enumerate(spec["blocks"]):
        x = 40 + i * bw
        c.rect(x, y - 12 - 11 * len(lines) - 4, bw - 8, 12 + 11 * len(lines) + 10)
        c.setFont("Helvetica-Bold", 9); c.drawString(x + 4, y - 8, t)
        c.setFont("Helvetica", 9)
        for j, l in enumerate(lines):
            c.drawString(x + 4, y - 20 - 11 * j, l)
    y = y - 12 - 11 * max(len(b[1]) for b in spec["blocks"]) - 30
    cols = spec["cols"]
    # column widths by type
    widths = []
    for h in cols:
        hl = h.lower()
        if "desc" in hl or "bezeich" in hl:
            widths.append(None)
        elif hl in ("ln", "no.", "#", "line"):
            widths.append(28)
        elif "item" in hl or "code" in hl:
            widths.append(66)
        elif "qty" in hl or "uom" in hl or "unit" == hl:
            widths.append(38)
        else:
            widths.append(56)
    rest = (W - 80) - sum(x for x in widths if x)
    widths = [x if x else rest for x in widths]
    xs = [40]
    for wd in widths[:-1]:
        xs.append(xs[-1] + wd)
    numeric = [any(k in h.lower() for k in ("qty", "price", "amount", "total", "$", "eur")) for h in cols]
    c.setFillGray(0.85); c.rect(40, y - 4, W - 80, 14, fill=1, stroke=0); c.setFillGray(0)
    c.setFont("Helvetica-Bold", 8.5)
    for h, x, wd, num in zip(cols, xs, widths, numeric):
        (c.drawRightString(x + wd - 4, y, h) if num else c.drawString(x + 3, y, h))
    c.setFont("Helvetica", 8.5)
    for r in spec["rows"]:
        y -= 15
        for v, x, wd, num in zip(r, xs, widths, numeric):
            (c.drawRightString(x + wd - 4, y, v) if num else c.drawString(x + 3, y, v))
    y -= 8; c.line(40, y, W - 40, y); y -= 14
    for k, v in spec["totals"]:
        c.setFont("Helvetica-Bold", 9); c.drawRightString(W - 110, y, k)
        c.setFont("Helvetica", 9); c.drawRightString(W - 44, y, v); y -= 13
    if spec.get("notes"):
        y -= 10; c.setFont("Helvetica-Oblique", 8.5); c.drawString(40, y, "Notes: " + spec["notes"])
    c.setFont("Helvetica", 7); c.drawString(40, 30, "Page 1 of 1")
    c.showPage(); c.save()
    return buf.getvalue()

def render_xlsx(spec):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Order"
    for r in spec["header"]:
        ws.append(r)
    hr = ws.max_row + 1
    ws.append(spec["cols"])
    for r in spec["rows"]:
        n = ws.max_row + 1
        if spec.get("lineno"):
            ws.append(list(r) + [round(r[3] * r[5], 2)])
        else:
            ws.append(list(r) + [round(r[2] * r[4], 2)])
    for cell in ws[hr]:
        cell.font = openpyxl.styles.Font(bold=True)
    ws.column_dimensions["B"].width = 42; ws.column_dimensions["A"].width = 16
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def render_csv(spec):
    s = io.StringIO(); csv.writer(s).writerows(spec["rows"]); return s.getvalue().encode()

def render_x12(x):
    ctl = "000004471"
    segs = [f"ISA*00*          *00*          *ZZ*{x['sender']:<15}*ZZ*{x['receiver']:<15}*{x['date'][2:]}*0815*U*00401*{ctl}*0*P*>",
            f"GS*PO*{x['sender']}*{x['receiver']}*{x['date']}*0815*4471*X*004010",
            "ST*850*0001", f"BEG*00*SA*{x['po']}**{x['date']}", "CUR*BY*USD", "REF*DP*DC2",
            f"DTM*002*{x['req']}",
            "N1*BY*LAKESHORE FACILITIES GROUP INC*92*LFG01",
            f"N1*ST*{x['st'][0]}*92*DC2", f"N3*{x['st'][1]}", f"N4*{x['st'][2]}*{x['st'][3]}*{x['st'][4]}*{x['st'][5]}"]
    for ln, q, u, p, vn, bp, d in x["lines"]:
        segs += [f"PO1*{ln}*{q}*{u}*{p}*PE*VN*{vn}*BP*{bp}", f"PID*F****{d}"]
    segs += [f"CTT*{len(x['lines'])}"]
    n = len(segs) - 2 + 1
    segs += [f"SE*{n}*0001", "GE*1*4471", f"IEA*1*{ctl}"]
    return ("~\n".join(segs) + "~\n").encode()

def render_edifact(e):
    segs = ["UNA:+.? '", f"UNB+UNOC:3+{e['sender']}:14+{e['receiver']}:14+261202:0930+KH1288'",
            "UNH+1+ORDERS:D:96A:UN:EAN008'", f"BGM+220+{e['po']}+9'", f"DTM+137:{e['date']}:102'", f"DTM+2:{e['req']}:102'",
            "FTX+AAI+++Anlieferung Mo-Fr 7-15 Uhr, Tor 2'",
            f"NAD+BY+{e['sender']}::9++Keller Haustechnik GmbH'",
            "NAD+SU+0846215000000::9++Tidewater Flow & Pool Supply Co.'",
            "NAD+DP+4069912000021::9++Keller Haustechnik GmbH Lager+Heilbronner Strasse 214+Stuttgart++70191+DE'",
            "CUX+2:EUR:9'"]
    body_start = 2
    for ln, sku, q, p, d in e["lines"]:
        gt = catalog_data.BY_SKU[sku]["gtin"]
        segs += [f"LIN+{ln}++{gt}:SRV'", f"PIA+1+{sku}:SA'", f"IMD+F++:::{d}'", f"QTY+21:{q}:PCE'", f"PRI+AAA:{p}'"]
    segs += ["UNS+S'", f"CNT+2:{len(e['lines'])}'"]
    n = len(segs) - body_start + 1
    segs += [f"UNT+{n}+1'", "UNZ+1+KH1288'"]
    return "\n".join(segs).encode()

def render_ubl(u):
    c = customers_data.BY_ID["C1011"]
    lines = []
    for ln, sku, bp, d, q, uom, p in u["lines"]:
        amt = f"{q * float(p):.2f}"
        lines.append(f"""  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>{ln}</cbc:ID>
      <cbc:Quantity unitCode="{uom}">{q}</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="{u['cur']}">{amt}</cbc:LineExtensionAmount>
      <cac:Price><cbc:PriceAmount currencyID="{u['cur']}">{p}</cbc:PriceAmount></cac:Price>
      <cac:Item>
        <cbc:Name>{d}</cbc:Name>
        <cac:BuyersItemIdentification><cbc:ID>{bp}</cbc:ID></cac:BuyersItemIdentification>
        <cac:SellersItemIdentification><cbc:ID>{sku}</cbc:ID></cac:SellersItemIdentification>
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>""")
    total = sum(q * float(p) for _, _, _, _, q, _, p in u["lines"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
  <cbc:ID>{u['id']}</cbc:ID>
  <cbc:IssueDate>{u['date']}</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>{u['cur']}</cbc:DocumentCurrencyCode>
  <cac:BuyerCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0088">8719333000025</cbc:EndpointID>
      <cac:PartyName><cbc:Name>Van Dijk Installatietechniek B.V.</cbc:Name></cac:PartyName>
      <cac:PartyTaxScheme><cbc:CompanyID>{c['tax_id']}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    </cac:Party>
  </cac:BuyerCustomerParty>
  <cac:SellerSupplierParty>
    <cac:Party><cac:PartyName><cbc:Name>Tidewater Flow &amp; Pool Supply Co.</cbc:Name></cac:PartyName></cac:Party>
  </cac:SellerSupplierParty>
  <cac:Delivery>
    <cbc:LatestDeliveryDate>{u['latest']}</cbc:LatestDeliveryDate>
    <cac:DeliveryLocation>
      <cac:Address>
        <cbc:StreetName>Atoomweg 96</cbc:StreetName>
        <cbc:CityName>Utrecht</cbc:CityName>
        <cbc:PostalZone>3542 AB</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>
      </cac:Address>
    </cac:DeliveryLocation>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>Van Dijk Installatietechniek</cbc:Name></cac:PartyName></cac:DeliveryParty>
  </cac:Delivery>
  <cac:AnticipatedMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="{u['cur']}">{total:.2f}</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="{u['cur']}">{total:.2f}</cbc:PayableAmount>
  </cac:AnticipatedMonetaryTotal>
{chr(10).join(lines)}
</Order>
""".encode()

RENDER = {"pdf": render_pdf, "xlsx": render_xlsx, "csv": render_csv}
MIME = {"pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "csv": ("text", "csv")}

def build_eml(d):
    m = EmailMessage()
    when = parsedate_to_datetime(d["date"])  # weekday recomputed from the date itself
    m["From"] = d["frm"]; m["To"] = d.get("to", SELLER)
    m["Date"] = format_datetime(when)
    m["Subject"] = d["subject"]
    dom = d["frm"].split("@")[1].rstrip(">")
    m["Message-ID"] = f"<{hashlib.md5(d['name'].encode()).hexdigest()[:16]}.{when.strftime('%Y%m%d%H%M%S')}@{dom}>"
    m["MIME-Version"] = "1.0"
    if d.get("text") is not None:
        m.set_content(d["text"])
        if d.get("html"):
            m.add_alternative(d["html"], subtype="html")
    else:
        m.set_content(d["html"], subtype="html")
    for fname, kind, spec in d.get("attach", []):
        data = RENDER[kind](spec)
        mt, st = MIME[kind]
        if mt == "text":
            m.add_attachment(data.decode(), subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return when, bytes(m)

# ---------------------------------------------------------------- build + checks
errors = []
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UOMS = {"EA", "BX", "CS", "PK", "RL", "KGM", "LTR", "SET", "PR", "DZ", "BG", "DR", "TB"}
counts = {}
names = set()
for d in DOCS:
    n = d["name"]
    if n in names:
        errors.append(f"{n}: duplicate name")
    names.add(n)
    fmt = d["fmt"]
    if fmt == "eml":
        when, data = build_eml(d); ext = "eml"
        if not (dt.date(2026, 11, 1) <= when.date() <= dt.date(2026, 12, 31)):
            errors.append(f"{n}: date outside Nov-Dec 2026")
        import email
        parsed = email.message_from_bytes(data)
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if not parsed.get(h):
                errors.append(f"{n}: missing header {h}")
        if "orders@tidewaterflow.com" not in parsed["To"]:
            errors.append(f"{n}: not sent to order mailbox")
    elif fmt == "pdf":
        data = render_pdf(d["pdf"]); ext = "pdf"
    elif fmt == "xlsx":
        data = render_xlsx(d["xlsx"]); ext = "xlsx"
    elif fmt == "x12":
        data = render_x12(d["x12"]); ext = "edi"
    elif fmt == "edifact":
        data = render_edifact(d["edi"]); ext = "edi"
    elif fmt == "ubl":
        data = render_ubl(d["ubl"]); ext = "xml"
    d["file"] = f"{n}.{ext}"
    with open(f"{OUT}/{d['file']}", "wb") as fh:
        fh.write(data)
    lab = d["label"]
    # --- label checks
    if lab["kind"] not in ("purchase_order", "invoice", "not_an_order"):
        errors.append(f"{n}: bad kind")
    if lab["kind"] != "purchase_order" and lab["lines"]:
        errors.append(f"{n}: non-order with lines")
    if lab["kind"] == "purchase_order" and not lab["lines"]:
        errors.append(f"{n}: order without lines")
    cust = lab.get("customer")
    if cust is not None and cust not in customers_data.NAMES:
        if not (d["fmt"] == "eml" and "gmail.com" in d["frm"] and cust in d["text"]):
            errors.append(f"{n}: customer {cust!r} not in customers.csv (nor a printed unknown sender)")
    for k in ("order_date", "requested_date"):
        v = lab.get(k)
        if v is not None:
            if not ISO.match(v):
                errors.append(f"{n}: {k} not ISO")
            else:
                dt.date.fromisoformat(v)
    if lab.get("currency") is not None and lab["currency"] not in ("USD", "EUR", "GBP", "CAD", "AUD"):
        errors.append(f"{n}: currency")
    st = lab.get("ship_to")
    if st is not None and not all(st.get(k) for k in ("name", "street", "city", "postal_code", "country")):
        errors.append(f"{n}: incomplete ship_to")
    for i, l in enumerate(lab["lines"]):
        if l["sku"] is not None and l["sku"] not in catalog_data.BY_SKU:
            errors.append(f"{n}: line {i+1} sku {l['sku']} not in catalog")
        if l["uom"] is not None and l["uom"] not in UOMS:
            errors.append(f"{n}: line {i+1} uom {l['uom']}")
        if l["sku"] is not None and l["uom"] is not None and l["uom"] != catalog_data.BY_SKU[l["sku"]]["uom"]:
            errors.append(f"{n}: line {i+1} uom {l['uom']} differs from catalog uom {catalog_data.BY_SKU[l['sku']]['uom']}")
        if l["quantity"] is None and l["uom"] is not None:
            errors.append(f"{n}: line {i+1} uom without qty")
    # PO number / SKU / buyer part must literally appear in the source text (for text-bearing sources)
    src = d.get("text") or ""
    src += d.get("html") or ""
    src += json.dumps(d.get("attach", []), ensure_ascii=False) + json.dumps(d.get(fmt if fmt != "edifact" else "edi", {}), ensure_ascii=False)
    src += json.dumps(d.get("pdf", {}), ensure_ascii=False) + json.dumps(d.get("xlsx", {}), ensure_ascii=False) + d.get("subject", "")
    if lab.get("po_number") and lab["po_number"] not in src:
        errors.append(f"{n}: po_number not found in document source")
    for l in lab["lines"]:
        if l["customer_part"] and l["customer_part"] not in src:
            errors.append(f"{n}: customer_part {l['customer_part']} not in source")
    with open(f"{OUT}/{n}.expected.json", "w") as fh:
        json.dump(lab, fh, indent=2, ensure_ascii=False); fh.write("\n")
    key = (lab["kind"], ext)
    counts[key] = counts.get(key, 0) + 1

# ---------------------------------------------------------------- README
cat_fams = {}
for r in catalog_data.CATALOG:
    fam = r["sku"].split("-")[0]
    cat_fams.setdefault(fam, []).append(r["sku"])
import readme_text
rows = []
for d in DOCS:
    lab = d["label"]
    att = ", ".join(a[0] for a in d.get("attach", [])) or "-"
    rows.append(f"| `{d['file']}` | {lab['kind']} | {lab.get('customer') or '-'} | {len(lab['lines'])} | {att} | {d['phen']} |")
with open(f"{OUT}/README.md", "w") as fh:
    fh.write(readme_text.render(cat_fams, rows, counts, len(catalog_data.CATALOG), len(customers_data.ROWS)))

print("documents:", len(DOCS))
for k, v in sorted(counts.items()):
    print(" ", k, v)
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("all checks passed")
