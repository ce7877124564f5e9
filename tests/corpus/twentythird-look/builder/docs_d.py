from common import *
from attach import xlsx, pdf, csvtext
S = "orders@voltflow-trade.com"
DOCS = []
A = DOCS.append

hv = [("10", "SWA4C16-M", "16mm 4 Core SWA PVC Cable", "120", "m", "R 238.50"),
      ("20", "SWA3C25-M", "2.5mm 3 Core SWA PVC Cable", "300", "m", "R 49.90"),
      ("30", "EMB3M", "Emergency Bulkhead LED 3hr Maintained", "20", "each", "R 365.00"),
      ("40", "LP6060-40N", "LED Panel 600x600 40W Cool White", "48", "each", "R 399.00"),
      ("50", "MCB3-C32", "Circuit Breaker 3 Pole 32A C Curve", "4", "each", "R 455.00")]
hv_pdf = pdf("PURCHASE ORDER",
  ["Highveld Electrical Contractors (Pty) Ltd", "Reg No 2009/014522/07  VAT No 4410251133", "17 Steel Road, Spartan",
   "Kempton Park, 1619", "", "Supplier: Voltflow Trade Supplies"],
  ["Order No: HEC 00802", "Order Date: 2026/11/27", "Delivery Date: 2026/12/03", "",
   "Delivery Address:", "Site: Greenstone Mall Extension", "Modderfontein Road", "Edenvale", "1609"],
  ["Line", "Code", "Description", "Qty", "UoM", "Unit Price"], [12, 30, 80, 16, 16, 30],
  hv + [("", "", "", "", "Excl.", "R 71,862.00"), ("", "", "", "", "VAT 15%", "R 10,779.30"), ("", "", "", "", "Total", "R 82,641.30")],
  ["Goods to be delivered between 07:30 and 15:00. Site contact: Sipho 082 555 0144.",
   "All deliveries must be accompanied by a delivery note quoting our order number."],
  aligns=["R", "L", "L", "R", "L", "R"])
A(doc("49_highveld_pdf_zar.eml", "Thabo Mokoena <thabo@highveldelec.co.za>", S,
 "PO HEC 00802 - Greenstone", "Fri, 27 Nov 2026 13:30:41 +0200",
"""Good day

Attached is our order HEC 00802 for the Greenstone job. Prices as agreed with Pieter last week.

Regards
Thabo
""",
 lab("Highveld Electrical Contractors (Pty) Ltd", "HEC 00802", "2026-11-27", "2026-12-03", "ZAR",
     ship("Site: Greenstone Mall Extension", "Modderfontein Road", "Edenvale", None, "1609"),
     [ln(r[1], r[2], int(r[3]), {"m": "M", "each": "EA"}[r[4]], float(r[5][2:].replace(",", ""))) for r in hv]),
 atts=[("HEC00802.pdf", hv_pdf)]))

A(doc("50_ridgeway_breakers_contract.eml", "Travis Boone <tboone@ridgewayelectric.com>", S,
 "PO 26-1244-RE breakers", "Tue, 01 Dec 2026 15:10:00 -0600",
"""Hi,

PO 26-1244-RE, deliver to the shop by Friday 12/4 please. Contract pricing:

QO120GFI  x 6   $58.00
QO120     x 30  $9.80
QO115     x 30  $9.80
QO230     x 4   $21.50
12 THHN red, 2 spools  $98.50

Travis Boone
Ridgeway Electric LLC
""",
 lab("Ridgeway Electric LLC", "26-1244-RE", None, "2026-12-04", "USD", OMIT, [
   ln("QO120GFI", "QO120GFI", 6, "EA", 58.00),
   ln("QO120", "QO120", 30, "EA", 9.80),
   ln("QO115", "QO115", 30, "EA", 9.80),
   ln("QO230", "QO230", 4, "EA", 21.50),
   ln("THHN12-RD", "12 THHN red", 2, "SP", 98.50)])))

