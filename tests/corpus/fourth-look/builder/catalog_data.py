"""Seller: Tidewater Flow & Pool Supply Co. -- plumbing, HVAC and pool & spa distributor."""

def _gtin(base12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)

# (sku, description, uom, price, pack_size)
ROWS = []
def add(sku, desc, uom, price, pack=1):
    ROWS.append((sku, desc, uom, price, pack))

# --- Plumbing -------------------------------------------------------------
for sz, lab, p in [("050", '1/2"', 3.85), ("075", '3/4"', 5.60), ("100", '1"', 9.40), ("125", '1-1/4"', 16.20), ("150", '1-1/2"', 22.75)]:
    add(f"CPE90-{sz}", f"Copper press elbow 90 deg {lab} press x press", "EA", p)
for sz, lab, p in [("050", '1/2"', 3.70), ("075", '3/4"', 5.35), ("100", '1"', 9.10), ("125", '1-1/4"', 15.80)]:
    add(f"CPE45-{sz}", f"Copper press elbow 45 deg {lab} press x press", "EA", p)
for sz, lab, pe, pb in [("050", '1/2"', 0.62, 13.50), ("075", '3/4"', 1.05, 23.00), ("100", '1"', 2.10, 46.00)]:
    add(f"CSC-{sz}", f"Copper sweat coupling {lab} C x C with stop", "EA", pe)
    add(f"CSC-{sz}-B25", f"Copper sweat coupling {lab} C x C with stop, box of 25", "BX", pb, 25)
for t, tl in [("L", "Type L"), ("M", "Type M")]:
    for sz, lab, p in [("050", '1/2"', 28.40 if t == "L" else 21.90), ("075", '3/4"', 44.80 if t == "L" else 34.60), ("100", '1"', 71.50 if t == "L" else 55.20)]:
        add(f"CP{t}-{sz}-10", f"Copper pipe {tl} hard drawn {lab} x 10 ft length", "EA", p)
for sz, lab, ln, col, p in [("050", '1/2"', 100, "RED", 46.00), ("050", '1/2"', 100, "BLU", 46.00), ("050", '1/2"', 100, "WHT", 44.50),
                            ("075", '3/4"', 100, "RED", 82.00), ("075", '3/4"', 100, "BLU", 82.00), ("075", '3/4"', 100, "WHT", 79.50),
                            ("050", '1/2"', 300, "WHT", 126.00), ("100", '1"', 100, "WHT", 138.00)]:
    cn = {"RED": "red", "BLU": "blue", "WHT": "white"}[col]
    add(f"PEXA-{sz}-{ln}-{col}", f"PEX-A tubing {lab} x {ln} ft coil, {cn}", "RL", p)
add("PCR-050-B100", 'PEX copper crimp ring 1/2", bag of 100', "BG", 18.90, 100)
add("PCR-075-B100", 'PEX copper crimp ring 3/4", bag of 100', "BG", 27.40, 100)
add("PCR-100-B50", 'PEX copper crimp ring 1", bag of 50', "BG", 24.60, 50)
add("PCC-050-B100", 'PEX stainless cinch clamp 1/2", bag of 100', "BG", 29.80, 100)
add("PCC-075-B100", 'PEX stainless cinch clamp 3/4", bag of 100', "BG", 41.20, 100)
for sz, lab, p in [("050", '1/2"', 11.80), ("075", '3/4"', 15.90), ("100", '1"', 24.50), ("125", '1-1/4"', 39.00)]:
    add(f"BV-FP-T{sz}", f"Brass ball valve full port {lab} FIP x FIP threaded, lever handle", "EA", p)
for sz, lab, p in [("050", '1/2"', 12.40), ("075", '3/4"', 16.70), ("100", '1"', 25.90)]:
    add(f"BV-FP-S{sz}", f"Brass ball valve full port {lab} sweat x sweat, lever handle", "EA", p)
for sz, lab, p in [("050", '1/2"', 13.20), ("075", '3/4"', 17.60)]:
    add(f"BV-FP-X{sz}", f"Brass ball valve full port {lab} PEX crimp x PEX crimp", "EA", p)
