from common import *

# ---------------------------------------------------------------- 51 ERP export, pipe columns, seller codes
body = """ASHGROVE PROPERTY MAINTENANCE LTD - PURCHASE ORDER
PO Number: APM-PO-00982          PO Date: 03/08/2026
Supplier:  Brackenford Building Supplies   Account: BRA-0042
Deliver to: Ashgrove PM, 41 Brindley Walk, Leicester LE3 5TB
Delivery required: 07/08/2026

| Line | Catalogue No     | Description                          | Qty | UoM | Unit Price | Line Total |
|------|------------------|--------------------------------------|-----|-----|------------|------------|
| 1    | SCR-MP-40050-100 | MP screw 4.0x50 box 100               |  10 | BX  |       3.60 |      36.00 |
| 2    | SCR-MP-40050-200 | MP screw 4.0x50 box 200               |   5 | BX  |       6.00 |      30.00 |
| 3    | SCR-MP-50050-200 | MP screw 5.0x50 box 200               |   5 | BX  |       7.20 |      36.00 |
| 4    | FIX-HAM-660-100  | Hammer fixing 6x60 box 100            |   6 | BX  |       6.90 |      41.40 |
| 5    | CON-BLD-SK-100   | Knife blades dispenser 100            |   2 | PK  |      14.50 |      29.00 |
| 6    | CON-TAPE-DUCT-50 | Duct tape 50mm                        |  12 | RL  |       4.40 |      52.80 |
|      |                  |                                      |     |     | Net        |     225.20 |
|      |                  |                                      |     |     | VAT 20%    |      45.04 |
|      |                  |                                      |     |     | Gross      |     270.24 |

Approved by: M. Collins (Operations Manager)
Ashgrove Property Maintenance Ltd. Registered in England no. 08812345. VAT reg GB 299 1144 70.
"""
add("51_ashgrove_erp_pipes.eml",
    msg('"Ashgrove Purchasing" <purchasing@ashgrove-pm.co.uk>', "PO APM-PO-00982", D("2026-08-03 09:00", 60), body),
    label(customer="Ashgrove Property Maintenance", po="APM-PO-00982", order_date="2026-08-03", req="2026-08-07",
          cur=None, ship_to=ship("C1009", 0, name="Ashgrove PM", region=None),
          lines=[line("SCR-MP-40050-100", 10, "BX", 3.60), line("SCR-MP-40050-200", 5, "BX", 6.00),
                 line("SCR-MP-50050-200", 5, "BX", 7.20), line("FIX-HAM-660-100", 6, "BX", 6.90),
                 line("CON-BLD-SK-100", 2, "PK", 14.50), line("CON-TAPE-DUCT-50", 12, "RL", 4.40)]),
    dict(lang="en", country="GB", ph=["erp_export", "seller_codes", "po", "delivery", "disclaimer"]))

# ---------------------------------------------------------------- 52 "lengths: 12" / qty after
body = """Hi Jo,

Order no. KL-1251 for 12 Pangbourne Road, Reading RG8 7AB, delivery 20/08/2026 please.

47x150 C24 4.2m, lengths: 12
47x100 C24 4.2m, lengths: 8
OSB 18mm T&G 2397x590 - 20 sheets
Timber frame screws 6.7x250 - 1 box
Restraint straps - 10

Thanks, Ben
Ben Okafor | Kestrel Loft Conversions | 0118 496 0321
"""
add("52_kestrel_lengths.eml",
    msg('"Ben Okafor" <ben@kestrel-lofts.co.uk>', "KL-1251 Pangbourne Rd", D("2026-08-12 07:58", 60), body),
    label(customer="Kestrel Loft Conversions", po="KL-1251", req="2026-08-20",
          ship_to=ship(None, street="12 Pangbourne Road", city="Reading", postal_code="RG8 7AB"),
          lines=[line("TC24-47150-420", 12, "EA"), line("TC24-47100-420", 8, "EA"), line("SOSB-18-TG-2459", 20, "EA"),
                 line("SCR-TF-67250-50", 1, "BX"), line("HNG-RS-1000", 10, "EA")]),
    dict(lang="en", country="GB", ph=["qty_after", "dims", "po", "delivery", "signature"]))

