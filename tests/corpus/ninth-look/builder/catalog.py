"""Catalog and customer master data of the invented seller, Stillwater Plumbing & HVAC Supply Co.

Descriptions are written the way a plumbing/HVAC wholesaler's item file reads: terse, upper case,
abbreviated, size in the middle, and many families that differ in one attribute.
"""

from __future__ import annotations


def _upc(body11: str) -> str:
    """A 12-digit UPC-A with a valid check digit (body is invented)."""
    digits = [int(c) for c in body11]
    odd = sum(digits[0::2])
    even = sum(digits[1::2])
    check = (10 - (odd * 3 + even) % 10) % 10
    return body11 + str(check)


# (prefix, description, uom, unit_price, gtin-or-None, pack_size-or-None)
_ITEMS: list[tuple[str, str, str, float, str | None, int | None]] = []


def _add(prefix: str, desc: str, uom: str, price: float, gtin: str | None = None, pack: int | None = None) -> None:
    _ITEMS.append((prefix, desc, uom, price, gtin, pack))


# --- wrot copper fittings -------------------------------------------------------------------
for s, p in zip(["1/2", "3/4", "1", "1-1/4", "1-1/2"], [0.62, 1.38, 3.45, 6.10, 9.20]):
    _add("CWF", f"ELL 90 CXC {s} WROT", "EA", p)
for s, p in zip(["1/2", "3/4", "1"], [0.98, 1.85, 4.60]):
    _add("CWF", f"ELL 45 CXC {s} WROT", "EA", p)
for s, p in zip(["1/2", "3/4", "1", "1-1/4"], [1.05, 2.60, 7.90, 13.40]):
    _add("CWF", f"TEE CXCXC {s} WROT", "EA", p)
for s, p in zip(["1/2", "3/4", "1", "1-1/2"], [0.35, 0.78, 1.92, 4.80]):
    _add("CWF", f"CPLG W/STOP CXC {s} WROT", "EA", p)
for s, p in zip(["1/2", "3/4"], [0.48, 0.95]):
    _add("CWF", f"CAP {s} WROT", "EA", p)
_add("CWF", "RED TEE CXCXC 3/4X3/4X1/2 WROT", "EA", 3.40)
_add("CWF", "RED CPLG CXC 3/4X1/2 WROT", "EA", 1.45)
_add("CWF", "MALE ADPT CXM 1/2 WROT", "EA", 1.55)
_add("CWF", "MALE ADPT CXM 3/4 WROT", "EA", 2.40)

# --- copper press --------------------------------------------------------------------------
for kind, prices in [("ELL 90 PXP", [5.85, 7.40, 12.90]), ("TEE PXPXP", [8.90, 11.60, 19.80]),
                     ("CPLG W/STOP PXP", [4.10, 5.30, 9.20])]:
    for s, p in zip(["1/2", "3/4", "1"], prices):
        _add("CPF", f"{kind} {s} CU PROPRESS", "EA", p)

# --- copper tube (priced per foot, sold in 10 ft sticks / coils) ---------------------------
for s, p in zip(["1/2", "3/4", "1", "1-1/4"], [3.15, 5.40, 7.90, 11.20]):
    _add("CTU", f"CU TUBE TYPE L HARD {s} X 10FT", "FT", p, None, 10)
for s, p in zip(["1/2", "3/4", "1"], [2.05, 3.45, 5.60]):
    _add("CTU", f"CU TUBE TYPE M HARD {s} X 10FT", "FT", p, None, 10)
_add("CTU", "CU TUBE TYPE L SOFT 1/2 X 60FT COIL", "RL", 198.00)
_add("CTU", "CU TUBE TYPE L SOFT 3/4 X 60FT COIL", "RL", 342.00)
_add("CTU", "CU TUBE TYPE K SOFT 3/4 X 60FT COIL", "RL", 415.00)

# --- PVC DWV ---------------------------------------------------------------------------------
for kind, prices in [("1/4 BEND HXH", [1.65, 2.40, 6.20, 11.80]), ("SAN TEE HXHXH", [2.10, 3.15, 8.90, 17.40]),
                     ("WYE HXHXH", [2.60, 3.70, 10.40, 19.90]), ("CPLG HXH", [0.62, 0.88, 2.35, 4.10])]:
    for s, p in zip(["1-1/2", "2", "3", "4"], prices):
        _add("PDW", f"PVC DWV {kind} {s}", "EA", p)
_add("PDW", "PVC DWV P-TRAP W/UNION 1-1/2", "EA", 4.80)
_add("PDW", "PVC DWV P-TRAP W/UNION 2", "EA", 7.60)

