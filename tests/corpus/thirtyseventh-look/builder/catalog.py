"""Seller catalogue: Maasdelta Workwear B.V. (Rotterdam) / Maasdelta Workwear UK Ltd."""
SZ7 = ["S", "M", "L", "XL", "XXL", "3XL", "4XL"]

def build_catalog():
    rows = []
    def add(sku, desc, uom, price):
        rows.append((sku, desc, uom, price))
    for c, cn in (("YE", "yellow"), ("OR", "orange")):
        for s in SZ7:
            add(f"HV2-VST-{c}-{s}", f"Hi-vis vest EN ISO 20471 class 2, {cn}, size {s}", "EA", 2.95 if s not in ("3XL", "4XL") else 3.25)
    for s in ["M", "L", "XL", "XXL"]:
        add(f"HV2-VSZ-YE-{s}", f"Hi-vis vest class 2, yellow, with zip and ID pocket, size {s}", "EA", 4.60)
    for c, cn in (("YE", "yellow"), ("OR", "orange")):
        for s in ["M", "L", "XL", "XXL", "3XL"]:
            add(f"HV3-JKT-{c}-{s}", f"Hi-vis jacket EN ISO 20471 class 3, {cn}, padded, size {s}", "EA", 34.50)
    for s in ["M", "L", "XL", "XXL"]:
        add(f"HV3-BMB-YE-{s}", f"Hi-vis bomber jacket class 3, yellow, size {s}", "EA", 29.90)
    for s in ["S", "M", "L", "XL", "XXL", "3XL"]:
        add(f"HV2-TSH-YE-{s}", f"Hi-vis T-shirt class 2, yellow, size {s}", "EA", 6.80)
    for s in ["M", "L", "XL", "XXL"]:
        add(f"HV1-RTR-OR-{s}", f"Hi-vis rain trousers class 1, orange, size {s}", "EA", 12.40)
    for n in range(38, 48):
        add(f"BT-S3S-{n}", f"Safety boot S3 SRC, steel toe cap, black leather, EU {n}", "PR", 54.00)
    for n in range(39, 47):
        add(f"BT-S3C-{n}", f"Safety boot S3 SRC, composite toe cap, metal-free, EU {n}", "PR", 62.00)
    for n in range(39, 47):
        add(f"SH-S1P-{n}", f"Safety shoe S1P low, composite toe cap, grey, EU {n}", "PR", 44.00)
    for n in range(7, 12):
        add(f"GL-NIT-{n:02d}", f"Nitrile-coated work glove, blue, size {n}", "PR", 1.15)
    for n in range(7, 12):
        add(f"GL-CUTB-{n:02d}", f"Cut-resistant glove EN388 level B, PU palm, size {n}", "PR", 3.40)
    for n in range(7, 12):
        add(f"GL-CUTD-{n:02d}", f"Cut-resistant glove EN388 level D, nitrile palm, size {n}", "PR", 5.90)
    for s in ["S", "M", "L", "XL"]:
        add(f"GL-DSP-{s}", f"Disposable nitrile gloves, blue, powder-free, box of 100, size {s}", "BX", 6.50)
    for c, cn, p in (("WH", "white", 21.00), ("BK", "black", 23.00)):
        for s in ["S", "M", "L", "XL", "XXL"]:
            add(f"CJ-{c}-{s}", f"Chef jacket, {cn}, long sleeve, size {s}", "EA", p)
    for s in ["S", "M", "L", "XL"]:
        add(f"CT-PEP-{s}", f"Chef trousers, pepper and salt check, size {s}", "EA", 16.50)
    add("CA-WH", "Bib apron, white, polycotton", "EA", 7.20)
    for c, cn in (("NV", "navy"), ("CB", "ceil blue")):
        for s in ["S", "M", "L", "XL"]:
            add(f"SC-TUN-{c}-{s}", f"Scrub tunic unisex, {cn}, size {s}", "EA", 12.90)
    for s in ["S", "M", "L", "XL"]:
        add(f"SC-TRS-NV-{s}", f"Scrub trousers unisex, navy, size {s}", "EA", 11.90)
    for s in ["S", "M", "L", "XL", "XXL", "3XL"]:
        add(f"OV-NV-{s}", f"Overall polycotton, navy, size {s}", "EA", 27.50)
    for s in ["M", "L", "XL", "XXL"]:
        add(f"OV-DSP-{s}", f"Disposable coverall type 5/6, white, size {s}", "EA", 4.10)
    for s in ["S", "M", "L", "XL", "XXL"]:
        add(f"SS-NV-{s}", f"Softshell jacket, navy, size {s}", "EA", 31.00)
    for c, cn in (("WH", "white"), ("YE", "yellow"), ("OR", "orange"), ("RD", "red"), ("BL", "blue"), ("GN", "green")):
        add(f"HH-{c}", f"Hard hat EN397, {cn}", "EA", 6.40)
    for c, cn in (("WH", "white"), ("YE", "yellow")):
        add(f"HH-V-{c}", f"Hard hat EN397 vented, with chinstrap, {cn}", "EA", 9.80)
    add("EP-200", "Foam ear plugs SNR 37, uncorded, box of 200 pairs", "BX", 24.00)
    add("EP-200C", "Foam ear plugs SNR 37, corded, box of 200 pairs", "BX", 39.00)
    add("EP-50", "Foam ear plugs SNR 37, uncorded, box of 50 pairs", "BX", 7.90)
    add("EP-500R", "Ear plug dispenser refill, 500 pairs", "BX", 52.00)
    add("EMB-CHEST", "Embroidery: logo left chest, up to 10,000 stitches", "EA", 3.50)
    add("EMB-BACK", "Embroidery: logo on back, up to 25,000 stitches", "EA", 7.50)
    add("EMB-NAME", "Embroidery: name, up to 15 characters", "EA", 2.50)
    add("EMB-SETUP", "Embroidery: logo digitising / set-up fee, one-off", "EA", 45.00)
    add("SG-CLR", "Safety glasses EN166, clear lens", "EA", 2.10)
    add("SG-TNT", "Safety glasses EN166, tinted lens", "EA", 2.40)
    add("KP-01", "Knee pads, gel, pair", "PR", 8.90)
    return rows

CATALOG = build_catalog()
SKUS = {r[0] for r in CATALOG}
