import os, csv, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from common import *
from docs_pdf import ST

B = Font(bold=True)
FILL = PatternFill("solid", fgColor="DDEBF7")
TO = "Meridian Orders <orders@meridianlms.com>"
def att(name): return os.path.join(TMP, name)
XL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

def lab(cust, po, od, rd, cur, st, lines, **extra):
    d = {"kind": "purchase_order", "customer": cust, "po_number": po, "order_date": od}
    if rd != "__absent__": d["requested_date"] = rd
    if cur != "__absent__": d["currency"] = cur
    if st != "__absent__": d["ship_to"] = st
    d["lines"] = lines
    return d

def widths(ws, ws_w):
    for col, w in ws_w.items(): ws.column_dimensions[col].width = w

# ---------------- X01 St Brendan par sheet
def x01():
    wb = Workbook(); ws = wb.active; ws.title = "ED Par"
    ws["A1"] = "St. Brendan RMC - Emergency Dept Supply Room - Par Level Count"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Count date:"; ws["B2"] = dt.date(2026, 12, 2); ws["B2"].number_format = "mm/dd/yyyy"
    ws["D2"] = "Counted by:"; ws["E2"] = "J. Whitfield RN"
    hdr = ["Item #", "Description", "UOM", "Par", "On Hand", "Order"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]: c.font = B; c.fill = FILL
    rows = [("100234", "Glove exam nitrile MED", "BX", 30, 12, 18, "GLN-M"), ("100235", "Glove exam nitrile LRG", "BX", 30, 21, 9, "GLN-L"),
            ("100233", "Glove exam nitrile SM", "BX", 15, 14, 0, "GLN-S"), ("204410", "Syringe 10ml LL", "BX", 10, 3, 7, "SYR-10-LL"),
            ("204405", "Syringe 5ml LL", "BX", 10, 9, 0, "SYR-5-LL"), ("204512", "Needle 25g 5/8", "BX", 8, 2, 6, "NDL-25-58"),
            ("204518", "Needle 18g 1.5 blunt fill", "BX", 6, 1, 5, "NDL-BF-18"), ("301100", "Alcohol prep pad med", "BX", 20, 20, 0, "SWB-ALC"),
            ("302244", "Gauze 4x4 sterile 2s", "BX", 12, 4, 8, "GZ-44-S"), ("303001", "Tape paper 1in", "BX", 6, 5, 1, "TAPE-MP-1"),
            ("550076", "Sharps 2gal red", "EA", 12, 12, None, "SHP-76"), ("412001", "Mask procedure earloop L1", "BX", 10, 0, 10, "MSK-L1"),
            ("600160", "Wipes quat/alc purple top 160", "EA", 24, 10, 14, "DIS-WIPE-160")]
    L = []
    for r in rows:
        ws.append(list(r[:6]))
        if r[5]: L.append(line(r[6], r[1], r[5], r[2], None, r[0]))
    widths(ws, {"A": 10, "B": 34, "C": 6, "D": 6, "E": 9, "F": 8})
    p = att("ED_par_count_12-02.xlsx"); wb.save(p)
    body = ("Hi Meridian,\n\nAttached is this week's ED par count. Please ship the quantities in the Order column only (zeros/blanks = don't send).\n"
            "Charge to blanket PO BPO-2026-014 as usual and deliver to Dock B, attention ED supply room.\n\nThanks,\nJanet Whitfield, RN\nED Unit Supply Coordinator\nSt. Brendan Regional Medical Center\n")
    make_eml("31_stbrendan_ed_par_sheet.eml", "Janet Whitfield <jwhitfield@stbrendanmed.org>", TO, "ED par restock - week of 12/2", "Wed, 02 Dec 2026 07:41:10 -0500", body, [(p, XL)])
    d = lab("St. Brendan Regional Medical Center", "BPO-2026-014", None, None, None, "__absent__", L); del d["order_date"]
    write_label("31_stbrendan_ed_par_sheet.eml", d)

