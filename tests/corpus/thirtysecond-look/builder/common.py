"""Shared data for the thirtysecond-look corpus: seller, catalog, customers, helpers."""
import math

SELLER = {"name": "Kilbride Steel & Alloys Ltd", "email": "orders@kilbridesteel.ie",
          "addr": "Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X8P2, Ireland"}

CATALOG = []  # dicts sku, description, uom, unit_price


def _add(sku, desc, uom, price):
    CATALOG.append({"sku": sku, "description": desc, "uom": uom, "unit_price": round(price, 2)})


def _build_catalog():
    st = 0.00785
    for w, t in [(20, 3), (20, 5), (25, 3), (25, 5), (25, 6), (30, 5), (30, 6), (40, 5), (40, 6), (40, 8),
                 (40, 10), (50, 5), (50, 6), (50, 8), (50, 10), (60, 6), (60, 8), (60, 10), (75, 6), (75, 8),
                 (75, 10), (100, 6), (100, 8), (100, 10), (100, 12)]:
        kgm = w * t * st
        _add(f"FB{w:03d}X{t:02d}", f"Flat bar S275JR black {w} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.32)
    for w, t in [(25, 3), (30, 5), (40, 5), (50, 6)]:
        kgm = w * t * st
        _add(f"FBG{w:03d}X{t:02d}", f"Flat bar S275 hot-dip galvanised {w} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.95)
    for a, t in [(20, 3), (25, 3), (25, 5), (30, 3), (30, 5), (40, 4), (40, 5), (40, 6), (50, 5), (50, 6),
                 (60, 6), (65, 6), (75, 6), (75, 8), (100, 8), (100, 10)]:
        kgm = (2 * a - t) * t * st
        _add(f"EA-{a}-{t}", f"Equal angle S275JR {a} x {a} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.34)
    for a, b, t in [(60, 40, 5), (75, 50, 6), (100, 75, 8)]:
        kgm = (a + b - t) * t * st
        _add(f"UA-{a}-{b}-{t}", f"Unequal angle S275JR {a} x {b} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.38)
    for a, t in [(20, 2), (25, 2), (25, 3), (30, 2), (30, 3), (40, 2), (40, 3), (40, 4), (50, 3), (50, 4),
                 (50, 5), (60, 3), (60, 4), (80, 4), (80, 5), (100, 4), (100, 5), (100, 6)]:
        kgm = (4 * a - 4 * t) * t * st
        _add(f"SHS-{a}-{t}", f"Square hollow section S355J2H {a} x {a} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.40)
    for a, t in [(40, 2), (50, 2)]:
        kgm = (4 * a - 4 * t) * t * st
        _add(f"SHSG-{a}-{t}", f"Square hollow section pre-galvanised {a} x {a} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.75)
    for a, b, t in [(40, 20, 2), (50, 25, 2), (50, 25, 3), (60, 40, 3), (80, 40, 3), (100, 50, 3), (100, 50, 4),
                    (100, 50, 5), (120, 60, 4), (150, 100, 5)]:
        kgm = (2 * a + 2 * b - 4 * t) * t * st
        _add(f"RHS-{a}-{b}-{t}", f"Rectangular hollow section S355J2H {a} x {b} x {t} mm, 6 m length", "LEN", kgm * 6 * 1.40)
    for d, t in [(21.3, 2.6), (26.9, 2.6), (33.7, 3.2), (42.4, 3.2), (48.3, 3.2), (48.3, 4.0), (60.3, 3.2),
                 (60.3, 4.0), (76.1, 3.2), (88.9, 3.2), (114.3, 3.6)]:
        kgm = math.pi * (d - t) * t * st
        _add(f"CHS-{d}-{t}", f"Circular hollow section S355 {d} x {t} mm, 6.4 m length", "LEN", kgm * 6.4 * 1.42)
    for d in [25.4, 38.1, 50.8]:
        _add(f"SST304-{d}-1.5", f"Stainless tube 304 polished {d} x 1.5 mm, per metre", "M", math.pi * (d - 1.5) * 1.5 * 0.0079 * 5.2)
    for d in [10, 12, 16, 20, 25]:
        _add(f"RB-BR-{d}", f"Round bar bright EN1A {d} mm, 3 m length", "LEN", math.pi * d * d / 4 * 0.00785 * 3 * 1.9)
    area = 2.5 * 1.25
    for kind, t, f in [("CR", 1.0, 1.30), ("CR", 1.5, 1.30), ("CR", 2.0, 1.30), ("CR", 3.0, 1.30), ("HR", 3.0, 1.15),
                       ("GZ", 0.7, 1.55), ("GZ", 1.0, 1.55), ("GZ", 1.5, 1.55), ("GZ", 2.0, 1.55)]:
        name = {"CR": "cold rolled DC01", "HR": "hot rolled S275", "GZ": "galvanised DX51D Z275"}[kind]
        _add(f"SHT-{kind}-{t:.1f}-2512", f"Sheet {name} {t:.1f} mm, 2500 x 1250", "SH", area * t * 7.85 * f)
    for t in [2.0, 3.0]:
        _add(f"SHT-CR-{t:.1f}-3015", f"Sheet cold rolled DC01 {t:.1f} mm, 3000 x 1500", "SH", 4.5 * t * 7.85 * 1.30)
    for t in [4, 5, 6, 8, 10, 12, 15, 20]:
        _add(f"PL275-{t}-2512", f"Plate S275JR {t} mm, 2500 x 1250", "SH", area * t * 7.85 * 1.20)
    for t in [10, 12, 20]:
        _add(f"PL355-{t}-2512", f"Plate S355J2 {t} mm, 2500 x 1250", "SH", area * t * 7.85 * 1.32)
    for t in [6, 8, 10, 12, 15, 20]:
        _add(f"PLC275-{t}", f"Plate S275JR {t} mm profile / cut to size, per kg", "KG", 1.65 + (0.05 if t < 10 else 0))
    for t in ["3/4.5", "4.5/6"]:
        tt = float(t.split("/")[0])
        _add(f"CHQ-{t.replace('/', '-')}-2512", f"Chequer plate S275 {t} mm, 2500 x 1250", "SH", area * (tt + 0.8) * 7.85 * 1.25)
    for t in [1.5, 2.0, 3.0, 4.0, 5.0, 6.0]:
        _add(f"AL5083-{t:.1f}-2512", f"Aluminium sheet 5083 H111 {t:.1f} mm, 2500 x 1250", "SH", area * t * 2.66 * 5.10)
    for t in [1.0, 1.5, 2.0]:
        _add(f"AL1050-{t:.1f}-2512", f"Aluminium sheet 1050 H14 {t:.1f} mm, 2500 x 1250", "SH", area * t * 2.71 * 4.60)
    for t in [3.0, 4.5]:
        _add(f"ALTP-{t:.1f}-2512", f"Aluminium treadplate 5754 {t:.1f} mm, 2500 x 1250", "SH", area * (t + 0.6) * 2.66 * 5.30)
    for w, t in [(25, 3), (40, 5), (50, 6), (50, 10)]:
        _add(f"ALFB-{w}X{t}", f"Aluminium flat bar 6082 T6 {w} x {t} mm, per metre", "M", w * t * 0.0027 * 6.5)
    for a, t in [(25, 3), (40, 3), (50, 5)]:
        _add(f"ALEA-{a}-{t}", f"Aluminium equal angle 6082 T6 {a} x {a} x {t} mm, per metre", "M", (2 * a - t) * t * 0.0027 * 6.8)
    for a, t in [(25, 2), (40, 3), (50, 3)]:
        _add(f"ALSHS-{a}-{t}", f"Aluminium box section 6063 T6 {a} x {a} x {t} mm, per metre", "M", (4 * a - 4 * t) * t * 0.0027 * 7.0)
    for d, t in [(40, 2), (50, 3)]:
        _add(f"ALCHS-{d}-{t}", f"Aluminium round tube 6063 T6 {d} x {t} mm, per metre", "M", math.pi * (d - t) * t * 0.0027 * 7.0)
    for g, t in [("304", 1.0), ("304", 1.5), ("304", 2.0), ("304", 3.0), ("316", 1.5), ("316", 2.0)]:
        _add(f"SS{g}-{t:.1f}-2512", f"Stainless sheet {g} 2B {t:.1f} mm, 2500 x 1250", "SH", area * t * 7.9 * (4.1 if g == "304" else 5.6))


_build_catalog()
CAT = {c["sku"]: c for c in CATALOG}

# customers.csv rows: id, name, domains, ship_to (street, city, postal, country)
CUSTOMERS = [
    ("C001", "Doyle Agri Engineering Ltd", "doyleagri.ie", "Ballycanew Road", "Gorey", "Y25 K2F9", "IE"),
    ("C002", "Murphy Fabrication & Welding Ltd", "murphyfab.ie", "Unit 3 Kilbarry Business Park", "Cork", "T23 E6C1", "IE"),
    ("C003", "Shannon Shopfitting Ltd", "shannonshopfit.ie", "Raheen Business Park", "Limerick", "V94 R2X7", "IE"),
    ("C004", "Kelleher Gates & Railings", "kellehergates.com", "Castleisland Road", "Tralee", "V92 H6T3", "IE"),
    ("C005", "Northfield Steel Fabrications Ltd", "northfieldfab.co.uk", "14 Sandbeck Way", "Wetherby", "LS22 7DN", "GB"),
    ("C006", "Tay Valley Agricultural Engineers", "tayvalleyag.co.uk", "Inveralmond Industrial Estate", "Perth", "PH1 3TS", "GB"),
    ("C007", "Pennine Welding Services", "penninewelding.co.uk", "Unit 9 Colne Bridge Road", "Huddersfield", "HD5 0RH", "GB"),
    ("C008", "Ateliers Métalliques Lebrun SARL", "lebrun-metal.fr", "12 rue de la Motte Brûlon", "Rennes", "35700", "FR"),
    ("C009", "Serrurerie Dubois & Fils", "serrurerie-dubois.fr", "48 avenue de Dunkerque", "Lille", "59000", "FR"),
    ("C010", "Agencement Moreau SAS", "agencement-moreau.fr", "5 rue de l'Aéronautique", "Bouguenais", "44340", "FR"),
    ("C011", "Constructiewerkplaats Peeters BV", "peeters-staal.be", "Industrieweg 21", "Geel", "2440", "BE"),
    ("C012", "Ferronnerie Lambert SPRL", "lambert-ferronnerie.be", "Rue de l'Industrie 7", "Namur", "5000", "BE"),
    ("C013", "Van der Berg Metaaltechniek BV", "vdberg-metaal.nl;vandenberg-groep.nl", "Marsweg 40", "Zwolle", "8013 PE", "NL"),
    ("C014", "Agrotechniek Hoekstra", "hoekstra-agro.nl", "Celsiusweg 9", "Leeuwarden", "8912 AM", "NL"),
    ("C015", "Schlosserei Krämer GmbH", "kraemer-metallbau.de", "Sandershäuser Straße 34", "Kassel", "34123", "DE"),
    ("C016", "Landtechnik Huber KG", "huber-landtechnik.de", "Ergoldinger Straße 6", "Landshut", "84030", "DE"),
    ("C017", "Kovinarstvo Zupan d.o.o.", "zupan-kovine.si", "Mariborska cesta 88", "Celje", "3000", "SI"),
    ("C018", "Bravarija Horvat d.o.o.", "bravarija-horvat.hr", "Koprivnička ulica 15", "Varaždin", "42000", "HR"),
    ("C019", "Papadopoulos Metal Constructions S.A.", "papadopoulos-metal.gr", "Odos Monastiriou 210", "Thessaloniki", "54628", "GR"),
    ("C020", "Yılmaz Çelik Konstrüksiyon Ltd. Şti.", "yilmazcelik.com.tr", "Nilüfer OSB 3. Cadde No:12", "Bursa", "16140", "TR"),
    ("C021", "Hegarty Engineering Services", "hegartyeng.ie", "Mullingar Business Park", "Mullingar", "N91 T2W4", "IE"),
]

# senders deliberately left out of customers.csv
UNKNOWN_SENDERS = [
    ("Declan O'Sullivan (sole trader welder, gmail)", "declan.osullivan.welding@gmail.com"),
    ("Hartley Ironworks Ltd (UK)", "hartleyironworks.co.uk"),
    ("Atelier Fer & Forme (FR)", "ferforme.fr"),
    ("Metallbau Schneider GmbH (DE)", "schneider-metallbau.de"),
    ("Kovina Novak s.p. (SI)", "kovina-novak.si"),
    ("Demir Tarım Makineleri (TR)", "demirtarim.com.tr"),
    ("Bakker Hekwerk & Staalbouw (NL)", "bakkerhekwerk.nl"),
]


def ST(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": postal, "country": country}


def L(sku, qty, uom, price=None, cp=None, desc=None):
    assert sku is None or sku in CAT, sku
    d = {"sku": sku, "customer_part": cp,
         "description": desc or (CAT[sku]["description"] if sku else None),
         "quantity": qty, "uom": uom}
    if price is not None:
        d["unit_price"] = price
    return d
