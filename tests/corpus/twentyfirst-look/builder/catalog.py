"""Brackenford Building Supplies catalog (fictional). Deterministic."""

ITEMS = []  # (sku, description, uom, unit_price, pack_size)


def add(sku, desc, uom, price, pack=""):
    ITEMS.append((sku, desc, uom, price, pack))


# ---- Timber: structural, by section, grade and length (sold per length) ----
def _len_code(m):
    return "%03d" % round(m * 100)


c24 = {
    (47, 75): [3.6, 4.8],
    (47, 100): [3.0, 3.6, 4.2, 4.8, 5.4],
    (47, 125): [3.6, 4.8],
    (47, 150): [3.6, 4.2, 4.8, 5.4],
    (47, 175): [4.8],
    (47, 200): [3.6, 4.8, 6.0],
    (47, 225): [4.8, 6.0],
    (75, 100): [3.6],
}
base_m = {75: 1.55, 100: 2.05, 125: 2.70, 150: 3.10, 175: 3.75, 200: 4.20, 225: 4.95}
for (t, w), lens in c24.items():
    for L in lens:
        pm = base_m[w] * (1.55 if t == 75 else 1.0)
        add("TC24-%d%03d-%s" % (t, w, _len_code(L)),
            "C24 kiln dried treated regularised %dx%dmm x %.1fm" % (t, w, L), "EA", round(pm * L, 2))
for (t, w), lens in {(47, 100): [3.6, 4.8], (47, 150): [3.6, 4.8]}.items():
    for L in lens:
        add("TC16-%d%03d-%s" % (t, w, _len_code(L)),
            "C16 kiln dried treated %dx%dmm x %.1fm" % (t, w, L), "EA", round(base_m[w] * 0.9 * L, 2))
for (t, w), lens in {(38, 63): [2.4, 3.0], (38, 89): [2.4, 3.0, 3.6], (38, 140): [3.6]}.items():
    for L in lens:
        add("TCLS-%d%03d-%s" % (t, w, _len_code(L)),
            "CLS studwork planed %dx%dmm x %.1fm" % (t, w, L), "EA",
            round({63: 1.25, 89: 1.70, 140: 2.90}[w] * L, 2))
for (t, w), lens in {(25, 38): [3.6, 4.8], (25, 50): [3.6, 4.8], (38, 50): [3.6, 4.8]}.items():
    for L in lens:
        add("TBAT-%d%03d-%s" % (t, w, _len_code(L)),
            "Treated roofing batten BS5534 %dx%dmm x %.1fm" % (t, w, L), "EA",
            round({(25, 38): 0.52, (25, 50): 0.68, (38, 50): 1.05}[(t, w)] * L, 2))
for (t, w), lens in {(19, 38): [2.4], (25, 50): [2.4], (22, 100): [3.0], (22, 150): [3.0]}.items():
    for L in lens:
        add("TSWN-%d%03d-%s" % (t, w, _len_code(L)),
            "Sawn treated softwood %dx%dmm x %.1fm" % (t, w, L), "EA",
            round({38: 0.45, 50: 0.60, 100: 0.95, 150: 1.40}[w] * L, 2))
for (t, w), lens in {(18, 94): [2.4, 3.0], (18, 144): [2.4, 3.0], (25, 150): [2.4]}.items():
    for L in lens:
        add("TPAR-%d%03d-%s" % (t, w, _len_code(L)),
            "PAR redwood planed all round %dx%dmm (finished) x %.1fm" % (t, w, L), "EA",
            round({94: 2.30, 144: 3.40, 150: 4.60}[w] * L, 2))
for L in [3.6, 4.8]:
    add("TDEC-32125-%s" % _len_code(L), "Treated grooved decking board 32x125mm x %.1fm" % L, "EA",
        round(2.15 * L, 2))
add("TDEC-JST-47150-480", "Treated decking joist 47x150mm x 4.8m (green)", "EA", 13.95)
add("TPST-100-240", "Treated fence post 100x100mm x 2.4m", "EA", 14.20)
add("TPST-075-240", "Treated fence post 75x75mm x 2.4m", "EA", 8.60)
add("TPST-100-300", "Treated fence post 100x100mm x 3.0m", "EA", 17.80)

