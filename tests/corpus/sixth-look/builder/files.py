"""Spreadsheet, CSV and X12 order files."""
import datetime
import os

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from common import L, expected, fix_zip, ship

FIXED = datetime.datetime(2026, 12, 1, 9, 0, 0)


def _wb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "kitchen"
    wb.properties.lastModifiedBy = "kitchen"
    return wb


def _save(wb, path):
    wb.save(path)
    fix_zip(path)


def marrowbone_guide(out):
    rows = [  # category, item, pack, par, on hand, order, sku, uom
        ("DAIRY", "Heavy cream", "12 qt", 3, 1, 2, "300110", "CS"),
        ("DAIRY", "Butter unsalted", "36 lb", 2, 1, 1, "300130", "CS"),
        ("DAIRY", "Mozz shred", "4/5#", 4, 4, 0, None, None),
        ("DAIRY", "Parm grated", "2/5#", 1, 0, 1, "300128", "CS"),
        ("DAIRY", "Eggs lg", "15 dz", 3, 2, 1, "300140", "CS"),
        ("DRY", "AP flour", "50#", 4, 2, 2, "100101", "BG"),
        ("DRY", "Bread flour", "50#", 2, 2, None, None, None),
        ("DRY", "Sugar gran", "50#", 2, 1, 1, "100110", "BG"),
        ("DRY", "Kosher salt", "12/3#", 1, 1, 0, None, None),
        ("DRY", "Canola fry oil", "35# JIB", 6, 2, 4, "100140", "EA"),
        ("DRY", "EVOO", "4/1 gal", 1, 0, 1, "100144", "CS"),
        ("CANNED", "Whole peeled tom", "6/#10", 3, 1, 2, "200106", "CS"),
        ("DRY", "Chili flakes", "4# tub", 1, 0, 1, None, "EA"),
        ("CANNED", "Diced tom", "6/#10", 4, 1, 3, "200101", "CS"),
        ("FROZEN", "Fries 3/8", "6/5#", 5, 2, 3, "400101", "CS"),
        ("FROZEN", "Wings", "40#", 2, 1, 1, "400112", "CS"),
        ("PAPER", "Hot cups 12", "1000", 1, 1, 0, None, None),
        ("PAPER", "Deli 16 oz", "500", 2, 0, 2, "500121", "CS"),
        ("PAPER", "Deli lids", "500", 2, 1, 1, "500123", "CS"),
        ("CHEM", "Quat sani 2.5", "2/2.5 gal", 1, 0, 1, "600106", "CS"),
    ]
    wb = _wb()
    ws = wb.active
    ws.title = "Order Guide"
    ws["A1"] = "MARROWBONE KITCHEN & BAR - WEEKLY ORDER GUIDE (Brindlewood)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Delivery:"
    ws["B2"] = datetime.date(2026, 12, 16)
    ws["B2"].number_format = "mm/dd/yyyy"
    ws["D2"] = "Counted by:"
    ws["E2"] = "LB"
    hdr = ["Category", "Item", "Pack", "Par", "On Hand", "Order"]
    for i, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=i, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row[:6], 1):
            if v is not None:
                ws.cell(row=r, column=i, value=v)
    ws.column_dimensions["B"].width = 34
    n = "marrowbone_order_guide.xlsx"
    _save(wb, os.path.join(out, n))
    lines = [L(sku, item, order, uom) for _, item, _, _, _, order, sku, uom in rows if order]
    expected(out, n, customer="Marrowbone Kitchen & Bar", requested="2026-12-16", lines=lines,
             phenomenon="XLSX order guide with par / on hand / order; zero and blank order cells "
                        "are not lines; date cell; chili flakes not carried -> null")


