from common import *
GB="GBP"
def sh(cid):
    r=[x for x in CUST if x[0]==cid][0]; return ship(r[3],r[4],r[5],r[6] or None,r[7],r[8])

# 01 short garage order, UK
eml("01_hollybank_pads.eml","Dave Pickering <dave@hollybankgarage.co.uk>","order","Mon, 02 Nov 2026 08:12:44 +0000",
"""Morning lads

can you send out on the 11 o'clock run please

2 x front pads Transit Custom 2019
1 x pair front discs for same
2 x Oil filter Ford 2.0 ecoblue
1 x 5w30 ford spec 5L

cheers
Dave
Hollybank Garage
""")
label("01_hollybank_pads.eml","Hollybank Garage Ltd",None,[
 L("BP-FTC-F","front pads Transit Custom 2019",2,"SET"),L("BD-FTC-F","pair front discs Transit Custom",1,"PR"),
 L("OF-1001","Oil filter Ford 2.0 ecoblue",2,"EA"),L("OIL-5W30C2-5","5w30 ford spec 5L",1,"EA")])

# 02 Pennine fleet Sprinters service kits with PO
eml("02_pennine_sprinters.eml","Karen Holt <k.holt@penninefleet.co.uk>","PO PFS-20931 - Sprinter service parts","Tue, 03 Nov 2026 07:41:02 +0000",
"""Hi,

Please supply the following against PO PFS-20931. We have 6 Sprinters (OM651) in for service next week so need these by Friday 6th Nov at the latest.

Oil filter OM651 x 6
Air filter Sprinter OM651 x 6
Fuel filter Sprinter x 6
Cabin/pollen filter Sprinter 906 x 6
5W-30 C3 20 litre x 3

Deliver to the workshop as usual (Canal Wharf Road).

Thanks
Karen Holt
Parts & Stores Controller
Pennine Fleet Services Ltd
Canal Wharf Road, Huddersfield HD1 6RT
T: 01484 220 918
""")
label("02_pennine_sprinters.eml","Pennine Fleet Services Ltd","PFS-20931",[
 L("OF-1002","Oil filter OM651",6,"EA"),L("AF-2002","Air filter Sprinter OM651",6,"EA"),L("FF-3002","Fuel filter Sprinter",6,"EA"),
 L("CF-4003","Cabin/pollen filter Sprinter 906",6,"EA"),L("OIL-5W30C3-20","5W-30 C3 20 litre",3,"EA")],
 req="2026-11-06", ship_to=ship("_","Canal Wharf Road","Huddersfield","_","HD1 6RT","GB"))

# 03 correction thread
eml("03_rapid_correction.eml","Stevie McLean <stevie@rapidtyreexhaust.co.uk>","RE: order for tomorrow","Wed, 04 Nov 2026 16:05:10 +0000",
"""Sorry pal make that 6 boxes of the black gloves not 4, and add a case of brake cleaner (the 500ml ones). Rest is fine.

Stevie

-----Original Message-----
From: Stevie McLean <stevie@rapidtyreexhaust.co.uk>
Sent: 04 November 2026 15:48
To: orders@apexmotorfactors.co.uk
Subject: order for tomorrow

Can I get for tomorrow:
4 bx black nitrile gloves XL
2 x blue roll (the big industrial one)
1 x copper grease tub
10 x H7 bulbs singles

Stevie
Rapid Tyre & Exhaust, Pollokshaws Rd
""")
label("03_rapid_correction.eml","Rapid Tyre & Exhaust Centre",None,[
 L("GL-NIT-XL","black nitrile gloves XL",6,"BX"),L("PR-BLUE-IND","blue roll big industrial",2,"RL"),
 L("CG-500","copper grease tub",1,"EA"),L("BLB-H7","H7 bulbs singles",10,"EA"),L("BC-500-12","brake cleaner 500ml case",1,"CS")])

