"""Order emails 01-30. Each returns (ext, bytes, label, meta)."""
import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

import pdfkit
from labels import doc, order, OMIT
from master import BY_SKU, SELLER, ship
from util import L, cat_price, make_eml, when, fix_zip_times, money

KP = SELLER["short"]


def meta(what, hard, **kw):
    d = {"what": what, "hard": hard}
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------- 01
@doc(1, "foreman-terse-elm-st")
def d01():
    body = ("need 6 rolls 12 blk thhn 500 to the Elm st job, also 4 wht 4 grn and 2 bx 1/2 emt ss "
            "connectors. tomorrow am if u can\n\nDale\n\nSent from my iPhone\n")
    eml = make_eml("Dale Okafor <dale.okafor@ridgewayelectric.com>", "order", when(2026, 3, 2, 6, 48), text=body)
    lines = [L("THHN-12-BLK-500", 6, "RL", desc="12 blk thhn 500"),
             L("THHN-12-WHT-500", 4, "RL", desc="wht"),
             L("THHN-12-GRN-500", 4, "RL", desc="grn"),
             L("EMTC-SS-050", 2, "BX", desc="1/2 emt ss connectors")]
    lab = order("C1001", None, lines, requested_date="2026-03-03", ship_to=("C1001", 1))
    return "eml", eml, lab, meta("phone-typed note from a foreman, no PO number",
                                 "gauge/length carried over from the first item to '4 wht 4 grn'; ship-to only as "
                                 "'the Elm st job'; 'tomorrow am' relative to the Date header; box quantity for EA item")


# ---------------------------------------------------------------------------------- 02
@doc(2, "hospital-prose-lighting")
def d02():
    body = """Good morning,

I hope your week is off to a good start. We are moving ahead with phase two of the lighting retrofit at the Westside Outpatient Center, and I would like to place an order for the materials our in-house electricians will need. Please treat this email as our purchase order; the PO number is MV-260311 and it was approved on March 4, 2026.

For the corridors we need two cases of the four-foot T8 LED tubes in 4000K (the ballast-bypass type A/B ones we bought last fall, which I believe come twenty-five to a case). For the exam rooms we are replacing the old recessed cans, so please send forty-eight of the BR30 LED lamps in 3000K - not the 2700K, the staff found those too yellow. We will also need twenty-four standard A19 9-watt bulbs in 4000K for the staff lounge and the offices.

On the wiring side, Mike asked for three boxes of the yellow wire nuts and two boxes of the red ones, plus ten rolls of black electrical tape.

Please deliver to Marrow Valley Westside Outpatient Center, 6020 W Third St, Dayton, OH 45417, attention Facilities, no later than Friday, March 20. The receiving dock closes at 3:30 pm.

Pricing should follow our current contract. Please reply to confirm.

Thank you,

Teresa Lindqvist
Facilities Planning Coordinator
Marrow Valley Health System
(937) 555-0188
"""
    eml = make_eml("Teresa Lindqvist <tlindqvist@marrowvalleyhealth.org>",
                   "Lighting retrofit materials - Westside Outpatient - PO MV-260311",
                   when(2026, 3, 5, 8, 15), text=body)
    lines = [L("LED-T8-4FT-15W-40K", 2, "CS", desc="four-foot T8 LED tubes in 4000K"),
             L("LED-BR30-9W-30K", 48, "EA", desc="BR30 LED lamps in 3000K"),
             L("LED-A19-9W-40K", 24, "EA", desc="A19 9-watt bulbs in 4000K"),
             L("WN-YEL-100", 3, "BX", desc="yellow wire nuts"),
             L("WN-RED-100", 2, "BX", desc="red wire nuts"),
             L("TAPE-VNL-BLK", 10, "RL", desc="black electrical tape")]
    lab = order("C1003", "MV-260311", lines, order_date="2026-03-04", requested_date="2026-03-20",
                ship_to=("C1003", 1))
    return "eml", eml, lab, meta("long prose email from a hospital facilities planner",
                                 "word quantities inside sentences, a negated alternative (not the 2700K), "
                                 "cases of 25, PO approval date in prose")


# ---------------------------------------------------------------------------------- 03
@doc(3, "school-bullets-qty-after")
def d03():
    items = [("20A GFCI receptacle, white", 36), ("20A duplex receptacle commercial grade, white", 60),
             ("Single gang nylon duplex wallplate, white", 60), ("Single gang nylon GFCI/decora plate, white", 36),
             ('4" square box 2-1/8" deep', 40), ('4" square raised cover 1 device', 40),
             ('3/4" EMT set screw connector', 100), ('3/4" EMT set screw coupling', 100),
             ("3/4\" EMT, 10' sticks", 30), ('3/4" one hole strap', 150)]
    skus = ["GFCI-20-WHT", "REC-DUP-20-WHT", "WP-1G-DUP-WHT", "WP-1G-DEC-WHT", "BOX-4SQ-218", "CVR-4SQ-R1D",
            "EMTC-SS-075", "EMTK-SS-075", "EMT-075", "STRAP-1H-075"]
    bl = "\n".join(f"\u2022 {d} \u2013 {q}" for d, q in items)
    body = f"""Hi Kestrel team,

Please enter the following on PO 26-00417 for the M&O warehouse:

{bl}

Deliver to TCUSD Maintenance & Operations Warehouse, 880 Depot St, Xenia OH 45385. We need everything by June 5 - the work starts the Monday after school lets out.

Thanks,
Gary Pruitt
Buyer, Purchasing Dept.
Tri-County Unified School District
"""
    eml = make_eml("Gary Pruitt <gpruitt@tricountyusd.org>", "Order for summer projects - PO 26-00417",
                   when(2026, 3, 4, 13, 2), text=body)
    lines = [L(s, q, "EA", desc=d) for (d, q), s in zip(items, skus)]
    lab = order("C1004", "26-00417", lines, requested_date="2026-06-05", ship_to=("C1004", 0))
    return "eml", eml, lab, meta("bullet list, description first and quantity after a dash",
                                 "look-alikes: GFCI vs WR GFCI, commercial vs residential duplex, raised 1- vs "
                                 "2-device cover, 2-1/8 vs 1-1/2 deep box; date far ahead")


# ---------------------------------------------------------------------------------- 04
@doc(4, "reply-with-correction")
def d04():
    orig = """Hi,

Please enter PO HP-11872 for the Fairborn Library job (300 N Broad St, Fairborn OH 45324). Deliver Monday 3/9 before 10am, call Jesse on site 937-555-0121.

(6) 20A 1P GFCI breakers
(12) 20A 1P AFCI breakers
(10) 20A 1P standard breakers
(4) 30A 2P breakers
(2) 50A 2P GFCI breakers
(200) 3/4" 1-hole EMT straps
(3) 12/2 MC 250' coils

Thanks,
Renee"""
    quoted = "\n".join("> " + l if l else ">" for l in orig.splitlines())
    body = f"""Correction to the below - make the 20A GFCI breakers 8 not 6, and drop the 3/4 straps entirely, we found a box on the truck. Everything else the same, same PO and same delivery.

Renee Castillo
Purchasing | Hollis & Park Electrical Contractors Inc
(937) 555-0174

On Tue, Mar 3, 2026 at 4:12 PM Renee Castillo <rcastillo@hollisparkelectric.com> wrote:
{quoted}
"""
    eml = make_eml("Renee Castillo <rcastillo@hollisparkelectric.com>", "RE: PO HP-11872 - Fairborn Library",
                   when(2026, 3, 4, 7, 5), text=body, in_reply_to="<HP11872.20260303161200@hollisparkelectric.com>")
    lines = [L("BRK-1P-20-GF", 8, "EA", desc="20A 1P GFCI breakers"),
             L("BRK-1P-20-AF", 12, "EA", desc="20A 1P AFCI breakers"),
             L("BRK-1P-20", 10, "EA", desc="20A 1P standard breakers"),
             L("BRK-2P-30", 4, "EA", desc="30A 2P breakers"),
             L("BRK-2P-50-GF", 2, "EA", desc="50A 2P GFCI breakers"),
             L("MC-12-2-250", 3, "RL", desc="12/2 MC 250' coils")]
    lab = order("C1002", "HP-11872", lines, requested_date="2026-03-09", ship_to=("C1002", 1))
    return "eml", eml, lab, meta("reply whose newest text corrects the quoted original order",
                                 "order lines only in the quoted part; one quantity changed, one line dropped; "
                                 "AFCI/GFCI/standard 20A look-alikes")


# ---------------------------------------------------------------------------------- 05
@doc(5, "excel-tab-paste-custparts")
def d05():
    rows = [("DM-EL-0112", "#12 THHN STR BLK 500'", 8, "RL", 95.40, "THHN-12-BLK-500"),
            ("DM-EL-0113", "#12 THHN STR WHT 500'", 6, "RL", 95.40, "THHN-12-WHT-500"),
            ("DM-EL-0114", "#12 THHN STR GRN 500'", 4, "RL", 95.40, "THHN-12-GRN-500"),
            ("DM-EL-0310", "#10 THHN STR BLK 500'", 2, "RL", 142.00, "THHN-10-BLK-500"),
            ("DM-EL-0311", "#10 THHN STR WHT 500'", 2, "RL", 149.00, "THHN-10-WHT-500"),
            ("DM-EL-0314", "#10 THHN STR GRN 500'", 1, "RL", 149.00, "THHN-10-GRN-500"),
            ("DM-EL-0520", '1" EMT COMP CONN', 50, "EA", 2.70, "EMTC-CP-100"),
            ("DM-EL-0521", '1" EMT SS CPLG', 50, "EA", 1.18, "EMTK-SS-100"),
            ("DM-EL-0901", "MC 12/2 ALUM ARMOR 250'", 6, "RL", 158.00, "MC-12-2-250"),
            ("DM-EL-0903", "MC 12/3 ALUM ARMOR 250'", 2, "RL", 219.00, "MC-12-3-250")]
    table = "Item\tDescription\tQty\tUOM\tLast Price\n" + "\n".join(
        f"{a}\t{b}\t{c}\t{d}\t{e:.2f}" for a, b, c, d, e, _ in rows)
    body = f"""Please process PO DME-5521 for the Beavercreek Medical Office job. Ship to jobsite: 2450 Grange Hall Rd, Beavercreek OH 45431. Need on site Monday 3/16.

{table}

Kyle Brandt | Purchasing
Dunmore Mechanical & Electrical Inc
o 937-555-0150
"""
    eml = make_eml("Kyle Brandt <kbrandt@dunmore-me.com>", "PO DME-5521 Beavercreek MOB wire + fittings",
                   when(2026, 3, 6, 10, 22), text=body)
    lines = [L(s, q, u, p, desc=d, cp=a) for a, d, q, u, p, s in rows]
    lab = order("C1010", "DME-5521", lines, requested_date="2026-03-16", ship_to=("C1010", 1), currency="USD")
    return "eml", eml, lab, meta("table pasted from Excel as tab-separated plain text, buyer's own item codes",
                                 "buyer part numbers; 'Last Price' column with one stale price (#10 BLK 142.00 "
                                 "vs catalog 149.00, labelled as printed); compression vs set-screw fittings",
                                 price_exception="buyer's last-paid price on #10 BLK")


