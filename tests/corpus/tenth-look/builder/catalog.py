"""Catalog and customer master of Ridgeline Pack & Ship Supply (invented seller)."""

# Bundle counts by the longest side of a regular slotted carton, as the mill ships them.
def _bundle(l, w, d, grade):
    if grade == "DW":
        return 15 if l <= 18 else 10
    if l <= 12:
        return 25
    if l <= 18:
        return 20 if d < 18 else 15
    return 10


def _area(l, w, d):
    return 2 * (l * w + l * d + w * d)


_GRADE = {
    "32": ("32ECT KRAFT", 1.00),
    "44": ("44ECT KRAFT", 1.35),
    "48": ("48ECT KRAFT", 1.55),
    "DW": ("DW 48ECT KRAFT", 1.90),
    "200": ("200# BURST KRAFT", 1.05),
    "32W": ("32ECT WHITE", 1.45),
}


def _rsc(dims, grade):
    l, w, d = dims
    label, factor = _GRADE[grade]
    n = _bundle(l, w, d, "DW" if grade == "DW" else grade)
    each = (0.30 + 0.0016 * _area(l, w, d)) * factor
    sku = "R%02d%02d%02d-%s" % (l, w, d, grade)
    desc = "RSC %dX%dX%d %s %d/BDL" % (l, w, d, label, n)
    return (sku, desc, "BDL", round(each * n, 2), "", n)


RSC_32 = [(6, 4, 4), (6, 6, 6), (8, 6, 4), (8, 8, 6), (8, 8, 8), (10, 8, 4), (10, 8, 6),
          (10, 10, 6), (10, 10, 10), (12, 9, 6), (12, 10, 6), (12, 10, 8), (12, 12, 6),
          (12, 12, 8), (12, 12, 12), (14, 10, 8), (14, 14, 10), (14, 14, 14), (16, 12, 8),
          (16, 12, 12), (16, 16, 16), (18, 12, 10), (18, 18, 12), (18, 18, 18), (20, 14, 10),
          (20, 20, 20), (24, 18, 12), (24, 24, 24)]
RSC_44 = [(12, 10, 8), (12, 12, 12), (14, 14, 14), (16, 12, 12), (16, 16, 16), (18, 18, 18),
          (20, 20, 20), (24, 18, 12)]
RSC_48 = [(16, 16, 16), (18, 18, 18), (20, 20, 20), (24, 24, 24)]
RSC_DW = [(12, 12, 12), (16, 12, 12), (16, 16, 16), (18, 18, 18), (20, 20, 20), (24, 18, 18),
          (24, 24, 24)]
RSC_200 = [(12, 12, 12), (16, 16, 16), (18, 18, 18), (20, 20, 20)]
RSC_32W = [(8, 8, 8), (10, 8, 6), (12, 10, 8), (12, 12, 12), (14, 10, 8)]


def _gtin(n):
    """A GTIN-12 under an invented company prefix, with a correct check digit."""
    body = "84561" + "2" + "%05d" % n
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


