"""Master data for the invented seller: catalog.csv and customers.csv."""
import csv
import os

SELLER = {
    "name": "Cedar Ridge Landscape & Irrigation Supply, Inc.",
    "short": "Cedar Ridge Supply",
    "street": "2210 Gattis School Rd",
    "city": "Round Rock", "region": "TX", "postal_code": "78664",
    "phone": "(512) 555-0148",
    "orders": "orders@cedarridgesupply.com",
    "domain": "cedarridgesupply.com",
}


def _gtin12(seed):
    body = str(7401000000 + seed * 37)[:11].rjust(11, "0")
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def build_catalog():
    rows = []  # (sku, description, uom, price, pack_size)

    def add(sku, desc, uom, price, pack=1):
        rows.append((sku, desc, uom, round(price, 2), pack))

    sizes = [("050", '1/2"', 0.35), ("075", '3/4"', 0.45), ("100", '1"', 0.80),
             ("125", '1-1/4"', 1.25), ("150", '1-1/2"', 1.60), ("200", '2"', 2.40)]
    types = [("T", "Tee S x S x S", 1.0), ("E90", "90 Elbow S x S", 0.85),
             ("E45", "45 Elbow S x S", 0.95), ("CPL", "Coupling S x S", 0.60),
             ("MA", "Male Adapter MPT x S", 0.75)]
    for sch, mult in (("40", 1.0), ("80", 2.6)):
        for tcode, tdesc, tf in types:
            for scode, sdesc, base in sizes:
                add(f"PVC{sch}-{tcode}-{scode}", f"PVC Sch {sch} {tdesc} {sdesc}", "EA",
                    base * tf * mult)
    # spray heads
    for h, p in ((2, 2.10), (4, 2.65), (6, 4.90), (12, 8.75)):
        add(f"SPH-{h:02d}", f"Spray Head Pop-Up {h} in, no nozzle", "EA", p)
        add(f"SPH-{h:02d}-CV", f"Spray Head Pop-Up {h} in w/ Check Valve, no nozzle", "EA", p + 1.85)
    add("RTR-3504", "Rotor 3504 Series 1/2 in Inlet, 4 in Pop-Up, 15-35 ft", "EA", 11.40)
    add("RTR-5004", "Rotor 5004 Series 3/4 in Inlet, 4 in Pop-Up, Adj Arc 25-50 ft", "EA", 14.95)
    add("RTR-5004-FC", "Rotor 5004 Series 3/4 in Inlet, 4 in Pop-Up, Full Circle", "EA", 14.95)
    add("RTR-I20-04", "Rotor I-20 Style 3/4 in Inlet, 4 in Pop-Up, Stainless Riser", "EA", 21.30)
    # nozzles
    arcs = [("Q", "Quarter (90)"), ("H", "Half (180)"), ("F", "Full (360)"), ("A", "Adjustable Arc 0-360")]
    for r in (8, 10, 12, 15):
        for a, ad in arcs:
            add(f"NZ-{r:02d}{a}", f"Spray Nozzle {r} ft Radius {ad}", "EA",
                (1.95 if a != "A" else 3.40) + (0.10 if r == 15 else 0))
    # drip tubing
    for sp in (12, 18):
        for ln, p in ((100, 38.0), (250, 89.0), (500, 168.0)):
            add(f"DRP-17-{sp}-{ln}", f'Drip Line 1/2" (17mm) 0.9 GPH Emitters {sp} in Spacing, {ln} ft Roll',
                "RL", p + (4 if sp == 12 else 0) * ln / 100)
    add("DRP-BLK-050-100", 'Blank Drip Tubing 1/2" (.700 OD) 100 ft Roll', "RL", 14.50)
    add("DRP-BLK-050-500", 'Blank Drip Tubing 1/2" (.700 OD) 500 ft Roll', "RL", 61.00)
    add("DRP-BLK-025-100", 'Blank Micro Tubing 1/4" 100 ft Roll', "RL", 7.25)
    add("DRP-BLK-025-500", 'Blank Micro Tubing 1/4" 500 ft Roll', "RL", 29.80)
    # valves
    add("VLV-100", 'Valve 1" In-Line Globe, 24VAC, no flow control', "EA", 18.40)
    add("VLV-100-FC", 'Valve 1" In-Line Globe, 24VAC, w/ Flow Control', "EA", 22.90)
    add("VLV-150", 'Valve 1-1/2" Globe, 24VAC, no flow control', "EA", 54.00)
    add("VLV-150-FC", 'Valve 1-1/2" Globe, 24VAC, w/ Flow Control', "EA", 61.50)
    add("VLV-AS-075", 'Anti-Siphon Valve 3/4" w/ Flow Control', "EA", 24.75)
    add("VLV-AS-100", 'Anti-Siphon Valve 1" w/ Flow Control', "EA", 29.60)
    # controllers
    for z, p in ((4, 64.0), (6, 79.0), (9, 118.0), (12, 146.0), (24, 389.0)):
        add(f"CTL-{z:02d}", f"Irrigation Controller {z}-Zone Indoor/Outdoor", "EA", p)
    add("CTL-06-WF", "Irrigation Controller 6-Zone Wi-Fi Smart", "EA", 169.0)
    add("CTL-12-WF", "Irrigation Controller 12-Zone Wi-Fi Smart", "EA", 239.0)
    # fertilizer
    for npk, name, p in (("16-4-8", "Turf Fertilizer", 24.0), ("24-0-11", "Turf Fertilizer 50% SRN", 31.0),
                         ("15-15-15", "All-Purpose Fertilizer", 22.0), ("18-24-12", "Starter Fertilizer", 27.0),
                         ("32-0-4", "Turf Fertilizer Slow Release", 34.0)):
        code = npk.replace("-", "")
        add(f"FRT-{code}-40", f"{name} {npk} 40 lb Bag", "BAG", p * 0.82)
        add(f"FRT-{code}-50", f"{name} {npk} 50 lb Bag", "BAG", p)
    # seed
    for code, name, p in (("TF", "Tall Fescue Blend", 89.0), ("KBG", "Kentucky Bluegrass Blend", 149.0),
                          ("SS", "Sun & Shade Mix", 104.0), ("BH", "Bermudagrass Hulled", 212.0),
                          ("PR", "Perennial Ryegrass Blend", 79.0)):
        add(f"SEED-{code}-25", f"Grass Seed {name} 25 lb Bag", "BAG", p * 0.55)
        add(f"SEED-{code}-50", f"Grass Seed {name} 50 lb Bag", "BAG", p)
    # mulch / soil
    for code, name, p in (("HW", "Double-Shred Hardwood", 3.95), ("RD", "Red Dyed", 4.25),
                          ("BK", "Black Dyed", 4.25), ("CY", "Cypress Blend", 4.60)):
        add(f"MUL-{code}-2", f"Mulch {name} 2 cu ft Bag", "BAG", p)
        add(f"MUL-{code}-3", f"Mulch {name} 3 cu ft Bag", "BAG", p * 1.45)
    add("MUL-BK-2-PAL", "Mulch Black Dyed 2 cu ft Bag, Pallet of 65", "PAL", 249.0, 65)
    add("MUL-HW-2-PAL", "Mulch Double-Shred Hardwood 2 cu ft Bag, Pallet of 65", "PAL", 229.0, 65)
    add("MUL-HW-YD", "Bulk Mulch Double-Shred Hardwood, per Cubic Yard", "YD", 34.0)
    add("MUL-BK-YD", "Bulk Mulch Black Dyed, per Cubic Yard", "YD", 39.0)
    add("MUL-RD-YD", "Bulk Mulch Red Dyed, per Cubic Yard", "YD", 39.0)
    add("SOIL-GS-2", "Garden Soil Premium 2 cu ft Bag", "BAG", 6.90)
    add("SOIL-GS-1", "Garden Soil Premium 1 cu ft Bag", "BAG", 4.10)
    add("SOIL-CMP-2", "Compost Blend 2 cu ft Bag", "BAG", 7.40)
    add("SOIL-TS-YD", "Bulk Screened Topsoil, per Cubic Yard", "YD", 29.0)
    add("SOIL-CMP-YD", "Bulk Compost, per Cubic Yard", "YD", 42.0)
    add("SOIL-3W-YD", "Bulk 3-Way Mix (Topsoil/Sand/Compost), per Cubic Yard", "YD", 36.0)
    # landscape fabric
    for w, l, p in ((3, 50, 14.0), (3, 100, 24.0), (3, 300, 62.0), (4, 100, 31.0), (4, 300, 82.0),
                    (6, 100, 44.0), (6, 300, 119.0)):
        add(f"LF-{w}-{l}", f"Landscape Fabric Woven {w} ft x {l} ft Roll", "RL", p)
    add("LF-STP-6", 'Landscape Fabric Staples 6" 11ga, Box of 500', "BX", 34.0, 500)
    add("LF-STP-4", 'Landscape Fabric Staples 4" 11ga, Box of 500', "BX", 27.0, 500)
    # tools
    for sku, d, p in (("TL-SHV-RP", "Shovel Round Point, Fiberglass Long Handle", 32.0),
                      ("TL-SHV-SP", "Shovel Square Point, Fiberglass Long Handle", 32.0),
                      ("TL-SHV-TR", 'Trenching Shovel 4" Blade, Fiberglass Handle', 36.5),
                      ("TL-RK-LF", "Rake Leaf 24 in Poly Tine", 17.5),
                      ("TL-RK-BW", "Rake Bow 16 Tine Steel", 24.0),
                      ("TL-RK-LS", "Rake Landscape 36 in Aluminum", 48.0),
                      ("TL-PR-BP", "Hand Pruner Bypass 8 in", 22.0),
                      ("TL-PR-AV", "Hand Pruner Anvil 8 in", 19.5),
                      ("TL-LOP-30", "Lopper Bypass 30 in", 44.0)):
        add(sku, d, "EA", p)
    # PPE
    for s in ("S", "M", "L", "XL"):
        add(f"PPE-GLV-NIT-{s}", f"Gloves Nitrile Coated Work, Size {s}, Dozen", "DZ", 21.0, 12)
    for s in ("M", "L", "XL"):
        add(f"PPE-GLV-LTH-{s}", f"Gloves Leather Driver, Size {s}, Pair", "EA", 8.75)
    add("PPE-SG-CLR", "Safety Glasses Clear Lens, Box of 12", "BX", 30.0, 12)
    add("PPE-SG-TNT", "Safety Glasses Gray Tinted Lens, Box of 12", "BX", 33.0, 12)
    # chemicals
    for sku, d, u, p, pk in (("CHM-GLY41-1G", "Glyphosate 41% Herbicide 1 gal", "EA", 39.0, 1),
                             ("CHM-GLY41-25G", "Glyphosate 41% Herbicide 2.5 gal", "EA", 84.0, 1),
                             ("CHM-GLY41-1G-CS", "Glyphosate 41% Herbicide 1 gal, Case of 4", "CS", 148.0, 4),
                             ("CHM-PRO65-5", "Prodiamine 65 WDG Pre-Emergent 5 lb", "EA", 112.0, 1),
                             ("CHM-PRE-GR-50", "Pre-Emergent Granular 0.38% Prodiamine 50 lb Bag", "BAG", 46.0, 1),
                             ("CHM-BIF79-QT", "Bifenthrin 7.9% Insecticide 1 qt", "EA", 29.0, 1),
                             ("CHM-BIF79-1G", "Bifenthrin 7.9% Insecticide 1 gal", "EA", 78.0, 1),
                             ("CHM-24D-25G", "2,4-D Amine Selective Herbicide 2.5 gal", "EA", 69.0, 1),
                             ("CHM-3WAY-1G", "Three-Way Broadleaf Herbicide 1 gal", "EA", 58.0, 1)):
        add(sku, d, u, p, pk)
    # misc irrigation
    add("PVC-PRM-PT", "PVC Primer Purple 1 pint", "EA", 8.90)
    add("PVC-CEM-PT", "PVC Cement Medium Body Clear 1 pint", "EA", 9.60)
    add("PVC-CEM-QT", "PVC Cement Medium Body Clear 1 quart", "EA", 15.80)
    add("PVC-CEM-PT-CS", "PVC Cement Medium Body Clear 1 pint, Case of 24", "CS", 215.0, 24)
    add("VB-06R", 'Valve Box 6" Round w/ Lid', "EA", 7.20)
    add("VB-10R", 'Valve Box 10" Round w/ Lid', "EA", 14.90)
    add("VB-STD", 'Valve Box Standard Rectangular 14"x19" w/ Lid', "EA", 26.50)
    add("SWP-100", "Swing Pipe Flexible 1/2 in, 100 ft Roll", "RL", 27.0)
    return rows


