"""PDF purchase orders (two attached to emails, two bare files)."""
import io

from reportlab.lib.pagesizes import letter, A4
from reportlab.pdfgen import canvas

from common import L, ST, X, doc, eml
from mails_a import KEY, NORTH, OAK, SAND, SOPHIE


def _canvas(size=letter):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    return buf, c


def oakmont_pdf():
    buf, c = _canvas()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 740, "OAKMONT PACKAGING CORP.")
    c.setFont("Helvetica", 9)
    c.drawString(40, 726, "1200 Commerce Blvd  |  Oakmont, PA 15139  |  AP: ap@oakmontpkg.com")
    c.setFont("Helvetica-Bold", 14)
    c.drawRightString(572, 740, "PURCHASE ORDER")
    c.setFont("Helvetica", 10)
    for i, (k, v) in enumerate([("PO Number:", "45-21050"), ("PO Date:", "12/03/2026"),
                                ("Required:", "12/10/2026"), ("Buyer:", "D. Park"), ("Terms:", "Net 45")]):
        c.drawRightString(480, 715 - i * 13, k)
        c.drawString(486, 715 - i * 13, v)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, 660, "VENDOR")
    c.drawString(300, 660, "SHIP TO")
    c.setFont("Helvetica", 10)
    for i, t in enumerate(["Ridgeline Industrial Supply", "2900 Gateway Pkwy", "Pittsburgh, PA 15275"]):
        c.drawString(40, 646 - i * 12, t)
    for i, t in enumerate(["Oakmont Packaging - Plant 3", "88 Riverfront Industrial Park",
                           "Monessen, PA 15062", "Receiving: Dock door 4"]):
        c.drawString(300, 646 - i * 12, t)
    y = 580
    cols = [40, 70, 110, 150, 245, 470, 525]
    heads = ["Ln", "Qty", "UOM", "Vendor Item", "Description", "Unit Price", "Ext."]
    c.setFillGray(0.85)
    c.rect(36, y - 4, 540, 16, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 9)
    for x, h in zip(cols, heads):
        c.drawString(x, y, h)
    rows = [("1", "6", "EA", "BB6206-2RS", "BEARING 6206 2RS", "7.05"),
            ("2", "2", "EA", "VB-5VX800", "BELT 5VX800", "27.40"),
            ("3", "50", "FT", "", "HYD HOSE 3/8 100R2", "2.90"),
            ("4", "6", "EA", "", "FITTING -6 JIC FEM SWIVEL CRIMP", "3.95"),
            ("5", "3", "BX", "FH-50015-G8", "HCS 1/2-13 X 1-1/2 GR8 (BX/50)", "36.90")]
    c.setFont("Helvetica", 9)
    total = 0
    for r in rows:
        y -= 18
        ext = float(r[1]) * float(r[5])
        total += ext
        for x, v in zip(cols, list(r) + ["%.2f" % ext]):
            c.drawString(x, y, v)
    y -= 30
    c.drawRightString(520, y, "Subtotal")
    c.drawString(525, y, "%.2f" % total)
    c.drawRightString(520, y - 13, "Freight")
    c.drawString(525, y - 13, "TBD")
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(40, 120, "PO number must appear on all packing slips and invoices. Deliveries Mon-Fri 6:00-14:00.")
    c.showPage()
    c.save()
    return buf.getvalue()