# 04 bus depot
eml("04_trentway_depot.eml","Lenton Depot Stores <stores.lenton@trentwaybuses.co.uk>","Order Ref TB/LEN/4471","Thu, 05 Nov 2026 06:58:00 +0000",
"""Good morning,

Order ref TB/LEN/4471 dated 05/11/2026, required Monday 09/11/2026.

Qty  Description
12   H4 24V headlamp bulbs
4    boxes 507 24V capless (W5W)
2    205L drums 15W40 HD
6    Cummins ISB oil filters
6    Cummins ISB fuel filters
2    Batteries 625 HD
1    Coolant ELC 20L

Deliver to: Trentway Buses Ltd, Lenton Depot, Lenton Lane, Nottingham NG7 2PW. Goods in 07:00-14:00 only, drivers report to gatehouse.

Regards,
Mick Barrowcliffe
Stores, Lenton Depot
""")
label("04_trentway_depot.eml","Trentway Buses Ltd","TB/LEN/4471",[
 L("BLB-H4-24V","H4 24V headlamp bulbs",12,"EA"),L("BLB-W5W24-10","507 24V capless (W5W)",4,"BX"),
 L("OIL-15W40-205","205L drums 15W40 HD",2,"EA"),L("OF-1006","Cummins ISB oil filters",6,"EA"),
 L("FF-3004","Cummins ISB fuel filters",6,"EA"),L("BAT-625","Batteries 625 HD",2,"EA"),L("CL-HD-20L","Coolant ELC 20L",1,"EA")],
 order_date="2026-11-05", req="2026-11-09",
 ship_to=ship("_","Lenton Lane","Nottingham",None,"NG7 2PW","GB"))

# 05 Irish farm
eml("05_ballyhale_farm.eml","Seamus Dunphy <seamus@ballyhalefarms.ie>","parts for the yard","Fri, 06 Nov 2026 19:22:31 +0000",
"""Hi there,

Would ye send down the following to the farm when the van is next out this way

- 2 oil filters for the John Deere 6068 (tractor)
- one 20L of the 15w-40 diesel oil
- 1 heavy duty battery 664
- couple of boxes of gloves, large, the orange grippy ones. say 2
- 3 bags of the absorbent granules

Address is Ballyhale Farms, Knockmoylan, Ballyhale, Co. Kilkenny R95 X2K4. Ring me on 087 334 1920 when you're near, the gate is locked.

Thanks a million
Seamus
""")
label("05_ballyhale_farm.eml","Ballyhale Farms Ltd",None,[
 L("OF-1007","oil filters John Deere 6068",2,"EA"),L("OIL-15W40-20","20L 15w-40 diesel oil",1,"EA"),
 L("BAT-664","heavy duty battery 664",1,"EA"),L("GL-GRIP-L","gloves large orange grippy",2,"BX"),
 L("AS-GRAN-20","absorbent granules",3,"EA")],
 ship_to=ship("Ballyhale Farms","Knockmoylan","Ballyhale","Co. Kilkenny","R95 X2K4","IE"))

# 06 taxi firm Dublin, Priuses
eml("06_liffey_prius.eml","Aoife Brennan <aoife.brennan@liffeycabs.ie>","Parts order for the Prius fleet - LC-1187","Mon, 09 Nov 2026 09:30:15 +0000",
"""Hello,

PO: LC-1187

We need the following for the Prius fleet (2017-2019 cars):

Front brake pads Prius - 8 sets
Rear pads Prius - 4 sets
Front discs Prius - 2 pairs
Oil filters Toyota 1.8 hybrid - 10
Cabin filter (charcoal type) - 10
0W-20 5 litre - 6
Wiper blades 26" x 10 and 16" x 10

Delivery to our garage at Unit 12, Ballymount Business Park, Dublin 12 D12 YX90 before the 13th please (13/11/2026).

Kind regards,
Aoife Brennan
Fleet Administrator | Liffey Cabs Ltd
""")
label("06_liffey_prius.eml","Liffey Cabs Ltd","LC-1187",[
 L("BP-TPRI-F","Front brake pads Prius",8,"SET"),L("BP-TPRI-R","Rear pads Prius",4,"SET"),L("BD-TPRI-F","Front discs Prius",2,"PR"),
 L("OF-1004","Oil filters Toyota 1.8 hybrid",10,"EA"),L("CF-4006","Cabin filter charcoal",10,"EA"),L("OIL-0W20-5","0W-20 5 litre",6,"EA"),
 L("WB-26","Wiper blades 26\"",10,"EA"),L("WB-16","Wiper blades 16\"",10,"EA")],
 req="2026-11-13", ship_to=ship("Liffey Cabs","Unit 12, Ballymount Business Park","Dublin 12",None,"D12 YX90","IE"))

