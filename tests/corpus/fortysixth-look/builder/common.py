"""Shared data for the Keelhaven Seafood & Produce blind test set (all invented)."""
import csv, json, os, datetime

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SELLER = "Keelhaven Seafood & Produce B.V."
SELLER_DOMAIN = "keelhaven-fresh.eu"
ORDERS = "orders@keelhaven-fresh.eu"


def gtin13(base12):
    digits = [int(c) for c in base12]
    s = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return base12 + str((10 - s % 10) % 10)


# sku, description, uom, unit_price, pack_size
CATALOG_ROWS = [
    # --- salmon
    ("SAL-F12-SK", "Salmon fillet 1-2 kg skin-on trim D NO", "KG", 14.90, ""),
    ("SAL-F12-SL", "Salmon fillet 1-2 kg skinless trim E NO", "KG", 16.40, ""),
    ("SAL-F23-SK", "Salmon fillet 2-3 kg skin-on trim D NO", "KG", 14.50, ""),
    ("SAL-W45", "Salmon whole gutted 4-5 kg superior NO", "KG", 9.80, ""),
    ("SAL-W56", "Salmon whole gutted 5-6 kg superior NO", "KG", 9.60, ""),
    ("SAL-SCO-W45", "Salmon whole gutted 4-5 kg Scottish premium", "KG", 12.40, ""),
    ("SAL-POR-160", "Salmon portions 160 g skinless boneless (5 kg box)", "KG", 19.80, "5 kg"),
    ("SAL-POR-200", "Salmon portions 200 g skin-on boneless (5 kg box)", "KG", 19.20, "5 kg"),
    ("SAL-SMK-PS", "Smoked salmon side pre-sliced 1-1.2 kg", "KG", 29.50, ""),
    # --- cod / hake / whitefish
    ("COD-LOIN-SL", "Cod loin skinless boneless (Gadus morhua)", "KG", 22.50, ""),
    ("COD-LOIN-SK", "Cod loin skin-on boneless", "KG", 21.80, ""),
    ("COD-FIL-SK", "Cod fillet skin-on 1-2 kg", "KG", 17.90, ""),
    ("COD-W24", "Cod whole gutted 2-4 kg line caught", "KG", 11.50, ""),
    ("COD-SALT", "Salted cod (bacalhau) graudo 2-3 kg", "KG", 15.20, ""),
    ("HAK-W12", "Hake whole gutted 1-2 kg (merluza) trawl", "KG", 10.90, ""),
    ("HAK-W23", "Hake whole gutted 2-3 kg (merluza) trawl", "KG", 12.40, ""),
    ("HAK-PIN12", "Hake whole line-caught (pincho) 1-2 kg", "KG", 17.50, ""),
    ("HAK-LOIN", "Hake loin skinless boneless", "KG", 18.60, ""),
    ("PLC-W", "Plaice whole 400-600 g", "KG", 7.90, ""),
    ("PLC-FIL", "Plaice fillet skinless", "KG", 15.40, ""),
    ("HAD-FIL", "Haddock fillet skin-on pin-boned", "KG", 15.60, ""),
    ("HAD-SMK", "Smoked haddock fillet undyed", "KG", 17.20, ""),
    ("POL-LOIN", "Pollock loin skinless", "KG", 13.90, ""),
    ("SKT-WNG", "Skate wings skinless", "KG", 14.20, ""),
    # --- bass / bream
    ("BAS-F34", "Sea bass farmed whole 300-400 g (lubina/bar/zeebaars)", "KG", 9.20, ""),
    ("BAS-F46", "Sea bass farmed whole 400-600 g (lubina/bar/zeebaars)", "KG", 10.40, ""),
    ("BAS-F68", "Sea bass farmed whole 600-800 g (lubina/bar/zeebaars)", "KG", 11.80, ""),
    ("BAS-W12", "Sea bass wild line-caught 1-2 kg", "KG", 29.00, ""),
    ("BAS-FIL", "Sea bass fillet skin-on pin-boned 120-160 g", "KG", 21.50, ""),
    ("BRM-F34", "Gilthead bream (dorada/dorade) farmed 300-400 g", "KG", 8.40, ""),
    ("BRM-F46", "Gilthead bream (dorada/dorade) farmed 400-600 g", "KG", 9.60, ""),
    ("BRM-FIL", "Gilthead bream fillet skin-on 100-140 g", "KG", 19.90, ""),
    # --- flatfish
    ("TRB-F12", "Turbot farmed whole 1-2 kg (rodaballo/tarbot/Steinbutt)", "KG", 17.50, ""),
    ("TRB-F23", "Turbot farmed whole 2-3 kg (rodaballo/tarbot/Steinbutt)", "KG", 19.00, ""),
    ("TRB-W34", "Turbot wild whole 3-4 kg", "KG", 34.00, ""),
    ("SOL-D34", "Dover sole 300-400 g (sole 3)", "KG", 24.00, ""),
    ("SOL-D45", "Dover sole 400-500 g (sole 2)", "KG", 28.50, ""),
    ("SOL-D56", "Dover sole 500-600 g (sole 1)", "KG", 33.00, ""),
    ("BRL-W12", "Brill whole 1-2 kg (griet/barbue)", "KG", 18.50, ""),
    ("HAL-FIL", "Halibut fillet skin-on farmed", "KG", 27.00, ""),
    ("HAL-W58", "Halibut whole 5-8 kg farmed", "KG", 19.50, ""),
    # --- monk / tuna / sword / others
    ("MNK-T12", "Monkfish tails skinless 1-2 kg (rape/lotte/zeeduivel)", "KG", 21.00, ""),
    ("MNK-T24", "Monkfish tails skinless 2-4 kg (rape/lotte/zeeduivel)", "KG", 22.50, ""),
    ("MNK-W35", "Monkfish whole head-on 3-5 kg", "KG", 13.80, ""),
    ("TUN-YF-AAA", "Yellowfin tuna loin AAA sashimi grade", "KG", 34.00, ""),
    ("TUN-YF-AA", "Yellowfin tuna loin AA grill grade", "KG", 26.50, ""),
    ("TUN-BF", "Bluefin tuna loin ranched Mediterranean", "KG", 58.00, ""),
    ("SWD-LOIN", "Swordfish loin (pez espada/espadarte)", "KG", 19.80, ""),
    ("MAC-W", "Mackerel whole 300-500 g", "KG", 5.40, ""),
    ("SAR-W", "Sardines whole 16-20 pcs/kg", "KG", 6.20, ""),
    ("ANC-W", "Anchovies fresh whole (boquerones)", "KG", 7.50, ""),
    ("RMU-W", "Red mullet whole 150-250 g (salmonete/rouget)", "KG", 16.00, ""),
    ("JDY-W12", "John Dory whole 1-2 kg (Saint-Pierre)", "KG", 26.00, ""),
    ("TRT-FIL", "Rainbow trout fillet pin-boned", "KG", 15.80, ""),
    ("CHR-FIL", "Arctic char fillet skin-on", "KG", 21.00, ""),
    ("HER-MAT10", "Matjes herring fillets tray 10 pcs", "TR", 9.50, "10"),
    ("EEL-SMK", "Smoked eel fillet", "KG", 54.00, ""),
    # --- prawns / shrimps / langoustines
    ("PRW-BT1620", "Black tiger prawns HOSO 16/20 raw frozen (1 kg box)", "KG", 15.90, "1 kg"),
    ("PRW-BT2125", "Black tiger prawns HOSO 21/25 raw frozen (1 kg box)", "KG", 13.90, "1 kg"),
    ("PRW-BT3140", "Black tiger prawns HOSO 31/40 raw frozen (1 kg box)", "KG", 12.40, "1 kg"),
    ("PRW-VN1620", "Vannamei prawns peeled tail-on 16/20 raw", "KG", 16.80, ""),
    ("PRW-VN2630", "Vannamei prawns peeled deveined 26/30 raw", "KG", 14.20, ""),
    ("PRW-RED2030", "Red prawns (gamba roja) 20/30 frozen at sea", "KG", 62.00, ""),
    ("PRW-CAR1015", "Carabinero scarlet prawns 10/15 frozen", "KG", 78.00, ""),
    ("PRW-NS-CK", "North Sea brown shrimp peeled cooked (crevettes grises/Nordseekrabben)", "KG", 42.00, ""),
    ("PRW-CW-CK", "Cold water prawns cooked shell-on 90/120", "KG", 11.50, ""),
    ("LNG-1015", "Langoustines fresh 10/15 per kg (cigala/langoustine)", "KG", 48.00, ""),
    ("LNG-1520", "Langoustines fresh 15/20 per kg (cigala/langoustine)", "KG", 39.00, ""),
    ("LNG-2030", "Langoustines fresh 20/30 per kg (cigala/langoustine)", "KG", 32.00, ""),
    # --- mussels / oysters / clams / scallops
    ("MUS-ROPE", "Mussels rope-grown cleaned (5 kg bag)", "KG", 3.40, "5 kg"),
    ("MUS-BOU", "Mussels de bouchot (moules de bouchot) 5 kg bag", "KG", 5.20, "5 kg"),
    ("MUS-ZLD-J", "Zeeland mussels Jumbo (Zeeuwse mosselen) 5 kg", "KG", 4.80, "5 kg"),
    ("MUS-ZLD-S", "Zeeland mussels Super (Zeeuwse mosselen) 5 kg", "KG", 4.30, "5 kg"),
    ("MUS-GAL", "Galician mussels (mejillon de Galicia) 10 kg", "KG", 2.90, "10 kg"),
    ("OYS-FDC2-48", "Oysters Fines de Claire No.2 box 48", "BX", 52.00, "48"),
    ("OYS-FDC3-48", "Oysters Fines de Claire No.3 box 48", "BX", 44.00, "48"),
    ("OYS-FDC3-24", "Oysters Fines de Claire No.3 box 24", "BX", 23.50, "24"),
    ("OYS-SPC2-48", "Oysters Speciales de Claire No.2 box 48", "BX", 61.00, "48"),
    ("OYS-IRR2", "Irish rock oysters No.2 (per dozen)", "DZ", 13.50, "12"),
    ("OYS-IRR3", "Irish rock oysters No.3 (per dozen)", "DZ", 11.00, "12"),
    ("OYS-ZLD-CR2", "Zeeland creuse oysters No.2 (per piece)", "EA", 1.10, ""),
    ("OYS-FLT2", "Flat oysters (plates) No.2 (per piece)", "EA", 2.40, ""),
    ("CLM-PAL", "Palourde clams (almeja fina/ameijoa boa)", "KG", 24.00, ""),
    ("CLM-VON", "Venus clams (almeja babosa/vongole)", "KG", 11.50, ""),
    ("CLM-RAZ", "Razor clams (navajas/couteaux) 1 kg bundles", "KG", 19.00, ""),
    ("CKL", "Cockles (berberechos/coques)", "KG", 6.80, ""),
    ("SCA-SH", "King scallops live in shell (per piece)", "EA", 1.90, ""),
    ("SCA-M1020", "Scallop meat roe-off 10/20 per kg", "KG", 44.00, ""),
    ("SCA-M2030", "Scallop meat roe-off 20/30 per kg", "KG", 38.00, ""),
    ("SCA-M2030-R", "Scallop meat roe-on 20/30 per kg", "KG", 35.00, ""),
    ("PCB", "Goose barnacles (percebes) grade A", "KG", 85.00, ""),
    ("URC", "Sea urchins live (per piece)", "EA", 2.20, ""),
    # --- crustaceans / cephalopods
    ("CRB-BRN-CK", "Brown crab cooked 600-800 g", "KG", 12.50, ""),
    ("CRB-BRN-L", "Brown crab live 800 g+", "KG", 9.90, ""),
    ("CRB-SPD", "Spider crab live (centolla/araignee)", "KG", 14.00, ""),
    ("CRB-CLAW", "Brown crab claws cooked", "KG", 16.50, ""),
    ("LOB-CAN56", "Lobster live Canadian 500-600 g", "KG", 36.00, ""),
    ("LOB-CAN68", "Lobster live Canadian 600-800 g", "KG", 34.00, ""),
    ("LOB-EUR68", "Lobster live European blue 600-800 g", "KG", 62.00, ""),
    ("SQD-W35", "Squid whole 300-500 g (calamar/encornet)", "KG", 14.50, ""),
    ("SQD-TUB", "Squid tubes cleaned U5 frozen", "KG", 11.20, ""),
    ("CUT-W", "Cuttlefish whole (sepia/seiche/choco)", "KG", 10.80, ""),
    ("OCT-23", "Octopus whole 2-3 kg frozen (pulpo/polvo)", "KG", 17.50, ""),
    ("OCT-34", "Octopus whole 3-4 kg frozen (pulpo/polvo)", "KG", 18.90, ""),
    ("OCT-CK", "Octopus tentacles cooked", "KG", 34.00, ""),
    # --- citrus
    ("LEM-VER15", "Lemons Verna cal.4 case 15 kg", "CS", 24.00, "15 kg"),
    ("LEM-VER5", "Lemons Verna cal.4 case 5 kg", "CS", 9.50, "5 kg"),
    ("LEM-PRI15", "Lemons Primofiori cal.3 case 15 kg", "CS", 25.50, "15 kg"),
    ("LEM-LEAF5", "Lemons with leaf unwaxed case 5 kg", "CS", 14.00, "5 kg"),
    ("LIM-TAH4", "Limes Tahiti case 4 kg", "CS", 11.80, "4 kg"),
    ("LIM-LEAF", "Kaffir lime leaves 100 g", "PK", 4.50, "100 g"),
    ("ORA-BLD10", "Blood oranges case 10 kg", "CS", 16.00, "10 kg"),
    ("GRF-PNK", "Pink grapefruit case 7 kg", "CS", 13.20, "7 kg"),
    # --- herbs
    ("HRB-PARS-FL", "Flat-leaf parsley bunch", "BN", 0.95, ""),
    ("HRB-PARS-CU", "Curly parsley bunch", "BN", 0.85, ""),
    ("HRB-PARS-FL1K", "Flat-leaf parsley 1 kg bag", "PK", 7.20, "1 kg"),
    ("HRB-DILL", "Dill bunch", "BN", 1.10, ""),
    ("HRB-DILL250", "Dill 250 g pack", "PK", 3.40, "250 g"),
    ("HRB-CHIV", "Chives bunch", "BN", 1.20, ""),
    ("HRB-CORI", "Coriander bunch", "BN", 0.95, ""),
    ("HRB-TARR", "Tarragon bunch", "BN", 1.60, ""),
    ("HRB-CHER", "Chervil bunch", "BN", 1.50, ""),
    ("HRB-BASL", "Basil bunch", "BN", 1.30, ""),
    ("HRB-BASL-PT", "Basil potted", "EA", 1.90, ""),
    ("HRB-THYM", "Thyme bunch", "BN", 1.10, ""),
    ("HRB-ROSE", "Rosemary bunch", "BN", 1.10, ""),
    ("HRB-MINT", "Mint bunch", "BN", 1.00, ""),
    ("HRB-FENN", "Fennel fronds (bronze fennel) bunch", "BN", 1.40, ""),
    ("MCR-SHIS", "Shiso cress red punnet", "EA", 2.60, ""),
    ("MCR-DAIK", "Daikon cress punnet", "EA", 2.30, ""),
    # --- sea vegetables & veg
    ("SAM-FR", "Samphire fresh (salicornia/zeekraal/Queller)", "KG", 18.00, ""),
    ("SEA-AST", "Sea aster (lamsoor)", "KG", 22.00, ""),
    ("SWE-WAK", "Wakame seaweed fresh salted", "KG", 9.80, ""),
    ("SHA-BAN", "Banana shallots 5 kg net", "BG", 11.50, "5 kg"),
    ("SHA-RED1", "Red shallots 1 kg net", "BG", 3.20, "1 kg"),
    ("FEN-BLB", "Fennel bulbs", "KG", 2.80, ""),
    ("LEK", "Leeks", "KG", 2.10, ""),
    ("POT-RAT", "Ratte potatoes", "KG", 3.90, ""),
    ("POT-NEW", "New potatoes baby (grenaille)", "KG", 2.60, ""),
    ("TOM-CHV3", "Cherry vine tomatoes case 3 kg", "CS", 10.50, "3 kg"),
    ("AVO-HAS18", "Avocados Hass cal.18 case 4 kg", "CS", 14.00, "4 kg"),
    ("AVO-HAS22", "Avocados Hass cal.22 case 4 kg", "CS", 12.50, "4 kg"),
    ("GNG", "Ginger root", "KG", 4.20, ""),
    ("CHL-RED", "Red chillies", "KG", 6.50, ""),
    ("GAR-W", "Garlic white cal.50-60 5 kg net", "BG", 17.00, "5 kg"),
    ("GAR-SMK", "Smoked garlic bulbs (per piece)", "EA", 0.90, ""),
    ("LET-LG", "Little gem lettuce case 20 heads", "CS", 8.80, "20"),
    ("CUC", "Cucumbers (per piece)", "EA", 0.55, ""),
    ("CEL-BLC", "Celery blanched head", "EA", 1.40, ""),
    # --- sundries
    ("ICE-FLK20", "Flake ice 20 kg bag", "BG", 3.50, "20 kg"),
    ("BOX-EPS", "Returnable EPS fish box deposit", "EA", 2.00, ""),
]

