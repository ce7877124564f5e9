from reportlab.lib.pagesizes import A4, letter
from common import L, PO, SHIP, NOT
from pdfpo import render, num
from catalog_data import CATALOG
CAT = {r[0]: r for r in CATALOG}
A = []  # (name, from, subj, date, body, attachments[(fname, bytes, mime)], label, tests)

def lines_from(rows, with_price=True):
    return [L(s, d, q, u, (p if with_price else None), cp) for (s, cp, d, q, u, uw, p) in rows]

# ---------- P01 Cykelhuset, e-conomic style, DKK with VAT columns
rows = [("TY-70032-PP", None, "City dæk 700x32c punkteringsbeskyttet refleks", 10, "EA", "stk", 148.00),
        ("TU-700-2832-PV48", None, "Slange 700x28-32 racerventil 48 mm", 20, "EA", "stk", 29.50),
        ("BP-D-SH-S", None, "Skivebremseklodser sintret B01S (par)", 10, "PR", "par", 47.75),
        ("LK-U13-230", None, "Bøjlelås 13 mm 230 mm", 4, "EA", "stk", 185.70),
        ("CS-11-1128", None, "Kassette 11 gear 11-28", 3, "EA", "stk", 334.90)]
tr = []
tot = 0; vat = 0
for s, cp, d, q, u, uw, p in rows:
    net = q * p; v = net * 0.25; tot += net; vat += v
    tr.append([s, d, str(q), uw, num(p), "0,00", "25", num(v), num(net + v)])
