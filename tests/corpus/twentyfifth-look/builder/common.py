import csv, json, os
from email.message import EmailMessage
from email.utils import make_msgid
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER = "orders@apexmotorfactors.co.uk"

CAT = []
def c(sku, desc, uom, price, pack=""):
    CAT.append((sku, desc, uom, price, pack))
# brake pads / discs
for code, veh in [("FTC","FORD TRANSIT CUSTOM 2018-"),("MSP","MB SPRINTER 906/907"),("VWG7","VW GOLF MK7 1.6/2.0TDI"),
                  ("SKOC","SKODA OCTAVIA MK3"),("TCOR","TOYOTA COROLLA 2019- HYB"),("TPRI","TOYOTA PRIUS 2016-"),("FF150","FORD F-150 2015-2020")]:
    c(f"BP-{code}-F", f"BRAKE PAD SET FRT {veh}", "SET", 24.50)
    c(f"BP-{code}-R", f"BRAKE PAD SET RR {veh}", "SET", 19.80)
for code, veh, mm in [("FTC","FORD TRANSIT CUSTOM","308MM"),("MSP","MB SPRINTER 906","300MM"),("VWG7","VW GOLF MK7","312MM"),
                      ("VWG7S","VW GOLF MK7","288MM"),("SKOC","SKODA OCTAVIA MK3","312MM"),("TPRI","TOYOTA PRIUS","255MM")]:
    c(f"BD-{code}-F", f"BRAKE DISC PAIR FRT {veh} {mm} VENTED", "PR", 58.00)
c("BD-FTC-R", "BRAKE DISC PAIR RR FORD TRANSIT CUSTOM 280MM SOLID", "PR", 46.00)
c("BD-MSP-R", "BRAKE DISC PAIR RR MB SPRINTER 906 298MM", "PR", 49.00)
# filters
for sku, d, p in [("OF-1001","OIL FILTER SPIN-ON FORD 2.0 ECOBLUE",6.20),("OF-1002","OIL FILTER ELEMENT MB OM651 2.1CDI",5.90),
 ("OF-1003","OIL FILTER ELEMENT VAG 2.0TDI EA288",5.40),("OF-1004","OIL FILTER ELEMENT TOYOTA 1.8 HYBRID",4.80),
 ("OF-1005","OIL FILTER SPIN-ON FORD 5.0 V8 (FL500S)",7.10),("OF-1006","OIL FILTER SPIN-ON HD CUMMINS ISB6.7",18.50),
 ("OF-1007","OIL FILTER SPIN-ON JOHN DEERE 6068",16.90),
 ("AF-2001","AIR FILTER PANEL FORD TRANSIT CUSTOM 2.0",11.40),("AF-2002","AIR FILTER MB SPRINTER OM651",13.20),
 ("AF-2003","AIR FILTER PANEL VAG 2.0TDI MQB",9.80),("AF-2004","AIR FILTER PANEL TOYOTA COROLLA/PRIUS 1.8",8.90),
 ("AF-2005","AIR FILTER HD ROUND CUMMINS ISB6.7",42.00),
 ("FF-3001","FUEL FILTER FORD TRANSIT 2.0 ECOBLUE",19.60),("FF-3002","FUEL FILTER MB SPRINTER OM651",21.30),
 ("FF-3003","FUEL FILTER VAG 2.0TDI",16.40),("FF-3004","FUEL FILTER HD CUMMINS ISB6.7",24.80),
 ("CF-4001","CABIN FILTER POLLEN FORD TRANSIT CUSTOM",7.50),("CF-4002","CABIN FILTER CARBON FORD TRANSIT CUSTOM",10.90),
 ("CF-4003","CABIN FILTER POLLEN MB SPRINTER 906",8.20),("CF-4004","CABIN FILTER POLLEN VAG MQB",6.90),
 ("CF-4005","CABIN FILTER CARBON VAG MQB",9.40),("CF-4006","CABIN FILTER CARBON TOYOTA COROLLA/PRIUS",9.10)]:
    c(sku, d, "EA", p)
