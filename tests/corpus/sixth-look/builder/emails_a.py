"""Order emails, part A."""
from common import L, eml, expected, ship, quote

MB = "Dario Penhallow <dario@marrowbonekitchen.com>"


def build(out):
    # 1 ---------------------------------------------------------------
    n = "marrowbone_wed_order.eml"
    eml(out, n, MB, "order for wed", "Mon, 07 Dec 2026 06:12:44 -0500", """Hey team,

order for wednesday please

2 cs 16oz hot cups + lids
AP flour x3 - the 50 lb bags
6 cases of the diced tomatoes (the big cans)
nitrile gloves large, 4 boxes
fryer oil 2 jugs
kosher salt 1 cs

thx
Dario
Chef de Cuisine, Marrowbone Kitchen & Bar
(614) 555-0187
""")
    expected(out, n, customer="Marrowbone Kitchen & Bar", requested="2026-12-09", lines=[
        L("500103", "16oz hot cups", 2, "CS"),
        L("500107", "lids (for 16oz hot cups)", 2, "CS"),
        L("100101", "AP flour - the 50 lb bags", 3, "BG"),
        L("200101", "diced tomatoes (the big cans)", 6, "CS"),
        L("500132", "nitrile gloves large", 4, "BX"),
        L(None, "fryer oil", 2, "EA"),
        L("100150", "kosher salt", 1, "CS"),
    ], phenomenon="kitchen slang, '+ lids' implied companion line, bag size disambiguates flour, "
                  "'big cans' = #10, boxes vs cases, fryer oil ambiguous (3 fry oils) -> null, weekday date")

    # 2 ---------------------------------------------------------------
    n = "little_fennel_vine_st.eml"
    rows = [("Hot cups", "12 oz", "3"), ("Sip lids", "12 oz", "3"),
            ("Clear cold cups", "16 oz", "2"), ("Flat lids w/ straw slot", "for the cold cups", "2"),
            ("Oat milk (barista)", "32 oz", "4"), ("Half &amp; half", "quarts", "2"),
            ("Espresso beans", "2 lb bags", "3"), ("Bev napkins", "", "1"),
            ("Straws, wrapped jumbo", "", "1")]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td align=\"right\">{c}</td></tr>" for a, b, c in rows)
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Hi Brindlewood team,</p>
<p>Restock for our <b>Vine St</b> store below &mdash; please deliver <b>Thursday 12/10</b> before 7am.
Back door code is 4417.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Item</th><th>Size</th><th>Cases</th></tr>
{trs}
</table>
<p>Deliver to:<br>Little Fennel Caf&eacute; &ndash; Vine St<br>1322 Vine Street<br>Cincinnati, OH 45202</p>
<p>Thanks so much!<br>Juniper Halloway<br>Operations Manager, Little Fennel Caf&eacute;<br>513-555-0174</p>
</body></html>
"""
    eml(out, n, "Juniper Halloway <juniper@littlefennel.com>", "PO LF-2291 - Vine St restock",
        "Tue, 08 Dec 2026 14:05:10 -0500", None, html=html)
    expected(out, n, customer="Little Fennel Café", po="LF-2291", requested="2026-12-10",
             ship_to=ship("Little Fennel Café – Vine St", "1322 Vine Street", "Cincinnati", "OH",
                          "45202", "US"), lines=[
        L("500102", "Hot cups 12 oz", 3, "CS"),
        L("500106", "Sip lids 12 oz", 3, "CS"),
        L("500111", "Clear cold cups 16 oz", 2, "CS"),
        L("500114", "Flat lids w/ straw slot for the cold cups", 2, "CS"),
        L("300113", "Oat milk (barista) 32 oz", 4, "CS"),
        L("300111", "Half & half quarts", 2, "CS"),
        L("100181", "Espresso beans 2 lb bags", 3, "CS"),
        L("500142", "Bev napkins", 1, "CS"),
        L("500154", "Straws, wrapped jumbo", 1, "CS"),
    ], phenomenon="HTML-only body with table, PO only in subject, store delivery address differs "
                  "from customer master, date as 'Thursday 12/10'")

    # 3 ---------------------------------------------------------------
    n = "pell_creek_milk_correction.eml"
    orig = """Good morning,

Please send the following to Hillcrest Elementary for Monday 12/14:

  1% white 1/2 pints - 20 cs
  Fat free chocolate 1/2 pints - 6 cs
  Whole milk gallons - 2 cs (staff lounge / baking)
  Vanilla yogurt cups - 4 cs
  String cheese sticks - 3 cs

