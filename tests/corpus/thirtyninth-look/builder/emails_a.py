# -*- coding: utf-8 -*-
from common import *

DOCS = []
def doc(name, frm, subject, date, body, lab, **kw):
    DOCS.append((name, frm, subject, date, body, lab, kw))

doc("e01_ranelagh_usual", "Siobhán Kelly <practicemanager@ranelaghgp.ie>", "order", "Mon, 07 Dec 2026 08:41:10 +0000",
"""Hi lads,

Can ye send the usual please:

20 x nitrile gloves medium
10 x nitrile gloves large
5 x 5ml syringes luer slip
3 x 23G blue needles 1"
2 x hand gel 500ml

Thanks a mil,
Siobhán

--
Siobhán Kelly | Practice Manager
Ranelagh Family Practice
41 Ranelagh Road, Dublin 6, D06 X2T4
Tel: 01 497 2210
This e-mail and any attachments are confidential and intended solely for the addressee.
""", label("Ranelagh Family Practice", [
    L("GN-M-100", "nitrile gloves medium", 20), L("GN-L-100", "nitrile gloves large", 10),
    L("SY-5-LS", "5ml syringes luer slip", 5), L("ND-23-25", '23G blue needles 1"', 3),
    L("DS-HR-500", "hand gel 500ml", 2)]))

doc("e02_shannon_numbered", "Aoife Nolan <reception@shannondental.ie>", "Order SDC-2291", "Mon, 07 Dec 2026 09:02:44 +0000",
"""Good morning,

Please find our order below, PO SDC-2291.

1. DB-2P-BL  Dental bibs blue 2-ply – 4 packs @ €21.50
2. CR-2-300  Cotton rolls size 2 – 6 packs @ €4.20
3. DN-30S  30G short dental needles – 5 boxes @ €11.90
4. GN-S-100  Nitrile gloves small – 10 boxes @ €5.90
5. MK-IIR-EL  Type IIR masks earloop – 4 boxes @ €6.50

Deliver to the surgery as normal. We need it by Friday 11th December if at all possible as we are
running very low on bibs.

Kind regards,
Aoife Nolan
Shannon Dental Care
Unit 4, Dock Road Business Park, Limerick V94 K6E2
061 409 118
""", label("Shannon Dental Care", [
    L("DB-2P-BL", "Dental bibs blue 2-ply", 4, "PK", 21.50), L("CR-2-300", "Cotton rolls size 2", 6, "PK", 4.20),
    L("DN-30S", "30G short dental needles", 5, "BX", 11.90), L("GN-S-100", "Nitrile gloves small", 10, "BX", 5.90),
    L("MK-IIR-EL", "Type IIR masks earloop", 4, "BX", 6.50)], po="SDC-2291", rd="2026-12-11", cur="EUR"))

doc("e03_harrow_tabs", "Priya Shah <p.shah@harrowroadmc.co.uk>", "Purchase order HRMC/PO/4471", "Tue, 08 Dec 2026 11:20:05 +0000",
"""Hello,

Order ref: HRMC/PO/4471 – pasted from our stock sheet below. Prices as per your November price list (GBP).

Item\tDescription\tQty\tUnit price
GN-M-200\tNitrile PF gloves M (box 200)\t12\t£9.40
GN-L-200\tNitrile PF gloves L (box 200)\t8\t£9.40
SY-10-LS\t10ml syringe luer slip\t4\t£7.30
ND-21-40\tGreen needles 21G 1.5"\t6\t£3.30
GZ-10-NS-100\tGauze 10x10 non-sterile\t15\t£2.50
SH-1\tSharps bin 1 litre\t20\t£1.15
US-10\tUrine dipsticks 10 param\t3\t£10.90

Please deliver to:
Harrow Road Medical Centre
212 Harrow Road
London W2 5ES

Many thanks,
Priya Shah
Practice Administrator
Harrow Road Medical Centre | 020 7286 4410
""", label("Harrow Road Medical Centre", [
    L("GN-M-200", "Nitrile PF gloves M (box 200)", 12, "BX", 9.40), L("GN-L-200", "Nitrile PF gloves L (box 200)", 8, "BX", 9.40),
    L("SY-10-LS", "10ml syringe luer slip", 4, "BX", 7.30), L("ND-21-40", 'Green needles 21G 1.5"', 6, "BX", 3.30),
    L("GZ-10-NS-100", "Gauze 10x10 non-sterile", 15, "PK", 2.50), L("SH-1", "Sharps bin 1 litre", 20, "EA", 1.15),
    L("US-10", "Urine dipsticks 10 param", 3, "EA", 10.90)], po="HRMC/PO/4471", cur="GBP",
    ship=ship("Harrow Road Medical Centre", "212 Harrow Road", "London", "W2 5ES", "GB")))

