from docs_a import D, PO, S, ST

D(name="e10_keller_de_kw50", fmt="eml", frm="Sabine Wörner <s.woerner@keller-haustechnik.de>",
  date="Wed, 25 Nov 2026 09:31:12 +0100", subject="Bestellung BE-26-10482",
  text="""Sehr geehrte Damen und Herren,

hiermit bestellen wir zu den Preisen lt. Rahmenvertrag (EUR):

Bestellnummer: BE-26-10482

- 20 Stück Kugelhahn Messing 3/4" IG/IG voller Durchgang, Hebelgriff
- 50 Stück Pressbogen 90° Kupfer 1"
- 10 Rollen Gewindedichtband gelb (Gas) 1/2"
- 8 Tuben Gewindedichtpaste 100 ml
- 6 Dosen Lötpaste/Flussmittel 4 oz

Anlieferung bitte bis spätestens Ende KW 50 an unser Lager in Stuttgart (Heilbronner Strasse 214).

Mit freundlichen Grüßen
Sabine Wörner
Einkauf
Keller Haustechnik GmbH
Heilbronner Strasse 214, 70191 Stuttgart
""",
  label=PO("C1003", "BE-26-10482", None, "2026-12-11", "EUR", S("C1003"), [
    ("BV-FP-T075", None, 'Kugelhahn Messing 3/4" IG/IG voller Durchgang, Hebelgriff', 20, "EA"),
    ("CPE90-100", None, 'Pressbogen 90° Kupfer 1"', 50, "EA"),
    ("PTFE-Y-050", None, 'Gewindedichtband gelb (Gas) 1/2"', 10, "RL"),
    ("TSP-100", None, "Gewindedichtpaste 100 ml", 8, "TB"),
    ("FLX-4OZ", None, "Lötpaste/Flussmittel 4 oz", 6, "EA")]),
  phen="German; Bestellnummer; 'Ende KW 50' (labelled Fri 2026-12-11); EUR stated in words; bullets; units Stück/Rollen/Tuben/Dosen")

D(name="e11_kellner_de_erp_paste", fmt="eml", frm="Thomas Reindl <einkauf@kellner-ht.de>",
  date="Mon, 30 Nov 2026 11:05:48 +0100", subject="Bestellung 2026-4488 / Baustelle Westpark",
  text="""Guten Tag,

anbei unsere Bestellung (Auszug aus dem Warenwirtschaftssystem):

Bestell-Nr.:   2026-4488            Bestelldatum: 30.11.2026
Lieferdatum:   15.12.2026           Währung:      EUR
Lieferanschrift: Kellner Haustechnik GmbH, Baustelle Wohnanlage Am Westpark,
                 Hansastraße 120, 81373 München

Pos  Artikel            Bezeichnung                          Menge  ME    EP       GP
---  -----------------  -----------------------------------  -----  ----  -------  --------
010  PEXA-050-100-WHT   PEX-Rohr 1/2" 100ft Ring weiss           10  Rol    41.90    419.00
020  PCR-050-B100       Pressringe Kupfer 1/2" (100er Btl)        5  Btl    17.80     89.00
030  BV-FP-X050         Kugelhahn PEX 1/2"                       12  Stk    12.40    148.80
040  AS-QT-PEX          Eckventil PEX 1/2" x 3/8"                24  Stk     8.75    210.00
050  PEXA-075-100-WHT   PEX-Rohr 3/4" 100ft Ring weiss            4  Rol    74.90    299.60
                                                                        Summe netto:  1166.40

Bitte Auftragsbestätigung an einkauf@kellner-ht.de.

Freundliche Grüße
Thomas Reindl
Kellner Haustechnik GmbH, Landsberger Straße 388, 81241 München
""",
  label=PO("C1004", "2026-4488", "2026-11-30", "2026-12-15", "EUR",
           ST("Kellner Haustechnik GmbH", "Hansastraße 120", "München", None, "81373", "DE"), [
    ("PEXA-050-100-WHT", None, 'PEX-Rohr 1/2" 100ft Ring weiss', 10, "RL", 41.90),
    ("PCR-050-B100", None, 'Pressringe Kupfer 1/2" (100er Btl)', 5, "BG", 17.80),
    ("BV-FP-X050", None, 'Kugelhahn PEX 1/2"', 12, "EA", 12.40),
    ("AS-QT-PEX", None, 'Eckventil PEX 1/2" x 3/8"', 24, "EA", 8.75),
    ("PEXA-075-100-WHT", None, 'PEX-Rohr 3/4" 100ft Ring weiss', 4, "RL", 74.90)]),
  phen="German; fixed-width ERP export pasted; exact SKUs; DD.MM.YYYY; jobsite ship-to; look-alike customer of Keller")

