from common import *

# e22 DA municipality
mail("e22_vejle_kommune_da", "Jens Kristensen <jekri@vejle.dk>", NL_ORDERS,
 "Indkøbsordre 31-2026-0774 Vej og Park", "2026-12-14 08:05",
"""Goddag

Vejle Kommune, Vej og Park bestiller hermed på indkøbsordre 31-2026-0774 (dato 14.12.2026):

Varenr.          Beskrivelse                                 Antal
HV3-JKT-YE-L     Refleksjakke kl. 3 gul, foret, str. L         6
HV3-JKT-YE-XL    Refleksjakke kl. 3 gul, foret, str. XL        8
HV1-RTR-OR-L     Regnbukser refleks orange str. L              6
HV1-RTR-OR-XL    Regnbukser refleks orange str. XL             8

EAN/faktura: 5798007770174
Leveringsadresse: Vej og Park, Materielgården, Kirkebjerg 10, 7100 Vejle
Levering ønskes uge 2 / 2027.

Med venlig hilsen
Jens Kristensen
Driftsleder, Vej og Park
Vejle Kommune
Tlf. 76 81 00 00
""",
E("Vejle Kommune", "31-2026-0774", [
  L("HV3-JKT-YE-L", "Refleksjakke kl. 3 gul, foret, str. L", 6),
  L("HV3-JKT-YE-XL", "Refleksjakke kl. 3 gul, foret, str. XL", 8),
  L("HV1-RTR-OR-L", "Regnbukser refleks orange str. L", 6),
  L("HV1-RTR-OR-XL", "Regnbukser refleks orange str. XL", 8),
 ], order_date="2026-12-14",
 ship_to=ST("Vej og Park, Materielgården", "Kirkebjerg 10", "Vejle", "7100", "DK")),
 "Danish municipal PO with our SKUs, EAN invoicing number that is not an item, week-only date", "da")

# e23 add-on to earlier PO
mail("e23_corrib_addon", "Padraig Ó Súilleabháin <posullivan@corribcivil.ie>", UK_ORDERS,
 "RE: Order for N59 Moycullen job", "2026-12-09 14:50",
"""Hi again,

Could you add the following to PO CC-7728 (this morning's order), same delivery:

- 20 pr knee pads
- ear plugs corded, box of 200 - 2 boxes

Rest stays the same.

Thanks
Padraig

> From: Padraig Ó Súilleabháin
> Sent: Tuesday 8 December 2026 08:31
> Subject: Order for N59 Moycullen job
> Can you send out the below for the N59 job, our PO is CC-7728.
> Hi-vis vests (class 2): orange, XL x4, XXL x2 / yellow, L x6, XL x6
> [...]
""",
E("Corrib Civil Engineering Ltd", "CC-7728", [
  L("KP-01", "knee pads", 20, "PR"),
  L("EP-200C", "ear plugs corded, box of 200", 2, "BX"),
 ], ship_to="OMIT"),
 "Add-on to an existing PO: only the added lines are the order; quoted earlier order must not be re-read")

# e24 Flemish thread, newest changes sizes
mail("e24_mechelen_thread_maten_vl", "Bart Peeters <bart.peeters@mechelen.be>", NL_ORDERS,
 "RE: bestelling groendienst BE26-00912", "2026-12-14 11:44",
"""Hallo Sanne,

Kleine aanpassing nog: de gevoerde jassen graag 2x M, 4x L, 5x XL en 1x XXL in plaats van wat ik vorige week doorgaf (twee mannen zijn er intussen bij gekomen).
De T-shirts en de handschoenen blijven zoals gevraagd.

Groeten,
Bart

Bart Peeters
Ploegbaas Groendienst - Stad Mechelen
Hanswijkvaart 9, 2800 Mechelen
015 29 77 40

Van: Sanne de Wit <orders@maasdelta-workwear.nl>
Verzonden: donderdag 10 december 2026 16:02
Aan: Bart Peeters
Onderwerp: RE: bestelling groendienst BE26-00912

Dag Bart, goed ontvangen, we leveren op 18/12. Groet, Sanne

Van: Bart Peeters
Verzonden: donderdag 10 december 2026 09:15
Onderwerp: bestelling groendienst BE26-00912

Dag,
Bestelbon BE26-00912 voor de groendienst:
- fluojas klasse 3 oranje gevoerd: M 2 / L 3 / XL 3
- fluo T-shirt geel klasse 2: L 10 / XL 10
- snijwerende handschoenen niveau B maat 9: 24 paar
- snijwerende handschoenen niveau B maat 10: 24 paar
Leveren aan onze loods Hanswijkvaart 9, 2800 Mechelen.
Bart
""",
E("Stad Mechelen", "BE26-00912", [
  L("HV3-JKT-OR-M", "gevoerde jassen", 2),
  L("HV3-JKT-OR-L", "gevoerde jassen", 4),
  L("HV3-JKT-OR-XL", "gevoerde jassen", 5),
  L("HV3-JKT-OR-XXL", "gevoerde jassen", 1),
  L("HV2-TSH-YE-L", "fluo T-shirt geel klasse 2", 10),
  L("HV2-TSH-YE-XL", "fluo T-shirt geel klasse 2", 10),
  L("GL-CUTB-09", "snijwerende handschoenen niveau B maat 9", 24, "PR"),
  L("GL-CUTB-10", "snijwerende handschoenen niveau B maat 10", 24, "PR"),
 ],
 ship_to=ST("Stad Mechelen - Groendienst", "Hanswijkvaart 9", "Mechelen", "2800", "BE")),
 "Flemish reply thread: newest message replaces the jacket size run (adds XXL); the only date is OUR promised delivery in the quoted confirmation, so requested_date is null", "nl-BE")

