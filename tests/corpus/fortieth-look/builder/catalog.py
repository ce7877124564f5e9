"""Catalog and customers of the seller: Lakeside Pack & Ship Supply (Chicago, with a Toronto branch)."""

CATALOG = []  # (sku, description, uom, unit_price, gtin, pack_size)


def add(sku, desc, uom, price, pack=1):
    CATALOG.append((sku, desc, uom, price, "", pack))


# ---------------- corrugated boxes (sold by the bundle) ----------------
GRADE_TXT = {
    "200": "200# test single wall",
    "32": "ECT-32 single wall",
    "44": "ECT-44 single wall",
    "DW": "ECT-48 double wall",
}
BOXES = [
    # (L, W, H, grades, bundle, base price per bundle for ECT-32)
    (6, 6, 6, ["32"], 25, 9.75),
    (8, 8, 8, ["32"], 25, 12.50),
    (9, 6, 4, ["32"], 25, 8.90),
    (10, 10, 10, ["32", "44"], 25, 16.25),
    (12, 9, 4, ["32"], 25, 11.40),
    (12, 12, 6, ["32"], 25, 17.80),
    (12, 12, 8, ["32", "44"], 25, 19.60),
    (12, 12, 10, ["32"], 25, 21.30),
    (12, 12, 12, ["200", "32", "44", "DW"], 25, 23.75),
    (14, 14, 14, ["32", "44"], 25, 31.20),
    (16, 12, 8, ["32", "44"], 25, 24.40),
    (16, 12, 12, ["32"], 25, 28.10),
    (16, 16, 16, ["32", "DW"], 25, 39.90),
    (18, 12, 12, ["32"], 25, 30.75),
    (18, 18, 18, ["32", "DW"], 20, 44.60),
    (20, 20, 20, ["32", "DW"], 20, 55.20),
    (24, 18, 18, ["32"], 15, 49.80),
    (24, 24, 24, ["DW"], 10, 68.50),
]
MULT = {"200": 0.96, "32": 1.0, "44": 1.32, "DW": 1.78}
for L, W, H, grades, bundle, base in BOXES:
    for g in grades:
        sku = f"BX-{L:02d}{W:02d}{H:02d}-{g}"
        desc = f"Corrugated box {L}x{W}x{H} in (inside), {GRADE_TXT[g]}, kraft, bundle of {bundle}"
        add(sku, desc, "BDL", round(base * MULT[g], 2), bundle)
# pallet quantities of the fastest movers
add("BX-121212-32-PLT", "Corrugated box 12x12x12 in, ECT-32 single wall, full pallet of 500 (20 bundles)", "PLT", 445.00, 500)
add("BX-161208-32-PLT", "Corrugated box 16x12x8 in, ECT-32 single wall, full pallet of 750 (30 bundles)", "PLT", 690.00, 750)
add("BX-181818-32-PLT", "Corrugated box 18x18x18 in, ECT-32 single wall, full pallet of 300 (15 bundles)", "PLT", 630.00, 300)
# white (mottled) variants - near duplicates
add("BX-121212-32W", "Corrugated box 12x12x12 in (inside), ECT-32 single wall, white mottled, bundle of 25", "BDL", 31.40, 25)
add("BX-120904-32W", "Corrugated box 12x9x4 in (inside), ECT-32 single wall, white mottled, bundle of 25", "BDL", 15.20, 25)
# die-cut mailer boxes
for (L, W, H, p) in [(9, 6, 2, 14.60), (10, 8, 4, 18.90), (12, 10, 4, 22.40)]:
    add(f"MB-{L:02d}{W:02d}{H:02d}-K", f"Die-cut mailer box {L}x{W}x{H} in, kraft, tuck front, bundle of 50", "BDL", p, 50)
    add(f"MB-{L:02d}{W:02d}{H:02d}-W", f"Die-cut mailer box {L}x{W}x{H} in, white, tuck front, bundle of 50", "BDL", round(p * 1.3, 2), 50)

