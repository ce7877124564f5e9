"""Shared data and helpers for the Spaakwerk Parts test corpus."""
import csv, json, os, email.utils
from email.message import EmailMessage
from datetime import datetime

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
SELLER = "Spaakwerk Parts B.V."
SELLER_ADDR = ["Spaakwerk Parts B.V.", "Hanzeweg 41", "8011 HB Zwolle", "Nederland"]
ORDERS = "orders@spaakwerk-parts.nl"

# ---------------- catalog ----------------
CATALOG = []  # (sku, description, uom, price, pack)
def c(sku, desc, price, uom="EA", pack=""):
    CATALOG.append((sku, desc, uom, price, pack))

# tyres
c("TY-GP5-2325-BK", "Continental Grand Prix 5000 700x25C (25-622) folding black", 39.90)
c("TY-GP5-2528-BK", "Continental Grand Prix 5000 700x28C (28-622) folding black", 39.90)
c("TY-GP5-2528-TN", "Continental Grand Prix 5000 700x28C (28-622) folding tan wall", 41.50)
c("TY-GP5-3032-BK", "Continental Grand Prix 5000 700x32C (32-622) folding black", 42.50)
c("TY-MP-37622", "Schwalbe Marathon Plus 37-622 (700x35C) reflex wire bead", 27.80)
c("TY-MP-40622", "Schwalbe Marathon Plus 40-622 (700x38C) reflex wire bead", 28.90)
c("TY-MP-47622", "Schwalbe Marathon Plus 47-622 (28x1.75) reflex wire bead", 29.90)
c("TY-MP-47559", "Schwalbe Marathon Plus 47-559 (26x1.75) reflex wire bead", 27.50)
c("TY-MP-47406", "Schwalbe Marathon Plus 47-406 (20x1.75) reflex wire bead", 24.90)
c("TY-RUB-2525", "Vittoria Rubino Pro 700x25C black", 24.60)
c("TY-RUB-2528", "Vittoria Rubino Pro 700x28C black", 24.60)
c("TY-CITY-40635", "City tyre 28x1 1/2 (40-635) black reflex", 12.40)
c("TY-CITY-37622", "City tyre 28x1 3/8 (37-622) black reflex", 10.90)
c("TY-MTB-2922", "Maxxis Ardent 29x2.25 EXO TR folding", 44.90)
c("TY-MTB-2924", "Maxxis Ardent 29x2.40 EXO TR folding", 46.90)
c("TY-GRV-4045", "WTB Riddler 700x45C TCS Light folding", 38.50)
# tubes
c("TB-700-1825-PV60", "Inner tube 700x18-25C Presta 60mm", 4.20)
c("TB-700-1825-PV80", "Inner tube 700x18-25C Presta 80mm", 4.60)
c("TB-700-2832-PV40", "Inner tube 700x28-32C Presta 40mm", 4.30)
c("TB-700-2847-PV40", "Inner tube 700x28-47C (28/47-622) Presta 40mm", 4.40)
c("TB-700-2847-AV40", "Inner tube 700x28-47C (28/47-622) Schrader 40mm", 4.20)
c("TB-700-2847-DV40", "Inner tube 700x28-47C (28/47-622) Dunlop/Woods valve 40mm", 4.10)
c("TB-635-DV", "Inner tube 28x1 1/2 (40-635) Dunlop/Woods valve", 4.30)
c("TB-26-175-AV", "Inner tube 26x1.75-2.125 Schrader 40mm", 3.90)
c("TB-26-175-PV", "Inner tube 26x1.75-2.125 Presta 40mm", 4.10)
c("TB-29-2124-PV", "Inner tube 29x2.10-2.40 Presta 48mm", 5.60)
c("TB-29-2124-AV", "Inner tube 29x2.10-2.40 Schrader 40mm", 5.40)
c("TB-20-175-AV", "Inner tube 20x1.75-2.125 Schrader", 3.60)
c("TB-16-175-AV", "Inner tube 16x1.75-2.125 Schrader", 3.40)
c("TB-12-175-AV", "Inner tube 12 1/2x1.75-2.25 Schrader angled", 3.80)
c("TB-700-2847-PV40-10", "Workshop box 10x inner tube 700x28-47C Presta 40mm", 39.00, "BX", 10)
c("TB-26-175-AV-10", "Workshop box 10x inner tube 26x1.75-2.125 Schrader", 35.00, "BX", 10)
c("TB-PATCH-KIT", "Puncture repair kit (6 patches, glue, card)", 2.20)
c("TB-PATCH-BOX", "Puncture repair kit counter box 24 kits", 44.00, "BX", 24)
c("RT-700-18", "Rim tape 700C / 29 18mm high pressure (pair)", 3.40, "PR")
c("RT-26-22", "Rim tape 26 inch 22mm (pair)", 3.40, "PR")
# chains
c("CH-KMC-X8-116", "KMC X8 chain 6/7/8-speed 116 links silver/grey", 9.90)
c("CH-KMC-X9-116", "KMC X9 chain 9-speed 116 links silver", 14.50)
c("CH-KMC-X10-114", "KMC X10 chain 10-speed 114 links silver", 21.90)
c("CH-KMC-X11-118", "KMC X11 chain 11-speed 118 links silver", 29.90)
c("CH-KMC-X11-118-TI", "KMC X11 Ti-N chain 11-speed 118 links gold", 49.90)
c("CH-KMC-X12-126", "KMC X12 chain 12-speed 126 links silver/black", 39.90)
c("CH-KMC-Z1-112", "KMC Z1 single speed chain 1/2x1/8 112 links", 7.20)
c("CH-SH-HG54-116", "Shimano CN-HG54 chain 10-speed 116 links", 22.40)
c("CH-SH-HG601-116", "Shimano 105 CN-HG601 chain 11-speed 116 links", 27.50)
c("CH-SH-HG701-116", "Shimano Ultegra CN-HG701 chain 11-speed 116 links", 33.90)
c("CH-SH-M8100-126", "Shimano XT CN-M8100 chain 12-speed 126 links", 41.90)
c("CH-KMC-X8-116-25", "KMC X8 chain 116 links workshop box 25 chains", 215.00, "BX", 25)
c("CH-KMC-CL-X10", "KMC MissingLink 10-speed card 2 pairs", 6.50, "PK", 2)
c("CH-KMC-CL-X11", "KMC MissingLink 11-speed card 2 pairs", 6.90, "PK", 2)
c("CH-KMC-CL-X12", "KMC MissingLink 12-speed card 2 pairs", 7.90, "PK", 2)
# brake pads
c("BP-SH-B01S", "Shimano B01S resin disc brake pads (pair)", 8.90, "PR")
c("BP-SH-B05S", "Shimano B05S resin disc brake pads (pair)", 9.40, "PR")
c("BP-SH-G03S", "Shimano G03S resin disc brake pads (pair)", 10.90, "PR")
c("BP-SH-G04S", "Shimano G04S metal sintered disc brake pads (pair)", 12.90, "PR")
c("BP-SH-L03A", "Shimano L03A resin disc pads road flat mount (pair)", 13.50, "PR")
c("BP-SH-L05A", "Shimano L05A-RF resin disc pads with fins (pair)", 15.90, "PR")
c("BP-SR-LVL-ORG", "SRAM Level/DB disc pads organic steel back (pair)", 11.90, "PR")
c("BP-SR-LVL-SIN", "SRAM Level/DB disc pads sintered steel back (pair)", 12.90, "PR")
c("BP-MAG-7C", "Magura 7.C Comfort disc pads MT2/4/6/8 (pair)", 13.90, "PR")
c("BP-MAG-9C", "Magura 9.C Comfort disc pads MT5/MT7 (pair)", 15.50, "PR")
c("BP-SH-R55C4", "Shimano R55C4 Ultegra rim brake cartridge inserts (pair)", 9.80, "PR")
c("BP-SH-M70T4", "Shimano M70T4 V-brake pads (pair)", 7.40, "PR")
c("BP-CLK-CP511", "Clarks CP511 V-brake pads 70mm (pair)", 3.90, "PR")
c("BP-SH-B01S-25", "Shimano B01S resin disc pads workshop pack 25 pairs", 189.00, "BX", 25)
c("BP-CLK-CP511-50", "Clarks CP511 V-brake pads 70mm workshop box 50 pairs", 149.00, "BX", 50)
# cassettes
c("CS-SH-HG41-1132", "Shimano CS-HG41 cassette 8-speed 11-32", 17.90)
c("CS-SH-HG41-1134", "Shimano CS-HG41 cassette 8-speed 11-34", 18.90)
c("CS-SH-HG500-1132", "Shimano CS-HG500 cassette 10-speed 11-32", 31.90)
c("CS-SH-HG500-1134", "Shimano CS-HG500 cassette 10-speed 11-34", 32.90)
c("CS-SH-R7000-1128", "Shimano 105 CS-R7000 cassette 11-speed 11-28", 45.90)
c("CS-SH-R7000-1130", "Shimano 105 CS-R7000 cassette 11-speed 11-30", 46.90)
c("CS-SH-R7000-1132", "Shimano 105 CS-R7000 cassette 11-speed 11-32", 47.90)
c("CS-SH-R7000-1134", "Shimano 105 CS-R7000 cassette 11-speed 11-34", 49.90)
c("CS-SH-M8100-1051", "Shimano XT CS-M8100 cassette 12-speed 10-51", 119.00)
c("CS-SR-PG1130-1142", "SRAM PG-1130 cassette 11-speed 11-42", 59.90)
c("CS-SR-XG1275-1050", "SRAM GX Eagle XG-1275 cassette 12-speed 10-50", 159.00)
# cables
c("CB-BRK-RD-2050", "Brake inner cable road stainless 1.6x2050mm", 2.40)
c("CB-BRK-MTB-1700", "Brake inner cable MTB stainless 1.6x1700mm", 2.20)
c("CB-SFT-2100", "Shift inner cable stainless 1.2x2100mm", 2.10)
c("CB-BRK-2050-100", "Brake inner cable 1.6x2050mm workshop box 100", 129.00, "BX", 100)
c("CB-SFT-2100-100", "Shift inner cable 1.2x2100mm workshop box 100", 115.00, "BX", 100)
c("CB-HSG-BRK-30-BK", "Brake outer housing 5mm black roll 30m", 39.00, "RL")
c("CB-HSG-SFT-30-BK", "Shift outer housing 4mm black roll 30m", 44.00, "RL")
c("CB-HSG-SFT-30-WH", "Shift outer housing 4mm white roll 30m", 46.00, "RL")
c("CB-FER-4-100", "Alloy ferrules 4mm bag 100", 8.50, "PK", 100)
c("CB-FER-5-100", "Alloy ferrules 5mm bag 100", 8.50, "PK", 100)
c("CB-END-100", "Inner cable end caps bag 100", 4.90, "PK", 100)
# helmets
for sz, szd in (("S", "S 51-55cm"), ("M", "M 55-58cm"), ("L", "L 58-61cm")):
    for col, cold in (("BK", "matt black"), ("WH", "white"), ("GY", "grey"), ("NV", "navy")):
        c(f"HL-URB-{sz}-{col}", f"Urbano city helmet {cold} size {szd}", 34.90)
