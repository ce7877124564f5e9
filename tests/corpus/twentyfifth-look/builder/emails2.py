from common import *

# 21 Canada garage, CAD prices, dates
eml("21_northernlights.eml","Gord Halvorsen <parts@nlautoservice.ca>","PO NL-60233","Tue, 24 Nov 2026 10:10:00 -0700",
"""Hi there,

PO NL-60233 / Nov 24, 2026. Winter stock-up, please ship by Dec 1.

6 ea  Battery Group 65 850CCA      CAD 229.00
4 ea  Battery 027                  CAD 139.00
12    Coolant 50/50 premix 5L      CAD 15.95
24    Washer fluid -10 RTU 5L      CAD 5.49
10    Wiper blade 24in flat        CAD 13.50
10    Wiper blade 18in flat        CAD 11.50

Ship to: Northern Lights Auto Service, 10520 80 Ave NW, Edmonton AB T6E 1V5

Gord
""")
label("21_northernlights.eml","Northern Lights Auto Service Ltd.","NL-60233",[
 L("BAT-G65","Battery Group 65 850CCA",6,"EA",229.00),L("BAT-027","Battery 027",4,"EA",139.00),
 L("CL-OAT-5L-RM","Coolant 50/50 premix 5L",12,"EA",15.95),L("SW-5L-RTU","Washer fluid -10 RTU 5L",24,"EA",5.49),
 L("WB-24","Wiper blade 24in flat",10,"EA",13.50),L("WB-18","Wiper blade 18in flat",10,"EA",11.50)],
 order_date="2026-11-24", req="2026-12-01", currency="CAD",
 ship_to=ship("Northern Lights Auto Service","10520 80 Ave NW","Edmonton","AB","T6E 1V5","CA"))

# 22 one-liner
eml("22_hollybank_oneliner.eml","Dave Pickering <dave@hollybankgarage.co.uk>","096","Tue, 24 Nov 2026 14:52:00 +0000",
"""2 x 096 batteries asap please. not the start stop ones
Dave
""")
label("22_hollybank_oneliner.eml","Hollybank Garage Ltd",None,[L("BAT-096","096 batteries not start stop",2,"EA")])

# 23 Pennine monthly bulk with SKUs
eml("23_pennine_skus.eml","Karen Holt <k.holt@penninefleet.co.uk>","PO PFS-21004","Wed, 25 Nov 2026 07:30:00 +0000",
"""Hi,

PO PFS-21004 please, using your codes this time:

GL-NIT-L x 10
GL-NIT-XL x 10
PR-BLUE-IND x 4
BC-600-12 x 3
ADB-210L x 1
CT-300-48-BK x 5

Deliver 27/11/2026, usual address.

Karen
""")
label("23_pennine_skus.eml","Pennine Fleet Services Ltd","PFS-21004",[
 L("GL-NIT-L","GL-NIT-L",10,"BX"),L("GL-NIT-XL","GL-NIT-XL",10,"BX"),L("PR-BLUE-IND","PR-BLUE-IND",4,"RL"),
 L("BC-600-12","BC-600-12",3,"CS"),L("ADB-210L","ADB-210L",1,"EA"),L("CT-300-48-BK","CT-300-48-BK",5,"PK")],
 req="2026-11-27")

# 24 Rapid: order in units ("a dozen", "half dozen"), exhaust centre
eml("24_rapid_dozens.eml","Stevie McLean <stevie@rapidtyreexhaust.co.uk>","stock","Thu, 26 Nov 2026 09:00:00 +0000",
"""Hiya

a dozen 501 boxes, half a dozen boxes of 382, 3 H4 boxes of ten and a couple of 20L degreaser - actually we only need the 5L degreaser, 2 of them.

Also fuses: 4 packs each of 10A, 20A and 30A standard blade.

PO is RTE 1290

Stevie
""")
label("24_rapid_dozens.eml","Rapid Tyre & Exhaust Centre","RTE 1290",[
 L("BLB-W5W-10","501 boxes",12,"BX"),L("BLB-P21W-10","382 boxes",6,"BX"),L("BLB-H4-10","H4 boxes of ten",3,"BX"),
 L("DG-5L","5L degreaser",2,"EA"),L("FU-STD-10","fuses 10A standard blade",4,"PK"),L("FU-STD-20","fuses 20A standard blade",4,"PK"),
 L("FU-STD-30","fuses 30A standard blade",4,"PK")])

