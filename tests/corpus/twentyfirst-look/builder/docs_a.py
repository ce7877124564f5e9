from common import *

# ---------------------------------------------------------------- 01 dims-as-qty, plot delivery
body = """Morning,

Can we have the following for Meadow Rise please, deliver to plot 14 on Thursday 15/01/2026,
before 10am if poss as the crane is booked for the afternoon.

Site: Plot 14, Meadow Rise, Lichfield, Staffordshire WS13 8QT
Our PO: HC-24417

20 x 47x100x4.8m C24
12 x 47x150x4.8m C24
8 x 47x200x3.6 C24
30 x 25x38 battens 4.8
6 x OSB 18mm 2.4 x 1.2 sheets
4.0x40 screws x 3 boxes (the 200s)

Gate code is 4471, ask for me or Dean on arrival.

Cheers
Gareth Pryce
Site Manager
Hollinshead Construction Ltd
3 Cinder Lane, Burntwood, WS7 1PX
M: 07700 900412  |  T: 01543 660219
"""
add("01_hollinshead_plot14.eml",
    msg('"Gareth Pryce" <g.pryce@hollinshead-construction.co.uk>', "Order - Meadow Rise plot 14 - HC-24417",
        D("2026-01-12 07:18"), body),
    label(customer="Hollinshead Construction Ltd", po="HC-24417", req="2026-01-15", cur=None,
          ship_to=ship(None, name=None, street="Plot 14, Meadow Rise", city="Lichfield", region="Staffordshire",
                       postal_code="WS13 8QT", country=None),
          lines=[line("TC24-47100-480", 20, "EA"), line("TC24-47150-480", 12, "EA"),
                 line("TC24-47200-360", 8, "EA"), line("TBAT-25038-480", 30, "EA"),
                 line("SOSB-18-2412", 6, "EA"), line("SCR-MP-40040-200", 3, "BX")]),
    dict(lang="en", country="GB", ph=["dims", "delivery", "po", "signature"]))

# ---------------------------------------------------------------- 02 mobile terse
body = """Need these tmrw am if poss

C24 47x100 3.6 x 16
C24 47x100 4.8 x 10
12.5 board 2.4x1.2 x 25
multi finish x 6 bags
scrim x2

Tanyard rd as usual

Sent from my iPhone
"""
add("02_pennick_iphone.eml",
    msg('"Rob Pennick" <rob@pennickbuilders.co.uk>', "order", D("2026-01-19 18:52"), body),
    label(customer="Pennick & Sons Builders", po=None, req=None,
          lines=[line("TC24-47100-360", 16, "EA", desc="47x100 3.6"), line("TC24-47100-480", 10, "EA", desc="47x100 4.8"),
                 line("PLB-STD-125-2412", 25, "EA", desc="12.5 board 2.4x1.2"), line("PLS-MF-25", 6, "BAG"),
                 line("PLS-SCR-090", 2, "RL", desc="scrim")]),
    dict(lang="en", country="GB", ph=["mobile", "dims", "qty_after"]))

# ---------------------------------------------------------------- 03 joinery, own codes, qty after
body = """Hi Brackenford team,

Order for the workshop please, our ref OJ-0192. Our stock codes in brackets so you know what we mean,
yours aren't on our system yet.

(OVJ-PAR-1894)  PAR redwood 18x94 2.4m  - 24 lengths
(OVJ-PAR-1814)  PAR redwood 18x144 3.0m - 12 lengths
(OVJ-MDF-18)    MDF 18mm full sheet     - 10
(OVJ-MDF-18MR)  MDF MR 18mm             - 4
(OVJ-SCR-440)   4.0x40 screws x 3 boxes (boxes of 100 please)
(OVJ-GLUE)      D3 wood glue 1 litre    - 6

Collection not delivery - we'll come Wednesday 21st Jan.

Thanks,
Hannah Lister
Oakvale Joinery | Unit 6 Fernhill Ind Est, Skipton BD23 4RN | 01756 794 330
"""
add("03_oakvale_owncodes.eml",
    msg('"Hannah Lister" <hannah@oakvalejoinery.co.uk>', "Workshop order OJ-0192", D("2026-01-19 09:05"), body),
    label(customer="Oakvale Joinery", po="OJ-0192", req="2026-01-21",
          lines=[line("TPAR-18094-240", 24, "EA", cpart="OVJ-PAR-1894"),
                 line("TPAR-18144-300", 12, "EA", cpart="OVJ-PAR-1814"),
                 line("SMDF-18-2412", 10, "EA", cpart="OVJ-MDF-18"),
                 line("SMDF-MR-18-2412", 4, "EA", cpart="OVJ-MDF-18MR"),
                 line("SCR-MP-40040-100", 3, "BX", cpart="OVJ-SCR-440"),
                 line("ADH-WOOD-1L", 6, "EA", cpart="OVJ-GLUE")]),
    dict(lang="en", country="GB", ph=["buyer_codes", "qty_after", "dims", "signature"]))

