from common import *

def build():
    # e01 terse Dutch one-liner, no address
    make_eml("e01_despaak_terse_nl.eml", "Joost Verhoef <joost@despaak.nl>", "bestelling",
        "Mon, 30 Nov 2026 08:02:11 +0100",
        "Goedemorgen,\n\n10x binnenband 28 x 1 1/2 blitz (dunlop) en 6 Marathon Plus 40-622 graag. Ons bestelnr 2026-118\n\nGr Joost\n\nVerstuurd vanaf mijn iPhone\n",
        PO("Fietsenwinkel De Spaak", "2026-118", [L("TB-635-DV", 10), L("TY-MP-40622", 6)]))

    # e02 chatty English, GBP prices, delivery date in words, signature address = ship-to
    make_eml("e02_spokes_chatty_gbp.eml", "Hannah Pryce <hannah@spokesandsprockets.co.uk>",
        "Order for next week - PO SS-4471", "Tue, 01 Dec 2026 16:40:02 +0000",
        """Hi all,

Hope you're surviving the pre-Christmas rush! We've had a run on 105 groupset servicing so I need to top up before the weekend. Could you send us:

4 x 105 cassettes 11-30 (CS-R7000) at the £41.20 you quoted
and 6 x Shimano 105 11 speed chains (HG601) - £23.80 each
plus 3 bottles of the Finish Line ceramic wax, 120ml ones, £10.15

Our PO is SS-4471. We'd really need it here by Friday 11th December at the latest as we have a big club build on the Saturday.

Thanks a million,
Hannah

--
Hannah Pryce | Workshop & Purchasing
Spokes & Sprockets Ltd
23 Gloucester Road, Bristol BS7 8AA
0117 942 5510
""",
        PO("Spokes & Sprockets Ltd", "SS-4471",
           [L("CS-SH-R7000-1130", 4, price=41.20), L("CH-SH-HG601-116", 6, price=23.80),
            L("LB-FL-CER-120", 3, price=10.15)],
           requested_date="2026-12-11", currency="GBP",
           ship_to=S("Spokes & Sprockets Ltd", "23 Gloucester Road", "Bristol", "BS7 8AA", "GB")))

    # e03 German numbered list, delivery week only
    make_eml("e03_radhaus_numbered_de.eml", "Einkauf Radhaus Köln <einkauf@radhaus-koeln.de>",
        "Bestellung RK-26-0912", "Thu, 03 Dec 2026 10:15:40 +0100",
        """Sehr geehrte Damen und Herren,

hiermit bestellen wir wie folgt:

Bestellnummer: RK-26-0912
Bestelldatum: 03.12.2026
Liefertermin: KW 51

1. 20 Stk. Schlauch 28" 28/47-622 Sclaverand (SV) 40mm
2. 20 Stk. Schlauch 28" 28/47-622 Autoventil
3. 8 Stk. Marathon Plus 47-622
4. 5 Stk. Kette KMC X10
5. 10 Paar Bremsbeläge Shimano B05S Resin

Lieferung bitte wie immer an unsere Werkstatt.

Mit freundlichen Grüßen

Stefan Kessler
Einkauf
Radhaus Köln GmbH
Venloer Straße 188
50823 Köln
Tel. 0221 5589 120
""",
        PO("Radhaus Köln GmbH", "RK-26-0912",
           [L("TB-700-2847-PV40", 20), L("TB-700-2847-AV40", 20), L("TY-MP-47622", 8),
            L("CH-KMC-X10-114", 5), L("BP-SH-B05S", 10)],
           order_date="2026-12-03"))

    # e04 French bullets, prices HT, delivery to workshop different from signature
    make_eml("e04_lafitte_bullets_fr.eml", "Cycles Lafitte <commandes@cycles-lafitte.fr>",
        "Bon de commande n° CL-2026-287", "Wed, 02 Dec 2026 09:31:00 +0100",
        """Bonjour,

Veuillez trouver ci-dessous notre commande n° CL-2026-287 du 2 décembre 2026 :

- 12 chambres à air 700x18-25 valve Presta 60 mm — 3,90 € HT
- 6 pneus Vittoria Rubino Pro 700x25 noir — 22,80 € HT
- 4 cassettes Shimano 105 11-28 — 43,50 € HT
- 2 rouleaux gaine de frein noire 5 mm (30 m) — 36,00 € HT

Livraison à notre atelier (et non au magasin) :
Cycles Lafitte – Atelier
7 impasse des Chartreux
69001 Lyon

Merci de confirmer le délai.

Cordialement,
Claire Lafitte
Cycles Lafitte SARL
14 rue Saint-Jean, 69005 Lyon
Tél. 04 78 42 19 06
""",
        PO("Cycles Lafitte SARL", "CL-2026-287",
           [L("TB-700-1825-PV60", 12, price=3.90), L("TY-RUB-2525", 6, price=22.80),
            L("CS-SH-R7000-1128", 4, price=43.50), L("CB-HSG-BRK-30-BK", 2, price=36.00)],
           order_date="2026-12-02", currency="EUR",
           ship_to=S("Cycles Lafitte – Atelier", "7 impasse des Chartreux", "Lyon", "69001", "FR")))

    # e05 Italian, quantity after description
    make_eml("e05_ferraro_qty_after_it.eml", "Luca Ferraro <luca@ciclofficinaferraro.it>",
        "Ordine n. 1187/26", "Wed, 02 Dec 2026 14:05:19 +0100",
        """Buongiorno,

vi inviamo l'ordine n. 1187/26 del 02/12/2026:

Catena KMC X11 argento 118 maglie ........ pz 8
Falliche... scusate, MissingLink 11v ....... conf. 10
Pastiglie Shimano G03S resina ............ paia 12
Cassetta SRAM PG-1130 11-42 .............. pz 3
Lubrificante Finish Line Dry 120ml ....... pz 12

Consegna presso il nostro negozio in Via Padova 112, 20127 Milano.

Grazie e buon lavoro
Luca Ferraro
Ciclofficina Ferraro S.r.l.
P.IVA 09876540961
""",
        PO("Ciclofficina Ferraro S.r.l.", "1187/26",
           [L("CH-KMC-X11-118", 8), L("CH-KMC-CL-X11", 10), L("BP-SH-G03S", 12),
            L("CS-SR-PG1130-1142", 3), L("LB-FL-DRY-120", 12)],
           order_date="2026-12-02",
           ship_to=S("Ciclofficina Ferraro S.r.l.", "Via Padova 112", "Milano", "20127", "IT")))

    # e06 Spanish, word quantities "dos cajas"
    make_eml("e06_rutanorte_words_es.eml", "Iñaki Etxebarria <compras@rutanorte.es>",
        "Pedido 26-PN-0341", "Thu, 03 Dec 2026 11:47:55 +0100",
        """Hola buenos días,

Os paso el pedido 26-PN-0341:

dos cajas expositoras de Finish Line Wet 120 ml (las de 12 botes)
cuatro bombas de pie con manómetro
y 15 cámaras 29 x 2.10-2.40 válvula Presta

Si podéis enviarlo esta semana mejor, tenemos la tienda vacía de cámaras de 29.

Un saludo,
Iñaki Etxebarria
Bicicletas Ruta Norte S.L.
Calle Licenciado Poza 41
48011 Bilbao
""",
        PO("Bicicletas Ruta Norte S.L.", "26-PN-0341",
           [L("LB-FL-WET-120-12", 2, "CS"), L("TL-PMP-FL", 4), L("TB-29-2124-PV", 15)],
           ship_to=S("Bicicletas Ruta Norte S.L.", "Calle Licenciado Poza 41", "Bilbao", "48011", "ES")))

    # e07 Czech
    make_eml("e07_vltava_cz.eml", "Petr Novotný <nakup@cyklovltava.cz>",
        "Objednávka č. OBJ-2026-145", "Fri, 04 Dec 2026 07:55:03 +0100",
        """Dobrý den,

objednáváme u Vás následující zboží (objednávka č. OBJ-2026-145 ze dne 4. 12. 2026):

Řetěz Shimano CN-M8100 12sp 126 čl.      6 ks
Kazeta Shimano XT CS-M8100 10-51         2 ks
Destičky Shimano G04S kovové             10 párů
Duše 29x2,10-2,40 auto ventil            20 ks

Dodací adresa:
Cyklo Vltava s.r.o. – sklad
Radlická 61
150 00 Praha 5

Děkuji a přeji hezký den
Petr Novotný
Cyklo Vltava s.r.o., Plzeňská 155, 150 00 Praha 5
IČO 27183456
""",
        PO("Cyklo Vltava s.r.o.", "OBJ-2026-145",
           [L("CH-SH-M8100-126", 6), L("CS-SH-M8100-1051", 2), L("BP-SH-G04S", 10),
            L("TB-29-2124-AV", 20)],
           order_date="2026-12-04",
           ship_to=S("Cyklo Vltava s.r.o. – sklad", "Radlická 61", "Praha 5", "15000", "CZ")))

    # e08 Slovak
    make_eml("e08_bikepoint_sk.eml", "Martina Hrušková <objednavky@bikepoint.sk>",
        "Objednávka 2026/77", "Fri, 04 Dec 2026 13:20:44 +0100",
        """Dobrý deň,

prosím o dodanie tovaru podľa objednávky 2026/77:

- prilba Urbano, veľkosť M, čierna matná – 5 ks
- prilba Urbano, veľkosť L, čierna matná – 3 ks
- prilba Urbano, veľkosť M, biela – 4 ks
- detská prilba XS červená – 2 ks
- detská prilba S modrá – 2 ks

Ďakujem,
Martina Hrušková
Bike Point Žilina s.r.o.
Národná 9, 010 01 Žilina
""",
        PO("Bike Point Žilina s.r.o.", "2026/77",
           [L("HL-URB-M-BK", 5), L("HL-URB-L-BK", 3), L("HL-URB-M-WH", 4),
            L("HL-KID-XS-RD", 2), L("HL-KID-S-BL", 2)],
           ship_to=S("Bike Point Žilina s.r.o.", "Národná 9", "Žilina", "01001", "SK")))

    # e09 Portuguese, delivery date
    make_eml("e09_tejo_pt.eml", "Rui Marques <rui.marques@tejobikes.pt>",
        "Encomenda TJ-0093", "Mon, 30 Nov 2026 18:02:27 +0000",
        """Boa tarde,

Segue a nossa encomenda n.º TJ-0093, com data de entrega pretendida 15/12/2026:

3 un. – Pneu Continental GP5000 700x28 preto
3 un. – Pneu Continental GP5000 700x28 parede castanha (tan)
10 un. – Câmara de ar 700x28-32 Presta 40mm
2 un. – Chave dinamométrica 2-14 Nm

Obrigado,
Rui Marques
Bicicletas Tejo Lda
Rua da Prata 140, 1100-420 Lisboa
""",
        PO("Bicicletas Tejo Lda", "TJ-0093",
           [L("TY-GP5-2528-BK", 3), L("TY-GP5-2528-TN", 3), L("TB-700-2832-PV40", 10),
            L("TL-TQ-214", 2)],
           requested_date="2026-12-15",
           ship_to=S("Bicicletas Tejo Lda", "Rua da Prata 140", "Lisboa", "1100-420", "PT")))

    # e10 Danish
    make_eml("e10_cykelvaerkstedet_da.eml", "Mads Holm <mads@cykelvaerkstedet.dk>",
        "Ordre 4412", "Tue, 01 Dec 2026 12:12:12 +0100",
        """Hej,

Vi vil gerne bestille følgende (vores ordre nr. 4412):

25 stk. slange 700x28-47 Presta 40 mm
2 kasser med 10 stk. slanger 26x1.75-2.125 autoventil
6 stk. dæk Schwalbe Marathon Plus 37-622
1 stk. kædenitte (værkstedsmodel)

Levering gerne senest fredag den 11. december.

Mvh
Mads Holm
Cykelværkstedet Nørrebro ApS
Nørrebrogade 88, 2200 København N
""",
        PO("Cykelværkstedet Nørrebro ApS", "4412",
           [L("TB-700-2847-PV40", 25), L("TB-26-175-AV-10", 2, "BX"), L("TY-MP-37622", 6),
            L("TL-CT", 1)],
           requested_date="2026-12-11",
           ship_to=S("Cykelværkstedet Nørrebro ApS", "Nørrebrogade 88", "København N", "2200", "DK")))

    # e11 forwarded internal request, rental fleet, depot address
    make_eml("e11_stadsfiets_forward_nl.eml", "Inkoop StadsFiets <inkoop@stadsfiets-verhuur.nl>",
        "FW: onderdelen depot Noord", "Wed, 02 Dec 2026 15:33:10 +0100",
        """Hallo Spaakwerk,

Zie onderstaande aanvraag van onze vlootbeheerder. Graag leveren zoals hij het vraagt, onze inkoopordernummer is SFV-PO-26-0419.

Met vriendelijke groet,
Sanne de Wit
Inkoop | StadsFiets Verhuur B.V.
Papaverweg 34, 1032 KE Amsterdam

-----Oorspronkelijk bericht-----
Van: Dennis Mulder <d.mulder@stadsfiets-verhuur.nl>
Verzonden: woensdag 2 december 2026 11:02
Aan: Inkoop StadsFiets <inkoop@stadsfiets-verhuur.nl>
Onderwerp: onderdelen depot Noord

Sanne,

Kun je dit bestellen bij Spaakwerk? Voorraad is bijna op.

- 150 binnenbanden 28 x 1 1/2 dunlop
- 60 buitenbanden 28 x 1 1/2 (40-635) reflectie
- 40 v-brake remblokjes Clarks 70mm (paar)
- 30 achterlichtjes dynamo voor op de drager, 80 mm gatafstand

Graag afleveren bij depot Noord:
StadsFiets Depot Noord
Klaprozenweg 75-D
1033 NN Amsterdam
Laden en lossen ma-vr tot 15:00.

Dennis
""",
        PO("StadsFiets Verhuur B.V.", "SFV-PO-26-0419",
           [L("TB-635-DV", 150), L("TY-CITY-40635", 60), L("BP-CLK-CP511", 40),
            L("LT-DYN-RR-80", 30)],
           ship_to=S("StadsFiets Depot Noord", "Klaprozenweg 75-D", "Amsterdam", "1033 NN", "NL")))

    # e12 terse courier order
    make_eml("e12_pedal_terse.eml", "Kwame Asante <kwame@pedalcouriers.co.uk>",
        "PO PC-0188", "Thu, 03 Dec 2026 07:12:49 +0000",
        "20 x KMC X11 chains, 40 pr B01S pads, 10 Missing Links 11sp. Usual address. Cheers K\n",
        PO("Pedal Couriers Ltd", "PC-0188",
           [L("CH-KMC-X11-118", 20), L("BP-SH-B01S", 40), L("CH-KMC-CL-X11", 10)]))

    # e13 tab-pasted table with customer codes and EUR prices
    make_eml("e13_dublinhire_tabs.eml", "Orla Byrne <purchasing@dublinbikehire.ie>",
        "Purchase order DBH-PO-00712", "Tue, 01 Dec 2026 10:04:31 +0000",
        """Hi,

Please supply the following on PO DBH-PO-00712 (dated 01/12/2026).

Our Code\tQty\tDescription\tUnit Price
DBH-TYR-28\t40\tMarathon Plus 47-622 reflex\t€26.40
DBH-TUB-28S\t80\tTube 28 x 1.75 Schrader 40mm\t€3.70
DBH-BRK-V\t50\tV-brake pads Shimano M70T4\t€6.60
DBH-LGT-SET\t25\tLight set AAA clip on\t€8.50

Deliver to our Smithfield depot please:
Dublin Bike Hire Ltd - Smithfield Depot
Unit 7, Haymarket Yard
Smithfield, Dublin 7
D07 X2H8

Kind regards,
Orla Byrne
Purchasing, Dublin Bike Hire Ltd
12 Lower Ormond Quay, Dublin 1, D01 R2F6
""",
        PO("Dublin Bike Hire Ltd", "DBH-PO-00712",
           [L("TY-MP-47622", 40, price=26.40, cp="DBH-TYR-28"),
            L("TB-700-2847-AV40", 80, price=3.70, cp="DBH-TUB-28S"),
            L("BP-SH-M70T4", 50, price=6.60, cp="DBH-BRK-V"),
            L("LT-SET-AAA", 25, price=8.50, cp="DBH-LGT-SET")],
           order_date="2026-12-01", currency="EUR",
           ship_to=S("Dublin Bike Hire Ltd - Smithfield Depot", "Unit 7, Haymarket Yard", "Dublin 7", "D07 X2H8", "IE")))

    # e14 club helmets with word quantities
    make_eml("e14_wheelers_words.eml", "Gareth Lloyd <kit@wheelerscc.org.uk>",
        "club helmet order", "Sun, 29 Nov 2026 21:48:05 +0000",
        """Evening,

Following the AGM we're kitting out the new juniors and a few members. Can we order:

a dozen of the Urbano helmets in medium, black
half a dozen Urbano large white
two small navy
and a couple of the kids helmets, size S in blue

Please deliver to our club secretary:
Wheelers Cycling Club c/o Janet Moss
9 Ladybarn Lane
Manchester
M14 6NQ

Club ref WCC-DEC26. Invoice to the club treasurer as normal.

Gareth Lloyd
Kit Secretary, Wheelers CC
""",
        PO("Wheelers Cycling Club", "WCC-DEC26",
           [L("HL-URB-M-BK", 12), L("HL-URB-L-WH", 6), L("HL-URB-S-NV", 2), L("HL-KID-S-BL", 2)],
           ship_to=S("Wheelers Cycling Club c/o Janet Moss", "9 Ladybarn Lane", "Manchester", "M14 6NQ", "GB")))

    # e15 reply with correction over quoted message
    make_eml("e15_vandam_correction_nl.eml", "Peter van Dam <peter@vandamfietsen.nl>",
        "Re: Bestelling VD-2611", "Tue, 01 Dec 2026 14:22:09 +0100",
        """Correctie: maak van de 12 kettingen X9 er 18 aub, de rest blijft zoals het was.

Peter

Op di 1 dec 2026 om 09:41 schreef Peter van Dam <peter@vandamfietsen.nl>:
> Beste Spaakwerk,
>
> Bestelling VD-2611:
> 12 st KMC X9 ketting
> 4 st cassette HG500 10-speed 11-32
> 2 doos schakelkabels (100 st)
>
> Groet,
> Peter van Dam
> Rijwielhandel Van Dam B.V.
> Kleine Houtstraat 18
> 2011 DN Haarlem
""",
        PO("Rijwielhandel Van Dam B.V.", "VD-2611",
           [L("CH-KMC-X9-116", 18), L("CS-SH-HG500-1132", 4), L("CB-SFT-2100-100", 2, "BX")],
           ship_to=S("Rijwielhandel Van Dam B.V.", "Kleine Houtstraat 18", "Haarlem", "2011 DN", "NL")))

    # e16 German correction changes the item
    make_eml("e16_berger_correction_de.eml", "Zweirad Berger <bestellung@zweirad-berger.de>",
        "AW: Bestellung ZB-4471-26", "Wed, 02 Dec 2026 17:05:00 +0100",
        """Hallo nochmal,

kleine Änderung: bitte statt der HG41 11-32 die 11-34 Kassetten schicken (gleiche Menge). Sonst alles wie unten.

Gruß
Thomas Berger

-----Ursprüngliche Nachricht-----
Von: Zweirad Berger <bestellung@zweirad-berger.de>
Gesendet: Mittwoch, 2. Dezember 2026 16:31
An: orders@spaakwerk-parts.nl
Betreff: Bestellung ZB-4471-26

Guten Tag,

Bestellung ZB-4471-26 vom 02.12.2026:

  6 x Kassette Shimano HG41 8-fach 11-32
  6 x Kette KMC X8
 10 x Flickzeug
  1 x Kettenpeitsche

Viele Grüße
Thomas Berger
Zweirad Berger e.K. · Landsberger Str. 77 · 80339 München
""",
        PO("Zweirad Berger e.K.", "ZB-4471-26",
           [L("CS-SH-HG41-1134", 6), L("CH-KMC-X8-116", 6), L("TB-PATCH-KIT", 10), L("TL-CW", 1)],
           order_date="2026-12-02",
           ship_to=S("Zweirad Berger e.K.", "Landsberger Str. 77", "München", "80339", "DE")))

    # e17 courier in English with DD/MM/YY date and hub delivery
    make_eml("e17_kurier_en.eml", "Jonas Richter <jonas@kurierkollektiv.de>",
        "PO KK/2026/311", "Mon, 07 Dec 2026 08:45:12 +0100",
        """Hi Spaakwerk team,

PO KK/2026/311, date 07/12/26.

- 15 x KMC Z1 singlespeed chains
- 30 x Continental GP5000 28mm black
- 30 x tubes 700x18-25 presta 60mm
- 5 x Chain checker

Need it by 14/12/26 - please ship to our hub, not the office:
Kurierkollektiv Hub Kreuzberg
Ohlauer Str. 41
10999 Berlin

Thanks
Jonas Richter
Fleet & Workshop, Kurierkollektiv Berlin GmbH
Skalitzer Str. 104, 10997 Berlin
""",
        PO("Kurierkollektiv Berlin GmbH", "KK/2026/311",
           [L("CH-KMC-Z1-112", 15), L("TY-GP5-2528-BK", 30), L("TB-700-1825-PV60", 30), L("TL-CHK", 5)],
           order_date="2026-12-07", requested_date="2026-12-14",
           ship_to=S("Kurierkollektiv Hub Kreuzberg", "Ohlauer Str. 41", "Berlin", "10999", "DE")))

    # e18 Belgian French, dates in words
    make_eml("e18_meuse_fr_be.eml", "Cycles Meuse <info@cyclesmeuse.be>",
        "Commande 4500-NAM-19", "Tue, 01 Dec 2026 19:22:36 +0100",
        """Bonsoir,

Commande 4500-NAM-19 du 1er décembre 2026, livraison souhaitée pour le mardi 15 décembre :

3 x lampe avant USB-C 800 lumens
3 x feu arrière avec détecteur de freinage
5 x antivol en U
10 x sonnette laiton

Adresse habituelle (magasin).

Merci,
Benoît Lambert
Cycles Meuse SRL
Rue de Fer 27 – 5000 Namur
TVA BE 0712.345.678
""",
        PO("Cycles Meuse SRL", "4500-NAM-19",
           [L("LT-FR-800", 3), L("LT-RR-BRK", 3), L("AC-LOCK-U", 5), L("AC-BELL-BR", 10)],
           order_date="2026-12-01", requested_date="2026-12-15",
           ship_to=S("Cycles Meuse SRL", "Rue de Fer 27", "Namur", "5000", "BE")))

    # e19 Flemish, mixed quantity positions, 'twee dozen'
    make_eml("e19_peeters_mixed_vl.eml", "Wim Peeters <wim@peetersfietsen.be>",
        "bestelling week 49", "Thu, 03 Dec 2026 09:09:09 +0100",
        """Dag Spaakwerk,

Voor volgende levering graag:

twee dozen plakgerief (de toonbankdozen van 24)
Remkabels koersfiets 2050mm: 20
Schakelkabels 2100: 30
8 rollen remmantel zwart? nee sorry, 1 rol remmantel zwart en 1 rol schakelmantel zwart
Kabeleindjes: 2 zakjes

Ons bestelnummer: P-26-1209

Groetjes,
Wim
Fietsen Peeters BV - Turnhoutsebaan 301 - 2140 Borgerhout
""",
        PO("Fietsen Peeters BV", "P-26-1209",
           [L("TB-PATCH-BOX", 2, "BX"), L("CB-BRK-RD-2050", 20), L("CB-SFT-2100", 30),
            L("CB-HSG-BRK-30-BK", 1), L("CB-HSG-SFT-30-BK", 1), L("CB-END-100", 2, "PK")],
           ship_to=S("Fietsen Peeters BV", "Turnhoutsebaan 301", "Borgerhout", "2140", "BE")))

    # e20 Texel rental, season delivery date
    make_eml("e20_texel_season_nl.eml", "Fietsverhuur Duinzicht <administratie@texelfietsverhuur.nl>",
        "Voorjaarsbestelling 2027", "Mon, 07 Dec 2026 20:14:00 +0100",
        """Beste mensen,

Voor het nieuwe seizoen willen we het volgende bestellen. Levering graag vóór 1 maart 2027, dan kunnen we alles in de winter nog monteren.

Order: DZ-2027-01
- 40 Marathon Plus 47-622 reflex
- 40 Marathon Plus 47-559 (26 inch voor de kinderfietsen en kleine maten)
- 80 binnenbanden 28 inch, hollandse ventiel (28-47)
- 25 slotkettingen 90 cm
- 40 fietsbellen (de goedkope aluminium)

Afleveradres: onze loods achter de zaak, Parkstraat 5, 1791 CG Den Burg (Texel).

Met vriendelijke groet,
Anneke Bakker
Fietsverhuur Texel Duinzicht
""",
        PO("Fietsverhuur Texel Duinzicht", "DZ-2027-01",
           [L("TY-MP-47622", 40), L("TY-MP-47559", 40), L("TB-700-2847-DV40", 80),
            L("AC-LOCK-CH90", 25), L("AC-BELL-AL", 40)],
           requested_date="2027-03-01",
           ship_to=S("Fietsverhuur Texel Duinzicht", "Parkstraat 5", "Den Burg", "1791 CG", "NL")))

    # e21 unlisted UK courier, GBP
    make_eml("e21_velocity_unlisted.eml", "Dan Whitaker <dan@velocitycouriers.co.uk>",
        "order", "Fri, 04 Dec 2026 11:11:41 +0000",
        """Hello,

We're a courier firm in Leeds, got your details from Pedal Couriers in London. First order below - happy to pay pro forma.

PO number VC-1002

10 x Gatorskin... actually no, make them Grand Prix 5000 700x25 black
10 x inner tubes 700x18-25 presta 80mm (deep rims)
4 x Shimano L03A pads
2 x floor pumps

Prices as per your list is fine.

Deliver to:
Velocity Couriers Ltd
Arch 14, Sovereign Street
Leeds LS1 4BJ

Cheers,
Dan Whitaker
07700 900461
""",
        PO("Velocity Couriers Ltd", "VC-1002",
           [L("TY-GP5-2325-BK", 10), L("TB-700-1825-PV80", 10), L("BP-SH-L03A", 4), L("TL-PMP-FL", 2)],
           ship_to=S("Velocity Couriers Ltd", "Arch 14, Sovereign Street", "Leeds", "LS1 4BJ", "GB")))
