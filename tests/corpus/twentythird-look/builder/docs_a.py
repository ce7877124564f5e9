from common import *
from attach import xlsx, pdf, csvtext
S = "orders@voltflow-trade.com"
DOCS = []
A = DOCS.append

A(doc("01_brightwire_phone.eml", "Gary Holt <gary@brightwire.co.uk>", "Dave Counter <dave.counter@voltflow-trade.com>",
 "order", "Mon, 09 Nov 2026 06:58:12 +0000",
"""Hi Dave
2 drums 2.5 t&e and 20 x 32a mcbs type b please.
PO BW4471
Will collect tmrw first thing
Cheers
Gaz

Sent from my iPhone
""",
 lab("Brightwire Electrical Ltd", "BW4471", None, OMIT, OMIT, None, [
   ln("TE25-100", "2.5 t&e drum", 2, "DRM"),
   ln("MCB-B32", "32a mcbs type b", 20, "EA")])))

A(doc("02_pennine_copper_list.eml", "Mick Sutcliffe <mick@pennineheating.co.uk>", S,
 "Order P-2231 - Ashgrove Tce", "Mon, 09 Nov 2026 07:31:40 +0000",
"""Morning,

Can you send the following to site please - 14 Ashgrove Terrace, Sowerby Bridge HX6 2LN

10 x 15mm copper 3m lengths
4 x 22mm x 3m
50 15mm end feed elbows
20 x 22mm EF elbows
30 15mm EF tees
2 x 22mm full bore lever valves
6 isolating valves 15mm (the slotted ones)
1 flux, 2 x ptfe

Needed Thursday 12th latest
Order no P-2231

Thanks Mick
Pennine Heating & Plumbing
07700 900412
""",
 lab("Pennine Heating & Plumbing", "P-2231", None, "2026-11-12", OMIT,
     ship(None, "14 Ashgrove Terrace", "Sowerby Bridge", None, "HX6 2LN"), [
   ln("CU15-3", "15mm copper 3m lengths", 10, "LEN"),
   ln("CU22-3", "22mm x 3m", 4, "LEN"),
   ln("EF-EL15", "15mm end feed elbows", 50, "EA"),
   ln("EF-EL22", "22mm EF elbows", 20, "EA"),
   ln("EF-TE15", "15mm EF tees", 30, "EA"),
   ln("BV22-LV", "22mm full bore lever valves", 2, "EA"),
   ln("ISO15-CH", "isolating valves 15mm slotted", 6, "EA"),
   ln("FLUX-50", "flux", 1, "EA"),
   ln("PTFE12", "ptfe", 2, "RL")])))

A(doc("03_ridgeway_thhn.eml", "Travis Boone <tboone@ridgewayelectric.com>", S,
 "PO# 26-1183-RE  Legacy Dr job", "Thu, 12 Nov 2026 21:14:03 -0600",
"""Need the following for Monday at the Legacy job, 2250 Legacy Dr, Frisco TX 75034:

- 4 spools #12 THHN black, 2 white, 2 green
- 1 spool #14 black
- 50 sticks 1/2" EMT and 100 set screw couplings
- 20 QO 20 amp single pole
- 6 GFCI receptacles 20A

PO# 26-1183-RE

Thanks,
Travis Boone
Ridgeway Electric LLC
(972) 555-0143
""",
 lab("Ridgeway Electric LLC", "26-1183-RE", None, OMIT, OMIT,
     ship(None, "2250 Legacy Dr", "Frisco", "TX", "75034"), [
   ln("THHN12-BK", "#12 THHN black", 4, "SP"),
   ln("THHN12-WH", "#12 THHN white", 2, "SP"),
   ln("THHN12-GN", "#12 THHN green", 2, "SP"),
   ln("THHN14-BK", "#14 THHN black", 1, "SP"),
   ln("EMT050", '1/2" EMT', 50, "LEN"),
   ln("EMTC050", "set screw couplings", 100, "EA"),
   ln("QO120", "QO 20 amp single pole", 20, "EA"),
   ln("GFCI20-WH", "GFCI receptacles 20A", 6, "EA")])))

