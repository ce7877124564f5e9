# -*- coding: utf-8 -*-
from common import L, S, X, D, SELLER_ORDERS, SELLER_SALES

ORD = SELLER_ORDERS
DOCS = []


def add(name, frm, subject, date, body, exp, to=ORD, **kw):
    DOCS.append(dict(name=name, frm=frm, to=to, subject=subject, date=date, body=body, exp=exp, kw=kw))


add("e01_kilmurry_terse", "Declan Hehir <declan.hehir@kilmurrycoop.ie>", "PO 48817", D(2026, 12, 1, 8, 2), """Hi,

pls send

40 bags calf nuts 18
20 x dairy nuts 16% 25kg
10 hi mag buckets
6 rolls 750 green wrap

PO 48817. Del to co-op yard as usual.

Thanks
Declan
Kilmurry Co-op Stores
""", X("Kilmurry Co-operative Agricultural Society Ltd", "48817", [
    L("FD-CALF18-25", 40, "BAG", "calf nuts 18"),
    L("FD-DRY16-25", 20, "BAG", "dairy nuts 16% 25kg"),
    L("MN-LICK-HMG22", 10, "BKT", "hi mag buckets"),
    L("SW-750-1500-GR", 6, "RL", "750 green wrap"),
]))

add("e02_dromaneen_chatty", "Donal Crowley <donal@dromaneendairy.ie>", "calving bits", D(2026, 12, 3, 21, 47), """Howya Siobhán,

Hope all is well with ye. Calving is starting in earnest here so I need a few bits sent down before it gets mad.

Two drums of the iodine teat dip (the 20 litre ones), a box of the arm length gloves, 3 pairs of calving ropes and a few of the calf buckets with the teat on them - say four. Also half a pallet of the 26% milk replacer if ye have it in.

Could it come Thursday the 10th? Deliver to the farm:
Dromaneen Dairy Farm
Dromaneen Upper
Lombardstown, Mallow
Co. Cork P51 KX4T

Driver - past the old creamery, second lane on the left after the grotto, yellow gate. Ring me if lost 086 555 0192.

Thanks a million,
Donal
""", X("Dromaneen Dairy Farm", None, [
    L("AH-TDIP-I20", 2, "DR", "iodine teat dip (the 20 litre ones)"),
    L("AH-GLV-ARM100", 1, "BX", "arm length gloves"),
    L("AH-CROPE", 3, "PR", "calving ropes"),
    L("TL-CBKT-8", 4, "EA", "calf buckets with the teat on them"),
    L("FD-CMR-26", 0.5, "PAL", "26% milk replacer"),
], requested="2026-12-10", ship=S("Dromaneen Dairy Farm", "Dromaneen Upper", "Mallow", "Co. Cork", "P51 KX4T")), to=SELLER_SALES)

add("e03_glenbrack_table", "Orla Fitzmaurice <purchasing@glenbrackagri.ie>", "Purchase Order GAM-2026-1193", D(2026, 12, 7, 10, 15), """Good morning,

Please accept our order below. Prices as per agreed trade list, EUR ex VAT.

PO No: GAM-2026-1193          Date: 07/12/2026

Our Code | Description               | Qty | Unit | Price
GB-4471  | HT Wire 2.5mm 25kg        | 30  | coil | 56.50
GB-4480  | Barb 200m                 | 25  | roll | 44.00
GB-5102  | Ring insulators blk 100s  | 12  | bag  | 21.00
GB-5110  | Pigtail posts (10)        | 40  | pk   | 23.00
GB-6001  | Staples 40mm 25kg         | 4   | box  | 56.00

Deliver to:
Glenbrack Agri Merchants Ltd
Unit 4 Knockane Business Park
Glenbrack, Co. Kerry
V93 R2C8

Regards,
Orla Fitzmaurice
Purchasing | Glenbrack Agri Merchants Ltd
""", X("Glenbrack Agri Merchants Ltd", "GAM-2026-1193", [
    L("FN-HTW-25-25", 30, "CL", "HT Wire 2.5mm 25kg", "GB-4471", 56.50),
    L("FN-BRB-200", 25, "RL", "Barb 200m", "GB-4480", 44.00),
    L("FN-INS-RNG100", 12, "PK", "Ring insulators blk 100s", "GB-5102", 21.00),
    L("FN-PIG-105", 40, "PK", "Pigtail posts (10)", "GB-5110", 23.00),
    L("FN-STP-40-25", 4, "BX", "Staples 40mm 25kg", "GB-6001", 56.00),
], order_date="2026-12-07", currency="EUR",
   ship=S("Glenbrack Agri Merchants Ltd", "Unit 4 Knockane Business Park", "Glenbrack", "Co. Kerry", "V93 R2C8")))

add("e04_pennard_wrap", "Gareth Pryce <gareth@pennardvale.co.uk>", "Order PVF/0412 - wrap & netwrap", D(2026, 12, 2, 7, 31), """Morning,

Order ref PVF/0412 please:

- 2 x 1.23 x 3600 netwrap
- 12 packs blue twine 130
- 8 rolls black silage wrap 750 (the 1500m ones, not the 1800)

Required by 18/12/2026 at the latest.

Delivery to:
Pennard Vale Farm, Lower Pennard Lane, Llanwern-Fach, Monmouthshire NP18 4QX

Cheers,
Gareth Pryce
Pennard Vale Farmers Ltd
""", X("Pennard Vale Farmers Ltd", "PVF/0412", [
    L("NW-123-3600", 2, "RL", "1.23 x 3600 netwrap"),
    L("TW-130-2X5-BL", 12, "PK", "blue twine 130"),
    L("SW-750-1500-BK", 8, "RL", "black silage wrap 750 (the 1500m ones)"),
], requested="2026-12-18", ship=S("Pennard Vale Farm", "Lower Pennard Lane", "Llanwern-Fach", "Monmouthshire", "NP18 4QX")))

