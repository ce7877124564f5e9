from common import L, PO, SHIP, NOT
from docs_mail1 import add, M

add("m21_web_basket.eml", "Mette Dahl <mette@odensecykel.dk>", "Bestilling - kopieret fra jeres webshop kurv", (2026,12,7,14,5),
"""Hej, webshoppen driller ved betaling, så her er min kurv kopieret ind:

Din indkøbskurv (5 varer)
--------------------------------------------------
Road tyre 700x28c (28-622) folding, tanwall
Varenr.: TY-70028-FT
På lager - leveres 2-3 hverdage
Antal: 4        Stk. pris: 23,90 €        I alt: 95,60 €
Fjern  |  Gem til senere
--------------------------------------------------
Inner tube 700x28-32c presta 60mm
Varenr.: TU-700-2832-PV60
På lager
Antal: 8        Stk. pris: 4,25 €        I alt: 34,00 €
Fjern  |  Gem til senere
--------------------------------------------------
Shift housing 4mm black, per metre
Varenr.: HS-SH4-M
Antal: 10        Stk. pris: 1,30 €        I alt: 13,00 €
Fjern  |  Gem til senere
--------------------------------------------------
Ferrules 4mm alloy, bag of 100
Varenr.: FE-4-100
Antal: 1        Stk. pris: 6,20 €        I alt: 6,20 €
--------------------------------------------------
Chain lube dry 100ml
Varenr.: LB-DRY-100
Antal: 12        Stk. pris: 5,90 €        I alt: 70,80 €
--------------------------------------------------
Subtotal: 219,60 €
Fragt: 0,00 € (gratis over 200 €)
Moms (25%): 54,90 €
Total: 274,50 €
Du sparer 0,00 €
Kunder købte også: Chain lube wet 100ml  5,90 €  [Læg i kurv]

Mvh Mette
Odense Cykelværksted, Vesterbro 71, 5000 Odense C
""",
PO("Odense Cykelværksted",None,None,None,"EUR",[
  L("TY-70028-FT","Road tyre 700x28c (28-622) folding, tanwall",4,"EA",23.90),
  L("TU-700-2832-PV60","Inner tube 700x28-32c presta 60mm",8,"EA",4.25),
  L("HS-SH4-M","Shift housing 4mm black, per metre",10,"M",1.30),
  L("FE-4-100","Ferrules 4mm alloy, bag of 100",1,"PK",6.20),
  L("LB-DRY-100","Chain lube dry 100ml",12,"EA",5.90)]),
"order copied from our web basket: noise lines (Fjern, Gem, upsell, totals), quantities as 'Antal:'")

add("m22_en_forward.eml", "Karin Nielsen <karin@nordhjul.dk>", "Fwd: order for Bergen shop", (2026,12,8,8,10),
"""Hi order desk, forwarding this one from Fjord Bike, please book it. /Karin

---------- Forwarded message ---------
From: Ola Haugen <ola@fjordbike.no>
Date: Sun, 6 Dec 2026 at 21:14
Subject: order for Bergen shop
To: Karin Nielsen <karin@nordhjul.dk>

Hi Karin,

Our PO FB-2026-77. For the rental fleet before the spring season:

24 x Tyre 700x35c reflective (wire)
24 x Tube 700x35-47 schrader
12 x Helmet city S black
12 x Helmet city M black
12 x Helmet city L black
6 x Bike cleaner refill 5 litre

Delivery any time in January is fine.

Best regards / Med vennlig hilsen
Ola Haugen
Fjord Bike Rental AS
Strandkaien 2, 5013 Bergen, Norway
""",
PO("Fjord Bike Rental AS","FB-2026-77",None,None,None,[
  L("TY-70035-WR","Tyre 700x35c reflective (wire)",24), L("TU-700-3547-AV40","Tube 700x35-47 schrader",24),
  L("HM-CITY-S-BK","Helmet city S black",12), L("HM-CITY-M-BK","Helmet city M black",12),
  L("HM-CITY-L-BK","Helmet city L black",12), L("CL-SPR-5L","Bike cleaner refill 5 litre",6)]),
"internal forward from our own sales rep; customer is the forwarded sender; 'any time in January' = period, no date")