# e25 unknown DE Hausmeister
mail("e25_unknown_brandt_de", "Hausmeisterservice Brandt <hms-brandt@t-online.de>", NL_ORDERS,
 "Anfrage/Bestellung", "2026-12-14 17:12",
"""Hallo,

ich hätte gerne:
1 x Softshelljacke navy Gr. XL
1 x Softshelljacke navy Gr. L
2 Paar Knieschoner Gel
1 Karton Gehörschutzstöpsel 50 Paar

Rechnung + Lieferung an:
Hausmeisterservice Brandt
Inh. Uwe Brandt
Grabenstraße 4
46483 Wesel

Bezahlung per Vorkasse ist ok, bitte Rechnung vorab schicken.

Gruß
Uwe Brandt
0171 5540 298
""",
E("Hausmeisterservice Brandt", None, [
  L("SS-NV-XL", "Softshelljacke navy Gr. XL", 1),
  L("SS-NV-L", "Softshelljacke navy Gr. L", 1),
  L("KP-01", "Knieschoner Gel", 2, "PR"),
  L("EP-50", "Karton Gehörschutzstöpsel 50 Paar", 1, "BX"),
 ], ship_to=ST("Hausmeisterservice Brandt", "Grabenstraße 4", "Wesel", "46483", "DE")),
 "Sender not in customers.csv; German, small order, 'Anfrage' in subject but a firm order", "de")

# e26 tabs from spreadsheet with prices
mail("e26_brightwell_tabs_prices", "Hannah Price <hannah.price@brightwellfs.co.uk>", UK_ORDERS,
 "Order - Temple Meads contract uniforms", "2026-12-15 10:21",
"""Morning,

Please see order below for the Temple Meads cleaning contract (our ref BFS-0098874). Copied out of our tracker:

Item\tSize\tQty\tPrice
Softshell jacket navy\tM\t6\t£26.40
Softshell jacket navy\tL\t9\t£26.40
Softshell jacket navy\tXL\t5\t£26.40
Embroidery left chest (Brightwell logo)\t\t20\t£3.00

Logo is on file from last year.
Ship to: Brightwell FS c/o Temple Meads Station, Station Approach, Bristol BS1 6QF - FAO Facilities Office
Required by 08/01/2027

Thanks
Hannah Price
Contract Manager
Brightwell Facilities Services Ltd
07700 900 512
""",
E("Brightwell Facilities Services Ltd", "BFS-0098874", [
  L("SS-NV-M", "Softshell jacket navy", 6, "EA", 26.40),
  L("SS-NV-L", "Softshell jacket navy", 9, "EA", 26.40),
  L("SS-NV-XL", "Softshell jacket navy", 5, "EA", 26.40),
  L("EMB-CHEST", "Embroidery left chest (Brightwell logo)", 20, "EA", 3.00),
 ], requested_date="2027-01-08", currency="GBP",
 ship_to=ST("Brightwell FS c/o Temple Meads Station", "Station Approach", "Bristol", "BS1 6QF", "GB")),
 "Tab-separated rows pasted from a tracker with size column, GBP")

