from data import SELLER, GLN_BRENNER_BY, GLN_BRENNER_DP, GLN_SELLER, GLN_NOORDZEE, gtin
from lib import L, po, ship, eml, bare, fixed, pdf, REP, ORDERS

S = SELLER
VENDOR = [S["name"], S["street"], "%s, %s %s" % (S["city"], S["region"], S["postal"]), "USA"]


def d01():
    rows = [
        ["1", "RVD-10021", "LB-TIP-200-RF", "PIPETTE TIP 200UL FILTERED RACKED 960/BX", "10", "BX", "52.00", "520.00"],
        ["2", "RVD-10034", "LB-MCT-15-CL", "MICROTUBE 1.5ML CLEAR SNAP CAP 500/BG", "6", "PK", "11.40", "68.40"],
        ["3", "RVD-10102", "LB-CT-50-500", "CENTRIFUGE TUBE 50ML STERILE 500/CS", "2", "CS", "168.00", "336.00"],
        ["4", "RVD-10220", "4711", "PARAFILM M 2IN X 250FT", "3", "RL", "32.00", "96.00"],
        ["5", "RVD-10311", "LB-NDL-25", "NEEDLE 25G X 5/8 ORANGE 100/BX", "4", "BX", "9.90", "39.60"],
    ]
    cols = [("Ln", 40, "l"), ("Item No.", 58, "l"), ("Vendor Item", 112, "l"), ("Description", 182, "l"),
            ("Qty", 400, "r"), ("UoM", 410, "l"), ("Unit Price", 490, "r"), ("Extension", 570, "r")]
    data = pdf(title="PURCHASE ORDER",
               company=["Rivermark Diagnostics LLC", "PO Box 33018", "Raleigh, NC 27636", "Tax ID 56-2231907"],
               meta=[("PO Number", "4500012231"), ("PO Date", "03/09/2026"), ("Delivery Date", "03/20/2026"),
                     ("Terms", "Net 45"), ("Currency", "USD")],
               blocks=[("Vendor", VENDOR + ["Vendor # V-30982"]),
                       ("Bill To", ["Rivermark Diagnostics LLC", "Accounts Payable", "PO Box 33018", "Raleigh, NC 27636"]),
                       ("Ship To", ["Rivermark Diagnostics - Receiving", "2200 Commerce Parkway", "Suite 100", "Raleigh, NC 27616"]),
                       ("Buyer", ["Tom Keller", "tkeller@rivermarkdx.com", "(919) 555-0147"])],
               cols=cols, rows=rows,
               totals=[("Subtotal", "1,060.00"), ("Freight", "45.00"), ("Total USD", "1,105.00")],
               notes=["Please reference PO number on all packing slips and invoices.",
                      "Deliveries accepted Mon-Fri 7:00-15:00."])
    lab = po("Rivermark Diagnostics LLC", "4500012231", [
        L("LB-TIP-200-RF", "RVD-10021", "PIPETTE TIP 200UL FILTERED RACKED 960/BX", 10, "BX", 52.00),
        L("LB-MCT-15-CL", "RVD-10034", "MICROTUBE 1.5ML CLEAR SNAP CAP 500/BG", 6, "PK", 11.40),
        L("LB-CT-50-500", "RVD-10102", "CENTRIFUGE TUBE 50ML STERILE 500/CS", 2, "CS", 168.00),
        L("4711", "RVD-10220", "PARAFILM M 2IN X 250FT", 3, "RL", 32.00),
        L("LB-NDL-25", "RVD-10311", "NEEDLE 25G X 5/8 ORANGE 100/BX", 4, "BX", 9.90)],
        order_date="2026-03-09", requested_date="2026-03-20", currency="USD",
        ship_to=ship("Rivermark Diagnostics - Receiving", "2200 Commerce Parkway", "Raleigh", "NC", "27616", "US"))
    eml("01-rivermark-erp-pdf", lab, "Tom Keller <tkeller@rivermarkdx.com>",
        "Purchase Order 4500012231 - Calloway Meridian", "2026-03-09 10:22 -0500",
        "Hello,\n\nPlease find attached Purchase Order 4500012231. Kindly confirm receipt and expected ship date.\n\n"
        "Regards,\nTom Keller\nPurchasing | Rivermark Diagnostics LLC\n(919) 555-0147\n",
        atts=[("PO_4500012231.pdf", data, "application", "pdf")])


def d02():
    tbl = fixed([
        ["LN", "DESCRIPTION", "QTY", "UNIT", "PRICE", "VALUE"],
        ["--", "-" * 34, "-------", "----", "-------", "---------"],
        [" 1", "FLOUR BREAD T65 25KG SACK", "1000", "KG", "0.78", "780.00"],
        [" 2", "SUGAR CASTER 25KG SACK", "250", "KG", "1.06", "265.00"],
        [" 3", "YEAST INSTANT DRY 500G 20/CS", "4", "CS", "49.00", "196.00"],
        [" 4", "CALLETS DARK 54.5% 2.5KG BAG", "12", "BAG", "21.80", "261.60"],
        [" 5", "PIPING BAG DISP 21IN 100/RL", "10", "RL", "13.00", "130.00"],
    ], [2, 34, 7, 4, 7, 9], "llrlrr")
    body = ("Please supply the following against the order below. Delivery to our Sheffield site.\n\n"
            "HALDEN BAKERY GROUP LTD                         PURCHASE ORDER\n"
            "Unit 4, Kelham Road Industrial Estate           PO Number : HBG-26-0412\n"
            "Sheffield S3 8RY                                PO Date   : 09/03/2026\n"
            "VAT Reg GB 284 1190 57                          Deliver on: 16/03/2026\n"
            "Supplier: CALLOWAY MERIDIAN DISTRIBUTION        Currency  : GBP\n\n"
            + tbl +
            "\n                                               GOODS TOTAL   1632.60\n"
            "                                               VAT 0.00%        0.00\n"
            "                                               ORDER TOTAL   1632.60\n\n"
            "Goods-in hours 06:00-14:00. Pallets must be wrapped and labelled with PO number.\n\n"
            "Gemma Hurst\nPurchasing, Halden Bakery Group Ltd\n")
    lab = po("Halden Bakery Group Ltd", "HBG-26-0412", [
        L("BK-FL-T65", None, "FLOUR BREAD T65 25KG SACK", 1000, "KG", 0.78),
        L("BK-SUG-CA", None, "SUGAR CASTER 25KG SACK", 250, "KG", 1.06),
        L("BK-YST-INS", None, "YEAST INSTANT DRY 500G 20/CS", 4, "CS", 49.00),
        L("BK-CH-D54", None, "CALLETS DARK 54.5% 2.5KG BAG", 12, "BG", 21.80),
        L("BK-PB-21", None, "PIPING BAG DISP 21IN 100/RL", 10, "RL", 13.00)],
        order_date="2026-03-09", requested_date="2026-03-16", currency="GBP",
        ship_to=ship(None, "Unit 4, Kelham Road Industrial Estate", "Sheffield", None, "S3 8RY", "GB"))
    eml("02-halden-erp-text-export", lab, "Gemma Hurst <g.hurst@haldenbakery.co.uk>",
        "Purchase Order HBG-26-0412", "2026-03-09 08:05 +0000", body)


def d03():
    body = ("Dana / orders team,\n\nPO 77-1045 for the service dept:\n\n"
            "- 5w30 full synthetic 5L jugs - 10\n"
            "- H7 bulbs (the 2 packs) x6\n"
            "- DOT 4 brake fluid 500ml qty: 4\n"
            "- mini blade fuses 15 amp blue - 8 packs\n"
            "- 22\" beam wipers x12\n"
            "- brake pads front Ford Focus mk3 - 3 sets\n\n"
            "Need it by Thursday 4/16 latest. Usual dock.\n\nRick\nGreystone Motors\nParts & Service\n"
            "Sent from my iPhone\n")
    lab = po("Greystone Motors LLC", "77-1045", [
        L("AP-OIL-5W30-5", None, "5w30 full synthetic 5L jugs", 10, None, None),
        L("AP-BLB-H7", None, "H7 bulbs (the 2 packs)", 6, None, None),
        L("AP-BF-D4", None, "DOT 4 brake fluid 500ml", 4, None, None),
        L("AP-FUS-15", None, "mini blade fuses 15 amp blue", 8, "PK", None),
        L("AP-WB-22", None, "22\" beam wipers", 12, None, None),
        L("AP-BP-F-FOC", None, "brake pads front Ford Focus mk3", 3, "SET", None)],
        requested_date="2026-04-16")
    eml("03-greystone-qty-after-desc", lab, "Rick Palumbo <rpalumbo@greystonemotors.com>",
        "order", "2026-04-13 07:41 -0400", body)


