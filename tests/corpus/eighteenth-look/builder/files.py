"""Non-e-mail documents: PDF purchase orders, XLSX, CSV, X12 850, UBL; also attachment bytes."""
import csv
import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from openpyxl import Workbook

from common import L, P, label, main_ship, ship, write_doc
from masterdata import CAT, SELLER

SELLER_BLOCK = [SELLER["name"], SELLER["street"], "%s, %s %s" % (SELLER["city"], SELLER["region"], SELLER["postal_code"])]


def pdf(title, top_left, top_right, blocks, cols, rows, footer=(), mono=False, per_page=40):
    """cols: [(header, x, align)], rows: list of tuples of strings."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    f, fb = ("Courier", "Courier-Bold") if mono else ("Helvetica", "Helvetica-Bold")
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    for pn, chunk in enumerate(pages, 1):
        y = 750
        c.setFont(fb, 15)
        c.drawString(40, y, title)
        c.setFont(f, 9)
        for i, t in enumerate(top_left):
            c.drawString(40, y - 16 - 11 * i, t)
        for i, t in enumerate(top_right):
            c.drawString(360, y - 16 - 11 * i, t)
        y -= 30 + 11 * max(len(top_left), len(top_right))
        if pn == 1:
            x = 40
            for head, lines in blocks:
                c.setFont(fb, 9)
                c.drawString(x, y, head)
                c.setFont(f, 9)
                for i, t in enumerate(lines):
                    c.drawString(x, y - 11 * (i + 1), t)
                x += 260
            y -= 20 + 11 * max([len(b[1]) for b in blocks] or [0])
        c.setFont(fb, 8.5)
        for head, x, al in cols:
            (c.drawRightString if al == "r" else c.drawString)(x, y, head)
        y -= 4
        c.line(40, y, 572, y)
        y -= 12
        c.setFont(f, 8.5)
        for r in chunk:
            for (head, x, al), v in zip(cols, r):
                (c.drawRightString if al == "r" else c.drawString)(x, y, v)
            y -= 13
        if pn == len(pages):
            y -= 6
            for t in footer:
                c.drawString(40, y, t)
                y -= 12
        c.setFont(f, 7.5)
        c.drawString(40, 30, "Page %d of %d" % (pn, len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue()


def money(x):
    return "{:,.2f}".format(x)


def xlsx(rows_by_sheet):
    wb = Workbook()
    first = True
    for name, rows in rows_by_sheet:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_text(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- attachments used by e-mails
def harbor_point_pdf():
    """PDF PO attached to an e-mail (Harbor Point Hotel)."""
    items = [("TWB-2754-17W", 6, "DZ"), ("TWH-1630-45W", 8, "DZ"), ("TWW-1313-15W", 10, "DZ"),
             ("TWM-2234-10W", 4, "DZ"), ("PCS-K-T250", 5, "DZ")]
    rows, lines = [], []
    for i, (s, q, u) in enumerate(items, 1):
        rows.append((str(i), s, CAT[s]["description"], str(q), u, money(P(s)), money(q * P(s))))
        lines.append(L(s, q, u, P(s)))
    total = sum(q * P(s) for s, q, u in items)
    data = pdf("PURCHASE ORDER", ["Harbor Point Hotel", "120 E River St", "Savannah, GA 31401", "Tel 912-555-0190"],
               ["PO Number: HPH-26-0418", "PO Date: 04/14/2026", "Deliver by: 04/21/2026", "Buyer: Denise Ward"],
               [("Vendor", SELLER_BLOCK), ("Ship To", ["Harbor Point Hotel", "Attn: Laundry / Receiving", "120 E River St", "Savannah, GA 31401"])],
               [("#", 40, "l"), ("Item", 58, "l"), ("Description", 140, "l"), ("Qty", 392, "r"), ("UOM", 400, "l"),
                ("Unit Price", 480, "r"), ("Ext.", 560, "r")], rows,
               ["Subtotal: $%s" % money(total), "Freight: TBD", "Please confirm ship date to purchasing@harborpointhotel.com"])
    exp = label(customer="Harbor Point Hotel", po="HPH-26-0418", order_date="2026-04-14", requested="2026-04-21",
                currency="USD", ship_to=ship("Harbor Point Hotel", "120 E River St", "Savannah", "GA", "31401"), lines=lines)
    return data, exp


def canyon_ridge_xlsx():
    items = [("AM-SG-SH-15", "1.5 oz Shampoo", 3), ("AM-SG-CD-15", "1.5 oz Conditioner", 3), ("AM-SG-LO-15", "1.5 oz Lotion", 2),
             ("AM-SG-BW-15", "1.5 oz Body Wash", 2), ("SP-SG-40W", "Soap 40g wrapped", 2), ("AC-SHCAP", "Shower caps", 1)]
    rows = [["Canyon Ridge Resort - Housekeeping Order"], ["Order date", "2026-06-02"], ["PO", "CRR-3317"], [],
            ["Vendor SKU", "Item", "Unit", "Qty", "Price", "Total"]]
    lines = []
    for s, d, q in items:
        rows.append([s, d, "CS", q, P(s), round(q * P(s), 2)])
        lines.append(L(s, q, "CS", P(s), desc=d))
    rows += [[], ["", "", "", "", "Total", round(sum(q * P(s) for s, d, q in items), 2)]]
    exp = label(customer="Canyon Ridge Resort", po="CRR-3317", order_date="2026-06-02", requested=None,
                currency=None, ship_to=None, lines=lines)
    return xlsx([("Order", rows)]), exp


def stayright_csv():
    items = [("TT-2P-500-96", 4), ("FT-2P-85-36", 2), ("CL-1717-03W", 1), ("CL-3339-09B", 2), ("CF-FP-REG", 3), ("CF-FP-DEC", 1), ("CP-HOT-10", 1), ("CP-LID-1012", 1)]
    rows = [["Line", "ItemNo", "Description", "Qty", "UOM"]]
    lines = []
    for i, (s, q) in enumerate(items, 1):
        rows.append([i, s, CAT[s]["description"], q, "CS"])
        lines.append(L(s, q, "CS"))
    exp = label(customer="StayRight Inn & Suites Columbus", po=None, order_date=None, requested=None,
                currency=None, ship_to=None, lines=lines)
    return csv_text(rows), exp


# ---------------------------------------------------------------- standalone files
def build():
    # f01 standard PDF PO
    items = [("SHF-Q-T250", 10), ("SHX-Q-T250", 10), ("SHF-K-T250", 6), ("SHX-K-T250", 6), ("PCS-Q-T250", 8), ("PCS-K-T250", 5)]
    rows = [(str(i), s, CAT[s]["description"], str(q), "DZ", money(P(s)), money(q * P(s))) for i, (s, q) in enumerate(items, 1)]
    data = pdf("PURCHASE ORDER", ["Bayshore Grand Hotel", "4100 Bayshore Blvd", "Tampa, FL 33611"],
               ["P.O. No.: 7702145", "Date: March 3, 2026", "Required: March 17, 2026", "Terms: Net 30"],
               [("Vendor", SELLER_BLOCK), ("Ship To", ["Bayshore Grand Hotel - Receiving", "4100 Bayshore Blvd", "Tampa, FL 33611"])],
               [("Ln", 40, "l"), ("Our Ref", 58, "l"), ("Description", 135, "l"), ("Qty", 392, "r"), ("UOM", 400, "l"), ("Price", 480, "r"), ("Amount", 560, "r")],
               rows, ["Total: $%s" % money(sum(q * P(s) for s, q in items)), "Deliver to loading dock, 7am-2pm only."])
    write_doc("po-bayshore-linen.pdf", data, label(customer="Bayshore Grand Hotel", po="7702145", order_date="2026-03-03", requested="2026-03-17",
              currency="USD", ship_to=main_ship("Bayshore Grand Hotel"), lines=[L(s, q, "DZ", P(s)) for s, q in items]),
              "PDF", "Standard one-page PDF PO; queen vs king sheet and pillowcase look-alikes, full header")

    # f02 two-page PDF PO (Meridian corporate, several items)
    items = [("TWB-2754-15W", 20), ("TWH-1630-4W", 24), ("TWW-1212-15W", 30), ("TWM-2034-10W", 10), ("SHF-Q-T180", 12), ("SHX-Q-T180", 12),
             ("SHF-K-T180", 8), ("SHX-K-T180", 8), ("PCS-S-T180", 15), ("PCS-K-T180", 10), ("AM-CV-SH-30", 6), ("AM-CV-CD-30", 6),
             ("AM-CV-LO-30", 4), ("AM-CV-BW-30", 4), ("SP-CV-25W", 5), ("SP-CV-40P", 3), ("AC-VANKIT", 2), ("AC-DENTAL", 2),
             ("TT-2P-500-96", 12), ("FT-2P-100-30", 6), ("CL-1717-03W", 4), ("CL-4046-15B", 3), ("CH-GC-CON-GAL", 8), ("CH-DS-CON-GAL", 8),
             ("CH-CS-CON-5G", 2), ("CF-FP-REG", 6), ("CF-FP-DEC", 2), ("CF-CREAM-PWD", 2), ("CF-SUGAR", 1), ("CP-HOT-08", 3),
             ("KC-RFID-1K", 4), ("KC-SLEEVE", 4), ("LB-A19-9W-27", 20), ("BT-AA-24", 10)]
    parts = ["MHG-%05d" % (10200 + 7 * i) for i in range(len(items))]
    rows = [(str(i + 1), parts[i], s, CAT[s]["description"][:44], str(q), CAT[s]["uom"], money(P(s)), money(q * P(s))) for i, (s, q) in enumerate(items)]
    data = pdf("MERIDIAN HOSPITALITY GROUP - PURCHASE ORDER", ["Central Purchasing", "1400 S Church St, Suite 300", "Charlotte, NC 28203"],
               ["PO #: MHG-PO-260977", "Order Date: 07/09/2026", "Need Date: 07/20/2026", "Property: Meridian Inn Uptown"],
               [("Supplier", SELLER_BLOCK), ("Deliver To", ["Meridian Inn Uptown", "215 N Tryon St", "Charlotte, NC 28202"])],
               [("#", 40, "l"), ("MHG Item", 55, "l"), ("Supplier Item", 108, "l"), ("Description", 190, "l"), ("Qty", 430, "r"),
                ("UOM", 436, "l"), ("Unit", 500, "r"), ("Extended", 565, "r")], rows,
               ["Order Total: $%s" % money(sum(q * P(s) for s, q in items)), "Invoice central purchasing; reference PO on every packing slip."], per_page=22)
    write_doc("po-meridian-two-page.pdf", data, label(customer="Meridian Hospitality Group", po="MHG-PO-260977", order_date="2026-07-09",
              requested="2026-07-20", currency="USD", ship_to=main_ship("Meridian Hospitality Group"),
              lines=[L(s, q, None, P(s), part=parts[i]) for i, (s, q) in enumerate(items)]),
              "PDF", "Two-page PDF PO, 34 lines with buyer item numbers and supplier SKUs, corporate bill-to vs property ship-to")

    # f03 monospace PMS print
    items = [("CL-2433-05C", 2, "CS"), ("CL-3339-15B", 3, "CS"), ("CH-NF-CON-GAL", 4, "GAL"), ("CH-BR-RTU-QT", 24, "EA"), ("CH-TB-QT", 24, "EA"),
             ("PT-MF-4000", 2, "CS"), ("FL-PTAC-UNIV", 6, "PK")]
    rows = [("%-6s" % s.split("-")[0], s, CAT[s]["description"][:40], "%d" % q, u, "%.2f" % P(s)) for s, q, u in items]
    data = pdf("STAYRIGHT INN & SUITES  REQ/PO PRINT", ["PROPERTY 0447 STAYRIGHT INN & SUITES COLUMBUS", "5870 SAWMILL RD  DUBLIN OH 43017"],
               ["PO NBR ....: 0447-11852", "PO DATE ...: 09/28/26", "DELIV DATE : 10/05/26"],
               [("VENDOR", [s.upper() for s in SELLER_BLOCK]), ("SHIP TO", ["STAYRIGHT INN & SUITES", "5870 SAWMILL RD", "DUBLIN OH 43017"])],
               [("GRP", 40, "l"), ("VENDOR ITEM", 85, "l"), ("DESCRIPTION", 185, "l"), ("QTY", 470, "r"), ("UM", 478, "l"), ("PRICE", 565, "r")],
               rows, ["*** END OF PO ***  APPROVED: K. OSEI (GM)"], mono=True)
    write_doc("po-stayright-pms-print.pdf", data, label(customer="StayRight Inn & Suites Columbus", po="0447-11852", order_date="2026-09-28",
              requested="2026-10-05", currency=None, ship_to=main_ship("StayRight Inn & Suites Columbus"), lines=[L(s, q, u, P(s)) for s, q, u in items]),
              "PDF", "Monospace PMS print with 2-digit-year dates; prices but no currency written anywhere (currency null)")

    # f04 PDF with customer part column only (no supplier SKU)
    items = [("AM-CV-SH-15", "SPA-SH15", "Citrus Verbena shampoo 1.5oz", 4), ("AM-CV-CD-15", "SPA-CD15", "Citrus Verbena conditioner 1.5oz", 4),
             ("AM-CV-BW-15", "SPA-BW15", "Citrus Verbena body wash 1.5oz", 3), ("AM-CV-LO-15", "SPA-LO15", "Citrus Verbena lotion 1.5oz", 3),
             ("SP-CV-40P", "SPA-SOAP40", "CV soap 40g pleated", 2), ("AC-SLIP-CT", "SPA-SLIPC", "Slippers closed toe", 2), ("TWP-3570-BS", "POOL-3570", "Pool towel 35x70 stripe", 6)]
    rows = [(p, d, str(q), "CS" if not s.startswith("TWP") else "DZ", money(P(s)), money(q * P(s))) for s, p, d, q in items]
    data = pdf("Sunset Palms Resort & Spa", ["Purchasing Department", "9850 Gulf Shore Dr, Naples, FL 34108", "purchasing@sunsetpalmsresort.com"],
               ["Purchase Order SP-44871", "Issued 2026-08-11"],
               [("Supplier", SELLER_BLOCK), ("Deliver to", ["Sunset Palms Resort & Spa", "Receiving - Service Entrance", "9850 Gulf Shore Dr", "Naples, FL 34108"])],
               [("Our Item #", 40, "l"), ("Description", 120, "l"), ("Qty", 360, "r"), ("Unit", 368, "l"), ("Unit Cost", 470, "r"), ("Line Total", 560, "r")],
               rows, ["Grand total USD %s" % money(sum(q * P(s) for s, p, d, q in items))])
    write_doc("po-sunsetpalms-spa.pdf", data, label(customer="Sunset Palms Resort & Spa", po="SP-44871", order_date="2026-08-11", requested=None,
              currency="USD", ship_to=ship("Sunset Palms Resort & Spa", "9850 Gulf Shore Dr", "Naples", "FL", "34108"),
              lines=[L(s, q, "CS" if not s.startswith("TWP") else "DZ", P(s), part=p, desc=d) for s, p, d, q in items]),
              "PDF", "PDF PO with only the buyer's item numbers; 1.5 oz Citrus Verbena vs Sea Grass / 1 oz / 30 ml look-alikes")

    # f05 conference center PDF with event ship-to and requested date
    items = [("CP-HOT-12", 4), ("CP-LID-1012", 4), ("NP-BEV-1P", 3), ("NP-DIN-2P", 2), ("PL-PAP-09", 6), ("CT-KIT-FKN", 8), ("CF-POD-REG", 5), ("CF-STIR-55", 1), ("CF-SWEET-BL", 1)]
    rows = [(s, CAT[s]["description"], str(q), "CS", money(P(s)), money(q * P(s))) for s, q in items]
    data = pdf("Lakeview Conference Center", ["Food & Beverage Purchasing", "1 Lakeview Dr, Madison WI 53704"],
               ["Requisition / PO: LCC-F26-0311", "Date: 10/14/2026", "Event: Midwest Dairy Expo", "Needed by: 10/26/2026"],
               [("Vendor", SELLER_BLOCK), ("Ship to", ["Lakeview Conference Center - East Pavilion", "1 Lakeview Dr, Door E4", "Madison, WI 53704"])],
               [("Item", 40, "l"), ("Description", 115, "l"), ("Qty", 405, "r"), ("U/M", 412, "l"), ("Price", 490, "r"), ("Total", 565, "r")],
               rows, ["Total $%s" % money(sum(q * P(s) for s, q in items)), "Tax exempt - certificate on file"])
    write_doc("po-lakeview-event.pdf", data, label(customer="Lakeview Conference Center", po="LCC-F26-0311", order_date="2026-10-14", requested="2026-10-26",
              currency="USD", ship_to=ship("Lakeview Conference Center - East Pavilion", "1 Lakeview Dr, Door E4", "Madison", "WI", "53704"),
              lines=[L(s, q, "CS", P(s)) for s, q in items]),
              "PDF", "F&B disposables PDF for an event; ship-to is a pavilion door, hot cup / lid size look-alikes")

    # f06 XLSX par-level sheet (order qty column is the order)
    par = [("Bath towel 27x54", "TWB-2754-15W", 40, 31, 9), ("Hand towel 16x30", "TWH-1630-4W", 50, 44, 6), ("Washcloth 13x13", "TWW-1313-15W", 60, 60, 0),
           ("Bath mat 20x34", "TWM-2034-10W", 20, 15, 5), ("Queen flat T250", "SHF-Q-T250", 30, 26, 4), ("Queen fitted T250", "SHX-Q-T250", 30, 27, 3),
           ("King flat T250", "SHF-K-T250", 16, 16, 0), ("King pillowcase T250", "PCS-K-T250", 20, 12, 8)]
    rows = [["Magnolia Court Hotel - Linen Par Sheet", "", "", "", "", ""], ["Order date", "2026-05-18", "", "", "", ""], ["Units: dozens", "", "", "", "", ""], [],
            ["Item", "Harborline #", "Par (dz)", "On hand (dz)", "Order (dz)", "Notes"]]
    for d, s, p, oh, o in par:
        rows.append([d, s, p, oh, o, "" if o else "at par"])
    data = xlsx([("Linen par", rows)])
    write_doc("par-magnolia-linen.xlsx", data, label(customer="Magnolia Court Hotel", po=None, order_date="2026-05-18", requested=None, currency=None,
              ship_to=None, lines=[L(s, o, "DZ", desc=d) for d, s, p, oh, o in par if o]),
              "XLSX", "Par-level sheet: only the Order column is ordered, zero rows are not lines, par/on-hand must be ignored")

    # f07 XLSX order form filled by Blue Heron
    items = [("TT-2P-400-80", 3), ("FT-2P-100-30", 1), ("SP-SG-15W", 1), ("AM-SG-SH-10", 1), ("CL-2433-05B", 1), ("KC-MAG-LOCO", 2), ("BT-AA-24", 2)]
    rows = [["HARBORLINE HOSPITALITY SUPPLY - ORDER FORM"], ["Customer:", "Blue Heron Motel"], ["Account #:", "C1011"], ["PO #:", "BH-0614"],
            ["Date:", "06/14/2026"], ["Ship to:", "1702 S Ocean Blvd, Myrtle Beach SC 29577"], [], ["Item #", "Description", "Pack", "Unit", "Qty", "Price (USD)", "Ext (USD)"]]
    for s, q in items:
        c = CAT[s]
        rows.append([s, c["description"], c["pack_size"], c["uom"], q, P(s), round(q * P(s), 2)])
    rows += [[], ["", "", "", "", "", "Total", round(sum(q * P(s) for s, q in items), 2)]]
    write_doc("orderform-blueheron.xlsx", xlsx([("Order Form", rows)]), label(customer="Blue Heron Motel", po="BH-0614", order_date="2026-06-14", requested=None,
              currency="USD", ship_to=ship("Blue Heron Motel", "1702 S Ocean Blvd", "Myrtle Beach", "SC", "29577"), lines=[L(s, q, None, P(s)) for s, q in items]),
              "XLSX", "Seller's own order form filled in; header as label/value pairs, ship-to on one cell")

    # f08 CSV export from a procurement system (Meridian, sister property)
    items = [("SHF-T-T180", 6), ("SHX-T-T180", 6), ("SHF-F-T180", 4), ("SHX-F-T180", 4), ("PCS-S-T180", 8), ("MPD-T", 12), ("MPD-F", 6), ("PIL-S-FB", 24)]
    rows = [["PO_NUMBER", "PO_DATE", "REQ_DATE", "SHIP_TO_NAME", "SHIP_TO_ADDR1", "SHIP_TO_CITY", "SHIP_TO_STATE", "SHIP_TO_ZIP", "LINE", "BUYER_ITEM", "VENDOR_ITEM", "ITEM_DESC", "QTY", "UOM", "UNIT_COST", "CURRENCY"]]
    for i, (s, q) in enumerate(items, 1):
        rows.append(["MHG-PO-261204", "2026-08-24", "2026-09-01", "Meridian Inn Airport", "4823 Wilkinson Blvd", "Charlotte", "NC", "28208", i,
                     "MHG-%05d" % (30100 + i), s, CAT[s]["description"], q, CAT[s]["uom"], "%.2f" % P(s), "USD"])
    write_doc("export-meridian-airport.csv", csv_text(rows), label(customer="Meridian Hospitality Group", po="MHG-PO-261204", order_date="2026-08-24",
              requested="2026-09-01", currency="USD", ship_to=ship("Meridian Inn Airport", "4823 Wilkinson Blvd", "Charlotte", "NC", "28208"),
              lines=[L(s, q, None, P(s), part="MHG-%05d" % (30100 + i)) for i, (s, q) in enumerate(items, 1)]),
              "CSV", "Flat procurement export, header repeated on every row; twin/full bedding for a sister property")

    # f09 CSV, semicolon, quantities by description only
    items = [("Glass cleaner RTU quart", "CH-GC-RTU-QT", 24, "EA"), ("Disinfectant concentrate gallon", "CH-DS-CON-GAL", 6, "GAL"),
             ("Carpet shampoo 5 gal", "CH-CS-CON-5G", 1, "EA"), ("Trigger sprayers", "CH-TRIGGER", 24, "EA"), ("33 gal liners 1.5 mil", "CL-3339-15B", 2, "CS")]
    rows = [["description", "qty", "unit", "note"]] + [[d, q, u, ""] for d, s, q, u in items]
    rows[-1][3] = "black"
    write_doc("chem-order-export.csv", csv_text(rows, ";"), label(customer=None, po=None, order_date=None, requested=None, currency=None, ship_to=None,
              lines=[L(s, q, u, desc=d) for d, s, q, u in items]),
              "CSV", "Semicolon CSV with descriptions only and no customer/header info (customer null); RTU vs concentrate look-alikes")

    # f10 X12 850
    items = [("TWB-3056-17W", 12, "DZ", "BG-44101"), ("TWH-1830-5W", 12, "DZ", "BG-44102"), ("TWW-1313-2W", 15, "DZ", "BG-44103"), ("TWP-3060-BS", 10, "DZ", "BG-44180")]
    segs = ["ISA*00*          *00*          *ZZ*BAYSHOREGRAND  *ZZ*HARBORLINE     *260402*1030*U*00401*000000912*0*P*>",
            "GS*PO*BAYSHOREGRAND*HARBORLINE*20260402*1030*912*X*004010", "ST*850*0001", "BEG*00*SA*7702311**20260402",
            "CUR*BY*USD", "REF*DP*HSKP", "DTM*002*20260410", "N1*BY*Bayshore Grand Hotel*92*C1001",
            "N1*ST*Bayshore Grand Hotel - Receiving*92*TPA01", "N3*4100 Bayshore Blvd", "N4*Tampa*FL*33611*US"]
    for i, (s, q, u, bp) in enumerate(items, 1):
        segs.append("PO1*%d*%d*%s*%.2f**VN*%s*BP*%s" % (i, q, u, P(s), s, bp))
        segs.append("PID*F****%s" % CAT[s]["description"])
    segs += ["CTT*%d" % len(items), "SE*%d*0001" % (len(segs) - 2 + 1), "GE*1*912", "IEA*1*000000912"]
    write_doc("edi850-bayshore.edi", "~\n".join(segs) + "~\n", label(customer="Bayshore Grand Hotel", po="7702311", order_date="2026-04-02", requested="2026-04-10",
              currency="USD", ship_to=main_ship("Bayshore Grand Hotel"), lines=[L(s, q, u, P(s), part=bp) for s, q, u, bp in items]),
              "X12", "X12 850 with VN seller SKU and BP buyer part; large bath/hand/wash sizes and pool towels")

    # f11 UBL order
    items = [("KC-RFID-UL", 10, "BX", "SP-KEY-UL"), ("KC-SLEEVE", 6, "PK", "SP-KEY-ENV"), ("RM-DND", 2, "PK", "SP-DND"), ("LB-BR30-9W-27", 48, "EA", "ENG-BR30")]
    ul = "\n".join("""  <cac:OrderLine><cac:LineItem><cbc:ID>%d</cbc:ID><cbc:Quantity unitCode="%s">%d</cbc:Quantity>
    <cac:Price><cbc:PriceAmount currencyID="USD">%.2f</cbc:PriceAmount></cac:Price>
    <cac:Item><cbc:Description>%s</cbc:Description><cac:BuyersItemIdentification><cbc:ID>%s</cbc:ID></cac:BuyersItemIdentification>
    <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification></cac:Item></cac:LineItem></cac:OrderLine>"""
                   % (i, {"BX": "BX", "PK": "PK", "EA": "EA"}[u], q, P(s), CAT[s]["description"], bp, s) for i, (s, q, u, bp) in enumerate(items, 1))
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>SP-45020</cbc:ID>
  <cbc:IssueDate>2026-11-03</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>
  <cac:BuyerCustomerParty><cac:Party><cac:PartyName><cbc:Name>Sunset Palms Resort &amp; Spa</cbc:Name></cac:PartyName></cac:Party></cac:BuyerCustomerParty>
  <cac:SellerSupplierParty><cac:Party><cac:PartyName><cbc:Name>Harborline Hospitality Supply, Inc.</cbc:Name></cac:PartyName></cac:Party></cac:SellerSupplierParty>
  <cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:StreetName>9850 Gulf Shore Dr</cbc:StreetName><cbc:CityName>Naples</cbc:CityName>
    <cbc:PostalZone>34108</cbc:PostalZone><cbc:CountrySubentity>FL</cbc:CountrySubentity><cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>Sunset Palms Resort &amp; Spa</cbc:Name></cac:PartyName></cac:DeliveryParty>
    <cac:RequestedDeliveryPeriod><cbc:StartDate>2026-11-09</cbc:StartDate><cbc:EndDate>2026-11-09</cbc:EndDate></cac:RequestedDeliveryPeriod></cac:Delivery>
%s
</Order>
""" % ul
    write_doc("ubl-sunsetpalms-keys.xml", xml, label(customer="Sunset Palms Resort & Spa", po="SP-45020", order_date="2026-11-03", requested="2026-11-09",
              currency="USD", ship_to=ship("Sunset Palms Resort & Spa", "9850 Gulf Shore Dr", "Naples", "FL", "34108"),
              lines=[L(s, q, u, P(s), part=bp) for s, q, u, bp in items]),
              "UBL", "UBL 2.1 order with buyer and seller item ids; key-card type look-alikes (Ultralight vs 1K, mag hi-co/lo-co)")