# ---------------------------------------------------------------------------------- 06
@doc(6, "outlook-html-nested-tables")
def d06():
    items = [(50, "15A duplex receptacle (residential)", "Ivory", "", "REC-DUP-15-IVY"),
             (30, "15A single pole toggle switch", "Ivory", "", "SW-1P-15-IVY"),
             (50, "1-gang duplex wall plate (nylon)", "Ivory", "", "WP-1G-DUP-IVY"),
             (30, "1-gang toggle wall plate (nylon)", "Ivory", "", "WP-1G-TOG-IVY"),
             (12, "15A GFCI receptacle", "White", "kitchens / baths", "GFCI-15-WHT"),
             (24, "A19 LED 60W equivalent", "2700K soft white", "", "LED-A19-9W-27K"),
             (6, "LED slide dimmer", "White", "dining rooms", "DIM-LED-600-WHT")]
    td = 'style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"'
    rows = "\n".join(
        f'<tr><td {td}><p class=MsoNormal align=right style="text-align:right">{q}</p></td>'
        f'<td {td}><p class=MsoNormal>{d}</p></td><td {td}><p class=MsoNormal>{c}</p></td>'
        f'<td {td}><p class=MsoNormal>{n or "&nbsp;"}</p></td></tr>' for q, d, c, n, _ in items)
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal>Good afternoon,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Please see our order below for the Willows turnover.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640 style="width:480.0pt;border-collapse:collapse">
<tr><td style="padding:0in 0in 0in 0in">
  <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
   <tr><td {td} colspan=2 style="background:#1F4E79"><p class=MsoNormal><b><span style="color:white">BROOKSTONE PROPERTY MANAGEMENT &#8211; PURCHASE ORDER</span></b></p></td></tr>
   <tr><td {td}><p class=MsoNormal><b>Purchase Order:</b></p></td><td {td}><p class=MsoNormal>BPM-2026-0219</p></td></tr>
   <tr><td {td}><p class=MsoNormal><b>Date:</b></p></td><td {td}><p class=MsoNormal>02/26/2026</p></td></tr>
   <tr><td {td}><p class=MsoNormal><b>Property:</b></p></td><td {td}><p class=MsoNormal>The Willows at Brookstone</p></td></tr>
   <tr><td {td}><p class=MsoNormal><b>Deliver to:</b></p></td><td {td}><p class=MsoNormal>The Willows at Brookstone<br>7400 Yankee St<br>Centerville, OH 45458<br>(Bldg C maintenance room)</p></td></tr>
   <tr><td {td}><p class=MsoNormal><b>Requested by:</b></p></td><td {td}><p class=MsoNormal>Alicia Moreno, Community Manager</p></td></tr>
  </table>
</td></tr>
<tr><td style="padding:8.0pt 0in 0in 0in">
  <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
   <tr><td {td}><p class=MsoNormal><b>Qty</b></p></td><td {td}><p class=MsoNormal><b>Item</b></p></td>
       <td {td}><p class=MsoNormal><b>Color / Finish</b></p></td><td {td}><p class=MsoNormal><b>Notes</b></p></td></tr>
{rows}
  </table>