def d04():
    body = ("Hi Dana,\n\nChange of plan on this one before it ships - make the 2nd one 4 instead of 3, and drop the "
            "alcohol pads altogether (we got a donation). Please also add 1 case of the 15 mL conical tubes, "
            "the 500 count case.\n\nEverything else as below.\n\nThanks,\nJanet\n\n"
            "From: Dana Whitcombe <dwhitcombe@calloway-meridian.com>\n"
            "Sent: Monday, April 13, 2026 4:47 PM\n"
            "To: Janet Ortiz <jortiz@pinecresthealth.org>\n"
            "Subject: RE: PO PCH-20931 lab restock\n\n"
            "Got it Janet, entered and scheduled to ship Wednesday.\n\nDana Whitcombe\nAccount Manager | Calloway Meridian Distribution Inc.\n\n"
            "From: Janet Ortiz <jortiz@pinecresthealth.org>\n"
            "Sent: Monday, April 13, 2026 2:15 PM\n"
            "To: orders@calloway-meridian.com\n"
            "Subject: PO PCH-20931 lab restock\n\n"
            "Please ship on PO PCH-20931:\n\n"
            "1. Syringe 10 mL luer lock, 100/bx - 5 boxes\n"
            "2. Needle 23G x 1\" blue - 3 boxes\n"
            "3. Specimen container 120 mL sterile - 2 cases\n"
            "4. Alcohol prep pads medium - 10 boxes\n\n"
            "Janet Ortiz\nMaterials Management, Pinecrest Community Hospital\n")
    lab = po("Pinecrest Community Hospital", "PCH-20931", [
        L("LB-SYR-10-LL", None, "Syringe 10 mL luer lock, 100/bx", 5, "BX", None),
        L("LB-NDL-23", None, "Needle 23G x 1\" blue", 4, "BX", None),
        L("LB-SC-120", None, "Specimen container 120 mL sterile", 2, "CS", None),
        L("LB-CT-15-500", None, "15 mL conical tubes, the 500 count case", 1, "CS", None)])
    eml("04-pinecrest-reply-correction", lab, "Janet Ortiz <jortiz@pinecresthealth.org>",
        "RE: PO PCH-20931 lab restock", "2026-04-14 11:02 -0600", body, cc=REP)


def d05():
    body = ("Hello there,\n\nHope you're well! Could we get the following for next week please:\n\n"
            "two cases of the 40x60 baking paper sheets\n"
            "a dozen bundles of the 10\" white cake boxes - the ones with the window, not the plain ones\n"
            "half a dozen bottles of the 500ml pure vanilla (NOT the imitation, last time we got sent the wrong one)\n"
            "three rolls of the 18 inch piping bags\n"
            "and one tub of the rainbow sprinkles\n\n"
            "Same delivery address as always. Our PO is HB-1193.\n\nMany thanks,\nSophie\n"
            "Holden Bakehouse Ltd, Bristol\n")
    lab = po("Holden Bakehouse Ltd", "HB-1193", [
        L("BK-BPP-4060", None, "40x60 baking paper sheets", 2, "CS", None),
        L("BK-CB-10W", None, "10\" white cake boxes - the ones with the window", 12, "PK", None),
        L("BK-VAN-500", None, "500ml pure vanilla", 6, "BTL", None),
        L("BK-PB-18", None, "18 inch piping bags", 3, "RL", None),
        L("BK-SPR-RB", None, "rainbow sprinkles", 1, "EA", None)], omit_requested=True)
    eml("05-holden-prose-word-quantities", lab, "Sophie Carrow <sophie@holdenbakehouse.co.uk>",
        "Order for next week", "2026-05-07 16:20 +0100", body)


def d06():
    rows = [["Our code", "Supplier code", "Description", "Qty", "Unit", "Unit price"],
            ["CP-0091", "LB-SP-10", "Serological pipette 10mL indiv wrapped", "3", "case", "71.50"],
            ["CP-0092", "LB-SP-25", "Serological pipette 25mL indiv wrapped", "2", "case", "89.90"],
            ["CP-0130", "LB-CRY-2-ET", "Cryovial 2mL ext thread sterile", "10", "pack", "22.40"],
            ["CP-0177", "LB-LBL-CRYO", "Cryo labels white 1000/roll", "4", "roll", "41.00"],
            ["CP-0180", "", "IPA 70% 1 litre", "12", "btl", "9.95"],
            ["", "", "", "", "Total", "901.70"]]
    tsv = "\n".join("\t".join(r) for r in rows)
    body = ("Hi team, order below (copied out of our spreadsheet). All prices AUD ex GST.\n\n"
            "Order no: CP-5521\tOrder date: 04/05/2026\tRequired: 11/05/2026\n\n" + tsv +
            "\n\nDeliver to: Coastline Pathology - Specimen Reception, 15 Hunter Street, Newcastle NSW 2300\n\n"
            "Thanks,\nMei Tan\nLaboratory Supplies Officer | Coastline Pathology Pty Ltd\n")
    lab = po("Coastline Pathology Pty Ltd", "CP-5521", [
        L("LB-SP-10", "CP-0091", "Serological pipette 10mL indiv wrapped", 3, "CS", 71.50),
        L("LB-SP-25", "CP-0092", "Serological pipette 25mL indiv wrapped", 2, "CS", 89.90),
        L("LB-CRY-2-ET", "CP-0130", "Cryovial 2mL ext thread sterile", 10, "PK", 22.40),
        L("LB-LBL-CRYO", "CP-0177", "Cryo labels white 1000/roll", 4, "RL", 41.00),
        L("LB-IPA-1", "CP-0180", "IPA 70% 1 litre", 12, "BTL", 9.95)],
        order_date="2026-05-04", requested_date="2026-05-11", currency="AUD",
        ship_to=ship("Coastline Pathology - Specimen Reception", "15 Hunter Street", "Newcastle", "NSW", "2300", "AU"))
    eml("06-coastline-tsv-pasted", lab, "Mei Tan <mei.tan@coastlinepath.com.au>",
        "Purchase order CP-5521", "2026-05-04 09:30 +1000", body)


def d07():
    rows = [("4715", "Oil filter VW 1.4-2.0 TSI", "24", "EA", "9.80", "235.20"),
            ("4716", "Oil filter Ford/Mazda PH3614", "24", "EA", "8.90", "213.60"),
            ("AP-CL-G13", "Coolant G13 violet conc 5L", "6", "EA", "39.00", "234.00"),
            ("", "Cabin filter carbon Golf 7", "10", "EA", "24.00", "240.00"),
            ("AP-BC-500", "Brake clean 500ml ctn/12", "5", "CTN", "58.00", "290.00")]
    tr = "".join(
        '<tr height=20 style=\'height:15.0pt\'>\n  <td height=20 class=xl66 style=\'height:15.0pt\'>%s</td>\n'
        '  <td class=xl66>%s</td>\n  <td class=xl67 align=right>%s</td>\n  <td class=xl66>%s</td>\n'
        '  <td class=xl68 align=right>%s</td>\n  <td class=xl68 align=right>%s</td>\n</tr>\n' % r for r in rows)
    html = ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style><!--
