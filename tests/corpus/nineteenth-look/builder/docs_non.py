"""Five documents that are not orders."""
from common import *
from attach import *

def build():
    emit("n01_oakfield_quote_request", "eml", email(
        "Maria Delgado <mdelgado@oakfieldcharter.org>", "Quote request for spring semester", dt("2026-12-02 09:12", -7),
        text="""Hello,

We're putting together our budget for the spring semester and comparing vendors. Could you send
us a quote (pricing only - please DO NOT ship anything yet) for:

50 cases copy paper, letter 20 lb
20 boxes nitrile gloves medium
10 cases 33 gal black liners 1.5 mil
12 boxes black dry erase markers

If you have volume pricing at 100 cases of paper please include that too. We need the quote
by Dec 11 for our board meeting.

Thank you,
Maria Delgado
Office Manager, Oakfield Charter Academy
"""), not_order("Oakfield Charter Academy"), country="US", style="quote request with item list and quantities")

    inv_text = """KEYSTONE FREIGHT LINES, INC.
INVOICE

Invoice No: KFL-448120          Invoice Date: 12/01/2026          Terms: Net 30
Bill To: Northgate Office & Facility Supply, Accounts Payable
Shipper Ref / Your PO: NG-FRT-20714

Pro #       Date        Origin            Destination         Pallets   Amount
7730412     11/24/2026  Columbus, OH      Portland, OR            4     1,284.00
7730498     11/25/2026  Columbus, OH      Austin, TX              6     1,512.50
7730511     11/25/2026  Columbus, OH      Sheboygan, WI           3       486.75
Fuel surcharge (18.5%)                                                    607.16

TOTAL DUE (USD)                                                         3,890.41

Remit to: Keystone Freight Lines, PO Box 88120, Harrisburg PA 17108
"""
    emit("n02_keystone_freight_invoice", "eml", email(
        "Keystone Freight Billing <billing@keystonefreight.com>", "Invoice KFL-448120 from Keystone Freight Lines", dt("2026-12-01 18:02", -5),
        text="Please find your invoice below and attached. Payment due within 30 days.\n\n" + inv_text,
        attachments=[("KFL-448120.pdf", pdf_layout_c(inv_text.split("\n"), "Invoice KFL-448120"), "application/pdf")]),
        {"kind": "invoice"}, country="US", style="carrier invoice to Northgate (PDF + body), has 'Your PO' reference and line table")

    emit("n03_greatlakes_complaint", "eml", email(
        "Brian Kowal <bkowal@glortho.com>", "Problem with PO GLO-55521 delivery", dt("2026-12-03 10:40", -5),
        text="""Hello,

I need to raise a problem with our delivery last Thursday against PO GLO-55521.

- We ordered 3 x CF289X (high yield) and received 3 x CF289A (standard). Please arrange pickup
  and send the correct ones.
- 2 cases of the 33 gal black liners arrived with the cartons crushed and about half the rolls torn.

I'd like a credit for the liners. Please don't just re-ship everything on the PO - only the toner
needs replacing.

Brian Kowal
Materials Management | Great Lakes Orthopedic Clinic
"""), not_order("Great Lakes Orthopedic Clinic"), country="US", style="complaint naming items and quantities")

    emit("n04_atlantic_shipping_question", "eml", email(
        "Jordan MacLeod <jmacleod@atlanticrealty.ca>", "RE: Order - Quinpool Court", dt("2026-12-07 09:05", -4),
        in_reply_to="<quinpool@atlanticrealty.ca>",
        text="""Hi,

Any update on PO AR-3342? The super at Quinpool Court says nothing has arrived yet. Can you
send me the tracking number and an ETA? If it's split into two shipments, let me know which
items are backordered.

Thanks,
Jordan

> Below is our order for the new property. PO AR-3342.
> AR-CL-01  Glass cleaner gallon  6  EA
> AR-CL-02  All purpose cleaner spray 32oz  12  EA
"""), not_order("Atlantic Realty Management"), country="CA", style="shipping status question quoting part of the earlier order")

    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#1d3a6e">Northgate Webshop</h2>
<p><b>Abandoned checkout</b> - a customer left items in their cart without completing checkout.</p>
<p>Customer: guest (m.jones.home@gmail.com)<br>Cart created: Dec 6, 2026 9:14 PM PST<br>Checkout #: 30998812442</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Product</th><th>SKU</th><th>Qty</th><th>Price</th></tr>
<tr><td>Retractable Gel Pen, Medium 0.7 mm, Black Ink, 12/box</td><td>PEN-50131</td><td>2</td><td>$14.99</td></tr>
<tr><td>Sticky Notes, 3 x 3 in, Assorted Bright Colours, 12 pads</td><td>OFF-80132</td><td>1</td><td>$11.99</td></tr>
<tr><td>Alkaline Batteries AA, 24/pack</td><td>OFF-80161</td><td>1</td><td>$17.99</td></tr>
</table>
<p>Subtotal: $59.96</p>
<p><a href="https://shop.northgatesupply.com/admin/checkouts/30998812442">View checkout</a> &middot;
<a href="https://shop.northgatesupply.com/admin/checkouts/30998812442/recover">Send recovery email</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you are a staff member of Northgate Webshop.
Manage notifications in Settings &gt; Notifications.</p>
</td></tr></table></body></html>"""
    emit("n05_webshop_abandoned_checkout", "eml", email(
        "Northgate Webshop <store+notifications@shop-mailer.net>", "[Northgate Webshop] Abandoned checkout #30998812442",
        dt("2026-12-07 05:14", -8), html=html, extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}),
        not_order(None), country="US", style="automated web-shop 'abandoned checkout' notification listing SKUs and quantities")
