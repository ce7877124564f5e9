"""Shared data: catalog, customers, helpers for the blind ironmongery test set."""
import email.utils, datetime, hashlib
from email.message import EmailMessage

SELLER = "Ashdown Ironmongery Supply Ltd"
ORDERS = "orders@ashdown-ironmongery.co.uk"
SALES = "sales@ashdown-ironmongery.co.uk"

def gtin13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)

# sku, description, uom, price, gtin?, pack_size?
CATALOG = []
def C(sku, desc, uom, price, gtin=False, pack=None):
    CATALOG.append([sku, desc, uom, price, gtin, pack])

# --- lever handles on rose (sold per pair = one door set)
C("LR-ASTRA-SSS", "Lever on round rose ASTRA straight 19mm, 52mm rose, sprung, SSS", "PR", 14.80)
C("LR-ASTRA-PSS", "Lever on round rose ASTRA straight 19mm, 52mm rose, sprung, PSS", "PR", 15.60)
C("LR-ASTRA-PB", "Lever on round rose ASTRA straight 19mm, 52mm rose, sprung, PB lacquered", "PR", 16.90)
C("LR-ASTRA-BLK", "Lever on round rose ASTRA straight 19mm, 52mm rose, sprung, matt black", "PR", 17.40)
C("LR-ASTRA-SSS-316", "Lever on round rose ASTRA straight 19mm, grade 316 marine, SSS", "PR", 21.50)
C("LR-BEXLEY-SSS", "Lever on round rose BEXLEY mitred return-to-door safety lever, SSS", "PR", 18.20)
C("LR-BEXLEY-PSS", "Lever on round rose BEXLEY mitred return-to-door safety lever, PSS", "PR", 19.10)
C("LR-BEXLEY-BLK", "Lever on round rose BEXLEY mitred return-to-door safety lever, matt black", "PR", 20.50)
C("LR-CORVO-SSS", "Lever on round rose CORVO T-bar 19mm, SSS", "PR", 16.40)
C("LR-CORVO-BLK", "Lever on round rose CORVO T-bar 19mm, matt black", "PR", 18.90)
C("LR-PANDORA-PB", "Lever on round rose PANDORA scroll, PB", "PR", 22.00)
C("LR-PANDORA-AB", "Lever on round rose PANDORA scroll, antique brass", "PR", 23.50)
# --- lever on backplate
C("LB-ASTRA-EURO-SSS", "Lever on backplate ASTRA euro profile 47.5mm c/c, SSS", "PR", 19.80)
C("LB-ASTRA-EURO-BLK", "Lever on backplate ASTRA euro profile 47.5mm c/c, matt black", "PR", 22.30)
C("LB-ASTRA-LOCK-SSS", "Lever on backplate ASTRA lever lock (keyhole) 57mm c/c, SSS", "PR", 19.80)
C("LB-ASTRA-LATCH-SSS", "Lever on backplate ASTRA latch (no keyhole), SSS", "PR", 18.50)
C("LB-ASTRA-BATH-SSS", "Lever on backplate ASTRA bathroom 78mm c/c with turn, SSS", "PR", 20.40)
# --- mortice locks and latches
C("ML-SASH3-64-SSS", "Mortice sashlock 3 lever 64mm (2.5in) case 44mm backset, SSS forend", "EA", 11.20)
C("ML-SASH3-64-PB", "Mortice sashlock 3 lever 64mm (2.5in) case 44mm backset, PB forend", "EA", 11.20)
C("ML-SASH3-76-SSS", "Mortice sashlock 3 lever 76mm (3in) case 57mm backset, SSS forend", "EA", 11.60)
C("ML-SASH5-64-SSS", "Mortice sashlock 5 lever BS3621 64mm case, SSS forend", "EA", 37.90)
C("ML-SASH5-76-SSS", "Mortice sashlock 5 lever BS3621 76mm case, SSS forend", "EA", 38.50)
C("ML-DEAD3-64-SSS", "Mortice deadlock 3 lever 64mm case, SSS forend", "EA", 9.80)
C("ML-DEAD5-64-SSS", "Mortice deadlock 5 lever BS3621 64mm case, SSS forend", "EA", 32.90)
C("ML-DEAD5-76-SSS", "Mortice deadlock 5 lever BS3621 76mm case, SSS forend", "EA", 33.40)
C("ML-ESASH-44-SSS", "Euro profile sashlock 64mm case 44mm backset 47.5mm c/c, SSS forend", "EA", 13.40)
C("ML-ESASH-55-SSS", "Euro profile sashlock 76mm case 55mm backset 47.5mm c/c, SSS forend", "EA", 13.90)
C("ML-EDEAD-44-SSS", "Euro profile deadlock 64mm case 44mm backset, SSS forend", "EA", 11.90)
C("ML-BATH-64-SSS", "Bathroom mortice lock 64mm case 78mm c/c, SSS forend", "EA", 12.50)
C("ML-BATH-76-SSS", "Bathroom mortice lock 76mm case 78mm c/c, SSS forend", "EA", 12.90)
C("ML-TLATCH-64-SSS", "Tubular mortice latch 64mm (2.5in), SSS", "EA", 3.20)
C("ML-TLATCH-64-PB", "Tubular mortice latch 64mm (2.5in), PB", "EA", 3.20)
C("ML-TLATCH-76-SSS", "Tubular mortice latch 76mm (3in), SSS", "EA", 3.40)
C("ML-DIN-PZ55-L", "DIN mortice sashlock PZ euro profile 55mm backset 72mm c/c, 20mm forend, DIN left", "EA", 15.80)
C("ML-DIN-PZ55-R", "DIN mortice sashlock PZ euro profile 55mm backset 72mm c/c, 20mm forend, DIN right", "EA", 15.80)
C("ML-DIN-WC55-L", "DIN bathroom lock WC 55mm backset 78mm c/c, DIN left", "EA", 14.60)
C("ML-DIN-WC55-R", "DIN bathroom lock WC 55mm backset 78mm c/c, DIN right", "EA", 14.60)
# --- euro cylinders and keying
C("EC-DD-3030-SN", "Euro double cylinder 30/30 (60mm) 6-pin, satin nickel, 3 keys", "EA", 9.40, True)
C("EC-DD-3030-PB", "Euro double cylinder 30/30 (60mm) 6-pin, polished brass, 3 keys", "EA", 9.40, True)
C("EC-DD-3535-SN", "Euro double cylinder 35/35 (70mm) 6-pin, satin nickel, 3 keys", "EA", 9.90, True)
C("EC-DD-3535-PB", "Euro double cylinder 35/35 (70mm) 6-pin, polished brass, 3 keys", "EA", 9.90, True)
C("EC-DD-3040-SN", "Euro double cylinder 30/40 (70mm) 6-pin, satin nickel, 3 keys", "EA", 10.20, True)
C("EC-DD-3545-SN", "Euro double cylinder 35/45 (80mm) 6-pin, satin nickel, 3 keys", "EA", 10.90, True)
C("EC-DD-4040-SN", "Euro double cylinder 40/40 (80mm) 6-pin, satin nickel, 3 keys", "EA", 10.90, True)
C("EC-DD-4040-PB", "Euro double cylinder 40/40 (80mm) 6-pin, polished brass, 3 keys", "EA", 10.90, True)
C("EC-DD-4545-SN", "Euro double cylinder 45/45 (90mm) 6-pin, satin nickel, 3 keys", "EA", 11.80, True)
C("EC-DD-4050-SN", "Euro double cylinder 40/50 (90mm) 6-pin, satin nickel, 3 keys", "EA", 12.40, True)
C("EC-TT-3030-SN", "Euro thumbturn cylinder 30/30T key/turn, satin nickel", "EA", 13.60, True)
C("EC-TT-3535-SN", "Euro thumbturn cylinder 35/35T key/turn, satin nickel", "EA", 14.10, True)
C("EC-TT-3545-SN", "Euro thumbturn cylinder 35 key/45T turn, satin nickel", "EA", 15.40, True)
C("EC-TT-4040-SN", "Euro thumbturn cylinder 40/40T key/turn, satin nickel", "EA", 15.20, True)
C("EC-HALF-1030-SN", "Euro half (single) cylinder 10/30, satin nickel", "EA", 7.90, True)
C("EC-HALF-1040-SN", "Euro half (single) cylinder 10/40, satin nickel", "EA", 8.40, True)
C("EC-3S-3535-SN", "Euro double cylinder 35/35 anti-snap TS007 3-star, satin nickel", "EA", 39.50, True)
C("EC-3S-3545-SN", "Euro double cylinder 35/45 anti-snap TS007 3-star, satin nickel", "EA", 43.50, True)
C("EC-3S-4040-SN", "Euro double cylinder 40/40 anti-snap TS007 3-star, satin nickel", "EA", 42.00, True)
C("EC-DD-3030-SN-KA", "Euro double cylinder 30/30 SN keyed alike (to KA number)", "EA", 10.40)
C("EC-DD-3535-SN-KA", "Euro double cylinder 35/35 SN keyed alike (to KA number)", "EA", 10.90)
C("EC-DD-4040-SN-KA", "Euro double cylinder 40/40 SN keyed alike (to KA number)", "EA", 11.90)
C("EC-DD-3030-SN-MK", "Euro double cylinder 30/30 SN master keyed to suite", "EA", 14.40)
C("EC-DD-3535-SN-MK", "Euro double cylinder 35/35 SN master keyed to suite", "EA", 14.90)
C("EC-DD-3545-SN-MK", "Euro double cylinder 35/45 SN master keyed to suite", "EA", 15.90)
C("EC-DD-4040-SN-MK", "Euro double cylinder 40/40 SN master keyed to suite", "EA", 15.90)
C("EC-TT-3535-SN-MK", "Euro thumbturn cylinder 35/35T SN master keyed to suite", "EA", 18.90)
C("KEY-MASTER", "Master key cut to existing suite (per key)", "EA", 4.50)
C("KEY-CUT", "Additional key cut to code (per key)", "EA", 2.80)
C("SVC-MK-SETUP", "Master key suite set-up and key chart (new suite)", "EA", 25.00)
# --- hinges (pairs unless stated)
C("HG-10276-G13-SSS", "Ball bearing butt hinge 102x76x3mm grade 13 CE fire rated, square corners, SSS", "PR", 6.90)
C("HG-10276-G13-SSS-RAD", "Ball bearing butt hinge 102x76x3mm grade 13 CE fire rated, radius corners, SSS", "PR", 7.20)
C("HG-10276-G13-PSS", "Ball bearing butt hinge 102x76x3mm grade 13 CE fire rated, PSS", "PR", 7.60)
C("HG-10276-G13-PB", "Ball bearing butt hinge 102x76x3mm grade 13 CE fire rated, PB", "PR", 8.90)
C("HG-10276-G13-BLK", "Ball bearing butt hinge 102x76x3mm grade 13 CE fire rated, matt black", "PR", 8.40)
C("HG-10276-G13-SSS-10", "Ball bearing butt hinge 102x76x3mm grade 13 SSS, box of 10 pairs", "BX", 62.00, False, 10)
C("HG-10276-G11-SSS", "Ball bearing butt hinge 102x76x2.5mm grade 11 (not fire rated), SSS", "PR", 4.90)
C("HG-7651-SSS", "Butt hinge 76x51mm (3x2in), SSS", "PR", 2.60)
C("HG-7651-PB", "Butt hinge 76x51mm (3x2in), PB", "PR", 3.10)
C("HG-7651-BLK", "Butt hinge 76x51mm (3x2in), matt black", "PR", 3.00)
C("HG-RB-76-LH-PB", "Rising butt hinge 76mm (3in), PB, left hand", "PR", 5.80)
C("HG-RB-76-RH-PB", "Rising butt hinge 76mm (3in), PB, right hand", "PR", 5.80)
C("HG-RB-100-LH-SSS", "Rising butt hinge 100mm (4in), SSS, left hand", "PR", 7.40)
C("HG-RB-100-RH-SSS", "Rising butt hinge 100mm (4in), SSS, right hand", "PR", 7.40)
# --- door closers
C("DC-EN24-SIL", "Overhead door closer EN2-4 adjustable rack & pinion, standard arm, silver", "EA", 32.50)
C("DC-EN24-BLK", "Overhead door closer EN2-4 adjustable rack & pinion, standard arm, black", "EA", 36.00)
C("DC-EN3-SIL", "Overhead door closer fixed power EN3, standard arm, silver", "EA", 24.90)
C("DC-EN14-SIL", "Overhead door closer EN1-4 adjustable, standard arm, silver", "EA", 34.00)
C("DC-EN25-BC-SIL", "Overhead door closer EN2-5 adjustable with backcheck, silver", "EA", 49.50)
C("DC-EN25-BC-BLK", "Overhead door closer EN2-5 adjustable with backcheck, black", "EA", 54.00)
C("DC-CAM-EN14-SIL", "Cam action door closer EN1-4 with slide rail, silver", "EA", 78.00)
C("DC-CAM-EN14-BLK", "Cam action door closer EN1-4 with slide rail, black", "EA", 84.00)
C("DC-CONC-EN3", "Concealed jamb chain spring closer EN3, SSS plates", "EA", 18.50)
C("DC-PAB-SIL", "Parallel arm bracket for overhead closer, silver", "EA", 6.20)
C("DC-PAB-BLK", "Parallel arm bracket for overhead closer, black", "EA", 6.80)
C("DC-HO-ARM", "Hold-open arm for EN2-4 overhead closer, silver", "EA", 9.50)
C("DC-FS-EN14", "Floor spring EN1-4 with SSS cover plate", "EA", 165.00)
# --- pull handles, push plates, kick plates
C("PH-19-300-SSS", "Pull handle 19mm dia 300mm c/c bolt-through, SSS", "EA", 8.90)
C("PH-19-300-SSS-FF", "Pull handle 19mm dia 300mm c/c face fix, SSS", "EA", 9.20)
C("PH-19-300-PSS", "Pull handle 19mm dia 300mm c/c bolt-through, PSS", "EA", 9.60)
C("PH-19-300-BLK", "Pull handle 19mm dia 300mm c/c bolt-through, matt black", "EA", 10.80)
C("PH-19-425-SSS", "Pull handle 19mm dia 425mm c/c bolt-through, SSS", "EA", 11.20)
C("PH-25-425-SSS", "Pull handle 25mm dia 425mm c/c bolt-through, SSS", "EA", 14.50)
C("PH-25-600-SSS", "Pull handle 25mm dia 600mm c/c bolt-through, SSS", "EA", 18.90)
C("PH-25-600-BLK", "Pull handle 25mm dia 600mm c/c bolt-through, matt black", "EA", 22.40)
C("PH-32-1000-SSS", "Pull handle 32mm dia 1000mm c/c bolt-through, SSS", "EA", 42.00)
C("PH-B2B-25-600-SSS", "Back-to-back pull handle pair 25mm dia 600mm c/c, SSS", "PR", 36.50)
C("PH-B2B-25-600-BLK", "Back-to-back pull handle pair 25mm dia 600mm c/c, matt black", "PR", 41.00)
C("PP-300-SSS", "Push plate 300x75mm radius corners pre-drilled, SSS", "EA", 4.80)
C("PP-300-PSS", "Push plate 300x75mm radius corners pre-drilled, PSS", "EA", 5.20)
C("PP-300-PB", "Push plate 300x75mm pre-drilled, PB", "EA", 6.90)
C("PP-300-BLK", "Push plate 300x75mm pre-drilled, matt black", "EA", 6.40)
C("PP-350-SSS", "Push plate 350x75mm radius corners pre-drilled, SSS", "EA", 5.40)
C("KP-762150-SSS", "Kick plate 762x150x1.2mm pre-drilled, SSS", "EA", 12.80)
C("KP-838150-SSS", "Kick plate 838x150x1.2mm pre-drilled, SSS", "EA", 13.50)
C("KP-838150-SSS-SA", "Kick plate 838x150x1.2mm self adhesive (undrilled), SSS", "EA", 13.90)
C("KP-838150-PSS", "Kick plate 838x150x1.2mm pre-drilled, PSS", "EA", 15.20)
C("KP-838150-PB", "Kick plate 838x150mm pre-drilled, PB", "EA", 24.00)
C("KP-838150-BLK", "Kick plate 838x150mm pre-drilled, matt black", "EA", 18.60)
C("KP-900200-SSS", "Kick plate 900x200x1.2mm pre-drilled, SSS", "EA", 17.90)
C("KP-1000200-SSS", "Kick plate 1000x200x1.2mm pre-drilled, SSS", "EA", 19.40)
# --- escutcheons, turns
C("ESC-EURO-SSS", "Euro profile escutcheon on 52mm round rose, SSS", "EA", 2.10)
C("ESC-EURO-PSS", "Euro profile escutcheon on 52mm round rose, PSS", "EA", 2.40)
C("ESC-EURO-PB", "Euro profile escutcheon on 52mm round rose, PB", "EA", 2.90)
C("ESC-EURO-BLK", "Euro profile escutcheon on 52mm round rose, matt black", "EA", 2.80)
C("ESC-KEY-SSS", "Standard keyhole escutcheon (lever lock profile), SSS", "EA", 1.90)
C("ESC-KEY-PB", "Standard keyhole escutcheon (lever lock profile), PB", "EA", 2.40)
C("ESC-TR-SSS", "Bathroom turn and release on round rose, SSS", "EA", 6.40)
C("ESC-TR-PB", "Bathroom turn and release on round rose, PB", "EA", 7.40)
C("ESC-TR-BLK", "Bathroom turn and release on round rose, matt black", "EA", 7.80)
# --- stops, bolts, signs
C("DS-FLR-SSS", "Floor mounted door stop half-moon, SSS", "EA", 3.40)
C("DS-FLR-BLK", "Floor mounted door stop half-moon, matt black", "EA", 4.20)
C("DS-WALL-SSS", "Wall mounted door stop 70mm projection with buffer, SSS", "EA", 3.10)
C("DS-WALL-BLK", "Wall mounted door stop 70mm projection with buffer, matt black", "EA", 3.90)
C("FB-150-SSS", "Lever action flush bolt 150mm, SSS", "EA", 6.80)
C("FB-200-SSS", "Lever action flush bolt 200mm, SSS", "EA", 7.40)
C("FB-200-PB", "Lever action flush bolt 200mm, PB", "EA", 8.60)
C("BB-100-SSS", "Barrel bolt 100mm, SSS", "EA", 4.10)
C("SG-FDKS-SSS", "Sign FIRE DOOR KEEP SHUT 75mm dia self adhesive, SSS", "EA", 2.20)
C("SG-FDKL-SSS", "Sign FIRE DOOR KEEP LOCKED 75mm dia self adhesive, SSS", "EA", 2.20)
C("SG-PUSH-SSS", "Sign PUSH 75mm dia self adhesive, SSS", "EA", 1.90)
C("SG-PULL-SSS", "Sign PULL 75mm dia self adhesive, SSS", "EA", 1.90)
# --- padlocks
C("PL-BR-30", "Brass padlock 30mm, 2 keys", "EA", 4.60, True)
C("PL-BR-40", "Brass padlock 40mm, 3 keys", "EA", 6.20, True)
C("PL-BR-40-LS", "Brass padlock 40mm long shackle 63mm, 3 keys", "EA", 7.80, True)
C("PL-BR-50", "Brass padlock 50mm, 3 keys", "EA", 8.90, True)
C("PL-BR-60", "Brass padlock 60mm, 3 keys", "EA", 12.40, True)
C("PL-BR-40-KA4", "Brass padlock 40mm keyed alike, pack of 4", "PK", 26.50, True, 4)
C("PL-BR-50-KA4", "Brass padlock 50mm keyed alike, pack of 4", "PK", 36.00, True, 4)
C("PL-LAM-45", "Laminated steel padlock 45mm, 3 keys", "EA", 9.80, True)
C("PL-CS-60", "Closed shackle padlock 60mm hardened, CEN4", "EA", 24.50, True)
C("PL-COMB-40", "Combination padlock 40mm 4-dial", "EA", 7.90, True)
# --- fire, panic, misc
C("INT-HINGE-10276", "Intumescent hinge pad 102x76mm 1mm, pack of 10", "PK", 6.50, False, 10)
C("INT-LOCK-SASH", "Intumescent lock kit for 64/76mm sashlock/deadlock, 1mm", "EA", 2.40)
C("INT-LOCK-TL", "Intumescent kit for tubular latch", "EA", 1.20)
C("PB-1PT-SIL", "Single point panic bar EN1125, 900-1200mm door, silver", "EA", 68.00)
C("PB-OAD-EURO", "Outside access device lever with euro cylinder adaptor, SSS", "EA", 42.00)
C("LP-254-PB", "Letter plate 254x76mm, PB", "EA", 14.90)
C("LP-254-SSS", "Letter plate 254x76mm, SSS", "EA", 13.90)
C("DV-200-SSS", "Door viewer 200 degree for 35-55mm doors, SSS", "EA", 5.60)
C("SCR-4X30-A2", "Wood screw 4x30 csk pozi stainless A2, box of 200", "BX", 7.80, False, 200)
C("SCR-45X40-A2", "Wood screw 4.5x40 csk pozi stainless A2, box of 200", "BX", 9.20, False, 200)

