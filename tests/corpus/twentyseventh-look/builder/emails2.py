from lib import *

def build():
    eml("22_hoppers_addon.eml", "Priya Shah <priya@hoppersbar.co.uk>", "RE: PO HB-2291 - weekly spirits",
        dt(2026,12,2,15,47),
"""Hi again - can you add these to the same delivery on Friday, separate PO HB-2292 for accounts:

Olmeca Blanco 1L x 3
Patron Silver x 2
Cointreau x 2
Sugar syrup x 4

Thanks! P

> Please process PO HB-2291 for delivery Fri 4/12:
> BR2013 x 5
> sp-3001 x 6
""",
        label(customer=cname("C002"), po="HB-2292", rd="2026-12-04", lines=[
            L("SP-3072",None,"Olmeca Blanco 1L",3,"EA"),
            L("SP-3073",None,"Patron Silver",2,"EA"),
            L("SP-3074",None,"Cointreau",2,"EA"),
            L("SD-4061",None,"Sugar syrup",4,"EA")]),
        "Add-on order as a reply, new PO; quoted old lines must not be read")

    eml("23_harbour_bournemouth.eml", "Craig Whitfield <craig.whitfield@harbourhotels-group.com>", "Bar restock - Harbour Hotel Bournemouth",
        dt(2026,12,3,8,55),
"""Hi,

Please could we order the following for the Bournemouth site (not Brighton!) - PO HHB-77120:

8 cases Fever-Tree Indian tonic 200ml @ £17.80
4 cases Fever-Tree Elderflower tonic @ £17.80
6 cases Coca-Cola glass 200ml @ £15.60
6 cases Diet Coke glass 200ml @ £15.10
3 cases Schweppes lemonade 125ml @ £11.50

Delivery address:
The Harbour Hotel Bournemouth
Goods In, 2 Bath Road
Bournemouth BH1 2EW

Required Wednesday 09/12/2026.

Regards
Craig Whitfield
Food & Beverage Manager
""",
        label(customer=cname("C003"), po="HHB-77120", rd="2026-12-09", cur="GBP", ship_to=ship("The Harbour Hotel Bournemouth","2 Bath Road","Bournemouth",None,"BH1 2EW","GB"), lines=[
            L("SD-4011",None,"Fever-Tree Indian tonic 200ml",8,"CS",17.80),
            L("SD-4014",None,"Fever-Tree Elderflower tonic",4,"CS",17.80),
            L("SD-4004",None,"Coca-Cola glass 200ml",6,"CS",15.60),
            L("SD-4005",None,"Diet Coke glass 200ml",6,"CS",15.10),
            L("SD-4023",None,"Schweppes lemonade 125ml",3,"CS",11.50)]),
        "Hotel bar restock with GBP prices, ship-to another hotel of the group")

    eml("24_crown_scratch.eml", "Dan Reilly <dan@crownandanchorpub.co.uk>", "Re: order for tues",
        dt(2026,12,7,0,2),
"""Dan again, sorry. Forgot the spirits. Add to tuesday:

Smirnoff 70cl x4
Captain Morgan spiced - the litre - x 2
jager 70 x 3
scratch the aperol I mentioned on the phone, we've got loads

D
""",
        label(customer=cname("C001"), rd="2026-12-08", lines=[
            L("SP-3021",None,"Smirnoff 70cl",4,"EA"),
            L("SP-3034",None,"Captain Morgan spiced - the litre",2,"EA"),
            L("SP-3061",None,"jager 70",3,"EA")]),
        "Follow-up midnight email, cancelled item mentioned but not ordered")

    eml("25_quayside_owncodes.eml", "Tom Hargreaves <tom@quaysidetap.co.uk>", "Quayside order QT-PO-0388",
        dt(2026,12,1,11,11),
"""Hi,

PO QT-PO-0388, our stock codes in the first column. Deliver Thursday 3rd Dec.

Our code\tDescription\tQty
QT-K01\tCamden Hells 30L keg\t3
QT-K04\tLucky Saint AF keg 30L\t1
QT-C12\tGuinness cans 24x440\t2
QT-C15\tHeineken 0.0 btl 24\t2
QT-G02\tCO2 10kg\t2
QT-S07\tLine cleaner 5L\t1

Tom Hargreaves
Quayside Taproom, 3 Broad Chare, Newcastle upon Tyne NE1 3DQ
""",
        label(customer=cname("C007"), po="QT-PO-0388", rd="2026-12-03", ship_to=ship("Quayside Taproom","3 Broad Chare","Newcastle upon Tyne",None,"NE1 3DQ","GB"), lines=[
            L("BR-2041","QT-K01","Camden Hells 30L keg",3,"EA"),
            L("BR-2082","QT-K04","Lucky Saint AF keg 30L",1,"EA"),
            L("BR-2003","QT-C12","Guinness cans 24x440",2,"CS"),
            L("BR-2034","QT-C15","Heineken 0.0 btl 24",2,"CS"),
            L("CN-5022","QT-G02","CO2 10kg",2,"EA"),
            L("CN-5031","QT-S07","Line cleaner 5L",1,"EA")]),
        "Tab table pasted from Excel with buyer's own codes")

    eml("26_bouchon_fr.eml", "Claire Dubois <claire@cavelebouchon.fr>", "Commande Cave Le Bouchon",
        dt(2026,12,2,16,20,1),
"""Bonjour,

Je souhaiterais passer commande pour notre cave :

3 cartons de 6 Malbec Altos del Sol 2023
24 bouteilles de Rioja Reserva 2018
6 magnums de rosé Lavandou
12 demi-bouteilles de Champagne Delorme (37,5 cl)
12 bouteilles de Champagne Delorme rosé

Référence commande : CLB-1202. Livraison la semaine prochaine, idéalement le lundi 14 décembre.

Adresse : Cave Le Bouchon, 8 rue des Remparts, 33000 Bordeaux

Bien à vous,
Claire Dubois
""",
        label(customer="Cave Le Bouchon", po="CLB-1202", rd="2026-12-14", ship_to=ship("Cave Le Bouchon","8 rue des Remparts","Bordeaux",None,"33000","FR"), lines=[
            L("WN-1104",None,"cartons de 6 Malbec Altos del Sol 2023",3,"CS"),
            L("WN-1503",None,"Rioja Reserva 2018",24,"EA"),
            L("WN-1602",None,"magnums de rosé Lavandou",6,"EA"),
            L("WN-1802",None,"demi-bouteilles de Champagne Delorme (37,5 cl)",12,"EA"),
            L("WN-1804",None,"Champagne Delorme rosé",12,"EA")]),
        "French wine shop not in customers.csv (off-licence)")

    eml("27_zumhafen_mixer_de.eml", "Klaus Petersen <k.petersen@zumhafen-hamburg.de>", "Nachbestellung Softdrinks",
        dt(2026,12,5,10,30,1),
"""Hallo zusammen,

bitte noch zur Lieferung am 09.12. dazupacken (Bestellnr. ZH-50/26-B):

6 Kisten Coca-Cola Zero Dose 24x0,33
6 Kisten Cola normal Dose
3 Kisten Red Bull normal
2 x Post-Mix Cola 7 Liter

Gruß Klaus
""",
        label(customer=cname("C016"), po="ZH-50/26-B", rd="2026-12-09", lines=[
            L("SD-4003",None,"Coca-Cola Zero Dose 24x0,33",6,"CS"),
            L("SD-4001",None,"Cola normal Dose",6,"CS"),
            L("SD-4041",None,"Red Bull normal",3,"CS"),
            L("SD-4007",None,"Post-Mix Cola 7 Liter",2,"EA")]),
        "German follow-up order, zero vs regular cola")

    eml("28_copperstill_notincat.eml", "Mike Donovan <mike@copperstillboston.com>", "Restock - PO 10497",
        dt(2026,12,4,16,0,-5),
"""Hey,

PO 10497. Need these by Friday 12/11:

2 cases (6/cs) Altos del Sol Malbec 2023
1 case Tito's Handmade Vodka 1L (12/cs)
12 Absolut 1L
6 Jameson 1 liter
24 Red Bull cans... sorry, make that 2 cases of Red Bull sugar free

Same ship-to as always.
Mike
""",
        label(customer=cname("C019"), po="10497", rd="2026-12-11", lines=[
            L("WN-1104",None,"Altos del Sol Malbec 2023 (6/cs)",2,"CS"),
            L(None,None,"Tito's Handmade Vodka 1L (12/cs)",1,"CS"),
            L("SP-3025",None,"Absolut 1L",12,"EA"),
            L("SP-3042",None,"Jameson 1 liter",6,"EA"),
            L("SD-4042",None,"Red Bull sugar free",2,"CS")]),
        "US order with an item not in our catalog (sku null) and inline correction")

    eml("29_bondi_correction.eml", "Jess Nguyen <jess@bondisocial.com.au>", "RE: Bondi Social order #BS-7731",
        dt(2026,12,1,9,2,11),
"""Hi again,

Change to #BS-7731 please - boss wants more Aperol for the spritz promo. Updated full order:

* Corona 24pk bottles x 10
* Corona 12 pack x 4
* Aperol 1L x 12 (was 6)
* Prosecco 20cl piccolos x 96 (was 48)
* Cocktail picks x 4 packs
* Paper bendy straws x 3 packs

Same delivery, Wed 9/12.

Jess
""",
        label(customer=cname("C021"), po="BS-7731", rd="2026-12-09", lines=[
            L("BR-2061",None,"Corona 24pk bottles",10,"CS"),
            L("BR-2062",None,"Corona 12 pack",4,"CS"),
            L("SP-3052",None,"Aperol 1L",12,"EA"),
            L("WN-1402",None,"Prosecco 20cl piccolos",96,"EA"),
            L("CN-5034",None,"Cocktail picks",4,"PK"),
            L("CN-5003",None,"Paper bendy straws",3,"PK")]),
        "Revised full order with '(was 6)' notes")

    eml("30_saltroom_bins.eml", "Hannah Price <hannah@saltroombristol.com>", "Wine order SR-0419 (bin numbers)",
        dt(2026,12,6,19,12),
"""Hi,

Restock for the wine list, PO SR-0419, our bin numbers in brackets. Thursday 10/12 please.

(Bin 3) Provence rosé Lavandou magnum - 3
(Bin 7) Pinot Grigio blush - 12
(Bin 9) Rioja Crianza 2020 - 12
(Bin 11) Chablis - 6
(Bin 22) Champagne Delorme NV - 12
(Bin 23) Champagne Delorme NV half bottles - 12

Thanks,
Hannah
""",
        label(customer=cname("C006"), po="SR-0419", rd="2026-12-10", lines=[
            L("WN-1602","Bin 3","Provence rosé Lavandou magnum",3,"EA"),
            L("WN-1304","Bin 7","Pinot Grigio blush",12,"EA"),
            L("WN-1501","Bin 9","Rioja Crianza 2020",12,"EA"),
            L("WN-1703","Bin 11","Chablis",6,"EA"),
            L("WN-1801","Bin 22","Champagne Delorme NV",12,"EA"),
            L("WN-1802","Bin 23","Champagne Delorme NV half bottles",12,"EA")]),
        "Restaurant wine-list restock keyed by buyer's bin numbers")

    eml("31_foxfiddle_typos.eml", "Rhys Evans <rhys@foxandfiddle.co.uk>", "sunday order",
        dt(2026,11,29,22,48),
"""evening - quick one for weds

guiness 50 x 2
peroi bottles x 3 cs
estrella 30 x1
jamesons 70 x 2
baccardi 70 x 3
diet coke glass 2 cs
ginger beer (fever tree) 1 cs

PO FF-1124
ta Rhys
""",
        label(customer=cname("C023"), po="FF-1124", rd="2026-12-02", lines=[
            L("BR-2001",None,"guiness 50",2,"EA"),
            L("BR-2013",None,"peroi bottles",3,"CS"),
            L("BR-2021",None,"estrella 30",1,"EA"),
            L("SP-3041",None,"jamesons 70",2,"EA"),
            L("SP-3031",None,"baccardi 70",3,"EA"),
            L("SD-4005",None,"diet coke glass",2,"CS"),
            L("SD-4015",None,"ginger beer (fever tree)",1,"CS")]),
        "Sunday-night rushed order with typos, 'weds' resolved from email date")

    eml("32_goudenleeuw_kort_nl.eml", "Sanne de Vries <sanne@goudenleeuw.nl>", "aanvulling",
        dt(2026,12,4,12,1,1),
"""Hoi, kunnen jullie maandag ook nog meenemen:
2 flessen Kraken
6 flessen rosé van het huis (Grenache)
1 bag-in-box huiswijn wit 10L
Dank je! Sanne - De Gouden Leeuw
""",
        label(customer=cname("C018"), rd="2026-12-07", lines=[
            L("SP-3035",None,"Kraken",2,"EA"),
            L("WN-1006",None,"rosé van het huis (Grenache)",6,"EA"),
            L("WN-1011",None,"bag-in-box huiswijn wit 10L",1,"EA")]),
        "Short Dutch add-on, 'maandag' resolved from email date")

    eml("33_latasca_correccion_es.eml", "Marta Vidal <marta@latascabcn.es>", "RE: pedido semana",
        dt(2026,12,2,10,14,1),
"""Perdón, corrijo el pedido de ayer: que sean 3 barriles de Estrella 30L, no 2. Y las cajas de Estrella botellín son 6, no 4. Lo demás igual:

- 3 barriles Estrella Damm 30L
- 6 cajas Estrella botellín 24x330
- 6 botellas Rioja Crianza Monteviejo 2021
- 1 caja de 6 Rioja Crianza 2021
- 3 botellas Bacardi 1 litro
- 2 cajas tónica Fever-Tree mediterránea

Entrega jueves 3/12.
Marta

El mar, 1 dic 2026 a las 19:55, Marta Vidal <marta@latascabcn.es> escribió:
> - 2 barriles Estrella Damm 30L
> - 4 cajas Estrella botellín 24x330
""",
        label(customer=cname("C012"), rd="2026-12-03", lines=[
            L("BR-2021",None,"barriles Estrella Damm 30L",3,"EA"),
            L("BR-2023",None,"Estrella botellín 24x330",6,"CS"),
            L("WN-1502",None,"Rioja Crianza Monteviejo 2021",6,"EA"),
            L("WN-1504",None,"caja de 6 Rioja Crianza 2021",1,"CS"),
            L("SP-3032",None,"Bacardi 1 litro",3,"EA"),
            L("SD-4013",None,"tónica Fever-Tree mediterránea",2,"CS")]),
        "Spanish correction with full restated list and quoted original")

    eml("34_merrion_banquet.eml", "Aoife Byrne <aoife.byrne@merrioncollection.ie>", "PO MC-PO-55840 - Grand Canal banqueting",
        dt(2026,12,4,14,30),
"""Hi,

Please find below PO MC-PO-55840 (order date 04/12/2026) for banqueting at our Grand Canal property.

Deliver to:
The Merrion Collection - Grand Canal Hotel
Loading Bay, 1 Grand Canal Quay
Dublin D02 H210

Delivery required: 16 December 2026

House Merlot 75cl - 10 cases of 12
House Sauvignon 75cl - 8 x cases of 6
Guinness keg 50L - 4
Cellarline still water 750ml - 20 cases
Cellarline sparkling water 750ml - 20 cases
Airlaid dinner napkins white 40cm - 6 boxes

Kind regards,
Aoife Byrne
""",
        label(customer=cname("C009"), po="MC-PO-55840", od="2026-12-04", rd="2026-12-16", ship_to=ship("The Merrion Collection - Grand Canal Hotel","1 Grand Canal Quay","Dublin",None,"D02 H210","IE"), lines=[
            L("WN-1003",None,"House Merlot 75cl cases of 12",10,"CS"),
            L("WN-1005",None,"House Sauvignon 75cl cases of 6",8,"CS"),
            L("BR-2001",None,"Guinness keg 50L",4,"EA"),
            L("SD-4053",None,"Cellarline still water 750ml",20,"CS"),
            L("SD-4054",None,"Cellarline sparkling water 750ml",20,"CS"),
            L("CN-5014",None,"Airlaid dinner napkins white 40cm",6,"BX")]),
        "Hotel group email PO, different property delivery address, case-of-12 vs case-of-6")

    eml("35_bottlebarrel_chatty.eml", "Anil Mistry <anil@bottleandbarrel.co.uk>", "Christmas spirits",
        dt(2026,12,6,13,3),
"""Hi both,

Christmas is coming in fast and the shelves are looking bare. Can I get the following - all the 70cl this time, NOT the litres, last time we got litres of the Tanqueray by mistake and customers didn't want them:

Tanqueray x 12
Hendrick's x 6
Gordon's pink x 12
Baileys x 18
Disaronno x 6
Kraken x 6

Also a box of beer mats for the till area. Order ref BB/26/318. Any day next week is fine.

Cheers,
Anil
Bottle & Barrel Off Licence
""",
        label(customer=cname("C005"), po="BB/26/318", rd=None, lines=[
            L("SP-3011",None,"Tanqueray",12,"EA"),
            L("SP-3013",None,"Hendrick's",6,"EA"),
            L("SP-3004",None,"Gordon's pink",12,"EA"),
            L("SP-3063",None,"Baileys",18,"EA"),
            L("SP-3075",None,"Disaronno",6,"EA"),
            L("SP-3035",None,"Kraken",6,"EA"),
            L("CN-5032",None,"box of beer mats",1,"BX")]),
        "Chatty off-licence email, size stated once for all lines, no single delivery date")

    eml("36_greenleaf_gas.eml", "Ben Carter <ben@greenleafcatering.co.uk>", "Top up for unit",
        dt(2026,12,3,7,40),
"""Morning - please add to our usual Friday drop at the unit (PO GL-4471):
two boxes of the 500 airlaid napkins
3 x 6.35kg CO2
1 x mixed gas
four packs black cocktail sippers
Ben
Greenleaf Events Catering
""",
        label(customer=cname("C004"), po="GL-4471", rd="2026-12-04", lines=[
            L("CN-5014",None,"500 airlaid napkins",2,"BX"),
            L("CN-5021",None,"6.35kg CO2",3,"EA"),
            L("CN-5023",None,"mixed gas",1,"EA"),
            L("CN-5004",None,"black cocktail sippers",4,"PK")]),
        "Word quantities ('two boxes', 'four packs'), consumables only")

    eml("37_lakeshore_email.eml", "Dana Kowalski <dkowalski@lakeshorehg.com>", "Lakeshore Grand - Rooftop Bar PO LHG-20931",
        dt(2026,12,2,9,15,-6),
"""Hello,

Please accept PO LHG-20931 for the Rooftop Bar. Our item numbers listed. Requested delivery 12/15/2026.

LHG#    Qty   Description                          Unit Price
40112   24    Tanqueray London Dry 1L              $31.00
40115   12    Absolut 1L                           $26.00
40131   18    Bacardi Carta Blanca 1L              $24.50
40140   12    Patron Silver 70cl                   $46.00
40188   10    Fever-Tree Ginger Beer 24/200ml      $21.00

Deliver to Lakeshore Grand Hotel, Receiving Dock, 400 N Lake Shore Drive, Chicago, IL 60611.

Dana Kowalski
Beverage Purchasing
""",
        label(customer=cname("C020"), po="LHG-20931", rd="2026-12-15", cur="USD", ship_to=ship("Lakeshore Grand Hotel","400 N Lake Shore Drive","Chicago","IL","60611","US"), lines=[
            L("SP-3012","40112","Tanqueray London Dry 1L",24,"EA",31.00),
            L("SP-3025","40115","Absolut 1L",12,"EA",26.00),
            L("SP-3032","40131","Bacardi Carta Blanca 1L",18,"EA",24.50),
            L("SP-3073","40140","Patron Silver 70cl",12,"EA",46.00),
            L("SD-4015","40188","Fever-Tree Ginger Beer 24/200ml",10,"CS",21.00)]),
        "US hotel group email with buyer item numbers and USD prices")

    eml("38_wharfst_prices_nz.eml", "Aroha Tane <aroha@wharfstreetcatering.co.nz>", "PO WSC-2026-144",
        dt(2026,12,1,10,0,13),
"""Kia ora Cellarline,

PO WSC-2026-144 dated 1 December 2026. Please deliver Tuesday 8 December to our kitchen at 12 Tory Street, Te Aro, Wellington 6011.

Prosecco Villa Dora 75cl, 36 btl @ NZ$16.50
Provence rosé Lavandou 75cl, 12 btl @ NZ$22.00
Sauv Blanc Kiwi Cove 2023, 24 btl @ NZ$15.00
Heineken 24x330 bottles, 5 cases @ NZ$48.00

Ngā mihi,
Aroha Tane
Wharf Street Catering
""",
        label(customer=cname("C022"), po="WSC-2026-144", od="2026-12-01", rd="2026-12-08", cur="NZD", ship_to=ship("Wharf Street Catering","12 Tory Street","Wellington",None,"6011","NZ"), lines=[
            L("WN-1401",None,"Prosecco Villa Dora 75cl",36,"EA",16.50),
            L("WN-1601",None,"Provence rosé Lavandou 75cl",12,"EA",22.00),
            L("WN-1202",None,"Sauv Blanc Kiwi Cove 2023",24,"EA",15.00),
            L("BR-2032",None,"Heineken 24x330 bottles",5,"CS",48.00)]),
        "NZ caterer PO with NZ$ prices, older vintage chosen")

    eml("39_ponte_magnum_it.eml", "Lucia Ferri <ordini@enotecailponte.it>", "Ordine n. 452",
        dt(2026,12,5,9,40,1),
"""Buongiorno,

ordine n. 452 del 05/12/2026, consegna entro il 18/12/2026:

- 6 magnum Malbec Altos del Sol 2022
- 6 magnum Champagne Delorme Brut
- 18 bottiglie Champagne Delorme Brut 75cl
- 2 cartoni Prosecco Villa Dora (6 bt)

Grazie e buona giornata,
Lucia Ferri - Enoteca Il Ponte
""",
        label(customer=cname("C014"), po="452", od="2026-12-05", rd="2026-12-18", lines=[
            L("WN-1103",None,"magnum Malbec Altos del Sol 2022",6,"EA"),
            L("WN-1803",None,"magnum Champagne Delorme Brut",6,"EA"),
            L("WN-1801",None,"Champagne Delorme Brut 75cl",18,"EA"),
            L("WN-1403",None,"cartoni Prosecco Villa Dora (6 bt)",2,"CS")]),
        "Italian order, magnum vs 75cl vs case")

    eml("40_hoteldesarts_fr.eml", "Réception Hôtel des Arts <direction@hoteldesarts-paris.fr>", "Commande minibar",
        dt(2026,12,3,17,5,1),
"""Bonjour,

Pour le réassort des minibars, merci de nous livrer avant le vendredi 11 décembre :

48 mignonnettes... non, 48 petites bouteilles de Prosecco 20 cl
24 Pinot Grigio 18,7 cl
4 cartons Coca-Cola verre 20 cl
4 cartons Coca Zero verre 20 cl
2 cartons Schweppes tonic light 12,5 cl
6 cartons eau plate Cellarline 33 cl verre

Notre référence : HDA-MB-1203

Cordialement,
Élodie Martin
Direction - Hôtel des Arts Montmartre
5 rue Tholozé, 75018 Paris
""",
        label(customer=cname("C011"), po="HDA-MB-1203", rd="2026-12-11", ship_to=S("C011"), lines=[
            L("WN-1402",None,"petites bouteilles de Prosecco 20 cl",48,"EA"),
            L("WN-1303",None,"Pinot Grigio 18,7 cl",24,"EA"),
            L("SD-4004",None,"Coca-Cola verre 20 cl",4,"CS"),
            L("SD-4006",None,"Coca Zero verre 20 cl",4,"CS"),
            L("SD-4022",None,"Schweppes tonic light 12,5 cl",2,"CS"),
            L("SD-4051",None,"eau plate Cellarline 33 cl verre",6,"CS")]),
        "French hotel minibar order, small formats, slimline tonic as 'tonic light'")

    eml("41_thistle_edinburgh.eml", "Fiona McLeod <fiona@thistleandoak.scot>", "First order - Thistle & Oak Catering",
        dt(2026,12,4,11,48),
"""Hello,

We spoke on the phone on Tuesday - here is our first order as promised. PO number TO-0001. Order date 4 Dec 2026.

1. Rioja Crianza 2021, case of 6 - qty 4
2. House white Sauvignon, case of 6 - qty 6
3. House rosé, case of 6 - qty 2
4. Peroni 0.0 bottles - qty 3 cases
5. Britvic tomato juice - qty 1 case
6. Britvic cranberry - qty 2 cases

Please deliver on 17/12/2026 to:
Thistle & Oak Catering
Unit 4, Bankhead Crossway South
Edinburgh EH11 4EZ

Many thanks,
Fiona McLeod
""",
        label(customer="Thistle & Oak Catering", po="TO-0001", od="2026-12-04", rd="2026-12-17", ship_to=ship("Thistle & Oak Catering","Bankhead Crossway South","Edinburgh",None,"EH11 4EZ","GB"), lines=[
            L("WN-1504",None,"Rioja Crianza 2021, case of 6",4,"CS"),
            L("WN-1005",None,"House white Sauvignon, case of 6",6,"CS"),
            L("WN-1007",None,"House rosé, case of 6",2,"CS"),
            L("BR-2015",None,"Peroni 0.0 bottles",3,"CS"),
            L("SD-4033",None,"Britvic tomato juice",1,"CS"),
            L("SD-4034",None,"Britvic cranberry",2,"CS")]),
        "New Scottish caterer (not in customers.csv), numbered list with 'qty'")

    eml("42_odonnells_addon.eml", "Seamus O'Donnell <seamus@odonnellsgalway.ie>", "Re: Order for the weekend",
        dt(2026,12,2,8,30),
"""Morning - forgot to say, throw in 2 crates of Guinness cans and a 30L keg of Peroni as well with Thursday's delivery. Ta.

Seamus

On Tue 1 Dec 2026 at 16:40, Seamus O'Donnell wrote:
> a keg of Guinness (the 50 litre one, not the small one)
> another keg of Heineken
> half a dozen bottles of Jameson, the litre ones
""",
        label(customer=cname("C008"), rd="2026-12-03", lines=[
            L("BR-2003",None,"crates of Guinness cans",2,"CS"),
            L("BR-2011",None,"30L keg of Peroni",1,"EA")]),
        "Short add-on reply, quoted earlier order must not be re-read")