pdf = render(dict(letterhead=("Cykelhuset Nørrebro ApS", "Nørrebrogade 142 · 2200 København N · CVR 38112233 · tlf 35 36 12 12", "#2b4f81"),
    title="Købsordre 1044", meta=[("Købsordre nr.", "1044"), ("Dato", "09-12-2026"), ("Leveringsdato", "16-12-2026"), ("Valuta", "DKK"), ("Vores ref.", "Mads Holm")],
    blocks=[("Leverandør", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 København K"), ("Leveringsadresse", "Cykelhuset Nørrebro ApS\nBaggården, Nørrebrogade 142\n2200 København N")],
    header=["Varenr.", "Beskrivelse", "Antal", "Enhed", "Pris", "Rabat", "Moms %", "Moms", "Beløb inkl. moms"],
    colw=[33, 42, 11, 12, 16, 12, 12, 17, 25], rows=tr,
    totals=[("Netto", num(tot)), ("Moms 25%", num(vat)), ("I alt DKK", num(tot + vat))],
    footer="Udskrevet fra e-conomic · Cykelhuset Nørrebro ApS · Bank 5301 0245678", pagefmt="Side {n}"))
A.append(("p01_da_economic_vat.eml", "Mads Holm <mads@cykelhuset-nb.dk>", "Købsordre 1044 fra Cykelhuset Nørrebro ApS", (2026,12,9,10,2),
"""Hej

Vedhæftet købsordre 1044.

Med venlig hilsen
Cykelhuset Nørrebro ApS
(sendt fra e-conomic)
""", [("Koebsordre_1044.pdf", pdf, "application/pdf")],
PO("Cykelhuset Nørrebro ApS", "1044", "2026-12-09", "2026-12-16", "DKK", lines_from(rows),
   ship=SHIP("Cykelhuset Nørrebro ApS", "Baggården, Nørrebrogade 142", "København N", "2200", "DK")),
"accounting-system PDF PO in DKK with VAT per line and incl.-VAT amounts (unit price is the net 'Pris')"))

# ---------- P02 Velokontor, multi-page, supplier SKU column + own article no
skus = ["TY-70025-FB","TY-70025-WB","TY-70028-FB","TY-70028-FT","TY-70032-WR","TY-70035-WR","TU-700-2025-PV48","TU-700-2025-PV60",
        "TU-700-2832-PV48","TU-700-2832-PV60","TU-29-PV48","CH-09","CH-10","CH-11","CH-12","QL-10","QL-11","QL-12","CS-10-1132",
        "CS-11-1132","CS-11-1134","BP-D-SH-R","BP-D-SR-R","BP-R-ROAD","CB-BR-1700","CB-SH-2100","HS-BR5-30","HS-SH4-30","FE-5-100",
        "FE-4-100","LB-DRY-100","LB-WET-100","CL-SPR-500","GS-LI-100","GR-LOCK-BK","GR-LOCK-BK-S","LT-F-800","LT-R-USB"]
qtys = [6,4,10,4,8,6,20,10,30,10,12,5,5,10,4,10,10,6,3,3,3,20,10,10,50,50,1,1,2,2,12,12,12,6,4,4,3,6]
rows = []
for i, (s, q) in enumerate(zip(skus, qtys)):
    c = CAT[s]
    rows.append((s, f"VK-{30110 + i*7}", c[1], q, c[2], {"EA":"St","PR":"Paar","PK":"Pck","RL":"Rolle","BX":"Box"}[c[2]], c[3]))
tr = [[str(i+1), cp, s, d, str(q), uw, num(p), num(q*p)] for i, (s, cp, d, q, u, uw, p) in enumerate(rows)]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("VELOKONTOR HAMBURG", "Velokontor Hamburg GmbH · Schanzenstraße 77 · 20357 Hamburg · Tel. +49 40 4321 889", "#333333"),
    title="Bestellung Nr. 2026-1215", meta=[("Bestell-Nr.", "2026-1215"), ("Bestelldatum", "10.12.2026"), ("Lieferdatum", "21.12.2026"), ("Lieferant-Nr.", "K-00217"), ("Bearbeiter", "J. Petersen")],
    blocks=[("Lieferant", "Nordhjul Cykeldele A/S\nLager Flensburg\nAm Industriehafen 12\n24937 Flensburg"), ("Lieferanschrift", "Velokontor Hamburg GmbH\nWerkstatt / Wareneingang\nSchanzenstraße 77\n20357 Hamburg"), ("Rechnungsanschrift", "Velokontor Hamburg GmbH\nBuchhaltung\nPostfach 30 61 12\n20327 Hamburg")],
    header=["Pos", "Unsere Art.-Nr.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "EP EUR", "Gesamt EUR"],
    colw=[10, 18, 36, 54, 13, 12, 17, 20], rows=tr,
    totals=[("Netto", num(net)), ("USt 19%", num(net*0.19)), ("Gesamt EUR", num(net*1.19))],
    notes="Bitte Bestell-Nr. auf Lieferschein und Rechnung angeben. Teillieferungen nur nach Rücksprache.",
    footer="Velokontor Hamburg GmbH · HRB 145522 · USt-IdNr. DE298877112 · Geschäftsführer: K. Brandt", pagefmt="Seite {n}"))
A.append(("p02_de_multipage.eml", "Jana Petersen <einkauf@velokontor.de>", "Bestellung 2026-1215", (2026,12,10,8,44),
"""Hallo Nordhjul,

anbei die Bestellung 2026-1215 (2 Seiten) für unser Jahresend-Lager.

Viele Grüße
Jana Petersen
Velokontor Hamburg GmbH
""", [("Bestellung_2026-1215.pdf", pdf, "application/pdf")],
PO("Velokontor Hamburg GmbH", "2026-1215", "2026-12-10", "2026-12-21", "EUR", lines_from(rows),
   ship=SHIP("Velokontor Hamburg GmbH", "Schanzenstraße 77", "Hamburg", "20357", "DE")),
"two-page German PO, table continues with repeated header, buyer code + our SKU columns, three address blocks"))

# ---------- P03 Cascade US letter, unruled
rows = [("TY-70028-FB", "CCS-TR-70028B", "Tire 700x28 folding blk", 40, "EA", "EA", 24.00),
        ("TY-70032-EB", "CCS-TR-70032E", "Tire 700x32 e-bike refl", 24, "EA", "EA", 27.00),
        ("TU-700-2832-PV60", "CCS-TB-2832P60", "Tube 700x28-32 PV 60mm", 100, "EA", "EA", 4.60),
        ("BP-D-SH4-S", "CCS-BP-N03AS", "Disc pad 4-pot metal N03A", 30, "PR", "PR", 11.50),
        ("CH-12", "CCS-CH-12", "Chain 12spd 126L", 20, "EA", "EA", 37.50),
        ("CS-12-1134", "CCS-CS-12-1134", "Cassette 12spd 11-34", 8, "EA", "EA", 74.00)]
tr = [[str((i+1)*10), cp, d, str(q), uw, f"{p:,.2f}", f"{q*p:,.2f}"] for i, (s, cp, d, q, u, uw, p) in enumerate(rows)]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(pagesize=letter, letterhead=("CASCADE CYCLE SUPPLY", "2210 SE 7th Ave, Portland, OR 97214  |  (503) 555-0143  |  purchasing@cascadecyclesupply.com", "#1f5d3a"),
    title="PURCHASE ORDER", meta=[("PO Number", "88-2077"), ("PO Date", "12/14/2026"), ("Required Date", "01/22/2027"), ("Terms", "Net 45"), ("Ship Via", "Ocean + LTL"), ("Buyer", "D. Whitfield")],
    blocks=[("VENDOR", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 Copenhagen K\nDenmark"), ("SHIP TO", "Cascade Cycle Supply LLC\nWarehouse B\n4100 NW Yeon Ave\nPortland, OR 97210"), ("BILL TO", "Cascade Cycle Supply LLC\nAccounts Payable\n2210 SE 7th Ave\nPortland, OR 97214")],
    header=["Line", "Item #", "Description", "Qty", "UOM", "Unit Cost", "Extended"], colw=[12, 32, 55, 14, 14, 22, 26], rows=tr, ruled=False,
    totals=[("Subtotal", f"{net:,.2f}"), ("Freight", "TBD"), ("Total USD", f"{net:,.2f}")],
    notes="All prices in USD. Please confirm within 48 hours. Reference PO number on all packing lists.",
    footer="Cascade Cycle Supply LLC - PO generated by NetSuite", pagefmt="Page {n} of 1"))
A.append(("p03_us_netsuite.eml", "Dana Whitfield <purchasing@cascadecyclesupply.com>", "Purchase Order #88-2077 from Cascade Cycle Supply LLC", (2026,12,14,19,3),
"""Please find attached Purchase Order #88-2077.

Thank you,
Cascade Cycle Supply LLC

This email was sent from an unmonitored address. Reply to purchasing@cascadecyclesupply.com.
""", [("PO_88-2077.pdf", pdf, "application/pdf")],
PO("Cascade Cycle Supply LLC", "88-2077", "2026-12-14", "2027-01-22", "USD", lines_from(rows),
   ship=SHIP("Cascade Cycle Supply LLC", "4100 NW Yeon Ave", "Portland", "97210", "US", "OR")),
"US NetSuite-style PO, letter size, unruled table, buyer item numbers only, line numbers 10/20, ship-to differs from bill-to"))

# ---------- P04 Wiener Radverleih SAP, VAT 20%, buyer material numbers only
rows = [("TY-70032-PP", "000000000010022817", "Reifen 32-622 Pannenschutz reflex", 48, "EA", "ST", 19.80),
        ("TU-700-3547-AV40", "000000000010022820", "Schlauch 28\" 35-47 AV", 96, "EA", "ST", 3.80),
        ("SD-CITY-SPR", "000000000010031005", "Sattel City gefedert 210 mm", 20, "EA", "ST", 24.50),
        ("GR-ERGO-L", "000000000010031040", "Griffe ergonomisch Gr. L (Paar)", 30, "PR", "PAA", 14.90),
        ("LT-F-DYN", "000000000010045001", "Scheinwerfer Nabendynamo 60 Lux", 20, "EA", "ST", 29.50)]
tr = [[f"{(i+1)*10:05d}", cp, d, str(q), uw, num(p), "20 %", num(q*p)] for i, (s, cp, d, q, u, uw, p) in enumerate(rows)]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("Wiener Radverleih GmbH", "Praterstraße 44 · 1020 Wien · ATU 66123498 · FN 412233 t", "#a4161a"),
    title="Bestellung 4500018822", meta=[("Bestellnummer", "4500018822"), ("Datum", "15.12.2026"), ("Lieferdatum", "12.01.2027"), ("Lieferantennr.", "70044"), ("Einkäufergruppe", "E02 Flotte")],
    blocks=[("Lieferant", "Nordhjul Cykeldele A/S\nRefshalevej 163\nDK-1432 Kopenhagen"), ("Lieferadresse", "Wiener Radverleih GmbH\nLager Simmering\nLeberstraße 122\n1110 Wien")],
    header=["Pos.", "Material", "Kurztext", "Menge", "ME", "Preis", "MwSt", "Nettowert EUR"], colw=[13, 36, 46, 13, 11, 21, 13, 25], rows=tr,
    totals=[("Gesamtnettowert", num(net)), ("MwSt 20 %", num(net*0.2)), ("Gesamt EUR", num(net*1.2))],
    notes="Es gelten unsere Allgemeinen Einkaufsbedingungen. Lieferung DAP Wien (Incoterms 2020).",
    footer="Wiener Radverleih GmbH · Erstellt mit SAP S/4HANA", pagefmt="Seite {n}"))