doc("e04_stbrigids_chatty", "Mary Doyle <don@stbrigidsnh.ie>", "Bits for this week", "Tue, 08 Dec 2026 07:55:31 +0000",
"""Morning Declan,

Hope all is well with you and the family. Mary here from St Brigid's. Couple of bits for this week's
delivery please, we're nearly out of the vinyls again (the night staff go through them like nobody's business):

- Vinyl gloves large x 8 boxes
- Vinyl gloves medium x 6 boxes
- Aprons white x 3 rolls
- Alcohol-free wipes (200 tub) x 12
- Sharps bin 11.5L x 2

Our PO is 0098/26. Same delivery address as always, back entrance by the laundry.

Thanks a million,
Mary

Mary Doyle RGN
Director of Nursing
St. Brigid's Nursing Home, Curragh Road, Kildare R51 HX03
045 521 778
""", label("St. Brigid's Nursing Home", [
    L("GV-L-100", "Vinyl gloves large", 8, "BX"), L("GV-M-100", "Vinyl gloves medium", 6, "BX"),
    L("AP-WH", "Aprons white", 3, "RL"), L("DS-WP-200", "Alcohol-free wipes (200 tub)", 12, "EA"),
    L("SH-11.5", "Sharps bin 11.5L", 2, "EA")], po="0098/26"))

doc("e05_mccabes_boxes_of_100", "Ciara McCabe <orders@mccabespharmacy.ie>", "Order MCP-8812", "Tue, 08 Dec 2026 14:12:00 +0000",
"""Hi,

Please supply the following for the shop:

Nitrile gloves powder free medium - 10 boxes of 100
Nitrile gloves powder free large - 5 boxes of 100
Latex gloves PF small - 3 boxes of 100
Insulin syringes 0.5ml 30G - 4 boxes of 100
Alcohol prep pads - 10 boxes

PO: MCP-8812

Thanks,
Ciara
McCabe's Pharmacy
17 Oliver Plunkett St, Cork | 021 427 9901
""", label("McCabe's Pharmacy", [
    L("GN-M-100", "Nitrile gloves powder free medium", 10, "BX"), L("GN-L-100", "Nitrile gloves powder free large", 5, "BX"),
    L("GL-S-100", "Latex gloves PF small", 3, "BX"), L("SY-INS-05", "Insulin syringes 0.5ml 30G", 4, "BX"),
    L("DS-AP-100", "Alcohol prep pads", 10, "BX")], po="MCP-8812"))

doc("e06_galwayvets_pieces", "Niall Fahy <niall@galwaybayvets.ie>", "gloves + syringes", "Wed, 09 Dec 2026 10:03:19 +0000",
"""Hiya,

Could we get 1000 nitrile gloves in medium and 500 in small please. Also:

200 x 2ml luer lock syringes
300 x 21G 1" needles
2 x 22 litre sharps containers

No PO needed on our side, just invoice the hospital account as usual.

Cheers
Niall Fahy MVB
Galway Bay Veterinary Hospital
Tuam Road, Galway
091 770 334

Sent from my iPhone
""", label("Galway Bay Veterinary Hospital", [
    L("GN-M-100", "nitrile gloves in medium", 1000, "EA"), L("GN-S-100", "500 in small", 500, "EA"),
    L("SY-2-LL", "2ml luer lock syringes", 200, "EA"), L("ND-21-25", '21G 1" needles', 300, "EA"),
    L("SH-22", "22 litre sharps containers", 2, "EA")]))

