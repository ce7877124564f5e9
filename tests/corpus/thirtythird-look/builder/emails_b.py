"""Plain order emails, part B (Spanish, Portuguese, French)."""
from common import *

def build():
    # e08 Spain, clinic, Spanish
    eml("e08_losolmos_es", "Lucía Herrero <compras@clinicalosolmos.es>", "Pedido LO-1207",
        when(2026, 12, 7, 9, 50, 1),
        """Buenos días:

Os paso pedido nº LO-1207 con fecha 7 de diciembre de 2026:

- 5 cajas de jeringas de 5 ml luer lock
- 3 cajas agujas 21G x 1"
- 20 rollos venda cohesiva 10 cm azul
- 20 rollos venda cohesiva 10 cm roja
- 10 cajas guantes de nitrilo talla L

Por favor, entrega antes del 18 de diciembre.

Dirección de entrega: Clínica Veterinaria Los Olmos, Calle Olmo 14, 47008 Valladolid.

Un saludo,
Lucía Herrero
Clínica Veterinaria Los Olmos
""")
    order("e08_losolmos_es", "Clínica Veterinaria Los Olmos", "LO-1207", "2026-12-07", "2026-12-18", None,
          SC("C008"), [
        L("NV-SY-05-LL", 5, "BX", "jeringas de 5 ml luer lock"),
        L("NV-ND-21G25", 3, "BX", 'agujas 21G x 1"'),
        L("NV-BD-COH-10-BLU", 20, "RL", "venda cohesiva 10 cm azul"),
        L("NV-BD-COH-10-RED", 20, "RL", "venda cohesiva 10 cm roja"),
        L("NV-GL-NIT-L", 10, "BX", "guantes de nitrilo talla L")])

    # e09 Spain pet shop, chatty, word quantity, EUR with decimal commas
    eml("e09_mascotassanchez_es", "Rafael Sánchez <rafa@mascotassanchez.es>", "pedido tienda diciembre",
        when(2026, 12, 4, 13, 12, 1),
        """Hola Ana, ¿qué tal?

Te mando lo que necesitamos para la campaña de Navidad, que este año viene fuerte:

12 sacos de arena aglomerante 10 L a 5,10 €
media docena de transportines grandes a 17,50 €
latas de perro de ternera, las cajas de 12, dos cajas a 12,40 €
gato adulto salmón 2 kg: 15 sacos a 10,90 €
y 20 collares de nailon talla S negro a 2,60 €

Número de pedido: MS-2026-311. Lo de siempre, a la tienda de Miraflores.

Gracias guapa,
Rafa
Mascotas Sánchez S.L. - Avda. de Miraflores 52, 41008 Sevilla - Tel. 954 35 12 88
""")
    order("e09_mascotassanchez_es", "Mascotas Sánchez S.L.", "MS-2026-311", None, None, "EUR",
          S("Mascotas Sánchez S.L.", "Avda. de Miraflores 52", "Sevilla", None, "41008", "ES"), [
        L("NV-LT-CLY-10", 12, "BAG", "arena aglomerante 10 L", 5.10),
        L("NV-CG-CC-L", 6, "EA", "transportines grandes", 17.50),
        L("NV-WD-BEF-12", 2, "CS", "latas de perro de ternera, cajas de 12", 12.40),
        L("NV-DC-ADSA-02", 15, "BAG", "gato adulto salmón 2 kg", 10.90),
        L("NV-CL-NY-S-BLK", 20, "EA", "collares de nailon talla S negro", 2.60)])

    # e10 Spain stables, delivery to a farm different from signature
    eml("e10_romeral_es", "Administración Hípica El Romeral <admin@hipicaelromeral.com>",
        "Pedido 2026/88 - entregar en la finca", when(2026, 12, 7, 17, 25, 1),
        """Estimados señores:

Les rogamos nos suministren el siguiente material (pedido 2026/88, fecha 07/12/2026):

Pasta antiparasitaria para caballos (hasta 600 kg) ........ 30 jeringas
Venda de crepé 10 cm ........................................ 48 rollos
Champú clorhexidina 5 L ..................................... 2 garrafas
Almohadilla ortopédica 10 cm ................................ 36 rollos

IMPORTANTE: la entrega debe hacerse en la finca, no en la oficina:
Finca Los Pinos - Hípica El Romeral
Carretera CM-5100, km 4
45694 Cazalegas (Toledo)

Fecha de entrega deseada: 21/12/2026.

Atentamente,
Marta Gil
Hípica El Romeral
Camino de la Vega s/n, 45600 Talavera de la Reina (Toledo)
""")
    order("e10_romeral_es", "Hípica El Romeral", "2026/88", "2026-12-07", "2026-12-21", None,
          S("Finca Los Pinos - Hípica El Romeral", "Carretera CM-5100, km 4", "Cazalegas", "Toledo", "45694", "ES"), [
        L("NV-WM-EQ-PST", 30, "EA", "Pasta antiparasitaria para caballos (hasta 600 kg)"),
        L("NV-BD-CRP-10", 48, "RL", "Venda de crepé 10 cm"),
        L("NV-GR-SH-CHX-5L", 2, "EA", "Champú clorhexidina 5 L"),
        L("NV-BD-ORP-10", 36, "RL", "Almohadilla ortopédica 10 cm")])

    # e11 Portugal hospital
    eml("e11_hvporto_pt", "Compras HVP <compras@hvporto.pt>", "Encomenda n.º 2026/0912",
        when(2026, 12, 4, 11, 0),
        """Bom dia,

Segue a nossa encomenda n.º 2026/0912, de 04/12/2026.

Agulhas 20G x 1" - 10 caixas
Agulhas 20G x 1,5" - 5 caixas
Seringas 10 ml luer slip - 6 caixas
Luvas nitrilo tamanho S - 8 caixas
Colares isabelinos 15 cm - 25 unidades
Colares isabelinos 30 cm - 10 unidades

Entrega na morada habitual: Rua Damião de Góis 210, 4050-225 Porto.

Cumprimentos,
Inês Carvalho
Departamento de Compras
Hospital Veterinário do Porto
""")
    order("e11_hvporto_pt", "Hospital Veterinário do Porto", "2026/0912", "2026-12-04", None, None,
          SC("C011"), [
        L("NV-ND-20G25", 10, "BX", 'Agulhas 20G x 1"'),
        L("NV-ND-20G38", 5, "BX", 'Agulhas 20G x 1,5"'),
        L("NV-SY-10-LS", 6, "BX", "Seringas 10 ml luer slip"),
        L("NV-GL-NIT-S", 8, "BX", "Luvas nitrilo tamanho S"),
        L("NV-EC-15", 25, "EA", "Colares isabelinos 15 cm"),
        L("NV-EC-30", 10, "EA", "Colares isabelinos 30 cm")])

    # e12 Portugal pet shop, collars by size/colour, quantity before description
    eml("e12_petlandia_pt", "Rui Tavares <rui.tavares@petlandia.pt>", "encomenda coleiras + areia",
        when(2026, 12, 7, 15, 40),
        """Olá,

Precisamos de:
24 un coleira nylon tamanho M vermelha
24 un coleira nylon tamanho M azul
12 un coleira nylon tamanho L preta
12 un coleira refletora M laranja
30 sacos areia sílica 5L
10 escovas slicker pequenas

Nossa ref. PL-7734. Entregar na loja (Av. de Roma 88, 1700-348 Lisboa) até dia 16 de dezembro.

Obrigado,
Rui Tavares
PetLândia, Lda.
""")
    order("e12_petlandia_pt", "PetLândia, Lda.", "PL-7734", None, "2026-12-16", None,
          S("PetLândia, Lda.", "Av. de Roma 88", "Lisboa", None, "1700-348", "PT"), [
        L("NV-CL-NY-M-RED", 24, "EA", "coleira nylon tamanho M vermelha"),
        L("NV-CL-NY-M-BLU", 24, "EA", "coleira nylon tamanho M azul"),
        L("NV-CL-NY-L-BLK", 12, "EA", "coleira nylon tamanho L preta"),
        L("NV-CL-RF-M-ORG", 12, "EA", "coleira refletora M laranja"),
        L("NV-LT-SIL-05", 30, "BAG", "areia sílica 5L"),
        L("NV-GR-SLK-S", 10, "EA", "escovas slicker pequenas")])

    # e13 Mexico clinic, MXN prices
    eml("e13_sanfrancisco_mx", "Dr. Alejandro Ruiz <compras@vetsanfrancisco.mx>", "Orden de compra OC-3391",
        when(2026, 12, 7, 10, 30, -6),
        """Buen día,

Por medio del presente les envío la Orden de Compra OC-3391 (fecha: 07-dic-2026).
Precios en MXN, según cotización.

Cant.  Descripción                              P. unitario
 6     Caja jeringa 3 ml luer lock (100 pzs)      $168.00
 6     Caja aguja 23G x 1" (100 pzs)              $ 89.50
 4     Caja guantes nitrilo M                     $118.00
24     Collar isabelino 10 cm                     $ 27.00
10     Champú avena 250 ml                        $ 72.00

Favor de entregar en: Av. Chapultepec Sur 315, Col. Americana, 44140 Guadalajara, Jal.

Saludos cordiales,
Dr. Alejandro Ruiz
Clínica Veterinaria San Francisco de Asís
""")
    order("e13_sanfrancisco_mx", "Clínica Veterinaria San Francisco de Asís", "OC-3391", "2026-12-07", None, "MXN",
          S("Clínica Veterinaria San Francisco de Asís", "Av. Chapultepec Sur 315", "Guadalajara", "Jalisco", "44140", "MX"), [
        L("NV-SY-03-LL", 6, "BX", "Caja jeringa 3 ml luer lock (100 pzs)", 168.00),
        L("NV-ND-23G25", 6, "BX", 'Caja aguja 23G x 1" (100 pzs)', 89.50),
        L("NV-GL-NIT-M", 4, "BX", "Caja guantes nitrilo M", 118.00),
        L("NV-EC-10", 24, "EA", "Collar isabelino 10 cm", 27.00),
        L("NV-GR-SH-OAT-250", 10, "EA", "Champú avena 250 ml", 72.00)])

    # e14 Mexico farm, delivery date
    eml("e14_losaltos_mx", "Ing. Ramón Gutiérrez <rgutierrez@agrolosaltos.com.mx>", "pedido desparasitantes",
        when(2026, 12, 8, 8, 5, -6),
        """Buenos días,

Les solicito lo siguiente para el rancho, con nuestro número de pedido AGLA-5520:

* Desparasitante pour-on bovino 2.5 L: 8 piezas
* Desparasitante oral ovino 5 L: 4 piezas
* Jeringas 50 ml punta catéter: 6 cajas
* Agujas 18G x 1.5": 10 cajas

Fecha de entrega: 15/01/2027. Entregar en Rancho El Mezquite, Carretera Tepatitlán-Arandas km 12,
47600 Tepatitlán de Morelos, Jalisco.

Saludos,
Ing. Ramón Gutiérrez
Agropecuaria Los Altos S.A. de C.V.
Carretera Tepatitlán-Arandas km 3.5, Tepatitlán de Morelos, Jal.
""")
    order("e14_losaltos_mx", "Agropecuaria Los Altos S.A. de C.V.", "AGLA-5520", None, "2027-01-15", None,
          S("Rancho El Mezquite", "Carretera Tepatitlán-Arandas km 12", "Tepatitlán de Morelos", "Jalisco", "47600", "MX"), [
        L("NV-WM-CA-2.5L", 8, "EA", "Desparasitante pour-on bovino 2.5 L"),
        L("NV-WM-SH-5L", 4, "EA", "Desparasitante oral ovino 5 L"),
        L("NV-SY-50-CT", 6, "BX", "Jeringas 50 ml punta catéter"),
        L("NV-ND-18G38", 10, "BX", 'Agujas 18G x 1.5"')])

    # e15 Brazil clinic, BRL prices with decimal comma
    eml("e15_bichofeliz_br", "Camila Rocha <compras@bichofeliz.com.br>", "Pedido de compra nº 000482",
        when(2026, 12, 7, 14, 45, -3),
        """Olá, boa tarde!

Segue pedido de compra nº 000482, emitido em 07/12/2026. Valores em R$.

- Ração seca gato filhote frango 2 kg — 10 sacos — R$ 68,90
- Ração seca gato castrado/indoor peru 10 kg — 4 sacos — R$ 259,00
- Sachê gato peixe em gelatina (cx 12 x 85 g) — 20 caixas — R$ 33,50
- Granulado sílica 8 L — 12 sacos — R$ 64,00
- Vermífugo gatos spot-on 1 a 2,5 kg — 15 caixas — R$ 52,40

Entrega: Rua Joaquim Floriano, 466 – Itaim Bibi – São Paulo/SP – CEP 04534-002.
Prazo de entrega: até 22/12/2026.

Abraços,
Camila Rocha
Clínica Veterinária Bicho Feliz
""")
    order("e15_bichofeliz_br", "Clínica Veterinária Bicho Feliz", "000482", "2026-12-07", "2026-12-22", "BRL",
          S("Clínica Veterinária Bicho Feliz", "Rua Joaquim Floriano, 466", "São Paulo", "SP", "04534-002", "BR"), [
        L("NV-DC-KTCH-02", 10, "BAG", "Ração seca gato filhote frango 2 kg", 68.90),
        L("NV-DC-INDR-10", 4, "BAG", "Ração seca gato castrado/indoor peru 10 kg", 259.00),
        L("NV-WC-FSH-12", 20, "CS", "Sachê gato peixe em gelatina (cx 12 x 85 g)", 33.50),
        L("NV-LT-SIL-08", 12, "BAG", "Granulado sílica 8 L", 64.00),
        L("NV-WM-CT-S", 15, "PK", "Vermífugo gatos spot-on 1 a 2,5 kg", 52.40)])

    # e16 Brazil stud farm, forwarded from vet, Portuguese
    eml("e16_santaluzia_br", "Escritório Haras Santa Luzia <escritorio@harassantaluzia.com.br>",
        "ENC: material veterinário - pedido HSL-221", when(2026, 12, 8, 9, 20, -3),
        """Bom dia, favor atender o pedido HSL-221 abaixo (lista do nosso veterinário).
Entregar no haras: Estrada Municipal CPS-040, km 7, Campinas/SP, CEP 13098-300.

Att.,
Beatriz Lemos - Escritório
Haras Santa Luzia

---------- Mensagem encaminhada ----------
De: Dr. Paulo Mendes <paulo.mendes.vet@gmail.com>
Data: dom., 6 de dez. de 2026 às 21:10
Assunto: material veterinário
Para: escritorio@harassantaluzia.com.br

Bia, por favor pedir:
vermífugo pasta equino (600 kg) - 40 seringas
atadura coesiva 10 cm preta - 50 rolos
atadura coesiva 7,5 cm vermelha - 50 rolos
algodão ortopédico 15 cm - 40 rolos
luva nitrilo G - 6 caixas
Paulo
""")
    order("e16_santaluzia_br", "Haras Santa Luzia", "HSL-221", None, None, None,
          S("Haras Santa Luzia", "Estrada Municipal CPS-040, km 7", "Campinas", "SP", "13098-300", "BR"), [
        L("NV-WM-EQ-PST", 40, "EA", "vermífugo pasta equino (600 kg)"),
        L("NV-BD-COH-10-BLK", 50, "RL", "atadura coesiva 10 cm preta"),
        L("NV-BD-COH-075-RED", 50, "RL", "atadura coesiva 7,5 cm vermelha"),
        L("NV-BD-ORP-15", 40, "RL", "algodão ortopédico 15 cm"),
        L("NV-GL-NIT-L", 6, "BX", "luva nitrilo G")])

    # e18 Quebec, French
    eml("e18_beauport_fr", "Julie Tremblay <commandes@cliniquebeauport.ca>", "Bon de commande BC-4471",
        when(2026, 12, 7, 13, 5, -5),
        """Bonjour,

Veuillez trouver ci-dessous notre bon de commande no BC-4471 daté du 7 décembre 2026.

Qté   Article
10    Collerettes 20 cm
10    Collerettes 25 cm
6     Boîtes gants nitrile taille M
4     Boîtes seringues 1 ml luer lock
3     Boîtes aiguilles 25G x 5/8"

Livraison souhaitée le 17 décembre 2026 à la clinique :
Clinique vétérinaire Beauport, 780 avenue Royale, Québec (Québec) G1E 1Z1

Merci et bonne journée,
Julie Tremblay, TSA
""")
    order("e18_beauport_fr", "Clinique vétérinaire Beauport", "BC-4471", "2026-12-07", "2026-12-17", None,
          S("Clinique vétérinaire Beauport", "780 avenue Royale", "Québec", "QC", "G1E 1Z1", "CA"), [
        L("NV-EC-20", 10, "EA", "Collerettes 20 cm"),
        L("NV-EC-25", 10, "EA", "Collerettes 25 cm"),
        L("NV-GL-NIT-M", 6, "BX", "gants nitrile taille M"),
        L("NV-SY-01-LL", 4, "BX", "seringues 1 ml luer lock"),
        L("NV-ND-25G16", 3, "BX", 'aiguilles 25G x 5/8"')])

    # e23 unknown Mexican pet shop
    eml("e23_kiwi_unknown_mx", "Tienda Kiwi Mascotas <kiwimascotas@outlook.com>", "cotizacion y pedido",
        when(2026, 12, 6, 18, 30, -6),
        """Hola buenas tardes

Somos una tienda de mascotas en la CDMX, queremos hacer un pedido:

una docena de correas de nylon rojas de 120 cm
una docena de collares de gato con cascabel rojos
10 cepillos de púas medianos
8 cortaúñas chicos
5 peines de acero

Mandar a: Tienda Kiwi Mascotas, Calle Ámsterdam 240, Col. Hipódromo Condesa,
Cuauhtémoc, 06100 Ciudad de México, CDMX

Gracias!! Saludos
Mariana
""")
    order("e23_kiwi_unknown_mx", "Tienda Kiwi Mascotas", None, None, None, None,
          S("Tienda Kiwi Mascotas", "Calle Ámsterdam 240", "Ciudad de México", "CDMX", "06100", "MX"), [
        L("NV-LD-NY-120-RED", 12, "EA", "correas de nylon rojas de 120 cm"),
        L("NV-CL-CAT-RED", 12, "EA", "collares de gato con cascabel rojos"),
        L("NV-GR-PIN-M", 10, "EA", "cepillos de púas medianos"),
        L("NV-GR-NC-S", 8, "EA", "cortaúñas chicos"),
        L("NV-GR-CMB", 5, "EA", "peines de acero")])

    # e25 unknown Portuguese stables
    eml("e25_quintadovale_unknown", "Quinta do Vale <quintadovale.cavalos@gmail.com>", "Pedido de material",
        when(2026, 12, 7, 21, 3),
        """Boa noite,

Gostaria de encomendar para a Quinta do Vale (centro equestre):

- 20 bisnagas de desparasitante para póneis (até 300 kg)
- 10 bisnagas de desparasitante para cavalos (até 600 kg)
- 2 garrafões de champô de aveia de 5 litros
- 30 ligaduras de crepe de 7,5 cm

Morada de entrega: Quinta do Vale, Estrada Nacional 114, km 22, 2040-010 Rio Maior.
Se possível entregar até 19/12.

Obrigada,
Teresa Vasconcelos
""")
    order("e25_quintadovale_unknown", "Quinta do Vale", None, None, "2026-12-19", None,
          S("Quinta do Vale", "Estrada Nacional 114, km 22", "Rio Maior", None, "2040-010", "PT"), [
        L("NV-WM-EQ-PNY", 20, "EA", "desparasitante para póneis (até 300 kg)"),
        L("NV-WM-EQ-PST", 10, "EA", "desparasitante para cavalos (até 600 kg)"),
        L("NV-GR-SH-OAT-5L", 2, "EA", "champô de aveia de 5 litros"),
        L("NV-BD-CRP-075", 30, "RL", "ligaduras de crepe de 7,5 cm")])
