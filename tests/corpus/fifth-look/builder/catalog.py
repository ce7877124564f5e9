"""Catalog of Fennimore Electric Supply (invented). ~150 look-alike products."""

def _gtin(base12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)

ROWS = []  # (sku, description, uom, price, pack_size)


def add(sku, desc, uom, price, pack=""):
    ROWS.append((sku, desc, uom, price, pack))


COL = [("BK", "BLK"), ("WH", "WHT"), ("RD", "RED"), ("GN", "GRN"), ("BL", "BLU")]
for g, p in (("14", 68.0), ("12", 96.0), ("10", 149.0)):
    for c, cw in COL:
        add(f"THN{g}{c}-500", f"WIRE THHN {g}AWG STR {cw} 500FT SPL", "RL", p)
add("THN12BK-2500", "WIRE THHN 12AWG STR BLK 2500FT REEL", "RL", 462.0)
add("THN12WH-2500", "WIRE THHN 12AWG STR WHT 2500FT REEL", "RL", 462.0)
for c, l, p in (("14-2", 250, 64.0), ("14-2", 1000, 238.0), ("12-2", 250, 92.0),
                ("12-2", 1000, 349.0), ("14-3", 250, 98.0), ("12-3", 250, 139.0),
                ("10-2", 250, 168.0), ("10-3", 250, 231.0)):
    add(f"NM{c}-{l}", f"CABLE NM-B {c.replace('-', '/')} W/G {l}FT {'COIL' if l == 250 else 'REEL'}", "RL", p)
for c, p in (("14-2", 118.0), ("12-2", 142.0), ("12-3", 196.0)):
    add(f"MC{c}-250", f"CABLE MC {c.replace('-', '/')} AL ARMOR 250FT COIL", "RL", p)
TS = [("050", "1/2IN"), ("075", "3/4IN"), ("100", "1IN")]
for s, t, p in (("050", "1/2IN", 6.2), ("075", "3/4IN", 9.8), ("100", "1IN", 15.9), ("125", "1-1/4IN", 26.5)):
    add(f"EMT-{s}", f"CONDUIT EMT {t} 10FT", "EA", p)
for s, t, p in (("050", "1/2IN", 31.0), ("075", "3/4IN", 38.5), ("100", "1IN", 55.0)):
    add(f"RMC-{s}", f"CONDUIT RIGID GALV {t} 10FT", "EA", p)
for s, t, p in (("050", "1/2IN", 4.1), ("075", "3/4IN", 5.3), ("100", "1IN", 7.9), ("200", "2IN", 17.4)):
    add(f"PVC40-{s}", f"CONDUIT PVC SCH40 {t} 10FT", "EA", p)
for s, t in TS:
    add(f"EC-SS-{s}", f"CONN EMT SS {t}", "EA", {"050": 0.42, "075": 0.71, "100": 1.18}[s], "25")
    add(f"EC-CP-{s}", f"CONN EMT COMP {t} RT", "EA", {"050": 0.88, "075": 1.35, "100": 2.20}[s], "25")
    add(f"EK-SS-{s}", f"CPLG EMT SS {t}", "EA", {"050": 0.39, "075": 0.66, "100": 1.10}[s], "25")
    add(f"EK-CP-{s}", f"CPLG EMT COMP {t} RT", "EA", {"050": 0.95, "075": 1.49, "100": 2.45}[s], "25")
    add(f"PMA-{s}", f"ADPT PVC MALE {t}", "EA", {"050": 0.35, "075": 0.48, "100": 0.79}[s])
for s, t in TS[:2]:
    add(f"PCP-{s}", f"CPLG PVC {t}", "EA", {"050": 0.29, "075": 0.41}[s])
    add(f"PEL-{s}", f"ELB PVC 90DEG {t} SCH40", "EA", {"050": 1.05, "075": 1.62}[s])
    add(f"ST1-{s}", f"STRAP EMT 1-HOLE {t} STL", "EA", {"050": 0.12, "075": 0.17}[s], "100")
    add(f"ST2-{s}", f"STRAP EMT 2-HOLE {t} STL", "EA", {"050": 0.15, "075": 0.21}[s], "100")
for sku, d, p in (("BX-4S15", "BOX 4SQ 1-1/2D 1/2-3/4 KO", 2.35), ("BX-4S21", "BOX 4SQ 2-1/8D 1/2-3/4 KO", 3.10),
                  ("BX-HDY", "BOX HANDY 1G 1-7/8D", 1.95), ("BX-P1N", "BOX PVC 1G NEW WORK 18CI", 0.89),
                  ("BX-P1O", "BOX PVC 1G OLD WORK 20CI", 1.45), ("BX-P2N", "BOX PVC 2G NEW WORK 32CI", 1.70),
                  ("BX-OCT", "BOX OCT 4IN 1-1/2D", 2.20), ("MR-1G", "RING MUD 4SQ 1G 1/2 RAISE", 0.98),
                  ("MR-2G", "RING MUD 4SQ 2G 1/2 RAISE", 1.12), ("CV-4SB", "COVER 4SQ BLANK FLAT", 0.85)):
    add(sku, d, "EA", p)