# 25 Westcountry dealership email, by vehicle, item not in catalog
eml("25_marshlane_ford.eml","Paul Ridley <paul.ridley@westcountrymotors.co.uk>","Marsh Lane Ford - parts order WMG-ML-55190","Fri, 27 Nov 2026 11:45:00 +0000",
"""Hi,

Please supply for Marsh Lane Ford, order WMG-ML-55190:

Transit Custom 2.0 EcoBlue service parts x 4 vehicles:
  oil filter x 4
  air filter x 4
  cabin filter (carbon) x 4
  fuel filter x 2
Also 2 x timing belt kits 2.0 EcoBlue (if you have them)
5W-30 Ford 5 litre x 8

Delivery: Marsh Lane Ford, 210 Marsh Lane, Bristol BS3 2NA

Paul Ridley
Parts Advisor, Marsh Lane Ford (part of Westcountry Motor Group)
""")
label("25_marshlane_ford.eml","Westcountry Motor Group","WMG-ML-55190",[
 L("OF-1001","oil filter Transit Custom 2.0 EcoBlue",4,"EA"),L("AF-2001","air filter Transit Custom",4,"EA"),
 L("CF-4002","cabin filter carbon Transit Custom",4,"EA"),L("FF-3001","fuel filter Transit 2.0 EcoBlue",2,"EA"),
 L(None,"timing belt kits 2.0 EcoBlue",2,"EA"),L("OIL-5W30C2-5","5W-30 Ford 5 litre",8,"EA")],
 ship_to=ship("Marsh Lane Ford","210 Marsh Lane","Bristol",None,"BS3 2NA","GB"))

# 26 Greenline fleet, Sprinter filters for fleet
eml("26_greenline_sprinters.eml","Priya Shah <priya.shah@greenline-logistics.co.uk>","Filters for the Sprinters - PO GL-PO-001938","Mon, 30 Nov 2026 08:00:00 +0000",
"""Morning,

Can you please send filters for the fleet's Sprinters (we have 14 on the road, all OM651 2.1) - one full set of oil, air, fuel and cabin per van, so 14 of each.

Plus 2 drums of 5W-30 C3 (205L) and 1 AdBlue drum.

PO GL-PO-001938. Required by 04/12/2026.
Delivery to Greenline Logistics - Daventry Hub, Plot 7, DIRFT Central, Daventry NN6 7GZ.

Thanks,
Priya Shah
Fleet Engineering Coordinator
""")
label("26_greenline_sprinters.eml","Greenline Logistics Ltd","GL-PO-001938",[
 L("OF-1002","oil filter Sprinter OM651",14,"EA"),L("AF-2002","air filter Sprinter OM651",14,"EA"),
 L("FF-3002","fuel filter Sprinter OM651",14,"EA"),L("CF-4003","cabin filter Sprinter",14,"EA"),
 L("OIL-5W30C3-205","5W-30 C3 205L",2,"EA"),L("ADB-210L","AdBlue drum",1,"EA")], req="2026-12-04",
 ship_to=ship("Greenline Logistics - Daventry Hub","Plot 7, DIRFT Central","Daventry",None,"NN6 7GZ","GB"))

# 27 German short follow-up correction, wholly German
eml("27_brandt_korrektur.eml","Jürgen Krause <j.krause@autohaus-brandt.de>","AW: Bestellung Nr. 2026-1187","Tue, 01 Dec 2026 09:05:00 +0100",
"""Hallo,

kleine Korrektur zur Bestellung 2026-1187: bitte 8 statt 6 Scheibenwischer 600 mm, der Rest bleibt wie unten.

Gruß
J. Krause

-----Ursprüngliche Nachricht-----
Von: Jürgen Krause
Gesendet: Montag, 30. November 2026 16:20
An: orders@apexmotorfactors.co.uk
Betreff: Bestellung Nr. 2026-1187

Bestellung 2026-1187 vom 30.11.2026

6 St. Wischblatt Flachbalken 600 mm
6 St. Wischblatt Flachbalken 475 mm
2 Pck. Kabelbinder 370 x 7,6 schwarz
10 St. Zündkerzen NGK PLZKAR6A-11

Lieferung an Autohaus Brandt, Vahrenwalder Str. 212, 30179 Hannover
""")
label("27_brandt_korrektur.eml","Autohaus Brandt GmbH","2026-1187",[
 L("WB-24","Wischblatt Flachbalken 600 mm",8,"EA"),L("WB-19","Wischblatt Flachbalken 475 mm",6,"EA"),
 L("CT-370-76-BK","Kabelbinder 370 x 7,6 schwarz",2,"PK"),L("SP-PLZKAR6A11","Zündkerzen NGK PLZKAR6A-11",10,"EA")],
 order_date="2026-11-30",
 ship_to=ship("Autohaus Brandt","Vahrenwalder Str. 212","Hannover",None,"30179","DE"))

