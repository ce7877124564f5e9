from common import L, ship, cship, exp, next_wd, cname
from emlkit import D

# ================= senders NOT in customers.csv
D("e21_new_bistrot_saintarmel", '"Bistrot Saint-Armel" <contact@bistrot-saintarmel.fr>',
  "Première commande - Bistrot Saint-Armel", "2026-12-07 08:15 +0100", """Bonjour,

Nous ouvrons le Bistrot Saint-Armel à Nantes la semaine prochaine et un collègue nous a donné
votre adresse. Voici une première commande pour le mercredi 9 décembre, livraison avant 10h :

Dorade royale 300-400 : 5 kg
Maquereau : 4 kg
Palourdes : 2 kg
Encornets entiers 300-500 : 3 kg
Citrons jaunes : 1 colis de 5 kg
Persil plat : 6 bottes

Adresse : Bistrot Saint-Armel, 12 rue des Cordiers-Nord, 44000 Nantes
Facturation au même nom. Pouvez-vous nous envoyer vos conditions de paiement ?

Bien à vous,
Camille Tréguier
""", exp("Bistrot Saint-Armel", [
    L("BRM-F34", 5, "KG", "Dorade royale 300-400"),
    L("MAC-W", 4, "KG", "Maquereau"),
    L("CLM-PAL", 2, "KG", "Palourdes"),
    L("SQD-W35", 3, "KG", "Encornets entiers 300-500"),
    L("LEM-VER5", 1, "CS", "Citrons jaunes colis de 5 kg"),
    L("HRB-PARS-FL", 6, "BN", "Persil plat"),
], req="2026-12-09", ship_to=ship("Bistrot Saint-Armel", "12 rue des Cordiers-Nord", "Nantes", "44000", "FR")))

D("e22_new_alboraya_mar", '"Restaurante Alboraya Mar" <reservas@alboraya-mar.es>', "Pedido para el viernes",
  "2026-12-01 09:00 +0100", """Buenos días:

Somos el Restaurante Alboraya Mar. Nos gustaría haceros un pedido para el viernes 4/12:

- Gamba roja 20/30: 2 kg
- Carabinero 10/15: 1 kg
- Sepia: 5 kg
- Pulpo cocido (patas): 2 kg
- Calamar 300-500 g: 4 kg
- Almeja de carril: 3 kg

Dirección de entrega: Carrer de la Mar Xica 45, 46120 Alboraia (Valencia)

Un saludo,
Vicent Ferrandis
""", exp("Restaurante Alboraya Mar", [
    L("PRW-RED2030", 2, "KG", "Gamba roja 20/30"),
    L("PRW-CAR1015", 1, "KG", "Carabinero 10/15"),
    L("CUT-W", 5, "KG", "Sepia"),
    L("OCT-CK", 2, "KG", "Pulpo cocido (patas)"),
    L("SQD-W35", 4, "KG", "Calamar 300-500 g"),
    L(None, 3, "KG", "Almeja de carril"),
], req="2026-12-04", ship_to=ship(None, "Carrer de la Mar Xica 45", "Alboraia", "46120", "ES", "Valencia")))

D("e23_new_gmail_tom", '"Tom K" <tomk.cooks@gmail.com>', "lobsters for saturday?",
  "2026-12-10 22:41 +0000", """Hi there,

got your address from a friend in the trade. Could you do 4 Canadian lobsters 600-800g
and 2kg tiger prawns 16/20 for Saturday? Private dinner, I can pay by card or collect.

Thanks
Tom
""", exp(None, [
    L("LOB-CAN68", 4, "PC", "Canadian lobsters 600-800g"),
    L("PRW-BT1620", 2, "KG", "tiger prawns 16/20"),
], req="2026-12-12"))

D("e24_new_gasthaus_moewe", '"Gasthaus zur Möwe" <kueche@gasthaus-zur-moewe.de>', "Erstbestellung",
  "2026-12-08 09:20 +0100", """Sehr geehrte Damen und Herren,

wir möchten gerne erstmals bei Ihnen bestellen, Lieferung bitte am Freitag, 11.12., vormittags:

Schollenfilet          5 kg
Nordseekrabben         2 kg
Matjesfilets           4 Schalen à 10 Stück
Dill                   10 Bund
Zitronen (Kiste 5 kg)  2 Kisten

Lieferadresse:
Gasthaus zur Möwe
Hafenkante 8
24103 Kiel

Mit freundlichen Grüßen
Henrike Thiessen
""", exp("Gasthaus zur Möwe", [
    L("PLC-FIL", 5, "KG", "Schollenfilet"),
    L("PRW-NS-CK", 2, "KG", "Nordseekrabben"),
    L("HER-MAT10", 4, "TR", "Matjesfilets Schalen à 10 Stück"),
    L("HRB-DILL", 10, "BN", "Dill"),
    L("LEM-VER5", 2, "CS", "Zitronen (Kiste 5 kg)"),
], req="2026-12-11", ship_to=ship("Gasthaus zur Möwe", "Hafenkante 8", "Kiel", "24103", "DE")))

