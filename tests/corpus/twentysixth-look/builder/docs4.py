from base import *
from pdfs import po_pdf
S="Boxline Packaging Orders <orders@boxlinepack.com>"
def money(v, dec=","): 
    s=f"{v:,.2f}"
    return s if dec=="." else s.replace(",","X").replace(".",",").replace("X",".")

def pdfdoc(name, frm, subj, date, body, fname, pdfargs, lab):
    eml(name, frm, S, subj, date, body, lab, attach=[(fname, lambda a=pdfargs: po_pdf(**a), "application/pdf")])

# 45 Hartwell - classic A4 with their own codes
L=[("SWB-457-305-305","HL-PK-118","SW box 457x305x305",30,"BDL",9.63),("SWB-610-457-457","HL-PK-122","SW box 610x457x457",15,"BDL",15.03),
   ("SFH-500-20","HL-PK-301","Hand film 500mm 20mu",24,"CS",37.00),("LBL-DT-100150-1000","HL-PK-402","Label DT 100x150 1000",100,"RL",7.50),
   ("PAL-UK-1210-NEW","HL-PK-900","Pallet 1200x1000 new HT",48,"EA",14.50)]
pdfdoc("45_hartwell_pdf.eml","Purchasing <purchasing@hartwell-logistics.co.uk>","Purchase Order HL-PO-0058821","Mon, 07 Dec 2026 12:00:00 +0000",
"Please find attached Purchase Order HL-PO-0058821.\n\nHartwell Logistics Purchasing\nThis mailbox is not monitored for replies - contact purchasing@hartwell-logistics.co.uk\n",
"HL-PO-0058821.pdf",
dict(layout="A4",title="PURCHASE ORDER",buyer_block=["Hartwell Logistics Ltd","Head Office: 1 Pavilion Drive","Northampton NN4 7SL","VAT GB 284 1162 09"],
 meta=[("PO Number","HL-PO-0058821"),("PO Date","07/12/2026"),("Delivery Date","14/12/2026"),("Supplier","Boxline Packaging"),("Currency","GBP")],
 shipto_block=["Deliver To:","Hartwell Logistics DC2","Unit 7, Brackmills Industrial Estate","Northampton","NN4 7PB"],
 cols=["Our Code","Description","Qty","UoM","Unit Price","Line Total"],widths=[25,70,15,15,25,30],
 rows=[[p,d,str(q),u,f"{pr:.2f}",f"{q*pr:,.2f}"] for s,p,d,q,u,pr in L],
 footer=[("Net Total",f"{sum(q*pr for *_,q,u,pr in L):,.2f}"),("VAT 20%",f"{0.2*sum(q*pr for *_,q,u,pr in L):,.2f}")],
 notes="Please quote our PO number on all delivery notes and invoices. Goods in: Mon-Fri 06:00-14:00."),
label(cust="C1001",po="HL-PO-0058821",od="2026-12-07",rd="2026-12-14",cur="GBP",
 shipto=ship("Hartwell Logistics DC2","Unit 7, Brackmills Industrial Estate","Northampton",None,"NN4 7PB","GB"),
 lines=[(s,p,d,q,u,pr) for s,p,d,q,u,pr in L]))

# 46 Southern Cross - boxed layout, supplier codes
L=[("SFH-500-23","SC-10021","Stretch Film 500mm x 23um Hand",30,"CTN",40.00),("SFM-500-23-1500","SC-10030","Machine Film 500mm 23um 1500m",36,"ROLL",25.00),
   ("STR-PP-12-3000-BLK","SC-10210","PP Strap 12mm Black 3000m",10,"ROLL",18.00),("TAP-AC-48-66-CLR","SC-10400","Tape Clear 48x66 Acrylic",12,"CTN",18.50)]
