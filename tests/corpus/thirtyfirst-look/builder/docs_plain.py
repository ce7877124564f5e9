from common import *

HARROW = "Mark Ellison <m.ellison@harrowgate-instruments.co.uk>"
PELICAN = "Rick Santangelo <rick@pelicanbayaudio.com>"
CEDAR = "Linda Marsh <lmarsh@cedarridgecontrols.com>"
BRENNER = "Sabine Kraus <s.kraus@brenner-mt.de>"
KLAXON_T = "Tom Whitfield <tom@klaxonrobotics.co.uk>"
KLAXON_P = "Priya Shah <purchasing@klaxonrobotics.co.uk>"
SENNHOF = "Reto Brunner <einkauf@sennhof-automation.ch>"
ALPEN = "Stefan Gruber <s.gruber@alpentronik.at>"
TRANS = "Andrei Pop <andrei.pop@transilvania-embedded.ro>"
DUNA = "=?utf-8?q?Nagy_Zolt=C3=A1n?= <beszerzes@dunaelektro.hu>"
NORTH = "Karen Lindqvist <karen.lindqvist@northgate.edu>"
CASTLE = "Dr Sarah Okafor <s.okafor@castlebridge.ac.uk>"

HARROW_ADDR = addr("Harrowgate Instruments Ltd", "Unit 4 Greenside Way", "Leeds", "LS20 8HB", "GB")
PELICAN_ADDR = addr("Pelican Bay Audio Repair", "4127 SE Hawthorne Blvd", "Portland", "97214", "US", "OR")