GTIN_SKUS = {
    "HER-MAT10": "871765400010", "LEM-VER15": "843700912001", "LEM-VER5": "843700912002",
    "LEM-PRI15": "843700912003", "LEM-LEAF5": "843700912004", "LIM-TAH4": "843700912005",
    "LIM-LEAF": "871765400022", "ORA-BLD10": "843700912006", "GRF-PNK": "843700912007",
    "HRB-PARS-FL": "871765400101", "HRB-PARS-CU": "871765400102", "HRB-PARS-FL1K": "871765400103",
    "HRB-DILL": "871765400104", "HRB-DILL250": "871765400105", "HRB-CHIV": "871765400106",
    "HRB-CORI": "871765400107", "HRB-TARR": "871765400108", "HRB-CHER": "871765400109",
    "HRB-BASL": "871765400110", "HRB-BASL-PT": "871765400111", "HRB-THYM": "871765400112",
    "HRB-ROSE": "871765400113", "HRB-MINT": "871765400114", "MCR-SHIS": "871765400201",
    "MCR-DAIK": "871765400202", "TOM-CHV3": "843700912008", "AVO-HAS18": "843700912009",
    "AVO-HAS22": "843700912010", "OYS-FDC2-48": "376012300048", "OYS-FDC3-48": "376012300031",
    "OYS-FDC3-24": "376012300024", "OYS-SPC2-48": "376012300055", "SAL-SMK-PS": "703123400011",
    "PRW-BT1620": "893600100162", "PRW-BT2125": "893600100212", "PRW-BT3140": "893600100314",
}
GTINS = {k: gtin13(v) for k, v in GTIN_SKUS.items()}
SKUS = {r[0]: r for r in CATALOG_ROWS}

