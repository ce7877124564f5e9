"""Catalog and customers of the seller: Kestrel Workwear & Linen Ltd (Wakefield, UK)."""
import csv, os

SIZE_UP = {"2XL": 0.70, "3XL": 1.40, "4XL": 1.40, "5XL": 2.10}

def _rows():
    R = []
    def add(sku, desc, uom, price, pack=1):
        R.append((sku, desc, uom, round(price, 2), pack))
    col = {"NAV": "Navy", "BLK": "Black", "WHT": "White", "BGR": "Bottle Green", "RYL": "Royal Blue",
           "LIL": "Lilac", "YEL": "Yellow", "ORA": "Orange", "GRY": "Grey"}
    for c in ["NAV", "BLK", "WHT", "BGR"]:
        for s in ["S", "M", "L", "XL", "2XL"]:
            add(f"PC200-{c}-{s}", f"Classic pique polo 200g unisex {col[c]} {s}", "EA", 6.20 + SIZE_UP.get(s, 0))
    for s in ["3XL", "4XL", "5XL"]:
        add(f"PC200-NAV-{s}", f"Classic pique polo 200g unisex Navy {s}", "EA", 7.60 if s != "5XL" else 8.30)
    for s in ["S", "M", "L", "XL", "2XL", "3XL"]:
        add(f"PP240-NAV-{s}", f"Premium heavyweight polo 240g Navy {s}", "EA", 8.95 + SIZE_UP.get(s, 0))
    for s in ["M", "L", "XL"]:
        add(f"PP240-BLK-{s}", f"Premium heavyweight polo 240g Black {s}", "EA", 8.95)
    for s in ["XS", "S", "M", "L", "XL"]:
        add(f"PL200-NAV-{s}", f"Ladies fitted pique polo 200g Navy {s}", "EA", 6.40)
    for s in ["XS", "S", "M", "L"]:
        add(f"PL200-WHT-{s}", f"Ladies fitted pique polo 200g White {s}", "EA", 6.40)
    # hi-vis
    for s in ["M", "L", "XL", "2XL", "3XL"]:
        add(f"HVV2-YEL-{s}", f"Hi-vis vest EN ISO 20471 class 2 Yellow {s}", "EA", 2.10)
    for s in ["M", "L", "XL", "2XL"]:
        add(f"HVV2-ORA-{s}", f"Hi-vis vest EN ISO 20471 class 2 Orange {s}", "EA", 2.10)
    add("HVV2-YEL-L-PK10", "Hi-vis vest class 2 Yellow L - pack of 10", "PK", 18.50, 10)
    add("HVV2-YEL-XL-PK10", "Hi-vis vest class 2 Yellow XL - pack of 10", "PK", 18.50, 10)
    add("HVV2-YEL-XL-CS50", "Hi-vis vest class 2 Yellow XL - case of 50", "CS", 87.50, 50)
    for s in ["L", "XL", "2XL", "3XL"]:
        add(f"HVJ3-YEL-{s}", f"Hi-vis waterproof jacket class 3 Yellow {s}", "EA", 24.50 + (1.50 if s in ("2XL", "3XL") else 0))
    for s in ["L", "XL"]:
        add(f"HVB3-YNV-{s}", f"Hi-vis bomber jacket class 3 Yellow/Navy {s}", "EA", 31.00)
    for s in ["M", "L", "XL"]:
        add(f"HVP-YEL-{s}", f"Hi-vis polo shirt class 2 Yellow {s}", "EA", 9.80)
    # chef
    for s in ["XS", "S", "M", "L", "XL", "2XL", "3XL"]:
        add(f"CJ-WHT-LS-{s}", f"Chef jacket long sleeve White {s}", "EA", 12.40 + (0.80 if s in ("2XL", "3XL") else 0))
    for s in ["S", "M", "L", "XL"]:
        add(f"CJ-WHT-SS-{s}", f"Chef jacket short sleeve White {s}", "EA", 11.90)
    for s in ["S", "M", "L", "XL"]:
        add(f"CJ-BLK-LS-{s}", f"Chef jacket long sleeve Black {s}", "EA", 13.20)
    for s in ["S", "M", "L", "XL", "2XL"]:
        add(f"CT-CHK-{s}", f"Chef trousers black/white check {s}", "EA", 9.50)
    for s in ["M", "L", "XL"]:
        add(f"CT-BLK-{s}", f"Chef trousers Black {s}", "EA", 9.50)
    add("APB-WHT", "Bib apron polycotton White", "EA", 3.20)
    add("APB-WHT-PK10", "Bib apron polycotton White - pack of 10", "PK", 29.00, 10)
    add("APB-BLK", "Bib apron polycotton Black", "EA", 3.40)
    add("APW-BLK", "Bistro waist apron Black", "EA", 2.90)
    add("APB-DEN", "Bib apron denim with leather straps", "EA", 7.80)
    add("CSC-WHT", "Chef skull cap White", "EA", 1.60)
    add("CNK-WHT", "Chef neckerchief White", "EA", 1.10)
    # healthcare
    for c in ["NAV", "LIL", "WHT"]:
        for s in ["S", "M", "L", "XL"]:
            add(f"HT-{c}-{s}", f"Healthcare tunic unisex {col[c]} {s}", "EA", 10.80)
    # fabric
    add("FAB-PC6535-WHT-150-M", "Polycotton 65/35 White 150cm - per metre", "M", 2.85)
    add("FAB-PC6535-WHT-150-R50", "Polycotton 65/35 White 150cm - roll 50m", "RL", 129.00, 50)
    add("FAB-PC6535-NAV-150-M", "Polycotton 65/35 Navy 150cm - per metre", "M", 3.05)
    add("FAB-PC6535-NAV-150-R50", "Polycotton 65/35 Navy 150cm - roll 50m", "RL", 138.00, 50)
    add("FAB-DRL-NAV-M", "Cotton drill 280g Navy 150cm - per metre", "M", 4.60)
    add("FAB-DRL-NAV-R50", "Cotton drill 280g Navy 150cm - roll 50m", "RL", 215.00, 50)
    add("FAB-DRL-BLK-M", "Cotton drill 280g Black 150cm - per metre", "M", 4.60)
    add("FAB-DRL-BLK-R50", "Cotton drill 280g Black 150cm - roll 50m", "RL", 215.00, 50)
    add("FAB-SAT-WHT-280-M", "Cotton sateen sheeting White 280cm - per metre", "M", 7.90)
    add("FAB-SAT-WHT-280-R30", "Cotton sateen sheeting White 280cm - roll 30m", "RL", 224.00, 30)
    add("FAB-HVY-YEL-M", "Hi-vis fluorescent fabric Yellow 150cm - per metre", "M", 5.40)
    add("FAB-TERRY-WHT-M", "Cotton terry towelling White 160cm - per metre", "M", 6.10)
    # towels
    add("TWH-500-WHT", "Hand towel 50x90 500gsm White", "EA", 3.10)
    add("TWH-400-WHT", "Hand towel 50x90 400gsm White (budget)", "EA", 2.30)
    add("TWH-500-GRY", "Hand towel 50x90 500gsm Grey", "EA", 3.25)
    add("TWH-500-WHT-PK10", "Hand towel 50x90 500gsm White - pack of 10", "PK", 29.50, 10)
    add("TWB-500-WHT", "Bath towel 70x140 500gsm White", "EA", 6.40)
    add("TWB-400-WHT", "Bath towel 70x140 400gsm White (budget)", "EA", 4.75)
    add("TWB-500-WHT-PK10", "Bath towel 70x140 500gsm White - pack of 10", "PK", 61.00, 10)
    add("TWS-500-WHT", "Bath sheet 100x150 500gsm White", "EA", 9.90)
    add("TWF-500-WHT-PK10", "Face cloth 30x30 500gsm White - pack of 10", "PK", 5.20, 10)
    add("TWM-700-WHT", "Bath mat 50x80 700gsm White", "EA", 3.95)
    add("TWP-POOL-BLU", "Pool towel 90x180 blue/white stripe", "EA", 8.40)
    # bed linen
    for code, nm, p in [("SGL", "Single", 4.20), ("DBL", "Double", 5.60), ("KNG", "King", 6.80)]:
        add(f"FS-PC-{code}", f"Flat sheet polycotton 144TC White {nm}", "EA", p)
    for code, nm, p in [("SGL", "Single", 6.10), ("DBL", "Double", 7.90), ("KNG", "King", 9.20)]:
        add(f"FS-PER-{code}", f"Flat sheet percale 200TC White {nm}", "EA", p)
    for code, nm, p in [("SGL", "Single", 7.50), ("DBL", "Double", 9.80), ("KNG", "King", 11.90)]:
        add(f"DC-PC-{code}", f"Duvet cover polycotton 144TC White {nm}", "EA", p)
    add("PC-PC-HW", "Pillowcase housewife 50x75 polycotton White", "EA", 1.45)
    add("PC-PER-HW", "Pillowcase housewife 50x75 percale 200TC White", "EA", 2.10)
    add("PC-PER-OX", "Pillowcase Oxford 50x75 percale 200TC White", "EA", 3.40)
    # table linen
    add("NAP-WHT-50", "Napkin 50x50 White", "EA", 0.95)
    add("NAP-WHT-50-PK50", "Napkin 50x50 White - pack of 50", "PK", 44.00, 50)
    add("NAP-BLK-50", "Napkin 50x50 Black", "EA", 0.99)
    add("TC-WHT-137", "Tablecloth 137x137 White", "EA", 6.20)
    add("TC-WHT-178", "Tablecloth 178x178 White", "EA", 8.90)
    add("TC-WHT-230R", "Tablecloth round 230cm White", "EA", 12.50)
    # school / club
    for c in ["NAV", "RYL", "BGR"]:
        for s in ["XS", "S", "M", "L"]:
            add(f"SWC-{c}-{s}", f"Crew neck sweatshirt 280g {col[c]} {s}", "EA", 8.10)
    for s in ["XS", "S", "M", "L", "XL"]:
        add(f"TS-WHT-{s}", f"PE T-shirt cotton White {s}", "EA", 2.60)
    for s in ["M", "L", "XL", "2XL"]:
        add(f"SSJ-BLK-{s}", f"Softshell jacket Black {s}", "EA", 21.00)
    for s in ["M", "L", "XL"]:
        add(f"FLC-NAV-{s}", f"Microfleece jacket Navy {s}", "EA", 11.50)
    # embroidery services
    add("EMB-SETUP", "Logo digitising / embroidery set-up (one-off)", "EA", 25.00)
    add("EMB-LOGO-S", "Logo embroidery left breast up to 6,000 stitches", "EA", 2.20)
    add("EMB-LOGO-L", "Logo embroidery back up to 15,000 stitches", "EA", 4.80)
    add("EMB-NAME", "Name embroidery (one line)", "EA", 1.50)
    return R