for sz, szd in (("M", "M 54-58cm"), ("L", "L 58-62cm")):
    for col, cold in (("BK", "black"), ("WH", "white")):
        c(f"HL-MIPS-{sz}-{col}", f"Commuter MIPS helmet {cold} size {szd}", 59.90)
for sz, szd in (("XS", "XS 46-50cm"), ("S", "S 50-54cm")):
    for col, cold in (("RD", "red"), ("BL", "blue")):
        c(f"HL-KID-{sz}-{col}", f"Kids helmet {cold} size {szd}", 19.90)
# lights
c("LT-FR-400", "Front light USB-C 400 lumen", 24.90)
c("LT-FR-800", "Front light USB-C 800 lumen", 39.90)
c("LT-FR-1200", "Front light USB-C 1200 lumen", 54.90)
c("LT-RR-USB", "Rear light USB-C 30 lumen", 14.90)
c("LT-RR-BRK", "Rear light USB-C with brake sensor", 24.90)
c("LT-SET-400", "Light set USB-C front 400 lumen + rear", 34.90)
c("LT-SET-AAA", "Battery light set front + rear clip-on (AAA)", 9.90)
c("LT-DYN-FR-60", "Dynamo front light 60 lux with standlight", 29.90)
c("LT-DYN-RR-50", "Dynamo rear light rack mount 50mm", 14.50)
c("LT-DYN-RR-80", "Dynamo rear light rack mount 80mm", 14.50)
# tools
c("TL-LEV-3", "Tyre levers set of 3", 2.90)
c("TL-LEV-3-30", "Tyre levers display box 30 sets", 69.00, "BX", 30)
c("TL-MT-10", "Multi-tool 10 functions", 12.90)
c("TL-MT-16", "Multi-tool 16 functions with chain tool", 19.90)
c("TL-CHK", "Chain wear checker 0.5/0.75", 6.90)
c("TL-LR-HG", "Cassette lockring tool Shimano/SRAM HG", 7.50)
c("TL-CW", "Chain whip", 14.90)
c("TL-CT", "Chain breaker tool workshop", 24.90)
c("TL-PMP-FL", "Floor pump with gauge 11 bar Presta/Schrader", 27.90)
c("TL-PMP-MINI", "Mini pump 7 bar Presta/Schrader", 12.50)
c("TL-TQ-214", "Torque wrench 2-14 Nm 1/4 inch", 59.00)
c("TL-CUT", "Cable and housing cutter", 24.50)
c("TL-HEX-9", "Hex key set 2-10mm 9 pcs", 11.90)
# lubricants / care
c("LB-FL-WET-60", "Finish Line Wet chain lube 60ml drip", 6.20)
c("LB-FL-WET-120", "Finish Line Wet chain lube 120ml drip", 9.40)
c("LB-FL-DRY-60", "Finish Line Dry chain lube 60ml drip", 6.20)
c("LB-FL-DRY-120", "Finish Line Dry chain lube 120ml drip", 9.40)
c("LB-FL-CER-120", "Finish Line Ceramic Wax lube 120ml drip", 11.90)
c("LB-FL-WET-120-12", "Finish Line Wet 120ml display box 12 bottles", 106.00, "CS", 12)
c("LB-FL-DRY-120-12", "Finish Line Dry 120ml display box 12 bottles", 106.00, "CS", 12)
c("LB-DGR-1L", "Citrus degreaser 1L", 12.50)
c("LB-DGR-5L", "Citrus degreaser 5L jerrycan", 44.00)
c("LB-GRS-100", "Lithium bike grease 100g tube", 5.90)
c("LB-GRS-450", "Lithium bike grease 450g tub", 14.90)
c("LB-SEAL-500", "Tubeless sealant 500ml", 17.90)
c("LB-SEAL-1L", "Tubeless sealant 1L", 29.90)
c("LB-CLN-1L", "Bike cleaner spray 1L", 8.90)
# accessories
c("AC-BELL-BR", "Brass bell 55mm", 5.90)
c("AC-BELL-AL", "Alloy ping bell 35mm", 3.20)
c("AC-LOCK-CH90", "Chain lock 90cm 8mm", 19.90)
c("AC-LOCK-U", "U-lock 245mm with bracket", 29.90)
SKUS = {r[0]: r for r in CATALOG}