# e27 DE glove size grid
mail("e27_kraemer_glove_grid_de", "Jürgen Pohl <j.pohl@kraemer-hochbau.de>", NL_ORDERS,
 "Bestellung Handschuhe KH-2026-0951", "2026-12-15 09:40",
"""Guten Tag,

anbei unsere Bestellung KH-2026-0951 vom 15.12.2026, Größenaufteilung:

                               Gr. 7   Gr. 8   Gr. 9   Gr. 10  Gr. 11
Montagehandschuh Nitril blau     -      24      48      48      24
Schnittschutz Stufe B            -      12      24      24      12
Schnittschutz Stufe D            -       -      12      12       -

Alle Mengen in Paar. Lieferung an Hafenstraße 27, 47119 Duisburg (Lager).

Mit freundlichen Grüßen
i.A. Jürgen Pohl
Krämer Hochbau GmbH
""",
E("Krämer Hochbau GmbH", "KH-2026-0951", [
  L("GL-NIT-08", "Montagehandschuh Nitril blau", 24, "PR"),
  L("GL-NIT-09", "Montagehandschuh Nitril blau", 48, "PR"),
  L("GL-NIT-10", "Montagehandschuh Nitril blau", 48, "PR"),
  L("GL-NIT-11", "Montagehandschuh Nitril blau", 24, "PR"),
  L("GL-CUTB-08", "Schnittschutz Stufe B", 12, "PR"),
  L("GL-CUTB-09", "Schnittschutz Stufe B", 24, "PR"),
  L("GL-CUTB-10", "Schnittschutz Stufe B", 24, "PR"),
  L("GL-CUTB-11", "Schnittschutz Stufe B", 12, "PR"),
  L("GL-CUTD-09", "Schnittschutz Stufe D", 12, "PR"),
  L("GL-CUTD-10", "Schnittschutz Stufe D", 12, "PR"),
 ], order_date="2026-12-15",
 ship_to=ST("Krämer Hochbau GmbH", "Hafenstraße 27", "Duisburg", "47119", "DE")),
 "German glove size grid (sizes 7-11) with dashes for empty cells", "de")

# e28 unknown DA hotel
mail("e28_unknown_strandlyst_da", "Køkken Strandlyst <koekken@hotel-strandlyst.dk>", NL_ORDERS,
 "Bestilling kokkejakker", "2026-12-15 13:30",
"""Hej,

Vi er et mindre hotel i Skagen og vil gerne bestille:

kokkejakke hvid lange ærmer str. M – 4 stk
kokkejakke hvid lange ærmer str. L – 4 stk
kokkebukser ternet str. L – 4 stk
forklæde hvid m/ smæk – 10 stk

Vores ordrenr.: STL-118
Levering: Hotel Strandlyst, Fyrvej 22, 9990 Skagen. Gerne inden 23. december.

Mange hilsner
Louise Bach
Køkkenchef, Hotel Strandlyst
+45 98 44 12 30
""",
E("Hotel Strandlyst", "STL-118", [
  L("CJ-WH-M", "kokkejakke hvid lange ærmer str. M", 4),
  L("CJ-WH-L", "kokkejakke hvid lange ærmer str. L", 4),
  L("CT-PEP-L", "kokkebukser ternet str. L", 4),
  L("CA-WH", "forklæde hvid m/ smæk", 10),
 ], requested_date="2026-12-23",
 ship_to=ST("Hotel Strandlyst", "Fyrvej 22", "Skagen", "9990", "DK")),
 "Sender not in customers.csv; Danish hotel, en-dash quantities after description", "da")

# e29 IE quantities after, mixed units
mail("e29_liffey_qty_after", "Orla Brennan <orla@liffeyclean.ie>", UK_ORDERS,
 "PO LCS-3319", "2026-12-15 15:05",
"""Hi Tom,

PO LCS-3319 for the new Sandyford contract:

Hi vis vest yellow M ..... x 12
Hi vis vest yellow L ..... x 12
Hi vis vest w/ zip + ID pocket yellow XL ..... x 6
Ear plug dispenser refill 500 ..... x 2
Disposable coveralls white L ..... x 25

€ prices as per your list. Usual address.

Orla Brennan
Operations Manager | Liffey Clean Services
""",
E("Liffey Clean Services", "LCS-3319", [
  L("HV2-VST-YE-M", "Hi vis vest yellow M", 12),
  L("HV2-VST-YE-L", "Hi vis vest yellow L", 12),
  L("HV2-VSZ-YE-XL", "Hi vis vest w/ zip + ID pocket yellow XL", 6),
  L("EP-500R", "Ear plug dispenser refill 500", 2, "BX"),
  L("OV-DSP-L", "Disposable coveralls white L", 25),
 ], currency="EUR"),
 "Quantities after dotted leaders; plain vest vs zip/ID-pocket vest near-duplicate; 'usual address' (no ship-to in text)")

