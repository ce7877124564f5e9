from common import *
from attach import xlsx, pdf, csvtext
S = "orders@voltflow-trade.com"
DOCS = []
A = DOCS.append

vd = [("CU15-3", "Koperen buis 15mm lengte 3m", "50", "st", "11,80"),
      ("PF-EL15", "Push-fit knie 15mm wit", "100", "st", "1,95"),
      ("BV22-LV", "Kogelkraan volle doorlaat 22mm knel", "20", "st", "8,90"),
      ("PEXA16-100", "PEX-A buis 16x2,0 rol 100m", "4", "rol", "74,00"),
      ("SIL-WH", "Sanitairkit wit 310ml", "24", "st", "4,20"),
      ("PTFE12", "Teflontape 12mm x 12m", "50", "st", "0,35")]
vd_pdf = pdf("INKOOPORDER",
  ["Van Dijk Installatietechniek B.V.", "Industrieweg 31", "8028 PR Zwolle", "KvK 05012345  BTW NL001234567B01",
   "", "Leverancier: Voltflow Trade Supplies"],
  ["Ordernummer: 2026-0871", "Orderdatum: 17-11-2026", "Gewenste leverdatum: 24-11-2026", "Inkoper: I. Mulder", "",
   "Afleveradres:", "Van Dijk Installatietechniek", "Magazijn", "Industrieweg 31", "8028 PR Zwolle"],
  ["Art.nr. leverancier", "Omschrijving", "Aantal", "Eenheid", "Prijs EUR"], [34, 86, 18, 18, 24],
  vd, ["Vermeld ons ordernummer op pakbon en factuur. Levering tussen 7:00 en 15:00 uur."],
  aligns=["L", "L", "R", "L", "R"])
A(doc("33_vandijk_nl_pdf.eml", "Ilse Mulder <inkoop@vandijk-installatie.nl>", S,
 "Inkooporder 2026-0871", "Tue, 17 Nov 2026 09:02:40 +0100",
"""Beste,

In de bijlage vindt u onze inkooporder 2026-0871. Graag een orderbevestiging retour.

Met vriendelijke groet,

Ilse Mulder
Inkoop
Van Dijk Installatietechniek B.V.
""",
 lab("Van Dijk Installatietechniek B.V.", "2026-0871", "2026-11-17", "2026-11-24", "EUR",
     ship("Van Dijk Installatietechniek", "Industrieweg 31", "Zwolle", None, "8028 PR"),
     [ln(r[0], r[1], int(r[2]), {"st": "EA", "rol": "RL"}[r[3]], float(r[4].replace(",", "."))) for r in vd]),
 atts=[("Inkooporder_2026-0871.pdf", vd_pdf)]))