doc("e07_oakwood_erp_fixed", "Purchasing <purchasing@oakwoodcare.co.uk>", "PURCHASE ORDER OCH-PO-015532", "Fri, 04 Dec 2026 16:30:00 +0000",
"""Please find below purchase order OCH-PO-015532. Please quote the PO number on all paperwork.

PURCHASE ORDER          PO No: OCH-PO-015532          Date: 04/12/2026
Supplier: LIFFEY & TAGUS MEDICAL SUPPLIES LTD (ACC LIF001)

Ln  Supplier Code   Description                               Qty  UOM   Unit GBP    Net GBP
--  --------------  ----------------------------------------  ---  ----  --------  ---------
 1  GV-M-100        VINYL GLOVES P/F MEDIUM BX100              40  BOX       3.35     134.00
 2  GV-L-100        VINYL GLOVES P/F LARGE BX100               30  BOX       3.35     100.50
 3  AP-BL           APRONS BLUE ROLL 200                       10  ROLL      5.30      53.00
 4  DS-HR-5L        HAND GEL 70% 5LTR                           4  EACH     21.00      84.00
 5  DS-SF-1L        SURFACE DISINF ALCOHOL FREE 1LTR           12  EACH      5.85      70.20
 6  CO-RL-50        COUCH ROLL 50CM                            18  ROLL      2.25      40.50
                                                                          ------------------
                                                              Total Net GBP           482.20

Deliver to:  Oakwood Care Homes - Elm Lodge, 14 Stoke Lane, Bristol BS9 3DN
Delivery required: 14/12/2026 (goods-in Mon-Fri 9-3)

Oakwood Care Homes Ltd | Oakwood House, 90 Whiteladies Road, Bristol BS8 2QN | Company No. 04417721
This is a system generated order, please do not reply to this mailbox.
""", label("Oakwood Care Homes Ltd", [
    L("GV-M-100", "VINYL GLOVES P/F MEDIUM BX100", 40, "BX", 3.35), L("GV-L-100", "VINYL GLOVES P/F LARGE BX100", 30, "BX", 3.35),
    L("AP-BL", "APRONS BLUE ROLL 200", 10, "RL", 5.30), L("DS-HR-5L", "HAND GEL 70% 5LTR", 4, "EA", 21.00),
    L("DS-SF-1L", "SURFACE DISINF ALCOHOL FREE 1LTR", 12, "EA", 5.85), L("CO-RL-50", "COUCH ROLL 50CM", 18, "RL", 2.25)],
    po="OCH-PO-015532", od="2026-12-04", rd="2026-12-14", cur="GBP",
    ship=ship("Oakwood Care Homes - Elm Lodge", "14 Stoke Lane", "Bristol", "BS9 3DN", "GB")))

doc("e08_pennine_codes_only", "Tom Ridley <tom.ridley@penninedental.co.uk>", "order", "Wed, 09 Dec 2026 08:15:50 +0000",
"""Order please:

DB-3P-BL x 6
CR-1-300 x 10
CR-2-1000 x 4
DN-27L x 3
DN-30XS x 3
DM-SE-BL x 8
SU-SK-30 x 2

PO PDG-30917

Thanks
Tom

Tom Ridley | Practice Manager | Pennine Dental Group
3 Wellington Street, Leeds LS1 4DL | 0113 245 0912
""", label("Pennine Dental Group", [
    L("DB-3P-BL", "DB-3P-BL", 6), L("CR-1-300", "CR-1-300", 10), L("CR-2-1000", "CR-2-1000", 4),
    L("DN-27L", "DN-27L", 3), L("DN-30XS", "DN-30XS", 3), L("DM-SE-BL", "DM-SE-BL", 8), L("SU-SK-30", "SU-SK-30", 2)],
    po="PDG-30917"))