D(name="e12_lavande_fr_html", fmt="eml", frm="Hélène Castagnier <commandes@piscines-lavande.fr>",
  date="Thu, 26 Nov 2026 17:22:09 +0100", subject="Commande PL-2026-217",
  text=None,
  html="""<div dir="ltr">Bonjour,<br><br>Veuillez trouver ci-dessous notre commande.<br><br>
<b>N° de commande :</b> PL-2026-217<br><b>Date :</b> 26/11/2026<br><b>Livraison souhaitée :</b> le 10/12/2026<br><br>
<table style="border-collapse:collapse" border="1" cellpadding="3">
<thead><tr><th>Désignation</th><th>Quantité</th><th>Prix unitaire HT</th><th>Total HT</th></tr></thead>
<tbody>
<tr><td>Chlore galets 200 g - fût 10 kg</td><td>6</td><td>89,00 €</td><td>534,00 €</td></tr>
<tr><td>Chlore choc hypochlorite de calcium - fût 45 kg</td><td>2</td><td>196,00 €</td><td>392,00 €</td></tr>
<tr><td>pH moins (bisulfate de sodium) sac 25 lb</td><td>10</td><td>38,50 €</td><td>385,00 €</td></tr>
<tr><td>Anti-algues 60 % bidon 5 L</td><td>8</td><td>54,00 €</td><td>432,00 €</td></tr>
<tr><td>Cartouche filtrante 150 sq ft</td><td>3</td><td>72,00 €</td><td>216,00 €</td></tr>
<tr><td>Épuisette de fond (sac profond)</td><td>4</td><td>22,80 €</td><td>91,20 €</td></tr>
</tbody></table><br>
Adresse de livraison : notre dépôt habituel (ZA du Pont de l'Arc, Aix-en-Provence).<br><br>
Cordialement,<br>Hélène Castagnier<br>Piscines Lavande SARL<br>12 avenue de la Fourane, 13090 Aix-en-Provence</div>""",
  label=PO("C1010", "PL-2026-217", "2026-11-26", "2026-12-10", "EUR", S("C1010"), [
    ("TRI3-10KG", None, "Chlore galets 200 g - fût 10 kg", 6, "DR", 89.00),
    ("CHS-45KG", None, "Chlore choc hypochlorite de calcium - fût 45 kg", 2, "DR", 196.00),
    ("PHD-25LB", None, "pH moins (bisulfate de sodium) sac 25 lb", 10, "BG", 38.50),
    ("ALG-60-5L", None, "Anti-algues 60 % bidon 5 L", 8, "EA", 54.00),
    ("CF-150", None, "Cartouche filtrante 150 sq ft", 3, "EA", 72.00),
    ("LNT-BAG", None, "Épuisette de fond (sac profond)", 4, "EA", 22.80)]),
  phen="French; HTML only (Gmail-style) table with thead; 'N° de commande'; decimal commas + €; no unit column")

D(name="e13_aquaserena_es_prose", fmt="eml", frm="Jordi Ferrando <compras@aquaserena.es>",
  date="Fri, 27 Nov 2026 12:40:33 +0100", subject="Pedido nº AS-0412",
  text="""Buenos días,

Os confirmamos el pedido nº AS-0412 (precios en euros, según tarifa 2026):

Necesitamos diez bidones de cloro líquido de 20 litros, cuatro bidones de 55 galones de ácido muriático, 6 cubos de pastillas de tricloro de 3" de 50 lb y 200 kg de bicarbonato sódico a granel.

La entrega tiene que ser antes del 9 de diciembre en nuestro almacén de Paterna.

Un saludo,
Jordi Ferrando
Aqua Serena Piscinas S.L.
Calle de la Safor 18, Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)
""",
  label=PO("C1007", "AS-0412", None, "2026-12-09", "EUR", S("C1007"), [
    ("LCL-20L", None, "cloro líquido de 20 litros", 10, "EA"),
    ("MUR-DR55", None, "bidones de 55 galones de ácido muriático", 4, "DR"),
    ("TRI3-50LB", None, 'pastillas de tricloro de 3" de 50 lb', 6, "EA"),
    ("ALK-BULK", None, "bicarbonato sódico a granel", 200, "KGM")]),
  phen="Spanish; prose sentence listing several items; quantities as words (diez, cuatro); KGM bulk; 'antes del 9 de diciembre'; look-alike of Acqua Serena (IT)")