# oils
grades = [("5W30C2","ENGINE OIL 5W-30 FS C2 FORD 913D"),("5W30C3","ENGINE OIL 5W-30 FS C3 VW504/507"),
          ("5W40","ENGINE OIL 5W-40 FS A3/B4"),("0W20","ENGINE OIL 0W-20 FS SP/GF-6"),("10W40","ENGINE OIL 10W-40 SEMI SYN"),
          ("15W40","ENGINE OIL 15W-40 HD DIESEL CK-4/E7")]
sizes = {"1":(1,"1L"),"5":(5,"5L"),"20":(20,"20L"),"205":(205,"205L DRUM")}
ppl = {"5W30C2":6.1,"5W30C3":6.4,"5W40":5.6,"0W20":7.0,"10W40":4.2,"15W40":3.9}
for g, d in grades:
    for s,(l,lab) in sizes.items():
        if g=="0W20" and s=="205": continue
        if g=="10W40" and s in ("1","205"): continue
        mult = {"1":1.25,"5":1.0,"20":0.9,"205":0.78}[s]
        c(f"OIL-{g}-{s}", f"{d} {lab}", "EA", round(ppl[g]*l*mult,2))
# bulbs
for sku,d,p,pk in [("BLB-H7","BULB H7 12V 55W PX26D SINGLE",2.10,""),("BLB-H7-10","BULB H7 12V 55W PX26D BOX 10",18.00,"10"),
 ("BLB-H7-150P","BULB H7 12V +150% PERF TWIN PACK",14.50,"2"),("BLB-H7-24V","BULB H7 24V 70W PX26D SINGLE",3.20,""),
 ("BLB-H4","BULB H4 12V 60/55W P43T SINGLE",2.30,""),("BLB-H4-10","BULB H4 12V 60/55W P43T BOX 10",19.50,"10"),
 ("BLB-H4-24V","BULB H4 24V 75/70W P43T SINGLE",3.40,""),("BLB-H1","BULB H1 12V 55W SINGLE",1.90,""),
 ("BLB-H11","BULB H11 12V 55W SINGLE",3.60,""),("BLB-W5W-10","BULB 501 W5W 12V 5W CAPLESS BOX 10",2.40,"10"),
 ("BLB-W5W24-10","BULB 507 W5W 24V 5W CAPLESS BOX 10",2.90,"10"),("BLB-P21W-10","BULB 382 P21W 12V 21W BOX 10",2.60,"10"),
 ("BLB-P215W-10","BULB 380 P21/5W 12V 21/5W BOX 10",2.90,"10"),("BLB-PY21W-10","BULB 581 PY21W 12V AMBER BOX 10",3.10,"10")]:
    c(sku, d, "BX" if pk=="10" else ("PK" if pk else "EA"), p, pk)
# wipers
for inch, mm in [(14,350),(16,400),(18,450),(19,475),(20,500),(21,530),(22,550),(24,600),(26,650),(28,700)]:
    c(f"WB-{inch}", f"WIPER BLADE FLAT {inch}IN {mm}MM MULTI-ADAPT", "EA", 5.80 + (inch-14)*0.25)
for inch, mm in [(18,450),(20,500),(22,550)]:
    c(f"WBC-{inch}", f"WIPER BLADE CONVENTIONAL {inch}IN {mm}MM", "EA", 3.20)
c("WBR-12", "WIPER BLADE REAR 12IN 300MM", "EA", 4.10)
# batteries
for sku,d,p in [("BAT-063","BATTERY 063 12V 45AH 400CCA",52.0),("BAT-075","BATTERY 075 12V 60AH 540CCA",64.0),
 ("BAT-096","BATTERY 096 12V 70AH 640CCA",72.0),("BAT-096EFB","BATTERY 096 EFB 12V 70AH 720CCA START-STOP",98.0),
 ("BAT-019","BATTERY 019 12V 70AH 680CCA",74.0),("BAT-027","BATTERY 027 12V 75AH 700CCA",79.0),
 ("BAT-110","BATTERY 110 12V 95AH 800CCA",96.0),("BAT-110AGM","BATTERY 110 AGM 12V 95AH 850CCA",168.0),
 ("BAT-664","BATTERY 664 HD COMMERCIAL 12V 110AH 750CCA",118.0),("BAT-625","BATTERY 625 HD COMMERCIAL 12V 180AH 1000CCA",189.0),
 ("BAT-G65","BATTERY BCI GROUP 65 12V 850CCA",139.0),("BAT-G24F","BATTERY BCI GROUP 24F 12V 700CCA",119.0)]:
    c(sku, d, "EA", p)
