from lib import *
import datetime, email.utils

def dt(d, hm="09:12", tz=0, month=12):
    h, m = map(int, hm.split(":"))
    t = datetime.datetime(2026, month, d, h, m, 17, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return email.utils.format_datetime(t)

KC = "Kettle & Crumb Ltd"; HH = "Harbourlight Hotels Ltd"; OB = "OfficeBrew Solutions Ltd"
NOR = "Kaffestua Nordlys AS"; SJO = "Fjordhotell Sjøsprut AS"; MIR = "Café Miradouro do Castelo, Lda."
FDD = "Pastelaria Flor do Douro"; ALC = "Hotel Alcântara Mar"; SSO = "Padaria Sete Sóis"
TOS = "Cafetería El Tostadero Azul S.L."; LEV = "Grupo Hostelero Levante Sur S.L."
VEN = "Bar Pasticceria Ventaglio S.r.l."; ORS = "Distribuzione Automatica Orsa S.r.l."
LUN = "Caffè Lungomare di Beatrice Ruffo"; TIL = "Café des Tilleuls Verts"; GSA = "Hôtel Le Grand Saule"
ZK = "Koffiehuis De Zwarte Kraai"; MOS = "Meulemans Office Services NV"; LIN = "Koffiebar Lindeboog"
VPL = "VendoPlus Automaten B.V."

DOCS = []
def add(name, frm, subject, date, body, lab, **kw):
    DOCS.append((name, frm, subject, date, body, lab, kw))

add("e01_kettle_terse", "Tom Ashby <tom@kettleandcrumb.co.uk>", "order", dt(1, "07:41"),
"""Hi,

2 cases of the 12oz double wall (white)
1 case 90mm black lids
4 x vanilla 70cl, 2 x caramel 70cl
6kg Casa beans

Thanks, Tom
--
Kettle & Crumb
""", label(customer=KC, lines=[
    L("CUP-12DW-WH-CS", "12oz double wall (white)", 2, "CS"),
    L("LID-90-BK-CS", "90mm black lids", 1, "CS"),
    L("SYR-VAN-70", "vanilla 70cl", 4, "EA"),
    L("SYR-CAR-70", "caramel 70cl", 2, "EA"),
    L("CF-CASA-WB-1K", "Casa beans", 6, "KG")]))

add("e02_kettle_same_plus", "Tom Ashby <tom@kettleandcrumb.co.uk>", "Re: order KC-2291 - same again", dt(8, "07:55"),
"""Morning Nuno,

Same as last week please, plus 2 tubs of the cleaning tablets (the 100s) and a box of 140mm stirrers.
Actually make the cups 3 cases this time, we're flying through them.

Our ref KC-2291

Tom

On Tue, 1 Dec 2026 at 08:03, Nuno Pereira <orders@torrabrava-supply.pt> wrote:
> Thanks Tom, confirmed for Thursday delivery:
>
> 2 cases 12oz DW white
> 1 case 90mm black lids
> 6 x 1kg Casa
> 3 x oat barista cases (6s)
>
> Nuno Pereira | Torra Brava Coffee Supply
>
> > On 1 Dec 2026, Tom Ashby wrote:
> > 2 cases of the 12oz double wall ...
""", label(customer=KC, po="KC-2291", lines=[
    L("CUP-12DW-WH-CS", "12oz DW white", 3, "CS"),
    L("LID-90-BK-CS", "90mm black lids", 1, "CS"),
    L("CF-CASA-WB-1K", "1kg Casa", 6, "EA"),
    L("PM-OAT-B-6", "oat barista cases (6s)", 3, "CS"),
    L("CLN-TAB-20-100", "cleaning tablets (the 100s)", 2, "EA"),
    L("STR-WD-140-1000", "140mm stirrers", 1, "BX")], omit=("requested_date",)), in_reply_to="<a81c.confirm@torrabrava-supply.pt>")

add("e03_harbourlight_po_table", "Priya Nandakumar <purchasing@harbourlighthotels.co.uk>",
"Purchase Order HH/PO/04417", dt(1, "11:20"),
"""Dear Torra Brava team,

Please supply the following against our PO below.

PO number:   HH/PO/04417
PO date:     01/12/2026
Required by: 10/12/2026

Deliver to:
Harbourlight Hotel Hove
118 Kingsway Terrace
Hove
BN3 4FA

Item\tDescription\tQty\tUnit\tPrice
HL-0031\tCasa espresso beans 1kg\t12\tbag\t£16.20
HL-0044\tDecaf beans 1kg\t4\tbag\t£21.10
HL-0102\tNapkins 2ply 33cm white\t3\tcase\t£20.90
HL-0150\tEnglish Breakfast tea 100s\t10\tbox\t£5.90
HL-0151\tPeppermint tea 100s\t6\tbox\t£6.30
HL-0210\tOat barista 1L x12\t2\tcase\t£22.00

Prices as per agreed 2026 GBP price list. Please quote the PO number on the delivery note.

Kind regards,
Priya Nandakumar
Purchasing Manager, Harbourlight Hotels Ltd
""", label(customer=HH, po="HH/PO/04417", order_date="2026-12-01", requested="2026-12-10", currency="GBP",
    ship_to=S("Harbourlight Hotel Hove", "118 Kingsway Terrace", "Hove", "BN3 4FA"), lines=[
    L("CF-CASA-WB-1K", "Casa espresso beans 1kg", 12, "EA", 16.20, "HL-0031"),
    L("CF-DEC-WB-1K", "Decaf beans 1kg", 4, "EA", 21.10, "HL-0044"),
    L("NAP-2P-33-WH", "Napkins 2ply 33cm white", 3, "CS", 20.90, "HL-0102"),
    L("TEA-EB-100", "English Breakfast tea 100s", 10, "BX", 5.90, "HL-0150"),
    L("TEA-MNT-100", "Peppermint tea 100s", 6, "BX", 6.30, "HL-0151"),
    L("PM-OAT-B-12", "Oat barista 1L x12", 2, "CS", 22.00, "HL-0210")]))

add("e04_officebrew_prose", "Gareth Moss <gareth.moss@officebrew.co.uk>", "Order OB-77812 - Parkgate site", dt(2, "14:05"),
"""Hi both,

Could you send us ten boxes of the Intenso capsules (the 50 ones), five boxes of Lungo 50s,
two boxes of decaf 10s and a dozen tubs of the 1.3g bean-to-cup tablets. Oh and three boxes
of the stevia sachets while you're at it.

This one goes straight to our client:

Parkgate Legal LLP
40 Wellington Row
Leeds LS1 4BT
(3rd floor reception, lift at the back)

PO is OB-77812.

Cheers,
Gareth
OfficeBrew Solutions Ltd - Operations
""", label(customer=OB, po="OB-77812", ship_to=S("Parkgate Legal LLP", "40 Wellington Row", "Leeds", "LS1 4BT"), lines=[
    L("CAP-NC-INT-50", "Intenso capsules (the 50 ones)", 10, "BX"),
    L("CAP-NC-LUN-50", "Lungo 50s", 5, "BX"),
    L("CAP-NC-DEC-10", "decaf 10s", 2, "BX"),
    L("CLN-TAB-13-150", "1.3g bean-to-cup tablets", 12, "EA"),
    L("SWT-STV-500", "stevia sachets", 3, "BX")]))

add("e05_nordlys_no", "Ingrid Haugland <ingrid@kaffestua-nordlys.no>", "Bestilling 2026-118", dt(2, "08:30", 1),
"""Hei!

Vi trenger følgende til neste levering:

- 10 stk Casa espresso 1 kg hele bønner
- 4 stk Etiopia 250 g
- 2 kartonger havredrikk barista (6 pk)
- 3 flasker karamellsirup 70 cl
- 1 flaske sukkerfri vanilje
- 2 esker rørepinner i tre 140 mm

Bestillingsnr: 2026-118

Mvh
Ingrid Haugland
Kaffestua Nordlys AS
""", label(customer=NOR, po="2026-118", lines=[
    L("CF-CASA-WB-1K", "Casa espresso 1 kg hele bønner", 10, "EA"),
    L("CF-ETH-WB-250", "Etiopia 250 g", 4, "EA"),
    L("PM-OAT-B-6", "havredrikk barista (6 pk)", 2, "CS"),
    L("SYR-CAR-70", "karamellsirup 70 cl", 3, "EA"),
    L("SYR-VAN-SF-70", "sukkerfri vanilje", 1, "EA"),
    L("STR-WD-140-1000", "rørepinner i tre 140 mm", 2, "BX")]))

add("e06_sjosprut_correction_no", "Henrik Lunde <innkjop@sjosprut.no>", "SV: Bestilling SJ-4471", dt(3, "10:02", 1),
"""Hei,

Beklager, en rettelse: gjør det 6 kartonger kopper, ikke 8.
Og legg til 2 bokser rengjøringstabletter 2 g (200 stk).
Leveringsadresse som vanlig. Levering innen 14.12.2026.

Hilsen
Henrik Lunde
Innkjøp, Fjordhotell Sjøsprut AS

-----Opprinnelig melding-----
Fra: Henrik Lunde <innkjop@sjosprut.no>
Sendt: onsdag 2. desember 2026 16:40
Til: orders@torrabrava-supply.pt
Emne: Bestilling SJ-4471

Hei, vi bestiller:
8 kartonger 12 oz dobbeltvegg kraft
4 kartonger lokk 90 mm svart
6 x 1 kg Ribeira hele bønner
""", label(customer=SJO, po="SJ-4471", requested="2026-12-14", lines=[
    L("CUP-12DW-KR-CS", "12 oz dobbeltvegg kraft", 6, "CS"),
    L("LID-90-BK-CS", "lokk 90 mm svart", 4, "CS"),
    L("CF-RIB-WB-1K", "1 kg Ribeira hele bønner", 6, "EA"),
    L("CLN-TAB-20-200", "rengjøringstabletter 2 g (200 stk)", 2, "EA")]))

add("e07_miradouro_pt", "Marta Vidal <marta@miradourocastelo.pt>", "Encomenda semanal", dt(7, "09:47"),
"""Bom dia Sr. Nuno,

Espero que esteja tudo bem por aí! Para esta semana precisamos de:

12 sacos de 1kg do lote Casa (grão)
3 caixas de copos 8oz parede dupla brancos
2 caixas de tampas 80 pretas
meia dúzia de xaropes de avelã (70cl)
4 caixas de bebida de aveia barista (as de 6)

Entregar até sexta 11/12, de manhã se possível.

Obrigada,
Marta Vidal
Café Miradouro do Castelo
""", label(customer=MIR, requested="2026-12-11", lines=[
    L("CF-CASA-WB-1K", "sacos de 1kg do lote Casa (grão)", 12, "EA"),
    L("CUP-08DW-WH-CS", "copos 8oz parede dupla brancos", 3, "CS"),
    L("LID-80-BK-CS", "tampas 80 pretas", 2, "CS"),
    L("SYR-HAZ-70", "xaropes de avelã (70cl)", 6, "EA"),
    L("PM-OAT-B-6", "bebida de aveia barista (as de 6)", 4, "CS")]))

add("e08_florDouro_codes_pt", "Compras Flor do Douro <compras@flordodouro-pastelaria.pt>", "Encomenda FD-0932", dt(2, "16:12"),
"""Exmos. Senhores,

Segue a nossa encomenda n.º FD-0932 de 02-12-2026.

Ref. nossa | Artigo                          | Qtd
FD-CAF01   | Café Casa moído 1 kg            | 8 un
FD-CAF02   | Descafeinado moído 250 g        | 6 un
FD-GUA01   | Guardanapos 2 folhas 24x24      | 2 cx
FD-ACU01   | Açúcar branco stick 5g          | 3 cx
FD-CHO01   | Chocolate em pó 1kg             | 10 un

Morada de entrega:
Pastelaria Flor do Douro - Loja 2
Rua de Cedofeita Alta 310
4050-180 Porto

Com os melhores cumprimentos,
Sofia Amaral
Pastelaria Flor do Douro
""", label(customer=FDD, po="FD-0932", order_date="2026-12-02",
    ship_to=S("Pastelaria Flor do Douro - Loja 2", "Rua de Cedofeita Alta 310", "Porto", "4050-180"), lines=[
    L("CF-CASA-GR-1K", "Café Casa moído 1 kg", 8, "EA", part="FD-CAF01"),
    L("CF-DEC-GR-250", "Descafeinado moído 250 g", 6, "EA", part="FD-CAF02"),
    L("NAP-2P-24-WH", "Guardanapos 2 folhas 24x24", 2, "CS", part="FD-GUA01"),
    L("SUG-WH-5G-1000", "Açúcar branco stick 5g", 3, "BX", part="FD-ACU01"),
    L("CHO-PWD-1K", "Chocolate em pó 1kg", 10, "EA", part="FD-CHO01")]))

add("e09_alcantara_ne_pt", "Economato Hotel Alcântara Mar <economato@alcantaramar-hotel.pt>", "Nota de Encomenda NE 2026/1187",
dt(30, "15:31", 0, 11),
"""Boa tarde,

Nota de Encomenda: NE 2026/1187
Data: 30.11.2026

Por favor fornecer:
- Cápsulas compatíveis Ristretto cx 50 — 20 cx
- Cápsulas compatíveis Descafeinado cx 50 — 8 cx
- Chá verde 100 saquetas — 5 cx
- Pastilhas de limpeza 2g (tubo de 100) — 1 caixa de 6 tubos

Entrega:
Hotel Alcântara Mar
Receção de Mercadorias
Avenida da Doca Seca 201
1350-352 Lisboa

Data de entrega pretendida: 07/12/2026

Cumprimentos,
Rui Tavares
Economato
""", label(customer=ALC, po="NE 2026/1187", order_date="2026-11-30", requested="2026-12-07",
    ship_to=S("Hotel Alcântara Mar", "Avenida da Doca Seca 201", "Lisboa", "1350-352"), lines=[
    L("CAP-NC-RIS-50", "Cápsulas compatíveis Ristretto cx 50", 20, "BX"),
    L("CAP-NC-DEC-50", "Cápsulas compatíveis Descafeinado cx 50", 8, "BX"),
    L("TEA-GRN-100", "Chá verde 100 saquetas", 5, "BX"),
    L("CLN-TAB-20-100-CS6", "Pastilhas de limpeza 2g (tubo de 100) caixa de 6 tubos", 1, "CS")]))

add("e10_setesois_gmail_pt", "Padaria Sete Sóis <padaria.setesois.braga@gmail.com>", "encomenda", dt(4, "06:58"),
"""Boas,
mandem 2 caixas de copos 4oz e 1 de tampas 62. mais 5 kg de cafe Ribeira moido.
Obg
Zé
Padaria Sete Sóis - Braga

Enviado do meu telemóvel
""", label(customer=SSO, lines=[
    L("CUP-04SW-WH-CS", "copos 4oz", 2, "CS"),
    L("LID-62-WH-CS", "tampas 62", 1, "CS"),
    L("CF-RIB-GR-1K", "cafe Ribeira moido", 5, "KG")]))

add("e11_tostadero_es", "Lucía Ferrer <lucia@tostaderoazul.es>", "Pedido semana 50", dt(7, "12:10", 1),
"""Hola equipo,

Os paso el pedido de la semana (nº pedido TA-1205):

- 15 bolsas de 1 kg de Casa en grano
- 5 bolsas de 250 g de Colombia Huila
- 2 cajas de vasos 12 oz doble pared kraft
- 2 cajas de tapas 90 mm blancas
- 4 botellas de sirope de caramelo salado 70 cl
- 1 caja de bebida de soja barista (12 uds)

Entrega en el local de siempre. ¡Gracias!

Lucía Ferrer
Cafetería El Tostadero Azul
""", label(customer=TOS, po="TA-1205", lines=[
    L("CF-CASA-WB-1K", "bolsas de 1 kg de Casa en grano", 15, "EA"),
    L("CF-COL-WB-250", "bolsas de 250 g de Colombia Huila", 5, "EA"),
    L("CUP-12DW-KR-CS", "vasos 12 oz doble pared kraft", 2, "CS"),
    L("LID-90-WH-CS", "tapas 90 mm blancas", 2, "CS"),
    L("SYR-SCAR-70", "sirope de caramelo salado 70 cl", 4, "EA"),
    L("PM-SOY-B-12", "bebida de soja barista (12 uds)", 1, "CS")]))

add("e12_levante_table_es", "Compras Levante Sur <compras@levantesur-hoteles.es>", "Pedido de compra LS-PC-26-0481", dt(1, "10:44", 1),
"""Buenos días,

Adjuntamos en el cuerpo del correo nuestro pedido:

Pedido de compra: LS-PC-26-0481
Fecha: 01/12/2026
Fecha de entrega: 09/12/2026
Entregar en:
Hotel Levante Sur Alicante
Avenida de la Brisa Marina 55
03016 Alicante

Código\tDescripción\tCant.\tPrecio
LSA-201\tCafé descafeinado grano 1kg\t6\t23,40 €
LSA-202\tCafé Casa grano 1kg\t24\t17,95 €
LSA-310\tCápsulas Lungo 50 uds\t12\t12,25 €
LSA-415\tServilletas dispensador\t4\t27,50 €
LSA-520\tAzúcar moreno sticks 4g caja 1000\t2\t18,90 €

Un saludo,
Departamento de Compras
Grupo Hostelero Levante Sur S.L.
""", label(customer=LEV, po="LS-PC-26-0481", order_date="2026-12-01", requested="2026-12-09", currency="EUR",
    ship_to=S("Hotel Levante Sur Alicante", "Avenida de la Brisa Marina 55", "Alicante", "03016"), lines=[
    L("CF-DEC-WB-1K", "Café descafeinado grano 1kg", 6, "EA", 23.40, "LSA-201"),
    L("CF-CASA-WB-1K", "Café Casa grano 1kg", 24, "EA", 17.95, "LSA-202"),
    L("CAP-NC-LUN-50", "Cápsulas Lungo 50 uds", 12, "BX", 12.25, "LSA-310"),
    L("NAP-DISP-WH", "Servilletas dispensador", 4, "CS", 27.50, "LSA-415"),
    L("SUG-BR-4G-1000", "Azúcar moreno sticks 4g caja 1000", 2, "BX", 18.90, "LSA-520")]))

add("e13_ventaglio_it", "Giulia Ventaglio <ordini@ventaglio-bologna.it>", "Ordine n. 388", dt(3, "08:15", 1),
"""Buongiorno,

vi inviamo l'ordine n. 388 del 03/12/2026:

n. 10 sacchetti caffè Casa in grani da 1 kg
n. 2 cartoni bicchieri 4oz
n. 6 sciroppi nocciola 1 litro
n. 6 sciroppi vaniglia 1 litro
n. 2 guarnizioni gruppo E61 8,5 mm
n. 2 doccette E61 58 mm

Consegna entro venerdì 11 dicembre.

Cordiali saluti
Giulia Ventaglio
Bar Pasticceria Ventaglio
""", label(customer=VEN, po="388", order_date="2026-12-03", requested="2026-12-11", lines=[
    L("CF-CASA-WB-1K", "caffè Casa in grani da 1 kg", 10, "EA"),
    L("CUP-04SW-WH-CS", "bicchieri 4oz", 2, "CS"),
    L("SYR-HAZ-1L", "sciroppi nocciola 1 litro", 6, "EA"),
    L("SYR-VAN-1L", "sciroppi vaniglia 1 litro", 6, "EA"),
    L("GSK-E61-8.5", "guarnizioni gruppo E61 8,5 mm", 2, "EA"),
    L("SCR-E61-58C", "doccette E61 58 mm", 2, "EA")]))

add("e14_orsa_vending_it", "Ufficio Acquisti Orsa <acquisti@orsa-vending.it>", "ORDINE ORSA/2026/1142", dt(4, "11:00", 1),
"""Spett.le Torra Brava,

con la presente ordiniamo:

Ordine ORSA/2026/1142
- Caffè miscela vending 1kg: 4 cartoni da 10
- Bicchieri vending plastica 166 cc: 6 cartoni
- Palette legno 110mm: 20 scatole
- Zucchero bianco stick: 5 scatole da 1000
- Topping latte granulare 750 g: 30 pz
- Cioccolata in polvere: 2 cartoni (10x1kg)

Consegna presso il nostro magazzino:
Distribuzione Automatica Orsa - Magazzino
Via Lampadari 55
20153 Milano MI

Distinti saluti
Paolo Ferrante
""", label(customer=ORS, po="ORSA/2026/1142",
    ship_to=S("Distribuzione Automatica Orsa - Magazzino", "Via Lampadari 55", "Milano", "20153", region="MI"), lines=[
    L("CF-VEND-WB-1K-CS10", "Caffè miscela vending 1kg cartoni da 10", 4, "CS"),
    L("CUP-VEN-PS-166-CS", "Bicchieri vending plastica 166 cc", 6, "CS"),
    L("STR-WD-110-1000", "Palette legno 110mm", 20, "BX"),
    L("SUG-WH-5G-1000", "Zucchero bianco stick scatole da 1000", 5, "BX"),
    L("MLK-TOP-750", "Topping latte granulare 750 g", 30, "EA"),
    L("CHO-PWD-1K-CS10", "Cioccolata in polvere cartoni (10x1kg)", 2, "CS")]))

add("e15_lungomare_chatty_it", "Bea Ruffo <bea@caffelungomare.it>", "ordinetto", dt(5, "19:22", 1),
"""Ciao Nuno!

Per la prossima settimana mi servono 3 kg di Ribeira in grani, anzi no facciamo 5 che a Natale
si lavora. Poi 2 scatole di capsule Ristretto da 10 e una da 10 al caramello (la prova che mi
avevi detto). E 4 bottiglie di sciroppo al cocco.

Grazie mille, un abbraccio
Bea
""", label(customer=LUN, lines=[
    L("CF-RIB-WB-1K", "Ribeira in grani", 5, "KG"),
    L("CAP-NC-RIS-10", "capsule Ristretto da 10", 2, "BX"),
    L("CAP-NC-CAR-10", "capsule da 10 al caramello", 1, "BX"),
    L("SYR-COC-70", "sciroppo al cocco", 4, "EA")]))

add("e16_tilleuls_fr", "Camille Roux <camille@tilleulsverts.fr>", "Commande TV-26-112", dt(3, "09:05", 1),
"""Bonjour,

Merci de nous livrer :

- 6 sachets 1 kg Aurora (grains)
- 2 sachets 1 kg Aurora moulu filtre
- 3 cartons de gobelets 8 oz simple paroi
- 5 manchons de couvercles 80 mm noirs
- 2 bidons de nettoyant lait 1 L

Bon de commande : TV-26-112

Cordialement,
Camille Roux
Café des Tilleuls Verts
""", label(customer=TIL, po="TV-26-112", lines=[
    L("CF-AUR-WB-1K", "sachets 1 kg Aurora (grains)", 6, "EA"),
    L("CF-AUR-GR-1K", "sachets 1 kg Aurora moulu filtre", 2, "EA"),
    L("CUP-08SW-WH-CS", "gobelets 8 oz simple paroi", 3, "CS"),
    L("LID-80-BK-SL", "manchons de couvercles 80 mm noirs", 5, "PK"),
    L("CLN-MILK-1L", "nettoyant lait 1 L", 2, "EA")]))

add("e17_grandsaule_fr", "Économat Grand Saule <economat@grandsaule-hotel.fr>", "Commande n° GS-2026-0907", dt(4, "14:40", 1),
"""Madame, Monsieur,

Veuillez trouver ci-dessous notre commande n° GS-2026-0907 du 04/12/2026.

Adresse de livraison :
Hôtel Le Grand Saule – Économat
45 quai des Brumes Dorées
33000 Bordeaux

Livraison souhaitée le 15/12/2026.

Réf.       Désignation                                  Qté         PU HT
GS-BAR-01  Café en grains Casa 1kg (carton de 6)        4 cartons   105,00 €
GS-BAR-07  Sirop vanille 70cl carton 6                   2 cartons    34,50 €
GS-BAR-08  Sirop caramel 70cl carton 6                   2 cartons    34,50 €
GS-CHA-02  Chocolat en poudre 1kg                        12 sachets    9,60 €
GS-ETG-11  Pastilles de détartrage (pot de 40)           3 pots       10,90 €

Merci de rappeler notre numéro de commande sur la facture.

Bien cordialement,
Antoine Lefèvre
Économe
""", label(customer=GSA, po="GS-2026-0907", order_date="2026-12-04", requested="2026-12-15", currency="EUR",
    ship_to=S("Hôtel Le Grand Saule – Économat", "45 quai des Brumes Dorées", "Bordeaux", "33000"), lines=[
    L("CF-CASA-WB-1K-CS6", "Café en grains Casa 1kg (carton de 6)", 4, "CS", 105.00, "GS-BAR-01"),
    L("SYR-VAN-70-CS6", "Sirop vanille 70cl carton 6", 2, "CS", 34.50, "GS-BAR-07"),
    L("SYR-CAR-70-CS6", "Sirop caramel 70cl carton 6", 2, "CS", 34.50, "GS-BAR-08"),
    L("CHO-PWD-1K", "Chocolat en poudre 1kg", 12, "EA", 9.60, "GS-CHA-02"),
    L("CLN-DESC-TAB-40", "Pastilles de détartrage (pot de 40)", 3, "EA", 10.90, "GS-ETG-11")]))

add("e18_zwartekraai_nl", "Wout De Smet <wout@zwartekraai.be>", "bestelling ZK 26/51", dt(6, "21:13", 1),
"""Dag,

Graag volgende bestelling voor de zaak:

3 dozen 12oz ripple zwart
2 dozen deksels 90mm zwart
10 x Casa 1kg bonen
2 x Ethiopië 1kg
1 doos bamboe roerstaafjes
2 flessen gingerbread siroop (70cl) + 2 pumpkin spice

Referentie: ZK 26/51

Groetjes,
Wout
Koffiehuis De Zwarte Kraai
""", label(customer=ZK, po="ZK 26/51", lines=[
    L("CUP-12RW-BK-CS", "12oz ripple zwart", 3, "CS"),
    L("LID-90-BK-CS", "deksels 90mm zwart", 2, "CS"),
    L("CF-CASA-WB-1K", "Casa 1kg bonen", 10, "EA"),
    L("CF-ETH-WB-1K", "Ethiopië 1kg", 2, "EA"),
    L("STR-BMB-190-500", "bamboe roerstaafjes", 1, "BX"),
    L("SYR-GNG-70", "gingerbread siroop (70cl)", 2, "EA"),
    L("SYR-PMK-70", "pumpkin spice", 2, "EA")]))

add("e19_meulemans_fr", "Sandrine Meulemans <achats@meulemans-os.be>", "Commande MOS-PO-5521 - livraison directe", dt(2, "13:37", 1),
"""Bonjour,

Pour un de nos clients (livraison directe s'il vous plaît) :

Atelier Verbrugge (c/o Meulemans OS)
Rue des Tanneurs Oubliés 18
1000 Bruxelles

Articles :
20 boîtes capsules Intenso x100
10 boîtes capsules Décaféiné x50
1 carton de gobelets carton vending 7oz
4 boîtes de touillettes bois 140 mm

Notre référence : MOS-PO-5521

Merci et bonne journée,
Sandrine
""", label(customer=MOS, po="MOS-PO-5521",
    ship_to=S("Atelier Verbrugge", "Rue des Tanneurs Oubliés 18", "Bruxelles", "1000"), lines=[
    L("CAP-NC-INT-100", "capsules Intenso x100", 20, "BX"),
    L("CAP-NC-DEC-50", "capsules Décaféiné x50", 10, "BX"),
    L("CUP-VEN-PAP-7-CS", "gobelets carton vending 7oz", 1, "CS"),
    L("STR-WD-140-1000", "touillettes bois 140 mm", 4, "BX")]))

add("e20_lindeboog_same_plus_nl", "Femke Jansen <femke@lindeboog.nl>", "Re: Bestelling", dt(7, "08:02", 1),
"""Hoi Nuno,

Zelfde als vorige week graag, plus 1 doos deksels 80mm CPLA en 3 flessen hazelnoot suikervrij.
De Brazil mag er deze keer uit, hebben we nog genoeg van.

Groet,
Femke

Op ma 30 nov 2026 om 08:11 schreef Femke Jansen <femke@lindeboog.nl>:
> Hoi,
> Voor deze week:
> 4 x Casa 1kg
> 2 x Brazil 1kg
> 2 dozen havermelk barista 6-pack
> 1 doos 8oz dubbelwandig kraft
> Groet, Femke
""", label(customer=LIN, lines=[
    L("CF-CASA-WB-1K", "Casa 1kg", 4, "EA"),
    L("PM-OAT-B-6", "havermelk barista 6-pack", 2, "CS"),
    L("CUP-08DW-KR-CS", "8oz dubbelwandig kraft", 1, "CS"),
    L("LID-80-CPLA-CS", "deksels 80mm CPLA", 1, "CS"),
    L("SYR-HAZ-SF-70", "hazelnoot suikervrij", 3, "EA")]), in_reply_to="<lb-301120@lindeboog.nl>")

add("e21_vendoplus_codes", "VendoPlus Purchasing <po@vendoplus.nl>", "PO 45-20931", dt(1, "06:30", 1),
"""PO 45-20931

VP-1001 x 8   (vending blend 1kg cs/10)
VP-1420 x 12  (cups 166ml)
VP-2210 x 40  (milk topping)
VP-3300 x 6   (instant 500g)

Deliver DC Utrecht, Bedrijvenpark Hoogvliet 12, 3542 AB Utrecht.
Required 16-12-2026.

VendoPlus Automaten B.V. - automated message, replies go to purchasing
""", label(customer=VPL, po="45-20931", requested="2026-12-16",
    ship_to=S("DC Utrecht", "Bedrijvenpark Hoogvliet 12", "Utrecht", "3542 AB"), lines=[
    L("CF-VEND-WB-1K-CS10", "vending blend 1kg cs/10", 8, "CS", part="VP-1001"),
    L("CUP-VEN-PS-166-CS", "cups 166ml", 12, "CS", part="VP-1420"),
    L("MLK-TOP-750", "milk topping", 40, "EA", part="VP-2210"),
    L("CF-INST-500", "instant 500g", 6, "EA", part="VP-3300")]))