add("m23_unknown_us.eml", "Mike Alvarez <mike@bikeworksdenver.com>", "Order - Bikeworks Denver", (2026,12,8,16,20),
"""Hey folks,

Got your catalog from a buddy at Cascade. Want to try a first order, credit card OK:

- (2) boxes of 25 11 speed chains
- (1) box 100 shift cables stainless
- (30) 29 x 2.25 tubeless tires
- (6) quart-ish bottles of wet lube -- the 1 liter shop size
- (20) presta valve core 10 packs

PO# BWD-1009
Ship to: Bikeworks Denver, 1455 S Broadway, Denver, CO 80210

Mike Alvarez
Owner, Bikeworks Denver
720-555-0198
""",
PO("Bikeworks Denver","BWD-1009",None,None,None,[
  L("CH-11-25","boxes of 25 11 speed chains",2,"BX"), L("CB-SH-2100-100","box 100 shift cables stainless",1,"BX"),
  L("TY-29225-TR","29 x 2.25 tubeless tires",30), L("LB-WET-1L","quart-ish bottles of wet lube -- the 1 liter shop size",6),
  L("VA-CORE-PV","presta valve core 10 packs",20,"PK")],
  ship=SHIP("Bikeworks Denver","1455 S Broadway","Denver","80210","US","CO")),
"unknown US sender, quantities in parentheses, box vs single chain")

add("m24_da_chatty.eml", "Mads Holm <mads@cykelhuset-nb.dk>", "Re: julehandel", (2026,12,8,9,2),
"""Hej Karin

Tak for sidst! Det var en hyggelig messe. Vi har haft travlt med julegaver, så jeg skal have fyldt op på hjelme:
vi tager 3 af de grønne i M og 2 grønne i L, og så 4 sorte road hjelme i M og 2 røde i L.
Og hvis I har lås: 5 kædelåse 110 cm.

PO nr. er CH-1208 hvis I skal bruge det. Gerne levering inden d. 17/12.

Glædelig jul når vi når dertil :)
Mads

Cykelhuset Nørrebro ApS
""",
PO("Cykelhuset Nørrebro ApS","CH-1208",None,"2026-12-17",None,[
  L("HM-CITY-M-GR","grønne i M",3), L("HM-CITY-L-GR","grønne i L",2),
  L("HM-ROAD-M-BK","sorte road hjelme i M",4), L("HM-ROAD-L-RD","røde i L",2), L("LK-CH-110","kædelåse 110 cm",5)]),
"chatty prose, items inside sentences, colours/sizes, year-less date")

add("m25_en_table_tabs.eml", "Marta Puig <compras@ruedalibre.es>", "Order RL-1533 (pasted from Excel)", (2026,12,9,10,15),
"""Hi, please find order RL-1533 below, copied from our sheet.

SKU\tDescription\tQty\tPrice
BP-R-ROAD\tRim brake pads road caliper, cartridge (1 pair)\t20\t5.90
BP-D-SR-R\tDisc brake pads organic, SRAM Level/Guide type (1 pair)\t15\t6.90
CB-SH-2100-PT\tShift inner cable PTFE coated 1.1x2100mm\t30\t2.40
HS-SH4-30\tShift housing 4mm black, 30m roll\t1\t32.00
CE-100\tCable end crimps, bag of 100\t2\t3.80

Date 09/12/2026. Deliver by 22/12/2026.

Marta
Rueda Libre
""",
PO("Bicicletas Rueda Libre S.L.","RL-1533","2026-12-09","2026-12-22",None,[
  L("BP-R-ROAD","Rim brake pads road caliper, cartridge (1 pair)",20,"PR",5.90),
  L("BP-D-SR-R","Disc brake pads organic, SRAM Level/Guide type (1 pair)",15,"PR",6.90),
  L("CB-SH-2100-PT","Shift inner cable PTFE coated 1.1x2100mm",30,"EA",2.40),
  L("HS-SH4-30","Shift housing 4mm black, 30m roll",1,"RL",32.00),
  L("CE-100","Cable end crimps, bag of 100",2,"PK",3.80)]),
"tab-separated table pasted from a spreadsheet, prices without currency (currency null), DD/MM dates")

