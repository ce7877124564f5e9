from emails_a import *

add("e22_new_beanthere_uk", "Dev Malhotra <hello@beanthere-kiosk.co.uk>", "First order - new kiosk in Norwich", dt(4, "17:48"),
"""Hello,

We're a new coffee kiosk opening at Fenwick Row market in Norwich on the 14th - picked up your
price list at the trade show in Birmingham. Could we get:

1 x case 8oz double wall kraft cups
1 x case 12oz double wall kraft
2 sleeves of 90mm black lids
1 box wooden stirrers (the long ones, 178mm)
3 x 1kg Casa beans
1 x sugar free caramel syrup

Delivery:
Bean There Kiosk
Stall 14, Fenwick Row Market
Norwich NR2 1QT

Happy to pay by card up front. Cheers,
Dev Malhotra
Bean There Kiosk
""", label(customer="Bean There Kiosk", ship_to=S("Bean There Kiosk", "Stall 14, Fenwick Row Market", "Norwich", "NR2 1QT"), lines=[
    L("CUP-08DW-KR-CS", "8oz double wall kraft cups", 1, "CS"),
    L("CUP-12DW-KR-CS", "12oz double wall kraft", 1, "CS"),
    L("LID-90-BK-SL", "90mm black lids", 2, "PK"),
    L("STR-WD-178-1000", "wooden stirrers (the long ones, 178mm)", 1, "BX"),
    L("CF-CASA-WB-1K", "1kg Casa beans", 3, "EA"),
    L("SYR-CAR-SF-70", "sugar free caramel syrup", 1, "EA")]))

add("e23_new_papoila_pt", "Rita Sousa <rita.sousa@cafepapoila.pt>", "Primeira encomenda - Café Papoila", dt(3, "15:20"),
"""Olá,

Somos o Café Papoila em Aveiro, abrimos este mês. Queria encomendar:

- 5 kg café em grão Casa
- 1 caixa copos 8 onças papel (simples)
- 1 caixa tampas 80mm brancas
- 2 litros de xarope de baunilha (garrafas de 1L)

Morada: Café Papoila, Rua dos Moliceiros Antigos 42, 3800-150 Aveiro

Podem enviar a fatura para este email.
Cumprimentos,
Rita Sousa
""", label(customer="Café Papoila", ship_to=S("Café Papoila", "Rua dos Moliceiros Antigos 42", "Aveiro", "3800-150"), lines=[
    L("CF-CASA-WB-1K", "café em grão Casa", 5, "KG"),
    L("CUP-08SW-WH-CS", "copos 8 onças papel (simples)", 1, "CS"),
    L("LID-80-WH-CS", "tampas 80mm brancas", 1, "CS"),
    L("SYR-VAN-1L", "xarope de baunilha (garrafas de 1L)", 2, "EA")]))

add("e24_new_tassebleue_fr", "Élodie Marchand <contact@latassebleue-nantes.fr>", "Première commande", dt(5, "10:10", 1),
"""Bonjour,

Je suis gérante de La Tasse Bleue à Nantes, on m'a conseillé votre maison. Pourriez-vous m'envoyer :

• 2 x café décaféiné grains 250g
• 4 x Casa grains 250g
• 1 x Brésil 250g
• 1 pot de pastilles nettoyantes 2g x100
• 1 brosse groupe

Adresse : La Tasse Bleue, 7 allée des Hérons Cendrés, 44000 Nantes, France

Merci d'avance,
Élodie Marchand
""", label(customer="La Tasse Bleue", ship_to=S("La Tasse Bleue", "7 allée des Hérons Cendrés", "Nantes", "44000", "FR"), lines=[
    L("CF-DEC-WB-250", "café décaféiné grains 250g", 2, "EA"),
    L("CF-CASA-WB-250", "Casa grains 250g", 4, "EA"),
    L("CF-BRA-WB-250", "Brésil 250g", 1, "EA"),
    L("CLN-TAB-20-100", "pastilles nettoyantes 2g x100", 1, "EA"),
    L("ACC-BRUSH-GRP", "brosse groupe", 1, "EA")]))

