# Plain e-mail orders (no attachment) and non-order e-mails
from common import L, label, not_order, make_mail, save, SELLER_IT, SELLER_ES

M = []  # (name, from, to, subject, date, body, label)


def m(name, frm, to, subject, date, body, lab, cc=None):
    M.append((name, frm, to, subject, date, body, lab, cc))


# ---------------------------------------------------------------- 01 Italian, terse, shade x qty
m("e01_bellezzaviva_it_terse", "Chiara Bonetti <chiara@bellezzaviva.it>", SELLER_IT, "ordine colori",
  "Tue, 03 Nov 2026 08:14:22 +0100",
  """Buongiorno,
vi mando l'ordine della settimana:

6.1 x 3
7/43 x 2
9.03 x 4
10.1 x 2
ossidante 20 vol 1 litro x 6
decolorante blu 500 g x 2

tutto tubi da 60 ml come sempre.
Grazie, Chiara

Salone Bellezza Viva
Via Paolo Sarpi 41 - 20154 Milano
tel. 02 3491 2277
""",
  label("Salone Bellezza Viva", None, [
      L("CLX60-0610", "6.1", 3), L("CLX60-0743", "7/43", 2), L("CLX60-0903", "9.03", 4),
      L("CLX60-1010", "10.1", 2), L("OX1000-20", "ossidante 20 vol 1 litro", 6),
      L("BL500-BLU", "decolorante blu 500 g", 2)]))

# ---------------------------------------------------------------- 02 English UK, table with SKUs + prices, PO
m("e02_cuttingroom_uk_skus", "Dan Whitaker <dan.whitaker@cuttingroom.co.uk>", SELLER_IT,
  "PO CR-2026-0412 - restock Oldham St",
  "Wed, 04 Nov 2026 16:02:10 +0000",
  """Hi team,

Please find our order below, PO CR-2026-0412 dated 04/11/2026. Prices as per your October list (EUR).

SKU            Description                                   Qty   Unit EUR
CLX100-0700    Cromalux 7.0 100ml                              6      10.40
CLX100-0710    Cromalux 7.1 100ml                              6      10.40
CLX100-0800    Cromalux 8.0 100ml                              4      10.40
OX1000-30      Developer 30 vol 1L                             8       5.60
GL-NIT-BK-M    Black nitrile gloves M (box 100)               10       7.90
GL-NIT-BK-L    Black nitrile gloves L (box 100)                5       7.90
FO-15-250      Foil 15cm x 250m                                3      22.40

Deliver to the shop please, 48 Oldham Street, Manchester M4 1LE. Need it by Friday 13 November if possible.

Cheers,
Dan Whitaker
Salon Manager | The Cutting Room Ltd
48 Oldham Street, Manchester M4 1LE
+44 161 555 0192

This e-mail and any attachments are confidential and intended solely for the addressee.
""",
  label("The Cutting Room Ltd", "CR-2026-0412", [
      L("CLX100-0700", "Cromalux 7.0 100ml", 6, "EA", 10.40), L("CLX100-0710", "Cromalux 7.1 100ml", 6, "EA", 10.40),
      L("CLX100-0800", "Cromalux 8.0 100ml", 4, "EA", 10.40), L("OX1000-30", "Developer 30 vol 1L", 8, "EA", 5.60),
      L("GL-NIT-BK-M", "Black nitrile gloves M (box 100)", 10, "BX", 7.90),
      L("GL-NIT-BK-L", "Black nitrile gloves L (box 100)", 5, "BX", 7.90),
      L("FO-15-250", "Foil 15cm x 250m", 3, "RL", 22.40)],
      order_date="2026-11-04", req="2026-11-13", currency="EUR",
      ship=(None, "48 Oldham Street", "Manchester", "M41LE", "GB")))

# ---------------------------------------------------------------- 03 Spanish, chatty, quantities before shades "2x 7/43"
m("e03_rizos_es_chatty", "Lucía Moreno <lucia@peluqueriarizos.es>", SELLER_ES, "Pedido Rizos noviembre",
  "Thu, 05 Nov 2026 10:41:00 +0100",
  """Hola chicos!!

Qué tal todo por Madrid? Aquí liadísimas con las bodas de diciembre jaja. Os paso el pedido:

- 2x 7/43
- 3x 6.1
- 2x 5.35
- 4x 9.03 (los de 100 ml, que van volando)
- 1x 10.21
- 6x oxidante 20 vol de litro
- 3x oxidante 30 vol de litro
- 2x decolorante Bond Plex

Los tintes son de 60 ml salvo el 9.03. Si podéis traerlo el martes 10 genial.

Besos,
Lucía
Peluquería Rizos · C/ Fuencarral 88 · 28004 Madrid
91 522 31 09
""",
  label("Peluquería Rizos", None, [
      L("CLX60-0743", "7/43", 2), L("CLX60-0610", "6.1", 3), L("CLX60-0535", "5.35", 2),
      L("CLX100-0903", "9.03 (los de 100 ml, que van volando)", 4), L("CLX60-1021", "10.21", 1),
      L("OX1000-20", "oxidante 20 vol de litro", 6), L("OX1000-30", "oxidante 30 vol de litro", 3),
      L("BL500-PLX", "decolorante Bond Plex", 2)], req="2026-11-10"))

# ---------------------------------------------------------------- 04 German, numbered list, Wien
m("e04_kammschere_at_de", "Markus Gruber <bestellung@kammundschere.at>", SELLER_IT, "Bestellung Nr. 2026/118",
  "Mon, 09 Nov 2026 07:55:31 +0100",
  """Sehr geehrte Damen und Herren,

hiermit bestellen wir (Bestellnummer 2026/118 vom 09.11.2026):

1. 4 Stk. Cromalux Soft ohne Ammoniak 7/43 60 ml
2. 4 Stk. Cromalux Soft ohne Ammoniak 8.1 60 ml
3. 2 Stk. Cromalux Soft ohne Ammoniak 9.03 60 ml
4. 12 Stk. Entwickler 20 Vol. 120 ml
5. 2 Rollen Alufolie 12 cm x 100 m
6. 3 Pkg. Handtücher 50x90 anthrazit (à 12 Stk.)
7. 1 Stk. Rundbürste Keramik 33 mm

Lieferadresse wie immer: Friseur Kamm & Schere, Neubaugasse 17, 1070 Wien.
Liefertermin: KW 47, spätestens 20.11.2026.

Mit freundlichen Grüßen
Markus Gruber
Friseur Kamm & Schere OG
Neubaugasse 17, 1070 Wien
Tel. +43 1 523 44 81
""",
  label("Friseur Kamm & Schere", "2026/118", [
      L("CLS60-0743", "Cromalux Soft ohne Ammoniak 7/43 60 ml", 4), L("CLS60-0810", "Cromalux Soft ohne Ammoniak 8.1 60 ml", 4),
      L("CLS60-0903", "Cromalux Soft ohne Ammoniak 9.03 60 ml", 2), L("OX120-20", "Entwickler 20 Vol. 120 ml", 12),
      L("FO-12-100", "Alufolie 12 cm x 100 m", 2, "RL"), L("TW-5090-GR", "Handtücher 50x90 anthrazit (à 12 Stk.)", 3, "PK"),
      L("BR-RND-33", "Rundbürste Keramik 33 mm", 1)],
      order_date="2026-11-09", req="2026-11-20",
      ship=("Friseur Kamm & Schere", "Neubaugasse 17", "Wien", "1070", "AT")))