# e30 NL same as last time but 2 more XL
mail("e30_cleanpro_zelfde_als_vorige_nl", "Ricardo Pinas <r.pinas@cleanpro-schoonmaak.nl>", NL_ORDERS,
 "RE: bestelling hesjes + handschoenen", "2026-12-16 08:12",
"""Hoi Sanne,

Graag hetzelfde als vorige keer, maar dan 2 XL meer bij de hesjes.
Nieuw ordernummer: CP-26-0912.

Gr Ricardo

Verstuurd vanaf mijn Samsung Galaxy-smartphone.

-------- Oorspronkelijk bericht --------
Van: Ricardo Pinas <r.pinas@cleanpro-schoonmaak.nl>
Datum: 03-11-2026 10:40
Aan: orders@maasdelta-workwear.nl
Onderwerp: bestelling hesjes + handschoenen

Hoi Sanne,

Order CP-26-0844:
hesje geel kl.2 M 10
hesje geel kl.2 L 12
hesje geel kl.2 XL 6
nitril wegwerphandschoen blauw M 20 doos
nitril wegwerphandschoen blauw L 20 doos

Leveren Atoomweg 50 Utrecht zoals altijd.
Gr Ricardo
""",
E("CleanPro Schoonmaakdiensten B.V.", "CP-26-0912", [
  L("HV2-VST-YE-M", "hesje geel kl.2 M", 10),
  L("HV2-VST-YE-L", "hesje geel kl.2 L", 12),
  L("HV2-VST-YE-XL", "hesje geel kl.2 XL", 8, derived="previous 6 + 2"),
  L("GL-DSP-M", "nitril wegwerphandschoen blauw M", 20, "BX"),
  L("GL-DSP-L", "nitril wegwerphandschoen blauw L", 20, "BX"),
 ], ship_to=ST(None, "Atoomweg 50", "Utrecht", None, "NL")),
 "Dutch 'hetzelfde als vorige keer, maar 2 XL meer' with previous order quoted", "nl")

# e31 hard hat colours by trade
mail("e31_harrowpike_hats_colours", "Gary Whitaker <g.whitaker@harrowpike.co.uk>", UK_ORDERS,
 "hats", "2026-12-16 07:02",
"""Morning

Need hard hats for Kirkstall, Sophie says use PO HP-40241:
6 blue (for the sparkies)
4 green (first aiders)
12 white
and 10 of the vented white ones with the chin strap for the scaffolders

Ta
Gary Whitaker
Site Manager, Harrow & Pike Construction
Kirkstall Forge site, Bridge Road, Leeds LS5 3BF
07700 914 332
""",
E("Harrow & Pike Construction Ltd", "HP-40241", [
  L("HH-BL", "blue (for the sparkies)", 6),
  L("HH-GN", "green (first aiders)", 4),
  L("HH-WH", "white", 12),
  L("HH-V-WH", "vented white ones with the chin strap for the scaffolders", 10),
 ], ship_to=ST("Kirkstall Forge site", "Bridge Road", "Leeds", "LS5 3BF", "GB")),
 "Hard hat colours as bare lines under one sentence; vented/chinstrap variant; delivery site (Kirkstall) only named in the text, full address in the signature")

# e32 PL boots composite
mail("e32_budpol_buty_pl", "Agnieszka Wójcik <a.wojcik@budpol.pl>", NL_ORDERS,
 "Zamówienie ZAM/2026/12/051 - obuwie", "2026-12-16 12:30",
"""Dzień dobry,

Zamówienie ZAM/2026/12/051 z dnia 16 grudnia 2026 r.

Lp. | Nazwa                                        | Rozmiar | Ilość
1   | Trzewiki S3 podnosek kompozytowy             | 41      | 4 pary
2   | Trzewiki S3 podnosek kompozytowy             | 42      | 6 par
3   | Trzewiki S3 podnosek kompozytowy             | 43      | 6 par
4   | Trzewiki S3 podnosek stalowy                 | 44      | 3 pary
5   | Półbuty S1P                                  | 42      | 2 pary

Cena wg oferty nr 2026/118. Dostawa: budowa Wrocław Nowy Dwór, ul. Rogowska 127, 54-440 Wrocław.
Termin: 8 stycznia 2027.

Pozdrawiam
Agnieszka Wójcik
Budpol Sp. z o.o.
""",
E("Budpol Sp. z o.o.", "ZAM/2026/12/051", [
  L("BT-S3C-41", "Trzewiki S3 podnosek kompozytowy", 4, "PR"),
  L("BT-S3C-42", "Trzewiki S3 podnosek kompozytowy", 6, "PR"),
  L("BT-S3C-43", "Trzewiki S3 podnosek kompozytowy", 6, "PR"),
  L("BT-S3S-44", "Trzewiki S3 podnosek stalowy", 3, "PR"),
  L("SH-S1P-42", "Półbuty S1P", 2, "PR"),
 ], order_date="2026-12-16", requested_date="2027-01-08",
 ship_to=ST("budowa Wrocław Nowy Dwór", "ul. Rogowska 127", "Wrocław", "54-440", "PL")),
 "Polish pipe table with size column, composite vs steel toe cap, Polish month names", "pl")