def little_fennel_guide(out):
    rows = [  # vendor#, product, unit, par, on hand, order, sku, uom
        ("500101", "Hot cup 8oz", "cs", 2, 1, 1, "500101", "CS"),
        ("500102", "Hot cup 12oz", "cs", 4, 1, 3, "500102", "CS"),
        ("500103", "Hot cup 16oz", "cs", 4, 2, 2, "500103", "CS"),
        ("", "Sip lid 8oz", "cs", 2, 1, 1, "500105", "CS"),
        ("", "Sip lid 12oz", "cs", 4, 1, 3, "500106", "CS"),
        ("", "Sip lid 16/20", "cs", 4, 2, 2, "500107", "CS"),
        ("500113", "Cold cup 24oz", "cs", 1, 1, 0, None, None),
        ("300113", "Oat milk barista", "cs", 6, 2, 4, "300113", "CS"),
        ("300111", "Half & half qt", "cs", 3, 2, 1, "300111", "CS"),
        ("", "Whole milk gal", "cs", 6, 1, 5, "300101", "CS"),
        ("100182", "Decaf beans", "cs", 1, 0, 1, "100182", "CS"),
        ("", "Vanilla syrup 750ml", "cs", 2, 0, 2, None, "CS"),
        ("500142", "Bev napkin", "cs", 1, 1, 0, None, None),
    ]
    wb = _wb()
    ws = wb.active
    ws.title = "Vine St"
    ws["A1"] = "Little Fennel Café - Vine St - weekly par sheet"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "PO #: LF-2320"
    ws["D2"] = "Ship to: 1322 Vine Street, Cincinnati OH 45202"
    hdr = ["Vendor #", "Product", "Unit", "Par", "On hand", "Order"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    for r, row in enumerate(rows, 5):
        for i, v in enumerate(row[:6], 1):
            if v not in ("", None):
                ws.cell(row=r, column=i, value=v)
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Count every Friday before close. Order column = par minus on hand, rounded up."
    notes["A2"] = "Syrups come from the roaster, not Brindlewood - ask Juniper."
    n = "little_fennel_par_sheet.xlsx"
    _save(wb, os.path.join(out, n))
    lines = [L(sku, prod, order, uom, part=None) for _, prod, _, _, _, order, sku, uom in rows
             if order]
    expected(out, n, customer="Little Fennel Café", po="LF-2320",
             ship_to={k: v for k, v in ship(None, "1322 Vine Street", "Cincinnati", "OH", "45202",
                                           "US").items() if k != "name"}, lines=lines,
             phenomenon="XLSX par sheet, PO and ship-to inside cells, our codes on some rows only, "
                        "second sheet of notes, syrup not carried -> null")


def greyfield_csv(out):
    n = "greyfield_inventory_export.csv"
    text = """Greyfield Diner - Inventory Count Export,,,,
Count date,12/12/2026,,,
,,,,
Item,Unit,On Hand,Par,Order Qty
"Beef patties, 4 oz",case,1,4,3
Crinkle fries,case,1,3,2
Tots,case,2,2,0
"Hash brown patties 2.25oz",case,0,2,2
"Eggs, large",case,1,3,2
"Cheese, American white",case,1,2,1
"Ketchup, #10 can",case,0,1,1
Pancake mix 5 lb,bag,1,4,3
"Coffee, ground portion packs",case,1,2,1
Creamer cups,case,0,2,2
"Gloves, nitrile, XL",box,3,10,7
"""
    with open(os.path.join(out, n), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    expected(out, n, customer="Greyfield Diner", lines=[
        L("400120", "Beef patties, 4 oz", 3, "CS"),
        L("400103", "Crinkle fries", 2, "CS"),
        L("400106", "Hash brown patties 2.25oz", 2, "CS"),
        L("300140", "Eggs, large", 2, "CS"),
        L("300123", "Cheese, American white", 1, "CS"),
        L("100171", "Ketchup, #10 can", 1, "CS"),
        L(None, "Pancake mix 5 lb", 3, "BG"),
        L("100180", "Coffee, ground portion packs", 1, "CS"),
        L("300112", "Creamer cups", 2, "CS"),
        L("500133", "Gloves, nitrile, XL", 7, "BX"),
    ], phenomenon="POS inventory CSV with preamble rows; count date is not an order date; "
                  "zero order rows skipped; pancake mix not carried -> null")


def little_fennel_850(out):
    segs = [
        "ISA*00*          *00*          *ZZ*LITTLEFENNEL   *ZZ*BRINDLEWOOD    *261214*0615*U*00401*000002331*0*P*>",
        "GS*PO*LITTLEFENNEL*BRINDLEWOOD*20261214*0615*2331*X*004010",
        "ST*850*0001",
        "BEG*00*SA*LF-2331**20261214",
        "REF*DP*VINE",
        "DTM*002*20261217",
        "N1*BY*LITTLE FENNEL CAFE*92*LFC",
        "N1*ST*LITTLE FENNEL CAFE VINE ST*92*VINE",
        "N3*1322 VINE STREET",
        "N4*CINCINNATI*OH*45202*US",
        "PO1*1*4*CA*61.40**VN*500102*BP*LF-CUP12",
        "PID*F****CUP HOT 12OZ",
        "PO1*2*4*CA*36.10**VN*500106*BP*LF-LID12",
        "PID*F****LID SIP 12OZ",
        "PO1*3*2*CA*66.80**VN*500111*BP*LF-CCUP16",
        "PID*F****COLD CUP 16OZ",
        "PO1*4*2*CA*34.40**VN*500114*BP*LF-CLID",
        "PID*F****COLD LID FLAT",
        "PO1*5*6*CA*22.80**VN*300113*BP*LF-OAT",
        "PID*F****OAT MILK BARISTA",
        "PO1*6*2*CA*84.60**VN*100181*BP*LF-ESP",
        "PID*F****ESPRESSO BEANS",
        "CTT*6",
        "SE*23*0001",
        "GE*1*2331",
        "IEA*1*000002331",
    ]
    n = "little_fennel_850.edi"
    with open(os.path.join(out, n), "w", encoding="ascii", newline="") as f:
        f.write("~\n".join(segs) + "~\n")
    data = [("500102", "LF-CUP12", "CUP HOT 12OZ", 4, 61.40),
            ("500106", "LF-LID12", "LID SIP 12OZ", 4, 36.10),
            ("500111", "LF-CCUP16", "COLD CUP 16OZ", 2, 66.80),
            ("500114", "LF-CLID", "COLD LID FLAT", 2, 34.40),
            ("300113", "LF-OAT", "OAT MILK BARISTA", 6, 22.80),
            ("100181", "LF-ESP", "ESPRESSO BEANS", 2, 84.60)]
    expected(out, n, customer="Little Fennel Café", po="LF-2331", order_date="2026-12-14",
             requested="2026-12-17",
             ship_to=ship("LITTLE FENNEL CAFE VINE ST", "1322 VINE STREET", "CINCINNATI", "OH",
                          "45202", "US"),
             lines=[L(s, d, q, "CS", price=p, part=bp) for s, bp, d, q, p in data],
             phenomenon="X12 850 with VN (our) and BP (buyer) item ids, CA unit, DTM*002, N1*ST")


def build(out):
    marrowbone_guide(out)
    little_fennel_guide(out)
    greyfield_csv(out)
    little_fennel_850(out)
