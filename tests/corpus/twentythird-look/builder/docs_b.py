from common import *
from attach import xlsx, pdf, csvtext
S = "orders@voltflow-trade.com"
DOCS = []
A = DOCS.append

A(doc("17_lakeside_erp_fixed.eml", "Purchasing Lakeside <purchasing@lakesidemech.com>", S,
 "PO 0000048213", "Mon, 09 Nov 2026 16:02:11 -0500",
"""Please see PO below. Confirm ship date to this address.

PURCHASE ORDER          PO NUMBER: 0000048213                           PAGE 1
VENDOR: VOLTFLOW TRADE SUPPLIES      ORDER DATE: 11/09/26     REQ DATE: 11/16/26
SHIP TO: LAKESIDE MECHANICAL - JOB 2611
         ST. LUKE'S MOB RENOVATION
         11311 SHAKER BLVD
         CLEVELAND OH 44104
BUYER:   R. KOWALSKI          TERMS: NET 30          FOB: DEST

LN  ITEM NO.        DESCRIPTION                       QTY  UM   UNIT COST   EXT COST
--- --------------- ------------------------------ ------ ---- ---------- ----------
001 LM-CU-0050L     COPPER TUBE TYPE L 1/2 X 10'       40  LG      24.800     992.00
002 LM-CU-0075L     COPPER TUBE TYPE L 3/4 X 10'       20  LG      38.900     778.00
003 LM-FT-1090-050  ELL 90 CXC 1/2 WROT               200  EA       0.850     170.00
004 LM-FT-1090-075  ELL 90 CXC 3/4 WROT               100  EA       1.900     190.00
005 LM-FT-1100-050  TEE CXCXC 1/2 WROT                 75  EA       1.400     105.00
006 LM-FT-1200-050  COUPLING CXC 1/2 W/STOP           150  EA       0.450      67.50
007 LM-VL-BV-075    BALL VLV 3/4 SWT FP LF             10  EA      17.400     174.00
                                                                   ---------- 
                                                       PO TOTAL      2,476.50

** PACKING SLIP MUST SHOW PO AND JOB NUMBER **
""",
 lab("Lakeside Mechanical Inc.", "0000048213", "2026-11-09", "2026-11-16", OMIT,
     ship("LAKESIDE MECHANICAL - JOB 2611", "11311 SHAKER BLVD", "CLEVELAND", "OH", "44104"), [
   ln("CUL050", "COPPER TUBE TYPE L 1/2 X 10'", 40, "LG", 24.80, "LM-CU-0050L"),
   ln("CUL075", "COPPER TUBE TYPE L 3/4 X 10'", 20, "LG", 38.90, "LM-CU-0075L"),
   ln("SW-EL050", "ELL 90 CXC 1/2 WROT", 200, "EA", 0.85, "LM-FT-1090-050"),
   ln("SW-EL075", "ELL 90 CXC 3/4 WROT", 100, "EA", 1.90, "LM-FT-1090-075"),
   ln("SW-TE050", "TEE CXCXC 1/2 WROT", 75, "EA", 1.40, "LM-FT-1100-050"),
   ln("SW-CP050", "COUPLING CXC 1/2 W/STOP", 150, "EA", 0.45, "LM-FT-1200-050"),
   ln("BVS075", "BALL VLV 3/4 SWT FP LF", 10, "EA", 17.40, "LM-VL-BV-075")])))

A(doc("18_castlegate_forward.eml", "Karen Mills <karen.mills@castlegateps.co.uk>", S,
 "FW: bits for Elm Court", "Wed, 11 Nov 2026 13:55:02 +0000",
"""Hi,

Please supply the below from our engineer, invoice against PO CPS-22871 and deliver to
Elm Court, 3-15 Elm Grove, Didsbury, Manchester M20 6PL (site office, ground floor).

Thanks
Karen Mills
Property Manager
Castlegate Property Services

---------- Forwarded message ---------
From: Steve Pryce <steve.pryce@castlegateps.co.uk>
Date: Wed, 11 Nov 2026 at 09:17
Subject: bits for Elm Court
To: Karen Mills <karen.mills@castlegateps.co.uk>

Karen can you order these for the communal areas pls

10 x GU10 5w warm white (not dimmable)
6 x fire rated downlights 3000k
4 x double sockets white
2 x switched fused spur
1 x clear silicone
2 x emergency bulkheads non maintained

cheers Steve
""",
 lab("Castlegate Property Services", "CPS-22871", None, None, OMIT,
     ship("Elm Court", "3-15 Elm Grove", "Manchester", None, "M20 6PL"), [
   ln("GU10-5W30", "GU10 5w warm white (not dimmable)", 10, "EA"),
   ln("DL6-30D", "fire rated downlights 3000k", 6, "EA"),
   ln("SKT2G-WH", "double sockets white", 4, "EA"),
   ln("FCU13-SW", "switched fused spur", 2, "EA"),
   ln("SIL-CL", "clear silicone", 1, "EA"),
   ln("EMB3NM", "emergency bulkheads non maintained", 2, "EA")])))