# ---------------- X02 Coastal Pathology order form xlsx
def x02():
    wb = Workbook(); ws = wb.active; ws.title = "Order"
    ws["A1"] = "COASTAL PATHOLOGY SERVICES - CONSUMABLES ORDER"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "PO Number"; ws["B3"] = "CPS-PO-77188"
    ws["A4"] = "Order Date"; ws["B4"] = dt.date(2026, 12, 4); ws["B4"].number_format = "dd/mm/yyyy"
    ws["A5"] = "Deliver To"; ws["B5"] = "Gold Coast Collection Centre, 88 Nerang Street, Southport QLD 4215"
    ws["A6"] = "Required By"; ws["B6"] = dt.date(2026, 12, 10); ws["B6"].number_format = "dd/mm/yyyy"
    for r in range(3, 7): ws.cell(r, 1).font = B
    ws.append([]); ws.append(["Supplier Code", "Description", "Pack", "Qty", "Unit Price (AUD ex GST)", "Line Total"])
    for c in ws[8]: c.font = B; c.fill = FILL
    rows = [("BCT-EDTA-2", "EDTA 2mL paed tube", "100/box", 10, 22.40), ("BCT-SST-35", "SST 3.5mL gold", "100/box", 10, 26.20),
            ("BCN-22", "Multisample needle 22G", "100/box", 6, 18.90), ("BBS-23", "Butterfly 23G", "50/box", 8, 41.00),
            ("SWB-ALC", "Alcohol swabs", "200/box", 20, 3.30), ("TAPE-MP-1", "Micropore 1\"", "12/box", 5, 6.20)]
    L = []
    for i, r in enumerate(rows):
        n = 9 + i
        ws.append([r[0], r[1], r[2], r[3], r[4], f"=D{n}*E{n}"])
        L.append(line(r[0], r[1], r[3], "BX", r[4]))
    n = 9 + len(rows)
    ws.append([None, None, None, None, "Subtotal", f"=SUM(F9:F{n-1})"]); ws.append([None, None, None, None, "GST", f"=F{n}*0.1"]); ws.append([None, None, None, None, "Total", f"=F{n}+F{n+1}"])
    widths(ws, {"A": 14, "B": 30, "C": 10, "D": 6, "E": 22, "F": 12})
    p = att("CPS-PO-77188.xlsx"); wb.save(p)
    body = "Hi all,\n\nOrder for the Southport collection centre attached (CPS-PO-77188). Please note delivery address is the collection centre on Nerang St, not the main lab.\n\nCheers,\nBen\n\nBen Nguyen | Procurement Officer | Coastal Pathology Services\n"
    make_eml("32_coastalpath_cps-po-77188_xlsx.eml", "Ben Nguyen <purchasing@coastalpath.com.au>", TO, "CPS-PO-77188 - collection centre order", "Fri, 04 Dec 2026 11:02:51 +1000", body, [(p, XL)])
    write_label("32_coastalpath_cps-po-77188_xlsx.eml", lab("Coastal Pathology Services Pty Ltd", "CPS-PO-77188", "2026-12-04", "2026-12-10", "AUD",
        ST("Gold Coast Collection Centre", "88 Nerang Street", "Southport", "QLD", "4215", None), L))