add("e25_new_gmail_anon", "s.whitlow.home@gmail.com", "coffee order", dt(6, "20:31"),
"""Hi, can I order 2 boxes of the Lungo pods (10s) and 1 bag of the Ethiopian beans 250g, and a bag
of the Colombia too (250g).

Please send to the office: 9 Orchard Crescent, Cheltenham GL50 2AB

Thanks!

Sent from my iPhone
""", label(customer=None, ship_to=S(None, "9 Orchard Crescent", "Cheltenham", "GL50 2AB"), lines=[
    L("CAP-NC-LUN-10", "Lungo pods (10s)", 2, "BX"),
    L("CF-ETH-WB-250", "Ethiopian beans 250g", 1, "EA"),
    L("CF-COL-WB-250", "Colombia (250g)", 1, "EA")]))

add("e26_new_skjold_no", "Kari Vik <kari.vik@havnekontoret-skjold.no>", "Bestilling kaffe og te", dt(2, "12:05", 1),
"""Hei,

Vi er et nytt kontor i Stavanger og vil gjerne bestille:

3 esker kapsler Intenso 100 stk
2 esker te English Breakfast
1 kartong servietter 33x33 2-lags hvit

Levering:
Havnekontoret Skjold AS
Kjeringholmen 8
4006 Stavanger

Innkjøpsordre 7781

Med vennlig hilsen
Kari Vik
Havnekontoret Skjold AS
""", label(customer="Havnekontoret Skjold AS", po="7781",
    ship_to=S("Havnekontoret Skjold AS", "Kjeringholmen 8", "Stavanger", "4006"), lines=[
    L("CAP-NC-INT-100", "kapsler Intenso 100 stk", 3, "BX"),
    L("TEA-EB-100", "te English Breakfast", 2, "BX"),
    L("NAP-2P-33-WH", "servietter 33x33 2-lags hvit", 1, "CS")]))

add("e27_kettle_spares", "Tom Ashby <tom@kettleandcrumb.co.uk>", "K3 leaking again", dt(3, "13:13"),
"""Hi Nuno,

Our Kestrel K3 is leaking round the group again. Can you send 2 group gaskets and 2 shower
screens for the K3, plus a blind basket for backflushing. Also 1 x descaler (the liquid one).

Cheers
Tom
""", label(customer=KC, lines=[
    L("GSK-KST-K3-7", "group gaskets for the K3", 2, "EA"),
    L("SCR-KST-K3", "shower screens for the K3", 2, "EA"),
    L("ACC-BLIND-58", "blind basket", 1, "EA"),
    L("CLN-DESC-1L", "descaler (the liquid one)", 1, "EA")]))

add("e28_harbourlight_forward", "Priya Nandakumar <purchasing@harbourlighthotels.co.uk>", "Fwd: running low - PO HH/PO/04452", dt(4, "09:58"),
"""Hi Nuno, please process the below under PO HH/PO/04452, usual Brighton delivery.

Thanks,
Priya
Purchasing, Harbourlight Hotels Ltd

---------- Forwarded message ---------
From: Marco Bellini <headchef@harbourlighthotels.co.uk>
Date: Thu, 3 Dec 2026 at 22:14
Subject: running low
To: Priya Nandakumar <purchasing@harbourlighthotels.co.uk>

Priya, we're running low on:
syrups - 3 vanilla 1L, 3 caramel 1L, 2 hazelnut 1L
chocolate sauce x2
white choc sauce x1
and 4 cases of the 16oz DW white + 4 cases lids 90 white

Ta, Marco
""", label(customer=HH, po="HH/PO/04452", lines=[
    L("SYR-VAN-1L", "vanilla 1L", 3, "EA"),
    L("SYR-CAR-1L", "caramel 1L", 3, "EA"),
    L("SYR-HAZ-1L", "hazelnut 1L", 2, "EA"),
    L("SAU-CHOC-19", "chocolate sauce", 2, "EA"),
    L("SAU-WCHOC-19", "white choc sauce", 1, "EA"),
    L("CUP-16DW-WH-CS", "16oz DW white", 4, "CS"),
    L("LID-90-WH-CS", "lids 90 white", 4, "CS")]))

