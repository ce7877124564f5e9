"""XLSX order sheets (one e-mailed, one bare), an ERP CSV export, an X12 850 and a UBL Order."""
import datetime
import io
import re
import zipfile
from openpyxl import Workbook
from common import L, ship, expected, eml

TO = "Fennimore Orders <orders@fennimore-supply.com>"
DOCS = []  # (name, ext, bytes_or_text, expected)
FIXED = datetime.datetime(2026, 12, 4, 9, 0, 0)


def _xlsx(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "buyer"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-12-04T09:00:00Z", data)
            z.writestr(zi, data)
    return out.getvalue()


# ---- X1: Northshore order form, e-mailed ---------------------------------------------------
X1 = [("EMT 1\" x 10'", "EMT-100", 30, "EA", 15.90),
      ("Compression couplings 1\"", "EK-CP-100", 60, "EA", 2.45),
      ("Compression connectors 1\"", "EC-CP-100", 60, "EA", 2.20),
      ("Push-in connectors 2 port (bx 100)", "PI-2-100", 5, "BX", 16.50),
      ("Lever connectors 5-port", None, 3, "BX", 31.00),
      ("Tek screws #8 x 1/2 (bx)", "FS-TEK8", 4, "BX", 6.20),
      ("Tapcon 1/4 x 1-3/4", "FS-TC14", 2, "BX", 24.00),
      ("Plastic anchors #10", "FS-PA10", 3, "BX", 5.50)]
wb = Workbook()
ws = wb.active
ws.title = "Order"
ws["A1"] = "NORTHSHORE MECHANICAL & ELECTRICAL LTD - MATERIAL ORDER FORM"
ws["A3"], ws["B3"] = "PO #", "NS-7802"
ws["A4"], ws["B4"] = "Date", datetime.date(2026, 12, 4)
ws["A5"], ws["B5"] = "Job", "Capilano Medical Office - 1402 Marine Dr, North Vancouver, BC V7P 1T5"
ws["A6"], ws["B6"] = "Need by", datetime.date(2026, 12, 15)
ws["A7"], ws["B7"] = "Ordered by", "Priya Sandhu 604-555-0143"
ws["B4"].number_format = ws["B6"].number_format = "yyyy-mm-dd"
ws.append([])
ws.append(["Item", "Qty", "Unit", "Price (CAD)", "Ext (CAD)"])
for d, _s, q, u, p in X1:
    ws.append([d, q, u, p, round(q * p, 2)])
ws.append([])
ws.append(["", "", "", "Subtotal", round(sum(r[2] * r[4] for r in X1), 2)])
ws.column_dimensions["A"].width = 40
x1 = _xlsx(wb)
DOCS.append(("x1_northshore_xlsx_form", "eml", eml(
    "Priya Sandhu <psandhu@northshoreme.ca>", TO, "Capilano MOB order", "Fri, 4 Dec 2026 08:05:00 -0800",
    "Hi, order form attached for Capilano MOB. Pricing per our CAD price agreement.\n\nPriya\n",
    attachments=[("NS-7802 Capilano.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x1)]),
    expected("C1009", "NS-7802", [L(s, q, u, d, p) for d, s, q, u, p in X1],
             order_date="2026-12-04", req="2026-12-15", currency="CAD",
             ship_to=ship("Capilano Medical Office", "1402 Marine Dr", "North Vancouver", "BC", "V7P 1T5", "CA"))))

# ---- X2: Brightline bare sheet, totals row, pack/box quantities -----------------------------
X2 = [(12, "ea", "20A 1P breaker", "HQ120", "EA"),
      (6, "ea", "30A 2 pole breaker", "HQ230", "EA"),
      (2, "ea", "40 A 2P", "HQ240", "EA"),
      (4, "boxes (25)", "1/2\" EMT compression connectors", "EC-CP-050", "BX"),
      (1, "ea", "multimeter", "TL-DMM", "EA"),
      (3, "rolls", "yellow tape", "TP-YL", "RL")]
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Brightline Electric - material request"])
ws.append(["PO:", "BL-8862"])
ws.append(["Ship to:", "Kinnear Rd warehouse job, 1650 Kinnear Rd, Columbus OH 43212"])
ws.append([])
ws.append(["QTY", "UNIT", "ITEM", "NOTES"])
for q, u, d, _s, _u in X2:
    ws.append([q, u, d, ""])
ws.append([])
ws.append([sum(r[0] for r in X2), "", "TOTAL PIECES", ""])
x2 = _xlsx(wb)
DOCS.append(("x2_brightline_bare_sheet", "xlsx", x2,
             expected("C1001", "BL-8862", [L(s, q, u2, d) for q, _u, d, s, u2 in X2],
                      ship_to=ship("Kinnear Rd warehouse job", "1650 Kinnear Rd", "Columbus", "OH", "43212", "US"))))

# ---- CSV: Delgado ERP export, header repeated on every row ---------------------------------
C1 = [("DPL-W12BK", "THN12BK-500", "THHN 12 BLK 500", 8, "SPL", 96.00),
      ("DPL-W12WH", "THN12WH-500", "THHN 12 WHT 500", 8, "SPL", 96.00),
      ("DPL-W12RD", "", "THHN #12 RED 500FT", 4, "SPL", 96.00),
      ("DPL-NM122", "", "NM 12/2 250' coil", 10, "RL", 92.00),
      ("DPL-BRK120", "HQ120", "BRKR 1P20A", 24, "EA", 6.40),
      ("DPL-LC200", "HQL200MB", "LOADCENTER 200A MAIN BKR", 2, "EA", 289.00)]
SKU_C1 = ["THN12BK-500", "THN12WH-500", "THN12RD-500", "NM12-2-250", "HQ120", "HQL200MB"]
rows = ["PO Number,PO Date,Vendor,Line,Item Code,Vendor Item,Description,Qty,UOM,Unit Cost,Need By,Ship To Name,Ship To Address"]
for i, (ic, vi, d, q, u, p) in enumerate(C1):
    rows.append(f'DPL-0935,12/04/2026,FENNIMORE ELEC SUPPLY,{i + 1},{ic},{vi},"{d}",{q},{u},{p:.2f},12/15/2026,'
                f'Delgado Power & Light,"2741 E Saguaro Trl, Mesa AZ 85204"')
DOCS.append(("c1_delgado_erp_export", "csv", "\r\n".join(rows) + "\r\n",
             expected("C1006", "DPL-0935", [L(s, r[3], "RL" if r[4] == "SPL" else r[4], r[2], r[5], r[0])
                                            for s, r in zip(SKU_C1, C1)],
                      order_date="2026-12-04", req="2026-12-15",
                      ship_to=ship("Delgado Power & Light", "2741 E Saguaro Trl", "Mesa", "AZ", "85204", "US"))))

# ---- X12 850: Tamarack ---------------------------------------------------------------------
seg = ["ISA*00*          *00*          *ZZ*TAMARACKCTRL   *ZZ*FENNIMORESUP   *261204*0715*U*00401*000004471*0*P*>",
       "GS*PO*TAMARACKCTRL*FENNIMORESUP*20261204*0715*4471*X*004010",
       "ST*850*0001",
       "BEG*00*SA*TC-50971**20261204",
       "CUR*BY*USD",
       "REF*DP*PANEL SHOP",
       "DTM*002*20261214",
       "N1*BY*TAMARACK CONTROLS INC*92*TAM01",
       "N1*ST*TAMARACK CONTROLS INC*92*PEW1",
       "N3*N57 W2210 QUARRY CT",
       "N4*PEWAUKEE*WI*53072*US",
       "PO1*1*30*EA*14.2**BP*410-220*VN*HQ220",
       "PID*F****BRKR 2P 20A",
       "PO1*2*10*EA*17.9**BP*410-250*VN*HQ250",
       "PID*F****BRKR 2P 50A",
       "PO1*3*6*BX*22**BP*300-210*VN*PI-3-100",
       "PID*F****PUSH-IN CONN 3 PORT",
       "PO1*4*20*PK*4.9**BP*310-008*VN*CT-8BK",
       "PID*F****CABLE TIE 8IN BLK",
       "PO1*5*150*EA*0.85**BP*500-030",
       "PID*F****SPRING NUT 1/4-20 FOR STRUT",
       "CTT*5",
       "SE*21*0001",
       "GE*1*4471",
       "IEA*1*000004471"]
DOCS.append(("d1_tamarack_x12_850", "edi", "~\n".join(seg) + "~\n",
             expected("C1004", "TC-50971", [
                 L("HQ220", 30, "EA", "BRKR 2P 20A", 14.20, "410-220"),
                 L("HQ250", 10, "EA", "BRKR 2P 50A", 17.90, "410-250"),
                 L("PI-3-100", 6, "BX", "PUSH-IN CONN 3 PORT", 22.00, "300-210"),
                 L("CT-8BK", 20, "PK", "CABLE TIE 8IN BLK", 4.90, "310-008"),
                 L("FS-SN14", 150, "EA", "SPRING NUT 1/4-20 FOR STRUT", 0.85, "500-030")],
                 order_date="2026-12-04", req="2026-12-14", currency="USD",
                 ship_to=ship("TAMARACK CONTROLS INC", "N57 W2210 QUARRY CT", "PEWAUKEE", "WI", "53072", "US"))))

# ---- UBL Order: Weidenbach ------------------------------------------------------------------
U = [("WB-100233", "HQ130", "Leitungsschutzschalter 1P 30A", 50, "EA", "7.10"),
     ("WB-100240", None, "LED Hallenleuchte 150W 5000K", 6, "EA", "119.00"),
     ("WB-100310", "TL-LP9", "Kombizange 9 Zoll", 10, "EA", "38.00"),
     ("WB-100377", "RT-1210", "Ringkabelschuh 12-10 AWG M5, 100 Stk", 20, "PK", "14.30")]
SKU_U = ["HQ130", "HB150-50K", "TL-LP9", "RT-1210"]
lines = []
for i, (b, s, d, q, u, p) in enumerate(U):
    sel = f"<cac:SellersItemIdentification><cbc:ID>{s}</cbc:ID></cac:SellersItemIdentification>" if s else ""
    lines.append(f"""  <cac:OrderLine><cac:LineItem>
    <cbc:ID>{i + 1}</cbc:ID><cbc:Quantity unitCode="{'C62' if u == 'EA' else 'PK'}">{q}</cbc:Quantity>
    <cac:Price><cbc:PriceAmount currencyID="USD">{p}</cbc:PriceAmount></cac:Price>
    <cac:Item><cbc:Name>{d}</cbc:Name>
      <cac:BuyersItemIdentification><cbc:ID>{b}</cbc:ID></cac:BuyersItemIdentification>{sel}
    </cac:Item></cac:LineItem></cac:OrderLine>""")
ubl = f"""<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>4500-88255</cbc:ID>
  <cbc:IssueDate>2026-12-04</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>
  <cac:BuyerCustomerParty><cac:Party><cac:PartyName><cbc:Name>Weidenbach Schaltanlagen GmbH</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cbc:StreetName>Industriestraße 14</cbc:StreetName><cbc:CityName>Kirchheim unter Teck</cbc:CityName>
    <cbc:PostalZone>73230</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  </cac:Party></cac:BuyerCustomerParty>
  <cac:SellerSupplierParty><cac:Party><cac:PartyName><cbc:Name>Fennimore Electric Supply</cbc:Name></cac:PartyName></cac:Party></cac:SellerSupplierParty>
  <cac:Delivery>
    <cac:DeliveryLocation><cbc:Name>Weidenbach Werk 2</cbc:Name><cac:Address><cbc:StreetName>Dettinger Straße 80</cbc:StreetName>
      <cbc:CityName>Kirchheim unter Teck</cbc:CityName><cbc:PostalZone>73230</cbc:PostalZone>
      <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>
    <cac:RequestedDeliveryPeriod><cbc:StartDate>2026-12-21</cbc:StartDate><cbc:EndDate>2026-12-23</cbc:EndDate></cac:RequestedDeliveryPeriod>
  </cac:Delivery>
{chr(10).join(lines)}
</Order>
"""
DOCS.append(("u1_weidenbach_ubl_order", "xml", ubl,
             expected("C1011", "4500-88255", [L(s, r[3], r[4], r[2], float(r[5]), r[0]) for s, r in zip(SKU_U, U)],
                      order_date="2026-12-04", req=None, currency="USD",
                      ship_to=ship("Weidenbach Werk 2", "Dettinger Straße 80", "Kirchheim unter Teck", None, "73230", "DE"))))