add("e05_valdelorme_fr", "Service Achats <achats@coop-valdelorme.fr>", "Commande CVL-26-0877", D(2026, 12, 3, 9, 5), """Bonjour,

Veuillez trouver ci-dessous notre commande n° CVL-26-0877 du 03/12/2026 :

- 24 rouleaux film enrubannage 750 mm x 1500 m blanc
- 10 rouleaux filet balles rondes 1,30 x 3000 m
- 15 seaux à lécher pré-vêlage 22,5 kg
- 5 pinces à clôture

Livraison souhaitée semaine 51.

Adresse de livraison :
Coopérative Agricole du Val de Lorme – Dépôt de Saint-Aubin
12 route de la Gare
61300 Saint-Aubin-des-Lorme
France

Cordialement,
Élodie Marchand
Service Achats – Coopérative Agricole du Val de Lorme
""", X("Coopérative Agricole du Val de Lorme", "CVL-26-0877", [
    L("SW-750-1500-WH", 24, "RL", "film enrubannage 750 mm x 1500 m blanc"),
    L("NW-130-3000", 10, "RL", "filet balles rondes 1,30 x 3000 m"),
    L("MN-LICK-PRE22", 15, "BKT", "seaux à lécher pré-vêlage 22,5 kg"),
    L("TL-PLR-FEN", 5, "EA", "pinces à clôture"),
], order_date="2026-12-03", requested="__omit__",
   ship=S("Coopérative Agricole du Val de Lorme – Dépôt de Saint-Aubin", "12 route de la Gare", "Saint-Aubin-des-Lorme", None, "61300", "FR")))

add("e06_brueckmann_de", "Einkauf Brückmann <einkauf@landhandel-brueckmann.de>", "Bestellung BE-4500-2291", D(2026, 12, 4, 11, 20), """Sehr geehrte Damen und Herren,

hiermit bestellen wir zu den vereinbarten Konditionen:

Pos. | Art.-Nr. (unsere) | Bezeichnung                      | Menge
1    | 300415            | Weidezaunlitze 400 m weiß        | 20 Rollen
2    | 300420            | Weidezaunband 40 mm, 200 m       | 10 Rollen
3    | 300512            | Ringisolatoren schwarz, 25 St.   | 50 Btl.
4    | 300601            | Weidezaungerät 12 Joule Netz     | 2 Stück
5    | 300610            | Erdstab 1 m verzinkt             | 6 Stück

Bestellnummer: BE-4500-2291
Bestelldatum: 04.12.2026
Liefertermin: 15.12.2026

Lieferanschrift:
Landhandel Brückmann GmbH, Lager 2
Industriestraße 14
49393 Lohne-Kroge
Deutschland

Mit freundlichen Grüßen
Jens Brückmann
Landhandel Brückmann GmbH
""", X("Landhandel Brückmann GmbH", "BE-4500-2291", [
    L("FN-PWIRE-400", 20, "RL", "Weidezaunlitze 400 m weiß", "300415"),
    L("FN-PTAPE40-200", 10, "RL", "Weidezaunband 40 mm, 200 m", "300420"),
    L("FN-INS-RNG25", 50, "PK", "Ringisolatoren schwarz, 25 St.", "300512"),
    L("FN-ENG-M12J", 2, "EA", "Weidezaungerät 12 Joule Netz", "300601"),
    L("FN-EARTH-1M", 6, "EA", "Erdstab 1 m verzinkt", "300610"),
], order_date="2026-12-04", requested="2026-12-15",
   ship=S("Landhandel Brückmann GmbH, Lager 2", "Industriestraße 14", "Lohne-Kroge", None, "49393", "DE")))

add("e07_tiedemann_de", "Hauke Tiedemann <hauke@hof-tiedemann.de>", "Bestellung Lammzeit", D(2026, 12, 2, 19, 12), """Moin,

wir brauchen für die Lammzeit ein paar Sachen:

zwei Drench-Pistolen 20 ml, eine Rucksack-Drenchpistole (60 ml), von den Gummiringen die 500er Packung – davon 3 Packungen, 4 Dosen Viehzeichenspray blau und 2 Dosen rot.

Außerdem 100 Doppel-Ohrmarken Schaf EID (Sets).

Bitte liefern an:
Hof Tiedemann, Am Deich 7, 25899 Dagebüll-Süd

Danke und Gruß
Hauke Tiedemann
""", X("Hof Tiedemann", None, [
    L("AH-DRG-20", 2, "EA", "Drench-Pistolen 20 ml"),
    L("AH-DRG-60BP", 1, "EA", "Rucksack-Drenchpistole (60 ml)"),
    L("AH-RNG-500", 3, "PK", "Gummiringe 500er Packung"),
    L("AH-MRK-SPR-B", 4, "EA", "Viehzeichenspray blau"),
    L("AH-MRK-SPR-R", 2, "EA", "Viehzeichenspray rot"),
    L("TG-SHP-EID-D", 100, "SET", "Doppel-Ohrmarken Schaf EID (Sets)"),
], ship=S("Hof Tiedemann", "Am Deich 7", "Dagebüll-Süd", None, "25899")))

add("e08_vanderstoep_nl", "Bert van der Stoep <bert@vanderstoep-agro.nl>", "bestelling folie en net", D(2026, 12, 7, 13, 40), """Goedemiddag,

Graag de volgende bestelling:

30 rollen wikkelfolie 750 zwart 1800 m
6 rollen netwikkel 1,23 x 3000
20 pakken balentouw blauw 130 m/kg

Ordernummer VDS-1207.
Graag levering vrijdag 11 december.

Afleveren:
Loonbedrijf Van der Stoep
Polderweg 22
3381 LK Giessenburg-West

Met vriendelijke groet,
Bert van der Stoep
""", X("Loonbedrijf Van der Stoep", "VDS-1207", [
    L("SW-750-1800-BK", 30, "RL", "wikkelfolie 750 zwart 1800 m"),
    L("NW-123-3000", 6, "RL", "netwikkel 1,23 x 3000"),
    L("TW-130-2X5-BL", 20, "PK", "balentouw blauw 130 m/kg"),
], requested="2026-12-11", ship=S("Loonbedrijf Van der Stoep", "Polderweg 22", "Giessenburg-West", None, "3381 LK")))

add("e09_hoejgaard_da", "Mette Højgaard <mette@hoejgaard-landbrug.dk>", "Bestilling ordre nr. 2026-118", D(2026, 12, 1, 6, 55), """Hej,

Vi vil gerne bestille følgende:

4 stk. vaccinationspistol 5 ml
10 æsker kanyler 16G x 1"
10 æsker engangssprøjter 10 ml
2 dunke jod-pattedyp 20 l

Ordre nr. 2026-118

Levering til:
Højgaard Landbrug I/S
Tingvej 41, Sdr. Højgaard
6920 Videbæk

Venlig hilsen
Mette Højgaard
""", X("Højgaard Landbrug I/S", "2026-118", [
    L("AH-INJ-5", 4, "EA", "vaccinationspistol 5 ml"),
    L("AH-NDL-16-1", 10, "BX", "kanyler 16G x 1\""),
    L("AH-SYR-10-100", 10, "BX", "engangssprøjter 10 ml"),
    L("AH-TDIP-I20", 2, "DR", "jod-pattedyp 20 l"),
], ship=S("Højgaard Landbrug I/S", "Tingvej 41, Sdr. Højgaard", "Videbæk", None, "6920")))

