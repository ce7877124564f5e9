"""Bare order files 31-39: PDFs from different systems, spreadsheets, CSV, X12."""
import datetime as dt
import io
import random

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import mm, inch
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer)
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from catalog_data import CATALOG, CAT, gtin14
from common import doc, L, label, ship, csite, cname, ext, money
from attachments import _xlsx_bytes

SS = getSampleStyleSheet()


def _pdf_doc(pagesize=letter, **kw):
    bio = io.BytesIO()
    d = SimpleDocTemplate(bio, pagesize=pagesize, **kw)
    return bio, d


# ----------------------------------------------------------------------------- 31
@doc("31-hotel-po-side-by-side.pdf")
def d31():
    rows = [
        ("HH-10021", "100110", "FLOUR AP BLCH ENR", "1/50 LB", 3, "BG", 21.40, ""),
        ("HH-10044", "110100", "SUGAR GRANULATED CANE", "1/50 LB", 2, "BG", 38.90, ""),
        ("HH-20010", "200130", "CREAM HEAVY WHIP 40%", "12/1 QT", 4, "CS", 48.60, ""),
        ("HH-20015", "200120", "HALF & HALF", "12/1 QT", 3, "CS", 31.50, ""),
        ("HH-20031", "200200", "EGGS LARGE GR AA", "15 DZ", 6, "CS", 34.50, ""),
        ("HH-20044", "200184", "CHEESE MOZZ LMPS SHRD", "4/5 LB", 2, "CS", 54.60, ""),
        ("HH-30002", "300110", "OIL OLIVE EXTRA VIRGIN", "4/1 GAL", 1, "CS", 118.60, ""),
        ("HH-30008", "300100", "OIL CANOLA FRY JUG", "1/35 LB", 4, "EA", 41.90, ""),
        ("HH-40012", "400120", "FRIES STRAIGHT 3/8", "6/5 LB", 6, "CS", 34.20, ""),
        ("HH-60020", "600154", "FOIL ROLL 18IN STD", "1/500 FT", 4, "RL", 28.40, "T"),
        ("HH-70001", "700102", "DETERGENT DISH MACH LIQ", "1/5 GAL", 2, "EA", 86.40, "T"),
        ("HH-70005", "700110", "SANITIZER QUAT CONC", "2/2.5 GAL", 1, "CS", 71.30, "T"),
    ]
    lines = [L(sku, q, u, d, p, part) for part, sku, d, pk, q, u, p, t in rows]
    sub = ext(lines)
    taxable = round(sum(q * p for part, sku, d, pk, q, u, p, t in rows if t), 2)
    tax = round(taxable * 0.08, 2)
    total = round(sub + tax, 2)
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=letter, invariant=1)
    c.setTitle("PO 4410-0318")
    W, H = letter
    c.setFillColor(colors.HexColor("#1F3A5F"))
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Times-Bold", 22)
    c.drawString(40, H - 45, "THE HARMON HOTEL")
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 58, "SARATOGA SPRINGS  |  Purchasing powered by StayProcure")
    c.setFont("Helvetica-Bold", 16)
    c.drawRightString(W - 40, H - 40, "PURCHASE ORDER")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 40, H - 55, "Page 1 of 1")
    c.setFillColor(colors.black)
    y = H - 95
    info = [("PO Number", "4410-0318"), ("PO Date", "03/18/2026"), ("Delivery Date", "03/23/2026"),
            ("Department", "110 - Main Kitchen"), ("Buyer", "R. Castillo"), ("Terms", "Net 30")]
    c.setFont("Helvetica", 8.5)
    for i, (k, v) in enumerate(info):
        x = 40 + (i % 3) * 180
        yy = y - (i // 3) * 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x, yy, k + ":")
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 70, yy, v)
    y -= 40
    blocks = [("VENDOR", ["Northgate Provisions & Bakery Supply", "Vendor # V-0417", "2750 Tanner Industrial Pkwy",
                          "Albany, NY 12205", "orders@northgateprovisions.com"]),
              ("BILL TO", ["The Harmon Hotel", "Attn: Accounts Payable", "120 Broadway", "Saratoga Springs, NY 12866",
                           "ap@harmonhotel.com"]),
              ("SHIP TO", ["The Harmon Hotel - Receiving", "120 Broadway", "Saratoga Springs, NY 12866",
                           "Dock hours 6:00-14:00", ""])]
    bw = (W - 80 - 20) / 3
    for i, (title, ls) in enumerate(blocks):
        x = 40 + i * (bw + 10)
        c.setFillColor(colors.HexColor("#DCE6F1"))
        c.rect(x, y - 14, bw, 14, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x + 4, y - 10, title)
        c.rect(x, y - 84, bw, 84, stroke=1, fill=0)
        c.setFont("Helvetica", 8.5)
        for j, s in enumerate(ls):
            c.drawString(x + 4, y - 26 - j * 11, s)
    y -= 100
    data = [["Ln", "Item Code", "Vendor Item", "Description", "Pack", "Qty", "UOM", "Unit Cost", "Tax", "Extended"]]
    for i, (part, sku, d, pk, q, u, p, t) in enumerate(rows, 1):
        data.append([str(i), part, sku, d, pk, str(q), u, f"{p:,.2f}", t, f"{q * p:,.2f}"])
    data += [["", "", "", "", "", "", "", "Subtotal", "", f"{sub:,.2f}"],
             ["", "", "", "", "", "", "", "Sales Tax 8.000%", "", f"{tax:,.2f}"],
             ["", "", "", "", "", "", "", "Freight", "", "0.00"],
             ["", "", "", "", "", "", "", "PO Total (USD)", "", f"{total:,.2f}"]]
    t = Table(data, colWidths=[20, 52, 52, 130, 52, 28, 30, 58, 22, 58])
    n = len(rows)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("GRID", (0, 0), (-1, n), 0.4, colors.grey),
        ("ALIGN", (5, 1), (5, n), "RIGHT"), ("ALIGN", (7, 1), (-1, -1), "RIGHT"),
        ("FONT", (7, n + 1), (-1, -1), "Helvetica-Bold", 7.8),
        ("ROWBACKGROUNDS", (0, 1), (-1, n), [colors.white, colors.HexColor("#F5F7FA")]),
    ]))
    tw, th = t.wrapOn(c, W - 80, y)
    t.drawOn(c, 40, y - th)
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(40, y - th - 20, "T = taxable item. Food items exempt (NY Tax Law 1115(a)(1)). "
                                  "Reference PO number on all invoices, packing slips and correspondence.")
    c.drawString(40, y - th - 31, "Deliveries without a PO number will be refused at the dock.")
    c.showPage()
    c.save()
    lab = label(customer=cname("C106"), po="4410-0318", order_date="2026-03-18", requested="2026-03-23", currency="USD",
                ship_to=ship("The Harmon Hotel - Receiving", "120 Broadway", "Saratoga Springs", "NY", "12866", "US"),
                lines=lines)
    return bio.getvalue(), lab, {"subtotal": (f"{sub:,.2f}", ".")}


