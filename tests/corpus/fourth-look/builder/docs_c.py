from docs_a import D, PO, S, ST

D(name="e22_desertbloom_prose_next_tuesday", fmt="eml", frm="Marisol Quintero <marisol@desertbloompools.com>",
  date="Thu, 3 Dec 2026 07:58:36 -0700", subject="PO DB-6702 - need next Tuesday",
  text="""Hi,

PO DB-6702. We need 8 bags of the 50 lb bicarb, 5 of the 10 lb calcium chloride, 3 quarts of the black algae stuff and 4 bags DE powder, delivered next Tuesday to the warehouse if at all possible.

Thanks,
Marisol
Desert Bloom Pool & Spa
""",
  label=PO("C1014", "DB-6702", None, "2026-12-08", None, S("C1014"), [
    ("ALK-50LB", None, "50 lb bicarb", 8, "BG"),
    ("CAL-10LB", None, "10 lb calcium chloride", 5, "BG"),
    ("ALG-BLK-QT", None, "black algae stuff (quarts)", 3, "EA"),
    ("DEP-25LB", None, "DE powder", 4, "BG")]),
  phen="one prose sentence listing 4 items; 'next Tuesday' (e-mail Thu 3 Dec -> 2026-12-08); '5 of the 10 lb' (qty w/o unit)")

D(name="e23_ridgeline_price_extensions", fmt="eml", frm="Kayla Brandt <kbrandt@ridgelinehvac.com>",
  date="Tue, 1 Dec 2026 12:10:44 -0700", subject="PO 31902",
  text="""Hi - PO 31902, please confirm pricing:

BV-FP-S050  1/2 sweat ball valve     5 @ $12.40 = $62.00
MERV 13 20x20x1                      2 cs @ 92.40 = 184.80
condensate pump 115v                 3 @ 68.00 = 204.00
16x20x1 MERV 8                       4 cases of 12 @ 38.00 = 152.00
                                     -----------------
                                     total $603.20

ship to shop, no rush, by 12/18.

Kayla Brandt
Ridgeline Heating & Air Inc
5560 Joliet St, Denver CO 80239
""",
  label=PO("C1015", "31902", None, "2026-12-18", "USD", S("C1015"), [
    ("BV-FP-S050", None, "1/2 sweat ball valve", 5, "EA", 12.40),
    ("AF-M13-20201", None, "MERV 13 20x20x1", 2, "CS", 92.40),
    ("CDP-115", None, "condensate pump 115v", 3, "EA", 68.00),
    ("AF-M8-16201", None, "16x20x1 MERV 8", 4, "CS", 38.00)]),
  phen="'qty @ price = extension'; '4 cases of 12'; one SKU exact, rest own words; total line not a line; $")

