"""Documents 40-44: things that land in the order inbox but are not new purchase orders."""
import io

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from catalog_data import CAT
from common import doc, label, cname, make_email, when, ORDERS, ext, L


# ----------------------------------------------------------------------------- 40
@doc("40-quote-request.eml")
def d40():
    text = """Hello,

We're opening Riverbend Tavern in Cohoes (62 Remsen St) in late April and are comparing foodservice distributors. Could you send us pricing on the items below? Volumes are our weekly estimates, not an order.

- Fryer oil, canola 35 lb jug: approx. 6 jugs/week
- Fries 3/8 straight cut 6/5 lb: 10 cs/week
- Eggs large 15 dz: 3 cs/week
- Butter salted 36/1 lb: 1 cs/week
- Hot cups 12 oz + lids: 2 cs/week each
- Romaine 24 ct: 3 cs/week
- Kosher salt 9/3 lb: 1 cs/month

We are not placing an order yet -- just need a quote by Friday, plus your delivery days for Cohoes and your credit application.

Thanks,
Derek Lam
Owner, Riverbend Tavern
(518) 555-0124
"""
    eml = make_email("Derek Lam <derek@riverbendtavern.com>", "Northgate Sales <orders@northgateprovisions.com>",
                     "Pricing request - new restaurant in Cohoes", when(2026, 3, 2, 10, 25), text=text)
    lab = label(kind="not_an_order", customer="Riverbend Tavern", lines=[])
    return eml, lab, {}


# ----------------------------------------------------------------------------- 41
@doc("41-invoice.pdf")
def d41():
    rows = [
        ("100110", 8, 21.40), ("100130", 2, 26.75), ("110110", 1, 44.60), ("200150", 2, 142.00),
        ("200152", 4, 146.50), ("200130", 3, 48.60), ("200200", 4, 34.50), ("500100", 3, 9.80),
    ]
    sub = round(sum(q * p for s, q, p in rows), 2)
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=letter, invariant=1)
    c.setTitle("Invoice INV-0088412")
    W, H = letter
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 50, "NORTHGATE PROVISIONS & BAKERY SUPPLY, INC.")
    c.setFont("Helvetica", 8.5)
    c.drawString(40, H - 63, "2750 Tanner Industrial Pkwy, Albany, NY 12205  |  (518) 555-0140  |  ar@northgateprovisions.com")
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(W - 40, H - 95, "INVOICE")
    c.setFont("Helvetica", 9)
    info = [("Invoice No.", "INV-0088412"), ("Invoice Date", "03/04/2026"), ("Customer Acct", "C101"),
            ("Customer PO", "CB-LRK-2288"), ("Ship Date", "03/04/2026"), ("Terms", "Net 21"),
            ("Due Date", "03/25/2026"), ("Route / Stop", "R07 / 14")]
    for i, (k, v) in enumerate(info):
        c.drawRightString(W - 130, H - 115 - i * 12, k + ":")
        c.drawString(W - 125, H - 115 - i * 12, v)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, H - 115, "SOLD TO")
    c.drawString(200, H - 115, "SHIPPED TO")
    c.setFont("Helvetica", 9)
    for i, s in enumerate(["Crestline Bakery Co.", "Accounts Payable", "77 Industrial Park Rd", "Watervliet, NY 12189"]):
        c.drawString(40, H - 128 - i * 11, s)
    for i, s in enumerate(["Crestline Bakery - Lark Street", "212 Lark St", "Albany, NY 12210"]):
        c.drawString(200, H - 128 - i * 11, s)
    data = [["Item", "Description", "Pack", "Ordered", "Shipped", "UOM", "Price", "Amount"]]
    for s, q, p in rows:
        e = CAT[s]
        shipped = q if s != "200130" else q - 1
        data.append([s, e["description"], e["pack_size"], str(q), str(shipped), e["uom"], f"{p:,.2f}",
                     f"{shipped * p:,.2f}"])
    inv_sub = round(sum((q if s != "200130" else q - 1) * p for s, q, p in rows), 2)
    data += [["", "", "", "", "", "", "Subtotal", f"{inv_sub:,.2f}"],
             ["", "", "", "", "", "", "Fuel surcharge", "4.95"],
             ["", "", "", "", "", "", "Sales tax", "0.00"],
             ["", "", "", "", "", "", "AMOUNT DUE", f"{inv_sub + 4.95:,.2f}"]]
    t = Table(data, colWidths=[45, 185, 55, 45, 45, 35, 60, 60])
    n = len(rows)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, n), (-1, n), 0.5, colors.black),
                           ("ALIGN", (3, 0), (4, -1), "RIGHT"), ("ALIGN", (6, 0), (-1, -1), "RIGHT"),
                           ("FONT", (6, n + 4), (-1, n + 4), "Helvetica-Bold", 8.5)]))
    tw, th = t.wrapOn(c, W, H)
    t.drawOn(c, 40, H - 230 - th)
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 250 - th, "Short shipped: 200130 CREAM HEAVY WHIP 40% - 1 CS out of stock, will not be back-ordered.")
    c.drawString(40, H - 262 - th, "Remit to: Northgate Provisions & Bakery Supply, Inc., PO Box 7711, Albany, NY 12212. "
                                   "1.5% monthly finance charge on past-due balances.")
    c.showPage()
    c.save()
    lab = label(kind="invoice", customer=cname("C101"), po="CB-LRK-2288")
    return bio.getvalue(), lab, {}


