"""Master data for the sixteenth-look corpus: Harborline Auto & Fleet Supply (seller)."""

SELLER = {
    "name": "Harborline Auto & Fleet Supply, Inc.",
    "street": "4100 Expressway Dr",
    "city": "Toledo", "region": "OH", "postal_code": "43608", "country": "US",
    "phone": "(419) 555-0140", "email": "orders@harborlinesupply.com",
}

# (sku, description, uom, unit_price, pack_size)
CATALOG = []


def add(sku, desc, uom, price, pack=""):
    CATALOG.append((sku, desc, uom, price, pack))


# ---- oil filters (cross references in the description) ----
for sku, fram, wix, other, fit, price in [
    ("OF-101", "PH7317", "51356", "ACDelco PF2232", "3/4-16 thread, Honda/Toyota", 5.95),
    ("OF-102", "PH3614", "51348", "Motorcraft FL-820S", "3/4-16 thread, Ford V8", 6.45),
    ("OF-103", "PH3593A", "51040", "Motorcraft FL-400S", "3/4-16 thread, Ford/Mazda", 5.85),
    ("OF-104", "PH3600", "51515", "Motorcraft FL-910S", "20x1.5 thread, Ford 4-cyl", 6.10),
    ("OF-105", "PH8A", "51258", "ACDelco PF1218", "13/16-16 thread, large can", 7.25),
    ("OF-106", "PH3506", "51334", "Motorcraft FL-1A", "3/4-16 thread, short can", 5.75),
    ("OF-107", "PH16", "51069", "ACDelco PF47", "22x1.5 thread, GM V8", 6.95),
    ("OF-108", "PH2", "51085", "ACDelco PF63", "13/16-16 thread, GM", 6.35),
    ("OF-109", "PH10575", "57060", "Mopar 68191349AA", "M20x1.5, Chrysler", 7.45),
    ("OF-110", "CH10955", "57047", "Toyota 04152-YZZA1", "cartridge, Toyota V6", 8.20),
    ("OF-111", "PH2870A", "51394", "Motorcraft FL-1995", "3/4-16 thread, Ford Transit", 7.95),
    ("OF-112", "PH3387A", "51358", "ACDelco PF2129", "M22x1.5 thread, GM truck", 6.85),
]:
    add(sku, f"Oil filter spin-on {fit}; xref FRAM {fram} / WIX {wix} / {other}", "EA", price, "12/cs")
for sku, fg, bw, don, price in [
    ("OF-201", "LF3000", "B495", "P554005", 9.85),
    ("OF-202", "LF9009", "BD7154", "P553000", 24.60),
    ("OF-203", "LF14000NN", "B7577", "P550949", 31.40),
    ("OF-204", "LF3970", "B7322", "P550520", 12.75),
]:
    add(sku, f"HD lube filter; xref Fleetguard {fg} / Baldwin {bw} / Donaldson {don}", "EA", price, "6/cs")

# ---- air filters ----
for sku, fram, wix, fit, price in [
    ("AF-301", "CA10262", "49883", "Chevy Silverado/GMC Sierra 1500 2014-19", 18.95),
    ("AF-302", "CA11206", "49080", "Ford F-150 2015-20", 19.95),
    ("AF-303", "CA10467", "49476", "Toyota Camry 2012-17", 14.50),
    ("AF-304", "CA12060", "WA10658", "Toyota Camry 2018-23", 15.25),
    ("AF-305", "CA11262", "49269", "Ford Transit 250/350 2015-22", 21.40),
    ("AF-306", "CA11700", "46884", "Ford Explorer/Police Interceptor Utility 2016-19", 17.80),
    ("AF-307", "CA10755", "49013", "Honda Civic 2012-15", 13.95),
    ("AF-308", "CA9997", "49171", "Dodge Ram 1500 2009-18", 18.40),
]:
    add(sku, f"Engine air filter panel, {fit}; xref FRAM {fram} / WIX {wix}", "EA", price)
for sku, fg, don, bw, price in [
    ("AF-351", "AF25139M", "P181052", "PA2829", 48.90),
    ("AF-352", "AF25557", "P527682", "RS3870", 72.50),
    ("AF-353", "AF26248", "P608667", "RS5442", 96.75),
    ("AF-354", "AF872", "P181064", "PA1895", 44.25),
]:
    add(sku, f"HD air filter radial seal; xref Fleetguard {fg} / Donaldson {don} / Baldwin {bw}", "EA", price)

