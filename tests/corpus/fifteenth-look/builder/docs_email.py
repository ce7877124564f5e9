"""The 26 order e-mails (.eml) and their labels."""
import datetime as _dt
from email.utils import format_datetime

from common import eml, label, ln, ship, SELLER, OMIT
from catalog_data import CUST

US = SELLER["orders"]
EU = SELLER["eu_orders"]
ORD = "Kestrel Ridge Orders <%s>" % US
ORD_EU = "Kestrel Ridge Scientific B.V. <%s>" % EU


def dt(y, mo, d, h, mi, off_h=-5):
    tz = _dt.timezone(_dt.timedelta(hours=off_h))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 17, tzinfo=tz))


def rcv(host, ip, when):
    return ["from %s (%s [%s]) by mx1.kestrelridgesci.com with ESMTPS id 4Kf%s; %s"
            % (host, host, ip, ip.replace(".", "")[-6:], when)]


def e01():
    d = dt(2026, 11, 16, 23, 41)
    eml("e01_grad_student_terse.eml", "Priya Venkataraman <pvenkat3@westbrook.edu>", US,
        "tips + tubes", d, "<CAF3x9q0e01.pv@mail.westbrook.edu>",
        text="hi, need 2 cs of the 200ul filter tips and a box of 1.5 tubes. same acct as usual, "
             "okafor lab rm 318 lindqvist\n\nthx\npriya\n\nSent from my iPhone\n",
        received=rcv("mail.westbrook.edu", "198.51.100.23", d),
        extra=[("X-Mailer", "iPhone Mail (21B101)")])
    label("e01_grad_student_terse.eml", "purchase_order", CUST["C101"], None, None, None, None, None, [
        ln("10-1200", 2, "CS", "200ul filter tips"),
        ln("11-2015", 1, "BX", "1.5 tubes"),
    ])


def e02():
    d = dt(2026, 11, 23, 7, 58, -6)
    body = """Good morning,

Please send us three cases of the 10% neutral buffered formalin in the gallon jugs, two boxes each of the medium and large nitrile exam gloves (the regular 4 mil ones, not the long cuff), a box of the low profile microtome blades and six one-liter bottles of Harris hematoxylin. Also two four-liter jugs of xylene.

Our PO number is 88213. Ship to the lab receiving dock as usual:

St. Brendan Regional Medical Center
Laboratory Receiving - Dock B
715 Marrow Street
Lakeholm, WI 53991

We'd appreciate it by Friday the 4th if at all possible -- we're nearly out of formalin.

Thanks,
Denise Albrecht, HT(ASCP)
Histology Supervisor, Dept. of Pathology
St. Brendan Regional Medical Center
(608) 555-0117

CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
"""
    eml("e02_pathology_prose_words.eml", "\"Albrecht, Denise\" <dalbrecht@stbrendanhealth.org>", US,
        "Order - Histology supplies PO 88213", d, "<BN8PR04MB6612e02@BN8PR04MB6612.namprd04.prod.outlook.com>",
        text=body, received=rcv("mail-bn8nam04.outbound.protection.outlook.com", "203.0.113.81", d),
        extra=[("Thread-Topic", "Order - Histology supplies PO 88213"), ("Content-Language", "en-US")])
    label("e02_pathology_prose_words.eml", "purchase_order", CUST["C104"], "88213", None, "2026-12-04", None,
          ship("St. Brendan Regional Medical Center", "715 Marrow Street", "Lakeholm", "WI", "53991", "US"), [
              ln("24-6001", 3, "CS", "10% neutral buffered formalin, gallon jugs"),
              ln("14-5102", 2, "BX", "nitrile exam gloves medium"),
              ln("14-5103", 2, "BX", "nitrile exam gloves large"),
              ln("24-6020", 1, "BX", "low profile microtome blades"),
              ln("24-6030", 6, "EA", "one-liter bottles of Harris hematoxylin"),
              ln("21-2404", 2, "EA", "four-liter jugs of xylene"),
          ])


E03_BODY = """Hi Kestrel Ridge team,

Please enter the following on PO HT-PO-0417:

\u2022 50 mL conicals, sterile, racked \u2013 4 cs
\u2022 15 mL conicals, sterile, bulk bag \u2013 2 cs
\u2022 Serological pipettes 10 mL indiv. wrapped \u2013 2 cs
\u2022 Serological pipettes 25 mL \u2013 1 cs
\u2022 DMSO, mol bio grade, 100 mL \u2013 2
\u2022 PBS 10X, 1 L \u2013 6
\u2022 Syringe filters 0.22 \u00b5m PES 25 mm \u2013 3 pk
\u2022 Cryovials 2 mL internal thread \u2013 1 cs

Need by Friday 12/4. Ship to:

Halcyon Therapeutics, Inc.
Attn: Marcus Lindgren
31 Innovation Way, Suite 240
Port Elden, MA 01987

Thanks!
Marcus

--
Marcus Lindgren | Lab Operations Manager
Halcyon Therapeutics, Inc. | 31 Innovation Way, Suite 240, Port Elden, MA 01987
m: (617) 555-0193
"""
HALCYON_SHIP = ship("Halcyon Therapeutics, Inc.", "31 Innovation Way, Suite 240", "Port Elden", "MA", "01987", "US")


def e03():
    d = dt(2026, 11, 24, 10, 12)
    eml("e03_biotech_bullets.eml", "Marcus Lindgren <mlindgren@halcyontx.com>", US,
        "PO HT-PO-0417 \u2013 lab consumables", d, "<CAHt0417.e03.ml@mail.halcyontx.com>", text=E03_BODY,
        received=rcv("mail-sor-f41.google.com", "192.0.2.41", d))
    label("e03_biotech_bullets.eml", "purchase_order", CUST["C105"], "HT-PO-0417", None, "2026-12-04", None,
          HALCYON_SHIP, [
              ln("12-3050", 4, "CS", "50 mL conicals, sterile, racked"),
              ln("12-3016", 2, "CS", "15 mL conicals, sterile, bulk bag"),
              ln("13-4010", 2, "CS", "Serological pipettes 10 mL indiv. wrapped"),
              ln("13-4025", 1, "CS", "Serological pipettes 25 mL"),
              ln("21-2500", 2, None, "DMSO, mol bio grade, 100 mL"),
              ln("22-4002", 6, None, "PBS 10X, 1 L"),
              ln("20-2225", 3, "PK", "Syringe filters 0.22 um PES 25 mm"),
              ln("25-7020", 1, "CS", "Cryovials 2 mL internal thread"),
          ])