# ---------------- X03 Tanjong replenishment xlsx
def x03():
    wb = Workbook(); ws = wb.active; ws.title = "TMG-PO-26-1201"
    ws.append(["TANJONG MEDICAL GROUP - WEEKLY REPLENISHMENT"]); ws["A1"].font = Font(bold=True)
    ws.append(["PO No: TMG/PO/26/1201", None, "Date: 07/12/2026"])
    ws.append(["Item Code", "Item Description", "UOM", "Qty Required", "Remarks"])
    for c in ws[3]: c.font = B; c.fill = FILL
    rows = [("TMG-GL02", "Nitrile Exam Glove PF (M) Blue", "BOX", 40, "", "GLN-M"), ("TMG-GL03", "Nitrile Exam Glove PF (L) Blue", "BOX", 30, "", "GLN-L"),
            ("TMG-GL04", "Nitrile Exam Glove PF (XL) Blue", "BOX", 10, "", "GLN-XL"), ("TMG-SW02", "Cotton Applicator 6\" Non-Sterile (1000s)", "BOX", 5, "", "SWB-CTN-NS"),
            ("TMG-GZ01", "Gauze Swab 2\"x2\" Non-Sterile 8ply", "PKT", 30, "", "GZ-22-NS"), ("TMG-SC01", "Urine Container 60ml Sterile", "CTN", 2, "500 pcs/ctn", "SPC-60"),
            ("TMG-DS02", "Bleach Wipes Canister 150s", "TUB", 24, "urgent - Bedok clinic", "DIS-BLCH-150")]
    L = []
    for r in rows:
        ws.append(list(r[:5])); L.append(line(r[5], r[1], r[3], r[2], None, r[0]))
    widths(ws, {"A": 12, "B": 40, "C": 7, "D": 12, "E": 24})
    p = att("TMG-PO-26-1201.xlsx"); wb.save(p)
    body = "Dear Meridian,\n\nPlease refer to attached weekly replenishment TMG/PO/26/1201. Deliver to our Central Store (71 Ubi Crescent #05-12, Singapore 408571) by Thursday 10/12.\n\nThank you.\n\nBest regards,\nJasmine Lim\nProcurement Executive\nTanjong Medical Group Pte Ltd\n"
    make_eml("33_tanjong_weekly_repl_xlsx.eml", "Jasmine Lim <procurement@tanjongmedical.com.sg>", TO, "Weekly replenishment TMG/PO/26/1201", "Mon, 07 Dec 2026 09:15:02 +0800", body, [(p, XL)])
    write_label("33_tanjong_weekly_repl_xlsx.eml", lab("Tanjong Medical Group Pte Ltd", "TMG/PO/26/1201", "2026-12-07", "2026-12-10", None,
        ST("Tanjong Medical Group - Central Store", "71 Ubi Crescent #05-12", "Singapore", None, "408571", None), L))

# ---------------- X04 Eastgate CSV par
def x04():
    rows = [("Gloves nitrile S", 3, 10, 7, "GLN-S", "box"), ("Gloves nitrile M", 6, 10, 4, "GLN-M", "box"), ("Gloves nitrile L", 8, 8, 0, "GLN-L", "box"),
            ("Alcohol wipes", 4, 6, 2, "SWB-ALC", "box"), ("Syringe 3ml luer lock", 1, 4, 3, "SYR-3-LL", "box"), ("Needle 25g 5/8", 2, 4, 2, "NDL-25-58", "box"),
            ("Needle 23g 1in", 4, 4, 0, "NDL-23-1", "box"), ("Sharps 1L", 2, 8, 6, "SHP-1", "each"), ("Gauze 7.5cm sterile", 5, 5, 0, "GZ-75-S", "box"),
            ("Specimen jars 70ml sterile", 20, 50, 30, None, "each")]
    p = att("eastgate_stock_Dec.csv")
    with open(p, "w", newline="") as f:
        w = csv.writer(f); w.writerow(["Item", "Unit", "On Hand", "Par", "Order"])
        for r in rows: w.writerow([r[0], r[5], r[1], r[2], r[3]])
    L = [line(r[4], r[0], r[3], r[5]) for r in rows if r[3]]
    body = "Hi guys\n\nStock count attached - please send whatever's in the Order column. Same delivery address as always (the practice).\n\nThanks!\nSam Whitehouse\nPractice Nurse, Eastgate Medical Centre\n"
    make_eml("34_eastgate_stock_csv.eml", "Sam Whitehouse <nurses@eastgatemedical.com.au>", TO, "stock order", "Mon, 07 Dec 2026 08:02:37 +1100", body, [(p, "text/csv")])
    write_label("34_eastgate_stock_csv.eml", lab("Eastgate Medical Centre", None, None, None, None, "__absent__", L))

