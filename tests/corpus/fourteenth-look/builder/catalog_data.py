"""Seller catalog and customer master for Cobalt Ridge Lumber & Building Supply (invented)."""

SELLER = {
    "name": "Cobalt Ridge Lumber & Building Supply",
    "street": "1180 Quarry Mill Road",
    "city": "Fairhaven Junction",
    "region": "VT",
    "postal_code": "05499",
    "phone": "(802) 555-0140",
    "fax": "(802) 555-0141",
    "orders_email": "orders@cobaltridgelumber.com",
    "domain": "cobaltridgelumber.com",
}

_items = []
_gtin_seq = [0]


def _upc(body11):
    digits = [int(c) for c in body11]
    s = sum(digits[0::2]) * 3 + sum(digits[1::2])
    return body11 + str((10 - s % 10) % 10)


def add(sku, desc, uom, price, gtin=True, pack=1):
    g = ""
    if gtin:
        _gtin_seq[0] += 1
        g = _upc("0864217%04d" % (_gtin_seq[0] * 7 + 100))
    _items.append((sku, desc, uom, "%.2f" % price, g, str(pack)))


# ---- SPF framing lumber (the yard's default species) ----
SPF_RATE = [("24", "2x4", 0.53), ("26", "2x6", 0.80), ("28", "2x8", 1.08),
            ("210", "2x10", 1.49), ("212", "2x12", 1.98)]
for code, nom, rate in SPF_RATE:
    for ln in (8, 10, 12, 14, 16):
        add("SPF-%s-%02d" % (code, ln), "%s x %d' SPF #2&Btr KD Framing Lumber" % (nom, ln),
            "EA", round(rate * ln + 0.04, 2), gtin=False)

# ---- Southern Yellow Pine #2 ----
for code, nom, rate, lens in [("24", "2x4", 0.61, (8, 12, 16)), ("26", "2x6", 0.92, (12, 16)),
                              ("28", "2x8", 1.21, (12, 16)), ("210", "2x10", 1.66, (12, 16)),
                              ("212", "2x12", 2.19, (12, 16))]:
    for ln in lens:
        add("SYP-%s-%02d" % (code, ln), "%s x %d' Southern Yellow Pine #2 KD" % (nom, ln),
            "EA", round(rate * ln + 0.05, 2), gtin=False)

# ---- Pressure treated, ground contact ----
for code, nom, rate, lens in [("24", "2x4", 0.72, (8, 10, 12, 16)), ("26", "2x6", 1.05, (8, 10, 12, 16)),
                              ("28", "2x8", 1.39, (12, 16)), ("210", "2x10", 1.84, (12, 16)),
                              ("212", "2x12", 2.45, (12, 16)), ("44", "4x4", 1.48, (8, 10, 12)),
                              ("66", "6x6", 3.95, (8, 10, 12))]:
    for ln in lens:
        add("PTGC-%s-%02d" % (code, ln),
            "%s x %d' Pressure Treated Ground Contact #2 SYP" % (nom, ln),
            "EA", round(rate * ln + 0.06, 2), gtin=False)

# ---- Pressure treated, above ground ----
for code, nom, rate, lens in [("24", "2x4", 0.66, (8, 12, 16)), ("26", "2x6", 0.96, (8, 12, 16)),
                              ("28", "2x8", 1.27, (12, 16)), ("210", "2x10", 1.70, (12, 16))]:
    for ln in lens:
        add("PTAG-%s-%02d" % (code, ln),
            "%s x %d' Pressure Treated Above Ground #2 SYP" % (nom, ln),
            "EA", round(rate * ln + 0.06, 2), gtin=False)
add("PTAG-54DK-12", "5/4x6 x 12' PT Above Ground Radius Edge Deck Board", "EA", 13.45, gtin=False)
add("PTAG-54DK-16", "5/4x6 x 16' PT Above Ground Radius Edge Deck Board", "EA", 17.95, gtin=False)
add("PTAG-44-08", "4x4 x 8' Pressure Treated Above Ground #2", "EA", 10.85, gtin=False)

