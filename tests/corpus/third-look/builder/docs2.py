from data import SELLER
from lib import L, po, ship, eml, bare, fixed, pdf, REP, ORDERS, not_order

S = SELLER
VENDOR = [S["name"], S["street"], "%s, %s %s" % (S["city"], S["region"], S["postal"]), "USA"]


def d25():
    body = ("Hi Dana,\n\nSame again as last week please, but 12 sacks of the T55 instead of 8, and no rye this time. "
            "Can you also add a case of the big 60x80 baking paper sheets.\n"
            "Needed Thursday 26th March at Sheffield. PO HBG-26-0467.\n\nThanks\nGemma\n\n"
            "On Mon, 16 Mar 2026 at 08:47, Gemma Hurst <g.hurst@haldenbakery.co.uk> wrote:\n"
            "> Hi Dana, order for this week please, PO HBG-26-0441:\n>\n"
            "> 8 sacks T55 flour\n> 2 sacks rye flour\n> 3 cs instant yeast\n> 4 rolls 21in piping bags\n>\n"
            "> Thanks\n> Gemma\n")
    lab = po("Halden Bakery Group Ltd", "HBG-26-0467", [
        L("BK-FL-T55", None, "T55 flour", 12, "BG", None),
        L("BK-YST-INS", None, "instant yeast", 3, "CS", None),
        L("BK-PB-21", None, "21in piping bags", 4, "RL", None),
        L("BK-BPP-6080", None, "the big 60x80 baking paper sheets", 1, "CS", None)],
        requested_date="2026-03-26")
    eml("25-halden-same-again-quoted", lab, "Gemma Hurst <g.hurst@haldenbakery.co.uk>",
        "Re: order this week", "2026-03-23 09:02 +0000", body,
        extra={"In-Reply-To": "<a81f2c0d.202603160847@haldenbakery.co.uk>"})


def d26():
    body = ("Dear Sir/Madam,\n\nKindly supply the following against PO No. KAC/PO/26-27/0057 dt. 14.05.2026:\n\n"
            "Iridium spark plug 14mm (4 pcs pkt) - 50 pkts\n"
            "Copper core spark plug 14mm - 30 pkts\n"
            "Halogen bulb H4 12V twin pack x 25\n"
            "Brake fluid DOT4 1 ltr bottle qty: 40\n"
            "Coolant G12+ ready mix 5 ltr - 20 nos\n\n"
            "Delivery at our Hosur plant before 30/05/2026.\n\n"
            "Regards,\nSuresh Iyer\nSr. Executive - Purchase\nKaveri Auto Components Pvt Ltd\n")
    lab = po("Kaveri Auto Components Pvt Ltd", "KAC/PO/26-27/0057", [
        L("AP-SP-IR", None, "Iridium spark plug 14mm (4 pcs pkt)", 50, "PK", None),
        L("AP-SP-CU", None, "Copper core spark plug 14mm", 30, "PK", None),
        L("AP-BLB-H4", None, "Halogen bulb H4 12V twin pack", 25, None, None),
        L("AP-BF-D4-1", None, "Brake fluid DOT4 1 ltr bottle", 40, None, None),
        L("AP-CL-G12-RM", None, "Coolant G12+ ready mix 5 ltr", 20, "EA", None)],
        order_date="2026-05-14", requested_date="2026-05-30")
    eml("26-kaveri-in-qty-after", lab, "Suresh Iyer <suresh.iyer@kaveriauto.co.in>",
        "Requirement - spark plugs & bulbs - PO KAC/PO/26-27/0057", "2026-05-14 10:05 +0530", body)


def d27():
    body = ("Bonjour Madame Whitcombe,\n\nMerci de nous livrer la commande suivante (réf. PMF-0442) :\n\n"
            "- 3 colis de caissettes mini 35 mm blanches (1000 pièces)\n"
            "- 2 cartons de boîtes à gâteaux 25 x 25 cm avec fenêtre\n"
            "- 10 boîtes de semelles rondes dorées 25 cm (boîte de 12)\n"
            "- 4 sachets de poudre d'amande blanchie 1 kg\n"
            "- 2 seaux de sirop de glucose 7 kg\n\n"
            "Livraison souhaitée le 05/06/2026 à la boutique, 5 place Grenette, 38000 Grenoble.\n\n"
            "Bien cordialement,\nHugo Martel\nPâtisserie Martel & Fils SAS\n")
    lab = po("Pâtisserie Martel & Fils SAS", "PMF-0442", [
        L("BK-MC-35-W", None, "caissettes mini 35 mm blanches (1000 pièces)", 3, "CS", None),
        L("BK-CB-10W", None, "boîtes à gâteaux 25 x 25 cm avec fenêtre", 2, "CS", None),
        L("BK-BRD-10-G", None, "semelles rondes dorées 25 cm (boîte de 12)", 10, "BX", None),
        L("BK-ALM-BL", None, "poudre d'amande blanchie 1 kg", 4, "PK", None),
        L("BK-GLU-7", None, "sirop de glucose 7 kg", 2, "EA", None)],
        requested_date="2026-06-05",
        ship_to=ship(None, "5 place Grenette", "Grenoble", None, "38000", "FR"))
    eml("27-martel-fils-fr-colis", lab, "Hugo Martel <hugo@martel-fils.fr>",
        "Commande PMF-0442", "2026-05-26 07:55 +0200", body)


