# Catalog and customers for the Boltway Industrial Supply blind set.
CAT = []  # (sku, description, uom, price, pack)


def add(sku, desc, uom, price, pack=""):
    CAT.append((sku, desc, uom, price, pack))


# Hex set screws DIN 933 (full thread) and hex bolts DIN 931 (part thread)
for size, p in [("M6x20", 4.10), ("M8x30", 6.90), ("M8x35", 7.40), ("M10x30", 10.20), ("M10x40", 11.80), ("M12x40", 16.50), ("M12x50", 18.90)]:
    d, l = size[1:].split("x")
    add(f"HS933-{d.zfill(2)}{l.zfill(3)}-ZP", f"Hex set screw DIN 933 8.8 zinc plated M{d} x {l} - box 100", "BX", p, "100")
for size, p in [("M6x20", 7.20), ("M8x30", 12.40), ("M8x35", 13.10), ("M10x30", 18.60), ("M10x40", 21.40), ("M12x50", 34.80)]:
    d, l = size[1:].split("x")
    add(f"HS933-{d.zfill(2)}{l.zfill(3)}-A2", f"Hex set screw DIN 933 stainless A2-70 M{d} x {l} - box 100", "BX", p, "100")
for size, p in [("M8x30", 17.90), ("M10x30", 26.40), ("M12x50", 49.50)]:
    d, l = size[1:].split("x")
    add(f"HS933-{d.zfill(2)}{l.zfill(3)}-A4", f"Hex set screw DIN 933 stainless A4-80 M{d} x {l} - box 100", "BX", p, "100")
for size, p in [("M10x30", 14.60), ("M12x50", 27.30)]:
    d, l = size[1:].split("x")
    add(f"HS933-{d.zfill(2)}{l.zfill(3)}-109", f"Hex set screw DIN 933 10.9 self colour M{d} x {l} - box 100", "BX", p, "100")
for size, p, pk in [("M10x60", 16.80, "100"), ("M12x80", 14.90, "50"), ("M16x100", 19.70, "25")]:
    d, l = size[1:].split("x")
    add(f"HB931-{d.zfill(2)}{l.zfill(3)}-ZP", f"Hex bolt DIN 931 8.8 zinc plated M{d} x {l} part thread - box {pk}", "BX", p, pk)
for size, p, pk in [("M12x80", 21.30, "50"), ("M16x100", 28.40, "25")]:
    d, l = size[1:].split("x")
    add(f"HB931-{d.zfill(2)}{l.zfill(3)}-109", f"Hex bolt DIN 931 10.9 self colour M{d} x {l} part thread - box {pk}", "BX", p, pk)
add("HB931-10060-A2", "Hex bolt DIN 931 stainless A2-70 M10 x 60 part thread - box 50", "BX", 24.90, "50")

# Nuts
for d, p in [("6", 1.60), ("8", 2.20), ("10", 3.40), ("12", 5.10), ("16", 6.20)]:
    pk = "100" if d != "16" else "50"
    add(f"HN934-M{d}-ZP", f"Hex nut DIN 934 cl.8 zinc plated M{d} - box {pk}", "BX", p, pk)
add("HN934-M8-ZP-500", "Hex nut DIN 934 cl.8 zinc plated M8 - box 500", "BX", 9.40, "500")
add("HN934-M10-ZP-500", "Hex nut DIN 934 cl.8 zinc plated M10 - box 500", "BX", 14.80, "500")
for d, p in [("8", 4.30), ("10", 6.90), ("12", 10.40)]:
    add(f"HN934-M{d}-A2", f"Hex nut DIN 934 stainless A2 M{d} - box 100", "BX", p, "100")
for d, p in [("6", 2.40), ("8", 3.10), ("10", 4.90), ("12", 7.20)]:
    add(f"NL985-M{d}-ZP", f"Nyloc nut DIN 985 zinc plated M{d} - box 100", "BX", p, "100")
for d, p in [("8", 6.80), ("10", 9.90), ("12", 14.60)]:
    add(f"NL985-M{d}-A2", f"Nyloc nut DIN 985 stainless A2 M{d} - box 100", "BX", p, "100")
