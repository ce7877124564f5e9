from common import *
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas
from io import BytesIO

def fmt(x, dec=","):
    s = f"{x:,.2f}"
    if dec == ",": s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s

def render(d):
    """d: style, title, buyer(list of lines), left/right blocks, meta [(k,v)], cols, rows, totals, footer"""
    buf = BytesIO(); size = letter if d.get("letter") else A4
    cv = canvas.Canvas(buf, pagesize=size); W, H = size
    st = d["style"]; y = H - 50
    cv.setFont("Helvetica-Bold", 15)
    if st in ("proc", "council"):
        cv.drawString(40, y, d["buyer"][0]); cv.setFont("Helvetica", 8)
        for i, t in enumerate(d["buyer"][1:]): cv.drawString(40, y - 13 - i * 10, t)
        cv.setFont("Helvetica-Bold", 18); cv.drawRightString(W - 40, y, d["title"])
        cv.setFont("Helvetica", 9); yy = y - 18
        for k, v in d["meta"]:
            cv.drawRightString(W - 140, yy, k + ":"); cv.drawString(W - 135, yy, v); yy -= 12
        y = min(yy, y - 13 - len(d["buyer"]) * 10) - 15
    else:  # letter / de
        cv.drawCentredString(W / 2, y, d["buyer"][0]); cv.setFont("Helvetica", 8)
        cv.drawCentredString(W / 2, y - 12, "  |  ".join(d["buyer"][1:]))
        y -= 45; cv.setFont("Helvetica-Bold", 13); cv.drawString(40, y, d["title"]); y -= 20
        cv.setFont("Helvetica", 9); yy = y
        for k, v in d["meta"]:
            cv.drawString(W - 230, yy, k); cv.drawString(W - 130, yy, v); yy -= 12
        y0 = y
        for i, t in enumerate(d.get("supplier", [])): cv.drawString(40, y0 - i * 11, t)
        y = min(yy, y0 - len(d.get("supplier", [])) * 11) - 10
    # side by side blocks
    blocks = d.get("blocks", [])
    if blocks:
        bw = (W - 80) / len(blocks); top = y; h = 12 + 11 * max(len(b[1]) for b in blocks)
        for i, (ttl, ls) in enumerate(blocks):
            x = 40 + i * bw
            cv.rect(x, top - h, bw - 6, h + 4)
            cv.setFont("Helvetica-Bold", 8); cv.drawString(x + 4, top - 8, ttl); cv.setFont("Helvetica", 8)
            for j, t in enumerate(ls): cv.drawString(x + 4, top - 20 - j * 11, t)
        y = top - h - 20
    for t in d.get("pre", []):
        cv.setFont("Helvetica", 9); cv.drawString(40, y, t); y -= 12
    y -= 6
    cols = d["cols"]; xs = d["xs"]
    cv.setFont("Helvetica-Bold", 8)
    if d.get("grid"): cv.setFillGray(0.88); cv.rect(38, y - 4, W - 76, 14, fill=1, stroke=0); cv.setFillGray(0)
    for (name, al), x in zip(cols, xs):
        (cv.drawRightString if al == "r" else cv.drawString)(x, y, name)
    y -= 16; cv.setFont("Helvetica", 8)
    for r in d["rows"]:
        for (name, al), x, v in zip(cols, xs, r):
            (cv.drawRightString if al == "r" else cv.drawString)(x, y, str(v))
        if d.get("grid"): cv.setStrokeGray(0.7); cv.line(38, y - 4, W - 38, y - 4); cv.setStrokeGray(0)
        y -= 14
    y -= 6
    for k, v in d.get("totals", []):
        cv.setFont("Helvetica-Bold" if "otal" in k or "Brutto" in k or "Totaal" in k else "Helvetica", 9)
        cv.drawRightString(W - 120, y, k); cv.drawRightString(W - 42, y, v); y -= 13
    y -= 10; cv.setFont("Helvetica", 7.5)
    for t in d.get("footer", []): cv.drawString(40, y, t); y -= 10
    cv.showPage(); cv.save(); return buf.getvalue()

def send(fname, frm, subj, date, body, pdfname, d):
    data = render(d)
    eml(fname, frm, subj, date, body, [(pdfname, data, "application/pdf")])

def lines_rows(items, fmtrow):
    return [fmtrow(i + 1, it) for i, it in enumerate(items)]

