"""Order e-mails (and a few non-orders) written the way hotel staff actually write."""
from common import L, P, eml, label, main_ship, ship, write_doc
from masterdata import CAT
import files

PO = "purchase_order"


def build():
    # e01 terse phone-style
    write_doc("email-pinecrest-terse.eml", eml(
        "Tammy Huskey <thuskey@pinecrestlodge.com>", "order", "2026-02-09 07:12",
        "Need 4 dz bath towels 27x54 15lb white, 6 dz hand 16x30 4lb white, 10 dz washcloths 12x12 1.5lb, 2 cs 2ply TP 500 sheet 96 roll. Thx\n\nTammy\nSent from my iPhone\n"),
        label(customer="Pinecrest Lodge & Suites", lines=[L("TWB-2754-15W", 4, "DZ"), L("TWH-1630-4W", 6, "DZ"), L("TWW-1212-15W", 10, "DZ"), L("TT-2P-500-96", 2, "CS")]),
        "EML", "One-line phone-style order; four items in a single comma run, sizes and weights as the only identifiers")

    # e02 chatty prose, quantities in words
    body = """Hi there,

Hope you all had a nice holiday stretch! We are finally getting ready for spring and I'm doing my
big restock before the garden tours start. Could you please send us a couple cases of the Sea Grass
shampoo in the little 1 oz bottles, and one case of the matching conditioner (1 oz too). The guests
really love that scent, one of them asked if she could buy a bottle!

I'll also need half a dozen gallons of the glass cleaner concentrate - the windows on the sun porch
are a full time job. A dozen of the queen size pillows (the fiber ones) since ours are getting flat,
and a case of the 25 gram wrapped Sea Grass soaps.

Oh, and three boxes of the regular coffee pods, the box of 24 kind, not the big case - we only have
the one machine in the parlor. We had king pillowcases on the last order, so no need for those.

Usual address is fine. Thank you so much!

Margaret Ellison
Innkeeper, Willow Bend Bed & Breakfast
"""
    write_doc("email-willowbend-chatty.eml", eml("Margaret Ellison <margaret@willowbendbnb.com>", "Spring restock :)", "2026-01-20 21:47", body),
              label(customer="Willow Bend Bed & Breakfast", lines=[
                  L("AM-SG-SH-10", 2, "CS"), L("AM-SG-CD-10", 1, "CS"), L("CH-GC-CON-GAL", 6, "GAL"), L("PIL-Q-FB", 12, "EA"),
                  L("SP-SG-25W", 1, "CS"), L("CF-POD-REG-BX", 3, "BX")]),
              "EML", "Long chatty prose, quantities in words (a couple, half a dozen, a dozen), box-of-24 vs case look-alike, a negated item")

    # e03 bullets qty before, PO in subject, needed-by
    body = """Good morning,

Please enter the following for Bayshore Grand housekeeping. PO is in the subject line.

  \u2022 6 x Disinfectant cleaner concentrate 1 gal
  \u2022 2 x Carpet shampoo concentrate 5 gal pail
  \u2022 12 x Glass cleaner RTU quart spray
  \u2022 4 cs can liners 40x46 1.5 mil black
  \u2022 1 x laundry detergent 5 gal

Needed by 3/20 please.

Luis Ortega
Executive Housekeeper | Bayshore Grand Hotel
"""
    write_doc("email-bayshore-bullets.eml", eml("Luis Ortega <lortega@bayshoregrand.com>", "PO 7702188 - housekeeping chemicals", "2026-03-12 08:03", body),
              label(customer="Bayshore Grand Hotel", po="7702188", requested="2026-03-20", lines=[
                  L("CH-DS-CON-GAL", 6, "GAL"), L("CH-CS-CON-5G", 2, "EA"), L("CH-GC-RTU-QT", 12, "EA"), L("CL-4046-15B", 4, "CS"), L("CH-LD-DET-5G", 1, "EA")]),
              "EML", "Bullet list with quantity first, PO only in the subject, needed-by date without year; RTU vs concentrate look-alikes")

    # e04 dash list qty after, hotel shorthand
    body = """Hi Harborline,

linen order for this week, all T300 like always:

queen flats - 8 dz
queen fitted - 8 dz
king flats - 3 dz
KS pillowcases - 4 dz

thanks!
Keisha
Harbor Point Hotel housekeeping
"""
    write_doc("email-harborpoint-dashes.eml", eml("Keisha Brown <kbrown@harborpointhotel.com>", "linen", "2026-02-17 10:31", body),
              label(customer="Harbor Point Hotel", lines=[L("SHF-Q-T300", 8, "DZ"), L("SHX-Q-T300", 8, "DZ"), L("SHF-K-T300", 3, "DZ"), L("PCS-K-T300", 4, "DZ")]),
              "EML", "Dash list with quantity after; thread count given once for all lines; 'KS pillowcases' shorthand")

    # e05 shorthand with # for lb
    body = """Order for Canyon Ridge pls

27x54 bath 17# x 5dz
16x30 hand 4.5# x 6dz
1.5 oz sham x 2cs (Sea Grass)
1.5 cond x 2 cs (same)
22x34 mats 12# x 2 dz

-- 
Dolores Yazzie | Housekeeping Manager | Canyon Ridge Resort
"""
    write_doc("email-canyonridge-shorthand.eml", eml("Dolores Yazzie <dyazzie@canyonridgeresort.com>", "HK order", "2026-04-06 06:55", body),
              label(customer="Canyon Ridge Resort", lines=[L("TWB-2754-17W", 5, "DZ"), L("TWH-1630-45W", 6, "DZ"), L("AM-SG-SH-15", 2, "CS"),
                                                           L("AM-SG-CD-15", 2, "CS"), L("TWM-2234-12W", 2, "DZ")]),
              "EML", "Hotel shorthand ('27x54 bath 17#', '1.5 oz sham', 'same'); weight picks between look-alike towels and mats")

    # e06 SKU typos
    body = """Please ship:

TWB2754-15B   qty 6 dz   (beige bath)
TWH-1630-4B   qty 6 dz
AM-CV-SH-3O   qty 4 cs
AM-CV-CD30    qty 4 cs
SP-CV-25-P    qty 3 cs

Thank you,
Priya Nair
Purchasing Coordinator
Sunset Palms Resort & Spa
"""
    write_doc("email-sunsetpalms-sku-typos.eml", eml("Priya Nair <pnair@sunsetpalmsresort.com>", "Order - spa building", "2026-05-04 13:20", body),
              label(customer="Sunset Palms Resort & Spa", lines=[L("TWB-2754-15B", 6, "DZ"), L("TWH-1630-4B", 6, "DZ"), L("AM-CV-SH-30", 4, "CS"),
                                                                 L("AM-CV-CD-30", 4, "CS"), L("SP-CV-25P", 3, "CS")]),
              "EML", "Seller SKUs with typos (missing dash, letter O for zero, extra dash) that must still map to the right look-alike")

    # e07 hotel's own item numbers
    body = """Hello,

PO# MHG-PO-260455 for Meridian Inn Uptown. Our item numbers below, descriptions should match your catalog.

MH-4410  Bath towel 27x54 15 lb white ........ 10 dz
MH-4420  Hand towel 16x30 4 lb white ......... 12 dz
MH-4431  Wash cloth 12x12 1.5 lb ............. 15 dz
MH-6102  Facial tissue 100ct flat box ........  4 cs

Deliver to Meridian Inn Uptown, 215 N Tryon St, Charlotte NC 28202.

Regards,
Anthony Greco
Purchasing, Meridian Hospitality Group
"""
    write_doc("email-meridian-own-item-numbers.eml", eml("Anthony Greco <agreco@meridianhg.com>", "PO MHG-PO-260455", "2026-03-23 11:02", body),
              label(customer="Meridian Hospitality Group", po="MHG-PO-260455", ship_to=ship("Meridian Inn Uptown", "215 N Tryon St", "Charlotte", "NC", "28202"),
                    lines=[L("TWB-2754-15W", 10, "DZ", part="MH-4410"), L("TWH-1630-4W", 12, "DZ", part="MH-4420"),
                           L("TWW-1212-15W", 15, "DZ", part="MH-4431"), L("FT-2P-100-30", 4, "CS", part="MH-6102")]),
              "EML", "Buyer's own item numbers with dotted leaders; must map by description to catalog SKUs and keep customer_part")

    # e08 reply thread, newest corrects quoted
    body = """Correction on this one - make the toilet paper 6 cases instead of 4, and drop the trash bags
completely, we borrowed some from our sister hotel. Add 1 case of the decaf filter packs.
Everything else the same.

Thanks, Monique

On Mon, Jun 8, 2026 at 9:14 AM Monique Thibodeaux <mthibodeaux@magnoliacourthotel.com> wrote:
> Hi, please send on PO MCH-2291:
> 4 cs toilet tissue 2-ply 500 sheet (96 rolls)
> 2 cs facial tissue cube 85 ct
> 3 cs 33x39 black liners .9 mil
> 2 cs in-room coffee filter packs regular
>
> Monique Thibodeaux
> Magnolia Court Hotel
"""
    write_doc("email-magnolia-correction-thread.eml", eml("Monique Thibodeaux <mthibodeaux@magnoliacourthotel.com>", "RE: Order MCH-2291", "2026-06-08 14:40", body),
              label(customer="Magnolia Court Hotel", po="MCH-2291", lines=[L("TT-2P-500-96", 6, "CS"), L("FT-2P-85-36", 2, "CS"), L("CF-FP-REG", 2, "CS"), L("CF-FP-DEC", 1, "CS")]),
              "EML", "Reply thread: newest message changes a quantity, deletes a line and adds one relative to the quoted order")

    # e09 forwarded
    body = """Please process the below. PO 0447-11790. Vacuum I'll get locally so skip that one.

Kwame Osei
General Manager, StayRight Inn & Suites Columbus

---------- Forwarded message ---------
From: Ana Lopez <alopez@stayrightcolumbus.com>
Date: Tue, Sep 15, 2026 at 4:02 PM
Subject: supplies for next week
To: Kwame Osei <kosei@stayrightcolumbus.com>

Kwame, we need these for next week:
- small clear trash bags 24x33 the 8 micron ones, 2 cases
- glass cleaner concentrate gallons x4
- 1 ply toilet paper 1000 sheet, 3 cases
- shower caps 1 case
- key cards hi-co 2 boxes
- new upright vacuum for 2nd floor

Ana
"""
    write_doc("email-stayright-forwarded.eml", eml("Kwame Osei <kosei@stayrightcolumbus.com>", "Fwd: supplies for next week", "2026-09-16 08:10", body),
              label(customer="StayRight Inn & Suites Columbus", po="0447-11790", lines=[
                  L("CL-2433-08C", 2, "CS"), L("CH-GC-CON-GAL", 4, "GAL"), L("TT-1P-1000-96", 3, "CS"), L("AC-SHCAP", 1, "CS"), L("KC-MAG-HICO", 2, "BX")]),
              "EML", "Forwarded internal request; forwarder adds the PO and strikes one requested item (vacuum) that must not become a line")

    # e10 Outlook HTML table
    items = [("AM-SG-SH-30", 3), ("AM-SG-CD-30", 3), ("AM-SG-LO-30", 2), ("AM-SG-BW-30", 2), ("SP-SG-25P", 2)]
    trs = "".join('<tr><td style="border:1px solid #999;padding:2px 6px">%s</td><td style="border:1px solid #999;padding:2px 6px">%s</td>'
                  '<td style="border:1px solid #999;padding:2px 6px;text-align:right">%d</td><td style="border:1px solid #999;padding:2px 6px">CS</td>'
                  '<td style="border:1px solid #999;padding:2px 6px;text-align:right">$%.2f</td></tr>' % (s, CAT[s]["description"], q, P(s)) for s, q in items)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please see PO <b>7702250</b> below. Need by Friday 4/24.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="border:1px solid #999;padding:2px 6px"><b>Item#</b></td><td style="border:1px solid #999;padding:2px 6px"><b>Description</b></td><td style="border:1px solid #999;padding:2px 6px"><b>Qty</b></td><td style="border:1px solid #999;padding:2px 6px"><b>Unit</b></td><td style="border:1px solid #999;padding:2px 6px"><b>Price</b></td></tr>
