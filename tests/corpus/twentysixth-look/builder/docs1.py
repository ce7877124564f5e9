from base import *
S="Boxline Packaging Orders <orders@boxlinepack.com>"

eml("01_hartwell_weekly.eml","Dean Foulkes <d.foulkes@hartwell-logistics.co.uk>",S,"Order - DC2 consumables wk49","Mon, 30 Nov 2026 07:42:10 +0000",
"""Morning,

Please can we get the below on for DC2, PO HL-DC2-11873.

SWB-305-229-152 x 40 bundles
SWB-406-305-305 x 20 bundles
TAP-AC-48-66-BRN  x 6 cases
Stretch 500mm 23mu clear - 10 cases
Pallets 1200x1000 used - 60

Delivery Thursday 3rd Dec please, goods in closes 2pm.

Cheers
Dean Foulkes
Warehouse Supervisor - DC2
Hartwell Logistics Ltd
Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB
T: 01604 762 118
""",
label(cust="C1001",po="HL-DC2-11873",rd="2026-12-03",
 lines=[("SWB-305-229-152",None,"SWB-305-229-152",40,"BDL"),("SWB-406-305-305",None,"SWB-406-305-305",20,"BDL"),
 ("TAP-AC-48-66-BRN",None,"TAP-AC-48-66-BRN",6,"CS"),("SFH-500-23",None,"Stretch 500mm 23mu clear",10,"CS"),
 ("PAL-UK-1210-USED",None,"Pallets 1200x1000 used",60,"EA")]))

eml("02_ridgeback_prose.eml","Hannah Oduya <hannah@ridgebackbrewing.co.uk>",S,"boxes + tape","Tue, 01 Dec 2026 16:05:51 +0000",
"""Hi Boxline team,

Could we order thirty bundles of the 12x12x12 double wall boxes (the ones we use for the 12-can packs), ten bundles of 10x10x10 double wall, and four cases of fragile tape (red and white one) please, plus two boxes of the 19mm buckles and two rolls of 19mm cord strap while you're at it. Our PO is RBC/0457.

Usual address at the brewery. Any day next week is fine.

Thanks!
Hannah
Ridgeback Brewing Co - taproom & packaging
14 Mowbray Street, Sheffield S3 8EN
""",
label(cust="C1002",po="RBC/0457",rd="omit",
 shipto=ship("omit","14 Mowbray Street","Sheffield",None,"S3 8EN","GB"),
 lines=[("DWB-305-305-305",None,"12x12x12 double wall boxes",30,"BDL"),("DWB-254-254-254",None,"10x10x10 double wall",10,"BDL"),
 ("TAP-FR-48-66-WHT",None,"fragile tape (red and white)",4,"CS"),("BKL-19",None,"19mm buckles",2,"BX"),("STR-COR-19-500",None,"19mm cord strap",2,"RL")]))

eml("03_kilnworks_samebutdouble.eml","Sue Pennington <sue@kilnworks.co.uk>",S,"Re: Kilnworks order - November","Wed, 02 Dec 2026 10:14:33 +0000",
"""Hello Priya,

Same as last month but double the tape please. Can you put PO KW-1226 on it this time.

Thanks
Sue

Sue Pennington | Kilnworks Pottery
Gladstone Works, Uttoxeter Road, Longton, Stoke-on-Trent ST3 1PQ

-----Original Message-----
From: Sue Pennington <sue@kilnworks.co.uk>
Sent: 03 November 2026 09:02
To: orders@boxlinepack.com
Subject: Kilnworks order - November

Hi Priya, November order please, PO KW-1125:

- 8 bundles 9x6x6 single wall
- 6 bundles 12x9x9 single wall
- 2 rolls large bubble 1000mm
- 3 bags white loose fill
- 2 cases brown 48mm acrylic tape

Sue
""",
label(cust="C1003",po="KW-1226",
 lines=[("SWB-229-152-152",None,"9x6x6 single wall",8,"BDL"),("SWB-305-229-229",None,"12x9x9 single wall",6,"BDL"),
 ("BUB-L-1000-50",None,"large bubble 1000mm",2,"RL"),("VF-CHIP-15",None,"white loose fill",3,"BAG"),
 ("TAP-AC-48-66-BRN",None,"brown 48mm acrylic tape",4,"CS")]))