# plugs
for sku,d,p in [("SP-ILKAR7B11","SPARK PLUG NGK ILKAR7B11 LASER IRIDIUM",9.80),("SP-BKR6E","SPARK PLUG NGK BKR6E COPPER CORE",2.40),
 ("SP-BKR6EIX","SPARK PLUG NGK BKR6EIX IRIDIUM IX",7.90),("SP-FR7DC","SPARK PLUG BOSCH FR7DC+ SUPER PLUS",2.60),
 ("SP-SC20HR11","SPARK PLUG DENSO SC20HR11 IRIDIUM TOYOTA",8.70),("SP-PLZKAR6A11","SPARK PLUG NGK PLZKAR6A-11 LASER PLAT",11.20)]:
    c(sku, d, "EA", p)
# fluids
for sku,d,u,p,pk in [("BF-DOT4-500","BRAKE FLUID DOT4 500ML","EA",3.10,""),("BF-DOT4-1L","BRAKE FLUID DOT4 1L","EA",5.20,""),
 ("BF-DOT4-5L","BRAKE FLUID DOT4 5L","EA",21.50,""),("BF-DOT4LV-1L","BRAKE FLUID DOT4 LV CLASS 6 1L","EA",7.40,""),
 ("BF-DOT51-1L","BRAKE FLUID DOT5.1 1L","EA",8.60,""),
 ("CL-OAT-1L","ANTIFREEZE/COOLANT OAT RED CONC 1L","EA",4.30,""),("CL-OAT-5L","ANTIFREEZE/COOLANT OAT RED CONC 5L","EA",16.90,""),
 ("CL-OAT-5L-RM","COOLANT OAT RED READY MIXED 50/50 5L","EA",9.90,""),("CL-OAT-20L","ANTIFREEZE/COOLANT OAT RED CONC 20L","EA",58.00,""),
 ("CL-G12-5L","ANTIFREEZE G12++ PINK VAG CONC 5L","EA",19.50,""),("CL-HD-20L","COOLANT HD ELC RED READY MIXED 20L","EA",44.00,""),
 ("SW-5L-C","SCREENWASH CONCENTRATE 5L","EA",4.90,""),("SW-5L-RTU","SCREENWASH READY TO USE -10C 5L","EA",3.20,""),
 ("ADB-10L","ADBLUE 10L WITH SPOUT","EA",9.50,""),("ADB-210L","ADBLUE 210L DRUM","EA",115.00,"")]:
    c(sku,d,u,p,pk)
