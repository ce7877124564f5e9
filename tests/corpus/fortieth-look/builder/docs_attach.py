# -*- coding: utf-8 -*-
"""E-mails with PDF purchase orders, spreadsheet / CSV orders, and a supplier invoice."""
from helpers import L, ship, order, notorder, mail, standalone, US_ORDERS, CA_ORDERS
from reportlab.lib.pagesizes import A4

VENDOR_US = ["Lakeside Pack & Ship Supply", "1650 W 35th St", "Chicago, IL 60609", "orders@lakesidepack.com"]
VENDOR_CA = ["Lakeside Pack & Ship Supply - Toronto", "85 Bermondsey Rd", "Toronto, ON M4B 1Z4", "toronto@lakesidepack.ca"]


def money(v, dec=".", th=","):
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", dec).replace("X", th)


# ---------------------------------------------------------------- p01 QuickBooks-like, Windy City
items = [
    ("Boxes:12x12x12 Wht", "Corrugated box 12x12x12 white mottled ECT-32", 6, "bdl", 31.40, "BX-121212-32W"),
    ("Mailers:Poly 10x13", "Poly mailer 10x13 white (500/cs)", 4, "cs", 39.50, "MLR-PM-1013"),
    ("Labels:4x6 roll", "Thermal labels 4x6, 250/roll", 24, "roll", 4.20, "LBL-46-250"),
    ("Tape:Clear 2in", "Clear packing tape 48mm x 100m hot melt", 2, "cs", 58.00, "TP-48100-CL-HM"),
]
rows = [(i, d, q, money(p), money(q * p)) for i, d, q, u, p, s in items]
total = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="qb", buyer_name="Windy City Candle Co", po="1042",
            buyer_addr=["1847 W Fulton St", "Chicago, IL 60612", "(312) 555-0175"],
            title="Purchase Order", meta=[("Date", "12/03/2026"), ("P.O. No.", "1042")],
            vendor=VENDOR_US, ship=["Windy City Candle Co", "1847 W Fulton St", "Chicago, IL 60612"],
            cols=[("Item", 110, "L"), ("Description", 230, "L"), ("Qty", 45, "R"), ("Rate", 70, "R"), ("Amount", 77, "R")],
            rows=rows, totals=[("Total", "$" + money(total))],
            notes=["Please include packing slip with PO number."], footer="Windy City Candle Co")
mail("p01_windycity_qb_pdf", "Lena Fischer <lena@windycitycandle.com>", US_ORDERS,
     "Thu, 03 Dec 2026 12:00:00 -0600", "Purchase Order 1042 from Windy City Candle Co",
     """Dear Lakeside Pack & Ship Supply,

Your purchase order is attached. Please let us know if you have any questions.

Thank you for your business!
Windy City Candle Co
""",
     order("Windy City Candle Co", "1042", "2026-12-03", None, "USD",
           ship("Windy City Candle Co", "1847 W Fulton St", "Chicago", "IL", "60612", "US"),
           [L(s, d, q, {"bdl": "BDL", "cs": "CS", "roll": "RL"}[u], p, i) for i, d, q, u, p, s in items]),
     attach=[("pdf", "PO_1042.pdf", spec)], note="QuickBooks-style PDF, item names as buyer codes, ruled table")

# ---------------------------------------------------------------- p02 NetSuite-like, Northwind
items = [
    ("PKG-BOX-1612", "BX-161208-32", "Shipping box 16x12x8 32ECT kraft", 24, "Bundle", 24.40),
    ("PKG-BOX-1410", "BX-101010-44", "Shipping box 10x10x10 44ECT kraft", 8, "Bundle", 21.45),
    ("PKG-TAPE-48T", "TP-48100-TN-HM", "Carton sealing tape 48mm x 100m tan HM", 10, "Case", 58.00),
    ("PKG-FILL-AIR", "VF-AIR-84-1150", "Air pillow film 8 x 4 in", 6, "Roll", 38.50),
    ("PKG-LBL-46FF", "LBL-46-500-FF-CS", "Thermal label 4x6 fanfold (case 10 x 500)", 5, "Case", 79.00),
]
rows = [(a, b, c_, q, u, money(p), money(q * p)) for a, b, c_, q, u, p in items]
total = sum(q * p for *_, q, u, p in items)
spec = dict(style="ns", buyer_name="Northwind Goods Co", po="PO1873",
            buyer_addr=["4120 Bluebonnet Dr Suite 200", "Austin TX 78745", "United States"],
            title="Purchase Order", meta=[("#", "PO1873"), ("Date", "12/4/2026"), ("Receive By", "12/11/2026"), ("Terms", "Net 30")],
            vendor=["Lakeside Pack & Ship Supply", "1650 W 35th St", "Chicago IL 60609"],
            ship=["Northwind Goods Co", "Attn: Receiving", "4120 Bluebonnet Dr Suite 200", "Austin TX 78745", "United States"],
            cols=[("Item", 80, "L"), ("Vendor #", 85, "L"), ("Description", 185, "L"), ("Qty", 35, "R"), ("Units", 45, "L"), ("Rate", 50, "R"), ("Amount", 52, "R")],
            rows=rows, ruled=False, size=8, totals=[("Total", "$" + money(total))],
            notes=["Memo: December replenishment"], footer="Northwind Goods Co - Confidential")
