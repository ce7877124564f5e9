"""Seller, catalog and customers for the Harborline Hospitality Supply blind corpus."""

SELLER = {
    "name": "Harborline Hospitality Supply, Inc.",
    "street": "2200 Commerce Park Drive",
    "city": "Lebanon", "region": "TN", "postal_code": "37090",
    "phone": "(615) 555-0148", "orders": "orders@harborlinesupply.com",
}


def _upc(body11):
    d = [int(c) for c in body11]
    s = 3 * sum(d[0::2]) + sum(d[1::2])
    return body11 + str((10 - s % 10) % 10)


CATALOG = []


def _add(sku, desc, uom, price, pack, gtin=False):
    g = ""
    if gtin:
        g = _upc("0845%07d" % (len(CATALOG) * 37 + 1001))
    CATALOG.append({"sku": sku, "description": desc, "uom": uom,
                    "unit_price": "%.2f" % price, "gtin": g, "pack_size": str(pack)})


# --- towels (sold by the dozen) ---
COL = {"W": "White", "B": "Beige", "G": "Grey"}
for size, lbs, base in [("2450", "10", 38.0), ("2754", "15", 55.0), ("2754", "17", 63.5),
                        ("3056", "17", 66.0), ("3060", "20", 79.0)]:
    for c in ("W", "B") if size == "2754" and lbs == "15" else ("W",):
        _add("TWB-%s-%s%s" % (size, lbs, c),
             "Bath towel %sx%s %s lb/dz %s" % (size[:2], size[2:], lbs, COL[c]), "DZ", base + (2 if c != "W" else 0), 12, gtin=True)
_add("TWB-2754-15G", "Bath towel 27x54 15 lb/dz Grey", "DZ", 57.0, 12)
for size, lbs, base in [("1627", "3", 14.5), ("1630", "4", 18.75), ("1630", "4.5", 21.0), ("1830", "5", 24.0)]:
    for c in ("W", "B") if (size, lbs) == ("1630", "4") else ("W",):
        _add("TWH-%s-%s%s" % (size, lbs.replace(".", ""), c),
             "Hand towel %sx%s %s lb/dz %s" % (size[:2], size[2:], lbs, COL[c]), "DZ", base + (1.5 if c != "W" else 0), 12, gtin=True)
for size, lbs, base in [("1212", "1", 5.4), ("1212", "1.5", 7.2), ("1313", "1.5", 7.8), ("1313", "2", 9.6)]:
    _add("TWW-%s-%sW" % (size, lbs.replace(".", "")),
         "Washcloth %sx%s %s lb/dz White" % (size[:2], size[2:], lbs), "DZ", base, 12)
for size, lbs, base in [("2030", "7", 34.0), ("2034", "10", 46.0), ("2234", "10", 49.0), ("2234", "12", 56.0)]:
    _add("TWM-%s-%sW" % (size, lbs), "Bath mat %sx%s %s lb/dz White" % (size[:2], size[2:], lbs), "DZ", base, 12)
_add("TWP-3060-BS", "Pool towel 30x60 blue/white cabana stripe", "DZ", 92.0, 12)
_add("TWP-3570-BS", "Pool towel 35x70 blue/white cabana stripe", "DZ", 118.0, 12)

# --- sheets / pillowcases (DZ) ---
BED = {"T": ("Twin", "66x115", "39x80x12"), "F": ("Full", "81x115", "54x80x12"),
       "Q": ("Queen", "90x115", "60x80x15"), "K": ("King", "108x115", "78x80x15")}
BASE = {"T": 60, "F": 72, "Q": 84, "K": 102}
for tc, mult in (("180", 1.0), ("250", 1.3), ("300", 1.55)):
    for b, (name, flat, fit) in BED.items():
        _add("SHF-%s-T%s" % (b, tc), "Flat sheet %s %s T%s poly/cotton white" % (name, flat, tc), "DZ", BASE[b] * mult, 12)
        _add("SHX-%s-T%s" % (b, tc), "Fitted sheet %s %s T%s poly/cotton white" % (name, fit, tc), "DZ", BASE[b] * mult * 1.12, 12)
for tc, mult in (("180", 1.0), ("250", 1.3), ("300", 1.55)):
    for code, name, size, base in (("S", "Standard", "42x36", 24.0), ("Q", "Queen", "42x40", 27.0), ("K", "King", "42x46", 31.0)):
        _add("PCS-%s-T%s" % (code, tc), "Pillowcase %s %s T%s white" % (name, size, tc), "DZ", base * mult, 12)
