from common import S, Ln, PO, eml, write

SELLER_UK = "Brightwire Orders <orders@brightwire.co.uk>"
SELLER_DE = "Brightwire Bestellungen <bestellung@brightwire.de>"
SELLER_NO = "Brightwire Nordic <order@brightwire.se>"
SELLER_US = "Brightwire North America <orders@brightwire-na.com>"

def build():
    # e01 terse one-liner, no signature address
    write("e01_staidans_oneliner.eml", eml(
        "Jo Pickering <office@staidans.leeds.sch.uk>", SELLER_UK, "toner",
        "Mon, 23 Nov 2026 08:12:40 +0000",
        "Can we get 6 x HP 26A toner please, PO 4471. Thanks Jo\n\nSent from my iPhone\n"),
        PO("St Aidan's CE Primary School", "4471", None, None, None, None,
           [Ln("BW-TO-CF226A", 6, "EA", None, "HP 26A toner")]))

    # e02 chatty, prices from quote, requested date
    body = """Hi Priya,

Hope you're well and that the Christmas rush isn't too mad on your side!

We've got four trainees starting in January (finally signed off by the partners, hooray) so I need to get their kit ordered. Going with what you quoted on Q-88213 last week:

4 x Lenovo ThinkPad T14 Gen 4 (the i5 / 16GB / 512GB spec) @ £919.00
4 x Lenovo Universal USB-C dock @ £179.00
8 x Dell P2423D 24" monitors @ £199.00 - two each, they all insist on two screens now
4 x Logitech MK270 wireless keyboard & mouse, UK layout @ £24.50
4 x Jabra Evolve2 30 SE, USB-A, Teams version @ £64.00

Our PO number is FL-2026-1187. Ideally we'd have everything by Monday 14th December so IT can image the laptops before the break. Delivery to the usual address please (reception, 2nd floor).

Many thanks,
Grace

Grace Oduya
Office Manager
Fenwick & Lowe LLP
22 Bedford Row, London WC1R 4EB
T: 020 7946 0312
"""
    write("e02_fenwick_trainees_chatty.eml", eml(
        "Grace Oduya <g.oduya@fenwicklowe.co.uk>", "Priya Shah <priya.shah@brightwire.co.uk>",
        "New starters - laptops etc (PO FL-2026-1187)", "Tue, 24 Nov 2026 10:03:11 +0000", body),
        PO("Fenwick & Lowe LLP", "FL-2026-1187", None, "2026-12-14", "GBP",
           S("Fenwick & Lowe LLP", "22 Bedford Row", "London", "WC1R 4EB", "GB"),
           [Ln("BW-LT-T14G4-I5", 4, "EA", 919.00, "Lenovo ThinkPad T14 Gen 4 i5 16GB 512GB"),
            Ln("BW-DK-LEN-UC2", 4, "EA", 179.00, "Lenovo Universal USB-C dock"),
            Ln("BW-MO-P2423D", 8, "EA", 199.00, "Dell P2423D 24\" monitors"),
            Ln("BW-KB-MK270-UK", 4, "EA", 24.50, "Logitech MK270 wireless keyboard & mouse, UK layout"),
            Ln("BW-HS-EV230-AMS", 4, "EA", 64.00, "Jabra Evolve2 30 SE, USB-A, Teams version")]))

    # e03 numbered list, signature address
    body = """Hello,

Please could you send the following:

1. Brother TN-2420 toner (high yield) - 3
2. Brother DR-2400 drum - 1
3. Blue network cables 2m - 6
4. Poly Blackwire 3220 headsets USB-A - 2

Order ref SMC/1209

Kind regards

Helen Marsh
Practice Manager
Smilecare Dental Practice
8 Gloucester Road
Bristol
BS7 8AE
0117 496 0785
"""
    write("e03_smilecare_numbered.eml", eml(
        "Helen Marsh <helen@smilecaredental.co.uk>", SELLER_UK, "Order", "Wed, 25 Nov 2026 14:21:09 +0000", body),
        PO("Smilecare Dental Practice", "SMC/1209", None, None, None,
           S("Smilecare Dental Practice", "8 Gloucester Road", "Bristol", "BS7 8AE", "GB"),
           [Ln("BW-TO-TN2420", 3, "EA", None, "Brother TN-2420 toner (high yield)"),
            Ln("BW-TO-DR2400", 1, "EA", None, "Brother DR-2400 drum"),
            Ln("BW-CA-C6-2B", 6, "EA", None, "Blue network cables 2m"),
            Ln("BW-HS-BW3220-A", 2, "EA", None, "Poly Blackwire 3220 headsets USB-A")]))

    # e04 word quantities, Irish school
    body = """Hi there,

Mrs Lynch here from Scoil Mhuire. We need a few bits for the new computer room before the Christmas concert:

- a dozen HDMI cables, 3 metre ones
- half a dozen of the cheap Logitech keyboards (K120, English/UK layout not the US ones please, we got US last time by mistake)
- a pair of HP 912XL black cartridges for the office printer
- one 24 inch iiyama monitor

Our order number is SM-2026-88. Deliver to the school as normal.

Go raibh maith agat,
Áine Lynch
Secretary
Scoil Mhuire Gan Smál NS, Blarney Road, Cork T23 X2F4
"""
    write("e04_scoilmhuire_wordqty.eml", eml(
        "Áine Lynch <secretary@scoilmhuirecork.ie>", "Brightwire Ireland <orders@brightwire.ie>",
        "Order for computer room", "Thu, 26 Nov 2026 09:45:00 +0000", body),
        PO("Scoil Mhuire Gan Smál NS", "SM-2026-88", None, None, None,
           S("Scoil Mhuire Gan Smál NS", "Blarney Road", "Cork", "T23 X2F4", "IE"),
           [Ln("BW-CA-HDMI-3M", 12, "EA", None, "HDMI cables, 3 metre"),
            Ln("BW-KB-K120-UK", 6, "EA", None, "Logitech K120 UK layout"),
            Ln("BW-IN-HP912XLBK", 2, "EA", None, "HP 912XL black cartridges"),
            Ln("BW-MO-IIY-X2493", 1, "EA", None, "24 inch iiyama monitor")]))

    # e05 German dental, quantities after description, EUR prices, Liefertermin
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot:

