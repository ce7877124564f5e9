# -*- coding: utf-8 -*-
"""Plain order emails (bodies + labels). Each entry: dict(name, frm, subj, date, body, exp)."""


def L(sku, qty, uom, desc, price=None, cp=None):
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d


def ST(name, street, city, postal, country=None):
    d = {"name": name, "street": street, "city": city, "postal_code": postal}
    if country:
        d["country"] = country
    return d


def PO(customer, lines, po=None, od=None, rd=None, cur=None, ship=None):
    return {"kind": "purchase_order", "customer": customer, "po_number": po, "order_date": od,
            "requested_date": rd, "currency": cur, "ship_to": ship, "lines": lines}


MAILS = []


def M(name, frm, subj, date, body, exp, cc=None, reply=False):
    MAILS.append(dict(name=name, frm=frm, subj=subj, date=date, body=body, exp=exp, cc=cc, reply=reply))


M("m01_brandl_kurz", "Maria Brandl <office@brandl-schneiderei.at>", "Bestellung", "Mon, 30 Nov 2026 08:12:44 +0100",
  """Hallo,

bitte liefern:
3 m Popeline marine col. 412
2,5 Meter Leinen natur 140
10 Stk RV 20 cm schwarz
2 Pkg Knöpfe 24L weiß

Danke, LG
Maria Brandl
Schneiderei Brandl, Wien
""",
  PO("Schneiderei Brandl", [
      L("POP145-412", 3, "M", "Popeline marine col. 412"),
      L("LIN140-101", 2.5, "M", "Leinen natur 140"),
      L("ZS5-20-099", 10, "EA", "RV 20 cm schwarz"),
      L("BT4-24L-001", 2, "PK", "Knöpfe 24L weiß")]))

M("m02_thimble_table", "Ruth Oakley <buying@thimbleandthread.co.uk>", "PO TT-58812", "Wed, 02 Dec 2026 10:03:11 +0000",
  """Morning,

Please find our order below (pasted from our stock sheet).

PO number: TT-58812
Date: 02/12/2026

Our code\tDescription\tQty
TT-FAB-011\tPoplin white 145cm\t1 roll (50m)
TT-FAB-014\tPoplin black 145cm\t1 roll (50m)
TT-HAB-201\tSatin ribbon 10mm red 25m\t6 rolls
TT-HAB-202\tSatin ribbon 10mm white 25m\t6 rolls
TT-HAB-310\tFelt sheets 20x30 mixed\t20 packs
TT-NOT-005\tTape measures 150cm\t24

Deliver to:
Thimble & Thread Crafts
Unit 4, Kirkgate Mills
Leeds LS2 7DJ

Many thanks,
Ruth Oakley
Buyer, Thimble & Thread Crafts Ltd
""",
  PO("Thimble & Thread Crafts Ltd", [
      L("POP145-001-R50", 1, "RL", "Poplin white 145cm", cp="TT-FAB-011"),
      L("POP145-099-R50", 1, "RL", "Poplin black 145cm", cp="TT-FAB-014"),
      L("RSA10-315", 6, "RL", "Satin ribbon 10mm red 25m", cp="TT-HAB-201"),
      L("RSA10-001", 6, "RL", "Satin ribbon 10mm white 25m", cp="TT-HAB-202"),
      L("PFS1-2030-MIX", 20, "PK", "Felt sheets 20x30 mixed", cp="TT-HAB-310"),
      L("TMS-150", 24, "EA", "Tape measures 150cm", cp="TT-NOT-005")],
     po="TT-58812", od="2026-12-02",
     ship=ST("Thimble & Thread Crafts", "Unit 4, Kirkgate Mills", "Leeds", "LS2 7DJ")))

M("m03_lefevre_fr", "Claire Lefèvre <claire@atelier-lefevre.fr>", "Commande BC-2026-117", "Mon, 30 Nov 2026 17:40:02 +0100",
  """Bonjour,

Veuillez trouver ci-dessous notre bon de commande n° BC-2026-117 du 30/11/2026 :

- 1 rouleau de 50 m de popeline coton marine (col. 412)
- 5 m de lin lavé blanc, laize 140
- 20 fermetures invisibles 22 cm noires
- fil polyester noir, bobines de 100 m x 10

Livraison à l'atelier, 12 rue des Tanneurs, 69004 Lyon.

Cordialement,
Claire Lefèvre
Atelier Lefèvre Couture
""",
  PO("Atelier Lefèvre Couture", [
      L("POP145-412-R50", 1, "RL", "rouleau de 50 m de popeline coton marine (col. 412)"),
      L("LIN140-001", 5, "M", "lin lavé blanc, laize 140"),
      L("ZI3-22-099", 20, "EA", "fermetures invisibles 22 cm noires"),
      L("THP120-100-099", 10, "EA", "fil polyester noir, bobines de 100 m")],
     po="BC-2026-117", od="2026-11-30",
     ship=ST("Atelier Lefèvre Couture", "12 rue des Tanneurs", "Lyon", "69004")))

M("m04_bellandi_it", "Sartoria Bellandi <ordini@sartoriabellandi.it>", "Ordine n. 88/2026", "Tue, 01 Dec 2026 09:15:27 +0100",
  """Buongiorno,

con la presente vi trasmettiamo l'ordine n. 88/2026 del 1/12/2026.

Lino lavato col. 760 salvia ...... mt 6
Fodera viscosa blu navy .......... mt 8
Bottoni 4 fori 24 linee blu ...... 3 conf.
Filo poliestere col. 412, cono 1000 m ... n. 2
Teletta adesiva tessuta bianca 90 cm ... mt 5

Consegna entro il 15/12, grazie.

Distinti saluti
Paolo Bellandi
Sartoria Bellandi - Via dei Cimatori 7 - 50122 Firenze
""",
  PO("Sartoria Bellandi", [
      L("LIN140-760", 6, "M", "Lino lavato col. 760 salvia"),
      L("LNV140-412", 8, "M", "Fodera viscosa blu navy"),
      L("BT4-24L-412", 3, "PK", "Bottoni 4 fori 24 linee blu"),
      L("THP120-1000-412", 2, "EA", "Filo poliestere col. 412, cono 1000 m"),
      L("INT-WF90-001", 5, "M", "Teletta adesiva tessuta bianca 90 cm")],
     po="88/2026", od="2026-12-01", rd="2026-12-15"))