A(doc("51_castlegate_prose.eml", "Karen Mills <karen.mills@castlegateps.co.uk>", S,
 "Order - Tib Street", "Thu, 03 Dec 2026 10:20:00 +0000",
"""Hello,

Could you please send out two of the 5ft twin LED battens, one 4ft single, three maintained
emergency bulkheads and a pack each of the red and the brown wall plugs to our Northern Quarter
block at 22 Tib Street, Manchester M4 1LA. Our PO is CPS-22930.

Many thanks,
Karen Mills
Property Manager
Castlegate Property Services
""",
 lab("Castlegate Property Services", "CPS-22930", None, None, OMIT,
     ship(None, "22 Tib Street", "Manchester", None, "M4 1LA"), [
   ln("BTN5-2", "5ft twin LED battens", 2, "EA"),
   ln("BTN4-1", "4ft single batten", 1, "EA"),
   ln("EMB3M", "maintained emergency bulkheads", 3, "EA"),
   ln("PLG-RED", "red wall plugs", 1, "PK"),
   ln("PLG-BRN", "brown wall plugs", 1, "PK")])))

tui_rows = [("FL50-N", "50W LED flood black", "8"), ("CT300-BK", "300mm ties black", "5 pk"),
            ("SWA3C40-M", "SWA 3C 4mm", "60 m"), ("RCBO-B32", "RCBO 32A", "6")]
html = """<html><body><p>Hi team,</p><p>Order below please &ndash; PO <b>TE-5588</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Code</th><th>Description</th><th>Qty</th></tr>
""" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in tui_rows) + """</table>
<p>Deliver to: Tui Electrical, 22 Kahu Road, Hornby, Christchurch 8042</p>
<p>Nga mihi,<br>Aroha<br>Tui Electrical Ltd</p></body></html>"""
A(doc("52_tui_html_table.eml", "Aroha Ngata <office@tuielectrical.co.nz>", S,
 "PO TE-5588", "Thu, 03 Dec 2026 09:01:00 +1300",
"""Hi team,

Order below please - PO TE-5588.

Code        Description         Qty
FL50-N      50W LED flood black 8
CT300-BK    300mm ties black    5 pk
SWA3C40-M   SWA 3C 4mm          60 m
RCBO-B32    RCBO 32A            6

Deliver to: Tui Electrical, 22 Kahu Road, Hornby, Christchurch 8042

Nga mihi,
Aroha
Tui Electrical Ltd
""",
 lab("Tui Electrical Ltd", "TE-5588", None, None, OMIT,
     ship("Tui Electrical", "22 Kahu Road", "Christchurch", None, "8042"), [
   ln("FL50-N", "50W LED flood black", 8, "EA"),
   ln("CT300-BK", "300mm ties black", 5, "PK"),
   ln("SWA3C40-M", "SWA 3C 4mm", 60, "M"),
   ln("RCBO-B32", "RCBO 32A", 6, "EA")]), html=html))

A(doc("53_sparksco_new_customer.eml", "Ryan Cole <ryan@sparksandco.co.uk>", S,
 "New order - card payment", "Fri, 04 Dec 2026 16:44:02 +0000",
"""Hi,

We're not set up with an account yet so happy to pay by card over the phone. Could we order:

3 x 50W LED floodlights
1 pack natural cable ties 200mm
6 x brushed chrome double sockets
4 x brushed chrome 1 gang 2 way switches

Delivery to 18 Orchard Close, Taunton TA1 2PX.

Thanks
Ryan Cole
Sparks & Co Electrical
07700 900 733
""",
 lab("Sparks & Co Electrical", None, None, None, OMIT,
     ship(None, "18 Orchard Close", "Taunton", None, "TA1 2PX"), [
   ln("FL50-N", "50W LED floodlights", 3, "EA"),
   ln("CT200-NT", "natural cable ties 200mm", 1, "PK"),
   ln("SKT2G-BC", "brushed chrome double sockets", 6, "EA"),
   ln("SW1G2W-BC", "brushed chrome 1 gang 2 way switches", 4, "EA")])))