A(doc("04_harcourt_excel_paste.eml", "Priya Shah <priya.shah@harcourt-fm.com>", S,
 "Purchase Order HFM/PO/26/0918 - lighting replacement stock", "Tue, 10 Nov 2026 10:02:55 +0000",
"""Good morning,

Please supply the below against PO HFM/PO/26/0918.

Item\tDescription\tQty\tUnit
HFM-E0112\tLED panel 600 x 600 40w 4000k\t24\tea
HFM-E0113\tLED panel 600x600 emergency 3hr\t6\tea
HFM-E0220\tEmergency bulkhead maintained 3hr\t8\tea
HFM-E0301\tT8 LED tube 4ft\t40\tea
HFM-E0302\tT8 LED tube 5ft\t20\tea
HFM-E0410\tFused spur switched\t10\tea

Delivery to: Harcourt House, 9 Gresham Street, London EC2V 7BU, FAO Stores (goods in via Wood St entrance)
Required by Friday 20 November 2026.

Kind regards,

Priya Shah
Procurement Coordinator | Harcourt Facilities Management Ltd
T: 020 7946 0321

This email and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender and delete it. Harcourt Facilities Management Ltd,
registered in England No. 04417702.
""",
 lab("Harcourt Facilities Management Ltd", "HFM/PO/26/0918", None, "2026-11-20", OMIT,
     ship(None, "9 Gresham Street", "London", None, "EC2V 7BU"), [
   ln("LP6060-40N", "LED panel 600 x 600 40w 4000k", 24, "EA", cp="HFM-E0112"),
   ln("LP6060-40E", "LED panel 600x600 emergency 3hr", 6, "EA", cp="HFM-E0113"),
   ln("EMB3M", "Emergency bulkhead maintained 3hr", 8, "EA", cp="HFM-E0220"),
   ln("T8-4FT", "T8 LED tube 4ft", 40, "EA", cp="HFM-E0301"),
   ln("T8-5FT", "T8 LED tube 5ft", 20, "EA", cp="HFM-E0302"),
   ln("FCU13-SW", "Fused spur switched", 10, "EA", cp="HFM-E0410")])))

A(doc("05_odriscoll_qty_after.eml", "Ciarán O'Driscoll <ciaran@odriscollelectrical.ie>", "sales.ie@voltflow-trade.com",
 "Ballincollig order", "Mon, 16 Nov 2026 08:12:00 +0000",
"""Hi lads,

order for the Ballincollig job:

RCBO B16 - 12
RCBO B32 - 4
10 way dual rcd board - 1
2.5 singles brown - 2 rolls
2.5 singles blue - 2
earth 6mm green/yellow - 1 roll
wago 221-413 - 3 boxes

Deliver to Site 4, Old Quarry Road, Ballincollig, Co. Cork P31 KX88 on Wed 18/11 please

PO OD-2611-07

Thanks
Ciarán
""",
 lab("O'Driscoll Electrical Services", "OD-2611-07", None, "2026-11-18", OMIT,
     ship(None, "Old Quarry Road", "Ballincollig", "Co. Cork", "P31 KX88"), [
   ln("RCBO-B16", "RCBO B16", 12, "EA"),
   ln("RCBO-B32", "RCBO B32", 4, "EA"),
   ln("CU10-DRCD", "10 way dual rcd board", 1, "EA"),
   ln("SGL25BR", "2.5 singles brown", 2, "RL"),
   ln("SGL25BL", "2.5 singles blue", 2, "RL"),
   ln("SGL60GY", "earth 6mm green/yellow", 1, "RL"),
   ln("WG221-413", "wago 221-413", 3, "BX")])))