# ---- precut studs and units ----
add("STUD-24-925", "2x4 x 92-5/8\" SPF Stud PET", "EA", 3.89, gtin=False)
add("STUD-24-1045", "2x4 x 104-5/8\" SPF Stud PET", "EA", 4.79, gtin=False)
add("STUD-26-925", "2x6 x 92-5/8\" SPF Stud PET", "EA", 6.05, gtin=False)
add("STUD-26-1045", "2x6 x 104-5/8\" SPF Stud PET", "EA", 7.35, gtin=False)
add("UNIT-24-925", "Unit 2x4 x 92-5/8\" SPF Stud PET (294 pcs)", "UN", 1085.00, gtin=False, pack=294)
add("UNIT-SPF-24-08", "Unit 2x4 x 8' SPF #2&Btr KD (208 pcs)", "UN", 842.00, gtin=False, pack=208)
add("UNIT-26-925", "Unit 2x6 x 92-5/8\" SPF Stud PET (189 pcs)", "UN", 1082.00, gtin=False, pack=189)

# ---- hardwood, per board foot ----
add("HW-ROAK-44", "Red Oak 4/4 FAS S2S Random Width/Length", "BF", 4.85, gtin=False)
add("HW-ROAK-54", "Red Oak 5/4 FAS S2S Random Width/Length", "BF", 5.60, gtin=False)
add("HW-WOAK-44", "White Oak 4/4 FAS S2S Random Width/Length", "BF", 6.95, gtin=False)
add("HW-HMAP-44", "Hard Maple 4/4 FAS S2S Random Width/Length", "BF", 5.25, gtin=False)
add("HW-POPL-44", "Poplar 4/4 FAS S2S Random Width/Length", "BF", 2.95, gtin=False)
add("HW-WALN-44", "Black Walnut 4/4 FAS S2S Random Width/Length", "BF", 9.80, gtin=False)

# ---- engineered / trim, per linear foot ----
add("LVL-175-0925", "LVL Beam 1-3/4\" x 9-1/4\" 2.0E", "LF", 8.95, gtin=False)
add("LVL-175-1188", "LVL Beam 1-3/4\" x 11-7/8\" 2.0E", "LF", 11.40, gtin=False)
add("LVL-175-1400", "LVL Beam 1-3/4\" x 14\" 2.0E", "LF", 13.60, gtin=False)
add("IJ-1188", "I-Joist 11-7/8\" 2-1/2\" Flange", "LF", 3.85, gtin=False)
add("TRM-CAS-214", "Casing 2-1/4\" Colonial Primed Finger Joint Pine", "LF", 1.15, gtin=False)
add("TRM-BAS-314", "Base 3-1/4\" Colonial Primed Finger Joint Pine", "LF", 1.35, gtin=False)
add("TRM-CRN-358", "Crown 3-5/8\" Primed Finger Joint Pine", "LF", 1.95, gtin=False)
add("TRM-PVC-14", "PVC Trim Board 1x4 (3/4\" x 3-1/2\") White", "LF", 1.60, gtin=False)

# ---- panels ----
add("OSB-716-48", "7/16\" OSB Sheathing 4x8", "EA", 15.95, gtin=False)
add("OSB-716-49", "7/16\" OSB Sheathing 4x9", "EA", 18.40, gtin=False)
add("OSB-1932-48", "19/32\" OSB Sheathing 4x8", "EA", 24.50, gtin=False)
add("OSB-2332-TG", "23/32\" OSB T&G Subfloor 4x8", "EA", 36.80, gtin=False)
add("CDX-1532", "15/32\" CDX Plywood 4x8 (1/2\")", "EA", 32.90, gtin=False)
add("CDX-1932", "19/32\" CDX Plywood 4x8 (5/8\")", "EA", 41.50, gtin=False)
add("CDX-2332", "23/32\" CDX Plywood 4x8 (3/4\")", "EA", 49.75, gtin=False)
add("SND-14-BC", "1/4\" BC Sanded Plywood 4x8", "EA", 29.80, gtin=False)
add("SND-1532-AC", "15/32\" AC Sanded Plywood 4x8", "EA", 52.40, gtin=False)
add("SND-2332-BC", "23/32\" BC Sanded Plywood 4x8", "EA", 64.90, gtin=False)
add("BIR-12", "1/2\" Birch Plywood A1 4x8", "EA", 61.25, gtin=False)
add("BIR-34", "3/4\" Birch Plywood A1 4x8", "EA", 78.50, gtin=False)
add("MDF-34", "3/4\" MDF Panel 4x8", "EA", 42.60, gtin=False)
add("PTPLY-1532", "15/32\" Pressure Treated Plywood 4x8 GC", "EA", 48.90, gtin=False)
add("PTPLY-2332", "23/32\" Pressure Treated Plywood 4x8 GC", "EA", 62.40, gtin=False)