# ---------------------------------------------------------------- 53 quote acceptance with prices
body = """Sue,

Please go ahead with your quote Q-10433 as below. Our PO TG-2607. Delivery Tuesday 1st September to
Blackthorn Farm, Stour Lane, Blandford Forum DT11 9JR.

> Brackenford Building Supplies - Quotation Q-10433 (valid 30 days)
> 1  AGG-MOT-BB    MOT Type 1 bulk bag          x 6    @ 55.00
> 2  AGG-BAL-BB    All-in ballast bulk bag      x 3    @ 59.00
> 3  CEM-OPC-25    Cement 25kg                  x 20   @ 6.60
> 4  CEM-CONC-20   Ready mixed concrete 20kg    x 30   @ 5.60
> 5  CON-LINE-SP-50 Line marker paint           x 4    @ 6.50
>    Delivery charge                                   @ 45.00
> Prices ex VAT. 

Cheers
Mick Tarrant
Tarrant Groundworks | 07700 900 733
"""
add("53_tarrant_quote_accept.eml",
    msg('"Mick Tarrant" <mick@tarrantgroundworks.co.uk>', "RE: Quotation Q-10433", D("2026-08-27 12:12", 60), body),
    label(customer="Tarrant Groundworks", po="TG-2607", req="2026-09-01", cur=None,
          ship_to=ship("C1005", 0, name=None, region=None),
          lines=[line("AGG-MOT-BB", 6, "EA", 55.00), line("AGG-BAL-BB", 3, "EA", 59.00), line("CEM-OPC-25", 20, "BAG", 6.60),
                 line("CEM-CONC-20", 30, "BAG", 5.60), line("CON-LINE-SP-50", 4, "EA", 6.50)]),
    dict(lang="en", country="GB", ph=["seller_codes", "po", "delivery", "quoted_quote"]))

# ---------------------------------------------------------------- 54 reply: add 2 more boxes
body = """Fiona here - please add 2 more boxes of the 3.1x90 nails to DTF/26/0455 (so 8 boxes). Thanks.

From: Fiona Buchanan
Sent: 07 September 2026 10:02
To: Brackenford Orders
Subject: DTF/26/0455

Good morning,

Order DTF/26/0455 for delivery to the works, Thursday 10 September:

60 x 47x150 C24 4.8
30 x 47x100 C24 3.6
6 x framing nails 3.1x90 (2200)
4 x timber frame screw 6.7x100 (50)

Fiona Buchanan
Production Manager, Dunmore Timber Frame Ltd
Unit 2, Carse Road Works, Stirling FK7 7RE | Tel 01786 447 120
"""
add("54_dunmore_add_nails.eml",
    msg('"Fiona Buchanan" <fiona.buchanan@dunmoretf.co.uk>', "RE: DTF/26/0455", D("2026-09-07 13:30", 60), body),
    label(customer="Dunmore Timber Frame Ltd", po="DTF/26/0455", req="2026-09-10",
          ship_to=ship("C1008", 0, name=None, region=None),
          lines=[line("TC24-47150-480", 60, "EA"), line("TC24-47100-360", 30, "EA"), line("NAIL-FR-3190-2200", 8, "BX"),
                 line("SCR-TF-67100-50", 4, "BX")]),
    dict(lang="en", country="GB", ph=["reply_correction", "dims", "po", "signature"]))

