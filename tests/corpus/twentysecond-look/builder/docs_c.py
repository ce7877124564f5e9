# -*- coding: utf-8 -*-
"""Portugal, Mexico, Australia, India, Singapore."""
from helpers import L, order, notorder, S, ABSENT

DOCS = []


def D(**kw):
    DOCS.append(kw)


D(name="pt01_amendoeiras_nossa_encomenda",
  frm="Rita Valadares <reservas@casadasamendoeiras.pt>",
  subject="Nossa encomenda n.º 2026/031",
  date="2026-03-10T11:00:00+00:00",
  body="""Bom dia,

Segue a nossa encomenda:

Nossa encomenda n.º 2026/031
Data: 10/03/2026
Entrega até 20/03/2026

Morada de entrega:
Casa das Amendoeiras
Rua da Barroca 9
8600-688 Lagos

- Champô 30 ml verbena-limão: 3 caixas a 63,00 €
- Gel de banho 30 ml verbena-limão: 3 caixas a 63,00 €
- Loção corporal 50 ml verbena-limão: 1 caixa a 69,60 €
- Sabonete 40 g verbena-limão: 2 caixas a 47,50 €
- Toalha de banho branca 70x140: 30 unidades a 6,40 €

Obrigada,
Rita Valadares
Casa das Amendoeiras
""",
  label=order("Casa das Amendoeiras", "2026/031", [
      L("AM-SH-30-CV", 3, "CS", 63.00, desc="Champô 30 ml verbena-limão"), L("AM-BW-30-CV", 3, "CS", 63.00, desc="Gel de banho 30 ml verbena-limão"),
      L("AM-BL-50-CV", 1, "CS", 69.60, desc="Loção corporal 50 ml verbena-limão"), L("AM-SOAP-40-CV", 2, "CS", 47.50, desc="Sabonete 40 g verbena-limão"),
      L("LN-TWL-BATH-WH", 30, "EA", 6.40, desc="Toalha de banho branca 70x140")],
      od="2026-03-10", rd="2026-03-20", cur="EUR",
      ship=S("Casa das Amendoeiras", "Rua da Barroca 9", "Lagos", None, "8600-688", "PT")))


D(name="pt02_miradouro_pdf_pedido",
  frm="Tiago Brandão <compras@miradourotejo.pt>",
  subject="Pedido MT-884",
  date="2026-03-03T15:35:00+00:00",
  body="""Boa tarde,

Em anexo o pedido nº MT-884. Agradecemos confirmação.

Cumprimentos,
Tiago Brandão
Compras - Hotel Miradouro do Tejo
""",
  att=[("pdf", "Pedido_MT-884.pdf", {
      "title": "NOTA DE ENCOMENDA",
      "head": ["Hotel Miradouro do Tejo - Calçada do Combro 52, 1200-115 Lisboa",
               "Pedido nº MT-884          Data da encomenda: 3 de março de 2026",
               "Local de entrega: Hotel Miradouro do Tejo, Calçada do Combro 52, 1200-115 Lisboa",
               "Moeda: EUR"],
      "cols": ["Ref.", "Descrição", "Qtd", "Un.", "Preço", "Total"],
      "xs": [40, 80, 330, 370, 420, 490],
      "rows": [["1", "Lençol king branco 300 fios", "30", "un", "20,90", "627,00"],
               ["2", "Capa de edredão king branco 300 fios", "15", "un", "39,75", "596,25"],
               ["3", "Fronha king branca", "60", "un", "3,90", "234,00"],
               ["4", "Tapete de banho branco", "30", "un", "3,80", "114,00"]],
      "foot": ["Total: 1.571,25 EUR (IVA não incluído)"]})],
  label=order("Hotel Miradouro do Tejo", "MT-884", [
      L("LN-FS-KG-WH-300", 30, "EA", 20.90, desc="Lençol king branco 300 fios"),
      L("LN-DC-KG-WH-300", 15, "EA", 39.75, desc="Capa de edredão king branco 300 fios"),
      L("LN-PC-KG-WH", 60, "EA", 3.90, desc="Fronha king branca"), L("LN-TWL-MAT-WH", 30, "EA", 3.80, desc="Tapete de banho branco")],
      od="2026-03-03", cur="EUR",
      ship=S("Hotel Miradouro do Tejo", "Calçada do Combro 52", "Lisboa", None, "1200-115", "PT")))