# ----------------------------------------------------------------------------- 42
@doc("42-credit-request-spoiled.eml")
def d42():
    text = """Hi Carla,

Need a credit on invoice INV-0088377 (Monday 3/16 delivery):

- 3 of the 6 cs large eggs had cracked/leaking flats, maybe 40% broken. Photos attached to the driver's app.
- 1 cs half & half quarts was sour on opening, code date 3/1 -- that's before it was even delivered.

Please credit and have the driver pick up the eggs and the half & half on Thursday. We DON'T need replacements, we're covered for this week.

Thanks,
Nick Pappas
Blue Heron Diner
"""
    eml = make_email("Nick Pappas <nick@blueherondiner.com>", ORDERS, "Credit request - inv 0088377 (cracked eggs, sour H&H)",
                     when(2026, 3, 17, 8, 40, off=-4), text=text)
    lab = label(kind="not_an_order", customer=cname("C110"), lines=[])
    return eml, lab, {}


# ----------------------------------------------------------------------------- 43
@doc("43-newsletter-spring-menu.eml")
def d43():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Spring menu</title></head>
<body style="margin:0;background:#f6efe6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:30px;text-align:center;background:#3b2a20;color:#f6efe6"><h1 style="margin:0">Spring is brewing at Daybreak</h1>
<p style="margin:6px 0 0">New seasonal menu &middot; all cafés from March 23</p></td></tr>
<tr><td style="padding:24px">
<h2>New drinks</h2>
<table width="100%" cellpadding="6" style="font-family:Arial,sans-serif;font-size:14px">
<tr><td>Lavender Oat Latte</td><td>12 oz</td><td align="right">$5.25</td></tr>
<tr><td>Lavender Oat Latte</td><td>16 oz</td><td align="right">$5.95</td></tr>
<tr><td>Honey Cardamom Cortado</td><td>8 oz</td><td align="right">$4.75</td></tr>
<tr><td>Iced Maple Cold Brew</td><td>20 oz</td><td align="right">$5.45</td></tr>
<tr><td>Strawberry Matcha</td><td>16 oz</td><td align="right">$6.25</td></tr>
</table>
<h2>From our bakery case</h2>
<table width="100%" cellpadding="6" style="font-family:Arial,sans-serif;font-size:14px">
<tr><td>Almond croissant</td><td align="right">$4.25</td></tr>
<tr><td>Blueberry oat muffin (2 for $6)</td><td align="right">$3.50</td></tr>
<tr><td>Everything bagel w/ scallion cream cheese</td><td align="right">$4.95</td></tr>
</table>
<p style="font-family:Arial,sans-serif">Bring a reusable cup and get 25&cent; off. Order ahead in the Daybreak app!</p>
<p style="text-align:center"><a href="https://daybreak.cafe/menu" style="background:#c8553d;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">See the full menu</a></p>
</td></tr>
<tr><td style="padding:16px;font-family:Arial,sans-serif;font-size:11px;color:#888;text-align:center">
You're receiving this because you subscribed at daybreak.cafe or are a wholesale partner.<br>
Daybreak Coffee Roasters &middot; 9 Tivoli St, Albany, NY 12207 &middot; <a href="https://daybreak.cafe/unsubscribe?u=ngp-orders">Unsubscribe</a>
</td></tr></table></td></tr></table></body></html>"""
    text = ("Spring is brewing at Daybreak\nNew seasonal menu - all cafes from March 23\n\nNew drinks\n"
            "Lavender Oat Latte 12 oz $5.25\nLavender Oat Latte 16 oz $5.95\nHoney Cardamom Cortado 8 oz $4.75\n"
            "Iced Maple Cold Brew 20 oz $5.45\nStrawberry Matcha 16 oz $6.25\n\nFrom our bakery case\n"
            "Almond croissant $4.25\nBlueberry oat muffin (2 for $6) $3.50\nEverything bagel w/ scallion cream cheese $4.95\n\n"
            "Bring a reusable cup and get 25c off. Order ahead in the Daybreak app!\nhttps://daybreak.cafe/menu\n\n"
            "Unsubscribe: https://daybreak.cafe/unsubscribe?u=ngp-orders\n")
    eml = make_email("Daybreak Coffee Roasters <news@daybreak.cafe>", "orders@northgateprovisions.com",
                     "\u2615 Spring is brewing: our new seasonal menu", when(2026, 3, 20, 10, 0, off=-4),
                     text=text, html=html,
                     headers={"List-Unsubscribe": "<https://daybreak.cafe/unsubscribe?u=ngp-orders>",
                              "Precedence": "bulk", "X-Mailer": "Sendlane Campaigns"})
    lab = label(kind="not_an_order", lines=[])
    return eml, lab, {}


# ----------------------------------------------------------------------------- 44
@doc("44-webshop-consumer-confirmation.eml")
def d44():
    items = [("Artisan Bread Flour, 5 lb", 2, 8.49), ("Instant Dry Yeast, 1 lb pouch", 1, 9.95),
             ("Pure Vanilla Extract, 4 oz", 1, 14.99), ("Half-Sheet Parchment, 100 ct", 1, 12.50)]
    sub = round(sum(q * p for _, q, p in items), 2)
    ship_ = 7.95
    tax = round(sub * 0.08, 2)
    rows = "".join(f"<tr><td>{n}</td><td align='center'>{q}</td><td align='right'>${p:.2f}</td>"
                   f"<td align='right'>${q * p:.2f}</td></tr>" for n, q, p in items)
    html = f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Jennifer,</p>
<p>Thanks for shopping with <b>The Home Baker's Pantry</b>! Your order <b>#HBP-10231</b> placed on March 14, 2026 is confirmed and will ship within 2 business days.</p>
<table cellpadding="6" style="border-collapse:collapse" border="1">
<tr style="background:#eee"><th>Item</th><th>Qty</th><th>Price</th><th>Total</th></tr>
{rows}
<tr><td colspan="3" align="right">Subtotal</td><td align="right">${sub:.2f}</td></tr>
<tr><td colspan="3" align="right">Shipping (USPS Ground)</td><td align="right">${ship_:.2f}</td></tr>
<tr><td colspan="3" align="right">Tax</td><td align="right">${tax:.2f}</td></tr>
<tr><td colspan="3" align="right"><b>Order total</b></td><td align="right"><b>${sub + ship_ + tax:.2f}</b></td></tr>
</table>
<p><b>Shipping to:</b><br>Jennifer Morrow<br>14 Maple Ter<br>Delmar, NY 12054</p>
<p>Paid with Visa ending 4417.</p>
<p>Happy baking!<br>The Home Baker's Pantry &middot; homebakerspantry.com</p>
<p style="font-size:10px;color:#999">This email was sent to the address entered at checkout. If you did not place this order, contact support@homebakerspantry.com.</p>
</body></html>"""
    text = (f"Hi Jennifer,\n\nThanks for shopping with The Home Baker's Pantry! Your order #HBP-10231 placed on "
            f"March 14, 2026 is confirmed.\n\n" + "".join(f"{n}  x{q}  ${p:.2f}  ${q * p:.2f}\n" for n, q, p in items) +
            f"\nSubtotal ${sub:.2f}\nShipping ${ship_:.2f}\nTax ${tax:.2f}\nOrder total ${sub + ship_ + tax:.2f}\n\n"
            "Shipping to:\nJennifer Morrow\n14 Maple Ter\nDelmar, NY 12054\n")
    eml = make_email("The Home Baker's Pantry <orders@homebakerspantry.com>",
                     "Jennifer Morrow <orders@northgateprovisions.com>",
                     "Your Home Baker's Pantry order #HBP-10231 is confirmed!", when(2026, 3, 14, 19, 2, off=-4),
                     text=text, html=html)
    lab = label(kind="not_an_order", lines=[])
    return eml, lab, {}
