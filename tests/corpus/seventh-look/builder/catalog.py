"""Invented catalog and customer list for Ridgeline Industrial Supply (MRO distributor)."""

SELLER = "Ridgeline Industrial Supply"
SELLER_DOMAIN = "ridgelineindustrial.com"
ORDERS = "orders@ridgelineindustrial.com"


def _gtin(serial):
    body = "0861455" + "%05d" % serial
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - tot % 10) % 10)


ROWS = []  # (sku, description, uom, price, gtin, pack)


def add(sku, desc, uom, price, gtin=None, pack=None):
    ROWS.append((sku, desc, uom, price, _gtin(gtin) if gtin else "", pack))


# --- ball bearings -------------------------------------------------------
_dims = {"6203": "17X40X12", "6204": "20X47X14", "6205": "25X52X15",
         "6206": "30X62X16", "6207": "35X72X17", "6305": "25X62X17", "6308": "40X90X23"}
_bp = {"6203": 3.85, "6204": 4.40, "6205": 4.95, "6206": 6.70, "6207": 8.45, "6305": 7.90, "6308": 16.80}
g = 100
for n in ["6203", "6204", "6205", "6206", "6207", "6305", "6308"]:
    for seal in ["2RS", "ZZ"]:
        if n == "6305" and seal == "ZZ":
            continue
        txt = "2 RUBBER SEALS" if seal == "2RS" else "2 METAL SHIELDS"
        price = _bp[n] + (0.35 if seal == "2RS" else 0)
        add("BB%s-%s" % (n, seal), "BRG DGBB %s-%s %s %s C0" % (n, seal, _dims[n], txt), "EA", round(price, 2), gtin=g)
        g += 1
for sku, bore, p in [("UCP205-16", "1IN", 21.50), ("UCP206-18", "1-1/8IN", 26.40),
                     ("UCP206-20", "1-1/4IN", 26.40), ("UCP207-23", "1-7/16IN", 33.10)]:
    add("PB-" + sku, "PB UNIT %s %s BORE SETSCREW LOCK 2-BOLT CI HSG" % (sku, bore), "EA", p)

# --- V-belts and timing belts --------------------------------------------
for b, p in [("A42", 9.10), ("A48", 9.85), ("A55", 10.90), ("AX42", 12.40), ("B55", 14.20), ("B60", 14.95),
             ("B68", 16.30), ("B75", 17.60), ("BX55", 18.75), ("3VX500", 11.80), ("3VX560", 12.90), ("5VX800", 27.40)]:
    sect = {"A": "CLASSIC A WRAPPED", "B": "CLASSIC B WRAPPED", "AX": "CLASSIC AX COGGED",
            "BX": "CLASSIC BX COGGED", "3VX": "NARROW 3VX COGGED", "5VX": "NARROW 5VX COGGED"}
    key = b.rstrip("0123456789")
    add("VB-" + b, "BELT V %s %s" % (sect[key], b), "EA", p)
for b, d, p in [("450L100", "L PITCH 3/8 45IN LG 1IN W", 24.50), ("600H100", "H PITCH 1/2 60IN LG 1IN W", 38.20),
                ("8M-1200-30", "HTD 8MM PITCH 1200MM LG 30MM W", 41.75), ("8M-1200-20", "HTD 8MM PITCH 1200MM LG 20MM W", 31.60),
                ("5M-500-15", "HTD 5MM PITCH 500MM LG 15MM W", 14.90)]:
    add("TB-" + b, "BELT TIMING %s %s" % (b, d), "EA", p)

# --- roller chain, sprockets, couplings ----------------------------------
for n, p in [("40", 38.0), ("50", 54.5), ("60", 71.9), ("80", 124.0)]:
    add("RC%s-10" % n, "CHAIN ROLLER ANSI #%s RIVETED SINGLE STRAND 10FT BOX" % n, "BX", p)
for n, p in [("40", 6.20), ("50", 8.40), ("60", 11.30)]:
    add("CL%s-5" % n, "LINK CONN ANSI #%s SPRING CLIP PK5" % n, "PK", p, pack=5)