mail("p02_northwind_ns_pdf", "Northwind Goods Co <netsuite-noreply@northwindgoods.com>", US_ORDERS,
     "Fri, 04 Dec 2026 09:15:00 -0600", "Northwind Goods Co: Purchase Order #PO1873",
     """Please see the attached Purchase Order #PO1873.

Reply to dana@northwindgoods.com with questions.

*** This is an automatically generated e-mail. ***
""",
     order("Northwind Goods Co", "PO1873", "2026-12-04", "2026-12-11", "USD",
           ship("Northwind Goods Co", "4120 Bluebonnet Dr Suite 200", "Austin", "TX", "78745", "US"),
           [L(b, c_, q, {"Bundle": "BDL", "Case": "CS", "Roll": "RL"}[u], p, a) for a, b, c_, q, u, p in items]),
     attach=[("pdf", "PurchOrd_PO1873_882.pdf", spec)],
     note="NetSuite-style PDF, unruled table, buyer item + our SKU as vendor #, Receive By date, 'Attn' line before street")

# ---------------------------------------------------------------- p03 NetSuite-like multi-page, Lakeshore
big = [
    ("BX-060606-32", "Box 6x6x6 32ECT", 10, "BDL", 9.75), ("BX-080808-32", "Box 8x8x8 32ECT", 10, "BDL", 12.50),
    ("BX-090604-32", "Box 9x6x4 32ECT", 20, "BDL", 8.90), ("BX-101010-32", "Box 10x10x10 32ECT", 16, "BDL", 16.25),
    ("BX-120904-32", "Box 12x9x4 32ECT", 20, "BDL", 11.40), ("BX-121206-32", "Box 12x12x6 32ECT", 12, "BDL", 17.80),
    ("BX-121208-32", "Box 12x12x8 32ECT", 12, "BDL", 19.60), ("BX-121210-32", "Box 12x12x10 32ECT", 8, "BDL", 21.30),
    ("BX-121212-32", "Box 12x12x12 32ECT", 40, "BDL", 23.75), ("BX-141414-32", "Box 14x14x14 32ECT", 10, "BDL", 31.20),
    ("BX-161208-32", "Box 16x12x8 32ECT", 30, "BDL", 24.40), ("BX-161212-32", "Box 16x12x12 32ECT", 10, "BDL", 28.10),
    ("BX-161616-32", "Box 16x16x16 32ECT", 6, "BDL", 39.90), ("BX-181212-32", "Box 18x12x12 32ECT", 8, "BDL", 30.75),
    ("BX-181818-32", "Box 18x18x18 32ECT", 10, "BDL", 44.60), ("BX-202020-32", "Box 20x20x20 32ECT", 4, "BDL", 55.20),
    ("MLR-PM-69", "Poly mailer 6x9", 4, "CS", 38.00), ("MLR-PM-1013", "Poly mailer 10x13", 6, "CS", 39.50),
    ("MLR-PM-12155", "Poly mailer 12x15.5", 6, "CS", 52.00), ("MLR-PM-14519", "Poly mailer 14.5x19", 3, "CS", 41.00),
    ("MLR-KB-000", "Kraft bubble mailer #000", 4, "CS", 55.00), ("MLR-KB-0", "Kraft bubble mailer #0", 4, "CS", 37.40),
    ("MLR-KB-2", "Kraft bubble mailer #2", 6, "CS", 18.92), ("MLR-KB-4", "Kraft bubble mailer #4", 6, "CS", 22.88),
    ("TP-48100-CL-HM", "Tape 48mm x 100m clear HM", 40, "CS", 58.00), ("TP-72100-CL-HM", "Tape 72mm x 100m clear HM", 10, "CS", 61.00),
    ("SF-18-80-1500", "Stretch film 18in 80ga 1500ft", 24, "CS", 86.00), ("LBL-46-1000-3C", "Label 4x6 DT 1000/roll 3in core", 80, "RL", 13.90),
    ("VF-KRAFT-30-1200", "Kraft paper 30in x 1200ft 30lb", 10, "RL", 58.00), ("VF-AIR-84-1150", "Air pillow film 8x4", 12, "RL", 38.50),
    ("BW-316-24-175", "Bubble 3/16 x 24 x 175", 10, "RL", 36.50), ("PAL-4840-B", "Pallet 48x40 grade B", 40, "EA", 9.50),
]
rows = [(str(10 * (k + 1)), s, d, q, u, money(p), money(q * p)) for k, (s, d, q, u, p) in enumerate(big)]
total = sum(q * p for *_, q, u, p in big)
spec = dict(style="ns", buyer_name="Lakeshore Fulfillment LLC", po="LF-88250", pages=2,
            buyer_addr=["2500 Channahon Rd", "Joliet IL 60436", "815-555-0100"],
            title="Purchase Order", meta=[("PO #", "LF-88250"), ("Date", "12/07/2026"), ("Ship Date", "12/15/2026"), ("Currency", "USD")],
            vendor=["Lakeside Pack & Ship Supply", "1650 W 35th St", "Chicago IL 60609", "Vendor ID V-00417"],
            ship=["Lakeshore Fulfillment - DC1", "2500 Channahon Rd", "Joliet IL 60436", "United States"],
            cols=[("Line", 30, "L"), ("Vendor Item", 95, "L"), ("Description", 185, "L"), ("Qty", 40, "R"), ("UOM", 35, "L"), ("Rate", 55, "R"), ("Amount", 90, "R")],
            rows=rows, ruled=False, size=8, bottom=260, totals=[("Total USD", money(total))],
            notes=["All cartons must be labeled with PO number.", "Deliveries accepted Mon-Fri 7:00-15:00."],
            footer="Lakeshore Fulfillment LLC")
