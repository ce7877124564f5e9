F = ["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city",
     "ship_to_region", "ship_to_postal_code", "ship_to_country", "edi_ids", "tax_id"]
ROWS = [
 ["C1001", "Bluewater Pools Ltd", "bluewaterpools.co.uk", "Bluewater Pools Ltd - Leeds Depot", "Unit 4, Kirkstall Trade Park", "Leeds", "West Yorkshire", "LS5 3BT", "GB", "", "GB318427761"],
 ["C1002", "Blue Water Pool Services Inc", "bluewaterpoolservices.com", "Blue Water Pool Services", "7710 Causeway Blvd", "Tampa", "FL", "33619", "US", "", "59-4418207"],
 ["C1003", "Keller Haustechnik GmbH", "keller-haustechnik.de", "Keller Haustechnik GmbH Lager", "Heilbronner Strasse 214", "Stuttgart", "BW", "70191", "DE", "4069912000014", "DE281735440"],
 ["C1004", "Kellner Haustechnik GmbH", "kellner-ht.de", "Kellner Haustechnik GmbH", "Landsberger Strasse 388", "München", "BY", "81241", "DE", "", "DE294418037"],
 ["C1005", "Northgate Plumbing & Heating Ltd", "northgateph.co.uk", "Northgate Plumbing & Heating", "22 Attercliffe Road", "Sheffield", "South Yorkshire", "S4 7WZ", "GB", "", "GB226190384"],
 ["C1006", "North Gate Mechanical Inc", "northgatemech.ca", "North Gate Mechanical - Shop", "4120 61 Ave SE", "Calgary", "AB", "T2C 1Z5", "CA", "", "817204433RT0001"],
 ["C1007", "Aqua Serena Piscinas S.L.", "aquaserena.es", "Aqua Serena Piscinas - Almacén", "Calle de la Safor 18", "Paterna", "Valencia", "46988", "ES", "", "ESB98412276"],
 ["C1008", "Acqua Serena Piscine S.r.l.", "acquaserena.it", "Acqua Serena Piscine - Magazzino", "Via dell'Industria 47", "Verona", "VR", "37135", "IT", "", "IT04418230236"],
 ["C1009", "Maplecrest Property Services", "maplecrestps.ca", "Maplecrest Property Services", "1450 Bank Street", "Ottawa", "ON", "K1H 7Z1", "CA", "", "802551190RT0001"],
 ["C1010", "Piscines Lavande SARL", "piscines-lavande.fr", "Piscines Lavande", "12 avenue de la Fourane", "Aix-en-Provence", "", "13090", "FR", "", "FR61823340917"],
 ["C1011", "Van Dijk Installatietechniek B.V.", "vandijk-installatie.nl", "Van Dijk Installatietechniek", "Atoomweg 96", "Utrecht", "UT", "3542 AB", "NL", "8719333000025", "NL861204377B01"],
 ["C1012", "Shannon Mechanical Services Ltd", "shannonmech.ie", "Shannon Mechanical Services", "Unit 9, Raheen Business Park", "Limerick", "Co. Limerick", "V94 K2T8", "IE", "", "IE3318207PH"],
 ["C1013", "Coral Coast Aquatics Pty Ltd", "coralcoastaquatics.com.au", "Coral Coast Aquatics", "41 Aumuller Street", "Cairns", "QLD", "4870", "AU", "", "61 604 118 237"],
 ["C1014", "Desert Bloom Pool & Spa LLC", "desertbloompools.com", "Desert Bloom Pool & Spa", "8820 E Via de Ventura", "Scottsdale", "AZ", "85258", "US", "", "86-2241907"],
 ["C1015", "Ridgeline Heating & Air Inc", "ridgelinehvac.com", "Ridgeline Heating & Air", "5560 Joliet St", "Denver", "CO", "80239", "US", "", "84-3317720"],
 ["C1016", "Hacienda Albercas y Servicios S.A. de C.V.", "haciendaalbercas.mx", "Hacienda Albercas - Bodega", "Av. Ruiz Cortines 2210 Pte", "Monterrey", "NL", "64400", "MX", "", "HAS1405213K7"],
 ["C1017", "Pinebrook Living Management LLC", "pinebrookliving.com", "Pinebrook Living - Maintenance", "3300 Wake Forest Rd", "Raleigh", "NC", "27609", "US", "", "56-2290184"],
 ["C1018", "Thames Valley Leisure Centres Ltd", "tvleisure.co.uk", "Thames Valley Leisure - Central Stores", "Unit 2, Portman Road Industrial Estate", "Reading", "Berkshire", "RG30 1EA", "GB", "", "GB402771836"],
 ["C1019", "Harborview Hotel Group", "harborviewhotels.com", "Harborview Inner Harbor Hotel - Engineering", "410 Light Street", "Baltimore", "MD", "21202", "US", "", "52-1180934"],
 ["C1020", "Lakeshore Facilities Group Inc", "lakeshorefg.com", "Lakeshore Facilities Group - DC 2", "2250 W 43rd St", "Chicago", "IL", "60609", "US", "LAKESHOREFG;6125550190", "36-4409127"],
 ["C1021", "Lakeside Facility Services Inc", "lakesidefs.com", "Lakeside Facility Services", "901 N Water St", "Milwaukee", "WI", "53202", "US", "", "39-2218854"],
]
NAMES = {r[1] for r in ROWS}
BY_ID = {r[0]: dict(zip(F, r)) for r in ROWS}
