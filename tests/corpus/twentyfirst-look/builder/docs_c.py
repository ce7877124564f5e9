from common import *

# ---------------------------------------------------------------- 21 AU, reversed dims, a line not in catalog
body = """G'day Brackenford,

Order for Lot 7 - need it on site Monday 13 April. PO CB-0931.

Lot 7 Wattlebird Drive, Ballarat VIC 3350

100x47 C24 4.8m x 40
150x47 C24 3.6m x 24
200x47 C24 6.0m x 8
Joist hangers 47x150 - 24
10g x 16mm tek screws - 5 boxes
Grab adhesive white x 10

Cheers,
Shane Whitlock
Site Supervisor, Coolabah Builders Pty Ltd
ABN 51 824 753 556 | 0400 123 987
"""
add("21_coolabah_au.eml",
    msg('"Shane Whitlock" <shane@coolabahbuilders.com.au>', "PO CB-0931 Lot 7", D("2026-04-02 09:12", 600), body),
    label(customer="Coolabah Builders Pty Ltd", po="CB-0931", req="2026-04-13",
          ship_to=ship("C6001", 0, name=None),
          lines=[line("TC24-47100-480", 40, "EA"), line("TC24-47150-360", 24, "EA"), line("TC24-47200-600", 8, "EA"),
                 line("HNG-JH-47150", 24, "EA"), line(None, 5, "BX", desc="10g x 16mm tek screws"),
                 line("ADH-GRAB-290-W", 10, "EA")]),
    dict(lang="en", country="AU", ph=["dims", "qty_after", "not_in_catalog", "po", "delivery", "signature"]))

# ---------------------------------------------------------------- 22 AU forward, note adds a line
body = """Hi team - see Jake's list below for the Geelong workshop. Please also add 2 boxes of the 6.7 x 100
timber screws. Our PO is SXC-552.

Regards, Mel Hartigan - Southern Cross Carpentry - 03 5222 1408

Begin forwarded message:

> From: Jake Moretti <jake@sxcarpentry.com.au>
> Date: 20 April 2026 at 4:51:07 pm AEST
> To: Mel Hartigan <mel@sxcarpentry.com.au>
> Subject: restock
>
> Mel can u order
> 47x100 C24 3.6 - 30 lengths
> 47x75 C24 3.6 - 20 lengths
> structural ply 18mm x 12
> coach screws M10x100 x 2 box
> 4.5x60 decking screws x 6 tubs
> nitrile gloves size 10 x 2 packs
"""
add("22_southerncross_fwd.eml",
    msg('"Mel Hartigan" <mel@sxcarpentry.com.au>', "Fwd: restock", D("2026-04-21 08:05", 600), body),
    label(customer="Southern Cross Carpentry", po="SXC-552", req=None,
          lines=[line("TC24-47100-360", 30, "EA"), line("TC24-47075-360", 20, "EA"), line("SPLY-SW-18-2412", 12, "EA"),
                 line("BLT-CS-M10100-50", 2, "BX"), line("SCR-DK-45060-250", 6, "EA"),
                 line("PPE-GLV-NIT-10", 2, "PK"), line("SCR-TF-67100-50", 2, "BX")]),
    dict(lang="en", country="AU", ph=["forward", "qty_after", "po"]))

# ---------------------------------------------------------------- 23 CA, 2x4 not in catalog
body = """Hello,

Please ship the following to our Maple Grove job:
2210 Maple Grove Road, Barrie, ON L4N 9R2

P.O. No. BF-10442
Required: April 28, 2026

60 pcs  2x4 x 8' SPF stud
24 pcs  C24 47x200 x 4.8m
12 pcs  C24 47x225 x 4.8m
4 boxes framing nails 3.1 x 90 (2200/box)
6 rolls house wrap / breather membrane 1m x 50m
20 hi-vis vests orange XL

Invoice to accounts@birchcliffframing.ca.

Thanks,
Tom Kowalczyk | Purchasing | Birchcliff Framing Inc. | 705-555-0148
"""
add("23_birchcliff_ca.eml",
    msg('"Tom Kowalczyk" <tkowalczyk@birchcliffframing.ca>', "P.O. BF-10442 Maple Grove", D("2026-04-14 13:20", -240), body),
    label(customer="Birchcliff Framing Inc.", po="BF-10442", req="2026-04-28",
          ship_to=ship("C7001", 0, name=None),
          lines=[line(None, 60, "EA", desc="2x4 x 8' SPF stud"), line("TC24-47200-480", 24, "EA"),
                 line("TC24-47225-480", 12, "EA"), line("NAIL-FR-3190-2200", 4, "BX"),
                 line("CON-MEM-BRE-50", 6, "RL"), line("PPE-HV-VEST-O-XL", 20, "EA")]),
    dict(lang="en", country="CA", ph=["not_in_catalog", "po", "delivery", "signature"]))