# --- PVC pipe ----------------------------------------------------------------------------------
for s, p in zip(["2", "3", "4"], [1.12, 1.95, 2.60]):
    _add("PVP", f"PVC PIPE SCH40 FOAM CORE {s} X 10FT", "FT", p, None, 10)
_add("PVP", "PVC PIPE SCH40 SOLID 4 X 10FT", "FT", 3.40, None, 10)
for s, p in zip(["1/2", "3/4", "1"], [0.42, 0.55, 0.82]):
    _add("PVP", f"PVC PIPE SCH40 PRESS {s} X 10FT", "FT", p, None, 10)
_add("PVP", "PVC PIPE SCH80 3/4 X 20FT", "FT", 1.10, None, 20)
for s, p in zip(["1/2", "3/4", "1"], [0.38, 0.55, 0.92]):
    _add("PVP", f"PVC SCH40 ELL 90 SXS {s}", "EA", p)
for s, p in zip(["1/2", "3/4"], [1.85, 2.30]):
    _add("PVP", f"PVC SCH80 ELL 90 SXS {s}", "EA", p)
_add("PVP", "PVC SCH40 TEE SXSXS 3/4", "EA", 0.72)

# --- CPVC ----------------------------------------------------------------------------------------
_add("CPV", "CPVC CTS PIPE 1/2 X 10FT", "FT", 0.72, None, 10)
_add("CPV", "CPVC CTS PIPE 3/4 X 10FT", "FT", 1.25, None, 10)
for kind, prices in [("ELL 90", [0.42, 0.80]), ("TEE", [0.55, 1.05]), ("CPLG", [0.28, 0.45])]:
    for s, p in zip(["1/2", "3/4"], prices):
        _add("CPV", f"CPVC CTS {kind} {s}", "EA", p)

# --- PEX tubing ------------------------------------------------------------------------------------
for s, prices in [("1/2", (58.50, 56.00)), ("3/4", (98.00, 95.00))]:
    for colour in ["RED", "BLUE", "WHITE"]:
        _add("PXT", f"PEX-A TUBING {s} X 100FT {colour}", "RL", prices[1] if colour == "WHITE" else prices[0])
_add("PXT", "PEX-A TUBING 1/2 X 300FT WHITE", "RL", 162.00)
_add("PXT", "PEX-A TUBING 3/4 X 300FT WHITE", "RL", 279.00)
_add("PXT", "PEX-A TUBING 1 X 100FT WHITE", "RL", 168.00)
_add("PXT", "PEX-B TUBING 1/2 X 100FT RED", "RL", 34.00)

# --- PEX fittings -------------------------------------------------------------------------------------
_add("PXF", "PEX-A ELL 90 F1960 1/2 LF", "EA", 2.35)
_add("PXF", "PEX-A ELL 90 F1960 3/4 LF", "EA", 3.90)
_add("PXF", "PEX-A TEE F1960 1/2 LF", "EA", 3.10)
_add("PXF", "PEX-A TEE F1960 3/4 LF", "EA", 5.20)
_add("PXF", "PEX-A TEE F1960 3/4X3/4X1/2 LF", "EA", 4.85)
_add("PXF", "PEX-A CPLG F1960 1/2 LF", "EA", 1.80)
_add("PXF", "PEX-A CPLG F1960 3/4 LF", "EA", 2.95)
_add("PXF", "PEX-A RING 1/2 (BAG/50)", "PK", 14.50, None, 50)
_add("PXF", "PEX-A RING 3/4 (BAG/25)", "PK", 12.75, None, 25)
_add("PXF", "PEX-A ADPT F1960 1/2 X 1/2 SWT LF", "EA", 4.10)
_add("PXF", "PEX-A ADPT F1960 3/4 X 3/4 SWT LF", "EA", 6.30)
_add("PXF", "PEX CRIMP ELL 90 1/2 BRASS LF", "EA", 1.45)
_add("PXF", "PEX CRIMP ELL 90 3/4 BRASS LF", "EA", 2.40)
_add("PXF", "PEX CRIMP RING CU 1/2 (BAG/100)", "PK", 16.80, None, 100)
_add("PXF", "PEX CRIMP RING CU 3/4 (BAG/100)", "PK", 21.40, None, 100)