A(doc("54_vandijk_correction.eml", "Bram de Wit <b.dewit@vandijk-installatie.nl>", S,
 "RE: Order 26/0455 project De Vlonder - correction", "Tue, 17 Nov 2026 14:06:51 +0100",
"""Hello,

Correction on our order 26/0455: the armoured cable must be 3x6mm2, not 3x4mm2, same length
(150 meter). Also please add 20 pcs through box 20mm (art. CBX20-TH). Rest is unchanged.

Sorry for the inconvenience.

Met vriendelijke groet / Kind regards,
Bram de Wit

Van: Bram de Wit
Verzonden: maandag 16 november 2026 08:31
Aan: orders@voltflow-trade.com
Onderwerp: Order 26/0455 project De Vlonder

Good morning,

Hereby we order following articles:

art. SWA3C40-M   armoured cable 3x4mm2         150 meter
art. CND20W      pvc pipe 20mm white (3m)      100 pieces
art. CPL20W      sleeve 20mm                   200 pcs
art. CBX20-TE    end box 20mm                  80 pcs
art. SDL20       saddles 20mm (box 100)        3 box
art. CT200-BK    tie wraps 200mm black         10 bags

Delivery address: Bouwproject De Vlonder, Havenkade 12, 8011 AB Zwolle.
Delivery on 23-11-2026, please call site 30 minutes before (06-12345678, Henk).

Our reference: PO 26/0455
""",
 lab("Van Dijk Installatietechniek B.V.", "26/0455", None, "2026-11-23", OMIT,
     ship("Bouwproject De Vlonder", "Havenkade 12", "Zwolle", None, "8011 AB"), [
   ln("SWA3C60-M", "armoured cable 3x6mm2", 150, "M"),
   ln("CND20W", "pvc pipe 20mm white (3m)", 100, "LEN"),
   ln("CPL20W", "sleeve 20mm", 200, "EA"),
   ln("CBX20-TE", "end box 20mm", 80, "EA"),
   ln("SDL20", "saddles 20mm (box 100)", 3, "BX"),
   ln("CT200-BK", "tie wraps 200mm black", 10, "PK"),
   ln("CBX20-TH", "through box 20mm", 20, "EA")])))

lk = [["LAKESIDE MECHANICAL INC. - MATERIAL REQUISITION / PO"],
      ["PO #", "0000048301", "", "Date", "11/30/2026"],
      ["Job", "2618 - Lakeside Ave Lofts"],
      ["Ship To", "Lakeside Mechanical - Job 2618, 2200 Lakeside Ave E, Cleveland OH 44114"],
      ["Need By", "12/07/2026"],
      [],
      ["Qty", "Unit", "Part #", "Description"],
      [10, "roll", "PEXB050-W", "1/2\" PEX-B white 100'"],
      [3, "roll", "", "3/4\" PEX red 100'"],
      [4, "bag", "PEXCR050", "1/2\" copper crimp rings (100)"],
      [2, "bag", "", "3/4\" crimp rings"],
      [12, "ea", "BVS050", "1/2\" ball valve sweat full port"],
      [6, "ea", "", "3/4\" ball valve sweat full port"],
      [10, "stick", "", "3/4\" type L copper 10'"],
      [],
      ["Requested by:", "J. Ortega"], ["Approved:", "R. Kowalski"]]
A(doc("55_lakeside_xlsx_req.eml", "Rachel Kowalski <rkowalski@lakesidemech.com>", S,
 "PO 0000048301 - Lakeside Ave Lofts", "Mon, 30 Nov 2026 11:12:13 -0500",
"""Hi,

PO 0000048301 attached for job 2618. Please confirm you can make the 12/7 date.

Rachel Kowalski
Purchasing Manager | Lakeside Mechanical Inc.
""",
 lab("Lakeside Mechanical Inc.", "0000048301", "2026-11-30", "2026-12-07", OMIT,
     ship("Lakeside Mechanical - Job 2618", "2200 Lakeside Ave E", "Cleveland", "OH", "44114"), [
   ln("PEXB050-W", '1/2" PEX-B white 100\'', 10, "RL"),
   ln("PEXB075-R", '3/4" PEX red 100\'', 3, "RL"),
   ln("PEXCR050", '1/2" copper crimp rings (100)', 4, "PK"),
   ln("PEXCR075", '3/4" crimp rings', 2, "PK"),
   ln("BVS050", '1/2" ball valve sweat full port', 12, "EA"),
   ln("BVS075", '3/4" ball valve sweat full port', 6, "EA"),
   ln("CUL075", '3/4" type L copper 10\'', 10, "LEN")]),
 atts=[("PO_0000048301.xlsx", xlsx([("PO", lk)]))]))

