"""Master data for the twelfth-look blind set: the seller, its catalog and its customers.

Seller: Kestrel Point Electrical Supply, Inc. (invented), Dayton OH.
Everything here is invented; phone numbers use 555.
"""

SELLER = {
    "name": "Kestrel Point Electrical Supply, Inc.",
    "short": "Kestrel Point Electrical Supply",
    "street": "4100 Industrial Commons Dr",
    "city": "Dayton", "region": "OH", "postal_code": "45414", "country": "US",
    "phone": "(937) 555-0140",
    "orders_email": "orders@kestrelpointsupply.com",
    "domain": "kestrelpointsupply.com",
}


def _upc(n):
    """A valid UPC-A (GTIN-12) from an invented company prefix 731245 + 5-digit item ref."""
    body = "731245" + f"{n:05d}"
    odd = sum(int(d) for d in body[0::2])
    even = sum(int(d) for d in body[1::2])
    check = (10 - (odd * 3 + even) % 10) % 10
    return body + str(check)


# (sku, description, uom, unit_price, gtin_ref or None, pack_size)
# pack_size = pieces in the manufacturer's standard package that a buyer may order by
# (box / case / bundle); for uom BX or PK it is the count inside one box/pack; 1 = sold singly.
_ROWS = []


def _add(sku, desc, uom, price, gtin=None, pack=1):
    _ROWS.append((sku, desc, uom, price, _upc(gtin) if gtin else "", pack))


# ---------------- wire & cable ----------------
_thhn_price = {("14", 500): 64.80, ("12", 500): 95.40, ("10", 500): 149.00,
               ("8", 500): 238.00, ("6", 500): 362.00,
               ("14", 2500): 309.00, ("12", 2500): 462.00, ("10", 2500): 724.00}
_colours = {"BLK": "BLK", "WHT": "WHT", "RED": "RED", "GRN": "GRN", "BLU": "BLU"}
for awg, cols in (("14", ["BLK", "WHT", "RED", "GRN", "BLU"]),
                  ("12", ["BLK", "WHT", "RED", "GRN", "BLU"]),
                  ("10", ["BLK", "WHT", "RED", "GRN", "BLU"])):
    for c in cols:
        _add(f"THHN-{awg}-{c}-500", f"THHN {awg} AWG STR {c} 500FT RL", "RL", _thhn_price[(awg, 500)])
for awg, c in (("14", "BLK"), ("12", "BLK"), ("12", "WHT"), ("12", "RED"), ("10", "BLK")):
    _add(f"THHN-{awg}-{c}-2500", f"THHN {awg} AWG STR {c} 2500FT RL", "RL", _thhn_price[(awg, 2500)])
_add("THHN-8-BLK-500", "THHN 8 AWG STR BLK 500FT RL", "RL", 238.00)
_add("THHN-6-BLK-500", "THHN 6 AWG STR BLK 500FT RL", "RL", 362.00)

for cond, price in (("14-2", 74.90), ("12-2", 114.50), ("10-2", 182.00),
                    ("14-3", 119.00), ("12-3", 176.00), ("10-3", 262.00)):
    a, b = cond.split("-")
    _add(f"NMB-{cond}-250", f"NM-B {a}/{b} W/GRD 250FT COIL", "RL", price)
_add("NMB-14-2-1000", "NM-B 14/2 W/GRD 1000FT REEL", "RL", 289.00)
_add("NMB-12-2-1000", "NM-B 12/2 W/GRD 1000FT REEL", "RL", 438.00)
for cond, price in (("14-2", 134.00), ("12-2", 158.00), ("12-3", 219.00), ("10-2", 258.00)):
    a, b = cond.split("-")
    _add(f"MC-{cond}-250", f"MC CABLE {a}/{b} AL ARMOR W/GRD 250FT COIL", "RL", price)
