"""Spreadsheet, CSV and X12 documents."""
import datetime
import io

import openpyxl
from openpyxl.styles import Font

from catalog import gtin_of
from common import L, eml, fix_zip, order, ship


def _save(wb):
    wb.properties.creator = "office"
    wb.properties.created = datetime.datetime(2026, 11, 1)
    wb.properties.modified = datetime.datetime(2026, 11, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


PAR = [("Gloves nitrile violet S", 20, 12, 8, "GLV1012", "BX"),
       ("Gloves nitrile violet M", 30, 9, 21, "GLV1013", "BX"),
       ("Gloves nitrile violet L", 20, 20, 0, None, "BX"),
       ("Gloves nitrile violet XL", 5, 2, 3, "GLV1015", "BX"),
       ("Syringe 3mL LL no ndl", 6, 4, 2, "SYR2003", "BX"),
       ("Syringe 10mL LL no ndl", 3, 3, None, None, "BX"),
       ("Needle 25G 5/8", 6, 1, 5, "NDL3010", "BX"),
       ("Needle 23G 1", 4, 2, 2, "NDL3009", "BX"),
       ("Gauze 2x2 12ply NS (sleeve)", 10, 3, 7, "GZE4002", "SLV"),
       ("Table paper 18 crepe (case)", 4, 1, 3, "TBL6002", "CS"),
       ("Sharps 1 qt", 12, 10, 2, "SHP7001", "EA"),
       ("Sharps 5 gal", 2, 0, 2, "SHP7004", "EA"),
       ("Wipes purple top canister", 24, 10, 14, "DIS8001", "EA"),
       ("Exam gowns paper (case)", 2, 1, 1, "TBL6011", "CS"),
       ("Suture 4-0 nylon", 2, 2, 0, None, "BX")]


def brightwater_par():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dec par"
    ws["A1"] = "Brightwater Family Practice - Eastside Clinic - Supply Par Sheet"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Counted by: J. Ortiz"
    ws["D2"] = "Count date:"
    ws["E2"] = datetime.date(2026, 12, 3)
    ws["E2"].number_format = "mm/dd/yyyy"
    ws.append([])
    ws.append(["Item", "Par", "On Hand", "Order", "Notes"])
    for c in ws[4]:
        c.font = Font(bold=True)
    for name, par, oh, q, *_ in PAR:
        note = "mfr backorder - skip" if name.startswith("Syringe 10") else None
        ws.append([name, par, oh, q, note])
    ws.column_dimensions["A"].width = 32
    data = _save(wb)
    exp = order("Brightwater Family Practice", "BFP-1170",
                [L(r[4], r[3], r[5], r[0]) for r in PAR if r[3]],
                ship={"street": "915 Cascade Way SE", "city": "Salem", "region": "OR",
                      "postal_code": "97317", "country": "US"})
    mail = eml('"Marisol Tran" <mtran@brightwaterfp.org>', "Eastside par sheet - BFP-1170",
               "Thu, 03 Dec 2026 16:45:00 -0800",
               "Hi,\n\nAttached is the Eastside par sheet. Please ship whatever is in the "
               "Order column to Eastside (915 Cascade Way SE, Salem OR 97317). PO is "
               "BFP-1170.\n\nThanks!\nMarisol\n",
               attachments=[("Eastside par Dec.xlsx",
                             "application/vnd.openxmlformats-officedocument."
                             "spreadsheetml.sheet", data)])
    return ("s01-brightwater-par-xlsx", "eml", mail, exp)


AU = [("DEN10001", "Bibs blue 2ply", 4, "ctn", 29.90, "DEN10001", "CS"),
      ("DEN10011", "Prophy angle soft", 2, "box", 41.50, "DEN10011", "BX"),
      ("", "Saliva ejectors white tip", 6, "bag", 4.60, "DEN10022", "BG"),
      ("GLV1012", "Nitrile violet S", 10, "box", 13.20, "GLV1012", "BX"),
      ("GLV1013", "Nitrile violet M", 10, "box", 13.20, "GLV1013", "BX"),
      ("", "Alginate regular 1lb", 3, "each", 14.50, "DEN10031", "EA")]


def southbank_form():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Order"
    ws["A1"] = "SOUTHBANK SMILES DENTAL"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Purchase Order"
    ws["A4"], ws["B4"] = "PO Number:", "SBS-0351"
    ws["A5"], ws["B5"] = "Date:", datetime.date(2026, 12, 3)
    ws["B5"].number_format = "dd/mm/yyyy"
    ws["A6"], ws["B6"] = "Required by:", datetime.date(2026, 12, 14)
    ws["B6"].number_format = "dd/mm/yyyy"
    ws["A7"], ws["B7"] = "Supplier:", "Northfield Clinical Supply"
    ws["D4"], ws["E4"] = "Deliver to:", "Southbank Smiles Dental"
    ws["E5"] = "Level 2, 88 Grey St"
    ws["E6"] = "South Brisbane QLD 4101"
    ws.append([])
    ws.append(["Supplier Code", "Description", "Qty", "Unit", "Unit Price (AUD)", "Total"])
    for c in ws[9]:
        c.font = Font(bold=True)
    for code, d, q, u, p, *_ in AU:
        ws.append([code or None, d, q, u, p, round(q * p, 2)])
    ws.append([None, None, None, None, "Total inc GST", round(sum(r[2] * r[4] for r in AU)
                                                            * 1.1, 2)])
    ws.column_dimensions["B"].width = 28
    exp = order("Southbank Smiles Dental", "SBS-0351",
                [L(r[5], r[2], r[6], r[1], price=r[4]) for r in AU],
                order_date="2026-12-03", requested="2026-12-14", currency="AUD",
                ship=ship("Southbank Smiles Dental", "Level 2, 88 Grey St", "South Brisbane",
                          "QLD", "4101", "AU"))
    return ("s02-southbank-order-form", "xlsx", _save(wb), exp)


CSV_ROWS = [("QC-2210", "GLV1003", "GLOVE NITRILE BLUE M", 20, "BX", 8.40),
            ("QC-2211", "GLV1004", "GLOVE NITRILE BLUE L", 15, "BX", 8.40),
            ("QC-3050", "SYR2003", "SYRINGE 3ML LL", 4, "BX", 13.60),
            ("QC-3102", "NDL3009", "NEEDLE 23G 1IN", 3, "BX", 6.90),
            ("QC-4400", "GZE4013", "GAUZE 4X4 12PLY STERILE", 6, "BX", 11.70),
            ("QC-5120", "MSK13002", "MASK LVL2 EARLOOP", 10, "BX", 5.60),
            ("QC-6001", "TBL6001", "TABLE PAPER 18 SMOOTH", 2, "CS", 38.50),
            ("QC-7007", None, "SPLINT FINGER ALUM 1IN", 1, "BX", 9.75)]


def quickcare_csv():
    lines = ["Location,Item No,UPC,Description,Qty,UOM,Unit Cost"]
    for part, sku, d, q, u, p in CSV_ROWS:
        upc = gtin_of(sku) if sku and part in ("QC-2210", "QC-2211", "QC-3050",
                                               "QC-3102", "QC-5120") else ""
        lines.append("FAIRVIEW,%s,%s,%s,%d,%s,%.2f" % (part, upc, d, q, u, p))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    exp = order("QuickCare Urgent Care", "QC-26-1290",
                [L(r[1], r[3], r[4], r[2], part=r[0], price=r[5]) for r in CSV_ROWS])
    mail = eml('"Mike Sorensen" <msorensen@qcuc.net>', "QuickCare Fairview weekly - PO QC-26-1290",
               "Fri, 04 Dec 2026 07:15:00 -0500",
               "Morning - attached is this week's reorder export for Fairview.\n\nMike\n",
               attachments=[("fairview_reorder_20261204.csv", "text/csv", data)])
    return ("s03-quickcare-csv-export", "eml", mail, exp)


def willow_x12():
    isa = ("ISA*00*          *00*          *ZZ*WILLOWBEND     *ZZ*NORTHFIELDCS   "
           "*261203*0915*U*00401*000000412*0*P*>")
    segs = [isa, "GS*PO*WILLOWBEND*NORTHFIELDCS*20261203*0915*412*X*004010",
            "ST*850*0001", "BEG*00*NE*44950**20261203", "CUR*BY*USD",
            "DTM*002*20261210",
            "N1*BY*Willow Bend Care Center*92*WB01",
            "N1*ST*Willow Bend Care Center*92*WB01", "N3*2750 Orchard Rd",
            "N4*Lancaster*PA*17601*US"]
    po1 = [("1", 20, "BX", 8.40, "VN*GLV1004*UP*" + gtin_of("GLV1004"), None,
            "GLV1004", "GLOVE NITRILE BLUE LG"),
           ("2", 10, "BX", 8.40, "VN*GLV1003", None, "GLV1003", "GLOVE NITRILE BLUE MED"),
           ("3", 4, "CS", 99.00, "VN*DIS8006", None, "DIS8006", "WIPES QUAT/ALC LG CS/12"),
           ("4", 6, "EA", 9.80, "BP*WB-5530", "WB-5530", "SHP7004",
            "SHARPS CONTAINER 5 GAL RED"),
           ("5", 2, "CS", 24.00, "VN*SPC9001*BP*WB-6120", "WB-6120", "SPC9001",
            "SPECIMEN CUP 4OZ STERILE"),
           ("6", 12, "EA", 2.45, "BP*WB-5501*VN*SHP7001", "WB-5501", "SHP7001",
            "SHARPS CONTAINER 1 QT")]
    for n, q, u, p, ids, *_rest in po1:
        segs.append("PO1*%s*%d*%s*%s*PE*%s" % (n, q, u, ("%.2f" % p).rstrip("0").rstrip("."),
                                               ids))
        segs.append("PID*F****%s" % _rest[2])
    segs += ["CTT*%d" % len(po1)]
    n_st = len(segs) - 2 + 1
    segs += ["SE*%d*0001" % n_st, "GE*1*412", "IEA*1*000000412"]
    data = "~\n".join(segs) + "~\n"
    exp = order("Willow Bend Care Center", "44950",
                [L(r[6], r[1], r[2], r[7], part=r[5], price=r[3]) for r in po1],
                order_date="2026-12-03", requested="2026-12-10", currency="USD",
                ship=ship("Willow Bend Care Center", "2750 Orchard Rd", "Lancaster", "PA",
                          "17601", "US"))
    return ("s04-willow-bend-850", "x12", data, exp)


def docs():
    return [brightwater_par(), southbank_form(), quickcare_csv(), willow_x12()]
