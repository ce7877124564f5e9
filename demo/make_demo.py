"""Generate the order-intake demo data set for Northwind Industrial Supply.

This script owns every generated file in demo/: catalog.csv, customers.csv,
price_lists.csv, warehouses.csv, stock.csv, carrier_rates.csv and the sample
emails NN-*.eml with their NN-*.expected.json answer keys. Re-running it
rewrites all of them byte-for-byte identically (seeded RNG, fixed dates, fixed
MIME boundaries, reproducible PDF/XLSX writers). README.md is hand-written.

Run from the repo root:  .venv/bin/python demo/make_demo.py
"""
from __future__ import annotations

import csv
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DEMO = Path(__file__).resolve().parent
RNG = random.Random(42)  # single RNG, consumed in a fixed order => deterministic output
ORDERS_TO = "Northwind Orders <orders@northwind-supply.example>"
FIXED_TS = datetime(2026, 11, 18, 8, 0, tzinfo=timezone.utc)  # embedded in PDFs/XLSX

COLOURS = {"BLU": "blue", "BLK": "black", "WHT": "white", "CLR": "clear", "ORG": "orange",
           "YEL": "yellow", "RED": "red", "GRN": "green", "TAN": "tan", "KFT": "kraft",
           "SLV": "silver", "GRY": "grey", "NAT": "natural", "SMK": "smoke", "AMB": "amber",
           "MIR": "mirror"}


@dataclass
class Product:
    sku: str
    description: str
    uom: str
    unit_price: float
    pack_size: int
    weight_kg: float
    gtin: str = ""


# --------------------------------------------------------------------------- catalog