A.append(("p04_at_sap.eml", "Wiener Radverleih <einkauf@wienerrad.at>", "Bestellung 4500018822", (2026,12,15,7,30),
"""Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Bestellung 4500018822. Bitte senden Sie eine Auftragsbestätigung.

Mit freundlichen Grüßen
Einkauf – Wiener Radverleih GmbH
""", [("4500018822.pdf", pdf, "application/pdf")],
PO("Wiener Radverleih GmbH", "4500018822", "2026-12-15", "2027-01-12", "EUR", lines_from(rows),
   ship=SHIP("Wiener Radverleih GmbH, Lager Simmering", "Leberstraße 122", "Wien", "1110", "AT")),
"SAP PO with 18-digit material numbers, descriptions only (German, ETRTO), MwSt column"))

# ---------- P05 Tampere, ALV 25.5 %
rows = [("TY-70032-PP-PR", "KP-1201", "Ulkorengas 32-622 heijastin puhkeamissuoja, pari", 30, "PR", "pari", 38.50),
        ("TU-700-2832-DV40", "KP-1310", "Sisärengas 700x28-32 DV", 120, "EA", "kpl", 3.60),
        ("BP-R-VB-50", "KP-2205", "V-jarrupalat 70mm, laatikko 50 paria", 2, "BX", "ltk", 99.00),
        ("HS-BR5-30", "KP-2401", "Jarrukuori 5mm musta rulla 30m", 4, "RL", "rll", 27.00)]
