from common import L, ship, cship, exp, next_wd, cname
from emlkit import D

# ---------------- e01 ES terse
D("e01_casaolvido_jueves", '"Javier Morcillo" <cocina@casaolvido.es>', "pedido jueves",
  "2026-12-08 06:12 +0100", """Buenos días,

para el jueves por la mañana:

- 2 cajas limones verna 15kg
- lubina 400-600  12 kg
- rodaballo 1-2 kg  8,5 kg
- 3 kg navajas
- perejil liso 10 manojos
- cebollino 6 manojos

Gracias
Javi
""", exp(cname("C1001"), [
    L("LEM-VER15", 2, "CS", "limones verna 15kg"),
    L("BAS-F46", 12, "KG", "lubina 400-600"),
    L("TRB-F12", 8.5, "KG", "rodaballo 1-2 kg"),
    L("CLM-RAZ", 3, "KG", "navajas"),
    L("HRB-PARS-FL", 10, "BN", "perejil liso"),
    L("HRB-CHIV", 6, "BN", "cebollino"),
], req=next_wd("2026-12-08", "thu")))

# ---------------- e02 ES dotted list, PO, address
D("e02_opeirao_pedido_1187", '"Breixo Lameiro" <compras@opeirao.gal>', "Pedido nº 2026/1187 - entrega miércoles",
  "2026-12-07 05:48 +0100", """Hola equipo,

Pedido nº 2026/1187 — entrega miércoles 09/12 antes de las 10:00 en
Rúa do Berbés 7, 36202 Vigo (entrada por la puerta lateral).

Cigala 10/15 .............. 6 kg
Cigala 20/30 .............. 4 kg
Percebe gallego A ......... 2,5 kg
Almeja fina ............... 5 kg
Berberecho ................ 4 kg
Pulpo 2-3 congelado ....... 3 piezas
Centolla viva ............. 4 kg
Limón verna caja 5 kg ..... 2 cajas

Un saludo,
Breixo Lameiro
Compras — Marisquería O Peirao
Tel. 986 000 117
""", exp(cname("C1002"), [
    L("LNG-1015", 6, "KG", "Cigala 10/15"),
    L("LNG-2030", 4, "KG", "Cigala 20/30"),
    L("PCB", 2.5, "KG", "Percebe gallego A"),
    L("CLM-PAL", 5, "KG", "Almeja fina"),
    L("CKL", 4, "KG", "Berberecho"),
    L("OCT-23", 3, "PC", "Pulpo 2-3 congelado"),
    L("CRB-SPD", 4, "KG", "Centolla viva"),
    L("LEM-VER5", 2, "CS", "Limón verna caja 5 kg"),
], po="2026/1187", req="2026-12-09", ship_to=ship(None, "Rúa do Berbés 7", "Vigo", "36202", "ES")))