# 07 US fleet
eml("07_midwest_f150.eml","Ray Kowalski <rkowalski@midwestfleetmx.com>","PO# 88214 - F-150 brakes + batteries","Mon, 09 Nov 2026 14:03:00 -0500",
"""Hi team,

Please process PO# 88214 dated 11/09/2026. Ship UPS Ground, need by 11/18/2026.

(4) sets front brake pads Ford F-150 2018  @ $41.00/set
(4) sets rear brake pads F-150              @ $34.50/set
(6) oil filter FL500S                        @ $9.25 ea
(3) Group 65 batteries                       @ $182.00 ea
(2) cs brake cleaner 12 x 500 ml             @ $31.00/cs

Ship to:
Midwest Fleet Maintenance
2450 Refugee Rd
Columbus, OH 43207

Thanks,
Ray Kowalski
Parts Manager
Midwest Fleet Maintenance Inc.
(614) 555-0182
""")
label("07_midwest_f150.eml","Midwest Fleet Maintenance Inc.","88214",[
 L("BP-FF150-F","front brake pads Ford F-150 2018",4,"SET",41.00),L("BP-FF150-R","rear brake pads F-150",4,"SET",34.50),
 L("OF-1005","oil filter FL500S",6,"EA",9.25),L("BAT-G65","Group 65 batteries",3,"EA",182.00),
 L("BC-500-12","brake cleaner 12 x 500 ml",2,"CS",31.00)],
 order_date="2026-11-09", req="2026-11-18", currency="USD",
 ship_to=ship("Midwest Fleet Maintenance","2450 Refugee Rd","Columbus","OH","43207","US"))

# 08 German dealership, wholly German
eml("08_brandt_bestellung.eml","Jürgen Krause <j.krause@autohaus-brandt.de>","Bestellung Nr. 2026-1142","Tue, 10 Nov 2026 10:15:00 +0100",
"""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot:

Bestellnummer: 2026-1142
Bestelldatum: 10.11.2026
Liefertermin: 17.11.2026

Pos. Menge  Artikel
1    10 St. Ölfilter VAG 2.0 TDI (OF-1003)
2    10 St. Luftfilter VAG 2.0 TDI
3    5 St.  Innenraumfilter Aktivkohle VAG MQB
4    4 Satz Bremsbeläge vorne Golf 7
5    2 Paar Bremsscheiben vorne Golf 7, 312 mm
6    3 Kanister Motoröl 5W-30 VW 504/507, 20 Liter
7    2 Stk. Kühlerfrostschutz G12++ 5 L

Lieferanschrift:
Autohaus Brandt GmbH
Werkstatt / Warenannahme
Vahrenwalder Str. 212
30179 Hannover

Mit freundlichen Grüßen
Jürgen Krause
Teiledienst
Autohaus Brandt GmbH – Amtsgericht Hannover HRB 55102 – Geschäftsführer: Thomas Brandt
""")
label("08_brandt_bestellung.eml","Autohaus Brandt GmbH","2026-1142",[
 L("OF-1003","Ölfilter VAG 2.0 TDI",10,"EA"),L("AF-2003","Luftfilter VAG 2.0 TDI",10,"EA"),L("CF-4005","Innenraumfilter Aktivkohle VAG MQB",5,"EA"),
 L("BP-VWG7-F","Bremsbeläge vorne Golf 7",4,"SET"),L("BD-VWG7-F","Bremsscheiben vorne Golf 7, 312 mm",2,"PR"),
 L("OIL-5W30C3-20","Motoröl 5W-30 VW 504/507, 20 Liter",3,"EA"),L("CL-G12-5L","Kühlerfrostschutz G12++ 5 L",2,"EA")],
 order_date="2026-11-10", req="2026-11-17",
 ship_to=ship("Autohaus Brandt GmbH","Vahrenwalder Str. 212","Hannover",None,"30179","DE"))