pdfdoc("46_southerncross_pdf.eml","Brooke Tanner <b.tanner@scwarehousing.com.au>","PO 77190","Mon, 21 Dec 2026 09:00:00 +1000",
"Hi, PO 77190 attached. Please confirm ETA.\n\nBrooke\n","SCW_PO_77190.pdf",
dict(layout="boxed",title="SOUTHERN CROSS WAREHOUSING PTY LTD - PURCHASE ORDER",
 buyer_block=["ABN 51 624 118 903","45 Pritchard Rd, Virginia QLD 4014","Ph (07) 3865 2210","Supplier: Boxline Packaging Supplies"],
 meta=[("Order No","77190"),("Order Date","21/12/2026"),("Deliver By","06/01/2027"),("Terms","30 days EOM"),("Currency","AUD")],
 shipto_block=["DELIVERY ADDRESS","Southern Cross Warehousing - Dock 3","45 Pritchard Rd","Virginia QLD 4014"],
 cols=["Item","Supplier Code","Description","Qty","Unit","Price ex GST","Total"],widths=[20,32,60,12,14,24,26],
 rows=[[p,s,d,str(q),u,f"${pr:.2f}",f"${q*pr:,.2f}"] for s,p,d,q,u,pr in L],
 footer=[("Subtotal",f"${sum(q*pr for *_,q,u,pr in L):,.2f}"),("GST",f"${0.1*sum(q*pr for *_,q,u,pr in L):,.2f}")]),
label(cust="C1013",po="77190",od="2026-12-21",rd="2027-01-06",cur="AUD",
 shipto=ship("Southern Cross Warehousing - Dock 3","45 Pritchard Rd","Virginia","QLD","4014","AU"),
 lines=[(s,p,d,q,{"CTN":"CS","ROLL":"RL"}[u],pr) for s,p,d,q,u,pr in L]))

# 47 Lakeshore - letter
L=[("MB-US-1013","LO-SHIP-01","10x13 Poly Mailer White",20,"CS",14.00),("MB-US-1924","LO-SHIP-04","19x24 Poly Mailer White",5,"CS",31.00),
   ("BUB-US-12-175","LO-SHIP-11","Bubble 12in x 175ft 3/16",10,"RL",14.00)]
pdfdoc("47_lakeshore_pdf.eml","Accounts Payable <ap@lakeshoreoutfitters.com>","Lakeshore Outfitters PO 10471","Thu, 17 Dec 2026 16:20:00 -0500",
"Attached is PO 10471. Thank you.\n","PO-10471.pdf",
dict(layout="letter",title="Lakeshore Outfitters LLC",buyer_block=["Purchase Order","4410 Kraft Ave SE, Grand Rapids, MI 49512","ap@lakeshoreoutfitters.com"],
 meta=[("PO #","10471"),("Date","December 17, 2026"),("Ship Via","Best Way Ground"),("Terms","Net 30")],
 shipto_block=["SHIP TO","Lakeshore Outfitters - Returns Annex","4480 Kraft Ave SE, Door 6","Grand Rapids, MI 49512"],
 cols=["Item #","Description","Qty","UOM","Unit $","Ext $"],widths=[28,72,15,15,25,30],
 rows=[[p,d,str(q),u,f"{pr:.2f}",f"{q*pr:,.2f}"] for s,p,d,q,u,pr in L],
 footer=[("Total USD",f"{sum(q*pr for *_,q,u,pr in L):,.2f}")]),
label(cust="C1008",po="10471",od="2026-12-17",cur="USD",
 shipto=ship("Lakeshore Outfitters - Returns Annex","4480 Kraft Ave SE","Grand Rapids","MI","49512","US"),
 lines=L))

# 48 Brandt - German A4
L=[("DWB-457-305-305","Karton 2-wellig 457x305x305",25,"Bund",12.10),("DWB-381-305-254","Karton 2-wellig 381x305x254",15,"Bund",10.95),
   ("BUB-L-1000-50","Luftpolsterfolie 1000mm x 50m, grosse Noppen",10,"Rolle",26.00),("TAP-VN-48-66-BRN","PVC-Packband braun leise 48mm x 66m",2,"Karton",44.00)]
