import io, csv
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import os, openpyxl

# a TTF font with Latin-extended glyphs (Czech/Swedish); fall back to Helvetica
FONT, FONTB = "Helvetica", "Helvetica-Bold"
for reg, bold in [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                  ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")]:
    if os.path.exists(reg) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("U", reg)); pdfmetrics.registerFont(TTFont("UB", bold))
        FONT, FONTB = "U", "UB"; break

def P(t, size=9, bold=False):
    st = getSampleStyleSheet()["Normal"].clone("x")
    st.fontName = FONTB if bold else FONT; st.fontSize = size; st.leading = size + 2
    return Paragraph(t.replace("\n", "<br/>"), st)

def pdf_table(title, left, right, meta, head, rows, foot="", ruled=True, repeat=True):
    """Platypus PO: title, two address blocks side by side, meta block, line table."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15*mm, rightMargin=15*mm, topMargin=15*mm, bottomMargin=15*mm,
                            title=title, author="PO")
    story = [P(title, 16, True), Spacer(1, 4*mm)]
    hb = Table([[P(left), P(right)]], colWidths=[90*mm, 90*mm])
    hb.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP"), ("BOX", (0,0), (0,0), 0.5, colors.grey) if ruled else ("VALIGN", (0,0), (-1,-1), "TOP"),
                            ("BOX", (1,0), (1,0), 0.5, colors.grey) if ruled else ("VALIGN", (0,0), (-1,-1), "TOP")]))
    story += [hb, Spacer(1, 3*mm), P(meta), Spacer(1, 4*mm)]
    data = [[P(h, 8, True) for h in head]] + [[P(str(c), 8) for c in r] for r in rows]
    t = Table(data, repeatRows=1 if repeat else 0)
    st = [("VALIGN", (0,0), (-1,-1), "TOP")]
    if ruled:
        st += [("GRID", (0,0), (-1,-1), 0.4, colors.black), ("BACKGROUND", (0,0), (-1,0), colors.lightgrey)]
    else:
        st += [("LINEBELOW", (0,0), (-1,0), 0.8, colors.black)]
    t.setStyle(TableStyle(st))
    story += [t, Spacer(1, 5*mm), P(foot)]
    doc.build(story)
    return buf.getvalue()

def pdf_plain(lines_of_text):
    """Hand-positioned text PO (no table object, no rules): list of (x_mm, y_mm, text, size, bold)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for x, y, txt, size, bold in lines_of_text:
        c.setFont(FONTB if bold else FONT, size)
        c.drawString(x*mm, (297-y)*mm, txt)
    c.showPage(); c.save()
    return buf.getvalue()

