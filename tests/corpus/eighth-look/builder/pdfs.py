"""PDF purchase orders (three attached, one bare) and a credit memo."""
import io
from textwrap import dedent as dd

from reportlab.lib.pagesizes import letter, A4
from reportlab.pdfgen import canvas

from common import L, eml, not_order, order, ship


def _canvas(size=letter):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    return buf, c


def _lines(c, x, y, lines, font="Helvetica", size=9, lead=11):
    c.setFont(font, size)
    for s in lines:
        c.drawString(x, y, s)
        y -= lead
    return y


def _table(c, x, y, cols, rows, size=8.5, lead=13, header_font="Helvetica-Bold"):
    """cols: list of (title, width, align)."""
    c.setFont(header_font, size)
    cx = x
    for t, w, a in cols:
        (c.drawRightString(cx + w - 3, y, t) if a == "r" else c.drawString(cx + 2, y, t))
        cx += w
    c.line(x, y - 3, cx, y - 3)
    y -= lead
    c.setFont("Helvetica", size)
    for r in rows:
        cx = x
        for (t, w, a), v in zip(cols, r):
            v = "" if v is None else str(v)
            (c.drawRightString(cx + w - 3, y, v) if a == "r" else c.drawString(cx + 2, y, v))
            cx += w
        y -= lead
    return y


def cedar_hollow_po():
    rows = [("GLV1013", "Gloves nitrile violet MED", 10, "BX", 9.25, "GLV1013"),
            ("GLV1014", "Gloves nitrile violet LG", 5, "BX", 9.25, "GLV1014"),
            ("", "Syringe 3 mL luer lock, no needle", 4, "BX", 13.60, "SYR2003"),
            ("", "Needle 25G x 5/8\"", 2, "BX", 6.90, "NDL3010"),
            ("GZE4005", "Gauze sponge 4x4 12-ply non-sterile", 6, "SLV", 5.20, "GZE4005"),
            ("", "Fabric bandages 3/4 x 3", 2, "BX", 3.90, "BND5002"),
            ("", "Exam table paper 18\" smooth", 3, "CS", 38.50, "TBL6001"),
            ("SHP7001", "Sharps container 1 qt", 12, "EA", 2.45, "SHP7001")]
    buf, c = _canvas()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, 740, "Cedar Hollow Family Medicine")
    _lines(c, 50, 725, ["418 Larkspur Ave, Suite 2", "Mansfield, OH 44902",
                        "Phone (419) 555-0143  Fax (419) 555-0144"])
    c.setFont("Helvetica-Bold", 18)
    c.drawRightString(560, 740, "PURCHASE ORDER")
    _lines(c, 420, 722, ["PO Number:  CHFM-2026-0412", "PO Date:      11/16/2026",
                         "Deliver By:  11/24/2026"], size=9.5, lead=13)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, 665, "VENDOR")
    c.drawString(320, 665, "SHIP TO")
    _lines(c, 50, 651, ["Northfield Clinical Supply", "Customer Service / Orders",
                        "orders@northfieldclinical.com"])
    _lines(c, 320, 651, ["Cedar Hollow Family Medicine", "418 Larkspur Ave", "Suite 2",
                         "Mansfield, OH 44902"])
    cols = [("Item #", 70, "l"), ("Description", 230, "l"), ("Qty", 40, "r"),
            ("Unit", 40, "r"), ("Unit Price", 60, "r"), ("Amount", 70, "r")]
    trs = [(r[0], r[1], r[2], r[3], "%.2f" % r[4], "%.2f" % (r[2] * r[4])) for r in rows]
    y = _table(c, 50, 590, cols, trs)
    sub = sum(r[2] * r[4] for r in rows)
    _lines(c, 400, y - 10, ["Subtotal:   %.2f" % sub, "Shipping:   0.00",
                            "Tax:          exempt", "TOTAL:      %.2f" % sub], lead=13)
    _lines(c, 50, 120, ["Authorized by: Paul Endicott, MD",
                        "Please reference our PO number on all invoices and packing slips."])
    c.showPage()
    c.save()
    exp = order("Cedar Hollow Family Medicine", "CHFM-2026-0412",
                [L(r[5], r[2], r[3], r[1], price=r[4]) for r in rows],
                order_date="2026-11-16", requested="2026-11-24",
                ship=ship("Cedar Hollow Family Medicine", "418 Larkspur Ave", "Mansfield",
                          "OH", "44902", "US"))
    mail = eml('"Dana Whitfield" <dwhitfield@cedarhollowfm.com>',
               "Purchase Order CHFM-2026-0412", "Mon, 16 Nov 2026 16:20:00 -0500",
               "Hi,\n\nPlease see the attached PO. Let me know if anything is backordered.\n\n"
               "Dana Whitfield\nOffice Manager, Cedar Hollow Family Medicine\n",
               attachments=[("CHFM-2026-0412.pdf", "application/pdf", buf.getvalue())])
    return ("p01-cedar-hollow-po-pdf", "eml", mail, exp)