mail("p03_lakeshore_ns_multipage", "Lakeshore Purchasing <purchasing@lakeshore3pl.com>", US_ORDERS,
     "Mon, 07 Dec 2026 10:30:00 -0600", "Purchase Order LF-88250",
     """Hello,

Attached is PO LF-88250 (32 lines, 2 pages) - quarterly stock build for DC1. Please confirm ship date.

Marcus Oyelaran
Purchasing Coordinator | Lakeshore Fulfillment LLC
""",
     order("Lakeshore Fulfillment LLC", "LF-88250", "2026-12-07", "2026-12-15", "USD",
           ship("Lakeshore Fulfillment - DC1", "2500 Channahon Rd", "Joliet", "IL", "60436", "US"),
           [L(s, d, q, u, p) for s, d, q, u, p in big]),
     attach=[("pdf", "LF-88250.pdf", spec)], note="two-page NetSuite-style PDF, 32 lines, our SKUs")

# ---------------------------------------------------------------- p04 QB-like, Ponce Print Studio (unknown, PR)
items = [
    ("", "Mailer box 12x10x4 kraft", 10, "BDL", 22.40, "MB-121004-K"),
    ("", "Corner board 3x3x36", 2, "BDL", 31.00, "PAL-CB-3-36"),
    ("", "Poly mailer 19x24", 2, "CS", 63.00, "MLR-PM-1924"),
    ("", "Kraft paper roll 24in 50lb", 3, "RL", 61.00, "VF-KRAFT-24-1000-50"),
]
rows = [(d, q, money(p), money(q * p)) for _, d, q, u, p, s in items]
total = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="qb", buyer_name="Ponce Print Studio", po="2026-118",
            buyer_addr=["Calle Isabel 38", "Ponce, PR 00730", "787-555-0148"],
            title="Purchase Order", meta=[("Date", "12/02/2026"), ("P.O. No.", "2026-118")],
            vendor=VENDOR_US, ship=["Ponce Print Studio", "Calle Isabel 38", "Ponce, PR 00730"],
            cols=[("Description", 300, "L"), ("Qty", 60, "R"), ("Rate", 80, "R"), ("Amount", 92, "R")],
            rows=rows, totals=[("Total", "$" + money(total))], notes=["Ship via Crowley - San Juan"],
            footer="")
mail("p04_ponce_unknown_qb", "Ponce Print Studio <ponceprintstudio@gmail.com>", US_ORDERS,
     "Wed, 02 Dec 2026 15:00:00 -0400", "Purchase Order 2026-118 from Ponce Print Studio",
     """Hello,

Attached is our purchase order. First time ordering from you - please send a proforma so we can pay by wire.

Ponce Print Studio
""",
     order("Ponce Print Studio", "2026-118", "2026-12-02", None, "USD",
           ship("Ponce Print Studio", "Calle Isabel 38", "Ponce", "PR", "00730", "PR"),
           [L(s, d, q, u, p) for _, d, q, u, p, s in items]),
     attach=[("pdf", "PO_2026-118.pdf", spec)], note="unknown sender (gmail), QuickBooks-style PDF without item column", unknown=True)

# ---------------------------------------------------------------- p05 French plain, Imprimerie Laurentienne
items = [
    ("IL-EMB-01", "Boîte 12 x 12 x 12 po, ECT-44", 8, "paquet", 41.20, "BX-121212-44"),
    ("IL-EMB-02", "Boîte 18 x 12 x 12 po, ECT-32", 12, "paquet", 40.10, "BX-181212-32"),
    ("IL-EMB-09", "Film étirable 12 po x 1500 pi, 80 calibre", 4, "caisse", 80.90, "SF-12-80-1500"),
    ("IL-EMB-14", "Feuillard polypropylène 1/2 po machine (8x8)", 6, "rouleau", 46.90, "STR-PP-12-7200M"),
    ("IL-EMB-15", "Palette 48 x 48 po, grade A", 10, "unité", 23.30, "PAL-4848-A"),
]
UOM = {"paquet": "BDL", "caisse": "CS", "rouleau": "RL", "unité": "EA"}
rows = [(a, d, q, u, money(p, ",", " ") + " $", money(q * p, ",", " ") + " $") for a, d, q, u, p, s in items]
sub = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="plain", buyer_name="Imprimerie Laurentienne inc.", po="IL-24420",
            buyer_addr=["2900, boul. Industriel, Laval (Québec) H7L 4R9", "450 555-0120", "achats@imprimerielaurentienne.com"],
            title="BON DE COMMANDE", meta=[("No :", "IL-24420"), ("Date :", "7 décembre 2026"), ("Livraison requise :", "14 décembre 2026"), ("Devise :", "CAD")],
            vendor_title="Fournisseur :", vendor=VENDOR_CA, ship_title="Livrer à :",
            ship=["Imprimerie Laurentienne inc. - Quai 2", "2900, boul. Industriel", "Laval (Québec) H7L 4R9"],
            cols=[("Code", 60, "L"), ("Description", 215, "L"), ("Qté", 35, "R"), ("Unité", 55, "L"), ("Prix unit.", 75, "R"), ("Montant", 92, "R")],
            rows=rows, totals=[("Sous-total", money(sub, ",", " ") + " $"), ("TPS 5 %", money(sub * 0.05, ",", " ") + " $"),
                               ("TVQ 9,975 %", money(sub * 0.09975, ",", " ") + " $"), ("Total", money(sub * 1.14975, ",", " ") + " $")],
            notes=["Veuillez indiquer le numéro de bon de commande sur tous les documents."],
            signature="Julie Roy, acheteuse", footer="Imprimerie Laurentienne inc. - TPS 123456789 RT0001")