pdfdoc("48_brandt_pdf.eml","Jonas Brandt <einkauf@holz-brandt.de>","Bestellung 2026-1162","Mon, 21 Dec 2026 10:10:00 +0100",
"Guten Tag,\n\nanbei unsere Bestellung 2026-1162. Bitte um kurze Auftragsbestätigung.\n\nMit freundlichen Grüßen\nJonas Brandt\n","Bestellung_2026-1162.pdf",
dict(layout="A4",title="BESTELLUNG",buyer_block=["Holzmanufaktur Brandt GmbH","Industriestrasse 18","21614 Buxtehude","USt-IdNr. DE 298 441 027"],
 meta=[("Bestell-Nr.","2026-1162"),("Datum","21.12.2026"),("Liefertermin","KW 2 / 2027"),("Waehrung","EUR")],
 shipto_block=["Lieferanschrift:","Holzmanufaktur Brandt GmbH - Halle 2","Industriestrasse 18","21614 Buxtehude"],
 cols=["Pos.","Ihre Art.-Nr.","Bezeichnung","Menge","ME","Preis","Gesamt"],widths=[10,36,66,14,14,22,24],
 rows=[[str(i+1),s,d,str(q),u,money(pr),money(q*pr)] for i,(s,d,q,u,pr) in enumerate(L)],
 footer=[("Netto",money(sum(q*pr for s,d,q,u,pr in L))+" EUR")],notes="Es gelten unsere Einkaufsbedingungen."),
label(cust="C1021",po="2026-1162",od="2026-12-21",rd="omit",cur="EUR",
 shipto=ship("Holzmanufaktur Brandt GmbH - Halle 2","Industriestrasse 18","Buxtehude",None,"21614","DE"),
 lines=[(s,None,d,q,{"Bund":"BDL","Rolle":"RL","Karton":"CS"}[u],pr) for s,d,q,u,pr in L]))

# 49 Karoo - boxed, ZAR
L=[("KT-PK-07","Mailing bags grey 400 x 525",20,"box",45.00,"MB-GRY-400525"),("KT-PK-08","Mailing bags grey 600 x 700",10,"box",80.00,"MB-GRY-600700"),
   ("KT-PK-15","Cable tie 200 x 4.8 natural",50,"pack",2.90,"CT-200-48-NAT")]
pdfdoc("49_karoo_pdf.eml","Thandi Mokoena <thandi.m@karootrading.co.za>","PO KT004530","Tue, 22 Dec 2026 08:00:00 +0200",
"Good day\n\nPlease see attached PO KT004530.\n\nKind regards\nThandi\n","KT004530.pdf",
dict(layout="boxed",title="KAROO TRADING (PTY) LTD  |  PURCHASE ORDER",buyer_block=["Reg No 2011/118820/07","VAT No 4650 2718 33","17 Marine Drive, Paarden Eiland","Cape Town 7405"],
 meta=[("PO No","KT004530"),("Date","2026/12/22"),("Required","2027/01/08"),("Currency","ZAR")],
 shipto_block=["Deliver to: Karoo Trading warehouse","17 Marine Drive, Paarden Eiland","Cape Town","7405"],
 cols=["Stock code","Description","Supplier ref","Qty","Unit","Price","Amount"],widths=[24,56,34,12,14,22,28],
 rows=[[p,d,s,str(q),u,f"R {pr:,.2f}",f"R {q*pr:,.2f}"] for p,d,q,u,pr,s in L],
 footer=[("Excl VAT",f"R {sum(q*pr for p,d,q,u,pr,s in L):,.2f}")]),
label(cust="C1017",po="KT004530",od="2026-12-22",rd="2027-01-08",cur="ZAR",
 shipto=ship("Karoo Trading warehouse","17 Marine Drive","Cape Town",None,"7405","ZA"),
 lines=[(s,p,d,q,{"box":"BX","pack":"PK"}[u],pr) for p,d,q,u,pr,s in L]))

# 50 Sharma - INR A4
L=[("SWB-305-305-305","3 Ply Carton 12x12x12 inch",60,"Bundle",620.00),("SWB-406-305-305","3 Ply Carton 16x12x12 inch",40,"Bundle",780.00),
   ("VF-KRAFT-FF","Kraft fanfold paper 380mm",6,"Box",3900.00),("TAP-FR-48-66-BRN","Fragile tape black on brown 48mm",4,"Case",2450.00)]