%s</table><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thank you,</p><p class="MsoNormal">Luis Ortega<br>Executive Housekeeper | Bayshore Grand Hotel</p></div></body></html>""" % trs
    text = "Hello,\n\nPlease see PO 7702250 below. Need by Friday 4/24.\n\n" + "\n".join("%s\t%s\t%d\tCS\t$%.2f" % (s, CAT[s]["description"], q, P(s)) for s, q in items) + \
           "\n\nThank you,\nLuis Ortega\nExecutive Housekeeper | Bayshore Grand Hotel\n"
    write_doc("email-bayshore-outlook-table.eml", eml("Luis Ortega <lortega@bayshoregrand.com>", "PO 7702250 amenities", "2026-04-16 09:45", text, html=html),
              label(customer="Bayshore Grand Hotel", po="7702250", requested="2026-04-24", currency="USD", lines=[L(s, q, "CS", P(s)) for s, q in items]),
              "EML", "Outlook HTML table with SKUs and $ prices (plain-text alternative too); 30 ml vs 1 oz / 1.5 oz, pleated vs wrapped soap")

    # e11 HTML pasted spreadsheet (descriptions only, prices)
    items = [(2, "DZ", "Pool towel 30x60 cabana stripe", "TWP-3060-BS"), (10, "PK", "LED A19 9W 3000K 4pk", "LB-A19-9W-30"),
             (6, "PK", "AA batteries 24pk", "BT-AA-24"), (4, "CS", "16x25x1 filters", "FL-162501"), (5, "PK", "PTAC filters universal", "FL-PTAC-UNIV")]
    trs = "".join('<tr height=20 style="height:15.0pt"><td class=xl65 align=right>%d</td><td class=xl66>%s</td><td class=xl66>%s</td><td class=xl67 align=right>%.2f</td></tr>'
                  % (q, u, d, P(s)) for q, u, d, s in items)
    html = """<html><body><div>Hi - engineering + pool order below, pasted from my sheet. Please ship to the resort receiving dock.</div><br>
