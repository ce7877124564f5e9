"""Documents that are not purchase orders: quote request, complaint, remittance, web-shop notice, blank form, invoice."""
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors

from render import eml
from labels import L, ST, NAO, INV, ORDERS, REP
from docs_files import new_canvas, money, text_lines, vendor_block
from catalog_data import SELLER

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


@doc
def n01():
    body = """Hi Dana,

Can you price out the following for the Marsh deck? We're bidding it this week - NOT an order yet, just need numbers by Thursday. If we get it I'll send a PO.

- 6x6x10 PT GC - 6
- 2x10x16 PT GC - 20
- 2x8x12 PT above ground - 30
- 5/4x6x16 decking - 110
- 2x8 hangers - 30
- #10 x 3 deck screws 5 lb - 6 bx
- 80 lb concrete - 24 bags

Also - any lead time on the 12' 5/4 boards right now?

Thanks,
Amy Chen
Summit Deck & Rail LLC
603-555-0146
"""
    data = eml("Amy Chen <amy@summitdeckandrail.com>", ORDERS, "Pricing request - Marsh deck (bid)",
               "Mon, 16 Nov 2026 12:30:11 -0500", "CAE9f0x-marsh-quote@summitdeckandrail.com", text=body)
    return "n01_quote_request_not_an_order.eml", data, NAO()


@doc
def n02():
    body = """dana

delivery to cold spring rd this morning was short 4 of the 2x10x16 and the 2x8x10s were soaked, half of them are cupped already. driver said the load sat out at the yard.

can you get 4 2x10x16 out today and swap the 2x8s? not paying for wet lumber. call me 802-555-0125

jake
"""
    data = eml("Jake Moreau <jake@hartwellframing.com>", ORDERS, "brennan delivery - short + wet lumber",
               "Mon, 16 Nov 2026 09:41:56 -0500", "9A41-cold-spring-complaint@hartwellframing.com", text=body,
               mailer="X-Mailer: iPhone Mail (22B91)")
    return "n02_delivery_complaint_short_and_wet.eml", data, NAO()


@doc
def n03():
    rows = [("418977", "10/06/2026", "KH-26-0803", 4218.40, 84.37, 4134.03),
            ("419102", "10/09/2026", "KH-26-0811", 11406.95, 228.14, 11178.81),
            ("419150", "10/13/2026", "KH-26-0822", 612.80, 12.26, 600.54),
            ("419233", "10/20/2026", "KH-26-0840", 7390.00, 147.80, 7242.20)]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td align=right>%s</td><td align=right>%s</td><td align=right>%s</td></tr>\n"
                  % (a, b, c, money(d), money(e), money(f)) for a, b, c, d, e, f in rows)
    tot = sum(r[5] for r in rows)
    html = """<html><body style="font-family:Arial;font-size:12px">
<p>Cobalt Ridge Lumber &amp; Building Supply,</p>
<p>Kestrel Homes Inc. has issued an ACH payment to your account. Please apply as detailed below.</p>
<table border=0 cellpadding=3>
<tr><td><b>Payment #</b></td><td>ACH-0048812</td></tr>
<tr><td><b>Payment date</b></td><td>11/10/2026</td></tr>
<tr><td><b>Vendor #</b></td><td>V-00318</td></tr>
<tr><td><b>Amount</b></td><td>$%s</td></tr>
</table>
<br>
<table border=1 cellpadding=4 style="border-collapse:collapse">
<tr style="background:#eee"><th>Invoice #</th><th>Invoice Date</th><th>PO #</th><th>Invoice Amt</th><th>Discount Taken</th><th>Paid</th></tr>
%s<tr><td colspan=5 align=right><b>Total paid</b></td><td align=right><b>%s</b></td></tr>
</table>
<p>Questions: ap@kestrelhomes.com or 802-555-0183.</p>
</body></html>
""" % (money(tot), trs, money(tot))
    data = eml("Kestrel Homes AP <ap@kestrelhomes.com>", "ar@cobaltridgelumber.com", "Remittance Advice - ACH-0048812",
               "Tue, 10 Nov 2026 17:05:00 -0500", "remit.ACH-0048812@kestrelhomes.com", html=html, cc=ORDERS)
    return "n03_remittance_advice_kestrel.eml", data, NAO()


