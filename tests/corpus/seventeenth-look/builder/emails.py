"""Order (and non-order) emails written the way real buyers write them."""
from common import CAT, ln, order, not_order, site, eml
from files import cypress_mill_pdf, verde_vista_xlsx, hill_country_csv


def P(s):
    return CAT[s]["unit_price"]


def build():
    # E01 terse phone-style
    eml("eml-01-hillcountry-terse.eml", "terse 3-line order, shorthand 90s/tees, 'tomorrow's truck' relative date",
        order("C1001", [ln("PVC40-T-075", 20, "3/4 tees sch 40"), ln("PVC40-E90-075", 20, "3/4 90s sch 40"),
                        ln("PVC40-CPL-100", 10, "1in couplings 40")], rdate="2026-03-04", currency=None),
        "Brent Aldana <brent@hcoutdoorliving.com>", "order", "2026-03-03 06:48",
        "need\n20 - 3/4 tees sch 40\n20 - 3/4 90s sch 40\n10 - 1in couplings 40\n\n"
        "send w/ tomorrow's truck to the yard\nBrent\n")

    # E02 long chatty prose, quantities in words
    eml("eml-02-pedernales-chatty-words.eml",
        "long chatty prose, quantities as words (couple dozen, two pallets, half a dozen), self-correction, Monday",
        order("C1007", [ln("SPH-04-CV", 24, "couple dozen of the 4 inch pop-ups (the ones with the check valve"),
                        ln("NZ-12A", 24, "12-foot adjustable nozzles"),
                        ln("MUL-BK-2-PAL", 2, "pallets of the black mulch in the 2 cubic foot bags"),
                        ln("VLV-100-FC", 6, "one-inch valves with flow control"),
                        ln("CTL-09", 1, "9 station controller"),
                        ln("LF-STP-6", 3, "boxes of the six inch staples")],
              po="PG-3310", rdate="2026-03-09", currency=None),
        "Walt Pruitt <walt@pgreenscapes.com>", "stuff for next week", "2026-03-05 19:22",
        """Hey guys,

Hope y'all made it through that cold snap OK, we lost a couple of backflows on the west side but
nothing too dramatic. We're gearing up for the Hamilton Pool ranch job next week and I need to get
a few things on the truck.

I'll need a couple dozen of the 4 inch pop-ups (the ones with the check valve, that property has a
real slope to it) and about a dozen and a half 12-foot adjustable nozzles to go on them - actually
scratch that, make it two dozen nozzles so it's one per head. Also two pallets of the black mulch in
the 2 cubic foot bags, half a dozen of the one-inch valves with flow control, and a 9 station
controller. Oh and throw in three boxes of the six inch staples while you're at it.

Deliver to the shop like always, Monday would be great. PO is the job number, PG-3310.

Appreciate it,
Walt Pruitt
Pedernales Greenscapes Inc.
(512) 555-0166
""")

    # E03 bullet list qty after
    ship = site("Brushy Creek Commons HOA", "16318 Great Oaks Dr", "Round Rock", "TX", "78681")
    eml("eml-03-lakeline-bullets-qty-after.eml",
        "bullet list with 'x N' after the item, nozzle radius/arc look-alikes, HOA ship-to in body, 'by Friday 3/13'",
        order("C1004", [ln("NZ-12H", 30, "12 ft half nozzles"), ln("NZ-12Q", 30, "12 ft quarter nozzles"),
                        ln("NZ-10F", 15, "10 ft full"), ln("SPH-06", 40, '6" pop-up spray bodies'),
                        ln("VLV-100-FC", 4, '1" valve w/ flow control'), ln("VB-06R", 4, '6" round valve box')],
              po="LCM-7690", rdate="2026-03-13", ship=ship, currency=None),
        "Marisol Vega <mvega@lakelinecm.com>", "Order - Brushy Creek Commons", "2026-03-10 09:15",
        """Hi,

Please send the following to Brushy Creek Commons HOA (16318 Great Oaks Dr, Round Rock TX 78681)
by Friday 3/13:

\u2022 12 ft half nozzles x 30
\u2022 12 ft quarter nozzles x 30
\u2022 10 ft full x 15
\u2022 6" pop-up spray bodies x 40
\u2022 1" valve w/ flow control x 4
\u2022 6" round valve box x 4

PO LCM-7690.

Thanks,
Marisol Vega
Facilities Coordinator | Lakeline Community Management
11066 Pecan Park Blvd Ste 200, Cedar Park, TX 78613
""")

    # E04 dash list qty before, trade shorthand
    eml("eml-04-riverbend-shorthand.eml",
        "dash list qty-first in trade shorthand (MA, 45s, cplg, FC, qt glue, bx), sch40 vs sch80, bare PO number",
        order("C1008", [ln("PVC40-MA-075", 50, "3/4 sch40 MA"), ln("PVC80-E45-150", 25, "1 1/2 sch80 45s"),
                        ln("PVC80-CPL-150", 25, "1 1/2 sch80 cplg"), ln("VLV-150-FC", 4, "1-1/2 valves w/ FC"),
                        ln("PVC-CEM-QT", 2, "qt clear glue"), ln("PPE-SG-TNT", 1, "bx tinted safety glasses")],
              po="55162", currency=None),
        "Tom Beck <tbeck@riverbendcc.org>", "Irr parts", "2026-03-12 05:55",
        "50 - 3/4 sch40 MA\n25 - 1 1/2 sch80 45s\n25 - 1 1/2 sch80 cplg\n4 - 1-1/2 valves w/ FC\n"
        "2 - qt clear glue\n1 - bx tinted safety glasses\n\nPO 55162\n\nThx, Tom B. / Asst Supt Riverbend CC\n")

    # E05 SKU typos with descriptions
    eml("eml-05-liveoak-sku-typos.eml",
        "our SKUs typed with typos (O for 0, missing zero pad, truncated suffix) next to a description",
        order("C1012", [ln("PVC40-T-075", 25, '3/4" sch 40 tee'), ln("NZ-10Q", 40, "10' quarter nozzle"),
                        ln("SPH-04", 40, "4in spray body"), ln("CHM-GLY41-25G", 2, "glyphosate 41% 2.5 gal"),
                        ln("PPE-GLV-NIT-L", 2, "nitrile gloves L (dz)"), ln("LF-4-100", 3, "fabric 4x100")],
              po="LOTL-0316", currency=None),
        "Carla Jimenez <office@liveoaklawn.com>", "PO LOTL-0316", "2026-03-16 08:30",
        """Good morning, please enter the following order, PO LOTL-0316:

PVC4O-T-075    3/4" sch 40 tee            qty 25
NZ-1OQ         10' quarter nozzle         qty 40
SPH-4          4in spray body             qty 40
CHM-GLY41-25   glyphosate 41% 2.5 gal     qty 2
PPE-GLV-NIT-L  nitrile gloves L (dz)      qty 2
LF-4-100       fabric 4x100               qty 3

Regular delivery to our shop is fine.

Carla Jimenez
Office Manager - Live Oak Tree & Lawn Care
""")

    # E06 customer's own part numbers
    eml("eml-06-riverbend-own-part-numbers.eml",
        "buyer's own part numbers (customer_part) with short descriptions, 'Need by 3/27'",
        order("C1008", [ln("SPH-04-CV", 60, '4" spray w/ check valve', part="RB-IRR-0414"),
                        ln("SPH-12", 12, '12" pop-up spray', part="RB-IRR-1204"),
                        ln("NZ-15A", 36, "15' adj nozzle", part="RB-IRR-1215"),
                        ln("FRT-1648-50", 40, "16-4-8 fert 50#", part="RB-FRT-1648")],
              po="RCC-55171", rdate="2026-03-27", currency=None),
        "Jill Halvorsen <jhalvorsen@riverbendcc.org>", "PO RCC-55171", "2026-03-18 13:10",
        """Hello,

Please ship the following against PO RCC-55171. The part numbers are ours (from our inventory
system), descriptions below.

RB-IRR-0414   4" spray w/ check valve      60
RB-IRR-1204   12" pop-up spray             12
RB-IRR-1215   15' adj nozzle               36
RB-FRT-1648   16-4-8 fert 50#              40

Need by 3/27.

Jill Halvorsen
Golf Course Superintendent, Riverbend Country Club
""")

    # E07 reply correcting quoted order
    ship = site("Stone Canyon HOA - Amenity Center", "7201 Stone Canyon Dr", "Round Rock", "TX", "78681")
    eml("eml-07-truenorth-reply-correction.eml",
        "reply whose newest text changes a quantity of the quoted order ('make the 3/4 tees 40 not 30')",
        order("C1010", [ln("PVC40-T-075", 40, '3/4" sch 40 tees'), ln("PVC40-E90-075", 30, '3/4" sch 40 90 ells'),
                        ln("PVC40-MA-075", 10, '3/4" sch 40 male adapters'), ln("SPH-04", 6, '4" pop-ups')],
              po="TN-PO-30744", ship=ship, currency=None),
        "Andre Wills <awills@truenorthps.com>", "RE: order for Stone Canyon", "2026-03-19 10:02",
        """Sorry - make the 3/4 tees 40 not 30. Everything else same.

Andre

-----Original Message-----
From: Andre Wills <awills@truenorthps.com>
Sent: Thursday, March 19, 2026 9:41 AM
To: orders@cedarridgesupply.com
Subject: order for Stone Canyon

Please send to Stone Canyon HOA amenity center, 7201 Stone Canyon Dr, Round Rock TX 78681:

30  3/4" sch 40 tees
30  3/4" sch 40 90 ells
10  3/4" sch 40 male adapters
6   4" pop-ups

PO TN-PO-30744

Andre Wills
TrueNorth Property Services
""", extra_headers={"In-Reply-To": "<order-stone-canyon@truenorthps.com>"})

    # E08 reply thread with several changes
    ship = site("Lakeside patio job", "1880 Lakeside Dr", "Marble Falls", "TX", "78654")
    eml("eml-08-cypressmill-reply-changes.eml",
        "reply removes an item, adds one and swaps 3 ft fabric for 4 ft; 'Thursday' resolved from the quoted date",
        order("C1011", [ln("LF-4-300", 4, "fabric should be the 4 foot, not 3 foot - same 300' length"), ln("MUL-CY-3", 20, "3 cu ft cypress mulch"),
                        ln("TL-SHV-TR", 2, "trenching shovels"), ln("LF-STP-6", 2, '6" staples')],
              po="CMLD-2026-051", rdate="2026-04-09", ship=ship, currency=None),
        "Dana Reyes <dana@cypressmilldesign.com>", "RE: Order - Lakeside patio job", "2026-04-07 15:40",
        """Two changes: scratch the bow rakes, and add 2 boxes of the 6" staples. Also the fabric should be
the 4 foot, not 3 foot - same 300' length. Thanks!

Dana

On Tue, Apr 7, 2026 at 11:05 AM Dana Reyes <dana@cypressmilldesign.com> wrote:
> Hi team, for the Lakeside patio job (1880 Lakeside Dr, Marble Falls TX 78654) please send
> Thursday:
> - 4 rolls 3' x 300' fabric
> - 3 bow rakes
> - 20 bags 3 cu ft cypress mulch
> - 2 trenching shovels
> PO CMLD-2026-051
>
> Dana Reyes | Cypress Mill Landscape Design
""")

    # E09 forwarded order
    ship = site("Cypress Creek Village Clubhouse", "900 Village Green Ln", "Cedar Park", "TX", "78613")
    eml("eml-09-lakeline-forwarded.eml",
        "Fwd: of an HOA board member's gmail request; customer is the forwarder, PO in the forwarding note",
        order("C1004", [ln("MUL-RD-YD", 6, "yards of the red mulch (bulk)"),
                        ln("SOIL-GS-2", 40, "bags garden soil (2 cu ft)"),
                        ln("LF-3-100", 2, "rolls of weed fabric, 3 ft x 100 ft"),
                        ln("LF-STP-4", 1, "box fabric pins (4 in)")],
              po="LCM-7741", rdate="2026-04-17", ship=ship, currency=None),
        "Marisol Vega <mvega@lakelinecm.com>", "Fwd: Spring refresh order - Cypress Creek Village",
        "2026-04-13 08:12",
        """Please process below, bill Lakeline as usual. PO LCM-7741.
- Marisol

---------- Forwarded message ---------
From: Ron Delgado <rdelgado.cchoa@gmail.com>
Date: Sun, Apr 12, 2026 at 7:55 PM
Subject: Spring refresh order - Cypress Creek Village
To: Marisol Vega <mvega@lakelinecm.com>

Marisol, the landscape committee approved the following for the front entrance beds. Please order
from Cedar Ridge and have it delivered to the clubhouse, 900 Village Green Ln, Cedar Park TX 78613,
by Friday April 17:

- 6 yards of the red mulch (bulk)
- 40 bags garden soil (2 cu ft)
- 2 rolls of weed fabric, 3 ft x 100 ft
- 1 box fabric pins (4 in)

Thanks,
Ron Delgado
Cypress Creek Village HOA - Landscape Committee
""")

    # E10 Outlook HTML nested tables
    rows = [("NZ-08A", "8' adjustable nozzle", 24, 3.40), ("NZ-10A", "10' adjustable nozzle", 24, 3.40),
            ("RTR-I20-04", "I-20 style rotor 4in SS riser", 18, 21.30),
            ("DRP-17-12-250", 'Dripline 1/2" 12" spacing 250\' roll', 4, P("DRP-17-12-250")),
            ("CTL-12", "12 zone controller", 1, 146.00)]
    trs = "".join(f"<tr><td style='border:1px solid #999;padding:2px 6px'>{s}</td>"
                  f"<td style='border:1px solid #999;padding:2px 6px'>{d}</td>"
                  f"<td style='border:1px solid #999;padding:2px 6px;text-align:right'>{q}</td>"
                  f"<td style='border:1px solid #999;padding:2px 6px;text-align:right'>${p:.2f}</td></tr>"
                  for s, d, q, p in rows)
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}}</style></head>
<body lang=EN-US><div class=WordSection1>
<table border=0 cellspacing=0 cellpadding=0 width="100%"><tr><td>
<p class=MsoNormal>Good morning,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please enter the PO below. Please deliver Monday 3/30 to the maintenance facility.</p>
<p class=MsoNormal>&nbsp;</p>
<table border=0 cellspacing=0 cellpadding=0><tr><td>
  <table border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
   <tr><td style='background:#D9E1F2;padding:2px 6px'><b>PO #</b></td><td style='padding:2px 6px'>BCGC-26-0342</td></tr>
   <tr><td style='background:#D9E1F2;padding:2px 6px'><b>PO Date</b></td><td style='padding:2px 6px'>3/24/2026</td></tr>
  </table></td><td width=40>&nbsp;</td><td>
  <table border=0><tr><td><p class=MsoNormal><b>Ship to:</b> Barton Creek GC - Maintenance Facility<br>8212 Barton Club Dr, Austin, TX 78735</p></td></tr></table>