add("NL985-M10-A4", "Nyloc nut DIN 985 stainless A4 M10 - box 100", "BX", 15.70, "100")
add("FN6923-M8-ZP", "Serrated flange nut DIN 6923 zinc plated M8 - box 100", "BX", 4.60, "100")
add("FN6923-M10-ZP", "Serrated flange nut DIN 6923 zinc plated M10 - box 100", "BX", 6.30, "100")

# Washers
for d, p in [("6", 0.90), ("8", 1.20), ("10", 1.80), ("12", 2.60)]:
    add(f"FW125-M{d}-ZP", f"Flat washer DIN 125 form A zinc plated M{d} - box 100", "BX", p, "100")
add("FW125-M10-ZP-500", "Flat washer DIN 125 form A zinc plated M10 - box 500", "BX", 7.50, "500")
for d, p in [("8", 2.90), ("10", 3.80), ("12", 5.40)]:
    add(f"FW125-M{d}-A2", f"Flat washer DIN 125 form A stainless A2 M{d} - box 100", "BX", p, "100")
add("PW-M8X25-ZP", "Penny washer zinc plated M8 x 25mm OD - box 100", "BX", 3.20, "100")
add("PW-M10X30-ZP", "Penny washer zinc plated M10 x 30mm OD - box 100", "BX", 4.40, "100")
add("PW-M10X30-A2", "Penny washer stainless A2 M10 x 30mm OD - box 100", "BX", 9.80, "100")
add("SW127-M8-ZP", "Spring washer DIN 127 zinc plated M8 - box 100", "BX", 1.30, "100")
add("SW127-M10-ZP", "Spring washer DIN 127 zinc plated M10 - box 100", "BX", 1.90, "100")

# Imperial UNC
add("UNC5-1420-100", "Hex cap screw UNC grade 5 zinc 1/4-20 x 1 - box 100", "BX", 8.20, "100")
add("UNC5-1420-150", "Hex cap screw UNC grade 5 zinc 1/4-20 x 1-1/2 - box 100", "BX", 9.60, "100")
add("UNC5-5618-100", "Hex cap screw UNC grade 5 zinc 5/16-18 x 1 - box 100", "BX", 11.40, "100")
add("UNC5-5618-125", "Hex cap screw UNC grade 5 zinc 5/16-18 x 1-1/4 - box 100", "BX", 12.70, "100")
add("UNC5-3816-150", "Hex cap screw UNC grade 5 zinc 3/8-16 x 1-1/2 - box 50", "BX", 10.90, "50")
add("UNC8-3816-150", "Hex cap screw UNC grade 8 yellow zinc 3/8-16 x 1-1/2 - box 50", "BX", 15.80, "50")
add("UNC8-1213-200", "Hex cap screw UNC grade 8 yellow zinc 1/2-13 x 2 - box 25", "BX", 17.40, "25")
add("UNCN-1420-ZP", "Finished hex nut UNC grade 5 zinc 1/4-20 - box 100", "BX", 3.90, "100")
add("UNCN-5618-ZP", "Finished hex nut UNC grade 5 zinc 5/16-18 - box 100", "BX", 4.80, "100")
add("UNCN-3816-ZP", "Finished hex nut UNC grade 5 zinc 3/8-16 - box 100", "BX", 6.20, "100")
add("UNCNL-1420-ZP", "Nylon insert lock nut UNC zinc 1/4-20 - box 100", "BX", 5.30, "100")
add("UNCNL-3816-ZP", "Nylon insert lock nut UNC zinc 3/8-16 - box 100", "BX", 8.70, "100")
add("SAEW-14-ZP", "SAE flat washer zinc 1/4\" - box 100", "BX", 2.10, "100")
add("SAEW-516-ZP", "SAE flat washer zinc 5/16\" - box 100", "BX", 2.60, "100")
add("SAEW-38-ZP", "SAE flat washer zinc 3/8\" - box 100", "BX", 3.30, "100")

