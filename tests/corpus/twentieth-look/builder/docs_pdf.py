"""Stand-alone PDF documents (and PDF renderers reused as e-mail attachments)."""
from common import (KFS_AU, KFS_CA, KFS_UK, KFS_US, L, S, expected, ext, money, not_order,
                    write)
from pdfkit import Pdf


def table_rows(lines, spec):
    return [[fn(ln, i) for (_, _, _, fn) in spec] for i, ln in enumerate(lines, start=1)]


def cols(spec):
    return [(h, w, a) for (h, w, a, _) in spec]


def q(v):
    return f"{v:g}"


# ---------------------------------------------------------------------------
# P01 Harbor Point - classic Ship To / Bill To side by side, vendor block above
# ---------------------------------------------------------------------------
def p01():
    C = "Harbor Point Property Management"
    lines = [
        L("FLT-20251-M11", "20x25x1 Pleated Filter MERV 11 (12/cs)", 4, "CS", 52.80, "HP-FLT-2025-11", "CS"),
        L("FLT-16251-M11", "16x25x1 Pleated Filter MERV 11 (12/cs)", 2, "CS", 52.80, "HP-FLT-1625-11", "CS"),
        L("BLT-A36", "V-Belt A36", 6, "EA", 8.20, "HP-BLT-A36", "EA"),
        L("BLT-4L360", "V-Belt 4L360 (EF-2 exhaust fan)", 4, "EA", 6.55, "HP-BLT-4L360", "EA"),
        L("LMP-T8L4-15W-40K", "LED T8 4' 15W 4000K ballast bypass (25/cs)", 2, "CS", 112.50, "HP-LMP-T8-40", "CS"),
    ]
    p = Pdf("letter", "Helvetica", title="Purchase Order 24117", producer="Harbor Point AP Suite 7.2")
    p.text(40, 50, "HARBOR POINT", 20, bold=True, color=(0.05, 0.25, 0.45))
    p.text(40, 64, "Property Management", 10)
    p.lines(40, 80, ["One Marina Park Drive, Suite 900", "Boston, MA 02210", "(617) 555-0100"], 8)
    p.text(570, 50, "PURCHASE ORDER", 16, bold=True, align="right")
    p.kv(400, 72, [("PO Number:", "24117"), ("PO Date:", "11/30/2026"),
                   ("Required By:", "12/08/2026"), ("Buyer:", "Dana Whitcomb"),
                   ("Terms:", "Net 30")], lw=80, size=9)
    p.block(40, 140, "Vendor:", ["Keystone Facility Supply", "1200 Industrial Pkwy",
                                  "Allentown, PA 18109", "Vendor # V-00871"], w=240, box=True)
    p.block(40, 225, "Bill To:", ["Harbor Point Property Management", "Accounts Payable",
                                   "One Marina Park Drive, Suite 900", "Boston, MA 02210"],
            w=250, box=True, shade=True)
    p.block(320, 225, "Ship To:", ["88 Atlantic Residences", "Attn: Building Engineer - Mike Dunleavy",
                                    "88 Atlantic Ave", "Boston, MA 02110"],
            w=250, box=True, shade=True)
    spec = [("Ln", 24, "center", lambda l, i: str(i)),
            ("Our Item #", 86, "left", lambda l, i: l["customer_part"]),
            ("Description", 236, "left", lambda l, i: l["description"]),
            ("Qty", 36, "right", lambda l, i: q(l["quantity"])),
            ("UOM", 36, "center", lambda l, i: l["puom"]),
            ("Unit Price", 56, "right", lambda l, i: money(l["unit_price"])),
            ("Amount", 56, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 315, cols(spec), table_rows(lines, spec), size=8, grid=True)
    tot = sum(ext(l) for l in lines)
    p.kv(420, y + 10, [("Subtotal:", money(tot)), ("Freight:", "0.00"), ("Total USD:", money(tot))], lw=80)
    p.lines(40, y + 60, ["All amounts in USD. Please reference PO number on all packing slips and invoices.",
                         "Deliveries accepted Mon-Fri 8:00 AM - 3:00 PM at building receiving."], 7.5)
    exp = expected(C, "24117", "2026-11-30", "2026-12-08", "USD",
                   S("88 Atlantic Residences", "88 Atlantic Ave", "Boston", "MA", "02110", "US"), lines)
    write("p01_harborpoint_po_24117.pdf", p.bytes(), exp, "pdf",
          "Ship To (side by side with Bill To, vendor block above, Attn line)")


# ---------------------------------------------------------------------------
# P02 Cedar Valley USD - district form, stacked, "DELIVER TO" + receiving hours
# ---------------------------------------------------------------------------
def p02():
    C = "Cedar Valley Unified School District"
    lines = [
        L("CHM-NFC-1G", "Neutral floor cleaner, gallon, 4/case", 6, "CS", 46.00, puom="CS"),
        L("JAN-LNR-4046-BK", "Trash liners 40x46 1.5 mil black", 10, "CS", 34.50, puom="CS"),
        L("JAN-TT-2PLY-96", "Toilet tissue 2-ply, 96 rolls/case", 8, "CS", 58.00, puom="CS"),
        L("CHM-SOAP-F1000", "Foam hand soap 1000 ml refill", 4, "CS", 58.20, puom="CS"),
        L("PLB-FV-RBK", "Flush valve rebuild kit, water closet", 12, "EA", 18.90, puom="EA"),
        L("PLB-FV-RBK-UR", "Flush valve rebuild kit, urinal", 6, "EA", 17.40, puom="EA"),
    ]
    p = Pdf("letter", "Times-Roman", title="PO 2027-00418", producer="CVUSD Financial System")
    p.text(306, 44, "CEDAR VALLEY UNIFIED SCHOOL DISTRICT", 15, bold=True, align="center")
    p.text(306, 60, "Purchasing Department  -  1450 N Fresno St  -  Fresno, CA 93703  -  (559) 555-0400",
           9, align="center")
    p.hline(40, 572, 68, 1.2)
    p.text(40, 90, "PURCHASE ORDER No. 2027-00418", 13, bold=True)
    p.kv(380, 84, [("Date:", "November 18, 2026"), ("Required by:", "December 4, 2026"),
                   ("Site:", "014"), ("Requisition:", "R27-03391")], lw=75, size=10)
    y = p.block(40, 140, "VENDOR", ["Keystone Facility Supply", "1200 Industrial Pkwy",
                                    "Allentown, PA 18109"], size=10)
    y = p.block(40, y, "BILL TO", ["Cedar Valley USD - Accounts Payable", "1450 N Fresno St",
                                   "Fresno, CA 93703"], size=10)
    y = p.block(40, y, "DELIVER TO", ["Ridgeview Elementary School", "Attn: Plant Manager",
                                      "Receiving hours 7:00 am - 2:30 pm M-F",
                                      "1840 Ridgeview Dr", "Fresno, CA 93720"], size=10)
    spec = [("Item", 34, "center", lambda l, i: str(i)),
            ("Quantity", 50, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 40, "center", lambda l, i: l["puom"]),
            ("Description", 270, "left", lambda l, i: l["description"]),
            ("Unit Cost", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Extended", 70, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, y + 6, cols(spec), table_rows(lines, spec), size=9, header_fill=(0.92, 0.92, 0.92))
    tot = sum(ext(l) for l in lines)
    p.kv(420, y + 8, [("Sales Tax", money(tot * 0.0798)), ("TOTAL", money(tot * 1.0798))], lw=70, size=10)
    p.lines(40, y + 50, ["This order is subject to the District's standard terms and conditions.",
                         "Deliveries outside receiving hours will be refused."], 8)
    exp = expected(C, "2027-00418", "2026-11-18", "2026-12-04", None,
                   S("Ridgeview Elementary School", "1840 Ridgeview Dr", "Fresno", "CA", "93720", "US"), lines)
    write("p02_cvusd_po_2027-00418.pdf", p.bytes(), exp, "pdf",
          "Deliver To (stacked under Vendor and Bill To; Attn + receiving hours before street)")


# ---------------------------------------------------------------------------
# P03 Cedar Valley USD - site code only, address in a site directory at foot
# ---------------------------------------------------------------------------
def p03():
    C = "Cedar Valley Unified School District"
    lines = [
        L("PNT-INT-EG-WH-5", "Int latex eggshell white 5G", 8, "EA", 126.00, puom="EA"),
        L("PNT-INT-SG-WH-5", "Int latex semi-gloss white 5G", 4, "EA", 134.00, puom="EA"),
        L("PNT-PRM-INT-5", "PVA primer 5 gal", 3, "EA", 72.00, puom="EA"),
        L("PNT-RC-9-38", "Roller cover 9in 3/8 nap", 24, "EA", 4.25, puom="EA"),
        L("PNT-TAPE-188", "Blue painters tape 1.88in", 24, "RL", 6.90, puom="RL"),
    ]
    p = Pdf("letter", "Helvetica", title="PO 2027-00452", producer="CVUSD Financial System")
    p.text(40, 46, "Cedar Valley Unified School District", 13, bold=True)
    p.text(40, 60, "Maintenance & Operations  |  2250 S Maple Ave, Fresno, CA 93725", 8)
    p.rect(380, 30, 192, 64)
    p.kv(388, 44, [("PO #", "2027-00452"), ("PO Date", "11/24/2026"), ("Ship to Site", "022"),
                   ("Dept", "M&O Paint Shop")], lw=72, size=9)
    p.block(40, 110, "Supplier", ["Keystone Facility Supply", "1200 Industrial Pkwy",
                                   "Allentown, PA 18109"], w=230, box=True)
    p.text(300, 126, "Deliver to the site number shown above. See district delivery", 8)
    p.text(300, 137, "sites at the foot of this order.", 8)
    spec = [("#", 20, "center", lambda l, i: str(i)),
            ("Description", 250, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("U/M", 36, "center", lambda l, i: l["puom"]),
            ("Price", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Total", 80, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 190, cols(spec), table_rows(lines, spec), size=9, grid=True, header_fill=None)
    tot = sum(ext(l) for l in lines)
    p.kv(400, y + 8, [("Order Total", money(tot))], lw=80)
    y = y + 50
    p.text(40, y, "DISTRICT DELIVERY SITES", 9, bold=True)
    sites = [["010", "District Warehouse", "2250 S Maple Ave", "Fresno, CA 93725"],
             ["014", "Ridgeview Elementary School", "1840 Ridgeview Dr", "Fresno, CA 93720"],
             ["022", "Cedar Valley High School", "3300 E Shepherd Ave", "Fresno, CA 93720"],
             ["031", "Hillcrest Middle School", "905 W Alluvial Ave", "Fresno, CA 93711"]]
    p.table(40, y + 6, [("Site", 40, "center"), ("Name", 180, "left"), ("Street", 150, "left"),
                        ("City / ZIP", 130, "left")], sites, size=8, header_fill=(0.9, 0.9, 0.9))
    exp = expected(C, "2027-00452", "2026-11-24", None, None,
                   S("Cedar Valley High School", "3300 E Shepherd Ave", "Fresno", "CA", "93720", "US"), lines)
    write("p03_cvusd_po_2027-00452.pdf", p.bytes(), exp, "pdf",
          "Site code only (022); address in a site directory table elsewhere on the page")


# ---------------------------------------------------------------------------
# P04 / E02 Northgate - procurement-suite layout, "Location" block
# ---------------------------------------------------------------------------
def northgate_pdf(po, date, needby, loc_rows, lines, requester):
    p = Pdf("letter", "Helvetica", title=f"Purchase Order {po}", producer="ProcureHub 11.4")
    p.rect(0, 0, 612, 70, fill=(0.13, 0.36, 0.33))
    p.text(40, 32, "Northgate Family Clinics", 16, bold=True, color=(1, 1, 1))
    p.text(40, 50, "Purchase Order", 11, color=(1, 1, 1))
    p.text(572, 32, f"PO {po}", 14, bold=True, align="right", color=(1, 1, 1))
    p.kv(40, 92, [("Order Date", date), ("Need-By Date", needby), ("Requester", requester),
                  ("Currency", "USD"), ("Payment Terms", "Net 45")], lw=90)
    p.block(320, 80, "Supplier", ["Keystone Facility Supply", "1200 Industrial Pkwy",
                                   "Allentown, PA 18109", "Supplier ID 300145"])
    p.block(40, 170, "Location", loc_rows)
    p.block(320, 170, "Billing Address", ["Northgate Family Clinics", "Accounts Payable",
                                          "PO Box 30217", "Columbus, OH 43230"])
    spec = [("Line", 30, "center", lambda l, i: str(i)),
            ("Supplier Part Num", 100, "left", lambda l, i: l["sku"]),
            ("Item", 196, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 40, "center", lambda l, i: l["puom"]),
            ("Price", 60, "right", lambda l, i: money(l["unit_price"])),
            ("Total", 66, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 265, cols(spec), table_rows(lines, spec), size=8, header_fill=(0.8, 0.9, 0.88))
    tot = sum(ext(l) for l in lines)
    p.kv(420, y + 8, [("Total (USD)", money(tot))], lw=80)

    def footer(pp):
        pp.text(306, 770, "Generated by ProcureHub - This PO is governed by the Master Supply Agreement",
                7, align="center")
    p.footer = footer
    return p.bytes()


def p04():
    C = "Northgate Family Clinics"
    lines = [
        L("CHM-QDIS-1G", "Quat disinfectant concentrate 1 gal, 4/cs", 3, "CS", 64.80, puom="CS"),
        L("SAF-NIT-M", "Nitrile exam gloves 4 mil, Medium", 10, "BX", 8.90, puom="BX"),
        L("SAF-NIT-L", "Nitrile exam gloves 4 mil, Large", 10, "BX", 8.90, puom="BX"),
        L("CHM-SANI-1000", "Hand sanitizer gel 1000 ml refill", 4, "CS", 61.50, puom="CS"),
        L("JAN-CFOLD-WH", "C-fold towels white", 6, "CS", 36.20, puom="CS"),
    ]
    data = northgate_pdf("NFC-7781", "2026-11-30", "2026-12-10",
                         ["Westerville Clinic", "455 Polaris Pkwy", "Suite 120",
                          "Westerville, OH 43082", "United States"], lines, "K. Brandt")
    exp = expected(C, "NFC-7781", "2026-11-30", "2026-12-10", "USD",
                   S("Westerville Clinic", "455 Polaris Pkwy", "Westerville", "OH", "43082", "US"), lines)
    write("p04_northgate_po_NFC-7781.pdf", data, exp, "pdf",
          "Location (block beside Billing Address; supplier block top right)")


# ---------------------------------------------------------------------------
# P05 Bluewater - hotel procurement, "Property" with attention + dock hours
# ---------------------------------------------------------------------------
def p05():
    C = "Bluewater Hospitality Group"
    lines = [
        L("LMP-A19-9W-27K", "LED A19 9W 2700K (60W repl) 6pk", 20, "PK", 14.90, "GR-LAMP-A19-27", "PK"),
        L("LMP-BR30-9W-27K", "LED BR30 9W 2700K dimmable", 48, "EA", 5.60, "GR-LAMP-BR30", "EA"),
        L("LMP-PAR38-15W-30K", "LED PAR38 15W 3000K flood", 24, "EA", 9.85, "LOB-LAMP-PAR38", "EA"),
        L("HVC-PAN-TAB-200", "Condensate pan tablets jar/200", 6, "EA", 24.00, "ENG-HVAC-014", "JAR"),
        L("HVC-COIL-18", "Foaming coil cleaner 18oz (12/cs)", 2, "CS", 71.40, "ENG-HVAC-009", "CS"),
        L("FLT-20202-M8", "Filter 20x20x2 MERV 8 (12/cs)", 10, "CS", 49.20, "ENG-FLT-20202", "CS"),
    ]
    p = Pdf("letter", "Helvetica", title="BW-HTL-30912", producer="HotelBuy Procurement")
    p.text(40, 44, "Bluewater Hospitality Group", 14, bold=True, color=(0.0, 0.3, 0.6))
    p.text(40, 58, "Corporate Office: 1450 Brickell Ave, 21st Floor, Miami, FL 33131", 8)
    p.text(572, 44, "PURCHASE ORDER", 13, bold=True, align="right")
    p.text(572, 58, "BW-HTL-30912", 11, align="right")
    p.hline(40, 572, 66)
    p.kv(40, 84, [("Order Date", "Dec 1, 2026"), ("Delivery Date", "Dec 9, 2026"),
                  ("Department", "Engineering"), ("Ordered By", "J. Santiago, Chief Engineer")], lw=80, size=8.5)
    p.kv(330, 84, [("Supplier", "Keystone Facility Supply"), ("", "1200 Industrial Pkwy"),
                   ("", "Allentown, PA 18109"), ("Account", "BWH-KFS-02")], lw=60, size=8.5)
    p.rect(40, 140, 532, 92)
    p.text(48, 154, "Property", 9, bold=True)
    p.lines(48, 168, ["The Palmetto Key Resort", "Receiving Dock - Attn: Chief Engineer",
                      "Dock hours 6:00 AM - 2:00 PM", "1 Palmetto Key Blvd", "Key Largo, FL 33037"], 8.5)
    p.text(330, 154, "Invoice To", 9, bold=True)
    p.lines(330, 168, ["Bluewater Hospitality Group - AP", "1450 Brickell Ave, 21st Floor",
                       "Miami, FL 33131", "ap@bluewaterhg.com"], 8.5)
    spec = [("Item Code", 84, "left", lambda l, i: l["customer_part"]),
            ("Description", 210, "left", lambda l, i: l["description"]),
            ("Pack", 40, "center", lambda l, i: l["puom"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit Cost", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Line Total", 88, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 250, cols(spec), table_rows(lines, spec), size=8, header_fill=(0.8, 0.88, 0.95))
    tot = sum(ext(l) for l in lines)
    p.kv(400, y + 8, [("PO Total (USD)", money(tot))], lw=90)
    exp = expected(C, "BW-HTL-30912", "2026-12-01", "2026-12-09", "USD",
                   S("The Palmetto Key Resort", "1 Palmetto Key Blvd", "Key Largo", "FL", "33037", "US"), lines)
    write("p05_bluewater_po_BW-HTL-30912.pdf", p.bytes(), exp, "pdf",
          "Property (Attn + dock hours mixed into the address)")


# ---------------------------------------------------------------------------
# P06 Tillman & Roarke - construction "Job Site" with gate instructions
# ---------------------------------------------------------------------------
def p06():
    C = "Tillman & Roarke Builders"
    lines = [
        L("FST-WA-12-4", "Wedge anchor 1/2 x 4 zinc (25/bx)", 6, "BX", 33.60, puom="BX"),
        L("FST-CS-14-134", "Tapcon-type concrete screw 1/4 x 1-3/4 blue (100/bx)", 10, "BX", 21.10, puom="BX"),
        L("FST-DWS-C6-158", "Drywall screw #6 x 1-5/8 coarse 5#", 12, "BX", 25.75, puom="BX"),
        L("PNT-MARK-YEL-18", "Marking paint yellow inverted (12/cs)", 2, "CS", 68.40, puom="CS"),
        L("SAF-GLS-CLR", "Safety glasses clear", 48, "EA", 2.75, puom="EA"),
        L("SAF-PLUG-200", "Ear plugs foam 200pr", 4, "BX", 19.80, puom="BX"),
    ]
    p = Pdf("letter", "Helvetica", title="TR-J2291-014", producer="FieldLedger Construction ERP")
    p.text(40, 46, "TILLMAN & ROARKE BUILDERS", 15, bold=True)
    p.text(40, 60, "General Contractors  -  2600 Post Oak Blvd, Suite 1100, Houston, TX 77056", 8)
    p.text(572, 46, "MATERIAL PURCHASE ORDER", 11, bold=True, align="right")
    p.kv(400, 66, [("PO No.", "TR-J2291-014"), ("Date", "12/02/2026"), ("Deliver By", "12/07/2026"),
                   ("Job", "2291"), ("Cost Code", "09-9100")], lw=70, size=8.5)
    p.block(40, 80, "Vendor", ["Keystone Facility Supply", "1200 Industrial Pkwy", "Allentown, PA 18109",
                                "Contact: Inside Sales"], size=8.5)
    p.hline(40, 572, 140)
    p.block(40, 146, "Job Site", ["Brazos Commons Mixed Use", "4100 S Congress Ave", "Austin, TX 78745",
                                  "Deliver to Gate 3 - call Super (Ray Ortiz) 512-555-0148 48 hrs ahead"],
            size=8.5)
    p.block(330, 146, "Invoice To", ["Tillman & Roarke Builders", "Attn: Accounts Payable",
                                     "2600 Post Oak Blvd, Suite 1100", "Houston, TX 77056"], size=8.5)
    spec = [("Qty", 36, "right", lambda l, i: q(l["quantity"])),
            ("UM", 30, "center", lambda l, i: l["puom"]),
            ("Description", 280, "left", lambda l, i: l["description"]),
            ("Unit $", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Ext $", 80, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 225, cols(spec), table_rows(lines, spec), size=8.5, grid=True)
    tot = sum(ext(l) for l in lines)
    p.kv(420, y + 8, [("Subtotal", money(tot)), ("Tax", "Exempt - resale cert on file"), ("Total", money(tot))], lw=60)
    p.lines(40, y + 60, ["No deliveries before 7:00 AM. Driver must wear PPE on site.",
                         "Packing slip must show PO No. and Job No."], 8)
    exp = expected(C, "TR-J2291-014", "2026-12-02", "2026-12-07", None,
                   S("Brazos Commons Mixed Use", "4100 S Congress Ave", "Austin", "TX", "78745", "US"), lines)
    write("p06_tillman_po_TR-J2291-014.pdf", p.bytes(), exp, "pdf",
          "Job Site (gate / superintendent instruction inside block; Invoice To beside)")


# ---------------------------------------------------------------------------
# P07 Maple Crest - bilingual, Bill To stacked above Ship To, CAD
# ---------------------------------------------------------------------------
def p07():
    C = "Maple Crest Property Services"
    lines = [
        L("FLT-16252-M13", "Filtre plisse / Pleated filter 16x25x2 MERV 13", 3, "CS", 81.60, puom="CS"),
        L("GRD-ICE-50", "Fondant a glace / Ice melt 50 lb", 40, "BG", 21.50, puom="BAG"),
        L("LMP-T8L4-15W-35K", "Tube DEL / LED T8 4' 15W 3500K", 1, "CS", 112.50, puom="CS"),
        L("ELC-GFCI-15-WH", "DDFT / GFCI 15A white TR", 12, "EA", 16.80, puom="EA"),
        L("ELC-WP-1G-DUP-WH", "Plaque murale / Wall plate duplex white", 24, "EA", 0.85, puom="EA"),
    ]
    p = Pdf("letter", "Helvetica", title="MC-55120", producer="Maple Crest PMS")
    p.text(40, 46, "Maple Crest Property Services", 14, bold=True, color=(0.55, 0.1, 0.1))
    p.text(40, 60, "200 Bay St, Suite 2800, Toronto, ON M5J 2J2  |  416-555-0177", 8)
    p.text(572, 46, "BON DE COMMANDE / PURCHASE ORDER", 11, bold=True, align="right")
    p.kv(390, 64, [("No / PO #:", "MC-55120"), ("Date:", "2026-11-27"),
                   ("Livraison / Delivery:", "2026-12-03"), ("Devise / Currency:", "CAD")], lw=100, size=8.5)
    p.block(390, 120, "Fournisseur / Supplier", KFS_CA[:3], size=8.5)
    y = p.block(40, 90, "Facturer a / Bill To", ["Maple Crest Property Services", "200 Bay St, Suite 2800",
                                                "Toronto, ON M5J 2J2"], size=8.5, w=300, box=True)
    y = p.block(40, y + 4, "Expedier a / Ship To", ["The Wellesley Residences", "c/o Superintendent, Unit 101",
                                                   "35 Wellesley St E", "Toronto, ON M4Y 1G7", "Canada"],
                size=8.5, w=300, box=True)
    spec = [("#", 20, "center", lambda l, i: str(i)),
            ("Description", 250, "left", lambda l, i: l["description"]),
            ("Qte / Qty", 50, "right", lambda l, i: q(l["quantity"])),
            ("Unite / Unit", 56, "center", lambda l, i: l["puom"]),
            ("Prix / Price", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Total", 86, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, y + 14, cols(spec), table_rows(lines, spec), size=8, grid=True)
    tot = sum(ext(l) for l in lines)
    p.kv(400, y + 8, [("Sous-total / Subtotal", money(tot)), ("TVH / HST 13%", money(tot * .13)),
                      ("Total CAD", money(tot * 1.13))], lw=100, size=8.5)
    exp = expected(C, "MC-55120", "2026-11-27", "2026-12-03", "CAD",
                   S("The Wellesley Residences", "35 Wellesley St E", "Toronto", "ON", "M4Y 1G7", "CA"), lines)
    write("p07_maplecrest_po_MC-55120.pdf", p.bytes(), exp, "pdf",
          "Expedier a / Ship To (bilingual; stacked under Bill To; c/o line before street)")


# ---------------------------------------------------------------------------
# P08 Prairie Sky - "Receiving" (central warehouse) + Mark-for school
# ---------------------------------------------------------------------------
def p08():
    C = "Prairie Sky School Division"
    lines = [
        L("BLT-B42", "B42 V-belt", 4, "EA", 11.10, puom="EA"),
        L("BLT-A42", "A42 V-belt", 4, "EA", 8.95, puom="EA"),
        L("BLT-AX32", "AX32 cogged V-belt", 2, "EA", 11.60, puom="EA"),
        L("FLT-24242-M8", "Pleated filter 24x24x2 MERV 8", 4, "CS", 49.20, puom="CS"),
        L("FLT-24244-M13", "Pleated filter 24x24x4 MERV 13", 2, "CS", 74.50, puom="CS"),
        L("HVC-TSTAT-PRG", "7-day programmable thermostat", 2, "EA", 48.00, puom="EA"),
    ]
    p = Pdf("letter", "Courier", title="PS-2627-0193", producer="SchoolFin ERP")
    p.text(40, 44, "PRAIRIE SKY SCHOOL DIVISION", 13, bold=True)
    p.text(40, 58, "Division Office: 5010 51 Ave, Red Deer, AB T4N 4H1", 8)
    p.text(40, 82, "PURCHASE ORDER  PS-2627-0193", 11, bold=True)
    p.kv(40, 100, [("PO DATE:", "20-NOV-2026"), ("CURRENCY:", "CAD"), ("BUYER:", "L. NGUYEN")], lw=80, size=8)
    p.block(330, 76, "VENDOR:", ["KEYSTONE FACILITY SUPPLY CANADA INC.", "75 COURTNEYPARK DR W, UNIT 3",
                                  "MISSISSAUGA, ON L5W 0E3"], size=8)
    p.block(40, 140, "RECEIVING:", ["CENTRAL RECEIVING WAREHOUSE", "6210 50 ST", "RED DEER, AB T4N 2B6",
                                     "MON-FRI 07:30-15:30"], size=8)
    p.block(330, 140, "MARK FOR / FINAL DESTINATION:", ["MEADOWLARK SCHOOL - RM 12 (CARETAKER)",
                                                        "INTERNAL COURIER FROM CENTRAL RECEIVING"], size=8)
    spec = [("LN", 24, "right", lambda l, i: str(i)),
            ("QTY", 40, "right", lambda l, i: q(l["quantity"])),
            ("UOM", 36, "center", lambda l, i: l["puom"]),
            ("DESCRIPTION", 250, "left", lambda l, i: l["description"].upper()),
            ("UNIT PRICE", 80, "right", lambda l, i: money(l["unit_price"])),
            ("AMOUNT", 86, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 220, cols(spec), table_rows(lines, spec), size=8, header_fill=None)
    tot = sum(ext(l) for l in lines)
    p.kv(380, y + 8, [("SUBTOTAL", money(tot)), ("GST 5%", money(tot * .05)), ("TOTAL CAD", money(tot * 1.05))], lw=90, size=8)
    for ln in lines:
        ln["description"] = ln["description"].upper()
    exp = expected(C, "PS-2627-0193", "2026-11-20", None, "CAD",
                   S("CENTRAL RECEIVING WAREHOUSE", "6210 50 ST", "RED DEER", "AB", "T4N 2B6", "CA"), lines)
    write("p08_prairiesky_po_PS-2627-0193.pdf", p.bytes(), exp, "pdf",
          "Receiving (central warehouse) with a Mark-for / final-destination school beside it",
          "ship_to = Central Receiving (physical delivery point), not the mark-for school")


# ---------------------------------------------------------------------------
# P09 Fraser Peaks - "Store #" field with store address, head office letterhead
# ---------------------------------------------------------------------------
def p09():
    C = "Fraser Peaks Restaurant Group"
    lines = [
        L("CHM-DGR-1G", "Degreaser HD 4x1gal", 4, "CS", 52.00, "FP-CH-01", "CS"),
        L("CHM-BLCH-1G", "Bleach 6% 6x1gal", 3, "CS", 24.60, "FP-CH-04", "CS"),
        L("JAN-RT-800-BR", "Roll towel brown 8in x 800ft", 4, "CS", 39.00, "FP-PP-02", "CS"),
        L("JAN-LNR-3858-BK", "Garbage bags 38x58 black", 3, "CS", 44.90, "FP-PP-07", "CS"),
        L("SAF-NIT-L", "Nitrile gloves L", 10, "BX", 8.90, "FP-SF-11", "BX"),
        L("SAF-NIT-XL", "Nitrile gloves XL", 5, "BX", 8.90, "FP-SF-12", "BX"),
    ]
    p = Pdf("letter", "Helvetica", title="FP-0884", producer="Fraser Peaks Ops Portal")
    p.text(306, 42, "FRASER PEAKS RESTAURANT GROUP", 14, bold=True, align="center")
    p.text(306, 56, "Head Office - 1055 W Hastings St, Suite 1700, Vancouver, BC V6E 2E9", 8, align="center")
    p.hline(40, 572, 64)
    p.text(40, 84, "Store Supply Order", 12, bold=True)
    p.kv(40, 102, [("Order #:", "FP-0884"), ("Order Date:", "Nov 26, 2026"), ("Delivery Date:", "Nov 30, 2026"),
                   ("Store #:", "112"), ("Store Name:", "Fraser Peaks Kingsway"),
                   ("Store Address:", "4700 Kingsway, Burnaby, BC V5H 4M1"),
                   ("Store Phone:", "604-555-0112"), ("Ordered by:", "GM - Priya Sandhu")], lw=90, size=9)
    p.block(360, 96, "Supplier", ["Keystone Facility Supply Canada Inc.", "75 Courtneypark Dr W, Unit 3",
                                   "Mississauga, ON L5W 0E3"], size=8.5, w=212, box=True)
    spec = [("FP Code", 70, "left", lambda l, i: l["customer_part"]),
            ("Item", 230, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 40, "center", lambda l, i: l["puom"]),
            ("Price", 70, "right", lambda l, i: money(l["unit_price"], "$")),
            ("Total", 82, "right", lambda l, i: money(ext(l), "$"))]
    y = p.table(40, 210, cols(spec), table_rows(lines, spec), size=8.5, header_fill=(0.9, 0.85, 0.75))
    tot = sum(ext(l) for l in lines)
    p.kv(420, y + 8, [("Order Total:", money(tot, "$"))], lw=70)
    p.lines(40, y + 40, ["Invoices to Head Office AP (ap@fraserpeaks.ca). Deliver to the store's rear door before 11 am."], 8)
    exp = expected(C, "FP-0884", "2026-11-26", "2026-11-30", None,
                   S("Fraser Peaks Kingsway", "4700 Kingsway", "Burnaby", "BC", "V5H 4M1", "CA"), lines)
    write("p09_fraserpeaks_order_FP-0884.pdf", p.bytes(), exp, "pdf",
          "Store # / Store Name / Store Address fields (head office in letterhead)")


# ---------------------------------------------------------------------------
# P10 / E08 Albion - UK, Invoice Address + Delivery Address side by side
# ---------------------------------------------------------------------------
def albion_pdf(po, date, reqd, deliv_rows, lines, notes):
    p = Pdf("A4", "Helvetica", title=f"Purchase Order {po}", producer="Albion Estates PO Builder")
    p.text(40, 50, "Albion Estates Management Ltd", 15, bold=True)
    p.text(40, 64, "Block & Estate Management  |  Registered in England No. 07731455", 8)
    p.block(360, 30, "Supplier", KFS_UK[:4], size=8, w=195, box=True)
    p.text(40, 108, "PURCHASE ORDER", 14, bold=True)
    p.kv(40, 126, [("Order No:", po), ("Order Date:", date), ("Required:", reqd), ("Currency:", "GBP")],
         lw=70, size=9)
    p.block(40, 186, "Invoice Address", ["Albion Estates Management Ltd", "4th Floor, 60 Gresham Street",
                                         "London", "EC2V 7BB"], size=9, w=240, box=True, shade=True)
    p.block(300, 186, "Delivery Address", deliv_rows, size=9, w=255, box=True, shade=True)
    spec = [("Item", 28, "center", lambda l, i: str(i)),
            ("Description", 250, "left", lambda l, i: l["description"]),
            ("Qty", 36, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 40, "center", lambda l, i: l["puom"]),
            ("Unit Price", 62, "right", lambda l, i: money(l["unit_price"], "\u00a3")),
            ("Net", 70, "right", lambda l, i: money(ext(l), "\u00a3"))]
    y = p.table(40, 300, cols(spec), table_rows(lines, spec), size=8.5, grid=True)
    tot = sum(ext(l) for l in lines)
    p.kv(380, y + 8, [("Net Total", money(tot, "\u00a3")), ("VAT @ 20%", money(tot * .2, "\u00a3")),
                      ("Gross Total", money(tot * 1.2, "\u00a3"))], lw=90)
    p.lines(40, y + 60, notes, 8)
    return p.bytes()


def p10():
    C = "Albion Estates Management Ltd"
    lines = [
        L("LMP-T8L4-15W-40K", "LED T8 tube 4ft (1200mm) 15W 4000K, box 25", 2, "CS", 89.00, puom="Box"),
        L("FST-HBM10-30", "M10 x 30 hex bolts zinc 8.8, box 50", 2, "BX", 9.95, puom="Box"),
        L("CHM-GLS-32", "Glass cleaner RTU 32oz trigger, case 12", 2, "CS", 31.00, puom="Case"),
        L("JAN-CFOLD-WH", "C-fold hand towels white, case 2400", 4, "CS", 28.50, puom="Case"),
        L("PLB-FLAP-2", "Toilet flapper 2in universal", 10, "EA", 3.40, puom="Each"),
    ]
    data = albion_pdf("AEM-PO-10442", "02/12/2026", "07/12/2026",
                      ["Lambeth Court", "Caretaker's Office", "21 Lambeth Palace Road", "London", "SE1 7EU"],
                      lines, ["Please quote the order number on all delivery notes and invoices.",
                              "Deliveries Mon-Fri 09:00-16:00. Caretaker: 020 7946 0321."])
    exp = expected(C, "AEM-PO-10442", "2026-12-02", "2026-12-07", "GBP",
                   S("Lambeth Court", "21 Lambeth Palace Road", "London", None, "SE1 7EU", "GB"), lines)
    write("p10_albion_po_AEM-PO-10442.pdf", data, exp, "pdf",
          "Delivery Address (UK; side by side with Invoice Address; supplier block top right; dd/mm dates)")


# ---------------------------------------------------------------------------
# P11 Thistle & Crown - "Consignee", Scottish address with county line
# ---------------------------------------------------------------------------
def p11():
    C = "Thistle & Crown Inns"
    lines = [
        L("CHM-CARP-1G", "Carpet extraction cleaner 1 gal x4", 2, "CS", 41.00, puom="Case"),
        L("CHM-NFC-1G", "Neutral floor cleaner 4 x 1 gal", 2, "CS", 38.00, puom="Case"),
        L("LMP-A19-9W-27K", "LED A19 9W 2700K, pack of 6", 10, "PK", 12.50, puom="Pack"),
        L("JAN-JRT-9-12", "Jumbo toilet roll 2-ply x12", 6, "CS", 37.00, puom="Case"),
    ]
    p = Pdf("A4", "Times-Roman", title="Order TC-3391", producer="Microsoft Word - order template.docx")
    p.text(297, 50, "Thistle & Crown Inns", 18, bold=True, align="center")
    p.text(297, 66, "22 Queen Street, Edinburgh EH2 1JX  -  0131 496 0022", 9, align="center")
    p.hline(60, 535, 76)
    p.text(60, 104, "ORDER FORM", 13, bold=True)
    p.kv(60, 124, [("Order ref:", "TC-3391"), ("Date:", "27 November 2026"),
                   ("Delivery required:", "Monday 7 December 2026")], lw=110, size=10)
    p.block(60, 176, "Supplier:", KFS_UK[:4], size=10)
    p.block(320, 176, "Consignee:", ["The Kelpie Inn", "14 Harbour Road", "Oban", "Argyll", "PA34 4LB"], size=10)
    spec = [("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 50, "center", lambda l, i: l["puom"]),
            ("Description", 260, "left", lambda l, i: l["description"]),
            ("Price", 60, "right", lambda l, i: money(l["unit_price"], "\u00a3")),
            ("Total", 65, "right", lambda l, i: money(ext(l), "\u00a3"))]
    y = p.table(60, 280, cols(spec), table_rows(lines, spec), size=10, header_fill=None, row_lead=16)
    tot = sum(ext(l) for l in lines)
    p.text(535, y + 14, "Total (ex VAT): " + money(tot, "\u00a3"), 10, bold=True, align="right")
    p.lines(60, y + 44, ["Invoices to accounts@thistlecrown.co.uk quoting our order ref.",
                         "Signed: A. McLeod, Group Operations"], 10)
    exp = expected(C, "TC-3391", "2026-11-27", "2026-12-07", "GBP",
                   S("The Kelpie Inn", "14 Harbour Road", "Oban", "Argyll", "PA34 4LB", "GB"), lines)
    write("p11_thistlecrown_order_TC-3391.pdf", p.bytes(), exp, "pdf",
          "Consignee (Scottish address with county line; Word template)",
          "region = 'Argyll' (county line as printed); currency from the pound sign")


# ---------------------------------------------------------------------------
# P12 Southern Cross - ERP layout, "Destination" with plant code, AU
# ---------------------------------------------------------------------------
def p12():
    C = "Southern Cross Facilities Pty Ltd"
    lines = [
        L("HVC-COIL-18", "COIL CLEANER FOAMING 18OZ", 4, "CS", 92.00, "10004512", "CS"),
        L("BLT-A34", "VEE BELT A34", 10, "EA", 11.20, "10002231", "EA"),
        L("BLT-4L340", "VEE BELT 4L340", 10, "EA", 8.80, "10002239", "EA"),
        L("FLT-20254-M13", "FILTER PLEATED 20X25X4 MERV13", 6, "CS", 98.00, "10003307", "CS"),
        L("ELC-BAT-AA-24", "BATTERY AA ALKALINE 24PK", 5, "PK", 18.50, "10001150", "PK"),
    ]
    p = Pdf("A4", "Helvetica", title="Purchase Order SCF-450021", producer="SAP NetWeaver")
    p.text(40, 40, "Southern Cross Facilities Pty Ltd", 12, bold=True)
    p.text(40, 53, "ABN 62 118 440 902  -  GPO Box 4410, Sydney NSW 2001", 7.5)
    p.text(555, 40, "Purchase Order", 14, bold=True, align="right")
    p.kv(380, 60, [("PO Number", "SCF-450021"), ("PO Date", "03.12.2026"), ("Delivery Date", "10.12.2026"),
                   ("Currency", "AUD"), ("Purch. Group", "F12 Mech Spares"), ("Destination Plant", "1040")],
         lw=90, size=8)
    p.block(40, 80, "Vendor 0000300871", KFS_AU[:4], size=8)
    p.block(40, 160, "Destination", ["Parramatta Square Tower", "Level B2 Loading Dock, 10 Darcy Street",
                                     "PARRAMATTA NSW 2150", "Australia",
                                     "Dock bookings 02 9555 0192 (06:00-10:00)"], size=8)
    p.block(320, 160, "Invoice To", ["Southern Cross Facilities Pty Ltd", "Accounts Payable",
                                     "GPO Box 4410", "Sydney NSW 2001", "ap@southerncrossfm.com.au"], size=8)
    spec = [("Item", 30, "right", lambda l, i: f"{i * 10:05d}"),
            ("Material", 60, "left", lambda l, i: l["customer_part"]),
            ("Short Text", 200, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: f"{l['quantity']:.3f}"),
            ("UoM", 30, "center", lambda l, i: l["puom"]),
            ("Net Price", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Net Value", 85, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 250, cols(spec), table_rows(lines, spec), size=7.5, header_fill=(0.85, 0.85, 0.9))
    tot = sum(ext(l) for l in lines)
    p.kv(380, y + 8, [("Net Value AUD", money(tot)), ("GST 10%", money(tot * .1)), ("Total AUD", money(tot * 1.1))], lw=90, size=8)
    exp = expected(C, "SCF-450021", "2026-12-03", "2026-12-10", "AUD",
                   S("Parramatta Square Tower", "10 Darcy Street", "Parramatta", "NSW", "2150", "AU"), lines)
    write("p12_southerncross_po_SCF-450021.pdf", p.bytes(), exp, "pdf",
          "Destination (plant code + dock line joined to street line, AU, dd.mm.yyyy)",
          "street labelled '10 Darcy Street' (printed as 'Level B2 Loading Dock, 10 Darcy Street'; contains-match)")


# ---------------------------------------------------------------------------
# P13 Banksia - AU, Bill To stacked over Ship To, supplier block (same state)
# ---------------------------------------------------------------------------
def p13():
    C = "Banksia Medical Centres"
    lines = [
        L("CHM-QDIS-25G", "Quat disinfectant conc. 2.5 gal (2/ctn)", 2, "CS", 104.00, puom="CTN"),
        L("SAF-NIT-M", "Nitrile gloves powder-free Medium", 20, "BX", 11.20, puom="BOX"),
        L("SAF-NIT-L", "Nitrile gloves powder-free Large", 10, "BX", 11.20, puom="BOX"),
        L("CHM-SOAP-F1000", "Foam hand soap 1L refill (6/ctn)", 3, "CS", 74.00, puom="CTN"),
        L("JAN-LNR-2433-NT", "Bin liners 24x33 natural (500/ctn)", 2, "CS", 38.50, puom="CTN"),
    ]
    p = Pdf("A4", "Helvetica", title="BMC-2026-1187", producer="Banksia Purchasing (MYOB export)")
    p.text(40, 48, "Banksia Medical Centres", 16, bold=True, color=(0.2, 0.45, 0.2))
    p.text(40, 62, "Purchase Order", 11)
    p.block(330, 34, "Supplier", KFS_AU, size=8, w=225, box=True)
    p.kv(40, 84, [("PO No.", "BMC-2026-1187"), ("Date", "30/11/2026"), ("Currency", "AUD"),
                  ("Contact", "Practice Manager, 03 9555 0212")], lw=60, size=8.5)
    y = p.block(40, 150, "Bill To", ["Banksia Medical Centres - Head Office", "Level 5, 500 Collins Street",
                                     "Melbourne VIC 3000", "accounts@banksiamedical.com.au"], size=8.5)
    y = p.block(40, y + 4, "Ship To", ["Banksia Medical Centre Footscray", "212 Barkly Street",
                                       "Footscray VIC 3011"], size=8.5)
    spec = [("Description", 270, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 40, "center", lambda l, i: l["puom"]),
            ("Price ex GST", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Amount", 95, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, y + 10, cols(spec), table_rows(lines, spec), size=8.5, header_fill=(0.85, 0.92, 0.85))
    tot = sum(ext(l) for l in lines)
    p.kv(380, y + 8, [("Subtotal", money(tot)), ("GST", money(tot * .1)), ("Total AUD", money(tot * 1.1))], lw=80)
    exp = expected(C, "BMC-2026-1187", "2026-11-30", None, "AUD",
                   S("Banksia Medical Centre Footscray", "212 Barkly Street", "Footscray", "VIC", "3011", "AU"), lines)
    write("p13_banksia_po_BMC-2026-1187.pdf", p.bytes(), exp, "pdf",
          "Ship To stacked under Bill To; supplier (Keystone, same state) block top right")


# ---------------------------------------------------------------------------
# P14 Ironbark - "Site" / "Site Address" key-value fields, no prices
# ---------------------------------------------------------------------------
def p14():
    C = "Ironbark Constructions Pty Ltd"
    lines = [
        L("FST-WA-38-3", "Wedge anchors 3/8 x 3 zinc", 4, "BX", None, puom="BX"),
        L("FST-CS-316-134", "Concrete screws 3/16 x 1-3/4 hex blue", 5, "BX", None, puom="BX"),
        L("FST-ZT-11-BLK", "Cable ties 11in black UV (100)", 10, "PK", None, puom="PKT"),
        L("FST-ZT-14-BLK", "Cable ties 14in black UV (100)", 5, "PK", None, puom="PKT"),
        L("PNT-MARK-YEL-18", "Marking paint yellow (ctn 12)", 1, "CS", None, puom="CTN"),
    ]
    p = Pdf("A4", "Helvetica", title="IBC-QLD-7720", producer="SiteBuy")
    p.rect(40, 30, 515, 50, fill=(0.25, 0.2, 0.15))
    p.text(50, 52, "IRONBARK CONSTRUCTIONS", 16, bold=True, color=(1, 1, 1))
    p.text(50, 68, "77 Boundary Street, West End QLD 4101  |  07 3555 0190", 8, color=(1, 1, 1))
    p.text(545, 60, "SITE ORDER", 12, bold=True, align="right", color=(1, 1, 1))
    p.kv(40, 104, [("Order No.", "IBC-QLD-7720"), ("Date Raised", "04/12/2026"), ("Required On Site", "08/12/2026"),
                   ("Supplier", "Keystone Facility Supply Pty Ltd (Acct IRON01)")], lw=100, size=9)
    p.kv(40, 164, [("Site", "Springfield Central Library"), ("Project", "IC-219"),
                   ("Site Address", "30 Main Street, Springfield Central QLD 4300"),
                   ("Site Contact", "Dave Kerr 0412 555 019"),
                   ("Delivery", "Site shed before 7:00am - no crane required")], lw=100, size=9)
    spec = [("Line", 34, "center", lambda l, i: str(i)),
            ("Description", 300, "left", lambda l, i: l["description"]),
            ("Qty", 60, "right", lambda l, i: q(l["quantity"])),
            ("UOM", 60, "center", lambda l, i: l["puom"])]
    y = p.table(40, 240, cols(spec), table_rows(lines, spec), size=9, grid=True)
    p.lines(40, y + 16, ["Pricing as per IRON01 contract schedule. Do not deliver without order number.",
                         "Accounts: 77 Boundary Street, West End QLD 4101 - accounts@ironbarkconstructions.com.au"], 8)
    exp = expected(C, "IBC-QLD-7720", "2026-12-04", "2026-12-08", None,
                   S("Springfield Central Library", "30 Main Street", "Springfield Central", "QLD", "4300", "AU"), lines)
    write("p14_ironbark_siteorder_IBC-QLD-7720.pdf", p.bytes(), exp, "pdf",
          "Site / Site Address key-value fields (site contact + delivery instruction; no prices)")


# ---------------------------------------------------------------------------
# P15 Lakeshore - hand-made form, will-call, NO delivery address (ship_to null)
# ---------------------------------------------------------------------------
def p15():
    C = "Lakeshore Diner Co."
    lines = [
        L("CHM-DGR-1G", "Degreaser (4 gal case)", 2, "CS", 52.00, puom="cs"),
        L("JAN-RT-800-WH", "White roll towel 800'", 2, "CS", 44.50, puom="cs"),
        L("JAN-LNR-4046-BK", "Black bags 40x46", 2, "CS", 34.50, puom="cs"),
        L("GRD-ICE-50", "Ice melt 50#", 10, "BG", 21.50, puom="bag"),
    ]
    p = Pdf("letter", "Helvetica", title="order", producer="LibreOffice Calc")
    p.text(40, 50, "Lakeshore Diner Co.", 18, bold=True)
    p.text(40, 66, "purchasing@lakeshorediner.com  -  (312) 555-0187", 9)
    p.text(40, 100, "PURCHASE ORDER", 12, bold=True)
    p.kv(40, 118, [("PO:", "LD-1207"), ("Date:", "12/03/2026"), ("To:", "Keystone Facility Supply"),
                   ("Ship via:", "WILL CALL - our driver picks up Friday")], lw=70, size=10)
    spec = [("Item", 250, "left", lambda l, i: l["description"]),
            ("Qty", 50, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 50, "center", lambda l, i: l["puom"]),
            ("Price", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Total", 80, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 190, cols(spec), table_rows(lines, spec), size=10, grid=True, header_fill=None, row_lead=16)
    tot = sum(ext(l) for l in lines)
    p.text(540, y + 14, "TOTAL  " + money(tot), 10, bold=True, align="right")
    p.text(40, y + 40, "Please have ready at the counter. Call Tony when staged.", 10)
    exp = expected(C, "LD-1207", "2026-12-03", None, None, None, lines)
    write("p15_lakeshore_po_LD-1207.pdf", p.bytes(), exp, "pdf",
          "No delivery address at all (will-call pickup) -> ship_to null")


# ---------------------------------------------------------------------------
# P16 Harbor Point - drop ship to third-party contractor
# ---------------------------------------------------------------------------
def p16():
    C = "Harbor Point Property Management"
    lines = [
        L("FLT-20204-M13", "20x20x4 Pleated Filter MERV 13 (6/cs)", 6, "CS", 74.50, "HP-FLT-20204-13", "CS"),
        L("FLT-24244-M13", "24x24x4 Pleated Filter MERV 13 (6/cs)", 4, "CS", 74.50, "HP-FLT-24244-13", "CS"),
        L("BLT-B46", "V-Belt B46", 4, "EA", 11.85, "HP-BLT-B46", "EA"),
        L("BLT-B38", "V-Belt B38", 2, "EA", 10.40, "HP-BLT-B38", "EA"),
        L("HVC-TSTAT-PRG", "Programmable thermostat 7-day", 3, "EA", 48.00, "HP-HVC-TST7", "EA"),
    ]
    p = Pdf("letter", "Helvetica", title="Purchase Order 24160", producer="Harbor Point AP Suite 7.2")
    p.text(40, 50, "HARBOR POINT", 20, bold=True, color=(0.05, 0.25, 0.45))
    p.text(40, 64, "Property Management", 10)
    p.lines(40, 80, ["One Marina Park Drive, Suite 900", "Boston, MA 02210", "(617) 555-0100"], 8)
    p.text(570, 50, "PURCHASE ORDER", 16, bold=True, align="right")
    p.kv(400, 72, [("PO Number:", "24160"), ("PO Date:", "12/03/2026"),
                   ("Required By:", "12/10/2026"), ("Buyer:", "Dana Whitcomb"),
                   ("Terms:", "Net 30")], lw=80, size=9)
    p.block(40, 140, "Vendor:", ["Keystone Facility Supply", "1200 Industrial Pkwy",
                                  "Allentown, PA 18109", "Vendor # V-00871"], w=240, box=True)
    p.block(40, 225, "Bill To:", ["Harbor Point Property Management", "Accounts Payable",
                                   "One Marina Park Drive, Suite 900", "Boston, MA 02210"],
            w=250, box=True, shade=True)
    p.block(320, 225, "Ship To: ** DROP SHIP **", ["Coastal Mechanical Services, Inc.", "Attn: Parts Cage - Ref HP-1200C",
                                                   "57 Old Colony Ave", "Quincy, MA 02169"],
            w=250, box=True, shade=True)
    p.text(40, 312, "Drop ship to our HVAC contractor for installation at 1200 Commonwealth Ave, Boston, MA 02134.", 8)
    spec = [("Ln", 24, "center", lambda l, i: str(i)),
            ("Our Item #", 86, "left", lambda l, i: l["customer_part"]),
            ("Description", 236, "left", lambda l, i: l["description"]),
            ("Qty", 36, "right", lambda l, i: q(l["quantity"])),
            ("UOM", 36, "center", lambda l, i: l["puom"]),
            ("Unit Price", 56, "right", lambda l, i: money(l["unit_price"])),
            ("Amount", 56, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 325, cols(spec), table_rows(lines, spec), size=8, grid=True)
    tot = sum(ext(l) for l in lines)
    p.kv(420, y + 10, [("Subtotal:", money(tot)), ("Freight:", "0.00"), ("Total:", money(tot))], lw=80)
    p.lines(40, y + 60, ["Please reference PO number on all packing slips and invoices.",
                         "Invoice Harbor Point, not the contractor."], 7.5)
    exp = expected(C, "24160", "2026-12-03", "2026-12-10", None,
                   S("Coastal Mechanical Services, Inc.", "57 Old Colony Ave", "Quincy", "MA", "02169", "US"), lines)
    write("p16_harborpoint_po_24160_dropship.pdf", p.bytes(), exp, "pdf",
          "Drop ship to a third party (contractor); install address mentioned in a note")


# ---------------------------------------------------------------------------
# P17 Northgate - RFQ, not an order (lists items and two delivery locations)
# ---------------------------------------------------------------------------
def p17():
    C = "Northgate Family Clinics"
    p = Pdf("letter", "Helvetica", title="RFQ NFC-Q-118", producer="ProcureHub 11.4")
    p.rect(0, 0, 612, 70, fill=(0.13, 0.36, 0.33))
    p.text(40, 32, "Northgate Family Clinics", 16, bold=True, color=(1, 1, 1))
    p.text(40, 50, "Request for Quotation", 11, color=(1, 1, 1))
    p.text(572, 32, "RFQ NFC-Q-118", 14, bold=True, align="right", color=(1, 1, 1))
    p.text(40, 96, "THIS IS A REQUEST FOR QUOTATION - NOT A PURCHASE ORDER. DO NOT SHIP.", 10, bold=True,
           color=(0.7, 0, 0))
    p.kv(40, 116, [("Issued", "2026-12-01"), ("Quotes due", "2026-12-11"), ("Contact", "K. Brandt")], lw=90)
    p.block(40, 160, "Delivery locations (for freight quote)", [
        "Westerville Clinic, 455 Polaris Pkwy, Suite 120, Westerville, OH 43082",
        "Grove City Clinic, 3850 Broadway, Grove City, OH 43123"], size=9)
    rows = [["1", "Nitrile exam gloves, Medium", "200", "BX"], ["2", "Nitrile exam gloves, Large", "200", "BX"],
            ["3", "Quat disinfectant 2.5 gal", "24", "CS"], ["4", "Hand sanitizer 1000 ml refill", "40", "CS"]]
    y = p.table(40, 230, [("Line", 36, "center"), ("Item", 280, "left"), ("Est. Annual Qty", 100, "right"),
                          ("Unit", 60, "center")], rows, size=9, header_fill=(0.8, 0.9, 0.88))
    p.lines(40, y + 16, ["Please quote unit pricing firm for 12 months, with freight to each location.",
                         "Reply to purchasing@northgatefamilyclinics.com."], 9)
    write("n1_northgate_rfq_NFC-Q-118.pdf", p.bytes(), not_order(C), "pdf",
          "not an order (RFQ listing delivery locations)")


# ---------------------------------------------------------------------------
# P18 Pennine - "Deliver to: same as invoice address"; vendor in same city
# ---------------------------------------------------------------------------
def p18():
    C = "Pennine Health Clinics Ltd"
    lines = [
        L("PLB-AER-05", "Tap aerator 0.5 gpm vandal resistant", 20, "EA", 2.60, puom="each"),
        L("CHM-SANI-1000", "Hand sanitiser gel 1000ml, case of 6", 4, "CS", 49.00, puom="case"),
        L("SAF-NIT-M", "Nitrile gloves medium, box 100", 20, "BX", 6.90, puom="box"),
        L("SAF-NIT-L", "Nitrile gloves large, box 100", 20, "BX", 6.90, puom="box"),
        L("ELC-BAT-9V-12", "9V batteries, pack of 12", 2, "PK", 17.40, puom="pack"),
    ]
    p = Pdf("A4", "Helvetica", title="PHC-PO-5521", producer="Pennine Finance")
    p.text(40, 48, "Pennine Health Clinics Ltd", 15, bold=True, color=(0.3, 0.2, 0.5))
    p.text(40, 62, "Primary care in Leeds and Bradford", 8)
    p.text(555, 48, "Purchase Order", 13, bold=True, align="right")
    p.kv(390, 66, [("PO Number", "PHC-PO-5521"), ("Order Date", "01/12/2026")], lw=75, size=9)
    p.block(40, 100, "To (Supplier)", KFS_UK[:4], size=9, w=240, box=True)
    y = p.block(40, 190, "Invoice Address", ["Horsforth Clinic", "7 Town Street", "Leeds", "West Yorkshire",
                                             "LS18 4RJ"], size=9)
    p.kv(300, 206, [("Deliver to:", "Same as invoice address"), ("Contact:", "Practice Manager, 0113 496 0188")],
         lw=70, size=9)
    spec = [("Description", 270, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit", 40, "center", lambda l, i: l["puom"]),
            ("Price", 70, "right", lambda l, i: money(l["unit_price"], "\u00a3")),
            ("Line total", 95, "right", lambda l, i: money(ext(l), "\u00a3"))]
    y = p.table(40, y + 10, cols(spec), table_rows(lines, spec), size=9, header_fill=(0.9, 0.88, 0.95))
    tot = sum(ext(l) for l in lines)
    p.kv(380, y + 8, [("Net", money(tot, "\u00a3")), ("VAT", money(tot * .2, "\u00a3")),
                      ("Total", money(tot * 1.2, "\u00a3"))], lw=70)
    exp = expected(C, "PHC-PO-5521", "2026-12-01", None, "GBP",
                   S("Horsforth Clinic", "7 Town Street", "Leeds", "West Yorkshire", "LS18 4RJ", "GB"), lines)
    write("p18_pennine_po_PHC-PO-5521.pdf", p.bytes(), exp, "pdf",
          "Deliver to: 'Same as invoice address' (ship-to = invoice block; supplier in same city)")


ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18]