# ---------------------------------------------------------------- 05 "same colours as last time except" with quoted previous order (EN, Ireland)
m("e05_blackrock_ie_same_except", "Siobhan Kelly <siobhan@blackrockhair.ie>", SELLER_IT,
  "Re: Order - Blackrock Hair Co", "Tue, 10 Nov 2026 12:20:45 +0000",
  """Hi Paola,

Same colours as last time except drop the 5.1 and make the 8.1 x 4 instead of 2. Also add 2 boxes of the blue nitrile gloves, medium.
PO for this one is BHC-1187.

Thanks a million,
Siobhan

Blackrock Hair Co.
3 Main Street, Blackrock, Co. Dublin A94 X2Y1
+353 1 288 4410

On Mon 12 Oct 2026 at 09:03, Siobhan Kelly <siobhan@blackrockhair.ie> wrote:
> Hi Paola, order for October please (PO BHC-1150):
> 6.1 x 3
> 5.1 x 2
> 8.1 x 2
> 10.1 x 3
> 7/43 x 1
> all 60ml tubes. Thanks!
> Siobhan
""",
  label("Blackrock Hair Co.", "BHC-1187", [
      L("CLX60-0610", "6.1", 3), L("CLX60-0810", "8.1", 4), L("CLX60-1010", "10.1", 3), L("CLX60-0743", "7/43", 1),
      L("GL-NIT-BL-M", "blue nitrile gloves, medium", 2, "BX")]))

# ---------------------------------------------------------------- 06 phone note copy (Italian barber, gmail, NOT in customers)
m("e06_dapeppe_phone_note", "Giuseppe Esposito <peppe.barbiere82@gmail.com>", SELLER_IT, "ordine",
  "Wed, 11 Nov 2026 21:47:03 +0100",
  """Ciao sono Peppe della Barberia Da Peppe di Napoli, vi giro la lista

Note
11 nov
- lamette x 3 scatole
- rasoi bilama 2 box
- mantella barbiere nera 2
- pettine sfumatura 6
- spazzola barba 1
- asciugamani neri 50x90 1 conf
- spruzzino 2

spedite a Via dei Tribunali 212, 80138 Napoli. pago alla consegna

Inviato da iPhone
""",
  label("Barberia Da Peppe", None, [
      L("RZ-DE-100", "lamette", 3, "BX"), L("RZ-2B-100", "rasoi bilama", 2, "BX"), L("CP-BARB-BK", "mantella barbiere nera", 2),
      L("CB-BARB", "pettine sfumatura", 6), L("BR-BARB", "spazzola barba", 1),
      L("TW-5090-BK", "asciugamani neri 50x90", 1, "PK"), L("AC-SPRAY", "spruzzino", 2)],
      ship=(None, "Via dei Tribunali 212", "Napoli", "80138", "IT")))

# ---------------------------------------------------------------- 07 Portuguese, Lisboa
m("e07_estilolisboa_pt", "Rita Fonseca <encomendas@estilolisboa.pt>", SELLER_ES, "Encomenda n.º 0097",
  "Thu, 12 Nov 2026 11:05:12 +0000",
  """Bom dia,

Segue a nossa encomenda n.º 0097 de 12/11/2026:

3 un. Champô Silver antiamarelo 1 L
2 un. Amaciador Silver antiamarelo 1 L
1 un. Champô Hidratante recarga 5 L
1 un. Amaciador Desembaraçante recarga 5 L
4 cx. Luvas nitrilo pretas tamanho S
2 rolos folha de alumínio 15 cm x 100 m
10 un. Taças de cor pretas

Por favor enviar do armazém de Madrid. Entrega até 20 de novembro.

Com os melhores cumprimentos,
Rita Fonseca
Salão Estilo Lisboa
Rua Augusta 140, 1100-053 Lisboa
Tel. 213 420 118
""",
  label("Salão Estilo Lisboa", "0097", [
      L("SH-SIL-1L", "Champô Silver antiamarelo 1 L", 3), L("CO-SIL-1L", "Amaciador Silver antiamarelo 1 L", 2),
      L("SH-IDR-5L", "Champô Hidratante recarga 5 L", 1), L("CO-DIS-5L", "Amaciador Desembaraçante recarga 5 L", 1),
      L("GL-NIT-BK-S", "Luvas nitrilo pretas tamanho S", 4, "BX"), L("FO-15-100", "folha de alumínio 15 cm x 100 m", 2, "RL"),
      L("AC-BOWL", "Taças de cor pretas", 10)], order_date="2026-11-12", req="2026-11-20"))

# ---------------------------------------------------------------- 08 French, Lyon, references our SKUs inline
m("e08_margaux_fr", "Margaux Lefèvre <contact@ateliermargaux.fr>", SELLER_IT, "Commande atelier - BC 26-311",
  "Fri, 13 Nov 2026 09:30:00 +0100",
  """Bonjour,

Voici notre bon de commande BC 26-311 du 13/11/2026 :

• CLX60-0630 – coloration 6.3 blond foncé doré – 5 tubes
• CLX60-0730 – coloration 7.3 blond doré – 5 tubes
• CLX60-0830 – coloration 8.3 blond clair doré – 3 tubes
• OX1000-10 – oxydant 10 vol 1 L – 4
• CP-COL-BK – cape coloration noire imperméable – 2
• BR-TINT-W – pinceau large – 10

Livraison souhaitée le 24/11/2026 à l'atelier, 12 rue Mercière, 69002 Lyon.

Bien cordialement,
Margaux Lefèvre
Coiffure Atelier Margaux
04 78 42 19 60
""",
  label("Coiffure Atelier Margaux", "BC 26-311", [
      L("CLX60-0630", "coloration 6.3 blond foncé doré", 5, "EA", part=None),
      L("CLX60-0730", "coloration 7.3 blond doré", 5), L("CLX60-0830", "coloration 8.3 blond clair doré", 3),
      L("OX1000-10", "oxydant 10 vol 1 L", 4), L("CP-COL-BK", "cape coloration noire imperméable", 2),
      L("BR-TINT-W", "pinceau large", 10)], order_date="2026-11-13", req="2026-11-24",
      ship=(None, "12 rue Mercière", "Lyon", "69002", "FR")))

# ---------------------------------------------------------------- 09 Polish, Kraków
m("e09_aneta_pl", "Aneta Nowak <aneta@salonaneta.pl>", SELLER_IT, "Zamówienie 45/2026",
  "Mon, 16 Nov 2026 13:12:44 +0100",
  """Dzień dobry,

zamawiam następujące produkty (zamówienie nr 45/2026):

farba Cromalux 6.0 60 ml - 6 szt.
farba Cromalux 6.1 60 ml - 4 szt.
farba Cromalux 7.0 60 ml - 6 szt.
farba Cromalux 9.0 60 ml - 3 szt.
utleniacz 30 vol 1 l - 5 szt.
rozjaśniacz biały 500 g - 2 szt.
rękawiczki lateksowe M - 3 op.

Proszę o dostawę do 27.11.2026.

Pozdrawiam serdecznie
Aneta Nowak
Salon Fryzjerski Aneta
ul. Długa 14, 31-146 Kraków
tel. 12 633 41 20
""",
  label("Salon Fryzjerski Aneta", "45/2026", [
      L("CLX60-0600", "farba Cromalux 6.0 60 ml", 6), L("CLX60-0610", "farba Cromalux 6.1 60 ml", 4),
      L("CLX60-0700", "farba Cromalux 7.0 60 ml", 6), L("CLX60-0900", "farba Cromalux 9.0 60 ml", 3),
      L("OX1000-30", "utleniacz 30 vol 1 l", 5), L("BL500-WHT", "rozjaśniacz biały 500 g", 2),
      L("GL-LAT-M", "rękawiczki lateksowe M", 3, "BX")], req="2026-11-27"))