# ---- gypsum ----
add("GWB-12-48", "1/2\" Regular Drywall 4x8", "EA", 13.45)
add("GWB-12-412", "1/2\" Regular Drywall 4x12", "EA", 19.95)
add("GWB-12LW-48", "1/2\" Lightweight Drywall 4x8", "EA", 14.25)
add("GWB-58X-48", "5/8\" Type X Fire-Rated Drywall 4x8", "EA", 16.10)
add("GWB-58X-412", "5/8\" Type X Fire-Rated Drywall 4x12", "EA", 23.95)
add("GWB-12MR-48", "1/2\" Moisture Resistant Drywall 4x8", "EA", 17.40)
add("GWB-58MRX-48", "5/8\" Moisture Resistant Type X Drywall 4x8", "EA", 21.30)
add("GWB-14-48", "1/4\" Flexible Drywall 4x8", "EA", 15.90)
add("CBD-12-35", "1/2\" Cement Backer Board 3x5", "EA", 12.75)
add("JC-AP-45", "All Purpose Joint Compound 4.5 gal Pail", "EA", 19.95)
add("JC-LW-45", "Lightweight Joint Compound 4.5 gal Pail", "EA", 21.50)
add("JC-HOT45", "Setting Compound 45 min 18 lb Bag", "BG", 16.40)
add("JC-HOT90", "Setting Compound 90 min 18 lb Bag", "BG", 16.40)
add("DT-PAPER-500", "Paper Drywall Tape 2-1/16\" x 500'", "RL", 5.95)
add("DT-MESH-300", "Fiberglass Mesh Drywall Tape 1-7/8\" x 300'", "RL", 8.25)
add("CB-MTL-08", "Metal Outside Corner Bead 1-1/4\" x 8'", "EA", 3.10)
add("CB-MTL-10", "Metal Outside Corner Bead 1-1/4\" x 10'", "EA", 3.85)
add("DWS-114-5", "Drywall Screw #6 x 1-1/4\" Coarse Phosphate 5 lb Box", "BX", 27.50)
add("DWS-114-25", "Drywall Screw #6 x 1-1/4\" Coarse Phosphate 25 lb Box", "BX", 112.00)
add("DWS-158-25", "Drywall Screw #6 x 1-5/8\" Coarse Phosphate 25 lb Box", "BX", 118.00)

# ---- nails ----
add("NL-16SNK-50", "16d Sinker Nail 3-1/4\" Vinyl Coated 50 lb Box", "BX", 89.00)
add("NL-16SNK-05", "16d Sinker Nail 3-1/4\" Vinyl Coated 5 lb Box", "BX", 13.50)
add("NL-16CMN-50", "16d Common Nail 3-1/2\" Bright 50 lb Box", "BX", 94.00)
add("NL-16CMN-05", "16d Common Nail 3-1/2\" Bright 5 lb Box", "BX", 14.25)
add("NL-8CMN-05", "8d Common Nail 2-1/2\" Bright 5 lb Box", "BX", 13.25)
add("NL-10CMN-50", "10d Common Nail 3\" Bright 50 lb Box", "BX", 92.00)
add("NL-8GAL-05", "8d Box Nail 2-1/2\" Hot Dip Galv 5 lb Box", "BX", 17.90)
add("CN21-325-131", "Framing Nail 21 deg Plastic Collated 3-1/4\" x .131 Bright (4000/box)", "BX", 72.00, pack=4000)
add("CN21-300-120", "Framing Nail 21 deg Plastic Collated 3\" x .120 Bright (5000/box)", "BX", 68.00, pack=5000)
add("CN30-300-131", "Framing Nail 30 deg Paper Tape 3\" x .131 Bright (2500/box)", "BX", 54.00, pack=2500)
add("CN30-325-131", "Framing Nail 30 deg Paper Tape 3-1/4\" x .131 Bright (2500/box)", "BX", 58.50, pack=2500)
add("CN30-238-113", "Framing Nail 30 deg Paper Tape 2-3/8\" x .113 Ring HDG (3000/box)", "BX", 62.00, pack=3000)
add("RN-COIL-125", "Coil Roofing Nail 1-1/4\" Electro Galv (7200/box)", "BX", 49.90, pack=7200)
add("RN-COIL-175", "Coil Roofing Nail 1-3/4\" Electro Galv (4800/box)", "BX", 52.90, pack=4800)
add("JHN-10D-05", "Joist Hanger Nail 10d x 1-1/2\" HDG 5 lb Box", "BX", 21.50)