# ---------------- mailers ----------------
MAILER_SIZES = [("000", "4x8", 500), ("00", "5x10", 250), ("0", "6x10", 250), ("1", "7.25x12", 100),
                ("2", "8.5x12", 100), ("3", "8.5x14.5", 100), ("4", "9.5x14.5", 100),
                ("5", "10.5x16", 100), ("6", "12.5x19", 50), ("7", "14.25x20", 50)]
for num, size, case in MAILER_SIZES:
    price_k = round(0.11 * case * (1 + 0.18 * MAILER_SIZES.index((num, size, case))), 2)
    add(f"MLR-KB-{num}", f"Kraft bubble (padded) mailer #{num}, {size} in, self-seal, case of {case}", "CS", price_k, case)
    if num in ("000", "0", "2", "4", "6", "7"):
        add(f"MLR-PB-{num}", f"Poly bubble mailer #{num}, {size} in, white, self-seal, case of {case}", "CS", round(price_k * 1.1, 2), case)
for size, case, p in [("6x9", 1000, 38.00), ("7.5x10.5", 1000, 46.00), ("10x13", 500, 39.50),
                      ("12x15.5", 500, 52.00), ("14.5x19", 250, 41.00), ("19x24", 250, 63.00)]:
    add(f"MLR-PM-{size.replace('.', '').replace('x', '')}", f"Poly mailer {size} in, white/grey 2.5 mil, self-seal, case of {case}", "CS", p, case)
add("MLR-PM-1013-BLK", "Poly mailer 10x13 in, black 2.5 mil, self-seal, case of 500", "CS", 42.50, 500)

# ---------------- tape ----------------
TAPES = [
    ("TP-48100-CL-HM", "Packing tape 48mm x 100m, clear, hot melt, 2.0 mil, case of 36 rolls", 58.00),
    ("TP-48100-TN-HM", "Packing tape 48mm x 100m, tan, hot melt, 2.0 mil, case of 36 rolls", 58.00),
    ("TP-48100-CL-AC", "Packing tape 48mm x 100m, clear, acrylic, 1.9 mil, case of 36 rolls", 49.50),
    ("TP-48100-TN-AC", "Packing tape 48mm x 100m, tan, acrylic, 1.9 mil, case of 36 rolls", 49.50),
    ("TP-72100-CL-HM", "Packing tape 72mm x 100m, clear, hot melt, 2.0 mil, case of 24 rolls", 61.00),
    ("TP-72100-TN-HM", "Packing tape 72mm x 100m, tan, hot melt, 2.0 mil, case of 24 rolls", 61.00),
    ("TP-72100-CL-AC", "Packing tape 72mm x 100m, clear, acrylic, 1.9 mil, case of 24 rolls", 52.00),
    ("TP-48110Y-CL-HM", "Packing tape 2 in (48mm) x 110 yd, clear, hot melt, 1.8 mil, case of 36 rolls", 54.00),
    ("TP-48110Y-TN-HM", "Packing tape 2 in (48mm) x 110 yd, tan, hot melt, 1.8 mil, case of 36 rolls", 54.00),
    ("TP-72110Y-CL-HM", "Packing tape 3 in (72mm) x 110 yd, clear, hot melt, 1.8 mil, case of 24 rolls", 57.00),
    ("TP-48914-CL-HM", "Packing tape 48mm x 914m machine length, clear, hot melt, case of 6 rolls", 118.00),
    ("TP-48100-FRG", "Printed tape 'FRAGILE' 48mm x 100m, red on white, acrylic, case of 36 rolls", 84.00),
    ("TP-48050-CL-HM", "Packing tape 48mm x 50m, clear, hot melt, case of 36 rolls", 34.00),
]
for s, d, p in TAPES:
    add(s, d, "CS", p, 36 if "36" in d else (24 if "24" in d else 6))