SKUS = {r[0] for r in CATALOG}
PRICE = {r[0]: r[3] for r in CATALOG}
UOM = {r[0]: r[2] for r in CATALOG}

def catalog_rows():
    rows = []
    n = 4100
    for sku, desc, uom, price, gt, pack in CATALOG:
        g = ""
        if gt:
            n += 7
            g = gtin13("5061234%05d" % n)
        rows.append([sku, desc, uom, "%.2f" % price, g, "" if pack is None else str(pack)])
    return rows

# customer_id, name, domains, ship_name, street, city, postal, country
CUSTOMERS = [
 ["C1001", "Brackenridge Joinery Ltd", "brackenridgejoinery.co.uk", "Brackenridge Joinery Ltd", "Unit 4 Kirkstall Vale Trading Estate", "Leeds", "LS5 3QT", "GB"],
 ["C1002", "Hallam & Pryce Locksmiths", "hallampryce.co.uk", "Hallam & Pryce Locksmiths", "112 Abbeydale Rise", "Sheffield", "S7 2LP", "GB"],
 ["C1003", "Northgate Facilities Management Ltd", "northgatefm.co.uk;northgate-fm.com", "Northgate FM Stores", "Units 9-10 Trafford Edge Park", "Manchester", "M17 1WQ", "GB"],
 ["C1004", "Oakvale Shopfitting Ltd", "oakvaleshopfit.co.uk", "Oakvale Shopfitting Ltd", "Oakvale House, Feeder Quay", "Bristol", "BS2 0TN", "GB"],
 ["C1005", "Tamworth Door Systems Ltd", "tamworthdoors.co.uk", "Tamworth Door Systems Ltd", "18 Kettlebrook Works", "Tamworth", "B77 1AL", "GB"],
 ["C1006", "Liffey Locks & Safes Ltd", "liffeylocks.ie", "Liffey Locks & Safes Ltd", "Unit 7 Bluebell Enterprise Park", "Dublin 12", "D12 XK40", "IE"],
 ["C1007", "Corrib Joinery Ltd", "corribjoinery.ie", "Corrib Joinery Ltd", "Ballybrit Business Park", "Galway", "H91 T2C4", "IE"],
 ["C1008", "Schreinerei Albrecht Vogt GmbH", "vogt-schreinerei.de", "Schreinerei Vogt", "Gewerbestraße 14", "Freiburg im Breisgau", "79108", "DE"],
 ["C1009", "Schlüsseldienst Kranich KG", "kranich-schluessel.de", "Schlüsseldienst Kranich", "Podbielskistraße 221", "Hannover", "30177", "DE"],
 ["C1010", "Objektbau Lindner GmbH", "lindner-objektbau.de", "Objektbau Lindner GmbH Lager", "Zschortauer Straße 40", "Leipzig", "04129", "DE"],
 ["C1011", "Tischlerei Moosbrugger GmbH", "moosbrugger-tischlerei.at", "Tischlerei Moosbrugger", "Färbergasse 7", "Dornbirn", "6850", "AT"],
 ["C1012", "Beschläge Hofer OG", "hofer-beschlaege.at", "Beschläge Hofer OG", "Puchstraße 58", "Graz", "8020", "AT"],
 ["C1013", "Schreinerei Zbinden AG", "zbinden-schreinerei.ch", "Schreinerei Zbinden AG", "Allmendstrasse 31", "Thun", "3600", "CH"],
 ["C1014", "Serrature Ferraresi Srl", "ferraresi-serrature.it", "Serrature Ferraresi Srl", "Via del Lavoro 22", "Bologna", "40127", "IT"],
 ["C1015", "Allestimenti Brambilla Srl", "brambilla-allestimenti.it", "Allestimenti Brambilla Srl", "Viale delle Industrie 9", "Monza", "20900", "IT"],
 ["C1016", "Snickeri Lindqvist AB", "lindqvistsnickeri.se", "Snickeri Lindqvist AB", "Tunbytorpsgatan 12", "Västerås", "721 37", "SE"],
 ["C1017", "Låsteknik Norrby AB", "norrbylas.se", "Låsteknik Norrby AB", "Kungsängsvägen 27", "Uppsala", "753 23", "SE"],
 ["C1018", "Truhlářství Dvořák s.r.o.", "truhlarstvi-dvorak.cz", "Truhlářství Dvořák", "Vídeňská 88", "Brno", "639 00", "CZ"],
 ["C1019", "Zámečnictví Holub s.r.o.", "holub-zamky.cz", "Zámečnictví Holub", "Lipenská 15", "Olomouc", "779 00", "CZ"],
 ["C1020", "Kingsmead Property Services Ltd", "kingsmeadps.co.uk", "Kingsmead PS Depot", "3 Rotherhithe Arches, Neptune Street", "London", "SE16 7JP", "GB"],
 ["C1021", "Ardmore Facilities Ltd", "ardmorefacilities.ie", "Ardmore Facilities Ltd", "Block C, Westpoint Business Campus", "Cork", "T12 E4HX", "IE"],
]
CUSTNAME = {c[0]: c[1] for c in CUSTOMERS}

