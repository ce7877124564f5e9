"""Order e-mails 16-30."""
import html as _html

from common import (doc, L, label, ship, csite, cname, make_email, when, ORDERS, money, ext)
import attachments as att


# ----------------------------------------------------------------------------- 16
@doc("16-forward-fw-order.eml")
def d16():
    text = """Northgate - please process the order below for the Brendan Care Pavilion (65 Garner Rd, Niskayuna). PO 4500098840. Deliver Thursday 3/19. Standard contract pricing.

Gail Petrosky | Purchasing Agent, Food & Nutrition Services
St. Brendan's Medical Center

-----Original Message-----
From: Marcus Dubois <mdubois@stbrendans.org>
Sent: Monday, March 16, 2026 4:41 PM
To: Gail Petrosky <gpetrosky@stbrendans.org>
Subject: Pavilion kitchen order

Gail, can you send this to Northgate for Thursday?

milk 1% half pints - 0 (still have stock)
whole milk qts - 4 cs
skim qts - 2 cs
eggs medium - 2 cs
liquid egg whites - 1 cs
greek yogurt plain - 3 cs
oats old fashioned - 1 bag
cornstarch - 1 cs
sugar packets - 1 cs
pink sweetener - 1 cs
yellow sweetener - 1 cs
gloves nitrile XL - 10 boxes
hand soap foam refills - 1 cs

Thanks, Marcus
Marcus Dubois, Cook Supervisor - Brendan Care Pavilion
"""
    eml = make_email("Gail Petrosky <gpetrosky@stbrendans.org>", ORDERS, "FW: Pavilion kitchen order",
                     when(2026, 3, 17, 9, 2, off=-4), text=text, headers={"X-Mailer": "Microsoft Outlook 16.0"})
    lines = [
        L("200100", 4, "CS", "whole milk qts"),
        L("200104", 2, "CS", "skim qts"),
        L("200204", 2, "CS", "eggs medium"),
        L("200212", 1, "CS", "liquid egg whites"),
        L("200192", 3, "CS", "greek yogurt plain"),
        L("100220", 1, "BG", "oats old fashioned"),
        L("120225", 1, "CS", "cornstarch"),
        L("110140", 1, "CS", "sugar packets"),
        L("110142", 1, "CS", "pink sweetener"),
        L("110144", 1, "CS", "yellow sweetener"),
        L("600174", 10, "BX", "gloves nitrile XL"),
        L("700130", 1, "CS", "hand soap foam refills"),
    ]
    lab = label(customer=cname("C103"), po="4500098840", order_date=None, requested="2026-03-19",
                ship_to=csite("C103", 1), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 17
@doc("17-reply-quoted-old-order.eml")
def d17():
    text = """Same as last week for State St but drop the almond milk, make the oat 8, and add 2 cs of the 20oz hot cups. PO for this one is DBK-0312. Friday delivery is fine.

J.

On Thu, Mar 5, 2026 at 7:41 AM Jules Tran <jules@daybreakcoffee.com> wrote:
> State St order for Friday 3/6, PO DBK-0305:
> 6 cs 12oz hot cups
> 4 cs 16oz hot cups
> 6 cs 12oz hot lids
> 4 cs 16oz hot lids
> 5 cs oat milk
> 2 cs almond milk
> 3 cs whole milk gal
> 2 cs half & half qt
> 1 cs vanilla syrup
> 1 cs mocha sauce
> 2 bags espresso beans
>
> Thanks!
> Jules
"""
    eml = make_email("Jules Tran <jules@daybreakcoffee.com>", ORDERS, "Re: State St order DBK-0305",
                     when(2026, 3, 12, 7, 55, off=-4), text=text,
                     headers={"In-Reply-To": "<CAF8x1=mZq0p@mail.gmail.com>", "References": "<CAF8x1=mZq0p@mail.gmail.com>"})
    lines = [
        L("600102", 6, "CS", "12oz hot cups"),
        L("600104", 4, "CS", "16oz hot cups"),
        L("600112", 6, "CS", "12oz hot lids"),
        L("600114", 4, "CS", "16oz hot lids"),
        L("200220", 8, "CS", "oat milk"),
        L("200110", 3, "CS", "whole milk gal"),
        L("200120", 2, "CS", "half & half qt"),
        L("900110", 1, "CS", "vanilla syrup"),
        L("900118", 1, "CS", "mocha sauce"),
        L("900100", 2, "BG", "espresso beans"),
        L("600106", 2, "CS", "20oz hot cups"),
    ]
    lab = label(customer=cname("C107"), po="DBK-0312", order_date=None, requested="2026-03-13",
                ship_to=csite("C107", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 18
@doc("18-multi-site-bakery.eml")
def d18():
    text = """Hi Northgate,

Two orders below, one per store, both for Tuesday 3/24. Please keep them on separate invoices.

LARK STREET  (PO CB-LRK-2310)
  AP flour 50# ............ 8 bags
  Cake flour 50# .......... 2 bags
  Powdered sugar 50# ...... 1 bag
  Butter, salted .......... 2 cs
  Butter, unsalted ........ 4 cs
  Heavy cream 40% ......... 3 cs
  Eggs lg white ........... 4 cs
  Cinnamon 18 oz .......... 3
  Nutmeg 16 oz ............ 1
  Bakery boxes 10x10x5 .... 2 cs

SARATOGA  (PO CB-SAR-2316)
  Bread flour unbl 50# .... 6 bags
  Granulated sugar 50# .... 2 bags
  Eggs XL ................. 2 cs
  Instant yeast 20/1 ...... 1 cs
  Bakery boxes 12x12x5 .... 2 cs

Thanks!
Marisol Vega
Operations Manager | Crestline Bakery Co.
"""
    eml = make_email("Marisol Vega <mvega@crestlinebakery.com>", ORDERS, "orders for Lark St + Saratoga, Tue 3/24",
                     when(2026, 3, 20, 15, 10, off=-4), text=text)
    lines = [
        L("100110", 8, "BG", "AP flour 50#"),
        L("100130", 2, "BG", "Cake flour 50#"),
        L("110110", 1, "BG", "Powdered sugar 50#"),
        L("200150", 2, "CS", "Butter, salted"),
        L("200152", 4, "CS", "Butter, unsalted"),
        L("200130", 3, "CS", "Heavy cream 40%"),
        L("200200", 4, "CS", "Eggs lg white"),
        L("500100", 3, "EA", "Cinnamon 18 oz"),
        L("500120", 1, "EA", "Nutmeg 16 oz"),
        L("600190", 2, "CS", "Bakery boxes 10x10x5"),
    ]
    lab = label(customer=cname("C101"), po="CB-LRK-2310", order_date=None, requested="2026-03-24",
                ship_to=csite("C101", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 19
@doc("19-webform-order.eml")
def d19():
    fields = [
        ("Account number", "C111"),
        ("Business name", "Maple & Main Bistro"),
        ("Contact name", "Sophie Tremblay"),
        ("Email", "sophie@mapleandmain.ca"),
        ("Phone", "613-555-0117"),
        ("PO / reference", "MM-0320"),
        ("Requested delivery date", "03/20/2026"),
        ("Delivery address", "164 Princess St, Kingston, ON K7L 1A9, Canada"),
        ("Items", "Canola salad oil 6/1 gal x 1\nHeavy cream 36% x 2 cs\nEggs large x 2 cs\nRomaine hearts x 1 cs\n"
                  "Lemons 165 x 1 cs\nSour cream 4/5 lb x 1\nPotatoes russet 70 ct x 2"),
        ("Comments", "Please call before delivery, back door on Clergy St."),
    ]
    rows = "".join(
        f'<tr><td style="padding:6px 10px;background:#f3f3f3;font-weight:bold;vertical-align:top;width:180px">{_html.escape(k)}</td>'
        f'<td style="padding:6px 10px">{_html.escape(v).replace(chr(10), "<br>")}</td></tr>' for k, v in fields)
    html = f"""<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<h2 style="color:#2f5d3a">New Wholesale Order Form submission</h2>
<p>A new submission was received on northgateprovisions.com/wholesale-order (form #WO-1) on Sun, Mar 15, 2026 at 10:14 PM.</p>
<table cellspacing="0" cellpadding="0" style="border:1px solid #ddd;border-collapse:collapse">{rows}</table>
<p style="color:#888;font-size:11px">Sent by FormRelay &middot; Do not reply to this address. Use Reply-To to answer the customer.</p>
</body></html>"""
    text = "New Wholesale Order Form submission\n\n" + "\n".join(f"{k}: {v}" for k, v in fields) + "\n"
    eml = make_email("Northgate Web Orders <noreply@northgateprovisions.com>", ORDERS,
                     "[Wholesale Order Form] New submission - Maple & Main Bistro", when(2026, 3, 15, 22, 14, off=-4),
                     text=text, html=html, headers={"Reply-To": "Sophie Tremblay <sophie@mapleandmain.ca>",
                                                    "X-Form-Id": "WO-1"})
    lines = [
        L("300102", 1, "CS", "Canola salad oil 6/1 gal"),
        L("200132", 2, "CS", "Heavy cream 36%"),
        L("200200", 2, "CS", "Eggs large"),
        L("800134", 1, "CS", "Romaine hearts"),
        L("800142", 1, "CS", "Lemons 165"),
        L("200190", 1, "CS", "Sour cream 4/5 lb"),
        L("800110", 2, "CS", "Potatoes russet 70 ct"),
    ]
    lab = label(customer=cname("C111"), po="MM-0320", order_date=None, requested="2026-03-20",
                ship_to=ship("Maple & Main Bistro", "164 Princess St", "Kingston", "ON", "K7L 1A9", "CA"), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 20
@doc("20-procurement-system-email.eml")
def d20():
    rows = [
        ("600120", "CUP COLD PET 12OZ CLEAR", 4, "CS", 54.30),
        ("600122", "CUP COLD PET 16OZ CLEAR", 6, "CS", 61.90),
        ("600132", "LID COLD DOME W/HOLE 12-24OZ", 5, "CS", 42.60),
        ("600104", "CUP HOT 16OZ WHITE", 8, "CS", 71.80),
        ("600114", "LID HOT SIPTHRU 16-20OZ", 8, "CS", 38.40),
        ("900102", "COFFEE WHOLE BEAN HOUSE MEDIUM ROAST 5LB BAG", 10, "BG", 49.60),
        ("900120", "TEA BLACK ENGLISH BREAKFAST", 2, "CS", 44.70),
        ("900122", "CHAI CONCENTRATE 6/32OZ", 3, "CS", 39.60),
        ("200122", "CREAMER HALF & HALF PORTION CUPS 3/8 OZ 400 COUNT", 2, "CS", 27.60),
        ("400172", "COOKIE DOUGH CHOC CHIP 3OZ 120CT", 3, "CS", 52.80),
    ]
    lines = [L(s, q, u, d, p) for s, d, q, u, p in rows]
    sub = ext(lines)
    body = ""
    for i, (s, d, q, u, p) in enumerate(rows, 1):
        first, rest = d, ""
        if len(d) > 36:
            cut = d.rfind(" ", 0, 36)
            first, rest = d[:cut], d[cut + 1:]
        body += f"{i:<4}{s:<16}{first:<37}{q:>5}  {u:<5}{p:>11,.2f}{q * p:>15,.2f}\n"
        if rest:
            body += f"{'':<20}{rest}\n"
    text = f"""*** This is an automated message from Ashworth College eProcurement (ProcureWise). ***

PURCHASE ORDER
==========================================================================================
PO Number:        P2600731            Revision: 0
PO Date:          03/17/2026
Supplier:         NORTHGATE PROVISIONS & BAKERY SUPPLY (SUP-004417)
Buyer:            Kevin Marsh  kmarsh@ashworth.edu  607-555-0134
Payment Terms:    Net 30
Deliver By:       03/20/2026

SHIP TO                              BILL TO
North Campus Market                  Ashworth College - Accounts Payable
18 Bugbee Rd                         PO Box 4010
Oneonta, NY 13820                    Oneonta, NY 13820
United States                        United States

Ln  Supplier Part   Description                            Qty  UOM   Unit Price     Ext. Price
--- --------------- ------------------------------------ -----  ----- ----------- --------------
{body}
{'Subtotal:':>80}{sub:>12,.2f}
{'Tax:':>80}{0:>12,.2f}
{'Total USD:':>80}{sub:>12,.2f}

Terms and conditions: https://www.ashworth.edu/procurement/po-terms (incorporated by reference).
Invoices must reference PO P2600731 and be sent to ap-invoices@ashworth.edu.
"""
    eml = make_email("Ashworth College eProcurement <no-reply@ashworth.edu>", ORDERS,
                     "Purchase Order P2600731 from Ashworth College", when(2026, 3, 17, 3, 12, off=-4), text=text,
                     headers={"Reply-To": "kmarsh@ashworth.edu", "Auto-Submitted": "auto-generated"})
    lab = label(customer=cname("C104"), po="P2600731", order_date="2026-03-17", requested="2026-03-20",
                currency="USD", ship_to=ship("North Campus Market", "18 Bugbee Rd", "Oneonta", "NY", "13820", "US"),
                lines=lines)
    return eml, lab, {"subtotal": (f"{sub:,.2f}", ".")}


# ----------------------------------------------------------------------------- 21
@doc("21-emoji-bullets-pavilion.eml")
def d21():
    text = """Hi!! Snack bar order for the Pool Pavilion for the spring member-guest weekend, need it Friday 3/27 AM \U0001F64F

\u2022 2x fries shoestring
\u2022 cookie dough 1.5oz \u2013 qty: 2
\u2022 16 oz clear cold cups x3
\u2022 dome lids w/ hole (for the cold cups) x3
\u2022 12oz hot cups - 2 cs
\u2022 12 oz hot lids - 2
\u2022 hot dogs?? no, we'll get those from the butcher
\u2022 ice cream vanilla tubs x 4
\u2022 mayo 4x1 gal \u2014 1
\u2022 deli containers 16oz - 1 cs
\u2022 deli lids - 1 cs
\u2022 gloves L \u2013 qty: 5 boxes
\u2022 sanitizer quat \u2013 1

Charge to the club account. PO# is OCC-PAV-0327 per Tom.
Thx!
Kayla \u2600\ufe0f

Kayla Brooks | Food & Beverage Supervisor
Oakhurst Country Club
"""
    eml = make_email("Kayla Brooks <kbrooks@oakhurstcc.org>", ORDERS,
                     "\U0001F3CA Pavilion snack bar order!! (member-guest wknd)", when(2026, 3, 18, 12, 2, off=-4),
                     text=text, enc="b64", headers={"X-Mailer": "iPhone Mail (22D63)"})
    lines = [
        L("400122", 2, "CS", "fries shoestring"),
        L("400170", 2, "CS", "cookie dough 1.5oz"),
        L("600122", 3, "CS", "16 oz clear cold cups"),
        L("600132", 3, "CS", "dome lids w/ hole (for the cold cups)"),
        L("600102", 2, "CS", "12oz hot cups"),
        L("600112", 2, "CS", "12 oz hot lids"),
        L("400140", 4, "EA", "ice cream vanilla tubs"),
        L("300150", 1, "CS", "mayo 4x1 gal"),
        L("600182", 1, "CS", "deli containers 16oz"),
        L("600186", 1, "CS", "deli lids"),
        L("600172", 5, "BX", "gloves L"),
        L("700110", 1, "CS", "sanitizer quat"),
    ]
    lab = label(customer=cname("C112"), po="OCC-PAV-0327", order_date=None, requested="2026-03-27",
                ship_to=csite("C112", 1), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 22
@doc("22-german-reply-correction.eml")
def d22():
    text = """Hallo zusammen,

kleine Korrektur zu unserer Bestellung von gestern: bitte statt 6 Sack Zucker nur 4 Sack liefern und zusätzlich 2 Karton Karamellsirup (4 x 750 ml). Der Rest bleibt unverändert.

Viele Grüße
Jonas Albrecht

-----Ursprüngliche Nachricht-----
Von: Jonas Albrecht <j.albrecht@lindenhof-cafe.de>
Gesendet: Dienstag, 17. März 2026 16:20
An: orders@northgateprovisions.com
Betreff: Bestellung LH-2026-0152 (Filiale Lüneburg)

Guten Tag,

bitte liefern Sie folgende Ware an unsere Filiale:
Kaffeehaus Lindenhof Lüneburg, Am Sande 21, 21335 Lüneburg

Liefertermin: 31.03.2026
Bestellnr.: LH-2026-0152

- 10 Sack Weizenmehl Type 550 (25 kg)
- 6 Sack Zucker (25 kg)
- 4 Dosen Zimt gemahlen (18 oz)
- 3 Beutel Mandeln gehobelt (5 lb)
- 2,5 kg Haselnüsse gemahlen
- 4 Karton Hafermilch Barista
- 2 Karton Becher 16 oz (heiß) à 1.000 Stk
- 2 Karton Deckel für 16 oz
- 1 Karton Backpapier halbe Bogen (12 x 16)

Preise lt. Angebot.

Mit freundlichen Grüßen
Jonas Albrecht
Einkauf | Kaffeehaus Lindenhof GmbH
"""
    eml = make_email("Jonas Albrecht <j.albrecht@lindenhof-cafe.de>", ORDERS,
                     "AW: Bestellung LH-2026-0152 (Filiale Lüneburg)", when(2026, 3, 18, 10, 41, off=1), text=text,
                     headers={"In-Reply-To": "<20260317162000.77@lindenhof-cafe.de>", "X-Mailer": "Microsoft Outlook 16.0"})
    lines = [
        L("100190", 10, "BG", "Weizenmehl Type 550 (25 kg)"),
        L("110105", 4, "BG", "Zucker (25 kg)"),
        L("500100", 4, "EA", "Zimt gemahlen (18 oz)"),
        L("120195", 3, "BG", "Mandeln gehobelt (5 lb)"),
        L("120190", 2.5, "KG", "Haselnüsse gemahlen"),
        L("200220", 4, "CS", "Hafermilch Barista"),
        L("600104", 2, "CS", "Becher 16 oz (heiß)"),
        L("600114", 2, "CS", "Deckel für 16 oz"),
        L("600162", 1, "CS", "Backpapier halbe Bogen (12 x 16)"),
        L("900112", 2, "CS", "Karamellsirup (4 x 750 ml)"),
    ]
    lab = label(customer=cname("C109"), po="LH-2026-0152", order_date=None, requested="2026-03-31",
                ship_to=ship("Kaffeehaus Lindenhof Lüneburg", "Am Sande 21", "Lüneburg", None, "21335", "DE"),
                lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 23
@doc("23-french-xlsx-attached.eml")
def d23():
    xlsx, lines, sub = att.laval_xlsx()
    text = """Bonjour,

Ci-joint notre bon de commande BC-L-0988 pour la succursale de Laval. Livraison jeudi le 26 mars.

Merci!
Luc Bergeron
Gérant, Les Deux Moulins - Laval
"""
    eml = make_email("Luc Bergeron <luc@lesdeuxmoulins.qc.ca>", ORDERS, "Bon de commande Laval BC-L-0988",
                     when(2026, 3, 20, 7, 15, off=-4), text=text,
                     attachments=[(xlsx, "BC-L-0988.xlsx", "application",
                                   "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    lab = label(customer=cname("C108"), po="BC-L-0988", order_date="2026-03-20", requested="2026-03-26",
                currency="CAD",
                ship_to=ship("Boulangerie Les Deux Moulins - Laval", "1650, boul. Saint-Martin Ouest", "Laval", "QC",
                             "H7S 1M9", "CA"), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 24
@doc("24-university-catering-event.eml")
def d24():
    text = """Hi Carla,

Catering order for the Board of Trustees dinner on Thursday 3/26, 180 guests. Please deliver Wednesday 3/25 to Halsey Commons (catering entrance, 300 Ravine Pkwy). Use PO AC-26-04502.

SALAD
  Romaine hearts - 3 cases
  Parmesan - we have it
  Olive oil blend 90/10 (for the vinaigrette) - 1 cs

ENTREE
  Russet potatoes 70 ct - 4 cases
  Carrots jumbo 50# - 2 bags
  Shallots peeled - 10 lb
  Garlic peeled 5 lb jar - 2
  Heavy cream 36% - 4 cases
  Butter unsalted - 2 cases

DESSERT
  Chef will confirm dessert quantities Thursday - DON'T send yet.

SERVICE
  Foil pans full size deep, heavy - 2 cs
  Half-size deep foil pans (medium gauge) - 3 cs
  Board lids for the half pans - 3 cs

Thanks,
Kevin Marsh
Catering Manager, Ashworth College Dining Services
"""
    eml = make_email("Kevin Marsh <kmarsh@ashworthdining.com>", ORDERS, "Catering - Trustees Dinner 3/26 (180 guests)",
                     when(2026, 3, 16, 13, 45, off=-4), text=text)
    lines = [
        L("800134", 3, "CS", "Romaine hearts"),
        L("300112", 1, "CS", "Olive oil blend 90/10 (for the vinaigrette)"),
        L("800110", 4, "CS", "Russet potatoes 70 ct"),
        L("800170", 2, "BG", "Carrots jumbo 50#"),
        L("800206", 10, "LB", "Shallots peeled"),
        L("800180", 2, "EA", "Garlic peeled 5 lb jar"),
        L("200132", 4, "CS", "Heavy cream 36%"),
        L("200152", 2, "CS", "Butter unsalted"),
        L("600144", 2, "CS", "Foil pans full size deep, heavy"),
        L("600140", 3, "CS", "Half-size deep foil pans (medium gauge)"),
        L("600148", 3, "CS", "Board lids for the half pans"),
    ]
    lab = label(customer=cname("C104"), po="AC-26-04502", order_date=None, requested="2026-03-25",
                ship_to=csite("C104", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 25
@doc("25-chef-dictation.eml")
def d25():
    text = """Hi it's Lena dictating from the car so forgive the formatting. For Friday the twentieth please send five cases of the sixteen ounce clear cups and five cases of the flat lids for them, two cases of the half size deep foil pans heavy gauge, one case of heavy cream forty percent, three cases of the puff pastry, twelve pounds of fresh basil, two bags of the fifty pound onions, and one case of avocados. That's it thank you

Lena

Sent from my iPhone"""
    eml = make_email("Lena Ortiz <lena@figandfennel.com>", ORDERS, "order", when(2026, 3, 18, 23, 10, off=-4),
                     text=text, headers={"X-Mailer": "iPhone Mail (22D63)"})
    lines = [
        L("600122", 5, "CS", "sixteen ounce clear cups"),
        L("600130", 5, "CS", "flat lids for them"),
        L("600141", 2, "CS", "half size deep foil pans heavy gauge"),
        L("200130", 1, "CS", "heavy cream forty percent"),
        L("400110", 3, "CS", "puff pastry"),
        L("800194", 12, "LB", "fresh basil"),
        L("800100", 2, "BG", "fifty pound onions"),
        L("800200", 1, "CS", "avocados"),
    ]
    lab = label(customer=cname("C105"), po=None, order_date=None, requested="2026-03-20", lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 26
@doc("26-sku-list-hotel.eml")
def d26():
    text = """Northgate,
reorder for main kitchen, deliver Sat 3/21 to 120 Broadway receiving. PO HH-4452

110102 x 4
200152 x2
200100 - 6
200120 - 4cs
300104 x 3 jugs
120132 x 6
500110 x 2
500112 x 1
700100 x 2
700120 x 1
700140 x 2 cs
0800140 x 1  (lemons)

Thx - receiving
The Harmon Hotel
"""
    eml = make_email("Receiving Dept <receiving@harmonhotel.com>", ORDERS, "reorder",
                     when(2026, 3, 19, 6, 58, off=-4), text=text)
    lines = [
        L("110102", 4, "BG", "110102"),
        L("200152", 2, "CS", "200152"),
        L("200100", 6, "CS", "200100"),
        L("200120", 4, "CS", "200120"),
        L("300104", 3, "EA", "300104"),
        L("120132", 6, "EA", "120132"),
        L("500110", 2, "EA", "500110"),
        L("500112", 1, "EA", "500112"),
        L("700100", 2, "CS", "700100"),
        L("700120", 1, "CS", "700120"),
        L("700140", 2, "CS", "700140"),
        L("800140", 1, "CS", "0800140"),
    ]
    lab = label(customer=cname("C106"), po="HH-4452", order_date=None, requested="2026-03-21",
                ship_to=csite("C106", 0), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 27
@doc("27-case-vs-each.eml")
def d27():
    text = """Carla - on top of the standing order for Thursday can you add these for Friday 3/20:

a case of cream cheese and 2 extra loaves
a case of diced tomatoes and 2 extra cans
3 lb of the instant yeast (just the 1 lb singles, not the case)
1 box kosher salt (3 lb) plus a full case of the kosher
2 cs shredded cheddar, SHARP not mild
4 boxes large gloves
1 cs shoestring fries

thanks
Nick
Blue Heron Diner
"""
    eml = make_email("Nick Pappas <nick@blueherondiner.com>", ORDERS, "extra for the weekend",
                     when(2026, 3, 19, 14, 26, off=-4), text=text)
    lines = [
        L("200170", 1, "CS", "a case of cream cheese"),
        L("200172", 2, "EA", "2 extra loaves"),
        L("320100", 1, "CS", "a case of diced tomatoes"),
        L("320108", 2, "EA", "2 extra cans"),
        L("120102", 3, "LB", "instant yeast (just the 1 lb singles, not the case)"),
        L("120132", 1, "BX", "1 box kosher salt (3 lb)"),
        L("120130", 1, "CS", "a full case of the kosher"),
        L("200182", 2, "CS", "shredded cheddar, SHARP not mild"),
        L("600172", 4, "BX", "large gloves"),
        L("400122", 1, "CS", "shoestring fries"),
    ]
    lab = label(customer=cname("C110"), po=None, order_date=None, requested="2026-03-20", lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 28
@doc("28-addon-to-po.eml")
def d28():
    text = """Hi -- please ADD the following to PO HH-PAS-0311 for Friday's Banquet Center delivery (the par sheet I sent yesterday). Everything on the original stays as is.

+ 2 cs wild blueberries IQF 30#
+ 1 cs pie plates, foil 9" deep
+ 2 cs cherry pie filling
+ 1 bag turbinado sugar
+ 1 cs phyllo #4

Renee
"""
    eml = make_email("Renee Okafor <rokafor@harmonhotel.com>", ORDERS, "ADD-ON to PO HH-PAS-0311 (Friday)",
                     when(2026, 3, 11, 11, 20, off=-4), text=text)
    lines = [
        L("400100", 2, "CS", "wild blueberries IQF 30#"),
        L("600152", 1, "CS", 'pie plates, foil 9" deep'),
        L("320112", 2, "CS", "cherry pie filling"),
        L("110130", 1, "BG", "turbinado sugar"),
        L("400112", 1, "CS", "phyllo #4"),
    ]
    lab = label(customer=cname("C106"), po="HH-PAS-0311", order_date=None, requested="2026-03-13",
                ship_to=csite("C106", 1), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 29
@doc("29-produce-by-pound.eml")
def d29():
    text = """Hey, Central Kitchen order for Monday 3/16:

ginger root 3 lb
shallots 4 lb
basil 1.5 lb
strawberries 8x1# - 3 cs
granny smith apples 100ct - 2 cs
lemons 165ct 1 cs
poppy seed 2 lb (bulk)
cardamom ground 16 oz - 1
ginger ground 16 oz - 2
cinnamon 5 lb - 1
nutmeg 1 lb - 1

PO CK-77131
Omar
--
Omar Haddad | Sous Chef, Crestline Central Kitchen
"""
    eml = make_email("Omar Haddad <ohaddad@crestlinebakery.com>", ORDERS, "CK produce + spices for Mon",
                     when(2026, 3, 13, 12, 10, off=-4), text=text)
    lines = [
        L("800204", 3, "LB", "ginger root"),
        L("800206", 4, "LB", "shallots"),
        L("800194", 1.5, "LB", "basil"),
        L("800198", 3, "CS", "strawberries 8x1#"),
        L("800160", 2, "CS", "granny smith apples 100ct"),
        L("800142", 1, "CS", "lemons 165ct"),
        L("500152", 2, "LB", "poppy seed 2 lb (bulk)"),
        L("500140", 1, "EA", "cardamom ground 16 oz"),
        L("500122", 2, "EA", "ginger ground 16 oz"),
        L("500102", 1, "EA", "cinnamon 5 lb"),
        L("500120", 1, "EA", "nutmeg 1 lb"),
    ]
    lab = label(customer=cname("C101"), po="CK-77131", order_date=None, requested="2026-03-16",
                ship_to=csite("C101", 2), lines=lines)
    return eml, lab, {}


# ----------------------------------------------------------------------------- 30
@doc("30-html-strikethrough-commissary.eml")
def d30():
    html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div>Hi team, commissary order for <b>Tuesday 3/24</b>. PO DBK-C-0324.</div>
<div><br></div>
<div><b><u>Baking</u></b></div>
<div>AP flour 25 lb &mdash; 4 bags</div>
<div>Granulated sugar 25 lb &mdash; 3 bags</div>
<div>Butter unsalted &mdash; 2 cs</div>
<div>Eggs cage-free brown &mdash; 2 cs</div>
<div>Choc chips semisweet 4M &mdash; 1 cs</div>
<div>Walnuts &mdash; 2 bags (5#) <span style="color:#999999">(last week: 3)</span></div>
<div><br></div>
<div><b><u>Bar</u></b></div>
<div>Oat milk &mdash; 10 cs</div>
<div><s>Almond milk &mdash; 2 cs</s> <span style="color:#999999">skip this week</span></div>
<div>Hazelnut syrup &mdash; 2 cs</div>
<div>Chai &mdash; 2 cs</div>
<div><br></div>
<div><b><u>Paper</u></b></div>
<div>8 oz hot cups &mdash; 2 cs</div>
<div>8 oz lids &mdash; 2 cs</div>
<div><br></div>
<div>Deliver to the roastery (Tivoli St) please, dock opens 6am.</div>
<div>-Sam</div>
<div style="color:#777;font-size:12px">Sam Oduya &middot; Commissary Lead &middot; Daybreak Coffee Roasters</div>
</div></body></html>"""
    eml = make_email("Sam Oduya <sam@daybreakcoffee.com>", ORDERS, "Commissary order \u2013 Tues 3/24",
                     when(2026, 3, 20, 18, 5, off=-4), html=html, html_only=True,
                     headers={"X-Mailer": "Apple Mail (2.3774.600.62)"})
    lines = [
        L("100112", 4, "BG", "AP flour 25 lb"),
        L("110102", 3, "BG", "Granulated sugar 25 lb"),
        L("200152", 2, "CS", "Butter unsalted"),
        L("200206", 2, "CS", "Eggs cage-free brown"),
        L("120172", 1, "CS", "Choc chips semisweet 4M"),
        L("120200", 2, "BG", "Walnuts"),
        L("200220", 10, "CS", "Oat milk"),
        L("900114", 2, "CS", "Hazelnut syrup"),
        L("900122", 2, "CS", "Chai"),
        L("600100", 2, "CS", "8 oz hot cups"),
        L("600110", 2, "CS", "8 oz lids"),
    ]
    lab = label(customer=cname("C107"), po="DBK-C-0324", order_date=None, requested="2026-03-24",
                ship_to=csite("C107", 2), lines=lines)
    return eml, lab, {}