# ---------------------------------------------------------------- 10 Romanian, Bucharest
m("e10_ioana_ro", "Ioana Popescu <comenzi@ioanabeauty.ro>", SELLER_IT, "Comanda nr. 2211",
  "Tue, 17 Nov 2026 10:00:09 +0200",
  """Bună ziua,

Vă rog să ne trimiteți următoarele produse, comanda nr. 2211 din 17.11.2026:

Ojă Lumina 101 Rosso Classico - 6 buc
Ojă Lumina 120 Rosa Cipria - 6 buc
Ojă Lumina 201 Nude Sabbia - 4 buc
Ojă Lumina 401 Top Coat - 10 buc
Ojă Lumina 402 Base Coat - 10 buc
Ceară cartuș 100 ml azulenă - 24 buc
Benzi epilat 7x20 - 5 pachete

Livrare la salon: Strada Academiei 9, București 010013.

Mulțumesc,
Ioana Popescu
Ioana Beauty Salon
+40 21 310 77 45
""",
  label("Ioana Beauty Salon", "2211", [
      L("NP-101", "Ojă Lumina 101 Rosso Classico", 6), L("NP-120", "Ojă Lumina 120 Rosa Cipria", 6),
      L("NP-201", "Ojă Lumina 201 Nude Sabbia", 4), L("NP-401", "Ojă Lumina 401 Top Coat", 10),
      L("NP-402", "Ojă Lumina 402 Base Coat", 10), L("WX-CR-AZU", "Ceară cartuș 100 ml azulenă", 24),
      L("WX-STRIP-100", "Benzi epilat 7x20", 5, "PK")], order_date="2026-11-17",
      ship=(None, "Strada Academiei 9", "București", "010013", "RO")))

# ---------------------------------------------------------------- 11 Greek, Athens
m("e11_armonia_gr", "Ελένη Παπαδοπούλου <info@armonia-hair.gr>", SELLER_IT, "Παραγγελία 318",
  "Wed, 18 Nov 2026 14:22:51 +0200",
  """Καλησπέρα σας,

Παρακαλώ στείλτε μας τα παρακάτω (παραγγελία αρ. 318):

Βαφή Cromalux 5.0 60ml - 4 τεμ.
Βαφή Cromalux 6.66 60ml - 3 τεμ.
Βαφή Cromalux 7/44 60ml - 3 τεμ.
Οξυζενέ 20 vol 1L - 6 τεμ.
Σαμπουάν Ενυδατικό 1L - 4 τεμ.
Μαλακτική Ενυδατική 1L - 4 τεμ.

Ευχαριστώ πολύ,
Ελένη Παπαδοπούλου
Κομμωτήριο Αρμονία
Σκουφά 22, 10673 Αθήνα
210 362 4471
""",
  label("Kommotirio Armonia", "318", [
      L("CLX60-0500", "Βαφή Cromalux 5.0 60ml", 4), L("CLX60-0666", "Βαφή Cromalux 6.66 60ml", 3),
      L("CLX60-0744", "Βαφή Cromalux 7/44 60ml", 3), L("OX1000-20", "Οξυζενέ 20 vol 1L", 6),
      L("SH-IDR-1L", "Σαμπουάν Ενυδατικό 1L", 4), L("CO-IDR-1L", "Μαλακτική Ενυδατική 1L", 4)]))

# ---------------------------------------------------------------- 12 reply thread correcting a shade (Italian, Torino)
m("e12_ferraro_shade_correction", "Davide Ferraro <davide@studioferraro.it>", SELLER_IT,
  "R: Ordine Studio Ferraro 16/11", "Thu, 19 Nov 2026 09:12:37 +0100",
  """Scusate, errore mio: il 6.1 era sbagliato, mi serviva il 6.01 (naturale cenere). Stesse quantità.
Il resto va bene così. Potete spedire giovedì?

Davide

Da: Davide Ferraro <davide@studioferraro.it>
Inviato: lunedì 16 novembre 2026 18:40
A: ordini@lhs-pro.it
Oggetto: Ordine Studio Ferraro 16/11

Ciao, ordine n. SF-0233:
- 6.1 x 4
- 7.1 x 3
- 8.0 x 2
- ossidante 20 vol 120 ml x 10
- pettine a coda x 5

Davide Ferraro
Studio Capelli Ferraro - Corso Vinzaglio 12, Torino
""",
  label("Studio Capelli Ferraro", "SF-0233", [
      L("CLX60-0601", "6.01 (naturale cenere)", 4), L("CLX60-0710", "7.1", 3), L("CLX60-0800", "8.0", 2),
      L("OX120-20", "ossidante 20 vol 120 ml", 10), L("CB-TAIL", "pettine a coda", 5)]))

# ---------------------------------------------------------------- 13 hotel spa (IT), prices, wax and towels
m("e13_lagosplendido_spa", "Spa Lago Splendido <spa.acquisti@lagosplendido.com>", SELLER_IT,
  "Ordine n. LS/SPA/2026/077", "Fri, 20 Nov 2026 11:18:00 +0100",
  """Gentili signori,

con la presente ordiniamo quanto segue per la Spa dell'hotel.

Ordine n. LS/SPA/2026/077 del 20.11.2026
Consegna richiesta entro il 01.12.2026 - ingresso fornitori, Via Valassina 8, 22021 Bellagio (CO)

Q.tà  Articolo                                          Prezzo unit.
 8    Asciugamano spugna 50x90 bianco conf. 12          € 34,80
 4    Asciugamano spugna 40x80 bianco conf. 12          € 27,60
12    Cera barattolo 400 ml titanio rosa                 € 5,90
 6    Cera barattolo 400 ml naturale                     € 5,90
10    Strisce depilatorie TNT conf. 100                  € 3,20
 2    Scaldacera singolo                                 € 14,90

Cordiali saluti
Ufficio Acquisti - Hotel Lago Splendido
Via Valassina 8, 22021 Bellagio (CO)
P.IVA 01234560134
""",
  label("Hotel Lago Splendido - Spa", "LS/SPA/2026/077", [
      L("TW-5090-WH", "Asciugamano spugna 50x90 bianco conf. 12", 8, "PK", 34.80),
      L("TW-4080-WH", "Asciugamano spugna 40x80 bianco conf. 12", 4, "PK", 27.60),
      L("WX-TN-TIT", "Cera barattolo 400 ml titanio rosa", 12, "EA", 5.90),
      L("WX-TN-NAT", "Cera barattolo 400 ml naturale", 6, "EA", 5.90),
      L("WX-STRIP-100", "Strisce depilatorie TNT conf. 100", 10, "PK", 3.20),
      L("WX-HEAT-1", "Scaldacera singolo", 2, "EA", 14.90)],
      order_date="2026-11-20", req="2026-12-01", currency="EUR",
      ship=(None, "Via Valassina 8", "Bellagio", "22021", "IT", "CO")))

# ---------------------------------------------------------------- 14 German, Munich, tab-separated paste with own article numbers
m("e14_lichtblick_de_tabs", "Julia Brandt <einkauf@lichtblick-haare.de>", SELLER_IT, "Bestellung LB-7781",
  "Mon, 23 Nov 2026 08:03:19 +0100",
  "Hallo zusammen,\n\nanbei unsere Bestellung LB-7781 vom 23.11.2026, Lieferung bitte bis 02.12.2026.\n\n"
  "Unsere Art.-Nr.\tBezeichnung\tMenge\tEP netto\n"
  "LB-F-0610\tCromalux 6.1 Tube 100 ml\t6\t10,40\n"
  "LB-F-0743\tCromalux 7/43 Tube 100 ml\t4\t10,40\n"
  "LB-F-1010\tCromalux 10.1 Tube 100 ml\t6\t10,40\n"
  "LB-O-20\tEntwickler 20 Vol. 1 Liter\t10\t5,60\n"
  "LB-B-01\tBlondierpulver blau Dose 500 g\t4\t14,90\n"
  "LB-H-02\tHandschuhe Nitril schwarz Gr. S\t6\t7,90\n\n"
  "Danke und viele Grüße\nJulia Brandt\nHaarstudio Lichtblick\nSchellingstraße 31, 80799 München\nTel. 089 2710 553\n"
  "USt-IdNr. DE281234567\n",
  label("Haarstudio Lichtblick", "LB-7781", [
      L("CLX100-0610", "Cromalux 6.1 Tube 100 ml", 6, "EA", 10.40, "LB-F-0610"),
      L("CLX100-0743", "Cromalux 7/43 Tube 100 ml", 4, "EA", 10.40, "LB-F-0743"),
      L("CLX100-1010", "Cromalux 10.1 Tube 100 ml", 6, "EA", 10.40, "LB-F-1010"),
      L("OX1000-20", "Entwickler 20 Vol. 1 Liter", 10, "EA", 5.60, "LB-O-20"),
      L("BL500-BLU", "Blondierpulver blau Dose 500 g", 4, "EA", 14.90, "LB-B-01"),
      L("GL-NIT-BK-S", "Handschuhe Nitril schwarz Gr. S", 6, "BX", 7.90, "LB-H-02")],
      order_date="2026-11-23", req="2026-12-02", currency=None))