# 09 Dutch garage, wholly Dutch
eml("09_vandijk_bestelling.eml","Peter van Dijk <peter@garagevandijk.nl>","Bestelling week 46","Wed, 11 Nov 2026 08:02:00 +0100",
"""Goedemorgen,

Graag het volgende leveren, onze ordernummer is VD-46-02.

- 2 doos handschoenen nitril zwart maat L
- 1 doos handschoenen nitril zwart maat XL
- 3 pak kabelbinders 200 x 4,8 zwart
- 2 pak zekeringen 15A (gewone steekzekering)
- 2 pak zekeringen 10A mini
- 6 x ruitensproeiervloeistof kant-en-klaar 5 liter
- 1 x remmenreiniger 5 liter

Levering op vrijdag 13-11-2026 graag.

Met vriendelijke groet,
Peter van Dijk
Garage van Dijk B.V.
Kanaalweg 41, 3526 KL Utrecht
""")
label("09_vandijk_bestelling.eml","Garage van Dijk B.V.","VD-46-02",[
 L("GL-NIT-L","handschoenen nitril zwart maat L",2,"BX"),L("GL-NIT-XL","handschoenen nitril zwart maat XL",1,"BX"),
 L("CT-200-48-BK","kabelbinders 200 x 4,8 zwart",3,"PK"),L("FU-STD-15","zekeringen 15A steekzekering",2,"PK"),
 L("FU-MINI-10","zekeringen 10A mini",2,"PK"),L("SW-5L-RTU","ruitensproeiervloeistof kant-en-klaar 5 liter",6,"EA"),
 L("BC-5L","remmenreiniger 5 liter",1,"EA")], req="2026-11-13")

# 10 Spanish workshop, wholly Spanish
eml("10_ruiz_pedido.eml","Manuel Ruiz <compras@talleresruiz.es>","Pedido 0873","Thu, 12 Nov 2026 12:40:00 +0100",
"""Buenos días:

Les envío nuestro pedido nº 0873 de fecha 12/11/2026:

- 4 juegos de pastillas de freno delanteras Skoda Octavia III
- 2 pares de discos delanteros Octavia III
- 12 filtros de aceite VAG 2.0 TDI
- 1 bidón de aceite 5W-40 de 205 litros
- 20 bombillas H7 12V (sueltas)
- 5 botes de líquido de frenos DOT 4 de 1 litro

Entrega en el taller: Calle de la Industria, 23, 46980 Paterna (Valencia). Por favor, antes del 20/11/2026.

Un saludo,
Manuel Ruiz
Talleres Hermanos Ruiz S.L.
""")
label("10_ruiz_pedido.eml","Talleres Hermanos Ruiz S.L.","0873",[
 L("BP-SKOC-F","pastillas de freno delanteras Skoda Octavia III",4,"SET"),L("BD-SKOC-F","discos delanteros Octavia III",2,"PR"),
 L("OF-1003","filtros de aceite VAG 2.0 TDI",12,"EA"),L("OIL-5W40-205","aceite 5W-40 205 litros",1,"EA"),
 L("BLB-H7","bombillas H7 12V sueltas",20,"EA"),L("BF-DOT4-1L","líquido de frenos DOT 4 1 litro",5,"EA")],
 order_date="2026-11-12", req="2026-11-20",
 ship_to=ship("Talleres Hermanos Ruiz S.L.","Calle de la Industria, 23","Paterna","Valencia","46980","ES"))