# ---------------- X05 Lifeline GST xlsx
def x05():
    wb = Workbook(); ws = wb.active; ws.title = "PO"
    ws["A1"] = "LIFELINE DIAGNOSTICS PVT LTD"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "PURCHASE ORDER"; ws["A2"].font = B
    ws["A3"] = "PO No:"; ws["B3"] = "LDPL/PO/1131"; ws["D3"] = "Date:"; ws["E3"] = "05/12/2026"
    ws["A4"] = "Deliver to:"; ws["B4"] = "Lifeline Diagnostics - Aundh Collection Centre, Shop 7, Parihar Chowk, Aundh, Pune 411007"
    ws.append([]); ws.append(["S.No", "Item", "HSN", "Qty", "Unit", "Rate", "GST %", "Amount"])
    for c in ws[6]: c.font = B; c.fill = FILL
    rows = [(1, "Sterile Urine Container 60 ml", "3923", 5, "CASE", 2450, 18, "SPC-60"), (2, "Nitrile Gloves M (100)", "4015", 50, "BOX", 430, 12, "GLN-M"),
            (3, "Tourniquet reusable", "9018", 20, "NOS", 65, 12, None), (4, "Alcohol Swab 70% IPA", "3005", 40, "BOX", 175, 12, "SWB-ALC"),
            (5, "Biohazard Specimen Bag 6x9\" (1000)", "3923", 2, "CASE", 3900, 18, "SPC-BAG-69")]
    L = []
    for r in rows:
        n = ws.max_row + 1
        ws.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6], f"=D{n}*F{n}*(1+G{n}/100)"])
        L.append(line(r[7], r[1], r[3], r[4], float(r[5])))
    ws.append([None, None, None, None, None, None, "Total", f"=SUM(H7:H{ws.max_row})"])
    ws.append([]); ws.append(["Note: Rates inclusive of freight. Payment 30 days."])
    widths(ws, {"A": 10, "B": 38, "C": 8, "D": 6, "E": 7, "F": 9, "G": 7, "H": 12})
    p = att("LDPL-PO-1131.xlsx"); wb.save(p)
    body = "Dear Sir,\n\nPFA PO LDPL/PO/1131 for our Aundh collection centre. Please deliver directly to Aundh address mentioned in PO.\n\nRegards,\nNeha Kulkarni\nLifeline Diagnostics Pvt Ltd\n"
    make_eml("35_lifeline_po1131_xlsx.eml", "Accounts & Purchase <purchase@lifelinediag.co.in>", TO, "PO LDPL/PO/1131", "Sat, 05 Dec 2026 12:48:19 +0530", body, [(p, XL)])
    write_label("35_lifeline_po1131_xlsx.eml", lab("Lifeline Diagnostics Pvt Ltd", "LDPL/PO/1131", "2026-12-05", None, "__absent__",
        ST("Lifeline Diagnostics - Aundh Collection Centre", "Shop 7, Parihar Chowk, Aundh", "Pune", None, "411007", None), L))

# ---------------- X06 Klinikum CSV (semicolon, cp1252)
def x06():
    rows = [(10, "10004720", "Handschuh Vinyl puderfrei Gr. M", 60, "PAK", "3,40", "GLV-M"), (20, "10004721", "Handschuh Vinyl puderfrei Gr. L", 60, "PAK", "3,40", "GLV-L"),
            (30, "10007012", "Einmalspritze 10 ml Luer-Lock", 80, "PAK", "14,90", "SYR-10-LL"), (40, "10007005", "Einmalspritze 5 ml Luer-Lock", 60, "PAK", "12,60", "SYR-5-LL"),
            (50, "10007110", "Kanüle 20G x 25 mm gelb", 50, "PAK", "6,10", "NDL-20-1"), (60, "10007121", "Kanüle 21G x 40 mm grün", 50, "PAK", "6,10", "NDL-21-15"),
            (70, "10008001", "Tupfer Mull 10x10 cm steril 8-fach", 40, "PAK", "6,40", "GZ-10-S"), (80, "10006105", "Kanülenabwurfbehälter 5 l", 100, "ST", "3,60", "SHP-5")]
    p = att("Bestellung_4500239104.csv")
    with open(p, "w", newline="", encoding="cp1252") as f:
        f.write("Bestellung;4500239104;Datum;03.12.2026;Lieferant;100417\r\n")
        f.write("Pos;Materialnr;Kurztext;Menge;ME;Nettopreis;Liefertermin\r\n")
        for r in rows: f.write(f"{r[0]};{r[1]};{r[2]};{r[3]};{r[4]};{r[5]};15.12.2026\r\n")
    um = {"PAK": "PK", "ST": "PC"}
    L = [line(r[6], r[2], r[3], um[r[4]], float(r[5].replace(",", ".")), r[1]) for r in rows]
    body = ("Guten Tag,\n\nanbei die Bestellung 4500239104 als CSV-Export (unser Druckserver ist heute gestört, daher kein PDF).\n"
            "Lieferung bitte wie immer an das Zentrallager, Kennedyallee 18, 53175 Bonn, Tor 3.\nPreise in EUR netto.\n\nMit freundlichen Grüßen\nMarkus Brandt\nZentraler Einkauf\nKlinikum Rheinaue gGmbH\n")
    make_eml("36_rheinaue_4500239104_csv.eml", "Markus Brandt <m.brandt@klinikum-rheinaue.de>", TO, "Bestellung 4500239104 (CSV)", "Thu, 03 Dec 2026 10:20:45 +0100", body, [(p, "text/csv")])
    write_label("36_rheinaue_4500239104_csv.eml", lab("Klinikum Rheinaue gGmbH", "4500239104", "2026-12-03", "2026-12-15", "EUR",
        ST(None, "Kennedyallee 18", "Bonn", None, "53175", None), L))

