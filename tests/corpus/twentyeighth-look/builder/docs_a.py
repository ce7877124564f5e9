from lib import eml, E, L, S, omit

def build():
    # 01
    eml("e01_harrow_terse_nyloc.eml", "Dave Pickering <d.pickering@harrowprecision.co.uk>", "nylocs",
        "Mon, 30 Nov 2026 07:12:44 +0000",
        """need 200 off M10 nyloc A2 asap, and a box of M10 A2 washers to go with them.
PO 18832

Dave
Sent from my iPhone
""",
        E("Harrow Precision Engineering Ltd", "18832", None, None, None, None, [
            L("NL985-M10-A2", 200, "EA", desc="M10 nyloc A2"),
            L("FW125-M10-A2", 1, "BX", desc="M10 A2 washers"),
        ]), "GB shop-floor one-liner, quantity in pieces ('200 off'), no ship-to")

    # 02
    eml("e02_northgate_bullets_site.eml", "Sarah Whitlock <sarah.whitlock@northgatefm.co.uk>",
        "Order - St James's estates - PO NFM-PO-55102", "Tue, 1 Dec 2026 09:40:02 +0000",
        """Morning,

Please can you supply the following against PO NFM-PO-55102:

  * 3 x boxes M8 x 30 hex set screws, zinc
  * 3 x boxes M8 full nuts zinc
  * 6 x boxes M8 form A washers zinc
  * 12 x WD40 400ml
  * 2 x boxes disposable nitrile gloves - LARGE

Needed on site by Friday 11th December please. Deliver to:

Northgate FM c/o St James's Hospital Estates Dept
Beckett Street
Leeds
LS9 7TF

NOT to our head office.

Many thanks
Sarah Whitlock
Procurement Coordinator
Northgate Facilities Management
Northgate House, 22 Wellington Street, Leeds LS1 4DL
T: 0113 496 0221
""",
        E("Northgate Facilities Management", "NFM-PO-55102", None, "2026-12-11", None,
          S("Northgate FM c/o St James's Hospital Estates Dept", "Beckett Street", "Leeds", None, "LS9 7TF", "GB"), [
            L("HS933-08030-ZP", 3, "BX", desc="M8 x 30 hex set screws, zinc"),
            L("HN934-M8-ZP", 3, "BX", desc="M8 full nuts zinc"),
            L("FW125-M8-ZP", 6, "BX", desc="M8 form A washers zinc"),
            L("LB-WD40-400", 12, "EA", desc="WD40 400ml"),
            L("GL-DISP-L", 2, "BX", desc="disposable nitrile gloves - LARGE"),
        ]), "GB bullet list, delivery site differs from signature address, weekday+date")

    # 03
    eml("e03_midwest_formal_unc.eml", "Karen Oyelaran <koyelaran@midwestconveyor.com>",
        "Purchase Order 4500087321", "Mon, 30 Nov 2026 15:02:11 -0500",
        """Hello Boltway,

Please accept the following purchase order.

PO Number: 4500087321
PO Date: 11/30/2026
Need By: 12/14/2026
Terms: Net 30

Line  Your Item        Description                          Qty    UOM   Unit Price
1     UNC5 1420 100    1/4-20 x 1 HHCS Gr5 ZP               10     BX    $10.45
2     UNCN-1420-ZP     1/4-20 finished hex nut ZP           10     BX    $4.95
3     SAEW 14 ZP       1/4 SAE flat washer ZP               20     BX    $2.70
4     UNC5-5618-125    5/16-18 x 1-1/4 HHCS Gr5 ZP          6      BX    $16.10

Ship To:
Midwest Conveyor Systems Inc.
4120 Industrial Pkwy - Dock 3
Dayton, OH 45414

Please send order acknowledgement with ship date.

Regards,
Karen Oyelaran
Buyer II | Midwest Conveyor Systems Inc.
(937) 555-0148
""",
        E("Midwest Conveyor Systems Inc.", "4500087321", "2026-11-30", "2026-12-14", "USD",
          S("Midwest Conveyor Systems Inc.", "4120 Industrial Pkwy", "Dayton", "OH", "45414", "US"), [
            L("UNC5-1420-100", 10, "BX", 10.45, desc="1/4-20 x 1 HHCS Gr5 ZP"),
            L("UNCN-1420-ZP", 10, "BX", 4.95, desc="1/4-20 finished hex nut ZP"),
            L("SAEW-14-ZP", 20, "BX", 2.70, desc="1/4 SAE flat washer ZP"),
            L("UNC5-5618-125", 6, "BX", 16.10, desc="5/16-18 x 1-1/4 HHCS Gr5 ZP"),
        ]), "US formal email PO, plain-text table, seller SKUs written without dashes, USD")

    # 04
    eml("e04_kessler_bestellung.eml", "Jürgen Albrecht <j.albrecht@kessler-anlagenbau.de>",
        "Bestellung 2026-4471", "Tue, 1 Dec 2026 10:15:00 +0100",
        """Sehr geehrte Damen und Herren,

hiermit bestellen wir zu den bekannten Konditionen:

Bestellnummer: 2026-4471
Bestelldatum: 01.12.2026
Liefertermin: 15.12.2026

Pos. 10   5 Pak.   Sechskantschrauben DIN 933 M12x50 8.8 verzinkt
Pos. 20   5 Pak.   Sechskantmuttern DIN 934 M12 verz.
Pos. 30   10 Pak.  Scheiben DIN 125 A M12 verzinkt
Pos. 40   20 Stk.  Gewindestange DIN 976 M12 verzinkt, 1 m
Pos. 50   2 Pak.   Trennscheiben 125 x 1,0 Inox

Lieferanschrift:
Kessler Anlagenbau GmbH
Wareneingang Tor 2
Industriestraße 14
73037 Göppingen

Bitte senden Sie uns eine Auftragsbestätigung.

Mit freundlichen Grüßen
Jürgen Albrecht
Einkauf
Kessler Anlagenbau GmbH
""",
        E("Kessler Anlagenbau GmbH", "2026-4471", "2026-12-01", "2026-12-15", None,
          S("Kessler Anlagenbau GmbH", "Industriestraße 14", "Göppingen", None, "73037", "DE"), [
            L("HS933-12050-ZP", 5, "BX", desc="Sechskantschrauben DIN 933 M12x50 8.8 verzinkt"),
            L("HN934-M12-ZP", 5, "BX", desc="Sechskantmuttern DIN 934 M12 verz."),
            L("FW125-M12-ZP", 10, "BX", desc="Scheiben DIN 125 A M12 verzinkt"),
            L("TR976-M12-1M-ZP", 20, "EA", desc="Gewindestange DIN 976 M12 verzinkt, 1 m"),
            L("CD-125-10-INOX", 2, "BX", desc="Trennscheiben 125 x 1,0 Inox"),
        ]), "German formal email order, Pos. numbering, no prices")

    # 05
    eml("e05_wisla_zamowienie.eml", "Agnieszka Kowalczyk <a.kowalczyk@zm-wisla.pl>",
        "Zamówienie ZM/1207/2026", "Mon, 7 Dec 2026 08:05:31 +0100",
        """Dzień dobry,

przesyłam zamówienie nr ZM/1207/2026 z dnia 07.12.2026.

1. Śruba DIN 931 M16x100 kl. 10.9 czarna – 4 op. – 118,00 zł/op.
2. Nakrętka DIN 934 M16 ocynk – 8 op. – 26,50 zł/op.
3. Wiertło HSS-Co 8,5 mm (op. 10 szt.) – 2 op. – 99,00 zł/op.
4. Rękawice powlekane nitrylem rozm. 10 – 60 par – 5,40 zł/para

Termin dostawy: do 18.12.2026
Adres dostawy: Zakłady Mechaniczne Wisła Sp. z o.o., ul. Przemysłowa 8, 43-460 Wisła

Proszę o potwierdzenie przyjęcia zamówienia.

Pozdrawiam
Agnieszka Kowalczyk
Dział Zaopatrzenia
""",
        E("Zakłady Mechaniczne Wisła Sp. z o.o.", "ZM/1207/2026", "2026-12-07", "2026-12-18", "PLN",
          S("Zakłady Mechaniczne Wisła Sp. z o.o.", "ul. Przemysłowa 8", "Wisła", None, "43-460", "PL"), [
            L("HB931-16100-109", 4, "BX", 118.00, desc="Śruba DIN 931 M16x100 kl. 10.9 czarna"),
            L("HN934-M16-ZP", 8, "BX", 26.50, desc="Nakrętka DIN 934 M16 ocynk"),
            L("DB-HSCO-85", 2, "PK", 99.00, desc="Wiertło HSS-Co 8,5 mm (op. 10 szt.)"),
            L("GL-NIT-10", 60, "PR", 5.40, desc="Rękawice powlekane nitrylem rozm. 10"),
        ]), "Polish order with PLN prices, day-first dates")

    # 06
    eml("e06_pennine_correction_reply.eml", "Gaz Holroyd <gary.holroyd@penninesteel.co.uk>",
        "RE: Anchors for Kirkgate - PO PSE 2291", "Wed, 2 Dec 2026 13:27:09 +0000",
        """Sorry mate, make that 6 boxes of the M12 anchors not 4. Everything else same.

Gaz

-----Original Message-----
From: Gaz Holroyd <gary.holroyd@penninesteel.co.uk>
Sent: 02 December 2026 11:02
To: sales@boltway-supply.com
Subject: Anchors for Kirkgate - PO PSE 2291

Hi all,

PO PSE 2291 for the Kirkgate job please:

4 boxes M12 x 110 through bolts (wedge anchors) zinc
24 x vinylester resin 300ml
3 packs mixer nozzles
4 x SDS 12mm x 260

Site address: Kirkgate Phase 2, 140 Kirkgate, Wakefield WF1 1UA
Need it Tuesday 15th latest, crane's booked.

Cheers
Gary Holroyd
Site Supervisor, Pennine Steel Erectors Ltd
""",
        E("Pennine Steel Erectors Ltd", "PSE 2291", None, "2026-12-15", None,
          S("Kirkgate Phase 2", "140 Kirkgate", "Wakefield", None, "WF1 1UA", "GB"), [
            L("WA-M12X110-ZP", 6, "BX", desc="M12 x 110 through bolts (wedge anchors) zinc"),
            L("CR-VE-300", 24, "EA", desc="vinylester resin 300ml"),
            L("CR-NOZ-10", 3, "PK", desc="mixer nozzles"),
            L("SDS-12X260", 4, "EA", desc="SDS 12mm x 260"),
        ]), "GB reply with correction on top of quoted original order (4 -> 6)")

    # 07
    eml("e07_lonestar_terse.eml", "Ray Dominguez <ray@lonestarfab.com>", "order",
        "Tue, 1 Dec 2026 06:48:00 -0600",
        """hey guys need 5 boxes of 3/8-16 x 1-1/2 grade 8, 5 boxes 3/8 nylocks and 5 boxes 3/8 SAE washers. PO# LSF-11930

thx
Ray
""",
        E("Lone Star Fabrication LLC", "LSF-11930", None, None, None, None, [
            L("UNC8-3816-150", 5, "BX", desc="3/8-16 x 1-1/2 grade 8"),
            L("UNCNL-3816-ZP", 5, "BX", desc="3/8 nylocks"),
            L("SAEW-38-ZP", 5, "BX", desc="3/8 SAE washers"),
        ]), "US terse one-paragraph order, imperial, grade 5 vs 8 near-duplicate")

    # 08
    eml("e08_usinage_beauce_fr.eml", "Mélanie Poulin <achats@usinagebeauce.qc.ca>",
        "Commande BC-88412", "Thu, 3 Dec 2026 10:31:00 -0500",
        """Bonjour,

Veuillez nous faire parvenir le matériel suivant :

- 4 boîtes de vis à tête hexagonale 5/16-18 x 1 po, grade 5, zinguées
- 4 boîtes d'écrous hexagonaux 5/16-18
- 4 boîtes de rondelles plates SAE 5/16
- 1 douzaine d'aérosols WD-40 400 ml

Notre bon de commande : BC-88412
Livraison souhaitée le 16 décembre 2026.

Adresse de livraison :
Usinage Beauce Inc.
1250, boul. Dionne
Saint-Georges (Québec) G5Y 3X1

Merci et bonne journée,
Mélanie Poulin
Approvisionnement
""",
        E("Usinage Beauce Inc.", "BC-88412", None, "2026-12-16", None,
          S("Usinage Beauce Inc.", "1250, boul. Dionne", "Saint-Georges", "QC", "G5Y 3X1", "CA"), [
            L("UNC5-5618-100", 4, "BX", desc="vis à tête hexagonale 5/16-18 x 1 po, grade 5, zinguées"),
            L("UNCN-5618-ZP", 4, "BX", desc="écrous hexagonaux 5/16-18"),
            L("SAEW-516-ZP", 4, "BX", desc="rondelles plates SAE 5/16"),
            L("LB-WD40-400", 1, "DZ", desc="aérosols WD-40 400 ml"),
        ]), "French (Quebec) order from a buyer NOT in customers.csv, 'une douzaine'")

    # 09
    eml("e09_norrland_bestallning.eml", "Erik Lindqvist <erik.lindqvist@norrlandverkstad.se>",
        "Beställning 45821", "Wed, 2 Dec 2026 14:10:00 +0100",
        """Hej!

Vi beställer följande enligt ert sortiment, vår ordernr 45821:

10 kartonger Blindnit 4,8x12 alu/stål (500 st/kartong)
2 kartonger Blindnit rostfri 4,8x12
6 st Kopparpasta 500 g
3 fp Borr HSS-G 4,2 mm

Leverans senast 2026-12-18.

Leveransadress:
Norrland Verkstad AB
Godsmottagning
Verkstadsvägen 3
903 61 Umeå

Med vänlig hälsning
Erik Lindqvist
Inköp, Norrland Verkstad AB
""",
        E("Norrland Verkstad AB", "45821", None, "2026-12-18", None,
          S("Norrland Verkstad AB", "Verkstadsvägen 3", "Umeå", None, "90361", "SE"), [
            L("BR-AS-4812-500", 10, "BX", desc="Blindnit 4,8x12 alu/stål (500 st/kartong)"),
            L("BR-SS-4812-250", 2, "BX", desc="Blindnit rostfri 4,8x12"),
            L("LB-CU-500", 6, "EA", desc="Kopparpasta 500 g"),
            L("DB-HSSG-42", 3, "PK", desc="Borr HSS-G 4,2 mm"),
        ]), "Swedish order, rivet box 500 vs 1000 near-duplicate, ISO date")

    # 10
    eml("e10_moravska_objednavka.eml", "Petr Dvořák <dvorak@moravska-strojirna.cz>",
        "Objednávka OBJ-2026-0912", "Thu, 3 Dec 2026 09:22:00 +0100",
        """Dobrý den,

objednáváme u Vás následující zboží:

Objednávka č. OBJ-2026-0912 ze dne 3. 12. 2026

1) Šroub DIN 933 M10x30 nerez A4 – 3 bal.
2) Matice samojistná DIN 985 M10 A4 – 3 bal.
3) Podložka DIN 125 M10 nerez A2 – 3 bal.
4) Kotva průvleková M10x95 nerez A4 – 1 bal.

Požadovaný termín dodání: 14.12.2026
Dodací adresa: Moravská strojírna s.r.o., Průmyslová 1120, 779 00 Olomouc

S pozdravem
Petr Dvořák
nákup
""",
        E("Moravská strojírna s.r.o.", "OBJ-2026-0912", "2026-12-03", "2026-12-14", None,
          S("Moravská strojírna s.r.o.", "Průmyslová 1120", "Olomouc", None, "77900", "CZ"), [
            L("HS933-10030-A4", 3, "BX", desc="Šroub DIN 933 M10x30 nerez A4"),
            L("NL985-M10-A4", 3, "BX", desc="Matice samojistná DIN 985 M10 A4"),
            L("FW125-M10-A2", 3, "BX", desc="Podložka DIN 125 M10 nerez A2"),
            L("WA-M10X95-A4", 1, "BX", desc="Kotva průvleková M10x95 nerez A4"),
        ]), "Czech order, A2 vs A4 mix, day-first dates with spaces")

    # 11
    eml("e11_omvalle_ordine.eml", "Ufficio Acquisti OM Valle <acquisti@omvalle.it>",
        "Ordine n. 2026/0388", "Wed, 2 Dec 2026 11:45:00 +0100",
        """Spett.le Boltway Industrial Supply,

con la presente Vi trasmettiamo il nostro ordine n. 2026/0388 del 02/12/2026:

- n. 10 conf. viti TCEI DIN 912 M8x25 cl. 12.9 brunite       € 11,90/conf.
- n. 10 conf. viti TCEI DIN 912 M8x30 cl. 12.9 brunite       € 12,80/conf.
- n. 4 conf. viti TSPEI DIN 7991 M8x20 cl. 10.9              € 13,50/conf.
- n. 6 frenafiletti media resistenza 50 ml                    € 15,00 cad.

Consegna entro il 18/12/2026 presso il ns. magazzino:
Officine Meccaniche Brembo Valle S.r.l.
Via dell'Industria 45
24012 Brembilla (BG)

Distinti saluti
Laura Gritti
Ufficio Acquisti
""",
        E("Officine Meccaniche Brembo Valle S.r.l.", "2026/0388", "2026-12-02", "2026-12-18", "EUR",
          S("Officine Meccaniche Brembo Valle S.r.l.", "Via dell'Industria 45", "Brembilla", "BG", "24012", "IT"), [
            L("SC912-08025-129", 10, "BX", 11.90, desc="viti TCEI DIN 912 M8x25 cl. 12.9 brunite"),
            L("SC912-08030-129", 10, "BX", 12.80, desc="viti TCEI DIN 912 M8x30 cl. 12.9 brunite"),
            L("CS7991-8020-109", 4, "BX", 13.50, desc="viti TSPEI DIN 7991 M8x20 cl. 10.9"),
            L("TL-243-50", 6, "EA", 15.00, desc="frenafiletti media resistenza 50 ml"),
        ]), "Italian order with EUR prices, trade abbreviations TCEI/TSPEI")

    # 12
    eml("e12_karoo_chatty.eml", "Johan van der Merwe <johan@karoomm.co.za>",
        "Shutdown spares - KMM-PO-7710", "Thu, 3 Dec 2026 07:55:00 +0200",
        """Morning Boltway team,

Hope you're all well and surviving the heat up there. Our December shutdown at the
plant is coming up fast so I need to get this lot moving. Our order number is KMM-PO-7710.

We'll need 8 boxes of the M16 x 100 hex bolts, 8.8 zinc (the half-thread ones, not the
full-thread), plus 8 boxes of M16 nuts to match. Then 4 boxes of 230mm cutting discs but
the 3mm thick ones please - last time we got 2mm and the boys burnt through them in a day.
Also 6 boxes of 125mm flap discs 40 grit and 48 pairs of cut resistant gloves size 10.

Prices as per your last quote, in rand:
M16x100 bolts R 395.00/box, nuts R 118.00/box, 230x3 discs R 845.00/box,
flap discs R 352.00/box, gloves R 79.00/pair.

Please deliver to our Kempton Park workshop by Friday 18 December:

Karoo Mining Maintenance (Pty) Ltd
12 Steel Road, Spartan
Kempton Park, Gauteng, 1619

Shout if anything's on back order.

Cheers,
Johan van der Merwe
Workshop Manager
""",
        E("Karoo Mining Maintenance (Pty) Ltd", "KMM-PO-7710", None, "2026-12-18", "ZAR",
          S("Karoo Mining Maintenance (Pty) Ltd", "12 Steel Road", "Kempton Park", "Gauteng", "1619", "ZA"), [
            L("HB931-16100-ZP", 8, "BX", 395.00, desc="M16 x 100 hex bolts, 8.8 zinc half-thread"),
            L("HN934-M16-ZP", 8, "BX", 118.00, desc="M16 nuts"),
            L("CD-230-30-MET", 4, "BX", 845.00, desc="230mm cutting discs 3mm"),
            L("FD-125-P40", 6, "BX", 352.00, desc="125mm flap discs 40 grit"),
            L("GL-CUTC-10", 48, "PR", 79.00, desc="cut resistant gloves size 10"),
        ]), "ZA long chatty email, items in prose, prices in a separate paragraph, ZAR")

    # 13
    eml("e13_deccan_formal_inr.eml", "Purchase Dept - DPE <purchase@deccanplant.in>",
        "PO No. DPE/PUR/2026-27/1184", "Sat, 5 Dec 2026 11:20:00 +0530",
        """Dear Sir,

Please find below our Purchase Order. Kindly supply the material at the earliest.

PO No.   : DPE/PUR/2026-27/1184
PO Date  : 05-12-2026

Sr.  Description                                   Qty      Rate (Rs.)
1    Hex Bolt M12x80 DIN 931 Gr. 10.9 (box of 50)  6 Box    1,850.00
2    Hex Nut M12 Zinc plated                       6 Box      430.00
3    Spring Washer M10 zinc                        10 Box     160.00
4    Chemical anchor vinylester 300 ml             20 Nos     760.00

GST 18% extra. Delivery: within 10 days from PO date.
Delivery address: Deccan Plant Engineering Pvt Ltd, Plot 44, MIDC Bhosari,
Pune - 411026, Maharashtra.

Thanks & Regards,
S. R. Kulkarni
Purchase Officer
""",
        omit(E("Deccan Plant Engineering Pvt Ltd", "DPE/PUR/2026-27/1184", "2026-12-05", None, "INR",
          S("Deccan Plant Engineering Pvt Ltd", "Plot 44, MIDC Bhosari", "Pune", "Maharashtra", "411026", "IN"), [
            L("HB931-12080-109", 6, "BX", 1850.00, desc="Hex Bolt M12x80 DIN 931 Gr. 10.9"),
            L("HN934-M12-ZP", 6, "BX", 430.00, desc="Hex Nut M12 Zinc plated"),
            L("SW127-M10-ZP", 10, "BX", 160.00, desc="Spring Washer M10 zinc"),
            L("CR-VE-300", 20, "EA", 760.00, desc="Chemical anchor vinylester 300 ml"),
        ]), "requested_date"), "India formal email PO, INR, day-first dash dates, delivery given only as a period")

    # 14
    eml("e14_fraser_forwarded.eml", "Tanya Gill <purchasing@fvmech.ca>",
        "FW: stuff for Langley job - PO FV-26-7781", "Fri, 4 Dec 2026 08:12:00 -0800",
        """Hi Boltway,

Please supply the below on PO FV-26-7781. Ship direct to the jobsite:

Willoughby Community Centre project
20338 65 Ave
Langley, BC V2Y 2X3

Thanks,
Tanya Gill | Purchasing | Fraser Valley Mechanical Ltd.
2290 Mt Lehman Rd, Abbotsford, BC V4X 2N1

---------- Forwarded message ---------
From: Mike Brandt <mbrandt@fvmech.ca>
Date: Thu, Dec 3, 2026 at 4:51 PM
Subject: stuff for Langley job

Tanya can you order for the hanger install
- 20 lengths M10 all thread, the 3 metre ones
- M10 nuts, 1 big box (500)
- M10 washers also 1 box of 500
- 2 boxes M10 sleeve anchors
thanks
Mike
""",
        E("Fraser Valley Mechanical Ltd", "FV-26-7781", None, None, None,
          S("Willoughby Community Centre project", "20338 65 Ave", "Langley", "BC", "V2Y 2X3", "CA"), [
            L("TR976-M10-3M-ZP", 20, "EA", desc="M10 all thread, 3 metre"),
            L("HN934-M10-ZP-500", 1, "BX", desc="M10 nuts, 1 big box (500)"),
            L("FW125-M10-ZP-500", 1, "BX", desc="M10 washers box of 500"),
            L("SA-M10X80", 2, "BX", desc="M10 sleeve anchors"),
        ]), "CA forwarded email: purchaser's note on top, foreman's list below, jobsite ship-to")

    # 15
    eml("e15_rheinwerk_angebot_reply.eml", "Markus Schäfer <m.schaefer@rheinwerk-ih.de>",
        "AW: Angebot AN-26-1187 Sprays und Handschuhe", "Fri, 4 Dec 2026 12:03:00 +0100",
        """Guten Tag Frau Hughes,

vielen Dank für Ihr Angebot. Wir bestellen daraus wie folgt (ohne PTFE-Spray):

Bestellnummer: RW-B-26-0338
Datum: 04.12.2026

6 Kartons Einweghandschuhe Nitril Gr. XL  à 7,20 EUR
24 Dosen Kriechöl 400 ml                   à 4,10 EUR
12 Dosen Zinkspray 500 ml                  à 7,60 EUR
12 Dosen Silikonspray 400 ml               à 5,10 EUR

Lieferung bitte an: Rheinwerk Instandhaltung GmbH, Hafenstraße 61, 47119 Duisburg

Mit freundlichen Grüßen
Markus Schäfer

> Von: Boltway Sales <sales@boltway-supply.com>
> Gesendet: Donnerstag, 3. Dezember 2026 16:40
> Betreff: Angebot AN-26-1187 Sprays und Handschuhe
>
> Sehr geehrter Herr Schäfer,
> wie besprochen unser Angebot:
> 1. LB-PTFE-400  PTFE Trockenschmierspray 400 ml   24 Stk   6,40 EUR
> 2. GL-DISP-XL   Nitril Einweghandschuhe XL (100)   6 Kart.  7,20 EUR
> 3. LB-PEN-400   Kriechöl 400 ml                   24 Stk   4,10 EUR
> 4. LB-ZINC-500  Zinkspray 500 ml                  12 Stk   7,60 EUR
> 5. LB-SIL-400   Silikonspray 400 ml               12 Stk   5,10 EUR
> Gültig bis 31.12.2026.
> Mit freundlichen Grüßen, Emma Hughes
""",
        E("Rheinwerk Instandhaltung GmbH", "RW-B-26-0338", "2026-12-04", None, "EUR",
          S("Rheinwerk Instandhaltung GmbH", "Hafenstraße 61", "Duisburg", None, "47119", "DE"), [
            L("GL-DISP-XL", 6, "BX", 7.20, desc="Einweghandschuhe Nitril Gr. XL"),
            L("LB-PEN-400", 24, "EA", 4.10, desc="Kriechöl 400 ml"),
            L("LB-ZINC-500", 12, "EA", 7.60, desc="Zinkspray 500 ml"),
            L("LB-SIL-400", 12, "EA", 5.10, desc="Silikonspray 400 ml"),
        ]), "German reply ordering from a quoted seller quote, one quoted item excluded")

    # 16
    eml("e16_svr_erp_export.eml", "Stores SVR <stores@svrengineering.co.uk>",
        "Purchase Order 0000451278", "Wed, 2 Dec 2026 10:00:00 +0000",
        """Please find our order below (pasted from our system as the PDF printer is down).

============================================================================================
SEVERN VALLEY RAIL ENGINEERING                                          PURCHASE ORDER
PO NUMBER: 0000451278          PO DATE: 02/12/26          VENDOR NO: V10233
VENDOR: BOLTWAY INDUSTRIAL SUPPLY
--------------------------------------------------------------------------------------------
LN  ITEM NO      DESCRIPTION                          QTY   UOM   UNIT PRICE      EXTENDED
001 SVR-F-00412  HEX SET M10X40 8.8 BZP                 4   BOX        11.80         47.20
002 SVR-F-00418  HEX NUT M10 CL8 BZP                    4   BOX         3.40         13.60
003 SVR-F-00430  SPRING WASHER M10 BZP                  4   BOX         1.90          7.60
004 SVR-F-00510  STUDDING M10 A2 1MTR                  10   EA          6.40         64.00
005 SVR-C-01102  COPPER GREASE 500G                     2   EA         11.40         22.80
--------------------------------------------------------------------------------------------
                                                               ORDER TOTAL GBP      155.20
REQ DATE: 16/12/26
DELIVER TO: SVR ENGINEERING STORES, COMBERTON HILL, KIDDERMINSTER, DY10 1QX
AUTHORISED: P. MARSH
============================================================================================

Regards
Stores
""",
        E("Severn Valley Rail Engineering", "0000451278", "2026-12-02", "2026-12-16", "GBP",
          S("SVR ENGINEERING STORES", "COMBERTON HILL", "KIDDERMINSTER", None, "DY10 1QX", "GB"), [
            L("HS933-10040-ZP", 4, "BX", 11.80, cp="SVR-F-00412", desc="HEX SET M10X40 8.8 BZP"),
            L("HN934-M10-ZP", 4, "BX", 3.40, cp="SVR-F-00418", desc="HEX NUT M10 CL8 BZP"),
            L("SW127-M10-ZP", 4, "BX", 1.90, cp="SVR-F-00430", desc="SPRING WASHER M10 BZP"),
            L("TR976-M10-1M-A2", 10, "EA", 6.40, cp="SVR-F-00510", desc="STUDDING M10 A2 1MTR"),
            L("LB-CU-500", 2, "EA", 11.40, cp="SVR-C-01102", desc="COPPER GREASE 500G"),
        ]), "GB pasted ERP fixed-column text export, buyer part numbers, dd/mm/yy")

    # 17
    eml("e17_anglian_excel_tabs.eml", "Priya Shah <priya.shah@anglianfoods.co.uk>",
        "Stainless fixings order AFP-077345", "Thu, 3 Dec 2026 14:30:00 +0000",
        "Hi,\n\nOrder below copied from our sheet, PO AFP-077345. All must be stainless (food area).\n"
        "Needed by 14/12/2026.\n\n"
        "Qty\tDescription\tYour code\tPrice £\n"
        "10\tM6x20 hex set A2\tHS933-0620-A2\t7.20\n"
        "6\tM8 nyloc A2\tNL985-M8-A2\t6.80\n"
        "5\tM8 x 25 socket cap A2\tsc912-08025-a2\t15.60\n"
        "8\tM8 washers A2\tFW125-M8-A2\t2.90\n"
        "4\tpenny washers M10 stainless\tPW-M10X30-A2\t9.80\n\n"
        "Deliver to Engineering Stores, Anglian Food Processing plc, Factory Lane, Wisbech PE13 2RW.\n\n"
        "Thanks\nPriya Shah\nEngineering Buyer\n",
        E("Anglian Food Processing plc", "AFP-077345", None, "2026-12-14", "GBP",
          S("Anglian Food Processing plc", "Factory Lane", "Wisbech", None, "PE13 2RW", "GB"), [
            L("HS933-06020-A2", 10, "BX", 7.20, desc="M6x20 hex set A2"),
            L("NL985-M8-A2", 6, "BX", 6.80, desc="M8 nyloc A2"),
            L("SC912-08025-A2", 5, "BX", 15.60, desc="M8 x 25 socket cap A2"),
            L("FW125-M8-A2", 8, "BX", 2.90, desc="M8 washers A2"),
            L("PW-M10X30-A2", 4, "BX", 9.80, desc="penny washers M10 stainless"),
        ]), "GB tab-separated table pasted from Excel, SKUs miswritten (missing digit, lower case)")

    # 18
    eml("e18_baytown_chatty.eml", "Dwayne Hebert <dhebert@baytownrs.com>",
        "Turnaround consumables", "Fri, 4 Dec 2026 09:14:00 -0600",
        """Morning folks,

Hope y'all had a good Thanksgiving. We've got a unit turnaround starting the 21st so I'm
trying to get ahead of it. Can you put this on PO BRS-118204:

two boxes of the 1/2-13 x 2 grade 8 cap screws
a dozen cans of the PTFE dry lube
half a dozen tubes of high strength threadlocker (the green one, not the blue)
1 case of XL disposable nitrile gloves - 10 boxes

Quick question too - do you stock B7 studs? If so send me a price on 7/8 x 6, no rush.

Need the above here by Dec 15. Ship to our Warehouse B:
Baytown Refinery Services Inc
1500 Decker Dr, Warehouse B
Baytown, TX 77520

Thanks!
Dwayne
""",
        E("Baytown Refinery Services Inc", "BRS-118204", None, "2026-12-15", None,
          S("Baytown Refinery Services Inc", "1500 Decker Dr", "Baytown", "TX", "77520", "US"), [
            L("UNC8-1213-200", 2, "BX", desc="1/2-13 x 2 grade 8 cap screws"),
            L("LB-PTFE-400", 12, "EA", desc="PTFE dry lube"),
            L("TL-270-50", 6, "EA", desc="high strength threadlocker (green)"),
            L("GL-DISP-XL", 10, "BX", desc="XL disposable nitrile gloves"),
        ]), "US chatty email, word quantities (two, a dozen, half a dozen), an embedded price question that is not a line")

    # 19
    eml("e19_clyde_typos.eml", "Stevie McAllister <stevie@clydemarine.co.uk>", "stainless bits",
        "Thu, 3 Dec 2026 16:45:00 +0000",
        """Hiya

can we get
4 bxs M8x30 A4 setscrews
4 bxs m8 nylocs stainless (A2 is fine for them)
4 bxs m8 A2 flat washers
6 lenghts M12 studding stainless A2 1m
6 silicone spray

our ref CMS/PO/3318. usual address berth 7 Shieldhall Rd Glasgow G51 4HJ

ta
Stevie
""",
        E("Clyde Marine Services Ltd", "CMS/PO/3318", None, None, None,
          S(None, "berth 7 Shieldhall Rd", "Glasgow", None, "G51 4HJ", "GB"), [
            L("HS933-08030-A4", 4, "BX", desc="M8x30 A4 setscrews"),
            L("NL985-M8-A2", 4, "BX", desc="m8 nylocs stainless (A2)"),
            L("FW125-M8-A2", 4, "BX", desc="m8 A2 flat washers"),
            L("TR976-M12-1M-A2", 6, "EA", desc="M12 studding stainless A2 1m"),
            L("LB-SIL-400", 6, "EA", desc="silicone spray"),
        ]), "GB lower-case typo-laden list, A4 vs A2, 'our ref' as PO")

    # 20
    eml("e20_greatlakes_numbered.eml", "Doug Kowalski <dkowalski@glmillwright.ca>",
        "PO 60512", "Fri, 4 Dec 2026 13:05:00 -0500",
        """Good afternoon,

Order date: December 4, 2026
PO: 60512

1. Socket cap screw M10x30 12.9 - qty 3 bx
2. M10 serrated flange nut - qty 3 bx
3. 6.8mm cobalt jobber drills - 2 pk
4. 8.5mm cobalt jobber drills - 2 pk
5. Soluble cutting oil 5L - x2

Required Dec 17 at our shop:
Great Lakes Millwright Co.
55 Bertrand Ave
Hamilton, ON L8H 4N2

Doug Kowalski
Maintenance Planner
""",
        E("Great Lakes Millwright Co.", "60512", "2026-12-04", "2026-12-17", None,
          S("Great Lakes Millwright Co.", "55 Bertrand Ave", "Hamilton", "ON", "L8H 4N2", "CA"), [
            L("SC912-10030-129", 3, "BX", desc="Socket cap screw M10x30 12.9"),
            L("FN6923-M10-ZP", 3, "BX", desc="M10 serrated flange nut"),
            L("DB-HSCO-68", 2, "PK", desc="6.8mm cobalt jobber drills"),
            L("DB-HSCO-85", 2, "PK", desc="8.5mm cobalt jobber drills"),
            L("LB-CUT-5L", 2, "EA", desc="Soluble cutting oil 5L"),
        ]), "CA numbered list, quantity after description, written-out order date")

    # 21
    eml("e21_meyer_skus_wrong.eml", "Thomas Meyer <t.meyer@htmeyer.de>", "Bestellung 26-1209",
        "Mon, 7 Dec 2026 08:30:00 +0100",
        """Hallo zusammen,

bitte liefern, Bestellnummer 26-1209:

3 x HS933 08035 ZP
1 x hn934-m8-zp-500
2x FW125-M8ZP
5 x SW127-M8-ZP

bis Mittwoch, 16.12. wäre super.

Gruß
Thomas Meyer
Haus der Technik Meyer KG
""",
        E("Haus der Technik Meyer KG", "26-1209", None, "2026-12-16", None, None, [
            L("HS933-08035-ZP", 3, "BX", desc="HS933 08035 ZP"),
            L("HN934-M8-ZP-500", 1, "BX", desc="hn934-m8-zp-500"),
            L("FW125-M8-ZP", 2, "BX", desc="FW125-M8ZP"),
            L("SW127-M8-ZP", 5, "BX", desc="SW127-M8-ZP"),
        ]), "German short order by seller SKU written loosely (spaces, lower case, missing dash), date without year")