M("m05_ortega_es", "Javier Ortega <compras@tapiceria-ortega.es>", "Pedido PED-4471", "Thu, 03 Dec 2026 11:22:09 +0100",
  """Hola buenos días,

Os paso el pedido PED-4471:

Lona de algodón 150 cm gris, 25 metros (a 9,50 €/m según tarifa)
Guata poliéster 150 g, 30 m
Agujas curvas de tapicero: 4 juegos
Velcro negro 20 mm: 2 rollos de 25 m

Entregar en el taller de la calle de la Seda 23, 46001 Valencia.

Un saludo,
Javier Ortega
Tapicería Ortega Hermanos S.L.
""",
  PO("Tapicería Ortega Hermanos S.L.", [
      L("CAN150-905", 25, "M", "Lona de algodón 150 cm gris", price=9.50),
      L("WAD150-001", 30, "M", "Guata poliéster 150 g"),
      L("NDU-CUR-6", 4, "PK", "Agujas curvas de tapicero"),
      L("HLV20-099-R25", 2, "RL", "Velcro negro 20 mm: rollos de 25 m")],
     po="PED-4471", cur="EUR",
     ship=ST("Tapicería Ortega Hermanos", "Calle de la Seda 23", "Valencia", "46001")))

M("m06_theater_prosa", "Gudrun Albers <kostuem@landestheater-oberwalden.de>", "Material Der Sturm – Bestellung LTO-K-2026-0341",
  "Fri, 27 Nov 2026 14:51:37 +0100",
  """Liebes Fadenwerk-Team,

für unsere Produktion "Der Sturm" brauchen wir relativ kurzfristig noch Material. Wir hätten gern
zwanzig Meter Nessel (ungebleicht, 160 breit) und zwölf Meter Wollfilz 3 mm in anthrazit. Dazu
fünf Rollen Samtband schwarz 10 mm, drei Konen Overlockgarn weiß und zwölf nahtverdeckte
Reißverschlüsse 60 cm in schwarz.

Unsere Bestellnummer: LTO-K-2026-0341. Lieferung bitte bis spätestens 18.12.2026 an:

Landestheater Oberwalden – Kostümwerkstatt
Bühnenweg 2 (Eingang Hof)
34117 Kassel

Vielen Dank und herzliche Grüße
Gudrun Albers
Gewandmeisterin
""",
  PO("Landestheater Oberwalden – Kostümabteilung", [
      L("CAL160-101", 20, "M", "Nessel ungebleicht 160 breit"),
      L("WFE3-90-098", 12, "M", "Wollfilz 3 mm anthrazit"),
      L("RVE10-099", 5, "RL", "Samtband schwarz 10 mm"),
      L("THO-5000-001", 3, "EA", "Overlockgarn weiß"),
      L("ZI3-60-099", 12, "EA", "nahtverdeckte Reißverschlüsse 60 cm schwarz")],
     po="LTO-K-2026-0341", rd="2026-12-18",
     ship=ST("Landestheater Oberwalden – Kostümwerkstatt", "Bühnenweg 2", "Kassel", "34117")))

M("m07_nadelfaden_korrektur", "Sabine Roth <laden@nadelundfaden-bamberg.de>", "AW: Bestellung Nr. 2026-311",
  "Thu, 03 Dec 2026 12:30:55 +0100",
  """Hallo nochmal,

kleine Korrektur zu meiner Bestellung von heute früh: beim Jersey grau bitte 6 m statt 4 m, und das
Schrägband bitte in navy statt schwarz. Rest bleibt wie unten.

Gruß Sabine

-----Ursprüngliche Nachricht-----
Von: Sabine Roth <laden@nadelundfaden-bamberg.de>
Gesendet: Donnerstag, 3. Dezember 2026 08:04
An: auftrag@fadenwerk-textil.de
Betreff: Bestellung Nr. 2026-311

Guten Morgen,

Bestellung Nr. 2026-311:

Jersey grau meliert 4 m
Jersey schwarz 3 m
Schrägband 20mm schwarz 2 Rollen
Gummiband 20 mm weiß 10 m
Maschinennadeln Jersey 80 - 5 Pck

Danke!
Sabine Roth
Nadel & Faden, Obere Brückengasse 9, 96047 Bamberg
""",
  PO("Nadel & Faden Hobbyladen", [
      L("JER150-905", 6, "M", "Jersey grau meliert"),
      L("JER150-099", 3, "M", "Jersey schwarz"),
      L("BIA20-412", 2, "RL", "Schrägband 20mm navy"),
      L("ELW20-001", 10, "M", "Gummiband 20 mm weiß"),
      L("NDM-JER-80", 5, "PK", "Maschinennadeln Jersey 80")],
     po="2026-311"), reply=True)

M("m08_castlebrook_terse", "Dev Malhotra <wardrobe@castlebrookplayhouse.org.uk>", "order", "Mon, 23 Nov 2026 16:02:18 +0000",
  """Hi, please send asap:

40m calico
2 x black fleece 5m pieces
6 separating zips 70cm black
3 boxes pins

PO CBP/1187
Thanks, Dev
""",
  PO("Castlebrook Playhouse", [
      L("CAL160-101", 40, "M", "calico"),
      L("FLC150-099", 10, "M", "black fleece 2 x 5m pieces"),
      L("ZSD5-70-099", 6, "EA", "separating zips 70cm black"),
      L("PIN-30-50G", 3, "BX", "boxes pins")],
     po="CBP/1187"))

