"""Order emails, part B."""
from common import L, eml, expected, ship, quote

HANK = "Hank Osterhout <hank@greyfielddiner.com>"
ROSA = "Rosa Elena Quiñones <rosa@tiarosataqueria.com>"


def build(out):
    # 11 --------------------------------------------------------------
    n = "marrowbone_fwd_for_fri.eml"
    eml(out, n, "Tess Ambrecht <tess@marrowbonekitchen.com>", "Fwd: need these for fri",
        "Wed, 09 Dec 2026 13:10:27 -0500", """Hi - please put this through for the kitchen, PO 7790 on our side.

Tess Ambrecht | Office Manager | Marrowbone Kitchen & Bar

---------- Forwarded message ---------
From: Luca Brandvold <luca@marrowbonekitchen.com>
Date: Wed, Dec 9, 2026 at 11:47 AM
Subject: need these for fri
To: Tess Ambrecht <tess@marrowbonekitchen.com>


Tess can you send this to Brindlewood

shredded mozz 3
parm 1
penne 2 cs
spaghetti 2 cs
evoo 1 cs
crushed tomatoes 4
pizza dough balls 2 cs

thanks
L
""")
    expected(out, n, customer="Marrowbone Kitchen & Bar", po="7790", requested="2026-12-11", lines=[
        L("300124", "shredded mozz", 3, "CS"),
        L("300128", "parm", 1, "CS"),
        L("100131", "penne", 2, "CS"),
        L("100130", "spaghetti", 2, "CS"),
        L("100144", "evoo", 1, "CS"),
        L("200103", "crushed tomatoes", 4, "CS"),
        L("400160", "pizza dough balls", 2, "CS"),
    ], phenomenon="forwarded message: order in the forwarded part, PO in the forwarder's note, "
                  "abbreviations (mozz, parm, evoo), bare trailing numbers")

    # 12 --------------------------------------------------------------
    n = "bayleaf_saturday.eml"
    eml(out, n, "Ronan Quist <ronan@bayleafbrine.com>", "order",
        "Thu, 10 Dec 2026 15:30:44 -0500", """hey its ronan from bayleaf. for saturday:

shirmp 16-20 peeled deviened tail off - 4 cs
cod filets 2 cs
panko 1 cs
lemon juice 2 cs
tarter sauce 1 cs
degreaser the 1 gal ones, 2 cs
oven cleaner 1 cs
coleslaw mix 3 bags

thx
""")
    expected(out, n, customer="Bayleaf & Brine Seafood House", requested="2026-12-12", lines=[
        L("400140", "shirmp 16-20 peeled deviened tail off", 4, "CS"),
        L("400142", "cod filets", 2, "CS"),
        L("100160", "panko", 1, "CS"),
        L(None, "lemon juice", 2, "CS"),
        L(None, "tarter sauce", 1, "CS"),
        L("600107", "degreaser the 1 gal ones", 2, "CS"),
        L("600109", "oven cleaner", 1, "CS"),
        L(None, "coleslaw mix", 3, "BG"),
    ], phenomenon="misspellings (shirmp, deviened, filets, tarter), several items not carried "
                  "-> null, '1 gal ones' picks 4/1GAL degreaser, no signature")

    # 13 --------------------------------------------------------------
    n = "copper_ladle_par_count.eml"
    eml(out, n, "Imogen Farrisey <imogen@copperladlecatering.com>",
        "Par count 12/7 - order column", "Mon, 07 Dec 2026 10:03:12 -0500", """Counted this morning. Only order what's in the ORDER column please.

ITEM                          PAR   ON HAND   ORDER
Heavy cream qts (cs)           3       1        2
Half & half qts (cs)           2       2        0
Unsalted butter (cs)           2       0.5      2
Sour cream 5#                  2       1        1
Cream cheese loaf              1       1        0
Egg lg loose                   3       1        2
Shrimp 21/25                   2       2        0
Chix breast 6oz                4       1        3
Deli cont 32oz                 4       1        3
Deli lids                      4       3        1
Foil 18 std                    2       1        1
Film 12"                       2       2        0
Gloves nitrile M               3       1        2
Sanitizer 4x1                  2       0        2

Imogen
Copper Ladle Catering Co.
""")
    expected(out, n, customer="Copper Ladle Catering Co.", lines=[
        L("300110", "Heavy cream qts (cs)", 2, "CS"),
        L("300130", "Unsalted butter (cs)", 2, "CS"),
        L("300152", "Sour cream 5#", 1, "CS"),
        L("300140", "Egg lg loose", 2, "CS"),
        L("400110", "Chix breast 6oz", 3, "CS"),
        L("500122", "Deli cont 32oz", 3, "CS"),
        L("500123", "Deli lids", 1, "CS"),
        L("500162", "Foil 18 std", 1, "RL"),
        L("500131", "Gloves nitrile M", 2, "CS"),
        L("600105", "Sanitizer 4x1", 2, "CS"),
    ], phenomenon="par / on-hand / order columns in plain text; only ORDER column counts, "
                  "zero rows are not lines; '#' = lb")

    # 14 --------------------------------------------------------------
    n = "stbramwell_pasted_table.eml"
    rows = [("FNS-0412", "Chicken noodle soup cond. 50 oz", "2", "CS"),
            ("FNS-0413", "Tomato soup cond. 50 oz", "2", "CS"),
            ("FNS-0388", "Tuna chunk light 66.5oz", "1", "CS"),
            ("FNS-0290", "Peaches, sliced, #10", "3", "CS"),
            ("FNS-0291", "Pears halves #10", "3", "CS"),
            ("FNS-0507", "Milk almond unsweet", "2", "CS"),
            ("FNS-0733", "Hand soap foam refill", "4", "CS"),
            ("FNS-0734", "Sanitizer test strips", "6", "EA")]
    table = "SBRMC Item\tDescription\tQty\tUnit\n" + "\n".join("\t".join(r) for r in rows)
    eml(out, n, "Desmond Achterberg <dachterberg@stbramwellhealth.org>", "PO HB-55140",
        "Mon, 14 Dec 2026 09:41:58 -0500",
        "Please process the below. Deliver Wednesday 12/16 to Receiving Dock B.\n\n" + table +
        "\n\nThank you,\nDesmond Achterberg\nPurchasing Coordinator, Food & Nutrition Services\n"
        "St. Bramwell Regional Medical Center\nPh 937-555-0126\n")
    skus = ["200150", "200151", "200160", "200130", "200132", "300114", "600112", "600114"]
    expected(out, n, customer="St. Bramwell Regional Medical Center", po="HB-55140",
             requested="2026-12-16", lines=[
                 L(s, r[1], int(r[2]), r[3], part=r[0]) for s, r in zip(skus, rows)],
             phenomenon="tab-separated table pasted from a spreadsheet with the buyer's own item "
                        "codes (customer_part), PO only in subject")

    # 15 --------------------------------------------------------------
    n = "little_fennel_elm_change.eml"
    orig = """PO LF-2304 for the Elm St store, delivery Saturday 12/12:

16oz clear cold cups - 2 cs
flat straw-slot lids - 2 cs
oat milk - 4 cs
almond milk - 2 cs
8oz hot cups - 1 cs
8oz lids - 1 cs
whole milk gal - 5 cs

Deliver to:
Little Fennel Cafe - Elm St
415 Elm Street
Cincinnati, OH 45202

Juniper"""
    eml(out, n, "Juniper Halloway <juniper@littlefennel.com>", "Re: PO LF-2304 Elm St",
        "Thu, 10 Dec 2026 09:02:15 -0500",
        "Hi again - two changes before you pick this: switch the 16oz cold cups to 20oz (same "
        "qty), and make the oat milk 6 not 4. Rest as below.\n\nJ.\n\n"
        "On Wed, Dec 9, 2026, 4:18 PM Juniper Halloway <juniper@littlefennel.com> wrote:\n"
        + quote(orig) + "\n")
    expected(out, n, customer="Little Fennel Café", po="LF-2304", requested="2026-12-12",
             ship_to=ship("Little Fennel Cafe - Elm St", "415 Elm Street", "Cincinnati", "OH",
                          "45202", "US"), lines=[
        L("500112", "20oz clear cold cups (changed from 16oz)", 2, "CS"),
        L("500114", "flat straw-slot lids", 2, "CS"),
        L("300113", "oat milk", 6, "CS"),
        L("300114", "almond milk", 2, "CS"),
        L("500101", "8oz hot cups", 1, "CS"),
        L("500105", "8oz lids", 1, "CS"),
        L("300101", "whole milk gal", 5, "CS"),
    ], phenomenon="two corrections in newest text (item swap 16->20oz, qty 4->6) applied to "
                  "quoted order; PO in subject and quote")

    # 16 --------------------------------------------------------------
    n = "pell_creek_central_kitchen.eml"
    html = """<html><body>
<p>Hello,</p>
<p>Please deliver the items below to the Central Kitchen for the <b>week of December 14th</b>.
The buyer PO will follow from the district office.</p>
<ul>
<li>WG chicken nuggets &ndash; 12 cases</li>
<li>Tater tots &ndash; 10 cases</li>
<li>Mixed vegetables &ndash; 6 cases</li>
<li>Cut green beans &ndash; 6 cases</li>
<li>Diced peaches &ndash; 4 cases</li>
<li>Pineapple tidbits &ndash; 4 cases</li>
</ul>
<p>Central Kitchen<br>410 Tannery Road<br>Pell Creek, OH 43061</p>
<p>Marisol Venn<br>Food Service Coordinator<br>Pell Creek USD Nutrition Services</p>
</body></html>
"""
    text = """Hello,

Please deliver the items below to the Central Kitchen for the week of December 14th.
The buyer PO will follow from the district office.

* WG chicken nuggets - 12 cases
* Tater tots - 10 cases
* Mixed vegetables - 6 cases
* Cut green beans - 6 cases
* Diced peaches - 4 cases
* Pineapple tidbits - 4 cases

Central Kitchen
410 Tannery Road
Pell Creek, OH 43061

Marisol Venn
Food Service Coordinator
Pell Creek USD Nutrition Services
"""
    eml(out, n, "Marisol Venn <mvenn@pellcreekusd.org>", "Central Kitchen order - week of Dec 14",
        "Fri, 11 Dec 2026 12:20:09 -0500", text, html=html)
    expected(out, n, customer="Pell Creek Unified School District", requested=None,
             ship_to=ship("Central Kitchen", "410 Tannery Road", "Pell Creek", "OH", "43061",
                          "US"), lines=[
        L("400113", "WG chicken nuggets", 12, "CS"),
        L("400105", "Tater tots", 10, "CS"),
        L("400133", "Mixed vegetables", 6, "CS"),
        L("400134", "Cut green beans", 6, "CS"),
        L("200131", "Diced peaches", 4, "CS"),
        L("200133", "Pineapple tidbits", 4, "CS"),
    ], phenomenon="multipart text+HTML list, delivery given only as a week (requested_date null), "
                  "'PO will follow' (po null), diced vs sliced peaches")

    # 17 --------------------------------------------------------------
    n = "gilded_pheasant_thursday.eml"
    eml(out, n, "Anneliese Corvo <anneliese@gildedpheasant.com>", "order for thurs",
        "Tue, 15 Dec 2026 14:48:30 -0500", """Hello,

For Thursday please -

mozzerella loaf x2 cs
parmesean grated 1 cs
heavy creme 3 cs
unsalted buttter 2 cs
jasmin rice 25# x2
cake flour x 2 bags
shallots 10 lb
duck fat 1 tub

Thank you,
Anneliese Corvo, Chef de Cuisine
The Gilded Pheasant \u00b7 9 Lantern Row, Granville OH 43023 \u00b7 740-555-0118
""")
    expected(out, n, customer="The Gilded Pheasant", requested="2026-12-17", lines=[
        L("300125", "mozzerella loaf", 2, "CS"),
        L("300128", "parmesean grated", 1, "CS"),
        L("300110", "heavy creme", 3, "CS"),
        L("300130", "unsalted buttter", 2, "CS"),
        L("100122", "jasmin rice 25#", 2, "BG"),
        L(None, "cake flour (25 or 50 lb not stated)", 2, "BG"),
        L(None, "shallots", 10, "LB"),
        L(None, "duck fat", 1, "EA"),
    ], phenomenon="misspellings, cake flour without bag size (25/50 lb) -> null, produce and "
                  "specialty items not carried -> null")

    # 18 --------------------------------------------------------------
    n = "greyfield_weekend_addons.eml"
    eml(out, n, HANK, "few extras for the weekend", "Thu, 10 Dec 2026 21:14:02 -0500",
        """Couple add-ons for Saturday:

qty 4 - large eggs
white American sliced \u2014 3
butter pats x 1 case
half and half cups (the little ones) 2 cs
coffee (the ground packs), a couple cases
sugar packets one case
bacon 15# x 6
hash brown patties, half a case

Hank
Greyfield Diner
""")
    expected(out, n, customer="Greyfield Diner", requested="2026-12-12", lines=[
        L("300140", "large eggs", 4, "CS"),
        L("300123", "white American sliced", 3, "CS"),
        L("300132", "butter pats", 1, "CS"),
        L("300112", "half and half cups (the little ones)", 2, "CS"),
        L("100180", "coffee (the ground packs)", 2, "CS"),
        L("100114", "sugar packets", 1, "CS"),
        L(None, "bacon 15#", 6, None),
        L("400106", "hash brown patties, half a case", 0.5, "CS"),
    ], phenomenon="many quantity shapes (qty 4 -, em-dash trailing, x 1, 'a couple', 'one', "
                  "'half a case' of a case-only item), creamer cups vs quarts")

    # 19 --------------------------------------------------------------
    n = "tia_rosa_new_location.eml"
    eml(out, n, ROSA, "order - new location", "Mon, 14 Dec 2026 10:05:33 -0500", """Hi Paulo,

This one goes to our NEW location please, not Barnett Ave:

Taqueria Tia Rosa #2
880 Sullivant Avenue
Columbus, OH 43222

20 oz cold cups x 2
lids for those x 2
foam clamshells 9x9 1 comp 3 cs
deli containers 16 oz 2 cs + lids 2 cs
refried beans 4 cs
corn, the whole kernel, 2 cs
jumbo straws 1 cs

Need it by Wednesday the 16th.

Gracias!
Rosa Elena
""")
    expected(out, n, customer="Taquería Tía Rosa", requested="2026-12-16",
             ship_to=ship("Taqueria Tia Rosa #2", "880 Sullivant Avenue", "Columbus", "OH",
                          "43222", "US"), lines=[
        L("500112", "20 oz cold cups", 2, "CS"),
        L(None, "lids for those (flat or dome not stated)", 2, "CS"),
        L("500124", "foam clamshells 9x9 1 comp", 3, "CS"),
        L("500121", "deli containers 16 oz", 2, "CS"),
        L("500123", "deli lids", 2, "CS"),
        L("200113", "refried beans", 4, "CS"),
        L("200120", "corn, the whole kernel", 2, "CS"),
        L("500154", "jumbo straws", 1, "CS"),
    ], phenomenon="explicit new delivery address overriding master, cold-cup lid style "
                  "ambiguous (flat vs dome) -> null, two items on one line")

    # 20 --------------------------------------------------------------
    n = "wattle_lane_cleaning.eml"
    eml(out, n, "Kirra Dunstan <kirra@wattlelane.com.au>", "cleaning stuff + a few bits",
        "Mon, 14 Dec 2026 17:22:45 +1100", """Hi, cleaning top up pls:

Sanitiser - 2 x the 2.5 gal packs
Pot and pan detergent, 1 ctn (4 x 1 gal)
Rinse aid x 1 pail
Dishwasher detergent 1 pail
Glass cleaner 1 ctn
Bleach 2 ctn
Floor cleaner 1
Also 2 ctn hand towel (the folded ones)

Ta, Kirra
""")
    expected(out, n, customer="Wattle Lane Eatery", lines=[
        L("600106", "Sanitiser - the 2.5 gal packs", 2, "CS"),
        L("600101", "Pot and pan detergent (4 x 1 gal)", 1, "CS"),
        L("600104", "Rinse aid", 1, "EA"),
        L("600103", "Dishwasher detergent", 1, "EA"),
        L("600110", "Glass cleaner", 1, "CS"),
        L("600111", "Bleach", 2, "CS"),
        L("600113", "Floor cleaner", 1, "CS"),
        L("500173", "hand towel (the folded ones)", 2, "CS"),
    ], phenomenon="chemicals where pack format decides (2/2.5GAL vs 4/1GAL), pack spec inside "
                  "line text, pails, no date")
