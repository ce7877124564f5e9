from common import *

B = "Brackenridge Joinery Ltd"; HP = "Hallam & Pryce Locksmiths"; NG = "Northgate Facilities Management Ltd"
OV = "Oakvale Shopfitting Ltd"; TD = "Tamworth Door Systems Ltd"; LL = "Liffey Locks & Safes Ltd"
CJ = "Corrib Joinery Ltd"; KM = "Kingsmead Property Services Ltd"; AF = "Ardmore Facilities Ltd"

eml("e01_brackenridge_terse", "Craig Whitely <craig@brackenridgejoinery.co.uk>", "PO BJ-4471", (2026,12,7,7,42),
"""Morning,

PO BJ-4471

20 pr 4" fire hinges SSS
10 no. sashlocks 3 lever 2.5" SSS
10 pr Astra lever on rose satin s/s
10 intumescent lock kits

Deliver to site: Plot 14-22 Moorfield Rise, Garforth LS25 1QP
Need it Thurs 10th latest.

Craig
Brackenridge Joinery
""", PO(B, "BJ-4471", None, "2026-12-10", None, S(None, "Plot 14-22 Moorfield Rise", "Garforth", "LS25 1QP", "GB"), [
 L("HG-10276-G13-SSS", 20, "PR", '4" fire hinges SSS'),
 L("ML-SASH3-64-SSS", 10, "EA", 'sashlocks 3 lever 2.5" SSS'),
 L("LR-ASTRA-SSS", 10, "PR", "Astra lever on rose satin s/s"),
 L("INT-LOCK-SASH", 10, "EA", "intumescent lock kits")]))

eml("e02_hallam_cylinders", "Steve Pryce <steve@hallampryce.co.uk>", "order - cylinders", (2026,12,1,16,5),
"""Hi all

Order no HP 20981, please send:

6 x 35/45 euro cyl nickel
4x 40-40 thumbturn SN
10 x 30x30 brass euro
2 x 3* 35/35 anti snap
2 x 45/45 satin

usual address. cheers

Steve Pryce
Hallam & Pryce Locksmiths
0114 496 0721
""", PO(HP, "HP 20981", None, None, None, None, [
 L("EC-DD-3545-SN", 6, "EA", "35/45 euro cyl nickel"),
 L("EC-TT-4040-SN", 4, "EA", "40-40 thumbturn SN"),
 L("EC-DD-3030-PB", 10, "EA", "30x30 brass euro"),
 L("EC-3S-3535-SN", 2, "EA", "3* 35/35 anti snap"),
 L("EC-DD-4545-SN", 2, "EA", "45/45 satin")]))

eml("e03_northgate_fwd", "Priya Nandakumar <p.nandakumar@northgatefm.co.uk>", "FW: Door hardware - Salford Quays office refurb", (2026,11,30,10,12),
"""Hi Ashdown team,

Please supply the below against PO NFM-PO-118342. Deliver direct to site, attention Lee (site manager).
Note Lee's correction at the bottom - it's 8 closers not 6.

Kind regards
Priya Nandakumar | Procurement Coordinator
Northgate Facilities Management Ltd

---------- Forwarded message ---------
From: Lee Gorman <lee.gorman@northgate-fm.com>
Date: Fri, 27 Nov 2026 at 15:48
Subject: Door hardware - Salford Quays office refurb
To: Priya Nandakumar <p.nandakumar@northgatefm.co.uk>

Priya can you get these ordered for next week, site is:
Harbourside Point, 2nd floor
41 Anchorage Walk
Salford M50 3SD

- door closers EN2-4 silver x 6
- parallel arm brackets silver x 6
- kick plates 838 x 150 satin stainless x 12
- fire door keep shut signs x 12
- floor door stops satin x 10

Ta, Lee

PS sorry Priya - recounted, 8 closers and 8 brackets, not 6. Rest is right.
""", PO(NG, "NFM-PO-118342", None, None, None, S("Harbourside Point", "41 Anchorage Walk", "Salford", "M50 3SD", "GB"), [
 L("DC-EN24-SIL", 8, "EA", "door closers EN2-4 silver"),
 L("DC-PAB-SIL", 8, "EA", "parallel arm brackets silver"),
 L("KP-838150-SSS", 12, "EA", "kick plates 838 x 150 satin stainless"),
 L("SG-FDKS-SSS", 12, "EA", "fire door keep shut signs"),
 L("DS-FLR-SSS", 10, "EA", "floor door stops satin")]))

