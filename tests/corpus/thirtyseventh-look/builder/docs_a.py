from common import *

# e01 NL terse
mail("e01_vdheijden_terse_nl", "Kees Verhoeven <k.verhoeven@vdheijden-bouw.nl>", NL_ORDERS,
 "bestelling project Stationsplein", "2026-12-07 07:42",
"""Goedemorgen,

Graag leveren op de bouwplaats Stationsplein:

20x hesje geel klasse 2 maat XL
10x hesje geel klasse 2 maat XXL
6x helm wit
2 doos oordoppen 200 paar

Onze ref: VDH-26-1187
Levering graag uiterlijk vrijdag 11 december.

Afleveradres:
Bouwplaats Stationsplein
Stationsweg 2
3311 JW Dordrecht

Mvg,
Kees Verhoeven
Uitvoerder
Bouwbedrijf Van der Heijden B.V.
Zeehavenweg 41 | 3316 AJ Dordrecht
T 078-6134400 | M 06-41229087
""",
E("Bouwbedrijf Van der Heijden B.V.", "VDH-26-1187", [
  L("HV2-VST-YE-XL", "hesje geel klasse 2 maat XL", 20),
  L("HV2-VST-YE-XXL", "hesje geel klasse 2 maat XXL", 10),
  L("HH-WH", "helm wit", 6),
  L("EP-200", "doos oordoppen 200 paar", 2, "BX"),
 ], requested_date="2026-12-11", ship_to=ST("Bouwplaats Stationsplein", "Stationsweg 2", "Dordrecht", "3311 JW", "NL")),
 "Dutch terse list, 'Nx' before description, weekday date without year", "nl")

# e02 UK numbered with our SKUs and GBP prices
mail("e02_harrowpike_numbered_skus", "Sophie Turnbull <s.turnbull@harrowpike.co.uk>", UK_ORDERS,
 "PO HP-40213 - PPE top up Kirkstall site", "2026-12-07 10:05",
"""Hi team,

Please supply the following against PO HP-40213:

1. HV3-JKT-OR-L   Hi-vis jacket class 3 orange L      qty 8   @ £29.50
2. HV3-JKT-OR-XL  Hi-vis jacket class 3 orange XL     qty 12  @ £29.50
3. HV3-JKT-OR-XXL Hi-vis jacket class 3 orange XXL    qty 5   @ £29.50
4. GL-CUTD-10     Cut level D gloves size 10          qty 60 pairs @ £5.05
5. SG-CLR         Safety specs clear                  qty 40  @ £1.80

Delivery to Kirkstall Forge site, Bridge Road, Leeds LS5 3BF by 18/12/2026 please.
Site contact Gaz on 07700 914 332.

Order date 07/12/2026.

Thanks,
Sophie Turnbull
Procurement Coordinator
Harrow & Pike Construction Ltd
Unit 4, Stourton Link, Leeds LS10 1RS
0113 496 0712

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""",
E("Harrow & Pike Construction Ltd", "HP-40213", [
  L("HV3-JKT-OR-L", "Hi-vis jacket class 3 orange L", 8, "EA", 29.50),
  L("HV3-JKT-OR-XL", "Hi-vis jacket class 3 orange XL", 12, "EA", 29.50),
  L("HV3-JKT-OR-XXL", "Hi-vis jacket class 3 orange XXL", 5, "EA", 29.50),
  L("GL-CUTD-10", "Cut level D gloves size 10", 60, "PR", 5.05),
  L("SG-CLR", "Safety specs clear", 40, "EA", 1.80),
 ], order_date="2026-12-07", requested_date="2026-12-18", currency="GBP",
 ship_to=ST("Kirkstall Forge site", "Bridge Road", "Leeds", "LS5 3BF", "GB")),
 "Numbered lines with our SKUs, GBP prices, UK date format")