_add("SOOW-12-3", "CORD SOOW 12/3 BLK PER FT", "FT", 1.35)
_add("SOOW-14-3", "CORD SOOW 14/3 BLK PER FT", "FT", 0.98)
_add("SOOW-16-3", "CORD SOOW 16/3 BLK PER FT", "FT", 0.72)
_add("EXT-12-3-25", "EXT CORD 12/3 SJTW 25FT YEL LIGHTED END", "EA", 34.20, 101)
_add("EXT-12-3-50", "EXT CORD 12/3 SJTW 50FT YEL LIGHTED END", "EA", 58.60, 102)

# ---------------- conduit & fittings ----------------
_ts = {"050": '1/2', "075": '3/4', "100": '1', "125": '1-1/4', "200": '2'}
for s, p in (("050", 7.20), ("075", 12.80), ("100", 21.50), ("125", 34.00)):
    _add(f"EMT-{s}", f"EMT {_ts[s]}IN 10FT", "EA", p, None, 10)
for s, p in (("050", 3.10), ("075", 4.20), ("100", 6.30), ("200", 13.90)):
    _add(f"PVC40-{s}", f"PVC SCH40 CONDUIT {_ts[s]}IN 10FT BELL END", "EA", p, None, 10)
for s, p in (("050", 39.00), ("075", 46.00), ("100", 64.00)):
    _add(f"GRC-{s}", f"RIGID GALV CONDUIT {_ts[s]}IN 10FT W/CPLG", "EA", p, None, 10)
for s, p in (("050", 0.42), ("075", 0.74), ("100", 1.28)):
    _add(f"EMTC-SS-{s}", f"EMT SS CONN {_ts[s]}IN STL", "EA", p, None, {"050": 50, "075": 50, "100": 25}[s])
for s, p in (("050", 0.98), ("075", 1.62), ("100", 2.70)):
    _add(f"EMTC-CP-{s}", f"EMT COMP CONN {_ts[s]}IN STL RT", "EA", p, None, {"050": 25, "075": 25, "100": 10}[s])
for s, p in (("050", 0.40), ("075", 0.68), ("100", 1.18)):
    _add(f"EMTK-SS-{s}", f"EMT SS CPLG {_ts[s]}IN STL", "EA", p, None, {"050": 50, "075": 50, "100": 25}[s])
for s, p in (("050", 1.05), ("075", 1.70)):
    _add(f"EMTK-CP-{s}", f"EMT COMP CPLG {_ts[s]}IN STL RT", "EA", p, None, 25)
for s, p in (("050", 0.12), ("075", 0.18), ("100", 0.29)):
    _add(f"STRAP-1H-{s}", f"STRAP 1-HOLE EMT {_ts[s]}IN", "EA", p, None, 100)
for s, p in (("050", 0.14), ("075", 0.21)):
    _add(f"STRAP-2H-{s}", f"STRAP 2-HOLE EMT {_ts[s]}IN", "EA", p, None, 100)
for s, p in (("050", 0.38), ("075", 0.52)):
    _add(f"PVCK-{s}", f"PVC COUPLING {_ts[s]}IN", "EA", p, None, 50)
for s, p in (("050", 0.44), ("075", 0.61)):
    _add(f"PVCMA-{s}", f"PVC MALE ADAPTER {_ts[s]}IN", "EA", p, None, 50)
for s, p in (("050", 1.05), ("075", 1.40)):
    _add(f"PVC90-{s}", f"PVC ELBOW 90DEG SCH40 {_ts[s]}IN", "EA", p, None, 25)