add("TP-48100-CL-HM-RL", "Packing tape 48mm x 100m, clear, hot melt, 2.0 mil, single roll", "RL", 1.85)
add("TD-2IN-PG", "Tape gun dispenser 2 in, pistol grip", "EA", 8.95)
add("TD-3IN-PG", "Tape gun dispenser 3 in, pistol grip", "EA", 12.40)
add("WAT-72-GUM", "Water-activated gummed kraft tape 72mm x 137m, reinforced, case of 10", "CS", 79.00, 10)

# ---------------- stretch film ----------------
FILMS = [
    ("SF-18-80-1500", "Stretch film cast 18 in x 1500 ft, 80 gauge, clear, case of 4 rolls", 86.00),
    ("SF-18-70-1500", "Stretch film cast 18 in x 1500 ft, 70 gauge, clear, case of 4 rolls", 78.00),
    ("SF-18-63-1500", "Stretch film cast 18 in x 1500 ft, 63 gauge, clear, case of 4 rolls", 72.00),
    ("SF-18-80-1000", "Stretch film cast 18 in x 1000 ft, 80 gauge, clear, case of 4 rolls", 64.00),
    ("SF-18-80-1500-BK", "Stretch film cast 18 in x 1500 ft, 80 gauge, black opaque, case of 4 rolls", 104.00),
    ("SF-20-80-1000", "Stretch film cast 20 in x 1000 ft, 80 gauge, clear, case of 4 rolls", 72.00),
    ("SF-12-80-1500", "Stretch film cast 12 in x 1500 ft, 80 gauge, clear, case of 4 rolls", 62.00),
    ("SF-05-80-1000B", "Bundling film 5 in x 1000 ft, 80 gauge, with handle, case of 12 rolls", 44.00),
]
for f in FILMS:
    add(f[0], f[1], "CS", f[2], 4 if "of 4" in f[1] else 12)
add("SF-20-80-5000M", "Machine stretch film 20 in x 5000 ft, 80 gauge, cast, 1 roll", "RL", 96.00)
add("SF-18-80-1500-PLT", "Stretch film cast 18 in x 1500 ft, 80 gauge, full pallet of 50 cases (200 rolls)", "PLT", 3990.00, 200)
add("SF-DISP-18", "Stretch film hand dispenser 18 in, brake handle", "EA", 21.50)

# ---------------- bubble ----------------
BUBBLES = [
    ("BW-316-12-175", "Bubble roll 3/16 in x 12 in x 175 ft, perforated every 12 in", 19.80),
    ("BW-316-24-175", "Bubble roll 3/16 in x 24 in x 175 ft, perforated every 12 in", 36.50),
    ("BW-316-48-750", "Bubble roll 3/16 in x 48 in x 750 ft, perforated every 12 in", 98.00),
    ("BW-516-24-188", "Bubble roll 5/16 in x 24 in x 188 ft, perforated every 12 in", 39.00),
    ("BW-12-12-125", "Bubble roll 1/2 in x 12 in x 125 ft, perforated every 12 in", 21.00),
    ("BW-12-24-125", "Bubble roll 1/2 in x 24 in x 125 ft, perforated every 12 in", 38.00),
    ("BW-12-48-250", "Bubble roll 1/2 in x 48 in x 250 ft, perforated every 12 in", 84.00),
    ("BW-316-12-175-AS", "Anti-static pink bubble roll 3/16 in x 12 in x 175 ft", 27.50),
]
for s, d, p in BUBBLES:
    add(s, d, "RL", p)
add("FOAM-116-24-550", "Foam roll 1/16 in x 24 in x 550 ft, perforated every 12 in", "RL", 31.00)

