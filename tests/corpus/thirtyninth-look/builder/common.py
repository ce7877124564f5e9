"""Shared data and helpers for the thirtyninth-look corpus generator."""
import csv, json, os
from email.message import EmailMessage
from email.utils import formataddr

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER = "Liffey & Tagus Medical Supplies Ltd"
ORDERS = "orders@liffeytagus.ie"
ENCOMENDAS = "encomendas@liffeytagus.pt"

# sku, description, uom, unit_price (EUR), pack_size
CATALOG = []
def c(sku, desc, uom, price, pack):
    CATALOG.append((sku, desc, uom, price, pack))

for s, p in [("XS", 5.90), ("S", 5.90), ("M", 5.90), ("L", 5.90), ("XL", 6.20)]:
    c(f"GN-{s}-100", f"Nitrile examination gloves powder-free blue size {s} box 100", "BX", p, 100)
for s in ["S", "M", "L", "XL"]:
    c(f"GN-{s}-200", f"Nitrile examination gloves powder-free blue slim size {s} box 200", "BX", 10.80, 200)
for s in ["M", "L"]:
    c(f"GNB-{s}-100", f"Nitrile examination gloves powder-free black size {s} box 100", "BX", 7.40, 100)
for s in ["XS", "S", "M", "L", "XL"]:
    c(f"GL-{s}-100", f"Latex examination gloves powder-free size {s} box 100", "BX", 6.60, 100)
for s in ["M", "L"]:
    c(f"GLP-{s}-100", f"Latex examination gloves lightly powdered size {s} box 100", "BX", 5.80, 100)
for s in ["S", "M", "L", "XL"]:
    c(f"GV-{s}-100", f"Vinyl examination gloves powder-free clear size {s} box 100", "BX", 3.90, 100)
for s in ["6.5", "7.0", "7.5", "8.0"]:
    c(f"GS-{s.replace('.', '')}", f"Sterile latex surgical gloves powder-free size {s} box 50 pairs", "BX", 38.00, 50)
for ml, p in [(1, 7.20), (2, 6.10), (5, 6.90), (10, 8.40), (20, 11.80)]:
    c(f"SY-{ml}-LS", f"Syringe {ml} ml luer slip 3-part sterile box 100", "BX", p, 100)
for ml, p in [(2, 7.30), (5, 8.20), (10, 9.90), (20, 13.60)]:
    c(f"SY-{ml}-LL", f"Syringe {ml} ml luer lock 3-part sterile box 100", "BX", p, 100)
c("SY-50-LL", "Syringe 50 ml luer lock 3-part sterile box 25", "BX", 14.50, 25)
c("SY-INS-05", "Insulin syringe 0.5 ml U-100 with fixed needle 30G x 8 mm box 100", "BX", 15.90, 100)
c("SY-INS-10", "Insulin syringe 1 ml U-100 with fixed needle 29G x 12.7 mm box 100", "BX", 16.40, 100)
for sku, d in [("ND-18-40", '18G x 1 1/2" (1.2 x 40 mm) pink'), ("ND-19-40", '19G x 1 1/2" (1.1 x 40 mm) cream'),
               ("ND-21-40", '21G x 1 1/2" (0.8 x 40 mm) green'), ("ND-21-25", '21G x 1" (0.8 x 25 mm) green'),
               ("ND-22-30", '22G x 1 1/4" (0.7 x 30 mm) black'), ("ND-23-25", '23G x 1" (0.6 x 25 mm) blue'),
               ("ND-23-30", '23G x 1 1/4" (0.6 x 30 mm) blue'), ("ND-25-16", '25G x 5/8" (0.5 x 16 mm) orange'),
               ("ND-25-25", '25G x 1" (0.5 x 25 mm) orange'), ("ND-26-13", '26G x 1/2" (0.45 x 13 mm) brown'),
               ("ND-27-19", '27G x 3/4" (0.4 x 19 mm) grey'), ("ND-30-13", '30G x 1/2" (0.3 x 13 mm) yellow')]:
    c(sku, f"Hypodermic needle {d} sterile box 100", "BX", 3.80, 100)
