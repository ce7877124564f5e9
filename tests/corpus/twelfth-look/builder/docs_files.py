"""Bare files 31-39 and the non-orders 40-44. Each returns (ext, bytes, label, meta)."""
import csv
import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

import pdfkit
from labels import doc, order, not_order, OMIT
from master import BY_SKU, CATALOG
from util import L, cat_price, make_eml, when, fix_zip_times, money
from docs_emails import meta

KP_VENDOR = ["Kestrel Point Electrical Supply, Inc.", "4100 Industrial Commons Dr", "Dayton, OH 45414"]


# ---------------------------------------------------------------------------------- 31
@doc(31, "school-district-po")
def d31():
    spec = [(2, "CS", "25/CS", "LED-T8-4FT-15W-40K", "LED T8 LAMP 4FT 15W 4000K BALLAST BYPASS TYPE A/B"),
            (1, "CS", "25/CS", "LED-T8-2FT-9W-40K", "LED T8 LAMP 2FT 9W 4000K TYPE A/B"),
            (48, "EA", "12/CS", "LED-BR30-9W-40K", "LED BR30 LAMP 9W 4000K DIMMABLE"),
            (20, "EA", "10/BX", "REC-DUP-20-WHT", "RECEPTACLE DUPLEX 20A 125V COMMERCIAL WHITE"),
            (20, "EA", "25/BX", "WP-1G-DUP-WHT", "WALLPLATE 1G DUPLEX NYLON WHITE"),
            (10, "EA", "10/BX", "SW-1P-20-WHT", "SWITCH SINGLE POLE 20A 120/277V WHITE"),
            (10, "EA", "25/BX", "WP-1G-TOG-WHT", "WALLPLATE 1G TOGGLE NYLON WHITE"),
            (6, "EA", "1", "BRK-1P-20", "CIRCUIT BREAKER 1 POLE 20 AMP PLUG-ON"),
            (4, "EA", "1", "BRK-1P-15", "CIRCUIT BREAKER 1 POLE 15 AMP PLUG-ON"),
            (5, "BX", "100/BX", "WN-RED-100", "WIRE CONNECTOR TWIST-ON RED"),
            (2, "RL", "250FT", "NMB-12-2-250", "CABLE NM-B 12/2 WITH GROUND 250 FT"),
            (1, "EA", "1", "TL-FISH-50", "FISH TAPE STEEL 50 FT")]
    plines = [{"n": i, "qty": q, "uom": u, "pack": pk, "vitem": s if i not in (3, 9) else "", "desc": d,
               "price": cat_price(s, u), "sku": s} for i, (q, u, pk, s, d) in enumerate(spec, 1)]
    po = {"org": "Tri-County Unified School District", "dept": "Business Office - Purchasing",
          "org_addr": "600 W Church St, Xenia, OH 45385  |  937-555-0170", "po_number": "26-00398",
          "po_date": "02/24/2026", "vendor": KP_VENDOR + ["Vendor No. 21877"],
          "bill_to": ["Tri-County USD Accounts Payable", "600 W Church St", "Xenia, OH 45385"],
          "ship_to": ["TCUSD Maintenance & Operations Warehouse", "880 Depot St", "Xenia, OH 45385",
                      "Receiving hours 7:00-2:30"],
          "strip": [("REQUISITION", "26-R-1022"), ("ACCOUNT", "10-2700-0430"), ("BUYER", "G. PRUITT"),
                    ("TERMS", "NET 30"), ("DELIVERY DATE", "03/13/2026"), ("FOB", "DESTINATION")],
          "lines": plines, "tax_id": "OH-EX-44718",
          "notes": "The district is exempt from Ohio sales tax. Vendor must reference PO number on invoice. "
                   "Partial shipments accepted. Do not substitute without approval of the buyer."}
    pdf = pdfkit.school(po)
    lines = [L(p["sku"], p["qty"], p["uom"], p["price"], desc=p["desc"]) for p in plines]
    lab = order("C1004", "26-00398", lines, order_date="2026-02-24", requested_date="2026-03-13",
                ship_to=("C1004", 0), currency="USD")
    return "pdf", pdf, lab, meta("school-district PO PDF: Vendor | Bill To | Ship To side by side, pack column",
                                 "PACK column next to QTY/UNIT (25/CS, 250FT) must not be read as quantity; "
                                 "vendor item blank on 2 lines; tax-exempt totals block",
                                 subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 32
@doc(32, "quickbooks-style-po")
def d32():
    spec = [("Wire:12 THHN BLK", "THHN 12 AWG stranded black 500' reel", 2, "THHN-12-BLK-500"),
            ("Wire:12 THHN WHT", "THHN 12 AWG stranded white 500' reel", 2, "THHN-12-WHT-500"),
            ("Wire:12 THHN RED", "THHN 12 AWG stranded red 500' reel", 1, "THHN-12-RED-500"),
            ("Romex:12-2", "NM-B 12/2 w/ground 250'", 4, "NMB-12-2-250"),
            ("Romex:14-2", "NM-B 14/2 w/ground 250'", 4, "NMB-14-2-250"),
            ("Breaker:20A SP", "20A single pole plug-on breaker", 10, "BRK-1P-20"),
            ("Breaker:20A AFCI", "20A AFCI breaker", 6, "BRK-1P-20-AF"),
            ("Breaker:15A AFCI", "15A AFCI breaker", 6, "BRK-1P-15-AF"),
            ("Device:Dec Rec 15A", "Decora receptacle 15A TR white", 40, "REC-DEC-15-WHT"),
            ("Device:Dec Sw SP", "Decora rocker switch single pole white", 20, "SW-DEC-1P-15-WHT"),
            ("Plate:1G Dec", "1-gang decora plate white", 60, "WP-1G-DEC-WHT")]
    plines = [{"item": a, "desc": d, "qty": q, "price": cat_price(s), "sku": s} for a, d, q, s in spec]
    po = {"org": "Sparrow Electric Co", "org_addr": ["36 Linden Ave", "Miamisburg, OH 45342", "(937) 555-0166"],
          "po_number": "1047", "po_date": "03/02/2026", "vendor": KP_VENDOR,
          "ship_to": ["Sparrow Electric Co", "36 Linden Ave", "Miamisburg, OH 45342"], "lines": plines,
          "memo": "Memo: Hadley job + stock. Will pick up - call Tom when ready (937) 555-0166."}
    pdf = pdfkit.quickbooks(po)
    lines = [L(p["sku"], p["qty"], BY_SKU[p["sku"]]["uom"], p["price"], desc=p["desc"], cp=p["item"]) for p in plines]
    lab = order("C1011", "1047", lines, order_date="2026-03-02", ship_to=("C1011", 0), currency="USD")
    return "pdf", pdf, lab, meta("small-contractor accounting-package PO (QuickBooks-like)",
                                 "no UOM column; buyer item names like 'Wire:12 THHN BLK' as customer part; a bare "
                                 "4-digit PO number; empty ruled rows", subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 33
@doc(33, "oem-mrp-po-2page")
def d33():
    spec = [("VPS-200-1415", "A", "BRK-1P-15", "BRKR 1P 15A PLUG-ON", 60, "EA"),
            ("VPS-200-1420", "A", "BRK-1P-20", "BRKR 1P 20A PLUG-ON", 96, "EA"),
            ("VPS-200-1430", "A", "BRK-1P-30", "BRKR 1P 30A PLUG-ON", 24, "EA"),
            ("VPS-200-2220", "B", "BRK-2P-20", "BRKR 2P 20A PLUG-ON", 24, "EA"),
            ("VPS-200-2230", "A", "BRK-2P-30", "BRKR 2P 30A PLUG-ON", 24, "EA"),
            ("VPS-200-2240", "A", "BRK-2P-40", "BRKR 2P 40A PLUG-ON", 12, "EA"),
            ("VPS-200-2250", "A", "BRK-2P-50", "BRKR 2P 50A PLUG-ON", 12, "EA"),
            ("VPS-200-2260", "A", "BRK-2P-60", "BRKR 2P 60A PLUG-ON", 8, "EA"),
            ("VPS-200-3320", "C", "BRK-3P-20-BO", "BRKR 3P 20A BOLT-ON", 10, "EA"),
            ("VPS-200-3330", "C", "BRK-3P-30-BO", "BRKR 3P 30A BOLT-ON", 10, "EA"),
            ("VPS-200-1520", "A", "BRK-1P-20-GF", "BRKR 1P 20A GFCI", 12, "EA"),
            ("VPS-310-0014", "A", "THHN-14-BLK-500", "WIRE THHN #14 BLK 500FT", 10, "RL"),
            ("VPS-310-0014W", "A", "THHN-14-WHT-500", "WIRE THHN #14 WHT 500FT", 6, "RL"),
            ("VPS-310-0014G", "A", "THHN-14-GRN-500", "WIRE THHN #14 GRN 500FT", 6, "RL"),
            ("VPS-310-0012", "A", "THHN-12-BLK-500", "WIRE THHN #12 BLK 500FT", 8, "RL"),
            ("VPS-310-0012R", "A", "THHN-12-RED-500", "WIRE THHN #12 RED 500FT", 4, "RL"),
            ("VPS-310-0012B", "A", "THHN-12-BLU-500", "WIRE THHN #12 BLU 500FT", 4, "RL"),
            ("VPS-310-0010", "A", "THHN-10-BLK-500", "WIRE THHN #10 BLK 500FT", 4, "RL"),
            ("VPS-420-0811", "A", "TIE-08-BLK", "CABLE TIE 8IN BLK UV 100/PK", 30, "PK"),
            ("VPS-420-1101", "A", "TIE-11-BLK", "CABLE TIE 11IN BLK UV 100/PK", 20, "PK"),
            ("VPS-420-1100", "A", "TAPE-VNL-RED", "TAPE VINYL 3/4 RED", 20, "RL"),
            ("VPS-420-1102", "A", "TAPE-VNL-BLU", "TAPE VINYL 3/4 BLU", 20, "RL"),
            ("VPS-500-0158", "A", "STRUT-158-10", "STRUT 1-5/8 12GA 10FT", 12, "EA"),
            ("VPS-500-0420", "A", "NUT-14-HEX", "NUT HEX 1/4-20 ZN 100/BX", 6, "BX")]
    plines = [{"n": i, "part": p, "rev": r, "desc": d, "qty": q, "uom": u, "price": cat_price(s), "due": "03/30/26",
               "supplier_pn": s, "sku": s} for i, (p, r, s, d, q, u) in enumerate(spec, 1)]
    po = {"org": "Vantage Panel Systems Inc", "po_number": "4500-07802", "rev": "1", "po_date": "03/16/26",
          "buyer": "J.HALVORSEN", "supplier_code": "V00872", "vendor": ["KESTREL POINT ELEC SUPPLY"],
          "ship_to": ["VANTAGE PANEL SYSTEMS - RECEIVING", "3150 PRODUCTION BLVD", "MORAINE OH 45439", "DOCK 2"],
          "bill_to": ["VANTAGE PANEL SYSTEMS INC", "ACCOUNTS PAYABLE", "PO BOX 1188", "MORAINE OH 45439"],
          "info": [("TERMS:", "NET 45"), ("SHIP VIA:", "BEST WAY"), ("FOB:", "DESTINATION"),
                   ("REV 1 REASON:", "LINE 004 REV B / QTY CHANGE LINE 002 (WAS 72)")],
          "lines": plines,
          "notes": "CERTS OF CONFORMANCE REQUIRED FOR ALL BREAKERS. PACK BY LINE, LABEL WITH PO/LINE. "
                   "THIS REVISION SUPERSEDES ALL PRIOR REVISIONS OF THIS PO. PRICES IN USD."}
    pdf = pdfkit.mrp(po)
    lines = [L(p["sku"], p["qty"], p["uom"], p["price"], desc=p["desc"], cp=p["part"]) for p in plines]
    lab = order("C1007", "4500-07802", lines, order_date="2026-03-16", requested_date="2026-03-30",
                ship_to=("C1007", 0), currency="USD")
    return "pdf", pdf, lab, meta("OEM MRP purchase order, revision 1, two pages, Courier",
                                 "every line has two rows (part/rev and SUPPLIER P/N); a revision note mentions an "
                                 "old quantity (WAS 72); per-line due dates all equal; 24 lines across a page break",
                                 subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 34
@doc(34, "municipal-po")
def d34():
    spec = [("285-16", 50, "EA", "RECEPTACLE, DUPLEX, 20A 125V, COMMERCIAL GRADE, GRAY", "REC-DUP-20-GRY"),
            ("285-16", 25, "EA", "RECEPTACLE, DUPLEX, 20A 125V, COMMERCIAL GRADE, IVORY", "REC-DUP-20-IVY"),
            ("285-78", 25, "EA", "SWITCH, TOGGLE, 3-WAY, 20A 120/277V, WHITE", "SW-3W-20-WHT"),
            ("285-52", 40, "EA", "WALLPLATE, 1-GANG DUPLEX, STAINLESS STEEL", "WP-1G-DUP-SS"),
            ("285-35", 6, "EA", "CIRCUIT BREAKER, 2-POLE 20A, GFCI, PLUG-ON", "BRK-2P-20-GF"),
            ("285-35", 10, "EA", "CIRCUIT BREAKER, 1-POLE 15A, PLUG-ON, STANDARD", "BRK-1P-15"),
            ("285-47", 3, "CS", "LAMP, LED T8 4FT 15W 5000K (25 PER CASE)", "LED-T8-4FT-15W-50K"),
            ("285-47", 24, "EA", "LAMP, LED A19 15W (100W EQUIVALENT) 5000K", "LED-A19-15W-50K"),
            ("280-25", 250, "FT", "CORD, PORTABLE, SOOW 14/3, BLACK, PER FOOT", "SOOW-14-3"),
            ("285-29", 6, "RL", "TAPE, RUBBER SPLICING, 3/4 IN X 30 FT", "TAPE-RUB-030"),
            ("285-19", 4, "EA", "BENDER, EMT, 3/4 IN, WITH HANDLE", "TL-BEND-075")]
    plines = [{"n": i, "commodity": c, "qty": q, "uom": u, "desc": d, "price": cat_price(s, u), "sku": s}
              for i, (c, q, u, d, s) in enumerate(spec, 1)]
    po = {"org": "City of Calder", "org_addr": "Department of Public Works  -  455 Municipal Drive  -  Calder, Ohio 45371",
          "box": [("P.O. NUMBER", "2026-00351"), ("DATE", "02/23/2026"), ("REQ. NO.", "26-0284"),
                  ("DELIVER BY", "03/06/2026")],
          "vendor": ["VENDOR NO. 004417"] + KP_VENDOR,
          "ship_to": ["City of Calder Service Center", "455 Municipal Dr", "Calder, OH 45371",
                      "Attn: Facilities Maintenance"],
          "strip": [("FUND", "101 GENERAL"), ("DEPT", "4410 FACILITIES"), ("ACCOUNT", "52-310 REPAIR SUPPLIES"),
                    ("TERMS", "NET 30"), ("F.O.B.", "DESTINATION")],
          "lines": plines,
          "instructions": ["1. Tax exempt - City of Calder, Ohio exemption certificate on file.",
                           "2. Invoices in duplicate to Finance Dept., Accounts Payable, 455 Municipal Dr.",
                           "3. Deliveries Monday-Friday 7:30 AM - 3:00 PM only."],
          "terms": ["1. ACCEPTANCE: Acceptance of this order is limited to its terms. Any additional or different "
                    "terms proposed by the vendor are rejected unless expressly accepted in writing by the City.",
                    "2. PRICES: Prices shown are firm. No charges for packing, drayage or delivery will be allowed "
                    "unless specified on the face of this order.",
                    "3. INSPECTION: All goods are subject to inspection and acceptance at destination.",
                    "4. PAYMENT: The City pays within thirty days of receipt of a correct invoice and acceptance "
                    "of goods, whichever is later.",
                    "5. NON-APPROPRIATION: This order is subject to the availability of appropriated funds."]}
    pdf = pdfkit.city(po)
    lines = [L(p["sku"], p["qty"], p["uom"], p["price"], desc=p["desc"]) for p in plines]
    lab = order("C1005", "2026-00351", lines, order_date="2026-02-23", requested_date="2026-03-06",
                ship_to=("C1005", 0), currency="USD")
    return "pdf", pdf, lab, meta("municipal PO on a Times-Roman form: fund/account strip, commodity codes, signatures",
                                 "commodity codes (285-16) beside quantities; requisition number; per-foot cord "
                                 "ordered as 250 FT; terms page; 100W-equivalent A19 vs 60W",
                                 subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 35
@doc(35, "property-mgmt-landscape-po")
def d35():
    spec = [("REC-DUP-15-WHT", "15A duplex receptacle, white", 60), ("", "15A duplex receptacle, black", 10),
            ("SW-1P-15-WHT", "15A single pole toggle switch, white", 40),
            ("WP-1G-DUP-WHT", "1-gang duplex plate, white nylon", 60),
            ("WP-1G-TOG-WHT", "1-gang toggle plate, white nylon", 40),
            ("GFCI-15-WHT", "15A GFCI receptacle, white", 12),
            ("LED-A19-9W-30K", "LED A19 9W 3000K", 48), ("LED-BR30-9W-30K", "LED BR30 9W 3000K", 24),
            ("BRK-1P-15", "15A 1-pole breaker, plug-on", 6), ("DIM-LED-600-WHT", "LED slide dimmer, white", 4)]
    skus = ["REC-DUP-15-WHT", "REC-DUP-15-BLK", "SW-1P-15-WHT", "WP-1G-DUP-WHT", "WP-1G-TOG-WHT", "GFCI-15-WHT",
            "LED-A19-9W-30K", "LED-BR30-9W-30K", "BRK-1P-15", "DIM-LED-600-WHT"]
    plines = [{"n": i, "gl": "6420", "vpart": vp, "desc": d, "qty": q, "uom": "EA", "price": cat_price(s), "sku": s}
              for i, ((vp, d, q), s) in enumerate(zip(spec, skus), 1)]
    po = {"org": "Brookstone Property Management", "org_addr": "19 Brookstone Ct, Centerville, OH 45459  \u00b7  937-555-0190",
          "hdr": [("PO Number", "BPM-2026-0244"), ("PO Date", "03/12/2026"), ("Property", "WIL - The Willows at Brookstone"),
                  ("Requested By", "A. Moreno"), ("Needed By", "03/19/2026"), ("Approved", "D. Kessler, Regional VP")],
          "po_number": "BPM-2026-0244", "property_code": "WIL", "vendor": KP_VENDOR + ["Acct # BRK-220"],
          "ship_to": ["The Willows at Brookstone", "7400 Yankee St", "Centerville, OH 45458", "Bldg C maintenance"],
          "bill_to": ["Brookstone Property Management", "Accounts Payable", "19 Brookstone Ct", "Centerville, OH 45459"],
          "lines": plines, "tax_rate": 0.075, "freight": 25.00,
          "notes": "Invoice must show PO number and property code. Email invoices to ap@brookstonepm.com. "
                   "Deliveries Mon-Fri 9-4, check in at leasing office."}
    pdf = pdfkit.property_landscape(po)
    lines = [L(p["sku"], p["qty"], "EA", p["price"], desc=p["desc"]) for p in plines]
    lab = order("C1006", "BPM-2026-0244", lines, order_date="2026-03-12", requested_date="2026-03-19",
                ship_to=("C1006", 1), currency="USD")
    return "pdf", pdf, lab, meta("property-management PO, landscape, property and GL code per line, tax and freight",
                                 "GL account 6420 on every line; tax 7.5% and freight $25 are not lines; black vs "
                                 "white receptacle with vendor part blank", subtotal=round(sum(p["qty"] * p["price"] for p in plines), 2))


# ---------------------------------------------------------------------------------- 36
@doc(36, "supplier-order-form-filled")
def d36():
    form_skus = ["THHN-14-BLK-500", "THHN-14-WHT-500", "THHN-12-BLK-500", "THHN-12-WHT-500", "THHN-12-RED-500",
                 "THHN-12-GRN-500", "THHN-10-BLK-500", "NMB-14-2-250", "NMB-12-2-250", "MC-12-2-250",
                 "EMT-050", "EMT-075", "EMTC-SS-050", "EMTC-SS-075", "EMTK-SS-050", "EMTK-SS-075", "STRAP-1H-050",
                 "STRAP-1H-075", "BOX-4SQ-112", "BOX-4SQ-218", "CVR-4SQ-BLK", "CVR-4SQ-R1D", "CVR-4SQ-R2D",
                 "BOX-1G-NW", "BOX-1G-OW", "BRK-1P-15", "BRK-1P-20", "BRK-1P-20-AF", "BRK-1P-20-GF",
                 "REC-DUP-15-WHT", "REC-DUP-20-WHT", "GFCI-20-WHT", "SW-1P-15-WHT", "WP-1G-DUP-WHT",
                 "WN-YEL-100", "WN-RED-100", "TAPE-VNL-BLK", "TIE-08-BLK"]
    qty = {"THHN-12-BLK-500": 4, "THHN-12-WHT-500": 2, "THHN-12-RED-500": 2, "EMT-050": 50, "EMTC-SS-050": 100,
           "EMTK-SS-050": 100, "STRAP-1H-050": 200, "BOX-4SQ-112": 40, "CVR-4SQ-R1D": 20, "WN-RED-100": 2,
           "TAPE-VNL-BLK": 20}
    wb = Workbook()
    ws = wb.active
    ws.title = "Order Form"
    ws.merge_cells("A1:F1")
    ws["A1"] = "KESTREL POINT ELECTRICAL SUPPLY  -  CUSTOMER ORDER FORM"
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="203864")
    ws["A2"] = "4100 Industrial Commons Dr, Dayton OH 45414  |  orders@kestrelpointsupply.com  |  (937) 555-0140"
    fields = [("Account name:", "Ridgeway Electric"), ("Account #:", "C1001"), ("Your PO #:", "24-1211"),
              ("Order date:", dt.datetime(2026, 3, 13)), ("Needed by:", dt.datetime(2026, 3, 17)),
              ("Ship to:", "[ ] Our shop on file   [X] Job site:  Elm St job - 418 Elm St, Springboro"),
              ("Ordered by:", "Nina F.")]
    for r, (k, v) in enumerate(fields, 4):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "m/d/yy"
    hr = 12
    for i, h in enumerate(["Item #", "Description", "UOM", "Std Pack", "Price", "Qty"], 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = hr + 1
    for s in form_skus:
        c = BY_SKU[s]
        ws.cell(row=r, column=1, value=s)
        ws.cell(row=r, column=2, value=c["description"])
        ws.cell(row=r, column=3, value=c["uom"])
        ws.cell(row=r, column=4, value=c["pack_size"])
        ws.cell(row=r, column=5, value=c["unit_price"]).number_format = "0.00"
        if s in qty:
            ws.cell(row=r, column=6, value=qty[s])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Other items not listed:").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="")
    ws.cell(row=r, column=2, value='1/2" LB conduit body w/ cover & gasket')
    ws.cell(row=r, column=3, value="EA")
    ws.cell(row=r, column=6, value=10)
    r += 2
    ws.cell(row=r, column=1, value="Prices are current list and subject to your account pricing. Thank you for your order!")
    for col, w in zip("ABCDEF", (18, 46, 6, 9, 9, 7)):
        ws.column_dimensions[col].width = w
    wb.properties.created = dt.datetime(2026, 1, 5, 8, 0)
    wb.properties.modified = dt.datetime(2026, 3, 13, 7, 30)
    bio = io.BytesIO()
    wb.save(bio)
    x = fix_zip_times(bio.getvalue())
    lines = [L(s, qty[s], BY_SKU[s]["uom"], BY_SKU[s]["unit_price"], desc=BY_SKU[s]["description"])
             for s in form_skus if s in qty]
    lines.append(L(None, 10, "EA", None, desc='1/2" LB conduit body w/ cover & gasket'))
    lab = order("C1001", "24-1211", lines, order_date="2026-03-13", requested_date="2026-03-17",
                ship_to=("C1001", 1), currency="USD")
    return "xlsx", x, lab, meta("our own order-form spreadsheet, filled in by the customer",
                                 "38 catalog rows, only 11 with a quantity; a write-in row the catalog lacks (LB "
                                 "body, sku null); ship-to picked with [X] among two choices; Std Pack column",
                                 subtotal=round(sum(qty[s] * BY_SKU[s]["unit_price"] for s in qty), 2))


# ---------------------------------------------------------------------------------- 37
@doc(37, "cmms-parts-export")
def d37():
    rows = [("WR-55120", "WO-10881", "NG-EL-00412", "LAMP LED T8 4FT 5000K", "LED-T8-4FT-15W-50K", 50, "EA"),
            ("WR-55120", "WO-10881", "NG-EL-00415", "LAMP LED PAR38 3000K WET LOC", "LED-PAR38-15W-30K", 12, "EA"),
            ("WR-55121", "WO-10884", "NG-EL-00120", "BRKR 1P 20A GFCI", "BRK-1P-20-GF", 3, "EA"),
            ("WR-55121", "WO-10884", "NG-EL-00131", "BRKR 3P 30A BOLT ON", "", 2, "EA"),
            ("WR-55124", "WO-10890", "NG-EL-00210", "CORD SOOW 16/3", "SOOW-16-3", 150, "FT"),
            ("WR-55124", "WO-10890", "NG-EL-00215", 'CORD GRIP 1/2" .30-.45', "CGRIP-050", 12, "EA"),
            ("WR-55125", "WO-10893", "NG-EL-00300", "RIGID CONDUIT 3/4 10FT", "GRC-075", 10, "EA"),
            ("WR-55125", "WO-10893", "NG-EL-00301", "RIGID CONDUIT 1/2 10FT", "", 6, "EA")]
    skus = ["LED-T8-4FT-15W-50K", "LED-PAR38-15W-30K", "BRK-1P-20-GF", "BRK-3P-30-BO", "SOOW-16-3", "CGRIP-050",
            "GRC-075", "GRC-050"]
    bio = io.StringIO()
    w = csv.writer(bio, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["Org", "Request ID", "WO #", "Site", "Requested By", "Date Needed", "Part #", "Part Description", "Supplier",
                "Supplier Part #", "Qty", "UOM", "Est Unit Cost", "PO #"])
    for (rid, wo, pn, d, sp, q, u), s in zip(rows, skus):
        w.writerow(["NGIS Northgate Industrial Services", rid, wo, "ARLO-VAN  Arlo Foods - Vandalia", "D. Harris", "3/18/2026", pn, d,
                    "KESTREL POINT ELEC", sp, q, u, f"{cat_price(s):.2f}", "NGIS-77355"])
    data = bio.getvalue().encode()
    lines = [L(s, q, u, cat_price(s), desc=d, cp=pn) for (rid, wo, pn, d, sp, q, u), s in zip(rows, skus)]
    lab = order("C1012", "NGIS-77355", lines, requested_date="2026-03-18", ship_to=("C1012", 1), currency="USD")
    return "csv", data, lab, meta("CSV export from the customer's maintenance (CMMS) system",
                                  "several request/work-order ids per file but one PO # on every row; site only as a "
                                  "code + name; supplier part blank on 2 rows; per-foot cord; no order date",
                                  subtotal=round(sum(q * cat_price(s) for (rid, wo, pn, d, sp, q, u), s in zip(rows, skus)), 2))


# ---------------------------------------------------------------------------------- 38
@doc(38, "x12-850-two-transactions")
def d38():
    first = [("VC-10032", "GFCI-20-WHT", 48, "EA"), ("VC-10035", "GFCI-20-WR-WHT", 24, "EA"),
             ("VC-11020", "REC-USB-15-WHT", 30, "EA"), ("VC-12003", "LED-A19-9W-30K", 144, "EA"),
             ("VC-12012", "LED-A19-15W-50K", 48, "EA"), ("VC-12011", "LED-BR30-9W-40K", 48, "EA"),
             ("VC-16010", "WP-1G-INUSE", 12, "EA"), ("VC-15004", "TL-SD-6IN1", 24, "EA"),
             ("VC-15005", "TL-TAPE-25", 24, "EA"), ("VC-17001", "PUSH-5P-50", 20, "BX")]
    second = [("VC-12001", "LED-A19-9W-27K", 96, "EA"), ("VC-14001", "EXT-12-3-50", 12, "EA"),
              ("VC-16001", "WP-1G-DEC-WHT", 100, "EA")]
    T = "~\n"

    def tx(ctl, po, date, deliver, lines):
        segs = [f"ST*850*{ctl}", f"BEG*00*SA*{po}**{date}", "REF*IA*21877", "REF*DP*ELEC",
                f"DTM*002*{deliver}", "FOB*PP", "N1*BY*VoltCart Online LLC*92*VOLTCART",
                "N1*ST*VoltCart Fulfillment Center*92*MONROE01", "N3*9900 Logistics Pkwy", "N4*Monroe*OH*45050*US"]
        for i, (bp, s, q, u) in enumerate(lines, 1):
            c = BY_SKU[s]
            p = c["unit_price"]
            segs.append(f"PO1*{i}*{q}*{u}*{p:.2f}*PE*UP*{c['gtin']}*VN*{s}*BP*{bp}")
            segs.append(f"PID*F****{c['description']}")
        segs.append(f"CTT*{len(lines)}*{sum(q for _, _, q, _ in lines)}")
        segs.append(f"SE*{len(segs) + 1}*{ctl}")
        return segs

    segs = ["ISA*00*          *00*          *ZZ*VOLTCART       *ZZ*KESTRELPT      *260316*0715*U*00401*000000611*0*P*>",
            "GS*PO*VOLTCART*KESTRELPT*20260316*0715*611*X*004010"]
    segs += tx("0001", "VC-PO-100530", "20260316", "20260325", first)
    segs += tx("0002", "VC-PO-100531", "20260316", "20260327", second)
    segs += ["GE*2*611", "IEA*1*000000611"]
    data = (T.join(segs) + "~\n").encode()
    lines = [L(s, q, u, BY_SKU[s]["unit_price"], desc=BY_SKU[s]["description"], cp=bp) for bp, s, q, u in first]
    lab = order("C1008", "VC-PO-100530", lines, order_date="2026-03-16", requested_date="2026-03-25",
                ship_to=("C1008", 0), currency="USD")
    return "edi", data, lab, meta("X12 850 interchange holding two purchase orders (label = the first)",
                                  "two ST/SE transactions with different POs and dates; PO1 carries UP, VN and BP "
                                  "qualifiers; quantity of boxes (BX) for a boxed item",
                                  subtotal=round(sum(q * BY_SKU[s]["unit_price"] for bp, s, q, u in first), 2))


# ---------------------------------------------------------------------------------- 39
@doc(39, "legacy-erp-print")
def d39():
    spec = [("100450", "REC-HG-20-WHT", "RECEPTACLE DUPLEX HOSP GR 20A WHT", 40, "EA"),
            ("100460", "WP-1G-DUP-SS", "WALLPLATE 1G DUPLEX SS", 40, "EA"),
            ("100700", "BRK-1P-20", "CIRCUIT BREAKER 1P 20A PLUG-ON", 20, "EA"),
            ("100705", "BRK-2P-20", "CIRCUIT BREAKER 2P 20A PLUG-ON", 6, "EA"),
            ("100512", "LED-T8-4FT-15W-35K", "LAMP LED T8 4FT 15W 3500K", 75, "EA"),
            ("100520", "LED-BR30-9W-30K", "LAMP LED BR30 9W 3000K", 36, "EA"),
            ("100610", "EMTC-SS-050", "CONNECTOR EMT 1/2 SET SCREW", 150, "EA"),
            ("100620", "EMT-050", "CONDUIT EMT 1/2 X 10FT", 40, "EA"),
            ("100630", "STRAP-1H-050", "STRAP EMT 1 HOLE 1/2", 200, "EA"),
            ("100640", "BOX-4SQ-112", "BOX 4 SQ 1-1/2 DEEP", 30, "EA"),
            ("100650", "CVR-4SQ-IND", "COVER 4 SQ INDUSTRIAL DUPLEX", 30, "EA"),
            ("100701", "WN-YEL-100", "CONNECTOR WIRE TWIST YEL 100/BX", 4, "BX"),
            ("100710", "TAPE-VNL-BLK", "TAPE ELECTRICAL VINYL BLACK", 24, "RL"),
            ("100720", "TIE-08-NAT", "CABLE TIE 8IN NATURAL 100/PK", 10, "PK")]

    def head(page):
        return [f"{'MARROW VALLEY HEALTH SYSTEM':<48}{'PURCHASE ORDER':<44}PAGE {page:>4}",
                f"{'MATERIALS MANAGEMENT':<48}{'':<44}RUN 03/02/26 06:01",
                f"{'PMM410R':<48}",
                "",
                "PO NUMBER: 4501186950      ORDER DATE: 03/02/26      DELIVERY DATE: 03/09/26     CONFIRMING: N",
                "VENDOR:  0004471  KESTREL POINT ELECTRICAL SUPPLY INC   4100 INDUSTRIAL COMMONS DR  DAYTON OH 45414",
                "SHIP TO: MARROW VALLEY MEDICAL CENTER - RECEIVING DOCK B  1500 HOSPITAL WAY  DAYTON OH 45409",
                "BILL TO: ACCOUNTS PAYABLE  PO BOX 3300  DAYTON OH 45401        TERMS: NET 45    FOB: DEST",
                "",
                "LINE ITEM-NO VENDOR-CAT-NO        DESCRIPTION                          QTY UOM    UNIT-COST     EXTENDED",
                "---- ------- -------------------- ---------------------------------- ----- --- ------------ ------------"]
    out = head(1)
    tot = 0
    for i, (item, s, d, q, u) in enumerate(spec, 1):
        p = cat_price(s, u)
        tot += q * p
        out.append(f"{i:>4} {item:<7} {s:<20} {d:<34} {q:>5} {u:<3} {p:>12.4f} {q * p:>12.2f}")
        if i == 9:
            out += ["", f"{'*** CONTINUED ***':>100}", "\f"] + head(2)
    out += ["", f"{'PO TOTAL':>86} {tot:>12.2f}", "",
            "SPECIAL INSTRUCTIONS: DELIVER TO DOCK B 0700-1500. REFERENCE PO ON ALL PACKING LISTS.",
            "BUYER: S. WHITFIELD  937-555-0102", "", f"{'*** END OF PURCHASE ORDER ***':^100}"]
    data = ("\r\n".join(out) + "\r\n").encode()
    lines = [L(s, q, u, cat_price(s, u), desc=d, cp=item) for item, s, d, q, u in spec]
    lab = order("C1003", "4501186950", lines, order_date="2026-03-02", requested_date="2026-03-09",
                ship_to=("C1003", 0), currency="USD")
    return "txt", data, lab, meta("legacy mainframe-style PO print as a text file, form feed between pages",
                                  "fixed columns, page header repeated mid-list, 'RUN' date vs ORDER DATE vs "
                                  "DELIVERY DATE, 2-digit years, CRLF", subtotal=round(tot, 2))


# ---------------------------------------------------------------------------------- 40
@doc(40, "quote-request-for-bid")
def d40():
    body = """Hi Ellen,

Can you price the following for a bid we're putting together (Hamilton Elementary addition)? NOT an order yet - bid is due 3/18 and we won't know until April. Need pricing good through 5/31.

40 - #12 THHN blk 500'
30 - #12 THHN wht 500'
20 - #12 THHN grn 500'
150 - 3/4" EMT
400 - 3/4" SS connectors
400 - 3/4" SS couplings
60 - 20A 1P breakers
24 - 20A AFCI breakers
200 - 20A duplex receptacles white commercial
200 - 1G duplex plates white

Also lead times on the 2500' reels if you'd quote those instead.

Thanks,
Kyle Brandt | Purchasing
Dunmore Mechanical & Electrical Inc
"""
    eml = make_eml("Kyle Brandt <kbrandt@dunmore-me.com>", "RFQ - Hamilton Elementary addition (bid 3/18)",
                   when(2026, 3, 6, 14, 40), text=body, to="Ellen Marsh <emarsh@kestrelpointsupply.com>",
                   cc="orders@kestrelpointsupply.com")
    return "eml", eml, not_order(), meta("request for quotation for a bid, with a full item list",
                                         "looks exactly like an order (quantities, items) but says NOT an order yet")


# ---------------------------------------------------------------------------------- 41
@doc(41, "supplier-invoice")
def d41():
    inv = {"org": "Brightwell Lighting Products Co.",
           "org_addr": ["2250 Lamplighter Way, Columbus, OH 43219", "Remit to: PO Box 77120, Columbus OH 43207",
                        "ar@brightwell-lighting.example  |  614-555-0199"],
           "box": [("Invoice No.", "BW-INV-338120"), ("Invoice Date", "03/06/2026"), ("Customer PO", "KP-PO-66120"),
                   ("Terms", "2% 10, Net 30"), ("Ship Date", "03/05/2026")],
           "sold_to": ["Kestrel Point Electrical Supply, Inc.", "Attn: Accounts Payable", "4100 Industrial Commons Dr",
                       "Dayton, OH 45414"],
           "ship_to": ["Kestrel Point Electrical Supply, Inc.", "Warehouse - Door 3", "4100 Industrial Commons Dr",
                       "Dayton, OH 45414"],
           "lines": [{"item": "BW-T8-4-40-AB", "desc": "LED T8 4FT 15W 4000K TYPE A/B (25/CS)", "qty": 40, "uom": "CS",
                      "price": 96.50},
                     {"item": "BW-T8-4-50-AB", "desc": "LED T8 4FT 15W 5000K TYPE A/B (25/CS)", "qty": 20, "uom": "CS",
                      "price": 96.50},
                     {"item": "BW-A19-9-27", "desc": "LED A19 9W 2700K DIMMABLE (24/CS)", "qty": 30, "uom": "CS",
                      "price": 38.40},
                     {"item": "BW-BR30-9-30", "desc": "LED BR30 9W 3000K DIMMABLE (12/CS)", "qty": 25, "uom": "CS",
                      "price": 33.60}],
           "freight": 0.0,
           "remit": "Thank you for your business. Please remit payment to the address above. Past-due balances "
                    "are subject to a 1.5% monthly service charge."}
    pdf = pdfkit.invoice(inv)
    return "pdf", pdf, not_order("invoice"), meta("a lamp manufacturer's invoice TO the distributor",
                                                   "has items, quantities, a PO reference and ship-to like an order; "
                                                   "the distributor is the buyer here")


# ---------------------------------------------------------------------------------- 42
@doc(42, "ack-forwarded-back")
def d42():
    rows = [("REC-DUP-15-IVY", 50, 0.98), ("SW-1P-15-IVY", 30, 0.95), ("WP-1G-DUP-IVY", 50, 0.58),
            ("WP-1G-TOG-IVY", 30, 0.58), ("GFCI-15-WHT", 12, 16.90), ("LED-A19-9W-27K", 24, 2.45),
            ("DIM-LED-600-WHT", 6, 22.90)]
    tbl = "\n".join(f"> {i:<3} {s:<18} {BY_SKU[s]['description'][:36]:<37}{q:>5} EA {p:>8.2f} "
                    f"{'BACKORDER' if s == 'DIM-LED-600-WHT' else 'STOCK':<9}" for i, (s, q, p) in enumerate(rows, 1))
    body = f"""Hi - can you confirm this will all deliver by Friday? The dimmers show backordered and we have move-ins Saturday. If the dimmers can't make it, ship the rest and send those later.

Thanks,
Alicia

Alicia Moreno | Community Manager
The Willows at Brookstone

-----Original Message-----
From: Kestrel Point Orders <orders@kestrelpointsupply.com>
Sent: Friday, February 27, 2026 8:02 AM
To: Alicia Moreno <amoreno@brookstoneliving.com>
Subject: Order Acknowledgement SO-118604 (your PO BPM-2026-0219)

> ORDER ACKNOWLEDGEMENT  SO-118604
> Customer: Brookstone Property Management (C1006)   Your PO: BPM-2026-0219
> Ship to: The Willows at Brookstone, 7400 Yankee St, Centerville OH 45458
>
> LN  ITEM               DESCRIPTION                            QTY UM    PRICE STATUS
{tbl}
>
> Thank you for your order.
"""
    eml = make_eml("Alicia Moreno <amoreno@brookstoneliving.com>",
                   "FW: Order Acknowledgement SO-118604 (your PO BPM-2026-0219)", when(2026, 3, 2, 9, 14), text=body)
    return "eml", eml, not_order(), meta("customer forwards our order acknowledgement back with a delivery question",
                                         "complete priced line list of an existing order (BPM-2026-0219, see 06) "
                                         "inside the quoted acknowledgement; 'ship the rest' is not a new order")


# ---------------------------------------------------------------------------------- 43
@doc(43, "delivery-complaint")
def d43():
    body = """Guys,

Got 6 reels of #12 WHT THHN instead of #12 BLK on PO 24-1163, delivered to the Elm St job yesterday. Also one of the reels was crushed on the flange. Need the black out there today - come pick up the white, we didn't order it.

Not happy, this is the second time this month.

Dale Okafor
Foreman | Ridgeway Electric LLC
937-555-0112
"""
    eml = make_eml("Dale Okafor <dale.okafor@ridgewayelectric.com>", "WRONG WIRE - PO 24-1163",
                   when(2026, 3, 10, 7, 3, dst=True), text=body)
    return "eml", eml, not_order(), meta("delivery complaint: wrong colour shipped, damaged reel",
                                         "mentions PO, items, quantity and 'need the black out there today' but asks "
                                         "for a correction of an existing order, not a new one")


# ---------------------------------------------------------------------------------- 44
@doc(44, "consumer-webshop-notification")
def d44():
    html = """<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h2 style="color:#d97706">BrightHome Lighting Store</h2>
<p>Hi Karen,</p><p>Thanks for shopping with us! Your order <b>#BH-558120</b> has been received and will ship within 1-2 business days.</p>
<table width="100%" style="border-collapse:collapse;font-size:14px">
<tr><th align="left">Item</th><th>Qty</th><th align="right">Price</th></tr>
<tr><td>Smart LED A19 Color Bulb 4-Pack</td><td align="center">2</td><td align="right">$39.98</td></tr>
<tr><td>Dimmable LED BR30 Soft White 6-Pack</td><td align="center">1</td><td align="right">$24.99</td></tr>
<tr><td>USB-C Wall Outlet, White</td><td align="center">3</td><td align="right">$62.97</td></tr>
<tr><td colspan="2" align="right">Subtotal</td><td align="right">$127.94</td></tr>
<tr><td colspan="2" align="right">Shipping</td><td align="right">FREE</td></tr>
<tr><td colspan="2" align="right">Tax</td><td align="right">$9.28</td></tr>
<tr><td colspan="2" align="right"><b>Total</b></td><td align="right"><b>$137.22</b></td></tr>
</table>
<p><b>Shipping to:</b><br>Karen Whitlock<br>58 Orchard Hill Ln<br>Bellbrook, OH 45305</p>
<p>Payment: Visa ending 4417</p>
<p style="font-size:12px;color:#888">You received this email because you placed an order at BrightHome Lighting Store. Questions? Reply to this email or visit our Help Center.</p>
</div></body></html>"""
    eml = make_eml("BrightHome Lighting Store <orders@brighthome-shop.example>",
                   "Your BrightHome order #BH-558120 is confirmed!", when(2026, 3, 7, 20, 31), html=html,
                   to="Karen Whitlock <orders@kestrelpointsupply.com>")
    return "eml", eml, not_order(), meta("consumer web-shop order confirmation that landed in the orders inbox",
                                         "itemised 'order' with totals and a ship-to, but to a consumer from a "
                                         "shop, addressed to us by mistake")