A(doc("34_brightwire_long_rewire.eml", "Gary Holt <gary@brightwire.co.uk>", "Dave Counter <dave.counter@voltflow-trade.com>",
 "PO BW-4512 - full rewire 7 Cardigan Rd", "Wed, 25 Nov 2026 17:41:20 +0000",
"""Dave,

Big one for the Cardigan Rd rewire, PO BW-4512. Deliver to 7 Cardigan Road, Headingley,
Leeds LS6 3AG on Monday 30th Nov before 9 if poss (side gate, garage).

Cable
3 drums 1.5mm T&E
2 x 2.5 T&E 100m
1 x 6mm T&E 50m
15m 10mm T&E (cut)
1 x 3 core & earth 1.5
1 roll 0.75 white 3 core flex

Boxes
50 x 1g 25mm metal boxes
40 x 2g 35mm metal
20 x 1g dry lining

Accessories (all white)
35 x 2g switched sockets
4 x 2g USB sockets (the A+A ones not the C ones)
18 x 1g 2way switches
4 x 2g 2way
2 x intermediate
3 x switched spurs
2 x unswitched spurs
24 x fire rated downlights 4000k
10 x 30A junction boxes

Board
1 x 14 way dual RCD CU
8 x B6, 6 x B16, 4 x B32, 1 x B40

Sundries
5 packs 1.5 clips, 5 packs 2.5 clips
10 rolls black tape + 2 green/yellow

Cheers
Gaz
""",
 lab("Brightwire Electrical Ltd", "BW-4512", None, "2026-11-30", OMIT,
     ship(None, "7 Cardigan Road", "Leeds", None, "LS6 3AG"), [
   ln("TE15-100", "1.5mm T&E drum", 3, "DRM"),
   ln("TE25-100", "2.5 T&E 100m", 2, "DRM"),
   ln("TE60-50", "6mm T&E 50m", 1, "DRM"),
   ln("TE100-M", "10mm T&E cut", 15, "M"),
   ln("TCE15-100", "3 core & earth 1.5", 1, "DRM"),
   ln("FLX3C075W", "0.75 white 3 core flex", 1, "RL"),
   ln("BBM1G25", "1g 25mm metal boxes", 50, "EA"),
   ln("BBM2G35", "2g 35mm metal", 40, "EA"),
   ln("DLB1G35", "1g dry lining", 20, "EA"),
   ln("SKT2G-WH", "2g switched sockets white", 35, "EA"),
   ln("SKT2GUSB-WH", "2g USB sockets A+A", 4, "EA"),
   ln("SW1G2W-WH", "1g 2way switches", 18, "EA"),
   ln("SW2G2W-WH", "2g 2way", 4, "EA"),
   ln("SW1GINT-WH", "intermediate", 2, "EA"),
   ln("FCU13-SW", "switched spurs", 3, "EA"),
   ln("FCU13-UN", "unswitched spurs", 2, "EA"),
   ln("DL6-40D", "fire rated downlights 4000k", 24, "EA"),
   ln("JB30-4T", "30A junction boxes", 10, "EA"),
   ln("CU14-DRCD", "14 way dual RCD CU", 1, "EA"),
   ln("MCB-B06", "B6", 8, "EA"),
   ln("MCB-B16", "B16", 6, "EA"),
   ln("MCB-B32", "B32", 4, "EA"),
   ln("MCB-B40", "B40", 1, "EA"),
   ln("CLP15-TE", "1.5 clips", 5, "PK"),
   ln("CLP25-TE", "2.5 clips", 5, "PK"),
   ln("TAPE-BK", "black tape", 10, "RL"),
   ln("TAPE-GY", "green/yellow tape", 2, "RL")])))

A(doc("35_courier_pod.eml", "DPD Notifications <notifications@dpd-tracking.example>", S,
 "Your parcel 15501234567890 has been delivered", "Thu, 26 Nov 2026 14:02:00 +0000",
"""Hi Voltflow Trade Supplies,

Your parcel 15501234567890 (ref: SO-887154) was delivered today at 13:58.
Received by: PRYCE
Delivered to: Elm Court, 3-15 Elm Grove, Manchester M20 6PL

Proof of delivery and photo are available in your account.

DPD UK - please do not reply to this email.
""",
 lab(None, kind="not_an_order")))

A(doc("36_moreau_french_english.eml", "Sophie Girard <s.girard@moreau-elec.fr>", S,
 "Order CMD-2026-1162 / chantier Les Tilleuls", "Fri, 20 Nov 2026 11:27:45 +0100",
"""Hello,

Following your offer of 3 november, please find our order CMD-2026-1162 for the chantier
(building site) in Lyon:

- 3 rolls of rigid cable 2,5mm² green-yellow (100 m) at 21,40 €
- 3 rolls of rigid cable 2,5mm² blue (100 m) at 21,40 €
- 3 rolls of rigid cable 2,5mm² brown (100 m) at 21,40 €
- 2 rolls of 10mm² green-yellow (50 m) at 44,80 €
- 25 pieces disjunctor differential 1P+N 16A 30mA at 17,90 €

Delivery address:
Chantier Résidence Les Tilleuls
45 avenue Jean Jaurès
69007 Lyon
The delivery must be before the 4 december 2026 (the site is closed after 16h00).

Best regards,
Sophie Girard
Électricité Moreau SARL
""",
 lab("Électricité Moreau SARL", "CMD-2026-1162", None, "2026-12-04", "EUR",
     ship("Chantier Résidence Les Tilleuls", "45 avenue Jean Jaurès", "Lyon", None, "69007"), [
   ln("SGL25GY", "rigid cable 2,5mm² green-yellow 100 m", 3, "RL", 21.40),
   ln("SGL25BL", "rigid cable 2,5mm² blue 100 m", 3, "RL", 21.40),
   ln("SGL25BR", "rigid cable 2,5mm² brown 100 m", 3, "RL", 21.40),
   ln("SGL100GY", "10mm² green-yellow 50 m", 2, "RL", 44.80),
   ln("RCBO-B16", "disjunctor differential 1P+N 16A 30mA", 25, "EA", 17.90)])))

