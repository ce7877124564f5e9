"""Invented catalog (~180 items) and customers for Northfield Clinical Supply."""
import csv
import os


def _gtin(n):
    """12-digit UPC with check digit from an 11-digit body."""
    body = "0847%07d" % n
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def items():
    rows = []  # sku, description, uom, price, gtin, pack

    def add(sku, desc, uom, price, pack, gtin=False):
        rows.append((sku, desc, uom, "%.2f" % price,
                     _gtin(int(sku[3:]) * 7 + 13) if gtin else "",
                     "" if pack is None else str(pack)))

    sizes5 = [("XS", "XS"), ("S", "SM"), ("M", "MED"), ("L", "LG"), ("X", "XL")]
    for i, (_, sz) in enumerate(sizes5):
        add("GLV10%02d" % (i + 1), "GLV NIT PF BLUE %s 100/BX" % sz, "BX",
            8.40 + (0.6 if sz == "XL" else 0), 100, True)
    for i, (_, sz) in enumerate(sizes5):
        add("GLV10%02d" % (i + 11), "GLV NIT PF VIOLET %s 100/BX" % sz, "BX",
            9.25 + (0.6 if sz == "XL" else 0), 100, True)
    for i, sz in enumerate(["SM", "MED", "LG"]):
        add("GLV10%02d" % (i + 21), "GLV NIT PF BLUE %s 200/BX 3MIL" % sz,
            "BX", 13.90, 200, True)
    for i, sz in enumerate(["SM", "MED", "LG", "XL"]):
        add("GLV10%02d" % (i + 31), "GLV LTX PF %s 100/BX" % sz, "BX", 7.95, 100)
    for i, sz in enumerate(["SM", "MED", "LG", "XL"]):
        add("GLV10%02d" % (i + 41), "GLV VNL PF %s 100/BX" % sz, "BX", 5.10, 100)
    for i, sz in enumerate(["SM", "MED", "LG"]):
        add("GLV10%02d" % (i + 51), "GLV NIT PF EXT CUFF 12IN %s 50/BX" % sz,
            "BX", 11.25, 50)

    syr = [("2001", "SYR 1ML TB LL W/O NDL 100/BX", 14.20),
           ("2002", "SYR 1ML TB SLIP W/O NDL 100/BX", 12.80),
           ("2003", "SYR 3ML LL W/O NDL 100/BX", 13.60),
           ("2004", "SYR 3ML SLIP W/O NDL 100/BX", 12.40),
           ("2005", "SYR 5ML LL W/O NDL 100/BX", 15.30),
           ("2006", "SYR 5ML SLIP W/O NDL 100/BX", 14.10),
           ("2007", "SYR 10ML LL W/O NDL 100/BX", 18.75),
           ("2008", "SYR 10ML SLIP W/O NDL 100/BX", 17.20),
           ("2011", "SYR 1ML TB 27G X 1/2IN DET NDL 100/BX", 19.90),
           ("2012", "SYR 1ML TB 25G X 5/8IN DET NDL 100/BX", 19.90),
           ("2013", "SYR 3ML LL 23G X 1IN 100/BX", 21.40),
           ("2014", "SYR 3ML LL 25G X 1IN 100/BX", 21.40),
           ("2015", "SYR 3ML LL 22G X 1-1/2IN 100/BX", 21.40),
           ("2021", "SYR INS 1ML 29G X 1/2IN U-100 100/BX", 22.60),
           ("2022", "SYR INS 0.5ML 30G X 5/16IN U-100 100/BX", 23.10),
           ("2031", "SYR 20ML LL W/O NDL 50/BX", 16.80),
           ("2032", "SYR 60ML CATH TIP 25/BX", 19.50)]
    for n, d, p in syr:
        add("SYR" + n, d, "BX", p, int(d.rsplit(" ", 1)[1].split("/")[0]), True)

    ndl = [("18G", "1IN"), ("18G", "1-1/2IN"), ("20G", "1IN"), ("20G", "1-1/2IN"),
           ("21G", "1IN"), ("21G", "1-1/2IN"), ("22G", "1IN"), ("22G", "1-1/2IN"),
           ("23G", "1IN"), ("25G", "5/8IN"), ("25G", "1IN"), ("25G", "1-1/2IN"),
           ("27G", "1/2IN"), ("30G", "1/2IN")]
    for i, (g, ln) in enumerate(ndl):
        add("NDL30%02d" % (i + 1), "NDL HYPO %s X %s 100/BX" % (g, ln), "BX",
            6.90, 100, True)
    for i, g in enumerate(["25G", "23G", "21G"]):
        add("NDL30%02d" % (i + 21), "NDL SAFETY %s X 1IN 50/BX" % g, "BX",
            17.50, 50, True)

    gz = [("4001", "GAUZE SPG 2X2 8PLY NS 200/SLV", "SLV", 1.35, 200),
          ("4002", "GAUZE SPG 2X2 12PLY NS 200/SLV", "SLV", 1.80, 200),
          ("4003", "GAUZE SPG 3X3 12PLY NS 200/SLV", "SLV", 3.10, 200),
          ("4004", "GAUZE SPG 4X4 8PLY NS 200/SLV", "SLV", 3.95, 200),
          ("4005", "GAUZE SPG 4X4 12PLY NS 200/SLV", "SLV", 5.20, 200),
          ("4011", "GAUZE SPG 2X2 12PLY STR 2/PK 50PK/BX", "BX", 6.40, 50),
          ("4013", "GAUZE SPG 4X4 12PLY STR 2/PK 50PK/BX", "BX", 11.70, 50),
          ("4014", "GAUZE SPG 4X4 8PLY STR 1/PK 100/BX", "BX", 10.30, 100),
          ("4021", "SPG NW 2X2 4PLY NS 200/SLV", "SLV", 1.25, 200),
          ("4022", "SPG NW 4X4 4PLY NS 200/SLV", "SLV", 3.40, 200),
          ("4023", "SPG NW 4X4 4PLY STR 2/PK 25PK/BX", "BX", 5.60, 25),
          ("4031", "BNDG CONFORM GAUZE 2IN X 4.1YD 12/BX", "BX", 4.80, 12),
          ("4032", "BNDG CONFORM GAUZE 3IN X 4.1YD 12/BX", "BX", 5.90, 12),
          ("4033", "BNDG CONFORM GAUZE 4IN X 4.1YD 12/BX", "BX", 6.95, 12)]
    for n, d, u, p, k in gz:
        add("GZE" + n, d, u, p, k, n in ("4004", "4005", "4013"))

    bnd = [("5001", "BNDG ADH PLSTC 3/4X3IN 100/BX", "BX", 2.60, 100),
           ("5002", "BNDG ADH FABRIC 3/4X3IN 100/BX", "BX", 3.90, 100),
           ("5003", "BNDG ADH FABRIC 1X3IN 100/BX", "BX", 4.30, 100),
           ("5004", "BNDG ADH SPOT 7/8IN 100/BX", "BX", 2.95, 100),
           ("5005", "BNDG ADH FABRIC KNUCKLE 100/BX", "BX", 6.80, 100),
           ("5006", "BNDG ADH FABRIC FINGERTIP 100/BX", "BX", 6.80, 100),
           ("5007", "BNDG ADH KIDS PRINT 3/4X3IN 100/BX", "BX", 4.70, 100),
           ("5011", "BNDG ELASTIC VELCRO 2IN X 5YD", "EA", 1.15, None),
           ("5012", "BNDG ELASTIC VELCRO 3IN X 5YD", "EA", 1.35, None),
           ("5013", "BNDG ELASTIC VELCRO 4IN X 5YD", "EA", 1.60, None),
           ("5014", "BNDG ELASTIC VELCRO 6IN X 5YD", "EA", 2.25, None),
           ("5021", "BNDG COHESIVE 2IN X 5YD ASST CLR 36/CS", "CS", 21.00, 36),
           ("5022", "BNDG COHESIVE 3IN X 5YD ASST CLR 24/CS", "CS", 22.50, 24),
           ("5023", "BNDG COHESIVE 4IN X 5YD ASST CLR 18/CS", "CS", 23.40, 18),
           ("5031", "TAPE PAPER 1/2IN X 10YD 24/BX", "BX", 5.20, 24),
           ("5032", "TAPE PAPER 1IN X 10YD 12/BX", "BX", 5.20, 12),
           ("5033", "TAPE CLOTH 1IN X 10YD 12/BX", "BX", 9.80, 12),
           ("5034", "TAPE SILK 1IN X 10YD 12/BX", "BX", 8.40, 12),
           ("5035", "TAPE TRANSPARENT 1IN X 10YD 12/BX", "BX", 6.10, 12),
           ("5036", "TAPE PAPER 2IN X 10YD 6/BX", "BX", 5.40, 6)]
    for n, d, u, p, k in bnd:
        add("BND" + n, d, u, p, k)

    tbl = [("6001", "TABLE PAPER 18IN X 225FT SMOOTH 12RL/CS", 38.50, 12),
           ("6002", "TABLE PAPER 18IN X 225FT CREPE 12RL/CS", 44.00, 12),
           ("6003", "TABLE PAPER 21IN X 225FT SMOOTH 12RL/CS", 42.75, 12),
           ("6004", "TABLE PAPER 21IN X 225FT CREPE 12RL/CS", 48.90, 12),
           ("6005", "TABLE PAPER 14.5IN X 225FT SMOOTH 12RL/CS", 33.20, 12),
           ("6011", "GOWN EXAM PAPER 30X42 BLUE 50/CS", 27.00, 50),
           ("6012", "DRAPE SHEET 40X48 2PLY WHT 100/CS", 31.60, 100),
           ("6013", "PILLOWCASE PAPER 21X30 100/CS", 24.80, 100)]
    for n, d, p, k in tbl:
        add("TBL" + n, d, "CS", p, k)

    shp = [("7001", "SHARPS CTR 1QT RED", 2.45), ("7002", "SHARPS CTR 2GAL RED", 5.30),
           ("7003", "SHARPS CTR 3GAL RED", 6.90), ("7004", "SHARPS CTR 5GAL RED", 9.80),
           ("7005", "SHARPS CTR 8GAL RED", 14.60),
           ("7006", "SHARPS CTR 2GAL YELLOW CHEMO", 6.10),
           ("7007", "SHARPS CTR 1.4QT PHLEB RED", 2.85),
           ("7011", "BRACKET WALL F/1QT SHARPS CTR", 7.40),
           ("7012", "CABINET LOCKING F/5GAL SHARPS CTR", 38.00)]
    for n, d, p in shp:
        add("SHP" + n, d, "EA", p, None)

    dis = [("8001", "WIPE GERM QUAT/ALC LG 6X6.75 160CT CAN", "EA", 8.95, None),
           ("8002", "WIPE GERM QUAT/ALC XL 9X12 65CT CAN", "EA", 9.40, None),
           ("8003", "WIPE BLEACH LG 6X6.75 150CT CAN", "EA", 10.20, None),
           ("8004", "WIPE BLEACH XL 9X12 65CT CAN", "EA", 10.60, None),
           ("8005", "WIPE QUAT ALC-FREE LG 160CT CAN", "EA", 9.10, None),
           ("8006", "WIPE GERM QUAT/ALC LG 160CT 12CAN/CS", "CS", 99.00, 12),
           ("8011", "SPRAY DISINF QUAT/ALC 15OZ AEROSOL", "EA", 7.60, None),
           ("8012", "SPRAY DISINF QUAT/ALC 32OZ TRIGGER", "EA", 8.30, None),
           ("8013", "DISINF QUAT/ALC 1GAL REFILL", "EA", 24.50, None),
           ("8014", "SPRAY DISINF BLEACH 32OZ TRIGGER", "EA", 8.90, None),
           ("8021", "PAD ALCOHOL PREP MED 200/BX", "BX", 2.40, 200),
           ("8022", "PAD ALCOHOL PREP LG 100/BX", "BX", 2.90, 100),
           ("8023", "SWABSTICK PVP-I 1S 50/BX", "BX", 7.30, 50)]
    for n, d, u, p, k in dis:
        add("DIS" + n, d, u, p, k, n in ("8001", "8003", "8021"))

    spc = [("9001", "CUP SPEC 4OZ STR SCREW CAP IW 100/CS", "CS", 24.00, 100),
           ("9002", "CUP SPEC 4OZ NS SCREW CAP 100/CS", "CS", 16.50, 100),
           ("9003", "CUP SPEC 4OZ STR TEMP STRIP 100/CS", "CS", 33.00, 100),
           ("9004", "CUP SPEC 2OZ NS SNAP LID 100/CS", "CS", 12.40, 100),
           ("9011", "TONGUE DEPRESSOR 6IN NS 500/BX", "BX", 5.70, 500),
           ("9012", "APPLICATOR COTTON TIP 6IN NS 1000/BX", "BX", 6.20, 1000),
           ("9013", "APPLICATOR COTTON TIP 6IN STR 2/PK 100PK/BX", "BX", 7.90, 100),
           ("9014", "COTTON BALL MED NS 2000/BG", "BG", 8.60, 2000)]
    for n, d, u, p, k in spc:
        add("SPC" + n, d, u, p, k)

    den = [("10001", "BIB DENTAL 13X18 2PLY+POLY BLUE 500/CS", "CS", 21.50, 500),
           ("10002", "BIB DENTAL 13X18 2PLY+POLY WHITE 500/CS", "CS", 21.50, 500),
           ("10003", "BIB DENTAL 13X18 2PLY+POLY MAUVE 500/CS", "CS", 21.50, 500),
           ("10004", "BIB DENTAL 13X18 2PLY+POLY TEAL 500/CS", "CS", 21.50, 500),
           ("10005", "BIB DENTAL 13X18 3PLY+POLY BLUE 500/CS", "CS", 26.00, 500),
           ("10011", "PROPHY ANGLE DISP SOFT CUP 100/BX", "BX", 29.00, 100),
           ("10012", "PROPHY ANGLE DISP FIRM CUP 100/BX", "BX", 29.00, 100),
           ("10013", "PROPHY ANGLE DISP BRUSH TIP 100/BX", "BX", 31.00, 100),
           ("10014", "PROPHY PASTE MED GRIT MINT 200/BX", "BX", 22.40, 200),
           ("10021", "SALIVA EJECTOR CLR/BLU TIP 100/BG", "BG", 3.20, 100),
           ("10022", "SALIVA EJECTOR CLR/WHT TIP 100/BG", "BG", 3.20, 100),
           ("10023", "HVE TIP VENTED 100/BG", "BG", 7.80, 100),
           ("10031", "ALGINATE REG SET 1LB BAG", "EA", 9.90, None),
           ("10032", "ALGINATE FAST SET 1LB BAG", "EA", 9.90, None),
           ("10033", "VPS IMPR LIGHT BODY REG SET 50ML 2/PK", "PK", 24.00, 2),
           ("10034", "VPS IMPR HEAVY BODY REG SET 50ML 2/PK", "PK", 24.00, 2),
           ("10035", "VPS IMPR MONOPHASE REG SET 50ML 2/PK", "PK", 24.00, 2),
           ("10036", "VPS IMPR LIGHT BODY FAST SET 50ML 2/PK", "PK", 24.50, 2),
           ("10037", "IMPR TRAY DISP FULL ARCH LG 12/BG", "BG", 6.40, 12)]
    for n, d, u, p, k in den:
        add("DEN" + n, d, u, p, k)

    vet = [("14G X 2IN", 58.0), ("16G X 2IN", 52.0), ("18G X 1-1/4IN", 48.0),
           ("20G X 1IN", 46.0), ("22G X 1IN", 46.0), ("24G X 3/4IN", 49.0)]
    for i, (g, p) in enumerate(vet):
        add("VET110%02d" % (i + 1), "CATH IV OTN VET %s 50/BX" % g, "BX", p, 50)
    add("VET11011", "INJ CAP LL 100/BX", "BX", 12.00, 100)
    add("VET11012", "T-PORT EXT SET 7IN 50/BX", "BX", 41.00, 50)

    sut = [("12001", "SUT NYLON 2-0 RC 24MM 18IN 12/BX"),
           ("12002", "SUT NYLON 3-0 RC 24MM 18IN 12/BX"),
           ("12003", "SUT NYLON 3-0 RC 19MM 18IN 12/BX"),
           ("12004", "SUT NYLON 4-0 RC 19MM 18IN 12/BX"),
           ("12005", "SUT NYLON 5-0 PRC 13MM 18IN 12/BX"),
           ("12011", "SUT PGA ABS 2-0 TP 26MM 27IN 12/BX"),
           ("12012", "SUT PGA ABS 3-0 RC 19MM 27IN 12/BX"),
           ("12013", "SUT PGA ABS 4-0 RC 19MM 27IN 12/BX"),
           ("12014", "SUT PGA ABS 3-0 TP 26MM 27IN 12/BX")]
    for n, d in sut:
        add("SUT" + n, d, "BX", 28.00 if "NYLON" in d else 39.00, 12)

    msk = [("13001", "MASK PROC EARLOOP ASTM L1 BLUE 50/BX", 4.20, 50),
           ("13002", "MASK PROC EARLOOP ASTM L2 BLUE 50/BX", 5.60, 50),
           ("13003", "MASK PROC EARLOOP ASTM L3 BLUE 50/BX", 7.10, 50),
           ("13004", "MASK SURG TIE-ON ASTM L3 50/BX", 8.30, 50),
           ("13005", "MASK PROC EARLOOP ASTM L1 PEDS 50/BX", 5.00, 50),
           ("13006", "RESPIRATOR N95 FLAT FOLD 20/BX", 14.80, 20),
           ("13011", "FACE SHIELD FULL LENGTH 24/BX", 19.20, 24)]
    for n, d, p, k in msk:
        add("MSK" + n, d, "BX", p, k, True)

    gwn = [("14001", "GOWN ISOL LVL1 YELLOW UNIV 50/CS", "CS", 38.00, 50),
           ("14002", "GOWN ISOL LVL2 BLUE UNIV 50/CS", "CS", 52.00, 50),
           ("14003", "GOWN ISOL LVL3 BLUE UNIV 50/CS", "CS", 68.00, 50),
           ("14004", "GOWN ISOL LVL2 BLUE XL 50/CS", "CS", 55.00, 50),
           ("14011", "LAB JACKET SMS CEIL BLUE LG 10/PK", "PK", 16.50, 10),
           ("14012", "LAB JACKET SMS CEIL BLUE XL 10/PK", "PK", 16.50, 10),
           ("14021", "BOUFFANT CAP 21IN BLUE 100/BG", "BG", 5.40, 100),
           ("14022", "SHOE COVER NON-SKID UNIV 150PR/CS", "CS", 29.00, 150)]
    for n, d, u, p, k in gwn:
        add("GWN" + n, d, u, p, k)
    return rows