# ----------------------------------------------------------------------------- 32
@doc("32-hospital-po-gl-codes.pdf")
def d32():
    GL = {"D": "6200-410 FOOD-DAIRY", "P": "6200-420 FOOD-PRODUCE", "G": "6200-430 FOOD-GROCERY",
          "S": "6300-210 SUPPL-DISPOSABLE", "C": "6300-250 SUPPL-CHEMICAL"}
    rows = [
        ("114-2201", "200104", "MILK SKIM QT 12/CS", "D", 8, "CS", 20.10),
        ("114-2205", "200102", "MILK 2% QT 12/CS", "D", 12, "CS", 21.55),
        ("114-2200", "200100", "MILK WHOLE QT 12/CS", "D", 6, "CS", 22.35),
        ("114-2310", "200200", "EGGS LARGE GR AA 15 DZ", "D", 6, "CS", 33.90),
        ("114-2350", "200212", "EGG WHITES LIQUID 12/32 OZ", "D", 2, "CS", 41.60),
        ("114-2410", "200192", "YOGURT GREEK PLAIN NF 6/32 OZ", "D", 6, "CS", 25.90),
        ("114-2500", "200190", "SOUR CREAM 4/5 LB", "D", 2, "CS", 29.20),
        ("114-2600", "200180", "CHEESE CHEDDAR MILD SHRD 4/5", "D", 2, "CS", 57.20),
        ("116-0110", "800130", "LETTUCE ROMAINE 24 CT", "P", 2, "CS", 37.60),
        ("116-0140", "800140", "LEMONS 115 CT", "P", 1, "CS", 51.50),
        ("116-0200", "800170", "CARROTS JUMBO 50 LB", "P", 1, "BG", 26.80),
        ("116-0230", "800110", "POTATO RUSSET 70 CT 50 LB", "P", 3, "CS", 32.10),
        ("116-0300", "800196", "MUSHROOM WHITE MED 10 LB", "P", 1, "CS", 23.80),
        ("118-0040", "100220", "OATS ROLLED OLD FASHIONED 50 LB", "G", 2, "BG", 34.10),
        ("118-0300", "100242", "PASTA SPAGHETTI 2/10 LB", "G", 2, "CS", 23.40),
        ("118-0310", "100240", "PASTA PENNE RIGATE 2/10 LB", "G", 2, "CS", 24.30),
        ("118-1100", "110140", "SUGAR PACKETS 2000 CT", "G", 2, "CS", 19.45),
        ("118-2000", "320106", "TOMATO SAUCE 6/#10", "G", 3, "CS", 27.05),
        ("118-2010", "320100", "TOMATO DICED 6/#10", "G", 2, "CS", 30.60),
        ("121-0500", "600182", "CONTAINER DELI 16 OZ 500 CT", "S", 4, "CS", 47.50),
        ("121-0510", "600186", "LID DELI 8-32 OZ 500 CT", "S", 4, "CS", 27.90),
        ("121-0800", "600178", "GLOVE NITRILE LG 10/100", "S", 2, "CS", 82.30),
        ("125-3000", "700112", "BLEACH GERMICIDAL 8.25% 6/121 OZ", "C", 4, "CS", 29.20),
        ("125-3100", "700110", "SANITIZER QUAT 2/2.5 GAL", "C", 2, "CS", 69.90),
    ]
    lines = [L(sku, q, u, d, p, part) for part, sku, d, g, q, u, p in rows]
    sub = ext(lines)
    bio, d = _pdf_doc(letter, leftMargin=36, rightMargin=36, topMargin=110, bottomMargin=50,
                      title="PO 4500098871", author="SBMC Materials Management")

    def on_page(c, docu):
        c.saveState()
        W, H = letter
        c.setFont("Helvetica-Bold", 13)
        c.drawString(36, H - 40, "ST. BRENDAN'S MEDICAL CENTER")
        c.setFont("Helvetica", 8)
        c.drawString(36, H - 52, "Materials Management  |  1200 Whitcomb Ave, Schenectady, NY 12308  |  (518) 555-0166")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 36, H - 40, "PURCHASE ORDER")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 36, H - 53, "PO No. 4500098871")
        c.drawRightString(W - 36, H - 65, f"Page {docu.page} of 2")
        c.line(36, H - 74, W - 36, H - 74)
        if docu.page > 1:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(36, H - 88, "Continued from previous page - PO 4500098871")
        c.setFont("Helvetica", 7)
        c.drawString(36, 28, "Supplier must comply with SBMC Supplier Code of Conduct. Invoice to Accounts Payable, "
                             "PO Box 2200, Schenectady, NY 12301. All amounts in USD.")
        c.restoreState()

    st = ParagraphStyle("s", parent=SS["Normal"], fontName="Helvetica", fontSize=8.5, leading=11)
    head = Table([
        [Paragraph("<b>Supplier</b><br/>NORTHGATE PROVISIONS &amp; BAKERY SUPPLY<br/>Supplier No. 0000307712<br/>"
                   "2750 Tanner Industrial Pkwy<br/>Albany, NY 12205", st),
         Paragraph("<b>Ship To</b><br/>St. Brendan's Medical Center<br/>Food &amp; Nutrition Services - Receiving Dock B<br/>"
                   "1200 Whitcomb Ave<br/>Schenectady, NY 12308", st),
         Paragraph("<b>PO Date:</b> 03/19/2026<br/><b>Requested Delivery Date:</b> 03/24/2026<br/>"
                   "<b>Buyer:</b> G. Petrosky x4417<br/><b>Contract:</b> GPO-FS-2025-118<br/><b>Terms:</b> Net 45", st)]],
        colWidths=[180, 190, 170])
    head.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                              ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    data = [["Ln", "SBMC Item", "Vendor Cat#", "Description", "GL Account", "Qty", "UOM", "Unit Cost", "Ext. Cost"]]
    for i, (part, sku, desc, g, q, u, p) in enumerate(rows, 1):
        data.append([str(i * 10), part, sku, desc, GL[g], str(q), u, f"{p:.2f}", f"{q * p:,.2f}"])
    data.append(["", "", "", "", "", "", "", "TOTAL", f"{sub:,.2f}"])
    t = Table(data, colWidths=[22, 48, 48, 148, 104, 26, 28, 42, 50], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 7.4),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.4),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.lightgrey),
        ("ALIGN", (5, 0), (5, -1), "RIGHT"), ("ALIGN", (7, 0), (-1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8),
        ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
    ]))
    note = Paragraph("Special instructions: Deliver to Dock B between 06:00 and 14:00. Frozen and refrigerated items "
                     "must arrive at or below temperature; product above 41&deg;F will be refused. "
                     "Substitutions require buyer approval.", st)
    d.build([head, Spacer(1, 10), note, Spacer(1, 10), t, Spacer(1, 16),
             Paragraph("Approved: Gail Petrosky, Purchasing Agent - electronically approved 03/19/2026 10:42", st)],
            onFirstPage=on_page, onLaterPages=on_page)
    lab = label(customer=cname("C103"), po="4500098871", order_date="2026-03-19", requested="2026-03-24",
                currency="USD",
                ship_to=ship("St. Brendan's Medical Center", "1200 Whitcomb Ave", "Schenectady", "NY", "12308", "US"),
                lines=lines)
    return bio.getvalue(), lab, {"subtotal": (f"{sub:,.2f}", "."), "min_pages": 2}


