from common import *
import openpyxl, io
from openpyxl.styles import Font, PatternFill

def xlsx_bytes(build):
    wb = openpyxl.Workbook(); build(wb); b = io.BytesIO(); wb.save(b); return b.getvalue()

# S1 Pennine monthly consumables sheet with On hand / Min / Order
rows = [("GL-NIT-L","Gloves nitrile black L (100)","box",6,10,8,"GL-NIT-L"),("GL-NIT-XL","Gloves nitrile black XL (100)","box",12,10,0,"GL-NIT-XL"),
 ("GL-GRIP-XL","Gloves orange grip XL (50)","box",1,4,4,"GL-GRIP-XL"),("PR-BLUE-IND","Blue roll industrial 400m","roll",3,6,4,"PR-BLUE-IND"),
 ("BC-600-12","Brake cleaner 600ml (case 12)","case",2,4,3,"BC-600-12"),("CT-200-48-BK","Cable ties 200x4.8 blk","pack",9,5,0,"CT-200-48-BK"),
 ("CT-300-48-BK","Cable ties 300x4.8 blk","pack",1,5,5,"CT-300-48-BK"),("FU-STD-10","Fuses blade 10A","pack",2,5,3,"FU-STD-10"),
 ("FU-STD-15","Fuses blade 15A","pack",5,5,0,"FU-STD-15"),("WD40-400","WD-40 400ml","each",4,12,12,"WD40-400"),
 ("HC-4L-P","Hand cleaner 4L pump","each",0,3,3,"HC-4L-P"),("AS-GRAN-20","Absorbent granules","bag",8,6,0,"AS-GRAN-20"),
 ("ADB-10L","AdBlue 10L","each",15,20,10,"ADB-10L")]
def b1(wb):
    ws = wb.active; ws.title = "Dec 26"
    ws["A1"] = "PENNINE FLEET SERVICES LTD - WORKSHOP CONSUMABLES"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Month:"; ws["B2"] = "December 2026"; ws["E2"] = "PO:"; ws["F2"] = "PFS-21090"
    ws["A3"] = "Supplier:"; ws["B3"] = "Apex Motor Factors"; ws["E3"] = "Deliver by:"; ws["F3"] = "11/12/2026"
    ws.append([]); ws.append(["Apex code","Item","Unit","On hand","Min","Order","Notes"])
    for c_ in ws[5]: c_.font = Font(bold=True); c_.fill = PatternFill("solid", fgColor="DDDDDD")
    for r in rows: ws.append(list(r[:6]) + ["" if r[5] else "ok"])
    ws.append([]); ws.append(["","Checked by: K Holt"])
    ws.column_dimensions["B"].width = 34
