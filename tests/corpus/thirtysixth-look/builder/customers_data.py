# customer_id,name,email_domains,ship_to_name,ship_to_street,ship_to_city,ship_to_region,ship_to_postal_code,ship_to_country
CUSTOMERS = [
 ("C1001", "St Aidan's CE Primary School", "staidans.leeds.sch.uk", "St Aidan's CE Primary School", "14 Harehills Lane", "Leeds", "", "LS8 4HS", "GB"),
 ("C1002", "Wexcombe District Council", "wexcombe.gov.uk", "Wexcombe District Council", "Council Offices, Market Street", "Wexcombe", "Somerset", "TA20 1AB", "GB"),
 ("C1003", "Fenwick & Lowe LLP", "fenwicklowe.co.uk", "Fenwick & Lowe LLP", "22 Bedford Row", "London", "", "WC1R 4EB", "GB"),
 ("C1004", "Smilecare Dental Practice", "smilecaredental.co.uk", "Smilecare Dental Practice", "8 Gloucester Road", "Bristol", "", "BS7 8AE", "GB"),
 ("C1005", "Kestrel Property Management Ltd", "kestrelpm.co.uk", "Kestrel Property Management Ltd", "Unit 3, Canal Wharf, 40 Store Street", "Manchester", "", "M1 2WB", "GB"),
 ("C1006", "Scoil Mhuire Gan Smál NS", "scoilmhuirecork.ie", "Scoil Mhuire Gan Smál NS", "Blarney Road", "Cork", "Co. Cork", "T23 X2F4", "IE"),
 ("C1007", "Byrne Kavanagh Solicitors", "byrnekavanagh.ie", "Byrne Kavanagh Solicitors", "41 Fitzwilliam Square", "Dublin 2", "", "D02 YX88", "IE"),
 ("C1008", "Zahnarztpraxis Dr. Hoffmann", "zahnarzt-hoffmann.de", "Zahnarztpraxis Dr. Hoffmann", "Leopoldstraße 112", "München", "", "80804", "DE"),
 ("C1009", "Gymnasium am Stadtpark", "gymnasium-stadtpark-koeln.de", "Gymnasium am Stadtpark", "Stadtwaldgürtel 38", "Köln", "", "50935", "DE"),
 ("C1010", "Weber & Partner Rechtsanwälte mbB", "weber-partner-law.de", "Weber & Partner Rechtsanwälte mbB", "Bockenheimer Landstraße 51", "Frankfurt am Main", "", "60325", "DE"),
 ("C1011", "Marktgemeinde St. Veit am Wald", "st-veit-wald.gv.at", "Marktgemeinde St. Veit am Wald", "Hauptplatz 1", "St. Veit am Wald", "Steiermark", "8162", "AT"),
 ("C1012", "Zahnambulatorium Graz-Mitte GmbH", "zahn-grazmitte.at", "Zahnambulatorium Graz-Mitte GmbH", "Annenstraße 20", "Graz", "", "8020", "AT"),
 ("C1013", "Kancelaria Nowak i Wspólnicy sp.k.", "nowak-kancelaria.pl", "Kancelaria Nowak i Wspólnicy sp.k.", "ul. Mokotowska 49", "Warszawa", "", "00-542", "PL"),
 ("C1014", "Szkoła Podstawowa nr 12 w Krakowie", "sp12.krakow.pl", "Szkoła Podstawowa nr 12", "ul. Lubomirskiego 21", "Kraków", "", "31-509", "PL"),
 ("C1015", "Tandläkarna Möllevången AB", "tandlakarnamollan.se", "Tandläkarna Möllevången AB", "Bergsgatan 18", "Malmö", "", "214 22", "SE"),
 ("C1016", "Hammaslääkäriasema Hymy Oy", "hymyhammas.fi", "Hammaslääkäriasema Hymy Oy", "Hämeenkatu 9", "Tampere", "", "33100", "FI"),
 ("C1017", "Advokatfirma Berg & Lie AS", "berglie.no", "Advokatfirma Berg & Lie AS", "Karl Johans gate 12", "Oslo", "", "0154", "NO"),
 ("C1018", "Maple Ridge Local School District", "mapleridge.k12.oh.us", "Maple Ridge Local School District", "1200 Orchard Avenue", "Maple Ridge", "OH", "43062", "US"),
 ("C1019", "Carter & Wells LLP", "carterwells.com", "Carter & Wells LLP", "75 State Street, Suite 1400", "Boston", "MA", "02109", "US"),
 ("C1020", "Northshore Family Dental", "northshorefamilydental.ca", "Northshore Family Dental", "1500 Lonsdale Avenue", "North Vancouver", "BC", "V7M 2J1", "CA"),
 ("C1021", "Municipalité de Sainte-Adèle-du-Lac", "steadeledulac.qc.ca", "Hôtel de ville", "120 rue Principale", "Sainte-Adèle-du-Lac", "QC", "J0T 1N0", "CA"),
]
# Senders deliberately NOT in customers.csv (listed in README)
UNKNOWN = ["Bright Start Nursery", "Fjord Regnskap AS", "Harbour View Dental", "Kiinteistöhuolto Virtanen Oy",
           "Ó Briain & Co Accountants", "Lakeside Montessori School", "Ashbury Academy Trust"]