# --- push-to-connect ------------------------------------------------------------------------------------
for num, kind, s, p, body in [("U008LF", "CPLG", "1/2", 8.95, "69782010081"), ("U016LF", "CPLG", "3/4", 13.40, "69782010162"),
                              ("U248LF", "ELL 90", "1/2", 11.25, "69782012482"), ("U256LF", "ELL 90", "3/4", 16.80, "69782012563"),
                              ("U362LF", "TEE", "1/2", 13.60, "69782013621"), ("U370LF", "TEE", "3/4", 20.15, "69782013702"),
                              ("U514LF", "CAP", "1/2", 6.40, "69782015144"), ("U516LF", "CAP", "3/4", 9.10, "69782015165")]:
    _add("PSH", f"SHARKBITE {num} {kind} {s} PUSH LF", "EA", p, _upc(body))

# --- valves -----------------------------------------------------------------------------------------------
for s, p in zip(["1/2", "3/4", "1", "1-1/4"], [9.80, 14.20, 23.50, 38.90]):
    _add("VLV", f"BALL VLV FP {s} SWT LF", "EA", p)
for s, p in zip(["1/2", "3/4", "1"], [9.10, 13.10, 21.80]):
    _add("VLV", f"BALL VLV FP {s} THD LF", "EA", p)
for s, p in zip(["1/2", "3/4"], [19.40, 24.60]):
    _add("VLV", f"BALL VLV FP {s} PRESS LF", "EA", p)
for s, p in zip(["1/2", "3/4"], [12.90, 17.60]):
    _add("VLV", f"BALL VLV FP {s} PEX-A LF", "EA", p)
_add("VLV", "BALL VLV STD PORT 3/4 THD BRASS NOT LF", "EA", 8.40)
_add("VLV", "BALL VLV GAS 3/4 FIP CSA", "EA", 10.60)
_add("VLV", "CHECK VLV SWING 3/4 SWT LF", "EA", 18.50)
_add("VLV", "CHECK VLV SWING 1 SWT LF", "EA", 27.80)
_add("VLV", "PRV 3/4 FIP DU LF WATTS LF25AUB-Z3", "EA", 98.00, _upc("09843625301"))
_add("VLV", "BOILER DRAIN 1/2 MIP LF", "EA", 4.60)

# --- stops and supplies --------------------------------------------------------------------------------
_add("STP", "ANGLE STOP 1/2 SWT X 3/8 OD COMP LF", "EA", 6.20)
_add("STP", "ANGLE STOP 1/2 FIP X 3/8 OD COMP LF", "EA", 5.90)
_add("STP", "ANGLE STOP 1/2 PEX-A X 3/8 OD COMP LF", "EA", 7.40)
_add("STP", "ANGLE STOP 1/2 PRESS X 3/8 OD COMP LF", "EA", 13.80)
_add("STP", "STRAIGHT STOP 1/2 SWT X 3/8 OD COMP LF", "EA", 6.10)
for s, p in zip(["12IN", "16IN", "20IN"], [3.10, 3.45, 3.90]):
    _add("STP", f"FAUCET SUPPLY 3/8 COMP X 1/2 FIP {s} SS BRD", "EA", p)
for s, p in zip(["12IN", "20IN"], [3.20, 3.75]):
    _add("STP", f"TOILET SUPPLY 3/8 COMP X 7/8 BC {s} SS BRD", "EA", p)
_add("STP", "DW SUPPLY 3/8 COMP X 3/8 COMP 60IN SS BRD", "EA", 7.40)

# --- brass / black / galv -----------------------------------------------------------------------------
_add("BRS", "BRASS NIPPLE 1/2 X CLOSE LF", "EA", 1.40)
_add("BRS", "BRASS NIPPLE 3/4 X 3 LF", "EA", 3.15)
_add("BRS", "BRASS ELL 90 FIPXFIP 1/2 LF", "EA", 3.80)
_add("BRS", "BRASS ELL 90 FIPXFIP 3/4 LF", "EA", 5.60)
_add("BRS", "DIELECTRIC UNION 3/4 SWT X FIP LF", "EA", 9.70)
for s, p in zip(["1/2", "3/4", "1"], [1.25, 1.70, 2.85]):
    _add("BLK", f"BLK MI ELL 90 {s}", "EA", p)
_add("BLK", "BLK NIPPLE 1/2 X 6", "EA", 1.60)
_add("BLK", "BLK NIPPLE 3/4 X 6", "EA", 2.10)
_add("BLK", "GALV NIPPLE 3/4 X 6", "EA", 2.60)

# --- water heater ------------------------------------------------------------------------------------------
_add("WHT", "T&P VLV 3/4 X 4IN SHANK LF 150PSI", "EA", 18.20)
_add("WHT", "T&P VLV 3/4 X 8IN SHANK LF 150PSI", "EA", 21.30)
_add("WHT", "WTR HTR CONN 3/4 FIP X FIP 18IN SS", "EA", 11.60)
_add("WHT", "EXP TANK 2.1 GAL 3/4 MIP POTABLE", "EA", 44.00)
_add("WHT", "EXP TANK 4.4 GAL 3/4 MIP POTABLE", "EA", 68.00)

