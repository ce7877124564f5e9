# -*- coding: utf-8 -*-
"""PDF purchase orders attached to emails."""
import io
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import L, S, X, D, SELLER_ORDERS
from data import SKUS

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
N = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11)
B = ParagraphStyle("b", fontName="DVB", fontSize=9, leading=11)
T = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20)


def P(t, st=N):
    return Paragraph(t.replace("\n", "<br/>"), st)


def build_pdf(title, left, right, meta, head, rows, ruled=True, notes="", colw=None, footer_rows=()):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title=title)
    story = [P(title, T), Spacer(1, 4 * mm)]
    if left or right:
        blk = Table([[P(left), P(right)]], colWidths=[90 * mm, 90 * mm])
        blk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("BOX", (0, 0), (0, 0), 0.5, colors.grey) if ruled else ("TOPPADDING", (0, 0), (-1, -1), 2),
                                 ("BOX", (1, 0), (1, 0), 0.5, colors.grey) if ruled else ("TOPPADDING", (0, 0), (-1, -1), 2)]))
        story += [blk, Spacer(1, 4 * mm)]
    if meta:
        story += [P(meta), Spacer(1, 4 * mm)]
    data = [[P(h, B) for h in head]] + [[P(str(c)) for c in r] for r in rows] + [[P(str(c), B) for c in r] for r in footer_rows]
    t = Table(data, colWidths=colw, repeatRows=1)
    st = [("FONTNAME", (0, 0), (-1, -1), "DV"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        st += [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    else:
        st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    t.setStyle(TableStyle(st))
    story += [t, Spacer(1, 6 * mm)]
    if notes:
        story.append(P(notes))
    doc.build(story)
    return buf.getvalue()


def eur(x):
    return ("%.2f" % x).replace(".", ",")


DOCS = []


def add(name, frm, subject, date, body, pdfname, pdf, exp, to=SELLER_ORDERS):
    DOCS.append(dict(name=name, frm=frm, to=to, subject=subject, date=date, body=body,
                     attachments=[(pdfname, pdf, "application/pdf")], exp=exp))


# P01 Kilmurry ruled, side-by-side header blocks
rows = [("KC-10233", "Calf Milk Replacer 23% 20kg", 30, "BAG", "62.50", "1875.00"),
        ("KC-10240", "Calf Milk Replacer 26% 20kg", 20, "BAG", "69.00", "1380.00"),
        ("KC-20011", "Pre-calver lick bkt 22.5", 40, "BKT", "40.50", "1620.00"),
        ("KC-30102", "Iodine teat dip RTU 200 ltr barrel", 2, "DRUM", "545.00", "1090.00"),
        ("KC-30110", "Teat dip iodine 20 L", 10, "DRUM", "62.00", "620.00"),
        ("KC-40090", "Tail paint red 1 ltr", 24, "EA", "9.50", "228.00")]
pdf = build_pdf("PURCHASE ORDER",
                "<b>Kilmurry Co-operative Agricultural Society Ltd</b>\nStation Road, Kilmurry\nCo. Clare V95 K7P3\nVAT IE 6388102T",
                "<b>Deliver To:</b>\nKilmurry Co-op Stores\nStation Road\nKilmurry, Co. Clare\nV95 K7P3",
                "<b>PO Number:</b> 48860 &nbsp;&nbsp; <b>PO Date:</b> 07/12/2026 &nbsp;&nbsp; <b>Required:</b> 14/12/2026\n<b>Supplier:</b> Ballycrann Agri Supplies Ltd &nbsp;&nbsp; <b>Currency:</b> EUR",
                ["Stock Code", "Description", "Qty", "UOM", "Unit €", "Line €"], rows,
                footer_rows=[("", "Goods total", "", "", "", "6813.00"), ("", "VAT 13.5%", "", "", "", "919.76")],
                colw=[25 * mm, 70 * mm, 15 * mm, 17 * mm, 22 * mm, 25 * mm],
                notes="Please quote PO number on all delivery dockets and invoices. Deliveries 8:30-16:30 Mon-Fri.")
add("p01_kilmurry_pdf", "Declan Hehir <declan.hehir@kilmurrycoop.ie>", "PO 48860", D(2026, 12, 7, 10, 44),
    "Hi,\n\nPO 48860 attached.\n\nDeclan\nKilmurry Co-op Stores\n", "PO_48860.pdf", pdf,
    X("Kilmurry Co-operative Agricultural Society Ltd", "48860", [
        L("FD-CMR-23", 30, "BAG", "Calf Milk Replacer 23% 20kg", "KC-10233", 62.50),
        L("FD-CMR-26", 20, "BAG", "Calf Milk Replacer 26% 20kg", "KC-10240", 69.00),
        L("MN-LICK-PRE22", 40, "BKT", "Pre-calver lick bkt 22.5", "KC-20011", 40.50),
        L("AH-TDIP-I200", 2, "DR", "Iodine teat dip RTU 200 ltr barrel", "KC-30102", 545.00),
        L("AH-TDIP-I20", 10, "DR", "Teat dip iodine 20 L", "KC-30110", 62.00),
        L("AH-TPNT-R", 24, "EA", "Tail paint red 1 ltr", "KC-40090", 9.50),
    ], order_date="2026-12-07", requested="2026-12-14", currency="EUR",
      ship=S("Kilmurry Co-op Stores", "Station Road", "Kilmurry", "Co. Clare", "V95 K7P3")))

# P02 Hetherby, no rules, GBP
rows = [("HA-5010", "Sheep Wire C8/80/15 100m", "20", "ROLL", "£84.00"),
        ("HA-5012", "Sheep Wire C7/90/30 50m", "10", "ROLL", "£48.50"),
        ("HA-5030", "Barbed wire HT 400m", "15", "ROLL", "£74.00"),
        ("HA-5101", "Half round posts 1.8m", "300", "EACH", "£3.10"),
        ("HA-5105", "Strainer 2.4m 150-175", "40", "EACH", "£15.20"),
        ("HA-5200", "Wire joiners med (20)", "10", "PACK", "£23.50")]
pdf = build_pdf("Hetherby Agricultural Merchants Ltd",
                "Mill Lane Depot, Hetherby, Thirsk\nNorth Yorkshire YO7 9QZ\nTel 01845 550 210",
                "<b>PURCHASE ORDER</b>\nOrder No: HAM-77855\nOrder Date: 04 Dec 2026\nDelivery Date: 11 Dec 2026",
                "Supplier: Ballycrann Agri Supplies Ltd\nDeliver to: Hetherby Agricultural Merchants Ltd, Mill Lane Depot, Hetherby, Thirsk, North Yorkshire YO7 9QZ",
                ["Our Ref", "Description", "Qty", "Unit", "Price"], rows, ruled=False,
                colw=[25 * mm, 80 * mm, 20 * mm, 20 * mm, 25 * mm],
                notes="All prices GBP excl. VAT. Carriage paid.")
add("p02_hetherby_pdf", "Karen Ashworth <k.ashworth@hetherbyagri.co.uk>", "Purchase Order HAM-77855", D(2026, 12, 4, 14, 5),
    "Hello,\n\nPlease see attached purchase order HAM-77855.\n\nKind regards\nKaren Ashworth\n", "HAM-77855.pdf", pdf,
    X("Hetherby Agricultural Merchants Ltd", "HAM-77855", [
        L("FN-SNET-C8-100", 20, "RL", "Sheep Wire C8/80/15 100m", "HA-5010", 84.00),
        L("FN-SNET-C7-50", 10, "RL", "Sheep Wire C7/90/30 50m", "HA-5012", 48.50),
        L("FN-BRB-400", 15, "RL", "Barbed wire HT 400m", "HA-5030", 74.00),
        L("FN-HRND-18", 300, "EA", "Half round posts 1.8m", "HA-5101", 3.10),
        L("FN-POST-24-150", 40, "EA", "Strainer 2.4m 150-175", "HA-5105", 15.20),
        L("FN-GRIP-M20", 10, "PK", "Wire joiners med (20)", "HA-5200", 23.50),
    ], order_date="2026-12-04", requested="2026-12-11", currency="GBP",
      ship=S("Hetherby Agricultural Merchants Ltd", "Mill Lane Depot", "Thirsk", "North Yorkshire", "YO7 9QZ")))

# P03 Val de Lorme, French, ruled
rows = [("70012", "Aliment veaux 18% granulés sac 25 kg", "120", "sac", "15,20"),
        ("70020", "Aliment vaches laitières 16% vrac", "8", "t", "440,00"),
        ("70031", "Minéral poudre vaches taries 25 kg", "25", "sac", "36,50"),
        ("70044", "Bolus oligo-éléments bovins (boîte de 20)", "10", "boîte", "92,00")]
pdf = build_pdf("BON DE COMMANDE N° BC-26-1142",
                "<b>Coopérative Agricole du Val de Lorme</b>\nSiège : 3 place du Marché\n61300 Saint-Aubin-des-Lorme\nSIRET 000 000 000 00017",
                "<b>Adresse de livraison</b>\nCoopérative Agricole du Val de Lorme\n12 route de la Gare\n61300 Saint-Aubin-des-Lorme\nFrance",
                "Date de commande : 01/12/2026 &nbsp;&nbsp; Date de livraison : 10/12/2026 &nbsp;&nbsp; Devise : EUR",
                ["Réf.", "Désignation", "Qté", "Unité", "PU HT €"], rows,
                colw=[20 * mm, 90 * mm, 18 * mm, 20 * mm, 25 * mm],
                notes="Merci de rappeler le numéro de commande sur le bon de livraison et la facture.")
add("p03_valdelorme_pdf", "Service Achats <achats@coop-valdelorme.fr>", "Bon de commande BC-26-1142", D(2026, 12, 1, 15, 12),
    "Bonjour,\n\nCi-joint notre bon de commande BC-26-1142.\n\nCordialement,\nÉlodie Marchand\n", "BC-26-1142.pdf", pdf,
    X("Coopérative Agricole du Val de Lorme", "BC-26-1142", [
        L("FD-CALF18-25", 120, "BAG", "Aliment veaux 18% granulés sac 25 kg", "70012", 15.20),
        L("FD-DRY16-BLK", 8, "TNE", "Aliment vaches laitières 16% vrac", "70020", 440.00),
        L("MN-PWD-DRY25", 25, "BAG", "Minéral poudre vaches taries 25 kg", "70031", 36.50),
        L("MN-BOLUS-CTL", 10, "BX", "Bolus oligo-éléments bovins (boîte de 20)", "70044", 92.00),
    ], order_date="2026-12-01", requested="2026-12-10", currency="EUR",
      ship=S("Coopérative Agricole du Val de Lorme", "12 route de la Gare", "Saint-Aubin-des-Lorme", None, "61300", "FR")))

# P04 Osterwiese multi-page ERP PO (40 lines, our SKU in 'Ihre Art.-Nr.' for most lines)
sel = ["SD-PRG-TET10", "SD-PRG-DIP10", "SD-MIX-GRZ10", "SD-MIX-SIL15", "SD-WCL-5", "SD-STT-5", "SD-KALE-2",
       "SD-SBAR-50", "SD-WWHT-500", "SD-FBEET-U", "FD-CALF18-25", "FD-DRY14-25", "FD-EWE18-25", "FD-PIGG-25",
       "MN-LICK-CTL80", "MN-PWD-PST25", "MN-CALMAG-25", "FN-HTW-25-25", "FN-PWIRE-200", "FN-PTAPE12-400",
       "FN-TRD-150W", "FN-STK-165", "FN-INS-PIN25", "FN-INS-OFF10", "FN-INS-TAPE25", "FN-ENG-M6J", "FN-TEST-5",
       "FN-STP-30-5", "FN-STRN-RAT", "AH-SYR-5-100", "AH-SYR-20-50", "AH-NDL-16-58", "AH-ELAS", "AH-MRK-SPR-G",
       "AH-ELYTE-1", "TG-CTL-REP", "TW-350-2X5-BL", "SW-500-1800-BK", "TL-SCR-RUB", "TL-SBKT-14"]
qtys = [12, 8, 10, 15, 6, 20, 5, 40, 4, 3, 80, 60, 50, 30, 10, 12, 25, 30, 20, 15, 12, 300, 20, 10, 15, 2, 6,
        10, 50, 10, 6, 12, 4, 24, 10, 100, 30, 20, 8, 40]
blank_code = {5, 14, 22, 33}  # no supplier code printed on these lines
rows, lines = [], []
for i, (sku, q) in enumerate(zip(sel, qtys), 1):
    _, desc, uom, price, _ = SKUS[sku]
    pr = round(price * 0.96, 2)
    ours = "OW-%05d" % (41000 + i * 7)
    rows.append((str(i), ours, "" if (i - 1) in blank_code else sku, desc, str(q), uom, eur(pr)))
    lines.append(L(sku, q, uom, desc, ours, pr))
pdf = build_pdf("Bestellung 2026-4488",
                "<b>Agrarhandel Osterwiese eG</b>\nRaiffeisenweg 2\n27313 Osterwiese\nUSt-IdNr. DE000000000",
                "<b>Lieferant</b>\nBallycrann Agri Supplies Ltd\nIrland\nLieferantennr. 70112",
                "Bestelldatum: 02.12.2026 &nbsp;&nbsp; Liefertermin: 08.01.2027 &nbsp;&nbsp; Währung: EUR\nLieferanschrift: Agrarhandel Osterwiese eG, Raiffeisenweg 2, 27313 Osterwiese",
                ["Pos", "Unsere Art.-Nr.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis €"], rows,
                colw=[10 * mm, 24 * mm, 28 * mm, 68 * mm, 15 * mm, 13 * mm, 20 * mm],
                notes="Bitte Bestellnummer auf allen Lieferscheinen angeben. Teillieferungen nur nach Absprache.")
add("p04_osterwiese_multipage", "Sabine Ahlers <s.ahlers@agrar-osterwiese.de>", "Bestellung 2026-4488 (Frühjahrsware)", D(2026, 12, 2, 8, 50),
    "Guten Tag,\n\nanbei unsere Bestellung 2026-4488 für die Frühjahrsware.\n\nMit freundlichen Grüßen\nSabine Ahlers\nEinkauf\n",
    "Bestellung_2026-4488.pdf", pdf,
    X("Agrarhandel Osterwiese eG", "2026-4488", lines, order_date="2026-12-02", requested="2027-01-08", currency="EUR",
      ship=S("Agrarhandel Osterwiese eG", "Raiffeisenweg 2", "Osterwiese", None, "27313")))

# P05 Zielony Łan, Polish
rows = [("1", "Siatka dla owiec C7/90/30, 50 m", "30", "rol.", "52,00"),
        ("2", "Drut naciągowy ocynk. 2,5 mm, kręg 25 kg", "20", "kręg", "55,00"),
        ("3", "Izolatory narożne (op. 10 szt.)", "40", "op.", "8,50"),
        ("4", "Izolatory taśmowe wkręcane (op. 25 szt.)", "20", "op.", "9,00"),
        ("5", "Słupki półokrągłe 1,8 m", "400", "szt.", "3,40"),
        ("6", "Zszywki ocynkowane 30 mm, 5 kg", "10", "kart.", "14,00")]
pdf = build_pdf("ZAMÓWIENIE nr ZL/2026/318",
                "<b>Zamawiający:</b>\nSpółdzielnia Rolnicza „Zielony Łan”\nul. Magazynowa 3\n87-410 Kowalewo Dolne\nNIP 000-000-00-00",
                "<b>Dostawca:</b>\nBallycrann Agri Supplies Ltd\nIrlandia",
                "Data zamówienia: 07.12.2026 &nbsp;&nbsp; Termin dostawy: 18.12.2026 &nbsp;&nbsp; Waluta: EUR (ceny netto)\nMiejsce dostawy: magazyn, ul. Magazynowa 3, 87-410 Kowalewo Dolne",
                ["Lp.", "Nazwa towaru", "Ilość", "J.m.", "Cena netto"], rows,
                colw=[12 * mm, 90 * mm, 18 * mm, 18 * mm, 25 * mm])
add("p05_zielonylan_pdf", "Dział Zaopatrzenia <zaopatrzenie@sr-zielonylan.pl>", "Zamówienie ZL/2026/318", D(2026, 12, 7, 12, 0),
    "Dzień dobry,\n\nw załączeniu zamówienie ZL/2026/318.\n\nZ poważaniem\nAgnieszka Wróbel\n", "ZL_2026_318.pdf", pdf,
    X("Spółdzielnia Rolnicza Zielony Łan", "ZL/2026/318", [
        L("FN-SNET-C7-50", 30, "RL", "Siatka dla owiec C7/90/30, 50 m", None, 52.00),
        L("FN-HTW-25-25", 20, "CL", "Drut naciągowy ocynk. 2,5 mm, kręg 25 kg", None, 55.00),
        L("FN-INS-CNR10", 40, "PK", "Izolatory narożne (op. 10 szt.)", None, 8.50),
        L("FN-INS-TAPE25", 20, "PK", "Izolatory taśmowe wkręcane (op. 25 szt.)", None, 9.00),
        L("FN-HRND-18", 400, "EA", "Słupki półokrągłe 1,8 m", None, 3.40),
        L("FN-STP-30-5", 10, "BX", "Zszywki ocynkowane 30 mm, 5 kg", None, 14.00),
    ], order_date="2026-12-07", requested="2026-12-18", currency="EUR",
      ship=S(None, "ul. Magazynowa 3", "Kowalewo Dolne", None, "87-410")))

# P06 Valle del Esla, Spanish, no requested date
rows = [("SIL-018", "Film silo negro 15 x 18 m", "20", "ud", "125,00"),
        ("SIL-021", "Film subcapa 12 x 15 m", "20", "ud", "31,00"),
        ("SIL-030", "Malla protectora silo 10 x 15 m", "10", "ud", "66,00"),
        ("SIL-040", "Sacos de grava (pack 10)", "40", "pack", "18,00"),
        ("ENS-500V", "Film estirable 500 mm x 1800 m verde", "24", "rollos", "56,50")]
pdf = build_pdf("PEDIDO DE COMPRA",
                "<b>Cooperativa Ganadera Valle del Esla</b>\nCtra. de León km 4\n24230 Valdeoncina del Esla (León)\nCIF F-00000000",
                "Nº Pedido: <b>PED-2026/0470</b>\nFecha: 07/12/2026\nProveedor: Ballycrann Agri Supplies Ltd",
                "Lugar de entrega: Almacén, Ctra. de León km 4, 24230 Valdeoncina del Esla (León). Plazo de entrega: enero 2027.",
                ["Código", "Descripción", "Cant.", "Unidad", "Precio €"], rows, ruled=False,
                colw=[22 * mm, 85 * mm, 18 * mm, 20 * mm, 25 * mm])
add("p06_valledelesla_pdf", "Compras CG Valle del Esla <compras@cg-valledelesla.es>", "Pedido PED-2026/0470", D(2026, 12, 7, 13, 30),
    "Buenas tardes,\n\nAdjuntamos pedido PED-2026/0470.\n\nUn saludo,\nRocío Fernández\n", "PED-2026-0470.pdf", pdf,
    X("Cooperativa Ganadera Valle del Esla", "PED-2026/0470", [
        L("SS-BLK-15X18", 20, "EA", "Film silo negro 15 x 18 m", "SIL-018", 125.00),
        L("SS-UND-12X15", 20, "EA", "Film subcapa 12 x 15 m", "SIL-021", 31.00),
        L("SS-NET-10X15", 10, "EA", "Malla protectora silo 10 x 15 m", "SIL-030", 66.00),
        L("SS-GRVL-10", 40, "PK", "Sacos de grava (pack 10)", "SIL-040", 18.00),
        L("SW-500-1800-GR", 24, "RL", "Film estirable 500 mm x 1800 m verde", "ENS-500V", 56.50),
    ], order_date="2026-12-07", requested="__omit__", currency="EUR",
      ship=S(None, "Ctra. de León km 4", "Valdeoncina del Esla", "León", "24230")))

# P07 Glenbrack, no prices, no rules
rows = [("GB-7701", "Drench gun 20ml", "6"), ("GB-7702", "Drench gun 30ml", "6"), ("GB-7705", "Backpack drencher 60ml", "4"),
        ("GB-7720", "Vaccinator 5ml", "6"), ("GB-7731", "Syringes 5ml (100)", "10"), ("GB-7732", "Syringes 20ml (50)", "10"),
        ("GB-7740", "Needles 16G 5/8 (100)", "20"), ("GB-7750", "Raddle crayon blue", "24"), ("GB-7751", "Raddle crayon red", "24")]
pdf = build_pdf("Glenbrack Agri Merchants Ltd - Purchase Order",
                "Unit 4 Knockane Business Park\nGlenbrack, Co. Kerry V93 R2C8",
                "PO: GAM-2026-1201\nDate: 03/12/2026\nBuyer: Orla Fitzmaurice",
                "Deliver to: Glenbrack Agri Merchants Ltd, Unit 4 Knockane Business Park, Glenbrack, Co. Kerry V93 R2C8",
                ["Code", "Item", "Qty"], rows, ruled=False, colw=[30 * mm, 110 * mm, 20 * mm],
                notes="Prices as per current trade list.")
add("p07_glenbrack_pdf", "Orla Fitzmaurice <purchasing@glenbrackagri.ie>", "PO GAM-2026-1201", D(2026, 12, 3, 9, 2),
    "Morning, PO attached. Thanks, Orla\n", "GAM-2026-1201.pdf", pdf,
    X("Glenbrack Agri Merchants Ltd", "GAM-2026-1201", [
        L("AH-DRG-20", 6, "EA", "Drench gun 20ml", "GB-7701"),
        L("AH-DRG-30", 6, "EA", "Drench gun 30ml", "GB-7702"),
        L("AH-DRG-60BP", 4, "EA", "Backpack drencher 60ml", "GB-7705"),
        L("AH-INJ-5", 6, "EA", "Vaccinator 5ml", "GB-7720"),
        L("AH-SYR-5-100", 10, "BX", "Syringes 5ml (100)", "GB-7731"),
        L("AH-SYR-20-50", 10, "BX", "Syringes 20ml (50)", "GB-7732"),
        L("AH-NDL-16-58", 20, "BX", "Needles 16G 5/8 (100)", "GB-7740"),
        L("AH-RDL-B", 24, "EA", "Raddle crayon blue", "GB-7750"),
        L("AH-RDL-R", 24, "EA", "Raddle crayon red", "GB-7751"),
    ], order_date="2026-12-03",
      ship=S("Glenbrack Agri Merchants Ltd", "Unit 4 Knockane Business Park", "Glenbrack", "Co. Kerry", "V93 R2C8")))

# P08 unknown merchant Moyvalley Agri Stores
rows = [("1", "Shovel round mouth steel handle", "10", "21.00"), ("2", "Dung fork 4 prong", "10", "23.00"),
        ("3", "Rubber yard scraper 24\"", "12", "18.50"), ("4", "Bolt cropper 24\"", "4", "28.00"),
        ("5", "Hay knife", "6", "20.00"), ("6", "Stable bucket 14 ltr", "50", "4.20"), ("7", "Monkey strainer", "3", "37.00")]
pdf = build_pdf("Moyvalley Agri Stores Ltd",
                "<b>Order / Invoice address</b>\nMoyvalley Agri Stores Ltd\nBridge Street\nMoyvalley Cross, Co. Kildare\nW23 P2K6",
                "<b>Purchase Order</b> MAS-00412\nDate 5 Dec 2026\nAccount: NEW - pro forma please",
                "", ["Line", "Description", "Qty", "Unit Price €"], rows,
                colw=[15 * mm, 100 * mm, 20 * mm, 30 * mm],
                notes="Deliver to shop address above. Closed Sundays.")
add("p08_moyvalley_new_pdf", "Eamon Kinsella <eamon@moyvalleyagri.ie>", "New account - PO MAS-00412", D(2026, 12, 5, 11, 11),
    "Hello,\n\nWe'd like to open an account with you. First order attached - happy to pay pro forma.\n\nEamon Kinsella\nMoyvalley Agri Stores Ltd\n",
    "MAS-00412.pdf", pdf,
    X("Moyvalley Agri Stores Ltd", "MAS-00412", [
        L("TL-SHV-RM", 10, "EA", "Shovel round mouth steel handle", None, 21.00),
        L("TL-FRK-4", 10, "EA", "Dung fork 4 prong", None, 23.00),
        L("TL-SCR-RUB", 12, "EA", "Rubber yard scraper 24\"", None, 18.50),
        L("TL-BOLT-24", 4, "EA", "Bolt cropper 24\"", None, 28.00),
        L("TL-HAYK", 6, "EA", "Hay knife", None, 20.00),
        L("TL-SBKT-14", 50, "EA", "Stable bucket 14 ltr", None, 4.20),
        L("TL-MNK-STR", 3, "EA", "Monkey strainer", None, 37.00),
    ], order_date="2026-12-05", currency="EUR",
      ship=S("Moyvalley Agri Stores Ltd", "Bridge Street", "Moyvalley Cross", "Co. Kildare", "W23 P2K6")))

# P09 Højgaard, Danish
rows = [("Kalvemælkeerstatning 26 % 20 kg", "40", "sæk"), ("Kalvepiller 18 % løs vægt", "3", "ton"),
        ("Elektrolytpulver 1 kg", "12", "stk."), ("Kalvespand 8 l med sut", "20", "stk.")]
pdf = build_pdf("INDKØBSORDRE 2026-121",
                "<b>Højgaard Landbrug I/S</b>\nTingvej 41, Sdr. Højgaard\n6920 Videbæk\nCVR 00000000",
                "Ordredato: 04-12-2026\nØnsket leveringsdato: 14-12-2026\nLeverandør: Ballycrann Agri Supplies Ltd",
                "Leveringsadresse: som ovenfor.", ["Vare", "Antal", "Enhed"], rows,
                colw=[110 * mm, 25 * mm, 25 * mm])
add("p09_hoejgaard_pdf", "Mette Højgaard <mette@hoejgaard-landbrug.dk>", "Indkøbsordre 2026-121", D(2026, 12, 4, 7, 15),
    "Hej Siobhán,\n\nHermed indkøbsordre 2026-121 (vedhæftet).\n\nVenlig hilsen\nMette\n", "Indkoebsordre_2026-121.pdf", pdf,
    X("Højgaard Landbrug I/S", "2026-121", [
        L("FD-CMR-26", 40, "BAG", "Kalvemælkeerstatning 26 % 20 kg"),
        L("FD-CALF18-BLK", 3, "TNE", "Kalvepiller 18 % løs vægt"),
        L("AH-ELYTE-1", 12, "EA", "Elektrolytpulver 1 kg"),
        L("TL-CBKT-8", 20, "EA", "Kalvespand 8 l med sut"),
    ], order_date="2026-12-04", requested="2026-12-14",
      ship=S("Højgaard Landbrug I/S", "Tingvej 41, Sdr. Højgaard", "Videbæk", None, "6920")))

# P10 Strathmorven, GBP, ruled
rows = [("HT wire 2.5mm 25kg coil", "10", "coils", "49.00"), ("Stock netting C8/80/15 100m", "12", "rolls", "82.00"),
        ("Round posts 1.8m 75-100", "400", "each", "3.60"), ("Strainers 2.4m", "30", "each", "15.00"),
        ("Staples 40mm 5kg", "6", "boxes", "12.00"), ("Post driver 8kg", "1", "each", "55.00")]
pdf = build_pdf("STRATHMORVEN ESTATES FARMING - PURCHASE ORDER",
                "Estate Office\nMains of Strathmorven\nby Huntly, Aberdeenshire AB54 7XY",
                "Order No. SME 0097\nDate: 3 December 2026\nDelivery required: 16 December 2026\nPrices: GBP ex VAT",
                "Deliver to: Mains of Strathmorven, by Huntly, Aberdeenshire AB54 7XY (north road access only)",
                ["Description", "Qty", "Unit", "Price £"], rows, colw=[95 * mm, 20 * mm, 25 * mm, 25 * mm])
add("p10_strathmorven_pdf", "Alasdair Grant <farm.office@strathmorven.co.uk>", "SME 0097 fencing", D(2026, 12, 3, 17, 20),
    "Hello, fencing order attached for the new hill park. Alasdair\n", "SME0097.pdf", pdf,
    X("Strathmorven Estates Farming", "SME 0097", [
        L("FN-HTW-25-25", 10, "CL", "HT wire 2.5mm 25kg coil", None, 49.00),
        L("FN-SNET-C8-100", 12, "RL", "Stock netting C8/80/15 100m", None, 82.00),
        L("FN-POST-18-75", 400, "EA", "Round posts 1.8m 75-100", None, 3.60),
        L("FN-POST-24-150", 30, "EA", "Strainers 2.4m", None, 15.00),
        L("FN-STP-40-5", 6, "BX", "Staples 40mm 5kg", None, 12.00),
        L("TL-RAM-8", 1, "EA", "Post driver 8kg", None, 55.00),
    ], order_date="2026-12-03", requested="2026-12-16", currency="GBP",
      ship=S(None, "Mains of Strathmorven", "Huntly", "Aberdeenshire", "AB54 7XY")))
