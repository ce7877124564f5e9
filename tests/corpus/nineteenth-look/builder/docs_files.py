"""Bare files: 2 PDFs, XLSX, CSV, X12 850, UBL Order."""

from common import *
from attach import *
import datetime as _dt

def build():
    # ---------------------------------------------------------------- F1 bare PDF, layout B (German, landscape, AUD)
    spec = {"title": "Bestellung DIS-B-1179", "org": "Deutsche Internationale Schule Sydney",
            "org_line": "33 Railway Street, Terrey Hills NSW 2084  ·  ABN 33 001 234 567  ·  verwaltung@dis-sydney.edu.au",
            "doc_title": "BESTELLUNG / PURCHASE ORDER",
            "meta": [("Bestellnummer:", "DIS-B-1179"), ("Bestelldatum:", "30.11.2026"), ("Liefertermin:", "08.12.2026"),
                     ("Währung:", "AUD"), ("Lieferant:", "Northgate Office & Facility Supply")],
            "left_block": ["Lieferanschrift:", "Deutsche Internationale Schule Sydney", "Grundschule - Sekretariat",
                           "33 Railway Street", "Terrey Hills NSW 2084"],
            "cols": [("Pos.", 30, "L"), ("Lief.-Art.-Nr.", 62, "L"), ("Bezeichnung", 150, "L"), ("Menge", 520, "R"),
                     ("Einheit", 535, "L"), ("Einzelpreis", 680, "R"), ("Gesamt", 790, "R")],
            "rows": [[1, "PEN-50181", "Bleistifte HB, gelb, 12er Schachtel", 30, "Schachtel", "3,10", "93,00"],
                     [2, "PAP-21022", "Präsentationspapier A4, 100 g/m², 500 Blatt", 5, "Ries", "12,60", "63,00"],
                     [3, "", "Etiketten A4, 21 pro Blatt (63,5 x 38,1 mm), 100 Blatt", 3, "Schachtel", "20,90", "62,70"],
                     [4, "PEN-50172", "Textmarker sortiert, 5er Packung", 12, "Packung", "4,95", "59,40"],
                     [5, "", "Whiteboard-Marker, Keilspitze, sortiert, 4er Packung", 10, "Packung", "6,05", "60,50"],
                     [6, "OFF-80193", "Klebefilm transparent 19 mm, 12 Rollen", 4, "Packung", "15,40", "61,60"]],
            "footer": ["Summe netto: 400,20 AUD    zzgl. GST 10 %: 40,02 AUD    Gesamt: 440,22 AUD",
                       "Bitte Bestellnummer auf Lieferschein und Rechnung angeben."]}
    emit("f01_dis_sydney_bestellung", "pdf", pdf_layout_b(spec),
         label(customer="Deutsche Internationale Schule Sydney", po="DIS-B-1179", order_date="2026-11-30", req="2026-12-08",
               currency="AUD", ship_to=ST("Deutsche Internationale Schule Sydney", "33 Railway Street", "Terrey Hills", "NSW", "2084"), lines=[
             L("PEN-50181", 30, "BX", "Bleistifte HB, gelb, 12er Schachtel", price=3.10),
             L("PAP-21022", 5, "RM", "Präsentationspapier A4, 100 g/m², 500 Blatt", price=12.60),
             L("OFF-80183", 3, "BX", "Etiketten A4, 21 pro Blatt (63,5 x 38,1 mm), 100 Blatt", price=20.90),
             L("PEN-50172", 12, "PK", "Textmarker sortiert, 5er Packung", price=4.95),
             L("PEN-50164", 10, "PK", "Whiteboard-Marker, Keilspitze, sortiert, 4er Packung", price=6.05),
             L("OFF-80193", 4, "PK", "Klebefilm transparent 19 mm, 12 Rollen", price=15.40)]),
         country="AU", lang="de", style="bare PDF layout B (landscape canvas, German, decimal commas, DD.MM.YYYY)")

    # ---------------------------------------------------------------- F2 bare PDF, layout C (monospace system printout)
    txt = """ATLANTIC REALTY MANAGEMENT                        P U R C H A S E   O R D E R
1801 HOLLIS ST, SUITE 1500                        PO NO.......: AR-3351
HALIFAX NS  B3J 3N4                               PO DATE.....: 2026-12-06
TEL 902-555-0100                                  DELIVER BY..: 2026-12-15
                                                  CURRENCY....: CAD
                                                  BUYER.......: J. MACLEOD
VENDOR:                                 SHIP TO:
NORTHGATE OFFICE & FACILITY SUPPLY      BEDFORD LANDING APARTMENTS
ORDERS@NORTHGATESUPPLY.COM              1550 BEDFORD HWY
                                        BEDFORD NS  B4A 1E6
                                        ATTN: SUPERINTENDENT
--------------------------------------------------------------------------------
LN  ITEM       DESCRIPTION                         QTY UOM     PRICE   EXTENSION
--------------------------------------------------------------------------------
01  AR-BG-05   CAN LINER 40-45GAL 1.5MIL BLK         6 CS      39.99      239.94
02  AR-BG-02   CAN LINER 20-30GAL 0.9MIL BLK         4 CS      36.99      147.96
03  AR-GL-03   NITRILE GLOVE LG 100/BX              10 BX       9.99       99.90
04  AR-CL-09   DISINFECTANT QUAT RTU 32OZ CS/12      2 CS      59.99      119.98
05  AR-CL-11   SS CLEANER AEROSOL 15OZ               6 EA       7.99       47.94
06  AR-PP-07   HARDWOUND TOWEL KRAFT 8X800           3 CS      36.99      110.97
--------------------------------------------------------------------------------
                                                   SUBTOTAL              766.69
                                                   HST 15%               115.00
                                                   TOTAL CAD             881.69
** PLEASE QUOTE PO NUMBER ON ALL DOCUMENTS **   PAGE 1 OF 1   RUN 2026-12-06 14:02"""
    emit("f02_atlantic_system_po", "pdf", pdf_layout_c(txt.split("\n"), "AR-3351"),
         label(customer="Atlantic Realty Management", po="AR-3351", order_date="2026-12-06", req="2026-12-15", currency="CAD",
               ship_to=ST("BEDFORD LANDING APARTMENTS", "1550 BEDFORD HWY", "BEDFORD", "NS", "B4A 1E6"), lines=[
             L("LIN-30131", 6, "CS", "CAN LINER 40-45GAL 1.5MIL BLK", "AR-BG-05", 39.99),
             L("LIN-30161", 4, "CS", "CAN LINER 20-30GAL 0.9MIL BLK", "AR-BG-02", 36.99),
             L("GLV-40103", 10, "BX", "NITRILE GLOVE LG 100/BX", "AR-GL-03", 9.99),
             L("CLN-60122", 2, "CS", "DISINFECTANT QUAT RTU 32OZ CS/12", "AR-CL-09", 59.99),
             L("CLN-60191", 6, "EA", "SS CLEANER AEROSOL 15OZ", "AR-CL-11", 7.99),
             L("TWL-70112", 3, "CS", "HARDWOUND TOWEL KRAFT 8X800", "AR-PP-07", 36.99)]),
         country="CA", style="bare PDF layout C (monospace ERP printout, side-by-side vendor/ship-to columns, buyer codes only)")

    # ---------------------------------------------------------------- F3 bare XLSX
    import openpyxl, io
    from openpyxl.styles import Font
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Purchase Order"
    ws["A1"] = "COASTAL PROPERTY SERVICES PTY LTD"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "140 Ann Street, Brisbane QLD 4000 | ABN 62 118 445 903"
    ws["A4"] = "Purchase Order No."; ws["C4"] = "CPS-7725"
    ws["A5"] = "Order Date"; ws["C5"] = _dt.datetime(2026, 12, 3); ws["C5"].number_format = "dd/mm/yyyy"
    ws["A6"] = "Required By"; ws["C6"] = "14/12/2026"
    ws["A7"] = "Supplier"; ws["C7"] = "Northgate Office & Facility Supply"
    ws["E4"] = "Deliver To:"; ws["E4"].font = Font(bold=True)
    ws["E5"] = "Kangaroo Point Apartments"; ws["E6"] = "Attn: Building Manager"; ws["E7"] = "33 Main Street"; ws["E8"] = "Kangaroo Point QLD 4169"
    hdr = ["Line", "Supplier Code", "Description", "Qty", "Unit", "Unit Price (AUD ex GST)", "Line Total"]
    for i, h in enumerate(hdr): c = ws.cell(row=10, column=i + 1, value=h); c.font = Font(bold=True)
    rows = [[1, "TWL-70123", "Jumbo roll toilet tissue 9in 2-ply 12/ctn", 4, "ctn", 52.80],
            [2, "", "Multifold hand towel kraft 4000/ctn", 3, "ctn", 36.10],
            [3, "CLN-60153", "Foam soap 1200mL touch-free refill 2/ctn", 2, "ctn", 39.50],
            [4, "", "Bin liner 33 gal clear HD 16 micron 250/ctn", 3, "ctn", 35.90],
            [5, "LIN-30131", "Bin liner 40-45 gal black 1.5 mil 100/ctn", 2, "ctn", 44.90],
            [6, "", "Nitrile gloves blue LARGE - carton (10 x 100)", 1, "ctn", 99.00],
            [7, "", "All purpose spray 32oz - carton of 12", 1, "ctn", 46.80]]
    for r_i, r in enumerate(rows):
        for c_i, v in enumerate(r): ws.cell(row=11 + r_i, column=c_i + 1, value=v)
        ws.cell(row=11 + r_i, column=7, value=f"=D{11 + r_i}*F{11 + r_i}")
    ws.cell(row=19, column=6, value="Subtotal"); ws.cell(row=19, column=7, value="=SUM(G11:G17)")
    ws.cell(row=20, column=6, value="GST 10%"); ws.cell(row=20, column=7, value="=G19*0.1")
    ws.cell(row=21, column=6, value="Total"); ws.cell(row=21, column=7, value="=G19+G20")
    for col, w in zip("ABCDEFG", [18, 14, 44, 6, 6, 22, 12]): ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Notes"); ws2["A1"] = "Deliveries via rear loading bay off Scott St. Call 0400 555 812 on arrival."
    buf = io.BytesIO(); wb.save(buf)
    emit("f03_coastal_po_sheet", "xlsx", buf.getvalue(),
         label(customer="Coastal Property Services Pty Ltd", po="CPS-7725", order_date="2026-12-03", req="2026-12-14", currency="AUD",
               ship_to=ST("Kangaroo Point Apartments", "33 Main Street", "Kangaroo Point", "QLD", "4169"), lines=[
             L("TWL-70123", 4, "CS", "Jumbo roll toilet tissue 9in 2-ply 12/ctn", price=52.80),
             L("TWL-70102", 3, "CS", "Multifold hand towel kraft 4000/ctn", price=36.10),
             L("CLN-60153", 2, "CS", "Foam soap 1200mL touch-free refill 2/ctn", price=39.50),
             L("LIN-30124", 3, "CS", "Bin liner 33 gal clear HD 16 micron 250/ctn", price=35.90),
             L("LIN-30131", 2, "CS", "Bin liner 40-45 gal black 1.5 mil 100/ctn", price=44.90),
             L("GLV-40113", 1, "CS", "Nitrile gloves blue LARGE - carton (10 x 100)", price=99.00),
             L("CLN-60112", 1, "CS", "All purpose spray 32oz - carton of 12", price=46.80)]),
         country="AU", style="bare XLSX: real date cell (dd/mm/yyyy) + text day-first date, formulas for totals, 2 sheets, 'Attn' line between name and street")

    # ---------------------------------------------------------------- F4 bare CSV (ERP export, header repeated per row)
    hdr = ["PO_Number", "PO_Date", "Vendor", "Ship_To_Name", "Ship_To_Address", "Ship_To_City", "Ship_To_State", "Ship_To_Zip",
           "Line", "Vendor_Item", "Description", "Qty", "UOM", "Unit_Cost", "Need_By"]
    base = ["26-1222", "12/05/2026", "NORTHGATE OFFICE & FACILITY", "Lakeshore High School", "2100 N 13th St", "Sheboygan", "WI", "53083"]
    items = [["CLN-60132", "FLOOR CLEANER NEUTRAL CONC 4/1GAL", 4, "CS", "61.99"],
             ["LIN-30141", "LINER 55-60 GAL 1.5 MIL BLACK", 8, "CS", "46.99"],
             ["TWL-70121", "TOILET TISSUE 2PLY 500 SHT 96/CS", 6, "CS", "62.99"],
             ["TWL-70111", "ROLL TOWEL 8X800 WHITE 6/CS", 4, "CS", "44.99"],
             ["GLV-40112", "GLOVE NITRILE MED CASE 1000", 2, "CS", "89.99"],
             ["PAP-20012", "PAPER COPY 8.5X11 20# 92B 10RM/CS", 20, "CS", "64.99"]]
    rows = [hdr] + [base + [i + 1] + it + ["12/16/2026"] for i, it in enumerate(items)]
    emit("f04_lakeshore_erp_export", "csv", csv_bytes(rows),
         label(customer="Lakeshore Unified School District", po="26-1222", order_date="2026-12-05", req="2026-12-16",
               ship_to=ST("Lakeshore High School", "2100 N 13th St", "Sheboygan", "WI", "53083"), lines=[
             L(it[0], it[2], it[3], it[1], price=float(it[4])) for it in items]),
         country="US", style="bare CSV ERP export, one row per line with repeated header fields")

    # ---------------------------------------------------------------- F5 X12 850 with two transactions
    segs = [
        "ISA*00*          *00*          *ZZ*GLORTHO        *ZZ*NORTHGATE      *261206*1015*U*00401*000000451*0*P*>",
        "GS*PO*GLORTHO*NORTHGATE*20261206*1015*451*X*004010",
        "ST*850*0001",
        "BEG*00*SA*GLO-55840**20261206",
        "CUR*BY*USD",
        "REF*DP*ORTHO-3",
        "DTM*002*20261211",
        "N1*BY*Great Lakes Orthopedic Clinic*92*GLO01",
        "N1*ST*Great Lakes Orthopedic - Surgery Center*92*GLO03",
        "N3*9500 Euclid Ave*Building C, Loading Dock 2",
        "N4*Cleveland*OH*44106*US",
        "PO1*1*10*BX*9.85*PE*VN*GLV-40103*BP*GLO-M-2210",
        "PID*F****NITRILE EXAM GLOVE PF BLUE LG 100/BX",
        "PO1*2*10*BX*9.85*PE*VN*GLV-40102*BP*GLO-M-2209",
        "PID*F****NITRILE EXAM GLOVE PF BLUE MED 100/BX",
        "PO1*3*4*CS*59.99*PE*VN*CLN-60122*BP*GLO-J-0410",
        "PID*F****DISINFECTANT QUAT RTU 32OZ 12/CS",
        "PO1*4*2*CS*62.99*PE*VN*TWL-70121*BP*GLO-J-0502",
        "PID*F****TOILET TISSUE 2PLY 96/CS",
        "PO1*5*3*EA*239.99*PE*VN*TNR-10102*BP*GLO-IT-0058",
        "PID*F****HP 58X TONER HIGH YIELD",
        "CTT*5",
    ]
    n1 = len(segs) - 2 + 1  # segments from ST to SE inclusive
    segs.append(f"SE*{len(segs) - 2 + 1}*0001")
    t2 = ["ST*850*0002", "BEG*00*SA*GLO-55841**20261206", "CUR*BY*USD", "DTM*002*20261218",
          "N1*BY*Great Lakes Orthopedic Clinic*92*GLO01", "N1*ST*Great Lakes Orthopedic Clinic*92*GLO01",
          "N3*9500 Euclid Ave", "N4*Cleveland*OH*44106*US",
          "PO1*1*6*RM*19.99*PE*VN*PAP-20051*BP*GLO-O-1117", "PID*F****PAPER 11X17 20LB REAM",
          "PO1*2*3*BX*21.99*PE*VN*OFF-80171*BP*GLO-O-1302", "PID*F****ENVELOPE #10 WHITE 500/BX",
          "CTT*2"]
    t2.append(f"SE*{len(t2) + 1}*0002")
    segs += t2 + ["GE*2*451", "IEA*1*000000451"]
    emit("f05_greatlakes_x12_850", "edi", "~\n".join(segs) + "~\n",
         label(customer="Great Lakes Orthopedic Clinic", po="GLO-55840", order_date="2026-12-06", req="2026-12-11", currency="USD",
               ship_to=ST("Great Lakes Orthopedic - Surgery Center", "9500 Euclid Ave", "Cleveland", "OH", "44106", "US"), lines=[
             L("GLV-40103", 10, "BX", "NITRILE EXAM GLOVE PF BLUE LG 100/BX", "GLO-M-2210", 9.85),
             L("GLV-40102", 10, "BX", "NITRILE EXAM GLOVE PF BLUE MED 100/BX", "GLO-M-2209", 9.85),
             L("CLN-60122", 4, "CS", "DISINFECTANT QUAT RTU 32OZ 12/CS", "GLO-J-0410", 59.99),
             L("TWL-70121", 2, "CS", "TOILET TISSUE 2PLY 96/CS", "GLO-J-0502", 62.99),
             L("TNR-10102", 3, "EA", "HP 58X TONER HIGH YIELD", "GLO-IT-0058", 239.99)]),
         country="US", style="X12 850 interchange with TWO transactions (label = first), VN + BP qualifiers")

    # ---------------------------------------------------------------- F6 UBL / PEPPOL Order
    lines = [("1", "20", "BX", "9.20", "Nitrile exam gloves powder-free blue Medium 100/box", "PMP-GLV-M", "GLV-40102"),
             ("2", "20", "BX", "9.20", "Nitrile exam gloves powder-free blue Large 100/box", "PMP-GLV-L", "GLV-40103"),
             ("3", "12", "EA", "11.50", "Hand sanitiser gel 1000ml dispenser refill", "PMP-SAN-1000", None),
             ("4", "4", "CS", "34.00", "Multifold hand towels white 16x250", "PMP-TWL-MF", "TWL-70101"),
             ("5", "3", "CS", "24.00", "Bin liners 33 gal black 1.1 mil 100/case", "PMP-BAG-33B", None),
             ("6", "6", "BX", "26.50", "A4 copier paper 80gsm box of 5 reams", "PMP-PAP-A4", "PAP-21012")]
    ol = ""
    for lid, q, u, p, name, bp, sp in lines:
        sell = f"""
        <cac:SellersItemIdentification>
          <cbc:ID>{sp}</cbc:ID>
        </cac:SellersItemIdentification>""" if sp else ""
        ol += f"""
  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>{lid}</cbc:ID>
      <cbc:Quantity unitCode="{u}">{q}</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="GBP">{float(q) * float(p):.2f}</cbc:LineExtensionAmount>
      <cac:Price>
        <cbc:PriceAmount currencyID="GBP">{p}</cbc:PriceAmount>
      </cac:Price>
      <cac:Item>
        <cbc:Name>{name}</cbc:Name>
        <cac:BuyersItemIdentification>
          <cbc:ID>{bp}</cbc:ID>
        </cac:BuyersItemIdentification>{sell}
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>"""
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:order_only:3</cbc:ProfileID>
  <cbc:ID>PMP-PO-1150</cbc:ID>
  <cbc:IssueDate>2026-12-06</cbc:IssueDate>
  <cbc:Note>Please deliver to the Failsworth branch surgery.</cbc:Note>
  <cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>
  <cac:BuyerCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0088">5060012345678</cbc:EndpointID>
      <cac:PartyName><cbc:Name>Pennine Medical Practice</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>212 Oldham Road</cbc:StreetName>
        <cbc:CityName>Manchester</cbc:CityName>
        <cbc:PostalZone>M40 7AD</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyLegalEntity><cbc:RegistrationName>Pennine Medical Practice</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:BuyerCustomerParty>
  <cac:SellerSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0088">5060098765432</cbc:EndpointID>
      <cac:PartyName><cbc:Name>Northgate Office &amp; Facility Supply</cbc:Name></cac:PartyName>
    </cac:Party>
  </cac:SellerSupplierParty>
  <cac:Delivery>
    <cac:DeliveryLocation>
      <cac:Address>
        <cbc:StreetName>5 Ashton Road West</cbc:StreetName>
        <cbc:CityName>Failsworth</cbc:CityName>
        <cbc:PostalZone>M35 0ER</cbc:PostalZone>
        <cbc:CountrySubentity>Greater Manchester</cbc:CountrySubentity>
        <cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country>
      </cac:Address>
    </cac:DeliveryLocation>
    <cac:RequestedDeliveryPeriod>
      <cbc:StartDate>2026-12-10</cbc:StartDate>
      <cbc:EndDate>2026-12-11</cbc:EndDate>
    </cac:RequestedDeliveryPeriod>
    <cac:DeliveryParty>
      <cac:PartyName><cbc:Name>Pennine Medical - Failsworth Branch Surgery</cbc:Name></cac:PartyName>
    </cac:DeliveryParty>
  </cac:Delivery>
  <cac:AnticipatedMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="GBP">{sum(float(q) * float(p) for _, q, _, p, *_ in lines):.2f}</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="GBP">{sum(float(q) * float(p) for _, q, _, p, *_ in lines):.2f}</cbc:PayableAmount>
  </cac:AnticipatedMonetaryTotal>{ol}
</Order>
"""
    lab = label(customer="Pennine Medical Practice", po="PMP-PO-1150", order_date="2026-12-06", currency="GBP",
                ship_to=ST("Pennine Medical - Failsworth Branch Surgery", "5 Ashton Road West", "Failsworth", "Greater Manchester", "M35 0ER", "GB"),
                lines=[L("GLV-40102", 20, "BX", lines[0][4], "PMP-GLV-M", 9.20),
                       L("GLV-40103", 20, "BX", lines[1][4], "PMP-GLV-L", 9.20),
                       L("CLN-60162", 12, "EA", lines[2][4], "PMP-SAN-1000", 11.50),
                       L("TWL-70101", 4, "CS", lines[3][4], "PMP-TWL-MF", 34.00),
                       L("LIN-30121", 3, "CS", lines[4][4], "PMP-BAG-33B", 24.00),
                       L("PAP-21012", 6, "BX", lines[5][4], "PMP-PAP-A4", 26.50)])
    del lab["requested_date"]  # document gives only a delivery period -> key absent (not scored)
    emit("f06_pennine_ubl_order", "xml", xml, lab,
         country="GB", style="bare UBL 2.1 / PEPPOL BIS Order, delivery period only (requested_date absent), some lines without SellersItemIdentification")