# ----------------------------------------------------------------------------- 33
@doc("33-order-guide-hundreds-rows.xlsx")
def d33():
    order = {"100110": 10, "100130": 3, "110100": 4, "110110": 2, "200152": 6, "200130": 4, "200200": 5,
             "120170": 1, "600190": 3}
    cats = {"10": "FLOUR, GRAINS & PASTA", "11": "SUGAR & SWEETENERS", "12": "BAKING INGREDIENTS",
            "20": "DAIRY & EGGS", "30": "OILS, FATS & CONDIMENTS", "32": "CANNED GOODS", "40": "FROZEN",
            "50": "SPICES & SEEDS", "60": "DISPOSABLES", "70": "CHEMICALS & JANITORIAL", "80": "PRODUCE",
            "90": "COFFEE & BEVERAGE"}
    brands = ["Northgate", "Harvest Gold", "Mill Creek", "Packer", "Sunbelt", "Glen Farms"]
    rnd = random.Random(13)
    wb = Workbook()
    wb.properties.creator = "Northgate Provisions - Customer Portal"
    ws = wb.active
    ws.title = "Order Guide"
    ws["A1"] = "NORTHGATE PROVISIONS & BAKERY SUPPLY - CUSTOMER ORDER GUIDE"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Customer: Crestline Bakery Co. (Acct C101)"
    ws["A3"] = "Ship to: Crestline Bakery - Lark Street, 212 Lark St, Albany, NY 12210"
    ws["A4"], ws["C4"] = "Delivery date:", dt.datetime(2026, 3, 31)
    ws["C4"].number_format = "mm/dd/yyyy"
    ws["A5"], ws["C5"] = "PO #:", "CB-LRK-2333"
    ws["F2"] = "Printed 03/26/2026 by portal user mvega"
    ws["F3"] = "Enter quantities in the ORDER column only."
    hdr = ["Item #", "Description", "Pack", "Brand", "Price (USD)", "Last Ordered", "Last Qty", "ORDER"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
    r += 1
    lines = []
    prev = None
    for sku, desc, uom, price, pack, _g in CATALOG:
        cat = sku[:2]
        if cat != prev:
            ws.cell(row=r, column=1, value=cats[cat]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            prev = cat
        last_date = last_qty = None
        if sku in order or rnd.random() < 0.4:
            last_date = dt.datetime(2026, 3, rnd.randint(2, 24))
            last_qty = rnd.randint(1, 8)
            if sku in order and last_qty == order[sku]:
                last_qty += 2
        vals = [int(sku), desc, pack, brands[rnd.randrange(len(brands))], price, last_date, last_qty,
                order.get(sku)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=5).number_format = "$#,##0.00"
        ws.cell(row=r, column=6).number_format = "mm/dd/yy"
        if sku in order:
            ws.cell(row=r, column=8).font = Font(bold=True)
            lines.append(L(sku, order[sku], uom, desc, price))
        r += 1
    ws.freeze_panes = "A8"
    for col, w in zip("ABCDEFGH", [9, 40, 11, 12, 11, 12, 9, 8]):
        ws.column_dimensions[col].width = w
    lab = label(customer=cname("C101"), po="CB-LRK-2333", order_date=None, requested="2026-03-31", currency="USD",
                ship_to=csite("C101", 0), lines=lines)
    return _xlsx_bytes(wb, dt.datetime(2026, 3, 26, 14, 3)), lab, {}


# ----------------------------------------------------------------------------- 34
@doc("34-erp-export-semicolon.csv")
def d34():
    rows = [
        (10, "100190", "LH-M-0550", "Weizenmehl Type 550 25kg", "12,000", 12, "Sack", 31.90, "BG"),
        (20, "100160", "LH-M-0960", "Roggenmehl mittel 50lb", "3,000", 3, "Sack", 29.80, "BG"),
        (30, "110105", "LH-Z-0025", "Zucker Raffinade 25kg", "6,000", 6, "Sack", 39.60, "BG"),
        (40, "110112", "LH-Z-0102", "Puderzucker 12x2lb", "2,000", 2, "Karton", 27.90, "CS"),
        (50, "120180", "LH-S-0064", "Kuvertüre dunkel 64% Callets 5kg", "2,000", 2, "Beutel", 91.50, "BG"),
        (60, "120190", "LH-N-0001", "Haselnüsse gemahlen", "15,500", 15.5, "kg", 13.90, "KG"),
        (70, "120196", "LH-N-0012", "Mandeln gestiftelt blanchiert 5lb", "2,000", 2, "Beutel", 39.20, "BG"),
        (80, "900100", "LH-K-0005", "Espresso Bohne dunkel 5lb", "8,000", 8, "Beutel", 50.80, "BG"),
        (90, "900102", "LH-K-0007", "Kaffee Bohne Haus mittel 5lb", "4,000", 4, "Beutel", 46.90, "BG"),
        (100, "600122", "LH-V-1216", "Kaltgetränkebecher 16oz klar", "2,000", 2, "Karton", 58.60, "CS"),
        (110, "600130", "LH-V-1224", "Flachdeckel m. Schlitz 12-24oz", "2,000", 2, "Karton", 30.10, "CS"),
    ]
    out = ("Bestellnr;Bestelldatum;Liefertermin;Lieferant;Lieferanschrift;Pos;Artikelnr Lieferant;Artikelnr intern;"
           "Bezeichnung;Menge;ME;Preis/ME;Betrag;Währung\r\n")
    lines = []
    for pos, sku, part, d, qtxt, q, me, p, uom in rows:
        out += (f"LH-2026-0163;20.03.2026;14.04.2026;Northgate Provisions & Bakery Supply;"
                f"\"Kaffeehaus Lindenhof Zentrallager, Billstraße 112, 20539 Hamburg\";{pos};{sku};{part};{d};{qtxt};{me};"
                f"{money(p, ',', '.')};{money(q * p, ',', '.')};EUR\r\n")
        lines.append(L(sku, q, uom, d, p, part))
    lab = label(customer=cname("C109"), po="LH-2026-0163", order_date="2026-03-20", requested="2026-04-14",
                currency="EUR",
                ship_to=ship("Kaffeehaus Lindenhof Zentrallager", "Billstraße 112", "Hamburg", None, "20539", "DE"),
                lines=lines)
    return out.encode("cp1252"), lab, {"encoding": "cp1252"}


# ----------------------------------------------------------------------------- 35
@doc("35-x12-850-two-orders.edi")
def d35():
    def txn(ctrl, po, date, deliver, st_name, st_code, street, city, st, zip_, rows):
        segs = [f"ST*850*{ctrl}", f"BEG*00*SA*{po}**{date}", "CUR*BY*USD", "REF*IA*C107",
                "PER*BD*SAM ODUYA*TE*5185550183", f"DTM*002*{deliver}",
                "N1*BY*DAYBREAK COFFEE ROASTERS*92*DBK", f"N1*ST*{st_name}*92*{st_code}", f"N3*{street}",
                f"N4*{city}*{st}*{zip_}*US"]
        for i, (sku, q, u, p, bp) in enumerate(rows, 1):
            g = CAT[sku]["gtin"]
            seg = f"PO1*{i}*{q}*{u}*{p:.2f}*PE*VN*{sku}*BP*{bp}"
            if g:
                seg += f"*UK*{g}"
            segs.append(seg)
            segs.append(f"PID*F****{CAT[sku]['description']}")
        segs.append(f"CTT*{len(rows)}")
        segs.append(f"SE*{len(segs) + 1}*{ctrl}")
        return segs

    t1_rows = [("900100", 6, "BG", 54.80, "DBK-1001"), ("900102", 4, "BG", 49.60, "DBK-1002"),
               ("200220", 12, "CA", 38.40, "DBK-2010"), ("200110", 8, "CA", 19.60, "DBK-2001"),
               ("600102", 5, "CA", 62.40, "DBK-3012"), ("600112", 5, "CA", 36.90, "DBK-3112"),
               ("900118", 2, "CA", 62.40, "DBK-4001"), ("100112", 6, "BG", 12.35, "DBK-5001"),
               ("110102", 4, "BG", 20.75, "DBK-5002"), ("200152", 2, "CA", 146.50, "DBK-5010")]
    t2_rows = [("600104", 6, "CA", 71.80, "DBK-3016"), ("600114", 6, "CA", 38.40, "DBK-3116"),
               ("200220", 6, "CA", 38.40, "DBK-2010"), ("900110", 2, "CA", 34.80, "DBK-4010"),
               ("600116", 2, "CA", 29.70, "DBK-3200")]
    t1 = txn("0001", "DBK-E-24117", "20260320", "20260325", "DAYBREAK ROASTERY & COMMISSARY", "DBK-03",
             "9 TIVOLI ST", "ALBANY", "NY", "12207", t1_rows)
    t2 = txn("0002", "DBK-E-24118", "20260320", "20260324", "DAYBREAK COFFEE - STATE ST", "DBK-01",
             "88 STATE ST", "ALBANY", "NY", "12207", t2_rows)
    isa = ("ISA*00*" + " " * 10 + "*00*" + " " * 10 + "*ZZ*" + "DAYBREAKCOF".ljust(15) + "*ZZ*" +
           "NORTHGATEPRV".ljust(15) + "*260320*0615*U*00401*000004417*0*P*>")
    segs = [isa, "GS*PO*DAYBREAKCOF*NORTHGATEPRV*20260320*0615*4417*X*004010"] + t1 + t2 + \
           ["GE*2*4417", "IEA*1*000004417"]
    data = "~\n".join(segs) + "~\n"
    uom = {"BG": "BG", "CA": "CS"}
    lines = [L(sku, q, uom[u], CAT[sku]["description"], p, bp) for sku, q, u, p, bp in t1_rows]
    lab = label(customer=cname("C107"), po="DBK-E-24117", order_date="2026-03-20", requested="2026-03-25",
                currency="USD",
                ship_to=ship("DAYBREAK ROASTERY & COMMISSARY", "9 TIVOLI ST", "ALBANY", "NY", "12207", "US"),
                lines=lines)
    return data.encode("ascii"), lab, {}


# ----------------------------------------------------------------------------- 36
@doc("36-bon-de-commande-tps-tvq.pdf")
def d36():
    rows = [
        ("100180", "Farine T55", "sac 25 kg", 16, "sac", 47.40, "BG"),
        ("100122", "Farine à pain non blanchie", "sac 50 lb", 4, "sac", 33.80, "BG"),
        ("110112", "Sucre à glacer", "12 x 2 lb", 2, "caisse", 40.40, "CS"),
        ("200152", "Beurre non salé", "36 x 1 lb", 6, "caisse", 201.30, "CS"),
        ("200154", "Beurre de tourage 82 %", "8 x 2,2 lb", 4, "caisse", 162.60, "CS"),
        ("200206", "Œufs bruns gros, poules en liberté", "15 dz", 3, "caisse", 61.50, "CS"),
        ("120110", "Levure fraîche", "1 lb", 24, "unité", 6.30, "EA"),
        ("120180", "Chocolat noir 64 % pistoles", "sac 5 kg", 2, "sac", 132.40, "BG"),
        ("120195", "Amandes tranchées naturelles", "sac 5 lb", 2, "sac", 53.40, "BG"),
        ("600160", "Papier parchemin 16 x 24", "1000 feuilles", 1, "caisse", 80.90, "CS"),
    ]
    lines = [L(s, q, u, d, p) for s, d, f, q, un, p, u in rows]
    sub = ext(lines)
    tps = round(sub * 0.05, 2)
    tvq = round(sub * 0.09975, 2)
    tot = round(sub + tps + tvq, 2)

    def fr(x):
        return money(x, ",", "\u00a0") + " $"

    bio, d = _pdf_doc(letter, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                      title="Bon de commande DM-P-0431", author="Les Deux Moulins")
    st = ParagraphStyle("s", parent=SS["Normal"], fontName="Helvetica", fontSize=9, leading=12)
    big = ParagraphStyle("b", parent=st, fontName="Helvetica-Bold", fontSize=15, leading=18)
    story = [Paragraph("Boulangerie Les Deux Moulins", big),
             Paragraph("4187, rue Saint-Denis, Montréal QC H2W 2M7 &middot; 514 555-0142 &middot; commandes@deuxmoulins.ca<br/>"
                       "TPS 812345678 RT0001 &middot; TVQ 1223456789 TQ0001", st),
             Spacer(1, 12),
             Table([[Paragraph("<b>BON DE COMMANDE</b>", ParagraphStyle("h", parent=st, fontSize=13, leading=16)),
                     Paragraph("<b>N° :</b> DM-P-0431<br/><b>Date :</b> 23/03/2026<br/>"
                               "<b>Date de livraison :</b> 27/03/2026", st)]], colWidths=[300, 230]),
             Spacer(1, 10),
             Table([[Paragraph("<b>Fournisseur</b><br/>Northgate Provisions &amp; Bakery Supply<br/>2750 Tanner Industrial Pkwy<br/>"
                               "Albany NY 12205 &Eacute;tats-Unis", st),
                     Paragraph("<b>Facturer à</b><br/>Boulangerie Les Deux Moulins inc.<br/>Comptabilité<br/>"
                               "4187, rue Saint-Denis<br/>Montréal QC H2W 2M7", st),
                     Paragraph("<b>Livrer à</b><br/>Boulangerie Les Deux Moulins - Plateau<br/>4187, rue Saint-Denis<br/>"
                               "Montréal QC H2W 2M7<br/>Canada", st)]],
                   colWidths=[177, 177, 177],
                   style=TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")])),
             Spacer(1, 12)]
    data = [["Code fourn.", "Description", "Format", "Qté", "Unité", "Prix unit.", "Montant"]]
    for s, desc, f, q, un, p, u in rows:
        data.append([s, desc, f, str(q), un, fr(p), fr(q * p)])
    data += [["", "", "", "", "", "Sous-total", fr(sub)], ["", "", "", "", "", "TPS (5 %)", fr(tps)],
             ["", "", "", "", "", "TVQ (9,975 %)", fr(tvq)], ["", "", "", "", "", "TOTAL ($ CA)", fr(tot)]]
    t = Table(data, colWidths=[55, 165, 70, 32, 45, 75, 80])
    n = len(rows)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EFE6D8")),
                           ("GRID", (0, 0), (-1, n), 0.4, colors.grey),
                           ("ALIGN", (3, 0), (3, -1), "RIGHT"), ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
                           ("FONT", (5, n + 1), (-1, -1), "Helvetica-Bold", 8.5)]))
    story += [t, Spacer(1, 14),
              Paragraph("Conditions : paiement net 30 jours. Livraison avant 6 h par la porte arrière (ruelle). "
                        "Aucune substitution sans autorisation.", st),
              Spacer(1, 20), Paragraph("Autorisé par : Émilie Gagnon, responsable des achats", st)]
    d.build(story)
    lab = label(customer=cname("C108"), po="DM-P-0431", order_date="2026-03-23", requested="2026-03-27", currency="CAD",
                ship_to=ship("Boulangerie Les Deux Moulins - Plateau", "4187, rue Saint-Denis", "Montréal", "QC",
                             "H2W 2M7", "CA"), lines=lines)
    return bio.getvalue(), lab, {"subtotal": (money(sub, ",", "\u00a0"), ",")}


