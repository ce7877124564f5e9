"""Seller, catalog and customer master data for the thirteenth-look blind set.

Seller (invented): Northgate Provisions & Bakery Supply, Inc.
2750 Tanner Industrial Pkwy, Albany, NY 12205, USA - orders@northgateprovisions.com
"""

SELLER = {
    "name": "Northgate Provisions & Bakery Supply, Inc.",
    "street": "2750 Tanner Industrial Pkwy",
    "city": "Albany", "region": "NY", "postal_code": "12205", "country": "US",
    "phone": "(518) 555-0140", "email": "orders@northgateprovisions.com",
    "domain": "northgateprovisions.com",
}

# (sku, description, uom, unit_price USD, pack_size, has_gtin)
CATALOG = [
    # ---- flour / grains -------------------------------------------------
    ("100110", "FLOUR AP BLCH ENR 50LB", "BG", 21.40, "1/50 LB", True),
    ("100112", "FLOUR AP BLCH ENR 25LB", "BG", 12.35, "1/25 LB", True),
    ("100115", "FLOUR AP UNBLCH ORGANIC 50LB", "BG", 31.10, "1/50 LB", False),
    ("100118", "FLOUR AP BLCH 4/5LB", "CS", 14.20, "4/5 LB", True),
    ("100120", "FLOUR BREAD HI-GLUTEN 50LB", "BG", 23.95, "1/50 LB", True),
    ("100122", "FLOUR BREAD UNBLCH 50LB", "BG", 24.60, "1/50 LB", True),
    ("100125", "FLOUR BREAD UNBLCH 25LB", "BG", 13.80, "1/25 LB", False),
    ("100130", "FLOUR CAKE BLCH 50LB", "BG", 26.75, "1/50 LB", True),
    ("100132", "FLOUR CAKE BLCH 25LB", "BG", 15.20, "1/25 LB", False),
    ("100140", "FLOUR PASTRY SOFT WHT 50LB", "BG", 25.90, "1/50 LB", False),
    ("100150", "FLOUR WHL WHT STONE GRD 50LB", "BG", 27.30, "1/50 LB", False),
    ("100160", "FLOUR RYE MEDIUM 50LB", "BG", 31.40, "1/50 LB", False),
    ("100170", "FLOUR SEMOLINA DURUM 50LB", "BG", 29.80, "1/50 LB", False),
    ("100180", "FLOUR T55 FRENCH STYLE 25KG", "BG", 34.50, "1/25 KG", False),
    ("100182", "FLOUR T65 FRENCH STYLE 25KG", "BG", 35.90, "1/25 KG", False),
    ("100190", "FLOUR TYPE 550 WHEAT 25KG", "BG", 33.20, "1/25 KG", False),
    ("100220", "OATS ROLLED OLD FASHIONED 50LB", "BG", 34.70, "1/50 LB", False),
    ("100240", "PASTA PENNE RIGATE 2/10LB", "CS", 24.80, "2/10 LB", True),
    ("100242", "PASTA SPAGHETTI 2/10LB", "CS", 23.90, "2/10 LB", True),
    # ---- sugar / sweeteners ----------------------------------------------
    ("110100", "SUGAR GRAN CANE 50LB", "BG", 38.90, "1/50 LB", True),
    ("110102", "SUGAR GRAN CANE 25LB", "BG", 20.75, "1/25 LB", True),
    ("110105", "SUGAR GRAN 25KG", "BG", 41.80, "1/25 KG", False),
    ("110110", "SUGAR POWDERED 10X 50LB", "BG", 44.60, "1/50 LB", False),
    ("110112", "SUGAR POWDERED 10X 12/2LB", "CS", 29.40, "12/2 LB", True),
    ("110120", "SUGAR BROWN LIGHT 50LB", "BG", 46.20, "1/50 LB", False),
    ("110122", "SUGAR BROWN LIGHT 12/2LB", "CS", 27.80, "12/2 LB", True),
    ("110130", "SUGAR TURBINADO RAW 50LB", "BG", 58.40, "1/50 LB", False),
    ("110140", "SUGAR PACKET WHITE 2000CT", "CS", 19.80, "2000/CS", True),
    ("110142", "SWEETENER PINK PKT 2000CT", "CS", 24.60, "2000/CS", True),
    ("110144", "SWEETENER YELLOW PKT 2000CT", "CS", 31.20, "2000/CS", True),
    ("110146", "SWEETENER BLUE PKT 2000CT", "CS", 28.90, "2000/CS", True),
    ("110155", "HONEY CLOVER PURE 6/5LB", "CS", 92.40, "6/5 LB", True),
    ("110160", "SYRUP MAPLE PURE GR A 4/1GAL", "CS", 189.00, "4/1 GAL", False),
    # ---- baking ingredients ---------------------------------------------
    ("120100", "YEAST INSTANT DRY 20/1LB", "CS", 68.50, "20/1 LB", True),
    ("120102", "YEAST INSTANT DRY 1LB", "EA", 3.95, "1/1 LB", True),
    ("120110", "YEAST FRESH COMPRESSED 1LB", "EA", 4.60, "1/1 LB", False),
    ("120120", "BAKING POWDER DBL ACTING 5LB", "EA", 11.40, "1/5 LB", True),
    ("120125", "BAKING SODA 12/1LB", "CS", 14.60, "12/1 LB", True),
    ("120130", "SALT KOSHER COARSE 9/3LB", "CS", 26.40, "9/3 LB", True),
    ("120132", "SALT KOSHER COARSE 3LB", "EA", 3.20, "1/3 LB", True),
    ("120150", "VANILLA EXTRACT PURE 32OZ", "EA", 42.80, "1/32 OZ", True),
    ("120152", "VANILLA FLAVOR IMITATION 1GAL", "EA", 16.40, "1/1 GAL", True),
    ("120160", "COCOA POWDER DUTCH 22/24 5LB", "EA", 38.60, "1/5 LB", False),
    ("120170", "CHOC CHIP SEMISWT 1000CT 25LB", "CS", 86.00, "1/25 LB", False),
    ("120172", "CHOC CHIP SEMISWT 4M 25LB", "CS", 84.50, "1/25 LB", False),
    ("120180", "COUVERTURE DARK 64% CALLETS 5KG", "BG", 96.40, "1/5 KG", False),
    ("120190", "HAZELNUT GROUND NATURAL BULK", "KG", 14.80, "PER KG", False),
    ("120195", "ALMOND SLICED NATURAL 5LB", "BG", 38.90, "1/5 LB", False),
    ("120196", "ALMOND SLIVERED BLANCHED 5LB", "BG", 41.30, "1/5 LB", False),
    ("120200", "WALNUT HALVES & PIECES 5LB", "BG", 36.40, "1/5 LB", False),
    ("120225", "CORNSTARCH 24/1LB", "CS", 32.80, "24/1 LB", True),
    # ---- dairy / eggs / dairy alternatives --------------------------------
    ("200100", "MILK WHOLE 12/1QT", "CS", 22.80, "12/1 QT", True),
    ("200102", "MILK 2% REDUCED FAT 12/1QT", "CS", 21.90, "12/1 QT", True),
    ("200104", "MILK SKIM 12/1QT", "CS", 20.40, "12/1 QT", True),
    ("200110", "MILK WHOLE 4/1GAL", "CS", 19.60, "4/1 GAL", True),
    ("200112", "MILK 2% REDUCED FAT 4/1GAL", "CS", 18.95, "4/1 GAL", True),
    ("200114", "MILK SKIM 4/1GAL", "CS", 18.20, "4/1 GAL", True),
    ("200120", "HALF & HALF 12/1QT", "CS", 31.50, "12/1 QT", True),
    ("200122", "CREAMER HALF & HALF CUP 3/8OZ 400CT", "CS", 27.60, "400/CS", True),
    ("200130", "CREAM HEAVY WHIP 40% 12/1QT", "CS", 48.60, "12/1 QT", True),
    ("200132", "CREAM HEAVY WHIP 36% 12/1QT", "CS", 44.90, "12/1 QT", True),
    ("200150", "BUTTER AA SALTED 36/1LB", "CS", 142.00, "36/1 LB", True),
    ("200152", "BUTTER AA UNSALTED 36/1LB", "CS", 146.50, "36/1 LB", True),
    ("200154", "BUTTER PASTRY SHEET 82% UNSLTD 8/2.2LB", "CS", 118.40, "8/2.2 LB", False),
    ("200170", "CREAM CHEESE LOAF 10/3LB", "CS", 79.80, "10/3 LB", True),
    ("200172", "CREAM CHEESE LOAF 3LB", "EA", 8.40, "1/3 LB", True),
    ("200180", "CHEESE CHEDDAR MILD SHRD 4/5LB", "CS", 58.40, "4/5 LB", True),
    ("200182", "CHEESE CHEDDAR SHARP SHRD 4/5LB", "CS", 61.20, "4/5 LB", True),
    ("200184", "CHEESE MOZZ LMPS SHRD 4/5LB", "CS", 54.60, "4/5 LB", True),
    ("200190", "SOUR CREAM 4/5LB", "CS", 29.80, "4/5 LB", True),
    ("200192", "YOGURT GREEK PLAIN NONFAT 6/32OZ", "CS", 26.40, "6/32 OZ", True),
    ("200200", "EGGS LG GR AA WHITE 15DZ", "CS", 34.50, "15 DZ", True),
    ("200202", "EGGS XL GR AA WHITE 15DZ", "CS", 38.20, "15 DZ", True),
    ("200204", "EGGS MED GR A WHITE 15DZ", "CS", 30.80, "15 DZ", True),
    ("200206", "EGGS LG BROWN CAGE FREE 15DZ", "CS", 44.80, "15 DZ", True),
    ("200212", "EGG WHITES LIQUID 12/32OZ", "CS", 42.30, "12/32 OZ", False),
    ("200220", "MILK OAT BARISTA 12/32OZ", "CS", 38.40, "12/32 OZ", True),
    ("200222", "MILK ALMOND BARISTA 12/32OZ", "CS", 36.90, "12/32 OZ", True),
    # ---- oils / fats / condiments -----------------------------------------
    ("300100", "OIL CANOLA CLEAR FRY 35LB JUG", "EA", 41.90, "1/35 LB", True),
    ("300102", "OIL CANOLA SALAD 6/1GAL", "CS", 62.40, "6/1 GAL", True),
    ("300104", "OIL SOYBEAN FRY 35LB JUG", "EA", 36.80, "1/35 LB", True),
    ("300110", "OIL OLIVE EXTRA VIRGIN 4/1GAL", "CS", 118.60, "4/1 GAL", True),
    ("300112", "OIL OLIVE BLEND 90/10 4/1GAL", "CS", 64.20, "4/1 GAL", True),
    ("300120", "SHORTENING ALL PURPOSE 50LB CUBE", "EA", 58.30, "1/50 LB", False),
    ("300122", "SHORTENING HI RATIO CAKE 50LB", "EA", 66.90, "1/50 LB", False),
    ("300130", "PAN RELEASE SPRAY 6/17OZ", "CS", 32.40, "6/17 OZ", True),
    ("300132", "PAN RELEASE SPRAY W/FLOUR 6/17OZ", "CS", 41.70, "6/17 OZ", True),
    ("300140", "VINEGAR WHITE DIST 4/1GAL", "CS", 16.80, "4/1 GAL", False),
    ("300150", "MAYONNAISE HEAVY DUTY 4/1GAL", "CS", 49.60, "4/1 GAL", True),
    # ---- canned ----------------------------------------------------------
    ("320100", "TOMATO DICED IN JUICE 6/#10", "CS", 31.20, "6/#10", True),
    ("320102", "TOMATO CRUSHED 6/#10", "CS", 30.40, "6/#10", True),
    ("320106", "TOMATO SAUCE 6/#10", "CS", 27.60, "6/#10", True),
    ("320108", "TOMATO DICED IN JUICE #10 CAN", "EA", 5.60, "1/#10", True),
    ("320110", "PIE FILLING APPLE 6/#10", "CS", 64.80, "6/#10", False),
    ("320112", "PIE FILLING CHERRY 6/#10", "CS", 78.20, "6/#10", False),
    # ---- frozen ----------------------------------------------------------
    ("400100", "BLUEBERRY WILD IQF 30LB", "CS", 74.50, "1/30 LB", False),
    ("400102", "BLUEBERRY CULTIVATED IQF 30LB", "CS", 66.20, "1/30 LB", False),
    ("400104", "STRAWBERRY WHOLE IQF 30LB", "CS", 58.90, "1/30 LB", False),
    ("400110", "PUFF PASTRY SHEET 10X15 20CT", "CS", 61.80, "20/CS", True),
    ("400112", "PHYLLO DOUGH #4 12/1LB", "CS", 46.50, "12/1 LB", True),
    ("400114", "CROISSANT BTR UNBAKED 2.75OZ 160CT", "CS", 98.40, "160/CS", True),
    ("400116", "CROISSANT BTR UNBAKED MINI 1.5OZ 240CT", "CS", 92.60, "240/CS", True),
    ("400120", "FRIES STRAIGHT CUT 3/8 6/5LB", "CS", 34.20, "6/5 LB", True),
    ("400122", "FRIES SHOESTRING 1/4 6/5LB", "CS", 35.10, "6/5 LB", True),
    ("400140", "ICE CREAM VANILLA 3GAL", "EA", 32.60, "1/3 GAL", False),
    ("400160", "BAGEL PLAIN UNSLICED 4OZ 72CT", "CS", 27.40, "72/CS", True),
    ("400162", "BAGEL PLAIN PRESLICED 4OZ 72CT", "CS", 28.90, "72/CS", True),
    ("400170", "COOKIE DOUGH CHOC CHIP 1.5OZ 240CT", "CS", 54.30, "240/CS", True),
    ("400172", "COOKIE DOUGH CHOC CHIP 3OZ 120CT", "CS", 52.80, "120/CS", True),
    # ---- spices (oz / lb) ------------------------------------------------
    ("500100", "CINNAMON GROUND 18OZ", "EA", 9.80, "1/18 OZ", True),
    ("500102", "CINNAMON GROUND 5LB", "EA", 34.60, "1/5 LB", True),
    ("500110", "PEPPER BLACK GROUND 16OZ", "EA", 12.90, "1/16 OZ", True),
    ("500112", "PEPPER BLACK COARSE 18OZ", "EA", 14.40, "1/18 OZ", True),
    ("500114", "PEPPER BLACK GROUND 5LB", "EA", 52.80, "1/5 LB", True),
    ("500120", "NUTMEG GROUND 16OZ", "EA", 17.30, "1/16 OZ", True),
    ("500122", "GINGER GROUND 16OZ", "EA", 11.60, "1/16 OZ", True),
    ("500124", "PAPRIKA SPANISH 18OZ", "EA", 10.90, "1/18 OZ", True),
    ("500128", "CUMIN GROUND 16OZ", "EA", 12.10, "1/16 OZ", True),
    ("500130", "OREGANO LEAF 5OZ", "EA", 7.40, "1/5 OZ", True),
    ("500134", "GARLIC POWDER 21OZ", "EA", 10.60, "1/21 OZ", True),
    ("500138", "ONION POWDER 20OZ", "EA", 9.70, "1/20 OZ", True),
    ("500140", "CARDAMOM GROUND 16OZ", "EA", 38.90, "1/16 OZ", False),
    ("500150", "SESAME SEED HULLED WHITE 5LB", "BG", 24.80, "1/5 LB", False),
    ("500152", "POPPY SEED BLUE BULK", "LB", 4.80, "PER LB", False),
    # ---- disposables -----------------------------------------------------
    ("600100", "CUP HOT PAPER 8OZ WHT 1000CT", "CS", 48.60, "1000/CS", True),
    ("600102", "CUP HOT PAPER 12OZ WHT 1000CT", "CS", 62.40, "1000/CS", True),
    ("600104", "CUP HOT PAPER 16OZ WHT 1000CT", "CS", 71.80, "1000/CS", True),
    ("600106", "CUP HOT PAPER 20OZ WHT 600CT", "CS", 58.20, "600/CS", True),
    ("600110", "LID HOT DOME SIPTHRU FITS 8OZ 1000CT", "CS", 34.50, "1000/CS", True),
    ("600112", "LID HOT DOME SIPTHRU FITS 12OZ 1000CT", "CS", 36.90, "1000/CS", True),
    ("600114", "LID HOT DOME SIPTHRU FITS 16-20OZ 1000CT", "CS", 38.40, "1000/CS", True),
    ("600116", "SLEEVE CUP KRAFT FITS 12-20OZ 1000CT", "CS", 29.70, "1000/CS", True),
    ("600120", "CUP COLD PET CLEAR 12OZ 1000CT", "CS", 54.30, "1000/CS", True),
    ("600122", "CUP COLD PET CLEAR 16OZ 1000CT", "CS", 61.90, "1000/CS", True),
    ("600124", "CUP COLD PET CLEAR 20OZ 1000CT", "CS", 69.40, "1000/CS", True),
    ("600130", "LID COLD FLAT W/SLOT FITS 12-24OZ 1000CT", "CS", 31.80, "1000/CS", True),
    ("600132", "LID COLD DOME W/HOLE FITS 12-24OZ 1000CT", "CS", 42.60, "1000/CS", True),
    ("600140", "PAN FOIL 1/2 SIZE DEEP MED GAUGE 100CT", "CS", 52.40, "100/CS", True),
    ("600141", "PAN FOIL 1/2 SIZE DEEP HVY GAUGE 100CT", "CS", 64.80, "100/CS", True),
    ("600144", "PAN FOIL FULL SIZE DEEP HVY GAUGE 50CT", "CS", 71.20, "50/CS", True),
    ("600148", "LID FOIL BOARD FITS 1/2 SIZE PAN 100CT", "CS", 21.30, "100/CS", True),
    ("600150", "PAN FOIL LOAF 1LB 8X4 200CT", "CS", 33.60, "200/CS", True),
    ("600152", "PIE PLATE FOIL 9IN DEEP 200CT", "CS", 38.90, "200/CS", True),
    ("600154", "FOIL ALUM ROLL 18INX500FT STD", "RL", 28.40, "1/RL", True),
    ("600156", "FOIL ALUM ROLL 18INX500FT HVY", "RL", 41.20, "1/RL", True),
    ("600160", "PARCHMENT SHEET FULL 16X24 1000CT", "CS", 58.90, "1000/CS", True),
    ("600162", "PARCHMENT SHEET HALF 12X16 1000CT", "CS", 36.40, "1000/CS", True),
    ("600170", "GLOVE NITRILE PF MED BLUE 100CT", "BX", 8.90, "100/BX", True),
    ("600172", "GLOVE NITRILE PF LRG BLUE 100CT", "BX", 8.90, "100/BX", True),
    ("600174", "GLOVE NITRILE PF XL BLUE 100CT", "BX", 9.40, "100/BX", True),
    ("600178", "GLOVE NITRILE PF LRG BLUE 10/100CT", "CS", 84.00, "10/100 CT", True),
    ("600182", "CONTAINER DELI PP 16OZ CLR 500CT", "CS", 48.30, "500/CS", True),
    ("600186", "LID DELI PP FITS 8-32OZ 500CT", "CS", 28.40, "500/CS", True),
    ("600190", "BOX BAKERY 10X10X5 WHT 100CT", "CS", 42.10, "100/CS", True),
    ("600192", "BOX BAKERY 12X12X5 WHT 100CT", "CS", 49.60, "100/CS", True),
    # ---- cleaning / chemicals -------------------------------------------
    ("700100", "DETERGENT POT & PAN MANUAL 4/1GAL", "CS", 38.60, "4/1 GAL", True),
    ("700102", "DETERGENT DISHMACHINE LIQ 5GAL PAIL", "EA", 86.40, "1/5 GAL", True),
    ("700110", "SANITIZER QUAT CONC 2/2.5GAL", "CS", 71.30, "2/2.5 GAL", True),
    ("700112", "BLEACH GERMICIDAL 8.25% 6/121OZ", "CS", 29.80, "6/121 OZ", True),
    ("700120", "DEGREASER HEAVY DUTY 4/1GAL", "CS", 44.20, "4/1 GAL", True),
    ("700130", "HAND SOAP FOAM 4/1000ML", "CS", 48.90, "4/1000 ML", True),
    ("700140", "SCOUR PAD GREEN 6X9 60CT", "CS", 32.40, "60/CS", True),
    ("700150", "TOWEL ROLL HARDWOUND KRAFT 6/800FT", "CS", 42.30, "6/800 FT", True),
    # ---- produce ---------------------------------------------------------
    ("800100", "ONION YELLOW JUMBO 50LB", "BG", 24.60, "1/50 LB", False),
    ("800102", "ONION YELLOW JUMBO 10LB", "BG", 7.90, "1/10 LB", False),
    ("800110", "POTATO RUSSET 70CT 50LB", "CS", 32.80, "1/50 LB", False),
    ("800120", "TOMATO ROMA 25LB", "CS", 29.70, "1/25 LB", False),
    ("800130", "LETTUCE ROMAINE 24CT", "CS", 38.40, "24 CT", False),
    ("800134", "LETTUCE ROMAINE HEARTS 48CT", "CS", 44.80, "48 CT", False),
    ("800140", "LEMON 115CT", "CS", 52.60, "115 CT", False),
    ("800142", "LEMON 165CT", "CS", 46.90, "165 CT", False),
    ("800144", "LEMON 115CT HALF CASE", "CS", 28.40, "1/2 CS", False),
    ("800150", "LIME 200CT", "CS", 39.80, "200 CT", False),
    ("800160", "APPLE GRANNY SMITH 100CT", "CS", 48.20, "100 CT", False),
    ("800170", "CARROT JUMBO 50LB", "BG", 27.30, "1/50 LB", False),
    ("800180", "GARLIC PEELED 5LB JAR", "EA", 17.80, "1/5 LB", False),
    ("800190", "PARSLEY ITALIAN 60CT", "CS", 31.20, "60 CT", False),
    ("800194", "BASIL FRESH", "LB", 11.90, "PER LB", False),
    ("800196", "MUSHROOM WHITE MEDIUM 10LB", "CS", 24.30, "1/10 LB", False),
    ("800198", "STRAWBERRY FRESH 8/1LB", "CS", 32.60, "8/1 LB", False),
    ("800200", "AVOCADO HASS 48CT", "CS", 58.40, "48 CT", False),
    ("800204", "GINGER ROOT", "LB", 3.90, "PER LB", False),
    ("800206", "SHALLOT PEELED", "LB", 4.60, "PER LB", False),
    # ---- coffee bar -------------------------------------------------------
    ("900100", "COFFEE WHL BEAN ESPRESSO DARK 5LB", "BG", 54.80, "1/5 LB", True),
    ("900102", "COFFEE WHL BEAN HOUSE MED 5LB", "BG", 49.60, "1/5 LB", True),
    ("900110", "SYRUP VANILLA 4/750ML", "CS", 34.80, "4/750 ML", True),
    ("900112", "SYRUP CARAMEL 4/750ML", "CS", 34.80, "4/750 ML", True),
    ("900114", "SYRUP HAZELNUT 4/750ML", "CS", 34.80, "4/750 ML", True),
    ("900118", "SAUCE MOCHA CHOCOLATE 6/64OZ", "CS", 62.40, "6/64 OZ", True),
    ("900120", "TEA BLACK ENGLISH BRKFST 6/100CT", "CS", 44.70, "6/100 CT", True),
    ("900122", "CHAI CONCENTRATE 6/32OZ", "CS", 39.60, "6/32 OZ", True),
]