def d28():
    tbl = fixed([["Sr", "Item Description", "Qty", "UOM", "Rate", "Amount"],
                 ["--", "-" * 38, "-----", "-----", "-------", "---------"],
                 [" 1", "SYRINGE 3ML LUER SLIP STERILE 100/BX", "20", "BX", "16.90", "338.00"],
                 [" 2", "NEEDLE HYPO 21G X 1\" GREEN 100/BX", "15", "BX", "9.60", "144.00"],
                 [" 3", "GAUZE SWAB 5X5CM 8PLY N/S 100/PKT", "40", "PKT", "2.10", "84.00"],
                 [" 4", "COTTON APPLICATOR 6\" WOOD 1000/BX", "5", "BX", "6.80", "34.00"],
                 [" 5", "IPA 99.9% 1 LTR BTL", "12", "BTL", "9.80", "117.60"]],
                [2, 38, 5, 5, 7, 9], "llrlrr")
    body = ("SANJEEVANI HOSPITALS PVT LTD - NASHIK\n"
            "PURCHASE ORDER No: SHPL/PO/0812            PO Dt: 07/08/2026\n"
            "Vendor  : Calloway Meridian Distribution Inc.\n"
            "Delivery: 21.08.2026 at Hospital Stores, Plot 12, Trimbak Road, Nashik 422002\n"
            "Amount in USD\n\n" + tbl +
            "\n                                           Total USD          717.60\n\n"
            "Kindly send proforma invoice for advance payment.\n\nStores & Purchase\nSanjeevani Hospitals Pvt Ltd\n")
    lab = po("Sanjeevani Hospitals Pvt Ltd", "SHPL/PO/0812", [
        L("LB-SYR-3-LS", None, "SYRINGE 3ML LUER SLIP STERILE 100/BX", 20, "BX", 16.90),
        L("LB-NDL-21", None, "NEEDLE HYPO 21G X 1\" GREEN 100/BX", 15, "BX", 9.60),
        L("LB-GZ-5-8", None, "GAUZE SWAB 5X5CM 8PLY N/S 100/PKT", 40, "PK", 2.10),
        L("LB-CTA-6", None, "COTTON APPLICATOR 6\" WOOD 1000/BX", 5, "BX", 6.80),
        L("LB-IPA-99-1", None, "IPA 99.9% 1 LTR BTL", 12, "BTL", 9.80)],
        order_date="2026-08-07", requested_date="2026-08-21", currency="USD",
        ship_to=ship("Hospital Stores", "Plot 12, Trimbak Road", "Nashik", None, "422002", "IN"))
    eml("28-sanjeevani-hosp-erp-text", lab, "Stores Purchase <stores.purchase@sanjeevanihospitals.in>",
        "PO SHPL/PO/0812", "2026-08-07 16:40 +0530", body)


def d29():
    cols = [("Ln", 40, "l"), ("Our Part", 58, "l"), ("Vendor Part", 108, "l"), ("Description", 180, "l"),
            ("Qty", 400, "r"), ("UM", 408, "l"), ("Price", 490, "r"), ("Extension", 570, "r")]
    rows = [["1", "GM-2218", "AP-WB-18", "WIPER BLADE BEAM 18\"", "12", "EA", "7.90", "94.80"],
            ["2", "GM-2220", "AP-WB-20", "WIPER BLADE BEAM 20\"", "12", "EA", "8.20", "98.40"],
            ["3", "GM-3001", "AP-BP-F-CIV", "PAD SET FRONT CIVIC 16-21", "6", "SET", "33.00", "198.00"],
            ["4", "GM-4417", "4716", "OIL FILTER PH3614", "36", "EA", "5.80", "208.80"],
            ["5", "GM-5100", "AP-SHT-2P", "SHOP TOWEL BLUE 2PLY 12RL/CS", "4", "CS", "28.00", "112.00"]]
    data = pdf(title="PURCHASE ORDER",
               company=["GREYSTONE MOTORS LLC", "88 Foundry Road", "Pittsburgh, PA 15222", "(412) 555-0190"],
               meta=[("PO #", "GM-PO-55902"), ("Date", "05/06/2026"), ("Need Date", "05/13/2026"), ("Terms", "2% 10 Net 30")],
               blocks=[("Vendor", VENDOR),
                       ("Ship To", ["Greystone Motors Service Center", "88 Foundry Road", "Receiving - Bay 3", "Pittsburgh, PA 15222"]),
                       ("Bill To", ["Greystone Motors LLC", "Accounts Payable", "88 Foundry Road", "Pittsburgh, PA 15222"]),
                       ("Buyer", ["Rick Palumbo", "rpalumbo@greystonemotors.com"])],
               cols=cols, rows=rows, totals=[("Subtotal", "712.00"), ("Tax", "0.00"), ("Total", "$712.00")],
               notes=["Ship complete. Call before delivering oversize freight."])
    lab = po("Greystone Motors LLC", "GM-PO-55902", [
        L("AP-WB-18", "GM-2218", "WIPER BLADE BEAM 18\"", 12, "EA", 7.90),
        L("AP-WB-20", "GM-2220", "WIPER BLADE BEAM 20\"", 12, "EA", 8.20),
        L("AP-BP-F-CIV", "GM-3001", "PAD SET FRONT CIVIC 16-21", 6, "SET", 33.00),
        L("4716", "GM-4417", "OIL FILTER PH3614", 36, "EA", 5.80),
        L("AP-SHT-2P", "GM-5100", "SHOP TOWEL BLUE 2PLY 12RL/CS", 4, "CS", 28.00)],
        order_date="2026-05-06", requested_date="2026-05-13", currency="USD",
        ship_to=ship("Greystone Motors Service Center", "88 Foundry Road", "Pittsburgh", "PA", "15222", "US"))
    eml("29-greystone-pdf-po", lab, "Rick Palumbo <rpalumbo@greystonemotors.com>",
        "PO GM-PO-55902", "2026-05-06 08:15 -0400",
        "Dana,\n\nPO attached. Pads are for the Civic fleet job so please don't sub.\n\nRick Palumbo\nGreystone Motors LLC\n",
        atts=[("GM-PO-55902.pdf", data, "application", "pdf")])


def d30():
    body = ("G'day Dana,\n\nCould you please send up three cartons of the 50 mL centrifuge tubes (the 500 count ones), "
            "a dozen boxes of the orange 25G needles, half a dozen of the 5 litre sharps bins and a single roll of "
            "the 4 inch Parafilm - the 125 ft one, not the long roll.\n\n"
            "Our PO number is CP-5650. Ship to the usual Hunter St address.\n\nCheers,\nAndrew Pike\n"
            "Lab Manager, Coastline Pathology\n")
    lab = po("Coastline Pathology Pty Ltd", "CP-5650", [
        L("LB-CT-50-500", None, "50 mL centrifuge tubes (the 500 count ones)", 3, "CS", None),
        L("LB-NDL-25", None, "orange 25G needles", 12, "BX", None),
        L("LB-SHR-5L", None, "5 litre sharps bins", 6, None, None),
        L("4712", None, "4 inch Parafilm - the 125 ft one", 1, "RL", None)])
    eml("30-coastline-au-word-quantities", lab, "Andrew Pike <andrew.pike@coastlinepath.com.au>",
        "order please - Newcastle lab", "2026-06-09 10:10 +1000", body)


