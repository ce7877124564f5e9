"""Bare files (EDI, UBL, PDF, XLSX, CSV, TXT) and the documents that are not orders."""
from common import L, label, write, eml, Pdf, xlsx, money
from masterdata import price, GTIN, SITES
from reportlab.lib.pagesizes import letter, A4

TO = "Harborline Orders <orders@harborlinesupply.com>"


def x12():
    lines = [("OF-202", "GPF-LF9009", "LUBE FILTER LF9009", 24, "EA"),
             ("FF-502", "GPF-FS19732", "FUEL WATER SEPARATOR FS19732", 12, "EA"),
             ("MO-15W40C-DR", "GPF-OIL1540", "15W40 CONV OIL 55 GAL DRUM", 2, "DR"),
             ("DEF-55", "GPF-DEF55", "DEF 55 GAL DRUM", 4, "DR"),
             ("TY-11R225-146L-D", "GPF-T11D", "TIRE 11R22.5 146/143L DRIVE", 8, "EA"),
             ("WB-24HD", "GPF-WB24", "WIPER BLADE 24IN HD", 12, "EA")]
    segs = ["ST*850*0001", "BEG*00*SA*450057**20261203", "CUR*BY*USD", "REF*DP*SHOP",
            "DTM*002*20261210", "N1*BY*GREAT PLAINS FREIGHT LINES*92*GPF01",
            "N1*ST*GPF OMAHA TERMINAL*92*OMA", "N3*9800 F ST", "N4*OMAHA*NE*68127*US"]
    for i, (s, bp, d, q, u) in enumerate(lines, 1):
        segs.append(f"PO1*{i}*{q}*{u}*{price(s):.2f}*PE*VN*{s}*BP*{bp}")
        segs.append(f"PID*F****{d}")
    segs.append(f"CTT*{len(lines)}")
    segs.append(f"SE*{len(segs) + 1}*0001")
    isa = ("ISA*00*          *00*          *ZZ*GPFREIGHT      *ZZ*HARBORLINE     *261203*0915*U*00401*000000457*0*P*>")
    body = [isa, "GS*PO*GPFREIGHT*HARBORLINE*20261203*0915*457*X*004010"] + segs + ["GE*1*457", "IEA*1*000000457"]
    write("f01-gpf-850.x12", "~\n".join(body) + "~\n",
          label("Great Plains Freight Lines", "450057", "2026-12-03", "2026-12-10", "USD",
                {"name": "GPF OMAHA TERMINAL", "street": "9800 F ST", "city": "OMAHA", "region": "NE",
                 "postal_code": "68127", "country": "US"},
                [L(s, d, q, u, price(s), bp) for s, bp, d, q, u in lines]))


def edifact():
    lines = [("BLB-9006-2PK", "Headlamp bulb 9006 twin pack", 10, "PK", 11.20),
             ("WB-22B", "Wiper blade 22in beam", 16, "EA", 15.10),
             ("OF-111", "Oil filter Transit FL-1995 equiv", 36, "EA", 6.05),
             ("GLV-NIT4-L", "Nitrile gloves 4 mil L box 100", 10, "BX", 9.40),
             ("DEF-25", "AdBlue 2.5 gal jug", 24, "EA", 10.20)]
    segs = ["UNH+1+ORDERS:D:96A:UN:EAN008", "BGM+220+NFS-PO-30470+9", "DTM+137:20261204:102",
            "DTM+2:20261211:102",
            "NAD+BY+5012345000018::9++Northgate Fleet Services Ltd+Unit 4 Tanners Way+Leeds++LS10 1RF+GB",
            "NAD+SU+0845671000003::9++Harborline Auto and Fleet Supply Inc",
            "NAD+DP+5012345000025::9++Northgate Fleet Services - Wakefield Depot+12 Denby Dale Road+Wakefield++WF2 7AZ+GB",
            "CUX+2:GBP:9"]
    for i, (s, d, q, u, pr) in enumerate(lines, 1):
        segs += [f"LIN+{i}++{GTIN[s]}:UP", f"PIA+5+{s}:SA", f"IMD+F++:::{d}", f"QTY+21:{q}",
                 f"PRI+AAA:{pr:.2f}"]
    segs += ["UNS+S", f"CNT+2:{len(lines)}"]
    segs.append(f"UNT+{len(segs) + 1}+1")
    body = ["UNA:+.? ", "UNB+UNOC:3+5012345000018:14+0845671000003:14+261204:1015+NG30470"] + segs + ["UNZ+1+NG30470"]
    txt = "UNA:+.? '" + "'\n".join(body[1:]) + "'\n"
    write("f02-northgate-orders.edi", txt,
          label("Northgate Fleet Services Ltd", "NFS-PO-30470", "2026-12-04", "2026-12-11", "GBP",
                {"name": "Northgate Fleet Services - Wakefield Depot", "street": "12 Denby Dale Road",
                 "city": "Wakefield", "postal_code": "WF2 7AZ", "country": "GB"},
                [L(s, d, q, u, pr) for s, d, q, u, pr in lines]))