eml("e04_oakvale_table", "Jess Marlow <jess.marlow@oakvaleshopfit.co.uk>", "Purchase Order OSF/2026/0388 - Unit 27 Cabot Arcade", (2026,12,2,9,30),
"""Hi,

Please accept our order OSF/2026/0388 dated 02/12/2026 for the Cabot Arcade fit-out.

Our Code\tYour Code\tDescription\tQty\tUnit\tPrice
OV-PH600B\tPH-25-600-BLK\tPull handle 25x600 black\t6\tea\t£21.50
OV-PP300B\tPP-300-BLK\tPush plate 300x75 black\t6\tea\t£6.10
OV-KP838B\tKP-838150-BLK\tKick plate 838x150 black\t6\tea\t£17.90
OV-FS14\tDC-FS-EN14\tFloor spring EN1-4\t2\tea\t£158.00
OV-HGBLK\tHG-10276-G13-BLK\tHinge 102x76 black G13\t9\tpr\t£8.10

Delivery: Unit 27 Cabot Arcade, Broadmead, Bristol BS1 3XE — goods in via service yard off Penn Street, before 10am please.
Required by 9th December.

Thanks
Jess Marlow
Buyer, Oakvale Shopfitting Ltd
""", PO(OV, "OSF/2026/0388", "2026-12-02", "2026-12-09", "GBP", S(None, "Unit 27 Cabot Arcade", "Bristol", "BS1 3XE", "GB"), [
 L("PH-25-600-BLK", 6, "EA", "Pull handle 25x600 black", "OV-PH600B", 21.50),
 L("PP-300-BLK", 6, "EA", "Push plate 300x75 black", "OV-PP300B", 6.10),
 L("KP-838150-BLK", 6, "EA", "Kick plate 838x150 black", "OV-KP838B", 17.90),
 L("DC-FS-EN14", 2, "EA", "Floor spring EN1-4", "OV-FS14", 158.00),
 L("HG-10276-G13-BLK", 9, "PR", "Hinge 102x76 black G13", "OV-HGBLK", 8.10)]))

eml("e05_tamworth_correction", "Nadia Okafor <nadia@tamworthdoors.co.uk>", "RE: Order TDS-7710", (2026,12,3,11,20),
"""Sorry - make that 6 closers not 4. Everything else as below.

Nadia

-----Original Message-----
From: Nadia Okafor <nadia@tamworthdoors.co.uk>
Sent: 03 December 2026 10:52
To: orders@ashdown-ironmongery.co.uk
Subject: Order TDS-7710

Hello,

Order TDS-7710 please:

4 x cam action closer with slide rail, silver, EN1-4
6 pr Bexley return to door levers SSS
6 x euro sashlock 44 backset
6 x 35/35 thumbturn cylinders SN
6 x euro escutcheons satin

Deliver to our works as usual.

Thanks,
Nadia Okafor
Tamworth Door Systems Ltd
""", PO(TD, "TDS-7710", None, None, None, None, [
 L("DC-CAM-EN14-SIL", 6, "EA", "cam action closer with slide rail, silver, EN1-4"),
 L("LR-BEXLEY-SSS", 6, "PR", "Bexley return to door levers SSS"),
 L("ML-ESASH-44-SSS", 6, "EA", "euro sashlock 44 backset"),
 L("EC-TT-3535-SN", 6, "EA", "35/35 thumbturn cylinders SN"),
 L("ESC-EURO-SSS", 6, "EA", "euro escutcheons satin")]), in_reply_to="<tds7710@tamworthdoors.co.uk>")

eml("e06_liffey_chatty", "Declan Rafferty <declan@liffeylocks.ie>", "bits for the van", (2026,11,26,14,3),
"""Hi Sinead,

Hope you're keeping well. Grand week here, flat out with call-outs. Could you send me up a few bits for the van when you get a chance:

half a dozen of the 40mm brass padlocks
two of the 60mm brass ones
ten 30/30 nickel euro cylinders
and four of the 10/30 half cylinders while you're at it

Our ref is LLS-3391. No rush, next week is fine.

Thanks a mill,
Declan
Liffey Locks & Safes
""", PO(LL, "LLS-3391", None, None, None, None, [
 L("PL-BR-40", 6, "EA", "40mm brass padlocks"),
 L("PL-BR-60", 2, "EA", "60mm brass"),
 L("EC-DD-3030-SN", 10, "EA", "30/30 nickel euro cylinders"),
 L("EC-HALF-1030-SN", 4, "EA", "10/30 half cylinders")]))