def catalog_dict():
    return {r[0]: {"sku": r[0], "description": r[1], "uom": r[2], "unit_price": r[3], "pack_size": r[4]}
            for r in build_catalog()}


def write_catalog(path):
    rows = build_catalog()
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for i, (sku, d, u, p, pk) in enumerate(rows):
            gtin = _gtin12(i) if i % 3 == 0 else ""
            w.writerow([sku, d, u, f"{p:.2f}", gtin, pk])
    return len(rows)


CUSTOMERS = [
    # id, name, domains, ship-to name, street, city, region, zip
    ("C1001", "Hill Country Outdoor Living LLC", "hcoutdoorliving.com",
     "Hill Country Outdoor Living - Yard", "1805 Ranch Road 620 N", "Lakeway", "TX", "78734"),
    ("C1002", "Barton Creek Golf Club", "bartoncreekgolf.com",
     "Barton Creek GC - Maintenance Facility", "8212 Barton Club Dr", "Austin", "TX", "78735"),
    ("C1003", "City of Pflugerville Parks & Recreation", "pflugervilletx.gov",
     "Pflugerville Parks Operations Center", "400 Immanuel Rd", "Pflugerville", "TX", "78660"),
    ("C1004", "Lakeline Community Management", "lakelinecm.com",
     "Lakeline Community Management", "11066 Pecan Park Blvd Ste 200", "Cedar Park", "TX", "78613"),
    ("C1005", "Bluebonnet Nursery & Garden Center", "bluebonnetnursery.com",
     "Bluebonnet Nursery & Garden Center", "3320 W Whitestone Blvd", "Cedar Park", "TX", "78613"),
    ("C1006", "Verde Vista Landscaping", "verdevistaland.com",
     "Verde Vista Landscaping Shop", "905 E Pecan St", "Hutto", "TX", "78634"),
    ("C1007", "Pedernales Greenscapes Inc.", "pgreenscapes.com;pedernalesgreen.com",
     "Pedernales Greenscapes Inc.", "14500 Hamilton Pool Rd", "Austin", "TX", "78738"),
    ("C1008", "Riverbend Country Club", "riverbendcc.org",
     "Riverbend CC Grounds Dept", "3300 Riverbend Club Dr", "Georgetown", "TX", "78628"),
    ("C1009", "City of Georgetown Parks & Recreation", "georgetown.org",
     "Georgetown Parks Maintenance Yard", "1101 N College St", "Georgetown", "TX", "78626"),
    ("C1010", "TrueNorth Property Services", "truenorthps.com;truenorthproperty.net",
     "TrueNorth Property Services", "2701 Brushy Creek Rd", "Round Rock", "TX", "78681"),
    ("C1011", "Cypress Mill Landscape Design", "cypressmilldesign.com",
     "Cypress Mill Landscape Design", "760 Cypress Mill Rd", "Marble Falls", "TX", "78654"),
    ("C1012", "Live Oak Tree & Lawn Care", "liveoaklawn.com",
     "Live Oak Tree & Lawn Care", "1290 S Bell Blvd", "Cedar Park", "TX", "78613"),
]


def customer(cid):
    for c in CUSTOMERS:
        if c[0] == cid:
            return c
    raise KeyError(cid)


def main_site(cid):
    c = customer(cid)
    return {"name": c[3], "street": c[4], "city": c[5], "region": c[6], "postal_code": c[7], "country": "US"}


def write_customers(path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street",
                    "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for c in CUSTOMERS:
            w.writerow(list(c) + ["US"])
    return len(CUSTOMERS)