M("m09_nowak_pl", "Agnieszka Zielińska <zamowienia@krawiectwo-nz.pl>", "Zamówienie nr 45/12/2026", "Fri, 04 Dec 2026 07:48:00 +0100",
  """Dzień dobry,

przesyłam zamówienie nr 45/12/2026 z dnia 04.12.2026:

1. popelina bawełniana biała 145 cm – 15 mb
2. dżins 12 oz indygo – 10 mb
3. zamki błyskawiczne metalowe 18 cm – 25 szt.
4. guziki jeansowe 17 mm mosiądz – 2 opak.
5. nici jeansowe musztardowe – 10 szp.

Pozdrawiam serdecznie
Agnieszka Zielińska
Pracownia Krawiecka Nowak-Zielińska
ul. Półwiejska 31, 61-888 Poznań
""",
  PO("Pracownia Krawiecka Nowak-Zielińska", [
      L("POP145-001", 15, "M", "popelina bawełniana biała 145 cm"),
      L("DEN12-150-450", 10, "M", "dżins 12 oz indygo"),
      L("ZM4-18-450", 25, "EA", "zamki błyskawiczne metalowe 18 cm"),
      L("BTJ-17-BRS", 2, "PK", "guziki jeansowe 17 mm mosiądz"),
      L("THJ30-50-640", 10, "EA", "nici jeansowe musztardowe")],
     po="45/12/2026", od="2026-12-04"))

M("m10_horak_cz", "Tomáš Horák <objednavky@calounictvi-horak.cz>", "Objednávka OBJ-2026-0093", "Thu, 03 Dec 2026 13:10:41 +0100",
  """Dobrý den,

objednávka č. OBJ-2026-0093, datum 3. 12. 2026

- bavlněné plátno (canvas) 150 cm přírodní – 30 m
- totéž v černé – 20 m
- suchý zip černý 20 mm – 2 role
- zakřivené čalounické jehly – 3 sady

Cena dle platného ceníku.
Dodací adresa: Čalounictví Horák, Křenová 58, 602 00 Brno

S pozdravem
Tomáš Horák
""",
  PO("Čalounictví Horák s.r.o.", [
      L("CAN150-101", 30, "M", "bavlněné plátno (canvas) 150 cm přírodní"),
      L("CAN150-099", 20, "M", "bavlněné plátno 150 cm černé"),
      L("HLV20-099-R25", 2, "RL", "suchý zip černý 20 mm"),
      L("NDU-CUR-6", 3, "PK", "zakřivené čalounické jehly")],
     po="OBJ-2026-0093", od="2026-12-03",
     ship=ST("Čalounictví Horák", "Křenová 58", "Brno", "60200")))

M("m11_vlinder_nl", "Inge de Groot <inkoop@stoffenhuis-devlinder.nl>", "bestelling DV-2026-212", "Tue, 01 Dec 2026 15:33:20 +0100",
  """Goedemiddag,

Graag de volgende bestelling, ons ordernummer: DV-2026-212

2 rollen elastiek 10 mm wit (25 m)
fleece anti-pil flessengroen 8 meter
tricot katoen rood 150 cm 12 m
vilt 1 mm mosterdgeel 5 m
knopen 18L zwart 4 pakjes

Met vriendelijke groet,
Inge de Groot
Stoffenhuis De Vlinder
""",
  PO("Stoffenhuis De Vlinder", [
      L("ELW10-001-R25", 2, "RL", "elastiek 10 mm wit (25 m)"),
      L("FLC150-520", 8, "M", "fleece anti-pil flessengroen"),
      L("JER150-315", 12, "M", "tricot katoen rood 150 cm"),
      L("PFE1-180-640", 5, "M", "vilt 1 mm mosterdgeel"),
      L("BT4-18L-099", 4, "PK", "knopen 18L zwart")],
     po="DV-2026-212"))

M("m12_almeida_pt", "Rosa Almeida <encomendas@costura-almeida.pt>", "Encomenda n.º 2026/57", "Mon, 30 Nov 2026 10:05:12 +0000",
  """Bom dia,

Segue a nossa encomenda n.º 2026/57:

- 10 m de linho natural 140 cm
- 1 rolo de linho natural (30 m)
- 50 fechos invisíveis 22 cm brancos
- 20 bobinas de linha poliéster branca 100 m

Entregar até 20/12/2026, por favor.

Obrigada,
Rosa Almeida
Oficina de Costura Almeida – Porto
""",
  PO("Oficina de Costura Almeida", [
      L("LIN140-101", 10, "M", "linho natural 140 cm"),
      L("LIN140-101-R30", 1, "RL", "rolo de linho natural (30 m)"),
      L("ZI3-22-001", 50, "EA", "fechos invisíveis 22 cm brancos"),
      L("THP120-100-001", 20, "EA", "bobinas de linha poliéster branca 100 m")],
     po="2026/57", rd="2026-12-20"))

M("m13_schule_chatty", "Dr. Ulrike Kemper <u.kemper@gs-lindenpark.de>", "Bestellung Textilunterricht (Auftrag 2026-TX-14)",
  "Wed, 25 Nov 2026 19:44:03 +0100",
  """Sehr geehrte Damen und Herren,

wie jedes Jahr bestellen wir für den Textilunterricht im zweiten Halbjahr Material. Unsere
Schulverwaltung hat dafür die Auftragsnummer 2026-TX-14 vergeben (bitte auf der Rechnung angeben).

Wir benötigen:
 * 30 Packungen Filzplatten 20 x 30 cm (bunt gemischt)
 * 10 m roten Bastelfilz 1 mm vom Meter
 * 12 Stoffscheren 25 cm
 * 15 Maßbänder
 * 10 Packungen Handnähnadeln sortiert
 * 5 Schachteln Stecknadeln

Bitte an die Schule liefern, Annahme durch den Hausmeister:
Gesamtschule am Lindenpark, Textilraum
Lindenallee 40
45127 Essen

Mit freundlichen Grüßen
Dr. Ulrike Kemper
Fachleitung Textil
""",
  PO("Gesamtschule am Lindenpark", [
      L("PFS1-2030-MIX", 30, "PK", "Filzplatten 20 x 30 cm bunt gemischt"),
      L("PFE1-180-315", 10, "M", "roter Bastelfilz 1 mm vom Meter"),
      L("SCI-25", 12, "EA", "Stoffscheren 25 cm"),
      L("TMS-150", 15, "EA", "Maßbänder"),
      L("NDH-ASS-20", 10, "PK", "Handnähnadeln sortiert"),
      L("PIN-30-50G", 5, "BX", "Stecknadeln")],
     po="2026-TX-14",
     ship=ST("Gesamtschule am Lindenpark, Textilraum", "Lindenallee 40", "Essen", "45127")))