D("e25_new_saltloft", '"The Salt Loft" <kitchen@thesaltloft.co.uk>', "PO SL-001 / first order",
  "2026-12-09 06:15 +0000", """Hello Keelhaven team,

Please find our first order below. PO SL-001, dated 09/12/26, for delivery Friday 11th Dec before 9am.

Qty   Item
12    Irish rock oysters No.3 (dozens)
6 kg  Mussels rope grown
4 kg  Hake loin skinless
3 kg  Brown shrimp peeled
2     Lemon cases 5kg (unwaxed, with leaf)
1 kg  Sea aster

Deliver to: The Salt Loft, 3 Net Store Steps, Hastings TN34 3DW.
We will set up an account - please send the credit application.

Kind regards,
Priya Naidoo, Head Chef
""", exp("The Salt Loft", [
    L("OYS-IRR3", 12, "DZ", "Irish rock oysters No.3 (dozens)"),
    L("MUS-ROPE", 6, "KG", "Mussels rope grown"),
    L("HAK-LOIN", 4, "KG", "Hake loin skinless"),
    L("PRW-NS-CK", 3, "KG", "Brown shrimp peeled"),
    L("LEM-LEAF5", 2, "CS", "Lemon cases 5kg (unwaxed, with leaf)"),
    L("SEA-AST", 1, "KG", "Sea aster"),
], po="SL-001", order_date="2026-12-09", req="2026-12-11",
    ship_to=ship("The Salt Loft", "3 Net Store Steps", "Hastings", "TN34 3DW", "GB")))

D("e26_new_ofarol", '"O Farol" <ofarol.tasca@sapo.pt>', "encomenda",
  "2026-12-02 07:03 +0000", """Boa tarde (ou bom dia),

Somos a tasca O Farol, em Peniche. Queria encomendar para sexta-feira:
robalo de linha 1-2 kg, 2 peças; dourada 300-400, 6 kg; ameijoa boa, 2 kg;
percebes 1,5 kg e 1 caixa de limas.

Morada: Largo da Ribeira d'Areia 2, 2520-000 Peniche.

Obrigado,
Zé Marques
""", exp("O Farol", [
    L("BAS-W12", 2, "PC", "robalo de linha 1-2 kg"),
    L("BRM-F34", 6, "KG", "dourada 300-400"),
    L("CLM-PAL", 2, "KG", "ameijoa boa"),
    L("PCB", 1.5, "KG", "percebes"),
    L("LIM-TAH4", 1, "CS", "caixa de limas"),
], req="2026-12-04", ship_to=ship(None, "Largo da Ribeira d'Areia 2", "Peniche", "2520-000", "PT")))

# ================= known customers, harder forms
D("e27_casaolvido_gmail", '"Javi Morcillo" <javi.morcillo.chef@gmail.com>', "urgente para mañana",
  "2026-12-10 23:55 +0100", """Hola, te escribo desde el móvil, mañana viernes necesito sin falta:

cuatro kilos de cigala 15/20
un rodaballo salvaje de 3-4 kg
medio kilo de huevas? no, olvídalo
2 kg de vieira sin coral 10/20
6 manojos de estragón

Gracias!!
Javi - Restaurante Casa Olvido

Enviado desde mi iPhone
""", exp(cname("C1001"), [
    L("LNG-1520", 4, "KG", "cigala 15/20"),
    L("TRB-W34", 1, "PC", "rodaballo salvaje de 3-4 kg"),
    L("SCA-M1020", 2, "KG", "vieira sin coral 10/20"),
    L("HRB-TARR", 6, "BN", "estragón"),
], req="2026-12-11"))