# ---- P1 Greenline procurement system
items = [("GLX-00412","CF-4002","Cabin filter carbon Transit Custom",20,"EA",9.80),("GLX-00388","OF-1001","Oil filter Ford 2.0 EcoBlue",20,"EA",5.60),
         ("GLX-00391","AF-2001","Air filter Transit Custom 2.0",20,"EA",10.30),("GLX-00120","WB-22","Wiper blade flat 22in",24,"EA",6.40),
         ("GLX-00121","WB-16","Wiper blade flat 16in",24,"EA",5.90),("GLX-00702","BC-500-12","Brake cleaner 500ml x12",6,"CS",17.30)]
net = sum(q*p for _,_,_,q,_,p in items)
d = dict(style="proc", title="PURCHASE ORDER", buyer=["Greenline Logistics Ltd","Procurement Services, Fleet Engineering","Registered in England 06611842  VAT GB 944 1123 80"],
  meta=[("PO Number","GL-PO-002011"),("PO Date","01/12/2026"),("Revision","0"),("Buyer","Priya Shah"),("Need-by Date","08/12/2026")],
  blocks=[("SUPPLIER",["Apex Motor Factors Ltd","Supplier No. 300458","orders@apexmotorfactors.co.uk"]),
          ("SHIP TO",["Greenline Logistics - Daventry Hub","Plot 7, DIRFT Central","Daventry","Northamptonshire","NN6 7GZ"]),
          ("INVOICE TO",["Greenline Logistics Ltd - Accounts Payable","PO Box 7731","Northampton NN1 9ZZ","ap@greenline-logistics.co.uk"])],
  cols=[("Ln","l"),("Item","l"),("Supplier Part","l"),("Description","l"),("Qty","r"),("UOM","l"),("Unit Price","r"),("Net","r")],
  xs=[42,62,115,185,400,410,490,555], grid=True,
  rows=[(i+1,a,b,c_,q,u,f"{p:.2f}",f"{q*p:,.2f}") for i,(a,b,c_,q,u,p) in enumerate(items)],
  totals=[("Net Total GBP",f"{net:,.2f}"),("VAT @ 20%",f"{net*0.2:,.2f}"),("Total GBP",f"{net*1.2:,.2f}")],
  footer=["Our PO number must appear on all invoices and delivery notes. Terms: 60 days EOM.","This order is subject to Greenline Logistics standard terms and conditions of purchase."])
send("37_greenline_po.eml","Greenline Procurement <no-reply@greenline-logistics.co.uk>","Purchase Order GL-PO-002011 from Greenline Logistics Ltd","Tue, 01 Dec 2026 06:00:12 +0000",
 "Dear Supplier,\n\nPlease find attached Purchase Order GL-PO-002011.\n\nThis is an automatically generated message. Do not reply to this address.\n","GL-PO-002011.pdf",d)
label("37_greenline_po.eml","Greenline Logistics Ltd","GL-PO-002011",[L(b,c_,q,u,p,a) for a,b,c_,q,u,p in items],
 order_date="2026-12-01",req="2026-12-08",currency="GBP",ship_to=ship("Greenline Logistics - Daventry Hub","Plot 7, DIRFT Central","Daventry","Northamptonshire","NN6 7GZ","GB"))

# ---- P2 Westcountry dealer group PO (Exeter site, not default)
items = [("1471-22","BP-VWG7-F","PAD SET FRONT GOLF VII",6,"SET",21.90),("1471-23","BP-VWG7-R","PAD SET REAR GOLF VII",6,"SET",17.60),
         ("2209-10","OIL-5W30C3-205","OIL 5W30 504/507 205LTR",1,"EA",1020.00),("3310-04","BLB-H7-10","BULB H7 12V (10)",5,"BX",16.20)]
net = sum(q*p for *_,q,_,p in items)
d = dict(style="letter", title="PURCHASE ORDER", buyer=["WESTCOUNTRY MOTOR GROUP","Group Parts Purchasing","Hawthorn House, Cribbs Causeway, Bristol BS10 7TL","Tel 0117 496 0230"],
  supplier=["To:","Apex Motor Factors Ltd","Trade Counter","Leeds"],
  meta=[("Order No.","WMG-EX-55231"),("Order Date","02 Dec 2026"),("Dealer","Exeter Volkswagen"),("Account","APEX01")],
  pre=["Deliver to: Exeter Volkswagen, Marsh Barton Road, Exeter, Devon EX2 8NP","Delivery required: 07 Dec 2026 (AM)"],
  cols=[("Our Part No","l"),("Your Ref","l"),("Description","l"),("Qty","r"),("Unit","l"),("Price","r"),("Value","r")],
  xs=[40,100,180,390,400,470,550],
  rows=[(a,b,c_,q,u,f"£{p:.2f}",f"£{q*p:,.2f}") for a,b,c_,q,u,p in items],
  totals=[("Goods",f"£{net:,.2f}"),("VAT 20%",f"£{net*0.2:,.2f}"),("Order Total",f"£{net*1.2:,.2f}")],
  footer=["Please quote the order number on all correspondence. Partial deliveries accepted."])