M("m14_kaminski_fwd", "Jan Kaminski <jan.kaminski@polsterei-kaminski.de>", "WG: Material nächste Woche", "Tue, 24 Nov 2026 07:20:00 +0100",
  """Hallo Fadenwerk,

bitte so bestellen wie unten, aber den Nessel NICHT – davon haben wir noch genug.

Jan Kaminski
Polsterei Kaminski GmbH

---------- Weitergeleitete Nachricht ----------
Von: Werkstatt <werkstatt@polsterei-kaminski.de>
Datum: Mo., 23. Nov. 2026 um 17:02
Betreff: Material nächste Woche
An: Jan Kaminski <jan.kaminski@polsterei-kaminski.de>

Jan, wir brauchen für nächste Woche:
- Nessel 20 m
- Polsterwatte 150g 40 m
- Canvas schwarz 15 m
- Klettband schwarz 20mm 10 m
- gebogene Polsternadeln 2 Sets
Gruß, Marek
""",
  PO("Polsterei Kaminski GmbH", [
      L("WAD150-001", 40, "M", "Polsterwatte 150g"),
      L("CAN150-099", 15, "M", "Canvas schwarz"),
      L("HLV20-099", 10, "M", "Klettband schwarz 20mm"),
      L("NDU-CUR-6", 2, "PK", "gebogene Polsternadeln")]))

M("m15_ditale_codici", "Merceria Il Ditale <info@ilditale.it>", "Ordine 2026-0412", "Fri, 04 Dec 2026 16:12:45 +0100",
  """Salve,
ordine 2026-0412 (prezzi da vostro listino):

Cod.            Descrizione                 Q.tà     Prezzo
RSA10-412       nastro raso 10mm blu        10 rot.  4,80
RSA25-001       nastro raso 25 mm bianco     5 rot.  8,90
ZS5-20-315      cerniera 20 cm rossa        30       0,85
ZS5-20-412      cerniera 20cm blu           30       0,85
THP120-100-520  filo verde bottiglia        12       0,95

Grazie, a presto
Lucia Ferraris
""",
  PO("Merceria Il Ditale", [
      L("RSA10-412", 10, "RL", "nastro raso 10mm blu", price=4.80),
      L("RSA25-001", 5, "RL", "nastro raso 25 mm bianco", price=8.90),
      L("ZS5-20-315", 30, "EA", "cerniera 20 cm rossa", price=0.85),
      L("ZS5-20-412", 30, "EA", "cerniera 20cm blu", price=0.85),
      L("THP120-100-520", 12, "EA", "filo verde bottiglia", price=0.95)],
     po="2026-0412"))

M("m16_pryce_new", "Hannah Pryce <hannah@pryceupholstery.co.uk>", "First order – Pryce & Daughter", "Tue, 24 Nov 2026 11:49:30 +0000",
  """Hello,

We're a small upholstery business and a friend recommended you. We'd like to place a first order:

- 20 metres of natural cotton canvas, 150 wide
- 10 m polyester wadding (150g)
- 1 set of curved upholstery needles
- 2 rolls (25m) of black hook and loop tape, 20mm

Please deliver to:
Pryce & Daughter Upholstery
7 Tannery Row
Shrewsbury
SY1 2QX

Happy to pay pro forma – just send us the invoice.

Kind regards,
Hannah Pryce
Pryce & Daughter Upholstery
""",
  PO("Pryce & Daughter Upholstery", [
      L("CAN150-101", 20, "M", "natural cotton canvas, 150 wide"),
      L("WAD150-001", 10, "M", "polyester wadding (150g)"),
      L("NDU-CUR-6", 1, "PK", "curved upholstery needles"),
      L("HLV20-099-R25", 2, "RL", "black hook and loop tape, 20mm, 25m rolls")],
     ship=ST("Pryce & Daughter Upholstery", "7 Tannery Row", "Shrewsbury", "SY1 2QX")))

M("m17_aguamarina_es", "Marta Gil <talleres@escuelaaguamarina.es>", "Pedido taller de patronaje EMA-26-088", "Wed, 02 Dec 2026 12:00:00 +0100",
  """Buenos días:

Pedido para el taller de patronaje. Ref. EMA-26-088, fecha 02/12/2026.

* tela de algodón (popelina) azul cielo: 24 m
* entretela termoadhesiva ligera blanca: 1 rollo (100 m)
* agujas máquina universal 90: 10 paquetes
* tiza de sastre blanca: 6 cajas

Gracias y un saludo,
Marta Gil
Jefa de taller – Escuela de Moda Aguamarina
""",
  PO("Escuela de Moda Aguamarina", [
      L("POP145-210", 24, "M", "tela de algodón (popelina) azul cielo"),
      L("INT-NWL90-001-R100", 1, "RL", "entretela termoadhesiva ligera blanca, rollo 100 m"),
      L("NDM-UNI-90", 10, "PK", "agujas máquina universal 90"),
      L("CHK-WHT-10", 6, "BX", "tiza de sastre blanca")],
     po="EMA-26-088", od="2026-12-02"))

M("m18_hofstetter_zuschnitt", "Anna Hofstetter <anna@hofstetter-tracht.at>", "Zuschnitte", "Thu, 26 Nov 2026 09:27:14 +0100",
  """Grüß Gott,

bitte folgende Zuschnitte für uns:

Leinen terracotta: 4 Stück à 1,20 m
Halbleinen natur: 3 × 2,50 m
dazu 2 Pkg Mantelknöpfe Hornoptik 40L anthrazit

Danke und liebe Grüße aus Salzburg
Anna Hofstetter
""",
  PO("Hofstetter Trachtenmode", [
      L("LIN140-830", 4.8, "M", "Leinen terracotta 4 Stück à 1,20 m"),
      L("HLN150-101", 7.5, "M", "Halbleinen natur 3 × 2,50 m"),
      L("BTC-40L-098", 2, "PK", "Mantelknöpfe Hornoptik 40L anthrazit")]))