# 11 Australian fleet
eml("11_southerncross.eml","Bec Thompson <bec.thompson@southerncrossfleet.com.au>","Order SCF-PO-30417","Fri, 13 Nov 2026 09:15:00 +1000",
"""G'day,

Please find our order below - PO SCF-PO-30417, dated 13/11/2026.

Qty | Item | Price ex GST
10 | Brake pads front Transit Custom | $48.00
10 | Oil filter Transit 2.0 EcoBlue | $12.40
5 | Fuel filter Transit 2.0 EcoBlue | $36.00
4 | 20L 5W30 Ford spec (913D) | $186.00
6 | Battery 096 (start stop EFB) | $210.00

Deliver to 14 Boundary Rd, Rocklea QLD 4106 by Fri 20/11.

Cheers,
Bec Thompson
Procurement Officer
Southern Cross Fleet Pty Ltd | ABN 41 603 221 870
""")
label("11_southerncross.eml","Southern Cross Fleet Pty Ltd","SCF-PO-30417",[
 L("BP-FTC-F","Brake pads front Transit Custom",10,"SET",48.00),L("OF-1001","Oil filter Transit 2.0 EcoBlue",10,"EA",12.40),
 L("FF-3001","Fuel filter Transit 2.0 EcoBlue",5,"EA",36.00),L("OIL-5W30C2-20","20L 5W30 Ford spec (913D)",4,"EA",186.00),
 L("BAT-096EFB","Battery 096 EFB",6,"EA",210.00)],
 order_date="2026-11-13", req="2026-11-20", currency="AUD",
 ship_to=ship("Southern Cross Fleet","14 Boundary Rd","Rocklea","QLD","4106","AU"))

# 12 NZ garage, plugs and bulbs, terse
eml("12_teawa.eml","Hemi Walker <hemi@teawamotors.co.nz>","Order","Sun, 15 Nov 2026 20:44:00 +1300",
"""Kia ora,

Order no. 5521 please

8 x NGK BKR6E
4 x NGK ILKAR7B11
2 boxes 382 bulbs
2 boxes 380 bulbs
1 box 501s

Ta, Hemi
Te Awa Motors, 52 Kahikatea Dr, Frankton
""")
label("12_teawa.eml","Te Awa Motors Ltd","5521",[
 L("SP-BKR6E","NGK BKR6E",8,"EA"),L("SP-ILKAR7B11","NGK ILKAR7B11",4,"EA"),L("BLB-P21W-10","382 bulbs",2,"BX"),
 L("BLB-P215W-10","380 bulbs",2,"BX"),L("BLB-W5W-10","501s",1,"BX")])

# 13 South Africa
eml("13_randauto.eml","Thabo Nkosi <thabo@randauto.co.za>","Purchase Order RAS0412","Mon, 16 Nov 2026 11:20:00 +0200",
"""Good day

Kindly supply per our purchase order RAS0412 dated 16 November 2026:

1. Batteries 652? no sorry - 3 x 096 batteries
2. 2 x 027 batteries
3. 5 x Wiper blade 22 inch
4. 5 x Wiper blade 18 inch
5. 10 x DOT4 brake fluid 500ml
6. 2 x Coolant red concentrate 5L

Delivery to Rand Auto Services, 17 Main Reef Road, Denver, Johannesburg, 2094.

Regards
Thabo Nkosi
Workshop Manager
Rand Auto Services (Pty) Ltd
""")
label("13_randauto.eml","Rand Auto Services (Pty) Ltd","RAS0412",[
 L("BAT-096","096 batteries",3,"EA"),L("BAT-027","027 batteries",2,"EA"),L("WB-22","Wiper blade 22 inch",5,"EA"),
 L("WB-18","Wiper blade 18 inch",5,"EA"),L("BF-DOT4-500","DOT4 brake fluid 500ml",10,"EA"),L("CL-OAT-5L","Coolant red concentrate 5L",2,"EA")],
 order_date="2026-11-16",
 ship_to=ship("Rand Auto Services","17 Main Reef Road","_","_","2094","ZA"))

# 14 Canada taxi
eml("14_tricity.eml","Dan Morrison <dmorrison@tricitytaxi.ca>","PO TCT-2026-118 Corolla parts","Tue, 17 Nov 2026 13:05:00 -0500",
"""Hello,

Please ship the following on PO TCT-2026-118:

- Front brake pads, 2020 Corolla hybrid: 6 sets
- Oil filters Corolla 1.8 hybrid: 12
- Engine air filter Corolla: 6
- Denso iridium SC20HR11 plugs: 8
- 0W-20 1 litre: 24

Ship to: Tri-City Taxi, 455 Victoria St N, Kitchener, ON N2H 5E4

Thank you,
Dan Morrison
Fleet Maintenance Supervisor
""")
label("14_tricity.eml","Tri-City Taxi Ltd.","TCT-2026-118",[
 L("BP-TCOR-F","Front brake pads 2020 Corolla hybrid",6,"SET"),L("OF-1004","Oil filters Corolla 1.8 hybrid",12,"EA"),
 L("AF-2004","Engine air filter Corolla",6,"EA"),L("SP-SC20HR11","Denso iridium SC20HR11 plugs",8,"EA"),
 L("OIL-0W20-1","0W-20 1 litre",24,"EA")],
 ship_to=ship("Tri-City Taxi","455 Victoria St N","Kitchener","ON","N2H 5E4","CA"))