<table border=0 cellpadding=0 cellspacing=0 width=420 style="border-collapse:collapse;width:315pt">
<col width=50><col width=50><col width=240><col width=80>
<tr height=20 style="height:15.0pt"><td class=xl68>Qty</td><td class=xl68>UOM</td><td class=xl68>Description</td><td class=xl68>Cost ea</td></tr>
%s</table><br><div>Gary Lindqvist<br>Director of Engineering<br>Sunset Palms Resort &amp; Spa</div></body></html>""" % trs
    text = "Hi - engineering + pool order below, pasted from my sheet. Please ship to the resort receiving dock.\n\nQty UOM Description Cost ea\n" + \
           "\n".join("%d %s %s %.2f" % (q, u, d, P(s)) for q, u, d, s in items) + "\n\nGary Lindqvist\nDirector of Engineering\nSunset Palms Resort & Spa\n"
    write_doc("email-sunsetpalms-pasted-sheet.eml", eml("Gary Lindqvist <glindqvist@sunsetpalmsresort.com>", "eng order", "2026-06-22 15:05", text, html=html),
              label(customer="Sunset Palms Resort & Spa", lines=[L(s, q, u, P(s), desc=d) for q, u, d, s in items]),
              "EML", "Spreadsheet pasted into HTML mail (Excel classes, no SKUs, prices without $); maintenance look-alikes (3000K vs 2700K/5000K)")

    # e12 TSV in body
    items = [("CP-CLD-09", 4), ("NP-BEV-1P", 2), ("CF-POD-DEC", 2), ("CF-TEA-ASST", 1), ("CF-CREAM-PWD", 1), ("TG-CLAM-9", 3)]
    body = "Hi,\n\nF&B order, PO LCC-F26-0198. Copied out of our system:\n\nItem\tDescription\tQty\tUOM\n" + \
           "\n".join("%s\t%s\t%d\tCS" % (s, CAT[s]["description"], q) for s, q in items) + \
           "\n\nThanks,\nHeather Lund\nCatering Manager, Lakeview Conference Center\n"
    write_doc("email-lakeview-tsv.eml", eml("Heather Lund <hlund@lakeviewconf.org>", "F&B order LCC-F26-0198", "2026-08-31 10:12", body),
              label(customer="Lakeview Conference Center", po="LCC-F26-0198", lines=[L(s, q, "CS") for s, q in items]),
              "EML", "Tab-separated table pasted in the plain-text body with seller SKUs")

    # e13 fixed-width procurement PO in body
    items = [("SHF-K-T250", 4, "DZ"), ("SHX-K-T250", 4, "DZ"), ("PCS-K-T250", 6, "DZ"), ("BLK-K-TH", 20, "EA"), ("MPD-K", 20, "EA")]
    lines_txt = "\n".join("%-3d %-14s %-44s %6d %-3s %10.2f %11.2f" % (i, s, CAT[s]["description"][:44], q, u, P(s), q * P(s)) for i, (s, q, u) in enumerate(items, 1))
    body = """This purchase order was generated by ProcureStay. Do not reply to this address.

