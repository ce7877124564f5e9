"""Non-email documents: PDF purchase orders, XLSX forms, CSV exports, X12 850, UBL order.
Also the attachment payloads used by emails.py."""
import csv
import io

from common import CAT, ln, order, site, write_bytes, cname
from masterdata import main_site, customer
from renderers import VENDOR, pdf_boxed, pdf_side, pdf_mono, xlsx_form


def P(sku):
    return CAT[sku]["unit_price"]


def polines(spec):
    """spec rows: (sku, qty, price, desc, part, item_written) -> (render lines, expected lines)."""
    render, exp = [], []
    for sku, qty, price, desc, part, item in spec:
        desc = desc or CAT[sku]["description"]
        render.append({"part": part, "item": item, "desc": desc, "qty": qty,
                       "uom": CAT[sku]["uom"], "price": price})
        exp.append(ln(sku, qty, desc, price, part))
    return render, exp


def addr_lines(s):
    return [s["name"], s["street"], f"{s['city']}, {s['region']} {s['postal_code']}"]


# ---------------------------------------------------------------- attachments for emails
def cypress_mill_pdf():
    spec = [("VLV-100-FC", 8, 22.90, None, None, "VLV-100-FC"),
            ("VB-10R", 8, 14.90, None, None, "VB-10R"),
            ("SPH-04", 60, 2.65, None, None, "SPH-04"),
            ("NZ-10A", 40, 3.40, None, None, "NZ-10A"),
            ("NZ-08Q", 20, 1.95, None, None, "NZ-08Q"),
            ("CTL-09", 1, 118.00, None, None, "CTL-09"),
            ("SWP-100", 3, 27.00, None, None, "SWP-100")]
    rl, el = polines(spec)
    ship = site("Whitfield Residence", "412 Panorama Dr", "Marble Falls", "TX", "78654")
    po = {"buyer": ["Cypress Mill Landscape Design", "760 Cypress Mill Rd", "Marble Falls, TX 78654",
                    "(830) 555-0192"],
          "po": "CMLD-2026-044", "date": "03/19/2026", "req": "03/25/2026", "terms": "Net 30",
          "vendor": VENDOR, "ship": addr_lines(ship) + ["Gate code 4417 - call Dana on arrival"],
          "cols": ["line", "item", "desc", "qty", "uom", "price", "amount"], "lines": rl,
          "signer": "Dana Reyes, Project Manager"}
    exp = order("C1011", el, po="CMLD-2026-044", odate="2026-03-19", rdate="2026-03-25", ship=ship)
    return pdf_boxed(po), exp


def verde_vista_xlsx():
    rows = [("SEED-BH-25", 4, "Bermuda hulled 25#"), ("FRT-182412-50", 10, "Starter 18-24-12 50lb"),
            ("SOIL-3W-YD", 8, "3-way mix (yards)"), ("LF-4-300", 2, "Tela 4' x 300'"),
            ("LF-STP-6", 2, "Grapas 6in caja")]
    table = [[sku, d, q, CAT[sku]["uom"]] for sku, q, d in rows]
    ship = site("Casa Blanca Ranch - new lawn", "2150 County Road 137", "Hutto", "TX", "78634")
    data = xlsx_form([["Cliente", "Verde Vista Landscaping"], ["PO #", "VV-0331"],
                      ["Fecha / Date", "2026-03-31"], ["Entregar / Deliver", "2026-04-02"],
                      ["Dirección de entrega", "Casa Blanca Ranch - new lawn, 2150 County Road 137, Hutto, TX 78634"]],
                     ["Item", "Descripción", "Cant.", "Unidad"], table, title="ORDEN DE COMPRA / ORDER",
                     widths=[16, 30, 8, 8])
    el = [ln(sku, q, d) for sku, q, d in rows]
    exp = order("C1006", el, po="VV-0331", odate="2026-03-31", rdate="2026-04-02", ship=ship, currency=None)
    return data, exp


