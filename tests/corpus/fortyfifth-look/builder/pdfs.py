import io
from lib import *
from emails_a import dt
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer

ST = getSampleStyleSheet()

def render(title, left, right, meta, cols, rows, ruled=True, notes=(), pad=3, font=9):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title=title)
    el = [Paragraph(f"<b>{title}</b>", ST["Title"])]
    blk = Table([[Paragraph("<br/>".join(left), ST["Normal"]), Paragraph("<br/>".join(right), ST["Normal"])]],
                colWidths=[255, 255])
    blk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BOX", (0, 0), (0, 0), 0.5 if ruled else 0, colors.grey if ruled else colors.white),
                             ("BOX", (1, 0), (1, 0), 0.5 if ruled else 0, colors.grey if ruled else colors.white)]))
    el += [blk, Spacer(1, 8)]
    if meta:
        el.append(Table([[k, v] for k, v in meta], colWidths=[140, 370],
                        style=[("FONTSIZE", (0, 0), (-1, -1), 9), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]))
        el.append(Spacer(1, 10))
    t = Table([cols] + rows, repeatRows=1)
    style = [("FONTSIZE", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
             ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    else:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    t.setStyle(TableStyle(style))
    el.append(t)
    el.append(Spacer(1, 12))
    for n in notes:
        el.append(Paragraph(n, ST["Normal"]))
    doc.build(el)
    return buf.getvalue()

def eu(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")

PDFS = []
def addpdf(name, frm, subject, date, body, fname, pdfbytes, lab):
    PDFS.append((name, frm, subject, date, body, fname, pdfbytes, lab))

# ---------- P01 Hotel Alcântara Mar, ruled, seller SKUs printed
p01 = [("CF-CASA-WB-1K", "Café Casa grão 1kg", 20, "un", 18.90, "EA"), ("CF-DEC-WB-1K", "Café descafeinado grão 1kg", 6, "un", 24.60, "EA"),
       ("SYR-VAN-70", "Xarope baunilha 70cl", 6, "un", 6.20, "EA"), ("TEA-EB-100", "Chá English Breakfast 100 saq.", 10, "cx", 6.90, "BX"),
       ("NAP-2P-33-WH", "Guardanapo 2 folhas 33x33 branco", 4, "cx", 24.50, "CS"), ("CUP-08DW-WH-CS", "Copo 8oz parede dupla branco (cx 500)", 2, "cx", 46.00, "CS")]
addpdf("p01_alcantara_pdf_pt", "Economato Hotel Alcântara Mar <economato@alcantaramar-hotel.pt>", "Nota de Encomenda NE 2026/1215",
       dt(3, "10:20"), "Bom dia,\n\nEm anexo a nota de encomenda NE 2026/1215.\n\nCumprimentos,\nRui Tavares\nEconomato\n",
       "NE_2026_1215.pdf",
       render("NOTA DE ENCOMENDA", ["<b>Hotel Alcântara Mar</b>", "Avenida da Doca Seca 201", "1350-352 Lisboa", "NIF 509 000 001"],
              ["<b>Local de entrega</b>", "Hotel Alcântara Mar", "Avenida da Doca Seca 201", "1350-352 Lisboa", "Portugal"],
              [("N.º Encomenda", "NE 2026/1215"), ("Data", "03/12/2026"), ("Data de entrega", "10/12/2026"), ("Fornecedor", "Torra Brava Coffee Supply, Lda.")],
              ["Ref. Forn.", "Descrição", "Qtd", "Un.", "Preço unit. (EUR)", "Total (EUR)"],
              [[s, d, str(q), u, eu(p), eu(p * q)] for s, d, q, u, p, _ in p01], True,
              [f"Total s/ IVA: {eu(sum(q*p for _,_,q,_,p,_ in p01))} EUR"]),
       label(customer="Hotel Alcântara Mar", po="NE 2026/1215", order_date="2026-12-03", requested="2026-12-10", currency="EUR",
             ship_to=S("Hotel Alcântara Mar", "Avenida da Doca Seca 201", "Lisboa", "1350-352", "PT"),
             lines=[L(s, d, q, uu, p) for s, d, q, u, p, uu in p01]))

# ---------- P02 Levante Sur, multi-page
p02 = [("LSA-202", "CF-CASA-WB-1K", "Café Casa grano 1kg", 40, 17.95), ("LSA-201", "CF-DEC-WB-1K", "Café descafeinado grano 1kg", 10, 23.40),
       ("LSA-205", "CF-ORG-WB-1K", "Café ecológico grano 1kg", 6, 22.70), ("LSA-206", "CF-COL-WB-1K", "Café Colombia Huila grano 1kg", 4, 24.00),
       ("LSA-310", "CAP-NC-LUN-50", "Cápsulas Lungo 50 uds", 20, 12.25), ("LSA-311", "CAP-NC-RIS-50", "Cápsulas Ristretto 50 uds", 20, 12.55),
       ("LSA-312", "CAP-NC-DEC-50", "Cápsulas descafeinado 50 uds", 10, 13.40), ("LSA-313", "CAP-NC-INT-100", "Cápsulas Intenso 100 uds", 8, 23.30),
       ("LSA-330", "ESE-CASA-150", "Monodosis ESE Casa caja 150", 4, 29.90), ("LSA-401", "TEA-EB-100", "Té English Breakfast 100 sobres", 12, 6.55),
       ("LSA-402", "TEA-GRN-100", "Té verde sencha 100 sobres", 10, 7.05), ("LSA-403", "TEA-MNT-100", "Menta poleo 100 sobres", 10, 7.05),
       ("LSA-415", "NAP-DISP-WH", "Servilletas dispensador", 6, 27.50), ("LSA-416", "NAP-2P-33-WH", "Servilletas 2 capas 33x33 blancas", 8, 23.30),
       ("LSA-417", "NAP-2P-24-WH", "Servilletas cóctel 24x24", 4, 20.90), ("LSA-520", "SUG-BR-4G-1000", "Azúcar moreno sticks 4g caja 1000", 4, 18.90),
       ("LSA-521", "SUG-WH-5G-1000", "Azúcar blanco sticks 5g caja 1000", 6, 16.60), ("LSA-522", "SWT-STV-500", "Edulcorante stevia caja 500", 3, 14.05),
       ("LSA-601", "CUP-08SW-WH-CS", "Vaso papel 8oz blanco caja 1000", 3, 37.05), ("LSA-602", "CUP-12DW-WH-CS", "Vaso 12oz doble pared blanco caja 500", 4, 51.30),
       ("LSA-603", "LID-80-WH-CS", "Tapa 80mm blanca caja 1000", 3, 22.80), ("LSA-604", "LID-90-WH-CS", "Tapa 90mm blanca caja 1000", 4, 25.65),
       ("LSA-605", "STR-WD-140-CS10", "Removedor madera 140mm caja 10x1000", 2, 37.05), ("LSA-701", "SYR-VAN-70", "Sirope vainilla 70cl", 6, 5.90),
       ("LSA-702", "SYR-CAR-70", "Sirope caramelo 70cl", 6, 5.90), ("LSA-703", "SYR-HAZ-70", "Sirope avellana 70cl", 4, 5.90),
       ("LSA-710", "SAU-CHOC-19", "Salsa chocolate 1,89L", 3, 11.20), ("LSA-801", "PM-OAT-B-12", "Bebida avena barista 1L caja 12", 10, 24.50),
       ("LSA-802", "PM-SOY-B-12", "Bebida soja barista 1L caja 12", 6, 22.05), ("LSA-803", "PM-ALM-B-6", "Bebida almendra barista 1L caja 6", 6, 14.35),
       ("LSA-901", "CLN-TAB-20-200", "Pastillas limpieza 2g bote 200", 6, 21.40), ("LSA-902", "CLN-MILK-1L", "Limpiador sistema leche 1L", 6, 9.30),
       ("LSA-903", "CLN-DESC-1L", "Descalcificador líquido 1L", 4, 8.45), ("LSA-950", "GSK-E61-8.5", "Junta grupo E61 8,5mm", 6, 3.25)]
uom02 = {"CF": "EA", "CA": "BX", "ES": "BX", "TE": "BX", "NA": "CS", "SU": "BX", "SW": "BX", "CU": "CS", "LI": "CS", "ST": "CS",
         "SY": "EA", "SA": "EA", "PM": "CS", "CL": "EA", "GS": "EA"}
addpdf("p02_levante_multipage_es", "Compras Levante Sur <compras@levantesur-hoteles.es>", "Pedido de compra LS-PC-26-0510 (reapertura Valencia)",
       dt(4, "12:00", 1), "Buenos días,\n\nAdjuntamos pedido LS-PC-26-0510 para la reapertura del hotel de Valencia. Son tres páginas.\n\nUn saludo,\nDepartamento de Compras\n",
       "LS-PC-26-0510.pdf",
       render("PEDIDO DE COMPRA", ["<b>Grupo Hostelero Levante Sur S.L.</b>", "CIF B-00000000", "Avenida del Puerto Chico 140", "46024 Valencia"],
              ["<b>Dirección de entrega</b>", "Hotel Levante Sur Valencia", "Muelle de servicio - Calle Travesía del Grao 3", "46024 Valencia", "España"],
              [("Nº pedido", "LS-PC-26-0510"), ("Fecha pedido", "04/12/2026"), ("Fecha entrega", "14/12/2026"), ("Moneda", "EUR")],
              ["Código", "Descripción", "Cantidad", "Precio", "Importe"],
              [[c, d, str(q), eu(p) + " €", eu(p * q) + " €"] for c, s, d, q, p in p02], True,
              ["Portes pagados. Condiciones de pago: 60 días f.f.", "Base imponible: " + eu(sum(q * p for _, _, _, q, p in p02)) + " €"], pad=9, font=10),
       label(customer="Grupo Hostelero Levante Sur S.L.", po="LS-PC-26-0510", order_date="2026-12-04", requested="2026-12-14", currency="EUR",
             ship_to=S("Hotel Levante Sur Valencia", "Muelle de servicio - Calle Travesía del Grao 3", "Valencia", "46024", "ES"),
             lines=[L(s, d, q, uom02[s[:2]], p, c) for c, s, d, q, p in p02]))

# ---------- P03 Orsa, no rules, qty first
p03 = [(6, "CT", "CF-VEND-WB-1K-CS10", "Caffè miscela vending grani 1kg (cartone 10)", 128.00, "CS"),
       (10, "CT", "CUP-VEN-PS-166-CS", "Bicchieri plastica vending 166cc (ct 3000)", 40.00, "CS"),
       (8, "SC", "SUG-WH-5G-1000", "Zucchero bianco stick 5g (sc 1000)", 17.00, "BX"),
       (30, "SC", "STR-WD-110-1000", "Palette legno 110mm (sc 1000)", 3.50, "BX"),
       (12, "PZ", "CF-INST-500", "Caffè solubile liofilizzato 500g", 16.00, "EA"),
       (36, "PZ", "MLK-TOP-750", "Latte granulare topping 750g", 8.40, "EA"),
       (6, "PZ", "CLN-TAB-13-150", "Pastiglie pulizia 1,3g (barattolo 150)", 17.00, "EA")]
addpdf("p03_orsa_norules_it", "Ufficio Acquisti Orsa <acquisti@orsa-vending.it>", "Ordine ORSA/2026/1160", dt(7, "09:40", 1),
       "Buongiorno,\nin allegato ordine ORSA/2026/1160.\nDistinti saluti\nPaolo Ferrante\n", "ORSA_2026_1160.pdf",
       render("ORDINE DI ACQUISTO", ["<b>Distribuzione Automatica Orsa S.r.l.</b>", "Sede legale: Via Lampadari 55", "20153 Milano MI", "P.IVA IT00000000000"],
              ["<b>Luogo di consegna</b>", "Orsa - Deposito Est", "Via dei Gelsi Storti 4", "20096 Pioltello MI"],
              [("Ordine n.", "ORSA/2026/1160"), ("Data", "07/12/2026"), ("Consegna", "settimana 51")],
              ["Q.tà", "UM", "Vs. codice", "Descrizione", "Prezzo €"],
              [[str(q), u, s, d, eu(p)] for q, u, s, d, p, _ in p03], False, ["Pagamento: RiBa 60 gg d.f."]),
       label(customer="Distribuzione Automatica Orsa S.r.l.", po="ORSA/2026/1160", order_date="2026-12-07", requested=None, currency="EUR",
             ship_to=S("Orsa - Deposito Est", "Via dei Gelsi Storti 4", "Pioltello", "20096", region="MI"),
             lines=[L(s, d, q, uu, p) for q, u, s, d, p, uu in p03]))

# ---------- P04 Harbourlight, side-by-side invoice-to / deliver-to, GBP
p04 = [("HL-0031", "CF-CASA-WB-1K", "Casa espresso beans 1kg", 10, "bag", 16.20, "EA"), ("HL-0060", "CF-AUR-WB-1K", "Aurora filter beans 1kg", 4, "bag", 18.40, "EA"),
       ("HL-0102", "NAP-2P-33-WH", "Napkins 2ply 33cm white", 2, "case", 20.90, "CS"), ("HL-0230", "PM-SOY-B-6", "Soy barista 1L x6", 3, "case", 10.10, "CS"),
       ("HL-0301", "CUP-12DW-KR-CS", "Cups 12oz DW kraft", 2, "case", 47.50, "CS"), ("HL-0302", "LID-90-BK-CS", "Lids 90mm black", 2, "case", 23.20, "CS")]
addpdf("p04_harbourlight_pdf_uk", "Priya Nandakumar <purchasing@harbourlighthotels.co.uk>", "PO HH/PO/04471 - Worthing", dt(7, "15:15"),
       "Hi Nuno,\n\nPO attached for the Worthing property. Please note the delivery address.\n\nPriya\n", "HH-PO-04471.pdf",
       render("PURCHASE ORDER", ["<b>Invoice to</b>", "Harbourlight Hotels Ltd", "Accounts Payable", "2 Marine Parade West", "Brighton BN2 1TL"],
              ["<b>Deliver to</b>", "Harbourlight Hotel Worthing", "7 Esplanade Rise", "Worthing", "BN11 2PQ"],
              [("PO Number", "HH/PO/04471"), ("PO Date", "07/12/2026"), ("Delivery Date", "17/12/2026"), ("Currency", "GBP")],
              ["Item", "Description", "Qty", "UoM", "Unit £", "Line £"],
              [[c, d, str(q), u, f"{p:.2f}", f"{p*q:.2f}"] for c, s, d, q, u, p, _ in p04], True,
              ["Goods must be delivered between 07:00 and 11:00. Quote PO number on all paperwork."]),
       label(customer="Harbourlight Hotels Ltd", po="HH/PO/04471", order_date="2026-12-07", requested="2026-12-17", currency="GBP",
             ship_to=S("Harbourlight Hotel Worthing", "7 Esplanade Rise", "Worthing", "BN11 2PQ"),
             lines=[L(s, d, q, uu, p, c) for c, s, d, q, u, p, uu in p04]))

# ---------- P05 Grand Saule, French, ruled
p05 = [("GS-BAR-21", "CAP-NC-RIS-50", "Capsules Ristretto boîte 50", 10, "bte", 13.20, "BX"), ("GS-BAR-22", "CAP-NC-DEC-50", "Capsules Décaféiné boîte 50", 4, "bte", 14.10, "BX"),
       ("GS-THE-01", "TEA-GRN-100", "Thé vert sencha 100 sachets", 6, "bte", 7.40, "BX"), ("GS-THE-02", "TEA-MNT-100", "Infusion menthe 100 sachets", 6, "bte", 7.40, "BX"),
       ("GS-SUC-02", "SUG-BR-4G-1000", "Sucre de canne bûchettes 4g (1000)", 2, "bte", 19.90, "BX"), ("GS-BAR-30", "SAU-WCHOC-19", "Sauce chocolat blanc 1,89 L", 2, "fl", 12.40, "EA")]
addpdf("p05_grandsaule_pdf_fr", "Économat Grand Saule <economat@grandsaule-hotel.fr>", "Bon de commande GS-2026-0931", dt(7, "11:50", 1),
       "Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande GS-2026-0931.\n\nCordialement,\nAntoine Lefèvre\n", "BC_GS-2026-0931.pdf",
       render("BON DE COMMANDE", ["<b>Hôtel Le Grand Saule</b>", "Service Achats", "45 quai des Brumes Dorées", "33000 Bordeaux"],
              ["<b>Livraison</b>", "Hôtel Le Grand Saule – Restaurant La Verrière", "45 quai des Brumes Dorées", "33000 Bordeaux", "France"],
              [("Commande n°", "GS-2026-0931"), ("Date", "07/12/2026"), ("Livraison souhaitée", "semaine 51")],
              ["Réf.", "Désignation", "Qté", "Unité", "PU HT €", "Montant HT €"],
              [[c, d, str(q), u, eu(p), eu(p * q)] for c, s, d, q, u, p, _ in p05], True),
       label(customer="Hôtel Le Grand Saule", po="GS-2026-0931", order_date="2026-12-07", requested=None, currency="EUR",
             ship_to=S("Hôtel Le Grand Saule – Restaurant La Verrière", "45 quai des Brumes Dorées", "Bordeaux", "33000", "FR"),
             lines=[L(s, d, q, uu, p, c) for c, s, d, q, u, p, uu in p05]))

# ---------- P06 VendoPlus, buyer code + supplier item column, ISO dates
p06 = [("VP-1001", "CF-VEND-WB-1K-CS10", "Vending blend beans 1kg, case/10", 10, "CS", 130.00), ("VP-1420", "CUP-VEN-PS-166-CS", "Vending cup PS 166ml, cs/3000", 15, "CS", 40.50),
       ("VP-1430", "CUP-VEN-PAP-7-CS", "Vending cup paper 7oz, cs/2500", 5, "CS", 48.90), ("VP-2210", "MLK-TOP-750", "Milk topping granules 750g", 60, "EA", 8.45),
       ("VP-2300", "CHO-PWD-1K-CS10", "Hot choc powder 1kg, case/10", 4, "CS", 92.00), ("VP-3300", "CF-INST-500", "Instant coffee 500g", 10, "EA", 16.20),
       ("VP-4100", "STR-WD-110-1000", "Stirrer wood 110mm, box/1000", 40, "BX", 3.55)]
addpdf("p06_vendoplus_pdf", "VendoPlus Purchasing <po@vendoplus.nl>", "PO 45-20977", dt(4, "06:30", 1),
       "Please find attached purchase order 45-20977.\n\nThis is an automated message from VendoPlus Automaten B.V.\n", "PO_45-20977.pdf",
       render("PURCHASE ORDER 45-20977", ["<b>VendoPlus Automaten B.V.</b>", "Bedrijvenpark Hoogvliet 12", "3542 AB Utrecht", "The Netherlands", "VAT NL000000000B01"],
              ["<b>Ship to</b>", "VendoPlus DC Utrecht", "Bedrijvenpark Hoogvliet 12", "3542 AB Utrecht", "NL"],
              [("Order date", "2026-12-04"), ("Requested delivery", "2026-12-11"), ("Supplier", "Torra Brava Coffee Supply, Lda. (vendor 700114)")],
              ["Line", "Our item", "Supplier item", "Description", "Qty", "UoM", "Price EUR"],
              [[str((i + 1) * 10), c, s, d, str(q), u, f"{p:.2f}"] for i, (c, s, d, q, u, p) in enumerate(p06)], True),
       label(customer="VendoPlus Automaten B.V.", po="45-20977", order_date="2026-12-04", requested="2026-12-11", currency="EUR",
             ship_to=S("VendoPlus DC Utrecht", "Bedrijvenpark Hoogvliet 12", "Utrecht", "3542 AB", "NL"),
             lines=[L(s, d, q, u, p, c) for c, s, d, q, u, p in p06]))

# ---------- P07 unknown Belgian vending operator, Dutch, "dozen" = boxes
p07 = [(3, "doos", "CF-VEND-WB-1K-CS10", "Vending blend bonen 1kg (doos van 10)", "CS"), (4, "doos", "CUP-VEN-PS-166-CS", "Plastic bekers 166ml (doos 3000)", "CS"),
       (10, "doos", "STR-WD-110-1000", "Roerstaafjes hout 110mm (doos 1000)", "BX"), (6, "st", "CF-INST-500", "Oploskoffie gevriesdroogd 500g", "EA"),
       (12, "st", "MLK-TOP-750", "Melktopping 750g", "EA")]
addpdf("p07_new_vanhoeck_pdf_nl", "Jef Van Hoeck <jef@automaten-vanhoeck.be>", "bestelbon VH-0042", dt(2, "17:05", 1),
       "Goeiedag,\n\nWij zijn een kleine automatenuitbater uit Antwerpen en willen graag bij jullie bestellen.\nIn bijlage onze eerste bestelbon.\n\nMvg,\nJef Van Hoeck\n",
       "Bestelbon_VH-0042.pdf",
       render("BESTELBON", ["<b>Automaten Van Hoeck BV</b>", "Schipdonkstraat 112", "2030 Antwerpen", "BTW BE 0000.000.000"],
              ["<b>Leveradres</b>", "Automaten Van Hoeck BV - magazijn", "Schipdonkstraat 112", "2030 Antwerpen"],
              [("Bestelbon nr.", "VH-0042"), ("Datum", "02/12/2026")],
              ["Aantal", "Eenheid", "Omschrijving"],
              [[str(q), u, d] for q, u, s, d, _ in p07], False, ["Prijzen volgens uw prijslijst 2026."]),
       label(customer="Automaten Van Hoeck BV", po="VH-0042", order_date="2026-12-02", requested=None, currency=None,
             ship_to=S("Automaten Van Hoeck BV - magazijn", "Schipdonkstraat 112", "Antwerpen", "2030"),
             lines=[L(s, d, q, uu) for q, u, s, d, uu in p07]))

# ---------- P08 OfficeBrew, no rules, GBP
p08 = [("CAP-NC-INT-100", "Intenso capsules box 100", 12, 22.80, "BX"), ("CAP-NC-LUN-50", "Lungo capsules box 50", 10, 12.00, "BX"),
       ("CAP-NC-DEC-50", "Decaf capsules box 50", 6, 13.10, "BX"), ("SUG-WH-5G-1000", "White sugar sticks 1000", 2, 16.30, "BX"),
       ("STR-WD-140-1000", "Wooden stirrers 140mm 1000", 5, 3.90, "BX"), ("CLN-TAB-13-150", "Cleaning tablets 1.3g tub 150", 4, 16.20, "EA"),
       ("TEA-EB-100", "English Breakfast tea 100", 6, 6.40, "BX")]
addpdf("p08_officebrew_pdf_uk", "Gareth Moss <gareth.moss@officebrew.co.uk>", "PO OB-78010 Brightwater", dt(8, "08:05"),
       "Morning,\n\nPO OB-78010 attached - direct delivery to Brightwater please.\n\nGareth\n", "OB-78010.pdf",
       render("OfficeBrew Solutions Ltd - Purchase Order", ["<b>OfficeBrew Solutions Ltd</b>", "Mill 4, Ancoats Lane", "Manchester M4 6DE", "accounts@officebrew.co.uk"],
              ["<b>Delivery address</b>", "Brightwater Insurance Ltd", "22 Quayside Walk", "Salford", "M50 3TT"],
              [("Order No.", "OB-78010"), ("Date", "08 Dec 2026"), ("Deliver by", "15 Dec 2026")],
              ["Description", "Qty", "Unit price (GBP)", "Total (GBP)"],
              [[d, str(q), f"{p:.2f}", f"{p*q:.2f}"] for s, d, q, p, _ in p08], False),
       label(customer="OfficeBrew Solutions Ltd", po="OB-78010", order_date="2026-12-08", requested="2026-12-15", currency="GBP",
             ship_to=S("Brightwater Insurance Ltd", "22 Quayside Walk", "Salford", "M50 3TT"),
             lines=[L(s, d, q, u, p) for s, d, q, p, u in p08]))

# ---------- P09 Meulemans, French, spare parts
p09 = [("GSK-E61-8.0", "Joint de groupe E61 8,0 mm", 10, 3.40), ("GSK-E61-9.0", "Joint de groupe E61 9,0 mm", 5, 3.60),
       ("SCR-E61-57F", "Douchette E61 57 mm plate", 10, 5.90), ("BSK-58-2C-21", "Filtre 58 mm 2 tasses 21 g", 4, 9.90),
       ("ACC-BLIND-58", "Filtre aveugle 58 mm", 5, 4.80), ("ACC-BRUSH-GRP", "Brosse de groupe", 5, 6.50), ("CLN-PWD-900", "Poudre nettoyante 900 g", 6, 13.50)]
addpdf("p09_meulemans_pdf_fr", "Sandrine Meulemans <achats@meulemans-os.be>", "BC MOS-PO-5561 pièces détachées", dt(3, "16:30", 1),
       "Bonjour,\nci-joint notre bon de commande pour les pièces détachées.\nSandrine\n", "MOS-PO-5561.pdf",
       render("BON DE COMMANDE MOS-PO-5561", ["<b>Meulemans Office Services NV</b>", "Industrieweg Zuid 31", "1070 Anderlecht"],
              ["<b>Livrer à</b>", "Meulemans Office Services NV - Atelier", "Industrieweg Zuid 31", "1070 Anderlecht", "Belgique"],
              [("Date", "03.12.2026"), ("Commande", "MOS-PO-5561")],
              ["Article", "Qté", "PU HT (EUR)"],
              [[d, str(q), eu(p)] for s, d, q, p in p09], True),
       label(customer="Meulemans Office Services NV", po="MOS-PO-5561", order_date="2026-12-03", requested=None, currency="EUR",
             ship_to=S("Meulemans Office Services NV - Atelier", "Industrieweg Zuid 31", "Anderlecht", "1070", "BE"),
             lines=[L(s, d, q, "EA", p) for s, d, q, p in p09]))

# ---------- P10 Kaffestua Nordlys, Norwegian, NOK
p10 = [("CF-CASA-WB-1K", "Casa Espresso hele bønner 1 kg", 15, "stk", 219.00, "EA"), ("CF-RIB-WB-1K", "Ribeira mørkbrent hele bønner 1 kg", 5, "stk", 209.00, "EA"),
       ("CF-DEC-WB-1K", "Koffeinfri hele bønner 1 kg", 3, "stk", 285.00, "EA"), ("SYR-VAN-70", "Vaniljesirup 70 cl", 6, "fl", 72.00, "EA"),
       ("SYR-GNG-70", "Pepperkakesirup 70 cl", 4, "fl", 76.00, "EA"), ("PM-OAT-B-12", "Havredrikk barista 1 l, 12-pk", 3, "krt", 299.00, "CS"),
       ("CUP-12DW-WH-CS", "Kopp 12 oz dobbeltvegg hvit, krt 500", 2, "krt", 629.00, "CS"), ("LID-90-BK-CS", "Lokk 90 mm svart, krt 1000", 2, "krt", 315.00, "CS")]
addpdf("p10_nordlys_pdf_no", "Ingrid Haugland <ingrid@kaffestua-nordlys.no>", "Innkjøpsordre 2026-140", dt(7, "13:00", 1),
       "Hei,\n\nVedlagt innkjøpsordre 2026-140 for den nye avdelingen på Torget.\n\nMvh\nIngrid\n", "IO_2026-140.pdf",
       render("INNKJØPSORDRE", ["<b>Kaffestua Nordlys AS</b>", "Bryggeveien 17", "5003 Bergen", "Org.nr. 900 000 000"],
              ["<b>Leveringsadresse</b>", "Kaffestua Nordlys AS avd. Torget", "Torgallmenningen 9", "5014 Bergen", "Norge"],
              [("Ordrenr.", "2026-140"), ("Dato", "07.12.2026"), ("Ønsket levering", "15.12.2026"), ("Valuta", "NOK")],
              ["Vare", "Antall", "Enhet", "Pris", "Sum"],
              [[d, str(q), u, eu(p), eu(p * q)] for s, d, q, u, p, _ in p10], True, ["Alle priser eks. mva."]),
       label(customer="Kaffestua Nordlys AS", po="2026-140", order_date="2026-12-07", requested="2026-12-15", currency="NOK",
             ship_to=S("Kaffestua Nordlys AS avd. Torget", "Torgallmenningen 9", "Bergen", "5014", "NO"),
             lines=[L(s, d, q, uu, p) for s, d, q, u, p, uu in p10]))