# ---- screws ----
add("DS-8-250-01", "Deck Screw #8 x 2-1/2\" Exterior Coated 1 lb Box", "BX", 9.95)
add("DS-8-250-05", "Deck Screw #8 x 2-1/2\" Exterior Coated 5 lb Box", "BX", 38.50)
add("DS-8-300-05", "Deck Screw #8 x 3\" Exterior Coated 5 lb Box", "BX", 38.50)
add("DS-10-300-01", "Deck Screw #10 x 3\" Exterior Coated 1 lb Box", "BX", 10.75)
add("DS-10-300-05", "Deck Screw #10 x 3\" Exterior Coated 5 lb Box", "BX", 41.90)
add("DS-10-350-05", "Deck Screw #10 x 3-1/2\" Exterior Coated 5 lb Box", "BX", 43.90)
add("DS-CMP-10-275", "Composite Deck Screw #10 x 2-3/4\" (350/box)", "BX", 39.00, pack=350)
add("SS-516-400", "Structural Wood Screw 5/16\" x 4\" (50/box)", "BX", 36.50, pack=50)

# ---- connectors (house brand CRC) ----
add("FMH-26", "Face Mount Joist Hanger 2x6 G90", "EA", 1.38)
add("FMH-28", "Face Mount Joist Hanger 2x8 G90", "EA", 1.62)
add("FMH-210", "Face Mount Joist Hanger 2x10 G90", "EA", 1.95)
add("FMH-212", "Face Mount Joist Hanger 2x12 G90", "EA", 2.40)
add("FMH-26-2", "Face Mount Joist Hanger Double 2x6 G90", "EA", 4.85)
add("FMH-210-2", "Face Mount Joist Hanger Double 2x10 G90", "EA", 6.20)
add("HT-1", "Hurricane Tie Rafter/Truss G90", "EA", 0.89)
add("PB-44", "Adjustable Post Base 4x4 G90", "EA", 12.40)
add("PB-66", "Adjustable Post Base 6x6 G90", "EA", 21.75)
add("PC-44", "Post Cap 4x4 G90", "EA", 9.60)
add("FA-35", "Framing Angle 1-1/2\" x 1-1/2\" x 2-1/2\" G90", "EA", 0.95)

# ---- concrete & rebar ----
add("CM-60", "Concrete Mix 60 lb Bag", "BG", 5.45)
add("CM-80", "Concrete Mix 80 lb Bag", "BG", 6.95)
add("CM-HE80", "High Early Strength Concrete Mix 80 lb Bag", "BG", 9.25)
add("MM-60", "Mortar Mix Type N 60 lb Bag", "BG", 7.60)
add("PSM-50", "Fast Setting Post Mix 50 lb Bag", "BG", 8.95)
add("RB-3-20", "Rebar #3 (3/8\") x 20' Grade 60", "EA", 8.40, gtin=False)
add("RB-4-10", "Rebar #4 (1/2\") x 10' Grade 60", "EA", 7.10, gtin=False)
add("RB-4-20", "Rebar #4 (1/2\") x 20' Grade 60", "EA", 13.20, gtin=False)
add("RB-5-20", "Rebar #5 (5/8\") x 20' Grade 60", "EA", 20.60, gtin=False)
add("TW-16", "Rebar Tie Wire 16 ga 3.5 lb Roll", "RL", 8.75)
add("RBC-3", "Rebar Chair 3\" Plastic (Bag of 100)", "BG", 12.50, pack=100)
add("FT-08", "Concrete Form Tube 8\" x 4'", "EA", 9.80)
add("FT-10", "Concrete Form Tube 10\" x 4'", "EA", 12.95)
add("FT-12", "Concrete Form Tube 12\" x 4'", "EA", 16.50)

