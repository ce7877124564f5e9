from common import *
from docs_plain import BRENNER, CEDAR, CASTLE, KLAXON_P, SENNHOF, NORTH, TRANS
from pdfkit import make_po, mm

PDF = "application/pdf"

def de(x):  # German number format
    s_ = f"{x:,.2f}"
    return s_.replace(",", "X").replace(".", ",").replace("X", ".")

def build():
    # P01 Brenner, German, side-by-side blocks, ruled
    items = [("10", "BM-100233", "r0805-10K-rl", "Widerstand 10k 1% 0805, Rolle 5000", 10, "RL", 5.80),
             ("20", "BM-100241", "c10u16-0805-rl", "MLCC 10µF 16V X5R 0805, Rolle 4000", 4, "RL", 31.20),
             ("30", "BM-200017", "stm32cb", "STM32F103CBT6 LQFP-48", 500, "ST", 4.55),
             ("40", "BM-200031", "max232-so", "MAX232ESE+ SOIC-16", 200, "ST", 3.05),
             ("50", "BM-300110", "abs-150-gy", "Gehäuse ABS 150x80x50 lichtgrau", 100, "ST", 6.45)]
    rows = [(p, cp, s(k), d, str(q), u, de(pr), de(q * pr)) for p, cp, k, d, q, u, pr in items]
    total = sum(q * pr for *_, q, u, pr in items)
    pdf = make_po("Bestellung", [
        ("Lieferant", ["Kestrel Components Ltd", "Niederlassung Nürnberg", "Sigmundstraße 180", "90431 Nürnberg"]),
        ("Rechnungsanschrift", ["Brenner Messtechnik GmbH", "Kreditorenbuchhaltung", "Fabrikstraße 7", "70565 Stuttgart"]),
        ("Lieferanschrift", ["Brenner Messtechnik GmbH", "Werk 2 – Wareneingang", "Heilbronner Straße 150", "70191 Stuttgart"])],
        [("Bestellnummer", "4500124561"), ("Bestelldatum", "01.12.2026"), ("Liefertermin", "16.12.2026"), ("Lieferantennr.", "70044812"), ("Währung", "EUR")],
        ["Pos.", "Material", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis/ME", "Wert"], rows,
        col_widths=[12*mm, 24*mm, 18*mm, 54*mm, 15*mm, 10*mm, 20*mm, 27*mm],
        totals=[("", "", "", "Gesamtwert netto", "", "", "", de(total))],
        notes=["Bitte Bestellnummer und Materialnummer auf allen Lieferpapieren angeben.", "Es gelten unsere Allgemeinen Einkaufsbedingungen."],
        header_left="Brenner Messtechnik GmbH\nFabrikstraße 7 · 70565 Stuttgart\nUSt-IdNr. DE812345678",
        footer="Brenner Messtechnik GmbH · Amtsgericht Stuttgart HRB 712345 · Geschäftsführer: Dr. H. Brenner")
    n = "p01_brenner_de_pdf.eml"
    eml(n, BRENNER, "Bestellung 4500124561", dt(2026, 12, 1, 14, 2, 1),
        "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500124561. Bitte senden Sie uns eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\nSabine Kraus\nEinkauf | Brenner Messtechnik GmbH\n",
        atts=[("Bestellung_4500124561.pdf", pdf, PDF)])
    save_label(n, label("Brenner Messtechnik GmbH", "4500124561", "2026-12-01", "2026-12-16", "EUR",
        addr("Brenner Messtechnik GmbH", "Heilbronner Straße 150", "Stuttgart", "70191", "DE"),
        [L(k, q, {"ST": "EA"}.get(u, u), d, pr, cp) for p, cp, k, d, q, u, pr in items]), "email+pdf",
        "German SAP-style PO, three side-by-side blocks, ruled table, buyer material no. + seller SKU, ME 'ST'")

    # P02 Cedar Ridge, email overrides printed ship-to
    items = [("1", "hdr-1x40-st", "HDR 1X40 2.54 STRAIGHT GOLD", "61304011121", 500, 0.72),
             ("2", "hdr-1x40-ra", "HDR 1X40 2.54 RIGHT ANGLE", "61304011021", 200, 0.91),
             ("3", "skt-1x40", "SOCKET STRIP 1X40 2.54", "61304011821", 200, 1.66),
             ("4", "cat6-1m-gy", "PATCH CORD CAT6 1M GRAY", "PC6-1M-GY", 100, 1.30),
             ("5", "cat6-5m-gy", "PATCH CORD CAT6 5M GRAY", "PC6-5M-GY", 50, 3.05)]
    rows = [(ln, mpn, d, str(q), "EA", f"{pr:.2f}", f"{q*pr:,.2f}") for ln, k, d, mpn, q, pr in items]
    pdf = make_po("PURCHASE ORDER", [
        ("VENDOR", ["Kestrel Components Ltd", "US Sales Office", "1200 Harbor Bay Pkwy, Ste 110", "Alameda, CA 94502"]),
        ("SHIP TO", ["Cedar Ridge Controls Inc.", "2750 S Cole Rd", "Boise, ID 83709"])],
        [("PO Number", "7820-CR"), ("PO Date", "12/04/2026"), ("Required Date", "12/18/2026"), ("Terms", "Net 30"), ("Ship Via", "UPS Ground")],
        ["Line", "Mfr Part #", "Description", "Qty", "UOM", "Unit Price", "Extended"], rows, letter_size=True,
        col_widths=[12*mm, 28*mm, 60*mm, 14*mm, 12*mm, 22*mm, 24*mm],
        totals=[("", "", "TOTAL (USD)", "", "", "", f"{sum(q*pr for *_, q, pr in items):,.2f}")],
        notes=["Please reference PO number on all packing slips and invoices.", "Buyer: Linda Marsh  208-555-0143"],
        header_left="Cedar Ridge Controls Inc.\n2750 S Cole Rd\nBoise, ID 83709", footer="Cedar Ridge Controls Inc. - Form PUR-002 rev C")
    n = "p02_cedarridge_pdf_override.eml"
    eml(n, CEDAR, "PO 7820-CR", dt(2026, 12, 4, 13, 40, -7), """Hi,

PO 7820-CR attached.

IMPORTANT: please ship this one to our new overflow warehouse, the PDF still prints the HQ address (our system hasn't been updated yet):

Cedar Ridge Controls Inc. - Warehouse
3480 W Franklin Rd
Meridian, ID 83642

Thanks,
Linda Marsh | Purchasing | Cedar Ridge Controls Inc.
""", atts=[("PO_7820-CR.pdf", pdf, PDF)])
    save_label(n, label("Cedar Ridge Controls Inc.", "7820-CR", "2026-12-04", "2026-12-18", "USD",
        addr("Cedar Ridge Controls Inc. - Warehouse", "3480 W Franklin Rd", "Meridian", "83642", "US", "ID"),
        [L(k, q, "EA", d, pr) for ln, k, d, mpn, q, pr in items]), "email+pdf",
        "US letter PO, vendor/ship-to side by side; the email body overrides the printed ship-to")

    # P03 Castlebridge two-page
    keys = [("r0603-100R-ct", 200), ("r0603-1K-ct", 500), ("r0603-4K7-ct", 500), ("r0603-10K-ct", 1000), ("r0603-47K-ct", 200),
            ("r0603-100K-ct", 500), ("c100n50-0603-ct", 1000), ("c1u25-0603-ct", 500), ("c10u25-0805-ct", 200), ("c22p50-0603-ct", 200),
            ("e100u25", 50), ("e470u35", 20), ("ne555p", 30), ("lm358p", 30), ("hc595n", 30), ("m328-pu", 30), ("xtal16-hc49", 30),
            ("l7805", 30), ("led5-rd-100", 2), ("led5-gn-100", 2), ("led5-bl-100", 1), ("led5-wh-100", 1), ("hdr-1x40-st", 60),
            ("tact-95-100", 2), ("pot-10k-lin", 30), ("abs-120-gy", 30), ("abs-120-bk", 10), ("din-4m", 6),
            ("fuse-1a-f", 10), ("fuse-2a-f", 10), ("fuseholder", 20), ("toggle-spdt", 20), ("relay-5v", 20), ("dsub9-m", 10),
            ("dsub9-f", 10), ("hs32-bk", 5), ("hs64-bk", 5), ("w025-red-100", 2), ("w025-black-100", 2), ("rib10-rainbow", 1),
            ("skt-1x40", 30), ("tb2-508-gn", 60), ("sold-pb-500", 4), ("braid-25", 10)]
    rows, lines = [], []
    for i, (k, q) in enumerate(keys, 1):
        c = CAT[k]
        d = c["description"].split(" - ")[0]
        pr = c["unit_price"]
        rows.append((str(i), s(k), d, str(q), c["uom"], f"£{pr:.3f}" if pr < 0.1 else f"£{pr:.2f}", f"£{q*pr:,.2f}"))
        lines.append(L(k, q, c["uom"], d, pr))
    pdf = make_po("PURCHASE ORDER", [
        ("Supplier", ["Kestrel Components Ltd", "Units 7-9 Parkway Court", "Sheffield S9 3WU"]),
        ("Invoice to", ["University of Castlebridge", "Finance Office - Accounts Payable", "PO Box 4410", "Coventry CV1 9ZZ"]),
        ("Deliver to", ["University of Castlebridge", "Goods Inwards", "Priory Lane", "Coventry CV1 5FB"])],
        [("PO Number", "2026/EE/0461"), ("Date", "07/12/2026"), ("Delivery by", "08/01/2027"), ("Requisitioner", "Dr S. Okafor"), ("Currency", "GBP")],
        ["No.", "Supplier code", "Description", "Qty", "Unit", "Unit price", "Net"], rows,
        col_widths=[10*mm, 20*mm, 84*mm, 12*mm, 12*mm, 18*mm, 24*mm],
        totals=[("", "", "Total net (GBP)", "", "", "", f"£{sum(q*CAT[k]['unit_price'] for k, q in keys):,.2f}")],
        notes=["Goods must be delivered to the address above between 09:00 and 15:30, Monday to Friday.",
               "Invoices without a valid PO number will be returned unpaid. VAT will be added at the prevailing rate.",
               "This order is subject to the University's standard terms and conditions of purchase."],
        header_left="University of Castlebridge\nProcurement Services", footer="University of Castlebridge - Purchase Order 2026/EE/0461")
    n = "p03_castlebridge_2page.eml"
    eml(n, "Procurement Services <procurement@castlebridge.ac.uk>", "Purchase Order 2026/EE/0461", dt(2026, 12, 7, 11, 0),
        "Please find attached Purchase Order 2026/EE/0461 from the University of Castlebridge.\n\nThis is an automatically generated message. Please do not reply to this address; queries to procurement-queries@castlebridge.ac.uk.\n",
        atts=[("PO_2026-EE-0461.pdf", pdf, PDF)])
    save_label(n, label("University of Castlebridge", "2026/EE/0461", "2026-12-07", "2027-01-08", "GBP",
        addr("University of Castlebridge", "Priory Lane", "Coventry", "CV1 5FB", "GB"), lines), "email+pdf",
        "two-page PO, 44 lines, seller codes, cut-tape prices with 3 decimals, invoice-to vs deliver-to")

    # P04 OEB Italian, no rules
    items = [("01", "stm32cb", "MCU STM32F103CBT6", 300, 4.60), ("02", "xtal16-3225", "Quarzo 16MHz SMD 3225", 300, 0.33),
             ("03", "c22p50-0603-rl", "Cond. 22pF 50V C0G 0603 bobina", 1, 8.10), ("04", "usbc-24", "Connettore USB-C 24 pin USB4085-GF-A", 300, 1.49),
             ("05", "ip65-125-gy", "Contenitore IP65 125x125x60 coperchio grigio", 60, 14.20)]
    rows = [(p, d, str(q), "BOB" if "bobina" in d else "PZ", de(pr), de(q*pr)) for p, k, d, q, pr in items]
    pdf = make_po("ORDINE D'ACQUISTO", [
        ("Fornitore", ["Kestrel Components Ltd", "Units 7-9 Parkway Court", "Sheffield S9 3WU (UK)"]),
        ("Destinazione merce", ["Officine Elettroniche Brianza S.r.l.", "Magazzino 2", "Via Borgazzi 187", "20900 Monza (MB)"])],
        [("Ordine n.", "OA-2026-0452"), ("Data", "02/12/2026"), ("Consegna", "16/12/2026"), ("Pagamento", "Bonifico 60 gg d.f.f.m.")],
        ["Pos", "Descrizione", "Q.tà", "UM", "Prezzo €", "Importo €"], rows, ruled=False, block_cols=2,
        col_widths=[12*mm, 90*mm, 16*mm, 14*mm, 22*mm, 26*mm],
        totals=[("", "Totale imponibile", "", "", "", de(sum(q*pr for *_, q, pr in items)))],
        notes=["Si prega di indicare il numero d'ordine sul DDT."], header_left="Officine Elettroniche Brianza S.r.l.\nVia Lecco 61 - 20900 Monza (MB)\nP.IVA 08812340961",
        footer="OEB S.r.l. - Capitale sociale € 100.000 i.v.")
    n = "p04_oeb_it_pdf_norules.eml"
    eml(n, "Giulia Ferrario <acquisti@oeb-brianza.it>", "Ns. ordine OA-2026-0452", dt(2026, 12, 2, 16, 45, 1),
        "Buonasera,\n\nin allegato il nostro ordine OA-2026-0452. Attenzione: consegna al magazzino 2 di Via Borgazzi.\n\nCordiali saluti\nGiulia Ferrario\nUfficio Acquisti - OEB S.r.l.\n",
        atts=[("OA-2026-0452.pdf", pdf, PDF)])
    save_label(n, label("Officine Elettroniche Brianza S.r.l.", "OA-2026-0452", "2026-12-02", "2026-12-16", "EUR",
        addr("Officine Elettroniche Brianza S.r.l.", "Via Borgazzi 187", "Monza", "20900", "IT", "MB"),
        [L(k, q, "RL" if "bobina" in d else "EA", d, pr) for p, k, d, q, pr in items]), "email+pdf",
        "Italian PO, no table rules, two blocks, UM 'BOB' = reel, ship-to warehouse 2")

    # P05 Klaxon with own and supplier P/N
    items = [("KR-30-0112", "r0603-100K-rl", "RES 100K 1% 0603 REEL", 4, 4.90), ("KR-30-0101", "r0603-10K-rl", "RES 10K 1% 0603 REEL", 6, 4.90),
             ("KR-31-0020", "c100n16-0603-rl", "CAP 100N 16V X7R 0603 REEL", 6, 5.90), ("KR-60-0003", "ws2812-rl", "LED WS2812B 5050 REEL 1000", 3, 79.00),
             ("KR-41-0011", "usbc-16", "USB-C RECEPT 16P", 400, 0.71), ("KR-70-0002", "abs-100-bk", "ENCL ABS 100X60X25 BLACK", 400, 2.95)]
    rows = [(str(i), cp, s(k), d, str(q), f"{pr:.2f}", f"{q*pr:,.2f}") for i, (cp, k, d, q, pr) in enumerate(items, 1)]
    pdf = make_po("Purchase Order KR-2320", [
        ("Supplier", ["Kestrel Components Ltd", "Units 7-9 Parkway Court", "Sheffield S9 3WU"]),
        ("Deliver to", ["Klaxon Robotics Ltd", "Goods In - Unit 9", "9 Cowley Road", "Cambridge CB4 0DS"])],
        [("Order date", "3 December 2026"), ("Delivery date", "17 December 2026"), ("Currency", "GBP"), ("Our contact", "Priya Shah")],
        ["#", "Our P/N", "Supplier P/N", "Description", "Qty", "Price", "Total"], rows, block_cols=2,
        col_widths=[8*mm, 24*mm, 22*mm, 62*mm, 14*mm, 20*mm, 26*mm],
        totals=[("", "", "", "Order total excl. VAT", "", "", f"{sum(q*pr for *_, q, pr in items):,.2f}")],
        header_left="KLAXON ROBOTICS LTD", footer="Klaxon Robotics Ltd, registered in England & Wales no. 10293847")
    n = "p05_klaxon_pdf_partnos.eml"
    eml(n, KLAXON_P, "KR-2320", dt(2026, 12, 3, 16, 10), "Hi, PO attached. Thanks, Priya\n", atts=[("KR-2320.pdf", pdf, PDF)])
    save_label(n, label("Klaxon Robotics Ltd", "KR-2320", "2026-12-03", "2026-12-17", "GBP",
        addr("Klaxon Robotics Ltd", "9 Cowley Road", "Cambridge", "CB4 0DS", "GB"),
        [L(k, q, CAT[k]["uom"], d, pr, cp) for cp, k, d, q, pr in items]), "email+pdf",
        "PO number only in the PDF title, both our P/N and supplier P/N columns, long-form dates")

    # P06 Sennhof CHF, no rules, stacked blocks
    items = [("10", "ip65-125-gy", "Gehäuse IP65 PC 125x125x60 grauer Deckel", 30, "Stk", 14.10),
             ("20", "ip65-125-tr", "Gehäuse IP65 PC 125x125x60 transp. Deckel", 10, "Stk", 15.20),
             ("30", "tb2-plug", "Steckklemme MSTB 2,5/2-ST-5,08", 300, "Stk", 0.98),
             ("40", "liycy4-m", "LiYCY 4x0,25 mm² Meterware", 250, "m", 0.95)]
    rows = [(p, d, str(q), u, f"{pr:.2f}", f"{q*pr:,.2f}".replace(",", "'")) for p, k, d, q, u, pr in items]
    pdf = make_po("Bestellung BE-2026-0952", [
        ("Lieferant", ["Kestrel Components Ltd", "Units 7-9 Parkway Court", "Sheffield S9 3WU", "Grossbritannien"]),
        ("Lieferadresse", ["Sennhof Automation AG", "Halle 4 / Rampe 2", "Grüzefeldstrasse 41", "8404 Winterthur"])],
        [("Datum", "04.12.2026"), ("Liefertermin", "18.12.2026"), ("Währung", "CHF"), ("Sachbearbeiter", "R. Brunner")],
        ["Pos.", "Bezeichnung", "Menge", "Einheit", "Preis", "Betrag"], rows, ruled=False, block_cols=1,
        col_widths=[12*mm, 90*mm, 18*mm, 16*mm, 20*mm, 24*mm],
        totals=[("", "Total exkl. MWST", "", "", "", f"{sum(q*pr for *_, q, u, pr in items):,.2f}".replace(",", "'"))],
        notes=["Verzollung: DAP Winterthur. Bitte Ursprungserklärung auf der Rechnung."], header_left="Sennhof Automation AG\nIndustriestrasse 22\nCH-8406 Winterthur",
        footer="Sennhof Automation AG · CHE-112.345.678 MWST")
    n = "p06_sennhof_ch_pdf.eml"
    eml(n, SENNHOF, "Bestellung BE-2026-0952", dt(2026, 12, 4, 8, 15, 1), "Grüezi\n\nIm Anhang unsere Bestellung BE-2026-0952.\n\nFreundliche Grüsse\nReto Brunner\n", atts=[("BE-2026-0952.pdf", pdf, PDF)])
    save_label(n, label("Sennhof Automation AG", "BE-2026-0952", "2026-12-04", "2026-12-18", "CHF",
        addr("Sennhof Automation AG", "Grüzefeldstrasse 41", "Winterthur", "8404", "CH"),
        [L(k, q, "M" if u == "m" else "EA", d, pr) for p, k, d, q, u, pr in items]), "email+pdf",
        "Swiss PO, blocks stacked, no rules, cable in metres, apostrophe thousands, different hall address")

    # P07 Northgate
    items = [("esp32-n4", "ESP32-WROOM-32E 4MB module", 48, 3.60), ("usbc-16", "USB-C receptacle 16-pin", 48, 0.85),
             ("ams33", "AMS1117-3.3 LDO", 100, 0.12), ("rib10-grey", "Ribbon cable 10-cond gray 30 m", 2, 26.50),
             ("sold-sac-500", "Solder SAC305 0.7mm 500g", 3, 57.00)]
    rows = [(str(i), s(k), d, str(q), "EA" if CAT[k]["uom"] == "EA" else "RL", f"${pr:.2f}", f"${q*pr:,.2f}") for i, (k, d, q, pr) in enumerate(items, 1)]
    pdf = make_po("PURCHASE ORDER", [
        ("Vendor", ["KESTREL COMPONENTS LTD", "Vendor # 0088213"]),
        ("Bill To", ["Northgate State University", "Accounts Payable", "PO Box 5510", "Bismarck, ND 58506"]),
        ("Ship To", ["Northgate State University", "Central Receiving - Dock B", "1200 College Avenue", "Bismarck, ND 58501"])],
        [("PO #", "NSU-P0099204"), ("Date", "12/07/2026"), ("Deliver By", "01/15/2027"), ("Dept", "Electrical Engineering")],
        ["Line", "Catalog #", "Description", "Qty", "UOM", "Unit Cost", "Amount"], rows, letter_size=True,
        col_widths=[12*mm, 22*mm, 66*mm, 12*mm, 12*mm, 22*mm, 24*mm],
        totals=[("", "", "TOTAL", "", "", "", f"${sum(q*pr for *_, q, pr in items):,.2f}")],
        notes=["Tax exempt - ND certificate E-22871.", "Deliveries accepted Mon-Fri 8:00-3:30. Reference PO # on all boxes."],
        header_left="NORTHGATE STATE UNIVERSITY\nProcurement Services", footer="NSU Procurement - this PO is subject to the terms printed on the reverse")
    n = "p07_northgate_pdf.eml"
    eml(n, NORTH, "NSU PO NSU-P0099204", dt(2026, 12, 7, 15, 30, -6), "Hello,\n\nAttached is PO NSU-P0099204 for Electrical Engineering. Please confirm receipt.\n\nKaren Lindqvist\nProcurement Services\n", atts=[("NSU-P0099204.pdf", pdf, PDF)])
    save_label(n, label("Northgate State University", "NSU-P0099204", "2026-12-07", "2027-01-15", "USD",
        addr("Northgate State University", "1200 College Avenue", "Bismarck", "58501", "US", "ND"),
        [L(k, q, CAT[k]["uom"], d, pr) for k, d, q, pr in items]), "email+pdf", "US university PO, three blocks incl. bill-to PO box, $ prices")

    # P08 Transilvania
    items = [("TE-1021", "m328-au", "ATmega328P-AU TQFP-32", 500, 2.05), ("TE-1044", "ch340g", "CH340G SOP-16", 500, 0.41),
             ("TE-2010", "c100n50-0603-rl", "MLCC 100nF 50V 0603 reel", 3, 7.40), ("TE-2012", "c10u25-0805-rl", "MLCC 10uF 25V 0805 reel", 1, 41.00)]
    rows = [(cp, d, str(q), "reel" if "reel" in d else "pcs", f"{pr:.2f}", f"{q*pr:.2f}") for cp, k, d, q, pr in items]
    pdf = make_po("PURCHASE ORDER / COMANDĂ", [
        ("Buyer", ["Transilvania Embedded SRL", "Str. Fabricii nr. 12", "400620 Cluj-Napoca", "CUI RO31234567"]),
        ("Supplier", ["Kestrel Components Ltd", "Sheffield S9 3WU", "United Kingdom"])],
        [("PO no.", "1210"), ("PO date", "2026-12-05"), ("Delivery", "2026-12-19"), ("Currency", "EUR"), ("Incoterms", "DAP Cluj-Napoca")],
        ["Item code", "Description", "Qty", "Unit", "Unit price", "Amount"], rows, block_cols=2,
        col_widths=[22*mm, 76*mm, 16*mm, 14*mm, 22*mm, 26*mm],
        notes=["Delivery address: same as buyer address.", "Please send invoice to facturi@transilvania-embedded.ro"],
        header_left="Transilvania Embedded SRL", footer="Transilvania Embedded SRL - J12/4567/2015")
    n = "p08_transilvania_pdf.eml"
    eml(n, TRANS, "PO 1210", dt(2026, 12, 5, 10, 0, 2), "Hello,\n\nattached our PO 1210.\n\nRegards,\nAndrei Pop\nTransilvania Embedded SRL\n", atts=[("PO_1210_Kestrel.pdf", pdf, PDF)])
    save_label(n, label("Transilvania Embedded SRL", "1210", "2026-12-05", "2026-12-19", "EUR",
        addr("Transilvania Embedded SRL", "Str. Fabricii nr. 12", "Cluj-Napoca", "400620", "RO"),
        [L(k, q, CAT[k]["uom"], d, pr, cp) for cp, k, d, q, pr in items]), "email+pdf",
        "bilingual title, buyer item codes, 'delivery address: same as buyer address'")

    # P09 Electro Iberia (unknown) Spanish
    items = [("relay-5v", "Relé G5LE-1 5 VDC", 200, 1.52), ("relay-12v", "Relé G5LE-1 12 VDC", 100, 1.52),
             ("tb2-508-gn", "Borna PCB 2 polos 5,08 verde", 500, 0.52), ("tb3-508-gn", "Borna PCB 3 polos 5,08 verde", 300, 0.74),
             ("din-4m", "Caja carril DIN 4 módulos", 100, 8.20)]
    rows = [(str(i * 10), d, str(q), "ud.", de(pr), de(q*pr)) for i, (k, d, q, pr) in enumerate(items, 1)]
    pdf = make_po("PEDIDO DE COMPRA", [
        ("Proveedor", ["Kestrel Components Ltd", "Sheffield S9 3WU", "Reino Unido"]),
        ("Facturar a", ["Electro Iberia Montajes S.L.", "CIF B98765432", "Av. del Puerto 210", "46023 Valencia"]),
        ("Entregar en", ["Electro Iberia Montajes S.L.", "Pol. Ind. Fuente del Jarro", "Calle Ciudad de Sevilla 14", "46988 Paterna (Valencia)"])],
        [("Nº pedido", "PC-2026/0318"), ("Fecha", "03/12/2026"), ("Fecha entrega", "18/12/2026"), ("Moneda", "EUR")],
        ["Línea", "Descripción", "Cantidad", "Ud.", "Precio", "Importe"], rows,
        col_widths=[14*mm, 80*mm, 18*mm, 12*mm, 22*mm, 30*mm],
        totals=[("", "Base imponible", "", "", "", de(sum(q*pr for *_, q, pr in items)))],
        notes=["Forma de pago: transferencia a 30 días."], header_left="Electro Iberia Montajes S.L.\nInstalaciones y montajes eléctricos",
        footer="Electro Iberia Montajes S.L. - Registro Mercantil de Valencia")
    n = "p09_electroiberia_es_unknown.eml"
    eml(n, "Compras Electro Iberia <compras@electroiberia-montajes.es>", "Pedido PC-2026/0318", dt(2026, 12, 3, 9, 30, 1),
        "Buenos días,\n\nsomos cliente nuevo. Les adjuntamos nuestro pedido PC-2026/0318. Quedamos a la espera de la confirmación.\n\nSaludos,\nDepartamento de Compras\nElectro Iberia Montajes S.L.\n",
        atts=[("Pedido_PC-2026-0318.pdf", pdf, PDF)])
    save_label(n, label("Electro Iberia Montajes S.L.", "PC-2026/0318", "2026-12-03", "2026-12-18", "EUR",
        addr("Electro Iberia Montajes S.L.", "Calle Ciudad de Sevilla 14", "Paterna", "46988", "ES", "Valencia"),
        [L(k, q, "EA", d, pr) for k, d, q, pr in items]), "email+pdf", "UNKNOWN sender, Spanish PO, line numbers 10/20/.., invoice vs delivery address")

    # P10 Vltava Czech/English
    items = [("stm32c8", "STM32F103C8T6", 200, 4.05), ("m12-4f", "Konektor M12 4pin F / M12 connector 4-pin female", 80, 7.70),
             ("liycy4-100", "Kabel LiYCY 4x0,25 buben 100 m / drum 100 m", 3, 80.00), ("dsub9-m", "D-SUB 9 M pájecí / solder cup", 100, 1.15),
             ("dsub9-f", "D-SUB 9 F pájecí / solder cup", 100, 1.19)]
    rows = [(str(i), s(k), d, str(q), "ks" if CAT[k]["uom"] == "EA" else "buben", de(pr).replace(".", " ")) for i, (k, d, q, pr) in enumerate(items, 1)]
    pdf = make_po("OBJEDNÁVKA / PURCHASE ORDER", [
        ("Odběratel / Buyer", ["Vltava Control Systems s.r.o.", "Teslova 3", "301 00 Plzeň", "IČO 27845120, DIČ CZ27845120"]),
        ("Dodavatel / Supplier", ["Kestrel Components Ltd", "Sheffield S9 3WU", "Velká Británie / UK"])],
        [("Číslo / No.", "OBJ-26-0430"), ("Datum / Date", "4. 12. 2026"), ("Dodat do / Deliver by", "21. 12. 2026"), ("Měna / Currency", "EUR")],
        ["Pol.", "Kód dodavatele", "Popis / Description", "Množství", "MJ", "Cena/MJ"], rows, block_cols=2,
        col_widths=[10*mm, 24*mm, 86*mm, 18*mm, 14*mm, 20*mm],
        notes=["Místo dodání / Ship to: Vltava Control Systems s.r.o., Sklad, Borská 2980/7, 301 00 Plzeň"],
        header_left="Vltava Control Systems s.r.o.", footer="Vltava Control Systems s.r.o. - zapsáno v OR vedeném KS v Plzni, oddíl C, vložka 12345")
    n = "p10_vltava_cz_pdf.eml"
    eml(n, "=?utf-8?q?Petr_Dvo=C5=99=C3=A1k?= <nakup@vltava-cs.cz>", "Objednávka OBJ-26-0430", dt(2026, 12, 4, 11, 11, 1),
        "Dobrý den,\n\nv příloze zasíláme objednávku OBJ-26-0430.\n\nS pozdravem\nPetr Dvořák\n", atts=[("OBJ-26-0430.pdf", pdf, PDF)])
    save_label(n, label("Vltava Control Systems s.r.o.", "OBJ-26-0430", "2026-12-04", "2026-12-21", "EUR",
        addr("Vltava Control Systems s.r.o.", "Borská 2980/7", "Plzeň", "301 00", "CZ"),
        [L(k, q, CAT[k]["uom"], d, pr) for k, d, q, pr in items]), "email+pdf", "Czech/English bilingual PO, ship-to only in a note under the table")