D(name="pt03_miradouro_rooftop_prose",
  frm="Beatriz Lobo <bar@miradourotejo.pt>",
  subject="material para o bar do terraço",
  date="2026-03-17T18:22:00+00:00",
  body="""Olá,

Para o bar do terraço precisamos de 2 caixas de copos PET de 16 oz, 2 caixas de tampas planas com ranhura para palhinha, 1 caixa de palhinhas de papel de 6 mm e 2 caixas de guardanapos kraft. Entrega na próxima semana, se possível.

Obrigada!
Beatriz Lobo
Bar Manager, Hotel Miradouro do Tejo
""",
  label=order("Hotel Miradouro do Tejo", None, [
      L("TA-CC-16", 2, "CS", desc="copos PET de 16 oz"), L("TA-CCLID-FLAT", 2, "CS", desc="tampas planas com ranhura"),
      L("TA-STRAW-6", 1, "CS", desc="palhinhas de papel de 6 mm"), L("TA-NAP-2P-KR", 2, "CS", desc="guardanapos kraft")],
      rd=ABSENT, cur=None))


D(name="pt04_supplier_confirmation_vidraria",
  frm="Vidraria Atlântica Lda <encomendas@vidraria-atlantica.pt>",
  subject="Confirmação de encomenda n.º VA-ENC-26-0412 / your PO SHS-PO-9931",
  date="2026-03-06T09:10:00+00:00",
  body="""Exmos. Senhores,

Confirmamos a receção da vossa encomenda SHS-PO-9931 (Saltmarsh Hospitality Supply), registada com o n.º VA-ENC-26-0412.

- Copo nonic 570 ml: 400 caixas de 24 - expedição prevista 27/03/2026
- Flute 170 ml: 150 caixas de 24 - expedição prevista 03/04/2026

Condições: FCA Marinha Grande, pagamento a 60 dias.

Com os melhores cumprimentos,
Departamento Comercial
Vidraria Atlântica Lda
""",
  label=notorder())


D(name="mx01_arcos_orden_de_compra",
  frm="Lucía Herrera <compras@haciendalosarcos.mx>",
  subject="Orden de compra OC-2026-0077",
  date="2026-03-05T10:25:00-06:00",
  body="""Buenos días,

Les enviamos nuestra orden de compra:

Orden de compra: OC-2026-0077
Fecha: 05/03/2026
Fecha de entrega: 19 de marzo de 2026
Precios en MXN

Entregar en:
Hacienda Los Arcos
Calle Macedonio Alcalá 311, Centro
68000 Oaxaca de Juárez, Oax.

- 4 cajas de shampoo 50 ml lavanda - $1,150.00 c/u
- 4 cajas de acondicionador 50 ml lavanda - $1,190.00 c/u
- 2 cajas de jabón 40 g lavanda - $850.00 c/u
- 40 toallas de baño blancas - $125.00 c/u

Saludos cordiales,
Lucía Herrera
Compras, Hacienda Los Arcos
""",
  label=order("Hacienda Los Arcos", "OC-2026-0077", [
      L("AM-SH-50-LV", 4, "CS", 1150.00, desc="shampoo 50 ml lavanda"), L("AM-CO-50-LV", 4, "CS", 1190.00, desc="acondicionador 50 ml lavanda"),
      L("AM-SOAP-40-LV", 2, "CS", 850.00, desc="jabón 40 g lavanda"), L("LN-TWL-BATH-WH", 40, "EA", 125.00, desc="toallas de baño blancas")],
      od="2026-03-05", rd="2026-03-19", cur="MXN",
      ship=S("Hacienda Los Arcos", "Calle Macedonio Alcalá 311", "Oaxaca de Juárez", "Oax.", "68000", "MX")))