# ---- cabin filters (same fitment: particulate vs activated carbon) ----
for sku, fram, wix, fit, kind, price in [
    ("CF-401", "CF10134", "24483", "Ford Explorer/Police Interceptor Utility 2011-19", "particulate", 12.95),
    ("CF-402", "CF11182", "24869", "Ford Explorer/Police Interceptor Utility 2011-19", "activated carbon", 19.45),
    ("CF-403", "CF10285", "24815", "Chevy Silverado/GMC Sierra 2014-19", "particulate", 13.50),
    ("CF-404", "CF11179", "24870", "Chevy Silverado/GMC Sierra 2014-19", "activated carbon", 20.25),
    ("CF-405", "CF10134A", "24484", "Ford F-150 2015-20", "particulate", 13.25),
    ("CF-406", "CF12157", "24880", "Ford F-150 2015-20", "activated carbon", 20.95),
    ("CF-407", "CF10285T", "24011", "Toyota Camry 2018-23", "particulate", 11.95),
    ("CF-408", "CF11671", "24883", "Toyota Camry 2018-23", "activated carbon", 18.75),
    ("CF-409", "CF11920", "24815T", "Ford Transit 2015-22", "particulate", 16.40),
    ("CF-410", "CF12225", "24888", "Ford Transit 2015-22", "activated carbon", 23.10),
]:
    add(sku, f"Cabin air filter {kind}, {fit}; xref FRAM {fram} / WIX {wix}", "EA", price)

# ---- fuel filters ----
for sku, desc, price in [
    ("FF-501", "Fuel filter spin-on; xref Fleetguard FS1000 / Baldwin BF7587 / Donaldson P551000", 21.90),
    ("FF-502", "Fuel/water separator; xref Fleetguard FS19732 / Baldwin BF1385-SP / Donaldson P551329", 34.80),
    ("FF-503", "Fuel filter secondary; xref Fleetguard FF5052 / Baldwin BF7633 / Donaldson P550440", 18.60),
    ("FF-504", "Fuel filter element; xref Racor R90P / Fleetguard FS19579", 26.40),
    ("FF-505", "Fuel filter in-line gasoline; xref FRAM G3727 / WIX 33032", 11.95),
    ("FF-506", "Fuel filter in-line gasoline; xref FRAM G7315 / WIX 33481", 13.45),
    ("FF-507", "Fuel filter cartridge diesel, Ford 6.7L; xref Motorcraft FD-4615 / WIX 33263", 58.90),
    ("FF-508", "Fuel filter cartridge diesel, GM Duramax; xref ACDelco TP3018 / WIX 33953", 42.50),
]:
    add(sku, desc, "EA", price)

# ---- brake pads ----
FITS = {"F150": "Ford F-150 2015-20", "SILV": "Chevy Silverado 1500 2014-18",
        "CAM": "Toyota Camry 2018-23", "TRN": "Ford Transit 250/350 2015-22"}
BASE = {"F150": 58.0, "SILV": 54.0, "CAM": 42.0, "TRN": 66.0}
for fit, fitdesc in FITS.items():
    for pos, posdesc in [("F", "front"), ("R", "rear")]:
        for mat, matdesc, adj in [("C", "ceramic", 6.0), ("M", "semi-metallic", 0.0)]:
            price = BASE[fit] + adj - (8.0 if pos == "R" else 0.0)
            add(f"BP-{fit}-{pos}{mat}", f"Brake pad set {posdesc} {matdesc}, {fitdesc}", "SET", round(price + 0.95, 2), "1 axle set")

# ---- motor oil ----
OILS = [("0W20S", "0W-20 full synthetic"), ("5W30S", "5W-30 full synthetic"),
        ("5W30C", "5W-30 conventional"), ("10W40C", "10W-40 conventional"),
        ("15W40C", "15W-40 conventional HD diesel"), ("15W40S", "15W-40 full synthetic HD diesel")]
OILP = {  # qt case, 5qt jug, gal, drum
    "0W20S": (62.40, 27.95, 22.50, 1089.00), "5W30S": (60.00, 26.95, 21.95, 1049.00),
    "5W30C": (41.40, 18.95, 14.25, 689.00), "10W40C": (42.00, 19.25, 14.60, 709.00),
    "15W40C": (46.80, 21.50, 15.95, 749.00), "15W40S": (69.00, 31.50, 24.90, 1195.00)}