_add("BOX-4SQ-112", "BOX 4IN SQ 1-1/2IN DP W/KO", "EA", 2.35, None, 25)
_add("BOX-4SQ-218", "BOX 4IN SQ 2-1/8IN DP W/KO", "EA", 3.10, None, 25)
_add("BOX-411-218", "BOX 4-11/16IN SQ 2-1/8IN DP W/KO", "EA", 5.60, None, 10)
_add("BOX-1G-NW", "BOX 1G PVC NEW WORK 18CU", "EA", 0.62, None, 50)
_add("BOX-1G-OW", "BOX 1G PVC OLD WORK 20CU", "EA", 1.35, None, 50)
_add("BOX-2G-NW", "BOX 2G PVC NEW WORK 35CU", "EA", 1.05, None, 25)
_add("BOX-OCT-4", "BOX OCTAGON 4IN 1-1/2IN DP", "EA", 2.20, None, 25)
_add("BOX-HANDY", "BOX HANDY 1G 1-7/8IN DP", "EA", 1.85, None, 25)
_add("CVR-4SQ-BLK", "COVER 4IN SQ FLAT BLANK", "EA", 0.88, None, 50)
_add("CVR-4SQ-R1D", "COVER 4IN SQ RAISED 1-DEVICE 1/2IN", "EA", 1.65, None, 25)
_add("CVR-4SQ-R2D", "COVER 4IN SQ RAISED 2-DEVICE 1/2IN", "EA", 1.75, None, 25)
_add("CVR-4SQ-IND", "COVER 4IN SQ INDUSTRIAL DUPLEX REC", "EA", 1.45, None, 25)
_add("CVR-411-BLK", "COVER 4-11/16IN SQ FLAT BLANK", "EA", 1.90, None, 25)
_add("MCC-038", "MC CONN SNAP-IN 3/8IN", "EA", 0.55, None, 100)
_add("NMC-038", "NM CONN CLAMP 3/8IN", "EA", 0.32, None, 100)
_add("CGRIP-050", "CORD GRIP 1/2IN .30-.45 RANGE", "EA", 3.20, None, 10)

# ---------------- breakers (brand-neutral plug-on unless noted) ----------------
for amps, price in ((15, 7.95), (20, 7.95), (30, 9.40)):
    _add(f"BRK-1P-{amps}", f"BRKR 1P {amps}A 120/240V PLUG-ON STD", "EA", price, 200 + amps)
for amps, price in ((20, 19.80), (30, 19.80), (40, 21.60), (50, 23.40), (60, 27.90)):
    _add(f"BRK-2P-{amps}", f"BRKR 2P {amps}A 120/240V PLUG-ON STD", "EA", price, 300 + amps)
_add("BRK-1P-15-AF", "BRKR 1P 15A PLUG-ON AFCI", "EA", 44.50, 415)
_add("BRK-1P-20-AF", "BRKR 1P 20A PLUG-ON AFCI", "EA", 44.50, 420)
_add("BRK-1P-15-GF", "BRKR 1P 15A PLUG-ON GFCI", "EA", 48.90, 515)
_add("BRK-1P-20-GF", "BRKR 1P 20A PLUG-ON GFCI", "EA", 48.90, 520)
_add("BRK-1P-20-DF", "BRKR 1P 20A PLUG-ON DUAL FUNCTION AFCI/GFCI", "EA", 52.75, 620)
_add("BRK-2P-20-GF", "BRKR 2P 20A PLUG-ON GFCI", "EA", 98.00, 720)
_add("BRK-2P-50-GF", "BRKR 2P 50A PLUG-ON GFCI", "EA", 118.00, 750)
_add("BRK-3P-20-BO", "BRKR 3P 20A 240V BOLT-ON", "EA", 86.00, 820)
_add("BRK-3P-30-BO", "BRKR 3P 30A 240V BOLT-ON", "EA", 92.00, 830)