# ---------------------------------------------------------------- 04 ERP export fixed columns
body = """Please find below Purchase Order from Greyfriars Housing Association.
This order is issued under our framework agreement GHA/FW/2025/07.

P.O. No.   : GHA-PO-0031877
Order Date : 03/02/2026
Required   : 10/02/2026
Supplier   : BRACKENFORD BUILDING SUPPLIES (SUPP 00418)
Deliver To : Greyfriars HA - Ashby Court refurb
             Ashby Court, Canham Road
             Ipswich, Suffolk IP4 2NS

Ln  Item Code    Description                               Qty    UoM   Unit Price    Line Total
--  -----------  ----------------------------------------  -----  ----  ----------  ------------
 1  GH-DL-0041   PLASTERBOARD 12.5MM 2400X1200 MOIST RES      40  EA         12.30        492.00
 2  GH-DL-0040   PLASTERBOARD 12.5MM 2400X1200 STD TE         60  EA          9.20        552.00
 3  GH-DL-0112   DRYWALL SCREW 3.5X38 BX1000                   4  BX         10.40         41.60
 4  GH-DL-0090   JOINT COMPOUND 12L                            6  EA         17.50        105.00
 5  GH-GN-0302   SILICONE SANITARY WHITE 310ML                24  EA          4.90        117.60
 6  GH-GN-0310   DECORATORS CAULK WHITE 380ML                 24  EA          2.30         55.20
 7  GH-PP-0007   DUST MASK FFP3 BX10                           2  BX         19.90         39.80
                                                                           ------------
                                                    Sub Total (ex VAT)  GBP   1,403.20
                                                    VAT @ 20%           GBP     280.64
                                                    Total               GBP   1,683.84

Invoices to: accounts.payable@greyfriars-ha.org.uk quoting the P.O. No. above.
Greyfriars Housing Association is a registered society, no. 29114R. Registered office 112 Wolsey Street, Ipswich IP1 3HG.
This e-mail and any attachments are confidential and intended solely for the addressee.

-- Purchasing system (auto-generated) - do not reply to this address --
"""
add("04_greyfriars_erp.eml",
    msg('"GHA Purchasing" <purchasing-noreply@greyfriars-ha.org.uk>', "Purchase Order GHA-PO-0031877",
        D("2026-02-03 11:40"), body),
    label(customer="Greyfriars Housing Association", po="GHA-PO-0031877", order_date="2026-02-03",
          req="2026-02-10", cur="GBP", ship_to=ship("C1004", 1),
          lines=[line("PLB-MR-125-2412", 40, "EA", 12.30, "GH-DL-0041"),
                 line("PLB-STD-125-2412", 60, "EA", 9.20, "GH-DL-0040"),
                 line("DRY-SCR-3538-1000", 4, "BX", 10.40, "GH-DL-0112"),
                 line("PLS-JF-12", 6, "EA", 17.50, "GH-DL-0090"),
                 line("SEA-SIL-310-W", 24, "EA", 4.90, "GH-GN-0302"),
                 line("SEA-CAULK-380-W", 24, "EA", 2.30, "GH-GN-0310"),
                 line("PPE-MSK-FFP3-10", 2, "BX", 19.90, "GH-PP-0007")]),
    dict(lang="en", country="GB", ph=["erp_export", "buyer_codes", "po", "delivery", "disclaimer"]))