# Socket and other screws
for size, p in [("M6x20", 6.40), ("M8x25", 9.80), ("M8x30", 10.60), ("M10x30", 16.20)]:
    d, l = size[1:].split("x")
    add(f"SC912-{d.zfill(2)}{l.zfill(3)}-129", f"Socket head cap screw DIN 912 12.9 black M{d} x {l} - box 100", "BX", p, "100")
for size, p in [("M6x20", 9.90), ("M8x25", 15.60)]:
    d, l = size[1:].split("x")
    add(f"SC912-{d.zfill(2)}{l.zfill(3)}-A2", f"Socket head cap screw DIN 912 stainless A2 M{d} x {l} - box 100", "BX", p, "100")
add("CS7991-6016-109", "Countersunk socket screw DIN 7991 10.9 M6 x 16 - box 100", "BX", 7.10, "100")
add("CS7991-8020-109", "Countersunk socket screw DIN 7991 10.9 M8 x 20 - box 100", "BX", 11.30, "100")
add("ST-PAN-4213", "Self tapping screw pan head pozi zinc 4.2 x 13 - box 200", "BX", 4.50, "200")
add("ST-PAN-4819", "Self tapping screw pan head pozi zinc 4.8 x 19 - box 200", "BX", 5.90, "200")
add("CB-4040-200", "Chipboard screw pozi countersunk yellow zinc 4.0 x 40 - box 200", "BX", 3.70, "200")
add("CB-5060-200", "Chipboard screw pozi countersunk yellow zinc 5.0 x 60 - box 200", "BX", 6.40, "200")
add("CB-5080-100", "Chipboard screw pozi countersunk yellow zinc 5.0 x 80 - box 100", "BX", 5.20, "100")

# Anchors and fixings
add("SA-M8X65", "Sleeve anchor zinc M8 x 65 hex nut - box 50", "BX", 14.20, "50")
add("SA-M10X80", "Sleeve anchor zinc M10 x 80 hex nut - box 50", "BX", 19.60, "50")
add("WA-M10X95-ZP", "Through bolt wedge anchor zinc M10 x 95 - box 50", "BX", 22.80, "50")
add("WA-M12X110-ZP", "Through bolt wedge anchor zinc M12 x 110 - box 25", "BX", 21.50, "25")
add("WA-M10X95-A4", "Through bolt wedge anchor stainless A4 M10 x 95 - box 50", "BX", 68.00, "50")
add("CR-VE-300", "Chemical anchor resin vinylester styrene-free 300ml cartridge", "EA", 8.90, "")
add("CR-PE-410", "Chemical anchor resin polyester 410ml coaxial cartridge", "EA", 9.70, "")
add("CR-NOZ-10", "Resin mixing nozzles - pack 10", "PK", 4.20, "10")
add("FF-10X100", "Frame fixing 10 x 100 zinc screw nylon plug - box 50", "BX", 11.90, "50")
add("NP-6-100", "Nylon wall plug 6mm - box 100", "BX", 1.80, "100")
add("NP-8-100", "Nylon wall plug 8mm - box 100", "BX", 2.30, "100")

# Threaded rod
add("TR976-M8-1M-ZP", "Threaded rod DIN 976 4.8 zinc plated M8 x 1m", "EA", 1.45, "")
add("TR976-M10-1M-ZP", "Threaded rod DIN 976 4.8 zinc plated M10 x 1m", "EA", 2.10, "")
add("TR976-M12-1M-ZP", "Threaded rod DIN 976 4.8 zinc plated M12 x 1m", "EA", 2.95, "")
add("TR976-M10-3M-ZP", "Threaded rod DIN 976 4.8 zinc plated M10 x 3m", "EA", 5.80, "")
add("TR976-M10-1M-A2", "Threaded rod DIN 976 stainless A2 M10 x 1m", "EA", 6.40, "")
add("TR976-M12-1M-A2", "Threaded rod DIN 976 stainless A2 M12 x 1m", "EA", 9.10, "")
add("TR976-M16-1M-88", "Threaded rod DIN 976 8.8 self colour M16 x 1m", "EA", 7.90, "")