# ---------------- wiring devices ----------------
_add("REC-DUP-15-WHT", "REC DUPLEX 15A 125V RES GR WHT", "EA", 0.98, 1001, 10)
_add("REC-DUP-15-IVY", "REC DUPLEX 15A 125V RES GR IVY", "EA", 0.98, 1002, 10)
_add("REC-DUP-15-BLK", "REC DUPLEX 15A 125V RES GR BLK", "EA", 1.45, 1003, 10)
_add("REC-DUP-20-WHT", "REC DUPLEX 20A 125V COMM GR WHT", "EA", 3.25, 1011, 10)
_add("REC-DUP-20-IVY", "REC DUPLEX 20A 125V COMM GR IVY", "EA", 3.25, 1012, 10)
_add("REC-DUP-20-GRY", "REC DUPLEX 20A 125V COMM GR GRY", "EA", 3.40, 1013, 10)
_add("REC-HG-20-WHT", "REC DUPLEX 20A 125V HOSP GR WHT", "EA", 9.80, 1021, 10)
_add("REC-HG-20-RED", "REC DUPLEX 20A 125V HOSP GR RED", "EA", 10.40, 1022, 10)
_add("GFCI-15-WHT", "REC GFCI 15A 125V SELF-TEST TR WHT", "EA", 16.90, 1031, 10)
_add("GFCI-20-WHT", "REC GFCI 20A 125V SELF-TEST TR WHT", "EA", 18.40, 1032, 10)
_add("GFCI-20-IVY", "REC GFCI 20A 125V SELF-TEST TR IVY", "EA", 18.40, 1033, 10)
_add("GFCI-20-WR-WHT", "REC GFCI 20A 125V SELF-TEST TR WR WHT", "EA", 21.75, 1034, 10)
_add("REC-DEC-15-WHT", "REC DECORA 15A 125V TR WHT", "EA", 2.10, 1041, 10)
_add("REC-DEC-20-WHT", "REC DECORA 20A 125V TR WHT", "EA", 4.15, 1042, 10)
_add("REC-USB-15-WHT", "REC DECORA 15A TR W/USB A+C WHT", "EA", 24.50, 1051, 5)
_add("SW-1P-15-WHT", "SW TOGGLE 1P 15A 120V RES WHT", "EA", 0.95, 1101, 10)
_add("SW-1P-15-IVY", "SW TOGGLE 1P 15A 120V RES IVY", "EA", 0.95, 1102, 10)
_add("SW-1P-20-WHT", "SW TOGGLE 1P 20A 120/277V COMM WHT", "EA", 3.10, 1111, 10)
_add("SW-1P-20-IVY", "SW TOGGLE 1P 20A 120/277V COMM IVY", "EA", 3.10, 1112, 10)
_add("SW-3W-15-WHT", "SW TOGGLE 3-WAY 15A 120V RES WHT", "EA", 2.85, 1121, 10)
_add("SW-3W-20-WHT", "SW TOGGLE 3-WAY 20A 120/277V COMM WHT", "EA", 5.90, 1122, 10)
_add("SW-4W-20-WHT", "SW TOGGLE 4-WAY 20A 120/277V COMM WHT", "EA", 14.75, 1131, 10)
_add("SW-DEC-1P-15-WHT", "SW DECORA ROCKER 1P 15A WHT", "EA", 1.80, 1141, 10)
_add("SW-DEC-3W-15-WHT", "SW DECORA ROCKER 3-WAY 15A WHT", "EA", 3.60, 1142, 10)
_add("DIM-LED-600-WHT", "DIMMER SLIDE LED/CFL 150W 600W INC 1P/3W WHT", "EA", 22.90, 1151, 1)
_add("WP-1G-DUP-WHT", "PLATE 1G DUPLEX NYLON WHT", "EA", 0.58, 1201, 25)
_add("WP-1G-DUP-IVY", "PLATE 1G DUPLEX NYLON IVY", "EA", 0.58, 1202, 25)
_add("WP-1G-TOG-WHT", "PLATE 1G TOGGLE NYLON WHT", "EA", 0.58, 1203, 25)
_add("WP-1G-TOG-IVY", "PLATE 1G TOGGLE NYLON IVY", "EA", 0.58, 1204, 25)
_add("WP-1G-DEC-WHT", "PLATE 1G DECORA NYLON WHT", "EA", 0.62, 1205, 25)
_add("WP-2G-DEC-WHT", "PLATE 2G DECORA NYLON WHT", "EA", 1.20, 1206, 25)
_add("WP-2G-TOG-WHT", "PLATE 2G TOGGLE NYLON WHT", "EA", 1.10, 1207, 25)
_add("WP-1G-BLANK-WHT", "PLATE 1G BLANK NYLON WHT", "EA", 0.62, 1208, 25)
_add("WP-1G-DUP-SS", "PLATE 1G DUPLEX 302 STAINLESS", "EA", 1.95, 1211, 25)
_add("WP-1G-TOG-SS", "PLATE 1G TOGGLE 302 STAINLESS", "EA", 1.95, 1212, 25)
_add("WP-1G-DEC-SS", "PLATE 1G DECORA 302 STAINLESS", "EA", 2.10, 1213, 25)
_add("WP-1G-INUSE", "COVER WP IN-USE 1G VERT/HORIZ GRY", "EA", 14.80, 1221, 1)