def e04():
    d = dt(2026, 11, 20, 14, 5)
    body = """Hi Rob -- one correction before you ship: the 1000 uL tips should be the FILTERED ones (sterile, racked), not unfiltered. Also please make the medium gloves 6 boxes instead of 4, and drop the Parafilm completely, we found a case in the storeroom. Everything else as below.

Thanks,
Tamsin

Tamsin Obi | Lab Coordinator, Sample Processing
Northgate Clinical Research LLC | (919) 555-0164

On Fri, Nov 20, 2026 at 11:32 AM Rob Whitacre <rwhitacre@kestrelridgesci.com> wrote:
> Thanks Tamsin, got it -- I'll release this one this afternoon.
>
> Rob Whitacre
> Inside Sales, Kestrel Ridge Scientific
> (937) 555-0142 x214
>
> On Fri, Nov 20, 2026 at 9:47 AM Tamsin Obi <tobi@northgatecr.com> wrote:
>> Hi Rob,
>>
>> PO NCR-26-1183. Please ship to Northgate Clinical Research, Sample Processing Lab,
>> 5600 Tern Harbor Blvd, Greyridge NC 27698.
>>
>> 3 cs   1000 uL tips, unfiltered, sterile, racked (10-1301)
>> 2 cs   200 uL filter tips (10-1200)
>> 4 bx   nitrile gloves M (14-5102)
>> 2 bx   nitrile gloves L (14-5103)
>> 2 rl   Parafilm 2" (26-8002)
>> 1 cs   cryovials 2.0 mL int. thread (25-7020)
>> 5 bx   1.5 mL tubes (11-2015)
>> 2 ea   DMSO 100 mL (21-2500)
>>
>> Thanks!
>> Tamsin
"""
    eml("e04_reply_correction.eml", "Tamsin Obi <tobi@northgatecr.com>", "Rob Whitacre <rwhitacre@kestrelridgesci.com>",
        "Re: PO NCR-26-1183", d, "<CAN0rth.e04c.tobi@mail.northgatecr.com>",
        cc=US, text=body, in_reply_to="<CAKRS.rw.1183@mail.kestrelridgesci.com>",
        references="<CAN0rth.e04a.tobi@mail.northgatecr.com> <CAKRS.rw.1183@mail.kestrelridgesci.com>",
        received=rcv("mail.northgatecr.com", "198.51.100.64", d))
    label("e04_reply_correction.eml", "purchase_order", CUST["C106"], "NCR-26-1183", None, None, None,
          ship("Northgate Clinical Research", "5600 Tern Harbor Blvd", "Greyridge", "NC", "27698", "US"), [
              ln("10-1300", 3, "CS", "1000 uL tips, filtered, sterile, racked (corrected)"),
              ln("10-1200", 2, "CS", "200 uL filter tips"),
              ln("14-5102", 6, "BX", "nitrile gloves M"),
              ln("14-5103", 2, "BX", "nitrile gloves L"),
              ln("25-7020", 1, "CS", "cryovials 2.0 mL int. thread"),
              ln("11-2015", 5, "BX", "1.5 mL tubes"),
              ln("21-2500", 2, "EA", "DMSO 100 mL"),
          ])


def e05():
    d = dt(2026, 11, 19, 9, 3)
    body = """Hello,

Please process the order below from Prof. Tanaka's group.

PO: W-2026-33817
Grant/account to reference on invoice: 5-21847 (NSF CHE-2291047)
Deliver to: Dept. of Chemistry, Rowan Science Bldg Rm 204, 140 Rowan Science Drive, Ashford Falls, PA 17322

Thank you,
Gloria Pettibone
Business Office, Department of Chemistry
Westbrook University | (717) 555-0163

---------- Forwarded message ---------
From: Kenji Tanaka <ktanaka@chem.westbrook.edu>
Date: Wed, Nov 18, 2026 at 4:52 PM
Subject: glassware + solvents for teaching lab restart
To: Gloria Pettibone <gpettibone@westbrook.edu>


Gloria, can you order these from Kestrel Ridge, charge my NSF grant:

12 x 250 mL glass beakers (single, not the 12-packs)
6 x 500 mL glass beakers
12 x 250 mL Erlenmeyer flasks, glass
4 x 100 mL volumetric flasks, class A
2 x acetone 4 L
2 x methanol HPLC 4 L
3 packs Whatman-type #1 filter paper 125 mm
1 pack #42 ashless, 90 mm

Thanks, Kenji

--
Kenji Tanaka, Associate Professor
Department of Chemistry, Westbrook University
"""
    eml("e05_forwarded_pi_grant.eml", "Gloria Pettibone <gpettibone@westbrook.edu>", US,
        "FW: glassware + solvents for teaching lab restart", d, "<CAGP.e05.33817@mail.westbrook.edu>", text=body,
        received=rcv("mail.westbrook.edu", "198.51.100.23", d))
    label("e05_forwarded_pi_grant.eml", "purchase_order", CUST["C102"], "W-2026-33817", None, None, None,
          ship("Dept. of Chemistry", "140 Rowan Science Drive", "Ashford Falls", "PA", "17322", "US"), [
              ln("16-7025", 12, None, "250 mL glass beakers (single)"),
              ln("16-7050", 6, None, "500 mL glass beakers"),
              ln("17-8025", 12, None, "250 mL Erlenmeyer flasks, glass"),
              ln("17-8410", 4, None, "100 mL volumetric flasks, class A"),
              ln("21-2204", 2, None, "acetone 4 L"),
              ln("21-2004", 2, None, "methanol HPLC 4 L"),
              ln("19-1112", 3, "PK", "#1 filter paper 125 mm"),
              ln("19-4290", 1, "PK", "#42 ashless, 90 mm"),
          ])