# ---------------- e03 ES pasted spreadsheet table with buyer codes and prices
D("e03_miravalle_po45821", '"Economato Hotel Miravalle" <economato@hotelmiravalle-bcn.com>',
  "PEDIDO PO-MV-45821 / Keelhaven", "2026-12-01 07:30 +0100", """Buenos días,

Adjuntamos pedido en el cuerpo del correo. Por favor confirmar recepción.

Nº pedido: PO-MV-45821
Fecha pedido: 01/12/2026
Fecha entrega: 03/12/2026 (06:00-09:00)
Entregar en: Hotel Miravalle Barcelona - Muelle de carga
             Carrer de la Sèquia Trasera 3
             08005 Barcelona

Cód. art.\tDescripción\tCant.\tUd.\tPrecio
MV-PES-011\tSalmón filete 1-2kg c/piel\t15,000\tKG\t14,90
MV-PES-014\tMerluza lomo s/piel\t8,000\tKG\t18,60
MV-PES-022\tLangostino tigre 16/20 cong.\t10,000\tKG\t15,90
MV-PES-031\tMejillón Galicia\t20,000\tKG\t2,90
MV-FRU-002\tLima Tahití caja 4kg\t3,000\tCAJ\t11,80
MV-HIE-005\tEneldo manojo\t12,000\tMAN\t1,10
MV-HIE-009\tCilantro manojo\t12,000\tMAN\t0,95

Atentamente,
Montserrat Vilaró
Economato - Hotel Miravalle Barcelona
""", exp(cname("C1003"), [
    L("SAL-F12-SK", 15, "KG", "Salmón filete 1-2kg c/piel", "MV-PES-011", 14.90),
    L("HAK-LOIN", 8, "KG", "Merluza lomo s/piel", "MV-PES-014", 18.60),
    L("PRW-BT1620", 10, "KG", "Langostino tigre 16/20 cong.", "MV-PES-022", 15.90),
    L("MUS-GAL", 20, "KG", "Mejillón Galicia", "MV-PES-031", 2.90),
    L("LIM-TAH4", 3, "CS", "Lima Tahití caja 4kg", "MV-FRU-002", 11.80),
    L("HRB-DILL", 12, "BN", "Eneldo manojo", "MV-HIE-005", 1.10),
    L("HRB-CORI", 12, "BN", "Cilantro manojo", "MV-HIE-009", 0.95),
], po="PO-MV-45821", order_date="2026-12-01", req="2026-12-03", currency="EUR",
    ship_to=ship("Hotel Miravalle Barcelona - Muelle de carga", "Carrer de la Sèquia Trasera 3", "Barcelona",
                 "08005", "ES")))

# ---------------- e04 PT prose, word quantities
D("e04_caisvelho_amanha", '"Rui Pestana" <rui@caisvelho.pt>', "encomenda p/ amanhã",
  "2026-12-02 06:05 +0000", """Bom dia,

Para amanhã de manhã (quinta) por favor: dez quilos de bacalhau graúdo, 2 polvos de 3-4 kg,
sardinha 6 kg e ameijoa boa 3 kg.
Também 2 caixas de limão de 5 kg, coentros 15 molhos e salsa lisa 10 molhos.

Obrigado
Rui
Tasca do Cais Velho
""", exp(cname("C1004"), [
    L("COD-SALT", 10, "KG", "bacalhau graúdo"),
    L("OCT-34", 2, "PC", "polvos de 3-4 kg"),
    L("SAR-W", 6, "KG", "sardinha"),
    L("CLM-PAL", 3, "KG", "ameijoa boa"),
    L("LEM-VER5", 2, "CS", "caixas de limão de 5 kg"),
    L("HRB-CORI", 15, "BN", "coentros"),
    L("HRB-PARS-FL", 10, "BN", "salsa lisa"),
], req="2026-12-03"))

# ---------------- e05 PT fishmonger, item not in catalogue
D("e05_rocha_er3391", '"Peixaria Rocha & Filhos" <encomendas@rochafilhos.pt>', "Encomenda ER-3391",
  "2026-12-03 05:20 +0000", """Bom dia,

Encomenda n.º ER-3391 de 03-12-2026. Entrega sábado 05/12 até às 7h.

Robalo 300-400 — 20 kg
Dourada 400-600 — 25 kg
Pescada 2-3 kg — 18,4 kg
Carapau médio — 15 kg
Polvo 2-3 kg — 30 kg
Camarão tigre 21/25 congelado — 5 kg

Cumprimentos,
Manuel Rocha
""", exp(cname("C1005"), [
    L("BAS-F34", 20, "KG", "Robalo 300-400"),
    L("BRM-F46", 25, "KG", "Dourada 400-600"),
    L("HAK-W23", 18.4, "KG", "Pescada 2-3 kg"),
    L(None, 15, "KG", "Carapau médio"),
    L("OCT-23", 30, "KG", "Polvo 2-3 kg"),
    L("PRW-BT2125", 5, "KG", "Camarão tigre 21/25 congelado"),
], po="ER-3391", order_date="2026-12-03", req="2026-12-05"))

