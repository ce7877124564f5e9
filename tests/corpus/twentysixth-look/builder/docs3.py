from base import *
S="Boxline Packaging Orders <orders@boxlinepack.com>"

eml("26_unknown_willowwick.eml","Lottie Marsh <hello@willowandwick.co.uk>",S,"First order?","Sat, 05 Dec 2026 19:02:11 +0000",
"""Hello,

I run a small candle shop online (Willow & Wick) and found you via a friend. I'd like to place a first order if that's ok:

6x6x6 boxes single wall x 4 bundles
bubble wrap 500mm, 2 rolls
mailing bags grey 250 x 350 - 1 box

Please send to:
Willow & Wick
Flat 2, 18 Chapel Street
Hebden Bridge
West Yorkshire
HX7 8AD

I'll pay by card, let me know how. Thanks!
Lottie Marsh
""",
label(cust="Willow & Wick",
 shipto=ship("Willow & Wick","Flat 2, 18 Chapel Street","Hebden Bridge","West Yorkshire","HX7 8AD","GB"),
 lines=[("SWB-152-152-152",None,"6x6x6 boxes single wall",4,"BDL"),("BUB-S-500-100",None,"bubble wrap 500mm",2,"RL"),
 ("MB-GRY-250350",None,"mailing bags grey 250 x 350",1,"BX")]))

eml("27_unknown_summit.eml","Derek Olsen <derek@summitroasters.com>",S,"Order from Summit Coffee Roasters - PO 2026-118","Mon, 07 Dec 2026 11:30:40 -0700",
"""Hello,

We'd like to order:

(3) cases 2" tan hot melt tape
(20) bundles 10x10x10 single wall
(2) rolls 12" x 125' large bubble
(1) 2" tape dispenser

PO 2026-118. Ship to Summit Coffee Roasters, 620 Industrial Way, Unit C, Boulder, CO 80301. Net 30 if possible, otherwise card.

Derek Olsen
Summit Coffee Roasters
""",
label(cust="Summit Coffee Roasters",po="2026-118",
 shipto=ship("Summit Coffee Roasters","620 Industrial Way","Boulder","CO","80301","US"),
 lines=[("TAP-US-HM-2-110-TAN",None,"2\" tan hot melt tape",3,"CS"),("SWB-254-254-254",None,"10x10x10 single wall",20,"BDL"),
 ("BUB-US-12-125L",None,"12\" x 125' large bubble",2,"RL"),("TGD-48",None,"2\" tape dispenser",1,"EA")]))

eml("28_hartwell_dc1.eml","Kerry-Ann Doyle <k.doyle@hartwell-logistics.co.uk>",S,"DC1 order PO HL-DC1-04410","Tue, 08 Dec 2026 13:10:19 +0000",
"""Hi all

PO HL-DC1-04410 for DC1 (NOT DC2!) please:
Hartwell Logistics DC1, Plot 3 Grange Park, Northampton NN4 5EA

pallet wrap black 500mm x 8 cases (security loads)
prestretch 9mu x 12 cases
cable ties 370mm heavy duty black x 10 packs
euro pallets new x 24
half pallets x 30

ta
Kerry-Ann
""",
label(cust="C1001",po="HL-DC1-04410",
 shipto=ship("Hartwell Logistics DC1","Plot 3 Grange Park","Northampton",None,"NN4 5EA","GB"),
 lines=[("SFH-500-23-BLK",None,"pallet wrap black 500mm",8,"CS"),("SFP-450-9",None,"prestretch 9mu",12,"CS"),
 ("CT-370-76-BLK",None,"cable ties 370mm heavy duty black",10,"PK"),("PAL-EUR-1208-NEW",None,"euro pallets new",24,"EA"),
 ("PAL-HALF-0806",None,"half pallets",30,"EA")]))

eml("29_atlantic_typos.eml","Declan Moran <declan.moran@atlanticfulfilment.ie>",S,"top up order","Wed, 09 Dec 2026 15:41:08 +0000",
"""hi lads,

quick top up for the floor, can ye send out
bublewrap 500mm x 10 rolls
cable tyes 100mm blk x 20 bags
tape guns x 6
and 2 cases of the bown hotmelt tape 48mm

PO is AF-TOPUP-1209, Ciara in accounts will send the formal one.
Declan
""",
label(cust="C1006",po="AF-TOPUP-1209",
 lines=[("BUB-S-500-100",None,"bublewrap 500mm",10,"RL"),("CT-100-25-BLK",None,"cable tyes 100mm blk",20,"PK"),
 ("TGD-48",None,"tape guns",6,"EA"),("TAP-HM-48-66-BRN",None,"bown hotmelt tape 48mm",2,"CS")]))