==========================================================================================
MERIDIAN HOSPITALITY GROUP                                  PURCHASE ORDER
PO NUMBER : MHG-PO-260612                                   PO DATE    : 06/03/2026
VENDOR    : HARBORLINE HOSPITALITY SUPPLY                   DELIVER BY : 06/10/2026
SHIP TO   : MERIDIAN INN AIRPORT                            CURRENCY   : USD
            4823 WILKINSON BLVD
            CHARLOTTE NC 28208
==========================================================================================
LN  VENDOR ITEM    DESCRIPTION                                     QTY UOM  UNIT COST   EXT COST
------------------------------------------------------------------------------------------
%s
------------------------------------------------------------------------------------------
                                                                     PO TOTAL: %11.2f
Approved by: R. Whitfield (Regional Ops)
""" % (lines_txt, sum(q * P(s) for s, q, u in items))
    write_doc("email-meridian-fixedwidth-po.eml", eml("ProcureStay Notifications <noreply@meridianhg.com>", "Purchase Order MHG-PO-260612", "2026-06-03 02:15", body),
              label(customer="Meridian Hospitality Group", po="MHG-PO-260612", order_date="2026-06-03", requested="2026-06-10", currency="USD",
                    ship_to=ship("MERIDIAN INN AIRPORT", "4823 WILKINSON BLVD", "CHARLOTTE", "NC", "28208"), lines=[L(s, q, u, P(s)) for s, q, u in items]),
              "EML", "Procurement-system PO printed as fixed-width text in the body; sister-property ship-to, king bedding")

    # e14 sister property in prose
    body = """Hi team,

This one is for our Lake Norman property, NOT Uptown - please make sure it goes to:

Meridian Suites Lake Norman
19725 Oak Landing Blvd
Cornelius, NC 28031

2 cases of the 1.5 oz Citrus Verbena body wash
10 boxes of the RFID key cards (MIFARE 1K)
6 packs of AAA batteries