# ---------------- e06 FR terse brasserie
D("e06_quaidore_jeudi", '"Aurélien Gastaud" <chef@lequaidore.fr>', "Cde pour jeudi matin",
  "2026-12-08 05:55 +0100", """Bonjour,

Pour jeudi matin svp :
- 2 bourriches fines de claire n°3 de 48
- 1 caisse spéciales n°2 (48)
- moules de bouchot 15 kg
- crevettes grises décortiquées 2 kg
- 6 kg Saint-Pierre
- bar de ligne 1-2 kg : 2 pièces
- citrons verna 1 colis 15 kg
- 10 bottes cerfeuil, 10 bottes estragon

Merci
Chef Aurélien
""", exp(cname("C1006"), [
    L("OYS-FDC3-48", 2, "BX", "fines de claire n°3 de 48"),
    L("OYS-SPC2-48", 1, "BX", "spéciales n°2 (48)"),
    L("MUS-BOU", 15, "KG", "moules de bouchot"),
    L("PRW-NS-CK", 2, "KG", "crevettes grises décortiquées"),
    L("JDY-W12", 6, "KG", "Saint-Pierre"),
    L("BAS-W12", 2, "PC", "bar de ligne 1-2 kg"),
    L("LEM-VER15", 1, "CS", "citrons verna colis 15 kg"),
    L("HRB-CHER", 10, "BN", "cerfeuil"),
    L("HRB-TARR", 10, "BN", "estragon"),
], req="2026-12-10"))

# ---------------- e07 FR reply with correction over quoted order
D("e07_lemarchal_modif", '"Poissonnerie Lemarchal" <commandes@poissonnerie-lemarchal.fr>',
  "RE: Commande vendredi 11/12", "2026-12-09 04:50 +0100", """Bonjour,

Petite modif : les soles passez à 8 kg au lieu de 6, et enlevez les coques.
Rajoutez 3 kg de crevettes grises décortiquées. Le reste idem.
Livraison toujours vendredi matin.

Cordialement,
Sylvie Lemarchal

-----Message d'origine-----
De : Poissonnerie Lemarchal <commandes@poissonnerie-lemarchal.fr>
Envoyé : mardi 8 décembre 2026 16:20
À : orders@keelhaven-fresh.eu
Objet : Commande vendredi 11/12

Bonjour,
Commande pour vendredi 11/12 :
- Sole 400-500 : 6 kg
- Turbot 2-3 kg : 2 pièces
- Lotte queues 1-2 kg : 8 kg
- Saint-Jacques coquille : 60 pièces
- Coques : 5 kg
- Encornets 300-500 : 4 kg
Merci,
Sylvie
""", exp(cname("C1007"), [
    L("SOL-D45", 8, "KG", "Sole 400-500"),
    L("TRB-F23", 2, "PC", "Turbot 2-3 kg"),
    L("MNK-T12", 8, "KG", "Lotte queues 1-2 kg"),
    L("SCA-SH", 60, "PC", "Saint-Jacques coquille"),
    L("SQD-W35", 4, "KG", "Encornets 300-500"),
    L("PRW-NS-CK", 3, "KG", "crevettes grises décortiquées"),
], req="2026-12-11"), hdrs={"In-Reply-To": "<c0ffee11.cmd@poissonnerie-lemarchal.fr>"})