eml("e07_corrib_prose", "Aoife Keane <aoife.keane@corribjoinery.ie>", "Order CJ-2026-551 - Knocknacarra apartments", (2026,12,4,8,55),
"""Hi,

We're fitting 12 fire doors at the Knocknacarra job and need ironmongery. Each door gets a pair and a half of hinges so that's 18 pair of the 4 inch grade 13 hinges in satin stainless, radius corners please to match what's on site. Also 12 tubular latches 2.5" SSS, 12 pairs of Bexley levers satin and 12 packs of intumescent hinge pads (packs of 10).

Can you also send 2 boxes of 4.5 x 40 stainless screws.

PO: CJ-2026-551
Site: Knocknacarra Court, Ballyloughane Road, Galway H91 KX2R
Need by 15/12/2026.

Regards,
Aoife Keane
Corrib Joinery Ltd
""", PO(CJ, "CJ-2026-551", None, "2026-12-15", None, S("Knocknacarra Court", "Ballyloughane Road", "Galway", "H91 KX2R", "IE"), [
 L("HG-10276-G13-SSS-RAD", 18, "PR", "4 inch grade 13 hinges satin stainless radius corners"),
 L("ML-TLATCH-64-SSS", 12, "EA", 'tubular latches 2.5" SSS'),
 L("LR-BEXLEY-SSS", 12, "PR", "Bexley levers satin"),
 L("INT-HINGE-10276", 12, "PK", "intumescent hinge pads (packs of 10)"),
 L("SCR-45X40-A2", 2, "BX", "4.5 x 40 stainless screws")]))

eml("e08_kingsmead_mk", "Tom Ashworth <t.ashworth@kingsmeadps.co.uk>", "Master keyed cylinders - suite KPS-MK-07 - PO 77120", (2026,12,2,13,14),
"""Hello,

Please supply the following, master keyed to our existing suite KPS-MK-07 (you hold the chart):

  8 off  Euro cylinder 35/35 satin nickel, MK
  4 off  Euro cylinder 35/45 satin nickel, MK
  2 off  Thumbturn 35/35, MK
  3 off  Master keys

PO 77120. Please deliver to:
Kingsmead PS - Wren House (caretaker)
22 Cotterill Road
London
E3 4RN

Tom Ashworth
Maintenance Manager
""", PO(KM, "77120", None, None, None, S("Kingsmead PS - Wren House (caretaker)", "22 Cotterill Road", "London", "E3 4RN", "GB"), [
 L("EC-DD-3535-SN-MK", 8, "EA", "Euro cylinder 35/35 satin nickel, MK"),
 L("EC-DD-3545-SN-MK", 4, "EA", "Euro cylinder 35/45 satin nickel, MK"),
 L("EC-TT-3535-SN-MK", 2, "EA", "Thumbturn 35/35, MK"),
 L("KEY-MASTER", 3, "EA", "Master keys")]))

eml("e09_brackenridge_after", "Craig Whitely <craig@brackenridgejoinery.co.uk>", "kick & push plates - PO BJ-4488", (2026,12,8,6,58),
"""Craig here, another one for Moorfield:

Kick plates 838x150 satin - 15
push plates 300x75 sss x15
Pull handles 19 x 300 satin bolt thru - 15
Fire door keep shut signs - 30

PO BJ-4488, same site as BJ-4471 (Plot 14-22 Moorfield Rise, Garforth LS25 1QP).

C.
""", PO(B, "BJ-4488", None, None, None, S(None, "Plot 14-22 Moorfield Rise", "Garforth", "LS25 1QP", "GB"), [
 L("KP-838150-SSS", 15, "EA", "Kick plates 838x150 satin"),
 L("PP-300-SSS", 15, "EA", "push plates 300x75 sss"),
 L("PH-19-300-SSS", 15, "EA", "Pull handles 19 x 300 satin bolt thru"),
 L("SG-FDKS-SSS", 30, "EA", "Fire door keep shut signs")]))

