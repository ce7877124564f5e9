"""Shared helpers: catalog, customers, writers for eml/pdf/xlsx/csv and labels."""
import csv, json, os, io
from email.message import EmailMessage
from email.utils import make_msgid

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SELLER = "trade@brushmark.co.uk"

# ---------------------------------------------------------------- catalog
CAT = []  # (sku, description, uom, price, pack_size)


def add(sku, desc, price, uom="EA", pack=1):
    CAT.append((sku, desc, uom, round(price, 2), pack))


SIZES = {"01": "1L", "25": "2.5L", "05": "5L", "10": "10L"}
COL = {"BW": "Brilliant White", "PBW": "Pure Brilliant White", "MAG": "Magnolia"}

base = {"TVM": ("Trade Vinyl Matt Emulsion", {"25": 13.20, "05": 21.40, "10": 34.50}),
        "TVS": ("Trade Vinyl Silk Emulsion", {"25": 14.60, "05": 23.90, "10": 38.20})}
for code, (name, pr) in base.items():
    for c in ["BW", "PBW", "MAG"]:
        for s, p in pr.items():
            add(f"{code}-{c}-{s}", f"{name} {COL[c]} {SIZES[s]}", p + (1.40 if c == "PBW" else 0))
for c in ["BW", "MAG"]:
    for s, p in {"05": 17.90, "10": 27.80}.items():
        add(f"CMT-{c}-{s}", f"Contract Matt Emulsion {COL[c]} {SIZES[s]}", p)
for c in ["BW", "PBW"]:
    for s, p in {"01": 11.40, "25": 24.60, "05": 44.90}.items():
        add(f"TEG-{c}-{s}", f"Trade Eggshell (water based) {COL[c]} {SIZES[s]}", p + (0.90 if c == "PBW" else 0))
for c in ["BW", "PBW"]:
    for s, p in {"01": 12.20, "25": 26.40, "05": 47.50}.items():
        add(f"TGL-{c}-{s}", f"Trade High Gloss {COL[c]} {SIZES[s]}", p + (0.90 if c == "PBW" else 0))
add("TGL-BLK-01", "Trade High Gloss Black RAL 9005 1L", 12.90)
add("TGL-BLK-25", "Trade High Gloss Black RAL 9005 2.5L", 27.60)
for c in ["BW", "PBW"]:
    for s, p in {"01": 12.60, "25": 27.20, "05": 48.90}.items():
        add(f"TSA-{c}-{s}", f"Trade Satin {COL[c]} {SIZES[s]}", p + (0.90 if c == "PBW" else 0))
for c, cn in [("WHT", "White"), ("GRY", "Grey")]:
    for s, p in {"01": 10.80, "25": 22.90}.items():
        add(f"UCT-{c}-{s}", f"Trade Undercoat {cn} {SIZES[s]}", p)
# primers
add("PRM-APU-01", "Acrylic Primer Undercoat White 1L", 10.90)
add("PRM-APU-25", "Acrylic Primer Undercoat White 2.5L", 22.50)
add("PRM-APU-05", "Acrylic Primer Undercoat White 5L", 39.80)
add("PRM-MSP-01", "Multi-Surface Primer White 1L", 14.20)
add("PRM-MSP-25", "Multi-Surface Primer White 2.5L", 31.50)
add("PRM-STB-01", "Stain Block Primer White 1L", 15.40)
add("PRM-STB-25", "Stain Block Primer White 2.5L", 33.90)
add("PRM-BPS-05", "Bare Plaster Mist Coat Primer 5L", 18.60)
add("PRM-BPS-10", "Bare Plaster Mist Coat Primer 10L", 29.90)
add("PRM-ALK-25", "Alkali Resisting Primer 2.5L", 28.40)
add("PRM-MET-01", "Metal Primer Red Oxide 1L", 13.70)
# wood stains
for c, cn in [("LOK", "Light Oak"), ("DOK", "Dark Oak"), ("TEK", "Teak"), ("WAL", "Walnut"), ("EBN", "Ebony")]:
    add(f"WST-{c}-01", f"Quick Dry Woodstain Satin {cn} 1L", 16.80)
    add(f"WST-{c}-25", f"Quick Dry Woodstain Satin {cn} 2.5L", 34.90)
# masonry
for c, cn in [("BW", "Brilliant White"), ("MAG", "Magnolia"), ("SST", "Sandstone"), ("PGR", "Pebble Grey")]:
    add(f"MSM-{c}-05", f"Smooth Masonry Paint {cn} 5L", 24.90)
    add(f"MSM-{c}-10", f"Smooth Masonry Paint {cn} 10L", 41.50)
