# Catalogue and customers of the seller: LHS Forniture Professionali S.r.l. (Milano, warehouse Madrid)
import csv, os

CAT = []  # (sku, description, uom, price, gtin, pack)

def add(sku, desc, uom, price, pack=1):
    n = len(CAT) + 1
    gtin = "80%011d" % (54120000 + n * 7)
    # simple EAN-13 check digit
    digits = [int(c) for c in gtin]
    s = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    gtin += str((10 - s % 10) % 10)
    CAT.append((sku, desc, uom, price, gtin, pack))

def shade_code(shade):
    # 6.1 -> 0610, 7/43 -> 0743, 9.03 -> 0903, 10.1 -> 1010, 6.0 -> 0600
    lvl, ref = shade.replace("/", ".").split(".")
    ref = (ref + "0")[:2] if len(ref) == 1 else ref
    return "%02d%s" % (int(lvl), ref)

SHADES60 = [
    ("1.0", "Nero"), ("3.0", "Castano scuro"), ("4.0", "Castano"), ("5.0", "Castano chiaro"),
    ("5.1", "Castano chiaro cenere"), ("5.35", "Castano chiaro dorato mogano"), ("6.0", "Biondo scuro"),
    ("6.1", "Biondo scuro cenere"), ("6.01", "Biondo scuro naturale cenere"), ("6.3", "Biondo scuro dorato"),
    ("6.66", "Biondo scuro rosso intenso"), ("7.0", "Biondo"), ("7.1", "Biondo cenere"), ("7.3", "Biondo dorato"),
    ("7/43", "Biondo rame dorato"), ("7/44", "Biondo rame intenso"), ("8.0", "Biondo chiaro"),
    ("8.1", "Biondo chiaro cenere"), ("8.3", "Biondo chiaro dorato"), ("9.0", "Biondo chiarissimo"),
    ("9.03", "Biondo chiarissimo naturale dorato"), ("9.3", "Biondo chiarissimo dorato"),
    ("10.0", "Biondo platino"), ("10.1", "Biondo platino cenere"), ("10.21", "Biondo platino irisé cenere"),
]
SHADES100 = ["4.0", "5.0", "6.0", "6.1", "7.0", "7.1", "7/43", "8.0", "9.03", "10.1"]
SOFT60 = ["5.0", "6.1", "7.0", "7/43", "8.1", "9.03"]

for sh, name in SHADES60:
    add("CLX60-" + shade_code(sh), "Cromalux colore in crema %s %s tubo 60 ml" % (sh, name), "EA", 6.90)
names = dict(SHADES60)
for sh in SHADES100:
    add("CLX100-" + shade_code(sh), "Cromalux colore in crema %s %s tubo 100 ml" % (sh, names[sh]), "EA", 10.40)
for sh in SOFT60:
    add("CLS60-" + shade_code(sh), "Cromalux Soft senza ammoniaca %s %s tubo 60 ml" % (sh, names[sh]), "EA", 7.80)

for vol, pct in (("10", "3%"), ("20", "6%"), ("30", "9%"), ("40", "12%")):
    add("OX1000-%s" % vol, "Ossidante in crema Cromalux %s vol %s 1 L" % (vol, pct), "EA", 5.60)
    add("OX120-%s" % vol, "Ossidante in crema Cromalux %s vol %s 120 ml" % (vol, pct), "EA", 1.30)
add("OX5000-20", "Ossidante in crema Cromalux 20 vol 6% tanica 5 L", "EA", 22.50)

add("BL500-BLU", "Decolorante in polvere blu Cromalux barattolo 500 g", "EA", 14.90)
add("BL500-WHT", "Decolorante in polvere bianco Cromalux barattolo 500 g", "EA", 14.90)
add("BL1K-BLU", "Decolorante in polvere blu Cromalux busta 1 kg", "EA", 24.80)
add("BL500-PLX", "Decolorante Bond Plex polvere blu barattolo 500 g", "EA", 21.50)

for code, name, p in (("IDR", "Shampoo Idratante", (4.2, 9.8, 38.0)), ("SIL", "Shampoo Silver antigiallo", (5.1, 12.4, 46.0)),
                      ("NUT", "Shampoo Nutriente", (4.2, 9.8, 38.0)), ("TEC", "Shampoo Tecnico pH neutro", (None, 7.9, 29.5))):
    for size, pr in zip(("250", "1L", "5L"), p):
        if pr is None:
            continue
        label = {"250": "250 ml", "1L": "1 L", "5L": "5 L ricarica"}[size]
        add("SH-%s-%s" % (code, size), "%s %s" % (name, label), "EA", pr)
for code, name, p in (("IDR", "Balsamo Idratante", (4.6, 10.9, 41.0)), ("DIS", "Balsamo Districante", (4.6, 10.9, 41.0)),
                      ("SIL", "Balsamo Silver antigiallo", (5.4, 13.2, None))):
    for size, pr in zip(("250", "1L", "5L"), p):
        if pr is None:
            continue
        label = {"250": "250 ml", "1L": "1 L", "5L": "5 L ricarica"}[size]
        add("CO-%s-%s" % (code, size), "%s %s" % (name, label), "EA", pr)

