"""Emails with PDF / spreadsheet / CSV attachments, and not-orders."""
import io, datetime
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
import openpyxl
from common import L, exp, ST, make_eml, NOT_ORDER
from catalog_data import catalog_rows

SS = getSampleStyleSheet()
GT = {r["sku"]: r["gtin"] for r in catalog_rows()}


def P(t, style="Normal"):
    return Paragraph(t.replace("\n", "<br/>"), SS[style])


def pdf(story, footer=None):
    buf = io.BytesIO()

    def onpage(c, d):
        if footer:
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, 10 * mm, footer % c.getPageNumber())
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


def grid_table(rows, widths, rules=True, header_bg=colors.lightgrey):
    t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    st = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if rules:
        st += [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), header_bg)]
    else:
        st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    t.setStyle(TableStyle(st))
    return t


def side_by_side(left, right, widths=(87, 87), box=True):
    t = Table([[P(left), P(right)]], colWidths=[w * mm for w in widths])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if box:
        st.append(("BOX", (0, 0), (0, 0), 0.5, colors.black))
        st.append(("BOX", (1, 0), (1, 0), 0.5, colors.black))
    t.setStyle(TableStyle(st))
    return t


PDF_T = ("application", "pdf")


def att_pdf(name, data):
    return (name, data) + PDF_T


def money(x, comma=False):
    s = "%.2f" % x
    return s.replace(".", ",") if comma else s


