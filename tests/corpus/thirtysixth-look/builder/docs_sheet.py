import io, csv
from openpyxl import Workbook
from openpyxl.styles import Font
from common import S, Ln, PO, eml, write
from docs_email1 import SELLER_UK, SELLER_DE, SELLER_NO, SELLER_US

def xlsx_bytes(wb):
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def build():
    # s01 email with XLSX order form (UK school)
    items = [("Dell Latitude 5440 i5 8GB 256GB", "BW-LT-5440-I5-8", 6, 699.00),
             ("Dell WD19S 130W dock", "BW-DK-WD19S-130", 6, 189.00),
             ("Logitech K120 UK", "BW-KB-K120-UK", 30, 9.90),
             ("Logitech M90 mouse", "BW-MS-M90", 30, 5.90),
             ("HP 912 black ink (standard)", "BW-IN-HP912BK", 4, 16.50),
             ("HP 912XL cyan", "BW-IN-HP912XLC", 2, 19.50),
             ("HP 912XL magenta", "BW-IN-HP912XLM", 2, 19.50),
             ("HP 912XL yellow", "BW-IN-HP912XLY", 2, 19.50)]
    wb = Workbook(); ws = wb.active; ws.title = "Order"
    ws["A1"] = "St Aidan's CE Primary School - Order Form"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "PO Number"; ws["B3"] = "4528"
    ws["A4"] = "Date"; ws["B4"] = "07/12/2026"
    ws["A5"] = "Deliver to"; ws["B5"] = "St Aidan's CE Primary School, 14 Harehills Lane, Leeds LS8 4HS"
    ws["A6"] = "Contact"; ws["B6"] = "Jo Pickering 0113 496 0011"
    ws.append([])
    ws.append(["Item", "Your code", "Qty", "Unit price £", "Total £"])
    for c in ws[8]: c.font = Font(bold=True)
    for i, (desc, sku, q, p) in enumerate(items, start=9):
        ws.append([desc, sku, q, p, "=C%d*D%d" % (i, i)])
    ws.append([]); ws.append(["", "", "", "Total", "=SUM(E9:E%d)" % (8 + len(items))])
    ws.column_dimensions["A"].width = 38; ws.column_dimensions["B"].width = 18
    write("s01_staidans_xlsx_email.eml", eml(
        "Jo Pickering <office@staidans.leeds.sch.uk>", SELLER_UK, "Order form PO 4528",
        "Mon, 07 Dec 2026 15:10:00 +0000",
        "Hi, our order form is attached (PO 4528). I've put your codes in from the website.\nThanks, Jo\n",
        [("StAidans_order_4528.xlsx", xlsx_bytes(wb), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
        PO("St Aidan's CE Primary School", "4528", "2026-12-07", None, "GBP",
           S("St Aidan's CE Primary School", "14 Harehills Lane", "Leeds", "LS8 4HS", "GB"),
           [Ln(sku, q, "EA", p, desc) for desc, sku, q, p in items]))

    # s02 email with comma CSV attached (Norwegian law firm, NOK)
    items = [("Samsung 990 PRO 1TB", 3, "1390.00", "BW-SS-990-1T", 1390.00),
             ("Crucial 32GB DDR5 SODIMM", 3, "990.00", "BW-RM-D5S-32", 990.00),
             ("USB-C to DisplayPort 2m", 4, "169.00", "BW-CA-CDP-2M", 169.00),
             ("Logitech MK270 Nordic", 1, "329.00", "BW-KB-MK270-ND", 329.00)]
    b = io.StringIO(); w = csv.writer(b, lineterminator="\r\n")
    w.writerow(["Varenr", "Beskrivelse", "Antall", "Pris NOK"])
    for i, (desc, q, p, sku, _) in enumerate(items):
        w.writerow(["", desc, q, p])
    write("s02_berglie_csv_email.eml", eml(
        "Ingrid Solheim <is@berglie.no>", SELLER_NO, "Bestilling 2026-0480 (CSV)",
        "Mon, 07 Dec 2026 14:40:00 +0100",
        "Hei,\n\nVedlagt bestilling som CSV. Innkjøpsordre 2026-0480. Levering til Oslo-kontoret.\n\nHilsen\nIngrid Solheim\nAdvokatfirma Berg & Lie AS, Karl Johans gate 12, 0154 Oslo\n",
        [("bestilling_2026-0480.csv", b.getvalue().encode("utf-8"), "text/csv")]),
        PO("Advokatfirma Berg & Lie AS", "2026-0480", None, None, "NOK",
           S("Advokatfirma Berg & Lie AS", "Karl Johans gate 12", "Oslo", "0154", "NO"),
           [Ln(sku, q, "EA", pf, desc) for desc, q, p, sku, pf in items]))

    # s03 standalone XLSX (Austrian dental clinic), header block + item table
    items = [("Bestellnr. Lieferant", "Artikel", "Menge", "Preis"),
             ("BW-HS-EV240-AMS", "Jabra Evolve2 40 SE USB-A MS", 3, 99.00),
             ("BW-UP-EA5E1100", "Eaton 5E 1100i", 1, 149.00),
             ("BW-TO-TN2410", "Brother TN-2410 Toner (Standard)", 4, 48.00),
             ("BW-CA-C6A-3G", "Patchkabel Cat6a S/FTP 3 m grau", 8, 3.90)]
    wb = Workbook(); ws = wb.active; ws.title = "Bestellung"
    rows = [["Zahnambulatorium Graz-Mitte GmbH"], ["Annenstraße 20, 8020 Graz"], [],
            ["Bestellung", "ZGM-2026-081"], ["Datum", "07.12.2026"], ["Lieferung bis", "17.12.2026"],
            ["Lieferadresse", "Zahnambulatorium Graz-Mitte GmbH, Filiale Eggenberg, Eggenberger Allee 15, 8020 Graz"], []]
    for r in rows: ws.append(r)
    for r in items: ws.append(list(r))
    ws.append([]); ws.append(["", "Preise netto in EUR lt. Angebot"])
    write("s03_grazmitte_standalone.xlsx", xlsx_bytes(wb),
        PO("Zahnambulatorium Graz-Mitte GmbH", "ZGM-2026-081", "2026-12-07", "2026-12-17", "EUR",
           S("Zahnambulatorium Graz-Mitte GmbH, Filiale Eggenberg", "Eggenberger Allee 15", "Graz", "8020", "AT"),
           [Ln(s, q, "EA", p, d) for s, d, q, p in items[1:]]))

    # s04 standalone CSV, semicolons and decimal commas (German school)
    lines = [["Bestellnummer", "GSK-26-129", "", "", ""],
             ["Besteller", "Gymnasium am Stadtpark", "", "", ""],
             ["Lieferanschrift", "Stadtwaldgürtel 38", "50935 Köln", "", ""],
             ["Bestelldatum", "07.12.2026", "", "", ""],
             ["", "", "", "", ""],
             ["Pos", "Artikelnummer", "Bezeichnung", "Menge", "Einzelpreis EUR"],
             ["1", "BW-CA-DP-1M", "DisplayPort Kabel 1 m", "12", "4,90"],
             ["2", "BW-CA-DPHDMI-2M", "DisplayPort auf HDMI 2 m", "6", "7,50"],
             ["3", "BW-RM-D4D-16", "Crucial 16 GB DDR4 UDIMM", "10", "39,90"],
             ["4", "BW-SS-MX5-1T", "Crucial MX500 1 TB", "5", "79,00"],
             ["5", "BW-MO-IIY-X2793", "iiyama 27\" XU2793HS", "2", "189,00"]]
    txt = "\r\n".join(";".join(r) for r in lines) + "\r\n"
    write("s04_gymnasium_semicolon.csv", txt.encode("cp1252"),
        PO("Gymnasium am Stadtpark", "GSK-26-129", "2026-12-07", None, "EUR",
           S("Gymnasium am Stadtpark", "Stadtwaldgürtel 38", "Köln", "50935", "DE"),
           [Ln("BW-CA-DP-1M", 12, "EA", 4.90, "DisplayPort Kabel 1 m"),
            Ln("BW-CA-DPHDMI-2M", 6, "EA", 7.50, "DisplayPort auf HDMI 2 m"),
            Ln("BW-RM-D4D-16", 10, "EA", 39.90, "Crucial 16 GB DDR4 UDIMM"),
            Ln("BW-SS-MX5-1T", 5, "EA", 79.00, "Crucial MX500 1 TB"),
            Ln("BW-MO-IIY-X2793", 2, "EA", 189.00, "iiyama 27\" XU2793HS")]))