rg = [["Code", "Description", "Qty", "UOM"],
      ["PEXA16-100", "PEX-A 16mm 100m coil", 2, "coil"],
      ["PEXA20-100", "PEX-A 20mm 100m coil", 1, "coil"],
      ["BV12-FF", "Ball valve 1/2 F/F lever", 10, "ea"],
      ["BV34-FF", "Ball valve 3/4 F/F lever", 6, "ea"],
      ["PTFE12", "Thread tape 12mm", 20, "roll"],
      ["SIL-WH", "Silicone white", 6, "ea"],
      ["PC15-100", "Pipe clips 15mm bag 100", 2, "bag"],
      ["JNT-400", "Jointing compound 400g", 2, "ea"]]
A(doc("19_redgum_csv.eml", "Shaz Kowalczyk <accounts@redgumplumbing.com.au>", S,
 "Order RG-3390", "Wed, 11 Nov 2026 10:26:50 +1100",
"""Hi there,

Order attached (csv). PO RG-3390.
Deliver to 41 Wattle St, Dubbo NSW 2830 please.

Thanks
Shaz
Redgum Plumbing Pty Ltd
""",
 lab("Redgum Plumbing Pty Ltd", "RG-3390", None, None, OMIT,
     ship(None, "41 Wattle St", "Dubbo", "NSW", "2830"),
     [ln(r[0], r[1], r[2], {"coil": "CL", "ea": "EA", "roll": "RL", "bag": "PK"}[r[3]]) for r in rg[1:]]),
 atts=[("RG-3390.csv", csvtext(rg))]))

A(doc("20_pennine_complaint.eml", "Mick Sutcliffe <mick@pennineheating.co.uk>", S,
 "wrong valves on P-2231", "Fri, 13 Nov 2026 12:40:00 +0000",
"""Hi,

The delivery for P-2231 came yesterday with 6 of the isolating valves WITH handles, I asked for
the slotted ones. Also one of the 22mm lever valves has a cracked body. Can someone collect
them and credit me, I've had to buy replacements from the merchant down the road.

Not impressed tbh.

Mick
""",
 lab("Pennine Heating & Plumbing", kind="not_an_order")))

A(doc("21_highveld_sa.eml", "Thabo Mokoena <thabo@highveldelec.co.za>", S,
 "ORDER HEC 00781", "Fri, 13 Nov 2026 08:04:19 +0200",
"""Good day

Please can you supply the following to our Spartan branch, urgently:

Order no: HEC 00781
Date: 13/11/2026

1 x 14 way DB board dual RCD (metal)
20 x 20A breakers B curve single pole
6 x 32A C curve single pole
80m 6mm 3 core SWA
12 x 50W LED floods
1 box wago 221-412

Delivery: 17 Steel Road, Spartan, Kempton Park, 1619

Thanks
Thabo Mokoena
Highveld Electrical Contractors (Pty) Ltd
Tel: 011 555 0187
""",
 lab("Highveld Electrical Contractors (Pty) Ltd", "HEC 00781", "2026-11-13", None, OMIT,
     ship(None, "17 Steel Road", "Kempton Park", None, "1619"), [
   ln("CU14-DRCD", "14 way DB board dual RCD", 1, "EA"),
   ln("MCB-B20", "20A breakers B curve single pole", 20, "EA"),
   ln("MCB-C32", "32A C curve single pole", 6, "EA"),
   ln("SWA3C60-M", "6mm 3 core SWA", 80, "M"),
   ln("FL50-N", "50W LED floods", 12, "EA"),
   ln("WG221-412", "wago 221-412", 1, "BX")])))

