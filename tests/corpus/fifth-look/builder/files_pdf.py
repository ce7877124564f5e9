"""PDF purchase orders: SKU+buyer-part columns (in e-mail), description-only (in e-mail), two-page bare."""
import io
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from common import L, ship, expected, eml

TO = "Fennimore Orders <orders@fennimore-supply.com>"
DOCS = []  # (name, ext, bytes_or_text, expected)


def _pdf(draw):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    draw(c)
    c.save()
    return buf.getvalue()


# ---- A1: Tamarack, columns with their part number AND our SKU -------------------------------
A1 = [("410-220", "HQ220", "Breaker 2P 20A plug-on", 40, "EA", 14.20),
      ("410-115", "HQ115", "Breaker 1P 15A plug-on", 60, "EA", 6.40),
      ("410-130", "HQ130", "Breaker 1P 30A plug-on", 20, "EA", 7.10),
      ("300-118", "RT-1210", "Ring term 12-10 #10 (100/pk)", 8, "PK", 14.30),
      ("300-090", "SP-2218", "Spade term 22-18 #8 (100/pk)", 5, "PK", 9.70),
      ("500-016", "FS-STR", "Strut 1-5/8 x 10ft slotted", 12, "EA", 42.00),
      ("500-031", "FS-SN38", "Strut nut 3/8 w/ spring", 200, "EA", 0.95)]


def draw_a1(c):
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 740, "TAMARACK CONTROLS INC.")
    c.setFont("Helvetica", 9)
    c.drawString(40, 726, "N57 W2210 Quarry Ct  |  Pewaukee, WI 53072  |  262-555-0130")
    c.setFont("Helvetica-Bold", 14)
    c.drawRightString(570, 740, "PURCHASE ORDER")
    c.setFont("Helvetica", 10)
    for i, (k, v) in enumerate((("PO Number:", "TC-50960"), ("PO Date:", "12/03/2026"),
                                ("Required Date:", "12/11/2026"), ("Terms:", "Net 30"), ("Buyer:", "K. Albrecht"))):
        c.drawString(400, 715 - i * 13, k)
        c.drawString(480, 715 - i * 13, v)
    c.drawString(40, 690, "Vendor:")
    c.drawString(40, 677, "Fennimore Electric Supply")
    c.drawString(40, 664, "1200 Dunmore Industrial Dr, Columbus OH 43228")
    c.drawString(230, 690, "Ship To:")
    for i, t in enumerate(("Tamarack Controls Inc. - Plant 2", "W233 N2790 Ridgeview Pkwy", "Waukesha, WI 53188")):
        c.drawString(230, 677 - i * 13, t)
    y = 610
    c.setFont("Helvetica-Bold", 9)
    for x, h in ((40, "Ln"), (62, "Our Part #"), (125, "Vendor Item"), (195, "Description"),
                 (390, "Qty"), (420, "UOM"), (455, "Unit Cost"), (520, "Ext")):
        c.drawString(x, y, h)
    c.line(40, y - 4, 570, y - 4)
    c.setFont("Helvetica", 9)
    tot = 0
    for i, (cp, sku, d, q, u, p) in enumerate(A1):
        y -= 16
        c.drawString(40, y, str(i + 1))
        c.drawString(62, y, cp)
        c.drawString(125, y, sku)
        c.drawString(195, y, d)
        c.drawRightString(410, y, str(q))
        c.drawString(420, y, u)
        c.drawRightString(500, y, "%.2f" % p)
        c.drawRightString(565, y, "%.2f" % (q * p))
        tot += q * p
    c.line(40, y - 6, 570, y - 6)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(420, y - 22, "Total USD")
    c.drawRightString(565, y - 22, "%.2f" % tot)
    c.setFont("Helvetica", 8)
    c.drawString(40, 80, "Please confirm receipt of this PO. Reference PO number on all packing slips and invoices.")


a1 = _pdf(draw_a1)
exp_a1 = expected("C1004", "TC-50960", [L(s, q, u, d, p, cp) for cp, s, d, q, u, p in A1],
                  order_date="2026-12-03", req="2026-12-11", currency="USD",
                  ship_to=ship("Tamarack Controls Inc. - Plant 2", "W233 N2790 Ridgeview Pkwy", "Waukesha", "WI", "53188", "US"))
DOCS.append(("a1_tamarack_pdf_partno_sku", "eml", eml(
    "Ken Albrecht <kalbrecht@tamarackcontrols.com>", TO, "Tamarack PO TC-50960", "Thu, 3 Dec 2026 16:02:00 -0600",
    "Please see attached PO TC-50960. Ship to Plant 2 this time.\n\nThanks,\nKen\n",
    attachments=[("TC-50960.pdf", "application/pdf", a1)]), exp_a1))