hf = [["Harcourt FM - Stock Replenishment Order"],
      ["PO Number", "HFM/PO/26/0977"],
      ["Order Date", "23/11/2026"],
      ["Deliver To", "Harcourt House, 9 Gresham Street, London EC2V 7BU"],
      [],
      ["HFM Ref", "Supplier Code", "Description", "Pack", "Qty (packs/each)"],
      ["HFM-S0101", "CT100-BK", "Cable ties 100mm black", "100", 10],
      ["HFM-S0102", "CT200-BK", "Cable ties 200mm black", "100", 10],
      ["HFM-S0110", "TAPE-BK", "Insulating tape black", "1", 20],
      ["HFM-E0150", "GU10-5W40", "GU10 5W cool white", "1", 100],
      ["HFM-E0301", "T8-4FT", "T8 LED tube 4ft", "1", 60],
      ["HFM-S0205", "SIL-WH", "Silicone white 310ml", "1", 12],
      ["HFM-S0206", "FIRE-310", "Intumescent sealant", "1", 12],
      ["HFM-S0207", "FOAM-750", "Expanding foam", "1", 6],
      ["HFM-S0120", "WG221-412", "Wago 2 way", "100", 2]]
A(doc("37_harcourt_xlsx_replen.eml", "Priya Shah <priya.shah@harcourt-fm.com>", S,
 "Purchase Order HFM/PO/26/0977", "Mon, 23 Nov 2026 09:15:00 +0000",
"""Good morning,

Please find attached our monthly stores replenishment order HFM/PO/26/0977.

Kind regards,

Priya Shah
Procurement Coordinator | Harcourt Facilities Management Ltd

This email and any attachments are confidential and intended solely for the addressee.
""",
 lab("Harcourt Facilities Management Ltd", "HFM/PO/26/0977", "2026-11-23", None, OMIT,
     ship(None, "9 Gresham Street", "London", None, "EC2V 7BU"),
     [ln(r[1], r[2], r[4], {"CT100-BK": "PK", "CT200-BK": "PK", "TAPE-BK": "RL", "WG221-412": "BX"}.get(r[1], "EA"), cp=r[0]) for r in hf[6:]]),
 atts=[("HFM-PO-26-0977.xlsx", xlsx([("Order", hf)]))]))

A(doc("38_shannon_answer_query.eml", "Aoife Brennan <aoife.brennan@shannonme.ie>", "Niamh Walsh <niamh.walsh@voltflow-trade.com>",
 "RE: PO SME-10411 - query", "Tue, 24 Nov 2026 10:48:19 +0000",
"""Hi Niamh,

50m drums please, 2 of them. And can you add 100m of the 10mm T&E cut to length while you're at it.
Rest as per PO.

Aoife

From: Niamh Walsh <niamh.walsh@voltflow-trade.com>
Sent: Tuesday 24 November 2026 10:31
To: Aoife Brennan <aoife.brennan@shannonme.ie>
Subject: RE: PO SME-10411 - query

Hi Aoife, for the 6.0 T&E did you want the 50m drums or cut lengths? Thanks, Niamh

From: Aoife Brennan <aoife.brennan@shannonme.ie>
Sent: Monday 23 November 2026 16:02
To: Sales IE <sales.ie@voltflow-trade.com>
Subject: PO SME-10411

Hi,

PO SME-10411 for Raheen, deliver to our yard:

4 x RCBO B40 30mA
2 x 3 pole 32A C type MCB
1 x 80A 100mA time delay RCD
6.0 T&E x 2

Thanks,
Aoife
""",
 lab("Shannon M&E Contractors Ltd", "SME-10411", None, None, OMIT, OMIT, [
   ln("RCBO-B40", "RCBO B40 30mA", 4, "EA"),
   ln("MCB3-C32", "3 pole 32A C type MCB", 2, "EA"),
   ln("RCD80-100", "80A 100mA time delay RCD", 1, "EA"),
   ln("TE60-50", "6.0 T&E 50m drum", 2, "DRM"),
   ln("TE100-M", "10mm T&E cut to length", 100, "M")])))