add("PTFE-W-050", 'PTFE thread seal tape white 1/2" x 520", standard density', "RL", 0.95)
add("PTFE-W-075", 'PTFE thread seal tape white 3/4" x 1429", standard density', "RL", 2.10)
add("PTFE-Y-050", 'PTFE thread seal tape yellow gas-line 1/2" x 260"', "RL", 1.85)
add("PTFE-P-075", 'PTFE thread seal tape pink heavy-duty 3/4" x 520"', "RL", 2.45)
add("PTFE-W-050-DZ", 'PTFE thread seal tape white 1/2" x 520", dozen rolls', "DZ", 10.20, 12)
add("TSP-050", "Pipe thread sealant paste with PTFE, 50 ml tube", "TB", 4.30)
add("TSP-100", "Pipe thread sealant paste with PTFE, 100 ml tube", "TB", 6.90)
add("TSP-250", "Pipe thread sealant paste with PTFE, 250 ml tube", "TB", 12.80)
add("SLD-LF-1LB", "Lead-free solder wire 95/5 1/8 in, 1 lb spool", "RL", 38.50)
add("SLD-LF-HLB", "Lead-free solder wire 95/5 1/8 in, 1/2 lb spool", "RL", 21.40)
add("FLX-2OZ", "Water-soluble soldering flux paste, 2 oz jar", "EA", 4.60)
add("FLX-4OZ", "Water-soluble soldering flux paste, 4 oz jar", "EA", 7.20)
add("FLX-8OZ", "Water-soluble soldering flux paste, 8 oz jar", "EA", 11.90)
add("PT-PVC-125", 'P-trap PVC 1-1/4" with slip nut and washer', "EA", 6.80)
add("PT-PVC-150", 'P-trap PVC 1-1/2" with slip nut and washer', "EA", 7.40)
add("PT-ABS-150", 'P-trap ABS 1-1/2" hub x hub', "EA", 8.10)
add("PT-ABS-200", 'P-trap ABS 2" hub x hub', "EA", 11.60)
add("SSL-F-12", 'Braided stainless faucet supply line 3/8" comp x 1/2" FIP, 12 in', "EA", 5.40)
add("SSL-F-16", 'Braided stainless faucet supply line 3/8" comp x 1/2" FIP, 16 in', "EA", 5.90)
add("SSL-F-20", 'Braided stainless faucet supply line 3/8" comp x 1/2" FIP, 20 in', "EA", 6.50)
add("SSL-T-12", 'Braided stainless toilet supply line 3/8" comp x 7/8" ballcock, 12 in', "EA", 5.60)
add("SSL-T-20", 'Braided stainless toilet supply line 3/8" comp x 7/8" ballcock, 20 in', "EA", 6.70)
add("AS-QT-SW", 'Angle stop quarter-turn 1/2" sweat x 3/8" comp, chrome', "EA", 8.90)
add("AS-QT-FIP", 'Angle stop quarter-turn 1/2" FIP x 3/8" comp, chrome', "EA", 8.40)
add("AS-QT-PEX", 'Angle stop quarter-turn 1/2" PEX crimp x 3/8" comp, chrome', "EA", 9.30)
# --- HVAC ------------------------------------------------------------------
for merv, base in [(8, 38.0), (11, 62.0), (13, 84.0)]:
    for dim, f in [("16x20x1", 1.0), ("16x25x1", 1.08), ("20x20x1", 1.10), ("20x25x1", 1.18)]:
        code = dim.replace("x", "")
        add(f"AF-M{merv}-{code}", f"Pleated air filter MERV {merv} {dim}, case of 12", "CS", round(base * f, 2), 12)