# ---------------- lamps ----------------
for k, ref in (("27", 1301), ("30", 1302), ("40", 1303), ("50", 1304)):
    _add(f"LED-A19-9W-{k}K", f"LAMP LED A19 9W 60W EQ {k}00K E26 DIM", "EA", 2.45, ref, 24)
for k, ref in (("27", 1311), ("50", 1314)):
    _add(f"LED-A19-15W-{k}K", f"LAMP LED A19 15W 100W EQ {k}00K E26 DIM", "EA", 4.95, ref, 24)
for k, ref in (("27", 1321), ("30", 1322), ("40", 1323)):
    _add(f"LED-BR30-9W-{k}K", f"LAMP LED BR30 9W 65W EQ {k}00K E26 DIM", "EA", 4.10, ref, 12)
for k, ref in (("35", 1331), ("40", 1332), ("50", 1333)):
    _add(f"LED-T8-4FT-15W-{k}K", f"LAMP LED T8 4FT 15W {k}00K TYPE A/B G13", "EA", 5.20, ref, 25)
_add("LED-T8-2FT-9W-40K", "LAMP LED T8 2FT 9W 4000K TYPE A/B G13", "EA", 4.60, 1342, 25)
_add("LED-PAR38-15W-30K", "LAMP LED PAR38 15W 3000K E26 WET LOC", "EA", 8.75, 1352, 12)

# ---------------- connectors, tape ----------------
_add("WN-ORG-100", "WIRE CONN TWIST-ON ORG BX/100", "BX", 7.40, 1401, 100)
_add("WN-YEL-100", "WIRE CONN TWIST-ON YEL BX/100", "BX", 8.90, 1402, 100)
_add("WN-RED-100", "WIRE CONN TWIST-ON RED BX/100", "BX", 11.20, 1403, 100)
_add("WN-TAN-100", "WIRE CONN TWIST-ON TAN BX/100", "BX", 12.60, 1404, 100)
_add("WN-BLU-50", "WIRE CONN TWIST-ON BLU BX/50", "BX", 16.80, 1405, 50)
_add("PUSH-2P-100", "WIRE CONN PUSH-IN 2-PORT BX/100", "BX", 14.50, 1411, 100)
_add("PUSH-3P-100", "WIRE CONN PUSH-IN 3-PORT BX/100", "BX", 16.20, 1412, 100)
_add("PUSH-5P-50", "WIRE CONN PUSH-IN 5-PORT BX/50", "BX", 18.90, 1413, 50)
_add("TAPE-VNL-BLK", "TAPE VINYL ELEC 3/4IN X 66FT BLK", "RL", 1.35, 1501, 10)
_add("TAPE-VNL-WHT", "TAPE VINYL ELEC 3/4IN X 66FT WHT", "RL", 1.55, 1502, 10)
_add("TAPE-VNL-RED", "TAPE VINYL ELEC 3/4IN X 66FT RED", "RL", 1.55, 1503, 10)
_add("TAPE-VNL-GRN", "TAPE VINYL ELEC 3/4IN X 66FT GRN", "RL", 1.55, 1504, 10)
_add("TAPE-VNL-BLU", "TAPE VINYL ELEC 3/4IN X 66FT BLU", "RL", 1.55, 1505, 10)
_add("TAPE-RUB-030", "TAPE RUBBER SPLICING 3/4IN X 30FT", "RL", 7.80, 1511, 1)

