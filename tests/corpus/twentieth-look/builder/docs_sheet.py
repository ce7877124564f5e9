"""Stand-alone spreadsheet / CSV orders."""
import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from common import L, S, expected, ext, write


def xbytes(wb):
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# S01 Cedar Valley - district order sheet, "School:" header rows
def s01():
    C = "Cedar Valley Unified School District"
    lines = [
        L("JAN-JRT-9-12", "Jumbo roll tissue 9in 2-ply", 6, "CS", 46.80, "CV-JAN-0041", "CS"),
        L("JAN-LNR-3340-CL", "Liner 33x40 clear .9 mil", 4, "CS", 41.00, "CV-JAN-0052", "CS"),
        L("CHM-FIN-5G", "Floor finish 5 gal", 6, "EA", 118.00, "CV-JAN-0017", "EA"),
        L("CHM-STRP-5G", "Floor stripper 5 gal", 3, "EA", 96.00, "CV-JAN-0018", "EA"),
        L("LMP-F32T8-35K", "Lamp F32T8 3500K 4ft", 2, "CS", 71.10, "CV-ELC-0102", "CS"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Order"
    ws["A1"] = "CEDAR VALLEY USD - CUSTODIAL SUPPLY ORDER"
    ws["A1"].font = Font(bold=True, size=13)
    meta = [("PO Number", "2027-00467"), ("PO Date", "12/01/2026"), ("Deliver By", "12/18/2026"),
            ("School", "Hillcrest Middle School"), ("Site #", "031"), ("Address", "905 W Alluvial Ave"),
            ("City/State/Zip", "Fresno, CA 93711"), ("Contact", "Head Custodian - R. Medina")]
    for i, (k, v) in enumerate(meta, start=3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["E3"], ws["F3"] = "Vendor", "Keystone Facility Supply"
    ws["F4"] = "1200 Industrial Pkwy"
    ws["F5"] = "Allentown, PA 18109"
    hdr = ["Line", "District Item #", "Description", "Qty", "UOM", "Unit Price", "Extended"]
    r0 = 13
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=r0, column=c, value=h).font = Font(bold=True)
    for i, ln in enumerate(lines, start=1):
        vals = [i, ln["customer_part"], ln["description"], ln["quantity"], ln["puom"], ln["unit_price"],
                round(ext(ln), 2)]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r0 + i, column=c, value=v)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 30
    exp = expected(C, "2027-00467", "2026-12-01", "2026-12-18", None,
                   S("Hillcrest Middle School", "905 W Alluvial Ave", "Fresno", "CA", "93711", "US"), lines)
    write("s01_cvusd_order_2027-00467.xlsx", xbytes(wb), exp, "xlsx",
          "School / Site # / Address / City-State-Zip as key-value rows; vendor block in adjacent columns")


# S02 Southern Cross - flat ERP CSV export, delivery fields repeated per line
def s02():
    C = "Southern Cross Facilities Pty Ltd"
    lines = [
        L("BLT-A34", "VEE BELT A34", 12, "EA", 11.20, "10002231", "EA"),
        L("BLT-4L380", "VEE BELT 4L380", 6, "EA", 9.10, "10002240", "EA"),
        L("FLT-24242-M13", "FILTER PLEATED 24X24X2 MERV13", 8, "CS", 112.00, "10003301", "CS"),
        L("HVC-COIL-18", "COIL CLEANER FOAMING 18OZ", 2, "CS", 92.00, "10004512", "CS"),
    ]
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["PO_NUMBER", "PO_DATE", "VENDOR", "DELIVERY_LOCATION_CODE", "DELIVERY_LOCATION_NAME",
                "DELIVERY_ADDRESS_1", "DELIVERY_SUBURB", "DELIVERY_STATE", "DELIVERY_POSTCODE",
                "LINE", "MATERIAL", "DESCRIPTION", "QTY", "UOM", "NET_PRICE", "CURRENCY", "DELIVERY_DATE"])
    for i, ln in enumerate(lines, start=1):
        w.writerow(["SCF-450118", "2026-12-04", "0000300871 KEYSTONE FACILITY SUPPLY PTY LTD", "2210",
                    "Chatswood Chase Retail Centre", "345 Victoria Avenue", "CHATSWOOD", "NSW", "2067",
                    i * 10, ln["customer_part"], ln["description"], ln["quantity"], ln["puom"],
                    f"{ln['unit_price']:.2f}", "AUD", "2026-12-11"])
    exp = expected(C, "SCF-450118", "2026-12-04", "2026-12-11", "AUD",
                   S("Chatswood Chase Retail Centre", "345 Victoria Avenue", "Chatswood", "NSW", "2067", "AU"), lines)
    write("s02_southerncross_po_SCF-450118.csv", b.getvalue(), exp, "csv",
          "Delivery location columns repeated on every row of a flat ERP export (AU suburb/state/postcode)")