# ---------------------------------------------------------------- 15 beauty school Bologna, word quantities
m("e15_accademia_words", "Segreteria Accademia <segreteria@accademia-acconciatori.it>", SELLER_IT,
  "Materiale corso colore - ordine ACC/26/54", "Tue, 24 Nov 2026 15:40:00 +0100",
  """Buonasera,

per il corso di colorimetria del mese prossimo ci servono (ordine ACC/26/54):

- venti mantelline monouso conf. 50? no scusate, due confezioni da 50
- trenta pennelli colore stretti
- dieci ciotole graduate nere
- cinque scatole guanti vinile M
- dodici tubi 5.0 da 60 ml
- dodici tubi 7.0 da 60 ml
- sei ossidanti 20 vol da litro

Fatturare all'Accademia, consegna in segreteria entro il 14 dicembre.

Cordiali saluti
Marta Galli - Segreteria didattica
Accademia Acconciatori Emilia
Via dell'Indipendenza 55, 40121 Bologna
""",
  label("Accademia Acconciatori Emilia", "ACC/26/54", [
      L("CP-DISP-50", "mantelline monouso conf. 50", 2, "PK"), L("BR-TINT-N", "pennelli colore stretti", 30),
      L("AC-BOWL", "ciotole graduate nere", 10), L("GL-VIN-M", "scatole guanti vinile M", 5, "BX"),
      L("CLX60-0500", "tubi 5.0 da 60 ml", 12), L("CLX60-0700", "tubi 7.0 da 60 ml", 12),
      L("OX1000-20", "ossidanti 20 vol da litro", 6)], req="2026-12-14"))

# ---------------------------------------------------------------- 16 Spanish barber Sevilla, prices after qty
m("e16_navajazo_es", "Barbería El Navajazo <pedidos@elnavajazo.es>", SELLER_ES, "pedido semana 48",
  "Wed, 25 Nov 2026 19:02:55 +0100",
  """Buenas,

Pedido nº NAV-482:

Cuchillas doble filo caja 100 .......... 4 cajas a 9,90
Maquinillas desechables 2 hojas caja 100 .. 2 cajas a 18,50
Capa barbero negra cuello neopreno ..... 3 a 16,90
Peine barbero degradado carbono ........ 10 a 2,60
Toallas negras 50x90 (paquete 12) ...... 2 paquetes a 34,80

Entregar en Calle Feria 23, Sevilla.

Un saludo,
Antonio Ruiz
Barbería El Navajazo
""",
  label("Barbería El Navajazo", "NAV-482", [
      L("RZ-DE-100", "Cuchillas doble filo caja 100", 4, "BX", 9.90),
      L("RZ-2B-100", "Maquinillas desechables 2 hojas caja 100", 2, "BX", 18.50),
      L("CP-BARB-BK", "Capa barbero negra cuello neopreno", 3, "EA", 16.90),
      L("CB-BARB", "Peine barbero degradado carbono", 10, "EA", 2.60),
      L("TW-5090-BK", "Toallas negras 50x90 (paquete 12)", 2, "PK", 34.80)], currency=None,
      ship=(None, "Calle Feria 23", "Sevilla", None, "ES")))

# ---------------------------------------------------------------- 17 Porto salon NOT in customers, Portuguese
m("e17_cabelodouro_pt_new", "Sofia Almeida <sofia@cabelodouro.pt>", SELLER_ES, "Primeira encomenda",
  "Thu, 26 Nov 2026 10:10:10 +0000",
  """Olá,

Somos um salão novo no Porto (Salão Cabelo d'Ouro) e gostaríamos de fazer a primeira encomenda:

Coloração Cromalux 60 ml:
  4.0 – 3
  5.0 – 3
  6.0 – 4
  7.1 – 4
  8.1 – 2
Oxidante 20 vol 1 L – 6
Descolorante azul 1 kg – 1
Escovas redondas 43 mm – 2
Escova raquete – 2

Morada de entrega: Rua de Santa Catarina 311, 4000-443 Porto.
NIF 515 222 333. Pagamento por transferência.

Obrigada,
Sofia Almeida
Salão Cabelo d'Ouro
+351 22 208 1190
""",
  label("Salão Cabelo d'Ouro", None, [
      L("CLX60-0400", "4.0", 3), L("CLX60-0500", "5.0", 3), L("CLX60-0600", "6.0", 4), L("CLX60-0710", "7.1", 4),
      L("CLX60-0810", "8.1", 2), L("OX1000-20", "Oxidante 20 vol 1 L", 6), L("BL1K-BLU", "Descolorante azul 1 kg", 1),
      L("BR-RND-43", "Escovas redondas 43 mm", 2), L("BR-PAD", "Escova raquete", 2)],
      ship=(None, "Rua de Santa Catarina 311", "Porto", "4000-443", "PT")))

# ---------------------------------------------------------------- 18 UK terse forward + add-on
m("e18_cuttingroom_addon", "Dan Whitaker <dan.whitaker@cuttingroom.co.uk>", SELLER_IT,
  "Re: PO CR-2026-0412 - restock Oldham St", "Thu, 05 Nov 2026 09:11:02 +0000",
  """Morning - can you add these to CR-2026-0412 please, separate line items:

2 x tail combs metal pin
1 x 9" cutting comb (carbon)

ta, Dan

-----Original Message-----
From: Dan Whitaker
Sent: 04 November 2026 16:02
Subject: PO CR-2026-0412 - restock Oldham St
[original order attached earlier]
""",
  label("The Cutting Room Ltd", "CR-2026-0412", [
      L("CB-TAIL-MET", "tail combs metal pin", 2), L("CB-CUT-9", "9\" cutting comb (carbon)", 1)]))

# ---------------------------------------------------------------- 19 Spa Abano, Italian, ERP fixed columns
m("e19_aquae_erp_fixed", "Acquisti Aquae Termali <acquisti@aquaetermali.it>", SELLER_IT,
  "ORDINE FORNITORE 000871", "Fri, 27 Nov 2026 07:30:00 +0100",
  """ORDINE A FORNITORE N. 000871   DATA 27/11/2026
FORNITORE: LHS FORNITURE PROFESSIONALI SRL
CONSEGNA: MAGAZZINO SPA - VIALE DELLE TERME 102 - 35031 ABANO TERME (PD)
DATA CONSEGNA: 04/12/2026

RIG COD.FORN.      DESCRIZIONE                         UM   QTA'     PREZZO
--- -------------- ----------------------------------- -- ------- ---------
001 WX-TN800-AZU   CERA BARATTOLO 800ML AZULENE        PZ   10,00     10,500
002 WX-CR-TIT      CERA CARTUCCIA 100ML TITANIO ROSA   PZ   48,00      1,950
003 TW-DISP-50     ASCIUGAMANI MONOUSO 40X80 CF.50     CF   20,00      9,900
004 GL-NIT-BL-M    GUANTI NITRILE BLU M BOX 100        CF    6,00      6,900
005 SH-NUT-5L      SHAMPOO NUTRIENTE 5L RICARICA       PZ    4,00     38,000
006 CO-IDR-5L      BALSAMO IDRATANTE 5L RICARICA       PZ    4,00     41,000

TOTALE IMPONIBILE EUR   599,60
Documento generato automaticamente - non rispondere a questo indirizzo.
""",
  label("Aquae Termali Spa & Resort", "000871", [
      L("WX-TN800-AZU", "CERA BARATTOLO 800ML AZULENE", 10, "EA", 10.50),
      L("WX-CR-TIT", "CERA CARTUCCIA 100ML TITANIO ROSA", 48, "EA", 1.95),
      L("TW-DISP-50", "ASCIUGAMANI MONOUSO 40X80 CF.50", 20, "PK", 9.90),
      L("GL-NIT-BL-M", "GUANTI NITRILE BLU M BOX 100", 6, "BX", 6.90),
      L("SH-NUT-5L", "SHAMPOO NUTRIENTE 5L RICARICA", 4, "EA", 38.00),
      L("CO-IDR-5L", "BALSAMO IDRATANTE 5L RICARICA", 4, "EA", 41.00)],
      order_date="2026-11-27", req="2026-12-04", currency="EUR",
      ship=(None, "VIALE DELLE TERME 102", "ABANO TERME", "35031", "IT", "PD")))