A(doc("22_summit_po_from_quote.eml", "Dana Whitfield <dwhitfield@summitfs.com>", S,
 "PO SFS-PO-11872 - per quote Q-26-4410", "Tue, 01 Dec 2026 09:30:15 -0500",
"""Hello,

The owner signed off, so per your quote Q-26-4410 please process the following under
PO SFS-PO-11872:

  220 ea  LP6060-40N  2x2 LED panel 40W 4000K        @ $19.80
   60 ea  LP1230-40N  1x4 LED panel 40W 4000K        @ $24.50
   35 ea  EMB3M       emergency bulkhead maintained  @ $18.25

Ship to:
Summit Facility Services
c/o Meridian Tower - Loading Dock B
600 Grant St
Pittsburgh, PA 15219

Must ship no later than 12/18/2026. Please send tracking to this address.

Thank you,
Dana Whitfield
Facilities Project Manager
Summit Facility Services
""",
 lab("Summit Facility Services", "SFS-PO-11872", None, "2026-12-18", "USD",
     ship("Summit Facility Services", "600 Grant St", "Pittsburgh", "PA", "15219"), [
   ln("LP6060-40N", "2x2 LED panel 40W 4000K", 220, "EA", 19.80),
   ln("LP1230-40N", "1x4 LED panel 40W 4000K", 60, "EA", 24.50),
   ln("EMB3M", "emergency bulkhead maintained", 35, "EA", 18.25)])))

nhs = [
 ("1", "TRV15", "TRV 15mm angled c/w lockshield", "24", "Each", "14.50"),
 ("2", "ISO15-HD", "Isolating valve 15mm chrome c/w handle", "40", "Each", "3.40"),
 ("3", "BV22-LV", "Ball valve 22mm full bore lever", "10", "Each", "8.90"),
 ("4", "CMP-EL15", "Compression elbow 15mm", "100", "Each", "1.70"),
 ("5", "CMP-TE15", "Compression tee 15mm", "50", "Each", "2.30"),
 ("6", "CMP-CP22", "Compression coupler 22mm", "30", "Each", "2.80"),
 ("7", "INS15-1", "Pipe lagging 15mm x 9mm x 1m", "200", "Length", "0.62"),
 ("8", "INS22-1", "Pipe lagging 22mm x 9mm x 1m", "150", "Length", "0.78"),
 ("9", "PC15-100", "Pipe clip 15mm (pack 100)", "4", "Pack", "6.90"),
]
nhs_pdf = pdf("Northgate Hospitals NHS Trust - Official Order",
 ["Northgate Hospitals NHS Trust", "Procurement Department", "Northgate Road, Sheffield S5 7AU",
  "", "Supplier: Voltflow Trade Supplies Ltd", "Supplier No: 0042187"],
 ["Order Number: 4500229187", "Order Date: 11-Nov-2026", "Delivery Date: 25-Nov-2026",
  "Requisitioner: P. Greaves (Estates)", "", "Deliver To:", "Northgate General Hospital",
  "Estates Workshop - Goods Receipt", "Northgate Road", "Sheffield S5 7AU"],
 ["Line", "Supplier Cat No", "Description", "Qty", "UOM", "Unit Price"], [12, 30, 78, 16, 20, 24],
 [r for r in nhs] + [("", "", "", "", "Net GBP", "1,210.60")],
 ["Our order number MUST be quoted on all invoices or payment will be delayed.",
  "Invoices to: Accounts Payable, Northgate Hospitals NHS Trust, PO Box 4411, Sheffield S1 9XX.",
  "This order is placed subject to the Trust's Terms and Conditions of Purchase."],
 aligns=["R", "L", "L", "R", "L", "R"])
A(doc("23_northgate_nhs_pdf.eml", "NGH Procurement <no-reply.procurement@northgatehospitals.nhs.uk>", S,
 "Northgate Hospitals NHS Trust Purchase Order 4500229187", "Wed, 11 Nov 2026 15:12:44 +0000",
"""Dear Supplier,

Please find attached purchase order 4500229187 from Northgate Hospitals NHS Trust.

Do not reply to this mailbox. Queries to estates.procurement@northgatehospitals.nhs.uk.
""",
 lab("Northgate Hospitals NHS Trust", "4500229187", "2026-11-11", "2026-11-25", "GBP",
     ship("Northgate General Hospital", "Northgate Road", "Sheffield", None, "S5 7AU"),
     [ln(r[1], r[2], int(r[3]), {"Each": "EA", "Length": "LEN", "Pack": "PK"}[r[4]], float(r[5])) for r in nhs]),
 atts=[("PO_4500229187.pdf", nhs_pdf)]))