Bill to corporate as usual. Thanks!
Jenna Marsh, GM
Meridian Suites Lake Norman
"""
    write_doc("email-meridian-sister-property.eml", eml("Jenna Marsh <jmarsh@meridianinns.com>", "order for Lake Norman", "2026-05-26 12:48", body),
              label(customer="Meridian Hospitality Group", ship_to=ship("Meridian Suites Lake Norman", "19725 Oak Landing Blvd", "Cornelius", "NC", "28031"),
                    lines=[L("AM-CV-BW-15", 2, "CS"), L("KC-RFID-1K", 10, "BX"), L("BT-AAA-24", 6, "PK")]),
              "EML", "Order for a sister property written in the body; sender on the group's second domain; ship-to differs from customers.csv")

    # e15 by Tue 5/12
    body = """Hey guys, need the following by Tue 5/12 please:

1 box lo-co key cards
2 cs toilet paper (the 80 roll 2 ply)
1 cs 15g wrapped soap, Sea Grass
6 pk LED 60W equiv soft white 2700
10 toilet flappers

Thanks
Raj
Route 66 Motor Inn
"""
    write_doc("email-route66-by-tuesday.eml", eml("Raj Patel <raj@route66motorinn.com>", "order", "2026-05-05 17:30", body),
              label(customer="Route 66 Motor Inn", requested="2026-05-12", lines=[L("KC-MAG-LOCO", 1, "BX"), L("TT-2P-400-80", 2, "CS"), L("SP-SG-15W", 1, "CS"),
                                                                                  L("LB-A19-9W-27", 6, "PK"), L("MT-TOILFLAP", 10, "EA")]),
              "EML", "Needed-by written 'Tue 5/12'; lo-co vs hi-co cards, 80-roll TP, 60W-equivalent 2700K bulb")

    # e16 before the weekend
    body = """Hi Harborline,

We have a big wedding block checking in Saturday so I need this before the weekend, Friday at the latest.

- dental kits, 1 case
- vanity kits, 1 case
- ice bucket liners 1 cs
- paper glass covers 1 cs
- 2 cases of the individually wrapped 9 oz plastic cups

Thank you!!
Tammy Huskey
Housekeeping, Pinecrest Lodge & Suites
"""
    write_doc("email-pinecrest-before-weekend.eml", eml("Tammy Huskey <thuskey@pinecrestlodge.com>", "need before weekend!!", "2026-03-11 07:40", body),
              label(customer="Pinecrest Lodge & Suites", requested="2026-03-13", lines=[L("AC-DENTAL", 1, "CS"), L("AC-VANKIT", 1, "CS"), L("RM-ICELINER", 1, "CS"),
                                                                                        L("CP-GLS-WRAP", 1, "CS"), L("CP-CLD-09W", 2, "CS")]),
              "EML", "Needed-by 'before the weekend, Friday at the latest' (Friday after a Wednesday email); wrapped vs unwrapped cups")

    # e17 PDF attachment
    data, exp = files.harbor_point_pdf()
    write_doc("email-harborpoint-pdf-attached.eml", eml("Denise Ward <purchasing@harborpointhotel.com>", "PO HPH-26-0418", "2026-04-14 16:22",
                                                         "Hi, PO attached. Please confirm ship date.\n\nDenise Ward\nPurchasing, Harbor Point Hotel\n",
                                                         attachments=[("HPH-26-0418.pdf", data, "application", "pdf")]),
              exp, "EML+PDF", "Order only in an attached PDF PO; body is a one-liner")

    # e18 XLSX attachment
    data, exp = files.canyon_ridge_xlsx()
    write_doc("email-canyonridge-xlsx-attached.eml", eml("Dolores Yazzie <dyazzie@canyonridgeresort.com>", "amenity order", "2026-06-02 07:05",
                                                         "Order attached (spreadsheet). Ship to the resort as usual.\n\nDolores\n",
                                                         attachments=[("CRR-3317 amenities.xlsx", data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
              exp, "EML+XLSX", "Order in an attached XLSX with its own title rows and a total row")

    # e19 CSV attachment, PO and date in body
    data, exp = files.stayright_csv()
    exp["po_number"] = "0447-11901"
    exp["requested_date"] = "2026-10-19"
    write_doc("email-stayright-csv-attached.eml", eml("Ana Lopez <alopez@stayrightcolumbus.com>", "weekly order", "2026-10-15 11:18",
                                                      "Hi, attached is this week's order. PO 0447-11901, please deliver Monday 10/19.\n\nAna Lopez\nHousekeeping Supervisor\nStayRight Inn & Suites Columbus\n",
                                                      attachments=[("order_1015.csv", data.encode(), "text", "csv")]),
              exp, "EML+CSV", "Lines in an attached CSV, PO number and delivery date only in the body")

    # e20 Spanish
    body = """Hola buenos días,

Necesito para el motel por favor:

3 cajas de papel higiénico (el de 2 capas, 400 hojas, 80 rollos)
2 cajas de bolsas de basura negras 24x33
1 caja de jabón Sea Grass de 15 gramos envuelto
4 docenas de toallas de mano 16x27
2 galones de desinfectante concentrado