</td></tr></table>
<p class=MsoNormal>&nbsp;</p>
<table border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr style='background:#1F4E78;color:white'><td><b>Item</b></td><td><b>Description</b></td><td><b>Qty</b></td><td><b>Price</b></td></tr>
{trs}
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Thank you,</p>
<p class=MsoNormal><b>Greg Toller, CGCS</b><br>Director of Agronomy | Barton Creek Golf Club<br>o: 512-555-0120 | m: 512-555-0121</p>
</td></tr></table></div></body></html>"""
    text = ("Good morning,\n\nPlease enter the PO below. Please deliver Monday 3/30 to the maintenance facility.\n\n"
            "PO # BCGC-26-0342\nPO Date 3/24/2026\nShip to: Barton Creek GC - Maintenance Facility\n"
            "8212 Barton Club Dr, Austin, TX 78735\n\nItem\tDescription\tQty\tPrice\n" +
            "".join(f"{s}\t{d}\t{q}\t${p:.2f}\n" for s, d, q, p in rows) +
            "\nThank you,\nGreg Toller, CGCS\nDirector of Agronomy | Barton Creek Golf Club\n")
    eml("eml-10-bartoncreek-outlook-html.eml",
        "Outlook multipart HTML with nested layout tables (PO box beside ship-to), priced lines, PO date in body",
        order("C1002", [ln(s, q, d, p) for s, d, q, p in rows], po="BCGC-26-0342", odate="2026-03-24",
              rdate="2026-03-30"),
        "Greg Toller <gtoller@bartoncreekgolf.com>", "PO BCGC-26-0342", "2026-03-24 06:30", text=text, html=html)

    # E11 HTML-only pasted Excel range
    rows = [(30, "bag", "15-15-15 fertilizer 50 lb", "FRT-151515-50"), (8, "bag", "Sun & Shade seed 50 lb", "SEED-SS-50"),
            (6, "gal", "Three-way broadleaf herbicide", "CHM-3WAY-1G"), (4, "ea", "Square point shovel", "TL-SHV-SP"),
            (4, "ea", "Bow rake", "TL-RK-BW"), (2, "dz", "Nitrile gloves - medium", "PPE-GLV-NIT-M"),
            (2, "dz", "Nitrile gloves - XL", "PPE-GLV-NIT-XL")]
    trs = "".join(f"<tr height=20 style='height:15.0pt'><td class=xl65 align=right>{q}</td><td class=xl66>{u}</td>"
                  f"<td class=xl66>{d}</td><td class=xl66></td></tr>" for q, u, d, s in rows)
    html = f"""<html><head><meta charset="utf-8"><style>