# ---------------------------------------------------------------- 20 Irish, NOT in customers (hotmail), chatty with shade numbers like prices
m("e20_niamh_galway_new", "Niamh O'Connor <hairbyniamh@hotmail.com>", SELLER_IT, "order from Galway",
  "Mon, 30 Nov 2026 20:15:33 +0000",
  """Hiya,

Niamh here from Hair by Niamh in Galway, got your details from Siobhan in Blackrock. Could I order:

9.03 - 4 tubes
8.1 - 3 tubes
10.1 - 5 tubes
(all the 60ml ones)
the 10 vol developer in the small 120ml bottles, 12 of them
and 2 rolls of the embossed foil 12cm

Address: Hair by Niamh, 14 Shop Street, Galway H91 E2K7.

Thanks so much!
Niamh
087 123 4567

Sent from my iPhone
""",
  label("Hair by Niamh", None, [
      L("CLX60-0903", "9.03", 4), L("CLX60-0810", "8.1", 3), L("CLX60-1010", "10.1", 5),
      L("OX120-10", "10 vol developer in the small 120ml bottles", 12), L("FO-12-100-EMB", "embossed foil 12cm", 2, "RL")],
      ship=("Hair by Niamh", "14 Shop Street", "Galway", "H91E2K7", "IE")))

# ---------------------------------------------------------------- 21 Barber Brothers Berlin, English-German mix, short
m("e21_barberbrothers_de", "Kemal Yilmaz <kemal@barberbrothers.de>", SELLER_IT, "Nachbestellung",
  "Tue, 01 Dec 2026 12:00:00 +0100",
  """Servus,

bitte wie besprochen:
10x Rasierer einschneidig (100er Box)
5x Rasierer zweischneidig (100er Box)
4x Barber-Umhang schwarz
20x Nackenpapier 5x100

PO: BB-B-2231

Gruß Kemal
Barber Brothers GmbH | Oranienstraße 180 | 10999 Berlin
""",
  label("Barber Brothers GmbH", "BB-B-2231", [
      L("RZ-1B-100", "Rasierer einschneidig (100er Box)", 10, "BX"), L("RZ-2B-100", "Rasierer zweischneidig (100er Box)", 5, "BX"),
      L("CP-BARB-BK", "Barber-Umhang schwarz", 4), L("AC-NECK-5", "Nackenpapier 5x100", 20, "PK")]))

# ---------------------------------------------------------------- 22 Nails & Wax Parma, polish by colour code only
m("e22_nailswax_codes", "Federica <federica@nailswaxstudio.it>", SELLER_IT, "smalti + cera",
  "Wed, 02 Dec 2026 10:44:12 +0100",
  """Ciao!
Mi servono questi smalti Lumina:
105 x 3
110 x 3
121 x 2
130 x 2
211 x 6
301 x 2
310 x 2
320 x 2
e poi cera rullo naturale x 30, cera barattolo cioccolato x 4.
Grazie mille, Federica
Nails & Wax Studio - Borgo Giacomo Tommasini 20, Parma
""",
  label("Nails & Wax Studio", None, [
      L("NP-105", "105", 3), L("NP-110", "110", 3), L("NP-121", "121", 2), L("NP-130", "130", 2), L("NP-211", "211", 6),
      L("NP-301", "301", 2), L("NP-310", "310", 2), L("NP-320", "320", 2), L("WX-CR-NAT", "cera rullo naturale", 30),
      L("WX-TN-CHO", "cera barattolo cioccolato", 4)]))

# ---------------------------------------------------------------- 23 Spanish school Granada, numbered table with prices and PO
m("e23_alhambra_es_school", "Compras Escuela Alhambra <compras@escuelaalhambra.es>", SELLER_ES,
  "Orden de compra OC-2026-140", "Thu, 03 Dec 2026 09:05:00 +0100",
  """Estimados señores:

Adjuntamos en el cuerpo del correo nuestra orden de compra OC-2026-140 de fecha 3 de diciembre de 2026.

Nº | Cant. | Descripción                               | Precio
1  | 20    | Mantilla de corte gris con botones        | 9,80 €
2  | 15    | Peine de corte carbono 7"                 | 2,40 €
3  | 15    | Cepillo esqueleto 9 filas                 | 3,90 €
4  | 10    | Pinzas separadoras cocodrilo (pack 12)    | 3,90 €
5  | 8     | Gorros mechas desechables (pack 100)      | 5,50 €
6  | 6     | Guantes nitrilo azul talla L caja 100     | 6,90 €

Entrega: Calle Recogidas 31, 18005 Granada, antes del 18/12/2026.

Atentamente,
Departamento de Compras
Escuela de Estética Alhambra
""",
  label("Escuela de Estética Alhambra", "OC-2026-140", [
      L("CP-CUT-GR", "Mantilla de corte gris con botones", 20, "EA", 9.80), L("CB-CUT-7", "Peine de corte carbono 7\"", 15, "EA", 2.40),
      L("BR-SKEL", "Cepillo esqueleto 9 filas", 15, "EA", 3.90), L("AC-CLIP-12", "Pinzas separadoras cocodrilo (pack 12)", 10, "PK", 3.90),
      L("AC-CAP-100", "Gorros mechas desechables (pack 100)", 8, "PK", 5.50),
      L("GL-NIT-BL-L", "Guantes nitrilo azul talla L caja 100", 6, "BX", 6.90)],
      order_date="2026-12-03", req="2026-12-18", currency="EUR",
      ship=(None, "Calle Recogidas 31", "Granada", "18005", "ES")))

# ---------------------------------------------------------------- 24 Greek spa NOT in customers, English with Greek greeting
m("e24_thalassa_gr_new", "Thalassa Spa Kos <manager@thalassaspa-kos.gr>", SELLER_IT, "Order request - Thalassa Spa",
  "Fri, 04 Dec 2026 13:30:00 +0200",
  """Καλημέρα / Good morning,

We would like to place an order for our spa (order ref. TS-26-019):

- Wax tins 400ml azulene: 10 pcs
- Wax tins 400ml natural: 10 pcs
- Roll-on wax cartridges natural: 40 pcs
- Disposable towels 40x80 (50 pack): 6 packs
- White towels 50x90 pack of 12: 3 packs

Ship to: Thalassa Spa, Akti Koundourioti 7, 85300 Kos, Greece.
Required by 15 Dec 2026.

Best regards,
Eleni Georgiou
Spa Manager, Thalassa Spa Kos
""",
  label("Thalassa Spa Kos", "TS-26-019", [
      L("WX-TN-AZU", "Wax tins 400ml azulene", 10), L("WX-TN-NAT", "Wax tins 400ml natural", 10),
      L("WX-CR-NAT", "Roll-on wax cartridges natural", 40), L("TW-DISP-50", "Disposable towels 40x80 (50 pack)", 6, "PK"),
      L("TW-5090-WH", "White towels 50x90 pack of 12", 3, "PK")], req="2026-12-15",
      ship=("Thalassa Spa", "Akti Koundourioti 7", "Kos", "85300", "GR")))