CUSTOMERS = [
    # id, name, domains, ship-to (street, postal, city, country)
    ("C1001", "Restaurante Casa Olvido", "casaolvido.es", "Calle del Almendro Viejo 14", "28005", "Madrid", "ES"),
    ("C1002", "Marisqueria O Peirao", "opeirao.gal", "Rua do Berbés 7", "36202", "Vigo", "ES"),
    ("C1003", "Hotel Miravalle Barcelona", "hotelmiravalle-bcn.com", "Passeig de les Gavines 212", "08005", "Barcelona", "ES"),
    ("C1004", "Tasca do Cais Velho", "caisvelho.pt", "Rua da Ribeira Nova 41", "1200-370", "Lisboa", "PT"),
    ("C1005", "Peixaria Rocha & Filhos", "rochafilhos.pt", "Rua do Heroismo Pequeno 88", "4300-256", "Porto", "PT"),
    ("C1006", "Brasserie Le Quai Doré", "lequaidore.fr", "18 quai des Tanneurs-Fluviaux", "69005", "Lyon", "FR"),
    ("C1007", "Poissonnerie Lemarchal", "poissonnerie-lemarchal.fr", "5 place des Halles-Basses", "35000", "Rennes", "FR"),
    ("C1008", "Hôtel des Tilleuls Bordeaux", "hoteldestilleuls-bx.fr", "77 cours du Vieux-Chai", "33000", "Bordeaux", "FR"),
    ("C1009", "Restaurant De Gouden Ankers", "goudenankers.be", "Kaaistraat-Oost 23", "2000", "Antwerpen", "BE"),
    ("C1010", "Vishandel Verbeke", "vishandel-verbeke.be", "Lievevoorde 9", "9000", "Gent", "BE"),
    ("C1011", "Restaurant Het Zoute Zicht", "zoutezicht.nl", "Prinsengrachtpad 301", "1016 HV", "Amsterdam", "NL"),
    ("C1012", "Vishuis Scheveldam", "vishuis-scheveldam.nl", "Dr. Lelykade-Noord 58", "2583 CM", "Den Haag", "NL"),
    ("C1013", "Hotel Kranichhof Hamburg", "kranichhof-hotel.de", "Kranichstieg 12", "20457", "Hamburg", "DE"),
    ("C1014", "Fischhaus Wendtland", "fischhaus-wendtland.de", "Markthallenweg 4", "10997", "Berlin", "DE"),
    ("C1015", "Restaurant Havtorn", "havtorn-kbh.dk", "Strandgade Bagside 19", "1401", "København K", "DK"),
    ("C1016", "Fiskehuset Aalbæk", "fiskehuset-aalbaek.dk", "Havnepladsen 3", "8000", "Aarhus C", "DK"),
    ("C1017", "The Anchor & Gull", "anchorandgull.ie", "11 Quay Lane Upper", "T12 X8P4", "Cork", "IE"),
    ("C1018", "Finnegan's Fish Counter", "finnegansfish.ie", "Unit 4, Docklands Market", "H91 K2W7", "Galway", "IE"),
    ("C1019", "Harbourside Hotel Group", "harboursidehotels.co.uk", "Central Kitchen, 2 Mercer Yard", "SE1 9QT", "London", "GB"),
    ("C1020", "Pearce & Lowe Fishmongers", "pearcelowe.co.uk", "36 Cornmarket Row", "BS1 4DJ", "Bristol", "GB"),
]
CUST = {c[0]: c for c in CUSTOMERS}


