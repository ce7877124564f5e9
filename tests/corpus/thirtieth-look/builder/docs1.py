from common import *

D("e01_hillside_terse", "Dave Pryor <dave@hillsidegc.co.uk>", "pots", "Mon, 02 Feb 2026 07:52:11 +0000",
"""Hi,

pls send 6 boxes 9cm black pots and 4 x 10.5 terracotta.

PO HGC-4471

Thanks
Dave
""", lab("Hillside Garden Centre", "HGC-4471", None, None, None, None, [
    L("GL-RP09-BLK", 6, "BX", desc="9cm black pots"),
    L("GL-RP105-TER", 4, None, desc="10.5 terracotta")]), note="terse one-liner, GB garden centre")

D("e02_greenscape_foreman", "Gary Holt <gary.holt@greenscape-landscapes.co.uk>", "Marple job - materials", "Tue, 03 Mar 2026 06:41:09 +0000",
"""Need on site Thurs 12/3:

2 bulk bags topsoil
3 bulk ornamental bark
4 rolls membrane 1m x 50m
1 pk metal pegs (the 500 ones)

Site: 14 Brook Close, Marple, Stockport SK6 7DN
Ring me on 07700 900123 when driver is 20 mins out. Office will send PO after.

Gaz

Sent from my iPhone
""", lab("Greenscape Landscapes Ltd", None, None, "2026-03-12", None,
    ST(None, "14 Brook Close", "Marple", None, "SK6 7DN", "GB"), [
    L("GL-TOP-BULK", 2, "BG", desc="bulk bags topsoil"),
    L("GL-BARK-ORN-BULK", 3, "BG", desc="bulk ornamental bark"),
    L("GL-WM100-1X50", 4, "RL", desc="membrane 1m x 50m"),
    L("GL-PEG-MET-500", 1, "PK", desc="metal pegs (the 500 ones)")]), note="site foreman phone email, delivery to site, no PO yet")

D("e03_marshlane_chatty", "Helen Marsh <helen@marshlane-nurseries.co.uk>", "Spring order - plugs and compost", "Wed, 04 Feb 2026 14:20:33 +0000",
"""Hello Greenline team,

Hope you're all well and surviving the wet weather - our polytunnels have been like swimming pools this week! We're gearing up for the spring plug season so I'd like to get the following on order please. Our order number is ML/26/0193.

1. 60 cell trays - 12 packs
2. 84 cell trays - 8 packs
3. 24 cell - 5 packs (these are for the veg modules, the 15s were too big last year)
4. Seed & cutting compost PEAT FREE 50L - 40 bags
5. Perlite 100L - 4 bags
6. Half seed trays, with holes - 6 packs

Could we have delivery sometime w/c 9th Feb? Mornings are best as the yard gets busy after lunch. Usual address.

Many thanks,
Helen

Helen Marsh
Propagation Manager
Marsh Lane Nurseries Ltd
Marsh Lane, Wisbech, Cambridgeshire PE14 8RJ
""", lab("Marsh Lane Nurseries Ltd", "ML/26/0193", None, None, None, None, [
    L("GL-CTR60", 12, "PK", desc="60 cell trays"),
    L("GL-CTR84", 8, "PK", desc="84 cell trays"),
    L("GL-CTR24", 5, "PK", desc="24 cell"),
    L("GL-SCC-PF-50", 40, "BG", desc="Seed & cutting compost PEAT FREE 50L"),
    L("GL-PERL-100", 4, "BG", desc="Perlite 100L"),
    L("GL-ST-HALF-H", 6, "PK", desc="Half seed trays, with holes")], omit=("ship_to",)),
  note="long chatty nursery email, numbered list, delivery week only; ship_to only 'usual address' + signature (not scored)")