send("38_westcountry_exeter.eml","Group Purchasing <purchasing@westcountrymotors.co.uk>","WMG-EX-55231","Wed, 02 Dec 2026 09:12:00 +0000",
 "Hi,\n\nOrder attached for our Exeter site. Please note delivery address.\n\nRegards\nSarah Whitlock\nGroup Parts Purchasing | Westcountry Motor Group\n","WMG-EX-55231.pdf",d)
label("38_westcountry_exeter.eml","Westcountry Motor Group","WMG-EX-55231",[L(b,c_,q,u,p,a) for a,b,c_,q,u,p in items],
 order_date="2026-12-02",req="2026-12-07",currency="GBP",ship_to=ship("Exeter Volkswagen","Marsh Barton Road","Exeter","Devon","EX2 8NP","GB"))

# ---- P3 Calderbridge council official order
items = [("Nitrile gloves black large (box 100)","GL-NIT-L",30,"BX",6.95),("Nitrile gloves black XL (box 100)","GL-NIT-XL",30,"BX",7.15),
         ("Blue centrefeed rolls 2ply (pack of 6)","PR-BLUE-2P",12,"PK",16.20),("Absorbent granules 20L","AS-GRAN-20",20,"EA",7.10),
         ("Screenwash concentrate 5L","SW-5L-C",40,"EA",4.70),("AdBlue 10L","ADB-10L",24,"EA",9.10)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="council", title="OFFICIAL ORDER", buyer=["Calderbridge Borough Council","Environment & Highways - Fleet Services","Town Hall, Crossley Street, Calderbridge HX4 1AA"],
  meta=[("Order Number","4500079020"),("Order Date","03.12.2026"),("Cost Centre","FS-2210"),("Requisitioner","A. Sutcliffe")],
  blocks=[("Supplier","Apex Motor Factors Ltd|Vendor 0004412".split("|")),
          ("Deliver To","Calderbridge BC Fleet Depot|Stoney Lane Depot, Stoney Lane|Calderbridge|HX4 9QE".split("|")),
          ("Invoices To","Calderbridge Borough Council|Accounts Payable, PO Box 99|Calderbridge HX4 1ZZ".split("|"))],
  cols=[("Line","l"),("Description","l"),("Supplier Ref","l"),("Qty","r"),("Unit","l"),("Unit Cost","r"),("Line Total","r")],
  xs=[42,70,300,400,410,480,555], grid=True,
  rows=[(i+1,a,b,q,u,f"{p:.2f}",f"{q*p:.2f}") for i,(a,b,q,u,p) in enumerate(items)],
  totals=[("Total excl. VAT",f"{net:.2f}"),("VAT",f"{net*0.2:.2f}"),("Total incl. VAT",f"{net*1.2:.2f}")],
  footer=["Goods must be delivered by 11/12/2026. Deliveries Mon-Fri 08:00-15:00 only.",
          "The Council will not pay invoices that do not quote the official order number. No order, no pay."])
send("39_calderbridge_po.eml","Fleet Workshop <fleetworkshop@calderbridge.gov.uk>","Official Order 4500079020","Thu, 03 Dec 2026 10:30:00 +0000",
 "Please see attached official order.\n\nAndrew Sutcliffe\nFleet Workshop Supervisor\n","4500079020.pdf",d)
label("39_calderbridge_po.eml","Calderbridge Borough Council","4500079020",[L(b,a,q,u,p) for a,b,q,u,p in items],
 order_date="2026-12-03",req="2026-12-11",currency="GBP",ship_to=ship("Calderbridge BC Fleet Depot","Stoney Lane","Calderbridge",None,"HX4 9QE","GB"))

