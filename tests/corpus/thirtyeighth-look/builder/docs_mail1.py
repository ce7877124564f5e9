from common import L, PO, SHIP, NOT
# (filename, from, subject, date(y,m,d,h,mi), body, label, tests, extra-kwargs)
M = []
def add(name, frm, subj, date, body, label, tests, **kw):
    M.append((name, frm, subj, date, body, label, tests, kw))

add("m01_da_shorthand.eml", "Mads Holm <mads@cykelhuset-nb.dk>", "bestilling", (2026,11,30,8,12),
"""Hej Nordhjul

Kan I sende:
2x 11sp kæde
4 slanger 29er presta
6 stk 700x28 foldedæk sort
1 rl bremsekabelyder 5mm (30m)

Tak!
Mads

Cykelhuset Nørrebro ApS
Nørrebrogade 142, 2200 Kbh N
tlf 35 36 12 12
""",
PO("Cykelhuset Nørrebro ApS", None, None, None, None, [
  L("CH-11","11sp kæde",2), L("TU-29-PV48","slanger 29er presta",4),
  L("TY-70028-FB","700x28 foldedæk sort",6), L("HS-BR5-30","rl bremsekabelyder 5mm (30m)",1,"RL")]),
"Danish shop shorthand (2x 11sp, 29er presta), no PO/date")

add("m02_en_terse.eml", "Ops <ops@quickride.dk>", "PO QR-7731", (2026,12,1,7,2),
"""PO QR-7731
20 x CB-BR-1700
20 x BP-D-SH-R
10 x TU-26-AV40
5 x TY-26195-PP
asap, Vasbygade as usual
-- 
Quickride Kurér ApS | Vasbygade 10 | 2450 København SV | +45 70 20 31 31
""",
PO("Quickride Kurér ApS","QR-7731",None,None,None,[
  L("CB-BR-1700","CB-BR-1700",20), L("BP-D-SH-R","BP-D-SH-R",20,"PR"),
  L("TU-26-AV40","TU-26-AV40",10), L("TY-26195-PP","TY-26195-PP",5)]),
"terse, our SKUs only, 'asap' is not a date")

add("m03_de_etrto.eml", "Jana Petersen <einkauf@velokontor.de>", "Bestellung 2026-1187", (2026,12,1,9,40),
"""Moin zusammen,

hiermit bestellen wir (Bestell-Nr. 2026-1187 vom 01.12.2026):

  10 St.  Reifen 28-622 Draht, schwarz
   6 St.  Reifen 25-622 faltbar, Skinwall/tanwall
  12 St.  Schlauch 28" 28-32 SV 60mm
   4 St.  Kassette 11-fach 11-34
   8 Paar Bremsbeläge Shimano B01S Resin

Liefertermin: KW 51, spätestens 16.12.2026.
Lieferadresse wie immer: Velokontor Hamburg GmbH, Schanzenstraße 77, 20357 Hamburg.

Viele Grüße
Jana Petersen
Einkauf / Werkstatt
Velokontor Hamburg GmbH · Schanzenstraße 77 · 20357 Hamburg
Tel. +49 40 4321 889 · USt-IdNr. DE298877112
""",
PO("Velokontor Hamburg GmbH","2026-1187","2026-12-01","2026-12-16",None,[
  L("TY-70028-WB","Reifen 28-622 Draht, schwarz",10), L("TY-70025-FT","Reifen 25-622 faltbar, Skinwall/tanwall",6),
  L("TU-700-2832-PV60",'Schlauch 28" 28-32 SV 60mm',12), L("CS-11-1134","Kassette 11-fach 11-34",4),
  L("BP-D-SH-R","Bremsbeläge Shimano B01S Resin",8,"PR")],
  ship=SHIP("Velokontor Hamburg GmbH","Schanzenstraße 77","Hamburg","20357","DE")),
"German, ETRTO sizes and 28\" notation, SV=presta, KW + explicit date")