A(doc("06_brandt_de_angebot.eml", "Jens Hartmann <j.hartmann@elektro-brandt.de>", S,
 "Bestellung 4500-7781 zu Angebot VF-Q-26-3391", "Tue, 10 Nov 2026 09:45:21 +0100",
"""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot Nr. VF-Q-26-3391 vom 02.11.2026:

Pos. 1   50 St.    LED-Panel 600x600 40W 4000K (Art.-Nr. LP6060-40N)    à 21,50 EUR
Pos. 2   10 St.    LED-Panel 1200x300 40W 4000K (Art.-Nr. LP1230-40N)   à 26,80 EUR
Pos. 3    4 Karton CAT6 Verlegekabel grau, 305 m                        à 118,00 EUR
Pos. 4  200 St.    Hohlwanddose 1-fach, 35 mm tief                      à 0,52 EUR

Bestellnummer: 4500-7781
Liefertermin: KW 49
Lieferanschrift:
Baustelle Neubau Kita Sonnenblume
Am Lutterufer 3
33613 Bielefeld

Bitte bestätigen Sie uns den Auftrag.

Mit freundlichen Grüßen

Jens Hartmann
Einkauf

Elektro Brandt GmbH · Gewerbestraße 14 · 33609 Bielefeld
Tel. 0521 555 3310 · Amtsgericht Bielefeld HRB 40112
""",
 lab("Elektro Brandt GmbH", "4500-7781", None, OMIT, "EUR",
     ship("Baustelle Neubau Kita Sonnenblume", "Am Lutterufer 3", "Bielefeld", None, "33613"), [
   ln("LP6060-40N", "LED-Panel 600x600 40W 4000K", 50, "EA", 21.50),
   ln("LP1230-40N", "LED-Panel 1200x300 40W 4000K", 10, "EA", 26.80),
   ln("CAT6-GRY", "CAT6 Verlegekabel grau 305 m", 4, "BX", 118.00),
   ln("DLB1G35", "Hohlwanddose 1-fach 35 mm", 200, "EA", 0.52)])))

A(doc("07_summit_quote_request.eml", "Dana Whitfield <dwhitfield@summitfs.com>", S,
 "RFQ - LED retrofit, 3 buildings", "Wed, 11 Nov 2026 14:20:09 -0500",
"""Hello,

We're pricing out a lighting retrofit across three office buildings for Q1 and would like a
quote (not an order yet) on the following:

  ~220 2x2 LED flat panels, 4000K, 0-10V dimming
  ~60  2x4 LED troffers
  ~35  emergency bulkheads / wall packs

Please include lead times and any volume break pricing. We'd expect to place the order in
January once the owner signs off.

Thank you,
Dana Whitfield
Facilities Project Manager
Summit Facility Services
""",
 lab("Summit Facility Services", kind="not_an_order")))

kest_rows = [
 ("KB-EL-0041", "Twin & Earth 6242Y 1.5mm² 100m", "6", "DRUM", "62.40", "374.40"),
 ("KB-EL-0042", "Twin & Earth 6242Y 2.5mm² 100m", "8", "DRUM", "94.80", "758.40"),
 ("KB-EL-0060", "Back box 1g 35mm metal", "150", "EA", "0.55", "82.50"),
 ("KB-EL-0061", "Back box 2g 35mm metal", "200", "EA", "0.79", "158.00"),
 ("KB-EL-0070", "Dry lining box 2 gang 35mm", "60", "EA", "0.74", "44.40"),
 ("KB-EL-0102", "Fire rated downlight 6w 4000k dimmable", "120", "EA", "7.40", "888.00"),
 ("KB-EL-0150", "Cons unit 14 way dual RCD", "8", "EA", "92.00", "736.00"),
]
kest_pdf = pdf("PURCHASE ORDER",
  ["Kestrel Build Contractors Ltd", "Blackthorn Road, Reading, Berkshire RG2 0PN", "VAT Reg GB 284 1177 09", "",
   "Supplier: Voltflow Trade Supplies", "Account: C1004"],
  ["PO Number: 0004417", "PO Date: 10/11/2026", "Delivery Date: 17/11/2026", "Buyer: L. Ormsby", "",
   "DELIVER TO:", "Kestrel Build - Meadow View (Plots 14-22)", "Shinfield Road", "Reading", "RG2 9BE"],
  ["Our Code", "Description", "Qty", "Unit", "Price GBP", "Total GBP"], [26, 78, 14, 16, 24, 26],
  kest_rows + [("", "", "", "", "Net", "3,041.70"), ("", "", "", "", "VAT 20%", "608.34"), ("", "", "", "", "Total", "3,650.04")],
  ["Please quote our PO number on all delivery notes and invoices. Deliveries accepted 08:00-15:30 Mon-Fri.",
   "Site contact: Rob Kerr 07700 900871"], aligns=["L", "L", "R", "L", "R", "R"])
