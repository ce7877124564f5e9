"""Order emails 01-17."""
from common import *
from attach import *

def build():
    # ---------------------------------------------------------------- 01 terse list
    emit("e01_harborview_terse", "eml", email(
        "Jenna Morales <jmorales@harborviewdental.com>", "order", dt("2026-11-30 08:12", -8),
        text="""Hi, please send:

- 2 cs nitrile gloves med
- 1 cs nitrile gloves large
- 4 foam soap refills 1000ml
- 1 case glass cleaner spray (the 12 pack)

Thanks,
Jenna
"""), label(customer="Harborview Dental Group", lines=[
        L("GLV-40112", 2, "CS", "nitrile gloves med"),
        L("GLV-40113", 1, "CS", "nitrile gloves large"),
        L("CLN-60151", 4, "EA", "foam soap refills 1000ml"),
        L("CLN-60102", 1, "CS", "glass cleaner spray (the 12 pack)")]),
        country="US", style="terse list")

    # ---------------------------------------------------------------- 02 chatty prose, word quantities
    emit("e02_lakeshore_pine_chatty", "eml", email(
        "Deb Kowalski <dkowalski@lakeshoreusd.org>", "Supply order for Pine Street", dt("2026-11-30 07:41", -6),
        text="""Good morning!

It's that time again - the copy room at Pine Street is running on fumes. We'd need ten cases of
the regular copy paper (20 lb letter, the cases of 10 reams), a couple of boxes of the blue
dry erase markers, chisel tip -- actually, make that three boxes, the teachers go through them
like candy -- and half a dozen packs of the yellow 3x3 sticky notes.

Please deliver to:
Pine Street Elementary
455 Pine St
Sheboygan, WI 53081
Attn: Front Office

Our PO is 26-1187.

Thank you so much and have a great week,
Deb Kowalski
Administrative Assistant, Pine Street Elementary
Lakeshore Unified School District
"""), label(customer="Lakeshore Unified School District", po="26-1187",
              ship_to=ST("Pine Street Elementary", "455 Pine St", "Sheboygan", "WI", "53081"), lines=[
        L("PAP-20012", 10, "CS", "regular copy paper (20 lb letter, the cases of 10 reams)"),
        L("PEN-50162", 3, "BX", "blue dry erase markers, chisel tip"),
        L("OFF-80131", 6, "PK", "yellow 3x3 sticky notes")]),
        country="US", style="chatty prose, word quantities, self-correction, different ship-to")

    # ---------------------------------------------------------------- 03 model-only toner
    emit("e03_cedarfinch_toner_by_model", "eml", email(
        "Marcus Bell <mbell@cedarfinch.com>", "toner", dt("2026-11-30 11:03", -6),
        text="""hey - toner for the HP M404 x3, the high yield ones pls.
also 2 for the brother HL-L2350DW at reception (genuine brother, high yield not the little ones)
and a box of the legal size manila folders

thx
Marcus

Marcus Bell | Office Services | Cedar & Finch LLP
"""), label(customer="Cedar & Finch LLP", lines=[
        L("TNR-10102", 3, None, "toner for the HP M404, high yield"),
        L("TNR-20102", 2, None, "toner for the brother HL-L2350DW, genuine, high yield"),
        L("OFF-80112", 1, "BX", "legal size manila folders")]),
        country="US", style="reorder by printer model, shorthand")

    # ---------------------------------------------------------------- 04 Outlook HTML table
    rows = [["LIN-30141", "55-60 gal black liner 1.5 mil", "4", "CS"],
            ["LIN-30121", "33 gal black liner 1.1 mil", "6", "CS"],
            ["TWL-70111", "Roll towel 8in x 800ft white", "3", "CS"],
            ["TWL-70121", "Toilet tissue 2 ply 500 sht", "2", "CS"],
            ["CLN-60124", "Quat disinfectant concentrate 4x1 gal", "1", "CS"]]
    intro = ("Hi Northgate team,\n\nPlease process the below for The Lofts under PO BPM-11873. Needed by 12/10/2026.\n\n"
             "Deliver to: The Lofts at Barton Creek, 2201 Barton Springs Rd, Austin, TX 78746 (leasing office, ask for Tom)\n")
    outro = "\nThank you,\nCarla Reyes\nProcurement Coordinator | Brightwater Property Management\n600 Congress Ave, Floor 14, Austin, TX 78701"
    html = outlook_table(rows, ["Item #", "Description", "Qty", "UOM"], intro, outro)
    text = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + outro
    emit("e04_brightwater_outlook_table", "eml", email(
        "Carla Reyes <creyes@brightwaterpm.com>", "PO BPM-11873 - Lofts at Barton Creek supplies", dt("2026-11-30 14:22", -6),
        text=text, html=html), label(customer="Brightwater Property Management", po="BPM-11873", req="2026-12-10",
        ship_to=ST("The Lofts at Barton Creek", "2201 Barton Springs Rd", "Austin", "TX", "78746"), lines=[
        L("LIN-30141", 4, "CS", "55-60 gal black liner 1.5 mil"),
        L("LIN-30121", 6, "CS", "33 gal black liner 1.1 mil"),
        L("TWL-70111", 3, "CS", "Roll towel 8in x 800ft white"),
        L("TWL-70121", 2, "CS", "Toilet tissue 2 ply 500 sht"),
        L("CLN-60124", 1, "CS", "Quat disinfectant concentrate 4x1 gal")]),
        country="US", style="Outlook HTML table, buyer quotes our SKUs, signature address differs from ship-to")

    # ---------------------------------------------------------------- 05 pasted spreadsheet rows
    emit("e05_summit_pasted_rows", "eml", email(
        "Aisha Grant <agrant@summitpeds.com>", "Supply order - Lakewood office", dt("2026-12-01 09:30", -7),
        text="""Hi,

Pasting our order below from our tracking sheet. Prices per our contract pricing (USD).
Please ship to our Lakewood office:

Summit Pediatrics - Lakewood
7400 W Alameda Ave
Lakewood, CO 80226

Qty\tItem #\tDescription\tUnit Price
10\tGLV-40101\tNitrile exam gloves small 100/bx\t9.49
10\tGLV-40102\tNitrile exam gloves medium 100/bx\t9.49
24\tCLN-60161\tHand sanitizer 8 oz pump\t3.25
4\tCLN-60172\tDisinfecting wipes 75ct case/6\t31.50
2\tTWL-70131\tFacial tissue 100ct case/30\t38.00

PO# SP-2026-1204

Thanks!
Aisha Grant, Practice Administrator
"""), label(customer="Summit Pediatrics", po="SP-2026-1204", currency="USD",
              ship_to=ST("Summit Pediatrics - Lakewood", "7400 W Alameda Ave", "Lakewood", "CO", "80226"), lines=[
        L("GLV-40101", 10, None, "Nitrile exam gloves small 100/bx", price=9.49),
        L("GLV-40102", 10, None, "Nitrile exam gloves medium 100/bx", price=9.49),
        L("CLN-60161", 24, None, "Hand sanitizer 8 oz pump", price=3.25),
        L("CLN-60172", 4, None, "Disinfecting wipes 75ct case/6", price=31.50),
        L("TWL-70131", 2, None, "Facial tissue 100ct case/30", price=38.00)]),
        country="US", style="pasted spreadsheet rows (tab separated), contract prices")

    # ---------------------------------------------------------------- 06 French Quebec
    emit("e06_laurentides_fr", "eml", email(
        "Nathalie Bouchard <nbouchard@cliniquelaurentides.ca>", "Commande CML-2026-118 - point de service Mirabel",
        dt("2026-12-01 10:05", -5), text="""Bonjour,

Veuillez nous faire parvenir les articles suivants (bon de commande no CML-2026-118) :

  - 3 boîtes de gants nitrile, taille M
  - 2 boîtes, taille L
  - 5 caisses de papier lettre 8½ x 11, 20 lb
  - 2 cartouches de toner HP 26X
  - 1 caisse de recharges de savon moussant 1000 ml (caisse de 8)

Livrer à notre point de service de Mirabel :
Point de service Mirabel
13 845, boul. du Curé-Labelle
Mirabel (Québec)  J7J 1L7

Date requise : 15 décembre 2026

Merci et bonne journée,

Nathalie Bouchard
Adjointe administrative
Clinique Médicale des Laurentides
"""), label(customer="Clinique Médicale des Laurentides", po="CML-2026-118", req="2026-12-15",
              ship_to=ST("Point de service Mirabel", "13 845, boul. du Curé-Labelle", "Mirabel", "Québec", "J7J 1L7"), lines=[
        L("GLV-40102", 3, "BX", "gants nitrile, taille M"),
        L("GLV-40103", 2, "BX", "gants nitrile, taille L"),
        L("PAP-20012", 5, "CS", "papier lettre 8½ x 11, 20 lb"),
        L("TNR-10112", 2, "EA", "cartouches de toner HP 26X"),
        L("CLN-60152", 1, "CS", "recharges de savon moussant 1000 ml (caisse de 8)")]),
        country="CA", lang="fr", style="French prose list, elliptical line (taille L), different ship-to")

    # ---------------------------------------------------------------- 07 typos / shorthand
    emit("e07_brightwater_shorthand", "eml", email(
        "Luis Ortega <lortega@brightwaterpm.com>", "need asap", dt("2026-12-01 06:48", -6),
        text="""need asap for riverside:
4 cs 33gal blk liners 1.1mil
2cs 55 gal blk 2mil
nitrile gloves XL 5bx
1 cs glass clnr gal (4pk)

drop at Riverside Commons 1800 E Riverside Dr, bldg B maint room
-Luis

Sent from my iPhone
"""), label(customer="Brightwater Property Management",
              ship_to=ST("Riverside Commons", "1800 E Riverside Dr"), lines=[
        L("LIN-30121", 4, "CS", "33gal blk liners 1.1mil"),
        L("LIN-30142", 2, "CS", "55 gal blk 2mil"),
        L("GLV-40104", 5, "BX", "nitrile gloves XL"),
        L("CLN-60104", 1, "CS", "glass clnr gal (4pk)")]),
        country="US", style="typos, shorthand, mobile, partial ship-to (no city)")

    # ---------------------------------------------------------------- 08 UK qty after description
    emit("e08_thameside_uk", "eml", email(
        "Priya Shah <p.shah@thameside-bc.co.uk>", "Stationery order PO TBC/4471", dt("2026-12-02 09:17", 0),
        text="""Hello,

Order for Thameside, PO TBC/4471, dated 02/12/2026:

A4 copy paper 80gsm - 20 boxes
A3 copy paper 80gsm - 2 boxes
Black gel pens 0.7 retractable - 6 boxes
Sticky notes 3x3 yellow - 10 packs
Black refuse sacks, the heavy 2 mil ones (38x58) - 3 cases

Required by Tuesday 08/12/2026 please.

Delivery to:
Thameside Business Centre
18 Wharf Road
London N1 7GR
FAO Reception

Kind regards,
Priya Shah
Facilities Coordinator
"""), label(customer="Thameside Business Centre Ltd", po="TBC/4471", order_date="2026-12-02", req="2026-12-08",
              ship_to=ST("Thameside Business Centre", "18 Wharf Road", "London", None, "N1 7GR"), lines=[
        L("PAP-21012", 20, "BX", "A4 copy paper 80gsm"),
        L("PAP-21032", 2, "BX", "A3 copy paper 80gsm"),
        L("PEN-50131", 6, "BX", "Black gel pens 0.7 retractable"),
        L("OFF-80131", 10, "PK", "Sticky notes 3x3 yellow"),
        L("LIN-30142", 3, "CS", "Black refuse sacks, the heavy 2 mil ones (38x58)")]),
        country="GB", style="quantities after description, day-first dates")

    # ---------------------------------------------------------------- 09 reply correcting earlier lines
    emit("e09_pennine_reply_correction", "eml", email(
        "Helen Whitworth <h.whitworth@penninemedical.co.uk>", "RE: Order - Pennine Medical (ref PMP-1129)",
        dt("2026-11-30 11:40", 0), in_reply_to="<order-pmp-1129@penninemedical.co.uk>",
        text="""Sorry, correction - the vinyl gloves should be LARGE not medium, and make it 6 boxes not 4.
Rest is fine.

Helen

-----Original Message-----
From: Helen Whitworth <h.whitworth@penninemedical.co.uk>
Sent: 30 November 2026 10:12
To: orders@northgatesupply.com
Subject: Order - Pennine Medical (ref PMP-1129)

Good morning,

Please could we order the following, our ref PMP-1129:

4 boxes vinyl gloves medium
2 x hand sanitiser 1 litre refills
1 box A4 paper (5 reams)
3 packs 3x3 sticky notes, assorted colours

Deliver to our Failsworth branch surgery please:
Pennine Medical - Failsworth Branch Surgery
5 Ashton Road West
Failsworth, Manchester
M35 0ER

Many thanks,
Helen Whitworth
Practice Manager
"""), label(customer="Pennine Medical Practice", po="PMP-1129",
              ship_to=ST("Pennine Medical - Failsworth Branch Surgery", "5 Ashton Road West", "Failsworth", None, "M35 0ER"), lines=[
        L("GLV-40123", 6, "BX", "vinyl gloves LARGE (corrected from 4 boxes medium)"),
        L("CLN-60162", 2, None, "hand sanitiser 1 litre refills"),
        L("PAP-21012", 1, "BX", "A4 paper (5 reams)"),
        L("OFF-80132", 3, "PK", "3x3 sticky notes, assorted colours")]),
        country="GB", style="reply correcting an earlier line (quoted original)")

    # ---------------------------------------------------------------- 10 forwarded by our rep, EUR prices
    emit("e10_liffey_forwarded_by_rep", "eml", email(
        "Sean Doyle <sdoyle@northgatesupply.com>", "FW: December order - Grand Canal Plaza", dt("2026-12-01 15:02", 0),
        text="""Pls enter for Liffey FM, thanks.
Sean

Sean Doyle | Account Manager, Ireland | Northgate Office & Facility Supply

________________________________
From: Aoife Brennan <abrennan@liffeyfm.ie>
Sent: Tuesday, December 1, 2026 2:37 PM
To: Sean Doyle <sdoyle@northgatesupply.com>
Subject: December order - Grand Canal Plaza

Hi Sean,

Please see our order below for the Grand Canal Plaza site.

PO No: LFM-PO-20931     Date: 01/12/2026

Delivery address:
Liffey FM c/o Grand Canal Plaza
Block C, Grand Canal Street Upper
Dublin 4, D04 Y7R5

8 x Jumbo toilet roll 9" 2ply (12 rolls/case) @ EUR 41.50
6 x Multifold hand towel white (case 4000) @ EUR 35.90
4 x Foam soap 1200ml for the touch-free dispensers (case of 2) @ EUR 30.75
5 x Clear bin liners 40-45 gal 1.1 mil (100/case) @ EUR 29.80

All prices in EUR ex VAT as per agreement.

Thanks a million,
Aoife Brennan
Procurement | Liffey Facilities Management Ltd
"""), label(customer="Liffey Facilities Management Ltd", po="LFM-PO-20931", order_date="2026-12-01", currency="EUR",
              ship_to=ST("Liffey FM c/o Grand Canal Plaza", "Grand Canal Street Upper", "Dublin 4", None, "D04 Y7R5"), lines=[
        L("TWL-70123", 8, None, 'Jumbo toilet roll 9" 2ply (12 rolls/case)', price=41.50),
        L("TWL-70101", 6, None, "Multifold hand towel white (case 4000)", price=35.90),
        L("CLN-60153", 4, None, "Foam soap 1200ml for the touch-free dispensers (case of 2)", price=30.75),
        L("LIN-30132", 5, None, "Clear bin liners 40-45 gal 1.1 mil (100/case)", price=29.80)]),
        country="IE", style="forwarded by our own rep (sender is Northgate), day-first, EUR prices, client site ship-to")

    # ---------------------------------------------------------------- 11 PDF attachment, layout A
    prow = [["1", "PSL-JAN-014", "Tall kitchen bag 13 gal white drawstring 0.9 mil 200/cs (Northgate LIN-30111)", "6", "CS", "34.99", "209.94"],
            ["2", "PSL-JAN-022", "Can liner 55-60 gal 1.5 mil black 100/cs (Northgate LIN-30141)", "4", "CS", "46.99", "187.96"],
            ["3", "PSL-MED-101", "Vinyl gloves PF clear medium 100/bx", "20", "BX", "5.99", "119.80"],
            ["4", "PSL-MED-102", "Vinyl gloves PF clear large 100/bx", "20", "BX", "5.99", "119.80"],
            ["5", "PSL-JAN-031", "Quat disinfectant concentrate, 1 gallon", "6", "EA", "21.99", "131.94"],
            ["6", "PSL-JAN-040", "Multifold towel white 4000/cs", "5", "CS", "39.99", "199.95"]]
    pdf = pdf_layout_a("Pinecrest Senior Living", "4101 Lake Boone Trl, Suite 300<br/>Raleigh, NC 27607<br/>(919) 555-0140",
        "7731-PSL", "12/01/2026", "12/09/2026",
        "Pinecrest Senior Living - Accounts Payable<br/>4101 Lake Boone Trl, Suite 300<br/>Raleigh, NC 27607",
        "Pinecrest at Cary<br/>1250 Kildaire Farm Rd<br/>Cary, NC 27511<br/>Attn: Housekeeping",
        "Northgate Office & Facility Supply<br/>orders@northgatesupply.com",
        ["Ln", "Our Item", "Description", "Qty", "UOM", "Unit Price", "Ext. Price"], prow,
        [["", "", "", "", "", "Subtotal", "969.39"], ["", "", "", "", "", "Freight", "0.00"], ["", "", "", "", "", "Total", "969.39"]],
        notes="Please reference PO number on all invoices and packing slips. Deliver Mon-Fri 8am-3pm.",
        currency_note="All amounts in USD.")
    emit("e11_pinecrest_pdf_attached", "eml", email(
        "Donna Pike <dpike@pinecrestliving.com>", "Purchase Order 7731-PSL", dt("2026-12-01 16:20", -5),
        text="""Hello,

Please see attached PO 7731-PSL for Pinecrest at Cary. Kindly confirm receipt.

Thank you,
Donna Pike
Purchasing, Pinecrest Senior Living
""", attachments=[("PO_7731-PSL.pdf", pdf, "application/pdf")]),
        label(customer="Pinecrest Senior Living", po="7731-PSL", order_date="2026-12-01", req="2026-12-09", currency="USD",
              ship_to=ST("Pinecrest at Cary", "1250 Kildaire Farm Rd", "Cary", "NC", "27511"), lines=[
        L("LIN-30111", 6, "CS", "Tall kitchen bag 13 gal white drawstring 0.9 mil 200/cs", "PSL-JAN-014", 34.99),
        L("LIN-30141", 4, "CS", "Can liner 55-60 gal 1.5 mil black 100/cs", "PSL-JAN-022", 46.99),
        L("GLV-40122", 20, "BX", "Vinyl gloves PF clear medium 100/bx", "PSL-MED-101", 5.99),
        L("GLV-40123", 20, "BX", "Vinyl gloves PF clear large 100/bx", "PSL-MED-102", 5.99),
        L("CLN-60123", 6, "EA", "Quat disinfectant concentrate, 1 gallon", "PSL-JAN-031", 21.99),
        L("TWL-70101", 5, "CS", "Multifold towel white 4000/cs", "PSL-JAN-040", 39.99)]),
        country="US", attachment="pdf", style="PDF attached (layout A: platypus, bill-to/ship-to blocks, buyer item codes)")

    # ---------------------------------------------------------------- 12 XLSX attachment
    xrows = [["Fraser Valley Property Group - Supply Order"], [],
             ["PO #:", "FV-26-0412"], ["Date:", "2026-12-02"],
             ["Ship to:", "Langley Crossing, 20150 Langley Bypass, Langley, BC V3A 9J8"], ["Contact:", "Ken Tanaka 604-555-0133"], [],
             ["Our Code", "Northgate SKU", "Description", "Qty", "Unit", "Price (CAD)", "Total"],
             ["FV-101", "PAP-20012", "Copy paper letter 20lb case", 4, "CS", 64.99, 259.96],
             ["FV-118", "CLN-60114", "APC concentrate 4x1gal", 2, "CS", 54.99, 109.98],
             ["FV-120", "CLN-60132", "Neutral floor cleaner 4x1gal", 2, "CS", 61.99, 123.98],
             ["FV-140", "LIN-30131", "40-45 gal black 1.5mil", 5, "CS", 39.99, 199.95],
             ["FV-141", "LIN-30133", "40-45 gal blue recycling", 3, "CS", 44.99, 134.97],
             ["FV-160", "TWL-70112", "HW roll towel kraft 8x800", 4, "CS", 36.99, 147.96],
             [], ["", "", "", "", "", "Subtotal", 976.80]]
    xl = xlsx([("Order", xrows, [1, 8], [12, 15, 36, 6, 6, 12, 10])])
    emit("e12_fraservalley_xlsx_attached", "eml", email(
        "Ken Tanaka <ktanaka@fraservalleypg.ca>", "Order for Langley Crossing", dt("2026-12-02 10:11", -8),
        text="""Hi there,

Order form attached for Langley Crossing. Please deliver to the site, not to our office.

Cheers,
Ken Tanaka
Operations, Fraser Valley Property Group
2880 Garden St, Unit 200, Abbotsford BC
""", attachments=[("FVPG_order_FV-26-0412.xlsx", xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
        label(customer="Fraser Valley Property Group", po="FV-26-0412", order_date="2026-12-02", currency="CAD",
              ship_to=ST("Langley Crossing", "20150 Langley Bypass", "Langley", "BC", "V3A 9J8"), lines=[
        L("PAP-20012", 4, "CS", "Copy paper letter 20lb case", "FV-101", 64.99),
        L("CLN-60114", 2, "CS", "APC concentrate 4x1gal", "FV-118", 54.99),
        L("CLN-60132", 2, "CS", "Neutral floor cleaner 4x1gal", "FV-120", 61.99),
        L("LIN-30131", 5, "CS", "40-45 gal black 1.5mil", "FV-140", 39.99),
        L("LIN-30133", 3, "CS", "40-45 gal blue recycling", "FV-141", 44.99),
        L("TWL-70112", 4, "CS", "HW roll towel kraft 8x800", "FV-160", 36.99)]),
        country="CA", attachment="xlsx", style="XLSX attached, header block above table, ship-to in one cell")

    # ---------------------------------------------------------------- 13 CSV attachment
    c = csv_bytes([["item", "description", "qty"],
                   ["PAP-20011", "copy paper letter ream", 10],
                   ["INK-11102", "HP 962XL black", 2],
                   ["INK-11103", "HP 962 cyan", 1],
                   ["INK-11104", "HP 962 magenta", 1],
                   ["INK-11105", "HP 962 yellow", 1],
                   ["OFF-80132", "sticky notes 3x3 assorted", 4],
                   ["CLN-60171", "disinfecting wipes canister", 6],
                   ["TWL-70141", "kitchen roll towels case", 1]])
    emit("e13_redwood_csv_attached", "eml", email(
        "Sam Whitaker <sam@redwoodcowork.com>", "weekly restock - Oakland", dt("2026-12-02 12:44", -8),
        text="""Hey!

weekly restock attached (csv). This one goes to the Oakland space:

Redwood Coworking Oakland
1955 Broadway
Oakland, CA 94612

Thanks!
Sam
Community Ops @ Redwood Coworking
""", attachments=[("restock_oakland.csv", c, "text/csv")]),
        label(customer="Redwood Coworking",
              ship_to=ST("Redwood Coworking Oakland", "1955 Broadway", "Oakland", "CA", "94612"), lines=[
        L("PAP-20011", 10, None, "copy paper letter ream"),
        L("INK-11102", 2, None, "HP 962XL black"),
        L("INK-11103", 1, None, "HP 962 cyan"),
        L("INK-11104", 1, None, "HP 962 magenta"),
        L("INK-11105", 1, None, "HP 962 yellow"),
        L("OFF-80132", 4, None, "sticky notes 3x3 assorted"),
        L("CLN-60171", 6, None, "disinfecting wipes canister"),
        L("TWL-70141", 1, None, "kitchen roll towels case")]),
        country="US", attachment="csv", style="CSV attached, ship-to in body")

    # ---------------------------------------------------------------- 14 AU colour toner by model
    emit("e14_southerncross_au_toner", "eml", email(
        "Chloe Nguyen <chloe.nguyen@southerncrossmed.com.au>", "Order SCMC-0992", dt("2026-12-02 09:55", 11),
        text="""Hi team,

Could you please send the following for the practice (PO SCMC-0992):

- Toner for the Brother HL-L3270CDW in the nurses' room: 2 x black and 1 x each of the colours
  (standard ones, not the high yield please)
- 4 boxes A4 copy paper (the 5-ream boxes)
- 2 cartons of the medium nitrile gloves (10 boxes per carton)

Need these by 10/12/2026 if possible. Delivery to the usual address.

Thanks so much,
Chloe Nguyen
Practice Coordinator | Southern Cross Medical Centre
"""), label(customer="Southern Cross Medical Centre", po="SCMC-0992", req="2026-12-10", lines=[
        L("TNR-20111", 2, None, "Brother HL-L3270CDW toner black, standard"),
        L("TNR-20112", 1, None, "Brother HL-L3270CDW toner cyan, standard"),
        L("TNR-20113", 1, None, "Brother HL-L3270CDW toner magenta, standard"),
        L("TNR-20114", 1, None, "Brother HL-L3270CDW toner yellow, standard"),
        L("PAP-21012", 4, "BX", "A4 copy paper (the 5-ream boxes)"),
        L("GLV-40112", 2, "CS", "medium nitrile gloves (10 boxes per carton)")]),
        country="AU", style="colour toner set by printer model ('1 x each of the colours' expands to 3 lines), day-first date")

    # ---------------------------------------------------------------- 15 German
    emit("e15_brenner_de", "eml", email(
        "Katrin Vogt <k.vogt@brenner-mb.de>", "Bestellung 4500-7781 – Niederlassung Birmingham", dt("2026-12-03 08:30", 1),
        text="""Sehr geehrte Damen und Herren,

bitte liefern Sie folgende Artikel an unsere Niederlassung in Birmingham:

Bestellnummer: 4500-7781
Bestelldatum: 03.12.2026
Liefertermin: 09.12.2026

Pos. 1   5 Kartons A4-Kopierpapier 80 g/m², je 5 Pakete à 500 Blatt
Pos. 2   2 Stück Toner HP 89X (CF289X)
Pos. 3   3 Schachteln Nitril-Handschuhe, Größe L (à 100 Stück)
Pos. 4   2 Kartons Müllsäcke 33 Gallonen, 1,1 mil, schwarz (à 100 Stück)
Pos. 5   1 Karton Glasreiniger-Sprühflaschen 32 oz (12 Stück)

Lieferadresse:
Brenner Maschinenbau GmbH, Niederlassung Birmingham
Unit 7, Tyseley Industrial Estate
Seeleys Road
Birmingham B11 2LQ
Vereinigtes Königreich

Preise gemäß Rahmenvereinbarung.

Mit freundlichen Grüßen
Katrin Vogt
Einkauf
Brenner Maschinenbau GmbH
Industriestraße 14, 73037 Göppingen
"""), label(customer="Brenner Maschinenbau GmbH", po="4500-7781", order_date="2026-12-03", req="2026-12-09",
              ship_to=ST("Brenner Maschinenbau GmbH, Niederlassung Birmingham", "Tyseley Industrial Estate", "Birmingham", None, "B11 2LQ", "GB"), lines=[
        L("PAP-21012", 5, "CS", "A4-Kopierpapier 80 g/m², je 5 Pakete à 500 Blatt"),
        L("TNR-10152", 2, "EA", "Toner HP 89X (CF289X)"),
        L("GLV-40103", 3, "BX", "Nitril-Handschuhe, Größe L (à 100 Stück)"),
        L("LIN-30121", 2, "CS", "Müllsäcke 33 Gallonen, 1,1 mil, schwarz (à 100 Stück)"),
        L("CLN-60102", 1, "CS", "Glasreiniger-Sprühflaschen 32 oz (12 Stück)")]),
        country="GB", lang="de", style="German, DD.MM.YYYY dates, ship-to differs from German HQ in signature")

    # ---------------------------------------------------------------- 16 French HTML table, no codes
    rows = [["15", "Caisses de papier lettre 20 lb (10 rames)"],
            ["20", "Boîtes de crayons à mine HB no 2 (12)"],
            ["10", "Boîtes de marqueurs effaçables à sec noirs, pointe biseautée"],
            ["5", "Boîtes de surligneurs jaunes"],
            ["40", "Cartables 1 po blancs à pochette"]]
    intro = ("Bonjour,\n\nMontréal, le 2 décembre 2026\n\nVoici notre commande pour la rentrée de janvier. Bon de commande : BC-2026-0457\n"
             "Livraison souhaitée avant le 18 décembre 2026.\n")
    outro = ("\nLivraison : Pavillon Saint-Joseph, 3400, rue Sherbrooke Est, Montréal (Québec) H1W 1B9\n(quai de réception à l'arrière)\n\n"
             "Merci,\nSylvie Gagnon\nServices administratifs – Collège Sainte-Marguerite")
    html = outlook_table(rows, ["Qté", "Description"], intro, outro)
    emit("e16_stemarguerite_fr_table", "eml", email(
        "Sylvie Gagnon <sgagnon@college-ste-marguerite.qc.ca>", "Commande BC-2026-0457", dt("2026-12-02 13:10", -5),
        html=html), label(customer="Collège Sainte-Marguerite", po="BC-2026-0457", order_date="2026-12-02", req="2026-12-18",
        ship_to=ST("Pavillon Saint-Joseph", "3400, rue Sherbrooke Est", "Montréal", "Québec", "H1W 1B9"), lines=[
        L("PAP-20012", 15, "CS", "Caisses de papier lettre 20 lb (10 rames)"),
        L("PEN-50181", 20, "BX", "Boîtes de crayons à mine HB no 2 (12)"),
        L("PEN-50161", 10, "BX", "Boîtes de marqueurs effaçables à sec noirs, pointe biseautée"),
        L("PEN-50171", 5, "BX", "Boîtes de surligneurs jaunes"),
        L("OFF-80201", 40, "EA", "Cartables 1 po blancs à pochette")]),
        country="CA", lang="fr", style="French HTML-only table, descriptions only, different ship-to")

    # ---------------------------------------------------------------- 17 chatty, signature address only
    emit("e17_kingsway_chatty", "eml", email(
        "Rebecca Liu <rliu@kingswaycpa.ca>", "Stocking up before tax season", dt("2026-12-03 11:26", -5),
        text="""Hi Northgate,

Tax season is coming up so we're stocking up early this year! Could we get twelve cases of the
24 lb letter paper (the brighter 96 one), four boxes of the 1/3-cut letter manila folders, two
boxes of hanging folders in legal size, three boxes of the #10 window envelopes and 2 packs of
AA batteries. Oh, and a Lexmark high yield toner for our MS421 -- actually make that two.

Our PO number is 11407.

Thanks so much,
Rebecca Liu | Office Manager
Kingsway Accounting Partners
3250 Bloor St W, Suite 900, Toronto ON M8X 2X9 | 416-555-0182
"""), label(customer="Kingsway Accounting Partners", po="11407", ship_to=None, lines=[
        L("PAP-20022", 12, "CS", "24 lb letter paper (the brighter 96 one)"),
        L("OFF-80111", 4, "BX", "1/3-cut letter manila folders"),
        L("OFF-80122", 2, "BX", "hanging folders in legal size"),
        L("OFF-80172", 3, "BX", "#10 window envelopes"),
        L("OFF-80161", 2, "PK", "AA batteries"),
        L("TNR-40102", 2, None, "Lexmark high yield toner for our MS421")]),
        country="CA", style="chatty prose, word quantities, self-correction; address only in signature (ship_to null)")
