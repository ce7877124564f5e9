"""Bare files: PDF purchase orders, XLSX, CSV, X12 850, UBL Order."""
import io

from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

from catalog_data import SKUS, SELLER
from labels import L, ST, PO, p

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def new_canvas(title, author, pagesize=letter):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    return buf, c


def money(v):
    return "{:,.2f}".format(v)


def vendor_block():
    return [SELLER["name"], SELLER["street"], "%s, %s %s" % (SELLER["city"], SELLER["region"], SELLER["postal_code"]),
            "Ph " + SELLER["phone"]]


def text_lines(c, x, y, lines, font="Helvetica", size=9, leading=11):
    c.setFont(font, size)
    for ln in lines:
        c.drawString(x, y, ln)
        y -= leading
    return y


# ====================================================================== town PO (attached to e16)
def town_po_pdf():
    rows = [("CM-80", "Concrete mix 80 lb bag", 60, "BAG", 6.95),
            ("RB-4-20", "Rebar #4 x 20'", 24, "EA", 13.20),
            ("FT-12", "Form tube 12\" x 4'", 10, "EA", 16.50),
            ("TW-16", "Tie wire roll 16 ga", 2, "ROLL", 8.75),
            ("PTGC-26-16", "2x6x16 PT ground contact (forms/cleats)", 16, "EA", 16.86),
            ("PTPLY-2332", "3/4 PT plywood 4x8", 4, "EA", 62.40),
            ("SS-516-400", "Structural screws 5/16 x 4 (box 50)", 2, "BOX", 36.50)]
    buf, c = new_canvas("PO 26-0412", "Town of Brackett Falls")
    W, H = letter
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, H - 60, "TOWN OF BRACKETT FALLS")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 74, "260 Mill Pond Road, Brackett Falls, VT 05488  |  Finance Office 802-555-0110")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(W - 50, H - 60, "PURCHASE ORDER")
    c.setFont("Helvetica", 10)
    c.drawRightString(W - 50, H - 76, "P.O. No. 26-0412")
    c.drawRightString(W - 50, H - 90, "Date: 11/04/2026")
    c.rect(50, H - 200, 240, 90)
    c.rect(W - 290, H - 200, 240, 90)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(56, H - 122, "VENDOR")
    c.drawString(W - 284, H - 122, "DELIVER TO")
    text_lines(c, 56, H - 136, vendor_block())
    text_lines(c, W - 284, H - 136, ["Salt Shed - DPW Garage", "260 Mill Pond Road", "Brackett Falls, VT 05488",
                                      "Contact: Dale Pruitt 802-555-0116"])
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 218, "Department: Public Works - Highway        Account: 10-430-610        Required by: 11/12/2026")
    # ruled table
    cols = [50, 130, 340, 390, 440, 500, W - 50]
    heads = ["Item #", "Description", "Qty", "Unit", "Unit Price", "Amount"]
    y = H - 245
    c.setFillColor(colors.HexColor("#dddddd"))
    c.rect(cols[0], y - 4, cols[-1] - cols[0], 16, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    for i, h in enumerate(heads):
        c.drawString(cols[i] + 3, y, h)
    top = y + 12
    tot = 0
    c.setFont("Helvetica", 9)
    for sku, d, q, u, pr in rows:
        y -= 18
        amt = q * pr
        tot += amt
        vals = [sku, d, str(q), u, money(pr), money(amt)]
        for i, v in enumerate(vals):
            if i >= 2 and i != 3:
                c.drawRightString(cols[i + 1] - 4, y, v)
            else:
                c.drawString(cols[i] + 3, y, v)
    bottom = y - 6
    for x in cols:
        c.line(x, top, x, bottom)
    yy = top
    c.line(cols[0], yy, cols[-1], yy)
    c.line(cols[0], top - 16, cols[-1], top - 16)
    for k in range(len(rows)):
        c.line(cols[0], top - 16 - 18 * (k + 1), cols[-1], top - 16 - 18 * (k + 1))
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(cols[5] - 4, bottom - 16, "TOTAL")
    c.drawRightString(cols[6] - 4, bottom - 16, "$" + money(tot))
    c.setFont("Helvetica", 8)
    c.drawString(50, bottom - 60, "Tax exempt - Town of Brackett Falls. Invoice to Finance Office, PO Box 40, Brackett Falls VT 05488, referencing PO number.")
    c.drawString(50, bottom - 100, "Authorized by: ______________________   Town Manager")
    c.showPage()
    c.save()
    lab = PO("Town of Brackett Falls", po="26-0412", order_date="2026-11-04", requested="2026-11-12", currency="USD",
             ship_to=ST("Salt Shed - DPW Garage", "260 Mill Pond Road", "Brackett Falls", "VT", "05488"),
             lines=[L(s, q, {"BAG": "BG", "ROLL": "RL", "BOX": "BX"}.get(u, u), d, pr, cp=None) for s, d, q, u, pr in rows])
    return buf.getvalue(), lab


# ====================================================================== F1 Kestrel ERP PO
@doc
def f01():
    rows = [("KH-FR-2612", "SPF-26-12", "2X6X12 SPF #2&BTR", 60, "EA", 9.64),
            ("KH-FR-2616", "SPF-26-16", "2X6X16 SPF #2&BTR", 48, "EA", 12.84),
            ("KH-FR-2816", "SPF-28-16", "2X8X16 SPF #2&BTR", 36, "EA", 17.32),
            ("KH-FR-21016", "", "2X10X16 SPF #2&BTR", 24, "EA", 23.88),
            ("KH-FR-21216", "SPF-212-16", "2X12X16 SPF #2&BTR", 6, "EA", 31.72),
            ("KH-SH-716", "OSB-716-48", "OSB 7/16 4X8 ROOF SHEATHING", 110, "EA", 15.25),
            ("KH-CN-HT1", "HT-1", "HURRICANE TIE", 120, "EA", 0.85),
            ("KH-RF-SYN", "UL-SYN-10", "SYNTH UNDERLAYMENT 10 SQ", 4, "RL", 98.00),
            ("KH-RF-IWS", "", "ICE & WATER SHIELD 2 SQ", 6, "RL", 79.00),
            ("KH-RF-DE", "DE-AL-WHT-10", "DRIP EDGE ALUM WHITE 10'", 30, "EA", 8.60),
            ("KH-FS-CN30", "CN30-300-131", "NAIL 30DEG PAPER 3 X .131 BRT", 4, "BX", 54.00),
            ("KH-FS-RN175", "", "COIL ROOF NAIL 1-3/4 EG", 3, "BX", 52.90)]
    fill = {"KH-FR-21016": "SPF-210-16", "KH-RF-IWS": "UL-IWS-2", "KH-FS-RN175": "RN-COIL-175"}
    buf, c = new_canvas("Purchase Order KH-26-0930", "Kestrel Homes ERP")
    W, H = letter
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, H - 50, "KESTREL HOMES INC.")
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 62, "2200 Meadowlark Parkway, Suite 300  Windham Crossing, VT 05466  T 802-555-0180")
    c.setFont("Helvetica-Bold", 18)
    c.drawRightString(W - 40, H - 50, "PURCHASE ORDER")
    # header grid
    hx = W - 250
    c.setFont("Helvetica", 8)
    labels_ = [("PO Number", "KH-26-0930"), ("PO Date", "11/19/2026"), ("Required Date", "12/02/2026"),
               ("Buyer", "R. Albright"), ("Terms", "2% 10th Prox"), ("Ship Via", "Vendor Truck"), ("Page", "1 of 1")]
    y = H - 72
    for k, v in labels_:
        c.rect(hx, y - 4, 90, 13)
        c.rect(hx + 90, y - 4, 120, 13)
        c.drawString(hx + 3, y, k)
        c.drawString(hx + 93, y, v)
        y -= 13
    # three blocks
    bw = (W - 80 - 20) / 3.0
    by = H - 180
    blocks = [("VENDOR  #V-00318", vendor_block()),
              ("BILL TO", ["Kestrel Homes Inc.", "Attn: Accounts Payable", "2200 Meadowlark Parkway, Suite 300",
                           "Windham Crossing, VT 05466", "ap@kestrelhomes.com"]),
              ("SHIP TO", ["Kestrel Homes - Lot 4 Heron Way", "4 Heron Way", "Windham Crossing, VT 05466",
                           "Site super: B. Sturgis 802-555-0189"])]
    for i, (t, ls) in enumerate(blocks):
        x = 40 + i * (bw + 10)
        c.setFillColor(colors.HexColor("#2b4a6f"))
        c.rect(x, by, bw, 14, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 4, by + 4, t)
        c.setFillColor(colors.black)
        c.rect(x, by - 70, bw, 70)
        text_lines(c, x + 4, by - 12, ls, size=8, leading=10)
    # lines
    cols = [40, 68, 140, 210, 400, 440, 470, 520, W - 40]
    heads = ["Ln", "Item No.", "Vendor Item", "Description", "Qty", "UOM", "Unit Cost", "Ext. Cost"]
    y = by - 95
    c.setFont("Helvetica-Bold", 8)
    for i, h in enumerate(heads):
        c.drawString(cols[i] + 2, y, h)
    c.line(40, y - 4, W - 40, y - 4)
    c.setFont("Helvetica", 8)
    tot = 0
    for n, (ip, vi, d, q, u, pr) in enumerate(rows, 1):
        y -= 14
        ext = q * pr
        tot += ext
        c.drawString(cols[0] + 2, y, str(n))
        c.drawString(cols[1] + 2, y, ip)
        c.drawString(cols[2] + 2, y, vi)
        c.drawString(cols[3] + 2, y, d)
        c.drawRightString(cols[5] - 4, y, "%d" % q)
        c.drawString(cols[5] + 2, y, u)
        c.drawRightString(cols[7] - 4, y, "%.4f" % pr)
        c.drawRightString(cols[8] - 2, y, money(ext))
    c.line(40, y - 6, W - 40, y - 6)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(cols[7] - 4, y - 20, "Order Total USD")
    c.drawRightString(cols[8] - 2, y - 20, money(tot))
    c.setFont("Helvetica", 7)
    c.drawString(40, 60, "Vendor must reference PO number and lot on all packing slips. Substitutions require buyer approval. "
                         "Deliveries accepted 7:00 AM - 3:00 PM.")
    c.showPage()
    c.save()
    lab = PO("Kestrel Homes Inc.", po="KH-26-0930", order_date="2026-11-19", requested="2026-12-02", currency="USD",
             ship_to=ST("Kestrel Homes - Lot 4 Heron Way", "4 Heron Way", "Windham Crossing", "VT", "05466"),
             lines=[L(vi or fill[ip], q, u, d, pr, cp=ip) for ip, vi, d, q, u, pr in rows])
    return "f01_kestrel_erp_po_side_by_side_blocks.pdf", buf.getvalue(), lab