.xl65 {mso-style-parent:style0; font-weight:700; background:#D9E1F2; border:.5pt solid windowtext;}
.xl66 {mso-style-parent:style0; border:.5pt solid windowtext;}
.xl67 {mso-style-parent:style0; mso-number-format:"0"; border:.5pt solid windowtext;}
.xl68 {mso-style-parent:style0; mso-number-format:"\\#\\,\\#\\#0\\.00"; border:.5pt solid windowtext;}
--></style></head>
<body lang=EN-AU>
<div class=WordSection1>
<p class=MsoNormal>Hi Dana,<o:p></o:p></p>
<p class=MsoNormal>PO SCAP-88410 dated 12/06/2026 below, prices in AUD. Please ship to our Geelong DC.<o:p></o:p></p>
<table border=0 cellpadding=0 cellspacing=0 width=620 style='border-collapse:collapse;width:465pt'>
 <col width=90><col width=230><col width=50><col width=50><col width=90><col width=90>
<tr height=20 style='height:15.0pt'>
  <td class=xl65>Part No</td><td class=xl65>Description</td><td class=xl65>Qty</td><td class=xl65>UOM</td><td class=xl65>Unit $</td><td class=xl65>Ext $</td>
</tr>
""" + tr + """<tr height=20><td colspan=5 class=xl65 align=right>Total ex GST</td><td class=xl68 align=right>1,212.80</td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Cheers,<br>Liam Doherty<br>Purchasing | Southern Cross Auto Parts Pty Ltd<br>ABN 77 093 118 226</p>
</div></body></html>""")
    lab = po("Southern Cross Auto Parts Pty Ltd", "SCAP-88410", [
        L("4715", None, "Oil filter VW 1.4-2.0 TSI", 24, "EA", 9.80),
        L("4716", None, "Oil filter Ford/Mazda PH3614", 24, "EA", 8.90),
        L("AP-CL-G13", None, "Coolant G13 violet conc 5L", 6, "EA", 39.00),
        L("AP-CAB-GLF", None, "Cabin filter carbon Golf 7", 10, "EA", 24.00),
        L("AP-BC-500", None, "Brake clean 500ml ctn/12", 5, "CS", 58.00)],
        order_date="2026-06-12", currency="AUD")
    eml("07-southern-cross-excel-html", lab, "Liam Doherty <ldoherty@southerncrossauto.com.au>",
        "PO SCAP-88410", "2026-06-12 14:05 +1000", html=html)


def d08():
    rows = [["ITEM", "ON HAND", "PAR", "ORDER"],
            ["Bread flour T65 (25kg sacks)", "10", "20", "10"],
            ["Rye flour T1150 (25kg sacks)", "4", "4", "0"],
            ["Caster sugar (25kg sacks)", "3", "8", "5"],
            ["Icing sugar (10kg)", "2", "2", "0"],
            ["Butter sheets 82% (cs)", "1", "4", "3"],
            ["Muffin cases 50mm brown", "6", "6", "0"],
            ["Muffin cases 50mm white", "2", "6", "4"],
            ["Baking paper 40x60 (cs)", "1", "3", "2"],
            ["Vanilla extract 1L", "2", "2", "-"],
            ["Fresh yeast (kg)", "3", "10", "7"]]
    body = ("Morning, weekly par for Leeds below - please send what's in the ORDER column.\n"
            "Deliver to: Halden Bakery Group - Leeds Kitchen, 9 Sovereign Street, Leeds LS1 4BT\n\n"
            + fixed(rows, [32, 8, 5, 6], "lrrr") + "\n\nThanks, Gav\nLeeds Kitchen\n")
    lab = po("Halden Bakery Group Ltd", None, [
        L("BK-FL-T65", None, "Bread flour T65 (25kg sacks)", 10, None, None),
        L("BK-SUG-CA", None, "Caster sugar (25kg sacks)", 5, None, None),
        L("BK-BUT-82", None, "Butter sheets 82% (cs)", 3, None, None),
        L("BK-MC-50-W", None, "Muffin cases 50mm white", 4, None, None),
        L("BK-BPP-4060", None, "Baking paper 40x60 (cs)", 2, None, None),
        L("BK-YST-FR", None, "Fresh yeast (kg)", 7, None, None)],
        ship_to=ship("Halden Bakery Group - Leeds Kitchen", "9 Sovereign Street", "Leeds", None, "LS1 4BT", "GB"))
    eml("08-halden-leeds-par-sheet", lab, "Leeds Kitchen <leeds.kitchen@haldenbakery.co.uk>",
        "Leeds par sheet wk 12", "2026-03-17 06:50 +0000", body)


def d09():
    csv = ("Réf. fournisseur;Désignation;Qté;Unité;Prix unitaire HT (€);Montant HT (€)\r\n"
           "BK-FL-T55;Farine de blé T55 sac 25 kg;20;sac;23,00;460,00\r\n"
           ";Farine de seigle sac 25 kg;4;sac;27,50;110,00\r\n"
           "BK-CH-D70;Pistoles chocolat noir 70,5 % sac 2,5 kg;6;sac;26,10;156,60\r\n"
           ";Caissettes à muffins blanches 50 mm (x1000);3;colis;8,20;24,60\r\n"
           ";Boîtes à gâteaux blanches 30x30 cm;2;carton;26,00;52,00\r\n"
           ";Extrait de vanille;2;bouteille;;\r\n"
           ";;;;Total HT;803,20\r\n")
    body = ("Bonjour,\n\nVeuillez trouver ci-joint notre commande n° BM-2026-118 du 09/03/2026.\n"
            "Livraison souhaitée le 12/03/2026 au fournil :\nBoulangerie Martel - Fournil\n12 rue des Tanneurs\n69007 Lyon\n\n"
            "Pour la vanille, merci de nous rappeler, je ne sais plus quelle référence nous prenons.\n\n"
            "Cordialement,\nClaire Martel\nBoulangerie Martel SARL\n")
    lab = po("Boulangerie Martel SARL", "BM-2026-118", [
        L("BK-FL-T55", None, "Farine de blé T55 sac 25 kg", 20, "BG", 23.00),
        L("BK-FL-RYE", None, "Farine de seigle sac 25 kg", 4, "BG", 27.50),
        L("BK-CH-D70", None, "Pistoles chocolat noir 70,5 % sac 2,5 kg", 6, "BG", 26.10),
        L("BK-MC-50-W", None, "Caissettes à muffins blanches 50 mm (x1000)", 3, "CS", 8.20),
        L("BK-CB-12", None, "Boîtes à gâteaux blanches 30x30 cm", 2, "CS", 26.00),
        L(None, None, "Extrait de vanille", 2, "BTL", None)],
        order_date="2026-03-09", requested_date="2026-03-12", currency="EUR",
        ship_to=ship("Boulangerie Martel - Fournil", "12 rue des Tanneurs", "Lyon", None, "69007", "FR"))
    eml("09-martel-fr-csv-semicolon", lab, "Claire Martel <claire@boulangerie-martel.fr>",
        "Commande BM-2026-118", "2026-03-09 07:12 +0100", body,
        atts=[("commande_BM-2026-118.csv", csv.encode("cp1252"), "text", "csv")])


def d10():
    body = ("Guten Tag Frau Whitcombe,\n\nhiermit bestellen wir wie folgt:\n\n"
            "Bestellung Nr. 4500381127 vom 02.04.2026\n\n"
            "Pos. Menge  Einh.  Bezeichnung\n"
            "1    20     Stk    Ölfilter Nr. 4718 (BMW, Patrone)\n"
            "2    5      VE     Zündkerzen Iridium (VE = 4 Stk)\n"
            "3    10     Satz   Bremsbeläge vorne Golf VII\n"
            "4    2      Stk    Drehmomentschlüssel 1/2\", 40-200 Nm\n"
            "5    8      Stk    Flachbalkenwischer 600 mm\n\n"
            "Liefertermin: KW 16\nPreise lt. Rahmenvereinbarung.\n\n"
            "Mit freundlichen Grüßen\nJens Kowalski\nTeiledienst\nAutohaus Brenner GmbH & Co. KG\n"
            "Heilbronner Straße 210, 70191 Stuttgart\n")
    lab = po("Autohaus Brenner GmbH & Co. KG", "4500381127", [
        L("4718", None, "Ölfilter Nr. 4718 (BMW, Patrone)", 20, "EA", None),
        L("AP-SP-IR", None, "Zündkerzen Iridium (VE = 4 Stk)", 5, "PK", None),
        L("AP-BP-F-GLF", None, "Bremsbeläge vorne Golf VII", 10, "SET", None),
        L("AP-TW-12", None, "Drehmomentschlüssel 1/2\", 40-200 Nm", 2, "EA", None),
        L("AP-WB-24", None, "Flachbalkenwischer 600 mm", 8, "EA", None)],
        order_date="2026-04-02", omit_requested=True)
    eml("10-autohaus-brenner-de-text", lab, "Jens Kowalski <j.kowalski@autohaus-brenner.de>",
        "Bestellung 4500381127", "2026-04-02 10:12 +0200", body)


def d11():
    body = ("Buenos días,\n\nLes envío nuestro pedido PI-2026-0087 con fecha 03/02/2026:\n\n"
            "- 3 cajas de limpiador de frenos 500 ml (caja de 12 botes)\n"
            "- 10 pz escobillas planas 20\" (500 mm)\n"
            "- 6 pz líquido de frenos DOT 5.1 botella 500 ml\n"
            "- 2 pz juego de vasos 1/2\" métrico 24 piezas\n"
            "- 4 cajas de fusibles mini 10A (rojos)\n\n"
            "Entregar en:\nTalleres Ibarra - Nave 3\nCalle Herreros 7, Polígono Industrial Los Olivos\n28906 Getafe (Madrid)\n\n"
            "Un saludo,\nRocío Medina\nDpto. Compras - Talleres Ibarra S.L.\n")
    lab = po("Talleres Ibarra S.L.", "PI-2026-0087", [
        L("AP-BC-500", None, "limpiador de frenos 500 ml (caja de 12 botes)", 3, "CS", None),
        L("AP-WB-20", None, "escobillas planas 20\" (500 mm)", 10, "EA", None),
        L("AP-BF-D51", None, "líquido de frenos DOT 5.1 botella 500 ml", 6, "EA", None),
        L("AP-SKT-12M", None, "juego de vasos 1/2\" métrico 24 piezas", 2, "EA", None),
        L("AP-FUS-10", None, "fusibles mini 10A (rojos)", 4, "CS", None)],
        order_date="2026-02-03",
        ship_to=ship("Talleres Ibarra - Nave 3", "Calle Herreros 7", "Getafe", "Madrid", "28906", "ES"))
    eml("11-ibarra-es-cajas-pz", lab, "Rocío Medina <compras@talleresibarra.es>",
        "Pedido PI-2026-0087", "2026-02-03 09:48 +0100", body)


def d12():
    body = ("Hi Dana - this is Priya from Rivermark Diagnostics (Raleigh lab), our Outlook is down tonight so "
            "sending from my gmail. PO to follow tomorrow from Tom.\n\n"
            "2 bx 3ml LL syringes\n1 cs 90mm petris (full case not sleeves)\n4 pk wt boats med\n"
            "3 lab coats X-Large\n3 lab coats Lg\n1 bx filt tips 1000\n\n"
            "need by 5/4 if at all possible!!\nPriya\n")
    lab = po("Rivermark Diagnostics LLC", None, [
        L("LB-SYR-3-LL", None, "3ml LL syringes", 2, "BX", None),
        L("LB-PD-90", None, "90mm petris (full case not sleeves)", 1, "CS", None),
        L("LB-WB-M", None, "wt boats med", 4, "PK", None),
        L("LB-COAT-XL", None, "lab coats X-Large", 3, None, None),
        L("LB-COAT-L", None, "lab coats Lg", 3, None, None),
        L("LB-TIP-1000-RF", None, "filt tips 1000", 1, "BX", None)],
        requested_date="2026-05-04")
    eml("12-rivermark-gmail-abbrev", lab, "Priya Natarajan <priya.natarajan84@gmail.com>",
        "order from Rivermark - sending from my personal", "2026-04-30 21:14 -0400", body)


def d13():
    html = """<html><head><meta charset="utf-8"></head><body>
<p>Goedemiddag,</p>
<p>Hierbij onze inkooporder <b>VDL-PO-26-0311</b>.<br>Orderdatum: 17-03-2026<br>Gewenste leverdatum: 24-03-2026</p>
<p>Afleveradres:<br>Van Dijk Laboratoria B.V. - Magazijn<br>Newtonlaan 115<br>3584 BH Utrecht</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th rowspan="2">Groep</th><th colspan="2">Artikel</th><th colspan="3">Bestelling</th></tr>
<tr><th>Uw art.nr.</th><th>Omschrijving</th><th>Aantal</th><th>Eenheid</th><th>Prijs/eenh.</th></tr>
<tr><td rowspan="3">Pipetteren</td><td>LB-TIP-10-R</td><td>Tips 10 µl in rack</td><td>5</td><td>doos</td><td>€ 36,50</td></tr>
<tr><td>LB-TIP-1000-RF</td><td>Filtertips 1000 µl, rack</td><td>8</td><td>doos</td><td>€ 55,00</td></tr>
<tr><td></td><td>Tips 200 µl los, zak à 1000</td><td>10</td><td>zak</td><td>€ 12,10</td></tr>
<tr><td rowspan="2">Buizen</td><td>LB-MCT-20-CL</td><td>Reactiebuisjes 2,0 ml helder</td><td>4</td><td>zak</td><td>€ 11,90</td></tr>
<tr><td></td><td>Cryobuisjes 2 ml, binnendraad, steriel</td><td>6</td><td>pak</td><td>€ 13,70</td></tr>
<tr><td colspan="5" align="right"><b>Totaal excl. btw</b></td><td><b>€ 873,30</b></td></tr>
</table>
<p>Met vriendelijke groet,<br>Femke Janssen<br>Inkoop | Van Dijk Laboratoria B.V.</p>
</body></html>"""
    lab = po("Van Dijk Laboratoria B.V.", "VDL-PO-26-0311", [
        L("LB-TIP-10-R", None, "Tips 10 µl in rack", 5, "BX", 36.50),
        L("LB-TIP-1000-RF", None, "Filtertips 1000 µl, rack", 8, "BX", 55.00),
        L("LB-TIP-200-B", None, "Tips 200 µl los, zak à 1000", 10, "PK", 12.10),
        L("LB-MCT-20-CL", None, "Reactiebuisjes 2,0 ml helder", 4, "PK", 11.90),
        L("LB-CRY-2-IT", None, "Cryobuisjes 2 ml, binnendraad, steriel", 6, "PK", 13.70)],
        order_date="2026-03-17", requested_date="2026-03-24", currency="EUR",
        ship_to=ship("Van Dijk Laboratoria B.V. - Magazijn", "Newtonlaan 115", "Utrecht", None, "3584 BH", "NL"))
    eml("13-vandijk-nl-html-rowspan", lab, "Femke Janssen <inkoop@vandijklab.nl>",
        "Inkooporder VDL-PO-26-0311", "2026-03-17 13:20 +0100", html=html)


def d14():
    items = [("1", "KAC-T-0441", "AP-TW-38", "Torque wrench 3/8\" dr 20-100 Nm", "4", "Nos", "64.00", "256.00"),
             ("2", "KAC-T-0442", "AP-SKT-38M", "Socket set 3/8\" metric 20 pc", "2", "Nos", "59.00", "118.00"),
             ("3", "KAC-C-1107", "", "Lithium grease EP2 bulk (2 x 18 kg pail)", "36", "Kg", "6.10", "219.60"),
             ("4", "KAC-C-1120", "AP-SHT-3P", "Shop towel roll 3 ply (12 rolls/case)", "5", "Case", "36.00", "180.00")]
    hdr = ("Sr", "Kaveri Item Code", "Supplier Code", "Description", "Qty", "UOM", "Rate (USD)", "Amount (USD)")

    def cell(s, b=False):
        s = ("<b>%s</b>" % s) if b else s
        return ('<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt">'
                '<p class="MsoNormal"><span style="font-size:10.0pt">%s<o:p></o:p></span></p></td>' % s)
    itab = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
            + "<tr>" + "".join(cell(h, True) for h in hdr) + "</tr>"
            + "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in items)
            + "<tr>" + cell("") * 6 + cell("Total", True) + cell("773.60", True) + "</tr></table>")
    meta = [("PO No.", "KAC/PO/26-27/0019"), ("PO Date", "06/04/2026"), ("Delivery by", "20-Apr-2026"), ("Currency", "USD")]
    mtab = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">'
            + "".join("<tr>%s%s</tr>" % (cell(k, True), cell(v)) for k, v in meta) + "</table>")
    html = ("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body lang="EN-IN">
<div class="WordSection1"><p class="MsoNormal">Dear Sir,<o:p></o:p></p><p class="MsoNormal">Please find our purchase order below. Kindly acknowledge.<o:p></o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%"><tr>
<td valign="top" style="padding:0in 5.4pt"><p class="MsoNormal"><b>KAVERI AUTO COMPONENTS PVT LTD</b><br>Plot 27, SIPCOT Industrial Complex Phase II<br>Hosur, Tamil Nadu 635109<br>GSTIN 33AADCK4410M1Z8</p></td>
<td valign="top" style="padding:0in 5.4pt">""" + mtab + """</td></tr>
<tr><td valign="top" style="padding:0in 5.4pt"><p class="MsoNormal"><b>Ship To:</b><br>Kaveri Auto Components Pvt Ltd - Stores<br>Plot 27, SIPCOT Industrial Complex Phase II<br>Hosur, Tamil Nadu 635109</p></td>
<td valign="top" style="padding:0in 5.4pt"><p class="MsoNormal"><b>Supplier:</b><br>Calloway Meridian Distribution Inc.<br>1450 Westbelt Drive, Columbus OH 43228, USA</p></td></tr>
<tr><td colspan="2" style="padding:0in 5.4pt">""" + itab + """</td></tr></table>
<p class="MsoNormal">Regards,<br>Purchase Dept.<br>Kaveri Auto Components Pvt Ltd</p></div></body></html>""")
    plain = ["Dear Sir,", "", "Please find our purchase order below. Kindly acknowledge.", "",
             "KAVERI AUTO COMPONENTS PVT LTD", "Plot 27, SIPCOT Industrial Complex Phase II", "Hosur, Tamil Nadu 635109",
             "GSTIN 33AADCK4410M1Z8", ""]
    for k, v in meta:
        plain += [k, "", v, ""]
    plain += ["Ship To:", "Kaveri Auto Components Pvt Ltd - Stores", "Plot 27, SIPCOT Industrial Complex Phase II",
              "Hosur, Tamil Nadu 635109", "", "Supplier:", "Calloway Meridian Distribution Inc.",
              "1450 Westbelt Drive, Columbus OH 43228, USA", ""]
    for r in (hdr,) + tuple(items):
        for c in r:
            plain += [c, ""]
    plain += ["Total", "", "773.60", "", "Regards,", "Purchase Dept.", "Kaveri Auto Components Pvt Ltd"]
    lab = po("Kaveri Auto Components Pvt Ltd", "KAC/PO/26-27/0019", [
        L("AP-TW-38", "KAC-T-0441", "Torque wrench 3/8\" dr 20-100 Nm", 4, "EA", 64.00),
        L("AP-SKT-38M", "KAC-T-0442", "Socket set 3/8\" metric 20 pc", 2, "EA", 59.00),
        L("AP-GRS-LI-KG", "KAC-C-1107", "Lithium grease EP2 bulk (2 x 18 kg pail)", 36, "KG", 6.10),
        L("AP-SHT-3P", "KAC-C-1120", "Shop towel roll 3 ply (12 rolls/case)", 5, "CS", 36.00)],
        order_date="2026-04-06", requested_date="2026-04-20", currency="USD",
        ship_to=ship("Kaveri Auto Components Pvt Ltd - Stores", "Plot 27, SIPCOT Industrial Complex Phase II",
                     "Hosur", "Tamil Nadu", "635109", "IN"))
    eml("14-kaveri-in-outlook-nested", lab, "Purchase - Kaveri Auto <purchase@kaveriauto.co.in>",
        "PURCHASE ORDER KAC/PO/26-27/0019", "2026-04-06 11:35 +0530", "\n".join(plain) + "\n", html=html)