# ---------------- labels ----------------
LABELS = [
    ("LBL-46-250", "Direct thermal label 4x6 in, perforated, 1 in core, 250 labels/roll", "RL", 4.20, 1),
    ("LBL-46-250-CS", "Direct thermal label 4x6 in, perforated, 1 in core, 250 labels/roll, case of 24 rolls", "CS", 92.00, 24),
    ("LBL-46-1000-3C", "Direct thermal label 4x6 in, 3 in core, 1000 labels/roll", "RL", 13.90, 1),
    ("LBL-46-500-FF", "Direct thermal label 4x6 in, fanfold stack of 500", "PK", 8.40, 1),
    ("LBL-46-500-FF-CS", "Direct thermal label 4x6 in, fanfold 500/stack, case of 10 stacks", "CS", 79.00, 10),
    ("LBL-44-250", "Direct thermal label 4x4 in, 1 in core, 250 labels/roll", "RL", 3.60, 1),
    ("LBL-4625-TT", "Thermal transfer label 4x6.25 in, 3 in core, 1000 labels/roll", "RL", 17.20, 1),
    ("LBL-2312-1000", "Direct thermal label 2.25x1.25 in, 1 in core, 1000 labels/roll", "RL", 3.10, 1),
    ("LBL-FRAGILE-500", "Printed label 'FRAGILE - HANDLE WITH CARE' 3x5 in, roll of 500", "RL", 11.50, 1),
    ("LBL-PS-75", "Packing list envelope 7.5x5.5 in, 'Packing List Enclosed', box of 1000", "BX", 24.00, 1000),
    ("RIB-110-74", "Wax resin ribbon 110mm x 74m, 1/2 in core, box of 12", "BX", 44.00, 12),
]
for s, d, u, p, k in LABELS:
    add(s, d, u, p, k)

# ---------------- void fill ----------------
VOID = [
    ("VF-PNUT-14-W", "Loose fill packing peanuts, white, 14 cu ft bag", "BG", 29.00),
    ("VF-PNUT-14-G", "Loose fill packing peanuts, green (recycled), 14 cu ft bag", "BG", 26.50),
    ("VF-PNUT-20-W", "Loose fill packing peanuts, white, 20 cu ft bag", "BG", 38.00),
    ("VF-KRAFT-15-1200", "Kraft paper roll 15 in x 1200 ft, 30 lb", "RL", 33.00),
    ("VF-KRAFT-30-1200", "Kraft paper roll 30 in x 1200 ft, 30 lb", "RL", 58.00),
    ("VF-KRAFT-24-1000-50", "Kraft paper roll 24 in x 1000 ft, 50 lb", "RL", 61.00),
    ("VF-AIR-84-1150", "Air pillow film 8x4 in, 1150 ft roll", "RL", 38.50),
    ("VF-AIR-88-1150", "Air pillow film 8x8 in, 1150 ft roll", "RL", 41.00),
    ("VF-CRINK-10-NAT", "Crinkle cut paper shred, natural kraft, 10 lb box", "BX", 27.00),
    ("VF-CRINK-10-WHT", "Crinkle cut paper shred, white, 10 lb box", "BX", 29.00),
    ("VF-NEWS-24-50", "Unprinted newsprint sheets 24x36 in, 50 lb bundle", "BDL", 36.00),
    ("VF-HONEY-15-500", "Honeycomb kraft wrap 15 in x 500 ft", "RL", 34.00),
]
for s, d, u, p in VOID:
    add(s, d, u, p)

# ---------------- pallets ----------------
PALLETS = [
    ("PAL-4840-A", "Wood pallet 48x40 in, GMA, grade A, 4-way", 14.50),
    ("PAL-4840-B", "Wood pallet 48x40 in, recycled, grade B, 4-way", 9.50),
    ("PAL-4840-HT", "Wood pallet 48x40 in, new, heat treated ISPM-15 (export)", 19.75),
    ("PAL-4840-PL", "Plastic pallet 48x40 in, nestable, 4-way", 48.00),
    ("PAL-4848-A", "Wood pallet 48x48 in, grade A, 4-way", 17.90),
    ("PAL-1210-HT", "Wood pallet 1200x1000 mm, heat treated ISPM-15", 21.00),
]
for s, d, p in PALLETS:
    add(s, d, "EA", p)