# sku, description, uom, unit_price, gtin-index (0 = none), pack_size
_OTHER = [
    # die-cut mailer boxes
    ("MB-06042-W", "MAILER BOX 6X4X2 WHITE 50/BDL", "BDL", 29.50, 0, 50),
    ("MB-09063-W", "MAILER BOX 9X6X3 WHITE 50/BDL", "BDL", 39.00, 0, 50),
    ("MB-09064-K", "MAILER BOX 9X6X4 KRAFT 50/BDL", "BDL", 36.50, 0, 50),
    ("MB-10084-W", "MAILER BOX 10X8X4 WHITE 50/BDL", "BDL", 47.00, 0, 50),
    ("MB-10084-K", "MAILER BOX 10X8X4 KRAFT 50/BDL", "BDL", 42.50, 0, 50),
    ("MB-12093-W", "MAILER BOX 12X9X3 WHITE 50/BDL", "BDL", 49.50, 0, 50),
    ("MB-12094-K", "MAILER BOX 12X9X4 KRAFT 50/BDL", "BDL", 47.00, 0, 50),
    ("MB-13102-W", "MAILER BOX 13X10X2.5 WHITE 50/BDL", "BDL", 52.00, 0, 50),
    # tape
    ("TP-HM2110-19C", "TAPE HM 2X110YD 1.9MIL CLR 36/CS", "CS", 58.50, 1, 36),
    ("TP-HM2110-19T", "TAPE HM 2X110YD 1.9MIL TAN 36/CS", "CS", 58.50, 2, 36),
    ("TP-HM2110-25C", "TAPE HM 2X110YD 2.5MIL CLR 36/CS", "CS", 74.25, 3, 36),
    ("TP-HM2110-25T", "TAPE HM 2X110YD 2.5MIL TAN 36/CS", "CS", 74.25, 4, 36),
    ("TP-HM2055-20C", "TAPE HM 2X55YD 2.0MIL CLR 36/CS", "CS", 39.90, 5, 36),
    ("TP-HM3110-19C", "TAPE HM 3X110YD 1.9MIL CLR 24/CS", "CS", 61.20, 6, 24),
    ("TP-HM3110-25C", "TAPE HM 3X110YD 2.5MIL CLR 24/CS", "CS", 77.80, 7, 24),
    ("TP-HM2M1000-20C", "TAPE HM 2X1000YD 2.0MIL CLR MACHINE 6/CS", "CS", 96.00, 8, 6),
    ("TP-HM3M1000-20C", "TAPE HM 3X1000YD 2.0MIL CLR MACHINE 4/CS", "CS", 98.40, 9, 4),
    ("TP-AC2110-16C", "TAPE ACRYLIC 2X110YD 1.6MIL CLR 36/CS", "CS", 44.60, 10, 36),
    ("TP-AC2110-20C", "TAPE ACRYLIC 2X110YD 2.0MIL CLR 36/CS", "CS", 52.20, 11, 36),
    ("TP-AC3110-20C", "TAPE ACRYLIC 3X110YD 2.0MIL CLR 24/CS", "CS", 55.70, 12, 24),
    ("TP-NR2055-22C", "TAPE NAT RUBBER 2X55YD 2.2MIL CLR COLD TEMP 36/CS", "CS", 66.00, 13, 36),
    ("TP-FRG2110", "TAPE PRTD FRAGILE 2X110YD 2.0MIL RED/WHT 36/CS", "CS", 88.00, 14, 36),
    ("TP-MSK1060", "TAPE MASKING 1X60YD 5.5MIL NAT 36/CS", "CS", 54.00, 15, 36),
    ("TP-MSK2060", "TAPE MASKING 2X60YD 5.5MIL NAT 24/CS", "CS", 69.60, 16, 24),
    ("TP-KRW3450", "TAPE KRAFT WATER-ACT 3INX450FT REINF 10/CS", "CS", 82.00, 17, 10),
    ("TP-DISP2", "TAPE GUN 2IN PISTOL GRIP", "EA", 9.75, 0, 1),
    ("TP-DISP3", "TAPE GUN 3IN PISTOL GRIP", "EA", 14.50, 0, 1),
    # stretch film
    ("SF-H18150080C", "STRETCH 18X1500 80GA CAST HAND 4RL/CS", "CS", 72.00, 21, 4),
    ("SF-H18150070C", "STRETCH 18X1500 70GA CAST HAND 4RL/CS", "CS", 66.40, 22, 4),
    ("SF-H18150063C", "STRETCH 18X1500 63GA CAST HAND 4RL/CS", "CS", 61.60, 23, 4),
    ("SF-H18150090B", "STRETCH 18X1500 90GA BLOWN HAND 4RL/CS", "CS", 86.00, 24, 4),
    ("SF-H18150080B", "STRETCH 18X1500 80GA BLOWN HAND 4RL/CS", "CS", 79.20, 25, 4),
    ("SF-H18150080K", "STRETCH 18X1500 80GA BLACK CAST HAND 4RL/CS", "CS", 84.80, 26, 4),
    ("SF-H18100080C", "STRETCH 18X1000 80GA CAST HAND 4RL/CS", "CS", 52.40, 27, 4),
    ("SF-H15150080C", "STRETCH 15X1500 80GA CAST HAND 4RL/CS", "CS", 62.00, 28, 4),
    ("SF-H12150080C", "STRETCH 12X1500 80GA CAST HAND 4RL/CS", "CS", 51.60, 29, 4),
    ("SF-H18200047P", "STRETCH 18X2000 47GA PRE-STRETCH HAND 4RL/CS", "CS", 58.80, 30, 4),
    ("SF-M20500080C", "STRETCH 20X5000 80GA CAST MACHINE", "RL", 98.50, 31, 1),
    ("SF-M20500063C", "STRETCH 20X5000 63GA CAST MACHINE", "RL", 82.00, 32, 1),
    ("SF-M20600070C", "STRETCH 20X6000 70GA CAST MACHINE", "RL", 104.00, 33, 1),
    ("SF-M20500080B", "STRETCH 20X5000 80GA BLOWN MACHINE", "RL", 109.00, 34, 1),
    ("SF-M30500080C", "STRETCH 30X5000 80GA CAST MACHINE", "RL", 145.00, 35, 1),
    ("SF-B05100080", "STRETCH BUNDLING 5X1000 80GA W/HANDLE 12RL/CS", "CS", 46.80, 36, 12),
    ("SF-DISP-H", "STRETCH DISPENSER HAND 10-18IN", "EA", 24.00, 0, 1),
    # void fill
    ("VF-PNT14W", "LOOSEFILL PEANUTS WHITE 14 CU FT BAG", "BG", 27.50, 0, 1),
    ("VF-PNT14G", "LOOSEFILL PEANUTS GREEN RECYCLED 14 CU FT BAG", "BG", 24.00, 0, 1),
    ("VF-KP30-24", "KRAFT PAPER 30# 24INX1200FT RL", "RL", 38.00, 0, 1),
    ("VF-KP40-36", "KRAFT PAPER 40# 36INX900FT RL", "RL", 52.00, 0, 1),
    ("VF-KP50-36", "KRAFT PAPER 50# 36INX720FT RL", "RL", 55.50, 0, 1),
    ("VF-AP84", "AIR PILLOW FILM 8X4 1450FT RL", "RL", 31.00, 0, 1),
    ("VF-AP88", "AIR PILLOW FILM 8X8 1200FT RL", "RL", 33.50, 0, 1),
    ("VF-CRK10", "CRINKLE PAPER KRAFT 10LB BX", "BX", 29.90, 0, 1),
    ("VF-NEWS50", "NEWSPRINT SHEETS 24X36 50LB BDL", "BDL", 41.00, 0, 1),
    # poly and padded mailers
    ("PM-0609W", "POLY MAILER 6X9 2.5MIL WHT 1000/CS", "CS", 39.00, 41, 1000),
    ("PM-7510W", "POLY MAILER 7.5X10.5 2.5MIL WHT 1000/CS", "CS", 52.00, 42, 1000),
    ("PM-0912W", "POLY MAILER 9X12 2.5MIL WHT 500/CS", "CS", 33.50, 43, 500),
    ("PM-1013W", "POLY MAILER 10X13 2.5MIL WHT 500/CS", "CS", 38.00, 44, 500),
    ("PM-1013G", "POLY MAILER 10X13 2.5MIL GRAY 500/CS", "CS", 39.50, 45, 500),
    ("PM-1013W3", "POLY MAILER 10X13 3MIL WHT 500/CS", "CS", 46.00, 46, 500),
    ("PM-1215W", "POLY MAILER 12X15.5 2.5MIL WHT 250/CS", "CS", 29.00, 47, 250),
    ("PM-1419W", "POLY MAILER 14.5X19 2.5MIL WHT 250/CS", "CS", 41.50, 48, 250),
    ("PM-1924W", "POLY MAILER 19X24 3MIL WHT 100/CS", "CS", 34.00, 49, 100),
    ("BM-0", "BUBBLE MAILER KRAFT #0 6X10 250/CS", "CS", 57.50, 51, 250),
    ("BM-2", "BUBBLE MAILER KRAFT #2 8.5X12 100/CS", "CS", 31.00, 52, 100),
    ("BM-4", "BUBBLE MAILER KRAFT #4 9.5X14.5 100/CS", "CS", 39.00, 53, 100),
    ("BM-7", "BUBBLE MAILER KRAFT #7 14.25X20 50/CS", "CS", 36.00, 54, 50),
    ("BMP-0", "BUBBLE MAILER POLY #0 6.5X10 WHT 250/CS", "CS", 49.00, 55, 250),
    ("BMP-2", "BUBBLE MAILER POLY #2 8.5X12 WHT 100/CS", "CS", 27.50, 56, 100),
    ("BMP-5", "BUBBLE MAILER POLY #5 10.5X16 WHT 100/CS", "CS", 38.50, 57, 100),
    # bubble rolls
    ("BR-316-12-175", "BUBBLE 3/16X12INX175FT PERF12 4RL/BDL", "BDL", 36.00, 0, 4),
    ("BR-316-24-175", "BUBBLE 3/16X24INX175FT PERF12 2RL/BDL", "BDL", 36.00, 0, 2),
    ("BR-316-48-175", "BUBBLE 3/16X48INX175FT PERF12 1RL", "RL", 36.00, 0, 1),
    ("BR-12-12-125", "BUBBLE 1/2X12INX125FT PERF12 4RL/BDL", "BDL", 42.00, 0, 4),
    ("BR-12-24-125", "BUBBLE 1/2X24INX125FT PERF12 2RL/BDL", "BDL", 42.00, 0, 2),
    ("BR-12-48-125", "BUBBLE 1/2X48INX125FT PERF12 1RL", "RL", 42.00, 0, 1),
    ("BR-516-24-188", "BUBBLE 5/16X24INX188FT PERF12 2RL/BDL", "BDL", 44.00, 0, 2),
    ("BR-AS-316-24", "BUBBLE ANTI-STATIC PINK 3/16X24INX250FT 2RL/BDL", "BDL", 61.00, 0, 2),
    # labels and envelopes
    ("LB-DT46-FF", "LABEL DT 4X6 FANFOLD 500/STK 10STK/CS", "CS", 98.00, 61, 5000),
    ("LB-DT46-R1", "LABEL DT 4X6 1IN CORE 250/RL 12RL/CS", "CS", 64.00, 62, 12),
    ("LB-DT46-R3", "LABEL DT 4X6 3IN CORE 1000/RL 4RL/CS", "CS", 84.00, 63, 4),
    ("LB-DT42-R1", "LABEL DT 4X2 1IN CORE 700/RL 12RL/CS", "CS", 72.00, 64, 12),
    ("LB-DT21-R1", "LABEL DT 2X1 1IN CORE 1375/RL 12RL/CS", "CS", 69.00, 65, 12),
    ("LB-TT46-R3", "LABEL TT 4X6 3IN CORE 1000/RL 4RL/CS", "CS", 91.00, 66, 4),
    ("LB-FRG-23", "LABEL FRAGILE HANDLE WITH CARE 2X3 RED 500/RL", "RL", 14.50, 67, 500),
    ("LB-TSU-23", "LABEL THIS SIDE UP ARROWS 2X3 500/RL", "RL", 14.50, 68, 500),
    ("LB-LTR-85", "LABEL LASER SHIP 8.5X5.5 2/SHT 100SHT/BX", "BX", 19.80, 69, 100),
    ("PL-755-PR", "PACKING LIST ENV 7.5X5.5 PRTD PACKING LIST ENCLOSED 1000/CS", "CS", 34.00, 70, 1000),
    ("PL-755-CL", "PACKING LIST ENV 7.5X5.5 CLEAR 1000/CS", "CS", 31.00, 71, 1000),
    ("PL-1012-CL", "PACKING LIST ENV 10X12 CLEAR 500/CS", "CS", 36.50, 72, 500),
    # strapping
    ("ST-PP12-7200", "STRAP PP 1/2X7200FT 600# HAND GRADE 16X6 CORE", "RL", 58.00, 0, 1),
    ("ST-PP12-9900", "STRAP PP 1/2X9900FT 450# MACHINE 8X8 CORE", "RL", 64.00, 0, 1),
    ("ST-PP58-6000", "STRAP PP 5/8X6000FT 800# 16X6 CORE", "RL", 71.00, 0, 1),
    ("ST-PET12-2900", "STRAP PET 1/2X2900FT 1200# GREEN 16X6 CORE", "RL", 69.50, 0, 1),
    ("ST-PET58-4000", "STRAP PET 5/8X4000FT 1500# GREEN 16X6 CORE", "RL", 96.00, 0, 1),
    ("ST-SEAL12", "SEAL METAL 1/2IN OPEN SNAP-ON 2500/BX", "BX", 62.00, 0, 2500),
    ("ST-SEAL58", "SEAL METAL 5/8IN OPEN SNAP-ON 2000/BX", "BX", 68.00, 0, 2000),
    ("ST-BKL12", "BUCKLE WIRE 1/2IN GALV 1000/BX", "BX", 44.00, 0, 1000),
    ("ST-TENS-PP", "TENSIONER HAND POLY 3/8-3/4IN", "EA", 129.00, 0, 1),
    ("ST-SEALER-12", "SEALER HAND 1/2IN DOUBLE NOTCH", "EA", 142.00, 0, 1),
    ("ST-CART", "STRAP DISPENSER CART 16X6 CORE", "EA", 165.00, 0, 1),
    ("ST-CUT", "STRAP CUTTER SAFETY", "EA", 38.00, 0, 1),
    # pallets and edge protection
    ("PL-4840-A", "PALLET 48X40 GMA RECYCLED GRADE A 4-WAY", "EA", 11.75, 0, 1),
    ("PL-4840-B", "PALLET 48X40 RECYCLED GRADE B", "EA", 8.25, 0, 1),
    ("PL-4840-NHT", "PALLET 48X40 NEW HT 4-WAY", "EA", 19.50, 0, 1),
    ("PL-4242-NHT", "PALLET 42X42 NEW HT", "EA", 21.00, 0, 1),
    ("PL-4848-NHT", "PALLET 48X48 NEW HT", "EA", 23.50, 0, 1),
    ("PL-4840-PLN", "PALLET 48X40 PLASTIC NESTABLE", "EA", 36.00, 0, 1),
    ("PC-514973", "PALLET COVER 51X49X73 2MIL CLR 50/RL", "RL", 58.00, 0, 50),
    ("EB-2236", "EDGE BOARD 2X2X36 .160 KRAFT 200/BDL", "BDL", 62.00, 0, 200),
    ("EB-2248", "EDGE BOARD 2X2X48 .160 KRAFT 200/BDL", "BDL", 78.00, 0, 200),
    ("EB-3348", "EDGE BOARD 3X3X48 .225 KRAFT 100/BDL", "BDL", 74.00, 0, 100),
    # gloves and cutters
    ("GL-NIT5-M", "GLOVE NITRILE 5MIL BLUE PF MED 100/BX", "BX", 8.90, 81, 100),
    ("GL-NIT5-L", "GLOVE NITRILE 5MIL BLUE PF LG 100/BX", "BX", 8.90, 82, 100),
    ("GL-NIT5-XL", "GLOVE NITRILE 5MIL BLUE PF XL 100/BX", "BX", 9.40, 83, 100),
    ("GL-NIT4-L", "GLOVE NITRILE 4MIL BLUE PF LG 100/BX", "BX", 7.60, 84, 100),
    ("GL-CUTA2-L", "GLOVE CUT RES A2 PU COATED LG 12PR/DZ", "DZ", 46.00, 85, 12),
    ("GL-CUTA2-XL", "GLOVE CUT RES A2 PU COATED XL 12PR/DZ", "DZ", 46.00, 86, 12),
    ("GL-PU-L", "GLOVE PU COATED NYLON LG 12PR/DZ", "DZ", 18.50, 87, 12),
    ("GL-LTH-L", "GLOVE LEATHER DRIVER LG PR", "PR", 7.25, 88, 1),
    ("CT-SAFE", "CUTTER SAFETY SELF-RETRACT", "EA", 6.40, 0, 1),
    ("CT-BLD-S", "BLADE SAFETY CUTTER REPL 10/PK", "PK", 7.90, 0, 10),
    ("CT-UK", "KNIFE UTILITY RETRACTABLE", "EA", 4.80, 0, 1),
    ("CT-BLD100", "BLADE UTILITY REPLACEMENT 100/PK", "PK", 16.00, 0, 100),
    ("CT-HOOK", "CUTTER HOOK BLADE ZIP 10/PK", "PK", 12.50, 0, 10),
]