mail("p05_laurentienne_fr_pdf", "Julie Roy <achats@imprimerielaurentienne.com>", CA_ORDERS,
     "Mon, 07 Dec 2026 14:22:00 -0500", "Bon de commande IL-24420",
     """Bonjour,

Vous trouverez ci-joint notre bon de commande IL-24420. Merci de confirmer la date de livraison.

Cordialement,
Julie Roy
Acheteuse, Imprimerie Laurentienne inc.
2900, boul. Industriel, Laval (Québec) H7L 4R9
""",
     order("Imprimerie Laurentienne inc.", "IL-24420", "2026-12-07", "2026-12-14", "CAD",
           ship("Imprimerie Laurentienne inc. - Quai 2", "2900, boul. Industriel", "Laval", "QC", "H7L 4R9", "CA"),
           [L(s, d, q, UOM[u], p, a) for a, d, q, u, p, s in items]),
     attach=[("pdf", "BC_IL-24420.pdf", spec)], note="French PDF, decimal commas + space thousands, taxes not lines, letter-style layout")

# ---------------------------------------------------------------- p06 Spanish NetSuite-like, Cervecería Sierra Madre
items = [
    ("CSM-0301", "Caja 12x12x12 pulg. ECT-32 (paquete 25)", 40, "PAQ", 23.75, "BX-121212-32"),
    ("CSM-0302", "Caja 18x18x18 pulg. doble corrugado (paquete 20)", 10, "PAQ", 79.39, "BX-181818-DW"),
    ("CSM-0410", "Playo / película estirable 18\" 80 ga 1500 ft", 15, "CJA", 86.00, "SF-18-80-1500"),
    ("CSM-0415", "Fleje PET verde 1/2\" x 6500 ft", 6, "RLL", 72.00, "STR-PET-12-6500"),
]
U = {"PAQ": "BDL", "CJA": "CS", "RLL": "RL"}
rows = [(a, d, q, u, money(p), money(q * p)) for a, d, q, u, p, s in items]
total = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="ns", buyer_name="Cervecería Sierra Madre", po="OC-2026-1187",
            buyer_addr=["Calle Río Nazas 410, Col. Del Valle", "Monterrey, NL 64620, México", "RFC CSM0904117A2"],
            title="Orden de Compra", meta=[("Folio", "OC-2026-1187"), ("Fecha", "04/12/2026"), ("Entrega", "14/12/2026"), ("Moneda", "USD")],
            vendor=VENDOR_US, ship=["Cervecería Sierra Madre - Almacén", "Calle Río Nazas 410", "Monterrey, NL 64620", "México"],
            cols=[("Clave", 60, "L"), ("Descripción", 230, "L"), ("Cant.", 40, "R"), ("U.M.", 40, "L"), ("P. Unit.", 65, "R"), ("Importe", 97, "R")],
            rows=rows, ruled=True, totals=[("Total USD", money(total))],
            notes=["Favor de facturar con uso de CFDI G01. Incoterm: DAP Monterrey."], footer="Cervecería Sierra Madre")
mail("p06_sierramadre_es_pdf", "Luis Treviño <ltrevino@cerveceriasierramadre.mx>", US_ORDERS,
     "Fri, 04 Dec 2026 16:40:00 -0600", "OC-2026-1187",
     """Buenas tardes,

Adjunto la orden de compra OC-2026-1187. Favor de confirmar fecha de embarque.

Saludos,
Luis Treviño
Jefe de Compras, Cervecería Sierra Madre
""",
     order("Cervecería Sierra Madre", "OC-2026-1187", "2026-12-04", "2026-12-14", "USD",
           ship("Cervecería Sierra Madre - Almacén", "Calle Río Nazas 410", "Monterrey", "NL", "64620", "MX"),
           [L(s, d, q, U[u], p, a) for a, d, q, u, p, s in items]),
     attach=[("pdf", "OC-2026-1187.pdf", spec)], note="Spanish ERP PDF, DD/MM dates, buyer codes")

# ---------------------------------------------------------------- p07 QB-like A4, Southern Cross Print
items = [
    ("SCP-PK-1", "Tape 48mm x 100m clear acrylic", 12, "ctn", 49.50, "TP-48100-CL-AC"),
    ("SCP-PK-2", "Tape 48mm x 100m tan acrylic", 6, "ctn", 49.50, "TP-48100-TN-AC"),
    ("SCP-PK-7", "Bubble wrap 5/16 x 24in x 188ft", 8, "roll", 39.00, "BW-516-24-188"),
    ("SCP-PK-9", "Corrugated 16 x 16 x 16 single wall", 5, "bundle", 39.90, "BX-161616-32"),
]
U = {"ctn": "CS", "roll": "RL", "bundle": "BDL"}
rows = [(a, d, q, money(p), money(q * p)) for a, d, q, u, p, s in items]
total = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="qb", buyer_name="Southern Cross Print Pty Ltd", po="SCP-40118", pagesize=A4,
            buyer_addr=["42 Ipswich Rd", "Woolloongabba QLD 4102", "ABN 51 824 753 556"],
            title="Purchase Order", meta=[("Date", "08/12/2026"), ("P.O. No.", "SCP-40118")],
            vendor=VENDOR_US, ship=["OzLink Freight (for Southern Cross Print)", "900 Nicholas Blvd", "Elk Grove Village IL 60007", "USA"],
            cols=[("Item", 70, "L"), ("Description", 260, "L"), ("Qty", 50, "R"), ("Rate (USD)", 75, "R"), ("Amount", 77, "R")],
            rows=rows, totals=[("Total USD", money(total))], notes=["Required at consolidator by 18/12/2026."], footer="")