# 15 forward from workshop manager to buyer to seller
eml("15_kingsway_fwd.eml","Lisa Morgan <accounts@kingswayauto.co.uk>","FW: parts needed","Wed, 18 Nov 2026 10:02:00 +0000",
"""Hi Apex,

Please see Gareth's list below and send over today if poss. Our PO is KAC-7720.

Lisa Morgan
Kingsway Auto Centre

---------- Forwarded message ---------
From: Gareth Jones <gareth@kingswayauto.co.uk>
Date: Wed, 18 Nov 2026 at 09:31
Subject: parts needed
To: Lisa Morgan <accounts@kingswayauto.co.uk>

Lisa can you order

golf mk7 rear pads x2
golf front discs 288 (the smaller ones) x1 pair
cabin filter golf x3 (plain not carbon)
2 tins copper grease spray
wd40 x 6

ta G
""")
label("15_kingsway_fwd.eml","Kingsway Auto Centre","KAC-7720",[
 L("BP-VWG7-R","golf mk7 rear pads",2,"SET"),L("BD-VWG7S-F","golf front discs 288",1,"PR"),
 L("CF-4004","cabin filter golf plain",3,"EA"),L("CG-400A","copper grease spray",2,"EA"),L("WD40-400","wd40",6,"EA")])

# 16 council depot by registration number
eml("16_calderbridge_reg.eml","Fleet Workshop <fleetworkshop@calderbridge.gov.uk>","Parts order - CBC PO 4500078812","Thu, 19 Nov 2026 08:20:00 +0000",
"""Dear Apex,

Official order number 4500078812. Please quote this on your delivery note and invoice or payment will be delayed.

Vehicle YJ69 KXO (Ford Transit Custom 2.0 EcoBlue, 2019):
  Front brake pads - 1 set
  Rear brake pads - 1 set
  Front discs - 1 pair
  Rear discs - 1 pair

Vehicle YD21 HNU (Mercedes Sprinter 314 CDI):
  Front pads 1 set
  Air filter 1
  Pollen filter 1

Deliver to Stoney Lane Depot, Stoney Lane, Calderbridge HX4 9QE.

Regards

Andrew Sutcliffe
Fleet Workshop Supervisor
Calderbridge Borough Council

This email and any attachments are confidential and intended solely for the addressee. Calderbridge Borough Council monitors email traffic for security purposes.
""")
label("16_calderbridge_reg.eml","Calderbridge Borough Council","4500078812",[
 L("BP-FTC-F","Front brake pads Transit Custom",1,"SET"),L("BP-FTC-R","Rear brake pads Transit Custom",1,"SET"),
 L("BD-FTC-F","Front discs Transit Custom",1,"PR"),L("BD-FTC-R","Rear discs Transit Custom",1,"PR"),
 L("BP-MSP-F","Front pads Sprinter",1,"SET"),L("AF-2002","Air filter Sprinter",1,"EA"),L("CF-4003","Pollen filter Sprinter",1,"EA")],
 ship_to=ship("Stoney Lane Depot","Stoney Lane","Calderbridge",None,"HX4 9QE","GB"))