def d15():
    body = ("Please enter PO GMW-3310:\n\n"
            "AP-BP-F-CAM     front pads Camry 2018-22      4 sets\n"
            "AP-WB-26        26\" beam wiper               10 ea\n"
            "AP-OIL-10W40-5  10W-40 5L                     6 ea\n"
            "AP-WB-18        18\" beam wiper                6 ea\n"
            "4719            oil filter (Toyota)          12 ea\n\n"
            "Ship to our Erie shop. Thanks - Beth\n\nBeth Sorensen\nGreystone Motor Works Inc.\n3120 Peach Street, Erie PA 16508\n")
    lab = po("Greystone Motor Works Inc", "GMW-3310", [
        L(None, None, "front pads Camry 2018-22", 4, "SET", None),
        L(None, None, "26\" beam wiper", 10, "EA", None),
        L(None, None, "10W-40 5L", 6, "EA", None),
        L("AP-WB-18", None, "18\" beam wiper", 6, "EA", None),
        L(None, None, "oil filter (Toyota)", 12, "EA", None)])
    eml("15-greystone-mw-unknown-codes", lab, "Beth Sorensen <bsorensen@greystonemw.com>",
        "PO GMW-3310", "2026-04-22 08:05 -0400", body)


def d16():
    body = ("Orders - please enter for Coastline Pathology (Newcastle AU). Pricing per their contract. -Dana\n\n"
            "---------- Forwarded message ---------\n"
            "From: Mei Tan <mei.tan@coastlinepath.com.au>\n"
            "Date: Thu, 21 May 2026 at 07:40\nSubject: restock order CP-5608\n"
            "To: Dana Whitcombe <dwhitcombe@calloway-meridian.com>\n\n"
            "Hi Dana,\n\nCould you please arrange order CP-5608:\n"
            "Gauze swabs 10x10 8 ply - 20 packs\n"
            "Alcohol prep pads medium 2 ply - 10 boxes\n"
            "Sharps bins 5 litre - 12\n"
            "Petri dishes 60mm - 2 cartons\n\n"
            "Required by 29/05/2026 please.\n\nKind regards,\nMei Tan\n"
            "Laboratory Supplies Officer | Coastline Pathology Pty Ltd\n")
    lab = po("Coastline Pathology Pty Ltd", "CP-5608", [
        L("LB-GZ-10-8", None, "Gauze swabs 10x10 8 ply", 20, "PK", None),
        L("LB-APP", None, "Alcohol prep pads medium 2 ply", 10, "BX", None),
        L("LB-SHR-5L", None, "Sharps bins 5 litre", 12, None, None),
        L("LB-PD-60", None, "Petri dishes 60mm", 2, "CS", None)],
        requested_date="2026-05-29")
    eml("16-rep-forwards-coastline", lab, REP, "FW: restock order CP-5608", "2026-05-20 18:02 -0400", body)