A(doc("56_kestrel_po_raised_for_site_order.eml", "Kestrel Purchasing <purchasing@kestrelbuild.co.uk>", S,
 "PO 0004452 - Meadow View (site order L Barker)", "Thu, 19 Nov 2026 15:47:20 +0000",
"""Good afternoon,

Please see below official PO for the site order placed this morning by Lee Barker. Please do not
duplicate - this PO covers that order.

PO No: 0004452            Date: 19/11/2026
Deliver to: Kestrel Build - Meadow View, Shinfield Road, Reading RG2 9BE
Required: 20/11/2026

Qty   Description                                Unit
40    Conduit PVC 25mm white 3m                   LEN
50    Coupler 25mm white                          EA
30    Mini trunking 25x16 3m                      LEN
4     Hammer fixings 6x60 (100)                   PK
5     Wall plugs brown (100)                      PK
3     Screws 4.0x40 (200)                         BX

Regards,
Linda Ormsby
Purchasing - Kestrel Build Contractors Ltd
""",
 lab("Kestrel Build Contractors Ltd", "0004452", "2026-11-19", "2026-11-20", OMIT,
     ship("Kestrel Build - Meadow View", "Shinfield Road", "Reading", None, "RG2 9BE"), [
   ln("CND25W", "Conduit PVC 25mm white 3m", 40, "LEN"),
   ln("CPL25W", "Coupler 25mm white", 50, "EA"),
   ln("TRK2516", "Mini trunking 25x16 3m", 30, "LEN"),
   ln("HF660", "Hammer fixings 6x60 (100)", 4, "PK"),
   ln("PLG-BRN", "Wall plugs brown (100)", 5, "PK"),
   ln("SCR4040", "Screws 4.0x40 (200)", 3, "BX")])))

A(doc("57_omshakti_india_unknown.eml", "Om Shakti Electrical Works <omshaktielectricals@yahoo.co.in>", "export@voltflow-trade.com",
 "PURCHASE ORDER OSEW/112/26-27", "Sat, 28 Nov 2026 12:40:09 +0530",
"""Respected Sir,

With reference to your proforma and our telecon, kindly dispatch the following material by road
transport. Payment will be made in advance through RTGS on receipt of proforma invoice.

PO No: OSEW/112/26-27          Date: 28-11-2026

Sl.  Description                               Qty
1    CAT 6 LAN cable Blue 305 mtr box          10 Boxes
2    CAT 6 LAN cable Grey 305 mtr box          5 Boxes

Consignee:
Om Shakti Electrical Works
No. 14, Ellis Road, Mount Road
Chennai - 600002
Tamil Nadu

Thanking you,
Yours faithfully,
For Om Shakti Electrical Works
R. Senthil Kumar
Proprietor
""",
 lab("Om Shakti Electrical Works", "OSEW/112/26-27", "2026-11-28", None, OMIT,
     ship("Om Shakti Electrical Works", "No. 14, Ellis Road", "Chennai", "Tamil Nadu", "600002"), [
   ln("CAT6-BLU", "CAT 6 LAN cable Blue 305 mtr box", 10, "BX"),
   ln("CAT6-GRY", "CAT 6 LAN cable Grey 305 mtr box", 5, "BX")])))

A(doc("58_highveld_quick.eml", "Thabo Mokoena <thabo@highveldelec.co.za>", S,
 "order HEC 00809", "Wed, 02 Dec 2026 07:12:00 +0200",
"""Hi, pls put on our account, deliver Spartan:
2x 10way DB dual RCD
10x 10A B curve breakers
10x 16A RCBO
Order no HEC 00809
Thx Thabo
""",
 lab("Highveld Electrical Contractors (Pty) Ltd", "HEC 00809", None, None, OMIT, OMIT, [
   ln("CU10-DRCD", "10way DB dual RCD", 2, "EA"),
   ln("MCB-B10", "10A B curve breakers", 10, "EA"),
   ln("RCBO-B16", "16A RCBO", 10, "EA")])))

