from common import *

eml("e20_vogt_de", "Markus Vogt <m.vogt@vogt-schreinerei.de>", "Bestellung 2026-1187", (2026,12,2,8,14),
"""Guten Morgen,

hiermit bestellen wir:

Bestellnummer: 2026-1187
Bestelldatum: 02.12.2026

Pos. 1: 12 Paar Drückergarnitur auf Rosette "Astra", Edelstahl matt
Pos. 2: 12 Stk. Einsteckschloss PZ, Dorn 55, DIN links
Pos. 3: 6 Stk. Einsteckschloss PZ, Dorn 55, DIN rechts
Pos. 4: 18 Stk. Profilzylinder 30/30 vernickelt
Pos. 5: 18 Stk. PZ-Rosette Edelstahl matt

Lieferung bitte in KW 51 an unsere Werkstatt:
Schreinerei Vogt, Gewerbestraße 14, 79108 Freiburg im Breisgau

Mit freundlichen Grüßen
Markus Vogt
Schreinerei Albrecht Vogt GmbH
""", PO("Schreinerei Albrecht Vogt GmbH", "2026-1187", "2026-12-02", None, None,
 S("Schreinerei Vogt", "Gewerbestraße 14", "Freiburg im Breisgau", "79108", "DE"), [
 L("LR-ASTRA-SSS", 12, "PR", 'Drückergarnitur auf Rosette "Astra", Edelstahl matt'),
 L("ML-DIN-PZ55-L", 12, "EA", "Einsteckschloss PZ, Dorn 55, DIN links"),
 L("ML-DIN-PZ55-R", 6, "EA", "Einsteckschloss PZ, Dorn 55, DIN rechts"),
 L("EC-DD-3030-SN", 18, "EA", "Profilzylinder 30/30 vernickelt"),
 L("ESC-EURO-SSS", 18, "EA", "PZ-Rosette Edelstahl matt")]))

eml("e21_kranich_de", "Jens Kranich <bestellung@kranich-schluessel.de>", "Nachbestellung Zylinder", (2026,11,30,7,31),
"""Hallo,

bitte liefern:

10 St. Doppelzylinder 35/45 vernickelt
 5 St. Knaufzylinder 40/40
 5 St. Halbzylinder 10/40
 4 St. Sicherheitszylinder 3 Sterne 40/40

Unsere Bestell-Nr. K-11873

Gruß
Jens Kranich
Schlüsseldienst Kranich KG
""", PO("Schlüsseldienst Kranich KG", "K-11873", None, None, None, None, [
 L("EC-DD-3545-SN", 10, "EA", "Doppelzylinder 35/45 vernickelt"),
 L("EC-TT-4040-SN", 5, "EA", "Knaufzylinder 40/40"),
 L("EC-HALF-1040-SN", 5, "EA", "Halbzylinder 10/40"),
 L("EC-3S-4040-SN", 4, "EA", "Sicherheitszylinder 3 Sterne 40/40")]))

eml("e22_lindner_de", "Sabine Krüger <s.krueger@lindner-objektbau.de>", "Bestellung BV Gohlis Park - Türschließer", (2026,12,4,10,48),
"""Sehr geehrte Damen und Herren,

für das Bauvorhaben Gohlis Park bestellen wir (Bestellnr. LOB-26-0932):

- 14 Stück Obentürschließer EN 2-5 mit Öffnungsdämpfung, silber
- 6 Stück Gleitschienentürschließer EN 1-4, schwarz
- 20 Stück Bodentürpuffer Edelstahl
- 20 Stück Schild "Brandschutztür geschlossen halten" (englisch: Fire door keep shut)

Liefertermin: 14.12.2026
Lieferanschrift:
Baustelle Gohlis Park, Haus B
Georg-Schumann-Straße 171
04159 Leipzig
Anlieferung Mo-Fr 7-15 Uhr, Ansprechpartner Herr Pohl 0151 23456789

Mit freundlichen Grüßen
Sabine Krüger
Einkauf, Objektbau Lindner GmbH
""", PO("Objektbau Lindner GmbH", "LOB-26-0932", None, "2026-12-14", None,
 S("Baustelle Gohlis Park, Haus B", "Georg-Schumann-Straße 171", "Leipzig", "04159", "DE"), [
 L("DC-EN25-BC-SIL", 14, "EA", "Obentürschließer EN 2-5 mit Öffnungsdämpfung, silber"),
 L("DC-CAM-EN14-BLK", 6, "EA", "Gleitschienentürschließer EN 1-4, schwarz"),
 L("DS-FLR-SSS", 20, "EA", "Bodentürpuffer Edelstahl"),
 L("SG-FDKS-SSS", 20, "EA", 'Schild "Brandschutztür geschlossen halten"')]))