mail("p07_southerncross_au_pdf", "Liam O'Connell <purchasing@southerncrossprint.com.au>", US_ORDERS,
     "Tue, 08 Dec 2026 09:00:00 +1000", "PO SCP-40118",
     """Hi,

PO SCP-40118 attached. Same consolidator as last week.

Regards,
Liam O'Connell
Southern Cross Print Pty Ltd
""",
     order("Southern Cross Print Pty Ltd", "SCP-40118", "2026-12-08", "2026-12-18", "USD",
           ship("OzLink Freight (for Southern Cross Print)", "900 Nicholas Blvd", "Elk Grove Village", "IL", "60007", "US"),
           [L(s, d, q, U[u], p, a) for a, d, q, u, p, s in items]),
     attach=[("pdf", "SCP-40118.pdf", spec)], note="A4 QuickBooks-style PDF from Australia, DD/MM dates, required date in notes")

# ---------------------------------------------------------------- p08 QB-like, Rusty Anchor, with a pallet line
items = [
    ("Packaging:Box 12 cube", "12\" x 12\" x 12\" box ECT-32 - full pallet (500)", 2, "plt", 445.00, "BX-121212-32-PLT"),
    ("Packaging:Shrink 18", "Stretch wrap 18\" x 1500' 80ga clear", 8, "cs", 86.00, "SF-18-80-1500"),
    ("Packaging:Pallet HT", "Pallet 48x40 heat treated", 30, "ea", 19.75, "PAL-4840-HT"),
    ("Packaging:Bundling", "Bundling film 5\" with handle", 1, "cs", 44.00, "SF-05-80-1000B"),
]
U = {"plt": "PLT", "cs": "CS", "ea": "EA"}
rows = [(a, d, q, money(p), money(q * p)) for a, d, q, u, p, s in items]
total = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="qb", buyer_name="Rusty Anchor Brewing Co", po="RAB-2209",
            buyer_addr=["311 W Becher St", "Milwaukee, WI 53207", "(414) 555-0199"],
            title="Purchase Order", meta=[("Date", "12/01/2026"), ("P.O. No.", "RAB-2209"), ("Expected", "12/10/2026")],
            vendor=VENDOR_US, ship=["Rusty Anchor Brewing Co", "Rear dock - Becher St", "311 W Becher St", "Milwaukee, WI 53207"],
            cols=[("Item", 120, "L"), ("Description", 220, "L"), ("Qty", 45, "R"), ("Rate", 70, "R"), ("Amount", 77, "R")],
            rows=rows, totals=[("Total", "$" + money(total))], notes=[], footer="")
mail("p08_rustyanchor_qb_pdf", "Jake Brandt <jake@rustyanchorbrew.com>", US_ORDERS,
     "Tue, 01 Dec 2026 11:30:00 -0600", "PO RAB-2209",
     """PO attached. Two pallets of the 12" boxes this time.

Jake
Sent from my iPhone
""",
     order("Rusty Anchor Brewing Co", "RAB-2209", "2026-12-01", "2026-12-10", "USD",
           ship("Rusty Anchor Brewing Co", "311 W Becher St", "Milwaukee", "WI", "53207", "US"),
           [L(s, d, q, U[u], p, a) for a, d, q, u, p, s in items]),
     attach=[("pdf", "RAB-2209.pdf", spec)], note="QuickBooks-style PDF with pallet-quantity line, dock line before street")

# ---------------------------------------------------------------- p09 museum formal multi-page with terms
items = [
    ("1", "7100-410", "Double wall box 24 x 24 x 24 in., bundle of 10", 4, "BDL", 121.93, "BX-242424-DW"),
    ("2", "7100-410", "Double wall box 16 x 16 x 16 in.", 6, "BDL", 71.02, "BX-161616-DW"),
    ("3", "7100-412", "Bubble 1/2 in. x 12 in. x 125 ft", 10, "RL", 21.00, "BW-12-12-125"),
    ("4", "7100-412", "Bubble 3/16 in. x 48 in. x 750 ft", 2, "RL", 98.00, "BW-316-48-750"),
    ("5", "7100-415", "Printed FRAGILE labels 3 x 5 in., roll of 500", 4, "RL", 11.50, "LBL-FRAGILE-500"),
    ("6", "7100-415", "Packing list envelopes 7.5 x 5.5 in. (box 1000)", 1, "BX", 24.00, "LBL-PS-75"),
]
rows = [(a, b, d, q, u, money(p), money(q * p)) for a, b, d, q, u, p, s in items]
total = sum(q * p for *_, q, u, p, s in items)
terms = ["TERMS AND CONDITIONS", "1. Acceptance. This Purchase Order is accepted by shipment or written acknowledgement.",
         "2. Delivery. Deliveries are accepted Monday-Friday 8:00-14:00 at Receiving Dock B only."] + \
        [f"{k}. Standard clause {k}: the Museum's general purchasing conditions apply to this order." for k in range(3, 46)]