D(name="mx02_azulanil_sucursal_coyoacan",
  frm="Mateo Saldívar <operaciones@azulanil.com.mx>",
  subject="Pedido No. AA-1290 sucursal Coyoacán",
  date="2026-03-23T12:12:00-06:00",
  body="""Hola,

Pedido No. AA-1290, para el viernes 27 de marzo.

Entregar en la sucursal Coyoacán:
Azul Añil Coyoacán
Av. Francisco Sosa 38, Col. Santa Catarina
04000 Coyoacán, CDMX

1 caja café de la casa (6 x 1 kg)
2 bolsas descafeinado 1 kg
3 cajas vaso doble pared 12 oz
3 cajas tapa negra para 12/16 oz
1 caja portavasos de 4
2 cajas azúcar mascabado en sobre (brown sticks)

Gracias,
Mateo Saldívar
Operaciones, Grupo Cafetero Azul Añil
""",
  label=order("Grupo Cafetero Azul Añil", "AA-1290", [
      L("CF-BEAN-HOUSE-6KG", 1, "CS", desc="caja café de la casa (6 x 1 kg)"), L("CF-BEAN-DECAF-1KG", 2, "EA", desc="descafeinado 1 kg"),
      L("TA-HC-12-DW", 3, "CS", desc="vaso doble pared 12 oz"), L("TA-LID-1216-BK", 3, "CS", desc="tapa negra para 12/16 oz"),
      L("TA-CARRIER-4", 1, "CS", desc="portavasos de 4"), L("CF-SUG-BR-STK", 2, "BX", desc="azúcar mascabado en sobre")],
      rd="2026-03-27", cur=None,
      ship=S("Azul Añil Coyoacán", "Av. Francisco Sosa 38", "Coyoacán", "CDMX", "04000", "MX")))


D(name="mx03_azulanil_roma_csv",
  frm="Daniela Ríos <roma@azulanil.com.mx>",
  subject="pedido Roma Norte",
  date="2026-03-25T08:30:00-06:00",
  body="""Buen día, adjunto el pedido de la sucursal Roma Norte en CSV. Mismo domicilio de siempre. Sin número de orden esta vez.

Daniela
""",
  att=[("csv", "pedido_roma.csv", "cantidad;unidad;producto\n2;caja;vaso 8 oz pared sencilla\n2;caja;tapa blanca 8 oz\n1;caja;palitos de madera 14 cm\n3;caja;té verde (100 sobres)\n2;caja;té manzanilla (100 sobres)\n4;pieza;jarabe de vainilla 1 L\n")],
  label=order("Grupo Cafetero Azul Añil", None, [
      L("TA-HC-08-SW", 2, "CS", desc="vaso 8 oz pared sencilla"), L("TA-LID-08-WH", 2, "CS", desc="tapa blanca 8 oz"),
      L("CF-STIR-WD-14", 1, "BX", desc="palitos de madera 14 cm"), L("CF-TEA-GR", 3, "BX", desc="té verde (100 sobres)"),
      L("CF-TEA-CH", 2, "BX", desc="té manzanilla (100 sobres)"), L("CF-SYRUP-VAN", 4, "EA", desc="jarabe de vainilla 1 L")],
      cur=None))