@doc
def n04():
    text = """NORTHWOODS TOOL SUPPLY

Thanks for your order, Dana!

Order #NW-10482
Placed on November 12, 2026

Item                                         Qty    Price
Self-leveling cross line laser, green          1   $189.99
Magnetic wall mount for laser                  1    $24.99
Lithium-ion battery 2-pack                     1    $39.99

Subtotal                                           $254.97
Shipping (Standard)                                  $0.00
Sales tax                                           $15.30
Total                                              $270.27

Shipping to:
Dana Whitcomb
Cobalt Ridge Lumber & Building Supply
1180 Quarry Mill Road
Fairhaven Junction, VT 05499

We'll send another email when your order ships.
Questions? Reply to this email or visit northwoodstool-shop.com/help

You're receiving this email because you made a purchase at Northwoods Tool Supply.
"""
    html = "<html><body style='font-family:Helvetica'><h2>NORTHWOODS TOOL SUPPLY</h2><pre style='font-family:Helvetica'>%s</pre></body></html>" % (
        text.replace("&", "&amp;").replace("<", "&lt;"))
    data = eml("Northwoods Tool Supply <store+orders@northwoodstool-shop.com>", ORDERS,
               "Order #NW-10482 confirmed", "Thu, 12 Nov 2026 20:14:33 -0500", "order-NW-10482@northwoodstool-shop.com",
               text=text, html=html, extra=["List-Unsubscribe: <mailto:unsubscribe@northwoodstool-shop.com>"])
    return "n04_webshop_consumer_order_confirmation.eml", data, NAO()


@doc
def n05():
    buf, c = new_canvas("Customer Order Form", SELLER["name"])
    W, H = letter
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, H - 50, SELLER["name"].upper())
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 64, "%s, %s, %s %s  |  Phone %s  |  Fax %s  |  %s" % (
        SELLER["street"], SELLER["city"], SELLER["region"], SELLER["postal_code"], SELLER["phone"], SELLER["fax"],
        SELLER["orders_email"]))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, H - 95, "CUSTOMER ORDER FORM")
    c.setFont("Helvetica", 10)
    fields = ["Account name: ______________________________", "Account #: ____________",
              "PO #: ____________________", "Order date: ____/____/______",
              "Deliver to: ___________________________________________________",
              "Delivery date: ____/____/______   [ ] AM  [ ] PM   [ ] Will call / pickup",
              "Contact on site: _____________________  Phone: _______________"]
    y = H - 120
    for f in fields:
        c.drawString(40, y, f)
        y -= 18
    cols = [40, 90, 140, 230, 480, W - 40]
    heads = ["Qty", "Unit", "Item #", "Description", "Price"]
    y -= 10
    c.setFont("Helvetica-Bold", 9)
    for i, h in enumerate(heads):
        c.drawString(cols[i] + 3, y, h)
    top = y + 12
    rows = 24
    for k in range(rows + 1):
        c.line(cols[0], top - 16 - 18 * k + 16, cols[-1], top - 16 - 18 * k + 16)
    for x in cols:
        c.line(x, top, x, top - 18 * rows - 2)
    c.setFont("Helvetica", 8)
    c.drawString(40, 70, "Units: EA = each  BF = board foot  LF = linear foot  UN = unit/bundle of lumber  BX = box  RL = roll  BG = bag")
    c.drawString(40, 58, "Orders received by 2 PM ship next business day within our delivery zone. Fax or e-mail completed form to orders@cobaltridgelumber.com.")
    c.showPage()
    c.save()
    return "n05_blank_customer_order_form.pdf", buf.getvalue(), NAO()


