# -*- coding: utf-8 -*-
"""United States and Canada."""
from helpers import L, order, notorder, S, ABSENT

DOCS = []


def D(**kw):
    DOCS.append(kw)


D(name="us01_harbourview_po4471_portsmouth",
  frm="Dana Whitcombe <dwhitcombe@harbourviewhotels.com>",
  subject="PO 4471 - amenities & king linen for Portsmouth",
  date="2026-02-17T10:12:00-05:00",
  body="""Hi Saltmarsh team,

Please see below our PO 4471.

Order date: 02/17/2026
Deliver by March 3, 2026
All prices USD as per our 2026 price agreement.

Ship to:
Harbourview Inn Portsmouth
Attn: Receiving / Housekeeping
48 Ceres Street
Portsmouth, NH 03801

- 6 cs Shampoo 30ml Citrus Verbena @ $63.00/cs
- 6 cs Conditioner 30ml Citrus Verbena @ $66.00/cs
- 4 cs Soap bar 20g Citrus Verbena @ $55.00/cs
- 40 ea King flat sheet white 300TC @ $20.90
- 40 ea King fitted sheet white 300TC @ $24.05

Invoice to head office as usual. Thank you!

Dana Whitcombe
Purchasing Manager
Harbourview Hotel Group
200 Atlantic Avenue, Suite 5, Boston, MA 02110
(617) 555-0142
""",
  label=order("Harbourview Hotel Group", "4471", [
      L("AM-SH-30-CV", 6, "CS", 63.00), L("AM-CO-30-CV", 6, "CS", 66.00), L("AM-SOAP-20-CV", 4, "CS", 55.00),
      L("LN-FS-KG-WH-300", 40, "EA", 20.90), L("LN-FT-KG-WH-300", 40, "EA", 24.05)],
      od="2026-02-17", rd="2026-03-03", cur="USD",
      ship=S("Harbourview Inn Portsmouth", "48 Ceres Street", "Portsmouth", "NH", "03801", "US")))


D(name="us02_harbourview_reply_correction_po4480",
  frm="Dana Whitcombe <dwhitcombe@harbourviewhotels.com>",
  subject="RE: PO 4480 - Newport cafe packaging",
  date="2026-03-03T08:47:00-05:00",
  body="""Morning - two changes to PO 4480 before you pick it, sorry:

1) the 12 oz cups should be 16 oz double wall, and make it 8 cases not 6
2) lids in BLACK please, not white (the 12/16 ones)

Everything else stays as below.

Thanks,
Dana

-----Original Message-----
From: Dana Whitcombe <dwhitcombe@harbourviewhotels.com>
Sent: Monday, March 2, 2026 4:55 PM
To: orders@saltmarshsupply.com
Subject: PO 4480 - Newport cafe packaging

PO 4480   PO date 3/2/2026
Ship to: Harbourview Hotel Newport, 17 Thames Wharf Road, Newport, RI 02840
Deliver by 3/10/2026

6 cs   12 oz double wall hot cups
6 cs   sip lids white 12/16 oz
3 cs   cup carriers 4-cup
2 cs   napkins kraft 2 ply
1 box  wooden stirrers 19cm

Dana Whitcombe | Purchasing Manager | Harbourview Hotel Group
""",
  label=order("Harbourview Hotel Group", "4480", [
      L("TA-HC-16-DW", 8, "CS", desc="16 oz double wall hot cups"), L("TA-LID-1216-BK", 6, "CS", desc="sip lids black 12/16 oz"),
      L("TA-CARRIER-4", 3, "CS"), L("TA-NAP-2P-KR", 2, "CS"), L("CF-STIR-WD-19", 1, "BX")],
      od="2026-03-02", rd="2026-03-10", cur=None,
      ship=S("Harbourview Hotel Newport", "17 Thames Wharf Road", "Newport", "RI", "02840", "US")))