D("e04_northvale_parks", "Karen Whitley <karen.whitley@northvale.gov.uk>", "Purchase Order NDC-PO-208817 - Riverside Park reseeding", "Thu, 05 Mar 2026 10:03:47 +0000",
"""Dear Sir/Madam,

Please accept this email as official order NDC-PO-208817 dated 05/03/2026.

Item                                         Qty
Amenity grass seed mix, 20kg bags             6
Wildflower meadow mix 1kg                     10
Play bark, certified, bulk bags               8

Required by 20/03/2026. Delivery to:
Riverside Park (rear gate off Mill Street)
Mill Street
Northvale
HG5 8AB

Invoices must quote the PO number and be sent to accounts.payable@northvale.gov.uk.

Kind regards

Karen Whitley
Parks & Open Spaces Officer
Northvale District Council
Civic Centre, Market Place, Northvale HG5 0AA
""", lab("Northvale District Council", "NDC-PO-208817", "2026-03-05", "2026-03-20", None,
    ST("Riverside Park", "Mill Street", "Northvale", None, "HG5 8AB", "GB"), [
    L("GL-GS-AMEN-20", 6, "BG", desc="Amenity grass seed mix, 20kg bags"),
    L("GL-WF-MEAD-1", 10, None, desc="Wildflower meadow mix 1kg"),
    L("GL-BARK-PLAY-BULK", 8, "BG", desc="Play bark, certified, bulk bags")]), note="council email order, delivery site differs from signature")

D("e05_oakridge_golf", "Mark Dunn <headgreenkeeper@oakridgegolf.co.uk>", "Order ref OGC 1187", "Mon, 09 Mar 2026 16:12:00 +0000",
"""Afternoon,

Order ref: OGC 1187

- 4 x Fine greens bent/fescue seed 20kg @ £165.00
- 2 x Sports ryegrass mix 20kg @ £108.00
- 10 x Lawn feed spring/summer 20-5-8 25kg @ £38.00
- 2 x 19mm hose 50m @ £52.00
- 6 x 19mm hose connectors @ £1.60

Deliver to the greenkeepers' sheds please, not the clubhouse - Oakridge Golf Club, Fairway Lane, Tonbridge TN11 9AA. Gate code 1847.

Mark Dunn
Head Greenkeeper
""", lab("Oakridge Golf Club", "OGC 1187", None, None, "GBP",
    ST("Oakridge Golf Club", "Fairway Lane", "Tonbridge", None, "TN11 9AA", "GB"), [
    L("GL-GS-FINE-20", 4, None, 165.00, desc="Fine greens bent/fescue seed 20kg"),
    L("GL-GS-SPORT-20", 2, None, 108.00, desc="Sports ryegrass mix 20kg"),
    L("GL-LAWN-SPR-25", 10, None, 38.00, desc="Lawn feed spring/summer 20-5-8 25kg"),
    L("GL-HOSE19-50", 2, None, 52.00, desc="19mm hose 50m"),
    L("GL-HC19-CONN", 6, None, 1.60, desc="19mm hose connectors")]), note="golf club bullet list with GBP prices")

D("e06_kilbride_correction", "Niamh Byrne <niamh@kilbridegardens.ie>", "RE: Order KGC-0312", "Tue, 10 Feb 2026 09:15:22 +0000",
"""Hi again,

Sorry - make that 8 bags of the 70L peat-free, not 5. Rest as below.

Niamh

-----Original Message-----
From: Niamh Byrne <niamh@kilbridegardens.ie>
Sent: 10 February 2026 08:47
To: orders@greenline-hort.com
Subject: Order KGC-0312

Morning,

Order KGC-0312 please:

5 x multipurpose peat free 70L
10 x ericaceous peat free 50L
20 x John Innes No 2

Delivery to the garden centre as normal, before 20/02/2026 if you can.

Thanks,
Niamh Byrne
Kilbride Garden Centre
Kilbride Road, Bray, Co. Wicklow A98 K2X4
""", lab("Kilbride Garden Centre", "KGC-0312", None, "2026-02-20", None,
    ST("Kilbride Garden Centre", "Kilbride Road", "Bray", "Co. Wicklow", "A98 K2X4", "IE"), [
    L("GL-MPC-PF-70", 8, "BG", desc="multipurpose peat free 70L"),
    L("GL-ERC-PF-50", 10, None, desc="ericaceous peat free 50L"),
    L("GL-JI2-25", 20, None, desc="John Innes No 2")]), note="reply with correction 5->8 over quoted original")