def d31():
    tbl = fixed([["Item Number", "Description", "Ordered", "Unit", "Price", "Total"],
                 ["SCB-FL55", "FLOUR T55 25KG", "40", "SACK", "$34.50", "$1,380.00"],
                 ["SCB-CH70", "CALLETS DARK 70.5% 2.5KG", "10", "BAG", "$41.90", "$419.00"],
                 ["SCB-CHW", "CALLETS WHITE 28% 2.5KG", "10", "BAG", "$38.50", "$385.00"],
                 ["SCB-BRD12G", "CAKE BOARD 12\" ROUND GOLD 12PK", "20", "PK", "$12.60", "$252.00"],
                 ["SCB-TUL", "TULIP WRAPS BROWN 200PK", "15", "PK", "$18.90", "$283.50"]],
                [13, 32, 8, 5, 9, 11], "llrlrr")
    body = ("Purchase Order #00004471\nDate: 08/07/2026          Promised Date: 15/07/2026\n"
            "Supplier: Calloway Meridian Distribution Inc.\n\nShip To:\nSouthern Cross Bakery Supplies\n9 Kembla Street\n"
            "Wollongong NSW 2500\n\n" + tbl +
            "\n                                              Subtotal     $2,719.50\n"
            "                                              GST            $271.95\n"
            "                                              Total AUD    $2,991.45\n\n"
            "Southern Cross Bakery Supplies Pty Ltd  ABN 15 604 882 913\n")
    lab = po("Southern Cross Bakery Supplies Pty Ltd", "00004471", [
        L("BK-FL-T55", "SCB-FL55", "FLOUR T55 25KG", 40, "BG", 34.50),
        L("BK-CH-D70", "SCB-CH70", "CALLETS DARK 70.5% 2.5KG", 10, "BG", 41.90),
        L("BK-CH-W28", "SCB-CHW", "CALLETS WHITE 28% 2.5KG", 10, "BG", 38.50),
        L("BK-BRD-12-G", "SCB-BRD12G", "CAKE BOARD 12\" ROUND GOLD 12PK", 20, "PK", 12.60),
        L("BK-TUL-BR", "SCB-TUL", "TULIP WRAPS BROWN 200PK", 15, "PK", 18.90)],
        order_date="2026-07-08", requested_date="2026-07-15", currency="AUD",
        ship_to=ship("Southern Cross Bakery Supplies", "9 Kembla Street", "Wollongong", "NSW", "2500", "AU"))
    eml("31-southern-cross-bakery-myob-text", lab, "Accounts <accounts@scbakery.com.au>",
        "Purchase Order #00004471 from Southern Cross Bakery Supplies Pty Ltd", "2026-07-08 09:12 +1000", body)


def d32():
    body = ("Hi, please send to our Charlotte office:\n\n"
            "alcohol prep pads medium 2ply - 10 boxes\nsharps container 1 liter - 12\n"
            "gauze 2x2 8 ply - 6 packs\n3 ply prep pads medium - 4 boxes\n\n"
            "PO# RDI-2026-118\nKim Ostrowski\nOffice Manager | Rivermark Diagnostic Imaging PC\n715 Tryon Street, Charlotte NC 28202\n")
    lab = po("Rivermark Diagnostic Imaging PC", "RDI-2026-118", [
        L("LB-APP", None, "alcohol prep pads medium 2ply", 10, "BX", None),
        L("LB-SHR-1L", None, "sharps container 1 liter", 12, None, None),
        L("LB-GZ-5-8", None, "gauze 2x2 8 ply", 6, "PK", None),
        L("LB-APP-3P", None, "3 ply prep pads medium", 4, "BX", None)])
    eml("32-rivermark-imaging-lookalike", lab, "Kim Ostrowski <kostrowski@rivermarkimaging.com>",
        "supplies", "2026-06-01 13:30 -0400", body)


def d33():
    body = ("Buongiorno Dana,\n\nsono Marco del Panificio Rossetti di Modena, scrivo dalla mail personale perché "
            "quella del panificio non funziona.\n\nVi ordino:\n"
            "- 2 cartoni di lievito secco istantaneo (da 20 bustine)\n"
            "- 500 kg di farina T45 per pasticceria\n"
            "- 4 pz vaniglia estratto puro da 1 litro\n"
            "- 6 pz cacao amaro in polvere 22-24% 1 kg\n"
            "- 1 cartone burro piastra 84%\n\n"
            "Consegna entro martedì 20/10.\n\nGrazie, Marco\n")
    lab = po("Panificio Rossetti S.r.l.", None, [
        L("BK-YST-INS", None, "lievito secco istantaneo (da 20 bustine)", 2, "CS", None),
        L("BK-FL-T45", None, "farina T45 per pasticceria", 500, "KG", None),
        L("BK-VAN-1L", None, "vaniglia estratto puro da 1 litro", 4, "EA", None),
        L("BK-COC-22", None, "cacao amaro in polvere 22-24% 1 kg", 6, "EA", None),
        L("BK-BUT-84", None, "burro piastra 84%", 1, "CS", None)],
        requested_date="2026-10-20")
    eml("33-rossetti-it-personal-mail", lab, "Marco Rossetti <marco.rossetti71@libero.it>",
        "ordine panificio", "2026-10-16 06:40 +0200", body)