# e33 DA colour/size separate
mail("e33_hansen_farve_str_da", "Mikkel Hansen <mh@hansen-byg.dk>", NL_ORDERS,
 "Ordre HSB-4490", "2026-12-16 14:48",
"""Hej igen

Ordre HSB-4490 til sag 2614 (Lystrup):

Refleksjakke klasse 3, foret
  orange: L x3, XL x4
  gul: XL x2, XXL x2

Refleks T-shirt gul kl. 2: M x5, L x5

Samme leveringssted som sidst? Nej - denne gang til Lystrup Centervej 3, 8520 Lystrup.

Mvh
Mikkel Hansen
Hansen & Sønner Byg A/S
""",
E("Hansen & Sønner Byg A/S", "HSB-4490", [
  L("HV3-JKT-OR-L", "Refleksjakke klasse 3, foret", 3),
  L("HV3-JKT-OR-XL", "Refleksjakke klasse 3, foret", 4),
  L("HV3-JKT-YE-XL", "Refleksjakke klasse 3, foret", 2),
  L("HV3-JKT-YE-XXL", "Refleksjakke klasse 3, foret", 2),
  L("HV2-TSH-YE-M", "Refleks T-shirt gul kl. 2", 5),
  L("HV2-TSH-YE-L", "Refleks T-shirt gul kl. 2", 5),
 ], ship_to=ST(None, "Lystrup Centervej 3", "Lystrup", "8520", "DK")),
 "Danish, colour lines with sizes under a product heading", "da")

# e34 unknown FR mairie
mail("e34_unknown_mairie_wattrelos_fr", "Services Techniques <st.magasin@ville-wattrelos.fr>", NL_ORDERS,
 "Bon de commande n° BC2026-0611", "2026-12-17 09:55",
"""Bonjour,

Ci-dessous le bon de commande n° BC2026-0611 du 17/12/2026 des services techniques de la Ville de Wattrelos :

• 15 gilets HV classe 2 jaunes taille XXL – PU 2,95 € HT
• 15 gilets HV classe 2 jaunes taille XL – PU 2,95 € HT
• 30 paires de gants enduits nitrile taille 9 – PU 1,15 € HT
• 5 boîtes de bouchons d'oreille (boîte de 200) – PU 24,00 € HT

Livraison : Centre Technique Municipal, 135 rue Carnot, 59150 Wattrelos.

Cordialement,
Sylvie Leroy
Magasin – Services Techniques
Ville de Wattrelos
03 20 81 64 00
""",
E("Ville de Wattrelos", "BC2026-0611", [
  L("HV2-VST-YE-XXL", "gilets HV classe 2 jaunes taille XXL", 15, "EA", 2.95),
  L("HV2-VST-YE-XL", "gilets HV classe 2 jaunes taille XL", 15, "EA", 2.95),
  L("GL-NIT-09", "gants enduits nitrile taille 9", 30, "PR", 1.15),
  L("EP-200", "bouchons d'oreille (boîte de 200)", 5, "BX", 24.00),
 ], order_date="2026-12-17", currency="EUR",
 ship_to=ST("Centre Technique Municipal", "135 rue Carnot", "Wattrelos", "59150", "FR")),
 "Sender not in customers.csv; French municipality, bullets, 'PU ... € HT' prices", "fr")

