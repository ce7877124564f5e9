"""Shared helpers: output folder, catalog, customers, eml + label writers."""
import csv, json
from pathlib import Path
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- catalog
CATALOG = []  # (sku, description, uom, price, pack_size)

def _c(sku, desc, uom, price, pack=1):
    CATALOG.append((sku, desc, uom, price, pack))

for rec, rname in [("ADCH", "Adult Chicken & Rice"), ("ADLB", "Adult Lamb & Rice"),
                   ("PUCH", "Puppy Chicken"), ("SNSA", "Senior Salmon & Potato")]:
    _c(f"NV-DD-{rec}-02", f"Dry dog food {rname} 2kg", "BAG", {"ADCH": 6.40, "ADLB": 6.90, "PUCH": 7.20, "SNSA": 7.60}[rec])
    _c(f"NV-DD-{rec}-12", f"Dry dog food {rname} 12kg", "BAG", {"ADCH": 28.50, "ADLB": 30.90, "PUCH": 33.40, "SNSA": 35.10}[rec])
_c("NV-DD-ADCH-15", "Dry dog food Adult Chicken & Rice 15kg", "BAG", 33.75)
for rec, rname, p in [("ADSA", "Adult Salmon", (2.10, 8.95, 36.50)), ("ADCH", "Adult Chicken", (1.95, 8.40, 34.20)),
                      ("KTCH", "Kitten Chicken", (2.35, 9.60, 39.80)), ("INDR", "Indoor Turkey", (2.20, 9.10, 37.40))]:
    _c(f"NV-DC-{rec}-04", f"Dry cat food {rname} 400g", "BAG", p[0])
    _c(f"NV-DC-{rec}-02", f"Dry cat food {rname} 2kg", "BAG", p[1])
    _c(f"NV-DC-{rec}-10", f"Dry cat food {rname} 10kg", "BAG", p[2])
_c("NV-WC-CHK-12", "Wet cat food pouches Chicken in Gravy 12x85g", "CS", 4.80, 12)
_c("NV-WC-FSH-12", "Wet cat food pouches Fish in Jelly 12x85g", "CS", 4.80, 12)
_c("NV-WC-CHK-48", "Wet cat food pouches Chicken in Gravy 48x85g", "CS", 17.90, 48)
_c("NV-WC-MIX-48", "Wet cat food pouches Mixed Selection 48x85g", "CS", 17.90, 48)
_c("NV-WD-BEF-06", "Wet dog food tins Beef 6x400g", "CS", 5.40, 6)
_c("NV-WD-BEF-12", "Wet dog food tins Beef 12x400g", "CS", 10.20, 12)
_c("NV-WD-CHK-12", "Wet dog food tins Chicken 12x400g", "CS", 10.20, 12)
_c("NV-WD-LMB-12", "Wet dog food tins Lamb 12x400g", "CS", 10.60, 12)
_c("NV-LT-CLY-10", "Cat litter clumping clay 10L", "BAG", 4.20)
_c("NV-LT-CLY-20", "Cat litter clumping clay 20L", "BAG", 7.60)
_c("NV-LT-NCL-20", "Cat litter non-clumping clay 20L", "BAG", 5.90)
_c("NV-LT-SIL-05", "Cat litter silica crystals 5L", "BAG", 6.30)
_c("NV-LT-SIL-08", "Cat litter silica crystals 8L", "BAG", 9.40)
_c("NV-LT-WDP-15", "Wood pellet litter 15kg", "BAG", 6.80)
_c("NV-LT-WDP-30", "Wood pellet litter 30L", "BAG", 8.10)
_c("NV-LT-PPR-10", "Paper pellet litter 10L", "BAG", 5.20)
for ml, ls, ll in [("01", 6.20, 7.10), ("02", 5.80, 6.90), ("03", 6.10, 7.20), ("05", 6.90, 8.30), ("10", 8.40, 9.90), ("20", 11.60, 13.20)]:
    _c(f"NV-SY-{ml}-LS", f"Syringe {int(ml)}ml luer slip, box of 100", "BX", ls, 100)
    _c(f"NV-SY-{ml}-LL", f"Syringe {int(ml)}ml luer lock, box of 100", "BX", ll, 100)
