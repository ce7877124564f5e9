# Order e-mails part A. Each doc: name, fields for the e-mail, label, phenomena.
from customers_data import BY_ID
SELLER = "Tidewater Flow & Pool Supply <orders@tidewaterflow.com>"

def S(cid):
    c = BY_ID[cid]
    return {"name": c["ship_to_name"], "street": c["ship_to_street"], "city": c["ship_to_city"],
            "region": c["ship_to_region"], "postal_code": c["ship_to_postal_code"], "country": c["ship_to_country"]}

def ST(name, street, city, region, pc, country):
    d = {"name": name, "street": street, "city": city, "region": region, "postal_code": pc, "country": country}
    return {k: v for k, v in d.items() if v is not None}

def PO(cid_or_name, po, od, rd, cur, ship, lines, kind="purchase_order"):
    cust = BY_ID[cid_or_name]["name"] if cid_or_name in BY_ID else cid_or_name
    lab = {"kind": kind, "customer": cust, "po_number": po, "order_date": od, "requested_date": rd}
    if cur is not None:
        lab["currency"] = cur
    if ship is not None:
        lab["ship_to"] = ship
    lab["lines"] = [dict(sku=l[0], customer_part=l[1], description=l[2], quantity=l[3], uom=l[4],
                         unit_price=(l[5] if len(l) > 5 else None)) for l in lines]
    return lab

DOCS = []
def D(**k):
    DOCS.append(k)

D(name="e01_bluewater_tampa_tabs", fmt="eml", frm="Danny Ortiz <danny@bluewaterpoolservices.com>",
  date="Mon, 30 Nov 2026 07:12:44 -0500", subject="PO# BWP-20877",
  text="""Hi team,

Please ship the following on PO# BWP-20877:

12 x 3in trichlor tabs 50lb
6 x cal hypo shock 1lb (cs/24)
4 x muriatic 4/1 gal
10 x 6-way test strips
2 x 18" SS wall brush

Need it by Friday 12/11 at the shop.

Thanks,
Danny Ortiz
Blue Water Pool Services
7710 Causeway Blvd, Tampa FL 33619
(813) 555-0147
""",
  label=PO("C1002", "BWP-20877", None, "2026-12-11", None, S("C1002"), [
    ("TRI3-50LB", None, "3in trichlor tabs 50lb", 12, "EA"),
    ("CHS-1LB-24", None, "cal hypo shock 1lb (cs/24)", 6, "CS"),
    ("MUR-4X1G", None, "muriatic 4/1 gal", 4, "CS"),
    ("TST-6W-50", None, "6-way test strips", 10, "PK"),
    ("BRS-18-SS", None, '18" SS wall brush', 2, "EA")]),
  phen="plain; own words; qty before '12 x'; PO# in subject+body; date 'Friday 12/11'; ship-to in signature")

D(name="e02_ridgeline_filters", fmt="eml", frm="Kayla Brandt <kbrandt@ridgelinehvac.com>",
  date="Tue, 17 Nov 2026 15:40:09 -0700", subject="filters + misc",
  text="""P.O. No. 31877

16x25x1 merv 11 - 6 cs
20x25x1 MERV8 x4
16x20 M13 (3)
foil tape 2.5" qty 12
line set 3/8 x 3/4 50' x2

Deliver to shop. Date needed: 2026-12-09

Kayla
Ridgeline Heating & Air | Purchasing
""",
  label=PO("C1015", "31877", None, "2026-12-09", None, S("C1015"), [
    ("AF-M11-16251", None, "16x25x1 merv 11", 6, "CS"),
    ("AF-M8-20251", None, "20x25x1 MERV8", 4, "CS"),
    ("AF-M13-16201", None, "16x20 M13", 3, "CS"),
    ("FTP-63-55", None, 'foil tape 2.5"', 12, "RL"),
    ("LS-3834-50", None, "line set 3/8 x 3/4 50'", 2, "SET")]),
  phen="plain; qty after '- 6 cs', 'x4', '(3)', 'qty 12', 'x2'; abbreviations; ISO date; 'P.O. No.'")

