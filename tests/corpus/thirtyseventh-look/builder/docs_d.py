from common import *
from pdfs import render_po

def money(v, dec=","):
    s = f"{v:,.2f}"
    if dec == ",":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s

def pdf_mail(name, frm, to, subject, date, body, fname, spec, expected, what, lang="en"):
    mail(name, frm, to, subject, date, body, expected, what, lang,
         attachments=lambda: [(fname, render_po(spec), "application/pdf")])

# ---------------- p01 Harrow & Pike ERP PO, ruled
p01 = [("HV2-VST-YE-L", "Hi-Vis Vest Class 2 Yellow - L", 30, "EA", 2.60),
       ("HV2-VST-YE-XL", "Hi-Vis Vest Class 2 Yellow - XL", 40, "EA", 2.60),
       ("HV2-VST-YE-XXL", "Hi-Vis Vest Class 2 Yellow - XXL", 20, "EA", 2.60),
       ("HV2-VST-YE-3XL", "Hi-Vis Vest Class 2 Yellow - 3XL", 6, "EA", 2.85),
       ("HH-V-YE", "Helmet vented c/w chinstrap Yellow", 15, "EA", 8.60),
       ("EP-200", "Ear plugs uncorded SNR37 bx200", 4, "BX", 21.00),
       ("EMB-BACK", "Print/embroider H&P logo to back of vest", 96, "EA", 6.60)]
pdf_mail("p01_harrowpike_pdf_ruled", "Sophie Turnbull <s.turnbull@harrowpike.co.uk>", UK_ORDERS,
 "Purchase Order HP-40255", "2026-12-11 14:10",
"""Hi,

Please find attached purchase order HP-40255 for the Holbeck site.
Please confirm receipt and lead time on the embroidery.

Kind regards,
Sophie Turnbull
Procurement Coordinator | Harrow & Pike Construction Ltd
""", "HP-40255.pdf",
 {"company": "Harrow & Pike Construction Ltd", "company_lines": ["Unit 4, Stourton Link, Leeds LS10 1RS", "Tel 0113 496 0712  |  VAT GB 318 4471 02"],
  "title": "PURCHASE ORDER", "accent": "#8a1c1c",
  "meta": [("PO Number:", "HP-40255"), ("PO Date:", "11/12/2026"), ("Required:", "21/12/2026"), ("Buyer:", "S. Turnbull")],
  "blocks": [("SUPPLIER", ["Maasdelta Workwear UK Ltd", "Acct MDW001", "orders@maasdelta-workwear.co.uk"]),
             ("INVOICE TO", ["Harrow & Pike Construction Ltd", "Accounts Payable", "Unit 4, Stourton Link", "Leeds LS10 1RS"]),
             ("DELIVER TO", ["Holbeck Urban Village site", "Gate 2, Water Lane", "Leeds", "LS11 5QN"])],
  "box_blocks": True,
  "headers": ["Ln", "Item", "Description", "Qty", "UoM", "Unit £", "Net £"], "widths": [25, 85, 200, 40, 40, 55, 70],
  "aligns": ["c", "l", "l", "r", "c", "r", "r"],
  "rows": [[i + 1, s, d, q, u, f"{p:.2f}", f"{q*p:.2f}"] for i, (s, d, q, u, p) in enumerate(p01)],
  "totals": [("Net total", f"{sum(q*p for _,_,q,_,p in p01):.2f}"), ("VAT 20%", f"{sum(q*p for _,_,q,_,p in p01)*0.2:.2f}")],
  "notes": ["All deliveries must quote the PO number. Deliveries accepted Mon-Fri 07:30-15:00.", "Terms: 30 days from end of month. Currency: GBP."],
  "footer": "Harrow & Pike Construction Ltd - Registered in England No. 04418276"},
 E("Harrow & Pike Construction Ltd", "HP-40255", [L(s, d, q, u, p) for s, d, q, u, p in p01],
   order_date="2026-12-11", requested_date="2026-12-21", currency="GBP",
   ship_to=ST("Holbeck Urban Village site", "Gate 2, Water Lane", "Leeds", "LS11 5QN", "GB")),
 "PDF ERP PO, ruled table, three side-by-side address blocks, our SKUs, GBP")