add("m04_sv_rental.eml", "Linnea Berg <linnea.berg@gbghyrcykel.se>", "Beställning inför säsong", (2026,12,2,13,15),
"""Hej!

Vi behöver fylla på lagret till uthyrningen. Beställningsnummer 4471.

- 30 st cykellås ring (samma nyckel/keyed alike som förra gången)
- 40 st slang 700x35-47 bilventil
- 15 st sadel fleet vandalsäker
- 24 st bakljus batteri AA

Leverans senast 2027-01-15 till vår verkstad:
Göteborg Hyrcykel AB
Verkstaden, Järnvågsgatan 6
414 58 Göteborg

Med vänliga hälsningar
Linnea Berg
Flottansvarig, Göteborg Hyrcykel AB
031-12 34 56
""",
PO("Göteborg Hyrcykel AB","4471",None,"2027-01-15",None,[
  L("LK-RING-KA","cykellås ring (samma nyckel/keyed alike som förra gången)",30),
  L("TU-700-3547-AV40","slang 700x35-47 bilventil",40), L("SD-FLEET","sadel fleet vandalsäker",15),
  L("LT-R-BAT","bakljus batteri AA",24)],
  ship=SHIP("Göteborg Hyrcykel AB","Verkstaden, Järnvågsgatan 6","Göteborg","41458","SE")),
"Swedish rental fleet, keyed-alike vs keyed ring lock, bilventil=schrader, ship-to differs from office")

add("m05_en_correction.eml", "Peter Lund <peter@aarhuscykelservice.dk>", "RE: Order AC-2291", (2026,12,2,10,5),
"""Hi again,

Sorry, small correction to AC-2291 - please make it 10 cassettes 11-32 (11 speed) instead of 6,
and drop the 9 speed chains completely. Rest unchanged.

Thanks
Peter

-----Original Message-----
From: Peter Lund <peter@aarhuscykelservice.dk>
Sent: 1 December 2026 16:44
To: ordre@nordhjul.dk
Subject: Order AC-2291

Hello Nordhjul,

Order AC-2291:
6 x Cassette 11-speed 11-32
10 x Chain 9-speed
4 x Light set USB-C front 400lm + rear
2 x Lithium grease tub 1kg

Regards
Peter Lund
Aarhus Cykelservice ApS, Frederiks Allé 88, 8000 Aarhus C
""",
PO("Aarhus Cykelservice ApS","AC-2291",None,None,None,[
  L("CS-11-1132","cassettes 11-32 (11 speed)",10), L("LT-SET-400","Light set USB-C front 400lm + rear",4,"ST"),
  L("GS-LI-1KG","Lithium grease tub 1kg",2)]),
"reply correcting quantities: 6->10 and a line dropped; quoted original below")

add("m06_no_shop.eml", "Erik Solberg <erik@sykkelverkstedet.no>", "Bestilling uke 49", (2026,12,2,14,30),
"""Hei,

Bestilling fra oss denne uka (vår ref. SV-0992):

5 stk kjede 12 speed
5 stk kassett 12 speed 11-34
10 par skivebremseklosser sintret Shimano (B01S)
20 stk slange 700x25 presta 48
3 stk rulle girstrømpe 4mm 30 meter

Pris som avtalt. Gjerne levering før jul.

Mvh
Erik Solberg
Sykkelverkstedet Oslo AS
Thorvald Meyers gate 40, 0555 Oslo
Tlf: +47 22 35 12 00
""",
PO("Sykkelverkstedet Oslo AS","SV-0992",None,None,None,[
  L("CH-12","kjede 12 speed",5), L("CS-12-1134","kassett 12 speed 11-34",5),
  L("BP-D-SH-S","skivebremseklosser sintret Shimano (B01S)",10,"PR"), L("TU-700-2025-PV48","slange 700x25 presta 48",20),
  L("HS-SH4-30","rulle girstrømpe 4mm 30 meter",3,"RL")]),
"Norwegian, 'before Christmas' is not a date, rolls of housing")