D(name="mx04_arcos_correccion_respuesta",
  frm="Lucía Herrera <compras@haciendalosarcos.mx>",
  subject="RE: Orden de compra OC-2026-0081",
  date="2026-03-13T09:48:00-06:00",
  body="""Buenos días,

Una corrección a la OC-2026-0081: en lugar de 20 fundas de edredón queen, necesitamos 20 KING (mismo color marfil, 300 hilos). Lo demás queda igual.

Gracias,
Lucía

-----Mensaje original-----
De: Lucía Herrera
Enviado: jueves, 12 de marzo de 2026 17:05
Para: orders@saltmarshsupply.com
Asunto: Orden de compra OC-2026-0081

OC-2026-0081 - Fecha 12/03/2026 - Entrega 26/03/2026
Entregar en Hacienda Los Arcos (dirección de siempre)

20 fundas de edredón queen marfil 300 hilos
40 fundas de almohada king marfil
20 sábanas planas king marfil 300 hilos
""",
  label=order("Hacienda Los Arcos", "OC-2026-0081", [
      L("LN-DC-KG-IV-300", 20, "EA", desc="fundas de edredón king marfil 300 hilos"), L("LN-PC-KG-IV", 40, "EA", desc="fundas de almohada king marfil"),
      L("LN-FS-KG-IV-300", 20, "EA", desc="sábanas planas king marfil 300 hilos")],
      od="2026-03-12", rd="2026-03-26", cur=None,
      ship=S("Hacienda Los Arcos", None, None, None, None, None)))


D(name="au01_saltbush_dayfirst_aud",
  frm="Brooke Tennant <purchasing@saltbushbay.com.au>",
  subject="Purchase order SB-4471",
  date="2026-03-06T09:20:00+10:00",
  body="""Hi team,

Purchase order: SB-4471
Date: 6/3/2026
Deliver by 16/03/2026
All prices AUD ex GST

Ship to: Saltbush Bay Resort, Receiving Dock, 9 Hastings Street, Noosa Heads QLD 4567

Shampoo 50ml unscented x 6 cs @ 87.00
Conditioner 50ml unscented x 6 cs @ 92.00
Body wash 50ml unscented x 6 cs @ 87.00
Bath sheets white x 80 @ 9.20
Hand towels white x 80 @ 2.60

Cheers,
Brooke Tennant
Purchasing Officer, Saltbush Bay Resort
""",
  label=order("Saltbush Bay Resort", "SB-4471", [
      L("AM-SH-50-UN", 6, "CS", 87.00), L("AM-CO-50-UN", 6, "CS", 92.00), L("AM-BW-50-UN", 6, "CS", 87.00),
      L("LN-TWL-SHEET-WH", 80, "EA", 9.20), L("LN-TWL-HAND-WH", 80, "EA", 2.60)],
      od="2026-03-06", rd="2026-03-16", cur="AUD",
      ship=S("Saltbush Bay Resort", "9 Hastings Street", "Noosa Heads", "QLD", "4567", "AU")))


D(name="au02_laneway_casual_monday",
  frm="Ollie Nguyen <ollie@lanewayespresso.com.au>",
  subject="top up",
  date="2026-03-12T14:50:00+11:00",
  body="""yo, can we get for monday:

8oz DW x2 cs
12oz DW x4 cs
lids 8oz black x2
lids 12/16 black x4
6kg house beans x2
choc powder x3

cheers
Ollie - Laneway Espresso
""",
  label=order("Laneway Espresso Co", None, [
      L("TA-HC-08-DW", 2, "CS"), L("TA-HC-12-DW", 4, "CS"), L("TA-LID-08-BK", 2, "CS"), L("TA-LID-1216-BK", 4, "CS"),
      L("CF-BEAN-HOUSE-6KG", 2, "CS"), L("CF-CHOC-1KG", 3, "EA")],
      rd=ABSENT, cur=None))