# ---------------- p02 Schiedam size grid PDF
sizes2 = ["S", "M", "L", "XL", "XXL", "3XL", "4XL"]
g2 = [("T-shirt fluor geel klasse 2", "HV2-TSH-YE", [0, 6, 10, 10, 6, 2, 0]),
      ("Softshell jas marine met logo", "SS-NV", [2, 4, 6, 4, 2, 0, 0]),
      ("Regenbroek fluor oranje", "HV1-RTR-OR", [0, 4, 6, 6, 4, 0, 0])]
rows2 = [[d] + [str(q) if q else "" for q in qs] + [str(sum(qs))] for d, _, qs in g2]
rows2.append(["Borduren logo linkerborst (softshells)", "", "", "", "", "", "", "", "18"])
lines2 = []
for d, pre, qs in g2:
    for s, q in zip(sizes2, qs):
        if q:
            lines2.append(L(f"{pre}-{s}", d, q))
lines2.append(L("EMB-CHEST", "Borduren logo linkerborst (softshells)", 18))
pdf_mail("p02_schiedam_pdf_sizegrid_nl", "Inkoop Stadsbeheer <inkoop.stadsbeheer@schiedam.nl>", NL_ORDERS,
 "Inkooporder 2026-04452", "2026-12-14 10:02",
"""Geachte leverancier,

Bijgaand ontvangt u inkooporder 2026-04452. Wij verzoeken u de orderbevestiging te sturen naar inkoop.stadsbeheer@schiedam.nl.

Met vriendelijke groet,
Team Inkoop Gemeente Schiedam

Deze e-mail is automatisch verzonden vanuit het inkoopsysteem.
""", "Inkooporder_2026-04452.pdf",
 {"company": "Gemeente Schiedam", "company_lines": ["Stadskantoor, Stadserf 1, 3112 DZ Schiedam", "Postbus 1501, 3100 EA Schiedam"],
  "title": "INKOOPORDER", "accent": "#00663a",
  "meta": [("Inkoopordernr:", "2026-04452"), ("Datum:", "14-12-2026"), ("Leverdatum:", "11-01-2027"), ("Kostenplaats:", "SB-4410")],
  "blocks": [("Leverancier", ["Maasdelta Workwear B.V.", "Waalhaven Z.z. 19", "3089 JH Rotterdam"]),
             ("Afleveradres", ["Gemeentewerf", "Fabriekstraat 33", "3115 HA Schiedam"])],
  "pre_notes": ["Maatverdeling (aantallen per maat):"],
  "headers": ["Omschrijving"] + sizes2 + ["Totaal"], "widths": [175] + [36] * 7 + [48], "aligns": ["l"] + ["c"] * 7 + ["r"],
  "rows": rows2, "ruled": True,
  "notes": ["Prijzen conform raamovereenkomst 2025-2027 (perceel 3, werkkleding).", "Factuur uitsluitend digitaal, met vermelding van het inkoopordernummer."],
  "footer": "Gemeente Schiedam - KvK 27375197"},
 E("Gemeente Schiedam", "2026-04452", lines2, order_date="2026-12-14", requested_date="2027-01-11",
   ship_to=ST("Gemeentewerf", "Fabriekstraat 33", "Schiedam", "3115 HA", "NL")),
 "PDF size-run grid (row per product, column per size, totals column), service row with only a total", "nl")

# ---------------- p03 Klinikum unruled German
p03 = [("K-4711-S", "SC-TUN-CB-S", "Kasack unisex hellblau Gr. S", 20, 12.40),
       ("K-4711-M", "SC-TUN-CB-M", "Kasack unisex hellblau Gr. M", 30, 12.40),
       ("K-4711-L", "SC-TUN-CB-L", "Kasack unisex hellblau Gr. L", 20, 12.40),
       ("K-4720-M", "SC-TRS-NV-M", "Schlupfhose unisex marine Gr. M", 30, 11.40),
       ("K-4720-L", "SC-TRS-NV-L", "Schlupfhose unisex marine Gr. L", 20, 11.40),
       ("K-4720-XL", "SC-TRS-NV-XL", "Schlupfhose unisex marine Gr. XL", 10, 11.40)]