eml("e10_oakvale_b2b", "Jess Marlow <jess.marlow@oakvaleshopfit.co.uk>", "PO OSF/2026/0392", (2026,12,7,15,40),
"""Hi,

PO OSF/2026/0392 — shopfront doors, Harbour Street store.

4 pairs back to back pull handles 600 c/c 25mm matt black
4 x floor stop black
2 x flush bolt 200mm satin stainless

Deliver to Oakvale House as normal please.

Jess
""", PO(OV, "OSF/2026/0392", None, None, None, None, [
 L("PH-B2B-25-600-BLK", 4, "PR", "back to back pull handles 600 c/c 25mm matt black"),
 L("DS-FLR-BLK", 4, "EA", "floor stop black"),
 L("FB-200-SSS", 2, "EA", "flush bolt 200mm satin stainless")]))

eml("e11_hallam_quote", "Steve Pryce <steve@hallampryce.co.uk>", "RE: Quotation Q26-1187", (2026,12,4,9,2),
"""Hi Martin,

Happy with the quote, please proceed. Our order number HP 21004.

3-star 35/45 x 5 @ £41.00
3-star 40/40 x 5 @ £40.00
key cutting extra keys x 20 @ £2.50

Delivery to shop please.

Steve

> From: Martin Doyle <sales@ashdown-ironmongery.co.uk>
> Subject: Quotation Q26-1187
>
> Steve, as discussed: TS007 3 star 35/45 £41.00, 40/40 £40.00, extra keys £2.50 each. Valid 30 days.
""", PO(HP, "HP 21004", None, None, "GBP", None, [
 L("EC-3S-3545-SN", 5, "EA", "3-star 35/45", None, 41.00),
 L("EC-3S-4040-SN", 5, "EA", "3-star 40/40", None, 40.00),
 L("KEY-CUT", 20, "EA", "key cutting extra keys", None, 2.50)]), to=SALES)

eml("e12_ardmore_fire", "Ciara Moynihan <ciara.moynihan@ardmorefacilities.ie>", "Fire door remedials - order AFL/PO/06612", (2026,11,27,12,30),
"""Hi there,

Following our fire door survey at Lapps Quay please supply:

Item                                   Qty
Door closer EN 2-5 backcheck silver     5
Fire door keep locked signs             8
Intumescent kits for sash locks         5
Hinges 102x76 Gr13 SSS                 15 pairs

Order number AFL/PO/06612
Deliver to: Ardmore Facilities, c/o Lapps Quay House, 14 Lapps Quay, Cork T12 RW7D
Required date 11-12-2026

Many thanks
Ciara
""", PO(AF, "AFL/PO/06612", None, "2026-12-11", None, S("Ardmore Facilities, c/o Lapps Quay House", "14 Lapps Quay", "Cork", "T12 RW7D", "IE"), [
 L("DC-EN25-BC-SIL", 5, "EA", "Door closer EN 2-5 backcheck silver"),
 L("SG-FDKL-SSS", 8, "EA", "Fire door keep locked signs"),
 L("INT-LOCK-SASH", 5, "EA", "Intumescent kits for sash locks"),
 L("HG-10276-G13-SSS", 15, "PR", "Hinges 102x76 Gr13 SSS")]))

eml("e13_northgate_single", "Priya Nandakumar <p.nandakumar@northgatefm.co.uk>", "PO NFM-PO-118377", (2026,12,8,8,10),
"""Hi,

Quick one - PO NFM-PO-118377 for 1 floor spring EN1-4 c/w SSS cover plate, to our stores (Units 9-10 Trafford Edge Park, Manchester M17 1WQ).

Thanks
Priya
""", PO(NG, "NFM-PO-118377", None, None, None, S(None, "Units 9-10 Trafford Edge Park", "Manchester", "M17 1WQ", "GB"), [
 L("DC-FS-EN14", 1, "EA", "floor spring EN1-4 c/w SSS cover plate")]))