def e06():
    d = dt(2026, 11, 20, 15, 40, -7)
    rows = [
        ("28-1100", "Sample bottle 120 mL sterile w/ sodium thiosulfate", 4, "CS", 112.00),
        ("28-1200", "Coliform/E. coli substrate reagent, 100 tests", 2, "PK", 520.00),
        ("28-1210", "Quantitation trays 97-well", 1, "BX", 260.00),
        ("19-7147", "MCE membrane 0.45um 47mm gridded sterile", 3, "PK", 96.00),
        ("19-6147", "Glass microfiber filter 1.5um 47mm", 2, "PK", 44.00),
        ("28-1300", "DPD free chlorine pillows 10 mL", 5, "PK", 24.00),
        ("28-1500", "Conductivity std 1413 uS/cm 500 mL", 2, "EA", 22.00),
        ("22-4071", "pH 7.00 buffer, 500 mL", 3, "EA", 16.00),
    ]
    tr = "\n".join(
        '<tr><td style="border:1px solid #999;padding:3px">%s</td><td style="border:1px solid #999;padding:3px">%s</td>'
        '<td style="border:1px solid #999;padding:3px;text-align:right">%d</td><td style="border:1px solid #999;padding:3px">%s</td>'
        '<td style="border:1px solid #999;padding:3px;text-align:right">$%.2f</td><td style="border:1px solid #999;padding:3px;text-align:right">$%s</td></tr>'
        % (s, ds, q, u, p, format(q * p, ",.2f")) for s, ds, q, u, p in rows)
    total = sum(q * p for _, _, q, _, p in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Please process the following order for ClearSpring Water Testing Laboratory.</p>
<p><b>PO #:</b> CSL-11492<br><b>PO Date:</b> 11/20/2026<br><b>Deliver by:</b> 12/01/2026</p>
<table style="border-collapse:collapse">
<tr style="background:#dde7f0"><th style="border:1px solid #999;padding:3px">Item #</th><th style="border:1px solid #999;padding:3px">Description</th><th style="border:1px solid #999;padding:3px">Qty</th><th style="border:1px solid #999;padding:3px">UOM</th><th style="border:1px solid #999;padding:3px">Unit Price</th><th style="border:1px solid #999;padding:3px">Ext.</th></tr>
%s
<tr><td colspan="5" style="text-align:right;padding:3px"><b>Total</b></td><td style="text-align:right;padding:3px"><b>$%s</b></td></tr>
</table>
<p><b>Ship to:</b><br>ClearSpring Water Testing Laboratory<br>Receiving<br>92 Weir Road<br>Fallow Creek, CO 80977</p>
<p>Please keep the thiosulfate bottles in the original cases, and note that the reagent must ship with cold packs.</p>
<p>Thank you,<br>Aaron Whitlock<br>Laboratory Manager<br>ClearSpring Water Testing Laboratory<br>(970) 555-0135</p>
</body></html>
""" % (tr, format(total, ",.2f"))
    text = ("Hello,\n\nPlease process the following order for ClearSpring Water Testing Laboratory.\n\n"
            "PO #: CSL-11492\nPO Date: 11/20/2026\nDeliver by: 12/01/2026\n\n"
            + "\n".join("%s  %s  %d %s  $%.2f" % (s, ds, q, u, p) for s, ds, q, u, p in rows)
            + "\n\nShip to:\nClearSpring Water Testing Laboratory\nReceiving\n92 Weir Road\nFallow Creek, CO 80977\n\n"
              "Thank you,\nAaron Whitlock\nLaboratory Manager\n")
    eml("e06_water_lab_html_table.eml", "Aaron Whitlock <awhitlock@clearspringlab.com>", US,
        "Purchase Order CSL-11492", d, "<0102018fe06.csl11492@clearspringlab.com>", text=text, html=html,
        received=rcv("smtp.clearspringlab.com", "203.0.113.135", d))
    label("e06_water_lab_html_table.eml", "purchase_order", CUST["C108"], "CSL-11492", "2026-11-20", "2026-12-01", "USD",
          ship("ClearSpring Water Testing Laboratory", "92 Weir Road", "Fallow Creek", "CO", "80977", "US"),
          [ln(s, q, u, ds, p) for s, ds, q, u, p in rows])


def e07():
    d = dt(2026, 11, 24, 13, 22)
    rows = [
        ("10-1010", "10ul filter tips", 3, "cs", "96.50", "CS"),
        ("10-1200", "200ul filter tips", 4, "cs", "98.00", "CS"),
        ("10-1300", "1000ul filter tips", 3, "cs", "104.00", "CS"),
        ("11-2015", "1.5ml tubes", 6, "bx", "11.50", "BX"),
        ("11-2100", "PCR strips", 2, "bx", "42.00", "BX"),
        ("12-3050", "50ml conicals racked", 2, "cs", "189.00", "CS"),
        ("22-4020", "50X TAE", 2, "ea", "46.00", "EA"),
        ("22-4060", "agarose 100g", 1, "ea", "118.00", "EA"),
        ("21-2810", "nuclease free water", 4, "ea", "", "EA"),
        ("14-5101", "gloves S", 5, "bx", "8.90", "BX"),
        ("14-5102", "gloves M", 5, "bx", "8.90", "BX"),
        ("26-8301", "markers (color)", 2, "pk", "17.00", "PK"),
    ]
    tsv = "Cat #\tItem\tQty\tUnit\tPrice\n" + "\n".join(
        "%s\t%s\t%d\t%s\t%s" % (s, ds, q, u, p) for s, ds, q, u, p, _ in rows[:8]) + "\n\t\t\t\t\n" + "\n".join(
        "%s\t%s\t%d\t%s\t%s" % (s, ds, q, u, p) for s, ds, q, u, p, _ in rows[8:])
    body = ("Hi,\n\nPasting the Okafor lab list below (from our shared sheet). PO 4100-77262. "
            "Ship to the usual MB receiving.\n\n" + tsv +
            "\n\nLet me know if anything is backordered.\n\nRenee Castellanos\nDepartment Administrator, "
            "Molecular Biology\nWestbrook University\n(717) 555-0158\n")
    eml("e07_tab_separated_paste.eml", "Renee Castellanos <rcastellanos@westbrook.edu>", US,
        "Okafor lab order - PO 4100-77262", d, "<CARC.e07.77262@mail.westbrook.edu>", text=body,
        received=rcv("mail.westbrook.edu", "198.51.100.23", d))
    label("e07_tab_separated_paste.eml", "purchase_order", CUST["C101"], "4100-77262", None, None, None, None,
          [ln(s, q, U, ds, float(p) if p else None) for s, ds, q, u, p, U in rows])


def e08():
    d = dt(2026, 11, 19, 6, 2, -6)
    rows = [
        ("LSD-440281", "15-6100", "PETRI DISH 100X15 STERILE", 4, "CS", 80.64),
        ("LSD-440117", "23-5030", "TRYPTIC SOY AGAR 500G", 2, "EA", 74.88),
        ("LSD-440118", "23-5020", "LB AGAR MILLER 500G", 1, "EA", 69.12),
        ("LSD-310022", "14-5102", "GLOVE NITRILE PF MED", 10, "BX", 8.54),
        ("LSD-310023", "14-5103", "GLOVE NITRILE PF LRG", 10, "BX", 8.54),
        ("LSD-520410", "15-6310", "LOOP INOC 10UL STERILE", 1, "CS", 65.28),
        ("LSD-520501", "27-9080", "PIPET TRANSFER 3ML NS", 2, "PK", 17.28),
        ("LSD-610090", "16-7225", "BEAKER PP 250ML", 24, "EA", 2.50),
        ("LSD-610091", "16-7250", "BEAKER PP 500ML", 12, "EA", 3.55),
        ("LSD-700220", "27-9041", "SLIDE MICRO FROSTED 25X75", 10, "BX", 7.10),
        ("LSD-700230", "27-9050", "COVER GLASS 22X22 #1.5", 10, "BX", 5.18),
    ]
    lines = []
    for i, (cp, s, ds, q, u, p) in enumerate(rows, 1):
        lines.append("%03d %-11s %-13s %-30s %5d %-3s %11s %12s" % (i, cp, s, ds, q, u, "%.2f" % p, format(q * p, ",.2f")))
    total = sum(r[3] * r[5] for r in rows)
    body = """-----------------------------------------------------------------------------------------------
LABSOURCE DIRECT, INC.                              PURCHASE ORDER
4100 DRAYTON INDUSTRIAL PKWY                        PO NUMBER : LSD-PO-0098812
MILLBROOK, TX 75997                                 PO DATE   : 11/19/2026
PH (469) 555-0177                                   REQ. DATE : 12/02/2026
                                                    BUYER     : J. ABERNATHY
VENDOR: 0001873                                     TERMS     : NET 30
  KESTREL RIDGE SCIENTIFIC INC                      SHIP VIA  : UPS GROUND
  2750 TOLLGATE PARKWAY                             FOB       : ORIGIN
  FAIRMONT HILLS, OH 45390

SHIP TO (DROP SHIP - BLIND):
  BRIGHTWATER COMMUNITY COLLEGE - BIOLOGY
  ATTN: STOCKROOM, SCIENCE HALL 112
  600 LANTERN HILL RD
  CEDAR HOLLOW, KY 40399

LN  OUR ITEM    VENDOR ITEM   DESCRIPTION                      QTY UM   UNIT PRICE     EXTENDED
--- ----------- ------------- ------------------------------ ----- --- ----------- ------------
%s
                                                                            ------------
                                                          ORDER TOTAL (USD)  %12s

*** DO NOT INCLUDE PRICING ON PACKING LIST. REFERENCE OUR PO ON ALL CARTONS. ***
-----------------------------------------------------------------------------------------------
""" % ("\n".join(lines), format(total, ",.2f"))
    eml("e08_reseller_fixed_width_erp.eml", "LSD Purchasing <purchasing@lsd-orders.com>", US,
        "Purchase Order LSD-PO-0098812", d, "<LSDPO.0098812.e08@lsd-orders.com>",
        text="Please see purchase order below. Confirm receipt to purchasing@lsd-orders.com.\n\n" + body,
        received=rcv("erp-relay.lsd-orders.com", "192.0.2.177", d), extra=[("X-Mailer", "DSI-ERP Mailer 7.2")])
    label("e08_reseller_fixed_width_erp.eml", "purchase_order", CUST["C112"], "LSD-PO-0098812", "2026-11-19", "2026-12-02", "USD",
          ship("BRIGHTWATER COMMUNITY COLLEGE - BIOLOGY", "600 LANTERN HILL RD", "CEDAR HOLLOW", "KY", "40399", "US"),
          [ln(s, q, u, ds, p, cp) for cp, s, ds, q, u, p in rows])


def e09():
    d = dt(2026, 11, 25, 11, 47)
    body = """Hello, please ship the following to our Greyridge site, PO NCR-26-1207:

10-1208 x 4 (200ul low retention filter tips)
10-13OO x 2 - 1000ul filtered tips
111-2017 x 3 - 1.5 mL safe-lock tubes
25-7012 x 2 - 1.2ml cryovials internal thread
20-2252 x 2 - 0.22 PES syringe filters 25mm
13-4010 x 3 - 10 mL serological
12-3015 x 1 - 15ml conicals racked
21-2050 x 1 - DMSO 100ml
22-4002 x 2 - PBS 10x 1L
145102 x 6 - nitrile gloves M

Thanks,
Hyun-woo Park
Bioanalytical Lab | Northgate Clinical Research LLC
5600 Tern Harbor Blvd, Greyridge, NC 27698 | (919) 555-0188
"""
    eml("e09_catalog_numbers_typos.eml", "Hyun-woo Park <hpark@northgatecr.com>", US,
        "order", d, "<CAN0rth.e09.hpark@mail.northgatecr.com>", text=body,
        received=rcv("mail.northgatecr.com", "198.51.100.64", d))
    label("e09_catalog_numbers_typos.eml", "purchase_order", CUST["C106"], "NCR-26-1207", None, None, None,
          ship("Northgate Clinical Research LLC", "5600 Tern Harbor Blvd", "Greyridge", "NC", "27698", "US"), [
              ln("10-1208", 4, None, "200ul low retention filter tips"),
              ln("10-1300", 2, None, "10-13OO 1000ul filtered tips"),
              ln("11-2017", 3, None, "111-2017 1.5 mL safe-lock tubes"),
              ln("25-7012", 2, None, "1.2ml cryovials internal thread"),
              ln("20-2225", 2, None, "20-2252 0.22 PES syringe filters 25mm"),
              ln("13-4010", 3, None, "10 mL serological"),
              ln("12-3015", 1, None, "15ml conicals racked"),
              ln("21-2500", 1, None, "21-2050 DMSO 100ml"),
              ln("22-4002", 2, None, "PBS 10x 1L"),
              ln("14-5102", 6, None, "145102 nitrile gloves M"),
          ])


def e10():
    d = dt(2026, 11, 30, 8, 15, -6)
    rows = [
        ("300417", "CASSETTE TISSUE W/LID WHITE", 4, "BX", "24-6010"),
        ("300418", "CASSETTE TISSUE W/LID BLUE", 2, "BX", "24-6011"),
        ("300522", "SLIDE MICROSCOPE CHARGED 25X75", 20, "BX", "27-9042"),
        ("300523", "COVERGLASS 22X50 #1.5", 10, "BX", "27-9051"),
        ("300610", "EOSIN Y ALCOHOLIC 1L", 4, "EA", "24-6031"),
        ("300611", "MOUNTING MEDIA XYLENE BASED 100ML", 6, "EA", "24-6040"),
        ("300700", "CONTAINER PREFILLED FORMALIN 60ML", 3, "CS", "24-6005"),
        ("300815", "BLADE MICROTOME HIGH PROFILE", 2, "BX", "24-6021"),
    ]
    tbl = "MMIS#      Description                                  Qty  UOM\n" + "\n".join(
        "%-10s %-44s %4d  %s" % (cp, ds, q, u) for cp, ds, q, u, _ in rows)
    body = ("Kestrel Ridge Customer Service,\n\nPlease process the following requisition for Pathology/Histology "
            "under PO 88240.\n\n" + tbl +
            "\n\nDeliver to Laboratory Receiving, 715 Marrow Street, Lakeholm WI 53991.\nRequested delivery: 12/07/2026\n\n"
            "Materials Management\nSt. Brendan Regional Medical Center\nmatmgmt@stbrendanhealth.org | (608) 555-0100\n")
    eml("e10_hospital_own_item_codes.eml", "SBRMC Materials Mgmt <matmgmt@stbrendanhealth.org>", US,
        "PO 88240 Pathology", d, "<BN8PR04MB6612e10@BN8PR04MB6612.namprd04.prod.outlook.com>", text=body,
        received=rcv("mail-bn8nam04.outbound.protection.outlook.com", "203.0.113.81", d))
    label("e10_hospital_own_item_codes.eml", "purchase_order", CUST["C104"], "88240", None, "2026-12-07", None,
          {"street": "715 Marrow Street", "city": "Lakeholm", "region": "WI", "postal_code": "53991", "country": "US"},
          [ln(s, q, u, ds, None, cp) for cp, ds, q, u, s in rows])


def e11():
    d = dt(2026, 11, 27, 8, 30)
    body = """Hi there -- our university email is down today so I'm sending from my personal address. This is for the Okafor Lab, Westbrook Univ. (Mol Bio), PO 4100-77301.

- 1000\u00b5l filtered tips, 2 cases
- 10 uL filter tips, 1 case
- 20ul filtered tips x1 case
- 0.5 mL tubes - 2 boxes
- 2.0ml snapcap tubes - 3 boxes
- 1.5 ML amber tubes, 1 box
- 5ml serological (individually wrapped) - 2 cs
- 0.22um PES syringe filter 13mm, 1 pk
- 500 ml PBS 1x - 6

Ship to Lindqvist Hall Rm 318, 88 Campus Loop Road, Ashford Falls PA 17322.

Thanks!
Tom\u00e1s
Postdoctoral Fellow, Okafor Lab
"""
    eml("e11_mixed_units_personal_address.eml", "Tom\u00e1s Riquelme <tomas.riquelme@inboxmail.net>", US,
        "order for Okafor lab (sending from personal acct, uni email down)", d, "<f3a9e11c@inboxmail.net>", text=body,
        received=rcv("out.inboxmail.net", "192.0.2.222", d))
    label("e11_mixed_units_personal_address.eml", "purchase_order", CUST["C101"], "4100-77301", None, None, None,
          {"street": "88 Campus Loop Road", "city": "Ashford Falls", "region": "PA", "postal_code": "17322", "country": "US"}, [
              ln("10-1300", 2, "CS", "1000ul filtered tips"),
              ln("10-1010", 1, "CS", "10 uL filter tips"),
              ln("10-1020", 1, "CS", "20ul filtered tips"),
              ln("11-2005", 2, "BX", "0.5 mL tubes"),
              ln("11-2020", 3, "BX", "2.0ml snapcap tubes"),
              ln("11-2016", 1, "BX", "1.5 ML amber tubes"),
              ln("13-4005", 2, "CS", "5ml serological (individually wrapped)"),
              ln("20-2213", 1, "PK", "0.22um PES syringe filter 13mm"),
              ln("22-4005", 6, None, "500 ml PBS 1x"),
          ])


def e12():
    d = dt(2026, 11, 24, 9, 51, 1)
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gem\u00e4\u00df Ihrem Angebot AN-26-0912 vom 02.11.2026:

Bestellnummer: 4500187342
Bestelldatum: 24.11.2026
Kostenstelle: 4711-QC (bitte nicht als Bestellnummer verwenden)

1. 10 Stk Becherglas 250 ml, Borosilikatglas, niedrige Form \u2013 \u00e0 3,95 \u20ac
2. 6 Stk Becherglas 1000 ml, Borosilikatglas \u2013 \u00e0 9,40 \u20ac
3. 5 VE Spritzenvorsatzfilter Nylon 0,45 \u00b5m, 25 mm (VE = 100 Stk) \u2013 \u00e0 78,90 \u20ac
4. 3 VE Spritzenvorsatzfilter PTFE 0,22 \u00b5m, 25 mm \u2013 \u00e0 94,50 \u20ac
5. 2 Stk Acetonitril HPLC, 4 l \u2013 \u00e0 176,00 \u20ac
6. 4 Stk Methanol HPLC, 4 l \u2013 \u00e0 91,50 \u20ac
7. 8 Pkg. Nitrilhandschuhe Gr. L (100 Stk/Pkg.) \u2013 \u00e0 8,60 \u20ac
8. 2 Stk Messkolben 100 ml, Klasse A, mit Stopfen \u2013 \u00e0 23,10 \u20ac
9. 1 Stk Pufferl\u00f6sung pH 7,00, 500 ml \u2013 \u00e0 15,20 \u20ac

Liefertermin: 09.12.2026

Lieferanschrift:
Rheinfeld Pharma GmbH
QC-Labor, Werk 2, Geb\u00e4ude 14
Am Kalkofen 7
55411 Bingen am Rhein

Rechnungsanschrift wie bekannt. Bitte best\u00e4tigen Sie den Auftrag.

Mit freundlichen Gr\u00fc\u00dfen

Dr. Katrin Wessely
Leitung Qualit\u00e4tskontrolle
Rheinfeld Pharma GmbH | Am Kalkofen 7 | 55411 Bingen am Rhein
Tel. +49 6721 555 0340
"""
    eml("e12_german_prose_decimal_comma.eml", "\"Dr. Katrin Wessely\" <k.wessely@rheinfeld-pharma.de>", ORD_EU,
        "Bestellung 4500187342 \u2013 QC-Labor Werk 2", d, "<6f2e12a0.4500187342@rheinfeld-pharma.de>", text=body,
        received=rcv("mx01.rheinfeld-pharma.de", "198.51.100.201", d), extra=[("Content-Language", "de-DE")])
    label("e12_german_prose_decimal_comma.eml", "purchase_order", CUST["C109"], "4500187342", "2026-11-24", "2026-12-09", "EUR",
          ship("Rheinfeld Pharma GmbH", "Am Kalkofen 7", "Bingen am Rhein", None, "55411", "DE"), [
              ln("16-7025", 10, "EA", "Becherglas 250 ml, Borosilikatglas, niedrige Form", 3.95),
              ln("16-7100", 6, "EA", "Becherglas 1000 ml, Borosilikatglas", 9.40),
              ln("20-3425", 5, "PK", "Spritzenvorsatzfilter Nylon 0,45 um, 25 mm", 78.90),
              ln("20-4225", 3, "PK", "Spritzenvorsatzfilter PTFE 0,22 um, 25 mm", 94.50),
              ln("21-2304", 2, "EA", "Acetonitril HPLC, 4 l", 176.00),
              ln("21-2004", 4, "EA", "Methanol HPLC, 4 l", 91.50),
              ln("14-5103", 8, "PK", "Nitrilhandschuhe Gr. L (100 Stk/Pkg.)", 8.60),
              ln("17-8410", 2, "EA", "Messkolben 100 ml, Klasse A", 23.10),
              ln("22-4071", 1, "EA", "Pufferloesung pH 7,00, 500 ml", 15.20),
          ])


def e13():
    d = dt(2026, 11, 26, 14, 18, 1)
    body = """Goedemiddag,

Hierbij bestellen wij onderstaande artikelen (inkoopordernummer PO-VA-26-0388, graag vermelden op pakbon en factuur):

- 4 doos nitril handschoenen maat L (\u00e0 \u20ac 8,45 per doos)
- 4 doos nitril handschoenen maat M (\u00e0 \u20ac 8,45 per doos)
- 3 x ethanol absoluut (200 proof) 4 L (\u00e0 \u20ac 159,00)
- 2 x isopropanol 4 L (\u00e0 \u20ac 55,10)
- 6 doos microbuisjes 1,5 ml, helder (500 st./doos) (\u00e0 \u20ac 10,90)
- 1 doos spuitfilters PVDF 0,45 \u00b5m 25 mm (\u00e0 \u20ac 87,40)
- 2 rol Parafilm 4 inch (\u00e0 \u20ac 36,10)

Gewenste leverdatum: 8 december 2026.
Afleveradres: Veldhoven Analytical B.V., t.a.v. QC-lab, Kwartsweg 12, 5294 KT Oosterdijk.

Met vriendelijke groet,

Joost van der Heijden
Inkoop | Veldhoven Analytical B.V.
+31 40 555 0172
"""
    eml("e13_dutch_doos_decimal_comma.eml", "Joost van der Heijden <j.vanderheijden@veldhoven-analytical.nl>", ORD_EU,
        "Bestelling PO-VA-26-0388", d, "<AM6PR09MB4411e13@AM6PR09MB4411.eurprd09.prod.outlook.com>", text=body,
        received=rcv("mail-am6eur09.outbound.protection.outlook.com", "203.0.113.12", d), extra=[("Content-Language", "nl-NL")])
    label("e13_dutch_doos_decimal_comma.eml", "purchase_order", CUST["C110"], "PO-VA-26-0388", None, "2026-12-08", "EUR",
          ship("Veldhoven Analytical B.V.", "Kwartsweg 12", "Oosterdijk", None, "5294 KT", "NL"), [
              ln("14-5103", 4, "BX", "nitril handschoenen maat L", 8.45),
              ln("14-5102", 4, "BX", "nitril handschoenen maat M", 8.45),
              ln("21-1054", 3, None, "ethanol absoluut (200 proof) 4 L", 159.00),
              ln("21-2104", 2, None, "isopropanol 4 L", 55.10),
              ln("11-2015", 6, "BX", "microbuisjes 1,5 ml, helder (500 st./doos)", 10.90),
              ln("20-5425", 1, "BX", "spuitfilters PVDF 0,45 um 25 mm", 87.40),
              ln("26-8004", 2, "RL", "Parafilm 4 inch", 36.10),
          ])


def e14():
    d = dt(2026, 11, 25, 16, 3, 1)
    body = """Bonjour,

Veuillez trouver ci-dessous notre commande n\u00b0 BC-2026-1187 du 25/11/2026.

R\u00e9f. Kestrel | D\u00e9signation | Qt\u00e9 | Prix unitaire HT
12-3015 | Tubes coniques 15 ml st\u00e9riles, en portoir | 2 colis | 112,00 \u20ac
10-1200 | Pointes 200 \u00b5l \u00e0 filtre, st\u00e9riles, en racks | 3 colis | 93,50 \u20ac
\u2014 | Bo\u00eetes de P\u00e9tri 90 mm st\u00e9riles | 2 colis |
11-2020 | Microtubes 2,0 ml bouchon clipsable | 4 bo\u00eetes | 12,80 \u20ac
23-5001 | Agar bact\u00e9riologique 500 g | 1 | 94,00 \u20ac
\u2014 | Gants nitrile non poudr\u00e9s taille S (bo\u00eete de 100) | 10 bo\u00eetes | 8,50 \u20ac

Pour les bo\u00eetes de P\u00e9tri 90 mm, merci de nous indiquer votre prix avant exp\u00e9dition.

Livraison souhait\u00e9e avant le 11/12/2026.
Adresse de livraison : Laboratoire Morvan SAS \u2013 R\u00e9ception, 14 rue des Tanneurs, 69590 Saint-Aubrac, France.

Cordialement,

Claire Fontanel
Responsable achats \u2013 Laboratoire Morvan SAS
T\u00e9l. +33 4 78 555 012
"""
    eml("e14_french_colis_not_in_catalog.eml", "Claire Fontanel <c.fontanel@labo-morvan.fr>", ORD_EU,
        "Bon de commande BC-2026-1187", d, "<20261125160300.e14.cf@labo-morvan.fr>", text=body,
        received=rcv("smtp.labo-morvan.fr", "192.0.2.69", d), extra=[("Content-Language", "fr-FR")])
    label("e14_french_colis_not_in_catalog.eml", "purchase_order", CUST["C111"], "BC-2026-1187", "2026-11-25", "2026-12-11", "EUR",
          ship("Laboratoire Morvan SAS", "14 rue des Tanneurs", "Saint-Aubrac", None, "69590", "FR"), [
              ln("12-3015", 2, "CS", "Tubes coniques 15 ml steriles, en portoir", 112.00),
              ln("10-1200", 3, "CS", "Pointes 200 ul a filtre, steriles, en racks", 93.50),
              ln(None, 2, "CS", "Boites de Petri 90 mm steriles"),
              ln("11-2020", 4, "BX", "Microtubes 2,0 ml bouchon clipsable", 12.80),
              ln("23-5001", 1, None, "Agar bacteriologique 500 g", 94.00),
              ln("14-5101", 10, "BX", "Gants nitrile non poudres taille S (boite de 100)", 8.50),
          ])


def e15():
    d = dt(2026, 11, 23, 10, 2, -6)
    rows = [
        ("Petri dish, 100 x 15 mm, polystyrene, sterile", "15-6100", 6, "CS", 84.00),
        ("Nutrient agar, powder, 500 g", "23-5040", 2, "EA", 62.00),
        ("Nutrient broth, powder, 500 g", "23-5041", 2, "EA", 58.00),
        ("Inoculating loop, 1 uL, sterile", "15-6301", 1, "CS", 68.00),
        ("Microscope slides, plain, 25 x 75 mm", "27-9040", 12, "BX", 6.20),
        ("Cover glass, 22 x 22 mm, no. 1.5", "27-9050", 12, "BX", 5.40),
        ("Nitrile exam gloves, powder-free, blue, 4 mil, size S", "14-5101", 8, "BX", 8.90),
        ("Nitrile exam gloves, powder-free, blue, 4 mil, size M", "14-5102", 8, "BX", 8.90),
        ("Lab marker, fine tip, black", "26-8300", 3, "PK", 16.00),
    ]
    tbl = "Line  %-56s %-17s %4s  %-4s %-12s %s\n" % ("Product Description", "Supplier Part ID", "Qty", "UOM", "Unit Price", "Ext. Price")
    tbl += "\n".join("%-5d %-56s %-17s %4d  %-4s %-12s %s" % (i, ds, s, q, u, "%.2f USD" % p, "%.2f USD" % (q * p))
                     for i, (ds, s, q, u, p) in enumerate(rows, 1))
    sub = sum(q * p for _, _, q, _, p in rows)
    body = """Hi -- our procurement system says this PO was sent to you on 11/17 but we haven't received an order acknowledgement or tracking. Forwarding the confirmation in case it never reached you. Can you make sure it's in?

Brian Hollis | Lab Manager, Dept. of Biological Sciences | Calder State University | 320-555-0149

-------- Forwarded Message --------
Subject: Order Confirmation - Requisition 2219034 / PO C0094412
Date: Tue, 17 Nov 2026 10:14:22 -0600
From: CalderBuy eProcurement <no-reply@calderbuy.calderstate.edu>
To: bhollis@calderstate.edu

Your requisition has been approved and Purchase Order C0094412 was distributed to the supplier.

Requisition #:            2219034
PO #:                     C0094412
PO Date:                  11/17/2026
Supplier:                 KESTREL RIDGE SCIENTIFIC INC (Punchout)
Cart Name:                Bio 2100 spring prep
Requested Delivery Date:  12/14/2026
Ship To:                  Calder State University Central Receiving
                          2200 Quarry Mill Road
                          Calder, MN 56981
                          Deliver to: Hagen Hall 215 / B. Hollis
Bill To:                  Accounts Payable, Calder State University
                          PO Box 8800, Calder, MN 56981

%s

Subtotal:   %s USD
Shipping:   0.00 USD
Total:      %s USD

Approval history: Submitted by Brian Hollis 11/16/2026; Approved by Dept Approver (M. Varga) 11/17/2026; Approved by Procurement (auto) 11/17/2026.
This is an automated message from CalderBuy. Please do not reply.
""" % (tbl, format(sub, ",.2f"), format(sub, ",.2f"))
    eml("e15_punchout_confirmation_forwarded.eml", "Brian Hollis <bhollis@calderstate.edu>", US,
        "Fwd: Order Confirmation - Requisition 2219034 / PO C0094412", d, "<CABH.e15.C0094412@mail.calderstate.edu>",
        text=body, received=rcv("mail.calderstate.edu", "198.51.100.149", d))
    label("e15_punchout_confirmation_forwarded.eml", "purchase_order", CUST["C103"], "C0094412", "2026-11-17", "2026-12-14", "USD",
          ship("Calder State University Central Receiving", "2200 Quarry Mill Road", "Calder", "MN", "56981", "US"),
          [ln(s, q, u, ds, p) for ds, s, q, u, p in rows])


def e16():
    d = dt(2026, 11, 30, 15, 35)
    body = """Hello,

I'm the science dept chair at Pinewood Valley HS. Our district PO is 2026-0457 (budget code 01-2300-610-000-4412 -- that's just for our bookkeeping, the PO number is the one to use on the invoice). Can you send:

one case of the 100mm petri dishes
a 500 g agar (bacteriological)
two nutrient broth 500g
24 of the plastic 250 ml beakers
12 plastic 100 ml graduated cylinders
30 pairs of splash goggles (if you carry them)
10 boxes of small nitrile gloves and 10 boxes medium
pH paper, 5 packs

Please ship to the school, attention Room 142:
Pinewood Valley High School
1450 Old Mill Pike
Pinewood Valley, OH 45871

We'd like it before winter break (Dec 18).

Thanks,
Dale Fenwick
Science Department Chair, Pinewood Valley High School
(419) 555-0126
"""
    eml("e16_high_school_po_vs_budget_code.eml", "Dale Fenwick <dfenwick@pvschools.org>", US,
        "order for PVHS science - PO 2026-0457", d, "<CAPV.e16.0457@mail.pvschools.org>", text=body,
        received=rcv("mail.pvschools.org", "192.0.2.126", d))
    label("e16_high_school_po_vs_budget_code.eml", "purchase_order", CUST["C107"], "2026-0457", None, "2026-12-18", None,
          ship("Pinewood Valley High School", "1450 Old Mill Pike", "Pinewood Valley", "OH", "45871", "US"), [
              ln("15-6100", 1, "CS", "100mm petri dishes"),
              ln("23-5001", 1, None, "500 g agar (bacteriological)"),
              ln("23-5041", 2, None, "nutrient broth 500g"),
              ln("16-7225", 24, None, "plastic 250 ml beakers"),
              ln("18-9611", 12, None, "plastic 100 ml graduated cylinders"),
              ln(None, 30, "PR", "splash goggles"),
              ln("14-5101", 10, "BX", "small nitrile gloves"),
              ln("14-5102", 10, "BX", "medium nitrile gloves"),
              ln("27-9060", 5, "PK", "pH paper"),
          ])


def e17(pdf_bytes):
    d = dt(2026, 11, 30, 9, 20, -7)
    eml("e17_email_with_pdf_po.eml", "Aaron Whitlock <awhitlock@clearspringlab.com>", US,
        "PO CSL-11530", d, "<0102018fe17.csl11530@clearspringlab.com>",
        text="Hi,\n\nPlease see attached PO CSL-11530.\n\nThanks,\nAaron\n\nAaron Whitlock | Laboratory Manager\n"
             "ClearSpring Water Testing Laboratory | (970) 555-0135\n",
        attachments=[("PO_CSL-11530.pdf", "application/pdf", pdf_bytes)],
        received=rcv("smtp.clearspringlab.com", "203.0.113.135", d))


def e18():
    d = dt(2026, 12, 1, 10, 44)
    body = """Hi, two orders today, separate POs please -- and separate invoices.

ORDER 1 -- Okafor Lab, PO 4100-77318
  2 cs 200 uL filter tips
  1 cs 10 uL filter tips
  3 bx 0.2 mL PCR strips
  1 box PCR plates 96-well semi-skirted

ORDER 2 -- Hale Lab, PO 4100-77319
  4 cs 1000 uL tips, non-sterile, racked
  2 bx 2.0 mL safe-lock tubes
  1 Tris base 1 kg

Both ship to MB receiving, 88 Campus Loop Road, Ashford Falls PA 17322.

Renee

Renee Castellanos
Department Administrator, Molecular Biology
Westbrook University
"""
    eml("e18_two_orders_one_email.eml", "Renee Castellanos <rcastellanos@westbrook.edu>", US,
        "2 orders - Okafor lab / Hale lab", d, "<CARC.e18.77318@mail.westbrook.edu>", text=body,
        received=rcv("mail.westbrook.edu", "198.51.100.23", d))
    label("e18_two_orders_one_email.eml", "purchase_order", CUST["C101"], "4100-77318", None, None, None,
          {"street": "88 Campus Loop Road", "city": "Ashford Falls", "region": "PA", "postal_code": "17322", "country": "US"}, [
              ln("10-1200", 2, "CS", "200 uL filter tips"),
              ln("10-1010", 1, "CS", "10 uL filter tips"),
              ln("11-2100", 3, "BX", "0.2 mL PCR strips"),
              ln("11-2110", 1, "BX", "PCR plates 96-well semi-skirted"),
          ])


def e19():
    d = dt(2026, 12, 2, 13, 10)
    body = """Hi Rob,

Blanket PO for Q1 2027 consumables: NCR-26-1250.

Total quantities for the quarter are below -- please split into three equal monthly shipments (January, February, March), delivered the first week of each month:

  12 cs   200 uL filter tips (10-1200)
   6 cs   1000 uL filter tips (10-1300)
   9 cs   10 mL serological pipettes, individually wrapped (13-4010)
  30 bx   nitrile gloves, M (14-5102)
  30 bx   nitrile gloves, L (14-5103)
   6 bx   1.5 mL microcentrifuge tubes, clear (11-2015)

Pricing per our 2027 agreement. Ship to Sample Processing, 5600 Tern Harbor Blvd, Greyridge NC 27698.

Thanks,
Tamsin Obi | Lab Coordinator, Sample Processing
Northgate Clinical Research LLC | (919) 555-0164
"""
    eml("e19_blanket_order_monthly_releases.eml", "Tamsin Obi <tobi@northgatecr.com>", "Rob Whitacre <rwhitacre@kestrelridgesci.com>",
        "Q1 2027 blanket PO NCR-26-1250", d, "<CAN0rth.e19.tobi@mail.northgatecr.com>", cc=US, text=body,
        received=rcv("mail.northgatecr.com", "198.51.100.64", d))
    label("e19_blanket_order_monthly_releases.eml", "purchase_order", CUST["C106"], "NCR-26-1250", None, None, None,
          {"street": "5600 Tern Harbor Blvd", "city": "Greyridge", "region": "NC", "postal_code": "27698", "country": "US"}, [
              ln("10-1200", 12, "CS", "200 uL filter tips"),
              ln("10-1300", 6, "CS", "1000 uL filter tips"),
              ln("13-4010", 9, "CS", "10 mL serological pipettes, individually wrapped"),
              ln("14-5102", 30, "BX", "nitrile gloves, M"),
              ln("14-5103", 30, "BX", "nitrile gloves, L"),
              ln("11-2015", 6, "BX", "1.5 mL microcentrifuge tubes, clear"),
          ])


def e20():
    d = dt(2026, 11, 25, 8, 5)
    quoted = "\n".join("> " + l if l else ">" for l in E03_BODY.splitlines())
    body = ("Hi, can you add two items to HT-PO-0417 before it ships?\n\n"
            "  - 2 packs of the 0.45 \u00b5m PES syringe filters, 25 mm\n"
            "  - 1 case of 5 mL serological pipettes (individually wrapped)\n\n"
            "Same ship-to. Everything else on the PO stays as is.\n\nThanks,\nMarcus\n\n"
            "On Tue, Nov 24, 2026 at 10:12 AM Marcus Lindgren <mlindgren@halcyontx.com> wrote:\n" + quoted + "\n")
    eml("e20_addon_to_existing_po.eml", "Marcus Lindgren <mlindgren@halcyontx.com>", US,
        "Re: PO HT-PO-0417 \u2013 lab consumables", d, "<CAHt0417.e20.ml@mail.halcyontx.com>", text=body,
        in_reply_to="<CAHt0417.e03.ml@mail.halcyontx.com>", references="<CAHt0417.e03.ml@mail.halcyontx.com>",
        received=rcv("mail-sor-f41.google.com", "192.0.2.41", d))
    d = label("e20_addon_to_existing_po.eml", "purchase_order", CUST["C105"], "HT-PO-0417", None, OMIT, None, HALCYON_SHIP, [
        ln("20-2425", 2, "PK", "0.45 um PES syringe filters, 25 mm"),
        ln("13-4005", 1, "CS", "5 mL serological pipettes (individually wrapped)"),
    ])


def e21():
    from catalog_data import BY_SKU
    d = dt(2026, 12, 1, 16, 55, -7)
    items = [("28-1100", 3), ("28-1200", 1), ("19-7147", 2), ("28-1300", 4), ("28-1301", 4), ("22-4070", 2)]
    scan = "\n".join("%s   x%d" % (BY_SKU[s]["gtin"], q) for s, q in items)
    body = ("Hey guys,\n\nI scanned the barcodes off the empty boxes in the stockroom, can you send these? "
            "qty after each one.\n\n" + scan +
            "\n\nPO will be CSL-11555. Normal address.\n\nthanks\nKyle (ClearSpring lab tech)\n")
    eml("e21_barcode_scan_list.eml", "Kyle Brandt <kbrandt@clearspringlab.com>", US,
        "restock", d, "<0102018fe21.kbrandt@clearspringlab.com>", text=body,
        received=rcv("smtp.clearspringlab.com", "203.0.113.135", d))
    label("e21_barcode_scan_list.eml", "purchase_order", CUST["C108"], "CSL-11555", None, None, None, None,
          [ln(s, q, None, "GTIN " + BY_SKU[s]["gtin"]) for s, q in items])


def e22():
    d = dt(2026, 12, 1, 11, 20, 1)
    rows = [
        ("10", "100023411", "20-3225", "Spritzenfilter Nylon 0,22 \u00b5m 25 mm", 4, "VE", "81,70", "PK", 81.70),
        ("20", "100023415", "20-4425", "Spritzenfilter PTFE 0,45 \u00b5m 25 mm", 2, "VE", "89,30", "PK", 89.30),
        ("30", "100019920", "21-2800", "Wasser HPLC-Qualit\u00e4t 4 l", 6, "Stk", "39,90", "EA", 39.90),
        ("40", "100019921", "22-4070", "Pufferl\u00f6sung pH 4,00 500 ml", 2, "Stk", "15,20", "EA", 15.20),
        ("50", "100019922", "22-4072", "Pufferl\u00f6sung pH 10,00 500 ml", 2, "Stk", "15,20", "EA", 15.20),
        ("60", "100031100", "27-9032", "K\u00fcvette Quarz 10 mm", 4, "Stk", "93,10", "EA", 93.10),
        ("70", "100031150", "27-9010", "W\u00e4geschalen antistatisch klein 7 ml", 1, "VE", "18,05", "PK", 18.05),
    ]
    tbl = "Pos. Material    Ihre Art.-Nr.  Bezeichnung                              Menge  ME    Preis/ME EUR\n"
    tbl += "\n".join("%-4s %-11s %-14s %-40s %5d  %-5s %8s" % (p, m, s, ds, q, u, pr) for p, m, s, ds, q, u, pr, _, _ in rows)
    body = ("Guten Tag,\n\nanbei unsere Bestellung 4500187598 vom 01.12.2026.\n\n" + tbl +
            "\n\nLiefertermin: KW 51/2026\nLieferanschrift: Rheinfeld Pharma GmbH, QC-Labor Werk 2, Am Kalkofen 7, 55411 Bingen am Rhein\n"
            "Zahlungsbedingungen: 30 Tage netto\n\nBitte geben Sie auf allen Lieferpapieren unsere Bestellnummer und die Materialnummern an.\n\n"
            "Mit freundlichen Gr\u00fc\u00dfen\ni.A. Stefan Kr\u00f6ger\nEinkauf Labor- und Betriebsmittel\nRheinfeld Pharma GmbH\n"
            "Tel. +49 6721 555 0311\n")
    eml("e22_german_table_material_numbers.eml", "Stefan Kroeger <s.kroeger@rheinfeld-pharma.de>", ORD_EU,
        "Bestellung 4500187598", d, "<6f2e22b1.4500187598@rheinfeld-pharma.de>", text=body,
        received=rcv("mx01.rheinfeld-pharma.de", "198.51.100.201", d), extra=[("Content-Language", "de-DE")])
    label("e22_german_table_material_numbers.eml", "purchase_order", CUST["C109"], "4500187598", "2026-12-01", None, "EUR",
          ship("Rheinfeld Pharma GmbH", "Am Kalkofen 7", "Bingen am Rhein", None, "55411", "DE"),
          [ln(s, q, U, ds, P, m) for _, m, s, ds, q, _, _, U, P in rows])


def e23():
    d = dt(2026, 12, 2, 9, 31, -6)
    items = [("13-4010", 4), ("13-4025", 2), ("20-2225", 6), ("12-3052", 1), ("25-7022", 3), ("25-7200", 2)]
    body = ("PO LSD-PO-0098870 -- please drop ship to:\n\nDr. Miriam Osei\nKellerman Institute for Marine Biology\n"
            "19 Breakwater Lane, Bldg C\nSounder Point, ME 04999\n\n" +
            "\n".join("qty %d - %s" % (q, s) for s, q in items) +
            "\n\nBlind ship, no pricing in the box please. Bill us at contract pricing.\n\nJen Abernathy\n"
            "Purchasing, LabSource Direct, Inc.\n(469) 555-0177\n")
    eml("e23_reseller_drop_ship_codes_only.eml", "Jen Abernathy <jabernathy@labsourcedirect.com>", US,
        "PO LSD-PO-0098870 drop ship", d, "<LSD.e23.0098870@labsourcedirect.com>", text=body,
        received=rcv("mail.labsourcedirect.com", "192.0.2.178", d))
    label("e23_reseller_drop_ship_codes_only.eml", "purchase_order", CUST["C112"], "LSD-PO-0098870", None, None, None,
          {"street": "19 Breakwater Lane, Bldg C", "city": "Sounder Point", "region": "ME", "postal_code": "04999", "country": "US"},
          [ln(s, q, None, None) for s, q in items])


def e24():
    d = dt(2026, 11, 27, 7, 2, -6)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Kestrel Ridge,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please place an order for Microbiology &#8212; <b>PO 88251</b>:</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">TSA w/ 5% sheep blood plates &#8212; 30 pk</p>
<p class="MsoNormal">MacConkey plates &#8212; 20 pk</p>
<p class="MsoNormal">10 &micro;L sterile loops &#8212; 2 cs</p>
<p class="MsoNormal">Sterile transfer pipettes, individually wrapped &#8212; 1 cs</p>
<p class="MsoNormal">Biohazard autoclave bags 24x36 &#8212; 3 cs</p>
<p class="MsoNormal">2 gal sharps containers &#8212; 12</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Need delivered by Wednesday 12/2 please, plates are date-sensitive so ship cold.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Luis Ocampo, MLS(ASCP)<br>Microbiology Supervisor | St. Brendan Regional Medical Center<br>(608) 555-0122</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This message and any attachments may contain protected health information. If you are not the intended recipient, notify the sender and delete this message. St. Brendan Regional Medical Center, 715 Marrow Street, Lakeholm, WI 53991.</p>
</div></body></html>
"""
    eml("e24_hospital_outlook_html.eml", "\"Ocampo, Luis\" <locampo@stbrendanhealth.org>", US,
        "Micro order PO 88251", d, "<BN8PR04MB6612e24@BN8PR04MB6612.namprd04.prod.outlook.com>", html=html,
        received=rcv("mail-bn8nam04.outbound.protection.outlook.com", "203.0.113.81", d),
        extra=[("Thread-Topic", "Micro order PO 88251"), ("Content-Language", "en-US")])
    label("e24_hospital_outlook_html.eml", "purchase_order", CUST["C104"], "88251", None, "2026-12-02", None, None, [
        ln("23-5100", 30, "PK", "TSA w/ 5% sheep blood plates"),
        ln("23-5101", 20, "PK", "MacConkey plates"),
        ln("15-6310", 2, "CS", "10 uL sterile loops"),
        ln("27-9081", 1, "CS", "Sterile transfer pipettes, individually wrapped"),
        ln("29-1001", 3, "CS", "Biohazard autoclave bags 24x36"),
        ln("29-1011", 12, None, "2 gal sharps containers"),
    ])


def e25():
    d = dt(2026, 12, 2, 22, 14, -6)
    body = """Hi!

Could we get:
- 5000 of the 1.5 mL microcentrifuge tubes (plain clear ones)
- a case of 2 mL cryovials, external thread
- 1 liter of 50x TAE
- 2 rolls of 2" parafilm
- 3 lab notebooks (the 200 page quad ones)

PO is C0094577. Deliver to Hagen Hall 230, same address as always.

Thanks!
Sofia Reyes
grad student, Lindahl lab -- Biological Sciences, Calder State
"""
    eml("e25_grad_student_piece_count.eml", "Sofia Reyes <sreyes14@calderstate.edu>", US,
        "supply order - Lindahl lab", d, "<CASR.e25.0094577@mail.calderstate.edu>", text=body,
        received=rcv("mail.calderstate.edu", "198.51.100.149", d))
    label("e25_grad_student_piece_count.eml", "purchase_order", CUST["C103"], "C0094577", None, None, None, None, [
        ln("11-2015", 5000, "EA", "1.5 mL microcentrifuge tubes (plain clear)"),
        ln("25-7022", 1, "CS", "2 mL cryovials, external thread"),
        ln("22-4020", 1, None, "1 liter of 50x TAE"),
        ln("26-8002", 2, "RL", "2\" parafilm"),
        ln("26-8202", 3, None, "lab notebooks (200 page quad)"),
    ])


def e26():
    d = dt(2026, 12, 3, 14, 48)
    body = """Hello,

We don't have a PO for this one -- please charge the department P-card on file (Visa ending 4417, cardholder Gloria Pettibone).

- 1 Eppendorf Research plus single-channel pipette, 100-1000 \u00b5L
- 2 boxes XL nitrile gloves
- pH buffers 4, 7 and 10 -- one of each (500 mL)
- 6 wash bottles, 250 ml
- 2 packs medium weigh boats

Ship to: Tanaka Group, Rowan Science Bldg Rm 311, 140 Rowan Science Drive, Ashford Falls, PA 17322

Thanks,
Arjun Mehta
PhD candidate, Tanaka Group, Dept. of Chemistry
"""
    eml("e26_pcard_no_po_item_not_carried.eml", "Arjun Mehta <amehta@chem.westbrook.edu>", US,
        "small order - Tanaka group (P-card)", d, "<CAAM.e26.tanaka@chem.westbrook.edu>", text=body,
        received=rcv("mail.westbrook.edu", "198.51.100.23", d))
    label("e26_pcard_no_po_item_not_carried.eml", "purchase_order", CUST["C102"], None, None, None, None,
          ship("Tanaka Group", "140 Rowan Science Drive", "Ashford Falls", "PA", "17322", "US"), [
              ln(None, 1, None, "Eppendorf Research plus single-channel pipette, 100-1000 uL"),
              ln("14-5104", 2, "BX", "XL nitrile gloves"),
              ln("22-4070", 1, None, "pH buffer 4 (500 mL)"),
              ln("22-4071", 1, None, "pH buffer 7 (500 mL)"),
              ln("22-4072", 1, None, "pH buffer 10 (500 mL)"),
              ln("27-9020", 6, None, "wash bottles, 250 ml"),
              ln("27-9011", 2, "PK", "medium weigh boats"),
          ])


ALL = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16,
       e18, e19, e20, e21, e22, e23, e24, e25, e26]