_c("NV-SY-50-CT", "Syringe 50ml catheter tip, box of 25", "BX", 14.50, 25)
for code, g, l, p in [("18G25", 18, '1"', 4.10), ("18G38", 18, '1.5"', 4.30), ("19G25", 19, '1"', 4.10),
                      ("20G25", 20, '1"', 3.95), ("20G38", 20, '1.5"', 4.15), ("21G16", 21, '5/8"', 3.80),
                      ("21G25", 21, '1"', 3.85), ("23G16", 23, '5/8"', 3.70), ("23G25", 23, '1"', 3.75),
                      ("25G16", 25, '5/8"', 3.70)]:
    _c(f"NV-ND-{code}", f"Hypodermic needle {g}G x {l}, box of 100", "BX", p, 100)
for w, wl, p in [("05", "5cm", 0.95), ("075", "7.5cm", 1.20), ("10", "10cm", 1.45)]:
    for col, cn in [("BLU", "Blue"), ("RED", "Red"), ("BLK", "Black"), ("MIX", "Assorted colours")]:
        _c(f"NV-BD-COH-{w}-{col}", f"Cohesive bandage {wl} x 4.5m {cn}", "RL", p)
_c("NV-BD-COH-075-B12", "Cohesive bandage 7.5cm x 4.5m assorted, box of 12", "BX", 13.20, 12)
_c("NV-BD-CNF-05", "Conforming bandage 5cm x 4m", "RL", 0.38)
_c("NV-BD-CNF-10", "Conforming bandage 10cm x 4m", "RL", 0.55)
_c("NV-BD-CRP-075", "Crepe bandage 7.5cm x 4.5m", "RL", 0.62)
_c("NV-BD-CRP-10", "Crepe bandage 10cm x 4.5m", "RL", 0.74)
_c("NV-BD-ORP-10", "Orthopaedic padding 10cm x 2.7m", "RL", 0.49)
_c("NV-BD-ORP-15", "Orthopaedic padding 15cm x 2.7m", "RL", 0.66)
_c("NV-BD-ADH-05", "Adhesive elastic bandage 5cm x 4.5m", "RL", 1.85)
for band, bl, p2, p24 in [("S", "small dog 2-10kg", 3.10, 31.00), ("M", "medium dog 10-20kg", 3.90, 39.50),
                          ("L", "large dog 20-40kg", 4.80, 48.00), ("XL", "extra large dog 40-60kg", 5.90, 58.50)]:
    _c(f"NV-WM-DG-{band}-02", f"Dog wormer tablets {bl}, pack of 2", "PK", p2, 2)
    _c(f"NV-WM-DG-{band}-24", f"Dog wormer tablets {bl}, pack of 24", "PK", p24, 24)
_c("NV-WM-CT-S", "Cat wormer spot-on 1-2.5kg, 3 pipettes", "PK", 7.40, 3)
_c("NV-WM-CT-M", "Cat wormer spot-on 2.5-5kg, 3 pipettes", "PK", 8.10, 3)
_c("NV-WM-CT-L", "Cat wormer spot-on 5-8kg, 3 pipettes", "PK", 8.90, 3)
_c("NV-WM-EQ-PST", "Horse wormer oral paste, syringe for up to 600kg", "EA", 9.80)
_c("NV-WM-EQ-PNY", "Pony wormer oral paste, syringe for up to 300kg", "EA", 7.20)
_c("NV-WM-SH-1L", "Sheep drench oral wormer 1L", "EA", 24.50)
_c("NV-WM-SH-5L", "Sheep drench oral wormer 5L", "EA", 98.00)
_c("NV-WM-CA-2.5L", "Cattle pour-on wormer 2.5L", "EA", 112.00)
for sz, p in [("S", 2.10), ("M", 2.40), ("L", 2.80), ("XL", 3.20)]:
    for col, cn in [("RED", "Red"), ("BLU", "Blue"), ("BLK", "Black"), ("PNK", "Pink")]:
        _c(f"NV-CL-NY-{sz}-{col}", f"Nylon dog collar adjustable size {sz} {cn}", "EA", p)
for sz, p in [("S", 3.40), ("M", 3.80), ("L", 4.20)]:
    for col, cn in [("ORG", "Orange"), ("YEL", "Yellow")]:
        _c(f"NV-CL-RF-{sz}-{col}", f"Reflective dog collar size {sz} {cn}", "EA", p)
for col, cn in [("RED", "Red"), ("BLU", "Blue"), ("BLK", "Black")]:
    _c(f"NV-CL-CAT-{col}", f"Cat collar breakaway with bell {cn}", "EA", 1.60)
for col, cn in [("RED", "Red"), ("BLU", "Blue"), ("BLK", "Black")]:
    _c(f"NV-LD-NY-120-{col}", f"Nylon dog lead 120cm {cn}", "EA", 2.90)