for code, name, p in (("S", "Standard 20x26", 6.9), ("Q", "Queen 20x30", 7.9), ("K", "King 20x36", 9.4)):
    _add("PIL-%s-FB" % code, "Pillow fiber-fill %s" % name, "EA", p, 1)
for b, p in (("T", 14.5), ("F", 17.0), ("Q", 19.5), ("K", 23.0)):
    _add("MPD-%s" % b, "Mattress pad fitted %s" % BED[b][0], "EA", p, 1)
_add("BLK-Q-TH", "Thermal blanket Queen 90x90 white", "EA", 16.5, 1)
_add("BLK-K-TH", "Thermal blanket King 108x90 white", "EA", 19.5, 1)

# --- liquid amenities ---
COLL = {"SG": "Sea Grass", "CV": "Citrus Verbena"}
PROD = {"SH": "Shampoo", "CD": "Conditioner", "LO": "Body lotion", "BW": "Body wash"}
for coll in COLL:
    for p in PROD:
        for sz, lab, case, price in (("10", "1 oz", 400, 72.0), ("15", "1.5 oz", 300, 69.0), ("30", "30 ml", 400, 74.0)):
            _add("AM-%s-%s-%s" % (coll, p, sz), "%s %s %s bottle (%d/cs)" % (COLL[coll], PROD[p], lab, case),
                 "CS", price + (6 if coll == "CV" else 0), case, gtin=(p == "SH"))
for coll in COLL:
    for g, case, price in ((15, 1000, 61.0), (25, 500, 52.0), (40, 300, 49.0)):
        for w, wl in (("W", "wrapped"), ("P", "pleated")):
            _add("SP-%s-%02d%s" % (coll, g, w), "%s soap bar %d g %s (%d/cs)" % (COLL[coll], g, wl, case),
                 "CS", price + (4 if w == "P" else 0) + (5 if coll == "CV" else 0), case)
for sku, d, price, case in (("AC-SHCAP", "Shower cap boxed", 38.0, 500), ("AC-VANKIT", "Vanity kit boxed (cotton/swabs/file)", 49.0, 500),
                            ("AC-DENTAL", "Dental kit toothbrush + 0.25 oz paste", 96.0, 250), ("AC-SEWKIT", "Sewing kit boxed", 41.0, 500),
                            ("AC-SHOESH", "Shoe shine sponge", 44.0, 500), ("AC-SLIP-CT", "Slippers closed toe white one size", 118.0, 100),
                            ("AC-SLIP-OT", "Slippers open toe white one size", 96.0, 100), ("AC-LNDBAG", "Laundry bag plastic drawstring", 55.0, 500)):
    _add(sku, "%s (%d/cs)" % (d, case), "CS", price, case)

# --- paper ---
for sku, d, price, pk in (("TT-2P-500-96", "Toilet tissue 2-ply 500 sheets, 96 rolls/cs", 58.0, 96),
                          ("TT-1P-1000-96", "Toilet tissue 1-ply 1000 sheets, 96 rolls/cs", 54.0, 96),
                          ("TT-2P-400-80", "Toilet tissue 2-ply 400 sheets, 80 rolls/cs", 49.5, 80),
                          ("TT-2P-500-48", "Toilet tissue 2-ply 500 sheets, 48 rolls/cs", 31.0, 48),
                          ("TT-JRT-2P-12", "Jumbo roll tissue 9 in 2-ply, 12 rolls/cs", 44.0, 12),
                          ("FT-2P-100-30", "Facial tissue 2-ply 100 ct flat box, 30 bx/cs", 36.0, 30),
                          ("FT-2P-85-36", "Facial tissue 2-ply 85 ct cube box, 36 bx/cs", 41.0, 36),
                          ("FT-3P-60-36", "Facial tissue 3-ply 60 ct cube box, 36 bx/cs", 52.0, 36),
                          ("PT-RL-800-6", "Paper towel hardwound roll 8 in x 800 ft, 6 rl/cs", 39.0, 6),
                          ("PT-MF-4000", "Multifold paper towel white, 4000/cs", 34.0, 4000)):
    _add(sku, d, "CS", price, pk, gtin=sku.startswith("TT-2P"))
_add("TT-2P-500-RL", "Toilet tissue 2-ply 500 sheets, single roll", "RL", 0.68, 1)

