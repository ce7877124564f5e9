from lib import eml, L, S, label, pdf_po, xlsx_bytes, standalone, SELLER_TO
from catalog import CAT

VENDOR = ["Kestrel Workwear & Linen Ltd", "Unit 4, Calder Park", "Wakefield WF2 7AZ", "United Kingdom"]

def fmt(x, dec=","):
    s = f"{x:,.2f}"
    if dec == ",":
        s = s.replace(",", " ").replace(".", ",")
    return s

def pdfs():
    # ---------------- p01 side-by-side, ruled
    lines = [("HK-TWL-07", "Bath sheet 100x150 500gsm white", 60, "EA", 9.90, "TWS-500-WHT"),
             ("HK-TWL-11", "Face cloth 30x30 white (pack of 10)", 20, "PK", 5.20, "TWF-500-WHT-PK10"),
             ("HK-BED-21", "Oxford pillowcase percale 200TC", 100, "EA", 3.40, "PC-PER-OX"),
             ("HK-BED-04", "Flat sheet percale 200TC King", 50, "EA", 9.20, "FS-PER-KNG")]
    rows = [[a, b, str(q), u, f"£{p:.2f}", f"£{q*p:,.2f}"] for a, b, q, u, p, _ in lines]
    tot = sum(q * p for _, _, q, _, p, _ in lines)
    data = pdf_po([("Vendor", VENDOR), ("Invoice to", ["Harrowgate Grand Hotel", "Accounts Payable", "14 Ripon Road", "Harrogate HG1 2RF"]),
                   ("Ship to", ["Harrowgate Grand Hotel", "Laundry Dept. (rear service yard)", "14 Ripon Road", "Harrogate HG1 2RF"])],
                  "PURCHASE ORDER", [("PO Number:", "HGH-88450"), ("PO Date:", "03/12/2026"), ("Delivery Date:", "10/12/2026"), ("Buyer:", "M. Kowalski")],
                  ["Our Code", "Description", "Qty", "Unit", "Unit Price", "Line Total"], rows,
                  [f"Subtotal: £{tot:,.2f}", f"VAT 20%: £{tot*0.2:,.2f}", f"Total: £{tot*1.2:,.2f}", "Please quote our PO number on all correspondence and invoices."],
                  widths=[65, 200, 40, 40, 80, 90])
    eml("p01_hotel_pdf_three_blocks", "Maria Kowalski <housekeeping@harrowgategrand.co.uk>", "PO HGH-88450",
        "Thu, 03 Dec 2026 11:00:00 +0000", "Hi, please see attached PO for linen.\n\nMaria\n",
        label("Harrowgate Grand Hotel", "HGH-88450",
              [L(s, q, u, p, d, a) for a, d, q, u, p, s in lines],
              order_date="2026-12-03", requested_date="2026-12-10", currency="GBP",
              ship_to=S("Harrowgate Grand Hotel", "14 Ripon Road", "Harrogate", "HG1 2RF", "GB")),
        "PDF: vendor / invoice-to / ship-to side by side, ruled table, buyer codes, VAT total not a line", kind="email+pdf",
        attachments=[("PO_HGH-88450.pdf", data, "application/pdf")])

    # ---------------- p02 German CH, no rules, seller SKUs
    lines = [("FS-PER-DBL", "Leintuch Perkal 200 Fäden Doppel", 60, 9.60),
             ("PC-PER-OX", "Kissenbezug Oxford Perkal 50x75", 120, 3.90),
             ("DC-PC-KNG", "Duvetbezug Polycotton King", 40, 14.20),
             ("TWS-500-WHT", "Duschtuch gross 100x150 500 g", 80, 12.40)]
    rows = [[str((i + 1) * 10), s, d, str(q), "Stk.", f"{p:.2f}", f"{q*p:,.2f}".replace(",", "'")] for i, (s, d, q, p) in enumerate(lines)]
    data = pdf_po([("Lieferant", VENDOR), ("Lieferadresse", ["Hotel Alpenblick AG", "Wäscherei / Anlieferung", "Riedweg 12", "3920 Zermatt", "Schweiz"])],
                  "BESTELLUNG", [("Bestell-Nr.:", "ALP-4502"), ("Bestelldatum:", "30.11.2026"), ("Liefertermin:", "16.12.2026"), ("Währung:", "CHF")],
                  ["Pos.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis", "Betrag"], rows,
                  ["Zahlungsbedingungen: 30 Tage netto", "Lieferbedingungen: DAP Zermatt, verzollt"], rules=False,
                  widths=[30, 85, 170, 40, 35, 60, 70])
    eml("p02_de_ch_pdf_seller_skus", "Einkauf Hotel Alpenblick <einkauf@alpenblick-zermatt.ch>", "Bestellung ALP-4502",
        "Mon, 30 Nov 2026 14:10:00 +0100", "Guten Tag\n\nIm Anhang unsere Bestellung ALP-4502.\n\nFreundliche Grüsse\nReto Imboden\n",
        label("Hotel Alpenblick AG", "ALP-4502", [L(s, q, "EA", p, d) for s, d, q, p in lines],
              order_date="2026-11-30", requested_date="2026-12-16", currency="CHF",
              ship_to=S("Hotel Alpenblick AG", "Riedweg 12", "Zermatt", "3920", "CH")),
        "PDF in German, table without rules, seller SKUs quoted, CHF with apostrophe thousands", kind="email+pdf",
        attachments=[("Bestellung_ALP-4502.pdf", data, "application/pdf")])

    # ---------------- p03 two-page PO
    items = []
    n = 0
    for sku in ["HVV2-YEL-M", "HVV2-YEL-L", "HVV2-YEL-XL", "HVV2-YEL-2XL", "HVV2-YEL-3XL", "HVV2-ORA-M", "HVV2-ORA-L", "HVV2-ORA-XL", "HVV2-ORA-2XL",
                "HVJ3-YEL-L", "HVJ3-YEL-XL", "HVJ3-YEL-2XL", "HVJ3-YEL-3XL", "HVB3-YNV-L", "HVB3-YNV-XL", "HVP-YEL-M", "HVP-YEL-L", "HVP-YEL-XL",
                "SSJ-BLK-M", "SSJ-BLK-L", "SSJ-BLK-XL", "SSJ-BLK-2XL", "FLC-NAV-M", "FLC-NAV-L", "FLC-NAV-XL"]:
        n += 1
        q = [20, 45, 60, 30, 10, 15, 25, 25, 10, 8, 14, 6, 4, 5, 5, 12, 18, 12, 6, 10, 10, 4, 8, 12, 6][n - 1]
        d = CAT[sku][1].replace("EN ISO 20471 ", "").replace("2XL", "XXL").replace("3XL", "XXXL")
        items.append((f"PPE-{1000 + n * 7}", d, q, CAT[sku][3], sku))
    rows = [[f"{i+1:03d}", a, d, str(q), "EA", f"{p:.2f}", f"{q*p:,.2f}"] for i, (a, d, q, p, _) in enumerate(items)]
    tot = sum(q * p for _, _, q, p, _ in items)
    data = pdf_po([("Supplier", VENDOR + ["Supplier no. 700122"]), ("Deliver to", ["Pennine Castings Ltd", "Goods In (Gate 2)", "Brookfoot Works, Elland Road", "Brighouse HD6 2RW"])],
                  "Pennine Castings Ltd - Purchase Order", [("PO:", "4500078301"), ("Date:", "04.12.2026"), ("Delivery:", "18.12.2026"), ("Currency:", "GBP")],
                  ["Item", "Material", "Description", "Qty", "UoM", "Price", "Net value"], rows,
                  [f"Total net value excl. VAT: GBP {tot:,.2f}", "Terms: 60 days end of month. Part deliveries accepted."],
                  widths=[30, 65, 230, 35, 35, 50, 70], rows_per_page=16)
    eml("p03_factory_pdf_two_pages", "Goods Inwards Purchasing <purchasing@penninecastings.co.uk>", "Purchase Order 4500078301",
        "Fri, 04 Dec 2026 10:00:00 +0000", "Please find attached Purchase Order 4500078301.\nThis is a system generated message.\n",
        label("Pennine Castings Ltd", "4500078301", [L(s, q, "EA", p, d, a) for a, d, q, p, s in items],
              order_date="2026-12-04", requested_date="2026-12-18", currency="GBP",
              ship_to=S("Pennine Castings Ltd", "Elland Road", "Brighouse", "HD6 2RW", "GB")),
        "two-page PDF PO, 25 lines, XXL/XXXL spelling, buyer material codes", kind="email+pdf",
        attachments=[("4500078301.pdf", data, "application/pdf")])

    # ---------------- p04 French, stacked blocks, no rules
    lines = [("APB-DEN", "Tablier bavette denim, lanières cuir", 12, 8.90), ("CJ-WHT-LS-M", "Veste de cuisine blanche manches longues M", 6, 14.20),
             ("CJ-WHT-LS-L", "Veste de cuisine blanche manches longues L", 6, 14.20), ("NAP-BLK-50", "Serviette de table noire 50x50", 200, 1.10)]
    rows = [[d, str(q), f"{fmt(p)} €", f"{fmt(q*p)} €"] for s, d, q, p in lines]
    data = pdf_po([("Fournisseur :", VENDOR), ("Adresse de livraison :", ["Brasserie des Halles", "7 rue de la Martinière", "69001 Lyon"]),
                   ("Facturation :", ["Brasserie des Halles SARL", "Service comptabilité", "BP 2204", "69215 Lyon Cedex 02"])],
                  "BON DE COMMANDE N° BDH-1131", [("Lyon, le", "3 décembre 2026"), ("Livraison le :", "15/12/2026")],
                  ["Désignation", "Quantité", "Prix unitaire HT", "Montant HT"], rows,
                  ["TVA non incluse. Merci de rappeler le numéro de commande sur la facture."], rules=False, side_by_side=False,
                  widths=[240, 60, 100, 100])
    eml("p04_fr_pdf_stacked_norules", "Julien Morel <gerance@brasseriedeshalles.fr>", "Bon de commande",
        "Thu, 03 Dec 2026 09:30:00 +0100", "Bonjour,\nci-joint notre bon de commande.\nCordialement,\nJulien Morel\n",
        label("Brasserie des Halles SARL", "BDH-1131", [L(s, q, "EA", p, d) for s, d, q, p in lines],
              order_date="2026-12-03", requested_date="2026-12-15", currency="EUR",
              ship_to=S("Brasserie des Halles", "7 rue de la Martinière", "Lyon", "69001", "FR")),
        "French PDF, stacked address blocks, no rules, PO number inside title, billing BP address differs", kind="email+pdf",
        attachments=[("BC_BDH-1131.pdf", data, "application/pdf")])

    # ---------------- p05 ZA lodge
    lines = [("FS-PER-KNG", "King flat sheet percale 200TC", 40, 189.00), ("PC-PER-OX", "Oxford pillowcase percale", 80, 69.00),
             ("DC-PC-KNG", "King duvet cover polycotton", 40, 239.00), ("TWM-700-WHT", "Bath mat 700g white", 40, 79.00)]
    rows = [[str(i + 1), d, str(q), f"R {p:,.2f}".replace(",", " "), f"R {q*p:,.2f}".replace(",", " ")] for i, (s, d, q, p) in enumerate(lines)]
    tot = sum(q * p for s, d, q, p in lines)
    data = pdf_po([("SUPPLIER", VENDOR), ("BILL TO", ["Cape Vineyard Lodge (Pty) Ltd", "PO Box 1120", "Stellenbosch 7599"]),
                   ("DELIVER TO", ["Cape Vineyard Lodge", "Annandale Road", "Stellenbosch 7600"])],
                  "PURCHASE ORDER", [("PO No:", "CVL0425"), ("Date:", "2026/12/07"), ("Required:", "2027/01/08")],
                  ["#", "Description", "Qty", "Unit Price", "Amount"], rows,
                  [f"Sub-total: R {tot:,.2f}".replace(",", " "), f"VAT 15%: R {tot*0.15:,.2f}".replace(",", " "), "Authorised: T. Mokoena"],
                  widths=[25, 230, 50, 90, 100])
    eml("p05_za_pdf_zar", "Thandi Mokoena <procurement@capevineyardlodge.co.za>", "PO CVL0425 + chef whites PO to follow",
        "Mon, 07 Dec 2026 08:00:00 +0200", "Morning\n\nAttached PO CVL0425 for bed linen. Chef Ruan's order from last night: PO to follow separately.\n\nThandi\n",
        label("Cape Vineyard Lodge (Pty) Ltd", "CVL0425", [L(s, q, "EA", p, d) for s, d, q, p in lines],
              order_date="2026-12-07", requested_date="2027-01-08", currency="ZAR",
              ship_to=S("Cape Vineyard Lodge", "Annandale Road", "Stellenbosch", "7600", "ZA")),
        "PDF with R amounts and space thousands; bill-to PO Box differs from deliver-to", kind="email+pdf",
        attachments=[("CVL0425.pdf", data, "application/pdf")])

    # ---------------- p06 school with codes
    lines = [("UNI-SW-BG-S", "Sixth form sweatshirt bottle green S", 20, 8.10, "SWC-BGR-S"), ("UNI-SW-BG-M", "Sixth form sweatshirt bottle green M", 20, 8.10, "SWC-BGR-M"),
             ("STF-FL-M", "Staff microfleece navy M", 10, 11.50, "FLC-NAV-M"), ("STF-FL-L", "Staff microfleece navy L", 10, 11.50, "FLC-NAV-L"),
             ("EMB-CREST", "Crest embroidery left breast", 60, 2.20, "EMB-LOGO-S"), ("EMB-NM", "Name embroidery (staff fleeces)", 20, 1.50, "EMB-NAME")]
    rows = [[a, d, str(q), f"{p:.2f}", f"{q*p:.2f}"] for a, d, q, p, s in lines]
    data = pdf_po([("Supplier:", VENDOR), ("Delivery address:", ["St Aidan's Academy - Main Reception", "Gilesgate", "Durham", "DH1 1QA"]),
                   ("Invoice address:", ["St Aidan's Academy Trust", "Trust Office, 3 Old Elvet", "Durham DH1 3HL"])],
                  "OFFICIAL ORDER", [("Order No.", "SA/UNI/0430"), ("Date", "07 Dec 2026"), ("Budget code", "4410-UNI")],
                  ["Code", "Description", "Qty", "Price £", "Total £"], rows,
                  ["Goods must be delivered to the address above between 08:30 and 15:30.", "Orders without an official order number will not be paid."],
                  side_by_side=False, widths=[80, 250, 40, 60, 60])
    eml("p06_school_pdf_codes", "Helen Marsh <bursar@staidans.sch.uk>", "Official order SA/UNI/0430",
        "Mon, 07 Dec 2026 09:45:00 +0000", "Dear Kestrel,\n\nPlease find our official order attached.\n\nKind regards\nHelen Marsh\nBusiness Manager\n",
        label("St Aidan's Academy Trust", "SA/UNI/0430", [L(s, q, "EA", p, d, a) for a, d, q, p, s in lines],
              order_date="2026-12-07", currency="GBP",
              ship_to=S("St Aidan's Academy", "Gilesgate", "Durham", "DH1 1QA", "GB")),
        "PDF with buyer codes that look like ours (EMB-CREST vs EMB-LOGO-S); stacked blocks; budget code is not PO", kind="email+pdf",
        attachments=[("SA-UNI-0430.pdf", data, "application/pdf")])

    # ---------------- p07 EE English packs
    lines = [("TWB-500-WHT-PK10", "Bath towel 70x140 500g, pack of 10", 20, "PK", 68.00), ("TWH-500-WHT-PK10", "Hand towel 50x90 500g, pack of 10", 30, "PK", 33.00),
             ("TWF-500-WHT-PK10", "Face cloth 30x30, pack of 10", 20, "PK", 5.90)]
    rows = [[d, str(q), "pack", f"{p:.2f}", f"{q*p:.2f}"] for s, d, q, u, p in lines]
    data = pdf_po([("Seller", VENDOR), ("Buyer", ["OÜ Tallinna Spaa Hotell", "Reg. code 10998877", "Sadama 11a", "10111 Tallinn, Estonia"]),
                   ("Delivery", ["Tallinna Spaa Hotell", "Goods reception", "Sadama 11a", "10111 Tallinn"])],
                  "PURCHASE ORDER TSH-2026-81", [("Date", "07.12.2026"), ("Delivery date", "2026-12-18"), ("Currency", "EUR")],
                  ["Item", "Qty", "Unit", "Price", "Sum"], rows, ["VAT 22% is added to the invoice.", "Contact: Kadri Tamm, +372 640 1200"], rules=False,
                  widths=[230, 50, 50, 70, 80])
    eml("p07_ee_pdf_packs", "Kadri Tamm <ost@tallinnaspa.ee>", "PO TSH-2026-81",
        "Mon, 07 Dec 2026 13:20:00 +0200", "Tere, attached our PO.\nKadri\n",
        label("OÜ Tallinna Spaa Hotell", "TSH-2026-81", [L(s, q, u, p, d) for s, d, q, u, p in lines],
              order_date="2026-12-07", requested_date="2026-12-18", currency="EUR",
              ship_to=S("Tallinna Spaa Hotell", "Sadama 11a", "Tallinn", "10111", "EE")),
        "English PDF from Estonia; pack SKUs vs singles; two date formats in one header", kind="email+pdf",
        attachments=[("TSH-2026-81.pdf", data, "application/pdf")])

    # ---------------- p08 Swedish PDF
    lines = [("CJ-WHT-LS-M", "Kockrock vit långärmad M", 4, 145), ("CJ-WHT-LS-L", "Kockrock vit långärmad L", 3, 145),
             ("CT-CHK-L", "Kockbyxa rutig L", 6, 112), ("APB-DEN", "Förkläde denim med läderremmar", 6, 92), ("TC-WHT-178", "Duk vit 178x178", 30, 105)]
    rows = [[str(i + 1), d, f"{q} st", f"{p:.2f}".replace(".", ","), f"{q*p:,.2f}".replace(",", " ").replace(".", ",")] for i, (s, d, q, p) in enumerate(lines)]
    data = pdf_po([("Leverantör", VENDOR), ("Leveransadress", ["Skärgårdshotellet", "Restaurang Ångbåtsbryggan", "Hamngatan 20", "185 32 Vaxholm"])],
                  "INKÖPSORDER", [("Ordernr:", "SKH-1050"), ("Orderdatum:", "2026-12-04"), ("Önskat lev.datum:", "2026-12-18"), ("Valuta:", "SEK")],
                  ["Rad", "Benämning", "Antal", "À-pris", "Belopp"], rows, ["Moms tillkommer. Fakturaadress: Skärgårdshotellet AB, Box 44, 185 21 Vaxholm"],
                  widths=[30, 220, 60, 70, 90])
    eml("p08_sv_pdf", "Linnea Holm <linnea.holm@skargardshotellet.se>", "Inköpsorder SKH-1050",
        "Fri, 04 Dec 2026 15:00:00 +0100", "Hej,\nbifogar inköpsorder för restaurangen.\nMvh Linnea\n",
        label("Skärgårdshotellet AB", "SKH-1050", [L(s, q, "EA", float(p), d) for s, d, q, p in lines],
              order_date="2026-12-04", requested_date="2026-12-18", currency="SEK",
              ship_to=S("Skärgårdshotellet", "Hamngatan 20", "Vaxholm", "185 32", "SE")),
        "Swedish PDF, quantities with 'st' suffix, decimal commas", kind="email+pdf",
        attachments=[("Inkopsorder_SKH-1050.pdf", data, "application/pdf")])

    # ---------------- p09 ZA factory
    lines = [("HVV2-YEL-XL-CS50", "Reflective vest yellow XL - carton of 50", 4, "CS", 1650.00, "CTN"), ("HVJ3-YEL-XL", "Rain jacket hi-vis class 3 XL", 25, "EA", 459.00, "EA"),
             ("FAB-HVY-YEL-M", "Fluorescent yellow fabric 150cm", 60, "M", 98.00, "m")]
    rows = [[d, str(q), uw, f"{p:,.2f}", f"{q*p:,.2f}"] for s, d, q, u, p, uw in lines]
    data = pdf_po([("Supplier", VENDOR), ("Delivery address", ["Durban Packaging Works", "17 Jacobs Road", "Clairwood", "Durban 4052"])],
                  "DURBAN PACKAGING WORKS - ORDER", [("Order number", "DPW/PO/55870"), ("Order date", "07/12/2026"), ("Currency", "ZAR")],
                  ["Description", "Qty", "Unit", "Unit price", "Value"], rows, ["Prices excl. VAT.", "Delivery required: ASAP"],
                  widths=[230, 40, 50, 80, 90])
    eml("p09_za_pdf_cartons", "Stores <stores@dbnpack.co.za>", "Order DPW/PO/55870",
        "Mon, 07 Dec 2026 07:10:00 +0200", "Hi, order attached. Sipho\n",
        label("Durban Packaging Works (Pty) Ltd", "DPW/PO/55870", [L(s, q, u, p, d) for s, d, q, u, p, uw in lines],
              order_date="2026-12-07", currency="ZAR",
              ship_to=S("Durban Packaging Works", "17 Jacobs Road", "Durban", "4052", "ZA")),
        "PDF: cartons (CTN = CS), metres; street on own line with suburb line after; 'ASAP' not a date", kind="email+pdf",
        attachments=[("DPW-PO-55870.pdf", data, "application/pdf")])

    # ---------------- p10 unknown LV hotel
    lines = [("TWB-500-WHT", "Bath towel 70x140 white 500 gsm", 120, 7.20), ("TWH-500-WHT", "Hand towel 50x90 white 500 gsm", 120, 3.50),
             ("TWM-700-WHT", "Bath mat 50x80", 60, 4.40), ("PC-PC-HW", "Pillow case 50x75 polycotton", 200, 1.65)]
    rows = [[str(i + 1), d, str(q), f"{p:.2f}", f"{q*p:.2f}"] for i, (s, d, q, p) in enumerate(lines)]
    data = pdf_po([("Supplier", VENDOR), ("Payer", ["SIA Baltic Bay Hotel", "Reg. Nr. 40103999888", "Elizabetes iela 21", "Rīga, LV-1010"]),
                   ("Delivery", ["Baltic Bay Hotel Jūrmala", "Jomas iela 47", "Jūrmala, LV-2015", "Latvia"])],
                  "PASŪTĪJUMS / ORDER", [("No.", "BBH-0088"), ("Datums / Date", "02.12.2026"), ("Valūta", "EUR")],
                  ["Nr.", "Prece / Item", "Daudz.", "Cena", "Summa"], rows, ["PVN 21% / VAT 21% not included"], rules=False,
                  widths=[30, 230, 50, 60, 80])
    eml("p10_unknown_lv_pdf_bilingual", "Baltic Bay Hotel <gramatvediba@balticbayhotel.lv>", "Pasūtījums BBH-0088",
        "Wed, 02 Dec 2026 16:00:00 +0200", "Labdien, pielikumā pasūtījums. / Please find attached our order.\n",
        label("SIA Baltic Bay Hotel", "BBH-0088", [L(s, q, "EA", p, d) for s, d, q, p in lines],
              order_date="2026-12-02", currency="EUR",
              ship_to=S("Baltic Bay Hotel Jūrmala", "Jomas iela 47", "Jūrmala", "LV-2015", "LV")),
        "bilingual Latvian/English PDF from unknown customer; payer vs delivery", kind="email+pdf",
        attachments=[("BBH-0088.pdf", data, "application/pdf")])