# ---------------- fasteners & support ----------------
_add("TIE-08-BLK", "CABLE TIE 8IN 50LB UV BLK PK/100", "PK", 4.60, 1601, 100)
_add("TIE-11-BLK", "CABLE TIE 11IN 50LB UV BLK PK/100", "PK", 7.20, 1602, 100)
_add("TIE-08-NAT", "CABLE TIE 8IN 50LB NAT PK/100", "PK", 4.20, 1603, 100)
_add("SCR-8X1-SD", "SCREW #8 X 1IN PAN HD SELF-DRILL BX/100", "BX", 6.90, None, 100)
_add("ANC-8-PLAS", "ANCHOR PLASTIC #8 RIBBED BX/100", "BX", 3.40, None, 100)
_add("ROD-14-10", "THREADED ROD 1/4-20 X 10FT ZINC", "EA", 8.40, None, 1)
_add("NUT-14-HEX", "NUT HEX 1/4-20 ZINC BX/100", "BX", 5.10, None, 100)
_add("BCLAMP-14", "BEAM CLAMP 1/4-20 MALLEABLE", "EA", 1.35, None, 25)
_add("STRUT-158-10", "STRUT CHANNEL 1-5/8 X 1-5/8 12GA 10FT PG", "EA", 36.00, None, 1)
_add("STRUT-CLP-050", "STRUT STRAP 1/2IN EMT", "EA", 0.62, None, 50)

# ---------------- tools ----------------
_add("TL-STRIP-1018", "TOOL WIRE STRIPPER 10-18 AWG SOL", "EA", 16.50, 1701, 1)
_add("TL-PLIER-9", "TOOL LINEMAN PLIER 9IN HIGH LEVERAGE", "EA", 32.00, 1702, 1)
_add("TL-SD-6IN1", "TOOL SCREWDRIVER 6-IN-1 MULTI-BIT", "EA", 14.80, 1703, 1)
_add("TL-NCVT", "TOOL VOLTAGE TESTER NON-CONTACT 50-1000V", "EA", 21.00, 1704, 1)
_add("TL-FISH-50", "TOOL FISH TAPE STEEL 1/8IN X 50FT", "EA", 38.50, 1705, 1)
_add("TL-BEND-050", "TOOL EMT BENDER 1/2IN W/HANDLE", "EA", 38.00, 1706, 1)
_add("TL-BEND-075", "TOOL EMT BENDER 3/4IN W/HANDLE", "EA", 46.00, 1707, 1)
_add("TL-TAPE-25", "TOOL TAPE MEASURE 25FT", "EA", 15.90, 1708, 1)

CATALOG = [dict(sku=s, description=d, uom=u, unit_price=p, gtin=g, pack_size=k)
           for (s, d, u, p, g, k) in _ROWS]
BY_SKU = {c["sku"]: c for c in CATALOG}
assert len(BY_SKU) == len(CATALOG), "duplicate sku"


def site(name, street, city, region, postal, country="US"):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