add("PAL-TOP-4840", "Corrugated pallet top sheet 48x40 in, bundle of 50", "BDL", 44.00, 50)
add("PAL-CB-2-48", "Edge protector / corner board 2x2 in x 48 in, bundle of 50", "BDL", 27.00, 50)
add("PAL-CB-3-36", "Edge protector / corner board 3x3 in x 36 in, bundle of 50", "BDL", 31.00, 50)

# ---------------- strapping ----------------
STRAP = [
    ("STR-PP-12-9000", "Polypropylene strapping 1/2 in x 9000 ft, hand grade, 16x6 core", "RL", 38.00),
    ("STR-PP-12-7200M", "Polypropylene strapping 1/2 in x 7200 ft, machine grade, 8x8 core", "RL", 36.00),
    ("STR-PP-58-6000", "Polypropylene strapping 5/8 in x 6000 ft, hand grade, 16x6 core", "RL", 44.00),
    ("STR-PET-12-6500", "Polyester (PET) strapping 1/2 in x 6500 ft, green embossed, 16x6 core", "RL", 72.00),
    ("STR-PET-58-4000", "Polyester (PET) strapping 5/8 in x 4000 ft, green embossed, 16x6 core", "RL", 79.00),
    ("STR-BKL-12", "Wire buckles for 1/2 in poly strapping, box of 1000", "BX", 36.00),
    ("STR-BKL-58", "Wire buckles for 5/8 in poly strapping, box of 1000", "BX", 48.00),
    ("STR-SEAL-12", "Metal seals 1/2 in, open/snap-on, box of 2000", "BX", 41.00),
    ("STR-CART", "Strapping dispenser cart for 16x6 and 8x8 core", "EA", 139.00),
    ("STR-TOOL-TEN", "Poly strapping tensioner, hand tool", "EA", 64.00),
    ("STR-TOOL-SEAL", "Poly strapping sealer, hand tool, 1/2 in", "EA", 58.00),
]
for s, d, u, p in STRAP:
    add(s, d, u, p)

# ---------------- misc ----------------
add("MISC-CUTTER", "Box cutter, retractable, snap-off blade", "EA", 2.75)
add("MISC-MARKER-BK", "Permanent marker, black, chisel tip, box of 12", "BX", 9.60, 12)
add("MISC-GLOVES-L", "Nitrile-coated work gloves, large, pack of 12 pairs", "PK", 22.00, 12)
add("PB-0910-2", "Reclosable poly bag 9x10 in, 2 mil, case of 1000", "CS", 37.00, 1000)
add("PB-1215-2", "Reclosable poly bag 12x15 in, 2 mil, case of 1000", "CS", 58.00, 1000)
add("PB-0609-4", "Reclosable poly bag 6x9 in, 4 mil, case of 1000", "CS", 39.00, 1000)

SKUS = {c[0] for c in CATALOG}