@doc
def inv01():
    rows = [("SYP-212-12", "2x12 x 12' Southern Yellow Pine #2 KD", 3, "EA", 26.33),
            ("SPF-24-08", "2x4 x 8' SPF #2&Btr KD Framing Lumber", 10, "EA", 4.28),
            ("PTAG-26-08", "2x6 x 8' Pressure Treated Above Ground #2 SYP", 6, "EA", 7.74),
            ("DS-8-250-05", "Deck Screw #8 x 2-1/2\" Exterior Coated 5 lb Box", 1, "BX", 38.50),
            ("SND-2332-BC", "23/32\" BC Sanded Plywood 4x8", 2, "EA", 64.90),
            ("BRD-14-08", "1x4 x 8' #2 Pine Board", 4, "EA", 6.40),
            ("CB-MTL-10", "Metal Outside Corner Bead 1-1/4\" x 10'", 6, "EA", 3.85)]
    buf, c = new_canvas("Invoice 419388", SELLER["name"])
    W, H = letter
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 50, SELLER["name"])
    text_lines(c, 40, H - 64, [SELLER["street"], "%s, %s %s" % (SELLER["city"], SELLER["region"], SELLER["postal_code"]),
                               "Phone " + SELLER["phone"] + "   ar@cobaltridgelumber.com"], size=9)
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(W - 40, H - 50, "INVOICE")
    c.setFont("Helvetica", 9)
    kv = [("Invoice #", "419388"), ("Invoice date", "11/17/2026"), ("Customer #", "C002"), ("Customer PO", "Carver-1112"),
          ("Sales order", "SO-88377"), ("Terms", "Net 30"), ("Due date", "12/17/2026")]
    y = H - 70
    for k, v in kv:
        c.drawString(W - 220, y, k)
        c.drawRightString(W - 40, y, v)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, H - 170, "SOLD TO")
    c.drawString(300, H - 170, "SHIPPED TO")
    text_lines(c, 40, H - 184, ["Bluestem Remodeling Co.", "915 Orchard Street", "Stowell, VT 05672"], size=9)
    text_lines(c, 300, H - 184, ["Carver residence", "18 Linden Hollow Rd", "Stowell, VT 05672", "Delivered 11/17/2026"], size=9)
    cols = [40, 120, 370, 410, 450, 510, W - 40]
    heads = ["Item", "Description", "Qty", "U/M", "Price", "Amount"]
    y = H - 250
    c.setFillColor(colors.HexColor("#e0e0e0"))
    c.rect(40, y - 4, W - 80, 15, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 8)
    for i, h in enumerate(heads):
        c.drawString(cols[i] + 3, y, h)
    c.setFont("Helvetica", 8)
    sub = 0
    for s, d, q, u, pr in rows:
        y -= 15
        c.drawString(cols[0] + 3, y, s)
        c.drawString(cols[1] + 3, y, d[:48])
        c.drawRightString(cols[3] - 4, y, str(q))
        c.drawString(cols[3] + 3, y, u)
        c.drawRightString(cols[5] - 4, y, "%.2f" % pr)
        c.drawRightString(cols[6] - 4, y, money(q * pr))
        sub += q * pr
    tax = round(sub * 0.06, 2)
    fr = 45.00
    y -= 25
    for k, v in [("Subtotal", sub), ("Delivery charge", fr), ("VT sales tax 6%", tax), ("TOTAL DUE (USD)", sub + fr + tax)]:
        c.setFont("Helvetica-Bold" if k.startswith("TOTAL") else "Helvetica", 9)
        c.drawString(cols[4] - 40, y, k)
        c.drawRightString(cols[6] - 4, y, money(v))
        y -= 13
    c.setFont("Helvetica", 8)
    c.drawString(40, 60, "Thank you for your business. 1.5% per month service charge on past-due balances. Remit to PO Box 880, Fairhaven Junction VT 05499.")
    c.showPage()
    c.save()
    lab = INV("Bluestem Remodeling Co.", po="Carver-1112", currency="USD",
              ship_to=ST("Carver residence", "18 Linden Hollow Rd", "Stowell", "VT", "05672"),
              lines=[L(s, q, u, d, pr) for s, d, q, u, pr in rows])
    del lab["order_date"]  # an invoice date is not an order date; not scored
    return "inv01_cobalt_invoice_to_bluestem.pdf", buf.getvalue(), lab