A(doc("24_liffey_prose_collect.eml", "Declan Byrne <declan@liffeyplumbing.ie>", "sales.ie@voltflow-trade.com",
 "collection Friday", "Wed, 18 Nov 2026 19:48:31 +0000",
"""Hi Niamh,

Could you put together the following for me for collection Friday morning, I'll be in around 8:
twelve 15mm compression elbows, six of the 22mm ones, ten tap connectors 15mm x 1/2, five 15mm
stopcocks, 2 tubes of white silicone and a couple of rolls of the yellow gas tape.

Stick it on the account for the Clontarf job.

Thanks a million,
Declan
Liffey Plumbing & Heating
""",
 lab("Liffey Plumbing & Heating", OMIT, None, OMIT, OMIT, None, [
   ln("CMP-EL15", "15mm compression elbows", 12, "EA"),
   ln("CMP-EL22", "22mm compression elbows", 6, "EA"),
   ln("TAPC15", "tap connectors 15mm x 1/2", 10, "EA"),
   ln("STC15", "15mm stopcocks", 5, "EA"),
   ln("SIL-WH", "white silicone", 2, "EA"),
   ln("PTFE-GAS", "yellow gas tape", 2, "RL")])))

A(doc("25_keller_german_english.eml", "Markus Keller <m.keller@keller-haustechnik.de>", S,
 "Order B-26-1187", "Thu, 19 Nov 2026 10:10:10 +0100",
"""Dear Sirs,

we would like to order following positions:

1) 6 pieces copper pipe 22 mm, length 6 m
2) 10 pcs. copper pipe 15mm, 6m
3) 2 pcs. Pex-pipe 16x2 in coil of 100 m
4) 20 pcs. ball valve 1/2" inner thread (F/F)
5) 30 pcs. solder ring elbow 22mm

Please deliver until 27.11.2026 to:
Haustechnik Keller GmbH
Lager
Robert-Bosch-Str. 8
71229 Leonberg

Our order no.: B-26-1187

With kind regards

Markus Keller
Haustechnik Keller GmbH
""",
 lab("Haustechnik Keller GmbH", "B-26-1187", None, "2026-11-27", OMIT,
     ship("Haustechnik Keller GmbH", "Robert-Bosch-Str. 8", "Leonberg", None, "71229"), [
   ln("CU22-6", "copper pipe 22 mm length 6 m", 6, "LEN"),
   ln("CU15-6", "copper pipe 15mm 6m", 10, "LEN"),
   ln("PEXA16-100", "Pex-pipe 16x2 coil 100 m", 2, "CL"),
   ln("BV12-FF", 'ball valve 1/2" F/F', 20, "EA"),
   ln("SR-EL22", "solder ring elbow 22mm", 30, "EA")])))

A(doc("26_tui_nz_order.eml", "Aroha Ngata <office@tuielectrical.co.nz>", S,
 "PO TE-5540", "Mon, 23 Nov 2026 08:40:00 +1300",
"""Hi team,

PO TE-5540 please:

2 x 2.5 TPS 100m
1 x 1.5 TPS 100m
30 x RCBO 20A
10 x SKT2G-WH

Deliver to 22 Kahu Road, Hornby, Christchurch 8042. Need it by 26/11 - and please actually
send it this time!

Nga mihi,
Aroha
""",
 lab("Tui Electrical Ltd", "TE-5540", None, "2026-11-26", OMIT,
     ship(None, "22 Kahu Road", "Christchurch", None, "8042"), [
   ln("TPS25-100", "2.5 TPS 100m", 2, "RL"),
   ln("TPS15-100", "1.5 TPS 100m", 1, "RL"),
   ln("RCBO-B20", "RCBO 20A", 30, "EA"),
   ln("SKT2G-WH", "SKT2G-WH", 10, "EA")])))

