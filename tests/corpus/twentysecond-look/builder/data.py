"""Catalog and customers for Saltmarsh Hospitality Supply (fictional)."""

SCENTS = {"CV": "Citrus Verbena", "LV": "Lavender", "UN": "Unscented"}
COLOURS = {"WH": "White", "IV": "Ivory"}
BEDS = {"SG": "Single", "DB": "Double", "QN": "Queen", "KG": "King"}


def gtin(n):
    base = "50%010d" % n
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(base))
    return base + str((10 - s % 10) % 10)


def build_catalog():
    rows = []

    def add(sku, desc, uom, price, pack):
        rows.append((sku, desc, uom, "%.2f" % price, gtin(1000 + len(rows) * 7), pack))

    # --- guest amenities
    prods = {"SH": ("Shampoo", 0.21), "CO": ("Conditioner", 0.22), "BW": ("Body Wash", 0.21), "BL": ("Body Lotion", 0.24)}
    for p, (pn, base) in prods.items():
        for ml, pack, mult in ((30, 300, 1.0), (50, 200, 1.45)):
            for sc, scn in SCENTS.items():
                add("AM-%s-%d-%s" % (p, ml, sc), "%s %d ml bottle, %s, case of %d" % (pn, ml, scn, pack), "CS", base * mult * pack, pack)
    for g, pack, unit in ((20, 500, 0.11), (40, 250, 0.19)):
        for sc, scn in SCENTS.items():
            add("AM-SOAP-%d-%s" % (g, sc), "Soap bar %d g wrapped, %s, case of %d" % (g, scn, pack), "CS", unit * pack, pack)
    add("AM-DENTAL-KIT", "Dental kit (toothbrush + 5 g paste), case of 250", "CS", 92.50, 250)
    add("AM-VANITY-KIT", "Vanity kit (cotton pads + buds), case of 500", "CS", 71.00, 500)
    add("AM-SHOWERCAP", "Shower cap boxed, case of 500", "CS", 48.00, 500)
    add("AM-SEWING-KIT", "Sewing kit boxed, case of 250", "CS", 64.00, 250)
    add("AM-SLIPPER-OT", "Guest slippers open toe white, case of 100 pairs", "CS", 118.00, 100)
    add("AM-SLIPPER-CT", "Guest slippers closed toe white, case of 100 pairs", "CS", 134.00, 100)
    for p, pn in (("SH", "Shampoo"), ("BW", "Body Wash"), ("HS", "Hand Soap")):
        add("AM-REFILL-5L-%s-CV" % p, "%s refill 5 L, Citrus Verbena (for wall dispensers)" % pn, "EA", 38.00, 1)
    add("AM-DISP-300-WH", "Wall dispenser 300 ml lockable, white", "EA", 9.80, 1)
    add("AM-DISP-300-BK", "Wall dispenser 300 ml lockable, black", "EA", 9.80, 1)

    # --- bed and bath linen
    fs = {"SG": 9.5, "DB": 12.0, "QN": 13.5, "KG": 15.5}
    for kind, kn, mult in (("FS", "Flat sheet", 1.0), ("FT", "Fitted sheet", 1.15), ("DC", "Duvet cover", 1.9)):
        for b, bn in BEDS.items():
            for c, cn in COLOURS.items():
                for tc, tm in ((200, 1.0), (300, 1.35)):
                    add("LN-%s-%s-%s-%d" % (kind, b, c, tc), "%s %s, %s, %d TC percale" % (kn, bn, cn, tc), "EA", fs[b] * mult * tm, 1)
    for s, sn, pr in (("STD", "Standard 50x75 cm", 3.20), ("KG", "King 50x90 cm", 3.90)):
        for c, cn in COLOURS.items():
            add("LN-PC-%s-%s" % (s, c), "Pillowcase housewife %s, %s, 300 TC" % (sn, cn), "EA", pr, 1)
    for t, tn, pr in (("FACE", "Face cloth 30x30 cm", 0.95), ("HAND", "Hand towel 50x90 cm", 2.60), ("BATH", "Bath towel 70x140 cm", 6.40),
                      ("SHEET", "Bath sheet 90x160 cm", 9.20), ("MAT", "Bath mat 50x80 cm", 3.80)):
        for c, cn in COLOURS.items():
            add("LN-TWL-%s-%s" % (t, c), "%s, %s, 550 gsm" % (tn, cn), "EA", pr, 1)
    add("LN-BATHROBE-M-WH", "Bathrobe waffle, white, size M", "EA", 21.00, 1)
    add("LN-BATHROBE-L-WH", "Bathrobe waffle, white, size L", "EA", 21.00, 1)
    add("LN-BATHROBE-XL-WH", "Bathrobe waffle, white, size XL", "EA", 22.50, 1)

    # --- glassware (dozen vs case of 24)
    glasses = [("WINE-350", "Wine glass 350 ml", 2.10), ("WINE-470", "Wine glass 470 ml", 2.45), ("FLUTE-170", "Champagne flute 170 ml", 2.30),
               ("HIBALL-300", "Highball 300 ml", 1.40), ("HIBALL-350", "Highball 350 ml", 1.55), ("ROCKS-260", "Rocks / old fashioned 260 ml", 1.50),
               ("PINT-570", "Nonic pint glass 570 ml (20 oz) CE", 1.35), ("HALF-285", "Nonic half pint 285 ml (10 oz) CE", 1.05),
               ("COUPE-220", "Cocktail coupe 220 ml", 2.60), ("TUMBLER-230", "Water tumbler 230 ml", 0.95)]
    for code, name, unit in glasses:
        add("GL-%s-DZ" % code, "%s, box of 12 (dozen)" % name, "DZ", unit * 12, 12)
        add("GL-%s-CS" % code, "%s, case of 24" % name, "CS", unit * 24 * 0.95, 24)

    # --- tableware (by the dozen, a few by the case)
    tw = [("PLT-21", "Side plate 21 cm white porcelain", 2.20), ("PLT-27", "Dinner plate 27 cm white porcelain", 3.90),
          ("PLT-31", "Charger / show plate 31 cm white porcelain", 5.60), ("BWL-15", "Bowl 15 cm white porcelain", 2.30),
          ("BWL-23", "Pasta bowl 23 cm white porcelain", 3.70), ("CUP-200", "Cappuccino cup 200 ml white", 2.10),
          ("CUP-90", "Espresso cup 90 ml white", 1.60), ("SAU-14", "Saucer 14 cm (for 200 ml cup)", 1.30),
          ("SAU-12", "Saucer 12 cm (for 90 ml espresso cup)", 1.10), ("MUG-340", "Mug 340 ml white", 2.40),
          ("FORK-TBL", "Table fork 18/10 stainless", 1.20), ("KNIFE-TBL", "Table knife 18/10 stainless", 1.45),
          ("SPOON-TBL", "Table spoon 18/10 stainless", 1.20), ("SPOON-TEA", "Teaspoon 18/10 stainless", 0.80)]
    for code, name, unit in tw:
        add("TW-%s-DZ" % code, "%s, dozen" % name, "DZ", unit * 12, 12)
    add("TW-PLT-27-CS", "Dinner plate 27 cm white porcelain, case of 36", "CS", 3.90 * 36 * 0.93, 36)
    add("TW-CUP-200-CS", "Cappuccino cup 200 ml white, case of 36", "CS", 2.10 * 36 * 0.93, 36)

    # --- takeaway packaging
    for oz in ("08", "12", "16"):
        add("TA-HC-%s-SW" % oz, "Hot cup %d oz single wall white, case of 1000" % int(oz), "CS", {"08": 52, "12": 61, "16": 70}[oz], 1000)
        add("TA-HC-%s-DW" % oz, "Hot cup %d oz double wall kraft, case of 500" % int(oz), "CS", {"08": 48, "12": 56, "16": 63}[oz], 500)
    for fit, fn in (("08", "8 oz"), ("1216", "12/16 oz")):
        for c, cn in (("BK", "black"), ("WH", "white")):
            add("TA-LID-%s-%s" % (fit, c), "Sip lid %s for %s hot cups, case of 1000" % (cn, fn), "CS", 24.00 if fit == "08" else 27.00, 1000)
    for oz, pr in (("12", 44), ("16", 49), ("20", 55)):
        add("TA-CC-%s" % oz, "Clear PET cold cup %s oz, case of 1000" % oz, "CS", pr, 1000)
    add("TA-CCLID-FLAT", "Flat lid with straw slot for 12-20 oz PET cups, case of 1000", "CS", 21.00, 1000)
    add("TA-CCLID-DOME", "Dome lid with hole for 12-20 oz PET cups, case of 1000", "CS", 26.00, 1000)
    for ml, pr in ((500, 46), (750, 52), (1000, 58)):
        add("TA-KBOWL-%d" % ml, "Kraft food bowl %d ml, case of 300" % ml, "CS", pr, 300)
    add("TA-KLID-500", "Lid for 500 ml kraft bowl (150 mm), case of 300", "CS", 24.00, 300)
    add("TA-KLID-7510", "Lid for 750/1000 ml kraft bowl (165 mm), case of 300", "CS", 27.00, 300)
    add("TA-CLAM-6", "Burger box / clamshell 6 in kraft, case of 500", "CS", 63.00, 500)
    add("TA-CLAM-9", "Meal box / clamshell 9 in kraft, case of 200", "CS", 49.00, 200)
    add("TA-NAP-2P-WH", "Napkin 2-ply 33 cm white, case of 2000", "CS", 31.00, 2000)
    add("TA-NAP-2P-KR", "Napkin 2-ply 33 cm kraft, case of 2000", "CS", 33.00, 2000)
    add("TA-NAP-DIN-WH", "Dinner napkin 3-ply 40 cm white, case of 1000", "CS", 39.00, 1000)
    for u in ("FORK", "KNIFE", "SPOON"):
        add("TA-WD-%s" % u, "Wooden %s 16 cm, case of 1000" % u.lower(), "CS", 28.00, 1000)
    add("TA-STRAW-6", "Paper straw 6 mm x 200 mm, case of 2500", "CS", 36.00, 2500)
    add("TA-STRAW-8", "Paper straw 8 mm x 200 mm (smoothie), case of 2500", "CS", 41.00, 2500)
    add("TA-CARRIER-4", "Cup carrier 4-cup moulded fibre, case of 300", "CS", 45.00, 300)
    add("TA-BAG-KR-S", "Kraft carry bag small with handle, case of 250", "CS", 38.00, 250)
    add("TA-BAG-KR-L", "Kraft carry bag large with handle, case of 250", "CS", 52.00, 250)

    # --- cleaning and laundry chemicals
    chems = [("MSC", "Multi-surface cleaner"), ("DISH", "Machine dishwash detergent"), ("RINSE", "Machine rinse aid"),
             ("LAUN", "Laundry detergent liquid"), ("SANI", "Food-safe sanitiser")]
    base = {"MSC": 14, "DISH": 19, "RINSE": 21, "LAUN": 23, "SANI": 17}
    for c, n in chems:
        add("CH-%s-5L" % c, "%s 5 L" % n, "EA", base[c], 1)
        add("CH-%s-20L" % c, "%s 20 L drum" % n, "EA", base[c] * 3.6, 1)
    add("CH-MSC-5L-CS4", "Multi-surface cleaner 5 L, case of 4", "CS", 14 * 4 * 0.94, 4)
    add("CH-DISH-5L-CS4", "Machine dishwash detergent 5 L, case of 4", "CS", 19 * 4 * 0.94, 4)
    add("CH-MSC-GAL-CS4", "Multi-surface cleaner 1 US gal, case of 4", "CS", 41.00, 4)
    add("CH-SANI-GAL-CS4", "Food-safe sanitiser 1 US gal, case of 4", "CS", 49.00, 4)
    add("CH-LAUN-GAL-CS4", "Laundry detergent liquid 1 US gal, case of 4", "CS", 55.00, 4)
    add("CH-GLASS-5L", "Glass & mirror cleaner 5 L", "EA", 13.00, 1)
    add("CH-FLOOR-5L", "Neutral floor cleaner 5 L", "EA", 15.00, 1)
    add("CH-DEGR-5L", "Oven & grill degreaser 5 L", "EA", 24.00, 1)
    add("CH-SOFT-20L", "Fabric softener 20 L drum", "EA", 58.00, 1)
    add("CH-OXY-10KG", "Oxygen bleach laundry powder 10 kg", "EA", 46.00, 1)
    add("CH-TRIG-750", "Empty trigger spray bottle 750 ml, printed", "EA", 1.60, 1)

    # --- coffee station
    add("CF-SUG-WH-STK", "White sugar sticks 4 g, box of 1000", "BX", 17.50, 1000)
    add("CF-SUG-BR-STK", "Brown (demerara) sugar sticks 4 g, box of 1000", "BX", 19.50, 1000)
    add("CF-SWEET-SACH", "Sweetener sachets, box of 1000", "BX", 22.00, 1000)
    add("CF-STIR-WD-14", "Wooden stirrer 14 cm, box of 1000", "BX", 6.50, 1000)
    add("CF-STIR-WD-19", "Wooden stirrer 19 cm, box of 1000", "BX", 7.50, 1000)
    add("CF-BEAN-HOUSE-1KG", "Coffee beans house blend 1 kg", "EA", 21.00, 1)
    add("CF-BEAN-DECAF-1KG", "Coffee beans decaf 1 kg", "EA", 24.00, 1)
    add("CF-BEAN-HOUSE-6KG", "Coffee beans house blend 6 x 1 kg case", "CS", 120.00, 6)
    for t, tn in (("EB", "English breakfast"), ("GR", "Green"), ("CH", "Chamomile"), ("PM", "Peppermint"), ("EG", "Earl Grey")):
        add("CF-TEA-%s" % t, "%s tea, enveloped bags, box of 100" % tn, "BX", 9.50, 100)
    add("CF-CREAM-PORT", "Coffee creamer portions 10 ml, box of 120", "BX", 8.90, 120)
    add("CF-CHOC-1KG", "Hot chocolate powder 1 kg", "EA", 14.50, 1)
    add("CF-FILTER-BATCH", "Batch brew filter papers, box of 500", "BX", 11.00, 500)
    add("CF-SYRUP-VAN", "Coffee syrup vanilla 1 L", "EA", 8.20, 1)
    add("CF-SYRUP-CAR", "Coffee syrup caramel 1 L", "EA", 8.20, 1)
    return rows