# consumables
for sku,d,u,p,pk in [("GL-NIT-M","GLOVES NITRILE BLACK 5MIL MED BOX 100","BX",7.20,"100"),("GL-NIT-L","GLOVES NITRILE BLACK 5MIL LGE BOX 100","BX",7.20,"100"),
 ("GL-NIT-XL","GLOVES NITRILE BLACK 5MIL XL BOX 100","BX",7.40,"100"),("GL-NIT-L-BL","GLOVES NITRILE BLUE 4MIL LGE BOX 100","BX",5.90,"100"),
 ("GL-NIT-XL-BL","GLOVES NITRILE BLUE 4MIL XL BOX 100","BX",5.90,"100"),("GL-GRIP-L","GLOVES NITRILE ORANGE DIAMOND GRIP 8MIL LGE BOX 50","BX",11.50,"50"),
 ("GL-GRIP-XL","GLOVES NITRILE ORANGE DIAMOND GRIP 8MIL XL BOX 50","BX",11.50,"50"),
 ("PR-BLUE-2P","BLUE CENTREFEED ROLL 2PLY 150M PK6","PK",16.80,"6"),("PR-BLUE-IND","BLUE INDUSTRIAL ROLL 2PLY 370MMX400M","RL",21.00,""),
 ("PR-WHT-2P","WHITE CENTREFEED ROLL 2PLY 150M PK6","PK",15.90,"6"),
 ("BC-500-12","BRAKE & CLUTCH CLEANER 500ML AEROSOL CASE 12","CS",19.20,"12"),("BC-600-12","BRAKE CLEANER 600ML AEROSOL CASE 12","CS",22.80,"12"),
 ("BC-5L","BRAKE CLEANER BULK 5L","EA",14.60,""),("BC-25L","BRAKE CLEANER BULK 25L","EA",58.00,""),
 ("CT-100-25-BK","CABLE TIE 100X2.5MM BLACK PK100","PK",0.90,"100"),("CT-200-48-BK","CABLE TIE 200X4.8MM BLACK PK100","PK",2.10,"100"),
 ("CT-200-48-NT","CABLE TIE 200X4.8MM NATURAL PK100","PK",1.90,"100"),("CT-300-48-BK","CABLE TIE 300X4.8MM BLACK PK100","PK",3.20,"100"),
 ("CT-370-76-BK","CABLE TIE 370X7.6MM BLACK HD PK100","PK",6.40,"100"),
 ("FU-STD-05","FUSE BLADE STD 5A PK10","PK",0.95,"10"),("FU-STD-10","FUSE BLADE STD 10A PK10","PK",0.95,"10"),
 ("FU-STD-15","FUSE BLADE STD 15A PK10","PK",0.95,"10"),("FU-STD-20","FUSE BLADE STD 20A PK10","PK",0.95,"10"),
 ("FU-STD-30","FUSE BLADE STD 30A PK10","PK",0.95,"10"),("FU-MINI-10","FUSE BLADE MINI 10A PK10","PK",0.95,"10"),
 ("FU-MINI-15","FUSE BLADE MINI 15A PK10","PK",0.95,"10"),("FU-ASST-120","FUSE ASSORTMENT STD/MINI 120PC BOX","BX",8.50,""),
 ("CG-500","COPPER GREASE 500G TUB","EA",7.60,""),("CG-400A","COPPER GREASE AEROSOL 400ML","EA",6.20,""),
 ("WD40-400","WD-40 MULTI-USE 400ML AEROSOL","EA",4.80,""),("HC-4L","HAND CLEANER ORANGE BEADED 4L","EA",8.90,""),
 ("HC-4L-P","HAND CLEANER ORANGE BEADED 4L PUMP","EA",9.90,""),("AS-GRAN-20","OIL ABSORBENT GRANULES 20L BAG","EA",7.40,""),
 ("DG-5L","DEGREASER TRAFFIC FILM/ENGINE 5L","EA",11.20,""),("SC-DISP","DISPOSABLE SEAT COVERS ROLL 500","RL",18.50,"500"),
 ("FM-DISP","DISPOSABLE FLOOR MATS PAPER PK250","PK",16.00,"250")]:
    c(sku,d,u,p,pk)
SKUS = {r[0] for r in CAT}