# 28 Liffey short: cancel a line
eml("28_liffey_amend.eml","Aoife Brennan <aoife.brennan@liffeycabs.ie>","LC-1203","Tue, 01 Dec 2026 10:00:00 +0000",
"""Hi,

New order LC-1203 please:

Rear pads Prius x 6
Front pads Prius x 6
DOT 4 brake fluid 1L x 6
Cabin filters (charcoal) Prius x 12  <- please remove this line, we still have stock

Thanks,
Aoife
""")
label("28_liffey_amend.eml","Liffey Cabs Ltd","LC-1203",[
 L("BP-TPRI-R","Rear pads Prius",6,"SET"),L("BP-TPRI-F","Front pads Prius",6,"SET"),L("BF-DOT4-1L","DOT 4 brake fluid 1L",6,"EA")])

# 29 Te Awa NZ, NZD prices
eml("29_teawa_nzd.eml","Hemi Walker <hemi@teawamotors.co.nz>","PO 5560","Wed, 02 Dec 2026 09:00:00 +1300",
"""Kia ora team,

PO 5560, 2/12/26

2 x brake cleaner 25L drum - $96.00 each
1 x seat covers roll (500) - $31.00
2 x paper floor mats pk 250 - $27.50
3 x Hand cleaner 4L (no pump) - $14.90

Ship to the workshop - 52 Kahikatea Drive, Frankton, Hamilton 3204

Cheers
Hemi
""")
label("29_teawa_nzd.eml","Te Awa Motors Ltd","5560",[
 L("BC-25L","brake cleaner 25L drum",2,"EA",96.00),L("SC-DISP","seat covers roll (500)",1,"RL",31.00),
 L("FM-DISP","paper floor mats pk 250",2,"PK",27.50),L("HC-4L","Hand cleaner 4L (no pump)",3,"EA",14.90)],
 order_date="2026-12-02", currency="NZD",
 ship_to=ship("Te Awa Motors","52 Kahikatea Drive","_","_","3204","NZ"))

# 30 Kingsway reply to our out-of-stock notice
eml("30_kingsway_alt.eml","Gareth Jones <gareth@kingswayauto.co.uk>","RE: KAC-7745 - H7 24V out of stock","Wed, 02 Dec 2026 13:14:00 +0000",
"""No worries, swap them for the 12v H7 box of 10 instead, just 1 box. Still want the rest of KAC-7745.

G

> From: Apex Orders
> Sent: 02 December 2026 12:50
> Subject: KAC-7745 - H7 24V out of stock
>
> Hi Gareth, the H7 24V singles (x6) on KAC-7745 are out of stock until the 14th. The other lines are ready:
> 4 x WIPER BLADE FLAT 21IN 530MM
> 2 x COPPER GREASE 500G TUB
> Do you want an alternative?
""")
label("30_kingsway_alt.eml","Kingsway Auto Centre","KAC-7745",[
 L("BLB-H7-10","H7 12v box of 10",1,"BX"),L("WB-21","WIPER BLADE FLAT 21IN 530MM",4,"EA"),L("CG-500","COPPER GREASE 500G TUB",2,"EA")])

# 31 Spanish second order, with prices in EUR
eml("31_ruiz_pedido2.eml","Manuel Ruiz <compras@talleresruiz.es>","Pedido 0891 - urgente","Thu, 03 Dec 2026 08:30:00 +0100",
"""Hola,

Pedido nº 0891 (03/12/2026). URGENTE, para mañana 04/12 si es posible.

Ref. proveedor   Cant.   Descripción              Precio
BAT-110          2       Batería 95Ah 800A        112,00 €
BAT-075          3       Batería 60Ah 540A         74,50 €
CL-OAT-20L       1       Anticongelante rojo 20L   67,00 €

Gracias,
Manuel
""")
label("31_ruiz_pedido2.eml","Talleres Hermanos Ruiz S.L.","0891",[
 L("BAT-110","Batería 95Ah 800A",2,"EA",112.00),L("BAT-075","Batería 60Ah 540A",3,"EA",74.50),
 L("CL-OAT-20L","Anticongelante rojo 20L",1,"EA",67.00)],
 order_date="2026-12-03", req="2026-12-04", currency="EUR")