# ---- insulation ----
add("INS-R13K-15", "R-13 Kraft Faced Batt 3-1/2\" x 15\" x 93\" (40.1 sf/bag)", "BG", 39.90)
add("INS-R13U-15", "R-13 Unfaced Batt 3-1/2\" x 15\" x 93\" (40.1 sf/bag)", "BG", 37.50)
add("INS-R19K-15", "R-19 Kraft Faced Batt 6-1/4\" x 15\" x 93\" (48.9 sf/bag)", "BG", 52.80)
add("INS-R19U-15", "R-19 Unfaced Batt 6-1/4\" x 15\" x 93\" (48.9 sf/bag)", "BG", 50.40)
add("INS-R30K-16", "R-30 Kraft Faced Batt 10\" x 16\" x 48\" (53.3 sf/bag)", "BG", 58.90)
add("INS-R30K-24", "R-30 Kraft Faced Batt 10\" x 24\" x 48\" (80 sf/bag)", "BG", 61.40)
add("INS-R38U-24", "R-38 Unfaced Batt 12\" x 24\" x 48\" (64 sf/bag)", "BG", 64.50)
add("XPS-1-48", "1\" XPS Rigid Foam Board R-5 4x8", "EA", 31.50)
add("XPS-2-48", "2\" XPS Rigid Foam Board R-10 4x8", "EA", 56.80)
add("FOAM-GAP-12", "Gaps & Cracks Spray Foam Sealant 12 oz Can", "EA", 6.95)

# ---- wrap, flashing tape, poly ----
add("WRB-9-150", "Housewrap 9' x 150' Roll", "RL", 164.00)
add("WRB-10-150", "Housewrap 10' x 150' Roll", "RL", 179.00)
add("WRB-TAPE", "Housewrap Seam Tape 1-7/8\" x 165'", "RL", 11.95)
add("FLT-4-75", "Self-Adhered Window Flashing Tape 4\" x 75'", "RL", 19.80)
add("FLT-6-75", "Self-Adhered Window Flashing Tape 6\" x 75'", "RL", 27.40)
add("POLY-6-10100", "Poly Sheeting 6 mil Clear 10' x 100'", "RL", 64.00)
add("SILL-55-50", "Foam Sill Seal 5-1/2\" x 50'", "RL", 7.25)

# ---- roofing ----
add("SHG-AR-CHR", "Architectural Shingle Charcoal (33.3 sf/bundle, 3 bdl/sq)", "BDL", 38.90)
add("SHG-AR-WWD", "Architectural Shingle Weathered Wood (33.3 sf/bundle, 3 bdl/sq)", "BDL", 38.90)
add("SHG-AR-DRF", "Architectural Shingle Driftwood (33.3 sf/bundle, 3 bdl/sq)", "BDL", 38.90)
add("SHG-AR-SLT", "Architectural Shingle Slate Gray (33.3 sf/bundle, 3 bdl/sq)", "BDL", 38.90)
add("SHG-3T-CHR", "3-Tab Shingle Charcoal (33.3 sf/bundle)", "BDL", 31.50)
add("SHG-HR-CHR", "Hip & Ridge Cap Shingle Charcoal (33 lf/bundle)", "BDL", 62.00)
add("SHG-HR-WWD", "Hip & Ridge Cap Shingle Weathered Wood (33 lf/bundle)", "BDL", 62.00)
add("SHG-STR", "Starter Strip Shingle (105 lf/bundle)", "BDL", 49.00)
add("UL-SYN-10", "Synthetic Roof Underlayment 10 sq Roll (4' x 250')", "RL", 98.00)
add("UL-F15", "#15 Asphalt Felt 4 sq Roll", "RL", 24.50)
add("UL-F30", "#30 Asphalt Felt 2 sq Roll", "RL", 28.90)
add("UL-IWS-2", "Ice & Water Shield 36\" x 66.7' (2 sq) Roll", "RL", 79.00)
add("DE-AL-WHT-10", "Drip Edge Aluminum White 10'", "EA", 8.60)
add("DE-GAL-10", "Drip Edge Galvanized Steel 10'", "EA", 7.40)
add("FL-STEP-448", "Step Flashing 4\" x 4\" x 8\" Galv (Bundle of 100)", "BDL", 46.00, pack=100)
add("FL-ROLL-1050", "Aluminum Roll Flashing 10\" x 50'", "RL", 29.90)
add("RF-BOOT-3", "Pipe Flashing Boot 1-1/2\" to 3\"", "EA", 11.80)
add("RV-4", "Shingle-Over Ridge Vent 4'", "EA", 14.50)
add("RC-1G", "Roof Cement Plastic 1 gal", "EA", 13.90)