for code, name in OILS:
    q, j, g, d = OILP[code]
    add(f"MO-{code}-QT", f"Motor oil {name}, 1 qt bottle, case of 12", "CS", q, "12/cs")
    add(f"MO-{code}-5Q", f"Motor oil {name}, 5 qt jug", "EA", j, "3/cs")
    add(f"MO-{code}-GL", f"Motor oil {name}, 1 gal jug", "EA", g, "6/cs")
    add(f"MO-{code}-DR", f"Motor oil {name}, 55 gal drum", "DR", d, "55 gal")

# ---- tyres ----
for sku, desc, price in [
    ("TY-2256517-102H", "Tire 225/65R17 102H all-season passenger", 118.00),
    ("TY-2256517-106TXL", "Tire 225/65R17 106T XL all-season", 124.50),
    ("TY-LT2457516-E-AT", "Tire LT245/75R16 120/116S Load Range E all-terrain", 172.00),
    ("TY-LT2457516-C-AT", "Tire LT245/75R16 108/104S Load Range C all-terrain", 158.00),
    ("TY-LT2457516-E-HT", "Tire LT245/75R16 120/116R Load Range E highway", 164.00),
    ("TY-2657017-115T", "Tire 265/70R17 115T all-terrain", 131.00),
    ("TY-LT2657017-E-AT", "Tire LT265/70R17 121/118S Load Range E all-terrain", 189.00),
    ("TY-2055516-91V", "Tire 205/55R16 91V all-season", 89.50),
    ("TY-2155516-93V", "Tire 215/55R16 93V all-season", 94.00),
    ("TY-LT2257516-E-HT", "Tire LT225/75R16 115/112R Load Range E highway", 149.00),
    ("TY-11R225-146L-D", "Tire 11R22.5 146/143L 16PR drive", 389.00),
    ("TY-11R225-146L-S", "Tire 11R22.5 146/143L 16PR steer/all-position", 365.00),
    ("TY-29575R225-144L-D", "Tire 295/75R22.5 144/141L 14PR drive", 372.00),
    ("TY-29575R225-144L-S", "Tire 295/75R22.5 144/141L 14PR steer/all-position", 349.00),
]:
    add(sku, desc, "EA", price)

# ---- batteries ----
for sku, desc, price in [
    ("BAT-24F-600", "Battery group 24F, 600 CCA, flooded", 119.00),
    ("BAT-24F-750", "Battery group 24F, 750 CCA, flooded", 139.00),
    ("BAT-35-550", "Battery group 35, 550 CCA, flooded", 112.00),
    ("BAT-35-640", "Battery group 35, 640 CCA, flooded", 129.00),
    ("BAT-65-750", "Battery group 65, 750 CCA, flooded", 149.00),
    ("BAT-65-850", "Battery group 65, 850 CCA, AGM", 219.00),
    ("BAT-78-700", "Battery group 78, 700 CCA, flooded", 136.00),
    ("BAT-78-800", "Battery group 78, 800 CCA, AGM", 204.00),
    ("BAT-31-925", "Battery group 31, 925 CCA, HD stud terminal", 189.00),
    ("BAT-31A-1000", "Battery group 31, 1000 CCA, AGM HD stud terminal", 289.00),
]:
    add(sku, desc, "EA", price)

# ---- wiper blades ----
for ln in (14, 16, 18, 20, 22, 24, 26):
    add(f"WB-{ln}C", f'Wiper blade {ln}" conventional frame', "EA", round(6.25 + 0.25 * (ln - 14), 2))
    add(f"WB-{ln}B", f'Wiper blade {ln}" beam style; xref Bosch ICON {ln}A', "EA", round(13.95 + 0.5 * (ln - 14), 2))
add("WB-24HD", 'Wiper blade 24" heavy duty truck/bus', "EA", 17.50)
add("WB-28HD", 'Wiper blade 28" heavy duty truck/bus', "EA", 19.90)

