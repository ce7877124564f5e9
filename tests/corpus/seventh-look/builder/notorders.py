"""Documents that are not purchase orders."""
from common import NOT, X, doc, eml
from mails_a import BITTER, DANA, HARLAN, RAY, SAND, TRI


def build():
    doc("n01_tricounty_rfq.eml", eml("Bill Hadley <bill@tricountygrain.com>", "price check before we order",
        "Tue, 17 Nov 2026 13:22:00 -0600", """Hi,

Not ordering yet - board meets on the 1st and I need numbers. Can you quote me:

10 - B68 belts
10 - B75 belts
4 - UCP207 pillow blocks, 1-7/16
2 boxes #80 chain 10'
1 drum AW 46 hydraulic

Also lead time on the 5VX800s. If your price on the B belts beats last year I'll probably send a PO for the lot.

Bill Hadley
Tri-County Grain & Feed
"""), NOT(TRI))

    doc("n02_bitterroot_warranty.eml", eml(RAY, "Failed bearing - warranty claim - your inv 5528861",
        "Mon, 30 Nov 2026 09:03:00 -0700", """Ridgeline,

One of the 6308-ZZ bearings we bought on PO 31-5401 (your invoice 5528861) let go on the chipper
infeed after about three weeks. Outer race cracked, cage in pieces. Installed by the book, greased
per schedule. Photos attached on the next email, and I have the bearing here if your rep wants it.

We want a credit or a no-charge replacement for 2 bearings (we pulled the mate on the same shaft).
Please don't just ship them, send me an RMA first.

Ray Okafor | Maintenance Supv | Bitterroot Timber Products
"""), NOT(BITTER))

    doc("n03_harlan_where_is_order.eml", eml(DANA, "RE: PO 77120 - bearings and belts",
        "Thu, 19 Nov 2026 14:40:00 -0500", """Hi, any update on this one? Haven't seen a ship confirmation and
the shutdown starts Monday. If the B55 belts are the holdup, ship the bearings now and
backorder the rest. Tracking # would help.

Dana

> From: Dana Whitcomb
> Sent: Monday, November 16, 2026 7:42 AM
> Subject: PO 77120 - bearings and belts
>
> 6205 2RS bearings x 10
> 6206-2RS x 6
> B55 belts qty 4
> A42 belt - 2
"""), NOT(HARLAN))

    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#1b4f8a">Norvale Bearing Co. - Distributor Bulletin, December 2026</h2>
<p>Dear Ridgeline Industrial Supply team,</p>
<p>Year-end stocking program: place your order by <b>December 18</b> and take an extra 4% on these lines:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Part</th><th>Description</th><th>Min qty</th><th>Dist. net</th></tr>
<tr><td>6205-2RS</td><td>Deep groove ball bearing, sealed</td><td>100</td><td>$2.61</td></tr>
<tr><td>6206-ZZ</td><td>Deep groove ball bearing, shielded</td><td>100</td><td>$3.38</td></tr>
<tr><td>UCP206-20</td><td>Pillow block unit 1-1/4"</td><td>24</td><td>$14.90</td></tr>
</table>
<p>New: food-grade H1 pre-lubed inserts now in stock at our Louisville DC.</p>
<p>To unsubscribe reply STOP. Norvale Bearing Co., 900 Lakeview Pkwy, Louisville KY 40299.</p>
</body></html>"""
    doc("n04_vendor_newsletter.eml", eml("Norvale Bearing Co. <bulletin@norvalebearing.com>",
        "December distributor bulletin - year-end stocking program", "Tue, 01 Dec 2026 06:00:00 -0500",
        html=html), NOT(None))

    doc("n05_sandoval_invoice_copy.eml", eml("Accounts Payable <ap@sandovalcastings.com>",
        "Invoice copy 5531207 - for your records", "Fri, 04 Dec 2026 11:15:00 -0700",
        """Hello,

As requested by your credit department, below is the copy of the invoice we have on file. It is
scheduled for payment on our 12/18 check run.

------------------------------------------------------------
RIDGELINE INDUSTRIAL SUPPLY            INVOICE
Denver Branch                          Invoice No: 5531207
                                       Invoice Date: 11/23/2026
Sold to: Sandoval Castings Inc.        Customer PO: SC-30981
         3300 Foundry Ln               Terms: Net 30
         Pueblo CO 81001

Qty  Item        Description                         Price     Amount
  6  TP-5013P    TAP HSS PLUG 1/2-13 UNC 4FL         14.80      88.80
  3  TP-5013B    TAP HSS BOTTOMING 1/2-13 UNC 4FL    15.60      46.80
  2  DR-J27-64   DRILL JOBBER HSS 135DEG 27/64 PK6   31.20      62.40
  1  DR-IDX29    DRILL SET HSS 29PC 1/16-1/2         89.00      89.00
                                         Subtotal             287.00
                                         Freight               12.50
                                         Total USD            299.50
------------------------------------------------------------

Thank you,
Accounts Payable
Sandoval Castings Inc.
"""), X("invoice", SAND, "SC-30981", currency="USD", omit=("lines", "order_date", "requested_date", "ship_to")))