def catalog_rows():
    rows = []
    for grade, sizes in (("32", RSC_32), ("44", RSC_44), ("48", RSC_48), ("DW", RSC_DW),
                         ("200", RSC_200), ("32W", RSC_32W)):
        rows.extend(_rsc(s, grade) for s in sizes)
    for sku, desc, uom, price, g, pack in _OTHER:
        rows.append((sku, desc, uom, price, _gtin(g) if g else "", pack))
    return rows


SELLER = {
    "name": "Ridgeline Pack & Ship Supply, Inc.",
    "street": "4100 Gateway Pkwy",
    "city": "Mechanicsburg", "region": "PA", "postal_code": "17050",
    "orders": "orders@ridgelinepack.com",
}

CUSTOMERS = [
    ("C1001", "Parcelwise Fulfillment", "parcelwise.com;parcelwise-ops.com",
     ["Parcelwise Fulfillment - Reno DC, 1450 Energy Way, Reno, NV 89502, US",
      "Parcelwise Fulfillment - Columbus DC, 3880 Creekside Pkwy Suite B, Lockbourne, OH 43137, US"]),
    ("C1002", "Harbor Lane Brewing Co.", "harborlanebrewing.com",
     ["Harbor Lane Brewing Co., 77 Thames St, Portland, ME 04101, US"]),
    ("C1003", "Oakhurst Furniture Works", "oakhurstfw.com;oakhurstfurniture.com",
     ["Oakhurst Furniture Works - Plant 1, 1840 Highland Ave NE, Hickory, NC 28601, US",
      "Oakhurst Furniture Works - Finishing, 505 Conover Blvd W, Conover, NC 28613, US"]),
    ("C1004", "Tri-County Logistics LLC", "tricountylogistics.com;tc3pl.com",
     ["Tri-County Logistics Bldg 2, 7355 Industrial Blvd, Allentown, PA 18106, US",
      "Tri-County Logistics - Bethlehem, 1600 Commerce Center Blvd, Bethlehem, PA 18015, US"]),
    ("C1005", "Inkwell Print & Copy", "inkwellprint.com",
     ["Inkwell Print & Copy, 418 W Main St, Madison, WI 53703, US"]),
    ("C1006", "Cedar Prairie Unified School District", "cpusd.org;cpusd.k12.ia.us",
     ["CPUSD District Warehouse, 900 N 5th Ave, Cedar Prairie, IA 52404, US"]),
    ("C1007", "Boxmoor Outfitters", "boxmooroutfitters.com",
     ["Boxmoor Outfitters Warehouse, 61 Depot Rd, Burlington, VT 05401, US"]),
    ("C1008", "Sprout & Stem Botanicals", "sproutandstem.co;sproutstem.com",
     ["Sprout & Stem Botanicals, 4420 NW Yeon Ave Unit 6, Portland, OR 97210, US"]),
    ("C1009", "Northgate Fulfillment Services", "northgatefs.com;ngfs-wms.com",
     ["Northgate FS Memphis, 3700 Airways Commerce Dr, Memphis, TN 38118, US",
      "Northgate FS Olive Branch, 8655 Polk Ln Bldg C, Olive Branch, MS 38654, US"]),
    ("C1010", "Cedar & Pine Home Goods", "cedarpinehome.com",
     ["Cedar & Pine Home Goods, 1275 Enterprise Dr, Lewis Center, OH 43035, US"]),
    ("C1011", "Blue Heron Coffee Roasters", "blueheroncoffee.com;blueheronroasters.com",
     ["Blue Heron Coffee Roasters, 5521 Airport Way S, Seattle, WA 98108, US"]),
    ("C1012", "Keystone Appliance Parts", "keystoneparts.com;kap-purchasing.com",
     ["Keystone Appliance Parts DC, 2100 Lincoln Hwy E, Lancaster, PA 17602, US"]),
]