Gracias,
Rosa Maria Castillo
Housekeeping - Blue Heron Motel
"""
    write_doc("email-blueheron-spanish.eml", eml("Rosa Maria Castillo <housekeeping@blueheronmotel.net>", "pedido", "2026-07-13 08:26", body),
              label(customer="Blue Heron Motel", lines=[L("TT-2P-400-80", 3, "CS"), L("CL-2433-05B", 2, "CS"), L("SP-SG-15W", 1, "CS"),
                                                        L("TWH-1627-3W", 4, "DZ"), L("CH-DS-CON-GAL", 2, "GAL")]),
              "EML", "Spanish-language order (cajas, docenas, galones) from the housekeeper")

    # e21 personal gmail of known customer staff
    body = """Hi it's Raj from Route 66 Motor Inn - writing from my personal email, work one is down.

4 packs PTAC filters
2 packs AA batteries (24)
1 pack 9 volt
6 smoke alarms (9V type)
12 candelabra LED bulbs

Thanks,
Raj Patel
Owner, Route 66 Motor Inn, Amarillo TX
"""
    write_doc("email-route66-personal-gmail.eml", eml("Raj Patel <raj.patel.amarillo@gmail.com>", "maintenance stuff", "2026-08-19 19:02", body),
              label(customer="Route 66 Motor Inn", lines=[L("FL-PTAC-UNIV", 4, "PK"), L("BT-AA-24", 2, "PK"), L("BT-9V-12", 1, "PK"),
                                                          L("MT-SMOKE-9V", 6, "EA"), L("LB-B11-4W-27", 12, "EA")]),
              "EML", "Known customer's owner writing from a personal gmail address; identity only from the signature")

    # e22 new unknown customer
    body = """Hello,

We're a small property (8 cottages) in Rockport and a friend at the Blue Heron gave us your name.
We'd like to place a first order if possible:

- 2 dozen bath towels 27x54, the 15 lb white
- 2 dozen hand towels 16x30 4 lb white
- 3 dozen washcloths 13x13 1.5 lb
- 1 case Sea Grass shampoo 1 oz

Ship to:
Driftwood Cottages
305 S Fulton Beach Rd
Rockport, TX 78382

Happy to pay by card, just call me at 361-555-0123.

Carla Benavides
Driftwood Cottages
"""
    write_doc("email-driftwood-new-customer.eml", eml("Carla Benavides <driftwoodcottages.rockport@gmail.com>", "First order - Driftwood Cottages", "2026-09-02 14:10", body),
              label(customer="Driftwood Cottages", ship_to=ship("Driftwood Cottages", "305 S Fulton Beach Rd", "Rockport", "TX", "78382"),
                    lines=[L("TWB-2754-15W", 2, "DZ"), L("TWH-1630-4W", 2, "DZ"), L("TWW-1313-15W", 3, "DZ"), L("AM-SG-SH-10", 1, "CS")]),
              "EML", "Unknown new customer on gmail (not in customers.csv), mentions a known customer by name; ship-to in body")

    # e23 quote request (not an order)
    body = """Hi,

Could you quote us 10 boxes of the RFID MIFARE 1K key cards and 20 boxes of the hi-co magstripe cards?
We're not ordering yet - this is for the Q1 budget. Also curious whether you have volume pricing at 50+ boxes.

Thanks,
Brian Kowalski
Front Office Manager, Lakeview Conference Center
"""
    write_doc("email-lakeview-quote-request.eml", eml("Brian Kowalski <bkowalski@lakeviewconf.org>", "Quote request - key cards", "2026-11-10 09:30", body),
              label(kind="not_an_order", customer="Lakeview Conference Center"),
              "EML", "NOT an order: quote request with items and quantities, explicitly 'not ordering yet'")

    # e24 complaint
    body = """Hello,

Our delivery for PO 7702145 came in this morning and two cases of the queen flat sheets were crushed and
wet. The driver noted it on the BOL. Please send replacements or issue a credit - we don't want to
reorder the whole thing.

Luis Ortega
Executive Housekeeper | Bayshore Grand Hotel
"""
    write_doc("email-bayshore-damage-complaint.eml", eml("Luis Ortega <lortega@bayshoregrand.com>", "Damaged delivery PO 7702145", "2026-03-18 10:05", body),
              label(kind="not_an_order", customer="Bayshore Grand Hotel"),
              "EML", "NOT an order: damaged-delivery complaint citing a PO, item and quantity")

    # e25 where is my order
    body = """Hi, any update on PO HPH-26-0418? It was due 4/21 and we haven't seen it or a tracking number.
We're getting low on king pillowcases.

Denise Ward
Purchasing, Harbor Point Hotel
"""
    write_doc("email-harborpoint-wismo.eml", eml("Denise Ward <purchasing@harborpointhotel.com>", "Status PO HPH-26-0418?", "2026-04-23 08:51", body),
              label(kind="not_an_order", customer="Harbor Point Hotel"),
              "EML", "NOT an order: 'where is my order' status question with a PO number and an item")

    # e26 newsletter
    html = """<html><body><h2>Hotel Trends Digest - November 2026</h2>