add("e10_kowalczyk_pl", "Marek Kowalczyk <marek@gr-kowalczyk.pl>", "Zamówienie 17/12/2026", D(2026, 12, 2, 8, 44), """Dzień dobry,

zamawiam:
- siatka dla owiec C8/80/15, 50 m – 15 rolek
- drut kolczasty 400 m – 6 rolek
- słupki drewniane toczone 1,8 m – 200 szt.
- zszywki ocynkowane 40 mm 5 kg – 4 opak.

Zamówienie nr 17/12/2026
Termin dostawy: do 20.12.2026

Dostawa:
Gospodarstwo Rolne Kowalczyk-Nowicki
ul. Polna 18, Wola Zaręcka
21-450 Stoczek Łukowski

Pozdrawiam
Marek Kowalczyk
""", X("Gospodarstwo Rolne Kowalczyk-Nowicki", "17/12/2026", [
    L("FN-SNET-C8-50", 15, "RL", "siatka dla owiec C8/80/15, 50 m"),
    L("FN-BRB-400", 6, "RL", "drut kolczasty 400 m"),
    L("FN-POST-18-75", 200, "EA", "słupki drewniane toczone 1,8 m"),
    L("FN-STP-40-5", 4, "BX", "zszywki ocynkowane 40 mm 5 kg"),
], requested="2026-12-20", ship=S("Gospodarstwo Rolne Kowalczyk-Nowicki", "ul. Polna 18, Wola Zaręcka", "Stoczek Łukowski", None, "21-450")))

add("e11_valledelesla_es", "Compras CG Valle del Esla <compras@cg-valledelesla.es>", "Pedido PED-2026/0456", D(2026, 12, 2, 12, 3), """Buenos días:

Les enviamos el pedido nº PED-2026/0456 de fecha 02/12/2026:

- 40 cubos de corrector mineral para ovejas 20 kg
- 10 tarrinas de 80 kg ovino
- 50 bloques de sal gema 10 kg
- 200 crotales electrónicos ovino (juego doble)

Entrega en:
Cooperativa Ganadera Valle del Esla – Almacén
Ctra. de León km 4
24230 Valdeoncina del Esla (León)

Un saludo,
Rocío Fernández
Departamento de Compras
""", X("Cooperativa Ganadera Valle del Esla", "PED-2026/0456", [
    L("MN-LICK-SHP20", 40, "BKT", "corrector mineral para ovejas 20 kg"),
    L("MN-LICK-SHP80", 10, "TUB", "tarrinas de 80 kg ovino"),
    L("MN-SALT-10", 50, "EA", "bloques de sal gema 10 kg"),
    L("TG-SHP-EID-D", 200, "SET", "crotales electrónicos ovino (juego doble)"),
], order_date="2026-12-02",
   ship=S("Cooperativa Ganadera Valle del Esla – Almacén", "Ctra. de León km 4", "Valdeoncina del Esla", "León", "24230")))

add("e12_kilmurry_correction", "Declan Hehir <declan.hehir@kilmurrycoop.ie>", "RE: PO 48830 gates & posts", D(2026, 12, 4, 9, 12), """Sorry Siobhán, make the 12ft gates 6 not 4, and add 2 of the 14 footers as well. Rest as is.

Declan

-----Original Message-----
From: Declan Hehir <declan.hehir@kilmurrycoop.ie>
Sent: Friday 4 December 2026 08:51
To: Ballycrann Agri Supplies Orders <orders@ballycrann-agri.ie>
Subject: PO 48830 gates & posts

Hi,

PO 48830

4 x 12ft galv gates
10 x strainer posts 2.4m
100 x 2.1m posts

Deliver Kilmurry yard.

Declan
""", X("Kilmurry Co-operative Agricultural Society Ltd", "48830", [
    L("FN-GATE-12", 6, "EA", "12ft galv gates"),
    L("FN-POST-24-150", 10, "EA", "strainer posts 2.4m"),
    L("FN-POST-21-100", 100, "EA", "2.1m posts"),
    L("FN-GATE-14", 2, "EA", "14 footers"),
]))

add("e13_carrowkeel_fwd", "Tom McGettigan <tom@carrowkeelfs.ie>", "Fwd: stock for lambing", D(2026, 12, 3, 15, 30), """See below, PO is CFS 2291. Deliver to the shop.
Thanks, Tom

---------- Forwarded message ---------
From: Gráinne Boyle <shop@carrowkeelfs.ie>
Date: Thu, 3 Dec 2026 at 14:02
Subject: stock for lambing
To: Tom McGettigan <tom@carrowkeelfs.ie>

Tom, can you put through an order with Ballycrann for the following, we're nearly out:

lamb creep 25kg - 60 bags
ewe nuts 18 - 2 ton bulk
stomach tubes x 10
elastrator rings 500s x 6
lambing gloves (arm length) x 4 boxes

Gráinne
""", X("Carrowkeel Farm Supplies", "CFS 2291", [
    L("FD-LMB-CRP25", 60, "BAG", "lamb creep 25kg"),
    L("FD-EWE18-BLK", 2, "TNE", "ewe nuts 18 - bulk"),
    L("AH-LTUBE", 10, "EA", "stomach tubes"),
    L("AH-RNG-500", 6, "PK", "elastrator rings 500s"),
    L("AH-GLV-ARM100", 4, "BX", "lambing gloves (arm length)"),
]))

add("e14_brennan_new", "Tadhg Brennan <tadhgbrennan.farm@gmail.com>", "Grass seed order", D(2026, 12, 5, 20, 18), """Hi there,

Got your name from a neighbour, Seán Daly. I'm looking to get the following:

10 bags of grass seed, the long term grazing mix in the 15 kg bags
2 bags of white clover (5kg)
a coil of the 1.6 wire

Farm is at:
Coolnagun
Castlepollard
Co. Westmeath
N91 E7W2

Is cash on delivery ok for a first order?

Tadhg Brennan
087 555 0143
""", X("Tadhg Brennan", None, [
    L("SD-MIX-GRZ15", 10, "BAG", "grass seed, the long term grazing mix in the 15 kg bags"),
    L("SD-WCL-5", 2, "BAG", "white clover (5kg)"),
    L("FN-HTW-16-25", 1, "CL", "1.6 wire"),
], ship=S(None, "Coolnagun", "Castlepollard", "Co. Westmeath", "N91 E7W2")))