CUSTOMERS = [
    ("C1001", "Cedar Hollow Family Medicine", "cedarhollowfm.com",
     "Cedar Hollow Family Medicine", "418 Larkspur Ave", "Mansfield", "OH", "44902", "US"),
    ("C1002", "Brightwater Family Practice", "brightwaterfp.org",
     "Brightwater Family Practice", "2290 NE Alder St", "Salem", "OR", "97301", "US"),
    ("C1003", "Maple Ridge Dental Group", "mapleridgedental.com",
     "Maple Ridge Dental Group", "77 Birch Lane", "Eau Claire", "WI", "54701", "US"),
    ("C1004", "Tri-County Veterinary Hospital", "tricountyvet.net",
     "Tri-County Veterinary Hospital", "5120 Ranch Road 12", "San Marcos", "TX", "78666", "US"),
    ("C1005", "QuickCare Urgent Care", "quickcare-uc.com;qcuc.net",
     "QuickCare Urgent Care - Fairview", "301 Commerce Dr", "Fairview", "NC", "28730", "US"),
    ("C1006", "Lincoln Valley School District", "lvsd.k12.ne.us",
     "LVSD Health Services", "610 W 9th St", "Kearney", "NE", "68845", "US"),
    ("C1007", "Willow Bend Care Center", "willowbendcare.com",
     "Willow Bend Care Center", "2750 Orchard Rd", "Lancaster", "PA", "17601", "US"),
    ("C1008", "Clinique médicale des Érables", "cliniqueerables.ca",
     "Clinique médicale des Érables", "1245 boul. des Laurentides", "Laval", "QC", "H7G 2V5", "CA"),
    ("C1009", "Ardmore Medical Practice", "ardmoremedical.ie",
     "Ardmore Medical Practice", "Unit 4, Mill Road", "Ballincollig", "Co. Cork", "P31 KX28", "IE"),
    ("C1010", "Southbank Smiles Dental", "southbanksmiles.com.au",
     "Southbank Smiles Dental", "Level 2, 88 Grey St", "South Brisbane", "QLD", "4101", "AU"),
    ("C1011", "Pinecrest Pediatrics", "pinecrestpeds.com",
     "Pinecrest Pediatrics", "3300 S Parker Rd", "Aurora", "CO", "80014", "US"),
]


def write(out):
    with open(os.path.join(out, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        w.writerows(items())
    with open(os.path.join(out, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street",
                    "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        w.writerows(CUSTOMERS)


def gtin_of(sku):
    for r in items():
        if r[0] == sku:
            return r[4]
    raise KeyError(sku)
