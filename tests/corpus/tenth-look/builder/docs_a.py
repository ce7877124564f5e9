"""Documents 01-22: each function returns (file name, bytes, expected dict)."""
import csv
import io

from catalog import catalog_rows
from formats import eml, xlsx, money
import layouts as LY

CAT = {r[0]: r for r in catalog_rows()}
ORDERS = "Ridgeline Orders <orders@ridgelinepack.com>"
OMIT = object()


def price(sku):
    return CAT[sku][3]


def each(sku):
    return round(CAT[sku][3] / CAT[sku][5], 2)


def L(sku, qty, uom, desc, unit_price=None, part=None):
    assert sku is None or sku in CAT, sku
    d = {"sku": sku, "customer_part": part, "description": desc, "quantity": qty}
    if uom is not None:
        d["uom"] = uom
    d["unit_price"] = unit_price
    return d


def ship(name, street, city, region, postal, country="US"):
    d = {"name": name, "street": street, "city": city, "region": region, "postal_code": postal, "country": country}
    return {k: v for k, v in d.items() if v is not OMIT}


def E(customer, po, order_date, requested, currency, ship_to, lines, kind="purchase_order"):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
         "requested_date": requested, "currency": currency, "ship_to": ship_to, "lines": lines}
    return {k: v for k, v in d.items() if v is not OMIT}


def H(frm, subject, date, msgid, to=ORDERS, extra=()):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", "<%s>" % msgid)]
    return h + list(extra)


RENO = ship("Parcelwise Fulfillment - Reno DC", "1450 Energy Way", "Reno", "NV", "89502")
CMH = ship("Parcelwise Fulfillment - Columbus DC", "3880 Creekside Pkwy Suite B", "Lockbourne", "OH", "43137")
HARBOR = ship("Harbor Lane Brewing Co.", "77 Thames St", "Portland", "ME", "04101")
OAK1 = ship("Oakhurst Furniture Works - Plant 1", "1840 Highland Ave NE", "Hickory", "NC", "28601")
OAK2 = ship("Oakhurst Furniture Works - Finishing", "505 Conover Blvd W", "Conover", "NC", "28613")
TC2 = ship("Tri-County Logistics Bldg 2", "7355 Industrial Blvd", "Allentown", "PA", "18106")
TCB = ship("Tri-County Logistics - Bethlehem", "1600 Commerce Center Blvd", "Bethlehem", "PA", "18015")
INK = ship("Inkwell Print & Copy", "418 W Main St", "Madison", "WI", "53703")
CPUSD = ship("CPUSD District Warehouse", "900 N 5th Ave", "Cedar Prairie", "IA", "52404")
BOXMOOR = ship("Boxmoor Outfitters Warehouse", "61 Depot Rd", "Burlington", "VT", "05401")
SPROUT = ship("Sprout & Stem Botanicals", "4420 NW Yeon Ave Unit 6", "Portland", "OR", "97210")
NGMEM = ship("Northgate FS Memphis", "3700 Airways Commerce Dr", "Memphis", "TN", "38118")
NGOB = ship("Northgate FS Olive Branch", "8655 Polk Ln Bldg C", "Olive Branch", "MS", "38654")
CEDAR = ship("Cedar & Pine Home Goods", "1275 Enterprise Dr", "Lewis Center", "OH", "43035")
KEY = ship("Keystone Appliance Parts DC", "2100 Lincoln Hwy E", "Lancaster", "PA", "17602")


def d01():
    body = """Morning,

Need a restock for Reno please:

12x10x8 32ect - 40 bundles
16 x 12 x 12" (32) - 20 bdl
2" clear tape, the 1.9 mil - 10 cs
18 x 1500 cast wrap 80ga - 8 cases

Dock hours are 6a-2p. PO# PW-RNO-11021

Thanks,
Dana Whitlock
Receiving Lead | Parcelwise Fulfillment - Reno DC
1450 Energy Way, Reno NV 89502
(775) 555-0134
"""
    data = eml(H("Dana Whitlock <dwhitlock@parcelwise.com>", "Reno restock", "Mon, 02 Nov 2026 07:42:10 -0800",
                 "CAK2x8aa01@mail.parcelwise.com"), text=body)
    exp = E("Parcelwise Fulfillment", "PW-RNO-11021", None, None, None, RENO, [
        L("R121008-32", 40, "BDL", "12x10x8 32ect"),
        L("R161212-32", 20, "BDL", '16 x 12 x 12" (32)'),
        L("TP-HM2110-19C", 10, "CS", '2" clear tape, the 1.9 mil'),
        L("SF-H18150080C", 8, "CS", "18 x 1500 cast wrap 80ga"),
    ])
    return "01-parcelwise-reno-restock.eml", data, exp


def d02():
    body = """hey guys

can we get the following out this week? we've got a big distro run monday the 9th

- stretch wrap, 18" x 1500' 80 gauge cast - 4 cases. actually make that 6 cases, we keep running out
- 30 of the grade A 48x40 pallets
- 18x12x10 boxes 32 ECT - 10 bundles
- a couple of the hand dispensers for the wrap

deliver to the brewery:
Harbor Lane Brewing Co.
77 Thames St
Portland, ME 04101

thx
Mick
--
Mick Szabo
Harbor Lane Brewing Co. | cellar & shipping
"""
    data = eml(H("Mick Szabo <mick@harborlanebrewing.com>", "wrap + pallets + boxes", "Tue, 03 Nov 2026 15:20:44 -0500",
                 "0f3a9c1e-hl@harborlanebrewing.com"), text=body)
    exp = E("Harbor Lane Brewing Co.", None, None, OMIT, None, HARBOR, [
        L("SF-H18150080C", 6, "CS", "stretch wrap, 18\" x 1500' 80 gauge cast"),
        L("PL-4840-A", 30, "EA", "grade A 48x40 pallets"),
        L("R181210-32", 10, "BDL", "18x12x10 boxes 32 ECT"),
        L("SF-DISP-H", 2, "EA", "hand dispensers for the wrap"),
    ])
    return "02-harbor-lane-wrap-pallets.eml", data, exp


