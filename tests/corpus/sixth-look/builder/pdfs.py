"""PDF purchase orders (one attached to an email, three bare files)."""
import io
import os

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from common import L, eml, expected, ship

W, H = letter


def _canvas(target, title):
    c = canvas.Canvas(target, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    return c


def _row(c, y, cols, vals, font="Helvetica", size=8.5):
    c.setFont(font, size)
    for (x, align), v in zip(cols, vals):
        if align == "r":
            c.drawRightString(x, y, v)
        else:
            c.drawString(x, y, v)


def pell_creek_po(out):
    rows = [("D-11820", "300105", "MILK 1% WHITE 1/2 PT 50CT", "30", "CS", 18.95),
            ("D-11821", "300106", "MILK CHOC FAT FREE 1/2 PT 50CT", "12", "CS", 20.40),
            ("D-20410", "400113", "CHICKEN NUGGET WG BRD FULLY COOKED", "8", "CS", 58.90),
            ("D-20455", "", "BROCCOLI FLORETS FZ 12/2#", "5", "CS", 36.75),
            ("D-31002", "500144", "NAPKIN LUNCH 1PLY 1/4 FOLD", "4", "CS", 44.30),
            ("D-31050", "500134", "GLOVE VINYL PF MED", "6", "CS", 38.80),
            ("D-14100", "200133", "PINEAPPLE TIDBITS #10", "3", "CS", 37.25)]
    buf = io.BytesIO()
    c = _canvas(buf, "Purchase Order 26-0452")
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 50, "PELL CREEK UNIFIED SCHOOL DISTRICT")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 64, "Nutrition Services Department  |  410 Tannery Road, Pell Creek, OH 43061")
    c.drawString(40, H - 76, "Phone (740) 555-0139  |  Fax (740) 555-0140")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(W - 40, H - 50, "PURCHASE ORDER")
    _row(c, H - 68, [(W - 200, "l"), (W - 40, "r")], ["PO Number:", "26-0452"], "Helvetica", 9)
    _row(c, H - 80, [(W - 200, "l"), (W - 40, "r")], ["PO Date:", "12/09/2026"], "Helvetica", 9)
    _row(c, H - 92, [(W - 200, "l"), (W - 40, "r")], ["Required Date:", "12/21/2026"], "Helvetica", 9)
    _row(c, H - 104, [(W - 200, "l"), (W - 40, "r")], ["Fiscal Year:", "FY27"], "Helvetica", 9)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, H - 120, "VENDOR")
    c.drawString(300, H - 120, "SHIP TO")
    c.setFont("Helvetica", 9)
    for i, t in enumerate(["Brindlewood Foodservice Distributors, Inc.", "4410 Quarry Bend Road",
                           "Columbus, OH 43228", "Vendor #: V-00871"]):
        c.drawString(40, H - 133 - 11 * i, t)
    for i, t in enumerate(["Northgate Middle School - Kitchen", "77 Brace Street",
                           "Pell Creek, OH 43061", "Attn: Cafeteria Manager"]):
        c.drawString(300, H - 133 - 11 * i, t)
    cols = [(40, "l"), (62, "l"), (118, "l"), (172, "l"), (420, "r"), (450, "l"), (520, "r"),
            (572, "r")]
    y = H - 200
    _row(c, y, cols, ["Ln", "District #", "Vendor #", "Description", "Qty", "UOM", "Unit Price",
                      "Ext."], "Helvetica-Bold")
    c.line(40, y - 4, 572, y - 4)
    total = 0
    for i, (d, v, desc, q, u, p) in enumerate(rows, 1):
        y -= 16
        ext = int(q) * p
        total += ext
        _row(c, y, cols, [str(i), d, v, desc, q, u, f"{p:,.2f}", f"{ext:,.2f}"])
    c.line(40, y - 6, 572, y - 6)
    _row(c, y - 20, [(450, "l"), (572, "r")], ["TOTAL", f"${total:,.2f}"], "Helvetica-Bold", 9)
    c.setFont("Helvetica", 7.5)
    c.drawString(40, 110, "Deliveries accepted 6:30-11:00 AM school days. All prices per current "
                 "bid award B-2026-14. Invoice the District Business Office referencing PO number.")
    c.drawString(40, 98, "Authorized by: T. Halvorsen, Director of Nutrition Services")
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    n = "pell_creek_po_attached.eml"
    eml(out, n, "Marisol Venn <mvenn@pellcreekusd.org>", "PO 26-0452 Northgate MS",
        "Wed, 09 Dec 2026 15:37:48 -0500",
        "Good afternoon,\n\nPlease find attached PO 26-0452 for Northgate Middle School.\n"
        "Contract pricing per our bid award.\n\nThank you,\nMarisol Venn\n"
        "Food Service Coordinator, Pell Creek USD\n(740) 555-0139\n",
        attachments=[("PO_26-0452.pdf", "application/pdf", pdf)])
    skus = ["300105", "300106", "400113", "400132", "500144", "500134", "200133"]
    expected(out, n, customer="Pell Creek Unified School District", po="26-0452",
             order_date="2026-12-09", requested="2026-12-21",
             ship_to=ship("Northgate Middle School - Kitchen", "77 Brace Street", "Pell Creek",
                          "OH", "43061", "US"),
             lines=[L(s, r[2], int(r[3]), r[4], price=r[5], part=r[0]) for s, r in zip(skus, rows)],
             phenomenon="email + PDF PO with district item # next to vendor #, one vendor # blank "
                        "(description only), contract price differing from catalog")