D("e07_devlinder_nl", "Pieter de Graaf <inkoop@devlinder.nl>", "Bestelling 2026-0457", "Wed, 11 Feb 2026 08:30:00 +0100",
"""Goedemorgen,

Hierbij onze bestelling, inkoopordernummer 2026-0457.

Artikelnr\tOmschrijving\tAantal
gl-ct3l-blk\tcontainerpot 3 liter zwart\t20 dozen
GLCT5L-BLK\tcontainerpot 5 liter zwart\t12 dozen
GL-CT75L-BLK\tcontainerpot 7,5 liter\t6 dozen
GL-RP13-BLK\tronde pot 13 cm zwart\t10 dozen

Gewenste leverdatum: 17-02-2026
Afleveradres: Kwekerij De Vlinder, Zuidweg 14, 2771 DK Boskoop

Met vriendelijke groet,

Pieter de Graaf
Inkoop - Kwekerij De Vlinder B.V.
""", lab("Kwekerij De Vlinder B.V.", "2026-0457", None, "2026-02-17", None,
    ST("Kwekerij De Vlinder", "Zuidweg 14", "Boskoop", None, "2771 DK", "NL"), [
    L("GL-CT3L-BLK", 20, "BX", part=None, desc="containerpot 3 liter zwart"),
    L("GL-CT5L-BLK", 12, "BX", desc="containerpot 5 liter zwart"),
    L("GL-CT75L-BLK", 6, "BX", desc="containerpot 7,5 liter"),
    L("GL-RP13-BLK", 10, "BX", desc="ronde pot 13 cm zwart")]), note="Dutch, tab-pasted table, SKUs lower case / missing dash")

D("e08_groenehart_be", "Lien Peeters <aankoop@groenehart.be>", "bestelbon BE-GH-7731", "Thu, 12 Feb 2026 11:05:41 +0100",
"""Goeiedag,

Graag volgende bestelling voor ons tuincentrum:

- 5 pakken steeketiketten 10 cm wit (1000 st.)
- 3 pakken steeketiketten 10 cm geel
- 10 bundels bamboestokken 90 cm
- 6 bundels bamboestokken 150 cm
- 24 rollekes binddraad groen 100 m
- 2 pakjes kapjes voor stokken (50 st.)

Bestelbon: BE-GH-7731
Levering tegen 5 maart 2026 aan ons adres: Steenweg op Mol 112, 2440 Geel.

Alvast bedankt en tot de volgende!
Lien Peeters
Tuincentrum Het Groene Hart
""", lab("Tuincentrum Het Groene Hart", "BE-GH-7731", None, "2026-03-05", None,
    ST("Tuincentrum Het Groene Hart", "Steenweg op Mol 112", "Geel", None, "2440", "BE"), [
    L("GL-LAB10-WH", 5, "PK", desc="steeketiketten 10 cm wit (1000 st.)"),
    L("GL-LAB10-YE", 3, "PK", desc="steeketiketten 10 cm geel"),
    L("GL-CANE-90-100", 10, "BD", desc="bamboestokken 90 cm"),
    L("GL-CANE-150-100", 6, "BD", desc="bamboestokken 150 cm"),
    L("GL-TWIST-100M", 24, "RL", desc="rollekes binddraad groen 100 m"),
    L("GL-CANE-TOP-50", 2, "PK", desc="kapjes voor stokken (50 st.)")]), note="Flemish, bullet list")

