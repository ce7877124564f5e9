"""Order emails, part A."""
from common import L, label, write, eml, Pdf, money
from masterdata import price, desc, SITES, CUST
from reportlab.lib.pagesizes import letter, A4

TO = "Harborline Orders <orders@harborlinesupply.com>"


def ship(key_or_site):
    return dict(SITES[key_or_site]) if isinstance(key_or_site, str) else key_or_site


def build():
    # E01 terse phone email
    write("e01-riverside-terse.eml", eml(
        "e01", "Mike Dorsey <mike@riversideautorepair.com>", TO, "order",
        "Tue, 01 Dec 2026 07:42:10 -0500",
        "need\n2 cs 5w30 syn qts\n6 ph3614\n1 bx L nitrile 6mil\nthx\nMike\n\nSent from my phone\n"),
        label("Riverside Auto Repair", None, None, None, None, None, [
            L("MO-5W30S-QT", "5w30 syn qts", 2, "CS"),
            L("OF-102", "ph3614", 6, "EA"),
            L("GLV-NIT6-L", "L nitrile 6mil", 1, "BX"),
        ]))

    # E02 prose with word quantities, look-alike cross reference (51358 not 51348)
    write("e02-kessler-prose.eml", eml(
        "e02", "Dave Kessler <dave@kesslerbrosgarage.com>", TO, "stuff for this week",
        "Tue, 01 Dec 2026 16:05:33 -0500",
        "Hi guys,\n\nCould you send over a couple cases of 5W-30 in the quarts - the regular conventional,\n"
        "not the synthetic this time - and half a dozen of the Wix 51358 oil filters for the GM trucks.\n"
        "Also one bale of the colored rags (the 25 lb one) and three cases of the non-chlorinated\n"
        "brake cleaner.\n\nPut it on our PO 7781.\n\nThanks,\nDave Kessler\nKessler Brothers Garage\n"
        "87 Depot St, Bowling Green OH 43402\n419-555-0177\n"),
        label("Kessler Brothers Garage", "7781", None, None, None, None, [
            L("MO-5W30C-QT", "5W-30 in the quarts - the regular conventional", 2, "CS"),
            L("OF-112", "Wix 51358 oil filters", 6, "EA"),
            L("RAG-COL-25", "colored rags (the 25 lb one)", 1, "BL"),
            L("BC-NC-14", "non-chlorinated brake cleaner", 3, "CS"),
        ]))

    # E03 bullets with quantity after description, named site with address
    write("e03-millbrook-bullets.eml", eml(
        "e03", "Janet Ostrowski <jostrowski@millbrookmi.gov>", TO, "PO MB-26-1187 - Public Works Yard",
        "Wed, 02 Dec 2026 09:14:00 -0500",
        "Good morning,\n\nPlease process PO MB-26-1187 for the Public Works Yard:\n\n"
        "  * Wiper blade 22\" beam style - 12\n"
        "  * Battery group 65 AGM 850 CCA - 4\n"
        "  * Cabin filter, Police Interceptor Utility, carbon type (FRAM CF11182) - 10\n"
        "  * DEF 2.5 gal jugs - 20\n"
        "  * HD ELC coolant 50/50, gallons - 2 cases\n\n"
        "Deliver to: City of Millbrook - Public Works Yard, 1450 Hartman Rd, Millbrook, MI 49270\n"
        "Receiving hours 7:00-3:00. Need by Friday 12/11.\n\n"
        "Janet Ostrowski\nFleet Services Coordinator, City of Millbrook\n500 Municipal Dr, Millbrook MI 49270\n"
        "Tel. 269-555-0102\n"),
        label("City of Millbrook Fleet Services", "MB-26-1187", None, "2026-12-11", None,
              ship("millbrook_pw"), [
                  L("WB-22B", 'Wiper blade 22" beam style', 12, "EA"),
                  L("BAT-65-850", "Battery group 65 AGM 850 CCA", 4, "EA"),
                  L("CF-402", "Cabin filter, Police Interceptor Utility, carbon type (FRAM CF11182)", 10, "EA"),
                  L("DEF-25", "DEF 2.5 gal jugs", 20, "EA"),
                  L("CL-ELC-5050-GL", "HD ELC coolant 50/50, gallons", 2, "CS"),
              ]))

    # E04 forwarded, order deeper down
    write("e04-gpf-forwarded.eml", eml(
        "e04", "Tom Reyes <treyes@gpfreight.com>", TO, "FW: parts for Des Moines shop",
        "Wed, 02 Dec 2026 11:30:12 -0600",
        "Sharon - can you get this going? Use PO 450019. Ship to Des Moines per Carl's note below.\n\n"
        "Thanks\nTom Reyes | Purchasing | Great Plains Freight Lines\n3300 S 60th St, Omaha NE 68106 | 402-555-0150\n\n"
        "---------- Forwarded message ---------\nFrom: Carl Lindqvist <clindqvist@gpfreight.com>\n"
        "Date: Tue, Dec 1, 2026 at 4:48 PM\nSubject: parts for Des Moines shop\nTo: Tom Reyes <treyes@gpfreight.com>\n\n"
        "Tom,\n\nWe're low on the usual. Can you order:\n\n"
        "15W-40 conventional drums x2\nFleetguard LF9009 x 24\nFleetguard FS19732 x 12 (fuel/water sep)\n"
        "DEF drums x 3\n\nShip to our terminal: 4410 NE 14th St, Des Moines IA 50313, attn Carl.\n\n"
        "Carl\nShop Foreman - Des Moines\n"),
        label("Great Plains Freight Lines", "450019", None, None, None,
              {"name": None, "street": "4410 NE 14th St", "city": "Des Moines", "region": "IA",
               "postal_code": "50313", "country": "US"}, [
                  L("MO-15W40C-DR", "15W-40 conventional drums", 2, "DR"),
                  L("OF-202", "Fleetguard LF9009", 24, "EA"),
                  L("FF-502", "Fleetguard FS19732 (fuel/water sep)", 12, "EA"),
                  L("DEF-55", "DEF drums", 3, "DR"),
              ]))

    # E05 reply thread, correction in the newest text
    write("e05-lakeview-correction.eml", eml(
        "e05", "Rick Palmer <rpalmer@lakeviewford.com>", TO, "RE: PO LV-55120",
        "Thu, 03 Dec 2026 08:02:45 -0500",
        "Correction - make the wipers 20\" not 22\", and bump them to 10. Everything else the same.\n\n"
        "Rick\n\n"
        "-----Original Message-----\nFrom: Rick Palmer <rpalmer@lakeviewford.com>\n"
        "Sent: Wednesday, December 2, 2026 5:10 PM\nTo: Harborline Orders <orders@harborlinesupply.com>\n"
        "Subject: PO LV-55120\n\n"
        "Please send on PO LV-55120:\n\n"
        "8 - 22\" beam wiper blades\n4 - group 78 AGM batteries 800 CCA\n6 - 9006 bulbs (2pk)\n"
        "2 cs ATF Mercon LV quarts\n\n"
        "Rick Palmer\nParts Manager, Lakeview Ford Service Department\n1800 Lakeview Blvd, Sandusky OH 44870\n"),
        label("Lakeview Ford Service Department", "LV-55120", None, None, None, None, [
            L("WB-20B", '20" beam wiper blades', 10, "EA"),
            L("BAT-78-800", "group 78 AGM batteries 800 CCA", 4, "EA"),
            L("BLB-9006-2PK", "9006 bulbs (2pk)", 6, "PK"),
            L("ATF-DM-QT", "ATF Mercon LV quarts", 2, "CS"),
        ]))

    # E06 Outlook HTML table, buyer part numbers and prices
    rows = [("PSD-2031", "Battery Grp 31 925 CCA stud", 4, "EA", "BAT-31-925"),
            ("PSD-1128", "Wiper blade 28\" HD bus", 10, "EA", "WB-28HD"),
            ("PSD-3100", "Fuel filter Fleetguard FS1000", 6, "EA", "FF-501"),
            ("PSD-0415", "15W-40 conventional 55 gal drum", 2, "DR", "MO-15W40C-DR"),
            ("PSD-3352", "Air filter Donaldson P181052", 12, "EA", "AF-351"),
            ("PSD-5019", "Brake clean chlorinated 19oz (cs/12)", 3, "CS", "BC-CHL-19")]
    html_rows = "".join(
        f"<tr><td style='border:1px solid #999;padding:2px 6px'>{q}</td><td style='border:1px solid #999;padding:2px 6px'>{u}</td>"
        f"<td style='border:1px solid #999;padding:2px 6px'>{cp}</td><td style='border:1px solid #999;padding:2px 6px'>{d.replace(chr(34), '&quot;')}</td>"
        f"<td style='border:1px solid #999;padding:2px 6px' align=right>${price(s):,.2f}</td></tr>"
        for cp, d, q, u, s in rows)
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head>"
            "<body lang=EN-US><div class=WordSection1><p class=MsoNormal>Hello,<o:p></o:p></p>"
            "<p class=MsoNormal>Please ship the following on PO# 26-0412 to our North Depot, 1200 Northfield Rd, "
            "Pinecrest, PA 16901. We need it by December 14, 2026.<o:p></o:p></p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
            "<tr><td><b>Qty</b></td><td><b>Unit</b></td><td><b>Our Item #</b></td><td><b>Description</b></td><td><b>Unit Price</b></td></tr>"
            + html_rows + "</table><p class=MsoNormal>Thank you,<br>Linda Haas<br>Transportation Office, "
            "Pinecrest School District<br>570-555-0133</p></div></body></html>")
    text = ("Hello,\n\nPlease ship the following on PO# 26-0412 to our North Depot, 1200 Northfield Rd, Pinecrest, PA 16901. "
            "We need it by December 14, 2026.\n\n"
            + "\n".join(f"{q}\t{u}\t{cp}\t{d}\t${price(s):,.2f}" for cp, d, q, u, s in rows)
            + "\n\nThank you,\nLinda Haas\nTransportation Office, Pinecrest School District\n570-555-0133\n")
    write("e06-pinecrest-html-table.eml", eml(
        "e06", "Linda Haas <lhaas@pinecrestsd.org>", TO, "PO# 26-0412", "Thu, 03 Dec 2026 10:21:09 -0500",
        text, html=html),
        label("Pinecrest School District Transportation", "26-0412", None, "2026-12-14", "USD",
              {"name": "North Depot", "street": "1200 Northfield Rd", "city": "Pinecrest", "region": "PA",
               "postal_code": "16901", "country": "US"},
              [L(s, d, q, u, price(s), cp) for cp, d, q, u, s in rows]))

    # E07 tab-separated paste of tyres
    write("e07-summit-tsv.eml", eml(
        "e07", "Gina Alvarez <gina@summittirelube.com>", TO, "Tire order ST-9920",
        "Thu, 03 Dec 2026 13:44:00 -0500",
        "Hi, pasted from our sheet. PO ST-9920\n\n"
        "Qty\tSize\tLoad/Speed\tNotes\n"
        "8\t225/65R17\t106T XL\tall season\n"
        "4\tLT245/75R16\t120/116S\tLoad E, all terrain\n"
        "4\tLT245/75R16\t108/104S\tLoad C, all terrain\n"
        "6\t205/55R16\t91V\t\n\n"
        "Thanks!\nGina\nSummit Tire & Lube\n"),
        label("Summit Tire & Lube", "ST-9920", None, None, None, None, [
            L("TY-2256517-106TXL", "225/65R17 106T XL all season", 8, "EA"),
            L("TY-LT2457516-E-AT", "LT245/75R16 120/116S Load E, all terrain", 4, "EA"),
            L("TY-LT2457516-C-AT", "LT245/75R16 108/104S Load C, all terrain", 4, "EA"),
            L("TY-2055516-91V", "205/55R16 91V", 6, "EA"),
        ]))

    # E08 fixed-width fleet software printout pasted in body
    fx = [("FT-10233", "LUBE FILTER FLEETGUARD LF3000", 36, "EA", "OF-201"),
          ("FT-20871", "AIR FILTER DONALDSON P527682", 6, "EA", "AF-352"),
          ("FT-40110", "TIRE 11R22.5 146/143L 16PR DRIVE", 8, "EA", "TY-11R225-146L-D"),
          ("FT-50014", "GREASE EP2 14OZ CART (CS/10)", 4, "CS", "GR-EP2-14"),
          ("FT-50220", "BRAKE CLEANER NON-CHLOR 14OZ CS/12", 6, "CS", "BC-NC-14")]
    body = ("Please see PO below.\n\n"
            "FLEETTRAK MAINTENANCE SYSTEM v8.2                        PAGE 1\n"
            "PURCHASE ORDER                 PO NO: 450031   DATE: 12/02/2026\n"
            "VENDOR: HARBORLINE AUTO & FLEET SUPPLY   REQ DEL: 12/09/2026\n"
            "SHIP TO: GPF OMAHA TERMINAL, 9800 F ST, OMAHA NE 68127\n"
            "----------------------------------------------------------------------\n"
            "LN PART NO   DESCRIPTION                          QTY UM   UNIT COST\n"
            "----------------------------------------------------------------------\n")
    for i, (cp, d, q, u, s) in enumerate(fx, 1):
        body += f"{i:>2} {cp:<10} {d:<36} {q:>4} {u:<2} {price(s):>11.2f}\n"
    total = sum(q * price(s) for _, _, q, _, s in fx)
    body += ("----------------------------------------------------------------------\n"
             f"{'PO TOTAL':>60} {total:>9.2f}\n\nTom Reyes, Purchasing, Great Plains Freight Lines\n")
    write("e08-gpf-fixed-width.eml", eml(
        "e08", "Tom Reyes <treyes@gpfreight.com>", TO, "PO 450031", "Wed, 02 Dec 2026 15:02:00 -0600", body),
        label("Great Plains Freight Lines", "450031", "2026-12-02", "2026-12-09", None,
              {"name": "GPF Omaha Terminal", "street": "9800 F St", "city": "Omaha", "region": "NE",
               "postal_code": "68127", "country": "US"},
              [L(s, d, q, u, price(s), cp) for cp, d, q, u, s in fx]))

    # E09 French, Quebec, CAD
    write("e09-tremblay-francais.eml", eml(
        "e09", "Sylvie Tremblay <commandes@garagetremblay.ca>", TO, "Commande - bon de commande 2026-318",
        "Thu, 03 Dec 2026 09:05:00 -0500",
        "Bonjour,\n\nVoici notre commande (bon de commande no 2026-318) :\n\n"
        "- 3 caisses d'huile 5W-30 synthétique en pintes (12/caisse)\n"
        "- 6 filtres à huile FRAM PH7317\n"
        "- 4 pneus 225/65R17 102H\n"
        "- 2 batteries groupe 24F 750 CCA\n"
        "- 10 balais d'essuie-glace 16 po, modèle conventionnel\n\n"
        "Livraison souhaitée le 15 décembre. Prix en dollars canadiens (CAD) selon votre soumission.\n\n"
        "Livrer à : Garage Tremblay & Fils, 1455 boul. Talbot, Chicoutimi (Québec) G7H 4B8\n\n"
        "Merci et bonne journée,\nSylvie Tremblay\nGarage Tremblay & Fils\n418-555-0164\n"),
        label("Garage Tremblay & Fils", "2026-318", None, "2026-12-15", "CAD",
              {"name": "Garage Tremblay & Fils", "street": "1455 boul. Talbot", "city": "Chicoutimi",
               "region": "QC", "postal_code": "G7H 4B8", "country": "CA"}, [
                  L("MO-5W30S-QT", "huile 5W-30 synthétique en pintes (12/caisse)", 3, "CS"),
                  L("OF-101", "filtres à huile FRAM PH7317", 6, "EA"),
                  L("TY-2256517-102H", "pneus 225/65R17 102H", 4, "EA"),
                  L("BAT-24F-750", "batteries groupe 24F 750 CCA", 2, "EA"),
                  L("WB-16C", "balais d'essuie-glace 16 po, modèle conventionnel", 10, "EA"),
              ]))

    # E10 UK fleet, GBP, dd/mm/yyyy date, second site
    write("e10-northgate-uk.eml", eml(
        "e10", "Priya Shah <p.shah@northgatefleet.co.uk>", TO, "Order NFS-PO-30418",
        "Fri, 04 Dec 2026 09:31:00 +0000",
        "Hello,\n\nPlease supply the following against our order ref NFS-PO-30418, prices as per your quotation (GBP):\n\n"
        "10 x 9005 headlamp bulbs (twin packs)\n6 x H11 long life twin packs\n20 x 24\" beam wiper blades\n"
        "5 x boxes nitrile gloves XL 4 mil\n2 x drums AdBlue 55 gal\n\n"
        "Required by 14/12/2026. Deliver to our Wakefield depot:\n"
        "Northgate Fleet Services - Wakefield Depot\n12 Denby Dale Road\nWakefield\nWF2 7AZ\n\n"
        "Kind regards,\nPriya Shah\nProcurement, Northgate Fleet Services Ltd\nUnit 4 Tanners Way, Leeds LS10 1RF\n"),
        label("Northgate Fleet Services Ltd", "NFS-PO-30418", None, "2026-12-14", "GBP",
              {"name": "Northgate Fleet Services - Wakefield Depot", "street": "12 Denby Dale Road",
               "city": "Wakefield", "postal_code": "WF2 7AZ", "country": "GB"}, [
                  L("BLB-9005-2PK", "9005 headlamp bulbs (twin packs)", 10, "PK"),
                  L("BLB-H11-LL2PK", "H11 long life twin packs", 6, "PK"),
                  L("WB-24B", '24" beam wiper blades', 20, "EA"),
                  L("GLV-NIT4-XL", "boxes nitrile gloves XL 4 mil", 5, "BX"),
                  L("DEF-55", "drums AdBlue 55 gal", 2, "DR"),
              ]))

    # E11 German, EUR prices with decimal commas
    de = [("OF-101", "Ölfilter WIX 51356", 10, "Stk", "EA", 6.40),
          ("CF-408", "Innenraumfilter Aktivkohle FRAM CF11671 (Camry)", 6, "Stk", "EA", 17.90),
          ("BP-CAM-FC", "Bremsbeläge vorne Keramik Toyota Camry 2018-23", 4, "Satz", "SET", 44.50),
          ("SB-6-0945", "Keilrippenriemen Gates K060945", 3, "Stk", "EA", 27.20),
          ("BLB-H7-2PK", "Glühlampe H7 Doppelpack", 5, "Pck", "PK", 16.10)]
    body = ("Sehr geehrte Damen und Herren,\n\nhiermit bestellen wir:\n\nBestell-Nr.: 4711-26-093\nBestelldatum: 03.12.2026\n"
            "Liefertermin: 21.12.2026\n\nPos.  Menge  Einheit  Artikel                                            Einzelpreis\n")
    for i, (s, d, q, u, _, p) in enumerate(de, 1):
        body += f"{i:<5} {q:>5}  {u:<7}  {d:<50} {money(p)} EUR\n"
    body += ("\nLieferadresse: Autowerkstatt Brenner GmbH, Industriestraße 14, 70565 Stuttgart\n\n"
             "Mit freundlichen Grüßen\nMarkus Brenner\nAutowerkstatt Brenner GmbH\nTel. +49 711 555 0190\n")
    write("e11-brenner-deutsch.eml", eml(
        "e11", "Markus Brenner <einkauf@brenner-kfz.de>", TO, "Bestellung 4711-26-093",
        "Thu, 03 Dec 2026 14:12:00 +0100", body),
        label("Autowerkstatt Brenner GmbH", "4711-26-093", "2026-12-03", "2026-12-21", "EUR",
              {"name": "Autowerkstatt Brenner GmbH", "street": "Industriestraße 14", "city": "Stuttgart",
               "postal_code": "70565", "country": "DE"},
              [L(s, d, q, uu, p) for s, d, q, _, uu, p in de]))

    # E12 Spanish, Mexico, MXN
    write("e12-ruiz-espanol.eml", eml(
        "e12", "Jorge Ruiz <compras@tallerhnosruiz.com.mx>", TO, "Pedido 0932",
        "Fri, 04 Dec 2026 10:40:00 -0600",
        "Buenos días,\n\nLes envío el pedido no. 0932:\n\n"
        "- 6 garrafones de aceite 5W-30 sintético de 5 cuartos\n"
        "- 2 cajas de aceite 15W-40 convencional en cuartos\n"
        "- 8 filtros de aire WIX 49883\n"
        "- 4 juegos de balatas delanteras cerámicas para Silverado 1500\n"
        "- 1 caja de guantes de nitrilo talla M, 4 mil\n\n"
        "Favor de entregar para el 17 de diciembre de 2026 en el taller: Av. Ignacio Zaragoza 1820, Col. Centro, "
        "Monterrey, N.L., C.P. 64000.\nPrecios en pesos (MXN) según su lista.\n\n"
        "Saludos,\nJorge Ruiz\nTaller Mecánico Hermanos Ruiz\nTel. 81 5555 0142\n"),
        label("Taller Mecánico Hermanos Ruiz", "0932", None, "2026-12-17", "MXN",
              {"name": None, "street": "Av. Ignacio Zaragoza 1820", "city": "Monterrey", "region": "NL",
               "postal_code": "64000", "country": "MX"}, [
                  L("MO-5W30S-5Q", "garrafones de aceite 5W-30 sintético de 5 cuartos", 6, "EA"),
                  L("MO-15W40C-QT", "aceite 15W-40 convencional en cuartos", 2, "CS"),
                  L("AF-301", "filtros de aire WIX 49883", 8, "EA"),
                  L("BP-SILV-FC", "balatas delanteras cerámicas para Silverado 1500", 4, "SET"),
                  L("GLV-NIT4-M", "guantes de nitrilo talla M, 4 mil", 1, "BX"),
              ]))

    # E13 Red Ridge PDF with Vendor / Ship To / Bill To side by side, AUD
    rr = [("RR-TY-0117", "Tyre LT265/70R17 121/118S LR-E A/T", 12, "EA", "TY-LT2657017-E-AT", 268.00),
          ("RR-EL-0031", "Battery Grp 31 AGM 1000CCA stud", 6, "EA", "BAT-31A-1000", 412.00),
          ("RR-CL-0550", "Coolant ELC concentrate 205L drum", 2, "DR", "CL-ELC-CONC-DR", 1320.00),
          ("RR-DF-0275", "AdBlue/DEF 1000L IBC (275 gal tote)", 1, "EA", "DEF-275", 1275.00),
          ("RR-WB-0024", "Wiper blade 24in heavy duty", 10, "EA", "WB-24HD", 24.90),
          ("RR-RG-0025", "Rags white terry 25 lb bale", 4, "BL", "RAG-WHT-25", 74.00)]
    p = Pdf(A4, "Purchase Order RR-PO-118204")
    p.text(40, 800, "RED RIDGE MINING PTY LTD", 14, "Helvetica-Bold")
    p.text(40, 786, "ABN 51 555 000 118  |  Fleet Maintenance  |  PO Box 1180, Newman WA 6753", 8)
    p.text(400, 800, "PURCHASE ORDER", 14, "Helvetica-Bold")
    p.lines(400, 784, ["PO Number: RR-PO-118204", "PO Date: 01/12/2026", "Delivery Required: 18/12/2026",
                       "Currency: AUD", "Buyer: Bruce Kettering"], 9)
    p.text(40, 716, "VENDOR", 9, "Helvetica-Bold"); p.text(220, 716, "SHIP TO", 9, "Helvetica-Bold")
    p.text(400, 716, "BILL TO", 9, "Helvetica-Bold")
    p.lines(40, 703, ["Harborline Auto & Fleet Supply, Inc.", "4100 Expressway Dr", "Toledo OH 43608", "USA"], 8)
    p.lines(220, 703, ["Red Ridge Mine - Fleet Workshop", "Lot 7 Great Northern Hwy", "Newman WA 6753", "Australia"], 8)
    p.lines(400, 703, ["Red Ridge Mining Pty Ltd", "Accounts Payable", "PO Box 1180", "Newman WA 6753"], 8)
    y = p.table(40, 640, [30, 70, 210, 40, 35, 60, 70],
                [["Ln", "Item Code", "Description", "Qty", "UOM", "Unit Price", "Amount"]]
                + [[i, cp, d, q, u, f"{pr:,.2f}", f"{q * pr:,.2f}"] for i, (cp, d, q, u, s, pr) in enumerate(rr, 1)],
                ruled=True, aligns=["l", "l", "l", "r", "l", "r", "r"])
    sub = sum(q * pr for _, _, q, _, _, pr in rr)
    p.text(505, y - 14, f"Subtotal  {sub:,.2f}", 9, right=True)
    p.text(505, y - 28, f"GST 10%  {sub * 0.1:,.2f}", 9, right=True)
    p.text(505, y - 42, f"Total AUD  {sub * 1.1:,.2f}", 9, "Helvetica-Bold", right=True)
    p.text(40, y - 80, "Deliveries to site gatehouse only. Induction required for drivers.", 8)
    write("e13-redridge-pdf-twocol.eml", eml(
        "e13", "Bruce Kettering <bkettering@redridgemining.com.au>", TO, "Purchase Order RR-PO-118204",
        "Tue, 01 Dec 2026 14:20:00 +0800",
        "G'day,\n\nPlease find attached PO RR-PO-118204. Confirm lead time to site please.\n\nCheers,\nBruce\n",
        attachments=[("RR-PO-118204.pdf", "application/pdf", p.bytes())]),
        label("Red Ridge Mining Pty Ltd", "RR-PO-118204", "2026-12-01", "2026-12-18", "AUD",
              {"name": "Red Ridge Mine - Fleet Workshop", "street": "Lot 7 Great Northern Hwy", "city": "Newman",
               "region": "WA", "postal_code": "6753", "country": "AU"},
              [L(s, d, q, u, pr, cp) for cp, d, q, u, s, pr in rr]))

    # E14 Riverside PDF, ruled table from shop management software
    rv = [("BP-F150-FC", "Brake pads front ceramic F-150 2015-20", 2, "SET"),
          ("BP-F150-RM", "Brake pads rear semi-met F-150 2015-20", 2, "SET"),
          ("SB-6-0882", "Serp belt 6K 88.2in Gates K060882", 1, "EA"),
          ("AF-302", "Air filter F-150 FRAM CA11206", 3, "EA"),
          ("CF-405", "Cabin filter F-150 std (CF10134A)", 3, "EA"),
          ("OF-103", "Oil filter PH3593A", 12, "EA")]
    p = Pdf(letter, "PO 10442")
    p.text(40, 750, "Riverside Auto Repair", 16, "Helvetica-Bold")
    p.lines(40, 734, ["2210 River Rd", "Maumee, OH 43537", "(419) 555-0123"], 9)
    p.text(420, 750, "PURCHASE ORDER", 13, "Helvetica-Bold")
    p.lines(420, 734, ["PO #: 10442", "Date: 12/03/2026", "Vendor: Harborline Auto & Fleet"], 9)
    p.text(40, 680, "Ship To: Riverside Auto Repair, 2210 River Rd, Maumee, OH 43537", 9)
    y = p.table(40, 650, [120, 240, 50, 40, 80],
                [["Part #", "Description", "Qty", "Unit", "Price"]]
                + [[s, d, q, u, f"${price(s):.2f}"] for s, d, q, u in rv], ruled=True,
                aligns=["l", "l", "r", "l", "r"])
    p.text(40, y - 30, "Generated by ShopBench SMS 4.1 - printed 12/03/2026 10:12 AM", 7)
    write("e14-riverside-pdf-ruled.eml", eml(
        "e14", "Mike Dorsey <mike@riversideautorepair.com>", TO, "PO 10442",
        "Thu, 03 Dec 2026 10:15:00 -0500", "PO attached.\n\nMike\nRiverside Auto Repair\n",
        attachments=[("PO_10442.pdf", "application/pdf", p.bytes())]),
        label("Riverside Auto Repair", "10442", "2026-12-03", None, "USD",
              {"name": "Riverside Auto Repair", "street": "2210 River Rd", "city": "Maumee", "region": "OH",
               "postal_code": "43537", "country": "US"},
              [L(s, d, q, u, price(s)) for s, d, q, u in rv]))