def d17():
    cols = [("Sr", 40, "l"), ("Description", 58, "l"), ("HSN", 268, "l"), ("Qty", 345, "r"), ("Unit", 351, "l"),
            ("Rate", 400, "r"), ("CGST %", 440, "r"), ("SGST %", 480, "r"), ("Amount", 555, "r")]
    rows = [["1", "Centrifuge tube 15 ml conical sterile (pack of 25)", "39269099", "10", "Pkt", "820.00", "9", "9", "9,676.00"],
            ["2", "Petri dish 90 mm sterile vented (sleeve of 20)", "39269099", "50", "Pkt", "340.00", "9", "9", "20,060.00"],
            ["3", "Syringe 5 ml luer lock sterile (100/box)", "90183100", "12", "Box", "1,750.00", "6", "6", "23,520.00"],
            ["4", "Ethanol absolute 99.8% 2.5 L", "22071090", "4", "Btl", "3,150.00", "9", "9", "14,868.00"],
            ["5", "Sodium chloride ACS reagent", "25010020", "5", "Kg", "1,600.00", "2.5", "2.5", "8,400.00"]]
    data = pdf(title="PURCHASE ORDER",
               company=["SANJEEVANI DIAGNOSTICS PVT LTD", "4th Floor, Sai Trinity Building, Pashan Road",
                        "Pune, Maharashtra 411021", "GSTIN: 27AABCS1234F1Z5  PAN: AABCS1234F"],
               meta=[("PO No.", "SDPL/PUR/2025-26/1184"), ("PO Date", "02/03/2026"),
                     ("Quotation Ref.", "CMD/Q/118 dt. 24/02/2026"), ("Delivery Date", "16/03/2026"),
                     ("Currency", "INR")],
               blocks=[("Vendor", VENDOR),
                       ("Bill To", ["Sanjeevani Diagnostics Pvt Ltd", "Accounts Dept.", "Pashan Road, Pune 411021"]),
                       ("Ship To", ["Sanjeevani Diagnostics - Central Lab", "4th Floor, Sai Trinity Building",
                                    "Pashan Road", "Pune, Maharashtra 411021"])],
               cols=cols, rows=rows,
               totals=[("Taxable Value", "66,800.00"), ("CGST", "4,862.00"), ("SGST", "4,862.00"),
                       ("Grand Total (Rs.)", "76,524.00")],
               notes=["Amount in words: Rupees Seventy Six Thousand Five Hundred Twenty Four Only",
                      "Buyer: Ms. Kavita Joshi, Purchase Officer", "Terms: 30 days from receipt. Import duties on vendor account.",
                      "This is a computer generated purchase order."])
    lab = po("Sanjeevani Diagnostics Pvt Ltd", "SDPL/PUR/2025-26/1184", [
        L("LB-CT-15-25", None, "Centrifuge tube 15 ml conical sterile (pack of 25)", 10, "PK", 820.00),
        L("LB-PD-90-S", None, "Petri dish 90 mm sterile vented (sleeve of 20)", 50, "PK", 340.00),
        L("LB-SYR-5-LL", None, "Syringe 5 ml luer lock sterile (100/box)", 12, "BX", 1750.00),
        L("LB-ETH-25", None, "Ethanol absolute 99.8% 2.5 L", 4, "BTL", 3150.00),
        L("LB-NACL", None, "Sodium chloride ACS reagent", 5, "KG", 1600.00)],
        order_date="2026-03-02", requested_date="2026-03-16", currency="INR",
        ship_to=ship("Sanjeevani Diagnostics - Central Lab", "4th Floor, Sai Trinity Building", "Pune",
                     "Maharashtra", "411021", "IN"))
    bare("17-sanjeevani-gst-po", "pdf", data, lab)