fen = [["FENLAND ELECTRICAL CONTRACTORS - MATERIAL ORDER"],
       ["PO:", "FEC-0612"],
       ["Job:", "Plot 3, Leverington Road, Wisbech PE13 1PQ"],
       ["Delivery:", "w/c 30/11"],
       [],
       ["Item", "Qty", "Unit", "Notes"],
       ["2.5mm T&E", 300, "m", "cut lengths fine"],
       ["6mm T&E", 40, "m", "cooker + shower"],
       ["1.5mm T&E", 2, "drum", "100m"],
       ["Double socket white", 28, "", ""],
       ["Double socket USB A+C", 6, "", "kitchen + beds"],
       ["1g 2way switch white", 14, "", ""],
       ["GU10 LED 5w 3000k non dim", 40, "", ""],
       ["Metal back box 2g 35mm", 34, "", ""],
       ["10 way dual RCD board", 1, "", "metal clad"],
       [],
       ["Ordered by", "Neil Forster"]]
A(doc("27_fenland_xlsx.eml", "Neil Forster <neil@fenlandelectrical.co.uk>", S,
 "Plot 3 materials", "Tue, 24 Nov 2026 18:22:41 +0000",
"""Evening, list for plot 3 attached. Cheers, Neil
""",
 lab("Fenland Electrical Contractors", "FEC-0612", None, OMIT, OMIT,
     ship(OMIT, "Leverington Road", "Wisbech", None, "PE13 1PQ"), [
   ln("TE25-M", "2.5mm T&E", 300, "M"),
   ln("TE60-M", "6mm T&E", 40, "M"),
   ln("TE15-100", "1.5mm T&E drum 100m", 2, "DRM"),
   ln("SKT2G-WH", "Double socket white", 28, "EA"),
   ln("SKT2GUSBC-WH", "Double socket USB A+C", 6, "EA"),
   ln("SW1G2W-WH", "1g 2way switch white", 14, "EA"),
   ln("GU10-5W30", "GU10 LED 5w 3000k non dim", 40, "EA"),
   ln("BBM2G35", "Metal back box 2g 35mm", 34, "EA"),
   ln("CU10-DRCD", "10 way dual RCD board", 1, "EA")]),
 atts=[("plot3_materials.xlsx", xlsx([("Order", fen)]))]))

A(doc("28_ridgeway_ooo.eml", "Travis Boone <tboone@ridgewayelectric.com>", S,
 "Automatic reply: Order confirmation SO-887123", "Tue, 24 Nov 2026 07:00:02 -0600",
"""I am out of the office through Monday 11/30 with limited access to email. For urgent
material needs please contact our warehouse at (972) 555-0150 or purchasing@ridgewayelectric.com.

Thanks,
Travis
""",
 lab("Ridgeway Electric LLC", kind="not_an_order")))

A(doc("29_coastline_codes_pickup.eml", "Josh Reilly <josh@coastlinesparkies.com.au>", S,
 "CS-1127 pickup", "Wed, 25 Nov 2026 06:15:09 +1000",
"""Morning legends

PO CS-1127, will pick up from the counter this arvo

40 x DL6-CCT
2 x boxes wago 221-413
1 box 5 way wagos
6 x bulkhead emergency maintained

ta
Josh
""",
 lab("Coastline Sparkies Pty Ltd", "CS-1127", None, None, OMIT, None, [
   ln("DL6-CCT", "DL6-CCT", 40, "EA"),
   ln("WG221-413", "wago 221-413", 2, "BX"),
   ln("WG221-415", "5 way wagos", 1, "BX"),
   ln("EMB3M", "bulkhead emergency maintained", 6, "EA")])))