# ---- A2: Kessler, description-only lines -----------------------------------------------------
A2 = [("10 ea", "Panel, 100 amp main breaker, 20 space", "HQL100MB", 10, "EA", 139.00),
      ("40 ea", "Arc-fault breaker 15A single pole", "HQ115AF", 40, "EA", 44.50),
      ("12 rl", "Romex 12/2 w/ground 1000 ft", "NM12-2-1000", 12, "RL", 349.00),
      ("6 rl", "Romex 10/2 w/ground", "NM10-2-250", 6, "RL", 168.00),
      ("150 ea", "Old work box single gang", "BX-P1O", 150, "EA", 1.45),
      ("150 ea", "Old work box 2 gang", None, 150, "EA", 2.10),
      ("80 ea", "Decorator switch white", "SWD-15W", 80, "EA", 2.60)]


def draw_a2(c):
    c.setFont("Times-Bold", 18)
    c.drawCentredString(306, 745, "Kessler & Nunn Electrical Contractors")
    c.setFont("Times-Roman", 10)
    c.drawCentredString(306, 731, "5120 Brockett Rd  -  Fort Worth, Texas 76118  -  (817) 555-0100")
    c.setFont("Times-Bold", 13)
    c.drawString(50, 700, "Purchase Order No. 24-1192")
    c.setFont("Times-Roman", 10)
    c.drawString(50, 684, "Date: December 4, 2026")
    c.drawString(50, 670, "Job: Eastchase Townhomes Ph. 2")
    c.drawString(50, 656, "Deliver to: 7725 Eastchase Pkwy, Fort Worth TX 76120")
    c.drawString(50, 642, "Deliver on: Thursday, December 10, 2026 - AM delivery")
    c.drawString(330, 684, "To: Fennimore Electric Supply")
    c.drawString(330, 670, "Attn: Dana")
    y = 610
    c.setFont("Times-Bold", 10)
    c.drawString(50, y, "Quantity")
    c.drawString(130, y, "Description")
    c.drawString(420, y, "Price")
    c.drawString(490, y, "Amount")
    c.setFont("Times-Roman", 10)
    for qtxt, d, _s, q, _u, p in A2:
        y -= 18
        c.drawString(50, y, qtxt)
        c.drawString(130, y, d)
        c.drawRightString(460, y, "$%.2f" % p)
        c.drawRightString(545, y, "$%.2f" % (q * p))
    c.drawString(50, y - 40, "Sales tax exempt - resale certificate on file.")
    c.drawString(50, y - 70, "Authorized by: ______________________   Doyle Kessler, Purchasing")


a2 = _pdf(draw_a2)
exp_a2 = expected("C1002", "24-1192", [L(s, q, u, d, p) for _q, d, s, q, u, p in A2],
                  order_date="2026-12-04", req="2026-12-10",
                  ship_to=ship("Eastchase Townhomes Ph. 2", "7725 Eastchase Pkwy", "Fort Worth", "TX", "76120", "US"))
DOCS.append(("a2_kessler_pdf_description_only", "eml", eml(
    "Doyle Kessler <dkessler@kesslernunn.com>", TO, "PO attached", "Fri, 4 Dec 2026 09:15:00 -0600",
    "Dana,\n\nPO 24-1192 attached for Eastchase. Call me if anything is backordered.\n\nDoyle\n817-555-0108\n",
    attachments=[("KN_PO_24-1192.pdf", "application/pdf", a2)]), exp_a2))

# ---- A3: Riverbend, two-page bare PDF --------------------------------------------------------
A3 = [("MNT-1140", "Wire, THHN 14 AWG stranded, black, 500' spool", "THN14BK-500", 6, "RL", 68.00),
      ("MNT-1141", "Wire, THHN 14 AWG stranded, white, 500' spool", "THN14WH-500", 6, "RL", 68.00),
      ("MNT-1142", "Wire, THHN 14 AWG stranded, green, 500' spool", "THN14GN-500", 3, "RL", 68.00),
      ("MNT-1160", "Wire, THHN 10 AWG stranded, black, 500' spool", "THN10BK-500", 2, "RL", 149.00),
      ("MNT-1161", "Wire, THHN 10 AWG stranded, white, 500' spool", "THN10WH-500", 2, "RL", 149.00),
      ("MNT-2210", "Conduit, EMT, 1/2 in x 10 ft", "EMT-050", 100, "EA", 6.20),
      ("MNT-2211", "Conduit, EMT, 3/4 in x 10 ft", "EMT-075", 60, "EA", 9.80),
      ("MNT-2212", "Conduit, EMT, 1-1/4 in x 10 ft", "EMT-125", 20, "EA", 26.50),
      ("MNT-2230", "Connector, EMT set screw, 1/2 in", "EC-SS-050", 200, "EA", 0.42),
      ("MNT-2231", "Connector, EMT set screw, 3/4 in", "EC-SS-075", 150, "EA", 0.71),
      ("MNT-2240", "Coupling, EMT set screw, 1/2 in", "EK-SS-050", 200, "EA", 0.39),
      ("MNT-2241", "Coupling, EMT set screw, 3/4 in", "EK-SS-075", 150, "EA", 0.66),
      ("MNT-2250", "Strap, one hole, 3/4 in EMT", "ST1-075", 300, "EA", 0.17),
      ("MNT-2251", "Strap, one hole, 1-1/4 in EMT", None, 50, "EA", 0.44),
      ("MNT-3101", "Box, 4 in square, 2-1/8 deep", "BX-4S21", 80, "EA", 3.10),
      ("MNT-3102", "Plaster ring, 4 sq, 1 gang, 1/2 in", "MR-1G", 80, "EA", 0.98),
      ("MNT-3310", "Receptacle, GFCI 20A, white, TR/WR", "GF20-W", 36, "EA", 17.40),
      ("MNT-3320", "Receptacle, duplex 20A commercial, white", "RD20-W", 120, "EA", 2.45),
      ("MNT-3330", "Switch, single pole 20A, white", "SW1-20W", 48, "EA", 3.25),
      ("MNT-3401", "Wallplate, 1-gang duplex, white nylon", "PL1-DW", 120, "EA", 0.45),
      ("MNT-4001", "Tape, vinyl electrical 3/4 in, black", "TP-BK", 48, "RL", 2.10),
      ("MNT-4002", "Tape, vinyl electrical 3/4 in, yellow", "TP-YL", 12, "RL", 2.10),
      ("MNT-5120", "Tester, non-contact voltage", "TL-NCV", 6, "EA", 24.00),
      ("MNT-5121", "Meter, digital multimeter CAT III", "TL-DMM", 2, "EA", 69.00)]