def northgate_pdf():
    buf, c = _canvas(A4)
    w, h = A4
    c.rect(30, h - 130, w - 60, 100)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, h - 50, "Northgate Extrusions Ltd.")
    c.setFont("Helvetica", 9)
    c.drawString(40, h - 64, "71 Kestrel Court, Cambridge ON N1R 5S9  -  GST/HST 81234 5678 RT0001")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(360, h - 50, "Purchase Order / Bon de commande")
    c.setFont("Helvetica", 9)
    info = [("Order no.", "NX-60455"), ("Order date", "2026-12-02"), ("Delivery date", "2026-12-16"),
            ("Currency", "CAD"), ("Supplier no.", "V-00318")]
    for i, (k, v) in enumerate(info):
        c.drawString(360, h - 66 - i * 11, k)
        c.drawString(450, h - 66 - i * 11, v)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, h - 150, "Deliver to:")
    c.drawString(300, h - 150, "Invoice to:")
    c.setFont("Helvetica", 9)
    for i, t in enumerate(["Northgate Extrusions Ltd. - Plant 2", "15 Osprey Drive", "Cambridge ON  N1T 1K3"]):
        c.drawString(40, h - 162 - i * 11, t)
    for i, t in enumerate(["Northgate Extrusions Ltd.", "Accounts Payable", "71 Kestrel Court",
                           "Cambridge ON  N1R 5S9"]):
        c.drawString(300, h - 162 - i * 11, t)
    y = h - 230
    cols = [40, 75, 160, 370, 405, 440, 505]
    heads = ["Item", "Supplier part", "Description", "Qty", "Unit", "Unit price", "Amount"]
    c.setFont("Helvetica-Bold", 8.5)
    for x, t in zip(cols, heads):
        c.drawString(x, y, t)
    c.line(36, y - 4, w - 36, y - 4)
    rows = [("10", "VB-B68", "V-BELT B68", "4", "EA", "19.20"),
            ("20", "", "BELT 3VX500 COGGED", "6", "EA", "15.30"),
            ("30", "TB-8M-1200-20", "TIMING BELT 8M 1200MM 20MM WIDE", "2", "EA", "40.90"),
            ("40", "", "COUPLING SPIDER L110 BUNA", "4", "EA", "10.45"),
            ("50", "", "HEX CAP SCREW M12X50 8.8 ZINC BOX/25", "2", "BX", "27.60")]
    c.setFont("Helvetica", 8.5)
    sub = 0
    for r in rows:
        y -= 15
        amt = float(r[3]) * float(r[5])
        sub += amt
        for x, t in zip(cols, list(r) + ["%.2f" % amt]):
            c.drawString(x, y, t)
    y -= 28
    for k, v in [("Subtotal", sub), ("Freight", 35.00), ("HST 13%", round((sub + 35) * 0.13, 2))]:
        c.drawRightString(495, y, k)
        c.drawString(505, y, "%.2f" % v)
        y -= 12
    c.drawRightString(495, y, "Total CAD")
    c.drawString(505, y, "%.2f" % (sub + 35 + round((sub + 35) * 0.13, 2)))
    c.drawString(40, 80, "Authorized by: S. Tremblay")
    c.showPage()
    c.save()
    return buf.getvalue()


SAND_ROWS = [
    ("SCI-1101", "FLAP DISC 4.5 40G ZIRC T29", 10, "BX", 52.00, "AB-FD45-40"),
    ("SCI-1102", "FLAP DISC 4.5 60G ZIRC T29", 6, "BX", 49.50, "AB-FD45-60"),
    ("SCI-1103", "FLAP DISC 4.5 80G", 4, "BX", 48.00, "AB-FD45-80"),
    ("SCI-1104", "FLAP DISC 4.5 120G", 2, "BX", 48.00, "AB-FD45-120"),
    ("SCI-1110", "FLAP DISC 7IN 40G", 3, "BX", 96.00, "AB-FD70-40"),
    ("SCI-1120", "CUT-OFF WHEEL 4-1/2 X .045", 8, "BX", 38.75, "AB-CO45"),
    ("SCI-1121", "CUT-OFF WHEEL 5 X .045", 2, "BX", 44.50, "AB-CO50"),
    ("SCI-1130", "GRINDING WHEEL 4-1/2 X 1/4 TYPE 27", 5, "BX", 41.00, "AB-GW45"),
    ("SCI-1131", "GRINDING WHEEL 7 X 1/4 TYPE 27", 4, "BX", 68.00, "AB-GW70"),
    ("SCI-1140", "WIRE CUP BRUSH 4IN KNOTTED", 6, "EA", 17.85, "AB-WC4"),
    ("SCI-2010", "GLOVES NITRILE 6 MIL LARGE", 10, "BX", 14.90, "SF-NIT6-L"),
    ("SCI-2011", "GLOVES NITRILE 6 MIL XL", 10, "BX", 14.90, "SF-NIT6-XL"),
    ("SCI-2020", "GLOVES CUT LEVEL A4 LARGE", 3, "DZ", 64.80, "SF-CUT4-L"),
    ("SCI-2021", "GLOVES CUT LEVEL A4 XL", 2, "DZ", 64.80, "SF-CUT4-XL"),
    ("SCI-2030", "SAFETY GLASSES CLEAR", 4, "BX", 27.60, "SF-GL-CLR"),
    ("SCI-2031", "SAFETY GLASSES IN/OUT", 2, "BX", 30.00, "SF-GL-IO"),
    ("SCI-2040", "EARPLUGS NRR 32", 3, "BX", 29.50, "SF-EP32"),
    ("SCI-2050", "FACE SHIELD CLEAR W/ HEADGEAR", 6, "EA", 16.30, "SF-FS8"),
    ("SCI-3001", "BEARING 6205-2RS", 12, "EA", 5.30, "BB6205-2RS"),
    ("SCI-3002", "BEARING 6305-2RS", 6, "EA", 8.25, "BB6305-2RS"),
    ("SCI-3010", "BELT B60", 4, "EA", 14.95, "VB-B60"),
    ("SCI-3011", "BELT BX55 COGGED", 4, "EA", 18.75, "VB-BX55"),
    ("SCI-4001", "GREASE EP2 TUBE 14 OZ", 40, "EA", 6.40, "LU-EP2-T"),
    ("SCI-4002", "OIL HYD AW46 DRUM", 1, "DR", 689.00, "LU-AW46-55"),
    ("SCI-4010", "PENETRATING OIL SPRAY", 2, "CS", 62.40, "LU-PEN-12"),
    ("SCI-5001", "CAP SCREW 5/8-11 X 3 GR 8", 2, "BX", 44.10, "FH-62030-G8"),
    ("SCI-5002", "CAP SCREW 3/8-16 X 1-1/2 SS", 1, "BX", 31.50, "FS-37015"),
    ("SCI-6001", "REFRACTORY PATCH 50LB BAG", 2, "EA", None, None),
]


