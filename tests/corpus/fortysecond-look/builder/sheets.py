import io, os
import openpyxl
from openpyxl.styles import Font, PatternFill
from common import mail, L, ship, save, SELLER_UK, SELLER_FR, OUT
from mails1 import po
from pdfkit import render
from pdfs import fmt, fmt_th, send

def xlsx_bytes(build_fn):
    wb = openpyxl.Workbook()
    build_fn(wb)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

def build():
    # S01 Nordfjord xlsx attached to Norwegian mail
    items = [
        ("NB-501", "CHN-G70-10", "Kjetting grad 70 10 mm", 100, "M", "m", 16.50),
        ("NB-502", "SHK-DA4-10", "Sjakkel D syrefast A4 10 mm", 10, "EA", "stk", 9.80),
        ("NB-503", "ANC-DLT-20", "Anker Delta 20 kg", 2, "EA", "stk", 209.00),
        ("NB-504", "ROP-3S12-WHT-M", "Fortøyningstau 3-slått 12 mm hvit", 200, "M", "m", 1.25),
        ("NB-505", "FND-F5-WHT", "Fender F5 hvit", 8, "EA", "stk", 58.00),
    ]
    def b1(wb):
        ws = wb.active; ws.title = "Bestilling"
        ws["A1"] = "Nordfjord Båtservice AS – innkjøpsordre"; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Ordrenr:"; ws["B2"] = "NB-4530"
        ws["A3"] = "Dato:"; ws["B3"] = "18.03.2026"
        ws["A4"] = "Leveres:"; ws["B4"] = "Sjøgata 31, 6700 Måløy"
        hdr = ["Vårt varenr", "Deres varenr", "Beskrivelse", "Antall", "Enhet", "Pris GBP", "Sum"]
        for i, h in enumerate(hdr):
            c = ws.cell(row=6, column=i + 1, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEEFF")
        for r, (cp, s, d, q, u, ud, p) in enumerate(items, start=7):
            ws.cell(row=r, column=1, value=cp); ws.cell(row=r, column=2, value=s); ws.cell(row=r, column=3, value=d)
            ws.cell(row=r, column=4, value=q); ws.cell(row=r, column=5, value=ud); ws.cell(row=r, column=6, value=p)
            ws.cell(row=r, column=7, value="=D%d*F%d" % (r, r))
        ws.cell(row=7 + len(items), column=6, value="Totalt"); ws.cell(row=7 + len(items), column=7, value="=SUM(G7:G%d)" % (6 + len(items)))
        ws.column_dimensions["C"].width = 38
    data = xlsx_bytes(b1)
    save("s01_nordfjord_xlsx_attached", mail("Kjetil Solberg <kjetil@nordfjordbat.no>", SELLER_UK, "Bestilling NB-4530 (vedlegg)",
         "Wed, 18 Mar 2026 14:22:00 +0100",
"""Hei,

Vedlagt bestilling NB-4530 i Excel. Levering til verkstedet som vanlig.

Mvh
Kjetil Solberg
Nordfjord Båtservice AS
""", attachments=[("NB-4530.xlsx", data, XLSX)]),
         po("Nordfjord Båtservice AS", "NB-4530", "2026-03-18", None, "GBP",
            [L(s, d, q, u, p, cp) for cp, s, d, q, u, ud, p in items],
            ship_to=ship("Nordfjord Båtservice AS", "Sjøgata 31", "Måløy", "6700", "NO")), "eml")

    # S02 Bretagne fleet prep xlsx attached; quantities per boat summed in Total column
    boats = ["Aber Wrac'h", "Belle-Île", "Glénan", "Houat"]
    items = [
        ("FND-F3-WHT", "Défense F3 blanche", [2, 2, 1, 3]),
        ("RAK-33", "Kit réarmement 33 g (gilets 150N auto)", [4, 4, 6, 4]),
        ("FLR-PK-COAST", "Kit feux côtier", [1, 1, 1, 1]),
        ("IMP-VP-21951346", "Turbine Volvo Penta D1-20 (21951346)", [1, 0, 1, 1]),
        ("FLT-OIL-VP3840525", "Filtre huile Volvo D1/D2 (3840525)", [2, 2, 2, 2]),
    ]
    def b2(wb):
        ws = wb.active; ws.title = "Préparation saison"
        ws["A1"] = "BLV - préparation flotte saison 2026 - commande BLV-0326-07"
        ws["A2"] = "Livraison souhaitée : 10/04/2026"
        hdr = ["Réf S&B", "Article"] + boats + ["Total"]
        for i, h in enumerate(hdr):
            ws.cell(row=4, column=i + 1, value=h).font = Font(bold=True)
        for r, (s, d, qs) in enumerate(items, start=5):
            ws.cell(row=r, column=1, value=s); ws.cell(row=r, column=2, value=d)
            for j, q in enumerate(qs):
                ws.cell(row=r, column=3 + j, value=q if q else None)
            ws.cell(row=r, column=7, value=sum(qs))
        ws.column_dimensions["B"].width = 40
        ws2 = wb.create_sheet("Notes")
        ws2["A1"] = "Bateaux au ponton C, clés à la capitainerie."
    data = xlsx_bytes(b2)
    save("s02_bretagne_xlsx_perboat", mail("Yann Le Goff <yann@bretagne-voiliers.fr>", SELLER_FR, "prépa saison - commande BLV-0326-07",
         "Thu, 19 Mar 2026 18:30:00 +0100",
"""Bonsoir,

Voici le tableau de préparation de la flotte, merci de livrer les totaux (colonne Total). Commande BLV-0326-07.

Yann
Bretagne Location Voiliers
""", attachments=[("prepa_saison_2026.xlsx", data, XLSX)]),
         po("Bretagne Location Voiliers SARL", "BLV-0326-07", None, "2026-04-10", None,
            [L(s, d, sum(qs), "PK" if s == "FLR-PK-COAST" else "EA") for s, d, qs in items]), "eml")

    # S03 standalone xlsx order form from De Schelde
    items = [
        ("AFP-ER-BLK-075", "Antifouling eroderend zwart 0,75 L", 24, "EA", 49.00),
        ("AFP-ER-BLK-250", "Antifouling eroderend zwart 2,5 L", 12, "EA", 139.00),
        ("AFP-ER-WHT-250", "Antifouling eroderend wit 2,5 L", 4, "EA", 139.00),
        ("AFP-PR-GRY-075", "Primer grijs 0,75 L", 6, "EA", 35.00),
        ("BAT-AGM-100", "Accu AGM 12V 100Ah", 2, "EA", 219.00),
        ("CBL-BT16-RED-M", "Accukabel vertind 16 mm² rood", 20, "M", 4.10),
        ("CBL-BT16-BLK-M", "Accukabel vertind 16 mm² zwart", 20, "M", 4.10),
    ]
    def b3(wb):
        ws = wb.active; ws.title = "Bestelformulier"
        rows = [["BESTELFORMULIER", None, None, None, None],
                ["Klant", "Jachthaven De Schelde BV", None, None, None],
                ["Adres", "Havenweg 14, 4382 NL Vlissingen", None, None, None],
                ["Ordernummer", "2026-0158", None, None, None],
                ["Besteldatum", "2026-03-24", None, None, None],
                ["Leverdatum", "2026-04-03", None, None, None],
                [None] * 5,
                ["Artikelnr.", "Omschrijving", "Aantal", "Eenheid", "Prijs (EUR)"]]
        for r in rows: ws.append(r)
        for s, d, q, u, p in items:
            ws.append([s, d, q, "m" if u == "M" else "st", p])
        ws.append([]); ws.append([None, "Opmerking: graag alles op één pallet."])
        ws.column_dimensions["B"].width = 40
    save("s03_schelde_xlsx_standalone", xlsx_bytes(b3),
         po("Jachthaven De Schelde BV", "2026-0158", "2026-03-24", "2026-04-03", "EUR",
            [L(s, d, q, u, p) for s, d, q, u, p in items]), "xlsx")

    # S04 standalone CSV ; with decimal commas
    items = [
        ("NRV-0091", "ROP-PB10-NVY-M", "Cabo poliéster trenzado 10 mm azul marino", 150, "M", 1.95),
        ("NRV-0092", "ROP-PB10-NVY-R100", "Cabo poliéster trenzado 10 mm azul marino bobina 100 m", 1, "RL", 170.00),
        ("NRV-0140", "SHK-BA4-08", "Grillete lira inox A4 8 mm", 25, "EA", 6.60),
        ("NRV-0210", "FND-F2-WHT", "Defensa F2 blanca", 16, "EA", 22.00),
        ("NRV-0211", "FND-F2-NVY", "Defensa F2 azul marino", 16, "EA", 25.00),
        ("NRV-0305", "CHN-G40-10-B50", "Cadena grado 40 10 mm bidón 50 m", 2, "EA", 650.00),
    ]
    out = ["Pedido;NRV-2026/131;Fecha;25/03/2026;Proveedor;Solent & Biscay Shipchandler SAS",
           "Cliente;Náutica Ría de Vigo SL;Entrega;Avenida do Porto 41, 36940 Cangas",
           "",
           "Nuestra ref.;Su ref.;Descripción;Cantidad;Unidad;Precio unitario (€);Importe (€)"]
    for cp, s, d, q, u, p in items:
        ud = {"M": "m", "RL": "bobina", "EA": "ud"}[u]
        out.append(";".join([cp, s, d, str(q), ud, fmt(p), fmt_th(q * p, ",", ".")]))
    out.append(";;Total;;;;" + fmt_th(sum(q * p for cp, s, d, q, u, p in items), ",", "."))
    save("s04_vigo_csv_semicolon", ("\r\n".join(out) + "\r\n").encode("utf-8"),
         po("Náutica Ría de Vigo SL", "NRV-2026/131", "2026-03-25", None, "EUR",
            [L(s, d, q, u, p, cp) for cp, s, d, q, u, p in items],
            ship_to=ship("Náutica Ría de Vigo SL", "Avenida do Porto 41", "Cangas", "36940", "ES")), "csv")

def build_nonorders():
    save("n01_rfq_marstrand", mail("Anna Lindqvist <anna.lindqvist@marstrandsegel.se>", SELLER_UK, "Price request - 40 lifejackets + re-arm kits",
         "Tue, 24 Mar 2026 09:00:00 +0100",
"""Hi,

Before we order for next season, could you quote us for:

40 x lifejacket 150N automatic adult
40 x re-arm kit 33g
10 x lifejacket 150N junior 20-40 kg

Please include delivery to Marstrand and your lead time. This is a request for a quotation only, not an order - we will send a PO once the board has approved the budget.

Kind regards
Anna Lindqvist
Marstrand Segelskola AB
"""), {"kind": "not_an_order"}, "eml")

    save("n02_complaint_cornwall", mail("Tom Trevaskis <tom@cornwallfishcoop.co.uk>", SELLER_UK, "Damaged fenders on CFC 7731",
         "Thu, 26 Mar 2026 07:12:00 +0000",
"""Hi,

The delivery for CFC 7731 came on Tuesday's lorry but 3 of the 14 F6 black fenders are split along the seam and one of the 40 x 12mm shackles has a bent pin. Photos attached to follow.

Can you send replacements for the 3 fenders and 1 shackle, or credit them - not a new order, just put it right please.

Tom Trevaskis
Cornwall Fishermen's Co-operative Ltd
01736 362 118
"""), {"kind": "not_an_order"}, "eml")

    save("n03_shipping_notice", mail("Channel Freight Tracking <noreply@channelfreight-tracking.co.uk>", SELLER_UK,
         "Shipment notification - consignment CF-88213574",
         "Fri, 27 Mar 2026 16:02:00 +0000",
"""SHIPMENT NOTIFICATION

Consignment: CF-88213574
Shipper: Solent & Biscay Chandlery Ltd, Southampton
Consignee: Jadran Charter d.o.o., Zadar HR
Customer reference: JC-2026-22

Pieces: 4   Weight: 312 kg   Service: Road groupage EU

Contents as declared:
22  Fender F4 white
22  Fender F4 navy
44  D shackle A4 8mm pin

Estimated delivery: 03/04/2026
Track at channelfreight-tracking.co.uk. Do not reply to this e-mail.
"""), {"kind": "not_an_order"}, "eml")

    # supplier invoice (to us) as PDF
    items = [("NR-PB10-NV", "Polyester double braid 10 mm navy, 100 m", 40, 98.00),
             ("NR-DY12-GR", "Dyneema SK78 12 mm grey, 100 m", 6, 395.00)]
    rows = [[a, d, str(q), fmt(p, "."), fmt_th(q * p, ".")] for a, d, q, p in items]
    net = sum(q * p for a, d, q, p in items)
    pdf = render({
        "font": "dv", "title": "INVOICE / FAKTURA",
        "letterhead": ["NordRope Fabrikk AS", "Industriveien 12, 4070 Randaberg, Norway", "Org.nr 987 654 321 MVA"],
        "meta": [("Invoice no.", "2026-10447"), ("Invoice date", "20.03.2026"), ("Your order", "SB-PO-7731"), ("Due date", "19.04.2026")],
        "blocks": [("Bill to", ["Solent & Biscay Chandlery Ltd", "Ocean Village Trade Park", "Southampton SO14 3TL, UK"])],
        "columns": [("Art.no", 80, "l"), ("Description", 240, "l"), ("Qty", 40, "r"), ("Price GBP", 70, "r"), ("Amount GBP", 80, "r")],
        "rows": rows, "style": "ruled",
        "totals": [("Total GBP", fmt_th(net, "."))],
        "notes": ["Payment to DNB IBAN NO93 8601 1117 947, BIC DNBANOKK. Please quote invoice number."],
    })
    save("n04_supplier_invoice_pdf", mail("NordRope Fabrikk AS <invoice@nordrope.no>", SELLER_UK, "Invoice 2026-10447",
         "Fri, 20 Mar 2026 12:00:00 +0100",
         "Dear customer,\n\nPlease find attached invoice 2026-10447 for your order SB-PO-7731.\n\nBest regards\nNordRope Fabrikk AS - Accounts\n",
         attachments=[("Invoice_2026-10447.pdf", pdf, "application/pdf")]), {"kind": "invoice"}, "eml")
