import csv, json, os, io
from email.message import EmailMessage
from email.utils import make_msgid
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CAT = []
def c(sku, desc, uom, price, pack=""):
    CAT.append((sku, desc, uom, price, pack))
BOXES = [(152,152,152,"6X6X6"),(203,152,102,"8X6X4"),(229,152,152,"9X6X6"),(254,254,254,"10X10X10"),
         (305,229,152,"12X9X6"),(305,229,229,"12X9X9"),(305,305,305,"12X12X12"),(381,305,254,"15X12X10"),
         (406,305,305,"16X12X12"),(457,305,305,"18X12X12"),(457,457,457,"18X18X18"),(610,457,457,"24X18X18")]
for l,w,h,inch in BOXES:
    c(f"SWB-{l}-{w}-{h}", f"SW CARTON {l}X{w}X{h}MM ({inch}IN) BDL25", "BDL", round(0.004*(l*w+w*h+l*h)/100+4,2), 25)
for l,w,h,inch in BOXES[3:]:
    c(f"DWB-{l}-{w}-{h}", f"DW CARTON {l}X{w}X{h}MM ({inch}IN) BDL15", "BDL", round(0.007*(l*w+w*h+l*h)/100+6,2), 15)
for sku,d,p in [("TAP-AC-48-66-CLR","TAPE PP ACRYLIC CLEAR 48MMX66M",18.5),("TAP-AC-48-66-BRN","TAPE PP ACRYLIC BROWN 48MMX66M",18.5),
    ("TAP-AC-48-132-CLR","TAPE PP ACRYLIC CLEAR 48MMX132M",31.0),("TAP-AC-48-132-BRN","TAPE PP ACRYLIC BROWN 48MMX132M",31.0),
    ("TAP-AC-72-66-CLR","TAPE PP ACRYLIC CLEAR 72MMX66M",22.0),
    ("TAP-HM-48-66-CLR","TAPE PP HOTMELT CLEAR 48MMX66M",21.0),("TAP-HM-48-66-BRN","TAPE PP HOTMELT BROWN 48MMX66M",21.0),
    ("TAP-HM-48-150-BRN","TAPE PP HOTMELT BROWN 48MMX150M",36.0),
    ("TAP-VN-48-66-BRN","TAPE VINYL LOW NOISE BROWN 48MMX66M",44.0),("TAP-VN-48-66-CLR","TAPE VINYL LOW NOISE CLEAR 48MMX66M",44.0),
    ("TAP-VN-48-33-RED","TAPE VINYL RED 48MMX33M",39.0),("TAP-VN-48-33-BLU","TAPE VINYL BLUE 48MMX33M",39.0),
    ("TAP-VN-48-33-YEL","TAPE VINYL YELLOW 48MMX33M",39.0),("TAP-VN-48-33-GRN","TAPE VINYL GREEN 48MMX33M",39.0),
    ("TAP-FR-48-66-WHT","TAPE FRAGILE PRINT RED/WHITE 48MMX66M",29.0),("TAP-FR-48-66-BRN","TAPE FRAGILE PRINT BLACK/BROWN 48MMX66M",29.0)]:
    c(sku, d+" 36RL/CS", "CS", p, 36)
c("TAP-AC-24-66-CLR","TAPE PP ACRYLIC CLEAR 24MMX66M 72RL/CS","CS",19.0,72)
c("TAP-PAP-50-50-BRN","TAPE KRAFT PAPER GUMMED 50MMX50M 24RL/CS","CS",42.0,24)
c("TAP-US-HM-2-110-CLR","TAPE HOT MELT CLEAR 2IN X 110YD 36RL/CS","CS",26.0,36)
c("TAP-US-HM-3-110-CLR","TAPE HOT MELT CLEAR 3IN X 110YD 24RL/CS","CS",28.0,24)
c("TAP-US-HM-2-110-TAN","TAPE HOT MELT TAN 2IN X 110YD 36RL/CS","CS",26.0,36)
c("TGD-48","TAPE GUN DISPENSER 48MM","EA",6.5); c("TGD-75","TAPE GUN DISPENSER 75MM","EA",9.5); c("TGD-48-LN","TAPE GUN 48MM LOW NOISE","EA",11.0)
for w,mu,p in [(400,17,30),(400,23,36),(500,17,34),(500,20,37),(500,23,40),(500,25,43),(500,30,49)]:
    c(f"SFH-{w}-{mu}", f"STRETCH FILM HAND {w}MM {mu}MU 250M CLEAR 6RL/CS", "CS", p, 6)