def sandoval_pdf():
    buf, c = _canvas()

    def header(page):
        c.setFont("Times-Bold", 15)
        c.drawCentredString(306, 750, "SANDOVAL CASTINGS INC.")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(306, 737, "3300 Foundry Ln - Pueblo, Colorado 81001 - (719) 555-0144")
        c.setFont("Times-Bold", 11)
        c.drawString(40, 710, "PURCHASE ORDER  SC-31044")
        c.setFont("Times-Roman", 9)
        c.drawRightString(572, 710, "Page %d of 2" % page)
        if page == 1:
            c.drawString(40, 694, "Date issued: 11/24/2026        Need by: 12/08/2026        Buyer: A. Vigil")
            c.drawString(40, 678, "To: Ridgeline Industrial Supply, Denver branch")
            c.drawString(330, 678, "Ship to: Sandoval Castings Inc. - Receiving")
            c.drawString(330, 667, "3300 Foundry Ln")
            c.drawString(330, 656, "Pueblo, CO 81001")
            return 630
        return 690

    cols = [40, 62, 120, 370, 410, 445, 510]
    heads = ["#", "Our Item #", "Description", "Qty", "U/M", "Unit $", "Ext $"]
    total = 0
    n = 0
    for page, chunk in [(1, SAND_ROWS[:20]), (2, SAND_ROWS[20:])]:
        y = header(page)
        c.setFont("Times-Bold", 9)
        for x, t in zip(cols, heads):
            c.drawString(x, y, t)
        c.line(38, y - 3, 574, y - 3)
        c.setFont("Times-Roman", 9)
        for cp, desc, q, u, p, _ in chunk:
            n += 1
            y -= 14
            ext = "" if p is None else "%.2f" % (q * p)
            total += 0 if p is None else q * p
            vals = [str(n), cp, desc, str(q), u, "quote" if p is None else "%.2f" % p, ext]
            for x, t in zip(cols, vals):
                c.drawString(x, y, t)
        if page == 1:
            c.drawString(40, 60, "Continued on page 2")
        else:
            y -= 26
            c.drawRightString(500, y, "Order total (excl. tax/freight):")
            c.drawString(510, y, "%.2f" % total)
            c.drawString(40, y - 40, "Tax exempt - resale cert. on file. Call Abel Vigil with questions.")
        c.showPage()
    c.save()
    return buf.getvalue()