# ====================================================================== F2 Ironwood ruled table
@doc
def f02():
    rows = [("RM-WO44", "4/4 White Oak FAS S2S", 220, "BF", 6.95, "HW-WOAK-44"),
            ("RM-RO54", "5/4 Red Oak FAS S2S", 90, "BF", 5.60, "HW-ROAK-54"),
            ("RM-WN44", "4/4 Black Walnut FAS", 60, "BF", 9.80, "HW-WALN-44"),
            ("RM-HM44", "4/4 Hard Maple FAS", 120, "BF", 5.25, "HW-HMAP-44"),
            ("SG-BIR34", "3/4\" Birch Plywood A1 4x8", 12, "SHT", 78.50, "BIR-34"),
            ("SG-BC14", "1/4\" BC Sanded Plywood 4x8", 6, "SHT", 29.80, "SND-14-BC"),
            ("SG-MDF34", "3/4\" MDF 4x8", 8, "SHT", 42.60, "MDF-34"),
            ("ML-CRN358", "Crown 3-5/8\" primed FJ", 160, "LF", 1.95, "TRM-CRN-358"),
            ("SU-ADH10", "Construction adhesive 10 oz", 24, "EA", 4.95, "ADH-CONST-10"),
            ("SU-SILCLR", "Silicone clear 10.1 oz", 12, "EA", 8.95, "CK-SIL-CLR")]
    buf, c = new_canvas("Ironwood Cabinetry PO 1562", "Ironwood Cabinetry")
    W, H = letter
    c.setFont("Times-Bold", 20)
    c.drawString(50, H - 60, "Ironwood Cabinetry")
    c.setFont("Times-Roman", 10)
    c.drawString(50, H - 75, "14 Tannery Brook Road  \u2022  Stowell, Vermont 05672  \u2022  802-555-0194")
    c.setFont("Times-Bold", 14)
    c.drawString(50, H - 110, "Purchase Order")
    c.setFont("Times-Roman", 10)
    info = [("PO Number:", "1562"), ("Date:", "November 16, 2026"), ("Required:", "November 25, 2026"),
            ("Supplier:", "Cobalt Ridge Lumber & Building Supply"), ("Ship To:", "Ironwood Cabinetry - shop, 14 Tannery Brook Road, Stowell, VT 05672")]
    y = H - 130
    for k, v in info:
        c.setFont("Times-Bold", 10)
        c.drawString(50, y, k)
        c.setFont("Times-Roman", 10)
        c.drawString(130, y, v)
        y -= 14
    cols = [50, 125, 330, 380, 420, 480, W - 50]
    heads = ["Part #", "Description", "Qty", "Unit", "Price", "Total"]
    y -= 16
    rh = 20
    top = y
    c.setLineWidth(0.8)
    allrows = [heads] + [[r[0], r[1], str(r[2]), r[3], money(r[4]), money(r[2] * r[4])] for r in rows]
    for k, r in enumerate(allrows):
        yy = top - k * rh
        c.line(cols[0], yy, cols[-1], yy)
        c.setFont("Times-Bold" if k == 0 else "Times-Roman", 10)
        for i, v in enumerate(r):
            if k > 0 and i in (2, 4, 5):
                c.drawRightString(cols[i + 1] - 4, yy - 14, v)
            else:
                c.drawString(cols[i] + 4, yy - 14, v)
    bot = top - len(allrows) * rh
    c.line(cols[0], bot, cols[-1], bot)
    for x in cols:
        c.line(x, top, x, bot)
    tot = sum(r[2] * r[4] for r in rows)
    c.setFont("Times-Bold", 10)
    c.drawRightString(cols[5] - 4, bot - 16, "Subtotal")
    c.drawRightString(cols[6] - 4, bot - 16, "$" + money(tot))
    c.setFont("Times-Italic", 9)
    c.drawString(50, bot - 50, "Hardwood: please pull widths 5\" and up, lengths 8' and longer. Call Eli with any substitutions.")
    c.showPage()
    c.save()
    lab = PO("Ironwood Cabinetry", po="1562", order_date="2026-11-16", requested="2026-11-25", currency="USD",
             ship_to=ST("Ironwood Cabinetry - shop", "14 Tannery Brook Road", "Stowell", "VT", "05672"),
             lines=[L(s, q, "EA" if u == "SHT" else u, d, pr, cp=pn) for pn, d, q, u, pr, s in rows])
    return "f02_ironwood_ruled_table_board_feet.pdf", buf.getvalue(), lab