add("OL60", "LINK OFFSET ANSI #60 SINGLE", "EA", 4.15)
for s, d, p in [("40B15-7/8", "#40 15T TYPE B HUB 7/8 BORE KW SS", 18.90), ("40B18-1", "#40 18T TYPE B HUB 1IN BORE KW SS", 22.40),
                ("50B15-1", "#50 15T TYPE B HUB 1IN BORE KW SS", 29.70), ("60B12-1", "#60 12T TYPE B HUB 1IN BORE KW SS", 33.25),
                ("60B15-1-1/4", "#60 15T TYPE B HUB 1-1/4 BORE KW SS", 41.80)]:
    add("SP" + s, "SPKT " + d, "EA", p)
add("CPL-L100-1", "CPLG JAW HUB L100 1IN BORE W/KW", "EA", 14.60)
add("CPL-L100-7/8", "CPLG JAW HUB L100 7/8IN BORE W/KW", "EA", 14.60)
add("CPL-L110-1-1/8", "CPLG JAW HUB L110 1-1/8IN BORE W/KW", "EA", 19.30)
add("CPL-L100-SP", "CPLG JAW SPIDER L100 NBR", "EA", 6.25)
add("CPL-L110-SP", "CPLG JAW SPIDER L110 NBR", "EA", 8.10)

# --- hydraulic hose and fittings ------------------------------------------
for dash, size, p in [("4", "1/4", 2.35), ("6", "3/8", 2.90), ("8", "1/2", 3.60), ("12", "3/4", 5.85)]:
    add("HH-R2-%s" % dash, "HOSE HYD 100R2AT 2-WIRE -%s %sIN ID PER FT" % (dash, size), "FT", p)
add("HH-R1-8", "HOSE HYD 100R1AT 1-WIRE -8 1/2IN ID PER FT", "FT", 2.70)
for dash, p in [("4", 3.40), ("6", 3.95), ("8", 4.80), ("12", 7.90)]:
    add("HF-JF-%s%s" % (dash, dash), "FTG CRIMP -%s JIC FEM SWVL X -%s HOSE STR" % (dash, dash), "EA", p)
for dash, p in [("4", 2.95), ("6", 3.40), ("8", 4.15)]:
    add("HF-MP-%s%s" % (dash, dash), "FTG CRIMP -%s MALE NPT RIGID X -%s HOSE" % (dash, dash), "EA", p)
add("HF-JF90-88", "FTG CRIMP -8 JIC FEM SWVL 90DEG X -8 HOSE", "EA", 7.45)
add("HF-AD-6-6", "ADPT STL -6 JIC MALE X -6 NPT MALE", "EA", 2.10)
add("HF-AD-8-8", "ADPT STL -8 JIC MALE X -8 NPT MALE", "EA", 2.55)
add("HF-AD-8-6", "ADPT STL -8 JIC MALE X -6 NPT MALE", "EA", 2.55)

# --- pneumatic ---------------------------------------------------------------
for code, d, p in [("PT-S0402", "PTC STR MALE 1/4 TUBE X 1/8 NPT", 2.45), ("PT-S0404", "PTC STR MALE 1/4 TUBE X 1/4 NPT", 2.60),
                   ("PT-S0604", "PTC STR MALE 3/8 TUBE X 1/4 NPT", 3.10), ("PT-S0606", "PTC STR MALE 3/8 TUBE X 3/8 NPT", 3.35),
                   ("PT-E0404", "PTC ELBOW MALE 1/4 TUBE X 1/4 NPT", 3.20), ("PT-E0606", "PTC ELBOW MALE 3/8 TUBE X 3/8 NPT", 4.05),
                   ("PT-T04", "PTC UNION TEE 1/4 TUBE", 3.75)]:
    add(code, d, "EA", p)
add("PU-04-BL", "TUBING PU 1/4OD X .160ID BLUE 100FT", "RL", 34.50)
add("PU-04-BK", "TUBING PU 1/4OD X .160ID BLACK 100FT", "RL", 34.50)
add("PU-06-BL", "TUBING PU 3/8OD X 1/4ID BLUE 100FT", "RL", 52.80)