# e03 NL size grid tab separated (gemeente)
mail("e03_schiedam_sizegrid_tabs_nl", "Inkoop Stadsbeheer <inkoop.stadsbeheer@schiedam.nl>", NL_ORDERS,
 "Inkooporder 2026-04417 hesjes en jassen", "2026-12-08 11:20",
"""Geachte heer/mevrouw,

Hierbij bestellen wij onderstaande artikelen onder inkoopordernummer 2026-04417.
Maatverdeling zoals hieronder (uit onze Excel geplakt):

Artikel\tS\tM\tL\tXL\tXXL\t3XL
Veiligheidshesje klasse 2 geel\t0\t10\t15\t15\t8\t2
Veiligheidshesje klasse 2 oranje\t0\t5\t5\t6\t0\t0
Winterjas klasse 3 oranje\t\t4\t6\t6\t3\t1

Gewenste leverdatum: 15-12-2026
Afleveren bij: Gemeentewerf, Fabriekstraat 33, 3115 HA Schiedam (ingang poort 2)

Factuur graag o.v.v. het inkoopordernummer naar crediteuren@schiedam.nl.

Met vriendelijke groet,

M. de Groot
Team Inkoop | Gemeente Schiedam
Postbus 1501, 3100 EA Schiedam
T 14 010
""",
E("Gemeente Schiedam", "2026-04417", [
  L("HV2-VST-YE-M", "Veiligheidshesje klasse 2 geel", 10),
  L("HV2-VST-YE-L", "Veiligheidshesje klasse 2 geel", 15),
  L("HV2-VST-YE-XL", "Veiligheidshesje klasse 2 geel", 15),
  L("HV2-VST-YE-XXL", "Veiligheidshesje klasse 2 geel", 8),
  L("HV2-VST-YE-3XL", "Veiligheidshesje klasse 2 geel", 2),
  L("HV2-VST-OR-M", "Veiligheidshesje klasse 2 oranje", 5),
  L("HV2-VST-OR-L", "Veiligheidshesje klasse 2 oranje", 5),
  L("HV2-VST-OR-XL", "Veiligheidshesje klasse 2 oranje", 6),
  L("HV3-JKT-OR-M", "Winterjas klasse 3 oranje", 4),
  L("HV3-JKT-OR-L", "Winterjas klasse 3 oranje", 6),
  L("HV3-JKT-OR-XL", "Winterjas klasse 3 oranje", 6),
  L("HV3-JKT-OR-XXL", "Winterjas klasse 3 oranje", 3),
  L("HV3-JKT-OR-3XL", "Winterjas klasse 3 oranje", 1),
 ], requested_date="2026-12-15", ship_to=ST("Gemeentewerf", "Fabriekstraat 33", "Schiedam", "3115 HA", "NL")),
 "Size-run grid pasted with tabs in mail body, zero and empty cells", "nl")

# e04 IE size/colour separated from product
mail("e04_corrib_colour_size_separate", "Padraig Ó Súilleabháin <posullivan@corribcivil.ie>", UK_ORDERS,
 "Order for N59 Moycullen job", "2026-12-08 08:31",
"""Morning,

Can you send out the below for the N59 job, our PO is CC-7728.

Hi-vis vests (class 2):
  orange, XL x4, XXL x2
  yellow, L x6, XL x6

Padded hi-vis jackets class 3:
  orange, L x3, XL x3, 3XL x1

Hard hats white x 10, yellow x 5

Deliver to site compound, N59 Moycullen Road, Moycullen, Co. Galway H91 C9TK.
Need them Monday 14th if at all possible.

Cheers
Padraig
--
Padraig Ó Súilleabháin | Site Engineer
Corrib Civil Engineering Ltd | Ballybrit Business Park, Galway
+353 91 775 210
Sent from Outlook for iOS
""",
E("Corrib Civil Engineering Ltd", "CC-7728", [
  L("HV2-VST-OR-XL", "Hi-vis vests (class 2)", 4),
  L("HV2-VST-OR-XXL", "Hi-vis vests (class 2)", 2),
  L("HV2-VST-YE-L", "Hi-vis vests (class 2)", 6),
  L("HV2-VST-YE-XL", "Hi-vis vests (class 2)", 6),
  L("HV3-JKT-OR-L", "Padded hi-vis jackets class 3", 3),
  L("HV3-JKT-OR-XL", "Padded hi-vis jackets class 3", 3),
  L("HV3-JKT-OR-3XL", "Padded hi-vis jackets class 3", 1),
  L("HH-WH", "Hard hats", 10),
  L("HH-YE", "Hard hats", 5),
 ], requested_date="2026-12-14", ship_to=ST("site compound", "N59 Moycullen Road", "Moycullen", "H91 C9TK", "IE", "Co. Galway")),
 "Colour and sizes written separately from the product ('orange, XL x4, XXL x2')")