# --- can liners ---
for sku, d, price, pk in (("CL-2433-05C", "Can liner 24x33 0.5 mil clear (12-16 gal), 1000/cs", 38.0, 1000),
                          ("CL-2433-08C", "Can liner 24x33 8 mic HD clear (12-16 gal), 1000/cs", 29.0, 1000),
                          ("CL-2433-05B", "Can liner 24x33 0.5 mil black (12-16 gal), 1000/cs", 38.0, 1000),
                          ("CL-3339-09B", "Can liner 33x39 0.9 mil black (33 gal), 250/cs", 33.0, 250),
                          ("CL-3339-15B", "Can liner 33x39 1.5 mil black (33 gal), 100/cs", 31.0, 100),
                          ("CL-4046-12B", "Can liner 40x46 1.2 mil black (40-45 gal), 100/cs", 34.0, 100),
                          ("CL-4046-15B", "Can liner 40x46 1.5 mil black (40-45 gal), 100/cs", 39.0, 100),
                          ("CL-3858-20B", "Can liner 38x58 2.0 mil black (55-60 gal), 100/cs", 46.0, 100),
                          ("CL-1717-03W", "Can liner 17x17 0.3 mil white (4 gal) room basket, 1000/cs", 24.0, 1000)):
    _add(sku, d, "CS", price, pk)

# --- chemicals ---
for base, name, prices in (("GC", "Glass cleaner", (3.1, 16.0, 72.0)),
                           ("DS", "Disinfectant cleaner", (4.2, 21.0, 94.0)),
                           ("CS", "Carpet shampoo", (4.9, 24.0, 99.0)),
                           ("NF", "Neutral floor cleaner", (3.4, 15.5, 66.0)),
                           ("BR", "Bathroom cleaner", (3.9, 19.0, 84.0))):
    _add("CH-%s-RTU-QT" % base, "%s ready-to-use 32 oz quart spray" % name, "EA", prices[0], 1)
    _add("CH-%s-CON-GAL" % base, "%s concentrate 1 gallon" % name, "GAL", prices[1], 1)
    _add("CH-%s-CON-5G" % base, "%s concentrate 5 gallon pail" % name, "EA", prices[2], 1)
    if base in ("GC", "DS"):
        _add("CH-%s-RTU-GAL" % base, "%s ready-to-use 1 gallon refill" % name, "GAL", prices[1] * 0.55, 1)
_add("CH-LD-DET-5G", "Laundry detergent liquid 5 gallon pail", "EA", 88.0, 1)
_add("CH-LD-BLCH-GAL", "Laundry bleach 6% 1 gallon", "GAL", 5.5, 1)
_add("CH-TB-QT", "Toilet bowl cleaner acid 32 oz", "EA", 3.6, 1)
_add("CH-TRIGGER", "Trigger sprayer for quart bottle", "EA", 0.85, 1)
_add("CH-BTL-QT", "Empty quart spray bottle, printed", "EA", 0.95, 1)