def d18():
    isa = ("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*260310*0915*U*00401*000004512*0*P*>"
           % ("GREYSTONE01", "CALLOWAYMD"))
    segs = ["ST*850*0001", "BEG*00*SA*GM-PO-55817**20260310", "CUR*BY*USD", "REF*DP*SVC",
            "DTM*002*20260317",
            "N1*BY*GREYSTONE MOTORS*1*078451236",
            "N1*ST*GREYSTONE MOTORS SERVICE CENTER*92*PGH01", "N3*88 FOUNDRY ROAD", "N4*PITTSBURGH*PA*15222*US",
            "N1*SE*CALLOWAY MERIDIAN DISTRIBUTION*92*V10443",
            "PO1*1*4*CA*39.00**VP*AP-BC-500*BP*GM-7781", "PID*F****BRAKE CLEANER 500ML 12/CS",
            "PO1*2*24*EA*6.40**VN*4715*BP*GM-4415", "PID*F****OIL FILTER W712/75 VW",
            "PO1*3*12*EA*7.90**VP*AP-WB-16*BP*GM-2216", "PID*F****WIPER BLADE BEAM 16IN",
            "PO1*4*2*CA*96.00**VP*AP-OIL-5W30-QT*BP*GM-0530Q", "PID*F****5W30 SYN QT 12/CS",
            "PO1*5*6*EA*26.00**BP*GM-1913*VP*AP-CL-G13", "PID*F****COOLANT G13 CONC 5L",
            "CTT*5"]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    txt = "~\n".join([isa, "GS*PO*GREYSTONE01*CALLOWAYMD*20260310*0915*4512*X*004010"] + segs +
                     ["GE*1*4512", "IEA*1*000004512"]) + "~\n"
    lab = po("Greystone Motors LLC", "GM-PO-55817", [
        L("AP-BC-500", "GM-7781", "BRAKE CLEANER 500ML 12/CS", 4, "CS", 39.00),
        L("4715", "GM-4415", "OIL FILTER W712/75 VW", 24, "EA", 6.40),
        L("AP-WB-16", "GM-2216", "WIPER BLADE BEAM 16IN", 12, "EA", 7.90),
        L("AP-OIL-5W30-QT", "GM-0530Q", "5W30 SYN QT 12/CS", 2, "CS", 96.00),
        L("AP-CL-G13", "GM-1913", "COOLANT G13 CONC 5L", 6, "EA", 26.00)],
        order_date="2026-03-10", requested_date="2026-03-17", currency="USD",
        ship_to=ship("GREYSTONE MOTORS SERVICE CENTER", "88 FOUNDRY ROAD", "PITTSBURGH", "PA", "15222", "US"))
    bare("18-greystone-x12-850", "edi", txt, lab)


def d19():
    segs = ["UNH+1+ORDERS:D:96A:UN:EAN008", "BGM+220+BB-2026-0412+9", "DTM+137:20260305:102",
            "DTM+2:20260310:102", "NAD+BY+%s::9" % GLN_BRENNER_BY, "NAD+SU+%s::9" % GLN_SELLER,
            "NAD+DP+%s::9++Bäckerei Brenner Zentrale+Industriestraße 14+Fürth++90765+DE" % GLN_BRENNER_DP,
            "CUX+2:EUR:9",
            "LIN+1++%s:EN" % gtin("BK-FL-T65"), "PIA+5+BK-FL-T65:SA", "IMD+F++:::Brotmehl Type 65 25 kg",
            "QTY+21:500:KGM", "PRI+AAA:0.91",
            "LIN+2", "PIA+1+BK-SUG-GR:SA", "IMD+F++:::Kristallzucker 25 kg", "QTY+21:250:KGM", "PRI+AAA:1.08",
            "LIN+3", "PIA+5+5150:SA", "PIA+1+200417:IN", "IMD+F++:::Backmittel 10 kg", "QTY+21:4:PCE", "PRI+AAA:33.50",
            "LIN+4", "PIA+5+BK-BPR-45:SA", "IMD+F++:::Backpapier Rolle 45 cm x 75 m", "QTY+21:10:PCE", "PRI+AAA:8.90",
            "LIN+5++%s:EN" % gtin("BK-CH-D54"), "IMD+F++:::Kuvertüre Callets zartbitter 54,5% 2,5 kg",
            "QTY+21:8:PCE", "PRI+AAA:23.40",
            "UNS+S", "CNT+2:5"]
    segs.append("UNT+%d+1" % (len(segs) + 1))
    txt = ("UNA:+.? '\n" + "UNB+UNOC:3+%s:14+%s:14+260305:0815+BB0000412'\n" % (GLN_BRENNER_BY, GLN_SELLER)
           + "".join(s + "'\n" for s in segs) + "UNZ+1+BB0000412'\n")
    lab = po("Bäckerei Brenner GmbH", "BB-2026-0412", [
        L("BK-FL-T65", None, "Brotmehl Type 65 25 kg", 500, "KG", 0.91),
        L("BK-SUG-GR", None, "Kristallzucker 25 kg", 250, "KG", 1.08),
        L("5150", "200417", "Backmittel 10 kg", 4, "EA", 33.50),
        L("BK-BPR-45", None, "Backpapier Rolle 45 cm x 75 m", 10, "EA", 8.90),
        L("BK-CH-D54", None, "Kuvertüre Callets zartbitter 54,5% 2,5 kg", 8, "EA", 23.40)],
        order_date="2026-03-05", requested_date="2026-03-10", currency="EUR",
        ship_to=ship("Bäckerei Brenner Zentrale", "Industriestraße 14", "Fürth", None, "90765", "DE"))
    bare("19-baeckerei-brenner-edifact-orders", "edi", txt.encode("latin-1"), lab)