# e05 DE boots sizes
mail("e05_kraemer_boots_de", "Jürgen Pohl <j.pohl@kraemer-hochbau.de>", NL_ORDERS,
 "Bestellung Sicherheitsstiefel / Best.-Nr. KH-2026-0932", "2026-12-08 13:02",
"""Sehr geehrte Damen und Herren,

wir bestellen hiermit (Bestellnummer KH-2026-0932 vom 08.12.2026):

Sicherheitsstiefel S3 mit Stahlkappe, schwarz
  Gr. 41 - 2 Paar
  Gr. 42 - 4 Paar
  Gr. 43 - 5 Paar
  Gr. 44 - 3 Paar
  Gr. 46 - 1 Paar

Sicherheitshalbschuh S1P grau
  Gr. 40 - 2 Paar
  Gr. 42 - 2 Paar

Preise lt. Rahmenvereinbarung 2026.
Liefertermin: KW 51, spätestens 18.12.2026.

Lieferanschrift:
Krämer Hochbau GmbH
Baustelle Innenhafen / Block C
Philosophenweg 19
47051 Duisburg

Mit freundlichen Grüßen

i.A. Jürgen Pohl
Einkauf
Krämer Hochbau GmbH | Hafenstraße 27 | 47119 Duisburg
Tel. +49 203 80 947-12 | Fax -99
Geschäftsführer: Dipl.-Ing. Rainer Krämer | HRB 11873 Amtsgericht Duisburg
""",
E("Krämer Hochbau GmbH", "KH-2026-0932", [
  L("BT-S3S-41", "Sicherheitsstiefel S3 mit Stahlkappe, schwarz", 2, "PR"),
  L("BT-S3S-42", "Sicherheitsstiefel S3 mit Stahlkappe, schwarz", 4, "PR"),
  L("BT-S3S-43", "Sicherheitsstiefel S3 mit Stahlkappe, schwarz", 5, "PR"),
  L("BT-S3S-44", "Sicherheitsstiefel S3 mit Stahlkappe, schwarz", 3, "PR"),
  L("BT-S3S-46", "Sicherheitsstiefel S3 mit Stahlkappe, schwarz", 1, "PR"),
  L("SH-S1P-40", "Sicherheitshalbschuh S1P grau", 2, "PR"),
  L("SH-S1P-42", "Sicherheitshalbschuh S1P grau", 2, "PR"),
 ], order_date="2026-12-08", requested_date="2026-12-18",
 ship_to=ST("Krämer Hochbau GmbH", "Baustelle Innenhafen / Block C", "Duisburg", "47051", "DE")),
 "German, sizes listed under a product heading, 'KW 51, spätestens' date", "de")

# e06 FR hotel chef jackets with prices
mail("e06_grandcerf_chef_fr", "Cuisine Grand Cerf <chef@grandcerf-hotel.fr>", NL_ORDERS,
 "Commande vestes de cuisine", "2026-12-08 15:47",
"""Bonjour,

Suite à notre échange téléphonique, voici notre commande n° GC-1212 :

- Veste de cuisine blanche manches longues, taille M : 6 pièces à 21,00 €
- Veste de cuisine blanche manches longues, taille L : 4 pièces à 21,00 €
- Veste de cuisine noire, taille L : 2 pièces à 23,00 €
- Pantalon de cuisine pied-de-poule taille M : 5 à 16,50 €
- Tabliers bavette blancs : 12 à 7,20 €

+ broderie du logo côté cœur sur toutes les vestes (12 x 3,50 €), le logo est déjà chez vous depuis la dernière commande.

Livraison souhaitée avant le 20 décembre.

Cordialement,

Antoine Mercier
Chef de cuisine
Hôtel Le Grand Cerf
50 route Nationale, 51500 Montchenot
03 26 97 60 07
""",
E("Hôtel Le Grand Cerf", "GC-1212", [
  L("CJ-WH-M", "Veste de cuisine blanche manches longues, taille M", 6, "EA", 21.00),
  L("CJ-WH-L", "Veste de cuisine blanche manches longues, taille L", 4, "EA", 21.00),
  L("CJ-BK-L", "Veste de cuisine noire, taille L", 2, "EA", 23.00),
  L("CT-PEP-M", "Pantalon de cuisine pied-de-poule taille M", 5, "EA", 16.50),
  L("CA-WH", "Tabliers bavette blancs", 12, "EA", 7.20),
  L("EMB-CHEST", "broderie du logo côté cœur sur toutes les vestes", 12, "EA", 3.50),
 ], requested_date="2026-12-20", currency="EUR"),
 "French, decimal commas, embroidery service line written as a sentence", "fr")