.xl65{{mso-number-format:"0";border:.5pt solid windowtext}} .xl66{{mso-number-format:"\\@";border:.5pt solid windowtext}}
</style></head><body>
<div style="font-family:Arial;font-size:10pt">Hi Cedar Ridge team,<br><br>
Below is our order for the Lake Pflugerville Park beds. PO P2026-00519. We need it by April 15.<br>
Deliver to: Lake Pflugerville Park, 18216 Weiss Ln, Pflugerville TX 78660 (meet crew at the boat ramp lot)<br><br></div>
<table border=0 cellpadding=0 cellspacing=0 width=420 style='border-collapse:collapse;width:315pt'>
<col width=50><col width=50><col width=240><col width=80>
<tr height=20 style='height:15.0pt;font-weight:700;background:#FFF2CC'><td class=xl66>Qty</td><td class=xl66>Unit</td><td class=xl66>Item</td><td class=xl66>Notes</td></tr>
{trs}
</table>
<div style="font-family:Arial;font-size:10pt"><br>Rita Okafor<br>Parks Superintendent<br>City of Pflugerville Parks &amp; Recreation<br>512-555-0171</div>
</body></html>"""
    ship = site("Lake Pflugerville Park", "18216 Weiss Ln", "Pflugerville", "TX", "78660")
    eml("eml-11-pflugerville-pasted-excel-html.eml",
        "HTML-only email with an Excel range pasted as mso table (Qty first, unit words), park job-site ship-to",
        order("C1003", [ln(s, q, d) for q, u, d, s in rows], po="P2026-00519", rdate="2026-04-15", ship=ship,
              currency=None),
        "Rita Okafor <rokafor@pflugervilletx.gov>", "Order for Lake Pflugerville Park", "2026-04-08 14:20", html=html)

    # E12 TSV pasted in body
    rows = [("MUL-HW-YD", "Hardwood mulch bulk", 20, "YD", 34.00), ("SOIL-TS-YD", "Screened topsoil bulk", 10, "YD", 29.00),
            ("LF-6-100", "Fabric 6ft x 100ft", 6, "RL", 44.00), ("SEED-BH-25", "Bermuda hulled 25 lb", 4, "BAG", P("SEED-BH-25")),
            ("TL-RK-LF", "Leaf rake 24in", 12, "EA", 17.50)]
    body = ("Pasting from our sheet, please confirm receipt.\n\nItem\tDescription\tQty\tUnit\tPrice\n" +
            "".join(f"{s}\t{d}\t{q}\t{u}\t{p:.2f}\n" for s, d, q, u, p in rows) +
            "\nDeliver to our maintenance yard.\n\nTom Nguyen\nPurchasing, City of Georgetown\n")
    eml("eml-12-georgetown-tsv-pasted.eml", "tab-separated rows pasted into the body with a header row, PO in subject only",
        order("C1009", [ln(s, q, d, p) for s, d, q, u, p in rows], po="GT-PR-26-1240"),
        "Tom Nguyen <tnguyen@georgetown.org>", "Order - PO GT-PR-26-1240", "2026-04-20 11:00", body)

    # E13 ERP fixed-width PO printed in body
    ship = site("Legacy Oaks HOA - Pool House", "2900 Legacy Oaks Blvd", "Round Rock", "TX", "78665")
    rows = [("CHM-GLY41-1G-CS", "GLYPHOSATE 41% 1GAL CS/4", 2, "CS", 148.00),
            ("CHM-PRE-GR-50", "PRE-EMERGENT GRAN 50LB", 12, "BAG", 46.00),
            ("FRT-24011-50", "FERT 24-0-11 50LB", 20, "BAG", 31.00),
            ("MUL-BK-3", "MULCH BLACK 3CF BAG", 80, "BAG", P("MUL-BK-3")),
            ("PPE-GLV-NIT-L", "GLOVES NITRILE LG DZ", 4, "DZ", 21.00)]
    lines = "".join(f"{s:<17}{d:<27}{q:>8.2f} {u:<5}{p:>10.4f}{q * p:>12.2f}\n" for s, d, q, u, p in rows)
    tot = sum(q * p for s, d, q, u, p in rows)
    body = f"""Please see purchase order below.

                         TRUENORTH PROPERTY SERVICES
                       2701 Brushy Creek Rd, Round Rock TX 78681
                              P U R C H A S E   O R D E R