D(name="au03_laneway_xlsx_order",
  frm="Ollie Nguyen <ollie@lanewayespresso.com.au>",
  subject="Order # LE-0088",
  date="2026-03-15T16:05:00+11:00",
  body="""Hey, order sheet attached. Order # LE-0088.
Ollie
""",
  att=[("xlsx", "LE-0088.xlsx", [
      ["Laneway Espresso Co", "", "", ""],
      ["Order #", "LE-0088", "Date", "2026-03-15"],
      ["", "", "", ""],
      ["Qty", "Unit", "Product", "Price AUD"],
      [3, "cs", "Clear cold cup 12oz", 44.00],
      [2, "cs", "Dome lids PET 12-20oz", 26.00],
      [1, "cs", "Paper straws 8mm", 41.00],
      [5, "box", "Batch brew filter papers", 11.00],
      [2, "box", "Sweetener sachets", 22.00]])],
  label=order("Laneway Espresso Co", "LE-0088", [
      L("TA-CC-12", 3, "CS", 44.00), L("TA-CCLID-DOME", 2, "CS", 26.00), L("TA-STRAW-8", 1, "CS", 41.00),
      L("CF-FILTER-BATCH", 5, "BX", 11.00), L("CF-SWEET-SACH", 2, "BX", 22.00)],
      od="2026-03-15", cur="AUD"))


D(name="au04_saltbush_complaint_return",
  frm="Brooke Tennant <purchasing@saltbushbay.com.au>",
  subject="Damaged delivery - PO SB-4460",
  date="2026-03-09T11:02:00+10:00",
  body="""Hi,

Our delivery against PO SB-4460 arrived this morning with two cases of champagne flutes smashed (photos attached separately) and the bath mats are ivory instead of white.

Please arrange a pick-up of the ivory mats and either credit us or replace the flutes and mats - we don't want to place a new order for these.

Regards,
Brooke Tennant
Saltbush Bay Resort
""",
  label=notorder(customer="Saltbush Bay Resort"))


D(name="au05_saltbush_beach_club_subject_po",
  frm="Lachlan Frazer <fnb@saltbushbay.com.au>",
  subject="PO SB-4479 beach club",
  date="2026-03-13T08:15:00+10:00",
  body="""Morning,

Glass and crockery for the Beach Club please, needed by Fri 20 March.

Ship to:
Saltbush Bay Beach Club
2 Park Road
Noosa Heads QLD 4567

- 4 cases highball 350 (24s) @ A$35.34
- 2 cases rocks 260 @ A$34.20
- 3 dozen pasta bowls @ A$44.40
- 3 dozen side plates @ A$26.40
- 6 doz table forks @ A$14.40

Lachlan
F&B Manager, Saltbush Bay Resort
""",
  label=order("Saltbush Bay Resort", "SB-4479", [
      L("GL-HIBALL-350-CS", 4, "CS", 35.34), L("GL-ROCKS-260-CS", 2, "CS", 34.20), L("TW-BWL-23-DZ", 3, "DZ", 44.40),
      L("TW-PLT-21-DZ", 3, "DZ", 26.40), L("TW-FORK-TBL-DZ", 6, "DZ", 14.40)],
      rd="2026-03-20", cur="AUD",
      ship=S("Saltbush Bay Beach Club", "2 Park Road", "Noosa Heads", "QLD", "4567", "AU")))


D(name="in01_neelgiri_blr_inr_table",
  frm="Suresh Krishnamurthy <purchase@neelgiriresidency.in>",
  subject="PO No: NRH/BLR/2026/0142",
  date="2026-03-09T11:45:00+05:30",
  body="""Dear Sir/Madam,

Kindly supply the below items as per our PO.

PO No: NRH/BLR/2026/0142
Date: 09-03-2026
Delivery by: 23-03-2026
Currency: INR

Delivery address:
Neelgiri Residency Bengaluru
No. 14, Cunningham Road
Bengaluru, Karnataka - 560052

S.No | Item                               | Qty | Unit | Rate (INR)
1    | Shampoo 30ml lavender              | 10  | Case | 5,250.00
2    | Conditioner 30ml lavender          | 10  | Case | 5,500.00
3    | Soap 20g lavender                  | 8   | Case | 4,600.00
4    | Dental kit                         | 4   | Case | 7,700.00
5    | Shower cap                         | 2   | Case | 4,000.00

Kindly acknowledge receipt.

Regards,
Suresh Krishnamurthy
Purchase Manager, Neelgiri Residency Hotels
""",
  label=order("Neelgiri Residency Hotels", "NRH/BLR/2026/0142", [
      L("AM-SH-30-LV", 10, "CS", 5250.00), L("AM-CO-30-LV", 10, "CS", 5500.00), L("AM-SOAP-20-LV", 8, "CS", 4600.00),
      L("AM-DENTAL-KIT", 4, "CS", 7700.00), L("AM-SHOWERCAP", 2, "CS", 4000.00)],
      od="2026-03-09", rd="2026-03-23", cur="INR",
      ship=S("Neelgiri Residency Bengaluru", "No. 14, Cunningham Road", "Bengaluru", "Karnataka", "560052", "IN")))