D("e09_baumann_de", "Thomas Baumann <einkauf@gaertnerei-baumann.de>", "Bestellung Nr. 4500-1932", "Tue, 03 Feb 2026 13:22:10 +0100",
"""Sehr geehrte Damen und Herren,

hiermit bestellen wir zu Ihren aktuellen Konditionen:

Bestellnummer: 4500-1932
Bestelldatum: 03.02.2026

Pos. 1: 20 Pack Anzuchtplatten 40er (à 100 Stück) zu 38,50 EUR
Pos. 2: 10 Pack Anzuchtplatten 60er (à 100 Stück) zu 39,00 EUR
Pos. 3: 4 Sack Nährsalz NPK 15-5-15, 25 kg zu 98,00 EUR
Pos. 4: 2 Sack Depotdünger 15-9-12, 8-9 Monate, 25 kg zu 119,00 EUR

Liefertermin: KW 8
Lieferanschrift: Gärtnerei Baumann GmbH, Lindenstraße 22, 47638 Straelen

Mit freundlichen Grüßen
Thomas Baumann
Gärtnerei Baumann GmbH
""", lab("Gärtnerei Baumann GmbH", "4500-1932", "2026-02-03", None, "EUR",
    ST("Gärtnerei Baumann GmbH", "Lindenstraße 22", "Straelen", None, "47638", "DE"), [
    L("GL-CTR40", 20, "PK", 38.50, desc="Anzuchtplatten 40er"),
    L("GL-CTR60", 10, "PK", 39.00, desc="Anzuchtplatten 60er"),
    L("GL-NPK15515-25", 4, "BG", 98.00, desc="Nährsalz NPK 15-5-15, 25 kg"),
    L("GL-CRF-9M-25", 2, "BG", 119.00, desc="Depotdünger 15-9-12, 8-9 Monate, 25 kg")]), note="German, EUR prices, delivery week only (KW 8)")

D("e10_norregaard_dk", "Mette Sørensen <indkoeb@norregaard-have.dk>", "Bestilling ordrenr. 5521", "Mon, 16 Feb 2026 09:48:00 +0100",
"""Hej Greenline,

Vi vil gerne bestille følgende:

10 stk. haveslange 13 mm, 50 m
40 stk. slangekobling 13 mm
12 stk. beskæresaks (bypass, professionel)
6 stk. spade, rustfri

Ordrenr.: 5521
Ønsket levering: 24.02.2026

Levering til vores lager - IKKE butikken:
Havecenter Nørregaard, Lager
Industrivej 9
5260 Odense S

Med venlig hilsen
Mette Sørensen
Havecenter Nørregaard ApS
Nørregade 40, 5000 Odense C
""", lab("Havecenter Nørregaard ApS", "5521", None, "2026-02-24", None,
    ST("Havecenter Nørregaard, Lager", "Industrivej 9", "Odense S", None, "5260", "DK"), [
    L("GL-HOSE13-50", 10, "EA", desc="haveslange 13 mm, 50 m"),
    L("GL-HC13-CONN", 40, "EA", desc="slangekobling 13 mm"),
    L("GL-SEC-BYP", 12, "EA", desc="beskæresaks (bypass, professionel)"),
    L("GL-SPADE-DIG", 6, "EA", desc="spade, rustfri")]), note="Danish, warehouse delivery differs from signature; 'spade' assumed digging spade")