Purchase Order No: TN-PO-30902                      Order Date: 04/22/2026
Vendor No: CEDAR01                                  Required:   04/24/2026
Vendor:  CEDAR RIDGE LANDSCAPE & IRRIGATION         Ship To: LEGACY OAKS HOA - POOL HOUSE
         2210 GATTIS SCHOOL RD                               2900 LEGACY OAKS BLVD
         ROUND ROCK TX 78664                                 ROUND ROCK TX 78665
Terms: NET 30      Ship Via: VENDOR TRUCK     FOB: DEST
--------------------------------------------------------------------------------
Item Number      Description                 Ordered U/M  Unit Cost   Extension
--------------------------------------------------------------------------------
{lines}--------------------------------------------------------------------------------
                                                        Order Total: {tot:>10.2f}

This is a system-generated message from the TrueNorth accounts payable system. Do not reply.
"""
    eml("eml-13-truenorth-erp-fixed-width.eml",
        "accounting-system PO printed as fixed-width text in the body from the customer's 2nd domain, 4-dp costs",
        order("C1010", [ln(s, q, d, p) for s, d, q, u, p in rows], po="TN-PO-30902", odate="2026-04-22",
              rdate="2026-04-24", ship=ship),
        "TrueNorth AP <ap@truenorthproperty.net>", "Purchase Order TN-PO-30902", "2026-04-22 16:05", body)

    # E14 job-site foreman
    ship = site("Oak Hollow job - Lot 14", "1234 Oak Hollow Dr", "Lakeway", "TX", "78734")
    eml("eml-14-hillcountry-jobsite-foreman.eml",
        "foreman at a job site writes ship-to in body, drip tubing spacing/length look-alikes, 'Tomorrow by noon'",
        order("C1001", [ln("DRP-17-12-250", 3, '1/2" drip with 12" emitters, 250\''),
                        ln("DRP-BLK-025-500", 1, "1/4\" micro tubing 500'"), ln("SPH-06", 8, '6" pop ups no check valve'),
                        ln("NZ-10A", 8, "10' adj nozzles"), ln("FRT-182412-40", 2, "18-24-12 starter 40lb")],
              rdate="2026-04-02", ship=ship, currency=None),
        "Luis Carrillo <luis@hcoutdoorliving.com>", "Oak Hollow job - need materials", "2026-04-01 12:47",
        """Hey, deliver to the Oak Hollow job, 1234 Oak Hollow Dr, Lakeway TX 78734 (lot 14, back gate). Need:

3 rolls of 1/2" drip with 12" emitters, 250'
1 roll 1/4" micro tubing 500'
8 - 6" pop ups no check valve
8 - 10' adj nozzles
2 bags 18-24-12 starter 40lb

Tomorrow by noon if you can. Bill HC Outdoor as usual.

Luis Carrillo, foreman
Hill Country Outdoor Living
512-555-0190
""")

    # E15 need it by Thursday
    eml("eml-15-pedernales-by-thursday.eml", "one-sentence order, 'Need it by Thursday' resolved from a Monday send date",
        order("C1007", [ln("FRT-1648-50", 10, "16-4-8 (50 lb)"), ln("SEED-TF-50", 5, "Tall Fescue 50 lb"),
                        ln("CHM-BIF79-1G", 4, "bifenthrin gallons")], rdate="2026-03-19", currency=None),
        "Walt Pruitt <walt@pgreenscapes.com>", "restock", "2026-03-16 07:10",
        "Need it by Thursday: 10 bags of 16-4-8 (50 lb), 5 bags Tall Fescue 50 lb, 4 bifenthrin gallons.\n\nThx\nWalt\n")

    # E16 first thing Monday 3/9
    eml("eml-16-verdevista-monday-3-9.eml", "'first thing Monday 3/9', bulk yards vs bags, office manager signature",
        order("C1006", [ln("MUL-BK-YD", 5, "yds black mulch"), ln("SOIL-3W-YD", 4, "yds 3-way mix"),
                        ln("SOIL-CMP-2", 20, "bags compost 2cf"), ln("TL-RK-LF", 6, "leaf rakes")],
              po="VV-0306", rdate="2026-03-09", currency=None),
        "Rosa Medina <rosa@verdevistaland.com>", "Order for Monday", "2026-03-06 16:30",
        """Hi! Please have this ready first thing Monday 3/9 at our shop:

5 yds black mulch
4 yds 3-way mix
20 bags compost 2cf
6 leaf rakes

PO VV-0306. Thanks,
Rosa Medina
Office Manager, Verde Vista Landscaping
""")

    # E17 PDF attached, short body
    pdf, exp = cypress_mill_pdf()
    eml("eml-17-cypressmill-pdf-attached.eml", "short body, the order is a boxed PDF attachment with a residential job ship-to",
        exp, "Dana Reyes <dana@cypressmilldesign.com>", "PO CMLD-2026-044", "2026-03-19 16:45",
        "PO attached. Thanks - Dana\n", attachments=[("CMLD-2026-044.pdf", pdf, "application/pdf")])

    # E18 XLSX attached, bilingual
    data, exp = verde_vista_xlsx()
    eml("eml-18-verdevista-xlsx-attached.eml", "bilingual XLSX order form attached (Spanish headers), job ship-to in a cell",
        exp, "Rosa Medina <rosa@verdevistaland.com>", "Orden VV-0331 / order attached", "2026-03-31 10:20",
        "Hola, attached is our order for the Casa Blanca Ranch lawn.\n\nGracias,\nRosa\n",
        attachments=[("VV-0331.xlsx", data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # E19 CSV attached
    data, exp = hill_country_csv()
    eml("eml-19-hillcountry-csv-attached.eml", "CSV attachment, ship-to and need-by date only in the short body",
        exp, "Brent Aldana <brent@hcoutdoorliving.com>", "HC-2619 materials", "2026-04-06 17:02",
        "csv attached for Serenity Hills (3707 Serenity Hills Ct, Lakeway 78734). PO HC-2619. need by Thurs 4/9.\n-B\n",
        attachments=[("HC-2619.csv", data, "text/csv")])

    # E20 Spanish crew lead from gmail
    ship = site("Brookside job", "118 Brookside Ln", "Hutto", "TX", "78634")
    eml("eml-20-verdevista-spanish-gmail.eml",
        "Spanish-language crew lead from a personal gmail, customer named in text, 'para mañana', gloves by the dozen",
        order("C1006", [ln("DRP-17-12-250", 3, "rollos de manguera de goteo de 1/2, goteros cada 12 pulgadas, rollo de 250 pies"),
                        ln("PVC40-E90-100", 10, "codos de 90 de 1 pulgada cédula 40"),
                        ln("PVC40-T-100", 10, "tees de 1 pulgada cédula 40"),
                        ln("VLV-100-FC", 2, "válvulas de 1 pulgada con control de flujo"),
                        ln("CTL-06", 1, "controlador de 6 zonas"),
                        ln("PPE-GLV-NIT-L", 2, "docenas de guantes de nitrilo talla L")],
              rdate="2026-04-15", ship=ship, currency=None),
        "Javier Morales <javi.morales77@gmail.com>", "pedido para mañana", "2026-04-14 06:15",
        """Buenos días,

Soy Javier, jefe de cuadrilla de Verde Vista Landscaping. Necesito para mañana en la obra de
Brookside (118 Brookside Ln, Hutto TX 78634):

- 3 rollos de manguera de goteo de 1/2, goteros cada 12 pulgadas, rollo de 250 pies
- 10 codos de 90 de 1 pulgada cédula 40
- 10 tees de 1 pulgada cédula 40
- 2 válvulas de 1 pulgada con control de flujo
- 1 controlador de 6 zonas (normal, no wifi)
- 2 docenas de guantes de nitrilo talla L

Gracias,
Javier Morales
Verde Vista Landscaping
""")

    # E21 known customer's staff on personal gmail
    eml("eml-21-cypressmill-personal-gmail.eml",
        "known customer's staff writing from personal gmail (company named in text), 1-1/2\" valves without FC",
        order("C1011", [ln("VLV-150", 4, '1-1/2" valves, no flow control'), ln("VB-STD", 4, "standard valve boxes"),
                        ln("PVC-CEM-PT", 2, "pints PVC cement"), ln("PVC-PRM-PT", 2, "pints primer"),
                        ln("PVC40-CPL-150", 12, '1-1/2" sch 40 couplings'),
                        ln("PVC40-MA-150", 12, '1-1/2" sch40 male adapters')],
              rdate="2026-04-20", currency=None),
        "Dana K. Reyes <danakreyes@gmail.com>", "from my personal acct - Cypress Mill order", "2026-04-18 09:40",
        """Hi, it's Dana from Cypress Mill Landscape Design - our office email is down today.

