"""Catalog, customers and e-mail helpers for the fortysecond-look corpus."""
import csv, json, os
from email.message import EmailMessage
from email.utils import make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SELLER = "Solent & Biscay Chandlery Ltd"
SELLER_UK = "orders@solentbiscay.co.uk"
SELLER_FR = "commandes@solentbiscay.fr"

def build_catalog():
    rows = []
    def add(sku, desc, uom, price, pack=""):
        rows.append((sku, desc, uom, "%.2f" % price, pack))
    # ropes
    col = {"WHT": "white", "NVY": "navy", "RED": "red"}
    pm = {8: 1.45, 10: 1.95, 12: 2.60}; pr = {8: 125, 10: 170, 12: 225}
    for d in (8, 10, 12):
        for c, cn in col.items():
            add("ROP-PB%02d-%s-M" % (d, c), "Polyester double braid %d mm %s, per metre" % (d, cn), "M", pm[d])
            add("ROP-PB%02d-%s-R100" % (d, c), "Polyester double braid %d mm %s, reel 100 m" % (d, cn), "RL", pr[d], "100")
    dm = {8: 3.90, 10: 5.40, 12: 7.20}; dr = {8: 340, 10: 470, 12: 640}
    for d in (8, 10, 12):
        for c, cn in {"BLK": "black", "GRY": "grey"}.items():
            add("ROP-DY%02d-%s-M" % (d, c), "Dyneema SK78 single braid %d mm %s, per metre" % (d, cn), "M", dm[d])
            add("ROP-DY%02d-%s-R100" % (d, c), "Dyneema SK78 single braid %d mm %s, reel 100 m" % (d, cn), "RL", dr[d], "100")
    for d, p in ((10, 0.95), (12, 1.25), (16, 2.10)):
        add("ROP-3S%02d-WHT-M" % d, "Polyester 3-strand anchor line %d mm white, per metre" % d, "M", p)
    # shackles
    for pin, p in zip((5, 6, 8, 10, 12), (3.20, 3.90, 6.10, 9.80, 15.40)):
        add("SHK-DA4-%02d" % pin, "D shackle A4 stainless, %d mm pin" % pin, "EA", p)
    for pin, p in zip((5, 6, 8, 10, 12), (3.50, 4.20, 6.60, 10.50, 16.90)):
        add("SHK-BA4-%02d" % pin, "Bow shackle A4 stainless, %d mm pin" % pin, "EA", p)
    for pin, p in zip((8, 10, 12), (1.40, 2.10, 3.30)):
        add("SHK-DGV-%02d" % pin, "D shackle galvanised, %d mm pin" % pin, "EA", p)
    # blocks
    add("BLK-S40", "Single block 40 mm, plain bearing", "EA", 18.50)
    add("BLK-S57", "Single block 57 mm, ball bearing", "EA", 34.00)
    add("BLK-S57B", "Single block 57 mm with becket, ball bearing", "EA", 38.00)
    add("BLK-D57", "Double block 57 mm, ball bearing", "EA", 52.00)
    add("BLK-S75", "Single block 75 mm, ball bearing", "EA", 58.00)
    add("BLK-F57C", "Fiddle block 57 mm with becket and cam cleat", "EA", 79.00)
    add("BLK-SN75", "Snatch block 75 mm", "EA", 64.00)
    # fenders
    dims = {1: "150 x 530", 2: "200 x 660", 3: "220 x 740", 4: "280 x 870", 5: "310 x 1040", 6: "370 x 1070"}
    fp = {1: 14, 2: 22, 3: 29, 4: 42, 5: 58, 6: 79}
    for n in range(1, 7):
        for c, cn in {"WHT": "white", "NVY": "navy", "BLK": "black"}.items():
            add("FND-F%d-%s" % (n, c), "Fender F%d cylindrical %s mm %s" % (n, dims[n], cn), "EA", fp[n] + (0 if c == "WHT" else 3))
    # anchors
    for kg, p in zip((6, 10, 16, 20, 25), (89, 119, 169, 209, 259)):
        add("ANC-DLT-%02d" % kg, "Delta-type plough anchor galvanised %d kg" % kg, "EA", p)
    for kg, p in zip((5, 10, 15), (45, 69, 95)):
        add("ANC-BRC-%02d" % kg, "Bruce-type claw anchor galvanised %d kg" % kg, "EA", p)
    add("ANC-DAN-075", "Danforth-type anchor galvanised 7.5 kg", "EA", 59)
    add("ANC-SPD-15", "Spade-type anchor galvanised 15 kg", "EA", 389)
    # chain
    for d, p in zip((6, 8, 10), (5.20, 7.90, 11.80)):
        add("CHN-G30-%02d" % d, "Chain DIN 766 grade 30 galvanised %d mm, per metre" % d, "M", p)
    for d, p in zip((8, 10), (9.60, 13.90)):
        add("CHN-G40-%02d" % d, "Chain grade 40 galvanised %d mm, per metre" % d, "M", p)
    for d, p in zip((10, 12), (16.50, 22.80)):
        add("CHN-G70-%02d" % d, "Chain grade 70 high test galvanised %d mm, per metre" % d, "M", p)
    add("CHN-G40-10-B50", "Chain grade 40 galvanised 10 mm, 50 m drum", "EA", 650, "50")
    # batteries
    add("BAT-AGM-075", "Marine AGM battery 12 V 75 Ah", "EA", 165)
    add("BAT-AGM-100", "Marine AGM battery 12 V 100 Ah", "EA", 219)
    add("BAT-AGM-120", "Marine AGM battery 12 V 120 Ah", "EA", 259)
    add("BAT-DC-110", "Leisure deep-cycle battery 12 V 110 Ah, flooded", "EA", 129)
    add("BAT-LFP-100", "LiFePO4 lithium battery 12.8 V 100 Ah", "EA", 749)
    add("BAT-STR-090", "Marine starter battery 12 V 90 Ah", "EA", 115)
    # fuses
    for a in (100, 150, 200, 250):
        add("FUS-ANL-%03d" % a, "ANL fuse %d A" % a, "EA", 6.50)
    for a in (40, 60, 80):
        add("FUS-MIDI-%03d" % a, "MIDI fuse %d A" % a, "EA", 4.20)
    add("FUS-ATO-AST10", "Blade fuses ATO assorted, pack of 10", "PK", 4.90, "10")
    add("FUS-ANL-HLD", "ANL fuse holder", "EA", 14.50)
    # cable
    for s, p in zip((16, 25, 35, 50), (4.10, 5.90, 8.20, 11.40)):
        for c, cn in {"RED": "red", "BLK": "black"}.items():
            add("CBL-BT%d-%s-M" % (s, c), "Tinned battery cable %d mm² %s, per metre" % (s, cn), "M", p)
    add("CBL-TW15-M", "Tinned twin cable 2 x 1.5 mm², per metre", "M", 1.10)
    add("CBL-TW25-M", "Tinned twin cable 2 x 2.5 mm², per metre", "M", 1.60)
    add("CBL-TW25-R30", "Tinned twin cable 2 x 2.5 mm², reel 30 m", "RL", 42.00, "30")
    # antifouling
    for c, cn in {"BLK": "black", "BLU": "blue", "RED": "red", "WHT": "white"}.items():
        add("AFP-ER-%s-075" % c, "SeaGuard Eroding antifouling %s 0.75 L" % cn, "EA", 49)
        add("AFP-ER-%s-250" % c, "SeaGuard Eroding antifouling %s 2.5 L" % cn, "EA", 139)
    for c, cn in {"BLK": "black", "BLU": "blue"}.items():
        add("AFP-HR-%s-075" % c, "SeaGuard Hard Racing antifouling %s 0.75 L" % cn, "EA", 62)
        add("AFP-HR-%s-250" % c, "SeaGuard Hard Racing antifouling %s 2.5 L" % cn, "EA", 169)
    add("AFP-PR-GRY-075", "SeaGuard Primer grey 0.75 L", "EA", 35)
    add("AFP-PR-GRY-250", "SeaGuard Primer grey 2.5 L", "EA", 89)
    # engine parts
    add("IMP-VP-21951346", "Impeller Volvo Penta D1-13/D1-20/D1-30/D2-40 (OEM 21951346)", "EA", 32.50)
    add("IMP-VP-3586496", "Impeller Volvo Penta MD2010/MD2020/MD2030 (OEM 3586496)", "EA", 29.50)
    add("IMP-YM-128990", "Impeller Yanmar 3YM20/3YM30/3YM30AE (OEM 128990-42200)", "EA", 27.90)
    add("IMP-YM-104211", "Impeller Yanmar 2GM20/3GM30 (OEM 104211-42070)", "EA", 24.90)
    add("IMP-BE-211012", "Impeller Beta 20/25/30 (OEM 211-01012)", "EA", 26.50)
    add("IMP-NA-970310", "Impeller Nanni N3.21/N4.38 (OEM 970310)", "EA", 28.40)
    add("FLT-OIL-VP3840525", "Oil filter Volvo Penta D1/D2 series (OEM 3840525)", "EA", 14.90)
    add("FLT-FUE-VP3817510", "Fuel filter Volvo Penta D1/D2 series (OEM 3817510)", "EA", 18.60)
    add("FLT-OIL-YM119305", "Oil filter Yanmar 3YM/4JH series (OEM 119305-35151)", "EA", 12.80)
    add("FLT-FUE-YM104500", "Fuel filter Yanmar 3YM/4JH series (OEM 104500-55710)", "EA", 11.40)
    add("FLT-OIL-BE21160390", "Oil filter Beta 25/30/35/38 (OEM 211-60390)", "EA", 13.20)
    add("FLT-FUE-BE21160210", "Fuel filter Beta 25/30/35/38 (OEM 211-60210)", "EA", 15.60)
    add("SVK-VP-D240", "Service kit Volvo Penta D2-40 (oil + fuel filter, impeller)", "EA", 79)
    add("SVK-YM-3YM30", "Service kit Yanmar 3YM30 (oil + fuel filter, impeller)", "EA", 69)
    # life jackets
    add("LJK-150A-AD", "Lifejacket 150N automatic, adult 40 kg+", "EA", 89)
    add("LJK-150M-AD", "Lifejacket 150N manual, adult 40 kg+", "EA", 79)
    add("LJK-150AH-AD", "Lifejacket 150N automatic with harness, adult 40 kg+", "EA", 109)
    add("LJK-275A-AD", "Lifejacket 275N automatic with harness, adult offshore", "EA", 189)
    add("LJK-150A-JR", "Lifejacket 150N automatic, junior 20-40 kg", "EA", 69)
    add("LJK-100F-CH", "Lifejacket 100N foam, child 15-30 kg", "EA", 34)
    add("RAK-33", "Re-arm kit 33 g cylinder for 150N automatic", "EA", 24)
    add("RAK-60", "Re-arm kit 60 g cylinder for 275N automatic", "EA", 32)
    # flares
    add("FLR-HRD", "Handheld red flare", "EA", 26)
    add("FLR-PRR", "Red parachute rocket", "EA", 48)
    add("FLR-OSH", "Handheld orange smoke", "EA", 29)
    add("FLR-BOS", "Buoyant orange smoke canister", "EA", 59)
    add("FLR-PK-COAST", "Coastal flare pack (2 red handheld, 2 orange smoke)", "PK", 99)
    add("FLR-PK-OFF", "Offshore flare pack (4 rockets, 4 red handheld, 2 buoyant smoke)", "PK", 329)
    return rows