D("e28_harbourside_correction", '"Leo Marsh" <leo.marsh@harboursidehotels.co.uk>',
  "Re: HHG-PO-77164 Harbourside Southwark", "2026-12-09 06:20 +0000", """Hi,

Make that 6 not 4 on the turbot please, and drop the chives altogether. Everything else as below.

Leo

On Tue, 8 Dec 2026 at 17:02, Leo Marsh <leo.marsh@harboursidehotels.co.uk> wrote:
> PO HHG-PO-77164 - Harbourside Southwark - delivery Thu 10/12 AM
> Goods in: Central Kitchen, 2 Mercer Yard, London SE1 9QT
>
> 4 x turbot 2-3kg (whole fish)
> 8kg monkfish tails 1-2kg
> 5kg squid tubes U5
> 2 x 4kg limes
> 12 bunches chives
> 10 bunches coriander
""", exp(cname("C1019"), [
    L("TRB-F23", 6, "PC", "turbot 2-3kg (whole fish)"),
    L("MNK-T12", 8, "KG", "monkfish tails 1-2kg"),
    L("SQD-TUB", 5, "KG", "squid tubes U5"),
    L("LIM-TAH4", 2, "CS", "4kg limes"),
    L("HRB-CORI", 10, "BN", "coriander"),
], po="HHG-PO-77164", req="2026-12-10",
    ship_to=ship("Central Kitchen", "2 Mercer Yard", "London", "SE1 9QT", "GB")))

D("e29_anchorgull_addon", '"Declan Hurley" <declan@anchorandgull.ie>', "Re: order for Wed",
  "2026-12-08 07:05 +0000", """Can you add 2kg samphire and a tray of shiso cress to tomorrow's delivery? Thanks
D

> On 7 Dec 2026, at 06:58, Declan Hurley <declan@anchorandgull.ie> wrote:
> 3 doz rock oysters no.2
> 5kg mussels (rope)
""", exp(cname("C1017"), [
    L("SAM-FR", 2, "KG", "samphire"),
    L("MCR-SHIS", 1, "EA", "shiso cress"),
], req="2026-12-09"))

D("e30_pearcelowe_table", '"Pearce & Lowe" <orders@pearcelowe.co.uk>', "Order PL-4471 Tues",
  "2026-12-14 05:05 +0000", """Morning, order PL-4471 for Tuesday 15/12 please.

Qty\tUnit\tProduct\tSize
22,6\tkg\tSalmon whole gutted\t4-5kg
2\tfish\tHalibut whole\t5-8kg
8\tkg\tCod whole line caught\t2-4kg
4\tkg\tRed mullet\t150-250g
3\tkg\tJohn Dory\t1-2kg
60\tpcs\tKing scallops in shell\t
2\tcase\tPink grapefruit\t7kg

Thanks, Rob Lowe
""", exp(cname("C1020"), [
    L("SAL-W45", 22.6, "KG", "Salmon whole gutted 4-5kg"),
    L("HAL-W58", 2, "PC", "Halibut whole 5-8kg"),
    L("COD-W24", 8, "KG", "Cod whole line caught 2-4kg"),
    L("RMU-W", 4, "KG", "Red mullet 150-250g"),
    L("JDY-W12", 3, "KG", "John Dory 1-2kg"),
    L("SCA-SH", 60, "PC", "King scallops in shell"),
    L("GRF-PNK", 2, "CS", "Pink grapefruit 7kg"),
], po="PL-4471", req="2026-12-15"))

D("e31_finnegans_prose", '"Aoife Finnegan" <aoife@finnegansfish.ie>', "couple of bits for Thursday",
  "2026-12-08 20:10 +0000", """Hi Marieke,

Couple of bits for Thursday morning if you can: a dozen and a half live lobsters - no sorry, make
it a dozen, the small Canadians (500-600). Half a kilo of kaffir lime leaves, no I mean 5 packs.
Ten kilos of monkfish tails, the bigger ones 2-4, and twenty kilos of Galician mussels.

Aoife
Finnegan's Fish Counter, Galway
""", exp(cname("C1018"), [
    L("LOB-CAN56", 12, "PC", "live lobsters small Canadians (500-600)"),
    L("LIM-LEAF", 5, "PK", "kaffir lime leaves packs"),
    L("MNK-T24", 10, "KG", "monkfish tails 2-4"),
    L("MUS-GAL", 20, "KG", "Galician mussels"),
], req="2026-12-10"))