def S(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": postal, "country": country}


# customer_id, name, domains, [ship-tos]
CUSTOMERS = [
    ("C001", "Harbourview Hotel Group", ["harbourviewhotels.com"], [
        S("Harbourview Hotel Group - Head Office", "200 Atlantic Avenue, Suite 5", "Boston", "MA", "02110", "US"),
        S("Harbourview Inn Portsmouth", "48 Ceres Street", "Portsmouth", "NH", "03801", "US"),
        S("Harbourview Hotel Newport", "17 Thames Wharf Road", "Newport", "RI", "02840", "US")]),
    ("C002", "Blue Fern Café", ["blueferncafe.com"], [S("Blue Fern Café", "2214 SE Division Street", "Portland", "OR", "97202", "US")]),
    ("C003", "Magnolia & Vine Catering", ["magnoliavine.com"], [S("Magnolia & Vine Catering", "31 Indian Street Unit B", "Savannah", "GA", "31401", "US")]),
    ("C004", "Copper Kettle Bistro", ["copperkettlebistro.com"], [S("Copper Kettle Bistro", "1560 N Milwaukee Ave", "Chicago", "IL", "60622", "US")]),
    ("C005", "Maple Ridge Lodge", ["mapleridgelodge.ca"], [S("Maple Ridge Lodge", "405 Tunnel Mountain Road", "Banff", "AB", "T1L 1B2", "CA")]),
    ("C006", "Auberge du Vieux-Quai", ["aubergevieuxquai.ca"], [S("Auberge du Vieux-Quai", "88, rue Saint-Paul", "Québec", "QC", "G1K 3V9", "CA")]),
    ("C007", "Lakeshore Suites", ["lakeshoresuites.ca"], [
        S("Lakeshore Suites Toronto", "1120 Lake Shore Blvd W", "Toronto", "ON", "M6K 3C7", "CA"),
        S("Lakeshore Suites Ottawa", "75 Queen Elizabeth Driveway", "Ottawa", "ON", "K2P 1E3", "CA")]),
    ("C008", "The Wren & Lantern Inn", ["wrenandlantern.co.uk"], [S("The Wren & Lantern Inn", "12 Micklegate", "York", "North Yorkshire", "YO1 6JH", "GB")]),
    ("C009", "Thornbury Hotels Ltd", ["thornburyhotels.co.uk"], [
        S("Thornbury Hotels Ltd - Head Office", "4 Queen Square", "Bath", "Somerset", "BA1 2HA", "GB"),
        S("The Thornbury Cheltenham", "61 Montpellier Terrace", "Cheltenham", "Gloucestershire", "GL50 1UX", "GB"),
        S("The Thornbury Marylebone", "23 Dorset Mews", "London", "", "NW1 6PL", "GB")]),
    ("C010", "Gallowgate Kitchen", ["gallowgatekitchen.co.uk"], [S("Gallowgate Kitchen", "190 Gallowgate", "Glasgow", "", "G4 0TW", "GB")]),
    ("C011", "Kilbrannan House Hotel", ["kilbrannanhouse.ie"], [S("Kilbrannan House Hotel", "Salthill Road Upper", "Galway", "Co. Galway", "H91 X2C4", "IE")]),
    ("C012", "Liffey Quay Bar & Grill", ["liffeyquay.ie"], [S("Liffey Quay Bar & Grill", "27 Ormond Quay Lower", "Dublin 1", "", "D01 K7P6", "IE")]),
    ("C013", "Hôtel Les Tilleuls", ["hotel-lestilleuls.fr"], [S("Hôtel Les Tilleuls", "14 rue des Remparts d'Ainay", "Lyon", "", "69002", "FR")]),
    ("C014", "Brasserie du Marché Couvert", ["brasseriemarchecouvert.fr"], [S("Brasserie du Marché Couvert", "3 place des Capucins", "Bordeaux", "", "33800", "FR")]),
    ("C015", "Gasthof zum Goldenen Hirsch", ["goldener-hirsch-bamberg.de"], [S("Gasthof zum Goldenen Hirsch", "Obere Sandstraße 21", "Bamberg", "Bayern", "96049", "DE")]),
    ("C016", "Stadthotel Elbblick GmbH", ["elbblick-hotel.de"], [
        S("Stadthotel Elbblick", "Große Elbstraße 133", "Hamburg", "", "22767", "DE"),
        S("Elbblick Boardinghouse Altona", "Max-Brauer-Allee 58", "Hamburg", "", "22765", "DE")]),
    ("C017", "Casa das Amendoeiras", ["casadasamendoeiras.pt"], [S("Casa das Amendoeiras", "Rua da Barroca 9", "Lagos", "Faro", "8600-688", "PT")]),
    ("C018", "Hotel Miradouro do Tejo", ["miradourotejo.pt"], [S("Hotel Miradouro do Tejo", "Calçada do Combro 52", "Lisboa", "", "1200-115", "PT")]),
    ("C019", "Hacienda Los Arcos", ["haciendalosarcos.mx"], [S("Hacienda Los Arcos", "Calle Macedonio Alcalá 311", "Oaxaca de Juárez", "Oaxaca", "68000", "MX")]),
    ("C020", "Grupo Cafetero Azul Añil", ["azulanil.com.mx"], [
        S("Azul Añil Roma Norte", "Calle Orizaba 142", "Ciudad de México", "CDMX", "06700", "MX"),
        S("Azul Añil Coyoacán", "Av. Francisco Sosa 38", "Ciudad de México", "CDMX", "04000", "MX")]),
    ("C021", "Saltbush Bay Resort", ["saltbushbay.com.au"], [S("Saltbush Bay Resort", "9 Hastings Street", "Noosa Heads", "QLD", "4567", "AU")]),
    ("C022", "Laneway Espresso Co", ["lanewayespresso.com.au"], [S("Laneway Espresso Co", "Shop 3, 41 Degraves Street", "Melbourne", "VIC", "3000", "AU")]),
    ("C023", "Neelgiri Residency Hotels", ["neelgiriresidency.in"], [
        S("Neelgiri Residency Bengaluru", "No. 14, Cunningham Road", "Bengaluru", "Karnataka", "560052", "IN"),
        S("Neelgiri Residency Ooty", "22 Club Road", "Ooty", "Tamil Nadu", "643001", "IN")]),
    ("C024", "Tanjong Verandah Hotel", ["tanjongverandah.com.sg"], [S("Tanjong Verandah Hotel", "18 Duxton Hill", "Singapore", "", "089600", "SG")]),
    ("C025", "Orchid Lane Catering Pte Ltd", ["orchidlanecatering.sg"], [S("Orchid Lane Catering Pte Ltd", "25 Senoko Way #03-11", "Singapore", "", "758047", "SG")]),
    ("C026", "Riverbend Country Club", ["riverbendcc.org"], [S("Riverbend Country Club", "7400 Riverbend Club Drive", "Austin", "TX", "78730", "US")]),
]
