"""Plain-body order emails (42)."""
from common import L, exp, ST, make_eml

CK = "The Copper Kettle Café"
HV = "Harbourview Hotels Ltd"
AS = "Ashgrove Learning Trust"


def build():
    # 01 terse, UK cafe
    make_eml("e01_copperkettle_terse", ("Jenny Marsh", "jenny@copperkettle-cafe.co.uk"), "order",
             "Mon, 23 Nov 2026 07:42:10 +0000",
             """Hi, can we get for Thursday:

2 x chunky chips 2.5s
1 x garden peas 2.5kg
3 ctn butter croissants (60)
2 vanilla 5L
1 choc 5L

Thanks
Jenny
""",
             exp(CK, None, None, False, [
                 L("FZC-CH14-4X25", "chunky chips 2.5s", 2, "CS"),
                 L("FZV-PEA-4X25", "garden peas 2.5kg", 1, "CS"),
                 L("FZP-CRB-060", "butter croissants (60)", 3, "CS"),
                 L("ICT-VAN-50", "vanilla 5L", 2, "EA"),
                 L("ICT-CHO-50", "choc 5L", 1, "EA")]))

    # 02 hotel group, pasted table with our codes
    make_eml("e02_harbourview_table", ("Oliver Grant", "oliver.grant@harbourview-hotels.co.uk"),
             "PO HV-26-0912 - Brighton", "Tue, 24 Nov 2026 10:05:33 +0000",
             """Good morning,

Please supply the below for delivery on 01/12/2026, AM slot (06:00-09:00) please. We are tight on
freezer space this week so nothing before that slot.

PO: HV-26-0912

Code\tDescription\tQty\tUnit
FZF-HAD-170-5\tHaddock SKBL 170-200\t4\tcase
FZF-SAL-150-32\tSalmon skinless 150g\t2\tcase
FZD-NYC-16\tNY cheesecake\t6\teach
FZD-STP-I24\tSTP individual\t3\tctn
ICT-SCA-50\tSalted caramel 5L\t4\ttub
FZP-PAC-120\tPain au choc x120\t2\tctn

Deliver to: The Harbourview Brighton, 88 Kingsway Parade, Hove BN3 2WQ (goods in at the rear)

Kind regards
Oliver Grant
Group Purchasing, Harbourview Hotels Ltd
""",
             exp(HV, "HV-26-0912", None, "2026-12-01", [
                 L("FZF-HAD-170-5", "Haddock SKBL 170-200", 4, "CS"),
                 L("FZF-SAL-150-32", "Salmon skinless 150g", 2, "CS"),
                 L("FZD-NYC-16", "NY cheesecake", 6, "EA"),
                 L("FZD-STP-I24", "STP individual", 3, "CS"),
                 L("ICT-SCA-50", "Salted caramel 5L", 4, "EA"),
                 L("FZP-PAC-120", "Pain au choc x120", 2, "CS")],
                 ship_to=ST("The Harbourview Brighton", "88 Kingsway Parade", "Hove", "BN3 2WQ")))

    # 03 school kitchen, chatty with word quantities
    make_eml("e03_ashgrove_prose", ("Dawn Fletcher", "d.fletcher@ashgrovetrust.org.uk"),
             "Order for Ashgrove Primary - PO 4410-ASH-0331", "Wed, 25 Nov 2026 08:15:00 +0000",
             """Morning team,

Could we have the following delivered to Ashgrove Primary next Tuesday please - the kitchen is open
from 7.30 and the freezer will be emptied out by then.

Ten cases of fish fingers (the 25g ones, 200 in a box), six cases of the 2oz beef burgers, four cases
of garden peas in the 10 x 1kg bags, three cases of sweetcorn, and twelve boxes of the Milky Mini
lollies for the Christmas fair. Oh and two trays of apple crumble for the staff lunch.

Our PO number is 4410-ASH-0331.

Delivery address:
Ashgrove Primary School
Fellside Road
Bramley
Leeds LS13 4PZ

Many thanks,
Dawn Fletcher
Catering Manager, Ashgrove Learning Trust
""",
             exp(AS, "4410-ASH-0331", None, False, [
                 L("FZF-FFG-25-200", "fish fingers (the 25g ones, 200 in a box)", 10, "CS"),
                 L("FZB-B057-100", "2oz beef burgers", 6, "CS"),
                 L("FZV-PEA-10X1", "garden peas in the 10 x 1kg bags", 4, "CS"),
                 L("FZV-SWC-4X25", "sweetcorn", 3, "CS"),
                 L("ICL-MMI-48", "Milky Mini lollies", 12, "BX"),
                 L("FZD-APC-12", "apple crumble", 2, "EA")],
                 ship_to=ST("Ashgrove Primary School", "Fellside Road", "Leeds", "LS13 4PZ")))

    # 04 French brasserie
    make_eml("e04_petitmoulin_fr", ("Camille Roussel", "c.roussel@petitmoulin-lyon.fr"),
             "Commande PM-2026-118", "Thu, 26 Nov 2026 14:22:08 +0100",
             """Bonjour,

Merci de nous livrer pour mercredi 2 décembre :

- 5 cartons de frites allumettes 7 mm (4x2,5 kg)
- 3 cartons pains au chocolat 75g (carton de 60)
- 2 cartons croissants au beurre x120
- 4 bacs glace vanille 5 L
- 2 bacs sorbet citron 2,5 L
- 1 carton de haricots verts extra-fins entiers

Bon de commande n° PM-2026-118

Cordialement,
Camille Roussel
Brasserie Le Petit Moulin
""",
             exp("Brasserie Le Petit Moulin", "PM-2026-118", None, "2026-12-02", [
                 L("FZC-SS07-4X25", "frites allumettes 7 mm (4x2,5 kg)", 5, "CS"),
                 L("FZP-PAC-060", "pains au chocolat 75g (carton de 60)", 3, "CS"),
                 L("FZP-CRB-120", "croissants au beurre x120", 2, "CS"),
                 L("ICT-VAN-50", "glace vanille 5 L", 4, "EA"),
                 L("ICT-SLE-25", "sorbet citron 2,5 L", 2, "EA"),
                 L("FZV-GBW-4X25", "haricots verts extra-fins entiers", 1, "CS")]))

    # 05 reply with correction to 01
    make_eml("e05_copperkettle_correction", ("Jenny Marsh", "jenny@copperkettle-cafe.co.uk"), "Re: order",
             "Mon, 23 Nov 2026 11:03:51 +0000",
             """Sorry, Jenny again - make the chunky chips 4 not 2, and can you add 2 x mint choc chip 2.5L.
Rest as before. Thanks!

On Mon, 23 Nov 2026 at 07:42, Jenny Marsh <jenny@copperkettle-cafe.co.uk> wrote:
> Hi, can we get for Thursday:
>
> 2 x chunky chips 2.5s
> 1 x garden peas 2.5kg
> 3 ctn butter croissants (60)
> 2 vanilla 5L
> 1 choc 5L
>
> Thanks
> Jenny
""",
             exp(CK, None, None, False, [
                 L("FZC-CH14-4X25", "chunky chips 2.5s", 4, "CS"),
                 L("FZV-PEA-4X25", "garden peas 2.5kg", 1, "CS"),
                 L("FZP-CRB-060", "butter croissants (60)", 3, "CS"),
                 L("ICT-VAN-50", "vanilla 5L", 2, "EA"),
                 L("ICT-CHO-50", "choc 5L", 1, "EA"),
                 L("ICT-MCC-25", "mint choc chip 2.5L", 2, "EA")]),
             reply_to_id="a1b2c3d4e5f6a7b8c9d0@copperkettle-cafe.co.uk")

    # 06 Dutch cafe
    make_eml("e06_zonnebloem_nl", ("Sanne de Vries", "sanne@cafezonnebloem.nl"), "bestelling vrijdag",
             "Tue, 01 Dec 2026 16:40:12 +0100",
             """Hoi,

Bestelling voor vrijdag 04-12:

6 doos mini croissants (180 st)
2 doos pain au chocolat mini
3x aardbeien ijs 2,5 ltr
3x stracciatella 2,5 ltr
2 dozen Deense mix mini
1 doos muffins blauwe bes

Leveren via de achteringang, Kromme Wilgstraat 18, Utrecht. Onze vriezer is klein dus graag niet
meer dan dit.

Groet,
Sanne
Café Zonnebloem
""",
             exp("Café Zonnebloem", None, None, "2026-12-04", [
                 L("FZP-CRM-180", "mini croissants (180 st)", 6, "BX"),
                 L("FZP-PACM-150", "pain au chocolat mini", 2, "BX"),
                 L("ICT-STR-25", "aardbeien ijs 2,5 ltr", 3, "EA"),
                 L("ICT-STC-25", "stracciatella 2,5 ltr", 3, "EA"),
                 L("FZP-DANM-120", "Deense mix mini", 2, "BX"),
                 L("FZP-MUF-024B", "muffins blauwe bes", 1, "BX")],
                 ship_to=ST(street="Kromme Wilgstraat 18", city="Utrecht")))

    # 07 German Gasthaus, numbered positions
    make_eml("e07_lindenhof_de", ("Jürgen Albers", "albers@gasthaus-lindenhof-harz.de"),
             "Bestellung LH-4471", "Fri, 27 Nov 2026 09:12:45 +0100",
             """Sehr geehrte Damen und Herren,

hiermit bestellen wir zur Lieferung am 03.12.2026:

Pos.  Menge      Artikel
1     4 Kart.    Steakhouse Pommes 18mm
2     2 Kart.    Rinderburger 170g (32 St.)
3     3 Kart.    Kabeljau Filet 170-200 g
4     6 Stk.     Schwarzwälder Kirschtorte 14 Stück
5     2 Kart.    Rosenkohl

Bestellnummer: LH-4471

Mit freundlichen Grüßen
Jürgen Albers
Gasthaus Lindenhof
Am Lindenplatz 3
38640 Goslar
""",
             exp("Gasthaus Lindenhof", "LH-4471", None, "2026-12-03", [
                 L("FZC-SH18-4X25", "Steakhouse Pommes 18mm", 4, "CS"),
                 L("FZB-B170-32", "Rinderburger 170g (32 St.)", 2, "CS"),
                 L("FZF-COD-170-5", "Kabeljau Filet 170-200 g", 3, "CS"),
                 L("FZD-BKF-14", "Schwarzwälder Kirschtorte 14 Stück", 6, "EA"),
                 L("FZV-SPR-4X25", "Rosenkohl", 2, "CS")]))

    # 08 German school caterer, own article numbers
    make_eml("e08_nordhafen_de_table", ("Birte Thomsen", "b.thomsen@nordhafen-sv.de"),
             "Bestellung KW 50 / 2026-11-5521", "Fri, 27 Nov 2026 13:30:00 +0100",
             """Guten Tag,

anbei unsere Bestellung KW 50.

Bestell-Nr.: 2026-11-5521 vom 27.11.2026
Lieferanschrift: Grundschule Am Deich, Deichstraße 40, 24148 Kiel (Küche, Hintereingang)
Liefertermin: 08.12.2026, Anlieferung 6:30-8:00 Uhr

Unsere Art.-Nr. | Bezeichnung                   | Menge | Einheit
NSV-1102        | Fischstäbchen 25g (200 St.)   | 12    | Karton
NSV-1240        | Erbsen 10x1kg                 | 5     | Karton
NSV-1311        | Kartoffel Wedges gewürzt      | 6     | Karton
NSV-1460        | Brokkoli Röschen 10x1kg       | 4     | Karton
NSV-2010        | Veggie Burger (Bohnen) 113g   | 3     | Karton
NSV-3001        | Eis Schoko 5L                 | 2     | Stück

Mit freundlichen Grüßen
Birte Thomsen
Nordhafen Schulverpflegung GmbH - Einkauf
""",
             exp("Nordhafen Schulverpflegung GmbH", "2026-11-5521", "2026-11-27", "2026-12-08", [
                 L("FZF-FFG-25-200", "Fischstäbchen 25g (200 St.)", 12, "CS", part="NSV-1102"),
                 L("FZV-PEA-10X1", "Erbsen 10x1kg", 5, "CS", part="NSV-1240"),
                 L("FZC-WDG-4X25", "Kartoffel Wedges gewürzt", 6, "CS", part="NSV-1311"),
                 L("FZV-BRF-10X1", "Brokkoli Röschen 10x1kg", 4, "CS", part="NSV-1460"),
                 L("FZB-BEA-113-36", "Veggie Burger (Bohnen) 113g", 3, "CS", part="NSV-2010"),
                 L("ICT-CHO-50", "Eis Schoko 5L", 2, "EA", part="NSV-3001")],
                 ship_to=ST("Grundschule Am Deich", "Deichstraße 40", "Kiel", "24148")))

    # 09 Danish cafe
    make_eml("e09_havblik_da", ("Mette Kjær", "mette@cafehavblik.dk"), "Bestilling HB-0977",
             "Mon, 30 Nov 2026 10:10:10 +0100",
             """Hej Frostwick,

Vi vil gerne bestille til levering torsdag d. 10/12:

- 4 ks. pommes frites 10 mm (4x2,5 kg)
- 2 ks. søde kartofler fritter 9mm 4x2,5
- 3 ks. laksefilet m. skind 125 g
- 8 baljer vaniljeis 2,5 l
- 4 baljer jordbæris 2,5 l
- 2 kasser raketis (40 stk)

Vores ordrenr.: HB-0977

Mvh
Mette Kjær
Café Havblik
""",
             exp("Café Havblik", "HB-0977", None, "2026-12-10", [
                 L("FZC-SC10-4X25", "pommes frites 10 mm (4x2,5 kg)", 4, "CS"),
                 L("FZC-SP09-4X25", "søde kartofler fritter 9mm 4x2,5", 2, "CS"),
                 L("FZF-SAL-125-40", "laksefilet m. skind 125 g", 3, "CS"),
                 L("ICT-VAN-25", "vaniljeis 2,5 l", 8, "EA"),
                 L("ICT-STR-25", "jordbæris 2,5 l", 4, "EA"),
                 L("ICL-RKT-40", "raketis (40 stk)", 2, "BX")]))

    # 10 Swedish restaurant
    make_eml("e10_bjorkudden_sv", ("Erik Lindqvist", "erik@bjorkudden-krog.se"), "Beställning 55120",
             "Tue, 01 Dec 2026 08:01:00 +0100",
             """Hej!

Beställning:
3 kartonger hamburgare 113 g (48 st)
2 kartonger vegoburgare (växtbaserad) 113 g
5 kartonger pommes chunky 14 mm, 2x5 kg
1 kartong skalade räkor 6x1 kg
6 st chokladfudgetårta

Leverans fredag 11 december, helst före kl 10.
Ordernummer 55120

/Erik Lindqvist, köksmästare
Restaurang Björkudden
""",
             exp("Restaurang Björkudden", "55120", None, "2026-12-11", [
                 L("FZB-B113-48", "hamburgare 113 g (48 st)", 3, "CS"),
                 L("FZB-VEG-113-48", "vegoburgare (växtbaserad) 113 g", 2, "CS"),
                 L("FZC-CH14-2X5", "pommes chunky 14 mm, 2x5 kg", 5, "CS"),
                 L("FZF-PRW-6X1", "skalade räkor 6x1 kg", 1, "CS"),
                 L("FZD-CFC-14", "chokladfudgetårta", 6, "EA")]))

    # 11 Finnish cafe
    make_eml("e11_tuulenpesa_fi", ("Aino Heikkinen", "aino@tuulenpesa-kahvila.fi"), "Tilaus 2026-311",
             "Wed, 02 Dec 2026 12:12:00 +0200",
             """Hei,

tilaisimme seuraavat, toimitus ti 8.12.:

- voicroissant 70 g, 2 ltk (60 kpl/ltk)
- kanelikierre 95 g, 3 ltk
- mustikkamuffinssi 2 ltk
- vaniljajäätelö 5 l, 3 kpl
- mansikkajäätelö 5 l, 2 kpl

Tilausnumero 2026-311

Terveisin,
Aino Heikkinen
Kahvila Tuulenpesä
""",
             exp("Kahvila Tuulenpesä", "2026-311", None, "2026-12-08", [
                 L("FZP-CRB-060", "voicroissant 70 g (60 kpl/ltk)", 2, "CS"),
                 L("FZP-CIN-048", "kanelikierre 95 g", 3, "CS"),
                 L("FZP-MUF-024B", "mustikkamuffinssi", 2, "CS"),
                 L("ICT-VAN-50", "vaniljajäätelö 5 l", 3, "EA"),
                 L("ICT-STR-50", "mansikkajäätelö 5 l", 2, "EA")]))

    # 12 Polish bistro, one item not in catalog
    make_eml("e12_podlipami_pl", ("Katarzyna Nowak", "k.nowak@podlipami-bistro.pl"),
             "Zamówienie ZAM/2026/12/004", "Thu, 03 Dec 2026 09:45:00 +0100",
             """Dzień dobry,

proszę o dostawę na piątek 11.12.2026:

1. Frytki karbowane 12 mm - 4 kartony
2. Pierogi ruskie 2 kg - 3 opak.
3. Filet z dorsza 140-170 g - 2 kartony
4. Lody waniliowe 5 l - 2 szt.
5. Sernik nowojorski - 3 szt.

Nr zamówienia: ZAM/2026/12/004

Pozdrawiam
Katarzyna Nowak
Bistro Pod Lipami
""",
             exp("Bistro Pod Lipami", "ZAM/2026/12/004", None, "2026-12-11", [
                 L("FZC-CR12-4X25", "Frytki karbowane 12 mm", 4, "CS"),
                 L(None, "Pierogi ruskie 2 kg", 3, "PK"),
                 L("FZF-COD-140-5", "Filet z dorsza 140-170 g", 2, "CS"),
                 L("ICT-VAN-50", "Lody waniliowe 5 l", 2, "EA"),
                 L("FZD-NYC-16", "Sernik nowojorski", 3, "EA")]))

    # 13 Spanish cafeteria, shared size across a list
    make_eml("e13_labrisa_es", ("Lucía Romero", "lucia@labrisa-cafeteria.es"), "pedido lunes",
             "Thu, 03 Dec 2026 18:20:00 +0100",
             """Hola buenas,

os paso el pedido para el lunes 7/12:

10 cajas de patatas fritas 10mm
4 cajas de croissants de mantequilla de 60
3 cajas de napolitanas de chocolate (60 uds)
6 tarrinas de 5L de vainilla, 4 de chocolate y 2 de fresa
2 cajas de polos de naranja de 40

Pedido nº 1288

Gracias!
Lucía
Cafetería La Brisa
""",
             exp("Cafetería La Brisa", "1288", None, "2026-12-07", [
                 L("FZC-SC10-4X25", "patatas fritas 10mm", 10, "CS"),
                 L("FZP-CRB-060", "croissants de mantequilla de 60", 4, "CS"),
                 L("FZP-PAC-060", "napolitanas de chocolate (60 uds)", 3, "CS"),
                 L("ICT-VAN-50", "tarrinas de 5L de vainilla", 6, "EA"),
                 L("ICT-CHO-50", "5L chocolate", 4, "EA"),
                 L("ICT-STR-50", "5L fresa", 2, "EA"),
                 L("ICL-ORG-40", "polos de naranja de 40", 2, "BX")]))

    # 14 Spanish kiosk operator, quantity after the goods
    make_eml("e14_arenal_es", ("Javier Peris", "pedidos@arenal-kioscos.es"), "Pedido KA-26-340 quiosco 3",
             "Fri, 04 Dec 2026 08:30:00 +0100",
             """Buenos días,

Pedido para el quiosco nº 3:

- Polos de cola x40: 5 cajas
- Cohete (rocket), cajas de 24: 6
- Conos de vainilla: 4 cajas
- Conos de chocolate: 4 cajas
- Sándwich de helado: 3 cajas
- Strawberry split: 3 cajas

Entrega el miércoles 9 de diciembre antes de las 9:00 en:
Quiosco Arenal 3
Avenida de las Gaviotas 112
46024 València

Ref. pedido: KA-26-340
Un saludo,
Javier Peris - Kioscos Arenal S.L.
""",
             exp("Kioscos Arenal S.L.", "KA-26-340", None, "2026-12-09", [
                 L("ICL-COL-40", "Polos de cola x40", 5, "BX"),
                 L("ICL-RKT-24", "Cohete (rocket), cajas de 24", 6, "BX"),
                 L("ICL-CNV-24", "Conos de vainilla", 4, "BX"),
                 L("ICL-CNC-24", "Conos de chocolate", 4, "BX"),
                 L("ICL-SND-24", "Sándwich de helado", 3, "BX"),
                 L("ICL-STS-24", "Strawberry split", 3, "BX")],
                 ship_to=ST("Quiosco Arenal 3", "Avenida de las Gaviotas 112", "València", "46024")))

    # 15 Irish pub, prose
    make_eml("e15_gullanchor_prose", ("Ciarán Byrne", "ciaran@gullandanchor.ie"), "weekend order",
             "Tue, 08 Dec 2026 15:55:00 +0000",
             """Hi lads,

Hope all's well. Order for the weekend please, Friday 11th if you can:
battered cod 170-200, need 3 boxes. Chips - the steakhouse ones, 5 cases. Scampi, 2 cases of
the 6 x 1kg. Sticky toffee pud, the individual ones, 2 cartons. And a tub of the rum & raisin (5L).

Our ref GA/1143.

Cheers,
Ciarán
The Gull & Anchor, Howth
""",
             exp("The Gull & Anchor", "GA/1143", None, "2026-12-11", [
                 L("FZF-BCD-170-20", "battered cod 170-200", 3, "BX"),
                 L("FZC-SH18-4X25", "Chips - the steakhouse ones", 5, "CS"),
                 L("FZF-SCM-6X1", "Scampi 6 x 1kg", 2, "CS"),
                 L("FZD-STP-I24", "Sticky toffee pud, the individual ones", 2, "CS"),
                 L("ICT-RMR-50", "rum & raisin (5L)", 1, "EA")]))

    # 16 vending operator with both codes
    make_eml("e16_snowpoint_codes", ("Gareth Pryce", "purchasing@snowpoint-vending.co.uk"),
             "PO SNP-008812", "Mon, 30 Nov 2026 09:00:00 +0000",
             """PO SNP-008812 dated 30/11/2026

Deliver: SnowPoint Vending Ltd, Unit 4 Brackley Trade Park, Milton Keynes, MK5 8FT
Booked slot: Thu 03/12/2026 13:00-14:00 (bay 2). Please call 20 mins ahead.

Our ref    / Your code   / Desc             / Boxes
SP-ICE-01  / ICL-ORG-40  / orange lolly     / 20
SP-ICE-02  / ICL-RKT-40  / rocket           / 20
SP-ICE-05  / ICL-TWF-30  / twister          / 15
SP-ICE-09  / ICL-CHI-24  / choc ice         / 10
SP-ICE-11  / ICL-FZP-100 / freezepops       / 8

Gareth Pryce
SnowPoint Vending Ltd
""",
             exp("SnowPoint Vending Ltd", "SNP-008812", "2026-11-30", "2026-12-03", [
                 L("ICL-ORG-40", "orange lolly", 20, "BX", part="SP-ICE-01"),
                 L("ICL-RKT-40", "rocket", 20, "BX", part="SP-ICE-02"),
                 L("ICL-TWF-30", "twister", 15, "BX", part="SP-ICE-05"),
                 L("ICL-CHI-24", "choc ice", 10, "BX", part="SP-ICE-09"),
                 L("ICL-FZP-100", "freezepops", 8, "BX", part="SP-ICE-11")],
                 ship_to=ST("SnowPoint Vending Ltd", "Unit 4 Brackley Trade Park", "Milton Keynes", "MK5 8FT")))

    # 17 pizza shop, abbreviations
    make_eml("e17_riverside_pizza", ("Declan Walsh", "declan@riversidepizza.ie"), "order RP-3391",
             "Thu, 03 Dec 2026 21:14:00 +0000",
             """Order pls:

12" bases plain x 10 ctns
10" sauced x 6 ctns
GF 10 inch x 2 ctns
dough balls 250g x 4
14 inch x 3 ctn

Delivery Tues 8/12 to the Cork shop. PO RP-3391

Cheers
Declan
""",
             exp("Riverside Pizza Co.", "RP-3391", None, "2026-12-08", [
                 L("FZZ-B12-20", "12\" bases plain", 10, "CS"),
                 L("FZZ-S10-24", "10\" sauced", 6, "CS"),
                 L("FZZ-GF10-12", "GF 10 inch", 2, "CS"),
                 L("FZZ-DB250-40", "dough balls 250g", 4, "CS"),
                 L("FZZ-B14-15", "14 inch", 3, "CS")]))

    # 18 German hotel, forwarded from the kitchen
    make_eml("e18_nordlicht_fwd_de", ("Petra Sander", "einkauf@hotel-nordlicht-sylt.de"),
             "WG: Bestellung Frostwick", "Wed, 02 Dec 2026 11:35:00 +0100",
             """Guten Tag,

bitte wie unten liefern, Liefertermin Mo 07.12.2026. Unsere Bestellnr. NL-26-1207.

Gruß
Petra Sander, Einkauf Hotel Nordlicht

---------- Weitergeleitete Nachricht ----------
Von: Küche Hotel Nordlicht <kueche@hotel-nordlicht-sylt.de>
Datum: Mi., 2. Dez. 2026 um 09:02 Uhr
Betreff: Bestellung Frostwick
An: Einkauf <einkauf@hotel-nordlicht-sylt.de>

Hallo Petra, bitte bestellen:
- 2 Kt Lachs ohne Haut 150g
- 3 Kt Gemüse mediterran
- 5 Stk Tiramisu Blech
- 2 Kt Crème Brûlée
- 6 Eimer Vanilleeis 5L (das gute, Madagaskar)
Danke, Tom
""",
             exp("Hotel Nordlicht", "NL-26-1207", None, "2026-12-07", [
                 L("FZF-SAL-150-32", "Lachs ohne Haut 150g", 2, "CS"),
                 L("FZV-MED-4X25", "Gemüse mediterran", 3, "CS"),
                 L("FZD-TIR-24", "Tiramisu Blech", 5, "EA"),
                 L("FZD-CBR-I12", "Crème Brûlée", 2, "CS"),
                 L("ICT-VMP-50", "Vanilleeis 5L (das gute, Madagaskar)", 6, "EA")]))

    # 19 Dutch beach pavilion, reply correcting own order
    make_eml("e19_zeezicht_correction_nl", ("Joost Verhage", "joost@zeezicht-strand.nl"),
             "RE: Bestelling week 50 - ZZ-2650", "Mon, 07 Dec 2026 10:20:00 +0100",
             """Correctie: maak van de raketjes 8 doos i.p.v. 10, en het chocolade-ijs mag eruit.
Wel 2x mango sorbet 2,5L erbij graag.

Gr. Joost

Van: Joost Verhage <joost@zeezicht-strand.nl>
Verzonden: maandag 7 december 2026 08:55
Aan: orders@frostwick-fs.co.uk
Onderwerp: Bestelling week 50 - ZZ-2650

Goedemorgen,

Bestelling week 50 (bestelnummer ZZ-2650):
10 doos raketjes (40 st)
6 doos hoorntjes vanille
4x vanille-ijs 5L
4x chocolade-ijs 5L

Groeten,
Joost Verhage
Strandpaviljoen Zeezicht
""",
             exp("Strandpaviljoen Zeezicht", "ZZ-2650", None, None, [
                 L("ICL-RKT-40", "raketjes (40 st)", 8, "BX"),
                 L("ICL-CNV-24", "hoorntjes vanille", 6, "BX"),
                 L("ICT-VAN-50", "vanille-ijs 5L", 4, "EA"),
                 L("ICT-SMA-25", "mango sorbet 2,5L", 2, "EA")]),
             reply_to_id="zz2650-0855@zeezicht-strand.nl")

    # 20 Flemish brasserie, one item not carried
    make_eml("e20_opdehoek_be", ("Wim Claeys", "wim@opdehoek-gent.be"), "bestelbon BOH-77",
             "Mon, 07 Dec 2026 14:00:00 +0100",
             """Dag Frostwick,

Graag voor donderdag 10/12:
- 6 karton frieten 10mm (de gecoate)
- 2 karton kaaskroketten
- 3 karton scampi 6x1kg
- 4 karton steakburgers 95% 8oz
- 2 karton moelleux au chocolat (12 st.)

Bestelbon BOH-77

Mvg
Wim Claeys
Brasserie Op de Hoek
""",
             exp("Brasserie Op de Hoek", "BOH-77", None, "2026-12-10", [
                 L("FZC-SC10C-4X25", "frieten 10mm (de gecoate)", 6, "CS"),
                 L(None, "kaaskroketten", 2, "CS"),
                 L("FZF-SCM-6X1", "scampi 6x1kg", 3, "CS"),
                 L("FZB-P227-24", "steakburgers 95% 8oz", 4, "CS"),
                 L("FZD-FON-I12", "moelleux au chocolat (12 st.)", 2, "CS")]))

    # 21 French hotel, formal with dates
    make_eml("e21_quatrevents_fr", ("Service Achats", "achats@hotel4vents-bordeaux.fr"),
             "Commande n° 4V-1126", "Thu, 26 Nov 2026 16:48:00 +0100",
             """Madame, Monsieur,

Veuillez trouver ci-dessous notre commande n° 4V-1126 du 26/11/2026, livraison souhaitée le
03/12/2026 entre 7h et 9h.

Adresse de livraison :
Hôtel des Quatre Vents
12 quai de la Douane
33000 Bordeaux

Désignation                                          Qté
Croissant pur beurre 70 g prêt à pousser (ctn 48)    6 cartons
Pain aux raisins 90 g                                3 cartons
Mini viennoiseries danoises assorties                2 cartons
Pavés de saumon sans peau 150 g                      2 cartons
Tarte au citron 12 parts                             4 pièces
Glace pistache bac 2,5 L                             3

Cordialement,
Service Achats - Hôtel des Quatre Vents
""",
             exp("Hôtel des Quatre Vents", "4V-1126", "2026-11-26", "2026-12-03", [
                 L("FZP-CRP-048", "Croissant pur beurre 70 g prêt à pousser (ctn 48)", 6, "CS"),
                 L("FZP-PAR-060", "Pain aux raisins 90 g", 3, "CS"),
                 L("FZP-DANM-120", "Mini viennoiseries danoises assorties", 2, "CS"),
                 L("FZF-SAL-150-32", "Pavés de saumon sans peau 150 g", 2, "CS"),
                 L("FZD-LMT-12", "Tarte au citron 12 parts", 4, "EA"),
                 L("ICT-PIS-25", "Glace pistache bac 2,5 L", 3, "EA")],
                 ship_to=ST("Hôtel des Quatre Vents", "12 quai de la Douane", "Bordeaux", "33000")))

    # 22 unknown new cafe (UK)
    make_eml("e22_new_brewandbun", ("Priya Shah", "hello@brewandbun-mcr.co.uk"), "First order - new customer",
             "Wed, 02 Dec 2026 13:13:13 +0000",
             """Hi there,

We're a new café opening next week and got your price list from a friend. Could we place a first
order please:

- 2 cases of the skin-on wedges (seasoned)
- 1 case hash brown triangles
- 2 cartons of vegan croissants
- 3 x 2.5L vegan chocolate ice cream
- 2 x 2.5L cookies and cream

Delivery to:
Brew & Bun
27 Spindle Street
Manchester
M4 6JW

Any weekday morning is fine. Happy to pay by card on delivery.

Thanks,
Priya Shah
Brew & Bun
""",
             exp("Brew & Bun", None, None, None, [
                 L("FZC-WDG-4X25", "skin-on wedges (seasoned)", 2, "CS"),
                 L("FZC-HBT-6X1", "hash brown triangles", 1, "CS"),
                 L("FZP-CRV-050", "vegan croissants", 2, "CS"),
                 L("ICT-VGC-25", "2.5L vegan chocolate ice cream", 3, "EA"),
                 L("ICT-CKC-25", "2.5L cookies and cream", 2, "EA")],
                 ship_to=ST("Brew & Bun", "27 Spindle Street", "Manchester", "M4 6JW")))

    # 23 unknown Belgian frituur (Dutch)
    make_eml("e23_new_frituur_nl", ("Frituur 't Pleintje", "frituurpleintje.aalst@webpost-mail.be"),
             "eerste bestelling", "Thu, 03 Dec 2026 10:02:00 +0100",
             """Goeiedag,

Wij zijn frituur 't Pleintje in Aalst en willen graag een eerste bestelling plaatsen:

15 dozen frieten 10mm 2x5kg
5 dozen curly fries
4 dozen kipburgers gepaneerd

Levering: Frituur 't Pleintje, Kerkplein 6, 9300 Aalst
Liefst op een dinsdag of woensdag, wij zijn open vanaf 11u.

Vriendelijke groeten,
Ilse Van Damme
""",
             exp("Frituur 't Pleintje", None, None, None, [
                 L("FZC-SC10-2X5", "frieten 10mm 2x5kg", 15, "BX"),
                 L("FZC-CUR-4X25", "curly fries", 5, "BX"),
                 L("FZB-CHF-100-40", "kipburgers gepaneerd", 4, "BX")],
                 ship_to=ST("Frituur 't Pleintje", "Kerkplein 6", "Aalst", "9300")))

    # 24 unknown private sender, no company name
    make_eml("e24_unknown_kiosk_mike", ("Mike D", "mike.dolan74@postmail-uk.net"), "lollies",
             "Fri, 04 Dec 2026 17:47:00 +0000",
             """Hiya, it's Mike from the kiosk in the park (the one by the boating lake). Same as Sandra used
to get please:

6 boxes orange lollies 40s
6 boxes cola ones
4 boxes choc ices

ta
Mike
""",
             exp(None, None, None, None, [
                 L("ICL-ORG-40", "orange lollies 40s", 6, "BX"),
                 L("ICL-COL-40", "cola ones", 6, "BX"),
                 L("ICL-CHI-24", "choc ices", 4, "BX")]))

    # 25 unknown Swedish preschool kitchen
    make_eml("e25_new_solrosen_sv", ("Annika Berg", "kok.solrosen@forskolor-lund-mail.se"),
             "Beställning frysvaror", "Mon, 07 Dec 2026 07:50:00 +0100",
             """Hej,

Vi är ett förskolekök i Lund och vill beställa:

- Fiskpinnar 25 g, 3 kartonger
- Gröna ärtor 10x1 kg, 2 kartonger
- Majs 4x2,5 kg, 1 kartong
- Broccoli 4x2,5 kg, 2 kartonger

Leveransadress: Förskolan Solrosen, Klöverstigen 5, 224 78 Lund
Leverans onsdag 16/12, köket är bemannat 7-14.

Hälsningar
Annika Berg, kokerska
""",
             exp("Förskolan Solrosen", None, None, "2026-12-16", [
                 L("FZF-FFG-25-200", "Fiskpinnar 25 g", 3, "CS"),
                 L("FZV-PEA-10X1", "Gröna ärtor 10x1 kg", 2, "CS"),
                 L("FZV-SWC-4X25", "Majs 4x2,5 kg", 1, "CS"),
                 L("FZV-BRF-4X25", "Broccoli 4x2,5 kg", 2, "CS")],
                 ship_to=ST("Förskolan Solrosen", "Klöverstigen 5", "Lund", "22478")))

    # 26 unknown Polish hotel
    make_eml("e26_new_gruszka_pl", ("Recepcja Hotel Pod Złotą Gruszką", "zaopatrzenie@zlotagruszka-hotel.pl"),
             "Zamówienie - Hotel Pod Złotą Gruszką", "Tue, 08 Dec 2026 12:00:00 +0100",
             """Szanowni Państwo,

Hotel Pod Złotą Gruszką zamawia:

Burgery wołowe 227 g (8 oz) - 3 kartony
Tiramisu 24 porcje - 2 szt.
Brownie bezglutenowe - 2 szt.
Lody pistacjowe 2,5 l - 4 szt.

Dostawa: ul. Gruszkowa 12, 80-831 Gdańsk
Termin dostawy: 15.12.2026

Z poważaniem
Marta Zielińska, dział zaopatrzenia
""",
             exp("Hotel Pod Złotą Gruszką", None, None, "2026-12-15", [
                 L("FZB-B227-24", "Burgery wołowe 227 g (8 oz)", 3, "CS"),
                 L("FZD-TIR-24", "Tiramisu 24 porcje", 2, "EA"),
                 L("FZD-BRWGF-24", "Brownie bezglutenowe", 2, "EA"),
                 L("ICT-PIS-25", "Lody pistacjowe 2,5 l", 4, "EA")],
                 ship_to=ST(street="ul. Gruszkowa 12", city="Gdańsk", postal_code="80-831")))

    # 27 hotel group, forwarded chef list
    make_eml("e27_harbourview_fwd", ("Oliver Grant", "oliver.grant@harbourview-hotels.co.uk"),
             "Fw: pastry + sorbet order Whitby", "Thu, 03 Dec 2026 09:20:00 +0000",
             """Hi both,

Please process the below from our Whitby kitchen on PO HV-26-0931. Deliver to:

The Harbourview Whitby
21 Cliff Terrace
Whitby, North Yorkshire
YO21 3EN

Delivery Saturday 5th Dec please (before 10am, they have no freezer space after breakfast service).

Thanks, Oliver

________________________________
From: Head Chef Whitby <chef.whitby@harbourview-hotels.co.uk>
Sent: 02 December 2026 22:41
To: Oliver Grant
Subject: pastry + sorbet order

need:
4x croissant 60s
2x pain au choc 60s
2 x cinnamon swirls
1 x danish 54
3 x lemon sorbet 2.5
3 x raspberry sorbet 2.5
""",
             exp(HV, "HV-26-0931", None, "2026-12-05", [
                 L("FZP-CRB-060", "croissant 60s", 4, "CS"),
                 L("FZP-PAC-060", "pain au choc 60s", 2, "CS"),
                 L("FZP-CIN-048", "cinnamon swirls", 2, "CS"),
                 L("FZP-DAN-054", "danish 54", 1, "CS"),
                 L("ICT-SLE-25", "lemon sorbet 2.5", 3, "EA"),
                 L("ICT-SRA-25", "raspberry sorbet 2.5", 3, "EA")],
                 ship_to=ST("The Harbourview Whitby", "21 Cliff Terrace", "Whitby", "YO21 3EN",
                            region="North Yorkshire")))

    # 28 school trust correction reply
    make_eml("e28_ashgrove_correction", ("Dawn Fletcher", "d.fletcher@ashgrovetrust.org.uk"),
             "RE: PO 4410-ASH-0342 Ashgrove Secondary", "Fri, 04 Dec 2026 11:40:00 +0000",
             """Hi,

Further to my email below, please change the fish fingers to 8 cases and cancel the Milky Minis
altogether. Everything else stays the same.

Thanks
Dawn

-----Original Message-----
From: Dawn Fletcher <d.fletcher@ashgrovetrust.org.uk>
Sent: 04 December 2026 08:02
To: orders@frostwick-fs.co.uk
Subject: PO 4410-ASH-0342 Ashgrove Secondary

Hi, PO 4410-ASH-0342 for Ashgrove Secondary, delivery Wednesday 9th December:

10 cases straight cut chips 10mm 2x5kg
6 cases fish fingers 30g
4 cases chicken fillet burgers
5 boxes Milky Mini

Ashgrove Secondary School, 140 Tanhouse Road, Leeds LS13 2DN

Dawn
""",
             exp(AS, "4410-ASH-0342", None, "2026-12-09", [
                 L("FZC-SC10-2X5", "straight cut chips 10mm 2x5kg", 10, "CS"),
                 L("FZF-FFG-30-100", "fish fingers 30g", 8, "CS"),
                 L("FZB-CHF-100-40", "chicken fillet burgers", 4, "CS")],
                 ship_to=ST("Ashgrove Secondary School", "140 Tanhouse Road", "Leeds", "LS13 2DN")),
             reply_to_id="ash0342-0802@ashgrovetrust.org.uk")

    # 29 UK cafe, buyer-stated prices
    make_eml("e29_copperkettle_prices", ("Jenny Marsh", "jenny@copperkettle-cafe.co.uk"), "cakes",
             "Tue, 08 Dec 2026 08:05:00 +0000",
             """Hi, cakes order please at the prices we agreed last week:

Carrot cake 14p x 3 @ £17.50
Choc fudge cake x 2 @ £16.90
Victoria sponge x 2 @ £15.00
Brownie tray x 1 @ £18.95

Thanks
Jenny
The Copper Kettle
""",
             exp(CK, None, None, None, [
                 L("FZD-CRT-14", "Carrot cake 14p", 3, "EA", 17.50),
                 L("FZD-CFC-14", "Choc fudge cake", 2, "EA", 16.90),
                 L("FZD-VCT-14", "Victoria sponge", 2, "EA", 15.00),
                 L("FZD-BRW-24", "Brownie tray", 1, "EA", 18.95)], currency="GBP"))

    # 30 Irish pub correction
    make_eml("e30_gullanchor_correction", ("Ciarán Byrne", "ciaran@gullandanchor.ie"),
             "Re: Order GA/1150", "Wed, 09 Dec 2026 09:10:00 +0000",
             """Sorry, make that 4 cases of haddock not 2, the cod stays at 2. Thanks.

C.

On Wed 9 Dec 2026, 08:31 Ciarán Byrne wrote:
> Order GA/1150 please:
> 2 cases haddock skbl 140-170
> 2 cases cod skbl 140-170
> 3 cases garden peas 2.5kg (4 per case)
> Ciarán, Gull & Anchor
""",
             exp("The Gull & Anchor", "GA/1150", None, None, [
                 L("FZF-HAD-140-5", "haddock skbl 140-170", 4, "CS"),
                 L("FZF-COD-140-5", "cod skbl 140-170", 2, "CS"),
                 L("FZV-PEA-4X25", "garden peas 2.5kg (4 per case)", 3, "CS")]),
             reply_to_id="ga1150-0831@gullandanchor.ie")

    # 31 French forward: chef in pieces, buyer converts to cartons
    make_eml("e31_petitmoulin_fwd_fr", ("Camille Roussel", "c.roussel@petitmoulin-lyon.fr"),
             "TR: viennoiseries samedi", "Wed, 02 Dec 2026 17:30:00 +0100",
             """Bonjour,

Ci-dessous la demande du chef pour samedi 5 décembre. On arrondit au carton, donc merci de livrer :
2 cartons de croissants (les cartons de 120), 2 cartons de pains au chocolat de 60 et 1 carton de
pains aux raisins.
Réf. commande : PM-2026-121

Camille

-------- Message transféré --------
De : Chef Lucas <cuisine@petitmoulin-lyon.fr>
Date : 02/12/2026 15:10
Objet : viennoiseries samedi

Pour samedi il me faut 240 croissants beurre, 120 pains au chocolat et une quarantaine de pains aux
raisins. Merci !
""",
             exp("Brasserie Le Petit Moulin", "PM-2026-121", None, "2026-12-05", [
                 L("FZP-CRB-120", "croissants (les cartons de 120)", 2, "CS"),
                 L("FZP-PAC-060", "pains au chocolat de 60", 2, "CS"),
                 L("FZP-PAR-060", "pains aux raisins", 1, "CS")]))

    # 32 German correction
    make_eml("e32_lindenhof_korrektur_de", ("Jürgen Albers", "albers@gasthaus-lindenhof-harz.de"),
             "AW: Bestellung LH-4480", "Thu, 10 Dec 2026 08:45:00 +0100",
             """Korrektur zu unserer Bestellung LH-4480: statt 3 bitte 5 Kartons Pommes, Rest bleibt wie bestellt.

MfG J. Albers

-----Ursprüngliche Nachricht-----
Von: Jürgen Albers
Gesendet: Mittwoch, 9. Dezember 2026 17:12
An: orders@frostwick-fs.co.uk
Betreff: Bestellung LH-4480

Bestellung LH-4480, Lieferung Dienstag 15.12.2026:
3 Kart. Pommes 10mm 2x5kg
2 Kart. Chicken Burger paniert
4 Eimer Eis Vanille 2,5L
2 Eimer Erdbeer 2,5L
""",
             exp("Gasthaus Lindenhof", "LH-4480", None, "2026-12-15", [
                 L("FZC-SC10-2X5", "Pommes 10mm 2x5kg", 5, "CS"),
                 L("FZB-CHF-100-40", "Chicken Burger paniert", 2, "CS"),
                 L("ICT-VAN-25", "Eis Vanille 2,5L", 4, "EA"),
                 L("ICT-STR-25", "Erdbeer 2,5L", 2, "EA")]),
             reply_to_id="lh4480-1712@gasthaus-lindenhof-harz.de")

    # 33 German school caterer prose, item not carried
    make_eml("e33_nordhafen_prose_de", ("Birte Thomsen", "b.thomsen@nordhafen-sv.de"),
             "Bestellung Mensa Holtenau", "Tue, 08 Dec 2026 14:05:00 +0100",
             """Hallo Frostwick-Team,

für die Mensa Holtenau brauchen wir bitte: 10 Kartons Fischstäbchen (die 30g, 100 Stück),
6 Kartons Gemüsemischung 4x2,5 kg, 4 Kartons Seelachsfilet paniert 120 g und 4 Kartons
Kartoffelpüree-Pellets, falls ihr die inzwischen führt.

Lieferung bitte am 14.12. an: Gemeinschaftsschule Holtenau, Schleusenweg 9, 24159 Kiel.
Bestell-Nr. 2026-12-5560

Viele Grüße
Birte Thomsen
""",
             exp("Nordhafen Schulverpflegung GmbH", "2026-12-5560", None, "2026-12-14", [
                 L("FZF-FFG-30-100", "Fischstäbchen (die 30g, 100 Stück)", 10, "CS"),
                 L("FZV-MX4-4X25", "Gemüsemischung 4x2,5 kg", 6, "CS"),
                 L("FZF-BPL-120-40", "Seelachsfilet paniert 120 g", 4, "CS"),
                 L(None, "Kartoffelpüree-Pellets", 4, "CS")],
                 ship_to=ST("Gemeinschaftsschule Holtenau", "Schleusenweg 9", "Kiel", "24159")))

    # 34 Danish correction of 09
    make_eml("e34_havblik_rettelse_da", ("Mette Kjær", "mette@cafehavblik.dk"), "SV: Bestilling HB-0977",
             "Tue, 01 Dec 2026 09:00:00 +0100",
             """Hej igen,

Ret venligst vores ordre HB-0977: 6 baljer vaniljeis i stedet for 8, og tilføj 1 balje chokoladeis 5 l.
Resten er uændret.

Mvh Mette

Fra: Mette Kjær <mette@cafehavblik.dk>
Sendt: 30. november 2026 10:10
Til: orders@frostwick-fs.co.uk
Emne: Bestilling HB-0977

Hej Frostwick,

Vi vil gerne bestille til levering torsdag d. 10/12:

- 4 ks. pommes frites 10 mm (4x2,5 kg)
- 2 ks. søde kartofler fritter 9mm 4x2,5
- 3 ks. laksefilet m. skind 125 g
- 8 baljer vaniljeis 2,5 l
- 4 baljer jordbæris 2,5 l
- 2 kasser raketis (40 stk)

Vores ordrenr.: HB-0977
""",
             exp("Café Havblik", "HB-0977", None, "2026-12-10", [
                 L("FZC-SC10-4X25", "pommes frites 10 mm (4x2,5 kg)", 4, "CS"),
                 L("FZC-SP09-4X25", "søde kartofler fritter 9mm 4x2,5", 2, "CS"),
                 L("FZF-SAL-125-40", "laksefilet m. skind 125 g", 3, "CS"),
                 L("ICT-VAN-25", "vaniljeis 2,5 l", 6, "EA"),
                 L("ICT-STR-25", "jordbæris 2,5 l", 4, "EA"),
                 L("ICL-RKT-40", "raketis (40 stk)", 2, "BX"),
                 L("ICT-CHO-50", "chokoladeis 5 l", 1, "EA")]),
             reply_to_id="hb0977-1010@cafehavblik.dk")

    # 35 pizza, misspellings and a non-catalog item
    make_eml("e35_riverside_misspelt", ("Declan Walsh", "declan@riversidepizza.ie"), "order",
             "Thu, 10 Dec 2026 22:30:00 +0000",
             """hi, order for next week:
sourdogh bases 12in x5
deep pan 9" x 3ctn
thin n crispy 12 x 4
doughballs 180g x 2
grated mozarella 2kg x 6
PO RP-3402
D
""",
             exp("Riverside Pizza Co.", "RP-3402", None, None, [
                 L("FZZ-SD12-20", "sourdogh bases 12in", 5, "CS"),
                 L("FZZ-D09-24", "deep pan 9\"", 3, "CS"),
                 L("FZZ-T12-20", "thin n crispy 12", 4, "CS"),
                 L("FZZ-DB180-60", "doughballs 180g", 2, "CS"),
                 L(None, "grated mozarella 2kg", 6, "EA")]))

    # 36 Polish second order, "by" date
    make_eml("e36_podlipami_pl2", ("Katarzyna Nowak", "k.nowak@podlipami-bistro.pl"),
             "Zamówienie ZAM/2026/12/011", "Thu, 10 Dec 2026 10:15:00 +0100",
             """Dzień dobry,

zamówienie nr ZAM/2026/12/011, dostawa do 18.12.2026:

cebula kostka 4x2,5 kg - 2 kart.
papryka paski mix - 2 kart.
szpinak liście - 1 kart.
burgery jagnięce z miętą - 2 kart.
sernik truskawkowy - 2 szt.

Adres dostawy bez zmian.
Pozdrawiam, Katarzyna Nowak
""",
             exp("Bistro Pod Lipami", "ZAM/2026/12/011", None, "2026-12-18", [
                 L("FZV-ONI-4X25", "cebula kostka 4x2,5 kg", 2, "CS"),
                 L("FZV-PEP-4X25", "papryka paski mix", 2, "CS"),
                 L("FZV-SPN-4X25", "szpinak liście", 1, "CS"),
                 L("FZB-LMB-170-24", "burgery jagnięce z miętą", 2, "CS"),
                 L("FZD-SBC-14", "sernik truskawkowy", 2, "EA")]))

    # 37 Spanish correction
    make_eml("e37_arenal_correccion_es", ("Javier Peris", "pedidos@arenal-kioscos.es"),
             "RE: Pedido KA-26-352", "Wed, 09 Dec 2026 12:05:00 +0100",
             """Perdón, en el pedido KA-26-352 son 8 cajas de polos de naranja, no 4. Y añadid 2 cajas de
polos de mango, por favor. Lo demás igual.

Javier

El mié, 9 dic 2026 a las 10:40, Javier Peris <pedidos@arenal-kioscos.es> escribió:
> Pedido KA-26-352:
> 4 cajas polos naranja x40
> 3 cajas twister
> 2 cajas conos fresa
""",
             exp("Kioscos Arenal S.L.", "KA-26-352", None, None, [
                 L("ICL-ORG-40", "polos naranja x40", 8, "BX"),
                 L("ICL-TWF-30", "twister", 3, "BX"),
                 L("ICL-CNS-24", "conos fresa", 2, "BX"),
                 L("ICL-MAN-30", "polos de mango", 2, "BX")]),
             reply_to_id="ka26352-1040@arenal-kioscos.es")

    # 38 one-liner
    make_eml("e38_copperkettle_oneliner", ("Jenny Marsh", "jenny@copperkettle-cafe.co.uk"), "ice cream",
             "Wed, 09 Dec 2026 16:16:00 +0000",
             """2 x 5L salted caramel & 1 x 5L cookies n cream pls. J

Sent from my phone
""",
             exp(CK, None, None, None, [
                 L("ICT-SCA-50", "5L salted caramel", 2, "EA"),
                 L("ICT-CKC-50", "5L cookies n cream", 1, "EA")]))

    # 39 hotel group: qty first, buyer codes
    make_eml("e39_harbourview_hvcodes", ("Oliver Grant", "oliver.grant@harbourview-hotels.co.uk"),
             "PO HV-26-0955", "Wed, 09 Dec 2026 10:30:00 +0000",
             """Morning,

PO HV-26-0955
Delivery date: 14 Dec 2026
Site: The Harbourview Brighton (address as usual, goods in at the rear)

Our code   Qty    Item
HV-F-221   6 cs   Battered haddock 170/200 x20
HV-F-230   3 cs   Prawns cooked & peeled 6x1kg
HV-D-101   8 ea   Sticky toffee tray 12ptn
HV-D-120   2 cs   Profiteroles
HV-V-011   4 cs   Petit pois 4x2.5

Thanks
Oliver
""",
             exp(HV, "HV-26-0955", None, "2026-12-14", [
                 L("FZF-BHD-170-20", "Battered haddock 170/200 x20", 6, "CS", part="HV-F-221"),
                 L("FZF-PRW-6X1", "Prawns cooked & peeled 6x1kg", 3, "CS", part="HV-F-230"),
                 L("FZD-STP-12", "Sticky toffee tray 12ptn", 8, "EA", part="HV-D-101"),
                 L("FZD-PRF-100", "Profiteroles", 2, "CS", part="HV-D-120"),
                 L("FZV-PTP-4X25", "Petit pois 4x2.5", 4, "CS", part="HV-V-011")]))

    # 40 Dutch cafe writing English
    make_eml("e40_zonnebloem_en", ("Sanne de Vries", "sanne@cafezonnebloem.nl"), "small top-up",
             "Thu, 10 Dec 2026 15:00:00 +0100",
             """Hi! Small top-up for tomorrow please:
2x 2,5L salted caramel
1 ctn muffins chocolate
1 ctn scones (fruit)
x Sanne
""",
             exp("Café Zonnebloem", None, None, False, [
                 L("ICT-SCA-25", "2,5L salted caramel", 2, "EA"),
                 L("FZP-MUF-024C", "muffins chocolate", 1, "CS"),
                 L("FZP-SCF-040", "scones (fruit)", 1, "CS")]))

    # 41 Irish pub burgers
    make_eml("e41_gullanchor_burgers", ("Ciarán Byrne", "ciaran@gullandanchor.ie"), "burgers etc",
             "Thu, 10 Dec 2026 11:11:00 +0000",
             """Lads, for Tuesday 15th:
6oz burgers x 4 cases, the steak ones (95%)
lamb & mint x2
chips 14mm 2x5 x6
onion diced 1kg bags x 1 case
Ref GA/1161
""",
             exp("The Gull & Anchor", "GA/1161", None, "2026-12-15", [
                 L("FZB-P170-30", "6oz burgers, the steak ones (95%)", 4, "CS"),
                 L("FZB-LMB-170-24", "lamb & mint", 2, "CS"),
                 L("FZC-CH14-2X5", "chips 14mm 2x5", 6, "CS"),
                 L("FZV-ONI-10X1", "onion diced 1kg bags", 1, "CS")]))

    # 42 German hotel writing English, EUR prices with decimal commas
    make_eml("e42_nordlicht_prices_en", ("Petra Sander", "einkauf@hotel-nordlicht-sylt.de"),
             "Order NL-26-1218", "Fri, 11 Dec 2026 09:30:00 +0100",
             """Dear Frostwick team,

please deliver by 18.12.2026 (our order no. NL-26-1218):

10 ctn Butter croissants 60 pcs         @ EUR 31,20
4 ctn Mini pain au chocolat 150 pcs     @ EUR 39,90
2 ctn Ham & cheese croissants           @ EUR 38,50
3 ctn Demi baguettes part-baked         @ EUR 19,80

Delivery address: Hotel Nordlicht, Dünenweg 12, 25980 Sylt, Germany

Best regards
Petra Sander
Purchasing, Hotel Nordlicht
""",
             exp("Hotel Nordlicht", "NL-26-1218", None, "2026-12-18", [
                 L("FZP-CRB-060", "Butter croissants 60 pcs", 10, "CS", 31.20),
                 L("FZP-PACM-150", "Mini pain au chocolat 150 pcs", 4, "CS", 39.90),
                 L("FZP-CRS-048", "Ham & cheese croissants", 2, "CS", 38.50),
                 L("FZP-DBG-050", "Demi baguettes part-baked", 3, "CS", 19.80)],
                 currency="EUR",
                 ship_to=ST("Hotel Nordlicht", "Dünenweg 12", "Sylt", "25980", "DE")))