# ---------------- e08 FR formal with prices, other delivery address
D("e08_tilleuls_bc0912", '"Service Achats - Hôtel des Tilleuls" <achats@hoteldestilleuls-bx.fr>',
  "Bon de commande BC-TIL-0912", "2026-12-04 08:02 +0100", """Madame, Monsieur,

Veuillez trouver ci-dessous notre bon de commande.

Bon de commande n° BC-TIL-0912 du 04/12/2026
Livraison : lundi 7 décembre 2026, entre 6h et 8h
Adresse de livraison : Hôtel des Tilleuls - Quai de livraison
3 rue des Vinaigriers-Neufs
33000 Bordeaux

Dos de cabillaud sans peau ........ 12 kg à 22,50 €/kg
Pavé de saumon 160 g sans peau .... 10 kg à 19,80 €/kg
Noix de Saint-Jacques 20/30 sans corail .. 3 kg à 38,00 €/kg
Bar d'élevage 400/600 ............. 15 kg à 10,40 €/kg
Citrons verts ..................... 4 colis de 4 kg à 11,80 € le colis
Salicorne ......................... 2 kg à 18,00 €/kg

Merci de joindre le bon de livraison chiffré.

Cordialement,
Hélène Castagnède
Responsable achats
""", exp(cname("C1008"), [
    L("COD-LOIN-SL", 12, "KG", "Dos de cabillaud sans peau", price=22.50),
    L("SAL-POR-160", 10, "KG", "Pavé de saumon 160 g sans peau", price=19.80),
    L("SCA-M2030", 3, "KG", "Noix de Saint-Jacques 20/30 sans corail", price=38.00),
    L("BAS-F46", 15, "KG", "Bar d'élevage 400/600", price=10.40),
    L("LIM-TAH4", 4, "CS", "Citrons verts colis de 4 kg", price=11.80),
    L("SAM-FR", 2, "KG", "Salicorne", price=18.00),
], po="BC-TIL-0912", order_date="2026-12-04", req="2026-12-07", currency="EUR",
    ship_to=ship("Hôtel des Tilleuls - Quai de livraison", "3 rue des Vinaigriers-Neufs", "Bordeaux", "33000", "FR")))

# ---------------- e09 NL (Flemish) terse
D("e09_goudenankers_woensdag", '"Pieter-Jan Van Hove" <keuken@goudenankers.be>', "bestelling woensdag",
  "2026-12-07 06:30 +0100", """Goeiemorgen,

Voor woensdag vroeg aub:

Zeeuwse mosselen jumbo 25 kg
Noordzeegarnalen gepeld 3 kg
tarbot 1-2 kg   10 kg
zeeduivel staarten 2-4 kg   6 kg
griet 1-2 kg  4 kg
zeekraal 2 kg
lamsoor 1,5 kg
citroenen verna 1 doos (15kg)
bieslook 10 bos
platte peterselie 10 bos

Groetjes,
Pieter-Jan
""", exp(cname("C1009"), [
    L("MUS-ZLD-J", 25, "KG", "Zeeuwse mosselen jumbo"),
    L("PRW-NS-CK", 3, "KG", "Noordzeegarnalen gepeld"),
    L("TRB-F12", 10, "KG", "tarbot 1-2 kg"),
    L("MNK-T24", 6, "KG", "zeeduivel staarten 2-4 kg"),
    L("BRL-W12", 4, "KG", "griet 1-2 kg"),
    L("SAM-FR", 2, "KG", "zeekraal"),
    L("SEA-AST", 1.5, "KG", "lamsoor"),
    L("LEM-VER15", 1, "CS", "citroenen verna doos (15kg)"),
    L("HRB-CHIV", 10, "BN", "bieslook"),
    L("HRB-PARS-FL", 10, "BN", "platte peterselie"),
], req="2026-12-09"))

# ---------------- e10 NL fishmonger bestelbon
D("e10_verbeke_88213", '"Vishandel Verbeke" <bestellingen@vishandel-verbeke.be>',
  "Bestelbon 88213 - levering za 5/12", "2026-12-03 05:02 +0100", """Dag Keelhaven,

Bestelbon 88213 – levering zaterdag 5/12 ’s morgens.

kabeljauwhaasje zonder vel ........ 10 kg
zalmfilet 1-2 kg met vel .......... 3 stuks
scholfilet ........................ 6 kg
zeebaars 300/400 .................. 10 kg
gamba's black tiger 16/20 ......... 4 kg
Zeeuwse creuse nr 2 ............... 100 st
scheermessen ...................... 2 kg
gerookte paling ................... 1,2 kg

Mvg,
Koen Verbeke
""", exp(cname("C1010"), [
    L("COD-LOIN-SL", 10, "KG", "kabeljauwhaasje zonder vel"),
    L("SAL-F12-SK", 3, "PC", "zalmfilet 1-2 kg met vel"),
    L("PLC-FIL", 6, "KG", "scholfilet"),
    L("BAS-F34", 10, "KG", "zeebaars 300/400"),
    L("PRW-BT1620", 4, "KG", "gamba's black tiger 16/20"),
    L("OYS-ZLD-CR2", 100, "PC", "Zeeuwse creuse nr 2"),
    L("CLM-RAZ", 2, "KG", "scheermessen"),
    L("EEL-SMK", 1.2, "KG", "gerookte paling"),
], po="88213", req="2026-12-05"))