def build():
    # E01 terse one-liner, no address
    n = "e01_harrowgate_terse.eml"
    eml(n, HARROW, "order", dt(2026, 12, 1, 8, 2),
        "Pls send 2 reels 10k 0603 1% + 1 reel 100n 0603 50V on PO 44817\n\nta\nMark\n")
    save_label(n, label("Harrowgate Instruments Ltd", "44817", None, None, None, OMIT, [
        L("r0603-10K-rl", 2, "RL", "10k 0603 1%"),
        L("c100n50-0603-rl", 1, "RL", "100n 0603 50V")]), "email", "one-liner, abbreviations, no address (ship_to omitted)")

    # E02 chatty US, word quantities
    n = "e02_pelicanbay_chatty.eml"
    eml(n, PELICAN, "restock - amp recap parts", dt(2026, 12, 2, 11, 40, -8), """Hey folks,

Hope the weather's better over there than it is here - we've had rain for eleven days straight and the shop roof is not enjoying it.

Got a backlog of old Fender and Peavey amps in for recap so I need to restock. Could you send me:

a dozen of the 470uF 35V Panasonic radials (EEU-FR1V471)
half a dozen 10k linear pots, the 16mm Alpha ones
couple of L7812CV regulators
and one box of 1A slow-blow 5x20 fuses

No PO on our end, just put it on the account like usual. Ship to the shop:

Pelican Bay Audio Repair
4127 SE Hawthorne Blvd
Portland, OR 97214

Thanks a bunch,
Rick Santangelo
Pelican Bay Audio Repair LLC
(503) 555-0187
""")
    save_label(n, label("Pelican Bay Audio Repair LLC", None, None, None, None, PELICAN_ADDR, [
        L("e470u35", 12, "EA", "470uF 35V Panasonic radials (EEU-FR1V471)"),
        L("pot-10k-lin", 6, "EA", "10k linear pots, the 16mm Alpha ones"),
        L("l7812", 2, "EA", "L7812CV regulators"),
        L("fuse-1a-t", 1, "BX", "1A slow-blow 5x20 fuses")]), "email", "chatty, word quantities (dozen, half a dozen, couple, one box), no PO")

    # E03 German numbered with our SKUs, delivery to plant 2
    n = "e03_brenner_de_numbered.eml"
    eml(n, BRENNER, "Bestellung 4500123987", dt(2026, 12, 2, 9, 15, 1), f"""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-26-3310:

Bestellnummer: 4500123987
Bestelldatum: 02.12.2026
Liefertermin: 14.12.2026

1. {s('r0603-4K7-rl')}  Dickschichtwiderstand 4,7k 1% 0603, Rolle à 5000   3 Rollen   à 4,60 EUR
2. {s('c100n50-0603-rl')}  MLCC 100nF 50V X7R 0603, Rolle à 4000   5 Rollen   à 6,35 EUR
3. {s('tb2-508-gn')}  Leiterplattenklemme 2-pol. RM 5,08 grün (MKDS 1,5/2-5,08)   400 Stück   à 0,44 EUR
4. {s('usbc-16')}  USB-C Buchse 16-pol. USB4105-GF-A   250 Stück   à 0,66 EUR

Bitte liefern Sie an:
Brenner Messtechnik GmbH
Werk 2 – Wareneingang
Heilbronner Straße 150
70191 Stuttgart

Rechnung bitte wie gewohnt an die Zentrale.

Mit freundlichen Grüßen
Sabine Kraus
Einkauf
Brenner Messtechnik GmbH | Fabrikstraße 7 | 70565 Stuttgart
Tel. +49 711 555 2040
""")
    save_label(n, label("Brenner Messtechnik GmbH", "4500123987", "2026-12-02", "2026-12-14", "EUR",
        addr("Brenner Messtechnik GmbH", "Heilbronner Straße 150", "Stuttgart", "70191", "DE"), [
        L("r0603-4K7-rl", 3, "RL", "Dickschichtwiderstand 4,7k 1% 0603, Rolle à 5000", 4.60),
        L("c100n50-0603-rl", 5, "RL", "MLCC 100nF 50V X7R 0603, Rolle à 4000", 6.35),
        L("tb2-508-gn", 400, "EA", "Leiterplattenklemme 2-pol. RM 5,08 grün (MKDS 1,5/2-5,08)", 0.44),
        L("usbc-16", 250, "EA", "USB-C Buchse 16-pol. USB4105-GF-A", 0.66)]), "email", "German, numbered, seller SKUs, decimal commas, ship-to plant differs from signature")

    # E04 university bullets
    n = "e04_castlebridge_bullets.eml"
    eml(n, CASTLE, "Order for 2nd-year lab - PO 2026/EE/0412", dt(2026, 12, 1, 14, 5), """Hello,

Could we please order the following for the second-year embedded systems lab. Our PO number is 2026/EE/0412 (raised 30 Nov 2026).

- 40 x ATmega328P-PU (DIP-28)
- 40 x 16MHz crystal, HC-49 through-hole
- 100 x 22pF 0603 caps (cut tape is fine)
- 5 x bag of 100 red 5mm LEDs
- 40 x L7805CV
- 3 x 100m reels of 0.5mm² hook-up wire, red
- 3 x same in black

Please deliver to:
University of Castlebridge
Electronics Teaching Laboratory (Room B14), Fenwick Building
Priory Lane
Coventry CV1 5FB

We close for the holidays on 19 December, so we need it by Friday 18 December at the latest.

Kind regards,
Sarah

Dr Sarah Okafor
Senior Lecturer, School of Engineering
University of Castlebridge
Alderman Road, Coventry CV1 2JH
""")
    save_label(n, label("University of Castlebridge", "2026/EE/0412", "2026-11-30", "2026-12-18", None,
        addr("University of Castlebridge", "Priory Lane", "Coventry", "CV1 5FB", "GB"), [
        L("m328-pu", 40, "EA", "ATmega328P-PU (DIP-28)"),
        L("xtal16-hc49", 40, "EA", "16MHz crystal, HC-49 through-hole"),
        L("c22p50-0603-ct", 100, "EA", "22pF 0603 caps (cut tape is fine)"),
        L("led5-rd-100", 5, "PK", "bag of 100 red 5mm LEDs"),
        L("l7805", 40, "EA", "L7805CV"),
        L("w05-red-100", 3, "RL", "100m reels of 0.5mm² hook-up wire, red"),
        L("w05-black-100", 3, "RL", "same in black")]), "email", "bulleted, 'same in black', ship-to room differs from signature, date 'by Friday 18 December'")

    # E05 Italian, qty after description
    n = "e05_oeb_it_qty_after.eml"
    eml(n, "Giulia Ferrario <acquisti@oeb-brianza.it>", "Ordine OEB-26/1187", dt(2026, 12, 3, 10, 22, 1), """Buongiorno,

vi inviamo il nostro ordine n. OEB-26/1187 del 3/12/2026.

STM32F103C8T6 LQFP48 — 150 pz — 3,85 €
quarzo 16 MHz SMD 3225 — 150 pz — 0,33 €
condensatori 100nF 50V 0805 — 2 bobine da 4000 — 8,90 € cad.
regolatore AMS1117-3.3 — 300 pz — 0,10 €
connettore USB-C 16 pin (USB4105-GF-A) — 150 pz — 0,75 €

Consegna richiesta entro il 17/12/2026 presso il nostro magazzino:
Officine Elettroniche Brianza S.r.l.
Via Lecco 61
20900 Monza (MB)

Cordiali saluti
Giulia Ferrario
Ufficio Acquisti
Officine Elettroniche Brianza S.r.l.
P.IVA 08812340961
""")
    save_label(n, label("Officine Elettroniche Brianza S.r.l.", "OEB-26/1187", "2026-12-03", "2026-12-17", "EUR",
        addr("Officine Elettroniche Brianza S.r.l.", "Via Lecco 61", "Monza", "20900", "IT", "MB"), [
        L("stm32c8", 150, "EA", "STM32F103C8T6 LQFP48", 3.85),
        L("xtal16-3225", 150, "EA", "quarzo 16 MHz SMD 3225", 0.33),
        L("c100n50-0805-rl", 2, "RL", "condensatori 100nF 50V 0805", 8.90),
        L("ams33", 300, "EA", "regolatore AMS1117-3.3", 0.10),
        L("usbc-16", 150, "EA", "connettore USB-C 16 pin (USB4105-GF-A)", 0.75)]), "email", "Italian, quantity after description, EUR with decimal commas")

    # E06 correction over quoted message
    n = "e06_klaxon_correction.eml"
    eml(n, KLAXON_T, "RE: PO KR-2291", dt(2026, 12, 7, 9, 48), """Hi again,

Sorry - make that FOUR reels of the WS2812B, not two. Everything else as below.

Tom

-----Original Message-----
From: Tom Whitfield <tom@klaxonrobotics.co.uk>
Sent: 07 December 2026 09:12
To: orders@kestrel-components.com
Subject: PO KR-2291

> Morning,
>
> Please supply against PO KR-2291:
>
> 2 x reel WS2812B 5050 addressable LEDs (your 1000 pc reel)
> 500 x ESP32-WROOM-32E-N4
> 1000 x AMS1117-3.3
> 20 x 2x40 pin header straight
>
> Delivery to our unit please: Klaxon Robotics Ltd, 9 Cowley Road, Cambridge CB4 0DS.
>
> Thanks
> Tom Whitfield
> Klaxon Robotics Ltd
""")
    save_label(n, label("Klaxon Robotics Ltd", "KR-2291", None, None, None,
        addr("Klaxon Robotics Ltd", "9 Cowley Road", "Cambridge", "CB4 0DS", "GB"), [
        L("ws2812-rl", 4, "RL", "WS2812B 5050 addressable LEDs (your 1000 pc reel)"),
        L("esp32-n4", 500, "EA", "ESP32-WROOM-32E-N4"),
        L("ams33", 1000, "EA", "AMS1117-3.3"),
        L("hdr-2x40-st", 20, "EA", "2x40 pin header straight")]), "email", "reply correcting a quoted order: WS2812B 2 -> FOUR reels")

    # E07 forwarded internal request, one line struck
    n = "e07_cedarridge_forward.eml"
    eml(n, CEDAR, "Fwd: parts for the CR-40 rebuild", dt(2026, 12, 7, 8, 5, -7), """Kestrel team - please enter the below on PO 7781-CR. Ship to our Nampa plant, NOT Boise:

Cedar Ridge Controls Inc. - Nampa Plant
1615 Industrial Rd
Nampa, ID 83687

Skip the FT232RL line, we found stock. Need by 12/16.

Linda Marsh | Purchasing | Cedar Ridge Controls Inc.
2750 S Cole Rd, Boise, ID 83709

---------- Forwarded message ---------
From: Jake Ortiz <jortiz@cedarridgecontrols.com>
Date: Fri, Dec 4, 2026 at 3:41 PM
Subject: parts for the CR-40 rebuild
To: Linda Marsh <lmarsh@cedarridgecontrols.com>

Linda, can you get these ordered from Kestrel? Quantities are for 25 boards + spares.

MAX232ESE+ (SOIC) qty 30
FT232RL qty 30
G5LE-1 12VDC relay qty 120
DB9 female solder cup qty 30
3-way 5.08 terminal blocks, green qty 90
LiYCY 4x0.25 shielded - 1 drum (100 m)

Thanks
Jake
""")
    save_label(n, label("Cedar Ridge Controls Inc.", "7781-CR", None, "2026-12-16", None,
        addr("Cedar Ridge Controls Inc. - Nampa Plant", "1615 Industrial Rd", "Nampa", "83687", "US", "ID"), [
        L("max232-so", 30, "EA", "MAX232ESE+ (SOIC)"),
        L("relay-12v", 120, "EA", "G5LE-1 12VDC relay"),
        L("dsub9-f", 30, "EA", "DB9 female solder cup"),
        L("tb3-508-gn", 90, "EA", "3-way 5.08 terminal blocks, green"),
        L("liycy4-100", 1, "RL", "LiYCY 4x0.25 shielded - 1 drum (100 m)")]), "email", "forwarded engineer request; buyer drops FT232RL line; ship to plant, not signature; date 12/16")

    # E08 Czech tab table
    n = "e08_vltava_cz_tabs.eml"
    eml(n, "=?utf-8?q?Petr_Dvo=C5=99=C3=A1k?= <nakup@vltava-cs.cz>", "Objednávka OBJ-26-0412", dt(2026, 12, 1, 13, 30, 1), f"""Dobrý den,

objednáváme následující položky (objednávka č. OBJ-26-0412 ze dne 1. 12. 2026):

Kód\tPopis\tMnožství\tCena/ks
{s('stm32cb')}\tSTM32F103CBT6\t60\t5,10 EUR
{s('esp32-n8')}\tESP32-WROOM-32E-N8\t60\t3,70 EUR
{s('rj45-sh')}\tRJ45 stíněný\t120\t2,15 EUR
{s('m12-4f')}\tM12 konektor 4pin samice\t40\t7,80 EUR
{s('din-6m')}\tKrabička na DIN lištu 6 modulů\t60\t10,40 EUR

Dodání nejpozději 18. 12. 2026 na adresu:
Vltava Control Systems s.r.o.
Sklad – brána B
Teslova 3
301 00 Plzeň

S pozdravem
Petr Dvořák
nákup
Vltava Control Systems s.r.o., Teslova 3, 301 00 Plzeň, IČO 27845120
""")
    save_label(n, label("Vltava Control Systems s.r.o.", "OBJ-26-0412", "2026-12-01", "2026-12-18", "EUR",
        addr("Vltava Control Systems s.r.o.", "Teslova 3", "Plzeň", "301 00", "CZ"), [
        L("stm32cb", 60, "EA", "STM32F103CBT6", 5.10),
        L("esp32-n8", 60, "EA", "ESP32-WROOM-32E-N8", 3.70),
        L("rj45-sh", 120, "EA", "RJ45 stíněný", 2.15),
        L("m12-4f", 40, "EA", "M12 konektor 4pin samice", 7.80),
        L("din-6m", 60, "EA", "Krabička na DIN lištu 6 modulů", 10.40)]), "email", "Czech, tab-pasted table with seller SKUs")

    # E09 Austrian terse
    n = "e09_alpentronik_de_terse.eml"
    eml(n, ALPEN, "Bestellung AT-55120", dt(2026, 12, 2, 16, 51, 1), """Hallo,

bitte 5x ESP32-WROOM-32E N8 und 200 Stk. AMS1117-3.3 (Gurtabschnitt). Bestellnr. AT-55120.

LG Stefan

--
Stefan Gruber
Alpentronik GmbH
Puchstraße 41, 8020 Graz
""")
    save_label(n, label("Alpentronik GmbH", "AT-55120", None, None, None,
        addr("Alpentronik GmbH", "Puchstraße 41", "Graz", "8020", "AT"), [
        L("esp32-n8", 5, "EA", "ESP32-WROOM-32E N8"),
        L("ams33", 200, "EA", "AMS1117-3.3 (Gurtabschnitt)")]), "email", "Austrian German, terse, ship_to = signature address")

    # E10 Swiss CHF, delivery week only
    n = "e10_sennhof_ch_kw.eml"
    eml(n, SENNHOF, "Bestellung BE-2026-0931", dt(2026, 12, 3, 7, 44, 1), """Grüezi

Gerne bestellen wir gemäss Ihrer Offerte vom 24.11.:

Bestellung Nr.: BE-2026-0931
Datum: 3.12.2026

Pos. 10  20 Stk.  IP65 Gehäuse Polycarbonat 125x125x60, Deckel transparent (Fibox PCM 125/60 T)  à CHF 15.20
Pos. 20  20 Stk.  Hutschienengehäuse 4 TE grau (CNMB/4/KIT)  à CHF 8.40
Pos. 30  4 Rollen  LiYCY 4x0,25 geschirmt, 100 m  à CHF 82.00
Pos. 40  200 Stk.  M12 Kabelstecker 4-polig Buchse gerade  à CHF 7.60

Lieferung bitte in KW 51 an:
Sennhof Automation AG
Wareneingang
Industriestrasse 22
8406 Winterthur

Freundliche Grüsse
Reto Brunner
Sennhof Automation AG
""")
    save_label(n, label("Sennhof Automation AG", "BE-2026-0931", "2026-12-03", OMIT, "CHF",
        addr("Sennhof Automation AG", "Industriestrasse 22", "Winterthur", "8406", "CH"), [
        L("ip65-125-tr", 20, "EA", "IP65 Gehäuse Polycarbonat 125x125x60, Deckel transparent (Fibox PCM 125/60 T)", 15.20),
        L("din-4m", 20, "EA", "Hutschienengehäuse 4 TE grau (CNMB/4/KIT)", 8.40),
        L("liycy4-100", 4, "RL", "LiYCY 4x0,25 geschirmt, 100 m", 82.00),
        L("m12-4f", 200, "EA", "M12 Kabelstecker 4-polig Buchse gerade", 7.60)]), "email", "Swiss German, CHF, delivery 'KW 51' only (requested_date omitted)")

    # E11 Hungarian
    n = "e11_dunaelektro_hu.eml"
    eml(n, DUNA, "Megrendelés DE-2026/412", dt(2026, 12, 4, 9, 3, 1), """Tisztelt Kestrel Components!

Az alábbi tételeket szeretnénk megrendelni.
Rendelésszám: DE-2026/412
Kelt: 2026.12.04.

1) NE555DR SOIC-8, tekercs (2500 db) – 1 tekercs
2) LM358DR SOIC-8 – 500 db
3) 74HC595D – 500 db
4) 10k 0805 1% ellenállás, tekercs – 2 tekercs
5) 1k 0805 1% ellenállás, tekercs – 2 tekercs

Szállítási határidő: 2026.12.15.
Szállítási cím: Dunaelektro Kft., Fehérvári út 18, 9028 Győr

Üdvözlettel:
Nagy Zoltán
beszerző
Dunaelektro Kft.
""")
    save_label(n, label("Dunaelektro Kft.", "DE-2026/412", "2026-12-04", "2026-12-15", None,
        addr("Dunaelektro Kft.", "Fehérvári út 18", "Győr", "9028", "HU"), [
        L("ne555d-rl", 1, "RL", "NE555DR SOIC-8, tekercs (2500 db)"),
        L("lm358d-ct", 500, "EA", "LM358DR SOIC-8"),
        L("hc595d", 500, "EA", "74HC595D"),
        L("r0805-10K-rl", 2, "RL", "10k 0805 1% ellenállás, tekercs"),
        L("r0805-1K-rl", 2, "RL", "1k 0805 1% ellenállás, tekercs")]), "email", "Hungarian, YYYY.MM.DD. dates, reel counts")

    # E12 Romanian
    n = "e12_transilvania_ro.eml"
    eml(n, TRANS, "Comanda 1187/03.12.2026", dt(2026, 12, 3, 12, 10, 2), """Bună ziua,

Vă rugăm să ne livrați următoarele produse conform comenzii nr. 1187 din 03.12.2026:

- 300 buc. ATmega328P-AU (TQFP-32) – 2,10 EUR/buc
- 300 buc. CH340G – 0,42 EUR/buc
- 3 role rezistențe 10k 0603 1% (5000 buc/rolă) – 5,20 EUR/rolă
- 2 role condensatori 1uF 25V 0603 – 9,80 EUR/rolă
- 600 buc. conector JST XH 2 pini, montaj PCB (B2B-XH-A) – 0,08 EUR/buc

Adresa de livrare (punct de lucru):
Transilvania Embedded SRL
Str. Tăietura Turcului nr. 47, Hala 3
400221 Cluj-Napoca, jud. Cluj

Termen de livrare: 21.12.2026

Cu stimă,
Andrei Pop
Achiziții
Transilvania Embedded SRL
Str. Fabricii nr. 12, 400620 Cluj-Napoca
""")
    save_label(n, label("Transilvania Embedded SRL", "1187", "2026-12-03", "2026-12-21", "EUR",
        addr("Transilvania Embedded SRL", "Str. Tăietura Turcului nr. 47", "Cluj-Napoca", "400221", "RO", "Cluj"), [
        L("m328-au", 300, "EA", "ATmega328P-AU (TQFP-32)", 2.10),
        L("ch340g", 300, "EA", "CH340G", 0.42),
        L("r0603-10K-rl", 3, "RL", "rezistențe 10k 0603 1% (5000 buc/rolă)", 5.20),
        L("c1u25-0603-rl", 2, "RL", "condensatori 1uF 25V 0603", 9.80),
        L("xh2-pcb", 600, "EA", "conector JST XH 2 pini, montaj PCB (B2B-XH-A)", 0.08)]), "email", "Romanian, PO number inside '1187/03.12.2026', ship to work point")

    # E13 Spanish word quantities
    n = "e13_ebro_es_words.eml"
    eml(n, "Javier Lasheras <compras@tebro.es>", "Pedido P-26-0877", dt(2026, 12, 4, 11, 20, 1), """Hola,

Os paso el pedido P-26-0877:

- una docena de relés Omron G5LE-1 de 12V
- dos bolsas de LEDs rojos de 5 mm difusos (bolsa de 100)
- tres cajas de fusibles 5x20 de 2A rápidos
- 25 portafusibles de panel 5x20
- media docena de potenciómetros de 10k logarítmicos

Entrega en el taller, como siempre. Gracias.

Un saludo,
Javier Lasheras
Talleres Electrónicos Ebro S.L.
C/ Miguel Servet 121, 50013 Zaragoza
Tel. 976 55 41 20
""")
    save_label(n, label("Talleres Electrónicos Ebro S.L.", "P-26-0877", None, None, None,
        addr("Talleres Electrónicos Ebro S.L.", "C/ Miguel Servet 121", "Zaragoza", "50013", "ES"), [
        L("relay-12v", 12, "EA", "relés Omron G5LE-1 de 12V"),
        L("led5-rd-100", 2, "PK", "LEDs rojos de 5 mm difusos (bolsa de 100)"),
        L("fuse-2a-f", 3, "BX", "fusibles 5x20 de 2A rápidos"),
        L("fuseholder", 25, "EA", "portafusibles de panel 5x20"),
        L("pot-10k-log", 6, "EA", "potenciómetros de 10k logarítmicos")]), "email", "Spanish, word quantities (una docena, dos bolsas, tres cajas, media docena)")

    # E14 Spanish university
    n = "e14_ulevante_es_bullets.eml"
    eml(n, "Laura Ferrer Ribes <laura.ferrer@ulevante.es>", "Orden de compra OC-2026-3391", dt(2026, 12, 1, 12, 0, 1), """Buenos días:

Les remito en el cuerpo del correo la orden de compra del Laboratorio de Robótica.

Orden de compra: OC-2026-3391
Fecha: 1 de diciembre de 2026
Centro de gasto: 4410-ROB

• 30 uds. Microcontrolador STM32F103C8T6
• 30 uds. Módulo ESP32-WROOM-32E (4 MB)
• 10 bolsas Pulsador táctil 6x6 mm altura 9,5 mm (bolsa 100 uds.)
• 4 bobinas Cable de cinta plana 10 vías arcoíris 30 m
• 20 uds. Caja aluminio extruido 100x76x35

Lugar de entrega:
Universidad de Levante – Laboratorio de Robótica
Edificio de Investigación, planta 2
Calle Doctor Moliner 50
46100 Burjassot (Valencia)

Rogamos entrega antes del 22 de diciembre de 2026.

Atentamente,
Laura Ferrer Ribes
Gestión Económica – Escuela Técnica Superior de Ingeniería
Universidad de Levante
""")
    save_label(n, label("Universidad de Levante", "OC-2026-3391", "2026-12-01", "2026-12-22", None,
        addr("Universidad de Levante – Laboratorio de Robótica", "Calle Doctor Moliner 50", "Burjassot", "46100", "ES", "Valencia"), [
        L("stm32c8", 30, "EA", "Microcontrolador STM32F103C8T6"),
        L("esp32-n4", 30, "EA", "Módulo ESP32-WROOM-32E (4 MB)"),
        L("tact-95-100", 10, "PK", "Pulsador táctil 6x6 mm altura 9,5 mm (bolsa 100 uds.)"),
        L("rib10-rainbow", 4, "RL", "Cable de cinta plana 10 vías arcoíris 30 m"),
        L("alu-100", 20, "EA", "Caja aluminio extruido 100x76x35")]), "email", "Spanish, bullets, long-form date, 'antes del 22 de diciembre'")

    # E15 Italian chatty repair shop
    n = "e15_lazzari_it_chatty.eml"
    eml(n, "Marco Lazzari <marco@lazzari-riparazioni.it>", "materiale", dt(2026, 12, 7, 18, 12, 1), """Ciao ragazzi,

tutto bene? Qui in laboratorio siamo sommersi di lavoro con le feste che arrivano, tutti vogliono le radio d'epoca sistemate per Natale!

Mi servirebbero:
due bobine di stagno con piombo 0,7 mm da 500 g
tre scatole di fusibili 5x20 rapidi da 1A
una penna flussante
50 condensatori elettrolitici 1000uF 25V
10 trecce dissaldanti 2,5 mm

Il solito indirizzo del negozio va bene. Se riuscite a spedire entro venerdì 11 mi fate un favore.

Grazie mille
Marco

Riparazioni Lazzari di Marco Lazzari
Via Saragozza 112 – 40135 Bologna
""")
    save_label(n, label("Riparazioni Lazzari", None, None, "2026-12-11", None,
        addr("Riparazioni Lazzari", "Via Saragozza 112", "Bologna", "40135", "IT"), [
        L("sold-pb-500", 2, "EA", "stagno con piombo 0,7 mm da 500 g"),
        L("fuse-1a-f", 3, "BX", "fusibili 5x20 rapidi da 1A"),
        L("flux-pen", 1, "EA", "penna flussante"),
        L("e1000u25", 50, "EA", "condensatori elettrolitici 1000uF 25V"),
        L("braid-25", 10, "EA", "trecce dissaldanti 2,5 mm")]), "email", "Italian chatty, word quantities, relative date 'venerdì 11'")

    # E16 Czech CZK
    n = "e16_novak_cz_czk.eml"
    eml(n, "=?utf-8?q?Jana_Nov=C3=A1kov=C3=A1?= <jana@elektroservis-novak.cz>", "objednávka 2026-118", dt(2026, 12, 2, 10, 41, 1), """Dobrý den,

posíláme objednávku č. 2026-118 ze dne 2. 12. 2026.

1. Pájka Sn60Pb40 0,7 mm 100 g ... 10 ks ... 185 Kč/ks
2. Odpájecí lanko 2,5 mm ... 10 ks ... 86 Kč/ks
3. Pojistky 5x20 500 mA rychlé (bal. 10 ks) ... 6 bal. ... 32 Kč/bal.
4. Přepínač páčkový SPDT ... 15 ks ... 76 Kč/ks
5. Relé 5 V G5LE-1 ... 20 ks ... 38 Kč/ks

Doručit na provozovnu: Elektroservis Novák s.r.o., Křenová 57, 602 00 Brno.

Děkuji a přeji hezký den
Jana Nováková
Elektroservis Novák s.r.o.
""")
    save_label(n, label("Elektroservis Novák s.r.o.", "2026-118", "2026-12-02", None, "CZK",
        addr("Elektroservis Novák s.r.o.", "Křenová 57", "Brno", "602 00", "CZ"), [
        L("sold-pb-100", 10, "EA", "Pájka Sn60Pb40 0,7 mm 100 g", 185),
        L("braid-25", 10, "EA", "Odpájecí lanko 2,5 mm", 86),
        L("fuse-500-f", 6, "BX", "Pojistky 5x20 500 mA rychlé (bal. 10 ks)", 32),
        L("toggle-spdt", 15, "EA", "Přepínač páčkový SPDT", 76),
        L("relay-5v", 20, "EA", "Relé 5 V G5LE-1", 38)]), "email", "Czech, prices in Kč (CZK), 'bal. 10 ks' packs")

    # E17 German repair shop word quantities
    n = "e17_vogt_de_words.eml"
    eml(n, "Uwe Vogt <uwe.vogt@elektro-vogt.de>", "Nachbestellung", dt(2026, 12, 4, 15, 2, 1), """Moin,

wir bräuchten mal wieder was:

zwei Rollen Schaltlitze 0,5 mm² schwarz (100 m)
eine Rolle Schaltlitze 0,5 mm² rot, aber die kurze mit 25 m
ein Dutzend Kippschalter (die APEM 5236AB)
drei Päckchen Feinsicherungen 5x20 1A träge
Schrumpfschlauch 6,4 mm schwarz – 5 Rollen

Unsere Bestellnummer: V-2026-311. Lieferung an die Werkstatt, nicht ans Büro:
Elektro Vogt & Söhne KG
Werkstatt
Zschochersche Straße 22
04229 Leipzig

Gruß
Uwe Vogt

Elektro Vogt & Söhne KG · Karl-Heine-Straße 54 · 04229 Leipzig
""")
    save_label(n, label("Elektro Vogt & Söhne KG", "V-2026-311", None, None, None,
        addr("Elektro Vogt & Söhne KG", "Zschochersche Straße 22", "Leipzig", "04229", "DE"), [
        L("w05-black-100", 2, "RL", "Schaltlitze 0,5 mm² schwarz (100 m)"),
        L("w05-red-25", 1, "RL", "Schaltlitze 0,5 mm² rot, aber die kurze mit 25 m"),
        L("toggle-spdt", 12, "EA", "Kippschalter (die APEM 5236AB)"),
        L("fuse-1a-t", 3, "BX", "Feinsicherungen 5x20 1A träge"),
        L("hs64-bk", 5, "RL", "Schrumpfschlauch 6,4 mm schwarz")]), "email", "German, word quantities, 25 m vs 100 m reel, workshop ship-to")

    # E18 German university
    n = "e18_thwiesental_de_table.eml"
    eml(n, "Beschaffung TH Wiesental <beschaffung@th-wiesental.de>", "Bestellung TH-WS-26-00871", dt(2026, 11, 27, 13, 37, 1), f"""Sehr geehrte Damen und Herren,

die Technische Hochschule Wiesental bestellt hiermit:

Bestellnummer: TH-WS-26-00871
Datum: 27. November 2026
Kostenstelle: 6120 (Labor Leistungselektronik)
Liefertermin: bis 11.12.26

Menge | Artikel | Ihre Art.-Nr. | Einzelpreis netto
25 | Aluminium-Gehäuse 160x103x53 (Hammond 1455N1601) | {s('alu-160')} | 23,90 €
50 | Relais G5LE-1 5VDC | {s('relay-5v')} | 1,55 €
10 | Lötdraht bleifrei SAC305 0,7 mm 500 g | {s('sold-sac-500')} | 54,00 €
100 | Potentiometer 100k lin. 16 mm | {s('pot-100k-lin')} | 1,05 €

Lieferanschrift:
Technische Hochschule Wiesental
Labor Leistungselektronik, Geb. C, Raum 0.14
Am Hochschulring 1
68163 Mannheim

Rechnungsanschrift: Technische Hochschule Wiesental, Haushaltsabteilung, Postfach 10 20 31, 68020 Mannheim

Mit freundlichen Grüßen
i. A. Katrin Bauer
Zentrale Beschaffung
""")
    save_label(n, label("Technische Hochschule Wiesental", "TH-WS-26-00871", "2026-11-27", "2026-12-11", "EUR",
        addr("Technische Hochschule Wiesental", "Am Hochschulring 1", "Mannheim", "68163", "DE"), [
        L("alu-160", 25, "EA", "Aluminium-Gehäuse 160x103x53 (Hammond 1455N1601)", 23.90),
        L("relay-5v", 50, "EA", "Relais G5LE-1 5VDC", 1.55),
        L("sold-sac-500", 10, "EA", "Lötdraht bleifrei SAC305 0,7 mm 500 g", 54.00),
        L("pot-100k-lin", 100, "EA", "Potentiometer 100k lin. 16 mm", 1.05)]), "email", "German, pipe table with seller SKUs, billing vs delivery address, 2-digit year")

    # E19 terse repair shop
    n = "e19_fixit_usual.eml"
    eml(n, "Jas <jas@fixitbristol.co.uk>", "usual", dt(2026, 12, 3, 17, 58),
        "usual please - 3 bags tactile switches (the short 5mm ones), 2 bags of the tall ones, 4 rolls red heatshrink 3.2mm. cheers jas\n\nSent from my iPhone\n")
    save_label(n, label("FixIt Phone Repairs", None, None, None, None, OMIT, [
        L("tact-5-100", 3, "PK", "tactile switches (the short 5mm ones)"),
        L("tact-95-100", 2, "PK", "the tall ones"),
        L("hs32-rd", 4, "RL", "red heatshrink 3.2mm")]), "email", "terse, 'the tall ones' refers back, no PO, no address")

    # E20 US university
    n = "e20_northgate_us.eml"
    eml(n, NORTH, "PO# NSU-P0098812 - Physics electronics lab", dt(2026, 12, 3, 10, 5, -6), f"""Hello Kestrel Components,

Please process the following order.

PO#: NSU-P0098812
PO Date: 12/03/2026
Requested delivery: 12/18/2026

Qty   Part #      Description                    Unit $
10    {s('ne555p')}   NE555P timer DIP-8             0.41
50    {s('lm358p')}   LM358P dual op amp DIP-8       0.35
20    {s('pot-10k-lin')}   10K linear pot 16mm            1.25
5     {s('led5-gn-100')}   5mm green LEDs, bag of 100     5.40
5     {s('led5-ye-100')}   5mm yellow LEDs, bag of 100    5.40

Ship to:
Northgate State University
Dept. of Physics - Room 112, Hadley Hall
1200 College Avenue
Bismarck, ND 58501

Bill to: Accounts Payable, Northgate State University, PO Box 5510, Bismarck, ND 58506

Karen Lindqvist
Procurement Services
Northgate State University
""")
    save_label(n, label("Northgate State University", "NSU-P0098812", "2026-12-03", "2026-12-18", "USD",
        addr("Northgate State University", "1200 College Avenue", "Bismarck", "58501", "US", "ND"), [
        L("ne555p", 10, "EA", "NE555P timer DIP-8", 0.41),
        L("lm358p", 50, "EA", "LM358P dual op amp DIP-8", 0.35),
        L("pot-10k-lin", 20, "EA", "10K linear pot 16mm", 1.25),
        L("led5-gn-100", 5, "PK", "5mm green LEDs, bag of 100", 5.40),
        L("led5-ye-100", 5, "PK", "5mm yellow LEDs, bag of 100", 5.40)]), "email", "US dates MM/DD, space-aligned table, bill-to vs ship-to")

    # E21 unknown private buyer
    n = "e21_pritchard_unknown.eml"
    eml(n, "Dave Pritchard <dave.pritchard71@gmail.com>", "Order please", dt(2026, 12, 5, 20, 14), """Hello,

I've not ordered from you before, I run a small sideline fixing arcade boards. Could I order:

1 x bag of 100 10k resistors (the through hole metal film ones)
1 x bag of 100 1k same
10 x 74HC595N
2 x 100g reels of 60/40 solder 0.7mm

Happy to pay by card on the phone. Address:
Dave Pritchard
17 Moorland Crescent
Hebden Bridge
West Yorkshire
HX7 6DL

Thanks
Dave
07700 900418
""")
    save_label(n, label("Dave Pritchard", None, None, None, None,
        addr("Dave Pritchard", "17 Moorland Crescent", "Hebden Bridge", "HX7 6DL", "GB", "West Yorkshire"), [
        L("mf-10K-100", 1, "PK", "bag of 100 10k resistors (the through hole metal film ones)"),
        L("mf-1K-100", 1, "PK", "bag of 100 1k same"),
        L("hc595n", 10, "EA", "74HC595N"),
        L("sold-pb-100", 2, "EA", "100g reels of 60/40 solder 0.7mm")]), "email", "UNKNOWN sender (gmail), private buyer, 'same' back-reference")

    # E22 unknown makerspace German
    n = "e22_schaltwerk_de_unknown.eml"
    eml(n, "Lena Hoffmann <material@schaltwerk-kollektiv.de>", "Bestellung für unsere Lötworkshops", dt(2026, 12, 6, 19, 30, 1), """Hallo liebes Kestrel-Team,

wir sind ein gemeinnütziger Makerspace in Berlin und veranstalten im Januar wieder Lötkurse für Jugendliche. Wir würden gerne folgendes bestellen:

- 10 Tüten LEDs 3 mm rot diffus (à 100 Stück)
- 10 Tüten LEDs 3 mm grün diffus (à 100 Stück)
- 1 Tüte Metallschichtwiderstände 220 Ohm (100 Stück)
- 30 x NE555P
- 5 Rollen Lötzinn bleifrei 0,7 mm 500 g

Bitte schickt uns vorher eine Proforma-Rechnung, wir zahlen per Vorkasse.

Lieferadresse:
Schaltwerk Kollektiv e.V.
c/o Lena Hoffmann
Gerichtstraße 23, Hof 2
13347 Berlin

Viele Grüße
Lena
(Materialbeschaffung, Schaltwerk Kollektiv e.V.)
""")
    save_label(n, label("Schaltwerk Kollektiv e.V.", None, None, None, None,
        addr("Schaltwerk Kollektiv e.V.", "Gerichtstraße 23", "Berlin", "13347", "DE"), [
        L("led3-rd-100", 10, "PK", "LEDs 3 mm rot diffus (à 100 Stück)"),
        L("led3-gn-100", 10, "PK", "LEDs 3 mm grün diffus (à 100 Stück)"),
        L("mf-220R-100", 1, "PK", "Metallschichtwiderstände 220 Ohm (100 Stück)"),
        L("ne555p", 30, "EA", "NE555P"),
        L("sold-sac-500", 5, "EA", "Lötzinn bleifrei 0,7 mm 500 g")]), "email", "UNKNOWN sender, German makerspace, bags of 100 vs 1000")

    # E23 unknown US with quote prices
    n = "e23_bluemesa_unknown_quote.eml"
    eml(n, "Carlos Benavidez <cbenavidez@bluemesainstruments.com>", "PO 1044 - per your quote Q-26-7719", dt(2026, 12, 4, 16, 2, -7), """Hi,

Per your quote Q-26-7719 dated 11/24, please accept PO 1044 for:

(1) 4 reels - 100nF 16V X7R 0603 (CL10B104KO8NNNC) @ $7.95/reel
(2) 2 reels - 10uF 16V X5R 0805 (CL21A106KOQNNNE) @ $38.00/reel
(3) 1 reel - 22pF 50V C0G 0603 (CL10C220JB8NNNC) @ $9.10/reel
(4) 2,000 pcs - STM32F103CBT6 @ $5.35 ea

Ship to:
Blue Mesa Instruments LLC
Attn: Receiving
5801 Office Blvd NE, Suite 200
Albuquerque, NM 87109

Please ship complete, FedEx Ground, on our account 7788-1234-5. Need by Jan 8, 2027.

Thanks,
Carlos Benavidez
Operations Manager
Blue Mesa Instruments LLC
""")
    save_label(n, label("Blue Mesa Instruments LLC", "1044", None, "2027-01-08", "USD",
        addr("Blue Mesa Instruments LLC", "5801 Office Blvd NE", "Albuquerque", "87109", "US", "NM"), [
        L("c100n16-0603-rl", 4, "RL", "100nF 16V X7R 0603 (CL10B104KO8NNNC)", 7.95),
        L("c10u16-0805-rl", 2, "RL", "10uF 16V X5R 0805 (CL21A106KOQNNNE)", 38.00),
        L("c22p50-0603-rl", 1, "RL", "22pF 50V C0G 0603 (CL10C220JB8NNNC)", 9.10),
        L("stm32cb", 2000, "EA", "STM32F103CBT6", 5.35)]), "email", "UNKNOWN sender, quote reference with its own date (not the order date), thousands separator")

    # E24 unknown Hungarian repair
    n = "e24_kovacs_hu_unknown.eml"
    eml(n, "=?utf-8?q?Kov=C3=A1cs_P=C3=A9ter?= <kovacs.szerviz@freemail.hu>", "rendelés", dt(2026, 12, 5, 8, 47, 1), """Jó napot!

Szeretnék rendelni a következőket:
- 2 db forrasztóón ólmos 0,7 mm 500 g
- 100 db 0603 piros SMD LED (vágott szalag)
- 5 doboz 5x20-as gyors biztosíték 2A
- 20 db 1000uF 16V elko
- 10 db FT232RL

Szállítási cím:
Kovács Elektronikai Szerviz
Kovács Péter
Piac utca 31.
4025 Debrecen

Köszönöm,
Kovács Péter
+36 30 555 1842
""")
    save_label(n, label("Kovács Elektronikai Szerviz", None, None, None, None,
        addr("Kovács Elektronikai Szerviz", "Piac utca 31.", "Debrecen", "4025", "HU"), [
        L("sold-pb-500", 2, "EA", "forrasztóón ólmos 0,7 mm 500 g"),
        L("led0603-rd-ct", 100, "EA", "0603 piros SMD LED (vágott szalag)"),
        L("fuse-2a-f", 5, "BX", "5x20-as gyors biztosíték 2A"),
        L("e1000u16", 20, "EA", "1000uF 16V elko"),
        L("ft232rl", 10, "EA", "FT232RL")]), "email", "UNKNOWN sender, Hungarian repair shop, cut tape vs reel")

    # E25 unknown Italian
    n = "e25_tecnoriparazioni_it_unknown.eml"
    eml(n, "Salvatore Esposito <ordini@tecnoriparazionisud.it>", "Ordine n. 58/2026", dt(2026, 12, 4, 9, 55, 1), """Spett.le Kestrel Components,

con la presente Vi trasmettiamo l'ordine n. 58/2026 del 04/12/2026:

Q.tà 20 – Relè Omron G5LE-1 5VDC
Q.tà 10 – Pin header 1x40 passo 2,54 diritto
Q.tà 10 – Strip femmina 1x40 2,54
Q.tà 5 – Contenitore ABS 120x80x40 nero
Q.tà 5 – Contenitore ABS 120x80x40 grigio chiaro

Destinazione merce:
Tecnoriparazioni Sud di S. Esposito
Via Gianturco 96
80146 Napoli (NA)

Pagamento: bonifico anticipato.

Distinti saluti
Salvatore Esposito
Tecnoriparazioni Sud
""")
    save_label(n, label("Tecnoriparazioni Sud", "58/2026", "2026-12-04", None, None,
        addr("Tecnoriparazioni Sud di S. Esposito", "Via Gianturco 96", "Napoli", "80146", "IT", "NA"), [
        L("relay-5v", 20, "EA", "Relè Omron G5LE-1 5VDC"),
        L("hdr-1x40-st", 10, "EA", "Pin header 1x40 passo 2,54 diritto"),
        L("skt-1x40", 10, "EA", "Strip femmina 1x40 2,54"),
        L("abs-120-bk", 5, "EA", "Contenitore ABS 120x80x40 nero"),
        L("abs-120-gy", 5, "EA", "Contenitore ABS 120x80x40 grigio chiaro")]), "email", "UNKNOWN sender, Italian, colour near-duplicates")