CUSTOMERS = [
    # id, name, domains, street, city, postcode, country
    ("C001", "Hamble Point Marina Services Ltd", "hamblepointmarine.co.uk", "School Lane", "Hamble-le-Rice", "SO31 4NB", "GB"),
    ("C002", "Solent Boatworks Ltd", "solentboatworks.co.uk", "Unit 7, Saxon Wharf", "Southampton", "SO14 5QF", "GB"),
    ("C003", "Plymouth Sailing Academy", "plymouthsailingacademy.org.uk", "Mayflower Marina Approach", "Plymouth", "PL1 4LP", "GB"),
    ("C004", "Crosshaven Boatyard Ltd", "crosshavenboatyard.ie", "Point Road", "Crosshaven", "P43 EV21", "IE"),
    ("C005", "Chantier Naval Atlantique Ré", "cnar.fr", "12 quai de la Criée", "La Flotte", "17630", "FR"),
    ("C006", "Bretagne Location Voiliers SARL", "bretagne-voiliers.fr", "Port du Crouesty, Capitainerie Est", "Arzon", "56640", "FR"),
    ("C007", "Jachthaven De Schelde BV", "jachthavendeschelde.nl", "Havenweg 14", "Vlissingen", "4382 NL", "NL"),
    ("C008", "Nordfjord Båtservice AS", "nordfjordbat.no", "Sjøgata 31", "Måløy", "6700", "NO"),
    ("C009", "Marstrand Segelskola AB", "marstrandsegel.se", "Hamngatan 5", "Marstrand", "442 66", "SE"),
    ("C010", "Aarhus Bådeværft ApS", "aarhusbaadevaerft.dk", "Marselisborg Havnevej 46", "Aarhus C", "8000", "DK"),
    ("C011", "Jadran Charter d.o.o.", "jadrancharter.hr", "Obala kneza Branimira 22", "Zadar", "23000", "HR"),
    ("C012", "Ionian Yachting SA", "ionianyachting.gr", "Leoforos Alexandras 8", "Lefkada", "311 00", "GR"),
    ("C013", "Náutica Ría de Vigo SL", "nauticariavigo.es", "Avenida do Porto 41", "Cangas", "36940", "ES"),
    ("C014", "Cantiere Navale Ligure Srl", "cantiereligure.it", "Via del Molo 18", "La Spezia", "19126", "IT"),
    ("C015", "Cornwall Fishermen's Co-operative Ltd", "cornwallfishcoop.co.uk", "The Fish Quay", "Newlyn", "TR18 5HW", "GB"),
    ("C016", "Western Solent Harbour Authority", "wsha.org.uk", "Harbour Office, Bath Road", "Lymington", "SO41 3SE", "GB"),
    ("C017", "Chesapeake Yacht Charters LLC", "chesapeakeyachtcharters.com", "326 First Street", "Annapolis", "21403", "US"),
    ("C018", "Dún Laoghaire Sea School", "dlseaschool.ie", "West Pier", "Dún Laoghaire", "A96 K2X4", "IE"),
    ("C019", "Voilerie & Gréement Océan", "greement-ocean.fr", "8 rue des Gréeurs, Port des Minimes", "La Rochelle", "17000", "FR"),
    ("C020", "Mystic Harbor Boatyard Inc.", "mystichboatyard.com", "74 Greenmanville Ave", "Mystic", "06355", "US"),
    ("C021", "Cooperativa Pescatori Chioggia", "pescatorichioggia.it", "Fondamenta Marittima 3", "Chioggia", "30015", "IT"),
]