def copper_ladle_po(out):
    rows = [("Shrimp 21-25 tail-on raw, 5x2lb", "3", "case", 96.80, "400141"),
            ("Chicken breast 6 oz boneless IQF", "4", "case", 42.70, "400110"),
            ("Heavy whipping cream, quarts", "2", "case", 58.80, "300110"),
            ("Strawberries, whole frozen", "2", "case", 46.30, "400170"),
            ("Hot cups 12 oz white", "1", "case", 61.40, "500102"),
            ("Lids for 12 oz hot cups", "1", "case", 36.10, "500106"),
            ("Chafing fuel 6 hr wick", "2", "case", 38.00, None)]
    n = "copper_ladle_po_CL-2612-11.pdf"
    c = _canvas(os.path.join(out, n), "PO CL-2612-11")
    c.setFillGray(0.35)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Times-Bold", 20)
    c.drawString(40, H - 42, "Copper Ladle Catering Co.")
    c.setFont("Times-Roman", 10)
    c.drawString(40, H - 58, "77 Wexley Industrial Park  \u00b7  Worthington, Ohio 43085  \u00b7  614-555-0142")
    c.setFillGray(0)
    c.setFont("Times-Bold", 14)
    c.drawString(40, H - 100, "Purchase Order")
    c.setFont("Times-Roman", 10)
    info = [("PO No.", "CL-2612-11"), ("Date", "December 10, 2026"),
            ("Supplier", "Brindlewood Foodservice"),
            ("Delivery", "Saturday, December 19, 2026 by 8:00 AM"),
            ("Event", "Aldane / Pryce wedding reception (190 guests)")]
    for i, (k, v) in enumerate(info):
        c.drawString(40, H - 120 - 14 * i, k + ":")
        c.drawString(110, H - 120 - 14 * i, v)
    c.setFont("Times-Bold", 10)
    c.drawString(360, H - 120, "Deliver to:")
    c.setFont("Times-Roman", 10)
    for i, t in enumerate(["Thornbury Hall (service entrance)", "5 Chapel Green Road",
                           "Westerville, OH 43081", "On-site contact: Imogen 614-555-0142"]):
        c.drawString(360, H - 134 - 13 * i, t)
    cols = [(40, "l"), (330, "r"), (345, "l"), (470, "r"), (560, "r")]
    y = H - 220
    _row(c, y, cols, ["Item", "Qty", "Unit", "Price", "Amount"], "Times-Bold", 10)
    c.line(40, y - 4, 560, y - 4)
    sub = 0
    for desc, q, u, p, _ in rows:
        y -= 17
        amt = int(q) * p
        sub += amt
        _row(c, y, cols, [desc, q, u, f"${p:.2f}", f"${amt:,.2f}"], "Times-Roman", 10)
    c.line(40, y - 6, 560, y - 6)
    for i, (k, v) in enumerate([("Subtotal", sub), ("Sales tax (exempt - resale)", 0.0),
                                ("Total (USD)", sub)]):
        _row(c, y - 22 - 14 * i, [(470, "r"), (560, "r")], [k, f"${v:,.2f}"], "Times-Roman", 10)
    c.setFont("Times-Italic", 9)
    c.drawString(40, 120, "Please call if any item is short - substitutions must be approved by Imogen.")
    c.showPage()
    c.save()
    expected(out, n, customer="Copper Ladle Catering Co.", po="CL-2612-11",
             order_date="2026-12-10", requested="2026-12-19", currency="USD",
             ship_to=ship("Thornbury Hall (service entrance)", "5 Chapel Green Road",
                          "Westerville", "OH", "43081", "US"),
             lines=[L(r[4], r[0], int(r[1]), "CS", price=r[3]) for r in rows],
             phenomenon="bare PDF PO, description-only lines with prices, long-form dates, event "
                        "venue ship-to, one item not carried (chafing fuel) -> null")


