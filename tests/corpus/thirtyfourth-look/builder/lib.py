import json, os, io
from email.message import EmailMessage
from email.utils import make_msgid
from catalog import CAT

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER_TO = "orders@kestrelworkwear.co.uk"
INDEX = []  # (file, kind, note)

def L(sku, qty, uom=None, price=None, desc=None, cpart=None):
    d = {"sku": sku, "customer_part": cpart,
         "description": desc or (CAT[sku][1] if sku else None),
         "quantity": qty, "uom": uom or (CAT[sku][2] if sku else "EA"), "unit_price": price}
    return d

def S(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": postal, "country": country}

def label(customer, po, lines, order_date=None, requested_date=None, currency=None, ship_to=None, kind="purchase_order"):
    for l in lines:
        if l["sku"] is not None:
            assert l["sku"] in CAT, l["sku"]
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
            "requested_date": requested_date, "currency": currency, "ship_to": ship_to, "lines": lines}

def write_label(name, lab):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)

def eml(name, frm, subject, date, body, lab, note, kind="email", to=SELLER_TO, attachments=(), cc=None, html=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for fname, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    fn = name + ".eml"
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(bytes(m))
    write_label(fn, lab)
    INDEX.append((fn, kind, note))

def standalone(fn, data, lab, kind, note):
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    write_label(fn, lab)
    INDEX.append((fn, kind, note))

# ---------------- PDF -----------------
def pdf_po(blocks, title, header_kv, columns, rows, footer_lines=(), rules=True, side_by_side=True,
           widths=None, font="Helvetica", rows_per_page=None, page_label=None, notes=()):
    """Return PDF bytes. blocks: list of (heading, [lines]). rows: list of lists of str."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    fn, fb = _fonts()
    W, H = A4
    total_pages = 1 if not rows_per_page else max(1, -(-len(rows) // rows_per_page))
    chunks = [rows] if not rows_per_page else [rows[i:i + rows_per_page] for i in range(0, len(rows), rows_per_page)]
    for pi, chunk in enumerate(chunks):
        y = H - 50
        c.setFont(fb, 16)
        c.drawString(40, y, title)
        c.setFont(fn, 9)
        ky = y
        for k, v in header_kv:
            c.drawRightString(W - 150, ky, k)
            c.drawString(W - 145, ky, v)
            ky -= 12
        y = min(y, ky) - 20
        if pi == 0:
            if side_by_side:
                bw = (W - 80) / len(blocks)
                maxh = 0
                for i, (hd, lines) in enumerate(blocks):
                    x = 40 + i * bw
                    c.setFont(fb, 9)
                    c.drawString(x, y, hd)
                    c.setFont(fn, 9)
                    for j, ln in enumerate(lines):
                        c.drawString(x, y - 12 * (j + 1), ln)
                    maxh = max(maxh, len(lines) + 1)
                    if rules:
                        c.rect(x - 4, y - 12 * maxh - 4, bw - 8, 12 * maxh + 14, stroke=1, fill=0)
                y -= 12 * (maxh + 1) + 14
            else:
                for hd, lines in blocks:
                    c.setFont(fb, 9)
                    c.drawString(40, y, hd)
                    c.setFont(fn, 9)
                    for ln in lines:
                        y -= 12
                        c.drawString(40, y, ln)
                    y -= 20
            for n in notes:
                c.drawString(40, y, n)
                y -= 12
            y -= 6
        ws = widths or [int((W - 80) / len(columns))] * len(columns)
        c.setFont(fb, 9)
        x = 40
        for col, w in zip(columns, ws):
            c.drawString(x + 2, y, col)
            x += w
        if rules:
            c.line(40, y - 4, 40 + sum(ws), y - 4)
            c.line(40, y + 11, 40 + sum(ws), y + 11)
        y -= 16
        c.setFont(fn, 9)
        for r in chunk:
            x = 40
            for val, w in zip(r, ws):
                c.drawString(x + 2, y, str(val))
                x += w
            if rules:
                c.line(40, y - 4, 40 + sum(ws), y - 4)
            y -= 15
        y -= 10
        if pi == len(chunks) - 1:
            for ln in footer_lines:
                c.drawString(40, y, ln)
                y -= 12
        if total_pages > 1:
            c.drawRightString(W - 40, 30, (page_label or "Page {p} of {n}").format(p=pi + 1, n=total_pages))
        c.showPage()
    c.save()
    return buf.getvalue()

_F = None
def _fonts():
    global _F
    if _F:
        return _F
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import glob
    cands = glob.glob("/usr/share/fonts/**/DejaVuSans.ttf", recursive=True)
    candb = glob.glob("/usr/share/fonts/**/DejaVuSans-Bold.ttf", recursive=True)
    if cands and candb:
        pdfmetrics.registerFont(TTFont("DV", cands[0]))
        pdfmetrics.registerFont(TTFont("DVB", candb[0]))
        _F = ("DV", "DVB")
    else:
        import reportlab, os as _os
        d = _os.path.join(_os.path.dirname(reportlab.__file__), "fonts")
        vera = _os.path.join(d, "Vera.ttf"); verab = _os.path.join(d, "VeraBd.ttf")
        pdfmetrics.registerFont(TTFont("Vera", vera))
        pdfmetrics.registerFont(TTFont("VeraBd", verab))
        _F = ("Vera", "VeraBd")
    return _F

def xlsx_bytes(sheets):
    """sheets: list of (title, rows)"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()