# --- fasteners ---------------------------------------------------------------
for code, d, pk, p in [
        ("FH-50020-G5", "HCS 1/2-13 X 2 GR5 ZP", 50, 27.50), ("FH-50020-G8", "HCS 1/2-13 X 2 GR8 YZ", 50, 41.20),
        ("FH-50015-G8", "HCS 1/2-13 X 1-1/2 GR8 YZ", 50, 36.90), ("FH-50030-G8", "HCS 1/2-13 X 3 GR8 YZ", 25, 29.80),
        ("FH-37010-G5", "HCS 3/8-16 X 1 GR5 ZP", 100, 18.40), ("FH-37010-G8", "HCS 3/8-16 X 1 GR8 YZ", 100, 27.60),
        ("FH-62030-G8", "HCS 5/8-11 X 3 GR8 YZ", 25, 44.10), ("FM-0830-88", "HCS M8-1.25 X 30 CL8.8 ZP", 100, 16.90),
        ("FM-1040-88", "HCS M10-1.5 X 40 CL8.8 ZP", 50, 19.70), ("FM-1040-109", "HCS M10-1.5 X 40 CL10.9 PLAIN", 50, 26.30),
        ("FM-1250-88", "HCS M12-1.75 X 50 CL8.8 ZP", 25, 21.40), ("FS-25010", "HCS 1/4-20 X 1 18-8 SS", 100, 19.80),
        ("FS-37015", "HCS 3/8-16 X 1-1/2 18-8 SS", 50, 31.50), ("FN-50-G5", "NUT HEX 1/2-13 GR5 ZP", 100, 14.20),
        ("FN-50-G8", "NUT HEX 1/2-13 GR8 YZ", 50, 15.60), ("FN-37-NL", "NUT NYLOC 3/8-16 ZP", 100, 9.80),
        ("FN-M10-8", "NUT HEX M10-1.5 CL8 ZP", 100, 8.90), ("FW-50-SAEH", "WASHER FLAT 1/2 SAE THRU-HARD YZ", 100, 12.40),
        ("FW-50-USS", "WASHER FLAT 1/2 USS ZP", 100, 8.60)]:
    add(code, "%s BX%d" % (d, pk), "BX", p, pack=pk)

# --- abrasives ---------------------------------------------------------------
g = 300
for grit, p in [("40", 52.0), ("60", 49.5), ("80", 48.0), ("120", 48.0)]:
    add("AB-FD45-%s" % grit, "FLAP DISC 4-1/2 X 7/8 T29 ZIRC %s GRIT BX10" % grit, "BX", p, gtin=g, pack=10)
    g += 1
add("AB-FD70-40", "FLAP DISC 7 X 7/8 T29 ZIRC 40 GRIT BX10", "BX", 96.0, gtin=g, pack=10)
for code, d, p in [("AB-CO45", "CUTOFF WHL 4-1/2 X .045 X 7/8 T1 A60 BX25", 38.75),
                   ("AB-CO50", "CUTOFF WHL 5 X .045 X 7/8 T1 A60 BX25", 44.50),
                   ("AB-CO60", "CUTOFF WHL 6 X .045 X 7/8 T1 A60 BX25", 52.25),
                   ("AB-GW45", "GRIND WHL 4-1/2 X 1/4 X 7/8 T27 A24 BX10", 41.00),
                   ("AB-GW70", "GRIND WHL 7 X 1/4 X 7/8 T27 A24 BX10", 68.00)]:
    g += 1
    add(code, d, "BX", p, gtin=g, pack=int(d[-2:]))
add("AB-HL5-80", "DISC H&L 5IN 8-HOLE ALOX 80 GRIT PK50", "PK", 23.40, pack=50)
add("AB-HL5-120", "DISC H&L 5IN 8-HOLE ALOX 120 GRIT PK50", "PK", 23.40, pack=50)
add("AB-WC4", "BRUSH CUP KNOT WIRE 4IN 5/8-11 ARBOR", "EA", 17.85)

# --- cutting tools -----------------------------------------------------------
for sz, pk, p in [("1/8", 12, 14.40), ("1/4", 12, 24.60), ("5/16", 12, 33.00), ("3/8", 12, 44.40),
                  ("27/64", 6, 31.20), ("1/2", 6, 42.90)]:
    add("DR-J%s" % sz.replace("/", "-"), "DRILL JOBBER HSS 135DEG %s PK%d" % (sz, pk), "PK", p, pack=pk)
