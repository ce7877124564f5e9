"""Order emails 31-49."""
from common import *
from attach import *

def build():
    # ---------------------------------------------------------------- 31 Outlook table with buyer part numbers + prices USD
    rows = [["CF-0112", "Premium laser paper 32 lb letter", "20", "RM", "$18.99"],
            ["CF-0140", "Legal pads 8.5 x 11.75 canary (12 pk)", "6", "PK", "$12.99"],
            ["CF-0141", "Junior legal pads 5 x 8 (12 pk)", "4", "PK", "$7.99"],
            ["CF-0208", "Retractable ballpoint pen black med (dz)", "5", "BX", "$8.99"],
            ["CF-0311", "View binder 3\" white", "24", "EA", "$8.49"],
            ["CF-0322", "Binder clips medium (dz)", "10", "BX", "$2.29"]]
    intro = ("Good afternoon,\n\nPlease enter PO CF-20261204 (USD). Delivery by Wednesday December 9, 2026 please - we have a trial starting.\n\n"
             "Ship to:\nCedar & Finch LLP\n227 W Monroe St, Suite 4100\nChicago, IL 60606\nAttn: Records Dept.\n")
    outro = "\nBest regards,\nAngela Russo\nOffice Services Manager\nCedar & Finch LLP"
    emit("e31_cedarfinch_table_parts", "eml", email(
        "Angela Russo <arusso@cedarfinch.com>", "PO CF-20261204", dt("2026-12-04 13:33", -6),
        text=intro + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n" + outro,
        html=outlook_table(rows, ["Our #", "Description", "Qty", "UOM", "Unit Price"], intro, outro)),
        label(customer="Cedar & Finch LLP", po="CF-20261204", req="2026-12-09", currency="USD",
              ship_to=ST("Cedar & Finch LLP", "227 W Monroe St", "Chicago", "IL", "60606"), lines=[
        L("PAP-20031", 20, "RM", "Premium laser paper 32 lb letter", "CF-0112", 18.99),
        L("OFF-80221", 6, "PK", "Legal pads 8.5 x 11.75 canary (12 pk)", "CF-0140", 12.99),
        L("OFF-80222", 4, "PK", "Junior legal pads 5 x 8 (12 pk)", "CF-0141", 7.99),
        L("PEN-50121", 5, "BX", "Retractable ballpoint pen black med (dz)", "CF-0208", 8.99),
        L("OFF-80203", 24, "EA", "View binder 3\" white", "CF-0311", 8.49),
        L("OFF-80142", 10, "BX", "Binder clips medium (dz)", "CF-0322", 2.29)]),
        country="US", style="Outlook table with buyer part numbers and prices, explicit USD, requested date in prose")

    # ---------------------------------------------------------------- 32 word quantities, partial ship-to
    emit("e32_lakeshore_district_words", "eml", email(
        "Pam Schultz <pschultz@lakeshoreusd.org>", "district office supplies", dt("2026-12-04 10:20", -6),
        text="""Hi, this is Pam at the district office.

We need a couple cases of 11x17 paper (the 5-ream cases), one case of legal, a dozen boxes of
the red ballpoint pens (medium) and half a dozen boxes of standard staples.

PO 26-1215. Send to the District Office, 830 Virginia Ave.

Thank you!
Pam
"""), label(customer="Lakeshore Unified School District", po="26-1215",
              ship_to=ST("District Office", "830 Virginia Ave"), lines=[
        L("PAP-20052", 2, "CS", "11x17 paper (the 5-ream cases)"),
        L("PAP-20042", 1, "CS", "legal"),
        L("PEN-50103", 12, "BX", "red ballpoint pens (medium)"),
        L("OFF-80101", 6, "BX", "standard staples")]),
        country="US", style="word quantities (a couple, one, a dozen, half a dozen), elliptical 'one case of legal'")

    # ---------------------------------------------------------------- 33 French, model-only, imaging unit
    emit("e33_laurentides_fr_models", "eml", email(
        "Nathalie Bouchard <nbouchard@cliniquelaurentides.ca>", "Bon de commande 2026-0133", dt("2026-12-04 14:48", -5),
        text="""Bonjour,

Bon de commande : 2026-0133
Date : 4 décembre 2026

Pourriez-vous nous envoyer :
2 cartouches pour l'imprimante Canon MF445dw (haute capacité)
1 unité d'imagerie pour la Lexmark MS421
6 caisses de papier recyclé 30 % format lettre

Merci beaucoup,
Nathalie Bouchard
Clinique Médicale des Laurentides
455, rue Laviolette, Saint-Jérôme (Québec) J7Y 2T2
"""), label(customer="Clinique Médicale des Laurentides", po="2026-0133", order_date="2026-12-04", ship_to=None, lines=[
        L("TNR-30102", 2, "EA", "cartouches pour l'imprimante Canon MF445dw (haute capacité)"),
        L("TNR-40103", 1, "EA", "unité d'imagerie pour la Lexmark MS421"),
        L("PAP-20062", 6, "CS", "papier recyclé 30 % format lettre")]),
        country="CA", lang="fr", style="French, toner/drum by printer model (imaging unit vs toner), French date")

    # ---------------------------------------------------------------- 34 forwarded from site custodian
    emit("e34_fraservalley_fwd_custodian", "eml", email(
        "Ken Tanaka <ktanaka@fraservalleypg.ca>", "FW: Chilliwack Gateway - janitorial", dt("2026-12-04 15:30", -8),
        text="""Please ship the below to Chilliwack Gateway Plaza, 45610 Luckakuck Way, Chilliwack BC V2R 1A2.
PO FV-26-0419.

Ken

-----Original Message-----
From: Rick Dhillon <rdhillon@fraservalleypg.ca>
Sent: Friday, December 4, 2026 1:12 PM
To: Ken Tanaka <ktanaka@fraservalleypg.ca>
Subject: Chilliwack Gateway - janitorial

Ken we're out of:
- big black bags (the 2 mil 55s) - need 3 cases
- paper towel rolls white 8 inch 800 ft - 4 cases
- hand soap refills 1000 - 1 case of 8
- toilet paper jumbo 9 inch - 2 cases
thanks Rick
"""), label(customer="Fraser Valley Property Group", po="FV-26-0419",
              ship_to=ST("Chilliwack Gateway Plaza", "45610 Luckakuck Way", "Chilliwack", "BC", "V2R 1A2"), lines=[
        L("LIN-30142", 3, "CS", "big black bags (the 2 mil 55s)"),
        L("TWL-70111", 4, "CS", "paper towel rolls white 8 inch 800 ft"),
        L("CLN-60152", 1, "CS", "hand soap refills 1000 - case of 8"),
        L("TWL-70123", 2, "CS", "toilet paper jumbo 9 inch")]),
        country="CA", style="forwarded from on-site custodian, ship-to given by forwarder in one line")

    # ---------------------------------------------------------------- 35 UK HTML with £ prices
    rows = [["Washing up liquid 1 gallon", "2", "9.20"],
            ["Kitchen roll 2-ply (case 30)", "2", "35.50"],
            ["Compostable food waste bags 13 gal (100)", "2", "24.00"],
            ["All purpose spray 32oz", "6", "3.20"]]
    intro = "Hi,\n\nOrder ref TBC/4488, date 04/12/2026 - kitchen supplies for the 2nd floor tenants' kitchen.\nPrices as per your quote (£ each).\n"
    outro = "\nThanks,\nPriya\n\nPriya Shah | Facilities Coordinator | Thameside Business Centre Ltd"
    emit("e35_thameside_gbp_html", "eml", email(
        "Priya Shah <p.shah@thameside-bc.co.uk>", "Kitchen order TBC/4488", dt("2026-12-04 15:05", 0),
        text=intro + "\n" + "\n".join(" - ".join(r) for r in rows) + "\n" + outro,
        html=outlook_table(rows, ["Item", "Qty", "Price £"], intro, outro)),
        label(customer="Thameside Business Centre Ltd", po="TBC/4488", order_date="2026-12-04", currency="GBP", lines=[
        L("CLN-60181", 2, None, "Washing up liquid 1 gallon", price=9.20),
        L("TWL-70141", 2, None, "Kitchen roll 2-ply (case 30)", price=35.50),
        L("LIN-30171", 2, None, "Compostable food waste bags 13 gal (100)", price=24.00),
        L("CLN-60111", 6, None, "All purpose spray 32oz", price=3.20)]),
        country="GB", style="HTML + text, GBP prices, British wording (washing up liquid, kitchen roll)")

    # ---------------------------------------------------------------- 36 CSV attached, EUR
    c = csv_bytes([["Line", "Supplier Code", "Description", "Qty", "UOM", "Unit Price"],
                   [1, "LIN-30122", "Bin liner 33gal clear 0.7mil 250/cs", 4, "CS", "35.00"],
                   [2, "LIN-30143", "Bin liner 55-60gal clear 1.5mil", 4, "CS", "43.50"],
                   [3, "GLV-40131", "Heavy duty nitrile glove black 8mil L", 6, "BX", "13.60"],
                   [4, "GLV-40132", "Heavy duty nitrile glove black 8mil XL", 4, "BX", "13.60"],
                   [5, "CLN-60132", "Neutral floor cleaner 4 x 1 gal", 3, "CS", "56.00"],
                   [6, "CLN-60142", "Bleach 121oz x 3", 4, "CS", "16.40"]], delim=";")
    emit("e36_liffey_csv_attached", "eml", email(
        "Aoife Brennan <abrennan@liffeyfm.ie>", "PO LFM-PO-20958", dt("2026-12-05 09:20", 0),
        text="""Hi,

PO LFM-PO-20958 attached as csv. Deliver to our stores please:
Unit 12, Ballymount Industrial Estate, Dublin 12, D12 X3K8

Prices in euro per agreement.

Aoife
""", attachments=[("LFM-PO-20958.csv", c, "text/csv")]),
        label(customer="Liffey Facilities Management Ltd", po="LFM-PO-20958", currency="EUR",
              ship_to=ST(None, "Ballymount Industrial Estate", "Dublin 12", None, "D12 X3K8"), lines=[
        L("LIN-30122", 4, "CS", "Bin liner 33gal clear 0.7mil 250/cs", price=35.00),
        L("LIN-30143", 4, "CS", "Bin liner 55-60gal clear 1.5mil", price=43.50),
        L("GLV-40131", 6, "BX", "Heavy duty nitrile glove black 8mil L", price=13.60),
        L("GLV-40132", 4, "BX", "Heavy duty nitrile glove black 8mil XL", price=13.60),
        L("CLN-60132", 3, "CS", "Neutral floor cleaner 4 x 1 gal", price=56.00),
        L("CLN-60142", 4, "CS", "Bleach 121oz x 3", price=16.40)]),
        country="IE", attachment="csv", style="semicolon CSV attached with our codes, EUR stated in body")

    # ---------------------------------------------------------------- 37 PDF attached, layout A on A4, AUD, day-first
    prow = [["1", "SC-GLV-S", "Vinyl gloves powder free clear SMALL 100/box", "10", "BOX", "6.90", "69.00"],
            ["2", "SC-GLV-M", "Vinyl gloves powder free clear MEDIUM 100/box", "10", "BOX", "6.90", "69.00"],
            ["3", "SC-SAN-1L", "Hand sanitiser gel 1000 mL dispenser refill", "6", "EACH", "14.20", "85.20"],
            ["4", "SC-TIS-C", "Facial tissue cube 85 sheets (36/ctn)", "2", "CTN", "54.00", "108.00"],
            ["5", "SC-TWL-MF", "Multifold hand towel white 4000/ctn", "3", "CTN", "43.50", "130.50"]]
    pdf = pdf_layout_a("Southern Cross Medical Centre", "Level 2, 88 Pitt Street<br/>Sydney NSW 2000<br/>ABN 51 824 753 556",
        "SCMC-1004", "04/12/2026", "11/12/2026",
        "Southern Cross Medical Centre<br/>Accounts - Level 2, 88 Pitt Street<br/>Sydney NSW 2000",
        "Southern Cross Medical Centre - Treatment Room Store<br/>Level 2, 88 Pitt Street<br/>Sydney NSW 2000",
        "Northgate Office &amp; Facility Supply<br/>Australian Branch",
        ["Ln", "Our Code", "Description", "Qty", "Unit", "Unit Price", "Line Total"], prow,
        [["", "", "", "", "", "Subtotal", "461.70"], ["", "", "", "", "", "GST 10%", "46.17"], ["", "", "", "", "", "Total AUD", "507.87"]],
        notes="Dates are DD/MM/YYYY. Please deliver between 8:30am and 4pm.", pagesize=A4, currency_note="Currency: AUD")
    emit("e37_southerncross_pdf_au", "eml", email(
        "Chloe Nguyen <chloe.nguyen@southerncrossmed.com.au>", "PO SCMC-1004", dt("2026-12-05 08:45", 11),
        text="Hi team,\n\nPlease find PO SCMC-1004 attached.\n\nThanks,\nChloe\n",
        attachments=[("SCMC-1004.pdf", pdf, "application/pdf")]),
        label(customer="Southern Cross Medical Centre", po="SCMC-1004", order_date="2026-12-04", req="2026-12-11", currency="AUD",
              ship_to=ST("Southern Cross Medical Centre - Treatment Room Store", "88 Pitt Street", "Sydney", "NSW", "2000"), lines=[
        L("GLV-40121", 10, "BX", "Vinyl gloves powder free clear SMALL 100/box", "SC-GLV-S", 6.90),
        L("GLV-40122", 10, "BX", "Vinyl gloves powder free clear MEDIUM 100/box", "SC-GLV-M", 6.90),
        L("CLN-60162", 6, "EA", "Hand sanitiser gel 1000 mL dispenser refill", "SC-SAN-1L", 14.20),
        L("TWL-70132", 2, "CS", "Facial tissue cube 85 sheets (36/ctn)", "SC-TIS-C", 54.00),
        L("TWL-70101", 3, "CS", "Multifold hand towel white 4000/ctn", "SC-TWL-MF", 43.50)]),
        country="AU", attachment="pdf", style="PDF attached (layout A on A4), AUD + GST, day-first dates")

    # ---------------------------------------------------------------- 38 German, AU school, model-only
    emit("e38_dis_sydney_de", "eml", email(
        "Ulrike Brandt <u.brandt@dis-sydney.edu.au>", "Bestellung DIS-B-1187", dt("2026-12-05 10:15", 11),
        text="""Guten Tag,

bitte liefern Sie uns 3 Toner für den Kyocera ECOSYS M2540dw im Lehrerzimmer sowie
10 Kartons A4-Papier (je 5 Pakete).

Bestellnummer: DIS-B-1187

Mit freundlichen Grüßen
Ulrike Brandt
Verwaltung
Deutsche Internationale Schule Sydney
"""), label(customer="Deutsche Internationale Schule Sydney", po="DIS-B-1187", lines=[
        L("TNR-50101", 3, None, "Toner für den Kyocera ECOSYS M2540dw"),
        L("PAP-21012", 10, "CS", "A4-Papier (je 5 Pakete)")]),
        country="AU", lang="de", style="German, toner by printer model")

    # ---------------------------------------------------------------- 39 XLSX attached, custodial, ship-to inside sheet
    xrows = [["Oakfield Charter Academy", "", "", ""], ["Custodial Order", "", "PO:", "OCA-2026-081"],
             ["Ship to:", "Oakfield Charter Academy", "", ""], ["", "4410 N 7th Ave", "", ""], ["", "Phoenix, AZ 85013", "", ""], [],
             ["Qty", "UOM", "Item", "Vendor #"],
             [6, "CS", "33 gal black liners 1.5 mil", "LIN-30123"],
             [2, "CS", "12-16 gal clear liners (1000/cs)", "LIN-30102"],
             [4, "EA", "Neutral floor cleaner concentrate gal", ""],
             [12, "EA", "Toilet bowl cleaner 32oz", ""],
             [10, "BX", "Nitrile gloves XL", "GLV-40104"],
             [1, "CS", "Feminine hygiene receptacle liners", ""]]
    xl = xlsx([("Sheet1", xrows, [1, 7], [8, 26, 40, 14])])
    emit("e39_oakfield_xlsx_attached", "eml", email(
        "Maria Delgado <mdelgado@oakfieldcharter.org>", "Custodial order OCA-2026-081", dt("2026-12-05 11:00", -7),
        text="Hi, custodial order attached. Thank you!\nMaria\n",
        attachments=[("custodial_order.xlsx", xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
        label(customer="Oakfield Charter Academy", po="OCA-2026-081",
              ship_to=ST("Oakfield Charter Academy", "4410 N 7th Ave", "Phoenix", "AZ", "85013"), lines=[
        L("LIN-30123", 6, "CS", "33 gal black liners 1.5 mil"),
        L("LIN-30102", 2, "CS", "12-16 gal clear liners (1000/cs)"),
        L("CLN-60131", 4, "EA", "Neutral floor cleaner concentrate gal"),
        L("CLN-60182", 12, "EA", "Toilet bowl cleaner 32oz"),
        L("GLV-40104", 10, "BX", "Nitrile gloves XL"),
        L("LIN-30181", 1, "CS", "Feminine hygiene receptacle liners")]),
        country="US", attachment="xlsx", style="XLSX attached, multi-row ship-to block, codes on some lines only")

    # ---------------------------------------------------------------- 40 model-only shorthand + drum
    emit("e40_harborview_pearl_models", "eml", email(
        "Jenna Morales <jmorales@harborviewdental.com>", "toner + drum", dt("2026-12-05 08:05", -8),
        text="""Hi again,

Pearl District office needs:
2x toner for the M428fdw - standard yield, genuine HP
1 drum for the Brother HL-L2350DW
1 black toner for the same brother, standard (not high yield)

Ship to: Harborview Dental - Pearl District, 1420 NW Lovejoy St, Suite 300, Portland OR 97209

Jenna
"""), label(customer="Harborview Dental Group",
              ship_to=ST("Harborview Dental - Pearl District", "1420 NW Lovejoy St", "Portland", "OR", "97209"), lines=[
        L("TNR-10101", 2, None, "toner for the M428fdw - standard yield, genuine HP"),
        L("TNR-20104", 1, None, "drum for the Brother HL-L2350DW"),
        L("TNR-20101", 1, None, "black toner for the same brother, standard")]),
        country="US", style="toner/drum by printer model, anaphora ('the same brother')")

    # ---------------------------------------------------------------- 41 UK model-only, main site ship-to
    emit("e41_pennine_models_uk", "eml", email(
        "Helen Whitworth <h.whitworth@penninemedical.co.uk>", "Toner & envelopes - PMP-1141", dt("2026-12-05 09:40", 0),
        text="""Morning,

Ref PMP-1141 please:

Toner for the HP LaserJet Pro M402dn in reception x 2 (high yield)
Toner for the Kyocera M2640idw x 1
Box of DL envelopes x 2

Please deliver to the main surgery, 212 Oldham Road, Manchester M40 7AD.

Thanks
Helen
"""), label(customer="Pennine Medical Practice", po="PMP-1141",
              ship_to=ST(None, "212 Oldham Road", "Manchester", None, "M40 7AD"), lines=[
        L("TNR-10112", 2, None, "Toner for the HP LaserJet Pro M402dn (high yield)"),
        L("TNR-50101", 1, None, "Toner for the Kyocera M2640idw"),
        L("OFF-80175", 2, "BX", "DL envelopes")]),
        country="GB", style="toner by printer model, 'x N' after description")

    # ---------------------------------------------------------------- 42 CSV attached with description+qty only
    c = csv_bytes([["Description", "Qty"],
                   ["Gel pens retractable 0.5mm BLUE (box 12)", 3],
                   ["Gel pens retractable 0.5mm BLACK (box 12)", 2],
                   ["Gel pens retractable 0.7mm RED (box 12)", 1],
                   ["Ballpoint stick pens fine 0.7 black (box 12)", 4],
                   ["Hanging folders legal green (25/bx)", 2]])
    emit("e42_brightwater_hq_csv", "eml", email(
        "Carla Reyes <creyes@brightwaterpm.com>", "HQ office supplies", dt("2026-12-05 10:12", -6),
        text="""Hi,

Small HQ order attached (csv export from our request form). No PO needed for this one.

Deliver to: Brightwater PM Head Office, 600 Congress Ave, Floor 14, Austin TX 78701

Carla
""", attachments=[("hq_request.csv", c, "text/csv")]),
        label(customer="Brightwater Property Management", po=None,
              ship_to=ST("Brightwater PM Head Office", "600 Congress Ave", "Austin", "TX", "78701"), lines=[
        L("PEN-50142", 3, None, "Gel pens retractable 0.5mm BLUE (box 12)"),
        L("PEN-50141", 2, None, "Gel pens retractable 0.5mm BLACK (box 12)"),
        L("PEN-50133", 1, None, "Gel pens retractable 0.7mm RED (box 12)"),
        L("PEN-50111", 4, None, "Ballpoint stick pens fine 0.7 black (box 12)"),
        L("OFF-80122", 2, None, "Hanging folders legal green (25/bx)")]),
        country="US", attachment="csv", style="CSV attached, descriptions only, pens by colour/point; 'No PO needed'")

    # ---------------------------------------------------------------- 43 HTML table with an item we do not stock
    rows = [["Keurig coffee pods, dark roast (box of 96)", "4"],
            ["AA batteries 24 pk", "2"],
            ["Colour laser paper 28 lb letter (ream)", "5"],
            ["HP 414A black toner", "1"]]
    intro = "Hello,\n\nA few things for the office please. PO 11452.\n"
    outro = "\nThank you!\nRebecca Liu | Office Manager | Kingsway Accounting Partners"
    emit("e43_kingsway_unstocked_item", "eml", email(
        "Rebecca Liu <rliu@kingswaycpa.ca>", "PO 11452", dt("2026-12-05 11:48", -5),
        html=outlook_table(rows, ["Item", "Qty"], intro, outro)),
        label(customer="Kingsway Accounting Partners", po="11452", lines=[
        L(None, 4, "BX", "Keurig coffee pods, dark roast (box of 96)"),
        L("OFF-80161", 2, "PK", "AA batteries 24 pk"),
        L("PAP-20081", 5, "RM", "Colour laser paper 28 lb letter (ream)"),
        L("TNR-10131", 1, None, "HP 414A black toner")]),
        country="CA", style="HTML-only table; one item not in catalog (sku null)")

    # ---------------------------------------------------------------- 44 PDF attached, layout D, EUR
    pdf = pdf_layout_d("Galway Bay Veterinary Clinic", "PURCHASE ORDER",
        [("Order No.", "GBV-0345"), ("Date", "03/12/2026"), ("Supplier", "Northgate Office & Facility Supply")],
        [("Invoice address", ["Galway Bay Veterinary Clinic", "Unit 3, Oranmore Business Park", "Oranmore, Co. Galway H91 K2D6"]),
         ("Delivery address", ["Galway Bay Veterinary Clinic", "Unit 3, Oranmore Business Park", "Oranmore, Co. Galway H91 K2D6"])],
        ["No.", "Code", "Description", "Qty", "Unit", "Price EUR", "Total EUR"], [10, 22, 78, 12, 14, 22, 24],
        [[1, "", "Contractor bags 42 gal 3 mil black 50/cs", 2, "CS", "39.90", "79.80"],
         [2, "", "Latex gloves lightly powdered M", 5, "BX", "6.95", "34.75"],
         [3, "", "Latex gloves lightly powdered L", 5, "BX", "6.95", "34.75"],
         [4, "", "Quat disinfectant concentrate 4x1gal", 2, "CS", "74.00", "148.00"],
         [5, "", "Roll towel white 8in x 600ft 12/cs", 2, "CS", "49.00", "98.00"]],
        ["Total ex VAT: EUR 395.30", "Please quote our order number on your invoice."], fmt="A4")
    emit("e44_galwaybay_pdf_attached", "eml", email(
        "Niamh Ó Briain <niamh@galwaybayvets.ie>", "Purchase order GBV-0345", dt("2026-12-05 12:30", 0),
        text="Hi,\n\nPO GBV-0345 attached.\n\nNiamh\n",
        attachments=[("GBV-0345.pdf", pdf, "application/pdf")]),
        label(customer="Galway Bay Veterinary Clinic", po="GBV-0345", order_date="2026-12-03", currency="EUR",
              ship_to=ST("Galway Bay Veterinary Clinic", "Oranmore Business Park", "Oranmore", "Co. Galway", "H91 K2D6"), lines=[
        L("LIN-30151", 2, "CS", "Contractor bags 42 gal 3 mil black 50/cs", price=39.90),
        L("GLV-40141", 5, "BX", "Latex gloves lightly powdered M", price=6.95),
        L("GLV-40142", 5, "BX", "Latex gloves lightly powdered L", price=6.95),
        L("CLN-60124", 2, "CS", "Quat disinfectant concentrate 4x1gal", price=74.00),
        L("TWL-70113", 2, "CS", "Roll towel white 8in x 600ft 12/cs", price=49.00)]),
        country="IE", attachment="pdf", style="PDF attached (layout D on A4), delivery address = invoice address, day-first")

    # ---------------------------------------------------------------- 45 French, qty after, douzaine
    emit("e45_stemarguerite_fr_qty_after", "eml", email(
        "Sylvie Gagnon <sgagnon@college-ste-marguerite.qc.ca>", "Commande BC-2026-0463 - campus principal", dt("2026-12-05 13:55", -5),
        text="""Bonjour,

Commande BC-2026-0463 pour le campus principal :

Stylos à bille bleus, pointe moyenne — une douzaine de boîtes
Papier 11 x 17 — 3 rames
Enveloppes kraft 9 x 12 — 2 boîtes
Trombones standard no 1 — 5 paquets
Agrafes standard — 10 boîtes
Piles AA — 3 paquets de 24

Adresse de livraison :
Collège Sainte-Marguerite
2100, rue Sherbrooke Est
Montréal (Québec) H2K 1B9

Merci !
Sylvie Gagnon
"""), label(customer="Collège Sainte-Marguerite", po="BC-2026-0463",
              ship_to=ST("Collège Sainte-Marguerite", "2100, rue Sherbrooke Est", "Montréal", "Québec", "H2K 1B9"), lines=[
        L("PEN-50102", 12, "BX", "Stylos à bille bleus, pointe moyenne"),
        L("PAP-20051", 3, "RM", "Papier 11 x 17"),
        L("OFF-80173", 2, "BX", "Enveloppes kraft 9 x 12"),
        L("OFF-80151", 5, "PK", "Trombones standard no 1"),
        L("OFF-80101", 10, "BX", "Agrafes standard"),
        L("OFF-80161", 3, "PK", "Piles AA (paquets de 24)")]),
        country="CA", lang="fr", style="French, quantities after description, 'une douzaine de boîtes'")

    # ---------------------------------------------------------------- 46 fixed-width text table
    emit("e46_prairiesky_fixed_width", "eml", email(
        "Dana Fehr <dfehr@prairieskycu.ca>", "PO PSCU-44131 head office", dt("2026-12-07 08:10", -6),
        text="""Hello,

PO PSCU-44131 for head office:

QTY  UOM  DESCRIPTION
---  ---  ------------------------------------------
  3  BX   File folders letter 1/3 cut assorted colours
  2  BX   Laminating pouches letter 3 mil
  2  BX   Permanent markers ultra fine black
  1  BX   Permanent markers fine assorted
  6  EA   Staple remover
  3  EA   Desktop stapler full strip

Thanks,
Dana
"""), label(customer="Prairie Sky Credit Union", po="PSCU-44131", lines=[
        L("OFF-80113", 3, "BX", "File folders letter 1/3 cut assorted colours"),
        L("OFF-80211", 2, "BX", "Laminating pouches letter 3 mil"),
        L("PEN-50152", 2, "BX", "Permanent markers ultra fine black"),
        L("PEN-50153", 1, "BX", "Permanent markers fine assorted"),
        L("OFF-80104", 6, "EA", "Staple remover"),
        L("OFF-80103", 3, "EA", "Desktop stapler full strip")]),
        country="CA", style="fixed-width plain text table")

    # ---------------------------------------------------------------- 47 mobile one-liner with partial ship-to
    emit("e47_redwood_oakland_mobile", "eml", email(
        "Sam Whitaker <sam@redwoodcowork.com>", "bags", dt("2026-12-07 07:52", -8),
        text="""Can we get 6 cases of the 13 gallon white drawstring bags and 2 cases of the compostables sent to Oakland (1955 Broadway)? thx

Sent from my iPhone
"""), label(customer="Redwood Coworking", ship_to=ST(None, "1955 Broadway", "Oakland"), lines=[
        L("LIN-30111", 6, "CS", "13 gallon white drawstring bags"),
        L("LIN-30171", 2, "CS", "compostables")]),
        country="US", style="one-sentence mobile order, partial ship-to")

    # ---------------------------------------------------------------- 48 AU chatty, word quantities, near-duplicate liners
    emit("e48_coastal_au_chatty", "eml", email(
        "Mick Thompson <mick.t@coastalps.com.au>", "bits and pieces for the office", dt("2026-12-07 09:30", 10),
        text="""Hiya,

Could you pop these on the truck for our Ann St office? A carton of the tall white kitchen tidy
bags (the 0.9 drawstring ones), two cartons of the 33 gal clear liners - the 0.7 mil ones, not the
HD - and half a dozen glass cleaner spray bottles.

Cheers,
Mick
"""), label(customer="Coastal Property Services Pty Ltd", ship_to=None, lines=[
        L("LIN-30111", 1, "CS", "tall white kitchen tidy bags (the 0.9 drawstring ones)"),
        L("LIN-30122", 2, "CS", "33 gal clear liners - the 0.7 mil ones"),
        L("CLN-60101", 6, "EA", "glass cleaner spray bottles")]),
        country="AU", style="chatty, word quantities, near-duplicate liners disambiguated in prose; 'Ann St office' only (ship_to null)")

    # ---------------------------------------------------------------- 49 Summit: order in body + mention of earlier invoice number
    emit("e49_summit_cherrycreek_ref", "eml", email(
        "Aisha Grant <agrant@summitpeds.com>", "Re-order for Cherry Creek (PO SP-2026-1211)", dt("2026-12-07 10:05", -7),
        text="""Hi,

Please send the following to our Cherry Creek office. Last invoice was #NG-INV-558210 for reference
on pricing, but quantities are new:

- Nitrile gloves, large - 1 case (10 boxes)
- Nitrile gloves, x-large - 6 boxes
- Hand sanitizer gallon pump - 2
- Kleenex-type tissue boxes (the flat 100-sheet ones, 30/case) - 1 case
- Disinfectant spray (quat, ready to use) - 1 case of 12

PO SP-2026-1211. Needed by Dec 14.

Deliver to:
Summit Pediatrics - Cherry Creek
3773 Cherry Creek N Dr, Suite 200
Denver, CO 80209

Thanks,
Aisha
"""), label(customer="Summit Pediatrics", po="SP-2026-1211", req="2026-12-14",
              ship_to=ST("Summit Pediatrics - Cherry Creek", "3773 Cherry Creek N Dr", "Denver", "CO", "80209"), lines=[
        L("GLV-40113", 1, "CS", "Nitrile gloves, large (10 boxes)"),
        L("GLV-40104", 6, "BX", "Nitrile gloves, x-large"),
        L("CLN-60163", 2, None, "Hand sanitizer gallon pump"),
        L("TWL-70131", 1, "CS", "Kleenex-type tissue boxes (the flat 100-sheet ones, 30/case)"),
        L("CLN-60122", 1, "CS", "Disinfectant spray (quat, ready to use) - case of 12")]),
        country="US", style="references an old invoice number (not the PO), requested date without year")