D(name="in02_neelgiri_hq_for_ooty",
  frm="Suresh Krishnamurthy <purchase@neelgiriresidency.in>",
  subject="Linen for Ooty property",
  date="2026-03-16T10:10:00+05:30",
  body="""Dear Team,

Please arrange dispatch of the following to our Ooty property. P.O. No. NRH/OTY/2026/0031.

Ship to: Neelgiri Residency Ooty, 22 Club Road, Ooty, Tamil Nadu - 643001
Contact: Mr. Joseph (Front Office) 0423-255xxxx

a) Double bed flat sheets ivory 300 TC - 50 nos
b) Double bed fitted sheets ivory 300 TC - 50 nos
c) Double duvet covers ivory 300 TC - 25 nos
d) Pillow covers standard ivory - 100 nos
e) Bath robes XL - 10 nos

Regards,
Suresh Krishnamurthy
Purchase Manager, Neelgiri Residency Hotels
No. 14, Cunningham Road, Bengaluru - 560052
""",
  label=order("Neelgiri Residency Hotels", "NRH/OTY/2026/0031", [
      L("LN-FS-DB-IV-300", 50, "EA"), L("LN-FT-DB-IV-300", 50, "EA"), L("LN-DC-DB-IV-300", 25, "EA"),
      L("LN-PC-STD-IV", 100, "EA"), L("LN-BATHROBE-XL-WH", 10, "EA")],
      cur=None,
      ship=S("Neelgiri Residency Ooty", "22 Club Road", "Ooty", "Tamil Nadu", "643001", "IN")))


D(name="in03_neelgiri_ooty_gmail_housekeeper",
  frm="Ooty Housekeeping <neelgiri.hk.ooty@gmail.com>",
  subject="Requirement of cleaning materials",
  date="2026-03-20T09:05:00+05:30",
  body="""Respected Sir,

Kindly arrange the following cleaning materials for our property at the earliest:

Glass cleaner 5 ltr - 4 cans
Floor cleaner 5 ltr - 6 cans
Multi surface cleaner 20 ltr - 2 cans
Laundry liquid 20 ltr - 3 cans
Trigger spray bottles - 20 nos

Please send to Neelgiri Residency Ooty, 22 Club Road, Ooty 643001.

Thanking you,
Lakshmi R.
Housekeeping Supervisor, Neelgiri Residency Ooty
""",
  label=order("Neelgiri Residency Hotels", None, [
      L("CH-GLASS-5L", 4, "EA"), L("CH-FLOOR-5L", 6, "EA"), L("CH-MSC-20L", 2, "EA"), L("CH-LAUN-20L", 3, "EA"),
      L("CH-TRIG-750", 20, "EA")],
      rd=ABSENT, cur=None,
      ship=S("Neelgiri Residency Ooty", "22 Club Road", "Ooty", None, "643001", "IN")))