</td></tr></table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you!<o:p></o:p></p>
<table border=0 cellspacing=0 cellpadding=0><tr><td style="border-right:solid #1F4E79 1.5pt;padding:0 8pt 0 0"><p class=MsoNormal><b>Alicia Moreno</b><br>Community Manager</p></td>
<td style="padding:0 0 0 8pt"><p class=MsoNormal>The Willows at Brookstone | Brookstone Property Management<br>T 937-555-0193 | brookstoneliving.com</p></td></tr></table>
</div></body></html>"""
    text = ("Good afternoon,\n\nPlease see our order below for the Willows turnover.\n\n"
            "BROOKSTONE PROPERTY MANAGEMENT - PURCHASE ORDER\nPurchase Order:\nBPM-2026-0219\nDate:\n02/26/2026\n"
            "Property:\nThe Willows at Brookstone\nDeliver to:\nThe Willows at Brookstone\n7400 Yankee St\n"
            "Centerville, OH 45458\n(Bldg C maintenance room)\nRequested by:\nAlicia Moreno, Community Manager\n\n"
            "Qty\nItem\nColor / Finish\nNotes\n" +
            "".join(f"{q}\n{d}\n{c}\n{n}\n" for q, d, c, n, _ in items) +
            "\nThank you!\n\nAlicia Moreno\nCommunity Manager\nThe Willows at Brookstone | Brookstone Property Management\n")
    eml = make_eml("Alicia Moreno <amoreno@brookstoneliving.com>", "Willows turnover order - PO BPM-2026-0219",
                   when(2026, 2, 26, 14, 40), text=text, html=html,
                   extra_headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdqHkW3vT2k1c9xQ"})
    lines = [L(s, q, "EA", desc=f"{d} {c}") for q, d, c, n, s in items]
    lab = order("C1006", "BPM-2026-0219", lines, order_date="2026-02-26", ship_to=("C1006", 1))
    return "eml", eml, lab, meta("Outlook HTML with a header table nested beside a line table",
                                 "colour in its own column (ivory vs white look-alikes); the plain-text part "
                                 "flattens each cell onto its own line; second email domain of the customer")


# ---------------------------------------------------------------------------------- 07
@doc(7, "erp-fixed-columns-oem")
def d07():
    rows = [("VPS-200-1420", "BRKR 1P 20A PLUG-ON", 48, "EA", "BRK-1P-20"),
            ("VPS-200-1415", "BRKR 1P 15A PLUG-ON", 24, "EA", "BRK-1P-15"),
            ("VPS-200-2230", "BRKR 2P 30A PLUG-ON", 12, "EA", "BRK-2P-30"),
            ("VPS-200-3320", "BRKR 3P 20A BOLT-ON 240V", 6, "EA", "BRK-3P-20-BO"),
            ("VPS-310-0010", "WIRE THHN #10 BLK STR 500FT", 4, "RL", "THHN-10-BLK-500"),
            ("VPS-310-0014R", "WIRE THHN #14 RED STR 500FT", 3, "RL", "THHN-14-RED-500"),
            ("VPS-310-0014B", "WIRE THHN #14 BLU STR 500FT", 3, "RL", "THHN-14-BLU-500"),
            ("VPS-420-0811", 'CABLE TIE 8" BLK UV 100/PK', 20, "PK", "TIE-08-BLK"),
            ("VPS-420-1100", "TAPE VINYL 3/4 X 66 RED", 10, "RL", "TAPE-VNL-RED"),
            ("VPS-500-0158", "STRUT 1-5/8 12GA 10FT PRE-GALV", 8, "EA", "STRUT-158-10")]
    out = ["PO NUMBER: 4500-07731        PO DATE: 03/05/26       BUYER: J.HALVORSEN",
           "VENDOR: KESTREL POINT ELEC SUPPLY           VENDOR#: V00872",
           "SHIP TO: VANTAGE PANEL SYSTEMS - RECEIVING / 3150 PRODUCTION BLVD / MORAINE OH 45439",
           "TERMS: NET 45     FOB: DEST     SHIP VIA: BEST WAY",
           "",
           "LN  ITEM NUMBER      DESCRIPTION                       QTY UM   UNIT COST    EXT COST DUE DATE",
           "--- ---------------- ------------------------------ ------ -- ----------- ----------- --------"]
    tot = 0
    for i, (part, d, q, u, s) in enumerate(rows, 1):
        p = cat_price(s)
        tot += q * p
        out.append(f"{i:03d} {part:<16} {d[:30]:<30} {q:6.2f} {u:<2} {p:11.4f} {q * p:11.2f} 03/12/26")
    out += ["", f"{'PO TOTAL:':>75} {tot:11.2f}"]
    body = "Kestrel team - PO below from our system, please confirm ship date.\n-Jon\n\n" + "\n".join(out) + \
        "\n\nJon Halvorsen | Buyer/Planner | Vantage Panel Systems Inc\n"
    eml = make_eml("Jon Halvorsen <jhalvorsen@vantagepanel.com>", "PO 4500-07731", when(2026, 3, 5, 11, 2), text=body)
    lines = [L(s, q, u, cat_price(s), desc=d, cp=part) for part, d, q, u, s in rows]
    lab = order("C1007", "4500-07731", lines, order_date="2026-03-05", requested_date="2026-03-12",
                ship_to=("C1007", 0), currency="USD")
    return "eml", eml, lab, meta("ERP export pasted as fixed-width columns (OEM panel builder)",
                                 "quantities printed as 48.00, four-decimal unit costs, buyer item numbers, "
                                 "2-digit-year dates, ship-to on one slash-separated line", subtotal=round(tot, 2))


# ---------------------------------------------------------------------------------- 08
@doc(8, "hospital-see-attached-pdf")
def d08():
    rows = [("100450", "REC-HG-20-WHT", "RECEPTACLE DUPLEX HOSPITAL GRADE 20A 125V WHITE", "EA", 60),
            ("100451", "REC-HG-20-RED", "RECEPTACLE DUPLEX HOSPITAL GRADE 20A 125V RED (EMERGENCY PWR)", "EA", 24),
            ("100460", "WP-1G-DUP-SS", "WALLPLATE 1G DUPLEX STAINLESS STEEL", "EA", 84),
            ("100461", "WP-1G-TOG-SS", "WALLPLATE 1G TOGGLE STAINLESS STEEL", "EA", 20),
            ("100470", "SW-1P-20-WHT", "SWITCH TOGGLE 1P 20A 120/277V SPEC GRADE WHITE", "EA", 20),
            ("100488", "GFCI-20-WHT", "RECEPTACLE GFCI 20A 125V SELF TEST WHITE", "EA", 12),
            ("100512", "", "LAMP LED T8 4FT 15W 3500K TYPE A/B", "EA", 100),
            ("100513", "", "LAMP LED A19 9W 3000K DIMMABLE", "EA", 48),
            ("100601", "BOX-4SQ-218", "BOX STEEL 4 SQ 2-1/8 DEEP W/KO", "EA", 50),
            ("100602", "CVR-4SQ-R2D", "COVER 4 SQ RAISED 2 DEVICE", "EA", 30),
            ("100603", "CVR-4SQ-R1D", "COVER 4 SQ RAISED 1 DEVICE", "EA", 20),
            ("100610", "EMTC-SS-050", "CONNECTOR EMT 1/2 SET SCREW STEEL", "EA", 200),
            ("100611", "EMTK-SS-050", "COUPLING EMT 1/2 SET SCREW STEEL", "EA", 200),
            ("100620", "EMT-050", "CONDUIT EMT 1/2 X 10FT", "EA", 50),
            ("100700", "BRK-1P-20", "CIRCUIT BREAKER 1P 20A PLUG-ON", "EA", 10),
            ("100701", "WN-YEL-100", "CONNECTOR WIRE TWIST-ON YELLOW 100/BX", "BX", 6)]
    skus = {"100512": "LED-T8-4FT-15W-35K", "100513": "LED-A19-9W-30K"}
    plines = []
    for i, (item, vcat, d, u, q) in enumerate(rows, 1):
        s = vcat or skus[item]
        plines.append({"n": i, "item": item, "vcat": vcat, "desc": d, "uom": u, "qty": q, "price": cat_price(s, u), "sku": s})
    po = {"org": "Marrow Valley Health System", "org_addr": "Supply Chain Services<br/>PO Box 3300, Dayton, OH 45401",
          "po_number": "4501187726", "po_date": "03/09/2026", "pages": 2,
          "vendor": ["Kestrel Point Electrical Supply, Inc.", "4100 Industrial Commons Dr", "Dayton, OH 45414",
                     "Vendor # 0004471"],
          "bill_to": ["Marrow Valley Health System", "Accounts Payable", "PO Box 3300", "Dayton, OH 45401"],
          "ship_to": ["Marrow Valley Medical Center - Receiving Dock B", "1500 Hospital Way", "Dayton, OH 45409",
                      "Attn: Plant Operations"],
          "info": {"Buyer": "S. Whitfield", "Phone": "937-555-0102", "Terms": "Net 45", "FOB": "Destination",
                   "Ship Via": "Vendor truck", "Need By": "03/23/2026"},
          "lines": plines,
          "note": "Invoice must reference PO number and line numbers. Deliveries accepted Mon-Fri 7:00-15:00 at "
                  "Receiving Dock B. Packing slip required. Backorders must be communicated within 24 hours.",
          "terms": ["Acceptance. This order is accepted by shipment or written acknowledgement.",
                    "Pricing. Prices shall not exceed those stated on this order or the governing contract.",
                    "Delivery. Time is of the essence; partial shipments require Buyer approval.",
                    "Invoices. Separate invoices per purchase order; include PO and line number.",
                    "Warranty. Seller warrants goods free from defects for 12 months from acceptance.",
                    "Compliance. Seller certifies compliance with applicable healthcare regulations."] * 3}
    pdf = pdfkit.hospital_erp(po)
    body = ("Attached please find Purchase Order 4501187726.\n\nPlease acknowledge receipt and advise of any "
            "backorders within 24 hours.\n\nThis mailbox is not monitored. Questions: S. Whitfield, "
            "Supply Chain Services, 937-555-0102.\n\nCONFIDENTIALITY NOTICE: This message may contain "
            "confidential information...\n")
    eml = make_eml("MVHS Purchasing <purchasing@mvhealth.org>", "Purchase Order 4501187726",
                   when(2026, 3, 9, 6, 30, dst=True), text=body,
                   attachments=[("PO_4501187726.pdf", "application", "pdf", pdf)])
    lines = [L(p["sku"], p["qty"], p["uom"], p["price"], desc=p["desc"], cp=p["item"]) for p in plines]
    lab = order("C1003", "4501187726", lines, order_date="2026-03-09", requested_date="2026-03-23",
                ship_to=("C1003", 0), currency="USD")
    return "eml", eml, lab, meta("'see attached' email, 2-page hospital ERP PDF (Vendor/Bill To/Ship To side by side)",
                                 "order only in the PDF; hospital item numbers plus our SKU in a vendor-catalog "
                                 "column, two lines without it; page 2 is terms",
                                 subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 09
@doc(9, "city-see-attached-xlsx")
def d09():
    rows = [(12, "EA", "20 amp 1 pole breaker", "BRK-1P-20", "BRK-1P-20"),
            (6, "EA", "20 amp GFCI breaker 1 pole", "BRK-1P-20-GF", "BRK-1P-20-GF"),
            (4, "EA", "2 pole 20A breaker", "", "BRK-2P-20"),
            (2, "CS", "LED T8 4' lamps 4000K (25/cs)", "LED-T8-4FT-15W-40K", "LED-T8-4FT-15W-40K"),
            (24, "EA", "LED PAR38 flood 3000K", "LED-PAR38-15W-30K", "LED-PAR38-15W-30K"),
            (10, "RL", "Electrical tape black", "", "TAPE-VNL-BLK"),
            (1, "EA", "Non-contact voltage tester", "TL-NCVT", "TL-NCVT"),
            (2, "BX", "Wire nuts tan 100/bx", "WN-TAN-100", "WN-TAN-100")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Order Form"
    ws.merge_cells("A1:G1")
    ws["A1"] = "CITY OF CALDER \u2014 FACILITIES MAINTENANCE DIVISION"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "MATERIAL ORDER FORM"
    ws["A2"].font = Font(bold=True)
    import datetime as dt
    hdr = [("A4", "Vendor:", "B4", "Kestrel Point Electrical Supply"), ("A5", "PO #:", "B5", "2026-00388"),
           ("D5", "Requisition #:", "E5", "26-0311"), ("A6", "Date:", "B6", dt.datetime(2026, 3, 3)),
           ("A7", "Deliver To:", "B7", "City of Calder Service Center, 455 Municipal Dr, Calder, OH 45371"),
           ("A8", "Needed By:", "B8", dt.datetime(2026, 3, 17))]
    for a, b, c, d in hdr:
        ws[a] = b
        ws[a].font = Font(bold=True)
        ws[c] = d
        if isinstance(d, dt.datetime):
            ws[c].number_format = "mm/dd/yyyy"
    heads = ["Line", "Qty", "Unit", "Description", "Vendor Part #", "Unit Cost", "Ext. Cost"]
    fill = PatternFill("solid", fgColor="D9D9D9")
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=10, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill
    for r, (q, u, d, vp, s) in enumerate(rows, 11):
        ws.cell(row=r, column=1, value=r - 10)
        ws.cell(row=r, column=2, value=q)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=d)
        ws.cell(row=r, column=5, value=vp or None)
        ws.cell(row=r, column=6, value=cat_price(s, u)).number_format = '"$"#,##0.00'
        ws.cell(row=r, column=7, value=f"=B{r}*F{r}").number_format = '"$"#,##0.00'
    last = 10 + len(rows)
    ws.cell(row=last + 1, column=6, value="TOTAL").font = Font(bold=True)
    ws.cell(row=last + 1, column=7, value=f"=SUM(G11:G{last})").number_format = '"$"#,##0.00'
    ws.cell(row=last + 3, column=1, value="Approved by: ______________________   Facilities Maintenance Supervisor")
    for col, w in zip("ABCDEFG", (8, 8, 7, 38, 22, 12, 12)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "pellison"
    import datetime as dt2
    wb.properties.created = dt2.datetime(2026, 3, 3, 12, 0)
    wb.properties.modified = dt2.datetime(2026, 3, 3, 12, 0)
    bio = io.BytesIO()
    wb.save(bio)
    x = fix_zip_times(bio.getvalue())
    body = ("Good afternoon,\n\nAttached is our order form for PO 2026-00388. Please deliver to the Service Center.\n\n"
            "Thank you,\n\nPat Ellison\nFacilities Maintenance Supervisor\nCity of Calder\n455 Municipal Dr, Calder OH 45371\n"
            "(937) 555-0133\n")
    eml = make_eml("Pat Ellison <pellison@calder-oh.gov>", "Requisition 26-0311 / PO 2026-00388",
                   when(2026, 3, 3, 13, 15), text=body,
                   attachments=[("Calder_PO_2026-00388.xlsx", "application",
                                 "vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    lines = [L(s, q, u, cat_price(s, u), desc=d) for q, u, d, vp, s in rows]
    lab = order("C1005", "2026-00388", lines, order_date="2026-03-03", requested_date="2026-03-17",
                ship_to=("C1005", 0), currency="USD")
    return "eml", eml, lab, meta("'attached is our order form': municipal xlsx requisition",
                                 "requisition number beside the PO number; extension cells are formulas with no "
                                 "cached values; vendor part column partly blank; price per case",
                                 subtotal=round(sum(q * cat_price(s, u) for q, u, d, vp, s in rows), 2))


# ---------------------------------------------------------------------------------- 10
@doc(10, "reseller-see-attached-csv")
def d10():
    rows = [("VC-10032", "GFCI-20-WHT", "Tamper Resistant Self-Test GFCI Outlet 20A White", 40),
            ("VC-10033", "GFCI-15-WHT", "Tamper Resistant Self-Test GFCI Outlet 15A White", 30),
            ("VC-11020", "REC-USB-15-WHT", "USB-A/USB-C Decorator Outlet 15A White", 25),
            ("VC-12001", "LED-A19-9W-27K", "LED A19 60W Equivalent Soft White 2700K Dimmable", 96),
            ("VC-12002", "LED-A19-9W-50K", "LED A19 60W Equivalent Daylight 5000K Dimmable", 96),
            ("VC-12010", "LED-BR30-9W-27K", "LED BR30 65W Equivalent Soft White 2700K", 48),
            ("VC-13001", "DIM-LED-600-WHT", "LED Slide Dimmer Single-Pole/3-Way White", 20),
            ("VC-14001", "EXT-12-3-50", "50 ft 12/3 Outdoor Extension Cord Lighted End Yellow", 12),
            ("VC-14002", "EXT-12-3-25", "25 ft 12/3 Outdoor Extension Cord Lighted End Yellow", 12),
            ("VC-15001", "TL-NCVT", "Non-Contact Voltage Tester 50-1000V", 18),
            ("VC-15003", "TL-STRIP-1018", "Wire Stripper 10-18 AWG Solid", 18),
            ("VC-16001", "WP-1G-DEC-WHT", "1-Gang Decorator Wall Plate White", 100)]
    blank_vendor = {"EXT-12-3-50", "EXT-12-3-25", "TL-STRIP-1018"}
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator="\r\n")
    w.writerow(["po_number", "line_no", "voltcart_sku", "upc", "vendor_sku", "title", "order_qty", "uom",
                "case_pack", "unit_cost", "ext_cost", "expected_delivery"])
    for i, (vc, s, t, q) in enumerate(rows, 1):
        c = BY_SKU[s]
        w.writerow(["VC-PO-100482", i, vc, c["gtin"], "" if s in blank_vendor else s, t, q, "EA", c["pack_size"],
                    f"{c['unit_price']:.2f}", f"{q * c['unit_price']:.2f}", "2026-03-20"])
    body = ("Hello Kestrel Point team,\n\nPlease find attached replenishment PO VC-PO-100482 (CSV). Ship to our Monroe "
            "FC per the routing guide; delivery appointment required. Expected delivery 03/20/2026.\n\nThanks,\n"
            "VoltCart Vendor Operations\nvendorops@voltcart-ops.com\n")
    eml = make_eml("VoltCart Vendor Operations <vendorops@voltcart-ops.com>", "VoltCart PO VC-PO-100482",
                   when(2026, 3, 11, 9, 30, dst=True), text=body,
                   attachments=[("VC-PO-100482.csv", "text", "csv", bio.getvalue().encode())])
    lines = [L(s, q, "EA", cat_price(s), desc=t, cp=vc) for vc, s, t, q in rows]
    lab = order("C1008", "VC-PO-100482", lines, requested_date="2026-03-20", ship_to=("C1008", 0), currency="USD")
    return "eml", eml, lab, meta("'please find attached' CSV from an online reseller's system",
                                 "retail titles instead of catalog text; vendor_sku blank on 3 rows (UPC only); "
                                 "ship-to named only as 'our Monroe FC'",
                                 subtotal=round(sum(q * cat_price(s) for vc, s, t, q in rows), 2))


# ---------------------------------------------------------------------------------- 11
@doc(11, "mfr-part-numbers")
def d11():
    rows = [(20, "TX-5362-GY", "20A 125V duplex receptacle, commercial grade, gray", "REC-DUP-20-GRY", "EA"),
            (20, "SS-PL1-DUP", "1-gang stainless duplex plate", "WP-1G-DUP-SS", "EA"),
            (6, "WR-GF20-WH", "20A GFCI, weather resistant, white", "GFCI-20-WR-WHT", "EA"),
            (6, "IU-1G-VH", "in-use weatherproof cover, 1 gang", "WP-1G-INUSE", "EA"),
            (2, "GFB-250", "2 pole 50A GFCI breaker", "BRK-2P-50-GF", "EA"),
            (4, "GFB-120", "1 pole 20A GFCI breaker", "BRK-1P-20-GF", "EA"),
            (10, "CG-050-3045", '1/2" cord grip .30-.45', "CGRIP-050", "EA"),
            (300, "SOOW-12/3", "12/3 SOOW cord (ft)", "SOOW-12-3", "FT"),
            (2, "TR-RS-3430", "rubber splicing tape 3/4 x 30'", "TAPE-RUB-030", "RL")]
    tbl = " QTY  MFR PART        DESCRIPTION\n" + "\n".join(f" {q:<4} {m:<15} {d}" for q, m, d, s, u in rows)
    body = f"""Morning,