Brother Toner TN-2420, 4 Stück à 74,90 EUR
Brother Trommel DR-2400, 1 Stück à 89,00 EUR
Logitech Tastatur K120 (deutsches Layout), 2 Stück à 11,90 EUR
USV APC Back-UPS 700VA mit Schuko-Steckdosen, 1 Stück à 104,00 EUR

Unsere Bestellnummer: ZH-2026-0412
Bestelldatum: 30.11.2026
Lieferung bitte bis spätestens 18.12.2026, die Praxis ist ab dem 23.12. geschlossen.

Mit freundlichen Grüßen

i.A. Sabine Körner
Praxismanagement
Zahnarztpraxis Dr. Hoffmann
Leopoldstraße 112
80804 München
Tel. 089 3398 2210
"""
    write("e05_hoffmann_de_bestellung.eml", eml(
        "Sabine Körner <praxis@zahnarzt-hoffmann.de>", SELLER_DE,
        "Bestellung ZH-2026-0412", "Mon, 30 Nov 2026 11:02:55 +0100", body),
        PO("Zahnarztpraxis Dr. Hoffmann", "ZH-2026-0412", "2026-11-30", "2026-12-18", "EUR",
           S("Zahnarztpraxis Dr. Hoffmann", "Leopoldstraße 112", "München", "80804", "DE"),
           [Ln("BW-TO-TN2420", 4, "EA", 74.90, "Brother Toner TN-2420"),
            Ln("BW-TO-DR2400", 1, "EA", 89.00, "Brother Trommel DR-2400"),
            Ln("BW-KB-K120-DE", 2, "EA", 11.90, "Logitech Tastatur K120 (deutsches Layout)"),
            Ln("BW-UP-BX700UGR", 1, "EA", 104.00, "USV APC Back-UPS 700VA Schuko")]))

    # e06 German forwarded internal request, delivery to branch office
    body = """Guten Tag Herr Albrecht,

anbei die Bestellung unseres Partners Dr. Lang für das Büro Wiesbaden. Bitte direkt dorthin liefern:

Weber & Partner Rechtsanwälte mbB
Büro Wiesbaden, z. Hd. Frau Yilmaz
Wilhelmstraße 24
65183 Wiesbaden

Bestell-Nr. WP-2026-331

Danke und viele Grüße
Monika Stahl
Sekretariat

Weber & Partner Rechtsanwälte mbB
Bockenheimer Landstraße 51 | 60325 Frankfurt am Main
www.weber-partner-law.de

-----Ursprüngliche Nachricht-----
Von: Dr. Thomas Lang <t.lang@weber-partner-law.de>
Gesendet: Mittwoch, 2. Dezember 2026 08:14
An: Monika Stahl <m.stahl@weber-partner-law.de>
Betreff: IT-Ausstattung Wiesbaden