Ship to:
Hillcrest Elementary School
2250 Hillcrest Pike
Pell Creek, OH 43061
Attn: Kitchen (rear door)

Marisol Venn
Food Service Coordinator, Pell Creek USD Nutrition Services
(740) 555-0139"""
    body = ("Sorry - make the chocolate milk 8 cases not 6. Everything else stays the same.\n\n"
            "Thanks!\nMarisol\n\n"
            "On Tue, Dec 8, 2026 at 3:12 PM Marisol Venn <mvenn@pellcreekusd.org> wrote:\n"
            + quote(orig) + "\n")
    eml(out, n, "Marisol Venn <mvenn@pellcreekusd.org>", "RE: Milk order - Hillcrest Elem",
        "Wed, 09 Dec 2026 07:48:02 -0500", body)
    expected(out, n, customer="Pell Creek Unified School District", requested="2026-12-14",
             ship_to=ship("Hillcrest Elementary School", "2250 Hillcrest Pike", "Pell Creek", "OH",
                          "43061", "US"), lines=[
        L("300105", "1% white 1/2 pints", 20, "CS"),
        L("300106", "Fat free chocolate 1/2 pints", 8, "CS"),
        L("300101", "Whole milk gallons", 2, "CS"),
        L("300150", "Vanilla yogurt cups", 4, "CS"),
        L(None, "String cheese sticks", 3, "CS"),
    ], phenomenon="reply whose newest text corrects a quoted line (6 -> 8); order lives in the "
                  "quote; item not carried (string cheese) -> null")

    # 4 ---------------------------------------------------------------
    n = "stbramwell_weekly.eml"
    eml(out, n, "Desmond Achterberg <dachterberg@stbramwellhealth.org>",
        "Food & Nutrition order PO# HB-55102", "Thu, 10 Dec 2026 10:22:37 -0500", """Good morning,

Please enter the following on PO# HB-55102. We need everything delivered by the 18th
(receiving closes at 2 pm).

\u2022 Skim milk gallons \u2014 10 cs
\u2022 2% gallons \u2014 6 cs
\u2022 Large eggs (loose) \u2014 4 cs
\u2022 Liquid whole egg \u2014 2 cs
\u2022 Vinyl gloves, medium \u2014 3 cs; large \u2014 3 cs
\u2022 Quat sanitizer, 2.5 gal jugs \u2014 2 cs
\u2022 Dinner napkins 1/8 fold \u2014 2 cs

Deliver to:
St. Bramwell Regional Medical Center
1950 Orchard Hill Drive (Receiving Dock B)
Dayton, OH 45409

Regards,
Desmond Achterberg
Purchasing Coordinator, Food & Nutrition Services
St. Bramwell Regional Medical Center
Ph 937-555-0126 | Fax 937-555-0127
""")
    expected(out, n, customer="St. Bramwell Regional Medical Center", po="HB-55102",
             requested="2026-12-18",
             ship_to=ship("St. Bramwell Regional Medical Center", "1950 Orchard Hill Drive",
                          "Dayton", "OH", "45409", "US"), lines=[
        L("300103", "Skim milk gallons", 10, "CS"),
        L("300102", "2% gallons", 6, "CS"),
        L("300140", "Large eggs (loose)", 4, "CS"),
        L("300142", "Liquid whole egg", 2, "CS"),
        L("500134", "Vinyl gloves, medium", 3, "CS"),
        L("500135", "Vinyl gloves, large", 3, "CS"),
        L("600106", "Quat sanitizer, 2.5 gal jugs", 2, "CS"),
        L("500140", "Dinner napkins 1/8 fold", 2, "CS"),
    ], phenomenon="bullets with em-dash trailing qty, two sizes on one bullet, 'by the 18th', "
                  "2.5 gal vs 1 gal sanitizer, ship-to differs from master")

    # 5 ---------------------------------------------------------------
    n = "copper_ladle_wedding.eml"
    eml(out, n, "Imogen Farrisey <imogen@copperladlecatering.com>", "wedding sat the 19th",
        "Fri, 11 Dec 2026 16:40:19 -0500", """Hi Paulo,

Big one next weekend - need this on the truck Friday so we can prep:

two cases of shrimp 21/25 tail on
a case of heavy cream
three cases 9x9 clamshells, the 3-compartment ones
2 rolls heavy duty foil (18")
one case sour cream
penne x 2
ten 25 lb bags of the jasmine rice -- actually make that 4, we still have some

Thanks!!
Imogen

Copper Ladle Catering Co. | 77 Wexley Industrial Park, Worthington OH 43085 | 614-555-0142
""")
    expected(out, n, customer="Copper Ladle Catering Co.", requested="2026-12-18", lines=[
        L("400141", "shrimp 21/25 tail on", 2, "CS"),
        L("300110", "heavy cream", 1, "CS"),
        L("500125", "9x9 clamshells, the 3-compartment ones", 3, "CS"),
        L("500163", "heavy duty foil (18\")", 2, "RL"),
        L("300152", "sour cream", 1, "CS"),
        L("100131", "penne", 2, "CS"),
        L("100122", "25 lb bags of the jasmine rice", 4, "BG"),
    ], phenomenon="quantities in words (two/a/three/one/ten), in-line self-correction (10 -> 4), "
                  "relative 'Friday' before the event date, signature address only")

    # 6 ---------------------------------------------------------------
    n = "tia_rosa_pedido.eml"
    eml(out, n, "Rosa Elena Quiñones <rosa@tiarosataqueria.com>", "Pedido para el viernes",
        "Tue, 08 Dec 2026 09:15:51 -0500", """Hola, buenos días:

Les mando el pedido para este viernes:

- 10 cajas de frijol pinto (las latas grandes)
- 4 cajas frijol negro
- 3 cajas de tomate triturado
- 2 cajas queso pepper jack rallado
- guantes de vinilo talla L, 3 cajas
- aceite de canola para freír, 3 garrafas
- servilletas 2 cajas
- 1 caja de crema agria

Gracias,
Rosa Elena
Taquería Tía Rosa
Tel. (614) 555-0163
""")
    expected(out, n, customer="Taquería Tía Rosa", requested="2026-12-11", lines=[
        L("200111", "frijol pinto (las latas grandes)", 10, "CS"),
        L("200110", "frijol negro", 4, "CS"),
        L("200103", "tomate triturado", 3, "CS"),
        L("300129", "queso pepper jack rallado", 2, "CS"),
        L("500135", "guantes de vinilo talla L", 3, "CS"),
        L("100140", "aceite de canola para freír", 3, "EA"),
        L(None, "servilletas", 2, "CS"),
        L("300152", "crema agria", 1, "CS"),
    ], phenomenon="Spanish order, 'este viernes', jugs (garrafas) of canola fry oil, "
                  "napkins with no type -> null")

    # 7 ---------------------------------------------------------------
    n = "maison_lorrain_commande.eml"
    eml(out, n, "Étienne Gauvreau <chef@maisonlorrain.ca>", "Commande BC-1187 – livraison mardi",
        "Wed, 09 Dec 2026 11:30:05 -0500", """Bonjour,

Voici notre bon de commande BC-1187 pour la livraison de mardi prochain, le 15 décembre :

  2 caisses de crème à fouetter 35 %
  4 caisses de beurre non salé
  Farine à gâteau 25 lb – 2 sacs
  Farine à pain 50 lb x 4
  1 caisse d'huile d'olive extra vierge
  Sucre à glacer – 2 caisses
  Œufs gros – 2 caisses
  Pâte feuilletée surgelée – 3 caisses

Livrer à l'entrée arrière (ruelle) :
Maison Lorrain Bistro
1447 rue Saint-Vallier
Montréal (Québec) H2S 2P9

Merci et bonne journée,
Étienne Gauvreau
Chef propriétaire – Maison Lorrain Bistro
514 555-0191
""")
    expected(out, n, customer="Maison Lorrain Bistro", po="BC-1187", requested="2026-12-15",
             ship_to=ship("Maison Lorrain Bistro", "1447 rue Saint-Vallier", "Montréal", "QC",
                          "H2S 2P9", "CA"), lines=[
        L("300110", "crème à fouetter 35 %", 2, "CS"),
        L("300130", "beurre non salé", 4, "CS"),
        L("100106", "Farine à gâteau 25 lb", 2, "BG"),
        L("100103", "Farine à pain 50 lb", 4, "BG"),
        L("100144", "huile d'olive extra vierge", 1, "CS"),
        L("100112", "Sucre à glacer", 2, "CS"),
        L("300140", "Œufs gros", 2, "CS"),
        L(None, "Pâte feuilletée surgelée", 3, "CS"),
    ], phenomenon="French (Québec) order, PO in subject and body, flour type+bag size, "
                  "Canadian postal code, puff pastry not carried -> null")

    # 8 ---------------------------------------------------------------
    n = "quill_anchor_thursday.eml"
    eml(out, n, "Maggie Threlfall <maggie@quillandanchor.co.uk>", "Order for Thursday",
        "Mon, 14 Dec 2026 08:02:33 +0000", """Morning all,

Order for Thursday's delivery please:

Chips - 8 cases of the 3/8 straight cut
Mayo, the big tubs (4 x 1 gal) x 2
Cling film 18 inch x 3 rolls
Nitrile gloves, large - 2 boxes
Blue roll x 4
Chicken breasts 6oz - 3 cases

Cheers,
Maggie
--
Maggie Threlfall | Head Chef
The Quill & Anchor, 14 Tarrow Quay, Bristol BS1 6QT
Tel: 0117 496 0372
""")
    expected(out, n, customer="The Quill & Anchor", requested="2026-12-17", lines=[
        L("400101", "Chips - 3/8 straight cut", 8, "CS"),
        L("100170", "Mayo, the big tubs (4 x 1 gal)", 2, "CS"),
        L("500160", "Cling film 18 inch", 3, "RL"),
        L("500132", "Nitrile gloves, large", 2, "BX"),
        L(None, "Blue roll", 4, None),
        L("400110", "Chicken breasts 6oz", 3, "CS"),
    ], phenomenon="British English (chips = fries, cling film, blue roll not carried -> null), "
                  "pack spec '4 x 1 gal' is not a quantity, 'Thursday's delivery'")

    # 9 ---------------------------------------------------------------
    n = "wattle_lane_friday.eml"
    eml(out, n, "Kirra Dunstan <kirra@wattlelane.com.au>", "order - wattle lane",
        "Tue, 08 Dec 2026 19:40:12 +1100", """Hi guys,

Can we please get for Friday:

2 ctns takeaway coffee cups 8oz + lids to suit
1 ctn 16oz cups (hot) and 1 ctn of the lids for them
3 ctn full cream milk
4 ctn barista oat milk
chook breasts x2 ctn
sweet potato chips 1 ctn

Cheers
Kirra
""")
    expected(out, n, customer="Wattle Lane Eatery", requested="2026-12-11", lines=[
        L("500101", "takeaway coffee cups 8oz", 2, "CS"),
        L("500105", "lids to suit (8oz)", 2, "CS"),
        L("500103", "16oz cups (hot)", 1, "CS"),
        L("500107", "lids for them (16oz hot)", 1, "CS"),
        L("300101", "full cream milk", 3, "CS"),
        L("300113", "barista oat milk", 4, "CS"),
        L("400110", "chook breasts", 2, "CS"),
        L("400104", "sweet potato chips", 1, "CS"),
    ], phenomenon="Australian slang (ctn, full cream milk, chook, chips), lids 'to suit' -> size "
                  "from the cup, +1100 Date header")

    # 10 --------------------------------------------------------------
    n = "greyfield_same_as_last_week.eml"
    last = """weekly order:
4 cs 4oz patties
3 cs crinkle fries
2 cs hash brown patties
1 cs ketchup packets
2 cs large eggs
1 cs house coffee

Hank"""
    eml(out, n, "Hank Osterhout <hank@greyfielddiner.com>", "Re: weekly order",
        "Mon, 14 Dec 2026 05:55:40 -0500",
        "Same as last week but add 2 cs of the yellow American and drop the hash browns this "
        "time.\n\nThx\nHank\n\nOn Mon, Dec 7, 2026 at 6:01 AM Hank Osterhout "
        "<hank@greyfielddiner.com> wrote:\n" + quote(last) + "\n")
    expected(out, n, customer="Greyfield Diner", lines=[
        L("400120", "4oz patties", 4, "CS"),
        L("400103", "crinkle fries", 3, "CS"),
        L("100172", "ketchup packets", 1, "CS"),
        L("300140", "large eggs", 2, "CS"),
        L("100180", "house coffee", 1, "CS"),
        L("300122", "yellow American", 2, "CS"),
    ], phenomenon="standing order 'same as last week but add X, drop Y' resolved against the "
                  "quoted previous order")