# ---- P4 Southern Cross AU
items = [("SCF-BRK-014","Front pad set - Sprinter 906",8,"SET",44.00),("SCF-BRK-015","Rear pad set - Sprinter 906",8,"SET",36.00),
         ("SCF-BRK-022","Front rotor pair - Sprinter 906",4,"PR",118.00),("SCF-FLD-003","Brake fluid DOT4 5L",2,"EA",39.50)]
skus = ["BP-MSP-F","BP-MSP-R","BD-MSP-F","BF-DOT4-5L"]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="proc", title="PURCHASE ORDER", buyer=["Southern Cross Fleet Pty Ltd","ABN 41 603 221 870","14 Boundary Rd, Rocklea QLD 4106"],
  meta=[("PO No","SCF-PO-30502"),("Date","04/12/2026"),("Delivery","11/12/2026"),("Terms","30 days EOM")],
  blocks=[("Vendor",["Apex Motor Factors Ltd","Acct: APX-AU"]),("Deliver To",["Southern Cross Fleet - Workshop","Gate 3, 14 Boundary Rd","Rocklea QLD 4106"])],
  cols=[("Item Code","l"),("Description","l"),("Qty","r"),("UOM","l"),("Unit $","r"),("Ext $","r")],
  xs=[42,130,380,390,470,555], grid=True,
  rows=[(a,b,q,u,f"{p:.2f}",f"{q*p:.2f}") for a,b,q,u,p in items],
  totals=[("Subtotal (ex GST)",f"{net:.2f}"),("GST 10%",f"{net*0.1:.2f}"),("Total AUD inc GST",f"{net*1.1:.2f}")])
send("40_southerncross_po.eml","Bec Thompson <bec.thompson@southerncrossfleet.com.au>","SCF-PO-30502","Fri, 04 Dec 2026 08:30:00 +1000",
 "Hi, PO attached for the Sprinter brake jobs. Cheers, Bec\n","SCF-PO-30502.pdf",d)
label("40_southerncross_po.eml","Southern Cross Fleet Pty Ltd","SCF-PO-30502",[L(s,b,q,u,p,a) for s,(a,b,q,u,p) in zip(skus,items)],
 order_date="2026-12-04",req="2026-12-11",currency="AUD",ship_to=ship("Southern Cross Fleet - Workshop","Gate 3, 14 Boundary Rd","Rocklea","QLD","4106","AU"))

# ---- P5 Midwest US (letter size, MM/DD)
items = [("OF-1005","OIL FILTER FL500S",48,"EA",8.90),("BP-FF150-F","PADS FRT F150",10,"SET",40.00),("BAT-G65","BATT GRP 65",4,"EA",179.00),("BC-5L","BRAKE CLEAN BULK 5L (1.3 GAL)",6,"EA",21.00)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="letter", letter=True, title="PURCHASE ORDER", buyer=["MIDWEST FLEET MAINTENANCE INC.","2450 Refugee Rd, Columbus, OH 43207","(614) 555-0182"],
  supplier=["VENDOR:","Apex Motor Factors","Export Sales"],
  meta=[("P.O. #","88455"),("DATE","12/04/2026"),("SHIP VIA","FedEx Freight"),("REQ. DATE","12/14/2026"),("F.O.B.","Destination")],
  pre=["SHIP TO: Midwest Fleet Maintenance - Bay 2, 2450 Refugee Rd, Columbus, OH 43207"],
  cols=[("VENDOR PART #","l"),("DESCRIPTION","l"),("QTY","r"),("U/M","l"),("UNIT PRICE","r"),("TOTAL","r")],
  xs=[40,140,380,390,480,570],
  rows=[(a,b,q,u,f"${p:,.2f}",f"${q*p:,.2f}") for a,b,q,u,p in items],
  totals=[("SUBTOTAL",f"${net:,.2f}"),("SALES TAX","EXEMPT"),("SHIPPING","TBD"),("TOTAL",f"${net:,.2f}")],
  footer=["Authorized by: R. Kowalski"])
send("41_midwest_po.eml","Ray Kowalski <rkowalski@midwestfleetmx.com>","PO 88455","Fri, 04 Dec 2026 16:20:00 -0500","See attached PO 88455.\n\nRay\n","PO88455.pdf",d)
label("41_midwest_po.eml","Midwest Fleet Maintenance Inc.","88455",[L(a,b,q,u,p) for a,b,q,u,p in items],
 order_date="2026-12-04",req="2026-12-14",currency="USD",ship_to=ship("Midwest Fleet Maintenance - Bay 2","2450 Refugee Rd","Columbus","OH","43207","US"))