D("e32_miravalle_english", '"Chef Owen Reyes" <owen.reyes@hotelmiravalle-bcn.com>',
  "Banquet 12/12 - fish order", "2026-12-09 10:12 +0100", """Hello,

For the banquet on Saturday 12 December we need delivery on Friday 11/12 by 7am, usual dock.
PO number: BQ-1212 (economato will send the formal copy).

- Yellowfin tuna loin AAA (sashimi) 6 kg
- Bluefin loin 2 kg
- Salmon portions 200g skin on 10kg
- Vannamei peeled tail-on 16/20: 8 kg
- Avocados Hass cal 22 x 3 cases
- Ginger 1,5 kg
- Daikon cress 10 punnets

Thanks,
Owen Reyes, Executive Chef
""", exp(cname("C1003"), [
    L("TUN-YF-AAA", 6, "KG", "Yellowfin tuna loin AAA (sashimi)"),
    L("TUN-BF", 2, "KG", "Bluefin loin"),
    L("SAL-POR-200", 10, "KG", "Salmon portions 200g skin on"),
    L("PRW-VN1620", 8, "KG", "Vannamei peeled tail-on 16/20"),
    L("AVO-HAS22", 3, "CS", "Avocados Hass cal 22"),
    L("GNG", 1.5, "KG", "Ginger"),
    L("MCR-DAIK", 10, "EA", "Daikon cress punnets"),
], po="BQ-1212", req="2026-12-11"))

D("e33_kranichhof_korrektur", '"Jana Petersen" <einkauf@kranichhof-hotel.de>', "AW: Bestellung Nr. B-7759",
  "2026-12-10 07:02 +0100", """Guten Morgen,

Korrektur zur Bestellung B-7759: bitte 6 statt 4 Kisten Limetten. Die Heilbutt-Position bleibt
bei 3,8 kg. Lieferung wie besprochen Samstag 12.12. früh.

Danke und Gruß
Jana Petersen

-----Ursprüngliche Nachricht-----
Von: Jana Petersen <einkauf@kranichhof-hotel.de>
Gesendet: Mittwoch, 9. Dezember 2026 15:31
An: orders@keelhaven-fresh.eu
Betreff: Bestellung Nr. B-7759

Bestellnummer B-7759 vom 09.12.2026, Lieferung 12.12.2026

3,8 kg   Heilbuttfilet mit Haut
4 Kisten Limetten 4 kg
6 kg     Gelbflossen-Thun Loin AA
10 Bund  Schnittlauch
2 Kisten Kirschtomaten Rispe 3 kg
""", exp(cname("C1013"), [
    L("HAL-FIL", 3.8, "KG", "Heilbuttfilet mit Haut"),
    L("LIM-TAH4", 6, "CS", "Limetten 4 kg"),
    L("TUN-YF-AA", 6, "KG", "Gelbflossen-Thun Loin AA"),
    L("HRB-CHIV", 10, "BN", "Schnittlauch"),
    L("TOM-CHV3", 2, "CS", "Kirschtomaten Rispe 3 kg"),
], po="B-7759", order_date="2026-12-09", req="2026-12-12"))

D("e34_havtorn_english", '"Mikkel Brandt" <koekken@havtorn-kbh.dk>', "order fri",
  "2026-12-09 06:33 +0100", """Hi Keelhaven

for Friday morning pls
- 20 pcs sea urchins
- 2,4 kg arctic char fillets
- 1 bag banana shallots 5kg
- potted basil 6
- bronze fennel 5 bunches
- 3 kg sea aster

/Mikkel, Havtorn
""", exp(cname("C1015"), [
    L("URC", 20, "PC", "sea urchins"),
    L("CHR-FIL", 2.4, "KG", "arctic char fillets"),
    L("SHA-BAN", 1, "BG", "banana shallots 5kg"),
    L("HRB-BASL-PT", 6, "EA", "potted basil"),
    L("HRB-FENN", 5, "BN", "bronze fennel"),
    L("SEA-AST", 3, "KG", "sea aster"),
], req="2026-12-11"))

D("e35_quaidore_pieces", '"Aurélien Gastaud" <chef@lequaidore.fr>', "commande samedi + dimanche",
  "2026-12-10 05:40 +0100", """Bonjour,

Livraison samedi 12 au matin, pour le week-end :
3 homards bleus 600-800 (pièces)
2 douzaines d'huîtres irlandaises n°2
Rougets 150/250 : 4 kg
Lotte entière 3-5 kg : une pièce
Pommes de terre grenaille 10 kg
1 botte de thym, 1 de romarin
4 sachets d'aneth 250 g

Merci, Aurélien
""", exp(cname("C1006"), [
    L("LOB-EUR68", 3, "PC", "homards bleus 600-800"),
    L("OYS-IRR2", 2, "DZ", "huîtres irlandaises n°2"),
    L("RMU-W", 4, "KG", "Rougets 150/250"),
    L("MNK-W35", 1, "PC", "Lotte entière 3-5 kg"),
    L("POT-NEW", 10, "KG", "Pommes de terre grenaille"),
    L("HRB-THYM", 1, "BN", "thym"),
    L("HRB-ROSE", 1, "BN", "romarin"),
    L("HRB-DILL250", 4, "PK", "sachets d'aneth 250 g"),
], req="2026-12-12"))