def d20():
    def line(i, qty, uc, price, base, bc, name, sellers=None, buyers=None, std=None):
        ids = ""
        if buyers:
            ids += "<cac:BuyersItemIdentification><cbc:ID>%s</cbc:ID></cac:BuyersItemIdentification>" % buyers
        if sellers:
            ids += "<cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>" % sellers
        if std:
            ids += '<cac:StandardItemIdentification><cbc:ID schemeID="0160">%s</cbc:ID></cac:StandardItemIdentification>' % std
        return """  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>%d</cbc:ID>
      <cbc:Quantity unitCode="%s">%s</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>
      <cac:Price>
        <cbc:PriceAmount currencyID="EUR">%.2f</cbc:PriceAmount>
        <cbc:BaseQuantity unitCode="%s">%s</cbc:BaseQuantity>
      </cac:Price>
      <cac:Item>
        <cbc:Name>%s</cbc:Name>
        %s
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>
""" % (i, uc, qty, float(qty) * price / float(base), price, bc, base, name, ids)
    lines = (line(1, "250", "KGM", 1.02, "1", "KGM", "Patisseriebloem T45 25 kg", sellers="BK-FL-T45", buyers="NZB-1045")
             + line(2, "20", "C62", 64.00, "10", "C62", "Mini bakvormpjes 35 mm wit (1000 st)", sellers="BK-MC-35-W")
             + line(3, "30", "C62", 78.00, "10", "C62", "Taartkarton rond 30 cm zilver (12 st)", sellers="BK-BRD-12-S")
             + line(4, "12", "C62", 12.90, "1", "C62", "Amandelmeel gepeld 1 kg", buyers="NZB-4471", std=gtin("BK-ALM-BL")))
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>
  <cbc:ID>NZB-PO-2026-0207</cbc:ID>
  <cbc:IssueDate>2026-02-09</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:CustomerReference>Bram de Vries</cbc:CustomerReference>
  <cac:BuyerCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0106">34128790</cbc:EndpointID>
      <cac:PartyIdentification><cbc:ID schemeID="0088">%s</cbc:ID></cac:PartyIdentification>
      <cac:PartyName><cbc:Name>Noordzee Bakkerij</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>Havenweg 31</cbc:StreetName>
        <cbc:CityName>IJmuiden</cbc:CityName>
        <cbc:PostalZone>1971 CA</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme><cbc:CompanyID>NL812345678B01</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>Noordzee Bakkerij B.V.</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:BuyerCustomerParty>
  <cac:SellerSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0088">%s</cbc:EndpointID>
      <cac:PartyName><cbc:Name>Calloway Meridian Distribution Inc.</cbc:Name></cac:PartyName>
    </cac:Party>
  </cac:SellerSupplierParty>
  <cac:Delivery>
    <cac:DeliveryLocation>
      <cac:Address>
        <cbc:StreetName>Havenweg 31</cbc:StreetName>
        <cbc:CityName>IJmuiden</cbc:CityName>
        <cbc:PostalZone>1971 CA</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>NL</cbc:IdentificationCode></cac:Country>
      </cac:Address>
    </cac:DeliveryLocation>
    <cac:RequestedDeliveryPeriod>
      <cbc:StartDate>2026-02-12</cbc:StartDate>
      <cbc:EndDate>2026-02-12</cbc:EndDate>
    </cac:RequestedDeliveryPeriod>
  </cac:Delivery>
  <cac:AnticipatedMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">771.80</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="EUR">771.80</cbc:PayableAmount>
  </cac:AnticipatedMonetaryTotal>