def gtin14(sku):
    base = "1" + "0" + "86412" + sku  # indicator, '0', invented company prefix, item ref
    assert len(base) == 13
    s = 0
    for i, ch in enumerate(reversed(base)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return base + str((10 - s % 10) % 10)


def upc12(sku):
    """12-digit UPC used on consumer-style units (EDI UP qualifier)."""
    base = "86412" + sku  # 11 digits
    s = 0
    for i, ch in enumerate(reversed(base)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return base + str((10 - s % 10) % 10)


CAT = {row[0]: {"sku": row[0], "description": row[1], "uom": row[2], "unit_price": row[3],
                "pack_size": row[4], "gtin": gtin14(row[0]) if row[5] else ""}
       for row in CATALOG}


def site(name, street, city, region, postal, country):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}


CUSTOMERS = [
    {"id": "C101", "name": "Crestline Bakery Co.", "domains": ["crestlinebakery.com", "crestline-bakes.com"],
     "sites": [site("Crestline Bakery - Lark Street", "212 Lark St", "Albany", "NY", "12210", "US"),
               site("Crestline Bakery - Saratoga", "48 Phila St", "Saratoga Springs", "NY", "12866", "US"),
               site("Crestline Central Kitchen", "77 Industrial Park Rd", "Watervliet", "NY", "12189", "US")]},
    {"id": "C102", "name": "Trattoria Vesuvio", "domains": ["trattoriavesuvio.com"],
     "sites": [site("Trattoria Vesuvio", "431 River St", "Troy", "NY", "12180", "US")]},
    {"id": "C103", "name": "St. Brendan's Medical Center", "domains": ["stbrendans.org", "sbmc-health.org"],
     "sites": [site("St. Brendan's Medical Center - Receiving Dock B", "1200 Whitcomb Ave", "Schenectady", "NY", "12308", "US"),
               site("Brendan Care Pavilion", "65 Garner Rd", "Niskayuna", "NY", "12309", "US")]},
    {"id": "C104", "name": "Ashworth College Dining Services", "domains": ["ashworth.edu", "ashworthdining.com"],
     "sites": [site("Halsey Commons Dining Hall", "300 Ravine Pkwy", "Oneonta", "NY", "13820", "US"),
               site("North Campus Market", "18 Bugbee Rd", "Oneonta", "NY", "13820", "US")]},
    {"id": "C105", "name": "Fig & Fennel Catering", "domains": ["figandfennel.com"],
     "sites": [site("Fig & Fennel Catering", "220 Hoosick St Unit 4", "Troy", "NY", "12180", "US")]},
    {"id": "C106", "name": "The Harmon Hotel", "domains": ["harmonhotel.com", "harmonhotels.com"],
     "sites": [site("The Harmon Hotel - Receiving", "120 Broadway", "Saratoga Springs", "NY", "12866", "US"),
               site("Harmon Banquet & Conference Center", "6 Harmon Way", "Saratoga Springs", "NY", "12866", "US")]},
    {"id": "C107", "name": "Daybreak Coffee Roasters", "domains": ["daybreakcoffee.com", "daybreak.cafe"],
     "sites": [site("Daybreak Coffee - State St", "88 State St", "Albany", "NY", "12207", "US"),
               site("Daybreak Coffee - Hudson Ave", "315 Hudson Ave", "Albany", "NY", "12210", "US"),
               site("Daybreak Roastery & Commissary", "9 Tivoli St", "Albany", "NY", "12207", "US")]},
    {"id": "C108", "name": "Boulangerie Les Deux Moulins", "domains": ["deuxmoulins.ca", "lesdeuxmoulins.qc.ca"],
     "sites": [site("Boulangerie Les Deux Moulins - Plateau", "4187 rue Saint-Denis", "Montréal", "QC", "H2W 2M7", "CA"),
               site("Boulangerie Les Deux Moulins - Laval", "1650 boul. Saint-Martin Ouest", "Laval", "QC", "H7S 1M9", "CA")]},
    {"id": "C109", "name": "Kaffeehaus Lindenhof GmbH", "domains": ["lindenhof-cafe.de", "lindenhof-gruppe.de"],
     "sites": [site("Kaffeehaus Lindenhof Zentrallager", "Billstraße 112", "Hamburg", "", "20539", "DE"),
               site("Kaffeehaus Lindenhof Lüneburg", "Am Sande 21", "Lüneburg", "", "21335", "DE")]},
    {"id": "C110", "name": "Blue Heron Diner", "domains": ["blueherondiner.com"],
     "sites": [site("Blue Heron Diner", "2290 Central Ave", "Schenectady", "NY", "12304", "US")]},
    {"id": "C111", "name": "Maple & Main Bistro", "domains": ["mapleandmain.ca"],
     "sites": [site("Maple & Main Bistro", "164 Princess St", "Kingston", "ON", "K7L 1A9", "CA")]},
    {"id": "C112", "name": "Oakhurst Country Club", "domains": ["oakhurstcc.org", "oakhurstclub.com"],
     "sites": [site("Oakhurst Country Club - Clubhouse Kitchen", "500 Oakhurst Dr", "Clifton Park", "NY", "12065", "US"),
               site("Oakhurst Pool Pavilion", "520 Oakhurst Dr", "Clifton Park", "NY", "12065", "US")]},
]

CUST = {c["id"]: c for c in CUSTOMERS}


def site_of(cid, idx):
    return dict(CUST[cid]["sites"][idx])


def site_line(s):
    region = (s["region"] + " " if s["region"] else "")
    return f'{s["name"]}, {s["street"]}, {s["city"]}, {region}{s["postal_code"]}, {s["country"]}'
