"""Attachment-style / bare order files (PDF, XLSX, CSV, X12, EDIFACT, UBL, HTML, TXT)."""
import io

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.platypus import (SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak)
from reportlab.pdfgen import canvas

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

from common import label, ln, ship, write_bytes, write_text, normalize_zip, SELLER
from catalog_data import CUST, BY_SKU

SS = getSampleStyleSheet()
P = ParagraphStyle("p", parent=SS["Normal"], fontName="Helvetica", fontSize=8, leading=10)
PB = ParagraphStyle("pb", parent=P, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=SS["Normal"], fontName="Helvetica-Bold", fontSize=14, leading=17)
SM = ParagraphStyle("sm", parent=P, fontSize=6.5, leading=8)


def _pdf(story, pagesize=letter, onpage=None, margins=0.6 * inch, title="", author=""):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins, rightMargin=margins,
                            topMargin=margins, bottomMargin=margins, title=title, author=author,
                            invariant=1)
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)
    return buf.getvalue()


def money(x, eu=False):
    s = format(x, ",.2f")
    if eu:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def para_block(lines, bold_first=True):
    out = []
    for i, l in enumerate(lines):
        out.append(Paragraph(l, PB if (i == 0 and bold_first) else P))
    return out


GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


# ---------------------------------------------------------------- F01 Calder State University formal PO
def f01():
    rows = [
        ("21-1054", "49045", "Ethanol, 200 proof (absolute), ACS/USP, 4 L", 4, "EA", 168.00),
        ("21-1154", "49045", "Ethanol, 190 proof (95%), USP, 4 L", 6, "EA", 112.00),
        ("21-3025", "49045", "Hydrochloric acid 37%, ACS, 2.5 L", 4, "EA", 58.00),
        ("21-3225", "49045", "Nitric acid 70%, ACS, 2.5 L", 2, "EA", 72.00),
        ("21-3300", "49045", "Sodium hydroxide pellets, ACS, 500 g", 3, "EA", 34.00),
        ("22-4052", "49045", "Sodium chloride, ACS, 2.5 kg", 2, "EA", 46.00),
        ("18-9100", "49030", "Graduated cylinder, glass, class B, 100 mL", 24, "EA", 11.80),
        ("17-8500", "49030", "Volumetric flask, class A, w/ stopper, 1000 mL", 12, "EA", 52.00),
        ("19-1190", "49030", "Filter paper, qualitative, grade 1, 90 mm, 100/pk", 10, "PK", 9.40),
        ("26-8110", "49030", "Autoclave indicator tape, 3/4 in x 60 yd", 6, "RL", 6.50),
    ]
    st = []
    hdr = Table([[Paragraph("CALDER STATE UNIVERSITY", H), Paragraph("<b>PURCHASE ORDER</b>", H)],
                 [Paragraph("Procurement Services &middot; 2200 Quarry Mill Road &middot; Calder, MN 56981 &middot; (320) 555-0100", P),
                  Paragraph("PO Number: <b>C0095120</b><br/>PO Date: 11/20/2026<br/>Page 1 of 2", P)]],
                colWidths=[4.6 * inch, 2.6 * inch])
    st += [hdr, Spacer(1, 8)]
    blocks = Table([[
        para_block(["VENDOR", "Vendor No. 0004417", "KESTREL RIDGE SCIENTIFIC INC", "2750 TOLLGATE PARKWAY",
                    "FAIRMONT HILLS, OH 45390", "(937) 555-0142"]),
        para_block(["BILL TO", "Calder State University", "Accounts Payable", "PO Box 8800", "Calder, MN 56981",
                    "ap@calderstate.edu"]),
        para_block(["SHIP TO", "Calder State University Central Receiving", "2200 Quarry Mill Road", "Calder, MN 56981",
                    "Deliver to: Sorensen Hall 118", "Chemistry Stockroom / L. Varga"]),
    ]], colWidths=[2.4 * inch] * 3)
    blocks.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.7, colors.black), ("BOX", (1, 0), (1, 0), 0.7, colors.black),
                                ("BOX", (2, 0), (2, 0), 0.7, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [blocks, Spacer(1, 8)]
    info = Table([["Requisition", "Requester", "Buyer", "Terms", "FOB", "Required Date"],
                  ["R2219101", "Lena Varga", "T. Osterberg", "Net 30", "Destination", "01/08/2027"]],
                 colWidths=[1.2 * inch] * 6)
    info.setStyle(GRID)
    st += [info, Spacer(1, 10)]
    data = [["Line", "Qty", "UOM", "Commodity", "Description", "Unit Cost", "Extended"]]
    for i, (s, com, ds, q, u, p) in enumerate(rows, 1):
        data.append([str(i), str(q), u, com, Paragraph("%s<br/>Vendor Cat# %s" % (ds, s), P), money(p), money(q * p)])
    total = sum(r[3] * r[5] for r in rows)
    data.append(["", "", "", "", Paragraph("<b>PO TOTAL (USD)</b>", P), "", money(total)])
    t = Table(data, colWidths=[0.4 * inch, 0.45 * inch, 0.45 * inch, 0.8 * inch, 3.3 * inch, 0.8 * inch, 0.9 * inch], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ALIGN", (5, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    st += [t, Spacer(1, 10)]
    st += [Paragraph("Account: 10-4400-61230 (Chemistry Instructional Supplies). Hazardous materials must ship in compliance with "
                     "49 CFR. Reference PO number C0095120 on all packing slips, invoices and correspondence. "
                     "Invoices to ap@calderstate.edu.", P),
           Spacer(1, 14), Paragraph("Authorized by: T. Osterberg, Senior Buyer, Procurement Services", P), PageBreak()]
    st += [Paragraph("CALDER STATE UNIVERSITY &mdash; PO C0095120 &mdash; Page 2 of 2", PB), Spacer(1, 6),
           Paragraph("PURCHASE ORDER TERMS AND CONDITIONS", H), Spacer(1, 6)]
    terms = [
        "1. ACCEPTANCE. This Purchase Order is an offer by Calder State University (the \"University\") and is limited to its terms. Shipment of any goods constitutes acceptance.",
        "2. PRICING. Prices shall not exceed those stated on the face of this order. No charges for boxing, packing or cartage will be accepted unless stated.",
        "3. DELIVERY. Deliveries are to be made FOB Destination to the Ship To address, Monday through Friday, 8:00 a.m. to 3:30 p.m. Central Receiving is closed 12/24/2026 through 01/03/2027.",
        "4. INVOICING. Invoices shall reference the PO number and line numbers and be submitted within 30 days of shipment. Payment terms are Net 30 from receipt of a correct invoice.",
        "5. TAX. The University is exempt from Minnesota sales tax, Exemption Certificate No. ES-55120. Do not charge sales tax.",
        "6. HAZARDOUS MATERIALS. Vendor shall furnish Safety Data Sheets for every hazardous chemical and label all containers per 29 CFR 1910.1200.",
        "7. WARRANTY. Vendor warrants the goods are free from defects and fit for the purposes stated.",
        "8. TERMINATION. The University may terminate this order in whole or in part for convenience upon written notice.",
        "9. GOVERNING LAW. This order is governed by the laws of the State of Minnesota.",
        "10. NON-DISCRIMINATION. Vendor agrees to comply with all applicable equal-opportunity laws.",
    ]
    st += [Paragraph(x, P) for x in terms]
    pdf = _pdf(st, title="PO C0095120", author="Calder State University")
    write_bytes("f01_university_po_vendor_billto_shipto.pdf", pdf)
    label("f01_university_po_vendor_billto_shipto.pdf", "purchase_order", CUST["C103"], "C0095120", "2026-11-20", "2027-01-08", "USD",
          ship("Calder State University Central Receiving", "2200 Quarry Mill Road", "Calder", "MN", "56981", "US"),
          [ln(s, q, u, ds, p) for s, com, ds, q, u, p in rows])


# ---------------------------------------------------------------- F02 hospital ruled table
def f02():
    rows = [
        ("300417", "24-6010", "CASSETTE TISSUE W/LID WHITE 500/BX", "BX", 6, 86.00),
        ("300220", "14-5102", "GLOVE EXAM NITRILE PF MED", "BX", 40, 8.90),
        ("300221", "14-5103", "GLOVE EXAM NITRILE PF LRG", "BX", 40, 8.90),
        ("300222", "14-5101", "GLOVE EXAM NITRILE PF SML", "BX", 20, 8.90),
        ("300223", "14-5112", "GLOVE NITRILE EXT CUFF 12IN MED", "BX", 10, 18.50),
        ("300540", "27-9041", "SLIDE MICROSCOPE FROSTED END", "BX", 30, 7.40),
        ("300522", "27-9042", "SLIDE MICROSCOPE CHARGED 25X75", "BX", 20, 18.00),
        ("300702", "24-6002", "FORMALIN 10% NBF 20L CUBITAINER", "EA", 4, 96.00),
        ("300650", "21-2404", "XYLENE HISTOLOGY GRADE 4L", "EA", 8, 74.00),
        ("300880", "29-1011", "CONTAINER SHARPS 2 GAL RED", "EA", 24, 8.90),
        ("300881", "29-1001", "BAG BIOHAZARD AUTOCLAVE 24X36", "CS", 2, 62.00),
        ("300410", "27-9002", "WIPER DELICATE TASK LARGE", "BX", 24, 6.20),
    ]
    st = [Paragraph("St. Brendan Regional Medical Center", H),
          Paragraph("Materials Management &middot; 715 Marrow Street &middot; Lakeholm, WI 53991 &middot; (608) 555-0100", P),
          Spacer(1, 6), Paragraph("<b>PURCHASE ORDER</b>", H), Spacer(1, 6)]
    hdr = Table([
        ["PO Number", "88266", "Vendor", "KESTREL RIDGE SCIENTIFIC INC (V-20417)"],
        ["Order Date", "11/25/2026", "Ship To", Paragraph("St. Brendan Regional Medical Center<br/>Laboratory Receiving - Dock B<br/>"
                                                          "715 Marrow Street<br/>Lakeholm, WI 53991", P)],
        ["Deliver By", "12/03/2026", "Dept", "7200 Laboratory - Anatomic Pathology"],
        ["Buyer", "K. Lindqvist", "Terms", "2% 10 Net 30"],
    ], colWidths=[0.9 * inch, 1.2 * inch, 0.8 * inch, 4.1 * inch])
    hdr.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                             ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"), ("FONTNAME", (2, 0), (2, -1), "Helvetica-Bold"),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [hdr, Spacer(1, 10)]
    data = [["Ln", "MMIS Item", "Vendor Cat No", "Description", "UOM", "Qty", "Unit Cost", "Ext Cost"]]
    for i, (cp, s, ds, u, q, p) in enumerate(rows, 1):
        data.append([str(i), cp, s, ds, u, str(q), money(p), money(q * p)])
    total = sum(r[4] * r[5] for r in rows)
    data.append(["", "", "", "TOTAL", "", "", "", money(total)])
    t = Table(data, colWidths=[0.3 * inch, 0.75 * inch, 0.85 * inch, 2.6 * inch, 0.45 * inch, 0.45 * inch, 0.75 * inch, 0.85 * inch])
    t.setStyle(GRID)
    t.setStyle(TableStyle([("ALIGN", (5, 1), (-1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
    st += [t, Spacer(1, 10), Paragraph("Please reference PO and MMIS item numbers on packing slip. Deliveries accepted "
                                       "06:00-14:00 at Dock B. Questions: matmgmt@stbrendanhealth.org", P)]
    write_bytes("f02_hospital_ruled_table.pdf", _pdf(st, title="PO 88266"))
    label("f02_hospital_ruled_table.pdf", "purchase_order", CUST["C104"], "88266", "2026-11-25", "2026-12-03", None,
          ship("St. Brendan Regional Medical Center", "715 Marrow Street", "Lakeholm", "WI", "53991", "US"),
          [ln(s, q, u, ds, p, cp) for cp, s, ds, u, q, p in rows])


# ---------------------------------------------------------------- F03 multi-page PO, continued tables
F03_ROWS = [
    ("10-1010", 4), ("10-1020", 2), ("10-1100", 2), ("10-1200", 8), ("10-1208", 2), ("10-1300", 6),
    ("10-1302", 4), ("10-1205", 5), ("11-2005", 4), ("11-2015", 10), ("11-2019", 4), ("11-2020", 6),
    ("11-2031", 2), ("11-2101", 2), ("12-3015", 3), ("12-3050", 3), ("13-4001", 1), ("13-4002", 1),
    ("13-4005", 3), ("13-4010", 4), ("13-4025", 2), ("13-4050", 1), ("14-5100", 10), ("14-5101", 20),
    ("14-5102", 30), ("14-5103", 30), ("14-5104", 10), ("LABCOAT", 2), ("15-6060", 1), ("15-6100", 2),
    ("25-7012", 2), ("25-7050", 1), ("25-7200", 20), ("14-5300", 2), ("26-8004", 4), ("26-8200", 12),
    ("27-9001", 40), ("29-1010", 10), ("29-1020", 2), ("20-6010", 4),
]


def f03():
    data_rows = []
    for i, (s, q) in enumerate(F03_ROWS, 1):
        if s == "LABCOAT":
            data_rows.append((i, None, "Lab coat, disposable, SMS, knee length, size L, 30/cs", q, "CS", 84.00))
        else:
            r = BY_SKU[s]
            p = round(float(r["unit_price"]) * 0.95, 2)
            data_rows.append((i, s, r["description"], q, r["uom"], p))
    PONUM = "NCR-26-1199"

    def onpage(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(0.6 * inch, 10.65 * inch, "NORTHGATE CLINICAL RESEARCH LLC")
        c.drawRightString(7.9 * inch, 10.65 * inch, "PURCHASE ORDER %s" % PONUM)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(7.9 * inch, 10.5 * inch, "Page %d" % doc.page)
        if doc.page > 1:
            c.drawString(0.6 * inch, 10.5 * inch, "(continued)")
        c.drawString(0.6 * inch, 0.4 * inch, "Northgate Clinical Research LLC - 5600 Tern Harbor Blvd, Greyridge, NC 27698 - (919) 555-0100 - ap@northgatecr.com")
        c.restoreState()

    st = [Spacer(1, 18), Paragraph("Purchase Order", H), Spacer(1, 4)]
    hdr = Table([
        [Paragraph("<b>Supplier</b><br/>Kestrel Ridge Scientific, Inc.<br/>2750 Tollgate Parkway<br/>Fairmont Hills, OH 45390<br/>Acct # NCR-0193", P),
         Paragraph("<b>Ship To</b><br/>Northgate Clinical Research LLC<br/>Cell Biology Annex (Bldg 2)<br/>5620 Tern Harbor Blvd<br/>Greyridge, NC 27698<br/>Attn: T. Obi", P),
         Paragraph("<b>PO #</b> %s<br/><b>PO Date</b> 11/16/2026<br/><b>Need By</b> 12/10/2026<br/><b>Project</b> BLD2-FITOUT<br/>"
                   "<b>Cost Center</b> 6120<br/><b>Terms</b> Net 45" % PONUM, P)]],
        colWidths=[2.4 * inch] * 3)
    hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [hdr, Spacer(1, 6),
           Paragraph("Initial stocking order for the Bldg 2 cell biology lab. Pricing per quote Q-26-4471 (5% off list). "
                     "Partial shipments accepted; backorders must be confirmed in writing.", P), Spacer(1, 8)]
    data = [["#", "Supplier Item", "Description", "Qty", "UOM", "Unit Price", "Amount"]]
    for i, s, ds, q, u, p in data_rows:
        data.append([str(i), s or "", Paragraph(ds, P), str(q), u, money(p), money(q * p)])
    total = sum(r[3] * r[5] for r in data_rows)
    data.append(["", "", Paragraph("<b>Subtotal</b>", P), "", "", "", money(total)])
    data.append(["", "", Paragraph("<b>Freight</b>", P), "", "", "", "0.00"])
    data.append(["", "", Paragraph("<b>Total USD</b>", P), "", "", "", money(total)])
    t = Table(data, colWidths=[0.3 * inch, 0.8 * inch, 3.7 * inch, 0.4 * inch, 0.45 * inch, 0.75 * inch, 0.8 * inch], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 7.5), ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -4), [colors.white, colors.HexColor("#f2f2f2")]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    st += [t, Spacer(1, 10), Paragraph("Approved: D. Harrow, Director of Operations", P)]
    write_bytes("f03_cro_multipage_continued.pdf", _pdf(st, onpage=onpage, margins=0.75 * inch, title="PO " + PONUM))
    label("f03_cro_multipage_continued.pdf", "purchase_order", CUST["C106"], PONUM, "2026-11-16", "2026-12-10", "USD",
          ship("Northgate Clinical Research LLC", "5620 Tern Harbor Blvd", "Greyridge", "NC", "27698", "US"),
          [ln(s, q, u, ds, p) for i, s, ds, q, u, p in data_rows])


# ---------------------------------------------------------------- F04 European PO with VAT
def f04():
    rows = [
        ("VA-10233", "20-3213", "Spuitfilter nylon 0,22 \u00b5m, 13 mm (100 st.)", 3, "PAK", "PK", 71.20),
        ("VA-10234", "20-3413", "Spuitfilter nylon 0,45 \u00b5m, 13 mm (100 st.)", 3, "PAK", "PK", 67.40),
        ("VA-10310", "21-2304", "Acetonitril HPLC-grade, 4 L", 6, "ST", "EA", 178.00),
        ("VA-10311", "21-2004", "Methanol HPLC-grade, 4 L", 6, "ST", "EA", 92.50),
        ("VA-10312", "21-2800", "Water HPLC-grade, 4 L", 4, "ST", "EA", 40.40),
        ("VA-10420", "17-8425", "Maatkolf 250 ml klasse A met stop", 6, "ST", "EA", 29.80),
        ("VA-10421", "17-8500", "Maatkolf 1000 ml klasse A met stop", 2, "ST", "EA", 50.10),
        ("VA-10530", "27-9031", "Cuvet PMMA semi-micro 1,5 ml (100 st.)", 5, "PAK", "PK", 15.40),
        ("VA-10610", "22-4071", "Bufferoplossing pH 7,00, 500 ml", 4, "ST", "EA", 15.40),
        ("VA-10611", "22-4070", "Bufferoplossing pH 4,00, 500 ml", 2, "ST", "EA", 15.40),
    ]
    st = []
    top = Table([[Paragraph("<b>Veldhoven Analytical B.V.</b><br/>Kwartsweg 12<br/>5294 KT Oosterdijk<br/>Nederland<br/>"
                            "KvK 55501234 &middot; BTW NL855501234B01", P),
                  Paragraph("<b>INKOOPORDER</b><br/><font size=10>PURCHASE ORDER</font>", H)]], colWidths=[4.2 * inch, 2.8 * inch])
    st += [top, Spacer(1, 10)]
    meta = Table([
        [Paragraph("<b>Leverancier / Supplier</b><br/>Kestrel Ridge Scientific B.V.<br/>Kiljanstraat 18<br/>3044 BH Rotterdam", P),
         Paragraph("<b>Afleveradres / Delivery address</b><br/>Veldhoven Analytical B.V.<br/>t.a.v. QC-laboratorium, gebouw B<br/>"
                   "Kwartsweg 12<br/>5294 KT Oosterdijk", P),
         Paragraph("<b>Ordernummer:</b> PO-VA-26-0402<br/><b>Orderdatum:</b> 27-11-2026<br/><b>Gewenste leverdatum:</b> 10-12-2026<br/>"
                   "<b>Uw offerte:</b> OFF-EU-26-3310<br/><b>Kostenplaats:</b> 3120 QC<br/><b>Valuta:</b> EUR", P)]],
        colWidths=[2.3 * inch, 2.4 * inch, 2.3 * inch])
    meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [meta, Spacer(1, 10)]
    data = [["Pos", "Ons art.nr.", "Uw art.nr.", "Omschrijving", "Aantal", "Eenh.", "Prijs \u20ac", "Bedrag \u20ac"]]
    for i, (cp, s, ds, q, u, U, p) in enumerate(rows, 1):
        data.append([str(i * 10), cp, s, Paragraph(ds, P), str(q), u, money(p, True), money(q * p, True)])
    sub = sum(r[3] * r[6] for r in rows)
    vat = round(sub * 0.21, 2)
    data += [["", "", "", "Subtotaal excl. BTW", "", "", "", money(sub, True)],
             ["", "", "", "BTW 21%", "", "", "", money(vat, True)],
             ["", "", "", "Totaal incl. BTW", "", "", "", money(sub + vat, True)]]
    t = Table(data, colWidths=[0.35 * inch, 0.75 * inch, 0.7 * inch, 2.6 * inch, 0.5 * inch, 0.45 * inch, 0.7 * inch, 0.85 * inch])
    t.setStyle(GRID)
    t.setStyle(TableStyle([("ALIGN", (4, 1), (4, -1), "RIGHT"), ("ALIGN", (6, 1), (-1, -1), "RIGHT")]))
    st += [t, Spacer(1, 10),
           Paragraph("Op al onze bestellingen zijn onze algemene inkoopvoorwaarden van toepassing. Vermeld ons ordernummer op "
                     "pakbon en factuur. Facturen uitsluitend als PDF naar crediteuren@veldhoven-analytical.nl. Betaling 30 dagen na factuurdatum.", P)]
    write_bytes("f04_eu_po_vat_decimal_comma.pdf", _pdf(st, pagesize=A4, title="PO-VA-26-0402"))
    label("f04_eu_po_vat_decimal_comma.pdf", "purchase_order", CUST["C110"], "PO-VA-26-0402", "2026-11-27", "2026-12-10", "EUR",
          ship("Veldhoven Analytical B.V.", "Kwartsweg 12", "Oosterdijk", None, "5294 KT", "NL"),
          [ln(s, q, U, ds, p, cp) for cp, s, ds, q, u, U, p in rows])


# ---------------------------------------------------------------- F05 xlsx order form
def f05():
    rows = [
        ("Kestrel Ridge", "16-7005", "Beaker, glass, Griffin", "50 mL", 24, "ea", 3.20),
        ("Kestrel Ridge", "16-7010", "Beaker, glass, Griffin", "100 mL", 24, "ea", 3.40),
        ("Kestrel Ridge", "16-7026", "Beaker, glass, Griffin, 12-pack", "250 mL", 2, "pk", 44.00),
        ("Kestrel Ridge", "16-7100", "Beaker, glass, Griffin", "1 L", 6, "ea", 9.80),
        ("Kestrel Ridge", "17-8010", "Erlenmeyer flask, glass", "100 mL", 12, "ea", 3.90),
        ("Kestrel Ridge", "17-8050", "Erlenmeyer flask, glass", "500 mL", 6, "ea", 6.90),
        ("Kestrel Ridge", "17-8300", "Erlenmeyer flask, PP", "1 L", 4, "ea", 9.40),
        ("Kestrel Ridge", "18-9010", "Grad. cylinder, glass", "10 mL", 12, "ea", 8.40),
        ("Kestrel Ridge", "18-9250", "Grad. cylinder, glass", "250 mL", 6, "ea", 16.40),
        ("Kestrel Ridge", "17-8650", "Media bottle GL45", "500 mL", 12, "ea", 7.80),
        ("Kestrel Ridge", "21-2014", "Methanol ACS", "4 L", 2, "ea", 64.00),
        ("Kestrel Ridge", "21-2104", "Isopropanol ACS", "4 L", 3, "ea", 58.00),
        ("Kestrel Ridge", "19-1290", "Filter paper grade 2", "90 mm", 4, "pk", 12.10),
        ("Kestrel Ridge", "26-8200", "Lab notebook 100 pg quad", "", 10, "ea", 18.00),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Order Form"
    b = Font(bold=True)
    ws["A1"] = "Westbrook University - Department of Chemistry"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Research Group Supply Order Form (rev. 2024)"
    ws["A4"], ws["B4"] = "PI:", "Kenji Tanaka"
    ws["A5"], ws["B5"] = "Requested by:", "Arjun Mehta"
    ws["A6"], ws["B6"] = "PO #:", "W-2026-34102"
    ws["A7"], ws["B7"] = "Date:", __import__("datetime").date(2026, 11, 30)
    ws["B7"].number_format = "mm/dd/yyyy"
    ws["A8"], ws["B8"] = "Grant / Acct:", "5-21847"
    ws["D4"], ws["E4"] = "Deliver to:", "Westbrook University, Dept. of Chemistry"
    ws["E5"] = "Rowan Science Bldg Rm 311"
    ws["E6"] = "140 Rowan Science Drive"
    ws["E7"] = "Ashford Falls, PA 17322"
    ws["D8"], ws["E8"] = "Needed by:", "ASAP"
    for c in ("A4", "A5", "A6", "A7", "A8", "D4", "D8"):
        ws[c].font = b
    heads = ["Vendor", "Cat #", "Description", "Size", "Qty", "Unit", "Unit $", "Total $"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=10, column=j, value=h)
        c.font = b
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 11
    for i, (v, s, ds, sz, q, u, p) in enumerate(rows):
        if i == 7:
            r += 1  # stray blank row in the middle of the table
        ws.cell(row=r, column=1, value=v)
        ws.cell(row=r, column=2, value=s)
        ws.cell(row=r, column=3, value=ds)
        ws.cell(row=r, column=4, value=sz)
        ws.cell(row=r, column=5, value=q)
        ws.cell(row=r, column=6, value=u)
        ws.cell(row=r, column=7, value=p).number_format = "$#,##0.00"
        ws.cell(row=r, column=8, value="=E%d*G%d" % (r, r)).number_format = "$#,##0.00"
        r += 1
    r += 1
    ws.cell(row=r, column=7, value="Subtotal").font = b
    ws.cell(row=r, column=8, value="=SUM(H11:H%d)" % (r - 2)).number_format = "$#,##0.00"
    ws.cell(row=r + 2, column=1, value="Approved (PI signature): ______________________")
    for col, w in zip("ABCDEFGH", (14, 10, 32, 10, 6, 6, 10, 11)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Instructions")
    ws2["A1"] = "Fill one form per vendor. PO # from the business office. Grant/Acct is NOT the PO number."
    wb.properties.creator = "Westbrook Chemistry Business Office"
    import datetime as _d
    wb.properties.created = _d.datetime(2026, 11, 30, 9, 0, 0)
    wb.properties.modified = _d.datetime(2026, 11, 30, 9, 0, 0)
    wb.properties.lastModifiedBy = "amehta"
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes("f05_chem_dept_order_form.xlsx", normalize_zip(buf.getvalue()))
    label("f05_chem_dept_order_form.xlsx", "purchase_order", CUST["C102"], "W-2026-34102", "2026-11-30", None, "USD",
          ship("Westbrook University, Dept. of Chemistry", "140 Rowan Science Drive", "Ashford Falls", "PA", "17322", "US"),
          [ln(s, q, u.upper(), (ds + " " + sz).strip(), p) for v, s, ds, sz, q, u, p in rows])


# ---------------------------------------------------------------- F06 reseller CSV
def f06():
    rows = [
        ("10-1202", "LSD-100412", "TIP 200UL NS RACKED", 6, "CS", 37.53),
        ("10-1302", "LSD-100413", "TIP 1000UL NS RACKED", 6, "CS", 41.80),
        ("10-1012", "LSD-100411", "TIP 10UL NS RACKED", 4, "CS", 38.95),
        ("10-1205", "LSD-100422", "TIP 200UL BULK BAG 1000", 10, "PK", 11.40),
        ("10-1305", "LSD-100423", "TIP 1000UL BULK BAG 1000", 10, "PK", 15.68),
        ("10-1015", "LSD-100421", "TIP 10UL BULK BAG 1000", 5, "PK", 13.78),
        ("11-2015", "LSD-200115", "TUBE MICRO 1.5ML CLR", 20, "BX", 10.93),
        ("11-2027", "LSD-200127", "TUBE MICRO 2.0ML SAFELOCK", 5, "BX", 24.70),
        ("12-3016", "LSD-210015", "TUBE CONICAL 15ML BULK STER", 4, "CS", 91.20),
        ("12-3051", "LSD-210050", "TUBE CONICAL 50ML BULK STER", 4, "CS", 144.40),
        ("13-4105", "LSD-220105", "PIPET SERO 5ML BULK", 2, "CS", 84.55),
        ("13-4110", "LSD-220110", "PIPET SERO 10ML BULK", 2, "CS", 91.20),
        ("15-6060", "LSD-440060", "PETRI DISH 60X15 STERILE", 3, "CS", 68.40),
        ("15-6150", "LSD-440150", "PETRI DISH 150X15 STERILE", 2, "CS", 60.80),
        ("20-6005", "LSD-530005", "SYRINGE 5ML LUER LOCK", 6, "BX", 13.30),
        ("27-9030", "LSD-700301", "CUVETTE PS SEMI-MICRO", 10, "PK", 13.30),
    ]
    out = io.StringIO()
    import csv
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["PO Number", "PO Date", "Ship To Name", "Ship To Address 1", "Ship To Address 2", "Ship To City", "Ship To State",
                "Ship To Zip", "Line", "Vendor Part", "LSD Part", "Description", "Qty", "UOM", "Unit Cost", "Extended"])
    for i, (s, cp, ds, q, u, p) in enumerate(rows, 1):
        w.writerow(["LSD-PO-0098901", "12/01/2026", "Harlow Biotech Incubator - Shared Lab", "Attn: Receiving", "77 Foundry Lane Unit 4",
                    "Kettering Mills", "IN", "46997", i, s, cp, ds, q, u, "%.2f" % p, "%.2f" % (q * p)])
    write_text("f06_reseller_order_upload.csv", out.getvalue())
    label("f06_reseller_order_upload.csv", "purchase_order", CUST["C112"], "LSD-PO-0098901", "2026-12-01", None, None,
          ship("Harlow Biotech Incubator - Shared Lab", "77 Foundry Lane Unit 4", "Kettering Mills", "IN", "46997", "US"),
          [ln(s, q, u, ds, p, cp) for s, cp, ds, q, u, p in rows])


# ---------------------------------------------------------------- F07 X12 850 (two transactions)
def f07():
    t1 = [
        ("10-1200", "LSD-100402", 5, "CA", "CS", 93.10, "TIP 200UL FILTER STERILE RACKED"),
        ("10-1300", "LSD-100403", 5, "CA", "CS", 98.80, "TIP 1000UL FILTER STERILE RACKED"),
        ("10-1010", "LSD-100401", 3, "CA", "CS", 91.68, "TIP 10UL FILTER STERILE RACKED"),
        ("14-5101", "LSD-310021", 20, "BX", "BX", 8.46, "GLOVE NITRILE PF SM"),
        ("14-5102", "LSD-310022", 30, "BX", "BX", 8.46, "GLOVE NITRILE PF MD"),
        ("14-5103", "LSD-310023", 30, "BX", "BX", 8.46, "GLOVE NITRILE PF LG"),
        ("14-5104", "LSD-310024", 10, "BX", "BX", 8.46, "GLOVE NITRILE PF XL"),
        ("20-2213", "LSD-530213", 4, "PK", "PK", 112.10, "SYR FILTER PES 0.22UM 13MM"),
        ("20-2413", "LSD-530413", 4, "PK", "PK", 106.40, "SYR FILTER PES 0.45UM 13MM"),
        ("25-7012", "LSD-600012", 2, "CA", "CS", 137.75, "CRYOVIAL 1.2ML INT THREAD"),
        ("25-7112", "LSD-600112", 2, "CA", "CS", 141.55, "CRYOVIAL 1.2ML EXT THREAD"),
        ("26-8002", "LSD-650002", 12, "RL", "RL", 36.10, "PARAFILM M 2IN X 250FT"),
        ("27-9002", "LSD-700402", 36, "BX", "BX", 5.89, "WIPER DELICATE TASK LARGE"),
        ("22-4030", "LSD-800030", 6, "EA", "EA", 36.10, "TBE BUFFER 10X 1L"),
    ]
    t2 = [("23-5010", "LSD-440110", 4, "EA", "EA", 60.80, "LB BROTH LENNOX 500G"),
          ("23-5011", "LSD-440111", 4, "EA", "EA", 60.80, "LB BROTH MILLER 500G")]
    segs = []
    segs.append("ISA*00*          *00*          *ZZ*LABSRCDIRECT   *ZZ*KESTRELRIDGE   *261203*0615*U*00401*000004512*0*P*>")
    segs.append("GS*PO*LABSRCDIRECT*KESTRELRIDGE*20261203*0615*4512*X*004010")

    def tx(ctl, po, date, req, st_name, st_addr, st_city, st_state, st_zip, lines, st_code):
        s = ["ST*850*%s" % ctl, "BEG*00*SA*%s**%s" % (po, date), "CUR*BY*USD", "REF*IA*0001873",
             "PER*BD*JEN ABERNATHY*TE*4695550177", "DTM*002*%s" % req,
             "N1*BY*LABSOURCE DIRECT INC*92*LSD01", "N1*ST*%s*92*%s" % (st_name, st_code),
             "N3*%s" % st_addr, "N4*%s*%s*%s*US" % (st_city, st_state, st_zip)]
        for i, (sku, cp, q, xu, lu, p, ds) in enumerate(lines, 1):
            s.append("PO1*%d*%d*%s*%.2f*PE*VN*%s*BP*%s" % (i, q, xu, p, sku, cp))
            s.append("PID*F****%s" % ds)
        s.append("CTT*%d*%d" % (len(lines), sum(l[2] for l in lines)))
        s.append("SE*%d*%s" % (len(s) + 1, ctl))
        return s
    segs += tx("0001", "LSD-PO-0098933", "20261203", "20261211", "HALVERSON COLLEGE CHEMISTRY STOCKROOM",
               "315 BELLWETHER AVE", "NORTH ARDEN", "VT", "05998", t1, "DS0417")
    segs += tx("0002", "LSD-PO-0098934", "20261203", "20261211", "LABSOURCE DIRECT WAREHOUSE",
               "4100 DRAYTON INDUSTRIAL PKWY", "MILLBROOK", "TX", "75997", t2, "WH1")
    segs.append("GE*2*4512")
    segs.append("IEA*1*000004512")
    write_text("f07_reseller_x12_850.x12", "~\n".join(segs) + "~\n")
    label("f07_reseller_x12_850.x12", "purchase_order", CUST["C112"], "LSD-PO-0098933", "2026-12-03", "2026-12-11", "USD",
          ship("HALVERSON COLLEGE CHEMISTRY STOCKROOM", "315 BELLWETHER AVE", "NORTH ARDEN", "VT", "05998", "US"),
          [ln(s, q, U, ds, p, cp) for s, cp, q, u, U, p, ds in t1])


# ---------------------------------------------------------------- F08 EDIFACT ORDERS
def f08():
    rows = [
        ("20-2225", "100023420", "Spritzenfilter PES 0,22um 25mm steril", 5, "PK", 125.40),
        ("20-2425", "100023421", "Spritzenfilter PES 0,45um 25mm steril", 3, "PK", 119.70),
        ("21-2304", "100019930", "Acetonitril HPLC 4 l", 4, "PCE", 176.00),
        ("21-2014", "100019931", "Methanol p.a. ACS 4 l", 4, "PCE", 60.80),
        ("22-4080", "100027705", "Rinderserumalbumin Fraktion V 50 g", 1, "PCE", 156.75),
        ("27-9011", "100031151", "Waegeschalen antistatisch mittel", 2, "PK", 24.70),
        ("14-5102", "100040012", "Nitrilhandschuhe puderfrei Gr. M", 20, "BX", 8.45),
        ("14-5113", "100040023", "Nitrilhandschuhe lange Stulpe Gr. L", 6, "BX", 17.60),
        ("18-9640", "100031300", "Messzylinder PP 1000 ml", 3, "PCE", 12.90),
        ("26-8201", "100050201", "Laborjournal Durchschreibe 100 Saetze", 5, "PCE", 24.70),
    ]
    uom_label = {"PCE": "EA", "PK": "PK", "BX": "BX"}
    segs = ["UNA:+,? '", "UNB+UNOC:3+4012345000009:14+8712345000006:14+261202:0742+RF26120207421'",
            "UNH+1+ORDERS:D:96A:UN:EAN008'", "BGM+220+4500187655+9'", "DTM+137:20261202:102'", "DTM+2:20261215:102'",
            "FTX+PUR+++Bitte Bestellnummer auf Lieferschein angeben'",
            "RFF+CT:RV-2026-KRS-07'",
            "NAD+BY+4012345000009::9++Rheinfeld Pharma GmbH+Industriestrasse 40+Bingen am Rhein++55411+DE'",
            "CTA+PD+:S. Kroeger'", "COM+4967215550311:TE'",
            "NAD+SU+8712345000006::9++Kestrel Ridge Scientific B.V.+Kiljanstraat 18+Rotterdam++3044 BH+NL'",
            "NAD+DP+4012345000016::9++Rheinfeld Pharma GmbH QC-Labor Werk 2+Am Kalkofen 7+Bingen am Rhein++55411+DE'",
            "CUX+2:EUR:9'"]
    for i, (s, cp, ds, q, u, p) in enumerate(rows, 1):
        segs += ["LIN+%d++%s:SA'" % (i, s), "PIA+1+%s:BP'" % cp, "IMD+F++:::%s'" % ds,
                 "QTY+21:%d:%s'" % (q, u), "PRI+AAA:%s'" % ("%.2f" % p).replace(".", ",")]
    segs += ["UNS+S'", "CNT+2:%d'" % len(rows)]
    n = len(segs) - 2 + 1  # segments from UNH to UNT inclusive
    segs.append("UNT+%d+1'" % n)
    segs.append("UNZ+1+RF26120207421'")
    write_text("f08_pharma_edifact_orders.edi", "\n".join(segs) + "\n")
    label("f08_pharma_edifact_orders.edi", "purchase_order", CUST["C109"], "4500187655", "2026-12-02", "2026-12-15", "EUR",
          ship("Rheinfeld Pharma GmbH QC-Labor Werk 2", "Am Kalkofen 7", "Bingen am Rhein", None, "55411", "DE"),
          [ln(s, q, uom_label[u], ds, p, cp) for s, cp, ds, q, u, p in rows])


# ---------------------------------------------------------------- F09 UBL Order
def f09():
    rows = [
        ("MOR-0411", "12-3050", None, "Tubes coniques 50 ml steriles en portoir", 3, "CS", 180.00),
        ("MOR-0412", "13-4010", None, "Pipettes serologiques 10 ml emballage individuel", 4, "CS", 51.50),
        ("MOR-0415", None, BY_SKU["13-4025"]["gtin"], "Pipettes serologiques 25 ml emballage individuel", 2, "CS", 63.00),
        ("MOR-0420", "11-2019", None, "Microtubes 1,5 ml steriles", 4, "BX", 20.00),
        ("MOR-0431", "25-7050", None, "Cryotubes 5 ml filetage interne", 1, "CS", 132.00),
        ("MOR-0440", "22-4001", None, "PBS 10X pH 7,4 500 ml", 6, "EA", 23.00),
        ("MOR-0441", "23-5010", None, "Bouillon LB Lennox 500 g", 2, "EA", 61.00),
        ("MOR-0450", "20-2425", None, "Filtres seringue PES 0,45 um 25 mm", 2, "PK", 120.00),
    ]
    unit = {"CS": "CS", "BX": "BX", "EA": "C62", "PK": "PK"}
    lines_xml = []
    for i, (cp, s, gtin, ds, q, u, p) in enumerate(rows, 1):
        item = ['        <cbc:Description>%s</cbc:Description>' % ds, '        <cbc:Name>%s</cbc:Name>' % ds[:40],
                '        <cac:BuyersItemIdentification><cbc:ID>%s</cbc:ID></cac:BuyersItemIdentification>' % cp]
        if s:
            item.append('        <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>' % s)
        if gtin:
            item.append('        <cac:StandardItemIdentification><cbc:ID schemeID="0160">%s</cbc:ID></cac:StandardItemIdentification>' % gtin)
        lines_xml.append("""  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>%d</cbc:ID>
      <cbc:Quantity unitCode="%s">%d</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>
      <cac:Price>
        <cbc:PriceAmount currencyID="EUR">%.2f</cbc:PriceAmount>
      </cac:Price>
      <cac:Item>
%s
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>""" % (i, unit[u], q, q * p, p, "\n".join(item)))
    total = sum(r[4] * r[6] for r in rows)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:order_only:3</cbc:ProfileID>
  <cbc:ID>BC-2026-1203</cbc:ID>
  <cbc:IssueDate>2026-12-01</cbc:IssueDate>
  <cbc:Note>Merci de livrer entre le 14 et le 18 decembre, quai de reception ouvert 8h-12h.</cbc:Note>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:CustomerReference>CC-BIO-220</cbc:CustomerReference>
  <cac:BuyerCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0009">55512345600017</cbc:EndpointID>
      <cac:PartyName><cbc:Name>Laboratoire Morvan SAS</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>14 rue des Tanneurs</cbc:StreetName>
        <cbc:CityName>Saint-Aubrac</cbc:CityName>
        <cbc:PostalZone>69590</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyLegalEntity><cbc:RegistrationName>Laboratoire Morvan SAS</cbc:RegistrationName></cac:PartyLegalEntity>
      <cac:Contact><cbc:Name>Claire Fontanel</cbc:Name><cbc:Telephone>+33 4 78 555 012</cbc:Telephone><cbc:ElectronicMail>c.fontanel@labo-morvan.fr</cbc:ElectronicMail></cac:Contact>
    </cac:Party>
  </cac:BuyerCustomerParty>
  <cac:SellerSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0106">55519087</cbc:EndpointID>
      <cac:PartyName><cbc:Name>Kestrel Ridge Scientific B.V.</cbc:Name></cac:PartyName>
    </cac:Party>
  </cac:SellerSupplierParty>
  <cac:Delivery>
    <cac:DeliveryLocation>
      <cac:Address>
        <cbc:StreetName>14 rue des Tanneurs</cbc:StreetName>
        <cbc:AdditionalStreetName>Batiment C - Quai 2</cbc:AdditionalStreetName>
        <cbc:CityName>Saint-Aubrac</cbc:CityName>
        <cbc:PostalZone>69590</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
      </cac:Address>
    </cac:DeliveryLocation>
    <cac:RequestedDeliveryPeriod>
      <cbc:StartDate>2026-12-14</cbc:StartDate>
      <cbc:EndDate>2026-12-18</cbc:EndDate>
    </cac:RequestedDeliveryPeriod>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>Laboratoire Morvan SAS - Reception</cbc:Name></cac:PartyName></cac:DeliveryParty>
  </cac:Delivery>
  <cac:AnticipatedMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="EUR">%.2f</cbc:PayableAmount>
  </cac:AnticipatedMonetaryTotal>
%s
</Order>
""" % (total, total, "\n".join(lines_xml))
    write_text("f09_french_lab_ubl_order.xml", xml)
    label("f09_french_lab_ubl_order.xml", "purchase_order", CUST["C111"], "BC-2026-1203", "2026-12-01", None, "EUR",
          {"name": "Laboratoire Morvan SAS - Reception", "street": "14 rue des Tanneurs", "city": "Saint-Aubrac",
           "region": None, "postal_code": "69590", "country": "FR"},
          [ln(s or "13-4025", q, u, ds, p, cp) for cp, s, gtin, ds, q, u, p in rows])


# ---------------------------------------------------------------- F10 school district PO
def f10():
    rows = [
        (36, "EA", "Beaker, borosilicate glass, Griffin low form, 100 mL (Kestrel #16-7010)", "16-7010", 3.40),
        (24, "EA", "Beaker, polypropylene, 500 mL (Kestrel #16-7250)", "16-7250", 3.70),
        (24, "EA", "Erlenmeyer flask, glass, 250 mL (Kestrel #17-8025)", "17-8025", 4.80),
        (12, "EA", "Graduated cylinder, polypropylene, 250 mL (Kestrel #18-9625)", "18-9625", 7.10),
        (2, "CS", "Petri dish, 60 x 15 mm, sterile, 500/cs (Kestrel #15-6060)", "15-6060", 72.00),
        (1, "EA", "LB agar, Miller, powder, 500 g (Kestrel #23-5020)", "23-5020", 72.00),
        (3, "PK", "Filter paper, grade 1, 125 mm, 100/pk (Kestrel #19-1112)", "19-1112", 13.20),
        (2, "EA", "Isopropanol 4 L (Kestrel #21-2104)", "21-2104", 58.00),
        (20, "BX", "Nitrile gloves, size L, 100/bx (Kestrel #14-5103)", "14-5103", 8.90),
        (4, "RL", "Labeling tape, white, 3/4 in (Kestrel #26-8100)", "26-8100", 4.80),
    ]
    st = [Paragraph("PINEWOOD VALLEY LOCAL SCHOOL DISTRICT", H),
          Paragraph("Office of the Treasurer &middot; 300 Civic Square &middot; Pinewood Valley, OH 45871 &middot; (419) 555-0100", P),
          Spacer(1, 8)]
    top = Table([
        [Paragraph("<b>PURCHASE ORDER NO. 2026-0512</b>", P), Paragraph("<b>DATE:</b> 12/01/2026", P),
         Paragraph("<b>FISCAL YEAR:</b> 2027", P)],
        [Paragraph("<b>VENDOR</b><br/>Kestrel Ridge Scientific, Inc.<br/>2750 Tollgate Parkway<br/>Fairmont Hills, OH 45390", P),
         Paragraph("<b>SHIP TO</b><br/>Pinewood Valley High School<br/>Attn: D. Fenwick, Rm 142<br/>1450 Old Mill Pike<br/>Pinewood Valley, OH 45871", P),
         Paragraph("<b>BILL TO</b><br/>Pinewood Valley LSD - Treasurer<br/>300 Civic Square<br/>Pinewood Valley, OH 45871", P)],
    ], colWidths=[2.45 * inch] * 3)
    top.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [top, Spacer(1, 8),
           Paragraph("ACCOUNT CODE: 01-2300-610-000-4412 &nbsp;&nbsp; REQUISITION: RQ-88341 &nbsp;&nbsp; BUILDING: 040 (HS)", P),
           Spacer(1, 8)]
    data = [["QUANTITY", "UNIT", "DESCRIPTION", "UNIT PRICE", "AMOUNT"]]
    for q, u, ds, s, p in rows:
        data.append([str(q), u, Paragraph(ds, P), money(p), money(q * p)])
    total = sum(r[0] * r[4] for r in rows)
    for _ in range(4):
        data.append(["", "", "", "", ""])
    data.append(["", "", Paragraph("<b>TOTAL</b>", P), "", money(total)])
    t = Table(data, colWidths=[0.8 * inch, 0.5 * inch, 4.0 * inch, 0.9 * inch, 1.0 * inch])
    t.setStyle(GRID)
    t.setStyle(TableStyle([("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]))
    st += [t, Spacer(1, 12),
           Paragraph("TAX EXEMPT - Ohio political subdivision. This purchase order is not valid unless signed by the Treasurer. "
                     "Send invoice in duplicate to the Bill To address referencing PO 2026-0512.", P), Spacer(1, 22),
           Table([["______________________________", "______________________________"],
                  ["Treasurer / CFO", "Superintendent"]], colWidths=[3.5 * inch, 3.5 * inch])]
    write_bytes("f10_school_district_po.pdf", _pdf(st, title="PO 2026-0512"))
    label("f10_school_district_po.pdf", "purchase_order", CUST["C107"], "2026-0512", "2026-12-01", None, None,
          ship("Pinewood Valley High School", "1450 Old Mill Pike", "Pinewood Valley", "OH", "45871", "US"),
          [ln(s, q, u, ds, p) for q, u, ds, s, p in rows])


# ---------------------------------------------------------------- F11 LIMS HTML requisition
def f11():
    rows = [
        ("1", "28-1100", "Sterile sample bottle 120 mL w/ Na2S2O3", "200/cs", "6.00", 6, "CS", 112.00),
        ("2", "28-1200", "Coliform/E.coli defined substrate, 100 test", "100 tests", "3.00", 3, "PK", 520.00),
        ("3", "28-1210", "97-well quantitation tray", "100/bx", "2.00", 2, "BX", 260.00),
        ("4", "19-7122", "MCE membrane 0.22 um 47 mm gridded", "100/pk", "1.00", 1, "PK", 99.00),
        ("5", "21-3025", "Hydrochloric acid 37% 2.5 L", "2.5 L", "2.00", 2, "EA", 58.00),
        ("6", "28-1400", "BOD bottle 300 mL w/ stopper", "each", "12.00", 12, "EA", 9.20),
        ("7", "22-4072", "pH 10 buffer 500 mL", "500 mL", "2.00", 2, "EA", 16.00),
    ]
    trs = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=n>%s</td><td>%s</td><td class=n>%.2f</td></tr>"
                    % (a, s, ds, pk, qs, u, p) for a, s, ds, pk, qs, q, u, p in rows)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Purchase Requisition PR-2026-0871 / PO CSL-11561</title>
<style>body{font-family:Arial;font-size:12px} table{border-collapse:collapse} td,th{border:1px solid #aaa;padding:3px 6px} td.n{text-align:right}</style>
</head><body>
<div class="hdr"><h2>ClearSpring Water Testing Laboratory</h2>
<div>LabTrack LIMS v5.4 &mdash; Purchasing module export</div></div>
<table class="meta">
<tr><th>Requisition</th><td>PR-2026-0871</td><th>PO Number</th><td>CSL-11561</td></tr>
<tr><th>Created</th><td>2026-12-02</td><th>Supplier</th><td>Kestrel Ridge Scientific (acct CSWTL-22)</td></tr>
<tr><th>Requested by</th><td>A. Whitlock</td><th>Need by</th><td>2026-12-09</td></tr>
<tr><th>Ship to</th><td colspan="3">ClearSpring Water Testing Laboratory, 92 Weir Road, Fallow Creek, CO 80977</td></tr>
</table>
<br>
<table class="lines">
<thead><tr><th>Req Line</th><th>Supplier Cat No.</th><th>Item</th><th>Pack</th><th>Qty Ordered</th><th>UOM</th><th>Unit Cost (USD)</th></tr></thead>
<tbody>
%s
</tbody></table>
<p>Status: APPROVED (2026-12-02 14:10, J. Marsh). Method: EPA 9223B / SM 9223B consumables.</p>
</body></html>
""" % trs
    write_text("f11_water_lab_lims_requisition.html", html)
    label("f11_water_lab_lims_requisition.html", "purchase_order", CUST["C108"], "CSL-11561", "2026-12-02", "2026-12-09", "USD",
          ship("ClearSpring Water Testing Laboratory", "92 Weir Road", "Fallow Creek", "CO", "80977", "US"),
          [ln(s, q, u, ds, p) for a, s, ds, pk, qs, q, u, p in rows])


# ---------------------------------------------------------------- F12 plain-text PO from small accounting system
def f12():
    rows = [
        ("Lab Consumables", "KRS 10-1300 Pipette tips 1000uL filtered sterile racked", 4, 104.00),
        ("Lab Consumables", "KRS 10-1100 Pipette tips 100uL filtered sterile racked", 2, 98.00),
        ("Lab Consumables", "KRS 12-3052 50mL self-standing tubes sterile", 1, 205.00),
        ("Lab Consumables", "KRS 11-2110 PCR plate 96 well semi-skirted", 2, 85.00),
        ("Lab Consumables", "KRS 13-4050 Serological pipet 50 mL", 1, 82.00),
        ("Reagents", "KRS 22-4090 SDS 100 g", 1, 52.00),
        ("Reagents", "KRS 22-4011 Tris base 1 kg", 1, 108.00),
        ("Reagents", "KRS 21-2600 Glycerol mol bio 1 L", 2, 48.00),
        ("Reagents", "KRS 22-4040 EDTA 0.5M pH 8 100 mL", 3, 28.00),
    ]
    sku_of = lambda ds: ds.split()[1]
    lines = ["%-17s %-58s %4d %9.2f %10s" % (a, ds, q, p, format(q * p, ",.2f")) for a, ds, q, p in rows]
    total = sum(q * p for _, _, q, p in rows)
    txt = """Halcyon Therapeutics, Inc.                                             Purchase Order
31 Innovation Way, Suite 240
Port Elden, MA 01987                                            Date        P.O. No.
                                                                12/03/2026  HT-PO-0433

Vendor                                  Ship To
Kestrel Ridge Scientific, Inc.          Halcyon Therapeutics, Inc.
2750 Tollgate Parkway                   Attn: Receiving / Lab Ops
Fairmont Hills, OH 45390                31 Innovation Way, Suite 240
                                        Port Elden, MA 01987

Terms: Net 30      Expected: 12/10/2026      Rep: M. Lindgren

Account           Description                                                 Qty      Rate     Amount
------------------------------------------------------------------------------------------------------
%s
------------------------------------------------------------------------------------------------------
                                                                         Total         $%s

Please email order acknowledgement to ap@halcyontx.com and mlindgren@halcyontx.com.
""" % ("\n".join(lines), format(total, ",.2f"))
    write_text("f12_biotech_accounting_po.txt", txt)
    label("f12_biotech_accounting_po.txt", "purchase_order", CUST["C105"], "HT-PO-0433", "2026-12-03", "2026-12-10", "USD",
          HALCYON_SHIP(), [ln(sku_of(ds), q, None, ds, p) for a, ds, q, p in rows])


def HALCYON_SHIP():
    return ship("Halcyon Therapeutics, Inc.", "31 Innovation Way, Suite 240", "Port Elden", "MA", "01987", "US")


# ---------------------------------------------------------------- PDF attached to e17
def e17_pdf():
    rows = [
        ("28-1101", "Sample bottle 120 mL sterile, no thiosulfate", 2, "CS", 98.00),
        ("28-1301", "DPD total chlorine pillows 10 mL", 4, "PK", 24.00),
        ("28-1400", "BOD bottle 300 mL glass w/ stopper", 24, "EA", 9.20),
        ("19-6190", "Glass microfiber filter 1.5 um 90 mm", 1, "PK", 79.00),
        ("21-3125", "Sulfuric acid 95-98% ACS 2.5 L", 2, "EA", 64.00),
        ("27-9021", "Wash bottle LDPE 500 mL", 6, "EA", 3.80),
    ]
    st = [Paragraph("ClearSpring Water Testing Laboratory", H),
          Paragraph("92 Weir Road, Fallow Creek, CO 80977 &middot; (970) 555-0135", P), Spacer(1, 8),
          Paragraph("<b>Purchase Order</b> &nbsp; CSL-11530 &nbsp;&nbsp;&nbsp; <b>Date</b> 11/30/2026", P), Spacer(1, 6),
          Table([[Paragraph("<b>Vendor</b><br/>Kestrel Ridge Scientific, Inc.<br/>2750 Tollgate Parkway<br/>Fairmont Hills, OH 45390", P),
                  Paragraph("<b>Ship To</b><br/>ClearSpring Water Testing Laboratory<br/>92 Weir Road<br/>Fallow Creek, CO 80977", P)]],
                colWidths=[3.5 * inch, 3.5 * inch]), Spacer(1, 8)]
    data = [["Item", "Description", "Qty", "U/M", "Rate", "Amount"]]
    for s, ds, q, u, p in rows:
        data.append([s, ds, str(q), u, money(p), money(q * p)])
    data.append(["", "Total", "", "", "", "$" + money(sum(r[2] * r[4] for r in rows))])
    t = Table(data, colWidths=[0.8 * inch, 3.4 * inch, 0.5 * inch, 0.5 * inch, 0.8 * inch, 0.9 * inch])
    t.setStyle(GRID)
    st += [t]
    pdf = _pdf(st, title="PO CSL-11530")
    label("e17_email_with_pdf_po.eml", "purchase_order", CUST["C108"], "CSL-11530", "2026-11-30", None, "USD",
          ship("ClearSpring Water Testing Laboratory", "92 Weir Road", "Fallow Creek", "CO", "80977", "US"),
          [ln(s, q, u, ds, p) for s, ds, q, u, p in rows])
    return pdf


ALL = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12]
