"""Helpers: build .eml messages (plain, HTML, attachments), PDFs, xlsx, labels."""
import io, csv
from email.message import EmailMessage
from email.utils import make_msgid
from catalog import SKUS
from customers import BY_ID

SELLER_ORDERS = "orders@brackenford-bs.co.uk"
SELLER_SALES = "sales@brackenford-bs.co.uk"
DOCS = []


def msg(frm, subject, date, body=None, html=None, to=SELLER_ORDERS, cc=None, attachments=(),
        in_reply_to=None, extra_headers=None, msgid_domain="mail.example"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].strip(">") if "@" in frm else msgid_domain
    m["Message-ID"] = "<%s.%d@%s>" % (subject.encode().hex()[:16], len(DOCS) + 1000, dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if body is not None and html is None:
        m.set_content(body)
    elif html is not None and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    k = 0
    for part in m.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary("=_brk_%04d_%d_=" % (len(DOCS) + 1, k))
    return m.as_bytes()


def ship(cid=None, idx=0, **over):
    if cid:
        n, st, city, reg, pc, ctry = BY_ID[cid][3][idx]
        d = {"name": n, "street": st, "city": city, "region": reg, "postal_code": pc, "country": None}
    else:
        d = {"name": None, "street": None, "city": None, "region": None, "postal_code": None, "country": None}
    d.update(over)
    return d


def line(sku, qty, uom, price=None, cpart=None, desc=None):
    if sku is not None:
        assert sku in SKUS, sku
    return {"sku": sku, "customer_part": cpart,
            "description": desc if desc is not None else (SKUS[sku][1] if sku else ""),
            "quantity": qty, "uom": uom, "unit_price": price}


def label(kind="purchase_order", customer=None, po=None, order_date="ABSENT", req=None, cur=None,
          ship_to=None, lines=()):
    d = {"kind": kind, "customer": customer, "po_number": po}
    if order_date != "ABSENT":
        d["order_date"] = order_date
    if req != "ABSENT":
        d["requested_date"] = req
    d["currency"] = cur
    if ship_to is not None:
        d["ship_to"] = ship_to
    d["lines"] = list(lines)
    return d


def notorder(kind="not_an_order", customer=None):
    return {"kind": kind, "customer": customer, "lines": []}


def add(name, data, lab, meta):
    """meta: dict(lang=, country=, kind tag, phenomena=[...], ftype=...)"""
    DOCS.append((name, data, lab, meta))


def pdf_po(title_lines, table, footer_lines=(), col_widths=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    buf = io.BytesIO()
    st = getSampleStyleSheet()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36,
                            invariant=1, title="Purchase Order", author="", creator="", producer="")
    els = []
    for i, t in enumerate(title_lines):
        els.append(Paragraph(t, st["Title"] if i == 0 else st["Normal"]))
    els.append(Spacer(1, 12))
    tb = Table(table, colWidths=col_widths, repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    els.append(tb)
    els.append(Spacer(1, 12))
    for t in footer_lines:
        els.append(Paragraph(t, st["Normal"]))
    doc.build(els)
    return buf.getvalue()


def xlsx(rows_by_sheet):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for sheet, rows in rows_by_sheet:
        ws = wb.active if first else wb.create_sheet()
        ws.title = sheet
        first = False
        for r in rows:
            ws.append(r)
    wb.properties.created = __import__("datetime").datetime(2026, 1, 1)
    wb.properties.modified = __import__("datetime").datetime(2026, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def csv_bytes(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def D(s, tzmin=0):
    import datetime
    from email.utils import format_datetime
    tz = datetime.timezone(datetime.timedelta(minutes=tzmin))
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    return format_datetime(dt)


def fix_zip(data):
    """Rewrite a zip (xlsx) with fixed timestamps so builds are byte-identical."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        content = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            import re
            content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2026-01-01T00:00:00Z\g<3>", content)
        dst.writestr(zi, content)
    dst.close()
    return out.getvalue()