def keystone_pdf():
    buf, c = _canvas()
    c.setFont("Courier-Bold", 12)
    c.drawString(40, 750, "KEYSTONE FREIGHTWAYS - FLEET MAINTENANCE SYSTEM")
    c.setFont("Courier", 9)
    lines = ["PURCHASE ORDER ........ KF-118960", "PO DATE ............... 12/04/2026",
             "VENDOR ................ RIDGELINE INDUSTRIAL SUPPLY (V1142)",
             "SHIP TO ............... CARLISLE TERMINAL SHOP", "                        77 TERMINAL WAY",
             "                        CARLISLE PA 17013", "REQUESTED BY .......... G PULTZ", "",
             "PART#     VEND PART   DESCRIPTION                      QTY UOM     COST",
             "-" * 78]
    rows = [("KF-1440", "", "BEARING 6206 SHIELDED", 8, "EA", 6.70),
            ("KF-2210", "A48", "V-BELT A48 AIR COMPRESSOR", 2, "EA", 9.85),
            ("KF-3105", "", "GLOVE NITRILE LG", 6, "BX", 14.90),
            ("KF-3390", "", "CUTOFF WHEEL 4.5", 2, "BX", 38.75),
            ("KF-5012", "", "TAP 1/4-20", 4, "EA", 7.90),
            ("KF-6001", "", "BRAKE CLEANER AEROSOL CS12", 2, "CS", 48.00)]
    for r in rows:
        lines.append("%-9s %-11s %-32s %3d %-3s %8.2f" % r)
    lines += ["-" * 78, "ALL PARTS FOR UNIT STOCK - NOT CHARGEABLE TO WORK ORDERS",
              "PRINTED BY FMS 4.2"]
    y = 725
    for t in lines:
        c.drawString(40, y, t)
        y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def build():
    doc("f01_oakmont_pdf_attached.eml", eml("Denise Park <dpark@oakmontpkg.com>", "Oakmont Packaging PO 45-21050",
        "Thu, 03 Dec 2026 15:02:00 -0500",
        "Hello,\n\nPlease see attached purchase order. Confirm receipt and ship date.\n\n"
        "Denise Park\nPurchasing Agent\nOakmont Packaging Corp.\n",
        attachments=[("PO_45-21050.pdf", oakmont_pdf(), "pdf")]),
        X("purchase_order", OAK, "45-21050", "2026-12-03", "2026-12-10", None,
          ST("Oakmont Packaging - Plant 3", "88 Riverfront Industrial Park", "Monessen", "PA", "15062"), [
            L("BB6206-2RS", 6, "EA", "BEARING 6206 2RS", 7.05),
            L("VB-5VX800", 2, "EA", "BELT 5VX800", 27.40),
            L("HH-R2-6", 50, "FT", "HYD HOSE 3/8 100R2", 2.90),
            L("HF-JF-66", 6, "EA", "FITTING -6 JIC FEM SWIVEL CRIMP", 3.95),
            L("FH-50015-G8", 3, "BX", "HCS 1/2-13 X 1-1/2 GR8 (BX/50)", 36.90)]))

    doc("f02_northgate_pdf_attached.eml", eml(SOPHIE, "NX-60455", "Wed, 02 Dec 2026 16:47:00 -0500",
        "Bonjour / Hello,\n\nAttached PO NX-60455. Please deliver to our Plant 2 on Osprey Drive.\n\n"
        "Sophie Tremblay\nBuyer, Northgate Extrusions Ltd.\n",
        attachments=[("NX-60455.pdf", northgate_pdf(), "pdf")]),
        X("purchase_order", NORTH, "NX-60455", "2026-12-02", "2026-12-16", "CAD",
          ST("Northgate Extrusions Ltd. - Plant 2", "15 Osprey Drive", "Cambridge", "ON", "N1T 1K3", "CA"), [
            L("VB-B68", 4, "EA", "V-BELT B68", 19.20),
            L("VB-3VX500", 6, "EA", "BELT 3VX500 COGGED", 15.30),
            L("TB-8M-1200-20", 2, "EA", "TIMING BELT 8M 1200MM 20MM WIDE", 40.90),
            L("CPL-L110-SP", 4, "EA", "COUPLING SPIDER L110 BUNA", 10.45),
            L("FM-1250-88", 2, "BX", "HEX CAP SCREW M12X50 8.8 ZINC BOX/25", 27.60)]))

    doc("f03_sandoval_po_2page.pdf", sandoval_pdf(),
        X("purchase_order", SAND, "SC-31044", "2026-11-24", "2026-12-08", "USD",
          ST("Sandoval Castings Inc. - Receiving", "3300 Foundry Ln", "Pueblo", "CO", "81001"),
          [L(sku, q, u, d, p, cp) for cp, d, q, u, p, sku in SAND_ROWS]))

    doc("f04_keystone_fms_po.pdf", keystone_pdf(),
        X("purchase_order", KEY, "KF-118960", "2026-12-04", None, None,
          ST("Carlisle Terminal Shop", "77 Terminal Way", "Carlisle", "PA", "17013"), [
            L("BB6206-ZZ", 8, "EA", "BEARING 6206 SHIELDED", 6.70, "KF-1440"),
            L("VB-A48", 2, "EA", "V-BELT A48 AIR COMPRESSOR", 9.85, "KF-2210"),
            L("SF-NIT6-L", 6, "BX", "GLOVE NITRILE LG", 14.90, "KF-3105"),
            L("AB-CO45", 2, "BX", "CUTOFF WHEEL 4.5", 38.75, "KF-3390"),
            L("TP-2520P", 4, "EA", "TAP 1/4-20", 7.90, "KF-5012"),
            L(None, 2, "CS", "BRAKE CLEANER AEROSOL CS12", 48.00, "KF-6001")]))