# ---- P6 Autohaus Brandt DE
items = [("10","St.","BD-VWG7-F","Bremsscheibe VA Golf VII 312mm (Paar)",4,"PR",61.00),("20","Satz","BP-VWG7-F","Bremsbelagsatz VA Golf VII",8,"SET",25.40),
         ("30","St.","BLB-H7-10","Glühlampe H7 12V 55W (VE 10)",3,"BX",18.90),("40","Kan.","OIL-5W30C3-5","Motoröl 5W-30 VW 504/507 5 L",12,"EA",34.20)]
net = sum(q*p for _,_,_,_,q,_,p in items)
d = dict(style="de", title="Bestellung", buyer=["Autohaus Brandt GmbH","Vahrenwalder Str. 212","30179 Hannover","Tel. 0511 6387 0"],
  supplier=["Autohaus Brandt GmbH · Vahrenwalder Str. 212 · 30179 Hannover","","Apex Motor Factors Ltd","Export","Leeds, Großbritannien"],
  meta=[("Bestell-Nr.:","B-2026-1203"),("Datum:","03.12.2026"),("Liefertermin:","KW 50 / 09.12.2026"),("Ansprechpartner:","J. Krause")],
  pre=["Lieferanschrift: Autohaus Brandt GmbH, Warenannahme Tor 2, Vahrenwalder Str. 212, 30179 Hannover"],
  cols=[("Pos.","l"),("Menge","r"),("ME","l"),("Art.-Nr.","l"),("Bezeichnung","l"),("EP EUR","r"),("GP EUR","r")],
  xs=[40,95,100,130,200,480,555],
  rows=[(pos,q,me,s,b,fmt(p),fmt(q*p)) for pos,me,s,b,q,u,p in items],
  totals=[("Netto",fmt(net)),("MwSt 19 %",fmt(net*0.19)),("Brutto",fmt(net*1.19))],
  footer=["Bitte Bestellnummer auf Lieferschein und Rechnung angeben. Es gelten unsere Einkaufsbedingungen.",
          "Amtsgericht Hannover HRB 55102 · USt-IdNr. DE 812 334 551"])
send("42_brandt_pdf.eml","Jürgen Krause <j.krause@autohaus-brandt.de>","Bestellung B-2026-1203","Thu, 03 Dec 2026 14:00:00 +0100",
 "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung B-2026-1203.\n\nMit freundlichen Grüßen\nJürgen Krause\n","Bestellung_B-2026-1203.pdf",d)
label("42_brandt_pdf.eml","Autohaus Brandt GmbH","B-2026-1203",[L(s,b,q,u,p) for pos,me,s,b,q,u,p in items],
 order_date="2026-12-03",req="2026-12-09",currency="EUR",ship_to=ship("Autohaus Brandt GmbH","Vahrenwalder Str. 212","Hannover",None,"30179","DE"))

# ---- P7 Trentway buses
items = [("TB-ST-0042","OIL-15W40-20","Engine oil 15W40 HD 20L",10,"EA",None),("TB-ST-0107","BLB-H4-24V","Bulb H4 24V",20,"EA",None),
         ("TB-ST-0108","BLB-H7-24V","Bulb H7 24V",10,"EA",None),("TB-ST-0301","WB-28","Wiper blade 28in/700mm",12,"EA",None),
         ("TB-ST-0500","CL-HD-20L","Coolant ELC premix 20L",4,"EA",None)]
d = dict(style="proc", title="STORES REQUISITION / ORDER", buyer=["Trentway Buses Ltd","Engineering Stores - Lenton Depot","Lenton Lane, Nottingham NG7 2PW"],
  meta=[("Order Ref","TB/LEN/4530"),("Raised","07-Dec-2026"),("Required","10-Dec-2026"),("Raised by","M. Barrowcliffe")],
  cols=[("Stock Code","l"),("Supplier Code","l"),("Description","l"),("Qty","r"),("Unit","l")],
  xs=[42,120,210,440,455], grid=True,
  rows=[(a,b,c_,q,u) for a,b,c_,q,u,p in items],
  footer=["Prices as per agreed price file. Deliver to Lenton Depot goods-in 07:00-14:00."])