Hallo Frau Stahl,

für die zwei neuen Arbeitsplätze in Wiesbaden brauchen wir bitte:

- 2 Dell Latitude 5440 (i7, 16 GB)
- 2 Dell Dockingstation WD19S mit 180W Netzteil
- 4 Monitore Dell 27 Zoll (P2723D)
- 2 Headsets Jabra Evolve2 65 Stereo

Danke!
T. Lang
"""
    write("e06_weber_forwarded_branch.eml", eml(
        "Monika Stahl <m.stahl@weber-partner-law.de>", "Jens Albrecht <j.albrecht@brightwire.de>",
        "WG: IT-Ausstattung Wiesbaden", "Wed, 02 Dec 2026 09:30:12 +0100", body),
        PO("Weber & Partner Rechtsanwälte mbB", "WP-2026-331", None, None, None,
           S("Weber & Partner Rechtsanwälte mbB", "Wilhelmstraße 24", "Wiesbaden", "65183", "DE"),
           [Ln("BW-LT-5440-I7", 2, "EA", None, "Dell Latitude 5440 (i7, 16 GB)"),
            Ln("BW-DK-WD19S-180", 2, "EA", None, "Dell Dockingstation WD19S 180W"),
            Ln("BW-MO-P2723D", 4, "EA", None, "Monitore Dell 27 Zoll (P2723D)"),
            Ln("BW-HS-EV265-SMS", 2, "EA", None, "Headsets Jabra Evolve2 65 Stereo")]))

    # e07 German school, tab-pasted table, delivery to caretaker entrance
    body = ("Sehr geehrte Damen und Herren,\n\nfür den neuen Informatikraum bestellen wir (Bestellnummer GSK-26-117 vom 01.12.2026):\n\n"
            "Menge\tArtikel\tBezeichnung\tEinzelpreis\n"
            "25\tK120\tLogitech Tastatur USB, QWERTZ\t11,90 €\n"
            "25\tM90\tLogitech Maus USB grau\t6,90 €\n"
            "10\tP2423H\tDell 24\" FHD Monitor\t179,00 €\n"
            "10\t\tHDMI-Kabel 2 m\t4,50 €\n"
            "2\t\tPatchkabel Cat6 grau 5 m\t2,70 €\n\n"
            "Lieferanschrift:\nGymnasium am Stadtpark\nHausmeister Hr. Brandt, Eingang Lindenallee\nLindenallee 7\n50968 Köln\n\n"
            "Rechnung bitte an die Schule (Stadtwaldgürtel 38, 50935 Köln) zu Händen der Schulverwaltung.\n\n"
            "Mit freundlichen Grüßen\nDr. Ingrid Pohl\nStellv. Schulleiterin\n")
    write("e07_gymnasium_tabtable.eml", eml(
        "Ingrid Pohl <pohl@gymnasium-stadtpark-koeln.de>", SELLER_DE,
        "Bestellung Informatikraum", "Tue, 01 Dec 2026 13:40:00 +0100", body),
        PO("Gymnasium am Stadtpark", "GSK-26-117", "2026-12-01", None, "EUR",
           S("Gymnasium am Stadtpark", "Lindenallee 7", "Köln", "50968", "DE"),
           [Ln("BW-KB-K120-DE", 25, "EA", 11.90, "Logitech Tastatur USB, QWERTZ"),
            Ln("BW-MS-M90", 25, "EA", 6.90, "Logitech Maus USB grau"),
            Ln("BW-MO-P2423H", 10, "EA", 179.00, "Dell 24\" FHD Monitor"),
            Ln("BW-CA-HDMI-2M", 10, "EA", 4.50, "HDMI-Kabel 2 m"),
            Ln("BW-CA-C6-5G", 2, "EA", 2.70, "Patchkabel Cat6 grau 5 m")]))

    # e08 Austrian correction over quoted order
    body = """Sehr geehrte Frau Hauser,

kleine Korrektur zu unserer Bestellung von gestern: bitte nur 2 USV-Anlagen statt 3 liefern, die dritte wurde inzwischen anderweitig besorgt. Dafür bitte zusätzlich 2 Stück Kaltgeräte-Verlängerung C13/C14 2 m.
Der Rest bleibt wie unten.

Danke und schöne Grüße
Markus Gruber
Marktgemeinde St. Veit am Wald
Hauptplatz 1, 8162 St. Veit am Wald