c("SFH-500-23-EXT","STRETCH FILM HAND 500MM 23MU EXTENDED CORE 6RL/CS","CS",42.0,6)
c("SFH-500-23-BLK","STRETCH FILM HAND 500MM 23MU BLACK 6RL/CS","CS",45.0,6)
c("SFP-450-9","PRE-STRETCH FILM 450MM 9MU 450M 6RL/CS","CS",38.0,6)
c("SFM-500-17-1500","MACHINE STRETCH FILM 500MM 17MU 1500M 76MM CORE","RL",21.0)
c("SFM-500-23-1500","MACHINE STRETCH FILM 500MM 23MU 1500M 76MM CORE","RL",25.0)
c("SFM-500-30-1500","MACHINE STRETCH FILM 500MM 30MU 1500M 76MM CORE","RL",30.0)
c("SFH-100-17","BUNDLING FILM 100MM 17MU 150M W/HANDLE 24/BX","BX",28.0,24)
c("SFH-US-18-80","STRETCH WRAP 18IN 80GA 1500FT 4RL/CS","CS",58.0,4)
c("SFH-US-18-70","STRETCH WRAP 18IN 70GA 1500FT 4RL/CS","CS",54.0,4)
c("SFH-US-18-90","STRETCH WRAP 18IN 90GA 1500FT 4RL/CS","CS",63.0,4)
c("SFH-US-20-80","STRETCH WRAP 20IN 80GA 1000FT 4RL/CS","CS",52.0,4)
c("SFM-US-20-80","MACHINE STRETCH WRAP 20IN 80GA 5000FT","RL",62.0)
for sku,d,p in [("BUB-S-300-100","BUBBLE WRAP SMALL 10MM 300MMX100M",8.5),("BUB-S-500-100","BUBBLE WRAP SMALL 10MM 500MMX100M",12.0),
  ("BUB-S-750-100","BUBBLE WRAP SMALL 10MM 750MMX100M",17.5),("BUB-S-1000-100","BUBBLE WRAP SMALL 10MM 1000MMX100M",22.0),
  ("BUB-S-1500-100","BUBBLE WRAP SMALL 10MM 1500MMX100M",32.0),("BUB-L-500-50","BUBBLE WRAP LARGE 25MM 500MMX50M",14.0),
  ("BUB-L-1000-50","BUBBLE WRAP LARGE 25MM 1000MMX50M",26.0),("BUB-L-1500-50","BUBBLE WRAP LARGE 25MM 1500MMX50M",37.0),
  ("BUB-US-12-175","BUBBLE ROLL 3/16IN 12IN X 175FT PERF",14.0),("BUB-US-24-175","BUBBLE ROLL 3/16IN 24IN X 175FT PERF",25.0),
  ("BUB-US-12-125L","BUBBLE ROLL 1/2IN LARGE 12IN X 125FT PERF",16.0),("BUB-US-24-125L","BUBBLE ROLL 1/2IN LARGE 24IN X 125FT PERF",29.0)]:
    c(sku,d,"RL",p)