<p>Holiday occupancy is up 6% year over year. Is your linen closet ready?</p>
<ul><li>Buy 10 cases of bath towels, get 1 free</li><li>Order 24 dozen pillowcases before 12/15 and save 10%</li></ul>
<p>Read: <a href="https://hoteltrendsdigest.example/articles/par-levels">Five par-level mistakes housekeepers make</a></p>
<p style="font-size:9px">You are receiving this because you subscribed. <a href="https://hoteltrendsdigest.example/unsub">Unsubscribe</a></p></body></html>"""
    write_doc("email-newsletter.eml", eml("Hotel Trends Digest <news@hoteltrendsdigest.example>", "November: holiday occupancy + linen deals", "2026-11-02 06:00",
                                          "Hotel Trends Digest - November 2026\n\nHoliday occupancy is up 6% year over year. Is your linen closet ready?\n"
                                          "- Buy 10 cases of bath towels, get 1 free\n- Order 24 dozen pillowcases before 12/15 and save 10%\n\nUnsubscribe: https://hoteltrendsdigest.example/unsub\n",
                                          html=html),
              label(kind="not_an_order", customer=None),
              "EML", "NOT an order: industry newsletter with promo quantities")

    # e27 prices and ship-to written
    items = [("KC-RFID-1K", 3, "BX"), ("RM-PEN", 1, "BX"), ("RM-NOTEPAD", 1, "CS"), ("RM-HANGER-S", 2, "CS")]
    body = "Good afternoon,\n\nPO MCH-2340 dated 09/21/2026.\n\n" + "\n".join("%d %s  %s  @ $%.2f" % (q, u, CAT[s]["description"], P(s)) for s, q, u in items) + \
           "\n\nShip to: Magnolia Court Hotel, 735 St Charles Ave, New Orleans, LA 70130\n\nRegards,\nPhilippe Landry\nAssistant GM, Magnolia Court Hotel\n"
    write_doc("email-magnolia-priced.eml", eml("Philippe Landry <plandry@magnoliacourthotel.com>", "PO MCH-2340", "2026-09-21 13:37", body),
              label(customer="Magnolia Court Hotel", po="MCH-2340", order_date="2026-09-21", currency="USD",
                    ship_to=ship("Magnolia Court Hotel", "735 St Charles Ave", "New Orleans", "LA", "70130"), lines=[L(s, q, u, P(s)) for s, q, u in items]),
              "EML", "Priced lines '@ $x', PO date written in the body, one-line ship-to; RFID 1K vs Ultralight, security vs open hook hangers")

    # e28 item not in catalog
    body = """Hi,

For the guest room refresh:
10 irons (auto shut off)
4 wall hair dryers
12 queen mattress pads
10 ironing board covers 54 inch - couldn't find them in your catalog, hoping you can get them

Thanks,
Tammy
Pinecrest Lodge & Suites
"""
    write_doc("email-pinecrest-unknown-item.eml", eml("Tammy Huskey <thuskey@pinecrestlodge.com>", "room refresh order", "2026-10-05 12:00", body),
              label(customer="Pinecrest Lodge & Suites", lines=[L("RM-IRON", 10, "EA"), L("RM-HAIRDRYER", 4, "EA"), L("MPD-Q", 12, "EA"),
                                                                L(None, 10, "EA", desc="ironing board covers")]),
              "EML", "One requested item has no catalog match (sku null); the others are bare counts of EA items")

    # e29 'same as below but'
    body = """Same as the order below but make the bath towels 10 dz this time, and add 2 dz of the big pool towels (35x70).

Dolores

-----Original Message-----
From: Dolores Yazzie <dyazzie@canyonridgeresort.com>
Sent: Monday, May 11, 2026 6:58 AM
To: Harborline Orders <orders@harborlinesupply.com>
Subject: towels

27x54 bath 17 lb - 5 dz
16x30 hand 4.5 lb - 6 dz
13x13 wash 1.5 lb - 8 dz
"""
    write_doc("email-canyonridge-same-as-below.eml", eml("Dolores Yazzie <dyazzie@canyonridgeresort.com>", "RE: towels", "2026-07-20 07:02", body),
              label(customer="Canyon Ridge Resort", lines=[L("TWB-2754-17W", 10, "DZ"), L("TWH-1630-45W", 6, "DZ"), L("TWW-1313-15W", 8, "DZ"), L("TWP-3570-BS", 2, "DZ")]),
              "EML", "'Same as below but' reorder: quoted old order is the base, one quantity changed and one line added")

    # e30 quantities in parentheses
    body = """Heather again - coffee stuff for the fall conference:
regular pods (6 cs), decaf pods (2 cs), 12oz hot cups (3 cs) + lids to match (3 cs), sugar packets (1 cs).
Same PO as last week is fine: LCC-F26-0198.