for s in ("S", "M", "L", "XL"):
    add("GL-NIT-BK-" + s, "Guanti nitrile neri senza polvere taglia %s box 100 pz" % s, "BX", 7.90, 100)
for s in ("S", "M", "L"):
    add("GL-NIT-BL-" + s, "Guanti nitrile blu senza polvere taglia %s box 100 pz" % s, "BX", 6.90, 100)
for s in ("M", "L"):
    add("GL-LAT-" + s, "Guanti lattice senza polvere taglia %s box 100 pz" % s, "BX", 5.90, 100)
add("GL-VIN-M", "Guanti vinile trasparenti taglia M box 100 pz", "BX", 4.50, 100)

add("FO-12-100", "Rotolo alluminio argento 12 cm x 100 m 15 micron", "RL", 8.40)
add("FO-15-100", "Rotolo alluminio argento 15 cm x 100 m 15 micron", "RL", 9.90)
add("FO-12-250", "Rotolo alluminio argento 12 cm x 250 m 15 micron", "RL", 18.90)
add("FO-15-250", "Rotolo alluminio argento 15 cm x 250 m 15 micron", "RL", 22.40)
add("FO-12-100-EMB", "Rotolo alluminio goffrato argento 12 cm x 100 m", "RL", 9.60)
add("FO-SHEET-500", "Fogli alluminio pretagliati 12 x 27 cm conf. 500", "PK", 11.50, 500)

add("CP-CUT-BK", "Mantella taglio nera poliestere chiusura a bottoni", "EA", 9.80)
add("CP-CUT-GR", "Mantella taglio grigia poliestere chiusura a bottoni", "EA", 9.80)
add("CP-COL-BK", "Mantella colore nera impermeabile chiusura a velcro", "EA", 12.90)
add("CP-KID", "Mantella bambino stampa fantasia", "EA", 8.50)
add("CP-BARB-BK", "Mantella barbiere nera con collo in neoprene", "EA", 16.90)
add("CP-DISP-50", "Mantelline monouso polietilene conf. 50 pz", "PK", 6.20, 50)

for mm, p in (("25", 7.9), ("33", 8.5), ("43", 9.4), ("53", 10.2)):
    add("BR-RND-%s" % mm, "Spazzola tonda ceramica ionica %s mm" % mm, "EA", p)
add("BR-PAD", "Spazzola piatta paddle grande", "EA", 8.90)
add("BR-SKEL", "Spazzola scheletrata 9 file", "EA", 3.90)
add("BR-TINT-W", "Pennello colore setole larghe 5 cm", "EA", 1.80)
add("BR-TINT-N", "Pennello colore setole strette 3,5 cm", "EA", 1.60)
add("BR-BARB", "Spazzola barba setole di cinghiale", "EA", 11.50)

add("CB-CUT-7", "Pettine taglio carbonio 7\" (18 cm)", "EA", 2.40)
add("CB-CUT-9", "Pettine taglio carbonio 9\" (22 cm)", "EA", 2.90)
add("CB-TAIL", "Pettine a coda carbonio", "EA", 1.90)
add("CB-WIDE", "Pettine denti larghi districante", "EA", 2.20)
add("CB-BARB", "Pettine barbiere sfumatura carbonio", "EA", 2.60)
add("CB-TAIL-MET", "Pettine a coda con punta metallica", "EA", 2.50)

for code, col in (("BK", "nero"), ("WH", "bianco"), ("GR", "grigio antracite"), ("BD", "bordeaux")):
    add("TW-5090-" + code, "Asciugamano spugna 50 x 90 cm %s conf. 12 pz" % col, "PK", 34.80, 12)
for code, col in (("BK", "nero"), ("WH", "bianco")):
    add("TW-4080-" + code, "Asciugamano spugna 40 x 80 cm %s conf. 12 pz" % col, "PK", 27.60, 12)
add("TW-DISP-50", "Asciugamani monouso 40 x 80 cm conf. 50 pz", "PK", 9.90, 50)

POLISH = [("101", "Rosso Classico"), ("102", "Rosso Ciliegia"), ("105", "Bordeaux Notte"), ("110", "Corallo"),
          ("120", "Rosa Cipria"), ("121", "Rosa Antico"), ("130", "Fucsia"), ("201", "Nude Sabbia"),
          ("202", "Nude Caramello"), ("210", "Bianco Latte"), ("211", "Bianco French"), ("301", "Nero Lucido"),
          ("310", "Blu Navy"), ("320", "Verde Salvia"), ("401", "Top Coat Lucido"), ("402", "Base Coat Rinforzante")]
for code, name in POLISH:
    add("NP-%s" % code, "Smalto Lumina %s %s 12 ml" % (code, name), "EA", 4.30)

for code, name in (("NAT", "naturale"), ("AZU", "azulene"), ("TIT", "titanio rosa")):
    add("WX-CR-" + code, "Cera liposolubile rullo cartuccia 100 ml %s" % name, "EA", 1.95)