tr = [[cp, d, str(q), uw, num(p, ",", " "), "25,5", num(q*p*1.255, ",", " ")] for (s, cp, d, q, u, uw, p) in rows]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("Kaupunkipyörä Tampere Oy", "Hatanpään valtatie 24 · 33100 Tampere · Y-tunnus 3012345-6", "#005b96"),
    title="OSTOTILAUS", meta=[("Tilausnumero", "2026/124"), ("Tilauspäivä", "16.12.2026"), ("Toivottu toimitus", "15.1.2027"), ("Viitteemme", "Antti Virtanen")],
    blocks=[("Toimittaja", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 København K, Tanska"), ("Toimitusosoite", "Kaupunkipyörä Tampere Oy / Varikko\nSarankulmankatu 9\n33900 Tampere")],
    header=["Nimike", "Kuvaus", "Määrä", "Yks.", "á-hinta €", "ALV %", "Yhteensä (sis. ALV)"], colw=[18, 70, 14, 12, 20, 14, 30], rows=tr, ruled=False,
    totals=[("Veroton", num(net, ",", " ")), ("ALV 25,5 %", num(net*0.255, ",", " ")), ("Yhteensä €", num(net*1.255, ",", " "))],
    footer="Kaupunkipyörä Tampere Oy · Tilaus tulostettu Netvisorista", pagefmt="Sivu {n}"))
A.append(("p05_fi_netvisor.eml", "Antti Virtanen <antti.virtanen@kaupunkipyora-tre.fi>", "Ostotilaus 2026/124", (2026,12,16,8,5),
"""Hei,

liitteenä ostotilaus 2026/124. Pyydämme tilausvahvistusta.

Ystävällisin terveisin
Antti Virtanen
Kaupunkipyörä Tampere Oy
p. 050 432 1098
""", [("Ostotilaus_2026-124.pdf", pdf, "application/pdf")],
PO("Kaupunkipyörä Tampere Oy", "2026/124", "2026-12-16", "2027-01-15", "EUR", lines_from(rows),
   ship=SHIP("Kaupunkipyörä Tampere Oy / Varikko", "Sarankulmankatu 9", "Tampere", "33900", "FI")),
"Finnish PO, unruled, line totals incl. 25.5% ALV (unit price is net), pair pack vs box of pairs"))