eml("30_inkwell_a4mailers.eml","Tom Hale <tom@inkwellprint.co.uk>",S,"A4 mailers urgent","Thu, 10 Dec 2026 08:22:55 +0000",
"""Marta's off today - can we get 10 packs of A4 board backed mailers (pack of 100) out today or tomorrow morning? Also 2 boxes of the A3 ones. PO IP-2026-1003.

Tom Hale
Studio Manager, Inkwell Print
""",
label(cust="C1005",po="IP-2026-1003",
 lines=[("BBE-C4",None,"A4 board backed mailers (pack of 100)",10,"PK"),("BBE-C3",None,"A3 board backed",2,"BX")]))

eml("31_lakeshore_reply_change.eml","Tyler Brandt <tyler@lakeshoreoutfitters.com>",S,"Re: PO 10442 - packaging restock","Tue, 08 Dec 2026 09:40:02 -0500",
"""Hi again - change to PO 10442 before it ships:
- cancel the 4x6 labels (we found a pallet of them)
- 18x12x12 should be 30 bundles not 25
- add 2 cases of the 20" 80 gauge stretch wrap
Everything else the same. Same delivery date.

Tyler

On Mon, Dec 7, 2026 at 2:12 PM Tyler Brandt <tyler@lakeshoreoutfitters.com> wrote:
> PO# 10442 for Lakeshore Outfitters. Please ship ground to our warehouse:
> Lakeshore Outfitters
> 4410 Kraft Ave SE
> Grand Rapids, MI 49512
> - 12x9x6 single wall boxes: 50 bundles
> - 18x12x12 single wall: 25 bundles
> - 2" clear hot melt tape, 110yd - 8 cases
> - 18" 80 gauge hand stretch wrap - 6 cases
> - 4x6 thermal labels 1000/roll - 40 rolls
> Need by 12/15/2026.
""",
label(cust="C1008",po="10442",rd="2026-12-15",
 shipto=ship("Lakeshore Outfitters","4410 Kraft Ave SE","Grand Rapids","MI","49512","US"),
 lines=[("SWB-305-229-152",None,"12x9x6 single wall boxes",50,"BDL"),("SWB-457-305-305",None,"18x12x12 single wall",30,"BDL"),
 ("TAP-US-HM-2-110-CLR",None,"2\" clear hot melt tape, 110yd",8,"CS"),("SFH-US-18-80",None,"18\" 80 gauge hand stretch wrap",6,"CS"),
 ("SFH-US-20-80",None,"20\" 80 gauge stretch wrap",2,"CS")]))

eml("32_copperline_labels.eml","Jen Morales <jen@copperlineprint.com>",S,"PO 5534-JM labels + guns","Fri, 11 Dec 2026 10:05:12 -0700",
"""Hi Boxline,

PO 5534-JM:
24 rolls - 4x6 desktop labels (250 per roll, 1" core) @ $3.20
3 - 2 inch tape guns @ $6.50
1 case 2" clear HM tape @ $26.00

Ship to our shop: 2875 Walnut St, Denver CO 80205. Thanks!

Jen Morales
Copperline Print & Sign
""",
label(cust="C1009",po="5534-JM",cur="USD",
 shipto=ship("omit","2875 Walnut St","Denver","CO","80205","US"),
 lines=[("LBL-US-4X6-250",None,"4x6 desktop labels (250 per roll, 1\" core)",24,"RL",3.20),("TGD-48",None,"2 inch tape guns",3,"EA",6.50),
 ("TAP-US-HM-2-110-CLR",None,"2\" clear HM tape",1,"CS",26.00)]))