# 17 US independent with own codes
eml("17_bayside.eml","Carlos Mendez <carlos@baysideautorepair.com>","parts order 11/19","Thu, 19 Nov 2026 15:30:00 -0500",
"""Hey guys

PO 19-1126. Need these by Monday 11/23.

our# BAR-441  Group 24F battery        qty 2
our# BAR-102  H11 bulb                 qty 4
our# BAR-233  20" wiper blade (beam)   qty 6
our# BAR-234  22" wiper blade (beam)   qty 6
our# BAR-510  nitrile gloves XL black  qty 5 bx

Carlos
Bayside Auto Repair - 6120 N Florida Ave, Tampa FL 33604
""")
label("17_bayside.eml","Bayside Auto Repair","19-1126",[
 L("BAT-G24F","Group 24F battery",2,"EA",cp="BAR-441"),L("BLB-H11","H11 bulb",4,"EA",cp="BAR-102"),
 L("WB-20","20\" wiper blade (beam)",6,"EA",cp="BAR-233"),L("WB-22","22\" wiper blade (beam)",6,"EA",cp="BAR-234"),
 L("GL-NIT-XL","nitrile gloves XL black",5,"BX",cp="BAR-510")], req="2026-11-23")

# 18 Ennis Road Motors, prices in EUR
eml("18_ennisroad.eml","Niamh O'Connor <parts@ennisroadmotors.ie>","Order - ERM 3309","Fri, 20 Nov 2026 11:11:00 +0000",
"""Hi,

Order ERM 3309 as per price list:

3 x Brake Cleaner 600ml (case of 12) @ €27.50
1 x Hand cleaner 4L pump @ €11.90
4 x Blue centrefeed (pk 6) @ €19.80
10 x Screenwash conc 5L @ €5.75

Many thanks,
Niamh
Ennis Road Motors, Ennis Road, Limerick
""")
label("18_ennisroad.eml","Ennis Road Motors","ERM 3309",[
 L("BC-600-12","Brake Cleaner 600ml (case of 12)",3,"CS",27.50),L("HC-4L-P","Hand cleaner 4L pump",1,"EA",11.90),
 L("PR-BLUE-2P","Blue centrefeed (pk 6)",4,"PK",19.80),L("SW-5L-C","Screenwash conc 5L",10,"EA",5.75)], currency="EUR")

# 19 Harbourside AU, reply thread with quote
eml("19_harbourside_reply.eml","Josh Pappas <josh@harboursidemech.com.au>","RE: Quote Q-55812 - brake & battery","Mon, 23 Nov 2026 08:45:00 +1100",
"""Thanks mate, all good - go ahead with the lot as quoted. PO number is HM2311.
Can you drop it off Wednesday 25th?

Josh

From: Apex Sales <sales@apexmotorfactors.co.uk>
Sent: Friday, 20 November 2026 6:10 PM
To: Josh Pappas <josh@harboursidemech.com.au>
Subject: Quote Q-55812 - brake & battery

Hi Josh, as requested:

2 x BATTERY 110 AGM 12V 95AH         AUD 285.00 ea
4 x BRAKE FLUID DOT4 LV CLASS 6 1L   AUD 12.60 ea
2 x BRAKE DISC PAIR FRT VW GOLF MK7 312MM  AUD 104.00 pr

Valid 30 days.
Apex Sales
""")
label("19_harbourside_reply.eml","Harbourside Mechanical","HM2311",[
 L("BAT-110AGM","BATTERY 110 AGM 12V 95AH",2,"EA",285.00),L("BF-DOT4LV-1L","BRAKE FLUID DOT4 LV CLASS 6 1L",4,"EA",12.60),
 L("BD-VWG7-F","BRAKE DISC PAIR FRT VW GOLF MK7 312MM",2,"PR",104.00)], req="2026-11-25", currency="AUD")

# 20 unknown sender, small garage not in customers
eml("20_unknown_garage.eml","Tom Fairley <fairleymotors@gmail.com>","new account - first order","Mon, 23 Nov 2026 12:00:00 +0000",
"""Hello,

We're a small garage in Harrogate and your rep said to email orders here. Could you send:

1 x 075 battery
1 x 063 battery
2 x H7 twin packs (the +150 ones)

Fairley Motors
Unit 2, Hookstone Park
Harrogate
HG2 7DB

Tom
""")
label("20_unknown_garage.eml","Fairley Motors",None,[
 L("BAT-075","075 battery",1,"EA"),L("BAT-063","063 battery",1,"EA"),L("BLB-H7-150P","H7 twin packs +150",2,"PK")],
 ship_to=ship("Fairley Motors","Unit 2, Hookstone Park","Harrogate",None,"HG2 7DB","GB"))