DISTRICT = [
    (40, "BX", "GLOVES, EXAM, NITRILE, PF, BLUE, MEDIUM, 100/BX", 8.40, "GLV1003"),
    (30, "BX", "GLOVES, EXAM, NITRILE, PF, BLUE, LARGE, 100/BX", 8.40, "GLV1004"),
    (20, "BX", "GLOVES, EXAM, NITRILE, PF, BLUE, SMALL, 100/BX", 8.40, "GLV1002"),
    (20, "BX", "GLOVES, EXAM, VINYL, PF, LARGE, 100/BX", 5.10, "GLV1043"),
    (15, "BX", "GLOVES, EXAM, VINYL, PF, MEDIUM, 100/BX", 5.10, "GLV1042"),
    (30, "BX", "BANDAGE, ADHESIVE, PLASTIC, 3/4\" X 3\", 100/BX", 2.60, "BND5001"),
    (20, "BX", "BANDAGE, ADHESIVE, FABRIC, 1\" X 3\", 100/BX", 4.30, "BND5003"),
    (12, "BX", "BANDAGE, ADHESIVE, SPOT, 7/8\", 100/BX", 2.95, "BND5004"),
    (24, "BX", "BANDAGE, ADHESIVE, CHILDREN'S PRINT, 100/BX", 4.70, "BND5007"),
    (36, "EA", "BANDAGE, ELASTIC, 2\" W/ HOOK & LOOP CLOSURE", 1.15, "BND5011"),
    (36, "EA", "BANDAGE, ELASTIC, 3\" W/ HOOK & LOOP CLOSURE", 1.35, "BND5012"),
    (20, "BX", "PAD, ALCOHOL PREP, MEDIUM, 200/BX", 2.40, "DIS8021"),
    (10, "SLV", "SPONGE, GAUZE, 2X2, 8-PLY, NON-STERILE, 200/SLV", 1.35, "GZE4001"),
    (10, "BX", "SPONGE, GAUZE, 2X2, 12-PLY, STERILE, 2/PK", 6.40, "GZE4011"),
    (6, "BX", "TAPE, PAPER, 1\" X 10 YD, 12/BX", 5.20, "BND5032"),
    (10, "BX", "TONGUE DEPRESSOR, 6\", NON-STERILE, 500/BX", 5.70, "SPC9011"),
    (4, "BX", "APPLICATOR, COTTON-TIPPED, 6\", NON-STERILE, 1000/BX", 6.20, "SPC9012"),
    (24, "EA", "CONTAINER, SHARPS, 1 QT, RED", 2.45, "SHP7001"),
    (12, "EA", "WIPES, DISINFECTANT, BLEACH, LARGE CANISTER", 10.20, "DIS8003"),
    (10, "BX", "MASK, FACE, EARLOOP, ASTM LEVEL 1, PEDIATRIC, 50/BX", 5.00, "MSK13005"),
    (10, "BX", "MASK, FACE, EARLOOP, ASTM LEVEL 1, ADULT, 50/BX", 4.20, "MSK13001"),
    (2, "BG", "COTTON BALLS, MEDIUM, NON-STERILE", 8.60, "SPC9014"),
    (50, "EA", "ICE PACK, INSTANT, 6\" X 9\"", 0.89, None)]