pdfdoc("50_sharma_pdf.eml","Rajesh Sharma <purchase@sharmaexports.in>","PO SHE/PUR/2026-27/331","Wed, 23 Dec 2026 12:30:00 +0530",
"Dear Sir,\n\nPlease find attached our Purchase Order No. SHE/PUR/2026-27/331. Kindly acknowledge.\n\nRegards,\nRajesh Sharma\n","PO_331.pdf",
dict(layout="A4",title="PURCHASE ORDER",buyer_block=["Sharma Handicraft Exports Pvt Ltd","E-114, RIICO Industrial Area, Sitapura","Jaipur - 302022, Rajasthan","GSTIN: 08AAKCS4471M1ZQ"],
 meta=[("PO No.","SHE/PUR/2026-27/331"),("PO Date","23/12/2026"),("Delivery","Within 10 days"),("Currency","INR")],
 shipto_block=["Consignee:","Sharma Handicraft Exports Pvt Ltd - Unit II","G-27, Sitapura Industrial Area","Jaipur - 302022, Rajasthan"],
 cols=["S.No","Description","Qty","Unit","Rate","Amount"],widths=[12,80,16,18,25,30],
 rows=[[str(i+1),d,str(q),u,f"{pr:,.2f}",f"{q*pr:,.2f}"] for i,(s,d,q,u,pr) in enumerate(L)],
 footer=[("Sub Total",f"{sum(q*pr for s,d,q,u,pr in L):,.2f}"),("IGST 18%",f"{0.18*sum(q*pr for s,d,q,u,pr in L):,.2f}")]),
label(cust="C1019",po="SHE/PUR/2026-27/331",od="2026-12-23",rd="omit",cur="INR",
 shipto=ship("Sharma Handicraft Exports Pvt Ltd - Unit II","G-27, Sitapura Industrial Area","Jaipur","Rajasthan","302022","IN"),
 lines=[(s,None,d,q,{"Bundle":"BDL","Box":"BX","Case":"CS"}[u],pr) for s,d,q,u,pr in L]))

# 51 Inkwell - designed PO, with SKUs
L=[("LBL-TT-10150-1000","TT labels 102x152 76mm core",24,"RL",11.00),("LBL-DT-5732-2000","DT labels 57x32",10,"RL",4.50),
   ("BBE-C4","Board backed envelope C4",30,"BX",24.00),("PE-E2","Padded envelope E/2",6,"BX",14.00),("TAP-AC-24-66-CLR","Clear tape 24mm",1,"CS",19.00)]
pdfdoc("51_inkwell_pdf.eml","Marta Kowalczyk <purchasing@inkwellprint.co.uk>","PO IP-2026-1019","Tue, 22 Dec 2026 11:11:11 +0000",
"Hi, PO attached for January stock. Deliver w/c 4th Jan please.\nMarta\n","Inkwell_PO_IP-2026-1019.pdf",
dict(layout="boxed",title="INKWELL PRINT LTD  -  PURCHASE ORDER",buyer_block=["3 Feeder Road","Bristol BS2 0SB","0117 955 0101","accounts@inkwellprint.co.uk"],
 meta=[("PO","IP-2026-1019"),("Raised","22 Dec 2026"),("Raised by","M. Kowalczyk"),("Currency","GBP")],shipto_block=None,
 cols=["Supplier SKU","Description","Qty","Unit","Price","Total"],widths=[40,66,14,14,22,28],
 rows=[[s,d,str(q),u,f"£{pr:.2f}",f"£{q*pr:,.2f}"] for s,d,q,u,pr in L],footer=[("Total ex VAT",f"£{sum(q*pr for s,d,q,u,pr in L):,.2f}")],
 notes="Delivery to 3 Feeder Road unless stated."),
label(cust="C1005",po="IP-2026-1019",od="2026-12-22",rd="omit",cur="GBP",
 shipto=ship("omit","3 Feeder Road","Bristol",None,"BS2 0SB","GB"),
 lines=[(s,None,d,q,u,pr) for s,d,q,u,pr in L]))

# 52 Red Barn - letter, PDF with their part numbers, no prices
L=[("RB-PKG-2418","Carton DW 24x18x18",20,"BDL","DWB-610-457-457"),("RB-PKG-1818","Carton DW 18x18x18",12,"BDL","DWB-457-457-457"),
   ("RB-PKG-EB50","Edge board 2in x 47in (50x1200mm)",8,"BDL","EP-50-1200"),("RB-PKG-CRD19","Cord strap 19mm (3/4in) x 500m",6,"ROLL","STR-COR-19-500"),
   ("RB-PKG-BK19","Buckle 19mm box/250",6,"BOX","BKL-19")]