send("43_trentway_pdf.eml","Lenton Depot Stores <stores.lenton@trentwaybuses.co.uk>","Order TB/LEN/4530","Mon, 07 Dec 2026 07:10:00 +0000","Order attached.\nMick\n","TB-LEN-4530.pdf",d)
label("43_trentway_pdf.eml","Trentway Buses Ltd","TB/LEN/4530",[L(b,c_,q,u,None,a) for a,b,c_,q,u,p in items],order_date="2026-12-07",req="2026-12-10")

# ---- P8 Liffey Cabs (EUR VAT 23%)
items = [("Wiper blade 26\" / 650mm","WB-26",12,"EA",8.40),("Wiper blade 16\" / 400mm","WB-16",12,"EA",7.20),
         ("Bulb H7 single","BLB-H7",20,"EA",2.70),("Bulb 501 W5W (box 10)","BLB-W5W-10",4,"BX",3.10)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="letter", title="PURCHASE ORDER", buyer=["LIFFEY CABS LTD","Unit 12, Ballymount Business Park, Dublin 12","VAT No. IE 9876543K"],
  supplier=["Supplier:","Apex Motor Factors Ltd"],
  meta=[("PO Number:","LC-1219"),("Date:","4 December 2026"),("Delivery:","ASAP")],
  cols=[("Description","l"),("Code","l"),("Qty","r"),("Unit","l"),("Price","r"),("Total","r")],
  xs=[40,230,330,340,430,520],
  rows=[(a,b,q,u,f"€{p:.2f}",f"€{q*p:.2f}") for a,b,q,u,p in items],
  totals=[("Net",f"€{net:.2f}"),("VAT 23%",f"€{net*0.23:.2f}"),("Total",f"€{net*1.23:.2f}")],
  footer=["Deliver to: Liffey Cabs, Unit 12, Ballymount Business Park, Dublin 12, D12 YX90"])
send("44_liffey_pdf.eml","Aoife Brennan <aoife.brennan@liffeycabs.ie>","PO LC-1219","Fri, 04 Dec 2026 12:00:00 +0000","Hi, PO attached. Thanks, Aoife\n","LC-1219.pdf",d)
label("44_liffey_pdf.eml","Liffey Cabs Ltd","LC-1219",[L(b,a,q,u,p) for a,b,q,u,p in items],order_date="2026-12-04",req=None,currency="EUR",
 ship_to=ship("Liffey Cabs","Unit 12, Ballymount Business Park","Dublin 12",None,"D12 YX90","IE"))

# ---- P9 Rand Auto ZAR
items = [("BAT-096","Battery 096 70Ah",6,"EA",1450.00),("BAT-110","Battery 110 95Ah",2,"EA",1990.00),("OIL-5W40-5","Engine oil 5W-40 5L",12,"EA",520.00)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="proc", title="PURCHASE ORDER", buyer=["Rand Auto Services (Pty) Ltd","Reg 2011/004512/07  VAT 4190253311","17 Main Reef Road, Denver, Johannesburg 2094"],
  meta=[("Order No","RAS0440"),("Order Date","2026/12/07"),("Acc No","RAS001")],
  blocks=[("Supplier",["Apex Motor Factors Ltd"]),("Delivery Address",["Rand Auto Services","17 Main Reef Road","Denver","Johannesburg","2094"])],
  cols=[("Code","l"),("Description","l"),("Qty","r"),("Unit","l"),("Price","r"),("Amount","r")],
  xs=[42,120,380,390,470,555], grid=True,
  rows=[(a,b,q,u,f"R {p:,.2f}".replace(","," "),f"R {q*p:,.2f}".replace(","," ")) for a,b,q,u,p in items],
  totals=[("Sub Total",f"R {net:,.2f}".replace(","," ")),("VAT 15%",f"R {net*0.15:,.2f}".replace(","," ")),("Total",f"R {net*1.15:,.2f}".replace(","," "))])
send("45_randauto_pdf.eml","Thabo Nkosi <thabo@randauto.co.za>","RAS0440","Mon, 07 Dec 2026 09:00:00 +0200","Good day, please find attached order RAS0440. Regards, Thabo\n","RAS0440.pdf",d)
label("45_randauto_pdf.eml","Rand Auto Services (Pty) Ltd","RAS0440",[L(a,b,q,u,p) for a,b,q,u,p in items],order_date="2026-12-07",req=None,currency="ZAR",
 ship_to=ship("Rand Auto Services","17 Main Reef Road","_","_","2094","ZA"))

