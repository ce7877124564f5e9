import io
import openpyxl
from openpyxl.styles import Font
from common import *
from docs_plain import ALPEN, DUNA, HARROW, KLAXON_P
from pdfkit import make_po, mm

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

def xlsx_bytes(rows, widths=None, bold_rows=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bestellung" if rows and "Bestell" in str(rows[0][0]) else "PO"
    for r in rows:
        ws.append(list(r))
    for i in bold_rows:
        for c in ws[i]:
            c.font = Font(bold=True)
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

def build():
    # S01 email + XLSX (Alpentronik)
    items = [("r0805-4K7-rl", "Widerstand 4k7 0805 1% Rolle", 2, "Rolle", 5.95), ("r0805-47K-rl", "Widerstand 47k 0805 1% Rolle", 2, "Rolle", 5.95),
             ("c100n50-0805-rl", "Kondensator 100nF 50V 0805 Rolle", 4, "Rolle", 8.90), ("esp32-n8", "ESP32-WROOM-32E-N8", 120, "Stk", 3.45),
             ("usbc-16", "USB-C Buchse 16pol", 120, "Stk", 0.75), ("alu-100", "Alu-Gehäuse 100x76x35 Hammond", 120, "Stk", 15.80)]
    rows = [("Bestellung", None, None, None, None, None), ("Bestellnummer", "AT-55160", None, None, None, None),
            ("Bestelldatum", "07.12.2026", None, None, None, None), ("Wunschtermin", "21.12.2026", None, None, None, None),
            ("Lieferadresse", "Alpentronik GmbH, Lager Süd, Triester Straße 391, 8055 Graz", None, None, None, None), (None,) * 6,
            ("Pos", "Artikelnr. Kestrel", "Bezeichnung", "Menge", "Einheit", "Preis EUR")]
    for i, (k, d, q, u, pr) in enumerate(items, 1):
        rows.append((i, s(k), d, q, u, pr))
    data = xlsx_bytes(rows, {"B": 18, "C": 40}, bold_rows=(1, 7))
    n = "s01_alpentronik_xlsx.eml"
    eml(n, ALPEN, "Bestellung AT-55160 (Excel)", dt(2026, 12, 7, 9, 0, 1),
        "Hallo,\n\nanbei die Bestellung AT-55160 als Excel-Datei. Achtung, Lieferung diesmal ins Lager Süd!\n\nLG\nStefan Gruber\nAlpentronik GmbH\n",
        atts=[("AT-55160.xlsx", data, XLSX)])
    save_label(n, label("Alpentronik GmbH", "AT-55160", "2026-12-07", "2026-12-21", "EUR",
        addr("Alpentronik GmbH", "Triester Straße 391", "Graz", "8055", "AT"),
        [L(k, q, "RL" if u == "Rolle" else "EA", d, pr) for k, d, q, u, pr in items]), "email+xlsx",
        "Excel attachment, header fields in key/value rows above the table, 'Lager Süd' ship-to")

    # S02 email + CSV (Dunaelektro)
    items = [("cat6-1m-gy", "Cat6 patch 1m grey", 200, 1.25), ("cat6-2m-gy", "Cat6 patch 2m grey", 200, 1.62), ("cat6-2m-bl", "Cat6 patch 2m blue", 100, 1.62),
             ("rj45-sh", "RJ45 jack shielded", 150, 2.10), ("w05-blue-100", "Hook-up wire 0.5mm2 blue 100m", 4, 13.20), ("w05-yellow-100", "Hook-up wire 0.5mm2 yellow 100m", 2, 13.20)]
    csv_text = "po_number,po_date,line,item,description,qty,unit,unit_price_eur\n" + "".join(
        f"DE-2026/425,2026-12-07,{i},{s(k)},{d},{q},{'roll' if 'wire' in d else 'pcs'},{pr:.2f}\n" for i, (k, d, q, pr) in enumerate(items, 1))
    n = "s02_dunaelektro_csv.eml"
    eml(n, DUNA, "Order DE-2026/425 (CSV)", dt(2026, 12, 7, 10, 5, 1),
        "Dear Kestrel team,\n\nplease find our order DE-2026/425 attached as CSV from our ERP. Delivery to our warehouse:\nDunaelektro Kft. - Raktár\nIpar utca 5.\n9027 Győr\nHungary\n\nRequired: 2026.12.18.\n\nBest regards,\nZoltán Nagy\nDunaelektro Kft.\n",
        atts=[("DE-2026-425.csv", csv_text.encode("utf-8"), "text/csv")])
    save_label(n, label("Dunaelektro Kft.", "DE-2026/425", "2026-12-07", "2026-12-18", "EUR",
        addr("Dunaelektro Kft. - Raktár", "Ipar utca 5.", "Győr", "9027", "HU"),
        [L(k, q, CAT[k]["uom"], d, pr) for k, d, q, pr in items]), "email+csv", "CSV attachment with repeated header fields per row; ship-to and date only in the email body")

    # S03 standalone XLSX (Klaxon)
    items = [("KR-30-0101", "r0603-10K-rl", "RES 10K 1% 0603 reel 5k", 8, "reel", 4.90), ("KR-30-0105", "r0603-1K-rl", "RES 1K 1% 0603 reel 5k", 4, "reel", 4.90),
             ("KR-30-0109", "r0603-47K-rl", "RES 47K 1% 0603 reel 5k", 2, "reel", 4.90), ("KR-31-0021", "c100n50-0603-rl", "CAP 100N 50V X7R 0603 reel", 8, "reel", 6.80),
             ("KR-31-0030", "c22p50-0603-rl", "CAP 22P 50V C0G 0603 reel", 2, "reel", 7.20), ("KR-20-0001", "stm32c8", "MCU STM32F103C8T6", 500, "ea", 3.65),
             ("KR-20-0004", "xtal16-3225", "XTAL 16MHZ 3225", 500, "ea", 0.31), ("KR-41-0030", "xh4-100", "JST XH 4P HOUSING bag100", 10, "bag", 3.30)]
    rows = [("KLAXON ROBOTICS LTD - PURCHASE ORDER", None, None, None, None, None), (None,) * 6,
            ("PO No:", "KR-2325", None, "Date:", "07/12/2026", None), ("Supplier:", "Kestrel Components Ltd", None, "Required:", "21/12/2026", None),
            ("Deliver to:", "Klaxon Robotics Ltd, 9 Cowley Road, Cambridge CB4 0DS", None, "Currency:", "GBP", None), (None,) * 6,
            ("Our P/N", "Description", "Qty", "Unit", "Unit price", "Line total")]
    for cp, k, d, q, u, pr in items:
        rows.append((cp, d, q, u, pr, round(q * pr, 2)))
    rows.append((None, "TOTAL", None, None, None, round(sum(q * pr for *_, q, u, pr in items), 2)))
    n = "s03_klaxon_standalone.xlsx"
    with open(os.path.join(OUT, n), "wb") as f:
        f.write(xlsx_bytes(rows, {"A": 14, "B": 36}, bold_rows=(1, 7)))
    save_label(n, label("Klaxon Robotics Ltd", "KR-2325", "2026-12-07", "2026-12-21", "GBP",
        addr("Klaxon Robotics Ltd", "9 Cowley Road", "Cambridge", "CB4 0DS", "GB"),
        [L(k, q, {"reel": "RL", "ea": "EA", "bag": "PK"}[u], d, pr, cp) for cp, k, d, q, u, pr in items]), "xlsx",
        "standalone workbook, buyer P/Ns only, header in label/value cells, total row")

    # S04 standalone CSV semicolons, decimal commas (Brenner SAP export)
    items = [("BM-100233", "r0805-10K-rl", "Widerstand 10k 1% 0805 Rolle", 6, "RL", 5.80), ("BM-100235", "r0805-100K-rl", "Widerstand 100k 1% 0805 Rolle", 3, "RL", 5.80),
             ("BM-100236", "r0805-100R-rl", "Widerstand 100R 1% 0805 Rolle", 2, "RL", 5.80), ("BM-200040", "lm358d-ct", "OPV LM358DR SOIC-8 Gurtabschnitt", 1500, "ST", 0.15),
             ("BM-400012", "liycy4-m", "LiYCY 4x0,25 Meterware", 1200, "M", 0.82)]
    text = "Bestellnummer;Bestelldatum;Lieferdatum;Lieferant;Besteller;Lieferanschrift\n"
    text += "4500124600;04.12.2026;18.12.2026;Kestrel Components Ltd;Brenner Messtechnik GmbH;Brenner Messtechnik GmbH, Heilbronner Straße 150, 70191 Stuttgart\n\n"
    text += "Pos;Material;Kurztext;Menge;ME;Nettopreis;Währung\n"
    for i, (cp, k, d, q, u, pr) in enumerate(items, 1):
        text += f"{i*10};{cp};{d};{q};{u};{pr:.2f};EUR\n".replace(".", ",", 0)
    # decimal commas for the price column
    lines_ = text.split("\n")
    out = []
    for ln in lines_:
        parts = ln.split(";")
        if len(parts) == 7 and parts[0].isdigit():
            parts[5] = parts[5].replace(".", ",")
        out.append(";".join(parts))
    n = "s04_brenner_sap_export.csv"
    with open(os.path.join(OUT, n), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(out))
    save_label(n, label("Brenner Messtechnik GmbH", "4500124600", "2026-12-04", "2026-12-18", "EUR",
        addr("Brenner Messtechnik GmbH", "Heilbronner Straße 150", "Stuttgart", "70191", "DE"),
        [L(k, q, "EA" if u == "ST" else u, d, pr, cp) for cp, k, d, q, u, pr in items]), "csv",
        "standalone SAP export, cp1252, semicolons, decimal commas, header record + item records")

    # N01 quote request
    n = "n01_oeb_rfq.eml"
    eml(n, "Giulia Ferrario <acquisti@oeb-brianza.it>", "Richiesta di offerta - STM32 / ESP32", dt(2026, 12, 4, 11, 30, 1), """Buongiorno,

vi chiediamo la vostra migliore offerta per le seguenti quantità, con disponibilità e tempi di consegna:

- STM32F103C8T6: 2.000 pz / 5.000 pz
- ESP32-WROOM-32E-N8: 1.000 pz
- USB4105-GF-A: 2.000 pz

Non si tratta ancora di un ordine: il progetto partirà a febbraio 2027.

Cordiali saluti
Giulia Ferrario
Ufficio Acquisti - Officine Elettroniche Brianza S.r.l.
""")
    save_label(n, {"kind": "not_an_order"}, "not order", "Italian request for quotation with quantities ('non si tratta ancora di un ordine')")

    # N02 supplier invoice (PDF) to Kestrel
    rows = [("1", "Vishay MBB0207 10K bag/100", "50", "1,10", "55,00"), ("2", "Kingbright L-53HD bag/100", "40", "2,45", "98,00"),
            ("3", "Hammond 1591XXSGY", "200", "2,90", "580,00")]
    pdf = make_po("RECHNUNG", [
        ("Rechnungsempfänger", ["Kestrel Components Ltd", "Niederlassung Nürnberg", "Sigmundstraße 180", "90431 Nürnberg"]),
        ("Lieferanschrift", ["Kestrel Components Ltd", "Lager Nürnberg", "Sigmundstraße 180", "90431 Nürnberg"])],
        [("Rechnungsnr.", "RE-2026-118734"), ("Rechnungsdatum", "03.12.2026"), ("Ihre Bestellung", "KC-PO-77120"), ("Fällig", "02.01.2027")],
        ["Pos.", "Artikel", "Menge", "Preis", "Betrag"], rows, block_cols=2,
        col_widths=[12*mm, 90*mm, 18*mm, 24*mm, 30*mm],
        totals=[("", "Nettobetrag", "", "", "733,00"), ("", "USt. 19 %", "", "", "139,27"), ("", "Rechnungsbetrag", "", "", "872,27")],
        notes=["Zahlbar innerhalb 30 Tagen ohne Abzug. IBAN DE12 7605 0101 0012 3456 78"], header_left="Nordlicht Bauteile GmbH\nHafenstraße 12\n28217 Bremen",
        footer="Nordlicht Bauteile GmbH · HRB 33211 HB")
    n = "n02_nordlicht_invoice.eml"
    eml(n, "Buchhaltung Nordlicht <rechnung@nordlicht-bauteile.de>", "Rechnung RE-2026-118734 zu Ihrer Bestellung KC-PO-77120", dt(2026, 12, 3, 6, 0, 1),
        "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-118734.\n\nMit freundlichen Grüßen\nNordlicht Bauteile GmbH - Buchhaltung\n",
        to="Kestrel Accounts <accounts@kestrel-components.com>", atts=[("RE-2026-118734.pdf", pdf, "application/pdf")])
    save_label(n, {"kind": "invoice"}, "invoice", "supplier invoice PDF sent to the seller (not a customer order)")

    # N03 complaint
    n = "n03_harrowgate_complaint.eml"
    eml(n, HARROW, "Wrong parts on PO 44817", dt(2026, 12, 4, 9, 40), """Hi,

Delivery for PO 44817 arrived this morning but one of the 2 reels labelled 10k 0603 1% actually contains 1k (RC0603FR-071KL printed on the reel). We've quarantined it.

Please send a replacement reel of 10k and a returns label for the wrong one. We don't want a credit, just the swap - and please don't raise a new order for it.

Mark Ellison
Harrowgate Instruments Ltd
""")
    save_label(n, {"kind": "not_an_order"}, "not order", "complaint quoting a PO, a quantity and a part; asks for a swap, not a new order")

    # N04 order acknowledgement from a supplier to Kestrel
    n = "n04_supplier_ack.eml"
    eml(n, "Sunrise Passives Trading <sales@sunrise-passives.com>", "Order Acknowledgement SO-558120 / your PO KC-PO-77188", dt(2026, 12, 5, 2, 15, 8), """Dear Kestrel Components,

Thank you for your purchase order KC-PO-77188. We confirm the following:

Line  Part Number         Qty      Unit Price  Ship Date
1     CL10B104KB8NNNC     200,000  USD 0.0011  2026-12-20
2     CL21A106KAYNNNE      40,000  USD 0.0072  2026-12-20
3     RC0603FR-0710KL     500,000  USD 0.0003  2027-01-08

Sales order: SO-558120
Incoterms: FCA Hong Kong

Best regards,
Sunrise Passives Trading Co., Ltd.
Sales Support
""", to="Kestrel Purchasing <purchasing@kestrel-components.com>")
    save_label(n, {"kind": "not_an_order"}, "not order", "a supplier's order acknowledgement of the seller's own PO (looks like an order table)")