def d34():
    body = ("Hello,\n\nWe'd like to place a first order (new account - please set us up):\n\n"
            "Syringes 3cc luer slip x 3 boxes\n25g 5/8 needles x 2 boxes\nCotton tipped applicators 6\" x 1 box\n"
            "Specimen cups 120ml sterile x 1 case\n\n"
            "Ship to: Lakeview Veterinary Clinic, 2410 Shoreline Dr, Madison, WI 53704\nPO: LVC-0007\n\nThanks,\nAmy\n")
    lab = po(None, "LVC-0007", [
        L("LB-SYR-3-LS", None, "Syringes 3cc luer slip", 3, "BX", None),
        L("LB-NDL-25", None, "25g 5/8 needles", 2, "BX", None),
        L("LB-CTA-6", None, "Cotton tipped applicators 6\"", 1, "BX", None),
        L("LB-SC-120", None, "Specimen cups 120ml sterile", 1, "CS", None)],
        ship_to=ship("Lakeview Veterinary Clinic", "2410 Shoreline Dr", "Madison", "WI", "53704", "US"))
    eml("34-lakeview-vet-unknown-customer", lab, "Lakeview Vet Front Desk <frontdesk@lakeviewvetclinic.com>",
        "Order - Lakeview Vet", "2026-02-18 12:00 -0600", body)


def d35():
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Dana, our order for next week below x</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td colspan="5" style="background:#f4cccc"><b>Holden Bakehouse &ndash; Purchase Order HB-1240 &ndash; 20 August 2026</b></td></tr>
<tr><th>Section</th><th>Item</th><th>Size</th><th>Qty</th><th>Unit</th></tr>
<tr><td rowspan="3">Chocolate</td><td>Callets dark</td><td>54.5%</td><td>4</td><td>bags</td></tr>
<tr><td>Callets milk</td><td>33.6%</td><td>2</td><td>bags</td></tr>
<tr><td>Cocoa powder</td><td>10-12%</td><td>3</td><td>tubs</td></tr>
<tr><td rowspan="3">Packaging</td><td>Cake boards round gold</td><td>8&quot;</td><td>5</td><td>packs</td></tr>
<tr><td>Cake boards round silver</td><td>12&quot;</td><td>5</td><td>packs</td></tr>
<tr><td>Cake boxes white plain</td><td>8x8x5</td><td>4</td><td>bundles</td></tr>
<tr><td>Delivery</td><td colspan="4">Tuesday 25/08/2026, Regent St shop</td></tr>
</table>
<p>Thanks!<br>Sophie<br>Holden Bakehouse Ltd</p></body></html>"""
    lab = po("Holden Bakehouse Ltd", "HB-1240", [
        L("BK-CH-D54", None, "Callets dark 54.5%", 4, "BG", None),
        L("BK-CH-M33", None, "Callets milk 33.6%", 2, "BG", None),
        L("BK-COC-10", None, "Cocoa powder 10-12%", 3, "EA", None),
        L("BK-BRD-08-G", None, "Cake boards round gold 8\"", 5, "PK", None),
        L("BK-BRD-12-S", None, "Cake boards round silver 12\"", 5, "PK", None),
        L("BK-CB-08", None, "Cake boxes white plain 8x8x5", 4, "PK", None)],
        order_date="2026-08-20", requested_date="2026-08-25")
    eml("35-holden-html-rowspan-size-column", lab, "Sophie Carrow <sophie@holdenbakehouse.co.uk>",
        "PO HB-1240", "2026-08-20 15:00 +0100", html=html)


def d36():
    items = [("PCH-55044", "Syringe 5mL Luer Slip 100/bx", "6", "BX"),
             ("PCH-55045", "Syringe 5mL Luer Lock 100/bx", "4", "BX"),
             ("PCH-55060", "Isopropyl alcohol 70% 5 liter", "3", "EA"),
             ("PCH-55071", "Cryovial 5mL external thread 50/pk", "2", "PK")]

    def td(s, b=False):
        return ('<td style="border:solid #BFBFBF 1.0pt;padding:.75pt .75pt .75pt .75pt"><p class=MsoNormal>'
                '%s<o:p></o:p></p></td>' % (("<b>%s</b>" % s) if b else s))
    inner = ('<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>'
             + "<tr>" + td("Item #", 1) + td("Description", 1) + td("Qty", 1) + td("UOM", 1) + "</tr>"
             + "".join("<tr>" + "".join(td(c) for c in r) + "</tr>" for r in items) + "</table>")
    html = ("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-US><div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%"><tr><td style="padding:0">
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td><p class=MsoNormal><b>PO PCH-21340</b><o:p></o:p></p></td>
<td><p class=MsoNormal>Requested delivery: 09/22/2026<o:p></o:p></p></td></tr></table>
</td></tr><tr><td style="padding:0">""" + inner + """</td></tr></table>
<p class=MsoNormal>Deliver to Central Supply as usual.<o:p></o:p></p>
<p class=MsoNormal>Janet Ortiz<br>Materials Management | Pinecrest Community Hospital<o:p></o:p></p>
</div></body></html>""")
    plain = "PO PCH-21340\n\nRequested delivery: 09/22/2026\n\nItem #\n\nDescription\n\nQty\n\nUOM\n\n"
    for r in items:
        plain += "".join(c + "\n\n" for c in r)
    plain += "Deliver to Central Supply as usual.\n\nJanet Ortiz\nMaterials Management | Pinecrest Community Hospital\n"
    lab = po("Pinecrest Community Hospital", "PCH-21340", [
        L("LB-SYR-5-LS", "PCH-55044", "Syringe 5mL Luer Slip 100/bx", 6, "BX", None),
        L("LB-SYR-5-LL", "PCH-55045", "Syringe 5mL Luer Lock 100/bx", 4, "BX", None),
        L("LB-IPA-5", "PCH-55060", "Isopropyl alcohol 70% 5 liter", 3, "EA", None),
        L("LB-CRY-5-ET", "PCH-55071", "Cryovial 5mL external thread 50/pk", 2, "PK", None)],
        requested_date="2026-09-22")
    eml("36-pinecrest-outlook-nested", lab, "Janet Ortiz <jortiz@pinecresthealth.org>",
        "PO PCH-21340", "2026-09-15 09:25 -0600", plain, html=html)


