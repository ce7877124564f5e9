from common import *
import io
import openpyxl
from openpyxl.styles import Font
from pdfs import render, VENDOR, eur

def xlsx_bytes(rows, title="Bestellung", widths=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def build():
    # s01 email with XLSX (German)
    items = [("70-311", "CH-KMC-X10-114", "Kette KMC X10 114 Glieder", 12, 19.90),
             ("70-312", "CH-KMC-X11-118", "Kette KMC X11 118 Glieder silber", 12, 26.90),
             ("70-400", "CS-SH-HG500-1134", "Kassette Shimano HG500 11-34", 6, 29.50),
             ("71-020", "BP-SH-B01S", "Bremsbelag Shimano B01S Resin (Paar)", 20, 7.95),
             ("71-024", "BP-MAG-7C", "Bremsbelag Magura 7.C (Paar)", 10, 12.40),
             ("90-005", "LB-SEAL-500", "Tubeless-Milch 500 ml", 6, 16.10)]
    rows = [["Zweirad Berger e.K.", None, "Landsberger Str. 77, 80339 München"], [],
            ["Bestellnummer", "ZB-4488-26"], ["Bestelldatum", "07.12.2026"], ["Wunschtermin", "15.12.2026"], [],
            ["Unsere Art.-Nr.", "Lieferanten-Art.-Nr.", "Bezeichnung", "Menge", "EK netto €"]]
    rows += [[cp, s, d, q, p] for cp, s, d, q, p in items]
    rows += [[], [None, None, "Summe", None, round(sum(q * p for *_, q, p in items), 2)]]
    x = xlsx_bytes(rows, widths={"A": 16, "B": 22, "C": 40})
    make_eml("s01_berger_xlsx_de.eml", "Zweirad Berger <bestellung@zweirad-berger.de>", "Bestellung ZB-4488-26 (Excel)",
        "Mon, 07 Dec 2026 12:40:00 +0100", "Guten Tag,\n\nanbei unsere Bestellung als Excel-Datei.\n\nGruß\nThomas Berger\n",
        PO("Zweirad Berger e.K.", "ZB-4488-26", [L(s, q, price=p, cp=cp) for cp, s, d, q, p in items],
           order_date="2026-12-07", requested_date="2026-12-15", currency="EUR",
           ship_to=S("Zweirad Berger e.K.", "Landsberger Str. 77", "München", "80339", "DE")),
        attachments=[("Bestellung_ZB-4488-26.xlsx", x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # s02 email with CSV (comma, seller SKUs), PO in the body
    csvtxt = "sku,description,qty\r\nTB-700-2847-PV40-10,Workshop box tubes 700x28-47 presta,5\r\nTL-LEV-3-30,Tyre lever display,1\r\nLB-FL-WET-120-12,Finish Line Wet 120ml box,2\r\nLB-FL-DRY-120-12,Finish Line Dry 120ml box,1\r\nCH-KMC-CL-X11,MissingLink 11sp,15\r\n"
    make_eml("s02_cykelvaerkstedet_csv.eml", "Mads Holm <mads@cykelvaerkstedet.dk>", "Restock CV-2026-64",
        "Mon, 07 Dec 2026 13:10:00 +0100",
        "Hej,\n\nExported from our shop system, order no. CV-2026-64. Usual address.\n\nMads\nCykelværkstedet Nørrebro ApS\nNørrebrogade 88, 2200 København N\n",
        PO("Cykelværkstedet Nørrebro ApS", "CV-2026-64",
           [L("TB-700-2847-PV40-10", 5, "BX"), L("TL-LEV-3-30", 1, "BX"), L("LB-FL-WET-120-12", 2, "CS"),
            L("LB-FL-DRY-120-12", 1, "CS"), L("CH-KMC-CL-X11", 15, "PK")],
           ship_to=S("Cykelværkstedet Nørrebro ApS", "Nørrebrogade 88", "København N", "2200", "DK")),
        attachments=[("order_CV-2026-64.csv", csvtxt.encode(), "text/csv")])

    # s03 standalone XLSX (Spanish)
    items = [("TY-MTB-2922", "Cubierta Maxxis Ardent 29x2.25 EXO TR", 6, 40.10),
             ("TY-MTB-2924", "Cubierta Maxxis Ardent 29x2.40 EXO TR", 6, 42.00),
             ("TB-29-2124-PV", "Cámara 29x2.10-2.40 Presta 48mm", 20, 5.00),
             ("CS-SH-M8100-1051", "Cassette XT M8100 10-51", 2, 107.00),
             ("CH-SH-M8100-126", "Cadena XT M8100 126 esl.", 4, 37.50)]
    rows = [["BICICLETAS RUTA NORTE S.L.", None, None, "HOJA DE PEDIDO"], ["CIF B95123456"],
            ["Proveedor:", "Spaakwerk Parts B.V. (Zwolle, NL)"], ["Nº pedido:", "26-PN-0360"], ["Fecha:", "09/12/2026"],
            ["Entregar en:", "Calle Licenciado Poza 41, 48011 Bilbao"], [],
            ["Ref. proveedor", "Descripción", "Unidades", "Precio unit. (EUR)", "Importe"]]
    rows += [[s, d, q, p, round(q * p, 2)] for s, d, q, p in items]
    with open(os.path.join(OUT, "s03_rutanorte_pedido.xlsx"), "wb") as f:
        f.write(xlsx_bytes(rows, "Pedido", {"A": 20, "B": 42}))
    write_label("s03_rutanorte_pedido.xlsx",
        PO("Bicicletas Ruta Norte S.L.", "26-PN-0360", [L(s, q, price=p) for s, d, q, p in items], order_date="2026-12-09",
           currency="EUR", ship_to=S("Bicicletas Ruta Norte S.L.", "Calle Licenciado Poza 41", "Bilbao", "48011", "ES")))

    # s04 standalone CSV semicolons / decimal commas (Dutch)
    items = [("VD-0112", "Schwalbe Marathon Plus 37-622", "TY-MP-37622", 8, 25.95),
             ("VD-0113", "Schwalbe Marathon Plus 40-622", "TY-MP-40622", 8, 26.95),
             ("VD-0201", "Binnenband 28-47/622 FV 40mm", "TB-700-2847-PV40", 24, 3.99),
             ("VD-0202", "Binnenband 28-47/622 HV (Dunlop)", "TB-700-2847-DV40", 24, 3.75),
             ("VD-0340", "Remblokjes Shimano B01S", "BP-SH-B01S", 12, 8.25),
             ("VD-0510", "Achterlicht USB-C", "LT-RR-USB", 10, 13.50)]
    lines = ["Rijwielhandel Van Dam B.V.;;;;", "Ordernummer;VD-2620;;;", "Orderdatum;08-12-2026;;;", "Leveren;Kleine Houtstraat 18, 2011 DN Haarlem;;;", ";;;;",
             "Eigen code;Omschrijving;Aantal;Stukprijs;Totaal"]
    for cp, d, s, q, p in items:
        lines.append(f"{cp};{d};{q};{eur(p)};{eur(q * p)}")
    lines.append(f";;;Totaal;{eur(sum(q * p for *_, q, p in items))}")
    with open(os.path.join(OUT, "s04_vandam_order.csv"), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_label("s04_vandam_order.csv",
        PO("Rijwielhandel Van Dam B.V.", "VD-2620", [L(s, q, price=p, cp=cp) for cp, d, s, q, p in items], order_date="2026-12-08",
           currency=None, ship_to=S("Rijwielhandel Van Dam B.V.", "Kleine Houtstraat 18", "Haarlem", "2011 DN", "NL")))

    # ---------- not orders ----------
    make_eml("n01_galway_quote_request.eml", "Niamh Ó Conaill <niamh@galwaycyclehub.ie>", "Price request - winter tyres",
        "Wed, 02 Dec 2026 12:00:00 +0000",
        """Hi,

Before I place anything, could you quote me for the following and let me know stock?

- 50 x Schwalbe Marathon Plus 40-622
- 50 x inner tubes 700x28-47 presta
- 10 x floor pumps

If the price is right I'll send a PO later this week.

Thanks,
Niamh
Galway Cycle Hub
""", {"kind": "not_an_order"})

    inv = render(dict(title="RECHNUNG / INVOICE", company=["Velotech Großhandel GmbH", "Industriestr. 12", "33689 Bielefeld", "USt-IdNr. DE 123987456"],
        meta=[("Rechnungs-Nr.", "RE-2026-118204"), ("Datum", "01.12.2026"), ("Ihre Bestellung", "SPW-PO-7731"), ("Lieferschein", "LS-55120")],
        blocks=[("Rechnungsempfänger", VENDOR)],
        cols=[("Pos", 30, "L"), ("Artikel", 250, "L"), ("Menge", 50, "R"), ("EP", 60, "R"), ("Betrag", 70, "R")],
        rows=[["1", "KMC X11 Kette 118 Gl. silber", "200", "22,10", "4.420,00"], ["2", "KMC MissingLink 11-fach", "300", "4,60", "1.380,00"]],
        after=["Nettobetrag: 5.800,00 EUR", "Steuerfreie innergemeinschaftliche Lieferung", "Zahlbar bis 31.12.2026 ohne Abzug"]))
    make_eml("n02_supplier_invoice.eml", "Buchhaltung Velotech <rechnung@velotech-grosshandel.de>", "Rechnung RE-2026-118204",
        "Tue, 01 Dec 2026 06:00:00 +0100", "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-118204.\n\nMit freundlichen Grüßen\nVelotech Großhandel GmbH\n",
        {"kind": "invoice"}, attachments=[("RE-2026-118204.pdf", inv, "application/pdf")])

    make_eml("n03_pedal_complaint.eml", "Kwame Asante <kwame@pedalcouriers.co.uk>", "X11 chains snapping - PO PC-0179",
        "Sat, 05 Dec 2026 19:40:00 +0000",
        """Hi,

Not happy I'm afraid. Of the 24 KMC X11 chains on PO PC-0179, 6 have snapped within two weeks - two riders came off, luckily nobody badly hurt. Photos attached later.

I don't want a new order raised for this - I want the 6 replaced free of charge and someone to look at the batch. Please call me.

Kwame Asante
Pedal Couriers Ltd
""", {"kind": "not_an_order"})

    make_eml("n04_supplier_confirmation.eml", "Auftragsservice Velotech <auftrag@velotech-grosshandel.de>",
        "Auftragsbestätigung AB-88412 zu Ihrer Bestellung SPW-PO-7740",
        "Thu, 03 Dec 2026 11:00:00 +0100",
        """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Bestellung SPW-PO-7740 vom 02.12.2026. Wir bestätigen wie folgt:

Pos 1  Shimano CS-R7000 11-30       40 Stk   à 39,80 EUR   Liefertermin KW 50
Pos 2  Shimano CN-HG601 116 Gl.     60 Stk   à 21,40 EUR   Liefertermin KW 50
Pos 3  Shimano B01S Resin          250 Paar  à  6,70 EUR   Rückstand, voraussichtlich KW 3/2027

Lieferadresse: Spaakwerk Parts B.V., Hanzeweg 41, 8011 HB Zwolle, NL

Mit freundlichen Grüßen
Velotech Großhandel GmbH – Auftragsservice
""", {"kind": "not_an_order"}, to="inkoop@spaakwerk-parts.nl")
