from lib import eml, E, L, S, omit

def build():
    # 22
    eml("e22_stalbud_budowa.eml", "Tomasz Nowicki <t.nowicki@stalbud.com.pl>", "zamówienie na budowę Głogowska",
        "Fri, 4 Dec 2026 07:02:00 +0100",
        """Dzień dobry,

proszę o dostawę na budowę, zamówienie ZS-26/1144:

- kotwa chemiczna poliestrowa 410 ml – 40 szt.
- końcówki mieszające – 5 opak.
- pręt gwintowany M8 ocynk 1 m – 100 szt.
- kołki rozporowe nylonowe 8 mm – 10 opakowań
- kołki ramowe 10x100 – 4 op.

Adres budowy: ul. Głogowska 210, 60-104 Poznań
Termin: 10.12.2026, dostawa do godz. 12:00

Pozdrawiam
Tomasz Nowicki
kierownik robót, Stalbud Montaż Sp. z o.o.
""",
        E("Stalbud Montaż Sp. z o.o.", "ZS-26/1144", None, "2026-12-10", None,
          S(None, "ul. Głogowska 210", "Poznań", None, "60-104", "PL"), [
            L("CR-PE-410", 40, "EA", desc="kotwa chemiczna poliestrowa 410 ml"),
            L("CR-NOZ-10", 5, "PK", desc="końcówki mieszające"),
            L("TR976-M8-1M-ZP", 100, "EA", desc="pręt gwintowany M8 ocynk 1 m"),
            L("NP-8-100", 10, "BX", desc="kołki rozporowe nylonowe 8 mm"),
            L("FF-10X100", 4, "BX", desc="kołki ramowe 10x100"),
        ]), "Polish contractor order to a building site address, dash list")

    # 23
    eml("e23_novak_cz_short.eml", "Jan Novák <novak@kovovyroba-novak.cz>", "objednávka 118/26",
        "Mon, 7 Dec 2026 10:40:00 +0100",
        """Dobrý den,

objednávám 5 krabic vrutů 5x60 (po 200 ks) a 2 krabice vrutů 4x40.
Číslo objednávky 118/26.

Děkuji
Jan Novák
Kovovýroba Novák s.r.o.
""",
        E("Kovovýroba Novák s.r.o.", "118/26", None, None, None, None, [
            L("CB-5060-200", 5, "BX", desc="vruty 5x60 (po 200 ks)"),
            L("CB-4040-200", 2, "BX", desc="vruty 4x40"),
        ]), "Czech two-line order in a sentence, sender NOT in customers.csv")

    # 24
    eml("e24_norrland_andring.eml", "Erik Lindqvist <erik.lindqvist@norrlandverkstad.se>",
        "SV: Beställning 45840", "Mon, 7 Dec 2026 13:15:00 +0100",
        """Hej igen,

en ändring på order 45840: gör det 8 kartonger i stället för 5 av M10-muttrarna.
Resten oförändrat.

/Erik

Från: Erik Lindqvist
Skickat: den 7 december 2026 09:02
Till: sales@boltway-supply.com
Ämne: Beställning 45840

Hej,
beställning 45840:
5 krt HS933-10040-ZP  Sexkantskruv M10x40 8.8 fzb
5 krt HN934-M10-ZP    Mutter M10 fzb
5 krt FW125-M10-ZP    Bricka M10 fzb
Leverans v.51.
Mvh Erik Lindqvist, Norrland Verkstad AB
""",
        omit(E("Norrland Verkstad AB", "45840", None, None, None, None, [
            L("HS933-10040-ZP", 5, "BX", desc="Sexkantskruv M10x40 8.8 fzb"),
            L("HN934-M10-ZP", 8, "BX", desc="Mutter M10 fzb"),
            L("FW125-M10-ZP", 5, "BX", desc="Bricka M10 fzb"),
        ]), "requested_date"), "Swedish change to a quoted earlier order (5 -> 8), delivery as a week number only")

    # 25
    eml("e25_harrow_sku_oneliner.eml", "Dave Pickering <d.pickering@harrowprecision.co.uk>", "PO 18851",
        "Fri, 4 Dec 2026 15:59:00 +0000",
        """Pls send 3 x HS933-08035-ZP and 3 x HS933-08030-ZP. PO 18851. Cheers, Dave
""",
        E("Harrow Precision Engineering Ltd", "18851", None, None, None, None, [
            L("HS933-08035-ZP", 3, "BX", desc="HS933-08035-ZP"),
            L("HS933-08030-ZP", 3, "BX", desc="HS933-08030-ZP"),
        ]), "GB one-liner by exact SKU, M8x35 vs M8x30 near-duplicates")

    # 26
    eml("e26_northgate_words.eml", "Sarah Whitlock <sarah.whitlock@northgatefm.co.uk>",
        "Small order NFM-PO-55140", "Mon, 7 Dec 2026 11:20:00 +0000",
        """Hi there,

Small one for our Leeds office stores please, PO NFM-PO-55140:

two boxes of the 4.8 x 19 self tappers (pan head)
a box of the 4.2 x 13 ones as well
six cans of cold galv zinc spray

Please deliver to our Leeds office, address below.

Thanks
Sarah

Sarah Whitlock
Procurement Coordinator
Northgate Facilities Management
Northgate House
22 Wellington Street
Leeds LS1 4DL
""",
        E("Northgate Facilities Management", "NFM-PO-55140", None, None, None,
          S("Northgate Facilities Management", "22 Wellington Street", "Leeds", None, "LS1 4DL", "GB"), [
            L("ST-PAN-4819", 2, "BX", desc="4.8 x 19 self tappers (pan head)"),
            L("ST-PAN-4213", 1, "BX", desc="4.2 x 13 self tappers"),
            L("LB-ZINC-500", 6, "EA", desc="cold galv zinc spray"),
        ]), "GB word quantities, ship-to only in the signature (explicitly referenced)")

    # 27
    eml("e27_lonestar_quote_accept.eml", "Ray Dominguez <ray@lonestarfab.com>",
        "RE: Quote Q-26-5531", "Thu, 3 Dec 2026 11:22:00 -0600",
        """Go ahead with items 1 and 3 only, qty as quoted. Skip the grade 8 for now.
PO LSF-11987.

Ray

On Wed, Dec 2, 2026 at 3:10 PM Boltway Sales <sales@boltway-supply.com> wrote:
> Hi Ray, as requested:
> 1. UNC5-3816-150  3/8-16 x 1-1/2 HHCS Gr5 zinc (50)     20 bx   $13.40/bx
> 2. UNC8-3816-150  3/8-16 x 1-1/2 HHCS Gr8 yellow (50)   10 bx   $19.60/bx
> 3. UNCN-3816-ZP   3/8-16 finished hex nut zinc (100)    20 bx   $7.60/bx
> Prices in USD, valid 30 days.
> Thanks, Boltway Sales
""",
        E("Lone Star Fabrication LLC", "LSF-11987", None, None, "USD", None, [
            L("UNC5-3816-150", 20, "BX", 13.40, desc="3/8-16 x 1-1/2 HHCS Gr5 zinc (50)"),
            L("UNCN-3816-ZP", 20, "BX", 7.60, desc="3/8-16 finished hex nut zinc (100)"),
        ]), "US reply accepting items 1 and 3 of a quoted seller quote (item 2 excluded)")

    # 28
    eml("e28_rossi_it_short.eml", "Marco Rossi <marco@carpenteriarossi.it>", "ordine tasselli",
        "Tue, 1 Dec 2026 17:30:00 +0100",
        """Buongiorno,

vi chiedo di spedire 3 scatole di tasselli in nylon da 6 mm e 2 scatole da 8 mm,
più 10 bombolette di WD40. Rif. ordine 77/B.

Consegna c/o cantiere: Via Milano 12, 25126 Brescia.

Grazie,
Marco Rossi
Carpenteria Rossi Snc - Via Triumplina 88, 25123 Brescia
""",
        E("Carpenteria Rossi Snc", "77/B", None, None, None,
          S(None, "Via Milano 12", "Brescia", None, "25126", "IT"), [
            L("NP-6-100", 3, "BX", desc="tasselli in nylon da 6 mm"),
            L("NP-8-100", 2, "BX", desc="tasselli in nylon da 8 mm"),
            L("LB-WD40-400", 10, "EA", desc="bombolette di WD40"),
        ]), "Italian short prose order, sender NOT in customers.csv, site delivery differs from signature")

    # 29
    eml("e29_tbfab_indian_english.eml", "Rahul Patil <purchase@tbfab.in>", "PO TBF/0932 - abrasives & gloves",
        "Fri, 4 Dec 2026 12:10:00 +0530",
        """Dear Sir,

Kindly supply following material at earliest against our PO no. TBF/0932 dt. 04/12/2026.

1) Cutting wheel 4 inch (115mm) 1mm inox  -- 10 box
2) Flap disc 4 inch 60 grit -- 10 box
3) Flap disc 4" 80 grit -- 5 box
4) Hand gloves nitrile coated size 9 -- 200 pairs

Rates as per your quotation no. BW/Q/2611.
Delivery at our Chakan works: Tata-Bhosle Fabricators, Survey No. 112, Chakan Industrial Area,
Pune - 410501.

Thanking you,
Rahul Patil
Purchase
""",
        E("Tata-Bhosle Fabricators", "TBF/0932", "2026-12-04", None, None,
          S("Tata-Bhosle Fabricators", "Survey No. 112", "Pune", None, "410501", "IN"), [
            L("CD-115-10-INOX", 10, "BX", desc="Cutting wheel 4 inch (115mm) 1mm inox"),
            L("FD-115-P60", 10, "BX", desc="Flap disc 4 inch 60 grit"),
            L("FD-115-P80", 5, "BX", desc="Flap disc 4\" 80 grit"),
            L("GL-NIT-9", 200, "PR", desc="Hand gloves nitrile coated size 9"),
        ]), "Indian English order, 'dt.' date, inch sizes for metric discs, prices by reference only")

    # 30
    eml("e30_midwest_plant2.eml", "Karen Oyelaran <koyelaran@midwestconveyor.com>",
        "PO 4500087555 - ship to Plant 2", "Mon, 7 Dec 2026 09:45:00 -0500",
        """Hi,

PO 4500087555, please ship UPS Ground to our Springfield plant (NOT Dayton):

Midwest Conveyor Systems - Plant 2
2300 Lagonda Ave
Springfield, OH 45503

5/16-18 x 1 HCS gr 5 zinc - 12 bxs
nuts 5/16-18, qty 12 bx
12 bx SAE 5/16 flat washers

Need by 12/18. Pricing per contract.

Karen Oyelaran
Buyer II | Midwest Conveyor Systems Inc.
4120 Industrial Pkwy, Dayton, OH 45414
""",
        E("Midwest Conveyor Systems Inc.", "4500087555", None, "2026-12-18", None,
          S("Midwest Conveyor Systems - Plant 2", "2300 Lagonda Ave", "Springfield", "OH", "45503", "US"), [
            L("UNC5-5618-100", 12, "BX", desc="5/16-18 x 1 HCS gr 5 zinc"),
            L("UNCN-5618-ZP", 12, "BX", desc="nuts 5/16-18"),
            L("SAEW-516-ZP", 12, "BX", desc="SAE 5/16 flat washers"),
        ]), "US order with alternate plant ship-to vs signature address, mixed qty positions, mm/dd without year")

    # 31
    eml("e31_kessler_niete.eml", "Jürgen Albrecht <j.albrecht@kessler-anlagenbau.de>",
        "Bestellung 2026-4502 Blindniete", "Mon, 7 Dec 2026 14:00:00 +0100",
        """Guten Tag,

bitte liefern Sie zu unserer Bestellung 2026-4502:

4 Kartons Blindniete Alu/Stahl 4,8 x 16 (500 Stk.)
4 Kartons Blindniete Alu/Stahl 4,0 x 10 (500 Stk.)
2 Pakete HSS-G Bohrer 5,0 mm

Bitte um Auftragsbestätigung mit Liefertermin.

Mit freundlichen Grüßen
Jürgen Albrecht
Kessler Anlagenbau GmbH, Einkauf
""",
        E("Kessler Anlagenbau GmbH", "2026-4502", None, None, None, None, [
            L("BR-AS-4816-500", 4, "BX", desc="Blindniete Alu/Stahl 4,8 x 16 (500 Stk.)"),
            L("BR-AS-4010-500", 4, "BX", desc="Blindniete Alu/Stahl 4,0 x 10 (500 Stk.)"),
            L("DB-HSSG-50", 2, "PK", desc="HSS-G Bohrer 5,0 mm"),
        ]), "German short order, rivet size near-duplicates, no dates")

    # 32
    eml("e32_karoo_fw_site.eml", "Johan van der Merwe <johan@karoomm.co.za>",
        "FW: from site", "Mon, 7 Dec 2026 06:30:00 +0200",
        """Boltway - please action on our PO KMM-PO-7732 and deliver to:
KMM Sishen site
1 Mine Road
Kathu, Northern Cape, 8446

Johan

-----Forwarded message-----
From: Sipho Dlamini
Sent: Sunday, 06 December 2026 19:12
Subject: from site

Johan we need 10 x SDS 10mm 210 long, 10 x 8mm 160, 2 box M10 wedge anchors zinc. urgent
""",
        E("Karoo Mining Maintenance (Pty) Ltd", "KMM-PO-7732", None, None, None,
          S("KMM Sishen site", "1 Mine Road", "Kathu", "Northern Cape", "8446", "ZA"), [
            L("SDS-10X210", 10, "EA", desc="SDS 10mm 210 long"),
            L("SDS-8X160", 10, "EA", desc="SDS 8mm 160"),
            L("WA-M10X95-ZP", 2, "BX", desc="M10 wedge anchors zinc"),
        ]), "ZA forwarded one-line site request with PO and site address in the forwarding note")

    # 33
    eml("e33_clyde_self_correct.eml", "Stevie McAllister <stevie@clydemarine.co.uk>", "order CMS/PO/3341",
        "Mon, 7 Dec 2026 10:05:00 +0000",
        """Morning

Can I order 2 x box M12x50 A4 set screws, 2 x box M12 A2 washers and 1 x box M12 A2 nuts.
Actually make the nuts 2 boxes as well.

PO CMS/PO/3341

Stevie
Clyde Marine Services Ltd
""",
        E("Clyde Marine Services Ltd", "CMS/PO/3341", None, None, None, None, [
            L("HS933-12050-A4", 2, "BX", desc="M12x50 A4 set screws"),
            L("FW125-M12-A2", 2, "BX", desc="M12 A2 washers"),
            L("HN934-M12-A2", 2, "BX", desc="M12 A2 nuts"),
        ]), "GB inline self-correction within the same email (1 -> 2 boxes)")

    # 34
    eml("e34_rheinwerk_materialnr.eml", "Markus Schäfer <m.schaefer@rheinwerk-ih.de>",
        "Bestellung 4500331020", "Thu, 3 Dec 2026 09:00:00 +0100",
        """Sehr geehrte Damen und Herren,

anbei unsere Bestellung 4500331020 vom 03.12.2026, Liefertermin 17.12.2026.

Materialnr.  Bezeichnung                                 Menge    Preis/ME
100-22871    Zylinderschraube DIN 912 M6x20 12.9         4 Pak    6,40 EUR
100-22872    Zylinderschraube DIN 912 M6x20 A2           2 Pak    9,90 EUR
100-22950    Senkschraube DIN 7991 M6x16 10.9            4 Pak    7,10 EUR
100-23010    Gewindestange DIN 976 M16 8.8 blank, 1 m    10 Stk   7,90 EUR

Lieferadresse: Rheinwerk Instandhaltung GmbH, Lager 3, Hafenstraße 61, 47119 Duisburg

Mit freundlichen Grüßen
Markus Schäfer
Rheinwerk Instandhaltung GmbH
""",
        E("Rheinwerk Instandhaltung GmbH", "4500331020", "2026-12-03", "2026-12-17", "EUR",
          S("Rheinwerk Instandhaltung GmbH", "Hafenstraße 61", "Duisburg", None, "47119", "DE"), [
            L("SC912-06020-129", 4, "BX", 6.40, cp="100-22871", desc="Zylinderschraube DIN 912 M6x20 12.9"),
            L("SC912-06020-A2", 2, "BX", 9.90, cp="100-22872", desc="Zylinderschraube DIN 912 M6x20 A2"),
            L("CS7991-6016-109", 4, "BX", 7.10, cp="100-22950", desc="Senkschraube DIN 7991 M6x16 10.9"),
            L("TR976-M16-1M-88", 10, "EA", 7.90, cp="100-23010", desc="Gewindestange DIN 976 M16 8.8 blank, 1 m"),
        ]), "German order with buyer material numbers and EUR unit prices")

    # 35
    eml("e35_pennine_friday.eml", "Gaz Holroyd <gary.holroyd@penninesteel.co.uk>", "for friday",
        "Mon, 7 Dec 2026 07:20:00 +0000",
        """Morning, for Fri 11th Dec to the yard please (Carr Mill Yard, Halifax Road, Brighouse HD6 2QQ)

2 boxes M12 wedge anchors
5 x 10mm SDS bits 210
half dozen cold galv spray

PO PSE 2302
Gaz
""",
        E("Pennine Steel Erectors Ltd", "PSE 2302", None, "2026-12-11", None,
          S("Carr Mill Yard", "Halifax Road", "Brighouse", None, "HD6 2QQ", "GB"), [
            L("WA-M12X110-ZP", 2, "BX", desc="M12 wedge anchors"),
            L("SDS-10X210", 5, "EA", desc="10mm SDS bits 210"),
            L("LB-ZINC-500", 6, "EA", desc="cold galv spray"),
        ]), "GB terse order with inline yard address and 'half dozen'")

    # 36
    eml("e36_fraser_mixed.eml", "Tanya Gill <purchasing@fvmech.ca>", "PO FV-26-7802",
        "Mon, 7 Dec 2026 10:10:00 -0800",
        """Hi,

PO FV-26-7802, please ship to our Abbotsford shop (address in signature).
Order date Dec 7/26.

(2) bx 1/4-20 x 1-1/2 hex cap gr5
(2) bx 1/4-20 nylon lock nuts
(4) bx 1/4 SAE washers
(1) bx M8 x 65 sleeve anchors
(3) tubes blue threadlocker 50ml

Thanks,
Tanya Gill | Purchasing | Fraser Valley Mechanical Ltd.
2290 Mt Lehman Rd, Abbotsford, BC V4X 2N1
""",
        E("Fraser Valley Mechanical Ltd", "FV-26-7802", "2026-12-07", None, None,
          S("Fraser Valley Mechanical Ltd.", "2290 Mt Lehman Rd", "Abbotsford", "BC", "V4X 2N1", "CA"), [
            L("UNC5-1420-150", 2, "BX", desc="1/4-20 x 1-1/2 hex cap gr5"),
            L("UNCNL-1420-ZP", 2, "BX", desc="1/4-20 nylon lock nuts"),
            L("SAEW-14-ZP", 4, "BX", desc="1/4 SAE washers"),
            L("SA-M8X65", 1, "BX", desc="M8 x 65 sleeve anchors"),
            L("TL-243-50", 3, "EA", desc="blue threadlocker 50ml"),
        ]), "CA quantities in parentheses, 1/4-20 x 1 vs 1-1/2 near-duplicate, Dec 7/26 date")

    # 37
    eml("e37_deccan_reply_table.eml", "Purchase Dept - DPE <purchase@deccanplant.in>",
        "Re: Revised PO DPE/PUR/2026-27/1191", "Mon, 7 Dec 2026 10:00:00 +0530",
        """Dear Sir,

Please note REVISED PO (Rev. 1) - supersedes earlier mail. Qty of item 2 revised from 5 to 8 box.

PO No.: DPE/PUR/2026-27/1191 Rev.1    Date: 07.12.2026
Required at site on: 21.12.2026

Sr | Item                                  | Qty    | Rate (INR)
1  | Drill bit HSS 10.2 mm (pkt of 10)     | 3 pkt  | 1,480.00
2  | Drill bit HSS 8.5 mm (pkt of 10)      | 8 pkt  | 1,030.00
3  | Drill bit HSS 6.8 mm (pkt of 10)      | 4 pkt  | 715.00
4  | Cutting oil soluble 5 ltr             | 2 can  | 1,820.00

Delivery: Deccan Plant Engineering Pvt Ltd, Plot 44, MIDC Bhosari, Pune - 411026, Maharashtra.

Regards,
S. R. Kulkarni
""",
        E("Deccan Plant Engineering Pvt Ltd", "DPE/PUR/2026-27/1191", "2026-12-07", "2026-12-21", "INR",
          S("Deccan Plant Engineering Pvt Ltd", "Plot 44, MIDC Bhosari", "Pune", "Maharashtra", "411026", "IN"), [
            L("DB-HSSG-102", 3, "PK", 1480.00, desc="Drill bit HSS 10.2 mm (pkt of 10)"),
            L("DB-HSSG-85", 8, "PK", 1030.00, desc="Drill bit HSS 8.5 mm (pkt of 10)"),
            L("DB-HSSG-68", 4, "PK", 715.00, desc="Drill bit HSS 6.8 mm (pkt of 10)"),
            L("LB-CUT-5L", 2, "EA", 1820.00, desc="Cutting oil soluble 5 ltr"),
        ]), "India revised PO with pipe table, HSS-G vs HSS-Co near-duplicate (plain HSS meant)")

    # 38
    eml("e38_omvalle_guanti.eml", "Laura Gritti <acquisti@omvalle.it>", "ordine 2026/0401 DPI",
        "Mon, 7 Dec 2026 09:10:00 +0100",
        """Buongiorno,

ordine n. 2026/0401 del 7 dicembre 2026:

guanti nitrile taglia 9 - 120 paia
guanti nitrile taglia 10 - 60 paia
guanti monouso nitrile taglia M - 10 scatole
guanti antitaglio livello C taglia 9 - 24 paia

Consegna: prima possibile, comunque entro venerdì 11 dicembre.

Cordiali saluti
Laura Gritti
Officine Meccaniche Brembo Valle S.r.l.
""",
        E("Officine Meccaniche Brembo Valle S.r.l.", "2026/0401", "2026-12-07", "2026-12-11", None, None, [
            L("GL-NIT-9", 120, "PR", desc="guanti nitrile taglia 9"),
            L("GL-NIT-10", 60, "PR", desc="guanti nitrile taglia 10"),
            L("GL-DISP-M", 10, "BX", desc="guanti monouso nitrile taglia M"),
            L("GL-CUTC-9", 24, "PR", desc="guanti antitaglio livello C taglia 9"),
        ]), "Italian PPE order, glove size near-duplicates, written date")

    # 39
    eml("e39_baytown_sku_lower.eml", "Purchasing <purchasing@baytownrs.com>", "PO BRS-118230",
        "Mon, 7 Dec 2026 08:00:00 -0600",
        """Boltway,

Please enter PO BRS-118230 dated 12/07/2026, ship by 12/11/2026.

qty 6   unc8-3816-150    $15.80
qty 6   uncnl3816zp      $8.70
qty 10  saew-38-zp       $3.30

Ship to: Baytown Refinery Services Inc, 1500 Decker Dr, Baytown, TX 77520

Purchasing Dept.
Baytown Refinery Services
""",
        E("Baytown Refinery Services Inc", "BRS-118230", "2026-12-07", "2026-12-11", "USD",
          S("Baytown Refinery Services Inc", "1500 Decker Dr", "Baytown", "TX", "77520", "US"), [
            L("UNC8-3816-150", 6, "BX", 15.80, desc="unc8-3816-150"),
            L("UNCNL-3816-ZP", 6, "BX", 8.70, desc="uncnl3816zp"),
            L("SAEW-38-ZP", 10, "BX", 3.30, desc="saew-38-zp"),
        ]), "US order by lower-case SKUs (one with dashes dropped), US dates")

    # 40
    eml("e40_wisla_korekta.eml", "Agnieszka Kowalczyk <a.kowalczyk@zm-wisla.pl>",
        "Zamówienie ZM/1215/2026", "Mon, 7 Dec 2026 12:30:00 +0100",
        """Dzień dobry,

zamówienie nr ZM/1215/2026:

1) Podkładka DIN 125 M12 ocynk – 10 op.
2) Podkładka DIN 125 M10 ocynk – 10 op. (po 100 szt.)
3) Śruba DIN 933 M10x40 8.8 ocynk – 6 op.
4) Śruba DIN 933 M10x30 10.9 – 6 op.

Korekta: poz. 3 proszę zmienić na 8 op.

Termin: 15 grudnia 2026 r.

Pozdrawiam
Agnieszka Kowalczyk
Zakłady Mechaniczne Wisła Sp. z o.o.
""",
        E("Zakłady Mechaniczne Wisła Sp. z o.o.", "ZM/1215/2026", None, "2026-12-15", None, None, [
            L("FW125-M12-ZP", 10, "BX", desc="Podkładka DIN 125 M12 ocynk"),
            L("FW125-M10-ZP", 10, "BX", desc="Podkładka DIN 125 M10 ocynk (po 100 szt.)"),
            L("HS933-10040-ZP", 8, "BX", desc="Śruba DIN 933 M10x40 8.8 ocynk"),
            L("HS933-10030-109", 6, "BX", desc="Śruba DIN 933 M10x30 10.9"),
        ]), "Polish order with a correction note changing line 3 (6 -> 8), box 100 vs 500 and 8.8 vs 10.9")

    # 41
    eml("e41_moravska_cz_table.eml", "Petr Dvořák <dvorak@moravska-strojirna.cz>",
        "Objednávka OBJ-2026-0925", "Mon, 7 Dec 2026 11:00:00 +0100",
        "Dobrý den,\n\nv příloze textu posílám objednávku OBJ-2026-0925 (kopie z Excelu):\n\n"
        "Pol.\tPopis\tMnožství\tMJ\tCena/MJ (CZK)\n"
        "1\tKotouč řezný 125x1,6 ocel\t4\tbal\t410,00\n"
        "2\tLamelový kotouč 115 P80\t3\tbal\t365,00\n"
        "3\tSprej WD-40 400 ml\t12\tks\t139,00\n"
        "4\tRukavice nitril vel. 8\t50\tpár\t33,00\n\n"
        "Termín dodání: 18. 12. 2026\n\nS pozdravem\nPetr Dvořák\nMoravská strojírna s.r.o.\n",
        E("Moravská strojírna s.r.o.", "OBJ-2026-0925", None, "2026-12-18", "CZK", None, [
            L("CD-125-16-MET", 4, "BX", 410.00, desc="Kotouč řezný 125x1,6 ocel"),
            L("FD-115-P80", 3, "BX", 365.00, desc="Lamelový kotouč 115 P80"),
            L("LB-WD40-400", 12, "EA", 139.00, desc="Sprej WD-40 400 ml"),
            L("GL-NIT-8", 50, "PR", 33.00, desc="Rukavice nitril vel. 8"),
        ]), "Czech tab table pasted from Excel, CZK prices with decimal comma")

    # 42
    eml("e42_harrow_long_mixed.eml", "Linda Carver <purchasing@harrowprecision.co.uk>",
        "Purchase order HPE-PO-26-1140", "Tue, 1 Dec 2026 11:11:00 +0000",
        """Good morning,

Please find our order below. Our PO number is HPE-PO-26-1140, dated 1st December 2026.
Delivery required by 9th December 2026 to our goods-in at Coventry.

Our part no.   Qty   Description                                    Price each box
HPE-0031       4     M10 x 30 hex set screw 10.9 self colour         £14.60
HPE-0032       4     M10 x 30 hex set screw 8.8 zinc                 £10.20
HPE-0107       6     M10 hex nut zinc box 100                        £3.40
HPE-0212       2     M10 x 60 hex bolt 8.8 zinc                      £16.80
HPE-0330       1     4.8 x 12 rivets alu/steel, the 1000 box         £19.90

Goods-in:
Harrow Precision Engineering Ltd
Unit 4 Brindley Road
Coventry
CV7 9EP

Kind regards
Linda Carver
Purchasing, Harrow Precision Engineering Ltd
""",
        E("Harrow Precision Engineering Ltd", "HPE-PO-26-1140", "2026-12-01", "2026-12-09", "GBP",
          S("Harrow Precision Engineering Ltd", "Unit 4 Brindley Road", "Coventry", None, "CV7 9EP", "GB"), [
            L("HS933-10030-109", 4, "BX", 14.60, cp="HPE-0031", desc="M10 x 30 hex set screw 10.9 self colour"),
            L("HS933-10030-ZP", 4, "BX", 10.20, cp="HPE-0032", desc="M10 x 30 hex set screw 8.8 zinc"),
            L("HN934-M10-ZP", 6, "BX", 3.40, cp="HPE-0107", desc="M10 hex nut zinc box 100"),
            L("HB931-10060-ZP", 2, "BX", 16.80, cp="HPE-0212", desc="M10 x 60 hex bolt 8.8 zinc"),
            L("BR-AS-4812-1000", 1, "BX", 19.90, cp="HPE-0330", desc="4.8 x 12 rivets alu/steel, the 1000 box"),
        ]), "GB formal email with buyer part numbers, 10.9 vs 8.8 and box 500 vs 1000 near-duplicates")