c("DN-27L", "Dental injection needle 27G long 0.4 x 35 mm box 100", "BX", 11.90, 100)
c("DN-27S", "Dental injection needle 27G short 0.4 x 25 mm box 100", "BX", 11.90, 100)
c("DN-30S", "Dental injection needle 30G short 0.3 x 21 mm box 100", "BX", 11.90, 100)
c("DN-30XS", "Dental injection needle 30G extra short 0.3 x 12 mm box 100", "BX", 12.40, 100)
c("GZ-5-NS-100", "Gauze swabs 5 x 5 cm 8-ply non-sterile pack 100", "PK", 1.60, 100)
c("GZ-7-NS-100", "Gauze swabs 7.5 x 7.5 cm 8-ply non-sterile pack 100", "PK", 2.10, 100)
c("GZ-10-NS-100", "Gauze swabs 10 x 10 cm 8-ply non-sterile pack 100", "PK", 2.90, 100)
c("GZ-10-NS12-100", "Gauze swabs 10 x 10 cm 12-ply non-sterile pack 100", "PK", 3.70, 100)
c("GZ-5-ST-5", "Gauze swabs 5 x 5 cm 8-ply sterile pouch of 5 box 25 pouches", "BX", 4.90, 25)
c("GZ-7-ST-5", "Gauze swabs 7.5 x 7.5 cm 8-ply sterile pouch of 5 box 25 pouches", "BX", 5.60, 25)
c("GZ-10-ST-5", "Gauze swabs 10 x 10 cm 8-ply sterile pouch of 5 box 25 pouches", "BX", 6.80, 25)
c("GZ-10-ST-2", "Gauze swabs 10 x 10 cm 12-ply sterile pouch of 2 box 50 pouches", "BX", 7.50, 50)
for w, p in [("5", 3.20), ("7.5", 3.90), ("10", 4.60), ("15", 6.10)]:
    c(f"BD-CF-{w.replace('.5','')}", f"Conforming bandage {w} cm x 4 m pack 12", "PK", p, 12)
for w, p in [("7.5", 6.40), ("10", 7.90), ("15", 10.20)]:
    c(f"BD-CR-{w.replace('.5','')}", f"Crepe bandage {w} cm x 4.5 m pack 10", "PK", p, 10)
c("BD-CH-5", "Cohesive bandage 5 cm x 4.5 m blue each", "EA", 1.10, 1)
c("BD-CH-10", "Cohesive bandage 10 cm x 4.5 m blue each", "EA", 1.70, 1)
c("BD-TB-C", "Tubular elastic bandage size C (6.75 cm) x 10 m roll", "RL", 8.90, 1)
c("BD-TB-D", "Tubular elastic bandage size D (7.5 cm) x 10 m roll", "RL", 9.40, 1)
c("MK-IIR-EL", "Surgical face mask Type IIR ear-loop blue box 50", "BX", 6.50, 50)
c("MK-IIR-EL-PK", "Surgical face mask Type IIR ear-loop pink box 50", "BX", 6.90, 50)
c("MK-IIR-TO", "Surgical face mask Type IIR tie-on blue box 50", "BX", 7.80, 50)
c("MK-II-EL", "Surgical face mask Type II ear-loop blue box 50", "BX", 4.90, 50)
c("MK-KID", "Children's face mask Type II ear-loop assorted box 50", "BX", 5.20, 50)
c("MK-FFP2-NV", "FFP2 NR respirator without valve white box 20", "BX", 9.80, 20)
c("MK-FFP2-NV-BK", "FFP2 NR respirator without valve black box 20", "BX", 11.20, 20)
c("MK-FFP2-V", "FFP2 NR respirator with exhalation valve box 10", "BX", 8.60, 10)
c("MK-FFP3-NV", "FFP3 NR respirator without valve box 20", "BX", 24.00, 20)
c("MK-FFP3-V", "FFP3 NR respirator with exhalation valve box 10", "BX", 16.50, 10)
c("DS-HR-100", "Alcohol hand rub gel 70% 100 ml pocket bottle", "EA", 1.40, 1)
c("DS-HR-500", "Alcohol hand rub gel 70% 500 ml pump bottle", "EA", 4.20, 1)
c("DS-HR-1L", "Alcohol hand rub gel 70% 1 L refill bottle", "EA", 6.90, 1)
c("DS-HR-5L", "Alcohol hand rub gel 70% 5 L canister", "EA", 24.50, 1)
c("DS-SF-500", "Surface disinfectant alcohol-free 500 ml trigger spray", "EA", 4.60, 1)
c("DS-SF-1L", "Surface disinfectant alcohol-free 1 L refill", "EA", 6.80, 1)
c("DS-SF-5L", "Surface disinfectant alcohol-free 5 L canister", "EA", 26.00, 1)
c("DS-SA-1L", "Surface disinfectant alcohol-based rapid 1 L spray", "EA", 8.20, 1)
c("DS-SA-5L", "Surface disinfectant alcohol-based rapid 5 L canister", "EA", 31.00, 1)
c("DS-IN-1L", "Instrument disinfectant concentrate 1 L", "EA", 19.50, 1)
c("DS-IN-5L", "Instrument disinfectant concentrate 5 L", "EA", 78.00, 1)
c("DS-WP-100", "Disinfectant wipes alcohol-free canister 100", "EA", 4.90, 1)
c("DS-WP-200", "Disinfectant wipes alcohol-free canister 200", "EA", 7.90, 1)
c("DS-AP-100", "Alcohol prep pads 70% IPA box 100", "BX", 1.90, 100)
c("DS-CHX-500", "Chlorhexidine 4% antiseptic skin wash 500 ml", "EA", 7.10, 1)
for l, p in [("0.6", 1.10), ("1", 1.30), ("2.5", 1.90), ("5", 2.80), ("7", 3.40), ("11.5", 4.60), ("22", 7.20), ("30", 8.90)]:
    c(f"SH-{l}", f"Sharps container {l} L yellow lid", "EA", p, 1)