D(name="in04_coastal_spice_new_customer",
  frm="Arjun Menon <arjun@coastalspicekitchen.in>",
  subject="Order ref CSK/26/07 - takeaway packaging",
  date="2026-03-21T14:30:00+05:30",
  body="""Hello,

We run a cloud kitchen in Kochi and would like to order. Order ref CSK/26/07, dated 21.03.2026. Delivery required on 28.03.2026.

Deliver to:
Coastal Spice Kitchen
Door No. 41/2210, Chittoor Road
Kochi, Kerala 682011

1. 1000 ml kraft bowls - 5 cases
2. Lids for 1000 ml bowl - 5 cases
3. 500 ml kraft bowls - 3 cases
4. Lids for 500 ml - 3 cases
5. Wooden spoons - 2 cases
6. Kraft carry bags small - 2 cases

Kindly send proforma invoice for advance payment.

Arjun Menon
Coastal Spice Kitchen
""",
  label=order("Coastal Spice Kitchen", "CSK/26/07", [
      L("TA-KBOWL-1000", 5, "CS"), L("TA-KLID-7510", 5, "CS"), L("TA-KBOWL-500", 3, "CS"), L("TA-KLID-500", 3, "CS"),
      L("TA-WD-SPOON", 2, "CS"), L("TA-BAG-KR-S", 2, "CS")],
      od="2026-03-21", rd="2026-03-28", cur=None,
      ship=S("Coastal Spice Kitchen", "Door No. 41/2210, Chittoor Road", "Kochi", "Kerala", "682011", "IN")))


D(name="sg01_tanjong_po_sgd",
  frm="Melissa Goh <purchasing@tanjongverandah.com.sg>",
  subject="PO No.: TVH-PO-26-0311",
  date="2026-03-11T10:00:00+08:00",
  body="""Dear Saltmarsh,

PO No.: TVH-PO-26-0311
Date: 11 Mar 2026
Delivery Date: 18 Mar 2026

Deliver to: Tanjong Verandah Hotel, 18 Duxton Hill, Singapore 089600 (loading bay, Duxton Hill side)

1) Body lotion 30ml citrus verbena - 4 ctn @ S$72.00
2) Vanity kit - 2 ctn @ S$71.00
3) Sewing kit - 1 ctn @ S$64.00
4) Slippers open toe - 3 ctn @ S$118.00
5) Wall dispenser 300ml black - 40 pcs @ S$9.80

Best regards,
Melissa Goh
Purchasing Executive, Tanjong Verandah Hotel
""",
  label=order("Tanjong Verandah Hotel", "TVH-PO-26-0311", [
      L("AM-BL-30-CV", 4, "CS", 72.00), L("AM-VANITY-KIT", 2, "CS", 71.00), L("AM-SEWING-KIT", 1, "CS", 64.00),
      L("AM-SLIPPER-OT", 3, "CS", 118.00), L("AM-DISP-300-BK", 40, "EA", 9.80)],
      od="2026-03-11", rd="2026-03-18", cur="SGD",
      ship=S("Tanjong Verandah Hotel", "18 Duxton Hill", "Singapore", None, "089600", "SG")))


D(name="sg02_orchidlane_html_event",
  frm="Kelvin Tan <ops@orchidlanecatering.sg>",
  subject="Order #OLC-5521",
  date="2026-03-19T15:40:00+08:00",
  html="""<html><body>
<p>Hi Saltmarsh team,</p>
<p><b>Order #OLC-5521</b> &middot; order date 19/03/2026 &middot; currency SGD</p>
<p>Please deliver on <b>2026-03-28</b> directly to the event venue:<br/>
Orchid Lane @ Bayfront Pavilion<br/>
6 Raffles Boulevard #01-02<br/>
Singapore 039594</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Item</th><th>Qty</th><th>UOM</th><th>Unit price</th></tr>
<tr><td>Charger plate 31cm</td><td>15</td><td>doz</td><td>67.20</td></tr>
<tr><td>Dinner plate 27cm</td><td>5</td><td>case (36)</td><td>130.57</td></tr>
<tr><td>Wine glass 470ml</td><td>8</td><td>case (24)</td><td>55.86</td></tr>
<tr><td>Champagne flute</td><td>6</td><td>case (24)</td><td>52.44</td></tr>
<tr><td>Dinner napkin 3ply white</td><td>3</td><td>case</td><td>39.00</td></tr>
</table>
<p>Thanks,<br/>Kelvin Tan<br/>Operations, Orchid Lane Catering Pte Ltd<br/>25 Senoko Way #03-11, Singapore 758047</p>
</body></html>""",
  label=order("Orchid Lane Catering Pte Ltd", "OLC-5521", [
      L("TW-PLT-31-DZ", 15, "DZ", 67.20), L("TW-PLT-27-CS", 5, "CS", 130.57), L("GL-WINE-470-CS", 8, "CS", 55.86),
      L("GL-FLUTE-170-CS", 6, "CS", 52.44), L("TA-NAP-DIN-WH", 3, "CS", 39.00)],
      od="2026-03-19", rd="2026-03-28", cur="SGD",
      ship=S("Orchid Lane @ Bayfront Pavilion", "6 Raffles Boulevard #01-02", "Singapore", None, "039594", "SG")))