_ob_rows = [("OB-CAP-INT50", "Intenso caps 50", "30", "£11.40"), ("OB-CAP-RIS50", "Ristretto caps 50", "15", "£11.70"),
            ("OB-CUP-VP7", "Paper vending cups 7oz", "3 cs", "£43.00"), ("OB-CLN-13", "Cleaning tabs 1.3g", "6", "£15.20"),
            ("OB-MLK-750", "Milk topping 750g", "24", "£7.50")]
_ob_html = ("<html><body><p>Hi team,</p><p>Please find PO <b>OB-77901</b> below. Delivery on <b>14 December 2026</b> to:<br>"
            "OfficeBrew Solutions - Warehouse<br>Mill 4, Ancoats Lane<br>Manchester M4 6DE</p>"
            "<table border='1' cellpadding='3'><tr><th>Our code</th><th>Item</th><th>Qty</th><th>Price</th></tr>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _ob_rows)
            + "</table><p>Thanks,<br>Gareth Moss<br>OfficeBrew Solutions Ltd</p></body></html>")
add("e29_officebrew_html", "Gareth Moss <gareth.moss@officebrew.co.uk>", "PO OB-77901", dt(7, "16:44"),
"Hi team,\n\nPlease find PO OB-77901 below. Delivery on 14 December 2026 to:\nOfficeBrew Solutions - Warehouse\nMill 4, Ancoats Lane\nManchester M4 6DE\n\n"
+ "\n".join(f"{a}  {b}  {c}  {d}" for a, b, c, d in _ob_rows) + "\n\nThanks,\nGareth Moss\nOfficeBrew Solutions Ltd\n",
label(customer=OB, po="OB-77901", requested="2026-12-14", currency="GBP",
    ship_to=S("OfficeBrew Solutions - Warehouse", "Mill 4, Ancoats Lane", "Manchester", "M4 6DE"), lines=[
    L("CAP-NC-INT-50", "Intenso caps 50", 30, "BX", 11.40, "OB-CAP-INT50"),
    L("CAP-NC-RIS-50", "Ristretto caps 50", 15, "BX", 11.70, "OB-CAP-RIS50"),
    L("CUP-VEN-PAP-7-CS", "Paper vending cups 7oz", 3, "CS", 43.00, "OB-CUP-VP7"),
    L("CLN-TAB-13-150", "Cleaning tabs 1.3g", 6, "EA", 15.20, "OB-CLN-13"),
    L("MLK-TOP-750", "Milk topping 750g", 24, "EA", 7.50, "OB-MLK-750")]), html=_ob_html)

add("e30_tostadero_correction_es", "Lucía Ferrer <lucia@tostaderoazul.es>", "RE: Pedido TA-1212", dt(8, "09:31", 1),
"""Perdona Nuno, en el pedido de ayer cambia los vasos: en vez de 2 cajas de 12 oz kraft, que sean
3 cajas de 16 oz kraft (doble pared también). Lo demás igual.

Gracias!
Lucía

-----Mensaje original-----
De: Lucía Ferrer <lucia@tostaderoazul.es>
Enviado el: lunes, 7 de diciembre de 2026 18:02
Para: orders@torrabrava-supply.pt
Asunto: Pedido TA-1212

Pedido TA-1212:
- 10 bolsas Casa grano 1kg
- 2 cajas vasos 12oz doble pared kraft
- 2 cajas tapas 90 blancas
- 3 botellas sirope avellana 70cl
""", label(customer=TOS, po="TA-1212", lines=[
    L("CF-CASA-WB-1K", "bolsas Casa grano 1kg", 10, "EA"),
    L("CUP-16DW-KR-CS", "vasos 16 oz kraft (doble pared)", 3, "CS"),
    L("LID-90-WH-CS", "tapas 90 blancas", 2, "CS"),
    L("SYR-HAZ-70", "sirope avellana 70cl", 3, "EA")]))

