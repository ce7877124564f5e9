"""Documents that are not orders."""
from common import eml, expected


def build(out):
    n = "gilded_pheasant_price_question.eml"
    eml(out, n, "Anneliese Corvo <anneliese@gildedpheasant.com>", "pricing?",
        "Wed, 09 Dec 2026 11:02:36 -0500", """Hi Paulo,

Before I put in next week's order - what are you getting for the 36% cream (12 qt case) and
the unsalted butter right now? Last invoice had the butter at $141.60 and I think that's up
again. Also do you carry duck fat or can you get it? I'd need maybe 2 tubs a week.

No order yet, just want numbers.

Thanks,
Anneliese
""")
    expected(out, n, kind="not_an_order", customer="The Gilded Pheasant",
             phenomenon="price inquiry naming products, a quantity and a price; explicitly "
                        "'no order yet'")

    n = "stbramwell_credit_request.eml"
    eml(out, n, "Desmond Achterberg <dachterberg@stbramwellhealth.org>",
        "Credit request - invoice 4471920 (spoiled milk)", "Fri, 11 Dec 2026 08:15:03 -0500",
        """Hello,

On yesterday's delivery (invoice 4471920, PO HB-55102) two cases of 2% gallons (your item
300102) were received sour - best-by dates were fine but the product was warm at receiving
(52F at the dock, photo attached in our system). We discarded them per policy.

Please issue a credit for 2 cs x $16.90 = $33.80. No replacement needed, we'll make it up on
next week's order.

Desmond Achterberg
Purchasing Coordinator, Food & Nutrition Services
St. Bramwell Regional Medical Center
Ph 937-555-0126
""")
    expected(out, n, kind="not_an_order", customer="St. Bramwell Regional Medical Center",
             phenomenon="credit request with item code, quantity, price and PO number but no "
                        "order ('no replacement needed')")

    n = "greyfield_late_delivery.eml"
    eml(out, n, "Hank Osterhout <hank@greyfielddiner.com>", "truck late AGAIN",
        "Sat, 12 Dec 2026 10:41:55 -0500", """Paulo,

Third Saturday in a row the truck shows up after 10. We open at 6. I had to send a cook to the
store for eggs and American cheese this morning. Your window is supposed to be 5-7 AM.

If this keeps happening I'm going to have to look at other options. Can someone call me today?

Hank Osterhout
Owner, Greyfield Diner
740-555-0102
""")
    expected(out, n, kind="not_an_order", customer="Greyfield Diner",
             phenomenon="delivery-time complaint mentioning products, no order")

    n = "pell_creek_menu_planning.eml"
    eml(out, n, "Marisol Venn <mvenn@pellcreekusd.org>", "January menu planning question",
        "Mon, 14 Dec 2026 13:27:40 -0500", """Hi Paulo,

We're building the January-March cycle menus. A few questions before we commit:

1. Will the whole grain chicken nuggets (4/5 lb) stay available through March? We'd plan on
   roughly 40 cases a month across the district.
2. Do you have a whole grain pasta other than the rotini? Penne would be ideal.
3. Is there a lower sodium option for the condensed tomato soup?
4. What's the lead time on the pineapple tidbits lately?

Nothing to order yet - we'll send POs once the menus are approved by the board on the 6th.

Thanks,
Marisol Venn
Food Service Coordinator, Pell Creek USD
""")
    expected(out, n, kind="not_an_order", customer="Pell Creek Unified School District",
             phenomenon="menu-planning questions with forecast quantities; explicitly no order")

    n = "supplier_newsletter.eml"
    html = """<html><body style="font-family:Georgia,serif;background:#f4f1ea">
<table width="600" align="center" cellpadding="12"><tr><td style="background:#fff">
<h1 style="color:#3a5a40">Crestmoor Packaging &mdash; Winter Product Update</h1>
<p>Dear distribution partner,</p>
<p>New for Q1 2027: our compostable hot cup line ships in 12, 16 and 20 oz with matching
fiber sip lids. Introductory distributor pricing through January 31:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Item</th><th>Pack</th><th>Qty break</th><th>Price</th></tr>
<tr><td>Compostable hot cup 12 oz</td><td>1000/cs</td><td>10+ cs</td><td>$58.90</td></tr>
<tr><td>Compostable hot cup 16 oz</td><td>1000/cs</td><td>10+ cs</td><td>$66.40</td></tr>
<tr><td>Fiber sip lid 12-20 oz</td><td>1000/cs</td><td>10+ cs</td><td>$44.10</td></tr>
</table>
<p>Order 25 cases or more by December 31 and freight is on us. Reply to this email or call
your Crestmoor rep to reserve allocation.</p>
<p style="font-size:11px;color:#777">Crestmoor Packaging LLC, 800 Millrace Parkway, Fort Wayne,
IN 46802. You are receiving this because you are a registered distribution partner.
<a href="https://crestmoor-packaging.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""
    eml(out, n, "Crestmoor Packaging <news@crestmoor-packaging.example>",
        "Winter update: compostable cups + free freight on 25 cs",
        "Tue, 08 Dec 2026 07:00:00 -0600", None, html=html,
        extra=["List-Unsubscribe: <https://crestmoor-packaging.example/unsubscribe>",
               "Precedence: bulk"])
    expected(out, n, kind="not_an_order", customer=None,
             phenomenon="supplier marketing newsletter (HTML) with product table, prices and "
                        "'order 25 cases' call to action; sender is not a customer")