# ---------------- e11 NL restaurant uses seller codes
D("e11_zoutezicht_zz212", '"Sanne de Roos" <inkoop@zoutezicht.nl>', "Order ZZ-2026-212 voor donderdag",
  "2026-12-08 07:10 +0100", """Hallo,

Order ZZ-2026-212, levering donderdag 10-12 tussen 8 en 10 uur.
Adres zoals altijd: Prinsengrachtpad 301, 1016 HV Amsterdam.

Art.        Omschrijving           Aantal  Eenheid
LNG-1520    Langoustines 15/20     3       kg
OYS-FLT2    Platte oesters nr 2    48      st
HAL-FIL     Heilbotfilet           4,5     kg
SEA-AST     Lamsoor                1       kg
MCR-SHIS    Shiso cress            6       bakjes
HRB-DILL    Dille                  8       bos

Bedankt!
Sanne
Het Zoute Zicht
""", exp(cname("C1011"), [
    L("LNG-1520", 3, "KG", "Langoustines 15/20"),
    L("OYS-FLT2", 48, "PC", "Platte oesters nr 2"),
    L("HAL-FIL", 4.5, "KG", "Heilbotfilet"),
    L("SEA-AST", 1, "KG", "Lamsoor"),
    L("MCR-SHIS", 6, "EA", "Shiso cress"),
    L("HRB-DILL", 8, "BN", "Dille"),
], po="ZZ-2026-212", req="2026-12-10",
    ship_to=ship(None, "Prinsengrachtpad 301", "Amsterdam", "1016 HV", "NL")))

# ---------------- e12 NL chatty with words and self-correction in-line
D("e12_scheveldam_maandag", '"Dirk Scheveldam" <dirk@vishuis-scheveldam.nl>', "voor maandag",
  "2026-12-04 05:35 +0100", """Hoi Marieke,

Kun je voor maandagochtend het volgende sturen: een hele zalm van 5-6 kilo, nee doe maar twee.
Verder vijf kilo makreel, drie trays maatjes (die van 10 stuks), een kilo of vier schelvisfilet
en twintig kilo Zeeuwse mosselen super.

Dank je wel en fijn weekend alvast,
Dirk
""", exp(cname("C1012"), [
    L("SAL-W56", 2, "PC", "hele zalm 5-6 kilo"),
    L("MAC-W", 5, "KG", "makreel"),
    L("HER-MAT10", 3, "TR", "trays maatjes (10 stuks)"),
    L("HAD-FIL", 4, "KG", "schelvisfilet"),
    L("MUS-ZLD-S", 20, "KG", "Zeeuwse mosselen super"),
], req="2026-12-07"))