D(name="e14_acquaserena_it_numbered", fmt="eml", frm="Luca Benedetti <ordini@acquaserena.it>",
  date="Thu, 26 Nov 2026 10:18:27 +0100", subject="Ordine n. 2026/0387",
  text="""Buongiorno,

con la presente inviamo il nostro ordine. Prezzi in EUR.

Ordine n. 2026/0387 del 26/11/2026
Consegna entro il 14/12/2026 presso il nostro magazzino di Verona.

1) Cloro liquido sfuso 12,5% - 1.000 litri
2) Chiarificante tanica 1 gallone - 12 pz
3) Spazzola 45 cm setole acciaio - 5 pz
4) Tubo aspirazione 38 mm (1,5") x 15 m - 4 pz
5) Strisce test 6 parametri, flacone da 50 - 10 conf.

Cordiali saluti
Luca Benedetti
Acqua Serena Piscine S.r.l. - Via dell'Industria 47, 37135 Verona
""",
  label=PO("C1008", "2026/0387", "2026-11-26", "2026-12-14", "EUR", S("C1008"), [
    ("LCL-BULK", None, "Cloro liquido sfuso 12,5%", 1000, "LTR"),
    ("CLR-GAL", None, "Chiarificante tanica 1 gallone", 12, "EA"),
    ("BRS-18-SS", None, "Spazzola 45 cm setole acciaio", 5, "EA"),
    ("VHS-15-50", None, 'Tubo aspirazione 38 mm (1,5") x 15 m', 4, "EA"),
    ("TST-6W-50", None, "Strisce test 6 parametri, flacone da 50", 10, "PK")]),
  phen="Italian; numbered list; qty after ('- 12 pz'); thousands separator '1.000 litri'; metric sizes vs imperial catalog; look-alike of Aqua Serena (ES)")

D(name="e15_vandijk_nl_tabs", fmt="eml", frm="Pieter Kuijpers <inkoop@vandijk-installatie.nl>",
  date="Tue, 1 Dec 2026 08:55:40 +0100", subject="Bestelling VDI-PO-77120",
  text="""Goedemorgen,

Graag leveren (uit Excel geplakt):

Inkoopordernummer: VDI-PO-77120
Gewenste leverdatum: 2026-12-10
Valuta: EUR

Artikelnr\tOmschrijving\tAantal\tEenheid\tPrijs
CPE90-100\tKoperen persbocht 90° 1"\t30\tst\t9,10
CPE45-100\tKoperen persbocht 45° 1"\t20\tst\t8,80
CPL-100-10\tKoperbuis type L 1" lengte 10 ft\t12\tst\t69,00
BV-FP-S100\tKogelkraan 1" soldeer\t8\tst\t25,00
SLD-LF-1LB\tLoodvrij soldeer 1 lb\t4\trol\t37,00
FLX-8OZ\tSoldeervet 8 oz\t6\tst\t11,50

Afleveren op ons magazijn Atoomweg 96, Utrecht.

Met vriendelijke groet,
Pieter Kuijpers
Van Dijk Installatietechniek B.V.
""",
  label=PO("C1011", "VDI-PO-77120", None, "2026-12-10", "EUR", S("C1011"), [
    ("CPE90-100", None, 'Koperen persbocht 90° 1"', 30, "EA", 9.10),
    ("CPE45-100", None, 'Koperen persbocht 45° 1"', 20, "EA", 8.80),
    ("CPL-100-10", None, 'Koperbuis type L 1" lengte 10 ft', 12, "EA", 69.00),
    ("BV-FP-S100", None, 'Kogelkraan 1" soldeer', 8, "EA", 25.00),
    ("SLD-LF-1LB", None, "Loodvrij soldeer 1 lb", 4, "RL", 37.00),
    ("FLX-8OZ", None, "Soldeervet 8 oz", 6, "EA", 11.50)]),
  phen="Dutch; tab-separated pasted spreadsheet with header; exact SKUs; decimal commas; ISO date")