Need for Monday (4/20) at our yard:
4 x 1-1/2" valves, no flow control
4 x standard valve boxes
2 pints PVC cement
2 pints primer
12 x 1-1/2" sch 40 couplings
12 x 1-1/2" sch40 male adapters

Thanks!
Dana
""")

    # E22 yahoo from Riverbend staff
    eml("eml-22-riverbend-yahoo-weekend.eml",
        "staff on a personal yahoo address, 'Monday's truck', loose gallons explicitly not cases, PO to follow (null)",
        order("C1008", [ln("MUL-HW-2-PAL", 2, "pallets hardwood mulch bagged"),
                        ln("CHM-GLY41-1G", 12, "gallon jugs of glyphosate"), ln("TL-SHV-TR", 4, "trenching shovels")],
              rdate="2026-04-27", currency=None),
        "Tom Beck <tommybeck_tx@yahoo.com>", "Riverbend - weekend order", "2026-04-25 14:22",
        """Tom Beck, asst super at Riverbend CC here (on my phone). Can you get these on Monday's truck:

2 pallets hardwood mulch bagged
12 gallon jugs of glyphosate (loose gallons, not the cases)
4 trenching shovels

PO to follow from Jill.
Tom
""")

    # E23 unknown new customer
    ship = site("Sundance Turf & Yard", "602 Crystal Falls Pkwy", "Leander", "TX", "78641")
    eml("eml-23-new-customer-sundance.eml", "unknown new customer (not in customers.csv) from gmail, ship-to and need-by in prose",
        order("Sundance Turf & Yard", [ln("FRT-24011-50", 2, "24-0-11 turf fertilizer 50lb"),
                                       ln("SEED-BH-25", 3, "bermuda hulled seed 25lb"),
                                       ln("CTL-04", 1, "4 zone controller")],
              rdate="2026-04-08", ship=ship, currency=None),
        "Jake Sundberg <sundanceturf.jake@gmail.com>", "New customer - first order", "2026-04-02 20:10",
        """Hi,

I run Sundance Turf & Yard, a small mowing/landscape outfit out of Leander. Got your name from a
buddy at Verde Vista. I'd like to set up an account and place a first order, delivered to
602 Crystal Falls Pkwy, Leander, TX 78641:

2 x 24-0-11 turf fertilizer 50lb
3 x bermuda hulled seed 25lb
1 x 4 zone controller

I can pay by card. Need by Wed April 8.

Jake Sundberg
Sundance Turf & Yard
512-555-0107
""")

    # E24-E27 non-orders
    eml("eml-24-georgetown-quote-request.eml", "NOT AN ORDER: request for quotation with items and quantities",
        not_order("C1009"), "Tom Nguyen <tnguyen@georgetown.org>", "RFQ - irrigation parts for Garey Park",
        "2026-03-02 10:15",
        """Good morning,

Please provide a quote for the following. This is a request for pricing only - a purchase order will
be issued after council approval. Please hold pricing for 30 days.

1  - 24 zone controller
6  - 1-1/2" globe valves
6  - standard rectangular valve boxes
4  - 500' rolls 1/2" blank drip tubing

Quote due by March 9. Please include delivery lead time.

Tom Nguyen
Purchasing, City of Georgetown
""")
    eml("eml-25-bartoncreek-delivery-complaint.eml",
        "NOT AN ORDER: delivery complaint (wrong items) asking for pickup and credit, mentions SKUs and quantities",
        not_order("C1002"), "Greg Toller <gtoller@bartoncreekgolf.com>", "Delivery problem - PO BCGC-26-0311",
        "2026-03-21 07:05",
        """Hi,

The truck yesterday on PO BCGC-26-0311 brought 24 of the full circle 5004 rotors instead of 12, and the
48 nozzles marked 15 ft adjustable are actually 12 ft. Please arrange a pickup of the extra 12 rotors
and the wrong nozzles and issue a credit. Do not send anything else until we talk.

Greg Toller, CGCS
Barton Creek Golf Club
""")
    eml("eml-26-lakeline-where-is-my-order.eml", "NOT AN ORDER: 'where is my order' status question quoting a PO",
        not_order("C1004"), "Marisol Vega <mvega@lakelinecm.com>", "Status of PO LCM-7713?", "2026-04-09 13:30",
        """Hi,

Checking on PO LCM-7713 (the PVC fittings for the Avery Ranch irrigation shed). Nothing has arrived
yet and the crew is asking. Can you give me an ETA or tracking?

Thanks,
Marisol
""")
    nl_html = """<html><body style="font-family:Arial"><h2>Rain Valley Irrigation - Spring Pre-Season Program</h2>