# ---------------------------------------------------------------- 25 Milan salon, "6.1 x 3" ambiguous looking pricing with real prices
m("e25_bellezzaviva_prices", "Chiara Bonetti <chiara@bellezzaviva.it>", SELLER_IT, "ordine + prezzi concordati",
  "Mon, 07 Dec 2026 08:40:00 +0100",
  """Ciao Paola,
come d'accordo al telefono, prezzo speciale sui 100 ml:

6.1 x 3 a 9,50
7.0 x 4 a 9,50
9.03 x 2 a 9,50
(tutti tubi da 100 ml)
bilama x 1 scatola

Grazie!
Chiara - Salone Bellezza Viva
""",
  label("Salone Bellezza Viva", None, [
      L("CLX100-0610", "6.1", 3, "EA", 9.50), L("CLX100-0700", "7.0", 4, "EA", 9.50), L("CLX100-0903", "9.03", 2, "EA", 9.50),
      L("RZ-2B-100", "bilama", 1, "BX")], currency=None))

# ---------------------------------------------------------------- 26 Polish second, with German-style dates & shade names
m("e26_aneta_pl_repeat", "Aneta Nowak <aneta@salonaneta.pl>", SELLER_IT, "RE: Zamówienie 45/2026 - dodatkowe",
  "Tue, 08 Dec 2026 09:19:00 +0100",
  """Dzień dobry,

proszę jeszcze o dodatkowe zamówienie nr 48/2026:

2 x 7/43 (60 ml)
3 x 6.3 (60 ml)
1 x 10.0 (60 ml)
szampon silver 250 ml x 6
odżywka silver 250 ml x 6

Pozdrawiam
Aneta

> Dzień dobry,
> zamawiam następujące produkty (zamówienie nr 45/2026): ...
""",
  label("Salon Fryzjerski Aneta", "48/2026", [
      L("CLX60-0743", "7/43 (60 ml)", 2), L("CLX60-0630", "6.3 (60 ml)", 3), L("CLX60-1000", "10.0 (60 ml)", 1),
      L("SH-SIL-250", "szampon silver 250 ml", 6), L("CO-SIL-250", "odżywka silver 250 ml", 6)]))

# ---------------------------------------------------------------- 27 French school NOT in customers, Bordeaux
m("e27_lumiere_fr_new", "Institut Beauté Lumière <direction@lumiere-beaute.fr>", SELLER_IT, "Commande cire et vernis",
  "Wed, 09 Dec 2026 16:00:00 +0100",
  """Madame, Monsieur,

Suite à notre échange téléphonique, nous vous passons commande (réf. IBL-2026-31, en date du 09/12/2026) :

Vernis Lumina 102 Rosso Ciliegia ...... 6
Vernis Lumina 202 Nude Caramello ...... 6
Vernis Lumina 210 Bianco Latte ........ 4
Cire roll-on titane rose 100 ml ....... 36
Cire pot 800 ml azulène ............... 3
Bandes épilation non tissé 7x20 ....... 8 paquets

Adresse de livraison : Institut Beauté Lumière, 27 cours de l'Intendance, 33000 Bordeaux.

Cordialement,
Camille Bernard
Directrice – Institut Beauté Lumière
05 56 44 12 90
""",
  label("Institut Beauté Lumière", "IBL-2026-31", [
      L("NP-102", "Vernis Lumina 102 Rosso Ciliegia", 6), L("NP-202", "Vernis Lumina 202 Nude Caramello", 6),
      L("NP-210", "Vernis Lumina 210 Bianco Latte", 4), L("WX-CR-TIT", "Cire roll-on titane rose 100 ml", 36),
      L("WX-TN800-AZU", "Cire pot 800 ml azulène", 3), L("WX-STRIP-100", "Bandes épilation non tissé 7x20", 8, "PK")],
      order_date="2026-12-09",
      ship=("Institut Beauté Lumière", "27 cours de l'Intendance", "Bordeaux", "33000", "FR")))

# ---------------------------------------------------------------- 28 Madrid, forward from owner to staff, then to us
m("e28_rizos_forward", "Lucía Moreno <lucia@peluqueriarizos.es>", SELLER_ES, "RV: lo que falta",
  "Thu, 10 Dec 2026 11:11:11 +0100",
  """Os reenvío lo que me ha pasado Carmen, pedidlo tal cual porfa. Pedido interno R-77.

---------- Mensaje reenviado ---------
De: Carmen <carmen.rizos@gmail.com>
Fecha: mié, 9 dic 2026 a las 20:31
Asunto: lo que falta
Para: Lucía <lucia@peluqueriarizos.es>

Lucía, falta esto en el almacén:
champú técnico pH neutro 5 litros - 2
acondicionador desenredante 1 litro - 3
toallas burdeos 50x90 - 2 paquetes
papel aluminio 12 cm rollo grande 250 m - 2
tintes: 6.0 dos, 7.0 dos, 8.0 uno (60 ml)
""",
  label("Peluquería Rizos", "R-77", [
      L("SH-TEC-5L", "champú técnico pH neutro 5 litros", 2), L("CO-DIS-1L", "acondicionador desenredante 1 litro", 3),
      L("TW-5090-BD", "toallas burdeos 50x90", 2, "PK"), L("FO-12-250", "papel aluminio 12 cm rollo grande 250 m", 2, "RL"),
      L("CLX60-0600", "6.0", 2), L("CLX60-0700", "7.0", 2), L("CLX60-0800", "8.0", 1)]))

# ---------------------------------------------------------------- 29 Romanian school NOT in customers (Cluj) - careful: Salon Coafură Lux is in customers, school isn't
m("e29_scoala_cluj_new", "Școala de Coafură Cluj <secretariat@scoalacoafura-cluj.ro>", SELLER_IT, "Comandă materiale curs",
  "Fri, 11 Dec 2026 09:45:00 +0200",
  """Bună ziua,

Pentru cursurile din ianuarie vă rugăm să ne livrați (comanda SCC-12/2026):

1) Pelerine unică folosință (pachet 50) – 4 pachete
2) Mănuși nitril negre mărimea M – 8 cutii
3) Pensule vopsit late – 20 buc
4) Boluri gradate negre – 20 buc
5) Vopsea Cromalux 6.0 60 ml – 10 buc
6) Oxidant 20 vol 1 L – 5 buc

Adresa: Strada Memorandumului 28, 400114 Cluj-Napoca.
Termen de livrare: 08.01.2027.

Cu stimă,
Secretariat – Școala de Coafură Cluj
""",
  label("Școala de Coafură Cluj", "SCC-12/2026", [
      L("CP-DISP-50", "Pelerine unică folosință (pachet 50)", 4, "PK"), L("GL-NIT-BK-M", "Mănuși nitril negre mărimea M", 8, "BX"),
      L("BR-TINT-W", "Pensule vopsit late", 20), L("AC-BOWL", "Boluri gradate negre", 20),
      L("CLX60-0600", "Vopsea Cromalux 6.0 60 ml", 10), L("OX1000-20", "Oxidant 20 vol 1 L", 5)], req="2027-01-08",
      ship=(None, "Strada Memorandumului 28", "Cluj-Napoca", "400114", "RO")))

