from lib import *
from fpdf import FPDF

def pdf_po(title, letterhead, meta, addr_blocks, cols, widths, rows, border=1, footer=(), aligns=None):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    for i, l in enumerate(letterhead):
        if i == 1:
            pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 6 if i == 0 else 4.5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    for k, v in meta:
        pdf.cell(45, 5, k)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # address blocks side by side
    y0 = pdf.get_y()
    x = pdf.l_margin
    maxh = 0
    for head, lines in addr_blocks:
        pdf.set_xy(x, y0)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(90, 5, head, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        for l in lines:
            pdf.cell(90, 4.6, l, new_x="LEFT", new_y="NEXT")
        maxh = max(maxh, pdf.get_y() - y0)
        x += 95
    pdf.set_xy(pdf.l_margin, y0 + maxh + 4)
    pdf.set_font("Helvetica", "B", 9)
    if border == 0:
        pdf.set_draw_color(255, 255, 255)
    aligns = aligns or ["L"] * len(cols)
    for c, w in zip(cols, widths):
        pdf.cell(w, 7, c, border=1 if border else "B", fill=False)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for r in rows:
        for c, w, a in zip(r, widths, aligns):
            pdf.cell(w, 6.5, str(c), border=border, align=a)
        pdf.ln()
    pdf.ln(4)
    pdf.set_draw_color(0, 0, 0)
    for f in footer:
        pdf.multi_cell(0, 5, f, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())

def att(name, data):
    return [(name, data, "application/pdf")]

def build():
    # P1 Harbour Hotels Brighton, boxed, buyer codes + prices GBP
    rows = [("HH-BEV-0112","Peroni Nastro Azzurro 50L keg","4","EA","208.00","832.00"),
            ("HH-BEV-0118","Guinness Draught 30L keg","2","EA","118.00","236.00"),
            ("HH-BEV-0231","Gordon's London Dry Gin 1L","12","BTL","19.80","237.60"),
            ("HH-BEV-0236","Smirnoff Red Label 1L","12","BTL","18.60","223.20"),
            ("HH-BEV-0240","Captain Morgan Spiced 70cl","6","BTL","15.10","90.60"),
            ("HH-BEV-0402","Fever-Tree Refreshingly Light Tonic 24x200ml","10","CASE","17.80","178.00"),
            ("HH-BEV-0417","Coca-Cola Post-Mix BIB 7L","3","EA","48.00","144.00")]
    d = pdf_po("PURCHASE ORDER", ["HARBOUR HOTELS GROUP", "Central Purchasing - 64 Kings Road, Brighton BN1 1NA - VAT GB 284 1193 07", "purchasing@harbourhotels-group.com"],
        [("PO Number:","HHG-PO-240518"),("PO Date:","01/12/2026"),("Delivery Date:","08/12/2026"),("Currency:","GBP"),("Supplier:","Cellarline Drinks Distribution")],
        [("Deliver To:",["The Harbour Hotel Brighton","Goods Receiving","64 Kings Road","Brighton, East Sussex","BN1 1NA"]),
         ("Invoice To:",["Harbour Hotels Group - Accounts Payable","PO Box 4471","Brighton BN1 9ZZ"])],
        ["Our Code","Description","Qty","UoM","Unit Price","Line Total"], [28,78,14,14,24,26], rows,
        footer=["Goods Total: GBP 1,941.40   VAT 20%: GBP 388.28   PO Total: GBP 2,329.68",
                "Deliveries accepted Mon-Fri 07:00-11:00 only. Please quote PO number on all invoices."],
        aligns=["L","L","R","C","R","R"])
    eml("43_harbour_pdf_po.eml", "Harbour Hotels Purchasing <purchasing@harbourhotels-group.com>", "Purchase Order HHG-PO-240518",
        dt(2026,12,1,14,22), "Please find attached Purchase Order HHG-PO-240518.\n\nThis is an automated message from Harbour Hotels Group Procurement.\n",
        label(customer=cname("C003"), po="HHG-PO-240518", od="2026-12-01", rd="2026-12-08", cur="GBP",
              ship_to=ship("The Harbour Hotel Brighton","64 Kings Road","Brighton","East Sussex","BN1 1NA","GB"), lines=[
            L("BR-2012","HH-BEV-0112","Peroni Nastro Azzurro 50L keg",4,"EA",208.00),
            L("BR-2002","HH-BEV-0118","Guinness Draught 30L keg",2,"EA",118.00),
            L("SP-3002","HH-BEV-0231","Gordon's London Dry Gin 1L",12,"EA",19.80),
            L("SP-3022","HH-BEV-0236","Smirnoff Red Label 1L",12,"EA",18.60),
            L("SP-3033","HH-BEV-0240","Captain Morgan Spiced 70cl",6,"EA",15.10),
            L("SD-4012","HH-BEV-0402","Fever-Tree Refreshingly Light Tonic 24x200ml",10,"CS",17.80),
            L("SD-4007","HH-BEV-0417","Coca-Cola Post-Mix BIB 7L",3,"EA",48.00)]),
        "PDF PO: hotel group letterhead, boxed table, buyer codes, GBP prices, separate invoice-to",
        attachments=att("HHG-PO-240518.pdf", d))

    # P2 Merrion Collection, EUR, no buyer codes, our SKUs quoted
    rows = [("1","WN-1401","Prosecco DOC Brut Villa Dora 75cl","60","9.70"),
            ("2","WN-1801","Champagne Maison Delorme Brut NV 75cl","36","32.00"),
            ("3","BR-2001","Guinness Draught Keg 50L","6","215.00"),
            ("4","SP-3041","Jameson Irish Whiskey 70cl","24","23.50"),
            ("5","SD-4011","Fever-Tree Premium Indian Tonic 24x200ml","12","20.50")]
    d = pdf_po("PURCHASE ORDER", ["The Merrion Collection", "88 St Stephen's Green, Dublin D02 X576, Ireland", "Tel +353 1 555 0188"],
        [("Order No.","MC-PO-55871"),("Date","07-12-2026"),("Delivery required","21-12-2026"),("Prices in","EUR excl. VAT")],
        [("Ship to",["Stephen's Green Hotel","88 St Stephen's Green","Dublin","D02 X576","Ireland"])],
        ["Line","Supplier Item","Description","Qty","Unit EUR"], [12,28,94,16,26], rows,
        footer=["Authorised by: A. Byrne, Purchasing"], aligns=["C","L","L","R","R"])
    eml("44_merrion_pdf.eml", "Aoife Byrne <aoife.byrne@merrioncollection.ie>", "PO MC-PO-55871",
        dt(2026,12,7,9,5), "Hi,\n\nPO attached for Christmas week. Please confirm receipt.\n\nAoife\n",
        label(customer=cname("C009"), po="MC-PO-55871", od="2026-12-07", rd="2026-12-21", cur="EUR",
              ship_to=ship("Stephen's Green Hotel","88 St Stephen's Green","Dublin",None,"D02 X576","IE"), lines=[
            L("WN-1401",None,"Prosecco DOC Brut Villa Dora 75cl",60,"EA",9.70),
            L("WN-1801",None,"Champagne Maison Delorme Brut NV 75cl",36,"EA",32.00),
            L("BR-2001",None,"Guinness Draught Keg 50L",6,"EA",215.00),
            L("SP-3041",None,"Jameson Irish Whiskey 70cl",24,"EA",23.50),
            L("SD-4011",None,"Fever-Tree Premium Indian Tonic 24x200ml",12,"CS",20.50)]),
        "PDF PO: Irish hotel, our SKUs printed, EUR prices, dd-mm-yyyy dates",
        attachments=att("MC-PO-55871.pdf", d))

    # P3 Grupo Marisol, Spanish
    rows = [("MAR-1044","Cerveza Estrella Damm barril 50 L","5","barril","178,00"),
            ("MAR-1046","Cerveza Estrella Damm botella 24x33 cl","10","caja","25,90"),
            ("MAR-2210","Vino Rioja Crianza Monteviejo 2021 75 cl","36","botella","10,20"),
            ("MAR-2214","Vino blanco Sauvignon Blanc Kiwi Cove 2024 75 cl","24","botella","9,40"),
            ("MAR-3102","Ginebra Tanqueray 70 cl","12","botella","20,10"),
            ("MAR-4007","Agua con gas Cellarline vidrio 33 cl (24 uds)","15","caja","10,50")]
    d = pdf_po("PEDIDO DE COMPRA", ["GRUPO MARISOL HOTELES S.L.", "CIF B-29841177 - Paseo Marítimo Pablo Ruiz Picasso 45, 29016 Málaga", "compras@grupomarisol.es"],
        [("Nº Pedido:","PC-2026/1893"),("Fecha pedido:","02/12/2026"),("Fecha entrega:","10/12/2026"),("Moneda:","EUR"),("Proveedor:","Cellarline Drinks Distribution")],
        [("Lugar de entrega:",["Hotel Marisol Playa","Paseo Marítimo Pablo Ruiz Picasso 45","29016 Málaga","España"])],
        ["Ref. interna","Descripción","Cant.","Unidad","Precio"], [26,92,14,22,22], rows,
        footer=["Condiciones: pago a 60 días. Horario de recepción: 8:00 - 13:00."], aligns=["L","L","R","C","R"])
    eml("45_marisol_pdf_es.eml", "Compras Grupo Marisol <compras@grupomarisol.es>", "Pedido PC-2026/1893",
        dt(2026,12,2,12,44,1), "Buenos días,\n\nAdjuntamos pedido PC-2026/1893. Rogamos confirmación.\n\nSaludos,\nDpto. Compras\nGrupo Marisol Hoteles\n",
        label(customer=cname("C013"), po="PC-2026/1893", od="2026-12-02", rd="2026-12-10", cur="EUR",
              ship_to=ship("Hotel Marisol Playa","Paseo Marítimo Pablo Ruiz Picasso 45","Málaga",None,"29016","ES"), lines=[
            L("BR-2022","MAR-1044","Cerveza Estrella Damm barril 50 L",5,"EA",178.00),
            L("BR-2023","MAR-1046","Cerveza Estrella Damm botella 24x33 cl",10,"CS",25.90),
            L("WN-1502","MAR-2210","Vino Rioja Crianza Monteviejo 2021 75 cl",36,"EA",10.20),
            L("WN-1201","MAR-2214","Vino blanco Sauvignon Blanc Kiwi Cove 2024 75 cl",24,"EA",9.40),
            L("SP-3011","MAR-3102","Ginebra Tanqueray 70 cl",12,"EA",20.10),
            L("SD-4052","MAR-4007","Agua con gas Cellarline vidrio 33 cl (24 uds)",15,"CS",10.50)]),
        "PDF PO in Spanish, buyer refs, decimal commas, EUR",
        attachments=att("Pedido_PC-2026-1893.pdf", d))

    # P4 Hotel Spreeblick, German, our SKU as Artikelnr
    rows = [("1","SP-3013","Hendrick's Gin 0,7 l","6","Fl.","31,90"),
            ("2","SP-3024","Absolut Vodka 0,7 l","12","Fl.","18,40"),
            ("3","SP-3053","Campari Bitter 0,7 l","6","Fl.","19,80"),
            ("4","SP-3055","Martini Extra Dry 0,75 l","6","Fl.","10,20"),
            ("5","WN-1404","Prosecco DOC Brut Magnum 1,5 l","12","Fl.","22,60"),
            ("6","SD-4018","Fever-Tree Indian Tonic 8 x 0,5 l","6","Kart.","15,00")]
    d = pdf_po("BESTELLUNG", ["Hotel Spreeblick Berlin", "Mühlenstraße 60 - 10243 Berlin - USt-IdNr. DE318224905", "einkauf@spreeblick-hotel.de"],
        [("Bestellnummer:","4500019377"),("Bestelldatum:","03.12.2026"),("Liefertermin:","10.12.2026"),("Währung:","EUR")],
        [("Lieferanschrift:",["Hotel Spreeblick","Warenannahme","Mühlenstraße 60","10243 Berlin"]),("Lieferant:",["Cellarline Drinks Distribution","orders@cellarline-drinks.com"])],
        ["Pos.","Artikelnr.","Bezeichnung","Menge","ME","Preis/ME"], [12,26,86,18,14,24], rows,
        footer=["Bitte Bestellnummer auf Lieferschein und Rechnung angeben.","Mit freundlichen Grüßen, Einkauf Hotel Spreeblick"], aligns=["C","L","L","R","C","R"])
    eml("46_spreeblick_pdf_de.eml", "Einkauf Hotel Spreeblick <einkauf@spreeblick-hotel.de>", "Bestellung 4500019377",
        dt(2026,12,3,10,11,1), "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung 4500019377 mit der Bitte um Auftragsbestätigung.\n\nMit freundlichen Grüßen\nEinkauf\n",
        label(customer=cname("C017"), po="4500019377", od="2026-12-03", rd="2026-12-10", cur="EUR",
              ship_to=ship("Hotel Spreeblick","Mühlenstraße 60","Berlin",None,"10243","DE"), lines=[
            L("SP-3013",None,"Hendrick's Gin 0,7 l",6,"EA",31.90),
            L("SP-3024",None,"Absolut Vodka 0,7 l",12,"EA",18.40),
            L("SP-3053",None,"Campari Bitter 0,7 l",6,"EA",19.80),
            L("SP-3055",None,"Martini Extra Dry 0,75 l",6,"EA",10.20),
            L("WN-1404",None,"Prosecco DOC Brut Magnum 1,5 l",12,"EA",22.60),
            L("SD-4018",None,"Fever-Tree Indian Tonic 8 x 0,5 l",6,"CS",15.00)]),
        "PDF PO in German (SAP-style number), our SKUs as Artikelnr, decimal commas",
        attachments=att("Bestellung_4500019377.pdf", d))

    # P5 Lakeshore US, buyer item + vendor item
    rows = [("40210","BR-2061","Corona Extra 24/355ml bottles","20","CS","34.00"),
            ("40214","BR-2033","Heineken 24/440ml cans","10","CS","31.50"),
            ("40301","WN-1702","Pinot Noir Clos Aubert 2023 750ml","48","BT","14.00"),
            ("40305","WN-1701","Chardonnay Clos Aubert 2023 750ml","48","BT","13.25"),
            ("40412","SD-4017","Fever-Tree Club Soda 24/200ml","8","CS","19.75")]
    d = pdf_po("PURCHASE ORDER", ["LAKESHORE HOSPITALITY GROUP", "Corporate Purchasing | 233 S Wacker Dr, Suite 4100, Chicago, IL 60606", "ap@lakeshorehg.com"],
        [("P.O. No.","LHG-20957"),("P.O. Date","12/04/2026"),("Ship Date","12/14/2026"),("Terms","Net 30"),("Currency","USD")],
        [("Vendor",["Cellarline Drinks Distribution","orders@cellarline-drinks.com"]),("Ship To",["Lakeshore Grand Hotel - Receiving","400 N Lake Shore Drive","Chicago, IL 60611"])],
        ["Item #","Vendor #","Description","Qty","U/M","Unit Cost"], [18,24,86,14,14,24], rows,
        footer=["Subtotal $2,461.00","All shipments must reference the P.O. number."], aligns=["L","L","L","R","C","R"])
    eml("47_lakeshore_pdf_us.eml", "Dana Kowalski <dkowalski@lakeshorehg.com>", "PO LHG-20957 attached",
        dt(2026,12,4,15,30,-6), "Hi - PO LHG-20957 attached for the Grand. Thanks, Dana\n",
        label(customer=cname("C020"), po="LHG-20957", od="2026-12-04", rd="2026-12-14", cur="USD",
              ship_to=ship("Lakeshore Grand Hotel - Receiving","400 N Lake Shore Drive","Chicago","IL","60611","US"), lines=[
            L("BR-2061","40210","Corona Extra 24/355ml bottles",20,"CS",34.00),
            L("BR-2033","40214","Heineken 24/440ml cans",10,"CS",31.50),
            L("WN-1702","40301","Pinot Noir Clos Aubert 2023 750ml",48,"EA",14.00),
            L("WN-1701","40305","Chardonnay Clos Aubert 2023 750ml",48,"EA",13.25),
            L("SD-4017","40412","Fever-Tree Club Soda 24/200ml",8,"CS",19.75)]),
        "PDF PO, US: buyer item # and vendor # columns, month-first dates, corporate vs ship-to address",
        attachments=att("LHG-20957.pdf", d))

    # P6 Hotel des Arts, French, no prices
    rows = [("Champagne Delorme Brut NV 75 cl","24","bouteilles"),
            ("Champagne Delorme Rosé NV 75 cl","12","bouteilles"),
            ("Côtes de Provence rosé Lavandou 2024 75 cl","18","bouteilles"),
            ("Chardonnay Clos Aubert 2023","18","bouteilles"),
            ("Eau gazeuse Cellarline 75 cl (carton de 12)","6","cartons")]
    d = pdf_po("BON DE COMMANDE", ["Hôtel des Arts Montmartre", "5 rue Tholozé - 75018 Paris - SIRET 412 889 301 00027", "direction@hoteldesarts-paris.fr"],
        [("Commande n° :","BC-26-0412"),("Date :","04/12/2026"),("Livraison souhaitée :","le 18/12/2026"),("Fournisseur :","Cellarline Drinks Distribution")],
        [("Adresse de livraison :",["Hôtel des Arts Montmartre","5 rue Tholozé","75018 Paris"])],
        ["Désignation","Quantité","Unité"], [120,25,35], rows,
        footer=["Merci de livrer par l'entrée de service (rue Lepic)."], aligns=["L","R","L"])
    eml("48_hoteldesarts_pdf_fr.eml", "Élodie Martin <direction@hoteldesarts-paris.fr>", "Bon de commande BC-26-0412",
        dt(2026,12,4,11,20,1), "Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande pour les fêtes.\n\nBien cordialement,\nÉlodie Martin\n",
        label(customer=cname("C011"), po="BC-26-0412", od="2026-12-04", rd="2026-12-18", cur=None,
              ship_to=S("C011"), lines=[
            L("WN-1801",None,"Champagne Delorme Brut NV 75 cl",24,"EA"),
            L("WN-1804",None,"Champagne Delorme Rosé NV 75 cl",12,"EA"),
            L("WN-1601",None,"Côtes de Provence rosé Lavandou 2024 75 cl",18,"EA"),
            L("WN-1701",None,"Chardonnay Clos Aubert 2023",18,"EA"),
            L("SD-4054",None,"Eau gazeuse Cellarline 75 cl (carton de 12)",6,"CS")]),
        "PDF bon de commande in French, no prices, no codes",
        attachments=att("BC-26-0412.pdf", d))

    # P7 Greenleaf, borderless layout, GBP
    rows = [("Sauvignon Blanc Marlborough 2024 (case of 12)","3","100.80"),
            ("Rioja Crianza 2020 75cl","24","9.80"),
            ("Prosecco DOC Brut 75cl (case of 6)","8","48.00"),
            ("Heineken 0.0 24x330ml","4","20.90"),
            ("Fever-Tree Soda Water 24x200ml","3","16.20"),
            ("Still Water 24x330ml glass","6","9.60")]
    d = pdf_po("Purchase Order", ["Greenleaf Events Catering", "Unit 7 Fairfield Industrial Estate, Kingston upon Thames, Surrey KT1 2PJ", "accounts@greenleafcatering.co.uk | 020 8555 0192"],
        [("Order ref","GL-EVT-0951"),("Raised","3 December 2026"),("Event / delivery","Saturday 19 December 2026"),("Prices","GBP ex VAT")],
        [("Delivery address",["Richmond Riverside Pavilion","Water Lane","Richmond","Surrey TW9 1TJ"]),("Contact on the day",["Olivia Grant 07700 900118"])],
        ["Item","Qty","Unit price"], [120,20,30], rows, border=0,
        footer=["Please deliver before 10am. Any substitutions must be agreed in advance."], aligns=["L","R","R"])
    eml("49_greenleaf_pdf.eml", "Olivia Grant <olivia@greenleafcatering.co.uk>", "PO GL-EVT-0951 - Christmas party Richmond",
        dt(2026,12,3,16,2), "Hi, PO for the Richmond party attached - delivery to the venue please, not the unit. Thanks, Olivia\n",
        label(customer=cname("C004"), po="GL-EVT-0951", od="2026-12-03", rd="2026-12-19", cur="GBP",
              ship_to=ship("Richmond Riverside Pavilion","Water Lane","Richmond","Surrey","TW9 1TJ","GB"), lines=[
            L("WN-1204",None,"Sauvignon Blanc Marlborough 2024 (case of 12)",3,"CS",100.80),
            L("WN-1501",None,"Rioja Crianza 2020 75cl",24,"EA",9.80),
            L("WN-1403",None,"Prosecco DOC Brut 75cl (case of 6)",8,"CS",48.00),
            L("BR-2034",None,"Heineken 0.0 24x330ml",4,"CS",20.90),
            L("SD-4017",None,"Fever-Tree Soda Water 24x200ml",3,"CS",16.20),
            L("SD-4051",None,"Still Water 24x330ml glass",6,"CS",9.60)]),
        "PDF PO without table borders, caterer, event venue ship-to",
        attachments=att("GL-EVT-0951.pdf", d))

    # P8 Harbour Hotels, buyer codes only, no prices
    rows = [("HH-BEV-0112","Peroni 50L keg","2"),("HH-BEV-0150","Estrella Damm 50L keg","2"),
            ("HH-BEV-0155","Aspall Cyder 30L keg","1"),("HH-BEV-0290","Jagermeister 1L","6"),
            ("HH-BEV-0301","Baileys 1L","6"),("HH-BEV-0510","CO2 6.35kg cylinder","4")]
    d = pdf_po("PURCHASE ORDER - NO PRICES", ["HARBOUR HOTELS GROUP", "Central Purchasing - 64 Kings Road, Brighton BN1 1NA", "purchasing@harbourhotels-group.com"],
        [("PO Number:","HHG-PO-240533"),("PO Date:","04/12/2026"),("Delivery Date:","11/12/2026")],
        [("Deliver To:",["The Harbour Hotel Southampton","Cellar Door, 12 Ocean Way","Southampton, Hampshire","SO14 3JZ"])],
        ["Our Code","Description","Qty"], [35,110,20], rows,
        footer=["Price as per contract price list 2026."], aligns=["L","L","R"])
    eml("50_harbour_pdf_noprice.eml", "Harbour Hotels Purchasing <purchasing@harbourhotels-group.com>", "Purchase Order HHG-PO-240533",
        dt(2026,12,4,14,5), "Please find attached Purchase Order HHG-PO-240533.\n\nThis is an automated message from Harbour Hotels Group Procurement.\n",
        label(customer=cname("C003"), po="HHG-PO-240533", od="2026-12-04", rd="2026-12-11", cur=None,
              ship_to=ship("The Harbour Hotel Southampton","12 Ocean Way","Southampton","Hampshire","SO14 3JZ","GB"), lines=[
            L("BR-2012","HH-BEV-0112","Peroni 50L keg",2,"EA"),
            L("BR-2022","HH-BEV-0150","Estrella Damm 50L keg",2,"EA"),
            L("BR-2071","HH-BEV-0155","Aspall Cyder 30L keg",1,"EA"),
            L("SP-3062","HH-BEV-0290","Jagermeister 1L",6,"EA"),
            L("SP-3064","HH-BEV-0301","Baileys 1L",6,"EA"),
            L("CN-5021","HH-BEV-0510","CO2 6.35kg cylinder",4,"EA")]),
        "PDF PO, buyer codes only, no prices, another hotel site",
        attachments=att("HHG-PO-240533.pdf", d))

    # P9 Bondi Social, AUD
    rows = [("Beavertown Neck Oil 30L keg","3","189.00"),("Peroni 30L keg","2","172.00"),
            ("Pinot Grigio Ca' Bella 75cl","24","12.50"),("Aperol 70cl","12","24.00"),
            ("Prosecco Villa Dora 75cl","24","14.90"),("Red Bull Sugarfree 24pk","4","46.00")]
    d = pdf_po("PURCHASE ORDER", ["Bondi Social Pty Ltd", "ABN 51 824 753 556 | 38 Campbell Parade, Bondi Beach NSW 2026", "accounts@bondisocial.com.au"],
        [("Order #","BS-7790"),("Order date","05/12/2026"),("Deliver by","16/12/2026"),("All prices","AUD ex GST")],
        [("Ship to",["Bondi Social","38 Campbell Parade","Bondi Beach NSW 2026","Australia"])],
        ["Product","Qty","Unit AUD"], [120,20,30], rows, aligns=["L","R","R"])
    eml("51_bondi_pdf_au.eml", "Jess Nguyen <jess@bondisocial.com.au>", "New PO BS-7790",
        dt(2026,12,5,10,10,11), "Hi team, PO BS-7790 attached for the NYE build-up. Cheers, Jess\n",
        label(customer=cname("C021"), po="BS-7790", od="2026-12-05", rd="2026-12-16", cur="AUD",
              ship_to=S("C021"), lines=[
            L("BR-2051",None,"Beavertown Neck Oil 30L keg",3,"EA",189.00),
            L("BR-2011",None,"Peroni 30L keg",2,"EA",172.00),
            L("WN-1301",None,"Pinot Grigio Ca' Bella 75cl",24,"EA",12.50),
            L("SP-3051",None,"Aperol 70cl",12,"EA",24.00),
            L("WN-1401",None,"Prosecco Villa Dora 75cl",24,"EA",14.90),
            L("SD-4042",None,"Red Bull Sugarfree 24pk",4,"CS",46.00)]),
        "PDF PO, Australian, AUD prices",
        attachments=att("BS-7790.pdf", d))

    # P10 Enoteca Il Ponte, Italian with prices
    rows = [("WN1301","Pinot Grigio delle Venezie Ca' Bella 75cl","48","6,90"),
            ("WN1304","Pinot Grigio Blush Ca' Bella 75cl","24","6,90"),
            ("WN1406","Prosecco DOC Extra Dry Villa Dora 75cl","36","8,10"),
            ("SP3052","Aperol 1 lt","12","17,90"),
            ("SP3054","Martini Rosso 75cl","12","8,70")]
    d = pdf_po("ORDINE D'ACQUISTO", ["ENOTECA IL PONTE S.R.L.", "Via Vigevano 12 - 20144 Milano (MI) - P.IVA 08812440961", "ordini@enotecailponte.it"],
        [("Ordine n.","461"),("Data ordine","07/12/2026"),("Consegna entro","22/12/2026"),("Valuta","EUR")],
        [("Destinazione merce",["Magazzino Enoteca Il Ponte","Via Savona 97","20144 Milano (MI)"])],
        ["Cod. fornitore","Descrizione","Q.tà","Prezzo unit."], [30,100,18,30], rows, aligns=["L","L","R","R"])
    eml("52_ponte_pdf_it.eml", "Lucia Ferri <ordini@enotecailponte.it>", "Ordine n. 461",
        dt(2026,12,7,8,55,1), "Buongiorno,\nin allegato l'ordine n. 461. Attenzione: consegna al magazzino di Via Savona.\nCordiali saluti\nLucia Ferri\n",
        label(customer=cname("C014"), po="461", od="2026-12-07", rd="2026-12-22", cur="EUR",
              ship_to=ship("Magazzino Enoteca Il Ponte","Via Savona 97","Milano","MI","20144","IT"), lines=[
            L("WN-1301",None,"Pinot Grigio delle Venezie Ca' Bella 75cl",48,"EA",6.90),
            L("WN-1304",None,"Pinot Grigio Blush Ca' Bella 75cl",24,"EA",6.90),
            L("WN-1406",None,"Prosecco DOC Extra Dry Villa Dora 75cl",36,"EA",8.10),
            L("SP-3052",None,"Aperol 1 lt",12,"EA",17.90),
            L("SP-3054",None,"Martini Rosso 75cl",12,"EA",8.70)]),
        "PDF PO in Italian, our SKUs written without dashes, warehouse ship-to",
        attachments=att("Ordine_461.pdf", d))