> Am 03.12.2026 um 15:02 schrieb Markus Gruber <gruber@st-veit-wald.gv.at>:
>
> Sehr geehrte Frau Hauser,
>
> wir bestellen für das Gemeindeamt:
>
> 3 Stk. APC Smart-UPS 1500VA (SMT1500IC)
> 1 Stk. APC Ersatzbatterie RBC7
> 6 Stk. Samsung SSD 870 EVO 500 GB
>
> Bestellnummer: GA-2026/219
> Liefertermin: 15. Jänner 2027
>
> Schöne Grüße
> Markus Gruber
"""
    write("e08_stveit_correction.eml", eml(
        "Markus Gruber <gruber@st-veit-wald.gv.at>", "Claudia Hauser <c.hauser@brightwire.de>",
        "AW: Bestellung GA-2026/219", "Fri, 04 Dec 2026 08:20:31 +0100", body),
        PO("Marktgemeinde St. Veit am Wald", "GA-2026/219", None, "2027-01-15", None,
           S("Marktgemeinde St. Veit am Wald", "Hauptplatz 1", "St. Veit am Wald", "8162", "AT"),
           [Ln("BW-UP-SMT1500IC", 2, "EA", None, "APC Smart-UPS 1500VA (SMT1500IC)"),
            Ln("BW-UP-BATT-RBC7", 1, "EA", None, "APC Ersatzbatterie RBC7"),
            Ln("BW-SS-870-500", 6, "EA", None, "Samsung SSD 870 EVO 500 GB"),
            Ln("BW-CA-C13C14-2", 2, "EA", None, "Kaltgeräte-Verlängerung C13/C14 2 m")]))

    # e09 Polish law firm, bullets, PLN prices
    body = """Dzień dobry,

w załączeniu... a właściwie poniżej, nasze zamówienie:

• Laptop Dell Latitude 5540 15,6" i5/16GB/512GB – 2 szt. – 3 890,00 zł netto/szt.
• Stacja dokująca Dell WD19S 130W – 2 szt. – 869,00 zł netto/szt.
• Mysz Logitech MX Master 3S grafitowa – 2 szt. – 389,00 zł netto/szt.
• Dysk zewnętrzny Samsung T7 1TB – 1 szt. – 459,00 zł netto

Numer zamówienia: ZK/112/2026
Data zamówienia: 04.12.2026
Termin dostawy: do 16.12.2026

Adres dostawy jak w stopce.

Z poważaniem
Katarzyna Wiśniewska
Office Manager
Kancelaria Nowak i Wspólnicy sp.k.
ul. Mokotowska 49, 00-542 Warszawa
NIP 701-000-00-00
"""
    write("e09_nowak_pl_bullets.eml", eml(
        "Katarzyna Wiśniewska <k.wisniewska@nowak-kancelaria.pl>", "Brightwire Polska <zamowienia@brightwire.pl>",
        "Zamówienie ZK/112/2026", "Fri, 04 Dec 2026 10:11:45 +0100", body),
        PO("Kancelaria Nowak i Wspólnicy sp.k.", "ZK/112/2026", "2026-12-04", "2026-12-16", "PLN",
           S("Kancelaria Nowak i Wspólnicy sp.k.", "ul. Mokotowska 49", "Warszawa", "00-542", "PL"),
           [Ln("BW-LT-5540-I5", 2, "EA", 3890.00, "Laptop Dell Latitude 5540 15,6\" i5/16GB/512GB"),
            Ln("BW-DK-WD19S-130", 2, "EA", 869.00, "Stacja dokująca Dell WD19S 130W"),
            Ln("BW-MS-MX3S-GR", 2, "EA", 389.00, "Mysz Logitech MX Master 3S grafitowa"),
            Ln("BW-SS-EXT-T7-1T", 1, "EA", 459.00, "Dysk zewnętrzny Samsung T7 1TB")]))

    # e10 Polish school, quantity before, single headsets not the class pack
    body = """Dzień dobry,

Szkoła Podstawowa nr 12 zamawia:

20 szt. słuchawki Logitech H390 USB (pojedyncze, nie zestaw klasowy)
5 szt. kabel HDMI 5 m
1 szt. toner Kyocera TK-3160

Zamówienie nr SP12/ZAM/45/2026. Dostawa do sekretariatu szkoły, ul. Lubomirskiego 21, 31-509 Kraków, w godzinach 8-15.