def hill_country_csv():
    rows = [("PVC40-E90-100", 40, 'PVC 1" 90 SCH40'), ("PVC40-E45-100", 20, 'PVC 1" 45 SCH40'),
            ("PVC40-CPL-100", 30, 'PVC 1" coupling SCH40'), ("PVC40-MA-075", 24, 'PVC 3/4" MA SCH40'),
            ("PVC-PRM-PT", 6, "Primer purple pt"), ("PVC-CEM-PT", 6, "Cement clear pt")]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["job", "item", "description", "qty", "uom"])
    for sku, q, d in rows:
        w.writerow(["HC-2619 Serenity Hills", sku, d, q, CAT[sku]["uom"]])
    ship = site("Serenity Hills job", "3707 Serenity Hills Ct", "Lakeway", "TX", "78734")
    exp = order("C1001", [ln(s, q, d) for s, q, d in rows], po="HC-2619", rdate="2026-04-09",
                ship=ship, currency=None)
    return buf.getvalue().encode(), exp


# ---------------------------------------------------------------- standalone documents
def build():
    # F1 Barton Creek boxed PDF with own part numbers + freight
    spec = [("RTR-5004", 24, 14.95, "Rotor 5004 adj arc 3/4in", "BC-IRR-118", "RTR-5004"),
            ("RTR-5004-FC", 12, 14.95, "Rotor 5004 full circle 3/4in", "BC-IRR-119", "RTR-5004-FC"),
            ("NZ-15A", 48, 3.50, "Nozzle 15ft adjustable", "BC-IRR-204", "NZ-15A"),
            ("NZ-12A", 48, 3.40, "Nozzle 12ft adjustable", "BC-IRR-205", "NZ-12A"),
            ("SPH-06-CV", 36, 6.75, "6in pop-up spray w/ check valve", "BC-IRR-310", "SPH-06-CV"),
            ("VLV-150-FC", 4, 61.50, "1-1/2in globe valve flow control", "BC-IRR-502", "VLV-150-FC"),
            ("PPE-SG-TNT", 2, 33.00, "Safety glasses tinted bx/12", "BC-SHP-011", "PPE-SG-TNT")]
    rl, el = polines(spec)
    po = {"buyer": ["Barton Creek Golf Club", "Golf Course Maintenance", "8212 Barton Club Dr, Austin, TX 78735"],
          "po": "BCGC-26-0311", "date": "03/11/2026", "req": "03/20/2026", "terms": "Net 30",
          "vendor": VENDOR, "ship": addr_lines(main_site("C1002")) + ["Receiving hours 6am-2pm"],
          "lines": rl, "extras": [("Freight", 85.00)], "signer": "Greg Toller, CGCS"}
    write_bytes("pdf-01-barton-creek-boxed.pdf",
                "boxed PDF PO, buyer part numbers + our item codes, freight row that is not a line",
                order("C1002", el, po="BCGC-26-0311", odate="2026-03-11", rdate="2026-03-20"),
                pdf_boxed(po))

    # F2 Pflugerville side-by-side, bill-to != ship-to (park job site)
    spec = [("FRT-182412-50", 20, 27.00, "Starter Fertilizer 18-24-12, 50 lb", None, "FRT-182412-50"),
            ("SEED-BH-50", 6, 212.00, "Bermudagrass Seed, Hulled, 50 lb", None, "SEED-BH-50"),
            ("SOIL-TS-YD", 15, 29.00, "Screened Topsoil (bulk, cu yd)", None, "SOIL-TS-YD"),
            ("LF-6-300", 4, 119.00, "Landscape Fabric 6' x 300'", None, "LF-6-300"),
            ("LF-STP-6", 3, 34.00, "Fabric Staples 6 in (box/500)", None, "LF-STP-6"),
            ("TL-RK-LS", 6, 48.00, "Landscape Rake 36 in Aluminum", None, "TL-RK-LS")]
    rl, el = polines(spec)
    ship = site("Gilleland Creek Park - Pavilion Lot", "700 Railroad Ave", "Pflugerville", "TX", "78660")
    po = {"buyer": ["City of Pflugerville", "Parks & Recreation Department", "400 Immanuel Rd",
                    "Pflugerville, TX 78660"],
          "po": "P2026-00482", "date": "March 17, 2026", "req": "April 1, 2026", "vendor": VENDOR[:3],
          "bill": ["City of Pflugerville", "Accounts Payable", "PO Box 589", "Pflugerville, TX 78691"],
          "ship": addr_lines(ship), "lines": rl, "notes": "Tax exempt - municipal. Call 512-555-0171 24h before delivery.",
          "signer": "R. Okafor, Parks Superintendent"}
    write_bytes("pdf-02-pflugerville-side-by-side.pdf",
                "canvas PDF, header boxes side by side, bill-to differs from park job-site ship-to",
                order("C1003", el, po="P2026-00482", odate="2026-03-17", rdate="2026-04-01", ship=ship),
                pdf_side(po))

    # F3 Lakeline two-page PO of 40 look-alike PVC fittings
    spec = []
    n = 0
    for sch, types in (("40", ["T", "E90", "E45", "CPL", "MA"]), ("80", ["T", "E90"])):
        for t in types:
            for s in ("050", "075", "100", "125", "150", "200"):
                if sch == "80" and s in ("050", "200"):
                    continue
                n += 1
                qty = [10, 25, 20, 12, 8, 5, 50, 15][n % 8]
                spec.append((f"PVC{sch}-{t}-{s}", qty, P(f"PVC{sch}-{t}-{s}"), None, None, f"PVC{sch}-{t}-{s}"))
    rl, el = polines(spec)
    ship = site("Avery Ranch HOA - Irrigation Shed", "10500 Avery Club Dr", "Austin", "TX", "78717")
    po = {"buyer": ["Lakeline Community Management", "11066 Pecan Park Blvd Ste 200", "Cedar Park, TX 78613"],
          "po": "LCM-7713", "date": "04/02/2026", "req": None, "terms": "Net 45", "vendor": VENDOR,
          "ship": addr_lines(ship), "cols": ["line", "item", "desc", "qty", "uom", "price", "amount"],
          "lines": rl, "notes": "Stock order for the Avery Ranch irrigation shed. Partial shipments OK.",
          "signer": "Marisol Vega, Facilities"}
    write_bytes("pdf-03-lakeline-two-page.pdf",
                f"two-page gridded PO, {len(el)} PVC fitting look-alikes (size x type x schedule), header repeated",
                order("C1004", el, po="LCM-7713", odate="2026-04-02", rdate=None, ship=ship), pdf_boxed(po))

    # F4 Riverbend CC scanned-looking monospace print with own part numbers
    rows = [("RB-IRR-0801", "NZ-08Q", "NOZZLE 8FT QTR", 50, "EA", 1.95),
            ("RB-IRR-0802", "NZ-08H", "NOZZLE 8FT HALF", 50, "EA", 1.95),
            ("RB-IRR-1003", "NZ-10F", "NOZZLE 10FT FULL", 25, "EA", 1.95),
            ("RB-IRR-0404", "SPH-04", "SPRAY BODY 4IN POPUP", 100, "EA", 2.65),
            ("RB-IRR-1204", "SPH-12", "SPRAY BODY 12IN POPUP", 20, "EA", 8.75),
            ("RB-CHM-0065", "CHM-PRO65-5", "PRODIAMINE 65WDG 5LB", 4, "EA", 112.00),
            ("RB-CHM-0079", "CHM-BIF79-1G", "BIFENTHRIN 7.9 GAL", 2, "EA", 78.00),
            ("RB-PPE-0012", "PPE-GLV-NIT-L", "GLOVE NITRILE LG DZ", 3, "DZ", 21.00)]
    txt = ["RIVERBEND COUNTRY CLUB                          PURCHASE ORDER",
           "GROUNDS DEPARTMENT                              PO NO.....: RCC-55190",
           "3300 RIVERBEND CLUB DR                          PO DATE...: 03/24/26",
           "GEORGETOWN TX 78628                             DELIVER BY: 04/03/26",
           "",
           "VENDOR: CEDAR RIDGE LANDSCAPE & IRRIGATION SUPPLY   ACCT 40021",
           "SHIP TO: RIVERBEND CC GROUNDS DEPT, 3300 RIVERBEND CLUB DR, GEORGETOWN TX 78628",
           "-" * 86,
           "LN  OUR PART     VEND ITEM      DESCRIPTION              QTY  UM     PRICE      EXTENDED",
           "-" * 86]
    total = 0
    for i, (part, item, d, q, u, p) in enumerate(rows, 1):
        total += q * p
        txt.append(f"{i:>2}  {part:<12} {item:<14} {d:<22} {q:>5}  {u:<3} {p:>8.2f} {q * p:>13,.2f}")
    txt += ["-" * 86, f"{'TOTAL':>70} {total:>13,.2f}", "", "TERMS NET 30    FOB DEST",
            "APPROVED: J. HALVORSEN, SUPT", "*** PLEASE REFERENCE PO NUMBER ON ALL INVOICES ***"]
    el = [ln(item, q, d, p, part) for part, item, d, q, u, p in rows]
    write_bytes("pdf-04-riverbend-scanned-mono.pdf",
                "scanned-looking skewed Courier print on grey, fixed columns, part + vendor item, 2-digit-year dates",
                order("C1008", el, po="RCC-55190", odate="2026-03-24", rdate="2026-04-03"),
                pdf_mono(None, "\n".join(txt)))

    # F5 Georgetown boxed PDF, fertilizer/seed by bag weight
    spec = [("FRT-24011-40", 30, P("FRT-24011-40"), "Turf fert 24-0-11 50% SRN - 40 LB bag", None, "FRT-24011-40"),
            ("SEED-TF-50", 10, 89.00, "Tall Fescue Blend seed 50 lb", None, "SEED-TF-50"),
            ("CHM-PRE-GR-50", 25, 46.00, "Pre-emergent granular prodiamine 50 lb", None, "CHM-PRE-GR-50"),
            ("CHM-24D-25G", 4, 69.00, "2,4-D amine 2.5 gal", None, "CHM-24D-25G"),
            ("SOIL-CMP-YD", 12, 42.00, "Bulk compost per cu yd", None, "SOIL-CMP-YD")]
    rl, el = polines(spec)
    ship = site("San Gabriel Park - Maintenance Shop", "445 E Morrow St", "Georgetown", "TX", "78626")
    po = {"buyer": ["CITY OF GEORGETOWN, TEXAS", "Parks & Recreation - Purchasing", "P.O. Box 409, Georgetown, TX 78627"],
          "po": "GT-PR-26-1187", "date": "04/14/2026", "req": "04/24/2026", "terms": "Net 30",
          "vendor": VENDOR, "ship": addr_lines(ship), "cols": ["line", "item", "desc", "qty", "uom", "price", "amount"],
          "lines": rl, "notes": "Tax exempt certificate on file.", "signer": "Purchasing Agent T. Nguyen"}
    write_bytes("pdf-05-georgetown-boxed.pdf",
                "municipal boxed PO: 40 lb vs 50 lb fertilizer look-alike, bulk YD items, PO box bill-to in header",
                order("C1009", el, po="GT-PR-26-1187", odate="2026-04-14", rdate="2026-04-24", ship=ship),
                pdf_boxed(po))

    # F6 Bluebonnet side PDF: mulch pallets vs bags
    spec = [("MUL-HW-2-PAL", 3, 229.00, "Hardwood mulch 2cf - full pallet (65)", None, "MUL-HW-2-PAL"),
            ("MUL-RD-3", 60, P("MUL-RD-3"), "Red dyed mulch 3 cu ft bag", None, "MUL-RD-3"),
            ("SOIL-GS-2", 120, 6.90, "Garden soil premium 2 cf", None, "SOIL-GS-2"),
            ("SOIL-CMP-2", 80, 7.40, "Compost blend 2 cf", None, "SOIL-CMP-2"),
            ("LF-3-50", 24, 14.00, "Landscape fabric 3x50 roll", None, "LF-3-50"),
            ("LF-STP-4", 6, 27.00, "Fabric staples 4in box 500", None, "LF-STP-4"),
            ("TL-PR-BP", 12, 22.00, "Bypass pruner 8in", None, "TL-PR-BP")]
    rl, el = polines(spec)
    po = {"buyer": ["Bluebonnet Nursery & Garden Center", "3320 W Whitestone Blvd", "Cedar Park, TX 78613",
                    "purchasing@bluebonnetnursery.com"],
          "po": "BB-0412", "date": "04/06/2026", "vendor": VENDOR[:3], "ship": addr_lines(main_site("C1005")),
          "lines": rl, "signer": "Kelsey Brandt, Buyer"}
    write_bytes("pdf-06-bluebonnet-side.pdf",
                "side-by-side header PDF, mulch pallet vs bag and 2 vs 3 cu ft look-alikes, no required date",
                order("C1005", el, po="BB-0412", odate="2026-04-06", rdate=None), pdf_side(po))

    # F7 Hill Country PDF with discount + tax rows, job site ship-to
    spec = [("CTL-12-WF", 2, 239.00, "12 zone wifi controller", None, "CTL-12-WF"),
            ("VLV-100", 10, 18.40, '1" valve (no FC)', None, "VLV-100"),
            ("VB-STD", 4, 26.50, "Std rect valve box", None, "VB-STD"),
            ("DRP-17-18-500", 2, P("DRP-17-18-500"), 'Dripline 1/2" 18" spacing 500\'', None, "DRP-17-18-500"),
            ("DRP-BLK-025-100", 2, 7.25, '1/4" micro tubing 100\'', None, "DRP-BLK-025-100")]
    rl, el = polines(spec)
    ship = site("Oak Hollow - Lot 14", "1234 Oak Hollow Dr", "Lakeway", "TX", "78734")
    sub = sum(l["qty"] * l["price"] for l in rl)
    po = {"buyer": ["Hill Country Outdoor Living LLC", "1805 Ranch Road 620 N", "Lakeway, TX 78734"],
          "po": "HCOL-4482", "date": "March 26, 2026", "req": "March 31, 2026", "vendor": VENDOR[:3],
          "bill": ["Hill Country Outdoor Living LLC", "1805 Ranch Road 620 N", "Lakeway, TX 78734"],
          "ship": addr_lines(ship), "lines": rl,
          "extras": [("Contractor disc 5%", -round(sub * 0.05, 2)), ("Sales tax 8.25%", round(sub * 0.95 * 0.0825, 2))],
          "signer": "Brent Aldana"}
    write_bytes("pdf-07-hill-country-discount.pdf",
                "side-by-side PDF with discount and tax rows (not lines), job-site ship-to, controller/valve look-alikes",
                order("C1001", el, po="HCOL-4482", odate="2026-03-26", rdate="2026-03-31", ship=ship),
                pdf_side(po))

    # X1 Pedernales XLSX order form: long form, only some rows have a quantity
    form = [("PVC40-T-075", None), ("PVC40-T-100", 30), ("PVC80-T-100", None), ("PVC40-E90-075", 40),
            ("PVC40-E90-100", None), ("PVC40-MA-100", 16), ("VLV-100", None), ("VLV-100-FC", 6),
            ("NZ-12Q", 24), ("NZ-12H", 24), ("NZ-12F", None), ("NZ-15H", 12), ("SPH-04", 72),
            ("SPH-06", None), ("MUL-BK-YD", 9), ("MUL-HW-YD", None), ("TL-SHV-TR", 2)]
    table = [[s, CAT[s]["description"], CAT[s]["uom"], P(s), q] for s, q in form]
    ship = site("Pedernales Greenscapes - Bee Cave job", "14010 W State Hwy 71", "Bee Cave", "TX", "78738")
    data = xlsx_form([["Customer:", "Pedernales Greenscapes Inc."], ["Account #:", "40117"], ["PO #:", "PG-26-0419"],
                      ["Order Date:", "04/09/2026"], ["Need By:", "04/13/2026"],
                      ["Ship To:", "Bee Cave job - 14010 W State Hwy 71, Bee Cave, TX 78738"]],
                     ["Item #", "Description", "UOM", "Price", "Order Qty"], table,
                     title="Cedar Ridge Supply - Contractor Order Form", widths=[16, 60, 7, 9, 10])
    el = [ln(s, q, CAT[s]["description"], P(s)) for s, q in form if q]
    write_bytes("xlsx-01-pedernales-order-form.xlsx",
                "seller's own XLSX order form filled in: blank-qty rows are not lines, look-alike rows adjacent",
                order("C1007", el, po="PG-26-0419", odate="2026-04-09", rdate="2026-04-13", ship=ship), data)

    # X2 Bluebonnet par-level stock sheet: order qty = par - on hand, zero rows not ordered
    par = [("NZ-08A", "Adj nozzle 8'", 30, 12), ("NZ-10A", "Adj nozzle 10'", 30, 30), ("NZ-12A", "Adj nozzle 12'", 30, 7),
           ("NZ-15A", "Adj nozzle 15'", 20, 20), ("SPH-02", "2in pop-up", 24, 6), ("SPH-04", "4in pop-up", 48, 20),
           ("SPH-06", "6in pop-up", 24, 24), ("DRP-17-12-100", "Dripline 12in 100ft", 10, 4),
           ("DRP-17-18-100", "Dripline 18in 100ft", 10, 9), ("CTL-04", "Timer 4 zone", 6, 1), ("CTL-06", "Timer 6 zone", 6, 6),
           ("PPE-GLV-NIT-M", "Work gloves M (dz)", 4, 1), ("PPE-GLV-NIT-L", "Work gloves L (dz)", 4, 0)]
    table = [[s, d, p, oh, max(p - oh, 0)] for s, d, p, oh in par]
    data = xlsx_form([["Store", "Bluebonnet Nursery & Garden Center - Cedar Park"], ["Reorder #", "BB-PAR-0420"],
                      ["Order date", "04/20/2026"], ["Counted by", "J. Ortiz"]],
                     ["SKU", "Item", "Par", "On Hand", "Order Qty"], table, title="Irrigation Aisle - Par Level Reorder",
                     sheet="Par Sheet", widths=[16, 26, 6, 9, 10])
    el = [ln(s, p - oh, d) for s, d, p, oh in par if p > oh]
    write_bytes("xlsx-02-bluebonnet-par-sheet.xlsx",
                "par-level stock sheet: lines are Order Qty (par minus on hand) > 0, par/on-hand columns are distractors",
                order("C1005", el, po="BB-PAR-0420", odate="2026-04-20", currency=None), data)

    # X3 TrueNorth XLSX with buyer part numbers only + a notes sheet
    rows = [("TN-SUP-114", "Black mulch bagged 2 cu ft", "MUL-BK-2", 200),
            ("TN-SUP-115", "Hardwood mulch bagged 3 cu ft", "MUL-HW-3", 100),
            ("TN-SUP-210", "Weed killer glyphosate 41% gal - case/4", "CHM-GLY41-1G-CS", 3),
            ("TN-SUP-305", "Leaf rake 24 in poly", "TL-RK-LF", 10),
            ("TN-SUP-412", "Nitrile gloves XL dozen", "PPE-GLV-NIT-XL", 5),
            ("TN-SUP-413", "Safety glasses clear box/12", "PPE-SG-CLR", 2)]
    ship = site("Stone Canyon HOA - Amenity Center", "7201 Stone Canyon Dr", "Round Rock", "TX", "78681")
    data = xlsx_form([["TrueNorth Property Services", ""], ["Purchase Order", "TN-PO-30817"], ["Date", "2026-04-15"],
                      ["Deliver to", "Stone Canyon HOA - Amenity Center"], ["", "7201 Stone Canyon Dr"],
                      ["", "Round Rock, TX 78681"], ["Requested delivery", "2026-04-17"]],
                     ["TN Item", "Description", "Qty", "Unit"],
                     [[p, d, q, CAT[s]["uom"]] for p, d, s, q in rows], widths=[14, 44, 8, 8],
                     extra_sheets=[("Notes", [["Deliver before 10am - pool opens at noon"], ["Contact: Andre 512-555-0133"]])])
    el = [ln(s, q, d, None, p) for p, d, s, q in rows]
    write_bytes("xlsx-03-truenorth-buyer-parts.xlsx",
                "XLSX with buyer item codes only (no seller SKU): match by description; extra Notes sheet",
                order("C1010", el, po="TN-PO-30817", odate="2026-04-15", rdate="2026-04-17", ship=ship,
                      currency=None), data)

    # C1 Pedernales ERP CSV export
    rows = [("RTR-3504", 30, 11.40, "ROTOR 3504 1/2 IN"), ("NZ-15Q", 20, 2.05, "NOZ 15 QTR"),
            ("NZ-15F", 10, 2.05, "NOZ 15 FULL"), ("VLV-AS-100", 3, 29.60, "ANTI-SIPHON 1 IN"),
            ("PVC80-E45-150", 12, P("PVC80-E45-150"), "SCH80 45 ELL 1-1/2"),
            ("PVC80-CPL-150", 12, P("PVC80-CPL-150"), "SCH80 COUPLING 1-1/2")]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["PONumber", "PODate", "Line", "VendorItem", "ItemDesc", "QtyOrdered", "UOM", "UnitCost",
                "ShipToName", "ShipToAddr1", "ShipToCity", "ShipToState", "ShipToZip", "ReqDate", "Vendor"])
    ship = site("Pedernales Greenscapes Inc.", "14500 Hamilton Pool Rd", "Austin", "TX", "78738")
    for i, (s, q, p, d) in enumerate(rows, 1):
        w.writerow(["PG-26-0502", "2026-05-02", i, s, d, q, CAT[s]["uom"], f"{p:.2f}", ship["name"], ship["street"],
                    ship["city"], ship["region"], ship["postal_code"], "2026-05-06", "CEDAR RIDGE SUPPLY"])
    write_bytes("csv-01-pedernales-erp-export.csv",
                "flat ERP CSV export, one row per line with repeated header columns, sch80 look-alikes",
                order("C1007", [ln(s, q, d, p) for s, q, p, d in rows], po="PG-26-0502", odate="2026-05-02",
                      rdate="2026-05-06", ship=ship), buf.getvalue())

    # C2 Live Oak CSV: own part numbers + descriptions, no seller SKUs, no prices
    rows = [("LO-114", "Pruner bypass 8in", "TL-PR-BP", 6), ("LO-115", "Lopper 30in bypass", "TL-LOP-30", 4),
            ("LO-201", "Bifenthrin 7.9% quart", "CHM-BIF79-QT", 12), ("LO-202", "Three way broadleaf gal", "CHM-3WAY-1G", 6),
            ("LO-305", "Leather gloves large", "PPE-GLV-LTH-L", 12), ("LO-306", "Leather gloves XL", "PPE-GLV-LTH-XL", 6)]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Account", "Customer PO", "Our Code", "Item Description", "Qty", "Unit"])
    for p, d, s, q in rows:
        w.writerow(["Live Oak Tree & Lawn Care", "LOTL-0428", p, d, q, "ea"])
    write_bytes("csv-02-liveoak-own-codes.csv",
                "CSV with only buyer codes + descriptions (pruner vs lopper, quart vs gallon, glove sizes)",
                order("C1012", [ln(s, q, d, None, p) for p, d, s, q in rows], po="LOTL-0428", currency=None),
                buf.getvalue())

    # C3 Barton Creek maintenance app export (semicolon, decimal comma free, quoted)
    rows = [("FRT-3204-50", 40, "32-0-4 slow release 50#"), ("FRT-3204-40", 10, "32-0-4 slow release 40#"),
            ("SEED-PR-50", 20, "Perennial rye 50#"), ("SEED-KBG-25", 4, "KBG blend 25#"),
            ("CHM-GLY41-25G", 2, "Glyphosate 41 2.5 gal")]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL)
    w.writerow(["PO", "RequestedBy", "Facility", "Vendor", "VendorSKU", "Item", "Qty", "Unit", "NeededBy"])
    for s, q, d in rows:
        w.writerow(["BCGC-26-0377", "G. Toller", "Barton Creek Golf Club", "Cedar Ridge", s, d, q, "bag" if CAT[s]["uom"] == "BAG" else "ea",
                    "04/28/2026"])
    write_bytes("csv-03-barton-creek-semicolon.csv",
                "semicolon-delimited quoted export from a maintenance app; 40 vs 50 lb same N-P-K on adjacent rows",
                order("C1002", [ln(s, q, d) for s, q, d in rows], po="BCGC-26-0377", rdate="2026-04-28", currency=None),
                buf.getvalue())

    # E1 X12 850 from Bluebonnet's POS
    items = [("SEED-SS-25", "BB100233", 12, "BG", 57.20, "SUN AND SHADE MIX 25LB"),
             ("SEED-TF-25", "BB100234", 12, "BG", 48.95, "TALL FESCUE BLEND 25LB"),
             ("FRT-151515-40", "BB100410", 20, "BG", P("FRT-151515-40"), "ALL PURPOSE 15-15-15 40LB"),
             ("CHM-GLY41-1G", "BB100512", 8, "EA", 39.00, "GLYPHOSATE 41 PCT 1 GAL"),
             ("TL-SHV-RP", "BB100601", 6, "EA", 32.00, "SHOVEL ROUND POINT FG")]
    segs = ["ISA*00*          *00*          *ZZ*BLUEBONNETNG   *ZZ*CEDARRIDGESUP  *260413*0915*U*00401*000000731*0*P*>",
            "GS*PO*BLUEBONNETNG*CEDARRIDGESUP*20260413*0915*731*X*004010",
            "ST*850*0001", "BEG*00*SA*BB-EDI-22871**20260413", "DTM*002*20260417",
            "N1*BY*BLUEBONNET NURSERY & GARDEN CENTER*92*C1005",
            "N1*ST*BLUEBONNET NURSERY & GARDEN CENTER*92*0001",
            "N3*3320 W WHITESTONE BLVD", "N4*CEDAR PARK*TX*78613*US"]
    for i, (s, bp, q, u, p, d) in enumerate(items, 1):
        segs += [f"PO1*{i}*{q}*{u}*{p:.2f}**VN*{s}*BP*{bp}", f"PID*F****{d}"]
    segs += [f"CTT*{len(items)}", f"SE*{len(segs)}*0001", "GE*1*731", "IEA*1*000000731"]
    edi = "~\n".join(segs) + "~\n"
    el = [ln(s, q, d, p, bp, uom="BAG" if u == "BG" else u) for s, bp, q, u, p, d in items]
    ship = site("BLUEBONNET NURSERY & GARDEN CENTER", "3320 W WHITESTONE BLVD", "CEDAR PARK", "TX", "78613")
    write_bytes("x12-01-bluebonnet-850.x12",
                "X12 850 with VN seller code + BP buyer code, DTM*002 delivery date, BG bag unit",
                order("C1005", el, po="BB-EDI-22871", odate="2026-04-13", rdate="2026-04-17", ship=ship), edi)

    # U1 UBL 2.1 Order from Georgetown e-procurement
    items = [("CTL-24", "GT-IRR-24Z", 1, "EA", 389.00, "Irrigation controller 24 station"),
             ("VLV-150", "GT-IRR-V15", 6, "EA", 54.00, "Valve 1.5 in globe 24VAC"),
             ("VB-STD", "GT-IRR-VBX", 6, "EA", 26.50, "Valve box rectangular std"),
             ("DRP-BLK-050-500", "GT-IRR-BT5", 4, "RL", 61.00, "Blank drip tubing 1/2 in 500 ft")]
    ubl_lines = []
    for i, (s, bp, q, u, p, d) in enumerate(items, 1):
        code = {"EA": "EA", "RL": "RO"}[u]
        ubl_lines.append(f"""  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>{i}</cbc:ID>
      <cbc:Quantity unitCode="{code}">{q}</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="USD">{q * p:.2f}</cbc:LineExtensionAmount>
      <cac:Price><cbc:PriceAmount currencyID="USD">{p:.2f}</cbc:PriceAmount></cac:Price>
      <cac:Item>
        <cbc:Name>{d}</cbc:Name>
        <cac:BuyersItemIdentification><cbc:ID>{bp}</cbc:ID></cac:BuyersItemIdentification>
        <cac:SellersItemIdentification><cbc:ID>{s}</cbc:ID></cac:SellersItemIdentification>
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>""")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>GT-PR-26-1302</cbc:ID>
  <cbc:IssueDate>2026-04-29</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>
  <cac:BuyerCustomerParty><cac:Party>
    <cac:PartyName><cbc:Name>City of Georgetown Parks &amp; Recreation</cbc:Name></cac:PartyName>
  </cac:Party></cac:BuyerCustomerParty>
  <cac:SellerSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Cedar Ridge Landscape &amp; Irrigation Supply, Inc.</cbc:Name></cac:PartyName>
  </cac:Party></cac:SellerSupplierParty>
  <cac:Delivery>
    <cbc:LatestDeliveryDate>2026-05-11</cbc:LatestDeliveryDate>
    <cac:DeliveryLocation><cac:Address>
      <cbc:StreetName>3201 Williams Dr</cbc:StreetName>
      <cbc:CityName>Georgetown</cbc:CityName>
      <cbc:PostalZone>78628</cbc:PostalZone>
      <cbc:CountrySubentity>TX</cbc:CountrySubentity>
      <cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country>
    </cac:Address></cac:DeliveryLocation>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>Garey Park Irrigation Upgrade</cbc:Name></cac:PartyName></cac:DeliveryParty>
  </cac:Delivery>
{chr(10).join(ubl_lines)}
</Order>
"""
    ship = site("Garey Park Irrigation Upgrade", "3201 Williams Dr", "Georgetown", "TX", "78628")
    el = [ln(s, q, d, p, bp) for s, bp, q, u, p, d in items]
    write_bytes("ubl-01-georgetown-order.xml",
                "UBL 2.1 Order with Sellers+Buyers item ids, RO roll unit code, LatestDeliveryDate as requested date",
                order("C1009", el, po="GT-PR-26-1302", odate="2026-04-29", rdate="2026-05-11", ship=ship), xml)