D("e11_bergen_no", "Kari Nilsen <innkjop@hagesenteret-bergen.no>", "Bestilling 88-2026-014", "Tue, 17 Feb 2026 10:10:10 +0100",
"""Hei,

Vi ønsker å bestille:

Potte rund 13 cm terrakotta - 3 esker
Potte rund 15 cm terrakotta - 2 esker
Plantemerker 12,5 cm hvit - 4 pakker
Bambusstokker 120 cm - 10 bunter
Bambusstokker 150 cm - 5 bunter

Innkjøpsordre: 88-2026-014
Levering innen 2. mars 2026.

Leveringsadresse: Hagesenteret Bergen AS, Fjøsangerveien 150, 5073 Bergen

Mvh
Kari Nilsen
Hagesenteret Bergen AS
""", lab("Hagesenteret Bergen AS", "88-2026-014", None, "2026-03-02", None,
    ST("Hagesenteret Bergen AS", "Fjøsangerveien 150", "Bergen", None, "5073", "NO"), [
    L("GL-RP13-TER", 3, "BX", desc="Potte rund 13 cm terrakotta"),
    L("GL-RP15-TER", 2, "BX", desc="Potte rund 15 cm terrakotta"),
    L("GL-LAB125-WH", 4, "PK", desc="Plantemerker 12,5 cm hvit"),
    L("GL-CANE-120-100", 10, "BD", desc="Bambusstokker 120 cm"),
    L("GL-CANE-150-100", 5, "BD", desc="Bambusstokker 150 cm")]), note="Norwegian, quantities after description")

D("e12_lehtinen_fi", "Jukka Lehtinen <tilaukset@puutarhalehtinen.fi>", "Tilaus TL-2026-031", "Wed, 18 Feb 2026 07:30:00 +0200",
"""Hei,

Tilaamme seuraavat tuotteet:

- Kylvö- ja pistokasseos turpeeton 50 L, 40 säkkiä
- Perliitti 100 L, 6 säkkiä
- Vermikuliitti 100 L, 4 säkkiä
- Kennolevy 84 kennoa, 15 pakkausta
- Taimiruukku neliö 9 cm musta, 8 laatikkoa

Tilausnumero: TL-2026-031
Toivottu toimituspäivä: 26.2.2026

Toimitusosoite:
Puutarha Lehtinen Oy
Taimistontie 8
33560 Tampere

Ystävällisin terveisin
Jukka Lehtinen
""", lab("Puutarha Lehtinen Oy", "TL-2026-031", None, "2026-02-26", None,
    ST("Puutarha Lehtinen Oy", "Taimistontie 8", "Tampere", None, "33560", "FI"), [
    L("GL-SCC-PF-50", 40, "BG", desc="Kylvö- ja pistokasseos turpeeton 50 L"),
    L("GL-PERL-100", 6, "BG", desc="Perliitti 100 L"),
    L("GL-VERM-100", 4, "BG", desc="Vermikuliitti 100 L"),
    L("GL-CTR84", 15, "PK", desc="Kennolevy 84 kennoa"),
    L("GL-SQ09-BLK", 8, "BX", desc="Taimiruukku neliö 9 cm musta")]), note="Finnish")

D("e13_zielony_pl", "Anna Kowalczyk <zamowienia@zielonyzakatek.pl>", "Zamówienie nr 14/02/2026", "Tue, 10 Feb 2026 12:00:00 +0100",
"""Dzień dobry,

Przesyłam zamówienie nr 14/02/2026 z dnia 10.02.2026.

1. Doniczki okrągłe 9 cm czarne - 10 kartonów
2. Pojemniki 2 L czarne - 5 kartonów
3. Pojemniki 3 L czarne - 5 kartonów
4. Agrotkanina 100 g/m2, 2 m x 100 m - 3 rolki
5. Szpilki metalowe do agrotkaniny - 2 opak. po 500 szt.

Termin dostawy: do 27.02.2026
Adres dostawy: Szkółka Zielony Zakątek, ul. Ogrodowa 17, 96-100 Skierniewice

Pozdrawiam serdecznie
Anna Kowalczyk
""", lab("Szkółka Roślin Zielony Zakątek", "14/02/2026", "2026-02-10", "2026-02-27", None,
    ST("Szkółka Zielony Zakątek", "ul. Ogrodowa 17", "Skierniewice", None, "96-100", "PL"), [
    L("GL-RP09-BLK", 10, "BX", desc="Doniczki okrągłe 9 cm czarne"),
    L("GL-CT2L-BLK", 5, "BX", desc="Pojemniki 2 L czarne"),
    L("GL-CT3L-BLK", 5, "BX", desc="Pojemniki 3 L czarne"),
    L("GL-WM100-2X100", 3, "RL", desc="Agrotkanina 100 g/m2, 2 m x 100 m"),
    L("GL-PEG-MET-500", 2, "PK", desc="Szpilki metalowe do agrotkaniny 500 szt.")]), note="Polish, numbered list, PO number looks like a date")