# ---- bulbs ----
for sku, desc, uom, price, pack in [
    ("BLB-9006-2PK", "Headlight bulb 9006 halogen, twin pack", "PK", 14.95, "2/pk"),
    ("BLB-9005-2PK", "Headlight bulb 9005 halogen, twin pack", "PK", 14.95, "2/pk"),
    ("BLB-H11-2PK", "Headlight bulb H11 halogen standard, twin pack", "PK", 16.95, "2/pk"),
    ("BLB-H11-LL2PK", "Headlight bulb H11 halogen long life, twin pack", "PK", 24.95, "2/pk"),
    ("BLB-H7-2PK", "Headlight bulb H7 halogen, twin pack", "PK", 17.50, "2/pk"),
    ("BLB-H4-2PK", "Headlight bulb H4 halogen, twin pack", "PK", 15.50, "2/pk"),
    ("BLB-194-10", "Mini bulb 194 (T10 wedge), box of 10", "BX", 6.90, "10/bx"),
    ("BLB-1157-10", "Bulb 1157 dual filament, box of 10", "BX", 9.40, "10/bx"),
    ("BLB-3157-10", "Bulb 3157 dual filament wedge, box of 10", "BX", 10.20, "10/bx"),
    ("BLB-7443-10", "Bulb 7443 dual filament wedge, box of 10", "BX", 10.60, "10/bx"),
]:
    add(sku, desc, uom, price, pack)

# ---- serpentine belts ----
for sku, ribs, ln, gates, dayco, price in [
    ("SB-6-0880", 6, "88.0", "K060880", "5060880", 27.40),
    ("SB-6-0882", 6, "88.2", "K060882", "5060882", 27.60),
    ("SB-6-0923", 6, "92.3", "K060923", "5060923", 28.90),
    ("SB-6-0945", 6, "94.5", "K060945", "5060945", 29.40),
    ("SB-6-1000", 6, "100.0", "K061000", "5061000", 31.20),
    ("SB-7-0923", 7, "92.3", "K070923", "5070923", 33.50),
    ("SB-7-0990", 7, "99.0", "K070990", "5070990", 34.80),
    ("SB-7-1050", 7, "105.0", "K071050", "5071050", 36.10),
    ("SB-8-1080", 8, "108.0", "K081080", "5081080", 44.90),
    ("SB-8-1120", 8, "112.0", "K081120", "5081120", 46.20),
]:
    add(sku, f'Serpentine belt {ribs}-rib, {ln}" effective length; xref Gates {gates} / Dayco {dayco}', "EA", price)

# ---- coolant ----
for sku, desc, uom, price, pack in [
    ("CL-GRN-5050-GL", "Antifreeze/coolant green conventional, 50/50 prediluted, 1 gal", "EA", 9.95, "6/cs"),
    ("CL-GRN-CONC-GL", "Antifreeze/coolant green conventional, concentrate, 1 gal", "EA", 15.95, "6/cs"),
    ("CL-OAT-5050-GL", "Antifreeze/coolant OAT extended life orange, 50/50 prediluted, 1 gal", "EA", 11.25, "6/cs"),
    ("CL-OAT-CONC-GL", "Antifreeze/coolant OAT extended life orange, concentrate, 1 gal", "EA", 18.40, "6/cs"),
    ("CL-ELC-5050-GL", "Coolant HD ELC red (diesel), 50/50 prediluted, 1 gal", "EA", 12.60, "6/cs"),
    ("CL-ELC-CONC-GL", "Coolant HD ELC red (diesel), concentrate, 1 gal", "EA", 21.30, "6/cs"),
    ("CL-ELC-5050-DR", "Coolant HD ELC red (diesel), 50/50 prediluted, 55 gal drum", "DR", 549.00, "55 gal"),
    ("CL-ELC-CONC-DR", "Coolant HD ELC red (diesel), concentrate, 55 gal drum", "DR", 929.00, "55 gal"),
    ("CL-OAT-5050-DR", "Antifreeze/coolant OAT extended life orange, 50/50 prediluted, 55 gal drum", "DR", 489.00, "55 gal"),
]:
    add(sku, desc, uom, price, pack)

# ---- DEF ----
add("DEF-25", "Diesel exhaust fluid (DEF/AdBlue), 2.5 gal jug", "EA", 12.95, "2/cs")
add("DEF-55", "Diesel exhaust fluid (DEF/AdBlue), 55 gal drum", "DR", 229.00, "55 gal")
add("DEF-275", "Diesel exhaust fluid (DEF/AdBlue), 275 gal tote", "EA", 899.00, "275 gal")