D(name="e24_lakeshore_fixed_width", fmt="eml", frm="Mike Kowalczyk <mkowalczyk@lakeshorefg.com>",
  date="Mon, 30 Nov 2026 10:01:29 -0600", subject="PO 0088479 - filters/plumbing DC2",
  text="""Tidewater - below is PO 0088479 out of our system, the PDF printer is down today.

LAKESHORE FACILITIES GROUP INC          PURCHASE ORDER
PO NUMBER: 0088479     PO DATE: 11/30/26     NEED DATE: 12/11/26
SHIP TO: LAKESHORE FACILITIES GROUP - DC 2
         2250 W 43RD ST
         CHICAGO IL 60609
LN ITEM NO.     DESCRIPTION                       QTY UM   UNIT PR     EXT PR
-- ----------   ------------------------------ ----- --   -------   --------
01 LF-88-1120   FILTER PLTD 16X20X1 MERV11 12CS    12 CS     62.00     744.00
02 LF-88-1121   FILTER PLTD 16X25X1 MERV11 12CS    12 CS     66.96     803.52
03 LF-22-0317   SUPPLY LINE FAUCET 20IN BRAIDED    30 EA      6.50     195.00
04 LF-22-0452   P-TRAP ABS 1-1/2 HUB               15 EA      8.10     121.50
05 LF-31-0408   DUCT MASTIC GREY 2 GAL              4 EA     44.50     178.00
                                                          TOTAL:   2042.02

Mike Kowalczyk | Buyer | Lakeshore Facilities Group
""",
  label=PO("C1020", "0088479", "2026-11-30", "2026-12-11", None,
           ST("Lakeshore Facilities Group - DC 2", "2250 W 43rd St", "Chicago", "IL", "60609", "US"), [
    ("AF-M11-16201", "LF-88-1120", "FILTER PLTD 16X20X1 MERV11 12CS", 12, "CS", 62.00),
    ("AF-M11-16251", "LF-88-1121", "FILTER PLTD 16X25X1 MERV11 12CS", 12, "CS", 66.96),
    ("SSL-F-20", "LF-22-0317", "SUPPLY LINE FAUCET 20IN BRAIDED", 30, "EA", 6.50),
    ("PT-ABS-150", "LF-22-0452", "P-TRAP ABS 1-1/2 HUB", 15, "EA", 8.10),
    ("DMS-2G", "LF-31-0408", "DUCT MASTIC GREY 2 GAL", 4, "EA", 44.50)]),
  phen="pasted ERP export, fixed-width columns; buyer item numbers only; 2-digit-year dates MM/DD/YY; uppercase abbreviations; look-alike of Lakeside Facility Services")

D(name="e25_harborview_numbered_partnos", fmt="eml", frm="Gregory Fane <gfane@harborviewhotels.com>",
  date="Wed, 2 Dec 2026 13:37:50 -0500", subject="PO 4500019407 - Waterfront Suites",
  text="""Hello,

Please supply the following under PO 4500019407 for delivery to our Waterfront Suites property:

1. HHG-PL-0042  Faucet supply 3/8 x 1/2 braided, 20 inch - 36 ea
2. HHG-PL-0057  Toilet connector 20" braided - 24 ea
3. HHG-PL-0101  Ball valve 3/4 sweat full port - 10 ea
4. HHG-HV-0210  Filters 20x25x1 merv13 - 8 cases

Ship to:
Harborview Waterfront Suites
Attn: Chief Engineer
1000 Aliceanna Street
Baltimore, MD 21231

Regards,
Gregory Fane
Harborview Hotel Group
""",
  label=PO("C1019", "4500019407", None, None, None,
           ST("Harborview Waterfront Suites", "1000 Aliceanna Street", "Baltimore", "MD", "21231", "US"), [
    ("SSL-F-20", "HHG-PL-0042", "Faucet supply 3/8 x 1/2 braided, 20 inch", 36, "EA"),
    ("SSL-T-20", "HHG-PL-0057", 'Toilet connector 20" braided', 24, "EA"),
    ("BV-FP-S075", "HHG-PL-0101", "Ball valve 3/4 sweat full port", 10, "EA"),
    ("AF-M13-20251", "HHG-HV-0210", "Filters 20x25x1 merv13", 8, "CS")]),
  phen="numbered list; buyer's own part numbers; qty after '- 36 ea'; ship-to different property (not default)")

D(name="e26_bluewater_bullets_unknown_item", fmt="eml", frm="Danny Ortiz <danny@bluewaterpoolservices.com>",
  date="Tue, 1 Dec 2026 06:51:27 -0500", subject="PO BWP-20915 - Palmetto Isles",
  text="""Morning,

PO BWP-20915, for the Palmetto Isles HOA job:

- 2 pr pump unions 2in
- 1 x 200 sq ft cartridge
- 1 x 1.5 HP variable speed pump (whatever brand you stock)
- o-ring lube x4

Ship to: Palmetto Isles HOA Pool, 2400 Palmetto Isles Dr, Apollo Beach, FL 33572

Danny
Blue Water Pool Services
""",
  label=PO("C1002", "BWP-20915", None, None, None,
           ST("Palmetto Isles HOA Pool", "2400 Palmetto Isles Dr", "Apollo Beach", "FL", "33572", "US"), [
    ("PU-200-PR", None, "pump unions 2in", 2, "PR"),
    ("CF-200", None, "200 sq ft cartridge", 1, "EA"),
    (None, None, "1.5 HP variable speed pump", 1, "EA"),
    ("ORL-TB", None, "o-ring lube", 4, "TB")]),
  phen="bullets; unknown item not carried (sku null); one-line ship-to (jobsite); 'x4' after; 'pr' unit")