D("e36_zoutezicht_quick", '"Sanne de Roos" <inkoop@zoutezicht.nl>', "nog even erbij",
  "2026-12-09 08:48 +0100", """Kan er morgen nog bij:
4 kg zwaardvis loin (graag 2 stukken)
1 doos Verna citroenen 5 kg
6 bos munt
thanks! Sanne
""", exp(cname("C1011"), [
    L("SWD-LOIN", 4, "KG", "zwaardvis loins"),
    L("LEM-VER5", 1, "CS", "Verna citroenen 5 kg"),
    L("HRB-MINT", 6, "BN", "munt"),
], req="2026-12-10"))

D("e37_casaolvido_corrijo", '"Javier Morcillo" <cocina@casaolvido.es>', "RE: pedido sábado",
  "2026-12-11 06:01 +0100", """Corrijo: no son 4 sino 6 kg de merluza de pincho. Lo demás igual.

Javi

De: Javier Morcillo <cocina@casaolvido.es>
Enviado: jueves, 10 de diciembre de 2026 22:47
Para: orders@keelhaven-fresh.eu
Asunto: pedido sábado

Para el sábado:
merluza de pincho 1-2 kg  4 kg
lomo de bacalao con piel 5 kg
salmonetes 3 kg
gamba roja 1 kg
2 cajas aguacate hass calibre 18
""", exp(cname("C1001"), [
    L("HAK-PIN12", 6, "KG", "merluza de pincho 1-2 kg"),
    L("COD-LOIN-SK", 5, "KG", "lomo de bacalao con piel"),
    L("RMU-W", 3, "KG", "salmonetes"),
    L("PRW-RED2030", 1, "KG", "gamba roja"),
    L("AVO-HAS18", 2, "CS", "aguacate hass calibre 18"),
], req="2026-12-12"))

D("e38_aalbaek_liste", '"Fiskehuset Aalbæk" <ordre@fiskehuset-aalbaek.dk>', "Ordre nr. 55140",
  "2026-12-10 05:25 +0100", """Hej

Ordre nr. 55140 til levering lørdag 12/12:

10 kg makrel
8 kg sild?? -> nej, 3 bakker matjes
5 kg blæksprutte 300-500 (calamar)
2 stk. levende taskekrabbe, ca. 1 kg stk.
20 kg blåmuslinger reb (5 kg sække)
1 pose flagis

Mvh Jens
""", exp(cname("C1016"), [
    L("MAC-W", 10, "KG", "makrel"),
    L("HER-MAT10", 3, "TR", "bakker matjes"),
    L("SQD-W35", 5, "KG", "blæksprutte 300-500 (calamar)"),
    L("CRB-BRN-L", 2, "PC", "levende taskekrabbe"),
    L("MUS-ROPE", 20, "KG", "blåmuslinger reb (5 kg sække)"),
    L("ICE-FLK20", 1, "BG", "flagis"),
], po="55140", req="2026-12-12"))

D("e39_rocha_tabela", '"Peixaria Rocha & Filhos" <encomendas@rochafilhos.pt>', "Encomenda ER-3402",
  "2026-12-09 05:12 +0000", """Bom dia,
Segue encomenda ER-3402 (09/12/2026), entrega 5.ª feira 10/12.

Artigo                     | Qtd  | Un
Espadarte lombo            | 7,5  | kg
Salmão inteiro 5-6 kg      | 4    | un
Lulas 300-500              | 6    | kg
Choco                      | 8    | kg
Navalhas                   | 2    | kg
Camarão cozido 90/120      | 5    | kg
Alho (saco 5 kg)           | 1    | saco

Obg
Manuel
""", exp(cname("C1005"), [
    L("SWD-LOIN", 7.5, "KG", "Espadarte lombo"),
    L("SAL-W56", 4, "PC", "Salmão inteiro 5-6 kg"),
    L("SQD-W35", 6, "KG", "Lulas 300-500"),
    L("CUT-W", 8, "KG", "Choco"),
    L("CLM-RAZ", 2, "KG", "Navalhas"),
    L("PRW-CW-CK", 5, "KG", "Camarão cozido 90/120"),
    L("GAR-W", 1, "BG", "Alho (saco 5 kg)"),
], po="ER-3402", order_date="2026-12-09", req="2026-12-10"))