def A(fname, data):
    sub = "pdf" if fname.endswith(".pdf") else ("csv" if fname.endswith(".csv") else "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    main = "text" if fname.endswith(".csv") else "application"
    return (fname, data, main, sub)

def money(v, dec=","):
    s = "%.2f" % v
    return s.replace(".", dec)

# ---------------- p01 Northgate, ruled, GBP
rows = [("1", "DC-EN25-BC-SIL", "Door closer EN2-5 c/w backcheck, silver", "6", "EA", "49.50", "297.00"),
        ("2", "DC-PAB-SIL", "Parallel arm bracket silver", "6", "EA", "6.20", "37.20"),
        ("3", "KP-838150-PSS", "Kick plate 838x150 polished stainless", "6", "EA", "15.20", "91.20"),
        ("4", "LR-BEXLEY-PSS", "Bexley lever on rose PSS", "6", "PR", "19.10", "114.60"),
        ("5", "SG-PUSH-SSS", "Push sign 75mm SSS", "6", "EA", "1.90", "11.40"),
        ("6", "SG-PULL-SSS", "Pull sign 75mm SSS", "6", "EA", "1.90", "11.40")]
pdf = pdf_table("PURCHASE ORDER",
  "<b>Northgate Facilities Management Ltd</b>\nUnits 9-10 Trafford Edge Park\nManchester M17 1WQ\nVAT GB 123 4567 89",
  "<b>Deliver to:</b>\nNorthgate FM c/o Bridgewater Medical Centre\n3 Worsley Brow\nEccles\nM30 0AT",
  "PO Number: <b>NFM-PO-118401</b> &nbsp;&nbsp; PO Date: 07/12/2026 &nbsp;&nbsp; Required: 17/12/2026 &nbsp;&nbsp; Currency: GBP\nSupplier: Ashdown Ironmongery Supply Ltd",
  ["Line", "Supplier Code", "Description", "Qty", "UoM", "Unit £", "Total £"], rows,
  "Net total £562.80 + VAT. Quote PO number on all delivery notes and invoices.")
eml("p01_northgate_pdf", "Northgate Procurement <purchasing@northgatefm.co.uk>", "Purchase Order NFM-PO-118401", (2026,12,7,16,2),
"""Please find attached Purchase Order NFM-PO-118401.

This is an automatically generated email from our purchasing system. Please do not reply to this address; queries to p.nandakumar@northgatefm.co.uk.
""", PO("Northgate Facilities Management Ltd", "NFM-PO-118401", "2026-12-07", "2026-12-17", "GBP",
 S("Northgate FM c/o Bridgewater Medical Centre", "3 Worsley Brow", "Eccles", "M30 0AT", "GB"),
 [L(r[1], int(r[3]), r[4], r[2], None, float(r[5])) for r in rows]), attachments=[A("NFM-PO-118401.pdf", pdf)])

# ---------------- p02 Lindner DE, side by side, EUR decimal comma
rows = [("10", "Einsteckschloss PZ 55/72 DIN links", "ML-DIN-PZ55-L", 24, "Stk", 15.80),
        ("20", "Einsteckschloss PZ 55/72 DIN rechts", "ML-DIN-PZ55-R", 16, "Stk", 15.80),
        ("30", "Profilzylinder 35/35 gleichschließend (KA)", "EC-DD-3535-SN-KA", 40, "Stk", 10.90),
        ("40", "Drückergarnitur Rosette Edelstahl matt Astra", "LR-ASTRA-SSS", 40, "Paar", 14.80),
        ("50", "PZ-Rosette Edelstahl matt", "ESC-EURO-SSS", 80, "Stk", 2.10)]
pdf = pdf_table("BESTELLUNG",
  "<b>Objektbau Lindner GmbH</b>\nZschortauer Straße 40\n04129 Leipzig\nUSt-IdNr. DE 999 888 777",
  "<b>Lieferanschrift</b>\nBaustelle Gohlis Park, Haus C\nGeorg-Schumann-Straße 175\n04159 Leipzig",
  "Bestell-Nr.: <b>LOB-26-0951</b> &nbsp; Datum: 08.12.2026 &nbsp; Liefertermin: 21.12.2026 &nbsp; Währung: EUR\nLieferant: Ashdown Ironmongery Supply Ltd, Birmingham",
  ["Pos.", "Bezeichnung", "Ihre Art.-Nr.", "Menge", "ME", "EP €", "GP €"],
  [(r[0], r[1], r[2], str(r[3]), r[4], money(r[5]), money(r[3]*r[5])) for r in rows],
  "Gesamt netto siehe Summe. Zahlungsbedingungen: 30 Tage netto. Bitte Bestell-Nr. auf Lieferschein angeben.")
eml("p02_lindner_pdf", "Sabine Krüger <s.krueger@lindner-objektbau.de>", "Bestellung LOB-26-0951", (2026,12,8,9,12),
"""Sehr geehrte Damen und Herren,

anbei unsere Bestellung LOB-26-0951 als PDF. Bitte bestätigen Sie den Liefertermin.

Mit freundlichen Grüßen
Sabine Krüger
Objektbau Lindner GmbH
""", PO("Objektbau Lindner GmbH", "LOB-26-0951", "2026-12-08", "2026-12-21", "EUR",
 S("Baustelle Gohlis Park, Haus C", "Georg-Schumann-Straße 175", "Leipzig", "04159", "DE"),
 [L(r[2], r[3], "PR" if r[4] == "Paar" else "EA", r[1], None, r[5]) for r in rows]), attachments=[A("Bestellung_LOB-26-0951.pdf", pdf)])

# ---------------- p03 Brambilla IT, plain hand-placed text, no rules
items = [("MAN-600-INOX", "PH-25-600-SSS", "Maniglione Ø25 int. 600 inox satinato", 6, 18.90),
         ("MAN-1000-INOX", "PH-32-1000-SSS", "Maniglione Ø32 int. 1000 inox satinato", 2, 42.00),
         ("PIA-838-INOX", "KP-838150-SSS-SA", "Piastra paracolpi 838x150 inox adesiva", 8, 13.90),
         ("FERMA-INOX", "DS-FLR-SSS", "Fermaporta a pavimento inox", 8, 3.40)]
t = [(15, 20, "Allestimenti Brambilla Srl", 14, True), (15, 26, "Viale delle Industrie 9 - 20900 Monza (MB)", 9, False),
     (15, 31, "P.IVA IT01234567890", 9, False),
     (120, 20, "ORDINE DI ACQUISTO", 13, True), (120, 27, "N. OA-26-1219", 10, True), (120, 32, "Data: 07/12/2026", 9, False),
     (120, 37, "Consegna richiesta: 21/12/2026", 9, False),
     (15, 50, "Fornitore:", 9, True), (15, 55, "Ashdown Ironmongery Supply Ltd", 9, False),
     (120, 50, "Destinazione merce:", 9, True), (120, 55, "Cantiere Boutique Lanzi", 9, False),
     (120, 60, "Via Dante 14", 9, False), (120, 65, "24121 Bergamo BG", 9, False),
     (15, 80, "Cod. ns.", 9, True), (45, 80, "Cod. fornitore", 9, True), (85, 80, "Descrizione", 9, True),
     (160, 80, "Q.tà", 9, True), (178, 80, "Prezzo €", 9, True)]
y = 87
for a, b, c, q, p in items:
    t += [(15, y, a, 8, False), (45, y, b, 8, False), (85, y, c, 8, False), (160, y, str(q), 8, False), (178, y, money(p), 8, False)]
    y += 6
t += [(15, y+8, "Pagamento: bonifico 60 gg d.f.f.m. - Resa: franco destino", 8, False), (15, y+13, "Valuta: EUR", 8, False)]
pdf = pdf_plain(t)
eml("p03_brambilla_pdf", "Paolo Brambilla <acquisti@brambilla-allestimenti.it>", "Ordine OA-26-1219", (2026,12,7,17,45),
"""Buonasera,

in allegato il nostro ordine OA-26-1219 per il cantiere di Bergamo.

Saluti
Paolo Brambilla
""", PO("Allestimenti Brambilla Srl", "OA-26-1219", "2026-12-07", "2026-12-21", "EUR",
 S("Cantiere Boutique Lanzi", "Via Dante 14", "Bergamo", "24121", "IT", "BG"),
 [L(b, q, "EA", c, a, p) for a, b, c, q, p in items]), attachments=[A("OA-26-1219.pdf", pdf)])

# ---------------- p04 Kingsmead multi-page
skus = ["LR-ASTRA-SSS", "LR-BEXLEY-SSS", "LB-ASTRA-LOCK-SSS", "LB-ASTRA-LATCH-SSS", "ML-SASH3-64-SSS", "ML-SASH3-76-SSS",
        "ML-DEAD3-64-SSS", "ML-TLATCH-64-SSS", "ML-TLATCH-76-SSS", "ML-BATH-76-SSS", "EC-DD-3535-SN", "EC-DD-4040-SN",
        "EC-TT-3535-SN", "HG-10276-G13-SSS", "HG-10276-G11-SSS", "HG-7651-SSS", "DC-EN24-SIL", "DC-EN3-SIL", "DC-PAB-SIL",
        "KP-838150-SSS", "KP-762150-SSS", "PP-300-SSS", "PH-19-300-SSS", "ESC-EURO-SSS", "ESC-KEY-SSS", "ESC-TR-SSS",
        "DS-WALL-SSS", "DS-FLR-SSS", "FB-150-SSS", "BB-100-SSS", "SG-FDKS-SSS", "SG-FDKL-SSS", "INT-LOCK-SASH",
        "INT-HINGE-10276", "LP-254-SSS", "DV-200-SSS", "SCR-4X30-A2", "PL-BR-40"]
desc = {r[0]: r[1] for r in CATALOG}
qtys = [12, 6, 4, 4, 10, 6, 4, 20, 8, 6, 15, 10, 6, 30, 12, 10, 10, 6, 10, 20, 8, 12, 12, 20, 8, 6, 20, 10, 4, 6, 40, 10, 16, 6, 4, 6, 3, 10]
rows = []
for i, (s, q) in enumerate(zip(skus, qtys)):
    rows.append(("%d" % (i+1), "KPS-%04d" % (3100 + i*7), s, desc[s], str(q), UOM[s], "%.2f" % PRICE[s], "%.2f" % (q*PRICE[s])))
pdf = pdf_table("KINGSMEAD PROPERTY SERVICES LTD — PURCHASE ORDER",
  "<b>Invoice to:</b>\nKingsmead Property Services Ltd\nAccounts Payable\nPO Box 4471\nLondon EC1A 9ZZ",
  "<b>Deliver to:</b>\nKingsmead PS Depot\n3 Rotherhithe Arches\nNeptune Street\nLondon SE16 7JP",
  "Order No: <b>77150</b> &nbsp; Order Date: 8 December 2026 &nbsp; Delivery: 6 January 2027 &nbsp; Currency: GBP<br/>Contract: Planned maintenance stock replenishment Q1",
  ["#", "Our Item", "Supplier Item", "Description", "Qty", "Unit", "Price", "Value"], rows + [("", "", "", "", "", "", "", "")]*0,
  "All goods to be delivered in one consignment. Terms: 30 days EOM. Order total excl. VAT: £%.2f" % sum(int(r[4])*float(r[6]) for r in rows))
# pad with long text to make 3 pages: repeat terms
eml("p04_kingsmead_multipage", "Kingsmead Purchasing <purchasing@kingsmeadps.co.uk>", "Order 77150 - stock replenishment", (2026,12,8,11,30),
"""Dear Supplier,

Please find attached our order 77150 (stock replenishment for Q1). Please confirm receipt and lead time.

Regards
Kingsmead Purchasing
""", PO("Kingsmead Property Services Ltd", "77150", "2026-12-08", "2027-01-06", "GBP",
 S("Kingsmead PS Depot", "3 Rotherhithe Arches", "London", "SE16 7JP", "GB"),
 [L(r[2], int(r[4]), r[5], r[3], r[1], float(r[6])) for r in rows]), attachments=[A("PO_77150.pdf", pdf)])

# ---------------- p05 Oakvale plain text layout, no prices
items = [("OV-2001", "HG-10276-G13-PSS", "Hinge 4\" x 3\" polished s/s grade 13", 12, "PR"),
         ("OV-2002", "LR-ASTRA-PSS", "Astra lever on rose polished s/s", 4, "PR"),
         ("OV-2003", "ML-SASH3-64-SSS", "Sashlock 3L 2.5\" SSS", 4, "EA"),
         ("OV-2004", "ESC-KEY-SSS", "Keyhole escutcheon SSS", 8, "EA"),
         ("OV-2005", "PP-300-PSS", "Push plate 300 polished", 4, "EA")]
t = [(15, 18, "OAKVALE SHOPFITTING LTD", 13, True), (15, 24, "Oakvale House, Feeder Quay, Bristol BS2 0TN", 8, False),
     (15, 38, "PURCHASE ORDER OSF/2026/0405", 12, True), (15, 45, "Date 08-Dec-2026", 9, False),
     (15, 50, "Deliver to: Oakvale Shopfitting Ltd, Unit B2 Avonbank Industrial Centre, Avonmouth, Bristol BS11 9HX", 9, False),
     (15, 64, "Ref", 9, True), (40, 64, "Description", 9, True), (140, 64, "Quantity", 9, True)]
y = 71
for a, b, c, q, u in items:
    t += [(15, y, a, 9, False), (40, y, c, 9, False), (140, y, "%d %s" % (q, "pairs" if u == "PR" else "no."), 9, False)]
    y += 6
t += [(15, y+10, "Prices as per current trade agreement. Authorised: B. Castell", 8, False)]
pdf = pdf_plain(t)
eml("p05_oakvale_pdf", "Ben Castell <ben.castell@oakvaleshopfit.co.uk>", "PO OSF/2026/0405", (2026,12,8,15,10),
"""Hi, PO attached. Note it's going to our Avonmouth unit this time, not Feeder Quay.
Ben
""", PO("Oakvale Shopfitting Ltd", "OSF/2026/0405", "2026-12-08", None, None,
 S("Oakvale Shopfitting Ltd", "Unit B2 Avonbank Industrial Centre", "Bristol", "BS11 9HX", "GB"),
 [L(b, q, u, c, a) for a, b, c, q, u in items]), attachments=[A("OSF-2026-0405.pdf", pdf)])

# ---------------- p06 Pemberton (unknown sender) ruled
rows = [("PHG-DR-01", "Fire rated hinges 102 x 76 satin stainless (pairs)", 45, "PR"),
        ("PHG-DR-02", "Overhead door closer EN2-4 silver", 15, "EA"),
        ("PHG-DR-03", "Kick plate 838 x 150 satin stainless", 15, "EA"),
        ("PHG-DR-04", "Fire Door Keep Shut sign", 15, "EA"),
        ("PHG-DR-05", "Door viewer 200°", 15, "EA")]
skus6 = ["HG-10276-G13-SSS", "DC-EN24-SIL", "KP-838150-SSS", "SG-FDKS-SSS", "DV-200-SSS"]
pdf = pdf_table("Pemberton Hotel Group — Purchase Order",
  "<b>Buyer</b>\nPemberton Hotel Group\nCentral Purchasing\n2 Lowther Street, Carlisle CA3 8DA",
  "<b>Delivery address</b>\nThe Portland Hotel (Goods In)\n61 Portland Street\nManchester M1 4QW",
  "PO no. PHG-MAN-2304 &nbsp;&nbsp; Date raised: 04/12/2026 &nbsp;&nbsp; Deliver by: 18/12/2026",
  ["Our code", "Description", "Qty", "Unit"], [(a, b, str(c), d) for a, b, c, d in rows],
  "New supplier — please send pro-forma invoice to purchasing. Fire door upgrade, bedrooms floor 3.")
eml("p06_pemberton_pdf", "Pemberton Purchasing <purchasing@pembertonhotelgroup.com>", "PO PHG-MAN-2304 (new supplier)", (2026,12,4,12,0),
"""Good afternoon,

Please see attached purchase order PHG-MAN-2304 for our Manchester property. As a new supplier please send a pro-forma.

Regards
Central Purchasing, Pemberton Hotel Group
""", PO("Pemberton Hotel Group", "PHG-MAN-2304", "2026-12-04", "2026-12-18", None,
 S("The Portland Hotel (Goods In)", "61 Portland Street", "Manchester", "M1 4QW", "GB"),
 [L(s, r[2], r[3], r[1], r[0]) for s, r in zip(skus6, rows)]), attachments=[A("PHG-MAN-2304.pdf", pdf)])

# ---------------- p07 Hofer AT, ruled, EUR
rows = [("1", "Vorhangschloss Messing 40 mm gleichschließend, 4er-Pack", "PL-BR-40-KA4", 5, "Pkg", 26.50),
        ("2", "Vorhangschloss Messing 30 mm", "PL-BR-30", 20, "Stk", 4.60),
        ("3", "Zahlenschloss 40 mm 4-stellig", "PL-COMB-40", 10, "Stk", 7.90),
        ("4", "Türspion 200°", "DV-200-SSS", 10, "Stk", 5.60)]
pdf = pdf_table("Bestellung H-2026-325",
  "<b>Beschläge Hofer OG</b>\nPuchstraße 58\n8020 Graz\nÖsterreich",
  "<b>Lieferadresse:</b>\nBeschläge Hofer OG – Filiale Leoben\nFranz-Josef-Straße 12\n8700 Leoben",
  "Datum: 08.12.2026 &nbsp;&nbsp; Ihre Lieferantennr.: 20488 &nbsp;&nbsp; Währung: EUR",
  ["Pos", "Artikel", "Art.-Nr. Lieferant", "Menge", "Einheit", "Preis/Einheit"],
  [(a, b, c, str(d), e, money(f)) for a, b, c, d, e, f in rows], "Lieferung frei Haus. Danke!", ruled=True)
eml("p07_hofer_pdf", "Eva Hofer <eva.hofer@hofer-beschlaege.at>", "Bestellung H-2026-325", (2026,12,8,10,22),
"""Hallo,

anbei Bestellung H-2026-325, bitte diesmal an unsere Filiale in Leoben liefern.

LG Eva Hofer
""", PO("Beschläge Hofer OG", "H-2026-325", "2026-12-08", None, "EUR",
 S("Beschläge Hofer OG – Filiale Leoben", "Franz-Josef-Straße 12", "Leoben", "8700", "AT"),
 [L(c, d, "PK" if e == "Pkg" else "EA", b, None, f) for a, b, c, d, e, f in rows]), attachments=[A("H-2026-325.pdf", pdf)])

# ---------------- p08 Norrby SE, no rules, SEK prices
rows = [("1", "NL-C3535", "Cylinder 35/35 förnicklad", 20, "st", 112.00),
        ("2", "NL-C3545", "Cylinder 35/45 förnicklad", 10, "st", 124.00),
        ("3", "NL-VRED3535", "Vredcylinder 35/35", 10, "st", 160.00),
        ("4", "NL-HANG50", "Hänglås mässing 50 mm", 6, "st", 101.00)]
skus8 = ["EC-DD-3535-SN", "EC-DD-3545-SN", "EC-TT-3535-SN", "PL-BR-50"]
pdf = pdf_table("INKÖPSORDER",
  "<b>Låsteknik Norrby AB</b>\nKungsängsvägen 27\n753 23 Uppsala\nOrg.nr 556000-1234",
  "<b>Leveransadress</b>\nLåsteknik Norrby AB, lager\nSäbyvägen 4\n756 51 Uppsala",
  "Ordernr: <b>NL-2026-215</b> &nbsp; Orderdatum: 2026-12-08 &nbsp; Önskad leverans: 2026-12-18 &nbsp; Valuta: SEK",
  ["Rad", "Vårt art.nr", "Benämning", "Antal", "Enhet", "À-pris"],
  [(a, b, c, str(d), e, money(f)) for a, b, c, d, e, f in rows], "Betalningsvillkor 30 dagar.", ruled=False)
eml("p08_norrby_pdf", "Johan Norrby <johan@norrbylas.se>", "Inköpsorder NL-2026-215", (2026,12,8,8,3),
"""Hej,

Bifogar inköpsorder NL-2026-215. Observera leverans till vårt lager på Säbyvägen.

Mvh Johan
""", PO("Låsteknik Norrby AB", "NL-2026-215", "2026-12-08", "2026-12-18", "SEK",
 S("Låsteknik Norrby AB, lager", "Säbyvägen 4", "Uppsala", "75651", "SE"),
 [L(s, r[3], "EA", r[2], r[1], r[5]) for s, r in zip(skus8, rows)]), attachments=[A("NL-2026-215.pdf", pdf)])

# ---------------- p09 Dvorak CZ, ruled, EUR
rows = [("1", "Dveřní zavírač EN 2-4, černý", "DC-EN24-BLK", 6, "ks", 36.00),
        ("2", "Paralelní konzola, černá", "DC-PAB-BLK", 6, "ks", 6.80),
        ("3", "Madlo oboustranné 25/600, černé (pár)", "PH-B2B-25-600-BLK", 3, "pár", 41.00),
        ("4", "Okopový plech 838x150 černý", "KP-838150-BLK", 6, "ks", 18.60),
        ("5", "Panty 76x51 černé", "HG-7651-BLK", 12, "pár", 3.00)]
pdf = pdf_table("OBJEDNÁVKA č. 2026/0901",
  "<b>Odběratel:</b>\nTruhlářství Dvořák s.r.o.\nVídeňská 88\n639 00 Brno\nIČO 12345678",
  "<b>Místo dodání:</b>\nKavárna Zelný trh (stavba)\nZelný trh 9\n602 00 Brno",
  "Datum objednávky: 08.12.2026 &nbsp; Požadovaný termín dodání: 22.12.2026 &nbsp; Měna: EUR",
  ["Č.", "Popis", "Kód dodavatele", "Množství", "MJ", "Cena/MJ"],
  [(a, b, c, str(d), e, money(f)) for a, b, c, d, e, f in rows], "Vystavil: Petr Dvořák")
eml("p09_dvorak_pdf", "Petr Dvořák <objednavky@truhlarstvi-dvorak.cz>", "Objednávka 2026/0901", (2026,12,8,13,40),
"""Dobrý den,

v příloze zasílám objednávku č. 2026/0901. Dodat přímo na stavbu.

S pozdravem
Petr Dvořák
""", PO("Truhlářství Dvořák s.r.o.", "2026/0901", "2026-12-08", "2026-12-22", "EUR",
 S("Kavárna Zelný trh (stavba)", "Zelný trh 9", "Brno", "60200", "CZ"),
 [L(c, d, "PR" if e == "pár" else "EA", b, None, f) for a, b, c, d, e, f in rows]), attachments=[A("Objednavka_2026-0901.pdf", pdf)])

# ---------------- p10 Tamworth, ruled, buyer codes only, GBP
rows = [("TDS-H13S", "Hinge 102x76 G13 SSS - box of 10 pairs", 5, "BOX", 62.00, "HG-10276-G13-SSS-10"),
        ("TDS-CL24", "Closer EN2-4 silver", 12, "EA", 32.50, "DC-EN24-SIL"),
        ("TDS-SL64", "Sashlock 3 lever 64mm SSS", 12, "EA", 11.20, "ML-SASH3-64-SSS"),
        ("TDS-LVB", "Lever on rose Bexley SSS", 12, "PR", 18.20, "LR-BEXLEY-SSS"),
        ("TDS-ESK", "Escutcheon keyhole SSS", 24, "EA", 1.90, "ESC-KEY-SSS"),
        ("TDS-INT", "Intumescent hinge pads (pk 10)", 6, "PK", 6.50, "INT-HINGE-10276")]
pdf = pdf_table("Tamworth Door Systems Ltd - Purchase Order TDS-7731",
  "<b>From</b>\nTamworth Door Systems Ltd\n18 Kettlebrook Works\nTamworth B77 1AL",
  "<b>Deliver To</b>\nTamworth Door Systems Ltd\n18 Kettlebrook Works\nTamworth B77 1AL",
  "Order date: 05/12/26 &nbsp;&nbsp; Due date: 15/12/26",
  ["Item code", "Description", "Qty", "UOM", "Price (£)", "Line total (£)"],
  [(a, b, str(c), d, "%.2f" % e, "%.2f" % (c*e)) for a, b, c, d, e, f in rows], "Please acknowledge. Carriage paid.")
eml("p10_tamworth_pdf", "Nadia Okafor <nadia@tamworthdoors.co.uk>", "PO TDS-7731", (2026,12,5,9,0),
"""Hello,

PO TDS-7731 attached.

Thanks
Nadia
""", PO("Tamworth Door Systems Ltd", "TDS-7731", "2026-12-05", "2026-12-15", "GBP",
 S("Tamworth Door Systems Ltd", "18 Kettlebrook Works", "Tamworth", "B77 1AL", "GB"),
 [L(f, c, "BX" if d == "BOX" else d, b, a, e) for a, b, c, d, e, f in rows]), attachments=[A("TDS-7731.pdf", pdf)])

# ================= spreadsheets
def xlsx(rows_):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Order"
    for r in rows_: ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

# x01 Oakvale xlsx with header rows
items = [("PH-19-300-SSS-FF", "Pull handle 19x300 face fixing SSS", 8, "ea"),
         ("PP-300-SSS", "Push plate 300x75 SSS", 8, "ea"),
         ("KP-838150-SSS-SA", "Kick plate 838x150 SSS self-adhesive", 8, "ea"),
         ("DC-EN24-SIL", "Closer EN2-4 silver", 4, "ea"),
         ("HG-10276-G13-SSS", "Hinge 102x76 G13 SSS", 12, "pairs")]
data = xlsx([["Oakvale Shopfitting Ltd - Order"], ["PO", "OSF/2026/0410"], ["Date", "08/12/2026"],
             ["Deliver to", "Unit 5, Temple Gate Retail Park, Bristol BS1 6PL"], [],
             ["Supplier code", "Description", "Qty", "Unit"]] + [list(i) for i in items])
eml("x01_oakvale_xlsx", "Jess Marlow <jess.marlow@oakvaleshopfit.co.uk>", "Order OSF/2026/0410 (spreadsheet)", (2026,12,8,16,12),
"""Hi, order on the attached sheet, PO OSF/2026/0410. Thanks, Jess
""", PO("Oakvale Shopfitting Ltd", "OSF/2026/0410", "2026-12-08", None, None,
 S(None, "Unit 5, Temple Gate Retail Park", "Bristol", "BS1 6PL", "GB"),
 [L(a, q, "PR" if u == "pairs" else "EA", b) for a, b, q, u in items]),
 attachments=[A("OSF-2026-0410.xlsx", data)])

# x02 Vogt CSV ; decimal comma
items = [("V-4410", "Kastenschloss? nein: Einsteckschloss WC Dorn 55 DIN links", "ML-DIN-WC55-L", 6, "Stk", 14.60),
         ("V-4411", "WC-Garnitur Rosette Edelstahl matt", "ESC-TR-SSS", 6, "Stk", 6.40),
         ("V-4420", "Drückergarnitur Rosette Bexley Edelstahl matt", "LR-BEXLEY-SSS", 6, "Paar", 18.20),
         ("V-4430", "Türband 102x76 Edelstahl matt Gr.13", "HG-10276-G13-SSS", 18, "Paar", 6.90)]
items[0] = ("V-4410", "Einsteckschloss WC Dorn 55 DIN links", "ML-DIN-WC55-L", 6, "Stk", 14.60)
b = io.StringIO(); w = csv.writer(b, delimiter=";")
w.writerow(["Bestellnr.", "2026-1203", "", "", "", ""]); w.writerow(["Datum", "08.12.2026", "", "", "", ""])
w.writerow(["Unsere Art.-Nr.", "Bezeichnung", "Ihre Art.-Nr.", "Menge", "Einheit", "Preis EUR"])
for a, bb, c, q, u, p in items: w.writerow([a, bb, c, q, u, money(p)])
eml("x02_vogt_csv", "Markus Vogt <m.vogt@vogt-schreinerei.de>", "Bestellung 2026-1203 (CSV)", (2026,12,8,7,25),
"""Guten Morgen,

Bestellung 2026-1203 anbei als CSV. Lieferung an die Werkstatt.

Gruß
M. Vogt
""", PO("Schreinerei Albrecht Vogt GmbH", "2026-1203", "2026-12-08", None, "EUR", None,
 [L(c, q, "PR" if u == "Paar" else "EA", bb, a, p) for a, bb, c, q, u, p in items]),
 attachments=[("Bestellung_2026-1203.csv", b.getvalue().encode("cp1252"), "text", "csv", {"charset": "windows-1252"})])

# x03 Northgate xlsx, description only
items = [("Escutcheon euro satin stainless", 20, "ESC-EURO-SSS"),
         ("Euro cylinder 35/35 nickel keyed alike", 20, "EC-DD-3535-SN-KA"),
         ("Thumbturn cylinder 35/35 satin nickel", 6, "EC-TT-3535-SN"),
         ("Euro sashlock 2.5 inch", 20, "ML-ESASH-44-SSS"),
         ("Lever on rose Astra SSS", 20, "LR-ASTRA-SSS")]
data = xlsx([["Item", "Qty", "Notes"]] + [[a, q, "KA no. to follow" if "alike" in a else ""] for a, q, s in items])
eml("x03_northgate_xlsx", "Priya Nandakumar <p.nandakumar@northgatefm.co.uk>", "PO NFM-PO-118405 - Bury office", (2026,12,8,15,55),
"""Hi,

Please supply the attached list under PO NFM-PO-118405.
Delivery to: Northgate FM, Bury Business Centre, Kay Street, Bury BL9 6BU by 18/12/2026.

Priya
""", PO("Northgate Facilities Management Ltd", "NFM-PO-118405", None, "2026-12-18", None,
 S("Northgate FM, Bury Business Centre", "Kay Street", "Bury", "BL9 6BU", "GB"),
 [L(s, q, "EA" if not s.startswith("LR") else "PR", a) for a, q, s in items]),
 attachments=[A("Bury_office_ironmongery.xlsx", data)])

# x04 Ferraresi CSV ; decimal comma
items = [("EC-DD-3535-SN", "Cilindro europeo 35/35 nichel", 30, "pz", 9.90),
         ("EC-DD-4040-SN", "Cilindro europeo 40/40 nichel", 20, "pz", 10.90),
         ("EC-HALF-1030-SN", "Mezzo cilindro 10/30", 10, "pz", 7.90),
         ("PL-BR-40", "Lucchetto ottone 40 mm", 24, "pz", 6.20)]
b = io.StringIO(); w = csv.writer(b, delimiter=";")
w.writerow(["Codice fornitore", "Descrizione", "Quantita", "UM", "Prezzo unitario"])
for a, bb, q, u, p in items: w.writerow([a, bb, q, u, money(p)])
eml("x04_ferraresi_csv", "Giulia Ferraresi <ordini@ferraresi-serrature.it>", "Ordine n. 2026/322", (2026,12,8,11,50),
"""Buongiorno,

in allegato il file dell'ordine n. 2026/322 del 08/12/2026. Consegna al magazzino di Via del Lavoro 22, 40127 Bologna.

Grazie
Giulia Ferraresi
""", PO("Serrature Ferraresi Srl", "2026/322", "2026-12-08", None, "EUR",
 S(None, "Via del Lavoro 22", "Bologna", "40127", "IT"),
 [L(a, q, "EA", bb, None, p) for a, bb, q, u, p in items]),
 attachments=[("ordine_2026-322.csv", b.getvalue().encode("utf-8"), "text", "csv", {"charset": "utf-8"})])

# ================= not orders
eml("n01_corrib_quote", "Aoife Keane <aoife.keane@corribjoinery.ie>", "Price request - Salthill hotel job", (2026,12,6,10,10),
"""Hi,

Could you price the following for a tender we're pricing, not an order yet:

60 pr grade 13 hinges PSS
40 closers EN2-5 backcheck
40 pr Bexley levers PSS

Need the prices by Friday if possible. Thanks
Aoife
""", NOT())

eml("n02_hallam_complaint", "Steve Pryce <steve@hallampryce.co.uk>", "Problem with HP 20981 - wrong finish", (2026,12,4,10,30),
"""Hi,

The 30/30 cylinders on HP 20981 came in satin nickel, we ordered brass. Can you collect and swap them please? Also one of the 35/45s has a sticky key.

Steve
""", NOT())

eml("n03_ardmore_invoice", "Accounts Payable <ap@ardmorefacilities.ie>", "Query on invoice INV-2026-10877", (2026,12,7,11,0),
"""Hello,

Invoice INV-2026-10877 (our PO AFL/PO/06612) shows 5 closers at €54.00 but the agreed price was €49.50. Please issue a credit note for the difference.

Also could you confirm when the remaining hinges will be delivered?

Kind regards
Accounts Payable
Ardmore Facilities Ltd
""", NOT())

eml("n04_kranich_ooo", "Jens Kranich <bestellung@kranich-schluessel.de>", "Abwesenheitsnotiz: AW: Auftragsbestätigung 58812", (2026,12,8,6,1),
"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Januar 2027 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an werkstatt@kranich-schluessel.de.

Thank you for your message. I am out of the office until 4 January 2027.

Jens Kranich
""", NOT(), extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