D(name="us03_harbourview_html_only_hv2231",
  frm="Rosa Ilunga <rilunga@harbourviewhotels.com>",
  subject="P.O. No: HV-2231 linen top up",
  date="2026-02-26T14:30:00-05:00",
  html="""<html><body style="font-family:Calibri,sans-serif">
<p>Hello,</p>
<p>Housekeeping linen top-up for us please, same address as usual. Needed Fri 3/6 at the latest, we have a wedding block.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Qty</th><th>Item</th></tr>
<tr><td>60</td><td>Bath towel 70x140 white</td></tr>
<tr><td>60</td><td>Hand towel white</td></tr>
<tr><td>30</td><td>Bath mat white</td></tr>
<tr><td>24</td><td>Queen duvet cover IVORY 300 TC</td></tr>
<tr><td>48</td><td>Pillowcase standard ivory</td></tr>
</table>
<p>Thanks so much,<br>Rosa Ilunga<br>Executive Housekeeper<br>Harbourview Hotel Newport<br>17 Thames Wharf Road, Newport RI 02840</p>
</body></html>""",
  label=order("Harbourview Hotel Group", "HV-2231", [
      L("LN-TWL-BATH-WH", 60, "EA"), L("LN-TWL-HAND-WH", 60, "EA"), L("LN-TWL-MAT-WH", 30, "EA"),
      L("LN-DC-QN-IV-300", 24, "EA"), L("LN-PC-STD-IV", 48, "EA")],
      rd="2026-03-06", cur=None))


D(name="us04_bluefern_prose_nopo",
  frm="Jess Okafor <jess@blueferncafe.com>",
  subject="order for next week",
  date="2026-03-05T07:15:00-08:00",
  body="""hey guys!

can you send us 3 cases of the 12oz double wall cups and 3 cases of the lids that fit them (black ones), plus 2 cases of 8oz single wall and 1 case of 8oz white lids. Also a box of the wooden stirrers, the short ones, and 2 boxes of brown sugar sticks.

same address as always. thx!!

Jess
Blue Fern Café
2214 SE Division St, Portland OR
""",
  label=order("Blue Fern Café", None, [
      L("TA-HC-12-DW", 3, "CS"), L("TA-LID-1216-BK", 3, "CS"), L("TA-HC-08-SW", 2, "CS"), L("TA-LID-08-WH", 1, "CS"),
      L("CF-STIR-WD-14", 1, "BX"), L("CF-SUG-BR-STK", 2, "BX")], cur=None))


D(name="us05_bluefern_csv_attachment",
  frm="Jess Okafor <jess@blueferncafe.com>",
  subject="Order #BF-0312",
  date="2026-03-09T06:58:00-07:00",
  body="""Hi - Order #BF-0312 attached (csv from our POS). Need by 3/12 pls, we're nearly out of cold cups.

Jess
""",
  att=[("csv", "BF-0312.csv", "our_code,item,qty,unit\nBF-CC16,clear cold cup 16oz,4,case\nBF-CC20,clear cold cup 20oz,2,case\nBF-FLAT,flat lid straw slot,5,case\nBF-STR8,paper straw smoothie 8mm,1,case\nBF-SYRV,vanilla syrup 1L,6,bottle\nBF-SYRC,caramel syrup 1L,4,bottle\n")],
  label=order("Blue Fern Café", "BF-0312", [
      L("TA-CC-16", 4, "CS", part="BF-CC16"), L("TA-CC-20", 2, "CS", part="BF-CC20"), L("TA-CCLID-FLAT", 5, "CS", part="BF-FLAT"),
      L("TA-STRAW-8", 1, "CS", part="BF-STR8"), L("CF-SYRUP-VAN", 6, "EA", part="BF-SYRV"), L("CF-SYRUP-CAR", 4, "EA", part="BF-SYRC")],
      rd="2026-03-12", cur=None))