# ====================================================================== F3 Hartwell multi-page
@doc
def f03():
    sections = [
        ("SILL / FOUNDATION", [("2x6x16 PT GC sill plate", 10, "PCS", "PTGC-26-16"),
                               ("Sill seal 5-1/2\" x 50'", 4, "RL", "SILL-55-50")]),
        ("FIRST FLOOR SYSTEM", [("LVL 1-3/4 x 11-7/8 (4 pcs @ 24')", 96, "LF", "LVL-175-1188"),
                                ("I-Joist 11-7/8\"", 820, "LF", "IJ-1188"),
                                ("23/32 OSB T&G subfloor", 62, "SHT", "OSB-2332-TG"),
                                ("Subfloor adhesive 28 oz", 36, "TUBE", "ADH-SUBF-28"),
                                ("2x12x16 SPF rim", 14, "PCS", "SPF-212-16"),
                                ("2x10x16 SPF", 18, "PCS", "SPF-210-16"),
                                ("Joist hanger 2x10 face mount", 40, "EA", "FMH-210"),
                                ("Joist hanger double 2x10", 6, "EA", "FMH-210-2"),
                                ("2x10x12 SPF", 10, "PCS", "SPF-210-12")]),
        ("WALLS", [("2x6 x 92-5/8 stud", 310, "PCS", "STUD-26-925"),
                   ("2x4 x 92-5/8 stud (interior)", 260, "PCS", "STUD-24-925"),
                   ("2x6x16 SPF plates", 96, "PCS", "SPF-26-16"),
                   ("2x4x16 SPF plates", 60, "PCS", "SPF-24-16"),
                   ("2x6x12 SPF", 30, "PCS", "SPF-26-12"),
                   ("2x8x12 SPF headers", 16, "PCS", "SPF-28-12"),
                   ("2x10x10 SPF headers", 12, "PCS", "SPF-210-10"),
                   ("2x12x10 SPF headers", 8, "PCS", "SPF-212-10"),
                   ("7/16 OSB 4x9 wall sheathing", 84, "SHT", "OSB-716-49"),
                   ("Housewrap 9' x 150'", 4, "RL", "WRB-9-150"),
                   ("Housewrap tape", 6, "RL", "WRB-TAPE"),
                   ("Flashing tape 4\"", 8, "RL", "FLT-4-75"),
                   ("Flashing tape 6\"", 4, "RL", "FLT-6-75")]),
        ("ROOF (trusses by others)", [("2x4x12 SPF bracing / purlins", 40, "PCS", "SPF-24-12"),
                                      ("2x6x10 SPF sub-fascia", 24, "PCS", "SPF-26-10"),
                                      ("7/16 OSB 4x8 roof sheathing", 96, "SHT", "OSB-716-48"),
                                      ("Hurricane ties", 70, "EA", "HT-1"),
                                      ("2x8x16 SPF", 20, "PCS", "SPF-28-16")]),
        ("FASTENERS / ADHESIVES", [("Nails 21 deg 3-1/4 x .131 bright", 8, "BX", "CN21-325-131"),
                                   ("Nails 21 deg 3 x .120", 4, "BX", "CN21-300-120"),
                                   ("Nails 30 deg 2-3/8 x .113 ring HDG", 3, "BX", "CN30-238-113"),
                                   ("16d sinkers 50 lb", 2, "BX", "NL-16SNK-50"),
                                   ("Joist hanger nails 10d x 1-1/2", 3, "BX", "JHN-10D-05"),
                                   ("Construction adhesive 10 oz", 48, "TUBE", "ADH-CONST-10"),
                                   ("Spray foam gap filler", 24, "CAN", "FOAM-GAP-12"),
                                   ("Structural screws 5/16 x 4", 2, "BX", "SS-516-400")]),
    ]
    # flatten into printable rows: ("H", title) or ("L", n, desc, qty, unit)
    flat = []
    n = 0
    for title, items in sections:
        flat.append(("H", title))
        for d, q, u, s in items:
            n += 1
            flat.append(("L", n, d, q, u, s))
    per_page = 17
    pages = [flat[i:i + per_page] for i in range(0, len(flat), per_page)]
    buf, c = new_canvas("Material Order HF-2304", "TakeoffPro 9")
    W, H = letter
    for pi, chunk in enumerate(pages, 1):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(45, H - 45, "Hartwell Framing LLC")
        c.setFont("Helvetica", 8)
        c.drawString(45, H - 57, "42 Sawmill Lane, Bellmont VT 05441  |  (802) 555-0123  |  office@hartwellframing.com")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 45, H - 45, "MATERIAL ORDER / PO HF-2304")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 45, H - 57, "Page %d of %d" % (pi, len(pages)))
        y = H - 80
        if pi == 1:
            c.setFont("Helvetica", 9)
            left = ["To: Cobalt Ridge Lumber & Building Supply", "Attn: Dana Whitcomb / orders@cobaltridgelumber.com",
                    "PO Date: 11/18/2026", "Deliver: 11/30/2026 (first floor + walls; call before)"]
            right = ["Job: Sorensen Residence", "1180 North Hill Road", "Bellmont, VT 05441", "Plan: 2-story colonial 2,380 sf"]
            text_lines(c, 45, y, left, size=9, leading=12)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(330, y, "SHIP TO")
            text_lines(c, 330, y - 12, right, size=9, leading=12)
            y -= 70
        else:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(45, y, "PO HF-2304 - Sorensen Residence - continued from page %d" % (pi - 1))
            y -= 18
        cols = [45, 80, 400, 460, W - 45]
        c.setFillColor(colors.HexColor("#e6e6e6"))
        c.rect(45, y - 4, W - 90, 15, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9)
        for i, h in enumerate(["#", "Description", "Qty", "Unit"]):
            c.drawString(cols[i] + 3, y, h)
        y -= 18
        for r in chunk:
            if r[0] == "H":
                c.setFont("Helvetica-Bold", 9)
                c.drawString(cols[1] + 3, y, r[1])
            else:
                c.setFont("Helvetica", 9)
                c.drawString(cols[0] + 3, y, str(r[1]))
                c.drawString(cols[1] + 3, y, r[2])
                c.drawRightString(cols[3] - 8, y, str(r[3]))
                c.drawString(cols[3] + 3, y, r[4])
            c.setStrokeColor(colors.HexColor("#cccccc"))
            c.line(45, y - 5, W - 45, y - 5)
            c.setStrokeColor(colors.black)
            y -= 17
        if pi < len(pages):
            c.setFont("Helvetica-Oblique", 8)
            c.drawRightString(W - 45, y - 6, "continued on next page...")
        else:
            c.setFont("Helvetica", 8)
            c.drawString(45, y - 10, "Trusses ordered separately from the truss plant - do not ship. Window package by others.")
            c.drawString(45, y - 22, "Prepared with TakeoffPro 9 - quantities include 5% waste.")
        c.setFont("Helvetica", 7)
        c.drawString(45, 30, "Printed 11/18/2026 4:12 PM")
        c.showPage()
    c.save()
    umap = {"PCS": "EA", "SHT": "EA", "TUBE": "EA", "CAN": "EA"}
    lines = []
    for title, items in sections:
        for d, q, u, s in items:
            lines.append(L(s, q, umap.get(u, u), d))
    lab = PO("Hartwell Framing LLC", po="HF-2304", order_date="2026-11-18", requested="2026-11-30",
             ship_to=ST("Sorensen Residence", "1180 North Hill Road", "Bellmont", "VT", "05441"), lines=lines)
    return "f03_hartwell_multipage_material_order.pdf", buf.getvalue(), lab