# ----------------------------------------------------------------------------- 37
@doc("37-caterer-letter-po.pdf")
def d37():
    rows = [
        ("3 cs", "Heavy cream 40% (12 x 1 qt)", L("200130", 3, "CS", "Heavy cream 40% (12 x 1 qt)")),
        ("2 cs", "Half-size deep foil pans, heavy gauge", L("600141", 2, "CS", "Half-size deep foil pans, heavy gauge")),
        ("2 cs", "Board lids for half-size pans", L("600148", 2, "CS", "Board lids for half-size pans")),
        ("1 cs", "Full-size deep foil pans, heavy gauge", L("600144", 1, "CS", "Full-size deep foil pans, heavy gauge")),
        ("6 rolls", 'Heavy-duty foil 18" x 500\'', L("600156", 6, "RL", 'Heavy-duty foil 18" x 500\'')),
        ("2 cs", "Phyllo dough #4", L("400112", 2, "CS", "Phyllo dough #4")),
        ("3 cs", "Puff pastry sheets 10 x 15", L("400110", 3, "CS", "Puff pastry sheets 10 x 15")),
        ("1 cs", "Clover honey (6 x 5 lb)", L("110155", 1, "CS", "Clover honey (6 x 5 lb)")),
        ("4 cs", "Fresh strawberries 8 x 1 lb", L("800198", 4, "CS", "Fresh strawberries 8 x 1 lb")),
        ("2 bags", "Sliced almonds, natural (5 lb)", L("120195", 2, "BG", "Sliced almonds, natural (5 lb)")),
        ("1 cs", "Chevre (fresh goat cheese) logs, 12 x 11 oz", L(None, 1, "CS", "Chevre (fresh goat cheese) logs, 12 x 11 oz")),
        ("12 lb", "Fresh basil", L("800194", 12, "LB", "Fresh basil")),
    ]
    pdf = FPDF(format="letter")
    pdf.set_creation_date(dt.datetime(2026, 3, 23, 10, 0))
    pdf.set_title("FF-0330")
    pdf.set_author("Lena Ortiz")
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_text_color(90, 60, 100)
    pdf.cell(0, 9, "Fig & Fennel Catering", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 5, "220 Hoosick St Unit 4  |  Troy, NY 12180  |  (518) 555-0177  |  figandfennel.com",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, "March 23, 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 6, "Northgate Provisions & Bakery Supply\nAttn: Order Desk\n2750 Tanner Industrial Pkwy\nAlbany, NY 12205")
    pdf.ln(6)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "Re: Purchase Order FF-0330 - Delaney / Whitford wedding", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 12)
    pdf.multi_cell(0, 6, "Dear Order Desk,\n\nPlease accept this letter as our purchase order FF-0330 for delivery on "
                         "Saturday, March 28, 2026 to our kitchen at the address above (loading door on the alley side). "
                         "Prices per your current price list. Quantities are as follows:")
    pdf.ln(3)
    pdf.set_font("Times", "B", 11)
    pdf.cell(30, 7, "Quantity", border="B")
    pdf.cell(0, 7, "Item", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    for q, dsc, _ in rows:
        pdf.cell(30, 6.5, q)
        pdf.cell(0, 6.5, dsc, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "", 12)
    pdf.multi_cell(0, 6, "If the chevre is not something you stock, please leave it off and let me know; I will source it "
                         "locally. Kindly confirm by reply e-mail.\n\nWith thanks,\n\n\nLena Ortiz\nOwner & Executive Chef")
    lines = [r[2] for r in rows]
    lab = label(customer=cname("C105"), po="FF-0330", order_date="2026-03-23", requested="2026-03-28",
                ship_to=ship("Fig & Fennel Catering", "220 Hoosick St Unit 4", "Troy", "NY", "12180", "US"), lines=lines)
    return bytes(pdf.output()), lab, {}


# ----------------------------------------------------------------------------- 38
@doc("38-bestellung-din-letter.pdf")
def d38():
    rows = [
        (6, "Sack", "100190", "Weizenmehl Type 550, 25 kg", 31.90, "BG"),
        (2, "Sack", "100180", "Weizenmehl T55 (franz. Art), 25 kg", 33.10, "BG"),
        (5, "Sack", "110105", "Zucker, 25 kg", 39.60, "BG"),
        (3, "Karton", "200220", "Hafermilch Barista 12 x 32 oz", 35.60, "CS"),
        (4, "Karton", "600100", "Heißgetränkebecher 8 oz weiß, 1.000 Stk", 46.40, "CS"),
        (4, "Karton", "600110", "Deckel für 8-oz-Becher, 1.000 Stk", 32.90, "CS"),
        (2, "Karton", "600116", "Becherhülsen Kraft 12–20 oz", 28.40, "CS"),
        (10, "kg", "120190", "Haselnüsse gemahlen, natur", 13.90, "KG"),
        (3, "Beutel", "120180", "Kuvertüre Zartbitter 64 %, Callets 5 kg", 91.50, "BG"),
        (1, "Karton", "900120", "Schwarztee English Breakfast 6 x 100 Btl.", 42.60, "CS"),
    ]
    lines = [L(s, q, u, d, p) for q, me, s, d, p, u in rows]
    sub = ext(lines)

    def de(x):
        return money(x, ",", ".")

    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle("Bestellung LH-2026-0171")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawRightString(W - 20 * mm, H - 20 * mm, "Kaffeehaus Lindenhof")
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 20 * mm, H - 25 * mm, "GmbH · Billstraße 112 · 20539 Hamburg")
    c.setFont("Helvetica", 6.5)
    c.drawString(25 * mm, H - 45 * mm, "Kaffeehaus Lindenhof GmbH · Billstraße 112 · 20539 Hamburg")
    c.setFont("Helvetica", 10)
    for i, s in enumerate(["Northgate Provisions & Bakery Supply, Inc.", "Order Desk", "2750 Tanner Industrial Pkwy",
                           "Albany, NY 12205", "USA"]):
        c.drawString(25 * mm, H - 52 * mm - i * 4.6 * mm, s)
    info = [("Ihr Ansprechpartner", "Jonas Albrecht"), ("Telefon", "+49 40 555 0198"),
            ("E-Mail", "einkauf@lindenhof-gruppe.de"), ("Lieferantennr.", "70417"), ("Datum", "24.03.2026")]
    c.setFont("Helvetica", 8.5)
    for i, (k, v) in enumerate(info):
        c.drawString(125 * mm, H - 52 * mm - i * 4.4 * mm, k)
        c.drawString(155 * mm, H - 52 * mm - i * 4.4 * mm, v)
    y = H - 98 * mm
    c.setFont("Helvetica-Bold", 12)
    c.drawString(25 * mm, y, "Bestellung Nr. LH-2026-0171")
    c.setFont("Helvetica", 10)
    y -= 9 * mm
    txt = ["Sehr geehrte Damen und Herren,", "",
           "wir bestellen zu den Konditionen Ihres Angebots vom 02.02.2026 (Incoterm FCA Albany):", "",
           "Liefertermin: 07.04.2026 (Anlieferung Zentrallager)",
           "Lieferanschrift: Kaffeehaus Lindenhof Zentrallager, Billstraße 112, 20539 Hamburg"]
    for s in txt:
        c.drawString(25 * mm, y, s)
        y -= 5 * mm
    y -= 3 * mm
    data = [["Pos.", "Menge", "ME", "Ihre Art.-Nr.", "Bezeichnung", "Einzelpreis €", "Gesamt €"]]
    for i, (q, me, s, d, p, u) in enumerate(rows, 1):
        data.append([str(i), de(q).replace(",00", "") if me != "kg" else de(q), me, s, d, de(p), de(q * p)])
    data += [["", "", "", "", "Nettobetrag", "", de(sub)],
             ["", "", "", "", "USt. 0 % (Ausfuhr/ig. Erwerb, Reverse Charge)", "", de(0)],
             ["", "", "", "", "Gesamtbetrag EUR", "", de(sub)]]
    t = Table(data, colWidths=[10 * mm, 14 * mm, 14 * mm, 20 * mm, 68 * mm, 21 * mm, 21 * mm])
    n = len(rows)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, n), (-1, n), 0.8, colors.black),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
                           ("FONT", (4, n + 3), (-1, n + 3), "Helvetica-Bold", 8)]))
    tw, th = t.wrapOn(c, W, y)
    t.drawOn(c, 25 * mm, y - th)
    y = y - th - 10 * mm
    c.setFont("Helvetica", 10)
    for s in ["Bitte bestätigen Sie uns diese Bestellung unter Angabe der Bestellnummer.", "",
              "Mit freundlichen Grüßen", "", "i. A. Jonas Albrecht"]:
        c.drawString(25 * mm, y, s)
        y -= 5 * mm
    c.setFont("Helvetica", 6.5)
    c.drawString(25 * mm, 15 * mm, "Kaffeehaus Lindenhof GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 123456 · "
                                   "Geschäftsführerin Katrin Lindner · USt-IdNr. DE123456789 · IBAN DE12 2005 0550 1234 5678 90")
    c.showPage()
    c.save()
    lab = label(customer=cname("C109"), po="LH-2026-0171", order_date="2026-03-24", requested="2026-04-07",
                currency="EUR",
                ship_to=ship("Kaffeehaus Lindenhof Zentrallager", "Billstraße 112", "Hamburg", None, "20539", "DE"),
                lines=lines)
    return bio.getvalue(), lab, {"subtotal": (de(sub), ",")}