c("VF-CHIP-15","LOOSE FILL CHIPS WHITE 15 CU FT BAG","BAG",16.0)
c("VF-CHIP-15-GRN","LOOSE FILL BIODEGRADABLE GREEN 15 CU FT BAG","BAG",19.0)
c("VF-AIR-200100","AIR PILLOW FILM 200X100MM 700M ROLL","RL",38.0)
c("VF-AIR-200200","AIR PILLOW FILM 200X200MM 700M ROLL","RL",41.0)
c("VF-KRAFT-380-450","KRAFT PAPER VOID FILL ROLL 380MM X 450M 50GSM","RL",29.0)
c("VF-KRAFT-750-250","KRAFT PAPER ROLL 750MM X 250M 70GSM","RL",33.0)
c("VF-KRAFT-FF","KRAFT FANFOLD PAPER 380MM 1000 SHEETS","BX",47.0)
c("VF-SHRED-10","SHREDDED PAPER FILL NATURAL 10KG","BAG",18.0)
for col,cn in [("GRY","GREY"),("BLK","BLACK"),("WHT","WHITE")]:
    for w,h,n in [(165,230,500),(250,350,500),(305,405,250),(400,525,250),(600,700,100)]:
        if col!="GRY" and (w,h) in [(165,230),(600,700)]: continue
        c(f"MB-{col}-{w}{h}", f"MAILING BAG {cn} {w}X{h}MM {n}/BX", "BX", round(w*h/6000+10,2), n)
c("MB-US-1013","POLY MAILER WHITE 10X13IN 100/CS","CS",14.0,100)
c("MB-US-1215","POLY MAILER WHITE 12X15.5IN 100/CS","CS",17.0,100)
c("MB-US-1417","POLY MAILER WHITE 14.5X19IN 100/CS","CS",22.0,100)
c("MB-US-1924","POLY MAILER WHITE 19X24IN 100/CS","CS",31.0,100)
c("BBE-C4","BOARD BACKED ENV A4 C4 249X352MM 100/BX","BX",24.0,100)
c("BBE-C5","BOARD BACKED ENV A5 C5 176X250MM 100/BX","BX",16.0,100)
c("BBE-C3","BOARD BACKED ENV A3 C3 330X455MM 50/BX","BX",28.0,50)
for code,sz in [("D1","180X260MM"),("E2","220X260MM"),("H5","270X360MM"),("K7","350X470MM")]:
    c(f"PE-{code}", f"PADDED ENVELOPE {code[0]}/{code[1]} {sz} WHITE 100/BX", "BX", 14.0, 100)
c("PE-H5-GLD","PADDED ENVELOPE H/5 270X360MM GOLD 100/BX","BX",14.0,100)
for sku,d,u,p,pk in [("STR-PP-12-3000-BLK","PP STRAPPING 12MM X 3000M BLACK 200MM CORE","RL",18.0,""),
  ("STR-PP-12-3000-WHT","PP STRAPPING 12MM X 3000M WHITE 200MM CORE","RL",18.0,""),
  ("STR-PP-15-2000-BLK","PP STRAPPING 15MM X 2000M BLACK 200MM CORE","RL",22.0,""),
  ("STR-PP-12-1000-HAND","PP STRAPPING 12MM X 1000M HAND GRADE 400MM CORE","RL",9.0,""),
  ("STR-PET-16-1000","PET STRAPPING GREEN 16MM X 1000M","RL",46.0,""),
  ("STR-COR-13-1100","POLYESTER CORD STRAP 13MM X 1100M","RL",32.0,""),
  ("STR-COR-16-850","POLYESTER CORD STRAP 16MM X 850M","RL",36.0,""),
  ("STR-COR-19-500","POLYESTER CORD STRAP 19MM X 500M","RL",39.0,""),
  ("BKL-13","BUCKLE GALV 13MM FOR CORD 1000/BX","BX",28.0,1000),
  ("BKL-16","BUCKLE GALV 16MM FOR CORD 1000/BX","BX",34.0,1000),
  ("BKL-19","BUCKLE GALV 19MM FOR CORD 250/BX","BX",23.0,250),
  ("SEAL-12-2000","METAL SEALS 12MM OPEN 2000/BX","BX",21.0,2000),
  ("SEAL-16-1000","METAL SEALS 16MM OPEN 1000/BX","BX",24.0,1000),
  ("STR-TEN-PP","STRAP TENSIONER PP 12-16MM","EA",45.0,""),
  ("STR-TEN-COR","CORD STRAP TENSIONER 13-19MM","EA",49.0,""),
  ("STR-SEALER","STRAP SEALER CRIMPER 12MM","EA",39.0,""),
  ("STR-DSP","STRAPPING DISPENSER TROLLEY","EA",95.0,""),
  ("EP-35-1000","EDGE PROTECTOR 35X35X3MM 1000MM 100/BDL","BDL",29.0,100),
  ("EP-50-1200","EDGE PROTECTOR 50X50X4MM 1200MM 50/BDL","BDL",31.0,50)]:
    c(sku,d,u,p,pk)