A(doc("08_kestrel_pdf.eml", "Kestrel Purchasing <purchasing@kestrelbuild.co.uk>", S,
 "Purchase Order 0004417", "Tue, 10 Nov 2026 11:40:00 +0000",
"""Please find attached Purchase Order 0004417.

Kestrel Build Contractors Ltd - Purchasing
This is an automated message, replies go to purchasing@kestrelbuild.co.uk
""",
 lab("Kestrel Build Contractors Ltd", "0004417", "2026-11-10", "2026-11-17", "GBP",
     ship("Kestrel Build - Meadow View (Plots 14-22)", "Shinfield Road", "Reading", None, "RG2 9BE"), [
   ln("TE15-100", kest_rows[0][1], 6, "DRM", 62.40, "KB-EL-0041"),
   ln("TE25-100", kest_rows[1][1], 8, "DRM", 94.80, "KB-EL-0042"),
   ln("BBM1G35", kest_rows[2][1], 150, "EA", 0.55, "KB-EL-0060"),
   ln("BBM2G35", kest_rows[3][1], 200, "EA", 0.79, "KB-EL-0061"),
   ln("DLB2G35", kest_rows[4][1], 60, "EA", 0.74, "KB-EL-0070"),
   ln("DL6-40D", kest_rows[5][1], 120, "EA", 7.40, "KB-EL-0102"),
   ln("CU14-DRCD", kest_rows[6][1], 8, "EA", 92.00, "KB-EL-0150")]),
 atts=[("PO_0004417.pdf", kest_pdf)]))

A(doc("09_northbound_pex.eml", "Marc Tremblay <marc@northboundph.ca>", S,
 "PO 7731", "Mon, 09 Nov 2026 07:05:44 -0500",
"""Hey,

PO 7731 - please ship to our shop (85 Bramalea Rd Unit 6, Brampton ON L6T 2W4)

- 1/2" PEX red x 6 rolls (100')
- 1/2" PEX blue x 6 rolls
- 3/4 pex red 2 rolls, blue 2 rolls
- crimp rings 1/2 - 5 bags
- crimp rings 3/4 - 2 bags
- 1/2 pex elbows brass - 100
- 1/2" PEX couplings - 50
- 1/2 sweat ball valves - 12

Need by Nov 20.

Thanks - Marc
Northbound Plumbing & Heating
""",
 lab("Northbound Plumbing & Heating Ltd.", "7731", None, "2026-11-20", OMIT,
     ship(OMIT, "85 Bramalea Rd Unit 6", "Brampton", "ON", "L6T 2W4"), [
   ln("PEXB050-R", '1/2" PEX red 100\'', 6, "RL"),
   ln("PEXB050-B", '1/2" PEX blue', 6, "RL"),
   ln("PEXB075-R", "3/4 pex red", 2, "RL"),
   ln("PEXB075-B", "3/4 pex blue", 2, "RL"),
   ln("PEXCR050", "crimp rings 1/2", 5, "PK"),
   ln("PEXCR075", "crimp rings 3/4", 2, "PK"),
   ln("PEXEL050", "1/2 pex elbows brass", 100, "EA"),
   ln("PEXCP050", '1/2" PEX couplings', 50, "EA"),
   ln("BVS050", "1/2 sweat ball valves", 12, "EA")])))

A(doc("10_coastline_tps_short.eml", "Josh Reilly <josh@coastlinesparkies.com.au>", S,
 "tps", "Tue, 10 Nov 2026 05:47:31 +1000",
"""G'day, can u chuck 3 rolls of 2.5 TPS and 2 of the 1.5 on the truck for Thurs, job's at 9 Pandanus Pde Cabarita Beach. cheers Josh
""",
 lab("Coastline Sparkies Pty Ltd", None, None, OMIT, OMIT,
     ship(OMIT, "9 Pandanus Pde", "Cabarita Beach", OMIT, OMIT), [
   ln("TPS25-100", "2.5 TPS", 3, "RL"),
   ln("TPS15-100", "1.5 TPS", 2, "RL")])))