# ====================================================================== F4 Summit scanned-looking
@doc
def f04():
    rows = [("10", "4x4x10 PT GC", "PTGC-44-10", "EA"),
            ("8", "2x10x16 PT GC (beam)", "PTGC-210-16", "EA"),
            ("26", "2x8x16 PT above ground", "PTAG-28-16", "EA"),
            ("90", "5/4x6x12 decking", "PTAG-54DK-12", "EA"),
            ("26", "2x8 hangers", "FMH-28", "EA"),
            ("5", "#10x3 deck screws 5#", "DS-10-300-05", "BX"),
            ("10", "post base 4x4", "PB-44", "EA"),
            ("20", "80# concrete", "CM-80", "BG")]
    buf, c = new_canvas("scan0042", "Canon iR-ADV C3530")
    W, H = letter
    c.setFillColor(colors.HexColor("#f3f1ea"))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#222222"))
    c.saveState()
    c.translate(12, -6)
    c.rotate(0.6)
    c.setFont("Courier-Bold", 13)
    c.drawString(70, H - 80, "SUMMIT DECK & RAIL LLC")
    c.setFont("Courier", 10)
    c.drawString(70, H - 94, "3 Granite Ridge Rd  North Tamsworth NH 03891")
    c.drawString(70, H - 106, "tel 603-555-0146")
    c.setFont("Courier-Bold", 12)
    c.drawString(360, H - 80, "PURCHASE ORDER")
    c.setFont("Courier", 10)
    c.drawString(360, H - 96, "NO.   26-119")
    c.drawString(360, H - 110, "DATE  11/11/26")
    c.drawString(70, H - 140, "TO:   COBALT RIDGE LUMBER")
    c.drawString(70, H - 154, "JOB:  ABERNATHY - 55 POND RD")
    c.drawString(70, H - 168, "      NORTH TAMSWORTH NH 03891")
    c.drawString(70, H - 182, "DELIVER: 11/20/26  AM")
    c.drawString(70, H - 210, "QTY    DESCRIPTION")
    c.drawString(70, H - 218, "-----  ----------------------------------")
    y = H - 234
    for q, d, s, u in rows:
        c.drawString(70, y, "%-5s  %s" % (q, d.upper()))
        y -= 16
    c.drawString(70, y - 10, "ORDERED BY: A. CHEN")
    c.drawString(70, y - 40, "SIGNED ____A Chen_______")
    c.restoreState()
    # speckles to look like a scan (vector dots, no images)
    c.setFillColor(colors.HexColor("#9a9a9a"))
    seed = 12345
    for i in range(140):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        x = seed % int(W)
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        yv = seed % int(H)
        c.circle(x, yv, 0.4 + (seed % 3) * 0.2, fill=1, stroke=0)
    c.showPage()
    c.save()
    lab = PO("Summit Deck & Rail LLC", po="26-119", order_date="2026-11-11", requested="2026-11-20",
             ship_to=ST("ABERNATHY", "55 POND RD", "NORTH TAMSWORTH", "NH", "03891"),
             lines=[L(s, int(q), u, d) for q, d, s, u in rows])
    return "f04_summit_scanned_looking_typed_po.pdf", buf.getvalue(), lab