# ---- Sheet materials ----
sheets = [
    ("SOSB-09-2412", "OSB3 board 9mm 2440x1220mm", 13.40),
    ("SOSB-11-2412", "OSB3 board 11mm 2440x1220mm", 15.90),
    ("SOSB-18-2412", "OSB3 board 18mm 2440x1220mm", 24.80),
    ("SOSB-18-TG-2459", "OSB3 tongue & groove 18mm 2397x590mm", 16.60),
    ("SOSB-22-TG-2459", "OSB3 tongue & groove 22mm 2397x590mm", 20.10),
    ("SPLY-HW-09-2412", "Hardwood faced plywood 9mm 2440x1220mm", 22.50),
    ("SPLY-HW-12-2412", "Hardwood faced plywood 12mm 2440x1220mm", 28.40),
    ("SPLY-HW-18-2412", "Hardwood faced plywood 18mm 2440x1220mm", 39.90),
    ("SPLY-SW-12-2412", "Structural softwood plywood 12mm 2440x1220mm", 26.20),
    ("SPLY-SW-18-2412", "Structural softwood plywood 18mm 2440x1220mm", 34.70),
    ("SPLY-MAR-18-2412", "Marine plywood BS1088 18mm 2440x1220mm", 78.00),
    ("SMDF-06-2412", "MDF standard 6mm 2440x1220mm", 11.20),
    ("SMDF-12-2412", "MDF standard 12mm 2440x1220mm", 17.60),
    ("SMDF-18-2412", "MDF standard 18mm 2440x1220mm", 24.30),
    ("SMDF-18-1806", "MDF standard 18mm 1830x610mm", 9.10),
    ("SMDF-MR-18-2412", "MDF moisture resistant 18mm 2440x1220mm", 33.50),
    ("SCHP-18-TG-2460", "Chipboard flooring P5 T&G 18mm 2400x600mm", 9.80),
    ("SCHP-22-TG-2460", "Chipboard flooring P5 T&G 22mm 2400x600mm", 11.90),
    ("SHBD-32-2412", "Hardboard 3.2mm 2440x1220mm", 8.40),
    ("SCEM-12-2412", "Cement particle board 12mm 2400x1200mm", 41.00),
]
for s in sheets:
    add(s[0], s[1], "EA", s[2])

# ---- Plasterboard & drylining ----
boards = [
    ("PLB-STD-095-1809", "Plasterboard standard 9.5mm 1800x900mm square edge", 6.40),
    ("PLB-STD-125-1809", "Plasterboard standard 12.5mm 1800x900mm tapered edge", 7.10),
    ("PLB-STD-125-2412", "Plasterboard standard 12.5mm 2400x1200mm tapered edge", 9.20),
    ("PLB-STD-125-2712", "Plasterboard standard 12.5mm 2700x1200mm tapered edge", 10.60),
    ("PLB-STD-150-2412", "Plasterboard standard 15mm 2400x1200mm tapered edge", 11.40),
    ("PLB-MR-125-2412", "Plasterboard moisture resistant 12.5mm 2400x1200mm TE (green)", 12.30),
    ("PLB-MR-150-2412", "Plasterboard moisture resistant 15mm 2400x1200mm TE (green)", 14.80),
    ("PLB-FR-125-2412", "Plasterboard fire resistant 12.5mm 2400x1200mm TE (pink)", 11.90),
    ("PLB-FR-150-2412", "Plasterboard fire resistant 15mm 2400x1200mm TE (pink)", 13.70),
    ("PLB-AC-150-2412", "Plasterboard acoustic 15mm 2400x1200mm TE (blue)", 15.20),
]
for s in boards:
    add(s[0], s[1], "EA", s[2])