# ---- fluids ----
for sku, desc, uom, price, pack in [
    ("ATF-DM-QT", "ATF Dexron VI / Mercon LV full synthetic, 1 qt, case of 12", "CS", 71.40, "12/cs"),
    ("ATF-DM-GL", "ATF Dexron VI / Mercon LV full synthetic, 1 gal", "EA", 24.50, "6/cs"),
    ("ATF-MV-QT", "ATF multi-vehicle synthetic blend, 1 qt, case of 12", "CS", 58.80, "12/cs"),
    ("GO-75W90S-QT", "Gear oil 75W-90 full synthetic, 1 qt, case of 12", "CS", 118.80, "12/cs"),
    ("GO-80W90-GL", "Gear oil 80W-90 conventional GL-5, 1 gal", "EA", 19.95, "4/cs"),
    ("BF-DOT3-12", "Brake fluid DOT 3, 12 oz, case of 12", "CS", 47.40, "12/cs"),
    ("BF-DOT4-32", "Brake fluid DOT 4, 32 oz, case of 6", "CS", 71.70, "6/cs"),
    ("PSF-QT", "Power steering fluid, 1 qt, case of 12", "CS", 52.80, "12/cs"),
    ("HYD-AW46-5G", "Hydraulic oil AW46, 5 gal pail", "EA", 62.00, ""),
    ("HYD-AW46-DR", "Hydraulic oil AW46, 55 gal drum", "DR", 585.00, "55 gal"),
    ("GR-EP2-14", "Grease EP2 lithium complex, 14 oz cartridge, case of 10", "CS", 49.50, "10/cs"),
    ("GR-EP2-35", "Grease EP2 lithium complex, 35 lb pail", "EA", 98.00, ""),
    ("WWF-20-GL", "Windshield washer fluid -20F, 1 gal, case of 6", "CS", 17.40, "6/cs"),
]:
    add(sku, desc, uom, price, pack)

# ---- shop supplies ----
for mil, base in ((4, 11.90), (6, 15.90)):
    for size, sz in (("M", "medium"), ("L", "large"), ("XL", "X-large")):
        add(f"GLV-NIT{mil}-{size}", f"Nitrile gloves {mil} mil black, {sz}, box of 100", "BX", base + (1.0 if size == "XL" else 0.0), "10 bx/cs")
for sku, desc, uom, price, pack in [
    ("RAG-WHT-10", "Shop rags white terry, box 10 lb", "BX", 24.50, "10 lb"),
    ("RAG-WHT-25", "Shop rags white terry, bale 25 lb", "BL", 52.00, "bale 25 lb"),
    ("RAG-COL-25", "Shop rags colored knit, bale 25 lb", "BL", 38.00, "bale 25 lb"),
    ("RAG-COL-50", "Shop rags colored knit, bale 50 lb", "BL", 69.00, "bale 50 lb"),
    ("BC-NC-14", "Brake parts cleaner non-chlorinated, 14 oz aerosol, case of 12", "CS", 47.40, "12/cs"),
    ("BC-CHL-19", "Brake parts cleaner chlorinated, 19 oz aerosol, case of 12", "CS", 58.20, "12/cs"),
    ("BC-NC-5G", "Brake parts cleaner non-chlorinated, 5 gal pail", "EA", 79.00, ""),
    ("ABS-CLAY-40", "Oil absorbent clay granules, 40 lb bag", "EA", 9.80, ""),
    ("ABS-PAD-100", "Absorbent pads universal 15x19 in, bale of 100", "BL", 42.00, "100/bale"),
    ("TWL-BLU-12", "Blue shop towel rolls, case of 12 rolls", "CS", 34.20, "12 rl/cs"),
    ("PEN-11", "Penetrating oil 11 oz aerosol, case of 12", "CS", 51.60, "12/cs"),
    ("CC-CARB-12", "Carb & choke cleaner 13 oz aerosol, case of 12", "CS", 39.60, "12/cs"),
    ("DEG-19", "Engine degreaser 19 oz aerosol, case of 12", "CS", 44.40, "12/cs"),
    ("FLR-DRY-50", "Floor-dry absorbent, 50 lb bag", "EA", 11.20, ""),
    ("ZIP-8-100", 'Cable ties 8" black, bag of 100', "PK", 4.90, "100/pk"),
]:
    add(sku, desc, uom, price, pack)

# ---- spark plugs ----
for sku, desc, price in [
    ("SP-IR-5263", "Spark plug iridium; xref NGK 93501 / Motorcraft SP-546", 9.25),
    ("SP-IR-5264", "Spark plug iridium; xref NGK 94201 / Motorcraft SP-537", 9.25),
    ("SP-IR-41162", "Spark plug iridium; xref ACDelco 41-162 / NGK 7090", 8.90),
    ("SP-IR-41114", "Spark plug iridium; xref ACDelco 41-114 / NGK 5065", 8.90),
    ("SP-IR-90919", "Spark plug iridium; xref Denso FK20HR11 / Toyota 90919-01253", 10.40),
    ("SP-CU-5224", "Spark plug copper; xref NGK 2238 / Champion RC12YC", 2.95),
]:
    add(sku, desc, "EA", price, "4/pk")