# ---------------------------------------------------------------- 24 CA HTML table with seller codes, CAD
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,Arial;font-size:10pt">
<div>Hi there,</div><div><br></div>
<div>Order for the Keith Rd shop, ref <b>NSR-0417</b>. Pricing per your CAD list. Ship to 418 Keith Road East,
North Vancouver, BC V7L 1V5. Need by <b>May 5, 2026</b>.</div><div><br></div>
<table cellpadding="0" cellspacing="0" border="0" width="100%"><tbody><tr><td>
<table cellpadding="3" cellspacing="0" border="1" style="border-color:#999"><tbody>
<tr><th>Your SKU</th><th>Description</th><th>Qty</th><th>Unit $</th></tr>
<tr><td>SMDF-MR-18-2412</td><td>MDF MR 18mm 8x4</td><td>8</td><td>58.20</td></tr>
<tr><td>SPLY-MAR-18-2412</td><td>Marine ply 18mm</td><td>3</td><td>134.00</td></tr>
<tr><td>SCR-A2-40040-100</td><td>SS screws 4.0x40 bx100</td><td>6</td><td>20.90</td></tr>
<tr><td>SEA-SIL-310-B</td><td>Silicone black</td><td>12</td><td>8.85</td></tr>
<tr><td>CON-PROT-FLR-25</td><td>Floor protection film</td><td>2</td><td>50.40</td></tr>
</tbody></table>
</td></tr></tbody></table>
<div><br></div>
<div>Thanks!<br>Kayla Brennan<br>Northshore Renovations<br>604-555-0177</div>
</div></body></html>"""
add("24_northshore_ca_html.eml",
    msg('"Kayla Brennan" <kayla@northshorereno.ca>', "Order NSR-0417", D("2026-04-22 16:48", -420), html=html),
    label(customer="Northshore Renovations", po="NSR-0417", req="2026-05-05", cur="CAD",
          ship_to=ship("C7002", 0, name=None),
          lines=[line("SMDF-MR-18-2412", 8, "EA", 58.20), line("SPLY-MAR-18-2412", 3, "EA", 134.00),
                 line("SCR-A2-40040-100", 6, "BX", 20.90), line("SEA-SIL-310-B", 12, "EA", 8.85),
                 line("CON-PROT-FLR-25", 2, "RL", 50.40)]),
    dict(lang="en", country="CA", ph=["html_table", "seller_codes", "po", "delivery"], ftype="eml-html"))

# ---------------------------------------------------------------- 25 US PDF, US date format
rows = [["Item #", "Vendor Part", "Description", "Qty", "UOM", "Unit Cost", "Ext."],
        ["1", "", "Decking board 32x125 grooved, 4.8m", "80", "EA", "$17.40", "$1,392.00"],
        ["2", "", "Deck screws 4.5x60 (tub/250)", "10", "EA", "$22.75", "$227.50"],
        ["3", "", "Deck joist 47x150 4.8m", "30", "EA", "$23.50", "$705.00"],
        ["4", "", "Post 100x100 3.0m treated", "12", "EA", "$30.00", "$360.00"],
        ["5", "", "Postcrete 20kg", "24", "BAG", "$12.50", "$300.00"],
        ["", "", "", "", "", "Subtotal", "$2,984.50"],
        ["", "", "", "", "", "Freight", "TBD"]]
pdf = pdf_po(["REDSTONE HOMEBUILDERS LLC", "PURCHASE ORDER # RHB-2291",
              "PO Date: 04/07/2026 &nbsp;&nbsp; Need Date: 04/21/2026",
              "Ship To: Redstone - Cedar Hollow Lot 31, 31 Cedar Hollow Lane, Bozeman, MT 59718",
              "Bill To: Redstone Homebuilders LLC, PO Box 1190, Bozeman, MT 59771"],
             rows, ["Terms: Net 30. All amounts USD.", "Buyer: Dana Whitfield (406) 555-0193"])
body = """Hi - PO RHB-2291 attached for the Cedar Hollow deck package. Let me know lead time on the decking.

