from lib import eml, E, L, S, omit, write_exp, OUT
from pdfgen import make_pdf

PDF = "application/pdf"


def build():
    # P1 SAP style US
    pdf = make_pdf({
        "font": "liberation", "title": "Purchase Order 4500087610", "title_align": "L",
        "letterhead": ["Midwest Conveyor Systems Inc.", "4120 Industrial Pkwy, Dayton, OH 45414  |  Purchasing (937) 555-0100"],
        "meta": [("PO Number", "4500087610"), ("Document Date", "12/02/2026"), ("Buyer", "K. Oyelaran"),
                 ("Vendor", "100233"), ("Payment Terms", "Net 30"), ("Currency", "USD")],
        "left_block": ("Vendor", ["Boltway Industrial Supply", "sales@boltway-supply.com"]),
        "right_block": ("Ship-to / Delivery address", ["Midwest Conveyor Systems Inc.", "Receiving - Dock 3", "4120 Industrial Pkwy", "Dayton OH 45414", "USA"]),
        "columns": [("Item", 14, "L"), ("Material", 24, "L"), ("Short text", 62, "L"), ("Qty", 14, "R"),
                    ("Un", 10, "L"), ("Deliv. date", 22, "L"), ("Net price", 20, "R"), ("Net value", 20, "R")],
        "rows": [
            ["00010", "MC-100234", "HEX CAP SCR 5/16-18X1 GR5 ZN", "8", "BX", "12/16/2026", "14.25", "114.00", "Your material no. UNC5-5618-100"],
            ["00020", "MC-100240", "HEX NUT 5/16-18 GR5 ZN", "8", "BX", "12/16/2026", "6.05", "48.40", "Your material no. UNCN-5618-ZP"],
            ["00030", "MC-100871", "SHCS M8X30 12.9 BLK OX", "5", "BX", "12/16/2026", "13.20", "66.00", "Your material no. SC912-08030-129"],
            ["00040", "MC-100872", "SHCS M8X25 12.9 BLK OX", "5", "BX", "12/16/2026", "12.10", "60.50", "Your material no. SC912-08025-129"],
        ],
        "footer": ["Total net value excl. tax USD 288.90",
                   "Please reference PO number on all shipping documents and invoices. Partial shipments require buyer approval."],
    })
    eml("p01_midwest_sap_po.eml", "SAP Purchasing <noreply-purchasing@midwestconveyor.com>",
        "Purchase Order 4500087610", "Wed, 2 Dec 2026 14:02:00 -0500",
        "Please find attached Purchase Order 4500087610.\nThis is an automatically generated message.\n",
        E("Midwest Conveyor Systems Inc.", "4500087610", "2026-12-02", "2026-12-16", "USD",
          S("Midwest Conveyor Systems Inc.", "4120 Industrial Pkwy", "Dayton", "OH", "45414", "US"), [
            L("UNC5-5618-100", 8, "BX", 14.25, cp="MC-100234", desc="HEX CAP SCR 5/16-18X1 GR5 ZN"),
            L("UNCN-5618-ZP", 8, "BX", 6.05, cp="MC-100240", desc="HEX NUT 5/16-18 GR5 ZN"),
            L("SC912-08030-129", 5, "BX", 13.20, cp="MC-100871", desc="SHCS M8X30 12.9 BLK OX"),
            L("SC912-08025-129", 5, "BX", 12.10, cp="MC-100872", desc="SHCS M8X25 12.9 BLK OX"),
        ]), "PDF: US SAP-style PO, buyer material numbers with seller SKU in a sub-line, per-line delivery date",
        attachments=[("PO_4500087610.pdf", pdf, PDF)])

    # P2 German letterhead boxed
    pdf = make_pdf({
        "font": "dejavu", "boxed": True, "title": "BESTELLUNG",
        "letterhead": ["Kessler Anlagenbau GmbH", "Industriestraße 14 · 73037 Göppingen · Tel. +49 7161 55 20-0 · USt-IdNr. DE812345678"],
        "meta": [("Bestell-Nr.", "2026-4488"), ("Datum", "04.12.2026"), ("Liefertermin", "16.12.2026"),
                 ("Lieferanten-Nr.", "70412"), ("Sachbearbeiter", "J. Albrecht")],
        "left_block": ("Lieferant", ["Boltway Industrial Supply", "sales@boltway-supply.com"]),
        "right_block": ("Lieferanschrift", ["Kessler Anlagenbau GmbH - Werk 2", "Robert-Bosch-Straße 5", "73084 Salach"]),
        "columns": [("Pos", 9, "C"), ("Unsere Mat.-Nr.", 27, "L"), ("Ihre Art.-Nr.", 29, "L"), ("Bezeichnung", 66, "L"),
                    ("Menge", 12, "R"), ("ME", 9, "C"), ("Preis €", 16, "R"), ("Gesamt €", 18, "R")],
        "rows": [
            ["1", "KA-30117", "HS933-12040-ZP", "Sechskantschraube DIN 933 M12x40 8.8 vz", "6", "Pak", "16,90", "101,40"],
            ["2", "KA-30118", "HS933-12050-ZP", "Sechskantschraube DIN 933 M12x50 8.8 vz", "4", "Pak", "19,30", "77,20"],
            ["3", "KA-30240", "NL985-M12-ZP", "Sicherungsmutter DIN 985 M12 vz", "10", "Pak", "7,40", "74,00"],
            ["4", "KA-30311", "WA-M10X95-ZP", "Bolzenanker M10x95 vz", "3", "Pak", "23,50", "70,50"],
        ],
        "footer": ["Nettobetrag: 323,10 EUR   zzgl. 19 % MwSt.", "Lieferung frei Haus. Zahlung 30 Tage netto.",
                   "Bitte geben Sie unsere Bestellnummer auf allen Lieferpapieren an."],
    })
    eml("p02_kessler_bestellung_pdf.eml", "Jürgen Albrecht <j.albrecht@kessler-anlagenbau.de>",
        "Bestellung 2026-4488", "Fri, 4 Dec 2026 11:30:00 +0100",
        "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung 2026-4488 mit der Bitte um Auftragsbestätigung.\n"
        "Achtung: Lieferung bitte an unser Werk 2 in Salach.\n\nMit freundlichen Grüßen\nJürgen Albrecht\n",
        E("Kessler Anlagenbau GmbH", "2026-4488", "2026-12-04", "2026-12-16", "EUR",
          S("Kessler Anlagenbau GmbH - Werk 2", "Robert-Bosch-Straße 5", "Salach", None, "73084", "DE"), [
            L("HS933-12040-ZP", 6, "BX", 16.90, cp="KA-30117", desc="Sechskantschraube DIN 933 M12x40 8.8 vz"),
            L("HS933-12050-ZP", 4, "BX", 19.30, cp="KA-30118", desc="Sechskantschraube DIN 933 M12x50 8.8 vz"),
            L("NL985-M12-ZP", 10, "BX", 7.40, cp="KA-30240", desc="Sicherungsmutter DIN 985 M12 vz"),
            L("WA-M10X95-ZP", 3, "BX", 23.50, cp="KA-30311", desc="Bolzenanker M10x95 vz"),
        ]), "PDF: German letterhead, boxed table, buyer and seller codes, plant ship-to",
        attachments=[("Bestellung_2026-4488.pdf", pdf, PDF)])

    # P3 GB formal
    pdf = make_pdf({
        "font": "liberation", "title": "PURCHASE ORDER",
        "letterhead": ["Anglian Food Processing plc", "Factory Lane, Wisbech, Cambridgeshire PE13 2RW  ·  VAT GB 123 4567 89"],
        "meta": [("Order No:", "AFP-077402"), ("Order Date:", "03/12/2026"), ("Required Date:", "10/12/2026"),
                 ("Supplier A/C:", "BOLT01"), ("Buyer:", "Priya Shah")],
        "left_block": ("Supplier:", ["Boltway Industrial Supply", "sales@boltway-supply.com"]),
        "right_block": ("Deliver To:", ["Anglian Food Processing plc", "Engineering Stores", "Factory Lane", "Wisbech", "Cambridgeshire", "PE13 2RW"]),
        "columns": [("Our Code", 28, "L"), ("Description", 80, "L"), ("Qty", 14, "R"), ("Unit", 14, "C"), ("Price £", 20, "R"), ("Value £", 20, "R")],
        "rows": [
            ["AFP-ENG-5521", "Hex set screw M10 x 30 stainless A2 (box 100)", "6", "BOX", "18.60", "111.60"],
            ["AFP-ENG-5522", "Hex set screw M10 x 40 stainless A2 (box 100)", "4", "BOX", "21.40", "85.60"],
            ["AFP-ENG-5530", "Nyloc nut M10 stainless A2 (box 100)", "10", "BOX", "9.90", "99.00"],
            ["AFP-ENG-5540", "Flat washer M10 form A stainless A2 (box 100)", "10", "BOX", "3.80", "38.00"],
            ["AFP-ENG-6001", "Silicone lubricant spray 400ml (food area)", "12", "EACH", "4.80", "57.60"],
        ],
        "footer": ["Goods total: £391.80    VAT @ 20%: £78.36    Order total: £470.16",
                   "Deliveries accepted Mon-Thu 07:00-14:00. Conditions of purchase overleaf."],
    })
    eml("p03_anglian_po_pdf.eml", "Priya Shah <priya.shah@anglianfoods.co.uk>", "Purchase Order AFP-077402",
        "Thu, 3 Dec 2026 15:10:00 +0000",
        "Hi,\n\nPlease see attached PO AFP-077402. Kindly confirm receipt.\n\nThanks\nPriya\n",
        E("Anglian Food Processing plc", "AFP-077402", "2026-12-03", "2026-12-10", "GBP",
          S("Anglian Food Processing plc", "Factory Lane", "Wisbech", "Cambridgeshire", "PE13 2RW", "GB"), [
            L("HS933-10030-A2", 6, "BX", 18.60, cp="AFP-ENG-5521", desc="Hex set screw M10 x 30 stainless A2 (box 100)"),
            L("HS933-10040-A2", 4, "BX", 21.40, cp="AFP-ENG-5522", desc="Hex set screw M10 x 40 stainless A2 (box 100)"),
            L("NL985-M10-A2", 10, "BX", 9.90, cp="AFP-ENG-5530", desc="Nyloc nut M10 stainless A2 (box 100)"),
            L("FW125-M10-A2", 10, "BX", 3.80, cp="AFP-ENG-5540", desc="Flat washer M10 form A stainless A2 (box 100)"),
            L("LB-SIL-400", 12, "EA", 4.80, cp="AFP-ENG-6001", desc="Silicone lubricant spray 400ml (food area)"),
        ]), "PDF: GB formal PO, buyer codes only, VAT footer, dd/mm/yyyy",
        attachments=[("AFP-077402.pdf", pdf, PDF)])

    # P4 India GST
    pdf = make_pdf({
        "font": "dejavu", "boxed": True, "title": "PURCHASE ORDER", "title_align": "C",
        "letterhead": ["DECCAN PLANT ENGINEERING PVT LTD", "Plot 44, MIDC Bhosari, Pune - 411026, Maharashtra  |  GSTIN: 27AABCD1234E1Z5"],
        "meta": [("PO No.", "DPE/PUR/2026-27/1177"), ("PO Date", "01/12/2026"), ("Delivery Date", "15/12/2026"),
                 ("Quotation Ref.", "BW/Q/2598"), ("Payment", "45 days")],
        "left_block": ("To,", ["Boltway Industrial Supply", "sales@boltway-supply.com"]),
        "right_block": ("Consignee / Ship To:", ["Deccan Plant Engineering Pvt Ltd - Unit II", "Gat No. 205, Chakan-Talegaon Road", "Pune - 410501, Maharashtra"]),
        "columns": [("Sr", 8, "C"), ("Item Code", 26, "L"), ("Description", 66, "L"), ("HSN", 16, "C"), ("Qty", 12, "R"), ("UOM", 12, "C"), ("Rate", 18, "R"), ("Amount", 22, "R")],
        "rows": [
            ["1", "DPE-FAS-0441", "Threaded rod M10 x 1 mtr zinc plated", "7318", "100", "Nos", "185.00", "18,500.00"],
            ["2", "DPE-FAS-0442", "Threaded rod M12 x 1 mtr zinc plated", "7318", "60", "Nos", "260.00", "15,600.00"],
            ["3", "DPE-FAS-0210", "Hex nut M10 zinc plated (box of 100)", "7318", "10", "Box", "300.00", "3,000.00"],
            ["4", "DPE-FAS-0310", "Plain washer M10 zinc (box of 100)", "7318", "10", "Box", "160.00", "1,600.00"],
        ],
        "footer": ["Sub Total: 38,700.00   CGST 9%: 3,483.00   SGST 9%: 3,483.00   Grand Total (INR): 45,666.00",
                   "Amount in words: Rupees Forty Five Thousand Six Hundred Sixty Six Only.",
                   "Test certificates required with supply. For Deccan Plant Engineering Pvt Ltd - Authorised Signatory"],
    })
    eml("p04_deccan_gst_pdf.eml", "Purchase Dept - DPE <purchase@deccanplant.in>", "PO DPE/PUR/2026-27/1177",
        "Tue, 1 Dec 2026 16:00:00 +0530",
        "Dear Sir,\n\nPlease find attached PO for threaded rods and nuts. Material to be delivered at our Chakan Unit II.\n\nRegards,\nS. R. Kulkarni\n",
        E("Deccan Plant Engineering Pvt Ltd", "DPE/PUR/2026-27/1177", "2026-12-01", "2026-12-15", "INR",
          S("Deccan Plant Engineering Pvt Ltd - Unit II", "Gat No. 205, Chakan-Talegaon Road", "Pune", "Maharashtra", "410501", "IN"), [
            L("TR976-M10-1M-ZP", 100, "EA", 185.00, cp="DPE-FAS-0441", desc="Threaded rod M10 x 1 mtr zinc plated"),
            L("TR976-M12-1M-ZP", 60, "EA", 260.00, cp="DPE-FAS-0442", desc="Threaded rod M12 x 1 mtr zinc plated"),
            L("HN934-M10-ZP", 10, "BX", 300.00, cp="DPE-FAS-0210", desc="Hex nut M10 zinc plated (box of 100)"),
            L("FW125-M10-ZP", 10, "BX", 160.00, cp="DPE-FAS-0310", desc="Plain washer M10 zinc (box of 100)"),
        ]), "PDF: India GST PO, boxed, HSN column, CGST/SGST footer, Unit II ship-to",
        attachments=[("PO_DPE_1177.pdf", pdf, PDF)])

    # P5 Czech
    pdf = make_pdf({
        "font": "dejavu", "title": "OBJEDNÁVKA č. OBJ-2026-0931", "title_align": "L",
        "letterhead": ["Moravská strojírna s.r.o.", "Průmyslová 1120, 779 00 Olomouc · IČO 25873456 · DIČ CZ25873456"],
        "meta": [("Datum:", "04.12.2026"), ("Termín dodání:", "21.12.2026"), ("Vyřizuje:", "Petr Dvořák"), ("Měna:", "CZK")],
        "left_block": ("Dodavatel:", ["Boltway Industrial Supply", "sales@boltway-supply.com"]),
        "right_block": ("Místo dodání:", ["Moravská strojírna s.r.o. - sklad", "Průmyslová 1120", "779 00 Olomouc"]),
        "columns": [("Pol.", 10, "C"), ("Popis", 90, "L"), ("Množství", 18, "R"), ("MJ", 12, "C"), ("Cena/MJ", 22, "R"), ("Celkem", 24, "R")],
        "rows": [
            ["1", "Šroub šestihranný DIN 931 M10x60 A2 (bal. 50 ks)", "2", "bal", "640,00", "1 280,00"],
            ["2", "Matice šestihranná DIN 934 M10 A2", "4", "bal", "178,00", "712,00"],
            ["3", "Podložka velká M10x30 A2", "4", "bal", "255,00", "1 020,00"],
            ["4", "Závitová tyč DIN 976 M10 A2, 1 m", "20", "ks", "168,00", "3 360,00"],
        ],
        "footer": ["Celkem bez DPH: 6 372,00 CZK", "Na faktuře uvádějte číslo naší objednávky."],
    })
    eml("p05_moravska_objednavka_pdf.eml", "Petr Dvořák <dvorak@moravska-strojirna.cz>", "Objednávka OBJ-2026-0931",
        "Fri, 4 Dec 2026 13:40:00 +0100",
        "Dobrý den,\n\nv příloze zasílám objednávku. Prosím o potvrzení.\n\nS pozdravem\nPetr Dvořák\n",
        E("Moravská strojírna s.r.o.", "OBJ-2026-0931", "2026-12-04", "2026-12-21", "CZK",
          S("Moravská strojírna s.r.o. - sklad", "Průmyslová 1120", "Olomouc", None, "77900", "CZ"), [
            L("HB931-10060-A2", 2, "BX", 640.00, desc="Šroub šestihranný DIN 931 M10x60 A2 (bal. 50 ks)"),
            L("HN934-M10-A2", 4, "BX", 178.00, desc="Matice šestihranná DIN 934 M10 A2"),
            L("PW-M10X30-A2", 4, "BX", 255.00, desc="Podložka velká M10x30 A2"),
            L("TR976-M10-1M-A2", 20, "EA", 168.00, desc="Závitová tyč DIN 976 M10 A2, 1 m"),
        ]), "PDF: Czech PO, CZK prices with space thousands separator, no item codes",
        attachments=[("OBJ-2026-0931.pdf", pdf, PDF)])

    # P6 US no prices
    pdf = make_pdf({
        "font": "mono", "size": 8.5, "boxed": True, "title": "PURCHASE ORDER  BRS-118215",
        "letterhead": ["BAYTOWN REFINERY SERVICES INC", "1500 DECKER DR  BAYTOWN TX 77520  (281) 555-0190"],
        "meta": [("PO DATE", "12/03/2026"), ("REQUIRED", "12/10/2026"), ("SHIP VIA", "BEST WAY"), ("FOB", "DEST")],
        "left_block": ("VENDOR", ["BOLTWAY INDUSTRIAL SUPPLY", "SALES@BOLTWAY-SUPPLY.COM"]),
        "right_block": ("SHIP TO", ["BAYTOWN REFINERY SERVICES INC", "GATE 4 RECEIVING", "1500 DECKER DR", "BAYTOWN TX 77520"]),
        "columns": [("LN", 10, "C"), ("STOCK CODE", 28, "L"), ("DESCRIPTION", 100, "L"), ("QTY", 18, "R"), ("UOM", 16, "C")],
        "rows": [
            ["1", "STK-44120", "ANCHOR WEDGE M12 X 110 ZINC BX/25", "4", "BX"],
            ["2", "STK-44301", "ANCHOR ADHESIVE POLYESTER 410ML CART", "24", "EA"],
            ["3", "STK-51266", "BIT SDS PLUS 12MM X 260MM", "6", "EA"],
            ["4", "STK-60410", "PENETRATING OIL AEROSOL 400ML", "24", "EA"],
            ["5", "STK-70110", "GLOVE CUT LEVEL C SZ 10", "36", "PR"],
        ],
        "footer": ["PRICING PER CURRENT AGREEMENT. DO NOT SHIP BACKORDERS WITHOUT APPROVAL.", "APPROVED BY: D. HEBERT"],
    })
    eml("p06_baytown_noprice_pdf.eml", "Purchasing <purchasing@baytownrs.com>", "PO BRS-118215",
        "Thu, 3 Dec 2026 10:20:00 -0600",
        "Attached PO BRS-118215. Please confirm ship date.\n\nPurchasing Dept.\nBaytown Refinery Services\n",
        E("Baytown Refinery Services Inc", "BRS-118215", "2026-12-03", "2026-12-10", None,
          S("BAYTOWN REFINERY SERVICES INC", "1500 DECKER DR", "BAYTOWN", "TX", "77520", "US"), [
            L("WA-M12X110-ZP", 4, "BX", cp="STK-44120", desc="ANCHOR WEDGE M12 X 110 ZINC BX/25"),
            L("CR-PE-410", 24, "EA", cp="STK-44301", desc="ANCHOR ADHESIVE POLYESTER 410ML CART"),
            L("SDS-12X260", 6, "EA", cp="STK-51266", desc="BIT SDS PLUS 12MM X 260MM"),
            L("LB-PEN-400", 24, "EA", cp="STK-60410", desc="PENETRATING OIL AEROSOL 400ML"),
            L("GL-CUTC-10", 36, "PR", cp="STK-70110", desc="GLOVE CUT LEVEL C SZ 10"),
        ]), "PDF: US monospace boxed PO without prices, buyer stock codes",
        attachments=[("BRS-118215.pdf", pdf, PDF)])

    # P7 Italian
    pdf = make_pdf({
        "font": "serif", "title": "ORDINE FORNITORE N. 2026/0395 del 04/12/2026", "title_align": "L",
        "letterhead": ["Officine Meccaniche Brembo Valle S.r.l.", "Via dell'Industria 45 - 24012 Brembilla (BG) - P.IVA IT02345670165"],
        "meta": [("Data consegna", "15/12/2026"), ("Pagamento", "RB 60 gg fm"), ("Resa", "Franco destino")],
        "left_block": ("Spett.le Fornitore", ["Boltway Industrial Supply", "sales@boltway-supply.com"]),
        "right_block": ("Destinazione merce", ["Officine Meccaniche Brembo Valle S.r.l.", "Via dell'Industria 45", "24012 Brembilla (BG)"]),
        "columns": [("Ns. codice", 28, "L"), ("Vs. codice", 32, "L"), ("Descrizione", 70, "L"), ("Q.tà", 14, "R"), ("UM", 12, "C"), ("Prezzo €", 20, "R")],
        "rows": [
            ["OMV-VT-0812", "HS933-08030-A2", "Vite TE DIN 933 M8x30 inox A2", "5", "CF", "12,40"],
            ["OMV-VT-0813", "HS933-08035-A2", "Vite TE DIN 933 M8x35 inox A2", "5", "CF", "13,10"],
            ["OMV-DD-0810", "HN934-M8-A2", "Dado esagonale DIN 934 M8 inox A2", "10", "CF", "4,30"],
            ["OMV-RO-0810", "FW125-M8-A2", "Rosetta piana DIN 125 M8 inox A2", "10", "CF", "2,90"],
        ],
        "footer": ["Imponibile € 205,00 - IVA 22% esclusa.", "Si prega di restituire copia firmata per accettazione."],
    })
    eml("p07_omvalle_ordine_pdf.eml", "Laura Gritti <acquisti@omvalle.it>", "Ordine fornitore 2026/0395",
        "Fri, 4 Dec 2026 10:00:00 +0100",
        "Buongiorno,\n\nin allegato il ns. ordine 2026/0395. Cortesemente confermare.\n\nCordiali saluti\nLaura Gritti\n",
        E("Officine Meccaniche Brembo Valle S.r.l.", "2026/0395", "2026-12-04", "2026-12-15", "EUR",
          S("Officine Meccaniche Brembo Valle S.r.l.", "Via dell'Industria 45", "Brembilla", "BG", "24012", "IT"), [
            L("HS933-08030-A2", 5, "BX", 12.40, cp="OMV-VT-0812", desc="Vite TE DIN 933 M8x30 inox A2"),
            L("HS933-08035-A2", 5, "BX", 13.10, cp="OMV-VT-0813", desc="Vite TE DIN 933 M8x35 inox A2"),
            L("HN934-M8-A2", 10, "BX", 4.30, cp="OMV-DD-0810", desc="Dado esagonale DIN 934 M8 inox A2"),
            L("FW125-M8-A2", 10, "BX", 2.90, cp="OMV-RO-0810", desc="Rosetta piana DIN 125 M8 inox A2"),
        ]), "PDF: Italian serif PO with both buyer and seller codes, CF (confezione) unit",
        attachments=[("Ordine_2026-0395.pdf", pdf, PDF)])

    # P8 Northgate no prices
    pdf = make_pdf({
        "font": "dejavu", "boxed": True, "title": "Purchase Order",
        "letterhead": ["Northgate Facilities Management", "Northgate House, 22 Wellington Street, Leeds LS1 4DL"],
        "meta": [("PO Number", "NFM-PO-55118"), ("Date Raised", "02/12/2026"), ("Delivery Date", "08/12/2026"), ("Cost Centre", "LGI-EST-04")],
        "left_block": ("Supplier", ["Boltway Industrial Supply"]),
        "right_block": ("Delivery Address", ["Northgate FM - LGI Works Dept", "Great George Street", "Leeds", "LS1 3EX"]),
        "columns": [("Item Ref", 26, "L"), ("Description", 110, "L"), ("Qty", 20, "R"), ("Unit", 20, "C")],
        "rows": [
            ["NFM-2231", "Frame fixings 10 x 100 (box 50)", "5", "Box"],
            ["NFM-2240", "Nylon wall plugs 6mm (box 100)", "10", "Box"],
            ["NFM-2245", "Chipboard screws 5.0 x 80 (box 100)", "4", "Box"],
            ["NFM-2246", "Chipboard screws 4.0 x 40 (box 200)", "4", "Box"],
            ["NFM-2301", "SDS+ masonry drill 6 x 160", "10", "Each"],
        ],
        "footer": ["Prices as per framework agreement NFM/FW/2025/07. Please quote PO number on invoice."],
    })
    eml("p08_northgate_noprice_pdf.eml", "Sarah Whitlock <sarah.whitlock@northgatefm.co.uk>", "PO NFM-PO-55118",
        "Wed, 2 Dec 2026 12:00:00 +0000",
        "Hi, please see attached PO for the LGI job. Delivery address is on the PO.\n\nThanks\nSarah\n",
        E("Northgate Facilities Management", "NFM-PO-55118", "2026-12-02", "2026-12-08", None,
          S("Northgate FM - LGI Works Dept", "Great George Street", "Leeds", None, "LS1 3EX", "GB"), [
            L("FF-10X100", 5, "BX", cp="NFM-2231", desc="Frame fixings 10 x 100 (box 50)"),
            L("NP-6-100", 10, "BX", cp="NFM-2240", desc="Nylon wall plugs 6mm (box 100)"),
            L("CB-5080-100", 4, "BX", cp="NFM-2245", desc="Chipboard screws 5.0 x 80 (box 100)"),
            L("CB-4040-200", 4, "BX", cp="NFM-2246", desc="Chipboard screws 4.0 x 40 (box 200)"),
            L("SDS-6X160", 10, "EA", cp="NFM-2301", desc="SDS+ masonry drill 6 x 160"),
        ]), "PDF: GB PO without prices, buyer item refs, delivery site differs from letterhead",
        attachments=[("NFM-PO-55118.pdf", pdf, PDF)])

    # P9 Canada CAD
    pdf = make_pdf({
        "font": "liberation", "title": "PURCHASE ORDER #60530",
        "letterhead": ["Great Lakes Millwright Co.", "55 Bertrand Ave, Hamilton, ON L8H 4N2  ·  905-555-0177"],
        "meta": [("Date", "2026-12-05"), ("Required", "2026-12-18"), ("Terms", "2% 10 Net 30"), ("Currency", "CAD")],
        "left_block": ("Vendor", ["Boltway Industrial Supply"]),
        "right_block": ("Ship To", ["Great Lakes Millwright Co.", "55 Bertrand Ave", "Hamilton, ON  L8H 4N2", "Canada"]),
        "columns": [("#", 8, "C"), ("Description", 96, "L"), ("Qty", 16, "R"), ("U/M", 14, "C"), ("Unit $", 22, "R"), ("Ext $", 24, "R")],
        "rows": [
            ["1", "Hex cap screw 3/8-16 x 1-1/2 Gr 8 yellow zinc", "10", "BX", "21.40", "214.00"],
            ["2", "Nylon insert lock nut 3/8-16", "10", "BX", "11.80", "118.00"],
            ["3", "SAE flat washer 3/8", "10", "BX", "4.45", "44.50"],
            ["4", "Hex bolt M12 x 80 cl. 10.9 (bx 50)", "2", "BX", "28.75", "57.50"],
        ],
        "footer": ["Subtotal 434.00   HST 13% 56.42   Total CAD 490.42"],
    })
    eml("p09_greatlakes_cad_pdf.eml", "Doug Kowalski <dkowalski@glmillwright.ca>", "PO 60530",
        "Sat, 5 Dec 2026 09:00:00 -0500",
        "Hi, PO attached. Thanks, Doug\n",
        E("Great Lakes Millwright Co.", "60530", "2026-12-05", "2026-12-18", "CAD",
          S("Great Lakes Millwright Co.", "55 Bertrand Ave", "Hamilton", "ON", "L8H 4N2", "CA"), [
            L("UNC8-3816-150", 10, "BX", 21.40, desc="Hex cap screw 3/8-16 x 1-1/2 Gr 8 yellow zinc"),
            L("UNCNL-3816-ZP", 10, "BX", 11.80, desc="Nylon insert lock nut 3/8-16"),
            L("SAEW-38-ZP", 10, "BX", 4.45, desc="SAE flat washer 3/8"),
            L("HB931-12080-109", 2, "BX", 28.75, desc="Hex bolt M12 x 80 cl. 10.9 (bx 50)"),
        ]), "PDF: Canadian PO, CAD prices, ISO dates, no codes",
        attachments=[("PO60530.pdf", pdf, PDF)])

    # P10 Swedish SEK
    pdf = make_pdf({
        "font": "dejavu", "boxed": True, "title": "INKÖPSORDER 45833",
        "letterhead": ["Norrland Verkstad AB", "Verkstadsvägen 3, 903 61 Umeå · Org.nr 556123-4567"],
        "meta": [("Orderdatum", "2026-12-03"), ("Önskat lev.datum", "2026-12-17"), ("Er referens", "Boltway Sales"), ("Vår referens", "Erik Lindqvist")],
        "left_block": ("Leverantör", ["Boltway Industrial Supply"]),
        "right_block": ("Leveransadress", ["Norrland Verkstad AB", "Verkstadsvägen 3", "903 61 Umeå"]),
        "columns": [("Rad", 10, "C"), ("Ert art.nr", 34, "L"), ("Benämning", 82, "L"), ("Antal", 14, "R"), ("Enh", 12, "C"), ("à-pris SEK", 24, "R")],
        "rows": [
            ["1", "BR-AS-4812-1000", "Blindnit 4,8x12 Al/St 1000 st", "4", "krt", "229,00"],
            ["2", "BR-AS-4812-500", "Blindnit 4,8x12 Al/St 500 st", "2", "krt", "129,00"],
            ["3", "TL-270-50", "Gänglåsning hög styrka 50 ml", "10", "st", "165,00"],
            ["4", "CD-115-10-INOX", "Kapskiva 115x1,0 inox", "6", "krt", "189,00"],
        ],
        "footer": ["Leveransvillkor: DAP Umeå. Betalningsvillkor: 30 dagar netto."],
    })
    eml("p10_norrland_inkopsorder_pdf.eml", "Erik Lindqvist <erik.lindqvist@norrlandverkstad.se>", "Inköpsorder 45833",
        "Thu, 3 Dec 2026 08:45:00 +0100",
        "Hej,\n\nbifogar inköpsorder 45833.\n\nMvh\nErik\n",
        E("Norrland Verkstad AB", "45833", "2026-12-03", "2026-12-17", "SEK",
          S("Norrland Verkstad AB", "Verkstadsvägen 3", "Umeå", None, "90361", "SE"), [
            L("BR-AS-4812-1000", 4, "BX", 229.00, desc="Blindnit 4,8x12 Al/St 1000 st"),
            L("BR-AS-4812-500", 2, "BX", 129.00, desc="Blindnit 4,8x12 Al/St 500 st"),
            L("TL-270-50", 10, "EA", 165.00, desc="Gänglåsning hög styrka 50 ml"),
            L("CD-115-10-INOX", 6, "BX", 189.00, desc="Kapskiva 115x1,0 inox"),
        ]), "PDF: Swedish PO, SEK, seller codes, rivet box 500 vs 1000 on adjacent lines",
        attachments=[("Inkopsorder_45833.pdf", pdf, PDF)])