add("PLS-MF-25", "Multi-finish plaster 25kg bag", "BAG", 11.40)
add("PLS-BC-25", "Bonding coat plaster 25kg bag", "BAG", 12.90)
add("PLS-HW-25", "Hardwall backing plaster 25kg bag", "BAG", 12.20)
add("PLS-JF-12", "Jointing compound ready mixed 12L tub", "EA", 17.50)
add("PLS-SCR-090", "Scrim tape self-adhesive 50mm x 90m", "RL", 2.80)
add("PLS-SCR-150", "Scrim tape self-adhesive 100mm x 90m", "RL", 4.90)
add("PLS-BEAD-ANG-30", "Angle bead galvanised 3.0m", "EA", 1.95)
add("PLS-BEAD-ANG-24", "Angle bead galvanised 2.4m", "EA", 1.60)
add("PLS-BEAD-STP-30", "Stop bead 10mm galvanised 3.0m", "EA", 2.10)
add("DRY-SCR-3525-1000", "Drywall screws 3.5x25mm black phosphate box of 1000", "BX", 8.90)
add("DRY-SCR-3538-1000", "Drywall screws 3.5x38mm black phosphate box of 1000", "BX", 10.40)
add("DRY-SCR-3550-500", "Drywall screws 3.5x50mm black phosphate box of 500", "BX", 8.20)
add("DRY-ADH-25", "Drywall adhesive (dot & dab) 25kg bag", "BAG", 10.80)

# ---- Screws, bolts, nails, fixings ----
mp = [  # multi-purpose wood screws, yellow zinc, pozi
    ((3.5, 30), [200]), ((4.0, 30), [200]), ((4.0, 40), [200, 100]), ((4.0, 50), [200, 100]),
    ((4.5, 50), [200]), ((5.0, 50), [200, 100]), ((5.0, 60), [200, 100]), ((5.0, 70), [100]),
    ((5.0, 80), [100]), ((5.0, 100), [100]), ((6.0, 100), [100]), ((6.0, 120), [50]),
]
for (d, l), packs in mp:
    for p in packs:
        add("SCR-MP-%02d%03d-%d" % (round(d * 10), l, p),
            "Multi-purpose wood screw yellow zinc %.1fx%dmm box of %d" % (d, l, p), "BX",
            round(1.2 + d * l * p * 0.00012, 2), "%d" % p)
for (d, l) in [(4.0, 40), (5.0, 50), (5.0, 60)]:
    add("SCR-A2-%02d%03d-100" % (round(d * 10), l),
        "Stainless steel A2 wood screw %.1fx%dmm box of 100" % (d, l), "BX",
        round(0.05 * d * l + 4, 2), "100")
for (d, l) in [(4.5, 50), (4.5, 60)]:
    add("SCR-DK-%02d%03d-250" % (round(d * 10), l),
        "Decking screw green coated %.1fx%dmm tub of 250" % (d, l), "EA", round(0.05 * d * l, 2), "250")
for l in [100, 150, 200, 250]:
    add("SCR-TF-67%03d-50" % l, "Timber frame screw 6.7x%dmm box of 50" % l, "BX",
        round(0.11 * l + 3, 2), "50")
for (m, l) in [(10, 100), (10, 120), (12, 150)]:
    add("BLT-CB-M%d%03d-10" % (m, l), "Coach bolt & nut M%dx%dmm BZP pack of 10" % (m, l), "PK",
        round(0.035 * m * l / 10 + 2, 2), "10")
for (m, l) in [(8, 75), (10, 100), (12, 100)]:
    add("BLT-CS-M%d%03d-50" % (m, l), "Coach screw M%dx%dmm BZP box of 50" % (m, l), "BX",
        round(0.02 * m * l + 3, 2), "50")
for (m, l) in [(10, 100), (12, 100), (12, 150)]:
    add("BLT-HX-M%d%03d-10" % (m, l), "Hex bolt M%dx%dmm grade 8.8 BZP pack of 10" % (m, l), "PK",
        round(0.03 * m * l / 10 + 2.5, 2), "10")
for m in [8, 10, 12]:
    add("BLT-ROD-M%d-1000" % m, "Threaded rod M%d x 1m BZP" % m, "EA", round(0.22 * m, 2))
    add("BLT-NUT-M%d-100" % m, "Hex nut M%d BZP box of 100" % m, "BX", round(0.5 * m, 2), "100")
    add("BLT-WSH-M%d-100" % m, "Form A washer M%d BZP box of 100" % m, "BX", round(0.35 * m, 2), "100")