CUSTOMERS = [
    {"customer_id": "C1001", "name": "Ridgeway Electric LLC",
     "email_domains": ["ridgewayelectric.com", "ridgeway-elec.net"],
     "ship_to": [site("Ridgeway Electric LLC Shop", "2210 Kessler Rd", "Dayton", "OH", "45439"),
                 site("Ridgeway Electric - Elm St Job", "418 Elm St", "Springboro", "OH", "45066")]},
    {"customer_id": "C1002", "name": "Hollis & Park Electrical Contractors Inc",
     "email_domains": ["hollisparkelectric.com"],
     "ship_to": [site("Hollis & Park Warehouse", "77 Commerce Dr", "Kettering", "OH", "45420"),
                 site("Hollis & Park - Fairborn Library Job", "300 N Broad St", "Fairborn", "OH", "45324")]},
    {"customer_id": "C1003", "name": "Marrow Valley Health System",
     "email_domains": ["mvhealth.org", "marrowvalleyhealth.org"],
     "ship_to": [site("Marrow Valley Medical Center - Receiving Dock B", "1500 Hospital Way", "Dayton", "OH", "45409"),
                 site("Marrow Valley Westside Outpatient Center", "6020 W Third St", "Dayton", "OH", "45417")]},
    {"customer_id": "C1004", "name": "Tri-County Unified School District",
     "email_domains": ["tricountyusd.org"],
     "ship_to": [site("TCUSD Maintenance & Operations Warehouse", "880 Depot St", "Xenia", "OH", "45385"),
                 site("Tri-County High School", "1200 Bellbrook Ave", "Xenia", "OH", "45385")]},
    {"customer_id": "C1005", "name": "City of Calder - Facilities Maintenance",
     "email_domains": ["calder-oh.gov"],
     "ship_to": [site("City of Calder Service Center", "455 Municipal Dr", "Calder", "OH", "45371")]},
    {"customer_id": "C1006", "name": "Brookstone Property Management",
     "email_domains": ["brookstonepm.com", "brookstoneliving.com"],
     "ship_to": [site("Brookstone PM Maintenance Shop", "19 Brookstone Ct", "Centerville", "OH", "45459"),
                 site("The Willows at Brookstone", "7400 Yankee St", "Centerville", "OH", "45458")]},
    {"customer_id": "C1007", "name": "Vantage Panel Systems Inc",
     "email_domains": ["vantagepanel.com"],
     "ship_to": [site("Vantage Panel Systems - Receiving", "3150 Production Blvd", "Moraine", "OH", "45439")]},
    {"customer_id": "C1008", "name": "VoltCart Online LLC",
     "email_domains": ["voltcart.com", "voltcart-ops.com"],
     "ship_to": [site("VoltCart Fulfillment Center", "9900 Logistics Pkwy", "Monroe", "OH", "45050")]},
    {"customer_id": "C1009", "name": "Lakefront Residential Partners",
     "email_domains": ["lakefrontres.com"],
     "ship_to": [site("Lakefront Residential - Harbor Point Apartments", "250 Harbor Point Dr", "Miamisburg", "OH", "45342"),
                 site("Lakefront Residential - Maple Glen Townhomes", "41 Maple Glen Ln", "West Carrollton", "OH", "45449")]},
    {"customer_id": "C1010", "name": "Dunmore Mechanical & Electrical Inc",
     "email_domains": ["dunmore-me.com", "dunmoreme.com"],
     "ship_to": [site("Dunmore M&E Yard", "5600 Webster St", "Dayton", "OH", "45414"),
                 site("Dunmore - Beavercreek Medical Office Job", "2450 Grange Hall Rd", "Beavercreek", "OH", "45431")]},
    {"customer_id": "C1011", "name": "Sparrow Electric Co",
     "email_domains": ["sparrowelectricco.com"],
     "ship_to": [site("Sparrow Electric Co", "36 Linden Ave", "Miamisburg", "OH", "45342")]},
    {"customer_id": "C1012", "name": "Northgate Industrial Services LLC",
     "email_domains": ["northgateindustrial.com", "ngis-mail.com"],
     "ship_to": [site("Northgate Industrial Services", "1720 Stanley Ave", "Dayton", "OH", "45404"),
                 site("Northgate @ Arlo Foods Plant", "800 Valley Pike", "Vandalia", "OH", "45377")]},
]
CUST = {c["customer_id"]: c for c in CUSTOMERS}


def ship(cid, idx=0):
    return dict(CUST[cid]["ship_to"][idx])


def cname(cid):
    return CUST[cid]["name"]