# e35 unknown IE scaffolding
mail("e35_unknown_kildare_scaff", "Accounts <accounts@kildarescaffolding.ie>", UK_ORDERS,
 "Purchase order KS-0457", "2026-12-17 11:11",
"""Hello,

Please accept our purchase order KS-0457 dated 17 December 2026.

Qty   Description
10    Vented hard hat with chinstrap, yellow
10    Vented hard hat with chinstrap, white
30 pr Cut resistant gloves level B, size 10
10    Hi-vis bomber jacket class 3 yellow XL

Please invoice Kildare Scaffolding Ltd, Unit 3 Newhall Business Park, Naas, Co. Kildare W91 K2P6 and deliver to the same.
We would like to open an account with you - application form attached separately.

Regards,
Niamh Doyle
Accounts, Kildare Scaffolding Ltd
045 889 210
""",
E("Kildare Scaffolding Ltd", "KS-0457", [
  L("HH-V-YE", "Vented hard hat with chinstrap, yellow", 10),
  L("HH-V-WH", "Vented hard hat with chinstrap, white", 10),
  L("GL-CUTB-10", "Cut resistant gloves level B, size 10", 30, "PR"),
  L("HV3-BMB-YE-XL", "Hi-vis bomber jacket class 3 yellow XL", 10),
 ], order_date="2026-12-17",
 ship_to=ST("Kildare Scaffolding Ltd", "Unit 3 Newhall Business Park", "Naas", "W91 K2P6", "IE", "Co. Kildare")),
 "Sender not in customers.csv; bomber jacket vs padded jacket near-duplicate")

# e36 NL hotel kitchen
mail("e36_newmaas_keuken_nl", "Keuken Hotel New Maas <keuken@hotelnewmaas.nl>", NL_ORDERS,
 "bestelling keuken", "2026-12-17 14:02",
"""Hoi,

Voor de keuken graag:
koksbuis wit lange mouw - 2x S, 3x M, 3x L
koksbroek pepper & salt - 2x S, 3x M, 3x L
sloof wit met borststuk 10 st

PO volgt van F&B office, gebruik voorlopig referentie KEUKEN-1712.

Groet,
Daan
Sous-chef | Hotel New Maas Rotterdam
""",
E("Hotel New Maas Rotterdam", "KEUKEN-1712", [
  L("CJ-WH-S", "koksbuis wit lange mouw", 2),
  L("CJ-WH-M", "koksbuis wit lange mouw", 3),
  L("CJ-WH-L", "koksbuis wit lange mouw", 3),
  L("CT-PEP-S", "koksbroek pepper & salt", 2),
  L("CT-PEP-M", "koksbroek pepper & salt", 3),
  L("CT-PEP-L", "koksbroek pepper & salt", 3),
  L("CA-WH", "sloof wit met borststuk", 10),
 ]),
 "Dutch kitchen slang, sizes inline after a dash, provisional reference as PO", "nl")

# e37 description only, w/c date
mail("e37_northgate_desc_only", "Leanne Marsh <leanne.marsh@northgatehotels.co.uk>", UK_ORDERS,
 "Order NHG-PO-55301 housekeeping", "2026-12-18 10:30",
"""Hi Ruth,

Housekeeping order for the Piccadilly hotel, PO NHG-PO-55301:

Blue disposable gloves (powder free) small - 15 boxes
Blue disposable gloves (powder free) medium - 25 boxes
Blue disposable gloves (powder free) large - 10 boxes
Navy scrub style tunics, medium, for the laundry team - 8
Navy scrub style tunics, large - 8

Delivery w/c 11th January to Piccadilly Hotel, goods in, 50 Portland Street, Manchester M1 4QN.

Thanks,
Leanne
""",
E("Northgate Hospitality Group", "NHG-PO-55301", [
  L("GL-DSP-S", "Blue disposable gloves (powder free) small", 15, "BX"),
  L("GL-DSP-M", "Blue disposable gloves (powder free) medium", 25, "BX"),
  L("GL-DSP-L", "Blue disposable gloves (powder free) large", 10, "BX"),
  L("SC-TUN-NV-M", "Navy scrub style tunics, medium, for the laundry team", 8),
  L("SC-TUN-NV-L", "Navy scrub style tunics, large", 8),
 ], ship_to=ST("Piccadilly Hotel, goods in", "50 Portland Street", "Manchester", "M1 4QN", "GB")),
 "Description-only lines with sizes spelled out; 'w/c' week date left as period")