# e07 PL gloves
mail("e07_budpol_gloves_pl", "Agnieszka Wójcik <a.wojcik@budpol.pl>", NL_ORDERS,
 "Zamówienie nr ZAM/2026/12/044", "2026-12-09 09:10",
"""Dzień dobry,

Prosimy o realizację zamówienia nr ZAM/2026/12/044 z dnia 09.12.2026:

1) Rękawice antyprzecięciowe poziom D, rozmiar 9 - 120 par
2) Rękawice antyprzecięciowe poziom D, rozmiar 10 - 120 par
3) Rękawice robocze powlekane nitrylem, rozmiar 10 - 240 par
4) Okulary ochronne bezbarwne - 50 szt.

Termin dostawy: do 21.12.2026
Adres dostawy: Budpol Sp. z o.o., Magazyn, ul. Krakowska 180, 52-015 Wrocław

Pozdrawiam serdecznie
Agnieszka Wójcik
Dział Zaopatrzenia
Budpol Sp. z o.o.
tel. +48 71 344 20 10
NIP 899-27-41-556
""",
E("Budpol Sp. z o.o.", "ZAM/2026/12/044", [
  L("GL-CUTD-09", "Rękawice antyprzecięciowe poziom D, rozmiar 9", 120, "PR"),
  L("GL-CUTD-10", "Rękawice antyprzecięciowe poziom D, rozmiar 10", 120, "PR"),
  L("GL-NIT-10", "Rękawice robocze powlekane nitrylem, rozmiar 10", 240, "PR"),
  L("SG-CLR", "Okulary ochronne bezbarwne", 50, "EA"),
 ], order_date="2026-12-09", requested_date="2026-12-21",
 ship_to=ST("Budpol Sp. z o.o., Magazyn", "ul. Krakowska 180", "Wrocław", "52-015", "PL")),
 "Polish, numbered with ')' and 'par'/'szt.' units", "pl")

# e08 same as last time but 2 more XL (quoted previous)
mail("e08_northgate_same_as_last_time", "Leanne Marsh <leanne.marsh@northgatehotels.co.uk>", UK_ORDERS,
 "RE: Chef whites order - Castlefield kitchen", "2026-12-09 12:15",
"""Hi Ruth,

Same as last time please but 2 more XL. New PO number is NHG-PO-55190.
Same address as before (Castlefield Hotel, goods in).

Thanks!
Leanne

Leanne Marsh | Purchasing Assistant
Northgate Hospitality Group | 21 Quay Street, Manchester M3 3JZ
T: 0161 496 0033

-----Original Message-----
From: Leanne Marsh
Sent: 02 October 2026 09:48
To: orders@maasdelta-workwear.co.uk
Subject: Chef whites order - Castlefield kitchen

Hi Ruth,

PO NHG-PO-54811 please:

White chef jackets long sleeve  - M x 4, L x 6, XL x 3
Chef trousers pepper & salt    - M x 4, L x 6, XL x 3

Deliver to Castlefield Hotel, goods in, 8 Liverpool Road, Manchester M3 4NQ.

Thanks
Leanne
""",
E("Northgate Hospitality Group", "NHG-PO-55190", [
  L("CJ-WH-M", "White chef jackets long sleeve", 4),
  L("CJ-WH-L", "White chef jackets long sleeve", 6),
  L("CJ-WH-XL", "White chef jackets long sleeve", 5, derived="previous XL x 3 + 2"),
  L("CT-PEP-M", "Chef trousers pepper & salt", 4),
  L("CT-PEP-L", "Chef trousers pepper & salt", 6),
  L("CT-PEP-XL", "Chef trousers pepper & salt", 5, derived="previous XL x 3 + 2"),
 ], ship_to=ST("Castlefield Hotel, goods in", "8 Liverpool Road", "Manchester", "M3 4NQ", "GB")),
 "'Same as last time but 2 more XL' with the previous order quoted below; XL of both items +2")