# ---------------- e13 DE formal hotel with Pos. table
D("e13_kranichhof_b7731", '"Einkauf Hotel Kranichhof" <einkauf@kranichhof-hotel.de>',
  "Bestellung Nr. B-7731", "2026-12-07 07:45 +0100", """Sehr geehrte Damen und Herren,

hiermit bestellen wir wie folgt:

Bestellnummer: B-7731
Bestelldatum: 07.12.2026
Liefertermin: 09.12.2026, 6:00-8:00 Uhr
Lieferanschrift: Hotel Kranichhof Hamburg, Warenannahme
                 Kranichstieg 12
                 20457 Hamburg

Pos.  Menge  Einheit  Artikel
1     12,5   kg       Steinbutt Zucht 2-3 kg
2     8      kg       Kabeljau Rückenfilet ohne Haut
3     5      kg       Nordseekrabben gepult
4     4      Kisten   Zitronen Primofiori 15 kg
5     20     Bund     Dill
6     2      kg       Queller
7     3      kg       Jakobsmuschelfleisch 10/20

Mit freundlichen Grüßen
Jana Petersen
Einkauf / Hotel Kranichhof Hamburg
""", exp(cname("C1013"), [
    L("TRB-F23", 12.5, "KG", "Steinbutt Zucht 2-3 kg"),
    L("COD-LOIN-SL", 8, "KG", "Kabeljau Rückenfilet ohne Haut"),
    L("PRW-NS-CK", 5, "KG", "Nordseekrabben gepult"),
    L("LEM-PRI15", 4, "CS", "Zitronen Primofiori 15 kg"),
    L("HRB-DILL", 20, "BN", "Dill"),
    L("SAM-FR", 2, "KG", "Queller"),
    L("SCA-M1020", 3, "KG", "Jakobsmuschelfleisch 10/20"),
], po="B-7731", order_date="2026-12-07", req="2026-12-09",
    ship_to=ship("Hotel Kranichhof Hamburg, Warenannahme", "Kranichstieg 12", "Hamburg", "20457", "DE")))

# ---------------- e14 DE terse fishmonger, unknown item
D("e14_wendtland_samstag", '"Fischhaus Wendtland" <laden@fischhaus-wendtland.de>', "für Sa früh",
  "2026-12-10 04:45 +0100", """Moin,

für Sa früh bitte:
3 Stk Lachs ganz 4-5 kg schott.
Forellenfilet 5 kg
Saiblingfilet 3 kg
Zanderfilet 4 kg
Miesmuscheln Zeeland Super 10 kg
Räucheraal 1 kg
Matjes 5 Schalen

Gruß
U. Wendtland
""", exp(cname("C1014"), [
    L("SAL-SCO-W45", 3, "PC", "Lachs ganz 4-5 kg schott."),
    L("TRT-FIL", 5, "KG", "Forellenfilet"),
    L("CHR-FIL", 3, "KG", "Saiblingfilet"),
    L(None, 4, "KG", "Zanderfilet"),
    L("MUS-ZLD-S", 10, "KG", "Miesmuscheln Zeeland Super"),
    L("EEL-SMK", 1, "KG", "Räucheraal"),
    L("HER-MAT10", 5, "TR", "Matjes Schalen"),
], req="2026-12-12"))

# ---------------- e15 DA restaurant
D("e15_havtorn_torsdag", '"Mikkel Brandt" <koekken@havtorn-kbh.dk>', "Bestilling til torsdag morgen",
  "2026-12-08 06:40 +0100", """Hej,

Bestilling til torsdag morgen:

- 3 kg jomfruhummer 15/20
- 2 kg tigerrejer 16/20
- 6 kg pighvar 1-2 kg
- 4 kg kogte rejer m. skal
- 4 dusin irske østers nr. 3
- dild 10 bundter
- purløg 10 bundter
- 1 kasse citroner 5 kg

Mvh
Mikkel
Restaurant Havtorn
""", exp(cname("C1015"), [
    L("LNG-1520", 3, "KG", "jomfruhummer 15/20"),
    L("PRW-BT1620", 2, "KG", "tigerrejer 16/20"),
    L("TRB-F12", 6, "KG", "pighvar 1-2 kg"),
    L("PRW-CW-CK", 4, "KG", "kogte rejer m. skal"),
    L("OYS-IRR3", 4, "DZ", "irske østers nr. 3"),
    L("HRB-DILL", 10, "BN", "dild"),
    L("HRB-CHIV", 10, "BN", "purløg"),
    L("LEM-VER5", 1, "CS", "kasse citroner 5 kg"),
], req="2026-12-10"))