def _oak_line(part, desc, vendor, qty, uom, unit):
    return {"part": part, "desc": desc, "vendor": vendor, "qty": qty, "uom": uom, "price": unit}


def d03():
    lines = [
        _oak_line("PKG-0417", "CARTON 24X24X24 DBL WALL 48ECT", "R242424-DW", 150, "EA", each("R242424-DW")),
        _oak_line("PKG-0418", "CARTON 24X18X18 DBL WALL 48ECT", "R241818-DW", 200, "EA", each("R241818-DW")),
        _oak_line("PKG-0520", "EDGE BOARD 2X2X48 .160", "EB-2248", 4, "BDL", price("EB-2248")),
        _oak_line("PKG-0610", "STRAP PET 1/2 GREEN 2900FT", "ST-PET12-2900", 6, "RL", price("ST-PET12-2900")),
        _oak_line("PKG-0611", "SEAL 1/2 OPEN SNAP-ON", "ST-SEAL12", 2, "BX", price("ST-SEAL12")),
        _oak_line("PKG-0700", "STRETCH FILM MACH 20IN 80GA", "SF-M20500080C", 12, "RL", price("SF-M20500080C")),
    ]
    po = {"po": "026118", "date": "11/03/2026", "required": "11/12/2026", "buyer": "R. OKAFOR",
          "ship_to": OAK2, "lines": lines}
    exp = E("Oakhurst Furniture Works", "026118", "2026-11-03", "2026-11-12", "USD", OAK2,
            [L(l["vendor"], l["qty"], l["uom"], l["desc"], l["price"], l["part"]) for l in lines])
    return "03-oakhurst-po-026118.pdf", LY.pdf_oakhurst(po), exp


def d04():
    raw = [("PK-10086", "R100806-32", "BOX 10X8X6 32ECT KRAFT", 30, "BDL"),
           ("PK-12126", "R121206-32", "BOX 12X12X6 32ECT KRAFT", 20, "BDL"),
           ("PK-T2C25", "TP-HM2110-25C", "TAPE 2IN CLR 2.5MIL HOT MELT", 12, "CS"),
           ("PK-BW316", "BR-316-24-175", "BUBBLE ROLL 3/16 X 24 X 175", 10, "BDL"),
           ("PK-LBL46", "LB-DT46-R3", "LABEL 4X6 DT 3IN CORE", 4, "CS"),
           ("PK-GLVL", "GL-NIT5-L", "GLOVE NITRILE LG 5MIL", 10, "BX"),
           ("PK-PLCVR", "PC-514973", "PALLET COVER 51X49X73", 2, "RL")]
    lines = [{"part": p, "vendor": v, "desc": d, "qty": q, "uom": u, "price": price(v)} for p, v, d, q, u in raw]
    po = {"po": "KAP-PO-118204", "date": "11/04/2026", "required": "11/13/2026", "buyer": "Denise Albrecht",
          "ship_to": KEY, "lines": lines}
    pdf = LY.pdf_keystone(po)
    body = """Ridgeline,

Please see attached PO KAP-PO-118204. Confirm receipt and ship date.

Regards,
Denise Albrecht
Buyer, MRO & Packaging
Keystone Appliance Parts
"""
    data = eml(H("Denise Albrecht <dalbrecht@kap-purchasing.com>", "Purchase Order KAP-PO-118204",
                 "Wed, 04 Nov 2026 10:03:51 -0500", "KAP118204.1104@kap-purchasing.com"),
               text=body, attachments=[("KAP-PO-118204.pdf", "application/pdf", pdf)], boundary="kap118204")
    exp = E("Keystone Appliance Parts", "KAP-PO-118204", "2026-11-04", "2026-11-13", "USD", KEY,
            [L(l["vendor"], l["qty"], l["uom"], l["desc"], l["price"], l["part"]) for l in lines])
    return "04-keystone-po-email-pdf.eml", data, exp


def d05():
    raw = [("R161616-44", "RSC 16X16X16 44ECT", 25, "BDL"),
           ("R121212-32", "RSC 12X12X12 32ECT", 40, "BDL"),
           ("TP-HM3110-19C", 'TAPE HM 3" CLR 1.9MIL', 8, "CS"),
           ("SF-H18150070C", "STRETCH HAND 18X1500 70GA", 10, "CS"),
           ("EB-2236", "EDGE BOARD 2X2X36", 3, "BDL"),
           ("LB-DT46-FF", "LABEL 4X6 FANFOLD DT", 6, "CS")]
    rows, text_rows, total = [], [], 0
    for n, (sku, d, q, u) in enumerate(raw, 1):
        p = price(sku)
        total += p * q
        rows.append([str(n), sku, d.replace('"', "&quot;"), str(q), u, "$" + money(p), "$" + money(p * q)])
        text_rows.append("%d  %-15s %-28s %4d %-4s %10s" % (n, sku, d, q, u, money(p)))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Tri-County Logistics LLC</b> has issued a purchase order to <b>Ridgeline Pack &amp; Ship Supply</b>.</p>
