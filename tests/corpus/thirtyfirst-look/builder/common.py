import csv, json, os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from catalog import CAT

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SELLER = "Kestrel Components Ltd"
ORDERS = "Kestrel Components Orders <orders@kestrel-components.com>"

def s(key):
    return CAT[key]["sku"]

CUSTOMERS = [
    ("C01", "Harrowgate Instruments Ltd", "harrowgate-instruments.co.uk", ("Harrowgate Instruments Ltd", "Unit 4 Greenside Way", "Leeds", "West Yorkshire", "LS20 8HB", "GB")),
    ("C02", "FixIt Phone Repairs", "fixitbristol.co.uk", ("FixIt Phone Repairs", "88 Gloucester Road", "Bristol", "", "BS7 8BN", "GB")),
    ("C03", "University of Castlebridge", "castlebridge.ac.uk", ("University of Castlebridge - Goods Inwards", "Priory Lane", "Coventry", "", "CV1 5FB", "GB")),
    ("C04", "Klaxon Robotics Ltd", "klaxonrobotics.co.uk", ("Klaxon Robotics Ltd", "9 Cowley Road", "Cambridge", "", "CB4 0DS", "GB")),
    ("C05", "Brenner Messtechnik GmbH", "brenner-mt.de", ("Brenner Messtechnik GmbH", "Fabrikstraße 7", "Stuttgart", "", "70565", "DE")),
    ("C06", "Elektro Vogt & Söhne KG", "elektro-vogt.de", ("Elektro Vogt & Söhne KG", "Karl-Heine-Straße 54", "Leipzig", "", "04229", "DE")),
    ("C07", "Technische Hochschule Wiesental", "th-wiesental.de", ("Technische Hochschule Wiesental - Zentraler Wareneingang", "Am Hochschulring 1", "Mannheim", "", "68163", "DE")),
    ("C08", "Alpentronik GmbH", "alpentronik.at", ("Alpentronik GmbH", "Puchstraße 41", "Graz", "", "8020", "AT")),
    ("C09", "Sennhof Automation AG", "sennhof-automation.ch", ("Sennhof Automation AG", "Industriestrasse 22", "Winterthur", "ZH", "8406", "CH")),
    ("C10", "Elektroservis Novák s.r.o.", "elektroservis-novak.cz", ("Elektroservis Novák s.r.o.", "Křenová 57", "Brno", "", "602 00", "CZ")),
    ("C11", "Vltava Control Systems s.r.o.", "vltava-cs.cz", ("Vltava Control Systems s.r.o.", "Teslova 3", "Plzeň", "", "301 00", "CZ")),
    ("C12", "Dunaelektro Kft.", "dunaelektro.hu", ("Dunaelektro Kft.", "Fehérvári út 18", "Győr", "", "9028", "HU")),
    ("C13", "Transilvania Embedded SRL", "transilvania-embedded.ro", ("Transilvania Embedded SRL", "Str. Fabricii nr. 12", "Cluj-Napoca", "Cluj", "400620", "RO")),
    ("C14", "Talleres Electrónicos Ebro S.L.", "tebro.es", ("Talleres Electrónicos Ebro S.L.", "Calle Miguel Servet 121", "Zaragoza", "", "50013", "ES")),
    ("C15", "Universidad de Levante", "ulevante.es", ("Universidad de Levante - Laboratorio de Robótica", "Calle Doctor Moliner 50", "Burjassot", "Valencia", "46100", "ES")),
    ("C16", "Officine Elettroniche Brianza S.r.l.", "oeb-brianza.it", ("Officine Elettroniche Brianza S.r.l.", "Via Lecco 61", "Monza", "MB", "20900", "IT")),
    ("C17", "Riparazioni Lazzari", "lazzari-riparazioni.it", ("Riparazioni Lazzari", "Via Saragozza 112", "Bologna", "BO", "40135", "IT")),
    ("C18", "Cedar Ridge Controls Inc.", "cedarridgecontrols.com", ("Cedar Ridge Controls Inc.", "2750 S Cole Rd", "Boise", "ID", "83709", "US")),
    ("C19", "Pelican Bay Audio Repair LLC", "pelicanbayaudio.com", ("Pelican Bay Audio Repair LLC", "4127 SE Hawthorne Blvd", "Portland", "OR", "97214", "US")),
    ("C20", "Northgate State University", "northgate.edu", ("Northgate State University - Central Receiving", "1200 College Avenue", "Bismarck", "ND", "58501", "US")),
]

def write_reference():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for v in CAT.values():
            w.writerow([v["sku"], v["description"], v["uom"], f'{v["unit_price"]:.3f}'.rstrip("0").rstrip(".") if v["unit_price"] < 0.1 else f'{v["unit_price"]:.2f}', v["gtin"], v["pack_size"]])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country"])
        for cid, name, dom, st in CUSTOMERS:
            w.writerow([cid, name, dom, *st])

def addr(name, street, city, pc, country, region=None):
    d = {"name": name, "street": street, "city": city}
    if region:
        d["region"] = region
    d["postal_code"] = pc
    d["country"] = country
    return d

def L(key, qty, uom, desc, price=None, cp=None):
    return {"sku": s(key) if key else None, "customer_part": cp, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}

OMIT = object()

def label(customer, po, od, rd, cur, ship, lines, kind="purchase_order"):
    d = {"kind": kind, "customer": customer, "po_number": po, "order_date": od}
    if rd is not OMIT:
        d["requested_date"] = rd
    d["currency"] = cur
    if ship is not OMIT:
        d["ship_to"] = ship
    d["lines"] = lines
    return d

INDEX = []  # (file, kind, note)

def save_label(fname, lab, kind, note):
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=2)
    INDEX.append((fname, kind, note))

def dt(y, mo, d, h, mi, tz=0):
    return format_datetime(datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=tz))))

def eml(fname, frm, subject, date, body, to=ORDERS, atts=(), cc=None, extra=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    import hashlib
    h = hashlib.sha1(fname.encode()).hexdigest()
    m["Message-ID"] = f"<{h[:8].upper()}.{h[8:20]}@{frm.split('@')[-1].rstrip('>')}>"
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    for name, data, mt in atts:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(bytes(m))