add("m07_fi_cityb.eml", "Antti Virtanen <antti.virtanen@kaupunkipyora-tre.fi>", "Tilaus 2026/118", (2026,12,3,8,0),
"""Hei,

Tilaamme seuraavat (tilausnumero 2026/118, päiväys 3.12.2026):

1) 60 kpl sisärengas 28" 700x28-32 dunlop-venttiili
2) 40 kpl ulkorengas 32-622 nastaton, heijastin, puhkeamissuoja
3) 25 kpl satula fleet
4) 50 m jarruvaijerin kuori 5mm musta (metritavarana)

Toimitus 8.1.2027 mennessä osoitteeseen:
Kaupunkipyörä Tampere Oy / Varikko
Sarankulmankatu 9
33900 Tampere

Ystävällisin terveisin
Antti Virtanen
Kaupunkipyörä Tampere Oy
""",
PO("Kaupunkipyörä Tampere Oy","2026/118","2026-12-03","2027-01-08",None,[
  L("TU-700-2832-DV40",'sisärengas 28" 700x28-32 dunlop-venttiili',60),
  L("TY-70032-PP","ulkorengas 32-622 nastaton, heijastin, puhkeamissuoja",40),
  L("SD-FLEET","satula fleet",25), L("HS-BR5-M","jarruvaijerin kuori 5mm musta (metritavarana)",50,"M")],
  ship=SHIP("Kaupunkipyörä Tampere Oy / Varikko","Sarankulmankatu 9","Tampere","33900","FI")),
"Finnish city bike-share, housing by the metre, dunlop valve, numbered list")

add("m08_nl_shop.eml", "Sanne de Vries <inkoop@despaak.nl>", "Bestelling De Spaak", (2026,12,3,11,20),
"""Goedemiddag,

Graag het volgende leveren:

Aantal | Omschrijving | Prijs
8 | Buitenband 28 x 1.25 (32-622) reflectie, anti-lek | 19,80
8 | Binnenband 28" 700x28-32 hollandse ventiel (DV) | 3,60
6 | Helm city M mat zwart | 32,00
4 | Helm city L wit | 32,00
2 | Ontvetter 5 liter | 34,00

Onze ordernummer: DS-26-0412. Levering graag vóór 12 december 2026.

Met vriendelijke groet,
Sanne de Vries
Fietsenwinkel De Spaak B.V.
Oudegracht 210, 3511 NR Utrecht
030-2314455
""",
PO("Fietsenwinkel De Spaak B.V.","DS-26-0412",None,"2026-12-12",None,[
  L("TY-70032-PP","Buitenband 28 x 1.25 (32-622) reflectie, anti-lek",8,"EA",19.80),
  L("TU-700-2832-DV40",'Binnenband 28" 700x28-32 hollandse ventiel (DV)',8,"EA",3.60),
  L("HM-CITY-M-BK","Helm city M mat zwart",6,"EA",32.00), L("HM-CITY-L-WH","Helm city L wit",4,"EA",32.00),
  L("DG-BIO-5L","Ontvetter 5 liter",2,"EA",34.00)]),
"Dutch, pipe table, decimal-comma prices without currency (currency null), 28 x 1.25 notation, 'vóór' date = requested")

add("m09_it_officina.eml", "Luca Bianchi <ordini@ciclofficinanavigli.it>", "Ordine n. 233/26", (2026,12,3,15,2),
"""Buongiorno,

vi inviamo il nostro ordine n. 233/26 del 03/12/2026:

- n. 10 copertoni 700x28c pieghevoli neri
- n. 10 camere d'aria 700x28-32 valvola presta 48mm
- n. 3 cassette 10v 11-32
- n. 3 catene 10 velocità
- n. 6 coppie pattini freno V-brake 70mm

Consegna richiesta entro il 18/12/2026.
Indirizzo di consegna: Ciclofficina Navigli S.r.l., Via Vigevano 31, 20144 Milano (MI)

Cordiali saluti
Luca Bianchi
Ciclofficina Navigli S.r.l. – P.IVA 09876543210
Tel. 02 8940 1122
""",
PO("Ciclofficina Navigli S.r.l.","233/26","2026-12-03","2026-12-18",None,[
  L("TY-70028-FB","copertoni 700x28c pieghevoli neri",10), L("TU-700-2832-PV48","camere d'aria 700x28-32 valvola presta 48mm",10),
  L("CS-10-1132","cassette 10v 11-32",3), L("CH-10","catene 10 velocità",3), L("BP-R-VB","coppie pattini freno V-brake 70mm",6,"PR")],
  ship=SHIP("Ciclofficina Navigli S.r.l.","Via Vigevano 31","Milano","20144","IT","MI")),
"Italian, 'n.' quantity prefix, pairs of pads, DD/MM/YYYY dates")

