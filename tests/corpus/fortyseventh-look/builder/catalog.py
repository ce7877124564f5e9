"""Catalog and customers of Fadenwerk Textilgrosshandel GmbH (invented)."""

COL = {
    "001": "white", "002": "offwhite", "098": "anthracite", "099": "black", "101": "natural",
    "210": "sky blue", "315": "red", "412": "navy", "450": "indigo", "520": "bottle green",
    "640": "mustard", "760": "sage", "830": "terracotta", "905": "grey mel.",
}


def gtin13(body12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


ROWS = []  # sku, description, uom, price, gtin, pack


def add(sku, desc, uom, price, pack="", gtin=True):
    g = ""
    if gtin:
        g = gtin13("42601234" + "%04d" % (len(ROWS) + 1))
    ROWS.append((sku, desc, uom, price, g, pack))


# ---- fabrics by the metre / roll
for c, p in [("001", 6.90), ("002", 6.90), ("099", 6.90), ("412", 6.90), ("315", 7.20), ("520", 7.20),
             ("210", 7.20), ("640", 7.20)]:
    add(f"POP145-{c}", f"Cotton poplin 100% CO 110g/m2 145cm col.{c} {COL[c]}", "M", p)
for c in ["001", "099", "412"]:
    add(f"POP145-{c}-R50", f"Cotton poplin 100% CO 145cm col.{c} {COL[c]} - roll 50m", "RL", 295.00, "50")
for c in ["101", "001", "760", "412", "830"]:
    add(f"LIN140-{c}", f"Linen 100% LI washed 185g/m2 140cm col.{c} {COL[c]}", "M", 14.50)
add("LIN140-101-R30", "Linen 100% LI washed 140cm col.101 natural - roll 30m", "RL", 375.00, "30")
for c in ["101", "001"]:
    add(f"HLN150-{c}", f"Half-linen 55% LI/45% CO 150cm col.{c} {COL[c]}", "M", 9.80)
for c in ["001", "099", "412", "315", "905"]:
    add(f"JER150-{c}", f"Cotton jersey 95% CO/5% EL 200g/m2 150cm col.{c} {COL[c]}", "M", 8.40)
add("JERV150-099", "Viscose jersey 95% CV/5% EL 150cm col.099 black", "M", 9.20)
add("DEN12-150-450", "Denim 12oz rigid 100% CO 150cm col.450 indigo", "M", 11.90)
add("DEN12-150-450-R50", "Denim 12oz rigid 150cm col.450 indigo - roll 50m", "RL", 545.00, "50")
add("DEN8S-145-450", "Stretch denim 8oz 98% CO/2% EL 145cm col.450 indigo", "M", 10.60)
add("DEN8S-145-099", "Stretch denim 8oz 98% CO/2% EL 145cm col.099 black", "M", 10.60)
for c in ["099", "412", "315", "905", "520"]:
    add(f"FLC150-{c}", f"Polar fleece anti-pill 280g/m2 150cm col.{c} {COL[c]}", "M", 7.50)
add("WFE3-90-905", "Wool felt 3mm 90cm col.905 grey mel.", "M", 24.00)
add("WFE3-90-098", "Wool felt 3mm 90cm col.098 anthracite", "M", 24.00)
for c in ["001", "099", "315", "520", "640"]:
    add(f"PFE1-180-{c}", f"Craft felt polyester 1mm 180cm col.{c} {COL[c]}", "M", 4.20)
add("PFE3-180-099", "Craft felt polyester 3mm 180cm col.099 black", "M", 8.90)
add("PFS1-2030-MIX", "Felt sheets 1mm 20x30cm assorted colours - pack 10", "PK", 3.50, "10")
add("PFS1-3045-MIX", "Felt sheets 1mm 30x45cm assorted colours - pack 10", "PK", 6.80, "10")
add("INT-WF90-001", "Interlining fusible woven 90cm col.001 white", "M", 3.90)
add("INT-WF90-099", "Interlining fusible woven 90cm col.099 black", "M", 3.90)
add("INT-NWL90-001", "Interlining fusible non-woven light 90cm col.001 white", "M", 2.40)
add("INT-NWL90-099", "Interlining fusible non-woven light 90cm col.099 black", "M", 2.40)
add("INT-NWM90-001", "Interlining fusible non-woven medium 90cm col.001 white", "M", 2.80)
add("INT-NWL90-001-R100", "Interlining fusible non-woven light 90cm white - roll 100m", "RL", 198.00, "100")
add("INT-HHC150-101", "Sew-in hair canvas 150cm col.101 natural", "M", 12.40)
for c in ["101", "905", "099"]:
    add(f"CAN150-{c}", f"Cotton canvas 280g/m2 150cm col.{c} {COL[c]}", "M", 9.50)
add("WAD150-001", "Polyester wadding 150g/m2 150cm white", "M", 3.60)
add("CAL160-101", "Calico/muslin unbleached 160cm col.101 natural", "M", 3.20)
add("CAL160-101-R100", "Calico/muslin unbleached 160cm natural - roll 100m", "RL", 289.00, "100")
for c in ["099", "412", "001"]:
    add(f"LNV140-{c}", f"Lining viscose twill 140cm col.{c} {COL[c]}", "M", 5.40)

# ---- zips
for c in ["001", "099", "412", "315"]:
    add(f"ZS5-20-{c}", f"Spiral zip 5mm non-separating 20cm col.{c} {COL[c]}", "EA", 0.85)
for c in ["099", "412"]:
    add(f"ZS5-18-{c}", f"Spiral zip 5mm non-separating 18cm col.{c} {COL[c]}", "EA", 0.80)
add("ZS5-25-099", "Spiral zip 5mm non-separating 25cm col.099 black", "EA", 0.95)
for c in ["001", "099", "412"]:
    add(f"ZI3-22-{c}", f"Invisible zip 3mm 22cm col.{c} {COL[c]}", "EA", 0.95)
add("ZI3-60-099", "Invisible zip 3mm 60cm col.099 black", "EA", 1.60)
add("ZSD5-60-099", "Spiral zip 5mm separating 60cm col.099 black", "EA", 2.40)
add("ZSD5-60-412", "Spiral zip 5mm separating 60cm col.412 navy", "EA", 2.40)
add("ZSD5-70-099", "Spiral zip 5mm separating 70cm col.099 black", "EA", 2.60)
add("ZM4-18-450", "Metal zip 4mm brass jeans 18cm col.450 indigo tape", "EA", 1.35)
add("ZM4-12-450", "Metal zip 4mm brass jeans 12cm col.450 indigo tape", "EA", 1.20)
add("ZC5-099", "Continuous spiral zip 5mm by the metre col.099 black (sliders sep.)", "M", 1.10)
add("ZC5-SL-099", "Sliders for continuous zip 5mm col.099 black - pack 10", "PK", 2.50, "10")

# ---- buttons (ligne sizes)
for c in ["001", "099", "412"]:
    add(f"BT4-18L-{c}", f"Button 4-hole polyester 18L/11.5mm col.{c} {COL[c]} - pack 100", "PK", 4.90, "100")
for c in ["001", "002", "099", "412"]:
    add(f"BT4-24L-{c}", f"Button 4-hole polyester 24L/15mm col.{c} {COL[c]} - pack 50", "PK", 4.40, "50")
for c in ["099", "905"]:
    add(f"BT4-32L-{c}", f"Button 4-hole polyester 32L/20mm col.{c} {COL[c]} - pack 25", "PK", 4.10, "25")
add("BT2-16L-001", "Shirt button 2-hole 16L/10mm col.001 white - pack 100", "PK", 3.80, "100")
add("BTP-18L-001", "Shirt button pearl-look 4-hole 18L/11.5mm col.001 white - pack 100", "PK", 5.60, "100")
add("BTS-24L-SIL", "Shank button metal 24L/15mm silver - pack 25", "PK", 7.20, "25")
add("BTS-24L-GLD", "Shank button metal 24L/15mm gold - pack 25", "PK", 7.20, "25")
add("BTJ-17-BRS", "Jeans tack button 17mm brass - pack 50", "PK", 9.50, "50")
add("BTJ-17-SIL", "Jeans tack button 17mm silver - pack 50", "PK", 9.50, "50")
add("BTC-40L-098", "Coat button horn-look 40L/25mm col.098 anthracite - pack 10", "PK", 6.30, "10")
add("PSN-12-SIL", "Press studs sew-on 12mm silver - pack 50", "PK", 5.90, "50")
add("PSN-12-099", "Press studs sew-on 12mm black - pack 50", "PK", 5.90, "50")
add("HKE-MIX-SIL", "Hooks and eyes size 1-3 silver - pack 36", "PK", 2.20, "36")

# ---- threads
for c in ["001", "099", "412", "315", "520", "905", "640"]:
    add(f"THP120-100-{c}", f"Sewing thread polyester Nm120 100m spool col.{c} {COL[c]}", "EA", 0.95)
for c in ["001", "099", "412", "905"]:
    add(f"THP120-1000-{c}", f"Sewing thread polyester Nm120 1000m cone col.{c} {COL[c]}", "EA", 4.20)
add("THO-5000-001", "Overlock thread polyester 5000m cone col.001 white", "EA", 3.90)
add("THO-5000-099", "Overlock thread polyester 5000m cone col.099 black", "EA", 3.90)
add("THJ30-50-640", "Jeans topstitch thread Nm30 50m spool col.640 mustard/jeans gold", "EA", 1.40)

# ---- elastic
add("ELW10-001", "Woven elastic 10mm col.001 white", "M", 0.45)
add("ELW10-099", "Woven elastic 10mm col.099 black", "M", 0.45)
add("ELW20-001", "Woven elastic 20mm col.001 white", "M", 0.75)
add("ELW20-099", "Woven elastic 20mm col.099 black", "M", 0.75)
add("ELW30-099", "Woven elastic 30mm col.099 black", "M", 1.05)
add("ELW10-001-R25", "Woven elastic 10mm white - roll 25m", "RL", 9.50, "25")
add("ELW20-099-R25", "Woven elastic 20mm black - roll 25m", "RL", 15.90, "25")

# ---- ribbons, tapes, hook & loop
for c in ["001", "099", "315", "412"]:
    add(f"RSA10-{c}", f"Satin ribbon double-face 10mm col.{c} {COL[c]} - roll 25m", "RL", 4.80, "25")
for c in ["001", "315"]:
    add(f"RSA25-{c}", f"Satin ribbon double-face 25mm col.{c} {COL[c]} - roll 25m", "RL", 8.90, "25")
for c in ["099", "412"]:
    add(f"RGG16-{c}", f"Grosgrain ribbon 16mm col.{c} {COL[c]} - roll 25m", "RL", 6.40, "25")
add("RVE10-099", "Velvet ribbon 10mm col.099 black - roll 10m", "RL", 7.90, "10")
for c in ["001", "099", "412"]:
    add(f"BIA20-{c}", f"Bias binding cotton 20mm col.{c} {COL[c]} - roll 25m", "RL", 7.50, "25")
add("TWT20-101-R50", "Cotton twill tape 20mm col.101 natural - roll 50m", "RL", 11.00, "50")
add("HLV20-001", "Hook & loop tape sew-on 20mm white (both parts)", "M", 1.30)
add("HLV20-099", "Hook & loop tape sew-on 20mm black (both parts)", "M", 1.30)
add("HLV20-099-R25", "Hook & loop tape sew-on 20mm black - roll 25m", "RL", 27.50, "25")

# ---- needles & notions
add("NDH-ASS-20", "Hand sewing needles assorted sizes - pack 20", "PK", 1.60, "20")
add("NDM-UNI-80", "Machine needles universal 130/705H Nm80/12 - pack 5", "PK", 2.90, "5")
add("NDM-UNI-90", "Machine needles universal 130/705H Nm90/14 - pack 5", "PK", 2.90, "5")
add("NDM-UNI-100", "Machine needles universal 130/705H Nm100/16 - pack 5", "PK", 2.90, "5")
add("NDM-JER-80", "Machine needles jersey/ballpoint 130/705H SUK Nm80/12 - pack 5", "PK", 3.20, "5")
add("NDM-JNS-100", "Machine needles jeans 130/705H-J Nm100/16 - pack 5", "PK", 3.20, "5")
add("NDU-CUR-6", "Upholstery needles curved assorted - set 6", "PK", 3.40, "6")
add("PIN-30-50G", "Dressmaker pins steel 30mm - box 50g", "BX", 2.70)
add("SFP-38-100", "Safety pins 38mm nickel - pack 100", "PK", 3.10, "100")
add("CHK-WHT-10", "Tailor's chalk white - pack 10", "PK", 3.90, "10")
add("CHK-ASS-10", "Tailor's chalk assorted colours - pack 10", "PK", 3.90, "10")
add("TMS-150", "Tape measure 150cm cm/inch", "EA", 1.20)
add("SCI-25", "Fabric scissors steel 25cm", "EA", 14.90)

CUSTOMERS = [
    # id, name, domains, ship_to_name, street, postal, city, country
    ("K1001", "Schneiderei Brandl", "brandl-schneiderei.at", "Schneiderei Brandl", "Kandlgasse 14", "1070", "Wien", "AT"),
    ("K1002", "Atelier Lefèvre Couture", "atelier-lefevre.fr", "Atelier Lefèvre Couture", "12 rue des Tanneurs", "69004", "Lyon", "FR"),
    ("K1003", "Sartoria Bellandi", "sartoriabellandi.it", "Sartoria Bellandi", "Via dei Cimatori 7", "50122", "Firenze", "IT"),
    ("K1004", "Tapicería Ortega Hermanos S.L.", "tapiceria-ortega.es", "Tapicería Ortega Hermanos", "Calle de la Seda 23", "46001", "Valencia", "ES"),
    ("K1005", "Landestheater Oberwalden – Kostümabteilung", "landestheater-oberwalden.de", "Landestheater Oberwalden Kostümwerkstatt", "Bühnenweg 2", "34117", "Kassel", "DE"),
    ("K1006", "Nadel & Faden Hobbyladen", "nadelundfaden-bamberg.de", "Nadel & Faden", "Obere Brückengasse 9", "96047", "Bamberg", "DE"),
    ("K1007", "Pracownia Krawiecka Nowak-Zielińska", "krawiectwo-nz.pl", "Pracownia Krawiecka Nowak-Zielińska", "ul. Półwiejska 31", "61-888", "Poznań", "PL"),
    ("K1008", "Čalounictví Horák s.r.o.", "calounictvi-horak.cz", "Čalounictví Horák", "Křenová 58", "602 00", "Brno", "CZ"),
    ("K1009", "Stoffenhuis De Vlinder", "stoffenhuis-devlinder.nl", "Stoffenhuis De Vlinder", "Lange Nieuwstraat 44", "3512 PK", "Utrecht", "NL"),
    ("K1010", "Thimble & Thread Crafts Ltd", "thimbleandthread.co.uk", "Thimble & Thread Crafts", "Unit 4, Kirkgate Mills", "LS2 7DJ", "Leeds", "GB"),
    ("K1011", "Gesamtschule am Lindenpark", "gs-lindenpark.de", "Gesamtschule am Lindenpark, Textilraum", "Lindenallee 40", "45127", "Essen", "DE"),
    ("K1012", "Oficina de Costura Almeida", "costura-almeida.pt", "Oficina de Costura Almeida", "Rua do Bonjardim 210", "4000-115", "Porto", "PT"),
    ("K1013", "Castlebrook Playhouse", "castlebrookplayhouse.org.uk", "Castlebrook Playhouse Wardrobe", "3 Mill Lane", "YO1 9QZ", "York", "GB"),
    ("K1014", "Polsterei Kaminski GmbH", "polsterei-kaminski.de", "Polsterei Kaminski", "Gelsenkirchener Str. 118", "45141", "Essen", "DE"),
    ("K1015", "Mercerie du Vieux Port", "mercerie-vieuxport.fr", "Mercerie du Vieux Port", "5 quai de Rive Neuve", "13007", "Marseille", "FR"),
    ("K1016", "Merceria Il Ditale", "ilditale.it", "Merceria Il Ditale", "Via Garibaldi 61", "10122", "Torino", "IT"),
    ("K1017", "Hofstetter Trachtenmode", "hofstetter-tracht.at", "Hofstetter Trachtenmode", "Linzer Gasse 22", "5020", "Salzburg", "AT"),
    ("K1018", "Teatr Nowa Scena", "nowascena.pl", "Teatr Nowa Scena – pracownia krawiecka", "ul. Dietla 77", "31-070", "Kraków", "PL"),
    ("K1019", "Escuela de Moda Aguamarina", "escuelaaguamarina.es", "Escuela de Moda Aguamarina", "Calle del Almendro 4", "28005", "Madrid", "ES"),
    ("K1020", "Kreativwerkstatt Sommerfeld", "kreativ-sommerfeld.de", "Kreativwerkstatt Sommerfeld", "Karl-Heine-Str. 65", "04229", "Leipzig", "DE"),
    ("K1021", "Naaiatelier Brouwer", "naaiatelier-brouwer.nl", "Naaiatelier Brouwer", "Kleine Houtstraat 19", "2011 DD", "Haarlem", "NL"),
]