def draw_a3(c):
    def header(page):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 750, "RIVERBEND UNIFIED SCHOOL DISTRICT")
        c.setFont("Helvetica", 9)
        c.drawString(40, 737, "Purchasing Department - 1020 W Oak St, Lodi, CA 95240")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(570, 750, "PURCHASE ORDER  RB-2026-4490")
        c.setFont("Helvetica", 9)
        c.drawRightString(570, 737, "Page %d of 2" % page)
    header(1)
    c.setFont("Helvetica", 9)
    rows = (("Order Date", "11/25/2026"), ("Vendor", "Fennimore Electric Supply (V-0418)"),
            ("Requisition", "REQ-55812"), ("Delivery", "Deliver by 12/16/2026, 7:00-2:30 M-F"))
    for i, (k, v) in enumerate(rows):
        c.drawString(40, 712 - i * 12, k + ":")
        c.drawString(120, 712 - i * 12, v)
    c.drawString(360, 712, "SHIP TO:")
    for i, t in enumerate(("RUSD Maintenance Warehouse", "1800 Orchard Ln", "Lodi, CA 95240")):
        c.drawString(360, 700 - i * 12, t)
    c.drawString(360, 656, "BILL TO: Accounts Payable, 1020 W Oak St")

    def cols(y):
        c.setFont("Helvetica-Bold", 8)
        for x, h in ((40, "#"), (58, "District Item"), (120, "Description"), (400, "Qty"),
                     (430, "Unit"), (465, "Unit Price"), (525, "Total")):
            c.drawString(x, y, h)
        c.line(40, y - 3, 570, y - 3)
        c.setFont("Helvetica", 8)
    y = 625
    cols(y)
    for i, (cp, d, _s, q, u, p) in enumerate(A3):
        if y - 22 < 110:
            c.drawString(40, 60, "Continued on page 2")
            c.showPage()
            header(2)
            y = 712
            cols(y)
        y -= 22
        c.setFont("Helvetica", 6.5)
        c.drawString(120, y - 8, "Acct 01-8150-4310-000-%s   Site: WHSE   Req line %d" % (cp[-4:], i + 1))
        c.setFont("Helvetica", 8)
        c.drawString(40, y, str(i + 1))
        c.drawString(58, y, cp)
        c.drawString(120, y, d)
        c.drawRightString(420, y, str(q))
        c.drawString(430, y, u)
        c.drawRightString(505, y, "%.2f" % p)
        c.drawRightString(568, y, "%.2f" % (q * p))
    tot = sum(r[3] * r[5] for r in A3)
    y -= 10
    c.line(40, y - 5, 570, y - 5)
    c.drawString(430, y - 18, "Subtotal")
    c.drawRightString(568, y - 18, "%.2f" % tot)
    c.drawString(430, y - 30, "Sales Tax 7.75%")
    c.drawRightString(568, y - 30, "%.2f" % round(tot * 0.0775, 2))
    c.drawString(40, y - 60, "Authorized: Marisol Ventura, Purchasing Technician   (209) 555-0174")


a3 = _pdf(draw_a3)
exp_a3 = expected("C1003", "RB-2026-4490", [L(s, q, u, d, p, cp) for cp, d, s, q, u, p in A3],
                  order_date="2026-11-25", req="2026-12-16",
                  ship_to=ship("RUSD Maintenance Warehouse", "1800 Orchard Ln", "Lodi", "CA", "95240", "US"))
DOCS.append(("a3_riverbend_two_page", "pdf", a3, exp_a3))