add("FTP-48-50", "Aluminium foil HVAC tape 48 mm x 50 m (1.9 in x 55 yd)", "RL", 9.80)
add("FTP-63-55", "Aluminium foil HVAC tape 63 mm x 55 m (2.5 in x 60 yd)", "RL", 13.40)
add("FTP-72-55", "Aluminium foil HVAC tape 72 mm x 55 m (2.8 in x 60 yd)", "RL", 15.20)
add("DMS-1G", "Duct sealant mastic water-based, grey, 1 gal pail", "EA", 24.90)
add("DMS-2G", "Duct sealant mastic water-based, grey, 2 gal pail", "EA", 44.50)
add("DMS-C10", "Duct sealant mastic water-based, grey, 10.1 oz cartridge", "TB", 6.70)
add("LS-1438-25", 'Copper line set 1/4" x 3/8" insulated, 25 ft', "SET", 96.00)
add("LS-1412-25", 'Copper line set 1/4" x 1/2" insulated, 25 ft', "SET", 108.00)
add("LS-3834-50", 'Copper line set 3/8" x 3/4" insulated, 50 ft', "SET", 238.00)
add("LS-3878-50", 'Copper line set 3/8" x 7/8" insulated, 50 ft', "SET", 276.00)
add("CDP-115", "Condensate removal pump 115 V, 1/30 HP, with safety switch", "EA", 68.00)
add("CDP-230", "Condensate removal pump 230 V, 1/30 HP, with safety switch", "EA", 74.00)
add("CTB-38-50", 'Condensate drain tubing clear vinyl 3/8" ID x 50 ft', "RL", 14.20)
add("CTB-14-50", 'Condensate drain tubing clear vinyl 1/4" ID x 50 ft', "RL", 11.60)
for r, sizes in [("R6", [("06", '6"', 31.0), ("08", '8"', 36.5), ("10", '10"', 44.0)]), ("R8", [("06", '6"', 37.0), ("08", '8"', 43.5)])]:
    for code, lab, p in sizes:
        add(f"FD-{r}-{code}", f"Insulated flexible duct {r} {lab} x 25 ft, silver jacket", "EA", p)