CUSTOMERS = [
    # id, name, domains, ship_to_name, street, city, region, postal, country
    ("C1001", "Northwind Goods Co", "northwindgoods.com", "Northwind Goods Co", "4120 Bluebonnet Dr Suite 200", "Austin", "TX", "78745", "US"),
    ("C1002", "Lakeshore Fulfillment LLC", "lakeshore3pl.com", "Lakeshore Fulfillment - DC1", "2500 Channahon Rd", "Joliet", "IL", "60436", "US"),
    ("C1003", "Rusty Anchor Brewing Co", "rustyanchorbrew.com", "Rusty Anchor Brewing Co", "311 W Becher St", "Milwaukee", "WI", "53207", "US"),
    ("C1004", "Crumb & Co Bakery", "crumbandco.com", "Crumb & Co Bakery", "1718 Sherman Ave", "Evanston", "IL", "60201", "US"),
    ("C1005", "Prairie Print Works", "prairieprintworks.com", "Prairie Print Works", "2235 S Halsted St", "Chicago", "IL", "60608", "US"),
    ("C1006", "Lakefront Museum of Natural History", "lakefrontmuseum.org", "Lakefront Museum - Receiving Dock B", "1400 S Lake Shore Dr", "Chicago", "IL", "60605", "US"),
    ("C1007", "Maple Leaf Fulfilment Inc", "mapleleaf3pl.ca", "Maple Leaf Fulfilment Inc", "6750 Tomken Rd Unit 4", "Mississauga", "ON", "L5T 2C4", "CA"),
    ("C1008", "Boulangerie Le Fournil Doré", "fournildore.ca", "Boulangerie Le Fournil Doré", "4812 rue Saint-Denis", "Montréal", "QC", "H2J 2L6", "CA"),
    ("C1009", "Brasserie du Vieux-Port", "brasserievieuxport.qc.ca", "Brasserie du Vieux-Port", "155 rue Saint-Paul", "Québec", "QC", "G1K 3W2", "CA"),
    ("C1010", "Imprimerie Laurentienne inc.", "imprimerielaurentienne.com", "Imprimerie Laurentienne inc.", "2900 boul. Industriel", "Laval", "QC", "H7L 4R9", "CA"),
    ("C1011", "Tienda Colibrí S.A. de C.V.", "tiendacolibri.mx", "Tienda Colibrí - Bodega", "Av. Vallarta 3250", "Guadalajara", "JAL", "44690", "MX"),
    ("C1012", "Cervecería Sierra Madre", "cerveceriasierramadre.mx", "Cervecería Sierra Madre", "Calle Río Nazas 410", "Monterrey", "NL", "64620", "MX"),
    ("C1013", "Logística Bajío S.A. de C.V.", "logisticabajio.com.mx", "Logística Bajío - CEDIS", "Carretera 57 Km 12.5", "Querétaro", "QRO", "76220", "MX"),
    ("C1014", "Café Isla Bonita LLC", "cafeislabonita.com", "Café Isla Bonita LLC", "1060 Calle Loíza", "San Juan", "PR", "00911", "PR"),
    ("C1015", "Kangaroo Crate Co Pty Ltd", "kangaroocrate.com.au", "Kangaroo Crate Co", "18 Fennell St", "Port Melbourne", "VIC", "3207", "AU"),
    ("C1016", "Southern Cross Print Pty Ltd", "southerncrossprint.com.au", "Southern Cross Print", "42 Ipswich Rd", "Woolloongabba", "QLD", "4102", "AU"),
    ("C1017", "Kiwi Parcel Logistics Ltd", "kiwiparcel.co.nz", "Kiwi Parcel Logistics", "27 Westney Rd", "Mangere", "Auckland", "2022", "NZ"),
    ("C1018", "Junction Hopworks", "junctionhopworks.ca", "Junction Hopworks", "2980 Dundas St W", "Toronto", "ON", "M6P 1Z4", "CA"),
    ("C1019", "Windy City Candle Co", "windycitycandle.com", "Windy City Candle Co", "1847 W Fulton St", "Chicago", "IL", "60612", "US"),
    ("C1020", "Blue Heron Bakehouse", "blueheronbakehouse.com", "Blue Heron Bakehouse", "618 Williamson St", "Madison", "WI", "53703", "US"),
    ("C1021", "Ironbound Fulfillment LLC", "ironboundfulfillment.com", "Ironbound Fulfillment LLC", "88 Wilson Ave", "Newark", "NJ", "07105", "US"),
    ("C1022", "Loja Ipê Importados LLC", "lojaipe.com", "Loja Ipê Importados", "3401 NW 72nd Ave Bay 7", "Miami", "FL", "33122", "US"),
]
CUSTOMER_NAMES = {c[1] for c in CUSTOMERS}