D(name="e16_hacienda_mx_bullets", fmt="eml", frm="Rodrigo Garza <rgarza@haciendaalbercas.mx>",
  date="Wed, 2 Dec 2026 18:12:00 -0600", subject="Orden de compra OC-HAS-2291",
  text="""Hola buenas tardes,

Les envío la orden de compra OC-HAS-2291, precios en USD según cotización.
Fecha requerida: 18/12/2026, entregar en bodega Monterrey.

• 40 cubetas pastilla de cloro 1" (25 lb)
• 15 cajas ácido muriático 4x1 gal
• 20 sacos pH+ (carbonato de sodio) 25 lb
• 10 cubetas estabilizador 25 lb
• 12 canastas de skimmer boca ancha

Saludos,
Rodrigo Garza
Compras - Hacienda Albercas y Servicios S.A. de C.V.
Av. Ruiz Cortines 2210 Pte, Monterrey, N.L. 64400
""",
  label=PO("C1016", "OC-HAS-2291", None, "2026-12-18", "USD", S("C1016"), [
    ("TRI1-25LB", None, 'pastilla de cloro 1" (25 lb)', 40, "EA"),
    ("MUR-4X1G", None, "ácido muriático 4x1 gal", 15, "CS"),
    ("PHU-25LB", None, "pH+ (carbonato de sodio) 25 lb", 20, "BG"),
    ("CYA-25LB", None, "estabilizador 25 lb", 10, "EA"),
    ("SKB-WIDE", None, "canastas de skimmer boca ancha", 12, "EA")]),
  phen="Spanish (MX); bullets '•'; 'precios en USD'; DD/MM/YYYY; cubetas/cajas/sacos units")

D(name="e17_northgate_reply_correction", fmt="eml", frm="Craig Pennock <craig@northgateph.co.uk>",
  date="Tue, 24 Nov 2026 10:44:51 +0000", subject="RE: Order NPH-55102",
  text="""Sorry - make the pink PTFE tape 6 not 4, and can you add 2 tubs of the 4oz flux please. Everything else as below.

Cheers
Craig

-----Original Message-----
From: Craig Pennock <craig@northgateph.co.uk>
Sent: 24 November 2026 09:12
To: orders@tidewaterflow.com
Subject: Order NPH-55102

Hi,

Order NPH-55102, deliver to Sheffield as usual:

10x 1/2" press 90s
4 boxes 1/2 end-feed couplers (box of 25)
4 x pink PTFE 3/4
2 x 1" full bore lever valves, threaded

Thanks
Craig Pennock
Northgate Plumbing & Heating Ltd
22 Attercliffe Road, Sheffield S4 7WZ
""",
  label=PO("C1005", "NPH-55102", None, None, None, S("C1005"), [
    ("CPE90-050", None, '1/2" press 90s', 10, "EA"),
    ("CSC-050-B25", None, "1/2 end-feed couplers (box of 25)", 4, "BX"),
    ("PTFE-P-075", None, "pink PTFE 3/4", 6, "RL"),
    ("BV-FP-T100", None, '1" full bore lever valves, threaded', 2, "EA"),
    ("FLX-4OZ", None, "4oz flux", 2, "EA")]),
  phen="reply thread; correction on top ('6 not 4') + added line; quoted original below; UK trade slang ('press 90s', 'end-feed couplers'); look-alike of North Gate Mechanical (CA)")

D(name="e18_maplecrest_fw_colleague", fmt="eml", frm="Priya Raghunathan <priya.r@maplecrestps.ca>",
  date="Fri, 20 Nov 2026 14:06:19 -0500", subject="FW: HVAC parts for Bank St - PO MPS-4410",
  text="""Hi Tidewater,

Approved - please process the request below under PO MPS-4410. Prices in CAD as per our account. Ship to our Bank St address.

Priya Raghunathan
Facilities Coordinator, Maplecrest Property Services

-----Original Message-----
From: Devon Achterberg <devon.a@maplecrestps.ca>
Sent: Friday, November 20, 2026 11:32 AM
To: Priya Raghunathan <priya.r@maplecrestps.ca>
Subject: HVAC parts for Bank St

Priya, can you get these ordered from Tidewater:

4 cases of 12 MERV 11 filters 20x20x1
30 pcs foam pipe insulation for 1/2" copper (6')
2 rolls clear condensate tubing 3/8
2 condensate pumps (115V)
10 tubes duct mastic

thx
Devon
""",
  label=PO("C1009", "MPS-4410", None, None, "CAD", S("C1009"), [
    ("AF-M11-20201", None, "MERV 11 filters 20x20x1", 4, "CS"),
    ("PIF-050-6", None, 'foam pipe insulation for 1/2" copper (6\')', 30, "EA"),
    ("CTB-38-50", None, "clear condensate tubing 3/8", 2, "RL"),
    ("CDP-115", None, "condensate pumps (115V)", 2, "EA"),
    ("DMS-C10", None, "duct mastic tubes", 10, "TB")]),
  phen="forward by colleague at buyer ('-----Original Message-----'); pack size next to qty ('4 cases of 12'); CAD stated; PO in FW subject and body")