# ---------------------------------------------------------------- 30 Romanian Cluj salon (in customers), quantities written after "buc." with shade-like 10.1
m("e30_coafuralux_ro", "Andreea <andreea@coafuralux.ro>", SELLER_IT, "comanda",
  "Mon, 14 Dec 2026 10:20:00 +0200",
  """Salut,
comanda noastra pentru decembrie:
10.1 / 100 ml - 3 buc.
9.03 / 100 ml - 3 buc.
7/43 / 60 ml - 2 buc.
decolorant albastru 500g - 3 buc.
oxidant 40 vol 1 L - 2 buc.
Multumesc, Andreea
Salon Coafură Lux, Bd. Eroilor 11, Cluj
""",
  label("Salon Coafură Lux", None, [
      L("CLX100-1010", "10.1 / 100 ml", 3), L("CLX100-0903", "9.03 / 100 ml", 3), L("CLX60-0743", "7/43 / 60 ml", 2),
      L("BL500-BLU", "decolorant albastru 500g", 3), L("OX1000-40", "oxidant 40 vol 1 L", 2)]))

# ---------------------------------------------------------------- 31 UK, quantities in dozens
m("e31_cuttingroom_dozens", "Priya Shah <priya@cuttingroom.co.uk>", SELLER_IT, "PO CR-2026-0455",
  "Tue, 15 Dec 2026 14:05:00 +0000",
  """Hello,

PO CR-2026-0455, 15/12/2026.

- Developer 20 vol 120ml: 2 dozen
- Colour brushes wide: 1 dozen
- Clips (alligator, packs of 12): 4 packs
- Hydrating shampoo 250ml: 24

Please deliver before 22/12 - we close for Christmas on the 23rd.

Kind regards,
Priya Shah
Assistant Manager, The Cutting Room Ltd
""",
  label("The Cutting Room Ltd", "CR-2026-0455", [
      L("OX120-20", "Developer 20 vol 120ml", 2, "DZ"), L("BR-TINT-W", "Colour brushes wide", 1, "DZ"),
      L("AC-CLIP-12", "Clips (alligator, packs of 12)", 4, "PK"), L("SH-IDR-250", "Hydrating shampoo 250ml", 24)],
      order_date="2026-12-15", req="2026-12-22"))

# ---------------------------------------------------------------- 32 Vienna, second order with correction inside same mail
m("e32_kammschere_at_change", "Markus Gruber <bestellung@kammundschere.at>", SELLER_IT, "Bestellung Nr. 2026/131",
  "Wed, 16 Dec 2026 08:00:00 +0100",
  """Guten Morgen,

Bestellung Nr. 2026/131:

3 x Cromalux 6.1 60 ml
2 x Cromalux 7.3 60 ml  -> Korrektur: bitte 7.1 statt 7.3
2 x Cromalux 9.3 60 ml
5 x Blondierpulver weiß 500 g
1 x Paddlebürste

Danke, lg
Markus Gruber
Friseur Kamm & Schere, Wien
""",
  label("Friseur Kamm & Schere", "2026/131", [
      L("CLX60-0610", "Cromalux 6.1 60 ml", 3), L("CLX60-0710", "Cromalux 7.3 60 ml  -> Korrektur: bitte 7.1 statt 7.3", 2),
      L("CLX60-0930", "Cromalux 9.3 60 ml", 2), L("BL500-WHT", "Blondierpulver weiß 500 g", 5), L("BR-PAD", "Paddlebürste", 1)]))

# ---------------------------------------------------------------- 33 Lisbon, second, same as last time except
m("e33_estilolisboa_same", "Rita Fonseca <encomendas@estilolisboa.pt>", SELLER_ES, "RE: Encomenda n.º 0097",
  "Thu, 17 Dec 2026 10:30:00 +0000",
  """Bom dia,

Encomenda n.º 0104: igual à anterior, exceto o champô hidratante 5 L (não precisamos desta vez) e as luvas passam a tamanho M.

Obrigada,
Rita

-----Mensagem original-----
De: Rita Fonseca
Enviada: 12 de novembro de 2026 11:05
Assunto: Encomenda n.º 0097

3 un. Champô Silver antiamarelo 1 L
2 un. Amaciador Silver antiamarelo 1 L
1 un. Champô Hidratante recarga 5 L
1 un. Amaciador Desembaraçante recarga 5 L
4 cx. Luvas nitrilo pretas tamanho S
2 rolos folha de alumínio 15 cm x 100 m
10 un. Taças de cor pretas
""",
  label("Salão Estilo Lisboa", "0104", [
      L("SH-SIL-1L", "Champô Silver antiamarelo 1 L", 3), L("CO-SIL-1L", "Amaciador Silver antiamarelo 1 L", 2),
      L("CO-DIS-5L", "Amaciador Desembaraçante recarga 5 L", 1),
      L("GL-NIT-BK-M", "Luvas nitrilo pretas tamanho S", 4, "BX"), L("FO-15-100", "folha de alumínio 15 cm x 100 m", 2, "RL"),
      L("AC-BOWL", "Taças de cor pretas", 10)]))

# ---------------------------------------------------------------- 34 Torino, quick one-liner
m("e34_ferraro_oneliner", "Davide Ferraro <davide@studioferraro.it>", SELLER_IT, "urgente",
  "Fri, 18 Dec 2026 17:55:00 +0100",
  """mi mandate 2 mantelle colore nere e 4 rotoli alluminio 15 cm da 250 m? ordine SF-0241. grazie D.

--
Inviato da Outlook per Android
""",
  label("Studio Capelli Ferraro", "SF-0241", [
      L("CP-COL-BK", "mantelle colore nere", 2), L("FO-15-250", "rotoli alluminio 15 cm da 250 m", 4, "RL")]))

# ---------------------------------------------------------------- 35 Munich, German, phone-note list pasted, quantities after with "Stk"
m("e35_lichtblick_note", "Julia Brandt <einkauf@lichtblick-haare.de>", SELLER_IT, "Fwd: Notiz",
  "Mon, 21 Dec 2026 09:00:00 +0100",
  """Bitte liefern, Bestellnr. LB-7802. Danke, Julia

Anfang der weitergeleiteten Nachricht:
Von: Tom <tom.lichtblick@icloud.com>
Betreff: Notiz

Farben:
5.1 2 Stk
6.01 3 Stk
7.0 3 Stk
8.3 2 Stk
(alle 60ml)
Oxi 6% Liter 4 Stk
Oxi 9% Liter 2 Stk
Foliensheets 500er 1

Von meinem iPhone gesendet
""",
  label("Haarstudio Lichtblick", "LB-7802", [
      L("CLX60-0510", "5.1", 2), L("CLX60-0601", "6.01", 3), L("CLX60-0700", "7.0", 3), L("CLX60-0830", "8.3", 2),
      L("OX1000-20", "Oxi 6% Liter", 4), L("OX1000-30", "Oxi 9% Liter", 2), L("FO-SHEET-500", "Foliensheets 500er", 1, "PK")]))

# ---------------------------------------------------------------- 36 Athens, Greek second mail, with correction reply
m("e36_armonia_gr_correction", "Ελένη Παπαδοπούλου <info@armonia-hair.gr>", SELLER_IT, "RE: Παραγγελία 322",
  "Tue, 22 Dec 2026 11:00:00 +0200",
  """Συγγνώμη, διόρθωση: η βαφή 6.66 δεν είναι σωστή, θέλαμε 6.3. Οι ποσότητες ίδιες.

Ελένη

-----Original Message-----
From: info@armonia-hair.gr
Subject: Παραγγελία 322

Βαφή Cromalux 6.66 60ml - 2 τεμ.
Βαφή Cromalux 9.0 60ml - 4 τεμ.
Γάντια νιτριλίου μαύρα L - 2 κουτιά
""",
  label("Kommotirio Armonia", "322", [
      L("CLX60-0630", "Βαφή Cromalux 6.66 60ml", 2), L("CLX60-0900", "Βαφή Cromalux 9.0 60ml", 4),
      L("GL-NIT-BK-L", "Γάντια νιτριλίου μαύρα L", 2, "BX")]))