add("m10_es_tienda.eml", "Marta Puig <compras@ruedalibre.es>", "Pedido RL-1520", (2026,12,4,9,48),
"""Hola,

Os paso el pedido RL-1520 (fecha 04-12-2026):

Ref. Nordhjul      Cant.   Descripción
TY-29225-TR        8       Cubierta 29x2.25 tubeless ready
TU-29-PV48         16      Cámara 29 presta
TL-SEAL-1L         2       Líquido tubeless 1 l
TL-VALVE-44        4       Válvulas tubeless 44mm (par)
GR-LOCK-RD         5       Puños lock-on rojos

Gracias y un saludo,
Marta Puig
Bicicletas Rueda Libre S.L.
C/ Sardenya 233 · 08013 Barcelona
T. 93 245 67 89
""",
PO("Bicicletas Rueda Libre S.L.","RL-1520","2026-12-04",None,None,[
  L("TY-29225-TR","Cubierta 29x2.25 tubeless ready",8), L("TU-29-PV48","Cámara 29 presta",16),
  L("TL-SEAL-1L","Líquido tubeless 1 l",2), L("TL-VALVE-44","Válvulas tubeless 44mm (par)",4,"PR"),
  L("GR-LOCK-RD","Puños lock-on rojos",5,"PR")]),
"Spanish, fixed-column table with our SKUs first, quantity after SKU")

add("m11_en_us.eml", "Dana Whitfield <purchasing@cascadecyclesupply.com>", "PO 88-2041 / Nordhjul", (2026,12,4,17,55),
"""Hi team,

Please see PO 88-2041 below. Pricing per our 2026 agreement (USD).

Qty  Item                                   Unit $
24   CH-11  11spd chain 116L                 26.50
12   CS-11-1134  11-34 cassette              51.00
50   TU-700-2832-PV48  tube 700x28-32 PV48    4.10
10   HM-ROAD-M-BK  road helmet M black       57.00

Ship to:
Cascade Cycle Supply LLC
Attn: Receiving, Dock 3
2210 SE 7th Ave
Portland, OR 97214
USA

Need in hand by 01/08/2027 please (Jan 8).

Thanks,
Dana Whitfield | Purchasing
Cascade Cycle Supply LLC
(503) 555-0143

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive use of the intended recipient(s).
""",
PO("Cascade Cycle Supply LLC","88-2041",None,"2027-01-08","USD",[
  L("CH-11","11spd chain 116L",24,"EA",26.50), L("CS-11-1134","11-34 cassette",12,"EA",51.00),
  L("TU-700-2832-PV48","tube 700x28-32 PV48",50,"EA",4.10), L("HM-ROAD-M-BK","road helmet M black",10,"EA",57.00)],
  ship=SHIP("Cascade Cycle Supply LLC","2210 SE 7th Ave","Portland","97214","US","OR")),
"US, USD prices, MM/DD date, Attn line before street, disclaimer")

add("m12_da_bikeshare.eml", "Henrik Møller <hm@bycyklen.dk>", "Indkøbsordre 50011873 - reservedele", (2026,12,4,10,10),
"""Hej,

Hermed indkøbsordre 50011873, dato 04-12-2026.

Varenr (vores)  Varenr (jeres)       Antal  Enhed
BC-TYRE-26      TY-26195-PP-PR       40     par
BC-TUBE-26      TU-26-AV40-10        12     kasse (10 stk)
BC-PAD-F        BP-D-SH-R-25         4      kasse
BC-CHAIN-8      CH-08                30     stk
BC-LOCK         LK-RING-KA           20     stk

Levering: Bycyklen værksted, Sydhavnsgade 18, 2450 København SV, senest 15-12-2026 kl. 14.

Fakturaen skal mærkes med PO-nummer.

Med venlig hilsen
Henrik Møller
Indkøb & drift | Bycyklen A/S
Kalvebod Brygge 30, 1560 København V
""",
PO("Bycyklen A/S","50011873","2026-12-04","2026-12-15",None,[
  L("TY-26195-PP-PR","BC-TYRE-26",40,"PR",cp="BC-TYRE-26"), L("TU-26-AV40-10","BC-TUBE-26",12,"BX",cp="BC-TUBE-26"),
  L("BP-D-SH-R-25","BC-PAD-F",4,"BX",cp="BC-PAD-F"), L("CH-08","BC-CHAIN-8",30,"EA",cp="BC-CHAIN-8"),
  L("LK-RING-KA","BC-LOCK",20,"EA",cp="BC-LOCK")],
  ship=SHIP("Bycyklen værksted","Sydhavnsgade 18","København SV","2450","DK")),
"municipal bike-share, both buyer part codes and our SKUs, pair pack + box units")