add("e15_arrowvale_prose", "Martin Gilligan <martin@arrowvalefarm.ie>", "order for lambing", D(2026, 12, 6, 18, 2), """Hello,

Martin Gilligan here from Arrowvale. I'll take twenty of the sheep licks (the 20 kilo buckets) and three bags of the sheep mineral powder without copper. Along with that one 2ml vaccinator, five boxes of the 18 gauge one inch needles, a pack of the orange management tags and two packs of the yellow (both the large ones), and a tag pen.

Drop it out to the farm, Ardloy, Ballindoon, Boyle, Co. Sligo F52 T6C9. Turn at the church and it's the third house on the right with the green shed.

Martin
""", X("Arrowvale Sheep Farm", None, [
    L("MN-LICK-SHP20", 20, "BKT", "sheep licks (the 20 kilo buckets)"),
    L("MN-PWD-SHP25", 3, "BAG", "sheep mineral powder without copper"),
    L("AH-INJ-2", 1, "EA", "2ml vaccinator"),
    L("AH-NDL-18-1", 5, "BX", "18 gauge one inch needles"),
    L("TG-MGT-LRG-O20", 1, "PK", "orange management tags (large)"),
    L("TG-MGT-LRG-Y20", 2, "PK", "yellow management tags (large)"),
    L("TG-PEN", 1, "EA", "tag pen"),
], ship=S(None, "Ardloy", "Boyle", "Co. Sligo", "F52 T6C9")))

add("e16_hetherby_tabs", "Karen Ashworth <k.ashworth@hetherbyagri.co.uk>", "Hetherby PO HAM-77812", D(2026, 12, 1, 10, 0), """Hi,

Please find our order below (pasted from our system).

PO Number: HAM-77812
Order Date: 1st December 2026

Item\tDescription\tQty\tUOM\tUnit Price
HA-2201\tDairy Nuts 18% 25kg\t80\tBAG\t£12.40
HA-2204\tCalf Nuts 18% 25kg\t40\tBAG\t£13.80
HA-3110\tCal-Mag 25kg\t20\tBAG\t£17.00
HA-3150\tRock Salt Lick 10kg\t30\tEA\t£5.90

Delivery address:
Hetherby Agricultural Merchants Ltd
Mill Lane Depot
Hetherby, Thirsk
North Yorkshire YO7 9QZ

Many thanks,
Karen Ashworth
Buyer, Hetherby Agricultural Merchants Ltd
""", X("Hetherby Agricultural Merchants Ltd", "HAM-77812", [
    L("FD-DRY18-25", 80, "BAG", "Dairy Nuts 18% 25kg", "HA-2201", 12.40),
    L("FD-CALF18-25", 40, "BAG", "Calf Nuts 18% 25kg", "HA-2204", 13.80),
    L("MN-CALMAG-25", 20, "BAG", "Cal-Mag 25kg", "HA-3110", 17.00),
    L("MN-SALT-10", 30, "EA", "Rock Salt Lick 10kg", "HA-3150", 5.90),
], order_date="2026-12-01", currency="GBP",
   ship=S("Hetherby Agricultural Merchants Ltd", "Mill Lane Depot", "Thirsk", "North Yorkshire", "YO7 9QZ")))

add("e17_strathmorven_bulk", "Alasdair Grant <farm.office@strathmorven.co.uk>", "Order SME 0091 - feed", D(2026, 12, 2, 16, 25), """Hello,

Our order no. SME 0091:

3 tonne rolled barley, bulk
2t soya hull pellets
1 pallet beef finisher nuts in 25kg bags

To the main steading please - Mains of Strathmorven, by Huntly, Aberdeenshire AB54 7XY. Tipper access from the north road only, the bridge on the south road is 7.5t limit.

Regards
Alasdair Grant
Farm Manager, Strathmorven Estates Farming
""", X("Strathmorven Estates Farming", "SME 0091", [
    L("FD-RBAR-BLK", 3, "TNE", "rolled barley, bulk"),
    L("FD-SOYH-BLK", 2, "TNE", "soya hull pellets"),
    L("FD-BFIN-25", 1, "PAL", "beef finisher nuts in 25kg bags"),
], ship=S(None, "Mains of Strathmorven", "Huntly", "Aberdeenshire", "AB54 7XY")))

add("e18_troischenes_fr", "Pascal Rivière <gaec.troischenes@gaec-troischenes.fr>", "commande", D(2026, 12, 7, 21, 10), """Bonsoir,

Pour le GAEC, il nous faudrait :
deux pistolets drogueurs 30 ml, trois boîtes de gants de fouille (les longs), cinq bidons de désinfectant de 5 litres et un bidon de 25 L, plus 10 sacs de sulfate de cuivre pour le pédiluve.

Pour mardi 15 décembre si possible.

GAEC des Trois Chênes
Lieu-dit La Brosse
53120 Gorron-le-Haut

Merci, bonne soirée
Pascal
""", X("GAEC des Trois Chênes", None, [
    L("AH-DRG-30", 2, "EA", "pistolets drogueurs 30 ml"),
    L("AH-GLV-ARM100", 3, "BX", "gants de fouille (les longs)"),
    L("AH-DIS-5", 5, "EA", "désinfectant de 5 litres"),
    L("AH-DIS-25", 1, "DR", "désinfectant 25 L"),
    L("AH-FB-CU25", 10, "BAG", "sulfate de cuivre pour le pédiluve"),
], requested="2026-12-15", ship=S("GAEC des Trois Chênes", "Lieu-dit La Brosse", "Gorron-le-Haut", None, "53120")))