PO NGIS-77310. Please ship to Northgate @ Arlo Foods Plant, 800 Valley Pike, Vandalia OH 45377 - deliver to the maintenance cage at door 14.

Part numbers below are what the plant spec sheet calls out, equal is fine:

{tbl}

Thanks
Ray Tillman
Project Lead | Northgate Industrial Services LLC
"""
    eml = make_eml("Ray Tillman <rtillman@ngis-mail.com>", "Arlo Foods - material for line 3 rework",
                   when(2026, 3, 10, 7, 40, dst=True), text=body)
    lines = [L(s, q, u, desc=d) for q, m, d, s, u in rows]
    lab = order("C1012", "NGIS-77310", lines, ship_to=("C1012", 1))
    return "eml", eml, lab, meta("manufacturer-style part numbers with descriptions ('equal is fine')",
                                 "part numbers are neither ours nor the buyer's (customer_part left null); one "
                                 "per-foot cord line; gray vs white/ivory, WR GFCI, 2P GFCI breaker look-alikes")


# ---------------------------------------------------------------------------------- 12
@doc(12, "excel-html-clipboard")
def d12():
    items = [("Decora rocker switch single pole", "White", 40, "", "SW-DEC-1P-15-WHT"),
             ("Decora rocker 3-way", "White", 10, "", "SW-DEC-3W-15-WHT"),
             ("Decora receptacle 15A", "White", 60, "TR", "REC-DEC-15-WHT"),
             ("Decora plate 1 gang", "White", 80, "", "WP-1G-DEC-WHT"),
             ("Decora plate 2 gang", "White", 20, "", "WP-2G-DEC-WHT"),
             None,
             ("A19 LED bulbs 2700K 60W eq", "-", 48, "", "LED-A19-9W-27K"),
             ("BR30 LED 2700K", "-", 24, "kitchen cans", "LED-BR30-9W-27K"),
             ("Smoke detector 120V hardwired w/ battery backup", "-", 8, "if you carry them", None)]
    trs = []
    for it in items:
        if it is None:
            trs.append('<tr height=20 style="height:15.0pt"><td height=20 class=xl65 style="height:15.0pt"></td>'
                       '<td class=xl65></td><td class=xl66></td><td class=xl65></td></tr>')
            continue
        d, c, q, n, s = it
        trs.append(f'<tr height=20 style="height:15.0pt"><td height=20 class=xl65 style="height:15.0pt">{d}</td>'
                   f'<td class=xl65>{c}</td><td class=xl66 align=right>{q}</td><td class=xl65>{n}</td></tr>')
    total = sum(it[2] for it in items if it)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="ltr">Hi Kestrel,<div><br></div><div>Please send the below to Maple Glen Townhomes (41 Maple Glen Ln, West Carrollton). PO# LRP-0342.</div><div><br></div>
<table border=0 cellpadding=0 cellspacing=0 width=466 style="border-collapse:collapse;width:350pt">
<!--StartFragment-->
 <col width=245 style="mso-width-source:userset;mso-width-alt:8960;width:184pt">
 <col width=64 span=2 style="width:48pt">
 <col width=93 style="mso-width-source:userset;mso-width-alt:3401;width:70pt">
 <tr height=20 style="height:15.0pt"><td colspan=4 height=20 class=xl67 style="height:15.0pt;font-weight:700">Maple Glen - March unit turns (8 units)</td></tr>
 <tr height=20 style="height:15.0pt"><td height=20 class=xl68 style="height:15.0pt;font-weight:700">Item</td><td class=xl68 style="font-weight:700">Color</td><td class=xl68 style="font-weight:700">Qty</td><td class=xl68 style="font-weight:700">Notes</td></tr>
 {''.join(trs)}
 <tr height=20 style="height:15.0pt"><td height=20 class=xl69 style="height:15.0pt;font-weight:700">TOTAL ITEMS</td><td class=xl69></td><td class=xl70 align=right style="font-weight:700">{total}</td><td class=xl69></td></tr>
<!--EndFragment-->
</table>
<div><br></div><div>Thanks!</div><div>Jordan Pike<br>Regional Maintenance Manager<br>Lakefront Residential Partners</div></div></body></html>"""
    text = ("Hi Kestrel,\n\nPlease send the below to Maple Glen Townhomes (41 Maple Glen Ln, West Carrollton). "
            "PO# LRP-0342.\n\nMaple Glen - March unit turns (8 units)\nItem Color Qty Notes\n" +
            "".join("\n" if it is None else f"{it[0]} {it[1]} {it[2]} {it[3]}\n" for it in items) +
            f"TOTAL ITEMS  {total}\n\nThanks!\nJordan Pike\nRegional Maintenance Manager\nLakefront Residential Partners\n")
    eml = make_eml("Jordan Pike <jpike@lakefrontres.com>", "Maple Glen unit turns - order", when(2026, 3, 2, 15, 5),
                   text=text, html=html)
    lines = [L(s, q, "EA", desc=d) for it in items if it for d, c, q, n, s in [it]]
    lab = order("C1009", "LRP-0342", lines, ship_to=("C1009", 1))
    return "eml", eml, lab, meta("Excel range pasted into a Gmail HTML body (clipboard markup)",
                                 "merged title row, blank row and a TOTAL ITEMS row that is not a line; a smoke "
                                 "detector the catalog does not carry; plain-text part is space-joined cells")


# ---------------------------------------------------------------------------------- 13
@doc(13, "forward-plus-addition")
def d13():
    body = """Please process the below for our shop, PO 24-1187. Also add 2 boxes of yellow wire nuts. Thanks!

Nina Ferraro
Office Manager | Ridgeway Electric LLC
2210 Kessler Rd, Dayton OH 45439
(937) 555-0117

---------- Forwarded message ---------
From: Luis Guerrero <luis.g@ridgeway-elec.net>
Date: Tue, Mar 3, 2026 at 5:51 PM
Subject: stuff for shop
To: Nina Ferraro <nferraro@ridgewayelectric.com>


Nina can u order for the shop
14/2 romex 250s x 10
12/2 romex 250s x 6
12/3 romex 250 x 2
old work boxes 1 gang x 100
3/8 romex connectors x 200
2 gang new work x 25
thx
Luis
"""
    eml = make_eml("Nina Ferraro <nferraro@ridgewayelectric.com>", "Fwd: stuff for shop", when(2026, 3, 4, 8, 30),
                   text=body)
    lines = [L("NMB-14-2-250", 10, "RL", desc="14/2 romex 250s"), L("NMB-12-2-250", 6, "RL", desc="12/2 romex 250s"),
             L("NMB-12-3-250", 2, "RL", desc="12/3 romex 250"), L("BOX-1G-OW", 100, "EA", desc="old work boxes 1 gang"),
             L("NMC-038", 200, "EA", desc="3/8 romex connectors"), L("BOX-2G-NW", 25, "EA", desc="2 gang new work"),
             L("WN-YEL-100", 2, "BX", desc="yellow wire nuts")]
    lab = order("C1001", "24-1187", lines, ship_to=("C1001", 0))
    return "eml", eml, lab, meta("office manager forwards a foreman's list and adds an item on top",
                                 "lines split between the forwarder's text and the forwarded message; "
                                 "'romex 250s' = 250 ft coils (not the 1000 ft reel); forwarder is the buyer")


# ---------------------------------------------------------------------------------- 14
@doc(14, "word-quantities")
def d14():
    body = """Hi there,

Could you send over a dozen of the 20 amp GFCI outlets in white and half a dozen of the ivory ones, a couple boxes of orange wire nuts, three rolls of white electrical tape, one 50 foot 12 gauge extension cord, and ten of the 4000K A19 LED bulbs? Also fifteen 15 amp ivory duplex outlets.

Drop it at our maintenance shop at 19 Brookstone Ct, Centerville. PO number is BPM-2026-0231.

Thanks much,
Frank
Brookstone Property Management - Maintenance
"""
    eml = make_eml("Frank Dupree <fdupree@brookstonepm.com>", "order", when(2026, 3, 6, 16, 20), text=body)
    lines = [L("GFCI-20-WHT", 12, "EA", desc="20 amp GFCI outlets in white"),
             L("GFCI-20-IVY", 6, "EA", desc="ivory ones"),
             L("WN-ORG-100", 2, "BX", desc="orange wire nuts"),
             L("TAPE-VNL-WHT", 3, "RL", desc="white electrical tape"),
             L("EXT-12-3-50", 1, "EA", desc="50 foot 12 gauge extension cord"),
             L("LED-A19-9W-40K", 10, "EA", desc="4000K A19 LED bulbs"),
             L("REC-DUP-15-IVY", 15, "EA", desc="15 amp ivory duplex outlets")]
    lab = order("C1006", "BPM-2026-0231", lines, ship_to=("C1006", 0))
    return "eml", eml, lab, meta("one-paragraph request with every quantity in words",
                                 "'a dozen', 'half a dozen', 'a couple', 'fifteen'; 'the ivory ones' inherits "
                                 "20A GFCI from the previous item; 'outlets' for receptacles")