M("m19_brouwer_en", "Joost Brouwer <joost@naaiatelier-brouwer.nl>", "Order 7781", "Mon, 30 Nov 2026 13:13:13 +0100",
  """Order 7781:
- 10x invisible zip 22cm navy
- 10x invisible zip 22cm white
- 5 m lining navy
- 2 cones thread navy 1000m

regards Joost
""",
  PO("Naaiatelier Brouwer", [
      L("ZI3-22-412", 10, "EA", "invisible zip 22cm navy"),
      L("ZI3-22-001", 10, "EA", "invisible zip 22cm white"),
      L("LNV140-412", 5, "M", "lining navy"),
      L("THP120-1000-412", 2, "EA", "cones thread navy 1000m")],
     po="7781"))

M("m20_vieuxport_fr", "Mercerie du Vieux Port <contact@mercerie-vieuxport.fr>", "Commande MVP-1203", "Thu, 03 Dec 2026 18:20:39 +0100",
  """Bonjour Monsieur Weiss,

J'espère que vous allez bien. Comme convenu au téléphone, voici notre commande MVP-1203 :

Biais coton 20 mm blanc : 4 rouleaux
Biais marine : 4 rouleaux
Élastique 10 mm noir : 50 m
Pressions à coudre 12 mm argent : 6 sachets
Ruban gros-grain marine 16 mm : 3 rouleaux

Livraison à la boutique comme d'habitude.

Bien à vous,
Hélène Marchetti
Mercerie du Vieux Port
""",
  PO("Mercerie du Vieux Port", [
      L("BIA20-001", 4, "RL", "Biais coton 20 mm blanc"),
      L("BIA20-412", 4, "RL", "Biais marine"),
      L("ELW10-099", 50, "M", "Élastique 10 mm noir"),
      L("PSN-12-SIL", 6, "PK", "Pressions à coudre 12 mm argent"),
      L("RGG16-412", 3, "RL", "Ruban gros-grain marine 16 mm")],
     po="MVP-1203"))

M("m21_sommerfeld_wachstuch", "Kreativwerkstatt Sommerfeld <bestellung@kreativ-sommerfeld.de>", "Bestellung Kurse Januar",
  "Sat, 28 Nov 2026 10:10:10 +0100",
  """Hallo zusammen,

für unsere Januar-Kurse bräuchten wir:

Fleece rot – 6 m
Fleece dunkelblau – 6 m
Filz 3 mm schwarz – 2 m
Wachstuch gepunktet – 5 m (falls ihr sowas habt)
Sicherheitsnadeln – 2 Pck

Lieferung an: Kreativwerkstatt Sommerfeld, Karl-Heine-Str. 65, 04229 Leipzig

Viele Grüße
Jonas Sommerfeld
""",
  PO("Kreativwerkstatt Sommerfeld", [
      L("FLC150-315", 6, "M", "Fleece rot"),
      L("FLC150-412", 6, "M", "Fleece dunkelblau"),
      L("PFE3-180-099", 2, "M", "Filz 3 mm schwarz"),
      L(None, 5, "M", "Wachstuch gepunktet"),
      L("SFP-38-100", 2, "PK", "Sicherheitsnadeln")],
     ship=ST("Kreativwerkstatt Sommerfeld", "Karl-Heine-Str. 65", "Leipzig", "04229")))

M("m22_nowascena_pl", "Ewa Kowalczyk <pracownia@nowascena.pl>", "Zamówienie TNS/2026/219", "Mon, 30 Nov 2026 09:55:00 +0100",
  """Szanowni Państwo,

zamówienie dla pracowni krawieckiej teatru, nr TNS/2026/219:

a) 1 bela nesselu (rolka 100 m)
b) filc wełniany szary 3 mm – 6 m
c) podszewka wiskozowa czarna – 25 m
d) taśma bawełniana 20 mm naturalna – 2 rolki

Termin dostawy: 11.12.2026
Adres dostawy: Teatr Nowa Scena – pracownia krawiecka, ul. Dietla 77, 31-070 Kraków

Z poważaniem
Ewa Kowalczyk
kierownik pracowni krawieckiej
""",
  PO("Teatr Nowa Scena", [
      L("CAL160-101-R100", 1, "RL", "bela nesselu (rolka 100 m)"),
      L("WFE3-90-905", 6, "M", "filc wełniany szary 3 mm"),
      L("LNV140-099", 25, "M", "podszewka wiskozowa czarna"),
      L("TWT20-101-R50", 2, "RL", "taśma bawełniana 20 mm naturalna")],
     po="TNS/2026/219", rd="2026-12-11",
     ship=ST("Teatr Nowa Scena – pracownia krawiecka", "ul. Dietla 77", "Kraków", "31-070")))

M("m23_castlebrook_quote_reply", "Dev Malhotra <wardrobe@castlebrookplayhouse.org.uk>", "RE: Quotation Q-26-0917 denim",
  "Fri, 04 Dec 2026 15:17:52 +0000",
  """Hi Petra,

Yes, please go ahead with the quote below, but make the rigid denim 30m not 20m. Our PO is CBP/1203.

Cheers,
Dev

From: Petra Weiss <verkauf@fadenwerk-textil.de>
Sent: 04 December 2026 09:12
To: Dev Malhotra <wardrobe@castlebrookplayhouse.org.uk>
Subject: Quotation Q-26-0917 denim

Dear Dev,

as requested:

20 m   Denim 12oz rigid 150cm col.450 indigo          EUR 11.90 / m
10 m   Stretch denim 8oz 145cm col.099 black          EUR 10.60 / m
 4 pk  Machine needles jeans Nm100/16 (pack 5)        EUR  3.20 / pk
 3 pk  Jeans tack button 17mm silver (pack 50)        EUR  9.50 / pk

Kind regards
Petra Weiss
Fadenwerk Textilgroßhandel GmbH
""",
  PO("Castlebrook Playhouse", [
      L("DEN12-150-450", 30, "M", "Denim 12oz rigid 150cm col.450 indigo", price=11.90),
      L("DEN8S-145-099", 10, "M", "Stretch denim 8oz 145cm col.099 black", price=10.60),
      L("NDM-JNS-100", 4, "PK", "Machine needles jeans Nm100/16 (pack 5)", price=3.20),
      L("BTJ-17-SIL", 3, "PK", "Jeans tack button 17mm silver (pack 50)", price=9.50)],
     po="CBP/1203", cur="EUR"), reply=True)