# ====================================================================== F5 Top Notch QuickBooks-style
@doc
def f05():
    rows = [("Shingles:Arch SLT", "Architectural shingle - Slate Gray", 75, 38.90, "SHG-AR-SLT", "BDL"),
            ("Shingles:3-Tab CHR", "3-tab shingle - Charcoal (detached garage)", 27, 31.50, "SHG-3T-CHR", "BDL"),
            ("Shingles:Ridge CHR", "Hip & ridge cap - Charcoal", 5, 62.00, "SHG-HR-CHR", "BDL"),
            ("Shingles:Starter", "Starter strip", 6, 49.00, "SHG-STR", "BDL"),
            ("Underlay:Felt 15", "#15 felt (garage)", 6, 24.50, "UL-F15", "RL"),
            ("Underlay:I&W", "Ice & water shield 2 sq", 3, 79.00, "UL-IWS-2", "RL"),
            ("Flashing:Step", "Step flashing 4x4x8 bundle/100", 2, 46.00, "FL-STEP-448", "BDL"),
            ("Flashing:Roll 10", "Aluminum roll flashing 10\" x 50'", 1, 29.90, "FL-ROLL-1050", "RL")]
    buf, c = new_canvas("Purchase Order 1160", "QuickBooks")
    W, H = letter
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, H - 50, "Top Notch Roofing Co.")
    text_lines(c, 40, H - 63, ["510 Route 7A", "Ashbury, VT 05730"], size=9)
    c.setFont("Helvetica-Bold", 20)
    c.drawRightString(W - 40, H - 55, "Purchase Order")
    c.setFont("Helvetica", 9)
    c.rect(W - 200, H - 100, 80, 28)
    c.rect(W - 120, H - 100, 80, 28)
    c.drawCentredString(W - 160, H - 84, "Date")
    c.drawCentredString(W - 80, H - 84, "P.O. No.")
    c.drawCentredString(W - 160, H - 96, "11/18/2026")
    c.drawCentredString(W - 80, H - 96, "1160")
    c.rect(40, H - 200, 250, 80)
    c.rect(W - 290, H - 200, 250, 80)
    c.setFont("Helvetica", 9)
    c.drawString(44, H - 132, "Vendor")
    c.drawString(W - 286, H - 132, "Ship To")
    text_lines(c, 44, H - 146, ["Cobalt Ridge Lumber & Building Supply", "1180 Quarry Mill Road",
                                "Fairhaven Junction, VT 05499"], size=9)
    text_lines(c, W - 286, H - 146, ["Ferreira residence", "9 Quarry Hill Road", "Ashbury, VT 05730"], size=9)
    c.rect(W - 200, H - 235, 160, 28)
    c.line(W - 120, H - 235, W - 120, H - 207)
    c.drawCentredString(W - 160, H - 219, "Expected Date")
    c.drawCentredString(W - 80, H - 219, "Rep")
    c.drawCentredString(W - 160, H - 231, "11/24/2026")
    c.drawCentredString(W - 80, H - 231, "SD")
    cols = [40, 150, 400, 450, 510, W - 40]
    heads = ["Item", "Description", "Qty", "Rate", "Amount"]
    top = H - 255
    c.rect(40, top - 20 - 18 * len(rows) - 40, W - 80, 20 + 18 * len(rows) + 40)
    c.line(40, top - 20, W - 40, top - 20)
    for x in cols[1:-1]:
        c.line(x, top, x, top - 20 - 18 * len(rows) - 40)
    for i, h in enumerate(heads):
        c.drawCentredString((cols[i] + cols[i + 1]) / 2, top - 14, h)
    y = top - 34
    tot = 0
    for it, d, q, r, s, u in rows:
        c.drawString(cols[0] + 3, y, it)
        c.drawString(cols[1] + 3, y, d)
        c.drawRightString(cols[3] - 4, y, str(q))
        c.drawRightString(cols[4] - 4, y, "%.2f" % r)
        c.drawRightString(cols[5] - 4, y, money(q * r))
        tot += q * r
        y -= 18
    c.setFont("Helvetica-Bold", 10)
    c.drawString(cols[3] + 3, top - 20 - 18 * len(rows) - 30, "Total")
    c.drawRightString(cols[5] - 4, top - 20 - 18 * len(rows) - 30, "$" + money(tot))
    c.showPage()
    c.save()
    lab = PO("Top Notch Roofing Co.", po="1160", order_date="2026-11-18", requested="2026-11-24", currency="USD",
             ship_to=ST("Ferreira residence", "9 Quarry Hill Road", "Ashbury", "VT", "05730"),
             lines=[L(s, q, u, d, r, cp=it) for it, d, q, r, s, u in rows])
    return "f05_topnotch_quickbooks_style_po.pdf", buf.getvalue(), lab


# ====================================================================== F6 Bluestem wrapped descriptions
@doc
def f06():
    rows = [("1\" XPS rigid foam R-5, 4x8 sheets, for rim joist and foundation walls - cut and cope around sill, glue with foam-safe adhesive", 24, "EA", "XPS-1-48"),
            ("2x4x8 SPF #2 for furring out foundation walls (bottom plates are PT, see next line)", 80, "EA", "SPF-24-08"),
            ("2x4x8 PT ground contact - bottom plates on slab", 18, "EA", "PTGC-24-08"),
            ("1/2\" lightweight drywall 4x8 - all finished walls and ceilings except mech room", 70, "EA", "GWB-12LW-48"),
            ("5/8\" Type X drywall 4x8 - mechanical room ceiling and walls (rated assembly per inspector)", 14, "EA", "GWB-58X-48"),
            ("R-13 unfaced batts 15\" for stud cavities in front of foam (no kraft - vapor control by foam)", 20, "BAG", "INS-R13U-15"),
            ("Construction adhesive 10 oz for foam board", 24, "EA", "ADH-CONST-10"),
            ("Gap filler spray foam 12 oz - rim joist penetrations", 12, "EA", "FOAM-GAP-12"),
            ("Drywall screws 1-1/4\" coarse thread, 25 lb box", 1, "BOX", "DWS-114-25")]
    buf, c = new_canvas("BR-2026-0188", "BuildLedger")
    W, H = letter
    c.setFillColor(colors.HexColor("#3d6b4f"))
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, H - 40, "BLUESTEM REMODELING CO.")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 56, "915 Orchard Street  Stowell VT 05672  802.555.0150")
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(W - 40, H - 40, "MATERIAL PURCHASE ORDER")
    c.setFillColor(colors.black)
    y = H - 95
    kv = [("PO #", "BR-2026-0188"), ("Issued", "Nov 19, 2026"), ("Deliver on", "Nov 24, 2026"),
          ("Supplier", "Cobalt Ridge Lumber & Building Supply"), ("Project", "Okonkwo basement finish"),
          ("Site address", "33 Ledgeview Drive, Stowell VT 05672"), ("Site contact", "Marcus Bell 802.555.0150")]
    for k, v in kv:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, k)
        c.setFont("Helvetica", 9)
        c.drawString(120, y, v)
        y -= 12
    y -= 12
    cols = [40, 70, 460, 510, W - 40]
    c.setFont("Helvetica-Bold", 9)
    for i, h in enumerate(["#", "Item / description", "Qty", "Unit"]):
        c.drawString(cols[i] + 2, y, h)
    c.line(40, y - 4, W - 40, y - 4)
    y -= 18
    for n, (d, q, u, s) in enumerate(rows, 1):
        wrapped = simpleSplit(d, "Helvetica", 9, cols[2] - cols[1] - 10)
        c.setFont("Helvetica", 9)
        c.drawString(cols[0] + 2, y, str(n))
        c.drawRightString(cols[3] - 10, y, str(q))
        c.drawString(cols[3] + 2, y, u)
        for wl in wrapped:
            c.drawString(cols[1] + 2, y, wl)
            y -= 11
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(40, y + 4, W - 40, y + 4)
        c.setStrokeColor(colors.black)
        y -= 8
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(40, y - 10, "Pricing per contractor account. Please call Marcus before substituting anything. Basement access via bulkhead on the north side.")
    c.showPage()
    c.save()
    lab = PO("Bluestem Remodeling Co.", po="BR-2026-0188", order_date="2026-11-19", requested="2026-11-24",
             ship_to=ST("Okonkwo basement finish", "33 Ledgeview Drive", "Stowell", "VT", "05672"),
             lines=[L(s, q, {"BAG": "BG", "BOX": "BX"}.get(u, u), d) for d, q, u, s in rows])
    return "f06_bluestem_wrapped_long_descriptions.pdf", buf.getvalue(), lab