add("DR-C1-4", "DRILL JOBBER COBALT M42 1/4 PK12", "PK", 58.80, pack=12)
add("DR-C3-8", "DRILL JOBBER COBALT M42 3/8 PK12", "PK", 96.00, pack=12)
add("DR-IDX29", "DRILL SET HSS 29PC 1/16-1/2 X 64THS METAL INDEX", "EA", 89.00)
for code, d, p in [("TP-2520P", "TAP HSS PLUG 1/4-20 UNC 4FL", 7.90), ("TP-3716P", "TAP HSS PLUG 3/8-16 UNC 4FL", 10.40),
                   ("TP-5013P", "TAP HSS PLUG 1/2-13 UNC 4FL", 14.80), ("TP-5013B", "TAP HSS BOTTOMING 1/2-13 UNC 4FL", 15.60),
                   ("TP-M8P", "TAP HSS PLUG M8 X 1.25 4FL", 9.20), ("TP-M10P", "TAP HSS PLUG M10 X 1.5 4FL", 11.10)]:
    add(code, d, "EA", p)

# --- lubricants --------------------------------------------------------------
g = 500
for code, d, u, p, pk in [
        ("LU-EP2-T", "GREASE EP2 LITH CPLX NLGI 2 RED 14OZ TUBE", "EA", 6.40, None),
        ("LU-EP2-C10", "GREASE EP2 LITH CPLX NLGI 2 RED 14OZ TUBE CS10", "CS", 59.00, 10),
        ("LU-EP1-T", "GREASE EP1 LITH CPLX NLGI 1 14OZ TUBE", "EA", 6.40, None),
        ("LU-FG2-T", "GREASE FOOD GRADE H1 NLGI 2 ALUM CPLX 14OZ TUBE", "EA", 9.75, None),
        ("LU-FG2-C10", "GREASE FOOD GRADE H1 NLGI 2 ALUM CPLX 14OZ TUBE CS10", "CS", 91.00, 10),
        ("LU-EP2-P35", "GREASE EP2 LITH CPLX NLGI 2 35LB PAIL", "PL", 118.00, None),
        ("LU-EP2-K120", "GREASE EP2 LITH CPLX NLGI 2 120LB KEG", "EA", 349.00, None),
        ("LU-AW32-5", "OIL HYD AW ISO VG 32 5GAL PAIL", "PL", 74.50, None),
        ("LU-AW46-5", "OIL HYD AW ISO VG 46 5GAL PAIL", "PL", 74.50, None),
        ("LU-AW68-5", "OIL HYD AW ISO VG 68 5GAL PAIL", "PL", 76.90, None),
        ("LU-AW46-55", "OIL HYD AW ISO VG 46 55GAL DRUM", "DR", 689.00, None),
        ("LU-FH46-5", "OIL HYD FOOD GRADE H1 ISO VG 46 5GAL PAIL", "PL", 162.00, None),
        ("LU-GO220-5", "OIL GEAR EP ISO VG 220 5GAL PAIL", "PL", 98.40, None),
        ("LU-GO320-5", "OIL GEAR EP ISO VG 320 5GAL PAIL", "PL", 101.20, None),
        ("LU-CHL-12", "LUBE CHAIN & CABLE AEROSOL 11OZ CS12", "CS", 81.00, 12),
        ("LU-PEN-12", "PENETRANT AEROSOL 11OZ CS12", "CS", 62.40, 12)]:
    add(code, d, u, p, gtin=g, pack=pk)
    g += 1