add("m26_no_unknown.eml", "Sykkeldoktoren <post@sykkeldoktoren-trd.no>", "Bestilling fra Sykkeldoktoren Trondheim", (2026,12,9,13,0),
"""Hei!

Vi er en ny verksted i Trondheim og vil bestille:

Slanger 26" bilventil – 20 stk
Dekk 26x1.95 – 10 stk (vanlige, ikke punkteringsbeskyttet)
V-bremseklosser, eske med 50 par – 1 eske
Avfetter, 1 liter – 6 flasker

Levering til: Sykkeldoktoren Trondheim, Innherredsveien 12, 7014 Trondheim.
Vår bestillingsreferanse: SDT-001

Hilsen Kari Nilsen
Sykkeldoktoren Trondheim
""",
PO("Sykkeldoktoren Trondheim","SDT-001",None,None,None,[
  L("TU-26-AV40",'Slanger 26" bilventil',20), L("TY-26195-WB","Dekk 26x1.95",10),
  L("BP-R-VB-50","V-bremseklosser, eske med 50 par",1,"BX"), L("DG-BIO-1L","Avfetter, 1 liter",6)],
  ship=SHIP("Sykkeldoktoren Trondheim","Innherredsveien 12","Trondheim","7014","NO")),
"unknown Norwegian sender, quantity after description with dash, box of 50 pairs = 1 BX")

add("m27_de_correction.eml", "Jana Petersen <einkauf@velokontor.de>", "AW: Bestellung 2026-1201 - Korrektur", (2026,12,9,15,45),
"""Hallo Karin,

Korrektur zu unserer Bestellung 2026-1201: bei den Helmen bitte
- Größe M statt L (also 5x City Helm M weiß statt 5x L weiß)
und bei Kette 10-fach die Anzahl von 10 auf 8 reduzieren.
Alles andere bleibt wie bestellt.

Gruß Jana

-----Ursprüngliche Nachricht-----
Von: Jana Petersen
Gesendet: Dienstag, 8. Dezember 2026 14:20
An: ordre@nordhjul.dk
Betreff: Bestellung 2026-1201

Bestellung 2026-1201 vom 08.12.2026
10 x Kette 10-fach
10 x Kassette 10-fach 11-28
5 x City Helm L weiß
2 x Entfetter 5 Liter

Velokontor Hamburg GmbH
""",
PO("Velokontor Hamburg GmbH","2026-1201","2026-12-08",None,None,[
  L("CH-10","Kette 10-fach",8), L("CS-10-1128","Kassette 10-fach 11-28",10),
  L("HM-CITY-M-WH","City Helm M weiß",5), L("DG-BIO-5L","Entfetter 5 Liter",2)]),
"German correction: size swap L->M and quantity 10->8, rest from the quoted original")