A(doc("39_northbound_addon.eml", "Marc Tremblay <marc@northboundph.ca>", S,
 "Re: PO 7731", "Tue, 10 Nov 2026 13:22:05 -0500",
"""Add to PO 7731 please, if not shipped yet: 4 more rolls of the 1/2 red PEX and 2 more bags of 1/2 rings. Same address.

Marc

On Mon, Nov 9, 2026 at 7:05 AM Marc Tremblay <marc@northboundph.ca> wrote:
> Hey,
>
> PO 7731 - please ship to our shop (85 Bramalea Rd Unit 6, Brampton ON L6T 2W4)
>
> - 1/2" PEX red x 6 rolls (100')
> - 1/2" PEX blue x 6 rolls
> - crimp rings 1/2 - 5 bags
> (...)
""",
 lab("Northbound Plumbing & Heating Ltd.", "7731", None, None, OMIT,
     ship(OMIT, "85 Bramalea Rd Unit 6", "Brampton", "ON", "L6T 2W4"), [
   ln("PEXB050-R", "1/2 red PEX", 4, "RL"),
   ln("PEXCR050", "1/2 rings", 2, "PK")])))

A(doc("40_lakeside_foreman_short.eml", "Jimmy Ortega <jortega@lakesidemech.com>", S,
 "st lukes", "Fri, 20 Nov 2026 06:31:12 -0500",
"""need 30 sticks 1/2 type M, 100 1/2 couplings and 20 1/2 sharkbite couplings to job 2611 st lukes 11311 shaker blvd. PO 48240. thx

Jimmy
Sent from my Verizon, Samsung Galaxy smartphone
""",
 lab("Lakeside Mechanical Inc.", "48240", None, None, OMIT,
     ship(OMIT, "11311 shaker blvd", OMIT, OMIT, OMIT), [
   ln("CUM050", "1/2 type M", 30, "LEN"),
   ln("SW-CP050", "1/2 couplings", 100, "EA"),
   ln("PSH-CP050", "1/2 sharkbite couplings", 20, "EA")])))

cs = [("1", "LP6060-40N", "LED Panel 600x600 40W NW", "30", "EA", "24.95"),
      ("2", "LP1230-40N", "LED Panel 1200x300 40W NW", "10", "EA", "31.00"),
      ("3", "EMB3NM", "Emergency Bulkhead NM 3hr", "8", "EA", "21.50"),
      ("4", "GU10-5W40", "GU10 LED 5W 4000K", "60", "EA", "2.10"),
      ("5", "CAT6-BLU", "Cat6 UTP Blue 305m Box", "1", "BOX", "165.00")]
cs_pdf = pdf("PURCHASE ORDER",
  ["Coastline Sparkies Pty Ltd", "ABN 51 824 753 556", "14 Enterprise Ave", "Tweed Heads South NSW 2486",
   "", "To: Voltflow Trade Supplies"],
  ["PO No: PO-000318", "Date: 26/11/2026", "Delivery: 02/12/2026", "",
   "Deliver to:", "Coastline Sparkies - Kingscliff Shopping Village", "Shop 5, 80 Marine Pde", "Kingscliff NSW 2487"],
  ["#", "Item Code", "Description", "Qty", "Unit", "Unit Price"], [10, 32, 76, 16, 16, 30],
  cs + [("", "", "", "", "Subtotal", "1,521.50"), ("", "", "", "", "GST", "152.15"), ("", "", "", "", "Total AUD", "1,673.65")],
  ["Prices in AUD ex GST. Deliver between 7am and 2pm, call Josh 0412 555 018 on arrival."],
  aligns=["R", "L", "L", "R", "L", "R"])
A(doc("41_coastline_pdf.eml", "Coastline Sparkies Accounts <admin@coastlinesparkies.com.au>", S,
 "Purchase Order PO-000318 from Coastline Sparkies Pty Ltd", "Thu, 26 Nov 2026 10:05:00 +1000",
"""Hi,

Please find attached Purchase Order PO-000318.

If you have any questions please contact us.

Thanks,
Coastline Sparkies Pty Ltd
""",
 lab("Coastline Sparkies Pty Ltd", "PO-000318", "2026-11-26", "2026-12-02", "AUD",
     ship("Coastline Sparkies - Kingscliff Shopping Village", "80 Marine Pde", "Kingscliff", "NSW", "2487"),
     [ln(r[1], r[2], int(r[3]), {"BOX": "BX"}.get(r[4], r[4]), float(r[5])) for r in cs]),
 atts=[("PO-000318.pdf", cs_pdf)]))