# ---------- label helpers
def S(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region,
            "postal_code": postal, "country": country}

def L(sku, qty, uom, desc, part=None, price=None):
    assert sku is None or sku in SKUS, sku
    return {"sku": sku, "customer_part": part, "description": desc,
            "quantity": qty, "uom": uom, "unit_price": price}

def PO(customer, po, odate, rdate, cur, ship, lines):
    return {"kind": "purchase_order", "customer": customer, "po_number": po,
            "order_date": odate, "requested_date": rdate, "currency": cur,
            "ship_to": ship, "lines": lines}

def NOT(customer=None):
    d = {"kind": "not_an_order", "lines": []}
    return d

# ---------- email helper
DOCS = []   # (filename, bytes, label)

def eml(name, frm, subject, date, body, label, to=ORDERS, cc=None, attachments=(),
        reply_to=None, in_reply_to=None, extra=None, html=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    y, mo, d, h, mi = date
    dt = datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=0 if any(t in frm for t in ('.co.uk', '.ie>', '.com>')) else 1)))
    m["Date"] = email.utils.format_datetime(dt)
    dom = frm.split("@")[-1].strip(">")
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5(name.encode()).hexdigest()[:20], dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if reply_to: m["Reply-To"] = reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for att in attachments:
        fname, data, maintype, subtype = att[:4]
        params = att[4] if len(att) > 4 else {}
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, params=params)
    DOCS.append((name + ".eml", bytes(m), label))
