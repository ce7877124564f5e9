"""E-mail purchase orders (plain, HTML, threads, forwards, pasted tables)."""
from render import eml
from labels import L, ST, PO, p, ORDERS, REP

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


IPHONE = "X-Mailer: iPhone Mail (22B91)"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"


# ---------------------------------------------------------------- 01
@doc
def e01():
    body = """dana
need for tmrw am lot 14 ridgeview dr bellmont

2x4x8 - 60
2x6x16 - 24
PT 2x4x10 - 8
7/16 osb - 30 sheets
5/8 rock 12' - 40
16d sinkers 50# - 2 bx
PL 10oz - 24 tubes

thx jake

Sent from my iPhone
"""
    data = eml("Jake Moreau <jake@hartwellframing.com>", ORDERS, "order",
               "Mon, 09 Nov 2026 06:12:44 -0500", "A1F3C2E0-7B11-4C2A-9D77-01@hartwellframing.com",
               text=body, mailer=IPHONE)
    lab = PO("Hartwell Framing LLC", requested="2026-11-10",
             ship_to=ST(street="Lot 14 Ridgeview Dr", city="Bellmont"),
             lines=[L("SPF-24-08", 60, "EA", "2x4x8"),
                    L("SPF-26-16", 24, "EA", "2x6x16"),
                    L("PTGC-24-10", 8, "EA", "PT 2x4x10"),
                    L("OSB-716-48", 30, "EA", "7/16 osb"),
                    L("GWB-58X-412", 40, "EA", "5/8 rock 12'"),
                    L("NL-16SNK-50", 2, "BX", "16d sinkers 50#"),
                    L("ADH-CONST-10", 24, "EA", "PL 10oz")])
    return "e01_hartwell_foreman_phone_terse.eml", data, lab


# ---------------------------------------------------------------- 02
@doc
def e02():
    body = """Hi Dana,

Please put together the following for the Pelletier addition. We'll need twelve 2x10x16s and eight 2x12x16s for the floor system, plus two boxes of the 30 degree 3-1/4" x .131 paper tape nails. Also a dozen LUS28 style hangers (your face mount 2x8 is fine) and one 5 lb box of the hanger nails to go with them.

Last thing - 64 lf of 1-3/4 x 9-1/4 LVL (4 @ 16').

Delivery Thursday Nov 5 if possible, to the job: 61 Maple Hill Road, Bellmont. Jake will be on site after 7.

PO# HF-2291

Thanks,
Carol Hartwell
Office Manager
Hartwell Framing LLC
42 Sawmill Lane, Bellmont VT 05441
(802) 555-0123
"""
    data = eml("Carol Hartwell <office@hartwellframing.com>", ORDERS, "PO HF-2291 - Pelletier addition",
               "Tue, 03 Nov 2026 10:27:05 -0500", "20261103152705.4471@hartwellframing.com",
               text=body, mailer=OUTLOOK)
    lab = PO("Hartwell Framing LLC", po="HF-2291", requested="2026-11-05",
             ship_to=ST(street="61 Maple Hill Road", city="Bellmont"),
             lines=[L("SPF-210-16", 12, "EA", "2x10x16"),
                    L("SPF-212-16", 8, "EA", "2x12x16"),
                    L("CN30-325-131", 2, "BX", "30 degree 3-1/4\" x .131 paper tape nails"),
                    L("FMH-28", 12, "EA", "LUS28 style hangers"),
                    L("JHN-10D-05", 1, "BX", "5 lb box of the hanger nails"),
                    L("LVL-175-0925", 64, "LF", "1-3/4 x 9-1/4 LVL")])
    return "e02_hartwell_office_prose_word_quantities.eml", data, lab


# ---------------------------------------------------------------- 03
@doc
def e03():
    body = """Good morning,

Please enter PO KH-26-0871 for Lot 31, Aspen Bluff subdivision. Required on site 11/18/2026.

Ship to:
Kestrel Homes - Lot 31 Aspen Bluff
31 Aspen Bluff Drive
Windham Crossing, VT 05466

\u2022 2x6 x 92-5/8 studs \u2013 180 pcs
\u2022 2x6 x 104-5/8 studs (2nd floor tall walls) \u2013 64 pcs
\u2022 2x6x16 \u2013 40 pcs
\u2022 2x4 x 92-5/8 studs \u2013 120 pcs
\u2022 7/16 OSB 4x9 \u2013 56 sheets
\u2022 23/32 T&G subfloor \u2013 38 sheets
\u2022 Subfloor adhesive 28oz \u2013 24 tubes
\u2022 30\u00b0 3" x .131 nails \u2013 6 boxes
\u2022 Sill seal 5-1/2" \u2013 4 rolls
\u2022 Housewrap 9' x 150' \u2013 3 rolls
\u2022 Tape for wrap \u2013 6 rolls

Please confirm receipt and delivery window.

Renee Albright
Purchasing Coordinator | Kestrel Homes Inc.
2200 Meadowlark Pkwy, Suite 300, Windham Crossing VT 05466
P 802-555-0187
"""
    data = eml("Renee Albright <ralbright@kestrelhomes.com>", ORDERS,
               "PO KH-26-0871 Lot 31 Aspen Bluff - wall package top-off",
               "Wed, 04 Nov 2026 08:03:51 -0500", "BN8PR04MB6120.namprd04.prod.outlook.com.0871@kestrelhomes.com",
               text=body, mailer=OUTLOOK, cc=REP)
    lab = PO("Kestrel Homes Inc.", po="KH-26-0871", requested="2026-11-18",
             ship_to=ST("Kestrel Homes - Lot 31 Aspen Bluff", "31 Aspen Bluff Drive", "Windham Crossing", "VT", "05466"),
             lines=[L("STUD-26-925", 180, "EA", "2x6 x 92-5/8 studs"),
                    L("STUD-26-1045", 64, "EA", "2x6 x 104-5/8 studs (2nd floor tall walls)"),
                    L("SPF-26-16", 40, "EA", "2x6x16"),
                    L("STUD-24-925", 120, "EA", "2x4 x 92-5/8 studs"),
                    L("OSB-716-49", 56, "EA", "7/16 OSB 4x9"),
                    L("OSB-2332-TG", 38, "EA", "23/32 T&G subfloor"),
                    L("ADH-SUBF-28", 24, "EA", "Subfloor adhesive 28oz"),
                    L("CN30-300-131", 6, "BX", "30\u00b0 3\" x .131 nails"),
                    L("SILL-55-50", 4, "RL", "Sill seal 5-1/2\""),
                    L("WRB-9-150", 3, "RL", "Housewrap 9' x 150'"),
                    L("WRB-TAPE", 6, "RL", "Tape for wrap")])
    return "e03_kestrel_bullets_qty_after_description.eml", data, lab


# ---------------------------------------------------------------- 04
@doc
def e04():
    body = """Dana - one change before you pull this: switch the 1/2" drywall to 5/8 type X (garage wall is rated), same qty, and drop the corner bead, we have plenty. Rest is good. Deliver Monday the 9th.

Marcus

-----Original Message-----
From: Marcus Bell <marcus@bluestemremodeling.com>
Sent: Thursday, November 5, 2026 4:41 PM
To: orders@cobaltridgelumber.com
Subject: Order - Hadley kitchen/bath

Please send to 22 Hadley Farm Road, Stowell:

- 1/2" drywall 4x8 - 28 sheets
- 1/2" MR (green board) 4x8 - 10
- 1/2 cement board 3x5 - 8
- corner bead 8' - 12
- all purpose mud 4.5 gal - 3 pails
- 90 min hot mud - 2 bags
- paper tape - 4 rolls
- 1-1/4 drywall screws 5 lb - 3 boxes
- R13 kraft 15" - 6 bags

PO: Hadley
Thanks

Marcus Bell | Project Lead
Bluestem Remodeling Co.
915 Orchard Street, Stowell VT 05672
802.555.0150
"""
    data = eml("Marcus Bell <marcus@bluestemremodeling.com>", ORDERS, "RE: Order - Hadley kitchen/bath",
               "Fri, 06 Nov 2026 07:15:30 -0500", "MW3PR11MB4652.2@bluestemremodeling.com",
               text=body, mailer=OUTLOOK, in_reply_to="MW3PR11MB4652.1@bluestemremodeling.com",
               references=["MW3PR11MB4652.1@bluestemremodeling.com"], thread_topic="Order - Hadley kitchen/bath")
    lab = PO("Bluestem Remodeling Co.", po="Hadley", requested="2026-11-09",
             ship_to=ST(street="22 Hadley Farm Road", city="Stowell"),
             lines=[L("GWB-58X-48", 28, "EA", "5/8 type X (was 1/2\" drywall 4x8)"),
                    L("GWB-12MR-48", 10, "EA", "1/2\" MR (green board) 4x8"),
                    L("CBD-12-35", 8, "EA", "1/2 cement board 3x5"),
                    L("JC-AP-45", 3, "EA", "all purpose mud 4.5 gal"),
                    L("JC-HOT90", 2, "BG", "90 min hot mud"),
                    L("DT-PAPER-500", 4, "RL", "paper tape"),
                    L("DWS-114-5", 3, "BX", "1-1/4 drywall screws 5 lb"),
                    L("INS-R13K-15", 6, "BG", "R13 kraft 15\"")])
    return "e04_bluestem_reply_corrects_quoted_order.eml", data, lab