# ---------------------------------------------------------------- 55 word quantities: score, pallet
body = """Hi Aoife,

For plot 22 Riverstick Meadows again - could you send out a full pallet of cement, half a pallet of the
100mm aerated blocks, a score of 1.5m lintels and a couple of tubs of 75mm nails. Next Wednesday 16th
September if that works.

Order ref 22/131.

Thanks
Conor Fitzgerald | Fitzgerald Homes (Cork) | 087 555 0441
"""
add("55_fitzgerald_words.eml",
    msg('"Conor Fitzgerald" <conor@fitzgeraldhomes.ie>', "plot 22 - order 22/131", D("2026-09-09 15:05", 60), body),
    label(customer="Fitzgerald Homes (Cork)", po="22/131", req="2026-09-16",
          ship_to=ship(None, street="plot 22 Riverstick Meadows"),
          lines=[line("CEM-OPC-25-PAL", 1, "EA", desc="a full pallet of cement"),
                 line("BLK-AER-100", 50, "EA", desc="half a pallet of the 100mm aerated blocks"),
                 line("LNT-CON-100-1500", 20, "EA", desc="a score of 1.5m lintels"),
                 line("NAIL-RW-075-25", 2, "EA", desc="a couple of tubs of 75mm nails")]),
    dict(lang="en", country="IE", ph=["word_qty", "po"]))

# ================================================================ NOT ORDERS
# ---------------------------------------------------------------- 56 quote request
body = """Hi Jo,

Could you price up the following for a loft in Caversham before we commit? Not an order yet - client
still deciding between the dormer and the hip-to-gable.

approx 30 x 47x150 C24 4.8
approx 20 x 47x100 C24 3.6
12 x 100mm PIR
20 x 22mm chipboard

Need the quote by Friday if possible.

Ben Okafor | Kestrel Loft Conversions | 0118 496 0321
"""
add("56_kestrel_quote_request.eml",
    msg('"Ben Okafor" <ben@kestrel-lofts.co.uk>', "Price please - Caversham loft", D("2026-09-14 08:30", 60), body,
        to=SELLER_SALES),
    notorder(customer="Kestrel Loft Conversions"),
    dict(lang="en", country="GB", kind="quote_request", ph=["not_order"]))

# ---------------------------------------------------------------- 57 delivery query
body = """Hi,

Our PO HC-24417 was due on plot 14 this morning before 10 and nothing has turned up. Crane is booked
for 1pm. Can someone ring me ASAP on 07700 900412 with an ETA?

20 x 47x100x4.8m C24 and the OSB are the urgent bits.

Gareth Pryce
Site Manager, Hollinshead Construction Ltd
"""
add("57_hollinshead_delivery_query.eml",
    msg('"Gareth Pryce" <g.pryce@hollinshead-construction.co.uk>', "WHERE IS DELIVERY - PO HC-24417",
        D("2026-01-15 10:24"), body),
    notorder(customer="Hollinshead Construction Ltd"),
    dict(lang="en", country="GB", kind="delivery_query", ph=["not_order"]))

# ---------------------------------------------------------------- 58 complaint
body = """Dear Sir/Madam,

Re: P.O. No. GHA-PO-0031877 - delivered 10/02/2026 to Ashby Court

I am writing to complain about the above delivery. Of the 40 moisture resistant boards, 9 arrived with
crushed edges and are unusable, and the 24 tubes of white silicone were left out in the rain.
Our operatives lost half a day as a result.

Please arrange collection of the damaged boards and issue a credit note, or replace them at no cost.
We do not wish to place a new order for these.

Yours faithfully,
Sarah Greenwood
Contracts Officer, Greyfriars Housing Association
112 Wolsey Street, Ipswich IP1 3HG | 01473 555 204
"""
add("58_greyfriars_complaint.eml",
    msg('"Sarah Greenwood" <s.greenwood@greyfriars-ha.org.uk>', "Complaint - damaged delivery GHA-PO-0031877",
        D("2026-02-11 09:15"), body),
    notorder(customer="Greyfriars Housing Association"),
    dict(lang="en", country="GB", kind="complaint", ph=["not_order"]))