def ean13_check(body12: str) -> str:
    """EAN-13 check digit: weights 1,3,1,3... from the left over the first 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return str((10 - total % 10) % 10)


def build_catalog() -> list[Product]:
    items: list[Product] = []

    def add(sku: str, desc: str, uom: str, pack: int, price: float, weight: float) -> None:
        # small jitter so prices do not look formula-made; still seeded
        items.append(Product(sku, desc, uom, round(price * RNG.uniform(0.96, 1.04), 2),
                             pack, round(weight, 3)))

    sizes = ["S", "M", "L", "XL"]
    # Gloves: nitrile blue vs black differ only by colour, sizes only by size.
    for s in sizes:
        for c in ("BLU", "BLK"):
            add(f"GLV-NIT-{s}-{c}", f"Nitrile gloves, powder-free, {COLOURS[c]}, size {s}, box of 100",
                "BX", 100, 11.9, 0.70)
        add(f"GLV-LTX-{s}-WHT", f"Latex gloves, lightly powdered, white, size {s}, box of 100", "BX", 100, 9.4, 0.65)
        add(f"GLV-VIN-{s}-CLR", f"Vinyl gloves, powder-free, clear, size {s}, box of 100", "BX", 100, 6.8, 0.60)
        for lvl, p in (("A2", 38.0), ("A4", 72.0)):
            add(f"GLV-CUT-{lvl}-{s}", f"Cut-resistant gloves ANSI {lvl}, PU palm, grey, size {s}, dozen pairs",
                "DZ", 12, p, 0.90)
    for s in ("M", "L", "XL"):
        add(f"GLV-NHD-{s}-ORG", f"Heavy-duty nitrile gloves 8 mil, orange, size {s}, box of 50", "BX", 50, 18.5, 0.90)

    # Tape
    for w, rolls in ((48, 36), (72, 24)):
        for c in ("CLR", "TAN"):
            add(f"TAPE-{w}-{c}", f"Packing tape {w} mm x 66 m, {COLOURS[c]}, {rolls} rolls/case", "CS", rolls,
                52.0 + (w - 48) * 0.3, 9.8)
    for w in (18, 24, 36, 48):
        rolls = 48 if w <= 24 else 24
        add(f"TAPE-MSK-{w}", f"Masking tape {w} mm x 55 m, beige, {rolls} rolls/case", "CS", rolls, 1.1 * w + 20, 7.5)
    for c in ("SLV", "BLK"):
        add(f"TAPE-DCT-48-{c}", f"Duct tape 48 mm x 55 m, {COLOURS[c]}, 24 rolls/case", "CS", 24, 96.0, 11.2)
    for w in (50, 75):
        for c in ("YEL", "RED", "BLU", "GRN", "WHT", "BLK"):
            add(f"TAPE-FLR-{w}-{c}", f"Floor marking tape {w} mm x 33 m, {COLOURS[c]}, vinyl", "RL", 1,
                0.19 * w + 4, w / 50 * 0.55)

    # Corrugated boxes: many that differ only by one dimension.
    for ln in (6, 8, 10, 12, 14, 16, 18, 20, 24):
        for wd in (ln, ln - 2):
            for h in (4, 6, 8, 10, 12, 16):
                surf = 2 * (ln * wd + ln * h + wd * h)  # square inches of board
                add(f"BOX-{ln:02d}{wd:02d}-{h:02d}",
                    f"Corrugated box {ln} x {wd} x {h} in, 32 ECT, kraft, bundle of 25", "PK", 25,
                    25 * (0.0015 * surf + 0.12), 25 * surf * 0.000645 * 0.55)

    # Fasteners. SKUs use an uppercase X ("M8X40") so case-normalisation is lossless.
    for fin, fname, mult in (("Z", "zinc plated", 1.0), ("SS", "stainless steel A2", 2.6)):
        for d in (6, 8, 10, 12):
            box = 50 if d == 12 else 100
            for ln in (20, 25, 30, 40, 50, 60, 80, 100):
                piece = (0.02 + 0.00035 * d * ln) * mult
                kg = 3.14 * (d / 2) ** 2 * ln * 7.85e-6 * 1.3
                add(f"FAS-HX-M{d}X{ln}-{fin}", f"Hex bolt M{d} x {ln} mm, {fname}, box of {box}", "BX", box,
                    piece * box, kg * box)
        for d in (4, 5, 6, 8, 10, 12, 16):
            add(f"FAS-NUT-M{d}-{fin}", f"Hex nut M{d}, {fname}, box of 100", "BX", 100, (0.8 + 0.25 * d) * mult,
                0.0009 * d * d)
            add(f"FAS-WSH-M{d}-{fin}", f"Flat washer M{d}, {fname}, box of 100", "BX", 100, (0.5 + 0.15 * d) * mult,
                0.0005 * d * d)
    for d in (4, 5, 6, 8):
        for ln in (10, 16, 20, 25, 30):
            add(f"FAS-SHC-M{d}X{ln}-BLK", f"Socket head cap screw M{d} x {ln} mm, black oxide, box of 100", "BX",
                100, 4 + 0.06 * d * ln, 0.0012 * d * d * ln / 10)
    for g in (6, 8, 10):
        for code, txt in (("100", "1"), ("125", "1-1/4"), ("150", "1-1/2"), ("200", "2"), ("250", "2-1/2"),
                          ("300", "3")):
            add(f"FAS-WS-{g:02d}X{code}",
                f"Wood screw #{g} x {txt} in, flat head, Phillips, yellow zinc, box of 100", "BX", 100,
                3 + 0.004 * g * int(code), 0.0003 * g * int(code))
    for d in (6, 8, 10):
        add(f"FAS-ANC-{d}-NYL", f"Nylon wall anchor {d} mm, box of 100", "BX", 100, 2.5 + 0.6 * d, 0.02 * d)

    # Food service: 12 oz vs 16 oz, white vs kraft, paper vs foam.
    for oz in (8, 10, 12, 16, 20):
        for c in ("WHT", "KFT"):
            add(f"CUP-HOT-{oz:02d}-{c}", f"Paper hot cup {oz} oz, {COLOURS[c]}, 1000/case", "CS", 1000,
                40 + 2.2 * oz, 5 + 0.4 * oz)
    for oz in (8, 12, 16, 20):
        add(f"CUP-FOAM-{oz:02d}-WHT", f"Foam cup {oz} oz, white, 1000/case", "CS", 1000, 22 + 1.4 * oz, 2 + 0.1 * oz)
    for oz in (9, 12, 16, 20, 24):
        add(f"CUP-CLD-{oz:02d}-CLR", f"PET cold cup {oz} oz, clear, 1000/case", "CS", 1000, 60 + 2.5 * oz, 6 + 0.4 * oz)
    for fit, txt in (("08", "8"), ("1220", "12-20")):
        for c in ("WHT", "BLK"):
            add(f"LID-HOT-{fit}-{c}", f"Sip lid for {txt} oz hot cups, {COLOURS[c]}, 1000/case", "CS", 1000, 38.0, 3.1)
    add("LID-CLD-1224-CLR", "Flat lid for 12-24 oz cold cups, clear, 1000/case", "CS", 1000, 31.0, 3.0)
    add("LID-DOM-1224-CLR", "Dome lid for 12-24 oz cold cups, clear, 1000/case", "CS", 1000, 44.0, 4.2)
    for kind, ktxt in (("WRP", "wrapped"), ("UNW", "unwrapped")):
        for c in ("BLK", "WHT"):
            add(f"STR-{kind}-{c}", f"Drinking straw 7.75 in, {ktxt}, {COLOURS[c]}, 5000/case", "CS", 5000, 29.0, 4.5)
    for kind, ktxt, n in (("BEV", "Beverage napkin 1-ply, 9 x 9 in", 4000), ("LUN", "Lunch napkin 1-ply, 13 x 13 in", 6000),
                          ("DIN", "Dinner napkin 2-ply, 15 x 17 in", 3000)):
        for c in ("WHT", "KFT"):
            add(f"NAP-{kind}-{c}", f"{ktxt}, {COLOURS[c]}, {n}/case", "CS", n, 35 + n / 200, 7.0)
    for kind, ktxt in (("FRK", "fork"), ("KNF", "knife"), ("SPN", "spoon")):
        for c in ("BLK", "WHT"):
            add(f"CUT-{kind}-{c}", f"Heavyweight plastic {ktxt}, {COLOURS[c]}, 1000/case", "CS", 1000, 24.0, 3.6)

    # Trash bags: exactly one thickness per gallon/colour so descriptions resolve uniquely.
    dims = {10: "24 x 24", 16: "24 x 33", 33: "33 x 40", 45: "40 x 46", 56: "43 x 47", 60: "38 x 58"}
    for gal, dim in dims.items():
        n = 500 if gal < 33 else (250 if gal == 33 else 100)
        for c, mil in (("BLK", 1.5), ("CLR", 1.2)):
            add(f"BAG-{gal}G-{c}", f"Trash bags {gal} gal, {dim} in, {mil} mil, {COLOURS[c]}, {n}/case", "CS", n,
                18 + gal * 0.55, 4 + gal * 0.18)
    add("BAG-CON-42G-BLK", "Contractor bags 42 gal, 3 mil, black, 50/case", "CS", 50, 34.0, 9.5)

    # Paper
    for c in ("WHT", "KFT"):
        add(f"TWL-MF-{c}", f"Multifold paper towels, 1-ply, {COLOURS[c]}, 4000/case", "CS", 4000, 36.0, 10.5)
    add("TWL-CF-WHT", "C-fold paper towels, 1-ply, white, 2400/case", "CS", 2400, 39.0, 10.0)
    for w in (8, 10):
        for c in ("WHT", "KFT"):
            add(f"TWL-RL-{w:02d}-{c}", f"Hardwound roll towel {w} in x 800 ft, {COLOURS[c]}, 6 rolls/case", "CS", 6,
                5 * w, 1.4 * w)
    add("TISS-STD-2PLY", "Standard toilet tissue 2-ply, 500 sheets/roll, 96 rolls/case", "CS", 96, 62.0, 12.0)
    add("TISS-JRT-09", "Jumbo roll toilet tissue 9 in, 2-ply, 12 rolls/case", "CS", 12, 48.0, 11.0)
    add("TISS-JRT-12", "Jumbo roll toilet tissue 12 in, 2-ply, 6 rolls/case", "CS", 6, 52.0, 12.5)
    add("TISS-FAC-100", "Facial tissue 2-ply, 100 sheets/box, 30 boxes/case", "CS", 30, 41.0, 6.0)

    # Safety
    for c in ("CLR", "SMK", "AMB", "MIR"):
        add(f"GLS-SAF-{c}", f"Safety glasses, {COLOURS[c]} lens, anti-scratch, dozen", "DZ", 12, 30 + 3 * len(c), 0.45)
    add("GLS-GOG-CLR", "Chemical splash goggles, clear, indirect vent", "EA", 1, 6.9, 0.12)
    add("GLS-GOG-AF", "Safety goggles, anti-fog, clear, indirect vent", "EA", 1, 8.4, 0.12)
    for s in ("M", "L", "XL", "2XL", "3XL"):
        for c in ("ORG", "YEL"):
            add(f"VEST-HV-{s}-{c}", f"Hi-vis safety vest ANSI Class 2, {COLOURS[c]}, size {s}", "EA", 1, 7.5, 0.18)
    for c in ("WHT", "YEL", "BLU", "RED", "ORG", "GRN"):
        add(f"HHAT-{c}", f"Hard hat, cap style, 4-point ratchet, {COLOURS[c]}", "EA", 1, 14.9, 0.42)
    add("EAR-PLG-CRD", "Foam ear plugs, corded, NRR 32, 100 pairs/box", "BX", 100, 38.0, 0.6)
    add("EAR-PLG-UNC", "Foam ear plugs, uncorded, NRR 32, 200 pairs/box", "BX", 200, 27.0, 0.5)
    for nrr in (25, 30):
        add(f"EAR-MUF-{nrr}", f"Ear muffs, over-the-head, NRR {nrr}", "EA", 1, 12 + nrr / 3, 0.25)
    add("MASK-N95-WHT", "N95 respirator, NIOSH approved, white, box of 20", "BX", 20, 24.0, 0.3)
    for c in ("BLU", "BLK"):
        add(f"MASK-3PLY-{c}", f"3-ply disposable face mask, {COLOURS[c]}, box of 50", "BX", 50, 6.5, 0.2)
    for n, cls in ((10, "A"), (25, "A"), (50, "B")):
        add(f"FAK-{n}", f"First aid kit, {n} person, ANSI Class {cls}", "EA", 1, 1.6 * n + 15, 0.05 * n + 0.6)

    # Stretch film, labels, ties, cushioning, mailers
    for w in (12, 15, 18):
        for ga in (60, 80):
            for c in ("CLR", "BLK"):
                add(f"FILM-HW-{w}-{ga}-{c}", f"Hand stretch film {w} in x 1500 ft, {ga} gauge, {COLOURS[c]}, 4 rolls/case",
                    "CS", 4, 1.5 * w + 0.3 * ga, 0.6 * w + 0.05 * ga)
    for ga in (63, 80):
        add(f"FILM-MCH-20-{ga}", f"Machine stretch film 20 in x 5000 ft, {ga} gauge, clear", "RL", 1, 0.8 * ga, 0.21 * ga)
    for sz, n in (("2X1", 2000), ("3X2", 1000), ("4X2", 1000), ("4X3", 1000), ("4X6", 250)):
        for kind, ktxt in (("DT", "Direct thermal"), ("TT", "Thermal transfer")):
            add(f"LBL-{sz}-{kind}", f"{ktxt} labels {sz.replace('X', ' x ')} in, {n} labels/roll", "RL", n,
                9.0 + (2 if kind == "TT" else 0), 0.5)
    for ln in (4, 8, 11, 14, 18):
        for c in ("BLK", "NAT"):
            add(f"TIE-{ln:02d}-{c}", f"Cable ties {ln} in, {COLOURS[c]}, 50 lb, pack of 100", "PK", 100, 0.4 * ln + 1, 0.015 * ln)
    for w in (12, 24, 48):
        for code, txt, ft in (("316", "3/16", 175), ("12", "1/2", 125)):
            add(f"BUB-{w}-{code}", f"Bubble wrap roll {w} in x {ft} ft, {txt} in bubble", "RL", 1, 0.9 * w, 0.08 * w)
    for sz in ("06X09", "10X13", "12X15", "14X17", "19X24"):
        for c in ("WHT", "GRY"):
            a, b = (int(v) for v in sz.split("X"))
            add(f"MLR-PLY-{sz}-{c}", f"Poly mailer {a} x {b} in, {COLOURS[c]}, 2.5 mil, 500/case", "CS", 500,
                0.18 * a * b + 20, 0.03 * a * b + 2)
    for i, dim in enumerate(("6 x 10", "6.5 x 10", "8.5 x 12", "9.5 x 14.5", "10.5 x 16", "12.5 x 19", "14.5 x 20",
                             "14.5 x 24")):
        add(f"MLR-BUB-{i}", f"Kraft bubble mailer #{i}, {dim} in, 250/case", "CS", 250, 32 + 9 * i, 6 + 1.5 * i)
    for sz in ("04X06", "06X09", "09X12", "12X15", "12X18"):
        for mil in (2, 4):
            a, b = (int(v) for v in sz.split("X"))
            add(f"PBAG-{sz}-{mil}M", f"Reclosable poly bag {a} x {b} in, {mil} mil, clear, 1000/case", "CS", 1000,
                0.12 * a * b * mil + 10, 0.012 * a * b * mil)

    # Janitorial
    chems = {"GLS": "Glass cleaner", "ALL": "All-purpose cleaner", "DEG": "Heavy-duty degreaser",
             "DIS": "Disinfectant cleaner", "FLR": "Neutral floor cleaner", "BWL": "Toilet bowl cleaner"}
    for code, name in chems.items():
        add(f"CHM-{code}-1GL", f"{name}, 1 gal, 4/case", "CS", 4, 32.0, 16.5)
        add(f"CHM-{code}-QT", f"{name}, 32 oz spray bottle, 12/case", "CS", 12, 38.0, 12.8)
    for kind, name in (("FOAM", "Foaming hand soap refill"), ("GEL", "Hand sanitizer gel refill")):
        for ml in (1000, 1200):
            add(f"SOAP-{kind}-{ml}", f"{name} {ml} ml, 6/case", "CS", 6, 0.045 * ml, 0.0065 * ml)
    for c in ("BLU", "WHT"):
        for oz in (16, 20, 24, 32):
            add(f"MOP-WET-{oz}-{c}", f"Wet mop head, looped end, {oz} oz, {COLOURS[c]}", "EA", 1, 0.35 * oz + 2, 0.03 * oz)
    for ln in (18, 24):
        add(f"MOP-MF-{ln}", f"Microfiber flat mop pad {ln} in, blue", "EA", 1, 0.3 * ln, 0.08)
    add("BRM-ANG", "Angle broom 12 in, flagged bristles", "EA", 1, 9.5, 0.5)
    for ln in (18, 24, 36):
        add(f"BRM-PSH{ln}", f"Push broom {ln} in, medium bristle, with handle", "EA", 1, 0.9 * ln, 0.05 * ln)

    # MRO odds and ends
    for cell, n in (("AA", 24), ("AAA", 24), ("C", 12), ("D", 12), ("9V", 12)):
        add(f"BAT-{cell}-{n}", f"Alkaline batteries {cell}, {n}/pack", "PK", n, 14.0, 0.6)
    for c in ("BLK", "RED", "BLU", "GRN"):
        add(f"MKR-PERM-{c}", f"Permanent marker, fine point, {COLOURS[c]}, dozen", "DZ", 12, 11.0, 0.15)
    for c in ("WHT", "YEL"):
        add(f"MKR-PNT-{c}", f"Paint marker, medium tip, {COLOURS[c]}, dozen", "DZ", 12, 42.0, 0.3)
    for w, txt in ((12, "1/2"), (16, "5/8")):
        for c in ("BLK", "WHT"):
            add(f"STRP-PP-{w}-{c}", f"Polypropylene strapping {txt} in x 7200 ft, {COLOURS[c]}", "RL", 1, 2.2 * w, 1.1 * w)
    for code, txt in (("OIL", "oil-only"), ("UNV", "universal"), ("HZM", "hazmat")):
        add(f"ABS-PAD-{code}", f"Absorbent pads 15 x 19 in, {txt}, 100/pack", "PK", 100, 45.0, 6.5)
    for shape in ("A19", "BR30", "PAR38"):
        for k in ("27K", "40K", "50K"):
            add(f"BLB-LED-{shape}-{k}", f"LED bulb {shape}, {k[:2]}00K, E26 base, 6/pack", "PK", 6, 16.0, 0.5)
    for k in ("35K", "40K", "50K"):
        add(f"BLB-T8-4FT-{k}", f"LED T8 tube 4 ft, 15 W, {k[:2]}00K, 25/case", "CS", 25, 95.0, 7.5)
    for grit in (60, 80, 120, 150, 220, 320):
        add(f"ABR-SHT-{grit}", f"Sandpaper sheet 9 x 11 in, {grit} grit, aluminum oxide, 50/pack", "PK", 50, 22.0, 0.9)
    for grit in (40, 60, 80, 120, 180, 220):
        add(f"ABR-DSC-5-{grit}", f"Hook and loop sanding disc 5 in, {grit} grit, box of 50", "BX", 50, 17.0, 0.4)

    # GTINs: fictitious GS1 company prefix + unique random item reference + valid check digit.
    refs = RNG.sample(range(100000), len(items))
    for prod, ref in zip(items, refs):
        body = f"5012345{ref:05d}"
        prod.gtin = body + ean13_check(body)
    return items


# --------------------------------------------------------------------------- master data

CUST_COLS = ["customer_id", "name", "email_domains", "contact_name", "contact_email", "ship_to_name", "street",
             "city", "region", "postal_code", "country", "locale", "currency"]
# ZIP first digits 0,1,3,6,7,9 so several shipping zones get exercised from both warehouses.
_CUSTOMER_ROWS = """\
C001|Acme Retail Group|acme-retail.example;acme.example|Jane Doe|jane.doe@acme-retail.example|Acme Retail DC Boston|400 Summer Street|Boston|MA|02210
C002|Bluebird Hospitality Group|bluebird-hotels.example;bluebirdhg.example|Marcus Webb|m.webb@bluebird-hotels.example|Bluebird Resort Orlando|9801 International Drive|Orlando|FL|32819
C003|Cascade Facilities Management|cascadefm.example|Priya Natarajan|priya.natarajan@cascadefm.example|Cascade FM Seattle Depot|2250 4th Avenue South|Seattle|WA|98134
C004|Delta Logistics Inc.|deltalogistics.example;delta-log.example|Robert Chen|rchen@deltalogistics.example|Delta Logistics DFW Hub|1420 Regal Row|Dallas|TX|75247
C005|Evergreen Medical Supply|evergreen-med.example|Sofia Ramirez|sofia.ramirez@evergreen-med.example|Evergreen Medical Supply|1100 West Lake Street|Chicago|IL|60607
C006|Harbor Point Packaging|harborpoint.example|Dana Kowalski|dana.kowalski@harborpoint.example|Harbor Point Packaging|3500 South Columbus Boulevard|Philadelphia|PA|19148"""
CUSTOMERS = [dict(zip(CUST_COLS, row.split("|") + ["US", "en_US", "USD"])) for row in _CUSTOMER_ROWS.splitlines()]
CUST = {c["customer_id"]: c for c in CUSTOMERS}

WH_COLS = ["code", "name", "street", "city", "region", "postal_code", "country"]
WAREHOUSES = [["WH-EAST", "Northwind East DC", "200 Delancy Street", "Newark", "NJ", "07114", "US"],
              ["WH-WEST", "Northwind West DC", "4950 Energy Way", "Reno", "NV", "89502", "US"]]

# Every order line of every sample email: (sku the buyer meant, quantity). None = not in catalog.
# Price lists are built from this table so emailed prices always have a contract price behind them.
ORDERS: dict[str, tuple[str | None, list[tuple[str | None, int]]]] = {
    "01": ("C001", [("GLV-NIT-L-BLU", 10), ("TAPE-48-CLR", 5), ("BOX-1210-08", 4), ("TIE-08-BLK", 12)]),
    "02": ("C002", [("CUP-HOT-12-WHT", 5), ("GLV-NIT-XL-BLK", 2), ("BAG-45G-CLR", 3), ("CUP-CLD-16-CLR", 1)]),
    "03": ("C003", [("TWL-MF-WHT", 8), ("CHM-GLS-1GL", 4), ("MOP-WET-24-BLU", 12), ("BAG-33G-BLK", 6)]),
    "04": ("C004", [("TAPE-72-TAN", 8), ("BOX-1816-12", 10), ("LBL-4X6-DT", 24), ("STRP-PP-12-BLK", 4),
                    ("GLV-CUT-A4-L", 3)]),
    "05": ("C005", [("GLV-NIT-M-BLU", 20), ("GLV-NIT-S-BLU", 10), ("MASK-3PLY-BLU", 6), ("GLS-GOG-AF", 12),
                    ("FAK-25", 4), ("CHM-DIS-QT", 3)]),
    "06": ("C006", [("FILM-HW-18-80-CLR", 30), ("BUB-24-316", 6), ("MLR-PLY-10X13-WHT", 5), ("TAPE-48-CLR", 10),
                    ("BOX-1212-12", 8)]),
    "07": ("C002", [("NAP-DIN-WHT", 4), ("CUP-CLD-16-CLR", 6), ("LID-CLD-1224-CLR", 6), ("CUT-FRK-BLK", 3),
                    ("STR-WRP-BLK", 2)]),
    "08": ("C003", [("TISS-JRT-09", 6), ("TWL-RL-08-KFT", 4), ("SOAP-FOAM-1000", 5), ("HHAT-YEL", 10)]),
    "09": ("C004", [("GLS-SAF-SMK", 3), ("VEST-HV-L-ORG", 12), ("VEST-HV-XL-YEL", 12)]),
    "10": ("C005", [("GLV-LTX-M-WHT", 8), (None, 12)]),
    "11": (None, [("TAPE-48-CLR", 4), ("BOX-1414-10", 6), ("GLV-NIT-M-BLK", 5)]),
    "13": ("C006", [("TAPE-48-CLR", 10), ("GLV-NIT-L-BLK", 20), ("BOX-1010-06", 6)]),
    "14": ("C002", [("GLV-NIT-L-BLU", 4), ("TAPE-48-CLR", 6), ("BOX-1210-08", 10), ("FAS-HX-M8X40-Z", 3)]),
    "15": ("C001", [("MKR-PERM-BLK", 3), ("TAPE-FLR-50-YEL", 6), ("BAG-56G-BLK", 2)]),
}
BACKORDER_SKU = "FILM-HW-18-80-CLR"  # email 06 orders 30 cases, only 22 on hand in total


def build_price_lists(catalog: dict[str, Product]) -> dict[str, dict[str, float]]:
    """~30 contract SKUs per customer, 4-9 % under list, always covering the SKUs their emails order."""
    lists: dict[str, dict[str, float]] = {}
    all_skus = sorted(catalog)
    for cid in CUST:
        wanted = sorted({s for c, lines in ORDERS.values() if c == cid for s, _ in lines if s})
        extras = [s for s in RNG.sample(all_skus, 60) if s not in wanted][: 30 - len(wanted)]
        lists[cid] = {s: round(catalog[s].unit_price * (1 - RNG.uniform(0.04, 0.09)), 2)
                      for s in sorted(wanted + extras)}
    return lists


def build_stock(catalog: list[Product]) -> list[tuple[str, str, int]]:
    ordered = {s for _, lines in ORDERS.values() for s, _ in lines if s}
    rows: list[tuple[str, str, int]] = []
    for wh in ("WH-EAST", "WH-WEST"):
        for p in catalog:
            if p.sku == BACKORDER_SKU:
                qty = 12 if wh == "WH-EAST" else 10
            elif p.sku in ordered:
                qty = RNG.randint(150, 900)  # sample orders must ship complete
            else:
                qty = 0 if RNG.random() < 0.07 else RNG.choice([RNG.randint(5, 60), RNG.randint(60, 1500)])
            rows.append((wh, p.sku, qty))
    return rows


def build_rates() -> list[list[object]]:
    rows: list[list[object]] = []
    ground_days = {2: 1, 3: 2, 4: 2, 5: 3, 6: 4, 7: 4, 8: 5}
    services = [("Roadway Parcel", "Ground", 1.0, (1, 5, 10, 25, 50, 150)),
                ("Roadway Parcel", "2Day", 1.9, (1, 5, 10, 25, 50)),
                ("Roadway Parcel", "Overnight", 3.2, (1, 5, 10, 25, 50))]
    for carrier, svc, mult, breaks in services:
        for zone in range(2, 9):
            for w in breaks:
                price = (8.5 + 0.95 * w ** 0.85) * (1 + 0.12 * (zone - 2)) * mult
                days = {"Ground": ground_days[zone], "2Day": 2, "Overnight": 1}[svc]
                rows.append([carrier, svc, zone, w, f"{price:.2f}", days])
    for zone in range(2, 9):  # LTL only for heavy shipments: flat minimum up to 150 kg, then per-kg
        for w in (150, 1000):
            price = (135 + 0.42 * w) * (1 + 0.08 * (zone - 2))
            rows.append(["FreightLine LTL", "Standard", zone, w, f"{price:.2f}", ground_days[zone] + 1])
    return rows


# --------------------------------------------------------------------------- email helpers

class Ctx:
    """Shared lookups for the email builders."""

    def __init__(self, catalog: dict[str, Product], prices: dict[str, dict[str, float]]) -> None:
        self.catalog, self.prices = catalog, prices

    def price(self, cid: str, sku: str) -> float:
        return self.prices[cid][sku]  # KeyError here = price list does not cover an emailed SKU

    def line(self, sku: str | None, qty: int, desc: str | None = None, uom: str | None = None,
             price: float | None = None) -> dict[str, object]:
        p = self.catalog.get(sku) if sku else None
        out: dict[str, object] = {"sku": sku, "description": desc or (p.description if p else ""),
                                  "quantity": qty, "uom": uom or (p.uom if p else "EA")}
        if price is not None:
            out["unit_price"] = price
        return out


def short(p: Product) -> str:
    """Buyer-style description: catalog text without trailing pack info ("box of 100", "36 rolls/case")."""
    head, _, last = p.description.rpartition(", ")
    return head if re.search(r"/[a-z]|\bof\b|dozen", last) else p.description


def signature(cid: str, tel: str) -> str:
    c = CUST[cid]
    return f"Thanks,\n{c['contact_name']}\nPurchasing | {c['name']}\nTel {tel}\n"


def ship_to(cid: str) -> dict[str, str]:
    c = CUST[cid]
    return {"name": c["ship_to_name"], "street": c["street"], "city": c["city"], "region": c["region"],
            "postal_code": c["postal_code"], "country": c["country"]}


def make_msg(nn: str, sender: str, subject: str, when: datetime, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ORDERS_TO
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<demo-{nn}@mail.{sender.split('@')[1].rstrip('>')}>"
    msg.set_content(body)
    return msg


def finish(msg: EmailMessage, nn: str) -> bytes:
    # Fixed boundaries: otherwise the generator picks random ones and the .eml changes every run.
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==demo-{nn}-part{i}==")
    return msg.as_bytes(policy=SMTP)


def est(day: int, hh: int, mm: int, offset: int = -5) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=timezone(timedelta(hours=offset)))


def money(x: float) -> str:
    return f"{x:,.2f}"


# --------------------------------------------------------------------------- attachments

def ruled_pdf(ctx: Ctx, cid: str, po: str, date: str, lines: list[tuple[str, int]]) -> bytes:
    """reportlab PO with a GRID table; totals rows live inside the grid, as many ERP exports do."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, leftMargin=40, rightMargin=40, topMargin=40,
                            title=f"Purchase Order {po}", author=CUST[cid]["name"])
    st = getSampleStyleSheet()
    c = CUST[cid]
    story: list[object] = [
        Paragraph(f"<b>{c['name']}</b><br/>{c['street']}, {c['city']}, {c['region']} {c['postal_code']}", st["Normal"]),
        Paragraph("Purchase Order", st["Title"]),
        Paragraph(f"PO Number: {po}<br/>Order Date: {date}<br/>Vendor: Northwind Industrial Supply<br/>"
                  f"Buyer: {c['contact_name']} ({c['contact_email']})", st["Normal"]),
        Spacer(1, 10),
        Paragraph(f"<b>Ship To:</b><br/>{c['ship_to_name']}<br/>{c['street']}<br/>"
                  f"{c['city']}, {c['region']} {c['postal_code']}<br/>United States", st["Normal"]),
        Spacer(1, 14),
    ]
    data: list[list[str]] = [["SKU", "Description", "Qty", "UoM", "Unit Price", "Amount"]]
    subtotal = 0.0
    for sku, qty in lines:
        p, price = ctx.catalog[sku], ctx.price(cid, sku)
        subtotal += qty * price
        data.append([sku, short(p), str(qty), p.uom, money(price), money(qty * price)])
    tax = round(subtotal * 0.0825, 2)  # Dallas sales tax
    n = len(data)
    data += [["", "", "", "", "Subtotal", money(subtotal)], ["", "", "", "", "Tax 8.25%", money(tax)],
             ["", "", "", "", "Total", money(subtotal + tax)]]
    table = Table(data, colWidths=[100, 210, 35, 35, 65, 70])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("FONTNAME", (4, n), (-1, -1), "Helvetica-Bold"),
    ]))
    story += [table, Spacer(1, 16), Paragraph("Please confirm receipt of this order. Terms: Net 30.", st["Normal"])]
    doc.build(story)
    return buf.getvalue()