<table style="font-size:12px">
<tr><td>PO Number:</td><td><b>TC-77812</b></td></tr>
<tr><td>Order Date:</td><td>11/04/2026</td></tr>
<tr><td>Deliver By:</td><td>11/10/2026</td></tr>
<tr><td>Requester:</td><td>Luis Ferreira</td></tr>
<tr><td>Ship To:</td><td>Tri-County Logistics Bldg 2<br>7355 Industrial Blvd<br>Allentown, PA 18106<br>United States</td></tr>
</table>
<br>
%s
<p>Subtotal: $%s<br>Shipping: TBD<br><b>Total: $%s USD</b></p>
<p style="color:#777;font-size:11px">This message was sent by ProcureDesk on behalf of Tri-County Logistics LLC. Reply to this e-mail to contact the buyer. Do not change quantities without a revised PO.</p>
</body></html>""" % (LY.html_table(rows, ["Line", "Supplier Part #", "Description", "Qty", "UOM", "Unit Price", "Line Total"]),
                     money(total), money(total))
    text = ("Tri-County Logistics LLC has issued a purchase order to Ridgeline Pack & Ship Supply.\n\n"
            "PO Number: TC-77812\nOrder Date: 11/04/2026\nDeliver By: 11/10/2026\n"
            "Ship To: Tri-County Logistics Bldg 2, 7355 Industrial Blvd, Allentown, PA 18106, United States\n\n"
            + "\n".join(text_rows) + "\n\nTotal: $%s USD\n" % money(total))
    data = eml(H('"Tri-County Logistics via ProcureDesk" <noreply@tc3pl.com>', "Purchase Order TC-77812 from Tri-County Logistics LLC",
                 "Wed, 04 Nov 2026 11:30:02 -0500", "pd-77812-1@tc3pl.com", extra=[("Reply-To", "Luis Ferreira <lferreira@tricountylogistics.com>")]),
               text=text, html=html, boundary="tc77812")
    exp = E("Tri-County Logistics LLC", "TC-77812", "2026-11-04", "2026-11-10", "USD", TC2,
            [L(s, q, u, d, price(s)) for s, d, q, u in raw])
    return "05-tricounty-procuredesk-html.eml", data, exp


def d06():
    body = """44 please. Make it 3 pallets for Bldg 2, and add 12 cs of the 3" clear tape (1.9).
PO will be TC-77840.

Luis

-----Original Message-----
From: Karen Pruitt <kpruitt@ridgelinepack.com>
Sent: Wednesday, November 4, 2026 2:11 PM
To: Luis Ferreira <lferreira@tricountylogistics.com>
Subject: RE: 18x18x18 availability

Hi Luis - we have the 18x18x18 in 32ECT (15/bdl) and 44ECT (15/bdl), plus double wall. Which one do you want and how many? A pallet is 20 bundles.

Karen Pruitt | Inside Sales | Ridgeline Pack & Ship Supply

-----Original Message-----
From: Luis Ferreira <lferreira@tricountylogistics.com>
Sent: Wednesday, November 4, 2026 1:02 PM
To: Karen Pruitt <kpruitt@ridgelinepack.com>
Subject: 18x18x18 availability

Do you have 18x18x18 in stock? Need some for a client project at Allentown.

Luis Ferreira
Operations Supervisor
Tri-County Logistics LLC
"""
    data = eml(H("Luis Ferreira <lferreira@tricountylogistics.com>", "RE: 18x18x18 availability",
                 "Wed, 04 Nov 2026 14:40:19 -0500", "BN8PR07MB-77840@tricountylogistics.com",
                 to="Karen Pruitt <kpruitt@ridgelinepack.com>",
                 extra=[("Cc", ORDERS), ("In-Reply-To", "<rp-kp-1104-2@ridgelinepack.com>")]), text=body)
    exp = E("Tri-County Logistics LLC", "TC-77840", None, None, None, OMIT, [
        L("R181818-44", 3, "PLT", "18x18x18 44ECT"),
        L("TP-HM3110-19C", 12, "CS", '3" clear tape (1.9)'),
    ])
    return "06-tricounty-reply-thread.eml", data, exp


def d07():
    body = """Hi Ridgeline,