add("m28_en_municipal_bulk_degreaser.eml", "Henrik Møller <hm@bycyklen.dk>", "Værkstedsforbrug Q1", (2026,12,10,8,20),
"""Hi Nordhjul,

Workshop consumables for Q1 2027, PO 50011920:

- Bio degreaser from the drum: 120 litres (we bring our IBC as usual)
- Lithium grease 1 kg tubs x 6
- Wet chain lube 1 L x 10
- Copper paste 100 g x 4
- Cable end crimps x 5 bags

Deliver to the workshop (Sydhavnsgade 18, 2450 København SV) week 2, latest 8 Jan 2027.

Henrik Møller
Bycyklen A/S
""",
PO("Bycyklen A/S","50011920",None,"2027-01-08",None,[
  L("DG-BIO-L","Bio degreaser from the drum",120,"L"), L("GS-LI-1KG","Lithium grease 1 kg tubs",6),
  L("LB-WET-1L","Wet chain lube 1 L",10), L("GS-CU-100","Copper paste 100 g",4), L("CE-100","Cable end crimps",5,"PK")],
  ship=SHIP("Bycyklen A/S","Sydhavnsgade 18","København SV","2450","DK")),
"degreaser by the litre (120 L) vs bottle/canister, quantity after 'x'")

add("m29_it_short.eml", "Luca Bianchi <ordini@ciclofficinanavigli.it>", "integrazione ordine 233/26", (2026,12,10,9,12),
"""Ciao,

in aggiunta all'ordine 233/26 (quello del 3 dicembre), vi chiediamo di aggiungere:

2 bobine guaina freno 5mm nera 30m
1 barattolo grasso al litio 1kg
4 coppie manopole ergonomiche taglia L

Grazie, Luca
Ciclofficina Navigli
""",
PO("Ciclofficina Navigli S.r.l.","233/26",None,None,None,[
  L("HS-BR5-30","bobine guaina freno 5mm nera 30m",2,"RL"), L("GS-LI-1KG","barattolo grasso al litio 1kg",1),
  L("GR-ERGO-L","coppie manopole ergonomiche taglia L",4,"PR")]),
"Italian add-on to an earlier order: lines are only the additions, PO number refers back")

add("m30_en_spreadsheet_fixed.eml", "Wiener Radverleih <einkauf@wienerrad.at>", "PO WRV-2026-0093", (2026,12,10,11,0),
"""Dear Sir or Madam,

please deliver according to our purchase order:

PURCHASE ORDER WRV-2026-0093          Date: 10.12.2026
Vendor: Nordhjul Cykeldele A/S        Vendor no.: 70044
----------------------------------------------------------------------
Pos  Our item   Description                          Qty  UoM  Price EUR
----------------------------------------------------------------------
001  WR-22817   CITY TYRE 700X32 E-BIKE REFL         36   PCE     24.90
002  WR-22818   TUBE 700X28-32 AV 40                 72   PCE      3.70
003  WR-30112   BRAKE PAD SHIMANO 4-PISTON RESIN     24   PR       8.90
004  WR-40007   LOCK U 13MM 230                      18   PCE     24.90
----------------------------------------------------------------------
Delivery date: 05.01.2027     Incoterms: DAP Wien
Ship to: Wiener Radverleih GmbH, Lager Simmering, Leberstraße 122, 1110 Wien

Kind regards
Purchasing dept.
Wiener Radverleih GmbH, Praterstraße 44, 1020 Wien
""",
PO("Wiener Radverleih GmbH","WRV-2026-0093","2026-12-10","2027-01-05","EUR",[
  L("TY-70032-EB","CITY TYRE 700X32 E-BIKE REFL",36,"EA",24.90,cp="WR-22817"),
  L("TU-700-2832-AV40","TUBE 700X28-32 AV 40",72,"EA",3.70,cp="WR-22818"),
  L("BP-D-SH4-R","BRAKE PAD SHIMANO 4-PISTON RESIN",24,"PR",8.90,cp="WR-30112"),
  L("LK-U13-230","LOCK U 13MM 230",18,"EA",24.90,cp="WR-40007")],
  ship=SHIP("Wiener Radverleih GmbH, Lager Simmering","Leberstraße 122","Wien","1110","AT")),
"ERP fixed-column text with buyer item codes and position numbers, vendor no. is not a PO")