eml("e14_tamworth_rising", "Nadia Okafor <nadia@tamworthdoors.co.uk>", "Order TDS-7724 rising butts", (2026,12,8,10,1),
"""Hello,

TDS-7724:
Rising butt 3" brass LH - 5 pairs
Rising butt 3" brass RH - 3 pairs
Rising butts 4" SSS right hand - 2 pr

Deliver: Bolehall Manor (rear entrance), Amington Road, Tamworth, B77 3LH. Attn. site foreman.

Nadia
""", PO(TD, "TDS-7724", None, None, None, S("Bolehall Manor (rear entrance)", "Amington Road", "Tamworth", "B77 3LH", "GB"), [
 L("HG-RB-76-LH-PB", 5, "PR", 'Rising butt 3" brass LH'),
 L("HG-RB-76-RH-PB", 3, "PR", 'Rising butt 3" brass RH'),
 L("HG-RB-100-RH-SSS", 2, "PR", 'Rising butts 4" SSS right hand')]))

eml("e15_kingsmead_padlocks", "Tom Ashworth <t.ashworth@kingsmeadps.co.uk>", "PO 77134 padlocks for bin stores", (2026,12,7,14,22),
"""Hi,

PO 77134 - bin store padlocks:
3 packs of the 50mm brass keyed alike (4 per pack)
2 x closed shackle 60mm
5 x 4-digit combination padlocks 40mm

to Kingsmead PS Depot, 3 Rotherhithe Arches, Neptune Street, London SE16 7JP.

Thanks
Tom
""", PO(KM, "77134", None, None, None, S("Kingsmead PS Depot", "3 Rotherhithe Arches, Neptune Street", "London", "SE16 7JP", "GB"), [
 L("PL-BR-50-KA4", 3, "PK", "50mm brass keyed alike (4 per pack)"),
 L("PL-CS-60", 2, "EA", "closed shackle 60mm"),
 L("PL-COMB-40", 5, "EA", "4-digit combination padlocks 40mm")]))

# ---- unknown senders (not in customers.csv)
eml("e16_tolland_gmail", "Dave Tolland <dave.tolland.joinery@gmail.com>", "order please", (2026,12,5,19,47),
"""hiya,

got your number off Craig at Brackenridge, hope you can help. I need for a job in Otley:

4 morticce sash locks 3 lever 76mm
4 pair of hindges 3" x 2" brass
4 sets of the scroll lever handles in polished brass (pandora?)
4 keyhole escutions brass

deliver to 9 Bridge Street, Otley, West Yorks LS21 1BQ. I'll pay by card, ring me on 07700 900418.

cheers
Dave Tolland
Tolland Joinery
""", PO("Tolland Joinery", None, None, None, None, S(None, "9 Bridge Street", "Otley", "LS21 1BQ", "GB", "West Yorks"), [
 L("ML-SASH3-76-SSS", 4, "EA", "morticce sash locks 3 lever 76mm"),
 L("HG-7651-PB", 4, "PR", 'hindges 3" x 2" brass'),
 L("LR-PANDORA-PB", 4, "PR", "scroll lever handles polished brass (pandora?)"),
 L("ESC-KEY-PB", 4, "EA", "keyhole escutions brass")]))

eml("e17_riverside_new", "Hannah Beckett <hannah.beckett@riversidelettings.co.uk>", "New account + first order", (2026,12,2,11,11),
"""Good morning,

We're a lettings and property management company in Reading and would like to open a trade account (credit application attached separately). In the meantime could we place the following order on proforma:

- 10 x BS3621 5-lever deadlocks, 3 inch
- 10 x door viewers
- 20 x extra keys cut to code (codes to follow by phone)
- 10 x letter plates satin stainless

Our order ref: RL-0042
Deliver to: Riverside Lettings Ltd, 5 Kennet Wharf, Reading, Berkshire RG1 3DX

Kind regards,
Hannah Beckett
Maintenance Coordinator, Riverside Lettings Ltd
""", PO("Riverside Lettings Ltd", "RL-0042", None, None, None, S("Riverside Lettings Ltd", "5 Kennet Wharf", "Reading", "RG1 3DX", "GB", "Berkshire"), [
 L("ML-DEAD5-76-SSS", 10, "EA", "BS3621 5-lever deadlocks, 3 inch"),
 L("DV-200-SSS", 10, "EA", "door viewers"),
 L("KEY-CUT", 20, "EA", "extra keys cut to code"),
 L("LP-254-SSS", 10, "EA", "letter plates satin stainless")]))

