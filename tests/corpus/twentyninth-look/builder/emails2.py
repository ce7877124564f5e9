"""Plain order emails, part 2 (e22-e42)."""
from common import *
from emails1 import D, NOTES


def build():
    # e22 unknown sole trader, gmail
    D("e22_sparrow_gmail.eml", "Dave Sparrow <dave.sparrow.decs@gmail.com>", "paint",
      "Sat, 28 Nov 2026 07:31:50 +0000",
      "hi mate can i get 2 x 5L mag contract matt and 1 x 2.5 brill white eggshell, 2 x 120 grit sheets (pk 25) "
      "send to 31 Lark Rise, Didcot OX11 7GZ ta\n\nDave Sparrow Decorating\n",
      label("Dave Sparrow Decorating", None, None, None, None,
            ST(None, "31 Lark Rise", "Didcot", None, "OX11 7GZ", "GB"),
            [L("CMT-MAG-05", 2, "5L mag contract matt"), L("TEG-BW-25", 1, "2.5 brill white eggshell"),
             L("AO-SH-120", 2, "120 grit sheets (pk 25)", "PK")]),
      "run-on one-liner from a sole trader not in customers.csv")

    # e23 hotel bullets
    D("e23_brightwater_bullets.eml", "Facilities <facilities@brightwaterhotels.co.uk>", "PO BWH 30918 - Brighton refurb",
      "Tue, 01 Dec 2026 10:10:10 +0000",
      "Hello Brushmark,\n\nPlease accept PO BWH 30918 (raised 01.12.2026).\n\n"
      "* Trade Vinyl Silk Magnolia 10L x 4\n* Trade Eggshell Brilliant White 5L x 2\n* Decorators Caulk Magnolia x 15\n"
      "* Polythene backed dust sheet 12x9 x 6\n* Angled sash brush 1.5\" x 6\n\n"
      "Deliver to: The Brightwater Brighton, Service Yard, 77 Kings Road, Brighton BN1 2GS\n"
      "Deliver on or after 14 Dec 2026 (not before - rooms occupied).\n\n"
      "Kind regards,\nNadia Evans\nGroup Facilities Coordinator\nBrightwater Hotels Ltd, Head Office, 2 Chapel Place, London EC2A 3DQ\n",
      label("Brightwater Hotels Ltd", "BWH 30918", "2026-12-01", "2026-12-14", None,
            ST("The Brightwater Brighton", "77 Kings Road", "Brighton", None, "BN1 2GS", "GB"),
            [L("TVS-MAG-10", 4, "Trade Vinyl Silk Magnolia 10L"), L("TEG-BW-05", 2, "Trade Eggshell Brilliant White 5L"),
             L("CLK-MAG-380", 15, "Decorators Caulk Magnolia"), L("DS-PB-129", 6, "Polythene backed dust sheet 12x9"),
             L("BR-ANG-150", 6, 'Angled sash brush 1.5"')]),
      "hotel group bullets, hotel delivery differs from head-office signature, dotted order date")

    # e24 school office with prices from quote
    D("e24_oakfield_school.eml", "Office <admin@oakfield.herts.sch.uk>", "Paint order for caretaker",
      "Wed, 02 Dec 2026 12:44:00 +0000",
      "Dear Sir/Madam,\n\nOur caretaker Mr Hughes has asked me to order the following, using the prices on your quote. "
      "Our order number is 0098412.\n\n"
      "Magnolia Trade Vinyl Matt 5 litre, quantity 6, £21.40 each\nPure Brilliant White Trade Satin 1 litre, quantity 4, £13.50 each\n"
      "Roller sleeves 9 inch medium pile, quantity 5, £4.50 each\nDust sheet runner 24 x 3, quantity 2, £8.20 each\n\n"
      "Please deliver to the school office (Oakfield Primary School, Oak Avenue, Hitchin, Herts SG4 9PL) during term time.\n\n"
      "Many thanks\nJulie Parsons\nSchool Business Manager\n",
      label("Oakfield Primary School", "0098412", None, None, "GBP",
            ST("Oakfield Primary School", "Oak Avenue", "Hitchin", "Herts", "SG4 9PL", "GB"),
            [L("TVM-MAG-05", 6, "Magnolia Trade Vinyl Matt 5 litre", price=21.40),
             L("TSA-PBW-01", 4, "Pure Brilliant White Trade Satin 1 litre", price=13.50),
             L("RS-09-MP", 5, "Roller sleeves 9 inch medium pile", price=4.50),
             L("DS-CT-243", 2, "Dust sheet runner 24 x 3", price=8.20)]),
      "school office, polite prose lines with quantity and £ price mid-line, order number with leading zero")

    # e25 Irish hotel group
    D("e25_corrib_ie.eml", "Seán Ó Briain <maintenance.galway@corribhotels.ie>", "Order - Corrib Bay Hotel",
      "Thu, 03 Dec 2026 15:22:41 +0000",
      "Hi,\n\nFor the Corrib Bay Hotel, Salthill please (our ref CHG-GAL-5530):\n\n"
      "3 x 10L pure brilliant white vinyl matt\n3 x 10L brilliant white vinyl matt (for the back corridors)\n"
      "2 x 2.5L pure brilliant white satin\n1 x 5L sugar soap... sorry 2 x 1L sugar soap\n\n"
      "Address: Corrib Bay Hotel, Upper Salthill Road, Galway H91 X2T5\n\nThanks a million\nSeán\n",
      label("Corrib Hotel Group", "CHG-GAL-5530", None, None, None,
            ST("Corrib Bay Hotel", "Upper Salthill Road", "Galway", None, "H91 X2T5", "IE"),
            [L("TVM-PBW-10", 3, "10L pure brilliant white vinyl matt"), L("TVM-BW-10", 3, "10L brilliant white vinyl matt"),
             L("TSA-PBW-25", 2, "2.5L pure brilliant white satin"), L("SGS-01", 2, "1L sugar soap")]),
      "Irish hotel, BW vs PBW side by side, inline self-correction")

    # e26 reply with correction + addition
    D("e26_pike_correction.eml", "Jason Pike <jason@pikedecorators.co.uk>", "RE: Order - Hatfield job",
      "Thu, 03 Dec 2026 07:12:18 +0000",
      "sorry the sleeves should be 12 inch not 9, and add 2 x white spirit 5L. everything else as below\n\nJ\n\n"
      "-----Original Message-----\nFrom: Jason Pike <jason@pikedecorators.co.uk>\nSent: 02 December 2026 21:04\n"
      "To: trade@brushmark.co.uk\nSubject: Order - Hatfield job\n\n"
      "Order for Hatfield job, deliver to 5 Birchwood Avenue, Hatfield AL10 0PT\n\n"
      "10L trade matt PBW x 4\n9\" long pile sleeves x 4\nundercoat white 2.5 x 2\ngloss PBW 2.5 x 2\n\nJason\n",
      label("J. Pike Painters & Decorators", None, None, None, None,
            ST(None, "5 Birchwood Avenue", "Hatfield", None, "AL10 0PT", "GB"),
            [L("TVM-PBW-10", 4, "10L trade matt PBW"), L("RS-12-LP", 4, '12" long pile sleeves'),
             L("UCT-WHT-25", 2, "undercoat white 2.5"), L("TGL-PBW-25", 2, "gloss PBW 2.5"),
             L("WSP-05", 2, "white spirit 5L")]),
      "Outlook-style reply changing sleeve width and adding a line to the quoted order")

    # e27 colour codes
    D("e27_hartwell_colours.eml", "Gary Hartwell <gary@hartwelldecorating.co.uk>", "railings job - PO HD-2307",
      "Fri, 04 Dec 2026 12:02:00 +0000",
      "Afternoon\n\nPO HD-2307 for the railings at Lea Bridge:\n"
      "RAL 9005 gloss 2.5L x 3\nred oxide metal primer 1L x 4\n180 grit roll x 1\nwire wool... no scrap that\n"
      "1\" pure bristle x 6\n\nto our unit pls (Unit 4 Ferry Lane Ind Est, Rainham RM13 9BU) for Tuesday 8th\n\nGary\n",
      label("Hartwell Decorating Ltd", "HD-2307", None, "2026-12-08", None,
            ST(None, "Unit 4 Ferry Lane Ind Est", "Rainham", None, "RM13 9BU", "GB"),
            [L("TGL-BLK-25", 3, "RAL 9005 gloss 2.5L"), L("PRM-MET-01", 4, "red oxide metal primer 1L"),
             L("AO-RL-180", 1, "180 grit roll", "RL"), L("BR-PBR-100", 6, '1" pure bristle')]),
      "colour given only as RAL code, a cancelled line in the middle ('scrap that')")

    # e28 masonry
    D("e28_carrow_masonry.eml", "Purchasing <purchasing@carrowcontractors.co.uk>", "PO CC-4425 masonry",
      "Fri, 04 Dec 2026 09:35:00 +0000",
      "Morning,\n\nPO CC-4425\n\nsandstone masonry 10L x 8\npebble grey masonry 10L x 4\nsandstone textured 10L x 2\n"
      "masonry brushes 4\" x 6\n\nSite: Hethersett Road development, Plot 12-18, Hethersett Road, Cringleford, Norwich NR4 6XY\n"
      "Required: 11/12/26\n\nKaren Blythe\nPurchasing\nCarrow Contractors Ltd | Carrow Works, King Street, Norwich NR1 2TN\n",
      label("Carrow Contractors Ltd", "CC-4425", None, "2026-12-11", None,
            ST("Hethersett Road development", "Hethersett Road", "Norwich", None, "NR4 6XY", "GB"),
            [L("MSM-SST-10", 8, "sandstone masonry 10L"), L("MSM-PGR-10", 4, "pebble grey masonry 10L"),
             L("MTX-SST-10", 2, "sandstone textured 10L"), L("BR-SYN-400", 6, 'masonry brushes 4"')]),
      "masonry smooth vs textured, site address with plot numbers, 2-digit year date; 'masonry brush 4\"' mapped to 4\" synthetic")

    # e29 sandpaper grits
    D("e29_kelso_grits.eml", "Alan Kerr <alan@kelsopainting.co.uk>", "sanding stuff",
      "Tue, 01 Dec 2026 17:48:12 +0000",
      "Alan here, need for next week:\n\n120 grit rolls x3\n180 x3\n240 sheets pk x 2\n80 sheets pk x 1\nsponges fine/superfine x 10\n\n"
      "usual address\nta\n",
      label("Kelso Painting Services", None, None, None, None, None,
            [L("AO-RL-120", 3, "120 grit rolls", "RL"), L("AO-RL-180", 3, "180 (rolls)", "RL"),
             L("AO-SH-240", 2, "240 sheets pk", "PK"), L("AO-SH-80", 1, "80 sheets pk", "PK"),
             L("SSP-FIN", 10, "sponges fine/superfine")]),
      "sandpaper by grit, rolls vs sheet packs with elliptical lines; 'usual address' so ship_to null")

    # e30 PO in subject, abbreviated date
    D("e30_marshfinch_po_subject.eml", "Tom Marsh <tom@marshfinch.co.uk>", "PO 77812",
      "Wed, 09 Dec 2026 08:15:00 +0000",
      "Olivia's off today so sending this one.\n\nTVS-BW-05 x5\nTVS-BW-25 x2\nWST-DOK-25 x3\nWST-TEK-01 x2\nBCL-01 x2\n\n"
      "Tues 15/12 to 2 The Paragon, Clifton, Bristol BS8 4LA. Ring Tom on 07700 900231 before arriving.\n\nTom\n",
      label("Marsh & Finch Property Maintenance", "77812", None, "2026-12-15", None,
            ST(None, "2 The Paragon", "Bristol", None, "BS8 4LA", "GB"),
            [L("TVS-BW-05", 5, "TVS-BW-05"), L("TVS-BW-25", 2, "TVS-BW-25"), L("WST-DOK-25", 3, "WST-DOK-25"),
             L("WST-TEK-01", 2, "WST-TEK-01"), L("BCL-01", 2, "BCL-01")]),
      "PO only in subject, bare SKU list, delivery date 'Tues 15/12'")

    # e31 German 2, quantities after
    D("e31_krueger_de2.eml", "Lena Schuster <l.schuster@maler-krueger.de>", "Nachbestellung Baustelle Findorff",
      "Mon, 07 Dec 2026 13:05:27 +0100",
      "Hallo,\n\nbitte noch folgende Artikel für die Baustelle Findorff liefern, Bestellnummer 4489:\n\n"
      "Dispersionsfarbe matt reinweiß (PBW) 10 L   6 Stk.\nSeidenglanzlack weiß 1 L   8 Stk.\nMalerkrepp 38 mm   12 Rollen\n"
      "Acryl-Dichtstoff weiß 310 ml   20 Stk.\n\nLieferadresse: Hemmstraße 120, 28215 Bremen\nLieferung KW 51, gerne Montag 14.12.\n\n"
      "Danke und Gruß\nLena Schuster\nMalerbetrieb Krüger GmbH\n",
      label("Malerbetrieb Krüger GmbH", "4489", None, "2026-12-14", None,
            ST(None, "Hemmstraße 120", "Bremen", None, "28215", "DE"),
            [L("TVM-PBW-10", 6, "Dispersionsfarbe matt reinweiß (PBW) 10 L"), L("TSA-BW-01", 8, "Seidenglanzlack weiß 1 L"),
             L("MT-38", 12, "Malerkrepp 38 mm", "RL"), L("SEA-FLX-310", 20, "Acryl-Dichtstoff weiß 310 ml")]),
      "German follow-up order, quantity after description, week number plus explicit date")

    # e32 French hotel not in customers
    D("e32_belvedere_fr.eml", "Service Technique <technique@hotel-belvedere-nice.fr>", "Commande peinture",
      "Tue, 01 Dec 2026 11:11:00 +0100",
      "Bonjour,\n\nNous souhaitons commander pour l'Hôtel Le Belvédère :\n\n"
      "2 x Peinture mate blanc pur 10 L (Trade Vinyl Matt Pure Brilliant White)\n"
      "1 x Laque brillante noire RAL 9005 1 L\n3 x Rouleau 4\" poils ras, lot de 10\n2 x Enduit de rebouchage prêt à l'emploi 600 g\n\n"
      "Adresse de livraison : Hôtel Le Belvédère, 45 boulevard Franck Pilatte, 06300 Nice\n"
      "Notre référence : BEL-2026-77\n\nMerci d'avance,\nMarc Giraud\nResponsable technique\n",
      label("Hôtel Le Belvédère", "BEL-2026-77", None, None, None,
            ST("Hôtel Le Belvédère", "45 boulevard Franck Pilatte", "Nice", None, "06300", "FR"),
            [L("TVM-PBW-10", 2, "Peinture mate blanc pur 10 L"), L("TGL-BLK-01", 1, "Laque brillante noire RAL 9005 1 L"),
             L("RS-04-SP-10", 3, 'Rouleau 4" poils ras, lot de 10', "PK"), L("FIL-RM-600", 2, "Enduit de rebouchage prêt à l'emploi 600 g")]),
      "French hotel not in customers.csv, pack-of-10 mini rollers")

    # e33 Dutch short
    D("e33_vandijk_nl2.eml", "Pieter van Dijk <inkoop@vandijkschilders.nl>", "spoed",
      "Thu, 03 Dec 2026 14:20:00 +0100",
      "Hoi, spoed graag: 3 emmers muurverf mat magnolia 10L en 10 rollen afplaktape 19mm. Zelfde adres als bestelling 2026-412 (Oudegracht 188 Utrecht). "
      "Ons nr. 2026-418.\n\nGr Pieter\n",
      label("Schildersbedrijf Van Dijk B.V.", "2026-418", None, None, None,
            ST(None, "Oudegracht 188", "Utrecht", None, None, "NL"),
            [L("TVM-MAG-10", 3, "muurverf mat magnolia 10L"), L("MT-19", 10, "afplaktape 19mm", "RL")]),
      "Dutch urgent one-liner, address referenced by earlier order (no postcode given), two PO-like numbers")

    # e34 Spanish correction
    D("e34_levante_es_corr.eml", "Raúl Martínez <compras@pinturaslevante.es>", "RE: Pedido 2026-0891",
      "Mon, 07 Dec 2026 09:40:00 +0100",
      "Perdón, mejor 10 en lugar de 6 de la plástica magnolia. El resto igual.\n\nRaúl\n\n"
      "> De: Raúl Martínez\n> Enviado: lunes, 7 de diciembre de 2026 9:02\n> Asunto: Pedido 2026-0891\n>\n"
      "> Pedido 2026-0891\n> 6 uds. pintura plástica mate magnolia 10 L\n> 4 uds. esmalte satinado blanco puro 2,5 L\n"
      "> 2 uds. rodillo 12\" pelo medio\n> Entrega en nuestro almacén, Calle de Colón 44, 46004 Valencia.\n",
      label("Pinturas Levante S.L.", "2026-0891", None, None, None,
            ST(None, "Calle de Colón 44", "Valencia", None, "46004", "ES"),
            [L("TVM-MAG-10", 10, "pintura plástica mate magnolia 10 L"), L("TSA-PBW-25", 4, "esmalte satinado blanco puro 2,5 L"),
             L("RS-12-MP", 2, 'rodillo 12" pelo medio')]),
      "Spanish reply correcting a quantity (10 instead of 6) over a quoted order")

    # e35 Irish texting style
    D("e35_liffey_text.eml", "Declan <declan.liffeydecorators@gmail.com>", "stuff for Clontarf",
      "Fri, 04 Dec 2026 07:02:00 +0000",
      "lads send out to Clontarf job 2moro pls - 4 mist coat 10L, 2 stain block 2.5, 1 bx caulk, 6 x 9\" short pile\n"
      "14 Vernon Avenue, Clontarf, Dublin 3 D03 K7P2\nDeclan (Liffey Decorators)\n",
      label("Liffey Decorators Ltd", None, None, None, None,
            ST(None, "14 Vernon Avenue", "Dublin", None, "D03 K7P2", "IE"),
            [L("PRM-BPS-10", 4, "mist coat 10L"), L("PRM-STB-25", 2, "stain block 2.5"),
             L("CLK-WHT-380-25", 1, "bx caulk", "BX"), L("RS-09-SP", 6, '9" short pile')]),
      "Irish decorator from a personal gmail (customer named in signature), comma-run list, relative date left null")

    # e36 Northgate repairs team
    D("e36_northgate_repairs.eml", "Repairs Team <repairs@northgateha.org.uk>", "Order NHA-PO-22904",
      "Mon, 07 Dec 2026 14:02:00 +0000",
      "Hi Brushmark\n\nOrder no. NHA-PO-22904 raised 7th December 2026, for delivery Wednesday 16th December.\n\n"
      "Ship to: Northgate HA Repairs Depot, Unit 11 Trafford Park Road, Manchester M17 1HG\n\n"
      "Qty / Description\n24 / Contract matt brilliant white 5L\n24 / Contract matt magnolia 5L\n"
      "12 / Roller sleeve 9\" medium pile\n12 / Roller tray 9\"\n6 / White spirit 2L\n\n"
      "Thanks\nNorthgate Repairs Team\n",
      label("Northgate Housing Association", "NHA-PO-22904", "2026-12-07", "2026-12-16", None,
            ST("Northgate HA Repairs Depot", "Unit 11 Trafford Park Road", "Manchester", None, "M17 1HG", "GB"),
            [L("CMT-BW-05", 24, "Contract matt brilliant white 5L"), L("CMT-MAG-05", 24, "Contract matt magnolia 5L"),
             L("RS-09-MP", 12, 'Roller sleeve 9" medium pile'), L("RT-09", 12, 'Roller tray 9"'), L("WSP-02", 6, "White spirit 2L")]),
      "housing association repairs depot order, 'qty / description' lines")

    # e37 long chatty decorator
    D("e37_marshfinch_chatty.eml", "Olivia Finch <olivia@marshfinch.co.uk>", "Clifton flats + a question",
      "Thu, 03 Dec 2026 16:30:00 +0000",
      "Hi Sam,\n\nThanks for sorting the delivery last week, the lads said the driver was brilliant. Quick question first - "
      "do you still do the 4\" mini roller packs in medium? We used the short ones on the radiators and they were a bit "
      "hard work.\n\nAnyway, order for the Clifton flats (our PO MF 0463):\n\n"
      "We need the walls done in the standard magnolia matt, so 10 of the 10 litre tubs. Ceilings in brilliant white "
      "matt - 6 of the 10L. Woodwork is satin pure brilliant white, 4 x 2.5L. And yes please to 3 packs of those medium "
      "mini rollers if you have them.\n\nCould you deliver to Flat 1, 18 Royal York Crescent, Bristol BS8 4JX on "
      "the 10th? Access is via the basement steps.\n\nThanks so much,\nOlivia\n\nMarsh & Finch Property Maintenance\n"
      "Office: 3 Whiteladies Road, Bristol BS8 1NU\n",
      label("Marsh & Finch Property Maintenance", "MF 0463", None, "2026-12-10", None,
            ST("Flat 1", "18 Royal York Crescent", "Bristol", None, "BS8 4JX", "GB"),
            [L("TVM-MAG-10", 10, "magnolia matt 10 litre"), L("TVM-BW-10", 6, "brilliant white matt 10L"),
             L("TSA-PBW-25", 4, "satin pure brilliant white 2.5L"), L("RS-04-MP-10", 3, "medium mini rollers packs", "PK")]),
      "long chatty email mixing a question and prose order lines; 'the 10th' resolved to 10 Dec 2026")

    # e38 wood stains
    D("e38_thamesreach_stains.eml", "Priya Shah <p.shah@thamesreachfm.co.uk>", "PO TR/7745 - fencing & doors",
      "Mon, 07 Dec 2026 11:50:00 +0000",
      "Hello,\n\nPO TR/7745\n\nQuick dry woodstain Dark Oak 2.5L - 3\nQuick dry woodstain Teak 1L - 2\n"
      "Quick dry woodstain Ebony 1L - 1\nQuick dry woodstain Light Oak 2.5L - 2\nPure bristle brush 3\" - 4\n\n"
      "Deliver to:\nThames Reach FM - Maintenance Store\nBuilding C, Deptford Trading Estate, Blackhorse Road\nLondon SE8 5HY\n\n"
      "Regards\nPriya Shah\n",
      label("Thames Reach Facilities Management", "TR/7745", None, None, None,
            ST("Thames Reach FM - Maintenance Store", "Building C, Deptford Trading Estate, Blackhorse Road", "London", None, "SE8 5HY", "GB"),
            [L("WST-DOK-25", 3, "Quick dry woodstain Dark Oak 2.5L"), L("WST-TEK-01", 2, "Quick dry woodstain Teak 1L"),
             L("WST-EBN-01", 1, "Quick dry woodstain Ebony 1L"), L("WST-LOK-25", 2, "Quick dry woodstain Light Oak 2.5L"),
             L("BR-PBR-300", 4, 'Pure bristle brush 3"')]),
      "woodstain colours and sizes, multi-part delivery address")

    # e39 Brightwater short
    D("e39_brightwater_short.eml", "Facilities <facilities@brightwaterhotels.co.uk>", "BWH 30931",
      "Mon, 07 Dec 2026 16:05:00 +0000",
      "PBW eggshell 2.5 x 4\nBW eggshell 2.5 x 2\nPBW gloss 1L x 3\n\nto The Brightwater Bath, Goods In, 9 Pierrepont Street, Bath BA1 1LA\n\nNadia\n",
      label("Brightwater Hotels Ltd", "BWH 30931", None, None, None,
            ST("The Brightwater Bath", "9 Pierrepont Street", "Bath", None, "BA1 1LA", "GB"),
            [L("TEG-PBW-25", 4, "PBW eggshell 2.5"), L("TEG-BW-25", 2, "BW eggshell 2.5"), L("TGL-PBW-01", 3, "PBW gloss 1L")]),
      "very short, PO only in subject, PBW vs BW near-duplicates")

    # e40 AU second
    D("e40_southerncross_au2.eml", "Mel Curtis <purchasing@southerncrosspainting.com.au>", "Re: PO# SCP-5519",
      "Wed, 09 Dec 2026 10:45:00 +1100",
      "Hi again - PO# SCP-5519\n\n12\" long nap sleeves x 20\n12\" frames x 5\nExt pole 2.4 x 5\n"
      "Low tack 50mm x 24\n\nSame address as last (5/17 Hume Hwy, Campbelltown NSW 2560). ETA by 18/12/26 pls.\n\nMel\n",
      label("Southern Cross Painting Pty Ltd", "SCP-5519", None, "2026-12-18", None,
            ST(None, "5/17 Hume Hwy", "Campbelltown", "NSW", "2560", "AU"),
            [L("RS-12-LP", 20, '12" long nap sleeves'), L("RF-12", 5, '12" frames'), L("EXP-24", 5, "Ext pole 2.4"),
             L("MT-LT-50", 24, "Low tack 50mm", "RL")]),
      "Australian repeat order, abbreviations, 2-digit year")

    # e41 hotel tape & dust sheets with a price-list request
    D("e41_grandesplanade_tape.eml", "Martin Daley <maintenance@grandesplanadehotel.co.uk>", "Few more bits",
      "Tue, 08 Dec 2026 09:12:00 +0000",
      "Hi,\n\nCan I add a separate order for a few more bits please:\n\n"
      "- 6 rolls of the delicate surface tape, 25mm\n- 6 rolls standard masking tape 38mm\n- 2 x polythene dust sheets (the packs of 5)\n"
      "- 1 x 2L white spirit\n\nSame delivery point as before (goods entrance, Albemarle Back Road, Scarborough YO11 2AB). "
      "Also, could you email me your current trade price list when you get a chance?\n\nThanks\nMartin\n",
      label("Grand Esplanade Hotel", None, None, None, None,
            ST(None, "Albemarle Back Road", "Scarborough", None, "YO11 2AB", "GB"),
            [L("MT-LT-25", 6, "delicate surface tape 25mm", "RL"), L("MT-38", 6, "standard masking tape 38mm", "RL"),
             L("DS-PE-129-5", 2, "polythene dust sheets (packs of 5)", "PK"), L("WSP-02", 1, "2L white spirit")]),
      "hotel add-on order with a price-list request tacked on; tape general vs low tack")

    # e42 Canada ISO date
    D("e42_mapleleaf_ca2.eml", "Daniel Tremblay <dtremblay@mapleleafps.ca>", "PO 40-2231",
      "Thu, 10 Dec 2026 10:00:00 -0500",
      "Hello,\n\nPO 40-2231, order date 2026-12-10.\n\nQTY 4 - Trade Eggshell Brilliant White 1L\nQTY 4 - Trade Eggshell Pure Brilliant White 1L\n"
      "QTY 10 - Sanding sponge medium\nQTY 2 - Filling knife 50mm\n\n"
      "Ship to: Maple Leaf Property Services, 1150 Rue Sherbrooke O, Montréal, QC H3A 2R5\nCAD pricing per agreement.\n\nDaniel\n",
      label("Maple Leaf Property Services Inc.", "40-2231", "2026-12-10", None, "CAD",
            ST("Maple Leaf Property Services", "1150 Rue Sherbrooke O", "Montréal", "QC", "H3A 2R5", "CA"),
            [L("TEG-BW-01", 4, "Trade Eggshell Brilliant White 1L"), L("TEG-PBW-01", 4, "Trade Eggshell Pure Brilliant White 1L"),
             L("SSP-MED", 10, "Sanding sponge medium"), L("SCR-50", 2, "Filling knife 50mm")]),
      "Canadian, QTY prefix lines, ISO order date, currency named (CAD) without prices")
    return NOTES
