"""Plain order emails, part 1 (e01-e21)."""
from common import *

NOTES = {}


def D(fname, frm, subj, date, body, lab, note, att=(), cc=None):
    eml(fname, frm, subj, date, body, att, cc=cc)
    save_label(fname, lab)
    NOTES[fname] = note


def build():
    # e01 terse one-liner from site
    D("e01_hartwell_terse.eml", "Gary Hartwell <gary@hartwelldecorating.co.uk>", "order",
      "Mon, 30 Nov 2026 07:04:12 +0000",
      "need 3 x 10L brill white trade matt to site asap\n\n12 Albion Road, Walthamstow E17 4QP\n\nGary\nSent from my iPhone\n",
      label("Hartwell Decorating Ltd", None, None, None, None,
            ST(None, "12 Albion Road", "Walthamstow", None, "E17 4QP", "GB"),
            [L("TVM-BW-10", 3, "10L brill white trade matt")]),
      "terse texting-style one-liner from site, site address in body")

    # e02 quantities after descriptions, no address (collection)
    D("e02_pike_qty_after.eml", "Jason Pike <jason@pikedecorators.co.uk>", "bits for tomorrow",
      "Tue, 01 Dec 2026 18:22:40 +0000",
      "Hi lads\n\nmag silk 5L x4\ntrade matt mag 10L x 2\n2\" synthetic brushes x6\n9in med pile sleeves x 10\nlow tack tape 38mm x 5\n\nwill collect from the counter in the morning\ncheers\nJason\nJ. Pike Painters & Decorators\n07700 900412\n",
      label("J. Pike Painters & Decorators", None, None, None, None, None,
            [L("TVS-MAG-05", 4, "mag silk 5L"), L("TVM-MAG-10", 2, "trade matt mag 10L"),
             L("BR-SYN-200", 6, '2" synthetic brushes'), L("RS-09-MP", 10, "9in med pile sleeves"),
             L("MT-LT-38", 5, "low tack tape 38mm", "RL")]),
      "texting-style list, quantities after descriptions, counter collection (no ship-to)")

    # e03 correction reply with quoted earlier message
    D("e03_hartwell_correction.eml", "Gary Hartwell <gary@hartwelldecorating.co.uk>", "Re: order for Chingford job",
      "Wed, 02 Dec 2026 08:41:03 +0000",
      "make that 6 not 4 on the PBW silk, rest the same. same site\n\nG\n\n"
      "On Wed, 2 Dec 2026 at 07:15, Gary Hartwell <gary@hartwelldecorating.co.uk> wrote:\n"
      "> Morning, for the Chingford job pls:\n>\n> 4 x pure brilliant white silk 5L\n> 2 x bare plaster mist coat 10L\n"
      "> 1 box caulk (white)\n> 3 x 12\" medium pile sleeves\n>\n> deliver to 48 Station Road, Chingford E4 7BA\n> PO HD-2291\n>\n> Gary\n",
      label("Hartwell Decorating Ltd", "HD-2291", None, None, None,
            ST(None, "48 Station Road", "Chingford", None, "E4 7BA", "GB"),
            [L("TVS-PBW-05", 6, "pure brilliant white silk 5L"), L("PRM-BPS-10", 2, "bare plaster mist coat 10L"),
             L("CLK-WHT-380-25", 1, "box caulk (white)", "BX"), L("RS-12-MP", 3, '12" medium pile sleeves')]),
      "reply correcting a quantity (6 not 4) above the quoted original order")

    # e04 housing association email with PO and site differing from signature
    D("e04_northgate_email.eml", "Sandra Okafor <s.okafor@northgateha.org.uk>", "Purchase Order NHA-PO-22871 - void property works",
      "Thu, 03 Dec 2026 10:12:55 +0000",
      "Dear Brushmark,\n\nPlease supply the following against our purchase order NHA-PO-22871 for void works.\n\n"
      "Delivery address (site):\nFlat 6, Beech Court\n112 Moss Lane East\nManchester\nM15 5DD\n"
      "Site contact: Lee (operative) 07700 900771\n\nRequired by: 10/12/2026\n\n"
      "- Contract Matt Magnolia 10L - 6 tins\n- Acrylic primer undercoat 2.5L - 2\n- Trade satin brilliant white 2.5L - 3\n"
      "- Ready mixed filler 2kg - 2\n- Decorators caulk white - 12\n\n"
      "Please quote the PO number on your delivery note and invoice.\n\nKind regards\n\nSandra Okafor\nPurchasing Officer\n"
      "Northgate Housing Association\nNorthgate House, 21 Spring Gardens, Manchester M2 1FB\n",
      label("Northgate Housing Association", "NHA-PO-22871", None, "2026-12-10", None,
            ST("Flat 6, Beech Court", "112 Moss Lane East", "Manchester", None, "M15 5DD", "GB"),
            [L("CMT-MAG-10", 6, "Contract Matt Magnolia 10L"), L("PRM-APU-25", 2, "Acrylic primer undercoat 2.5L"),
             L("TSA-BW-25", 3, "Trade satin brilliant white 2.5L"), L("FIL-RM-2K", 2, "Ready mixed filler 2kg"),
             L("CLK-WHT-380", 12, "Decorators caulk white")]),
      "formal housing-association email, site delivery address differs from signature address")

    # e05 long chatty hotel maintenance email
    D("e05_grand_esplanade_chatty.eml", "Martin Daley <maintenance@grandesplanadehotel.co.uk>", "Winter redecoration - paint order",
      "Fri, 27 Nov 2026 14:30:18 +0000",
      "Hi there,\n\nHope you're well. We're closing the second floor over January for a refresh and I want to get "
      "materials in before Christmas while it's quiet. Last year's gloss went a bit yellow on the skirtings so "
      "this time I'm going with the water-based eggshell for the woodwork in the bedrooms, but I still need some "
      "proper gloss for the stair handrails.\n\n"
      "So what I'm after is five tins of the eggshell in pure brilliant white, the 2.5 litre ones, and two of "
      "the 1 litre gloss in black for the handrails. For the walls, 8 x 10L of the vinyl matt in pure brilliant "
      "white. I'll need a couple of stain block primers too (the 1L) because of some water marks in rooms 214 and 216.\n\n"
      "Also 4 cotton dust sheets (the big 12x9 ones) and a few tubs of the fine surface filler - say 6.\n\n"
      "Deliveries to the goods entrance round the back please, not the front door:\n"
      "Grand Esplanade Hotel - Goods In\nAlbemarle Back Road\nScarborough YO11 2AB\n\nIdeally by 18 December.\n\nMany thanks,\nMartin Daley\nMaintenance Manager\nGrand Esplanade Hotel\n"
      "The Esplanade, Scarborough YO11 2AB\n",
      label("Grand Esplanade Hotel", None, None, "2026-12-18", None,
            ST("Grand Esplanade Hotel - Goods In", "Albemarle Back Road", "Scarborough", None, "YO11 2AB", "GB"),
            [L("TEG-PBW-25", 5, "eggshell pure brilliant white 2.5 litre"), L("TGL-BLK-01", 2, "1 litre gloss black"),
             L("TVM-PBW-10", 8, "10L vinyl matt pure brilliant white"), L("PRM-STB-01", 2, "stain block primer 1L"),
             L("DS-CT-129", 4, "cotton dust sheets 12x9"), L("FIL-FS-330", 6, "fine surface filler")]),
      "long chatty prose order from hotel maintenance, items in sentences, word quantities, goods-entrance delivery")

    # e06 school with order ref, explicit delivery date
    D("e06_staldhelms_school.eml", "Helen Marsh <h.marsh@staldhelms.sch.uk>", "Order ref SA/2026/114",
      "Mon, 30 Nov 2026 11:05:00 +0000",
      "Good morning,\n\nPlease could you supply the items below for our site team. Our order reference is SA/2026/114 "
      "and the order was raised on 27 November 2026.\n\n"
      "Delivery to: St Aldhelm's Academy, Site Office, Bath Road, Frome, Somerset BA11 2HQ\n"
      "Please deliver by Friday 18th December 2026 (school closes that day at 1.30pm).\n\n"
      "1. Trade vinyl matt emulsion, brilliant white, 10 litre x 10\n2. Trade vinyl silk, magnolia, 5 litre x 4\n"
      "3. Roller sleeves 12 inch short pile x 6\n4. Roller frames 12 inch x 2\n5. Extension poles 2.4m x 2\n\n"
      "Invoice to the Trust finance office as usual.\n\nThanks,\nHelen Marsh\nBusiness Manager\n",
      label("St Aldhelm's Academy Trust", "SA/2026/114", "2026-11-27", "2026-12-18", None,
            ST("St Aldhelm's Academy", "Bath Road", "Frome", "Somerset", "BA11 2HQ", "GB"),
            [L("TVM-BW-10", 10, "Trade vinyl matt emulsion brilliant white 10 litre"),
             L("TVS-MAG-05", 4, "Trade vinyl silk magnolia 5 litre"), L("RS-12-SP", 6, "Roller sleeves 12 inch short pile"),
             L("RF-12", 2, "Roller frames 12 inch"), L("EXP-24", 2, "Extension poles 2.4m")]),
      "school business manager, numbered list, order date + long-form delivery date")

    # e07 Irish decorator, euros, day-first date
    D("e07_liffey_ie.eml", "Ciarán Byrne <orders@liffeydecorators.ie>", "PO LD-1187",
      "Mon, 07 Dec 2026 08:02:19 +0000",
      "Hi,\n\nPO LD-1187 dated 07/12/2026\n\nPlease send to our job in Ranelagh:\n"
      "23 Dartmouth Square, Ranelagh, Dublin 6, D06 Y2K7\n\n"
      "6 x Trade Vinyl Matt PBW 10L @ €38.40\n4 x Trade Eggshell PBW 1L @ €12.90\n2 x Flexible sealant white @ €3.80\n"
      "10 x 25mm masking tape @ €2.05\n\nDelivery Thurs 10/12 if possible.\n\nRgds\nCiarán\nLiffey Decorators Ltd\n",
      label("Liffey Decorators Ltd", "LD-1187", "2026-12-07", "2026-12-10", "EUR",
            ST(None, "23 Dartmouth Square", "Dublin", None, "D06 Y2K7", "IE"),
            [L("TVM-PBW-10", 6, "Trade Vinyl Matt PBW 10L", price=38.40), L("TEG-PBW-01", 4, "Trade Eggshell PBW 1L", price=12.90),
             L("SEA-FLX-310", 2, "Flexible sealant white", price=3.80), L("MT-25", 10, "25mm masking tape", "RL", 2.05)]),
      "Irish decorator, euro prices, day-first dates")

    # e08 German
    D("e08_krueger_de.eml", "Jens Krüger <einkauf@maler-krueger.de>", "Bestellung Nr. 4471",
      "Wed, 02 Dec 2026 09:15:44 +0100",
      "Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir (Bestellung Nr. 4471 vom 02.12.2026):\n\n"
      "Pos. 1  8 Eimer  Fassadenfarbe glatt, Sandstein, 10 L (MSM-SST-10)\n"
      "Pos. 2  4 Eimer  Fassadenfarbe glatt, Weiß, 10 L (MSM-BW-10)\n"
      "Pos. 3  2 Stück  Alkali-Sperrgrund 2,5 L\n"
      "Pos. 4  6 Stück  Flachpinsel Synthetik 3 Zoll\n"
      "Pos. 5  10 Rollen Abdeckband 50 mm\n\n"
      "Liefertermin: spätestens 14.12.2026\nLieferanschrift: Baustelle Wohnanlage Am Deich, Am Deich 45, 28199 Bremen\n\n"
      "Mit freundlichen Grüßen\nJens Krüger\nMalerbetrieb Krüger GmbH\nIndustriestraße 18, 28199 Bremen\n",
      label("Malerbetrieb Krüger GmbH", "4471", "2026-12-02", "2026-12-14", None,
            ST("Baustelle Wohnanlage Am Deich", "Am Deich 45", "Bremen", None, "28199", "DE"),
            [L("MSM-SST-10", 8, "Fassadenfarbe glatt, Sandstein, 10 L"), L("MSM-BW-10", 4, "Fassadenfarbe glatt, Weiß, 10 L"),
             L("PRM-ALK-25", 2, "Alkali-Sperrgrund 2,5 L"), L("BR-SYN-300", 6, "Flachpinsel Synthetik 3 Zoll"),
             L("MT-50", 10, "Abdeckband 50 mm", "RL")]),
      "German, positions list, day-first dates, site delivery")

    # e09 French
    D("e09_dumas_fr.eml", "Sophie Dumas <commandes@peinture-dumas.fr>", "Bon de commande BC-2026-318",
      "Thu, 03 Dec 2026 16:40:02 +0100",
      "Bonjour,\n\nVeuillez trouver ci-dessous notre bon de commande n° BC-2026-318 du 3 décembre 2026.\n\n"
      "- Peinture satinée blanc pur (Trade Satin Pure Brilliant White) 5L : 3 pots\n"
      "- Sous-couche universelle (multi-surface primer) 2,5L : 2\n"
      "- Rouleaux 230 mm poils moyens (9\") : 12\n"
      "- Bâches de protection coton 12x9 : 5\n"
      "- Papier abrasif grain 120, paquet de 25 : 4 paquets\n\n"
      "Livraison souhaitée le 15/12/2026 à notre dépôt : 12 rue des Artisans, 69007 Lyon.\n\n"
      "Cordialement,\nSophie Dumas\nPeinture Dumas SARL\n",
      label("Peinture Dumas SARL", "BC-2026-318", "2026-12-03", "2026-12-15", None,
            ST("Peinture Dumas SARL", "12 rue des Artisans", "Lyon", None, "69007", "FR"),
            [L("TSA-PBW-05", 3, "Peinture satinée blanc pur 5L"), L("PRM-MSP-25", 2, "Sous-couche universelle 2,5L"),
             L("RS-09-MP", 12, "Rouleaux 230 mm poils moyens"), L("DS-CT-129", 5, "Bâches de protection coton 12x9"),
             L("AO-SH-120", 4, "Papier abrasif grain 120, paquet de 25", "PK")]),
      "French, dashed list, quantities after descriptions")

    # e10 Spanish
    D("e10_levante_es.eml", "Raúl Martínez <compras@pinturaslevante.es>", "Pedido 2026-0877",
      "Fri, 04 Dec 2026 12:10:31 +0100",
      "Buenos días:\n\nLes enviamos el pedido nº 2026-0877 (fecha 04/12/2026):\n\n"
      "10 uds. pintura plástica mate blanco (Trade Vinyl Matt Brilliant White) 10 L\n"
      "6 uds. esmalte brillante blanco 1 L\n"
      "3 uds. imprimación antioxidante (minio) 1 L\n"
      "20 uds. cinta de carrocero 25 mm\n"
      "2 uds. aguarrás 5 L\n\n"
      "Entrega en obra: Avenida del Puerto 112, 46023 Valencia. Plazo: antes del 16 de diciembre.\n\n"
      "Un saludo,\nRaúl Martínez\nPinturas Levante S.L.\n",
      label("Pinturas Levante S.L.", "2026-0877", "2026-12-04", "2026-12-16", None,
            ST(None, "Avenida del Puerto 112", "Valencia", None, "46023", "ES"),
            [L("TVM-BW-10", 10, "pintura plástica mate blanco 10 L"), L("TGL-BW-01", 6, "esmalte brillante blanco 1 L"),
             L("PRM-MET-01", 3, "imprimación antioxidante (minio) 1 L"), L("MT-25", 20, "cinta de carrocero 25 mm", "RL"),
             L("WSP-05", 2, "aguarrás 5 L")]),
      "Spanish, quantities first with 'uds.', site delivery")

    # e11 Portuguese
    D("e11_douro_pt.eml", "Ana Ferreira <encomendas@douroacabamentos.pt>", "Encomenda n.º 3391",
      "Mon, 30 Nov 2026 10:45:00 +0000",
      "Bom dia,\n\nSegue a nossa encomenda n.º 3391, de 30/11/2026:\n\n"
      "• Tinta de água mate magnólia 10 L — 5 latas\n• Velatura/woodstain nogueira (walnut) 2,5 L — 4\n"
      "• Trinchas 2\" sintéticas — 10\n• Trinchas 1\" sintéticas — 10\n• Massa de enchimento em pó 5 kg — 2\n\n"
      "Morada de entrega: Rua de Cedofeita 210, 4050-174 Porto\nData de entrega pretendida: 11 de dezembro de 2026\n\n"
      "Obrigada,\nAna Ferreira\nTintas & Acabamentos Douro Lda\n",
      label("Tintas & Acabamentos Douro Lda", "3391", "2026-11-30", "2026-12-11", None,
            ST("Tintas & Acabamentos Douro Lda", "Rua de Cedofeita 210", "Porto", None, "4050-174", "PT"),
            [L("TVM-MAG-10", 5, "Tinta de água mate magnólia 10 L"), L("WST-WAL-25", 4, "Velatura nogueira 2,5 L"),
             L("BR-SYN-200", 10, 'Trinchas 2" sintéticas'), L("BR-SYN-100", 10, 'Trinchas 1" sintéticas'),
             L("FIL-PW-5", 2, "Massa de enchimento em pó 5 kg")]),
      "Portuguese, bullet list, quantities after descriptions")

    # e12 Dutch
    D("e12_vandijk_nl.eml", "Pieter van Dijk <inkoop@vandijkschilders.nl>", "Bestelling 2026-412",
      "Tue, 01 Dec 2026 07:55:12 +0100",
      "Goedemorgen,\n\nGraag het volgende leveren, ons bestelnummer 2026-412:\n\n"
      "4x lakverf hoogglans zuiver wit 2,5 ltr\n4x grondverf acryl wit 2,5 ltr\n2x rol schuurpapier korrel 180\n"
      "2x rol schuurpapier korrel 240\n6x vachtroller 12\" korte vacht\n\n"
      "Afleveren op het werk: Oudegracht 188, 3511 NP Utrecht, graag vóór 9 december.\n\n"
      "Met vriendelijke groet,\nPieter van Dijk\nSchildersbedrijf Van Dijk B.V.\n",
      label("Schildersbedrijf Van Dijk B.V.", "2026-412", None, "2026-12-09", None,
            ST(None, "Oudegracht 188", "Utrecht", None, "3511 NP", "NL"),
            [L("TGL-PBW-25", 4, "lakverf hoogglans zuiver wit 2,5 ltr"), L("PRM-APU-25", 4, "grondverf acryl wit 2,5 ltr"),
             L("AO-RL-180", 2, "rol schuurpapier korrel 180", "RL"), L("AO-RL-240", 2, "rol schuurpapier korrel 240", "RL"),
             L("RS-12-SP", 6, 'vachtroller 12" korte vacht')]),
      "Dutch, '4x' quantities, site delivery")

    # e13 Polish, sender not in customers
    D("e13_polish_decorator.eml", "Tomasz Nowak <tomasz.nowak.dekoracje@gmail.com>", "zamówienie",
      "Sat, 05 Dec 2026 19:33:08 +0000",
      "Dzień dobry,\n\nProszę o dostawę:\n\n1. Farba emulsyjna matowa magnolia 10L - 4 szt.\n"
      "2. Farba emulsyjna matowa biała (brilliant white) 5L - 3 szt.\n3. Akryl malarski (caulk) biały - 10 szt.\n"
      "4. Taśma malarska 25mm - 6 szt.\n5. Folia ochronna 12x9 (opak. 5 szt.) - 2 opak.\n\n"
      "Adres: 7 Wellington Street, Slough SL1 1XX\nDostawa w środę 9 grudnia.\n\n"
      "Pozdrawiam\nTomasz Nowak\nTN Dekoracje\ntel. 07700 900588\n",
      label("TN Dekoracje", None, None, "2026-12-09", None,
            ST(None, "7 Wellington Street", "Slough", None, "SL1 1XX", "GB"),
            [L("TVM-MAG-10", 4, "Farba emulsyjna matowa magnolia 10L"), L("TVM-BW-05", 3, "Farba emulsyjna matowa biała 5L"),
             L("CLK-WHT-380", 10, "Akryl malarski (caulk) biały"), L("MT-25", 6, "Taśma malarska 25mm", "RL"),
             L("DS-PE-129-5", 2, "Folia ochronna 12x9 (opak. 5 szt.)", "PK")]),
      "Polish decorator in GB, gmail sender not in customers.csv")

    # e14 Australia
    D("e14_southerncross_au.eml", "Mel Curtis <purchasing@southerncrosspainting.com.au>", "PO# SCP-5512",
      "Tue, 08 Dec 2026 09:20:00 +1100",
      "G'day,\n\nPO# SCP-5512, date 8/12/2026. Pricing as per your quote Q-8841.\n\n"
      "Qty  Item\n20   Contract matt brilliant white 10L\n10   Roller sleeve 9\" long nap\n10   Roller sleeve 12\" long nap\n"
      "4    Roller tray 12\"\n\nShip to: Southern Cross Painting, 5/17 Hume Highway, Campbelltown NSW 2560\n"
      "Need it landed by 22/12/2026.\n\nCheers,\nMel\n",
      label("Southern Cross Painting Pty Ltd", "SCP-5512", "2026-12-08", "2026-12-22", None,
            ST("Southern Cross Painting", "5/17 Hume Highway", "Campbelltown", "NSW", "2560", "AU"),
            [L("CMT-BW-10", 20, "Contract matt brilliant white 10L"), L("RS-09-LP", 10, 'Roller sleeve 9" long nap'),
             L("RS-12-LP", 10, 'Roller sleeve 12" long nap'), L("RT-12", 4, 'Roller tray 12"')]),
      "Australian, Qty/Item columns in plain text, 'nap' wording, day-first dates")

    # e15 Canada
    D("e15_mapleleaf_ca.eml", "Daniel Tremblay <dtremblay@mapleleafps.ca>", "Purchase order 40-2219",
      "Fri, 04 Dec 2026 15:02:11 -0500",
      "Hello,\n\nPlease process purchase order 40-2219 dated December 4, 2026.\n\n"
      "  * Trade Vinyl Silk, Pure Brilliant White, 10L - qty 6\n  * Trade Undercoat Grey 2.5L - qty 3\n"
      "  * Trade High Gloss, Pure Brilliant White, 2.5L - qty 3\n  * Pure bristle brush 2\" - qty 12\n\n"
      "Ship to:\nMaple Leaf Property Services - Building 3\n220 King St W\nToronto, ON M5H 1K4\n\n"
      "Required date: 2026-12-18\n\nThank you,\nDaniel Tremblay\nProcurement\n",
      label("Maple Leaf Property Services Inc.", "40-2219", "2026-12-04", "2026-12-18", None,
            ST("Maple Leaf Property Services - Building 3", "220 King St W", "Toronto", "ON", "M5H 1K4", "CA"),
            [L("TVS-PBW-10", 6, "Trade Vinyl Silk, Pure Brilliant White, 10L"), L("UCT-GRY-25", 3, "Trade Undercoat Grey 2.5L"),
             L("TGL-PBW-25", 3, "Trade High Gloss, Pure Brilliant White, 2.5L"), L("BR-PBR-200", 12, 'Pure bristle brush 2"')]),
      "Canadian procurement, bullet list, month-name order date and ISO required date")

    # e16 South Africa
    D("e16_capecoast_za.eml", "Riaan van der Merwe <orders@capecoastpaint.co.za>", "Order CCP/0912",
      "Mon, 30 Nov 2026 06:48:19 +0200",
      "Morning Brushmark team\n\nOrder no CCP/0912\n\nMasonry smooth pebble grey 10L - 12\nMasonry textured brill white 10L - 6\n"
      "Masonry smooth black 5L - 2\n3\" pure bristle - 8\n\nDeliver to our yard: 22 Voortrekker Road, Bellville, Cape Town 7530.\n\n"
      "Thanks\nRiaan\nCape Coast Painting Contractors\n",
      label("Cape Coast Painting Contractors", "CCP/0912", None, None, None,
            ST(None, "22 Voortrekker Road", "Cape Town", None, "7530", "ZA"),
            [L("MSM-PGR-10", 12, "Masonry smooth pebble grey 10L"), L("MTX-BW-10", 6, "Masonry textured brill white 10L"),
             L("MSM-BLK-05", 2, "Masonry smooth black 5L"), L("BR-PBR-300", 8, '3" pure bristle')]),
      "South African contractor, masonry colours, quantities after descriptions")

    # e17 forwarded email
    D("e17_carrow_forward.eml", "Purchasing <purchasing@carrowcontractors.co.uk>", "Fwd: paint for Unthank Rd",
      "Tue, 01 Dec 2026 13:17:45 +0000",
      "Please supply the below on PO CC-4418. Delivery to site as per Steve's note.\n\nThanks\nKaren Blythe\nPurchasing, Carrow Contractors Ltd\n\n"
      "---------- Forwarded message ---------\nFrom: Steve Lambert <steve.lambert@carrowcontractors.co.uk>\n"
      "Date: Tue, 1 Dec 2026 at 12:50\nSubject: paint for Unthank Rd\nTo: Purchasing <purchasing@carrowcontractors.co.uk>\n\n"
      "Karen can you order for Unthank Rd pls\n\n10 brill white contract matt 10l\n5 PBW satin 2.5\n5 acrylic primer undercoat 2.5\n"
      "2 dozen 1.5\" synthetics\n4 boxes of tape 25mm (the 36 roll boxes)\n\nsite is 301 Unthank Road NR4 7QA, Norwich. "
      "need it Thurs 3rd\n\nSteve\n",
      label("Carrow Contractors Ltd", "CC-4418", None, "2026-12-03", None,
            ST(None, "301 Unthank Road", "Norwich", None, "NR4 7QA", "GB"),
            [L("CMT-BW-10", 10, "brill white contract matt 10l"), L("TSA-PBW-25", 5, "PBW satin 2.5"),
             L("PRM-APU-25", 5, "acrylic primer undercoat 2.5"), L("BR-SYN-150", 24, '2 dozen 1.5" brushes'),
             L("MT-25-BX36", 4, "boxes of tape 25mm (36 roll boxes)", "BX")]),
      "forwarded site manager's list with purchasing's PO on top; '2 dozen'")

    # e18 tab-pasted Excel table
    D("e18_marshfinch_tabs.eml", "Olivia Finch <olivia@marshfinch.co.uk>", "Order - MF 0458",
      "Wed, 02 Dec 2026 11:28:36 +0000",
      "Hi,\n\nOrder MF 0458 below (copied from our sheet). Deliver to 9 Cavendish Mews, Bristol BS8 1TH please.\n\n"
      "Code\tDescription\tQty\tPrice (£)\n"
      "TVM-MAG-05\tVinyl matt magnolia 5L\t8\t21.40\n"
      "TVM-PBW-05\tVinyl matt PBW 5L\t6\t22.80\n"
      "TEG-BW-25\tEggshell BW 2.5L\t2\t24.60\n"
      "FIL-WD-250\tFlexible wood filler\t4\t6.20\n"
      "SSP-MED\tSanding sponge med/fine\t10\t1.60\n\n"
      "Thanks,\nOlivia\nMarsh & Finch Property Maintenance\n",
      label("Marsh & Finch Property Maintenance", "MF 0458", None, None, "GBP",
            ST(None, "9 Cavendish Mews", "Bristol", None, "BS8 1TH", "GB"),
            [L("TVM-MAG-05", 8, "Vinyl matt magnolia 5L", price=21.40), L("TVM-PBW-05", 6, "Vinyl matt PBW 5L", price=22.80),
             L("TEG-BW-25", 2, "Eggshell BW 2.5L", price=24.60), L("FIL-WD-250", 4, "Flexible wood filler", price=6.20),
             L("SSP-MED", 10, "Sanding sponge med/fine", price=1.60)]),
      "tab-separated table pasted from Excel with our SKUs and prices (price column headed £)")

    # e19 numbered list with SKUs slightly wrong
    D("e19_thamesreach_skus.eml", "Priya Shah <p.shah@thamesreachfm.co.uk>", "PO TR/7731",
      "Thu, 03 Dec 2026 09:01:27 +0000",
      "Hello,\n\nPO TR/7731, please deliver to Riverside Court (reception), 40 Battersea Park Road, London SW11 4JP.\n\n"
      "1) tvm-bw-10 x 4\n2) TGLPBW05 x 1\n3) ms-lt-25 x 12 (low tack tape)\n4) RS9MP x 6\n5) cl-wht-380 x 24\n\n"
      "Regards\nPriya Shah\nThames Reach Facilities Management\n",
      label("Thames Reach Facilities Management", "TR/7731", None, None, None,
            ST("Riverside Court", "40 Battersea Park Road", "London", None, "SW11 4JP", "GB"),
            [L("TVM-BW-10", 4, "tvm-bw-10"), L("TGL-PBW-05", 1, "TGLPBW05"), L("MT-LT-25", 12, "ms-lt-25 (low tack tape)", "RL"),
             L("RS-09-MP", 6, "RS9MP"), L("CLK-WHT-380", 24, "cl-wht-380")]),
      "numbered list of our SKUs written wrong (lower case, missing dashes, typos)")

    # e20 word quantities
    D("e20_kelso_words.eml", "Alan Kerr <alan@kelsopainting.co.uk>", "order",
      "Fri, 27 Nov 2026 16:55:09 +0000",
      "Hi folks,\n\nCould you send up a dozen 2 inch synthetic brushes, two boxes of white caulk, half a dozen rolls of the "
      "1 inch masking tape and a pair of 9 inch roller frames. Oh and three 5L white spirits.\n\n"
      "To the yard as usual (14 Roxburgh Street, Kelso TD5 7DX).\n\nCheers\nAlan\nKelso Painting Services\n",
      label("Kelso Painting Services", None, None, None, None,
            ST(None, "14 Roxburgh Street", "Kelso", None, "TD5 7DX", "GB"),
            [L("BR-SYN-200", 12, "2 inch synthetic brushes"), L("CLK-WHT-380-25", 2, "boxes of white caulk", "BX"),
             L("MT-25", 6, "1 inch masking tape", "RL"), L("RF-09", 2, "9 inch roller frames"), L("WSP-05", 3, "5L white spirit")]),
      "prose with word quantities (a dozen, two boxes, half a dozen, a pair); 1 inch tape = 25mm")

    # e21 buyer's own codes
    D("e21_ridgeway_codes.eml", "Stores <stores@ridgewayhomes.org.uk>", "Stores replenishment RH-44102",
      "Mon, 07 Dec 2026 10:30:00 +0000",
      "Hi,\n\nReplenishment order RH-44102 for Swindon stores. Our stock codes first.\n\n"
      "RH-PNT-014  Magnolia vinyl matt 10L ............ 12\n"
      "RH-PNT-015  Brilliant white vinyl matt 10L ..... 12\n"
      "RH-PNT-022  White gloss 1L ....................... 6\n"
      "RH-SUN-003  Roller sleeve 9in short pile ........ 10\n"
      "RH-SUN-010  Filler ready mixed 600g ............. 8\n\n"
      "Deliver to Ridgeway Homes Stores, Unit 2 Kembrey Park, Swindon SN2 8YS.\n\n"
      "Thanks\nMark (Stores)\n",
      label("Ridgeway Homes Housing Association", "RH-44102", None, None, None,
            ST("Ridgeway Homes Stores", "Unit 2 Kembrey Park", "Swindon", None, "SN2 8YS", "GB"),
            [L("TVM-MAG-10", 12, "Magnolia vinyl matt 10L", cp="RH-PNT-014"), L("TVM-BW-10", 12, "Brilliant white vinyl matt 10L", cp="RH-PNT-015"),
             L("TGL-BW-01", 6, "White gloss 1L", cp="RH-PNT-022"), L("RS-09-SP", 10, "Roller sleeve 9in short pile", cp="RH-SUN-003"),
             L("FIL-RM-600", 8, "Filler ready mixed 600g", cp="RH-SUN-010")]),
      "housing association stores, buyer's own stock codes with dot leaders")
    return NOTES
