from common import *
from docs_plain import *


def build():
    # E26 amendment of a quoted order
    n = "e26_harrowgate_amend.eml"
    eml(n, HARROW, "RE: PO 44902", dt(2026, 12, 7, 10, 31), """Mark here again - can you amend 44902 please: line 3 should be the 0805 version (CL21B104KBCNNNC), not 0603. Qty stays the same. Also add 10 x 2-way blue terminal blocks.

Cheers
Mark

From: Mark Ellison
Sent: 04 December 2026 16:20
To: Kestrel Orders
Subject: PO 44902

Hi,
PO 44902, order date 04/12/2026:
1. 2 reels 47k 0603 1%
2. 1 reel 4k7 0603 1%
3. 3 reels 100nF 50V X7R 0603 (CL10B104KB8NNNC)
4. 200 off 2-way green terminal blocks 5.08
Deliver by 11/12/2026 please.
Regards
Mark Ellison
Harrowgate Instruments Ltd
Unit 4 Greenside Way, Guiseley, Leeds LS20 8HB
""")
    save_label(n, label("Harrowgate Instruments Ltd", "44902", "2026-12-04", "2026-12-11", None, HARROW_ADDR, [
        L("r0603-47K-rl", 2, "RL", "47k 0603 1%"),
        L("r0603-4K7-rl", 1, "RL", "4k7 0603 1%"),
        L("c100n50-0805-rl", 3, "RL", "0805 version (CL21B104KBCNNNC)"),
        L("tb2-508-gn", 200, "EA", "2-way green terminal blocks 5.08"),
        L("tb2-508-bl", 10, "EA", "2-way blue terminal blocks")]), "email", "amendment over unquoted older mail: line 3 0603->0805, one line added; UK dd/mm dates")

    # E27 customer part numbers
    n = "e27_klaxon_ownparts.eml"
    eml(n, KLAXON_P, "Purchase Order KR-2304", dt(2026, 12, 3, 11, 3), f"""Hi Kestrel,

Please find our order KR-2304 below. Our internal part numbers are in brackets for your reference - please quote them on the delivery note.

[KR-30-0112] 6 reels  100k 0603 1% (your {s('r0603-100K-rl')})
[KR-30-0140] 2 reels  10uF 25V 0805 MLCC (your {s('c10u25-0805-rl')})
[KR-41-0007] 300 pcs  USB-C 24-pin receptacle USB4085-GF-A (your {s('usbc-24')})
[KR-52-0019] 150 pcs  Cat6 patch lead 2m blue (your {s('cat6-2m-bl')})

Required date: 15 Dec 2026. Deliver to the usual address (Klaxon Robotics Ltd, 9 Cowley Road, Cambridge CB4 0DS).

Many thanks,
Priya Shah
Purchasing, Klaxon Robotics Ltd
""")
    save_label(n, label("Klaxon Robotics Ltd", "KR-2304", None, "2026-12-15", None,
        addr("Klaxon Robotics Ltd", "9 Cowley Road", "Cambridge", "CB4 0DS", "GB"), [
        L("r0603-100K-rl", 6, "RL", "100k 0603 1%", cp="KR-30-0112"),
        L("c10u25-0805-rl", 2, "RL", "10uF 25V 0805 MLCC", cp="KR-30-0140"),
        L("usbc-24", 300, "EA", "USB-C 24-pin receptacle USB4085-GF-A", cp="KR-41-0007"),
        L("cat6-2m-bl", 150, "EA", "Cat6 patch lead 2m blue", cp="KR-52-0019")]), "email", "buyer part numbers in brackets plus seller SKUs")

    # E28 US with prices
    n = "e28_cedarridge_prices.eml"
    eml(n, CEDAR, "PO 7802-CR", dt(2026, 12, 2, 7, 30, -7), """Good morning,

PO Number: 7802-CR
Order Date: 12/02/2026
Ship Via: UPS Ground
Need by: Dec 15

Line 1: 2 reels NE555DR (2500/reel) @ $395.00/reel
Line 2: 1,000 ea. LM358DR cut tape @ $0.17 ea
Line 3: 500 ea. CH340G @ $0.44 ea
Line 4: 40 ea. IP65 enclosure 200x120x75 grey (Fibox ABS 200/75 HG) @ $19.20 ea

Ship to our Boise HQ.

Linda Marsh | Purchasing | Cedar Ridge Controls Inc.
2750 S Cole Rd, Boise, ID 83709 | 208-555-0143
""")
    save_label(n, label("Cedar Ridge Controls Inc.", "7802-CR", "2026-12-02", "2026-12-15", "USD",
        addr("Cedar Ridge Controls Inc.", "2750 S Cole Rd", "Boise", "83709", "US", "ID"), [
        L("ne555d-rl", 2, "RL", "NE555DR (2500/reel)", 395.00),
        L("lm358d-ct", 1000, "EA", "LM358DR cut tape", 0.17),
        L("ch340g", 500, "EA", "CH340G", 0.44),
        L("ip65-200-gy", 40, "EA", "IP65 enclosure 200x120x75 grey (Fibox ABS 200/75 HG)", 19.20)]), "email", "US, 'Need by: Dec 15' without year, per-reel prices, ship to HQ = signature")

    # E29 'off' style, no address
    n = "e29_castlebridge_off.eml"
    eml(n, "Tom Hale <t.hale@castlebridge.ac.uk>", "Kestrel order - final-year project lab", dt(2026, 12, 4, 9, 9), """Hi,

Order for the final-year project lab, PO 2026/EE/0433:

ESP32-WROOM-32E-N8 modules, 25 off
USB-C 16 pin sockets x25
10uF 25V 0805 caps - qty: 200 (cut tape)
AMS1117-5.0 x 50
Ribbon cable 40 way grey, 1 reel

No rush, any time before Christmas is fine. Deliver to Goods Inwards as normal.

Tom Hale
Senior Technician, School of Engineering
University of Castlebridge
""")
    save_label(n, label("University of Castlebridge", "2026/EE/0433", None, OMIT, None, OMIT, [
        L("esp32-n8", 25, "EA", "ESP32-WROOM-32E-N8 modules"),
        L("usbc-16", 25, "EA", "USB-C 16 pin sockets"),
        L("c10u25-0805-ct", 200, "EA", "10uF 25V 0805 caps"),
        L("ams50", 50, "EA", "AMS1117-5.0"),
        L("rib40-grey", 1, "RL", "Ribbon cable 40 way grey")]), "email", "'25 off', 'x25', 'qty: 200', vague date (omitted), no address (omitted)")

    # E30 add-on order, no PO, no address
    n = "e30_pelicanbay_addon.eml"
    eml(n, PELICAN, "quick one", dt(2026, 12, 2, 15, 2, -8), """Rick again - forgot a few things:

- 1 bag of the Nichicon 10uF 50V electrolytics (100 pcs)
- 4 pcs 9-pin D-sub male solder cup
- 1 reel of black 24 AWG hookup wire (100 m)
- 1 reel of red 24 AWG hookup wire (100 m)

Same ship-to as this morning's order. Thx, Rick
""")
    save_label(n, label("Pelican Bay Audio Repair LLC", None, None, None, None, OMIT, [
        L("e10u50-100", 1, "PK", "Nichicon 10uF 50V electrolytics (100 pcs)"),
        L("dsub9-m", 4, "EA", "9-pin D-sub male solder cup"),
        L("w025-black-100", 1, "RL", "black 24 AWG hookup wire (100 m)"),
        L("w025-red-100", 1, "RL", "red 24 AWG hookup wire (100 m)")]), "email", "add-on to an earlier mail, AWG instead of mm², 'same ship-to' (omitted)")

    # E31 German company writing English, SAP-ish
    n = "e31_brenner_en_sap.eml"
    eml(n, BRENNER, "PO 4500124410 / urgent", dt(2026, 12, 7, 11, 20, 1), f"""Dear Sir or Madam,

please find below our purchase order 4500124410 dated 2026-12-07.

Pos  Qty     Unit  Material     Description
10   2       RL    {s('xh-crimp-rl')}     JST SXH-001T-P0.6 crimp contacts, reel 8000
20   20      PK    {s('xh3-100')}     JST XHP-3 housing, bag 100
30   20      PK    {s('xh4-100')}     JST XHP-4 housing, bag 100
40   500     EA    {s('tb2-plug')}     MSTB 2,5/2-ST-5,08 plug

Delivery date: 2026-12-21
Delivery address:
Brenner Messtechnik GmbH
Tor 3 / Gate 3
Fabrikstraße 7
70565 Stuttgart
Germany

Best regards
Sabine Kraus
Purchasing | Brenner Messtechnik GmbH
""")
    save_label(n, label("Brenner Messtechnik GmbH", "4500124410", "2026-12-07", "2026-12-21", None,
        addr("Brenner Messtechnik GmbH", "Fabrikstraße 7", "Stuttgart", "70565", "DE"), [
        L("xh-crimp-rl", 2, "RL", "JST SXH-001T-P0.6 crimp contacts, reel 8000"),
        L("xh3-100", 20, "PK", "JST XHP-3 housing, bag 100"),
        L("xh4-100", 20, "PK", "JST XHP-4 housing, bag 100"),
        L("tb2-plug", 500, "EA", "MSTB 2,5/2-ST-5,08 plug")]), "email", "English from a German buyer, ISO dates, position numbers 10/20/30 (not quantities)")

    # E32 dates written out, week only
    n = "e32_harrowgate_wc.eml"
    eml(n, HARROW, "New order 45011", dt(2026, 12, 4, 12, 12), """Hi all,

Order no. 45011, dated 4th December 2026. Please deliver w/c 14th December.

 - 250 x STM32F103C8T6 @ £3.40
 - 250 x 16MHz 3225 SMD crystals @ £0.28
 - 1 x reel 22pF 0603 C0G @ £6.90
 - 500 x 74HC595D @ £0.15

Thanks, Mark

Harrowgate Instruments Ltd · Unit 4 Greenside Way · Guiseley · Leeds LS20 8HB · 0113 555 0199
""")
    save_label(n, label("Harrowgate Instruments Ltd", "45011", "2026-12-04", OMIT, "GBP", HARROW_ADDR, [
        L("stm32c8", 250, "EA", "STM32F103C8T6", 3.40),
        L("xtal16-3225", 250, "EA", "16MHz 3225 SMD crystals", 0.28),
        L("c22p50-0603-rl", 1, "RL", "reel 22pF 0603 C0G", 6.90),
        L("hc595d", 500, "EA", "74HC595D", 0.15)]), "email", "GBP prices, 'w/c 14th December' (requested_date omitted), dotted signature line")

    # E33 Romanian buyer in English, MPN table
    n = "e33_transilvania_en_mpn.eml"
    eml(n, TRANS, "PO 1203 - Kestrel", dt(2026, 12, 7, 14, 0, 2), """Hello,

Please process our order 1203 (date: 07.12.2026).

Qty    Part                   Description
 10    ESP32-WROOM-32E-N4     WiFi module 4MB
 10    ESP32-WROOM-32E-N8     WiFi module 8MB
 4     3302/10                Ribbon 10 way grey 30m
 2     1455L1201              Alu enclosure 100x76x35

Deliver to our main office this time:
Transilvania Embedded SRL
Str. Fabricii nr. 12
400620 Cluj-Napoca
Romania

Regards,
Andrei
""")
    save_label(n, label("Transilvania Embedded SRL", "1203", "2026-12-07", None, None,
        addr("Transilvania Embedded SRL", "Str. Fabricii nr. 12", "Cluj-Napoca", "400620", "RO"), [
        L("esp32-n4", 10, "EA", "WiFi module 4MB"),
        L("esp32-n8", 10, "EA", "WiFi module 8MB"),
        L("rib10-grey", 4, "RL", "Ribbon 10 way grey 30m"),
        L("alu-100", 2, "EA", "Alu enclosure 100x76x35")]), "email", "manufacturer part numbers only, space-aligned; '3302/10' grey vs rainbow")

    # E34 drop-ship to Slovenia
    n = "e34_alpentronik_dropship.eml"
    eml(n, ALPEN, "Order AT-55141 - direct delivery to Slovenia", dt(2026, 12, 4, 10, 10, 1), """Hi,

please ship the following directly to our customer in Slovenia (order AT-55141, our ref. project Maribor):

3x aluminium case 160x103x53
6x M12 4-pin female connector
50 m LiYCY 2x0,5 shielded (cut length, 1 piece)
12x DIN rail housing 6 modules

Delivery address:
Mlinotehna d.o.o.
Attn. Mr. Jure Kovačič
Tržaška cesta 63
2000 Maribor
Slovenia

Invoice to Alpentronik as usual. Delivery latest 18.12.2026.

Regards
Stefan Gruber
Alpentronik GmbH, Puchstraße 41, 8020 Graz, Austria
""")
    save_label(n, label("Alpentronik GmbH", "AT-55141", None, "2026-12-18", None,
        addr("Mlinotehna d.o.o.", "Tržaška cesta 63", "Maribor", "2000", "SI"), [
        L("alu-160", 3, "EA", "aluminium case 160x103x53"),
        L("m12-4f", 6, "EA", "M12 4-pin female connector"),
        L("liycy2-m", 50, "M", "LiYCY 2x0,5 shielded (cut length, 1 piece)"),
        L("din-6m", 12, "EA", "DIN rail housing 6 modules")]), "email", "drop-ship to a third party in Slovenia; cable by the metre")

    # E35 PO number correction, German
    n = "e35_sennhof_po_fix.eml"
    eml(n, SENNHOF, "AW: Bestellung BE-2026-0494 – Korrektur Bestellnummer", dt(2026, 12, 7, 10, 40, 1), """Grüezi

Entschuldigung, im untenstehenden Mail ist die Bestellnummer falsch. Richtig ist BE-2026-0944 (nicht 0494). Inhalt bleibt gleich.

Freundliche Grüsse
Reto Brunner

-----Ursprüngliche Nachricht-----
Von: Reto Brunner <einkauf@sennhof-automation.ch>
Gesendet: Montag, 7. Dezember 2026 10:02
An: orders@kestrel-components.com
Betreff: Bestellung BE-2026-0494

Grüezi

Bestellung BE-2026-0494 vom 7.12.2026

- 10 Stk. Aluminiumgehäuse 100x76x35 (1455L1201), à CHF 16.30
- 10 Stk. Kippschalter SPDT 5236AB, à CHF 3.10
- 10 Stk. Sicherungshalter 5x20 Schurter, à CHF 1.90

Liefertermin 15.12.2026. Lieferadresse wie immer.

Freundliche Grüsse
Reto Brunner
Sennhof Automation AG, Industriestrasse 22, 8406 Winterthur
""")
    save_label(n, label("Sennhof Automation AG", "BE-2026-0944", "2026-12-07", "2026-12-15", "CHF",
        addr("Sennhof Automation AG", "Industriestrasse 22", "Winterthur", "8406", "CH"), [
        L("alu-100", 10, "EA", "Aluminiumgehäuse 100x76x35 (1455L1201)", 16.30),
        L("toggle-spdt", 10, "EA", "Kippschalter SPDT 5236AB", 3.10),
        L("fuseholder", 10, "EA", "Sicherungshalter 5x20 Schurter", 1.90)]), "email", "Swiss German, correction of the PO NUMBER only (0494 -> 0944), ship-to 'wie immer' = signature")

    # E36 '2 x 100' packs
    n = "e36_northgate_packs.eml"
    eml(n, NORTH, "PO NSU-P0099130", dt(2026, 12, 7, 13, 15, -6), """Hello,

PO NSU-P0099130 for the Engineering Tech department. Pricing per your web store.

2 x 100 3mm red LEDs, diffused ($4.90 per 100)
3 x 100 3mm green LEDs, diffused ($4.90 per 100)
1 x 1000 10K 1/4W metal film resistors ($18.50 per 1000)
4 x 100 tactile switches 6x6 5mm ($4.50/100)

Ship to:
Northgate State University
Engineering Technology, Rm 018 Founders Hall
1200 College Avenue
Bismarck, ND 58501

Thank you,
Karen Lindqvist
Procurement Services
""")
    save_label(n, label("Northgate State University", "NSU-P0099130", None, None, "USD",
        addr("Northgate State University", "1200 College Avenue", "Bismarck", "58501", "US", "ND"), [
        L("led3-rd-100", 2, "PK", "3mm red LEDs, diffused", 4.90),
        L("led3-gn-100", 3, "PK", "3mm green LEDs, diffused", 4.90),
        L("mf-10K-1000", 1, "PK", "10K 1/4W metal film resistors", 18.50),
        L("tact-5-100", 4, "PK", "tactile switches 6x6 5mm", 4.50)]), "email", "'2 x 100' = 2 bags of 100; bag of 1000 near-duplicate; price per pack")

    # E37 website prices, PO ref
    n = "e37_fixit_webprices.eml"
    eml(n, "Jas Dhillon <jas@fixitbristol.co.uk>", "Re: order", dt(2026, 12, 7, 16, 30), """Hiya,

Saw on your website the 0.25mm wire is £7.80 a reel, can I get 2 reels black and 1 red. Also 5 flux pens @ £7.30 and 10 desolder braid 2.5mm @ £3.20.

Our PO ref is FIX-1207 (accounts want one on everything now...)

Cheers
Jas

FixIt Phone Repairs
88 Gloucester Road, Bristol BS7 8BN
""")
    save_label(n, label("FixIt Phone Repairs", "FIX-1207", None, None, "GBP",
        addr("FixIt Phone Repairs", "88 Gloucester Road", "Bristol", "BS7 8BN", "GB"), [
        L("w025-black-100", 2, "RL", "reels black", 7.80),
        L("w025-red-100", 1, "RL", "1 red", 7.80),
        L("flux-pen", 5, "EA", "flux pens", 7.30),
        L("braid-25", 10, "EA", "desolder braid 2.5mm", 3.20)]), "email", "prose order, price stated once for two lines, PO ref in prose")

    # E38 tab-pasted ERP table with totals
    n = "e38_cedarridge_tabs.eml"
    rows = [("1", "2", "RL", "RC0805FR-0710KL", "RES 10K 1% 0805 REEL", "6.20", "12.40"),
            ("2", "2", "RL", "RC0805FR-071KL", "RES 1K 1% 0805 REEL", "6.20", "12.40"),
            ("3", "1", "RL", "RC0805FR-07100KL", "RES 100K 1% 0805 REEL", "6.20", "6.20"),
            ("4", "2", "RL", "CL21B104KBCNNNC", "CAP 0.1UF 50V 0805 REEL", "9.60", "19.20"),
            ("5", "1", "RL", "CL21A106KAYNNNE", "CAP 10UF 25V 0805 REEL", "44.00", "44.00"),
            ("6", "300", "EA", "USB4105-GF-A", "CONN USB-C 16P", "0.82", "246.00"),
            ("7", "300", "EA", "AMS1117-3.3", "IC LDO 3.3V SOT223", "0.11", "33.00"),
            ("8", "300", "EA", "ESP32-WROOM-32E-N4", "MODULE ESP32 4MB", "3.35", "1005.00"),
            ("9", "600", "EA", "B2B-XH-A", "CONN HDR XH 2P", "0.09", "54.00"),
            ("10", "6", "PK", "XHP-2", "HOUSING XH 2P (100/BAG)", "3.10", "18.60")]
    table = "Line\tQty\tUOM\tMfr P/N\tDescription\tUnit Price (USD)\tExt\n" + "\n".join("\t".join(r) for r in rows) + "\n\t\t\t\tTotal\t\t1450.80\n"
    eml(n, CEDAR, "PO 7815-CR", dt(2026, 12, 7, 12, 45, -7), f"""Please enter PO 7815-CR. Pasted from our system below.

{table}
Ship to Nampa plant (1615 Industrial Rd, Nampa, ID 83687). Required 12/22/2026.

Thanks, Linda
""")
    keys = ["r0805-10K-rl", "r0805-1K-rl", "r0805-100K-rl", "c100n50-0805-rl", "c10u25-0805-rl", "usbc-16", "ams33", "esp32-n4", "xh2-pcb", "xh2-100"]
    save_label(n, label("Cedar Ridge Controls Inc.", "7815-CR", None, "2026-12-22", "USD",
        addr("Cedar Ridge Controls Inc. - Nampa Plant", "1615 Industrial Rd", "Nampa", "83687", "US", "ID"),
        [L(k, int(r[1]), r[2], r[4], float(r[5])) for k, r in zip(keys, rows)]), "email", "10-line tab-pasted ERP table with ext and total rows, MPNs only")

    # E39 requisition vs PO
    n = "e39_castlebridge_fao.eml"
    eml(n, CASTLE, "Requisition REQ-88213 / PO 2026/EE/0447", dt(2026, 12, 3, 15, 0), """Hi,

Our finance system has generated PO 2026/EE/0447 (dated 02/12/2026) for requisition REQ-88213:

Qty 2 — Solder wire Sn60Pb40 0.7mm 500g reel — £24.50 each
Qty 1 — Solder wire SAC305 lead-free 0.7mm 500g reel — £49.00 each
Qty 6 — No-clean flux pen — £7.30 each
Qty 6 — Desoldering braid 2.5mm — £3.20 each

Please mark the parcel FAO Dr. Sarah Okafor and deliver to:
School of Engineering Stores
University of Castlebridge
Alderman Road
Coventry
CV1 2JH

Thanks,
Sarah
""")
    save_label(n, label("University of Castlebridge", "2026/EE/0447", "2026-12-02", None, "GBP",
        addr("University of Castlebridge", "Alderman Road", "Coventry", "CV1 2JH", "GB"), [
        L("sold-pb-500", 2, "EA", "Solder wire Sn60Pb40 0.7mm 500g reel", 24.50),
        L("sold-sac-500", 1, "EA", "Solder wire SAC305 lead-free 0.7mm 500g reel", 49.00),
        L("flux-pen", 6, "EA", "No-clean flux pen", 7.30),
        L("braid-25", 6, "EA", "Desoldering braid 2.5mm", 3.20)]), "email", "requisition number vs PO number, FAO, stores address")

    # E40 Hungarian buyer in English
    n = "e40_dunaelektro_en.eml"
    eml(n, DUNA, "Order DE-2026/419", dt(2026, 12, 7, 8, 30, 1), """Dear Kestrel team,

Please find our order DE-2026/419 issued on Dec. 7th, 2026.

* 1 x drum LiYCY 4x0.25 mm2 (100 m)
* 200 m LiYCY 2x0.5 mm2
* 30 pcs RJ45 unshielded jack
* 5 boxes fuse 5x20 F 1A

Required delivery: 15-Dec-2026, to Dunaelektro Kft., Fehérvári út 18, 9028 Győr, Hungary.

Best regards,
Zoltán Nagy
Dunaelektro Kft.
""")
    save_label(n, label("Dunaelektro Kft.", "DE-2026/419", "2026-12-07", "2026-12-15", None,
        addr("Dunaelektro Kft.", "Fehérvári út 18", "Győr", "9028", "HU"), [
        L("liycy4-100", 1, "RL", "drum LiYCY 4x0.25 mm2 (100 m)"),
        L("liycy2-m", 200, "M", "LiYCY 2x0.5 mm2"),
        L("rj45-unsh", 30, "EA", "RJ45 unshielded jack"),
        L("fuse-1a-f", 5, "BX", "fuse 5x20 F 1A")]), "email", "drum vs metres of the same cable family, 15-Dec-2026 date style")

    # E41 partial cancellation in reply
    n = "e41_pelicanbay_cancel.eml"
    eml(n, PELICAN, "Re: PO PB-2026-77", dt(2026, 12, 5, 9, 20, -8), """Change of plans on my order from Thursday - cancel the 10k pots entirely, and bump the 1000uF 16V caps up to 40. Rest is fine.

Rick

On Thu, Dec 3, 2026 at 10:14 AM Rick Santangelo <rick@pelicanbayaudio.com> wrote:
> Hi Kestrel,
> PO PB-2026-77 please:
> 20 x 1000uF 16V radial caps (Panasonic FR)
> 10 x 10k log pots 16mm
> 10 x 100uF 50V radial
> 2 x 16mm 100k linear pots
> 5 x LM358P
> Ship to the shop, 4127 SE Hawthorne Blvd, Portland OR 97214
> Rick
""")
    save_label(n, label("Pelican Bay Audio Repair LLC", "PB-2026-77", None, None, None,
        addr("Pelican Bay Audio Repair LLC", "4127 SE Hawthorne Blvd", "Portland", "97214", "US", "OR"), [
        L("e1000u16", 40, "EA", "1000uF 16V radial caps (Panasonic FR)"),
        L("e100u50", 10, "EA", "100uF 50V radial"),
        L("pot-100k-lin", 2, "EA", "16mm 100k linear pots"),
        L("lm358p", 5, "EA", "LM358P")]), "email", "reply cancelling one line and changing a quantity; the 100k pots stay")

    # E42 SKUs only
    n = "e42_klaxon_skus_only.eml"
    eml(n, KLAXON_P, "PO KR-2318", dt(2026, 12, 7, 15, 55), f"""PO KR-2318

{s('r0603-10K-rl')} x10
{s('c1u25-0603-rl')} x4
{s('led0603-gn-rl')} x1
{s('ws2812-ct')} x250

--
Priya Shah | Purchasing | Klaxon Robotics Ltd | 9 Cowley Road, Cambridge CB4 0DS
""")
    save_label(n, label("Klaxon Robotics Ltd", "KR-2318", None, None, None,
        addr("Klaxon Robotics Ltd", "9 Cowley Road", "Cambridge", "CB4 0DS", "GB"), [
        L("r0603-10K-rl", 10, "RL", s("r0603-10K-rl")),
        L("c1u25-0603-rl", 4, "RL", s("c1u25-0603-rl")),
        L("led0603-gn-rl", 1, "RL", s("led0603-gn-rl")),
        L("ws2812-ct", 250, "EA", s("ws2812-ct"))]), "email", "seller SKUs only, no descriptions; uom from the catalogue")