# ---------------------------------------------------------------- 05 word quantities, groundworks
body = """Hi Sue,

Usual stuff for the Stour Lane job please. Could you get it out to us Monday 9th Feb.

- half a pallet of cement (25kg)
- two bulk bags of ballast
- a bulk bag of sharp sand
- a dozen bags of postcrete
- 3 rolls of the 1200g DPM
- a couple of rolls of 100mm DPC

Deliver to the yard: Blackthorn Farm, Stour Lane, Blandford Forum DT11 9JR.
Ring Mick on 07700 900 733 when you're 20 mins out.

Ta,
Mick Tarrant
Tarrant Groundworks
"""
add("05_tarrant_words.eml",
    msg('"Mick Tarrant" <mick@tarrantgroundworks.co.uk>', "Stour Lane - materials", D("2026-02-04 16:20"), body),
    label(customer="Tarrant Groundworks", po=None, req="2026-02-09",
          ship_to=ship("C1005", 0, name=None, region=None),
          lines=[line("CEM-OPC-25", 28, "BAG", desc="half a pallet of cement (25kg)"),
                 line("AGG-BAL-BB", 2, "EA"), line("AGG-SHS-BB", 1, "EA"),
                 line("CEM-PCRT-20", 12, "BAG"), line("CON-DPM-1200-425", 3, "RL"),
                 line("CON-DPC-100-30", 2, "RL")]),
    dict(lang="en", country="GB", ph=["word_qty", "delivery", "signature"]))

# ---------------------------------------------------------------- 06 reply correction "make the 3.6s 4.8s"
body = """Sorry Jo - make the 3.6s 4.8s, the joists are longer than I thought. Everything else as below.

Ben

On Mon, 9 Mar 2026 at 08:12, Ben Okafor <ben@kestrel-lofts.co.uk> wrote:
> Hi Jo,
>
> Loft job at 19 Cressingham Road, Reading RG2 7JE - can you deliver Thursday 12 March.
> PO KL-1187
>
> 14 x 47x150 C24 3.6m
> 10 x 47x100 C24 3.6m
> 8 x 100mm PIR 2400x1200
> 6 x 50mm PIR
> 2 x timber frame screws 6.7x150 (box 50)
> 1 x roll foil tape
>
> Thanks
> Ben Okafor
> Kestrel Loft Conversions | 0118 496 0321
"""
add("06_kestrel_reply_lengths.eml",
    msg('"Ben Okafor" <ben@kestrel-lofts.co.uk>', "Re: Loft order Cressingham Rd - KL-1187", D("2026-03-09 08:47"),
        body, in_reply_to="<kl1187.1@kestrel-lofts.co.uk>"),
    label(customer="Kestrel Loft Conversions", po="KL-1187", req="2026-03-12",
          ship_to=ship(None, street="19 Cressingham Road", city="Reading", postal_code="RG2 7JE"),
          lines=[line("TC24-47150-480", 14, "EA"), line("TC24-47100-480", 10, "EA"),
                 line("INS-PIR-100", 8, "EA"), line("INS-PIR-050", 6, "EA"),
                 line("SCR-TF-67150-50", 2, "BX"), line("INS-TAPE-AL-45", 1, "RL")]),
    dict(lang="en", country="GB", ph=["reply_correction", "dims", "delivery", "po"]))

# ---------------------------------------------------------------- 07 forwarded chain, note adds PO
body = """Sue - please process, PO 7781-QA. Deliver to Quayside as per Lee's note.

Thanks
Anita Marlowe
Accounts & Purchasing, Marlowe Brothers Contracting
01452 300 118

---------- Forwarded message ---------
From: Lee Danvers <lee.danvers@marlowebros.co.uk>
Date: Tue, 17 Feb 2026 at 07:02
Subject: stuff for quayside
To: Anita Marlowe <anita@marlowebros.co.uk>

Anita can you order this from Brackenfords for Friday 20th

Quayside Apartments, Wharf Street, Gloucester GL1 2EH

fire board 15mm x 30
acoustic board 15mm x 20
acoustic slab 50mm - 10 packs
fire foam x 12
CLS 38x89 3.0 x 40
drywall screws 38mm x 5 boxes

Lee
"""
add("07_marlowe_forward.eml",
    msg('"Anita Marlowe" <anita@marlowebros.co.uk>', "Fwd: stuff for quayside", D("2026-02-17 09:31"), body),
    label(customer="Marlowe Brothers Contracting", po="7781-QA", req="2026-02-20",
          ship_to=ship("C1007", 0, name="Quayside Apartments", street="Wharf Street", region=None),
          lines=[line("PLB-FR-150-2412", 30, "EA"), line("PLB-AC-150-2412", 20, "EA"),
                 line("INS-AC-050", 10, "PK"), line("SEA-FOAM-FR-750", 12, "EA"),
                 line("TCLS-38089-300", 40, "EA"), line("DRY-SCR-3538-1000", 5, "BX")]),
    dict(lang="en", country="GB", ph=["forward", "qty_after", "delivery", "po"]))