D(name="us06_magnolia_ref_88_2026_event",
  frm="Chef Antoine Bell <abell@magnoliavine.com>",
  subject="Glassware + plates for Lucas Carriage House event",
  date="2026-03-09T16:20:00-04:00",
  body="""Good afternoon,

Our ref 88/2026 - dated March 9, 2026.

This one goes straight to the event venue, not to our kitchen:
Deliver to: The Lucas Carriage House
412 E Liberty St
Savannah, GA 31401
Deliver by Thursday March 19 before 10am (ask for Marcy at the side door).

1. 6 dozen wine glasses 350 ml
2. 4 cases champagne flutes (the 24 packs)
3. 2 cases highball 300 ml
4. 10 dozen dinner plates 27cm
5. 10 dozen side plates 21cm
6. 2 cases white dinner napkins 3-ply

Bill to Magnolia & Vine as usual.

Antoine Bell
Executive Chef, Magnolia & Vine Catering
31 Indian Street Unit B, Savannah GA 31401
""",
  label=order("Magnolia & Vine Catering", "88/2026", [
      L("GL-WINE-350-DZ", 6, "DZ"), L("GL-FLUTE-170-CS", 4, "CS"), L("GL-HIBALL-300-CS", 2, "CS"),
      L("TW-PLT-27-DZ", 10, "DZ"), L("TW-PLT-21-DZ", 10, "DZ"), L("TA-NAP-DIN-WH", 2, "CS")],
      od="2026-03-09", rd="2026-03-19", cur=None,
      ship=S("The Lucas Carriage House", "412 E Liberty St", "Savannah", "GA", "31401", "US")))


D(name="us07_copperkettle_pdf_po",
  frm="Marco Dunleavy <bar@copperkettlebistro.com>",
  subject="PO#: CKB-1107",
  date="2026-03-11T13:05:00-05:00",
  body="""Hello,

PO#: CKB-1107 attached for bar and dish. Please confirm.

Marco Dunleavy
Bar Manager - Copper Kettle Bistro
""",
  att=[("pdf", "CKB-1107.pdf", {
      "title": "PURCHASE ORDER",
      "head": ["Copper Kettle Bistro", "1560 N Milwaukee Ave, Chicago, IL 60622",
               "PO Number: CKB-1107          PO Date: 2026-03-11          Required: 03/20/2026",
               "Vendor: Saltmarsh Hospitality Supply", "Ship To: Copper Kettle Bistro, 1560 N Milwaukee Ave, Chicago, IL 60622",
               "Currency: USD"],
      "cols": ["Line", "Description", "Qty", "UOM", "Unit Price", "Ext"],
      "xs": [40, 75, 330, 370, 415, 490],
      "rows": [["1", "Rocks glass 260ml case/24", "2", "CS", "34.20", "68.40"],
               ["2", "Coupe 220ml dozen", "3", "DZ", "31.20", "93.60"],
               ["3", "Nonic pint 20oz case/24", "4", "CS", "30.78", "123.12"],
               ["4", "Dishwash detergent 20L", "2", "EA", "68.40", "136.80"],
               ["5", "Rinse aid 20L", "1", "EA", "75.60", "75.60"],
               ["6", "Vanilla syrup 1L", "6", "EA", "8.20", "49.20"]],
      "foot": ["Subtotal 546.72    Tax 0.00    Total USD 546.72", "Authorized: M. Dunleavy"]})],
  label=order("Copper Kettle Bistro", "CKB-1107", [
      L("GL-ROCKS-260-CS", 2, "CS", 34.20), L("GL-COUPE-220-DZ", 3, "DZ", 31.20), L("GL-PINT-570-CS", 4, "CS", 30.78),
      L("CH-DISH-20L", 2, "EA", 68.40), L("CH-RINSE-20L", 1, "EA", 75.60), L("CF-SYRUP-VAN", 6, "EA", 8.20)],
      od="2026-03-11", rd="2026-03-20", cur="USD",
      ship=S("Copper Kettle Bistro", "1560 N Milwaukee Ave", "Chicago", "IL", "60622", "US")))


D(name="us08_copperkettle_forwarded_chef_list",
  frm="Marco Dunleavy <bar@copperkettlebistro.com>",
  subject="Fwd: cleaning stuff",
  date="2026-03-16T11:40:00-05:00",
  body="""Hi - please process Luis's list below as PO 1122. Usual delivery.
Thx, Marco

---------- Forwarded message ---------
From: Luis Ortega <luis.kitchen@copperkettlebistro.com>
Date: Mon, Mar 16, 2026 at 9:02 AM
Subject: cleaning stuff
To: Marco Dunleavy <bar@copperkettlebistro.com>

Marco can u order these from Saltmarsh

degreaser 5L x4
sanitizer - the gallon ones, 2 cases
spray bottles x 12
multi surface cleaner gallons 1 case

Luis
""",
  label=order("Copper Kettle Bistro", "1122", [
      L("CH-DEGR-5L", 4, "EA"), L("CH-SANI-GAL-CS4", 2, "CS"), L("CH-TRIG-750", 12, "EA"), L("CH-MSC-GAL-CS4", 1, "CS")],
      cur=None))