for l, p in [("1", 1.50), ("5", 3.10), ("11.5", 5.10)]:
    c(f"SH-{l}-P", f"Sharps container {l} L purple lid (cytotoxic)", "EA", p, 1)
for code, col in [("BL", "blue"), ("WH", "white"), ("GR", "green"), ("LI", "lilac")]:
    c(f"DB-2P-{code}", f"Dental bibs 2-ply paper + 1-ply poly 33 x 45 cm {col} pack 500", "PK", 21.50, 500)
for code, col in [("BL", "blue"), ("WH", "white")]:
    c(f"DB-3P-{code}", f"Dental bibs 3-ply paper + 1-ply poly 33 x 45 cm {col} pack 500", "PK", 27.90, 500)
c("CR-1-300", "Dental cotton rolls size 1 (8 mm) pack 300", "PK", 3.60, 300)
c("CR-2-300", "Dental cotton rolls size 2 (10 mm) pack 300", "PK", 4.20, 300)
c("CR-3-300", "Dental cotton rolls size 3 (12 mm) pack 300", "PK", 4.90, 300)
c("CR-2-1000", "Dental cotton rolls size 2 (10 mm) bag 1000", "PK", 11.50, 1000)
c("CR-3-1000", "Dental cotton rolls size 3 (12 mm) bag 1000", "PK", 13.40, 1000)
c("SU-KIT-R", "Suture removal kit sterile (forceps + stitch cutter) each", "EA", 2.30, 1)
c("SU-KIT-I", "Suture kit sterile with needle holder, forceps and scissors each", "EA", 4.80, 1)
for g, n in [("3-0", "24"), ("4-0", "19"), ("5-0", "16")]:
    c(f"SU-PGA-{g[0]}0", f"Polyglactin 910 absorbable suture {g} 75 cm 3/8 circle {n} mm reverse cutting box 12", "BX", 42.00, 12)
    c(f"SU-NY-{g[0]}0", f"Nylon monofilament non-absorbable suture {g} 45 cm 3/8 circle {n} mm reverse cutting box 12", "BX", 24.00, 12)
for g in ["3-0", "4-0"]:
    c(f"SU-SK-{g[0]}0", f"Silk braided suture {g} 75 cm 3/8 circle 19 mm reverse cutting box 12", "BX", 22.00, 12)
c("DM-SE-BL", "Saliva ejectors blue/white bag 100", "PK", 3.40, 100)
c("DM-SE-CL", "Saliva ejectors clear bag 100", "PK", 3.40, 100)
c("CO-RL-50", "Couch roll 2-ply white 50 cm x 40 m", "RL", 2.60, 1)
c("CO-RL-60", "Couch roll 2-ply white 60 cm x 40 m", "RL", 3.10, 1)
c("AP-WH", "Disposable polythene aprons white roll 200", "RL", 5.90, 200)
c("AP-BL", "Disposable polythene aprons blue roll 200", "RL", 6.20, 200)
c("TD-100", "Wooden tongue depressors adult box 100", "BX", 2.40, 100)
c("CW-500", "Cotton wool balls 0.5 g bag 500", "PK", 3.20, 500)
c("PL-FAB", "Fabric plasters assorted box 100", "BX", 3.10, 100)
c("PL-BLU", "Blue detectable plasters assorted box 100", "BX", 3.90, 100)
c("SP-60", "Specimen container 60 ml sterile screw cap box 100", "BX", 11.00, 100)
c("IV-18", "IV cannula with injection port 18G green box 50", "BX", 29.00, 50)
c("IV-20", "IV cannula with injection port 20G pink box 50", "BX", 29.00, 50)
c("IV-22", "IV cannula with injection port 22G blue box 50", "BX", 29.00, 50)
c("TQ-25", "Disposable tourniquet strap roll 25", "RL", 4.50, 25)
c("TP-MP-125", "Microporous surgical tape 1.25 cm x 9.1 m box 24", "BX", 6.90, 24)
c("TP-MP-25", "Microporous surgical tape 2.5 cm x 9.1 m box 12", "BX", 6.90, 12)
c("US-10", "Urine reagent test strips 10-parameter tub 100", "EA", 12.50, 100)