add("m13_unknown_gmail.eml", "Søren Kjær <roskildecykler@gmail.com>", "Ny kunde - bestilling", (2026,12,4,19,33),
"""Hej

Jeg har lige åbnet en lille cykelbutik i Roskilde og vil gerne bestille:

tre U-lås 16 mm (den lange 280)
fem baglygter USB
fem forlygter 400 lumen
to kasser dæk-slanger 700x28-32 presta (10 stk i kassen)

Kan I sende proforma? CVR 44556677.

Søren Kjær
Roskilde Cykler
Algade 21, 4000 Roskilde
22 33 44 55

Sendt fra min iPhone
""",
PO("Roskilde Cykler",None,None,None,None,[
  L("LK-U16-280","U-lås 16 mm (den lange 280)",3), L("LT-R-USB","baglygter USB",5), L("LT-F-400","forlygter 400 lumen",5),
  L("TU-700-2832-PV48-10","kasser dæk-slanger 700x28-32 presta (10 stk i kassen)",2,"BX")]),
"unknown sender on gmail, Danish word quantities, 'Sendt fra min iPhone'")

add("m14_de_lastenrad.eml", "Tobias Krüger <t.krueger@lastenrad-logistik.de>", "Nachbestellung Verschleißteile Flotte", (2026,12,5,7,45),
"""Hallo Nordhjul-Team,

für unsere Lastenradflotte brauchen wir kurzfristig:

• 20x Reifen 20 x 1.95 (50-406) pannensicher   (Vorderrad)
• 20x Reifen 26 x 1,95 (50-559) pannensicher   (Hinterrad)  -> bitte Einzelreifen, keine Paare
• 40x Schlauch 20" AV
• 40x Schlauch 26" AV
• 15 Paar Scheibenbremsbeläge Magura MT (organisch)
• 10x Kette 126 Glieder 11-fach (E-Bike)

Unsere Bestellnummer: LLB-PO-3318
Bitte an das Depot liefern:
Lastenrad Logistik Berlin GmbH – Depot Nord
Prenzlauer Promenade 190
13189 Berlin

Liefertermin: 14.12.26

Danke & Gruß
Tobias Krüger
Flottenmanagement
Lastenrad Logistik Berlin GmbH | Storkower Str. 140 | 10407 Berlin
Mobil +49 171 555 2210
""",
PO("Lastenrad Logistik Berlin GmbH","LLB-PO-3318",None,"2026-12-14",None,[
  L("TY-20195-PP","Reifen 20 x 1.95 (50-406) pannensicher",20),
  L("TY-26195-PP","Reifen 26 x 1,95 (50-559) pannensicher",20),
  L("TU-20-AV40",'Schlauch 20" AV',40), L("TU-26-AV40",'Schlauch 26" AV',40),
  L("BP-D-MG-R","Scheibenbremsbeläge Magura MT (organisch)",15,"PR"),
  L("CH-11-126","Kette 126 Glieder 11-fach (E-Bike)",10)],
  ship=SHIP("Lastenrad Logistik Berlin GmbH – Depot Nord","Prenzlauer Promenade 190","Berlin","13189","DE")),
"German delivery-bike fleet, single tyres not pairs (explicit), 2-digit year date, bullets")