%s</Order>
""" % (GLN_NOORDZEE, GLN_SELLER, lines)
    lab = po("Noordzee Bakkerij B.V.", "NZB-PO-2026-0207", [
        L("BK-FL-T45", "NZB-1045", "Patisseriebloem T45 25 kg", 250, "KG", 1.02),
        L("BK-MC-35-W", None, "Mini bakvormpjes 35 mm wit (1000 st)", 20, "EA", 6.40),
        L("BK-BRD-12-S", None, "Taartkarton rond 30 cm zilver (12 st)", 30, "EA", 7.80),
        L("BK-ALM-BL", "NZB-4471", "Amandelmeel gepeld 1 kg", 12, "EA", 12.90)],
        order_date="2026-02-09", requested_date="2026-02-12", currency="EUR",
        ship_to=ship(None, "Havenweg 31", "IJmuiden", None, "1971 CA", "NL"))
    bare("20-noordzee-ubl-order", "xml", xml, lab)


def d21():
    cols = [("Line", 40, "l"), ("Item #", 66, "l"), ("Vendor Item", 122, "l"), ("Description", 192, "l"),
            ("Qty", 405, "r"), ("UOM", 412, "l"), ("Unit Cost", 495, "r"), ("Ext Cost", 570, "r")]
    rows = [["1", "PCH-55012", "LB-SC-60", "SPECIMEN CUP 60ML STERILE 200/CS", "3", "CS", "44.00", "132.00"],
            ["2", "PCH-55020", "LB-APP-L", "ALCOHOL PREP PAD LARGE 100/BX", "10", "BX", "3.60", "36.00"],
            ["3", "PCH-55031", "", "GAUZE SPONGE 4X4 12PLY NS 100/PK", "20", "PK", "4.20", "84.00"],
            ["4", "PCH-55090", "LB-SHR-1L", "SHARPS CONTAINER 1L YELLOW", "24", "EA", "3.10", "74.40"],
            ["5", "PCH-55102", "", "TOURNIQUET LATEX FREE 1X18 25/BX", "2", "BX", "11.00", "22.00"]]
    data = pdf(title="PURCHASE ORDER",
               company=["Pinecrest Community Hospital", "Materials Management", "410 Hollis Avenue", "Boise, ID 83702"],
               meta=[("PO Number", "PCH-21077"), ("PO Date", "04/03/2026"), ("Required", "05/01/2026"),
                     ("Ship Via", "Best Way"), ("Terms", "Net 30")],
               blocks=[("Vendor", VENDOR),
                       ("Bill To", ["Pinecrest Community Hospital", "Accounts Payable", "PO Box 1180", "Boise, ID 83701"]),
                       ("Ship To", ["Pinecrest Community Hospital", "Central Supply - Dock 2", "410 Hollis Avenue",
                                    "Boise, ID 83702"]),
                       ("Buyer", ["Janet Ortiz", "jortiz@pinecresthealth.org", "(208) 555-0133"])],
               cols=cols, rows=rows, totals=[("PO Total", "348.40")],
               notes=["All shipments must include packing list referencing the PO number.",
                      "Substitutions require written approval from Materials Management."])
    lab = po("Pinecrest Community Hospital", "PCH-21077", [
        L("LB-SC-60", "PCH-55012", "SPECIMEN CUP 60ML STERILE 200/CS", 3, "CS", 44.00),
        L("LB-APP-L", "PCH-55020", "ALCOHOL PREP PAD LARGE 100/BX", 10, "BX", 3.60),
        L("LB-GZ-10-12", "PCH-55031", "GAUZE SPONGE 4X4 12PLY NS 100/PK", 20, "PK", 4.20),
        L("LB-SHR-1L", "PCH-55090", "SHARPS CONTAINER 1L YELLOW", 24, "EA", 3.10),
        L(None, "PCH-55102", "TOURNIQUET LATEX FREE 1X18 25/BX", 2, "BX", 11.00)],
        order_date="2026-04-03", requested_date="2026-05-01",
        ship_to=ship("Pinecrest Community Hospital", "410 Hollis Avenue", "Boise", "ID", "83702", "US"))
    bare("21-pinecrest-erp-po", "pdf", data, lab)


def d22():
    from reportlab.lib.pagesizes import A4
    cols = [("Line", 40, "l"), ("Our Ref", 66, "l"), ("Supplier Code", 116, "l"), ("Description", 190, "l"),
            ("Qty", 395, "r"), ("Unit", 402, "l"), ("Price GBP", 480, "r"), ("Total GBP", 555, "r")]
    rows = [["1", "ACL-3301", "LB-SP-5", "Serological pipettes 5 ml ind. wrapped", "2", "CS", "33.00", "66.00"],
            ["2", "ACL-3318", "LB-TIP-1000-B", "Tips 1000 ul bulk bag 1000", "6", "PK", "12.10", "72.60"],
            ["3", "ACL-3402", "4712", "Parafilm M 4\" x 125'", "2", "ROL", "25.00", "50.00"],
            ["4", "ACL-3550", "LB-BKR-SET", "Beaker set borosilicate 5 pc", "1", "SET", "22.50", "22.50"],
            ["5", "ACL-3610", "", "Laboratory coat white, size M", "4", "EA", "15.40", "61.60"]]
    data = pdf(title="PURCHASE ORDER",
               company=["Aldgate Clinical Labs Ltd", "22 Leman Street, London E1 8EW", "VAT No. GB 199 2043 16"],
               meta=[("Order No", "AC/PO/26/0098"), ("Order Date", "10/04/2026"), ("Required Date", "17 April 2026"),
                     ("Currency", "GBP")],
               blocks=[("Supplier", VENDOR),
                       ("Invoice To", ["Aldgate Clinical Labs Ltd", "Finance Department", "22 Leman Street", "London E1 8EW"]),
                       ("Deliver To", ["Aldgate Clinical Labs - Goods In", "7 Mansell Street", "London E1 8AA"])],
               cols=cols, rows=rows,
               totals=[("Net", "272.70"), ("VAT 20%", "54.54"), ("Total", "327.24")],
               notes=["Please quote our order number on all correspondence.", "Authorised by: O. Grant, Lab Operations"],
               bold=True, pagesize=A4)
    lab = po("Aldgate Clinical Labs Ltd", "AC/PO/26/0098", [
        L("LB-SP-5", "ACL-3301", "Serological pipettes 5 ml ind. wrapped", 2, "CS", 33.00),
        L("LB-TIP-1000-B", "ACL-3318", "Tips 1000 ul bulk bag 1000", 6, "PK", 12.10),
        L("4712", "ACL-3402", "Parafilm M 4\" x 125'", 2, "RL", 25.00),
        L("LB-BKR-SET", "ACL-3550", "Beaker set borosilicate 5 pc", 1, "SET", 22.50),
        L("LB-COAT-M", "ACL-3610", "Laboratory coat white, size M", 4, "EA", 15.40)],
        order_date="2026-04-10", requested_date="2026-04-17", currency="GBP",
        ship_to=ship("Aldgate Clinical Labs - Goods In", "7 Mansell Street", "London", None, "E1 8AA", "GB"))
    bare("22-aldgate-bold-pdf-po", "pdf", data, lab)


def d23():
    csv = ("ORDINE DI ACQUISTO;OR-2026-0315;;;;\r\n"
           "Data ordine;15/03/2026;;;;\r\n"
           "Cliente;Panificio Rossetti S.r.l.;;;;\r\n"
           "P.IVA;IT03412560365;;;;\r\n"
           "Fornitore;Calloway Meridian Distribution Inc.;;;;\r\n"
           "Valuta;EUR;;;;\r\n"
           ";;;;;\r\n"
           "Codice fornitore;Descrizione;Quantità;UM;Prezzo unitario;Data consegna\r\n"
           ";Farina panificabile tipo T65 sacco 25 kg;1000;kg;0,96;18/03/2026\r\n"
           "BK-SUG-IC;Zucchero a velo 10 kg;60;kg;1,58;18/03/2026\r\n"
           ";Lievito secco istantaneo 500 g (cartone da 20);3;cartone;60,00;18/03/2026\r\n"
           ";Pirottini muffin marroni 50 mm (conf. 1000);5;conf;8,70;18/03/2026\r\n"
           ";Cioccolato fondente in gocce 54,5% busta 2,5 kg;10;pz;21,40;18/03/2026\r\n"
           ";Burro in piastre 2 kg;2;cartone;;18/03/2026\r\n")
    lab = po("Panificio Rossetti S.r.l.", "OR-2026-0315", [
        L("BK-FL-T65", None, "Farina panificabile tipo T65 sacco 25 kg", 1000, "KG", 0.96),
        L("BK-SUG-IC", None, "Zucchero a velo 10 kg", 60, "KG", 1.58),
        L("BK-YST-INS", None, "Lievito secco istantaneo 500 g (cartone da 20)", 3, "CS", 60.00),
        L("BK-MC-50-BR", None, "Pirottini muffin marroni 50 mm (conf. 1000)", 5, "PK", 8.70),
        L("BK-CH-D54", None, "Cioccolato fondente in gocce 54,5% busta 2,5 kg", 10, "EA", 21.40),
        L(None, None, "Burro in piastre 2 kg", 2, "CS", None)],
        order_date="2026-03-15", requested_date="2026-03-18", currency="EUR")
    bare("23-rossetti-it-portal-csv", "csv", csv.encode("cp1252"), lab)


def d24():
    import datetime
    import io
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "PO"
    ws["A1"] = "Southern Cross Auto Parts Pty Ltd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "ABN 77 093 118 226"
    ws["A4"] = "PURCHASE ORDER"
    ws["A4"].font = Font(bold=True, size=12)
    for r, (k, v) in enumerate([("PO Number", "SCAP-88533"), ("Order Date", datetime.date(2026, 7, 2)),
                                ("Deliver By", datetime.date(2026, 7, 9)),
                                ("Supplier", "Calloway Meridian Distribution Inc."),
                                ("Deliver To", "Southern Cross Auto Parts - DC"), ("", "40 Corio Quay Road"),
                                ("", "Geelong VIC 3214"), ("Currency", "AUD")], start=5):
        ws.cell(r, 1, k or None).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        if isinstance(v, datetime.date):
            c.number_format = "dd/mm/yyyy"
    hdr = ["Line", "Supplier Code", "Description", "Qty", "Unit", "Unit Price (AUD)", "Line Total (AUD)"]
    for j, h in enumerate(hdr, 1):
        ws.cell(14, j, h).font = Font(bold=True)
    items = [("AP-OIL-0W20-5", "Engine oil 0W-20 full syn 5L", 12, "EA", 62.00),
             ("AP-OIL-0W20-1", "Engine oil 0W-20 full syn 1L", 24, "EA", 14.50),
             ("AP-BLB-H11", "H11 12V 55W twin pack", 10, "PK", 17.00),
             ("AP-BLB-H7-1", "H7 12V 55W single", 20, "EA", 7.90),
             ("AP-FUS-15-S", "ATO blade fuse 15A (10 pk)", 10, "PK", 4.10)]
    for i, (s, dsc, q, u, p) in enumerate(items):
        r = 15 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, s)
        ws.cell(r, 3, dsc)
        ws.cell(r, 4, q)
        ws.cell(r, 5, u)
        ws.cell(r, 6, p).number_format = "#,##0.00"
        ws.cell(r, 7, "=D%d*F%d" % (r, r)).number_format = "#,##0.00"
    ws.cell(21, 6, "Total").font = Font(bold=True)
    ws.cell(21, 7, "=SUM(G15:G19)").number_format = "#,##0.00"
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 34
    buf = io.BytesIO()
    wb.save(buf)
    lab = po("Southern Cross Auto Parts Pty Ltd", "SCAP-88533", [
        L("AP-OIL-0W20-5", None, "Engine oil 0W-20 full syn 5L", 12, "EA", 62.00),
        L("AP-OIL-0W20-1", None, "Engine oil 0W-20 full syn 1L", 24, "EA", 14.50),
        L("AP-BLB-H11", None, "H11 12V 55W twin pack", 10, "PK", 17.00),
        L("AP-BLB-H7-1", None, "H7 12V 55W single", 20, "EA", 7.90),
        L("AP-FUS-15-S", None, "ATO blade fuse 15A (10 pk)", 10, "PK", 4.10)],
        order_date="2026-07-02", requested_date="2026-07-09", currency="AUD",
        ship_to=ship("Southern Cross Auto Parts - DC", "40 Corio Quay Road", "Geelong", "VIC", "3214", "AU"))
    bare("24-southern-cross-xlsx-po", "xlsx", buf.getvalue(), lab)


ALL = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19,
       d20, d21, d22, d23, d24]