# ---------- P06 FietsFlex Dutch BTW
rows = [("LK-RING-KA", None, "Ringslot gelijksluitend (vloot)", 80, "EA", "st", 24.40),
        ("LT-SET-400", None, "Verlichtingsset USB-C voor 400lm + achter", 60, "ST", "set", 27.90),
        ("TY-70028-WB", None, "Buitenband 28-622 draad zwart (los, geen paar)", 50, "EA", "st", 13.20),
        ("TU-700-2832-DV40", None, "Binnenband 28-622 DV", 100, "EA", "st", 3.60),
        ("SD-FLEET", None, "Zadel vloot vandaalbestendig", 40, "EA", "st", 17.80)]
tr = [[str(i+1), d, str(q), uw, num(p), "21%", num(q*p)] for i, (s, cp, d, q, u, uw, p) in enumerate(rows)]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("FietsFlex", "FietsFlex Verhuur B.V. · Kaapstadstraat 6 · 1033 AB Amsterdam · KvK 81234567 · BTW NL862233445B01", "#f08a24"),
    title="Inkooporder IO-2026-0388", meta=[("Ordernummer", "IO-2026-0388"), ("Orderdatum", "16 december 2026"), ("Gewenste leverdatum", "8 januari 2027"), ("Contact", "Wouter Bakker")],
    blocks=[("Leverancier", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 Kopenhagen, Denemarken"), ("Afleveradres", "FietsFlex Hub Noord\nKlaprozenweg 75\n1033 NN Amsterdam")],
    header=["Regel", "Omschrijving", "Aantal", "Eenh.", "Prijs", "BTW", "Bedrag excl."], colw=[12, 78, 14, 12, 18, 12, 26], rows=tr,
    totals=[("Subtotaal", num(net)), ("BTW 21%", num(net*0.21)), ("Totaal EUR", num(net*1.21))],
    footer="Gegenereerd met Exact Online", pagefmt="Pagina {n}"))
A.append(("p06_nl_exact.eml", "Wouter Bakker <w.bakker@fietsflex.nl>", "Inkooporder IO-2026-0388", (2026,12,16,13,20),
"""Hoi Karin,

Bijgaand onze inkooporder IO-2026-0388. Graag bevestigen.

Groet,
Wouter Bakker | Fleet manager
FietsFlex Verhuur B.V.
06-12345678
""", [("IO-2026-0388.pdf", pdf, "application/pdf")],
PO("FietsFlex Verhuur B.V.", "IO-2026-0388", "2026-12-16", "2027-01-08", "EUR", lines_from(rows),
   ship=SHIP("FietsFlex Hub Noord", "Klaprozenweg 75", "Amsterdam", "1033NN", "NL")),
"Dutch Exact PO, description-only lines, single tyres stated 'geen paar', set vs single light, Dutch long dates"))

# ---------- P07 KU university ERP
rows = [("HM-CITY-S-BK", "KU-88010", "City helmet S matt black", 15, "EA", "stk.", 32.00),
        ("HM-CITY-M-BK", "KU-88011", "City helmet M matt black", 25, "EA", "stk.", 32.00),
        ("HM-CITY-L-BK", "KU-88012", "City helmet L matt black", 10, "EA", "stk.", 32.00),
        ("LK-U16-280", "KU-88030", "U-lock 16mm 280mm with bracket", 20, "EA", "stk.", 39.90),
        ("LT-F-800", "KU-88041", "Front light 800 lumen USB-C", 10, "EA", "stk.", 32.90)]