<p>Dear distributor partner, stock up before the season with our pre-season pricing (orders placed by March 31):</p>
<table border=1 cellpadding=4><tr><th>Product</th><th>Pack</th><th>Promo price</th></tr>
<tr><td>5004 Series rotor, adj arc</td><td>case of 12</td><td>$151.20</td></tr>
<tr><td>Adjustable spray nozzle 8-15 ft</td><td>box of 25</td><td>$71.25</td></tr>
<tr><td>1" in-line valve w/ flow control</td><td>case of 6</td><td>$118.80</td></tr></table>
<p>Contact your territory manager to place an order. <a href="https://example.com/unsubscribe">Unsubscribe</a></p></body></html>"""
    eml("eml-27-supplier-newsletter.eml", "NOT AN ORDER: manufacturer promo newsletter to the seller, with product/price table",
        not_order(None), "Rain Valley Irrigation <news@rainvalleyirrigation.com>",
        "Spring Pre-Season Program - save on rotors and nozzles", "2026-03-01 08:00",
        text="Rain Valley Irrigation - Spring Pre-Season Program\n\n5004 Series rotor, adj arc - case of 12 - $151.20\n"
             "Adjustable spray nozzle 8-15 ft - box of 25 - $71.25\n1\" in-line valve w/ flow control - case of 6 - $118.80\n\n"
             "Contact your territory manager to place an order.\nUnsubscribe: https://example.com/unsubscribe\n",
        html=nl_html, extra_headers={"List-Unsubscribe": "<https://example.com/unsubscribe>"})

    # E28 Outlook HTML from nursery with priced table, qty after description
    rows = [("Black dyed mulch 2 cu ft", "MUL-BK-2", 150), ("Red dyed mulch 2 cu ft", "MUL-RD-2", 100),
            ("Cypress blend mulch 2 cu ft", "MUL-CY-2", 50), ("Garden soil 1 cu ft", "SOIL-GS-1", 60),
            ("Garden soil 2 cu ft", "SOIL-GS-2", 60), ("Glyphosate 41% gallons, case of 4", "CHM-GLY41-1G-CS", 4)]
    trs = "".join(f"<tr><td>{d}</td><td>{s}</td><td align=right>{q}</td><td align=right>${P(s):.2f}</td></tr>"
                  for d, s, q in rows)
    html = f"""<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Hi all - we sold through on bagged goods this weekend. PO BB-0427, please deliver Wednesday 4/29.</p>
<table border=1 cellspacing=0 cellpadding=3 style="border-collapse:collapse">
<tr><th>Description</th><th>Your #</th><th>Qty</th><th>Price</th></tr>{trs}</table>
<p>Kelsey Brandt<br>Buyer, Bluebonnet Nursery &amp; Garden Center<br>3320 W Whitestone Blvd, Cedar Park TX 78613</p>
</div></body></html>"""
    text = ("Hi all - we sold through on bagged goods this weekend. PO BB-0427, please deliver Wednesday 4/29.\n\n" +
            "".join(f"{d} | {s} | {q} | ${P(s):.2f}\n" for d, s, q in rows) +
            "\nKelsey Brandt\nBuyer, Bluebonnet Nursery & Garden Center\n3320 W Whitestone Blvd, Cedar Park TX 78613\n")
    eml("eml-28-bluebonnet-html-restock.eml",
        "HTML table with description first and our SKU in a 'Your #' column, 1 vs 2 cu ft soil, 'Wednesday 4/29'",
        order("C1005", [ln(s, q, d, P(s)) for d, s, q in rows], po="BB-0427", rdate="2026-04-29"),
        "Kelsey Brandt <kbrandt@bluebonnetnursery.com>", "Weekend sellout restock - PO BB-0427", "2026-04-27 10:10",
        text=text, html=html)

    # E29 units written in words/abbreviations
    eml("eml-29-liveoak-units-in-words.eml",
        "units written as yds/yards/50#/case (4/cs)/rolls; case vs single-gallon glyphosate look-alike",
        order("C1012", [ln("MUL-HW-YD", 3, "yds of hardwood mulch"), ln("SOIL-TS-YD", 2, "yards screened topsoil"),
                        ln("FRT-1648-50", 5, "bags 50# 16-4-8"),
                        ln("CHM-GLY41-1G-CS", 1, "case Roundup-type 41% gallons (4/cs)"),
                        ln("LF-6-100", 2, "rolls 6' x 100' fabric")], po="LOTL-0504", currency=None),
        "Carla Jimenez <office@liveoaklawn.com>", "order LOTL-0504", "2026-05-04 08:05",
        """Morning! PO LOTL-0504 please:

3 yds of hardwood mulch
2 yards screened topsoil
5 bags 50# 16-4-8
1 case Roundup-type 41% gallons (4/cs)
2 rolls 6' x 100' fabric

Carla
Live Oak Tree & Lawn Care
""")

    # E30 iPhone terse qty after
    eml("eml-30-georgetown-iphone-qty-after.eml",
        "lower-case phone email, 'x4' quantities after items, dozens/boxes, PO 'to come' (null)",
        order("C1009", [ln("CHM-GLY41-25G", 4, "glyphosate 2.5 gal"), ln("CHM-24D-25G", 2, "2,4-d 2.5"),
                        ln("PPE-GLV-NIT-XL", 3, "nitrile gloves xl"), ln("PPE-SG-CLR", 2, "clear safety glasses")],
              currency=None),
        "Marcus Reed <mreed@georgetown.org>", "parts", "2026-05-07 06:02",
        "glyphosate 2.5 gal x4\n2,4-d 2.5 x2\nnitrile gloves xl x 3 dz\nclear safety glasses x2 bx\n\n"
        "drop at the parks yard. PO to come from purchasing\n\nSent from my iPhone\n")