add("e19_osterwiese_prices", "Sabine Ahlers <s.ahlers@agrar-osterwiese.de>", "Bestellung Nr. 2026-4471", D(2026, 12, 1, 9, 30), """Guten Tag,

wir bestellen wie folgt (Bestellung Nr. 2026-4471 vom 01.12.2026):

1) Rundballennetz 1,23 x 3.600 m – 48 Rollen à 132,00 €
2) Wickelfolie 750 mm grün, 1.500 m – 96 Rollen à 75,00 €
3) Siloschutzgitter 10 x 15 m – 12 Stück à 64,00 €
4) Silo-Sandsäcke, 10er Pack – 30 Pack à 17,50 €

Lieferung frei Lager:
Agrarhandel Osterwiese eG
Raiffeisenweg 2
27313 Osterwiese

Mit freundlichen Grüßen
Sabine Ahlers
Einkauf
""", X("Agrarhandel Osterwiese eG", "2026-4471", [
    L("NW-123-3600", 48, "RL", "Rundballennetz 1,23 x 3.600 m", None, 132.00),
    L("SW-750-1500-GR", 96, "RL", "Wickelfolie 750 mm grün, 1.500 m", None, 75.00),
    L("SS-NET-10X15", 12, "EA", "Siloschutzgitter 10 x 15 m", None, 64.00),
    L("SS-GRVL-10", 30, "PK", "Silo-Sandsäcke, 10er Pack", None, 17.50),
], order_date="2026-12-01", currency="EUR",
   ship=S("Agrarhandel Osterwiese eG", "Raiffeisenweg 2", "Osterwiese", None, "27313")))

add("e20_groeneweide_nl_corr", "Anke Dijkstra <anke@degroeneweide.nl>", "Re: bestelling", D(2026, 12, 4, 7, 58), """Sorry, maak er 8 van i.p.v. 5 bij de kalverkorrels. De rest klopt.

Anke

Op vr 4 dec 2026 om 07:41 schreef Anke Dijkstra <anke@degroeneweide.nl>:
> Hallo,
>
> Bestelling voor de Groene Weide:
> 5 zakken kalverkorrel 18%
> 2 ton melkveebrok 18% los (bulk in de silo)
> 3 emmers liklik voor de droge koeien (pre-calver)
> 1 rol schrikdraadlint 12 mm 200 m
>
> Adres zoals altijd: Weideweg 5, 8411 ZH Jonkersvaart-Noord
>
> Groet, Anke
""", X("Melkveebedrijf De Groene Weide", None, [
    L("FD-CALF18-25", 8, "BAG", "kalverkorrel 18%"),
    L("FD-DRY18-BLK", 2, "TNE", "melkveebrok 18% los (bulk in de silo)"),
    L("MN-LICK-PRE22", 3, "BKT", "liklik voor de droge koeien (pre-calver)"),
    L("FN-PTAPE12-200", 1, "RL", "schrikdraadlint 12 mm 200 m"),
], ship=S(None, "Weideweg 5", "Jonkersvaart-Noord", None, "8411 ZH")))

add("e21_zielonylan_pl", "Dział Zaopatrzenia <zaopatrzenie@sr-zielonylan.pl>", "Zamówienie ZL/2026/311", D(2026, 12, 5, 10, 11), """Szanowni Państwo,

Spółdzielnia Rolnicza „Zielony Łan” składa zamówienie nr ZL/2026/311 z dnia 05.12.2026:

1. Nasiona kukurydzy FAO 170 (jednostka 50 tys. nasion) – 40 j.
2. Jęczmień jary C2, big bag 500 kg – 12 szt.
3. Rzepak pastewny 5 kg – 20 worków
4. Koniczyna czerwona 5 kg – 10 worków

Ceny zgodnie z cennikiem. Dostawa do magazynu:
ul. Magazynowa 3, 87-410 Kowalewo Dolne

Z poważaniem
Agnieszka Wróbel
""", X("Spółdzielnia Rolnicza Zielony Łan", "ZL/2026/311", [
    L("SD-MZE-50K", 40, "UNIT", "Nasiona kukurydzy FAO 170 (jednostka 50 tys. nasion)"),
    L("SD-SBAR-500", 12, "BAG", "Jęczmień jary C2, big bag 500 kg"),
    L("SD-RAPE-5", 20, "BAG", "Rzepak pastewny 5 kg"),
    L("SD-RCL-5", 10, "BAG", "Koniczyna czerwona 5 kg"),
], order_date="2026-12-05", ship=S(None, "ul. Magazynowa 3", "Kowalewo Dolne", None, "87-410")))

add("e22_ortega_es", "Javier Ortega <javier@hnosortega.es>", "pedido herramientas nave", D(2026, 12, 3, 17, 45), """Hola,

Soy Javier Ortega. Necesitamos para la nave nueva: dos carretillas, cuatro horcas de 5 púas, tres palas cuadradas con mango de madera, un cortapernos de 36" y seis cepillos de patio.

Entrega en la finca:
Finca Los Regajos
Camino de la Vega s/n
10617 Valdelosa de Tormes (Cáceres)

Gracias,
Javier
Explotación Ganadera Hermanos Ortega S.C.
""", X("Explotación Ganadera Hermanos Ortega S.C.", None, [
    L("TL-WB-85", 2, "EA", "carretillas"),
    L("TL-FRK-5", 4, "EA", "horcas de 5 púas"),
    L("TL-SHV-SQ", 3, "EA", "palas cuadradas con mango de madera"),
    L("TL-BOLT-36", 1, "EA", "cortapernos de 36\""),
    L("TL-BRM-YARD", 6, "EA", "cepillos de patio"),
], ship=S("Finca Los Regajos", "Camino de la Vega s/n", "Valdelosa de Tormes", "Cáceres", "10617")))

add("e23_ballyfoyle_quote", "Niamh Brophy <niamh@ballyfoyle.ie>", "RE: Quotation Q-2291", D(2026, 12, 4, 14, 20), """Hi Siobhán,

Go ahead with the quote please, our PO is BFP-118:

2 x 6J mains energiser @ €279.00
1 x digital fault finder @ €85.00
20 packs tread-in posts white 105cm @ €18.50

Deliver to the yard at Ballyfoyle House, Ballyfoyle, Co. Kilkenny R95 C8P4.

Thanks,
Niamh

From: Siobhán Kealy <siobhan.kealy@ballycrann-agri.ie>
Sent: 02 December 2026 16:03
To: Niamh Brophy <niamh@ballyfoyle.ie>
Subject: Quotation Q-2291

Hi Niamh, as discussed:
Energiser Mains 6 Joule - €279.00 each (list 289)
Digital Fence Fault Finder - €85.00
Tread-in Poly Post 105cm White Pack 10 - €18.50/pack
Valid 30 days.
Siobhán
""", X("Ballyfoyle Farm Partnership", "BFP-118", [
    L("FN-ENG-M6J", 2, "EA", "6J mains energiser", None, 279.00),
    L("FN-DTEST", 1, "EA", "digital fault finder", None, 85.00),
    L("FN-TRD-105W", 20, "PK", "tread-in posts white 105cm", None, 18.50),
], currency="EUR", ship=S(None, "Ballyfoyle House", "Ballyfoyle", "Co. Kilkenny", "R95 C8P4")), to=SELLER_SALES)