def d37():
    rows = [["Line", "Supplier code", "Description", "Qty", "Unit", "Price (GBP)"],
            ["1", "LB-TIP-200-R", "Tips 200ul racked", "10", "box", "28.50"],
            ["2", "LB-TIP-10-B", "Tips 10ul bulk bag", "5", "bag", "11.20"],
            ["3", "LB-PD-90-S", "Petri 90mm sleeve of 20", "40", "sleeve", "3.25"],
            ["4", "LB-AGAR", "Agar bacteriological", "2", "kg", "38.00"],
            ["5", "", "Beakers 600ml low form (pk 12)", "1", "pk", "21.90"]]
    body = ("Hi,\n\nOrder below, raised 28 May 2026. Required by 05/06/2026 please (Goods In, usual).\n\n"
            + "\n".join("\t".join(r) for r in rows) +
            "\n\nOliver Grant\nLab Operations | Aldgate Clinical Labs Ltd\n")
    lab = po("Aldgate Clinical Labs Ltd", "AC/PO/26/0131", [
        L("LB-TIP-200-R", None, "Tips 200ul racked", 10, "BX", 28.50),
        L("LB-TIP-10-B", None, "Tips 10ul bulk bag", 5, "PK", 11.20),
        L("LB-PD-90-S", None, "Petri 90mm sleeve of 20", 40, "PK", 3.25),
        L("LB-AGAR", None, "Agar bacteriological", 2, "KG", 38.00),
        L("LB-BKR-600", None, "Beakers 600ml low form (pk 12)", 1, "PK", 21.90)],
        order_date="2026-05-28", requested_date="2026-06-05", currency="GBP")
    eml("37-aldgate-uk-tsv-ambiguous-date", lab, "Oliver Grant <o.grant@aldgateclinical.co.uk>",
        "Order AC/PO/26/0131", "2026-05-28 17:10 +0100", body)


def d38():
    body = ("PO 77-1188\n\n3 cs 5w-30 full syn quarts\n12 - 5W30 1 liter bottles\n5 pk mini fuse 20 amp yellow\n"
            "10 16in beam wipers\n4 sets front pads Focus mk3\n2 cs brake clean\n\nRick\n")
    lab = po("Greystone Motors LLC", "77-1188", [
        L("AP-OIL-5W30-QT", None, "5w-30 full syn quarts", 3, "CS", None),
        L("AP-OIL-5W30-1", None, "5W30 1 liter bottles", 12, "BTL", None),
        L("AP-FUS-20", None, "mini fuse 20 amp yellow", 5, "PK", None),
        L("AP-WB-16", None, "16in beam wipers", 10, None, None),
        L("AP-BP-F-FOC", None, "front pads Focus mk3", 4, "SET", None),
        L("AP-BC-500", None, "brake clean", 2, "CS", None)])
    eml("38-greystone-near-duplicates", lab, "Rick Palumbo <rpalumbo@greystonemotors.com>",
        "PO 77-1188", "2026-07-27 07:20 -0400", body)


def d39():
    cols = [("Pos", 40, "l"), ("Unsere Art.-Nr.", 62, "l"), ("Ihre Art.-Nr.", 130, "l"), ("Bezeichnung", 200, "l"),
            ("Menge", 400, "r"), ("ME", 406, "l"), ("Preis EUR", 490, "r"), ("Betrag EUR", 555, "r")]
    rows = [["1", "100-2231", "AP-AIR-GLF", "Luftfilter Golf VII 1.4 TSI", "10", "Stk", "11,20", "112,00"],
            ["2", "100-2240", "AP-CAB-GLF-S", "Innenraumfilter Standard Golf VII", "10", "Stk", "8,90", "89,00"],
            ["3", "100-3105", "AP-BP-R-GLF", "Bremsbelagsatz hinten Golf VII", "6", "Satz", "25,40", "152,40"],
            ["4", "100-4410", "4715", "Ölfilter W 712/75", "30", "Stk", "5,70", "171,00"],
            ["5", "100-5002", "", "Kühlerfrostschutz G12+ Konzentrat 5 l", "8", "Stk", "19,90", "159,20"]]
    from reportlab.lib.pagesizes import A4
    data = pdf(title="BESTELLUNG",
               company=["Autohaus Brenner GmbH & Co. KG", "Heilbronner Straße 210", "70191 Stuttgart",
                        "USt-IdNr. DE812604455"],
               meta=[("Bestell-Nr.", "4500381460"), ("Datum", "03.06.2026"), ("Liefertermin", "10.06.2026"),
                     ("Währung", "EUR")],
               blocks=[("Lieferant", VENDOR),
                       ("Lieferanschrift", ["Autohaus Brenner Werkstatt", "Heilbronner Straße 210", "70191 Stuttgart"]),
                       ("Ansprechpartner", ["Jens Kowalski", "Tel. 0711 555 2041"])],
               cols=cols, rows=rows,
               totals=[("Summe netto", "683,60"), ("MwSt 19 %", "129,88"), ("Gesamt", "813,48")],
               notes=["Bitte Bestellnummer auf Lieferschein und Rechnung angeben."], pagesize=A4)
    lab = po("Autohaus Brenner GmbH & Co. KG", "4500381460", [
        L("AP-AIR-GLF", "100-2231", "Luftfilter Golf VII 1.4 TSI", 10, "EA", 11.20),
        L("AP-CAB-GLF-S", "100-2240", "Innenraumfilter Standard Golf VII", 10, "EA", 8.90),
        L("AP-BP-R-GLF", "100-3105", "Bremsbelagsatz hinten Golf VII", 6, "SET", 25.40),
        L("4715", "100-4410", "Ölfilter W 712/75", 30, "EA", 5.70),
        L("AP-CL-G12", "100-5002", "Kühlerfrostschutz G12+ Konzentrat 5 l", 8, "EA", 19.90)],
        order_date="2026-06-03", requested_date="2026-06-10", currency="EUR",
        ship_to=ship("Autohaus Brenner Werkstatt", "Heilbronner Straße 210", "Stuttgart", None, "70191", "DE"))
    eml("39-autohaus-brenner-pdf-bestellung", lab, "Jens Kowalski <j.kowalski@autohaus-brenner.de>",
        "Bestellung 4500381460", "2026-06-03 14:22 +0200",
        "Guten Tag,\n\nanbei unsere Bestellung 4500381460 mit der Bitte um Auftragsbestätigung.\n\n"
        "Mit freundlichen Grüßen\nJens Kowalski\nAutohaus Brenner GmbH & Co. KG\n",
        atts=[("Bestellung_4500381460.pdf", data, "application", "pdf")])