doc("e09_alnoor_sentence", "Dr. Farah Siddiqui <procurement@alnoorclinic.ae>", "Supply request - Al Noor Family Clinic", "Thu, 10 Dec 2026 06:48:12 +0400",
"""Dear Sir/Madam,

Greetings from Al Noor Family Clinic.

Kindly arrange to supply us twenty boxes of medium nitrile gloves along with fifteen boxes of the large size,
and since our stock of 5 ml luer lock syringes is almost finished please add 8 boxes of those as well as
6 boxes of 23G x 1 inch needles. We would also need 3 boxes of FFP2 masks without valve.

Our LPO number is ANFC/LPO/2026/0388. Delivery to the clinic on or before 20 December 2026 please.

Best regards,

Dr. Farah Siddiqui
Medical Director
Al Noor Family Clinic
Al Wasl Road, Villa 22, Jumeirah, Dubai, UAE
Tel: +971 4 344 1290
""", label("Al Noor Family Clinic", [
    L("GN-M-100", "medium nitrile gloves", 20, "BX"), L("GN-L-100", "large size", 15, "BX"),
    L("SY-5-LL", "5 ml luer lock syringes", 8, "BX"), L("ND-23-25", "23G x 1 inch needles", 6, "BX"),
    L("MK-FFP2-NV", "FFP2 masks without valve", 3, "BX")], po="ANFC/LPO/2026/0388", rd="2026-12-20"))

doc("e10_sorriso_pt", "Marta Ferreira <compras@sorrisoporto.pt>", "Encomenda 2026/1187", "Thu, 10 Dec 2026 10:22:40 +0000",
"""Bom dia,

Segue a nossa encomenda:

- 10 caixas de luvas nitrilo S sem pó
- 10 caixas de luvas nitrilo M sem pó
- 4 pacotes de babetes azuis 2 camadas (500 un.)
- 6 pacotes de rolos de algodão nº 2 (300 un.)
- 5 caixas de agulhas dentárias 30G curtas

Nota de encomenda n.º 2026/1187. Entrega até dia 18 de dezembro, por favor.

Obrigada.
Com os melhores cumprimentos,

Marta Ferreira
Clínica Dentária Sorriso do Porto
Rua de Santa Catarina 512, 4000-446 Porto
Tel. 222 054 310
""", label("Clínica Dentária Sorriso do Porto", [
    L("GN-S-100", "luvas nitrilo S sem pó", 10, "BX"), L("GN-M-100", "luvas nitrilo M sem pó", 10, "BX"),
    L("DB-2P-BL", "babetes azuis 2 camadas (500 un.)", 4, "PK"), L("CR-2-300", "rolos de algodão nº 2 (300 un.)", 6, "PK"),
    L("DN-30S", "agulhas dentárias 30G curtas", 5, "BX")], po="2026/1187", rd="2026-12-18"), to=ENCOMENDAS)

doc("e11_farmacia_avenida_pt_table", "Farmácia Avenida <geral@farmaciaavenida.pt>", "Encomenda FA-1204", "Fri, 11 Dec 2026 09:05:00 +0000",
"""Boa tarde,

Envio a encomenda FA-1204 com data de hoje (11/12/2026).

Ref.        | Descrição                          | Qtd | Preço unit.
DS-HR-500   | Gel desinfetante mãos 500 ml       | 24  | 4,20 €
DS-HR-100   | Gel desinfetante bolso 100 ml      | 48  | 1,40 €
MK-FFP2-NV  | Máscara FFP2 sem válvula cx 20     | 10  | 9,80 €
MK-IIR-EL   | Máscara cirúrgica IIR cx 50        | 15  | 6,50 €
PL-FAB      | Pensos rápidos tecido sortidos     | 12  | 3,10 €
BD-CR-10    | Ligadura crepe 10 cm               | 5   | 7,90 €

Morada de entrega: a da farmácia.

Cumprimentos,
Rita Sousa
Farmácia Avenida — Avenida da República 77, 1050-190 Lisboa
NIF 503 221 870
""", label("Farmácia Avenida", [
    L("DS-HR-500", "Gel desinfetante mãos 500 ml", 24, "EA", 4.20), L("DS-HR-100", "Gel desinfetante bolso 100 ml", 48, "EA", 1.40),
    L("MK-FFP2-NV", "Máscara FFP2 sem válvula cx 20", 10, "BX", 9.80), L("MK-IIR-EL", "Máscara cirúrgica IIR cx 50", 15, "BX", 6.50),
    L("PL-FAB", "Pensos rápidos tecido sortidos", 12, "BX", 3.10), L("BD-CR-10", "Ligadura crepe 10 cm", 5, "PK", 7.90)],
    po="FA-1204", od="2026-12-11", cur="EUR"), to=ENCOMENDAS)

