from common import *

def build():
    # e22 unlisted Danish club
    make_eml("e22_aarhus_club_da.eml", "Kasserer Aarhus Cykelklub <kasserer@aarhuscykelklub.dk>",
        "Bestilling til klubben", "Sat, 05 Dec 2026 10:30:00 +0100",
        """Hej Spaakwerk,

Aarhus Cykelklub vil gerne bestille til vores vinterværksted:

- 30 slanger 700x18-25 Presta 60mm
- 10 sæt dækjern (3 stk. pr. sæt)
- 4 minipumper
- 2 flasker affedter 1 liter

Vores reference: ACK-V26-03
Levering til klubhuset: Aarhus Cykelklub, Stadion Allé 70, 8000 Aarhus C.

Venlig hilsen
Lene Juhl, kasserer
""",
        PO("Aarhus Cykelklub", "ACK-V26-03",
           [L("TB-700-1825-PV60", 30), L("TL-LEV-3", 10), L("TL-PMP-MINI", 4), L("LB-DGR-1L", 2)],
           ship_to=S("Aarhus Cykelklub", "Stadion Allé 70", "Aarhus C", "8000", "DK")))

    # e23 unlisted German shop with prices 'à'
    make_eml("e23_schneider_unlisted_de.eml", "Radsport Schneider <info@radsport-schneider.de>",
        "Bestellung 2026-0455", "Mon, 30 Nov 2026 09:58:12 +0100",
        """Guten Morgen,

wir möchten wie telefonisch besprochen bestellen (unsere Bestell-Nr. 2026-0455, Datum 30.11.2026):

4 Stück Maxxis Ardent 29x2,40 EXO TR à 41,90 €
4 Stück Maxxis Ardent 29x2,25 EXO TR à 39,90 €
2 Stück SRAM GX Eagle Kassette XG-1275 10-50 à 142,00 €
6 Paar Magura 9.C Beläge à 13,80 €

Lieferanschrift = Rechnungsanschrift.

Freundliche Grüße
Markus Schneider
Radsport Schneider
Habsburgerstraße 96
79104 Freiburg im Breisgau
USt-IdNr. DE 287654321
""",
        PO("Radsport Schneider", "2026-0455",
           [L("TY-MTB-2924", 4, price=41.90), L("TY-MTB-2922", 4, price=39.90),
            L("CS-SR-XG1275-1050", 2, price=142.00), L("BP-MAG-9C", 6, price=13.80)],
           order_date="2026-11-30", currency="EUR",
           ship_to=S("Radsport Schneider", "Habsburgerstraße 96", "Freiburg im Breisgau", "79104", "DE")))

    # e24 unlisted Italian
    make_eml("e24_ciclidora_unlisted_it.eml", "Marco Gallo <ciclidora@ciclidora.it>",
        "ordine", "Thu, 03 Dec 2026 16:16:16 +0100",
        """Salve,

sono Marco di Cicli Dora a Torino, vorrei ordinare:

n. 2 rotoli guaina cambio bianca 4mm da 30 metri
n. 1 scatola cavi freno 2050 da 100 pezzi
n. 2 sacchetti capicorda 4mm (da 100)
n. 1 tronchese per cavi

Riferimento ordine: DORA 58
Spedire a: Cicli Dora di Marco Gallo, Lungo Dora Firenze 23/B, 10152 Torino TO

Grazie, saluti
Marco Gallo
""",
        PO("Cicli Dora di Marco Gallo", "DORA 58",
           [L("CB-HSG-SFT-30-WH", 2), L("CB-BRK-2050-100", 1, "BX"), L("CB-FER-4-100", 2, "PK"),
            L("TL-CUT", 1)],
           ship_to=S("Cicli Dora di Marco Gallo", "Lungo Dora Firenze 23/B", "Torino", "10152", "IT", "TO")))

    # e25 unlisted Portuguese workshop, half dozen
    make_eml("e25_oficina_porto_pt.eml", "Oficina da Bicicleta <geral@oficinabicicleta.pt>",
        "Pedido de encomenda", "Fri, 04 Dec 2026 10:10:10 +0000",
        """Olá,

Gostaríamos de encomendar:

- meia dúzia de correntes KMC X10
- 8 pastilhas Shimano B01S (pares)
- 1 caixa de 25 pares de pastilhas B01S para a oficina
- 12 câmaras de ar 26x1.75-2.125 Presta

N/ referência: OB-112
Morada de entrega: Oficina da Bicicleta Porto, Rua de Cedofeita 388, 4050-174 Porto

Cumprimentos,
Tiago Sousa
""",
        PO("Oficina da Bicicleta Porto", "OB-112",
           [L("CH-KMC-X10-114", 6), L("BP-SH-B01S", 8), L("BP-SH-B01S-25", 1, "BX"),
            L("TB-26-175-PV", 12)],
           ship_to=S("Oficina da Bicicleta Porto", "Rua de Cedofeita 388", "Porto", "4050-174", "PT")))

    # e26 unlisted Irish shop, EUR prices, date as 'Dec 3rd'
    make_eml("e26_galway_unlisted.eml", "Niamh Ó Conaill <niamh@galwaycyclehub.ie>",
        "PO GCH-2212 - Galway Cycle Hub", "Thu, 03 Dec 2026 13:33:33 +0000",
        """Hi there,

Please find our order below. PO GCH-2212, raised Dec 3rd 2026.

Qty  Item                                  Price
 6   Front light USB 1200lm                €49.00
 6   Front light USB 400lm                 €22.00
12   Rear light USB (basic, no brake sensor) €13.20
 4   Commuter MIPS helmet L black          €54.00

Deliver to Galway Cycle Hub, 4 Dominick Street Lower, Galway H91 X7P2.

Thanks,
Niamh
""",
        PO("Galway Cycle Hub", "GCH-2212",
           [L("LT-FR-1200", 6, price=49.00), L("LT-FR-400", 6, price=22.00),
            L("LT-RR-USB", 12, price=13.20), L("HL-MIPS-L-BK", 4, price=54.00)],
           order_date="2026-12-03", currency="EUR",
           ship_to=S("Galway Cycle Hub", "4 Dominick Street Lower", "Galway", "H91 X7P2", "IE")))

    # e27 forwarded workshop list, UK
    make_eml("e27_spokes_forward.eml", "Hannah Pryce <hannah@spokesandsprockets.co.uk>",
        "Fwd: workshop restock", "Fri, 04 Dec 2026 09:02:45 +0000",
        """Hi Spaakwerk - please send this lot on PO SS-4490. Same delivery address as always (Gloucester Rd). Ta, Hannah

---------- Forwarded message ---------
From: Tom Okafor <tom@spokesandsprockets.co.uk>
Date: Thu, 3 Dec 2026 at 17:48
Subject: workshop restock
To: Hannah Pryce <hannah@spokesandsprockets.co.uk>

H - running low on the below, can you get them on the next Dutch order?

* grease - 2 big tubs
* ferrules 5mm x 1 bag, 4mm x 1 bag
* 10-speed missing links, 5 cards
* 3 x XT 12sp chains
* Ultegra 11sp chain x 4

Tom
""",
        PO("Spokes & Sprockets Ltd", "SS-4490",
           [L("LB-GRS-450", 2), L("CB-FER-5-100", 1, "PK"), L("CB-FER-4-100", 1, "PK"),
            L("CH-KMC-CL-X10", 5, "PK"), L("CH-SH-M8100-126", 3), L("CH-SH-HG701-116", 4)]))

    # e28 Dutch chatty with 'een doos' and 'vijf'
    make_eml("e28_despaak_chatty_nl.eml", "Joost Verhoef <joost@despaak.nl>",
        "nog wat spul", "Fri, 04 Dec 2026 17:55:40 +0100",
        """Hoi,

Het is hier een gekkenhuis met al die winterbeurten, dus ik moet alweer bijbestellen :)

Zet je er een doos KMC X8 kettingen (die werkplaatsdoos met 25) klaar? Verder vijf flessen Finish Line wet 120 ml en twee tubes vet (de kleine van 100 gram). O ja en 3 setjes remblokken Shimano R55C4 voor die racefietsen.

Bestelnummer 2026-124. Ophalen doen we niet, gewoon opsturen naar de winkel.

Groeten,
Joost
Fietsenwinkel De Spaak
Oudegracht 212, 3511 NR Utrecht
""",
        PO("Fietsenwinkel De Spaak", "2026-124",
           [L("CH-KMC-X8-116-25", 1, "BX"), L("LB-FL-WET-120", 5), L("LB-GRS-100", 2),
            L("BP-SH-R55C4", 3)],
           ship_to=S("Fietsenwinkel De Spaak", "Oudegracht 212", "Utrecht", "3511 NR", "NL")))

    # e29 Dublin depot, required date
    make_eml("e29_dublinhire_required.eml", "Orla Byrne <purchasing@dublinbikehire.ie>",
        "DBH-PO-00731", "Mon, 07 Dec 2026 09:41:00 +0000",
        """Hi,

PO DBH-PO-00731
Required: 14-Dec-2026

1) 100 x DBH-TUB-28S tube 28 x 1.75 Schrader
2) 20 x DBH-LCK-U U-lock with bracket
3) 15 x DBH-BELL bell alloy

Same prices as PO DBH-PO-00712. Deliver to Smithfield depot (Unit 7, Haymarket Yard, Dublin 7, D07 X2H8), not Ormond Quay.

Orla Byrne
Purchasing, Dublin Bike Hire Ltd
12 Lower Ormond Quay, Dublin 1, D01 R2F6
""",
        PO("Dublin Bike Hire Ltd", "DBH-PO-00731",
           [L("TB-700-2847-AV40", 100, cp="DBH-TUB-28S"), L("AC-LOCK-U", 20, cp="DBH-LCK-U"),
            L("AC-BELL-AL", 15, cp="DBH-BELL")],
           requested_date="2026-12-14",
           ship_to=S("Dublin Bike Hire Ltd - Smithfield depot", "Unit 7, Haymarket Yard", "Dublin 7", "D07 X2H8", "IE")))

    # e30 French club, 'une douzaine'
    make_eml("e30_vcbordelais_fr.eml", "Trésorerie VCB <tresorier@vcbordelais.fr>",
        "Commande club VCB n°2026-14", "Sun, 06 Dec 2026 18:00:00 +0100",
        """Bonjour,

Pour l'atelier du club, merci de nous envoyer :

une douzaine de chambres à air 700x18-25 Presta 60 mm
6 pneus Grand Prix 5000 700x25 noirs
une caisse présentoir Finish Line Dry 120 ml (12 flacons)
deux démonte-cassettes Shimano
deux fouets à chaîne

Commande n°2026-14. Livraison à l'adresse du club : Vélo Club Bordelais, 52 cours de la Marne, 33800 Bordeaux.

Sportivement,
Jean-Marc Dufour, trésorier
""",
        PO("Vélo Club Bordelais", "2026-14",
           [L("TB-700-1825-PV60", 12), L("TY-GP5-2325-BK", 6), L("LB-FL-DRY-120-12", 1, "CS"),
            L("TL-LR-HG", 2), L("TL-CW", 2)],
           ship_to=S("Vélo Club Bordelais", "52 cours de la Marne", "Bordeaux", "33800", "FR")))

    # e31 Spanish tab table decimal comma prices
    make_eml("e31_rutanorte_table_es.eml", "Iñaki Etxebarria <compras@rutanorte.es>",
        "Pedido 26-PN-0352", "Mon, 07 Dec 2026 12:30:00 +0100",
        """Buenas,

Pedido 26-PN-0352 con fecha 07-12-2026. Precios según vuestra tarifa de noviembre:

Cant.\tArtículo\tPrecio ud.
10\tCadena KMC X12 126 eslabones\t36,90
5\tEnlace rápido MissingLink 12v (blíster 2 pares)\t7,10
4\tCassette Shimano CS-HG500 11-34\t29,90
20\tPastillas SRAM Level orgánicas\t10,70

Entrega en el almacén de Basauri:
Ruta Norte – Almacén
Polígono Lapatza, Pabellón 6
48970 Basauri (Bizkaia)

Gracias,
Iñaki
""",
        PO("Bicicletas Ruta Norte S.L.", "26-PN-0352",
           [L("CH-KMC-X12-126", 10, price=36.90), L("CH-KMC-CL-X12", 5, price=7.10),
            L("CS-SH-HG500-1134", 4, price=29.90), L("BP-SR-LVL-ORG", 20, price=10.70)],
           order_date="2026-12-07", currency=None,
           ship_to=S("Ruta Norte – Almacén", "Polígono Lapatza, Pabellón 6", "Basauri", "48970", "ES", "Bizkaia")))

    # e32 Czech with EUR prices
    make_eml("e32_vltava_prices_cz.eml", "Petr Novotný <nakup@cyklovltava.cz>",
        "Objednávka OBJ-2026-151", "Mon, 07 Dec 2026 08:08:08 +0100",
        """Dobrý den,

posíláme objednávku OBJ-2026-151 ze dne 7. 12. 2026, požadovaný termín dodání 16. 12. 2026.

Tubeless tmel 1 l – 4 ks à 27,50 EUR
Tubeless tmel 500 ml – 6 ks à 16,40 EUR
Plášť WTB Riddler 700x45 – 8 ks à 35,20 EUR
Ráfková páska 700C 18 mm – 10 párů à 3,10 EUR

Dodat na adresu prodejny: Plzeňská 155, 150 00 Praha 5.

S pozdravem
Petr Novotný
Cyklo Vltava s.r.o.
""",
        PO("Cyklo Vltava s.r.o.", "OBJ-2026-151",
           [L("LB-SEAL-1L", 4, price=27.50), L("LB-SEAL-500", 6, price=16.40),
            L("TY-GRV-4045", 8, price=35.20), L("RT-700-18", 10, "PR", price=3.10)],
           order_date="2026-12-07", requested_date="2026-12-16", currency="EUR",
           ship_to=S("Cyklo Vltava s.r.o.", "Plzeňská 155", "Praha 5", "15000", "CZ")))

    # e33 German courier, deliver to warehouse
    make_eml("e33_kurier_lager_de.eml", "Jonas Richter <jonas@kurierkollektiv.de>",
        "Nachbestellung", "Thu, 03 Dec 2026 18:20:00 +0100",
        """Moin,

bitte noch schicken, Bestellnr. KK/2026/305:

40x Schwalbe Marathon Plus 37-622
40x Schlauch 28" SV 40mm (28-47)
12x Rücklicht USB mit Bremslicht
1x Drehmomentschlüssel

Lieferung an: Lager Neukölln, Kurierkollektiv Berlin GmbH, Karl-Marx-Str. 230, 12055 Berlin. Bis spätestens 10.12.

Danke!
Jonas
""",
        PO("Kurierkollektiv Berlin GmbH", "KK/2026/305",
           [L("TY-MP-37622", 40), L("TB-700-2847-PV40", 40), L("LT-RR-BRK", 12), L("TL-TQ-214", 1)],
           requested_date="2026-12-10",
           ship_to=S("Kurierkollektiv Berlin GmbH - Lager Neukölln", "Karl-Marx-Str. 230", "Berlin", "12055", "DE")))

    # e34 English correction: change qty and drop a line
    make_eml("e34_pedal_correction.eml", "Kwame Asante <kwame@pedalcouriers.co.uk>",
        "RE: PO PC-0193", "Mon, 07 Dec 2026 10:51:22 +0000",
        """Sorry - make that 30 not 20 of the 28mm tubes and drop the tyre levers altogether. Everything else as below.

K

From: Kwame Asante
Sent: 07 December 2026 09:30
To: orders@spaakwerk-parts.nl
Subject: PO PC-0193

Morning,

PO PC-0193

20 x tubes 700x28-32 presta
10 x GP5000 700x28 black
5 x tyre lever sets
2 x 1L citrus degreaser

Usual address:
Pedal Couriers Ltd
Unit 4, Vyner Street
London E2 9DG

Kwame
""",
        PO("Pedal Couriers Ltd", "PC-0193",
           [L("TB-700-2832-PV40", 30), L("TY-GP5-2528-BK", 10), L("LB-DGR-1L", 2)],
           ship_to=S("Pedal Couriers Ltd", "Unit 4, Vyner Street", "London", "E2 9DG", "GB")))

    # e35 Dutch rental, quantities after, PO only in subject
    make_eml("e35_stadsfiets_subject_po_nl.eml", "Inkoop StadsFiets <inkoop@stadsfiets-verhuur.nl>",
        "Inkooporder SFV-PO-26-0431", "Mon, 07 Dec 2026 11:25:00 +0100",
        """Goedemiddag,

Dunlop binnenbanden 28 x 1 1/2: 200 stuks
Werkplaatsdoos binnenbanden 26 inch auto-ventiel (10 st per doos): 6 dozen
Koplamp naafdynamo 60 lux: 24 stuks
Achterlicht naafdynamo drager 50mm: 24 stuks

Levering in week 51 bij depot Zuid:
StadsFiets Depot Zuid
Jan Rebelstraat 12
1069 CC Amsterdam

Met vriendelijke groet,
Sanne de Wit
Inkoop | StadsFiets Verhuur B.V.
""",
        PO("StadsFiets Verhuur B.V.", "SFV-PO-26-0431",
           [L("TB-635-DV", 200), L("TB-26-175-AV-10", 6, "BX"), L("LT-DYN-FR-60", 24),
            L("LT-DYN-RR-50", 24)],
           ship_to=S("StadsFiets Depot Zuid", "Jan Rebelstraat 12", "Amsterdam", "1069 CC", "NL")))

    # e36 English from Danish shop, US-style date
    make_eml("e36_cykelvaerkstedet_en.eml", "Mads Holm <mads@cykelvaerkstedet.dk>",
        "PO CV-2026-61", "Fri, 04 Dec 2026 14:14:14 +0100",
        """Hi,

PO#: CV-2026-61
Date: Dec 4, 2026

1. Shimano 105 cassette 11-32 - 3 pcs
2. Shimano 105 cassette 11-34 - 2 pcs
3. Shimano L05A pads - 6 pairs
4. Shimano L03A pads - 6 pairs
5. Hex key set - 2

Best,
Mads
Cykelværkstedet Nørrebro ApS
Nørrebrogade 88, 2200 København N, Denmark
""",
        PO("Cykelværkstedet Nørrebro ApS", "CV-2026-61",
           [L("CS-SH-R7000-1132", 3), L("CS-SH-R7000-1134", 2), L("BP-SH-L05A", 6),
            L("BP-SH-L03A", 6), L("TL-HEX-9", 2)],
           order_date="2026-12-04",
           ship_to=S("Cykelværkstedet Nørrebro ApS", "Nørrebrogade 88", "København N", "2200", "DK")))

    # e37 Italian reply to a stock message, adds items
    make_eml("e37_ferraro_reply_it.eml", "Luca Ferraro <luca@ciclofficinaferraro.it>",
        "Re: Disponibilità catene Ti-N", "Mon, 07 Dec 2026 09:20:00 +0100",
        """Perfetto, allora procediamo: ordine n. 1203/26.

- 4 catene KMC X11 Ti-N oro
- 2 catene KMC X12
- 10 paia pastiglie Magura 7.C

Stesso indirizzo di consegna (Via Padova).

Luca

Il giorno ven 4 dic 2026 alle 16:10 Spaakwerk Orders <orders@spaakwerk-parts.nl> ha scritto:
> Buongiorno Luca,
> abbiamo di nuovo a magazzino le catene KMC X11 Ti-N (oro), 40 pezzi disponibili,
> prezzo 49,90 EUR. Anche le X12 sono arrivate.
> Cordiali saluti, Spaakwerk Parts B.V.
""",
        PO("Ciclofficina Ferraro S.r.l.", "1203/26",
           [L("CH-KMC-X11-118-TI", 4), L("CH-KMC-X12-126", 2), L("BP-MAG-7C", 10)]))

    # e38 Slovak with prices and date
    make_eml("e38_bikepoint_prices_sk.eml", "Martina Hrušková <objednavky@bikepoint.sk>",
        "Objednávka 2026/81", "Mon, 07 Dec 2026 15:45:00 +0100",
        """Dobrý deň,

objednávka č. 2026/81 zo dňa 07.12.2026, dodanie do 18.12.2026.

Položka | Množstvo | Cena/ks bez DPH
Prilba Commuter MIPS M čierna | 3 | 55,00 €
Prilba Commuter MIPS M biela | 2 | 55,00 €
Svetlo predné 800 lm | 4 | 36,50 €
Sada svetiel 400 lm predné + zadné | 6 | 31,90 €

S pozdravom
Martina Hrušková
Bike Point Žilina s.r.o.
Národná 9, 010 01 Žilina
""",
        PO("Bike Point Žilina s.r.o.", "2026/81",
           [L("HL-MIPS-M-BK", 3, price=55.00), L("HL-MIPS-M-WH", 2, price=55.00),
            L("LT-FR-800", 4, price=36.50), L("LT-SET-400", 6, price=31.90)],
           order_date="2026-12-07", requested_date="2026-12-18", currency="EUR",
           ship_to=S("Bike Point Žilina s.r.o.", "Národná 9", "Žilina", "01001", "SK")))

    # e39 one-liner with no PO
    make_eml("e39_spokes_oneliner_nopo.eml", "Tom Okafor <tom@spokesandsprockets.co.uk>",
        "gear cable", "Mon, 07 Dec 2026 16:58:03 +0000",
        "2x 30m rolls of black gear outer and a box of 100 gear inners pls - Tom @ Spokes\n",
        PO("Spokes & Sprockets Ltd", None,
           [L("CB-HSG-SFT-30-BK", 2), L("CB-SFT-2100-100", 1, "BX")]))

    # e40 German with buyer article numbers
    make_eml("e40_berger_artnr_de.eml", "Zweirad Berger <bestellung@zweirad-berger.de>",
        "Bestellung ZB-4480-26", "Fri, 04 Dec 2026 11:00:00 +0100",
        """Guten Tag,

anbei unsere Bestellung ZB-4480-26 vom 04.12.2026. Bitte unsere Artikelnummern auf dem Lieferschein angeben.

Pos  Art.-Nr.   Menge  Bezeichnung
1    44-1021    10     Schlauch 26 x 1,75-2,125 AV
2    44-1022    10     Schlauch 20 x 1,75-2,125 AV
3    44-1023     6     Schlauch 16 x 1,75-2,125 AV
4    44-1030     4     Schlauch 12 1/2 AV gewinkelt (Kinderwagen/Laufrad)
5    51-0007     2     Felgenband 26" 22mm (Paar)

Mit freundlichen Grüßen
Thomas Berger
Zweirad Berger e.K. · Landsberger Str. 77 · 80339 München
""",
        PO("Zweirad Berger e.K.", "ZB-4480-26",
           [L("TB-26-175-AV", 10, cp="44-1021"), L("TB-20-175-AV", 10, cp="44-1022"),
            L("TB-16-175-AV", 6, cp="44-1023"), L("TB-12-175-AV", 4, cp="44-1030"),
            L("RT-26-22", 2, "PR", cp="51-0007")],
           order_date="2026-12-04",
           ship_to=S("Zweirad Berger e.K.", "Landsberger Str. 77", "München", "80339", "DE")))

    # e41 French HTML-only email
    html = """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Merci de préparer la commande <b>CL-2026-301</b> (date de commande : 07/12/2026).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Qté</th><th>Désignation</th><th>PU HT</th></tr>
<tr><td>2</td><td>Clé dynamométrique 2-14 Nm</td><td>55,00&nbsp;&euro;</td></tr>
<tr><td>3</td><td>Pompe à pied avec manomètre</td><td>25,90&nbsp;&euro;</td></tr>
<tr><td>10</td><td>Multi-outil 16 fonctions (avec dérive-chaîne)</td><td>18,20&nbsp;&euro;</td></tr>
<tr><td>10</td><td>Multi-outil 10 fonctions</td><td>11,60&nbsp;&euro;</td></tr>
</table>
<p>Livraison au magasin, 14 rue Saint-Jean, 69005 Lyon.</p>
<p>Bien cordialement,<br>Claire Lafitte<br>Cycles Lafitte SARL</p>
</body></html>"""
    make_eml("e41_lafitte_html_fr.eml", "Cycles Lafitte <commandes@cycles-lafitte.fr>",
        "Commande CL-2026-301", "Mon, 07 Dec 2026 10:00:00 +0100", None,
        PO("Cycles Lafitte SARL", "CL-2026-301",
           [L("TL-TQ-214", 2, price=55.00), L("TL-PMP-FL", 3, price=25.90),
            L("TL-MT-16", 10, price=18.20), L("TL-MT-10", 10, price=11.60)],
           order_date="2026-12-07", currency="EUR",
           ship_to=S("Cycles Lafitte SARL", "14 rue Saint-Jean", "Lyon", "69005", "FR")),
        html=html)

    # e42 Portuguese, word quantities
    make_eml("e42_tejo_words_pt.eml", "Rui Marques <rui.marques@tejobikes.pt>",
        "Encomenda TJ-0101", "Mon, 07 Dec 2026 17:17:17 +0000",
        """Olá,

Encomenda TJ-0101:
- meia dúzia de capacetes Urbano tamanho L cinzento
- uma dúzia de capacetes Urbano tamanho M cinzento
- duas garrafas de desengordurante 5 litros
- dez sprays de limpeza 1L

Entrega na loja, Rua da Prata 140, 1100-420 Lisboa.

Rui
""",
        PO("Bicicletas Tejo Lda", "TJ-0101",
           [L("HL-URB-L-GY", 6), L("HL-URB-M-GY", 12), L("LB-DGR-5L", 2), L("LB-CLN-1L", 10)],
           ship_to=S("Bicicletas Tejo Lda", "Rua da Prata 140", "Lisboa", "1100-420", "PT")))
