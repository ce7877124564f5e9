import io
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from common import L, PO, SHIP, NOT
S = []  # (name, kind 'eml'|'xlsx'|'csv', payload spec, label, tests)

def xlsx(build):
    wb = Workbook(); ws = wb.active; build(wb, ws)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

# S01 Göteborg Hyrcykel order form, header block + table, attached
rows1 = [("TY-70032-EB", "E-cykeldäck 700x32c E-50 reflex", 30, "st", "EA"),
         ("TU-700-2832-AV40", "Slang 700x28-32c bilventil 40mm", 60, "st", "EA"),
         ("BP-D-SH-R", "Skivbromsbelägg organiska Shimano B01S (par)", 40, "par", "PR"),
         ("CB-BR-1700-100", "Bromsvajer 1,5x1700 låda 100 st", 1, "låda", "BX"),
         ("HS-BR5-30", "Bromshölje 5mm svart rulle 30m", 2, "rulle", "RL"),
         ("LT-R-BAT", "Bakljus AA-batteri", 30, "st", "EA")]
def b1(wb, ws):
    ws.title = "Beställning"
    ws["A1"] = "Göteborg Hyrcykel AB – Beställning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Ordernummer:"; ws["B3"] = "4502"
    ws["A4"] = "Datum:"; ws["B4"] = "2026-12-15"
    ws["A5"] = "Leverans senast:"; ws["B5"] = "2027-01-20"
    ws["A6"] = "Leveransadress:"; ws["B6"] = "Göteborg Hyrcykel AB, Verkstaden, Järnvågsgatan 6, 414 58 Göteborg"
    ws["A7"] = "Kontakt:"; ws["B7"] = "Linnea Berg, 031-12 34 56"
    hdr = ["Rad", "Artikelnr Nordhjul", "Benämning", "Antal", "Enhet", "Kommentar"]
    for i, h in enumerate(hdr): c = ws.cell(row=9, column=i+1, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD")
    for r, (s, d, q, uw, u) in enumerate(rows1):
        ws.append([r+1, s, d, q, uw, "till våren" if r == 0 else None])
    ws.append([]); ws.append([None, None, "Summa rader", len(rows1)])
    for col, w in zip("ABCDEF", [6, 20, 48, 8, 8, 16]): ws.column_dimensions[col].width = w
S.append(("s01_sv_xlsx_attached.eml", "eml", dict(frm="Linnea Berg <linnea.berg@gbghyrcykel.se>", subj="Beställning 4502 (Excel)", date=(2026,12,15,10,20),
  body="Hej,\n\nBifogar vår beställning 4502 som Excel-fil.\n\nMvh Linnea Berg\nGöteborg Hyrcykel AB\n", fname="Bestallning_4502.xlsx", build=b1),
  PO("Göteborg Hyrcykel AB", "4502", "2026-12-15", "2027-01-20", None, [L(s, d, q, u) for s, d, q, uw, u in rows1],
     ship=SHIP("Göteborg Hyrcykel AB", "Verkstaden, Järnvågsgatan 6", "Göteborg", "41458", "SE")),
  "xlsx order form attached: header cells above the table, 'Rad' numbers, a count row under the table that is not a line"))

# S02 Fjord Bike xlsx with two sheets, order on second, prices NOK? EUR with formulas cached as values
rows2 = [(None, "Hjelm by str. S hvit", 8, "EA", 32.0, "HM-CITY-S-WH"), (None, "Hjelm by str. M hvit", 16, "EA", 32.0, "HM-CITY-M-WH"),
         (None, "Hjelm by str. L grønn", 6, "EA", 32.0, "HM-CITY-L-GR"), (None, "Barnehjelm S blå", 10, "EA", 21.0, "HM-KID-S-BL"),
         (None, "Kjettinglås 90 cm", 10, "EA", 34.5, "LK-CH-90"), (None, "Wirelås 180 cm kode", 20, "EA", 9.9, "LK-CBL-180")]
def b2(wb, ws):
    ws.title = "Info"
    ws["A1"] = "Fjord Bike Rental AS"; ws["A2"] = "Strandkaien 2, 5013 Bergen"; ws["A4"] = "Se arket 'Bestilling'."
    o = wb.create_sheet("Bestilling")
    o.append(["Bestilling FB-2026-90", None, None, "Dato:", "17.12.2026"])
    o.append([])
    o.append(["Beskrivelse", "Antall", "Pris EUR", "Sum EUR"])
    for cp, d, q, u, p, s in rows2:
        o.append([d, q, p, round(q*p, 2)])
    o.append(["Totalt", None, None, round(sum(q*p for _, _, q, _, p, _ in rows2), 2)])
    o.column_dimensions["A"].width = 30
S.append(("s02_no_xlsx_twosheets.eml", "eml", dict(frm="Ola Haugen <ola@fjordbike.no>", subj="Bestilling hjelmer og låser", date=(2026,12,17,15,5),
  body="Hei Karin,\n\nVedlagt bestilling FB-2026-90 (regneark, fane 'Bestilling').\n\nMed vennlig hilsen\nOla Haugen\nFjord Bike Rental AS\n+47 55 30 20 10\n", fname="FB-2026-90.xlsx", build=b2),
  PO("Fjord Bike Rental AS", "FB-2026-90", "2026-12-17", None, "EUR", [L(s, d, q, u, p) for cp, d, q, u, p, s in rows2]),
  "xlsx with an info sheet first and the order on sheet 2, EUR prices and sums, total row"))

# S03 standalone xlsx, Radsport Innsbruck Bestellformular
rows3 = [("RI-4410", "Kassette 10-fach 11-34", 4, "EA", "CS-10-1134"), ("RI-4411", "Kette 10-fach 116 Glieder", 6, "EA", "CH-10"),
         ("RI-4412", "Kettenschloss 10-fach (2 Stk.)", 6, "PK", "QL-10"), ("RI-5001", "Bremsbelag Shimano 4-Kolben gesintert N03A", 12, "PR", "BP-D-SH4-S"),
         ("RI-5002", "Bremsbelag Shimano 2-Kolben Resin B01S", 12, "PR", "BP-D-SH-R"), ("RI-6100", "Tubeless-Milch 1 Liter", 3, "EA", "TL-SEAL-1L"),
         ("RI-6101", "Reifen 29 x 2.25 Faltreifen TLR", 8, "EA", "TY-29225-TR")]
def b3(wb, ws):
    ws.title = "Bestellung"
    ws.merge_cells("A1:E1"); ws["A1"] = "Radsport Innsbruck GmbH – Bestellformular"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Anichstraße 19, 6020 Innsbruck"
    ws["A4"] = "Bestellnummer"; ws["C4"] = "RSI-26-460"
    ws["A5"] = "Bestelldatum"; ws["C5"] = "18.12.2026"
    ws["A6"] = "Gewünschter Liefertermin"; ws["C6"] = "08.01.2027"
    ws["A7"] = "Lieferant"; ws["C7"] = "Nordhjul Cykeldele A/S"
    ws.append([]); ws.append(["Unsere Nr.", "Artikel", "Menge", "Einheit", "Bemerkung"])
    for c in ws[9]: c.font = Font(bold=True)
    for cp, d, q, u, s in rows3:
        ws.append([cp, d, q, {"EA": "Stk", "PK": "Pkg", "PR": "Paar"}[u], None])
    ws.append(["", "", "", "", ""]); ws.append(["Bitte Lieferschein mit Bestellnummer!"])
    for col, w in zip("ABCDE", [12, 44, 8, 8, 18]): ws.column_dimensions[col].width = w
S.append(("s03_at_bestellformular.xlsx", "xlsx", dict(build=b3),
  PO("Radsport Innsbruck GmbH", "RSI-26-460", "2026-12-18", "2027-01-08", None, [L(s, d, q, u, None, cp) for cp, d, q, u, s in rows3]),
  "standalone xlsx, merged title, label cells with value two columns right, buyer codes only, 4-piston vs 2-piston pads"))

# S04 standalone CSV semicolons, decimal commas, De Spaak export
rows4 = [("DS-1180", "TY-70028-FT", "Buitenband 700x28C vouw tanwall", 6, "EA", 23.90),
         ("DS-1181", "TY-70025-FB", "Buitenband 700x25C vouw zwart", 6, "EA", 21.90),
         ("DS-1302", "TU-700-2025-PV48", "Binnenband 700x20-25 FV 48mm", 24, "EA", 3.90),
         ("DS-2010", "DG-BIO-1L", "Ontvetter bio 1 liter", 12, "EA", 8.90),
         ("DS-2011", "CL-SPR-500", "Fietsreiniger spray 500ml", 12, "EA", 6.40),
         ("DS-2050", "LB-WET-100", "Kettingolie nat 100ml", 24, "EA", 5.90),
         ("DS-3100", "HM-CITY-S-BK", "Helm city S mat zwart", 3, "EA", 32.00)]
csv = "Besteld door;Ordernummer;Orderdatum;Leverancier;Artikelnr;Lev.artikelnr;Omschrijving;Aantal;Eenheid;Prijs;Bedrag\r\n"
for cp, s, d, q, u, p in rows4:
    pr = f"{p:.2f}".replace(".", ","); am = f"{q*p:.2f}".replace(".", ",")
    csv += f"Fietsenwinkel De Spaak B.V.;DS-26-0457;18-12-2026;Nordhjul Cykeldele A/S;{cp};{s};{d};{q};st;{pr};{am}\r\n"
S.append(("s04_nl_despaak_export.csv", "csv", dict(text=csv),
  PO("Fietsenwinkel De Spaak B.V.", "DS-26-0457", "2026-12-18", None, None, [L(s, d, q, u, p, cp) for cp, s, d, q, u, p in rows4]),
  "standalone CSV export: semicolons, decimal commas, header repeated on every row, both codes; customer in a 'Besteld door' column"))