def d40():
    body = ("Bonjour,\n\nPetite correction sur la commande ci-dessous : mettez 6 sacs de farine T65 au lieu de 4, "
            "et supprimez les boîtes à gâteaux. Le reste ne change pas.\n\nMerci,\nClaire\n\n"
            "Le mar. 10 mars 2026 à 18:12, Claire Martel <claire@boulangerie-martel.fr> a écrit :\n"
            "> Bonjour,\n>\n> Commande BM-2026-121, livraison vendredi 13/03 :\n"
            "> - 4 sacs de farine T65 (25 kg)\n"
            "> - 2 colis de beurre de tourage 82 % (5 plaques de 2 kg)\n"
            "> - 1 carton de boîtes à gâteaux 20 x 20 cm blanches\n"
            "> - 3 rouleaux de poches à douille 30 cm (x100)\n>\n> Claire\n")
    lab = po("Boulangerie Martel SARL", "BM-2026-121", [
        L("BK-FL-T65", None, "farine T65 (25 kg)", 6, "BG", None),
        L("BK-BUT-82", None, "beurre de tourage 82 % (5 plaques de 2 kg)", 2, "CS", None),
        L("BK-PB-12", None, "poches à douille 30 cm (x100)", 3, "RL", None)],
        requested_date="2026-03-13")
    eml("40-martel-fr-reply-supprimez", lab, "Claire Martel <claire@boulangerie-martel.fr>",
        "RE: Commande BM-2026-121", "2026-03-11 07:30 +0100", body)