eml("33_northbound_cad.eml","Priyanka Nair <pnair@northbound3pl.ca>",S,"PO NB-A-26-3342","Mon, 14 Dec 2026 09:15:00 -0500",
"""Hello,

Please process PO NB-A-26-3342 for Building A (1250 Courtneypark Dr E, Mississauga ON L5T 1P2):

Qty 30 cs - Stretch wrap 18" x 70ga x 1500' @ $54.00/cs
Qty 10 cs - Poly mailer 12 x 15.5 @ $17.00/cs
Qty 50 ea - Pallet 48x40 recycled grade A @ $11.00
Qty 4 rl  - Bubble 24" x 175' 3/16" @ $25.00

Delivery requested Dec 18.

Thanks,
Priyanka Nair
Procurement Coordinator | Northbound 3PL Inc.
""",
label(cust="C1011",po="NB-A-26-3342",rd="2026-12-18",cur="omit",
 shipto=ship("omit","1250 Courtneypark Dr E","Mississauga","ON","L5T 1P2","CA"),
 lines=[("SFH-US-18-70",None,"Stretch wrap 18\" x 70ga x 1500'",30,"CS",54.00),("MB-US-1215",None,"Poly mailer 12 x 15.5",10,"CS",17.00),
 ("PAL-US-4840-A",None,"Pallet 48x40 recycled grade A",50,"EA",11.00),("BUB-US-24-175",None,"Bubble 24\" x 175' 3/16\"",4,"RL",25.00)]))

eml("34_southerncross_strap.eml","Liam O'Connell <l.oconnell@scwarehousing.com.au>",S,"strapping order - PO 77168","Tue, 15 Dec 2026 14:02:33 +1000",
"""Hi,

Brooke's on leave, I'm covering. PO 77168:

Strapping 12mm white x 10 rls
Pallet wrap 500 x 25um x 40 cartons
1 x tensioner for the PP strap
1 x sealer/crimper 12mm
Seals 12mm - 3 boxes

Same delivery address as always. Thanks mate.

Liam O'Connell
Southern Cross Warehousing
""",
label(cust="C1013",po="77168",
 lines=[("STR-PP-12-3000-WHT",None,"Strapping 12mm white",10,"RL"),("SFH-500-25",None,"Pallet wrap 500 x 25um",40,"CS"),
 ("STR-TEN-PP",None,"tensioner for the PP strap",1,"EA"),("STR-SEALER",None,"sealer/crimper 12mm",1,"EA"),
 ("SEAL-12-2000",None,"Seals 12mm",3,"BX")]))

eml("35_kiwiparcel_after.eml","Mereana Walker <mereana@kiwiparcel.co.nz>",S,"top-up order KPC-4433","Fri, 18 Dec 2026 11:18:27 +1300",
"""Hi team

KPC-4433 -

Grey bags 600x700 x5
Black bags 305x405 x15
Air pillow film 200x100 x 4
Tape 48 clear acrylic 66m x 3 cs

Deliver Tues 22 Dec pls. Thanks!
Mereana
""",
label(cust="C1015",po="KPC-4433",rd="2026-12-22",
 lines=[("MB-GRY-600700",None,"Grey bags 600x700",5,"BX"),("MB-BLK-305405",None,"Black bags 305x405",15,"BX"),
 ("VF-AIR-200100",None,"Air pillow film 200x100",4,"RL"),("TAP-AC-48-66-CLR",None,"Tape 48 clear acrylic 66m",3,"CS")]))

eml("36_highveld_reply.eml","Pieter van der Merwe <pieter@highveld-dist.co.za>",S,"RE: Order: Highveld HVD-PO-2291","Mon, 14 Dec 2026 10:02:51 +0200",
"""Hi Naledi

Thanks for the call - please change the fragile tape to the white/red one, and make the pallets 100 instead of 80. Rest stays.

Regards
Pieter

From: Pieter van der Merwe
Sent: Monday, 14 December 2026 07:30
To: Boxline Packaging Orders
Subject: Order: Highveld HVD-PO-2291

Morning

Order number HVD-PO-2291. Please deliver to 56 Electron Avenue, Isando, Kempton Park 1600.

Pallets 1200 x 1000 new - eighty (80)
Stretch film machine 17 mic 1500 m - sixteen rolls
Fragile tape - five cases
Edge protectors 35 mm - ten bundles
""",
label(cust="C1018",po="HVD-PO-2291",
 shipto=ship("omit","56 Electron Avenue","Kempton Park",None,"1600","ZA"),
 lines=[("PAL-UK-1210-NEW",None,"Pallets 1200 x 1000 new",100,"EA"),("SFM-500-17-1500",None,"Stretch film machine 17 mic 1500 m",16,"RL"),
 ("TAP-FR-48-66-WHT",None,"Fragile tape white/red",5,"CS"),("EP-35-1000",None,"Edge protectors 35 mm",10,"BDL")]))

