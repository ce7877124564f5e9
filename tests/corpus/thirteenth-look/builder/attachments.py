"""Files attached to e-mails (PDF / XLSX / CSV)."""
import datetime as dt
import io
import re
import zipfile

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

from common import L, ext, money

FIXED_TS = dt.datetime(2026, 3, 16, 9, 0, 0)


def _xlsx_bytes(wb, created=FIXED_TS):
    wb.properties.created = created
    wb.properties.modified = created
    wb.properties.creator = wb.properties.creator or "user"
    bio = io.BytesIO()
    wb.save(bio)
    # re-pack with fixed zip timestamps so the bytes are reproducible
    src = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=created.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, payload)
            dst.writestr(zi, payload)
    return out.getvalue()


# ------------------------------------------------------------------ 07 Oakhurst PO (fpdf2)
def oakhurst_po_pdf():
    rows = [
        (2, "CS", "Butter salted 36/1#", 142.00, "200150"),
        (4, "CS", "Half & half qts", 31.50, "200120"),
        (2, "CS", "Heavy cream 36% qts", 44.90, "200132"),
        (3, "CS", "Cheddar sharp shredded 4/5#", 61.20, "200182"),
        (2, "CS", 'Fries shoestring 1/4"', 35.10, "400122"),
        (4, "EA", "Fry oil canola 35# jug", 41.90, "300100"),
        (2, "CS", "Avocados 48ct", 58.40, "800200"),
        (1, "CS", "Limes 200ct", 39.80, "800150"),
        (2, "RL", "Foil 18\" x 500' heavy duty", 41.20, "600156"),
        (3, "EA", "Ice cream vanilla 3 gal", 32.60, "400140"),
    ]
    lines = [L(sku, q, u, d, p) for q, u, d, p, sku in rows]
    sub = ext(lines)
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_TS)
    pdf.set_title("Purchase Order 7781")
    pdf.set_author("Oakhurst Country Club")
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 10, "OAKHURST COUNTRY CLUB", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Times", "", 10)
    pdf.cell(0, 5, "500 Oakhurst Dr  -  Clifton Park, New York 12065  -  (518) 555-0150", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "PURCHASE ORDER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    y0 = pdf.get_y()
    pdf.multi_cell(90, 5, "VENDOR:\nNorthgate Provisions & Bakery Supply\n2750 Tanner Industrial Pkwy\nAlbany, NY 12205")
    pdf.set_xy(110, y0)
    pdf.multi_cell(90, 5, "P.O. No.:  7781\nDate:  03/16/2026\nDelivery Date:  03/21/2026\nDept:  F&B / Kitchen\nTerms:  Net 30")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "DELIVER TO:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Oakhurst Country Club - Clubhouse Kitchen\n500 Oakhurst Dr\nClifton Park, NY 12065\n(use service entrance behind pro shop)")
    pdf.ln(4)
    widths = [16, 14, 100, 28, 28]
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("Helvetica", "B", 9)
    for w, h in zip(widths, ["QTY", "UNIT", "DESCRIPTION", "UNIT PRICE", "TOTAL"]):
        pdf.cell(w, 7, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for q, u, d, p, _ in rows:
        pdf.cell(widths[0], 6, str(q), border=1, align="C")
        pdf.cell(widths[1], 6, u, border=1, align="C")
        pdf.cell(widths[2], 6, d, border=1)
        pdf.cell(widths[3], 6, f"{p:,.2f}", border=1, align="R")
        pdf.cell(widths[4], 6, f"{q * p:,.2f}", border=1, align="R")
        pdf.ln()
    for _ in range(4):
        for w in widths:
            pdf.cell(w, 6, "", border=1)
        pdf.ln()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(sum(widths[:4]), 6, "SUBTOTAL", border=1, align="R")
    pdf.cell(widths[4], 6, f"{sub:,.2f}", border=1, align="R")
    pdf.ln()
    pdf.cell(sum(widths[:4]), 6, "TAX (exempt - resale cert. on file)", border=1, align="R")
    pdf.cell(widths[4], 6, "0.00", border=1, align="R")
    pdf.ln()
    pdf.cell(sum(widths[:4]), 6, "TOTAL  $", border=1, align="R")
    pdf.cell(widths[4], 6, f"{sub:,.2f}", border=1, align="R")
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Authorized by: ______________________   T. Feeney, Purchasing", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Please reference P.O. number on all invoices and packing slips.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), lines, sub


# ------------------------------------------------------------------ 08 Maple & Main xlsx
def maplemain_xlsx():
    rows = [
        ("DRY-021", "Pastry flour 50 lb", "1 bag", 1, "bag", 35.70, "100140", "BG"),
        ("DAI-004", "Butter unsalted 36 x 1 lb", "36/1 lb", 2, "case", 202.20, "200152", "CS"),
        ("DAI-010", "Cream 40% 12 x 1 qt", "12/1 qt", 2, "case", 67.05, "200130", "CS"),
        ("DAI-015", "Eggs brown cage free 15 dz", "15 dz", 2, "case", 61.80, "200206", "CS"),
        ("OIL-002", "Olive oil extra virgin 4 x 1 gal", "4/1 gal", 1, "case", 163.70, "300110", "CS"),
        ("CAN-007", "Diced tomatoes 6 x #10", "6/#10", 2, "case", 43.05, "320100", "CS"),
        ("PRO-031", "Shallots peeled", "per lb", 5, "lb", 6.35, "800206", "LB"),
        ("PRO-040", "Basil fresh", "per lb", 2, "lb", 16.40, "800194", "LB"),
        ("PRO-022", "Mushrooms white 10 lb", "10 lb", 2, "case", 33.55, "800196", "CS"),
        ("SPI-003", "Black pepper ground 16 oz", "16 oz", 2, "each", 17.80, "500110", "EA"),
    ]
    wb = Workbook()
    wb.properties.creator = "Sophie Tremblay"
    ws = wb.active
    ws.title = "Order"
    ws["A1"] = "Maple & Main Bistro \u2014 Purchase Order"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A3"], ws["B3"] = "PO #:", "MM-0324"
    ws["A4"], ws["B4"] = "Order date:", dt.datetime(2026, 3, 19)
    ws["B4"].number_format = "yyyy-mm-dd"
    ws["A5"], ws["B5"] = "Deliver on:", dt.datetime(2026, 3, 24)
    ws["B5"].number_format = "dddd, mmmm d, yyyy"
    ws["A6"], ws["B6"] = "Ship to:", "164 Princess St, Kingston ON K7L 1A9"
    ws["A7"], ws["B7"] = "Supplier:", "Northgate Provisions (acct C111)"
    hdr = ["Code", "Item", "Pack", "Qty", "Unit", "Price (CAD)", "Total"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=9, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    r = 10
    lines = []
    for code, item, pack, q, unit, price, sku, uom in rows:
        vals = [code, item, pack, q, unit, price, round(q * price, 2)]
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v)
        ws.cell(row=r, column=6).number_format = '#,##0.00'
        ws.cell(row=r, column=7).number_format = '#,##0.00'
        lines.append(L(sku, q, uom, item, price, code))
        r += 1
    sub = ext(lines)
    ws.cell(row=r + 1, column=6, value="Subtotal").font = Font(bold=True)
    ws.cell(row=r + 1, column=7, value=sub).number_format = '#,##0.00'
    ws.cell(row=r + 2, column=6, value="Total (CAD)").font = Font(bold=True)
    ws.cell(row=r + 2, column=7, value=sub).number_format = '#,##0.00'
    ws.cell(row=r + 4, column=1, value="Back door is on Clergy St. Please call 613-555-0117 on arrival.")
    for col, w in zip("ABCDEFG", [10, 34, 10, 6, 7, 12, 11]):
        ws.column_dimensions[col].width = w
    return _xlsx_bytes(wb, dt.datetime(2026, 3, 19, 15, 40)), lines


# ------------------------------------------------------------------ 09 Crestline CK csv
def crestline_ck_csv():
    rows = [
        ("100120", "FLOUR, BREAD HI-GLUTEN 50#", 12, "BG", 23.95),
        ("100160", "FLOUR, RYE MEDIUM 50#", 3, "BG", 31.40),
        ("110120", "SUGAR, BROWN LIGHT 50#", 2, "BG", 46.20),
        ("120120", "BAKING POWDER, DOUBLE ACTING 5#", 4, "EA", 11.40),
        ("120125", "BAKING SODA 12/1#", 1, "CS", 14.60),
        ("120160", "COCOA, DUTCH PROCESS 5#", 3, "EA", 38.60),
        ("200170", "CREAM CHEESE, LOAF 10/3#", 4, "CS", 79.80),
        ("200154", "BUTTER, PASTRY SHEETS 82% 8/2.2#", 6, "CS", 118.40),
        ("400100", "BLUEBERRIES, WILD IQF 30#", 2, "CS", 74.50),
        ("320110", "PIE FILLING, APPLE 6/#10", 3, "CS", 64.80),
        ("600150", "PAN, FOIL LOAF 1# 8X4", 2, "CS", 33.60),
        ("600190", "BOX, BAKERY 10X10X5 WHITE", 5, "CS", 42.10),
        ("600192", "BOX, BAKERY 12X12X5 WHITE", 3, "CS", 49.60),
    ]
    out = "po_number,po_date,ship_to,line,vendor_item,description,qty,uom,unit_cost,ext_cost\r\n"
    lines = []
    for i, (sku, d, q, u, p) in enumerate(rows, 1):
        out += (f'CK-77120,2026-03-13,"Crestline Central Kitchen, 77 Industrial Park Rd, Watervliet NY 12189",'
                f'{i},{sku},"{d}",{q},{u},{p:.2f},{q * p:.2f}\r\n')
        lines.append(L(sku, q, u, d, p))
    return out.encode("utf-8"), lines


# ------------------------------------------------------------------ 23 Deux Moulins Laval xlsx
def laval_xlsx():
    rows = [
        ("100180", "Farine T55", "sac 25 kg", 10, "sac", 47.40, "BG"),
        ("110112", "Sucre à glacer", "12 x 2 lb", 2, "caisse", 40.40, "CS"),
        ("200152", "Beurre non salé", "36 x 1 lb", 3, "caisse", 201.30, "CS"),
        ("200200", "Œufs gros blancs", "15 dz", 2, "caisse", 47.40, "CS"),
        ("120102", "Levure instantanée", "1 lb", 6, "unité", 5.45, "EA"),
        ("120150", "Vanille pure (extrait)", "32 oz", 1, "unité", 58.80, "EA"),
        ("400116", "Croissants mini non cuits 1,5 oz", "240/caisse", 1, "caisse", 127.20, "CS"),
        ("600190", "Boîtes à gâteau 10 x 10 x 5", "100/caisse", 2, "caisse", 57.85, "CS"),
        ("110160", "Sirop d'érable pur, catégorie A", "4 x 1 gal", 1, "caisse", 259.70, "CS"),
    ]
    wb = Workbook()
    wb.properties.creator = "Luc Bergeron"
    ws = wb.active
    ws.title = "Bon de commande"
    thin = Side(style="thin", color="999999")
    ws["A1"] = "BOULANGERIE LES DEUX MOULINS"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Bon de commande"
    ws["A4"], ws["C4"] = "No de commande :", "BC-L-0988"
    ws["A5"], ws["C5"] = "Date :", "20/03/2026"
    ws["A6"], ws["C6"] = "Livraison :", "jeudi 26 mars 2026"
    ws["E4"] = "Livrer à :"
    ws["E5"] = "Boulangerie Les Deux Moulins - Laval"
    ws["E6"] = "1650, boul. Saint-Martin Ouest"
    ws["E7"] = "Laval QC  H7S 1M9"
    ws["A8"], ws["C8"] = "Fournisseur :", "Northgate Provisions & Bakery Supply"
    hdr = ["Code Northgate", "Description", "Format", "Quantité", "Unité", "Prix unitaire ($ CA)", "Montant"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=10, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 11
    lines = []
    for sku, d, fmt, q, unit, p, uom in rows:
        vals = [int(sku), d, fmt, q, unit, p, round(q * p, 2)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.cell(row=r, column=6).number_format = '#,##0.00 "$"'
        ws.cell(row=r, column=7).number_format = '#,##0.00 "$"'
        lines.append(L(sku, q, uom, d, p))
        r += 1
    sub = ext(lines)
    tps = round(sub * 0.05, 2)
    tvq = round(sub * 0.09975, 2)
    for label_, v in (("Sous-total", sub), ("TPS 5 %", tps), ("TVQ 9,975 %", tvq), ("Total", round(sub + tps + tvq, 2))):
        ws.cell(row=r, column=6, value=label_).font = Font(bold=True)
        ws.cell(row=r, column=7, value=v).number_format = '#,##0.00 "$"'
        r += 1
    ws.cell(row=r + 1, column=1, value="Merci de livrer avant 6 h (porte arrière).")
    for col, w in zip("ABCDEFG", [15, 34, 13, 10, 9, 14, 13]):
        ws.column_dimensions[col].width = w
    return _xlsx_bytes(wb, dt.datetime(2026, 3, 20, 7, 12)), lines, sub