def write_catalog():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, d, u, p, ps in CATALOG_ROWS:
            w.writerow([sku, d, u, f"{p:.2f}", GTINS.get(sku, ""), ps])


def write_customers():
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_street", "ship_to_postal_code",
                    "ship_to_city", "ship_to_country"])
        for c in CUSTOMERS:
            w.writerow(c)


# ---------- label helpers
def L(sku, qty, uom, desc, part=None, price=None):
    assert sku is None or sku in SKUS, sku
    return {"sku": sku, "customer_part": part, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price}


def ship(name, street, city, postal, country, region=None):
    return {"name": name, "street": street, "city": city, "region": region, "postal_code": postal,
            "country": country}


def cship(cid, name=None):
    c = CUST[cid]
    return ship(name or c[1], c[3], c[5], c[4], c[6])


def exp(customer, lines, po=None, order_date=None, req=None, currency=None, ship_to=None,
        kind="purchase_order"):
    if kind == "not_an_order":
        return {"kind": kind, "customer": customer, "po_number": None, "order_date": None,
                "requested_date": None, "lines": []}
    return {"kind": kind, "customer": customer, "po_number": po, "order_date": order_date,
            "requested_date": req, "currency": currency, "ship_to": ship_to, "lines": lines}


WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def next_wd(iso, wd):
    d = datetime.date.fromisoformat(iso)
    n = (WD[wd] - d.weekday()) % 7 or 7
    return (d + datetime.timedelta(days=n)).isoformat()


def plus(iso, days):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()


def cname(cid):
    return CUST[cid][1]