eml("e23_moosbrugger_at", "Lukas Moosbrugger <office@moosbrugger-tischlerei.at>", "Bestellung Nr. 4471/26", (2026,12,7,13,3),
"""Grüß Gott,

wir bestellen wie folgt (Bestellung Nr. 4471/26 vom 7.12.2026):

 8 Stk  Türdrücker Rosette T-Form schwarz matt  (Paar)
 8 Stk  WC-Schloss DIN rechts Dorn 55
 8 Stk  WC-Garnitur Rosette schwarz (Drehknauf + Notöffnung)
16 Paar Bänder 102x76 schwarz

Liefertermin bis 12. Jänner 2027, Lieferadresse wie immer (Färbergasse 7, 6850 Dornbirn).

Mit freundlichen Grüßen
Lukas Moosbrugger
Tischlerei Moosbrugger GmbH
""", PO("Tischlerei Moosbrugger GmbH", "4471/26", "2026-12-07", "2027-01-12", None,
 S(None, "Färbergasse 7", "Dornbirn", "6850", "AT"), [
 L("LR-CORVO-BLK", 8, "PR", "Türdrücker Rosette T-Form schwarz matt (Paar)"),
 L("ML-DIN-WC55-R", 8, "EA", "WC-Schloss DIN rechts Dorn 55"),
 L("ESC-TR-BLK", 8, "EA", "WC-Garnitur Rosette schwarz (Drehknauf + Notöffnung)"),
 L("HG-10276-G13-BLK", 16, "PR", "Bänder 102x76 schwarz")]))

eml("e24_hofer_at_korr", "Eva Hofer <eva.hofer@hofer-beschlaege.at>", "AW: Bestellung H-2026-318", (2026,12,3,15,12),
"""Hallo nochmal,

Korrektur zu unserer Bestellung von heute früh: bei Pos. 2 bitte 10 statt 5 Stück. Und Pos. 3 entfällt komplett. Rest bleibt.

LG Eva Hofer

-----Ursprüngliche Nachricht-----
Von: Eva Hofer
Gesendet: Donnerstag, 3. Dezember 2026 08:40
An: orders@ashdown-ironmongery.co.uk
Betreff: Bestellung H-2026-318

Sehr geehrte Damen und Herren,

Bestellung H-2026-318:
Pos. 1  20 Stk. Profilzylinder 35/35 Messing poliert
Pos. 2   5 Stk. Profilzylinder 40/40 Messing poliert
Pos. 3   4 Stk. Vorhangschloss Messing 50 mm
Pos. 4  10 Stk. PZ-Rosette Messing poliert

Bitte an: Beschläge Hofer OG, Puchstraße 58, 8020 Graz.

Mit freundlichen Grüßen
Eva Hofer
""", PO("Beschläge Hofer OG", "H-2026-318", None, None, None,
 S("Beschläge Hofer OG", "Puchstraße 58", "Graz", "8020", "AT"), [
 L("EC-DD-3535-PB", 20, "EA", "Profilzylinder 35/35 Messing poliert"),
 L("EC-DD-4040-PB", 10, "EA", "Profilzylinder 40/40 Messing poliert"),
 L("ESC-EURO-PB", 10, "EA", "PZ-Rosette Messing poliert")]))