eml("e18_pemberton_hotel", "Gary Lunt <maintenance@pembertonhotelgroup.com>", "Order - The Crown, Chester", (2026,12,3,17,30),
"""To whom it may concern,

Pemberton Hotel Group would like to order the following for The Crown Hotel, Chester. PO number PHG-CHS-2291.

  Qty  Item
  24   Bathroom turn & release, satin stainless
  24   Bathroom mortice locks 2.5" (78mm centres)
  24   pairs lever on rose, straight, satin stainless
  24   wall door stops satin

Delivery address:
The Crown Hotel
Goods Inwards
17 Eastgate Row
Chester CH1 1LQ

Please deliver Monday 14 December.

Gary Lunt
Maintenance Manager
""", PO("Pemberton Hotel Group", "PHG-CHS-2291", None, "2026-12-14", None, S("The Crown Hotel", "17 Eastgate Row", "Chester", "CH1 1LQ", "GB"), [
 L("ESC-TR-SSS", 24, "EA", "Bathroom turn & release, satin stainless"),
 L("ML-BATH-64-SSS", 24, "EA", 'Bathroom mortice locks 2.5" (78mm centres)'),
 L("LR-ASTRA-SSS", 24, "PR", "lever on rose, straight, satin stainless"),
 L("DS-WALL-SSS", 24, "EA", "wall door stops satin")]))

eml("e19_anon_hotmail", "m.k.builds <mkbuilds77@hotmail.co.uk>", "cylinders", (2026,12,6,21,14),
"""Hi can I order

2 x 35/45 euro cylinders nickel
1 x thumb turn cylinder 35 key 45 turn
1 x 40/50 cylinder

to site office, Unit 3 Longmead Yard, Frome BA11 2HZ please. will pay on collection or card whichever.

Thanks M.
""", PO(None, None, None, None, None, S("site office", "Unit 3 Longmead Yard", "Frome", "BA11 2HZ", "GB"), [
 L("EC-DD-3545-SN", 2, "EA", "35/45 euro cylinders nickel"),
 L("EC-TT-3545-SN", 1, "EA", "thumb turn cylinder 35 key 45 turn"),
 L("EC-DD-4050-SN", 1, "EA", "40/50 cylinder")]))

eml("e35_liffey_pipe", "Declan Rafferty <declan@liffeylocks.ie>", "Order LLS-3402", (2026,12,7,9,15),
"""Morning Sinead,

| Qty | Description                        |
|-----|------------------------------------|
| 5   | 3 star cyl 35/35 nickel            |
| 3   | 3 star cyl 35/45                   |
| 10  | 5 lever sashlock 2.5" BS           |
| 10  | 5 lever deadlock 2.5" BS           |
| 2   | 45mm laminated padlocks            |

LLS-3402. Deliver to Unit 7 as always.

Declan
""", PO(LL, "LLS-3402", None, None, None, None, [
 L("EC-3S-3535-SN", 5, "EA", "3 star cyl 35/35 nickel"),
 L("EC-3S-3545-SN", 3, "EA", "3 star cyl 35/45"),
 L("ML-SASH5-64-SSS", 10, "EA", '5 lever sashlock 2.5" BS'),
 L("ML-DEAD5-64-SSS", 10, "EA", '5 lever deadlock 2.5" BS'),
 L("PL-LAM-45", 2, "EA", "45mm laminated padlocks")]))

eml("e36_corrib_mixed", "Aoife Keane <aoife.keane@corribjoinery.ie>", "CJ-2026-560", (2026,12,8,12,44),
"""Hi again,

Order CJ-2026-560, for collection from your Dublin counter? If not possible deliver to our yard.

Hinges 3x2 matt black, 20 pair
Black T-bar levers on rose x 10 pr
10 x black euro escutcheons
thumbturn 30/30 - qty 5
Euro sashlock, 55 backset: 5

Thanks
Aoife
""", PO(CJ, "CJ-2026-560", None, None, None, None, [
 L("HG-7651-BLK", 20, "PR", "Hinges 3x2 matt black"),
 L("LR-CORVO-BLK", 10, "PR", "Black T-bar levers on rose"),
 L("ESC-EURO-BLK", 10, "EA", "black euro escutcheons"),
 L("EC-TT-3030-SN", 5, "EA", "thumbturn 30/30"),
 L("ML-ESASH-55-SSS", 5, "EA", "Euro sashlock, 55 backset")]))