D(name="us09_riverbend_pasted_table",
  frm="Karen Stalworth <kstalworth@riverbendcc.org>",
  subject="Riverbend CC purchase order RCC-26-0198",
  date="2026-03-04T09:00:00-06:00",
  body="""Please supply the following.

P.O. No. RCC-26-0198
Date: 3/4/2026
Deliver by: 03/18/26

SHIP TO:
Riverbend CC - Pool House Receiving
7400 Riverbend Club Drive, Gate 3
Austin, TX 78730

Item                              Qty    Unit    Price (USD)
Bath sheet 90x160 white           120    ea      9.20
Hand towel white                  60     ea      2.60
Laundry detergent 1 gal (4/cs)    6      cs      55.00
Oxygen bleach 10kg                4      ea      46.00

Karen Stalworth
Purchasing, Riverbend Country Club
""",
  label=order("Riverbend Country Club", "RCC-26-0198", [
      L("LN-TWL-SHEET-WH", 120, "EA", 9.20), L("LN-TWL-HAND-WH", 60, "EA", 2.60), L("CH-LAUN-GAL-CS4", 6, "CS", 55.00),
      L("CH-OXY-10KG", 4, "EA", 46.00)],
      od="2026-03-04", rd="2026-03-18", cur="USD",
      ship=S("Riverbend CC - Pool House Receiving", "7400 Riverbend Club Drive", "Austin", "TX", "78730", "US")))


D(name="us10_gmail_new_diner",
  frm="Tom Reyes <sunnysideup.tom@gmail.com>",
  subject="new customer - first order",
  date="2026-03-12T19:44:00-07:00",
  body="""Hi there,

I own a small diner and a friend recommended you. I'd like to place a first order, card payment is fine.

Ship to:
Sunny Side Up Diner
1802 E Speedway Blvd
Tucson, AZ 85719

2 cases 16oz single wall hot cups
2 cases white lids for those
1 case 9 inch clamshells
1 case kraft napkins

Needed ASAP if possible.

Tom Reyes
Sunny Side Up Diner
""",
  label=order("Sunny Side Up Diner", None, [
      L("TA-HC-16-SW", 2, "CS"), L("TA-LID-1216-WH", 2, "CS"), L("TA-CLAM-9", 1, "CS"), L("TA-NAP-2P-KR", 1, "CS")],
      rd=ABSENT, cur=None,
      ship=S("Sunny Side Up Diner", "1802 E Speedway Blvd", "Tucson", "AZ", "85719", "US")))


D(name="ca01_mapleridge_xlsx_cad",
  frm="Priya Lindqvist <purchasing@mapleridgelodge.ca>",
  subject="PO 2026-044 Maple Ridge Lodge",
  date="2026-03-05T11:22:00-07:00",
  body="""Hello,

Attached is PO 2026-044. Prices in CAD per your quote. Please deliver by 20 March - the road up to the lodge closes for a day on the 21st for avalanche control.

Thanks,
Priya Lindqvist
Purchasing, Maple Ridge Lodge
405 Tunnel Mountain Road, Banff AB T1L 1B2
""",
  att=[("xlsx", "PO_2026-044.xlsx", [
      ["Maple Ridge Lodge - Purchase Order"],
      ["PO No.", "2026-044"], ["PO Date", "2026-03-05"], ["Currency", "CAD"],
      ["Ship to", "Maple Ridge Lodge, 405 Tunnel Mountain Road, Banff, AB T1L 1B2"],
      [],
      ["Item", "Description", "Qty", "Unit", "Unit price"],
      [1, "Duvet cover Queen white 300TC", 30, "each", 34.60],
      [2, "Duvet cover King white 300TC", 20, "each", 39.75],
      [3, "Pillowcase standard white", 80, "each", 3.20],
      [4, "Bathrobe waffle M", 10, "each", 21.00],
      [5, "Bathrobe waffle L", 15, "each", 21.00],
      [6, "Bathrobe waffle XL", 5, "each", 22.50]])],
  label=order("Maple Ridge Lodge", "2026-044", [
      L("LN-DC-QN-WH-300", 30, "EA", 34.60), L("LN-DC-KG-WH-300", 20, "EA", 39.75), L("LN-PC-STD-WH", 80, "EA", 3.20),
      L("LN-BATHROBE-M-WH", 10, "EA", 21.00), L("LN-BATHROBE-L-WH", 15, "EA", 21.00), L("LN-BATHROBE-XL-WH", 5, "EA", 22.50)],
      od="2026-03-05", rd="2026-03-20", cur="CAD",
      ship=S("Maple Ridge Lodge", "405 Tunnel Mountain Road", "Banff", "AB", "T1L 1B2", "CA")))