D(name="e03_harborview_outlook_table", fmt="eml", frm="Gregory Fane <gfane@harborviewhotels.com>",
  date="Mon, 23 Nov 2026 09:02:31 -0500", subject="Purchase Order 4500019322 - Tidewater",
  text=None,
  html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Please process the purchase order below. Confirm receipt and ETA.</p>
<p><b>PO Number:</b> 4500019322<br><b>PO Date:</b> 11/23/2026<br><b>Required by:</b> 12/04/2026</p>
<p><b>Ship To:</b><br>Harborview Inner Harbor Hotel - Engineering<br>Attn: Receiving Dock B<br>410 Light Street<br>Baltimore, MD 21202</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E1F2"><th>Line</th><th>Item #</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit Price</th><th>Ext. Price</th></tr>
<tr><td>1</td><td>SSL-F-16</td><td>Faucet supply line SS braided 3/8 x 1/2 16"</td><td>24</td><td>EA</td><td>$5.90</td><td>$141.60</td></tr>
<tr><td>2</td><td>SSL-T-12</td><td>Toilet supply line SS braided 12"</td><td>24</td><td>EA</td><td>$5.60</td><td>$134.40</td></tr>
<tr><td>3</td><td>AS-QT-FIP</td><td>Angle stop 1/4 turn 1/2 FIP x 3/8</td><td>30</td><td>EA</td><td>$8.40</td><td>$252.00</td></tr>
<tr><td>4</td><td>PT-PVC-150</td><td>P-Trap PVC 1 1/2</td><td>12</td><td>EA</td><td>$7.40</td><td>$88.80</td></tr>
<tr><td>5</td><td>PTFE-W-050-DZ</td><td>Teflon tape white 1/2 (dz)</td><td>2</td><td>DZ</td><td>$10.20</td><td>$20.40</td></tr>
<tr><td>6</td><td>CDP-115</td><td>Condensate pump 115V</td><td>3</td><td>EA</td><td>$68.00</td><td>$204.00</td></tr>
<tr><td colspan="6" align="right"><b>Total</b></td><td><b>$841.20</b></td></tr>
</table>
<p>Thank you,<br>Gregory Fane<br>Purchasing Coordinator | Harborview Hotel Group<br>410 Light Street, Baltimore MD 21202</p>
</body></html>""",
  label=PO("C1019", "4500019322", "2026-11-23", "2026-12-04", "USD",
           ST("Harborview Inner Harbor Hotel - Engineering", "410 Light Street", "Baltimore", "MD", "21202", "US"), [
    ("SSL-F-16", None, 'Faucet supply line SS braided 3/8 x 1/2 16"', 24, "EA", 5.90),
    ("SSL-T-12", None, 'Toilet supply line SS braided 12"', 24, "EA", 5.60),
    ("AS-QT-FIP", None, "Angle stop 1/4 turn 1/2 FIP x 3/8", 30, "EA", 8.40),
    ("PT-PVC-150", None, "P-Trap PVC 1 1/2", 12, "EA", 7.40),
    ("PTFE-W-050-DZ", None, "Teflon tape white 1/2 (dz)", 2, "DZ", 10.20),
    ("CDP-115", None, "Condensate pump 115V", 3, "EA", 68.00)]),
  phen="HTML only (Outlook); table with header row; exact SKUs; prices + extension; multi-line ship-to with Attn line; PO date; required-by")

D(name="e04_lakeshore_pdf_po", fmt="eml", frm="Accounts Payable - Purchasing <purchasing@lakeshorefg.com>",
  date="Wed, 18 Nov 2026 11:25:00 -0600", subject="Lakeshore Facilities Group Purchase Order PO-LFG-0088412",
  text="""Please find attached Purchase Order PO-LFG-0088412.

Reference the PO number on all packing slips and invoices. Do not reply to this mailbox.

Lakeshore Facilities Group Inc - Purchasing
""",
  attach=[("PO-LFG-0088412.pdf", "pdf", dict(
    title="PURCHASE ORDER", company=["Lakeshore Facilities Group Inc", "1 N Wacker Dr, Suite 2900", "Chicago, IL 60606", "Tel (312) 555-0190"],
    meta=[("PO Number", "PO-LFG-0088412"), ("PO Date", "11/18/2026"), ("Delivery Date", "12/02/2026"), ("Terms", "Net 45"), ("Buyer", "M. Kowalczyk")],
    blocks=[("Vendor", ["Tidewater Flow & Pool Supply Co.", "Vendor # V-20417", "orders@tidewaterflow.com"]),
            ("Ship To", ["Lakeshore Facilities Group - DC 2", "2250 W 43rd St", "Chicago, IL 60609", "USA"]),
            ("Bill To", ["Lakeshore Facilities Group Inc", "Accounts Payable", "1 N Wacker Dr, Suite 2900", "Chicago, IL 60606"])],
    cols=["Ln", "Our Item", "Vendor Item", "Description", "Qty", "UOM", "Unit Price", "Amount"],
    rows=[["1", "LF-88-1012", "AF-M8-16251", "FILTER PLEATED 16X25X1 MERV8 12/CS", "10", "CS", "41.04", "410.40"],
          ["2", "LF-88-1013", "AF-M8-20201", "FILTER PLEATED 20X20X1 MERV8 12/CS", "8", "CS", "41.80", "334.40"],
          ["3", "LF-88-1124", "AF-M11-20251", "FILTER PLEATED 20X25X1 MERV11 12/CS", "6", "CS", "73.16", "438.96"],
          ["4", "LF-31-0407", "DMS-1G", "DUCT MASTIC GREY 1 GAL", "6", "EA", "24.90", "149.40"],
          ["5", "LF-31-0412", "FTP-48-50", "TAPE FOIL 1.9IN X 55YD", "24", "RL", "9.80", "235.20"],
          ["6", "LF-44-0090", "CTB-38-50", "TUBING CONDENSATE 3/8 ID 50FT", "10", "RL", "14.20", "142.00"]],
    totals=[("Subtotal", "1,710.36"), ("Freight", "0.00"), ("Total USD", "1,710.36")],
    notes="Deliveries Mon-Fri 7:00-14:00 only. Dock 3."))],
  label=PO("C1020", "PO-LFG-0088412", "2026-11-18", "2026-12-02", "USD",
           ST("Lakeshore Facilities Group - DC 2", "2250 W 43rd St", "Chicago", "IL", "60609", "US"), [
    ("AF-M8-16251", "LF-88-1012", "FILTER PLEATED 16X25X1 MERV8 12/CS", 10, "CS", 41.04),
    ("AF-M8-20201", "LF-88-1013", "FILTER PLEATED 20X20X1 MERV8 12/CS", 8, "CS", 41.80),
    ("AF-M11-20251", "LF-88-1124", "FILTER PLEATED 20X25X1 MERV11 12/CS", 6, "CS", 73.16),
    ("DMS-1G", "LF-31-0407", "DUCT MASTIC GREY 1 GAL", 6, "EA", 24.90),
    ("FTP-48-50", "LF-31-0412", "TAPE FOIL 1.9IN X 55YD", 24, "RL", 9.80),
    ("CTB-38-50", "LF-44-0090", "TUBING CONDENSATE 3/8 ID 50FT", 10, "RL", 14.20)]),
  phen="PDF attachment (ERP layout, side-by-side Vendor/Ship To/Bill To); buyer part + vendor item columns; bill-to vs ship-to; MM/DD/YYYY dates")

D(name="e05_shannon_pdf_eur", fmt="eml", frm="Aoife Brennan <aoife.brennan@shannonmech.ie>",
  date="Tue, 24 Nov 2026 14:51:18 +0000", subject="Purchase Order SM-2611-045",
  text="""Hi,

Purchase order SM-2611-045 attached for the Castletroy job. Please note delivery is to site, not to our yard.

Kind regards,
Aoife Brennan
Procurement | Shannon Mechanical Services Ltd
""",
  attach=[("SM-2611-045.pdf", "pdf", dict(
    title="PURCHASE ORDER", company=["Shannon Mechanical Services Ltd", "Unit 9, Raheen Business Park", "Limerick V94 K2T8", "VAT IE3318207PH"],
    meta=[("Order No.", "SM-2611-045"), ("Date", "24/11/2026"), ("Delivery required", "08/12/2026"), ("Currency", "EUR"), ("Job", "J-4471 Castletroy")],
    blocks=[("Supplier", ["Tidewater Flow & Pool Supply Co.", "orders@tidewaterflow.com"]),
            ("Deliver To", ["Castletroy Community Pool - Plant Room", "Dublin Road", "Castletroy, Limerick", "V94 X2E1, Ireland"])],
    cols=["No.", "Description", "Qty", "Unit", "Price EUR", "Total EUR"],
    rows=[["1", "Press elbow 90deg copper 3/4 inch", "40", "each", "5.20", "208.00"],
          ["2", "Press elbow 90deg copper 1/2 inch", "60", "each", "3.55", "213.00"],
          ["3", "Ball valve FBore 1in female thread lever", "6", "each", "22.50", "135.00"],
          ["4", "PTFE tape pink HD 3/4in", "20", "rolls", "2.25", "45.00"],
          ["5", "Thread sealant paste 250ml", "6", "tubes", "11.80", "70.80"],
          ["6", "Pipe lagging foam 6ft for 3/4 pipe", "50", "lengths", "2.65", "132.50"]],
    totals=[("Net", "804.30"), ("VAT 23%", "184.99"), ("Total", "989.29")],
    notes="Site contact: Ciaran 087 555 0192. Please call 30 min before arrival."))],
  label=PO("C1012", "SM-2611-045", "2026-11-24", "2026-12-08", "EUR",
           ST("Castletroy Community Pool - Plant Room", "Dublin Road", "Limerick", None, "V94 X2E1", "IE"), [
    ("CPE90-075", None, "Press elbow 90deg copper 3/4 inch", 40, "EA", 5.20),
    ("CPE90-050", None, "Press elbow 90deg copper 1/2 inch", 60, "EA", 3.55),
    ("BV-FP-T100", None, "Ball valve FBore 1in female thread lever", 6, "EA", 22.50),
    ("PTFE-P-075", None, "PTFE tape pink HD 3/4in", 20, "RL", 2.25),
    ("TSP-250", None, "Thread sealant paste 250ml", 6, "TB", 11.80),
    ("PIF-075-6", None, "Pipe lagging foam 6ft for 3/4 pipe", 50, "EA", 2.65)]),
  phen="PDF attachment; own descriptions no SKU; EUR; DD/MM/YYYY; deliver to site (not default); VAT line not a line; units as words (each/rolls/tubes/lengths)")

D(name="e06_coralcoast_pdf_aud", fmt="eml", frm="Jarrah Whitfield <purchasing@coralcoastaquatics.com.au>",
  date="Fri, 20 Nov 2026 10:03:55 +1000", subject="Order CCA-PO-1179",
  text="""G'day,

Our order CCA-PO-1179 attached. Prices in AUD as per our agreement.

Cheers
Jarrah
Coral Coast Aquatics
""",
  attach=[("CCA-PO-1179.pdf", "pdf", dict(
    title="PURCHASE ORDER", company=["Coral Coast Aquatics Pty Ltd", "ABN 61 604 118 237", "41 Aumuller Street, Cairns QLD 4870"],
    meta=[("PO No", "CCA-PO-1179"), ("Order Date", "20 Nov 2026"), ("Required", "14 Dec 2026"), ("Currency", "AUD")],
    blocks=[("Supplier", ["Tidewater Flow & Pool Supply Co.", "Acct 10-3381"]),
            ("Deliver To", ["Coral Coast Aquatics", "41 Aumuller Street", "Cairns QLD 4870", "Australia"])],
    cols=["#", "Our Code", "Item Description", "Qty", "UOM", "Unit $", "Line $"],
    rows=[["1", "CC-CHL-200", "Chlorine tablets 200g 10kg drum", "8", "DRUM", "138.00", "1,104.00"],
          ["2", "CC-LQ-20", "Liquid chlorine 12.5% 20L", "20", "EA", "44.50", "890.00"],
          ["3", "CC-ALG-5", "Algaecide 60% 5 litre", "6", "EA", "83.00", "498.00"],
          ["4", "CC-FLT-150", "Filter cartridge 150 sq ft", "4", "EA", "112.00", "448.00"],
          ["5", "CC-UN-40", "Pump union 40mm (1-1/2in) pr", "6", "PR", "21.20", "127.20"],
          ["6", "CC-DPD1", "DPD No.1 reagent 15ml", "12", "EA", "10.60", "127.20"],
          ["7", "CC-DPD2", "DPD No.2 reagent 15ml", "12", "EA", "10.60", "127.20"]],
    totals=[("Subtotal", "3,321.60"), ("GST", "332.16"), ("Total AUD", "3,653.76")],
    notes="Dangerous goods - Class 5.1 / Class 8. Tail-lift truck required."))],
  label=PO("C1013", "CCA-PO-1179", "2026-11-20", "2026-12-14", "AUD", S("C1013"), [
    ("TRI3-10KG", "CC-CHL-200", "Chlorine tablets 200g 10kg drum", 8, "DR", 138.00),
    ("LCL-20L", "CC-LQ-20", "Liquid chlorine 12.5% 20L", 20, "EA", 44.50),
    ("ALG-60-5L", "CC-ALG-5", "Algaecide 60% 5 litre", 6, "EA", 83.00),
    ("CF-150", "CC-FLT-150", "Filter cartridge 150 sq ft", 4, "EA", 112.00),
    ("PU-150-PR", "CC-UN-40", "Pump union 40mm (1-1/2in) pr", 6, "PR", 21.20),
    ("DPD-1-15", "CC-DPD1", "DPD No.1 reagent 15ml", 12, "EA", 10.60),
    ("DPD-2-15", "CC-DPD2", "DPD No.2 reagent 15ml", 12, "EA", 10.60)]),
  phen="PDF attachment; buyer's own codes; AUD ('prices in AUD'); '20 Nov 2026' dates; metric sizes vs catalog; GST not a line")

D(name="e07_desertbloom_xlsx", fmt="eml", frm="Marisol Quintero <marisol@desertbloompools.com>",
  date="Thu, 19 Nov 2026 16:20:41 -0700", subject="Desert Bloom order form - PO DB-6650",
  text="""Hi Tidewater,

Order form attached (PO DB-6650). Need these on or before 12/10/2026 - delivering to the Scottsdale warehouse.

Thanks!
Marisol Quintero
Desert Bloom Pool & Spa LLC
""",
  attach=[("DB-6650_order.xlsx", "xlsx", dict(
    header=[["Desert Bloom Pool & Spa LLC - Purchase Order"], ["PO #", "DB-6650"], ["Date", "11/19/2026"], ["Need by", "12/10/2026"],
            ["Ship to", "8820 E Via de Ventura, Scottsdale AZ 85258"], []],
    cols=["Item", "Description", "Qty", "Unit", "Price", "Total"],
    rows=[["TRI3-25LB", "3\" tabs 25 lb", 10, "pail", 109.00],
          ["", "Stabilizer 4lb", 12, "ea", 27.50],
          ["PHD-25LB", "pH down 25#", 8, "bag", 41.50],
          ["", "Bicarb / alk up 50 lb", 6, "bag", 49.00],
          ["CLR-QT", "Clarifier quart", 24, "ea", 12.40],
          ["", "Leaf rake deep bag HD", 6, "ea", 24.60],
          ["", "Tele pole 8-16'", 4, "ea", 34.00]]))],
  label=PO("C1014", "DB-6650", "2026-11-19", "2026-12-10", None, S("C1014"), [
    ("TRI3-25LB", None, '3" tabs 25 lb', 10, "EA", 109.00),
    ("CYA-4LB", None, "Stabilizer 4lb", 12, "EA", 27.50),
    ("PHD-25LB", None, "pH down 25#", 8, "BG", 41.50),
    ("ALK-50LB", None, "Bicarb / alk up 50 lb", 6, "BG", 49.00),
    ("CLR-QT", None, "Clarifier quart", 24, "EA", 12.40),
    ("LNT-BAG", None, "Leaf rake deep bag HD", 6, "EA", 24.60),
    ("TPL-16-8", None, "Tele pole 8-16'", 4, "EA", 34.00)]),
  phen="XLSX attachment with header block; SKU on some rows only; '#' for lb; formulas for totals")

D(name="e08_thamesvalley_xlsx_gbp", fmt="eml", frm="Rupert Oyelaran <r.oyelaran@tvleisure.co.uk>",
  date="Wed, 25 Nov 2026 08:47:10 +0000", subject="Chemical order - our ref TVL/PO/30418",
  text="""Morning,

Please see our chemical order attached, our ref TVL/PO/30418. Prices in GBP as per the framework agreement.
Deliver to Central Stores in Reading please, w/c 7 Dec - latest Wednesday 9 December.

Regards
Rupert Oyelaran
Contracts & Procurement, Thames Valley Leisure Centres Ltd
""",
  attach=[("TVL-PO-30418.xlsx", "xlsx", dict(
    header=[["Thames Valley Leisure Centres Ltd"], ["Order ref", "TVL/PO/30418"], ["Order date", "25/11/2026"], ["Deliver to", "Central Stores, Unit 2 Portman Road Industrial Estate, Reading RG30 1EA"], []],
    cols=["Supplier code", "Description", "Qty", "Unit", "Unit price (£)", "Line total (£)"],
    rows=[["CHS-45KG", "Calcium hypochlorite granules 45kg drum", 4, "drum", 160.00],
          ["PHD-25LB", "Sodium bisulphate pH minus 25lb", 10, "bag", 31.00],
          ["TST-7W-100", "Test strips 7 way tub 100", 12, "tub", 18.50],
          ["DEP-25LB", "DE powder 25lb", 8, "bag", 27.00],
          ["BRS-24-NY", "Wall brush 24in nylon", 6, "each", 16.00],
          ["VHS-15-50", "Vac hose 1.5in x 50ft", 3, "each", 42.00]]))],
  label=PO("C1018", "TVL/PO/30418", "2026-11-25", "2026-12-09", "GBP", S("C1018"), [
    ("CHS-45KG", None, "Calcium hypochlorite granules 45kg drum", 4, "DR", 160.00),
    ("PHD-25LB", None, "Sodium bisulphate pH minus 25lb", 10, "BG", 31.00),
    ("TST-7W-100", None, "Test strips 7 way tub 100", 12, "PK", 18.50),
    ("DEP-25LB", None, "DE powder 25lb", 8, "BG", 27.00),
    ("BRS-24-NY", None, "Wall brush 24in nylon", 6, "EA", 16.00),
    ("VHS-15-50", None, "Vac hose 1.5in x 50ft", 3, "EA", 42.00)]),
  phen="XLSX attachment; GBP; 'our ref'; 'deliver to Central Stores' (=default); date 'latest Wednesday 9 December'; UK spelling")

D(name="e09_pinebrook_csv", fmt="eml", frm="Terrence Holloway <tholloway@pinebrookliving.com>",
  date="Mon, 16 Nov 2026 13:14:02 -0500", subject="PO PB-11782 maintenance restock",
  text="""Hello,

Attached is a CSV with our restock for Crabtree. PO PB-11782.

Bill to:
Pinebrook Living Management LLC
200 Fayetteville St, Suite 1400
Raleigh, NC 27601

Ship to:
Pinebrook at Crabtree Apartments
Attn: Maintenance Shop
4120 Edwards Mill Rd
Raleigh, NC 27612

Thanks,
Terrence Holloway
Regional Maintenance Supervisor
""",
  attach=[("PB-11782.csv", "csv", dict(rows=[["item", "description", "qty", "uom"],
       ["", "Air filter 16x20x1 MERV 8 (12 pk)", "5", "CS"],
       ["", "Air filter 20x20x1 MERV 8 (12 pk)", "5", "CS"],
       ["SSL-T-12", "Toilet supply line 12in", "20", "EA"],
       ["", "P trap 1 1/4 PVC", "10", "EA"],
       ["CDP-115", "Condensate pump", "2", "EA"],
       ["", "Pool clarifier qt", "6", "EA"]]))],
  label=PO("C1017", "PB-11782", None, None, None,
           ST("Pinebrook at Crabtree Apartments", "4120 Edwards Mill Rd", "Raleigh", "NC", "27612", "US"), [
    ("AF-M8-16201", None, "Air filter 16x20x1 MERV 8 (12 pk)", 5, "CS"),
    ("AF-M8-20201", None, "Air filter 20x20x1 MERV 8 (12 pk)", 5, "CS"),
    ("SSL-T-12", None, "Toilet supply line 12in", 20, "EA"),
    ("PT-PVC-125", None, "P trap 1 1/4 PVC", 10, "EA"),
    ("CDP-115", None, "Condensate pump", 2, "EA"),
    ("CLR-QT", None, "Pool clarifier qt", 6, "EA")]),
  phen="CSV attachment; bill-to vs ship-to in body (ship-to is not the customers.csv default); 'Attn' line; no dates")