M("m24_feldmann_new", "Bühnenkostüme Feldmann <info@buehnenkostueme-feldmann.de>", "Erstbestellung", "Wed, 25 Nov 2026 08:31:19 +0100",
  """Sehr geehrte Damen und Herren,

wir sind ein neu gegründeter Kostümverleih und möchten gern erstmals bei Ihnen bestellen:

Viskosejersey schwarz .......... 15 m
Futter Viskose weiß ............ 10 m
Haken und Ösen ................. 5 Pck
Druckknöpfe schwarz 12 mm ...... 3 Pck

Lieferadresse:
Bühnenkostüme Feldmann
Am Güterbahnhof 3, Halle 2
99084 Erfurt

Rechnung bitte per E-Mail.

Mit freundlichen Grüßen
Karin Feldmann
""",
  PO("Bühnenkostüme Feldmann", [
      L("JERV150-099", 15, "M", "Viskosejersey schwarz"),
      L("LNV140-001", 10, "M", "Futter Viskose weiß"),
      L("HKE-MIX-SIL", 5, "PK", "Haken und Ösen"),
      L("PSN-12-099", 3, "PK", "Druckknöpfe schwarz 12 mm")],
     ship=ST("Bühnenkostüme Feldmann", "Am Güterbahnhof 3", "Erfurt", "99084")))

M("m25_rinaldi_new", "Costumi di Scena Rinaldi <laboratorio@costumirinaldi.it>", "richiesta ordine", "Tue, 01 Dec 2026 11:40:00 +0100",
  """Buongiorno,

siamo un laboratorio di costumi teatrali di Bologna. Vorremmo ordinare:

- tessuto jersey di cotone blu navy, 20 metri
- velluto liscio bordeaux 150 cm, 8 metri
- bottoni automatici argento 12 mm, 2 confezioni

Spedire a: Costumi di Scena Rinaldi, Via del Pratello 90/b, 40122 Bologna

Cordiali saluti
Franca Rinaldi
""",
  PO("Costumi di Scena Rinaldi", [
      L("JER150-412", 20, "M", "tessuto jersey di cotone blu navy"),
      L(None, 8, "M", "velluto liscio bordeaux 150 cm"),
      L("PSN-12-SIL", 2, "PK", "bottoni automatici argento 12 mm")],
     ship=ST("Costumi di Scena Rinaldi", "Via del Pratello 90/b", "Bologna", "40122")))

M("m26_ferrer_private", "Lucía Ferrer <lucia.ferrer.cose@correoweb.example>", "pedido", "Sun, 29 Nov 2026 21:03:44 +0100",
  """Hola,

quisiera pedir 3 m de lino blanco y 2 m de lino azul marino, y 4 cremalleras invisibles negras de 22.

Envío a:
Lucía Ferrer
C/ Sant Pere 12, 2º 1ª
17004 Girona

Gracias!
Lucía
""",
  PO("Lucía Ferrer", [
      L("LIN140-001", 3, "M", "lino blanco"),
      L("LIN140-412", 2, "M", "lino azul marino"),
      L("ZI3-22-099", 4, "EA", "cremalleras invisibles negras de 22")],
     ship=ST("Lucía Ferrer", "C/ Sant Pere 12", "Girona", "17004")))

M("m27_vermeulen_new", "Atelier Vermeulen <info@ateliervermeulen.nl>", "bestelling", "Thu, 26 Nov 2026 14:25:00 +0100",
  """Beste,

Wij willen graag bestellen:

1 rol popeline zwart (50 m)
100 knopen 24L wit
3 klossen garen zwart 1000 m

Afleveradres: Atelier Vermeulen, Nieuwe Binnenweg 212, 3021 GM Rotterdam

Groet,
Sanne Vermeulen
""",
  PO("Atelier Vermeulen", [
      L("POP145-099-R50", 1, "RL", "popeline zwart (50 m)"),
      L("BT4-24L-001", 100, "EA", "knopen 24L wit"),
      L("THP120-1000-099", 3, "EA", "klossen garen zwart 1000 m")],
     ship=ST("Atelier Vermeulen", "Nieuwe Binnenweg 212", "Rotterdam", "3021 GM")))

M("m28_thimble_prose", "Ruth Oakley <buying@thimbleandthread.co.uk>", "Top-up order TT-58840", "Fri, 27 Nov 2026 09:09:09 +0000",
  """Hi Petra,

Hope all's well in Germany! Christmas rush has hit us early, so a top-up please (our ref TT-58840):
could we have two rolls of the red satin ribbon, the wide 25mm one, three rolls of white bias
binding, fifteen metres of the mustard poplin and ten metres of the sky blue, and twenty packs of
the assorted felt sheets - the bigger 30x45 ones this time, not the small ones.

Usual address. Thanks so much!
Ruth
""",
  PO("Thimble & Thread Crafts Ltd", [
      L("RSA25-315", 2, "RL", "red satin ribbon 25mm"),
      L("BIA20-001", 3, "RL", "white bias binding"),
      L("POP145-640", 15, "M", "mustard poplin"),
      L("POP145-210", 10, "M", "sky blue poplin"),
      L("PFS1-3045-MIX", 20, "PK", "assorted felt sheets 30x45")],
     po="TT-58840"))