# e38 Flemish softshell + names + setup
mail("e38_desmet_softshell_vl", "Lien Vandamme <lien.vandamme@desmet-bouw.be>", NL_ORDERS,
 "bestelbon 26/0841 softshells kader", "2026-12-18 08:50",
"""Dag Peter,

Nog een bestelling voor het kaderpersoneel, bestelbon 26/0841 van 18/12/2026:

Softshell vest marineblauw
  M  2
  L  3
  XL 2
Borduren nieuw logo links op de borst (7 st.) + eenmalige opstartkost digitaliseren nieuw logo (het oude logo is vervangen, nieuw bestand in bijlage volgt)
Naam borduren op elke vest (7 namen, lijst volgt)

Afhalen in jullie magazijn, we komen zelf langs.

Groetjes,
Lien Vandamme
Bouwgroep Desmet NV
""",
E("Bouwgroep Desmet NV", "26/0841", [
  L("SS-NV-M", "Softshell vest marineblauw", 2),
  L("SS-NV-L", "Softshell vest marineblauw", 3),
  L("SS-NV-XL", "Softshell vest marineblauw", 2),
  L("EMB-CHEST", "Borduren nieuw logo links op de borst (7 st.)", 7),
  L("EMB-SETUP", "eenmalige opstartkost digitaliseren nieuw logo", 1, derived="eenmalige (one-off) = 1"),
  L("EMB-NAME", "Naam borduren op elke vest (7 namen, lijst volgt)", 7),
 ], order_date="2026-12-18"),
 "Flemish ('vest' = jacket in Flemish), embroidery set-up fee implied once, pick-up (no ship-to)", "nl-BE")

# e39 DE word quantities
mail("e39_klinikum_words_de", "Sabine Hoffmann <s.hoffmann@klinikum-niederrhein.de>", NL_ORDERS,
 "Nachbestellung Einmalhandschuhe 7700-26-3390", "2026-12-18 13:20",
"""Hallo zusammen,

bitte zur Bestellnummer 7700-26-3390 liefern:

zwanzig Kartons Nitril-Einmalhandschuhe puderfrei Gr. M (à 100 Stk)
zehn Kartons dito Gr. L
fünf Kartons dito Gr. XL
außerdem zwei Kartons Ohrstöpsel ohne Kordel (200 Paar) für die Haustechnik

Lieferung wie immer ins Zentrallager.

Danke und schöne Grüße
Sabine Hoffmann
Klinikum Niederrhein gGmbH – Materialwirtschaft
""",
E("Klinikum Niederrhein gGmbH", "7700-26-3390", [
  L("GL-DSP-M", "Nitril-Einmalhandschuhe puderfrei Gr. M (à 100 Stk)", 20, "BX"),
  L("GL-DSP-L", "dito Gr. L", 10, "BX"),
  L("GL-DSP-XL", "dito Gr. XL", 5, "BX"),
  L("EP-200", "Ohrstöpsel ohne Kordel (200 Paar)", 2, "BX"),
 ]),
 "German word quantities (zwanzig, zehn, fünf, zwei) and 'dito' lines", "de")

# e40 correction reply
mail("e40_harrowpike_correction", "Sophie Turnbull <s.turnbull@harrowpike.co.uk>", UK_ORDERS,
 "RE: PO HP-40213 - PPE top up Kirkstall site - REVISED", "2026-12-08 09:12",
"""Hi,

Correction to yesterday's PO HP-40213 - please replace with the below (revised qty on the XL jackets and the gloves are size 9 not 10, sorry!):

1. HV3-JKT-OR-L   Hi-vis jacket class 3 orange L      qty 8   @ £29.50
2. HV3-JKT-OR-XL  Hi-vis jacket class 3 orange XL     qty 15  @ £29.50
3. HV3-JKT-OR-XXL Hi-vis jacket class 3 orange XXL    qty 5   @ £29.50
4. GL-CUTD-09     Cut level D gloves size 9           qty 60 pairs @ £5.05
5. SG-CLR         Safety specs clear                  qty 40  @ £1.80

Everything else unchanged (delivery Kirkstall Forge site by 18/12/2026).

Sophie

From: Sophie Turnbull
Sent: 07 December 2026 10:05
To: orders@maasdelta-workwear.co.uk
Subject: PO HP-40213 - PPE top up Kirkstall site

1. HV3-JKT-OR-L   Hi-vis jacket class 3 orange L      qty 8   @ £29.50
2. HV3-JKT-OR-XL  Hi-vis jacket class 3 orange XL     qty 12  @ £29.50
3. HV3-JKT-OR-XXL Hi-vis jacket class 3 orange XXL    qty 5   @ £29.50
4. GL-CUTD-10     Cut level D gloves size 10          qty 60 pairs @ £5.05
5. SG-CLR         Safety specs clear                  qty 40  @ £1.80
Delivery to Kirkstall Forge site, Bridge Road, Leeds LS5 3BF by 18/12/2026 please.
Order date 07/12/2026.
""",
E("Harrow & Pike Construction Ltd", "HP-40213", [
  L("HV3-JKT-OR-L", "Hi-vis jacket class 3 orange L", 8, "EA", 29.50),
  L("HV3-JKT-OR-XL", "Hi-vis jacket class 3 orange XL", 15, "EA", 29.50),
  L("HV3-JKT-OR-XXL", "Hi-vis jacket class 3 orange XXL", 5, "EA", 29.50),
  L("GL-CUTD-09", "Cut level D gloves size 9", 60, "PR", 5.05),
  L("SG-CLR", "Safety specs clear", 40, "EA", 1.80),
 ], order_date="2026-12-07", requested_date="2026-12-18", currency="GBP",
 ship_to=ST("Kirkstall Forge site", "Bridge Road", "Leeds", "LS5 3BF", "GB")),
 "Revised full replacement of an earlier PO with the original quoted below")