D(name="e19_rep_forwards_northgatemech", fmt="eml", frm="Marco Delvecchio <marco.d@tidewaterflow.com>",
  date="Mon, 30 Nov 2026 16:48:02 -0700", subject="Fwd: PO NGM-7781 Beltline Lofts",
  text="""Order desk - please enter for North Gate Mechanical (Calgary acct). Pricing as per my quote Q-2611-07, CAD. Ship to the jobsite, not their shop.

Marco Delvecchio
Territory Sales, Western Canada
Tidewater Flow & Pool Supply

Begin forwarded message:

From: Shauna Lindqvist <shauna@northgatemech.ca>
Date: November 30, 2026 at 3:15:40 PM MST
To: Marco Delvecchio <marco.d@tidewaterflow.com>
Subject: PO NGM-7781 Beltline Lofts

Hi Marco,

Here's our PO NGM-7781 for the Beltline Lofts job. Need it on site Dec 9.

6 - line set 1/4 x 3/8 25'
4 - line set 1/4 x 1/2 25'
6 - condensate pump 115v
10 - flex duct R8 6"
8 - flex duct R8 8"
12 - foil tape 2-1/2"

Ship to: Beltline Lofts c/o North Gate Mechanical, 1180 17 Ave SW, Calgary AB T2T 0B8

Thanks,
Shauna Lindqvist
North Gate Mechanical Inc.
""",
  label=PO("C1006", "NGM-7781", None, "2026-12-09", "CAD",
           ST("Beltline Lofts c/o North Gate Mechanical", "1180 17 Ave SW", "Calgary", "AB", "T2T 0B8", "CA"), [
    ("LS-1438-25", None, "line set 1/4 x 3/8 25'", 6, "SET"),
    ("LS-1412-25", None, "line set 1/4 x 1/2 25'", 4, "SET"),
    ("CDP-115", None, "condensate pump 115v", 6, "EA"),
    ("FD-R8-06", None, 'flex duct R8 6"', 10, "EA"),
    ("FD-R8-08", None, 'flex duct R8 8"', 8, "EA"),
    ("FTP-63-55", None, 'foil tape 2-1/2"', 12, "RL")]),
  phen="seller's own sales rep forwards customer order to order desk ('Begin forwarded message:'); sender is seller domain; one-line ship-to; 'Dec 9'; CAD; look-alike of Northgate P&H (UK)")

D(name="e20_gmail_unknown_reardon", fmt="eml", frm="Tom Reardon <tomreardon.pools@gmail.com>",
  date="Sat, 21 Nov 2026 19:33:14 -0500", subject="order",
  text="""hey guys, got your email from a buddy at the supply house.

can I get 3 buckets of the 3 inch tabs (25 lb), 2 cases of liquid chlorine (4 gal cases) and one of those solar cover reels if you carry them.
I can pick up or you can drop at the address below.

Tom Reardon
Reardon Pool Care
1450 Pine Ridge Rd, Naples FL 34109
239-555-0183
""",
  label=PO("Reardon Pool Care", None, None, None, None,
           ST("Reardon Pool Care", "1450 Pine Ridge Rd", "Naples", "FL", "34109", "US"), [
    ("TRI3-25LB", None, "3 inch tabs (25 lb)", 3, "EA"),
    ("LCL-4X1G", None, "liquid chlorine (4 gal cases)", 2, "CS"),
    (None, None, "solar cover reel", 1, "EA")]),
  phen="unknown sender on gmail (customer from signature, not in customers.csv); prose; 'one of' = 1; unknown item (sku null); no PO number")

D(name="e21_bluewater_uk_words", fmt="eml", frm="Hannah Pryce <hannah.pryce@bluewaterpools.co.uk>",
  date="Thu, 3 Dec 2026 09:20:05 +0000", subject="Order ref BWP-L-3391",
  text="""Hi there,

Order ref: BWP-L-3391

Could we please have two cases of the liquid chlorine (4 x 1 gal), a dozen quart bottles of clarifier, half a dozen of the standard skimmer baskets and one pail of stabiliser (the 25 lb one).

Please deliver to our Leeds site.

Many thanks
Hannah Pryce
Bluewater Pools Ltd
""",
  label=PO("C1001", "BWP-L-3391", None, None, None, S("C1001"), [
    ("LCL-4X1G", None, "liquid chlorine (4 x 1 gal)", 2, "CS"),
    ("CLR-QT", None, "quart bottles of clarifier", 12, "EA"),
    ("SKB-STD", None, "standard skimmer baskets", 6, "EA"),
    ("CYA-25LB", None, "stabiliser (the 25 lb one)", 1, "EA")]),
  phen="quantities as words ('two cases', 'a dozen', 'half a dozen', 'one pail'); prose; 'deliver to our Leeds site' (=customers.csv default); look-alike of Blue Water Pool Services (US)")