# ---- P10 unknown van-hire company
items = [("Battery 075","BAT-075",3,"EA",68.00),("Battery 096","BAT-096",3,"EA",76.00),("Front pads Transit Custom","BP-FTC-F",4,"SET",26.00)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="letter", title="ORDER FORM", buyer=["Hartley Van & Truck Hire Ltd","Brunswick Road, Gloucester GL1 1JS","01452 880 112"],
  supplier=["Apex Motor Factors"],
  meta=[("Our ref:","HVH/0098"),("Date:","05/12/2026")],
  cols=[("Item","l"),("Your code","l"),("Qty","r"),("","l"),("Each","r"),("Total","r")],
  xs=[40,230,330,340,430,520],
  rows=[(a,b,q,"",f"£{p:.2f}",f"£{q*p:.2f}") for a,b,q,u,p in items],
  totals=[("Sub-total",f"£{net:.2f}"),("VAT",f"£{net*0.2:.2f}"),("Total",f"£{net*1.2:.2f}")],
  footer=["Please deliver to Hartley Van & Truck Hire, Brunswick Road, Gloucester GL1 1JS. Pro-forma invoice OK."])
send("46_hartley_unknown.eml","Jo Hartley <jo@hartleyhire.co.uk>","order from Hartley Hire","Sat, 05 Dec 2026 10:00:00 +0000",
 "Hi, I got your prices from the trade counter - order form attached. Jo\n","Hartley order.pdf",d)
label("46_hartley_unknown.eml","Hartley Van & Truck Hire Ltd","HVH/0098",[L(b,a,q,u,p) for a,b,q,u,p in items],order_date="2026-12-05",req=None,currency="GBP",
 ship_to=ship("Hartley Van & Truck Hire","Brunswick Road","Gloucester",None,"GL1 1JS","GB"))

# ---- P11 Garage van Dijk NL
items = [("CF-4004","Interieurfilter VAG MQB",6,"EA",8.10),("AF-2003","Luchtfilter VAG 2.0 TDI",6,"EA",11.20),("OF-1003","Oliefilter VAG 2.0 TDI",6,"EA",6.30),("OIL-5W30C3-20","Motorolie 5W-30 504/507 20L",2,"EA",139.00)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="de", title="Inkooporder", buyer=["Garage van Dijk B.V.","Kanaalweg 41","3526 KL Utrecht","KvK 30112233"],
  supplier=["Aan:","Apex Motor Factors Ltd"],
  meta=[("Ordernr.:","VD-49-07"),("Datum:","04-12-2026"),("Leverdatum:","10-12-2026")],
  cols=[("Artikelnr.","l"),("Omschrijving","l"),("Aantal","r"),("Eenh.","l"),("Prijs","r"),("Bedrag","r")],
  xs=[40,120,370,380,470,555],
  rows=[(a,b,q,"st",fmt(p),fmt(q*p)) for a,b,q,u,p in items],
  totals=[("Subtotaal",fmt(net)),("BTW 21%",fmt(net*0.21)),("Totaal EUR",fmt(net*1.21))])
send("47_vandijk_pdf.eml","Peter van Dijk <peter@garagevandijk.nl>","Inkooporder VD-49-07","Fri, 04 Dec 2026 15:00:00 +0100","Zie bijlage.\n\nGroet, Peter\n","VD-49-07.pdf",d)
label("47_vandijk_pdf.eml","Garage van Dijk B.V.","VD-49-07",[L(a,b,q,u,p) for a,b,q,u,p in items],order_date="2026-12-04",req="2026-12-10",currency="EUR")

# ---- P12 Northern Lights CA, GST/PST none (AB has no PST)
items = [("NL-WB-19","Wiper 19\" flat",10,"EA",12.50,"WB-19"),("NL-WB-21","Wiper 21\" flat",10,"EA",12.50,"WB-21"),("NL-WBR12","Rear wiper 12\"",6,"EA",9.00,"WBR-12"),("NL-GLV-L","Glove nitrile blk L 100",12,"BX",11.40,"GL-NIT-L")]
net = sum(q*p for _,_,q,_,p,_ in items)
d = dict(style="proc", letter=True, title="PURCHASE ORDER", buyer=["Northern Lights Auto Service Ltd.","10520 80 Ave NW","Edmonton AB T6E 1V5"],
  meta=[("PO","NL-60291"),("Date","2026-12-05"),("Ship Date","2026-12-12")],
  blocks=[("Vendor",["Apex Motor Factors"]),("Ship To",["Northern Lights Auto Service","10520 80 Ave NW","Edmonton AB T6E 1V5"])],
  cols=[("Part #","l"),("Description","l"),("Qty","r"),("UOM","l"),("Cost","r"),("Ext.","r")],
  xs=[42,120,380,390,480,570], grid=True,
  rows=[(a,b,q,u,f"{p:.2f}",f"{q*p:.2f}") for a,b,q,u,p,s in items],
  totals=[("Subtotal",f"{net:.2f}"),("GST 5%",f"{net*0.05:.2f}"),("Total CAD",f"{net*1.05:.2f}")])