Dana Whitfield
Redstone Homebuilders LLC
"""
add("25_redstone_us_pdf.eml",
    msg('"Dana Whitfield" <dwhitfield@redstonehb.com>', "PO RHB-2291", D("2026-04-07 15:02", -360), body,
        attachments=[("RHB-2291.pdf", pdf, "application/pdf")]),
    label(customer="Redstone Homebuilders LLC", po="RHB-2291", order_date="2026-04-07", req="2026-04-21", cur="USD",
          ship_to=ship("C8001", 0),
          lines=[line("TDEC-32125-480", 80, "EA", 17.40), line("SCR-DK-45060-250", 10, "EA", 22.75),
                 line("TDEC-JST-47150-480", 30, "EA", 23.50), line("TPST-100-300", 12, "EA", 30.00),
                 line("CEM-PCRT-20", 24, "BAG", 12.50)]),
    dict(lang="en", country="US", ph=["attachment_pdf", "po", "delivery"], ftype="eml+pdf"))

# ---------------------------------------------------------------- 26 US reply: drop the insulation
body = """Drop the insulation from this one - the GC is supplying it after all. Rest stands.

Thanks,
Will

On Apr 23, 2026, at 9:14 AM, Will Hatfield <will@hatfieldcrane.com> wrote:

> Please send to our shop, 77 Mill Pond Road, Portsmouth NH 03801.
> Our PO HC-0623.
>
> - 12 sheets 100mm PIR
> - 6 sheets 12mm structural ply
> - 4 boxes coach screws M10 x 100
> - 10 joist hangers 47x150
> - 1 box hex nuts M10
>
> Will Hatfield
> Hatfield & Crane Carpentry
> (603) 555-0112
"""
add("26_hatfield_drop_insulation.eml",
    msg('"Will Hatfield" <will@hatfieldcrane.com>', "Re: PO HC-0623", D("2026-04-23 10:02", -240), body),
    label(customer="Hatfield & Crane Carpentry", po="HC-0623", req=None,
          ship_to=ship("C8002", 0, name=None),
          lines=[line("SPLY-SW-12-2412", 6, "EA"), line("BLT-CS-M10100-50", 4, "BX"), line("HNG-JH-47150", 10, "EA"),
                 line("BLT-NUT-M10-100", 1, "BX")]),
    dict(lang="en", country="US", ph=["reply_correction", "po", "delivery"]))

# ---------------------------------------------------------------- 27 personal gmail, not on file
body = """Hello,

I'm a local builder, been in your Hexham branch a few times. Can I get the following delivered
to a job at 5 Orchard Close, Corbridge, NE45 5LT on Tuesday 28th April please. I'll pay on
delivery / card over the phone.

6 lengths 47x150 C16 3.6
10 lengths 47x100 C16 3.6
15 x 22mm chipboard flooring
1 box 5x60 screws (the 100 box)
1 tub 100mm nails

Cheers
Dave Tully
D. Tully Building & Maintenance
07700 900 561
"""
add("27_gmail_newbuyer.eml",
    msg('"Dave Tully" <davetully.builder@gmail.com>', "Order for delivery", D("2026-04-24 20:11", 60), body),
    label(customer="D. Tully Building & Maintenance", po=None, req="2026-04-28",
          ship_to=ship(None, street="5 Orchard Close", city="Corbridge", postal_code="NE45 5LT"),
          lines=[line("TC16-47150-360", 6, "EA"), line("TC16-47100-360", 10, "EA"), line("SCHP-22-TG-2460", 15, "EA"),
                 line("SCR-MP-50060-100", 1, "BX"), line("NAIL-RW-100-25", 1, "EA")]),
    dict(lang="en", country="GB", ph=["not_on_file", "delivery", "dims", "signature"]))

# ---------------------------------------------------------------- 28 new company, not on file
body = """Dear Brackenford,

We have just submitted a credit account application (ref. on your form: HF/NEW). In the meantime please
treat this as our first order, PO number HF-0001, pro-forma is fine.

Deliver to: Harrow & Finch Interiors Ltd, Unit 14 Castlegate Yard, 9 Mill Street, Leeds LS9 8DE
Required date: 11/05/2026

Qty  Description
 30  Plasterboard 12.5mm 2700x1200 tapered edge
 12  Plasterboard 15mm 2400x1200 fire (pink)
 40  CLS 38x63 3.0m
  6  Drywall screws 3.5x38mm (1000 box)
  2  Drywall screws 3.5x25mm (1000 box)
 10  Bonding coat 25kg
  4  Stop bead 10mm 3m