pdf_mail("p03_klinikum_pdf_unruled_de", "Einkauf Klinikum <einkauf@klinikum-niederrhein.de>", NL_ORDERS,
 "Bestellung 4400218873", "2026-12-15 11:30",
"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Bestellung 4400218873 als PDF.
Bitte senden Sie uns eine Auftragsbestätigung.

Mit freundlichen Grüßen
Zentraleinkauf
Klinikum Niederrhein gGmbH
Albersallee 5, 47533 Kleve
""", "Bestellung_4400218873.pdf",
 {"company": "Klinikum Niederrhein gGmbH", "company_lines": ["Zentraleinkauf", "Albersallee 5 · 47533 Kleve · Tel. 02821 490-0"],
  "title": "BESTELLUNG", "accent": "#2b6ca3",
  "meta": [("Bestell-Nr.:", "4400218873"), ("Datum:", "15.12.2026"), ("Lieferdatum:", "12.01.2027"), ("Ansprechp.:", "S. Hoffmann")],
  "blocks": [("Lieferant", ["Maasdelta Workwear B.V.", "Waalhaven Z.z. 19", "NL-3089 JH Rotterdam", "Lief.-Nr. 70044"]),
             ("Lieferanschrift", ["Klinikum Niederrhein - Zentrallager, Tor 3", "Albersallee 5", "47533 Kleve"])],
  "headers": ["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis/ME", "Wert EUR"], "widths": [30, 65, 185, 45, 30, 65, 75],
  "aligns": ["l", "l", "l", "r", "l", "r", "r"], "ruled": False,
  "rows": [[f"{(i+1)*10:05d}", cp, d, q, "ST", money(p), money(q * p)] for i, (cp, s, d, q, p) in enumerate(p03)],
  "totals": [("Gesamtnettowert", money(sum(q * p for _, _, _, q, p in p03)))],
  "notes": ["Es gelten unsere Allgemeinen Einkaufsbedingungen.", "Bitte Bestellnummer auf Lieferschein und Rechnung angeben."],
  "footer": "Klinikum Niederrhein gGmbH · Amtsgericht Kleve HRB 5120 · USt-IdNr. DE 811 935 442"},
 E("Klinikum Niederrhein gGmbH", "4400218873", [L(s, d, q, "EA", p, cp=cp) for cp, s, d, q, p in p03],
   order_date="2026-12-15", requested_date="2027-01-12", currency="EUR",
   ship_to=ST("Klinikum Niederrhein - Zentrallager, Tor 3", "Albersallee 5", "Kleve", "47533", "DE")),
 "PDF unruled SAP-style PO, buyer material numbers, positions 00010.., decimal commas", "de")

# ---------------- p04 Lefèvre bon de commande
p04 = [("BT-S3C-40", "Chaussures hautes S3 embout composite P.40", 2, 60.00),
       ("BT-S3C-42", "Chaussures hautes S3 embout composite P.42", 4, 60.00),
       ("BT-S3C-44", "Chaussures hautes S3 embout composite P.44", 3, 60.00),
       ("HH-OR", "Casque de chantier orange EN397", 10, 6.10),
       ("HH-WH", "Casque de chantier blanc EN397", 5, 6.10),
       ("KP-01", "Genouillères gel (paire)", 6, 8.50)]
pdf_mail("p04_lefevre_pdf_bdc_fr", "Comptabilité Lefèvre <compta@lefevre-btp.fr>", NL_ORDERS,
 "Bon de commande BC-LEF-26-0377", "2026-12-15 16:05",
"""Bonjour,

Veuillez trouver ci-joint notre bon de commande BC-LEF-26-0377.

Bonne réception,
Service Comptabilité
Bâtiments Lefèvre SAS
""", "BC-LEF-26-0377.pdf",
 {"company": "BÂTIMENTS LEFÈVRE SAS", "company_lines": ["12 rue du Molinel - 59800 Lille", "SIRET 412 557 903 00028 - TVA FR 61 412557903"],
  "title": "BON DE COMMANDE", "accent": "#c25b00",
  "meta": [("N° :", "BC-LEF-26-0377"), ("Date :", "15/12/2026"), ("Livraison :", "05/01/2027")],
  "blocks": [("Fournisseur", ["Maasdelta Workwear B.V.", "Waalhaven Z.z. 19", "3089 JH Rotterdam (NL)"]),
             ("Adresse de livraison", ["Dépôt Lefèvre - ZI de la Pilaterie", "8 rue de la Pilaterie", "59290 Wasquehal"])],
  "box_blocks": True,
  "headers": ["Réf. fourn.", "Désignation", "Qté", "PU HT €", "Montant HT €"], "widths": [75, 215, 40, 70, 80],
  "aligns": ["l", "l", "r", "r", "r"],
  "rows": [[s, d, q, money(p), money(q * p)] for s, d, q, p in p04],
  "totals": [("Total HT", money(sum(q * p for _, _, q, p in p04))), ("TVA 20 %", money(sum(q * p for _, _, q, p in p04) * .2)),
             ("Total TTC", money(sum(q * p for _, _, q, p in p04) * 1.2))],
  "notes": ["Conditions de paiement : 45 jours fin de mois.", "Merci de rappeler le n° de commande sur le bon de livraison et la facture."],
  "footer": "Bâtiments Lefèvre SAS au capital de 250 000 € - RCS Lille Métropole 412 557 903"},
 E("Bâtiments Lefèvre SAS", "BC-LEF-26-0377",
   [L(s, d, q, "PR" if s.startswith(("BT", "KP")) else "EA", p) for s, d, q, p in p04],
   order_date="2026-12-15", requested_date="2027-01-05", currency="EUR",
   ship_to=ST("Dépôt Lefèvre - ZI de la Pilaterie", "8 rue de la Pilaterie", "Wasquehal", "59290", "FR")),
 "PDF French bon de commande with our refs, HT/TVA/TTC totals (not lines), depot address", "fr")

# ---------------- p05 Northgate multi-page
p05 = []
for s in ["S", "M", "L", "XL", "XXL"]:
    p05.append((f"CJ-WH-{s}", f"NHG-CW-{s}", f"Chef jacket white L/S size {s}", {"S": 4, "M": 12, "L": 14, "XL": 8, "XXL": 3}[s], 19.80))
for s in ["S", "M", "L", "XXL"]:
    p05.append((f"CJ-BK-{s}", f"NHG-CB-{s}", f"Chef jacket black size {s}", {"S": 2, "M": 6, "L": 6, "XXL": 2}[s], 21.60))
for s in ["S", "M", "L", "XL"]:
    p05.append((f"CT-PEP-{s}", f"NHG-CT-{s}", f"Chef trousers check size {s}", {"S": 6, "M": 14, "L": 14, "XL": 6}[s], 15.50))
p05.append(("CA-WH", "NHG-APR", "Bib apron white", 60, 6.80))
for s in ["S", "M", "L", "XL"]:
    p05.append((f"SC-TUN-CB-{s}", f"NHG-SPA-T{s}", f"Spa tunic ceil blue size {s}", {"S": 3, "M": 5, "L": 5, "XL": 2}[s], 12.10))
for s in ["M", "L", "XL"]:
    p05.append((f"SC-TRS-NV-{s}", f"NHG-SPA-P{s}", f"Spa trousers navy size {s}", {"M": 5, "L": 5, "XL": 2}[s], 11.20))
for s in ["M", "L", "XL"]:
    p05.append((f"HV2-VST-YE-{s}", f"NHG-HV-{s}", f"Hi-vis vest yellow (car park team) size {s}", {"M": 4, "L": 6, "XL": 4}[s], 2.80))
p05.append(("GL-DSP-M", "NHG-GLV-M", "Nitrile gloves blue PF medium (box 100)", 40, 6.10))
p05.append(("GL-DSP-L", "NHG-GLV-L", "Nitrile gloves blue PF large (box 100)", 40, 6.10))
p05.append(("EMB-CHEST", "NHG-EMB-01", "Embroidery Northgate logo left chest", 49, 3.30))
p05.append(("EMB-NAME", "NHG-EMB-02", "Embroidery chef name", 49, 2.30))
pdf_mail("p05_northgate_pdf_multipage", "Purchasing Northgate <purchasing@northgatehotels.co.uk>", UK_ORDERS,
 "Northgate Hospitality Group - Purchase Order NHG-PO-55270", "2026-12-16 09:00",
"""Dear Supplier,

Please find attached Purchase Order NHG-PO-55270.

This order has been raised through our procurement system. Please do not reply to this address; contact purchasing@northgatehotels.co.uk for any queries.

Northgate Hospitality Group
21 Quay Street, Manchester M3 3JZ
""", "NHG-PO-55270.pdf",
 {"company": "Northgate Hospitality Group", "company_lines": ["21 Quay Street, Manchester M3 3JZ", "purchasing@northgatehotels.co.uk  |  0161 496 0033"],
  "title": "Purchase Order", "accent": "#4b2e83", "pages_total": 3,
  "meta": [("Order No.", "NHG-PO-55270"), ("Order Date", "16 Dec 2026"), ("Delivery Date", "06 Jan 2027"), ("Currency", "GBP")],
  "blocks": [("Vendor", ["Maasdelta Workwear UK Ltd", "Unit 9, Trafford Park Road", "Manchester M17 1HG"]),
             ("Ship To", ["The Quayside Hotel - Stores", "23 Quay Street", "Manchester M3 3JZ"])],
  "headers": ["#", "Our Code", "Description", "Qty", "Price", "Line Total"], "widths": [25, 80, 215, 40, 60, 75],
  "aligns": ["r", "l", "l", "r", "r", "r"], "rows_per_page": 12, "continued": "continued on next page",
  "rows": [[i + 1, cp, d, q, f"{p:.2f}", f"{q*p:,.2f}"] for i, (s, cp, d, q, p) in enumerate(p05)],
  "totals": [("Subtotal", f"{sum(q*p for _,_,_,q,p in p05):,.2f}"), ("VAT", f"{sum(q*p for _,_,_,q,p in p05)*.2:,.2f}")],
  "notes": ["Embroidery artwork: use Northgate logo ref LOGO-NHG-2024 held on file.", "Chef names list will be sent by the Head of HR."],
  "footer": "Northgate Hospitality Group Ltd, registered in England 08812245"},
 E("Northgate Hospitality Group", "NHG-PO-55270", [L(s, d, q, "EA" if not s.startswith("GL") else "BX", p, cp=cp) for s, cp, d, q, p in p05],
   order_date="2026-12-16", requested_date="2027-01-06", currency="GBP",
   ship_to=ST("The Quayside Hotel - Stores", "23 Quay Street", "Manchester", "M3 3JZ", "GB")),
 "Three-page PDF PO (28 lines) with repeated header, buyer item codes only (no our SKUs), continued marker")

# ---------------- p06 Budpol size grid PDF
sizes6 = ["M", "L", "XL", "XXL", "3XL", "4XL"]
g6 = [("Kamizelka ostrzegawcza kl. 2 pomarańczowa", "HV2-VST-OR", [10, 20, 20, 10, 4, 2]),
      ("Kurtka ostrzegawcza ocieplana kl. 3 pomarańczowa", "HV3-JKT-OR", [4, 8, 8, 4, 2, 0]),
      ("Kombinezon roboczy granatowy", "OV-NV", [3, 6, 6, 3, 1, 0])]
lines6 = [L(f"{pre}-{s}", d, q) for d, pre, qs in g6 for s, q in zip(sizes6, qs) if q]
pdf_mail("p06_budpol_pdf_sizegrid_pl", "Agnieszka Wójcik <a.wojcik@budpol.pl>", NL_ORDERS,
 "Zamówienie ZAM/2026/12/058", "2026-12-17 10:40",
"""Dzień dobry,

w załączeniu zamówienie ZAM/2026/12/058 (odzież dla nowej budowy w Opolu). Rozmiary w tabeli.
Proszę o potwierdzenie terminu.

Pozdrawiam
Agnieszka Wójcik
Dział Zaopatrzenia, Budpol Sp. z o.o.
""", "ZAM_2026_12_058.pdf",
 {"company": "Budpol Sp. z o.o.", "company_lines": ["ul. Krakowska 180, 52-015 Wrocław", "NIP 899-27-41-556, KRS 0000218843"],
  "title": "ZAMÓWIENIE", "accent": "#b00020",
  "meta": [("Nr:", "ZAM/2026/12/058"), ("Data:", "17.12.2026"), ("Termin dostawy:", "11.01.2027")],
  "blocks": [("Dostawca", ["Maasdelta Workwear B.V.", "Waalhaven Z.z. 19", "3089 JH Rotterdam, Holandia"]),
             ("Miejsce dostawy", ["Budowa Opole - Osiedle Malinka", "ul. Malinowa 14", "45-221 Opole"])],
  "pre_notes": ["Zestawienie rozmiarów (ilość w szt.):"],
  "headers": ["Nazwa towaru"] + sizes6 + ["Razem"], "widths": [228] + [36] * 6 + [45], "aligns": ["l"] + ["c"] * 6 + ["r"],
  "rows": [[d] + [str(q) if q else "-" for q in qs] + [str(sum(qs))] for d, _, qs in g6],
  "ruled": False,
  "notes": ["Ceny zgodnie z ofertą nr 2026/118.", "Na fakturze prosimy podać numer zamówienia."],
  "footer": "Budpol Sp. z o.o. - Sąd Rejonowy dla Wrocławia-Fabrycznej"},
 E("Budpol Sp. z o.o.", "ZAM/2026/12/058", lines6, order_date="2026-12-17", requested_date="2027-01-11",
   ship_to=ST("Budowa Opole - Osiedle Malinka", "ul. Malinowa 14", "Opole", "45-221", "PL")),
 "PDF unruled size grid in Polish, dashes for zero, totals column", "pl")

# ---------------- p07 Brightwell with their part codes
p07 = [("BW-PPE-201", "GL-CUTB-08", "Glove cut res. lvl B PU palm sz 8", 48, 2.95),
       ("BW-PPE-202", "GL-CUTB-09", "Glove cut res. lvl B PU palm sz 9", 96, 2.95),
       ("BW-PPE-203", "GL-CUTB-10", "Glove cut res. lvl B PU palm sz 10", 48, 2.95),
       ("BW-PPE-310", "OV-DSP-L", "Coverall disp. type 5/6 white L", 50, 3.60),
       ("BW-PPE-311", "OV-DSP-XL", "Coverall disp. type 5/6 white XL", 50, 3.60),
       ("BW-PPE-402", "EP-500R", "Earplug dispenser refill x500", 3, 45.50)]
pdf_mail("p07_brightwell_pdf_partcodes", "Purchasing <purchasing@brightwellfs.co.uk>", UK_ORDERS,
 "Purchase Order BFS-0098902", "2026-12-17 15:22",
"""Please find attached Purchase Order BFS-0098902 from Brightwell Facilities Services Ltd.

This is a system generated email. Do not reply to this mailbox.
""", "BFS-0098902.pdf",
 {"company": "BRIGHTWELL FACILITIES SERVICES LTD", "company_lines": ["Avonmouth Way 7, Bristol BS11 9HX", "Company No. 06611923  VAT GB 944 1188 20"],
  "title": "PURCHASE ORDER", "accent": "#0a7d8c",
  "meta": [("PO No", "BFS-0098902"), ("Date", "17-DEC-2026"), ("Deliver by", "05-JAN-2027"), ("Supplier", "MDW001")],
  "blocks": [("Supplier", ["Maasdelta Workwear UK Ltd", "Unit 9, Trafford Park Road", "Manchester M17 1HG"]),
             ("Invoice address", ["Brightwell FS - Accounts Payable", "PO Box 2231", "Bristol BS99 7XX"]),
             ("Delivery address", ["Brightwell FS Stores", "Avonmouth Way 7", "Bristol BS11 9HX"])],
  "headers": ["Item", "Description", "Qty", "UOM", "Unit Price", "Value"], "widths": [75, 210, 40, 40, 60, 65],
  "aligns": ["l", "l", "r", "l", "r", "r"], "ruled": False,
  "rows": [[cp, d, q, "PR" if s.startswith("GL") else ("BOX" if s.startswith("EP") else "EA"), f"{p:.2f}", f"{q*p:.2f}"] for cp, s, d, q, p in p07],
  "totals": [("Total GBP (ex VAT)", f"{sum(q*p for _,_,_,q,p in p07):.2f}")],
  "notes": ["Goods must be delivered with a delivery note quoting the PO number."],
  "footer": "Brightwell Facilities Services Ltd"},
 E("Brightwell Facilities Services Ltd", "BFS-0098902",
   [L(s, d, q, "PR" if s.startswith("GL") else ("BX" if s.startswith("EP") else "EA"), p, cp=cp) for cp, s, d, q, p in p07],
   order_date="2026-12-17", requested_date="2027-01-05", currency="GBP",
   ship_to=ST("Brightwell FS Stores", "Avonmouth Way 7", "Bristol", "BS11 9HX", "GB")),
 "PDF PO with buyer part codes only, abbreviations (res./lvl/disp.), separate invoice and delivery addresses")

# ---------------- p08 Hansen Danish
p08 = [("HV2-VST-YE-L", "Refleksvest kl. 2 gul str. L", 20, 2.95), ("HV2-VST-YE-XL", "Refleksvest kl. 2 gul str. XL", 20, 2.95),
       ("HH-V-WH", "Hjelm m/ ventilation og hagerem, hvid", 8, 9.80), ("GL-CUTD-10", "Skærehandske niveau D str. 10", 36, 5.90),
       ("EP-200C", "Ørepropper m/ snor, æske 200 par", 2, 39.00), ("SG-CLR", "Sikkerhedsbriller klar", 20, 2.10)]
pdf_mail("p08_hansen_pdf_indkob_da", "Bogholderi Hansen & Sønner <bogholderi@hansen-byg.dk>", NL_ORDERS,
 "Indkøbsordre 26-1187", "2026-12-18 08:30",
"""Hej

Vedhæftet indkøbsordre 26-1187. Bekræft venligst modtagelse.

Med venlig hilsen
Bogholderiet
Hansen & Sønner Byg A/S
""", "Indkoebsordre_26-1187.pdf",
 {"company": "Hansen & Sønner Byg A/S", "company_lines": ["Sommervej 14 · 8210 Aarhus V", "CVR 28 44 91 07 · Tlf. 86 15 22 40"],
  "title": "INDKØBSORDRE", "accent": "#1b5e20",
  "meta": [("Ordrenr.:", "26-1187"), ("Dato:", "18-12-2026"), ("Leveres:", "07-01-2027"), ("Sag:", "2619 Risskov")],
  "blocks": [("Leverandør", ["Maasdelta Workwear B.V.", "Waalhaven Z.z. 19", "3089 JH Rotterdam", "Holland"]),
             ("Leveringsadresse", ["Hansen & Sønner Byg A/S", "Sag 2619 Risskov", "Fortevej 9", "8240 Risskov"])],
  "headers": ["Varenr.", "Tekst", "Antal", "Enhedspris EUR", "Beløb EUR"], "widths": [85, 210, 45, 80, 70],
  "aligns": ["l", "l", "r", "r", "r"], "ruled": True,
  "rows": [[s, d, q, money(p), money(q * p)] for s, d, q, p in p08],
  "totals": [("I alt EUR ekskl. moms", money(sum(q * p for _, _, q, p in p08)))],
  "notes": ["Leveringsbetingelser: DAP Risskov.", "Faktura sendes til bogholderi@hansen-byg.dk"],
  "footer": "Hansen & Sønner Byg A/S"},
 E("Hansen & Sønner Byg A/S", "26-1187",
   [L(s, d, q, "PR" if s.startswith("GL") else ("BX" if s.startswith("EP") else "EA"), p) for s, d, q, p in p08],
   order_date="2026-12-18", requested_date="2027-01-07", currency="EUR",
   ship_to=ST("Hansen & Sønner Byg A/S", "Fortevej 9", "Risskov", "8240", "DK")),
 "PDF Danish PO with our SKUs, EUR with decimal commas, site delivery address with a 'Sag' line before the street", "da")

# ---------------- p09 Desmet boot size grid
sizes9 = [str(n) for n in range(38, 48)]
g9 = [("Veiligheidslaars S3 stalen tip zwart", "BT-S3S", [1, 0, 2, 4, 5, 4, 3, 2, 0, 1]),
      ("Veiligheidsschoen S1P laag grijs", "SH-S1P", [0, 2, 2, 3, 3, 2, 1, 1, 0, 0])]
lines9 = [L(f"{pre}-{s}", d, q, "PR") for d, pre, qs in g9 for s, q in zip(sizes9, qs) if q]
pdf_mail("p09_desmet_pdf_bootgrid_vl", "Lien Vandamme <lien.vandamme@desmet-bouw.be>", NL_ORDERS,
 "bestelbon 26/0850 veiligheidsschoenen", "2026-12-18 11:15",
"""Dag Peter,

In bijlage de bestelbon 26/0850 voor de veiligheidsschoenen (maatverdeling in de tabel).
Mogen die samen met de overalls van vorige week geleverd worden?

Groetjes,
Lien
""", "Bestelbon_26-0850.pdf",
 {"company": "BOUWGROEP DESMET NV", "company_lines": ["Kortrijksesteenweg 212 - 8530 Harelbeke", "BTW BE 0445.118.262 - tel. 056 71 23 90"],
  "title": "BESTELBON", "accent": "#333333",
  "meta": [("Nummer:", "26/0850"), ("Datum:", "18/12/2026"), ("Leverdatum:", "zo snel mogelijk")],
  "blocks": [("Leverancier", ["Maasdelta Workwear B.V.", "Waalhaven Z.z. 19", "3089 JH Rotterdam"]),
             ("Leveringsadres", ["Bouwgroep Desmet NV - stelplaats", "Kortrijksesteenweg 212", "8530 Harelbeke"])],
  "pre_notes": ["Aantal paar per maat:"],
  "headers": ["Artikel"] + sizes9 + ["Tot."], "widths": [175] + [29] * 10 + [35], "aligns": ["l"] + ["c"] * 10 + ["r"],
  "rows": [[d] + [str(q) if q else "" for q in qs] + [str(sum(qs))] for d, _, qs in g9], "ruled": True,
  "notes": ["Prijzen volgens offerte OF-26-0192."],
  "footer": "Bouwgroep Desmet NV - RPR Gent afdeling Kortrijk"},
 E("Bouwgroep Desmet NV", "26/0850", lines9, order_date="2026-12-18", requested_date=None,
   ship_to=ST("Bouwgroep Desmet NV - stelplaats", "Kortrijksesteenweg 212", "Harelbeke", "8530", "BE")),
 "PDF boot size grid EU 38-47, empty cells for zero, 'zo snel mogelijk' (no date)", "nl-BE")

# ---------------- p10 Corrib PO
p10 = [("CCE-0301", "HV3-JKT-YE-L", "Hi-Vis Jacket Cl.3 Yellow Padded L", 6, 33.00),
       ("CCE-0302", "HV3-JKT-YE-XL", "Hi-Vis Jacket Cl.3 Yellow Padded XL", 10, 33.00),
       ("CCE-0303", "HV3-JKT-YE-XXL", "Hi-Vis Jacket Cl.3 Yellow Padded XXL", 4, 33.00),
       ("CCE-0311", "HV3-BMB-YE-L", "Hi-Vis Bomber Cl.3 Yellow L", 4, 28.50),
       ("CCE-0140", "GL-NIT-09", "Nitrile coated glove sz 9", 240, 1.10),
       ("CCE-0255", "OV-NV-XL", "Overall navy polycotton XL", 6, 26.00),
       ("CCE-0256", "OV-NV-XXL", "Overall navy polycotton XXL", 4, 26.00)]
pdf_mail("p10_corrib_pdf_po", "Stores Corrib <stores@corribcivil.ie>", UK_ORDERS,
 "PO CC-7760", "2026-12-21 12:00",
"""Hi,

PO CC-7760 attached. Note the bombers are for the survey crew, not the padded ones.

Regards,
Declan Burke
Stores, Corrib Civil Engineering Ltd
""", "CC-7760.pdf",
 {"company": "Corrib Civil Engineering Ltd", "company_lines": ["Ballybrit Business Park, Galway H91 X2C4", "T +353 91 775 200  |  VAT IE 6388412V"],
  "title": "PURCHASE ORDER", "accent": "#004d40",
  "meta": [("PO:", "CC-7760"), ("Date:", "21/12/2026"), ("Delivery:", "11/01/2027")],
  "blocks": [("To:", ["Maasdelta Workwear UK Ltd", "orders@maasdelta-workwear.co.uk"]),
             ("Deliver to:", ["Corrib Civil - N17 Tuam Bypass compound", "Ballygaddy Road", "Tuam, Co. Galway H54 YT82"])],
  "headers": ["Stock Code", "Description", "Qty", "Unit €", "Total €"], "widths": [75, 220, 45, 65, 70],
  "aligns": ["l", "l", "r", "r", "r"],
  "rows": [[cp, d, q, f"{p:.2f}", f"{q*p:,.2f}"] for cp, s, d, q, p in p10],
  "totals": [("Total ex VAT", f"{sum(q*p for _,_,_,q,p in p10):,.2f}")],
  "notes": ["Authorised by: D. Burke"], "footer": "Corrib Civil Engineering Ltd - Registered in Ireland No. 402231"},
 E("Corrib Civil Engineering Ltd", "CC-7760",
   [L(s, d, q, "PR" if s.startswith("GL") else "EA", p, cp=cp) for cp, s, d, q, p in p10],
   order_date="2026-12-21", requested_date="2027-01-11", currency="EUR",
   ship_to=ST("Corrib Civil - N17 Tuam Bypass compound", "Ballygaddy Road", "Tuam", "H54 YT82", "IE", "Co. Galway")),
 "PDF PO with buyer stock codes, padded jacket vs bomber near-duplicate")
