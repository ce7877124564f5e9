import io
from common import *
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment

# ---------------- s01 xlsx size grid attached to mail (Krämer)
sizes = ["S", "M", "L", "XL", "XXL", "3XL", "4XL"]
g1 = [("Warnweste Kl. 2", "gelb", "HV2-VST-YE", [0, 10, 20, 25, 10, 5, 2]),
      ("Warnweste Kl. 2", "orange", "HV2-VST-OR", [0, 5, 10, 10, 5, 0, 0]),
      ("Warnschutzjacke Kl. 3 wattiert", "gelb", "HV3-JKT-YE", [None, 3, 6, 8, 4, 2, None]),
      ("Warnschutz-T-Shirt Kl. 2", "gelb", "HV2-TSH-YE", [0, 6, 12, 12, 6, 0, None])]

def s01_xlsx():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bestellung"
    ws["A1"] = "Krämer Hochbau GmbH – Bestellung Warnschutzkleidung"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Bestell-Nr."; ws["B3"] = "KH-2026-0967"
    ws["A4"] = "Datum"; ws["B4"] = "16.12.2026"
    ws["A5"] = "Lieferung an"; ws["B5"] = "Baustelle Duisburg-Hochfeld, Wanheimer Str. 160, 47053 Duisburg"
    ws["A6"] = "Liefertermin"; ws["B6"] = "07.01.2027"
    hdr = ["Artikel", "Farbe"] + sizes + ["Summe"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=8, column=i + 1, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FFE699")
    for r, (d, col, _, qs) in enumerate(g1, start=9):
        ws.cell(row=r, column=1, value=d); ws.cell(row=r, column=2, value=col)
        for j, q in enumerate(qs):
            ws.cell(row=r, column=3 + j, value=q)
        ws.cell(row=r, column=10, value=f"=SUM(C{r}:I{r})")
    ws.cell(row=14, column=1, value="Preise lt. Rahmenvertrag. Rückfragen: J. Pohl, 0203 80947-12")
    ws.column_dimensions["A"].width = 34
    b = io.BytesIO(); wb.save(b); return b.getvalue()

lines_s01 = [L(f"{pre}-{s}", d, q) for d, col, pre, qs in g1 for s, q in zip(sizes, qs) if q]
mail("s01_kraemer_xlsx_sizegrid_de", "Jürgen Pohl <j.pohl@kraemer-hochbau.de>", NL_ORDERS,
 "Bestellung KH-2026-0967 Warnschutz (Excel)", "2026-12-16 10:10",
"""Guten Tag,

anbei unsere Bestellung KH-2026-0967 als Excel-Datei mit der Größenaufteilung.

Mit freundlichen Grüßen
i.A. Jürgen Pohl
Einkauf | Krämer Hochbau GmbH
""",
E("Krämer Hochbau GmbH", "KH-2026-0967", lines_s01, order_date="2026-12-16", requested_date="2027-01-07",
  ship_to=ST("Baustelle Duisburg-Hochfeld", "Wanheimer Str. 160", "Duisburg", "47053", "DE")),
 "Excel size-run grid attached to mail: product and colour columns, size columns, formula totals, empty and zero cells", "de",
 attachments=lambda: [("Bestellung_KH-2026-0967.xlsx", s01_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

# ---------------- s02 CSV semicolons decimal commas standalone (CleanPro ERP export)
s02_lines = [("HV2-VST-OR-L", "Hesje oranje kl.2 L", 15, "ST", 2.95),
             ("HV2-VST-OR-XL", "Hesje oranje kl.2 XL", 15, "ST", 2.95),
             ("GL-DSP-S", "Wegwerphandschoen nitril blauw S (100)", 10, "DS", 6.50),
             ("GL-DSP-M", "Wegwerphandschoen nitril blauw M (100)", 30, "DS", 6.50),
             ("GL-DSP-XL", "Wegwerphandschoen nitril blauw XL (100)", 10, "DS", 6.50),
             ("OV-DSP-M", "Wegwerpoverall type 5/6 M", 20, "ST", 4.10),
             ("OV-DSP-L", "Wegwerpoverall type 5/6 L", 20, "ST", 4.10)]

def s02_csv():
    out = ["Ordernummer;Orderdatum;Leverdatum;Klant;Afleveradres;Postcode;Plaats;Artikelcode;Omschrijving;Aantal;Eenheid;Prijs;Bedrag"]
    for s, d, q, u, p in s02_lines:
        pr = f"{p:.2f}".replace(".", ",")
        tot = f"{q*p:.2f}".replace(".", ",")
        out.append(f"CP-26-0931;17-12-2026;23-12-2026;CleanPro Schoonmaakdiensten B.V.;Atoomweg 50;3542 AB;Utrecht;{s};{d};{q};{u};{pr};{tot}")
    return ("\r\n".join(out) + "\r\n").encode("cp1252")

add("s02_cleanpro_csv_semicolon", "csv",
    E("CleanPro Schoonmaakdiensten B.V.", "CP-26-0931",
      [L(s, d, q, "EA" if u == "ST" else "BX", p) for s, d, q, u, p in s02_lines],
      order_date="2026-12-17", requested_date="2026-12-23", currency=None,
      ship_to=ST(None, "Atoomweg 50", "Utrecht", "3542 AB", "NL")),
    s02_csv, "Standalone ERP CSV export: semicolons, decimal commas, cp1252, header fields repeated on each row, Dutch units ST/DS", "nl")

# ---------------- s03 standalone xlsx order form (Northgate)
s03_lines = [("CJ-WH-M", "Chef jacket", "White", "M", 6, 19.80), ("CJ-WH-L", "Chef jacket", "White", "L", 6, 19.80),
             ("CJ-WH-XL", "Chef jacket", "White", "XL", 4, 19.80), ("CJ-BK-M", "Chef jacket", "Black", "M", 2, 21.60),
             ("CT-PEP-M", "Chef trousers", "Pepper & salt", "M", 6, 15.50), ("CT-PEP-L", "Chef trousers", "Pepper & salt", "L", 6, 15.50),
             ("CA-WH", "Bib apron", "White", "", 20, 6.80), ("EMB-CHEST", "Logo embroidery left chest", "", "", 18, 3.30)]

def s03_xlsx():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Order form"
    ws["A1"] = "NORTHGATE HOSPITALITY GROUP - UNIFORM ORDER FORM"; ws["A1"].font = Font(bold=True, size=14)
    rows = [("Hotel:", "The Salford Quays Hotel"), ("PO number:", "NHG-PO-55312"), ("Date:", "18/12/2026"),
            ("Deliver to:", "The Salford Quays Hotel, goods in"), ("", "1 The Quays"), ("", "Salford M50 3AZ"),
            ("Required by:", "08/01/2027")]
    for i, (k, v) in enumerate(rows, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True); ws.cell(row=i, column=2, value=v)
    hdr = ["Supplier code", "Item", "Colour", "Size", "Qty", "Unit price (£)", "Total (£)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=11, column=j, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="4B2E83")
    for i, (s, it, col, sz, q, p) in enumerate(s03_lines, start=12):
        for j, v in enumerate([s, it, col, sz, q, p], start=1):
            ws.cell(row=i, column=j, value=v)
        ws.cell(row=i, column=7, value=f"=E{i}*F{i}")
        ws.cell(row=i, column=6).number_format = "0.00"
    n = 12 + len(s03_lines)
    ws.cell(row=n + 1, column=6, value="TOTAL").font = Font(bold=True)
    ws.cell(row=n + 1, column=7, value=f"=SUM(G12:G{n-1})")
    ws.cell(row=n + 3, column=1, value="Approved by: L. Marsh (Purchasing)")
    for col, w in zip("ABCDEFG", [15, 28, 15, 6, 6, 14, 12]):
        ws.column_dimensions[col].width = w
    b = io.BytesIO(); wb.save(b); return b.getvalue()

add("s03_northgate_xlsx_orderform", "xlsx",
    E("Northgate Hospitality Group", "NHG-PO-55312",
      [L(s, it, q, "EA", p) for s, it, col, sz, q, p in s03_lines],
      order_date="2026-12-18", requested_date="2027-01-08", currency="GBP",
      ship_to=ST("The Salford Quays Hotel, goods in", "1 The Quays", "Salford", "M50 3AZ", "GB")),
    s03_xlsx, "Standalone xlsx order form: header cells, colour and size in their own columns, formula totals, our SKUs")

# ---------------- s04 CSV (comma) attached to a mail, Liffey
s04_rows = [("SC-TUN-CB-S", "Scrub tunic ceil blue", "S", 5), ("SC-TUN-CB-M", "Scrub tunic ceil blue", "M", 8),
            ("SC-TUN-CB-L", "Scrub tunic ceil blue", "L", 6), ("SC-TRS-NV-S", "Scrub trousers navy", "S", 5),
            ("SC-TRS-NV-M", "Scrub trousers navy", "M", 8), ("SC-TRS-NV-L", "Scrub trousers navy", "L", 6),
            ("GL-DSP-M", "Disposable nitrile gloves box 100", "M", 40)]

def s04_csv():
    out = ["code,description,size,qty"] + [f"{s},\"{d}\",{z},{q}" for s, d, z, q in s04_rows]
    return ("\n".join(out) + "\n").encode()

mail("s04_liffey_csv_attached", "Orla Brennan <orla@liffeyclean.ie>", UK_ORDERS,
 "PO LCS-3340 - list attached", "2026-12-18 16:45",
"""Hi Tom,

PO LCS-3340 - list attached as csv (exported from our stock sheet). For the Beacon Clinic contract.
Deliver to Beacon Clinic, c/o Liffey Clean, Beacon Court, Sandyford, Dublin 18, D18 AK68. Before Christmas if possible, otherwise 5th Jan.

Thanks
Orla
""",
E("Liffey Clean Services", "LCS-3340",
  [L(s, d, q, "BX" if s.startswith("GL") else "EA") for s, d, z, q in s04_rows],
  ship_to=ST("Beacon Clinic, c/o Liffey Clean", "Beacon Court", "Dublin 18", "D18 AK68", "IE")),
 "Comma CSV attached to a mail, size in its own column; two alternative delivery dates (none labelled)",
 attachments=lambda: [("LCS-3340.csv", s04_csv(), "text/csv")])

# ---------------- not orders
mail("n01_grandcerf_rfq_fr", "Antoine Mercier <chef@grandcerf-hotel.fr>", NL_ORDERS,
 "Demande de devis - broderie tenues salle", "2026-12-10 11:00",
"""Bonjour,

Pourriez-vous nous faire un devis pour :
- 20 vestes de cuisine noires (tailles à confirmer)
- broderie du logo + prénom sur chaque veste
- frais de mise en place pour un nouveau logo

Nous ne passons pas encore commande, il s'agit d'une demande de prix pour le budget 2027.
Merci de nous indiquer aussi les délais.

Cordialement,
Antoine Mercier
Hôtel Le Grand Cerf
""", NOT_ORDER, "Request for quote in French with quantities (not an order)", "fr")

mail("n02_harrowpike_complaint", "Gary Whitaker <g.whitaker@harrowpike.co.uk>", UK_ORDERS,
 "Wrong boots delivered - PO HP-40229", "2026-12-21 08:20",
"""Hi,

The boots for PO HP-40229 came in this morning but you've sent 6 pair of size 41 steel toe and only 3 of size 42 - should be the other way round. Also one pair of composite 43 is missing.
Can you collect the 41s and send the right ones? Don't want to reorder, just swap them.

Gary Whitaker
Site Manager, Harrow & Pike Construction
07700 914 332
""", NOT_ORDER, "Complaint / delivery discrepancy mentioning sizes and quantities (not an order)")

mail("n03_supplier_lieferavis_de", "Versand Stahlmann Schuhfabrik <versand@stahlmann-schuhe.de>", NL_ORDERS,
 "Lieferavis 80044127 zu Ihrer Bestellung MDW-PO-26-0412", "2026-12-11 15:30",
"""Sehr geehrte Damen und Herren,

zu Ihrer Bestellung MDW-PO-26-0412 haben wir heute folgende Ware an Sie versandt:

Lieferschein 80044127 vom 11.12.2026
Pos  Artikel          Bezeichnung                          Menge
10   TITAN-S3-42      Sicherheitsstiefel S3 Stahlkappe 42     24 Paar
20   TITAN-S3-43      Sicherheitsstiefel S3 Stahlkappe 43     24 Paar
30   TITAN-S3-44      Sicherheitsstiefel S3 Stahlkappe 44     12 Paar

Spedition: DACHSER, 2 Paletten, Sendungsnr. 4471-22981-04
Voraussichtliche Zustellung: 15.12.2026 in Rotterdam.

Mit freundlichen Grüßen
Versandabteilung
Stahlmann Schuhfabrik GmbH, Pirmasens
""", NOT_ORDER, "Despatch advice from our own boot supplier with items and quantities (not a customer order)", "de")

mail("n04_supplier_ack", "Nordhand Gloves AB <orders@nordhand-gloves.se>", NL_ORDERS,
 "Order Acknowledgement SO-88231 (your PO MDW-PO-26-0431)", "2026-12-14 07:45",
"""ORDER ACKNOWLEDGEMENT

Customer: Maasdelta Workwear B.V., Waalhaven Z.z. 19, 3089 JH Rotterdam
Your PO: MDW-PO-26-0431     Our order: SO-88231     Date: 2026-12-14

Item        Description                         Qty (pairs)   Price EUR
NH-CB-09    CutGuard B PU palm size 9           1,200          2.05
NH-CB-10    CutGuard B PU palm size 10          1,200          2.05
NH-CD-10    CutGuard D nitrile palm size 10       600          3.70

Estimated ship date: 2027-01-08 from Gislaved (SE).
Thank you for your order.

Nordhand Gloves AB | Industrigatan 4 | 332 36 Gislaved | Sweden
""", NOT_ORDER, "Supplier's order acknowledgement of OUR purchase (not a customer order)")