add("e31_levante_words_es", "Compras Levante Sur <compras@levantesur-hoteles.es>", "Pedido LS-PC-26-0502 hotel Valencia", dt(7, "11:26", 1),
"""Buenas,

Necesitamos para el hotel de Valencia: veinte cajas de cápsulas ristretto de cincuenta, diez de
descafeinado de cincuenta, seis cajas de té verde y seis de menta, y una docena de botes de
pastillas de limpieza de doscientas.

Pedido LS-PC-26-0502. Entrega antes del 18/12.

Saludos,
Compras - Grupo Hostelero Levante Sur
""", label(customer=LEV, po="LS-PC-26-0502", requested="2026-12-18", lines=[
    L("CAP-NC-RIS-50", "cápsulas ristretto de cincuenta", 20, "BX"),
    L("CAP-NC-DEC-50", "descafeinado de cincuenta", 10, "BX"),
    L("TEA-GRN-100", "té verde", 6, "BX"),
    L("TEA-MNT-100", "menta", 6, "BX"),
    L("CLN-TAB-20-200", "botes de pastillas de limpieza de doscientas", 12, "EA")]))

add("e32_ventaglio_same_but_it", "Giulia Ventaglio <ordini@ventaglio-bologna.it>", "R: ordine settimana", dt(8, "08:40", 1),
"""Ciao,
stesso ordine della settimana scorsa ma i bicchieri metteteli da 12oz (sempre doppia parete bianchi)
con i coperchi da 90 neri. E aggiungete 1 cartone tovaglioli 33x33 2 veli kraft.

Grazie, Giulia

Il giorno lun 30 nov 2026 alle ore 08:20 Giulia Ventaglio <ordini@ventaglio-bologna.it> ha scritto:
> Buongiorno, per questa settimana:
> n. 8 Casa 1kg grani
> n. 2 cartoni bicchieri 8oz doppia parete bianchi
> n. 1 cartone coperchi 80 neri
> n. 4 sciroppi caramello 70cl
""", label(customer=VEN, lines=[
    L("CF-CASA-WB-1K", "Casa 1kg grani", 8, "EA"),
    L("CUP-12DW-WH-CS", "bicchieri 12oz doppia parete bianchi", 2, "CS"),
    L("LID-90-BK-CS", "coperchi da 90 neri", 1, "CS"),
    L("SYR-CAR-70", "sciroppi caramello 70cl", 4, "EA"),
    L("NAP-2P-33-KR", "tovaglioli 33x33 2 veli kraft", 1, "CS")]))

add("e33_orsa_ricambi_it", "Ufficio Tecnico Orsa <tecnico@orsa-vending.it>", "Ordine ricambi ORSA/2026/R-207", dt(2, "15:02", 1),
"""Buongiorno,

ordine ricambi ORSA/2026/R-207:

10 guarnizioni gruppo Vesuvia Duo
10 doccette Vesuvia 60 mm
6 filtri 58 doppio 18 g
4 filtri 58 singolo

Grazie
Ufficio Tecnico - Distribuzione Automatica Orsa
""", label(customer=ORS, po="ORSA/2026/R-207", lines=[
    L("GSK-VES-72-8", "guarnizioni gruppo Vesuvia Duo", 10, "EA"),
    L("SCR-VES-60", "doccette Vesuvia 60 mm", 10, "EA"),
    L("BSK-58-2C-18", "filtri 58 doppio 18 g", 6, "EA"),
    L("BSK-58-1C-7", "filtri 58 singolo", 4, "EA")]))

add("e34_tilleuls_table_fr", "Camille Roux <camille@tilleulsverts.fr>", "commande pour samedi", dt(8, "10:15", 1),
"""Bonjour, commande pour samedi 12/12 :

Désignation                              | Quantité
Sirop noisette 70 cl                     | 3
Sirop caramel beurre salé 1 L            | 2
Sauce caramel 1,89 L                     | 1
Boisson amande barista (carton 6)        | 2
Boisson avoine bio barista (carton 6)    | 3
Pompes sirop 70 cl                       | 4

Merci !
Camille
""", label(customer=TIL, requested="2026-12-12", lines=[
    L("SYR-HAZ-70", "Sirop noisette 70 cl", 3, "EA"),
    L("SYR-SCAR-1L", "Sirop caramel beurre salé 1 L", 2, "EA"),
    L("SAU-CAR-19", "Sauce caramel 1,89 L", 1, "EA"),
    L("PM-ALM-B-6", "Boisson amande barista (carton 6)", 2, "CS"),
    L("PM-OAT-ORG-6", "Boisson avoine bio barista (carton 6)", 3, "CS"),
    L("SYR-PUMP-70", "Pompes sirop 70 cl", 4, "EA")]))