def ubl():
    lines = [("BR-0311", "OF-110", "Ölfilter Kartusche Toyota V6 (FRAM CH10955)", 12, "EA", 7.60),
             ("BR-0520", "BP-CAM-RC", "Bremsbeläge hinten Keramik Camry 2018-23", 2, "SET", 39.80),
             ("BR-0707", "BLB-H7-2PK", "Glühlampe H7 Doppelpack", 10, "PK", 16.10),
             ("BR-0415", "CF-407", "Innenraumfilter Partikel Camry 2018-23", 8, "EA", 11.20),
             ("BR-0660", "SP-IR-90919", "Zündkerze Iridium Denso FK20HR11", 16, "EA", 9.50),
             ("BR-0901", "GLV-NIT4-L", "Nitrilhandschuhe 4 mil Gr. L, Box 100", 5, "BX", 10.90)]
    ol = ""
    for i, (cp, s, d, q, u, pr) in enumerate(lines, 1):
        ol += f"""  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>{i}</cbc:ID>
      <cbc:Quantity unitCode="{u}">{q}</cbc:Quantity>
      <cbc:LineExtensionAmount currencyID="EUR">{q * pr:.2f}</cbc:LineExtensionAmount>
      <cac:Price><cbc:PriceAmount currencyID="EUR">{pr:.2f}</cbc:PriceAmount></cac:Price>
      <cac:Item>
        <cbc:Name>{d}</cbc:Name>
        <cac:BuyersItemIdentification><cbc:ID>{cp}</cbc:ID></cac:BuyersItemIdentification>
        <cac:SellersItemIdentification><cbc:ID>{s}</cbc:ID></cac:SellersItemIdentification>
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>
"""
    total = sum(q * pr for _, _, _, q, _, pr in lines)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order:3</cbc:CustomizationID>
  <cbc:ID>4711-26-101</cbc:ID>
  <cbc:IssueDate>2026-12-05</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:BuyerCustomerParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Autowerkstatt Brenner GmbH</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>Industriestraße 14</cbc:StreetName>
        <cbc:CityName>Stuttgart</cbc:CityName>
        <cbc:PostalZone>70565</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
    </cac:Party>
  </cac:BuyerCustomerParty>
  <cac:SellerSupplierParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Harborline Auto &amp; Fleet Supply, Inc.</cbc:Name></cac:PartyName>
    </cac:Party>
  </cac:SellerSupplierParty>
  <cac:Delivery>
    <cac:DeliveryLocation>
      <cac:Address>
        <cbc:StreetName>Industriestraße 14</cbc:StreetName>
        <cbc:CityName>Stuttgart</cbc:CityName>
        <cbc:PostalZone>70565</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
      </cac:Address>
    </cac:DeliveryLocation>
    <cac:RequestedDeliveryPeriod>
      <cbc:StartDate>2026-12-22</cbc:StartDate>
      <cbc:EndDate>2026-12-22</cbc:EndDate>
    </cac:RequestedDeliveryPeriod>
  </cac:Delivery>
  <cac:AnticipatedMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">{total:.2f}</cbc:LineExtensionAmount>
    <cbc:PayableAmount currencyID="EUR">{total * 1.19:.2f}</cbc:PayableAmount>
  </cac:AnticipatedMonetaryTotal>
{ol}</Order>
"""
    write("f03-brenner-ubl.xml", xml,
          label("Autowerkstatt Brenner GmbH", "4711-26-101", "2026-12-05", "2026-12-22", "EUR",
                {"name": None, "street": "Industriestraße 14", "city": "Stuttgart", "postal_code": "70565",
                 "country": "DE"},
                [L(s, d, q, u, pr, cp) for cp, s, d, q, u, pr in lines]))


def pdf_unruled():
    lines = [("FL-820S", "OF-102", "FILTER ASY - OIL", 48, "EA"),
             ("SP-537", "SP-IR-5264", "SPARK PLUG", 24, "EA"),
             ("", "TY-2256517-102H", "TIRE 225/65R17 102H", 4, "EA"),
             ("", "BAT-65-750", "BATTERY GRP 65 750CCA", 3, "EA"),
             ("", "ATF-DM-GL", "ATF MERCON LV GAL", 6, "EA")]
    p = Pdf(letter, "LV-55141")
    p.text(40, 752, "LAKEVIEW FORD", 14, "Helvetica-Bold")
    p.lines(40, 738, ["Service & Parts Department", "1800 Lakeview Blvd", "Sandusky, OH 44870"], 8)
    p.text(572, 752, "PURCHASE ORDER LV-55141", 11, "Helvetica-Bold", right=True)
    p.text(572, 738, "Order Date 12/05/2026", 8, right=True)
    p.text(572, 727, "Required 12/10/2026", 8, right=True)
    p.lines(40, 690, ["Vendor", "Harborline Auto & Fleet Supply, Inc.", "4100 Expressway Dr, Toledo OH 43608"], 8)
    p.lines(320, 690, ["Deliver To", "Lakeview Ford Service Department", "1800 Lakeview Blvd", "Sandusky, OH 44870"], 8)
    y = p.table(40, 630, [90, 220, 50, 40, 70, 70],
                [["Part No.", "Description", "Qty", "U/M", "Unit Cost", "Extended"]]
                + [[cp, d, q, u, f"${price(s):,.2f}", f"${q * price(s):,.2f}"] for cp, s, d, q, u in lines],
                ruled=False, aligns=["l", "l", "r", "l", "r", "r"])
    tot = sum(q * price(s) for _, s, _, q, _ in lines)
    p.text(580, y - 20, f"Total ${tot:,.2f}", 9, "Helvetica-Bold", right=True)
    p.text(40, y - 60, "DMS: CDK Drive / PO printed by RPALMER", 7)
    write("f04-lakeview-po-unruled.pdf", p.bytes(),
          label("Lakeview Ford Service Department", "LV-55141", "2026-12-05", "2026-12-10", "USD",
                {"name": "Lakeview Ford Service Department", "street": "1800 Lakeview Blvd", "city": "Sandusky",
                 "region": "OH", "postal_code": "44870", "country": "US"},
                [L(s, d, q, u, price(s), cp or None) for cp, s, d, q, u in lines]))


def pdf_mono():
    lines = [("TY-11R225-146L-S", "TIRE 11R22.5 146/143L STEER", 6, "EA"),
             ("TY-11R225-146L-D", "TIRE 11R22.5 146/143L DRIVE", 12, "EA"),
             ("MO-15W40C-DR", "OIL 15W-40 CONVENTIONAL 55 GAL DRUM", 2, "DR"),
             ("CL-ELC-CONC-GL", "COOLANT HD ELC CONCENTRATE 1 GAL", 12, "EA"),
             ("WB-28HD", "WIPER BLADE 28IN HEAVY DUTY", 20, "EA"),
             ("BLB-1157-10", "BULB 1157 BOX/10", 5, "BX"),
             ("ABS-CLAY-40", "ABSORBENT CLAY 40LB BAG", 10, "EA")]
    p = Pdf(letter, "P2600447")
    rows = ["PINECREST SCHOOL DISTRICT                               PURCHASE ORDER",
            "BUSINESS OFFICE - 400 MAIN ST - PINECREST PA 16901      NO. P2600447",
            "                                                        DATE 12/03/2026",
            "",
            "VENDOR 00871                          SHIP TO",
            "HARBORLINE AUTO & FLEET SUPPLY INC    PINECREST SD TRANSPORTATION SOUTH DEPOT",
            "4100 EXPRESSWAY DR                    35 QUARRY LN",
            "TOLEDO OH 43608                       PINECREST PA 16901",
            "",
            "DELIVERY DATE: 12/17/2026       AMOUNTS IN USD      F.O.B. DESTINATION",
            "",
            "LN  QUANTITY UOM  ITEM / DESCRIPTION                          UNIT PRICE      EXTENDED",
            "--- -------- ---  ----------------------------------------  ----------  ------------"]
    for i, (s, d, q, u) in enumerate(lines, 1):
        rows.append(f"{i:03d} {q:>8} {u:<3}  {d:<40}  {price(s):>10.2f}  {q * price(s):>12.2f}")
        rows.append(f"    {'':>8} {'':<3}  VENDOR ITEM {s:<28}  ACCT 10-2750-610")
    tot = sum(q * price(s) for s, _, q, _ in lines)
    rows += ["", f"{'PO TOTAL':>70}  {tot:>12.2f}", "",
             "THIS ORDER IS TAX EXEMPT. PA EXEMPTION NO. 75-555010.",
             "APPROVED: BUSINESS MANAGER"]
    p.lines(36, 750, rows, 7.6, 10.5, "Courier")
    write("f05-pinecrest-po-mono.pdf", p.bytes(),
          label("Pinecrest School District Transportation", "P2600447", "2026-12-03", "2026-12-17", "USD",
                {"name": "PINECREST SD TRANSPORTATION SOUTH DEPOT", "street": "35 QUARRY LN", "city": "PINECREST",
                 "region": "PA", "postal_code": "16901", "country": "US"},
                [L(s, d, q, u, price(s)) for s, d, q, u in lines]))


def pdf_twocol():
    lines = [("MB-10070", "CF-401", "Cabin filter PIU particulate (CF10134)", 24, "EA"),
             ("MB-10071", "AF-306", "Air filter PIU 2016-19 (CA11700)", 24, "EA"),
             ("MB-10072", "OF-102", "Oil filter PH3614", 48, "EA"),
             ("MB-20030", "BP-F150-FC", "Brake pads F-150 front ceramic", 6, "SET"),
             ("MB-30008", "MO-5W30S-QT", "5W-30 full synthetic qt, cs/12", 10, "CS"),
             ("MB-40030", "BAT-65-850", "Battery grp 65 AGM 850CCA", 5, "EA"),
             ("MB-40031", "WB-20B", "Wiper 20in beam", 24, "EA"),
             ("MB-40032", "WB-22B", "Wiper 22in beam", 24, "EA")]
    p = Pdf(letter, "MB-26-1211")
    p.text(40, 752, "CITY OF MILLBROOK", 15, "Helvetica-Bold")
    p.text(40, 738, "Purchase Order", 11)
    p.lines(400, 752, ["PO Number:  MB-26-1211", "PO Date:  12/04/2026", "Required Date:  12/18/2026",
                       "Buyer:  J. Ostrowski"], 8.5)
    for x, title, rows in [(40, "VENDOR", ["Harborline Auto & Fleet Supply, Inc.", "4100 Expressway Dr", "Toledo, OH 43608"]),
                           (225, "SHIP TO", ["City of Millbrook - Central Garage", "500 Municipal Dr", "Millbrook, MI 49270"]),
                           (410, "BILL TO", ["City of Millbrook - Accounts Payable", "PO Box 300", "Millbrook, MI 49270"])]:
        p.c.rect(x, 620, 170, 70)
        p.text(x + 5, 678, title, 8, "Helvetica-Bold")
        p.lines(x + 5, 664, rows, 8)
    y = p.table(40, 600, [60, 240, 40, 40, 70, 80],
                [["Stock No.", "Description", "Qty", "UOM", "Unit Price", "Amount"]]
                + [[cp, d, q, u, f"{price(s):,.2f}", f"{q * price(s):,.2f}"] for cp, s, d, q, u in lines],
                ruled=True, aligns=["l", "l", "r", "l", "r", "r"])
    p.text(570, y - 18, f"Total: {sum(q * price(s) for _, s, _, q, _ in lines):,.2f}", 9, "Helvetica-Bold", right=True)
    write("f06-millbrook-po-twocol.pdf", p.bytes(),
          label("City of Millbrook Fleet Services", "MB-26-1211", "2026-12-04", "2026-12-18", None,
                {"name": "City of Millbrook - Central Garage", "street": "500 Municipal Dr", "city": "Millbrook",
                 "region": "MI", "postal_code": "49270", "country": "US"},
                [L(s, d, q, u, price(s), cp) for cp, s, d, q, u in lines]))


def pdf_multipage_au():
    items = ["TY-LT2457516-E-HT", "TY-LT2657017-E-AT", "BAT-31-925", "BAT-31A-1000", "OF-201", "OF-202",
             "OF-203", "AF-351", "AF-352", "AF-353", "FF-501", "FF-502", "FF-504", "MO-15W40S-DR",
             "HYD-AW46-DR", "GR-EP2-35", "CL-ELC-5050-DR", "DEF-55", "WB-24HD", "BLB-H4-2PK",
             "GLV-NIT6-XL", "RAG-COL-50", "ABS-PAD-100", "DEG-19", "PEN-11", "ZIP-8-100"]
    qty = [8, 16, 6, 4, 40, 30, 24, 12, 10, 6, 20, 20, 12, 3, 2, 4, 2, 5, 16, 10, 20, 6, 4, 4, 4, 10]
    from masterdata import desc, CAT
    lines = []
    for i, (s, q) in enumerate(zip(items, qty)):
        pr = round(price(s) * 1.52, 2)
        parts = desc(s).split(";")
        d = parts[0]
        if len(parts) > 1:
            d += ", " + parts[1].replace(" xref ", "").split(" / ")[0]
        lines.append((f"RR-{4100 + i * 7}", s, d, q, CAT[s][2], pr))
    p = Pdf(A4, "RR-PO-118277")
    per = 14
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for pi, ch in enumerate(chunks, 1):
        p.text(40, 800, "Red Ridge Mining Pty Ltd - Fleet Maintenance", 12, "Helvetica-Bold")
        p.text(555, 800, f"Purchase Order RR-PO-118277   Page {pi}/{len(chunks)}", 9, right=True)
        if pi == 1:
            p.lines(40, 776, ["Order date: 03/12/2026", "Deliver by: 21/12/2026", "Currency: AUD"], 9)
            p.lines(300, 776, ["Deliver to:", "Red Ridge Mine - Fleet Workshop", "Lot 7 Great Northern Hwy",
                               "Newman WA 6753"], 9)
            y0 = 710
        else:
            y0 = 776
        y = p.table(30, y0, [50, 300, 30, 35, 60, 60],
                    [["Item", "Description", "Qty", "UOM", "Price", "Total"]]
                    + [[cp, d, q, u, f"{pr:,.2f}", f"{q * pr:,.2f}"] for cp, s, d, q, u, pr in ch],
                    ruled=False, size=8, aligns=["l", "l", "r", "l", "r", "r"])
        if pi == len(chunks):
            sub = sum(q * pr for *_, q, _, pr in lines)
            p.text(555, y - 16, f"Subtotal {sub:,.2f}   GST {sub * 0.1:,.2f}   Total {sub * 1.1:,.2f} AUD", 9, right=True)
        p.page()
    write("f07-redridge-po-multipage.pdf", p.bytes(),
          label("Red Ridge Mining Pty Ltd", "RR-PO-118277", "2026-12-03", "2026-12-21", "AUD",
                {"name": "Red Ridge Mine - Fleet Workshop", "street": "Lot 7 Great Northern Hwy", "city": "Newman",
                 "region": "WA", "postal_code": "6753", "country": "AU"},
                [L(s, d, q, u, pr, cp) for cp, s, d, q, u, pr in lines]))


def xlsx_summit():
    lines = [("MO-5W30S-5Q", 12, "EA"), ("MO-0W20S-QT", 4, "CS"), ("OF-101", 24, "EA"),
             ("OF-106", 24, "EA"), ("WB-20C", 6, "EA"), ("TY-2155516-93V", 4, "EA"), ("CL-OAT-5050-GL", 12, "EA")]
    from masterdata import desc

    def b(wb):
        ws = wb.active
        ws.title = "PO"
        ws["A1"] = "SUMMIT TIRE & LUBE - PURCHASE ORDER"
        ws["A3"] = "PO #"; ws["B3"] = "ST-9941"
        ws["A4"] = "PO Date"
        from datetime import datetime
        ws["B4"] = datetime(2026, 12, 5); ws["B4"].number_format = "mm/dd/yyyy"
        ws["A5"] = "Vendor"; ws["B5"] = "Harborline Auto & Fleet Supply"
        ws["A6"] = "Ship to"; ws["B6"] = "Summit Tire & Lube, 615 Summit St, Toledo OH 43604"
        ws.append([])
        ws.append(["Item #", "Description", "Qty", "UOM", "Price", "Ext"])
        for s, q, u in lines:
            r = ws.max_row + 1
            ws.append([s, desc(s).split(";")[0], q, u, price(s), round(q * price(s), 2)])
    write("f08-summit-order.xlsx", xlsx(b),
          label("Summit Tire & Lube", "ST-9941", "2026-12-05", None, None,
                {"name": "Summit Tire & Lube", "street": "615 Summit St", "city": "Toledo", "region": "OH",
                 "postal_code": "43604", "country": "US"},
                [L(s, desc(s).split(";")[0], q, u, price(s)) for s, q, u in lines]))


def csv_de():
    lines = [("BR-0102", "OF-102", "Ölfilter FRAM PH3614 / WIX 51348", 20, "Stk", "EA", 6.10),
             ("BR-0108", "OF-108", "Ölfilter ACDelco PF63", 10, "Stk", "EA", 6.00),
             ("BR-0530", "BP-F150-RC", "Bremsbeläge hinten Keramik F-150", 2, "Satz", "SET", 51.30),
             ("BR-0231", "SB-7-1050", "Keilrippenriemen 7PK Gates K071050", 2, "Stk", "EA", 33.90),
             ("BR-0950", "BC-NC-14", "Bremsenreiniger chlorfrei 14 oz, Karton 12", 4, "Ktn", "CS", 44.00),
             ("BR-0960", "MO-0W20S-GL", "Motoröl 0W-20 vollsynthetisch 1 gal", 12, "Stk", "EA", 20.75)]
    out = "Bestellnummer;Bestelldatum;Lieferdatum;Artikelnummer;Bezeichnung;Menge;Einheit;Einzelpreis;Währung\n"
    for cp, s, d, q, u, _, pr in lines:
        out += f"4711-26-102;05.12.2026;22.12.2026;{cp};{d};{q};{u};{money(pr)};EUR\n"
    write("f09-brenner-bestellung.csv", out,
          label("Autowerkstatt Brenner GmbH", "4711-26-102", "2026-12-05", "2026-12-22", "EUR", None,
                [L(s, d, q, uu, pr, cp) for cp, s, d, q, _, uu, pr in lines]))


def csv_us():
    lines = [("KB-1001", "BLB-9006-2PK", "9006 headlight bulb 2pk", 4, "PK"),
             ("KB-1002", "BLB-9005-2PK", "9005 headlight bulb 2pk", 4, "PK"),
             ("KB-2040", "MO-5W30S-5Q", "5W-30 synthetic 5qt", 10, "EA"),
             ("KB-2041", "MO-5W30C-5Q", "5W-30 conventional 5qt", 10, "EA"),
             ("KB-3300", "TWL-BLU-12", "blue shop towels cs/12", 2, "CS"),
             ("KB-3310", "RAG-WHT-10", "white rags 10 lb box", 3, "BX")]
    out = "po_number,our_part,description,qty,uom,unit_price\n"
    for cp, s, d, q, u in lines:
        out += f"7802,{cp},{d},{q},{u},{price(s):.2f}\n"
    write("f10-kessler-order.csv", out,
          label("Kessler Brothers Garage", "7802", None, None, None, None,
                [L(s, d, q, u, price(s), cp) for cp, s, d, q, u in lines]))


def txt_fixed():
    lines = [("OF-105", "OIL FILTER PH8A", 12, "EA"), ("AF-308", "AIR FILTER RAM 1500", 2, "EA"),
             ("SB-6-0880", "SERP BELT 6K 88.0", 1, "EA"), ("BP-SILV-RC", "PADS REAR CERAMIC SILVERADO", 2, "SET"),
             ("BAT-78-700", "BATTERY 78 700CCA", 2, "EA"), ("BC-CHL-19", "BRAKE CLEAN CHLOR CS12", 2, "CS")]
    out = ("SHOPBENCH SMS 4.1                PARTS PURCHASE ORDER EXPORT\n"
           "SHOP: RIVERSIDE AUTO REPAIR      2210 RIVER RD  MAUMEE OH 43537\n"
           "PO#: 10466        PO DATE: 2026-12-06       NEED BY: 2026-12-09\n"
           "VENDOR: HARBORLINE AUTO & FLEET SUPPLY (ACCT 20417)\n"
           "SHIP TO: SAME AS SHOP\n\n"
           "VENDOR PART      DESCRIPTION                       QTY  UM     COST\n"
           "---------------- ------------------------------ ------ --- --------\n")
    for s, d, q, u in lines:
        out += f"{s:<16} {d:<30} {q:>6} {u:<3} {price(s):>8.2f}\n"
    out += "---------------- ------------------------------ ------ --- --------\nEND OF EXPORT\n"
    write("f11-riverside-export.txt", out,
          label("Riverside Auto Repair", "10466", "2026-12-06", "2026-12-09", None,
                {"name": "RIVERSIDE AUTO REPAIR", "street": "2210 RIVER RD", "city": "MAUMEE", "region": "OH",
                 "postal_code": "43537", "country": "US"},
                [L(s, d, q, u, price(s)) for s, d, q, u in lines]))


def not_orders():
    write("n01-lakeview-quote-request.eml", eml(
        "n01", "Rick Palmer <rpalmer@lakeviewford.com>", TO, "pricing request",
        "Fri, 04 Dec 2026 16:00:00 -0500",
        "Hi Sharon,\n\nBefore I put a PO in, can you quote me pricing on:\n\n40 cs 5W-30 synthetic quarts\n"
        "24 FL-820S equivalents\n10 group 65 batteries\n\nIf the drum price beats the quarts let me know too. Not an order yet.\n\n"
        "Rick Palmer\nLakeview Ford\n"),
        {"kind": "not_an_order"})

    p = Pdf(letter, "Invoice 88213")
    p.text(40, 750, "MIDWEST LUBRICANTS CO.", 15, "Helvetica-Bold")
    p.lines(40, 734, ["2900 Refinery Rd, Lima OH 45801", "(419) 555-0199"], 8)
    p.text(420, 750, "INVOICE", 15, "Helvetica-Bold")
    p.lines(420, 734, ["Invoice No: 88213", "Invoice Date: 12/02/2026", "Your PO: HL-P-20931", "Terms: Net 30"], 8.5)
    p.lines(40, 690, ["Bill To:", "Harborline Auto & Fleet Supply, Inc.", "4100 Expressway Dr", "Toledo OH 43608"], 8.5)
    rows = [["Item", "Description", "Qty", "Price", "Amount"],
            ["ML-5W30S-QT", "5W-30 full synthetic 12x1qt", "200", "44.20", "8,840.00"],
            ["ML-15W40-DR", "15W-40 CK-4 55 gal drum", "12", "561.00", "6,732.00"]]
    y = p.table(40, 620, [90, 230, 50, 70, 80], rows, ruled=True, aligns=["l", "l", "r", "r", "r"])
    p.text(560, y - 18, "Amount Due: $15,572.00", 10, "Helvetica-Bold", right=True)
    write("n02-supplier-invoice.eml", eml(
        "n02", "Midwest Lubricants AR <ar@midwestlubricants.com>", "ap@harborlinesupply.com",
        "Invoice 88213", "Wed, 02 Dec 2026 12:00:00 -0500",
        "Please find attached invoice 88213 for your PO HL-P-20931. Payment due within 30 days.\n\nMidwest Lubricants Co. - Accounts Receivable\n",
        attachments=[("INV-88213.pdf", "application/pdf", p.bytes())]),
        {"kind": "invoice"})

    write("n03-summit-return.eml", eml(
        "n03", "Gina Alvarez <gina@summittirelube.com>", TO, "wrong batteries on PO ST-9908",
        "Thu, 03 Dec 2026 11:20:00 -0500",
        "Hi,\n\nOn PO ST-9908 we ordered 3 group 35 640 CCA and got 3 of the 550 CCA. Also one of them was leaking "
        "out of the box. Please send an RMA and a driver to pick them up - we need credit on the invoice.\n\n"
        "Gina\nSummit Tire & Lube\n"),
        {"kind": "not_an_order"})

    write("n04-webshop-notification.eml", eml(
        "n04", "Harborline Web Shop <noreply@shop.harborlinesupply.com>", TO,
        "[Harborline Shop] New order #WS-10488 (paid)", "Sat, 05 Dec 2026 21:14:00 -0500",
        "A new order has been placed on shop.harborlinesupply.com and has been imported into the ERP automatically.\n"
        "No action is needed.\n\n"
        "Order #WS-10488 - paid by card\nCustomer: Brian Tolliver (guest)\n\n"
        "1 x BAT-35-640  Battery group 35, 640 CCA   $129.00\n2 x WB-20B  Wiper blade 20\" beam   $17.95\n\n"
        "Subtotal $164.90  Shipping $0.00  Tax $11.54  Total $176.44\n\n"
        "-- This is an automated message. Do not reply.\n"),
        {"kind": "not_an_order"})

    write("n05-millbrook-wismo.eml", eml(
        "n05", "Janet Ostrowski <jostrowski@millbrookmi.gov>", TO, "Status of PO MB-26-1142?",
        "Mon, 07 Dec 2026 07:35:00 -0500",
        "Hi,\n\nOur PO MB-26-1142 (12 wiper blades 22\" beam, 4 batteries) was supposed to arrive at the Public Works "
        "Yard last Thursday and nothing has shown up. Can you tell me where it is and send a tracking number?\n\n"
        "Thanks,\nJanet Ostrowski\nCity of Millbrook Fleet Services\n"),
        {"kind": "not_an_order"})


def build():
    x12(); edifact(); ubl(); pdf_unruled(); pdf_mono(); pdf_twocol(); pdf_multipage_au()
    xlsx_summit(); csv_de(); csv_us(); txt_fixed(); not_orders()