D("e40_scheveldam_forward_owner", '"Marloes Scheveldam" <marloes@vishuis-scheveldam.nl>',
  "FW: bestelling kerst", "2026-12-14 06:10 +0100", """Hierbij de bestelling van Dirk, graag bevestigen. Levering woensdag 16 december.

Marloes

Van: Dirk Scheveldam
Verzonden: zondag 13 december 2026 19:02
Aan: Marloes Scheveldam
Onderwerp: bestelling kerst

- zalmfilet zonder vel 1-2 kg: 18 kg
- gerookte zalm voorgesneden: 6 zijdes (ca. 7 kg)
- kabeljauwfilet met vel 12 kg
- tijgergarnalen 21/25 10 doosjes van 1 kg
- oesters fine de claire 3, kistje van 24: 4 kistjes
- 2 dozen limoenen
""", exp(cname("C1012"), [
    L("SAL-F12-SL", 18, "KG", "zalmfilet zonder vel 1-2 kg"),
    L("SAL-SMK-PS", 6, "PC", "gerookte zalm voorgesneden zijdes"),
    L("COD-FIL-SK", 12, "KG", "kabeljauwfilet met vel"),
    L("PRW-BT2125", 10, "BX", "tijgergarnalen 21/25 doosjes van 1 kg"),
    L("OYS-FDC3-24", 4, "BX", "oesters fine de claire 3, kistje van 24"),
    L("LIM-TAH4", 2, "CS", "dozen limoenen"),
], req="2026-12-16"))

D("e41_lemarchal_prix", '"Poissonnerie Lemarchal" <commandes@poissonnerie-lemarchal.fr>',
  "Commande n° 2026-588", "2026-12-14 04:40 +0100", """Bonjour,

Commande n° 2026-588 pour mercredi 16/12 (prix selon votre offre du 11/12) :

Turbot sauvage 3/4 kg - 2 pièces - 32,00 €/kg
Sole n°2 (400/500) - 10 kg - 27,50 €/kg
Bar élevage 600/800 - 12 kg - 11,50 €/kg
Barbue 1/2 kg - 6 kg - 18,00 €/kg
Raie (ailes) - 5 kg - 14,00 €/kg
Araignées vivantes - 6 kg - 13,50 €/kg

Sylvie Lemarchal
""", exp(cname("C1007"), [
    L("TRB-W34", 2, "PC", "Turbot sauvage 3/4 kg", price=32.00),
    L("SOL-D45", 10, "KG", "Sole n°2 (400/500)", price=27.50),
    L("BAS-F68", 12, "KG", "Bar élevage 600/800", price=11.50),
    L("BRL-W12", 6, "KG", "Barbue 1/2 kg", price=18.00),
    L("SKT-WNG", 5, "KG", "Raie (ailes)", price=14.00),
    L("CRB-SPD", 6, "KG", "Araignées vivantes", price=13.50),
], po="2026-588", req="2026-12-16", currency="EUR"))

D("e42_goudenankers_fr_bxl", '"De Gouden Ankers" <keuken@goudenankers.be>', "Bestelling vrijdag / commande vendredi",
  "2026-12-09 06:50 +0100", """Hallo / Bonjour,

Voor vrijdag 11/12 graag (onze nieuwe souschef schrijft in het Frans, sorry):

- 30 kg moules Zélande super
- 4 kg filets de bar
- 2 kg langoustines 10/15
- 6 kg cabillaud entier (ligne) 2-4 kg
- 5 bottes persil frisé
- 2 caisses citrons Primofiori 15 kg

Merci / bedankt,
Pieter-Jan
""", exp(cname("C1009"), [
    L("MUS-ZLD-S", 30, "KG", "moules Zélande super"),
    L("BAS-FIL", 4, "KG", "filets de bar"),
    L("LNG-1015", 2, "KG", "langoustines 10/15"),
    L("COD-W24", 6, "KG", "cabillaud entier (ligne) 2-4 kg"),
    L("HRB-PARS-CU", 5, "BN", "persil frisé"),
    L("LEM-PRI15", 2, "CS", "citrons Primofiori 15 kg"),
], req="2026-12-11"))
