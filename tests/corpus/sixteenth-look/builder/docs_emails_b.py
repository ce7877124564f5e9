"""Order emails, part B."""
from common import L, label, write, eml, Pdf, xlsx, money
from masterdata import price, SITES
from reportlab.lib.pagesizes import letter

TO = "Harborline Orders <orders@harborlinesupply.com>"


def build():
    # E15 multi-page municipal PO PDF, Transit Depot
    ml = [("MB-10021", "OF-111", "OIL FILTER, FORD TRANSIT, FL-1995 EQUIV", 48, "EA"),
          ("MB-10022", "OF-104", "OIL FILTER, FORD 4CYL, FL-910S EQUIV", 24, "EA"),
          ("MB-10040", "AF-305", "AIR FILTER, FORD TRANSIT 250/350", 12, "EA"),
          ("MB-10041", "CF-409", "CABIN FILTER, TRANSIT, PARTICULATE", 12, "EA"),
          ("MB-10050", "FF-503", "FUEL FILTER, FLEETGUARD FF5052", 10, "EA"),
          ("MB-10051", "FF-501", "FUEL FILTER, FLEETGUARD FS1000", 10, "EA"),
          ("MB-10060", "OF-204", "LUBE FILTER, FLEETGUARD LF3970", 20, "EA"),
          ("MB-10061", "AF-354", "AIR FILTER, DONALDSON P181064", 6, "EA"),
          ("MB-20010", "BP-TRN-FC", "BRAKE PADS FRONT CERAMIC, TRANSIT 250/350", 8, "SET"),
          ("MB-20011", "BP-TRN-RC", "BRAKE PADS REAR CERAMIC, TRANSIT 250/350", 8, "SET"),
          ("MB-30005", "MO-5W30S-DR", "MOTOR OIL 5W-30 FULL SYN, 55 GAL DRUM", 2, "DR"),
          ("MB-30006", "MO-15W40C-DR", "MOTOR OIL 15W-40 CONV, 55 GAL DRUM", 1, "DR"),
          ("MB-30020", "ATF-DM-GL", "ATF DEXRON VI/MERCON LV, 1 GAL", 12, "EA"),
          ("MB-30030", "CL-OAT-5050-DR", "COOLANT OAT 50/50, 55 GAL DRUM", 1, "DR"),
          ("MB-30040", "DEF-55", "DEF, 55 GAL DRUM", 4, "DR"),
          ("MB-30050", "WWF-20-GL", "WASHER FLUID -20F, CS/6 GAL", 10, "CS"),
          ("MB-40001", "BAT-65-750", "BATTERY GRP 65, 750 CCA", 6, "EA"),
          ("MB-40002", "BAT-31-925", "BATTERY GRP 31, 925 CCA, STUD", 4, "EA"),
          ("MB-40010", "WB-26B", "WIPER BLADE 26 IN BEAM", 12, "EA"),
          ("MB-40011", "WB-18B", "WIPER BLADE 18 IN BEAM", 12, "EA"),
          ("MB-40020", "BLB-H11-2PK", "BULB H11 STD, 2PK", 10, "PK"),
          ("MB-40021", "BLB-3157-10", "BULB 3157, BX/10", 4, "BX"),
          ("MB-40022", "BLB-194-10", "BULB 194, BX/10", 4, "BX"),
          ("MB-50001", "GLV-NIT6-XL", "GLOVES NITRILE 6 MIL XL, BX/100", 10, "BX"),
          ("MB-50002", "GLV-NIT6-L", "GLOVES NITRILE 6 MIL L, BX/100", 10, "BX"),
          ("MB-50010", "ABS-CLAY-40", "ABSORBENT CLAY, 40 LB BAG", 20, "EA"),
          ("MB-50020", "BC-NC-14", "BRAKE CLEANER NON-CHLOR, CS/12", 6, "CS"),
          ("MB-50030", "TWL-BLU-12", "SHOP TOWELS BLUE, CS/12 ROLLS", 3, "CS")]
    p = Pdf(letter, "City of Millbrook PO MB-26-1179")
    per_page = 16
    pages = [ml[i:i + per_page] for i in range(0, len(ml), per_page)]
    n = 0
    for pi, chunk in enumerate(pages, 1):
        p.text(40, 750, "CITY OF MILLBROOK", 15, "Helvetica-Bold")
        p.text(40, 736, "Purchasing Division - 500 Municipal Dr, Millbrook, MI 49270", 8)
        p.text(430, 750, "PURCHASE ORDER", 12, "Helvetica-Bold")
        p.lines(430, 736, ["PO No.: MB-26-1179", "PO Date: 11/30/2026", f"Page {pi} of {len(pages)}"], 8)
        if pi == 1:
            p.lines(40, 706, ["Vendor: Harborline Auto & Fleet Supply, Inc.", "4100 Expressway Dr, Toledo OH 43608",
                              "Vendor No. 004417"], 8)
            p.lines(320, 706, ["Ship To: City of Millbrook - Transit Depot", "77 Commerce Ave", "Millbrook, MI 49270",
                               "Delivery Date: 12/16/2026"], 8)
            y0 = 650
        else:
            y0 = 706
        rows = [["Line", "Stock No.", "Description", "Qty", "UOM", "Unit Price", "Ext. Price"]]
        for cp, s, d, q, u in chunk:
            n += 1
            rows.append([n, cp, d, q, u, f"{price(s):,.2f}", f"{q * price(s):,.2f}"])
        y = p.table(40, y0, [30, 60, 240, 35, 35, 55, 65], rows, ruled=True, size=7.5, lead=13,
                    aligns=["l", "l", "l", "r", "l", "r", "r"])
        if pi == len(pages):
            tot = sum(q * price(s) for _, s, _, q, _ in ml)
            p.text(560, y - 16, f"PO TOTAL: {tot:,.2f}", 9, "Helvetica-Bold", right=True)
            p.lines(40, y - 50, ["Terms: Net 30. Tax exempt - Michigan municipal.",
                                 "Authorized by: D. Whitcomb, Purchasing Agent"], 8)
        else:
            p.text(40, 60, "Continued on next page", 8)
        p.page()
    write("e15-millbrook-pdf-multipage.eml", eml(
        "e15", "Purchasing <purchasing@millbrookmi.gov>", TO, "City of Millbrook PO MB-26-1179",
        "Mon, 30 Nov 2026 15:40:00 -0500",
        "Attached please find Purchase Order MB-26-1179. Please reference the PO number on all invoices.\n\n"
        "City of Millbrook Purchasing Division\n",
        attachments=[("MB-26-1179.pdf", "application/pdf", p.bytes())]),
        label("City of Millbrook Fleet Services", "MB-26-1179", "2026-11-30", "2026-12-16", None,
              dict(SITES["millbrook_transit"]),
              [L(s, d, q, u, price(s), cp) for cp, s, d, q, u in ml]))

    # E16 dealership XLSX with Motorcraft numbers
    lv = [("FL-820S", "OF-102", "Oil filter", 24), ("FL-910S", "OF-104", "Oil filter", 24),
          ("FL-1995", "OF-111", "Oil filter Transit", 12), ("SP-546", "SP-IR-5263", "Spark plug", 16),
          ("FD-4615", "FF-507", "Fuel filter 6.7 diesel", 4)]

    def b16(wb):
        ws = wb.active
        ws.title = "Order"
        ws["A1"] = "Lakeview Ford - Parts Order"
        ws["A2"] = "PO:"; ws["B2"] = "LV-55134"
        ws["A3"] = "Date:"; ws["B3"] = "12/04/2026"
        ws.append([])
        ws.append(["Motorcraft P/N", "Description", "Qty", "Unit Cost", "Ext"])
        for cp, s, d, q in lv:
            r = ws.max_row + 1
            ws.append([cp, d, q, price(s), round(q * price(s), 2)])
        ws.append(["", 'Wiper blade 22" conventional', 6, price("WB-22C"), round(6 * price("WB-22C"), 2)])
    write("e16-lakeview-xlsx.eml", eml(
        "e16", "Rick Palmer <rpalmer@lakeviewford.com>", TO, "Parts order LV-55134",
        "Fri, 04 Dec 2026 08:12:00 -0500",
        "Order attached - ship to the service dept as usual.\n\nRick Palmer\nParts Manager\nLakeview Ford Service Department\n",
        attachments=[("LV-55134.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(b16))]),
        label("Lakeview Ford Service Department", "LV-55134", "2026-12-04", None, None, None,
              [L(s, d, q, "EA", price(s), cp) for cp, s, d, q in lv]
              + [L("WB-22C", 'Wiper blade 22" conventional', 6, "EA", price("WB-22C"))]))

    # E17 cross-reference numbers from other brands
    write("e17-kessler-crossref.eml", eml(
        "e17", "Dave Kessler <dave@kesslerbrosgarage.com>", TO, "need these - your equivalents OK",
        "Fri, 04 Dec 2026 12:01:00 -0500",
        "Need these, your equivalent is fine:\n\n"
        "Dayco 5060923 x2\nGates K070990 x1\nBosch ICON 26A x 4\nACDelco PF63 x 10\nFRAM CA10262 x 3\nNGK 7090 x 8\n\n"
        "Dave\n"),
        label("Kessler Brothers Garage", None, None, None, None, None, [
            L("SB-6-0923", "Dayco 5060923", 2, "EA"),
            L("SB-7-0990", "Gates K070990", 1, "EA"),
            L("WB-26B", "Bosch ICON 26A", 4, "EA"),
            L("OF-108", "ACDelco PF63", 10, "EA"),
            L("AF-301", "FRAM CA10262", 3, "EA"),
            L("SP-IR-41162", "NGK 7090", 8, "EA"),
        ]))

    # E18 descriptions only, no SKUs
    write("e18-summit-no-skus.eml", eml(
        "e18", "Gina Alvarez <gina@summittirelube.com>", TO, "PO ST-9934",
        "Fri, 04 Dec 2026 14:30:00 -0500",
        "Hi Sharon,\n\nPO ST-9934 please:\n\n"
        "8 - 5 qt jugs 0W-20 full synthetic\n4 - gallons 50/50 green coolant\n2 - boxes 194 bulbs\n"
        "1 - 55 gal drum 5W-30 conventional\n3 - group 35 batteries (the 640 CCA ones)\n\nThanks, Gina\n"),
        label("Summit Tire & Lube", "ST-9934", None, None, None, None, [
            L("MO-0W20S-5Q", "5 qt jugs 0W-20 full synthetic", 8, "EA"),
            L("CL-GRN-5050-GL", "gallons 50/50 green coolant", 4, "GAL"),
            L("BLB-194-10", "boxes 194 bulbs", 2, "BX"),
            L("MO-5W30C-DR", "55 gal drum 5W-30 conventional", 1, "DR"),
            L("BAT-35-640", "group 35 batteries (the 640 CCA ones)", 3, "EA"),
        ]))

    # E19 par / stock sheet - order column
    par = [("15W-40 conv, gallon jugs", 24, 9, 15, "MO-15W40C-GL"),
           ("DEF 2.5 gal", 30, 30, 0, None),
           ("Fuel filter FS1000", 12, 4, 8, "FF-501"),
           ("Lube filter LF3970", 12, 7, 5, "OF-204"),
           ('Wiper 28" HD', 10, 10, 0, None),
           ("Brake clean chlor (cs)", 4, 1, 3, "BC-CHL-19"),
           ("Nitrile gloves 6 mil L (bx)", 10, 2, 8, "GLV-NIT6-L"),
           ("Rags white 25 lb bale", 3, 1, 2, "RAG-WHT-25")]
    body = ("Hi - weekly stock check from South Depot. Please bring us back up to par (order column).\n"
            "PO 26-0425. Deliver South Depot, 35 Quarry Ln, Pinecrest PA 16901.\n\n"
            f"{'Item':<32}{'Par':>5}{'On Hand':>9}{'Order':>7}\n")
    for d, pa, oh, o, _ in par:
        body += f"{d:<32}{pa:>5}{oh:>9}{o:>7}\n"
    body += "\nThanks,\nEd Carlisle\nShop Lead, South Depot\nPinecrest School District Transportation\n"
    units = {"MO-15W40C-GL": "EA", "FF-501": "EA", "OF-204": "EA", "BC-CHL-19": "CS", "GLV-NIT6-L": "BX", "RAG-WHT-25": "BL"}
    write("e19-pinecrest-par-sheet.eml", eml(
        "e19", "Ed Carlisle <ecarlisle@pinecrestsd.org>", TO, "South Depot restock - PO 26-0425",
        "Mon, 07 Dec 2026 06:55:00 -0500", body),
        label("Pinecrest School District Transportation", "26-0425", None, None, None,
              {"name": "South Depot", "street": "35 Quarry Ln", "city": "Pinecrest", "region": "PA",
               "postal_code": "16901", "country": "US"},
              [L(s, d, o, units[s]) for d, _, _, o, s in par if o]))

    # E20 several addresses: bill-to HQ, signature HQ, ship-to terminal
    write("e20-gpf-bill-ship.eml", eml(
        "e20", "Tom Reyes <treyes@gpfreight.com>", TO, "PO 450044 tires/wipers",
        "Mon, 07 Dec 2026 08:20:00 -0600",
        "Sharon,\n\nPO 450044, ASAP please.\n\n"
        "Bill to: Great Plains Freight Lines, Accounts Payable, 3300 S 60th St, Omaha NE 68106\n"
        "Ship to: GPF Omaha Terminal, 9800 F St, Omaha NE 68127\n\n"
        "6  11R22.5 146/143L steer\n8  295/75R22.5 144/141L drive\n12 24\" HD wiper blades\n3  bx 1157 bulbs\n\n"
        "Tom Reyes | Purchasing | Great Plains Freight Lines\n3300 S 60th St, Omaha NE 68106 | 402-555-0150\n"),
        label("Great Plains Freight Lines", "450044", None, None, None,
              {"name": "GPF Omaha Terminal", "street": "9800 F St", "city": "Omaha", "region": "NE",
               "postal_code": "68127", "country": "US"}, [
                  L("TY-11R225-146L-S", "11R22.5 146/143L steer", 6, "EA"),
                  L("TY-29575R225-144L-D", "295/75R22.5 144/141L drive", 8, "EA"),
                  L("WB-24HD", '24" HD wiper blades', 12, "EA"),
                  L("BLB-1157-10", "1157 bulbs", 3, "BX"),
              ]))

    # E21 date written 'Tues 12/15'
    write("e21-millbrook-tues.eml", eml(
        "e21", "Janet Ostrowski <jostrowski@millbrookmi.gov>", TO, "PO MB-26-1203 Central Garage",
        "Fri, 04 Dec 2026 13:10:00 -0500",
        "Hi,\n\nPO MB-26-1203 for the Central Garage (500 Municipal Dr). We need these by Tues 12/15:\n\n"
        "Transit 250 brake pads, front, ceramic: 6 sets\nTransit 250 brake pads, rear, semi-metallic: 4 sets\n"
        "5W-30 full synthetic, 55 gal drum: 1\nOil filter FRAM PH3600: 48\n\n"
        "Janet Ostrowski\nFleet Services Coordinator, City of Millbrook\n"),
        label("City of Millbrook Fleet Services", "MB-26-1203", None, "2026-12-15", None,
              {"name": "Central Garage", "street": "500 Municipal Dr"}, [
                  L("BP-TRN-FC", "Transit 250 brake pads, front, ceramic", 6, "SET"),
                  L("BP-TRN-RM", "Transit 250 brake pads, rear, semi-metallic", 4, "SET"),
                  L("MO-5W30S-DR", "5W-30 full synthetic, 55 gal drum", 1, "DR"),
                  L("OF-104", "Oil filter FRAM PH3600", 48, "EA"),
              ]))

    # E22 'same as last order' + addition, older order quoted
    write("e22-northgate-repeat.eml", eml(
        "e22", "Priya Shah <p.shah@northgatefleet.co.uk>", TO, "RE: Order NFS-PO-30391",
        "Mon, 07 Dec 2026 10:02:00 +0000",
        "Hi,\n\nCould we have the same again as the order below please, plus 2 boxes of large nitrile gloves (6 mil). "
        "New order ref NFS-PO-30455. Deliver to Leeds as before.\n\nThanks,\nPriya\n\n"
        "From: Priya Shah <p.shah@northgatefleet.co.uk>\nSent: 16 November 2026 11:20\n"
        "To: Harborline Orders <orders@harborlinesupply.com>\nSubject: Order NFS-PO-30391\n\n"
        "Please supply against NFS-PO-30391 (GBP):\n\n"
        "12 x cabin filters, Transit, activated carbon (FRAM CF12225)\n6 x cases brake cleaner non-chlorinated\n"
        "4 x 26\" beam wiper blades\n\nDeliver to: Northgate Fleet Services Ltd, Unit 4 Tanners Way, Leeds LS10 1RF\n\n"
        "Kind regards,\nPriya Shah\n"),
        label("Northgate Fleet Services Ltd", "NFS-PO-30455", None, None, "GBP",
              {"name": "Northgate Fleet Services Ltd", "street": "Unit 4 Tanners Way", "city": "Leeds",
               "postal_code": "LS10 1RF", "country": "GB"}, [
                  L("CF-410", "cabin filters, Transit, activated carbon (FRAM CF12225)", 12, "EA"),
                  L("BC-NC-14", "cases brake cleaner non-chlorinated", 6, "CS"),
                  L("WB-26B", '26" beam wiper blades', 4, "EA"),
                  L("GLV-NIT6-L", "large nitrile gloves (6 mil)", 2, "BX"),
              ]))

    # E23 Spanish XLSX with MXN prices
    rz = [("MO-10W40C-QT", "Aceite 10W-40 convencional, caja 12 cuartos", 3, "CJ", "CS", 765.00),
          ("OF-106", "Filtro de aceite FRAM PH3506", 24, "PZA", "EA", 98.00),
          ("BP-CAM-RM", "Balatas traseras semimetálicas Camry 2018-23", 2, "JGO", "SET", 690.00),
          ("BAT-35-550", "Acumulador grupo 35, 550 CCA", 3, "PZA", "EA", 2050.00),
          ("WB-18C", "Pluma limpiaparabrisas 18\" convencional", 10, "PZA", "EA", 118.00),
          ("CL-GRN-CONC-GL", "Anticongelante verde concentrado, galón", 12, "PZA", "EA", 285.00)]

    def b23(wb):
        ws = wb.active
        ws.title = "OC"
        ws.append(["TALLER MECÁNICO HERMANOS RUIZ"])
        ws.append(["Orden de compra:", "OC-2026-0951"])
        ws.append(["Fecha:", "04/12/2026"])
        ws.append(["Fecha de entrega:", "18/12/2026"])
        ws.append(["Moneda:", "MXN"])
        ws.append(["Entregar en:", "Av. Ignacio Zaragoza 1820, Col. Centro, Monterrey, N.L. 64000"])
        ws.append([])
        ws.append(["Cant.", "Unidad", "Descripción", "Precio unitario", "Importe"])
        for s, d, q, u, _, pr in rz:
            ws.append([q, u, d, pr, q * pr])
        ws.append(["", "", "", "Subtotal", sum(q * pr for _, _, q, _, _, pr in rz)])
        ws.append(["", "", "", "IVA 16%", round(sum(q * pr for _, _, q, _, _, pr in rz) * 0.16, 2)])
    write("e23-ruiz-xlsx.eml", eml(
        "e23", "Jorge Ruiz <compras@tallerhnosruiz.com.mx>", TO, "Orden de compra OC-2026-0951",
        "Fri, 04 Dec 2026 17:25:00 -0600",
        "Buenas tardes, adjunto orden de compra. Saludos.\n\nJorge Ruiz\nTaller Mecánico Hermanos Ruiz\n",
        attachments=[("OC-2026-0951.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(b23))]),
        label("Taller Mecánico Hermanos Ruiz", "OC-2026-0951", "2026-12-04", "2026-12-18", "MXN",
              {"name": None, "street": "Av. Ignacio Zaragoza 1820", "city": "Monterrey", "region": "NL",
               "postal_code": "64000", "country": "MX"},
              [L(s, d, q, uu, pr) for s, d, q, _, uu, pr in rz]))

    # E24 terse phone email, second site with street
    write("e24-redridge-phone.eml", eml(
        "e24", "Bruce Kettering <bkettering@redridgemining.com.au>", "Sharon Mills <smills@harborlinesupply.com>",
        "PO RR-PO-118260", "Sat, 05 Dec 2026 06:41:00 +0800",
        "Hi Sharon, pls send to Perth depot 42 Kewdale Rd Welshpool: 4 drums 15W-40 full syn, 6 drums DEF, "
        "2 bales 50lb coloured rags. PO RR-PO-118260. Cheers, Bruce\n\nSent from my iPhone\n"),
        label("Red Ridge Mining Pty Ltd", "RR-PO-118260", None, None, None,
              {"name": "Perth depot", "street": "42 Kewdale Rd", "city": "Welshpool", "country": "AU"}, [
                  L("MO-15W40S-DR", "drums 15W-40 full syn", 4, "DR"),
                  L("DEF-55", "drums DEF", 6, "DR"),
                  L("RAG-COL-50", "bales 50lb coloured rags", 2, "BL"),
              ]))

    # E25 prices quoted in prose
    write("e25-riverside-quoted.eml", eml(
        "e25", "Mike Dorsey <mike@riversideautorepair.com>", "Sharon Mills <smills@harborlinesupply.com>",
        "RE: tire quote", "Mon, 07 Dec 2026 09:12:00 -0500",
        "Sharon - go ahead with the tires at the $128.50 you quoted, 4 of the 265/70R17 115T. And add 2 of the "
        "group 24F batteries, the 600 CCA, at $119. PO 10458.\n\nMike\n\n"
        "> On Fri, Dec 4, 2026, Sharon Mills wrote:\n> 265/70R17 115T all-terrain - $128.50 ea, in stock.\n"),
        label("Riverside Auto Repair", "10458", None, None, "USD", None, [
            L("TY-2657017-115T", "265/70R17 115T", 4, "EA", 128.50),
            L("BAT-24F-600", "group 24F batteries, the 600 CCA", 2, "EA", 119.00),
        ]))

    # E26 French monospace PDF purchase order, CAD
    tb = [("TG-118", "Plaquettes avant céramique Silverado 1500", 3, "JEU", "SET", "BP-SILV-FC", 79.50),
          ("TG-119", "Plaquettes arrière céramique Silverado 1500", 2, "JEU", "SET", "BP-SILV-RC", 71.20),
          ("TG-204", "Filtre à air WIX 49883", 6, "UN", "EA", "AF-301", 25.90),
          ("TG-310", "Liquide de frein DOT 4, 32 oz (caisse de 6)", 1, "CS", "CS", "BF-DOT4-32", 96.00),
          ("TG-412", "Ampoule H11 standard, paquet de 2", 4, "PQT", "PK", "BLB-H11-2PK", 22.80)]
    p = Pdf(letter, "Bon de commande 2026-331")
    p.font = "Courier"
    hdr = ["GARAGE TREMBLAY & FILS INC.                 BON DE COMMANDE",
           "1455, boul. Talbot                          No      : 2026-331",
           "Chicoutimi (Québec) G7H 4B8                 Date    : 2026-12-04",
           "Tél. 418-555-0164                           Livrer le: 2026-12-18",
           "",
           "FOURNISSEUR: Harborline Auto & Fleet Supply",
           "LIVRER À   : Garage Tremblay & Fils, 1455 boul. Talbot, Chicoutimi QC G7H 4B8",
           "DEVISE     : CAD",
           "",
           "NO ART.  DESCRIPTION                                  QTÉ UNITÉ   PRIX UN.",
           "-------- -------------------------------------------- --- ----- ----------"]
    for cp, d, q, u, _, _, pr in tb:
        hdr.append(f"{cp:<8} {d:<44} {q:>3} {u:<5} {money(pr, ',', ' '):>10}")
    tot = sum(q * pr for _, _, q, _, _, _, pr in tb)
    hdr += ["-------- -------------------------------------------- --- ----- ----------",
            f"{'SOUS-TOTAL':>63} {money(tot, ',', ' '):>10}",
            f"{'TPS 5%':>63} {money(tot * 0.05, ',', ' '):>10}",
            f"{'TVQ 9,975%':>63} {money(tot * 0.09975, ',', ' '):>10}"]
    p.lines(40, 740, hdr, 8.5, 11, "Courier")
    write("e26-tremblay-pdf-mono.eml", eml(
        "e26", "Sylvie Tremblay <commandes@garagetremblay.ca>", TO, "Bon de commande 2026-331",
        "Fri, 04 Dec 2026 15:30:00 -0500", "Bonjour, ci-joint notre bon de commande 2026-331.\n\nSylvie\n",
        attachments=[("BC-2026-331.pdf", "application/pdf", p.bytes())]),
        label("Garage Tremblay & Fils", "2026-331", "2026-12-04", "2026-12-18", "CAD",
              {"name": "Garage Tremblay & Fils", "street": "1455 boul. Talbot", "city": "Chicoutimi", "region": "QC",
               "postal_code": "G7H 4B8", "country": "CA"},
              [L(s, d, q, uu, pr, cp) for cp, d, q, _, uu, s, pr in tb]))

    # E27 mixed units, pads front ceramic vs rear semi-metallic
    write("e27-kessler-mixed-units.eml", eml(
        "e27", "Dave Kessler <dave@kesslerbrosgarage.com>", TO, "PO 7794",
        "Mon, 07 Dec 2026 11:45:00 -0500",
        "PO 7794\n\n2 sets front pads ceramic - Silverado 1500\n1 set rear pads semi-metallic - Silverado 1500\n"
        "1 cs DOT 3 brake fluid\n6 pk H11 bulbs, twin packs (standard not long life)\n4 gal 80W-90 gear oil\n\nDave\n"),
        label("Kessler Brothers Garage", "7794", None, None, None, None, [
            L("BP-SILV-FC", "front pads ceramic - Silverado 1500", 2, "SET"),
            L("BP-SILV-RM", "rear pads semi-metallic - Silverado 1500", 1, "SET"),
            L("BF-DOT3-12", "DOT 3 brake fluid", 1, "CS"),
            L("BLB-H11-2PK", "H11 bulbs, twin packs (standard not long life)", 6, "PK"),
            L("GO-80W90-GL", "80W-90 gear oil", 4, "GAL"),
        ]))

    # E28 period only ('week of Dec 14') -> no requested_date
    write("e28-pinecrest-week-of.eml", eml(
        "e28", "Linda Haas <lhaas@pinecrestsd.org>", TO, "PO 26-0431 North Depot",
        "Mon, 07 Dec 2026 09:40:00 -0500",
        "Hello,\n\nPO 26-0431 - please deliver the week of Dec 14 to North Depot, 1200 Northfield Rd, Pinecrest PA 16901.\n\n"
        "Coolant HD ELC 50/50 in the 55 gal drum  x 1\nLube filter Fleetguard LF3970  x 12\n"
        "Grease EP2 cartridges  x 2 cases\nHydraulic AW46 5 gal pails  x 4\n\nThank you,\nLinda Haas\n"),
        label("Pinecrest School District Transportation", "26-0431", None, None, None,
              {"name": "North Depot", "street": "1200 Northfield Rd", "city": "Pinecrest", "region": "PA",
               "postal_code": "16901", "country": "US"}, [
                  L("CL-ELC-5050-DR", "Coolant HD ELC 50/50 in the 55 gal drum", 1, "DR"),
                  L("OF-204", "Lube filter Fleetguard LF3970", 12, "EA"),
                  L("GR-EP2-14", "Grease EP2 cartridges", 2, "CS"),
                  L("HYD-AW46-5G", "Hydraulic AW46 5 gal pails", 4, "EA"),
              ]))