def stbramwell_two_page(out):
    rows = [
        ("FNS-0101", "300103", "Milk skim gallon 4/1", 12, "CS", 16.40),
        ("FNS-0102", "300102", "Milk 2% gallon 4/1", 8, "CS", 16.90),
        ("FNS-0103", "300101", "Milk whole gallon 4/1", 4, "CS", 17.60),
        ("FNS-0110", "300111", "Half and half qt", 3, "CS", 31.45),
        ("FNS-0111", "300112", "Creamer cups half & half", 4, "CS", 27.90),
        ("FNS-0120", "300140", "Eggs shell large loose 15 dz", 6, "CS", 38.40),
        ("FNS-0121", "300142", "Egg liquid whole 12/2#", 3, "CS", 44.60),
        ("FNS-0130", "300150", "Yogurt vanilla lowfat 4 oz", 5, "CS", 23.10),
        ("FNS-0131", "300151", "Yogurt strawberry lowfat 4 oz", 5, "CS", 23.10),
        ("FNS-0140", "300122", "Cheese American yellow sliced", 2, "CS", 52.35),
        ("FNS-0141", "300126", "Cheese Swiss sliced", 1, "CS", 71.45),
        ("FNS-0150", "300132", "Butter pats salted", 2, "CS", 34.20),
        ("FNS-0160", "200150", "Soup chicken noodle cond", 3, "CS", 54.30),
        ("FNS-0161", "200152", "Soup cream of mushroom cond", 2, "CS", 51.10),
        ("FNS-0170", "100121", "Rice parboiled LG 25#", 4, "BG", 18.90),
        ("FNS-0171", "100132", "Macaroni elbow 2/10#", 2, "CS", 18.75),
        ("FNS-0180", "400110", "Chicken breast 6oz IQF", 6, "CS", 42.70),
        ("FNS-0181", "400121", "Beef patty 80/20 5.3 oz", 3, "CS", 49.60),
        ("FNS-0190", "400132", "Broccoli florets frozen", 4, "CS", 36.75),
        ("FNS-0191", "400130", "Peas green frozen", 3, "CS", 33.40),
        ("FNS-0192", "400131", "Corn cut frozen", 3, "CS", 31.90),
        ("FNS-0200", "500134", "Glove vinyl PF medium", 4, "CS", 38.80),
        ("FNS-0201", "500135", "Glove vinyl PF large", 4, "CS", 38.80),
        ("FNS-0202", "500136", "Glove vinyl PF X-large", 2, "CS", 40.20),
        ("FNS-0210", "500140", "Napkin dinner 2 ply 1/8 fold", 3, "CS", 54.60),
        ("FNS-0211", "500161", "Film wrap 12 in x 2000 ft", 2, "RL", 19.90),
        ("FNS-0220", "600105", "Sanitizer quat 4/1 gal", 2, "CS", 52.30),
        ("FNS-0221", "600103", "Dish machine detergent 5 gal", 2, "EA", 72.80),
        ("FNS-0222", "600104", "Rinse aid 5 gal", 1, "EA", 84.50),
        ("FNS-0223", "600111", "Bleach germicidal 6/121 oz", 2, "CS", 26.85),
        ("FNS-0224", "600112", "Hand soap foam refill", 3, "CS", 37.60),
        ("FNS-0225", "600114", "Quat test strips", 4, "EA", 14.90),
    ]
    n = "stbramwell_po_HB-55177.pdf"
    c = _canvas(os.path.join(out, n), "HB-55177")
    cols = [(36, "l"), (60, "l"), (116, "l"), (166, "l"), (410, "r"), (425, "l"), (505, "r"),
            (576, "r")]

    def header(page):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, H - 44, "St. Bramwell Regional Medical Center")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, H - 57, "Materials Management - Food & Nutrition Services")
        c.drawRightString(576, H - 44, "PURCHASE ORDER  HB-55177")
        c.drawRightString(576, H - 57, f"Page {page} of 2")
        y = H - 80
        if page == 1:
            c.drawString(36, y, "PO Date: 12/11/2026")
            c.drawString(200, y, "Delivery Date: 12/21/2026")
            c.drawString(380, y, "Buyer: D. Achterberg x0126")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(36, y - 20, "Bill To")
            c.drawString(300, y - 20, "Ship To")
            c.setFont("Helvetica", 8.5)
            for i, t in enumerate(["St. Bramwell Health - Accounts Payable", "PO Box 4410",
                                   "Dayton, OH 45401"]):
                c.drawString(36, y - 32 - 11 * i, t)
            for i, t in enumerate(["St. Bramwell Regional Medical Center",
                                   "1950 Orchard Hill Drive", "Receiving Dock B",
                                   "Dayton, OH 45409"]):
                c.drawString(300, y - 32 - 11 * i, t)
            y -= 90
        else:
            c.drawString(36, y, "PO HB-55177 (continued)")
            y -= 20
        _row(c, y, cols, ["Ln", "Item #", "Vendor Cat#", "Description", "Qty", "UOM", "Unit Cost",
                          "Extended"], "Helvetica-Bold", 8)
        c.line(36, y - 4, 576, y - 4)
        return y

    y = header(1)
    total = 0
    page = 1
    for i, (part, sku, desc, q, u, p) in enumerate(rows, 1):
        if i == 23:
            c.setFont("Helvetica-Oblique", 8)
            c.drawRightString(576, 60, "Continued on next page")
            c.showPage()
            page = 2
            y = header(2)
        y -= 14
        total += q * p
        _row(c, y, cols, [str(i), part, sku, desc, str(q), u, f"{p:.2f}", f"{q * p:,.2f}"],
             "Helvetica", 8)
    c.line(36, y - 6, 576, y - 6)
    _row(c, y - 20, [(505, "r"), (576, "r")], ["PO Total", f"{total:,.2f}"], "Helvetica-Bold", 8.5)
    c.setFont("Helvetica", 7.5)
    c.drawString(36, 90, "Terms: Net 30. Temperature-controlled items must arrive at or below 41F. "
                 "Reference PO number on all invoices and packing slips.")
    c.showPage()
    c.save()
    expected(out, n, customer="St. Bramwell Regional Medical Center", po="HB-55177",
             order_date="2026-12-11", requested="2026-12-21",
             ship_to=ship("St. Bramwell Regional Medical Center", "1950 Orchard Hill Drive",
                          "Dayton", "OH", "45409", "US"),
             lines=[L(s, d, q, u, price=p, part=pt) for pt, s, d, q, u, p in rows],
             phenomenon="two-page PDF (32 lines), header repeated on page 2, separate bill-to / "
                        "ship-to, buyer item # + vendor catalog #, unit prices")