M("m29_theater_tabelle", "Einkauf Landestheater <einkauf@landestheater-oberwalden.de>", "Bestellung 4500031877",
  "Mon, 07 Dec 2026 10:45:12 +0100",
  """Sehr geehrte Damen und Herren,

anbei unsere Bestellung 4500031877 vom 07.12.2026 (Kostümabteilung):

Pos\tMat.-Nr.\tBezeichnung\tMenge\tME\tEP
10\t300144\tJersey weiß 150 cm\t18\tm\t8,40
20\t300145\tJersey schwarz 150 cm\t18\tm\t8,40
30\t300310\tEinlage Vlies leicht schwarz\t12\tm\t2,40
40\t300512\tNähgarn grau 1000 m\t6\tStk\t4,20
50\t300513\tNähgarn schwarz 1000 m\t6\tStk\t4,20

Preise in EUR netto. Lieferung an die Kostümwerkstatt, Bühnenweg 2, 34117 Kassel.

Mit freundlichen Grüßen
i.A. Bernd Tillmann, Zentraler Einkauf
""",
  PO("Landestheater Oberwalden – Kostümabteilung", [
      L("JER150-001", 18, "M", "Jersey weiß 150 cm", price=8.40, cp="300144"),
      L("JER150-099", 18, "M", "Jersey schwarz 150 cm", price=8.40, cp="300145"),
      L("INT-NWL90-099", 12, "M", "Einlage Vlies leicht schwarz", price=2.40, cp="300310"),
      L("THP120-1000-905", 6, "EA", "Nähgarn grau 1000 m", price=4.20, cp="300512"),
      L("THP120-1000-099", 6, "EA", "Nähgarn schwarz 1000 m", price=4.20, cp="300513")],
     po="4500031877", od="2026-12-07", cur="EUR",
     ship={"street": "Bühnenweg 2", "city": "Kassel", "postal_code": "34117"}))

M("m30_bellandi_terse", "Paolo Bellandi <paolo@sartoriabellandi.it>", "ordinetto", "Fri, 04 Dec 2026 18:55:02 +0100",
  """Ciao,
mi servono: 2 rotoli elastico nero 20mm, 1 pacco aghi jersey, fodera nera mt. 12.
Grazie
Paolo
""",
  PO("Sartoria Bellandi", [
      L("ELW20-099-R25", 2, "RL", "rotoli elastico nero 20mm"),
      L("NDM-JER-80", 1, "PK", "pacco aghi jersey"),
      L("LNV140-099", 12, "M", "fodera nera")]))

M("m31_lycee_new", "Gestion LP Jeanne-Barret <gestion@lp-jeanne-barret.fr>", "Bon de commande 2026-0458",
  "Tue, 01 Dec 2026 14:02:26 +0100",
  """Madame, Monsieur,

Veuillez trouver ci-après le bon de commande administratif n° 2026-0458 du 01/12/2026 pour la section
Métiers de la mode.

Désignation                               Qté     PU HT
Toile à patron (calicot écru) 160 cm      60 m    3,20 €
Épingles acier 30 mm, boîte 50 g          10      2,70 €
Craies tailleur blanches (boîte de 10)     5      3,90 €
Mètres ruban 150 cm                       30      1,20 €

Adresse de livraison :
Lycée professionnel Jeanne-Barret
18 boulevard des Corderies
44100 Nantes

Facturation via Chorus Pro, SIRET sur demande.

Le gestionnaire
M. Arnaud Poirier
""",
  PO("Lycée professionnel Jeanne-Barret", [
      L("CAL160-101", 60, "M", "Toile à patron (calicot écru) 160 cm", price=3.20),
      L("PIN-30-50G", 10, "BX", "Épingles acier 30 mm, boîte 50 g", price=2.70),
      L("CHK-WHT-10", 5, "PK", "Craies tailleur blanches (boîte de 10)", price=3.90),
      L("TMS-150", 30, "EA", "Mètres ruban 150 cm", price=1.20)],
     po="2026-0458", od="2026-12-01", cur="EUR",
     ship=ST("Lycée professionnel Jeanne-Barret", "18 boulevard des Corderies", "Nantes", "44100")))

M("m32_brandl_einheiten", "Maria Brandl <office@brandl-schneiderei.at>", "noch was", "Thu, 03 Dec 2026 16:44:10 +0100",
  """Hallo Petra,

5mtr Jersey navy
2,5mtr Jersey rot
1 Ro. Gummiband 10mm weiss
20 St. RV 18cm marine

lg Maria
""",
  PO("Schneiderei Brandl", [
      L("JER150-412", 5, "M", "Jersey navy"),
      L("JER150-315", 2.5, "M", "Jersey rot"),
      L("ELW10-001-R25", 1, "RL", "Gummiband 10mm weiss"),
      L("ZS5-18-412", 20, "EA", "RV 18cm marine")]))

M("m33_horak_cz_hrebiky", "Tomáš Horák <objednavky@calounictvi-horak.cz>", "objednávka", "Mon, 07 Dec 2026 08:05:33 +0100",
  """Dobrý den,

prosím o dodání:
vatelín 150 g ... 50 m
plátno šedé 150 cm ... 12 m
čalounické hřebíčky mosazné ... 500 ks

Děkuji, Horák
""",
  PO("Čalounictví Horák s.r.o.", [
      L("WAD150-001", 50, "M", "vatelín 150 g"),
      L("CAN150-905", 12, "M", "plátno šedé 150 cm"),
      L(None, 500, "EA", "čalounické hřebíčky mosazné")]))

M("m34_brouwer_nl_correctie", "Joost Brouwer <joost@naaiatelier-brouwer.nl>", "Re: bestelling 7795", "Wed, 02 Dec 2026 10:41:07 +0100",
  """Sorry, niet 3 maar 5 meter van het linnen. De rest klopt.

Joost

Op wo 2 dec 2026 om 09:58 schreef Joost Brouwer <joost@naaiatelier-brouwer.nl>:
> Bestelling 7795:
> 3 m linnen salie
> 2 m halflinnen wit
> 1 pak naalden universeel 80
> 10 klosjes garen rood 100 m
>
> groet, Joost
""",
  PO("Naaiatelier Brouwer", [
      L("LIN140-760", 5, "M", "linnen salie"),
      L("HLN150-001", 2, "M", "halflinnen wit"),
      L("NDM-UNI-80", 1, "PK", "naalden universeel 80"),
      L("THP120-100-315", 10, "EA", "klosjes garen rood 100 m")],
     po="7795"), reply=True)