# --- safety ------------------------------------------------------------------
for code, d, u, p, pk in [
        ("SF-NIT6-M", "GLOVE NITRILE 6MIL PF BLUE MED BX100", "BX", 14.90, 100),
        ("SF-NIT6-L", "GLOVE NITRILE 6MIL PF BLUE LG BX100", "BX", 14.90, 100),
        ("SF-NIT6-XL", "GLOVE NITRILE 6MIL PF BLUE XL BX100", "BX", 14.90, 100),
        ("SF-CUT4-L", "GLOVE CUT A4 HPPE PU PALM LG DZ PR", "DZ", 64.80, 12),
        ("SF-CUT4-XL", "GLOVE CUT A4 HPPE PU PALM XL DZ PR", "DZ", 64.80, 12),
        ("SF-GL-CLR", "GLASSES SAFETY CLEAR AF LENS BX12", "BX", 27.60, 12),
        ("SF-GL-SMK", "GLASSES SAFETY SMOKE LENS BX12", "BX", 27.60, 12),
        ("SF-GL-IO", "GLASSES SAFETY INDOOR/OUTDOOR LENS BX12", "BX", 30.00, 12),
        ("SF-EP32", "EARPLUG FOAM UNCORDED NRR32 BX200PR", "BX", 29.50, 200),
        ("SF-HH-WH", "HARD HAT TYPE 1 CL E 4PT RATCHET WHITE", "EA", 11.90, None),
        ("SF-VST2-L", "VEST HI-VIS ANSI CL2 MESH LIME L", "EA", 8.45, None),
        ("SF-VST2-XL", "VEST HI-VIS ANSI CL2 MESH LIME XL", "EA", 8.45, None),
        ("SF-FS8", "FACESHIELD CLEAR 8X15.5 W/RATCHET HDGR", "EA", 16.30, None)]:
    add(code, d, u, p, pack=pk)

# --- electrical motor small parts -------------------------------------------
for code, d, u, p, pk in [
        ("EL-SC88", "CAP MOTOR START 88-108 MFD 110/125VAC", "EA", 9.80, None),
        ("EL-SC161", "CAP MOTOR START 161-193 MFD 110/125VAC", "EA", 11.40, None),
        ("EL-RC355", "CAP RUN DUAL 35/5 MFD 440VAC ROUND", "EA", 13.70, None),
        ("EL-RC455", "CAP RUN DUAL 45/5 MFD 440VAC ROUND", "EA", 14.90, None),
        ("EL-RC40", "CAP RUN SINGLE 40 MFD 370VAC OVAL", "EA", 10.60, None),
        ("EL-FTD30", "FUSE TIME DELAY CL RK5 30A 250V BX10", "BX", 42.00, 10),
        ("EL-FTD60", "FUSE TIME DELAY CL RK5 60A 250V BX10", "BX", 71.00, 10),
        ("EL-FTD30-6", "FUSE TIME DELAY CL RK5 30A 600V BX10", "BX", 58.00, 10),
        ("EL-CSW1725", "SWITCH CENTRIFUGAL MOTOR 1725RPM 5/8 SHAFT", "EA", 18.50, None),
        ("EL-CT30", "CONTACTOR IEC 3P 32A 120VAC COIL", "EA", 46.00, None),
        ("EL-WN-Y", "CONNECTOR TWIST-ON YELLOW 18-12 AWG BX100", "BX", 11.20, 100)]:
    add(code, d, u, p, pack=pk)

SKUS = {r[0] for r in ROWS}
assert len(SKUS) == len(ROWS)

CUSTOMERS = [
    ("C1001", "Harlan Foods Inc.", "harlanfoods.com"),
    ("C1002", "Cedar Fork Dairy Cooperative", "cedarforkdairy.com"),
    ("C1003", "Bitterroot Timber Products", "bitterroottimber.com"),
    ("C1004", "Keystone Freightways", "keystonefreightways.com;kfwfleet.com"),
    ("C1005", "Millbrook Unified School District", "millbrookusd.org"),
    ("C1006", "Tri-County Grain & Feed", "tricountygrain.com"),
    ("C1007", "Oakmont Packaging Corp.", "oakmontpkg.com"),
    ("C1008", "Northgate Extrusions Ltd.", "northgateextrusions.ca"),
    ("C1009", "Procesadora de Alimentos del Bajio S.A. de C.V.", "alimentosbajio.com.mx"),
    ("C1010", "Pennine Fabrication Ltd", "penninefab.co.uk"),
    ("C1011", "Sandoval Castings Inc.", "sandovalcastings.com"),
]