eml("37_deccan_hsn.eml","Vikram Rao <vikram.rao@deccaneretail.in>",S,"PO DER-FC1-5561 - consumables","Wed, 16 Dec 2026 16:40:10 +0530",
"""Dear Boxline Team,

Please find PO DER-FC1-5561 dated 16.12.2026 for FC-1 Chakan.

1) Corrugated box 3 ply 203x152x102 mm (HSN 4819) - 200 bundles
2) Corrugated box 3 ply 305x229x152 mm (HSN 4819) - 150 bundles
3) BOPP tape brown 48mm x 132m (HSN 3919) - 20 cases
4) Label 38x25 mm DT 2000/roll - 30 rolls

Delivery: Deccan eRetail FC-1, Survey No. 42, Chakan MIDC Phase II, Pune, Maharashtra 410501
Please share proforma invoice with GST.

Regards,
Vikram Rao
Procurement, Deccan eRetail Pvt Ltd
""",
label(cust="C1020",po="DER-FC1-5561",od="2026-12-16",
 shipto=ship("Deccan eRetail FC-1","Survey No. 42","Pune","Maharashtra","410501","IN"),
 lines=[("SWB-203-152-102",None,"Corrugated box 3 ply 203x152x102 mm",200,"BDL"),("SWB-305-229-152",None,"Corrugated box 3 ply 305x229x152 mm",150,"BDL"),
 ("TAP-AC-48-132-BRN",None,"BOPP tape brown 48mm x 132m",20,"CS"),("LBL-DT-3825-2000",None,"Label 38x25 mm DT 2000/roll",30,"RL")]))

eml("38_vandijk_en.eml","Bram Jansen <b.jansen@vandijklogistiek.nl>",S,"order VDL-26-0957 (english)","Fri, 18 Dec 2026 08:44:00 +0100",
"""Hello,

For our new client we need extra material, order VDL-26-0957:
40 pcs plastic pallets 1200x1000, 12 rolls PET strapping green 16mm, 2 boxes seals 16mm and 20 bundles edge protection 35x35 1000mm.
Delivery 30-12-2026, Kraaivenstraat 21, Tilburg.

Regards, Bram Jansen
Van Dijk Logistiek
""",
label(cust="C1023",po="VDL-26-0957",rd="2026-12-30",
 shipto=ship("omit","Kraaivenstraat 21","Tilburg",None,"omit","NL"),
 lines=[("PAL-PLS-1210",None,"plastic pallets 1200x1000",40,"EA"),("STR-PET-16-1000",None,"PET strapping green 16mm",12,"RL"),
 ("SEAL-16-1000",None,"seals 16mm",2,"BX"),("EP-35-1000",None,"edge protection 35x35 1000mm",20,"BDL")]))

eml("39_ridgeback_words.eml","Owen Pryce <owen@ridgebackbrewing.co.uk>",S,"Keg fest packaging","Mon, 14 Dec 2026 12:00:12 +0000",
"""Hiya,

For the keg festival we need a hundred and fifty of the 381 x 305 x 254 single wall boxes - they come in bundles of 25 so that's six bundles. Plus twelve rolls of the blue vinyl tape and twelve of the yellow (so one case of each is fine, we'll use the rest). And a pallet's worth of the 1200x1000 new pallets, call it 20.

PO RBC/0471. Need them by Friday 18th December.

Owen
Ridgeback Brewing Co
""",
label(cust="C1002",po="RBC/0471",rd="2026-12-18",
 lines=[("SWB-381-305-254",None,"381 x 305 x 254 single wall boxes",6,"BDL"),("TAP-VN-48-33-BLU",None,"blue vinyl tape",1,"CS"),
 ("TAP-VN-48-33-YEL",None,"yellow vinyl tape",1,"CS"),("PAL-UK-1210-NEW",None,"1200x1000 new pallets",20,"EA")]))