# Rivets
add("BR-AS-4010-500", "Blind rivet dome head aluminium/steel 4.0 x 10 - box 500", "BX", 8.40, "500")
add("BR-AS-4812-500", "Blind rivet dome head aluminium/steel 4.8 x 12 - box 500", "BX", 11.20, "500")
add("BR-AS-4812-1000", "Blind rivet dome head aluminium/steel 4.8 x 12 - box 1000", "BX", 19.90, "1000")
add("BR-SS-4812-250", "Blind rivet dome head stainless A2 4.8 x 12 - box 250", "BX", 16.50, "250")
add("BR-AS-4816-500", "Blind rivet dome head aluminium/steel 4.8 x 16 - box 500", "BX", 12.60, "500")

# Drill bits
for d, p in [("3.0", 4.20), ("4.2", 5.10), ("5.0", 5.90), ("6.8", 8.60), ("8.5", 12.40), ("10.2", 17.80)]:
    add(f"DB-HSSG-{d.replace('.', '')}", f"HSS-G ground jobber drill {d}mm - pack 10", "PK", p, "10")
add("DB-HSCO-85", "HSS-Co cobalt jobber drill 8.5mm - pack 10", "PK", 24.60, "10")
add("DB-HSCO-68", "HSS-Co cobalt jobber drill 6.8mm - pack 10", "PK", 17.20, "10")
for d, l, p in [("6", "160", 2.40), ("8", "160", 2.70), ("10", "210", 3.60), ("12", "260", 4.90)]:
    add(f"SDS-{d}X{l}", f"SDS-plus masonry drill {d} x {l}mm", "EA", p, "")

# Abrasives
add("CD-115-10-INOX", "Cutting disc 115 x 1.0 x 22.23 inox/steel - box 25", "BX", 16.25, "25")
add("CD-125-10-INOX", "Cutting disc 125 x 1.0 x 22.23 inox/steel - box 25", "BX", 18.50, "25")
add("CD-125-16-MET", "Cutting disc 125 x 1.6 x 22.23 metal - box 25", "BX", 17.00, "25")
add("CD-230-20-MET", "Cutting disc 230 x 2.0 x 22.23 metal - box 25", "BX", 39.75, "25")
add("CD-230-30-MET", "Cutting disc 230 x 3.0 x 22.23 metal depressed centre - box 25", "BX", 42.50, "25")
add("FD-115-P60", "Flap disc zirconia 115mm P60 - box 10", "BX", 14.90, "10")
add("FD-115-P80", "Flap disc zirconia 115mm P80 - box 10", "BX", 14.90, "10")
add("FD-125-P40", "Flap disc zirconia 125mm P40 - box 10", "BX", 17.60, "10")

# Gloves / PPE
for s, p in [("8", 1.35), ("9", 1.35), ("10", 1.35)]:
    add(f"GL-NIT-{s}", f"Nitrile palm coated work glove size {s} (M/L/XL)"[:0] + f"Nitrile palm coated work glove size {s}", "PR", p, "")
for s in ["9", "10"]:
    add(f"GL-CUTC-{s}", f"Cut resistant glove level C PU coated size {s}", "PR", 3.95, "")
add("GL-DISP-L", "Disposable nitrile gloves blue powder free size L - box 100", "BX", 6.80, "100")
add("GL-DISP-XL", "Disposable nitrile gloves blue powder free size XL - box 100", "BX", 6.80, "100")
add("GL-DISP-M", "Disposable nitrile gloves blue powder free size M - box 100", "BX", 6.80, "100")

# Chemicals / sprays
add("LB-WD40-400", "WD-40 multi-use product aerosol 400ml", "EA", 5.60, "")
add("LB-PEN-400", "Penetrating oil release spray 400ml", "EA", 3.90, "")
add("LB-PTFE-400", "Dry PTFE lubricant spray 400ml", "EA", 6.20, "")
add("LB-SIL-400", "Silicone lubricant spray 400ml", "EA", 4.80, "")
add("LB-CU-500", "Copper anti-seize grease 500g tin", "EA", 11.40, "")
add("LB-CUT-5L", "Soluble cutting oil 5 litre", "EA", 21.90, "")
add("LB-ZINC-500", "Cold galvanising zinc spray 500ml", "EA", 7.30, "")
add("TL-243-50", "Threadlocker medium strength blue 50ml", "EA", 12.80, "")
add("TL-270-50", "Threadlocker high strength green 50ml", "EA", 14.20, "")

