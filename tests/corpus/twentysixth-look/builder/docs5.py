from base import *
import io, csv
S="Boxline Packaging Orders <orders@boxlinepack.com>"
def xlsx(build):
    def f():
        import openpyxl
        wb=openpyxl.Workbook(); ws=wb.active; build(ws)
        b=io.BytesIO(); wb.save(b); return b.getvalue()
    return f

# 55 standalone xlsx with On hand / Min / Order columns
rows55=[("MB-GRY-250350","Courier bag grey 250x350 (box 500)",12,30,40),("MB-GRY-305405","Courier bag grey 305x405 (box 250)",18,15,0),
 ("MB-GRY-400525","Courier bag grey 400x525 (box 250)",3,10,10),("LBL-DT-100150-1000","Label 100x150 1000/roll",60,100,120),
 ("TAP-AC-48-66-CLR","Tape clear 48x66 (ctn 36)",8,6,0),("VF-AIR-200200","Air pillow 200x200 roll",1,4,6),("TGD-48","Tape gun 48mm",5,4,0),
 ("CT-100-25-NAT","Cable tie 100mm natural (bag 100)",2,10,15)]
def b55(ws):
    ws.title="Reorder"
    ws.append(["Kiwi Parcel Co Ltd - Consumables reorder sheet"]); ws.append(["Supplier:","Boxline Packaging"])
    ws.append(["PO ref:","KPC-4460","","Date:","05/01/2027"]); ws.append(["Deliver to:","31 Ormiston Road, East Tamaki, Auckland 2013"]); ws.append([])
    ws.append(["Item code","Description","On hand","Min","Order"])
    for r in rows55: ws.append(list(r))
    ws.append([]); ws.append(["Only lines with an Order qty please. Thanks - Rangi"])
    ws.column_dimensions["B"].width=40
rawfile("55_kiwiparcel_reorder.xlsx", xlsx(b55),
 label(cust="C1015",po="KPC-4460",od="2027-01-05",
  shipto=ship("omit","31 Ormiston Road","Auckland",None,"2013","NZ"),
  lines=[(s,None,d,o,"omit") for s,d,h,m,o in rows55 if o]))

# 56 email + csv attachment (German)
rows56=[("LV-VT-01","Versandtasche grau 250x350","MB-GRY-250350",60,"Karton"),("LV-VT-04","Versandtasche weiss 400x525","MB-WHT-400525",20,"Karton"),
 ("LV-PB-02","Packband PP transparent 48mm x 132m","TAP-AC-48-132-CLR",6,"Karton"),("LV-ET-10","Etiketten 100x150 Thermo 1000 St.","LBL-DT-100150-1000",50,"Rolle")]
def c56():
    b=io.StringIO(); w=csv.writer(b,delimiter=";")
    w.writerow(["Bestellnummer","LV-45-88290"]); w.writerow(["Bestelldatum","04.01.2027"]); w.writerow([])
    w.writerow(["Unsere Art.-Nr.","Bezeichnung","Lieferanten-Art.-Nr.","Menge","Einheit"])
    for r in rows56: w.writerow(r)
    return b.getvalue().encode("utf-8")
eml("56_lindner_csv.eml","Sabine Krüger <s.krueger@lindner-versand.de>",S,"Bestellung LV-45-88290 (CSV)","Mon, 04 Jan 2027 08:05:00 +0100",
"""Hallo Herr Wilson,

anbei die Bestellung LV-45-88290 als CSV-Datei. Lieferung bitte an unser Lager in Leipzig, Am Güterbahnhof 5, bis Freitag 08.01.2027.

Viele Grüße
Sabine Krüger
Versandhaus Lindner KG
""",
label(cust="C1022",po="LV-45-88290",od="2027-01-04",rd="2027-01-08",
 shipto=ship("omit","Am Güterbahnhof 5","Leipzig",None,"omit","DE"),
 lines=[(s,p,d,q,{"Karton":"CS" if "Packband" in d else "BX","Rolle":"RL"}[u]) for p,d,s,q,u in rows56]),
 attach=[("Bestellung_LV-45-88290.csv",c56,"text/csv")])

# 57 email + xlsx attachment, Northbound
rows57=[("NB-0101","Stretch wrap 18in 80ga 1500ft",40,"case",58.0,"SFH-US-18-80"),("NB-0140","Tape HM clear 3in x 110yd",10,"case",28.0,"TAP-US-HM-3-110-CLR"),
 ("NB-0202","Poly mailer 10x13",25,"case",14.0,"MB-US-1013"),("NB-0300","Label DT 4x6 1000/rl",60,"roll",8.0,"LBL-US-4X6-1000"),
 ("NB-0410","Pallet 48x40 Gr A",80,"each",11.0,"PAL-US-4840-A")]
def b57(ws):
    ws.append(["NORTHBOUND 3PL INC. - PURCHASE ORDER"]); ws.append(["PO #","NB-B-27-0012"]); ws.append(["PO Date","2027-01-05"])
    ws.append(["Need by","2027-01-12"]); ws.append(["Ship to","Northbound 3PL - Building B, 6500 Kestrel Rd, Mississauga ON L5T 1Z6"]); ws.append([])
    ws.append(["Line","NB Item","Description","Qty","UOM","Unit Price (CAD)","Ext"])
    for i,(p,d,q,u,pr,s) in enumerate(rows57): ws.append([i+1,p,d,q,u,pr,q*pr])
    ws.append(["","","","","","Total",sum(q*pr for p,d,q,u,pr,s in rows57)])