add("MSM-BLK-05", "Smooth Masonry Paint Black 5L", 26.40)
add("MTX-BW-10", "Textured Masonry Paint Brilliant White 10L", 44.20)
add("MTX-SST-10", "Textured Masonry Paint Sandstone 10L", 44.20)
# brushes
for w, code, p in [('1"', "100", 3.10), ('1.5"', "150", 3.80), ('2"', "200", 4.60), ('2.5"', "250", 5.40), ('3"', "300", 6.30), ('4"', "400", 8.20)]:
    add(f"BR-SYN-{code}", f"Pro Synthetic Paint Brush {w}", p)
for w, code, p in [('1"', "100", 2.60), ('2"', "200", 3.90), ('3"', "300", 5.50)]:
    add(f"BR-PBR-{code}", f"Pure Bristle Paint Brush {w}", p)
add("BR-ANG-150", 'Angled Sash Brush 1.5"', 4.70)
add("BR-ANG-200", 'Angled Sash Brush 2"', 5.60)
# rollers
for w, pr in [("09", 4.20), ("12", 5.80)]:
    for n, nn, d in [("SP", "Short Pile", 0), ("MP", "Medium Pile", 0.30), ("LP", "Long Pile", 0.60)]:
        add(f"RS-{w}-{n}", f'Roller Sleeve {int(w)}" {nn}', pr + d)
add("RS-04-SP-10", 'Mini Roller Sleeves 4" Short Pile (pack of 10)', 6.90, "PK", 10)
add("RS-04-MP-10", 'Mini Roller Sleeves 4" Medium Pile (pack of 10)', 7.20, "PK", 10)
add("RF-09", 'Roller Frame 9"', 3.90)
add("RF-12", 'Roller Frame 12"', 5.20)
add("RT-09", 'Roller Tray 9"', 2.40)
add("RT-12", 'Roller Tray 12"', 3.60)
add("EXP-12", "Extension Pole 1.2m", 9.80)
add("EXP-24", "Extension Pole 2.4m", 14.50)
# tape
for w, p in [("19", 1.45), ("25", 1.85), ("38", 2.70), ("50", 3.40)]:
    add(f"MT-{w}", f"Masking Tape General Purpose {w}mm x 50m", p, "RL")
for w, p in [("25", 3.60), ("38", 4.90), ("50", 6.20)]:
    add(f"MT-LT-{w}", f"Low Tack Delicate Surface Masking Tape {w}mm x 50m", p, "RL")
add("MT-25-BX36", "Masking Tape General Purpose 25mm x 50m (box of 36)", 59.00, "BX", 36)
# dust sheets
add("DS-CT-129", "Cotton Twill Dust Sheet 12ft x 9ft", 9.60)
add("DS-CT-243", "Cotton Twill Dust Sheet Runner 24ft x 3ft", 8.20)
add("DS-PB-129", "Polythene Backed Dust Sheet 12ft x 9ft", 11.40)
add("DS-PE-129-5", "Polythene Dust Sheet 12ft x 9ft (pack of 5)", 4.90, "PK", 5)
# fillers
add("FIL-RM-600", "Ready Mixed All Purpose Filler 600g", 5.40)
add("FIL-RM-2K", "Ready Mixed All Purpose Filler 2kg", 11.90)
add("FIL-PW-15", "Powder Filler Interior 1.5kg", 6.80)
add("FIL-PW-5", "Powder Filler Interior 5kg", 15.90)
add("FIL-FS-330", "Fine Surface Filler 330g", 4.90)
add("FIL-WD-250", "Flexible Wood Filler White 250ml", 6.20)
# sanding
for g in ["80", "120", "180", "240"]:
    add(f"AO-SH-{g}", f"Aluminium Oxide Sanding Sheets {g} Grit 230x280mm (pack of 25)", 9.75, "PK", 25)
for g in ["80", "120", "180", "240"]:
    add(f"AO-RL-{g}", f"Aluminium Oxide Sanding Roll {g} Grit 115mm x 50m", 21.40, "RL")
add("SSP-MED", "Sanding Sponge Medium/Fine", 1.60)
add("SSP-FIN", "Sanding Sponge Fine/Superfine", 1.60)
# caulk / sealant
add("CLK-WHT-380", "Decorators Caulk White 380ml", 1.95)
add("CLK-WHT-380-25", "Decorators Caulk White 380ml (box of 25)", 44.00, "BX", 25)
add("CLK-MAG-380", "Decorators Caulk Magnolia 380ml", 2.15)
add("SEA-FLX-310", "Flexible Decorators Sealant White 310ml", 3.40)
# solvents/misc
add("WSP-01", "White Spirit 1L", 3.20)
add("WSP-02", "White Spirit 2L", 5.60)
add("WSP-05", "White Spirit 5L", 11.80)
add("BCL-01", "Brush Cleaner & Restorer 1L", 6.90)
add("SGS-01", "Sugar Soap Concentrate 1L", 3.90)
add("SCR-50", "Flexible Filling Knife / Scraper 50mm", 3.30)