# ---------------------------------------------------------------- 59 invoice (haulier to Brackenford)
body = """Dear Brackenford Accounts,

Please find our invoice below for subcontracted deliveries in August.

INVOICE No. TH-26-0877           Invoice date: 31/08/2026
From: Tolland Haulage Ltd, Yard 3, Moor Lane, Skipton BD23 1AA
To:   Brackenford Building Supplies, Accounts Payable

Date        Job ref    Description                               Amount
05/08/2026  BR-6612    Rigid w/ crane - Lichfield (plot 14)        185.00
12/08/2026  BR-6650    7.5t - Reading RG8                         140.00
19/08/2026  BR-6701    Rigid w/ crane - Stirling                  310.00
                                                    Net          635.00
                                                    VAT 20%      127.00
                                                    Total GBP    762.00

Payment terms 30 days. Bank: Northfell Bank, sort code 00-00-00, acc 00000000.

Tolland Haulage Ltd - accounts@tollandhaulage.co.uk
"""
add("59_haulier_invoice.eml",
    msg('"Tolland Haulage Accounts" <accounts@tollandhaulage.co.uk>', "Invoice TH-26-0877",
        D("2026-08-31 16:00", 60), body, to="accounts@brackenford-bs.co.uk"),
    {"kind": "invoice", "customer": None, "lines": []},
    dict(lang="en", country="GB", kind="invoice", ph=["not_order"]))

# ---------------------------------------------------------------- 60 out-of-office auto-reply
body = """Beste afzender,

Ik ben afwezig tot en met maandag 24 augustus 2026 en heb beperkt toegang tot mijn e-mail.
Voor bestellingen kunt u contact opnemen met inkoop@vanderwielbouw.nl, bij spoed 075 612 3344.

Dear sender, I am out of the office until Monday 24 August 2026. For orders please contact
inkoop@vanderwielbouw.nl.

Met vriendelijke groet / Kind regards,
Sanne Kuipers
Bouwbedrijf Van der Wiel B.V.
"""
add("60_vanderwiel_ooo.eml",
    msg('"Sanne Kuipers" <s.kuipers@vanderwielbouw.nl>', "Automatisch antwoord: Orderbevestiging SO-77120",
        D("2026-08-10 08:01", 120), body,
        extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    notorder(customer="Bouwbedrijf Van der Wiel B.V."),
    dict(lang="nl", country="NL", kind="out_of_office", ph=["not_order"]))

# ---------------------------------------------------------------- 61 web-shop notification (abandoned basket)
html = """<html><body style="font-family:Arial">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2>You left something in your basket</h2>
<p>Hi Rob,</p>
<p>Items are still waiting in your Brackenford web shop basket. Prices and stock are not reserved until you check out.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Product</th><th>Qty</th><th>Price</th></tr>
<tr><td>C24 kiln dried treated regularised 47x100mm x 4.8m</td><td>10</td><td>&pound;9.84</td></tr>
<tr><td>Multi-purpose wood screw yellow zinc 5.0x70mm box of 100</td><td>2</td><td>&pound;5.40</td></tr>
</table>
<p><a href="https://shop.brackenford-bs.example/basket">Complete your order</a></p>
<p style="font-size:8pt">You are receiving this because you have an account at shop.brackenford-bs.example.
Unsubscribe | Brackenford Building Supplies</p>
</td></tr></table></body></html>"""
add("61_webshop_basket_reminder.eml",
    msg('"Brackenford Web Shop" <noreply@shop.brackenford-bs.co.uk>', "Rob, your basket is waiting",
        D("2026-05-16 06:00", 60), html=html, to='"Rob Pennick" <rob@pennickbuilders.co.uk>'),
    notorder(customer=None),
    dict(lang="en", country="GB", kind="webshop_notification", ph=["not_order", "html_table"], ftype="eml-html"))

# ---------------------------------------------------------------- 62 Spanish quote request
body = """Hola,

¿Nos podrían pasar presupuesto para lo siguiente? Todavía no es pedido, el cliente tiene que aprobarlo.

- 20 placas de yeso hidrófugas 12,5 mm
- 10 cartuchos silicona blanca
- 5 sacos de cemento 25 kg

También nos gustaría saber el plazo de entrega a Jávea.

Gracias,
Tony Marsh
Reformas Costa Blanca
"""
add("62_costablanca_es_presupuesto.eml",
    msg('"Tony Marsh" <tony@reformascostablanca.es>', "Solicitud de presupuesto", D("2026-09-21 10:40", 120), body,
        to=SELLER_SALES),
    notorder(customer="Reformas Costa Blanca"),
    dict(lang="es", country="ES", kind="quote_request", ph=["not_order"]))
