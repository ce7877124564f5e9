from lib import *

def build():
    # 01 Sunday night, terse list, "same as last week but"
    eml("01_crown_sunday.eml", "Dan Reilly <dan@crownandanchorpub.co.uk>", "order for tues",
        dt(2026,12,6,23,14),
"""Hi guys

Same as last week but drop the Camden and add another Guinness. So for Tuesday 8th:

2 x Guinness 50L
1 x Peroni 30L
3 cases coke zero cans
2 x cases fever tree light tonic
1 CO2 6.35

cheers
Dan
Crown & Anchor
""",
        label(customer=cname("C001"), rd="2026-12-08", lines=[
            L("BR-2001",None,"Guinness 50L",2,"EA"),
            L("BR-2011",None,"Peroni 30L",1,"EA"),
            L("SD-4003",None,"coke zero cans",3,"CS"),
            L("SD-4012",None,"fever tree light tonic",2,"CS"),
            L("CN-5021",None,"CO2 6.35",1,"EA")]),
        "Sunday-night terse list, 'same as last week but', UK pub")

    # 02 SKUs written slightly wrong, PO in subject
    eml("02_hoppers_po.eml", "Priya Shah <priya@hoppersbar.co.uk>", "PO HB-2291 - weekly spirits",
        dt(2026,12,2,10,3),
"""Morning,

Please process PO HB-2291 for delivery Fri 4/12:

BR2013 x 5
sp-3001 x 6
SP 3022 x 4
sp3051 x 6
SD-4015 x 3
cn5004 x 2

Thanks,
Priya Shah
Bar Manager | Hopper's Bar | 41 Oldham Street, Manchester M1 1JG
""",
        label(customer=cname("C002"), po="HB-2291", rd="2026-12-04", ship_to=ship("Hopper's Bar","41 Oldham Street","Manchester",None,"M1 1JG","GB"), lines=[
            L("BR-2013",None,"BR2013",5,"CS"),
            L("SP-3001",None,"sp-3001",6,"EA"),
            L("SP-3022",None,"SP 3022",4,"EA"),
            L("SP-3051",None,"sp3051",6,"EA"),
            L("SD-4015",None,"SD-4015",3,"CS"),
            L("CN-5004",None,"cn5004",2,"PK")]),
        "SKU-only list with mangled SKUs (no dash, lower case, space); address only in signature")

    # 03 Irish chatty
    eml("03_odonnells_chatty.eml", "Seamus O'Donnell <seamus@odonnellsgalway.ie>", "Order for the weekend",
        dt(2026,12,1,16,40),
"""Hi lads,

Hope all's well over there. Mad week here with the Christmas parties starting so we're going to need a bit more than usual. Could ye send down:

a keg of Guinness (the 50 litre one, not the small one)
another keg of Heineken
half a dozen bottles of Jameson, the litre ones
a dozen Baileys 70cl
3 cases of the red bull (regular, not the sugar free)
and 2 packs of the black paper straws (the 250s)

If it could be with us by Thursday the 3rd that'd be great, we're hammered Thursday nights.

Thanks a million,
Seamus
O'Donnell's Bar, 14 Quay Street, Galway H91 C8P2
""",
        label(customer=cname("C008"), rd="2026-12-03", ship_to=ship("O'Donnell's Bar","14 Quay Street","Galway",None,"H91 C8P2","IE"), lines=[
            L("BR-2001",None,"keg of Guinness (the 50 litre one)",1,"EA"),
            L("BR-2031",None,"keg of Heineken",1,"EA"),
            L("SP-3042",None,"Jameson, the litre ones",6,"EA"),
            L("SP-3063",None,"Baileys 70cl",12,"EA"),
            L("SD-4041",None,"red bull (regular, not the sugar free)",3,"CS"),
            L("CN-5001",None,"black paper straws (the 250s)",2,"PK")]),
        "Long chatty Irish bar email, word quantities (a keg, half a dozen, a dozen)")

    # 04 French restaurant
    eml("04_comptoir_fr.eml", "Julien Marchand <julien.marchand@lecomptoir-lyon.fr>", "Commande n° 2026-118",
        dt(2026,11,30,9,12,1),
"""Bonjour,

Merci de bien vouloir nous livrer la commande suivante (bon de commande n° 2026-118 du 30/11/2026) :

- 2 cartons de 6 Côtes de Provence rosé Lavandou 2024
- 12 bouteilles Chablis Perrault 2022
- 6 bouteilles de Champagne Delorme brut 75cl
- 3 magnums de Champagne Delorme brut
- 4 cartons Perrier... pardon, eau gazeuse Cellarline 12x75cl

Livraison souhaitée le mardi 08/12/2026 avant 11h, à l'adresse habituelle :
Brasserie Le Comptoir
17 rue Mercière
69002 Lyon

Cordialement,
Julien Marchand
Chef de cave
""",
        label(customer=cname("C010"), po="2026-118", od="2026-11-30", rd="2026-12-08", ship_to=S("C010"), lines=[
            L("WN-1603",None,"cartons de 6 Côtes de Provence rosé Lavandou 2024",2,"CS"),
            L("WN-1703",None,"Chablis Perrault 2022",12,"EA"),
            L("WN-1801",None,"Champagne Delorme brut 75cl",6,"EA"),
            L("WN-1803",None,"magnums de Champagne Delorme brut",3,"EA"),
            L("SD-4054",None,"eau gazeuse Cellarline 12x75cl",4,"CS")]),
        "French restaurant email, dates day-first, self-correction inside a line")

    # 05 correction email
    eml("05_saltroom_correction.eml", "Hannah Price <hannah@saltroombristol.com>", "RE: Salt Room order SR-0412",
        dt(2026,12,3,11,25),
"""Sorry - correction to the order I sent this morning. Make that 6 of the Picpoul not 4, and add 2 bottles of the Chablis. Everything else the same. Full list below so it's clear:

Picpoul de Pinet 2024 - 6 btl
Sauv Blanc Marlborough 2024 - 12 btl
Malbec Altos del Sol 2023 - 6 btl
Chablis 2022 - 2 btl
Sparkling water 750ml - 2 cases

PO SR-0412, for Saturday 5th Dec please.

Hannah

-----Original Message-----
From: Hannah Price <hannah@saltroombristol.com>
Sent: 03 December 2026 08:02
To: orders@cellarline-drinks.com
Subject: Salt Room order SR-0412

Hi, order for Sat please, PO SR-0412:
Picpoul de Pinet 2024 - 4 btl
Sauv Blanc Marlborough 2024 - 12 btl
Malbec Altos del Sol 2023 - 6 btl
Sparkling water 750ml - 2 cases
Thanks, Hannah
The Salt Room, 9 Narrow Quay, Bristol BS1 4QA
""",
        label(customer=cname("C006"), po="SR-0412", rd="2026-12-05", ship_to=ship("The Salt Room","9 Narrow Quay","Bristol",None,"BS1 4QA","GB"), lines=[
            L("WN-1704",None,"Picpoul de Pinet 2024",6,"EA"),
            L("WN-1201",None,"Sauv Blanc Marlborough 2024",12,"EA"),
            L("WN-1102",None,"Malbec Altos del Sol 2023",6,"EA"),
            L("WN-1703",None,"Chablis 2022",2,"EA"),
            L("SD-4054",None,"Sparkling water 750ml",2,"CS")]),
        "Correction email ('make that 6 not 4') with quoted original below")

    # 06 German pub
    eml("06_zumhafen_de.eml", "Klaus Petersen <k.petersen@zumhafen-hamburg.de>", "Bestellung KW 50",
        dt(2026,12,4,14,2,1),
"""Moin,

bitte folgende Bestellung für Lieferung am Mittwoch, 09.12.2026:

3x Estrella Damm Fass 50 L
1x Peroni Fass 30 L
5 Kisten Corona 24x355ml
2 Flaschen Jägermeister 1L
4 Flaschen Aperol 0,7L
2x CO2 Flasche 10 kg

Bestellnummer: ZH-50/26

Lieferadresse wie immer: Kneipe Zum Hafen, Hafenstraße 88, 20359 Hamburg

Danke und Gruß
Klaus Petersen
Zum Hafen Gastronomie GmbH
""",
        label(customer=cname("C016"), po="ZH-50/26", rd="2026-12-09", ship_to=S("C016"), lines=[
            L("BR-2022",None,"Estrella Damm Fass 50 L",3,"EA"),
            L("BR-2011",None,"Peroni Fass 30 L",1,"EA"),
            L("BR-2061",None,"Corona 24x355ml",5,"CS"),
            L("SP-3062",None,"Jägermeister 1L",2,"EA"),
            L("SP-3051",None,"Aperol 0,7L",4,"EA"),
            L("CN-5022",None,"CO2 Flasche 10 kg",2,"EA")]),
        "German pub order, Fass/Kisten, date dd.mm.yyyy")

    # 07 Spanish bar
    eml("07_latasca_es.eml", "Marta Vidal <marta@latascabcn.es>", "pedido semana",
        dt(2026,12,1,19,55,1),
"""Hola,

Os paso el pedido de esta semana:

- 2 barriles Estrella Damm 30L
- 4 cajas Estrella botellín 24x330
- 6 botellas Rioja Crianza Monteviejo 2021
- 1 caja de 6 Rioja Crianza 2021
- 3 botellas Bacardi 1 litro
- 2 cajas tónica Fever-Tree mediterránea

Entrega el jueves 3 de diciembre si puede ser.

Gracias!
Marta Vidal
Bar La Tasca - Carrer de Blai 23, 08004 Barcelona
""",
        label(customer=cname("C012"), rd="2026-12-03", ship_to=ship("Bar La Tasca","Carrer de Blai 23","Barcelona",None,"08004","ES"), lines=[
            L("BR-2021",None,"barriles Estrella Damm 30L",2,"EA"),
            L("BR-2023",None,"Estrella botellín 24x330",4,"CS"),
            L("WN-1502",None,"Rioja Crianza Monteviejo 2021",6,"EA"),
            L("WN-1504",None,"caja de 6 Rioja Crianza 2021",1,"CS"),
            L("SP-3032",None,"Bacardi 1 litro",3,"EA"),
            L("SD-4013",None,"tónica Fever-Tree mediterránea",2,"CS")]),
        "Spanish bar order, bottle vs case-of-6 of same wine")

    # 08 one-liner
    eml("08_quayside_oneliner.eml", "Tom <tom@quaysidetap.co.uk>", "neck oil",
        dt(2026,12,5,17,48),
"""2 kegs of neck oil and a case of gamma ray cans for Monday pls. Tom
""",
        label(customer=cname("C007"), rd="2026-12-07", lines=[
            L("BR-2051",None,"kegs of neck oil",2,"EA"),
            L("BR-2053",None,"case of gamma ray cans",1,"CS")]),
        "Terse one-liner (Monday resolved from email date)")

    # 09 Italian enoteca
    eml("09_ponte_it.eml", "Lucia Ferri <ordini@enotecailponte.it>", "Ordine n. 447 - Enoteca Il Ponte",
        dt(2026,12,2,12,30,1),
"""Buongiorno,

con la presente vi inviamo l'ordine n. 447 del 02/12/2026.

Prosecco DOC Brut Villa Dora 75cl     n. 24 bottiglie
Prosecco DOC Rosé Villa Dora 75cl     n. 12 bottiglie
Prosecco Brut magnum                  n. 6
Pinot Grigio Ca' Bella 75cl           n. 2 cartoni da 12
Campari 70cl                          n. 6
Martini Rosso 75cl                    n. 6

Consegna richiesta entro venerdì 11 dicembre.
Indirizzo di consegna: Enoteca Il Ponte, Via Vigevano 12, 20144 Milano (MI)

Cordiali saluti
Lucia Ferri
""",
        label(customer=cname("C014"), po="447", od="2026-12-02", rd="2026-12-11", ship_to=S("C014"), lines=[
            L("WN-1401",None,"Prosecco DOC Brut Villa Dora 75cl",24,"EA"),
            L("WN-1405",None,"Prosecco DOC Rosé Villa Dora 75cl",12,"EA"),
            L("WN-1404",None,"Prosecco Brut magnum",6,"EA"),
            L("WN-1302",None,"Pinot Grigio Ca' Bella 75cl cartoni da 12",2,"CS"),
            L("SP-3053",None,"Campari 70cl",6,"EA"),
            L("SP-3054",None,"Martini Rosso 75cl",6,"EA")]),
        "Italian wine shop order, aligned columns, quantity after description")

    # 10 Dutch cafe
    eml("10_goudenleeuw_nl.eml", "Sanne de Vries <sanne@goudenleeuw.nl>", "Bestelling",
        dt(2026,12,3,15,10,1),
"""Hoi,

Graag de volgende bestelling, levering maandag 7 december:

4 x Heineken fust 50L
3 kratten Heineken 0.0 flesjes
2 dozen Fever-Tree ginger ale 24x200
1 fles Absolut vanilla
2 x Tanqueray 1 liter
10 pakken cocktailservetten wit

Bestelnummer GL-1207.

Groetjes,
Sanne
Café De Gouden Leeuw
Elandsgracht 52, 1016 TW Amsterdam
""",
        label(customer=cname("C018"), po="GL-1207", rd="2026-12-07", ship_to=ship("Café De Gouden Leeuw","Elandsgracht 52","Amsterdam",None,"1016 TW","NL"), lines=[
            L("BR-2031",None,"Heineken fust 50L",4,"EA"),
            L("BR-2034",None,"kratten Heineken 0.0 flesjes",3,"CS"),
            L("SD-4016",None,"Fever-Tree ginger ale 24x200",2,"CS"),
            L("SP-3026",None,"Absolut vanilla",1,"EA"),
            L("SP-3012",None,"Tanqueray 1 liter",2,"EA"),
            L("CN-5013",None,"cocktailservetten wit",10,"PK")]),
        "Dutch cafe order (fust, kratten; Dutch 'dozen' = boxes, not 12)")

    # 11 US bar with prices
    eml("11_copperstill_us.eml", "Mike Donovan <mike@copperstillboston.com>", "PO 10482",
        dt(2026,12,1,13,5,-5),
"""Hi Cellarline team,

Please see PO 10482 dated 12/01/2026 below. Ship to our bar, need it by 12/10/2026.

Qty  Item                               Unit $
 6   Monkey Shoulder 70cl               31.00
 6   Jack Daniels Honey 70cl            26.50
12   Kraken Black Spiced 70cl           25.00
 4   Cointreau 70cl                     27.00
 3   Funkin lime juice 1L                8.25

Ship to:
The Copper Still
215 Hanover Street
Boston, MA 02113

Thanks,
Mike Donovan
GM, The Copper Still
""",
        label(customer=cname("C019"), po="10482", od="2026-12-01", rd="2026-12-10", cur="USD", ship_to=S("C019"), lines=[
            L("SP-3046",None,"Monkey Shoulder 70cl",6,"EA",31.00),
            L("SP-3045",None,"Jack Daniels Honey 70cl",6,"EA",26.50),
            L("SP-3035",None,"Kraken Black Spiced 70cl",12,"EA",25.00),
            L("SP-3074",None,"Cointreau 70cl",4,"EA",27.00),
            L("SD-4063",None,"Funkin lime juice 1L",3,"EA",8.25)]),
        "US bar order with prices, month-first dates")

    # 12 Australian bar
    eml("12_bondi_au.eml", "Jess Nguyen <jess@bondisocial.com.au>", "Bondi Social order #BS-7731",
        dt(2026,11,30,8,20,11),
"""G'day,

Order #BS-7731 for delivery Wed 9/12/2026:

* Corona 24pk bottles x 10
* Corona 12 pack x 4
* Aperol 1L x 6
* Prosecco 20cl piccolos x 48
* Cocktail picks x 4 packs
* Paper bendy straws x 3 packs

Delivery to the back lane entrance: Bondi Social, 38 Campbell Parade, Bondi Beach NSW 2026.

Cheers,
Jess
""",
        label(customer=cname("C021"), po="BS-7731", rd="2026-12-09", ship_to=S("C021"), lines=[
            L("BR-2061",None,"Corona 24pk bottles",10,"CS"),
            L("BR-2062",None,"Corona 12 pack",4,"CS"),
            L("SP-3052",None,"Aperol 1L",6,"EA"),
            L("WN-1402",None,"Prosecco 20cl piccolos",48,"EA"),
            L("CN-5034",None,"Cocktail picks",4,"PK"),
            L("CN-5003",None,"Paper bendy straws",3,"PK")]),
        "Australian bar, bullet list, 24 vs 12 pack Corona, day-first date")

    # 13 forwarded from bar manager by GM
    eml("13_foxfiddle_fwd.eml", "Rhys Evans <rhys@foxandfiddle.co.uk>", "Fwd: bar order",
        dt(2026,12,4,9,41),
"""Hi Cellarline, forwarding Gemma's list - please deliver Monday 7th. Our PO is FF-1130.
Rhys

---------- Forwarded message ---------
From: Gemma Lloyd <gemma.lloyd@gmail.com>
Date: Thu, 3 Dec 2026 at 23:52
Subject: bar order
To: Rhys Evans <rhys@foxandfiddle.co.uk>

rhys can u order this for monday pls
- camden hells keg x2
- aspall x1
- 4 cases diet coke cans
- 2 cases coke cans
- smirnoff 1.5 x 3
- gordons 1.5 x 3
- napkins (white 33cm) x 5
ta
G
""",
        label(customer=cname("C023"), po="FF-1130", rd="2026-12-07", lines=[
            L("BR-2041",None,"camden hells keg",2,"EA"),
            L("BR-2071",None,"aspall",1,"EA"),
            L("SD-4002",None,"diet coke cans",4,"CS"),
            L("SD-4001",None,"coke cans",2,"CS"),
            L("SP-3023",None,"smirnoff 1.5",3,"EA"),
            L("SP-3003",None,"gordons 1.5",3,"EA"),
            L("CN-5011",None,"napkins (white 33cm)",5,"PK")]),
        "Forwarded email, GM forwards bar staff's list; PO in forwarding note")

    # 14 off-licence tab-separated paste
    eml("14_bottlebarrel_tabs.eml", "Anil Mistry <anil@bottleandbarrel.co.uk>", "Order BB/26/311",
        dt(2026,12,2,17,15),
"""Hi,

Order BB/26/311 below (pasted from our sheet). Delivery Thursday 10 December please.

Code\tProduct\tQty\tPrice
WN-1203\tKiwi Cove Sauv Blanc 24 6x75cl\t4\t51.60
WN-1104\tAltos del Sol Malbec 23 6x75cl\t3\t53.40
WN-1403\tVilla Dora Prosecco 6x75cl\t5\t48.00
BR-2052\tNeck Oil cans 24x330\t6\t38.00
BR-2042\tCamden Hells cans 24x330\t4\t36.50
BR-2072\tOld Mout Strawberry Lime 12x500\t3\t21.00
BR-2081\tLucky Saint 24x330\t2\t30.20

Thanks
Anil
Bottle & Barrel, 118 Otley Road, Leeds LS6 4BZ
""",
        label(customer=cname("C005"), po="BB/26/311", rd="2026-12-10", cur=None, ship_to=ship("Bottle & Barrel","118 Otley Road","Leeds",None,"LS6 4BZ","GB"), lines=[
            L("WN-1203",None,"Kiwi Cove Sauv Blanc 24 6x75cl",4,"CS",51.60),
            L("WN-1104",None,"Altos del Sol Malbec 23 6x75cl",3,"CS",53.40),
            L("WN-1403",None,"Villa Dora Prosecco 6x75cl",5,"CS",48.00),
            L("BR-2052",None,"Neck Oil cans 24x330",6,"CS",38.00),
            L("BR-2042",None,"Camden Hells cans 24x330",4,"CS",36.50),
            L("BR-2072",None,"Old Mout Strawberry Lime 12x500",3,"CS",21.00),
            L("BR-2081",None,"Lucky Saint 24x330",2,"CS",30.20)]),
        "Off-licence order pasted from Excel (tab-separated) with SKUs and prices, no currency written")

    # 15 reply to a quote with quoted earlier message
    eml("15_merrion_reply_quote.eml", "Aoife Byrne <aoife.byrne@merrioncollection.ie>", "RE: Quote Q-2026-0877 Christmas fizz",
        dt(2026,12,1,10,12),
"""Hi Sarah,

Thanks for this. We'll go ahead with the Champagne magnums and the rosé but only half the Prosecco. So please book:

Champagne Delorme Brut magnum x 12
Champagne Delorme Rosé 75cl x 24
Prosecco Villa Dora 75cl x 30

Our PO ref is MC-PO-55812. Deliver to the Stephen's Green Hotel goods-in, 88 St Stephen's Green, Dublin D02 X576, on 15/12/2026.

Kind regards,
Aoife Byrne
Purchasing, The Merrion Collection

> From: Sarah Cole <sarah@cellarline-drinks.com>
> Sent: 30 November 2026 16:20
> Subject: Quote Q-2026-0877 Christmas fizz
>
> Hi Aoife, as discussed:
> Champagne Delorme Brut NV Magnum 150cl x 12 @ EUR 68.00
> Champagne Delorme Rose NV 75cl x 24 @ EUR 38.50
> Prosecco DOC Brut Villa Dora 75cl x 60 @ EUR 9.70
> Valid until 31/12/2026.
""",
        label(customer=cname("C009"), po="MC-PO-55812", rd="2026-12-15", ship_to=ship("The Merrion Collection - Stephen's Green Hotel","88 St Stephen's Green","Dublin",None,"D02 X576","IE"), lines=[
            L("WN-1803",None,"Champagne Delorme Brut magnum",12,"EA"),
            L("WN-1804",None,"Champagne Delorme Rosé 75cl",24,"EA"),
            L("WN-1401",None,"Prosecco Villa Dora 75cl",30,"EA")]),
        "Reply accepting a quote, quoted quote below with different quantity (60 vs 30); prices only in quote")

    # 16 Portuguese unknown sender
    eml("16_lisboa_pt.eml", "Ricardo Costa <ricardo.costa@tascadoribeiro.pt>", "Encomenda - Tasca do Ribeiro",
        dt(2026,12,2,11,0),
"""Bom dia,

Somos um novo cliente, a Tasca do Ribeiro em Lisboa. Gostaria de fazer a seguinte encomenda:

- 2 barris de Heineken de 50 litros
- 6 caixas de Coca-Cola lata 24x330
- 3 caixas de água com gás 24x33cl (vidro)
- 4 garrafas de Gordon's gin 70cl
- 1 garrafa CO2 6,35 kg

Morada de entrega: Tasca do Ribeiro, Rua de São Paulo 112, 1200-429 Lisboa, Portugal.
Entrega pretendida: 10/12/2026.

Obrigado,
Ricardo Costa
""",
        label(customer="Tasca do Ribeiro", rd="2026-12-10", ship_to=ship("Tasca do Ribeiro","Rua de São Paulo 112","Lisboa",None,"1200-429","PT"), lines=[
            L("BR-2031",None,"barris de Heineken de 50 litros",2,"EA"),
            L("SD-4001",None,"Coca-Cola lata 24x330",6,"CS"),
            L("SD-4052",None,"água com gás 24x33cl (vidro)",3,"CS"),
            L("SP-3001",None,"Gordon's gin 70cl",4,"EA"),
            L("CN-5021",None,"CO2 6,35 kg",1,"EA")]),
        "Portuguese new customer (not in customers.csv) with delivery address")

    # 17 numbered list with buyer codes
    eml("17_trattoria_it.eml", "Gino Bartolini <gino@dagino.it>", "ordine vini + bibite",
        dt(2026,12,4,18,22,1),
"""Ciao,

ordine per martedì 15/12:

1) 12 bt Chianti... no scusate, Pinot Nero Clos Aubert 2023 - 12 bottiglie
2) Chardonnay Clos Aubert 2023 - 12 bottiglie
3) Prosecco extra dry 75 - 18 bottiglie
4) acqua naturale vetro 75cl - 5 casse
5) acqua frizzante vetro 75cl - 5 casse
6) Disaronno - 2 bottiglie

Grazie, Gino
Trattoria da Gino, Borgo San Frediano 31, 50124 Firenze
""",
        label(customer=cname("C015"), rd="2026-12-15", ship_to=ship("Trattoria da Gino","Borgo San Frediano 31","Firenze",None,"50124","IT"), lines=[
            L("WN-1702",None,"Pinot Nero Clos Aubert 2023",12,"EA"),
            L("WN-1701",None,"Chardonnay Clos Aubert 2023",12,"EA"),
            L("WN-1406",None,"Prosecco extra dry 75",18,"EA"),
            L("SD-4053",None,"acqua naturale vetro 75cl",5,"CS"),
            L("SD-4054",None,"acqua frizzante vetro 75cl",5,"CS"),
            L("SP-3075",None,"Disaronno",2,"EA")]),
        "Italian trattoria numbered list, self-correction inside line 1")

    # 18 caterer email with event delivery address different from signature
    eml("18_greenleaf_event.eml", "Olivia Grant <olivia@greenleafcatering.co.uk>", "Wedding 12 Dec - drinks order GL-EVT-0934",
        dt(2026,11,30,15,33),
"""Hi team,

Drinks for the Harrington wedding please, our ref GL-EVT-0934. This one goes direct to the venue, NOT our unit:

Deliver to:
Marlow Place Barn
Henley Road
Marlow, Buckinghamshire SL7 2DF
Delivery Friday 11 December between 8am and 12pm (wedding is Sat 12th).

- House white bag in box x 4
- House red bag in box x 3
- Prosecco 75cl x 10 cases of 6
- Peroni bottles x 6 cases
- Fever Tree tonic (regular) x 4 cases
- Fever tree light tonic x 2 cases
- Britvic orange x 3 cases
- Cocktail napkins x 10 packs

Invoice to us as normal.

Thanks!
Olivia Grant
Greenleaf Events Catering
Unit 7 Fairfield Industrial Estate, Kingston upon Thames KT1 2PJ
""",
        label(customer=cname("C004"), po="GL-EVT-0934", rd="2026-12-11", ship_to=ship("Marlow Place Barn","Henley Road","Marlow","Buckinghamshire","SL7 2DF","GB"), lines=[
            L("WN-1011",None,"House white bag in box",4,"EA"),
            L("WN-1010",None,"House red bag in box",3,"EA"),
            L("WN-1403",None,"Prosecco 75cl cases of 6",10,"CS"),
            L("BR-2013",None,"Peroni bottles",6,"CS"),
            L("SD-4011",None,"Fever Tree tonic (regular)",4,"CS"),
            L("SD-4012",None,"Fever tree light tonic",2,"CS"),
            L("SD-4031",None,"Britvic orange",3,"CS"),
            L("CN-5013",None,"Cocktail napkins",10,"PK")]),
        "Caterer event order, venue delivery address differs from signature address")

    # 19 NZ caterer short email
    eml("19_wharfst_nz.eml", "Aroha Tane <aroha@wharfstreetcatering.co.nz>", "order - 14/12 function",
        dt(2026,12,6,20,5,13),
"""Kia ora,

For our function on the 14th please send by Fri 11/12:
Kiwi Cove sauv 2024 x 2 cases of 12
Altos del Sol Malbec 2022 x 12 bottles
Lucky Saint x 3 cases
Schweppes soda 125ml x 2 cases

Ngā mihi,
Aroha
Wharf Street Catering
""",
        label(customer=cname("C022"), rd="2026-12-11", lines=[
            L("WN-1204",None,"Kiwi Cove sauv 2024 cases of 12",2,"CS"),
            L("WN-1101",None,"Altos del Sol Malbec 2022",12,"EA"),
            L("BR-2081",None,"Lucky Saint",3,"CS"),
            L("SD-4024",None,"Schweppes soda 125ml",2,"CS")]),
        "NZ caterer short order, vintage and case-of-12 disambiguation")

    # 20 Polish unknown restaurant
    eml("20_warszawa_pl.eml", "Katarzyna Nowak <k.nowak@restauracjawisla.pl>", "Zamówienie nr 58/2026",
        dt(2026,12,3,10,45,1),
"""Dzień dobry,

W załączeniu... przepraszam, poniżej nasze zamówienie nr 58/2026 z dnia 03.12.2026:

1. Smirnoff Red 0,7 l – 12 szt.
2. Absolut Blue 1 l – 6 szt.
3. Jameson 0,7 l – 6 szt.
4. Red Bull Sugarfree 24x250 ml – 4 zgrzewki
5. Schweppes tonik 24x125 ml – 3 zgrzewki

Termin dostawy: 14.12.2026
Adres dostawy: Restauracja Wisła, ul. Wybrzeże Kościuszkowskie 31, 00-379 Warszawa

Pozdrawiam,
Katarzyna Nowak
Restauracja Wisła
""",
        label(customer="Restauracja Wisła", po="58/2026", od="2026-12-03", rd="2026-12-14", ship_to=ship("Restauracja Wisła","ul. Wybrzeże Kościuszkowskie 31","Warszawa",None,"00-379","PL"), lines=[
            L("SP-3021",None,"Smirnoff Red 0,7 l",12,"EA"),
            L("SP-3025",None,"Absolut Blue 1 l",6,"EA"),
            L("SP-3041",None,"Jameson 0,7 l",6,"EA"),
            L("SD-4042",None,"Red Bull Sugarfree 24x250 ml",4,"CS"),
            L("SD-4021",None,"Schweppes tonik 24x125 ml",3,"CS")]),
        "Polish restaurant (not in customers.csv), numbered list, szt./zgrzewki")

    # 21 gmail sender unknown, casual
    eml("21_gmail_popup.eml", "Leo Marsh <leomarsh.events@gmail.com>", "drinks for pop up bar",
        dt(2026,12,5,21,37),
"""hey, got your details from Tom at Quayside. doing a pop up bar this weekend after next, can you do
- 1 keg beavertown neck oil
- 1 keg camden pale
- 2 crates of corona (24s)
- 2 x hendricks
- mixed gas cylinder x1
drop off at The Old Print Works, 12 Pink Lane, Newcastle NE1 5DW on Fri 18th?
cash on delivery ok?
Leo
07700 900431
""",
        label(customer="Leo Marsh", rd="2026-12-18", ship_to=ship("The Old Print Works","12 Pink Lane","Newcastle",None,"NE1 5DW","GB"), lines=[
            L("BR-2051",None,"keg beavertown neck oil",1,"EA"),
            L("BR-2043",None,"keg camden pale",1,"EA"),
            L("BR-2061",None,"crates of corona (24s)",2,"CS"),
            L("SP-3013",None,"hendricks",2,"EA"),
            L("CN-5023",None,"mixed gas cylinder",1,"EA")]),
        "Unknown gmail sender, pop-up bar, crates slang")
