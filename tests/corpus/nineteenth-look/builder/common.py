"""Shared helpers: MIME building, label writing, registry of documents."""
import json, os
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NG = "orders@northgatesupply.com"
REGISTRY = []  # (name, file, meta)

def ST(name, street, city=None, region=None, postal=None, country=None, partial=False):
    d = {"name": name, "street": street, "city": city, "region": region,
         "postal_code": postal, "country": country}
    if partial:  # keys the document does not give are left absent (not scored)
        d = {k: v for k, v in d.items() if v is not None}
    return d

def L(sku, qty, uom=None, desc=None, part=None, price=None):
    return {"sku": sku, "customer_part": part, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}

def label(kind="purchase_order", customer=None, po=None, order_date=None, req=None,
          currency=None, ship_to=None, lines=None):
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
            "requested_date": req, "currency": currency, "ship_to": ship_to,
            "lines": lines if lines is not None else []}

def not_order(customer=None, kind="not_an_order"):
    return {"kind": kind, "customer": customer, "lines": []}

def dt(s, tz=-5):
    """'2026-12-03 09:14' -> aware datetime at given UTC offset hours."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=timezone(timedelta(hours=tz)))

def email(frm, subject, date, text=None, html=None, to=NG, cc=None, attachments=(),
          reply_to=None, in_reply_to=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">")
    m["Message-ID"] = make_msgid(domain=dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to; m["References"] = in_reply_to
    if reply_to: m["Reply-To"] = reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text or "")
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/", 1)
        if maintype == "text":
            m.add_attachment(data.decode("utf-8") if isinstance(data, bytes) else data,
                             subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return bytes(m)

def emit(name, ext, data, lab, **meta):
    path = os.path.join(OUT, f"{name}.{ext}")
    mode = "wb" if isinstance(data, (bytes, bytearray)) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)
    with open(os.path.join(OUT, f"{name}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False); f.write("\n")
    meta.setdefault("lang", "en")
    meta["ext"] = ext
    meta["kind"] = lab["kind"]
    REGISTRY.append((name, path, meta))

def outlook_table(rows, header, intro="", outro="", font="Calibri"):
    """Outlook-ish HTML with MsoNormal paragraphs and a bordered table."""
    th = "".join(f'<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt"><p class="MsoNormal"><b>{h}</b></p></td>' for h in header)
    trs = ""
    for r in rows:
        trs += "<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;border-top:none;padding:0in 5.4pt"><p class="MsoNormal">{c}</p></td>' for c in r) + "</tr>\n"
    def paras(t):
        return "".join(f'<p class="MsoNormal">{p if p else "&nbsp;"}</p>\n' for p in t.split("\n"))
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"{font}",sans-serif;}} --></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
{paras(intro)}
<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>{th}</tr>
{trs}</table>
{paras(outro)}
</div></body></html>"""