# 32 Midwest, text table with their part numbers + our SKU
eml("32_midwest_consumables.eml","Ray Kowalski <rkowalski@midwestfleetmx.com>","PO# 88390","Thu, 03 Dec 2026 11:00:00 -0500",
"""PO# 88390   Date: 12/03/2026   Ship by: 12/10/2026

MFM Item   Your Item      Description                         Qty   UOM   Price
100-2231   GL-NIT-XL-BL   Nitrile gloves blue XL 100/bx       20    BX    9.10
100-2230   GL-NIT-L-BL    Nitrile gloves blue L 100/bx        20    BX    9.10
220-0045   CT-200-48-NT   Cable tie 8" natural 100/pk         10    PK    3.20
220-0046   CT-100-25-BK   Cable tie 4" black 100/pk           10    PK    1.60
300-1180   FU-ASST-120    Fuse assortment 120 pc               2    BX   13.75

Ship to: Midwest Fleet Maintenance, 2450 Refugee Rd, Columbus OH 43207
Bill to: Accounts Payable, PO Box 16620, Columbus OH 43216

Ray
""")
label("32_midwest_consumables.eml","Midwest Fleet Maintenance Inc.","88390",[
 L("GL-NIT-XL-BL","Nitrile gloves blue XL 100/bx",20,"BX",9.10,"100-2231"),L("GL-NIT-L-BL","Nitrile gloves blue L 100/bx",20,"BX",9.10,"100-2230"),
 L("CT-200-48-NT","Cable tie 8\" natural 100/pk",10,"PK",3.20,"220-0045"),L("CT-100-25-BK","Cable tie 4\" black 100/pk",10,"PK",1.60,"220-0046"),
 L("FU-ASST-120","Fuse assortment 120 pc",2,"BX",13.75,"300-1180")],
 order_date="2026-12-03", req="2026-12-10", currency="USD",
 ship_to=ship("Midwest Fleet Maintenance","2450 Refugee Rd","Columbus","OH","43207","US"))

# 33 Dutch, mixed quantity words
eml("33_vandijk_accu.eml","Peter van Dijk <peter@garagevandijk.nl>","Bestelling VD-49-01","Fri, 04 Dec 2026 07:50:00 +0100",
"""Hoi,

Ordernummer VD-49-01:

twee accu's 096 (geen start-stop)
één accu 019
drie liter remvloeistof DOT 4 (losse flessen van 1 liter)
vier ruitenwisserbladen 650 mm

Groet,
Peter
""")
label("33_vandijk_accu.eml","Garage van Dijk B.V.","VD-49-01",[
 L("BAT-096","accu 096 geen start-stop",2,"EA"),L("BAT-019","accu 019",1,"EA"),
 L("BF-DOT4-1L","remvloeistof DOT 4 1 liter",3,"EA"),L("WB-26","ruitenwisserbladen 650 mm",4,"EA")])

# 34 Bus depot urgent VOR
eml("34_trentway_vor.eml","Mick Barrowcliffe <stores.lenton@trentwaybuses.co.uk>","URGENT - VOR - bus 2241","Fri, 04 Dec 2026 15:40:00 +0000",
"""Bus 2241 is VOR, need today if at all possible:

1 x 664 battery (HD) - actually make it 2, the other one is on its way out too
1 x Cummins ISB air filter

Order ref TB/LEN/4519. Lenton Lane depot.

Mick
""")
label("34_trentway_vor.eml","Trentway Buses Ltd","TB/LEN/4519",[
 L("BAT-664","664 battery HD",2,"EA"),L("AF-2005","Cummins ISB air filter",1,"EA")])

# 35 SA garage follow-up, quantities in words
eml("35_randauto_plugs.eml","Thabo Nkosi <thabo@randauto.co.za>","PO RAS0431","Mon, 07 Dec 2026 08:15:00 +0200",
"""Good morning

Please supply against PO RAS0431:

Sixteen (16) Bosch FR7DC+ spark plugs
Eight (8) NGK BKR6EIX iridium
Two (2) boxes H4 12V bulbs (10 per box)
One (1) 20L Engine oil 10W-40

Thank you
Thabo
""")
label("35_randauto_plugs.eml","Rand Auto Services (Pty) Ltd","RAS0431",[
 L("SP-FR7DC","Bosch FR7DC+ spark plugs",16,"EA"),L("SP-BKR6EIX","NGK BKR6EIX iridium",8,"EA"),
 L("BLB-H4-10","H4 12V bulbs box 10",2,"BX"),L("OIL-10W40-20","20L Engine oil 10W-40",1,"EA")])

# 36 Harbourside, bulk of one item, unknown item
eml("36_harbourside_stock.eml","Josh Pappas <josh@harboursidemech.com.au>","order HM2340","Mon, 07 Dec 2026 07:05:00 +1100",
"""Morning,

HM2340 -

40 x 5L 5W-40
2 x 1L 5W-40
1 x Castrol Edge 0W-30 5L (if you can get it, if not leave it)

Thanks
Josh
Harbourside Mechanical
3/27 Parramatta Rd, Annandale NSW 2038
""")
label("36_harbourside_stock.eml","Harbourside Mechanical","HM2340",[
 L("OIL-5W40-5","5L 5W-40",40,"EA"),L("OIL-5W40-1","1L 5W-40",2,"EA"),L(None,"Castrol Edge 0W-30 5L",1,"EA")])