for sku, d, p in (("HQ115", "BRKR HQ 1P 15A 120V PLUG-ON", 6.40), ("HQ120", "BRKR HQ 1P 20A 120V PLUG-ON", 6.40),
                  ("HQ130", "BRKR HQ 1P 30A 120V PLUG-ON", 7.10), ("HQ220", "BRKR HQ 2P 20A 240V PLUG-ON", 14.20),
                  ("HQ230", "BRKR HQ 2P 30A 240V PLUG-ON", 14.20), ("HQ240", "BRKR HQ 2P 40A 240V PLUG-ON", 15.60),
                  ("HQ250", "BRKR HQ 2P 50A 240V PLUG-ON", 17.90), ("HQ120GF", "BRKR HQ 1P 20A GFCI PIGTAIL", 48.00),
                  ("HQ115AF", "BRKR HQ 1P 15A AFCI CMB", 44.50), ("HQ120AF", "BRKR HQ 1P 20A AFCI CMB", 44.50),
                  ("HQL100MB", "LOADCTR HQ 100A MB 20SP/40CKT 1PH", 139.0), ("HQL200MB", "LOADCTR HQ 200A MB 40SP/80CKT 1PH", 289.0),
                  ("HQL125ML", "LOADCTR HQ 125A MLO 24SP 1PH", 98.0)):
    add(sku, d, "EA", p)
for sku, d, p in (("RD15-W", "RCPT DUP 15A 125V RES WHT", 0.79), ("RD15-I", "RCPT DUP 15A 125V RES IVY", 0.79),
                  ("RD20-W", "RCPT DUP 20A 125V COMM WHT", 2.45), ("RD20-I", "RCPT DUP 20A 125V COMM IVY", 2.45),
                  ("GF15-W", "RCPT GFCI 15A TR WR WHT", 14.90), ("GF20-W", "RCPT GFCI 20A TR WR WHT", 17.40),
                  ("SW1-15W", "SW TGL 1P 15A RES WHT", 0.69), ("SW3-15W", "SW TGL 3WAY 15A RES WHT", 2.10),
                  ("SW1-20W", "SW TGL 1P 20A COMM WHT", 3.25), ("SWD-15W", "SW DECO 1P 15A WHT", 2.60),
                  ("PL1-DW", "PLATE 1G DUP NYL WHT", 0.45), ("PL1-DKW", "PLATE 1G DECO NYL WHT", 0.52),
                  ("PL2-DKW", "PLATE 2G DECO NYL WHT", 0.98)):
    add(sku, d, "EA", p)
for sku, d, u, p, pk in (("SL4-40K", "LED SHOPLT 4FT 40W 4000K LINKABLE", "EA", 34.0, ""),
                         ("SL4-50K", "LED SHOPLT 4FT 40W 5000K LINKABLE", "EA", 34.0, ""),
                         ("WR4-40K", "LED WRAP 4FT 40W 4000K", "EA", 46.0, ""),
                         ("TR24-40K", "LED TROFFER 2X4 50W 4000K", "EA", 72.0, ""),
                         ("TR22-40K", "LED TROFFER 2X2 36W 4000K", "EA", 61.0, ""),
                         ("A19-27K-4", "LAMP LED A19 9W 2700K E26 4PK", "PK", 7.80, "4"),
                         ("A19-50K-4", "LAMP LED A19 9W 5000K E26 4PK", "PK", 7.80, "4"),
                         ("BR30-30K", "LAMP LED BR30 11W 3000K DIM", "EA", 4.60, ""),
                         ("WF6-30K", "LED WAFER 6IN 12W 3000K", "EA", 11.20, ""),
                         ("WF6-40K", "LED WAFER 6IN 12W 4000K", "EA", 11.20, ""),
                         ("WF4-30K", "LED WAFER 4IN 9W 3000K", "EA", 9.40, ""),
                         ("T8-40K-25", "LAMP LED T8 4FT 15W 4000K BYP CS/25", "CS", 112.0, "25"),
                         ("HB150-50K", "LED HIGHBAY UFO 150W 5000K", "EA", 119.0, ""),
                         ("HB240-50K", "LED HIGHBAY UFO 240W 5000K", "EA", 164.0, "")):
    add(sku, d, u, p, pk)