A(doc("42_bakker_nl_unknown.eml", "Peter Bakker <bakkerinstallaties@gmail.com>", S,
 "Bestelling", "Wed, 25 Nov 2026 20:11:37 +0100",
"""Goedenavond,

Ik wil graag het volgende bestellen:

20 st. LED-panelen 60x60 40W 4000K (backlit)
100 st. hollewanddozen enkel 35mm
2 dozen Wago 221-412
5 zakjes tiewraps 200mm zwart

Ordernummer: BK-1123
Graag leveren op: Bakker Installaties, Weverstraat 9, 3861 AB Nijkerk.
Betaling graag op rekening, of laat maar weten als ik eerst een account moet aanvragen.

Met vriendelijke groet,
Peter Bakker
Bakker Installaties
06-87654321
""",
 lab("Bakker Installaties", "BK-1123", None, None, OMIT,
     ship("Bakker Installaties", "Weverstraat 9", "Nijkerk", None, "3861 AB"), [
   ln("LP6060-40N", "LED-panelen 60x60 40W 4000K backlit", 20, "EA"),
   ln("DLB1G35", "hollewanddozen enkel 35mm", 100, "EA"),
   ln("WG221-412", "Wago 221-412", 2, "BX"),
   ln("CT200-BK", "tiewraps 200mm zwart", 5, "PK")])))

A(doc("43_liffey_inline_correction.eml", "Declan Byrne <declan@liffeyplumbing.ie>", "sales.ie@voltflow-trade.com",
 "order LPH-1189", "Thu, 26 Nov 2026 07:02:10 +0000",
"""Morning Niamh

PO LPH-1189

10 x 22mm lever ball valves - sorry, 28mm ones
6 lengths 28mm copper
20 x 22mm end feed couplings
20 x 15mm
1 x 500g lead free solder

can you drop to 14 Vernon Avenue, Clontarf, Dublin 3, D03 X2Y7

thanks
Declan
""",
 lab("Liffey Plumbing & Heating", "LPH-1189", None, None, OMIT,
     ship(None, "14 Vernon Avenue", OMIT, None, "D03 X2Y7"), [
   ln("BV28-LV", "28mm lever ball valves", 10, "EA"),
   ln("CU28-3", "28mm copper", 6, "LEN"),
   ln("EF-CP22", "22mm end feed couplings", 20, "EA"),
   ln("EF-CP15", "15mm end feed couplings", 20, "EA"),
   ln("SOLD-500", "500g lead free solder", 1, "EA")])))

A(doc("44_keller_de_tabelle.eml", "Markus Keller <m.keller@keller-haustechnik.de>", S,
 "Bestellung 26-1203", "Mon, 30 Nov 2026 08:20:00 +0100",
"""Guten Morgen,

anbei unsere Bestellung Nr. 26-1203 vom 30.11.2026:

Artikel\tBezeichnung\tMenge\tME
PEXA20-100\tPEX-A Rohr 20x2,0 Ring 100m\t3\tRolle
GV22\tSchieber 22mm Klemm\t8\tStk
CHK22\tRückflussverhinderer 22mm\t8\tStk
TRV15\tThermostatventil 15mm Eckform mit Rücklaufverschraubung\t16\tStk
JNT-400\tGewindedichtpaste 400g\t4\tStk

Liefertermin: 07.12.2026
Lieferadresse wie immer: Haustechnik Keller GmbH, Lager, Robert-Bosch-Str. 8, 71229 Leonberg

Mit freundlichen Grüßen
Markus Keller
""",
 lab("Haustechnik Keller GmbH", "26-1203", "2026-11-30", "2026-12-07", OMIT,
     ship("Haustechnik Keller GmbH", "Robert-Bosch-Str. 8", "Leonberg", None, "71229"), [
   ln("PEXA20-100", "PEX-A Rohr 20x2,0 Ring 100m", 3, "RL"),
   ln("GV22", "Schieber 22mm Klemm", 8, "EA"),
   ln("CHK22", "Rückflussverhinderer 22mm", 8, "EA"),
   ln("TRV15", "Thermostatventil 15mm Eckform", 16, "EA"),
   ln("JNT-400", "Gewindedichtpaste 400g", 4, "EA")])))

eb = [["Pos", "Artikelnummer", "Bezeichnung", "Menge", "Einheit", "Preis"],
      [1, "MCB-B16", "LS-Schalter B16 1-polig 6kA", 60, "Stk", "3,95"],
      [2, "MCB-B20", "LS-Schalter B20 1-polig 6kA", 24, "Stk", "3,95"],
      [3, "RCD63-30", "FI-Schalter 2-polig 63A 30mA Typ A", 12, "Stk", "19,80"],
      [4, "CT100-BK", "Kabelbinder 100x2,5 schwarz VE100", 20, "VE", "0,95"],
      [5, "TAPE-BL", "Isolierband blau 19mm x 20m", 20, "Rolle", "0,55"]]