tr = [[f"{i+1}", cp, d, str(q), uw, num(p, ".", ","), num(q*p, ".", ",")] for i, (s, cp, d, q, u, uw, p) in enumerate(rows)]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("KØBENHAVNS UNIVERSITET", "Campus Service · Nørregade 10 · 1165 København K · EAN 5798000420526", "#901a1e"),
    title="Indkøbsordre / Purchase order 4600232044", meta=[("PO no.", "4600232044"), ("PO date", "2026-12-17"), ("Delivery date", "2027-01-18"), ("Requisitioner", "Jonas Bech"), ("Currency", "EUR")],
    blocks=[("Supplier", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 København K"), ("Deliver to", "Københavns Universitet\nCampus Service – Cykelværkstedet\nUniversitetsparken 13\n2100 København Ø"), ("Invoice to", "Københavns Universitet\nEAN 5798000420526\nNemHandel / OIOUBL only")],
    header=["Line", "KU item", "Description", "Qty", "Unit", "Unit price", "Amount"], colw=[10, 20, 70, 12, 12, 20, 24], rows=tr,
    totals=[("Total excl. VAT", num(net, ".", ",")), ("VAT 25%", num(net*0.25, ".", ",")), ("Total", num(net*1.25, ".", ","))],
    notes="Framework agreement SKI 50.40 does not apply. Delivery Mon-Thu 8-14 only. Invoices without PO number will be returned.",
    footer="Københavns Universitet · CVR 29979812 · Purchase orders are issued from SAP", pagefmt="Page {n}"))
A.append(("p07_ku_ean.eml", "Indkøb KU <indkob-noreply@adm.ku.dk>", "Indkøbsordre 4600232044", (2026,12,17,6,0),
"""Dette er en automatisk mail. Vedhæftet indkøbsordre 4600232044.
This is an automatic e-mail. Please find purchase order 4600232044 attached.

Københavns Universitet – Indkøb
""", [("PO_4600232044.pdf", pdf, "application/pdf")],
PO("Københavns Universitet - Campus Service", "4600232044", "2026-12-17", "2027-01-18", "EUR", lines_from(rows),
   ship=SHIP("Københavns Universitet", "Universitetsparken 13", "København Ø", "2100", "DK")),
"university SAP PO, bilingual, ISO dates, thousands comma, noreply sender"))

# ---------- P08 Oslo NOK MVA
rows = [("CH-11-25", None, "Kjede 11-delt 116 ledd, verkstedboks 25 stk", 1, "BX", "boks", 6690.00),
        ("QL-11", None, "Kjedelås 11-delt (2-pk)", 25, "PK", "pk", 52.00),
        ("CS-11-1132", None, "Kassett 11-delt 11-32", 6, "EA", "stk", 549.00),
        ("GS-LI-1KG", None, "Litiumfett boks 1 kg", 2, "EA", "stk", 218.00),
        ("DG-BIO-5L", None, "Avfetter bio 5 liter", 3, "EA", "stk", 399.00)]
tr = [[d, str(q), uw, num(p, ",", " "), num(q*p, ",", " "), "25 %", num(q*p*1.25, ",", " ")] for (s, cp, d, q, u, uw, p) in rows]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("Sykkelverkstedet Oslo AS", "Thorvald Meyers gate 40, 0555 Oslo · Org.nr. 912 345 678 MVA", "#3c3c3c"),
    title="INNKJØPSORDRE SV-1010", meta=[("Ordrenr.", "SV-1010"), ("Dato", "17.12.2026"), ("Ønsket levert", "07.01.2027"), ("Valuta", "NOK")],
    blocks=[("Leverandør", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 København K\nDanmark"), ("Leveres til", "Sykkelverkstedet Oslo AS\nThorvald Meyers gate 40\n0555 Oslo")],
    header=["Beskrivelse", "Antall", "Enhet", "Pris", "Sum eks. mva", "MVA", "Sum inkl. mva"], colw=[62, 14, 12, 22, 26, 12, 28], rows=tr,
    totals=[("Sum eks. mva", num(net, ",", " ")), ("MVA 25 %", num(net*0.25, ",", " ")), ("Totalt NOK", num(net*1.25, ",", " "))],
    footer="Tripletex · Sykkelverkstedet Oslo AS", pagefmt="Side {n}"))