for (d, l) in [(7.5, 100), (7.5, 150)]:
    add("FIX-FRM-75%03d-100" % l, "Concrete frame screw 7.5x%dmm box of 100" % l, "BX",
        round(0.17 * l + 2, 2), "100")
add("FIX-HAM-660-100", "Hammer fixing 6x60mm box of 100", "BX", 6.90, "100")
add("FIX-HAM-880-100", "Hammer fixing 8x80mm box of 100", "BX", 9.40, "100")
add("NAIL-RW-075-25", "Round wire nails bright 75mm 2.5kg tub", "EA", 8.60)
add("NAIL-RW-100-25", "Round wire nails bright 100mm 2.5kg tub", "EA", 8.60)
add("NAIL-RW-125-25", "Round wire nails bright 125mm 2.5kg tub", "EA", 8.90)
add("NAIL-CL-030-1", "Galvanised clout nails 30mm 1kg", "EA", 4.20)
add("NAIL-CL-040-1", "Galvanised clout nails 40mm 1kg", "EA", 4.20)
add("NAIL-OV-050-1", "Oval nails bright 50mm 1kg", "EA", 3.90)
add("NAIL-FR-3190-2200", "Collated framing nails 3.1x90mm ring shank galv + gas, box of 2200", "BX", 54.00, "2200")
add("NAIL-FR-2863-3300", "Collated framing nails 2.8x63mm ring shank galv + gas, box of 3300", "BX", 49.00, "3300")
add("HNG-JH-47100", "Joist hanger galvanised 47x100mm", "EA", 1.35)
add("HNG-JH-47150", "Joist hanger galvanised 47x150mm", "EA", 1.65)
add("HNG-JH-47200", "Joist hanger galvanised 47x200mm", "EA", 2.05)
add("HNG-RS-1000", "Restraint strap 30x5mm x 1000mm galvanised", "EA", 3.40)

# ---- Insulation ----
for t, p in [(25, 17.50), (50, 27.90), (75, 38.40), (100, 46.80), (120, 55.20), (150, 68.90)]:
    add("INS-PIR-%03d" % t, "PIR insulation board foil faced %dmm 2400x1200mm" % t, "EA", p)
add("INS-LR-100", "Mineral wool loft roll 100mm (8.3m2 roll)", "RL", 24.50)
add("INS-LR-170", "Mineral wool loft roll 170mm (5.6m2 roll)", "RL", 26.90)
add("INS-LR-200", "Mineral wool loft roll 200mm (5.0m2 roll)", "RL", 27.40)
add("INS-AC-050", "Acoustic mineral wool slab 50mm (pack 8.64m2)", "PK", 31.00)
add("INS-AC-100", "Acoustic mineral wool slab 100mm (pack 4.32m2)", "PK", 31.00)
add("INS-CAV-100", "Cavity wall batt 100mm (pack 4.37m2)", "PK", 22.60)
add("INS-TAPE-AL-45", "Aluminium foil tape 75mm x 45m", "RL", 6.80)

# ---- Adhesives & sealants ----
seal = [
    ("ADH-GRAB-290-W", "Grab adhesive solvent free white 290ml", 4.60),
    ("ADH-GRAB-290-C", "Grab adhesive crystal clear 290ml", 6.20),
    ("ADH-PU-310", "Polyurethane construction adhesive 310ml", 7.40),
    ("ADH-PVA-1L", "PVA bond & sealer 1L", 3.80),
    ("ADH-PVA-5L", "PVA bond & sealer 5L", 11.50),
    ("ADH-WOOD-1L", "D3 waterproof wood glue 1L", 8.90),
    ("SEA-SIL-310-W", "Sanitary silicone sealant white 310ml", 4.90),
    ("SEA-SIL-310-C", "Sanitary silicone sealant clear 310ml", 4.90),
    ("SEA-SIL-310-B", "Sanitary silicone sealant black 310ml", 5.10),
    ("SEA-CAULK-380-W", "Decorators caulk white 380ml", 2.30),
    ("SEA-FRM-310-W", "Low modulus frame sealant white 310ml", 5.60),
    ("SEA-FRM-310-BR", "Low modulus frame sealant brown 310ml", 5.60),
    ("SEA-FOAM-750-G", "Expanding foam gun grade 750ml", 7.20),
    ("SEA-FOAM-750-H", "Expanding foam hand-held 750ml", 6.40),
    ("SEA-FOAM-FR-750", "Fire rated expanding foam B1 gun grade 750ml", 11.80),
    ("SEA-FOAM-CLN-500", "Foam gun cleaner 500ml", 4.50),
]
for s in seal:
    add(s[0], s[1], "EA", s[2])