for sku,d,p in [("LBL-DT-100150-1000","LABEL DIRECT THERMAL 100X150MM 1000/RL 25MM CORE",7.5),
  ("LBL-DT-100150-500-76","LABEL DIRECT THERMAL 100X150MM 500/RL 76MM CORE",5.0),
  ("LBL-DT-10276-1000","LABEL DIRECT THERMAL 102X76MM 1000/RL 25MM CORE",5.5),
  ("LBL-DT-5732-2000","LABEL DIRECT THERMAL 57X32MM 2000/RL 25MM CORE",4.5),
  ("LBL-DT-3825-2000","LABEL DIRECT THERMAL 38X25MM 2000/RL 25MM CORE",4.0),
  ("LBL-TT-10050-2000","LABEL THERMAL TRANSFER 100X50MM 2000/RL 76MM CORE",9.0),
  ("LBL-TT-10150-1000","LABEL THERMAL TRANSFER 102X152MM 1000/RL 76MM CORE",11.0),
  ("LBL-FRG-10050-500","LABEL PRINTED FRAGILE 100X50MM 500/RL",6.0),
  ("LBL-TWU-10050-500","LABEL PRINTED THIS WAY UP 100X50MM 500/RL",6.0),
  ("LBL-HWC-10050-500","LABEL PRINTED HANDLE WITH CARE 100X50MM 500/RL",6.0),
  ("LBL-US-4X6-1000","LABEL DT 4X6IN 1000/RL 1IN CORE",8.0),
  ("LBL-US-4X6-250","LABEL DT 4X6IN 250/RL 1IN CORE (DESKTOP)",3.2)]:
    c(sku,d,"RL",p)
for l,wd,col,p in [(100,25,"BLK",1.2),(100,25,"NAT",1.1),(200,48,"BLK",3.0),(200,48,"NAT",2.9),(300,48,"BLK",4.2),(300,48,"NAT",4.0),(370,76,"BLK",7.5),(500,76,"BLK",9.5),(140,36,"BLK",1.8)]:
    c(f"CT-{l}-{wd}-{col}", f"CABLE TIE {l}X{wd/10:.1f}MM {'BLACK' if col=='BLK' else 'NATURAL'} 100/PK", "PK", p, 100)
for sku,d,p in [("PAL-UK-1210-NEW","PALLET 1200X1000 NEW HEAT TREATED 4-WAY",14.5),("PAL-UK-1210-USED","PALLET 1200X1000 USED GRADE A",8.0),
  ("PAL-EUR-1208-NEW","EURO PALLET EPAL 1200X800 NEW",16.5),("PAL-EUR-1208-USED","EURO PALLET EPAL 1200X800 USED",10.0),
  ("PAL-HALF-0806","HALF PALLET 800X600 NEW",9.0),("PAL-QTR-0600","QUARTER PALLET 600X400 NEW",7.0),("PAL-US-4840-A","PALLET 48X40 GMA GRADE A RECYCLED",11.0),
  ("PAL-PLS-1210","PLASTIC PALLET 1200X1000 NESTABLE",32.0)]:
    c(sku,d,"EA",p)