add("m31_sv_unknown.eml", "Malmö Cykelkök <hej@cykelkok.se>", "Beställning", (2026,12,10,17,3),
"""Hejsan!

Vi är en ideell cykelverkstad i Malmö och vill gärna beställa:

10 par V-bromsklossar
10 st bromsvajer 2000 mm
10 st växelvajer rostfri
2 st rulle bromshölje 5 mm
1 påse hylsor 5 mm

Faktura till föreningen, leverans till Cykelköket, Friisgatan 7, 214 21 Malmö.

Tack på förhand!
Alva, Malmö Cykelkök
""",
PO("Malmö Cykelkök",None,None,None,None,[
  L("BP-R-VB","V-bromsklossar",10,"PR"), L("CB-BR-2000","bromsvajer 2000 mm",10),
  L("CB-SH-2100","växelvajer rostfri",10), L("HS-BR5-30","rulle bromshölje 5 mm",2,"RL"), L("FE-5-100","påse hylsor 5 mm",1,"PK")],
  ship=SHIP("Cykelköket","Friisgatan 7","Malmö","21421","SE")),
"unknown Swedish non-profit, 2000mm brake cable vs 1700 near duplicate")

add("m32_en_quickride_reply.eml", "Ops <ops@quickride.dk>", "Re: PO QR-7744 qty change", (2026,12,11,6,55),
"""Make it 40 tubes not 20 on QR-7744. Also add 10 pair pack puncture protect 26" tyres. Thx

On Thu, 10 Dec 2026 at 18:02, Ops <ops@quickride.dk> wrote:
> PO QR-7744
> 20 x TU-26-AV40
> 10 x CH-09
> 10 x QL-0809
> --
> Quickride Kurér ApS | Vasbygade 10 | 2450 København SV
""",
PO("Quickride Kurér ApS","QR-7744",None,None,None,[
  L("TU-26-AV40","tubes",40), L("CH-09","CH-09",10), L("QL-0809","QL-0809",10,"PK"),
  L("TY-26195-PP-PR",'pair pack puncture protect 26" tyres',10,"PR")]),
"top-posted one-liner change + add-on over '>' quoted original")

add("m33_es_rental.eml", "Javier Ortega <javier.ortega@ruedalibre.es>", "Pedido flota alquiler", (2026,12,11,12,30),
"""Buenos días:

Para la flota de alquiler de Rueda Libre necesitamos:

* Cascos urbanos talla M blanco: 10 uds.
* Cascos urbanos talla S blanco: 6 uds.
* Candados de cadena 90 cm: 8 uds.
* Luces delanteras dinamo: 12 uds.
* Luces traseras dinamo (portabultos): 12 uds.

Nº de pedido: RL-1541. Fecha de entrega deseada: 8 de enero de 2027.

Un saludo,
Javier Ortega
Responsable de flota
Bicicletas Rueda Libre S.L.
""",
PO("Bicicletas Rueda Libre S.L.","RL-1541",None,"2027-01-08",None,[
  L("HM-CITY-M-WH","Cascos urbanos talla M blanco",10), L("HM-CITY-S-WH","Cascos urbanos talla S blanco",6),
  L("LK-CH-90","Candados de cadena 90 cm",8), L("LT-F-DYN","Luces delanteras dinamo",12), L("LT-R-DYN","Luces traseras dinamo (portabultos)",12)]),
"Spanish, quantity after description with 'uds.', Spanish long date")