A(doc("30_odriscoll_quote_reply.eml", "Ciarán O'Driscoll <ciaran@odriscollelectrical.ie>", "Niamh Walsh <niamh.walsh@voltflow-trade.com>",
 "RE: Quotation Q-IE-2231 - Carrigaline warehouse", "Thu, 26 Nov 2026 17:05:33 +0000",
"""Niamh,

Go ahead with the quote but drop the floodlights, and make the battens the 5ft twins instead of
the singles. PO OD-2611-12. Delivery to the Carrigaline site as before.

Ciarán

On Tue, 24 Nov 2026 at 11:02, Niamh Walsh <niamh.walsh@voltflow-trade.com> wrote:
> Hi Ciarán,
>
> Thanks for the enquiry, please see pricing below for the Carrigaline warehouse:
>
>   20 x BTN5-1  LED batten 5ft 50W single 4000K      EUR 14.90 ea
>    6 x FL50-N  LED floodlight 50W 4000K IP65         EUR 16.50 ea
>   12 x EMB3M   Emergency bulkhead 3hr maintained     EUR 19.80 ea
>  200 m SWA3C25-M  SWA 3C 2.5mm2                      EUR 2.65 /m
>
> Prices valid 30 days, ex VAT, delivered.
>
> Kind regards,
> Niamh Walsh
> Internal Sales | Voltflow Trade Supplies
""",
 lab("O'Driscoll Electrical Services", "OD-2611-12", None, None, "EUR", OMIT, [
   ln("BTN5-2", "LED batten 5ft twin", 20, "EA"),
   ln("EMB3M", "Emergency bulkhead 3hr maintained", 12, "EA", 19.80),
   ln("SWA3C25-M", "SWA 3C 2.5mm2", 200, "M", 2.65)])))

rw = [["PO_Number", "Line", "Vendor_Item", "Description", "Qty", "UOM", "Unit_Price", "Need_Date", "Ship_To_Name", "Ship_To_Address", "Ship_To_City", "Ship_To_State", "Ship_To_Zip"]]
for i, (sku, d, q, u, p) in enumerate([
    ("NMB12-2", "ROMEX 12/2 WG 250'", 10, "CL", "132.00"),
    ("NMB14-2", "ROMEX 14/2 WG 250'", 12, "CL", "89.00"),
    ("NMB10-3", "ROMEX 10/3 WG 125'", 2, "CL", "176.00"),
    ("DUP15-WH", "DUPLEX RCPT 15A TR WHT", 200, "EA", "1.20"),
    ("DUP20-WH", "DUPLEX RCPT 20A TR WHT", 50, "EA", "2.90"),
    ("QO115", "QO115 BREAKER", 24, "EA", "9.80"),
    ("QO230", "QO230 BREAKER", 6, "EA", "21.50")], 1):
    rw.append(["26-1201-RE", i, sku, d, q, u, p, "11/23/2026", "RIDGEWAY ELECTRIC - WILLOW CREEK LOT 18", "4815 Willow Creek Dr", "McKinney", "TX", "75071"])
A(doc("31_ridgeway_csv.eml", "Ridgeway Purchasing <purchasing@ridgewayelectric.com>", S,
 "PO 26-1201-RE", "Wed, 18 Nov 2026 14:41:00 -0600",
"""PO 26-1201-RE attached as CSV. Please confirm.

Ridgeway Electric LLC - Purchasing
""",
 lab("Ridgeway Electric LLC", "26-1201-RE", None, "2026-11-23", OMIT,
     ship("RIDGEWAY ELECTRIC - WILLOW CREEK LOT 18", "4815 Willow Creek Dr", "McKinney", "TX", "75071"),
     [ln(r[2], r[3], r[4], r[5], float(r[6])) for r in rw[1:]]),
 atts=[("PO_26-1201-RE.csv", csvtext(rw))]))

A(doc("32_kestrel_site_po_to_follow.eml", "Lee Barker <lee.barker@kestrelbuild.co.uk>", S,
 "Meadow View - conduit etc", "Thu, 19 Nov 2026 12:03:58 +0000",
"""Hi,

Can you get these sent out to Meadow View (Shinfield Road, Reading RG2 9BE) tomorrow please,
purchasing will send the PO over later today.

40 lengths 25mm white conduit
50 25mm couplers
30 x 25x16 mini trunking
4 packs hammer fixings 6x60
5 packs brown plugs
3 boxes 4x40 screws

Lee Barker
Site Manager - Kestrel Build
07700 900 552
""",
 lab("Kestrel Build Contractors Ltd", None, None, OMIT, OMIT,
     ship(OMIT, "Shinfield Road", "Reading", None, "RG2 9BE"), [
   ln("CND25W", "25mm white conduit", 40, "LEN"),
   ln("CPL25W", "25mm couplers", 50, "EA"),
   ln("TRK2516", "25x16 mini trunking", 30, "LEN"),
   ln("HF660", "hammer fixings 6x60", 4, "PK"),
   ln("PLG-BRN", "brown plugs", 5, "PK"),
   ln("SCR4040", "4x40 screws", 3, "BX")])))
