from common import S, Ln, PO, eml, write
from docs_email1 import SELLER_UK, SELLER_DE, SELLER_NO, SELLER_US

def build():
    # e22 unknown Norwegian accounting firm writing in English, prices in NOK
    body = """Hello,

We are a small accounting office in Stavanger and got your name from Berg & Lie. We would like to order:

APC Smart-UPS 1000VA (SMT1000IC)     1 pcs   NOK 6 490,00
APC replacement battery RBC7          1 pcs   NOK 2 190,00
Eaton 5E 650i                         2 pcs   NOK 1 090,00

Order no. FR-1204. Please deliver to:
Fjord Regnskap AS
Kirkegata 8
4006 Stavanger
Norway

Invoice with 30 days terms if possible.

Best regards,
Lars Hauge
Daglig leder, Fjord Regnskap AS
"""
    write("e22_fjord_unknown_nok.eml", eml(
        "Lars Hauge <lars@fjordregnskap.no>", SELLER_NO, "Order - UPS units",
        "Fri, 04 Dec 2026 10:00:00 +0100", body),
        PO("Fjord Regnskap AS", "FR-1204", None, None, "NOK",
           S("Fjord Regnskap AS", "Kirkegata 8", "Stavanger", "4006", "NO"),
           [Ln("BW-UP-SMT1000IC", 1, "EA", 6490.00, "APC Smart-UPS 1000VA (SMT1000IC)"),
            Ln("BW-UP-BATT-RBC7", 1, "EA", 2190.00, "APC replacement battery RBC7"),
            Ln("BW-UP-EA5E650", 2, "EA", 1090.00, "Eaton 5E 650i")]))

    # e23 St Aidan's accepting quote with change, quoted quote
    body = """Hi Priya,

Happy to go ahead with the quote below, but we only need 10 of the monitors rather than 15 - the governors cut the budget. Everything else as quoted. PO number is 4502.

Thanks,
Jo Pickering
School Business Manager
St Aidan's CE Primary School
14 Harehills Lane, Leeds LS8 4HS

From: Priya Shah <priya.shah@brightwire.co.uk>
Sent: 26 November 2026 15:40
To: Jo Pickering <office@staidans.leeds.sch.uk>
Subject: Quotation BWQ-40188

Dear Jo,

Thank you for your enquiry. Please find our quotation below (prices ex VAT, valid 30 days):

15 x iiyama ProLite XU2293HS 22" monitor        £99.00 each
15 x HDMI 2.0 cable 2m                           £3.90 each
2  x HP 26X high yield toner CF226X              £159.00 each

Kind regards,
Priya Shah
Account Manager, Brightwire Technology Supplies Ltd
"""
    write("e23_staidans_quote_accept.eml", eml(
        "Jo Pickering <office@staidans.leeds.sch.uk>", "Priya Shah <priya.shah@brightwire.co.uk>",
        "RE: Quotation BWQ-40188", "Mon, 30 Nov 2026 09:12:00 +0000", body),
        PO("St Aidan's CE Primary School", "4502", None, None, "GBP",
           S("St Aidan's CE Primary School", "14 Harehills Lane", "Leeds", "LS8 4HS", "GB"),
           [Ln("BW-MO-IIY-X2283", 10, "EA", 99.00, "iiyama ProLite XU2293HS 22\" monitor"),
            Ln("BW-CA-HDMI-2M", 15, "EA", 3.90, "HDMI 2.0 cable 2m"),
            Ln("BW-TO-CF226X", 2, "EA", 159.00, "HP 26X high yield toner CF226X")]))

    # e24 Fenwick forwarded internal request, starter at different site
    body = """Priya - can you add this to our account please, PO FL-2026-1203. Deliver to Amit at our Cambridge office (address in his note). Thanks, Grace

Grace Oduya | Office Manager | Fenwick & Lowe LLP | 22 Bedford Row, London WC1R 4EB

---------- Forwarded message ---------
From: Amit Desai <a.desai@fenwicklowe.co.uk>
Date: Thu, 3 Dec 2026 at 16:02
Subject: kit for new paralegal
To: Grace Oduya <g.oduya@fenwicklowe.co.uk>

Hi Grace, new paralegal starts 4 Jan. Can we get her:
 - Dell Latitude 5440 i5 (the 16GB one, not the 8GB)
 - Dell WD19S dock (130W is fine)
 - 2x Dell 24" monitors like the ones we have (P2423D)
 - MX Keys keyboard (UK) and an MX Master 3S mouse, pale grey
Send to me at Fenwick & Lowe, 3rd Floor, 10 Hills Road, Cambridge CB2 1PE.
Ta, Amit
"""
    write("e24_fenwick_forward_cambridge.eml", eml(
        "Grace Oduya <g.oduya@fenwicklowe.co.uk>", "Priya Shah <priya.shah@brightwire.co.uk>",
        "Fwd: kit for new paralegal", "Fri, 04 Dec 2026 08:30:00 +0000", body),
        PO("Fenwick & Lowe LLP", "FL-2026-1203", None, None, None,
           S("Fenwick & Lowe LLP", "10 Hills Road", "Cambridge", "CB2 1PE", "GB"),
           [Ln("BW-LT-5440-I5", 1, "EA", None, "Dell Latitude 5440 i5 16GB"),
            Ln("BW-DK-WD19S-130", 1, "EA", None, "Dell WD19S dock 130W"),
            Ln("BW-MO-P2423D", 2, "EA", None, "Dell 24\" monitors P2423D"),
            Ln("BW-KB-MX-KEYS-UK", 1, "EA", None, "MX Keys keyboard (UK)"),
            Ln("BW-MS-MX3S-PG", 1, "EA", None, "MX Master 3S mouse, pale grey")]))

    # e25 Smilecare, quantities after with near-duplicate 59A/59X
    body = """Hi,

Toner order please for the surgery printers:

HP 59X (high yield) black -- 2
HP 59A standard black -- 1
Kyocera TK-5240K -- 1
Kyocera TK-5240C (cyan) -- 1

Ref SMC/1231. Thank you!

Helen
Smilecare Dental Practice | 8 Gloucester Road | Bristol | BS7 8AE
"""
    write("e25_smilecare_59a_59x.eml", eml(
        "Helen Marsh <helen@smilecaredental.co.uk>", SELLER_UK, "Toner order SMC/1231",
        "Mon, 07 Dec 2026 08:45:00 +0000", body),
        PO("Smilecare Dental Practice", "SMC/1231", None, None, None,
           S("Smilecare Dental Practice", "8 Gloucester Road", "Bristol", "BS7 8AE", "GB"),
           [Ln("BW-TO-CF259X", 2, "EA", None, "HP 59X (high yield) black"),
            Ln("BW-TO-CF259A", 1, "EA", None, "HP 59A standard black"),
            Ln("BW-TO-TK5240K", 1, "EA", None, "Kyocera TK-5240K"),
            Ln("BW-TO-TK5240C", 1, "EA", None, "Kyocera TK-5240C (cyan)")]))

    # e26 unknown Canadian dental, CAD prices, written date
    body = """Hello Brightwire team,

We're a new dental office in Halifax. Please accept this order (our PO HVD-0019, Dec. 4, 2026):

(2) Dell OptiPlex... sorry, scratch that - just the monitors for now:
(4) Dell 27" 4K USB-C monitor P2723QE @ CAD 529.00
(4) USB-C to USB-C cable 1m @ CAD 9.50
(2) Poly Blackwire 3220 USB-C headset @ CAD 59.00

Ship to:
Harbour View Dental
1875 Barrington Street, Unit 210
Halifax, NS B3J 3L4

Required by Dec. 16, 2026.

Regards,
Natalie Fraser
Harbour View Dental
"""
    write("e26_harbourview_unknown_cad.eml", eml(
        "Natalie Fraser <admin@harbourviewdental.ca>", SELLER_US, "PO HVD-0019",
        "Fri, 04 Dec 2026 12:10:00 -0400", body),
        PO("Harbour View Dental", "HVD-0019", "2026-12-04", "2026-12-16", "CAD",
           S("Harbour View Dental", "1875 Barrington Street, Unit 210", "Halifax", "B3J 3L4", "CA", "NS"),
           [Ln("BW-MO-P2723QE", 4, "EA", 529.00, "Dell 27\" 4K USB-C monitor P2723QE"),
            Ln("BW-CA-CC-1M", 4, "EA", 9.50, "USB-C to USB-C cable 1m"),
            Ln("BW-HS-BW3220-C", 2, "EA", 59.00, "Poly Blackwire 3220 USB-C headset")]))

    # e27 US school district, tab-pasted table with their own item numbers
    body = ("Hi Kevin,\n\nPasting from our requisition, PO MR-27-00342. Please ship to the High School receiving dock.\n\n"
            "Line\tDistrict Item #\tQty\tDescription\tUnit Cost\n"
            "1\tMR-IT-0042\t40\tCat6 patch cord 3ft (1m) blue\t$1.45\n"
            "2\tMR-IT-0043\t40\tCat6 patch cord 7ft (2m) blue\t$1.85\n"
            "3\tMR-IT-0107\t12\tHP 410A black toner CF410A\t$112.00\n"
            "4\tMR-IT-0108\t4\tHP 410A cyan toner CF411A\t$137.00\n"
            "5\tMR-IT-0110\t4\tHP 410A magenta toner CF413A\t$137.00\n\n"
            "Maple Ridge High School\nReceiving Dock B\n2200 Eagle Way\nMaple Ridge, OH 43062\n\n"
            "Thanks,\nDana Whitfield\nPurchasing Coordinator, Maple Ridge LSD\n")
    write("e27_mapleridge_district_items.eml", eml(
        "Dana Whitfield <dwhitfield@mapleridge.k12.oh.us>", "Kevin Marsh <kevin.marsh@brightwire-na.com>",
        "PO MR-27-00342 - network + toner", "Mon, 07 Dec 2026 10:20:00 -0500", body),
        PO("Maple Ridge Local School District", "MR-27-00342", None, None, "USD",
           S("Maple Ridge High School", "2200 Eagle Way", "Maple Ridge", "43062", "US", "OH"),
           [Ln("BW-CA-C6-1B", 40, "EA", 1.45, "Cat6 patch cord 3ft (1m) blue", "MR-IT-0042"),
            Ln("BW-CA-C6-2B", 40, "EA", 1.85, "Cat6 patch cord 7ft (2m) blue", "MR-IT-0043"),
            Ln("BW-TO-CF410A", 12, "EA", 112.00, "HP 410A black toner CF410A", "MR-IT-0107"),
            Ln("BW-TO-CF411A", 4, "EA", 137.00, "HP 410A cyan toner CF411A", "MR-IT-0108"),
            Ln("BW-TO-CF413A", 4, "EA", 137.00, "HP 410A magenta toner CF413A", "MR-IT-0110")]))

    # e28 US law firm using seller SKUs
    body = """Please ship the following against PO 55187:

BW-RM-D5S-32 x 4
BW-SS-990-2T x 2
BW-CA-CDP-2M x 3

Thanks
Michael Donnelly
Carter & Wells LLP, 75 State Street, Suite 1400, Boston, MA 02109
"""
    write("e28_carterwells_skus.eml", eml(
        "Michael Donnelly <mdonnelly@carterwells.com>", SELLER_US, "PO 55187",
        "Thu, 03 Dec 2026 15:30:00 -0500", body),
        PO("Carter & Wells LLP", "55187", None, None, None,
           S("Carter & Wells LLP", "75 State Street, Suite 1400", "Boston", "02109", "US", "MA"),
           [Ln("BW-RM-D5S-32", 4, "EA", None, "BW-RM-D5S-32"),
            Ln("BW-SS-990-2T", 2, "EA", None, "BW-SS-990-2T"),
            Ln("BW-CA-CDP-2M", 3, "EA", None, "BW-CA-CDP-2M")]))

    # e29 Kestrel, a box of cable + a dozen grey leads
    body = """Dave,

Another one for the new office fit-out at Salford Quays:

- a box of Cat6 cable (the 305m grey reel-in-a-box)
- a dozen 2m grey patch leads
- a dozen 1m grey patch leads
- 3 x 24" iiyama monitors

Deliver to site please - Kestrel Property Management, Suite 5, Anchorage 2, Anchorage Quay, Salford M50 3YW. Ask for Gary. PO KPM-0381.

Tom
"""
    write("e29_kestrel_site_dozen.eml", eml(
        "Tom Baines <tom@kestrelpm.co.uk>", "Dave Lowry <dave@brightwire.co.uk>", "Salford fit out",
        "Thu, 26 Nov 2026 16:45:00 +0000", body),
        PO("Kestrel Property Management Ltd", "KPM-0381", None, None, None,
           S("Kestrel Property Management", "Suite 5, Anchorage 2, Anchorage Quay", "Salford", "M50 3YW", "GB"),
           [Ln("BW-CA-C6-305", 1, "BX", None, "Cat6 cable 305m grey box"),
            Ln("BW-CA-C6-2G", 12, "EA", None, "2m grey patch leads"),
            Ln("BW-CA-C6-1G", 12, "EA", None, "1m grey patch leads"),
            Ln("BW-MO-IIY-X2493", 3, "EA", None, "24\" iiyama monitors")]))

    # e30 council second order, requested date written as "w/c"? give exact
    body = """Good morning,

Please accept this email as official order WDC/PO/0098870 (raised 4 December 2026).

Qty 20 Jabra Evolve2 30 SE USB-A Microsoft Teams stereo @ £64.00
Qty 5  Jabra Evolve2 40 SE USB-A Microsoft Teams stereo @ £89.00
Qty 25 USB-C to USB-A cable 1m @ £3.70

Deliver to: Wexcombe District Council, Customer Contact Centre, The Old Library, 2 Church Street, Wexcombe TA20 1EZ. Please deliver on Wednesday 16th December 2026.

Regards
Procurement Team
Wexcombe District Council, Council Offices, Market Street, Wexcombe TA20 1AB
"""
    write("e30_wexcombe_headsets.eml", eml(
        "Procurement <procurement@wexcombe.gov.uk>", SELLER_UK, "Official order WDC/PO/0098870",
        "Fri, 04 Dec 2026 09:00:00 +0000", body),
        PO("Wexcombe District Council", "WDC/PO/0098870", "2026-12-04", "2026-12-16", "GBP",
           S("Wexcombe District Council, Customer Contact Centre", "The Old Library, 2 Church Street", "Wexcombe", "TA20 1EZ", "GB"),
           [Ln("BW-HS-EV230-AMS", 20, "EA", 64.00, "Jabra Evolve2 30 SE USB-A Microsoft Teams stereo"),
            Ln("BW-HS-EV240-AMS", 5, "EA", 89.00, "Jabra Evolve2 40 SE USB-A Microsoft Teams stereo"),
            Ln("BW-CA-CA-1M", 25, "EA", 3.70, "USB-C to USB-A cable 1m")]))

    # e31 Irish solicitors terse
    body = """Pls send 3 x TN-2420 and 1 x DR-2400 to Fitzwilliam Sq. PO BK-7731.
S.

Sorcha Byrne | Byrne Kavanagh Solicitors | 41 Fitzwilliam Square, Dublin 2, D02 YX88 | +353 1 555 0199
"""
    write("e31_byrnekavanagh_terse.eml", eml(
        "Sorcha Byrne <sorcha@byrnekavanagh.ie>", "Ciara Walsh <ciara@brightwire.ie>", "toner",
        "Mon, 07 Dec 2026 12:01:00 +0000", body),
        PO("Byrne Kavanagh Solicitors", "BK-7731", None, None, None,
           S("Byrne Kavanagh Solicitors", "41 Fitzwilliam Square", "Dublin 2", "D02 YX88", "IE"),
           [Ln("BW-TO-TN2420", 3, "EA", None, "TN-2420"),
            Ln("BW-TO-DR2400", 1, "EA", None, "DR-2400")]))

    # e32 unknown Finnish property maintenance in English
    body = """Good day,

Kiinteistöhuolto Virtanen Oy orders:

2 pcs Eaton 5E 650i UPS
2 pcs power cable Schuko - C13, 2 m
1 pcs Samsung 990 PRO 1TB

Our order number 2026-118, order date 27.11.2026.
Delivery address: Kiinteistöhuolto Virtanen Oy, Teollisuustie 15, 40320 Jyväskylä, Finland.

BR,
Jari Virtanen
"""
    write("e32_virtanen_unknown_fi.eml", eml(
        "Jari Virtanen <jari.virtanen@khvirtanen.fi>", SELLER_NO, "Order 2026-118",
        "Fri, 27 Nov 2026 13:00:00 +0200", body),
        PO("Kiinteistöhuolto Virtanen Oy", "2026-118", "2026-11-27", None, None,
           S("Kiinteistöhuolto Virtanen Oy", "Teollisuustie 15", "Jyväskylä", "40320", "FI"),
           [Ln("BW-UP-EA5E650", 2, "EA", None, "Eaton 5E 650i UPS"),
            Ln("BW-CA-PWR-EU2", 2, "EA", None, "power cable Schuko - C13, 2 m"),
            Ln("BW-SS-990-1T", 1, "EA", None, "Samsung 990 PRO 1TB")]))

    # e33 unknown Irish accountants, Eircode, county
    body = """Hello,

I'd like to place an order for our office please:

Two Lenovo ThinkPad E14 Gen 5 laptops (i5, 16GB RAM, 512GB)
Two Lenovo USB-C docks
Two Logitech MK270 keyboard and mouse sets (UK/Irish layout)

Purchase order OBC-PO-0042. Prices as per your website (EUR 879.00 / EUR 209.00 / EUR 29.00).

Deliver to:
Ó Briain & Co Accountants
Unit 7, Briarhill Business Park
Ballybrit
Galway
Co. Galway
H91 T6P2

Regards,
Niamh Ó Briain
"""
    write("e33_obriain_unknown_ie.eml", eml(
        "Niamh Ó Briain <niamh@obriainaccountants.ie>", "Brightwire Ireland <orders@brightwire.ie>",
        "New order", "Tue, 01 Dec 2026 10:30:00 +0000", body),
        PO("Ó Briain & Co Accountants", "OBC-PO-0042", None, None, "EUR",
           S("Ó Briain & Co Accountants", "Unit 7, Briarhill Business Park", "Galway", "H91 T6P2", "IE", "Co. Galway"),
           [Ln("BW-LT-E14G5-I5", 2, "EA", 879.00, "Lenovo ThinkPad E14 Gen 5 (i5, 16GB RAM, 512GB)"),
            Ln("BW-DK-LEN-UC2", 2, "EA", 209.00, "Lenovo USB-C docks"),
            Ln("BW-KB-MK270-UK", 2, "EA", 29.00, "Logitech MK270 keyboard and mouse sets (UK)")]))

    # e34 Austrian dental in English, Cherry keyboards
    body = """Dear Brightwire team,

please deliver to our clinic:

Cherry KC 1000 keyboard, German layout: 4 pcs
Logitech M185 wireless mouse grey: 4 pcs
Dell P2223H 22" monitor: 2 pcs

PO: ZGM-2026-077
Requested delivery: 10.12.2026

Best regards
Dr. Petra Wallner
Zahnambulatorium Graz-Mitte GmbH
Annenstraße 20, 8020 Graz, Austria
"""
    write("e34_grazmitte_en.eml", eml(
        "Petra Wallner <office@zahn-grazmitte.at>", SELLER_DE, "PO ZGM-2026-077",
        "Thu, 03 Dec 2026 08:05:00 +0100", body),
        PO("Zahnambulatorium Graz-Mitte GmbH", "ZGM-2026-077", None, "2026-12-10", None,
           S("Zahnambulatorium Graz-Mitte GmbH", "Annenstraße 20", "Graz", "8020", "AT"),
           [Ln("BW-KB-CH-KC1000-DE", 4, "EA", None, "Cherry KC 1000 keyboard, German layout"),
            Ln("BW-MS-M185G", 4, "EA", None, "Logitech M185 wireless mouse grey"),
            Ln("BW-MO-P2223H", 2, "EA", None, "Dell P2223H 22\" monitor")]))

    # e35 Irish school, PO number correction over quoted
    body = """Hi again - apologies, I gave you the wrong order number yesterday. It should be 2026/114, not 2026/141. Order itself is the same.

Áine

On Tue 1 Dec 2026, 14:03 Áine Lynch <secretary@scoilmhuirecork.ie> wrote:
> Hi,
> Could we please order
> 4 x Samsung 870 EVO 250GB SSD
> 4 x Crucial 8GB DDR4 desktop memory
> 1 x Canon 057H toner
> Order no. 2026/141
> Thanks, Áine
> Scoil Mhuire Gan Smál NS, Blarney Road, Cork T23 X2F4
"""
    write("e35_scoilmhuire_po_correction.eml", eml(
        "Áine Lynch <secretary@scoilmhuirecork.ie>", "Brightwire Ireland <orders@brightwire.ie>",
        "Re: order", "Wed, 02 Dec 2026 09:15:00 +0000", body),
        PO("Scoil Mhuire Gan Smál NS", "2026/114", None, None, None,
           S("Scoil Mhuire Gan Smál NS", "Blarney Road", "Cork", "T23 X2F4", "IE"),
           [Ln("BW-SS-870-250", 4, "EA", None, "Samsung 870 EVO 250GB SSD"),
            Ln("BW-RM-D4D-8", 4, "EA", None, "Crucial 8GB DDR4 desktop memory"),
            Ln("BW-TO-CRG057H", 1, "EA", None, "Canon 057H toner")]))

    # e36 Norwegian law firm in English, headsets
    body = """Hi,

Could you please send to our Oslo office:

4 x Jabra Evolve2 65 Flex, stereo, MS
2 x Jabra Evolve2 40 SE USB-A MS

Our ref: 2026-0471.

Ingrid Solheim
Advokatfirma Berg & Lie AS
Karl Johans gate 12, 0154 Oslo
"""
    write("e36_berglie_en_headsets.eml", eml(
        "Ingrid Solheim <is@berglie.no>", SELLER_NO, "headsets",
        "Mon, 07 Dec 2026 11:00:00 +0100", body),
        PO("Advokatfirma Berg & Lie AS", "2026-0471", None, None, None,
           S("Advokatfirma Berg & Lie AS", "Karl Johans gate 12", "Oslo", "0154", "NO"),
           [Ln("BW-HS-EV265-SMS", 4, "EA", None, "Jabra Evolve2 65 Flex, stereo, MS"),
            Ln("BW-HS-EV240-AMS", 2, "EA", None, "Jabra Evolve2 40 SE USB-A MS")]))

    # e37 unknown US Montessori, bullets with $ prices
    body = """Hello,

Lakeside Montessori would like to order the following for our library:

  * Apple MacBook Air 13" M3, 16GB/512GB, Silver - qty 2 - $1,299.00 each
  * Samsung T7 1TB portable SSD - qty 2 - $109.00 each
  * HDMI cable 10m (for the projector run) - qty 1 - $18.99

PO #LMS-2026-15. Please ship to the school:
Lakeside Montessori School
88 Shore Road
Burlington, VT 05401

Thank you!
Beth Alvarez, Head of School
"""
    write("e37_lakeside_unknown_us.eml", eml(
        "Beth Alvarez <balvarez@lakesidemontessori.org>", SELLER_US, "Order - library laptops",
        "Wed, 02 Dec 2026 14:14:00 -0500", body),
        PO("Lakeside Montessori School", "LMS-2026-15", None, None, "USD",
           S("Lakeside Montessori School", "88 Shore Road", "Burlington", "05401", "US", "VT"),
           [Ln("BW-LT-MBA13-M3S", 2, "EA", 1299.00, "Apple MacBook Air 13\" M3, 16GB/512GB, Silver"),
            Ln("BW-SS-EXT-T7-1T", 2, "EA", 109.00, "Samsung T7 1TB portable SSD"),
            Ln("BW-CA-HDMI-10M", 1, "EA", 18.99, "HDMI cable 10m")]))

    # e38 St Aidan's class pack
    body = """Hi,

Could we have one class pack (20) of the Logitech H390 headsets for Year 5 please, plus 2 x Epson 603XL multipacks for the staffroom printer.

PO 4519. Please deliver to the school office before we break up on Friday 18th December.

Thanks
Jo
St Aidan's CE Primary School
14 Harehills Lane, Leeds LS8 4HS
"""
    write("e38_staidans_classpack.eml", eml(
        "Jo Pickering <office@staidans.leeds.sch.uk>", SELLER_UK, "headsets PO 4519",
        "Mon, 07 Dec 2026 13:30:00 +0000", body),
        PO("St Aidan's CE Primary School", "4519", None, "2026-12-18", None,
           S("St Aidan's CE Primary School", "14 Harehills Lane", "Leeds", "LS8 4HS", "GB"),
           [Ln("BW-HS-LG-H390-20", 1, "PK", None, "Logitech H390 headsets class pack (20)"),
            Ln("BW-IN-EP603XLMP", 2, "PK", None, "Epson 603XL multipacks")]))

    # e39 German short with x-notation
    body = """Hallo Herr Albrecht,

bitte 3x TK-5240K und 1x TK-5240C liefern, außerdem 2x Kyocera TK-1150.
Unsere Bestell-Nr. 2026-WP-338.

Gruß
M. Stahl
Weber & Partner Rechtsanwälte mbB
Bockenheimer Landstraße 51, 60325 Frankfurt am Main
"""
    write("e39_weber_short_de.eml", eml(
        "Monika Stahl <m.stahl@weber-partner-law.de>", "Jens Albrecht <j.albrecht@brightwire.de>",
        "Toner", "Mon, 07 Dec 2026 10:10:00 +0100", body),
        PO("Weber & Partner Rechtsanwälte mbB", "2026-WP-338", None, None, None,
           S("Weber & Partner Rechtsanwälte mbB", "Bockenheimer Landstraße 51", "Frankfurt am Main", "60325", "DE"),
           [Ln("BW-TO-TK5240K", 3, "EA", None, "TK-5240K"),
            Ln("BW-TO-TK5240C", 1, "EA", None, "TK-5240C"),
            Ln("BW-TO-TK1150", 2, "EA", None, "Kyocera TK-1150")]))

    # e40 German dental, word quantities in German
    body = """Guten Tag,

wir benötigen für die Behandlungszimmer noch ein Dutzend USB-C-Kabel (USB-C auf USB-C, 1 m) sowie zwei Monitorarme für je zwei Bildschirme und einen Einzel-Monitorarm.

Bestellnummer ZH-2026-0433, Liefertermin 14.12.2026.

Freundliche Grüße
Sabine Körner
Zahnarztpraxis Dr. Hoffmann, Leopoldstraße 112, 80804 München
"""
    write("e40_hoffmann_dutzend.eml", eml(
        "Sabine Körner <praxis@zahnarzt-hoffmann.de>", SELLER_DE, "Nachbestellung",
        "Fri, 04 Dec 2026 15:15:00 +0100", body),
        PO("Zahnarztpraxis Dr. Hoffmann", "ZH-2026-0433", None, "2026-12-14", None,
           S("Zahnarztpraxis Dr. Hoffmann", "Leopoldstraße 112", "München", "80804", "DE"),
           [Ln("BW-CA-CC-1M", 12, "EA", None, "USB-C-Kabel (USB-C auf USB-C, 1 m)"),
            Ln("BW-MO-ARM-DUAL", 2, "EA", None, "Monitorarme für je zwei Bildschirme"),
            Ln("BW-MO-ARM-SGL", 1, "EA", None, "Einzel-Monitorarm")]))

    # e41 Carter & Wells, UPS + power cords, quantity after with "qty:"
    body = """Hello,

For our server closet refresh (PO 55203, need delivery by January 8, 2027):

APC Smart-UPS 1500VA rackmount 2U (SMT1500RMI2UC) - qty: 2 - $1,049.00
C13 to C14 power cords, 2 ft / 1 m - qty: 10 - $3.25
C13 to C14 power cords, 6 ft / 2 m - qty: 6 - $3.95

Deliver to our data room at the Cambridge St building:
Carter & Wells LLP
Attn: Facilities
1 Cambridge Street, 4th Floor
Boston, MA 02114

Regards,
Michael Donnelly
IT Coordinator | Carter & Wells LLP | 75 State Street, Suite 1400, Boston, MA 02109
"""
    write("e41_carterwells_ups.eml", eml(
        "Michael Donnelly <mdonnelly@carterwells.com>", SELLER_US, "PO 55203 UPS",
        "Fri, 04 Dec 2026 16:00:00 -0500", body),
        PO("Carter & Wells LLP", "55203", None, "2027-01-08", "USD",
           S("Carter & Wells LLP", "1 Cambridge Street, 4th Floor", "Boston", "02114", "US", "MA"),
           [Ln("BW-UP-SMT1500RMI", 2, "EA", 1049.00, "APC Smart-UPS 1500VA rackmount 2U (SMT1500RMI2UC)"),
            Ln("BW-CA-C13C14-1", 10, "EA", 3.25, "C13 to C14 power cords, 2 ft / 1 m"),
            Ln("BW-CA-C13C14-2", 6, "EA", 3.95, "C13 to C14 power cords, 6 ft / 2 m")]))

    # e42 Polish school second order, correction in the same email (struck line)
    body = """Dzień dobry,

proszę o realizację zamówienia SP12/ZAM/47/2026:

1) Lenovo ThinkPad L13 Yoga Gen 4 – 3 szt.
2) pamięć Crucial 16 GB DDR4 SODIMM – 6 szt.
3) klawiatura Logitech K120 (układ polski) – 10 szt.

Przepraszam, poprawka do pkt 3: klawiatur ma być 12 szt., nie 10.

Dostawa: Szkoła Podstawowa nr 12, ul. Lubomirskiego 21, 31-509 Kraków.

Tomasz Zieliński
"""
    write("e42_sp12_inline_fix.eml", eml(
        "Tomasz Zieliński <t.zielinski@sp12.krakow.pl>", "Brightwire Polska <zamowienia@brightwire.pl>",
        "Zamówienie SP12/ZAM/47/2026", "Mon, 07 Dec 2026 09:40:00 +0100", body),
        PO("Szkoła Podstawowa nr 12 w Krakowie", "SP12/ZAM/47/2026", None, None, None,
           S("Szkoła Podstawowa nr 12", "ul. Lubomirskiego 21", "Kraków", "31-509", "PL"),
           [Ln("BW-LT-L13Y-G4", 3, "EA", None, "Lenovo ThinkPad L13 Yoga Gen 4"),
            Ln("BW-RM-D4S-16", 6, "EA", None, "pamięć Crucial 16 GB DDR4 SODIMM"),
            Ln("BW-KB-K120-PL", 12, "EA", None, "klawiatura Logitech K120 (układ polski)")]))