DESC = {c[0]: c[1] for c in CAT}
UOM = {c[0]: c[2] for c in CAT}
PRICE = {c[0]: c[3] for c in CAT}

CUSTOMERS = [
    # id, name, domains, ship_to
    ("C001", "Harrow Precision Engineering Ltd", "harrowprecision.co.uk", "Unit 4 Brindley Road, Coventry, CV7 9EP, GB"),
    ("C002", "Northgate Facilities Management", "northgatefm.co.uk", "Northgate House, 22 Wellington Street, Leeds, LS1 4DL, GB"),
    ("C003", "Clyde Marine Services Ltd", "clydemarine.co.uk", "Berth 7, Shieldhall Road, Glasgow, G51 4HJ, GB"),
    ("C004", "Midwest Conveyor Systems Inc.", "midwestconveyor.com", "4120 Industrial Pkwy, Dayton, OH 45414, US"),
    ("C005", "Lone Star Fabrication LLC", "lonestarfab.com", "8801 Hwy 290 E, Austin, TX 78724, US"),
    ("C006", "Great Lakes Millwright Co.", "glmillwright.ca", "55 Bertrand Ave, Hamilton, ON L8H 4N2, CA"),
    ("C007", "Kessler Anlagenbau GmbH", "kessler-anlagenbau.de", "Industriestraße 14, 73037 Göppingen, DE"),
    ("C008", "Rheinwerk Instandhaltung GmbH", "rheinwerk-ih.de", "Hafenstraße 61, 47119 Duisburg, DE"),
    ("C009", "Zakłady Mechaniczne Wisła Sp. z o.o.", "zm-wisla.pl", "ul. Przemysłowa 8, 43-460 Wisła, PL"),
    ("C010", "Stalbud Montaż Sp. z o.o.", "stalbud.com.pl", "ul. Fabryczna 27, 60-111 Poznań, PL"),
    ("C011", "Moravská strojírna s.r.o.", "moravska-strojirna.cz", "Průmyslová 1120, 779 00 Olomouc, CZ"),
    ("C012", "Norrland Verkstad AB", "norrlandverkstad.se", "Verkstadsvägen 3, 903 61 Umeå, SE"),
    ("C013", "Officine Meccaniche Brembo Valle S.r.l.", "omvalle.it", "Via dell'Industria 45, 24012 Brembilla BG, IT"),
    ("C014", "Karoo Mining Maintenance (Pty) Ltd", "karoomm.co.za", "12 Steel Road, Spartan, Kempton Park, 1619, ZA"),
    ("C015", "Deccan Plant Engineering Pvt Ltd", "deccanplant.in", "Plot 44, MIDC Bhosari, Pune, Maharashtra 411026, IN"),
    ("C016", "Pennine Steel Erectors Ltd", "penninesteel.co.uk", "Carr Mill Yard, Halifax Road, Brighouse, HD6 2QQ, GB"),
    ("C017", "Anglian Food Processing plc", "anglianfoods.co.uk", "Factory Lane, Wisbech, PE13 2RW, GB"),
    ("C018", "Fraser Valley Mechanical Ltd", "fvmech.ca", "2290 Mt Lehman Rd, Abbotsford, BC V4X 2N1, CA"),
    ("C019", "Baytown Refinery Services Inc", "baytownrs.com", "1500 Decker Dr, Baytown, TX 77520, US"),
    ("C020", "Haus der Technik Meyer KG", "htmeyer.de", "Gewerbepark 9, 86159 Augsburg, DE"),
    ("C021", "Severn Valley Rail Engineering", "svrengineering.co.uk", "Kidderminster Works, Comberton Hill, Kidderminster, DY10 1QX, GB"),
    ("C022", "Tata-Bhosle Fabricators", "tbfab.in", "Survey No. 112, Chakan Industrial Area, Pune, 410501, IN"),
]
