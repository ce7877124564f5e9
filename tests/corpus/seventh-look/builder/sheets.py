"""Spreadsheet, CSV and X12 documents."""
import csv
import datetime
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font

from catalog import ROWS
from common import L, ST, X, doc, eml
from mails_a import HARLAN, HELEN, MILL, PENN

FIXED = datetime.datetime(2026, 11, 30, 8, 0, 0)


def _xlsx(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "storeroom"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-30T08:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


MINMAX = [
    ("A-01-03", "P2-00118", "BRG 6204 2RS", "BB6204-2RS", 10, 30, 6, 24, "EA"),
    ("A-01-04", "P2-00119", "BRG 6205 2RS", "BB6205-2RS", 10, 30, 22, 0, "EA"),
    ("A-01-05", "P2-00120", "BRG 6206 2RS", "BB6206-2RS", 6, 20, 4, 16, "EA"),
    ("A-02-01", "P2-00210", "BELT B55", "VB-B55", 4, 8, 1, 7, "EA"),
    ("A-02-02", "P2-00211", "BELT A42", "VB-A42", 2, 6, 6, 0, "EA"),
    ("A-02-05", "P2-00215", "BELT 3VX500", "", 4, 10, 3, 7, "EA"),
    ("B-04-01", "P2-00480", "FG GREASE TUBE", "LU-FG2-T", 24, 60, 20, 40, "EA"),
    ("B-04-02", "P2-00481", "FG HYD OIL 46 5G", "LU-FH46-5", 2, 6, 1, 5, "PAIL"),
    ("C-01-01", "P2-00610", "GLOVE NITRILE L", "SF-NIT6-L", 10, 30, 12, 18, "BX"),
    ("C-01-02", "P2-00611", "GLOVE NITRILE XL", "SF-NIT6-XL", 10, 30, 31, 0, "BX"),
    ("C-02-07", "P2-00640", "EARPLUGS", "SF-EP32", 2, 6, 2, 4, "BX"),
    ("D-03-02", "P2-00720", "PTC STR 3/8 X 1/4", "PT-S0604", 10, 40, 15, 25, "EA"),
]


def harlan_minmax():
    wb = Workbook()
    ws = wb.active
    ws.title = "Reorder"
    ws["A1"] = "Harlan Foods Inc. - Plant 2 Storeroom - Min/Max Reorder Report"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vendor: RIDGELINE INDUSTRIAL SUPPLY"
    ws["A3"] = "PO #: 77175"
    ws["D3"] = "PO Date: 11/30/2026"
    ws["A4"] = "Ship to: Plant 2 Storeroom, 4410 Orchard Industrial Dr, Fremont OH 43420"
    ws["A5"] = "Order only lines with Reorder Qty > 0"
    head = ["Bin", "Stock #", "Description", "Vendor P/N", "Min", "Max", "On Hand", "Reorder Qty", "UOM"]
    ws.append([])
    ws.append(head)
    for c in ws[7]:
        c.font = Font(bold=True)
    for r in MINMAX:
        ws.append(list(r))
    ws.append([])
    ws.append(["", "", "Items below min: 8", "", "", "", "", "=SUM(H8:H19)", ""])
    for col, wdt in zip("ABCDEFGHI", [9, 10, 22, 13, 6, 6, 8, 11, 6]):
        ws.column_dimensions[col].width = wdt
    lines = []
    for b, stock, d, vp, mn, mx, oh, rq, u in MINMAX:
        if rq:
            sku = vp or "VB-3VX500"
            lines.append(L(sku, rq, "PL" if u == "PAIL" else u, d, None, stock))
    return _xlsx(wb), X("purchase_order", HARLAN, "77175", "2026-11-30", None, None,
                        ST("Plant 2 Storeroom", "4410 Orchard Industrial Dr", "Fremont", "OH", "43420"), lines)


def pennine_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "PO"
    rows = [["PENNINE FABRICATION LTD", "", "", "", "PURCHASE ORDER"],
            ["Unit 6, Calder Vale Trading Estate, Halifax HX3 5QR", "", "", "", "Order No:", "PF/PO/7760"],
            ["VAT Reg GB 318 4402 77", "", "", "", "Date:", "02/12/2026"],
            ["Supplier: Ridgeline Industrial Supply", "", "", "", "Delivery date:", "18/12/2026"],
            [],
            ["Deliver to: Pennine Fabrication Ltd, Unit 6, Calder Vale Trading Estate, Halifax, HX3 5QR"],
            [],
            ["Line", "Description", "Supplier Code", "Qty", "Unit", "Price (GBP)", "Value (GBP)"]]
    items = [(1, "Deep groove bearing 6207 2RS", "BB6207-2RS", 10, "each", 6.90, "BB6207-2RS", "EA"),
             (2, "Flap disc 115mm 60 grit", "", 5, "box", 41.00, "AB-FD45-60", "BX"),
             (3, "Cutting disc 125 x 1.2mm", "", 3, "box", 36.50, "AB-CO50", "BX"),
             (4, "M10 nuts grade 8", "", 1, "box", 7.20, "FN-M10-8", "BX"),
             (5, "Nitrile gloves size 10 (XL)", "", 4, "box", 12.40, "SF-NIT6-XL", "BX"),
             (6, "Hi-vis vest, large", "", 10, "each", 6.95, "SF-VST2-L", "EA")]
    for r in rows:
        ws.append(r)
    for n, d, code, q, u, p, _, _ in items:
        ws.append([n, d, code or None, q, u, p, round(q * p, 2)])
    ws.append([])
    ws.append(["", "", "", "", "", "Net", sum(round(i[3] * i[5], 2) for i in items)])
    ws.append(["", "", "", "", "", "VAT 20%", round(sum(i[3] * i[5] for i in items) * 0.2, 2)])
    ws.append(["", "Please quote our order number on all delivery notes."])
    ws["A1"].font = Font(bold=True, size=14)
    lines = [L(sku, q, uom, d, p) for n, d, code, q, u, p, sku, uom in items]
    data = _xlsx(wb)
    return eml(HELEN, "Purchase Order PF/PO/7760", "Wed, 02 Dec 2026 10:31:00 +0000",
               "Hi,\n\nPlease find attached our order PF/PO/7760.\n\nRegards,\nHelen\n\n"
               "Helen Ashworth\nPurchasing | Pennine Fabrication Ltd\n",
               attachments=[("PF-PO-7760.xlsx", data,
                             "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]), \
        X("purchase_order", PENN, "PF/PO/7760", "2026-12-02", "2026-12-18", "GBP",
          ST("Pennine Fabrication Ltd", "Unit 6, Calder Vale Trading Estate", "Halifax", None, "HX3 5QR", "GB"),
          lines)


def millbrook_csv():
    head = ["WO#", "Asset", "Asset Description", "Part No", "Part Description", "Qty Req", "UOM",
            "Vendor", "Vendor Part", "Unit Cost", "Need By", "Requested By", "PO"]
    rows = [
        ["WO-88121", "AHU-3", "Air handler 3 Lincoln Elem", "MB-BLT-0048", "BELT, V A48", "2", "EA",
         "Ridgeline", "A48", "9.85", "12/18/2026", "jwhite", "2027-00461", "VB-A48"],
        ["WO-88121", "AHU-3", "Air handler 3 Lincoln Elem", "MB-BRG-0205", "BEARING 6205 ZZ", "2", "EA",
         "Ridgeline", "", "4.95", "12/18/2026", "jwhite", "2027-00461", "BB6205-ZZ"],
        ["WO-88140", "BLR-1-P2", "Boiler 1 circ pump MHS", "MB-CAP-0088", "CAPACITOR START 88-108UF", "1", "EA",
         "Ridgeline", "EL-SC88", "9.80", "12/18/2026", "mgarza", "2027-00461", "EL-SC88"],
        ["WO-88140", "BLR-1-P2", "Boiler 1 circ pump MHS", "MB-CAP-0040", "CAPACITOR RUN 40UF 370V", "1", "EA",
         "Ridgeline", "", "10.60", "12/18/2026", "mgarza", "2027-00461", "EL-RC40"],
        ["WO-88152", "SHOP", "Maint shop stock", "MB-ELE-0100", "WIRE NUTS YELLOW", "2", "BX",
         "Ridgeline", "", "11.20", "12/18/2026", "mgarza", "2027-00461", "EL-WN-Y"],
        ["WO-88152", "SHOP", "Maint shop stock", "MB-FUS-0060", "FUSE 60A TIME DELAY 250V", "1", "BX",
         "Ridgeline", "", "71.00", "12/18/2026", "mgarza", "2027-00461", "EL-FTD60"],
        ["WO-88160", "KIT-MIX-2", "Kitchen mixer conveyor MS", "MB-PB-0100", "PILLOW BLOCK 1IN 2 BOLT", "2",
         "EA", "Ridgeline", "", "21.50", "12/18/2026", "jwhite", "2027-00461", "PB-UCP205-16"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        w.writerow(r[:-1])
    lines = [L(r[13], int(r[5]), r[6], r[4], float(r[9]), r[3]) for r in rows]
    return buf.getvalue().encode("utf-8"), X("purchase_order", MILL, "2027-00461", None, "2026-12-18", None,
                                             None, lines)


def _gtin_of(sku):
    return [r for r in ROWS if r[0] == sku][0][4]


def harlan_x12():
    gt = _gtin_of("LU-EP2-K120")
    assert gt
    t1 = ["ST*850*0001", "BEG*00*SA*77190**20261202", "REF*DP*P2", "DTM*002*20261209",
          "N1*BY*HARLAN FOODS INC.*92*HF01", "N1*ST*HARLAN FOODS PLANT 2*92*P2",
          "N3*4410 ORCHARD INDUSTRIAL DR", "N4*FREMONT*OH*43420*US",
          "PO1*1*12*EA*4.95**VP*BB6205-2RS*BP*P2-00119", "PID*F****BRG 6205 2RS",
          "PO1*2*4*EA*14.2**VP*VB-B55*BP*P2-00210", "PID*F****BELT B55",
          "PO1*3*2*CA*91**VP*LU-FG2-C10*BP*P2-00482", "PID*F****FG GREASE TUBES CS/10",
          "PO1*4*10*FT*3.6**BP*P2-00355", "PID*F****HOSE HYD 1/2 2-WIRE",
          "PO1*5*1*EA*349**EN*%s" % gt, "PID*F****GREASE EP2 KEG 120LB", "CTT*5"]
    t2 = ["ST*850*0002", "BEG*00*SA*77191**20261202", "DTM*002*20261216",
          "N1*ST*HARLAN FOODS PLANT 2*92*P2", "N3*4410 ORCHARD INDUSTRIAL DR", "N4*FREMONT*OH*43420*US",
          "PO1*1*20*EA*6.4**VP*LU-EP2-T*BP*P2-00470", "PO1*2*2*BX*27.6**VP*SF-GL-CLR*BP*P2-00620", "CTT*2"]
    segs = ["ISA*00*          *00*          *ZZ*HARLANFOODS    *ZZ*RIDGELINEIND   *261202*0915*U*00401*000004417*0*P*>",
            "GS*PO*HARLANFOODS*RIDGELINEIND*20261202*0915*4417*X*004010"]
    for t in (t1, t2):
        segs += t + ["SE*%d*%s" % (len(t) + 1, t[0].split("*")[2])]
    segs += ["GE*2*4417", "IEA*1*000004417"]
    data = ("~\n".join(segs) + "~\n").encode("ascii")
    exp = X("purchase_order", HARLAN, "77190", "2026-12-02", "2026-12-09", None,
            ST("HARLAN FOODS PLANT 2", "4410 ORCHARD INDUSTRIAL DR", "FREMONT", "OH", "43420"), [
                L("BB6205-2RS", 12, "EA", "BRG 6205 2RS", 4.95, "P2-00119"),
                L("VB-B55", 4, "EA", "BELT B55", 14.20, "P2-00210"),
                L("LU-FG2-C10", 2, "CS", "FG GREASE TUBES CS/10", 91.00, "P2-00482"),
                L("HH-R2-8", 10, "FT", "HOSE HYD 1/2 2-WIRE", 3.60, "P2-00355"),
                L("LU-EP2-K120", 1, "EA", "GREASE EP2 KEG 120LB", 349.00, None)])
    return data, exp


def build():
    d, e = harlan_minmax()
    doc("f05_harlan_minmax.xlsx", d, e)
    d, e = pennine_xlsx()
    doc("f06_pennine_xlsx_attached.eml", d, e)
    d, e = millbrook_csv()
    doc("f07_millbrook_cmms_export.csv", d, e)
    d, e = harlan_x12()
    doc("f08_harlan_850.x12", d, e)