eml("57_northbound_xlsx.eml","Priyanka Nair <pnair@northbound3pl.ca>",S,"PO NB-B-27-0012","Tue, 05 Jan 2027 09:30:00 -0500",
"Hi, PO NB-B-27-0012 attached as Excel. Thanks, Priyanka\n",
label(cust="C1011",po="NB-B-27-0012",od="2027-01-05",rd="2027-01-12",cur="CAD",
 shipto=ship("Northbound 3PL - Building B","6500 Kestrel Rd","Mississauga","ON","L5T 1Z6","CA"),
 lines=[(s,p,d,q,{"case":"CS","roll":"RL","each":"EA"}[u],pr) for p,d,q,u,pr,s in rows57]),
 attach=[("NB-B-27-0012.xlsx",xlsx(b57),"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

# 58 standalone csv (Southern Cross export)
rows58=[("SC-10021","SFH-500-23","STRETCH FILM 500 X 23UM",25,"CTN",40.00),("SC-10040","SFH-400-23","STRETCH FILM 400 X 23UM",10,"CTN",36.00),
 ("SC-10510","CT-500-76-BLK","CABLE TIE 500X7.6 BLK",20,"PKT",9.50),("SC-10600","PAL-HALF-0806","HALF PALLET 800X600",40,"EA",9.00)]
def c58():
    b=io.StringIO(); w=csv.writer(b)
    w.writerow(["po_number","po_date","required_date","buyer","deliver_to","line","item","supplier_item","description","qty","uom","unit_price_aud"])
    for i,(p,s,d,q,u,pr) in enumerate(rows58):
        w.writerow(["77215","2027-01-06","2027-01-13","Southern Cross Warehousing Pty Ltd","45 Pritchard Rd Virginia QLD 4014",i+1,p,s,d,q,u,f"{pr:.2f}"])
    return b.getvalue()
rawfile("58_southerncross_export.csv", c58,
 label(cust="C1013",po="77215",od="2027-01-06",rd="2027-01-13",cur="AUD",
  lines=[(s,p,d,q,{"CTN":"CS","PKT":"PK","EA":"EA"}[u],pr) for p,s,d,q,u,pr in rows58]))

# Not orders
eml("59_quote_request.eml","Jess Arsenault <orders@mapleandmoss.ca>",S,"Quote request - custom printed boxes?","Wed, 06 Jan 2027 10:11:00 -0400",
"""Hi Boxline,

Before we place anything - could you quote us for:
- 9x6x6 single wall boxes in 20, 40 and 60 bundle quantities
- the same box with a one-colour logo print (do you do that?)
- 2 pallets of green loose fill

Just pricing for now please, we're comparing suppliers for 2027.

Thanks!
Jess
Maple & Moss Candle Co.
""", label(kind="not_an_order",cust="C1012"))

eml("60_complaint_crushed.eml","Tyler Brandt <tyler@lakeshoreoutfitters.com>",S,"Crushed boxes on PO 10442 delivery","Fri, 18 Dec 2026 15:02:00 -0500",
"""Hi,

The PO 10442 delivery arrived today and 7 of the 30 bundles of 18x12x12 were crushed - looks like something heavy was stacked on the pallet. Photos attached in a separate email. The driver noted it on the POD.

We don't want a re-order on this - please arrange credit or replacement of the 7 bundles on your side and let me know which.

Tyler Brandt
Lakeshore Outfitters LLC
""", label(kind="not_an_order",cust="C1008"))

eml("61_delivery_chase.eml","Dean Foulkes <d.foulkes@hartwell-logistics.co.uk>",S,"Where's PO HL-DC2-11873??","Thu, 03 Dec 2026 14:30:00 +0000",
"""Hi,

PO HL-DC2-11873 was due today before 2pm and nothing's turned up. Goods in is closing - can you tell me where it is and give me an ETA? We're down to our last 3 cases of stretch.

Dean
Warehouse Supervisor - DC2
Hartwell Logistics
""", label(kind="not_an_order",cust="C1001"))

eml("62_supplier_price_increase.eml","Commercial Team <commercial@northernboardmills.co.uk>","Purchasing <purchasing@boxlinepack.com>","Price increase notice - corrugated, effective 1 February 2027","Mon, 04 Jan 2027 09:00:00 +0000",
"""Dear Customer,

Due to continued increases in recovered paper, energy and haulage costs, Northern Board Mills will increase prices on all corrugated sheet board and converted cases by 6.5% from 1 February 2027.

Orders received up to 29 January 2027 will be invoiced at current prices for delivery before 12 February 2027.

Single wall B/C flute: +6.5%
Double wall BC flute: +6.5%
Edge protectors and board: +4%

Your account manager will contact you with revised price lists.

Yours faithfully,
Commercial Team
Northern Board Mills Ltd
""", label(kind="not_an_order"))
