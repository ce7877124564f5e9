"""Order emails, part C."""
from common import L, eml, expected, ship, quote


def build(out):
    # 21 --------------------------------------------------------------
    n = "quill_anchor_reply_old_quote.eml"
    old = """Hi Maggie,

Order confirmed for Thu 3 Dec:

  8 CS  400101  FRIES STRAIGHT CUT 3/8IN 6/5LB
  2 CS  100170  MAYONNAISE HEAVY DUTY 4/1GAL
  3 RL  500160  FILM PVC WRAP 18IN X 2000FT
  2 CS  400110  CHICKEN BREAST BNLS SKNLS 6OZ IQF 2/5LB

Thanks,
Paulo Restrepo
Customer Service, Brindlewood Foodservice Distributors"""
    eml(out, n, "Maggie Threlfall <maggie@quillandanchor.co.uk>",
        "Re: Order confirmation #BFD-88312", "Mon, 07 Dec 2026 07:51:10 +0000",
        "Hi Paulo, thanks - all arrived fine last week.\n\nThis week's please (Friday delivery):\n"
        "- 6 cases chips (shoestring this time)\n- sanitiser 4 x 1 gal, 2 cases\n"
        "- 2 cases pot wash, the 2.5 gal ones\n- cod 1 case\n\nMaggie\n\n"
        "On 30 Nov 2026, at 15:02, Paulo Restrepo <paulo@brindlewoodfs.com> wrote:\n"
        + quote(old) + "\n")
    expected(out, n, customer="The Quill & Anchor", requested="2026-12-11", lines=[
        L("400102", "chips (shoestring this time)", 6, "CS"),
        L("600105", "sanitiser 4 x 1 gal", 2, "CS"),
        L("600102", "pot wash, the 2.5 gal ones", 2, "CS"),
        L("400142", "cod", 1, "CS"),
    ], phenomenon="reply quoting an OLD confirmed order with our SKUs: quoted lines must not be "
                  "re-ordered; confirmation number is not a PO")

    # 22 --------------------------------------------------------------
    n = "copper_ladle_disposables.eml"
    eml(out, n, "Imogen Farrisey <imogen@copperladlecatering.com>",
        "disposables for the holiday parties", "Wed, 16 Dec 2026 08:37:55 -0500", """Paulo -

disposables please:

forks x 2 cs
knives x 2 cs
spoons x 1 cs
dinner napkins, 2 ply quarter fold x 3
beverage napkins 2 cs
32oz deli containers 4 cs, lids 4
sterno cans 2 cs
9x9 single compartment clamshells 2 cs

PO# CL-2612-07

Imogen
""")
    expected(out, n, customer="Copper Ladle Catering Co.", po="CL-2612-07", lines=[
        L(None, "forks (medium or heavy not stated)", 2, "CS"),
        L("500152", "knives", 2, "CS"),
        L("500153", "spoons", 1, "CS"),
        L("500141", "dinner napkins, 2 ply quarter fold", 3, "CS"),
        L("500142", "beverage napkins", 2, "CS"),
        L("500122", "32oz deli containers", 4, "CS"),
        L("500123", "deli lids", 4, "CS"),
        L(None, "sterno cans", 2, "CS"),
        L("500124", "9x9 single compartment clamshells", 2, "CS"),
    ], phenomenon="forks ambiguous (medium PP vs heavy PS) -> null while knives/spoons unique, "
                  "napkin ply+fold, PO at the bottom of the body")

    # 23 --------------------------------------------------------------
    n = "marrowbone_po_subject_only.eml"
    eml(out, n, "Dario Penhallow <dario@marrowbonekitchen.com>", "PO 7802",
        "Mon, 14 Dec 2026 06:30:00 -0500", """need by the 18th

heavy foil 18" x2
plastic wrap 18 x2
parchment sheets 1cs
trash bags, the big 55s, 2 cs
salt (kosher) 2
black pepper coarse 1

--
Dario Penhallow
Chef de Cuisine
Marrowbone Kitchen & Bar
215 Gallatin Street, Columbus OH 43215
(614) 555-0187
""")
    expected(out, n, customer="Marrowbone Kitchen & Bar", po="7802", requested="2026-12-18", lines=[
        L("500163", "heavy foil 18\"", 2, "RL"),
        L("500160", "plastic wrap 18", 2, "RL"),
        L("500164", "parchment sheets", 1, "CS"),
        L("500171", "trash bags, the big 55s", 2, "CS"),
        L("100150", "salt (kosher)", 2, "CS"),
        L("100153", "black pepper coarse", 1, "CS"),
    ], phenomenon="PO only in subject, 'need by the 18th', width 18 vs 12 decides wrap, "
                  "numbers inside descriptions (18, 55) vs quantities")

    # 24 --------------------------------------------------------------
    n = "stbramwell_dietary_addon.eml"
    eml(out, n, "Desmond Achterberg <dachterberg@stbramwellhealth.org>", "Dietary add-on order",
        "Tue, 08 Dec 2026 13:05:17 -0500", """Hi,

Please add the following to this week's delivery (Thursday):

- Almond milk - 3 cs
- Lactose-free milk, half gallons - 2 cs
- Fat-free white milk 1/2 pints - 4 cs
- Strawberry yogurt cups - 4 cs
- Cream cheese cups - 1 cs
- Reduced fat 2% gal - 2 cs

Desmond Achterberg
Purchasing Coordinator, Food & Nutrition Services
St. Bramwell Regional Medical Center
Ph 937-555-0126
""")
    expected(out, n, customer="St. Bramwell Regional Medical Center", requested="2026-12-10",
             lines=[
        L("300114", "Almond milk", 3, "CS"),
        L(None, "Lactose-free milk, half gallons", 2, "CS"),
        L(None, "Fat-free white milk 1/2 pints", 4, "CS"),
        L("300151", "Strawberry yogurt cups", 4, "CS"),
        L("300154", "Cream cheese cups", 1, "CS"),
        L("300102", "Reduced fat 2% gal", 2, "CS"),
    ], phenomenon="near-misses: fat-free WHITE half pints (only chocolate FF and 1% white "
                  "exist) -> null, lactose-free not carried -> null; strawberry vs vanilla yogurt")

    # 25 --------------------------------------------------------------
    n = "bayleaf_html_tomorrow.eml"
    html = """<html><head><style>p{margin:0 0 8px 0}</style></head><body>
<div dir="ltr">
<p>Hi Brindlewood,</p>
<p>Need these <i>tomorrow</i> please, and this one goes to our patio bar kitchen, not the main
restaurant:</p>
<p><b>Bayleaf &amp; Brine Dockside</b><br>12 Pier Lane<br>Sandusky, OH 44870</p>
<ul>
<li>shoestring fries 1/4&quot; x 5 cs</li>
<li>wings 1&amp;2 joint x 3 cs</li>
<li>ketchup #10 cans x 1 cs</li>
<li>yellow mustard gallons x 1 cs</li>
<li>16oz clear plastic cups x 1 cs</li>
</ul>
<p>Thanks<br>Ronan Quist<br>Kitchen Manager, Bayleaf &amp; Brine Seafood House<br>
<span style="color:#888">419-555-0150</span></p>
</div></body></html>
"""
    eml(out, n, "Ronan Quist <ronan@bayleafbrine.com>", "Order for tomorrow + different address",
        "Mon, 14 Dec 2026 16:20:41 -0500", None, html=html)
    expected(out, n, customer="Bayleaf & Brine Seafood House", requested="2026-12-15",
             ship_to=ship("Bayleaf & Brine Dockside", "12 Pier Lane", "Sandusky", "OH", "44870",
                          "US"), lines=[
        L("400102", "shoestring fries 1/4\"", 5, "CS"),
        L("400112", "wings 1&2 joint", 3, "CS"),
        L("100171", "ketchup #10 cans", 1, "CS"),
        L("100173", "yellow mustard gallons", 1, "CS"),
        L("500111", "16oz clear plastic cups", 1, "CS"),
    ], phenomenon="HTML-only with entities, 'tomorrow' relative date, alternate ship-to, "
                  "#10 ketchup vs packets, clear plastic = cold PET cup")

    # 26 --------------------------------------------------------------
    n = "pell_creek_dry_dairy.eml"
    eml(out, n, "Marisol Venn <mvenn@pellcreekusd.org>", "Dry/dairy order",
        "Tue, 15 Dec 2026 08:12:29 -0500", """Good morning,

Requisition 4471 / PO 26-0437. Please deliver Friday, Dec 18 to the Central Kitchen.

Rotini whole grain        4 cs
Elbow mac                 4 cs
Marinara sauce #10        3 cs
Shredded cheddar          6 cs
Sliced cheddar            2 cs
Tomato sauce              2 cs
Brown rice 25 lb          2 bags

Thank you,
Marisol Venn
Food Service Coordinator
Pell Creek USD Nutrition Services - Central Kitchen
410 Tannery Road, Pell Creek, OH 43061
(740) 555-0139
""")
    expected(out, n, customer="Pell Creek Unified School District", po="26-0437",
             requested="2026-12-18",
             ship_to=ship("Central Kitchen", "410 Tannery Road", "Pell Creek", "OH", "43061",
                          "US"), lines=[
        L("100134", "Rotini whole grain", 4, "CS"),
        L("100132", "Elbow mac", 4, "CS"),
        L(None, "Marinara sauce #10", 3, "CS"),
        L("300120", "Shredded cheddar", 6, "CS"),
        L("300121", "Sliced cheddar", 2, "CS"),
        L("200104", "Tomato sauce", 2, "CS"),
        L(None, "Brown rice 25 lb", 2, "BG"),
    ], phenomenon="requisition number next to PO number, shredded vs sliced cheddar, whole grain "
                  "vs tricolor rotini, marinara / brown rice not carried -> null")

    # 27 --------------------------------------------------------------
    n = "gilded_pheasant_words.eml"
    eml(out, n, "Anneliese Corvo <anneliese@gildedpheasant.com>", "Monday",
        "Thu, 17 Dec 2026 22:09:14 -0500", """Hi there,

For Monday's delivery we'll need three cases of the unsalted butter and two of the
salted, one case of the shredded mozzarella, a half-dozen tubs of vanilla ice cream and a
pair of the chocolate. Also a case of the 90/10 olive oil blend.

Many thanks,
Anneliese

--
The Gilded Pheasant
9 Lantern Row, Granville OH 43023
""")
    expected(out, n, customer="The Gilded Pheasant", requested="2026-12-21", lines=[
        L("300130", "unsalted butter", 3, "CS"),
        L("300131", "salted butter", 2, "CS"),
        L("300124", "shredded mozzarella", 1, "CS"),
        L("400150", "vanilla ice cream tubs", 6, "EA"),
        L("400151", "chocolate ice cream tubs", 2, "EA"),
        L("100145", "90/10 olive oil blend", 1, "CS"),
    ], phenomenon="order written as prose, quantities in words (three, two of the, half-dozen, "
                  "pair), elliptical references ('two of the salted'), 90/10 is not a quantity")

    # 29 --------------------------------------------------------------
    n = "wattle_lane_pasted_grid.eml"
    eml(out, n, "Kirra Dunstan <kirra@wattlelane.com.au>", "baking order",
        "Wed, 16 Dec 2026 06:48:03 +1100", """Morning! Baking stuff for next week, copied from our sheet:

| Product            | Size      | Qty   |
|--------------------|-----------|-------|
| Flour, bread       | 25 lb     | 2     |
| Flour, plain       | 25 lb     | 3     |
| Caster sugar       | 25 lb     | 1     |
| Icing sugar        | 2 lb bags | 1 ctn |
| Butter unsalted    | 1 lb      | 2 ctn |
| Eggs               | large     | 2 ctn |
| Cream (thickened)  | qt        | 1 ctn |

Deliver to the back lane entrance as usual.

Kirra Dunstan
Wattle Lane Eatery | 52 Wattle Lane, Fitzroy VIC 3065 | 03 9555 0144
""")
    expected(out, n, customer="Wattle Lane Eatery", lines=[
        L("100104", "Flour, bread 25 lb", 2, "BG"),
        L("100102", "Flour, plain 25 lb", 3, "BG"),
        L(None, "Caster sugar 25 lb", 1, "BG"),
        L("100112", "Icing sugar 2 lb bags", 1, "CS"),
        L("300130", "Butter unsalted 1 lb", 2, "CS"),
        L("300140", "Eggs large", 2, "CS"),
        L("300110", "Cream (thickened) qt", 1, "CS"),
    ], phenomenon="markdown-style pipe table, Australian terms (plain flour = AP, icing sugar = "
                  "powdered), caster sugar has no true match -> null, 'next week' (no date)")
