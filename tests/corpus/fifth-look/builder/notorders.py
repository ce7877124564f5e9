"""Documents that are NOT orders: quote request, stock question, invoice dispute, delivery complaint, newsletter."""
from common import eml, not_order

TO = "Fennimore Orders <orders@fennimore-supply.com>"
DOCS = []


def doc(name, frm, subject, date, body, cust, **kw):
    DOCS.append((name, eml(frm, kw.pop("to", TO), subject, date, body, **kw), not_order(cust)))


doc("n1_cobalt_quote_request", "Shane Marsh <smarsh@cobaltridge.build>", "pricing for Aster Ct phase 2",
    "Mon, 30 Nov 2026 10:10:00 -0700", """Hi Dana,

We're bidding phase 2 of Aster Ct (8 houses). Can you price the following and get back to me by Thursday? NOT an order yet, just need numbers.

12-2 romex 250' - 40 rolls
14-2 romex 250' - 30 rolls
200A main breaker panels - 8
20A AFCI breakers - 96
1 gang new work boxes - 600

Thanks,
Shane Marsh
Cobalt Ridge Builders
""", "C1012")

doc("n2_ostrander_stock_question", "Beth Kaminski <bkaminski@ostranderpm.com>", "do you have these in stock?",
    "Tue, 1 Dec 2026 12:40:00 -0500", """Hi,

Quick question before I place anything - do you have the 4 ft LED wraparound fixtures (4000K) in stock, and roughly how many? We may need 30 or so after the new year. Also do you carry hardwired smoke detectors?

Thanks,
Beth
Ostrander Property Management
""", "C1007")

doc("n3_kessler_invoice_dispute", "Accounts Payable <ap@kesslernunn.com>", "Invoice 0088127 - pricing discrepancy",
    "Wed, 2 Dec 2026 14:22:00 -0600", """Hello,

Invoice 0088127 (our PO 24-1131) bills the 12/2 MC at $151.00 per coil, but your quote Q-44602 was $142.00. 20 coils x $9.00 = $180.00 overbilled. Please issue a credit memo or a corrected invoice. We will short-pay the difference if we don't hear back.

Also the 14/2 romex line shows 6 reels; we only received and ordered 5.

Regards,
Angela Ruiz
Accounts Payable, Kessler & Nunn Electrical Contractors
817-555-0112
""", "C1002")

doc("n4_brightline_delivery_complaint", "Gary Whitcomb <gwhitcomb@brightline-elec.com>", "RE: PO BL-8817 delivery",
    "Mon, 30 Nov 2026 15:55:00 -0500", """Dana,

Your driver dropped the Hilltop Church order at the front of the building instead of the side door on Elm St, and two sticks of 3/4 EMT were bent. The box of tapcons was also missing. I need the 2 sticks and the tapcons replaced on your next run at no charge - please confirm.

Not happy about this one.

Gary Whitcomb
Brightline Electric LLC | Cell 614-555-0163
""", "C1001")

NEWS = """<html><body style="font-family:Arial">
<h1 style="color:#0a5">Lumavell Lighting - December Trade Bulletin</h1>
<p>Dear partner,</p>
<p>Our new <b>SlimEdge LED wafer</b> family is now shipping in 4", 6" and 8" with five selectable colour
temperatures (2700K-5000K). Order 10 cases or more before December 31 and get 8% off.</p>
<table border="1" cellpadding="4"><tr><th>Model</th><th>Size</th><th>Promo price</th></tr>
<tr><td>SE-4-5CCT</td><td>4"</td><td>$8.60</td></tr>
<tr><td>SE-6-5CCT</td><td>6"</td><td>$10.40</td></tr>
<tr><td>SE-8-5CCT</td><td>8"</td><td>$15.90</td></tr></table>
<p>To order, contact your Lumavell regional manager or reply to this email with quantities.</p>
<p style="font-size:10px">You are receiving this because you are a registered Lumavell distributor.
<a href="https://lumavell-lighting.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
doc("n5_marketing_newsletter", "Lumavell Lighting <news@lumavell-lighting.example>", "December Trade Bulletin: SlimEdge wafers now shipping",
    "Thu, 3 Dec 2026 06:00:00 -0500", "Lumavell Lighting - December Trade Bulletin\n\nOur new SlimEdge LED wafer family is now shipping. "
    "Order 10 cases or more before December 31 and get 8% off.\n\nUnsubscribe: https://lumavell-lighting.example/unsubscribe\n",
    None, html=NEWS)