add("m15_en_uni.eml", "Campus Service <cykler@adm.ku.dk>", "KU purchase order 4600231987", (2026,12,5,9,0),
"""Dear Nordhjul Cykeldele,

Please accept the following purchase order on behalf of the University of Copenhagen.

Purchase order no.: 4600231987
Order date: 5 December 2026
Requested delivery: 11 January 2027
Delivery address: University of Copenhagen, Campus Service – Bike Workshop, Universitetsparken 13, 2100 København Ø

Line 10: 40 pcs City helmet size M (55-59cm) white – for staff bike pool
Line 20: 20 pcs City helmet size L (58-62cm) white
Line 30: 40 pcs Light set USB-C front 400lm + rear
Line 40: 30 pcs Frame ring lock keyed alike (fleet) - same key

Invoices must be sent via EAN 5798000420526 and reference the PO number.

Kind regards
Camilla Friis
Campus Service, Københavns Universitet
Nørregade 10, 1165 København K
""",
PO("Københavns Universitet - Campus Service","4600231987","2026-12-05","2027-01-11",None,[
  L("HM-CITY-M-WH","City helmet size M (55-59cm) white",40), L("HM-CITY-L-WH","City helmet size L (58-62cm) white",20),
  L("LT-SET-400","Light set USB-C front 400lm + rear",40,"ST"), L("LK-RING-KA","Frame ring lock keyed alike (fleet) - same key",30)],
  ship=SHIP("University of Copenhagen, Campus Service – Bike Workshop","Universitetsparken 13","København Ø","2100","DK")),
"university PO with line numbers (10/20/30) that are not quantities, EAN invoice note")

add("m16_unknown_de.eml", "Radhaus Leipzig <info@radhaus-leipzig.de>", "Anfrage + Bestellung", (2026,12,5,12,12),
"""Guten Tag,

wir sind ein Fahrradladen in Leipzig und möchten gern bei Ihnen bestellen. Falls Vorkasse nötig ist, bitte Proforma schicken.

Menge  Artikel
12     Fahrradschlauch 29 Zoll Sclaverand (SV) 48 mm
6      Reifen 29x2,25 Drahtreifen
4      Kassette 9-fach 11-34
4      Kette 9-fach
10     Kettenschlossglied 8/9-fach (2er Pack)

Lieferung an: Radhaus Leipzig, Karl-Liebknecht-Str. 88, 04275 Leipzig

Mit freundlichen Grüßen
Anne Lorenz
Radhaus Leipzig – Inh. A. Lorenz
Tel 0341 2229 110
""",
PO("Radhaus Leipzig",None,None,None,None,[
  L("TU-29-PV48","Fahrradschlauch 29 Zoll Sclaverand (SV) 48 mm",12), L("TY-29225-WB","Reifen 29x2,25 Drahtreifen",6),
  L("CS-09-1134","Kassette 9-fach 11-34",4), L("CH-09","Kette 9-fach",4), L("QL-0809","Kettenschlossglied 8/9-fach (2er Pack)",10,"PK")],
  ship=SHIP("Radhaus Leipzig","Karl-Liebknecht-Str. 88","Leipzig","04275","DE")),
"unknown German sender, Sclaverand=presta, decimal comma in tyre size")

add("m17_sv_shop_reply.eml", "Johan Ek <johan@cykelriket.se>", "SV: SV: Order CR-5519", (2026,12,7,8,31),
"""Hej Karin,

Perfekt, då kör vi så här istället:
- kedjor 11 växlar: 12 st (inte 6)
- kassetter 11-28 11 växlar: 6 st som tidigare
- däck 700x25 vikbara svarta: 10 st -> ändra till 16 st
- bromsvajrar: stryk dem, vi har fått från annat håll

/Johan

Från: Karin Nielsen <ordre@nordhjul.dk>
Skickat: den 4 december 2026 15:02
Till: Johan Ek <johan@cykelriket.se>
Ämne: SV: Order CR-5519

Hej Johan, tack för ordern. 11-speed kedjor har vi 40 st i lager, så du kan gärna ta fler om du vill.
Mvh Karin, Nordhjul

Från: Johan Ek
Skickat: den 4 december 2026 11:10
Ämne: Order CR-5519

Hej, order CR-5519:
6 st kedja 11 växlar
6 st kassett 11-28 11 växlar
10 st däck 700x25 vikbara svarta
50 st bromsvajer 1700

Johan Ek, Cykelriket Stockholm AB, Hornsgatan 55, 118 49 Stockholm
""",
PO("Cykelriket Stockholm AB","CR-5519",None,None,None,[
  L("CH-11","kedjor 11 växlar",12), L("CS-11-1128","kassetter 11-28 11 växlar",6),
  L("TY-70025-FB","däck 700x25 vikbara svarta",16)]),
"Swedish 3-level thread: final quantities in top reply, a line struck, quantities in quoted text are stale")