eml("40_kilnworks_packs.eml","Ben Adeyemi <ben@kilnworks.co.uk>",S,"Studio bits","Wed, 16 Dec 2026 10:30:45 +0000",
"""Hi,

Ben from the Kilnworks studio. Could you add these to our account please, ref KW-1226B:

Cable ties 140mm black - pack of 100 x 5
Kraft paper roll 750mm wide x 2
Shredded paper 10kg bags x 3
Padded envelopes K/7 white x 1 box

Thanks
Ben
""",
label(cust="C1003",po="KW-1226B",
 lines=[("CT-140-36-BLK",None,"Cable ties 140mm black - pack of 100",5,"PK"),("VF-KRAFT-750-250",None,"Kraft paper roll 750mm wide",2,"RL"),
 ("VF-SHRED-10",None,"Shredded paper 10kg bags",3,"BAG"),("PE-K7",None,"Padded envelopes K/7 white",1,"BX")]))

eml("41_redbarn_words.eml","Gary Stoltzfus <gstoltzfus@redbarnfurniture.com>",S,"PO RB-88140","Wed, 16 Dec 2026 07:48:19 -0500",
"""Morning,

PO RB-88140. Need one hundred twenty 48x40 pallets and a dozen rolls of the machine stretch wrap (20 inch, 80 gauge), plus a strap dispenser cart. Deliver to the plant on Hershey Rd as usual, by 12/23.

Thanks,
Gary
""",
label(cust="C1010",po="RB-88140",rd="2026-12-23",
 lines=[("PAL-US-4840-A",None,"48x40 pallets",120,"EA"),("SFM-US-20-80",None,"machine stretch wrap (20 inch, 80 gauge)",12,"RL"),
 ("STR-DSP",None,"strap dispenser cart",1,"EA")]))

eml("42_pinecraft_inches_mix.eml","Callum Reid <callum.reid@pinecraft.scot>",S,"PO 30442","Fri, 18 Dec 2026 09:12:37 +0000",
"""Hi,

PO 30442, to the workshop please:

1. Edge protectors 50 x 50 x 1200 - 6 bdl
2. DW 16x12x12 - 10 bdl
3. DW 18x18x18 - 10 bdl
4. Large bubble 1500mm - 4 rolls
5. Hand strapping 12mm (the 1000m on the big core) - 6 rolls

Cheers,
Callum
""",
label(cust="C1004",po="30442",
 lines=[("EP-50-1200",None,"Edge protectors 50 x 50 x 1200",6,"BDL"),("DWB-406-305-305",None,"DW 16x12x12",10,"BDL"),
 ("DWB-457-457-457",None,"DW 18x18x18",10,"BDL"),("BUB-L-1500-50",None,"Large bubble 1500mm",4,"RL"),
 ("STR-PP-12-1000-HAND",None,"Hand strapping 12mm 1000m",6,"RL")]))

eml("43_burren_reorder.eml","Aoife Brennan <aoife@burrensoap.ie>",S,"Re: your order has been dispatched","Mon, 21 Dec 2026 10:01:02 +0000",
"""Brilliant thanks! While I have you, can I order another 3 boxes of the gold H/5 padded envelopes and 2 boxes of the white D/1 ones. Same address. Ref Aoife-Dec-3.

Aoife

On Fri 18 Dec 2026, Boxline Packaging <noreply@boxlinepack.com> wrote:
> Your order SO-558120 (ref Aoife-Dec-2) has been dispatched with An Post. Tracking: CE123456789IE
""",
label(cust="C1007",po="Aoife-Dec-3",
 lines=[("PE-H5-GLD",None,"gold H/5 padded envelopes",3,"BX"),("PE-D1",None,"white D/1 padded envelopes",2,"BX")]))

eml("44_maplemoss_change_addr.eml","Jess Arsenault <orders@mapleandmoss.ca>",S,"Order MM-0119 - ship to our pop-up","Tue, 22 Dec 2026 11:26:50 -0400",
"""Hi Boxline,

Order MM-0119, but this one goes to our Halifax pop-up shop, not the studio:

Maple & Moss Pop-Up
1535 Dresden Row
Halifax, NS B3J 3T1

- 5 bundles 9x6x6 single wall
- 2 cases 2" clear tape
- 1 bag green loose fill

Needs to be there by Dec 29th. Thanks!!
Jess
""",
label(cust="C1012",po="MM-0119",rd="2026-12-29",
 shipto=ship("Maple & Moss Pop-Up","1535 Dresden Row","Halifax","NS","B3J 3T1","CA"),
 lines=[("SWB-229-152-152",None,"9x6x6 single wall",5,"BDL"),("omit",None,"2\" clear tape",2,"CS"),
 ("VF-CHIP-15-GRN",None,"green loose fill",1,"BAG")]))