add("e24_fenwick_new", "Rob Fenwick <rob@fenwickagricontracting.co.uk>", "netwrap + wrap order", D(2026, 12, 6, 8, 10), """Hi,

We've not dealt before - got your details at the Cumbria show. Can you send:

20 rolls netwrap 1.23 x 3000
40 rolls 750 black wrap, 1500m
18 packs orange twine 130m/kg

to Fenwick Agri Contracting, Hollinsgarth Farm, Lowther Fell Road, Askrigg-under-Fell, Cumbria CA17 9QF.

Invoice to the same. Need it before Christmas.

Rob Fenwick
Fenwick Agri Contracting
07700 900412
""", X("Fenwick Agri Contracting", None, [
    L("NW-123-3000", 20, "RL", "netwrap 1.23 x 3000"),
    L("SW-750-1500-BK", 40, "RL", "750 black wrap, 1500m"),
    L("TW-130-2X5-OR", 18, "PK", "orange twine 130m/kg"),
], requested="__omit__", ship=S("Fenwick Agri Contracting", "Hollinsgarth Farm", "Askrigg-under-Fell", "Cumbria", "CA17 9QF")))

add("e25_moulinbasset_fr_new", "EARL du Moulin Basset <earl.moulinbasset@orange.fr>", "Nouvelle commande - clôture", D(2026, 12, 5, 9, 50), """Bonjour,

Nous sommes un nouveau client (recommandé par la Coop du Val de Lorme). Voici notre commande :

6 rouleaux de grillage à moutons C8/80/15 de 100 m
2 rouleaux de barbelé 200 m
150 piquets bois ronds 1,80 m
1 enfonce-pieux manuel

Adresse de livraison :
EARL du Moulin Basset
Le Moulin Basset, 4 chemin des Prés
72610 Saint-Léger-sur-Orne

Cordialement,
Hélène Basset
""", X("EARL du Moulin Basset", None, [
    L("FN-SNET-C8-100", 6, "RL", "grillage à moutons C8/80/15 de 100 m"),
    L("FN-BRB-200", 2, "RL", "barbelé 200 m"),
    L("FN-POST-18-75", 150, "EA", "piquets bois ronds 1,80 m"),
    L("TL-RAM-8", 1, "EA", "enfonce-pieux manuel"),
], ship=S("EARL du Moulin Basset", "Le Moulin Basset, 4 chemin des Prés", "Saint-Léger-sur-Orne", None, "72610")))

add("e26_anon_es", "<granja.sotillo.81@gmail.com>", "pedido", D(2026, 12, 6, 12, 30), """Hola,

quiero pedir 5 sacos de pienso para caballos (cubos 20 kg) y 3 sacos de pellets para ponedoras.

Envío a Calle Mayor 12, 37130 Doñinos del Alto (Salamanca).

Saludos
""", X(None, None, [
    L("FD-HRS-20", 5, "BAG", "pienso para caballos (cubos 20 kg)"),
    L("FD-LAY-20", 3, "BAG", "pellets para ponedoras"),
], ship=S(None, "Calle Mayor 12", "Doñinos del Alto", "Salamanca", "37130")))

add("e27_kilmurry_ourcodes", "Declan Hehir <declan.hehir@kilmurrycoop.ie>", "PO 48851", D(2026, 12, 7, 8, 5), """Siobhán,

PO 48851, using your codes off the price list:

FD-DRY18-25 x 60
FD-DRY18BLK x 3 (tonnes, into the bin)
MN-PWD-DRY25 x 10
MN-BOLUS-CTL x 2

Declan
""", X("Kilmurry Co-operative Agricultural Society Ltd", "48851", [
    L("FD-DRY18-25", 60, "BAG", "FD-DRY18-25"),
    L("FD-DRY18-BLK", 3, "TNE", "FD-DRY18BLK (tonnes, into the bin)"),
    L("MN-PWD-DRY25", 10, "BAG", "MN-PWD-DRY25"),
    L("MN-BOLUS-CTL", 2, "BX", "MN-BOLUS-CTL"),
]))

add("e28_carrowkeel_misspelt", "Tom McGettigan <tom@carrowkeelfs.ie>", "dairy hygene order", D(2026, 12, 1, 11, 48), """Hi

chlorhexadine teat spray 20lt x 3
pre dip foam x2
udder creme 500ml x 12
nitril gloves large x 10 box
nitril gloves medium x 5 box

PO CFS 2284
Tom
""", X("Carrowkeel Farm Supplies", "CFS 2284", [
    L("AH-TDIP-C20", 3, "DR", "chlorhexadine teat spray 20lt"),
    L("AH-PDIP-20", 2, "DR", "pre dip foam"),
    L("AH-UDC-500", 12, "EA", "udder creme 500ml"),
    L("AH-GLV-NIT-L", 10, "BX", "nitril gloves large"),
    L("AH-GLV-NIT-M", 5, "BX", "nitril gloves medium"),
]))

add("e29_ballyfoyle_seed", "Niamh Brophy <niamh@ballyfoyle.ie>", "reseeding - seed order", D(2026, 12, 2, 13, 3), """Hi,

For the reseeding programme:

Tetraploid PRG 10kg - 2 bags
Diploid PRG 10kg - 3 bags
Silage mix, 10kg bags - 4
Kale 2kg x 2

Our PO BFP-117. Delivery after 1st March 2027 is fine, no rush — deliver on 02/03/2027 if it suits.

Niamh
Ballyfoyle Farm Partnership
""", X("Ballyfoyle Farm Partnership", "BFP-117", [
    L("SD-PRG-TET10", 2, "BAG", "Tetraploid PRG 10kg"),
    L("SD-PRG-DIP10", 3, "BAG", "Diploid PRG 10kg"),
    L("SD-MIX-SIL10", 4, "BAG", "Silage mix, 10kg bags"),
    L("SD-KALE-2", 2, "BAG", "Kale 2kg"),
], requested="2027-03-02"))