add("m18_nl_rental_short.eml", "Wouter Bakker <w.bakker@fietsflex.nl>", "order", (2026,12,7,10,0),
"""Hoi,

Voor de vloot in Amsterdam:
50 zadels fleet
100 achterlichten batterij
25 paar handvatten foam

groet Wouter
FietsFlex

Verstuurd vanaf mijn Android
""",
PO("FietsFlex Verhuur B.V.",None,None,None,None,[
  L("SD-FLEET","zadels fleet",50), L("LT-R-BAT","achterlichten batterij",100), L("GR-FOAM","paar handvatten foam",25,"PR")]),
"Dutch very short, no PO, 'Verstuurd vanaf mijn Android'")

add("m19_at_shop.eml", "Radsport Innsbruck <office@radsport-ibk.at>", "Bestellung RSI-26-441", (2026,12,7,11,25),
"""Grüß Gott,

anbei unsere Bestellung RSI-26-441 vom 7. Dezember 2026:

Art.-Nr.         Bezeichnung                                Menge   EP netto
CS-12-1050       Kassette 12-fach 10-50                     2       119,00
CH-12            Kette 12-fach                              4       34,90
QL-12            Kettenschloss 12-fach                      4       5,90
BP-D-SR-S        Beläge SRAM Level/Guide gesintert          10      7,90
TY-29220-TR      Reifen 29x2.20 TLR                         4       33,90
TY-29225-TR      Reifen 29x2.25 TLR                         4       34,90

Zustellung bitte bis 18.12.2026.

Mit sportlichen Grüßen
Stefan Huber
Radsport Innsbruck GmbH
Anichstraße 19, 6020 Innsbruck, Österreich
+43 512 580 233
""",
PO("Radsport Innsbruck GmbH","RSI-26-441","2026-12-07","2026-12-18",None,[
  L("CS-12-1050","Kassette 12-fach 10-50",2,"EA",119.00), L("CH-12","Kette 12-fach",4,"EA",34.90),
  L("QL-12","Kettenschloss 12-fach",4,"PK",5.90), L("BP-D-SR-S","Beläge SRAM Level/Guide gesintert",10,"PR",7.90),
  L("TY-29220-TR","Reifen 29x2.20 TLR",4,"EA",33.90), L("TY-29225-TR","Reifen 29x2.25 TLR",4,"EA",34.90)]),
"Austrian, ERP fixed columns, 29x2.20 vs 29x2.25 near duplicate, decimal-comma prices")

add("m20_fi_shop.eml", "Pyöräpaja Kallio <tilaukset@pyorapaja.fi>", "tilaus", (2026,12,7,12,40),
"""Moi!

Tarvittais näitä:
4kpl 11v ketju
2kpl 11-32 pakka 11v
10kpl sisurit 29" presta
6 paria levyjarrupalat shimano B01S resin
1 kpl rasva 1kg purkki

Kiitos, Jussi
Pyöräpaja Kallio Oy
Helsinginkatu 12, 00510 Helsinki
040 123 4567
""",
PO("Pyöräpaja Kallio Oy",None,None,None,None,[
  L("CH-11","11v ketju",4), L("CS-11-1132","11-32 pakka 11v",2), L("TU-29-PV48",'sisurit 29" presta',10),
  L("BP-D-SH-R","levyjarrupalat shimano B01S resin",6,"PR"), L("GS-LI-1KG","rasva 1kg purkki",1)]),
"Finnish slang shorthand (sisurit, pakka), quantity glued to unit '4kpl'")