add("m34_da_html_alt.eml", "Peter Lund <peter@aarhuscykelservice.dk>", "Ordre AC-2310", (2026,12,11,14,0),
"""Hej

Ordre AC-2310 af 11.12.2026:

Antal  Vare
3      Kassette 9 gear 11-32
3      Kæde 9 gear
2      Kassette 8 gear 11-32
2      Kæde 8 gear
10     Bremseklodser V-brake (par)
1      Gaffatape... nej glem det

Hilsen Peter
Aarhus Cykelservice
""",
PO("Aarhus Cykelservice ApS","AC-2310","2026-12-11",None,None,[
  L("CS-09-1132","Kassette 9 gear 11-32",3), L("CH-09","Kæde 9 gear",3),
  L("CS-08-1132","Kassette 8 gear 11-32",2), L("CH-08","Kæde 8 gear",2), L("BP-R-VB","Bremseklodser V-brake (par)",10,"PR")]),
"Danish, a line cancelled inline ('nej glem det') must not become a line; also has HTML alternative",
html="""<html><body><p>Hej</p><p>Ordre AC-2310 af 11.12.2026:</p><table border=1><tr><th>Antal</th><th>Vare</th></tr>
<tr><td>3</td><td>Kassette 9 gear 11-32</td></tr><tr><td>3</td><td>Kæde 9 gear</td></tr>
<tr><td>2</td><td>Kassette 8 gear 11-32</td></tr><tr><td>2</td><td>Kæde 8 gear</td></tr>
<tr><td>10</td><td>Bremseklodser V-brake (par)</td></tr><tr><td>1</td><td>Gaffatape... nej glem det</td></tr></table>
<p>Hilsen Peter<br>Aarhus Cykelservice</p></body></html>""")

add("m35_en_nl_prices_mixed.eml", "Sanne de Vries <inkoop@despaak.nl>", "Order DS-26-0431", (2026,12,11,16,10),
"""Hello Karin,

English this time since my colleague Tom will follow up. Order DS-26-0431:

5 pairs Road tyre 700x28c wire, black (pair pack) @ 25.40
10 Inner tube 700x20-25c presta 60mm @ 4.20
4 Sport saddle 143mm @ 39.00
4 Sport saddle 155mm @ 39.00
2 Carbon assembly paste @ 8.40

All prices EUR excl. VAT. Deliver when ready.

Sanne
De Spaak, Utrecht
""",
PO("Fietsenwinkel De Spaak B.V.","DS-26-0431",None,None,"EUR",[
  L("TY-70028-WB-PR","Road tyre 700x28c wire, black (pair pack)",5,"PR",25.40),
  L("TU-700-2025-PV60","Inner tube 700x20-25c presta 60mm",10,"EA",4.20),
  L("SD-SPORT-143","Sport saddle 143mm",4,"EA",39.00), L("SD-SPORT-155","Sport saddle 155mm",4,"EA",39.00),
  L("GS-CP-100","Carbon assembly paste",2,"EA",8.40)]),
"'5 pairs' of a pair pack SKU with pair price; '@' prices; 143 vs 155 saddle")

add("m36_fi_sv_bilingual.eml", "Antti Virtanen <antti.virtanen@kaupunkipyora-tre.fi>", "Lisätilaus / tilläggsbeställning 2026/121", (2026,12,12,9,30),
"""Hei / Hej,

Lisätilaus 2026/121 (päiväys 12.12.2026):

20 kpl  takavalo dynamo 80mm  / bakljus dynamo
20 kpl  etuvalo dynamo 60 lux / framljus dynamo
10 kpl  lukko runkolukko samalla avaimella

Toimitus samaan osoitteeseen kuin tilaus 2026/118 (Sarankulmankatu 9, 33900 Tampere), viimeistään 8.1.2027.

t. Antti
""",
PO("Kaupunkipyörä Tampere Oy","2026/121","2026-12-12","2027-01-08",None,[
  L("LT-R-DYN","takavalo dynamo 80mm  / bakljus dynamo",20), L("LT-F-DYN","etuvalo dynamo 60 lux / framljus dynamo",20),
  L("LK-RING-KA","lukko runkolukko samalla avaimella",10)],
  ship=SHIP("Kaupunkipyörä Tampere Oy","Sarankulmankatu 9","Tampere","33900","FI")),
"Finnish/Swedish bilingual add-on order, ship-to by reference to earlier order")