Heather
"""
    write_doc("email-lakeview-parentheses.eml", eml("Heather Lund <hlund@lakeviewconf.org>", "coffee add-on", "2026-09-08 16:44", body),
              label(customer="Lakeview Conference Center", po="LCC-F26-0198", lines=[L("CF-POD-REG", 6, "CS"), L("CF-POD-DEC", 2, "CS"), L("CP-HOT-12", 3, "CS"),
                                                                                     L("CP-LID-1012", 3, "CS"), L("CF-SUGAR", 1, "CS")]),
              "EML", "Items run together in one sentence with quantities in parentheses; 'lids to match' must pick the 10-20 oz lid")

    # e31 accept a quote with a change
    body = """Please go ahead with this, but make the king pillowcases 3 dz instead of 2. Thank you!

Margaret

On Oct 27, 2026, at 10:02 AM, Harborline Orders <orders@harborlinesupply.com> wrote:
> Hi Margaret, here is quote Q-26-1187 as requested:
>
> PCS-K-T300  Pillowcase King 42x46 T300 white       2 DZ  @ $%.2f
> SHF-K-T300  Flat sheet King 108x115 T300           1 DZ  @ $%.2f
> SHX-K-T300  Fitted sheet King 78x80x15 T300        1 DZ  @ $%.2f
>
> Prices valid 30 days. Let us know and we'll ship.
> Harborline Hospitality Supply
""" % (P("PCS-K-T300"), P("SHF-K-T300"), P("SHX-K-T300"))
    write_doc("email-willowbend-accept-quote.eml", eml("Margaret Ellison <margaret@willowbendbnb.com>", "Re: Quote Q-26-1187", "2026-10-28 08:15", body),
              label(customer="Willow Bend Bed & Breakfast", currency="USD", lines=[L("PCS-K-T300", 3, "DZ", P("PCS-K-T300")), L("SHF-K-T300", 1, "DZ", P("SHF-K-T300")),
                                                                                   L("SHX-K-T300", 1, "DZ", P("SHX-K-T300"))]),
              "EML", "Customer accepts our quoted quote with one quantity change; the quote number is not a PO number")

    # e32 GTIN-only lines
    items = [("TT-2P-500-48", 5), ("CP-HOT-08", 2), ("TWB-2450-10W", 3)]
    body = "Hi,\n\nOur new system only gives me UPCs, hope that's OK:\n\n" + "\n".join("UPC %s   qty %d" % (CAT[s]["gtin"], q) for s, q in items) + \
           "\n\nThanks,\nKeisha Brown\nHarbor Point Hotel\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s).\n"
    write_doc("email-harborpoint-upc-only.eml", eml("Keisha Brown <kbrown@harborpointhotel.com>", "order by UPC", "2026-11-16 10:20", body),
              label(customer="Harbor Point Hotel", lines=[L(s, q) for s, q in items]),
              "EML", "Lines identified only by GTIN/UPC (48-roll vs 96-roll TP, 8 oz vs 10/12 oz cups, 24x50 vs 27x54 towels)")

    # e33 delivery window only (requested_date null)
    body = """Hi,

Chemical order for Magnolia Court - delivery any day the week of Nov 16 is fine, we're not in a rush.

4 gal glass cleaner ready to use refill (the gallon jugs, NOT concentrate)
4 gal disinfectant ready to use refill
24 empty quart spray bottles
24 trigger sprayers

Monique Thibodeaux
Executive Housekeeper, Magnolia Court Hotel
"""
    write_doc("email-magnolia-week-of.eml", eml("Monique Thibodeaux <mthibodeaux@magnoliacourthotel.com>", "chem order", "2026-11-05 09:02", body),
              label(customer="Magnolia Court Hotel", requested=None, lines=[L("CH-GC-RTU-GAL", 4, "GAL"), L("CH-DS-RTU-GAL", 4, "GAL"),
                                                                           L("CH-BTL-QT", 24, "EA"), L("CH-TRIGGER", 24, "EA")]),
              "EML", "Only a delivery window ('week of Nov 16') so requested_date is null; RTU gallon refill vs concentrate gallon")

    # e34 fractional dozens in words
    body = """Good evening,

Small one for the motel this time:
a dozen and a half washcloths (12x12, the 1 lb ones)
1 dozen bath mats 20x30
2 cases Sea Grass lotion, 1 oz
a case of the plain 9 oz plastic cups (not wrapped)

Thanks,
Hank Dorsey
Owner, Blue Heron Motel
"""
    write_doc("email-blueheron-dozen-and-a-half.eml", eml("Hank Dorsey <hank@blueheronmotel.net>", "small order", "2026-08-04 20:15", body),
              label(customer="Blue Heron Motel", lines=[L("TWW-1212-1W", 1.5, "DZ"), L("TWM-2030-7W", 1, "DZ"), L("AM-SG-LO-10", 2, "CS"), L("CP-CLD-09", 1, "CS")]),
              "EML", "Fractional quantity in words ('a dozen and a half' = 1.5 DZ); 1 lb vs 1.5 lb washcloths, wrapped vs plain cups")