D(name="ca02_auberge_commande_fr",
  frm="Geneviève Tremblay <achats@aubergevieuxquai.ca>",
  subject="Commande AVQ-0419",
  date="2026-03-12T09:05:00-04:00",
  body="""Bonjour,

Voici notre commande.

N° de commande : AVQ-0419
Date : 12 mars 2026
Livraison le 26/03 s.v.p.
Prix en CAD.

Adresse de livraison : notre annexe
Maison Dalhousie
140, rue Dalhousie
Québec (QC) G1K 4C4

- 4 caisses de savon 40 g lavande
- 3 caisses de shampooing 50 ml lavande
- 3 caisses de revitalisant 50 ml lavande
- 2 caisses de gel douche 50 ml lavande
- 1 caisse de bonnets de douche

Merci et bonne journée,

Geneviève Tremblay
Responsable des achats
Auberge du Vieux-Quai
88, rue Saint-Paul, Québec (QC) G1K 3V9
""",
  label=order("Auberge du Vieux-Quai", "AVQ-0419", [
      L("AM-SOAP-40-LV", 4, "CS", desc="savon 40 g lavande"), L("AM-SH-50-LV", 3, "CS", desc="shampooing 50 ml lavande"),
      L("AM-CO-50-LV", 3, "CS", desc="revitalisant 50 ml lavande"), L("AM-BW-50-LV", 2, "CS", desc="gel douche 50 ml lavande"),
      L("AM-SHOWERCAP", 1, "CS", desc="bonnets de douche")],
      od="2026-03-12", rd="2026-03-26", cur="CAD",
      ship=S("Maison Dalhousie", "140, rue Dalhousie", "Québec", "QC", "G1K 4C4", "CA")))


D(name="ca03_auberge_status_question_fr",
  frm="Geneviève Tremblay <achats@aubergevieuxquai.ca>",
  subject="Suivi de la commande AVQ-0398",
  date="2026-03-13T10:41:00-04:00",
  body="""Bonjour,

Pourriez-vous me dire où en est notre commande AVQ-0398 du 2 mars ? Nous n'avons toujours rien reçu et il nous manque des draps pour la fin de semaine.

Avez-vous un numéro de suivi du transporteur ?

Merci,
Geneviève Tremblay
Auberge du Vieux-Quai
""",
  label=notorder(customer="Auberge du Vieux-Quai"))


D(name="ca04_lakeshore_hq_for_ottawa",
  frm="Marcus Feld <mfeld@lakeshoresuites.ca>",
  subject="Chemicals order for Ottawa property",
  date="2026-03-10T15:10:00-05:00",
  body="""Hi,

Ordering on behalf of our Ottawa property - please do NOT send to Toronto.

LS-PO-7781
March 10, 2026
Delivery required by 2026-03-24
Currency: CAD

Ship to:
Lakeshore Suites Ottawa
75 Queen Elizabeth Driveway
Ottawa, ON K2P 1E3

Laundry detergent 20L x 6
Fabric softener 20L x 4
Oxygen bleach 10kg x 3
Glass cleaner 5L x 6
Multi surface cleaner 5L - 3 cases of 4
Trigger bottles 750ml x 24

Regards,
Marcus Feld
Procurement, Lakeshore Suites
1120 Lake Shore Blvd W, Toronto ON M6K 3C7
""",
  label=order("Lakeshore Suites", "LS-PO-7781", [
      L("CH-LAUN-20L", 6, "EA"), L("CH-SOFT-20L", 4, "EA"), L("CH-OXY-10KG", 3, "EA"), L("CH-GLASS-5L", 6, "EA"),
      L("CH-MSC-5L-CS4", 3, "CS"), L("CH-TRIG-750", 24, "EA")],
      od="2026-03-10", rd="2026-03-24", cur="CAD",
      ship=S("Lakeshore Suites Ottawa", "75 Queen Elizabeth Driveway", "Ottawa", "ON", "K2P 1E3", "CA")))


