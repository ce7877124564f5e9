"""Order emails 18-30."""
from common import *
from attach import *

def build():
    # ---------------------------------------------------------------- 18 IE terse, qty after
    emit("e18_galwaybay_terse_ie", "eml", email(
        "Niamh Ó Briain <niamh@galwaybayvets.ie>", "order pls - GBV-339", dt("2026-12-03 10:02", 0),
        text="""Hi,

order pls, PO GBV-339:

Vinyl gloves L x 10 boxes
Nitrile gloves M x 10 boxes
Brown hardwound roll towel 8" x 800' x 2 cases
Disinfectant wipes tubs x 12
6 bottles of bleach (the 121oz)

Thanks,
Niamh
Galway Bay Veterinary Clinic
"""), label(customer="Galway Bay Veterinary Clinic", po="GBV-339", lines=[
        L("GLV-40123", 10, "BX", "Vinyl gloves L"),
        L("GLV-40102", 10, "BX", "Nitrile gloves M"),
        L("TWL-70112", 2, "CS", "Brown hardwound roll towel 8\" x 800'"),
        L("CLN-60171", 12, "EA", "Disinfectant wipes tubs"),
        L("CLN-60141", 6, "EA", "bleach (the 121oz)")]),
        country="IE", style="terse, quantity after description ('x 10 boxes'), mixed order")

    # ---------------------------------------------------------------- 19 colour toner by model, high yield + single-cartridge model
    emit("e19_lakeshore_hs_toner", "eml", email(
        "Tom Becker <tbecker@lakeshoreusd.org>", "Toner order - LHS main office (PO 26-1203)", dt("2026-12-03 07:15", -6),
        text="""Hello,

Please send toner for the HP Color LaserJet M479 in the main office: 2 black high yield, and 1 each
cyan/magenta/yellow, also high yield. Also 3 toners for the M15w in the guidance office.

PO 26-1203.

Ship to:
Lakeshore High School
2100 N 13th St
Sheboygan, WI 53083
Attn: Main Office

Tom Becker
Technology Coordinator, Lakeshore High School
"""), label(customer="Lakeshore Unified School District", po="26-1203",
              ship_to=ST("Lakeshore High School", "2100 N 13th St", "Sheboygan", "WI", "53083"), lines=[
        L("TNR-10135", 2, None, "HP M479 toner black high yield"),
        L("TNR-10136", 1, None, "HP M479 toner cyan high yield"),
        L("TNR-10138", 1, None, "HP M479 toner magenta high yield"),
        L("TNR-10137", 1, None, "HP M479 toner yellow high yield"),
        L("TNR-10121", 3, None, "toners for the M15w")]),
        country="US", style="toner by printer model only, colour set expansion, different ship-to")

    # ---------------------------------------------------------------- 20 HTML table with prices, Beaverton
    rows = [["Nitrile gloves small (box of 100)", "8", "BX", "9.99"],
            ["Nitrile gloves large (box)", "6", "BX", "9.99"],
            ["Sani wipes canisters", "12", "EA", "5.99"],
            ["Foaming soap 1000 mL refill", "6", "EA", "8.99"],
            ["Toilet paper 2-ply 96 rolls", "1", "CS", "62.99"],
            ["HP 26A toner (standard)", "1", "EA", "139.99"]]
    intro = "Hi,\n\nBeaverton office order below.\n\nShip To: Harborview Dental - Beaverton, 3800 SW Cedar Hills Blvd, Suite 110, Beaverton, OR 97005\n"
    outro = "\nThanks!\nOlivia Chen\nOffice Lead, Beaverton | Harborview Dental Group"
    emit("e20_harborview_beaverton_html", "eml", email(
        "Olivia Chen <ochen@harborviewdental.com>", "Beaverton office order", dt("2026-12-03 12:40", -8),
        html=outlook_table(rows, ["Description", "Qty", "Unit", "Price"], intro, outro)),
        label(customer="Harborview Dental Group",
              ship_to=ST("Harborview Dental - Beaverton", "3800 SW Cedar Hills Blvd", "Beaverton", "OR", "97005"), lines=[
        L("GLV-40101", 8, "BX", "Nitrile gloves small (box of 100)", price=9.99),
        L("GLV-40103", 6, "BX", "Nitrile gloves large (box)", price=9.99),
        L("CLN-60171", 12, "EA", "Sani wipes canisters", price=5.99),
        L("CLN-60151", 6, "EA", "Foaming soap 1000 mL refill", price=8.99),
        L("TWL-70121", 1, "CS", "Toilet paper 2-ply 96 rolls", price=62.99),
        L("TNR-10111", 1, "EA", "HP 26A toner (standard)", price=139.99)]),
        country="US", style="HTML-only table, descriptions only, prices without currency, branch ship-to")

    # ---------------------------------------------------------------- 21 forwarded within buyer org
    emit("e21_oakfield_fwd_teacher", "eml", email(
        "Maria Delgado <mdelgado@oakfieldcharter.org>", "Fwd: supply request room 14", dt("2026-12-03 14:05", -7),
        text="""Hi Northgate - please process this for us, PO OCA-2026-077. Also add 4 cases of regular
copy paper (letter, 20 lb) for the workroom. Ship to the school as usual.

Thanks,
Maria Delgado
Office Manager, Oakfield Charter Academy

---------- Forwarded message ---------
From: Josh Patel <jpatel@oakfieldcharter.org>
Date: Wed, Dec 2, 2026 at 3:41 PM
Subject: supply request room 14
To: Maria Delgado <mdelgado@oakfieldcharter.org>

Hi Maria, can you order for my room:
2 boxes black expo markers (chisel)
assorted expo 4 packs x3
5 boxes #2 pencils
2 packs of the big yellow sticky note cabinet pack (24 pads)
1 box laminating pouches 5 mil
thank you!!
Josh
"""), label(customer="Oakfield Charter Academy", po="OCA-2026-077", ship_to=None, lines=[
        L("PEN-50161", 2, "BX", "black expo markers (chisel)"),
        L("PEN-50164", 3, "PK", "assorted expo 4 packs"),
        L("PEN-50181", 5, "BX", "#2 pencils"),
        L("OFF-80134", 2, "PK", "big yellow sticky note cabinet pack (24 pads)"),
        L("OFF-80212", 1, "BX", "laminating pouches 5 mil"),
        L("PAP-20012", 4, "CS", "regular copy paper (letter, 20 lb)")]),
        country="US", style="forwarded within buyer org, forwarder adds a line above the forward")

    # ---------------------------------------------------------------- 22 reply correcting + dropping a line
    emit("e22_pinecrest_wf_correction", "eml", email(
        "James Holt <jholt@pinecrestliving.com>", "RE: Wake Forest janitorial order PSL-WF-2291", dt("2026-12-04 08:02", -5),
        in_reply_to="<wf2291@pinecrestliving.com>",
        text="""Correction to the order below: line 2 should be the 2 mil 55 gal bags, not the 1.5.
And please drop the bleach, we found some in the back. Everything else stays.

James

From: James Holt
Sent: Thursday, December 3, 2026 4:51 PM
To: orders@northgatesupply.com
Subject: Wake Forest janitorial order PSL-WF-2291

Good afternoon,

PO PSL-WF-2291 for Pinecrest at Wake Forest:

1. 13 gal white drawstring kitchen bags - 4 cs
2. 55-60 gal black liners 1.5 mil - 3 cs
3. Bleach 121 oz - 2 cs
4. Quat disinfectant RTU spray bottles (32 oz) - 24
5. Toilet seat covers - 1 cs

Deliver to Pinecrest at Wake Forest, 900 S Main St, Wake Forest NC 27587.

James Holt
Environmental Services Director, Pinecrest at Wake Forest
"""), label(customer="Pinecrest Senior Living", po="PSL-WF-2291",
              ship_to=ST("Pinecrest at Wake Forest", "900 S Main St", "Wake Forest", "NC", "27587"), lines=[
        L("LIN-30111", 4, "CS", "13 gal white drawstring kitchen bags"),
        L("LIN-30142", 3, "CS", "55-60 gal black liners 2 mil (corrected from 1.5 mil)"),
        L("CLN-60121", 24, None, "Quat disinfectant RTU spray bottles (32 oz)"),
        L("TWL-70151", 1, "CS", "Toilet seat covers")]),
        country="US", style="reply correcting a line AND dropping a line (bleach removed)")

    # ---------------------------------------------------------------- 23 OEM codes only, PO date
    emit("e23_greatlakes_oem_codes", "eml", email(
        "Brian Kowal <bkowal@glortho.com>", "PO GLO-55817", dt("2026-12-04 09:45", -5),
        text="""Purchase Order: GLO-55817
PO Date: 12/04/2026

Qty  Item
2    CF289A
1    CF289X
1    Xerox 106R03582
2    cs legal copy paper 20#
5    reams 11x17

Please confirm ship date.

Brian Kowal
Materials Management | Great Lakes Orthopedic Clinic
"""), label(customer="Great Lakes Orthopedic Clinic", po="GLO-55817", order_date="2026-12-04", lines=[
        L("TNR-10151", 2, None, "CF289A"),
        L("TNR-10152", 1, None, "CF289X"),
        L("TNR-60102", 1, None, "Xerox 106R03582"),
        L("PAP-20042", 2, "CS", "legal copy paper 20#"),
        L("PAP-20051", 5, "RM", "11x17")]),
        country="US", style="OEM part numbers only, uom inside the item text")

    # ---------------------------------------------------------------- 24 UK chatty, word quantities
    emit("e24_staidans_uk_chatty", "eml", email(
        "Sarah Holroyd <office@staidans.leeds.sch.uk>", "Order from St Aidan's - SA/2026/58", dt("2026-12-04 13:20", 0),
        text="""Good afternoon,

We would like to place an order please, our order number is SA/2026/58.

Two boxes of A4 paper (the boxes of five reams) - actually, could you make it five, we go through
a lot at this time of year! A dozen boxes of the blue ballpoint pens, medium point. Three boxes of
whiteboard pens in black, chisel tip, and two boxes in blue. And four packs of the coloured sticky
notes (3x3).

Could these arrive before Friday 11th December? Many thanks.

Mrs S. Holroyd
School Business Manager
St Aidan's Primary School, Leeds
"""), label(customer="St Aidan's Primary School", po="SA/2026/58", req="2026-12-11", lines=[
        L("PAP-21012", 5, "BX", "A4 paper (the boxes of five reams)"),
        L("PEN-50102", 12, "BX", "blue ballpoint pens, medium point"),
        L("PEN-50161", 3, "BX", "whiteboard pens in black, chisel tip"),
        L("PEN-50162", 2, "BX", "whiteboard pens in blue, chisel tip"),
        L("OFF-80132", 4, "PK", "coloured sticky notes (3x3)")]),
        country="GB", style="chatty prose, word quantities, self-correction two->five, 'a dozen boxes'")

    # ---------------------------------------------------------------- 25 AU Outlook table with cartons, site ship-to
    rows = [["3", "ctn", "Black bin liners 55-60 gal 1.5 mil", ""],
            ["4", "ctn", "Clear bin liners 16 mic 38 x 60 (200/ctn)", ""],
            ["2", "ctn", "Jumbo toilet roll 12in 2ply", ""],
            ["6", "ea", "Hand sanitiser 1 gal pump", ""],
            ["2", "ctn", "Stainless steel polish aerosol (12/ctn)", ""]]
    intro = ("G'day,\n\nPlease supply the below to site under PO CPS-7710.\n\nDelivery address:\nRiverview Towers - Loading Dock\n"
             "45 Eagle Street\nBrisbane QLD 4000\nSite contact: Dave (building manager) 0412 555 019\n\nRequired: 09/12/2026\n")
    outro = "\nCheers,\nMick Thompson\nContracts Supervisor | Coastal Property Services Pty Ltd\n140 Ann Street, Brisbane QLD 4000"
    html = outlook_table(rows, ["Qty", "Unit", "Item", "Code"], intro, outro, font="Arial")
    text = intro + "\n" + "\n".join("  ".join(r).strip() for r in rows) + "\n" + outro
    emit("e25_coastal_au_table", "eml", email(
        "Mick Thompson <mick.t@coastalps.com.au>", "PO CPS-7710 Riverview Towers", dt("2026-12-04 10:30", 10),
        text=text, html=html), label(customer="Coastal Property Services Pty Ltd", po="CPS-7710", req="2026-12-09",
        ship_to=ST("Riverview Towers - Loading Dock", "45 Eagle Street", "Brisbane", "QLD", "4000"), lines=[
        L("LIN-30141", 3, "CS", "Black bin liners 55-60 gal 1.5 mil"),
        L("LIN-30144", 4, "CS", "Clear bin liners 16 mic 38 x 60 (200/ctn)"),
        L("TWL-70124", 2, "CS", "Jumbo toilet roll 12in 2ply"),
        L("CLN-60163", 6, "EA", "Hand sanitiser 1 gal pump"),
        L("CLN-60192", 2, "CS", "Stainless steel polish aerosol (12/ctn)")]),
        country="AU", style="Outlook HTML table, empty code column, 'ctn' unit, day-first, site ship-to")

    # ---------------------------------------------------------------- 26 PDF attached, layout D (fpdf form)
    pdf = pdf_layout_d("PRAIRIE SKY CREDIT UNION", "Purchase Order - Facilities & Supplies",
        [("PO Number:", "PSCU-44120"), ("Order Date:", "2026-12-03"), ("Delivery Required:", "2026-12-11"),
         ("Requested by:", "Dana Fehr, Facilities"), ("Currency:", "CAD")],
        [("Vendor", ["Northgate Office & Facility Supply", "orders@northgatesupply.com"]),
         ("Invoice To", ["Prairie Sky Credit Union", "Accounts Payable", "2055 Albert St", "Regina SK S4P 2T8"]),
         ("Deliver To", ["Prairie Sky CU - Moose Jaw Branch", "320 Main St N", "Moose Jaw SK S6H 3K1"])],
        ["#", "Vendor Item", "Description", "Qty", "UOM", "Unit $", "Amount"], [8, 24, 78, 12, 12, 20, 22],
        [[1, "OFF-80172", "#10 security window envelopes 500/bx", 10, "BX", "27.99", "279.90"],
         [2, "OFF-80171", "#10 plain white envelopes 500/bx", 4, "BX", "21.99", "87.96"],
         [3, "PAP-20062", "30% recycled copy paper letter, case", 6, "CS", "72.99", "437.94"],
         [4, "", "Canon 057H toner high capacity", 2, "EA", "199.99", "399.98"],
         [5, "OFF-80182", "Shipping labels 2x4, 100 sheets", 2, "BX", "21.99", "43.98"],
         [6, "OFF-80193", "Transparent tape 3/4 x 1000, 12 rolls", 1, "PK", "13.99", "13.99"]],
        ["Subtotal: 1,263.75   GST/PST extra", "Authorized by: M. Lindgren, Branch Operations"])
    emit("e26_prairiesky_pdf_attached", "eml", email(
        "Dana Fehr <dfehr@prairieskycu.ca>", "PO PSCU-44120", dt("2026-12-03 15:12", -6),
        text="Hello,\n\nAttached is PO PSCU-44120 for our Moose Jaw branch. Please deliver by the 11th.\n\nDana Fehr\nFacilities, Prairie Sky Credit Union\n",
        attachments=[("PSCU-44120.pdf", pdf, "application/pdf")]),
        label(customer="Prairie Sky Credit Union", po="PSCU-44120", order_date="2026-12-03", req="2026-12-11", currency="CAD",
              ship_to=ST("Prairie Sky CU - Moose Jaw Branch", "320 Main St N", "Moose Jaw", "SK", "S6H 3K1"), lines=[
        L("OFF-80172", 10, "BX", "#10 security window envelopes 500/bx", price=27.99),
        L("OFF-80171", 4, "BX", "#10 plain white envelopes 500/bx", price=21.99),
        L("PAP-20062", 6, "CS", "30% recycled copy paper letter, case", price=72.99),
        L("TNR-30102", 2, "EA", "Canon 057H toner high capacity", price=199.99),
        L("OFF-80182", 2, "BX", "Shipping labels 2x4, 100 sheets", price=21.99),
        L("OFF-80193", 1, "PK", "Transparent tape 3/4 x 1000, 12 rolls", price=13.99)]),
        country="CA", attachment="pdf", style="PDF attached (layout D: fpdf form, Invoice To / Deliver To), one line with blank vendor item")

    # ---------------------------------------------------------------- 27 German, IE site
    emit("e27_vogel_de_ie", "eml", email(
        "Jens Hartmann <j.hartmann@vogel-medtech.ie>", "Bestellung Büromaterial Cork – VMI-2026-0311", dt("2026-12-04 09:10", 0),
        text="""Hallo zusammen,

für unseren Standort in Cork benötigen wir (Bestellnummer VMI-2026-0311):

- 10 Pakete A4-Papier 80 g (einzelne Pakete à 500 Blatt)
- 2 Schachteln Umschläge C4 weiß (250 Stück)
- 1 Schachtel Etiketten A4, 21 pro Blatt
- 4 Packungen AAA-Batterien
- Toner für den Kyocera ECOSYS P5026cdw: je 1x Schwarz, Cyan, Magenta und Gelb

Bitte bis spätestens 10.12.2026 liefern an:
Vogel Medizintechnik Ireland Ltd
Building 4, Cork Airport Business Park
Cork T12 X5P3

Vielen Dank und viele Grüße
Jens Hartmann
Office Management
"""), label(customer="Vogel Medizintechnik Ireland Ltd", po="VMI-2026-0311", req="2026-12-10",
              ship_to=ST("Vogel Medizintechnik Ireland Ltd", "Cork Airport Business Park", "Cork", None, "T12 X5P3"), lines=[
        L("PAP-21011", 10, "RM", "A4-Papier 80 g (einzelne Pakete à 500 Blatt)"),
        L("OFF-80176", 2, "BX", "Umschläge C4 weiß (250 Stück)"),
        L("OFF-80183", 1, "BX", "Etiketten A4, 21 pro Blatt"),
        L("OFF-80162", 4, "PK", "AAA-Batterien"),
        L("TNR-50111", 1, None, "Toner Kyocera P5026cdw Schwarz"),
        L("TNR-50112", 1, None, "Toner Kyocera P5026cdw Cyan"),
        L("TNR-50113", 1, None, "Toner Kyocera P5026cdw Magenta"),
        L("TNR-50114", 1, None, "Toner Kyocera P5026cdw Gelb")]),
        country="IE", lang="de", style="German, 'Pakete' = single reams (vs 5-ream box), colour set by printer model")

    # ---------------------------------------------------------------- 28 pasted Excel rows with buyer codes, new ship-to
    emit("e28_atlantic_pasted_excel", "eml", email(
        "Jordan MacLeod <jmacleod@atlanticrealty.ca>", "Order - Quinpool Court", dt("2026-12-04 11:55", -4),
        text="""Hi folks,

Below is our order for the new property. PO AR-3342.

Item\tDescription\tQty\tUOM
AR-CL-01\tGlass cleaner gallon\t6\tEA
AR-CL-02\tAll purpose cleaner spray 32oz\t12\tEA
AR-CL-07\tToilet bowl cleaner case\t2\tCS
AR-PP-03\tMultifold towels kraft\t4\tCS
AR-PP-05\tToilet tissue 1 ply 1000 sheet\t3\tCS
AR-BG-02\tLiners 20-30 gal black\t2\tCS

Ship to our new property:
Quinpool Court
6155 Quinpool Rd
Halifax NS B3L 1A3
(Superintendent: Gary, 902-555-0177)

Thanks,
Jordan MacLeod
Property Operations, Atlantic Realty Management
"""), label(customer="Atlantic Realty Management", po="AR-3342",
              ship_to=ST("Quinpool Court", "6155 Quinpool Rd", "Halifax", "NS", "B3L 1A3"), lines=[
        L("CLN-60103", 6, "EA", "Glass cleaner gallon", "AR-CL-01"),
        L("CLN-60111", 12, "EA", "All purpose cleaner spray 32oz", "AR-CL-02"),
        L("CLN-60183", 2, "CS", "Toilet bowl cleaner case", "AR-CL-07"),
        L("TWL-70102", 4, "CS", "Multifold towels kraft", "AR-PP-03"),
        L("TWL-70122", 3, "CS", "Toilet tissue 1 ply 1000 sheet", "AR-PP-05"),
        L("LIN-30161", 2, "CS", "Liners 20-30 gal black", "AR-BG-02")]),
        country="CA", style="pasted spreadsheet rows with buyer item codes; ship-to not in customers.csv")

    # ---------------------------------------------------------------- 29 very terse, OEM codes lowercase
    emit("e29_redwood_soma_terse", "eml", email(
        "Redwood Ops <ops@redwoodcowork.com>", "order", dt("2026-12-04 16:40", -8),
        text="""2x cf258x
1x cs letter paper 20lb
3 bx blk gel pens .5
2 pk AA

ty
"""), label(customer="Redwood Coworking", lines=[
        L("TNR-10102", 2, None, "cf258x"),
        L("PAP-20012", 1, "CS", "letter paper 20lb"),
        L("PEN-50141", 3, "BX", "blk gel pens .5"),
        L("OFF-80161", 2, "PK", "AA")]),
        country="US", style="ultra terse, lowercase OEM code (genuine vs compatible near-duplicate)")

    # ---------------------------------------------------------------- 30 XLSX attached, AU school, day-first
    xrows = [["BANKSIA COLLEGE - STATIONERY ORDER FORM"], ["Order No:", "BC-PO-3381", "", "Date:", "27/11/2026"],
             ["Deliver to:", "Senior School Reception, 12 Wattle Grove, Box Hill VIC 3128"], [],
             ["Item description", "Qty", "Unit", "Notes"],
             ["A4 copy paper 80gsm - box of 5 reams", 30, "box", ""],
             ["A3 copy paper 80gsm ream", 10, "ream", ""],
             ["A4 recycled paper 80gsm (box)", 10, "box", "for admin"],
             ["Whiteboard markers assorted 4pk", 20, "pk", ""],
             ["Highlighters assorted 5pk", 15, "pk", ""],
             ["DL envelopes white self seal (500)", 2, "box", ""]]
    xl = xlsx([("Term 1 order", xrows, [1, 5], [44, 12, 8, 14, 12])])
    emit("e30_banksia_xlsx_attached", "eml", email(
        "Fiona Walsh <fwalsh@banksia.vic.edu.au>", "Term 1 stationery order BC-PO-3381", dt("2026-12-04 12:05", 11),
        text="Hi,\n\nPlease find attached our order form for Term 1 stock.\n\nKind regards,\nFiona Walsh\nBusiness Office, Banksia College\n",
        attachments=[("Banksia_Term1_order.xlsx", xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
        label(customer="Banksia College", po="BC-PO-3381", order_date="2026-11-27",
              ship_to=ST("Senior School Reception", "12 Wattle Grove", "Box Hill", "VIC", "3128"), lines=[
        L("PAP-21012", 30, "BX", "A4 copy paper 80gsm - box of 5 reams"),
        L("PAP-21031", 10, "RM", "A3 copy paper 80gsm ream"),
        L("PAP-21042", 10, "BX", "A4 recycled paper 80gsm (box)"),
        L("PEN-50164", 20, "PK", "Whiteboard markers assorted 4pk"),
        L("PEN-50172", 15, "PK", "Highlighters assorted 5pk"),
        L("OFF-80175", 2, "BX", "DL envelopes white self seal (500)")]),
        country="AU", attachment="xlsx", style="XLSX attached, descriptions only, day-first date in a cell")