# ---------------- e16 DA fishmonger with ordrenr
D("e16_aalbaek_55102", '"Fiskehuset Aalbæk" <ordre@fiskehuset-aalbaek.dk>', "Ordre nr. 55102",
  "2026-12-04 05:10 +0100", """Goddag

Ordre nr. 55102 – levering tirsdag d. 8/12 inden kl. 7.

rødspætte hel ........... 15 kg
kuller filet ............ 8 kg
laks side 1-2 kg m. skind 12,3 kg
torskeryg u. skind ...... 6 kg
krabbekløer kogte ....... 3 kg
hummer canadisk 500-600 g  8 stk

Venlig hilsen
Jens Aalbæk
""", exp(cname("C1016"), [
    L("PLC-W", 15, "KG", "rødspætte hel"),
    L("HAD-FIL", 8, "KG", "kuller filet"),
    L("SAL-F12-SK", 12.3, "KG", "laks side 1-2 kg m. skind"),
    L("COD-LOIN-SL", 6, "KG", "torskeryg u. skind"),
    L("CRB-CLAW", 3, "KG", "krabbekløer kogte"),
    L("LOB-CAN56", 8, "PC", "hummer canadisk 500-600 g"),
], po="55102", req="2026-12-08"))

# ---------------- e17 IE chatty
D("e17_anchorgull_wed", '"Declan Hurley" <declan@anchorandgull.ie>', "order for Wed",
  "2026-12-07 06:58 +0000", """Morning lads,

Can ye send the following for Wednesday, before 11 if possible:

3 doz rock oysters no.2
5kg mussels (rope)
hake 2-3kg x 2 fish
smoked haddock undyed 3kg
crab claws 2kg
brown crab cooked x6
1 box lemons (the 15kg verna)
2 bags flake ice

Cheers,
Declan
Head Chef | The Anchor & Gull
""", exp(cname("C1017"), [
    L("OYS-IRR2", 3, "DZ", "rock oysters no.2"),
    L("MUS-ROPE", 5, "KG", "mussels (rope)"),
    L("HAK-W23", 2, "PC", "hake 2-3kg"),
    L("HAD-SMK", 3, "KG", "smoked haddock undyed"),
    L("CRB-CLAW", 2, "KG", "crab claws"),
    L("CRB-BRN-CK", 6, "PC", "brown crab cooked"),
    L("LEM-VER15", 1, "CS", "lemons (the 15kg verna)"),
    L("ICE-FLK20", 2, "BG", "flake ice"),
], req="2026-12-09"))

# ---------------- e18 IE forwarded
D("e18_finnegans_fwd", '"Ciarán Walsh" <ciaran@finnegansfish.ie>', "Fwd: order for fri",
  "2026-12-03 05:40 +0000", """Hi all,

Order below from Aoife for Friday delivery to the shop (Unit 4, Docklands Market, Galway H91 K2W7).
PO is FIN-1203.

Thanks,
Ciarán

---------- Forwarded message ---------
From: Aoife Finnegan <aoife@finnegansfish.ie>
Date: Wed, 2 Dec 2026 at 21:14
Subject: order for fri
To: Ciarán Walsh <ciaran@finnegansfish.ie>

Ciaran can you send this to Keelhaven first thing

hake 1-2kg 20kg
cod fillet skin on 15kg
salmon fillets 2-3kg skin on 25kg
plaice whole 10kg
mackerel 8kg
scallops in shell 48
tiger prawns 31/40 6 boxes

A
""", exp(cname("C1018"), [
    L("HAK-W12", 20, "KG", "hake 1-2kg"),
    L("COD-FIL-SK", 15, "KG", "cod fillet skin on"),
    L("SAL-F23-SK", 25, "KG", "salmon fillets 2-3kg skin on"),
    L("PLC-W", 10, "KG", "plaice whole"),
    L("MAC-W", 8, "KG", "mackerel"),
    L("SCA-SH", 48, "PC", "scallops in shell"),
    L("PRW-BT3140", 6, "BX", "tiger prawns 31/40"),
], po="FIN-1203", req="2026-12-04",
    ship_to=ship(None, "Unit 4, Docklands Market", "Galway", "H91 K2W7", "IE")))