# ---------------------------------------------------------------- 08 PDF PO attachment, seller codes
rows = [["Line", "Supplier Code", "Description", "Qty", "Unit", "Price £", "Total £"],
        ["1", "TC24-47200-600", "C24 47x200 6.0m", "36", "each", "25.20", "907.20"],
        ["2", "TC24-47225-600", "C24 47x225 6.0m", "12", "each", "29.70", "356.40"],
        ["3", "TC24-47100-540", "C24 47x100 5.4m", "60", "each", "11.07", "664.20"],
        ["4", "SCR-TF-67200-50", "Timber frame screw 6.7x200 (50)", "8", "box", "25.00", "200.00"],
        ["5", "NAIL-FR-3190-2200", "Framing nails 3.1x90 (2200)", "6", "box", "54.00", "324.00"],
        ["6", "CON-MEM-BRE-50", "Breather membrane 1x50m", "10", "roll", "39.00", "390.00"],
        ["", "", "", "", "", "Net", "2,841.80"]]
pdf = pdf_po(["Dunmore Timber Frame Ltd - PURCHASE ORDER",
              "Unit 2, Carse Road Works, Stirling FK7 7RE  |  VAT GB 284 1177 02",
              "PO Number: DTF/26/0211 &nbsp;&nbsp; Date: 24 February 2026",
              "Deliver to: Dunmore Timber Frame, Unit 2, Carse Road Works, Stirling, FK7 7RE",
              "Delivery required: 4 March 2026 (AM)"],
             rows, ["Please acknowledge by return. Our PO number must appear on all delivery notes and invoices.",
                    "Authorised by: F. Buchanan, Production Manager"])
body = """Good afternoon,

Please see attached PO DTF/26/0211 for delivery to our works on 4th March.

Kind regards,
Fiona Buchanan
Production Manager
Dunmore Timber Frame Ltd
Tel 01786 447 120
"""
add("08_dunmore_pdf.eml",
    msg('"Fiona Buchanan" <fiona.buchanan@dunmoretf.co.uk>', "PO DTF/26/0211", D("2026-02-24 14:05"), body,
        attachments=[("DTF-26-0211.pdf", pdf, "application/pdf")]),
    label(customer="Dunmore Timber Frame Ltd", po="DTF/26/0211", order_date="2026-02-24", req="2026-03-04",
          cur="GBP", ship_to=ship("C1008", 0, region=None),
          lines=[line("TC24-47200-600", 36, "EA", 25.20), line("TC24-47225-600", 12, "EA", 29.70),
                 line("TC24-47100-540", 60, "EA", 11.07), line("SCR-TF-67200-50", 8, "BX", 25.00),
                 line("NAIL-FR-3190-2200", 6, "BX", 54.00), line("CON-MEM-BRE-50", 10, "RL", 39.00)]),
    dict(lang="en", country="GB", ph=["attachment_pdf", "seller_codes", "po", "delivery"], ftype="eml+pdf"))

# ---------------------------------------------------------------- 09 HTML-only Outlook nested tables
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>Hi,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please supply the below for our void property works. Order ref <b>APM-5530</b>.</p>
<p class=MsoNormal>Deliver to 22 Holloway Gardens, Leicester LE2 9AS on <b>Tuesday 3rd March 2026</b>.</p>
<p class=MsoNormal>&nbsp;</p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">
<tr><td style="padding:0">
 <table border=1 cellspacing=0 cellpadding=4 style="border-collapse:collapse;border:solid #A6A6A6 1.0pt">
 <tr style="background:#D9E2F3"><td><p class=MsoNormal><b>Item</b></p></td><td><p class=MsoNormal><b>Size</b></p></td>
  <td><p class=MsoNormal><b>Qty</b></p></td><td><p class=MsoNormal><b>Notes</b></p></td></tr>
 <tr><td><p class=MsoNormal>Plasterboard</p></td><td><p class=MsoNormal>12.5mm 1800x900</p></td>
  <td><p class=MsoNormal>15</p></td><td><p class=MsoNormal>small sheets - van access only</p></td></tr>
 <tr><td><p class=MsoNormal>Plasterboard</p></td><td><p class=MsoNormal>9.5mm 1800x900</p></td>
  <td><p class=MsoNormal>8</p></td><td><p class=MsoNormal>&nbsp;</p></td></tr>
 <tr><td><p class=MsoNormal>Multi-finish</p></td><td><p class=MsoNormal>25kg</p></td>
  <td><p class=MsoNormal>5</p></td><td><p class=MsoNormal>&nbsp;</p></td></tr>
 <tr><td><p class=MsoNormal>Angle bead</p></td><td><p class=MsoNormal>2.4m</p></td>
  <td><p class=MsoNormal>10</p></td><td><p class=MsoNormal>&nbsp;</p></td></tr>
 <tr><td><p class=MsoNormal>Silicone</p></td><td><p class=MsoNormal>clear 310ml</p></td>
  <td><p class=MsoNormal>6</p></td><td><p class=MsoNormal>bathroom</p></td></tr>
 <tr><td><p class=MsoNormal>Rubble sacks</p></td><td><p class=MsoNormal>pack of 100</p></td>
  <td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>&nbsp;</p></td></tr>
 </table>