# ----------------------------------------------------------------------------- 39
@doc("39-requisition-multisheet.xlsx")
def d39():
    rows = [
        ("600120", "Cold cups clear PET 12 oz (1000)", 3, "CS", 54.30, "5410-200"),
        ("600124", "Cold cups clear PET 20 oz (1000)", 2, "CS", 69.40, "5410-200"),
        ("600130", "Flat lids w/ straw slot 12-24 oz", 4, "CS", 31.80, "5410-200"),
        ("600100", "Hot cups 8 oz white (1000)", 2, "CS", 48.60, "5410-200"),
        ("600110", "Sip lids for 8 oz hot cups", 2, "CS", 34.50, "5410-200"),
        ("110140", "Sugar packets (2000)", 1, "CS", 19.80, "5400-100"),
        ("200222", "Almond milk barista 12/32 oz", 3, "CS", 36.90, "5400-110"),
        ("400170", "Cookie dough choc chip 1.5 oz (240)", 2, "CS", 54.30, "5400-120"),
        ("400160", "Bagels plain unsliced 4 oz (72)", 4, "CS", 27.40, "5400-120"),
        ("200170", "Cream cheese loaf 10/3 lb", 0, "CS", 79.80, "5400-110"),
        ("700150", "Hardwound towel kraft 6/800'", 2, "CS", 42.30, "5420-300"),
    ]
    wb = Workbook()
    wb.properties.creator = "Kevin Marsh"
    rd = wb.active
    rd.title = "READ ME"
    for i, s in enumerate(["ASHWORTH COLLEGE DINING SERVICES - SUPPLY REQUISITION TEMPLATE v3.2",
                           "1. Fill in the Requisition tab only. Do not rename tabs.",
                           "2. Use supplier item numbers where known.",
                           "3. Quantities of 0 are ignored (line cancelled).",
                           "4. Purchasing will assign the PO number before sending to the supplier.",
                           "Questions: purchasing@ashworth.edu / x4410"], 1):
        rd.cell(row=i, column=1, value=s)
    rd["A1"].font = Font(bold=True)
    ws = wb.create_sheet("Requisition")
    meta = [("Requisition #", "REQ-26-1187"), ("PO # (Purchasing use)", "P2600766"),
            ("Requisition date", dt.datetime(2026, 3, 24)), ("Department", "North Campus Market"),
            ("Need-by date", dt.datetime(2026, 4, 2)), ("Supplier", "Northgate Provisions & Bakery Supply"),
            ("Ship to", "North Campus Market, 18 Bugbee Rd, Oneonta, NY 13820"), ("Requested by", "K. Marsh")]
    for i, (k, v) in enumerate(meta, 1):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        cell = ws.cell(row=i, column=3, value=v)
        if isinstance(v, dt.datetime):
            cell.number_format = "m/d/yyyy"
    hr = len(meta) + 2
    hdr = ["Line", "Supplier Item", "Description", "Qty", "UOM", "Est. Unit Price", "Est. Total", "Account", "Notes"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    lines = []
    for i, (sku, d, q, u, p, acct) in enumerate(rows, 1):
        r = hr + i
        vals = [i, sku, d, q, u, p, round(q * p, 2), acct, "CANCELLED - have stock" if q == 0 else None]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=6).number_format = "$#,##0.00"
        ws.cell(row=r, column=7).number_format = "$#,##0.00"
        if q:
            lines.append(L(sku, q, u, d, p))
    sub = ext(lines)
    ws.cell(row=hr + len(rows) + 2, column=6, value="Est. total").font = Font(bold=True)
    ws.cell(row=hr + len(rows) + 2, column=7, value=sub).number_format = "$#,##0.00"
    for col, w in zip("ABCDEFGHI", [22, 13, 36, 6, 6, 13, 11, 10, 22]):
        ws.column_dimensions[col].width = w
    lists = wb.create_sheet("Lists")
    for i, u in enumerate(["CS", "EA", "BX", "BG", "LB", "RL", "PK"], 1):
        lists.cell(row=i, column=1, value=u)
    for i, a in enumerate(["5400-100 Food-Grocery", "5400-110 Food-Dairy", "5400-120 Food-Frozen",
                           "5410-200 Disposables", "5420-300 Janitorial"], 1):
        lists.cell(row=i, column=2, value=a)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="Lists!$A$1:$A$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E{hr + 1}:E{hr + 40}")
    wb.active = 1
    lab = label(customer=cname("C104"), po="P2600766", order_date="2026-03-24", requested="2026-04-02", currency="USD",
                ship_to=ship("North Campus Market", "18 Bugbee Rd", "Oneonta", "NY", "13820", "US"), lines=lines)
    return _xlsx_bytes(wb, dt.datetime(2026, 3, 24, 11, 30)), lab, {}