eml("e37_ardmore_fwd", "Ciara Moynihan <ciara.moynihan@ardmorefacilities.ie>", "Fwd: panic hardware Mahon site", (2026,12,1,15,2),
"""Please process as order AFL/PO/06620. Thanks, Ciara

Begin forwarded message:

> From: Pat Hegarty <pat.hegarty@ardmorefacilities.ie>
> Subject: panic hardware Mahon site
>
> Ciara, for the Mahon Point unit we need
> 2 panic bars single point
> 2 outside access devices with the euro adaptor
> 2 x 40/40 euro cyls keyed alike to each other (KA)
> 2 closers size 2-4 silver with hold open arms
>
> Deliver: Unit 12, Mahon Industrial Estate, Blackrock, Cork T12 HW58
> Pat
""", PO(AF, "AFL/PO/06620", None, None, None, S(None, "Unit 12, Mahon Industrial Estate", "Cork", "T12 HW58", "IE"), [
 L("PB-1PT-SIL", 2, "EA", "panic bars single point"),
 L("PB-OAD-EURO", 2, "EA", "outside access devices with the euro adaptor"),
 L("EC-DD-4040-SN-KA", 2, "EA", "40/40 euro cyls keyed alike"),
 L("DC-EN24-SIL", 2, "EA", "closers size 2-4 silver"),
 L("DC-HO-ARM", 2, "EA", "hold open arms")]))

eml("e38_oakvale_long", "Ben Castell <ben.castell@oakvaleshopfit.co.uk>", "Order OSF/2026/0401 - Whiteladies Rd restaurant", (2026,12,8,13,5),
"""Hi,

Please find our order OSF/2026/0401 below. Order date 08.12.2026, delivery w/c 14th Dec.

Line | Our ref  | Item                                         | Qty
1    | OV-1123  | Lever on backplate euro, satin s/s (Astra)   | 6 pr
2    | OV-1124  | Lever on backplate bathroom SSS              | 4 pr
3    | OV-1130  | Euro sashlock 44mm                            | 6
4    | OV-1131  | Bathroom lock 2.5"                            | 4
5    | OV-1140  | Euro cyl 35/35 keyed alike                    | 6
6    | OV-1150  | Hinges 4x3 SSS grade 13                       | 15 pr
7    | OV-1160  | Kick plate 900 x 200 SSS                      | 10
8    | OV-1170  | Push plate 350 SSS                            | 10
9    | OV-1171  | Pull handle 19mm x 425 c/c SSS                | 10
10   | OV-1180  | Wall stop satin                               | 10

Ship to: Site 4, 88 Whiteladies Road, Clifton, Bristol BS8 2QX

Ben Castell
Oakvale Shopfitting
""", PO(OV, "OSF/2026/0401", "2026-12-08", None, None, S("Site 4", "88 Whiteladies Road", "Bristol", "BS8 2QX", "GB"), [
 L("LB-ASTRA-EURO-SSS", 6, "PR", "Lever on backplate euro, satin s/s (Astra)", "OV-1123"),
 L("LB-ASTRA-BATH-SSS", 4, "PR", "Lever on backplate bathroom SSS", "OV-1124"),
 L("ML-ESASH-44-SSS", 6, "EA", "Euro sashlock 44mm", "OV-1130"),
 L("ML-BATH-64-SSS", 4, "EA", 'Bathroom lock 2.5"', "OV-1131"),
 L("EC-DD-3535-SN-KA", 6, "EA", "Euro cyl 35/35 keyed alike", "OV-1140"),
 L("HG-10276-G13-SSS", 15, "PR", "Hinges 4x3 SSS grade 13", "OV-1150"),
 L("KP-900200-SSS", 10, "EA", "Kick plate 900 x 200 SSS", "OV-1160"),
 L("PP-350-SSS", 10, "EA", "Push plate 350 SSS", "OV-1170"),
 L("PH-19-425-SSS", 10, "EA", "Pull handle 19mm x 425 c/c SSS", "OV-1171"),
 L("DS-WALL-SSS", 10, "EA", "Wall stop satin", "OV-1180")]))