# e41 IE with own part codes
mail("e41_corrib_own_codes", "Stores Corrib <stores@corribcivil.ie>", UK_ORDERS,
 "Stores replenishment PO CC-7745", "2026-12-18 15:40",
"""Hi,

Stores top-up, PO CC-7745, dated 18/12/2026. Our stock codes in brackets.

(CCE-0112) Ear defenders? no - ear plugs uncorded, 200 pr box ......... 6 boxes @ €22.80
(CCE-0140) Nitrile coated glove sz 9 .................................. 120 prs @ €1.10
(CCE-0141) Nitrile coated glove sz 10 ................................. 120 prs @ €1.10
(CCE-0188) Safety glasses tinted ...................................... 24 @ €2.30
(CCE-0201) Disposable overalls type 5/6 XL ............................ 40 @ €3.95

Deliver to our stores at Ballybrit Business Park, Galway H91 X2C4. Required 08/01/2027.

Regards,
Declan Burke
Stores, Corrib Civil Engineering Ltd
""",
E("Corrib Civil Engineering Ltd", "CC-7745", [
  L("EP-200", "Ear defenders? no - ear plugs uncorded, 200 pr box", 6, "BX", 22.80, cp="CCE-0112"),
  L("GL-NIT-09", "Nitrile coated glove sz 9", 120, "PR", 1.10, cp="CCE-0140"),
  L("GL-NIT-10", "Nitrile coated glove sz 10", 120, "PR", 1.10, cp="CCE-0141"),
  L("SG-TNT", "Safety glasses tinted", 24, "EA", 2.30, cp="CCE-0188"),
  L("OV-DSP-XL", "Disposable overalls type 5/6 XL", 40, "EA", 3.95, cp="CCE-0201"),
 ], order_date="2026-12-18", requested_date="2027-01-08", currency="EUR",
 ship_to=ST("Corrib Civil Engineering Ltd", "Ballybrit Business Park", "Galway", "H91 X2C4", "IE")),
 "Buyer stock codes in brackets, dotted leaders, euro prices, a self-correcting description")

# e42 NL prices with à
mail("e42_vdheijden_prijzen_nl", "Kees Verhoeven <k.verhoeven@vdheijden-bouw.nl>", NL_ORDERS,
 "bestelling VDH-26-1203", "2026-12-21 07:15",
"""Morgen,

Bestelling VDH-26-1203 d.d. 21-12-2026:

4 paar werkschoenen S3 stalen neus maat 43 à € 54,00
2 paar werkschoenen S3 stalen neus maat 45 à € 54,00
2 paar werkschoenen S3 stalen neus maat 47 à € 54,00
12 bouwhelmen geel à € 6,40
1 doos oordoppen met koord (200 paar) à € 39,00

Leveren op kantoor Zeehavenweg 41, Dordrecht. Levering in week 1 is prima.

Kees
""",
E("Bouwbedrijf Van der Heijden B.V.", "VDH-26-1203", [
  L("BT-S3S-43", "werkschoenen S3 stalen neus maat 43", 4, "PR", 54.00),
  L("BT-S3S-45", "werkschoenen S3 stalen neus maat 45", 2, "PR", 54.00),
  L("BT-S3S-47", "werkschoenen S3 stalen neus maat 47", 2, "PR", 54.00),
  L("HH-YE", "bouwhelmen geel", 12, "EA", 6.40),
  L("EP-200C", "doos oordoppen met koord (200 paar)", 1, "BX", 39.00),
 ], order_date="2026-12-21", currency="EUR",
 ship_to=ST(None, "Zeehavenweg 41", "Dordrecht", None, "NL")),
 "Dutch 'à € 54,00' prices, size 47 boot, corded ear plugs", "nl")