A(doc("11_brightwire_correction_reply.eml", "Gary Holt <gary@brightwire.co.uk>", "Dave Counter <dave.counter@voltflow-trade.com>",
 "RE: PO BW-4490 Headingley flats", "Wed, 18 Nov 2026 07:22:10 +0000",
"""Sorry Dave, make the B32s 24 not 20, and add 2 boxes of the 2 way wagos (221-412). Everything else as below.

Gaz

-----Original Message-----
From: Gary Holt <gary@brightwire.co.uk>
Sent: 17 November 2026 16:48
To: Dave Counter <dave.counter@voltflow-trade.com>
Subject: PO BW-4490 Headingley flats

Dave,

PO BW-4490 for the Headingley flats, deliver to our unit Thurs am:

20 x B32 MCB
10 x B16 MCB
4 x 63A 30mA RCD
1 x 10 way dual RCD CU

Ta
Gaz
""",
 lab("Brightwire Electrical Ltd", "BW-4490", None, OMIT, OMIT, OMIT, [
   ln("MCB-B32", "B32 MCB", 24, "EA"),
   ln("MCB-B16", "B16 MCB", 10, "EA"),
   ln("RCD63-30", "63A 30mA RCD", 4, "EA"),
   ln("CU10-DRCD", "10 way dual RCD CU", 1, "EA"),
   ln("WG221-412", "2 way wagos 221-412", 2, "BX")])))

A(doc("12_moreau_fr_commande.eml", "Sophie Girard <s.girard@moreau-elec.fr>", S,
 "Commande CMD-2026-1147", "Thu, 12 Nov 2026 15:03:27 +0100",
"""Bonjour,

Veuillez trouver ci-dessous notre commande n° CMD-2026-1147 :

- 5 couronnes de câble souple 3G1,5 blanc (100 m)
- 40 disjoncteurs 16A courbe C unipolaires
- 10 interrupteurs différentiels 63A 30mA type A
- 2 boîtes de bornes Wago 221-415
- 3 sachets de colliers de serrage 300 x 4,8 noirs

Livraison souhaitée le 24/11/2026 à notre dépôt :
Électricité Moreau SARL
12 rue des Artisans
69800 Saint-Priest

Merci de nous confirmer le délai.

Cordialement,

Sophie Girard
Assistante achats
Électricité Moreau SARL - 04 78 55 21 90
""",
 lab("Électricité Moreau SARL", "CMD-2026-1147", None, "2026-11-24", OMIT,
     ship("Électricité Moreau SARL", "12 rue des Artisans", "Saint-Priest", None, "69800"), [
   ln("FLX3C15W", "câble souple 3G1,5 blanc 100 m", 5, "RL"),
   ln("MCB-C16", "disjoncteurs 16A courbe C unipolaires", 40, "EA"),
   ln("RCD63-30", "interrupteurs différentiels 63A 30mA type A", 10, "EA"),
   ln("WG221-415", "bornes Wago 221-415", 2, "BX"),
   ln("CT300-BK", "colliers de serrage 300 x 4,8 noirs", 3, "PK")])))

A(doc("13_vandijk_dutch_english.eml", "Bram de Wit <b.dewit@vandijk-installatie.nl>", S,
 "Order 26/0455 project De Vlonder", "Mon, 16 Nov 2026 08:31:00 +0100",
"""Good morning,

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

Met vriendelijke groet / Kind regards,

Bram de Wit
Werkvoorbereider
Van Dijk Installatietechniek B.V.
""",
 lab("Van Dijk Installatietechniek B.V.", "26/0455", None, "2026-11-23", OMIT,
     ship("Bouwproject De Vlonder", "Havenkade 12", "Zwolle", None, "8011 AB"), [
   ln("SWA3C40-M", "armoured cable 3x4mm2", 150, "M", cp=None),
   ln("CND20W", "pvc pipe 20mm white (3m)", 100, "LEN"),
   ln("CPL20W", "sleeve 20mm", 200, "EA"),
   ln("CBX20-TE", "end box 20mm", 80, "EA"),
   ln("SDL20", "saddles 20mm (box 100)", 3, "BX"),
   ln("CT200-BK", "tie wraps 200mm black", 10, "PK")])))