# --- F&B disposables / coffee ---
for sku, d, price, pk in (("CF-POD-REG", "Coffee pod single-cup regular roast, 100/cs", 46.0, 100),
                          ("CF-POD-DEC", "Coffee pod single-cup decaf, 100/cs", 48.0, 100),
                          ("CF-FP-REG", "In-room coffee filter pack 1-cup regular, 200/cs", 39.0, 200),
                          ("CF-FP-DEC", "In-room coffee filter pack 1-cup decaf, 200/cs", 41.0, 200),
                          ("CF-FP-4C", "In-room coffee filter pack 4-cup regular, 150/cs", 44.0, 150),
                          ("CF-TEA-ASST", "Tea bags assorted, 500/cs", 33.0, 500),
                          ("CF-CREAM-PWD", "Non-dairy creamer packets, 1000/cs", 21.0, 1000),
                          ("CF-SUGAR", "Sugar packets, 2000/cs", 19.0, 2000),
                          ("CF-SWEET-BL", "Sweetener packets blue, 2000/cs", 24.0, 2000),
                          ("CF-STIR-55", "Wood stirrer 5.5 in, 10000/cs", 18.0, 10000),
                          ("CP-HOT-08", "Paper hot cup 8 oz white, 1000/cs", 52.0, 1000),
                          ("CP-HOT-10", "Paper hot cup 10 oz white, 1000/cs", 58.0, 1000),
                          ("CP-HOT-12", "Paper hot cup 12 oz white, 1000/cs", 63.0, 1000),
                          ("CP-LID-0812", "Dome lid fits 8 oz hot cup, 1000/cs", 27.0, 1000),
                          ("CP-LID-1012", "Dome lid fits 10-20 oz hot cup, 1000/cs", 29.0, 1000),
                          ("CP-CLD-09", "Plastic cold cup 9 oz clear, 1000/cs", 31.0, 1000),
                          ("CP-CLD-09W", "Plastic cup 9 oz clear individually wrapped, 1000/cs", 44.0, 1000),
                          ("CP-GLS-WRAP", "Glass cover paper wrapped, 2000/cs", 36.0, 2000),
                          ("NP-BEV-1P", "Beverage napkin 1-ply white, 4000/cs", 26.0, 4000),
                          ("NP-DIN-2P", "Dinner napkin 2-ply 1/8 fold white, 3000/cs", 49.0, 3000),
                          ("PL-PAP-09", "Paper plate 9 in heavy, 500/cs", 29.0, 500),
                          ("CT-KIT-FKN", "Cutlery kit fork/knife/napkin wrapped, 250/cs", 24.0, 250),
                          ("TG-CLAM-9", "To-go container hinged 9x9 fiber, 200/cs", 42.0, 200)):
    _add(sku, d, "CS", price, pk, gtin=sku.startswith("CP-HOT"))
_add("CF-POD-REG-BX", "Coffee pod single-cup regular roast, box of 24", "BX", 12.5, 24)

# --- key cards, room items ---
for sku, d, uom, price, pk in (("KC-RFID-1K", "RFID key card MIFARE Classic 1K blank white, 200/bx", "BX", 96.0, 200),
                               ("KC-RFID-UL", "RFID key card MIFARE Ultralight blank white, 200/bx", "BX", 78.0, 200),
                               ("KC-MAG-HICO", "Magstripe key card hi-co blank white, 500/bx", "BX", 85.0, 500),
                               ("KC-MAG-LOCO", "Magstripe key card lo-co blank white, 500/bx", "BX", 69.0, 500),
                               ("KC-SLEEVE", "Key card sleeve/envelope printed, 500/pk", "PK", 37.0, 500),
                               ("RM-DND", "Do Not Disturb door hanger, 250/pk", "PK", 42.0, 250),
                               ("RM-PEN", "Guest room pen black, 500/bx", "BX", 64.0, 500),
                               ("RM-NOTEPAD", "Guest room notepad 50 sheet, 250/cs", "CS", 71.0, 250),
                               ("RM-HANGER-W", "Wood hanger open hook, 100/cs", "CS", 92.0, 100),
                               ("RM-HANGER-S", "Wood hanger security ring, 100/cs", "CS", 104.0, 100),
                               ("RM-ICELINER", "Ice bucket liner, 1000/cs", "CS", 28.0, 1000),
                               ("RM-HAIRDRYER", "Hair dryer wall mount 1600W white", "EA", 32.0, 1),
                               ("RM-IRON", "Guest room iron auto shut-off", "EA", 18.5, 1)):
    _add(sku, d, uom, price, pk)