Pozdrawiam
Tomasz Zieliński
nauczyciel informatyki
"""
    write("e10_sp12_pl_headsets.eml", eml(
        "Tomasz Zieliński <t.zielinski@sp12.krakow.pl>", "Brightwire Polska <zamowienia@brightwire.pl>",
        "zamówienie - słuchawki", "Mon, 30 Nov 2026 12:33:02 +0100", body),
        PO("Szkoła Podstawowa nr 12 w Krakowie", "SP12/ZAM/45/2026", None, None, None,
           S("Szkoła Podstawowa nr 12", "ul. Lubomirskiego 21", "Kraków", "31-509", "PL"),
           [Ln("BW-HS-LG-H390", 20, "EA", None, "słuchawki Logitech H390 USB"),
            Ln("BW-CA-HDMI-5M", 5, "EA", None, "kabel HDMI 5 m"),
            Ln("BW-TO-TK3160", 1, "EA", None, "toner Kyocera TK-3160")]))

    # e11 Swedish dental
    body = """Hej!

Vi skulle vilja beställa följande till kliniken:

2 st Jabra Evolve2 65 mono (Teams)
1 st APC Back-UPS 1600VA
3 st tangentbord Logitech K120 med nordisk layout
3 st möss Logitech M185, blå

Vår referens: TM-0871
Leveransadress:
Tandläkarna Möllevången AB
Att: Eva Lindgren, plan 2
Bergsgatan 18
214 22 Malmö

Leverans gärna senast fredag 11/12.

Med vänliga hälsningar
Eva Lindgren
Klinikchef, Tandläkarna Möllevången AB
"""
    write("e11_mollevangen_sv.eml", eml(
        "Eva Lindgren <eva.lindgren@tandlakarnamollan.se>", SELLER_NO,
        "Beställning TM-0871", "Thu, 03 Dec 2026 09:05:00 +0100", body),
        PO("Tandläkarna Möllevången AB", "TM-0871", None, "2026-12-11", None,
           S("Tandläkarna Möllevången AB", "Bergsgatan 18", "Malmö", "214 22", "SE"),
           [Ln("BW-HS-EV265-MMS", 2, "EA", None, "Jabra Evolve2 65 mono (Teams)"),
            Ln("BW-UP-BX1600MI", 1, "EA", None, "APC Back-UPS 1600VA"),
            Ln("BW-KB-K120-ND", 3, "EA", None, "tangentbord Logitech K120 nordisk layout"),
            Ln("BW-MS-M185B", 3, "EA", None, "möss Logitech M185, blå")]))

    # e12 Finnish dental
    body = """Hei,

tilaisimme seuraavat tuotteet:

Kyocera TK-1150 värikasetti musta 3 kpl
Samsung 870 EVO SSD 1 TB 2 kpl
Logitech MX Master 3S hiiri, grafiitti 1 kpl

Tilausnumero: HY-26-0093
Tilauspäivä 2.12.2026
Toimitusosoite:
Hammaslääkäriasema Hymy Oy
Hämeenkatu 9 B, 3. krs
33100 Tampere

Ystävällisin terveisin
Mikko Laaksonen
Hammaslääkäriasema Hymy Oy
"""
    write("e12_hymy_fi.eml", eml(
        "Mikko Laaksonen <mikko.laaksonen@hymyhammas.fi>", SELLER_NO,
        "Tilaus HY-26-0093", "Wed, 02 Dec 2026 14:15:00 +0200", body),
        PO("Hammaslääkäriasema Hymy Oy", "HY-26-0093", "2026-12-02", None, None,
           S("Hammaslääkäriasema Hymy Oy", "Hämeenkatu 9 B, 3. krs", "Tampere", "33100", "FI"),
           [Ln("BW-TO-TK1150", 3, "EA", None, "Kyocera TK-1150 värikasetti musta"),
            Ln("BW-SS-870-1T", 2, "EA", None, "Samsung 870 EVO SSD 1 TB"),
            Ln("BW-MS-MX3S-GR", 1, "EA", None, "Logitech MX Master 3S hiiri, grafiitti")]))

    # e13 Norwegian law firm
    body = """Hei,

Vi ønsker å bestille følgende:

Innkjøpsordre nr.: 2026-0457
Dato: 01.12.2026

6 stk Dell P2723D 27" skjerm
6 stk Dell WD19S dokkingstasjon 180 W
6 stk USB-C til USB-C kabel 2 m
2 stk Logitech MK270 trådløst sett, nordisk

Ønsket levering innen 11.12.2026 til vårt kontor i Bergen:
Advokatfirma Berg & Lie AS
Strandkaien 14
5013 Bergen