def bayleaf_order_sheet(out):
    # pre-printed order guide; only rows with a quantity are ordered
    rows = [("Fries 3/8 straight", "6/5#", "", None), ("Fries 1/4 shoestring", "6/4.5#", "4", "400102"),
            ("Sweet potato fries", "6/2.5#", "", None), ("Shrimp 16/20 P&D T-off", "5/2#", "3", "400140"),
            ("Shrimp 21/25 P&D T-on", "5/2#", "2", "400141"), ("Cod fillet 4-6 oz", "10#", "2", "400142"),
            ("Panko", "2/10#", "", None), ("Mayo HD gal", "4/1 gal", "1", "100170"),
            ("Ketchup packets", "1000ct", "2", "100172"), ("Canola fry oil JIB", "35#", "6", "100140"),
            ("Lemons 115ct", "case", "1", None), ("Foam 9x9 3-comp", "200ct", "", None),
            ("Foam 8x8 1-comp", "200ct", "2", "500126"), ("Degreaser 4x1", "cs", "1", "600107")]
    n = "bayleaf_order_sheet.pdf"
    c = _canvas(os.path.join(out, n), "Kitchen order sheet")
    c.setFont("Courier-Bold", 13)
    c.drawString(50, H - 50, "BAYLEAF & BRINE SEAFOOD HOUSE - KITCHEN ORDER SHEET")
    c.setFont("Courier", 10)
    c.drawString(50, H - 70, "640 Harbor Pointe Blvd, Sandusky OH 44870     419-555-0150")
    c.drawString(50, H - 90, "Vendor: BRINDLEWOOD        Order date: 12/17/2026")
    c.drawString(50, H - 104, "Needed for: MON 12/21        Ordered by: R. Quist")
    y = H - 135
    c.setFont("Courier-Bold", 10)
    c.drawString(50, y, "QTY   ITEM                          PACK")
    c.line(50, y - 4, 420, y - 4)
    c.setFont("Courier", 10)
    for item, pack, q, _ in rows:
        y -= 18
        c.rect(50, y - 3, 28, 13)
        if q:
            c.setFont("Helvetica-Oblique", 11)
            c.drawString(58, y, q)
            c.setFont("Courier", 10)
        c.drawString(92, y, item)
        c.drawString(330, y, pack)
    c.drawString(50, y - 40, "Notes: lemons if you have them, otherwise skip.")
    c.showPage()
    c.save()
    lines = []
    for item, pack, q, sku in rows:
        if q:
            uom = "EA" if sku == "100140" else "CS"
            lines.append(L(sku, item, int(q), uom))
    expected(out, n, customer="Bayleaf & Brine Seafood House", order_date="2026-12-17",
             requested="2026-12-21", lines=lines,
             phenomenon="bare PDF pre-printed order guide: blank qty boxes are not lines, qty "
                        "before item, pack column, lemons not carried -> null")


def build(out):
    pell_creek_po(out)
    copper_ladle_po(out)
    stbramwell_two_page(out)
    bayleaf_order_sheet(out)