CUST = [
 ("C1001","Hartwell Logistics Ltd","hartwell-logistics.co.uk","Hartwell Logistics DC2","Unit 7, Brackmills Industrial Estate","Northampton","","NN4 7PB","GB"),
 ("C1002","Ridgeback Brewing Co","ridgebackbrewing.co.uk","Ridgeback Brewing Co","14 Mowbray Street","Sheffield","South Yorkshire","S3 8EN","GB"),
 ("C1003","Kilnworks Pottery","kilnworks.co.uk","Kilnworks Pottery","Gladstone Works, Uttoxeter Road","Stoke-on-Trent","Staffordshire","ST3 1PQ","GB"),
 ("C1004","Pinecraft Furniture Ltd","pinecraft.scot","Pinecraft Furniture","22 Hillington Park Road","Glasgow","","G52 4NQ","GB"),
 ("C1005","Inkwell Print Ltd","inkwellprint.co.uk","Inkwell Print","3 Feeder Road","Bristol","","BS2 0SB","GB"),
 ("C1006","Atlantic Fulfilment Ltd","atlanticfulfilment.ie","Atlantic Fulfilment","Unit 4, Ballybrit Business Park","Galway","Co. Galway","H91 X2Y7","IE"),
 ("C1007","Burren Soap Company","burrensoap.ie","Burren Soap Company","Main Street","Lisdoonvarna","Co. Clare","V95 T6P3","IE"),
 ("C1008","Lakeshore Outfitters LLC","lakeshoreoutfitters.com","Lakeshore Outfitters","4410 Kraft Ave SE","Grand Rapids","MI","49512","US"),
 ("C1009","Copperline Print & Sign","copperlineprint.com","Copperline Print & Sign","2875 Walnut St","Denver","CO","80205","US"),
 ("C1010","Red Barn Furniture Co.","redbarnfurniture.com","Red Barn Furniture Co.","1180 Hershey Rd","Lancaster","PA","17601","US"),
 ("C1011","Northbound 3PL Inc.","northbound3pl.ca","Northbound 3PL - Building B","6500 Kestrel Rd","Mississauga","ON","L5T 1Z6","CA"),
 ("C1012","Maple & Moss Candle Co.","mapleandmoss.ca","Maple & Moss Candle Co.","88 Ochterloney St","Dartmouth","NS","B2Y 1C6","CA"),
 ("C1013","Southern Cross Warehousing Pty Ltd","scwarehousing.com.au","Southern Cross Warehousing","45 Pritchard Rd","Virginia","QLD","4014","AU"),
 ("C1014","Bluegum Ceramics","bluegumceramics.com.au","Bluegum Ceramics","12 Gormanston Rd","Moonah","TAS","7009","AU"),
 ("C1015","Kiwi Parcel Co Ltd","kiwiparcel.co.nz","Kiwi Parcel Co","31 Ormiston Road","East Tamaki","Auckland","2013","NZ"),
 ("C1016","Tui Ridge Brewery","tuiridge.co.nz","Tui Ridge Brewery","9 Quarantine Road","Stoke","Nelson","7011","NZ"),
 ("C1017","Karoo Trading (Pty) Ltd","karootrading.co.za","Karoo Trading","17 Marine Drive, Paarden Eiland","Cape Town","Western Cape","7405","ZA"),
 ("C1018","Highveld Distribution CC","highveld-dist.co.za","Highveld Distribution","56 Electron Avenue, Isando","Kempton Park","Gauteng","1600","ZA"),
 ("C1019","Sharma Handicraft Exports Pvt Ltd","sharmaexports.in","Sharma Handicraft Exports","E-114, RIICO Industrial Area, Sitapura","Jaipur","Rajasthan","302022","IN"),
 ("C1020","Deccan eRetail Pvt Ltd","deccaneretail.in","Deccan eRetail FC-1","Survey No. 42, Chakan MIDC Phase II","Pune","Maharashtra","410501","IN"),
 ("C1021","Holzmanufaktur Brandt GmbH","holz-brandt.de","Holzmanufaktur Brandt","Industriestraße 18","Buxtehude","","21614","DE"),
 ("C1022","Versandhaus Lindner KG","lindner-versand.de","Versandhaus Lindner Lager","Am Güterbahnhof 5","Leipzig","","04129","DE"),
 ("C1023","Van Dijk Logistiek B.V.","vandijklogistiek.nl","Van Dijk Logistiek","Kraaivenstraat 21","Tilburg","","5048 AB","NL"),
 ("C1024","Atelier Céramique Lefèvre","atelier-lefevre.fr","Atelier Céramique Lefèvre","27 rue Paul Bert","Lyon","","69003","FR"),
 ("C1025","Imprimerie Moreau SARL","imprimerie-moreau.fr","Imprimerie Moreau","4 boulevard de la Prairie au Duc","Nantes","","44200","FR"),
]
CUSTN = {x[0]: x[1] for x in CUST}
SKUS = {x[0] for x in CAT}