Med vennlig hilsen
Ingrid Solheim
Kontorsjef
Advokatfirma Berg & Lie AS | Karl Johans gate 12, 0154 Oslo
"""
    write("e13_berglie_no.eml", eml(
        "Ingrid Solheim <is@berglie.no>", SELLER_NO,
        "Bestilling skjermer og dokker", "Tue, 01 Dec 2026 15:48:22 +0100", body),
        PO("Advokatfirma Berg & Lie AS", "2026-0457", "2026-12-01", "2026-12-11", None,
           S("Advokatfirma Berg & Lie AS", "Strandkaien 14", "Bergen", "5013", "NO"),
           [Ln("BW-MO-P2723D", 6, "EA", None, "Dell P2723D 27\" skjerm"),
            Ln("BW-DK-WD19S-180", 6, "EA", None, "Dell WD19S dokkingstasjon 180 W"),
            Ln("BW-CA-CC-2M", 6, "EA", None, "USB-C til USB-C kabel 2 m"),
            Ln("BW-KB-MK270-ND", 2, "EA", None, "Logitech MK270 trådløst sett, nordisk")]))

    # e14 Quebec municipality, French
    body = """Bonjour,

Veuillez trouver ci-dessous notre bon de commande no BC-26-0341 daté du 2 décembre 2026.

- 10 claviers Logitech K120 français canadien — 13,50 $ ch.
- 10 souris filaires Logitech M90 — 8,25 $ ch.
- 2 onduleurs APC Back-UPS 700VA — 129,00 $ ch.
- 4 câbles DisplayPort 2 m — 7,95 $ ch.

Livraison : Garage municipal, 45 chemin du Lac-Vert, Sainte-Adèle-du-Lac (Québec) J0T 1N0, avant le 18 décembre 2026.

Merci,

Julie Tremblay
Service des finances
Municipalité de Sainte-Adèle-du-Lac
120, rue Principale, Sainte-Adèle-du-Lac (Québec) J0T 1N0
"""
    write("e14_steadele_fr.eml", eml(
        "Julie Tremblay <finances@steadeledulac.qc.ca>", SELLER_US,
        "Bon de commande BC-26-0341", "Wed, 02 Dec 2026 16:20:00 -0500", body),
        PO("Municipalité de Sainte-Adèle-du-Lac", "BC-26-0341", "2026-12-02", "2026-12-18", "CAD",
           S("Garage municipal", "45 chemin du Lac-Vert", "Sainte-Adèle-du-Lac", "J0T 1N0", "CA", "QC"),
           [Ln("BW-KB-K120-FRCA", 10, "EA", 13.50, "claviers Logitech K120 français canadien"),
            Ln("BW-MS-M90", 10, "EA", 8.25, "souris filaires Logitech M90"),
            Ln("BW-UP-BX700UI", 2, "EA", 129.00, "onduleurs APC Back-UPS 700VA"),
            Ln("BW-CA-DP-2M", 4, "EA", 7.95, "câbles DisplayPort 2 m")]))

    # e15 US school district, US dates
    body = """Good afternoon,

Please process PO# MR-27-00318 dated 12/03/2026.

Qty 30 - Acer Chromebook 311 (education, 4GB/64GB) - $249.00 ea
Qty 30 - Logitech H390 USB headset - $27.50 ea
Qty 3  - APC Back-UPS 1600VA - $215.00 ea

Ship to:
Maple Ridge Middle School
Attn: Tech Office, Rm 114
455 Schoolhouse Rd
Maple Ridge, OH 43062

Need by 12/18/2026. Bill to the district office per the PO.

Thank you,
Dana Whitfield
Purchasing Coordinator
Maple Ridge Local School District
1200 Orchard Avenue, Maple Ridge, OH 43062
(614) 555-0142
"""
    write("e15_mapleridge_us_dates.eml", eml(
        "Dana Whitfield <dwhitfield@mapleridge.k12.oh.us>", SELLER_US,
        "PO MR-27-00318", "Thu, 03 Dec 2026 13:55:10 -0500", body),
        PO("Maple Ridge Local School District", "MR-27-00318", "2026-12-03", "2026-12-18", "USD",
           S("Maple Ridge Middle School", "455 Schoolhouse Rd", "Maple Ridge", "43062", "US", "OH"),
           [Ln("BW-LT-CB-311", 30, "EA", 249.00, "Acer Chromebook 311 (education, 4GB/64GB)"),
            Ln("BW-HS-LG-H390", 30, "EA", 27.50, "Logitech H390 USB headset"),
            Ln("BW-UP-BX1600MI", 3, "EA", 215.00, "APC Back-UPS 1600VA")]))

    # e16 US law firm terse, packs
    body = """Hi - please send 2 packs of 10 of the 1m blue Cat6 patch cables and 4 x 3m USB printer cables. Our PO 55120.