def write_catalog():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, d, u, p, pack in build_catalog():
            w.writerow([sku, d, u, p, "", pack])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
        for r in CUSTOMERS:
            w.writerow(r)

def mail(frm, to, subject, date, body, attachments=(), cc=None, reply=False):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    for fname, data, mtype in attachments:
        maintype, subtype = mtype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return bytes(m)

def L(sku, desc, qty, uom, price=None, cp=None, q=None, p=None, far=False):
    """A label line. q / p are check-only tokens for how quantity / price are written."""
    d = {"sku": sku, "customer_part": cp, "description": desc, "quantity": qty, "uom": uom, "unit_price": price}
    return d, {"q": q, "p": p, "far": far}

def ship(name, street, city, pc, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": pc, "country": country}

def save(base, data, label, ext):
    with open(os.path.join(OUT, base + "." + ext), "wb") as f:
        f.write(data)
    lines = []
    hints = []
    for d, h in label.pop("lines", []):
        lines.append(d); hints.append(h)
    exp = dict(label)
    if exp.get("kind") == "purchase_order":
        exp["lines"] = lines
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    os.makedirs(os.path.join(OUT, "builder", "hints"), exist_ok=True)
    with open(os.path.join(OUT, "builder", "hints", base + ".json"), "w", encoding="utf-8") as f:
        json.dump(hints, f, ensure_ascii=False)