CATD = {c[0]: c for c in CAT}


def price(sku):
    return CATD[sku][3]


def write_catalog():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
        for s, d, u, p, k in CAT:
            w.writerow([s, d, u, f"{p:.2f}", k])


# ---------------------------------------------------------------- customers
CUSTOMERS = [
    ("C1001", "Hartwell Decorating Ltd", "hartwelldecorating.co.uk", "Unit 4, Ferry Lane Industrial Estate, Rainham, RM13 9BU, GB"),
    ("C1002", "J. Pike Painters & Decorators", "pikedecorators.co.uk", ""),
    ("C1003", "Northgate Housing Association", "northgateha.org.uk", "Northgate House, 21 Spring Gardens, Manchester, M2 1FB, GB"),
    ("C1004", "Carrow Contractors Ltd", "carrowcontractors.co.uk", "Carrow Works, King Street, Norwich, NR1 2TN, GB"),
    ("C1005", "Grand Esplanade Hotel", "grandesplanadehotel.co.uk", "The Esplanade, Scarborough, YO11 2AB, GB"),
    ("C1006", "St Aldhelm's Academy Trust", "staldhelms.sch.uk", ""),
    ("C1007", "Marsh & Finch Property Maintenance", "marshfinch.co.uk", ""),
    ("C1008", "Ridgeway Homes Housing Association", "ridgewayhomes.org.uk", "Ridgeway House, 3 Market Place, Swindon, SN1 1BQ, GB"),
    ("C1009", "Kelso Painting Services", "kelsopainting.co.uk", "14 Roxburgh Street, Kelso, TD5 7DX, GB"),
    ("C1010", "Thames Reach Facilities Management", "thamesreachfm.co.uk", ""),
    ("C1011", "Liffey Decorators Ltd", "liffeydecorators.ie", "Unit 9, Greenogue Business Park, Rathcoole, Co. Dublin, D24 XR82, IE"),
    ("C1012", "Corrib Hotel Group", "corribhotels.ie", ""),
    ("C1013", "Peinture Dumas SARL", "peinture-dumas.fr", "12 rue des Artisans, 69007 Lyon, FR"),
    ("C1014", "Malerbetrieb Krüger GmbH", "maler-krueger.de", "Industriestraße 18, 28199 Bremen, DE"),
    ("C1015", "Pinturas Levante S.L.", "pinturaslevante.es", "Calle de Colón 44, 46004 Valencia, ES"),
    ("C1016", "Tintas & Acabamentos Douro Lda", "douroacabamentos.pt", "Rua de Cedofeita 210, 4050-174 Porto, PT"),
    ("C1017", "Schildersbedrijf Van Dijk B.V.", "vandijkschilders.nl", "Kanaalweg 7, 3526 KL Utrecht, NL"),
    ("C1018", "Southern Cross Painting Pty Ltd", "southerncrosspainting.com.au", ""),
    ("C1019", "Maple Leaf Property Services Inc.", "mapleleafps.ca", ""),
    ("C1020", "Cape Coast Painting Contractors", "capecoastpaint.co.za", "22 Voortrekker Road, Bellville, Cape Town, 7530, ZA"),
    ("C1021", "Oakfield Primary School", "oakfield.herts.sch.uk", "Oakfield Primary School, Oak Avenue, Hitchin, SG4 9PL, GB"),
    ("C1022", "Brightwater Hotels Ltd", "brightwaterhotels.co.uk", ""),
]


def write_customers():
    with open(os.path.join(OUT, "customers.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to"])
        for r in CUSTOMERS:
            w.writerow(r)


# ---------------------------------------------------------------- labels
def L(sku, qty, desc, uom="EA", price=None, cp=None):
    if sku is not None:
        assert sku in CATD, sku
    return {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price}


def ST(name, street, city, region, pc, country):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": pc, "country": country}


def label(customer, po, od, rd, cur, ship, lines, kind="purchase_order"):
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": od, "requested_date": rd,
            "currency": cur, "ship_to": ship, "lines": lines}


def save_label(fname, lab):
    with open(os.path.join(OUT, fname + ".expected.json"), "w") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)


def eml(fname, frm, subject, date, body, attachments=(), to=SELLER, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].rstrip(">"))
    m.set_content(body)
    for name, data, mt in attachments:
        main, sub = mt.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))