doc("e12_cvtejo_pt", "Rui Almeida <rui.almeida@cvtejo.pt>", "pedido material", "Fri, 11 Dec 2026 17:44:09 +0000",
"""Olá Pedro,

Precisamos do seguinte para a próxima semana:

Seringas 10 ml luer lock: 3 cx
Agulhas 18G x 1 1/2 (rosa): 2 cx
Compressas 10x10 não estéreis: 10 pacotes
Ligaduras coesivas 5 cm: 30 unidades
Contentor para cortantes 5 L: 4

Entregar na clínica, Rua Capitão Leitão 31, 2800-133 Almada.

Abraço,
Rui Almeida
Médico Veterinário — Centro Veterinário do Tejo
""", label("Centro Veterinário do Tejo", [
    L("SY-10-LL", "Seringas 10 ml luer lock", 3, "BX"), L("ND-18-40", "Agulhas 18G x 1 1/2 (rosa)", 2, "BX"),
    L("GZ-10-NS-100", "Compressas 10x10 não estéreis", 10, "PK"), L("BD-CH-5", "Ligaduras coesivas 5 cm", 30, "EA"),
    L("SH-5", "Contentor para cortantes 5 L", 4, "EA")],
    ship=ship("Centro Veterinário do Tejo", "Rua Capitão Leitão 31", "Almada", "2800-133", "PT")), to="pedro.marques@liffeytagus.pt")

doc("e13_triana_es", "Lucía Moreno <administracion@clinicatriana.es>", "Pedido CDT-556", "Mon, 14 Dec 2026 09:31:27 +0100",
"""Buenos días,

Os paso el pedido de este mes (nº CDT-556):

  * Baberos dentales 3 capas blancos ........ 5 paquetes
  * Rollos de algodón nº 3 ................... 8 paquetes de 300
  * Guantes de látex sin polvo talla S ........ 12 cajas
  * Guantes de látex sin polvo talla M ........ 12 cajas
  * Agujas dentales 27G largas ................ 4 cajas
  * Sutura seda 3/0 ........................... 2 cajas

Si puede ser, que llegue antes del 22/12.

Un saludo,
Lucía Moreno
Clínica Dental Triana · C/ San Jacinto 48 · 41010 Sevilla · 954 33 21 09
""", label("Clínica Dental Triana", [
    L("DB-3P-WH", "Baberos dentales 3 capas blancos", 5, "PK"), L("CR-3-300", "Rollos de algodón nº 3", 8, "PK"),
    L("GL-S-100", "Guantes de látex sin polvo talla S", 12, "BX"), L("GL-M-100", "Guantes de látex sin polvo talla M", 12, "BX"),
    L("DN-27L", "Agujas dentales 27G largas", 4, "BX"), L("SU-SK-30", "Sutura seda 3/0", 2, "BX")],
    po="CDT-556", rd="2026-12-22"))

