from common import mail, L, ship, save, SELLER_UK, SELLER_FR
from mails1 import po
from pdfkit import render
from pdfs import fmt, fmt_th, send

def build():
    # P06 Cantiere Navale Ligure, Italian, unruled, "come da allegato"
    items = [
        ("CNL-0815", "CHN-G30-08", "Catena DIN 766 zincata 8 mm", 80, "M", "mt", 7.90),
        ("CNL-0816", "SHK-DGV-08", "Grillo dritto zincato perno 8 mm", 20, "EA", "pz", 1.40),
        ("CNL-0902", "ANC-BRC-05", "Ancora tipo Bruce zincata 5 kg", 3, "EA", "pz", 45.00),
        ("CNL-0903", "ANC-BRC-10", "Ancora tipo Bruce zincata 10 kg", 3, "EA", "pz", 69.00),
        ("CNL-1101", "FND-F1-WHT", "Parabordo F1 bianco", 24, "EA", "pz", 14.00),
        ("CNL-1102", "FND-F2-BLK", "Parabordo F2 nero", 12, "EA", "pz", 25.00),
    ]
    rows = [[cp, d, ud, str(q), fmt(p), "0", fmt(q * p)] for (cp, s, d, q, u, ud, p) in items]
    net = sum(q * p for cp, s, d, q, u, ud, p in items)
    pdf = render({
        "font": "dv", "title": "ORDINE D'ACQUISTO", "pagefmt": "Pag. {p} di {n}",
        "letterhead": ["Cantiere Navale Ligure Srl", "Via del Molo 18 - 19126 La Spezia (SP)", "P.IVA 01234560117 - Tel. 0187 77 31 40"],
        "meta": [("Numero", "2026/0288"), ("Data", "16/03/2026"), ("Consegna", "27/03/2026"), ("Pagamento", "RB 60 gg f.m.")],
        "blocks": [("Spett.le Fornitore", ["Solent & Biscay Shipchandler SAS", "Port des Minimes", "17000 La Rochelle (F)"]),
                   ("Luogo di consegna", ["Cantiere Navale Ligure Srl - Magazzino", "Via del Molo 18", "19126 La Spezia (SP)"])],
        "columns": [("Codice", 64, "l"), ("Descrizione", 220, "l"), ("UM", 30, "l"), ("Q.tà", 40, "r"), ("Prezzo", 56, "r"), ("Sc.%", 30, "r"), ("Importo", 70, "r")],
        "rows": rows, "style": "unruled",
        "totals": [("Imponibile EUR", fmt_th(net, ",", "."))],
        "notes": ["Indicare il numero d'ordine su DDT e fattura. Merce resa franco nostro magazzino."],
    })
    send("p06_ligure_it_pdf", "Francesca Bruzzone <acquisti@cantiereligure.it>", "Ordine 2026/0288",
         "Mon, 16 Mar 2026 09:05:00 +0100",
"""Buongiorno,

come da allegato. Cordiali saluti

Francesca Bruzzone
Ufficio Acquisti – Cantiere Navale Ligure Srl
""", "ODA_2026_0288.pdf", pdf,
         po("Cantiere Navale Ligure Srl", "2026/0288", "2026-03-16", "2026-03-27", "EUR",
            [L(s, d, q, u, p, cp) for cp, s, d, q, u, ud, p in items],
            ship_to=ship("Cantiere Navale Ligure Srl - Magazzino", "Via del Molo 18", "La Spezia", "19126", "IT", "SP")), to=SELLER_FR)

    # P07 Crosshaven accounting-package PO, "as per attached PO"
    items = [
        ("SHK-BA4-08", "Bow shackle stainless A4 8mm", 20, "EA", 6.60),
        ("SHK-BA4-10", "Bow shackle stainless A4 10mm", 10, "EA", 10.50),
        ("ROP-DY10-GRY-M", "Dyneema 10mm grey", 50, "M", 5.40),
        ("FND-F5-WHT", "Fender F5 white", 6, "EA", 58.00),
        ("BAT-AGM-075", "AGM Battery 75Ah", 2, "EA", 165.00),
    ]
    rows = [[str(q), d, fmt(p, "."), "23.00", fmt(q * p, ".")] for (s, d, q, u, p) in items]
    net = sum(q * p for s, d, q, u, p in items)
    pdf = render({
        "font": "lm", "title": "Purchase Order",
        "letterhead": ["Crosshaven Boatyard Ltd", "Point Road, Crosshaven, Co. Cork P43 EV21", "Tel +353 21 483 1161  VAT IE 6388412H"],
        "meta": [("Order Number", "CBY-1215"), ("Order Date", "18/03/2026"), ("Account Ref", "SOLENTB")],
        "blocks": [("Supplier Details", ["Solent & Biscay Chandlery Ltd", "Ocean Village Trade Park", "Southampton", "SO14 3TL"]),
                   ("Delivery Address", ["Crosshaven Boatyard Ltd", "Point Road", "Crosshaven", "Co. Cork P43 EV21"])],
        "columns": [("Quantity", 55, "r"), ("Description", 240, "l"), ("Unit Price", 70, "r"), ("VAT %", 50, "r"), ("Net", 70, "r")],
        "rows": rows, "style": "grid",
        "totals": [("Total Net", fmt_th(net, ".")), ("Total VAT", fmt_th(net * 0.23, ".")), ("Total GBP", fmt_th(net * 1.23, "."))],
        "notes": ["Notes: please ship with DHL as before."],
    })
    send("p07_crosshaven_accounting_pdf", "Aoife Kiely <accounts@crosshavenboatyard.ie>", "Purchase Order CBY-1215",
         "Wed, 18 Mar 2026 15:40:00 +0000",
"""Hi,

Order as per attached PO, thanks.

Aoife Kiely
Accounts, Crosshaven Boatyard Ltd
Point Road, Crosshaven, Co. Cork
""", "PO CBY-1215.pdf", pdf,
         po("Crosshaven Boatyard Ltd", "CBY-1215", "2026-03-18", None, "GBP",
            [L(s, d, q, u, p) for s, d, q, u, p in items],
            ship_to=ship("Crosshaven Boatyard Ltd", "Point Road", "Crosshaven", "P43 EV21", "IE")))

    # P08 Aarhus Bådeværft, Danish PDF
    items = [
        ("AB-7710", "ROP-PB12-RED-M", "Polyesterline dobbeltflettet 12 mm rød", 60, "M", "m", 2.60),
        ("AB-7711", "ROP-PB12-WHT-M", "Polyesterline dobbeltflettet 12 mm hvid", 60, "M", "m", 2.60),
        ("AB-7302", "SHK-DA4-12", "Sjækkel D rustfri A4 bolt 12 mm", 10, "EA", "stk", 15.40),
        ("AB-7500", "AFP-HR-BLU-075", "Bundmaling Hard Racing blå 0,75 L", 12, "EA", "stk", 62.00),
        ("AB-7501", "AFP-HR-BLU-250", "Bundmaling Hard Racing blå 2,5 L", 6, "EA", "stk", 169.00),
    ]
    rows = [[cp, d, str(q), ud, fmt(p), fmt(q * p)] for (cp, s, d, q, u, ud, p) in items]
    net = sum(q * p for cp, s, d, q, u, ud, p in items)
    pdf = render({
        "font": "dv", "title": "INDKØBSORDRE", "pagefmt": "Side {p} af {n}", "band": (0.75, 0.1, 0.15),
        "letterhead": ["Aarhus Bådeværft ApS", "Marselisborg Havnevej 46, 8000 Aarhus C", "CVR 35 22 81 90 · +45 86 19 22 30"],
        "meta": [("Ordrenr.", "AB-2026-052"), ("Dato", "19.03.2026"), ("Leveringsdato", "02.04.2026"), ("Valuta", "GBP")],
        "blocks": [("Leverandør", ["Solent & Biscay Chandlery Ltd", "Southampton SO14 3TL", "England"]),
                   ("Leveringsadresse", ["Aarhus Bådeværft ApS", "Marselisborg Havnevej 46", "8000 Aarhus C"])],
        "columns": [("Varenr.", 60, "l"), ("Beskrivelse", 235, "l"), ("Antal", 45, "r"), ("Enhed", 40, "l"), ("Pris", 55, "r"), ("Beløb", 70, "r")],
        "rows": rows, "style": "ruled",
        "totals": [("Total GBP ekskl. moms", fmt_th(net, ",", "."))],
    })
    send("p08_aarhus_dk_pdf", "Mads Kjær <mk@aarhusbaadevaerft.dk>", "Indkøbsordre AB-2026-052",
         "Thu, 19 Mar 2026 08:20:00 +0100",
"""Hej,

Vedhæftet indkøbsordre AB-2026-052. / Please see attached PO.

Venlig hilsen
Mads Kjær
Aarhus Bådeværft ApS
""", "Indkoebsordre_AB-2026-052.pdf", pdf,
         po("Aarhus Bådeværft ApS", "AB-2026-052", "2026-03-19", "2026-04-02", "GBP",
            [L(s, d, q, u, p, cp) for cp, s, d, q, u, ud, p in items],
            ship_to=ship("Aarhus Bådeværft ApS", "Marselisborg Havnevej 46", "Aarhus C", "8000", "DK")))

    # P09 Hamble Point letterhead, engine models beside part numbers
    items = [
        ("Volvo Penta D2-40", "21951346", "IMP-VP-21951346", "Impeller", 4, 32.50),
        ("Volvo Penta D2-40", "3840525", "FLT-OIL-VP3840525", "Oil filter", 6, 14.90),
        ("Volvo Penta D2-40", "3817510", "FLT-FUE-VP3817510", "Fuel filter", 6, 18.60),
        ("Yanmar 2GM20", "104211-42070", "IMP-YM-104211", "Impeller", 2, 24.90),
        ("Beta 30", "211-01012", "IMP-BE-211012", "Impeller", 3, 26.50),
        ("Yanmar 3YM30AE", "-", "SVK-YM-3YM30", "Annual service kit", 5, 69.00),
    ]
    rows = [[m, oem, d, str(q), fmt(p, "."), fmt(q * p, ".")] for (m, oem, s, d, q, p) in items]
    net = sum(q * p for m, oem, s, d, q, p in items)
    pdf = render({
        "font": "ls", "title": "PURCHASE ORDER", "band": (0.0, 0.35, 0.45),
        "letterhead": ["Hamble Point Marina Services Ltd", "School Lane, Hamble-le-Rice, Southampton SO31 4NB", "023 8045 2210 · workshop@hamblepointmarine.co.uk"],
        "meta": [("PO", "HPM-24188"), ("Date", "20th March 2026"), ("Required", "27th March 2026")],
        "blocks": [("To", ["Solent & Biscay Chandlery Ltd", "Trade Counter", "Southampton SO14 3TL"]),
                   ("Deliver to", ["Hamble Point Marina - Engine Workshop", "School Lane", "Hamble-le-Rice SO31 4NB"])],
        "columns": [("Engine model", 110, "l"), ("Part no.", 80, "l"), ("Description", 150, "l"), ("Qty", 40, "r"), ("Unit £", 60, "r"), ("Line £", 70, "r")],
        "rows": rows, "style": "ruled",
        "totals": [("Total £ (ex VAT)", fmt_th(net, "."))],
        "notes": ["Customer boats: 'Blue Jay' (D2-40, serial 2201549873), 'Merlin' (2GM20), 'Tern' (Beta 30, BD1005-0447)."],
        "footer": "Hamble Point Marina Services Ltd · Registered in England No. 04418226",
    })
    send("p09_hamble_engine_models_pdf", "Dan Whitfield <dan.whitfield@hamblepointmarine.co.uk>", "PO HPM-24188 engine spares",
         "Fri, 20 Mar 2026 07:55:00 +0000",
"""Morning, PO attached for engine spares. Cheers, Dan

Dan Whitfield
Workshop Supervisor | Hamble Point Marina Services Ltd
""", "HPM-24188.pdf", pdf,
         po("Hamble Point Marina Services Ltd", "HPM-24188", "2026-03-20", "2026-03-27", "GBP",
            [L(s, d, q, "EA", p, q=str(q)) for m, oem, s, d, q, p in items],
            ship_to=ship("Hamble Point Marina - Engine Workshop", "School Lane", "Hamble-le-Rice", "SO31 4NB", "GB")))

    # P10 Chantier Naval Atlantique Ré, French, delivery elsewhere
    items = [
        ("CNAR-1021", "LJK-150M-AD", "Gilet gonflable 150N manuel adulte", 10, "EA", "U", 79.00),
        ("CNAR-1022", "RAK-33", "Kit de réarmement 33 g", 10, "EA", "U", 24.00),
        ("CNAR-2044", "FLR-PK-COAST", "Kit feux côtier", 4, "PK", "Lot", 99.00),
        ("CNAR-3110", "BLK-S75", "Poulie simple 75 mm roulement à billes", 2, "EA", "U", 58.00),
        ("CNAR-3112", "ROP-DY12-BLK-M", "Cordage Dyneema 12 mm noir", 25, "M", "m", 7.20),
    ]
    rows = [[cp, d, str(q), ud, fmt(p), fmt(q * p)] for (cp, s, d, q, u, ud, p) in items]
    net = sum(q * p for cp, s, d, q, u, ud, p in items)
    pdf = render({
        "font": "dv", "title": "BON DE COMMANDE",
        "letterhead": ["Chantier Naval Atlantique Ré", "12 quai de la Criée - 17630 La Flotte", "SIRET 512 884 331 00027 - Tél. 05 46 09 61 22"],
        "meta": [("N° commande", "BC-2026-0512"), ("Date", "23 mars 2026"), ("Livraison", "le 30/03/2026")],
        "blocks": [("Fournisseur", ["Solent & Biscay Shipchandler SAS", "Port des Minimes", "17000 La Rochelle"]),
                   ("Adresse de livraison", ["CNAR - Base de Saint-Martin", "Quai Job Foran", "17410 Saint-Martin-de-Ré"])],
        "columns": [("Réf. interne", 70, "l"), ("Désignation", 220, "l"), ("Qté", 40, "r"), ("Unité", 40, "l"), ("PU HT €", 60, "r"), ("Total HT €", 70, "r")],
        "rows": rows, "style": "grid",
        "totals": [("Total HT", fmt_th(net, ",", " ")), ("TVA 20 %", fmt_th(net * 0.2, ",", " ")), ("Total TTC", fmt_th(net * 1.2, ",", " "))],
        "notes": ["Merci de rappeler le numéro de commande sur le bon de livraison et la facture."],
    })
    send("p10_cnar_fr_pdf_other_site", "Isabelle Moreau <i.moreau@cnar.fr>", "BC-2026-0512",
         "Mon, 23 Mar 2026 10:10:00 +0100",
"""Bonjour,

Ci-joint notre bon de commande BC-2026-0512. Attention, livraison à notre base de Saint-Martin et non à La Flotte.

Cordialement,
Isabelle Moreau
Chantier Naval Atlantique Ré
""", "BC-2026-0512.pdf", pdf,
         po("Chantier Naval Atlantique Ré", "BC-2026-0512", "2026-03-23", "2026-03-30", "EUR",
            [L(s, d, q, u, p, cp) for cp, s, d, q, u, ud, p in items],
            ship_to=ship("CNAR - Base de Saint-Martin", "Quai Job Foran", "Saint-Martin-de-Ré", "17410", "FR")), to=SELLER_FR)