D(name="e27_maplecrest_no_qty", fmt="eml", frm="Devon Achterberg <devon.a@maplecrestps.ca>",
  date="Wed, 25 Nov 2026 15:27:03 -0500", subject="PEX order - PO MPS-4438",
  text="""Hi,

Please send on PO MPS-4438:

2 coils 1/2" PEX-A 100' red
2 coils 1/2" PEX-A 100' blue
6 ball valves 1/2" PEX crimp
1/2" copper crimp rings - not sure how many bags we need, send what you think, we're out

Thanks
Devon Achterberg
Maplecrest Property Services, 1450 Bank Street, Ottawa ON K1H 7Z1
""",
  label=PO("C1009", "MPS-4438", None, None, None, S("C1009"), [
    ("PEXA-050-100-RED", None, '1/2" PEX-A 100\' red', 2, "RL"),
    ("PEXA-050-100-BLU", None, '1/2" PEX-A 100\' blue', 2, "RL"),
    ("BV-FP-X050", None, 'ball valves 1/2" PEX crimp', 6, "EA"),
    ("PCR-050-B100", None, '1/2" copper crimp rings', None, None)]),
  phen="line with no quantity (quantity null); colour variants; 'coils' = RL")

D(name="e28_shannon_po_subject_only", fmt="eml", frm="Aoife Brennan <aoife.brennan@shannonmech.ie>",
  date="Thu, 19 Nov 2026 11:08:45 +0000", subject="PO 7731",
  text="""Hi,

Can you send out to the yard please:

6 lengths 1" Type L copper (10ft)
12 x 1" 90 press elbows
1 box 1" couplings (25)
2 half-pound rolls lead free solder

Thanks
Aoife
Shannon Mechanical Services Ltd
""",
  label=PO("C1012", "7731", None, None, None, S("C1012"), [
    ("CPL-100-10", None, '1" Type L copper (10ft)', 6, "EA"),
    ("CPE90-100", None, '1" 90 press elbows', 12, "EA"),
    ("CSC-100-B25", None, '1" couplings (25)', 1, "BX"),
    ("SLD-LF-HLB", None, "half-pound rolls lead free solder", 2, "RL")]),
  phen="PO number only in subject; 'lengths' = EA; 'half-pound' size in words; yard = default ship-to")