def write_refdata():
    with open(os.path.join(OUT,"catalog.csv"),"w",newline="") as f:
        w=csv.writer(f); w.writerow(["sku","description","uom","unit_price","pack_size"])
        for r in CAT: w.writerow(r)
    with open(os.path.join(OUT,"customers.csv"),"w",newline="",encoding="utf-8") as f:
        w=csv.writer(f); w.writerow(["customer_id","name","email_domains","ship_to_name","ship_to_street","ship_to_city","ship_to_region","ship_to_postal_code","ship_to_country"])
        for r in CUST: w.writerow(r)

DOCS = []
def ship(name, street, city, region, pc, country):
    d={"name":name,"street":street,"city":city,"region":region,"postal_code":pc,"country":country}
    return {k:v for k,v in d.items() if v!="omit"}
def label(kind="purchase_order", cust=None, po=None, od=None, rd=None, cur=None, shipto="omit", lines=(), extra=None):
    d={"kind":kind}
    if kind=="not_an_order":
        d["lines"]=[]; 
        if cust: d["customer"]=CUSTN.get(cust,cust)
        return d
    d["customer"]=CUSTN.get(cust,cust) if cust else None
    d["po_number"]=po; d["order_date"]=od; d["requested_date"]=rd; d["currency"]=cur
    if shipto!="omit": d["ship_to"]=shipto
    L=[]
    for ln in lines:
        sku,part,desc,qty,uom=ln[:5]
        assert sku is None or sku=='omit' or sku in SKUS, sku
        e={"sku":sku,"customer_part":part,"description":desc,"quantity":qty,"uom":uom}
        if len(ln)>5 and ln[5] is not None: e["unit_price"]=ln[5]
        e={k:v for k,v in e.items() if v!="omit"}
        L.append(e)
    d["lines"]=L
    if extra: d.update(extra)
    for k in list(d):
        if d[k]=="omit": del d[k]
    return d

def eml(name, frm, to, subj, date, body, lab, attach=(), cc=None, html=None):
    DOCS.append(("eml",name,dict(frm=frm,to=to,subj=subj,date=date,body=body,attach=attach,cc=cc),lab))
def rawfile(name, builder, lab):
    DOCS.append(("raw",name,builder,lab))

def render_eml(name, p):
    m=EmailMessage()
    m["From"]=p["frm"]; m["To"]=p["to"]
    if p["cc"]: m["Cc"]=p["cc"]
    m["Subject"]=p["subj"]; m["Date"]=p["date"]
    dom=p["frm"].split("@")[-1].strip(">")
    m["Message-ID"]=make_msgid(idstring=name.split(".")[0], domain=dom)
    m.set_content(p["body"])
    for fn,data,mt in p["attach"]:
        if callable(data): data=data()
        ma,sub=mt.split("/")
        m.add_attachment(data, maintype=ma, subtype=sub, filename=fn)
    return bytes(m)

def build_all():
    write_refdata()
    for kind,name,p,lab in DOCS:
        path=os.path.join(OUT,name)
        if kind=="eml":
            data=render_eml(name,p)
        else:
            data=p()
        mode="wb" if isinstance(data,bytes) else "w"
        with open(path,mode) as f: f.write(data)
        with open(path+".expected.json","w",encoding="utf-8") as f:
            json.dump(lab,f,indent=2,ensure_ascii=False)