for s, p in [("24", 22.00), ("30", 27.50), ("36", 34.00), ("42", 41.00), ("48", 52.00)]:
    _c(f"NV-CG-DC-{s}", f"Dog crate wire folding {s} inch, single door", "EA", p)
_c("NV-CG-DC-36D", "Dog crate wire folding 36 inch, double door", "EA", 37.50)
_c("NV-CG-CC-S", "Cat carrier plastic small 48cm", "EA", 11.20)
_c("NV-CG-CC-L", "Cat carrier plastic large 58cm", "EA", 14.60)
_c("NV-CG-RH-120", "Rabbit hutch wooden 120cm", "EA", 64.00)
_c("NV-CG-SS-60", "Kennel cage stainless steel 60cm", "EA", 189.00)
_c("NV-CG-SS-90", "Kennel cage stainless steel 90cm", "EA", 245.00)
_c("NV-GR-SLK-S", "Slicker brush small", "EA", 2.60)
_c("NV-GR-SLK-L", "Slicker brush large", "EA", 3.40)
_c("NV-GR-PIN-M", "Pin brush medium", "EA", 3.10)
_c("NV-GR-SH-OAT-250", "Dog shampoo oatmeal 250ml", "EA", 2.95)
_c("NV-GR-SH-OAT-5L", "Dog shampoo oatmeal 5L", "EA", 24.00)
_c("NV-GR-SH-CHX-250", "Shampoo chlorhexidine 2% 250ml", "EA", 5.40)
_c("NV-GR-SH-CHX-5L", "Shampoo chlorhexidine 2% 5L", "EA", 46.00)
_c("NV-GR-NC-S", "Nail clipper small", "EA", 3.20)
_c("NV-GR-NC-L", "Nail clipper large guillotine", "EA", 4.60)
_c("NV-GR-CMB", "Grooming comb stainless 19cm", "EA", 2.20)
_c("NV-GR-EAR-100", "Ear cleaner solution 100ml", "EA", 3.90)
_c("NV-GR-EAR-500", "Ear cleaner solution 500ml", "EA", 12.50)
_c("NV-GR-DSH-M", "Deshedding tool medium", "EA", 6.70)
for s, p in [("S", 4.90), ("M", 4.90), ("L", 5.10)]:
    _c(f"NV-GL-NIT-{s}", f"Examination gloves nitrile powder-free size {s}, box of 100", "BX", p, 100)
for s, p in [("10", 1.10), ("15", 1.30), ("20", 1.55), ("25", 1.80), ("30", 2.10)]:
    _c(f"NV-EC-{s}", f"Elizabethan collar clear {s}cm", "EA", p)

SKUS = {c[0] for c in CATALOG}