# ---------------- X07 Avonbridge standalone xlsx
def x07():
    wb = Workbook(); ws = wb.active; ws.title = "Purchase Order"
    ws["A1"] = "Avonbridge Analytical Ltd"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Unit 7, Feeder Road Trading Estate, Bristol BS2 0UY"
    ws["A4"] = "PURCHASE ORDER"; ws["A4"].font = Font(bold=True, size=12)
    info = [("PO No.", "PO-AVB-03331"), ("Date", dt.date(2026, 12, 7)), ("Supplier", "Meridian Lab & Medical Supply"), ("Deliver to", "Goods In, Unit 7, Feeder Road Trading Estate, Bristol BS2 0UY"), ("Required", "w/c 14/12/2026")]
    for i, (k, v) in enumerate(info):
        ws.cell(5 + i, 1, k).font = B; c = ws.cell(5 + i, 2, v)
        if isinstance(v, dt.date): c.number_format = "dd/mm/yyyy"
    ws.append([]); ws.append(["Our Ref", "Supplier Code", "Description", "Qty", "Unit", "Unit Price £", "Total £"])
    hr = ws.max_row
    for c in ws[hr]: c.font = B; c.fill = FILL
    rows = [("CONS-0044", "PCR-02-ST", "PCR 8-strip tubes + caps", 4, "pack", 33.00), ("CONS-0045", "MCT-20", "2ml microtubes", 6, "bag", 12.00),
            ("CONS-0012", "PD-90", "Petri dish 90mm triple vent", 2, "case", 60.00), ("CHEM-0301", "RG-PBS-1L", "PBS 1x sterile 1L", 8, "bottle", 18.20),
            ("PPE-0003", "GLN2-M", "Nitrile gloves lavender M (200)", 10, "box", 9.50), ("PPE-0004", "GLN2-L", "Nitrile gloves lavender L (200)", 10, "box", 9.50),
            ("SAF-0010", "SHP-22", "Sharps bin 22L", 2, "each", 9.50)]
    L = []
    for r in rows:
        n = ws.max_row + 1
        ws.append([r[0], r[1], r[2], r[3], r[4], r[5], f"=D{n}*F{n}"]); L.append(line(r[1], r[2], r[3], r[4], r[5], r[0]))
    n = ws.max_row
    ws.append([None, None, None, None, None, "Net", f"=SUM(G{hr+1}:G{n})"]); ws.append([None, None, None, None, None, "VAT 20%", f"=G{n+1}*0.2"]); ws.append([None, None, None, None, None, "Total", f"=G{n+1}+G{n+2}"])
    ws.append([]); ws.append(["Authorised: G. Pryce"])
    widths(ws, {"A": 12, "B": 62, "C": 32, "D": 6, "E": 8, "F": 12, "G": 10})
    ws.column_dimensions["B"].width = 16
    wb.save(os.path.join(OUT, "37_avonbridge_PO-AVB-03331.xlsx"))
    write_label("37_avonbridge_PO-AVB-03331.xlsx", lab("Avonbridge Analytical Ltd", "PO-AVB-03331", "2026-12-07", "__absent__", "GBP",
        ST(None, "Unit 7, Feeder Road Trading Estate", "Bristol", None, "BS2 0UY", None), L))