doc("e14_losolivos_es", "Javier Ruiz <compras@residencialosolivos.es>", "Pedido semanal - Residencia Los Olivos", "Mon, 14 Dec 2026 12:00:03 +0100",
"""Hola,

Pedido semanal:

- Guantes vinilo talla L: 20 cajas
- Guantes vinilo talla M: 15 cajas
- Mascarillas quirúrgicas IIR (gomas): 10 cajas
- Gel hidroalcohólico garrafa 5 L: 6
- Empapadores 60x90: 10 paquetes
- Toallitas desinfectantes sin alcohol (bote 200): 12

Entregar en: Residencia Los Olivos, C/ de Arturo Soria 245, 28033 Madrid (muelle de cocina).

Gracias,
Javier Ruiz
Departamento de Compras
Tel. 91 388 20 44
""", label("Residencia Los Olivos", [
    L("GV-L-100", "Guantes vinilo talla L", 20, "BX"), L("GV-M-100", "Guantes vinilo talla M", 15, "BX"),
    L("MK-IIR-EL", "Mascarillas quirúrgicas IIR (gomas)", 10, "BX"), L("DS-HR-5L", "Gel hidroalcohólico garrafa 5 L", 6, "EA"),
    L(None, "Empapadores 60x90", 10, "PK"), L("DS-WP-200", "Toallitas desinfectantes sin alcohol (bote 200)", 12, "EA")],
    ship=ship("Residencia Los Olivos", "C/ de Arturo Soria 245", "Madrid", "28033", "ES")))

doc("e15_karagianni_gr", "Γιώργος Καραγιάννης <info@karagiannidental.gr>", "Παραγγελία", "Tue, 15 Dec 2026 10:10:10 +0200",
"""Καλημέρα σας,

Θα θέλαμε να παραγγείλουμε τα παρακάτω:

1) Γάντια νιτριλίου χωρίς πούδρα Medium – 5 κουτιά
2) Σαλιάρες 2-ply μπλε – 3 πακέτα
3) Βαμβακοκύλινδροι Νο 2 – 10 πακέτα
4) Βελόνες οδοντιατρικές 30G short – 4 κουτιά
5) Σιελογόνα (saliva ejectors) διάφανα – 6 σακουλάκια

Παρακαλώ επιβεβαιώστε την παραλαβή.

Ευχαριστώ,
Γιώργος Καραγιάννης
Οδοντίατρος
Τσιμισκή 89, 546 22 Θεσσαλονίκη
Τηλ. 2310 245 870
""", label("Karagianni Dental Clinic", [
    L("GN-M-100", "Γάντια νιτριλίου χωρίς πούδρα Medium", 5, "BX"), L("DB-2P-BL", "Σαλιάρες 2-ply μπλε", 3, "PK"),
    L("CR-2-300", "Βαμβακοκύλινδροι Νο 2", 10, "PK"), L("DN-30S", "Βελόνες οδοντιατρικές 30G short", 4, "BX"),
    L("DM-SE-CL", "Σιελογόνα (saliva ejectors) διάφανα", 6, "PK")]))

doc("e16_nikolaou_gr", "Φαρμακείο Νικολάου <orders@farmakeio-nikolaou.gr>", "Παραγγελία 1459", "Wed, 02 Dec 2026 13:40:00 +0200",
"""Αρ. Παραγγελίας: 1459
Ημερομηνία: 02/12/2026

Είδος                                  Ποσότητα   Τιμή
Μάσκες FFP2 χωρίς βαλβίδα (κουτί 20)    15         9,80
Μάσκες FFP3 χωρίς βαλβίδα (κουτί 20)    4          24,00
Αντισηπτικό χεριών 500 ml               36         4,20
Γάζες αποστειρωμένες 10x10 (5 τεμ.)      10         6,80
Επίδεσμοι κρεπ 10 cm                    6          7,90

Τιμές σε ευρώ χωρίς ΦΠΑ.

Με εκτίμηση,
Ελένη Νικολάου
Φαρμακείο Νικολάου – Πατησίων 140, 112 57 Αθήνα – τηλ. 210 861 4420
""", label("Pharmacy Nikolaou", [
    L("MK-FFP2-NV", "Μάσκες FFP2 χωρίς βαλβίδα (κουτί 20)", 15, "BX", 9.80), L("MK-FFP3-NV", "Μάσκες FFP3 χωρίς βαλβίδα (κουτί 20)", 4, "BX", 24.00),
    L("DS-HR-500", "Αντισηπτικό χεριών 500 ml", 36, "EA", 4.20), L("GZ-10-ST-5", "Γάζες αποστειρωμένες 10x10 (5 τεμ.)", 10, "BX", 6.80),
    L("BD-CR-10", "Επίδεσμοι κρεπ 10 cm", 6, "PK", 7.90)], po="1459", od="2026-12-02", cur="EUR"))