def sheets():
    # ---------------- s01 email + xlsx size grid
    grid = [["Göteborgs IF – beställning klubbkläder", None, None, None, None, None, None, None],
            ["Ordernr:", "GIF-2026-12", None, "Datum:", "2026-12-05", None, None, None],
            [None] * 8,
            ["Artikel", "S", "M", "L", "XL", "XXL", "Totalt", "À-pris SEK"],
            ["Softshelljacka svart", None, 8, 12, 6, 2, 28, 245],
            ["Fleecejacka marinblå", None, 5, 5, 3, None, 13, 139],
            ["Broderi klubbmärke bröst", None, None, None, None, None, 41, 24],
            [None] * 8,
            ["Leverans: Göteborgs IF kansli, Kungsportsavenyn 31, 411 36 Göteborg", None, None, None, None, None, None, None]]
    data = xlsx_bytes([("Beställning", grid)])
    eml("s01_sv_email_xlsx_size_grid", "Mikael Lindqvist <kansli@gbgif.se>", "Beställning klubbkläder GIF-2026-12",
        "Sat, 05 Dec 2026 11:30:00 +0100", "Hej!\n\nBifogar vår beställning i Excel (storlekar i kolumner).\n\n/Mikael\n",
        label("Göteborgs Idrottsförening", "GIF-2026-12",
              [L("SSJ-BLK-M", 8, price=245, desc="Softshelljacka svart M"), L("SSJ-BLK-L", 12, price=245, desc="Softshelljacka svart L"),
               L("SSJ-BLK-XL", 6, price=245, desc="Softshelljacka svart XL"), L("SSJ-BLK-2XL", 2, price=245, desc="Softshelljacka svart XXL"),
               L("FLC-NAV-M", 5, price=139, desc="Fleecejacka marinblå M"), L("FLC-NAV-L", 5, price=139, desc="Fleecejacka marinblå L"),
               L("FLC-NAV-XL", 3, price=139, desc="Fleecejacka marinblå XL"), L("EMB-LOGO-S", 41, price=24, desc="Broderi klubbmärke bröst")],
              order_date="2026-12-05", currency="SEK",
              ship_to=S("Göteborgs IF kansli", "Kungsportsavenyn 31", "Göteborg", "411 36", "SE")),
        "XLSX size grid (sizes as columns) -> one line per size; totals column not a line", kind="email+xlsx",
        attachments=[("GIF-2026-12.xlsx", data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # ---------------- s02 email + csv (ERP export)
    lines = [("10", "LIN-0441", "Bed sheet double polycotton white", 150, "pcs", 6.40, "FS-PC-DBL"),
             ("20", "LIN-0452", "Duvet cover double polycotton", 150, "pcs", 11.10, "DC-PC-DBL"),
             ("30", "LIN-0460", "Pillowcase 50x75 polycotton", 300, "pcs", 1.70, "PC-PC-HW"),
             ("40", "TWL-0212", "Bath towel 70x140 400g", 200, "pcs", 5.40, "TWB-400-WHT")]
    csvt = "Line,ItemCode,Description,Qty,Unit,Price,Currency,PO,PODate,DeliveryDate\n" + "".join(
        f"{a},{b},{c},{q},{u},{p:.2f},EUR,BV-1219,2026-12-07,2026-12-21\n" for a, b, c, q, u, p, s in lines)
    eml("s02_lt_email_csv_export", "Rasa Petrauskiene <pirkimai@balviesbuciai.lt>", "PO BV-1219 (export)",
        "Mon, 07 Dec 2026 15:45:00 +0200",
        "Hello,\n\nOur PO BV-1219 attached as CSV from our system. Delivery to Viešbutis Neris, Gedimino pr. 44, LT-01110 Vilnius.\n\nRasa\n",
        label("UAB Baltijos Viešbučiai", "BV-1219", [L(s, q, "EA", p, c, b) for a, b, c, q, u, p, s in lines],
              order_date="2026-12-07", requested_date="2026-12-21", currency="EUR",
              ship_to=S("Viešbutis Neris", "Gedimino pr. 44", "Vilnius", "LT-01110", "LT")),
        "email with comma CSV export; header fields repeated on each row; address only in body", kind="email+csv",
        attachments=[("BV-1219.csv", csvt.encode("utf-8"), "text/csv")])

    # ---------------- s03 standalone xlsx
    rows = [["BON DE COMMANDE", None, None, None, None],
            ["Hôtel Le Grand Cerf", None, None, "N° commande", "GC-26-124"],
            ["12 avenue d'Albigny", None, None, "Date", "07/12/2026"],
            ["74000 Annecy", None, None, "Livraison souhaitée", "18/12/2026"],
            ["Fournisseur : Kestrel Workwear & Linen Ltd", None, None, "Devise", "EUR"],
            [None] * 5,
            ["Réf. fournisseur", "Désignation", "Qté", "PU HT", "Total HT"],
            ["TWB-500-WHT", "Drap de bain 70x140 500 g", 100, 7.3, 730],
            ["TWH-500-WHT", "Serviette 50x90 500 g", 100, 3.55, 355],
            ["TWS-500-WHT", "Drap de douche 100x150", 40, 11.2, 448],
            ["TWM-700-WHT", "Tapis de bain 50x80", 40, 4.5, 180],
            [None, None, None, "Total HT", 1713]]
    data = xlsx_bytes([("Commande", rows)])
    standalone("s03_fr_standalone.xlsx", data,
               label("Hôtel Le Grand Cerf", "GC-26-124",
                     [L("TWB-500-WHT", 100, price=7.30, desc="Drap de bain 70x140 500 g"), L("TWH-500-WHT", 100, price=3.55, desc="Serviette 50x90 500 g"),
                      L("TWS-500-WHT", 40, price=11.20, desc="Drap de douche 100x150"), L("TWM-700-WHT", 40, price=4.50, desc="Tapis de bain 50x80")],
                     order_date="2026-12-07", requested_date="2026-12-18", currency="EUR",
                     ship_to=S("Hôtel Le Grand Cerf", "12 avenue d'Albigny", "Annecy", "74000", "FR")),
               "standalone xlsx", "French XLSX with seller refs; buyer address in header block doubles as ship-to; total row not a line")

    # ---------------- s04 standalone csv semicolons decimal commas
    csvt = ("Kunde;Voestwerk Metalltechnik GmbH\n"
            "Bestellnummer;4700012279\n"
            "Bestelldatum;03.12.2026\n"
            "Liefertermin;17.12.2026\n"
            "Lieferanschrift;Werk 1 - Wareneingang;Industriezeile 47;4020 Linz\n"
            "\n"
            "Pos;Material;Bezeichnung;Menge;ME;Preis EUR;Wert EUR\n"
            "10;100120;Warnweste Kl. 2 gelb L;100;ST;2,45;245,00\n"
            "20;100121;Warnweste Kl. 2 gelb XL;150;ST;2,45;367,50\n"
            "30;100131;Warnweste Kl. 2 orange XL;50;ST;2,45;122,50\n"
            "40;200510;Warnschutzstoff fluo-gelb 150 cm;120;M;6,30;756,00\n"
            ";;;;;Summe;1.491,00\n")
    standalone("s04_de_at_standalone_semicolon.csv", csvt.encode("cp1252"),
               label("Voestwerk Metalltechnik GmbH", "4700012279",
                     [L("HVV2-YEL-L", 100, "EA", 2.45, "Warnweste Kl. 2 gelb L", "100120"), L("HVV2-YEL-XL", 150, "EA", 2.45, "Warnweste Kl. 2 gelb XL", "100121"),
                      L("HVV2-ORA-XL", 50, "EA", 2.45, "Warnweste Kl. 2 orange XL", "100131"), L("FAB-HVY-YEL-M", 120, "M", 6.30, "Warnschutzstoff fluo-gelb 150 cm", "200510")],
                     order_date="2026-12-03", requested_date="2026-12-17", currency="EUR",
                     ship_to=S("Voestwerk Metalltechnik GmbH", "Industriezeile 47", "Linz", "4020", "AT")),
               "standalone csv", "semicolon CSV, decimal commas, cp1252 encoding, header rows before the table, sum row not a line")


def non_orders():
    na = {"kind": "not_an_order"}
    eml("n01_fr_quote_request", "Direction EHPAD Les Tilleuls <direction@ehpad-lestilleuls.fr>", "Demande de devis tuniques 2027",
        "Mon, 07 Dec 2026 10:00:00 +0100",
        """Madame, Monsieur,

Dans le cadre du renouvellement de nos tenues pour 2027, pourriez-vous nous faire parvenir un devis pour :
- 200 tuniques lilas (tailles S à XL)
- 60 tuniques blanches
- broderie du prénom sur l'ensemble

Merci de préciser les délais et les prix dégressifs à partir de 100 pièces. Nous ne passerons commande qu'après validation du budget en janvier.

Cordialement,
Nathalie Roux, Directrice
EHPAD Les Tilleuls, 18 rue des Tanneurs, 37000 Tours
""", na, "quote request with quantities - not an order", kind="not_an_order")

    inv_lines = [("Polycotton 65/35 white 150cm greige-finished, roll 50m", 40, 88.00), ("Cotton drill 280g navy, roll 50m", 25, 142.00)]
    rows = [[d, str(q), "roll", f"{p:.2f}", f"{q*p:,.2f}"] for d, q, p in inv_lines]
    tot = sum(q * p for d, q, p in inv_lines)
    data = pdf_po([("From", ["Calderbrook Textile Mills Ltd", "Dewsbury Road", "Ossett WF5 9ND"]), ("Invoice to", VENDOR)],
                  "INVOICE", [("Invoice No:", "CTM-INV-77812"), ("Invoice date:", "04/12/2026"), ("Your order:", "KWL-PO-2291"), ("Due:", "03/01/2027")],
                  ["Description", "Qty", "Unit", "Price", "Net"], rows,
                  [f"Net: £{tot:,.2f}", f"VAT 20%: £{tot*0.2:,.2f}", f"Amount due: £{tot*1.2:,.2f}", "Bank: Sort code 20-11-44, Account 55012873"],
                  widths=[230, 40, 40, 70, 90])
    eml("n02_supplier_invoice_pdf", "Accounts <accounts@calderbrookmills.co.uk>", "Invoice CTM-INV-77812",
        "Fri, 04 Dec 2026 17:00:00 +0000", "Please find attached invoice CTM-INV-77812 for your order KWL-PO-2291.\n\nCalderbrook Textile Mills Ltd - Accounts\n",
        {"kind": "invoice"}, "invoice from our fabric mill (PDF) - not an order", kind="invoice",
        to="accounts@kestrelworkwear.co.uk", attachments=[("CTM-INV-77812.pdf", data, "application/pdf")])

    eml("n03_complaint", "Maria Kowalski <housekeeping@harrowgategrand.co.uk>", "Problem with last towel delivery",
        "Mon, 07 Dec 2026 08:30:00 +0000",
        """Hi,

Not happy I'm afraid. Of the 200 hand towels delivered on Friday (our PO HGH-88397), at least 25 have pulled threads along the hem and the bath towels are shedding badly after the first wash.

Can someone call me today? I'd like the 25 replaced and someone to look at the bath towels before we order anything else.

Maria Kowalski
Head Housekeeper, Harrowgate Grand Hotel
14 Ripon Road, Harrogate HG1 2RF
""", na, "complaint mentioning PO and quantities - not an order", kind="not_an_order")

    eml("n04_supplier_order_confirmation", "Sales Office <sales@calderbrookmills.co.uk>", "Order Confirmation SO-40218 / your PO KWL-PO-2307",
        "Mon, 07 Dec 2026 11:15:00 +0000",
        """Dear Kestrel Purchasing,

Thank you for your order. We confirm as follows:

Sales order:     SO-40218
Your PO:         KWL-PO-2307
Confirmed date:  15/12/2026

Qty  Unit  Description                                   Price
30   roll  Polycotton 65/35 white 150cm, 50m             £88.00
20   roll  Polycotton 65/35 navy 150cm, 50m              £94.00
10   roll  Cotton sateen sheeting white 280cm, 30m       £161.00

Delivery to: Kestrel Workwear & Linen Ltd, Unit 4, Calder Park, Wakefield WF2 7AZ

Kind regards
Calderbrook Textile Mills Ltd - Sales Office
""", na, "order confirmation FROM our supplier for OUR purchase - not a customer order", kind="not_an_order",
        to="purchasing@kestrelworkwear.co.uk")