Kind regards
Eleanor Finch
Director, Harrow & Finch Interiors Ltd
Company no. 15023311 | VAT 401 2234 56 | 0113 496 0710
"""
add("28_harrowfinch_new.eml",
    msg('"Eleanor Finch" <eleanor@harrowfinch-interiors.co.uk>', "First order - PO HF-0001", D("2026-05-01 10:30", 60), body),
    label(customer="Harrow & Finch Interiors Ltd", po="HF-0001", req="2026-05-11",
          ship_to=ship(None, name="Harrow & Finch Interiors Ltd", street="Unit 14 Castlegate Yard", city="Leeds",
                       postal_code="LS9 8DE"),
          lines=[line("PLB-STD-125-2712", 30, "EA"), line("PLB-FR-150-2412", 12, "EA"), line("TCLS-38063-300", 40, "EA"),
                 line("DRY-SCR-3538-1000", 6, "BX"), line("DRY-SCR-3525-1000", 2, "BX"), line("PLS-BC-25", 10, "BAG"),
                 line("PLS-BEAD-STP-30", 4, "EA")]),
    dict(lang="en", country="GB", ph=["not_on_file", "delivery", "po", "signature"]))

# ---------------------------------------------------------------- 29 forward within customer, adds a line
body = """Hi,

Gareth's order below for Meadow Rise - our PO is HC-24502 for this one. Can you also add
2 boxes of FFP3 masks (the 10s) for site please.

Thanks
Lorraine Webb
Buying Office | Hollinshead Construction Ltd | 01543 660 200

-----Original Message-----
From: Gareth Pryce <g.pryce@hollinshead-construction.co.uk>
Sent: 02 March 2026 06:58
To: Lorraine Webb <l.webb@hollinshead-construction.co.uk>
Subject: plot 15/16 first fix

Lorraine, can you put this through for plots 15 & 16, delivery Friday 6/3/26 to plot 15.

40 x 38x89 CLS 2.4
20 x 38x89 CLS 3.0
30 x 12.5 std board 2.4x1.2
12 x 15mm std 2.4x1.2
8 x drywall screws 25mm box 1000
2 x PVA 5L

Ta, G
"""
add("29_hollinshead_fwd_addline.eml",
    msg('"Lorraine Webb" <l.webb@hollinshead-construction.co.uk>', "FW: plot 15/16 first fix",
        D("2026-03-02 08:40"), body),
    label(customer="Hollinshead Construction Ltd", po="HC-24502", req="2026-03-06",
          ship_to=ship(None, street="plot 15"),
          lines=[line("TCLS-38089-240", 40, "EA"), line("TCLS-38089-300", 20, "EA"), line("PLB-STD-125-2412", 30, "EA"),
                 line("PLB-STD-150-2412", 12, "EA"), line("DRY-SCR-3525-1000", 8, "BX"), line("ADH-PVA-5L", 2, "EA"),
                 line("PPE-MSK-FFP3-10", 2, "BX")]),
    dict(lang="en", country="GB", ph=["forward", "dims", "po"]))

# ---------------------------------------------------------------- 30 reply correction 5x50 -> 5x60
body = """Hannah again - sorry, make the 5x50s 5x60s (same qty, still the 200 boxes). And drop the hardboard,
found some in the back.

H

> From: Hannah Lister
> Sent: Monday, 11 May 2026 09:40
> To: orders@brackenford-bs.co.uk
> Subject: Oakvale order OJ-0207
>
> Hi, order OJ-0207 please, collection Thursday 14th May:
>
> (OVJ-SCR-550) 5.0x50 screws - 4 boxes (200)
> (OVJ-HB32) hardboard 3.2mm - 6 sheets
> (OVJ-PAR-2515) PAR 25x150 2.4 - 10 lengths
> (OVJ-PLY-HW12) hardwood ply 12mm - 5 sheets
>
> Hannah Lister
> Oakvale Joinery | 01756 794 330
"""
add("30_oakvale_reply_5x60.eml",
    msg('"Hannah Lister" <hannah@oakvalejoinery.co.uk>', "RE: Oakvale order OJ-0207", D("2026-05-11 10:05", 60), body),
    label(customer="Oakvale Joinery", po="OJ-0207", req="2026-05-14",
          lines=[line("SCR-MP-50060-200", 4, "BX", cpart=None, desc="5.0x60 screws (200)"),
                 line("TPAR-25150-240", 10, "EA", cpart="OVJ-PAR-2515"),
                 line("SPLY-HW-12-2412", 5, "EA", cpart="OVJ-PLY-HW12")]),
    dict(lang="en", country="GB", ph=["reply_correction", "buyer_codes", "qty_after", "po"]))