eml("04_pinecraft_correction.eml","Callum Reid <callum.reid@pinecraft.scot>",S,"RE: PO 30418 - strapping & boxes","Thu, 03 Dec 2026 11:47:02 +0000",
"""Sorry, make that 6 rolls of the 12mm black strapping not 4, everything else as below.

Callum

From: Callum Reid
Sent: 03 December 2026 11:20
To: Boxline Packaging Orders
Subject: PO 30418 - strapping & boxes

Hi,

PO 30418 please:

4 x 12mm x 3000m PP strapping black
2 x box metal seals 12mm
12 bundles DW carton 610 x 457 x 457mm
5 bundles edge protectors 35mm x 1m
3 x 1500mm small bubble rolls

Deliver to our workshop, 22 Hillington Park Road, Glasgow G52 4NQ, by Weds 9/12 latest.

Thanks,
Callum Reid
Production Manager, Pinecraft Furniture Ltd
""",
label(cust="C1004",po="30418",rd="2026-12-09",
 shipto=ship("omit","22 Hillington Park Road","Glasgow",None,"G52 4NQ","GB"),
 lines=[("STR-PP-12-3000-BLK",None,"12mm x 3000m PP strapping black",6,"RL"),("SEAL-12-2000",None,"metal seals 12mm",2,"BX"),
 ("DWB-610-457-457",None,"DW carton 610 x 457 x 457mm",12,"BDL"),("EP-35-1000",None,"edge protectors 35mm x 1m",5,"BDL"),
 ("BUB-S-1500-100",None,"1500mm small bubble",3,"RL")]))

eml("05_inkwell_tsv.eml","Marta Kowalczyk <purchasing@inkwellprint.co.uk>",S,"Purchase order IP-2026-0981","Thu, 03 Dec 2026 14:30:00 +0000",
"""Hello,

Pasting this month's list from our sheet, PO IP-2026-0981, order date 03/12/2026.

Code\tDescription\tQty\tUnit\tPrice
BBE-C4\tA4 board backed envelopes\t20\tbox\t24.00
BBE-C3\tA3 board backed\t10\tbox\t28.00
MB-WHT-305405\tWhite mailing bags 305x405\t4\tbox\t30.60
LBL-TT-10050-2000\tTT labels 100x50 76 core\t12\troll\t9.00
TAP-AC-48-66-CLR\tClear tape 48mm\t3\tcase\t18.50

Prices as per your October quote (GBP). Deliver to 3 Feeder Road, Bristol BS2 0SB.

Kind regards
Marta Kowalczyk
Purchasing | Inkwell Print Ltd
""",
label(cust="C1005",po="IP-2026-0981",od="2026-12-03",cur="GBP",
 shipto=ship("omit","3 Feeder Road","Bristol",None,"BS2 0SB","GB"),
 lines=[("BBE-C4",None,"A4 board backed envelopes",20,"BX",24.00),("BBE-C3",None,"A3 board backed",10,"BX",28.00),
 ("MB-WHT-305405",None,"White mailing bags 305x405",4,"BX",30.60),("LBL-TT-10050-2000",None,"TT labels 100x50 76 core",12,"RL",9.00),
 ("TAP-AC-48-66-CLR",None,"Clear tape 48mm",3,"CS",18.50)]))

eml("06_atlantic_erp.eml","ap-purchasing@atlanticfulfilment.ie",S,"Purchase Order 0000070215","Fri, 04 Dec 2026 06:00:12 +0000",
"""PURCHASE ORDER                         ATLANTIC FULFILMENT LTD
PO NUMBER : 0000070215                 PO DATE  : 04.12.2026
SUPPLIER  : BOXLINE PACKAGING          REQ DATE : 10.12.2026
DELIVER TO: ATLANTIC FULFILMENT LTD, UNIT 4, BALLYBRIT BUSINESS PARK,
            GALWAY, CO. GALWAY, H91 X2Y7
------------------------------------------------------------------------
LN  OUR ITEM    SUPP ITEM           DESCRIPTION              QTY  UOM     PRICE
010 AF-PK-0031  MB-GRY-250350       GREY MAILER 250X350        30  BOX    12.58
020 AF-PK-0032  MB-GRY-400525       GREY MAILER 400X525        12  BOX    45.00
030 AF-PK-0107  LBL-DT-100150-1000  LABEL 100X150 DT           80  ROLL    7.50
040 AF-PK-0210  SFH-500-17          STRETCH 500 17MU           15  CASE   34.00
050 AF-PK-0415  TAP-HM-48-66-CLR    TAPE HOTMELT 48 CLR        10  CASE   21.00
------------------------------------------------------------------------
CURRENCY: EUR                              PRINTED BY: SYSTEM / JOB PO120
THIS IS A COMPUTER GENERATED DOCUMENT. NO SIGNATURE REQUIRED.
""",
label(cust="C1006",po="0000070215",od="2026-12-04",rd="2026-12-10",cur="EUR",
 shipto=ship("Atlantic Fulfilment Ltd","Unit 4, Ballybrit Business Park","Galway","Co. Galway","H91 X2Y7","IE"),
 lines=[("MB-GRY-250350","AF-PK-0031","GREY MAILER 250X350",30,"BX",12.58),("MB-GRY-400525","AF-PK-0032","GREY MAILER 400X525",12,"BX",45.00),
 ("LBL-DT-100150-1000","AF-PK-0107","LABEL 100X150 DT",80,"RL",7.50),("SFH-500-17","AF-PK-0210","STRETCH 500 17MU",15,"CS",34.00),
 ("TAP-HM-48-66-CLR","AF-PK-0415","TAPE HOTMELT 48 CLR",10,"CS",21.00)]))