D(name="ca05_lakeshore_housekeeper_numbered",
  frm="Ana Beatriz Costa <housekeeping.toronto@lakeshoresuites.ca>",
  subject="linen order",
  date="2026-03-18T08:02:00-04:00",
  body="""Hello,

Please send to the Toronto building (loading dock off Dufferin):

1. Fitted sheet queen ivory 200TC - 36
2. Flat sheet queen ivory 200TC - 36
3. Fitted sheet double white 200TC - 12
4. Pillowcase king ivory - 40
5. Face cloth ivory - 100

Thank you,
Ana Beatriz Costa
Housekeeping Supervisor
""",
  label=order("Lakeshore Suites", None, [
      L("LN-FT-QN-IV-200", 36, "EA"), L("LN-FS-QN-IV-200", 36, "EA"), L("LN-FT-DB-WH-200", 12, "EA"),
      L("LN-PC-KG-IV", 40, "EA"), L("LN-TWL-FACE-IV", 100, "EA")],
      cur=None,
      ship=S("Lakeshore Suites Toronto", None, "Toronto", None, None, None)))


D(name="ca06_cedartide_new_buyer",
  frm="Owen MacAskill <owen@cedartidehotel.ca>",
  subject="Purchase Order 1001 - Cedar Tide Boutique Hotel",
  date="2026-03-19T12:30:00-07:00",
  body="""Good afternoon,

We are a new boutique hotel opening in April and would like to open an account. Our first order:

Purchase Order 1001
Order date: 2026-03-19
Needed by April 2
Prices in CAD

Ship to:
Cedar Tide Boutique Hotel
1290 Hornby Street
Vancouver, BC V6Z 1W2

  10 cases  shampoo 30 ml unscented
  10 cases  conditioner 30 ml unscented
  10 cases  body lotion 30 ml unscented
   6 cases  soap 40 g unscented
   2 cases  dental kits
   2 cases  vanity kits

Best regards,
Owen MacAskill
General Manager, Cedar Tide Boutique Hotel
""",
  label=order("Cedar Tide Boutique Hotel", "1001", [
      L("AM-SH-30-UN", 10, "CS"), L("AM-CO-30-UN", 10, "CS"), L("AM-BL-30-UN", 10, "CS"), L("AM-SOAP-40-UN", 6, "CS"),
      L("AM-DENTAL-KIT", 2, "CS"), L("AM-VANITY-KIT", 2, "CS")],
      od="2026-03-19", rd="2026-04-02", cur="CAD",
      ship=S("Cedar Tide Boutique Hotel", "1290 Hornby Street", "Vancouver", "BC", "V6Z 1W2", "CA")))


D(name="us11_harbourview_order4502_bar",
  frm="Sam Pellegrino <bar.newport@harbourviewhotels.com>",
  subject="Order # 4502",
  date="2026-03-16T17:55:00-04:00",
  body="""Hi,

PO: 4502   Order date: 3-16-26
For the Newport rooftop bar. Deliver to Harbourview Hotel Newport, 17 Thames Wharf Road, Newport, RI 02840 - receiving closes at 3pm.

2 doz rocks glasses
2 doz highballs 350
1 case of coupes (24)
3 doz water tumblers
2 cs 8mm paper straws -- wait, make that 1 cs 8mm and 1 cs of the 6mm

Thanks
Sam
""",
  label=order("Harbourview Hotel Group", "4502", [
      L("GL-ROCKS-260-DZ", 2, "DZ"), L("GL-HIBALL-350-DZ", 2, "DZ"), L("GL-COUPE-220-CS", 1, "CS"),
      L("GL-TUMBLER-230-DZ", 3, "DZ"), L("TA-STRAW-8", 1, "CS"), L("TA-STRAW-6", 1, "CS")],
      od="2026-03-16", cur=None,
      ship=S("Harbourview Hotel Newport", "17 Thames Wharf Road", "Newport", "RI", "02840", "US")))