A(doc("59_redgum_sizes.eml", "Col Hendry <col@redgumplumbing.com.au>", S,
 "RG-3412 Narromine", "Thu, 03 Dec 2026 14:25:00 +1100",
"""Hi guys,

PO RG-3412. Site is 7 Boundary Rd, Narromine NSW 2821. Need it there Mon 7/12.

Copper 15mm x 6m lengths x 8
Copper 22 x 3m x 4
15mm compression elbows x 20
22mm push fit elbows x 10
15mm iso valves (screwdriver slot) x 12

Cheers
Col
Redgum Plumbing
""",
 lab("Redgum Plumbing Pty Ltd", "RG-3412", None, "2026-12-07", OMIT,
     ship(None, "7 Boundary Rd", "Narromine", "NSW", "2821"), [
   ln("CU15-6", "Copper 15mm x 6m", 8, "LEN"),
   ln("CU22-3", "Copper 22 x 3m", 4, "LEN"),
   ln("CMP-EL15", "15mm compression elbows", 20, "EA"),
   ln("PF-EL22", "22mm push fit elbows", 10, "EA"),
   ln("ISO15-CH", "15mm iso valves screwdriver slot", 12, "EA")])))

nb = [["Northbound Plumbing & Heating Ltd."], ["Purchase Order"], ["P.O. No.", "7790"], ["Date", "11/27/2026"],
      ["Vendor", "Voltflow Trade Supplies"],
      ["Ship To", "Northbound Plumbing & Heating, 85 Bramalea Rd, Unit 6, Brampton ON L6T 2W4"], [],
      ["Item", "Description", "Qty", "Rate", "Amount"],
      ["PEXB050-W", "PEX-B 1/2in x 100ft white", "8", "32.50", "260.00"],
      ["PEXEL050", "PEX brass elbow 1/2in", "150", "1.65", "247.50"],
      ["PEXCP050", "PEX brass coupling 1/2in", "100", "1.10", "110.00"],
      ["BVS075", "Ball valve 3/4in sweat", "8", "17.40", "139.20"],
      ["CUL050", "Copper type L 1/2in x 10ft", "12", "24.80", "297.60"],
      ["", "", "", "Total CAD", "1,054.30"]]
A(doc("60_northbound_csv_qb.eml", "Marc Tremblay <marc@northboundph.ca>", S,
 "Purchase Order 7790 from Northbound Plumbing & Heating Ltd.", "Fri, 27 Nov 2026 16:00:00 -0500",
"""Dear Voltflow Trade Supplies:

Your purchase order is attached. Please contact us if you have any questions.

Sincerely,
Northbound Plumbing & Heating Ltd.
""",
 lab("Northbound Plumbing & Heating Ltd.", "7790", "2026-11-27", None, "CAD",
     ship("Northbound Plumbing & Heating", "85 Bramalea Rd", "Brampton", "ON", "L6T 2W4"),
     [ln(r[0], r[1], int(r[2]), {"PEXB050-W": "RL"}.get(r[0], "EA"), float(r[3])) for r in nb[8:13]]),
 atts=[("PO_7790.csv", csvtext(nb))]))

A(doc("61_fenland_qty_after_prices.eml", "Neil Forster <neil@fenlandelectrical.co.uk>", S,
 "PO FEC-0630 Leverington school", "Mon, 30 Nov 2026 19:03:27 +0000",
"""Evening,

Lighting for the school job please, prices as your last quote:

LED panel 600x600 - 12 @ £21.50
LED panel 600x600 emergency - 2 @ £46.00
5ft single batten - 6 @ £14.90
5ft T8 LED tubes - 10 @ £4.60

PO FEC-0630. Deliver to Leverington Primary School, Church Road, Leverington, Wisbech PE13 5DE
by Friday 4th December please - caretaker is Alan.

Neil
Fenland Electrical Contractors
""",
 lab("Fenland Electrical Contractors", "FEC-0630", None, "2026-12-04", "GBP",
     ship("Leverington Primary School", "Church Road", "Wisbech", None, "PE13 5DE"), [
   ln("LP6060-40N", "LED panel 600x600", 12, "EA", 21.50),
   ln("LP6060-40E", "LED panel 600x600 emergency", 2, "EA", 46.00),
   ln("BTN5-1", "5ft single batten", 6, "EA", 14.90),
   ln("T8-5FT", "5ft T8 LED tubes", 10, "EA", 4.60)])))