# ---------------------------------------------------------------- 05
@doc
def e05():
    body = """Hi - please fill the list below from Tom and deliver to the Birchview Apartments maintenance shop, 140 Birchview Terrace, Bellmont VT 05441 (back entrance, ask for Tom). Charge to our account, our PO is MPM-11-0206.

Thanks,
Priya Natarajan
Accounts Payable / Purchasing
Maplecrest Property Management
77 Commerce Way, Unit 4, Bellmont VT 05441

---------- Forwarded message ---------
From: Tom Keough <tkeough@maplecrestpm.com>
Date: Fri, Oct 30, 2026 at 3:15 PM
Subject: unit 4B turnover - materials
To: Priya Natarajan <pnatarajan@maplecrestpm.com>


Priya can you order these for 4B and 4C

six sheets 1/2 drywall 4x8 (regular)
two sheets of 1/2 moisture resistant for the bath
one bucket lightweight mud
2 rolls mesh tape
12 tubes white caulk
6 tubes clear silicone
4 cans spray foam
2 bags R-19 kraft for the attic hatch area

thanks
Tom
"""
    data = eml("Priya Natarajan <pnatarajan@maplecrestpm.com>", ORDERS, "Fwd: unit 4B turnover - materials",
               "Mon, 02 Nov 2026 09:48:12 -0500", "CAF7x9q2Lr0k+1@mail.maplecrestpm.com",
               text=body)
    lab = PO("Maplecrest Property Management", po="MPM-11-0206",
             ship_to=ST("Birchview Apartments maintenance shop", "140 Birchview Terrace", "Bellmont", "VT", "05441"),
             lines=[L("GWB-12-48", 6, "EA", "1/2 drywall 4x8 (regular)"),
                    L("GWB-12MR-48", 2, "EA", "1/2 moisture resistant"),
                    L("JC-LW-45", 1, "EA", "bucket lightweight mud"),
                    L("DT-MESH-300", 2, "RL", "mesh tape"),
                    L("CK-ACR-WHT", 12, "EA", "white caulk"),
                    L("CK-SIL-CLR", 6, "EA", "clear silicone"),
                    L("FOAM-GAP-12", 4, "EA", "spray foam"),
                    L("INS-R19K-15", 2, "BG", "R-19 kraft")])
    return "e05_maplecrest_forwarded_maintenance_list.eml", data, lab