eml("e25_zbinden_ch", "Reto Zbinden <r.zbinden@zbinden-schreinerei.ch>", "Bestellung 26-0415 gemäss Offerte", (2026,12,1,9,9),
"""Grüezi

Gemäss Ihrer Offerte vom 24.11. bestellen wir:

Bestellung Nr. 26-0415
- 10 Paar Drücker Rosette "Bexley" Edelstahl poliert, à CHF 21.90
- 10 Stk. Stossgriff 19 mm, Lochabstand 300 mm, Edelstahl poliert, à CHF 10.90
- 30 Paar Bänder 102x76 Edelstahl poliert, à CHF 8.60

Lieferadresse:
Schreinerei Zbinden AG
Allmendstrasse 31
CH-3600 Thun

Freundliche Grüsse
Reto Zbinden
""", PO("Schreinerei Zbinden AG", "26-0415", None, None, "CHF",
 S("Schreinerei Zbinden AG", "Allmendstrasse 31", "Thun", "3600", "CH"), [
 L("LR-BEXLEY-PSS", 10, "PR", 'Drücker Rosette "Bexley" Edelstahl poliert', None, 21.90),
 L("PH-19-300-PSS", 10, "EA", "Stossgriff 19 mm, Lochabstand 300 mm, Edelstahl poliert", None, 10.90),
 L("HG-10276-G13-PSS", 30, "PR", "Bänder 102x76 Edelstahl poliert", None, 8.60)]))

eml("e26_ferraresi_it", "Giulia Ferraresi <ordini@ferraresi-serrature.it>", "Ordine n. 2026/311", (2026,12,1,11,26),
"""Buongiorno,

con la presente vi trasmettiamo l'ordine n. 2026/311 del 01/12/2026:

- n. 20 cilindri europei 30+30 nichel satinato
- n. 10 cilindri europei 35+35 nichel satinato chiave/pomolo
- n. 12 lucchetti in ottone 50 mm
- n. 6 lucchetti ottone 40 mm arco lungo

Consegna presso il nostro magazzino: Via del Lavoro 22, 40127 Bologna (BO).

Cordiali saluti
Giulia Ferraresi
Serrature Ferraresi Srl
""", PO("Serrature Ferraresi Srl", "2026/311", "2026-12-01", None, None,
 S(None, "Via del Lavoro 22", "Bologna", "40127", "IT", "BO"), [
 L("EC-DD-3030-SN", 20, "EA", "cilindri europei 30+30 nichel satinato"),
 L("EC-TT-3535-SN", 10, "EA", "cilindri europei 35+35 nichel satinato chiave/pomolo"),
 L("PL-BR-50", 12, "EA", "lucchetti in ottone 50 mm"),
 L("PL-BR-40-LS", 6, "EA", "lucchetti ottone 40 mm arco lungo")]))

eml("e27_brambilla_it", "Paolo Brambilla <acquisti@brambilla-allestimenti.it>", "ORDINE ACQUISTO OA-26-1204 - negozio Corso Buenos Aires", (2026,12,4,16,0),
"""Spett.le Ashdown,

Vi preghiamo di fornire quanto segue, rif. nostro OA-26-1204:

4 maniglioni Ø25 interasse 600 nero opaco, coppia passante (back to back)
4 piastre di spinta 300x75 nero
8 cerniere 102x76 nero opaco (paia)
2 chiudiporta a camma con guida EN1-4 neri

Consegna entro il 18/12/2026 presso:
Allestimenti Brambilla c/o Cantiere Negozio
Corso Buenos Aires 54
20124 Milano MI

Distinti saluti
Paolo Brambilla
""", PO("Allestimenti Brambilla Srl", "OA-26-1204", None, "2026-12-18", None,
 S("Allestimenti Brambilla c/o Cantiere Negozio", "Corso Buenos Aires 54", "Milano", "20124", "IT", "MI"), [
 L("PH-B2B-25-600-BLK", 4, "PR", "maniglioni Ø25 interasse 600 nero opaco, coppia passante"),
 L("PP-300-BLK", 4, "EA", "piastre di spinta 300x75 nero"),
 L("HG-10276-G13-BLK", 8, "PR", "cerniere 102x76 nero opaco (paia)"),
 L("DC-CAM-EN14-BLK", 2, "EA", "chiudiporta a camma con guida EN1-4 neri")]))

eml("e28_lindqvist_se", "Anna Lindqvist <anna@lindqvistsnickeri.se>", "Beställning 8812", (2026,12,2,7,50),
"""Hej!

Vi vill beställa följande, vår beställning nr 8812:

24 par gångjärn 102x76 rostfritt borstat, brandklassade
12 par trycken på rosett Astra, mattsvart
12 st rosettbeslag med vred och nödöppning, mattsvart
12 st dörrstopp vägg, svart

Leverans till: Snickeri Lindqvist AB, Tunbytorpsgatan 12, 721 37 Västerås
Önskat leveransdatum 2026-12-17.

Med vänlig hälsning
Anna Lindqvist
""", PO("Snickeri Lindqvist AB", "8812", None, "2026-12-17", None,
 S("Snickeri Lindqvist AB", "Tunbytorpsgatan 12", "Västerås", "72137", "SE"), [
 L("HG-10276-G13-SSS", 24, "PR", "gångjärn 102x76 rostfritt borstat, brandklassade"),
 L("LR-ASTRA-BLK", 12, "PR", "trycken på rosett Astra, mattsvart"),
 L("ESC-TR-BLK", 12, "EA", "rosettbeslag med vred och nödöppning, mattsvart"),
 L("DS-WALL-BLK", 12, "EA", "dörrstopp vägg, svart")]))