add("e35_zwartekraai_after_nl", "Wout De Smet <wout@zwartekraai.be>", "bestelling", dt(8, "07:12", 1),
"""Casa 1kg: 12
Decaf 250g gemalen: 4
servetten kraft: 1 doos
reinigingstabletten 2g 200st: 2

Wout
""", label(customer=ZK, lines=[
    L("CF-CASA-WB-1K", "Casa 1kg", 12, "EA"),
    L("CF-DEC-GR-250", "Decaf 250g gemalen", 4, "EA"),
    L("NAP-2P-33-KR", "servetten kraft", 1, "CS"),
    L("CLN-TAB-20-200", "reinigingstabletten 2g 200st", 2, "EA")]))

add("e36_nordlys_nok_no", "Ingrid Haugland <ingrid@kaffestua-nordlys.no>", "Bestilling 2026-131", dt(4, "13:50", 1),
"""Hei igjen,

Bestilling nr. 2026-131, datert 04.12.2026:

Vare                                       | Antall | Pris
Casa Espresso hele bønner 1 kg             | 12     | 219,00
Colombia Huila 1 kg                        | 3      | 289,00
Havredrikk barista 12-pk                   | 2      | 299,00
Kopper 12 oz enkeltvegg hvit (kartong)     | 2      | 559,00

Alle priser i NOK eks. mva., som avtalt.

Mvh
Ingrid
Kaffestua Nordlys AS
""", label(customer=NOR, po="2026-131", order_date="2026-12-04", currency="NOK", lines=[
    L("CF-CASA-WB-1K", "Casa Espresso hele bønner 1 kg", 12, "EA", 219.00),
    L("CF-COL-WB-1K", "Colombia Huila 1 kg", 3, "EA", 289.00),
    L("PM-OAT-B-12", "Havredrikk barista 12-pk", 2, "CS", 299.00),
    L("CUP-12SW-WH-CS", "Kopper 12 oz enkeltvegg hvit (kartong)", 2, "CS", 559.00)]))

add("e37_sjosprut_annex_en", "Henrik Lunde <innkjop@sjosprut.no>", "Order for the annex", dt(5, "11:11", 1),
"""Hi Nuno,

Please send the following to our new annex:

Sjøsprut Annex
Storgata 88
9008 Tromsø
Norway

6 x decaf 1kg (beans)
4 boxes ESE pods Casa
2 boxes ESE decaf
1 x cleaning powder 900g

Thanks,
Henrik
""", label(customer=SJO, ship_to=S("Sjøsprut Annex", "Storgata 88", "Tromsø", "9008", "NO"), lines=[
    L("CF-DEC-WB-1K", "decaf 1kg (beans)", 6, "EA"),
    L("ESE-CASA-150", "ESE pods Casa", 4, "BX"),
    L("ESE-DEC-150", "ESE decaf", 2, "BX"),
    L("CLN-PWD-900", "cleaning powder 900g", 1, "EA")]))

add("e38_miradouro_correction_pt", "Marta Vidal <marta@miradourocastelo.pt>", "RE: Encomenda", dt(1, "12:30"),
"""Sr. Nuno, afinal são 4 caixas de copos e não 3. E acrescente 2 garrafas de molho de chocolate, por favor.
Marta

De: Marta Vidal <marta@miradourocastelo.pt>
Enviada: 1 de dezembro de 2026 09:02
Para: orders@torrabrava-supply.pt
Assunto: Encomenda

Bom dia, para quinta-feira:
10 sacos 1kg Casa grão
3 caixas copos 12oz parede simples
2 caixas tampas 90 brancas
Obrigada
""", label(customer=MIR, lines=[
    L("CF-CASA-WB-1K", "sacos 1kg Casa grão", 10, "EA"),
    L("CUP-12SW-WH-CS", "copos 12oz parede simples", 4, "CS"),
    L("LID-90-WH-CS", "tampas 90 brancas", 2, "CS"),
    L("SAU-CHOC-19", "molho de chocolate", 2, "EA")], omit=("requested_date",)))