D(name="sg03_orchidlane_csv_own_codes",
  frm="Kelvin Tan <ops@orchidlanecatering.sg>",
  subject="weekly disposables",
  date="2026-03-24T09:30:00+08:00",
  body="""Hi, weekly disposables attached. No PO this week, deliver to our Senoko kitchen as usual.

Kelvin
""",
  att=[("csv", "OLC_weekly.csv", "OLC Code,Description,Qty,UOM\nOLC-D-014,Meal box 9in kraft,6,CTN\nOLC-D-015,Burger box 6in kraft,2,CTN\nOLC-D-021,Wooden fork,4,CTN\nOLC-D-022,Wooden knife,2,CTN\nOLC-D-030,Napkin 2ply white 33cm,3,CTN\nOLC-D-041,Kraft bag large,2,CTN\n")],
  label=order("Orchid Lane Catering Pte Ltd", None, [
      L("TA-CLAM-9", 6, "CS", part="OLC-D-014"), L("TA-CLAM-6", 2, "CS", part="OLC-D-015"), L("TA-WD-FORK", 4, "CS", part="OLC-D-021"),
      L("TA-WD-KNIFE", 2, "CS", part="OLC-D-022"), L("TA-NAP-2P-WH", 3, "CS", part="OLC-D-030"), L("TA-BAG-KR-L", 2, "CS", part="OLC-D-041")],
      cur=None))


D(name="sg04_tanjong_bar_po7741",
  frm="Hafiz Rahman <bar@tanjongverandah.com.sg>",
  subject="PO 7741 - bar",
  date="2026-03-26T21:10:00+08:00",
  body="""Hi,

PO 7741 for the verandah bar pls.

coupe x 2 doz
rocks x 1 ctn (24)
highball 300 x 2 doz
dome lids for PET cups x 1 ctn
cold cups 20oz x 1 ctn

Thanks ah
Hafiz
Bar Manager
""",
  label=order("Tanjong Verandah Hotel", "7741", [
      L("GL-COUPE-220-DZ", 2, "DZ"), L("GL-ROCKS-260-CS", 1, "CS"), L("GL-HIBALL-300-DZ", 2, "DZ"),
      L("TA-CCLID-DOME", 1, "CS"), L("TA-CC-20", 1, "CS")],
      cur=None))


D(name="sg05_logistics_invoice",
  frm="Lion Gate Logistics Pte Ltd <billing@liongatelogistics.sg>",
  subject="Tax Invoice INV-26-1193",
  date="2026-03-31T17:00:00+08:00",
  body="""Dear Saltmarsh Hospitality Supply,

Please find below our tax invoice for March deliveries.

TAX INVOICE No. INV-26-1193
Invoice date: 31/03/2026
Bill to: Saltmarsh Hospitality Supply (Singapore branch)

Last-mile delivery, 23 drops, March 2026     S$ 1,610.00
Fuel surcharge 6%                           S$    96.60
GST 9%                                      S$   153.59
Total due                                   S$ 1,860.19

Payment terms: 30 days. Bank transfer to the account on file.

Accounts Receivable
Lion Gate Logistics Pte Ltd
""",
  label=notorder(kind="invoice"))