# ---------------- customers ----------------
CUSTOMERS = [
 ("C001", "Fietsenwinkel De Spaak", "despaak.nl", "Oudegracht 212", "Utrecht", "3511 NR", "NL"),
 ("C002", "Rijwielhandel Van Dam B.V.", "vandamfietsen.nl", "Kleine Houtstraat 18", "Haarlem", "2011 DN", "NL"),
 ("C003", "StadsFiets Verhuur B.V.", "stadsfiets-verhuur.nl", "Papaverweg 34", "Amsterdam", "1032 KE", "NL"),
 ("C004", "Cycles Meuse SRL", "cyclesmeuse.be", "Rue de Fer 27", "Namur", "5000", "BE"),
 ("C005", "Fietsen Peeters BV", "peetersfietsen.be", "Turnhoutsebaan 301", "Borgerhout", "2140", "BE"),
 ("C006", "Radhaus Köln GmbH", "radhaus-koeln.de", "Venloer Straße 188", "Köln", "50823", "DE"),
 ("C007", "Zweirad Berger e.K.", "zweirad-berger.de", "Landsberger Str. 77", "München", "80339", "DE"),
 ("C008", "Kurierkollektiv Berlin GmbH", "kurierkollektiv.de", "Skalitzer Str. 104", "Berlin", "10997", "DE"),
 ("C009", "Cykelværkstedet Nørrebro ApS", "cykelvaerkstedet.dk", "Nørrebrogade 88", "København N", "2200", "DK"),
 ("C010", "Cycles Lafitte SARL", "cycles-lafitte.fr", "14 rue Saint-Jean", "Lyon", "69005", "FR"),
 ("C011", "Vélo Club Bordelais", "vcbordelais.fr", "52 cours de la Marne", "Bordeaux", "33800", "FR"),
 ("C012", "Ciclofficina Ferraro S.r.l.", "ciclofficinaferraro.it", "Via Padova 112", "Milano", "20127", "IT"),
 ("C013", "Bicicletas Ruta Norte S.L.", "rutanorte.es", "Calle Licenciado Poza 41", "Bilbao", "48011", "ES"),
 ("C014", "Cyklo Vltava s.r.o.", "cyklovltava.cz", "Plzeňská 155", "Praha 5", "150 00", "CZ"),
 ("C015", "Bike Point Žilina s.r.o.", "bikepoint.sk", "Národná 9", "Žilina", "010 01", "SK"),
 ("C016", "Bicicletas Tejo Lda", "tejobikes.pt", "Rua da Prata 140", "Lisboa", "1100-420", "PT"),
 ("C017", "Spokes & Sprockets Ltd", "spokesandsprockets.co.uk", "23 Gloucester Road", "Bristol", "BS7 8AA", "GB"),
 ("C018", "Pedal Couriers Ltd", "pedalcouriers.co.uk", "Unit 4, Vyner Street", "London", "E2 9DG", "GB"),
 ("C019", "Dublin Bike Hire Ltd", "dublinbikehire.ie", "12 Lower Ormond Quay", "Dublin 1", "D01 R2F6", "IE"),
 ("C020", "Wheelers Cycling Club", "wheelerscc.org.uk", "", "", "", "GB"),
 ("C021", "Fietsverhuur Texel Duinzicht", "texelfietsverhuur.nl", "Parkstraat 5", "Den Burg", "1791 CG", "NL"),
]
UNLISTED = [
 ("Velocity Couriers Ltd", "velocitycouriers.co.uk", "Leeds, GB"),
 ("Aarhus Cykelklub", "aarhuscykelklub.dk", "Aarhus, DK"),
 ("Radsport Schneider", "radsport-schneider.de", "Freiburg, DE"),
 ("Cicli Dora di Marco Gallo", "ciclidora.it", "Torino, IT"),
 ("Oficina da Bicicleta Porto", "oficinabicicleta.pt", "Porto, PT"),
 ("Galway Cycle Hub", "galwaycyclehub.ie", "Galway, IE"),
]