pdfdoc("52_redbarn_pdf.eml","Gary Stoltzfus <gstoltzfus@redbarnfurniture.com>","RB-88163","Mon, 28 Dec 2026 08:30:00 -0500",
"PO attached.\n\nGary\n","RB-88163.pdf",
dict(layout="letter",title="RED BARN FURNITURE CO.  PURCHASE ORDER",buyer_block=["1180 Hershey Rd","Lancaster, PA 17601","Phone 717-555-0199"],
 meta=[("P.O. Number","RB-88163"),("Order Date","12/28/2026"),("Required Date","01/08/2027"),("Buyer","G. Stoltzfus")],
 shipto_block=["Ship To:","Red Barn Furniture Co. - Finishing Plant","200 Lititz Pike","Lancaster, PA 17601"],
 cols=["Part No.","Description","Qty","U/M"],widths=[35,95,20,20],rows=[[p,d,str(q),u] for p,d,q,u,s in L],
 notes="Prices per current agreement. Call 717-555-0199 before delivery."),
label(cust="C1010",po="RB-88163",od="2026-12-28",rd="2027-01-08",
 shipto=ship("Red Barn Furniture Co. - Finishing Plant","200 Lititz Pike","Lancaster","PA","17601","US"),
 lines=[(s,p,d,q,{"BDL":"BDL","ROLL":"RL","BOX":"BX"}[u]) for p,d,q,u,s in L]))

# 53 Van Dijk - Dutch PDF
L=[("SFP-450-9","Voorgerekte folie 450mm 9mu",20,"doos",38.00),("SFH-400-17","Handwikkelfolie 400mm 17mu",10,"doos",30.00),
   ("PAL-EUR-1208-USED","Europallet gebruikt",100,"stuk",10.00)]
pdfdoc("53_vandijk_pdf.eml","Femke de Vries <inkoop@vandijklogistiek.nl>","Inkooporder VDL-26-0980","Tue, 29 Dec 2026 09:15:00 +0100",
"Goedemorgen,\n\nBijgaand inkooporder VDL-26-0980.\n\nMet vriendelijke groet,\nFemke de Vries\n","Inkooporder_VDL-26-0980.pdf",
dict(layout="A4",title="INKOOPORDER",buyer_block=["Van Dijk Logistiek B.V.","Kraaivenstraat 21","5048 AB Tilburg","KvK 18072251"],
 meta=[("Ordernummer","VDL-26-0980"),("Orderdatum","29-12-2026"),("Leverdatum","07-01-2027"),("Valuta","EUR")],
 shipto_block=["Afleveradres:","Van Dijk Logistiek - Hal 4","Ringbaan-Oost 300","5013 CD Tilburg"],
 cols=["Artikel","Omschrijving","Aantal","Eenheid","Prijs","Bedrag"],widths=[38,62,16,18,22,24],
 rows=[[s,d,str(q),u,money(pr),money(q*pr)] for s,d,q,u,pr in L],footer=[("Totaal excl. btw",money(sum(q*pr for s,d,q,u,pr in L)))]),
label(cust="C1023",po="VDL-26-0980",od="2026-12-29",rd="2027-01-07",cur="EUR",
 shipto=ship("Van Dijk Logistiek - Hal 4","Ringbaan-Oost 300","Tilburg",None,"5013 CD","NL"),
 lines=[(s,None,d,q,{"doos":"CS","stuk":"EA"}[u],pr) for s,d,q,u,pr in L]))

# 54 Unknown sender - Irish furniture maker
L=[("Double wall box 16 x 12 x 12 in",10,"bundle","DWB-406-305-305"),("Bubble wrap large 1000mm x 50m",4,"roll","BUB-L-1000-50"),
   ("Corner/edge protectors 35mm 1m",2,"bundle","EP-35-1000"),("Furniture blankets",12,"each",None)]
pdfdoc("54_unknown_oakline_pdf.eml","Niall Quinlan <niall@oaklinejoinery.ie>","Order - Oakline Joinery","Wed, 30 Dec 2026 14:44:00 +0000",
"Hi,\n\nWe are a new customer - order attached. Could you also send a credit application form?\n\nNiall Quinlan\nOakline Joinery\n","Oakline_Order_0042.pdf",
dict(layout="A4",title="ORDER FORM",buyer_block=["Oakline Joinery","Unit 9, Knockbeg Business Park","Carlow R93 E2F4","niall@oaklinejoinery.ie"],
 meta=[("Order No","OJ-0042"),("Date","30/12/2026"),("Wanted by","08/01/2027")],shipto_block=None,
 cols=["Description","Qty","Unit"],widths=[110,25,30],rows=[[d,str(q),u] for d,q,u,s in L]),
label(cust="Oakline Joinery",po="OJ-0042",od="2026-12-30",rd="2027-01-08",
 lines=[(s,None,d,q,{"bundle":"BDL","roll":"RL","each":"EA"}[u]) for d,q,u,s in L]))
