from lib import *
import io, csv
from openpyxl import Workbook
from openpyxl.styles import Font

def xlsx_bytes(rows_fn):
    wb = Workbook(); ws = wb.active
    rows_fn(ws)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def build():
    # X1 caterer spreadsheet attached
    def s1(ws):
        ws.title = "Drinks order"
        ws.append(["GREENLEAF EVENTS CATERING - DRINKS ORDER"]); ws["A1"].font = Font(bold=True, size=14)
        ws.append([])
        ws.append(["Event:", "Fenwick Corporate Dinner"])
        ws.append(["Our PO:", "GL-EVT-0960"])
        ws.append(["Order date:", "04/12/2026"])
        ws.append(["Delivery:", "Tuesday 15/12/2026, 9am"])
        ws.append(["Venue:", "The Orangery"])
        ws.append(["Address:", "Ilchester Place, Holland Park, London W8 6LU"])
        ws.append([])
        ws.append(["Item", "Size", "Qty", "Unit", "Notes"])
        for r in [("House Red Merlot", "75cl case of 6", 8, "cases", ""),
                  ("House White Sauvignon", "75cl case of 6", 10, "cases", ""),
                  ("Champagne Delorme Brut", "Magnum", 6, "btl", "for toast"),
                  ("Peroni Nastro Azzurro 0.0", "24x330ml", 2, "cases", ""),
                  ("Coca-Cola glass", "24x200ml", 3, "cases", ""),
                  ("Diet Coke glass", "24x200ml", 2, "cases", ""),
                  ("Still water glass", "12x750ml", 12, "cases", ""),
                  ("Sparkling water glass", "12x750ml", 12, "cases", ""),
                  ("Napkins black 3ply", "40cm x100", 5, "packs", "")]:
            ws.append(list(r))
        ws.append([]); ws.append(["", "", "", "", "Prices as per account"])
        for col, w in zip("ABCDE", (30, 18, 8, 8, 20)):
            ws.column_dimensions[col].width = w
    d = xlsx_bytes(s1)
    eml("53_greenleaf_xlsx.eml", "Olivia Grant <olivia@greenleafcatering.co.uk>", "Drinks order - Fenwick dinner (spreadsheet attached)",
        dt(2026,12,4,12,12), "Hi, spreadsheet attached for the Fenwick dinner at The Orangery. Shout if anything's out of stock.\n\nOlivia\n",
        label(customer=cname("C004"), po="GL-EVT-0960", od="2026-12-04", rd="2026-12-15", cur=None,
              ship_to=ship("The Orangery","Ilchester Place","London",None,"W8 6LU","GB"), lines=[
            L("WN-1002",None,"House Red Merlot 75cl case of 6",8,"CS"),
            L("WN-1005",None,"House White Sauvignon 75cl case of 6",10,"CS"),
            L("WN-1803",None,"Champagne Delorme Brut Magnum",6,"EA"),
            L("BR-2015",None,"Peroni Nastro Azzurro 0.0 24x330ml",2,"CS"),
            L("SD-4004",None,"Coca-Cola glass 24x200ml",3,"CS"),
            L("SD-4005",None,"Diet Coke glass 24x200ml",2,"CS"),
            L("SD-4053",None,"Still water glass 12x750ml",12,"CS"),
            L("SD-4054",None,"Sparkling water glass 12x750ml",12,"CS"),
            L("CN-5012",None,"Napkins black 3ply 40cm x100",5,"PK")]),
        "Email with caterer's XLSX order sheet (header block + item table), venue ship-to",
        attachments=[("Fenwick_dinner_drinks.xlsx", d, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # X2 NZ caterer CSV attached
    buf = io.StringIO(); w = csv.writer(buf)
    w.writerow(["PO","WSC-2026-151"]); w.writerow(["Date","7/12/2026"]); w.writerow(["Deliver","18/12/2026"])
    w.writerow([])
    w.writerow(["Supplier code","Item","Qty","UOM","Price NZD"])
    for r in [("WN-1204","Kiwi Cove Sauvignon Blanc 2024 12x75cl","4","CS","201.00"),
              ("WN-1702","Clos Aubert Pinot Noir 2023","24","BTL","23.50"),
              ("BR-2073","Old Mout Kiwi & Lime 12x500ml","6","CS","42.00"),
              ("BR-2032","Heineken btl 24x330","6","CS","48.00"),
              ("SD-4054","Sparkling water 12x750 glass","8","CS","21.50")]:
        w.writerow(r)
    eml("54_wharfst_csv.eml", "Aroha Tane <aroha@wharfstreetcatering.co.nz>", "PO WSC-2026-151 (csv)",
        dt(2026,12,7,9,20,13), "Kia ora, PO attached as csv. Delivery to the kitchen as usual.\nNgā mihi, Aroha\n",
        label(customer=cname("C022"), po="WSC-2026-151", od="2026-12-07", rd="2026-12-18", cur="NZD", ship_to=None, lines=[
            L("WN-1204",None,"Kiwi Cove Sauvignon Blanc 2024 12x75cl",4,"CS",201.00),
            L("WN-1702",None,"Clos Aubert Pinot Noir 2023",24,"EA",23.50),
            L("BR-2073",None,"Old Mout Kiwi & Lime 12x500ml",6,"CS",42.00),
            L("BR-2032",None,"Heineken btl 24x330",6,"CS",48.00),
            L("SD-4054",None,"Sparkling water 12x750 glass",8,"CS",21.50)]),
        "Email with CSV attachment (key/value header rows then item table), NZD, d/m/yyyy",
        attachments=[("WSC-2026-151.csv", buf.getvalue().encode("utf-8"), "text/csv")])

    # X3 standalone XLSX: Lakeshore order form, buyer item numbers
    def s3(ws):
        ws.title = "PO"
        ws.append(["Lakeshore Hospitality Group", "", "", "", "PURCHASE ORDER"])
        ws.append(["Vendor: Cellarline Drinks Distribution"])
        ws.append(["PO #", "LHG-20977", "", "PO Date", "12/07/2026"])
        ws.append(["Ship To", "Lakeshore Riverside Hotel, 180 N Wacker Drive, Chicago, IL 60606", "", "Need By", "12/18/2026"])
        ws.append([])
        ws.append(["LHG Item", "Description", "Qty", "UOM", "Unit Cost (USD)", "Ext"])
        for r in [("40112", "Tanqueray 1L", 12, "BTL", 31.00), ("40120", "Jack Daniel's 1L", 12, "BTL", 36.00),
                  ("40122", "Jameson 1L", 12, "BTL", 33.00), ("40150", "Olmeca Blanco 1L", 6, "BTL", 29.00),
                  ("40190", "Red Bull 24/250ml", 6, "CS", 38.00), ("40192", "Red Bull Sugar Free 24/250ml", 3, "CS", 38.00)]:
            ws.append(list(r) + [r[2] * r[4]])
        ws.append(["", "", "", "", "Total", 1716.00])
    d = xlsx_bytes(s3)
    open(os.path.join(OUT, "55_lakeshore_order_form.xlsx"), "wb").write(d)
    write_label("55_lakeshore_order_form.xlsx", label(customer=cname("C020"), po="LHG-20977", od="2026-12-07", rd="2026-12-18", cur="USD",
        ship_to=ship("Lakeshore Riverside Hotel","180 N Wacker Drive","Chicago","IL","60606","US"), lines=[
            L("SP-3012","40112","Tanqueray 1L",12,"EA",31.00),
            L("SP-3044","40120","Jack Daniel's 1L",12,"EA",36.00),
            L("SP-3042","40122","Jameson 1L",12,"EA",33.00),
            L("SP-3072","40150","Olmeca Blanco 1L",6,"EA",29.00),
            L("SD-4041","40190","Red Bull 24/250ml",6,"CS",38.00),
            L("SD-4042","40192","Red Bull Sugar Free 24/250ml",3,"CS",38.00)]))
    DOCS.append(("55_lakeshore_order_form.xlsx", "Standalone XLSX order form, US hotel group, buyer item numbers, USD"))

    # X4 standalone CSV: off-licence EPOS export, SKUs only
    rows = [["sku","description","qty"],
            ["wn1001","HOUSE MERLOT 75CL","12"],["wn1004","HOUSE SAUV 75CL","12"],["wn1006","HOUSE ROSE 75CL","12"],
            ["br2014","PERONI CAN 24PK","4"],["br2062","CORONA 12PK","6"],["sp3021","SMIRNOFF RED 70CL","6"],
            ["sp3031","BACARDI 70CL","4"],["sd4041","RED BULL 24X250","2"]]
    buf = io.StringIO(); csv.writer(buf).writerows(rows)
    open(os.path.join(OUT, "56_epos_reorder_export.csv"), "w", encoding="utf-8", newline="").write(buf.getvalue())
    write_label("56_epos_reorder_export.csv", label(customer=None, po=None, od=None, rd=None, cur=None, ship_to=None, lines=[
            L("WN-1001",None,"HOUSE MERLOT 75CL",12,"EA"),
            L("WN-1004",None,"HOUSE SAUV 75CL",12,"EA"),
            L("WN-1006",None,"HOUSE ROSE 75CL",12,"EA"),
            L("BR-2014",None,"PERONI CAN 24PK",4,"CS"),
            L("BR-2062",None,"CORONA 12PK",6,"CS"),
            L("SP-3021",None,"SMIRNOFF RED 70CL",6,"EA"),
            L("SP-3031",None,"BACARDI 70CL",4,"EA"),
            L("SD-4041",None,"RED BULL 24X250",2,"CS")]))
    DOCS.append(("56_epos_reorder_export.csv", "Standalone CSV EPOS re-order export: lower-case dashless SKUs, no header info at all (customer unknown)"))
