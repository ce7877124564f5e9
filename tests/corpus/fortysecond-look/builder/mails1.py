from common import mail, L, ship, save, SELLER_UK, SELLER_FR

def po(customer, po_number, order_date, requested_date, currency, lines, ship_to="__omit__"):
    d = {"kind": "purchase_order", "customer": customer, "po_number": po_number, "order_date": order_date,
         "requested_date": requested_date, "currency": currency, "lines": lines}
    if ship_to != "__omit__":
        d["ship_to"] = ship_to
    return d

def E(base, frm, subject, date, body, label, to=SELLER_UK, cc=None):
    save(base, mail(frm, to, subject, date, body, cc=cc), label, "eml")

def build():
    E("m01_hamble_terse_skus", "Dan Whitfield <dan.whitfield@hamblepointmarine.co.uk>", "PO HPM-24117",
      "Mon, 02 Feb 2026 08:12:40 +0000",
"""Morning,

PO HPM-24117 please, for delivery to the marina workshop:

- FND-F4-WHT x 12
- FND-F5-NVY x 4
- SHK-DA4-10 x 20
- ROP-PB12-NVY-R100 x 2
- AFP-ER-BLK-250 x 6

Usual account. Thanks

Dan Whitfield
Workshop Supervisor | Hamble Point Marina Services Ltd
School Lane, Hamble-le-Rice, SO31 4NB
t. 023 8045 2210  m. 07700 914 338
""",
      po("Hamble Point Marina Services Ltd", "HPM-24117", None, None, None, [
          L("FND-F4-WHT", "FND-F4-WHT", 12, "EA"),
          L("FND-F5-NVY", "FND-F5-NVY", 4, "EA"),
          L("SHK-DA4-10", "SHK-DA4-10", 20, "EA"),
          L("ROP-PB12-NVY-R100", "ROP-PB12-NVY-R100", 2, "RL"),
          L("AFP-ER-BLK-250", "AFP-ER-BLK-250", 6, "EA")]))

    E("m02_solent_erp_fixed", "purchasing@solentboatworks.co.uk", "Purchase Order 4500031877",
      "Tue, 03 Feb 2026 14:03:11 +0000",
"""PURCHASE ORDER 4500031877            Date: 03.02.2026
Vendor: 100452 SOLENT & BISCAY CHANDLERY LTD
Deliver by: 10.02.2026

Itm Our code    Your code          Description                                 Qty  UoM    Price
--- ---------- ------------------ ---------------------------------------- ----- ---- --------
010 SBW-44120  CHN-G40-10         Chain gr40 galv 10mm                        60  M       13.90
020 SBW-44131  SHK-BA4-12         Bow shackle A4 12mm pin                      8  EA      16.90
030 SBW-51007  BAT-AGM-100        AGM battery 12V 100Ah                        3  EA     219.00
040 SBW-51019  FUS-ANL-200        ANL fuse 200A                               10  EA       6.50
050 SBW-51020  CBL-BT35-RED-M     Tinned batt cable 35mm2 red                 15  M        8.20
060 SBW-51021  CBL-BT35-BLK-M     Tinned batt cable 35mm2 black               15  M        8.20

Net value GBP 2,211.00
Please confirm by return quoting PO number on all paperwork.

Solent Boatworks Ltd - Purchasing
Unit 7, Saxon Wharf, Lower York Street, Southampton SO14 5QF
VAT GB 318 4471 02
""",
      po("Solent Boatworks Ltd", "4500031877", "2026-02-03", "2026-02-10", "GBP", [
          L("CHN-G40-10", "Chain gr40 galv 10mm", 60, "M", 13.90, "SBW-44120"),
          L("SHK-BA4-12", "Bow shackle A4 12mm pin", 8, "EA", 16.90, "SBW-44131"),
          L("BAT-AGM-100", "AGM battery 12V 100Ah", 3, "EA", 219.00, "SBW-51007"),
          L("FUS-ANL-200", "ANL fuse 200A", 10, "EA", 6.50, "SBW-51019"),
          L("CBL-BT35-RED-M", "Tinned batt cable 35mm2 red", 15, "M", 8.20, "SBW-51020"),
          L("CBL-BT35-BLK-M", "Tinned batt cable 35mm2 black", 15, "M", 8.20, "SBW-51021")]))

    E("m03_plymouth_chatty_words", "Sarah Penrose <sarah@plymouthsailingacademy.org.uk>", "kit for the Easter courses",
      "Wed, 04 Feb 2026 19:44:02 +0000",
"""Hi all,

Hope you're well and the winter hasn't been too brutal down there in Southampton!

We're getting the fleet ready for the Easter courses and I need to top up a few things. Could you send us:

A dozen of the 150N auto lifejackets (adult ones, not the harness version),
six of the junior 150N autos for the youth groups,
and two handheld orange smokes for the safety RIB.

Oh and twenty re-arm kits for the 150N - half our jackets are due a service.

Our ref is PSA/2026/041. We'd love it before Friday 20th March if at all possible as the first course starts on the 23rd.

Many thanks,
Sarah

Sarah Penrose
Chief Instructor, Plymouth Sailing Academy
Mayflower Marina Approach, Plymouth PL1 4LP
01752 600 412
""",
      po("Plymouth Sailing Academy", "PSA/2026/041", None, "2026-03-20", None, [
          L("LJK-150A-AD", "150N auto lifejackets (adult ones, not the harness version)", 12, "EA", q="dozen"),
          L("LJK-150A-JR", "junior 150N autos for the youth groups", 6, "EA", q="six"),
          L("FLR-OSH", "handheld orange smokes for the safety RIB", 2, "EA", q="two"),
          L("RAK-33", "re-arm kits for the 150N", 20, "EA", q="twenty")]))

    E("m04_crosshaven_correction_reply", "Niall O'Driscoll <niall@crosshavenboatyard.ie>", "RE: Order CBY-1189",
      "Thu, 05 Feb 2026 10:31:55 +0000",
"""Hi,

Sorry - correction to the order below. The chain should be 8mm not 10mm (it's for the moorings on the small pontoon), and make it 45 metres not 30. Everything else the same. Please treat this as replacing the first mail, same PO.

Niall

Niall O'Driscoll | Yard Manager
Crosshaven Boatyard Ltd, Point Road, Crosshaven, Co. Cork P43 EV21
+353 21 483 1161

-----Original Message-----
From: Niall O'Driscoll <niall@crosshavenboatyard.ie>
Sent: 05 February 2026 09:02
To: orders@solentbiscay.co.uk
Subject: Order CBY-1189

Hi,

Please supply on PO CBY-1189:

30m  Chain DIN766 grade 30 galv 10mm
4    Delta anchor 16kg galv
10   D shackle galvanised 10mm pin
2    reels 3-strand? no - 100m of 16mm 3 strand white

Deliver to the yard as usual.

Thanks
Niall
""",
      po("Crosshaven Boatyard Ltd", "CBY-1189", None, None, None, [
          L("CHN-G30-08", "Chain DIN766 grade 30 galv 10mm", 45, "M", q="make it 45 metres", far=True),
          L("ANC-DLT-16", "Delta anchor 16kg galv", 4, "EA"),
          L("SHK-DGV-10", "D shackle galvanised 10mm pin", 10, "EA"),
          L("ROP-3S16-WHT-M", "100m of 16mm 3 strand white", 100, "M")]))

    E("m05_cnar_fr_tabs", "Isabelle Moreau <i.moreau@cnar.fr>", "Bon de commande BC-2026-0457",
      "Fri, 06 Feb 2026 09:15:00 +0100",
"""Bonjour,

Veuillez trouver ci-dessous notre bon de commande n° BC-2026-0457 du 06/02/2026.

Réf.\tDésignation\tQté\tPU HT
AFP-ER-BLU-250\tAntifouling érodable bleu 2,5 L\t8\t139,00
AFP-ER-RED-075\tAntifouling érodable rouge 0,75 L\t6\t49,00
AFP-PR-GRY-250\tPrimaire gris 2,5 L\t4\t89,00
IMP-YM-128990\tTurbine Yanmar 3YM30\t5\t27,90
FLT-OIL-YM119305\tFiltre à huile Yanmar 3YM\t10\t12,80

Livraison à l'atelier de La Flotte, souhaitée semaine 8 au plus tard.
Prix en euros selon votre tarif 2026.

Cordialement,

Isabelle Moreau
Responsable achats - Chantier Naval Atlantique Ré
12 quai de la Criée, 17630 La Flotte
Tél. 05 46 09 61 22
""",
      po("Chantier Naval Atlantique Ré", "BC-2026-0457", "2026-02-06", None, "EUR", [
          L("AFP-ER-BLU-250", "Antifouling érodable bleu 2,5 L", 8, "EA", 139.00),
          L("AFP-ER-RED-075", "Antifouling érodable rouge 0,75 L", 6, "EA", 49.00),
          L("AFP-PR-GRY-250", "Primaire gris 2,5 L", 4, "EA", 89.00),
          L("IMP-YM-128990", "Turbine Yanmar 3YM30", 5, "EA", 27.90),
          L("FLT-OIL-YM119305", "Filtre à huile Yanmar 3YM", 10, "EA", 12.80)]), to=SELLER_FR)

    E("m06_bretagne_fr_chatty", "Yann Le Goff <yann@bretagne-voiliers.fr>", "commande carénage flotte",
      "Mon, 09 Feb 2026 17:20:31 +0100",
"""Bonjour Mathilde,

Comme chaque année on prépare le carénage de la flotte avant la saison. Pourriez-vous nous envoyer :

- 10 pots d'antifouling érodable noir en 2,5 L
- 3 pots du même en 0,75 L pour les retouches
- 2 bidons de primaire gris 2,5 L
- 12 défenses F3 blanches

Notre référence commande : BLV-0226-03.
Livraison impérativement avant le 15 mars 2026 à l'adresse habituelle (Port du Crouesty, capitainerie Est, 56640 Arzon).

Merci d'avance et bonne soirée,
Yann

--
Yann Le Goff - Responsable technique
Bretagne Location Voiliers SARL
06 72 18 44 90
""",
      po("Bretagne Location Voiliers SARL", "BLV-0226-03", None, "2026-03-15", None, [
          L("AFP-ER-BLK-250", "pots d'antifouling érodable noir en 2,5 L", 10, "EA"),
          L("AFP-ER-BLK-075", "pots du même en 0,75 L pour les retouches", 3, "EA"),
          L("AFP-PR-GRY-250", "bidons de primaire gris 2,5 L", 2, "EA"),
          L("FND-F3-WHT", "défenses F3 blanches", 12, "EA")],
         ship_to=ship("Bretagne Location Voiliers SARL", "Port du Crouesty, capitainerie Est", "Arzon", "56640", "FR")), to=SELLER_FR)

    E("m07_schelde_nl_numbered", "Pieter de Vries <inkoop@jachthavendeschelde.nl>", "Bestelling 2026-0112",
      "Tue, 10 Feb 2026 11:05:47 +0100",
"""Goedemorgen,

Hierbij onze bestelling 2026-0112:

1. 20 stuks stootwillen F2 wit
2. 8 stuks stootwillen F4 marineblauw
3. 2 rollen (100 m) polyester dubbel gevlochten 10 mm wit
4. 15 stuks D-sluiting RVS A4 pen 8 mm
5. 6 stuks sluiting RVS A4 gebogen pen 6 mm

Graag levering vóór 27 februari.

Met vriendelijke groet,

Pieter de Vries
Inkoop - Jachthaven De Schelde BV
Havenweg 14, 4382 NL Vlissingen
T +31 118 412 900
""",
      po("Jachthaven De Schelde BV", "2026-0112", None, "2026-02-27", None, [
          L("FND-F2-WHT", "stootwillen F2 wit", 20, "EA"),
          L("FND-F4-NVY", "stootwillen F4 marineblauw", 8, "EA"),
          L("ROP-PB10-WHT-R100", "rollen (100 m) polyester dubbel gevlochten 10 mm wit", 2, "RL"),
          L("SHK-DA4-08", "D-sluiting RVS A4 pen 8 mm", 15, "EA"),
          L("SHK-BA4-06", "sluiting RVS A4 gebogen pen 6 mm", 6, "EA")]))

    E("m08_nordfjord_no_impellers", "Kjetil Solberg <kjetil@nordfjordbat.no>", "Bestilling impellere og filtre",
      "Wed, 11 Feb 2026 07:48:12 +0100",
"""Hei,

Vi trenger følgende til vårservice. Motormodell står ved siden av delenummer:

Volvo Penta D2-40 – 21951346 – impeller – 6 stk
Volvo Penta MD2020 – 3586496 – impeller – 4 stk
Yanmar 3GM30 – 104211-42070 – impeller – 3 stk
Volvo Penta D1-20 – 3840525 – oljefilter – 12 stk
Volvo Penta D1-20 – 3817510 – drivstoffilter – 12 stk

Vår ordre nr. NB-4471. Levering til verkstedet i Måløy.

Mvh
Kjetil Solberg
Nordfjord Båtservice AS
Sjøgata 31, 6700 Måløy
Tlf 57 85 12 40
""",
      po("Nordfjord Båtservice AS", "NB-4471", None, None, None, [
          L("IMP-VP-21951346", "impeller", 6, "EA", q="6 stk"),
          L("IMP-VP-3586496", "impeller", 4, "EA", q="4 stk"),
          L("IMP-YM-104211", "impeller", 3, "EA", q="3 stk"),
          L("FLT-OIL-VP3840525", "oljefilter", 12, "EA"),
          L("FLT-FUE-VP3817510", "drivstoffilter", 12, "EA")]))

    E("m09_marstrand_se_lifejackets", "Anna Lindqvist <anna.lindqvist@marstrandsegel.se>", "Beställning flytvästar inför säsongen",
      "Thu, 12 Feb 2026 13:37:29 +0100",
"""Hej!

Vi vill beställa följande till seglarskolan:

25 st flytväst 150N automatisk vuxen
10 st flytväst 150N automatisk junior 20-40 kg
8 st flytväst 100N skum barn 15-30 kg
4 st flytväst 275N med sele (till följebåtarna)

Beställningsnummer: MSS-26-009
Önskat leveransdatum: 2026-04-06

Tack på förhand!

Med vänliga hälsningar
Anna Lindqvist
Marstrand Segelskola AB
Hamngatan 5, 442 66 Marstrand
0303-600 17
""",
      po("Marstrand Segelskola AB", "MSS-26-009", None, "2026-04-06", None, [
          L("LJK-150A-AD", "flytväst 150N automatisk vuxen", 25, "EA"),
          L("LJK-150A-JR", "flytväst 150N automatisk junior 20-40 kg", 10, "EA"),
          L("LJK-100F-CH", "flytväst 100N skum barn 15-30 kg", 8, "EA"),
          L("LJK-275A-AD", "flytväst 275N med sele (till följebåtarna)", 4, "EA")]))

    E("m10_aarhus_chain_anchors", "Mads Kjær <mk@aarhusbaadevaerft.dk>", "Order AB-2026-031 chain + anchors",
      "Fri, 13 Feb 2026 15:02:44 +0100",
"""Hello Solent & Biscay,

Please find our order AB-2026-031 dated 13 Feb 2026:

Anchor Delta 10 kg galv ............ 3 pcs   à GBP 119.00
Anchor Delta 20 kg galv ............ 2 pcs   à GBP 209.00
Anchor Bruce type 15 kg ............ 1 pc    à GBP 95.00
Chain 8 mm grade 40 galv ........... 120 m   à GBP 9.60
Chain 10 mm grade 70 high test ..... 50 m    à GBP 16.50

Delivery address: Aarhus Bådeværft ApS, Marselisborg Havnevej 46, 8000 Aarhus C, Denmark.

Best regards / Venlig hilsen
Mads Kjær
Indkøb, Aarhus Bådeværft ApS
+45 86 19 22 30
""",
      po("Aarhus Bådeværft ApS", "AB-2026-031", "2026-02-13", None, "GBP", [
          L("ANC-DLT-10", "Anchor Delta 10 kg galv", 3, "EA", 119.00),
          L("ANC-DLT-20", "Anchor Delta 20 kg galv", 2, "EA", 209.00),
          L("ANC-BRC-15", "Anchor Bruce type 15 kg", 1, "EA", 95.00),
          L("CHN-G40-08", "Chain 8 mm grade 40 galv", 120, "M", 9.60),
          L("CHN-G70-10", "Chain 10 mm grade 70 high test", 50, "M", 16.50)],
         ship_to=ship("Aarhus Bådeværft ApS", "Marselisborg Havnevej 46", "Aarhus C", "8000", "DK")))

    E("m11_jadran_hr", "Marko Perić <nabava@jadrancharter.hr>", "Narudžba JC-2026-17",
      "Mon, 16 Feb 2026 08:55:10 +0100",
"""Poštovani,

molimo isporuku sljedeće robe prema narudžbi JC-2026-17 od 16.02.2026.:

- bokobran F5 plavi (navy) – 10 kom
- bokobran F6 crni – 4 kom
- sidro Delta 16 kg pocinčano – 2 kom
- lanac 10 mm gradacija 40, pocinčan – 100 m
- AGM akumulator 12 V 120 Ah – 5 kom

Cijene prema vašoj ponudi u EUR. Rok isporuke: do 20.03.2026.
Adresa isporuke: Marina Dalmacija, Bibinje, gat D, 23205 Bibinje.

Lijep pozdrav,
Marko Perić
Nabava | Jadran Charter d.o.o.
Obala kneza Branimira 22, 23000 Zadar
+385 23 250 114
""",
      po("Jadran Charter d.o.o.", "JC-2026-17", "2026-02-16", "2026-03-20", "EUR", [
          L("FND-F5-NVY", "bokobran F5 plavi (navy)", 10, "EA"),
          L("FND-F6-BLK", "bokobran F6 crni", 4, "EA"),
          L("ANC-DLT-16", "sidro Delta 16 kg pocinčano", 2, "EA"),
          L("CHN-G40-10", "lanac 10 mm gradacija 40, pocinčan", 100, "M"),
          L("BAT-AGM-120", "AGM akumulator 12 V 120 Ah", 5, "EA")],
         ship_to=ship("Marina Dalmacija", "gat D", "Bibinje", "23205", "HR")), to=SELLER_FR)

    E("m12_ionian_gr", "Γιώργος Παπαδόπουλος <g.papadopoulos@ionianyachting.gr>", "Παραγγελία IY-0319",
      "Tue, 17 Feb 2026 12:12:12 +0200",
"""Καλημέρα σας,

Παρακαλούμε για την αποστολή των παρακάτω (παραγγελία IY-0319):

1) Σωσίβιο 150N αυτόματο με ιμάντα ασφαλείας (harness), ενήλικα – 16 τεμ.
2) Ανταλλακτικό κιτ 33 g για 150N – 16 τεμ.
3) Φωτοβολίδες χειρός κόκκινες – 24 τεμ.
4) Πυροτεχνήματα αλεξίπτωτου κόκκινα – 12 τεμ.
5) Σχοινί Dyneema 10 mm μαύρο – 60 μ.

Παράδοση στη βάση μας στη Λευκάδα μέχρι 31/03/2026.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Ionian Yachting SA – Τεχνικό Τμήμα
Λεωφόρος Αλεξάνδρας 8, 311 00 Λευκάδα
Τηλ. +30 26450 21 900
""",
      po("Ionian Yachting SA", "IY-0319", None, "2026-03-31", None, [
          L("LJK-150AH-AD", "Σωσίβιο 150N αυτόματο με ιμάντα ασφαλείας (harness), ενήλικα", 16, "EA"),
          L("RAK-33", "Ανταλλακτικό κιτ 33 g για 150N", 16, "EA"),
          L("FLR-HRD", "Φωτοβολίδες χειρός κόκκινες", 24, "EA"),
          L("FLR-PRR", "Πυροτεχνήματα αλεξίπτωτου κόκκινα", 12, "EA"),
          L("ROP-DY10-BLK-M", "Σχοινί Dyneema 10 mm μαύρο", 60, "M")]))

    E("m13_vigo_es", "Lucía Fernández <compras@nauticariavigo.es>", "Pedido NRV-2026/088",
      "Wed, 18 Feb 2026 10:40:03 +0100",
"""Buenos días:

Les enviamos nuestro pedido NRV-2026/088 con fecha 18/02/2026.

Cant.  Descripción                                   Precio unit.
4      Batería AGM 12V 75Ah                          165,00 €
2      Batería de litio LiFePO4 100Ah                749,00 €
20     Fusible ANL 150A                                6,50 €
4      Portafusibles ANL                              14,50 €
30 m   Cable de batería estañado 25 mm² rojo           5,90 €
30 m   Cable de batería estañado 25 mm² negro          5,90 €

Entrega en nuestro taller de Cangas. Gracias.

Un saludo,
Lucía Fernández
Departamento de Compras
Náutica Ría de Vigo SL · Avenida do Porto 41 · 36940 Cangas (Pontevedra)
Tel. 986 30 44 12
""",
      po("Náutica Ría de Vigo SL", "NRV-2026/088", "2026-02-18", None, "EUR", [
          L("BAT-AGM-075", "Batería AGM 12V 75Ah", 4, "EA", 165.00),
          L("BAT-LFP-100", "Batería de litio LiFePO4 100Ah", 2, "EA", 749.00),
          L("FUS-ANL-150", "Fusible ANL 150A", 20, "EA", 6.50),
          L("FUS-ANL-HLD", "Portafusibles ANL", 4, "EA", 14.50),
          L("CBL-BT25-RED-M", "Cable de batería estañado 25 mm² rojo", 30, "M", 5.90),
          L("CBL-BT25-BLK-M", "Cable de batería estañado 25 mm² negro", 30, "M", 5.90)]), to=SELLER_FR)

    E("m14_ligure_it", "Francesca Bruzzone <acquisti@cantiereligure.it>", "Ordine n. 2026/0211",
      "Thu, 19 Feb 2026 16:25:50 +0100",
"""Buongiorno,

con la presente vi trasmettiamo l'ordine n. 2026/0211 del 19/02/2026:

- n. 6 bozzelli singoli 57 mm con arricciatura (becket), cuscinetti a sfera
- n. 4 bozzelli doppi 57 mm
- n. 2 bozzelli apribili 75 mm
- n. 30 grilli dritti inox A4 perno 6 mm
- n. 200 m treccia poliestere 8 mm rosso

Consegna entro il 13 marzo presso il nostro cantiere di La Spezia.

Distinti saluti,
Francesca Bruzzone
Ufficio Acquisti – Cantiere Navale Ligure Srl
Via del Molo 18, 19126 La Spezia
Tel. 0187 77 31 40
""",
      po("Cantiere Navale Ligure Srl", "2026/0211", "2026-02-19", "2026-03-13", None, [
          L("BLK-S57B", "bozzelli singoli 57 mm con arricciatura (becket), cuscinetti a sfera", 6, "EA"),
          L("BLK-D57", "bozzelli doppi 57 mm", 4, "EA"),
          L("BLK-SN75", "bozzelli apribili 75 mm", 2, "EA"),
          L("SHK-DA4-06", "grilli dritti inox A4 perno 6 mm", 30, "EA"),
          L("ROP-PB08-RED-M", "treccia poliestere 8 mm rosso", 200, "M")]), to=SELLER_FR)

    E("m15_cornwall_galv", "Tom Trevaskis <tom@cornwallfishcoop.co.uk>", "order for the quay",
      "Fri, 20 Feb 2026 06:58:21 +0000",
"""Hi,

Order for the co-op please, ref CFC 7731

40 galv D shackles 12mm
40 galv D shackles 10mm
10 x Fender F6 black
90m 12mm grade 70 chain
6 starter batteries 90Ah

Can you send it on the Tuesday lorry. Cheers

Tom Trevaskis
Cornwall Fishermen's Co-operative Ltd
The Fish Quay, Newlyn, Penzance TR18 5HW
01736 362 118

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Cornwall Fishermen's Co-operative Ltd, registered society no. 21544R.
""",
      po("Cornwall Fishermen's Co-operative Ltd", "CFC 7731", None, None, None, [
          L("SHK-DGV-12", "galv D shackles 12mm", 40, "EA"),
          L("SHK-DGV-10", "galv D shackles 10mm", 40, "EA"),
          L("FND-F6-BLK", "Fender F6 black", 10, "EA"),
          L("CHN-G70-12", "12mm grade 70 chain", 90, "M"),
          L("BAT-STR-090", "starter batteries 90Ah", 6, "EA")]))

    E("m16_chesapeake_inch_feet", "Rick Alvarez <rick@chesapeakeyachtcharters.com>", "PO CYC-2291 - rope & chain",
      "Mon, 23 Feb 2026 13:10:09 -0500",
"""Hi there,

PO CYC-2291, dated 02/23/2026. Ship to our Annapolis dock.

Qty     Item                                              Unit price (USD)
3       reels 3/8" polyester double braid, navy (your 10mm, 100m reel)    214.00
2       reels 1/2" double braid white (12 mm x 100 m)                     283.00
200 ft  5/16" G40 chain -- your 8mm grade 40 is fine                        3.70/ft
4       Delta anchor 35 lb                                                  199.00

Please quote freight before shipping. Need it by March 20.

Thanks,
Rick Alvarez
Fleet Maintenance Manager
Chesapeake Yacht Charters LLC
326 First Street, Annapolis, MD 21403
(410) 555-0143
""",
      po("Chesapeake Yacht Charters LLC", "CYC-2291", "2026-02-23", "2026-03-20", "USD", [
          L("ROP-PB10-NVY-R100", "reels 3/8\" polyester double braid, navy (your 10mm, 100m reel)", 3, "RL", 214.00),
          L("ROP-PB12-WHT-R100", "reels 1/2\" double braid white (12 mm x 100 m)", 2, "RL", 283.00),
          L("CHN-G40-08", "5/16\" G40 chain -- your 8mm grade 40 is fine", 200, "FT", 3.70, q="200 ft"),
          L("ANC-DLT-16", "Delta anchor 35 lb", 4, "EA", 199.00)],
         ship_to=ship("Chesapeake Yacht Charters LLC", "326 First Street", "Annapolis", "21403", "US", "MD")))

    E("m17_mystic_forward", "Karen Doyle <kdoyle@mystichboatyard.com>", "Fwd: batteries for the lift dock boats",
      "Tue, 24 Feb 2026 09:33:40 -0500",
"""Hi - forwarding Joe's list below, please process as our PO MHB-10482. Ship UPS ground to the yard.
Thanks, Karen

Karen Doyle | Office Manager | Mystic Harbor Boatyard Inc.
74 Greenmanville Ave, Mystic, CT 06355 | 860-555-0177

---------- Forwarded message ---------
From: Joe Santos <jsantos@mystichboatyard.com>
Date: Mon, Feb 23, 2026 at 4:51 PM
Subject: batteries for the lift dock boats
To: Karen Doyle <kdoyle@mystichboatyard.com>

Karen can you order these from the UK guys:
2 - 100Ah AGM
2 - 120Ah AGM
1 - 100Ah lithium (LiFePO4) for the Hunter
50 ft of 2/0 red battery cable -> they sell 35mm2 by the meter, get 15 m red and 15 m black
6 ANL 250A fuses

thx Joe
""",
      po("Mystic Harbor Boatyard Inc.", "MHB-10482", None, None, None, [
          L("BAT-AGM-100", "100Ah AGM", 2, "EA"),
          L("BAT-AGM-120", "120Ah AGM", 2, "EA"),
          L("BAT-LFP-100", "100Ah lithium (LiFePO4) for the Hunter", 1, "EA"),
          L("CBL-BT35-RED-M", "35mm2 by the meter, get 15 m red", 15, "M", q="15 m red"),
          L("CBL-BT35-BLK-M", "15 m black", 15, "M"),
          L("FUS-ANL-250", "ANL 250A fuses", 6, "EA")]))

    E("m18_dunlaoghaire_addlines", "Ciara Walsh <ciara@dlseaschool.ie>", "Re: Order DLSS-0207",
      "Wed, 25 Feb 2026 11:47:00 +0000",
"""Hi again,

Could you add the following to the order below before it goes out please:

4 x Single block 40mm
2 x Fiddle block 57mm with becket and cam

Same PO (DLSS-0207). Thanks a million!
Ciara

On Tue, 24 Feb 2026 at 16:20, Ciara Walsh <ciara@dlseaschool.ie> wrote:
> Hello,
>
> Order DLSS-0207 for Dún Laoghaire Sea School:
>
> 6 x Polyester double braid 8mm red - 50m each, so 300m total per metre please
> 12 x Bow shackle A4 5mm pin
> 1 x Coastal flare pack
>
> Deliver to West Pier, Dún Laoghaire, Co. Dublin A96 K2X4.
>
> Ciara Walsh
> Dún Laoghaire Sea School
""",
      po("Dún Laoghaire Sea School", "DLSS-0207", None, None, None, [
          L("ROP-PB08-RED-M", "Polyester double braid 8mm red - 50m each, so 300m total per metre please", 300, "M", q="300m"),
          L("SHK-BA4-05", "Bow shackle A4 5mm pin", 12, "EA"),
          L("FLR-PK-COAST", "Coastal flare pack", 1, "PK"),
          L("BLK-S40", "Single block 40mm", 4, "EA"),
          L("BLK-F57C", "Fiddle block 57mm with becket and cam", 2, "EA")],
         ship_to=ship("Dún Laoghaire Sea School", "West Pier", "Dún Laoghaire", "A96 K2X4", "IE")))

    E("m19_greement_fr_dyneema", "Julien Bertrand <atelier@greement-ocean.fr>", "Cde VGO-1142 - textile",
      "Thu, 26 Feb 2026 18:02:33 +0100",
"""Salut l'équipe,

Cde VGO-1142 pour l'atelier :

ROP-DY12-GRY-R100 : 1 bobine
ROP-DY08-BLK-M : 45 m
ROP-DY08-GRY-M : 45 m
Drisse polyester 10 mm rouge : 80 m
Manille lyre inox A4 axe 10 : 10

Je passe récupérer au comptoir de La Rochelle mardi 3 mars.

A+
Julien
Voilerie & Gréement Océan – Port des Minimes – La Rochelle
""",
      po("Voilerie & Gréement Océan", "VGO-1142", None, "2026-03-03", None, [
          L("ROP-DY12-GRY-R100", "ROP-DY12-GRY-R100", 1, "RL", q="1 bobine"),
          L("ROP-DY08-BLK-M", "ROP-DY08-BLK-M", 45, "M"),
          L("ROP-DY08-GRY-M", "ROP-DY08-GRY-M", 45, "M"),
          L("ROP-PB10-RED-M", "Drisse polyester 10 mm rouge", 80, "M"),
          L("SHK-BA4-10", "Manille lyre inox A4 axe 10", 10, "EA")]), to=SELLER_FR)

    E("m20_chioggia_it_electrical", "Coop. Pescatori Chioggia <ufficio@pescatorichioggia.it>", "ordine materiale elettrico",
      "Fri, 27 Feb 2026 07:30:15 +0100",
"""Buongiorno,
vi chiediamo di spedire per i pescherecci della cooperativa (ns. ordine 58/2026):

batteria avviamento 12V 90Ah  nr. 8
cavo batteria stagnato 50 mm² rosso  mt. 25
cavo batteria stagnato 50 mm² nero  mt. 25
fusibili MIDI 80A  nr. 12
cavo bipolare stagnato 2x2,5 mm²  2 bobine da 30 m

Grazie e buon lavoro
Ufficio – Cooperativa Pescatori Chioggia
Fondamenta Marittima 3, 30015 Chioggia (VE)
tel. 041 40 11 23
""",
      po("Cooperativa Pescatori Chioggia", "58/2026", None, None, None, [
          L("BAT-STR-090", "batteria avviamento 12V 90Ah", 8, "EA"),
          L("CBL-BT50-RED-M", "cavo batteria stagnato 50 mm² rosso", 25, "M"),
          L("CBL-BT50-BLK-M", "cavo batteria stagnato 50 mm² nero", 25, "M"),
          L("FUS-MIDI-080", "fusibili MIDI 80A", 12, "EA"),
          L("CBL-TW25-R30", "cavo bipolare stagnato 2x2,5 mm²", 2, "RL", q="2 bobine")]), to=SELLER_FR)

    E("m21_phone_shorthand", "Stelios K <stelios.k.skipper@gmail.com>", "order",
      "Sat, 28 Feb 2026 14:09:51 +0200",
"""hi its stelios skipper on SY Kalypso (ionian yachting fleet). can u send to lefkada base asap pls

2x 10mm dyneema blk 30m each
4 a4 dee shack 8mm pin
2 impellr yanmar 3ym30
1 fender f4 navy
1 oil filt yanmar 3ym

put on ionian yachting acct, PO to follow from office. ty

Sent from my iPhone
""",
      po("Ionian Yachting SA", None, None, None, None, [
          L("ROP-DY10-BLK-M", "10mm dyneema blk 30m each", 60, "M", q="2x"),
          L("SHK-DA4-08", "a4 dee shack 8mm pin", 4, "EA"),
          L("IMP-YM-128990", "impellr yanmar 3ym30", 2, "EA"),
          L("FND-F4-NVY", "fender f4 navy", 1, "EA"),
          L("FLT-OIL-YM119305", "oil filt yanmar 3ym", 1, "EA")]))