eml("e39_hallam_padlocks", "Rob Hallam <rob@hallampryce.co.uk>", "order HP 21010", (2026,12,8,16,40),
"""Hi,

HP 21010 -
2 packs 40mm brass padlocks keyed alike (packs of 4)
4 x 40mm brass long shackle
10 x 30mm brass padlock
1 box 4x30 stainless screws

Rob
""", PO(HP, "HP 21010", None, None, None, None, [
 L("PL-BR-40-KA4", 2, "PK", "40mm brass padlocks keyed alike (packs of 4)"),
 L("PL-BR-40-LS", 4, "EA", "40mm brass long shackle"),
 L("PL-BR-30", 10, "EA", "30mm brass padlock"),
 L("SCR-4X30-A2", 1, "BX", "4x30 stainless screws")]))

eml("e40_northgate_repeat", "Priya Nandakumar <p.nandakumar@northgatefm.co.uk>", "RE: PO NFM-PO-118342", (2026,12,8,14,30),
"""Hi,

Can we repeat the order below for the 3rd floor under new PO NFM-PO-118390, same delivery address, BUT closers and brackets in black this time, and only 6 kick plates.

Thanks
Priya

> From: Priya Nandakumar
> Sent: 30 November 2026 10:12
> Subject: PO NFM-PO-118342
>
> - door closers EN2-4 silver x 8
> - parallel arm brackets silver x 8
> - kick plates 838 x 150 satin stainless x 12
> - fire door keep shut signs x 12
> - floor door stops satin x 10
>
> Site: Harbourside Point, 41 Anchorage Walk, Salford M50 3SD
""", PO(NG, "NFM-PO-118390", None, None, None, S("Harbourside Point", "41 Anchorage Walk", "Salford", "M50 3SD", "GB"), [
 L("DC-EN24-BLK", 8, "EA", "door closers EN2-4 black"),
 L("DC-PAB-BLK", 8, "EA", "parallel arm brackets black"),
 L("KP-838150-SSS", 6, "EA", "kick plates 838 x 150 satin stainless"),
 L("SG-FDKS-SSS", 12, "EA", "fire door keep shut signs"),
 L("DS-FLR-SSS", 10, "EA", "floor door stops satin")]))

eml("e41_kingsmead_html", "Tom Ashworth <t.ashworth@kingsmeadps.co.uk>", "PO 77141", (2026,12,8,9,0),
"""PO 77141

Please supply to Kingsmead PS Depot, 3 Rotherhithe Arches, Neptune Street, London SE16 7JP:

Overhead closer fixed size 3 silver - 4
Concealed chain closer - 2
Barrel bolts 4" satin - 6
Euro cylinder 30/40 nickel - 4

Required 16/12/2026.

Tom Ashworth
""", PO(KM, "77141", None, "2026-12-16", None, S("Kingsmead PS Depot", "3 Rotherhithe Arches, Neptune Street", "London", "SE16 7JP", "GB"), [
 L("DC-EN3-SIL", 4, "EA", "Overhead closer fixed size 3 silver"),
 L("DC-CONC-EN3", 2, "EA", "Concealed chain closer"),
 L("BB-100-SSS", 6, "EA", 'Barrel bolts 4" satin'),
 L("EC-DD-3040-SN", 4, "EA", "Euro cylinder 30/40 nickel")]),
 html="""<html><body><p><b>PO 77141</b></p><p>Please supply to Kingsmead PS Depot, 3 Rotherhithe Arches, Neptune Street, London SE16 7JP:</p>
<table border="1"><tr><th>Item</th><th>Qty</th></tr>
<tr><td>Overhead closer fixed size 3 silver</td><td>4</td></tr>
<tr><td>Concealed chain closer</td><td>2</td></tr>
<tr><td>Barrel bolts 4" satin</td><td>6</td></tr>
<tr><td>Euro cylinder 30/40 nickel</td><td>4</td></tr></table>
<p>Required 16/12/2026.</p><p>Tom Ashworth</p></body></html>""")

eml("e42_brackenridge_oneliner", "Craig Whitely <craig@brackenridgejoinery.co.uk>", "BJ-4502", (2026,12,8,17,2),
"""10 pr SSS fire hinges + 10 satin tubular latches 64 pls, PO BJ-4502, will collect fri. C
Sent from my iPhone
""", PO(B, "BJ-4502", None, None, None, None, [
 L("HG-10276-G13-SSS", 10, "PR", "SSS fire hinges"),
 L("ML-TLATCH-64-SSS", 10, "EA", "tubular latches 64")]))