# ---------------- e19 UK hotel group HTML table, GBP prices, other site
_h19 = [("HHG-10044", "Salmon fillet skinless 1-2kg", "20", "kg", "13.90"),
        ("HHG-10051", "Cod loin skinless", "15", "kg", "19.60"),
        ("HHG-10077", "Sea bass fillets 120-160g", "10", "kg", "18.75"),
        ("HHG-10102", "King scallops roe off 10/20", "4", "kg", "38.50"),
        ("HHG-20011", "Lemons Verna 15kg case", "3", "cs", "21.00"),
        ("HHG-20030", "Flat parsley", "24", "bunch", "0.80"),
        ("HHG-20036", "Tarragon", "6", "bunch", "1.40")]
_t19 = "\n".join(f"{a:<10} {b:<32} {c:>4} {d:<6} £{e}" for a, b, c, d, e in _h19)
_r19 = "".join(f"<tr><td>{a}</td><td>{b}</td><td align=right>{c}</td><td>{d}</td><td align=right>&pound;{e}</td></tr>"
               for a, b, c, d, e in _h19)
D("e19_harbourside_77120", '"HHG Purchasing" <purchasing@harboursidehotels.co.uk>',
  "Purchase Order HHG-PO-77120", "2026-12-08 05:30 +0000", f"""Purchase Order HHG-PO-77120
Order date: 08/12/2026
Delivery date: 10/12/2026 AM
Deliver to: The Harbourside Greenwich, Goods In, 14 Ropewalk Quay, London SE10 9HX

Code       Description                       Qty Unit   Price
{_t19}

Please quote PO number on all delivery notes and invoices.
HHG Purchasing
""", exp(cname("C1019"), [
    L("SAL-F12-SL", 20, "KG", "Salmon fillet skinless 1-2kg", "HHG-10044", 13.90),
    L("COD-LOIN-SL", 15, "KG", "Cod loin skinless", "HHG-10051", 19.60),
    L("BAS-FIL", 10, "KG", "Sea bass fillets 120-160g", "HHG-10077", 18.75),
    L("SCA-M1020", 4, "KG", "King scallops roe off 10/20", "HHG-10102", 38.50),
    L("LEM-VER15", 3, "CS", "Lemons Verna 15kg case", "HHG-20011", 21.00),
    L("HRB-PARS-FL", 24, "BN", "Flat parsley", "HHG-20030", 0.80),
    L("HRB-TARR", 6, "BN", "Tarragon", "HHG-20036", 1.40),
], po="HHG-PO-77120", order_date="2026-12-08", req="2026-12-10", currency="GBP",
    ship_to=ship("The Harbourside Greenwich, Goods In", "14 Ropewalk Quay", "London", "SE10 9HX", "GB")),
  html=f"""<html><body><p><b>Purchase Order HHG-PO-77120</b><br>Order date: 08/12/2026<br>
Delivery date: 10/12/2026 AM<br>Deliver to: The Harbourside Greenwich, Goods In, 14 Ropewalk Quay, London SE10 9HX</p>
<table border=1 cellpadding=3><tr><th>Code</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price</th></tr>
{_r19}</table><p>Please quote PO number on all delivery notes and invoices.<br>HHG Purchasing</p></body></html>""")

# ---------------- e20 UK fishmonger terse "x"
D("e20_pearcelowe_sat", '"Gav Pearce" <gav@pearcelowe.co.uk>', "sat am",
  "2026-12-11 04:30 +0000", """Sat AM pls:

Dover sole 1s x 10kg
Dover 3s x 6kg
turbot wild 3-4 x 1 fish
lemon sole 4-6oz x 8kg
skate wings x 5kg
cockles x 3kg
langoustine 10/15 x 2kg
samphire x 1kg

Ta
Gav
""", exp(cname("C1020"), [
    L("SOL-D56", 10, "KG", "Dover sole 1s"),
    L("SOL-D34", 6, "KG", "Dover 3s"),
    L("TRB-W34", 1, "PC", "turbot wild 3-4"),
    L(None, 8, "KG", "lemon sole 4-6oz"),
    L("SKT-WNG", 5, "KG", "skate wings"),
    L("CKL", 3, "KG", "cockles"),
    L("LNG-1015", 2, "KG", "langoustine 10/15"),
    L("SAM-FR", 1, "KG", "samphire"),
], req="2026-12-12"))