# --- HVAC: ACR tube, line sets, refrigerant ----------------------------------------------------------------
for s, p in zip(["1/4", "3/8", "5/8", "3/4"], [48.00, 72.00, 128.00, 165.00]):
    _add("ACR", f"ACR TUBE {s} OD X 50FT COIL", "RL", p)
_add("ACR", "LINESET 1/4 X 1/2 X 25FT 1/2IN INSUL", "EA", 92.00)
_add("ACR", "LINESET 3/8 X 3/4 X 25FT 1/2IN INSUL", "EA", 139.00)
_add("ACR", "LINESET 3/8 X 3/4 X 50FT 1/2IN INSUL", "EA", 249.00)
_add("REF", "R-410A REFRIGERANT 25LB CYL", "EA", 389.00)
_add("REF", "R-454B REFRIGERANT 20LB CYL", "EA", 429.00)

# --- filters (sold each, 12 or 6 to a case) -------------------------------------------------------------
for size, merv, p, body in [("16X25X1", 8, 4.10, "04581216251"), ("20X25X1", 8, 4.30, "04581220251"),
                            ("20X20X1", 8, 4.10, "04581220201"), ("16X20X1", 8, 3.95, "04581216201"),
                            ("16X25X1", 11, 6.00, "04581116251"), ("20X25X1", 11, 6.20, "04581120251")]:
    _add("FLT", f"FILTER PLTD {size} MERV {merv}", "EA", p, _upc(body), 12)
_add("FLT", "FILTER PLTD 20X25X4 MERV 13", "EA", 18.40, _upc("04581320254"), 6)
_add("FLT", "FILTER PLTD 16X25X4 MERV 13", "EA", 17.60, _upc("04581316254"), 6)

# --- HVAC electrical / controls ---------------------------------------------------------------------------
_add("HVE", "CAP RUN 45/5 MFD 440V RND", "EA", 18.50)
_add("HVE", "CAP RUN 40/5 MFD 440V RND", "EA", 17.90)
_add("HVE", "CAP RUN 35/5 MFD 440V RND", "EA", 17.20)
_add("HVE", "CAP RUN 45/5 MFD 370V RND", "EA", 15.80)
_add("HVE", "CAP RUN 5 MFD 440V RND", "EA", 7.90)
_add("HVE", "CONTACTOR 1P 30A 24V COIL", "EA", 14.80)
_add("HVE", "CONTACTOR 2P 30A 24V COIL", "EA", 19.60)
_add("HVE", "CONTACTOR 2P 40A 24V COIL", "EA", 22.90)
_add("HVE", "TSTAT HONEYWELL T4 PRO TH4110U2005 1H/1C PROG", "EA", 64.00, _upc("08526700452"))
_add("HVE", "TSTAT HONEYWELL T4 PRO TH4210U2002 2H/1C HP PROG", "EA", 72.00, _upc("08526700453"))
_add("HVE", "CONDENSATE PUMP 115V W/SAFETY SW", "EA", 69.00)

# --- duct ------------------------------------------------------------------------------------------------------
_add("DCT", "FLEX DUCT 6IN X 25FT R6", "EA", 38.00)
_add("DCT", "FLEX DUCT 8IN X 25FT R6", "EA", 46.00)
_add("DCT", "FLEX DUCT 8IN X 25FT R8", "EA", 54.00)
_add("DCT", "FOIL TAPE 2-1/2IN X 60YD UL181", "RL", 12.40)
_add("DCT", "DUCT MASTIC 1GAL GRAY UL181", "EA", 18.90)

# --- solder, flux, cement, sealants ----------------------------------------------------------------------
_add("CHM", "SOLDER LF 95/5 1/8 DIA 1LB", "EA", 38.00)
_add("CHM", "FLUX PASTE WATER SOL 4OZ", "EA", 6.20)
for s, p in zip(["8OZ", "16OZ", "32OZ"], [7.40, 11.20, 17.90]):
    _add("CHM", f"PVC CEMENT MED CLEAR {s}", "EA", p)
_add("CHM", "CPVC CEMENT ORANGE 8OZ", "EA", 8.10)
for s, p in zip(["8OZ", "16OZ", "32OZ"], [6.10, 9.40, 15.30]):
    _add("CHM", f"PRIMER PURPLE {s}", "EA", p)