D("e14_valdeloire_fr", "Sophie Martin <achats@jardinerie-valdeloire.fr>", "Bon de commande JVL-26-118", "Wed, 11 Feb 2026 15:40:00 +0100",
"""Bonjour,

Veuillez trouver ci-dessous notre bon de commande n° JVL-26-118 du 11/02/2026.

Désignation\tQté\tPU HT
Terreau universel sans tourbe 70 L\t60 sacs\t7,95 €
Terreau universel classique 50 L\t40 sacs\t5,30 €
Écorce de pin décorative 70 L\t80 sacs\t6,35 €
Engrais gazon printemps 20-5-8 25 kg\t10 sacs\t43,70 €

Livraison souhaitée le 3 mars 2026, à la jardinerie (12 route de Tours, 37400 Amboise). Merci de prévenir 24 h avant.

Cordialement,
Sophie Martin
Responsable achats
Jardinerie du Val de Loire
""", lab("Jardinerie du Val de Loire", "JVL-26-118", "2026-02-11", "2026-03-03", "EUR",
    ST("Jardinerie du Val de Loire", "12 route de Tours", "Amboise", None, "37400", "FR"), [
    L("GL-MPC-PF-70", 60, "BG", 7.95, desc="Terreau universel sans tourbe 70 L"),
    L("GL-MPC-ST-50", 40, "BG", 5.30, desc="Terreau universel classique 50 L"),
    L("GL-BARK-ORN-70", 80, "BG", 6.35, desc="Écorce de pin décorative 70 L"),
    L("GL-LAWN-SPR-25", 10, "BG", 43.70, desc="Engrais gazon printemps 20-5-8 25 kg")]), note="French, tab table with EUR prices")

D("e15_alameda_es", "Javier Ortega <compras@viveroslaalameda.es>", "Pedido PV-0098 semillas", "Thu, 12 Feb 2026 09:00:00 +0100",
"""Buenos días,

Les enviamos el pedido nº PV-0098, fecha 12/02/2026:

- 20 sobres tomate Moneymaker (1000 semillas)
- 10 sobres tomate Gardener's Delight (1000 semillas)
- 15 sobres albahaca Genovese
- 25 sobres lechuga Lollo Rosso
- 10 sobres girasol Russian Giant

Entrega en el vivero: Camino de la Alameda 5, 46020 Valencia.

Un saludo,
Javier Ortega
Viveros La Alameda S.L.
""", lab("Viveros La Alameda S.L.", "PV-0098", "2026-02-12", None, None,
    ST("Viveros La Alameda", "Camino de la Alameda 5", "Valencia", None, "46020", "ES"), [
    L("GL-SD-TOM-MM-1K", 20, "PK", desc="tomate Moneymaker (1000 semillas)"),
    L("GL-SD-TOM-GD-1K", 10, "PK", desc="tomate Gardener's Delight (1000 semillas)"),
    L("GL-SD-BAS-GEN-1K", 15, "PK", desc="albahaca Genovese"),
    L("GL-SD-LET-LR-1K", 25, "PK", desc="lechuga Lollo Rosso"),
    L("GL-SD-SUN-RG-100", 10, "PK", desc="girasol Russian Giant")]), note="Spanish, seed packs by variety and pack size")