eml("e29_norrby_se", "Johan Norrby <johan@norrbylas.se>", "Order: huvudnyckelsystem Brf Svartbäcken", (2026,12,3,14,18),
"""Hej,

Order nr NL-2026-207 till Brf Svartbäcken. Alla cylindrar i befintligt huvudnyckelsystem (ni har systemkortet):

 - 16 st cylinder 40/40 förnicklad, huvudnyckelsystem
 -  6 st cylinder 30/30 förnicklad, huvudnyckelsystem
 -  4 st huvudnycklar

Skicka till oss: Låsteknik Norrby AB, Kungsängsvägen 27, 753 23 Uppsala.

Mvh
Johan Norrby
""", PO("Låsteknik Norrby AB", "NL-2026-207", None, None, None,
 S("Låsteknik Norrby AB", "Kungsängsvägen 27", "Uppsala", "75323", "SE"), [
 L("EC-DD-4040-SN-MK", 16, "EA", "cylinder 40/40 förnicklad, huvudnyckelsystem"),
 L("EC-DD-3030-SN-MK", 6, "EA", "cylinder 30/30 förnicklad, huvudnyckelsystem"),
 L("KEY-MASTER", 4, "EA", "huvudnycklar")]))

eml("e30_dvorak_cz", "Petr Dvořák <objednavky@truhlarstvi-dvorak.cz>", "Objednávka č. 2026/0877", (2026,12,3,8,30),
"""Dobrý den,

objednáváme u Vás (objednávka č. 2026/0877 ze dne 3. 12. 2026):

1) panty 102x76 nerez broušená, protipožární - 30 párů
2) kliky na rozetě Astra, černá matná - 10 párů
3) rozety na vložku, černá matná - 10 ks
4) zadlabací zámek na vložku 44 mm - 10 ks

Dodací adresa: Truhlářství Dvořák, Vídeňská 88, 639 00 Brno
Termín dodání: do 16. 12. 2026

S pozdravem
Petr Dvořák
Truhlářství Dvořák s.r.o.
""", PO("Truhlářství Dvořák s.r.o.", "2026/0877", "2026-12-03", "2026-12-16", None,
 S("Truhlářství Dvořák", "Vídeňská 88", "Brno", "63900", "CZ"), [
 L("HG-10276-G13-SSS", 30, "PR", "panty 102x76 nerez broušená, protipožární"),
 L("LR-ASTRA-BLK", 10, "PR", "kliky na rozetě Astra, černá matná"),
 L("ESC-EURO-BLK", 10, "EA", "rozety na vložku, černá matná"),
 L("ML-ESASH-44-SSS", 10, "EA", "zadlabací zámek na vložku 44 mm")]))

eml("e31_holub_cz", "Martin Holub <holub@holub-zamky.cz>", "objednavka vlozky + visaci zamky", (2026,12,7,12,5),
"""Dobry den,

posilam objednavku c. ZH-1402:

vlozka 35/45 nikl - 8 ks
vlozka 30/30 nikl - 12 ks
vlozka bezpecnostni 3* 35/35 - 3 ks
visaci zamek mosaz 60 mm - 4 ks
visaci zamek mosaz 40 mm, stejny klic, balení 4 ks - 2 bal.

Dekuji, Holub
""", PO("Zámečnictví Holub s.r.o.", "ZH-1402", None, None, None, None, [
 L("EC-DD-3545-SN", 8, "EA", "vlozka 35/45 nikl"),
 L("EC-DD-3030-SN", 12, "EA", "vlozka 30/30 nikl"),
 L("EC-3S-3535-SN", 3, "EA", "vlozka bezpecnostni 3* 35/35"),
 L("PL-BR-60", 4, "EA", "visaci zamek mosaz 60 mm"),
 L("PL-BR-40-KA4", 2, "PK", "visaci zamek mosaz 40 mm, stejny klic, balení 4 ks")]))