A(doc("45_brandt_csv_semicolon.eml", "Jens Hartmann <j.hartmann@elektro-brandt.de>", S,
 "Bestellung 4500-7802", "Wed, 02 Dec 2026 14:05:12 +0100",
"""Sehr geehrte Damen und Herren,

anbei Bestellung 4500-7802 als CSV-Datei. Lieferung bitte an unser Lager.

Mit freundlichen Grüßen
Jens Hartmann
Elektro Brandt GmbH
""",
 lab("Elektro Brandt GmbH", "4500-7802", None, None, OMIT, OMIT,
     [ln(r[1], r[2], r[3], {"Stk": "EA", "VE": "PK", "Rolle": "RL"}[r[4]], float(r[5].replace(",", "."))) for r in eb[1:]]),
 atts=[("Bestellung_4500-7802.csv", csvtext(eb, sep=";"))]))

A(doc("46_saikrishna_revised.eml", "K. Venkatesh <purchase@saikrishnaelectricals.in>", "export@voltflow-trade.com",
 "RE: Purchase Order SKE/PO/2026-27/0342 - REVISED", "Mon, 09 Nov 2026 10:12:40 +0530",
"""Dear Sir,

Please note the following revision against our PO No. SKE/PO/2026-27/0342:

Item 1 (LED Panel 600x600 36W 6500K) - quantity revised from 150 Nos. to 200 Nos.
Item 3 (LED Flood light 50W) - deleted, kindly do not supply.

All other items and terms remain unchanged. Kindly send revised proforma invoice.

Thanks & Regards,
K. Venkatesh
Purchase Dept.

-----Original Message-----
From: K. Venkatesh <purchase@saikrishnaelectricals.in>
Sent: 05 November 2026 11:36
To: export@voltflow-trade.com
Subject: Purchase Order SKE/PO/2026-27/0342

Dear Sir,

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
""",
 lab("Sai Krishna Electricals Pvt Ltd", "SKE/PO/2026-27/0342", "2026-11-05", None, OMIT,
     ship("Sai Krishna Electricals Pvt Ltd", "Plot No. 47", "Hyderabad", "Telangana", "500051"), [
   ln("LP6060-36D", "LED Panel 600x600 36W 6500K", 200, "EA"),
   ln("BTN4-1", "LED Batten 4 feet 36W", 80, "EA"),
   ln("MCB-B10", "MCB 10A B curve SP", 60, "EA"),
   ln("MCB-B06", "MCB 6A B curve SP", 40, "EA")])))

A(doc("47_summit_tech_gmail.eml", "Rob Delaney <robdelaney.hvac@gmail.com>", S,
 "GFCI order - Meridian Tower", "Wed, 02 Dec 2026 11:47:03 -0500",
"""Hi this is Rob, maintenance tech with Summit Facility Services at Meridian Tower. Need 12 of the
20A GFCI receptacles and 24 20A duplex receptacles white asap. PO will be SFS-PO-11901 (Dana
approved). Ship to the tower loading dock like last time.

Rob Delaney
Summit Facility Services
""",
 lab("Summit Facility Services", "SFS-PO-11901", None, None, OMIT, OMIT, [
   ln("GFCI20-WH", "20A GFCI receptacles", 12, "EA"),
   ln("DUP20-WH", "20A duplex receptacles white", 24, "EA")])))

A(doc("48_pennine_valves.eml", "Mick Sutcliffe <mick@pennineheating.co.uk>", S,
 "P-2260", "Tue, 01 Dec 2026 07:55:29 +0000",
"""Morning

P-2260 please, usual address

1/2" lever ball valves F&F x 10
3/4" x 4
isolators with handles x 20
TRVs x 8
22mm double check valve x 1
15mm pipe clips - 3 bags
22mm clips - 2 bags
15mm pipe insulation x 30 lengths

ta
Mick
""",
 lab("Pennine Heating & Plumbing", "P-2260", None, None, OMIT, OMIT, [
   ln("BV12-FF", '1/2" lever ball valves F&F', 10, "EA"),
   ln("BV34-FF", '3/4" lever ball valves F&F', 4, "EA"),
   ln("ISO15-HD", "isolators with handles", 20, "EA"),
   ln("TRV15", "TRVs", 8, "EA"),
   ln("CHK22", "22mm double check valve", 1, "EA"),
   ln("PC15-100", "15mm pipe clips", 3, "PK"),
   ln("PC22-50", "22mm clips", 2, "PK"),
   ln("INS15-1", "15mm pipe insulation", 30, "LEN")])))