# ---- Concrete, mortar, aggregates, masonry ----
add("CEM-OPC-25", "General purpose cement 25kg bag (pallet of 56)", "BAG", 6.95, "1")
add("CEM-OPC-25-PAL", "General purpose cement 25kg - full pallet of 56 bags", "EA", 369.00, "56")
add("CEM-MORT-20", "Ready-mixed mortar 20kg bag", "BAG", 6.20)
add("CEM-CONC-20", "Ready-mixed concrete 20kg bag", "BAG", 5.90)
add("CEM-PCRT-20", "Postcrete rapid set 20kg bag", "BAG", 7.40)
add("CEM-PLAST-5L", "Mortar plasticiser 5L", "EA", 6.70)
add("CEM-PVA-WP-5L", "Waterproofer liquid 5L", "EA", 8.30)
add("AGG-BAL-BB", "All-in ballast 20mm bulk bag (approx 850kg)", "EA", 62.00)
add("AGG-SHS-BB", "Sharp sand bulk bag (approx 850kg)", "EA", 64.00)
add("AGG-BDS-BB", "Building (soft) sand bulk bag (approx 850kg)", "EA", 61.00)
add("AGG-MOT-BB", "MOT type 1 sub-base bulk bag (approx 850kg)", "EA", 58.00)
add("AGG-SHS-25", "Sharp sand 25kg handy bag", "BAG", 3.40)
add("AGG-BDS-25", "Building sand 25kg handy bag", "BAG", 3.30)
add("BLK-DN7-100", "Dense concrete block 7N 440x215x100mm (pallet 72)", "EA", 1.85, "1")
add("BLK-DN7-140", "Dense concrete block 7N 440x215x140mm (pallet 48)", "EA", 2.90, "1")
add("BLK-AER-100", "Aerated concrete block 3.6N 440x215x100mm (pallet 100)", "EA", 2.35, "1")
add("BLK-AER-140", "Aerated concrete block 3.6N 440x215x140mm (pallet 72)", "EA", 3.25, "1")
add("BRK-ENG-B-RED", "Class B engineering brick red solid 65mm (pack 400)", "EA", 0.78, "1")
add("BRK-COM-65", "Common brick 65mm (pack 500)", "EA", 0.52, "1")
add("LNT-CON-100-1200", "Prestressed concrete lintel 100x65mm x 1200mm", "EA", 9.80)
add("LNT-CON-100-1500", "Prestressed concrete lintel 100x65mm x 1500mm", "EA", 12.40)
add("LNT-CON-100-1800", "Prestressed concrete lintel 100x65mm x 1800mm", "EA", 14.90)
add("WTI-225-250", "Wall tie stainless 225mm box of 250", "BX", 32.00, "250")