spec = dict(style="plain", buyer_name="Lakefront Museum of Natural History", po="LMNH-27-00440", pages=2,
            buyer_addr=["1400 S Lake Shore Dr", "Chicago, IL 60605", "procurement@lakefrontmuseum.org"],
            title="PURCHASE ORDER", meta=[("PO Number:", "LMNH-27-00440"), ("PO Date:", "December 7, 2026"), ("Deliver By:", "January 8, 2027"), ("Requisition:", "R-27-1102")],
            vendor_title="Vendor:", vendor=VENDOR_US, ship_title="Ship To:",
            ship=["Lakefront Museum - Receiving Dock B", "1400 S Lake Shore Dr", "Chicago, IL 60605"],
            cols=[("Ln", 25, "L"), ("Account", 60, "L"), ("Description", 220, "L"), ("Qty", 35, "R"), ("UOM", 35, "L"), ("Unit", 70, "R"), ("Ext.", 87, "R")],
            rows=rows, totals=[("PO Total", "$" + money(total))], notes=terms, signature="Eleanor Vance, Procurement Officer",
            footer="Lakefront Museum of Natural History - tax exempt")
mail("p09_museum_pdf_terms", "Eleanor Vance <procurement@lakefrontmuseum.org>", US_ORDERS,
     "Mon, 07 Dec 2026 15:50:00 -0600", "PO LMNH-27-00440 (exhibit return crates)",
     """Good afternoon,

Please find attached Purchase Order LMNH-27-00440. Terms and conditions are on page 2.

Regards,
Eleanor Vance
Procurement Officer | Lakefront Museum of Natural History
T 312-555-0188

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient.
""",
     order("Lakefront Museum of Natural History", "LMNH-27-00440", "2026-12-07", "2027-01-08", "USD",
           ship("Lakefront Museum - Receiving Dock B", "1400 S Lake Shore Dr", "Chicago", "IL", "60605", "US"),
           [L(s, d, q, u, p) for a, b, d, q, u, p, s in items]),
     attach=[("pdf", "LMNH-27-00440.pdf", spec)], note="formal PDF, GL account column (not a part code), terms flowing to page 2")

# ---------------------------------------------------------------- p10 NetSuite-like NZ
items = [
    ("KPL-1001", "4x6 thermal label roll 250 (case of 24)", 20, "Case", 92.00, "LBL-46-250-CS"),
    ("KPL-1002", "Poly bubble mailer #7 white", 6, "Case", 15.85, "MLR-PB-7"),
    ("KPL-1003", "Poly bubble mailer #0 white", 8, "Case", 41.14, "MLR-PB-0"),
    ("KPL-1004", "Packing tape 48mm x 914m machine roll", 4, "Case", 118.00, "TP-48914-CL-HM"),
]
rows = [(a, d, q, u, money(p), money(q * p)) for a, d, q, u, p, s in items]
total = sum(q * p for _, _, q, _, p, _ in items)
spec = dict(style="ns", buyer_name="Kiwi Parcel Logistics Ltd", po="20958",
            buyer_addr=["27 Westney Rd, Mangere", "Auckland 2022, New Zealand", "GST 112-334-556"],
            title="Purchase Order", meta=[("PO #", "20958"), ("Date", "8/12/2026"), ("Currency", "USD")],
            vendor=VENDOR_US, ship=["Kiwi Parcel Logistics", "27 Westney Rd", "Mangere, Auckland 2022", "New Zealand"],
            cols=[("Item", 70, "L"), ("Description", 230, "L"), ("Qty", 40, "R"), ("Units", 45, "L"), ("Rate", 65, "R"), ("Amount", 82, "R")],
            rows=rows, ruled=False, totals=[("Total", "USD " + money(total))], notes=["Incoterm FCA Chicago."], footer="Kiwi Parcel Logistics Ltd")
mail("p10_kiwiparcel_ns_pdf", "Hemi Walker <hemi.walker@kiwiparcel.co.nz>", US_ORDERS,
     "Tue, 08 Dec 2026 10:00:00 +1300", "PO 20958",
     """Kia ora, PO 20958 attached. Ngā mihi, Hemi""",
     order("Kiwi Parcel Logistics Ltd", "20958", "2026-12-08", None, "USD",
           ship("Kiwi Parcel Logistics", "27 Westney Rd", "Auckland", None, "2022", "NZ"),
           [L(s, d, q, "CS", p, a) for a, d, q, u, p, s in items]),
     attach=[("pdf", "PurchOrd_20958.pdf", spec)], note="NetSuite-style PDF from NZ, D/MM/YYYY date")