# ---------------- X08 Harborpoint flat CSV export (standalone)
def x08():
    hdr = ["po_number", "po_date", "vendor", "ship_to_name", "ship_to_address1", "ship_to_city", "ship_to_state", "ship_to_zip", "line_no", "item_id", "vendor_item", "item_desc", "qty", "uom", "unit_cost", "need_by"]
    rows = [(1, "HP-COL-014", "SWB-FLK-UTM", "NP FLOCKED SWAB W UTM 3ML", 6, "BX", 96.00), (2, "HP-COL-005", "BCT-HEP-4", "LI HEP 4ML GREEN", 4, "BX", 24.00),
            (3, "HP-COL-006", "BCT-CIT-27", "NA CITRATE 2.7ML LT BLUE", 4, "BX", 26.50), (4, "HP-PPE-011", "GLN-S", "NITRILE GLOVE SM", 10, "BX", 6.40)]
    p = os.path.join(OUT, "38_harborpoint_po_export_HPD-5577.csv")
    with open(p, "w", newline="") as f:
        w = csv.writer(f); w.writerow(hdr)
        for r in rows:
            w.writerow(["HPD-5577", "2026-12-07", "MERIDIAN LAB & MEDICAL SUPPLY", "Harborpoint Diagnostics", "1601 Thames St Ste 300", "Baltimore", "MD", "21231", r[0], r[1], r[2], r[3], r[4], r[5], f"{r[6]:.4f}", "2026-12-10"])
    L = [line(r[2], r[3], r[4], r[5], r[6], r[1]) for r in rows]
    write_label("38_harborpoint_po_export_HPD-5577.csv", lab("Harborpoint Diagnostics LLC", "HPD-5577", "2026-12-07", "2026-12-10", "__absent__",
        ST("Harborpoint Diagnostics", "1601 Thames St", "Baltimore", "MD", "21231", None), L))

# ---------------- X09 Cape Biolabs xlsx
def x09():
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    ws.append(["Cape Biolabs - order", None, None, None, "Order no.", "CBL-PO-2026-151"])
    ws.append([None, None, None, None, "Date", "07/12/2026"])
    ws.append([])
    ws.append(["Cat no", "Item", "Qty", "Unit", "Price (R)", "Note"])
    for c in ws[4]: c.font = B
    rows = [("RG-GRAM-KIT", "Gram stain kit", 2, "kit", 1150.00, ""), ("SWB-AMIES-C", "Amies charcoal swabs", 3, "box", 690.00, ""),
            ("PD-100", "Petri 100x15", 2, "case", 1090.00, "if no stock send 90mm"), ("LC-M", "Lab coats disposable M", 2, "pack", 330.00, ""),
            ("LC-XL", "Lab coats disposable XL", 1, "pack", 330.00, "")]
    L = []
    for r in rows:
        ws.append(list(r)); L.append(line(r[0], r[1], r[2], r[3], r[4]))
    ws.append([]); ws.append(["Deliver to lab as usual. Prices excl VAT."])
    widths(ws, {"A": 14, "B": 26, "C": 5, "D": 6, "E": 10, "F": 24})
    p = att("CBL order 151.xlsx"); wb.save(p)
    body = "Hi Meridian\n\nAnother small one from us, sheet attached. The Petri 100x15 - if you don't have stock just send the 90mm ones instead, same qty.\n\nThanks\nNadia\n"
    make_eml("39_capebiolabs_cbl-po-2026-151_xlsx.eml", "Nadia Adams <nadia@capebiolabs.co.za>", TO, "order CBL-PO-2026-151", "Mon, 07 Dec 2026 08:44:12 +0200", body, [(p, XL)])
    write_label("39_capebiolabs_cbl-po-2026-151_xlsx.eml", lab("Cape Biolabs (Pty) Ltd", "CBL-PO-2026-151", "2026-12-07", None, "ZAR", "__absent__", L))