add("m37_en_free_text_pairs.eml", "Ola Haugen <ola@fjordbike.no>", "quick one", (2026,12,12,10,45),
"""Hi Karin,
quick one: a dozen pairs of ergo grips small, half a dozen large, and 2 boxes of the resin B01S pads (25 pairs).
Please don't put it on FB-2026-77 (that one is closed), use FB-2026-81.
Ola
""",
PO("Fjord Bike Rental AS","FB-2026-81",None,None,None,[
  L("GR-ERGO-S","pairs of ergo grips small",12,"PR"), L("GR-ERGO-L","large",6,"PR"),
  L("BP-D-SH-R-25","boxes of the resin B01S pads (25 pairs)",2,"BX")]),
"word quantities (a dozen, half a dozen), ambiguous PO resolved to the new number")

add("m38_de_cargo_table.eml", "Tobias Krüger <t.krueger@lastenrad-logistik.de>", "Bestellung LLB-PO-3342", (2026,12,14,8,5),
"""Hallo,

Bestellung LLB-PO-3342 vom 14.12.2026, Lieferung bis 21.12.2026 an Depot Nord (Prenzlauer Promenade 190, 13189 Berlin).

Pos.\tArtikel\tBeschreibung\tMenge\tEinheit
1\tLLB-V-112\tBremszug Innenzug 1700 (100er Box)\t2\tBox
2\tLLB-V-113\tBremszughülle 5 mm schwarz\t60\tm
3\tLLB-V-118\tEndhülsen 5 mm (100 St.)\t3\tBeutel
4\tLLB-V-140\tKettenöl nass 1 L\t4\tFl.

Gruß
Tobias Krüger
""",
PO("Lastenrad Logistik Berlin GmbH","LLB-PO-3342","2026-12-14","2026-12-21",None,[
  L("CB-BR-1700-100","Bremszug Innenzug 1700 (100er Box)",2,"BX",cp="LLB-V-112"),
  L("HS-BR5-M","Bremszughülle 5 mm schwarz",60,"M",cp="LLB-V-113"),
  L("FE-5-100","Endhülsen 5 mm (100 St.)",3,"PK",cp="LLB-V-118"),
  L("LB-WET-1L","Kettenöl nass 1 L",4,"EA",cp="LLB-V-140")]),
"tab table with buyer codes, housing in metres, 'Pos.' numbers")

add("m39_en_uni_shorthand.eml", "Jonas Bech <jb@adm.ku.dk>", "stuff for workshop", (2026,12,14,12,0),
"""hi, can you add to our account (not urgent):
2x 10sp chain, 2 cassettes 10sp 11-34, 6 tubes 700x25 presta 48, 1 tub grease, 1x degreaser 1L
cheers Jonas (KU bike workshop, Universitetsparken 13)
PO will follow from procurement
""",
PO("Københavns Universitet - Campus Service",None,None,None,None,[
  L("CH-10","10sp chain",2), L("CS-10-1134","cassettes 10sp 11-34",2), L("TU-700-2025-PV48","tubes 700x25 presta 48",6),
  L("GS-LI-1KG","tub grease",1), L("DG-BIO-1L","degreaser 1L",1)]),
"one-line comma list, 'PO will follow' = no PO number")