doc("e17_ege_tr", "Ege Diş Kliniği <satinalma@egedis.com.tr>", "Sipariş EGE-2026-311", "Wed, 16 Dec 2026 11:25:00 +0300",
"""Merhaba,

Aşağıdaki ürünleri sipariş etmek istiyoruz:

Nitril eldiven pudrasız M – 20 kutu
Nitril eldiven pudrasız S – 10 kutu
Hasta önlüğü (dental bib) mavi 2 katlı – 5 paket
Pamuk rulo No:2 – 10 paket
Dental iğne 27G uzun – 4 kutu
Cerrahi maske Tip IIR – 6 kutu

Sipariş No: EGE-2026-311
Teslim tarihi: 21.12.2026

Saygılarımızla,
Zeynep Aydın
Ege Diş Kliniği
Kıbrıs Şehitleri Cad. No:112, 35220 Alsancak / İzmir
Tel: 0232 463 18 90
""", label("Ege Diş Kliniği", [
    L("GN-M-100", "Nitril eldiven pudrasız M", 20, "BX"), L("GN-S-100", "Nitril eldiven pudrasız S", 10, "BX"),
    L("DB-2P-BL", "Hasta önlüğü (dental bib) mavi 2 katlı", 5, "PK"), L("CR-2-300", "Pamuk rulo No:2", 10, "PK"),
    L("DN-27L", "Dental iğne 27G uzun", 4, "BX"), L("MK-IIR-EL", "Cerrahi maske Tip IIR", 6, "BX")],
    po="EGE-2026-311", rd="2026-12-21"))

doc("e18_bursa_tr_unknown", "Mehmet Kaya <mehmet.kaya@bursaanadolutip.com.tr>", "Sipariş talebi", "Thu, 17 Dec 2026 09:00:00 +0300",
"""Sayın Yetkili,

Firmanızı internet sitenizden bulduk. Merkezimiz için aşağıdaki malzemeleri sipariş etmek istiyoruz:

1. Lateks muayene eldiveni pudrasız L, 100'lük kutu: 30 kutu
2. Enjektör 5 ml luer slip: 10 kutu
3. İğne 22G x 1 1/4" siyah: 5 kutu
4. FFP3 maske ventilli: 8 kutu
5. Tesbit bandı 2,5 cm: 4 kutu

Teslimat adresi:
Bursa Anadolu Tıp Merkezi
Altınşehir Mah. Ahmet Hamdi Tanpınar Cad. No:45
16120 Nilüfer / Bursa

Proforma fatura gönderebilirseniz ödemeyi havale ile yapacağız.

Saygılarımla,
Mehmet Kaya
Satın Alma Sorumlusu
Bursa Anadolu Tıp Merkezi — Tel: 0224 451 77 00
""", label("Bursa Anadolu Tıp Merkezi", [
    L("GL-L-100", "Lateks muayene eldiveni pudrasız L, 100'lük kutu", 30, "BX"), L("SY-5-LS", "Enjektör 5 ml luer slip", 10, "BX"),
    L("ND-22-30", 'İğne 22G x 1 1/4" siyah', 5, "BX"), L("MK-FFP3-V", "FFP3 maske ventilli", 8, "BX"),
    L("TP-MP-25", "Tesbit bandı 2,5 cm", 4, "BX")],
    ship=ship("Bursa Anadolu Tıp Merkezi", "Altınşehir Mah. Ahmet Hamdi Tanpınar Cad. No:45", "Bursa", "16120", "TR", region="Nilüfer")))