add("e39_alcantara_unknown_item", "F&B Alcântara Mar <fb@alcantaramar-hotel.pt>", "NE 2026/1203 - plant milks", dt(7, "10:00"),
"""Good morning,

Order ref NE 2026/1203 for the breakfast buffet:

4 cases pea barista
6 cases oat barista 12-pack
6 x UHT whole milk 1L (if you carry it)
2 x matcha latte powder

Best regards,
Inês Carvalho
F&B Manager, Hotel Alcântara Mar
""", label(customer=ALC, po="NE 2026/1203", lines=[
    L("PM-PEA-B-6", "pea barista", 4, "CS"),
    L("PM-OAT-B-12", "oat barista 12-pack", 6, "CS"),
    L(None, "UHT whole milk 1L", 6, "EA"),
    L("MAT-LAT-500", "matcha latte powder", 2, "EA")]))

add("e40_kettle_words", "Tom Ashby <tom@kettleandcrumb.co.uk>", "quick one", dt(5, "08:20"),
"""Morning!

Can we get two cases 8oz dbl wall white, one case 8oz blk ripple, one case 80 blk lids, a case of
the cup sleeves, and half a dozen 250g bags of the Yirg for the retail shelf.

Ta
Tom
""", label(customer=KC, lines=[
    L("CUP-08DW-WH-CS", "8oz dbl wall white", 2, "CS"),
    L("CUP-08RW-BK-CS", "8oz blk ripple", 1, "CS"),
    L("LID-80-BK-CS", "80 blk lids", 1, "CS"),
    L("SLV-CUP-1216-CS", "cup sleeves", 1, "CS"),
    L("CF-ETH-WB-250", "250g bags of the Yirg", 6, "EA")]))

add("e41_meulemans_nl", "Sandrine Meulemans <achats@meulemans-os.be>", "Bestelling MOS-PO-5540", dt(7, "14:18", 1),
"""Goedemiddag,

Bestelling MOS-PO-5540:
6 x melkreiniger 1L
6 x ontkalker 1L
10 potten reinigingstabletten 1,3g (150)

Levering: Industrieweg Zuid 31, 1070 Anderlecht

Met vriendelijke groeten,
Sandrine Meulemans
""", label(customer=MOS, po="MOS-PO-5540", ship_to=S(None, "Industrieweg Zuid 31", "Anderlecht", "1070"), lines=[
    L("CLN-MILK-1L", "melkreiniger 1L", 6, "EA"),
    L("CLN-DESC-1L", "ontkalker 1L", 6, "EA"),
    L("CLN-TAB-13-150", "reinigingstabletten 1,3g (150)", 10, "EA")]))

add("e42_harbourlight_cold", "Priya Nandakumar <purchasing@harbourlighthotels.co.uk>", "PO HH/PO/04460 iced drinks", dt(5, "09:00"),
"""Hi,

PO HH/PO/04460 dated 05/12/26:
2 cs 12oz PET clear cups
2 cs 16oz PET
2 cs dome lids
1 cs flat lids
1 x 4 cup carry trays case

Thanks,
Priya
""", label(customer=HH, po="HH/PO/04460", order_date="2026-12-05", lines=[
    L("CUP-PET-12-CS", "12oz PET clear cups", 2, "CS"),
    L("CUP-PET-16-CS", "16oz PET", 2, "CS"),
    L("LID-95-DOME-CS", "dome lids", 2, "CS"),
    L("LID-95-FLAT-CS", "flat lids", 1, "CS"),
    L("TRY-4C-CS", "4 cup carry trays case", 1, "CS")]))