# ---------------------------------------------------------------- customers
# id, name, domains, ship name, street, city, region, postcode, country
CUSTOMERS = [
    ("C001", "Abbeyfield Veterinary Group", "abbeyfieldvets.co.uk", "Abbeyfield Veterinary Group", "3 Castle Foregate", "Shrewsbury", "Shropshire", "SY1 2EE", "GB"),
    ("C002", "Hollins Farm Supplies Ltd", "hollinsfarm.co.uk", "Hollins Farm Supplies Ltd", "Mintsfeet Road South", "Kendal", "Cumbria", "LA9 6ND", "GB"),
    ("C003", "Paws & Claws Pet Centre", "pawsandclaws-pets.co.uk", "Paws & Claws Pet Centre", "41 Whitchurch Road", "Cardiff", "", "CF14 3JN", "GB"),
    ("C004", "Brackenridge Boarding Kennels", "brackenridgekennels.co.uk", "Brackenridge Boarding Kennels", "Old Scone Road", "Perth", "Perth and Kinross", "PH2 7LN", "GB"),
    ("C005", "Oakhurst Equine Clinic", "oakhurstequine.com", "Oakhurst Equine Clinic", "Hamilton Road", "Newmarket", "Suffolk", "CB8 7JQ", "GB"),
    ("C006", "Tully Agri Co-operative Society", "tullyagri.ie", "Tully Agri Co-op", "Mill Road", "Thurles", "Co. Tipperary", "E41 X2F3", "IE"),
    ("C007", "Riverside Veterinary Hospital", "riversidevets.ie", "Riverside Veterinary Hospital", "Unit 7, Lee Point", "Cork", "Co. Cork", "T12 R2K7", "IE"),
    ("C008", "Clínica Veterinaria Los Olmos", "clinicalosolmos.es", "Clínica Veterinaria Los Olmos", "Calle Olmo 14", "Valladolid", "Valladolid", "47008", "ES"),
    ("C009", "Mascotas Sánchez S.L.", "mascotassanchez.es", "Mascotas Sánchez S.L.", "Avenida de Miraflores 52", "Sevilla", "Sevilla", "41008", "ES"),
    ("C010", "Hípica El Romeral", "hipicaelromeral.com", "Hípica El Romeral", "Camino de la Vega s/n", "Talavera de la Reina", "Toledo", "45600", "ES"),
    ("C011", "Hospital Veterinário do Porto", "hvporto.pt", "Hospital Veterinário do Porto", "Rua Damião de Góis 210", "Porto", "", "4050-225", "PT"),
    ("C012", "PetLândia, Lda.", "petlandia.pt", "PetLândia, Lda.", "Avenida de Roma 88", "Lisboa", "", "1700-348", "PT"),
    ("C013", "Clínica Veterinaria San Francisco de Asís", "vetsanfrancisco.mx", "Clínica Veterinaria San Francisco de Asís", "Av. Chapultepec Sur 315", "Guadalajara", "Jalisco", "44140", "MX"),
    ("C014", "Agropecuaria Los Altos S.A. de C.V.", "agrolosaltos.com.mx", "Agropecuaria Los Altos", "Carretera Tepatitlán-Arandas km 3.5", "Tepatitlán de Morelos", "Jalisco", "47600", "MX"),
    ("C015", "Clínica Veterinária Bicho Feliz", "bichofeliz.com.br", "Clínica Veterinária Bicho Feliz", "Rua Joaquim Floriano 466", "São Paulo", "SP", "04534-002", "BR"),
    ("C016", "Haras Santa Luzia", "harassantaluzia.com.br", "Haras Santa Luzia", "Estrada Municipal CPS-040, km 7", "Campinas", "SP", "13098-300", "BR"),
    ("C017", "Maple Creek Animal Hospital", "maplecreekvet.ca", "Maple Creek Animal Hospital", "2215 16 Ave NE", "Calgary", "AB", "T2E 1L4", "CA"),
    ("C018", "Clinique vétérinaire Beauport", "cliniquebeauport.ca", "Clinique vétérinaire Beauport", "780 avenue Royale", "Québec", "QC", "G1E 1Z1", "CA"),
    ("C019", "Bayside Pet Supplies Pty Ltd", "baysidepets.com.au", "Bayside Pet Supplies", "118 Moorabool Street", "Geelong", "VIC", "3220", "AU"),
    ("C020", "Waikato Rural Vets", "waikatoruralvets.co.nz", "Waikato Rural Vets", "55 Tristram Street", "Hamilton", "Waikato", "3204", "NZ"),
]
CUST = {c[0]: c for c in CUSTOMERS}


def write_catalog():
    with open(OUT / "catalog.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
        for sku, d, u, p, pk in CATALOG:
            w.writerow([sku, d, u, f"{p:.2f}", pk])
    with open(OUT / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
                    "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for c in CUSTOMERS:
            w.writerow(c)

# ---------------------------------------------------------------- writers
SELLER_EMAIL = "orders@northvale-vet.co.uk"
SELLER = "Northvale Veterinary & Pet Wholesale Ltd"

def L(sku, qty, uom, desc, price=None, cp=None):
    assert sku is None or sku in SKUS, sku
    return {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom, "unit_price": price}

def S(name, street, city, region, pc, country):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": pc, "country": country}

def SC(cid, name=None):
    c = CUST[cid]
    return S(name or c[3], c[4], c[5], c[6] or None, c[7], c[8])

def label(stem, kind="purchase_order", **kw):
    d = {"kind": kind}
    d.update(kw)
    (OUT / f"{stem}.expected.json").write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

def order(stem, customer, po, order_date, requested_date, currency, ship_to, lines):
    label(stem, customer=customer, po_number=po, order_date=order_date, requested_date=requested_date,
          currency=currency, ship_to=ship_to, lines=lines)

def when(y, m, d, h=9, mi=12, tz=0):
    return format_datetime(datetime(y, m, d, h, mi, tzinfo=timezone(timedelta(hours=tz))))

def eml(stem, frm, subject, date, body, to=SELLER_EMAIL, attachments=(), cc=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{stem}.{len(body)}@{frm.split('@')[-1].strip('>')}>"
    m.set_content(body)
    for fname, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    (OUT / f"{stem}.eml").write_bytes(bytes(m))