# ================================================================ spreadsheets / CSV
# s01: xlsx re-order sheet with On hand / Par / Order, attached to mail (Maple Leaf)
sheet = [
    ["Maple Leaf Fulfilment - weekly packaging re-order", None, None, None, None, None],
    ["PO#", "4500020013", None, "Week of", "2026-12-07", None],
    [None, None, None, None, None, None],
    ["Our SKU", "Description", "On hand", "Par", "Order", "UoM"],
    ["BX-121212-32", "Box 12x12x12 ECT-32", 14, 40, 26, "BDL"],
    ["BX-161208-44", "Box 16x12x8 ECT-44", 22, 20, 0, "BDL"],
    ["BX-181818-32", "Box 18x18x18 ECT-32", 3, 15, 12, "BDL"],
    ["TP-48100-CL-HM", "Tape 48mm clear HM", 8, 30, 22, "CS"],
    ["TP-72100-CL-HM", "Tape 72mm clear HM", 11, 10, None, "CS"],
    ["LBL-46-250", "Label 4x6 DT 250", 60, 150, 90, "RL"],
    ["SF-18-80-1500", "Stretch 18\" 80ga", 4, 12, 8, "CS"],
    ["VF-AIR-84-1150", "Air pillow 8x4", 5, 5, 0, "RL"],
    ["MLR-PM-1013", "Poly mailer 10x13", 2, 10, 8, "CS"],
]
mail("s01_mapleleaf_reorder_xlsx", "Priya Sharma <priya.sharma@mapleleaf3pl.ca>", CA_ORDERS,
     "Mon, 07 Dec 2026 08:05:00 -0500", "Weekly re-order - PO 4500020013",
     """Hi Toronto,

Weekly re-order sheet attached - please ship the "Order" column only (zeros/blanks = skip).
Standard pricing, deliver to Tomken Rd.

Priya Sharma | Inventory Planner | Maple Leaf Fulfilment Inc
6750 Tomken Rd Unit 4, Mississauga ON L5T 2C4 | 905-555-0133
""",
     order("Maple Leaf Fulfilment Inc", "4500020013", None, None, None, None, [
         L("BX-121212-32", "Box 12x12x12 ECT-32", 26, "BDL"),
         L("BX-181818-32", "Box 18x18x18 ECT-32", 12, "BDL"),
         L("TP-48100-CL-HM", "Tape 48mm clear HM", 22, "CS"),
         L("LBL-46-250", "Label 4x6 DT 250", 90, "RL"),
         L("SF-18-80-1500", "Stretch 18\" 80ga", 8, "CS"),
         L("MLR-PM-1013", "Poly mailer 10x13", 8, "CS"),
     ]), attach=[("xlsx", "reorder_wk49.xlsx", [("Reorder", sheet, [4])])],
     note="xlsx re-order sheet: On hand / Par / Order columns, zero and blank orders skipped, 'Week of' is not a date field")

# s02: standalone CSV, semicolons + decimal commas (Logística Bajío)
csv_text = """Orden de compra;LB-OC-10388;;;;
Fecha;03/12/2026;;;;
Proveedor;Lakeside Pack & Ship Supply;;;;
Entregar en;Logística Bajío - CEDIS, Carretera 57 Km 12.5, Querétaro, QRO 76220;;;;
;;;;;
Partida;Clave proveedor;Descripción;Cantidad;Unidad;Precio unitario
1;BX-161208-32;Caja 16x12x8 ECT-32 paquete 25;60;PAQ;24,40
2;BX-121212-32;Caja 12x12x12 ECT-32 paquete 25;45;PAQ;23,75
3;TP-48100-CL-HM;Cinta transparente 48mm x 100m hot melt;30;CJA;58,00
4;SF-18-80-1500;Película estirable 18in 80ga 1500ft;20;CJA;86,00
5;STR-PP-12-7200M;Fleje PP 1/2in máquina 7200ft;10;RLL;36,00
6;PAL-4840-A;Tarima madera 48x40 grado A;100;PZA;14,50
;;;;Total;9.222,00
"""
standalone("s02_bajio_oc.csv", "csv", csv_text,
           order("Logística Bajío S.A. de C.V.", "LB-OC-10388", "2026-12-03", None, None,
                 ship("Logística Bajío - CEDIS", "Carretera 57 Km 12.5", "Querétaro", "QRO", "76220", "MX"), [
               L("BX-161208-32", "Caja 16x12x8 ECT-32 paquete 25", 60, "BDL", 24.40),
               L("BX-121212-32", "Caja 12x12x12 ECT-32 paquete 25", 45, "BDL", 23.75),
               L("TP-48100-CL-HM", "Cinta transparente 48mm x 100m hot melt", 30, "CS", 58.00),
               L("SF-18-80-1500", "Película estirable 18in 80ga 1500ft", 20, "CS", 86.00),
               L("STR-PP-12-7200M", "Fleje PP 1/2in máquina 7200ft", 10, "RL", 36.00),
               L("PAL-4840-A", "Tarima madera 48x40 grado A", 100, "EA", 14.50),
           ]), note="standalone CSV, semicolons, decimal commas, DD/MM date, total row is not a line")

# s03: standalone xlsx order form (Southern Cross? -> Kangaroo Crate), header block + lines
sheet = [
    ["KANGAROO CRATE CO PTY LTD - PURCHASE ORDER"],
    ["PO Number", "KCC-PO-00618"],
    ["PO Date", "08/12/2026"],
    ["Deliver to", "Toll Global Forwarding c/o Kangaroo Crate Co, 2401 S Mount Prospect Rd, Des Plaines, IL 60018"],
    ["Currency", "USD"],
    [],
    ["Line", "Supplier code", "Description", "Qty", "Unit", "Unit price", "Line total"],
    [1, "MB-090602-W", "Mailer box 9x6x2 white", 20, "bundle", 18.98, 379.60],
    [2, "MB-121004-W", "Mailer box 12x10x4 white", 10, "bundle", 29.12, 291.20],
    [3, "LBL-46-500-FF", "4x6 fanfold labels 500", 40, "stack", 8.40, 336.00],
    [4, "VF-CRINK-10-NAT", "Crinkle shred natural 10lb", 6, "box", 27.00, 162.00],
    [None, None, None, None, None, "Total", 1168.80],
]
standalone("s03_kangaroo_po.xlsx", "xlsx", [("PO", sheet, [7])],
           order("Kangaroo Crate Co Pty Ltd", "KCC-PO-00618", "2026-12-08", None, "USD",
                 ship("Toll Global Forwarding c/o Kangaroo Crate Co", "2401 S Mount Prospect Rd", "Des Plaines", "IL", "60018", "US"), [
               L("MB-090602-W", "Mailer box 9x6x2 white", 20, "BDL", 18.98),
               L("MB-121004-W", "Mailer box 12x10x4 white", 10, "BDL", 29.12),
               L("LBL-46-500-FF", "4x6 fanfold labels 500", 40, "PK", 8.40),
               L("VF-CRINK-10-NAT", "Crinkle shred natural 10lb", 6, "BX", 27.00),
           ]), note="standalone xlsx with header block, DD/MM date (AU), total row")