# ---------------------------------------------------------------------------------- 15
@doc(15, "feet-vs-reels-pickup")
def d15():
    body = """Hey guys - for the Hadley remodel, need:

1500 ft #12 black THHN
1000' #12 white THHN
500' #12 green
750 ft 14/2 NM-B
200 ft 12/3 SO cord
and 2 - 25 ft extension cords 12/3

Will pick up at the counter Thursday. PO Hadley-0309.

Tom Sparrow
Sparrow Electric Co
"""
    eml = make_eml("Tom Sparrow <tom@sparrowelectricco.com>", "Hadley remodel wire", when(2026, 3, 9, 7, 12, dst=True),
                   text=body)
    lines = [L("THHN-12-BLK-500", 1500, "FT", desc="#12 black THHN"),
             L("THHN-12-WHT-500", 1000, "FT", desc="#12 white THHN"),
             L("THHN-12-GRN-500", 500, "FT", desc="#12 green"),
             L("NMB-14-2-250", 750, "FT", desc="14/2 NM-B"),
             L("SOOW-12-3", 200, "FT", desc="12/3 SO cord"),
             L("EXT-12-3-25", 2, "EA", desc="25 ft extension cords 12/3")]
    lab = order("C1011", "Hadley-0309", lines, requested_date="2026-03-12", ship_to=None)
    return "eml", eml, lab, meta("contractor orders wire by the foot, counter pickup",
                                 "feet for items sold by the 500 ft reel / 250 ft coil (labelled as written: FT; "
                                 "SKU = the reel that divides evenly); 'Thursday' relative to the Date header; "
                                 "no ship-to (pickup)")


# ---------------------------------------------------------------------------------- 16
@doc(16, "not-in-catalog-lines")
def d16():
    body = """PO HP-11901 - ship to our warehouse, 77 Commerce Dr Kettering.

4 - 1-1/4" EMT 10'
10 - 1" EMT 10'
25 - 1" EMT set screw connectors
25 - 1" EMT set screw couplings
2 - 200A ringless meter socket (if you don't stock it, skip it, we'll get it elsewhere)
1 - Cat6 plenum blue 1000' box
2 - 1/2" EMT benders
1 - 50' steel fish tape

Dave
Hollis & Park Electrical
"""
    eml = make_eml("Dave Kim <dkim@hollisparkelectric.com>", "PO HP-11901", when(2026, 2, 27, 12, 10), text=body)
    lines = [L("EMT-125", 4, "EA", desc='1-1/4" EMT 10\''), L("EMT-100", 10, "EA", desc='1" EMT 10\''),
             L("EMTC-SS-100", 25, "EA", desc='1" EMT set screw connectors'),
             L("EMTK-SS-100", 25, "EA", desc='1" EMT set screw couplings'),
             L(None, 2, "EA", desc="200A ringless meter socket"), L(None, 1, "BX", desc="Cat6 plenum blue 1000' box"),
             L("TL-BEND-050", 2, "EA", desc='1/2" EMT benders'), L("TL-FISH-50", 1, "EA", desc="50' steel fish tape")]
    lab = order("C1002", "HP-11901", lines, ship_to=("C1002", 0))
    return "eml", eml, lab, meta("short dash list with two items the catalog does not carry",
                                 "meter socket and Cat6 have no SKU (sku null); 1-1/4 vs 1 vs 1/2 trade sizes; "
                                 "1/2 EMT bender vs conduit")