for sku, d, u, p, pk in (("WN-Y-100", "CONN TWIST YEL BX/100", "BX", 9.80, "100"),
                         ("WN-Y-500", "CONN TWIST YEL BAG/500", "BG", 41.0, "500"),
                         ("WN-R-100", "CONN TWIST RED BX/100", "BX", 12.40, "100"),
                         ("WN-R-500", "CONN TWIST RED BAG/500", "BG", 52.0, "500"),
                         ("WN-O-100", "CONN TWIST ORG BX/100", "BX", 8.60, "100"),
                         ("WN-B-100", "CONN TWIST BLU BX/100", "BX", 10.90, "100"),
                         ("PI-2-100", "CONN PUSH-IN 2PORT BX/100", "BX", 16.50, "100"),
                         ("PI-3-100", "CONN PUSH-IN 3PORT BX/100", "BX", 22.00, "100"),
                         ("RT-1210", "TERM RING 12-10AWG #10 STUD PK/100", "PK", 14.30, "100"),
                         ("SP-2218", "TERM SPADE 22-18AWG #8 PK/100", "PK", 9.70, "100"),
                         ("BS-1614", "SPLICE BUTT 16-14AWG BLU PK/100", "PK", 11.20, "100"),
                         ("BS-1210", "SPLICE BUTT 12-10AWG YEL PK/100", "PK", 15.80, "100")):
    add(sku, d, u, p, pk)
for c, cw in COL + [("YL", "YEL")]:
    add(f"TP-{c}", f"TAPE VINYL 3/4X66FT {cw}", "RL", 2.10)
add("TP-BK-10", "TAPE VINYL 3/4X66FT BLK SLV/10", "PK", 18.50, "10")
add("TP-RS", "TAPE RUBBER SPLICE 3/4X22FT", "RL", 9.90)
for sku, d, p in (("TL-LP9", "PLIER LINEMAN 9IN HL", 38.0), ("TL-WS18", "STRIPPER WIRE 10-18AWG SOL/STR", 19.0),
                  ("TL-CC9", "CUTTER CABLE 9-1/2IN", 44.0), ("TL-FT50", "FISH TAPE STL 1/8X50FT", 36.0),
                  ("TL-FT100", "FISH TAPE STL 1/8X100FT", 58.0), ("TL-NCV", "TESTER VOLT NON-CONTACT 12-1000V", 24.0),
                  ("TL-DMM", "METER DIGITAL MULTI CAT III 600V", 69.0), ("TL-SD11", "DRIVER 11-IN-1 MULTIBIT", 16.0)):
    add(sku, d, "EA", p)
for sku, d, u, p, pk in (("FS-TC316", "SCREW CONC 3/16X1-1/4 HEX BX/100", "BX", 17.0, "100"),
                         ("FS-TC14", "SCREW CONC 1/4X1-3/4 HEX BX/100", "BX", 24.0, "100"),
                         ("FS-PA10", "ANCHOR PLASTIC #10 1IN BX/100", "BX", 5.50, "100"),
                         ("FS-BC14", "CLAMP BEAM 1/4-20 MALL", "EA", 1.40, ""),
                         ("FS-TR14", "ROD THREADED 1/4-20X10FT ZN", "EA", 6.90, ""),
                         ("FS-TR38", "ROD THREADED 3/8-16X10FT ZN", "EA", 11.80, ""),
                         ("FS-STR", "STRUT CHAN 1-5/8 12GA 10FT SLTD", "EA", 42.0, ""),
                         ("FS-SN38", "NUT SPRING STRUT 3/8-16", "EA", 0.95, ""),
                         ("FS-SN14", "NUT SPRING STRUT 1/4-20", "EA", 0.85, ""),
                         ("FS-TEK8", "SCREW TEK #8X1/2 HWH BX/100", "BX", 6.20, "100"),
                         ("CT-8BK", "TIE CABLE 8IN 50LB BLK PK/100", "PK", 4.90, "100"),
                         ("CT-11BK", "TIE CABLE 11IN 50LB BLK PK/100", "PK", 6.25, "100"),
                         ("CT-8NT", "TIE CABLE 8IN 50LB NAT PK/100", "PK", 4.40, "100")):
    add(sku, d, u, p, pk)
add("GR-58X8", "ROD GRND 5/8X8FT CU BONDED", "EA", 21.0)
add("GR-AC58", "CLAMP GRND ROD 5/8 ACORN", "EA", 1.60)
add("GR-B6-315", "WIRE BARE CU #6 SOL 315FT COIL", "RL", 178.0)

SKUS = {r[0] for r in ROWS}


def write(path):
    import csv
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for i, (sku, d, u, p, pk) in enumerate(ROWS):
            gt = _gtin("0847391%05d" % (1000 + i * 7)) if i % 3 != 2 else ""
            w.writerow([sku, d, u, "%.2f" % p, gt, pk])