def unruled_pdf(ctx: Ctx, cid: str, po: str, date: str, need_by: str, lines: list[tuple[str, int]]) -> bytes:
    """fpdf2 PO: columns are only text at fixed x positions, no lines at all."""
    c = CUST[cid]
    pdf = FPDF(unit="mm", format="Letter")
    pdf.set_creation_date(FIXED_TS)
    pdf.set_title(f"Purchase Order {po}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(15, 20, c["name"])
    pdf.set_font("Helvetica", "", 9)
    pdf.text(15, 25, f"{c['street']}, {c['city']}, {c['region']} {c['postal_code']}")
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(140, 20, "PURCHASE ORDER")
    pdf.set_font("Helvetica", "", 10)
    for i, txt in enumerate((f"Purchase Order No.: {po}", f"Order Date: {date}", f"Need by: {need_by}")):
        pdf.text(140, 28 + 5 * i, txt)
    pdf.text(15, 45, "Ship To:")
    for i, txt in enumerate((c["ship_to_name"], c["street"], f"{c['city']}, {c['region']} {c['postal_code']}",
                             "United States")):
        pdf.text(15, 50 + 5 * i, txt)
    # (x, width, align) per column; numeric columns right-aligned like a typical ERP print.
    cols = [(15, 32, "L"), (48, 88, "L"), (136, 12, "R"), (150, 12, "L"), (162, 20, "R"), (184, 22, "R")]
    y = 80.0

    def row(values: list[str], bold: bool = False) -> None:
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        for (x, w, align), v in zip(cols, values):
            pdf.set_xy(x, y)
            pdf.cell(w, 5, v, align=align)

    row(["Item", "Description", "Qty", "UoM", "Unit Price", "Ext. Price"], bold=True)
    total = 0.0
    for sku, qty in lines:
        y += 6
        p, price = ctx.catalog[sku], ctx.price(cid, sku)
        total += qty * price
        row([sku, short(p), str(qty), p.uom, money(price), money(qty * price)])
    y += 10
    row(["", "", "", "", "Subtotal", money(total)])
    y += 6
    row(["", "", "", "", "Total", money(total)], bold=True)
    pdf.set_font("Helvetica", "", 8)
    pdf.text(15, y + 15, "Tax exempt - certificate on file. Questions: purchasing@evergreen-med.example")
    return bytes(pdf.output())


def xlsx_bytes(ctx: Ctx, cid: str, po: str, lines: list[tuple[str, int]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "PO"
    ws["A1"] = f"{CUST[cid]['name']} - Purchase Order"
    ws["A2"], ws["B2"] = "PO Number:", po
    ws["A3"], ws["B3"] = "Order Date:", datetime(2026, 11, 19)
    ws["B3"].number_format = "yyyy-mm-dd"
    for col, head in zip("ABCDE", ("Part #", "Description", "Quantity", "UOM", "Price")):
        ws[f"{col}5"] = head
    for r, (sku, qty) in enumerate(lines, start=6):
        p = ctx.catalog[sku]
        for col, val in zip("ABCDE", (sku, short(p), qty, p.uom, ctx.price(cid, sku))):
            ws[f"{col}{r}"] = val
    ws.column_dimensions["B"].width = 48
    return workbook_bytes(wb)


def workbook_bytes(wb: Workbook) -> bytes:
    """The workbook's bytes, the same on every run (evaluation/synthetic.py uses this too)."""
    wb.properties.created = wb.properties.modified = FIXED_TS.replace(tzinfo=None)
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps zip entries with the current time; rewrite them with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-11-18T08:00:00Z", data)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 11, 18, 8, 0, 0)), data,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --------------------------------------------------------------------------- the sample emails
# Each builder returns (message bytes, expected.json dict). Lines come from ORDERS[nn].

Built = tuple[bytes, dict[str, object]]


def po_header(cid: str | None, po: str, **dates: str) -> dict[str, object]:
    exp: dict[str, object] = {"kind": "purchase_order", "customer": CUST[cid]["name"] if cid else None,
                              "po_number": po}
    exp.update(dates)
    return exp


def e01_plain(ctx: Ctx) -> Built:
    cid, lines = ORDERS["01"]
    (s1, q1), (s2, q2), (s3, q3), (s4, q4) = lines
    body = (f"Hi Northwind team,\n\nPlease ship the following to our Boston DC:\n\n{q1} x {s1}\n{s2} qty {q2}\n"
            f"{q3} x {s3}\n{q4} x {s4}\n\nPO Number: ACM-PO-55821\nOrder Date: 2026-11-20\n\n"
            + signature(cid, "(617) 555-0142"))
    msg = make_msg("01", "Jane Doe <jane.doe@acme-retail.example>", "PO ACM-PO-55821", est(20, 9, 14), body)
    exp = po_header(cid, "ACM-PO-55821", order_date="2026-11-20")
    exp["lines"] = [ctx.line(s, q) for s, q in lines]
    return finish(msg, "01"), exp


def e02_prose(ctx: Ctx) -> Built:
    cid, lines = ORDERS["02"]
    # Only descriptions, no SKUs; each names size/colour so exactly one catalog item fits.
    written = [("12oz white paper hot cups", "CS"), ("black nitrile gloves, size XL", "BX"),
               ("45 gallon clear trash bags", "CS"), ("16 oz clear cold cups", "CS")]
    body = ("Good morning Northwind,\n\nHope all is well. A few things for the Orlando resort:\n\n"
            f"Please send {lines[0][1]} cases of the {written[0][0]}.\n"
            f"We also need {lines[1][1]} boxes of the {written[1][0]}.\n"
            f"And {lines[2][1]} cases of the {written[2][0]}, plus {lines[3][1]} case of the {written[3][0]}.\n\n"
            "PO #: BB-1142\nOrder Date: November 20, 2026\nNeed by: December 1, 2026\n\n"
            + signature(cid, "(407) 555-0188"))
    msg = make_msg("02", "Marcus Webb <m.webb@bluebird-hotels.example>", "Supplies order BB-1142",
                   est(20, 8, 2), body)
    exp = po_header(cid, "BB-1142", order_date="2026-11-20", requested_date="2026-12-01")
    exp["lines"] = [ctx.line(s, q, d, u) for (s, q), (d, u) in zip(lines, written)]
    return finish(msg, "02"), exp


def e03_html(ctx: Ctx) -> Built:
    cid, lines = ORDERS["03"]
    rows = [(s, short(ctx.catalog[s]), q, ctx.catalog[s].uom, ctx.price(cid, s)) for s, q in lines]
    intro = "Hello,\n\nPlease process the order below.\n\nPurchase Order No. CFM-2026-0871\n" \
            "Order Date: 2026-11-19\nRequested Delivery: 2026-12-03\n\n"
    text = intro + "".join(f"{s}  {d}  {q} {u}  @ ${p:.2f}\n" for s, d, q, u, p in rows) + "\n" + \
        signature(cid, "(206) 555-0117")
    cells = "".join(f"<tr><td>{s}</td><td>{d}</td><td align=\"right\">{q}</td><td>{u}</td>"
                    f"<td align=\"right\">${p:.2f}</td></tr>\n" for s, d, q, u, p in rows)
    html = (f"<html><body><p>Hello,</p><p>Please process the order below.</p>\n"
            f"<p><b>Purchase Order No.</b> CFM-2026-0871<br>\n<b>Order Date:</b> 2026-11-19<br>\n"
            f"<b>Requested Delivery:</b> 2026-12-03</p>\n"
            f"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
            f"<tr><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit Price</th></tr>\n{cells}"
            f"</table>\n<p>Thanks,<br>Priya Natarajan<br>Purchasing | Cascade Facilities Management<br>"
            f"Tel (206) 555-0117</p></body></html>\n")
    msg = make_msg("03", "Priya Natarajan <priya.natarajan@cascadefm.example>", "Purchase Order CFM-2026-0871",
                   est(19, 13, 40, -8), text)
    msg.add_alternative(html, subtype="html")
    exp = po_header(cid, "CFM-2026-0871", order_date="2026-11-19", requested_date="2026-12-03")
    exp["lines"] = [ctx.line(s, q, d, u, p) for s, d, q, u, p in rows]
    return finish(msg, "03"), exp


def e04_pdf_ruled(ctx: Ctx) -> Built:
    cid, lines = ORDERS["04"]
    pdf = ruled_pdf(ctx, cid, "DL-450193", "2026-11-18", lines)
    body = "Hello,\n\nAttached is our purchase order DL-450193. Please confirm ship date.\n\n" + \
        signature(cid, "(214) 555-0163")
    msg = make_msg("04", "Robert Chen <rchen@deltalogistics.example>", "Purchase Order DL-450193",
                   est(18, 10, 5, -6), body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="PO_DL-450193.pdf")
    exp = po_header(cid, "DL-450193", order_date="2026-11-18")
    exp["ship_to"] = ship_to(cid)
    exp["lines"] = [ctx.line(s, q, short(ctx.catalog[s]), price=ctx.price(cid, s)) for s, q in lines]
    return finish(msg, "04"), exp


def e05_pdf_unruled(ctx: Ctx) -> Built:
    cid, lines = ORDERS["05"]
    pdf = unruled_pdf(ctx, cid, "EMS-PO-30318", "November 18, 2026", "December 2, 2026", lines)
    body = "Hi,\n\nPlease see the attached PO EMS-PO-30318.\n\n" + signature(cid, "(312) 555-0190")
    msg = make_msg("05", "Sofia Ramirez <sofia.ramirez@evergreen-med.example>", "New PO EMS-PO-30318",
                   est(18, 15, 30, -6), body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="EMS-PO-30318.pdf")
    exp = po_header(cid, "EMS-PO-30318", order_date="2026-11-18", requested_date="2026-12-02")
    exp["ship_to"] = ship_to(cid)
    exp["lines"] = [ctx.line(s, q, short(ctx.catalog[s]), price=ctx.price(cid, s)) for s, q in lines]
    return finish(msg, "05"), exp


def e06_xlsx(ctx: Ctx) -> Built:
    cid, lines = ORDERS["06"]
    body = "Good afternoon,\n\nOur PO HPP-88213 is attached as a spreadsheet.\n\n" + \
        signature(cid, "(215) 555-0134")
    msg = make_msg("06", "Dana Kowalski <dana.kowalski@harborpoint.example>", "PO HPP-88213",
                   est(19, 14, 22), body)
    msg.add_attachment(xlsx_bytes(ctx, cid, "HPP-88213", lines), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename="HPP-88213.xlsx")
    exp = po_header(cid, "HPP-88213", order_date="2026-11-19")
    exp["lines"] = [ctx.line(s, q, short(ctx.catalog[s]), price=ctx.price(cid, s)) for s, q in lines]
    return finish(msg, "06"), exp


def e07_csv(ctx: Ctx) -> Built:
    cid, lines = ORDERS["07"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["sku", "description", "qty", "uom", "unit_price"])
    for s, q in lines:
        p = ctx.catalog[s]
        w.writerow([s, short(p), q, p.uom, f"{ctx.price(cid, s):.2f}"])
    body = ("Hi team,\n\nRestock for the Orlando F&B outlets attached as CSV.\n\nPO #: BB-1150\n"
            "Order Date: 2026-11-21\n\n" + signature(cid, "(407) 555-0188"))
    msg = make_msg("07", "Marcus Webb <m.webb@bluebird-hotels.example>", "F&B restock BB-1150", est(21, 7, 45), body)
    msg.add_attachment(out.getvalue().encode(), maintype="text", subtype="csv", filename="BB-1150.csv")
    exp = po_header(cid, "BB-1150", order_date="2026-11-21")
    exp["lines"] = [ctx.line(s, q, short(ctx.catalog[s]), price=ctx.price(cid, s)) for s, q in lines]
    return finish(msg, "07"), exp


def e08_forwarded(ctx: Ctx) -> Built:
    cid, lines = ORDERS["08"]
    # The envelope sender is Northwind's own rep; the customer must come from the forwarded header.
    body = ("FYI - order from Cascade Facilities below, can you enter it please?\n\nMike\n\n"
            "---------- Forwarded message ---------\n"
            "From: Priya Natarajan <priya.natarajan@cascadefm.example>\n"
            "Date: Thu, Nov 19, 2026 at 4:12 PM\nSubject: PO # CFM-2026-0874\n"
            "To: Mike Alvarez <mike.alvarez@northwind-supply.example>\n\n"
            "Hi Mike,\n\nCould you get these out to the Seattle depot this week?\n\nPO # CFM-2026-0874\n\n"
            + "".join(f"{q} x {s}\n" for s, q in lines) + "\n" + signature(cid, "(206) 555-0117"))
    msg = make_msg("08", "Mike Alvarez <mike.alvarez@northwind-supply.example>", "Fwd: PO # CFM-2026-0874",
                   est(20, 8, 31), body)
    exp = po_header(cid, "CFM-2026-0874")
    exp["lines"] = [ctx.line(s, q) for s, q in lines]
    return finish(msg, "08"), exp


TYPOS = {"GLS-SAF-SMK": "GLS-SAF-SKM", "VEST-HV-L-ORG": "VEST-HV-L-0RG"}  # transposition; zero for letter O


def e09_typo(ctx: Ctx) -> Built:
    cid, lines = ORDERS["09"]
    body = ("Hi,\n\nPlease ship the following safety items:\n\n"
            + "".join(f"{TYPOS.get(s, s)} - {q} {ctx.catalog[s].uom}\n" for s, q in lines)
            + "\nPO Number: DL-450207\nOrder Date: 2026-11-20\n\n" + signature(cid, "(214) 555-0163"))
    msg = make_msg("09", "Robert Chen <rchen@deltalogistics.example>", "PO DL-450207 safety gear",
                   est(20, 11, 50, -6), body)
    exp = po_header(cid, "DL-450207", order_date="2026-11-20")
    exp["lines"] = [ctx.line(s, q) for s, q in lines]
    return finish(msg, "09"), exp


def e10_unknown_product(ctx: Ctx) -> Built:
    cid, lines = ORDERS["10"]
    (s1, q1), (_, q2) = lines
    filt = "Pleated air filter 20 x 25 x 4 in, MERV 13"  # Northwind sells no HVAC filters at all
    body = (f"Hello,\n\nPO #: EMS-PO-30325\nOrder Date: 2026-11-20\n\n{s1} - {q1} boxes\n"
            f"FLT-2025-4-M13 {filt} - {q2} EA\n\n" + signature(cid, "(312) 555-0190"))
    msg = make_msg("10", "Sofia Ramirez <sofia.ramirez@evergreen-med.example>", "Order EMS-PO-30325",
                   est(20, 16, 3, -6), body)
    exp = po_header(cid, "EMS-PO-30325", order_date="2026-11-20")
    exp["lines"] = [ctx.line(s1, q1, uom="BX"), ctx.line(None, q2, filt, "EA")]
    return finish(msg, "10"), exp


def e11_unknown_sender(ctx: Ctx) -> Built:
    _, lines = ORDERS["11"]
    body = ("Hello Northwind,\n\nWe are a new account - please quote and ship:\n\n"
            + "".join(f"{q} x {s}\n" for s, q in lines)
            + "\nPO Number: GX-70021\nOrder Date: 2026-11-20\n\nRegards,\nTom Becker\nBuyer | Globex Manufacturing\n"
            "Tel (503) 555-0109\n")
    msg = make_msg("11", "Tom Becker <tbecker@globex-mfg.example>", "PO GX-70021", est(20, 12, 10, -8), body)
    exp = po_header(None, "GX-70021", order_date="2026-11-20")
    exp["lines"] = [ctx.line(s, q) for s, q in lines]
    return finish(msg, "11"), exp


def e12_not_an_order(ctx: Ctx) -> Built:
    # Deliberately mentions a PO number and a SKU: a keyword classifier would get this wrong.
    body = ("Hi Mike,\n\nThanks for turning PO ACM-PO-55790 around so quickly last week - the TAPE-48-CLR and the\n"
            "gloves arrived a day early and the team noticed.\n\nCould we set up a call on Tuesday, December 1 at\n"
            "10:00 ET to go through Q1 pricing and the new cup sizes? No order today.\n\n"
            + signature("C001", "(617) 555-0142"))
    msg = make_msg("12", "Jane Doe <jane.doe@acme-retail.example>", "Thank you + Q1 review", est(20, 17, 2), body)
    return finish(msg, "12"), {"kind": "not_an_order"}


def e13_price_mismatch(ctx: Ctx) -> Built:
    cid, lines = ORDERS["13"]
    prices = {s: ctx.price(cid, s) for s, _ in lines}
    prices["GLV-NIT-L-BLK"] = round(prices["GLV-NIT-L-BLK"] * 0.78, 2)  # buyer's stale price, 22 % low
    body = ("Hi,\n\nOur PO: HPP-88230\nOrder Date: 2026-11-20\n\n"
            + "".join(f"{s}  {q} {ctx.catalog[s].uom} @ ${prices[s]:.2f}\n" for s, q in lines)
            + "\n" + signature(cid, "(215) 555-0134"))
    msg = make_msg("13", "Dana Kowalski <dana.kowalski@harborpoint.example>", "PO HPP-88230", est(20, 10, 18), body)
    exp = po_header(cid, "HPP-88230", order_date="2026-11-20")
    exp["lines"] = [ctx.line(s, q, price=prices[s]) for s, q in lines]
    return finish(msg, "13"), exp


def e14_sloppy(ctx: Ctx) -> Built:
    cid, lines = ORDERS["14"]
    (s1, q1), (s2, q2), (s3, q3), (s4, q4) = lines

    def sloppy(s: str) -> str:
        return s.lower().replace("-", " ")

    body = (f"hey guys\n\nneed these asap:\n\n{sloppy(s1)} - {q1} boxes\n{sloppy(s2)} x {q2}\n"
            f"{sloppy(s3)}: {q3}\n{sloppy(s4)} - qty {q4}\n\n"
            "PO # BB-1157\nOrder Date: 11/20/2026\n\nthx\nMarcus\n")
    msg = make_msg("14", "Marcus Webb <m.webb@bluebirdhg.example>", "order", est(20, 18, 40), body)
    exp = po_header(cid, "BB-1157", order_date="2026-11-20")
    exp["lines"] = [ctx.line(s, q) for s, q in lines]
    return finish(msg, "14"), exp


def e15_unit_words(ctx: Ctx) -> Built:
    cid, lines = ORDERS["15"]
    (s1, q1), (s2, q2), (s3, q3) = lines
    body = (f"Hi Northwind,\n\nOur PO ACM-PO-55840 - for the store refresh project:\n\n"
            f"{q1} dozen {s1}\n{q2} rolls of {s2}\n{q3} cases of {s3}\n\nRequested Delivery: 2026-12-01\n\n"
            + signature(cid, "(617) 555-0142"))
    msg = make_msg("15", "Jane Doe <jane.doe@acme.example>", "Store refresh supplies", est(20, 14, 55), body)
    exp = po_header(cid, "ACM-PO-55840", requested_date="2026-12-01")
    exp["lines"] = [ctx.line(s1, q1, uom="DZ"), ctx.line(s2, q2, uom="RL"), ctx.line(s3, q3, uom="CS")]
    return finish(msg, "15"), exp


EMAILS = [("01-plain-text", e01_plain), ("02-prose-descriptions", e02_prose), ("03-html-table", e03_html),
          ("04-pdf-ruled", e04_pdf_ruled), ("05-pdf-unruled", e05_pdf_unruled), ("06-xlsx", e06_xlsx),
          ("07-csv-attachment", e07_csv), ("08-forwarded", e08_forwarded), ("09-sku-typo", e09_typo),
          ("10-unknown-product", e10_unknown_product), ("11-unknown-sender", e11_unknown_sender),
          ("12-not-an-order", e12_not_an_order), ("13-price-mismatch", e13_price_mismatch),
          ("14-sloppy-skus", e14_sloppy), ("15-unit-words", e15_unit_words)]


# --------------------------------------------------------------------------- output + self-checks

def write_csv(name: str, header: list[str], rows: list[list[object]]) -> None:
    with open(DEMO / name, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def check_catalog(catalog: list[Product]) -> None:
    skus = [p.sku for p in catalog]
    assert len(catalog) >= 520 and len(set(skus)) == len(skus)
    assert len({p.gtin for p in catalog}) == len(catalog)
    assert all(len(p.gtin) == 13 and ean13_check(p.gtin[:12]) == p.gtin[12] for p in catalog)
    assert all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", s) for s in skus)
    # no SKU is another SKU plus a "-suffix", and sloppy (dash/space-less) spellings stay unique
    assert not [a for a in skus for b in skus if b.startswith(a + "-")]
    assert len({s.replace("-", "") for s in skus}) == len(skus)
    for good, bad in TYPOS.items():  # each typo is closest to exactly one SKU: the intended one
        dist = sorted((levenshtein(bad, s), s) for s in skus)
        assert bad not in skus and dist[0][1] == good and dist[1][0] > dist[0][0], dist[:2]
    for words, sku in ((("paper hot cup", "12 oz", "white"), "CUP-HOT-12-WHT"),
                       (("nitrile gloves", "black", "size xl"), "GLV-NIT-XL-BLK"),
                       (("trash bags", "45 gal", "clear"), "BAG-45G-CLR"),
                       (("cold cup", "16 oz", "clear"), "CUP-CLD-16-CLR")):
        hits = [p.sku for p in catalog if all(w in p.description.lower() for w in words)]
        assert hits == [sku], hits


def main() -> None:
    catalog = build_catalog()
    check_catalog(catalog)
    by_sku = {p.sku: p for p in catalog}
    write_csv("catalog.csv", ["sku", "description", "uom", "unit_price", "gtin", "pack_size", "weight_kg"],
              [[p.sku, p.description, p.uom, f"{p.unit_price:.2f}", p.gtin, p.pack_size, f"{p.weight_kg:.3f}"]
               for p in catalog])
    write_csv("customers.csv", CUST_COLS, [[c[k] for k in CUST_COLS] for c in CUSTOMERS])
    prices = build_price_lists(by_sku)
    write_csv("price_lists.csv", ["customer_id", "sku", "unit_price"],
              [[cid, s, f"{p:.2f}"] for cid, pl in prices.items() for s, p in pl.items()])
    write_csv("warehouses.csv", WH_COLS, WAREHOUSES)
    write_csv("stock.csv", ["warehouse", "sku", "on_hand"], [list(r) for r in build_stock(catalog)])
    write_csv("carrier_rates.csv", ["carrier", "service", "zone", "max_weight_kg", "price", "transit_days"],
              build_rates())

    for old in list(DEMO.glob("*.eml")) + list(DEMO.glob("*.expected.json")):
        old.unlink()  # renamed/removed samples must not linger
    ctx = Ctx(by_sku, prices)
    for name, builder in EMAILS:
        data, expected = builder(ctx)
        for line in expected.get("lines", []):  # type: ignore[union-attr]
            assert line["sku"] is None or line["sku"] in by_sku, line
        weight = sum(by_sku[s].weight_kg * q for s, q in ORDERS.get(name[:2], (None, []))[1] if s)
        assert weight < 900, (name, weight)  # stays within the 1000 kg LTL break
        (DEMO / f"{name}.eml").write_bytes(data)
        (DEMO / f"{name}.expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
        print(f"{name:26s} {len(data):7d} bytes  {weight:7.1f} kg")
    print(f"catalog: {len(catalog)} products")


if __name__ == "__main__":
    main()