# S03 Lakeshore - order-form CSV with "Location" + address row above the items
def s03():
    C = "Lakeshore Diner Co."
    lines = [
        L("CHM-DGR-1G", "Degreaser 4x1gal", 2, "CS", puom="case"),
        L("CHM-GLS-32", "Glass cleaner 32oz", 1, "CS", puom="case"),
        L("CHM-SOAP-F1000", "Foam hand soap refills", 2, "CS", puom="case"),
        L("SAF-NIT-XL", "Nitrile gloves XL", 6, "BX", puom="box"),
    ]
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["Lakeshore Diner Co. - weekly supply order", "", "", ""])
    w.writerow(["PO", "LD-1219", "", ""])
    w.writerow(["Date", "12/05/2026", "", ""])
    w.writerow(["Location", "Lakeshore Diner #7", "", ""])
    w.writerow(["Address", "1623 Sherman Ave", "Evanston IL 60201", ""])
    w.writerow(["", "", "", ""])
    w.writerow(["Item", "Qty", "Unit", "Notes"])
    notes = ["", "", "the pink one", "not L this time"]
    for ln, n in zip(lines, notes):
        w.writerow([ln["description"], ln["quantity"], ln["puom"], n])
    exp = expected(C, "LD-1219", "2026-12-05", None, None,
                   S("Lakeshore Diner #7", "1623 Sherman Ave", "Evanston", "IL", "60201", "US"), lines)
    write("s03_lakeshore_order_LD-1219.csv", b.getvalue(), exp, "csv",
          "Location + Address rows above the item table (city/state/zip in the next cell)")


# S04 Fraser Peaks - location code on the order sheet, address on a second sheet
def s04():
    C = "Fraser Peaks Restaurant Group"
    lines = [
        L("CHM-QDIS-1G", "Quat sanitizer concentrate 4x1gal", 2, "CS", 64.80, "FP-CH-09", "CS"),
        L("CHM-SOAP-F1000", "Foam hand soap 1000ml", 2, "CS", 58.20, "FP-PP-15", "CS"),
        L("LMP-A19-9W-30K", "LED A19 9W 3000K 6pk", 4, "PK", 14.90, "FP-MN-21", "PK"),
        L("LMP-PAR38-15W-40K", "PAR38 15W 4000K flood", 6, "EA", 9.85, "FP-MN-24", "EA"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Order"
    ws.append(["Fraser Peaks Restaurant Group - Supply Order"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Order #", "FP-0901"])
    ws.append(["Order Date", "2026-12-04"])
    ws.append(["Deliver to location", "FP-105", "(see Locations tab)"])
    ws.append(["Supplier", "Keystone Facility Supply Canada Inc."])
    ws.append([])
    ws.append(["FP Code", "Description", "Qty", "Unit", "Price", "Total"])
    for c in range(1, 7):
        ws.cell(row=8, column=c).font = Font(bold=True)
    for ln in lines:
        ws.append([ln["customer_part"], ln["description"], ln["quantity"], ln["puom"], ln["unit_price"],
                   round(ext(ln), 2)])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 36
    loc = wb.create_sheet("Locations")
    loc.append(["Code", "Name", "Street", "City", "Prov", "Postal Code"])
    for row in [["FP-101", "Fraser Peaks Robson", "1188 Robson St", "Vancouver", "BC", "V6E 1B2"],
                ["FP-105", "Fraser Peaks Kelowna", "1950 Harvey Ave", "Kelowna", "BC", "V1Y 8J8"],
                ["FP-112", "Fraser Peaks Kingsway", "4700 Kingsway", "Burnaby", "BC", "V5H 4M1"],
                ["FP-118", "Fraser Peaks Lonsdale Quay", "123 Carrie Cates Ct", "North Vancouver", "BC", "V7M 3K7"],
                ["HO", "Head Office", "1055 W Hastings St, Suite 1700", "Vancouver", "BC", "V6E 2E9"]]:
        loc.append(row)
    exp = expected(C, "FP-0901", "2026-12-04", None, None,
                   S("Fraser Peaks Kelowna", "1950 Harvey Ave", "Kelowna", "BC", "V1Y 8J8", "CA"), lines)
    write("s04_fraserpeaks_order_FP-0901.xlsx", xbytes(wb), exp, "xlsx",
          "Location code only on the order sheet; address on a separate 'Locations' sheet")


ALL = [s01, s02, s03, s04]