# ---------------------------------------------------------------- 37 Berlin, English, our SKUs only
m("e37_barberbrothers_skus", "Kemal Yilmaz <kemal@barberbrothers.de>", SELLER_IT, "PO BB-B-2240",
  "Wed, 23 Dec 2026 10:00:00 +0100",
  """hi, PO BB-B-2240:
RZ-SHAV 3
RZ-DE-100 6
BR-BARB 2
CB-CUT-7 10
TW-5090-BK 2
thx Kemal
""",
  label("Barber Brothers GmbH", "BB-B-2240", [
      L("RZ-SHAV", "RZ-SHAV", 3), L("RZ-DE-100", "RZ-DE-100", 6, "BX"), L("BR-BARB", "BR-BARB", 2),
      L("CB-CUT-7", "CB-CUT-7", 10), L("TW-5090-BK", "TW-5090-BK", 2, "PK")]))

# ---------------------------------------------------------------- 38 Hotel spa IT second, dates in words
m("e38_lagosplendido_words", "Spa Lago Splendido <spa.acquisti@lagosplendido.com>", SELLER_IT,
  "Ordine n. LS/SPA/2027/002", "Mon, 04 Jan 2027 09:00:00 +0100",
  """Buongiorno,

ordine n. LS/SPA/2027/002 del 4 gennaio 2027, consegna entro venerdì 15 gennaio 2027:

- n. 6 confezioni asciugamani 50x90 grigio antracite
- n. 2 shampoo idratante ricarica 5 litri
- n. 2 balsamo idratante ricarica 5 litri
- n. 24 cera roll-on naturale

Cordiali saluti,
Ufficio Acquisti - Hotel Lago Splendido
""",
  label("Hotel Lago Splendido - Spa", "LS/SPA/2027/002", [
      L("TW-5090-GR", "confezioni asciugamani 50x90 grigio antracite", 6, "PK"), L("SH-IDR-5L", "shampoo idratante ricarica 5 litri", 2),
      L("CO-IDR-5L", "balsamo idratante ricarica 5 litri", 2), L("WX-CR-NAT", "cera roll-on naturale", 24)],
      order_date="2027-01-04", req="2027-01-15"))

# ---------------------------------------------------------------- 39 Sevilla, Spanish, shade x qty with 100ml + soft ambiguity resolved
m("e39_navajazo_colour", "Barbería El Navajazo <pedidos@elnavajazo.es>", SELLER_ES, "tintes",
  "Tue, 05 Jan 2027 18:30:00 +0100",
  """Hola, pedido NAV-503:
tinte sin amoniaco 5.0 x 2
tinte sin amoniaco 6.1 x 2
tinte normal 1.0 x 3
todos de 60.
oxidante 10 vol 120 ml x 6
Gracias, Antonio
""",
  label("Barbería El Navajazo", "NAV-503", [
      L("CLS60-0500", "tinte sin amoniaco 5.0", 2), L("CLS60-0610", "tinte sin amoniaco 6.1", 2),
      L("CLX60-0100", "tinte normal 1.0", 3), L("OX120-10", "oxidante 10 vol 120 ml", 6)]))

# ---------------------------------------------------------------- 40 Dublin second: brush sizes, towels
m("e40_blackrock_mixed", "Siobhan Kelly <siobhan@blackrockhair.ie>", SELLER_IT, "Order BHC-1203",
  "Wed, 06 Jan 2027 10:10:00 +0000",
  """Hi Paola, happy new year!

BHC-1203 please:
round brushes 25mm x2, 53mm x2
towels black 40x80 x 1 pack
kids capes x 2
bleach white 500g x 3

Siobhan
""",
  label("Blackrock Hair Co.", "BHC-1203", [
      L("BR-RND-25", "round brushes 25mm", 2), L("BR-RND-53", "53mm", 2), L("TW-4080-BK", "towels black 40x80", 1, "PK"),
      L("CP-KID", "kids capes", 2), L("BL500-WHT", "bleach white 500g", 3)]))

# ---------------------------------------------------------------- 41 Italian Parma, cancel one line in reply
m("e41_nailswax_reply", "Federica <federica@nailswaxstudio.it>", SELLER_IT, "Re: smalti + cera",
  "Thu, 07 Jan 2027 11:00:00 +0100",
  """Ciao, nuovo ordine NW-003 uguale a quello di dicembre MA senza il 320 e con 6 cera rullo azulene in più.

Federica

Il giorno mer 2 dic 2026 alle 10:44 Federica <federica@nailswaxstudio.it> ha scritto:
> Ciao!
> Mi servono questi smalti Lumina:
> 105 x 3
> 110 x 3
> 121 x 2
> 130 x 2
> 211 x 6
> 301 x 2
> 310 x 2
> 320 x 2
> e poi cera rullo naturale x 30, cera barattolo cioccolato x 4.
""",
  label("Nails & Wax Studio", "NW-003", [
      L("NP-105", "105", 3), L("NP-110", "110", 3), L("NP-121", "121", 2), L("NP-130", "130", 2), L("NP-211", "211", 6),
      L("NP-301", "301", 2), L("NP-310", "310", 2), L("WX-CR-NAT", "cera rullo naturale", 30),
      L("WX-TN-CHO", "cera barattolo cioccolato", 4), L("WX-CR-AZU", "cera rullo azulene", 6)]))

# ---------------------------------------------------------------- 42 French Lyon second, quantities before, PO in subject only
m("e42_margaux_fr_short", "Margaux Lefèvre <contact@ateliermargaux.fr>", SELLER_IT, "BC 27-004",
  "Fri, 08 Jan 2027 15:15:00 +0100",
  """Bonjour,

3 shampooings Silver 5 L recharge
2 après-shampooings démêlants 1 L
1 boîte de gants nitrile noirs XL

Merci, bonne journée
Margaux
""",
  label("Coiffure Atelier Margaux", "BC 27-004", [
      L("SH-SIL-5L", "shampooings Silver 5 L recharge", 3), L("CO-DIS-1L", "après-shampooings démêlants 1 L", 2),
      L("GL-NIT-BK-XL", "gants nitrile noirs XL", 1, "BX")]))

# ================================================================ NOT ORDERS
m("n01_rfq_school", "Compras Escuela Alhambra <compras@escuelaalhambra.es>", SELLER_ES, "Solicitud de presupuesto",
  "Mon, 11 Jan 2027 09:00:00 +0100",
  """Buenos días,

¿Podrían enviarnos presupuesto para 40 mantillas de corte negras y 40 peines de corte 9"? Todavía no es un pedido;
necesitamos comparar precios antes del consejo del 20 de enero.

Atentamente,
Departamento de Compras - Escuela de Estética Alhambra
""",
  not_order())

m("n02_complaint_uk", "Dan Whitaker <dan.whitaker@cuttingroom.co.uk>", SELLER_IT, "Damaged delivery - CR-2026-0412",
  "Tue, 12 Jan 2027 10:00:00 +0000",
  """Hi,

The delivery for PO CR-2026-0412 arrived with 2 of the 6 x 7.1 100ml tubes split and leaking onto the gloves.
Photos attached separately. Can you credit the 2 tubes or send replacements with the next order? Not a new order.

Dan
""",
  not_order())

m("n03_shipping_notice", "SEUR Notificaciones <no-reply@notificaciones.seur.es>", SELLER_ES,
  "Su envío 4471 2290 1187 está en reparto", "Wed, 13 Jan 2027 07:12:00 +0100",
  """Estimado cliente,

Su envío con referencia LHS-MAD-2027-0031 (3 bultos, 14,2 kg) saldrá hoy en reparto.
Destinatario: Peluquería Rizos, Calle de Fuencarral 88, 28004 Madrid.
Franja estimada: 10:00 - 14:00.

Consulte el seguimiento en nuestra web. Este es un mensaje automático.
""",
  not_order())


def build():
    for name, frm, to, subj, date, body, lab, cc in M:
        save(name, lab, make_mail(frm, to, subj, date, body, cc=cc))
    return len(M)