# ---------------------------------------------------------------- 06
@doc
def e06():
    rows = [("6", "6x6x10 PT ground contact (posts)", "PTGC-66-10"),
            ("4", "2x10x12 PT ground contact (beam)", "PTGC-210-12"),
            ("22", "2x8x12 PT above ground (joists)", "PTAG-28-12"),
            ("60", "5/4x6x16 PT decking", "PTAG-54DK-16"),
            ("22", "2x8 face mount hangers", "FMH-28"),
            ("4", "#10 x 3\" deck screws 5 lb box", "DS-10-300-05"),
            ("6", "6x6 post base", "PB-66"),
            ("18", "80 lb concrete", "CM-80"),
            ("6", "10\" sono tube", "FT-10")]
    prices = {"PTGC-66-10": 38.90, "PTGC-210-12": 21.50, "PTAG-28-12": 15.30, "PTAG-54DK-16": 17.50,
              "FMH-28": 1.55, "DS-10-300-05": 41.90, "PB-66": 21.75, "CM-80": 6.95, "FT-10": 12.95}
    trs = "\n".join(
        '<tr><td style="border:1px solid #999;padding:3px 6px;text-align:center">%s</td>'
        '<td style="border:1px solid #999;padding:3px 6px">%s</td>'
        '<td style="border:1px solid #999;padding:3px 6px;text-align:right">$%.2f</td></tr>' % (q, d.replace('"', '&quot;'), prices[s])
        for q, d, s in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hi Dana,</p>
<p>Please book the Kowalski deck at the prices on your quote Q-55810. Our PO is <b>26-118</b>.<br>
Need it by Friday 11/13, deliver to:<br>
Kowalski residence<br>9 Loon Cove Road<br>North Tamsworth, NH 03891</p>
<table style="border-collapse:collapse" cellpadding="0" cellspacing="0">
<tr style="background:#dfe8d5"><th style="border:1px solid #999;padding:3px 6px">Qty</th><th style="border:1px solid #999;padding:3px 6px">Material</th><th style="border:1px solid #999;padding:3px 6px">Quoted Each</th></tr>
%s
</table>
<p>Please leave the lumber on the driveway on dunnage, not on the lawn.</p>
<p>Thanks!<br>Amy Chen<br>Summit Deck &amp; Rail LLC<br>3 Granite Ridge Road, North Tamsworth NH 03891<br>603-555-0146</p>
</body></html>
""" % trs
    data = eml("Amy Chen <amy@summitdeckandrail.com>", ORDERS, "Order - Kowalski deck - per quote Q-55810",
               "Tue, 10 Nov 2026 16:22:09 -0500", "0100018f2c9e-kowalski@summitdeckandrail.com",
               html=html)
    lab = PO("Summit Deck & Rail LLC", po="26-118", requested="2026-11-13", currency="USD",
             ship_to=ST("Kowalski residence", "9 Loon Cove Road", "North Tamsworth", "NH", "03891"),
             lines=[L(s, int(q), {"DS-10-300-05": "BX", "CM-80": "BG"}.get(s, "EA"), d, prices[s]) for q, d, s in rows])
    return "e06_summit_deck_html_table_quoted_prices.eml", data, lab


# ---------------------------------------------------------------- 07
@doc
def e07():
    rows = [("Architectural shingles - Weathered Wood", "84", "BDL", "SHG-AR-WWD"),
            ("Hip &amp; ridge - Weathered Wood", "6", "BDL", "SHG-HR-WWD"),
            ("Starter strip", "5", "BDL", "SHG-STR"),
            ("Synthetic underlayment (10 sq)", "3", "RL", "UL-SYN-10"),
            ("Ice &amp; water shield", "4", "RL", "UL-IWS-2"),
            ("Drip edge - alum. white 10'", "24", "PC", "DE-AL-WHT-10"),
            ("Coil nails 1-1/4&quot;", "4", "BX", "RN-COIL-125"),
            ("Pipe boots", "2", "EA", "RF-BOOT-3"),
            ("Ridge vent 4'", "10", "PC", "RV-4"),
            ("Step flashing 4x4x8 (bundle)", "1", "BDL", "FL-STEP-448")]
    P = 'class=MsoNormal style="margin:0in"'
    cell = ('<td width=%d valign=top style="width:%dpt;border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt">'
            '<p %s><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s<o:p></o:p></span></p></td>')
    trs = "".join("<tr>" + cell % (300, 225, P, d) + cell % (60, 45, P, q) + cell % (60, 45, P, u) + "</tr>\n"
                  for d, q, u, s in rows)
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose;}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class=WordSection1>
<p class=MsoNormal>Dana,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Please see PO below for the Lindqvist reroof. Roof load Mon 11/16 AM please (boom to roof, 8/12 pitch).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%%" style="width:100.0%%;border-collapse:collapse">
<tr><td valign=top style="padding:0in 0in 0in 0in">
 <table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
 <tr><td width=150 valign=top style="width:112.5pt;padding:0in 5.4pt 0in 5.4pt"><p class=MsoNormal><b>PO #<o:p></o:p></b></p></td>
     <td width=250 valign=top style="width:187.5pt;padding:0in 5.4pt 0in 5.4pt"><p class=MsoNormal>TN-1147<o:p></o:p></p></td></tr>
 <tr><td valign=top style="padding:0in 5.4pt 0in 5.4pt"><p class=MsoNormal><b>Job<o:p></o:p></b></p></td>
     <td valign=top style="padding:0in 5.4pt 0in 5.4pt"><p class=MsoNormal>Lindqvist residence<o:p></o:p></p><p class=MsoNormal>12 Orchard Hill Lane<o:p></o:p></p><p class=MsoNormal>Ashbury, VT 05730<o:p></o:p></p></td></tr>
 <tr><td valign=top style="padding:0in 5.4pt 0in 5.4pt"><p class=MsoNormal><b>Deliver<o:p></o:p></b></p></td>
     <td valign=top style="padding:0in 5.4pt 0in 5.4pt"><p class=MsoNormal>11/16/2026 - roof load<o:p></o:p></p></td></tr>
 </table>
</td></tr>
<tr><td valign=top style="padding:6.0pt 0in 0in 0in">
 <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none">
 <tr>""" + cell % (300, 225, P, "<b>Material</b>") + cell % (60, 45, P, "<b>Qty</b>") + cell % (60, 45, P, "<b>Unit</b>") + """</tr>
""" + trs + """ </table>
</td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thanks,<o:p></o:p></p>
<p class=MsoNormal>Shawn Dufresne<o:p></o:p></p>
<p class=MsoNormal><span style="font-size:9.0pt;color:#7F7F7F">Top Notch Roofing Co. | 510 Route 7A, Ashbury VT 05730 | 802-555-0171<o:p></o:p></span></p>
</div>
</body>
</html>
"""
    # Outlook's own plain-text rendering of the nested tables: one cell per line
    plain = ["Dana,", "", "Please see PO below for the Lindqvist reroof. Roof load Mon 11/16 AM please (boom to roof, 8/12 pitch).", "",
             "PO #", "", "TN-1147", "", "Job", "", "Lindqvist residence", "12 Orchard Hill Lane", "Ashbury, VT 05730", "",
             "Deliver", "", "11/16/2026 - roof load", "", "Material", "", "Qty", "", "Unit", ""]
    for d, q, u, s in rows:
        plain += [d.replace("&amp;", "&").replace("&quot;", '"'), "", q, "", u, ""]
    plain += ["", "Thanks,", "Shawn Dufresne", "Top Notch Roofing Co. | 510 Route 7A, Ashbury VT 05730 | 802-555-0171", ""]
    data = eml("Shawn Dufresne <shawn@topnotchroofingvt.com>", ORDERS,
               "PO TN-1147 Materials - 12 Orchard Hill Ln reroof",
               "Wed, 11 Nov 2026 14:36:27 -0500", "DM6PR13MB2871A1147@topnotchroofingvt.com",
               text="\n".join(plain), html=html, mailer=OUTLOOK, thread_topic="PO TN-1147 Materials - 12 Orchard Hill Ln reroof")
    lab = PO("Top Notch Roofing Co.", po="TN-1147", requested="2026-11-16",
             ship_to=ST("Lindqvist residence", "12 Orchard Hill Lane", "Ashbury", "VT", "05730"),
             lines=[L(s, int(q), u, d.replace("&amp;", "&").replace("&quot;", '"')) for d, q, u, s in rows])
    return "e07_topnotch_outlook_nested_tables.eml", data, lab


# ---------------------------------------------------------------- 08
@doc
def e08():
    rows = [("KH-DW-058X12", "5/8 Type X 4x12", "42", "SHT", "GWB-58X-412", "EA"),
            ("KH-DW-012", "1/2 Reg 4x12", "96", "SHT", "GWB-12-412", "EA"),
            ("KH-DW-012MR", "1/2 MR 4x8", "14", "SHT", "GWB-12MR-48", "EA"),
            ("KH-DW-CB8", "Corner bead 8'", "40", "EA", "CB-MTL-08", "EA"),
            ("KH-DW-CB10", "Corner bead 10'", "12", "EA", "CB-MTL-10", "EA"),
            ("KH-DW-MUDAP", "All purpose compound 4.5 gal", "10", "EA", "JC-AP-45", "EA"),
            ("KH-DW-HOT45", "Setting compound 45 min", "6", "BAG", "JC-HOT45", "BG"),
            ("KH-DW-TAPE", "Paper tape 500'", "8", "RL", "DT-PAPER-500", "RL"),
            ("KH-DW-SCR158", "1-5/8 coarse DW screws 25#", "2", "BX", "DWS-158-25", "BX"),
            ("KH-INS-R13", "R13 kraft 15\"", "38", "BAG", "INS-R13K-15", "BG"),
            ("KH-INS-R19", "R19 kraft 15\"", "16", "BAG", "INS-R19K-15", "BG"),
            ("KH-INS-R38", "R38 unfaced 24\"", "22", "BAG", "INS-R38U-24", "BG"),
            ("KH-CK-FIRE", "Fire caulk red", "24", "EA", "CK-FIRE-RED", "EA")]
    tsv = "Kestrel Item\tDescription\tQty\tUnit\n" + "\n".join("\t".join(r[:4]) for r in rows)
    body = """Hi Dana,

PO KH-26-0894 - Lot 17 Foxglove Ct, interior package. Pasted from our sheet below.
Requested delivery: 11/23/2026
Deliver to: 17 Foxglove Court, Windham Crossing, VT 05466

%s

Insulation goes in the garage please, drywall stocked in by the boom.

Greg Tamsin
Kestrel Homes Inc. | Assistant Purchasing
802-555-0188
""" % tsv
    data = eml("Greg Tamsin <gtamsin@kestrel-homes.net>", ORDERS, "PO KH-26-0894 - Lot 17 Foxglove Ct - interior",
               "Thu, 12 Nov 2026 11:09:40 -0500", "SA1PR09MB0894.kh@kestrel-homes.net", text=body, mailer=OUTLOOK)
    lab = PO("Kestrel Homes Inc.", po="KH-26-0894", requested="2026-11-23",
             ship_to=ST(street="17 Foxglove Court", city="Windham Crossing", region="VT", postal="05466"),
             lines=[L(r[4], int(r[2]), r[5], r[1], cp=r[0]) for r in rows])
    return "e08_kestrel_tab_separated_paste.eml", data, lab


# ---------------------------------------------------------------- 09
@doc
def e09():
    body = """Hola Dana,

Buenas noches. Necesito para mañana temprano en la obra de la calle Juniper (45 Juniper Street, Windham Crossing):

- 40 palos de 2x4x8
- 20 de 2x6x12
- 10 hojas de plywood 3/4 CDX
- 6 sacos de concreto de 80 lb
- 4 varillas #4 de 20 pies
- 1 rollo de alambre para amarrar
- 2 cajas de clavos 16d sinker (las de 50 libras)

Gracias,
Luis Ortega
Ortega Framing & Concrete
802-555-0162
"""
    data = eml("Luis Ortega <luis.ortega.obra@gmail.com>", ORDERS, "pedido para mañana",
               "Sun, 15 Nov 2026 19:40:02 -0500", "CAJm3Vd0=ortega+Q@mail.gmail.com", text=body)
    lab = PO("Ortega Framing & Concrete", requested="2026-11-16",
             ship_to=ST(street="45 Juniper Street", city="Windham Crossing"),
             lines=[L("SPF-24-08", 40, "EA", "palos de 2x4x8"),
                    L("SPF-26-12", 20, "EA", "2x6x12"),
                    L("CDX-2332", 10, "EA", "hojas de plywood 3/4 CDX"),
                    L("CM-80", 6, "BG", "sacos de concreto de 80 lb"),
                    L("RB-4-20", 4, "EA", "varillas #4 de 20 pies"),
                    L("TW-16", 1, "RL", "rollo de alambre para amarrar"),
                    L("NL-16SNK-50", 2, "BX", "cajas de clavos 16d sinker (las de 50 libras)")])
    return "e09_ortega_spanish_gmail.eml", data, lab


# ---------------------------------------------------------------- 10
@doc
def e10():
    body = """Bonjour,

SVP nous préparer la commande suivante, bon de commande CL-3308. Livraison jeudi le 19 novembre en avant-midi au chantier :

Chantier Beaudoin
318, chemin du Lac-Gale
Sainte-Odile-du-Lac QC  J0E 2K0

25 feuilles de gypse 1/2 po 4x8 régulier
10 feuilles de gypse 1/2 po hydrofuge (MR) 4x8
2 chaudières de composé à joints tout usage
3 rouleaux de ruban papier
4 boîtes de vis à gypse 1-1/4 po (boîte de 5 lb)
60 colombages 2x4 92-5/8
12 madriers 2x6 de 16 pieds
8 feuilles de contreplaqué 5/8 (CDX)

Merci et bonne journée,

Sylvie Lavallée
Construction Lavallée inc.
1450, rue des Érables, Sainte-Odile-du-Lac QC
Tél. : 450-555-0133
"""
    data = eml("Sylvie Lavallée <sylvie@constructionlavallee.ca>", ORDERS,
               "Commande - chantier Beaudoin / bon de commande CL-3308",
               "Tue, 10 Nov 2026 08:55:17 -0500", "5f2a91c0-cl3308@constructionlavallee.ca", text=body)
    lab = PO("Construction Lavallee inc.", po="CL-3308", requested="2026-11-19",
             ship_to=ST("Chantier Beaudoin", "318, chemin du Lac-Gale", "Sainte-Odile-du-Lac", "QC", "J0E 2K0"),
             lines=[L("GWB-12-48", 25, "EA", "feuilles de gypse 1/2 po 4x8 régulier"),
                    L("GWB-12MR-48", 10, "EA", "feuilles de gypse 1/2 po hydrofuge (MR) 4x8"),
                    L("JC-AP-45", 2, "EA", "chaudières de composé à joints tout usage"),
                    L("DT-PAPER-500", 3, "RL", "rouleaux de ruban papier"),
                    L("DWS-114-5", 4, "BX", "boîtes de vis à gypse 1-1/4 po (boîte de 5 lb)"),
                    L("STUD-24-925", 60, "EA", "colombages 2x4 92-5/8"),
                    L("SPF-26-16", 12, "EA", "madriers 2x6 de 16 pieds"),
                    L("CDX-1932", 8, "EA", "feuilles de contreplaqué 5/8 (CDX)")])
    return "e10_lavallee_french_canadian.eml", data, lab


# ---------------------------------------------------------------- 11
@doc
def e11():
    rows = [(1, "M-40215", "GWB-58X-48", "GYPSUM BD 5/8 TYPE X 4X8", 30, "EA", 16.10),
            (2, "M-40230", "GWB-58MRX-48", "GYPSUM BD 5/8 MR TYPE X 4X8", 12, "EA", 21.30),
            (3, "M-40310", "JC-LW-45", "JOINT COMPOUND LW 4.5 GAL", 6, "EA", 21.50),
            (4, "M-40412", "CK-FIRE-RED", "FIRESTOP SEALANT RED 10.1OZ", 48, "EA", 14.75),
            (5, "M-40090", "", "SCREW DRYWALL 1-5/8 CRS 25LB", 2, "BX", 118.00),
            (6, "M-41120", "SND-2332-BC", "PLYWOOD 3/4 BC SANDED 4X8", 10, "EA", 64.90),
            (7, "M-41201", "TRM-BAS-314", "BASE MLDG 3-1/4 PRIMED FJ", 480, "LF", 1.35),
            (8, "M-41202", "TRM-CAS-214", "CASING 2-1/4 PRIMED FJ", 320, "LF", 1.15)]
    skus = {5: "DWS-158-25"}
    out = []
    out.append("PURCHASE ORDER  P2700415                                  PO DATE: 11/02/2026")
    out.append("VENDOR: 004471  COBALT RIDGE LUMBER & BLDG SUPPLY         PAGE 1 OF 1")
    out.append("SHIP TO: FAIRHAVEN USD CENTRAL RECEIVING                  BILL TO: FAIRHAVEN USD ACCTS PAYABLE")
    out.append("         18 DEPOT STREET                                           PO BOX 310")
    out.append("         FAIRHAVEN JUNCTION VT 05499                               FAIRHAVEN JUNCTION VT 05499")
    out.append("DELIVER BY: 11/13/2026      BUYER: K. OSTROWSKI      TERMS: NET 30      FOB: DEST")
    out.append("-" * 104)
    out.append("%-3s %-9s %-13s %-30s %7s %-4s %11s %12s" % ("LN", "ITEM NO.", "VENDOR PART", "DESCRIPTION", "QTY", "UOM", "UNIT PRICE", "EXTENSION"))
    out.append("-" * 104)
    tot = 0
    for ln, item, vp, d, q, u, pr in rows:
        ext = q * pr
        tot += ext
        out.append("%03d %-9s %-13s %-30s %7d %-4s %11.2f %12s" % (ln, item, vp, d, q, u, pr, "{:,.2f}".format(ext)))
    out.append("-" * 104)
    out.append("%92s %11s" % ("PO TOTAL (USD):", "{:,.2f}".format(tot)))
    body = """Please find below Purchase Order P2700415. Please reference the PO number on all invoices and packing slips.
Deliveries accepted M-F 7:00-2:30 at Central Receiving. Tax exempt - certificate on file.

%s

Kathy Ostrowski
Purchasing Agent, Business Office
Fairhaven Unified School District
802-555-0109
""" % "\n".join(out)
    data = eml("Fairhaven USD Purchasing <purchasing@fairhavenusd.org>", ORDERS, "Purchase Order P2700415",
               "Mon, 02 Nov 2026 13:30:00 -0500", "P2700415.20261102133000@fairhavenusd.org", text=body)
    lab = PO("Fairhaven Unified School District", po="P2700415", order_date="2026-11-02", requested="2026-11-13",
             currency="USD",
             ship_to=ST("FAIRHAVEN USD CENTRAL RECEIVING", "18 DEPOT STREET", "FAIRHAVEN JUNCTION", "VT", "05499"),
             lines=[L(vp or skus[ln], q, u, d, pr, cp=item) for ln, item, vp, d, q, u, pr in rows])
    return "e11_fairhaven_fixed_width_erp_text.eml", data, lab


# ---------------------------------------------------------------- 12
@doc
def e12():
    body = """Dana - lumber for the Brennan garage, 7 Cold Spring Rd Bellmont. whenever you can get it there this week is fine.

CUT LIST
2x10x16      14    (floor over shop)
2x10x12       8
2x12x14       6    (header stock)
2x8x10       20
2x6x14       12    (rafters)
2x4x12       30
2x6x12 PT GC  6    sill
2x8x14 PT     3    ledger
sill seal     2 rolls

Jake
Hartwell Framing
"""
    data = eml("Jake Moreau <jake@hartwellframing.com>", ORDERS, "cut list - Brennan garage",
               "Thu, 12 Nov 2026 17:51:33 -0500", "B7E2-44C1-9A10-cutlist@hartwellframing.com", text=body, mailer=IPHONE)
    lab = PO("Hartwell Framing LLC",
             ship_to=ST(street="7 Cold Spring Rd", city="Bellmont"),
             lines=[L("SPF-210-16", 14, "EA", "2x10x16"),
                    L("SPF-210-12", 8, "EA", "2x10x12"),
                    L("SPF-212-14", 6, "EA", "2x12x14"),
                    L("SPF-28-10", 20, "EA", "2x8x10"),
                    L("SPF-26-14", 12, "EA", "2x6x14"),
                    L("SPF-24-12", 30, "EA", "2x4x12"),
                    L("PTGC-26-12", 6, "EA", "2x6x12 PT GC"),
                    L(None, 3, "EA", "2x8x14 PT ledger"),
                    L("SILL-55-50", 2, "RL", "sill seal")])
    return "e12_hartwell_cut_list_dimensions.eml", data, lab


# ---------------------------------------------------------------- 13
@doc
def e13():
    rows = [("2x4 92-5/8 PET stud", 420, "pcs", "STUD-24-925", "EA"),
            ("2x6 104-5/8 PET stud", 96, "pcs", "STUD-26-1045", "EA"),
            ("2x10x14 SPF", 34, "pcs", "SPF-210-14", "EA"),
            ("1-3/4 x 11-7/8 LVL", 64, "lf", "LVL-175-1188", "LF"),
            ("1-3/4 x 14 LVL", 28, "lf", "LVL-175-1400", "LF"),
            ("11-7/8 I-joist", 576, "lf", "IJ-1188", "LF"),
            ("23/32 T&G OSB subfloor", 48, "pcs", "OSB-2332-TG", "EA"),
            ("7/16 OSB 4x8", 92, "pcs", "OSB-716-48", "EA"),
            ("Double 2x10 face mount hanger", 8, "pcs", "FMH-210-2", "EA"),
            ("2x10 face mount hanger (LUS210 type)", 46, "pcs", "FMH-210", "EA"),
            ("primed FJ casing 2-1/4", 380, "lf", "TRM-CAS-214", "LF"),
            ("primed FJ base 3-1/4", 420, "lf", "TRM-BAS-314", "LF")]
    tbl = "%-40s %5s  %s\n" % ("Item", "Qty", "Unit") + "\n".join("%-40s %5d  %s" % (d, q, u) for d, q, u, s, uu in rows)
    body = """Dana,

Please enter PO KH-26-0911 for Lot 9 Heron Way (Plan 2240-B). Takeoff below. Required 11/23/2026.
Deliver to 9 Heron Way, Windham Crossing VT 05466.

TAKEOFF - LOT 9 HERON WAY
%s

Renee Albright
Purchasing Coordinator | Kestrel Homes Inc.
P 802-555-0187
""" % tbl
    data = eml("Renee Albright <ralbright@kestrelhomes.com>", ORDERS, "PO KH-26-0911 Lot 9 Heron Way - framing takeoff",
               "Mon, 16 Nov 2026 07:44:18 -0500", "BN8PR04MB6120.namprd04.prod.outlook.com.0911@kestrelhomes.com",
               text=body, mailer=OUTLOOK)
    lab = PO("Kestrel Homes Inc.", po="KH-26-0911", requested="2026-11-23",
             ship_to=ST(street="9 Heron Way", city="Windham Crossing", region="VT", postal="05466"),
             lines=[L(s, q, uu, d) for d, q, u, s, uu in rows])
    return "e13_kestrel_takeoff_pcs_and_lf.eml", data, lab


# ---------------------------------------------------------------- 14
@doc
def e14():
    body = """Hey Dana,

Can we get this out next Tues AM? Job is the Carver residence, 18 Linden Hollow Rd, Stowell VT 05672. Side door, driveway is tight so no tractor trailer please.

3 - 2x12x12 SYP (stair stringers)
10 - 2x4x8
6 - 2x6x8 PT (above ground is fine)
1 - box #8 2-1/2 deck screws, 5 lb
2 - 3/4 BC sanded
4 - 1x4x8 pine
6 - 10' corner bead

PO Carver-1112

Marcus
"""
    data = eml("Marcus Bell <marcus@bluestemremodeling.com>", ORDERS, "Carver job order",
               "Thu, 12 Nov 2026 15:02:47 -0500", "MW3PR11MB4652.carver@bluestemremodeling.com", text=body, mailer=OUTLOOK)
    lab = PO("Bluestem Remodeling Co.", po="Carver-1112", requested="2026-11-17",
             ship_to=ST("Carver residence", "18 Linden Hollow Rd", "Stowell", "VT", "05672"),
             lines=[L("SYP-212-12", 3, "EA", "2x12x12 SYP (stair stringers)"),
                    L("SPF-24-08", 10, "EA", "2x4x8"),
                    L("PTAG-26-08", 6, "EA", "2x6x8 PT (above ground is fine)"),
                    L("DS-8-250-05", 1, "BX", "box #8 2-1/2 deck screws, 5 lb"),
                    L("SND-2332-BC", 2, "EA", "3/4 BC sanded"),
                    L("BRD-14-08", 4, "EA", "1x4x8 pine"),
                    L("CB-MTL-10", 6, "EA", "10' corner bead")])
    return "e14_bluestem_next_tues_am_relative_date.eml", data, lab


# ---------------------------------------------------------------- 15
@doc
def e15():
    body = """Hi folks,

Lumber order for the shop, our PO 1547. Next week is fine, we'll send our truck to pick it up - just call when it's pulled.

150 bf 4/4 red oak FAS
80 bf 4/4 hard maple
200 bf 4/4 poplar
40 bf 8/4 cherry (if you can get it - otherwise let me know)
3 sheets 3/4 birch ply
2 sheets 1/2 birch ply
1 sheet 3/4 MDF

Thanks,
Eli Strand
Ironwood Cabinetry
14 Tannery Brook Road, Stowell VT
802-555-0194
"""
    data = eml("Eli Strand <eli@ironwoodcabinetry.com>", ORDERS, "lumber order - PO 1547",
               "Tue, 03 Nov 2026 12:18:00 -0500", "d41c8e2a-1547@ironwoodcabinetry.com", text=body)
    lab = PO("Ironwood Cabinetry", po="1547", ship_to=None,
             lines=[L("HW-ROAK-44", 150, "BF", "4/4 red oak FAS"),
                    L("HW-HMAP-44", 80, "BF", "4/4 hard maple"),
                    L("HW-POPL-44", 200, "BF", "4/4 poplar"),
                    L(None, 40, "BF", "8/4 cherry"),
                    L("BIR-34", 3, "EA", "3/4 birch ply"),
                    L("BIR-12", 2, "EA", "1/2 birch ply"),
                    L("MDF-34", 1, "EA", "3/4 MDF")])
    return "e15_ironwood_board_feet_hardwood.eml", data, lab


# ---------------------------------------------------------------- 16 (PDF attached)
@doc
def e16():
    from docs_files import town_po_pdf
    pdf, lab = town_po_pdf()
    body = """Good afternoon,

Attached is PO 26-0412 for the salt shed footing repair. Please call the garage (802-555-0116) the day before delivery.

Thank you,
Dale Pruitt
Highway Foreman
Town of Brackett Falls - Department of Public Works
260 Mill Pond Road, Brackett Falls VT 05488
"""
    data = eml("Dale Pruitt <dpruitt@brackettfalls-vt.gov>", ORDERS, "PO 26-0412",
               "Wed, 04 Nov 2026 13:12:55 -0500", "26-0412.1762280000@brackettfalls-vt.gov",
               text=body, attachments=[("PO_26-0412.pdf", "application/pdf", pdf)])
    return "e16_town_po_attached_pdf.eml", data, lab


# ---------------------------------------------------------------- 17
@doc
def e17():
    body = """Hi Dana, changes inline below. Everything else OK.

Amy

On Fri, Nov 13, 2026 at 2:05 PM Dana Whitcomb <dwhitcomb@cobaltridgelumber.com> wrote:
> Hi Amy, confirming the Fenwick deck order, your PO 26-121, delivering Wed 11/18 to
> Fenwick residence, 40 Summit View Rd, North Tamsworth NH 03891:
>
> 4x4x8 PT above ground      - 12
> 2x8x16 PT above ground     - 18
> 5/4x6x16 deck boards       - 60

make it 80

> 5/4x6x12 deck boards       - 20
> #10 x 3" deck screws 5 lb  - 2 bx

3 boxes please

> 2x8 face mount hangers     - 18
> post caps 4x4              - 12

delete the post caps, use 12 of the 4x4 post bases (PB44) instead

>
> Let me know of any changes.
> Dana Whitcomb
> Inside Sales | Cobalt Ridge Lumber & Building Supply
> 802-555-0140
"""
    data = eml("Amy Chen <amy@summitdeckandrail.com>", "Dana Whitcomb <dwhitcomb@cobaltridgelumber.com>",
               "Re: Order confirmation SO-88412 - Fenwick deck",
               "Mon, 16 Nov 2026 08:14:03 -0500", "CAE9f0x-fenwick-re@summitdeckandrail.com",
               text=body, cc=ORDERS, in_reply_to="SO-88412.conf@cobaltridgelumber.com",
               references=["SO-88412.conf@cobaltridgelumber.com"])
    lab = PO("Summit Deck & Rail LLC", po="26-121", requested="2026-11-18",
             ship_to=ST("Fenwick residence", "40 Summit View Rd", "North Tamsworth", "NH", "03891"),
             lines=[L("PTAG-44-08", 12, "EA", "4x4x8 PT above ground"),
                    L("PTAG-28-16", 18, "EA", "2x8x16 PT above ground"),
                    L("PTAG-54DK-16", 80, "EA", "5/4x6x16 deck boards"),
                    L("PTAG-54DK-12", 20, "EA", "5/4x6x12 deck boards"),
                    L("DS-10-300-05", 3, "BX", "#10 x 3\" deck screws 5 lb"),
                    L("FMH-28", 18, "EA", "2x8 face mount hangers"),
                    L("PB-44", 12, "EA", "4x4 post bases (PB44)")])
    return "e17_summit_inline_reply_changes_quantities.eml", data, lab


# ---------------------------------------------------------------- 18
@doc
def e18():
    body = """morning. for 9 heron way (lot 9, we're framing it for kestrel, bill us not them)

send a unit of 2x4 precuts and a unit of 2x6 precuts
plus 50 sticks 2x6x16
and 10 more sheets 7/16
2 bx 21 deg 3-1/4 131 bright
1 bx 16d commons 5#

also can u price 2 6-lite exterior doors, not ordering yet just need a number

jake
"""
    data = eml("Jake Moreau <jake@hartwellframing.com>", ORDERS, "heron way",
               "Tue, 17 Nov 2026 06:31:12 -0500", "F0C1-22AB-heron@hartwellframing.com", text=body, mailer=IPHONE)
    lab = PO("Hartwell Framing LLC", ship_to=ST(street="9 Heron Way"),
             lines=[L("UNIT-24-925", 1, "UN", "unit of 2x4 precuts"),
                    L("UNIT-26-925", 1, "UN", "unit of 2x6 precuts"),
                    L("SPF-26-16", 50, "EA", "sticks 2x6x16"),
                    L("OSB-716-48", 10, "EA", "sheets 7/16"),
                    L("CN21-325-131", 2, "BX", "21 deg 3-1/4 131 bright"),
                    L("NL-16CMN-05", 1, "BX", "16d commons 5#")])
    return "e18_hartwell_unit_of_precuts_slang.eml", data, lab


# ---------------------------------------------------------------- 19
@doc
def e19():
    body = """Hello,

Please deliver the following to Pinegate Commons, Building C maintenance room, 5 Pinegate Circle, Bellmont VT 05441 on Monday 11/23.

We need:
Eight sheets of 5/8 type X 4x8 for the boiler room ceiling
Two buckets of all purpose joint compound
One box 1-5/8 drywall screws (25 lb)
Ten tubes fire caulk
Five gallons exterior latex paint, white
Four bags R-30 kraft, 24 inch
Twelve 1x3x8 furring strips

PO MPM-11-0231

Tom Keough
Maintenance Supervisor
Maplecrest Property Management
"""
    data = eml("Tom Keough <tkeough@maplecrestpm.com>", ORDERS, "Order for Pinegate Commons bldg C",
               "Wed, 18 Nov 2026 10:05:44 -0500", "CAF7x9q2Lr0k+pinegate@mail.maplecrestpm.com", text=body)
    lab = PO("Maplecrest Property Management", po="MPM-11-0231", requested="2026-11-23",
             ship_to=ST("Pinegate Commons, Building C maintenance room", "5 Pinegate Circle", "Bellmont", "VT", "05441"),
             lines=[L("GWB-58X-48", 8, "EA", "5/8 type X 4x8"),
                    L("JC-AP-45", 2, "EA", "buckets of all purpose joint compound"),
                    L("DWS-158-25", 1, "BX", "box 1-5/8 drywall screws (25 lb)"),
                    L("CK-FIRE-RED", 10, "EA", "tubes fire caulk"),
                    L(None, 5, "GAL", "exterior latex paint, white"),
                    L("INS-R30K-24", 4, "BG", "R-30 kraft, 24 inch"),
                    L("FUR-13-08", 12, "EA", "1x3x8 furring strips")])
    return "e19_maplecrest_prose_word_numbers_one_unlisted.eml", data, lab


# ---------------------------------------------------------------- 20
@doc
def e20():
    body = """dana its hector from ortega framing
need monday for the deck footings at 12 tamarack ln

8 - PT 4x4x10
12 bags 60lb concrete
6 sonotubes 8 inch
2 bx #10 3in deck screws 1lb
4 post bases 4x4

gracias
"""
    data = eml("Hector Ortega <hector_ortega77@hotmail.com>", ORDERS, "material",
               "Sat, 07 Nov 2026 18:20:39 -0500", "BL0PR02MB55.hector@hotmail.com", text=body)
    lab = PO("Ortega Framing & Concrete", requested="2026-11-09",
             ship_to=ST(street="12 Tamarack Ln"),
             lines=[L("PTGC-44-10", 8, "EA", "PT 4x4x10"),
                    L("CM-60", 12, "BG", "60lb concrete"),
                    L("FT-08", 6, "EA", "sonotubes 8 inch"),
                    L("DS-10-300-01", 2, "BX", "#10 3in deck screws 1lb"),
                    L("PB-44", 4, "EA", "post bases 4x4")])
    return "e20_ortega_hotmail_terse_unknown_domain.eml", data, lab


# ---------------------------------------------------------------- 21
@doc
def e21():
    body = """Please process under PO KH-26-0925, deliver to Lot 22, 22 Foxglove Court, Windham Crossing 05466 by Friday 11/20.

-Renee

Begin forwarded message:

From: Bill Sturgis <bsturgis@kestrelhomes.com>
Subject: Lot 22 short list
Date: November 18, 2026 at 7:02:11 AM EST
To: Renee Albright <ralbright@kestrelhomes.com>

Renee, framers came up short on lot 22, need:
(10) 2x4 precut studs
(6) 2x6x12
(4) 2x10x12
(2) 2x12x16
(3) sheets 7/16 4x8
(1) box 16d sinkers 5lb
(10) 2x10 hangers
(1) box hanger nails

thanks, Bill
Site Superintendent, Kestrel Homes
"""
    data = eml("Renee Albright <ralbright@kestrelhomes.com>", ORDERS, "Fwd: Lot 22 short list",
               "Wed, 18 Nov 2026 08:26:30 -0500", "E2A1B0C4-lot22-fwd@kestrelhomes.com", text=body,
               mailer="X-Mailer: Apple Mail (2.3774.200.91.1.1)")
    lab = PO("Kestrel Homes Inc.", po="KH-26-0925", requested="2026-11-20",
             ship_to=ST(None, "22 Foxglove Court", "Windham Crossing", None, "05466"),
             lines=[L("STUD-24-925", 10, "EA", "2x4 precut studs"),
                    L("SPF-26-12", 6, "EA", "2x6x12"),
                    L("SPF-210-12", 4, "EA", "2x10x12"),
                    L("SPF-212-16", 2, "EA", "2x12x16"),
                    L("OSB-716-48", 3, "EA", "sheets 7/16 4x8"),
                    L("NL-16SNK-05", 1, "BX", "box 16d sinkers 5lb"),
                    L("FMH-210", 10, "EA", "2x10 hangers"),
                    L("JHN-10D-05", 1, "BX", "box hanger nails")])
    return "e21_kestrel_forwarded_superintendent_list.eml", data, lab


# ---------------------------------------------------------------- 22
@doc
def e22():
    body = """Dana,
Materials for 77 Birchwood Dr, Ashbury. Wed 11/11 please, roof load.

32 sq Charcoal arch
4 bdl ridge cap charcoal
4 bdl starter
4 rolls synthetic
2 rolls ice & water
2 bx 1-1/4 coil nails
20 pc galv drip edge
2 gal roof cement

PO TN-1152
Shawn
"""
    data = eml("Shawn Dufresne <shawn@topnotchroofingvt.com>", ORDERS, "77 Birchwood - matl",
               "Mon, 09 Nov 2026 06:58:10 -0500", "DM6PR13MB2871A1152@topnotchroofingvt.com", text=body, mailer=IPHONE)
    lab = PO("Top Notch Roofing Co.", po="TN-1152", requested="2026-11-11",
             ship_to=ST(street="77 Birchwood Dr", city="Ashbury"),
             lines=[L("SHG-AR-CHR", 32, "SQ", "Charcoal arch"),
                    L("SHG-HR-CHR", 4, "BDL", "ridge cap charcoal"),
                    L("SHG-STR", 4, "BDL", "starter"),
                    L("UL-SYN-10", 4, "RL", "synthetic"),
                    L("UL-IWS-2", 2, "RL", "ice & water"),
                    L("RN-COIL-125", 2, "BX", "1-1/4 coil nails"),
                    L("DE-GAL-10", 20, "EA", "galv drip edge"),
                    L("RC-1G", 2, "EA", "gal roof cement")])
    return "e22_topnotch_roofer_squares.eml", data, lab


# ---------------------------------------------------------------- 23
@doc
def e23():
    rows = [(1, "4X4X8 PT GROUND CONTACT", 12, "EA", 11.90, "PTGC-44-08"),
            (2, "2X6X10 PT GROUND CONTACT", 24, "EA", 10.56, "PTGC-26-10"),
            (3, "DECK SCREW #10 X 3 IN 5 LB BOX", 3, "BX", 41.90, "DS-10-300-05"),
            (4, "HIGH EARLY CONCRETE 80 LB", 20, "BAG", 9.25, "CM-HE80"),
            (5, "POLYURETHANE SEALANT GRAY 10.1 OZ", 24, "EA", 9.80, "CK-PU-GRY"),
            (6, "SILICONE SEALANT WHITE 10.1 OZ", 12, "EA", 8.95, "CK-SIL-WHT"),
            (7, "2 IN XPS FOAM BOARD 4X8", 8, "EA", 56.80, "XPS-2-48"),
            (8, "FLASHING TAPE 6 IN X 75 FT", 4, "RL", 27.40, "FLT-6-75")]
    td = '<td style="border:1px solid #bbb;padding:4px">%s</td>'
    tr = "".join("<tr>" + "".join(td % c for c in (n, d, q, u, "%.2f" % pr, "{:,.2f}".format(q * pr))) + "</tr>\n"
                 for n, d, q, u, pr, s in rows)
    total = sum(q * pr for n, d, q, u, pr, s in rows)
    html = """<!DOCTYPE html><html><body style="font-family:Segoe UI,Arial;font-size:12px;color:#222">
<div style="background:#1d3b6a;color:#fff;padding:8px 12px;font-size:16px">Fairhaven Unified School District &mdash; eProcurement</div>
<p>A purchase order has been issued to <b>COBALT RIDGE LUMBER &amp; BLDG SUPPLY</b> (Supplier #004471). Please do not reply to this automated message; contact the buyer listed below.</p>
<table style="border-collapse:collapse;margin-bottom:10px">
<tr><td style="padding:2px 10px 2px 0"><b>PO Number</b></td><td>P2700448</td><td style="padding:2px 10px 2px 30px"><b>Ship To</b></td><td>Fairhaven High School - Grounds Dept</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>PO Date</b></td><td>11/17/2026</td><td></td><td>400 Academy Road</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>Delivery Date</b></td><td>12/01/2026</td><td></td><td>Fairhaven Junction, VT 05499</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>Buyer</b></td><td>K. Ostrowski, 802-555-0109</td><td style="padding:2px 10px 2px 30px"><b>Bill To</b></td><td>Accounts Payable, PO Box 310, Fairhaven Junction, VT 05499</td></tr>
<tr><td style="padding:2px 10px 2px 0"><b>Currency</b></td><td>USD</td><td></td><td></td></tr>
</table>
<table style="border-collapse:collapse;width:100%%">
<tr style="background:#e8edf5"><th style="border:1px solid #bbb;padding:4px">Line</th><th style="border:1px solid #bbb;padding:4px">Description</th><th style="border:1px solid #bbb;padding:4px">Qty</th><th style="border:1px solid #bbb;padding:4px">UOM</th><th style="border:1px solid #bbb;padding:4px">Unit Price</th><th style="border:1px solid #bbb;padding:4px">Ext. Price</th></tr>
%s<tr><td colspan="5" style="text-align:right;padding:4px"><b>Total</b></td><td style="padding:4px"><b>%s</b></td></tr>
</table>
<p style="font-size:11px;color:#666">Terms: Net 30. Tax exempt. Reference PO number on packing slip and invoice.</p>
</body></html>
""" % (tr, "{:,.2f}".format(total))
    text = ("Fairhaven Unified School District - eProcurement\n\nPurchase Order P2700448 issued to COBALT RIDGE LUMBER & BLDG SUPPLY.\n"
            "View this message in an HTML-capable mail client to see the order details.\n")
    data = eml("Fairhaven USD eProcurement <eprocurement@fairhavenusd.org>", ORDERS,
               "Purchase Order P2700448 issued to COBALT RIDGE LUMBER & BLDG SUPPLY",
               "Tue, 17 Nov 2026 15:00:12 -0500", "po.P2700448.notify@fairhavenusd.org", text=text, html=html)
    lab = PO("Fairhaven Unified School District", po="P2700448", order_date="2026-11-17", requested="2026-12-01",
             currency="USD",
             ship_to=ST("Fairhaven High School - Grounds Dept", "400 Academy Road", "Fairhaven Junction", "VT", "05499"),
             lines=[L(s, q, "BG" if u == "BAG" else u, d, pr) for n, d, q, u, pr, s in rows])
    return "e23_fairhaven_eprocurement_html_po.eml", data, lab


# ---------------------------------------------------------------- 24
@doc
def e24():
    body = """Hi,

We just set up an account with your credit dept last week (Greenway Builders LLC). First order below for a bedroom/bath addition at 240 Hollis Road, Bellmont VT 05441. Tuesday 11/17 works.

(6) 2x4x10
2x6x12 x 14
(2) 2x10x14
qty 3 - 3/4 BC sanded ply
R19 unfaced 15in x 5 bags
1/2 CDX x 12
LVL 1-3/4 x 9-1/4, 24 lf
house wrap 9ft x 1 roll
flashing tape 4" x 2

PO# GB-1001

Thanks
Nate Brody
Greenway Builders LLC
802-555-0119
"""
    data = eml("Nate Brody <nate@greenwaybuildersvt.com>", ORDERS, "New account - first order",
               "Fri, 13 Nov 2026 16:40:05 -0500", "CAKp2=greenway-1001@mail.greenwaybuildersvt.com", text=body)
    lab = PO("Greenway Builders LLC", po="GB-1001", requested="2026-11-17",
             ship_to=ST(street="240 Hollis Road", city="Bellmont", region="VT", postal="05441"),
             lines=[L("SPF-24-10", 6, "EA", "2x4x10"),
                    L("SPF-26-12", 14, "EA", "2x6x12"),
                    L("SPF-210-14", 2, "EA", "2x10x14"),
                    L("SND-2332-BC", 3, "EA", "3/4 BC sanded ply"),
                    L("INS-R19U-15", 5, "BG", "R19 unfaced 15in"),
                    L("CDX-1532", 12, "EA", "1/2 CDX"),
                    L("LVL-175-0925", 24, "LF", "LVL 1-3/4 x 9-1/4"),
                    L("WRB-9-150", 1, "RL", "house wrap 9ft"),
                    L("FLT-4-75", 2, "RL", "flashing tape 4\"")])
    return "e24_greenway_new_customer_mixed_qty_formats.eml", data, lab


# ---------------------------------------------------------------- 25
@doc
def e25():
    body = """Dana,

Charge to blanket PO 26-0455 (Brook St bridge railing). We'll pick up at the yard Monday 11/23 in the morning, Ray's truck.

PT 2x10x16 ground contact - 12
PT 2x6x16 GC - 20
PT 4x4x12 - 6 (ground contact)
#10 x 3-1/2" deck screws - 2 boxes (5 lb)
5/16 x 4 structural screws - 3 boxes
Post mix 50 lb - 10 bags

Dale Pruitt
Highway Foreman, Town of Brackett Falls DPW
802-555-0116
"""
    data = eml("Dale Pruitt <dpruitt@brackettfalls-vt.gov>", ORDERS,
               "materials - Brook St bridge railing, blanket PO 26-0455",
               "Thu, 19 Nov 2026 14:47:21 -0500", "26-0455.brook@brackettfalls-vt.gov", text=body)
    lab = PO("Town of Brackett Falls", po="26-0455", requested="2026-11-23", ship_to=None,
             lines=[L("PTGC-210-16", 12, "EA", "PT 2x10x16 ground contact"),
                    L("PTGC-26-16", 20, "EA", "PT 2x6x16 GC"),
                    L("PTGC-44-12", 6, "EA", "PT 4x4x12 (ground contact)"),
                    L("DS-10-350-05", 2, "BX", "#10 x 3-1/2\" deck screws (5 lb)"),
                    L("SS-516-400", 3, "BX", "5/16 x 4 structural screws"),
                    L("PSM-50", 10, "BG", "Post mix 50 lb")])
    return "e25_town_dpw_pickup_blanket_po.eml", data, lab


# ---------------------------------------------------------------- 26
@doc
def e26():
    body = """Hi Dana,

PO 26-124 for the Delgado job - 16 Bayberry Lane, North Tamsworth NH 03891. Delivery Tues Dec 1.

Framing:
2x10x16 PT ground contact - 14 (joists, they're low to grade)
2x10x12 PT ground contact - 4
6x6x12 PT - 4
2x10 joist hangers - 28

Decking:
TerraDeck composite 1x6x16 Coastline Grey - 45
Composite deck screws #10 x 2-3/4 - 2 bx (for the picture frame)
(hidden fasteners we have in the shop)

Amy
Summit Deck & Rail LLC
"""
    data = eml("Amy Chen <amy@summitdeckandrail.com>", ORDERS, "PO 26-124 Delgado deck",
               "Thu, 19 Nov 2026 09:12:40 -0500", "CAE9f0x-delgado@summitdeckandrail.com", text=body)
    lab = PO("Summit Deck & Rail LLC", po="26-124", requested="2026-12-01",
             ship_to=ST(street="16 Bayberry Lane", city="North Tamsworth", region="NH", postal="03891"),
             lines=[L("PTGC-210-16", 14, "EA", "2x10x16 PT ground contact"),
                    L("PTGC-210-12", 4, "EA", "2x10x12 PT ground contact"),
                    L("PTGC-66-12", 4, "EA", "6x6x12 PT"),
                    L("FMH-210", 28, "EA", "2x10 joist hangers"),
                    L(None, 45, "EA", "TerraDeck composite 1x6x16 Coastline Grey"),
                    L("DS-CMP-10-275", 2, "BX", "Composite deck screws #10 x 2-3/4")])
    return "e26_summit_composite_not_in_catalog.eml", data, lab


# ---------------------------------------------------------------- 27
@doc
def e27():
    body = """Hi Dana,

Got the October statement, thanks - I think inv 418830 was already paid by check #5521 on 10/28, can you have AR look?

Also please send the following to the yard (42 Sawmill Lane) for Monday:

2 bx 21 deg 3-1/4 x .131
2 bx 30 deg 3 x .131
1 box 8d commons 5 lb
12 tubes subfloor glue 28oz
1 - 5 lb box 16d sinkers

Thank you!
Carol

Carol Hartwell | Office Manager
Hartwell Framing LLC
42 Sawmill Lane, Bellmont VT 05441
o (802) 555-0123 | f (802) 555-0124

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Please consider the environment before printing this e-mail.

From: Dana Whitcomb <dwhitcomb@cobaltridgelumber.com>
Sent: Monday, November 2, 2026 9:10 AM
To: Carol Hartwell <office@hartwellframing.com>
Subject: RE: statement + order

Carol - statement attached. Your order from last week is out for delivery today.

From: Carol Hartwell <office@hartwellframing.com>
Sent: Wednesday, October 28, 2026 3:22 PM
To: orders@cobaltridgelumber.com
Subject: statement + order

Please send 40 2x4x8, 20 2x6x12 and 2 boxes 16d sinkers 50 lb to the yard. Can you also send me the October statement?
"""
    data = eml("Carol Hartwell <office@hartwellframing.com>", "Dana Whitcomb <dwhitcomb@cobaltridgelumber.com>",
               "RE: statement + order", "Fri, 20 Nov 2026 11:37:02 -0500", "20261120163702.9921@hartwellframing.com",
               text=body, cc=ORDERS, mailer=OUTLOOK, in_reply_to="DW.20261102.0910@cobaltridgelumber.com")
    lab = PO("Hartwell Framing LLC", requested="2026-11-23",
             ship_to=ST(street="42 Sawmill Lane"),
             lines=[L("CN21-325-131", 2, "BX", "21 deg 3-1/4 x .131"),
                    L("CN30-300-131", 2, "BX", "30 deg 3 x .131"),
                    L("NL-8CMN-05", 1, "BX", "8d commons 5 lb"),
                    L("ADH-SUBF-28", 12, "EA", "subfloor glue 28oz"),
                    L("NL-16SNK-05", 1, "BX", "5 lb box 16d sinkers")])
    return "e27_hartwell_new_order_above_quoted_old_order.eml", data, lab


# ---------------------------------------------------------------- 28
@doc
def e28():
    rows = [(1, "BBN-3318820", "UL-SYN-10", "Synthetic Roof Underlayment 10 sq", 2, "EA", 89.50),
            (2, "BBN-3318905", "UL-IWS-2", "Ice & Water Shield 2 sq roll", 3, "EA", 71.00),
            (3, "BBN-3302214", "DE-AL-WHT-10", "Aluminum drip edge white 10 ft", 14, "EA", 7.80),
            (4, "BBN-3319107", "RN-COIL-125", "Coil roofing nails 1-1/4 7200ct", 1, "EA", 44.90),
            (5, "BBN-3304470", "RF-BOOT-3", "Pipe boot flashing 1.5-3 in", 2, "EA", 10.60)]
    tbl = "%-5s %-15s %-14s %-40s %4s %-4s %9s\n" % ("Line", "BuildBarn SKU", "Vendor SKU", "Description", "Qty", "UOM", "Unit Cost")
    tbl += "\n".join("%-5d %-15s %-14s %-40s %4d %-4s %9.2f" % r for r in rows)
    body = """BuildBarn Online, Inc. - Drop Ship Purchase Order

PO Number: BB-DS-7781204
PO Date: 11/04/2026
Ship Method: Vendor Truck - Residential, curbside
Ship By: 11/09/2026
Currency: USD

SHIP TO (end customer):
Marguerite Okafor
1127 Stillwater Road
Harlan Mills, NH 03442
Phone: 603-555-0178

%s

Do NOT include pricing or Cobalt Ridge invoices in the shipment. Send tracking / POD to dropship@buildbarn-online.com.
Bill to: BuildBarn Online, Inc., Accounts Payable, 4800 Logistics Drive, Keene Falls, NH 03435.

This is an automated message from BuildBarn Vendor Operations.
""" % tbl
    data = eml("BuildBarn Vendor Ops <dropship@buildbarn-online.com>", ORDERS,
               "Drop Ship PO BB-DS-7781204 - ACTION REQUIRED", "Wed, 04 Nov 2026 03:15:00 -0500",
               "BB-DS-7781204.vendorops@buildbarn-online.com", text=body)
    lab = PO("BuildBarn Online, Inc.", po="BB-DS-7781204", order_date="2026-11-04", requested="2026-11-09",
             currency="USD",
             ship_to=ST("Marguerite Okafor", "1127 Stillwater Road", "Harlan Mills", "NH", "03442"),
             lines=[L(vs, q, u, d, pr, cp=bs) for n, bs, vs, d, q, u, pr in rows])
    return "e28_buildbarn_dropship_plain_text.eml", data, lab