add("e30_hetherby_corr", "Karen Ashworth <k.ashworth@hetherbyagri.co.uk>", "RE: Hetherby PO HAM-77840", D(2026, 12, 3, 11, 26), """Apologies - the twine on this one should be ORANGE not blue, and 30 packs not 20. Everything else unchanged.

Karen

________________________________
From: Karen Ashworth
Sent: 03 December 2026 10:58
To: orders@ballycrann-agri.ie
Subject: Hetherby PO HAM-77840

PO HAM-77840

20 x Baler twine 130m/kg blue (2x5kg)
10 x Netwrap 1.23m x 3000m
15 x Silage wrap 750 white

Deliver to Mill Lane Depot as normal.
Karen Ashworth
Hetherby Agricultural Merchants Ltd
""", X("Hetherby Agricultural Merchants Ltd", "HAM-77840", [
    L("TW-130-2X5-OR", 30, "PK", "Baler twine 130m/kg orange (2x5kg)"),
    L("NW-123-3000", 10, "RL", "Netwrap 1.23m x 3000m"),
    L("SW-750-1500-WH", 15, "RL", "Silage wrap 750 white"),
]))

add("e31_pennard_terse", "Gareth Pryce <gareth@pennardvale.co.uk>", "po 0419", D(2026, 12, 7, 6, 40), """2x drench gun 10ml
4x spare sheep nozzles
1x hoof knife
po 0419
G
""", X("Pennard Vale Farmers Ltd", "0419", [
    L("AH-DRG-10", 2, "EA", "drench gun 10ml"),
    L("AH-DRG-NOZ", 4, "EA", "spare sheep nozzles"),
    L("AH-HOOF-KN", 1, "EA", "hoof knife"),
]))

add("e32_gaeilge_new", "Máirtín Ó Flaithearta <mairtin.oflaithearta@eircom.net>", "Ordú", D(2026, 12, 4, 19, 33), """A chara,

Ba mhaith liom ordú a chur isteach:

10 mála cnónna caorach 18% (25kg)
4 bhuicéad lí mianraí caorach (20kg)
1 rolla sreang chaorach C8, 50m

Seol chuig:
Feirm Uí Fhlaithearta
An Cnocán
Ros an Mhíl, Co. na Gaillimhe
H91 X4C7

Go raibh maith agat,
Máirtín Ó Flaithearta
""", X("Feirm Uí Fhlaithearta", None, [
    L("FD-EWE18-25", 10, "BAG", "cnónna caorach 18% (25kg)"),
    L("MN-LICK-SHP20", 4, "BKT", "lí mianraí caorach (20kg)"),
    L("FN-SNET-C8-50", 1, "RL", "sreang chaorach C8, 50m"),
], ship=S("Feirm Uí Fhlaithearta", "An Cnocán", "Ros an Mhíl", "Co. na Gaillimhe", "H91 X4C7")))

add("e33_vanderstoep_prices", "Bert van der Stoep <bert@vanderstoep-agro.nl>", "Order 2026-VDS-1219", D(2026, 12, 7, 16, 2), """Hallo Siobhán,

Zoals besproken, order 2026-VDS-1219 d.d. 07-12-2026:

48x wikkelfolie groen 750x1500  à € 76,50
24x netwikkel 1,30 m x 3000 m  à € 121,00

Afleveren op de loods: Polderweg 22, 3381 LK Giessenburg-West.

Groet,
Bert
""", X("Loonbedrijf Van der Stoep", "2026-VDS-1219", [
    L("SW-750-1500-GR", 48, "RL", "wikkelfolie groen 750x1500", None, 76.50),
    L("NW-130-3000", 24, "RL", "netwikkel 1,30 m x 3000 m", None, 121.00),
], order_date="2026-12-07", currency="EUR", ship=S(None, "Polderweg 22", "Giessenburg-West", None, "3381 LK")), to=SELLER_SALES)

add("e34_brueckmann_de2", "Einkauf Brückmann <einkauf@landhandel-brueckmann.de>", "Bestellung BE-4500-2310", D(2026, 12, 7, 9, 15), """Guten Morgen,

bitte liefern Sie zu Bestellung BE-4500-2310:

Milchaustauscher 23 % 20 kg: 25 Sack
Mineralleckeimer Rind 22,5 kg: 30 Eimer
Viehsalz-Leckstein 10 kg: 40 Stück
Lecksteine 2 kg: 100 Stück

Lieferung an Lager 2 wie gehabt.

Mit freundlichen Grüßen
Jens Brückmann
""", X("Landhandel Brückmann GmbH", "BE-4500-2310", [
    L("FD-CMR-23", 25, "BAG", "Milchaustauscher 23 % 20 kg"),
    L("MN-LICK-CTL22", 30, "BKT", "Mineralleckeimer Rind 22,5 kg"),
    L("MN-SALT-10", 40, "EA", "Viehsalz-Leckstein 10 kg"),
    L("MN-SALT-2", 100, "EA", "Lecksteine 2 kg"),
]))

add("e35_wisniak_pl_new", "Jan Wiśniak <jan.wisniak@wp.pl>", "zamówienie pasza", D(2026, 12, 6, 7, 20), """Dzień dobry,

jestem nowym klientem. Proszę o:
- granulat dla cieląt 18% 25 kg – 20 worków
- kreda pastewna 25 kg – 10 worków
- lizawka solna 10 kg – 20 szt.

Adres: Gospodarstwo Rolne Jan Wiśniak, Zagórze 14, 26-634 Gózd Wielki

Jan Wiśniak
""", X("Gospodarstwo Rolne Jan Wiśniak", None, [
    L("FD-CALF18-25", 20, "BAG", "granulat dla cieląt 18% 25 kg"),
    L(None, 10, "BAG", "kreda pastewna 25 kg"),
    L("MN-SALT-10", 20, "EA", "lizawka solna 10 kg"),
], ship=S("Gospodarstwo Rolne Jan Wiśniak", "Zagórze 14", "Gózd Wielki", None, "26-634")))

add("e36_strathmorven_hill", "Alasdair Grant <farm.office@strathmorven.co.uk>", "SME 0094 tags - to hill unit", D(2026, 12, 4, 12, 12), """Hi,

Order SME 0094. Please deliver to the hill unit, NOT the main farm:

Strathmorven Estates - Hill Unit
Corriefeoch Steading, Glen Aulder
by Huntly
AB54 7YP

500 single slaughter EID tags (sheep)
2 tag applicators
10 packs small orange management tags

Thanks
Alasdair
""", X("Strathmorven Estates Farming", "SME 0094", [
    L("TG-SHP-EID-S", 500, "EA", "single slaughter EID tags (sheep)"),
    L("TG-APP-UNI", 2, "EA", "tag applicators"),
    L(None, 10, "PK", "small orange management tags"),
], ship=S("Strathmorven Estates - Hill Unit", "Corriefeoch Steading, Glen Aulder", "Huntly", None, "AB54 7YP")))