# ---- sealants & adhesives ----
add("CK-ACR-WHT", "Acrylic Latex Caulk White 10.1 oz", "EA", 3.45)
add("CK-SIL-CLR", "100% Silicone Sealant Clear 10.1 oz", "EA", 8.95)
add("CK-SIL-WHT", "100% Silicone Sealant White 10.1 oz", "EA", 8.95)
add("CK-PU-GRY", "Polyurethane Sealant Gray 10.1 oz", "EA", 9.80)
add("CK-FIRE-RED", "Firestop Sealant Red 10.1 oz", "EA", 14.75)
add("ADH-CONST-10", "Construction Adhesive 10 oz Tube", "EA", 4.95)
add("ADH-SUBF-28", "Subfloor Adhesive 28 oz Tube", "EA", 11.40)

# ---- boards ----
add("BRD-14-08", "1x4 x 8' #2 Pine Board", "EA", 6.40, gtin=False)
add("BRD-16-08", "1x6 x 8' #2 Pine Board", "EA", 9.25, gtin=False)
add("FUR-13-08", "1x3 x 8' Spruce Furring Strip", "EA", 2.15, gtin=False)

CATALOG = list(_items)
SKUS = {r[0]: r for r in CATALOG}


def price(sku):
    return float(SKUS[sku][3])


def desc(sku):
    return SKUS[sku][1]


CUSTOMERS = [
    # id, name, domains, ship-to name, street, city, region, postal, country
    ("C001", "Hartwell Framing LLC", "hartwellframing.com", "Hartwell Framing LLC - Yard",
     "42 Sawmill Lane", "Bellmont", "VT", "05441", "US"),
    ("C002", "Bluestem Remodeling Co.", "bluestemremodeling.com", "Bluestem Remodeling Co.",
     "915 Orchard Street", "Stowell", "VT", "05672", "US"),
    ("C003", "Kestrel Homes Inc.", "kestrelhomes.com;kestrel-homes.net", "Kestrel Homes Inc. - Purchasing",
     "2200 Meadowlark Parkway, Suite 300", "Windham Crossing", "VT", "05466", "US"),
    ("C004", "Fairhaven Unified School District", "fairhavenusd.org", "Fairhaven USD Central Receiving",
     "18 Depot Street", "Fairhaven Junction", "VT", "05499", "US"),
    ("C005", "Maplecrest Property Management", "maplecrestpm.com", "Maplecrest Property Management",
     "77 Commerce Way, Unit 4", "Bellmont", "VT", "05441", "US"),
    ("C006", "Summit Deck & Rail LLC", "summitdeckandrail.com", "Summit Deck & Rail LLC",
     "3 Granite Ridge Road", "North Tamsworth", "NH", "03891", "US"),
    ("C007", "Top Notch Roofing Co.", "topnotchroofingvt.com", "Top Notch Roofing Co.",
     "510 Route 7A", "Ashbury", "VT", "05730", "US"),
    ("C008", "Town of Brackett Falls", "brackettfalls-vt.gov", "Town of Brackett Falls - Public Works Garage",
     "260 Mill Pond Road", "Brackett Falls", "VT", "05488", "US"),
    ("C009", "Ironwood Cabinetry", "ironwoodcabinetry.com", "Ironwood Cabinetry",
     "14 Tannery Brook Road", "Stowell", "VT", "05672", "US"),
    ("C010", "BuildBarn Online, Inc.", "buildbarn-online.com;edi.buildbarn-online.com",
     "BuildBarn Fulfillment Center NE-2", "4800 Logistics Drive", "Keene Falls", "NH", "03435", "US"),
    ("C011", "Ortega Framing & Concrete", "ortegaframing.com", "Ortega Framing & Concrete",
     "88 Brickyard Road", "Windham Crossing", "VT", "05466", "US"),
    ("C012", "Construction Lavallee inc.", "constructionlavallee.ca", "Construction Lavallee inc.",
     "1450 rue des Erables", "Sainte-Odile-du-Lac", "QC", "J0E 2K0", "CA"),
]