# s04: xlsx attached, Portuguese (Ironbound)
sheet = [
    ["Pedido de compra", "IF-3331"],
    ["Data", "07/12/2026"],
    ["Entrega até", "14/12/2026"],
    [],
    ["Código", "Descrição", "Estoque", "Mínimo", "Pedir", "Unid."],
    ["IF-EMB-01", "Caixa 12x12x12 ECT-32 (fardo 25)", 5, 30, 25, "fardo"],
    ["IF-EMB-03", "Caixa 16x12x8 ECT-32 (fardo 25)", 12, 20, 8, "fardo"],
    ["IF-EMB-07", "Caixa 14x14x14 ECT-44", 16, 15, 0, "fardo"],
    ["IF-EMB-15", "Fita tan 48mm x 100m acrílica", 4, 20, 16, "cx"],
    ["IF-EMB-22", "Sacos zip 9x10 2 mil", 1, 3, 2, "cx"],
]
mail("s04_ironbound_xlsx_pt", "Rafael Menezes <compras@ironboundfulfillment.com>", US_ORDERS,
     "Mon, 07 Dec 2026 11:45:00 -0500", "Pedido IF-3331 (planilha)",
     """Bom dia,

Segue em anexo a planilha do pedido IF-3331. Só a coluna "Pedir" - o que estiver 0 não precisa.

Obrigado,
Rafael Menezes
Ironbound Fulfillment LLC | 88 Wilson Ave, Newark NJ 07105
""",
     order("Ironbound Fulfillment LLC", "IF-3331", "2026-12-07", "2026-12-14", None, None, [
         L("BX-121212-32", "Caixa 12x12x12 ECT-32 (fardo 25)", 25, "BDL", None, "IF-EMB-01"),
         L("BX-161208-32", "Caixa 16x12x8 ECT-32 (fardo 25)", 8, "BDL", None, "IF-EMB-03"),
         L("TP-48100-TN-AC", "Fita tan 48mm x 100m acrílica", 16, "CS", None, "IF-EMB-15"),
         L("PB-0910-2", "Sacos zip 9x10 2 mil", 2, "CS", None, "IF-EMB-22"),
     ]), attach=[("xlsx", "pedido_IF-3331.xlsx", [("Pedido", sheet, [5])])],
     note="Portuguese xlsx attachment, stock/min/order columns, DD/MM dates")

# ================================================================ n04 supplier invoice (PDF)
inv_items = [("RSC-121212-32", "RSC 12x12x12 32ECT kraft", 5000, "EA", 0.71),
             ("RSC-161208-32", "RSC 16x12x8 32ECT kraft", 7500, "EA", 0.74)]
rows = [(a, d, f"{q:,}", u, f"{p:.2f}", money(q * p)) for a, d, q, u, p in inv_items]
spec = dict(style="ns", buyer_name="Midwest Corrugated Mfg", po="INV-77120",
            buyer_addr=["4400 S Kolin Ave", "Chicago IL 60632"],
            title="INVOICE", meta=[("Invoice #", "INV-77120"), ("Date", "12/04/2026"), ("Your PO", "LPS-PO-3391"), ("Terms", "Net 45")],
            vendor=["Bill To:", "Lakeside Pack & Ship Supply", "1650 W 35th St", "Chicago IL 60609"],
            ship=["Lakeside Pack & Ship Supply - Warehouse", "1650 W 35th St", "Chicago IL 60609"],
            cols=[("Item", 80, "L"), ("Description", 200, "L"), ("Qty", 50, "R"), ("UOM", 40, "L"), ("Price", 60, "R"), ("Amount", 102, "R")],
            rows=rows, ruled=False, totals=[("Amount Due", "$" + money(sum(q * p for *_, q, u, p in inv_items)))],
            notes=["Remit to: Midwest Corrugated Mfg, PO Box 4471, Chicago IL 60680"], footer="Thank you for your business")
mail("n04_supplier_invoice_pdf", "Midwest Corrugated AR <ar@midwestcorrugated.example>", US_ORDERS,
     "Fri, 04 Dec 2026 17:00:00 -0600", "Invoice INV-77120 for PO LPS-PO-3391",
     """Please find attached invoice INV-77120 for your PO LPS-PO-3391. Payment due within 45 days.

Midwest Corrugated Mfg - Accounts Receivable
""",
     notorder("invoice"), attach=[("pdf", "INV-77120.pdf", spec)],
     note="supplier invoice addressed to the seller (kind invoice), has PO reference, items and quantities")