add("e37_dromaneen_bulk", "Donal Crowley <donal@dromaneendairy.ie>", "meal", D(2026, 12, 7, 22, 5), """Siobhán

Can ye blow 6 ton of the 16% dairy nut into the bin and top it up with 1.5 t of the 14%. Monday 21/12 would suit.

Donal
""", X("Dromaneen Dairy Farm", None, [
    L("FD-DRY16-BLK", 6, "TNE", "16% dairy nut (bulk into the bin)"),
    L("FD-DRY14-BLK", 1.5, "TNE", "14% dairy nut"),
], requested="2026-12-21"), to=SELLER_SALES)

add("e38_ballyfoyle_paddocks", "Conor Brophy <conor@ballyfoyle.ie>", "paddock fencing", D(2026, 12, 6, 17, 0), """Hi folks,

Setting up a new paddock system, need:

6 rolls 12mm tape (200m)
3 x 400 m polywire
10 bags of tread in posts green - the 105s
2 gate handles, actually make that 4
1 battery energiser (1J)

Conor
Ballyfoyle Farm Partnership
""", X("Ballyfoyle Farm Partnership", None, [
    L("FN-PTAPE12-200", 6, "RL", "12mm tape (200m)"),
    L("FN-PWIRE-400", 3, "RL", "400 m polywire"),
    L("FN-TRD-105G", 10, "PK", "tread in posts green - the 105s"),
    L("FN-GATEH", 4, "EA", "gate handles"),
    L("FN-ENG-B1J", 1, "EA", "battery energiser (1J)"),
]))

add("e39_valledelesla_corr", "Compras CG Valle del Esla <compras@cg-valledelesla.es>", "RE: Pedido PED-2026/0461", D(2026, 12, 4, 10, 40), """Perdón, en la línea de los cubos no son 40 sino 60. Lo demás igual.

Rocío

-----Mensaje original-----
De: Compras CG Valle del Esla
Enviado el: viernes, 4 de diciembre de 2026 10:22
Para: orders@ballycrann-agri.ie
Asunto: Pedido PED-2026/0461

Pedido PED-2026/0461 de 04/12/2026:
- 40 cubos de corrector mineral vacuno 22,5 kg
- 20 cubos hi-mag 22,5 kg
- 8 cajas de bolos de oligoelementos ovino (50 uds)

Entrega en el almacén de siempre.
""", X("Cooperativa Ganadera Valle del Esla", "PED-2026/0461", [
    L("MN-LICK-CTL22", 60, "BKT", "corrector mineral vacuno 22,5 kg"),
    L("MN-LICK-HMG22", 20, "BKT", "hi-mag 22,5 kg"),
    L("MN-BOLUS-SHP", 8, "BX", "bolos de oligoelementos ovino (50 uds)"),
], order_date="2026-12-04"))

add("e40_troischenes_semences", "Pascal Rivière <gaec.troischenes@gaec-troischenes.fr>", "semences printemps", D(2026, 12, 5, 20, 20), """Bonjour Siobhán,

Pour les semences de printemps :
- 4 sacs de ray-grass anglais tétraploïde 10 kg
- 2 sacs de trèfle blanc 2 kg
- 1 sac de mélange multi-espèces 10 kg
- 3 doses de maïs (50 000 grains)

Livraison début mars, à la ferme comme d'habitude.

Pascal
""", X("GAEC des Trois Chênes", None, [
    L("SD-PRG-TET10", 4, "BAG", "ray-grass anglais tétraploïde 10 kg"),
    L("SD-WCL-2", 2, "BAG", "trèfle blanc 2 kg"),
    L("SD-HERB-10", 1, "BAG", "mélange multi-espèces 10 kg"),
    L("SD-MZE-50K", 3, "UNIT", "maïs (50 000 grains)"),
], requested="__omit__"), to=SELLER_SALES)

add("e41_glenbrack_feed", "Orla Fitzmaurice <purchasing@glenbrackagri.ie>", "PO GAM-2026-1207 feed", D(2026, 12, 7, 17, 30), """Hi,

PO GAM-2026-1207, dated 7th Dec.

Ewe nuts 18% x 80
60 x lamb creep
Horse cubes 20kg — 15
Layers pellets - 10 bags
and 1 tonne of the beef finisher bulk

Thanks,
Orla
""", X("Glenbrack Agri Merchants Ltd", "GAM-2026-1207", [
    L("FD-EWE18-25", 80, "BAG", "Ewe nuts 18%"),
    L("FD-LMB-CRP25", 60, "BAG", "lamb creep"),
    L("FD-HRS-20", 15, "BAG", "Horse cubes 20kg"),
    L("FD-LAY-20", 10, "BAG", "Layers pellets"),
    L("FD-BFIN-BLK", 1, "TNE", "beef finisher bulk"),
], order_date="2026-12-07"))

add("e42_kilmurry_silage", "Declan Hehir <declan.hehir@kilmurrycoop.ie>", "PO 48855 silage covers", D(2026, 12, 7, 18, 1), """Hi Siobhán,

Early order for the silage season, PO 48855:

12 x black sheets 12x15
12 x cling underlay 12 x 15
4 rolls side wall sheet
twenty packs of gravel bags
2 silage forks

Delivery to the branch at Cree, not the main yard:
Kilmurry Co-op Cree Branch
Church Road
Cree, Co. Clare V15 H6D2

Declan
""", X("Kilmurry Co-operative Agricultural Society Ltd", "48855", [
    L("SS-BLK-12X15", 12, "EA", "black sheets 12x15"),
    L("SS-UND-12X15", 12, "EA", "cling underlay 12 x 15"),
    L("SS-SIDE-8X50", 4, "RL", "side wall sheet"),
    L("SS-GRVL-10", 20, "PK", "gravel bags"),
    L("TL-FRK-SIL", 2, "EA", "silage forks"),
], ship=S("Kilmurry Co-op Cree Branch", "Church Road", "Cree", "Co. Clare", "V15 H6D2")))