D(name="e29_thamesvalley_gmail_html", fmt="eml", frm="Rupert Oyelaran <r.oyelaran@tvleisure.co.uk>",
  date="Wed, 2 Dec 2026 14:12:58 +0000", subject="Abbey LC chemicals - our ref TVL/PO/30466",
  text="""Hi,

Our ref: TVL/PO/30466 - prices as per contract (GBP).

Item                         Qty
Sodium hypo 12.5% bulk       1500 L
Algaecide 60% 5L             4
Test strips 4-way            20 tubs

Deliver to: Abbey Leisure Centre, Forbury Road, Reading RG1 3EJ - needed by 11 Dec.

Rupert
""",
  html="""<div dir="ltr"><div>Hi,</div><div><br></div><div>Our ref: <b>TVL/PO/30466</b> - prices as per contract (GBP).</div><div><br></div>
<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;border-collapse:collapse;border:none">
<colgroup><col width="220"><col width="100"></colgroup><tbody>
<tr style="height:21px"><td style="font-weight:bold">Item</td><td style="font-weight:bold">Qty</td></tr>
<tr style="height:21px"><td>Sodium hypo 12.5% bulk</td><td>1500 L</td></tr>
<tr style="height:21px"><td>Algaecide 60% 5L</td><td style="text-align:right">4</td></tr>
<tr style="height:21px"><td>Test strips 4-way</td><td>20 tubs</td></tr>
</tbody></table><div><br></div>
<div>Deliver to: Abbey Leisure Centre, Forbury Road, Reading RG1 3EJ - needed by 11 Dec.</div><div><br></div><div>Rupert</div></div>""",
  label=PO("C1018", "TVL/PO/30466", None, "2026-12-11", "GBP",
           ST("Abbey Leisure Centre", "Forbury Road", "Reading", None, "RG1 3EJ", "GB"), [
    ("LCL-BULK", None, "Sodium hypo 12.5% bulk", 1500, "LTR"),
    ("ALG-60-5L", None, "Algaecide 60% 5L", 4, "EA"),
    ("TST-4W-50", None, "Test strips 4-way", 20, "PK")]),
  phen="Gmail-style HTML table pasted from Google Sheets + plain alternative; 'our ref'; one-line ship-to; '11 Dec'; litres as 'L'; GBP in words")

D(name="e30_coralcoast_reply_add", fmt="eml", frm="Jarrah Whitfield <purchasing@coralcoastaquatics.com.au>",
  date="Thu, 26 Nov 2026 15:44:20 +1000", subject="Re: Order CCA-PO-1186",
  text="""Forgot - please also add 2 x 200 sq ft cartridges to this one. Same PO.

Cheers
Jarrah

On Thu, 26 Nov 2026 at 14:02, Jarrah Whitfield <purchasing@coralcoastaquatics.com.au> wrote:
> G'day team,
>
> PO CCA-PO-1186 please, prices in AUD:
>
> 6 x 18in nylon wall brushes
> 6 x flat leaf skimmers
> 4 x vac hose 35ft
>
> Deliver to Aumuller St as usual.
>
> Jarrah
> Coral Coast Aquatics
""",
  label=PO("C1013", "CCA-PO-1186", None, None, "AUD", S("C1013"), [
    ("BRS-18-NY", None, "18in nylon wall brushes", 6, "EA"),
    ("LNT-FLAT", None, "flat leaf skimmers", 6, "EA"),
    ("VHS-15-35", None, "vac hose 35ft", 4, "EA"),
    ("CF-200", None, "200 sq ft cartridges", 2, "EA")]),
  phen="reply thread: addition on top, original quoted with '>' below; 'prices in AUD'")

D(name="e31_harborview_applemail_fwd", fmt="eml", frm="Lena Moskowitz <lmoskowitz@harborviewhotels.com>",
  date="Fri, 27 Nov 2026 10:15:33 -0500", subject="Fwd: shop restock",
  text="""Please process as PO 4500019455. Ship to Inner Harbor engineering as usual.

Lena Moskowitz
Purchasing Manager, Harborview Hotel Group

Begin forwarded message:

From: Walt Ingersoll <wingersoll@harborviewhotels.com>
Subject: shop restock
Date: November 26, 2026 at 4:51:07 PM EST
To: Lena Moskowitz <lmoskowitz@harborviewhotels.com>

Lena - need these for the shop before the holidays:

flux 2 oz jars x6
3 half lb rolls of solder (lead free)
10 small tubes pipe dope (50ml)
4 boxes (dozen) of the white 1/2 inch teflon tape

Walt
Chief Engineer
""",
  label=PO("C1019", "4500019455", None, None, None, S("C1019"), [
    ("FLX-2OZ", None, "flux 2 oz jars", 6, "EA"),
    ("SLD-LF-HLB", None, "half lb rolls of solder (lead free)", 3, "RL"),
    ("TSP-050", None, "small tubes pipe dope (50ml)", 10, "TB"),
    ("PTFE-W-050-DZ", None, "white 1/2 inch teflon tape, boxes (dozen)", 4, "DZ")]),
  phen="Apple Mail forward by colleague at buyer ('Begin forwarded message:'); PO only in forwarder's text; 'pipe dope'/'teflon' trade names; dozen-pack form")