</td></tr></table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Many thanks</p>
<p class=MsoNormal><b>Priya Shah</b><br>Planner | Ashgrove Property Maintenance<br>41 Brindley Walk, Leicester LE3 5TB<br>
Tel: 0116 496 0877</p>
<p class=MsoNormal style="font-size:8pt;color:gray">Ashgrove Property Maintenance Ltd. Registered in England no. 08812345.
This message may contain confidential information.</p>
</div></body></html>"""
add("09_ashgrove_html.eml",
    msg('"Priya Shah" <priya.shah@ashgrove-pm.co.uk>', "Order APM-5530 - Holloway Gdns void", D("2026-02-26 10:14"),
        html=html),
    label(customer="Ashgrove Property Maintenance", po="APM-5530", req="2026-03-03",
          ship_to=ship(None, street="22 Holloway Gardens", city="Leicester", postal_code="LE2 9AS"),
          lines=[line("PLB-STD-125-1809", 15, "EA"), line("PLB-STD-095-1809", 8, "EA"),
                 line("PLS-MF-25", 5, "BAG"), line("PLS-BEAD-ANG-24", 10, "EA"),
                 line("SEA-SIL-310-C", 6, "EA"), line("CON-RUB-100", 1, "PK")]),
    dict(lang="en", country="GB", ph=["html_table", "delivery", "po", "signature", "disclaimer"], ftype="eml-html"))

# ---------------------------------------------------------------- 10 TSV pasted spreadsheet, Ireland EUR
body = """Hi folks,

Order below for Knocknacarra, copied out of our takeoff sheet. PO CBC-2026-044.
Site 3, Cappagh Road, Galway H91 X2C4. Needed Wed 11 March.

Code\tItem\tQty\tUnit\tRate EUR
TC24-47225-480\tC24 47x225 4.8\t24\tlen\t27.90
TC24-47175-480\tC24 47x175 4.8\t16\tlen\t21.10
HNG-JH-47200\tJoist hanger 47x200\t48\tea\t2.40
HNG-JH-47150\tJoist hanger 47x150\t20\tea\t1.95
SCHP-22-TG-2460\tChipboard P5 22mm T&G\t45\tsht\t13.95
ADH-PU-310\tPU adhesive\t10\tea\t8.70
NAIL-RW-100-25\tRound wire 100mm 2.5kg\t4\ttub\t10.10

Thanks a mill,
Declan Hynes
Corrib Build & Civil Ltd
Registered in Ireland No. 611204 | Tel +353 91 555 0192
"""
add("10_corrib_tsv.eml",
    msg('"Declan Hynes" <dhynes@corribbuild.ie>', "PO CBC-2026-044 Knocknacarra", D("2026-03-04 12:30"), body),
    label(customer="Corrib Build & Civil Ltd", po="CBC-2026-044", req="2026-03-11", cur="EUR",
          ship_to=ship("C2001", 0, name=None, region=None),
          lines=[line("TC24-47225-480", 24, "EA", 27.90), line("TC24-47175-480", 16, "EA", 21.10),
                 line("HNG-JH-47200", 48, "EA", 2.40), line("HNG-JH-47150", 20, "EA", 1.95),
                 line("SCHP-22-TG-2460", 45, "EA", 13.95), line("ADH-PU-310", 10, "EA", 8.70),
                 line("NAIL-RW-100-25", 4, "EA", 10.10)]),
    dict(lang="en", country="IE", ph=["tsv", "seller_codes", "delivery", "po"]))