doc("e19_avenida_correction_pt", "Farmácia Avenida <geral@farmaciaavenida.pt>", "RE: Encomenda FA-1198", "Thu, 03 Dec 2026 15:02:11 +0000",
"""Boa tarde,

Peço desculpa, na encomenda FA-1198 que enviei ontem há dois erros:
- as luvas nitrilo M passam para 12 caixas (em vez de 6);
- retirem as máscaras FFP3, já não precisamos.
O resto mantém-se. Por favor considerem este e-mail como a encomenda final.

Obrigada,
Rita

-----Mensagem original-----
De: Farmácia Avenida <geral@farmaciaavenida.pt>
Enviada: quarta-feira, 2 de dezembro de 2026 18:20
Para: encomendas@liffeytagus.pt
Assunto: Encomenda FA-1198

> Bom dia,
> encomenda FA-1198:
> Luvas nitrilo sem pó tamanho M - 6 caixas
> Luvas nitrilo sem pó tamanho L - 4 caixas
> Máscaras FFP3 sem válvula - 2 caixas
> Álcool gel 1 litro recarga - 10 unidades
> Cumprimentos, Rita Sousa
""", label("Farmácia Avenida", [
    L("GN-M-100", "Luvas nitrilo sem pó tamanho M", 12, "BX"), L("GN-L-100", "Luvas nitrilo sem pó tamanho L", 4, "BX"),
    L("DS-HR-1L", "Álcool gel 1 litro recarga", 10, "EA")], po="FA-1198"), to=ENCOMENDAS)

doc("e20_ballina_iphone_unknown", "Ger Walsh <gerwalsh.ballina@eircom.net>", "Order", "Thu, 17 Dec 2026 19:12:40 +0000",
"""Hi, pls send 6 bx latex gloves M, 6 bx latex L, 2 bx FFP2 no valve and 4 x 1L hand sanitiser refills.

Deliver to Ballina Pharmacy, 8 Main Street, Ballina, Co. Mayo F26 Y2K9

Thanks, Ger

Sent from my iPhone
""", label("Ballina Pharmacy", [
    L("GL-M-100", "latex gloves M", 6, "BX"), L("GL-L-100", "latex L", 6, "BX"),
    L("MK-FFP2-NV", "FFP2 no valve", 2, "BX"), L("DS-HR-1L", "1L hand sanitiser refills", 4, "EA")],
    ship=ship("Ballina Pharmacy", "8 Main Street", "Ballina", "F26 Y2K9", "IE", region="Co. Mayo")))

doc("e21_smilecraft_indian", "Dr. Anand Kulkarni <smilecraftdental@smilecraftdental.in>", "Purchase Order SCDC/26-27/117", "Sat, 05 Dec 2026 12:33:00 +0530",
"""Dear Sir,

Greetings of the day!

Kindly find below our requirement against PO No. SCDC/26-27/117 dated 05/12/2026.

1) Dental needles 27G short - 10 boxes
2) Cotton rolls no.2 (bag of 1000) - 5 bags
3) Disposable bibs 3 ply blue - 6 packets
4) Nitrile gloves small - 15 boxes
5) Surgical mask type IIR with ear loop - 10 boxes

Material required by 15/01/2027. Kindly do the needful and revert with dispatch details at the earliest.

Thanks & Regards,
Dr. Anand Kulkarni
Smile Craft Dental Clinic
Shop 6, Prabhat Road, Erandwane, Pune - 411004
Mob: +91 98220 41177
""", label("Smile Craft Dental Clinic", [
    L("DN-27S", "Dental needles 27G short", 10, "BX"), L("CR-2-1000", "Cotton rolls no.2 (bag of 1000)", 5, "PK"),
    L("DB-3P-BL", "Disposable bibs 3 ply blue", 6, "PK"), L("GN-S-100", "Nitrile gloves small", 15, "BX"),
    L("MK-IIR-EL", "Surgical mask type IIR with ear loop", 10, "BX")],
    po="SCDC/26-27/117", od="2026-12-05", rd="2027-01-15"))