add("m40_es_unknown_dotleaders.eml", "Taller Bici Valencia <pedidos@tallerbicivalencia.es>", "Pedido nuevo cliente", (2026,12,14,18,20),
"""Hola equipo Nordhjul,

Somos un taller nuevo en Valencia. Pedido:

Neumático 700x32 reflectante (el normal, de alambre) ........ 10
Cámara 700x28-32 válvula Schrader .......................... 20
Zapatas freno carretera (par) ............................... 8
Cable freno inox 1700 ........................................ 25
Funda cambio 4mm por metros ................................. 25 m

Enviar a: Taller Bici Valencia, Carrer de Cuba 45, 46006 Valencia.

Gracias,
Pau Ferrer
""",
PO("Taller Bici Valencia",None,None,None,None,[
  L("TY-70032-WR","Neumático 700x32 reflectante (el normal, de alambre)",10),
  L("TU-700-2832-AV40","Cámara 700x28-32 válvula Schrader",20), L("BP-R-ROAD","Zapatas freno carretera (par)",8,"PR"),
  L("CB-BR-1700","Cable freno inox 1700",25), L("HS-SH4-M","Funda cambio 4mm por metros",25,"M")],
  ship=SHIP("Taller Bici Valencia","Carrer de Cuba 45","Valencia","46006","ES")),
"unknown Spanish sender, dot-leader quantities at the end of line")

add("m41_da_correction_of_m12.eml", "Henrik Møller <hm@bycyklen.dk>", "SV: Indkøbsordre 50011873 - reservedele - ÆNDRING", (2026,12,7,9,50),
"""Hej igen,

Ændring til PO 50011873: vi skal kun bruge 25 par dæk BC-TYRE-26 (ikke 40), og bremseklodserne BC-PAD-F skal være 6 kasser i stedet for 4. Låsene (BC-LOCK) udgår.
Resten som bestilt.

/Henrik

Fra: Henrik Møller
Sendt: 4. december 2026 10:10
Emne: Indkøbsordre 50011873 - reservedele

Hermed indkøbsordre 50011873, dato 04-12-2026.

Varenr (vores)  Varenr (jeres)       Antal  Enhed
BC-TYRE-26      TY-26195-PP-PR       40     par
BC-TUBE-26      TU-26-AV40-10        12     kasse (10 stk)
BC-PAD-F        BP-D-SH-R-25         4      kasse
BC-CHAIN-8      CH-08                30     stk
BC-LOCK         LK-RING-KA           20     stk

Levering: Bycyklen værksted, Sydhavnsgade 18, 2450 København SV, senest 15-12-2026 kl. 14.
""",
PO("Bycyklen A/S","50011873","2026-12-04","2026-12-15",None,[
  L("TY-26195-PP-PR","BC-TYRE-26",25,"PR",cp="BC-TYRE-26"), L("TU-26-AV40-10","BC-TUBE-26",12,"BX",cp="BC-TUBE-26"),
  L("BP-D-SH-R-25","BC-PAD-F",6,"BX",cp="BC-PAD-F"), L("CH-08","BC-CHAIN-8",30,"EA",cp="BC-CHAIN-8")],
  ship=SHIP("Bycyklen værksted","Sydhavnsgade 18","København SV","2450","DK")),
"Danish change to m12: 40->25 pairs, 4->6 boxes, lock line removed")

add("m42_sv_tyre_notation.eml", "Johan Ek <johan@cykelriket.se>", "Order CR-5540 däck", (2026,12,15,9,15),
"""Hej,

CR-5540, däckbeställning:

4 st 28-622 vikbar tanwall
4 st 25-622 tråd svart
6 st 35-622 reflex
6 st 50-559 (26 x 1.95) vanligt tråd
2 par 32-622 punkteringsskydd reflex (parförpackning)

Önskat leveransdatum 2026-12-22.

/Johan
Cykelriket Stockholm AB
""",
PO("Cykelriket Stockholm AB","CR-5540",None,"2026-12-22",None,[
  L("TY-70028-FT","28-622 vikbar tanwall",4), L("TY-70025-WB","25-622 tråd svart",4),
  L("TY-70035-WR","35-622 reflex",6), L("TY-26195-WB","50-559 (26 x 1.95) vanligt tråd",6),
  L("TY-70032-PP-PR","32-622 punkteringsskydd reflex (parförpackning)",2,"PR")]),
"tyres by ETRTO only, pair pack, ISO date")