# --- maintenance ---
for sku, d, uom, price, pk in (("LB-A19-9W-27", "LED bulb A19 9W (60W eq) 2700K, 4/pk", "PK", 7.6, 4),
                               ("LB-A19-9W-30", "LED bulb A19 9W (60W eq) 3000K, 4/pk", "PK", 7.6, 4),
                               ("LB-A19-9W-50", "LED bulb A19 9W (60W eq) 5000K, 4/pk", "PK", 7.6, 4),
                               ("LB-A19-14W-27", "LED bulb A19 14W (100W eq) 2700K, 4/pk", "PK", 10.4, 4),
                               ("LB-BR30-9W-27", "LED bulb BR30 9W (65W eq) 2700K, each", "EA", 3.2, 1),
                               ("LB-B11-4W-27", "LED candelabra B11 E12 4W 2700K, each", "EA", 2.3, 1),
                               ("LB-T8-4FT-40", "LED tube T8 4 ft 15W 4000K, 25/cs", "CS", 98.0, 25),
                               ("BT-AA-24", "Battery alkaline AA, 24/pk", "PK", 11.9, 24),
                               ("BT-AAA-24", "Battery alkaline AAA, 24/pk", "PK", 11.9, 24),
                               ("BT-9V-12", "Battery alkaline 9V, 12/pk", "PK", 17.5, 12),
                               ("BT-C-12", "Battery alkaline C, 12/pk", "PK", 15.0, 12),
                               ("BT-D-12", "Battery alkaline D, 12/pk", "PK", 16.5, 12),
                               ("BT-CR2032-10", "Battery lithium coin CR2032, 10/pk", "PK", 6.4, 10),
                               ("BT-AA-144", "Battery alkaline AA bulk, 144/cs", "CS", 58.0, 144),
                               ("FL-162501", "HVAC filter 16x25x1 MERV 8, 12/cs", "CS", 39.0, 12),
                               ("FL-202001", "HVAC filter 20x20x1 MERV 8, 12/cs", "CS", 37.0, 12),
                               ("FL-202501", "HVAC filter 20x25x1 MERV 8, 12/cs", "CS", 41.0, 12),
                               ("FL-PTAC-UNIV", "PTAC foam filter universal, 10/pk", "PK", 22.0, 10),
                               ("MT-DRAIN-QT", "Drain opener gel 32 oz", "EA", 5.9, 1),
                               ("MT-LUBE-11", "Penetrating lubricant 11 oz aerosol", "EA", 6.3, 1),
                               ("MT-CAULK-W", "Silicone caulk white 10 oz", "EA", 5.2, 1),
                               ("MT-SHWRHD", "Showerhead 1.75 gpm chrome", "EA", 11.0, 1),
                               ("MT-TOILFLAP", "Toilet flapper universal 2 in", "EA", 3.4, 1),
                               ("MT-SMOKE-9V", "Smoke alarm 9V battery operated", "EA", 12.9, 1)):
    _add(sku, d, uom, price, pk)

CAT = {c["sku"]: c for c in CATALOG}

CUSTOMERS = [
    # id, name, domains, ship name, street, city, region, zip
    ("C1001", "Bayshore Grand Hotel", "bayshoregrand.com", "Bayshore Grand Hotel - Receiving", "4100 Bayshore Blvd", "Tampa", "FL", "33611"),
    ("C1002", "Pinecrest Lodge & Suites", "pinecrestlodge.com", "Pinecrest Lodge & Suites", "812 Parkway", "Gatlinburg", "TN", "37738"),
    ("C1003", "Meridian Hospitality Group", "meridianhg.com;meridianinns.com", "Meridian Inn Uptown", "215 N Tryon St", "Charlotte", "NC", "28202"),
    ("C1004", "Sunset Palms Resort & Spa", "sunsetpalmsresort.com", "Sunset Palms Resort & Spa", "9850 Gulf Shore Dr", "Naples", "FL", "34108"),
    ("C1005", "Route 66 Motor Inn", "route66motorinn.com", "Route 66 Motor Inn", "2918 E Amarillo Blvd", "Amarillo", "TX", "79107"),
    ("C1006", "Willow Bend Bed & Breakfast", "willowbendbnb.com", "Willow Bend Bed & Breakfast", "46 Montford Ave", "Asheville", "NC", "28801"),
    ("C1007", "Lakeview Conference Center", "lakeviewconf.org", "Lakeview Conference Center - Dock 2", "1 Lakeview Dr", "Madison", "WI", "53704"),
    ("C1008", "Harbor Point Hotel", "harborpointhotel.com", "Harbor Point Hotel", "120 E River St", "Savannah", "GA", "31401"),
    ("C1009", "Canyon Ridge Resort", "canyonridgeresort.com", "Canyon Ridge Resort", "3400 W State Route 89A", "Sedona", "AZ", "86336"),
    ("C1010", "StayRight Inn & Suites Columbus", "stayrightcolumbus.com", "StayRight Inn & Suites", "5870 Sawmill Rd", "Dublin", "OH", "43017"),
    ("C1011", "Blue Heron Motel", "blueheronmotel.net", "Blue Heron Motel", "1702 S Ocean Blvd", "Myrtle Beach", "SC", "29577"),
    ("C1012", "Magnolia Court Hotel", "magnoliacourthotel.com", "Magnolia Court Hotel", "735 St Charles Ave", "New Orleans", "LA", "70130"),
]
CUST = {c[1]: c for c in CUSTOMERS}
# customers not in customers.csv that appear in documents (check.py allows these names)
UNKNOWN_CUSTOMERS = {"Driftwood Cottages"}