def d41():
    import io
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Pedido"
    ws["A1"] = "TALLERES IBARRA S.L. - PEDIDO DE COMPRA"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"], ws["B3"] = "Nº pedido", "PI-2026-0231"
    ws["A4"], ws["B4"] = "Fecha", "09/03/2026"
    ws["A5"], ws["B5"] = "Fecha entrega", "13/03/2026"
    ws["A6"], ws["B6"] = "Proveedor", "Calloway Meridian Distribution Inc."
    hdr = ["Referencia", "Ref. proveedor", "Descripción", "Cant.", "Ud.", "Precio €", "Importe €"]
    for j, h in enumerate(hdr, 1):
        ws.cell(8, j, h).font = Font(bold=True)
    items = [("TI-0410", "AP-SP-PT", "Bujía platino 14 mm (4 ud)", 10, "caja", 21.50),
             ("TI-0415", None, "Bombilla H7 12V 55W (blíster 2)", 15, "pz", 8.60),
             ("TI-0502", "AP-OIL-5W40-5", "Aceite 5W-40 sintético 5 L", 20, "pz", 32.00),
             ("TI-0503", None, "Aceite 5W-40 sintético 1 L", 24, "pz", 7.60),
             ("TI-0620", "AP-GRS-LI", "Grasa litio EP2 cartucho 400 g", 12, "pz", 3.80)]
    for i, it in enumerate(items):
        r = 9 + i
        for j, v in enumerate(it, 1):
            c = ws.cell(r, j, v)
            if j == 6:
                c.number_format = '#,##0.00 "€"'
        ws.cell(r, 7, "=D%d*F%d" % (r, r)).number_format = '#,##0.00 "€"'
    ws.cell(15, 6, "Total").font = Font(bold=True)
    ws.cell(15, 7, "=SUM(G9:G13)")
    ws.column_dimensions["C"].width = 36
    buf = io.BytesIO()
    wb.save(buf)
    lab = po("Talleres Ibarra S.L.", "PI-2026-0231", [
        L("AP-SP-PT", "TI-0410", "Bujía platino 14 mm (4 ud)", 10, "CS", 21.50),
        L("AP-BLB-H7", "TI-0415", "Bombilla H7 12V 55W (blíster 2)", 15, "EA", 8.60),
        L("AP-OIL-5W40-5", "TI-0502", "Aceite 5W-40 sintético 5 L", 20, "EA", 32.00),
        L("AP-OIL-5W40-1", "TI-0503", "Aceite 5W-40 sintético 1 L", 24, "EA", 7.60),
        L("AP-GRS-LI", "TI-0620", "Grasa litio EP2 cartucho 400 g", 12, "EA", 3.80)],
        order_date="2026-03-09", requested_date="2026-03-13", currency="EUR")
    eml("41-ibarra-es-xlsx-attachment", lab, "Rocío Medina <compras@talleresibarra.es>",
        "Pedido PI-2026-0231", "2026-03-09 12:40 +0100",
        "Hola Dana,\n\nAdjunto el pedido de hoy, 9 de marzo. Por favor confirmar plazo de entrega.\n\n"
        "Saludos,\nRocío Medina\nTalleres Ibarra S.L.\n",
        atts=[("Pedido_PI-2026-0231.xlsx", buf.getvalue(), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


def d42():
    rows = [("Pipette tips 200 µl racked", "box", "12", "20", "8"),
            ("Pipette tips 200 µl filtered racked", "box", "6", "6", "0"),
            ("Microtubes 1.5 ml amber", "bag", "1", "4", "3"),
            ("Microtubes 1.5 ml clear", "bag", "5", "5", "0"),
            ("Weighing boats small", "pkt", "0", "2", "2"),
            ("Cryo labels", "roll", "3", "3", "0"),
            ("Agar powder", "kg", "1", "5", "4"),
            ("Isopropyl alcohol 70% 1 L", "btl", "10", "30", "20")]
    html = ("<html><body><p>Dear Dana,</p><p>Please find weekly indent of Central Lab. "
            "PO ref: SDPL/PUR/2026-27/0655. Supply only the quantities in &quot;To Order&quot; column.</p>"
            "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Item</th><th>Unit</th><th>On hand</th>"
            "<th>Par</th><th>To Order</th></tr>"
            + "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows)
            + "</table><p>Regards,<br>Lab Stores<br>Sanjeevani Diagnostics Pvt Ltd, Pune</p></body></html>")
    plain = ("Dear Dana,\n\nPlease find weekly indent of Central Lab. PO ref: SDPL/PUR/2026-27/0655. "
             "Supply only the quantities in \"To Order\" column.\n\n"
             + "\n".join("\t".join(r) for r in [("Item", "Unit", "On hand", "Par", "To Order")] + rows)
             + "\n\nRegards,\nLab Stores\nSanjeevani Diagnostics Pvt Ltd, Pune\n")
    lab = po("Sanjeevani Diagnostics Pvt Ltd", "SDPL/PUR/2026-27/0655", [
        L("LB-TIP-200-R", None, "Pipette tips 200 µl racked", 8, "BX", None),
        L("LB-MCT-15-AM", None, "Microtubes 1.5 ml amber", 3, "PK", None),
        L("LB-WB-S", None, "Weighing boats small", 2, "PK", None),
        L("LB-AGAR", None, "Agar powder", 4, "KG", None),
        L("LB-IPA-1", None, "Isopropyl alcohol 70% 1 L", 20, "BTL", None)])
    eml("42-sanjeevani-dx-par-indent", lab, "Lab Stores <lab.stores@sanjeevanidx.in>",
        "Weekly indent - Central Lab", "2026-10-12 09:00 +0530", plain, html=html)


def d43():
    body = ("Hi team,\n\nPO CP-5733, please supply:\n\n"
            "LB-TIP-20-R     Tips 20uL racked               6 boxes\n"
            "LB-SP-50        Serological pipette 50mL       2 cases\n"
            "LB-CRY-2-ET     Cryovial 2mL ext thread       10 packs\n"
            "LB-PD-150       Petri dish 150mm                1 case\n"
            "LB-NACL         Sodium chloride ACS             3 kg\n\n"
            "Regards, Mei\nCoastline Pathology Pty Ltd\n")
    lab = po("Coastline Pathology Pty Ltd", "CP-5733", [
        L(None, None, "Tips 20uL racked", 6, "BX", None),
        L(None, None, "Serological pipette 50mL", 2, "CS", None),
        L("LB-CRY-2-ET", None, "Cryovial 2mL ext thread", 10, "PK", None),
        L(None, None, "Petri dish 150mm", 1, "CS", None),
        L("LB-NACL", None, "Sodium chloride ACS", 3, "KG", None)])
    eml("43-coastline-unknown-codes", lab, "Mei Tan <mei.tan@coastlinepath.com.au>",
        "PO CP-5733", "2026-08-12 08:50 +1000", body)


def d44():
    body = ("Goedemorgen,\n\nGraag leveren volgens onderstaande bestelling NZB-PO-2026-0388:\n\n"
            "10 zakken tarwebloem T55 à 25 kg\n4 zakken volkorenmeel 25 kg\n2 dozen bakpapier vellen 60x80\n"
            "6 emmers bakpoeder 5 kg\n3 bag-in-box vloeibaar heel ei 10 L\n\n"
            "Levering dinsdag 06-10-2026.\n\nMet vriendelijke groet,\nBram de Vries\nNoordzee Bakkerij B.V.\n")
    lab = po("Noordzee Bakkerij B.V.", "NZB-PO-2026-0388", [
        L("BK-FL-T55", None, "tarwebloem T55 à 25 kg", 10, "BG", None),
        L("BK-FL-WW", None, "volkorenmeel 25 kg", 4, "BG", None),
        L("BK-BPP-6080", None, "bakpapier vellen 60x80", 2, "BX", None),
        L("BK-BP-5", None, "bakpoeder 5 kg", 6, "EA", None),
        L("BK-EGG-LQ", None, "bag-in-box vloeibaar heel ei 10 L", 3, None, None)],
        requested_date="2026-10-06")
    eml("44-noordzee-nl-zakken", lab, "Bram de Vries <inkoop@noordzeebakkerij.nl>",
        "Bestelling NZB-PO-2026-0388", "2026-10-01 07:45 +0200", body)


# ------------------------------------------------------------ not orders
def d45():
    body = ("Hi Alex,\n\nThanks for shopping with BakeAtHome.com! Your order #BH-1128844 is confirmed and will ship "
            "within 2 business days.\n\n"
            "Item                                   Qty   Price\n"
            "Silicone baking mat, half sheet          2   $14.99\n"
            "Pure vanilla extract 4 fl oz             1   $12.49\n"
            "Piping tip set, 24 pc                    1   $19.95\n"
            "Subtotal $62.42   Shipping FREE   Tax $4.37   Total $66.79\n\n"
            "Ship to: Alex Moreno, 88 Larkspur Ln, Columbus, OH 43215\n"
            "Track your order at bakeathome.com/orders. Questions? Reply to this email.\n")
    eml("45-consumer-webshop-confirmation", not_order(), "BakeAtHome.com <no-reply@bakeathome.com>",
        "Your BakeAtHome.com order #BH-1128844 is confirmed!", "2026-11-27 19:03 -0500", body)


def d46():
    body = ("Sehr geehrte Damen und Herren, dear Sir or Madam,\n\n"
            "wir bestätigen Ihre Bestellung / we confirm your purchase order CMD-PO-10455 dated 14.09.2026.\n\n"
            "Auftragsbestätigung / Order confirmation AB-2026-77120\n\n"
            "Pos  Art.-Nr.     Bezeichnung                          Menge  ME   Preis    Liefertermin\n"
            "10   KL-TP200R    Pipettenspitzen 200 µl, Rack          400   BX   24,10    KW 40\n"
            "20   KL-MCT15     Reaktionsgefäße 1,5 ml, farblos       800   BG    7,20    KW 40\n"
            "30   KL-CRY2E     Kryoröhrchen 2 ml AG, steril          150   PK    9,40    KW 42\n\n"
            "Lieferbedingung: FCA Hamburg. Zahlung: 30 Tage netto.\n"
            "Please check this confirmation and inform us of any deviation within 2 working days.\n\n"
            "Kessler Labware GmbH\nAuftragsabwicklung\nHafenstraße 8, 20457 Hamburg\n")
    eml("46-supplier-order-confirmation", not_order(), "Kessler Labware Auftragsabwicklung <order-confirmation@kessler-labware.de>",
        "Auftragsbestätigung AB-2026-77120 zu Ihrer Bestellung CMD-PO-10455", "2026-09-15 10:31 +0200", body)


def d47():
    import io
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Order form"
    ws["A1"] = "Southern Cross Bakery Supplies - ORDER FORM 2027"
    ws["A3"], ws["B3"] = "PO Number", None
    ws["A4"], ws["B4"] = "Date", None
    ws["A5"], ws["B5"] = "Deliver by", None
    for j, h in enumerate(["Item Number", "Supplier code", "Description", "Unit", "Price", "Qty"], 1):
        ws.cell(7, j, h)
    for i, r in enumerate([("SCB-FL55", "BK-FL-T55", "FLOUR T55 25KG", "SACK", 34.50),
                           ("SCB-FL65", "BK-FL-T65", "FLOUR T65 25KG", "SACK", 36.10),
                           ("SCB-CH54", "BK-CH-D54", "CALLETS DARK 54.5% 2.5KG", "BAG", 38.90),
                           ("SCB-CH70", "BK-CH-D70", "CALLETS DARK 70.5% 2.5KG", "BAG", 41.90),
                           ("SCB-TUL", "BK-TUL-BR", "TULIP WRAPS BROWN 200PK", "PK", 18.90)]):
        for j, v in enumerate(r, 1):
            ws.cell(8 + i, j, v)
    buf = io.BytesIO()
    wb.save(buf)
    body = ("Hi Dana,\n\nWe've set up a new order form template for next year - can you please check the item "
            "codes and prices on the attached before we start sending orders on it? Qty column is blank on purpose.\n"
            "No order this week.\n\nThanks,\nKaren\nSouthern Cross Bakery Supplies\n")
    eml("47-blank-order-form", not_order(), "Karen Ashby <accounts@scbakery.com.au>",
        "New order form template 2027 - please check", "2026-11-18 11:20 +1000", body,
        atts=[("SCB_order_form_2027.xlsx", buf.getvalue(), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


def d48():
    body = ("Dear Sir/Madam,\n\nSub: Request for quotation - laboratory consumables (Ref. SHPL/RFQ/2026/044)\n\n"
            "We are planning our annual requirement and request your best quotation (CIF Mumbai) for:\n\n"
            "1. Syringe 5 ml luer lock sterile - 500 boxes\n"
            "2. Needle 23G x 1\" - 300 boxes\n"
            "3. Specimen container 120 ml sterile - 80 cases\n"
            "4. Gauze swab 10x10 cm 12 ply - 1000 packets\n\n"
            "Kindly mention delivery period and validity of offer. Please note this is only an enquiry, "
            "PO will be issued after comparison.\n\nRegards,\nStores & Purchase\nSanjeevani Hospitals Pvt Ltd, Nashik\n")
    eml("48-sanjeevani-hosp-rfq", not_order(), "Stores Purchase <stores.purchase@sanjeevanihospitals.in>",
        "RFQ - laboratory consumables annual requirement", "2026-11-02 15:10 +0530", body)


def d49():
    body = ("Dana,\n\nOur delivery for PO PCH-21077 came in this morning and it's a mess:\n\n"
            "- the 60 mL specimen cups: 3 cases ordered, 2 arrived, one of them crushed\n"
            "- sharps containers: we got 24 of the 5 L instead of the 1 L\n"
            "- gauze 4x4 12 ply: 20 packs, correct\n\n"
            "Please arrange a pickup for the wrong sharps and the damaged case and send the missing cups. "
            "Do NOT just ship another full order, we don't need more gauze.\n\n"
            "Janet Ortiz\nMaterials Management, Pinecrest Community Hospital\n")
    eml("49-pinecrest-delivery-complaint", not_order(), "Janet Ortiz <jortiz@pinecresthealth.org>",
        "Problem with delivery - PO PCH-21077", "2026-04-28 10:44 -0600", body)


def d50():
    cols = [("Line", 40, "l"), ("Item", 66, "l"), ("Description", 140, "l"), ("Qty", 400, "r"), ("UOM", 406, "l"),
            ("Unit Price", 490, "r"), ("Amount", 570, "r")]
    rows = [["1", "BP-CB1010W", "Cake box 10x10x5 white w/ window, 50/bdl", "120", "BDL", "17.40", "2,088.00"],
            ["2", "BP-CB0808", "Cake box 8x8x5 white, 50/bdl", "80", "BDL", "12.90", "1,032.00"],
            ["3", "BP-BRD12S", "Cake board round 12in silver, 12/pk", "200", "PK", "4.70", "940.00"]]
    data = pdf(title="INVOICE",
               company=["Brightline Packaging Corp.", "600 Industrial Blvd", "Dayton, OH 45414"],
               meta=[("Invoice No.", "BPC-INV-220871"), ("Invoice Date", "10/19/2026"), ("Your PO", "CMD-PO-10512"),
                     ("Terms", "Net 30"), ("Due Date", "11/18/2026")],
               blocks=[("Bill To", VENDOR), ("Ship To", ["Calloway Meridian Distribution Inc.", "Warehouse 2",
                                                          "1450 Westbelt Drive", "Columbus, OH 43228"])],
               cols=cols, rows=rows, totals=[("Subtotal", "4,060.00"), ("Freight", "185.00"), ("Amount Due", "$4,245.00")],
               notes=["Remit to: Brightline Packaging Corp., PO Box 7719, Dayton OH 45401"])
    eml("50-supplier-invoice", not_order("invoice"), "Brightline Packaging AR <ar@brightlinepack.com>",
        "Invoice BPC-INV-220871 for PO CMD-PO-10512", "2026-10-19 16:05 -0400",
        "Hello,\n\nPlease find attached invoice BPC-INV-220871 for your PO CMD-PO-10512, shipped 10/16/2026.\n\n"
        "Thank you for your business.\nBrightline Packaging Corp. - Accounts Receivable\n",
        atts=[("BPC-INV-220871.pdf", data, "application", "pdf")])


ALL = [d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36, d37, d38, d39, d40, d41, d42, d43, d44,
       d45, d46, d47, d48, d49, d50]