Please send:
200 pcs white mailer boxes 13 x 10 x 2.5
1 case poly mailers 10x13 (white, 2.5 mil)
1 cs "packing list enclosed" envelopes
2 tape guns (2")

Also - do you do custom printed mailers? We may want a quote later, no rush.

Ship to shop: Inkwell Print & Copy, 418 W Main St, Madison WI 53703

PO 2291

Priya Natarajan
Inkwell Print & Copy
"""
    data = eml(H("Priya Natarajan <priya@inkwellprint.com>", "order - mailers etc", "Thu, 05 Nov 2026 09:12:00 -0600",
                 "ink-2291-a@inkwellprint.com"), text=body)
    exp = E("Inkwell Print & Copy", "2291", None, None, None, INK, [
        L("MB-13102-W", 200, "EA", "white mailer boxes 13 x 10 x 2.5"),
        L("PM-1013W", 1, "CS", "poly mailers 10x13 (white, 2.5 mil)"),
        L("PL-755-PR", 1, "CS", '"packing list enclosed" envelopes'),
        L("TP-DISP2", 2, "EA", 'tape guns (2")'),
    ])
    return "07-inkwell-mailers.eml", data, exp


def d08():
    raw = [("R121212-32", 10, "BDL", "Corrugated box 12 x 12 x 12, 32 ECT kraft, 25/bdl", "10-2510-0000-610", 27.50),
           ("TP-HM2055-20C", 4, "CS", 'Packing tape 2" x 55 yd clear, 36 rolls/cs', "10-2510-0000-610", 39.90),
           ("TP-MSK1060", 6, "CS", 'Masking tape 1" x 60 yd, 36 rolls/cs', "10-1110-0000-610", 54.00),
           ("GL-NIT5-L", 10, "BX", "Nitrile gloves 5 mil, Large, powder free, 100/bx", "10-2620-0000-610", 8.90),
           ("CT-SAFE", 12, "EA", "Safety box cutter, self-retracting blade", "10-2620-0000-610", 6.40),
           (None, 20, "EA", "Storage box letter/legal with lid (bankers type)", "10-2510-0000-610", 3.85)]
    po = {"po": "P27-00341", "date": "11/09/2026", "required": "12/04/2026", "ship_to": CPUSD,
          "lines": [{"qty": q, "uom": u, "desc": d, "acct": a, "price": p} for s, q, u, d, a, p in raw]}
    exp = E("Cedar Prairie Unified School District", "P27-00341", "2026-11-09", "2026-12-04", "USD", CPUSD,
            [L(s, q, u, d, p) for s, q, u, d, a, p in raw])
    return "08-cpusd-po-P27-00341.pdf", LY.pdf_school(po), exp


def d09():
    raw = [("R141008-32", "Shipper 14x10x8", 12), ("PM-1215W", "Poly mailer 12x15.5", 2),
           ("PM-0609W", "Poly mailer 6x9", 1), ("BM-2", "Kraft bubble mailer #2", 3),
           ("LB-DT46-R1", "4x6 thermal labels 1in core", 2), ("VF-AP84", "Air pillow film 8x4", 4)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["PO Number", "PO Date", "Vendor", "Ship To Name", "Ship To Address", "Ship To City", "Ship To State",
                "Ship To Zip", "Vendor SKU", "Item Description", "Qty Ordered", "Unit Cost", "Line Total"])
    for sku, d, q in raw:
        p = price(sku)
        w.writerow(["BMO-1107", "11/07/2026", "Ridgeline Pack & Ship", "Boxmoor Outfitters Warehouse", "61 Depot Rd",
                    "Burlington", "VT", "05401", sku, d, q, "%.2f" % p, "%.2f" % (p * q)])
    exp = E("Boxmoor Outfitters", "BMO-1107", "2026-11-07", None, "USD", BOXMOOR,
            [L(s, q, None, d, price(s)) for s, d, q in raw])
    exp["currency"] = None  # the export prints bare numbers, no currency sign or code
    return "09-boxmoor-po-export.csv", buf.getvalue().encode("utf-8"), exp


def d10():
    raw = [("SS-BOX-S", "MB-09063-W", "Mailer box 9x6x3 white", 400, "EA", each("MB-09063-W")),
           ("SS-BOX-M", "R080808-32W", "White shipper 8x8x8", 8, "BDL", price("R080808-32W")),
           ("SS-POLY-M", "PM-7510W", "Poly mailer 7.5x10.5 white", 2, "CS", price("PM-7510W")),
           ("SS-CRINKLE", "VF-CRK10", "Crinkle paper kraft 10 lb", 6, "BX", price("VF-CRK10")),
           ("SS-TISSUE", "", "Tissue paper 20x30 white (ream)", 5, "RM", 18.00),
           ("SS-LBL-21", "LB-DT21-R1", "Thermal labels 2x1 (product)", 1, "CS", price("LB-DT21-R1"))]

    def build(wb):
        ws = wb.active
        ws.title = "PO"
        ws["A1"] = "Sprout & Stem Botanicals - Purchase Order"
        ws["A3"], ws["B3"] = "PO #", "SS-0456"
        ws["A4"], ws["B4"] = "Date", __import__("datetime").date(2026, 11, 5)
        ws["B4"].number_format = "mm/dd/yyyy"
        ws["A5"], ws["B5"] = "Need by", "11/16/2026"
        ws["A6"], ws["B6"] = "Vendor", "Ridgeline Pack & Ship"
        ws["D3"] = "Ship to:"
        ws["D4"], ws["D5"], ws["D6"] = "Sprout & Stem Botanicals", "4420 NW Yeon Ave Unit 6", "Portland, OR 97210"
        ws.append([])
        ws.append(["Item", "Supplier SKU", "Description", "Qty", "Unit", "Price", "Total"])
        for part, sku, d, q, u, p in raw:
            ws.append([part, sku or None, d, q, u, p, round(q * p, 2)])
        ws.append([None, None, None, None, None, "TOTAL", round(sum(q * p for _, _, _, q, _, p in raw), 2)])
        for col, wdt in zip("ABCDEFG", (14, 16, 34, 8, 8, 10, 12)):
            ws.column_dimensions[col].width = wdt
    book = xlsx(build)
    body = """Hi!

Attached is PO SS-0456. Please ship to our Yeon Ave warehouse.
The tissue is new for us - if you don't carry it just skip it and let me know.

Thanks,
Jo Marchetti
Sprout & Stem Botanicals
"""
    data = eml(H("Jo Marchetti <jo@sproutandstem.co>", "PO SS-0456 Ridgeline", "Thu, 05 Nov 2026 16:48:27 -0800",
                 "ss0456.jm@sproutandstem.co"), text=body,
               attachments=[("PO SS-0456.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", book)],
               boundary="ss0456")
    exp = E("Sprout & Stem Botanicals", "SS-0456", "2026-11-05", "2026-11-16", None, SPROUT,
            [L(s or None, q, u, d, p, part) for part, s, d, q, u, p in raw])
    return "10-sprout-stem-xlsx-attached.eml", data, exp


def d11():
    raw = [("NG-PKG-00121", "R100806-32", "BOX RSC 10X8X6 32ECT", 60, "BDL"),
           ("NG-PKG-00122", "R121008-32", "BOX RSC 12X10X8 32ECT", 80, "BDL"),
           ("NG-PKG-00125", "R121212-32", "BOX RSC 12X12X12 32ECT", 40, "BDL"),
           ("NG-PKG-00131", "R161212-32", "BOX RSC 16X12X12 32ECT", 30, "BDL"),
           ("NG-PKG-00140", "R181818-32", "BOX RSC 18X18X18 32ECT", 20, "BDL"),
           ("NG-PKG-00150", "R242424-32", "BOX RSC 24X24X24 32ECT", 10, "BDL"),
           ("NG-TAP-00201", "TP-HM2110-19C", "TAPE 2IN X 110YD 1.9MIL CLEAR", 40, "CS"),
           ("NG-TAP-00210", "TP-HM2M1000-20C", "TAPE MACHINE 2IN X 1000YD CLR", 6, "CS"),
           ("NG-SFM-00301", "SF-M20500080C", "FILM MACH 20IN X 5000FT 80GA", 24, "RL"),
           ("NG-SFH-00310", "SF-H18150080C", "FILM HAND 18IN X 1500FT 80GA", 20, "CS"),
           ("NG-VF-00401", "VF-AP84", "AIR PILLOW FILM 8X4", 10, "RL"),
           ("NG-VF-00410", "VF-KP30-24", "KRAFT PAPER 30# 24IN", 8, "RL"),
           ("NG-LBL-00501", "LB-DT46-R3", "LABEL 4X6 DT 3IN CORE 1000/RL", 12, "CS"),
           ("NG-PAL-00601", "PL-4840-B", "PALLET 48X40 GRADE B", 100, "EA"),
           ("NG-GLV-00701", "GL-NIT5-XL", "GLOVE NITRILE XL", 20, "BX")]
    lines = [{"part": a, "vendor": b, "desc": c, "qty": q, "uom": u, "price": price(b)} for a, b, c, q, u in raw]
    po = {"po": "NG4410233", "date": "11/06/2026", "required": "11/11/2026", "buyer": "T. WASHINGTON",
          "ship_to": NGMEM, "lines": lines}
    exp = E("Northgate Fulfillment Services", "NG4410233", "2026-11-06", "2026-11-11", "USD", dict(NGMEM, name="NORTHGATE FS MEMPHIS"),
            [L(l["vendor"], l["qty"], l["uom"], l["desc"], l["price"], l["part"]) for l in lines])
    return "11-northgate-po-NG4410233.pdf", LY.pdf_northgate(po), exp


def d12():
    raw = [("NG-PKG-00161", "R202020-44", "BOX RSC 20X20X20 44ECT", 15, "BDL"),
           ("NG-PKG-00133", "R161208-32", "BOX RSC 16X12X8 32ECT", 25, "BDL"),
           ("NG-STR-00801", "ST-PP12-7200", "STRAP PP 1/2 X 7200 HAND GRADE", 10, "RL"),
           ("NG-STR-00802", "ST-SEAL12", "SEAL 1/2 OPEN SNAP ON", 2, "BX"),
           ("NG-PAL-00605", "PL-4840-NHT", "PALLET 48X40 NEW HT", 50, "EA")]
    rows = []
    total = 0
    for n, (part, sku, d, q, u) in enumerate(raw, 1):
        p = price(sku)
        total += p * q
        rows.append([str(n), part, d, str(q), u, money(p), money(p * q)])
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Purchase Order NG4410290</title>
<style>body{font-family:Segoe UI,Arial;font-size:13px;margin:24px} .hdr td{padding:2px 12px 2px 0} h1{font-size:20px}</style></head>
<body>
<h1>Northgate Fulfillment Services &mdash; Purchase Order</h1>
<table class="hdr">
<tr><td>PO Number</td><td><b>NG4410290</b></td><td>Status</td><td>Released</td></tr>
<tr><td>PO Date</td><td>2026-11-12</td><td>Requested Delivery</td><td>2026-11-18</td></tr>
<tr><td>Supplier</td><td>RIDGELINE PACK &amp; SHIP SUPPLY (400217)</td><td>Currency</td><td>USD</td></tr>
<tr><td>Ship To</td><td colspan="3">Northgate FS Olive Branch, 8655 Polk Ln Bldg C, Olive Branch, MS 38654</td></tr>
<tr><td>Bill To</td><td colspan="3">Northgate Fulfillment Services, Accounts Payable, 6180 Shelby Oaks Dr, Memphis, TN 38134</td></tr>
</table>
<h3>Lines</h3>
%s
<p><b>PO Total: %s USD</b></p>
<p style="font-size:11px;color:#555">Printed from NG Supplier Portal 2026-11-12 08:14 CST. Appointments required: dock@northgatefs.com</p>
</body></html>
""" % (LY.html_table(rows, ["Ln", "NG Item", "Description", "Order Qty", "UOM", "Unit Price", "Extended"]), money(total))
    exp = E("Northgate Fulfillment Services", "NG4410290", "2026-11-12", "2026-11-18", "USD", NGOB,
            [L(s, q, u, d, price(s), part) for part, s, d, q, u in raw])
    return "12-northgate-portal-NG4410290.html", html.encode("utf-8"), exp


def d13():
    body = """Hey Karen,

order for this week:

- boxes 8 by 10 by 12, the usual 32 - 300
- 500 of the 12x12x6
- bubble 3/16 24 wide - 6 bundles
- 4x6 fanfold labels - 2 cases

Ship to the Lewis Center warehouse as usual. PO CPH-3318.

thanks!
Tom

Tom Reyes | Fulfillment Manager
Cedar & Pine Home Goods
"""
    data = eml(H("Tom Reyes <treyes@cedarpinehome.com>", "order", "Mon, 09 Nov 2026 08:05:33 -0500",
                 "CAF=cp3318@cedarpinehome.com", to="Karen Pruitt <kpruitt@ridgelinepack.com>", extra=[("Cc", ORDERS)]), text=body)
    exp = E("Cedar & Pine Home Goods", "CPH-3318", None, None, None, OMIT, [
        L("R121008-32", 300, "EA", "boxes 8 by 10 by 12, the usual 32"),
        L("R121206-32", 500, "EA", "12x12x6"),
        L("BR-316-24-175", 6, "BDL", "bubble 3/16 24 wide"),
        L("LB-DT46-FF", 2, "CS", "4x6 fanfold labels"),
    ])
    return "13-cedar-pine-dims-reordered.eml", data, exp


def d14():
    body = """Hello,

Could you please ship the following to our roastery (5521 Airport Way S, Seattle WA 98108):

3 cs - poly bubble mailers #2 (white)
2 rolls kraft paper 30 lb, 24"
10 bdl - 12x9x6 boxes
1 case 2" tan tape 1.9 mil

We need it by Friday 11/13 if possible.

Thank you,
Anya Kowalczyk
Operations, Blue Heron Coffee Roasters
"""
    data = eml(H("Anya Kowalczyk <anya@blueheroncoffee.com>", "Supplies order", "Mon, 09 Nov 2026 10:31:09 -0800",
                 "bh-20261109-anya@blueheroncoffee.com"), text=body)
    st = {"street": "5521 Airport Way S", "city": "Seattle", "region": "WA", "postal_code": "98108", "country": "US"}
    exp = E("Blue Heron Coffee Roasters", None, None, "2026-11-13", None, st, [
        L("BMP-2", 3, "CS", "poly bubble mailers #2 (white)"),
        L("VF-KP30-24", 2, "RL", 'kraft paper 30 lb, 24"'),
        L("R120906-32", 10, "BDL", "12x9x6 boxes"),
        L("TP-HM2110-19T", 1, "CS", '2" tan tape 1.9 mil'),
    ])
    return "14-blue-heron-supplies.eml", data, exp


def d15():
    text = """
 ~~ FAX ~~   FROM: OAKHURST FURNITURE WORKS  828 555 0149     NOV-10-2026 07:58   P.1/1


        OAKHURST FURNITURE WORKS                         PURCHASE 0RDER
        1840 Highland Ave NE                             P.O. No.   026131
        Hickory, NC 28601                                P.O. Date  11/10/2026
                                                         Required   11/17/2026

   VENDOR: RIDGELINE PACK & SHIP SUPPLY, INC.       SHIP TO: OAKHURST FURNITURE WORKS - PLANT 1
           4100 GATEWAY PKWY                                 1840 HIGHLAND AVE NE
           MECHANICSBURG, PA 17050                           HICKORY, NC 28601

  LN  ITEM       DESCRIPTION                        VENDOR ITEM     QTY   UM    UNIT COST     EXTENDED
  ---------------------------------------------------------------------------------------------------
  1   PKG-0301   CARTON 20X20X20 DW 48ECT                            80   EA       %s       %s
  2   PKG-0520   EDGE BOARD 2X2X48 .160             EB-2248           6   BDL     %s       %s
  3   PKG-0750   STRETCH FILM 20X5000 80GA CAST MACH                 12   RL      %s     %s
  4   PKG-0900   FOAM CORNER BLOCK 3X3X3                            400   EA        0.3100       124.00
  ---------------------------------------------------------------------------------------------------
                                                                           TOTAL USD    %s

  1. Our P.O. number must appear on all packing slips, bills of lading and invoices.
  2. Deliveries accepted Monday-Friday 7:00-15:00.
  Authorized: R. OKAFOR
"""
    p1, p2, p3 = each("R202020-DW"), price("EB-2248"), price("SF-M20500080C")
    tot = 80 * p1 + 6 * p2 + 12 * p3 + 124.00
    text = text % ("%.4f" % p1, money(80 * p1), "%.4f" % p2, money(6 * p2), "%.4f" % p3, money(12 * p3), money(tot))
    exp = E("Oakhurst Furniture Works", "026131", "2026-11-10", "2026-11-17", "USD",
            ship("OAKHURST FURNITURE WORKS - PLANT 1", "1840 HIGHLAND AVE NE", "HICKORY", "NC", "28601"), [
        L("R202020-DW", 80, "EA", "CARTON 20X20X20 DW 48ECT", p1, "PKG-0301"),
        L("EB-2248", 6, "BDL", "EDGE BOARD 2X2X48 .160", p2, "PKG-0520"),
        L("SF-M20500080C", 12, "RL", "STRETCH FILM 20X5000 80GA CAST MACH", p3, "PKG-0750"),
        L(None, 400, "EA", "FOAM CORNER BLOCK 3X3X3", 0.31, "PKG-0900"),
    ])
    return "15-oakhurst-fax-026131.txt", text.lstrip("\n").encode("utf-8"), exp


def d16():
    raw = [("R100806-32", "10x8x6 RSC 32ECT", 2500, "EA"),
           ("R121008-32", "12x10x8 RSC 32ECT", 1500, "EA"),
           ("R060606-32", "6x6x6 RSC 32ECT", 1000, "EA"),
           ("PM-1013W", "Poly mailer 10x13 white 2.5mil", 5000, "EA"),
           ("TP-HM2110-19C", "Tape 2in x 110yd clear 1.9mil (rolls)", 72, "RL"),
           ("LB-DT46-R3", "4x6 DT label 3in core (rolls)", 16, "RL")]

    def build(wb):
        ws = wb.active
        ws.title = "Wk46"
        ws.append(["Parcelwise Fulfillment - Columbus DC", None, None, None, "PO:", "PW-CMH-46-01"])
        ws.append(["Weekly packaging replenishment - week 46", None, None, None, "Order date:", "11/09/2026"])
        ws.append(["Ship to: 3880 Creekside Pkwy Suite B, Lockbourne OH 43137", None, None, None, "Deliver:", "11/12/2026"])
        ws.append([])
        ws.append(["PW Item", "Vendor SKU", "Description", "On hand", "Par", "Qty (each)", "Unit"])
        parts = ["PW-C1086", "PW-C1208", "PW-C0666", "PW-M1013", "PW-T2110", "PW-L46R"]
        onhand = [1200, 900, 350, 2200, 40, 6]
        for part, (sku, d, q, u), oh in zip(parts, raw, onhand):
            ws.append([part, sku, d, oh, oh + q, q, u])
        for col, wdt in zip("ABCDEFG", (12, 16, 38, 10, 10, 11, 8)):
            ws.column_dimensions[col].width = wdt
    book = xlsx(build)
    body = """Hi Ridgeline team,

Columbus weekly replenishment attached (PO PW-CMH-46-01). Quantities are in eaches per our usual sheet - please round to full bundles/cases if needed and tell us.

Thanks
Marcus Bell
Operations Manager, Parcelwise Fulfillment
"""
    data = eml(H("Marcus Bell <mbell@parcelwise-ops.com>", "Columbus wk46 replenishment - PO PW-CMH-46-01",
                 "Mon, 09 Nov 2026 13:22:40 -0500", "pw-cmh-46-01@parcelwise-ops.com"), text=body,
               attachments=[("CMH_wk46_replen.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", book)],
               boundary="pwcmh46")
    parts = ["PW-C1086", "PW-C1208", "PW-C0666", "PW-M1013", "PW-T2110", "PW-L46R"]
    st = {"street": "3880 Creekside Pkwy Suite B", "city": "Lockbourne", "region": "OH", "postal_code": "43137", "country": "US"}
    exp = E("Parcelwise Fulfillment", "PW-CMH-46-01", "2026-11-09", "2026-11-12", None, st,
            [L(s, q, u, d, None, part) for part, (s, d, q, u) in zip(parts, raw)])
    return "16-parcelwise-columbus-xlsx.eml", data, exp


def d17():
    body = """Karen - please process the below for Columbus on PO PW-CMH-46-07. Ship to Columbus DC (3880 Creekside Pkwy Suite B, Lockbourne OH 43137).

Marcus

---------- Forwarded message ---------
From: Shay Li <sli@parcelwise.com>
Date: Thu, Nov 12, 2026 at 9:14 AM
Subject: supplies
To: Marcus Bell <mbell@parcelwise-ops.com>


Marcus, we're almost out of:
- 18x18x12 boxes (15 bundles should do it)
- the green strapping 1/2" - 4 coils
- seals for it, 1 box
- XL gloves x 10 boxes
Also blades for the safety cutters, 5 packs.

thx
Shay
"""
    data = eml(H("Marcus Bell <mbell@parcelwise-ops.com>", "Fwd: supplies", "Thu, 12 Nov 2026 10:02:15 -0500",
                 "fwd-sli-1112@parcelwise-ops.com", to="Karen Pruitt <kpruitt@ridgelinepack.com>", extra=[("Cc", ORDERS)]), text=body)
    st = {"name": "Columbus DC", "street": "3880 Creekside Pkwy Suite B", "city": "Lockbourne", "region": "OH", "postal_code": "43137", "country": "US"}
    exp = E("Parcelwise Fulfillment", "PW-CMH-46-07", None, None, None, st, [
        L("R181812-32", 15, "BDL", "18x18x12 boxes"),
        L("ST-PET12-2900", 4, "RL", 'the green strapping 1/2"'),
        L("ST-SEAL12", 1, "BX", "seals for it"),
        L("GL-NIT5-XL", 10, "BX", "XL gloves"),
        L("CT-BLD-S", 5, "PK", "blades for the safety cutters"),
    ])
    return "17-parcelwise-forwarded.eml", data, exp


def d18():
    body = """Same again please, but 8 cases of the wrap this time instead of 6. No pallets or dispensers this round.

Mick

On Tue, Nov 3, 2026 at 4:02 PM Ridgeline Orders <orders@ridgelinepack.com> wrote:
> Hi Mick, confirming your order SO-558120, shipping Thu 11/5:
>
>   SF-H18150080C  STRETCH 18X1500 80GA CAST HAND 4RL/CS      6 CS
>   PL-4840-A      PALLET 48X40 GMA RECYCLED GRADE A 4-WAY   30 EA
>   R181210-32     RSC 18X12X10 32ECT KRAFT 20/BDL           10 BDL
>   SF-DISP-H      STRETCH DISPENSER HAND 10-18IN             2 EA
>
> Ship to: Harbor Lane Brewing Co., 77 Thames St, Portland ME 04101
>
> Thanks,
> Ridgeline Orders
"""
    data = eml(H("Mick Szabo <mick@harborlanebrewing.com>", "Re: Order confirmation SO-558120",
                 "Tue, 24 Nov 2026 11:47:02 -0500", "hl-re-558120@harborlanebrewing.com",
                 extra=[("In-Reply-To", "<so558120.conf@ridgelinepack.com>")]), text=body)
    exp = E("Harbor Lane Brewing Co.", None, None, None, None, OMIT, [
        L("SF-H18150080C", 8, "CS", "STRETCH 18X1500 80GA CAST HAND 4RL/CS"),
        L("R181210-32", 10, "BDL", "RSC 18X12X10 32ECT KRAFT 20/BDL"),
    ])
    return "18-harbor-lane-same-again.eml", data, exp


def d19():
    raw = [("Client: Verdant Pet", "RSC 14x14x14 32ECT", "R141414-32", 20, "BDL", price("R141414-32")),
           ("Client: Verdant Pet", "RSC 14x14x14 44ECT (heavy SKUs)", "R141414-44", 10, "BDL", price("R141414-44")),
           ("Client: Halden Audio", "RSC 20x20x20 32ECT", "R202020-32", 15, "BDL", price("R202020-32")),
           ("Building", "Acrylic tape 2in clear 2.0mil", "TP-AC2110-20C", 10, "CS", price("TP-AC2110-20C")),
           ("Building", "Hand film 15in x 1500 80ga", "SF-H15150080C", 6, "CS", price("SF-H15150080C")),
           ("Building", "Pallets 48x40 Grade A", "PL-4840-A", 60, "EA", price("PL-4840-A"))]

    def build(wb):
        ws = wb.active
        ws.title = "Order"
        ws["A1"] = "Tri-County Logistics LLC - Supplies Requisition / Purchase Order"
        ws["A3"], ws["B3"] = "PO:", "TC-77901"
        ws["A4"], ws["B4"] = "Date:", __import__("datetime").date(2026, 11, 16)
        ws["B4"].number_format = "m/d/yyyy"
        ws["A5"], ws["B5"] = "Required:", __import__("datetime").date(2026, 11, 20)
        ws["B5"].number_format = "m/d/yyyy"
        ws["A6"], ws["B6"] = "Ship to:", "Tri-County Logistics - Bethlehem, 1600 Commerce Center Blvd, Bethlehem, PA 18015"
        ws["A7"], ws["B7"] = "Supplier:", "Ridgeline Pack & Ship Supply"
        ws.append([])
        ws.append(["Charge to", "Item", "Ridgeline #", "Qty", "UOM", "Cost", "Ext"])
        for r in raw:
            ws.append(list(r) + [round(r[3] * r[5], 2)])
        ws.append([None, None, None, None, None, "TOTAL", round(sum(r[3] * r[5] for r in raw), 2)])
        ws.append([])
        ws.append(["Approved by: L. Ferreira"])
        for col, wdt in zip("ABCDEFG", (20, 34, 16, 8, 8, 10, 12)):
            ws.column_dimensions[col].width = wdt
    exp = E("Tri-County Logistics LLC", "TC-77901", "2026-11-16", "2026-11-20", None, TCB,
            [L(s, q, u, d, p) for _, d, s, q, u, p in raw])
    return "19-tricounty-requisition.xlsx", xlsx(build), exp


def d20():
    body = """Karen,

For Bethlehem: 2 pallets of the 18x18x18 (32 ect is fine) and 5,000 of the 10x10x10.
Also 4 rolls of pallet covers.

PO TC-77955

Thanks
Rob Dunleavy
Shift Lead, Tri-County Logistics - Bethlehem
1600 Commerce Center Blvd, Bethlehem PA 18015
"""
    data = eml(H("Rob Dunleavy <rdunleavy@tricountylogistics.com>", "Bethlehem boxes", "Tue, 17 Nov 2026 06:55:31 -0500",
                 "rd-bth-1117@tricountylogistics.com", to="Karen Pruitt <kpruitt@ridgelinepack.com>"), text=body)
    exp = E("Tri-County Logistics LLC", "TC-77955", None, None, None, TCB, [
        L("R181818-32", 2, "PLT", "18x18x18 (32 ect is fine)"),
        L("R101010-32", 5000, "EA", "10x10x10"),
        L("PC-514973", 4, "RL", "pallet covers"),
    ])
    return "20-tricounty-pallets-of-boxes.eml", data, exp


def d21():
    body = """Hi - can you send 3 more cases of the 4x6 labels (the 1" core ones)? Use the same PO as last week, 2291.

Thanks!
Priya
Inkwell Print & Copy

Sent from Outlook for Android
"""
    data = eml(H("Priya Natarajan <priya@inkwellprint.com>", "labels", "Thu, 12 Nov 2026 15:10:00 -0600",
                 "ink-labels-1112@inkwellprint.com"), text=body)
    exp = E("Inkwell Print & Copy", "2291", None, None, None, OMIT, [
        L("LB-DT46-R1", 3, "CS", '4x6 labels (the 1" core ones)'),
    ])
    return "21-inkwell-more-labels.eml", data, exp


def d22():
    body = """Hi, this is Gary at the district warehouse.

We need 24 boxes of the nitrile gloves (large) and 2 dozen box cutters, the safety kind. Please bill to blanket PO P27-00012.

Deliver to the district warehouse, 900 N 5th Ave. Receiving is 7-3:30.

Gary Lindqvist
Warehouse & Custodial Supply
Cedar Prairie USD
"""
    data = eml(H("Gary Lindqvist <glindqvist@cpusd.k12.ia.us>", "gloves and cutters", "Fri, 13 Nov 2026 09:26:18 -0600",
                 "cpusd-gl-1113@cpusd.k12.ia.us"), text=body)
    st = {"name": "district warehouse", "street": "900 N 5th Ave"}
    exp = E("Cedar Prairie Unified School District", "P27-00012", None, None, None, st, [
        L("GL-NIT5-L", 24, "BX", "nitrile gloves (large)"),
        L("CT-SAFE", 2, "DZ", "box cutters, the safety kind"),
    ])
    return "22-cpusd-gloves-cutters.eml", data, exp


DOCS_A = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22]
