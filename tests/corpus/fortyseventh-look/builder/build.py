# -*- coding: utf-8 -*-
"""Builds the whole blind test set into the parent folder. Run with /work/main/.venv/bin/python."""
import csv, copy, hashlib, io, json, os, sys
from email.message import EmailMessage
from email.utils import make_msgid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import catalog
from docs_mail import MAILS, PO, L
from docs_att import PDFS, SHEETS, NOTORDERS

SELLER_ADDR = "Fadenwerk Auftragsannahme <auftrag@fadenwerk-textil.de>"

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LiberationSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LiberationSans-Bold", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))


def clean_exp(exp):
    e = copy.deepcopy(exp)
    for ln in e.get("lines", []):
        ln.pop("_ut", None)
    return e


def write_json(name, exp):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(clean_exp(exp), f, ensure_ascii=False, indent=2)


def make_mail(d, attach=None):
    m = EmailMessage()
    m["From"] = d["frm"]
    m["To"] = SELLER_ADDR if not d.get("to") else d["to"]
    if d.get("cc"):
        m["Cc"] = d["cc"]
    m["Subject"] = d["subj"]
    m["Date"] = d["date"]
    dom = d["frm"].split("@")[1].rstrip(">")
    h = hashlib.sha1(d["name"].encode()).hexdigest()
    m["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
    if d.get("reply"):
        m["In-Reply-To"] = "<%s.orig@%s>" % (h[24:40], dom)
    if d.get("auto"):
        m["Auto-Submitted"] = "auto-replied"
        m["X-Autoreply"] = "yes"
    m.set_content(d["body"])
    for (fname, data, maintype, subtype) in attach or []:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if attach:
        m.set_boundary("=_fw_" + h[:24])
        for part in m.iter_parts():
            del part["MIME-Version"]
    with open(os.path.join(OUT, d["name"] + ".eml"), "wb") as f:
        f.write(bytes(m))


# ---------------------------------------------------------------- numbers
def fmt(x, lang, dec=2):
    if dec == 0 or (isinstance(x, (int,)) or float(x).is_integer()) and dec == -1:
        s = "%d" % x
    else:
        s = ("%.*f" % (dec if dec >= 0 else 2, x))
        if dec == -1:
            s = s.rstrip("0").rstrip(".")
    if lang == "en":
        # thousands sep
        if "." in s:
            a, b = s.split(".")
        else:
            a, b = s, None
        a = "{:,}".format(int(a))
        return a + ("." + b if b else "")
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, None
    a = "{:,}".format(int(a)).replace(",", ".")
    return a + ("," + b if b else "")


def qfmt(q, lang):
    if float(q).is_integer():
        return str(int(q))
    return fmt(q, lang, -1)


HEAD = {
    "de": dict(pos="Pos.", cp="Mat.-Nr.", sku="Art.-Nr.", desc="Bezeichnung", qty="Menge", unit="ME", price="EP", total="Gesamt", sum="Summe netto"),
    "fr": dict(pos="Pos.", cp="Réf. client", sku="Réf. fournisseur", desc="Désignation", qty="Qté", unit="Unité", price="PU HT", total="Total HT", sum="Total HT"),
    "es": dict(pos="Pos.", cp="Ref.", sku="Ref. proveedor", desc="Descripción", qty="Cantidad", unit="Unidad", price="Precio", total="Importe", sum="Total"),
    "en": dict(pos="Line", cp="Our code", sku="Supplier code", desc="Description", qty="Qty", unit="Unit", price="Unit price", total="Amount", sum="Total"),
    "pl": dict(pos="Lp.", cp="Indeks", sku="Kod dostawcy", desc="Nazwa towaru", qty="Ilość", unit="J.m.", price="Cena", total="Wartość", sum="Razem"),
    "nl": dict(pos="Regel", cp="Ons art.nr.", sku="Uw art.nr.", desc="Omschrijving", qty="Aantal", unit="Eenh.", price="Prijs", total="Bedrag", sum="Totaal"),
    "it": dict(pos="Riga", cp="Ns. codice", sku="Vs. codice", desc="Descrizione", qty="Q.tà", unit="U.M.", price="Prezzo", total="Importo", sum="Totale imponibile"),
}


def make_pdf(p):
    buf = io.BytesIO()
    font, bold = p["font"], p["font"] + "-Bold"
    lang = p["lang"]
    st = ParagraphStyle("n", fontName=font, fontSize=9, leading=11)
    stb = ParagraphStyle("b", fontName=bold, fontSize=15, leading=18)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=p["title"], author=p["left"][0] if p["left"] else "")
    story = []
    meta_txt = "<br/>".join("%s: %s" % (a, b) for a, b in p["meta"])
    left_txt = "<br/>".join(p["left"])
    right_txt = "<br/>".join(p["right"])
    if p["layout"] == "side":
        story.append(Paragraph(p["title"], stb))
        story.append(Spacer(1, 4 * mm))
        t = Table([[Paragraph(left_txt, st), Paragraph(right_txt, st), Paragraph(meta_txt, st)]],
                  colWidths=[60 * mm, 60 * mm, 54 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    else:
        t = Table([[Paragraph(left_txt, st), Paragraph(p["title"], stb)]], colWidths=[95 * mm, 79 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(Spacer(1, 5 * mm))
        t = Table([[Paragraph(right_txt, st), Paragraph(meta_txt, st)]], colWidths=[95 * mm, 79 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
    story.append(Spacer(1, 8 * mm))
    H = HEAD[lang]
    cols = p["cols"]
    data = [[H[c] for c in cols]]
    total = 0.0
    for i, r in enumerate(p["rows"]):
        row = []
        for c in cols:
            if c == "pos":
                row.append(str((i + 1) * (10 if lang == "de" else 1)))
            elif c == "cp":
                row.append(r["customer_part"] or "")
            elif c == "sku":
                row.append(r["sku"] or "")
            elif c == "desc":
                row.append(Paragraph(r["description"], st))
            elif c == "qty":
                row.append(qfmt(r["quantity"], lang))
            elif c == "unit":
                row.append(r["_ut"])
            elif c == "price":
                row.append("%s %s" % (p["cur_sym"], fmt(r["unit_price"], lang)) if lang == "en" else fmt(r["unit_price"], lang))
            elif c == "total":
                v = r["unit_price"] * r["quantity"]
                total += v
                row.append(fmt(v, lang))
        data.append(row)
    widths = {"pos": 12, "cp": 22, "sku": 30, "desc": 70, "qty": 16, "unit": 16, "price": 22, "total": 22}
    ws = [widths[c] for c in cols]
    scale = 174.0 / sum(ws)
    tbl = Table(data, colWidths=[w * scale * mm for w in ws], repeatRows=1)
    ts = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), bold),
          ("FONTSIZE", (0, 0), (-1, -1), 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for j, c in enumerate(cols):
        if c in ("qty", "price", "total"):
            ts.append(("ALIGN", (j, 0), (j, -1), "RIGHT"))
    if p["layout"] in ("grid", "multipage"):
        ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
    else:
        ts += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    tbl.setStyle(TableStyle(ts))
    story.append(tbl)
    if "total" in cols:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph("<b>%s: %s %s</b>" % (H["sum"], fmt(total, lang), "GBP" if p["cur_sym"] == "£" else "EUR"), st))
    for n in p["notes"]:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(n, st))

    def on_page(canvas, d):
        canvas.setFont(font, 8)
        canvas.drawString(18 * mm, 10 * mm, "%s  –  %d" % (p["title"], d.page))

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def make_sheet(s):
    rows = s["rows"]
    if s["kind"] == "csv":
        out = io.StringIO()
        if s["style"] == "horak":
            out.write("kód;název;množství;jednotka;cena EUR/j.\r\n")
            for r in rows:
                out.write("%s;%s;%s;%s;%s\r\n" % (r["sku"], r["description"], qfmt(r["quantity"], "cz"), r["_ut"],
                                                  fmt(r["unit_price"], "cz")))
        else:
            out.write("Artikel;Menge;Einheit;Bemerkung\r\n")
            notes = ["", "Zuschnitt am Stück", "", "", "", ""]
            for r, n in zip(rows, notes):
                out.write("%s;%s;%s;%s\r\n" % (r["description"], qfmt(r["quantity"], "de"), r["_ut"], n))
        enc = "utf-8-sig" if s["style"] == "horak" else "cp1252"
        return out.getvalue().encode(enc), "text", "csv"
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    if s["style"] == "nadel":
        ws.title = "Bestellung"
        ws.append(["Nadel & Faden – Bestellung 2026-324"])
        ws.append([])
        ws.append(["Artikel", "Farbe", "Menge", "Einheit"])
        for r in rows:
            a, col = r["description"].split(" / ")
            ws.append([a, col, r["quantity"], r["_ut"]])
        ws.append([])
        ws.append(["Lieferung an Laden, bitte Di–Fr."])
    else:
        ws.title = "Encomenda"
        ws["A1"] = "Oficina de Costura Almeida"
        ws["A2"] = "Encomenda nº"
        ws["B2"] = "2026/63"
        ws["A3"] = "Data"
        ws["B3"] = datetime.date(2026, 12, 7)
        ws["B3"].number_format = "DD/MM/YYYY"
        ws.append([])
        ws.append(["Artigo", "Quantidade", "Unidade", "Observações"])
        for r in rows:
            ws.append([r["description"], r["quantity"], r["_ut"], ""])
        ws.append([])
        ws.append(["Total de linhas", len(rows)])
    for col in "ABCD":
        ws.column_dimensions[col].width = 36 if col == "A" else 14
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def main():
    # clear old outputs
    for fn in os.listdir(OUT):
        if fn.endswith((".eml", ".expected.json")) or fn in ("catalog.csv", "customers.csv"):
            os.remove(os.path.join(OUT, fn))
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for r in catalog.ROWS:
            w.writerow([r[0], r[1], r[2], "%.2f" % r[3], r[4], r[5]])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_postal_code",
                    "ship_to_city", "ship_to_country"])
        for c in catalog.CUSTOMERS:
            w.writerow(c)

    cat = {r[0]: r for r in catalog.ROWS}
    for d in MAILS:
        if d["name"] == "m40_nadelfaden_ean":
            items = [("THP120-100-001", 10), ("THP120-100-099", 10), ("THP120-100-412", 5), ("THP120-1000-905", 2)]
            body = "Hallo,\n\nbitte Garne nachliefern (EAN laut eurem Etikett):\n\n"
            lines = []
            for s, q in items:
                body += "EAN %s   %d Stk\n" % (cat[s][4], q)
                lines.append(L(s, q, "EA", "EAN " + cat[s][4]))
            body += "\nDanke, Sabine\nNadel & Faden\n"
            d["body"] = body
            d["exp"] = PO("Nadel & Faden Hobbyladen", lines)
        make_mail(d)
        write_json(d["name"], d["exp"])
    for p in PDFS:
        pdf = make_pdf(p)
        fname = p["name"].split("_", 1)[1] + ".pdf"
        fname = {"de": "Bestellung_", "fr": "BC_", "es": "Pedido_", "en": "PO_", "pl": "Zamowienie_",
                 "nl": "Inkooporder_", "it": "Ordine_"}[p["lang"]] + p["exp"]["po_number"].replace("/", "-") + ".pdf"
        make_mail(p, [(fname, pdf, "application", "pdf")])
        write_json(p["name"], p["exp"])
    for s in SHEETS:
        data, mt, st = make_sheet(s)
        make_mail(s, [(s["fname"], data, mt, st)])
        write_json(s["name"], s["exp"])
    for n in NOTORDERS:
        make_mail(n)
        write_json(n["name"], {"kind": "not_an_order", "customer": n["customer"], "lines": []})
    print("mails", len(MAILS), "pdf", len(PDFS), "sheets", len(SHEETS), "not", len(NOTORDERS))


if __name__ == "__main__":
    main()