_add("CHM", "PTFE TAPE 1/2 X 520 WHITE", "EA", 0.95)
_add("CHM", "PTFE TAPE GAS 1/2 X 260 YELLOW", "EA", 1.65)
_add("CHM", "PIPE DOPE W/PTFE 8OZ", "EA", 7.90)

# --- hangers ---------------------------------------------------------------------------------------------
_add("HNG", "J-HOOK CU PLTD 1/2 CTS", "EA", 0.58, None, 100)
_add("HNG", "J-HOOK CU PLTD 3/4 CTS", "EA", 0.66, None, 100)
for s, p in zip(["2", "3", "4"], [2.20, 2.90, 3.60]):
    _add("HNG", f"CLEVIS HANGER {s}IN GALV", "EA", p)


def catalog() -> list[dict]:
    """Rows of catalog.csv, SKUs numbered within each product line (prefix + 4 digits)."""
    rows = []
    counters: dict[str, int] = {}
    for prefix, desc, uom, price, gtin, pack in _ITEMS:
        counters[prefix] = counters.get(prefix, 1000) + 10
        rows.append({"sku": f"{prefix}{counters[prefix]}", "description": desc, "uom": uom,
                     "unit_price": f"{price:.2f}", "gtin": gtin or "", "pack_size": str(pack) if pack else ""})
    return rows


CATALOG = catalog()
_BY_DESC = {r["description"]: r for r in CATALOG}
assert len(_BY_DESC) == len(CATALOG), "duplicate description"


def S(desc: str) -> str:
    """The SKU of the catalog item with exactly this description (a typo fails the build)."""
    return _BY_DESC[desc]["sku"]


def P(desc: str) -> float:
    return float(_BY_DESC[desc]["unit_price"])


CUSTOMERS = [
    ("C101", "Delgado Plumbing & Heating LLC", "delgadoplumbing.com",
     ["Delgado Plumbing & Heating, 2215 Valley St, Dayton, OH 45404"]),
    ("C102", "Northgate Mechanical, Inc.", "northgatemech.com;ngmech.net",
     ["Northgate Mechanical Yard, 880 Harshman Rd, Dayton, OH 45431"]),
    ("C103", "Brightwater Property Management", "brightwaterpm.com;brightwater-maint.com",
     ["Riverside Commons Apartments, 410 Riverside Dr, Dayton, OH 45405",
      "Maple Court Townhomes, 1550 Maple Ct, Kettering, OH 45429"]),
    ("C104", "Greene Hollow City Schools", "ghcsd.org;greenehollow.k12.oh.us",
     ["Maintenance & Operations Center, 120 N Detroit St, Xenia, OH 45385",
      "Shawnee Trail Elementary, 2200 Shawnee Trl, Xenia, OH 45385",
      "Greene Hollow High School, 1455 Progress Dr, Xenia, OH 45385"]),
    ("C105", "AirPro Heating & Cooling", "airprohvac.com;airpro-service.com",
     ["AirPro Heating & Cooling, 4120 Wagner Ford Rd, Dayton, OH 45414"]),
    ("C106", "Summit Comfort Systems LLC", "summitcomfort.com",
     ["Summit Comfort Systems, 77 Commerce Park Dr, Springfield, OH 45504"]),
    ("C107", "J.R. Kowalski & Sons Plumbing", "kowalskiplumbing.com;jrkowalski.com",
     ["J.R. Kowalski & Sons, 19 E Main St, Troy, OH 45373"]),
    ("C108", "Halvorsen Residential Properties", "halvorsenres.com;riverbendapts.com",
     ["Riverbend Apartments, 3100 Riverbend Blvd, Miamisburg, OH 45342",
      "Halvorsen Maintenance Shop, 560 Byers Rd, Miamisburg, OH 45342"]),
    ("C109", "Pioneer Mechanical Contractors, Inc.", "pioneermech.com",
     ["Pioneer Mechanical Shop, 2901 Kettering Blvd, Moraine, OH 45439"]),
    ("C110", "Lakeshore Senior Living", "lakeshoreliving.org;lakeshore-seniors.com",
     ["Lakeshore Commons Campus, 6000 Far Hills Ave, Centerville, OH 45459"]),
    ("C111", "Tri-State Hydronics LLC", "tristatehydronics.com",
     ["Tri-State Hydronics, 1207 N Fairfield Rd, Beavercreek, OH 45432"]),
    ("C112", "Ortega Drain & Sewer", "ortegadrain.com",
     ["Ortega Drain & Sewer, 45 Webster St, Dayton, OH 45402"]),
]
CUST = {c[0]: c[1] for c in CUSTOMERS}