# ---- unknown non-English senders
eml("e32_zeller_de_new", "Thomas Zeller <t.zeller@zeller-innenausbau.de>", "Erstbestellung", (2026,12,4,11,15),
"""Sehr geehrte Damen und Herren,

wir sind ein Innenausbau-Betrieb aus Augsburg und möchten erstmals bei Ihnen bestellen (gerne gegen Vorkasse):

Bestellnummer: ZI-0001
3 x Bodentürschließer EN 1-4 inkl. Abdeckplatte Edelstahl
6 x Stoßgriff Ø 32 mm, 1000 mm Lochabstand, Edelstahl matt
6 x Türpuffer Boden Edelstahl

Lieferanschrift:
Zeller Innenausbau GmbH
Haunstetter Straße 112
86161 Augsburg

Mit freundlichen Grüßen
Thomas Zeller
Zeller Innenausbau GmbH
""", PO("Zeller Innenausbau GmbH", "ZI-0001", None, None, None,
 S("Zeller Innenausbau GmbH", "Haunstetter Straße 112", "Augsburg", "86161", "DE"), [
 L("DC-FS-EN14", 3, "EA", "Bodentürschließer EN 1-4 inkl. Abdeckplatte Edelstahl"),
 L("PH-32-1000-SSS", 6, "EA", "Stoßgriff Ø 32 mm, 1000 mm Lochabstand, Edelstahl matt"),
 L("DS-FLR-SSS", 6, "EA", "Türpuffer Boden Edelstahl")]))

eml("e33_conti_it_new", "Falegnameria Conti <info@falegnameriaconti.it>", "richiesta ordine", (2026,12,5,10,40),
"""Salve,

siamo una falegnameria di Treviso, vorremmo ordinare:

- 10 coppie maniglie su rosetta ottone lucido (modello Astra)
- 10 serrature patent 3 leve 64 mm frontale ottone
- 20 paia cerniere 76x51 ottone lucido
- 10 bocchette chiave ottone

Spedire a: Falegnameria Conti, Via Noalese 31/B, 31100 Treviso TV
Pagamento anticipato, mandateci la proforma.

Grazie, saluti
Sandro Conti
""", PO("Falegnameria Conti", None, None, None, None,
 S("Falegnameria Conti", "Via Noalese 31/B", "Treviso", "31100", "IT", "TV"), [
 L("LR-ASTRA-PB", 10, "PR", "maniglie su rosetta ottone lucido (modello Astra)"),
 L("ML-SASH3-64-PB", 10, "EA", "serrature patent 3 leve 64 mm frontale ottone"),
 L("HG-7651-PB", 20, "PR", "cerniere 76x51 ottone lucido"),
 L("ESC-KEY-PB", 10, "EA", "bocchette chiave ottone")]))

eml("e34_kopecky_cz_new", "Jana Kopecká <kopecka@stavby-kopecky.cz>", "Objednávka - kování", (2026,12,7,9,5),
"""Dobrý den,

jsme nová firma, prosíme o dodání na fakturu / zálohu:

Objednávka č. OBJ-26-112
- dveřní zavírač EN 2-4 stříbrný: 10 ks
- okopový plech 838x150 nerez: 10 ks
- madlo 25 mm, rozteč 425 mm, nerez: 4 ks
- kopací plech 1000x200 nerez: 2 ks

Dodat na stavbu: Stavby Kopecký s.r.o., stavba Nová Karolina, Jantarová 3351/4, 702 00 Ostrava

Děkuji
Jana Kopecká
Stavby Kopecký s.r.o.
""", PO("Stavby Kopecký s.r.o.", "OBJ-26-112", None, None, None,
 S("Stavby Kopecký s.r.o., stavba Nová Karolina", "Jantarová 3351/4", "Ostrava", "70200", "CZ"), [
 L("DC-EN24-SIL", 10, "EA", "dveřní zavírač EN 2-4 stříbrný"),
 L("KP-838150-SSS", 10, "EA", "okopový plech 838x150 nerez"),
 L("PH-25-425-SSS", 4, "EA", "madlo 25 mm, rozteč 425 mm, nerez"),
 L("KP-1000200-SSS", 2, "EA", "kopací plech 1000x200 nerez")]))