CATALOG = _rows()
CAT = {r[0]: r for r in CATALOG}

CUSTOMERS = [
    # id, name, domains, ship_to name, street, city, postal, country
    ("C001", "Harrowgate Grand Hotel", "harrowgategrand.co.uk", "Harrowgate Grand Hotel", "14 Ripon Road", "Harrogate", "HG1 2RF", "GB"),
    ("C002", "Bramley & Finch Restaurants Ltd", "bramleyfinch.co.uk", "Bramley & Finch Restaurants Ltd", "5 Clerkenwell Close", "London", "EC1R 0AA", "GB"),
    ("C003", "St Aidan's Academy Trust", "staidans.sch.uk", "St Aidan's Academy", "Gilesgate", "Durham", "DH1 1QA", "GB"),
    ("C004", "Pennine Castings Ltd", "penninecastings.co.uk", "Pennine Castings Ltd", "Brookfoot Works, Elland Road", "Brighouse", "HD6 2RW", "GB"),
    ("C005", "Willowmead Care Homes Ltd", "willowmeadcare.co.uk", "Willowmead House", "40 Hoole Road", "Chester", "CH2 3NH", "GB"),
    ("C006", "Ashby Rugby Football Club", "ashbyrfc.org.uk", "Ashby RFC Clubhouse", "Lower Packington Road", "Ashby-de-la-Zouch", "LE65 1TS", "GB"),
    ("C007", "Hôtel Le Grand Cerf", "grandcerf-hotel.fr", "Hôtel Le Grand Cerf", "12 avenue d'Albigny", "Annecy", "74000", "FR"),
    ("C008", "Brasserie des Halles SARL", "brasseriedeshalles.fr", "Brasserie des Halles", "7 rue de la Martinière", "Lyon", "69001", "FR"),
    ("C009", "EHPAD Les Tilleuls", "ehpad-lestilleuls.fr", "EHPAD Les Tilleuls", "18 rue des Tanneurs", "Tours", "37000", "FR"),
    ("C010", "Hotel Alpenblick AG", "alpenblick-zermatt.ch", "Hotel Alpenblick AG", "Riedweg 12", "Zermatt", "3920", "CH"),
    ("C011", "Restaurant Zum Goldenen Ochsen", "goldener-ochsen.ch", "Restaurant Zum Goldenen Ochsen", "Rennweg 18", "Zürich", "8001", "CH"),
    ("C012", "Clinique Bel-Air Services SA", "belair-services.lu", "Clinique Bel-Air", "31 route d'Arlon", "Strassen", "L-8009", "LU"),
    ("C013", "Gasthof Seewirt GmbH", "seewirt.at", "Gasthof Seewirt", "Seeuferstraße 9", "Zell am See", "5700", "AT"),
    ("C014", "Voestwerk Metalltechnik GmbH", "vwm-metall.at", "Voestwerk Metalltechnik GmbH", "Industriezeile 47", "Linz", "4020", "AT"),
    ("C015", "UAB Baltijos Viešbučiai", "balviesbuciai.lt", "Viešbutis Neris", "Gedimino pr. 44", "Vilnius", "LT-01110", "LT"),
    ("C016", "SIA Rīgas Ēdināšanas Serviss", "res-catering.lv", "SIA Rīgas Ēdināšanas Serviss", "Brīvības iela 100", "Rīga", "LV-1050", "LV"),
    ("C017", "OÜ Tallinna Spaa Hotell", "tallinnaspa.ee", "Tallinna Spaa Hotell", "Sadama 11a", "Tallinn", "10111", "EE"),
    ("C018", "Skärgårdshotellet AB", "skargardshotellet.se", "Skärgårdshotellet", "Hamngatan 20", "Vaxholm", "185 32", "SE"),
    ("C019", "Göteborgs Idrottsförening", "gbgif.se", "Göteborgs IF kansli", "Kungsportsavenyn 31", "Göteborg", "411 36", "SE"),
    ("C020", "Cape Vineyard Lodge (Pty) Ltd", "capevineyardlodge.co.za", "Cape Vineyard Lodge", "Annandale Road", "Stellenbosch", "7600", "ZA"),
    ("C021", "Durban Packaging Works (Pty) Ltd", "dbnpack.co.za", "Durban Packaging Works", "17 Jacobs Road, Clairwood", "Durban", "4052", "ZA"),
]

def write(folder):
    with open(os.path.join(folder, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for i, (sku, d, u, p, pk) in enumerate(CATALOG):
            base = "50601234" + f"{i:04d}"
            # GTIN-13 check digit
            s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(base))
            gtin = base + str((10 - s % 10) % 10)
            w.writerow([sku, d, u, f"{p:.2f}", gtin, pk])
    with open(os.path.join(folder, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
        for r in CUSTOMERS:
            w.writerow(r)