eml("51_pennine_monthly.eml","Karen Holt <k.holt@penninefleet.co.uk>","December consumables - PO PFS-21090","Tue, 08 Dec 2026 07:20:00 +0000",
 "Hi,\n\nMonthly consumables sheet attached - please send whatever is in the Order column.\n\nThanks\nKaren\n",
 [("Consumables Dec 26.xlsx", xlsx_bytes(b1), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
umap = {"box":"BX","roll":"RL","case":"CS","pack":"PK","each":"EA","bag":"EA"}
label("51_pennine_monthly.eml","Pennine Fleet Services Ltd","PFS-21090",[L(r[0],r[1],r[5],umap[r[2]]) for r in rows if r[5]],req="2026-12-11")

# S2 Greenline standalone xlsx with header block and prices
rows2 = [("GLX-00412","Cabin filter carbon Transit Custom","CF-4002",10,9.80),("GLX-00455","Cabin filter pollen Sprinter","CF-4003",14,7.90),
 ("GLX-00130","Wiper 24in flat","WB-24",20,6.90),("GLX-00131","Wiper 18in flat","WB-18",20,6.10),("GLX-00800","Bulb H7 single","BLB-H7",40,2.00),
 ("GLX-00801","Bulb H4 single","BLB-H4",20,2.20),("GLX-00805","Bulb 581 amber (10)","BLB-PY21W-10",5,2.95)]
def b2(wb):
    ws = wb.active; ws.title = "Order"
    ws.append(["Greenline Logistics Ltd","","","Order No","GL-PO-002044"])
    ws.append(["Fleet Engineering - Daventry Hub","","","Order Date","09/12/2026"])
    ws.append(["Plot 7, DIRFT Central, Daventry NN6 7GZ","","","Currency","GBP"])
    ws.append([]); ws.append(["Our Item","Description","Supplier SKU","Qty","Unit Price £","Line £"])
    for a,b,s,q,p in rows2: ws.append([a,b,s,q,p,round(q*p,2)])
    ws.append(["","","","","Total",round(sum(q*p for *_,q,p in rows2),2)])
with open(os.path.join(OUT,"52_greenline_order.xlsx"),"wb") as f: f.write(xlsx_bytes(b2))
label("52_greenline_order.xlsx","Greenline Logistics Ltd","GL-PO-002044",[L(s,b,q,"EA" if "(10)" not in b else "BX",p,a) for a,b,s,q,p in rows2],
 order_date="2026-12-09",currency="GBP")

# S3 semicolon CSV from Garage van Dijk, decimal comma
csv3 = """Bestelling;VD-50-03;;;
Klant;Garage van Dijk B.V.;;;
Datum;08-12-2026;;;
Artikelcode;Omschrijving;Aantal;Eenheid;Prijs
BAT-096EFB;Accu 096 EFB start-stop;2;st;118,50
BAT-075;Accu 075;2;st;77,00
BLB-H7;Lamp H7 12V;10;st;2,55
FU-MINI-15;Zekering mini 15A (10);3;pak;1,15
"""
open(os.path.join(OUT,"53_vandijk_bestelling.csv"),"w",encoding="utf-8").write(csv3)
label("53_vandijk_bestelling.csv","Garage van Dijk B.V.","VD-50-03",[L("BAT-096EFB","Accu 096 EFB start-stop",2,"EA",118.50),L("BAT-075","Accu 075",2,"EA",77.00),
 L("BLB-H7","Lamp H7 12V",10,"EA",2.55),L("FU-MINI-15","Zekering mini 15A (10)",3,"PK",1.15)],order_date="2026-12-08",currency="EUR")

# S4 semicolon CSV attached to German email (Brandt)
csv4 = "Pos;Artikelnummer Lieferant;Bezeichnung;Menge;ME\n1;CT-200-48-NT;Kabelbinder 200x4,8 natur;10;Pck\n2;GL-NIT-M;Nitrilhandschuhe schwarz Gr. M;6;Karton\n3;GL-NIT-L;Nitrilhandschuhe schwarz Gr. L;10;Karton\n4;BC-500-12;Bremsenreiniger 500 ml (12er);4;Karton\n5;HC-4L;Handwaschpaste 4 L;2;St\n"
eml("54_brandt_csv.eml","Jürgen Krause <j.krause@autohaus-brandt.de>","Bestellung 2026-1241 (CSV)","Tue, 08 Dec 2026 11:00:00 +0100",
 "Guten Tag,\n\nanbei Bestellung 2026-1241 vom 08.12.2026 als CSV. Lieferung bitte bis 15.12.2026.\n\nGruß\nJ. Krause\nAutohaus Brandt GmbH\n",
 [("Bestellung_2026-1241.csv", csv4.encode("cp1252"), "text/csv")])
label("54_brandt_csv.eml","Autohaus Brandt GmbH","2026-1241",[L("CT-200-48-NT","Kabelbinder 200x4,8 natur",10,"PK"),L("GL-NIT-M","Nitrilhandschuhe schwarz Gr. M",6,"BX"),
 L("GL-NIT-L","Nitrilhandschuhe schwarz Gr. L",10,"BX"),L("BC-500-12","Bremsenreiniger 500 ml (12er)",4,"CS"),L("HC-4L","Handwaschpaste 4 L",2,"EA")],
 order_date="2026-12-08",req="2026-12-15")

# S5 Southern Cross xlsx attached, vehicles by rego
rows5 = [("Rego","Vehicle","Part","Qty","Unit $ ex GST"),("512-KXP","Transit Custom 2019","Front pads",1,48.00),("512-KXP","Transit Custom 2019","Front rotors (pair)",1,112.00),
 ("744-LMB","Transit Custom 2020","Front pads",1,48.00),("744-LMB","Transit Custom 2020","Rear pads",1,39.00),("009-QRT","Sprinter 316","Rear pads",1,36.00)]
def b5(wb):
    ws = wb.active; ws.title = "Brakes"
    ws.append(["Southern Cross Fleet - brake parts","","","PO SCF-PO-30588"]); ws.append(["Date 08/12/2026"]); ws.append([])
    for r in rows5: ws.append(list(r))
eml("55_southerncross_xlsx.eml","Bec Thompson <bec.thompson@southerncrossfleet.com.au>","SCF-PO-30588 brake parts by rego","Tue, 08 Dec 2026 10:00:00 +1000",
 "Hi team, spreadsheet attached, parts per vehicle. Same delivery address. Cheers Bec\n",
 [("SCF-PO-30588.xlsx", xlsx_bytes(b5), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
label("55_southerncross_xlsx.eml","Southern Cross Fleet Pty Ltd","SCF-PO-30588",[L("BP-FTC-F","Transit Custom 2019 Front pads",1,"SET",48.00),
 L("BD-FTC-F","Transit Custom 2019 Front rotors (pair)",1,"PR",112.00),L("BP-FTC-F","Transit Custom 2020 Front pads",1,"SET",48.00),
 L("BP-FTC-R","Transit Custom 2020 Rear pads",1,"SET",39.00),L("BP-MSP-R","Sprinter 316 Rear pads",1,"SET",36.00)],order_date="2026-12-08",currency="AUD")

# S6 council stores CSV export, standalone (comma)
csv6 = """"ORDER_NO","ORDER_DATE","SUPPLIER","DELIVERY_POINT","LINE","ITEM_REF","SUPPLIER_REF","DESCRIPTION","QTY","UOM","PRICE"
"4500079114","2026-12-08","APEX MOTOR FACTORS LTD","STONEY LANE DEPOT",1,"CBC-FL-0091","BAT-664","BATTERY HD 664",4,"EA",112.00
"4500079114","2026-12-08","APEX MOTOR FACTORS LTD","STONEY LANE DEPOT",2,"CBC-FL-0092","BAT-110","BATTERY 110",2,"EA",91.00
"4500079114","2026-12-08","APEX MOTOR FACTORS LTD","STONEY LANE DEPOT",3,"CBC-FL-0310","BLB-H4-24V","BULB H4 24V",10,"EA",3.10
"4500079114","2026-12-08","APEX MOTOR FACTORS LTD","STONEY LANE DEPOT",4,"CBC-FL-0311","BLB-W5W24-10","BULB 507 24V BOX",3,"BX",2.75
"""
open(os.path.join(OUT,"56_calderbridge_export.csv"),"w").write(csv6)
label("56_calderbridge_export.csv","_","4500079114",[L("BAT-664","BATTERY HD 664",4,"EA",112.00,"CBC-FL-0091"),L("BAT-110","BATTERY 110",2,"EA",91.00,"CBC-FL-0092"),
 L("BLB-H4-24V","BULB H4 24V",10,"EA",3.10,"CBC-FL-0310"),L("BLB-W5W24-10","BULB 507 24V BOX",3,"BX",2.75,"CBC-FL-0311")],order_date="2026-12-08")

# S7 Tri-City taxi xlsx, qty as text in some cells
def b7(wb):
    ws = wb.active; ws.title = "Order"
    ws.append(["TRI-CITY TAXI LTD. - PARTS ORDER"]); ws.append(["PO:", "TCT-2026-131", "", "Date:", "Dec 8, 2026"])
    ws.append(["Ship to:", "455 Victoria St N, Kitchener ON N2H 5E4"]); ws.append([])
    ws.append(["Item", "Qty", "Comment"])
    for r in [("Corolla hybrid front pads", "4 sets", ""), ("Corolla cabin filter (carbon)", 10, ""), ("Denso SC20HR11", "2 x 4", "packs of 4 at the counter"),
              ("Wiper 26in", 6, "driver side"), ("Wiper 14in", 6, "passenger"), ("0W20 5L", "12", "")]:
        ws.append(list(r))
eml("57_tricity_xlsx.eml","Dan Morrison <dmorrison@tricitytaxi.ca>","TCT-2026-131","Tue, 08 Dec 2026 09:30:00 -0500","Order sheet attached.\n\nDan\n",
 [("TCT-2026-131.xlsx", xlsx_bytes(b7), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
label("57_tricity_xlsx.eml","Tri-City Taxi Ltd.","TCT-2026-131",[L("BP-TCOR-F","Corolla hybrid front pads",4,"SET"),L("CF-4006","Corolla cabin filter (carbon)",10,"EA"),
 L("SP-SC20HR11","Denso SC20HR11",8,"EA"),L("WB-26","Wiper 26in",6,"EA"),L("WB-14","Wiper 14in",6,"EA"),L("OIL-0W20-5","0W20 5L",12,"EA")],
 order_date="2026-12-08",ship_to=ship("_","455 Victoria St N","Kitchener","ON","N2H 5E4","CA"))