for code, name in (("NAT", "naturale"), ("AZU", "azulene"), ("TIT", "titanio rosa"), ("CHO", "cioccolato")):
    add("WX-TN-" + code, "Cera liposolubile barattolo 400 ml %s" % name, "EA", 5.90)
add("WX-TN800-AZU", "Cera liposolubile barattolo 800 ml azulene", "EA", 10.50)
add("WX-STRIP-100", "Strisce depilatorie TNT 7 x 20 cm conf. 100", "PK", 3.20, 100)
add("WX-HEAT-1", "Scaldacera singolo per cartucce", "EA", 14.90)

add("RZ-1B-100", "Rasoi monouso lama singola conf. 100 pz", "BX", 14.00, 100)
add("RZ-2B-100", "Rasoi monouso bilama conf. 100 pz", "BX", 18.50, 100)
add("RZ-DE-100", "Lamette doppio taglio conf. 100 pz", "BX", 9.90, 100)
add("RZ-SHAV", "Rasoio a mano libera lama intercambiabile", "EA", 12.00)

add("AC-BOWL", "Ciotola colore graduata nera", "EA", 1.50)
add("AC-SPRAY", "Spruzzino acqua 300 ml", "EA", 2.30)
add("AC-NECK-5", "Collarini carta monouso conf. 5 x 100", "PK", 6.80, 500)
add("AC-CLIP-12", "Pinze separa ciocche alligator conf. 12", "PK", 3.90, 12)
add("AC-CAP-100", "Cuffie monouso colpi di sole conf. 100", "PK", 5.50, 100)

SKUS = {c[0]: c for c in CAT}

CUSTOMERS = [
    ("C001", "Salone Bellezza Viva", "bellezzaviva.it", "Via Paolo Sarpi 41", "Milano", "20154", "IT"),
    ("C002", "Studio Capelli Ferraro", "studioferraro.it", "Corso Vinzaglio 12", "Torino", "10121", "IT"),
    ("C003", "Hotel Lago Splendido - Spa", "lagosplendido.com", "Via Valassina 8", "Bellagio", "22021", "IT"),
    ("C004", "Accademia Acconciatori Emilia", "accademia-acconciatori.it", "Via dell'Indipendenza 55", "Bologna", "40121", "IT"),
    ("C005", "Peluquería Rizos", "peluqueriarizos.es", "Calle de Fuencarral 88", "Madrid", "28004", "ES"),
    ("C006", "Barbería El Navajazo", "elnavajazo.es", "Calle Feria 23", "Sevilla", "41003", "ES"),
    ("C007", "Salão Estilo Lisboa", "estilolisboa.pt", "Rua Augusta 140", "Lisboa", "1100-053", "PT"),
    ("C008", "Coiffure Atelier Margaux", "ateliermargaux.fr", "12 rue Mercière", "Lyon", "69002", "FR"),
    ("C009", "Haarstudio Lichtblick", "lichtblick-haare.de", "Schellingstraße 31", "München", "80799", "DE"),
    ("C010", "Friseur Kamm & Schere", "kammundschere.at", "Neubaugasse 17", "Wien", "1070", "AT"),
    ("C011", "Salon Fryzjerski Aneta", "salonaneta.pl", "ul. Długa 14", "Kraków", "31-146", "PL"),
    ("C012", "Ioana Beauty Salon", "ioanabeauty.ro", "Strada Academiei 9", "București", "010013", "RO"),
    ("C013", "Kommotirio Armonia", "armonia-hair.gr", "Skoufa 22", "Athina", "10673", "GR"),
    ("C014", "The Cutting Room Ltd", "cuttingroom.co.uk", "48 Oldham Street", "Manchester", "M4 1LE", "GB"),
    ("C015", "Blackrock Hair Co.", "blackrockhair.ie", "3 Main Street", "Blackrock", "A94 X2Y1", "IE"),
    ("C016", "Aquae Termali Spa & Resort", "aquaetermali.it", "Viale delle Terme 102", "Abano Terme", "35031", "IT"),
    ("C017", "Glamour Group S.p.A.", "glamourgroup.it", "Via Tiburtina 1020", "Roma", "00156", "IT"),
    ("C018", "Escuela de Estética Alhambra", "escuelaalhambra.es", "Calle Recogidas 31", "Granada", "18005", "ES"),
    ("C019", "Barber Brothers GmbH", "barberbrothers.de", "Oranienstraße 180", "Berlin", "10999", "DE"),
    ("C020", "Nails & Wax Studio", "nailswaxstudio.it", "Borgo Giacomo Tommasini 20", "Parma", "43121", "IT"),
    ("C021", "Salon Coafură Lux", "coafuralux.ro", "Bulevardul Eroilor 11", "Cluj-Napoca", "400129", "RO"),
]

def write(folder):
    with open(os.path.join(folder, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, d, u, p, g, pk in CAT:
            w.writerow([sku, d, u, "%.2f" % p, g, pk])
    with open(os.path.join(folder, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_city", "ship_to_postal_code", "ship_to_country"])
        for row in CUSTOMERS:
            w.writerow(row)

if __name__ == "__main__":
    print(len(CAT))