# ---------------- X10 Lakeview lab sheet, P-card, two sheets
def x10():
    wb = Workbook(); ws = wb.active; ws.title = "Order"
    ws.append(["Feld Lab - supply order", None, None, None, None]); ws["A1"].font = Font(bold=True)
    ws.append(["Catalog #", "Item", "Qty", "Unit", "Est. price"])
    for c in ws[2]: c.font = B
    rows = [("SP-10", "10 mL serological pipets", 2, "CS", 46.00), ("SP-25", "25 mL serological", 1, "CS", 58.00), (None, None, None, None, None),
            ("CT-15-RK", "15 mL conicals (racked)", 2, "CS", 118.00), ("CT-50-RK", "50 mL conicals (racked)", 2, "CS", 165.00),
            ("RG-TRYP-100", "Trypan blue", 1, "BT", 21.00), ("RG-PBS-500", "PBS 500 mL", 10, "BT", 14.00)]
    L = []
    for r in rows:
        ws.append(list(r))
        if r[0]: L.append(line(r[0], r[1], r[2], r[3], r[4]))
    ws.append(["TOTAL", None, None, None, "=SUMPRODUCT(C3:C9,E3:E9)"])
    widths(ws, {"A": 14, "B": 30, "C": 6, "D": 6, "E": 10})
    ws2 = wb.create_sheet("Vendor info")
    ws2.append(["Vendor", "Meridian Lab & Medical Supply"]); ws2.append(["Account", "LSU-FELD"]); ws2.append(["Payment", "P-card"]); ws2.append(["Last order", "CT-15-RK x3, SP-10 x2 (Oct)"])
    p = att("feld_lab_order_dec.xlsx"); wb.save(p)
    body = ("Hi,\n\nI'd like to place the attached order for the Feld lab. This one goes on my P-card (no PO) - please call me at 608-555-0177 for the card number.\n"
            "Ship to: Lakeview State University, Biochemistry Bldg Rm 331, 433 Babcock Dr, Madison, WI 53706.\n\n"
            "Thanks!\nChris Okonkwo\nGraduate Research Assistant, Feld Lab\nDepartment of Biochemistry, Lakeview State University\n")
    make_eml("40_lakeview_feldlab_pcard_xlsx.eml", "Chris Okonkwo <cokonkwo@lakeviewstate.edu>", TO, "Order for Feld Lab (P-card)", "Fri, 04 Dec 2026 16:30:09 -0600", body, [(p, XL)])
    write_label("40_lakeview_feldlab_pcard_xlsx.eml", lab("Lakeview State University", None, None, None, "__absent__",
        ST("Lakeview State University", "433 Babcock Dr", "Madison", "WI", "53706", None), L))

# ---------------- N05 blank order form (not an order)
def n05():
    wb = Workbook(); ws = wb.active; ws.title = "Order Form"
    ws["A1"] = "KAROO VALLEY HOSPITAL - STOCK REQUISITION / ORDER FORM"; ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "Order No:"; ws["A4"] = "Date:"; ws["A5"] = "Ward / Dept:"; ws["A6"] = "Requested by:"
    ws.append([]); ws.append(["Code", "Description", "Unit", "Qty", "Unit Price", "Total"])
    for c in ws[8]: c.font = B; c.fill = FILL
    for code, d, u in [("300100", "SWAB GAUZE 100X100MM 8PLY STERILE", "BOX"), ("300209", "GLOVE SURG STERILE LATEX SIZE 7", "BOX"), ("300210", "GLOVE SURG STERILE LATEX SIZE 7.5", "BOX"),
                       ("300310", "SYRINGE 10ML LUER SLIP", "BOX"), ("300421", "NEEDLE 21G X 38MM GREEN", "BOX"), ("300901", "ALCOHOL ISOPROPYL 70% 5LT", "EA")]:
        ws.append([code, d, u, None, None, None])
    ws.append([]); ws.append(["Authorised (Stores Manager): ____________________"])
    widths(ws, {"A": 12, "B": 40, "C": 6, "D": 6, "E": 10, "F": 10})
    p = att("KVH_order_form_template_2027.xlsx"); wb.save(p)
    body = ("Good day\n\nFrom January 2027 our wards will send their stock orders on the attached standard form (blank template attached for your reference). "
            "Could your order desk please confirm that you can process orders received in this format? No order is being placed with this e-mail.\n\n"
            "Regards\nThandeka Mokoena\nProcurement Clerk\nKaroo Valley Hospital\n")
    make_eml("61_karoo_blank_order_form.eml", "Thandeka Mokoena <procurement@karoovalley.co.za>", TO, "New order form from January 2027", "Fri, 04 Dec 2026 14:05:33 +0200", body, [(p, XL)])
    write_label("61_karoo_blank_order_form.eml", {"kind": "not_an_order", "lines": []})

if __name__ == "__main__":
    for f in [x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, n05]: f()
    print("sheets done")