# ====================================================================== F7 Maplecrest XLSX requisition
@doc
def f07():
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from render import xlsx_bytes
    rows = [("2A", "1/2\" drywall 4x8 regular", "GWB-12-48", 10, "EA", 13.45),
            ("2A", "All purpose joint compound 4.5 gal", "", 2, "EA", 19.95),
            ("2A", "Paper tape 500'", "DT-PAPER-500", 2, "RL", 5.95),
            ("2A", "Corner bead metal 8'", "CB-MTL-08", 6, "EA", 3.10),
            ("3C", "1/2\" MR drywall 4x8", "GWB-12MR-48", 4, "EA", 17.40),
            ("3C", "1/2\" cement board 3x5", "", 6, "EA", 12.75),
            ("3C", "Silicone white 10.1 oz", "CK-SIL-WHT", 6, "EA", 8.95),
            ("3C", "Acrylic caulk white", "CK-ACR-WHT", 24, "EA", 3.45),
            ("Common halls", "Base 3-1/4 primed FJ", "TRM-BAS-314", 240, "LF", 1.35),
            ("Common halls", "Casing 2-1/4 primed FJ", "TRM-CAS-214", 168, "LF", 1.15),
            ("Common halls", "1x6x8 #2 pine", "BRD-16-08", 10, "EA", 9.25),
            ("Bldg", "R-30 kraft batts 16\"", "INS-R30K-16", 8, "BAG", 58.90),
            ("Bldg", "1\" XPS foam 4x8", "XPS-1-48", 6, "EA", 31.50),
            ("Bldg", "Spray foam 12 oz", "", 12, "EA", 6.95),
            ("Bldg", "6 mil poly 10x100", "POLY-6-10100", 1, "RL", 64.00),
            ("Bldg", "Drywall screws 1-1/4 5 lb box", "DWS-114-5", 2, "BX", 27.50)]
    fill = {1: "JC-AP-45", 5: "CBD-12-35", 13: "FOAM-GAP-12"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Requisition"
    bold = Font(bold=True)
    ws["A1"] = "MAPLECREST PROPERTY MANAGEMENT"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Material Requisition / Purchase Order"
    ws["A4"] = "PO #:"
    ws["B4"] = "MPM-11-0240"
    ws["D4"] = "Date:"
    ws["E4"] = datetime.date(2026, 11, 19)
    ws["E4"].number_format = "mm/dd/yyyy"
    ws["A5"] = "Vendor:"
    ws["B5"] = "Cobalt Ridge Lumber"
    ws["D5"] = "Needed by:"
    ws["E5"] = datetime.date(2026, 11, 30)
    ws["E5"].number_format = "mm/dd/yyyy"
    ws["A6"] = "Property:"
    ws["B6"] = "Harbor Mill Lofts"
    ws["A7"] = "Deliver to:"
    ws["B7"] = "Harbor Mill Lofts - Maintenance, 210 Canal Street, Bellmont VT 05441"
    ws["A8"] = "Requested by:"
    ws["B8"] = "Tom Keough"
    for cell in ("A4", "D4", "A5", "D5", "A6", "A7", "A8"):
        ws[cell].font = bold
    heads = ["Line", "Unit / Area", "Item Description", "Vendor #", "Qty", "UOM", "Est. Price", "Ext."]
    hr = 10
    thin = Side(style="thin", color="999999")
    for i, h in enumerate(heads, 1):
        cl = ws.cell(row=hr, column=i, value=h)
        cl.font = bold
        cl.fill = PatternFill("solid", fgColor="D9E1F2")
        cl.border = Border(bottom=thin)
    for k, (area, d, vn, q, u, pr) in enumerate(rows):
        r = hr + 1 + k
        ws.cell(row=r, column=1, value=k + 1)
        ws.cell(row=r, column=2, value=area)
        ws.cell(row=r, column=3, value=d)
        ws.cell(row=r, column=4, value=vn or None)
        ws.cell(row=r, column=5, value=q)
        ws.cell(row=r, column=6, value=u)
        ws.cell(row=r, column=7, value=pr).number_format = "#,##0.00"
        ws.cell(row=r, column=8, value="=E%d*G%d" % (r, r)).number_format = "#,##0.00"
    last = hr + len(rows)
    ws.cell(row=last + 2, column=7, value="Total").font = bold
    ws.cell(row=last + 2, column=8, value="=SUM(H%d:H%d)" % (hr + 1, last)).number_format = "#,##0.00"
    ws.cell(row=last + 4, column=1, value="Approved: P. Natarajan")
    for col, w in zip("ABCDEFGH", (8, 14, 38, 15, 7, 7, 11, 11)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Properties")
    ws2["A1"] = "Property"
    ws2["B1"] = "Address"
    ws2["A2"] = "Harbor Mill Lofts"
    ws2["B2"] = "210 Canal Street, Bellmont VT 05441"
    ws2["A3"] = "Birchview Apartments"
    ws2["B3"] = "140 Birchview Terrace, Bellmont VT 05441"
    ws2["A4"] = "Pinegate Commons"
    ws2["B4"] = "5 Pinegate Circle, Bellmont VT 05441"
    data = xlsx_bytes(wb)
    lab = PO("Maplecrest Property Management", po="MPM-11-0240", order_date="2026-11-19", requested="2026-11-30",
             ship_to=ST("Harbor Mill Lofts - Maintenance", "210 Canal Street", "Bellmont", "VT", "05441"),
             lines=[L(vn or fill[k], q, "BG" if u == "BAG" else u, d, pr) for k, (area, d, vn, q, u, pr) in enumerate(rows)])
    return "f07_maplecrest_requisition.xlsx", data, lab


# ====================================================================== F8 Kestrel CSV export
@doc
def f08():
    import csv
    rows = [("KH-SD-PVC14", "TRM-PVC-14", "PVC TRIM 1X4 WHITE", 480, "LF", 1.60),
            ("KH-WR-9150", "WRB-9-150", "HOUSEWRAP 9' X 150'", 5, "RL", 164.00),
            ("KH-WR-TAPE", "WRB-TAPE", "HOUSEWRAP TAPE 1-7/8\"", 8, "RL", 11.95),
            ("KH-FL-4", "", "FLASHING TAPE 4\" X 75'", 10, "RL", 19.80),
            ("KH-FL-6", "FLT-6-75", "FLASHING TAPE 6\" X 75'", 4, "RL", 27.40),
            ("KH-NL-8HDG", "NL-8GAL-05", "8D HDG BOX NAIL 5 LB", 6, "BX", 17.90),
            ("KH-CK-PU", "CK-PU-GRY", "POLYURETHANE SEALANT GRAY", 24, "EA", 9.80),
            ("KH-CK-ACR", "", "ACRYLIC LATEX CAULK WHITE", 48, "EA", 3.45),
            ("KH-FOAM", "FOAM-GAP-12", "SPRAY FOAM GAP FILLER 12 OZ", 24, "EA", 6.95),
            ("KH-DE-WHT", "DE-AL-WHT-10", "DRIP EDGE ALUM WHITE 10'", 22, "EA", 8.60),
            ("KH-FUR-13", "FUR-13-08", "FURRING 1X3X8", 120, "EA", 2.15),
            ("KH-XPS-1", "XPS-1-48", "XPS FOAM 1\" 4X8", 14, "EA", 31.50),
            ("KH-PT-2408", "", "2X4X8 PT GROUND CONTACT", 16, "EA", 5.82),
            ("KH-PT-54DK16", "PTAG-54DK-16", "5/4X6X16 PT DECKING (FRONT PORCH)", 30, "EA", 17.95),
            ("KH-FA-35", "FA-35", "FRAMING ANGLE", 50, "EA", 0.95)]
    fill = {"KH-FL-4": "FLT-4-75", "KH-CK-ACR": "CK-ACR-WHT", "KH-PT-2408": "PTGC-24-08"}
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["po_number", "po_date", "need_by", "vendor_id", "ship_to_name", "ship_to_address", "ship_to_city",
                "ship_to_state", "ship_to_zip", "line", "item_code", "vendor_item", "description", "qty", "uom",
                "unit_cost", "ext_cost"])
    for n, (ic, vi, d, q, u, pr) in enumerate(rows, 1):
        w.writerow(["KH-26-0938", "2026-11-20", "2026-12-07", "V-00318", "Kestrel Homes - Lot 12 Aspen Bluff",
                    "12 Aspen Bluff Drive", "Windham Crossing", "VT", "05466", n, ic, vi, d, q, u,
                    "%.2f" % pr, "%.2f" % (q * pr)])
    data = out.getvalue().encode("utf-8")
    lab = PO("Kestrel Homes Inc.", po="KH-26-0938", order_date="2026-11-20", requested="2026-12-07",
             ship_to=ST("Kestrel Homes - Lot 12 Aspen Bluff", "12 Aspen Bluff Drive", "Windham Crossing", "VT", "05466"),
             lines=[L(vi or fill[ic], q, u, d, pr, cp=ic) for ic, vi, d, q, u, pr in rows])
    return "f08_kestrel_po_export.csv", data, lab


# ====================================================================== F9 BuildBarn X12 850 (two transactions)
@doc
def f09():
    def gt(s):
        return SKUS[s][4]
    t1 = [("BB-2210451", "DS-10-300-05", 40, "BX", 41.90, "DECK SCREW #10 X 3IN 5LB"),
          ("BB-2210450", "DS-8-250-05", 60, "BX", 38.50, "DECK SCREW #8 X 2-1/2IN 5LB"),
          ("BB-2230106", "FMH-26", 24, "EA", 1.38, "JOIST HANGER 2X6 FACE MOUNT"),
          ("BB-2230108", "FMH-28", 24, "EA", 1.62, "JOIST HANGER 2X8 FACE MOUNT"),
          ("BB-2230110", "FMH-210", 24, "EA", 1.95, "JOIST HANGER 2X10 FACE MOUNT"),
          ("BB-2230244", "PB-44", 12, "EA", 12.40, "POST BASE 4X4 ADJUSTABLE"),
          ("BB-1108080", "CM-80", 112, "BG", 6.60, "CONCRETE MIX 80LB"),
          ("BB-1108150", "PSM-50", 56, "BG", 8.50, "FAST SETTING POST MIX 50LB"),
          ("BB-4401450", "JC-AP-45", 24, "EA", 18.90, "JOINT COMPOUND ALL PURPOSE 4.5GAL"),
          ("BB-5510101", "CK-SIL-CLR", 10, "CA", 102.00, "SILICONE SEALANT CLEAR 10.1OZ CASE/12"),
          ("BB-5520010", "ADH-CONST-10", 120, "EA", 4.70, "CONSTRUCTION ADHESIVE 10OZ"),
          ("BB-3318820", "UL-SYN-10", 6, "RL", 93.00, "SYNTHETIC UNDERLAYMENT 10SQ")]
    t2 = [("BB-1108060", "CM-60", 84, "BG", 5.20, "CONCRETE MIX 60LB"),
          ("BB-3302214", "DE-AL-WHT-10", 40, "EA", 8.20, "DRIP EDGE ALUMINUM WHITE 10FT"),
          ("BB-5530004", "CK-ACR-WHT", 12, "CA", 39.60, "ACRYLIC CAULK WHITE CASE/12")]

    def txn(ctl, po, date, reqd, lines, with_gtin_every=2):
        segs = ["ST*850*%s" % ctl, "BEG*00*SA*%s**%s" % (po, date), "CUR*BY*USD", "REF*DP*NE2",
                "REF*IA*V318004", "DTM*002*%s" % reqd,
                "N1*BT*BuildBarn Online, Inc.*92*BB01", "N3*Accounts Payable*PO Box 9120", "N4*Keene Falls*NH*03435*US",
                "N1*ST*BuildBarn Fulfillment Center NE-2*92*NE2", "N3*4800 Logistics Drive", "N4*Keene Falls*NH*03435*US",
                "N1*VN*Cobalt Ridge Lumber & Building Supply*92*V318004"]
        for n, (bp, vn, q, u, pr, d) in enumerate(lines, 1):
            seg = "PO1*%d*%d*%s*%.2f*PE*BP*%s*VN*%s" % (n, q, u, pr, bp, vn)
            if n % with_gtin_every == 1 and gt(vn):
                seg += "*UP*%s" % gt(vn)
            segs.append(seg)
            segs.append("PID*F****%s" % d)
        segs.append("CTT*%d*%d" % (len(lines), sum(l[2] for l in lines)))
        segs.append("SE*%d*%s" % (len(segs) + 1, ctl))
        return segs
    segs = ["ISA*00*          *00*          *ZZ*BUILDBARNEDI   *ZZ*COBALTRIDGE    *261110*0215*U*00401*000004127*0*P*>",
            "GS*PO*BUILDBARNEDI*COBALTRIDGE*20261110*0215*4127*X*004010"]
    segs += txn("0001", "4500098112", "20261110", "20261120", t1)
    segs += txn("0002", "4500098113", "20261110", "20261124", t2)
    segs += ["GE*2*4127", "IEA*1*000004127"]
    data = ("~\n".join(segs) + "~\n").encode("ascii")
    lab = PO("BuildBarn Online, Inc.", po="4500098112", order_date="2026-11-10", requested="2026-11-20", currency="USD",
             ship_to=ST("BuildBarn Fulfillment Center NE-2", "4800 Logistics Drive", "Keene Falls", "NH", "03435", "US"),
             lines=[L(vn, q, "CS" if u == "CA" else u, d, pr, cp=bp) for bp, vn, q, u, pr, d in t1])
    return "f09_buildbarn_x12_850_two_orders.edi", data, lab


# ====================================================================== F10 Town UBL Order
@doc
def f10():
    from xml.sax.saxutils import escape
    rows = [("TBF-2207", "GWB-58X-48", "Gypsum board 5/8 in Type X 4x8", 40, "EA", 16.10),
            ("TBF-2210", "JC-AP-45", "Joint compound all purpose 4.5 gal", 6, "EA", 19.95),
            ("TBF-2215", None, "Paper joint tape 500 ft", 6, "RL", 5.95),
            ("TBF-2219", "DWS-158-25", "Drywall screws 1-5/8 coarse 25 lb", 2, "BX", 118.00),
            ("TBF-3102", "INS-R13U-15", "R-13 unfaced batt 15 in (sound)", 24, "BG", 37.50),
            ("TBF-3350", "CK-FIRE-RED", "Firestop sealant red 10.1 oz", 24, "EA", 14.75),
            ("TBF-4120", "TRM-BAS-314", "Base moulding 3-1/4 primed FJ", 360, "FOT", 1.35),
            ("TBF-4301", "SND-1532-AC", "Plywood 15/32 AC sanded 4x8", 6, "EA", 52.40)]
    fill = {"TBF-2215": "DT-PAPER-500"}
    ol = []
    for n, (bi, si, d, q, u, pr) in enumerate(rows, 1):
        sid = ("\n        <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>" % si) if si else ""
        ol.append("""  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>%d</cbc:ID>
      <cbc:Quantity unitCode="%s">%d</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="USD">%.2f</cbc:LineExtensionAmount>
      <cac:Price><cbc:PriceAmount currencyID="USD">%.2f</cbc:PriceAmount></cac:Price>
      <cac:Item>
        <cbc:Description>%s</cbc:Description>
        <cbc:Name>%s</cbc:Name>
        <cac:BuyersItemIdentification><cbc:ID>%s</cbc:ID></cac:BuyersItemIdentification>%s
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>""" % (n, u, q, q * pr, pr, escape(d), escape(d[:40]), bi, sid))
    total = sum(r[3] * r[5] for r in rows)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
  <cbc:ID>26-0460</cbc:ID>
  <cbc:IssueDate>2026-11-16</cbc:IssueDate>
  <cbc:OrderTypeCode>220</cbc:OrderTypeCode>
  <cbc:Note>Town Hall second floor renovation - deliver to rear loading door</cbc:Note>
  <cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>
  <cbc:CustomerReference>Facilities / R. Gauthier</cbc:CustomerReference>
  <cac:BuyerCustomerParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Town of Brackett Falls</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>12 Main Street</cbc:StreetName>
        <cbc:CityName>Brackett Falls</cbc:CityName>
        <cbc:PostalZone>05488</cbc:PostalZone>
        <cbc:CountrySubentity>VT</cbc:CountrySubentity>
        <cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:Contact><cbc:Name>Rene Gauthier</cbc:Name><cbc:Telephone>802-555-0112</cbc:Telephone><cbc:ElectronicMail>facilities@brackettfalls-vt.gov</cbc:ElectronicMail></cac:Contact>
    </cac:Party>
  </cac:BuyerCustomerParty>
  <cac:SellerSupplierParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Cobalt Ridge Lumber &amp; Building Supply</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>1180 Quarry Mill Road</cbc:StreetName>
        <cbc:CityName>Fairhaven Junction</cbc:CityName>
        <cbc:PostalZone>05499</cbc:PostalZone>
        <cbc:CountrySubentity>VT</cbc:CountrySubentity>
        <cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
    </cac:Party>
  </cac:SellerSupplierParty>
  <cac:Delivery>
    <cac:DeliveryLocation>
      <cbc:Name>Brackett Falls Town Hall - Facilities</cbc:Name>
      <cac:Address>
        <cbc:StreetName>12 Main Street</cbc:StreetName>
        <cbc:AdditionalStreetName>Rear loading door</cbc:AdditionalStreetName>
        <cbc:CityName>Brackett Falls</cbc:CityName>
        <cbc:PostalZone>05488</cbc:PostalZone>
        <cbc:CountrySubentity>VT</cbc:CountrySubentity>
        <cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country>
      </cac:Address>
    </cac:DeliveryLocation>
    <cbc:LatestDeliveryDate>2026-11-25</cbc:LatestDeliveryDate>
  </cac:Delivery>
  <cac:AnticipatedMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="USD">%.2f</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="USD">%.2f</cbc:PayableAmount>
  </cac:AnticipatedMonetaryTotal>
%s
</Order>
""" % (total, total, "\n".join(ol))
    # UBL puts LatestDeliveryDate before DeliveryLocation in the schema; keep the element order valid:
    xml = xml.replace("""    <cac:DeliveryLocation>""", """    <cbc:LatestDeliveryDate>2026-11-25</cbc:LatestDeliveryDate>
    <cac:DeliveryLocation>""", 1).replace("""    </cac:DeliveryLocation>
    <cbc:LatestDeliveryDate>2026-11-25</cbc:LatestDeliveryDate>""", """    </cac:DeliveryLocation>""")
    lab = PO("Town of Brackett Falls", po="26-0460", order_date="2026-11-16", requested="2026-11-25", currency="USD",
             ship_to=ST("Brackett Falls Town Hall - Facilities", "12 Main Street", "Brackett Falls", "VT", "05488", "US"),
             lines=[L(si or fill[bi], q, "LF" if u == "FOT" else u, d, pr, cp=bi) for bi, si, d, q, u, pr in rows])
    return "f10_town_ubl_order.xml", xml.encode("utf-8"), lab