A.append(("p08_no_tripletex_nok.eml", "Erik Solberg <erik@sykkelverkstedet.no>", "Innkjøpsordre SV-1010", (2026,12,17,11,11),
"""Hei Karin,

Vedlagt innkjøpsordre SV-1010 i NOK som avtalt.

Mvh Erik
""", [("Innkjopsordre_SV-1010.pdf", pdf, "application/pdf")],
PO("Sykkelverkstedet Oslo AS", "SV-1010", "2026-12-17", "2027-01-07", "NOK", lines_from(rows),
   ship=SHIP("Sykkelverkstedet Oslo AS", "Thorvald Meyers gate 40", "Oslo", "0555", "NO")),
"Norwegian Tripletex PO in NOK with MVA, thousands space, workshop box of chains vs single"))

# ---------- P09 Italian IVA, unruled, our codes
rows = [("HM-ROAD-M-RD", None, "Casco strada taglia M rosso", 3, "EA", "pz", 54.00),
        ("HM-ROAD-M-WH", None, "Casco strada taglia M bianco", 3, "EA", "pz", 54.00),
        ("HM-ROAD-S-BK", None, "Casco strada taglia S nero", 2, "EA", "pz", 54.00),
        ("HM-KID-XS-BL", None, "Casco bambino XS blu", 4, "EA", "pz", 21.00),
        ("TY-70025-FB", None, "Copertone 700x25 pieghevole nero", 12, "EA", "pz", 21.90),
        ("TU-700-2025-PV60", None, "Camera d'aria 700x20-25 presta 60mm", 12, "EA", "pz", 4.20)]
tr = [[s, d, "pz", str(q), num(p), "22", num(q*p)] for (s, cp, d, q, u, uw, p) in rows]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("Ciclofficina Navigli S.r.l.", "Via Vigevano 31 - 20144 Milano (MI) - P.IVA 09876543210", "#2e7d32"),
    title="ORDINE FORNITORE N. 241/26", meta=[("Numero ordine", "241/26"), ("Data ordine", "18/12/2026"), ("Consegna", "entro il 15/01/2027"), ("Pagamento", "Bonifico 30 gg d.f.")],
    blocks=[("Fornitore", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 Copenaghen (DK)"), ("Destinazione merce", "Ciclofficina Navigli S.r.l.\nVia Vigevano 31\n20144 Milano (MI)")],
    header=["Codice", "Descrizione", "UM", "Q.tà", "Prezzo unit.", "IVA %", "Importo"], colw=[36, 58, 10, 12, 22, 12, 24], rows=tr, ruled=False,
    totals=[("Imponibile", num(net)), ("IVA 22%", num(net*0.22)), ("Totale documento €", num(net*1.22))],
    footer="Documento generato da Danea Easyfatt", pagefmt="Pag. {n}"))
A.append(("p09_it_easyfatt.eml", "Luca Bianchi <ordini@ciclofficinanavigli.it>", "Ordine fornitore 241/26", (2026,12,18,9,0),
"""Buongiorno,

in allegato l'ordine n. 241/26. Grazie.

Luca Bianchi
Ciclofficina Navigli S.r.l.
""", [("Ordine_241-26.pdf", pdf, "application/pdf")],
PO("Ciclofficina Navigli S.r.l.", "241/26", "2026-12-18", "2027-01-15", "EUR", lines_from(rows),
   ship=SHIP("Ciclofficina Navigli S.r.l.", "Via Vigevano 31", "Milano", "20144", "IT", "MI")),
"Italian PO, UM column before quantity, helmets by size and colour, IVA"))

# ---------- P10 Swedish SEK, Fortnox
rows = [("GR-LOCK-BK", "1001", "Handtag lock-on 130 mm svart, par", 10, "PR", "par", 129.00),
        ("GR-LOCK-BK-S", "1002", "Handtag lock-on 100 mm svart (vridreglage), par", 6, "PR", "par", 122.00),
        ("SD-CITY-GEL-W", "1010", "Sadel city gel dam 200 mm", 5, "EA", "st", 224.00),
        ("SD-CITY-GEL", "1011", "Sadel city gel unisex 180 mm", 5, "EA", "st", 224.00),
        ("RT-622-18", "1020", "Fälgband 622x18, par", 20, "PR", "par", 35.00),
        ("VA-ADP-PS", "1021", "Ventiladapter presta/bil", 30, "EA", "st", 10.00)]