CUST = [
 ("C001","Hollybank Garage Ltd","hollybankgarage.co.uk","Hollybank Garage","Unit 4, Hollybank Industrial Estate","Leeds","West Yorkshire","LS11 5PQ","GB"),
 ("C002","Pennine Fleet Services Ltd","penninefleet.co.uk","Pennine Fleet Services - Workshop","Canal Wharf Road","Huddersfield","West Yorkshire","HD1 6RT","GB"),
 ("C003","Westcountry Motor Group","westcountrymotors.co.uk","Marsh Lane Ford","210 Marsh Lane","Bristol","","BS3 2NA","GB"),
 ("C004","Rapid Tyre & Exhaust Centre","rapidtyreexhaust.co.uk","Rapid Tyre & Exhaust","88 Pollokshaws Road","Glasgow","","G41 1PU","GB"),
 ("C005","Trentway Buses Ltd","trentwaybuses.co.uk","Trentway Buses - Lenton Depot","Lenton Lane","Nottingham","","NG7 2PW","GB"),
 ("C006","Calderbridge Borough Council","calderbridge.gov.uk","Calderbridge BC Fleet Depot","Stoney Lane Depot, Stoney Lane","Calderbridge","West Yorkshire","HX4 9QE","GB"),
 ("C007","Greenline Logistics Ltd","greenline-logistics.co.uk","Greenline Logistics - Daventry Hub","Plot 7, DIRFT Central","Daventry","Northamptonshire","NN6 7GZ","GB"),
 ("C008","Ballyhale Farms Ltd","ballyhalefarms.ie","Ballyhale Farms","Knockmoylan","Ballyhale","Co. Kilkenny","R95 X2K4","IE"),
 ("C009","Liffey Cabs Ltd","liffeycabs.ie","Liffey Cabs","Unit 12, Ballymount Business Park","Dublin 12","","D12 YX90","IE"),
 ("C010","Ennis Road Motors","ennisroadmotors.ie","Ennis Road Motors","Ennis Road","Limerick","Co. Limerick","V94 K2T6","IE"),
 ("C011","Midwest Fleet Maintenance Inc.","midwestfleetmx.com","Midwest Fleet Maintenance","2450 Refugee Rd","Columbus","OH","43207","US"),
 ("C012","Bayside Auto Repair","baysideautorepair.com","Bayside Auto Repair","6120 N Florida Ave","Tampa","FL","33604","US"),
 ("C013","Northern Lights Auto Service Ltd.","nlautoservice.ca","Northern Lights Auto Service","10520 80 Ave NW","Edmonton","AB","T6E 1V5","CA"),
 ("C014","Tri-City Taxi Ltd.","tricitytaxi.ca","Tri-City Taxi","455 Victoria St N","Kitchener","ON","N2H 5E4","CA"),
 ("C015","Southern Cross Fleet Pty Ltd","southerncrossfleet.com.au","Southern Cross Fleet","14 Boundary Rd","Rocklea","QLD","4106","AU"),
 ("C016","Harbourside Mechanical","harboursidemech.com.au","Harbourside Mechanical","3/27 Parramatta Rd","Annandale","NSW","2038","AU"),
 ("C017","Te Awa Motors Ltd","teawamotors.co.nz","Te Awa Motors","52 Kahikatea Drive","Frankton, Hamilton","","3204","NZ"),
 ("C018","Rand Auto Services (Pty) Ltd","randauto.co.za","Rand Auto Services","17 Main Reef Road","Denver, Johannesburg","Gauteng","2094","ZA"),
 ("C019","Autohaus Brandt GmbH","autohaus-brandt.de","Autohaus Brandt GmbH","Vahrenwalder Str. 212","Hannover","","30179","DE"),
 ("C020","Garage van Dijk B.V.","garagevandijk.nl","Garage van Dijk","Kanaalweg 41","Utrecht","","3526 KL","NL"),
 ("C021","Talleres Hermanos Ruiz S.L.","talleresruiz.es","Talleres Hermanos Ruiz","Calle de la Industria, 23","Paterna","Valencia","46980","ES"),
 ("C022","Kingsway Auto Centre","kingswayauto.co.uk","Kingsway Auto Centre","1 Kingsway","Cardiff","","CF10 3DP","GB"),
]
CNAME = {r[0]: r[1] for r in CUST}

def write_ref():
    with open(os.path.join(OUT,"catalog.csv"),"w",newline="") as f:
        w=csv.writer(f); w.writerow(["sku","description","uom","unit_price","pack_size"])
        for r in CAT: w.writerow(r)
    with open(os.path.join(OUT,"customers.csv"),"w",newline="") as f:
        w=csv.writer(f); w.writerow(["customer_id","name","email_domains","ship_to_name","ship_to_street","ship_to_city","ship_to_region","ship_to_postal_code","ship_to_country"])
        for r in CUST: w.writerow(r)

def L(sku, desc, qty, uom, price=None, cp=None):
    assert sku is None or sku in SKUS, sku
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom}
    if price is not None: d["unit_price"] = price
    return d

def ship(name, street, city, region, pc, country):
    d = {"name": name, "street": street, "city": city, "region": region, "postal_code": pc, "country": country}
    return {k: v for k, v in d.items() if v != "_"}

def label(fname, customer, po, lines, order_date=None, req=None, currency="_", ship_to="_", kind="purchase_order"):
    lab = {"kind": kind}
    if kind == "not_an_order":
        lab["customer"] = customer; lab["lines"] = []
    else:
        lab.update({"customer": customer, "po_number": po, "order_date": order_date, "requested_date": req})
        if customer == "_": del lab["customer"]
        if currency != "_": lab["currency"] = currency
        if ship_to != "_": lab["ship_to"] = ship_to
        lab["lines"] = lines
    with open(os.path.join(OUT, fname + ".expected.json"), "w") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)

def eml(fname, frm, subject, date, body, attachments=(), to=SELLER, cc=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject; m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = make_msgid(domain=dom)
    m.set_content(body)
    for name, data, mt in attachments:
        maint, sub = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))