def district_po():
    buf, c = _canvas()
    cols = [("Line", 32, "r"), ("Qty", 36, "r"), ("UOM", 36, "l"), ("Description", 290, "l"),
            ("Unit Cost", 60, "r"), ("Extended", 66, "r")]

    def header(page):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 750, "LINCOLN VALLEY SCHOOL DISTRICT")
        _lines(c, 40, 736, ["Business Office - Purchasing", "610 W 9th St, Kearney, NE 68845"])
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 750, "PURCHASE ORDER  No. 2027-0388")
        c.setFont("Helvetica", 9)
        c.drawRightString(572, 736, "Page %d of 2" % page)

    header(1)
    _lines(c, 40, 700, ["Date: 11/09/2026", "Fiscal Year: 2026-27", "Vendor No.: 004417",
                        "Vendor: NORTHFIELD CLINICAL SUPPLY"])
    _lines(c, 330, 700, ["SHIP TO:", "LVSD Central Warehouse", "Attn: Health Services",
                         "1801 Industrial Rd", "Kearney, NE 68847"])
    _lines(c, 40, 640, ["Required Date: 12/01/2026     Account: 10-2140-610-000     "
                        "Requisition: R-26-01552     Buyer: M. Hollister"])
    trs = [(i + 1, r[0], r[1], r[2], "%.2f" % r[3], "%.2f" % (r[0] * r[3]))
           for i, r in enumerate(DISTRICT)]
    _table(c, 40, 610, cols, trs[:15])
    _lines(c, 40, 60, ["*** CONTINUED ON NEXT PAGE ***"], font="Helvetica-Bold")
    c.showPage()
    header(2)
    y = _table(c, 40, 700, cols, trs[15:])
    total = sum(r[0] * r[3] for r in DISTRICT)
    _lines(c, 380, y - 10, ["MERCHANDISE TOTAL:   %.2f" % total, "FREIGHT:              0.00",
                            "PO TOTAL (USD):      %.2f" % total], font="Helvetica-Bold",
           lead=13)
    _lines(c, 40, y - 70, [
        "TERMS AND CONDITIONS",
        "1. The district is exempt from sales tax. Exemption certificate on file.",
        "2. Deliveries accepted Monday-Friday 7:30 AM - 3:00 PM at the warehouse dock.",
        "3. Partial shipments allowed; backorders over 30 days are cancelled unless approved.",
        "4. Invoice the Business Office referencing this PO number. Net 30.",
        "5. Substitutions require written approval of the Purchasing Agent."], size=8)
    c.drawString(40, 90, "Approved: Margaret Hollister, Purchasing Agent")
    c.showPage()
    c.save()
    exp = order("Lincoln Valley School District", "2027-0388",
                [L(r[4], r[0], r[1], r[2], price=r[3]) for r in DISTRICT],
                order_date="2026-11-09", requested="2026-12-01", currency="USD",
                ship=ship("LVSD Central Warehouse", "1801 Industrial Rd", "Kearney", "NE",
                          "68847", "US"))
    mail = eml('"Margaret Hollister" <purchasing@lvsd.k12.ne.us>',
               "LVSD Purchase Order 2027-0388", "Mon, 09 Nov 2026 15:55:00 -0600",
               "Attached please find Lincoln Valley School District purchase order "
               "2027-0388.\nPlease confirm receipt.\n\nMargaret Hollister\nPurchasing Agent\n",
               attachments=[("PO_2027-0388.pdf", "application/pdf", buf.getvalue())])
    return ("p02-lvsd-two-page-po", "eml", mail, exp)