tr = [[cp, d, str(q), uw, num(p, ",", " "), num(q*p, ",", " "), "25"] for (s, cp, d, q, u, uw, p) in rows]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("Cykelriket", "Cykelriket Stockholm AB · Hornsgatan 55 · 118 49 Stockholm · Org.nr 556123-4567", "#6a1b9a"),
    title="Inköpsorder CR-5561", meta=[("Inköpsordernr", "CR-5561"), ("Orderdatum", "2026-12-18"), ("Leveransdatum", "2027-01-12"), ("Valuta", "SEK")],
    blocks=[("Leverantör", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 Köpenhamn, Danmark"), ("Leveransadress", "Cykelriket Stockholm AB\nHornsgatan 55\n118 49 Stockholm")],
    header=["Art.nr", "Benämning", "Antal", "Enhet", "À-pris", "Summa", "Moms %"], colw=[16, 78, 13, 13, 20, 22, 16], rows=tr,
    totals=[("Netto", num(net, ",", " ")), ("Moms 25%", num(net*0.25, ",", " ")), ("Att betala SEK", num(net*1.25, ",", " "))],
    footer="Fortnox · Cykelriket Stockholm AB", pagefmt="Sida {n}"))
A.append(("p10_se_fortnox_sek.eml", "Johan Ek <johan@cykelriket.se>", "Inköpsorder CR-5561", (2026,12,18,14,40),
"""Hej!

Bifogar inköpsorder CR-5561 (priser i SEK enligt er prislista).

/Johan
Cykelriket Stockholm AB
""", [("Inkopsorder_CR-5561.pdf", pdf, "application/pdf")],
PO("Cykelriket Stockholm AB", "CR-5561", "2026-12-18", "2027-01-12", "SEK", lines_from(rows),
   ship=SHIP("Cykelriket Stockholm AB", "Hornsgatan 55", "Stockholm", "11849", "SE")),
"Swedish Fortnox PO in SEK, buyer article numbers 1001.. that look like quantities, grips 130 vs 100mm"))

# ---------- N04 invoice (not an order) from a supplier to us
rows = [("", "RW-70028-F", "Faltreifen 28-622 schwarz", 200, "EA", "St", 11.40),
        ("", "RW-70032-P", "Reifen 32-622 Pannenschutz reflex", 300, "EA", "St", 9.60)]
tr = [[cp, d, str(q), uw, num(p), num(q*p)] for (s, cp, d, q, u, uw, p) in rows]
net = sum(r[3]*r[6] for r in rows)
pdf = render(dict(letterhead=("Reifenwerk Nord GmbH", "Industriestraße 5 · 24941 Flensburg · USt-IdNr. DE811223344", "#444444"),
    title="RECHNUNG Nr. RE-2026-30418", meta=[("Rechnungsnr.", "RE-2026-30418"), ("Rechnungsdatum", "11.12.2026"), ("Ihre Bestellung", "NH-PO-9921"), ("Fällig", "10.01.2027")],
    blocks=[("Rechnungsempfänger", "Nordhjul Cykeldele A/S\nRefshalevej 163\n1432 København K"), ("Lieferadresse", "Nordhjul Lager Flensburg\nAm Industriehafen 12\n24937 Flensburg")],
    header=["Artikel", "Bezeichnung", "Menge", "ME", "EP", "Betrag"], colw=[26, 74, 14, 10, 20, 26], rows=tr,
    totals=[("Netto", num(net)), ("Innergem. Lieferung, steuerfrei", "0,00"), ("Rechnungsbetrag EUR", num(net))],
    notes="Zahlbar innerhalb 30 Tagen ohne Abzug. Bankverbindung: Nord-Ostsee Sparkasse, IBAN DE12 2175 0000 0012 3456 78",
    footer="Reifenwerk Nord GmbH · HRB 5544 FL", pagefmt="Seite {n}"))
A.append(("n04_invoice_supplier.eml", "Buchhaltung Reifenwerk Nord <rechnung@reifenwerk-nord.de>", "Rechnung RE-2026-30418", (2026,12,11,16,0),
"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-30418 zu Ihrer Bestellung NH-PO-9921.

Mit freundlichen Grüßen
Buchhaltung
Reifenwerk Nord GmbH
""", [("RE-2026-30418.pdf", pdf, "application/pdf")], NOT("invoice"),
"NOT AN ORDER: a supplier's invoice to us (kind invoice) with a table that looks like order lines"))
