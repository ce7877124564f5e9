import json, os
from email.message import EmailMessage
from email.utils import make_msgid
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OMIT = object()

CUSTOMERS = [
 # id, name, domains, ship_to_name, street, city, region, postal, country
 ("C1001","Brightwire Electrical Ltd","brightwire.co.uk","Brightwire Electrical Ltd","Unit 4 Canal Side Trading Estate","Leeds","West Yorkshire","LS11 5QP","GB"),
 ("C1002","Pennine Heating & Plumbing","pennineheating.co.uk","Pennine Heating & Plumbing","27 Moor Lane","Halifax","","HX2 7RT","GB"),
 ("C1003","Harcourt Facilities Management Ltd","harcourt-fm.com","Harcourt FM Stores","Harcourt House, 9 Gresham Street","London","","EC2V 7BU","GB"),
 ("C1004","Kestrel Build Contractors Ltd","kestrelbuild.co.uk","Kestrel Build Yard","Blackthorn Road","Reading","Berkshire","RG2 0PN","GB"),
 ("C1005","Northgate Hospitals NHS Trust","northgatehospitals.nhs.uk","Estates Dept, Northgate General","Northgate Road","Sheffield","","S5 7AU","GB"),
 ("C1006","Castlegate Property Services","castlegateps.co.uk","","","","","",""),
 ("C2001","O'Driscoll Electrical Services","odriscollelectrical.ie","O'Driscoll Electrical","Unit 12 Kinsale Road Business Park","Cork","Co. Cork","T12 X2E4","IE"),
 ("C2002","Shannon M&E Contractors Ltd","shannonme.ie","Shannon M&E","Raheen Industrial Estate","Limerick","Co. Limerick","V94 K8D1","IE"),
 ("C2003","Liffey Plumbing & Heating","liffeyplumbing.ie","","","","","",""),
 ("C3001","Lakeside Mechanical Inc.","lakesidemech.com","Lakeside Mechanical","4410 W Industrial Pkwy","Cleveland","OH","44135","US"),
 ("C3002","Ridgeway Electric LLC","ridgewayelectric.com","Ridgeway Electric","1820 Commerce Dr","Plano","TX","75074","US"),
 ("C3003","Summit Facility Services","summitfs.com","","","","","",""),
 ("C3101","Northbound Plumbing & Heating Ltd.","northboundph.ca","Northbound Plumbing & Heating","85 Bramalea Rd, Unit 6","Brampton","ON","L6T 2W4","CA"),
 ("C4001","Coastline Sparkies Pty Ltd","coastlinesparkies.com.au","Coastline Sparkies","14 Enterprise Ave","Tweed Heads South","NSW","2486","AU"),
 ("C4002","Redgum Plumbing Pty Ltd","redgumplumbing.com.au","","","","","",""),
 ("C4101","Tui Electrical Ltd","tuielectrical.co.nz","Tui Electrical","22 Kahu Road","Christchurch","","8042","NZ"),
 ("C5001","Highveld Electrical Contractors (Pty) Ltd","highveldelec.co.za","Highveld Electrical","17 Steel Road, Spartan","Kempton Park","Gauteng","1619","ZA"),
 ("C6001","Sai Krishna Electricals Pvt Ltd","saikrishnaelectricals.in","","","","","",""),
 ("C7001","Elektro Brandt GmbH","elektro-brandt.de","Elektro Brandt GmbH","Gewerbestraße 14","Bielefeld","","33609","DE"),
 ("C7002","Haustechnik Keller GmbH","keller-haustechnik.de","","","","","",""),
 ("C7101","Van Dijk Installatietechniek B.V.","vandijk-installatie.nl","Van Dijk Installatietechniek","Industrieweg 31","Zwolle","","8028 PR","NL"),
 ("C7201","Électricité Moreau SARL","moreau-elec.fr","","","","","",""),
 ("C1007","Fenland Electrical Contractors","fenlandelectrical.co.uk","","","","","",""),
]

def ship(name, street, city, region=None, postal=None, country=OMIT):
    d = {"name": name, "street": street, "city": city, "region": region,
         "postal_code": postal, "country": country}
    return {k: v for k, v in d.items() if v is not OMIT}

def ln(sku, desc, qty, uom, price=OMIT, cp=None):
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom}
    if price is not OMIT:
        d["unit_price"] = price
    return d

def lab(customer, po=None, od=None, rd=None, cur=OMIT, shipto=OMIT, lines=(), kind="purchase_order"):
    d = {"kind": kind, "customer": customer}
    if kind == "not_an_order":
        d["lines"] = []
        return d
    if po is not OMIT: d["po_number"] = po
    if od is not OMIT: d["order_date"] = od
    if rd is not OMIT: d["requested_date"] = rd
    if cur is not OMIT: d["currency"] = cur
    if shipto is not OMIT: d["ship_to"] = shipto
    d["lines"] = list(lines)
    return d

def doc(fname, frm, to, subject, date, body, label, atts=(), cc=None, html=None):
    return dict(fname=fname, frm=frm, to=to, subject=subject, date=date, body=body,
                label=label, atts=list(atts), cc=cc, html=html)

MIME = {"pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "csv": ("text", "csv")}

def write_eml(d):
    m = EmailMessage()
    m["From"] = d["frm"]; m["To"] = d["to"]
    if d["cc"]: m["Cc"] = d["cc"]
    m["Subject"] = d["subject"]; m["Date"] = d["date"]
    dom = d["frm"].split("@")[-1].strip(">").strip()
    m["Message-ID"] = make_msgid(domain=dom)
    m.set_content(d["body"])
    if d["html"]:
        m.add_alternative(d["html"], subtype="html")
    for (fn, data) in d["atts"]:
        ext = fn.rsplit(".", 1)[-1].lower()
        mt, st = MIME[ext]
        if mt == "text":
            m.add_attachment(data.decode("utf-8") if isinstance(data, bytes) else data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    p = os.path.join(OUT, d["fname"])
    with open(p, "wb") as f:
        f.write(bytes(m))
    with open(p + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(d["label"], f, indent=2, ensure_ascii=False)