def gtin12(n):
    body = f"08456710{n:03d}"
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


CAT = {row[0]: row for row in CATALOG}
GTIN = {row[0]: gtin12(i + 1) for i, row in enumerate(CATALOG)}


def price(sku):
    return CAT[sku][3]


def desc(sku):
    return CAT[sku][1]


# ---- customers ----
def site(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


CUSTOMERS = [
    ("C001", "Riverside Auto Repair", "riversideautorepair.com",
     site("Riverside Auto Repair", "2210 River Rd", "Maumee", "OH", "43537", "US")),
    ("C002", "Kessler Brothers Garage", "kesslerbrosgarage.com",
     site("Kessler Brothers Garage", "87 Depot St", "Bowling Green", "OH", "43402", "US")),
    ("C003", "City of Millbrook Fleet Services", "millbrookmi.gov",
     site("City of Millbrook - Central Garage", "500 Municipal Dr", "Millbrook", "MI", "49270", "US")),
    ("C004", "Great Plains Freight Lines", "gpfreight.com",
     site("Great Plains Freight Lines - Omaha Terminal", "9800 F St", "Omaha", "NE", "68127", "US")),
    ("C005", "Lakeview Ford Service Department", "lakeviewford.com",
     site("Lakeview Ford Service Department", "1800 Lakeview Blvd", "Sandusky", "OH", "44870", "US")),
    ("C006", "Pinecrest School District Transportation", "pinecrestsd.org",
     site("Pinecrest SD Transportation - North Depot", "1200 Northfield Rd", "Pinecrest", "PA", "16901", "US")),
    ("C007", "Garage Tremblay & Fils", "garagetremblay.ca",
     site("Garage Tremblay & Fils", "1455 boul. Talbot", "Chicoutimi", "QC", "G7H 4B8", "CA")),
    ("C008", "Northgate Fleet Services Ltd", "northgatefleet.co.uk",
     site("Northgate Fleet Services Ltd", "Unit 4 Tanners Way", "Leeds", "West Yorkshire", "LS10 1RF", "GB")),
    ("C009", "Autowerkstatt Brenner GmbH", "brenner-kfz.de",
     site("Autowerkstatt Brenner GmbH", "Industriestraße 14", "Stuttgart", "BW", "70565", "DE")),
    ("C010", "Taller Mecánico Hermanos Ruiz", "tallerhnosruiz.com.mx",
     site("Taller Mecánico Hermanos Ruiz", "Av. Ignacio Zaragoza 1820", "Monterrey", "NL", "64000", "MX")),
    ("C011", "Red Ridge Mining Pty Ltd", "redridgemining.com.au",
     site("Red Ridge Mine - Fleet Workshop", "Lot 7 Great Northern Hwy", "Newman", "WA", "6753", "AU")),
    ("C012", "Summit Tire & Lube", "summittirelube.com",
     site("Summit Tire & Lube", "615 Summit St", "Toledo", "OH", "43604", "US")),
]
CUST = {c[0]: c for c in CUSTOMERS}

# other delivery sites (documented in README; the address is always written in the document)
SITES = {
    "millbrook_pw": site("City of Millbrook - Public Works Yard", "1450 Hartman Rd", "Millbrook", "MI", "49270", "US"),
    "millbrook_transit": site("City of Millbrook - Transit Depot", "77 Commerce Ave", "Millbrook", "MI", "49270", "US"),
    "gpf_dsm": site("Great Plains Freight Lines - Des Moines Terminal", "4410 NE 14th St", "Des Moines", "IA", "50313", "US"),
    "pinecrest_south": site("Pinecrest SD Transportation - South Depot", "35 Quarry Ln", "Pinecrest", "PA", "16901", "US"),
    "northgate_wakefield": site("Northgate Fleet Services - Wakefield Depot", "12 Denby Dale Road", "Wakefield", "West Yorkshire", "WF2 7AZ", "GB"),
    "redridge_perth": site("Red Ridge Mining - Perth Depot", "42 Kewdale Rd", "Welshpool", "WA", "6106", "AU"),
}