Mike
--
Michael Donnelly | IT Coordinator
Carter & Wells LLP
75 State Street, Suite 1400, Boston, MA 02109
"""
    write("e16_carterwells_packs.eml", eml(
        "Michael Donnelly <mdonnelly@carterwells.com>", SELLER_US,
        "patch cables", "Fri, 27 Nov 2026 09:01:00 -0500", body),
        PO("Carter & Wells LLP", "55120", None, None, None,
           S("Carter & Wells LLP", "75 State Street, Suite 1400", "Boston", "02109", "US", "MA"),
           [Ln("BW-CA-C6-1B-10", 2, "PK", None, "1m blue Cat6 patch cables, pack of 10"),
            Ln("BW-CA-AB-3M", 4, "EA", None, "3m USB printer cables")]))

    # e17 Canadian dental, correction reply switching variant
    body = """Sorry Kevin, my mistake - the headsets need to be the USB-C version (Evolve2 30 SE USB-C, Teams), not USB-A. New PCs only have USB-C. Quantity is still 3. Everything else as below.

Thanks,
Rachel

Rachel Kim, Office Manager
Northshore Family Dental
1500 Lonsdale Avenue, North Vancouver, BC V7M 2J1
604-555-0199

On Mon, Nov 30, 2026 at 4:12 PM Rachel Kim <rachel@northshorefamilydental.ca> wrote:
> Hi Kevin,
> Please order for us, PO NFD-2211:
> 3 x Jabra Evolve2 30 SE USB-A Teams headset
> 2 x Crucial 16GB DDR5 laptop RAM (SODIMM)
> 1 x Eaton 5E 1100i UPS
> Thanks!
> Rachel
"""
    write("e17_northshore_correction.eml", eml(
        "Rachel Kim <rachel@northshorefamilydental.ca>", "Kevin Marsh <kevin.marsh@brightwire-na.com>",
        "Re: order", "Tue, 01 Dec 2026 08:40:00 -0800", body),
        PO("Northshore Family Dental", "NFD-2211", None, None, None,
           S("Northshore Family Dental", "1500 Lonsdale Avenue", "North Vancouver", "V7M 2J1", "CA", "BC"),
           [Ln("BW-HS-EV230-CMS", 3, "EA", None, "Jabra Evolve2 30 SE USB-C Teams"),
            Ln("BW-RM-D5S-16", 2, "EA", None, "Crucial 16GB DDR5 laptop RAM (SODIMM)"),
            Ln("BW-UP-EA5E1100", 1, "EA", None, "Eaton 5E 1100i UPS")]))

    # e18 chatty small business, "a couple"
    body = """Morning Dave,

Hope all good. We're finally upgrading the old lappies in the lettings team rather than replacing them (budget, sigh). Could you send over:

6 x 16GB DDR4 laptop memory (sodimm, 3200 - same as the ones you sent in the summer)
a couple of 1TB Samsung SSDs, the normal 2.5" SATA ones not the NVMe
and 1 x 6-way surge extension lead while you're at it

No PO on this one, just invoice us as usual. Can it come by Friday 11th? Cheers

Tom Baines
Kestrel Property Management Ltd
Unit 3, Canal Wharf, 40 Store Street, Manchester M1 2WB
"""
    write("e18_kestrel_couple.eml", eml(
        "Tom Baines <tom@kestrelpm.co.uk>", "Dave Lowry <dave@brightwire.co.uk>",
        "memory + SSDs", "Mon, 07 Dec 2026 07:58:00 +0000", body),
        PO("Kestrel Property Management Ltd", None, None, "2026-12-11", None,
           S("Kestrel Property Management Ltd", "Unit 3, Canal Wharf, 40 Store Street", "Manchester", "M1 2WB", "GB"),
           [Ln("BW-RM-D4S-16", 6, "EA", None, "16GB DDR4 laptop memory sodimm 3200"),
            Ln("BW-SS-870-1T", 2, "EA", None, "1TB Samsung SSD 2.5\" SATA"),
            Ln("BW-CA-EXT-6UK", 1, "EA", None, "6-way surge extension lead")]))

    # e19 council official order, depot delivery
    body = """Dear Sir/Madam

OFFICIAL ORDER No. WDC/PO/0098812
Order date: 1 December 2026

Please supply the following in accordance with your quotation BWQ-40117:

Item  Qty  Description                                        Unit £
1     12   Dell Latitude 5440 i5 16GB/512GB                    829.00
2     12   Dell WD19S dock 130W                                189.00
3     24   Dell P2423H 24" monitor                             159.00
4     24   HDMI lead 2m                                          3.90

Deliver to:
Wexcombe District Council - Depot
Unit 4, Riverside Industrial Estate
Wexcombe
Somerset
TA20 2QR

Required delivery date: 21/12/2026. Deliveries accepted Mon-Fri 08:00-15:30 only.

Invoices to: Accounts Payable, Wexcombe District Council, Council Offices, Market Street, Wexcombe TA20 1AB, quoting the order number.

Procurement Team
Wexcombe District Council
"""
    write("e19_wexcombe_official.eml", eml(
        "Procurement <procurement@wexcombe.gov.uk>", SELLER_UK,
        "Official Order WDC/PO/0098812", "Tue, 01 Dec 2026 11:11:11 +0000", body),
        PO("Wexcombe District Council", "WDC/PO/0098812", "2026-12-01", "2026-12-21", "GBP",
           S("Wexcombe District Council - Depot", "Unit 4, Riverside Industrial Estate", "Wexcombe", "TA20 2QR", "GB", "Somerset"),
           [Ln("BW-LT-5440-I5", 12, "EA", 829.00, "Dell Latitude 5440 i5 16GB/512GB"),
            Ln("BW-DK-WD19S-130", 12, "EA", 189.00, "Dell WD19S dock 130W"),
            Ln("BW-MO-P2423H", 24, "EA", 159.00, "Dell P2423H 24\" monitor"),
            Ln("BW-CA-HDMI-2M", 24, "EA", 3.90, "HDMI lead 2m")]))

    # e20 Irish solicitors, bullets with EUR prices, written date
    body = """Hi Ciara,

Order below as discussed on the phone. Order dated 3rd December 2026, our ref BK-7702.

* 2 x HP EliteBook 840 G10 (i5, 16GB, 512GB) - EUR 1,149.00 each
* 2 x HP USB-C Dock G5 - EUR 199.00 each
* 2 x HP E24 G5 monitor - EUR 175.00 each
* 1 x APC Back-UPS 700VA BX700UI - EUR 105.00

Please deliver to our Dún Laoghaire office:
Byrne Kavanagh Solicitors
2 Marine Road
Dún Laoghaire
Co. Dublin
A96 K2X3

Thanks a million,
Sorcha Byrne
Byrne Kavanagh Solicitors
41 Fitzwilliam Square, Dublin 2, D02 YX88
"""
    write("e20_byrnekavanagh_eur.eml", eml(
        "Sorcha Byrne <sorcha@byrnekavanagh.ie>", "Ciara Walsh <ciara@brightwire.ie>",
        "Order BK-7702", "Thu, 03 Dec 2026 17:05:00 +0000", body),
        PO("Byrne Kavanagh Solicitors", "BK-7702", "2026-12-03", None, "EUR",
           S("Byrne Kavanagh Solicitors", "2 Marine Road", "Dún Laoghaire", "A96 K2X3", "IE", "Co. Dublin"),
           [Ln("BW-LT-840G10-I5", 2, "EA", 1149.00, "HP EliteBook 840 G10 (i5, 16GB, 512GB)"),
            Ln("BW-DK-HP-G5", 2, "EA", 199.00, "HP USB-C Dock G5"),
            Ln("BW-MO-HP-E24G5", 2, "EA", 175.00, "HP E24 G5 monitor"),
            Ln("BW-UP-BX700UI", 1, "EA", 105.00, "APC Back-UPS 700VA BX700UI")]))

    # e21 unknown sender from gmail, multipack not XL
    body = """hi, could i order 2 of the ink multipacks for our epson et-2810 please, the normal 603 ones not the XL (they're too dear). and 1 usb printer cable, 2 metre.

thanks
Sarah Quinn
Bright Start Nursery
3 Mill Lane, Heaton Mersey, Stockport SK4 3AA
"""
    write("e21_brightstart_unknown.eml", eml(
        "Sarah Quinn <brightstartnursery.stockport@gmail.com>", SELLER_UK,
        "ink", "Fri, 04 Dec 2026 19:30:00 +0000", body),
        PO("Bright Start Nursery", None, None, None, None,
           S("Bright Start Nursery", "3 Mill Lane", "Stockport", "SK4 3AA", "GB"),
           [Ln("BW-IN-EP603MP", 2, "PK", None, "Epson 603 ink multipack"),
            Ln("BW-CA-AB-2M", 1, "EA", None, "usb printer cable, 2 metre")]))
