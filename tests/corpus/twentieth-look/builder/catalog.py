"""Catalog and customer master data for Keystone Facility Supply (fictional).

Writes ../catalog.csv and ../customers.csv. Imported by the document builders
so that every SKU used in a label is checked against this list.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def gtin12(seq):
    """Make a valid UPC-A (GTIN-12) from a running number (fictional prefix 0 84712)."""
    body = "084712" + f"{seq:05d}"
    odd = sum(int(d) for d in body[0::2])
    even = sum(int(d) for d in body[1::2])
    check = (10 - ((odd * 3 + even) % 10)) % 10
    return body + str(check)


PRODUCTS = []  # (sku, description, uom, unit_price, pack_size)


def add(sku, desc, uom, price, pack):
    PRODUCTS.append((sku, desc, uom, price, pack))


# --- Air filters (pleated), size x MERV near-duplicates ---------------------
FILTER_PRICES = {1: {8: 38.40, 11: 52.80, 13: 66.00}, 2: {8: 49.20, 13: 81.60}}
for size, code in [("16x20x1", "16201"), ("16x25x1", "16251"), ("20x20x1", "20201"),
                   ("20x25x1", "20251"), ("24x24x1", "24241")]:
    for merv in (8, 11, 13):
        add(f"FLT-{code}-M{merv}", f"Pleated Air Filter {size} MERV {merv}, 12/cs", "CS",
            FILTER_PRICES[1][merv], 12)
for size, code in [("16x25x2", "16252"), ("20x20x2", "20202"), ("20x25x2", "20252"),
                   ("24x24x2", "24242")]:
    for merv in (8, 13):
        add(f"FLT-{code}-M{merv}", f"Pleated Air Filter {size} MERV {merv}, 12/cs", "CS",
            FILTER_PRICES[2][merv], 12)
for size, code in [("20x20x4", "20204"), ("20x25x4", "20254"), ("24x24x4", "24244")]:
    add(f"FLT-{code}-M13", f"Pleated Air Filter {size} MERV 13, 6/cs", "CS", 74.50, 6)

# --- Lamps: wattage x colour temperature near-duplicates -------------------
for k in ("3500K", "4000K", "5000K"):
    add(f"LMP-T8L4-15W-{k[:2]}K", f"LED T8 Tube 4ft 15W {k} Type A/B, 25/cs", "CS", 112.50, 25)
add("LMP-T8L2-9W-40K", "LED T8 Tube 2ft 9W 4000K Type A/B, 25/cs", "CS", 98.75, 25)
for k in ("2700K", "3000K", "5000K"):
    add(f"LMP-A19-9W-{k[:2]}K", f"LED A19 9W (60W eq) {k} E26, 6/pk", "PK", 14.90, 6)
for k in ("2700K", "5000K"):
    add(f"LMP-A19-14W-{k[:2]}K", f"LED A19 14W (100W eq) {k} E26, 6/pk", "PK", 22.40, 6)
for k in ("3000K", "4000K"):
    add(f"LMP-PAR38-15W-{k[:2]}K", f"LED PAR38 15W {k} Flood E26", "EA", 9.85, 1)
add("LMP-BR30-9W-27K", "LED BR30 9W 2700K Dimmable E26", "EA", 5.60, 1)
add("LMP-CORN-40W-50K", "LED Corn Lamp 40W 5000K E39 Mogul", "EA", 42.00, 1)
add("LMP-CORN-54W-50K", "LED Corn Lamp 54W 5000K E39 Mogul", "EA", 51.00, 1)
add("LMP-F32T8-41K", "Fluorescent F32T8 32W 4100K 4ft, 30/cs", "CS", 71.10, 30)
add("LMP-F32T8-35K", "Fluorescent F32T8 32W 3500K 4ft, 30/cs", "CS", 71.10, 30)
add("LMP-F54T5HO-41K", "Fluorescent F54T5HO 54W 4100K, 40/cs", "CS", 138.00, 40)

# --- Fasteners --------------------------------------------------------------
add("FST-HCS-3816-100", "Hex Cap Screw Gr5 Zinc 3/8-16 x 1\", 50/bx", "BX", 11.25, 50)
add("FST-HCS-3816-150", "Hex Cap Screw Gr5 Zinc 3/8-16 x 1-1/2\", 50/bx", "BX", 13.40, 50)
add("FST-HCS-1213-200", "Hex Cap Screw Gr5 Zinc 1/2-13 x 2\", 25/bx", "BX", 14.80, 25)
add("FST-HBM10-30", "Hex Bolt Metric M10 x 30 Zinc 8.8, 50/bx", "BX", 12.60, 50)
add("FST-NUT-3816", "Hex Nut Zinc 3/8-16, 100/bx", "BX", 6.95, 100)
add("FST-FW-38", "Flat Washer SAE Zinc 3/8\", 100/bx", "BX", 4.80, 100)
add("FST-DWS-C6-114", "Drywall Screw Coarse #6 x 1-1/4\", 5 lb box", "BX", 24.50, 1)
add("FST-DWS-C6-158", "Drywall Screw Coarse #6 x 1-5/8\", 5 lb box", "BX", 25.75, 1)
add("FST-DWS-F6-114", "Drywall Screw Fine #6 x 1-1/4\", 5 lb box", "BX", 24.50, 1)
add("FST-WA-38-3", "Wedge Anchor Zinc 3/8 x 3\", 50/bx", "BX", 29.90, 50)
add("FST-WA-12-4", "Wedge Anchor Zinc 1/2 x 4\", 25/bx", "BX", 33.60, 25)
add("FST-CS-316-134", "Concrete Screw Blue Hex 3/16 x 1-3/4\", 100/bx", "BX", 18.40, 100)
add("FST-CS-14-134", "Concrete Screw Blue Hex 1/4 x 1-3/4\", 100/bx", "BX", 21.10, 100)
add("FST-CS-14-234", "Concrete Screw Blue Hex 1/4 x 2-3/4\", 100/bx", "BX", 26.30, 100)
add("FST-ZT-8-NAT", "Cable Tie 8\" Natural 50 lb, 100/pk", "PK", 3.95, 100)
add("FST-ZT-11-BLK", "Cable Tie 11\" Black UV 50 lb, 100/pk", "PK", 6.40, 100)
add("FST-ZT-14-BLK", "Cable Tie 14\" Black UV 50 lb, 100/pk", "PK", 8.90, 100)

# --- Paint: sheen x size near-duplicates --------------------------------------
add("PNT-INT-FL-WH-1", "Interior Latex Flat White 1 gal", "EA", 24.90, 1)
add("PNT-INT-FL-WH-5", "Interior Latex Flat White 5 gal", "EA", 109.00, 1)
add("PNT-INT-EG-WH-1", "Interior Latex Eggshell White 1 gal", "EA", 28.50, 1)
add("PNT-INT-EG-WH-5", "Interior Latex Eggshell White 5 gal", "EA", 126.00, 1)
add("PNT-INT-EG-AW-1", "Interior Latex Eggshell Antique White 1 gal", "EA", 29.75, 1)
add("PNT-INT-SG-WH-1", "Interior Latex Semi-Gloss White 1 gal", "EA", 30.20, 1)
add("PNT-INT-SG-WH-5", "Interior Latex Semi-Gloss White 5 gal", "EA", 134.00, 1)
add("PNT-INT-ST-WH-1", "Interior Latex Satin White 1 gal", "EA", 29.40, 1)
add("PNT-PRM-INT-1", "Interior PVA Primer White 1 gal", "EA", 17.80, 1)
add("PNT-PRM-INT-5", "Interior PVA Primer White 5 gal", "EA", 72.00, 1)
add("PNT-EXT-ST-WH-5", "Exterior Acrylic Satin White 5 gal", "EA", 158.00, 1)
add("PNT-DRYFALL-FL-WH-5", "Dryfall Flat White 5 gal", "EA", 142.00, 1)
add("PNT-MARK-YEL-18", "Inverted Marking Paint Yellow 18 oz, 12/cs", "CS", 68.40, 12)
add("PNT-RC-9-38", "Roller Cover 9\" 3/8\" Nap", "EA", 4.25, 1)
add("PNT-RC-9-12", "Roller Cover 9\" 1/2\" Nap", "EA", 4.45, 1)
add("PNT-TAPE-188", "Painter's Tape Blue 1.88\" x 60 yd", "RL", 6.90, 1)

# --- Cleaning chemicals & janitorial --------------------------------------------
add("CHM-NFC-1G", "Neutral Floor Cleaner Concentrate 1 gal, 4/cs", "CS", 46.00, 4)
add("CHM-GLS-32", "Glass Cleaner RTU 32 oz Trigger, 12/cs", "CS", 38.40, 12)
add("CHM-QDIS-1G", "Quat Disinfectant Concentrate 1 gal, 4/cs", "CS", 64.80, 4)
add("CHM-QDIS-25G", "Quat Disinfectant Concentrate 2.5 gal, 2/cs", "CS", 82.50, 2)
add("CHM-DGR-1G", "Heavy-Duty Degreaser 1 gal, 4/cs", "CS", 52.00, 4)
add("CHM-BOWL-32", "Acid Bowl Cleaner 32 oz, 12/cs", "CS", 41.40, 12)
add("CHM-FIN-5G", "Floor Finish 25% Solids 5 gal Pail", "EA", 118.00, 1)
add("CHM-STRP-5G", "Floor Stripper No-Rinse 5 gal Pail", "EA", 96.00, 1)
add("CHM-SOAP-F1000", "Foam Hand Soap 1000 ml Refill, 6/cs", "CS", 58.20, 6)
add("CHM-SANI-1000", "Hand Sanitizer Gel 1000 ml Refill, 6/cs", "CS", 61.50, 6)
add("CHM-BLCH-1G", "Bleach 6% 1 gal, 6/cs", "CS", 24.60, 6)
add("CHM-CARP-1G", "Carpet Extraction Cleaner 1 gal, 4/cs", "CS", 49.60, 4)
add("JAN-RT-800-BR", "Roll Towel 8\" x 800 ft Brown, 6/cs", "CS", 39.00, 6)
add("JAN-RT-800-WH", "Roll Towel 8\" x 800 ft White, 6/cs", "CS", 44.50, 6)
add("JAN-TT-2PLY-96", "Toilet Tissue 2-Ply 500 sh, 96/cs", "CS", 58.00, 96)
add("JAN-JRT-9-12", "Jumbo Roll Tissue 9\" 2-Ply, 12/cs", "CS", 46.80, 12)
add("JAN-CFOLD-WH", "C-Fold Towel White, 2400/cs", "CS", 36.20, 2400)
add("JAN-LNR-4046-BK", "Can Liner 40x46 1.5 mil Black, 100/cs", "CS", 34.50, 100)
add("JAN-LNR-3340-CL", "Can Liner 33x40 0.9 mil Clear, 250/cs", "CS", 41.00, 250)
add("JAN-LNR-2433-NT", "Can Liner 24x33 0.5 mil Natural, 500/cs", "CS", 29.80, 500)
add("JAN-LNR-3858-BK", "Can Liner 38x58 1.5 mil Black, 100/cs", "CS", 44.90, 100)

# --- HVAC belts: A vs 4L vs AX near-duplicates -------------------------------
for n, p in [(26, 7.10), (30, 7.45), (32, 7.70), (34, 7.95), (36, 8.20), (38, 8.45), (42, 8.95)]:
    add(f"BLT-A{n}", f"V-Belt A{n} Classical Wrapped", "EA", p, 1)
add("BLT-AX32", "V-Belt AX32 Classical Cogged", "EA", 11.60, 1)
for n, p in [(38, 10.40), (42, 11.10), (46, 11.85)]:
    add(f"BLT-B{n}", f"V-Belt B{n} Classical Wrapped", "EA", p, 1)
for n, p in [(300, 5.90), (320, 6.10), (340, 6.30), (360, 6.55), (380, 6.80)]:
    add(f"BLT-4L{n}", f"V-Belt 4L{n} FHP Light Duty", "EA", p, 1)

# --- Plumbing ---------------------------------------------------------------------
add("PLB-FV-RBK", "Flushometer Rebuild Kit, Water Closet 1.6 gpf", "EA", 18.90, 1)
add("PLB-FV-RBK-UR", "Flushometer Rebuild Kit, Urinal 1.0 gpf", "EA", 17.40, 1)
add("PLB-WAX-FL", "Toilet Wax Ring with Flange", "EA", 3.85, 1)
add("PLB-AER-15", "Faucet Aerator 1.5 gpm Male/Female", "EA", 2.40, 1)
add("PLB-AER-05", "Faucet Aerator 0.5 gpm Vandal-Resistant", "EA", 3.10, 1)
add("PLB-SL-12", "Faucet Supply Line Braided 3/8 x 1/2 x 12\"", "EA", 5.20, 1)
add("PLB-SL-16", "Faucet Supply Line Braided 3/8 x 1/2 x 16\"", "EA", 5.60, 1)
add("PLB-SL-20", "Faucet Supply Line Braided 3/8 x 1/2 x 20\"", "EA", 6.10, 1)
add("PLB-FLAP-2", "Toilet Flapper 2\" Universal", "EA", 4.30, 1)

# --- Electrical --------------------------------------------------------------------
add("ELC-REC-15-WH", "Duplex Receptacle 15A 125V White Commercial", "EA", 2.95, 1)
add("ELC-REC-20-WH", "Duplex Receptacle 20A 125V White Commercial", "EA", 3.60, 1)
add("ELC-GFCI-15-WH", "GFCI Receptacle 15A White Tamper-Resistant", "EA", 16.80, 1)
add("ELC-GFCI-20-WH", "GFCI Receptacle 20A White Tamper-Resistant", "EA", 19.40, 1)
add("ELC-GFCI-20-IV", "GFCI Receptacle 20A Ivory Tamper-Resistant", "EA", 19.40, 1)
add("ELC-WP-1G-DUP-WH", "Wall Plate 1-Gang Duplex Nylon White", "EA", 0.85, 1)
add("ELC-WN-YEL-100", "Wire Connector Yellow, 100/bx", "BX", 9.70, 100)
add("ELC-BAT-AA-24", "Alkaline Battery AA, 24/pk", "PK", 13.20, 24)
add("ELC-BAT-AAA-24", "Alkaline Battery AAA, 24/pk", "PK", 13.20, 24)
add("ELC-BAT-9V-12", "Alkaline Battery 9V, 12/pk", "PK", 21.60, 12)

# --- Safety / grounds / HVAC misc -------------------------------------------------
add("SAF-NIT-M", "Nitrile Gloves 4 mil Medium, 100/bx", "BX", 8.90, 100)
add("SAF-NIT-L", "Nitrile Gloves 4 mil Large, 100/bx", "BX", 8.90, 100)
add("SAF-NIT-XL", "Nitrile Gloves 4 mil X-Large, 100/bx", "BX", 8.90, 100)
add("SAF-GLS-CLR", "Safety Glasses Clear Anti-Fog", "EA", 2.75, 1)
add("SAF-PLUG-200", "Foam Ear Plugs Uncorded, 200 pr/bx", "BX", 19.80, 200)
add("GRD-ICE-50", "Ice Melt Calcium Chloride Blend 50 lb Bag", "BG", 21.50, 1)
add("HVC-PAN-TAB-200", "Condensate Pan Treatment Tablets, 200/jar", "EA", 24.00, 200)
add("HVC-COIL-18", "Foaming Coil Cleaner 18 oz Aerosol, 12/cs", "CS", 71.40, 12)
add("HVC-TSTAT-PRG", "Programmable Thermostat 7-Day 1H/1C", "EA", 48.00, 1)

SKUS = {p[0]: p for p in PRODUCTS}
assert len(SKUS) == len(PRODUCTS), "duplicate SKU"

# --- Customers -------------------------------------------------------------------
# customer_id, name, email_domains (';'), ship_to (known sites, ' | ' separated)
CUSTOMERS = [
    ("C1001", "Harbor Point Property Management", "harborpointpm.com",
     "88 Atlantic Residences, 88 Atlantic Ave, Boston, MA 02110, US | "
     "1200 Commonwealth Apartments, 1200 Commonwealth Ave, Boston, MA 02134, US | "
     "Elm St building, 412 Elm Street, Cambridge, MA 02139, US"),
    ("C1002", "Cedar Valley Unified School District", "cvusd.org;cvusd.k12.ca.us",
     "Ridgeview Elementary School, 1840 Ridgeview Dr, Fresno, CA 93720, US | "
     "Cedar Valley High School, 3300 E Shepherd Ave, Fresno, CA 93720, US | "
     "Hillcrest Middle School, 905 W Alluvial Ave, Fresno, CA 93711, US"),
    ("C1003", "Northgate Family Clinics", "northgatefamilyclinics.com",
     "Westerville Clinic, 455 Polaris Pkwy, Westerville, OH 43082, US | "
     "Grove City Clinic, 3850 Broadway, Grove City, OH 43123, US"),
    ("C1004", "Bluewater Hospitality Group", "bluewaterhg.com",
     "The Palmetto Key Resort, 1 Palmetto Key Blvd, Key Largo, FL 33037, US | "
     "The Coral Sands Hotel, 2200 N Ocean Blvd, Fort Lauderdale, FL 33305, US"),
    ("C1005", "Tillman & Roarke Builders", "tillmanroarke.com",
     "Brazos Commons Mixed Use, 4100 S Congress Ave, Austin, TX 78745, US | "
     "Leander MS #4 job site, 1550 Hero Way, Leander, TX 78641, US"),
    ("C1006", "Maple Crest Property Services", "maplecrestps.ca",
     "The Wellesley Residences, 35 Wellesley St E, Toronto, ON M4Y 1G7, CA | "
     "1450 Bathurst Apartments, 1450 Bathurst St, Toronto, ON M5R 3J3, CA"),
    ("C1007", "Prairie Sky School Division", "prairiesky.ab.ca",
     "Central Receiving Warehouse, 6210 50 St, Red Deer, AB T4N 2B6, CA | "
     "Meadowlark School, 4820 53 Ave, Stettler, AB T0C 2L0, CA"),
    ("C1008", "Fraser Peaks Restaurant Group", "fraserpeaks.ca",
     "Fraser Peaks Kingsway, 4700 Kingsway, Burnaby, BC V5H 4M1, CA | "
     "Fraser Peaks Kelowna, 1950 Harvey Ave, Kelowna, BC V1Y 8J8, CA | "
     "Fraser Peaks Lonsdale Quay, 123 Carrie Cates Ct, North Vancouver, BC V7M 3K7, CA"),
    ("C1009", "Albion Estates Management Ltd", "albionestates.co.uk",
     "Lambeth Court, 21 Lambeth Palace Road, London, SE1 7EU, GB"),
    ("C1010", "Pennine Health Clinics Ltd", "penninehealth.co.uk",
     "Horsforth Clinic, 7 Town Street, Leeds, West Yorkshire, LS18 4RJ, GB | "
     "Pudsey Clinic, 40 Lowtown, Pudsey, LS28 7AA, GB"),
    ("C1011", "Thistle & Crown Inns", "thistlecrown.co.uk",
     "The Kelpie Inn, 14 Harbour Road, Oban, PA34 4LB, GB | "
     "The Stag's Head, 3 Market Place, Kelso, TD5 7HF, GB"),
    ("C1012", "Southern Cross Facilities Pty Ltd", "southerncrossfm.com.au",
     "Parramatta Square Tower, 10 Darcy Street, Parramatta, NSW 2150, AU"),
    ("C1013", "Banksia Medical Centres", "banksiamedical.com.au",
     "Banksia Medical Centre Footscray, 212 Barkly Street, Footscray, VIC 3011, AU | "
     "Banksia Medical Centre Geelong, 88 Ryrie Street, Geelong, VIC 3220, AU"),
    ("C1014", "Ironbark Constructions Pty Ltd", "ironbarkconstructions.com.au",
     "Springfield Central Library, 30 Main Street, Springfield Central, QLD 4300, AU"),
    ("C1015", "Lakeshore Diner Co.", "lakeshorediner.com",
     "Lakeshore Diner #4, 1870 N Clybourn Ave, Chicago, IL 60614, US"),
]
CUST = {c[1]: c for c in CUSTOMERS}


def write_master():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for i, (sku, desc, uom, price, pack) in enumerate(PRODUCTS, start=1):
            w.writerow([sku, desc, uom, f"{price:.2f}", gtin12(i), pack])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to"])
        for c in CUSTOMERS:
            w.writerow(c)


if __name__ == "__main__":
    write_master()
    print(len(PRODUCTS), "products,", len(CUSTOMERS), "customers")