eml("07_burren_shopowner.eml","Aoife Brennan <aoife@burrensoap.ie>",S,"small order from Burren Soap :)","Fri, 04 Dec 2026 21:33:48 +0000",
"""Hi there,

Christmas rush has wiped us out! Could I get:

2 boxes of the gold padded envelopes H/5
a box of the A5 board backed ones (pack of 100)
1 roll of 300mm bubble wrap
and the green biodegradable loose fill, 2 bags

Also do ye do tissue paper? If so 1 ream of white, if not no worries.

Ship to the shop on Main Street Lisdoonvarna as usual. Our ref is Aoife-Dec-2.

Go raibh maith agat,
Aoife
Burren Soap Company
""",
label(cust="C1007",po="Aoife-Dec-2",
 lines=[("PE-H5-GLD",None,"gold padded envelopes H/5",2,"BX"),("BBE-C5",None,"A5 board backed (pack of 100)",1,"BX"),
 ("BUB-S-300-100",None,"300mm bubble wrap",1,"RL"),("VF-CHIP-15-GRN",None,"green biodegradable loose fill",2,"BAG"),
 (None,None,"tissue paper white",1,"EA")]))

eml("08_lakeshore_inches.eml","Tyler Brandt <tyler@lakeshoreoutfitters.com>",S,"PO 10442 - packaging restock","Mon, 07 Dec 2026 14:12:09 -0500",
"""Hi,

PO# 10442 for Lakeshore Outfitters. Please ship ground to our warehouse:

Lakeshore Outfitters
4410 Kraft Ave SE
Grand Rapids, MI 49512

- 12x9x6 single wall boxes: 50 bundles
- 18x12x12 single wall: 25 bundles
- 2" clear hot melt tape, 110yd - 8 cases
- 18" 80 gauge hand stretch wrap - 6 cases
- 4x6 thermal labels 1000/roll - 40 rolls

Need by 12/15/2026. Please confirm pricing matches last invoice.

Thanks,
Tyler Brandt
Operations Lead | Lakeshore Outfitters LLC
(616) 555-0148
""",
label(cust="C1008",po="10442",rd="2026-12-15",
 shipto=ship("Lakeshore Outfitters","4410 Kraft Ave SE","Grand Rapids","MI","49512","US"),
 lines=[("SWB-305-229-152",None,"12x9x6 single wall boxes",50,"BDL"),("SWB-457-305-305",None,"18x12x12 single wall",25,"BDL"),
 ("TAP-US-HM-2-110-CLR",None,"2\" clear hot melt tape, 110yd",8,"CS"),("SFH-US-18-80",None,"18\" 80 gauge hand stretch wrap",6,"CS"),
 ("LBL-US-4X6-1000",None,"4x6 thermal labels 1000/roll",40,"RL")]))

eml("09_copperline_short.eml","jen@copperlineprint.com",S,"mailers","Mon, 07 Dec 2026 09:51:00 -0700",
"""need 6 cs of the 10x13 poly mailers and 4 cs 14.5x19. PO 5521-JM. thx

Jen M.
Copperline Print & Sign
sent from my iPhone
""",
label(cust="C1009",po="5521-JM",
 lines=[("MB-US-1013",None,"10x13 poly mailers",6,"CS"),("MB-US-1417",None,"14.5x19 poly mailers",4,"CS")]))