send("48_northernlights_pdf.eml","Gord Halvorsen <parts@nlautoservice.ca>","PO NL-60291","Sat, 05 Dec 2026 09:00:00 -0700","PO attached.\nGord\n","NL-60291.pdf",d)
label("48_northernlights_pdf.eml","Northern Lights Auto Service Ltd.","NL-60291",[L(s,b,q,u,p,a) for a,b,q,u,p,s in items],order_date="2026-12-05",req="2026-12-12",currency="CAD",
 ship_to=ship("Northern Lights Auto Service","10520 80 Ave NW","Edmonton","AB","T6E 1V5","CA"))

# ---- P13 Pennine PO PDF without prices
items = [("Brake pads front Sprinter 906","BP-MSP-F",10,"SET"),("Brake pads rear Sprinter 906","BP-MSP-R",10,"SET"),("Brake discs front Sprinter (pair)","BD-MSP-F",5,"PR"),("Brake discs rear Sprinter (pair)","BD-MSP-R",5,"PR"),("Copper grease 500g","CG-500",2,"EA")]
d = dict(style="letter", title="PURCHASE ORDER", buyer=["PENNINE FLEET SERVICES LTD","Canal Wharf Road, Huddersfield HD1 6RT","01484 220 918"],
  supplier=["Supplier: Apex Motor Factors Ltd"],
  meta=[("PO:","PFS-21077"),("Date:","07/12/2026"),("Due:","10/12/2026")],
  cols=[("Qty","r"),("Unit","l"),("Description","l")],xs=[60,70,120],
  rows=[(q,u.lower(),a) for a,b,q,u in items],
  footer=["Price as agreed. Deliver to workshop, Canal Wharf Road."])
send("49_pennine_pdf.eml","Karen Holt <k.holt@penninefleet.co.uk>","PO PFS-21077","Mon, 07 Dec 2026 08:05:00 +0000","Morning, PO attached for Sprinter brakes.\nKaren\n","PFS-21077.pdf",d)
label("49_pennine_pdf.eml","Pennine Fleet Services Ltd","PFS-21077",[L(b,a,q,u) for a,b,q,u in items],order_date="2026-12-07",req="2026-12-10")

# ---- P14 Ballyhale farm handwritten-ish order form
items = [("Oil 15W40 205L drum","OIL-15W40-205",1,"EA",612.00),("Oil filter JD 6068","OF-1007",4,"EA",19.50),("Coolant conc 20L","CL-OAT-20L",1,"EA",69.00),("Copper grease 500g tub","CG-500",2,"EA",9.00)]
net = sum(q*p for _,_,q,_,p in items)
d = dict(style="letter", title="ORDER", buyer=["BALLYHALE FARMS LTD","Knockmoylan, Ballyhale, Co. Kilkenny R95 X2K4"],
  supplier=["To: Apex Motor Factors"],
  meta=[("Order:","BF-26-033"),("Date:","01/12/2026")],
  cols=[("Item","l"),("Qty","r"),("Price","r"),("Total","r")],xs=[40,330,420,520],
  rows=[(a,q,f"€{p:.2f}",f"€{q*p:.2f}") for a,b,q,u,p in items],
  totals=[("Total ex VAT",f"€{net:.2f}")],
  footer=["Deliver to the farm yard. Ring Seamus 087 334 1920."])
send("50_ballyhale_pdf.eml","Seamus Dunphy <seamus@ballyhalefarms.ie>","order","Tue, 01 Dec 2026 21:00:00 +0000","Order attached, the wife typed it up. Seamus\n","order.pdf",d)
label("50_ballyhale_pdf.eml","Ballyhale Farms Ltd","BF-26-033",[L(b,a,q,u,p) for a,b,q,u,p in items],order_date="2026-12-01",req=None,currency="EUR")