A(doc("14_saikrishna_india.eml", "K. Venkatesh <purchase@saikrishnaelectricals.in>", "export@voltflow-trade.com",
 "Purchase Order SKE/PO/2026-27/0342", "Thu, 05 Nov 2026 11:36:12 +0530",
"""Dear Sir,

Kindly arrange to supply the following material against our PO No. SKE/PO/2026-27/0342 dated
05.11.2026 at the earliest.

1. LED Panel 600x600 36W cool day light (6500K) - 150 Nos.
2. LED Batten 4 feet 36W - 80 Nos.
3. LED Flood light 50W - 25 Nos.
4. MCB 10A B curve SP - 60 Nos.
5. MCB 6A B curve SP - 40 Nos.

Delivery address:
Sai Krishna Electricals Pvt Ltd,
Plot No. 47, Phase II, IDA Cherlapally,
Hyderabad - 500051, Telangana.

Kindly confirm receipt of PO and share dispatch details.

Thanks & Regards,
K. Venkatesh
Purchase Dept.
Sai Krishna Electricals Pvt Ltd
+91 98480 12345
""",
 lab("Sai Krishna Electricals Pvt Ltd", "SKE/PO/2026-27/0342", "2026-11-05", None, OMIT,
     ship("Sai Krishna Electricals Pvt Ltd", "Plot No. 47", "Hyderabad", "Telangana", "500051"), [
   ln("LP6060-36D", "LED Panel 600x600 36W 6500K", 150, "EA"),
   ln("BTN4-1", "LED Batten 4 feet 36W", 80, "EA"),
   ln("FL50-N", "LED Flood light 50W", 25, "EA"),
   ln("MCB-B10", "MCB 10A B curve SP", 60, "EA"),
   ln("MCB-B06", "MCB 6A B curve SP", 40, "EA")])))

A(doc("15_tui_delivery_query.eml", "Aroha Ngata <office@tuielectrical.co.nz>", S,
 "Where is PO TE-5512??", "Thu, 19 Nov 2026 09:12:45 +1300",
"""Kia ora,

Our PO TE-5512 (the 2 x 100m rolls of 2.5 TPS and 30 RCBOs) was supposed to be here Tuesday
and still nothing. The lads are standing around on site. Can you check with the freight company
and let me know an ETA asap?

Nga mihi,
Aroha
Tui Electrical Ltd
03 555 0199
""",
 lab("Tui Electrical Ltd", kind="not_an_order")))

sme_rows = [
 [1, "SWA3C25-M", "3 core 2.5mm SWA cable", 250, "M", 2.65],
 [2, "SWA4C16-M", "4 core 16mm SWA cable", 60, "M", 12.80],
 [3, "TCE15-100", "3 core & earth 1.5mm 100m drum", 4, "DRUM", 86.00],
 [4, "EMB3NM", "Emergency bulkhead non-maintained 3hr", 12, "EA", 17.20],
 [5, "DL6-CCT", "Fire rated downlight 6W colour select", 40, "EA", 8.90],
 [6, "CT200-BK", "Cable ties 200mm black (pk 100)", 10, "PK", 2.40],
]
sme_x = xlsx([("PO", [
  ["Shannon M&E Contractors Ltd - PURCHASE ORDER"],
  [],
  ["PO No:", "SME-10392", None, "Date:", "09/11/2026"],
  ["Supplier:", "Voltflow Trade Supplies", None, "Required:", "16/11/2026"],
  ["Deliver to:", "Castletroy Primary Care Centre site, Dublin Road, Castletroy, Limerick V94 TX21"],
  [],
  ["Line", "Supplier Code", "Description", "Qty", "UOM", "Unit Price (EUR)", "Line Total (EUR)"],
 ] + [r + [round(r[3] * r[5], 2)] for r in sme_rows] + [
  [],
  [None, None, None, None, None, "Total ex VAT", round(sum(r[3] * r[5] for r in sme_rows), 2)],
  ["Approved by: D. Noonan"]])])
A(doc("16_shannon_xlsx.eml", "Aoife Brennan <aoife.brennan@shannonme.ie>", "sales.ie@voltflow-trade.com",
 "PO SME-10392", "Mon, 09 Nov 2026 12:18:30 +0000",
"""Hi,

Order attached for the Castletroy job, PO SME-10392.

Thanks,
Aoife
""",
 lab("Shannon M&E Contractors Ltd", "SME-10392", "2026-11-09", "2026-11-16", "EUR",
     ship("Castletroy Primary Care Centre site", "Dublin Road", OMIT, None, "V94 TX21"),
     [ln(r[1], r[2], r[3], {"DRUM": "DRM"}.get(r[4], r[4]), r[5]) for r in sme_rows]),
 atts=[("SME-10392.xlsx", sme_x)]))