eml("10_redbarn_pallets.eml","Gary Stoltzfus <gstoltzfus@redbarnfurniture.com>",S,"Order for Red Barn - PO RB-88107","Tue, 08 Dec 2026 08:03:44 -0500",
"""Good morning,

Please enter the following order.

PO: RB-88107
Date: 12/8/2026
Ship to: Red Barn Furniture Co., 1180 Hershey Rd, Lancaster, PA 17601
Required: 12/18/2026

  Qty   Item
  100   48x40 pallets, grade A
   10   20" machine stretch wrap 80 ga 5000' rolls
   16   24x18x18 double wall boxes (bundles)
    8   15x12x10 DW (bundles)
    4   cord strapping 16mm x 850m
    2   boxes 16mm buckles (1000 ct)

Gary Stoltzfus
Shipping & Receiving
Red Barn Furniture Co.
""",
label(cust="C1010",po="RB-88107",od="2026-12-08",rd="2026-12-18",
 shipto=ship("Red Barn Furniture Co.","1180 Hershey Rd","Lancaster","PA","17601","US"),
 lines=[("PAL-US-4840-A",None,"48x40 pallets, grade A",100,"EA"),("SFM-US-20-80",None,"20\" machine stretch wrap 80 ga 5000' rolls",10,"RL"),
 ("DWB-610-457-457",None,"24x18x18 double wall boxes",16,"BDL"),("DWB-381-305-254",None,"15x12x10 DW",8,"BDL"),
 ("STR-COR-16-850",None,"cord strapping 16mm x 850m",4,"RL"),("BKL-16",None,"16mm buckles (1000 ct)",2,"BX")]))

eml("11_northbound_forward.eml","Priyanka Nair <pnair@northbound3pl.ca>",S,"FW: consumables for Bldg B - please order","Tue, 08 Dec 2026 10:20:31 -0500",
"""Hi Boxline,

Please see below from Marc on our floor team - can you process this as PO NB-B-26-3310. Ship to Building B, 6500 Kestrel Rd, Mississauga ON L5T 1Z6.

Thanks,
Priyanka Nair
Procurement Coordinator | Northbound 3PL Inc.

---------- Forwarded message ---------
From: Marc Gagnon <mgagnon@northbound3pl.ca>
Date: Mon, Dec 7, 2026 at 4:48 PM
Subject: consumables for Bldg B - please order
To: Priyanka Nair <pnair@northbound3pl.ca>

Pri, we're almost out. Can you order:
 - stretch wrap 18" 90 gauge x 12 cases
 - 3" tape (the clear hot melt one) x 5 cases
 - 48x40 pallets x 40
 - big bubble 24" x 6 rolls (the 1/2" bubble)
Thanks, Marc
""",
label(cust="C1011",po="NB-B-26-3310",
 shipto=ship("omit","6500 Kestrel Rd","Mississauga","ON","L5T 1Z6","CA"),
 lines=[("SFH-US-18-90",None,"stretch wrap 18\" 90 gauge",12,"CS"),("TAP-US-HM-3-110-CLR",None,"3\" clear hot melt tape",5,"CS"),
 ("PAL-US-4840-A",None,"48x40 pallets",40,"EA"),("BUB-US-24-125L",None,"big bubble 24\" 1/2\"",6,"RL")]))

eml("12_maplemoss.eml","Jess Arsenault <orders@mapleandmoss.ca>",S,"Order - Maple & Moss","Wed, 09 Dec 2026 13:02:15 -0400",
"""Hello!

Here's our order for January production - PO MM-0112.

12 x 12 x 12 single wall boxes - 10 bundles
8x6x4 single wall - 20 bundles
Bubble roll 12" x 175' (small bubble) - 8 rolls
Loose fill - 6 bags (the white)
Fragile labels - 4 rolls

Please deliver the week of Jan 4th to 88 Ochterloney St, Dartmouth NS B2Y 1C6.

Thank you so much,
Jess
Maple & Moss Candle Co.
""",
label(cust="C1012",po="MM-0112",rd="omit",
 shipto=ship("omit","88 Ochterloney St","Dartmouth","NS","B2Y 1C6","CA"),
 lines=[("SWB-305-305-305",None,"12 x 12 x 12 single wall boxes",10,"BDL"),("SWB-203-152-102",None,"8x6x4 single wall",20,"BDL"),
 ("BUB-US-12-175",None,"Bubble roll 12\" x 175' (small bubble)",8,"RL"),("VF-CHIP-15",None,"Loose fill (white)",6,"BAG"),
 ("LBL-FRG-10050-500",None,"Fragile labels",4,"RL")]))