A(doc("62_harcourt_ticket.eml", "Tom Ashby <tom.ashby@harcourt-fm.com>", S,
 "Helpdesk #88213 - PO HFM/PO/26/1003", "Tue, 01 Dec 2026 08:44:10 +0000",
"""Hi,

Reactive job, helpdesk ticket #88213, PO HFM/PO/26/1003.

2 x 32A RCBO
4 x C16 MCB single pole
10 x 20A junction boxes
1 x 100m 3 core 1.5mm black flex

Please deliver to:
Harcourt FM c/o Ludgate Court
41 Ludgate Hill
London EC4M 7JU
Attn: Tom Ashby (engineer) - mobile 07700 900 281

Needed tomorrow 02/12 if at all possible.

Thanks
Tom Ashby
Multi-skilled Engineer | Harcourt Facilities Management Ltd
""",
 lab("Harcourt Facilities Management Ltd", "HFM/PO/26/1003", None, "2026-12-02", OMIT,
     ship("Harcourt FM c/o Ludgate Court", "41 Ludgate Hill", "London", None, "EC4M 7JU"), [
   ln("RCBO-B32", "32A RCBO", 2, "EA"),
   ln("MCB-C16", "C16 MCB single pole", 4, "EA"),
   ln("JB20-3T", "20A junction boxes", 10, "EA"),
   ln("FLX3C15B", "100m 3 core 1.5mm black flex", 1, "RL")])))

A(doc("63_murphy_unknown_ie.eml", "Seán Murphy <murphymaintenance@eircom.net>", "sales.ie@voltflow-trade.com",
 "cable", "Fri, 04 Dec 2026 12:30:00 +0000",
"""Hi,

Can I get 2 x 100m of 2.5 twin & earth - no wait, make it 1 drum of the 2.5 and one 50m coil of
the 1.5. Plus 10 double sockets white. I'll collect Monday and pay at the counter.

Thanks
Seán Murphy
Murphy Maintenance Services
087 555 1290
""",
 lab("Murphy Maintenance Services", None, None, OMIT, OMIT, None, [
   ln("TE25-100", "2.5 twin & earth drum", 1, "DRM"),
   ln("TE15-50", "1.5 twin & earth 50m coil", 1, "CL"),
   ln("SKT2G-WH", "double sockets white", 10, "EA")])))

A(doc("64_lakeside_pm_forward.eml", "Rachel Kowalski <rkowalski@lakesidemech.com>", S,
 "FW: copper for 2611 - please process PO 0000048266", "Mon, 23 Nov 2026 09:05:51 -0500",
"""Please process under PO 0000048266, ship to the St. Luke's job (11311 Shaker Blvd,
Cleveland, OH 44104). Skip the torch tips, we have them in the shop.

Rachel Kowalski
Purchasing Manager | Lakeside Mechanical Inc.

-----Original Message-----
From: Jimmy Ortega <jortega@lakesidemech.com>
Sent: Saturday, November 21, 2026 2:14 PM
To: Rachel Kowalski <rkowalski@lakesidemech.com>
Subject: copper for 2611

Rachel need these for next week at st lukes
20 - 1/2 type L 10'
100 - 1/2 90s
40 - 1/2 tees
6 flux
2 rolls lead free solder
3 torch tips
thx
""",
 lab("Lakeside Mechanical Inc.", "0000048266", None, None, OMIT,
     ship(OMIT, "11311 Shaker Blvd", "Cleveland", "OH", "44104"), [
   ln("CUL050", "1/2 type L 10'", 20, "LEN"),
   ln("SW-EL050", "1/2 90s", 100, "EA"),
   ln("SW-TE050", "1/2 tees", 40, "EA"),
   ln("FLUX-50", "flux", 6, "EA"),
   ln("SOLD-500", "lead free solder", 2, "EA")])))