# ---- Site consumables ----
cons = [
    ("CON-DPM-1200-425", "Polythene DPM 1200 gauge 4m x 25m roll black", "RL", 64.00),
    ("CON-VCL-500-425", "Vapour control layer 500 gauge 4m x 25m clear", "RL", 42.00),
    ("CON-DPC-100-30", "DPC roll 100mm x 30m", "RL", 6.40),
    ("CON-DPC-150-30", "DPC roll 150mm x 30m", "RL", 8.90),
    ("CON-DPC-225-30", "DPC roll 225mm x 30m", "RL", 12.80),
    ("CON-MEM-BRE-50", "Breathable roofing membrane 1m x 50m", "RL", 39.00),
    ("CON-RUB-10", "Heavy duty rubble sacks pack of 10", "PK", 3.20),
    ("CON-RUB-100", "Heavy duty rubble sacks pack of 100", "PK", 24.00),
    ("CON-TAPE-DUCT-50", "Duct tape silver 50mm x 50m", "RL", 4.40),
    ("CON-TAPE-MASK-50", "Masking tape 50mm x 50m", "RL", 2.10),
    ("CON-TAPE-MASK-25", "Masking tape 25mm x 50m", "RL", 1.20),
    ("CON-DUST-12x9", "Cotton twill dust sheet 12x9ft", "EA", 9.90),
    ("CON-PROT-FLR-25", "Floor protection film self-adhesive 600mm x 100m", "RL", 29.00),
    ("CON-BKT-14L", "Builders bucket black 14L", "EA", 2.20),
    ("CON-TUB-40L", "Flexi tub 40L", "EA", 6.90),
    ("CON-BLD-SK-10", "Utility knife blades pack of 10", "PK", 2.40),
    ("CON-BLD-SK-100", "Utility knife blades dispenser of 100", "PK", 14.50),
    ("CON-PNCL-CP-12", "Carpenters pencils pack of 12", "PK", 3.60),
    ("CON-LINE-SP-50", "Spray line marker paint 750ml", "EA", 6.80),
    ("CON-TIE-300-100", "Cable ties black 4.8x300mm pack of 100", "PK", 4.20),
    ("CON-TIE-200-100", "Cable ties black 4.8x200mm pack of 100", "PK", 3.10),
]
for s in cons:
    add(*s)

# ---- PPE ----
for size in ["M", "L", "XL", "XXL"]:
    add("PPE-HV-VEST-Y-%s" % size, "Hi-vis vest yellow EN ISO 20471 size %s" % size, "EA", 2.40)
for size in ["L", "XL"]:
    add("PPE-HV-VEST-O-%s" % size, "Hi-vis vest orange EN ISO 20471 size %s" % size, "EA", 2.60)
for col, p in [("W", 6.90), ("Y", 6.90), ("B", 6.90)]:
    add("PPE-HAT-%s" % col, "Safety helmet vented %s" % {"W": "white", "Y": "yellow", "B": "blue"}[col], "EA", p)
add("PPE-GLS-CLR", "Safety glasses clear anti-mist", "EA", 2.10)
add("PPE-GLS-TNT", "Safety glasses smoke tint", "EA", 2.30)
for size in [8, 9, 10, 11]:
    add("PPE-GLV-NIT-%d" % size, "Nitrile coated grip gloves size %d (pack of 12 pairs)" % size, "PK", 14.40, "12")
add("PPE-GLV-CUT-9", "Cut level C gloves size 9 (pair)", "PR", 4.80)
add("PPE-GLV-CUT-10", "Cut level C gloves size 10 (pair)", "PR", 4.80)
add("PPE-MSK-FFP2-20", "FFP2 dust mask valved box of 20", "BX", 17.90, "20")
add("PPE-MSK-FFP3-10", "FFP3 dust mask valved box of 10", "BX", 19.90, "10")
add("PPE-EAR-DEF", "Ear defenders SNR 30", "EA", 8.40)
add("PPE-EAR-PLG-200", "Foam ear plugs box of 200 pairs", "BX", 21.00, "200")
add("PPE-KNEE-PAD", "Knee pads gel (pair)", "PR", 11.50)


def gtin(i):
    base = "50601234%04d" % (i + 100)
    digits = [int(c) for c in base]
    s = sum(d * (3 if k % 2 else 1) for k, d in enumerate(digits))
    return base + str((10 - s % 10) % 10)


def rows():
    out = []
    for i, (sku, desc, uom, price, pack) in enumerate(ITEMS):
        out.append({"sku": sku, "description": desc, "uom": uom, "unit_price": "%.2f" % price,
                    "gtin": gtin(i) if i % 3 != 2 else "", "pack_size": pack})
    return out


SKUS = {r[0]: r for r in ITEMS}
assert len(SKUS) == len(ITEMS), "duplicate sku"