SKUS = {r[0]: r for r in CATALOG}

# customer_id, name, email_domains, street, city, postal, country
CUSTOMERS = [
    ("C001", "Ranelagh Family Practice", "ranelaghgp.ie", "41 Ranelagh Road", "Dublin 6", "D06 X2T4", "IE"),
    ("C002", "Shannon Dental Care", "shannondental.ie", "Unit 4, Dock Road Business Park", "Limerick", "V94 K6E2", "IE"),
    ("C003", "St. Brigid's Nursing Home", "stbrigidsnh.ie", "Curragh Road", "Kildare", "R51 HX03", "IE"),
    ("C004", "Galway Bay Veterinary Hospital", "galwaybayvets.ie", "Tuam Road", "Galway", "H91 T2W8", "IE"),
    ("C005", "St. Kevin's University Hospital", "skuh.ie;hse-skuh.ie", "James's Walk", "Dublin 8", "D08 NHY1", "IE"),
    ("C006", "McCabe's Pharmacy", "mccabespharmacy.ie", "17 Oliver Plunkett Street", "Cork", "T12 PX62", "IE"),
    ("C007", "Harrow Road Medical Centre", "harrowroadmc.co.uk", "212 Harrow Road", "London", "W2 5ES", "GB"),
    ("C008", "Pennine Dental Group", "penninedental.co.uk", "3 Wellington Street", "Leeds", "LS1 4DL", "GB"),
    ("C009", "Oakwood Care Homes Ltd", "oakwoodcare.co.uk", "Oakwood House, 90 Whiteladies Road", "Bristol", "BS8 2QN", "GB"),
    ("C010", "Clínica Dentária Sorriso do Porto", "sorrisoporto.pt", "Rua de Santa Catarina 512", "Porto", "4000-446", "PT"),
    ("C011", "Farmácia Avenida", "farmaciaavenida.pt", "Avenida da República 77", "Lisboa", "1050-190", "PT"),
    ("C012", "Centro Veterinário do Tejo", "cvtejo.pt", "Rua Capitão Leitão 31", "Almada", "2800-133", "PT"),
    ("C013", "Clínica Dental Triana", "clinicatriana.es", "Calle San Jacinto 48", "Sevilla", "41010", "ES"),
    ("C014", "Residencia Los Olivos", "residencialosolivos.es", "Calle de Arturo Soria 245", "Madrid", "28033", "ES"),
    ("C015", "Karagianni Dental Clinic", "karagiannidental.gr", "Tsimiski 89", "Thessaloniki", "546 22", "GR"),
    ("C016", "Pharmacy Nikolaou", "farmakeio-nikolaou.gr", "Patision 140", "Athens", "112 57", "GR"),
    ("C017", "Ege Diş Kliniği", "egedis.com.tr", "Kıbrıs Şehitleri Cad. No:112", "İzmir", "35220", "TR"),
    ("C018", "Sai Krishna Multispeciality Hospital", "saikrishnahospital.in", "Plot 14, Road No. 2, Banjara Hills", "Hyderabad", "500034", "IN"),
    ("C019", "Smile Craft Dental Clinic", "smilecraftdental.in", "Shop 6, Prabhat Road", "Pune", "411004", "IN"),
    ("C020", "Al Noor Family Clinic", "alnoorclinic.ae", "Al Wasl Road, Villa 22", "Dubai", "", "AE"),
]
CUST = {r[1]: r for r in CUSTOMERS}

# senders deliberately NOT in customers.csv (label "customer" = the name as printed)
LEFT_OUT = ["Ballina Pharmacy", "Kos Veterinary Clinic", "Dr. Meera Iyer's Clinic", "Cleveden Nursing Home",
            "Bursa Anadolu Tıp Merkezi", "Marina Smile Dental Centre", "Clínica Veterinaria San Antón"]

OMIT = object()

def L(sku, desc, qty, uom=None, price=None, cp=None):
    if uom is None:
        uom = SKUS[sku][2] if sku else "EA"
    return {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom, "unit_price": price}

def label(customer, lines, po=None, od=None, rd=None, cur=None, ship=OMIT, kind="purchase_order"):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": od, "requested_date": rd, "currency": cur}
    if ship is not OMIT:
        d["ship_to"] = ship
    d["lines"] = lines
    return d

def ship(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": postal, "country": country}

def write_label(name, lab):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)

def make_eml(name, frm, subject, date, body, to=ORDERS, attachments=(), cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{name}.{abs(hash(subject)) % 10**8}@mail.example>"
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(bytes(m))

def write_catalog_and_customers():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
        for r in CATALOG:
            w.writerow([r[0], r[1], r[2], f"{r[3]:.2f}", r[4]])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
        for r in CUSTOMERS:
            w.writerow(r)