D(name="e32_pinebrook_outlook_html", fmt="eml", frm="Terrence Holloway <tholloway@pinebrookliving.com>",
  date="Mon, 30 Nov 2026 08:30:12 -0500", subject="PO PB-11805",
  text="""Hello,

PO PB-11805 - please deliver by 12/8 to our Raleigh maintenance warehouse.

Qty  Item
40   12" faucet supply lines
40   angle stops, sweat x 3/8 comp
20   1-1/2" PVC P-traps
12   duct mastic cartridges

Thanks,
Terrence
""",
  html="""<html><head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US">
<div class="WordSection1"><p class="MsoNormal">Hello,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">PO PB-11805 &#8211; please deliver by 12/8 to our Raleigh maintenance warehouse.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"><tr><td><p class="MsoNormal"><b>Qty</b></p></td><td><p class="MsoNormal"><b>Item</b></p></td></tr>
<tr><td><p class="MsoNormal">40</p></td><td><p class="MsoNormal">12&quot; faucet supply lines</p></td></tr>
<tr><td><p class="MsoNormal">40</p></td><td><p class="MsoNormal">angle stops, sweat x 3/8 comp</p></td></tr>
<tr><td><p class="MsoNormal">20</p></td><td><p class="MsoNormal">1-1/2&quot; PVC P-traps</p></td></tr>
<tr><td><p class="MsoNormal">12</p></td><td><p class="MsoNormal">duct mastic cartridges</p></td></tr></table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thanks,<br>Terrence<o:p></o:p></p></div></body></html>""",
  label=PO("C1017", "PB-11805", None, "2026-12-08", None, S("C1017"), [
    ("SSL-F-12", None, '12" faucet supply lines', 40, "EA"),
    ("AS-QT-SW", None, "angle stops, sweat x 3/8 comp", 40, "EA"),
    ("PT-PVC-150", None, '1-1/2" PVC P-traps', 20, "EA"),
    ("DMS-C10", None, "duct mastic cartridges", 12, "TB")]),
  phen="Outlook (Word-generated) HTML table + plain alternative; qty first column; 'by 12/8' (no year); ship-to = default warehouse")

D(name="e33_northgatemech_direct", fmt="eml", frm="Shauna Lindqvist <shauna@northgatemech.ca>",
  date="Fri, 4 Dec 2026 09:02:17 -0700", subject="Order ref NGM-7802",
  text="""Hi Tidewater,

Order ref NGM-7802 for our shop stock, CAD pricing please.

  Qty | Description
  ----+-----------------------------------
   40 | pipe insulation 1" pipe x 6ft
    6 | flex duct R6 10 inch x 25 ft
   10 | foil tape 72mm
    4 | mastic 1 gallon

Required Dec 15.

Shauna Lindqvist
North Gate Mechanical Inc.
4120 61 Ave SE, Calgary, AB T2C 1Z5
""",
  label=PO("C1006", "NGM-7802", None, "2026-12-15", "CAD", S("C1006"), [
    ("PIF-100-6", None, 'pipe insulation 1" pipe x 6ft', 40, "EA"),
    ("FD-R6-10", None, "flex duct R6 10 inch x 25 ft", 6, "EA"),
    ("FTP-72-55", None, "foil tape 72mm", 10, "RL"),
    ("DMS-1G", None, "mastic 1 gallon", 4, "EA")]),
  phen="ASCII pipe table; 'Order ref'; 'Required Dec 15'; CAD; look-alike customer names (North Gate vs Northgate)")