M("m35_almeida_ganga", "Rosa Almeida <encomendas@costura-almeida.pt>", "Enc. 2026/61", "Sat, 05 Dec 2026 10:30:00 +0000",
  """Bom dia,

segue encomenda 2026/61, data 05-12-2026:

ganga elástica preta 145 – 15 m
ganga elástica azul índigo – 15 m
fechos metálicos 12 cm – 40 un
agulhas jeans 100 – 6 emb.

Cumprimentos
Rosa
""",
  PO("Oficina de Costura Almeida", [
      L("DEN8S-145-099", 15, "M", "ganga elástica preta 145"),
      L("DEN8S-145-450", 15, "M", "ganga elástica azul índigo"),
      L("ZM4-12-450", 40, "EA", "fechos metálicos 12 cm"),
      L("NDM-JNS-100", 6, "PK", "agulhas jeans 100")],
     po="2026/61", od="2026-12-05"))

M("m36_nowak_en", "Agnieszka Zielińska <zamowienia@krawiectwo-nz.pl>", "PO 47/12/2026", "Mon, 07 Dec 2026 11:11:11 +0100",
  """Hello,

our PO 47/12/2026 dated 7 Dec 2026:

1 roll denim 12oz indigo (50m)
4 packs jeans buttons silver 17mm
6 spools topstitch thread jeans gold

Best regards,
Agnieszka Zielińska
""",
  PO("Pracownia Krawiecka Nowak-Zielińska", [
      L("DEN12-150-450-R50", 1, "RL", "roll denim 12oz indigo (50m)"),
      L("BTJ-17-SIL", 4, "PK", "jeans buttons silver 17mm"),
      L("THJ30-50-640", 6, "EA", "topstitch thread jeans gold")],
     po="47/12/2026", od="2026-12-07"))

M("m37_sommerfeld_x", "Kreativwerkstatt Sommerfeld <bestellung@kreativ-sommerfeld.de>", "Nachbestellung Bänder/Filz",
  "Fri, 04 Dec 2026 13:37:00 +0100",
  """Moin,

Satinband 10mm schwarz x3
Satinband weiß 10 mm x3
Samtband schwarz x2
Filz grün 1mm Meterware x4m
Filz weiß 1mm x4m

Danke!
Jonas
""",
  PO("Kreativwerkstatt Sommerfeld", [
      L("RSA10-099", 3, "RL", "Satinband 10mm schwarz"),
      L("RSA10-001", 3, "RL", "Satinband weiß 10 mm"),
      L("RVE10-099", 2, "RL", "Samtband schwarz"),
      L("PFE1-180-520", 4, "M", "Filz grün 1mm Meterware"),
      L("PFE1-180-001", 4, "M", "Filz weiß 1mm")]))

M("m38_ortega_prosa", "Javier Ortega <compras@tapiceria-ortega.es>", "otro pedido", "Mon, 07 Dec 2026 09:12:00 +0100",
  """Buenas,

para la semana que viene necesitamos cuarenta metros de guata, veinte de lona natural y 10 metros
de velcro blanco de 20.

Pedido interno 4490. Gracias!
Javier
""",
  PO("Tapicería Ortega Hermanos S.L.", [
      L("WAD150-001", 40, "M", "guata"),
      L("CAN150-101", 20, "M", "lona natural"),
      L("HLV20-001", 10, "M", "velcro blanco de 20")],
     po="4490"))

M("m39_aldhelm_new", "Mr T. Okafor <t.okafor@st-aldhelms-academy.org.uk>", "Order DT-2026-33", "Tue, 24 Nov 2026 13:30:00 +0000",
  """Dear Sir/Madam,

Please supply the following for the Design & Technology department. Order ref: DT-2026-33.

10 m fleece, black
10 m fleece, red
8 packs safety pins (100)
5 packs hand sewing needles
2 fabric scissors 25cm

Delivery address:
St Aldhelm's Academy – D&T Dept
41 Copse Road
Bristol BS9 4TT

Invoices to finance@st-aldhelms-academy.org.uk please.

Yours faithfully,
T. Okafor
Head of D&T, St Aldhelm's Academy
""",
  PO("St Aldhelm's Academy", [
      L("FLC150-099", 10, "M", "fleece, black"),
      L("FLC150-315", 10, "M", "fleece, red"),
      L("SFP-38-100", 8, "PK", "safety pins (100)"),
      L("NDH-ASS-20", 5, "PK", "hand sewing needles"),
      L("SCI-25", 2, "EA", "fabric scissors 25cm")],
     po="DT-2026-33",
     ship=ST("St Aldhelm's Academy – D&T Dept", "41 Copse Road", "Bristol", "BS9 4TT")))

# m40 uses GTINs; filled in by build.py from the catalog
M("m40_nadelfaden_ean", "Sabine Roth <laden@nadelundfaden-bamberg.de>", "Nachbestellung Garne", "Mon, 07 Dec 2026 17:20:00 +0100",
  None, None)

M("m41_vieuxport_boutons", "Mercerie du Vieux Port <contact@mercerie-vieuxport.fr>", "boutons + fermetures", "Mon, 07 Dec 2026 10:02:00 +0100",
  """Bonjour,

Pour compléter le stock :
- boutons 4 trous 18 lignes blancs : 3 sachets de 100
- boutons chemise nacrés 18L : 2 sachets
- fermetures à glissière 20 cm blanches : 25

Merci d'avance,
Hélène
""",
  PO("Mercerie du Vieux Port", [
      L("BT4-18L-001", 3, "PK", "boutons 4 trous 18 lignes blancs, sachets de 100"),
      L("BTP-18L-001", 2, "PK", "boutons chemise nacrés 18L"),
      L("ZS5-20-001", 25, "EA", "fermetures à glissière 20 cm blanches")]))

M("m42_anon_pl", "k.wojcik81 <k.wojcik81@pocztamail.example>", "polar", "Sun, 06 Dec 2026 20:14:00 +0100",
  """Dzień dobry,
proszę o 4 m polaru szarego i 2 m granatowego. Odbiór osobisty.
Pozdrawiam, K.
""",
  PO(None, [
      L("FLC150-905", 4, "M", "polar szary"),
      L("FLC150-412", 2, "M", "polar granatowy")]))