def build():
    # ---------------- P1 Harbourview formal PO, ruled, bill-to vs ship-to
    lines = [("HV-F-101", "FZF-COD-170-5", "Cod fillet SKBL 170-200g 5kg", 3, "CS", 65.90),
             ("HV-F-102", "FZF-HAD-170-5", "Haddock fillet SKBL 170-200g 5kg", 2, "CS", 67.10),
             ("HV-C-020", "FZC-SH18-4X25", "Steakhouse chips 18mm 4x2.5kg", 8, "CS", 23.95),
             ("HV-V-004", "FZV-GBW-4X25", "Fine green beans whole 4x2.5kg", 3, "CS", 20.10),
             ("HV-D-130", "FZD-CBR-I12", "Creme brulee individual x12", 4, "CS", 16.95),
             ("HV-I-050", "ICT-VMP-50", "Madagascan vanilla ice cream 5L", 6, "EA", 21.40)]
    rows = [["Line", "Our Ref", "Supplier Code", "Description", "Qty", "UOM", "Unit £", "Total £"]]
    for i, (a, b, c, q, u, p) in enumerate(lines, 1):
        rows.append([str(i), a, b, c, str(q), u, money(p), money(q * p)])
    sub = sum(q * p for *_, q, u, p in lines)
    rows += [["", "", "", "Subtotal", "", "", "", money(sub)], ["", "", "", "VAT 0% (zero-rated food)", "", "", "", "0.00"],
             ["", "", "", "TOTAL GBP", "", "", "", money(sub)]]
    story = [P("<b>HARBOURVIEW HOTELS LTD</b>", "Title"), P("PURCHASE ORDER", "Heading2"),
             P("PO Number: <b>HVP-100482</b> &nbsp;&nbsp; PO Date: 01/12/2026 &nbsp;&nbsp; Delivery Date: 10/12/2026"),
             Spacer(1, 6 * mm),
             side_by_side("<b>Invoice To:</b>\nHarbourview Hotels Ltd - Accounts Payable\n5 Marlow Court\nReading\nRG1 3JQ\nUnited Kingdom",
                          "<b>Deliver To:</b>\nThe Harbourview Scarborough\n9 Esplanade Gardens\nScarborough\nYO11 2AQ\nUnited Kingdom"),
             Spacer(1, 4 * mm),
             P("Supplier: Frostwick Foodservice Ltd &nbsp; Account: HV0002"), Spacer(1, 4 * mm),
             grid_table(rows, [10, 20, 30, 56, 10, 12, 16, 20]), Spacer(1, 6 * mm),
             P("Deliveries accepted 06:00-10:00 only. Frozen goods must arrive at -18C or below. Quote PO number on invoice.")]
    data = pdf(story, "Harbourview Hotels Ltd - PO HVP-100482 - page %d")
    make_eml("p01_harbourview_pdf", ("Harbourview Purchasing", "purchasing@harbourview-hotels.co.uk"),
             "Purchase Order HVP-100482", "Tue, 01 Dec 2026 12:00:00 +0000",
             "Please find attached Purchase Order HVP-100482.\n\nThis is an automated message from the Harbourview purchasing system.\n",
             exp("Harbourview Hotels Ltd", "HVP-100482", "2026-12-01", "2026-12-10",
                 [L(b, c, q, u, p, part=a) for a, b, c, q, u, p in lines], currency="GBP",
                 ship_to=ST("The Harbourview Scarborough", "9 Esplanade Gardens", "Scarborough", "YO11 2AQ", "GB")),
             attachments=[att_pdf("HVP-100482.pdf", data)])

    # ---------------- P2 Ashgrove multi-page
    items = [("ALT-1001", "FZF-FFG-25-200", "Fish fingers 25g x200", 14, 27.95),
             ("ALT-1002", "FZF-FFG-30-100", "Fish fingers 30g x100", 6, 17.50),
             ("ALT-1010", "FZF-BPL-120-40", "Breaded pollock 120g x40", 5, 34.10),
             ("ALT-1015", "FZF-FCK-85-48", "Salmon fishcakes 85g x48", 3, 24.20),
             ("ALT-1101", "FZB-B057-100", "Beef burger 2oz x100", 10, 23.80),
             ("ALT-1102", "FZB-B113-48", "Beef burger 4oz x48", 4, 26.30),
             ("ALT-1110", "FZB-CHF-100-40", "Chicken fillet burger breaded 100g", 8, 30.90),
             ("ALT-1120", "FZB-BEA-113-36", "Spicy bean burger 113g", 6, 21.30),
             ("ALT-1121", "FZB-VEG-113-48", "Plant based burger 113g", 3, 32.70),
             ("ALT-1201", "FZC-OV10-4X25", "Oven chips 10mm 4x2.5kg", 20, 20.60),
             ("ALT-1202", "FZC-SC10-2X5", "Straight cut chips 10mm 2x5kg", 12, 18.80),
             ("ALT-1205", "FZC-WDGP-4X25", "Potato wedges plain 4x2.5kg", 6, 20.40),
             ("ALT-1206", "FZC-HBT-6X1", "Hash brown triangles 6x1kg", 5, 18.00),
             ("ALT-1210", "FZC-RST-4X25", "Roast potatoes 4x2.5kg", 4, 26.30),
             ("ALT-1301", "FZV-PEA-10X1", "Garden peas 10x1kg", 10, 15.50),
             ("ALT-1302", "FZV-SWC-4X25", "Sweetcorn 4x2.5kg", 8, 14.90),
             ("ALT-1303", "FZV-MX4-4X25", "Mixed veg 4 way 4x2.5kg", 8, 14.60),
             ("ALT-1304", "FZV-BRF-4X25", "Broccoli florets 4x2.5kg", 6, 18.90),
             ("ALT-1305", "FZV-CAF-4X25", "Cauliflower florets 4x2.5kg", 5, 17.40),
             ("ALT-1306", "FZV-GBC-4X25", "Green beans cut 4x2.5kg", 5, 16.30),
             ("ALT-1307", "FZV-CRB-4X25", "Baby carrots 4x2.5kg", 6, 15.20),
             ("ALT-1308", "FZV-EDM-4X1", "Edamame shelled 4x1kg", 2, 18.00),
             ("ALT-1309", "FZV-ONI-10X1", "Diced onion 10x1kg", 3, 13.90),
             ("ALT-1401", "FZZ-B10-24", "Pizza base 10in plain x24", 4, 17.00),
             ("ALT-1402", "FZZ-D09-24", "Deep pan pizza base 9in x24", 3, 17.20),
             ("ALT-1501", "FZD-APC-12", "Apple crumble tray 12 ptn", 12, 13.90),
             ("ALT-1502", "FZD-STP-12", "Sticky toffee pudding tray 12 ptn", 10, 15.00),
             ("ALT-1503", "FZD-BRW-24", "Chocolate brownie tray 24 ptn", 8, 19.20),
             ("ALT-1504", "FZD-VCT-14", "Victoria sponge 14 ptn", 6, 15.50),
             ("ALT-1601", "ICL-MMI-48", "Milky Mini lolly x48", 15, 12.10),
             ("ALT-1602", "ICL-ORG-24", "Orange fruit lolly x24", 10, 7.20),
             ("ALT-1603", "ICL-FZP-100", "Freezepops x100", 6, 8.70),
             ("ALT-1701", "ICT-VAN-50", "Vanilla ice cream 5L", 12, 16.10),
             ("ALT-1702", "ICT-STR-50", "Strawberry ice cream 5L", 6, 16.80),
             ("ALT-1703", "ICT-NEA-50", "Neapolitan ice cream 5L", 6, 16.50),
             ("ALT-1704", "ICT-VGV-25", "Vegan vanilla 2.5L", 4, 12.10)]
    uom = {"EA": "Each", "CS": "Case", "BX": "Box"}
    from catalog_data import CATALOG
    cu = {c[0]: c[2] for c in CATALOG}
    rows = [["Item", "Description", "Qty", "Unit", "Price", "Value"]]
    for a, s, d, q, p in items:
        rows.append([a, d, str(q), uom[cu[s]], money(p), money(q * p)])
    rows.append(["", "Order total (ex VAT)", "", "", "", money(sum(q * p for *_, q, p in items))])
    story = [P("<b>Ashgrove Learning Trust</b> - Catering Services", "Heading1"),
             P("Official Purchase Order", "Heading2"),
             Table([[P("<b>Order No:</b> ALT-PO-26-00877\n<b>Order Date:</b> 02/12/2026\n<b>Required By:</b> 11/12/2026\n<b>Supplier:</b> Frostwick Foodservice Ltd"),
                     P("<b>Delivery Address:</b>\nAshgrove Central Production Kitchen\nUnit 7, Kirkstall Works\nLeeds\nLS5 3BT")]],
                   colWidths=[87 * mm, 87 * mm]),
             Spacer(1, 5 * mm), P("Delivery window 06:30-09:00. Please ring the kitchen on arrival. All prices as per framework contract FW-2025-14.")]
    story.append(Spacer(1, 5 * mm))
    story.append(grid_table(rows, [22, 74, 14, 16, 20, 22], rules=True, header_bg=colors.HexColor("#cfe2f3")))
    for _ in range(3):
        story.append(Spacer(1, 4 * mm))
    story.append(P("Authorised by: D. Fletcher, Catering Manager. Invoices to accounts@ashgrovetrust.org.uk quoting order number."))
    data = pdf(story, "ALT-PO-26-00877   Page %d of 2")
    make_eml("p02_ashgrove_multipage_pdf", ("Dawn Fletcher", "d.fletcher@ashgrovetrust.org.uk"),
             "Official order ALT-PO-26-00877 (Central Kitchen)", "Wed, 02 Dec 2026 15:10:00 +0000",
             "Hello,\n\nAttached is our main order for the central kitchen, 36 lines over two pages. Please confirm the\ndelivery slot.\n\nDawn Fletcher\nAshgrove Learning Trust\n",
             exp("Ashgrove Learning Trust", "ALT-PO-26-00877", "2026-12-02", "2026-12-11",
                 [L(s, d, q, cu[s], p, part=a) for a, s, d, q, p in items], currency="GBP",
                 ship_to=ST("Ashgrove Central Production Kitchen", "Unit 7, Kirkstall Works", "Leeds", "LS5 3BT")),
             attachments=[att_pdf("ALT-PO-26-00877.pdf", data)])

    # ---------------- P3 Nordhafen German, no rules
    lines = [("NSV-1102", "FZF-FFG-25-200", "Fischstäbchen 25 g (200 St.)", 15, "Kt", "CS", 27.90),
             ("NSV-1105", "FZF-FFG-30-100", "Fischstäbchen 30 g (100 St.)", 5, "Kt", "CS", 17.40),
             ("NSV-1220", "FZV-PEA-4X25", "Erbsen 4x2,5 kg", 6, "Kt", "CS", 14.20),
             ("NSV-1250", "FZV-CRB-4X25", "Möhren Baby ganz 4x2,5 kg", 4, "Kt", "CS", 15.20),
             ("NSV-1500", "FZV-CAF-4X25", "Blumenkohlröschen 4x2,5 kg", 3, "Kt", "CS", 17.30),
             ("NSV-2001", "FZB-B057-100", "Rindfleisch-Burger 57 g (100 St.)", 8, "Kt", "CS", 23.70),
             ("NSV-3002", "ICT-VAN-50", "Eis Vanille 5 L", 4, "St", "EA", 16.10),
             ("NSV-3010", "ICL-MMI-48", "Milky Mini 48er", 10, "Kt", "BX", 12.10)]
    rows = [["Pos", "Art.-Nr.", "Bezeichnung", "Menge", "ME", "EP €", "GP €"]]
    for i, (a, s, d, q, me, u, p) in enumerate(lines, 1):
        rows.append([str(i * 10), a, d, str(q), me, money(p, True), money(q * p, True)])
    story = [P("<b>Nordhafen Schulverpflegung GmbH</b>\nSpeicherweg 22 · 24143 Kiel"), Spacer(1, 8 * mm),
             P("<b>BESTELLUNG</b>", "Heading2"),
             side_by_side("Lieferant:\nFrostwick Foodservice Ltd\nKd.-Nr. C010",
                          "Bestell-Nr.: 2026-12-5578\nDatum: 03.12.2026\nLiefertermin: 10.12.2026\nSachbearbeiterin: B. Thomsen", box=False),
             Spacer(1, 5 * mm),
             P("<b>Lieferanschrift:</b> Zentralküche Nordhafen, Hafenkante 5, 24143 Kiel"),
             P("<b>Rechnungsanschrift:</b> Nordhafen Schulverpflegung GmbH, Postfach 3310, 24032 Kiel"),
             Spacer(1, 5 * mm), grid_table(rows, [12, 22, 68, 16, 10, 18, 22], rules=False), Spacer(1, 5 * mm),
             P("Anlieferung Mo-Fr 6:00-9:00 Uhr. Tiefkühlkette -18 °C ist einzuhalten. Bitte Bestell-Nr. auf Lieferschein und Rechnung angeben.")]
    data = pdf(story)
    make_eml("p03_nordhafen_pdf_de", ("Birte Thomsen", "b.thomsen@nordhafen-sv.de"), "Bestellung 2026-12-5578",
             "Thu, 03 Dec 2026 10:00:00 +0100",
             "Guten Tag,\n\nim Anhang unsere Bestellung 2026-12-5578 für die Zentralküche.\n\nMit freundlichen Grüßen\nBirte Thomsen\n",
             exp("Nordhafen Schulverpflegung GmbH", "2026-12-5578", "2026-12-03", "2026-12-10",
                 [L(s, d, q, u, p, part=a) for a, s, d, q, me, u, p in lines], currency="EUR",
                 ship_to=ST("Zentralküche Nordhafen", "Hafenkante 5", "Kiel", "24143")),
             attachments=[att_pdf("Bestellung_2026-12-5578.pdf", data)])

    # ---------------- P4 French hotel bon de commande
    lines = [("FZP-CRA-048", "Croissant amandes (48)", 2, "ctn", "CS", 37.50),
             ("FZP-CRP-048", "Croissant beurre à pousser (48)", 8, "ctn", "CS", 19.50),
             ("FZP-PAC-060", "Pain au chocolat (60)", 5, "ctn", "CS", 29.10),
             ("FZD-CBR-I12", "Crème brûlée individuelle x12", 3, "ctn", "CS", 17.00),
             ("ICT-SCA-50", "Glace caramel beurre salé 5 L", 2, "bac", "EA", 19.50),
             ("ICT-SRA-25", "Sorbet framboise 2,5 L", 4, "bac", "EA", 10.70),
             ("FZV-PTP-4X25", "Petits pois extra-fins 4x2,5 kg", 2, "ctn", "CS", 16.90)]
    rows = [["Réf. fournisseur", "Désignation", "Qté", "Unité", "PU HT €", "Montant HT €"]]
    for s, d, q, un, u, p in lines:
        rows.append([s, d, str(q), un, money(p, True), money(q * p, True)])
    story = [side_by_side("<b>Hôtel des Quatre Vents</b>\n12 quai de la Douane\n33000 Bordeaux\nFrance\nSIRET 000 000 000 00000",
                          "<b>BON DE COMMANDE</b>\nN° BC-2026-0457\nDate : 07/12/2026\nLivraison souhaitée : 14/12/2026\nFournisseur : Frostwick Foodservice", box=False),
             Spacer(1, 6 * mm), P("<b>Adresse de livraison :</b> Hôtel des Quatre Vents, 12 quai de la Douane, 33000 Bordeaux (réception marchandises, quai côté rue)"),
             Spacer(1, 5 * mm), grid_table(rows, [30, 62, 12, 14, 20, 26], rules=True), Spacer(1, 5 * mm),
             P("Conditions : paiement à 30 jours fin de mois. Livraison entre 7h et 9h, quai côté rue."),]
    data = pdf(story)
    make_eml("p04_quatrevents_pdf_fr", ("Service Achats", "achats@hotel4vents-bordeaux.fr"), "Bon de commande BC-2026-0457",
             "Mon, 07 Dec 2026 11:30:00 +0100",
             "Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande BC-2026-0457.\nMerci de nous confirmer la livraison.\n\nService Achats\nHôtel des Quatre Vents\n",
             exp("Hôtel des Quatre Vents", "BC-2026-0457", "2026-12-07", "2026-12-14",
                 [L(s, d, q, u, p) for s, d, q, un, u, p in lines], currency="EUR",
                 ship_to=ST("Hôtel des Quatre Vents", "12 quai de la Douane", "Bordeaux", "33000")),
             attachments=[att_pdf("BC-2026-0457.pdf", data)])

    # ---------------- P5 unknown Spanish ice-cream parlour
    lines = [("ICT-VAN-50", "Helado vainilla 5 L", 6), ("ICT-CHO-50", "Helado chocolate 5 L", 6),
             ("ICT-STC-50", "Helado stracciatella 5 L", 4), ("ICT-PIS-25", "Helado pistacho 2,5 L", 4),
             ("ICT-SLE-25", "Sorbete de limón 2,5 L", 3), (None, "Barquillos cucurucho (caja 300)", 2)]
    rows = [["Artículo", "Cantidad"]] + [[d, "%d %s" % (q, "cajas" if s is None else "uds")] for s, d, q in lines]
    story = [P("<b>Heladería Nube de Azúcar</b>", "Title"), P("Calle de la Sal 23 - 03001 Alicante"), Spacer(1, 6 * mm),
             P("<b>PEDIDO nº 0045</b> &nbsp;&nbsp;&nbsp; Fecha: 04/12/2026"), Spacer(1, 3 * mm),
             P("Dirección de entrega: Calle de la Sal 23, 03001 Alicante"), Spacer(1, 6 * mm),
             grid_table(rows, [110, 40], rules=True, header_bg=colors.pink), Spacer(1, 6 * mm),
             P("Entregar por la mañana antes de las 11:00. Gracias.")]
    data = pdf(story)
    make_eml("p05_new_heladeria_pdf_es", ("Heladería Nube de Azúcar", "nubedeazucar.alicante@correo-mail.es"),
             "Pedido 0045", "Fri, 04 Dec 2026 19:00:00 +0100",
             "Hola,\n\nsomos una heladería nueva en Alicante, os enviamos nuestro primer pedido adjunto.\nSi necesitáis datos fiscales os los mandamos.\n\nSaludos,\nRocío\n",
             exp("Heladería Nube de Azúcar", "0045", "2026-12-04", None,
                 [L(s, d, q, "BX" if s is None else "EA") for s, d, q in lines],
                 ship_to=ST(street="Calle de la Sal 23", city="Alicante", postal_code="03001")),
             attachments=[att_pdf("pedido_0045.pdf", data)])

    # ---------------- P6 unknown Irish golf club, GTIN only
    lines = [("FZC-SC10-4X25", "Chips 10mm 4x2.5", 6, "CS", 20.50), ("FZB-B170-32", "Beef burger 6oz (32)", 3, "CS", 29.00),
             ("FZF-BCD-170-20", "Battered cod 170-200 (20)", 2, "CS", 45.00), ("FZD-CFC-14", "Choc fudge cake", 4, "EA", 18.20),
             ("ICT-VAN-50", "Vanilla ice cream 5L", 3, "EA", 16.90)]
    rows = [["EAN", "Item", "Qty", "Price €"]] + [[GT[s], d, str(q), money(p)] for s, d, q, u, p in lines]
    story = [P("<b>CLONMORE GOLF CLUB</b>", "Heading1"), P("Ballinroe Road, Clonmore, Co. Wicklow A67 F2X4"), Spacer(1, 5 * mm),
             P("Purchase Order: CGC-2026-118"), P("Date: 5 December 2026"), P("Delivery required: Friday 18 December 2026 (Christmas party)"),
             Spacer(1, 3 * mm), P("Deliver to: Clonmore Golf Club, Ballinroe Road, Clonmore, Co. Wicklow A67 F2X4"),
             Spacer(1, 6 * mm), grid_table(rows, [40, 80, 15, 25], rules=False), Spacer(1, 6 * mm),
             P("Contact: Club Steward, Niamh Kavanagh")]
    data = pdf(story)
    make_eml("p06_new_clonmore_gtin_pdf", ("Niamh Kavanagh", "steward@clonmoregolfclub-ie.net"), "PO CGC-2026-118",
             "Sat, 05 Dec 2026 10:45:00 +0000",
             "Hello,\n\nWe'd like to open an account with you. Our first order is attached (barcodes taken from your\nbrochure). Please let me know what you need from us.\n\nNiamh Kavanagh\nClub Steward\n",
             exp("Clonmore Golf Club", "CGC-2026-118", "2026-12-05", "2026-12-18",
                 [L(s, d, q, u, p) for s, d, q, u, p in lines], currency="EUR",
                 ship_to=ST("Clonmore Golf Club", "Ballinroe Road", "Clonmore", "A67 F2X4", region="Co. Wicklow")),
             attachments=[att_pdf("CGC-2026-118.pdf", data)])

    # ---------------- P7 SnowPoint PO to a kiosk, buyer codes only
    lines = [("SP-ICE-03", "ICL-COL-40", "Cola lolly (40)", 10, 11.20), ("SP-ICE-07", "ICL-STS-24", "Strawberry split (24)", 8, 13.40),
             ("SP-ICE-10", "ICL-MMI-48", "Milky mini (48)", 6, 12.00), ("SP-ICE-12", "ICL-CNV-24", "Vanilla cone (24)", 12, 16.20),
             ("SP-ICE-13", "ICL-CNC-24", "Choc cone (24)", 12, 16.20), ("SP-ICE-14", "ICL-SND-24", "Ice cream sandwich (24)", 6, 13.80)]
    rows = [["SP Code", "Description", "Boxes", "Price", "Line total"]] + [[a, d, str(q), money(p), money(q * p)] for a, s, d, q, p in lines]
    story = [P("SnowPoint Vending Ltd", "Title"), P("PURCHASE ORDER SNP-008840", "Heading2"),
             side_by_side("<b>Supplier</b>\nFrostwick Foodservice Ltd\nAccount SNOW01\n\n<b>PO date</b> 07/12/2026\n<b>Deliver on</b> 09/12/2026",
                          "<b>Deliver to</b>\nSnowPoint Kiosk 12 (Riverside Country Park)\nLakeside Road\nBedford\nMK41 9AZ"),
             Spacer(1, 6 * mm), grid_table(rows, [28, 70, 18, 22, 26], rules=True), Spacer(1, 5 * mm),
             P("Kiosk freezer capacity is limited: deliver exactly the quantities above. Currency: GBP.")]
    data = pdf(story, "SNP-008840 p.%d")
    make_eml("p07_snowpoint_kiosk_pdf", ("Gareth Pryce", "purchasing@snowpoint-vending.co.uk"), "PO SNP-008840 kiosk 12",
             "Mon, 07 Dec 2026 09:05:00 +0000", "PO attached for kiosk 12, direct delivery please.\n\nGareth\n",
             exp("SnowPoint Vending Ltd", "SNP-008840", "2026-12-07", "2026-12-09",
                 [L(s, d, q, "BX", p, part=a) for a, s, d, q, p in lines], currency="GBP",
                 ship_to=ST("SnowPoint Kiosk 12 (Riverside Country Park)", "Lakeside Road", "Bedford", "MK41 9AZ")),
             attachments=[att_pdf("SNP-008840.pdf", data)])

    # ---------------- P8 Swedish inköpsorder, SEK
    lines = [("FZF-SAL-150-32", "Laxportion utan skinn 150 g (32 st)", 2, "krt", "CS", 842.00),
             ("FZF-BHD-170-20", "Kolja friterad 170-200 g (20 st)", 3, "krt", "CS", 519.00),
             ("FZC-SH18-4X25", "Pommes steakhouse 18 mm 4x2,5 kg", 6, "krt", "CS", 276.50),
             ("FZV-GBW-4X25", "Gröna bönor hela 4x2,5 kg", 2, "krt", "CS", 231.00),
             ("ICT-SLE-25", "Citronsorbet 2,5 l", 4, "st", "EA", 119.00),
             ("ICT-MCC-50", "Glass mintchoklad 5 l", 2, "st", "EA", 207.00)]
    rows = [["Benämning", "Antal", "Enhet", "à-pris SEK", "Belopp SEK"]] + \
        [[d, str(q), un, money(p, True), money(q * p, True)] for s, d, q, un, u, p in lines]
    story = [P("<b>INKÖPSORDER</b>", "Heading1"),
             side_by_side("Restaurang Björkudden\nSjöbodsvägen 3\n413 19 Göteborg\nSverige",
                          "Ordernr: 55188\nOrderdatum: 2026-12-08\nLeveransdatum: 2026-12-17\nVår referens: Erik Lindqvist", box=False),
             Spacer(1, 5 * mm), P("Leveransadress: Restaurang Björkudden, Sjöbodsvägen 3, 413 19 Göteborg"),
             Spacer(1, 5 * mm), grid_table(rows, [80, 15, 15, 25, 30], rules=False)]
    data = pdf(story)
    make_eml("p08_bjorkudden_pdf_sv", ("Erik Lindqvist", "erik@bjorkudden-krog.se"), "Inköpsorder 55188",
             "Tue, 08 Dec 2026 13:20:00 +0100", "Hej,\n\nBifogar inköpsorder 55188.\n\nMvh Erik\n",
             exp("Restaurang Björkudden", "55188", "2026-12-08", "2026-12-17",
                 [L(s, d, q, u, p) for s, d, q, un, u, p in lines], currency="SEK",
                 ship_to=ST("Restaurang Björkudden", "Sjöbodsvägen 3", "Göteborg", "41319")),
             attachments=[att_pdf("Inkopsorder_55188.pdf", data)])

    # ---------------- P9 Flemish bestelbon, no rules
    lines = [("FZC-CH14-2X5", "Frieten chunky 14mm 2x5kg", 8, 20.40), ("FZC-SS07-4X25", "Frieten allumettes 7mm 4x2,5kg", 4, 22.90),
             ("FZC-SP09-6X1", "Zoete aardappel frietjes 6x1kg", 3, 28.10), (None, "Bladerdeeg vol-au-vent bakjes", 2, 14.00),
             ("ICT-VAN-50", "Vanille-ijs 5L", 4, 16.90)]
    rows = [["Omschrijving", "Aantal", "Prijs/st", "Totaal"]] + [[d, "%d x" % q, "€ " + money(p, True), "€ " + money(q * p, True)] for s, d, q, p in lines]
    story = [P("Brasserie Op de Hoek", "Heading1"), P("Schepenhoekstraat 9 - 9000 Gent - BTW BE 0000.000.000"), Spacer(1, 6 * mm),
             P("<b>BESTELBON BOH-81</b>"), P("Datum: 09/12/2026"), P("Gewenste levering: 16/12/2026"),
             P("Leveringsadres: Brasserie Op de Hoek, Schepenhoekstraat 9, 9000 Gent"), Spacer(1, 6 * mm),
             grid_table(rows, [90, 20, 25, 25], rules=False)]
    data = pdf(story)
    make_eml("p09_opdehoek_pdf_nl", ("Wim Claeys", "wim@opdehoek-gent.be"), "bestelbon BOH-81",
             "Wed, 09 Dec 2026 16:00:00 +0100", "Dag,\n\nIn bijlage bestelbon BOH-81.\n\nMvg\nWim\n",
             exp("Brasserie Op de Hoek", "BOH-81", "2026-12-09", "2026-12-16",
                 [L(s, d, q, "CS", p) for s, d, q, p in lines], currency="EUR",
                 ship_to=ST("Brasserie Op de Hoek", "Schepenhoekstraat 9", "Gent", "9000")),
             attachments=[att_pdf("BOH-81.pdf", data)])

    # ---------------- P10 pizza, plain typed text, no table
    lines = [("FZZ-D12-16", "Pizza Base 12in Deep Pan (16)", 4, 20.10), ("FZZ-B09-24", "Pizza Base Stonebaked 9in plain (24)", 6, 15.80),
             ("FZZ-S12-20", "Pizza Base 12\" Tomato sauced", 2, 21.40), ("FZZ-DB250-40", "Dough balls 250g", 3, 18.70),
             ("FZZ-GF10-12", "GF base 10\"", 2, 24.80)]
    story = [P("<font face='Courier'>RIVERSIDE PIZZA CO.</font>", "Heading2"),
             P("<font face='Courier'>PURCHASE ORDER  RP-3410        Date: 11-12-2026</font>"), Spacer(1, 4 * mm),
             P("<font face='Courier'>Deliver to:\nRiverside Pizza Co.\nUnit 2, Mill Road\nCork T12 R6F3\nDelivery: Wednesday 16 Dec</font>"),
             Spacer(1, 6 * mm)]
    for s, d, q, p in lines:
        story.append(P("<font face='Courier'>%d x %s @ &#8364;%s</font>" % (q, d.replace('"', '&quot;'), money(p))))
    story += [Spacer(1, 6 * mm), P("<font face='Courier'>Thanks - Declan</font>")]
    data = pdf(story)
    make_eml("p10_riverside_pdf_plain", ("Declan Walsh", "declan@riversidepizza.ie"), "PO RP-3410",
             "Fri, 11 Dec 2026 08:00:00 +0000", "PO attached\n", 
             exp("Riverside Pizza Co.", "RP-3410", "2026-12-11", "2026-12-16",
                 [L(s, d, q, "CS", p) for s, d, q, p in lines], currency="EUR",
                 ship_to=ST("Riverside Pizza Co.", "Unit 2, Mill Road", "Cork", "T12 R6F3")),
             attachments=[att_pdf("RP-3410.pdf", data)])

    # ---------------- X1 SnowPoint xlsx replenishment (with a zero row)
    lines = [("SP-ICE-01", "ICL-ORG-40", "Orange lolly x40", 25, 11.10), ("SP-ICE-02", "ICL-RKT-40", "Rocket x40", 25, 12.70),
             ("SP-ICE-04", "ICL-RKT-24", "Rocket x24", 10, 8.10), ("SP-ICE-06", "ICL-ORG-24", "Orange lolly x24", 10, 7.10),
             ("SP-ICE-08", "ICL-MAN-30", "Mango sorbet stick", 6, 14.40), ("SP-ICE-09", "ICL-CHI-24", "Choc ice", 0, 12.40),
             ("SP-ICE-11", "ICL-FZP-100", "Freezepops x100", 12, 8.60)]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Order"
    ws["A1"] = "SnowPoint Vending Ltd - Weekly replenishment"
    ws["A3"] = "PO number"; ws["B3"] = "SNP-008851"
    ws["A4"] = "PO date"; ws["B4"] = datetime.date(2026, 12, 10); ws["B4"].number_format = "DD/MM/YYYY"
    ws["A5"] = "Delivery"; ws["B5"] = datetime.date(2026, 12, 14); ws["B5"].number_format = "DD/MM/YYYY"
    ws["A6"] = "Deliver to"; ws["B6"] = "SnowPoint Vending Ltd, Unit 4 Brackley Trade Park, Milton Keynes, MK5 8FT"
    ws.append([]); ws.append(["SP code", "Description", "Boxes", "Price GBP", "Total"])
    for a, s, d, q, p in lines:
        r = ws.max_row + 1
        ws.append([a, d, q, p, "=C%d*D%d" % (r, r)])
    ws.append([]); ws.append(["", "TOTAL", "", "", "=SUM(E9:E%d)" % (ws.max_row - 1)])
    buf = io.BytesIO(); wb.save(buf)
    make_eml("x01_snowpoint_xlsx", ("Gareth Pryce", "purchasing@snowpoint-vending.co.uk"), "Weekly replen SNP-008851",
             "Thu, 10 Dec 2026 08:40:00 +0000", "Hi, weekly replenishment attached (SNP-008851). Zero lines = skip this week.\n\nGareth\n",
             exp("SnowPoint Vending Ltd", "SNP-008851", "2026-12-10", "2026-12-14",
                 [L(s, d, q, "BX", p, part=a) for a, s, d, q, p in lines if q], currency="GBP",
                 ship_to=ST("SnowPoint Vending Ltd", "Unit 4 Brackley Trade Park", "Milton Keynes", "MK5 8FT")),
             attachments=[("SNP-008851.xlsx", buf.getvalue(), "application",
                           "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # ---------------- X2 Spanish CSV ; decimal commas
    lines = [("ICL-ORG-40", "Polo naranja 40u", 6, 11.20), ("ICL-COL-40", "Polo cola 40u", 6, 11.20),
             ("ICL-CNV-24", "Cono vainilla 24u", 5, 16.30), ("ICL-CNS-24", "Cono fresa 24u", 3, 16.30),
             ("ICL-FZP-100", "Flash freezepop 100u", 4, 8.70)]
    csv = "Referencia;Descripción;Cajas;Precio unitario (€)\r\n" + "".join(
        "%s;%s;%d;%s\r\n" % (s, d, q, money(p, True)) for s, d, q, p in lines)
    make_eml("x02_arenal_csv_es", ("Javier Peris", "pedidos@arenal-kioscos.es"), "Pedido KA-26-361 quiosco 5",
             "Thu, 10 Dec 2026 09:15:00 +0100",
             "Hola,\n\nAdjunto pedido KA-26-361 para el quiosco 5, entrega el martes 15/12.\nDirección: Quiosco Arenal 5, Plaza del Faro 2, 46011 València.\n\nJavier\n",
             exp("Kioscos Arenal S.L.", "KA-26-361", None, "2026-12-15",
                 [L(s, d, q, "BX", p) for s, d, q, p in lines], currency="EUR",
                 ship_to=ST("Quiosco Arenal 5", "Plaza del Faro 2", "València", "46011")),
             attachments=[("pedido_KA-26-361.csv", csv.encode("cp1252"), "text", "csv")])

    # ---------------- X3 German CSV, one line without article number
    lines = [("FZF-SAL-125-40", "FZF-SAL-125-40", "Lachsportion mit Haut 125g", 2, "Kt", "CS", 71.00),
             ("", "FZF-COD-170-5", "Kabeljau Loins 170-200g 5kg", 3, "Kt", "CS", 65.50),
             ("FZV-GBW-4X25", "FZV-GBW-4X25", "Bohnen fein ganz", 2, "Kt", "CS", 20.10),
             ("ICT-HON-50", "ICT-HON-50", "Eis Honeycomb 5L", 2, "Stk", "EA", 19.20),
             ("FZD-FON-I12", "FZD-FON-I12", "Schoko-Fondant 12er", 3, "Kt", "CS", 15.90)]
    csv = "Artikel;Bezeichnung;Menge;Einheit;Preis\n" + "".join(
        "%s;%s;%d;%s;%s\n" % (a, d, q, e, money(p, True)) for a, s, d, q, e, u, p in lines)
    make_eml("x03_nordlicht_csv_de", ("Petra Sander", "einkauf@hotel-nordlicht-sylt.de"), "Bestellung NL-26-1222",
             "Fri, 11 Dec 2026 14:00:00 +0100",
             "Guten Tag,\n\nanbei die Bestellung NL-26-1222 als CSV. Liefertermin 21.12.2026, an die bekannte Hoteladresse.\n\nGruß\nPetra Sander\n",
             exp("Hotel Nordlicht", "NL-26-1222", None, "2026-12-21",
                 [L(s, d, q, u, p) for a, s, d, q, e, u, p in lines], currency="EUR"),
             attachments=[("NL-26-1222.csv", csv.encode("utf-8"), "text", "csv")])

    # ---------------- X4 Harbourview xlsx with notes and totals
    lines = [("HV-C-001", "FZC-SC10C-4X25", "Coated chips 10mm", 10, 22.60), ("HV-C-005", "FZC-SP09-6X1", "Sweet potato fries 6x1kg", 4, 27.00),
             ("HV-B-010", "FZB-P170-30", "Steak burger 6oz 95%", 3, 36.00), ("HV-B-020", "FZB-VEG-113-48", "Vegan burger 4oz", 2, 33.00),
             ("HV-P-001", "FZP-CRB-120", "Croissant x120", 3, 51.90), ("HV-I-012", "ICT-NEA-50", "Neapolitan 5L", 4, 16.50)]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "PO"
    ws.append(["HARBOURVIEW HOTELS LTD", "", "", "", "", ""])
    ws.append(["Purchase order", "HV-26-0970"])
    ws.append(["Order date", datetime.date(2026, 12, 10)]); ws["B3"].number_format = "DD/MM/YYYY"
    ws.append(["Delivery date", datetime.date(2026, 12, 17)]); ws["B4"].number_format = "DD/MM/YYYY"
    ws.append(["Site", "The Harbourview Brighton, 88 Kingsway Parade, Hove, BN3 2WQ"])
    ws.append([])
    ws.append(["Our code", "Supplier code", "Description", "Cases", "Unit price £", "Line £"])
    for a, s, d, q, p in lines:
        r = ws.max_row + 1
        ws.append([a, s, d, q, p, "=D%d*E%d" % (r, r)])
    ws.append([])
    ws.append(["Notes", "Freezer full until Wed - do NOT deliver early"])
    ws.append(["", "", "TOTAL", "", "", "=SUM(F8:F13)"])
    buf = io.BytesIO(); wb.save(buf)
    make_eml("x04_harbourview_xlsx", ("Oliver Grant", "oliver.grant@harbourview-hotels.co.uk"), "PO HV-26-0970 (spreadsheet)",
             "Thu, 10 Dec 2026 17:30:00 +0000", "Hi, PO HV-26-0970 attached as a spreadsheet this time.\nOliver\n",
             exp("Harbourview Hotels Ltd", "HV-26-0970", "2026-12-10", "2026-12-17",
                 [L(s, d, q, "CS", p, part=a) for a, s, d, q, p in lines], currency="GBP",
                 ship_to=ST("The Harbourview Brighton", "88 Kingsway Parade", "Hove", "BN3 2WQ")),
             attachments=[("HV-26-0970.xlsx", buf.getvalue(), "application",
                           "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # ---------------- not orders
    make_eml("n01_zeezicht_offerte_nl", ("Joost Verhage", "joost@zeezicht-strand.nl"), "Offerte seizoen 2027",
             "Thu, 10 Dec 2026 12:00:00 +0100",
             """Goedemiddag,

Voor het strandseizoen 2027 willen we graag een offerte ontvangen. Geen bestelling nog, eerst prijzen:
- ca. 50 doos raketjes (40 st) per maand
- ca. 30 doos hoorntjes vanille en 30 doos chocolade
- 20x vanille-ijs 5L per maand

Kunnen jullie ook een vriezer in bruikleen leveren? Graag jullie beste prijs vóór 15 januari.

Groeten,
Joost Verhage
Strandpaviljoen Zeezicht
""", dict(NOT_ORDER))
    make_eml("n02_gullanchor_complaint", ("Ciarán Byrne", "ciaran@gullandanchor.ie"), "Complaint - GA/1143 delivery",
             "Fri, 11 Dec 2026 13:30:00 +0000",
             """Hi,

Not happy with this morning's delivery against GA/1143. The rum & raisin 5L arrived soft, it had clearly
defrosted and refrozen, and one case of the battered cod was crushed. I've binned the tub and kept the
cod aside for your driver to collect. Can you credit both on the invoice please, and don't send a
replacement - we'll pick it up on the next order.

Ciarán
The Gull & Anchor
""", dict(NOT_ORDER))
    make_eml("n03_labrisa_donde_pedido_es", ("Lucía Romero", "lucia@labrisa-cafeteria.es"), "¿Pedido 1288?",
             "Mon, 07 Dec 2026 12:40:00 +0100",
             """Hola,

El pedido nº 1288 tenía que llegar hoy por la mañana y todavía no ha llegado nada. ¿Me podéis decir
a qué hora viene el camión? Necesitamos las 10 cajas de patatas para la comida.

Gracias,
Lucía - Cafetería La Brisa
""", dict(NOT_ORDER))
    make_eml("n04_lindenhof_abwesenheit_de", ("Jürgen Albers", "albers@gasthaus-lindenhof-harz.de"),
             "Automatische Antwort: Lieferavis KW 51", "Mon, 14 Dec 2026 06:00:00 +0100",
             """Vielen Dank für Ihre Nachricht.

Ich bin vom 14.12. bis 27.12.2026 nicht im Büro. Bestellungen für den Gasthaus Lindenhof gibt in dieser
Zeit unser Küchenchef Herr Brandt auf (kueche@gasthaus-lindenhof-harz.de).

Mit freundlichen Grüßen
Jürgen Albers
""", dict(NOT_ORDER), extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