# ---------------------------------------------------------------------------------- 17
@doc(17, "multipage-pdf-attachment")
def d17():
    spec = [("26-05-19", "THHN-12-BLK-2500", "#12 THHN BLK STR 2500' REEL", 4, "RL"),
            ("26-05-19", "THHN-12-WHT-2500", "#12 THHN WHT STR 2500' REEL", 3, "RL"),
            ("26-05-19", "THHN-12-RED-2500", "#12 THHN RED STR 2500' REEL", 2, "RL"),
            ("26-05-19", "THHN-12-GRN-500", "#12 THHN GRN STR 500' REEL", 6, "RL"),
            ("26-05-19", "THHN-10-BLK-2500", "#10 THHN BLK STR 2500' REEL", 1, "RL"),
            ("26-05-19", "THHN-10-WHT-500", "#10 THHN WHT STR 500' REEL", 2, "RL"),
            ("26-05-19", "THHN-10-GRN-500", "#10 THHN GRN STR 500' REEL", 2, "RL"),
            ("26-05-19", "THHN-8-BLK-500", "#8 THHN BLK STR 500' REEL", 2, "RL"),
            ("26-05-19", "THHN-6-BLK-500", "#6 THHN BLK STR 500' REEL", 1, "RL"),
            ("26-05-19", "MC-12-2-250", "MC CABLE 12/2 ALUM 250' COIL", 10, "RL"),
            ("26-05-19", "MC-12-3-250", "MC CABLE 12/3 ALUM 250' COIL", 4, "RL"),
            ("26-05-19", "MCC-038", "MC SNAP-IN CONNECTOR 3/8 (100/BX)", 4, "BX"),
            ("26-05-33", "EMT-075", "EMT 3/4\" X 10'", 60, "EA"),
            ("26-05-33", "EMT-100", "EMT 1\" X 10'", 30, "EA"),
            ("26-05-33", "EMT-050", "EMT 1/2\" X 10'", 80, "EA"),
            ("26-05-33", "EMTC-SS-050", "EMT CONNECTOR SET SCREW 1/2\"", 300, "EA"),
            ("26-05-33", "EMTC-SS-075", "EMT CONNECTOR SET SCREW 3/4\"", 200, "EA"),
            ("26-05-33", "EMTC-SS-100", "EMT CONNECTOR SET SCREW 1\"", 100, "EA"),
            ("26-05-33", "EMTK-SS-050", "EMT COUPLING SET SCREW 1/2\"", 300, "EA"),
            ("26-05-33", "EMTK-SS-075", "EMT COUPLING SET SCREW 3/4\"", 200, "EA"),
            ("26-05-33", "EMTK-SS-100", "EMT COUPLING SET SCREW 1\"", 100, "EA"),
            ("26-05-29", "STRAP-1H-050", "STRAP 1-HOLE EMT 1/2\"", 500, "EA"),
            ("26-05-29", "STRAP-1H-075", "STRAP 1-HOLE EMT 3/4\"", 300, "EA"),
            ("26-05-29", "STRAP-1H-100", "STRAP 1-HOLE EMT 1\"", 100, "EA"),
            ("26-05-33", "PVC40-200", "PVC SCH 40 CONDUIT 2\" X 10'", 20, "EA"),
            ("26-05-33", "PVC40-100", "PVC SCH 40 CONDUIT 1\" X 10'", 15, "EA"),
            ("26-05-33", "PVCK-075", "PVC COUPLING 3/4\"", 50, "EA"),
            ("26-05-33", "PVCMA-075", "PVC MALE ADAPTER 3/4\"", 50, "EA"),
            ("26-05-33", "BOX-411-218", "BOX 4-11/16 SQ 2-1/8 DEEP", 60, "EA"),
            ("26-05-33", "CVR-411-BLK", "COVER 4-11/16 SQ BLANK", 30, "EA"),
            ("26-05-33", "BOX-4SQ-218", "BOX 4\" SQ 2-1/8 DEEP", 80, "EA"),
            ("26-05-33", "CVR-4SQ-R2D", "COVER 4\" SQ RAISED 2-DEVICE", 40, "EA"),
            ("26-05-29", "ROD-14-10", "ALL THREAD ROD 1/4-20 X 10'", 40, "EA"),
            ("26-05-29", "BCLAMP-14", "BEAM CLAMP 1/4-20", 100, "EA")]
    plines = [{"n": i, "cost_code": cc, "desc": d, "qty": q, "uom": u, "price": cat_price(s, u), "sku": s}
              for i, (cc, s, d, q, u) in enumerate(spec, 1)]
    plines[24]["note"] = "confirm lead time"
    po = {"org": "Dunmore Mechanical & Electrical Inc",
          "org_addr": ["5600 Webster St, Dayton OH 45414", "Tel 937-555-0150  Fax 937-555-0151"],
          "po_number": "DME-5560", "po_date": "03/12/2026",
          "vendor": ["Kestrel Point Electrical Supply, Inc.", "4100 Industrial Commons Dr", "Dayton, OH 45414"],
          "ship_to": ["Dunmore - Beavercreek Medical Office Job", "2450 Grange Hall Rd", "Beavercreek, OH 45431",
                      "Site contact: K. Brandt 937-555-0150"],
          "info": [("Job", "2611 - Beavercreek MOB Rough-In"), ("Required Date", "03/23/2026"),
                   ("Terms", "Net 30"), ("Ship Via", "Supplier delivery")],
          "lines": plines, "per_page": 14, "tax_rate": 0.0725, "tax_label": "Sales Tax 7.25%",
          "footer": ["Reference the P.O. number and job number on all packing slips and invoices.",
                     "Substitutions require written approval. Deliveries to jobsite 7:00 AM - 2:00 PM."]}
    pdf = pdfkit.construction_erp(po)
    body = ("Kestrel - PO DME-5560 attached for the Beavercreek MOB rough-in, 3 pages. Please confirm lead time on the "
            "2\" PVC and the 2500' reels. Deliver to the jobsite.\n\nThx,\nKyle\n\nKyle Brandt | Purchasing\n"
            "Dunmore Mechanical & Electrical Inc\n")
    eml = make_eml("Kyle Brandt <kbrandt@dunmoreme.com>", "PO DME-5560 (3 pages attached)",
                   when(2026, 3, 12, 10, 5, dst=True), text=body,
                   attachments=[("DME-5560.pdf", "application", "pdf", pdf)])
    lines = [L(p["sku"], p["qty"], p["uom"], p["price"], desc=p["desc"]) for p in plines]
    lab = order("C1010", "DME-5560", lines, order_date="2026-03-12", requested_date="2026-03-23",
                ship_to=("C1010", 1), currency="USD")
    return "eml", eml, lab, meta("email with a 3-page construction-ERP PDF, 34 lines",
                                 "lines continue over three pages with repeated headers; 500 vs 2500 ft reels; "
                                 "cost codes look like numbers; tax in totals",
                                 subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 18
@doc(18, "personal-gmail-pickup")
def d18():
    body = """Hey its Mike from Sparrow Electric, can u set aside
10 20a single pole breakers (plug on)
4 15a arc fault
2 two pole 30s
and a box of the 3 port wago style push connectors
grabbing it tomorrow morning. put it on the Sparrow Electric acct, PO MIKE-0310
thx
Mike
"""
    eml = make_eml("Mike Sparrow <msparrow77@gmail.com>", "pickup tmrw", when(2026, 3, 10, 18, 44, dst=True), text=body)
    lines = [L("BRK-1P-20", 10, "EA", desc="20a single pole breakers (plug on)"),
             L("BRK-1P-15-AF", 4, "EA", desc="15a arc fault"), L("BRK-2P-30", 2, "EA", desc="two pole 30s"),
             L("PUSH-3P-100", 1, "BX", desc="3 port wago style push connectors")]
    lab = order("C1011", "MIKE-0310", lines, requested_date="2026-03-11", ship_to=None)
    return "eml", eml, lab, meta("personal Gmail address, account named only in the text",
                                 "sender domain matches no customer; 'arc fault' = AFCI; brand-style name for "
                                 "push-in connectors; 'tomorrow' relative date; pickup (no ship-to)")


# ---------------------------------------------------------------------------------- 19
@doc(19, "order-in-subject-only")
def d19():
    eml = make_eml("Dwayne Harris <dharris@northgateindustrial.com>", "PO 77342 - 4 cs T8 4ft 5000K + 2 cs 2ft",
                   when(2026, 2, 25, 6, 2), text="\n\nSent from my Galaxy\n")
    lines = [L("LED-T8-4FT-15W-50K", 4, "CS", desc="T8 4ft 5000K"), L("LED-T8-2FT-9W-40K", 2, "CS", desc="2ft")]
    lab = order("C1012", "77342", lines, ship_to=None)
    return "eml", eml, lab, meta("whole order in the subject line, empty body",
                                 "nothing but the subject; '2 cs 2ft' inherits T8; only one 2 ft T8 exists (4000K)")


# ---------------------------------------------------------------------------------- 20
@doc(20, "second-ship-to-high-school")
def d20():
    items = [(24, "PAR38 LED flood 15W 3000K", "LED-PAR38-15W-30K", "EA"),
             (6, "20 amp single pole breaker, plug-in", "BRK-1P-20", "EA"),
             (2, "12/2 MC cable, 250 ft coil", "MC-12-2-250", "RL"),
             (12, '4" octagon box', "BOX-OCT-4", "EA"),
             (50, '3/8" MC snap-in connector', "MCC-038", "EA"),
             (12, '4" square blank cover', "CVR-4SQ-BLK", "EA")]
    tbl = "Qty\tItem\n" + "\n".join(f"{q}\t{d}" for q, d, s, u in items)
    body = f"""Hello,

Please process PO 26-00452. IMPORTANT: this one ships to Tri-County High School, 1200 Bellbrook Ave, Xenia OH 45385 (attn: Head Custodian, use the west loading door) - NOT to the M&O warehouse.

{tbl}

Required by Friday 3/13.

Linda Ochoa
Purchasing Technician
Tri-County Unified School District
"""
    eml = make_eml("Linda Ochoa <lochoa@tricountyusd.org>", "PO 26-00452 - gym lighting & power",
                   when(2026, 3, 2, 10, 10), text=body)
    lines = [L(s, q, u, desc=d) for q, d, s, u in items]
    lab = order("C1004", "26-00452", lines, requested_date="2026-03-13", ship_to=("C1004", 1))
    return "eml", eml, lab, meta("order to the customer's second ship-to, with the default named and negated",
                                 "both sites mentioned, the warehouse with NOT; 'plug-in' breaker; octagon box vs "
                                 "4in square cover")


# ---------------------------------------------------------------------------------- 21
@doc(21, "multisheet-xlsx-attachment")
def d21():
    import datetime as dt
    rows = [("Devices", "GFCI receptacle 15A", "White", 10, "ea", "GFCI-15-WHT"),
            ("Devices", "Duplex receptacle 15A", "White", 0, "ea", None),
            ("Devices", "Toggle switch 15A", "White", 24, "ea", "SW-1P-15-WHT"),
            ("Devices", "Toggle switch 3-way 15A", "White", 6, "ea", "SW-3W-15-WHT"),
            ("Plates", "1 gang toggle plate", "White", 24, "ea", "WP-1G-TOG-WHT"),
            ("Plates", "1 gang duplex plate", "White", None, "ea", None),
            ("Plates", "2 gang toggle plate", "White", 6, "ea", "WP-2G-TOG-WHT"),
            ("Lamps", "LED A19 60W eq", "3000K", 36, "ea", "LED-A19-9W-30K"),
            ("Lamps", "LED BR30", "3000K", 24, "ea", "LED-BR30-9W-30K"),
            ("Misc", "Wire nuts yellow", "box of 100", 2, "box", "WN-YEL-100"),
            ("Misc", "Push-in connectors 2-port", "box", 1, "box", "PUSH-2P-100")]
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Read Me"
    for i, t in enumerate(["LAKEFRONT RESIDENTIAL PARTNERS - MAINTENANCE SUPPLY ORDER FORM", "",
                           "1. Fill in the Order tab only. Leave Qty blank or 0 for items you do not need.",
                           "2. Email the file to the supplier with the PO number in the subject.",
                           "3. Questions: Jordan Pike, Regional Maintenance Manager, 937-555-0160.",
                           "", "Example: 'Toggle switch 15A  White  12  ea'"], 1):
        ws0.cell(row=i, column=1, value=t)
    ws = wb.create_sheet("Order")
    ws["A1"] = "Site:"
    ws["B1"] = "Harbor Point Apartments, 250 Harbor Point Dr, Miamisburg OH 45342"
    ws["A2"] = "PO:"
    ws["B2"] = "LRP-0358"
    ws["A3"] = "Date:"
    ws["B3"] = dt.datetime(2026, 3, 10)
    ws["B3"].number_format = "m/d/yyyy"
    ws["A4"] = "Need by:"
    for c in ("A1", "A2", "A3", "A4"):
        ws[c].font = Font(bold=True)
    for i, h in enumerate(["Category", "Item", "Size/Color", "Qty", "Unit"], 1):
        ws.cell(row=6, column=i, value=h).font = Font(bold=True)
    for r, (cat, it, sc, q, u, s) in enumerate(rows, 7):
        for c, v in enumerate([cat, it, sc, q, u], 1):
            ws.cell(row=r, column=c, value=v)
    ws3 = wb.create_sheet("Lists")
    for i, v in enumerate(["ea", "box", "case", "roll"], 1):
        ws3.cell(row=i, column=1, value=v)
    ws3.sheet_state = "hidden"
    wb.active = 1
    wb.properties.created = dt.datetime(2026, 3, 10, 9, 0)
    wb.properties.modified = dt.datetime(2026, 3, 10, 9, 0)
    bio = io.BytesIO()
    wb.save(bio)
    body = "Hi - order for Harbor Point attached (see 'Order' tab). PO LRP-0358.\n\nThanks,\nJordan\n"
    eml = make_eml("Jordan Pike <jpike@lakefrontres.com>", "Harbor Point order - spreadsheet attached",
                   when(2026, 3, 10, 11, 20, dst=True), text=body,
                   attachments=[("Harbor Point order 3-10.xlsx", "application",
                                 "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fix_zip_times(bio.getvalue()))])
    uomap = {"ea": "EA", "box": "BX"}
    lines = [L(s, q, uomap[u], desc=f"{it} {sc}") for cat, it, sc, q, u, s in rows if q]
    lab = order("C1009", "LRP-0358", lines, order_date="2026-03-10", ship_to=("C1009", 0))
    return "eml", eml, lab, meta("xlsx order form with a Read Me sheet, the Order sheet and a hidden list sheet",
                                 "rows with Qty 0 or blank are not ordered; the Read Me holds an example line; "
                                 "colour/temperature in a separate column; 'Need by' left empty")


# ---------------------------------------------------------------------------------- 22
@doc(22, "jobsite-x-quantities")
def d22():
    body = """for elm st, PO 24-1203
3/4 emt x 40
3/4 ss conn x 100
3/4 ss cplg x 60
3/4 1 hole strap x 200
4sq 2-1/8 deep x 30
4sq 1 gang raised x 30
#12 blk thhn 500 x 3
#12 wht x 3
#12 grn x 2
need friday
-marcus
"""
    eml = make_eml("Marcus Webb <mwebb@ridgeway-elec.net>", "Elm st", when(2026, 3, 12, 6, 15, dst=True), text=body)
    lines = [L("EMT-075", 40, "EA", desc="3/4 emt"), L("EMTC-SS-075", 100, "EA", desc="3/4 ss conn"),
             L("EMTK-SS-075", 60, "EA", desc="3/4 ss cplg"), L("STRAP-1H-075", 200, "EA", desc="3/4 1 hole strap"),
             L("BOX-4SQ-218", 30, "EA", desc="4sq 2-1/8 deep"), L("CVR-4SQ-R1D", 30, "EA", desc="4sq 1 gang raised"),
             L("THHN-12-BLK-500", 3, "RL", desc="#12 blk thhn 500"), L("THHN-12-WHT-500", 3, "RL", desc="#12 wht"),
             L("THHN-12-GRN-500", 2, "RL", desc="#12 grn")]
    lab = order("C1001", "24-1203", lines, requested_date="2026-03-13", ship_to=("C1001", 1))
    return "eml", eml, lab, meta("jobsite list with 'x qty' after every item",
                                 "heavy abbreviation (ss conn/cplg, 4sq, 1 gang raised); reel length stated once; "
                                 "'need friday' relative; second email domain; ship-to 'elm st'")


# ---------------------------------------------------------------------------------- 23
@doc(23, "outlook-html-bullets-negation")
def d23():
    items = [("GFCI receptacles, 20A, white, weather-resistant", 8, "GFCI-20-WR-WHT"),
             ("Stainless steel single gang decora plates", 8, "WP-1G-DEC-SS"),
             ("LED BR30 lamps, 4000K", 36, "LED-BR30-9W-40K"),
             ("20A single-pole toggle switches, commercial, ivory", 10, "SW-1P-20-IVY"),
             ("Single gang ivory toggle plates, nylon", 10, "WP-1G-TOG-IVY")]
    lis = "\n".join(f"<li class=MsoListParagraph style='margin-left:0in;mso-list:l0 level1 lfo1'>{d} &#8212; {q}</li>"
                    for d, q, s in items)
    html = f"""<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoNormal>Hello,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please enter City of Calder PO <b>2026-00412</b> for the following, delivered to the Service Center (455 Municipal Dr):</p>
<ul style='margin-top:0in' type=disc>
{lis}
</ul>
<p class=MsoNormal>We still have plenty of the 2-gang plates and the red hospital-grade receptacles from the last order, so please don&#8217;t send any of those this time. Also, please remove the fish tape I mentioned on the phone &#8211; we found ours.</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Need by 3/20.</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Thanks,</p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr><td width=90 valign=top style='padding:0in 5.4pt'><p class=MsoNormal><img width=80 height=80 src="cid:image001.png@01DAB2C1.5E3F1A00" alt="City of Calder seal"></p></td>
<td valign=top style='padding:0in 5.4pt'><p class=MsoNormal><b>Pat Ellison</b><br>Facilities Maintenance Supervisor<br>City of Calder | Public Works<br>455 Municipal Dr, Calder, OH 45371<br>O: (937) 555-0133 &nbsp;C: (937) 555-0134</p></td></tr></table>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>This e-mail and any attachments may be subject to public records disclosure under Ohio law.</span></p>
</div></body></html>"""
    text = ("Hello,\n\nPlease enter City of Calder PO 2026-00412 for the following, delivered to the Service Center "
            "(455 Municipal Dr):\n\n" + "".join(f"  *   {d} \u2014 {q}\n" for d, q, s in items) +
            "\nWe still have plenty of the 2-gang plates and the red hospital-grade receptacles from the last order, "
            "so please don\u2019t send any of those this time. Also, please remove the fish tape I mentioned on the "
            "phone \u2013 we found ours.\n\nNeed by 3/20.\n\nThanks,\n\n[City of Calder seal]\n\nPat Ellison\n"
            "Facilities Maintenance Supervisor\nCity of Calder | Public Works\n455 Municipal Dr, Calder, OH 45371\n"
            "O: (937) 555-0133  C: (937) 555-0134\n\nThis e-mail and any attachments may be subject to public records "
            "disclosure under Ohio law.\n")
    eml = make_eml("Pat Ellison <pellison@calder-oh.gov>", "Order for City Hall restroom + lobby work",
                   when(2026, 3, 11, 14, 2, dst=True), text=text, html=html,
                   extra_headers={"X-Mailer": "Microsoft Outlook 16.0"})
    lines = [L(s, q, "EA", desc=d) for d, q, s in items]
    lab = order("C1005", "2026-00412", lines, requested_date="2026-03-20", ship_to=("C1005", 0))
    return "eml", eml, lab, meta("Outlook HTML bullet list followed by things NOT to send",
                                 "negated items (2-gang plates, red HG receptacles, fish tape) are not lines; "
                                 "signature table with image and phone numbers; WR GFCI and ivory 20A switch")


# ---------------------------------------------------------------------------------- 24
@doc(24, "po-pdf-plus-distractor-pdf")
def d24():
    spec = [(8, "EA", "BRKR 1P 20A AFCI PLUG-ON", "BRK-1P-20-AF"),
            (4, "EA", "BRKR 1P 20A DUAL FUNCTION AFCI/GFCI", "BRK-1P-20-DF"),
            (20, "EA", "REC 20A DUPLEX COMM GRADE WHT", "REC-DUP-20-WHT"),
            (6, "EA", "SW 3-WAY 20A COMM WHT", "SW-3W-20-WHT"),
            (2, "EA", "SW 4-WAY 20A COMM WHT", "SW-4W-20-WHT"),
            (24, "EA", "PLATE 1G TOGGLE NYLON WHT", "WP-1G-TOG-WHT"),
            (20, "EA", "PLATE 1G DUPLEX NYLON WHT", "WP-1G-DUP-WHT"),
            (2, "RL", "MC 14/2 AL 250FT COIL", "MC-14-2-250"),
            (1, "BX", "MC CONNECTORS 3/8 SNAP-IN (100)", "MCC-038")]
    plines = [{"n": i, "qty": q, "uom": u, "desc": d, "price": cat_price(s, u), "sku": s}
              for i, (q, u, d, s) in enumerate(spec, 1)]
    po = {"org": "Hollis & Park Electrical Contractors Inc", "org_addr": ["77 Commerce Dr", "Kettering, OH 45420", "937-555-0174"],
          "po_number": "HP-11940",
          "info": [("PO Date", "03/09/2026"), ("Job", "Fairborn Library - Branch Renovation"),
                   ("Deliver On", "03/16/2026"), ("Ordered By", "Renee Castillo")],
          "vendor": ["Kestrel Point Electrical Supply, Inc.", "4100 Industrial Commons Dr", "Dayton, OH 45414"],
          "ship_to": ["Hollis & Park - Fairborn Library Job", "300 N Broad St", "Fairborn, OH 45324",
                      "Jobsite trailer - call Jesse 937-555-0121"],
          "lines": plines, "notes": "Prices per Kestrel Point contractor price sheet 2026-Q1. Tax exempt per project "
                                    "certificate on file. Please include PO on packing slip."}
    pdf = pdfkit.contractor_grid(po)
    sched = pdfkit.spec_sheet("E-601 LIGHTING FIXTURE SCHEDULE - FAIRBORN BRANCH LIBRARY", [
        "TYPE A  - 2x4 LED troffer, 4000K, 40W, 0-10V dimming. QTY 48. Mount: lay-in.",
        "TYPE B  - 6in LED downlight, 3000K, 15W, trim white. QTY 36.",
        "TYPE C  - LED strip 4ft, 4000K, 32W, wraparound lens. QTY 12.",
        "TYPE X1 - LED exit sign, red letters, battery backup. QTY 9.",
        "LAMPS: Provide spare lamps for existing track heads: PAR38 LED 15W 3000K, QTY 24 (owner furnished).",
        "All fixtures by lighting package vendor. Electrical contractor to furnish branch circuit devices only.",
        "Rev 2 - 02/18/2026 - Issued for construction."])
    body = ("Hi,\n\nAttached is PO HP-11940 for the Fairborn Library job. I also attached the lighting schedule from the "
            "engineer in case it helps - please only ship what's on the PO.\n\nThanks,\nRenee\n\nRenee Castillo\n"
            "Purchasing | Hollis & Park Electrical Contractors Inc\n")
    eml = make_eml("Renee Castillo <rcastillo@hollisparkelectric.com>", "PO HP-11940 + fixture schedule",
                   when(2026, 3, 9, 15, 30, dst=True), text=body,
                   attachments=[("HP-11940.pdf", "application", "pdf", pdf),
                                ("E-601 Lighting Schedule.pdf", "application", "pdf", sched)])
    lines = [L(p["sku"], p["qty"], p["uom"], p["price"], desc=p["desc"]) for p in plines]
    lab = order("C1002", "HP-11940", lines, order_date="2026-03-09", requested_date="2026-03-16",
                ship_to=("C1002", 1), currency="USD")
    return "eml", eml, lab, meta("two PDF attachments: the PO and an engineer's fixture schedule",
                                 "the schedule has quantities and a catalog-like lamp (PAR38) that must not become "
                                 "lines; AFCI vs dual-function breakers; 3-way vs 4-way",
                                 subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 25
@doc(25, "procurement-portal-notification")
def d25():
    rows = [("VPS-200-2220", "BRK-2P-20", "2-Pole 20A Circuit Breaker, plug-on", 12, "EA"),
            ("VPS-200-2240", "BRK-2P-40", "2-Pole 40A Circuit Breaker, plug-on", 6, "EA"),
            ("VPS-200-2260", "BRK-2P-60", "2-Pole 60A Circuit Breaker, plug-on", 4, "EA"),
            ("VPS-200-3330", "BRK-3P-30-BO", "3-Pole 30A Breaker, bolt-on 240V", 6, "EA"),
            ("VPS-310-0014K", "THHN-14-BLK-2500", "THHN #14 Black Stranded, 2500 ft reel", 2, "RL"),
            ("VPS-310-0014W", "THHN-14-WHT-500", "THHN #14 White Stranded, 500 ft reel", 4, "RL"),
            ("VPS-310-0014G", "THHN-14-GRN-500", "THHN #14 Green Stranded, 500 ft reel", 4, "RL"),
            ("VPS-420-1101", "TIE-11-BLK", "Cable Tie 11in Black UV, pack of 100", 10, "PK"),
            ("VPS-420-1102", "TAPE-VNL-BLU", "Vinyl Tape 3/4in Blue (phase)", 20, "RL"),
            ("VPS-420-1103", "TAPE-VNL-WHT", "Vinyl Tape 3/4in White (phase)", 20, "RL")]
    trs = "".join(
        f"<tr><td style='padding:6px;border-bottom:1px solid #e5e7eb'>{i}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb'>{bp}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb'>{s}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb'>{d}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb;text-align:right'>{q}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb'>{u}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb;text-align:right'>${cat_price(s):,.2f}</td>"
        f"<td style='padding:6px;border-bottom:1px solid #e5e7eb;text-align:right'>${q * cat_price(s):,.2f}</td></tr>"
        for i, (bp, s, d, q, u) in enumerate(rows, 1))
    sub = round(sum(q * cat_price(s) for bp, s, d, q, u in rows), 2)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Purchase Order</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px">
<table width="680" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:6px">
<tr><td style="background:#0f766e;color:#fff;padding:16px 24px;font-size:20px;font-weight:bold">ProcureWave</td></tr>
<tr><td style="padding:20px 24px;font-size:14px">
<p><b>Vantage Panel Systems Inc</b> has sent you a purchase order.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td style="color:#6b7280">PO Number</td><td><b>PO-VPS-26-0192</b></td></tr>
<tr><td style="color:#6b7280">Order Date</td><td>03/13/2026</td></tr>
<tr><td style="color:#6b7280">Requested Delivery</td><td>03/27/2026</td></tr>
<tr><td style="color:#6b7280">Payment Terms</td><td>Net 45</td></tr>
<tr><td style="color:#6b7280">Buyer Contact</td><td>Jon Halvorsen (jhalvorsen@vantagepanel.com)</td></tr>
</table>
<table width="100%" cellpadding="0" style="font-size:13px;margin-top:12px"><tr>
<td valign="top" width="33%"><div style="color:#6b7280">Supplier</div>Kestrel Point Electrical Supply, Inc.<br>4100 Industrial Commons Dr<br>Dayton, OH 45414</td>
<td valign="top" width="33%"><div style="color:#6b7280">Ship To</div>Vantage Panel Systems - Receiving<br>3150 Production Blvd<br>Moraine, OH 45439<br>United States</td>
<td valign="top" width="33%"><div style="color:#6b7280">Bill To</div>Vantage Panel Systems Inc<br>Accounts Payable<br>PO Box 1188<br>Moraine, OH 45439</td>
</tr></table>
<table width="100%" cellpadding="0" cellspacing="0" style="font-size:12px;margin-top:16px;border-collapse:collapse">
<tr style="background:#f9fafb"><th align="left" style="padding:6px">#</th><th align="left" style="padding:6px">Buyer Part #</th><th align="left" style="padding:6px">Supplier Part #</th><th align="left" style="padding:6px">Description</th><th align="right" style="padding:6px">Qty</th><th align="left" style="padding:6px">UOM</th><th align="right" style="padding:6px">Unit Price</th><th align="right" style="padding:6px">Total</th></tr>
{trs}
<tr><td colspan="7" align="right" style="padding:6px">Subtotal</td><td align="right" style="padding:6px">${sub:,.2f}</td></tr>
<tr><td colspan="7" align="right" style="padding:6px">Tax</td><td align="right" style="padding:6px">$0.00</td></tr>
<tr><td colspan="7" align="right" style="padding:6px">Shipping</td><td align="right" style="padding:6px">TBD</td></tr>
<tr><td colspan="7" align="right" style="padding:6px"><b>Total (USD)</b></td><td align="right" style="padding:6px"><b>${sub:,.2f}</b></td></tr>
</table>
<p style="margin-top:20px"><a href="https://app.procurewave.example/supplier/po/PO-VPS-26-0192" style="background:#0f766e;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">View &amp; Acknowledge Order</a></p>
<p style="font-size:11px;color:#6b7280">You are receiving this email because Kestrel Point Electrical Supply is a registered supplier of Vantage Panel Systems Inc on ProcureWave. Do not reply to this email.</p>
</td></tr></table></td></tr></table></body></html>"""
    eml = make_eml("ProcureWave <no-reply@procurewave-notify.com>",
                   "Purchase Order PO-VPS-26-0192 from Vantage Panel Systems Inc", when(2026, 3, 13, 9, 0, dst=True),
                   html=html, to="orders@kestrelpointsupply.com")
    lines = [L(s, q, u, cat_price(s), desc=d, cp=bp) for bp, s, d, q, u in rows]
    lab = order("C1007", "PO-VPS-26-0192", lines, order_date="2026-03-13", requested_date="2026-03-27",
                ship_to=("C1007", 0), currency="USD")
    return "eml", eml, lab, meta("HTML notification from an e-procurement portal on the buyer's behalf",
                                 "sender is the portal, not the customer domain; Supplier / Ship To / Bill To "
                                 "side by side; both buyer and supplier part numbers; HTML only",
                                 subtotal=sub)


# ---------------------------------------------------------------------------------- 26
@doc(26, "exact-skus-quote-prices")
def d26():
    rows = [("TL-PLIER-9", 'Lineman plier 9"', 6, 29.50), ("TL-STRIP-1018", "Wire stripper 10-18", 6, 14.95),
            ("TL-SD-6IN1", "6-in-1 screwdriver", 12, 13.25), ("TL-NCVT", "Voltage tester", 6, 19.00),
            ("TL-TAPE-25", "25' tape measure", 6, 14.50), ("TL-BEND-075", "3/4 EMT bender", 2, 42.00),
            ("TL-FISH-50", "Fish tape 50'", 2, 35.00)]
    tbl = "\n".join(f" {s:<15} {d:<22} qty {q:<4} @ {p:.2f}" for s, d, q, p in rows)
    body = f"""Kestrel,

Please accept PO NGIS-77288 per your quote Q-20817 (dated 2/12). Pricing per the quote.

{tbl}

Ship to our Stanley Ave shop. Need by 3/6 if possible, these are for the new hires.

Thanks,
Ray Tillman
Northgate Industrial Services LLC
1720 Stanley Ave, Dayton OH 45404
"""
    eml = make_eml("Ray Tillman <rtillman@northgateindustrial.com>", "PO NGIS-77288 per quote Q-20817",
                   when(2026, 3, 2, 9, 45), text=body)
    lines = [L(s, q, "EA", p, desc=d) for s, d, q, p in rows]
    lab = order("C1012", "NGIS-77288", lines, requested_date="2026-03-06", ship_to=("C1012", 0), currency="USD")
    return "eml", eml, lab, meta("buyer quotes our exact SKUs with quoted (discounted) prices",
                                 "prices differ from list (labelled as printed); a quote number and a quote date "
                                 "that are not the PO or order date; 'qty N @ price' layout",
                                 subtotal=round(sum(q * p for s, d, q, p in rows), 2),
                                 price_exception="prices from quote Q-20817, below list")


# ---------------------------------------------------------------------------------- 27
@doc(27, "accept-our-quote-reply")
def d27():
    rows = [("LED-T8-4FT-15W-35K", 4, "CS", 124.00), ("LED-T8-2FT-9W-40K", 1, "CS", 110.00),
            ("REC-HG-20-WHT", 40, "EA", 9.30), ("WP-1G-DUP-SS", 40, "EA", 1.85), ("BRK-1P-20-GF", 6, "EA", 46.50)]
    q_lines = "\n".join(f"{s:<19}{BY_SKU[s]['description'][:38]:<39}{q:>4}  {u:<3}{p:>9.2f}{q * p:>10.2f}"
                        for s, q, u, p in rows)
    tot = sum(q * p for s, q, u, p in rows)
    body = f"""Looks good - please proceed. Our PO is 4501190034. Ship to Main campus, Receiving Dock B. Thank you!

Teresa

Teresa Lindqvist
Facilities Planning Coordinator | Marrow Valley Health System

From: Ellen Marsh <emarsh@kestrelpointsupply.com>
Sent: Tuesday, March 10, 2026 3:47 PM
To: Lindqvist, Teresa <tlindqvist@mvhealth.org>
Subject: Quote Q-20844 - Marrow Valley Dock B

Hi Teresa,

Here is the quote you asked for. Prices good for 30 days.

QUOTE Q-20844
SKU                DESCRIPTION                             QTY  UOM    PRICE       EXT
{q_lines}
{'Total':>75} {tot:>9,.2f}

Lead time: stock. Freight: prepaid and allowed.

Ellen Marsh
Inside Sales | Kestrel Point Electrical Supply, Inc.
(937) 555-0140
"""
    eml = make_eml("Teresa Lindqvist <tlindqvist@mvhealth.org>", "RE: Quote Q-20844 - Marrow Valley Dock B",
                   when(2026, 3, 11, 10, 12, dst=True), text=body,
                   in_reply_to="<Q20844.20260310154700@kestrelpointsupply.com>")
    lines = [L(s, q, u, p, desc=BY_SKU[s]["description"]) for s, q, u, p in rows]
    lab = order("C1003", "4501190034", lines, ship_to=("C1003", 0), currency="USD")
    return "eml", eml, lab, meta("one-line acceptance of our own quote, lines only in the quoted quote",
                                 "the lines are written by the seller (our SKUs and descriptions) in the quoted "
                                 "part; quoted prices below list; quote number is not the PO; ship-to by site name",
                                 subtotal=round(tot, 2), price_exception="quoted prices from Q-20844")


# ---------------------------------------------------------------------------------- 28
@doc(28, "packs-boxes-bundles")
def d28():
    items = [('3 bundles 1/2" EMT (10 sticks per bundle)', "EMT-050", 3, "BDL"),
             ('2 boxes 1/2" EMT set screw connectors (box of 50)', "EMTC-SS-050", 2, "BX"),
             ('2 boxes 1/2" set screw couplings', "EMTK-SS-050", 2, "BX"),
             ('1 case 4" square boxes 1-1/2" deep (25/cs)', "BOX-4SQ-112", 1, "CS"),
             ('1 case 4" square flat blank covers', "CVR-4SQ-BLK", 1, "CS"),
             ('5 pk 8" black zip ties', "TIE-08-BLK", 5, "PK"),
             ('4 boxes #8 x 1" self drillers', "SCR-8X1-SD", 4, "BX"),
             ("2 boxes plastic anchors", "ANC-8-PLAS", 2, "BX"),
             ("10 - 10' sticks 1-5/8 strut", "STRUT-158-10", 10, "EA"),
             ("50 strut straps for 1/2 EMT", "STRUT-CLP-050", 50, "EA")]
    lis = "".join(f"<div>- {d}</div>" for d, s, q, u in items)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">
<div>Hi Kestrel,</div><div><br></div><div>Yard restock, PO DME-5528, deliver to our yard at 5600 Webster St.</div><div><br></div>
{lis}
<div><br></div><div>Thanks,</div><div>Alyssa Grant</div><div>Purchasing Assistant | Dunmore Mechanical &amp; Electrical Inc</div>
</div></body></html>"""
    text = ("Hi Kestrel,\n\nYard restock, PO DME-5528, deliver to our yard at 5600 Webster St.\n\n" +
            "".join(f"- {d}\n" for d, s, q, u in items) +
            "\nThanks,\nAlyssa Grant\nPurchasing Assistant | Dunmore Mechanical & Electrical Inc\n")
    eml = make_eml("Alyssa Grant <agrant@dunmore-me.com>", "Order - yard restock PO DME-5528", when(2026, 3, 3, 11, 5),
                   text=text, html=html)
    lines = [L(s, q, u, desc=d) for d, s, q, u in items]
    lab = order("C1010", "DME-5528", lines, ship_to=("C1010", 0))
    return "eml", eml, lab, meta("Outlook-web HTML list ordering in bundles, boxes, cases and packs",
                                 "quantities are in the written pack unit (3 BDL of 10 sticks, 2 BX of 50, 1 CS of "
                                 "25), labelled as written; '10 - 10\\' sticks' has two numbers")


# ---------------------------------------------------------------------------------- 29
@doc(29, "two-orders-one-email")
def d29():
    body = """Hi Kestrel,

Two separate orders please - separate deliveries and separate invoices.

1) Harbor Point Apartments - PO LRP-0331
   250 Harbor Point Dr, Miamisburg OH 45342
   - 12 x 15A GFCI, white
   - 24 x 15A duplex receptacle, white
   - 24 x duplex plates, white
   - 2 x 20A 1-pole breakers

2) Maple Glen Townhomes - PO LRP-0332
   41 Maple Glen Ln, West Carrollton OH 45449
   - 6 x 20A GFCI, white
   - 30 x A19 LED 5000K
   - 2 boxes red wire nuts

Thanks,
Jordan

Jordan Pike | Regional Maintenance Manager
Lakefront Residential Partners
"""
    eml = make_eml("Jordan Pike <jpike@lakefrontres.com>", "Two orders - Harbor Point & Maple Glen",
                   when(2026, 2, 25, 13, 30), text=body)
    lines = [L("GFCI-15-WHT", 12, "EA", desc="15A GFCI, white"),
             L("REC-DUP-15-WHT", 24, "EA", desc="15A duplex receptacle, white"),
             L("WP-1G-DUP-WHT", 24, "EA", desc="duplex plates, white"),
             L("BRK-1P-20", 2, "EA", desc="20A 1-pole breakers")]
    lab = order("C1009", "LRP-0331", lines, ship_to=("C1009", 0))
    return "eml", eml, lab, meta("one email carrying two orders for two sites (label = the first)",
                                 "two POs and two ship-tos; per EVAL_FORMAT the label is the first order "
                                 "(Harbor Point, LRP-0331); the second order's lines must not be merged in")


# ---------------------------------------------------------------------------------- 30
@doc(30, "upc-only-lines")
def d30():
    rows = [("LED-A19-9W-27K", 120), ("LED-A19-9W-40K", 96), ("LED-A19-15W-27K", 48), ("LED-BR30-9W-30K", 48),
            ("WN-YEL-100", 24), ("TAPE-VNL-BLK", 100), ("GFCI-15-WHT", 30), ("EXT-12-3-25", 24)]
    out = [f"{BY_SKU[s]['gtin']}  x {q:<4} @ {BY_SKU[s]['unit_price']:.2f}" for s, q in rows]
    out.insert(5, "085512345672  x 12   @ 9.99   (the smart plug 2-pack, if you carry it now)")
    body = ("Hi Kestrel team,\n\nQuick restock on a few fast movers, PO VC-PO-100455. UPC / qty / cost:\n\n" +
            "\n".join(out) +
            "\n\nShip to Monroe FC as usual (9900 Logistics Pkwy, Monroe OH 45050).\n\nPriya Natarajan\n"
            "Category Manager, Electrical | VoltCart\n")
    eml = make_eml("Priya Natarajan <priya@voltcart.com>", "Quick restock PO VC-PO-100455",
                   when(2026, 2, 26, 17, 10), text=body)
    lines = [L(s, q, BY_SKU[s]["uom"], BY_SKU[s]["unit_price"], desc="") for s, q in rows]
    lines.insert(5, L(None, 12, "EA", 9.99, desc="smart plug 2-pack"))
    lab = order("C1008", "VC-PO-100455", lines, ship_to=("C1008", 0), currency="USD")
    return "eml", eml, lab, meta("reseller lists lines by UPC, quantity and cost only",
                                 "no descriptions: SKU only via GTIN; one UPC the catalog does not carry (sku null); "
                                 "9W vs 15W A19 differ only by UPC",
                                 subtotal=round(sum(q * BY_SKU[s]["unit_price"] for s, q in rows) + 12 * 9.99, 2))