add("PIF-050-6", 'Foam pipe insulation 1/2" wall for 1/2" pipe, 6 ft', "EA", 2.40)
add("PIF-075-6", 'Foam pipe insulation 1/2" wall for 3/4" pipe, 6 ft', "EA", 2.90)
add("PIF-100-6", 'Foam pipe insulation 1/2" wall for 1" pipe, 6 ft', "EA", 3.60)
# --- Pool & spa --------------------------------------------------------------
add("TRI3-25LB", 'Trichlor chlorine tablets 3", stabilized, 25 lb pail', "EA", 109.00)
add("TRI3-50LB", 'Trichlor chlorine tablets 3", stabilized, 50 lb pail', "EA", 205.00)
add("TRI1-25LB", 'Trichlor chlorine tablets 1", stabilized, 25 lb pail', "EA", 114.00)
add("TRI3-10KG", 'Trichlor chlorine tablets 200 g (3"), stabilized, 10 kg drum', "DR", 96.00)
add("TRI-STK-8LB", "Trichlor chlorine sticks, 8 lb tub", "EA", 46.00)
add("CHS-1LB-24", "Cal-hypo shock 68% granular, 1 lb bag, case of 24", "CS", 79.00, 24)
add("CHS-45KG", "Cal-hypo shock 68% granular, 45 kg drum", "DR", 212.00)
add("CHS-BULK", "Cal-hypo shock 68% granular, bulk, per kg", "KGM", 4.90)
add("LCL-4X1G", "Liquid chlorine sodium hypochlorite 12.5%, 4 x 1 gal case", "CS", 24.50, 4)
add("LCL-20L", "Liquid chlorine sodium hypochlorite 12.5%, 20 L jerrycan", "EA", 31.00)
add("LCL-BULK", "Liquid chlorine sodium hypochlorite 12.5%, bulk delivery, per litre", "LTR", 0.62)
add("MUR-4X1G", "Muriatic acid 31.45%, 4 x 1 gal case", "CS", 29.00, 4)
add("MUR-2X1G", "Muriatic acid 31.45%, 2 x 1 gal case", "CS", 15.80, 2)
add("MUR-DR55", "Muriatic acid 31.45%, 55 gal drum", "DR", 318.00)
add("PHD-10LB", "pH decreaser sodium bisulfate dry acid, 10 lb bag", "BG", 19.60)
add("PHD-25LB", "pH decreaser sodium bisulfate dry acid, 25 lb bag", "BG", 41.50)
add("PHU-5LB", "pH increaser soda ash, 5 lb bag", "BG", 9.80)
add("PHU-25LB", "pH increaser soda ash, 25 lb bag", "BG", 34.90)
add("ALK-12LB", "Alkalinity increaser sodium bicarbonate, 12 lb bag", "BG", 17.50)
add("ALK-50LB", "Alkalinity increaser sodium bicarbonate, 50 lb bag", "BG", 49.00)
add("ALK-BULK", "Alkalinity increaser sodium bicarbonate, bulk, per kg", "KGM", 1.45)
add("CAL-10LB", "Calcium hardness increaser calcium chloride, 10 lb bag", "BG", 18.40)
add("CAL-25LB", "Calcium hardness increaser calcium chloride, 25 lb bag", "BG", 38.20)
add("CYA-4LB", "Stabilizer conditioner cyanuric acid, 4 lb tub", "EA", 27.50)
add("CYA-25LB", "Stabilizer conditioner cyanuric acid, 25 lb pail", "EA", 132.00)
add("ALG-60-QT", "Algaecide 60% polyquat, 1 qt bottle", "EA", 16.90)
add("ALG-60-GAL", "Algaecide 60% polyquat, 1 gal jug", "EA", 49.00)
add("ALG-10-GAL", "Algaecide 10% non-foaming, 1 gal jug", "EA", 22.50)
add("ALG-BLK-QT", "Black algae treatment, 1 qt bottle", "EA", 21.80)
add("ALG-60-5L", "Algaecide 60% polyquat, 5 L jerrycan", "EA", 58.00)
add("CLR-QT", "Water clarifier, 1 qt bottle", "EA", 12.40)
add("CLR-GAL", "Water clarifier, 1 gal jug", "EA", 34.80)
add("TST-4W-50", "Pool test strips 4-way (FC, TC, pH, TA), bottle of 50", "PK", 11.20, 50)
add("TST-6W-50", "Pool test strips 6-way (FC, TC, pH, TA, CH, CYA), bottle of 50", "PK", 14.60, 50)
add("TST-7W-100", "Pool test strips 7-way incl. bromine, bottle of 100", "PK", 24.90, 100)
add("DPD-1-15", "DPD reagent #1 refill, 15 ml dropper bottle", "EA", 7.40)
add("DPD-2-15", "DPD reagent #2 refill, 15 ml dropper bottle", "EA", 7.40)
add("DPD-3-15", "DPD reagent #3 refill, 15 ml dropper bottle", "EA", 7.90)
add("PHR-15", "Phenol red pH reagent refill, 15 ml dropper bottle", "EA", 6.90)
add("SKB-STD", "Skimmer basket standard round 7-7/8 in", "EA", 9.40)
add("SKB-WIDE", "Skimmer basket wide-mouth 9-1/4 in", "EA", 12.60)
add("PU-150-PR", 'Pump union 1-1/2" slip, with o-ring (pair)', "PR", 14.80)
add("PU-200-PR", 'Pump union 2" slip, with o-ring (pair)', "PR", 18.90)
add("CF-100", "Cartridge filter element 100 sq ft, 7 in x 19-7/8 in", "EA", 54.00)
add("CF-150", "Cartridge filter element 150 sq ft, 8-15/16 in x 23-1/2 in", "EA", 78.00)
add("CF-200", "Cartridge filter element 200 sq ft, 8-15/16 in x 27 in", "EA", 96.00)
add("DEP-25LB", "DE filter powder diatomaceous earth, 25 lb bag", "BG", 36.50)
add("ORL-TB", "O-ring lubricant silicone, 1 oz tube", "TB", 8.20)
add("BRS-18-NY", "Pool wall brush 18 in, nylon bristle", "EA", 16.50)
add("BRS-18-SS", "Pool wall brush 18 in, stainless steel bristle", "EA", 22.80)
add("BRS-24-NY", "Pool wall brush 24 in, nylon bristle", "EA", 21.40)
add("LNT-FLAT", "Leaf skimmer net flat, fine mesh", "EA", 13.90)
add("LNT-BAG", "Leaf rake net deep bag, heavy duty", "EA", 24.60)
add("TPL-16-8", "Telescopic pole 8-16 ft, aluminium", "EA", 34.00)
add("VHS-15-35", 'Vacuum hose 1-1/2" x 35 ft, swivel cuff', "EA", 42.00)
add("VHS-15-50", 'Vacuum hose 1-1/2" x 50 ft, swivel cuff', "EA", 56.00)

CATALOG = []
for i, (sku, desc, uom, price, pack) in enumerate(ROWS):
    CATALOG.append(dict(sku=sku, description=desc, uom=uom, unit_price=f"{price:.2f}",
                        gtin=_gtin("0846215" + f"{i + 100:05d}"), pack_size=pack))
BY_SKU = {r["sku"]: r for r in CATALOG}
assert len(BY_SKU) == len(CATALOG)