# ---------------- label helpers ----------------
def S(name, street, city, pc, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": pc, "country": country}

def L(sku, qty, uom=None, price=None, cp=None, desc=None):
    r = SKUS.get(sku) if sku else None
    if sku and not r:
        raise KeyError(sku)
    return {"sku": sku, "customer_part": cp,
            "description": desc or (r[1] if r else None),
            "quantity": qty, "uom": uom or (r[2] if r else "EA"),
            "unit_price": price}

def PO(customer, po, lines, order_date=None, requested_date=None, currency=None, ship_to="__omit__"):
    d = {"kind": "purchase_order", "customer": customer, "po_number": po,
         "order_date": order_date, "requested_date": requested_date, "currency": currency}
    if ship_to != "__omit__":
        d["ship_to"] = ship_to
    d["lines"] = lines
    return d

def write_label(relname, label):
    with open(os.path.join(OUT, relname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False, indent=2)

def make_eml(relname, frm, subject, date, body, label, to=ORDERS, cc=None,
             attachments=(), html=None, extra_headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = email.utils.parseaddr(frm)[1].split("@")[-1]
    m["Message-ID"] = email.utils.make_msgid(domain=dom)
    for k, v in (extra_headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    elif html:
        m.set_content(html, subtype="html")
    for fname, data, mtype in attachments:
        maint, sub = mtype.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    with open(os.path.join(OUT, relname), "wb") as f:
        f.write(bytes(m))
    write_label(relname, label)

def write_catalog_customers():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, desc, uom, price, pack in CATALOG:
            w.writerow([sku, desc, uom, f"{price:.2f}", "", pack])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_city",
                    "ship_to_postal_code", "ship_to_country"])
        for cid, name, dom, st, city, pc, cc in CUSTOMERS:
            w.writerow([cid, name, dom, st, city, pc, cc])