# e09 DA hard hats etc
mail("e09_hansen_byg_da", "Mikkel Hansen <mh@hansen-byg.dk>", NL_ORDERS,
 "Bestilling - sag 2611 Aarhus Ø", "2026-12-09 07:55",
"""Hej

Vi vil gerne bestille følgende til sag 2611 (vores ordrenr. HSB-4471):

10 stk. sikkerhedshjelm hvid
4 stk. sikkerhedshjelm rød (til sjakbajser)
25 stk. refleksvest klasse 2 orange str. L
25 stk. refleksvest klasse 2 orange str. XL
3 æsker ørepropper m/snor, 200 par

Levering senest d. 16/12 til pladsen: Bernhardt Jensens Boulevard 88, 8000 Aarhus C.

Venlig hilsen
Mikkel Hansen
Formand
Hansen & Sønner Byg A/S
Sommervej 14, 8210 Aarhus V
Tlf. +45 86 15 22 40
""",
E("Hansen & Sønner Byg A/S", "HSB-4471", [
  L("HH-WH", "sikkerhedshjelm hvid", 10),
  L("HH-RD", "sikkerhedshjelm rød (til sjakbajser)", 4),
  L("HV2-VST-OR-L", "refleksvest klasse 2 orange str. L", 25),
  L("HV2-VST-OR-XL", "refleksvest klasse 2 orange str. XL", 25),
  L("EP-200C", "æsker ørepropper m/snor, 200 par", 3, "BX"),
 ], requested_date="2026-12-16",
 ship_to=ST(None, "Bernhardt Jensens Boulevard 88", "Aarhus C", "8000", "DK")),
 "Danish, 'stk.' quantities, corded ear plugs (m/snor) vs uncorded", "da")

# e10 UK ERP fixed columns with buyer part codes
mail("e10_brightwell_erp_fixed", "Purchasing <purchasing@brightwellfs.co.uk>", UK_ORDERS,
 "Purchase Order BFS-0098811", "2026-12-09 16:40",
"""BRIGHTWELL FACILITIES SERVICES LTD - PURCHASE ORDER
PO Number : BFS-0098811          PO Date : 09-DEC-2026
Supplier  : MAASDELTA WORKWEAR UK LTD   Acct: MDW001
Deliver To: Brightwell FS Stores, Avonmouth Way 7, Bristol BS11 9HX
Req. Date : 21-DEC-2026

LN  ITEM        DESCRIPTION                         QTY  UOM   UNIT PRICE
--  ----------  ----------------------------------  ---  ----  ----------
01  BW-PPE-114  NITRILE DISP GLOVE BLUE PF MED BX100  40  BOX        5.60
02  BW-PPE-115  NITRILE DISP GLOVE BLUE PF LGE BX100  60  BOX        5.60
03  BW-PPE-116  NITRILE DISP GLOVE BLUE PF XL BX100   20  BOX        5.60
04  BW-UNI-020  HI VIS TSHIRT YELLOW CL2 LARGE        24  EA         5.90
05  BW-UNI-021  HI VIS TSHIRT YELLOW CL2 XLARGE       24  EA         5.90

Currency: GBP     Terms: 30 days EOM
Please quote PO number on all delivery notes and invoices.
This is a system generated purchase order. Do not reply to this mailbox.
""",
E("Brightwell Facilities Services Ltd", "BFS-0098811", [
  L("GL-DSP-M", "NITRILE DISP GLOVE BLUE PF MED BX100", 40, "BX", 5.60, cp="BW-PPE-114"),
  L("GL-DSP-L", "NITRILE DISP GLOVE BLUE PF LGE BX100", 60, "BX", 5.60, cp="BW-PPE-115"),
  L("GL-DSP-XL", "NITRILE DISP GLOVE BLUE PF XL BX100", 20, "BX", 5.60, cp="BW-PPE-116"),
  L("HV2-TSH-YE-L", "HI VIS TSHIRT YELLOW CL2 LARGE", 24, "EA", 5.90, cp="BW-UNI-020"),
  L("HV2-TSH-YE-XL", "HI VIS TSHIRT YELLOW CL2 XLARGE", 24, "EA", 5.90, cp="BW-UNI-021"),
 ], order_date="2026-12-09", requested_date="2026-12-21", currency="GBP",
 ship_to=ST("Brightwell FS Stores", "Avonmouth Way 7", "Bristol", "BS11 9HX", "GB")),
 "ERP fixed-column text PO with buyer part codes, abbreviated sizes (MED/LGE/XLARGE)")