PMS = [("INV-0142", "GLOVE NITRILE BLUE LG 100", "GLV1004", "BX", 10, 8.40, "GLV1004"),
       ("INV-0141", "GLOVE NITRILE BLUE MD 100", "GLV1003", "BX", 6, 8.40, "GLV1003"),
       ("INV-0210", "SYRINGE 3ML LUER LOCK NO NEEDLE", "SYR-3LL", "BX", 3, 13.60, "SYR2003"),
       ("INV-0233", "NEEDLE 25G X 1\"", "", "BX", 2, 6.90, "NDL3011"),
       ("INV-0301", "BANDAID KIDS ASST", "BND5007", "BX", 6, 4.70, "BND5007"),
       ("INV-0355", "TABLE PAPER 14.5 SMOOTH", "", "CS", 2, 33.20, "TBL6005"),
       ("INV-0402", "MASK PEDS EARLOOP LVL1", "MSK13005", "BX", 8, 5.00, "MSK13005"),
       ("INV-0450", "VACCINE FRIDGE THERMOMETER DIGITAL", "", "EA", 1, 24.00, None),
       ("INV-0388", "SPECIMEN CUP 4OZ STERILE IW", "SPC9001", "CS", 1, 24.00, "SPC9001")]


def pinecrest_pms():
    buf, c = _canvas()
    c.setFillGray(0.85)
    c.rect(30, 735, 552, 30, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(38, 746, "KidChart PM  |  Inventory > Purchase Orders > PP-000731")
    _lines(c, 38, 715, ["Practice: Pinecrest Pediatrics (Loc 01)",
                        "Created: 11/24/2026 10:42 AM   by agreer",
                        "Status: SUBMITTED"], size=8.5)
    _lines(c, 330, 715, ["PO #: PP-000731", "Vendor: NORTHFIELD CLINICAL SUPPLY",
                         "Expected: --"], size=8.5)
    _lines(c, 38, 670, ["Deliver to: Pinecrest Pediatrics, 3300 S Parker Rd Ste 210, "
                        "Aurora CO 80014"], size=8.5)
    cols = [("Item ID", 55, "l"), ("Item Description", 185, "l"), ("Vendor Item #", 70, "l"),
            ("Pkg", 30, "l"), ("Qty", 35, "r"), ("Unit Cost", 60, "r"), ("Ext Cost", 60, "r")]
    trs = [(r[0], r[1], r[2], r[3], r[4], "%.2f" % r[5], "%.2f" % (r[4] * r[5]))
           for r in PMS]
    y = _table(c, 38, 640, cols, trs, size=8)
    tot = sum(r[4] * r[5] for r in PMS)
    _lines(c, 400, y - 8, ["Lines: %d   PO Total: %.2f" % (len(PMS), tot)], size=8.5)
    _lines(c, 38, 40, ["Printed 11/24/2026 10:43 AM   KidChart PM 8.2   Page 1/1"], size=7)
    c.showPage()
    c.save()
    exp = order("Pinecrest Pediatrics", "PP-000731",
                [L(r[6], r[4], r[3], r[1], part=r[0], price=r[5]) for r in PMS],
                order_date="2026-11-24",
                ship=ship("Pinecrest Pediatrics", "3300 S Parker Rd", "Aurora", "CO",
                          "80014", "US"))
    mail = eml('"KidChart PM" <noreply@pinecrestpeds.com>', "Purchase Order PP-000731",
               "Tue, 24 Nov 2026 10:43:12 -0700",
               "A purchase order has been submitted by Pinecrest Pediatrics.\n"
               "See attached PO PP-000731.\n\nReply to agreer@pinecrestpeds.com with "
               "questions.\n",
               attachments=[("PP-000731.pdf", "application/pdf", buf.getvalue())])
    return ("p03-pinecrest-pms-po", "eml", mail, exp)


def tricounty_bare():
    rows = [("4 boxes", "IV catheter 20g x 1\"", "$46.00", "VET11004", 4, "BX", 46.00),
            ("2 boxes", "IV catheter 22g x 1\"", "$46.00", "VET11005", 2, "BX", 46.00),
            ("3 boxes", "3 mL syringes luer lock (no needle)", "$13.60", "SYR2003", 3, "BX",
             13.60),
            ("2 boxes", "6 mL syringes luer lock", "", None, 2, "BX", None),
            ("1 case", "Cohesive bandage 2\" assorted colors", "$21.00", "BND5021", 1, "CS",
             21.00),
            ("2 boxes", "22g 1\" needles", "$6.90", "NDL3007", 2, "BX", 6.90)]
    buf, c = _canvas()
    c.setFont("Times-Bold", 16)
    c.drawCentredString(306, 740, "Tri-County Veterinary Hospital")
    c.setFont("Times-Roman", 10)
    c.drawCentredString(306, 726, "5120 Ranch Road 12  *  San Marcos, Texas 78666  *  "
                                  "(512) 555-0188")
    y = _lines(c, 60, 680, ["December 1, 2026", "", "Purchase Order #5561", "",
                            "To: Northfield Clinical Supply", "",
                            "Please ship the following to the hospital at the address "
                            "above:", ""], font="Times-Roman", size=11, lead=15)
    for q, d, p, *_ in rows:
        c.drawString(80, y, q)
        c.drawString(150, y, d)
        c.drawRightString(520, y, p)
        y -= 16
    _lines(c, 60, y - 15, ["Please deliver by Friday, December 11.", "",
                           "Thank you,", "", "Ramona Vela, DVM", "Medical Director"],
           font="Times-Roman", size=11, lead=15)
    c.showPage()
    c.save()
    exp = order("Tri-County Veterinary Hospital", "5561",
                [L(r[3], r[4], r[5], r[1], price=r[6]) for r in rows],
                order_date="2026-12-01", requested="2026-12-11", currency="USD",
                ship=ship("Tri-County Veterinary Hospital", "5120 Ranch Road 12",
                          "San Marcos", "TX", "78666", "US"))
    return ("p04-tricounty-letter-po", "pdf", buf.getvalue(), exp)


def credit_memo():
    buf, c = _canvas(A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 790, "Northfield Clinical Supply")
    c.drawRightString(545, 790, "CREDIT MEMO")
    _lines(c, 350, 770, ["Credit Memo No.: CM-20417", "Date: 25/11/2026",
                         "Against Invoice: 88377", "Currency: EUR"])
    _lines(c, 50, 770, ["Customer: Ardmore Medical Practice", "Unit 4, Mill Road",
                        "Ballincollig, Co. Cork P31 KX28"])
    cols = [("Item", 70, "l"), ("Description", 220, "l"), ("Qty", 40, "r"),
            ("Price", 60, "r"), ("Credit", 70, "r")]
    y = _table(c, 50, 700, cols, [
        ("GLV1013", "GLV NIT PF VIOLET MED 100/BX - damaged", 3, "9.25", "27.75"),
        ("SYR2006", "SYR 5ML SLIP W/O NDL 100/BX - shipped in error", 2, "14.10", "28.20")])
    _lines(c, 380, y - 10, ["Total credit: EUR 55.95"], font="Helvetica-Bold")
    c.showPage()
    c.save()
    body = dd("""
        Hi,

        Please apply the attached credit memo CM-20417 against invoice 88377 and
        send me the revised balance. No need to resend the gloves.

        Thanks,
        Niamh Cullinane
        Ardmore Medical Practice
        """).lstrip()
    mail = eml('"Niamh Cullinane" <practice.manager@ardmoremedical.ie>',
               "Credit memo CM-20417", "Tue, 01 Dec 2026 09:30:00 +0000", body,
               attachments=[("CM-20417.pdf", "application/pdf", buf.getvalue())])
    return ("n05-credit-memo", "eml", mail, not_order("Ardmore Medical Practice"))


def docs():
    return [cedar_hollow_po(), district_po(), pinecrest_pms(), tricounty_bare(),
            credit_memo()]
