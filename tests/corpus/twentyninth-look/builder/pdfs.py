"""Emails with attached PDF purchase orders (p01-p10)."""
from fpdf import FPDF
from common import *
from emails1 import NOTES


def money(v, dec=","):
    s = f"{v:,.2f}"
    if dec == ",":  # continental: 1.234,56
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def render_pdf(spec):
    """spec keys: style, head (lines; first is company name), title, meta [(k,v)], blocks [(title, lines)],
    cols [(header, key, width, align)], items [dict], totals [(k,v)], notes [str]."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    style = spec.get("style", "boxed")
    head = spec["head"]
    if style == "letterhead":
        pdf.set_fill_color(30, 60, 110)
        pdf.rect(0, 0, 210, 28, "F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 18)
        pdf.set_xy(10, 6)
        pdf.cell(0, 9, head[0])
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(10, 16)
        pdf.cell(0, 5, "  |  ".join(head[1:]))
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(34)
    else:
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 7, head[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        for h in head[1:]:
            pdf.cell(0, 4.5, h, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, spec["title"], align="R" if style != "plain" else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for k, v in spec.get("meta", []):
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(45, 5, k, border=1 if style == "boxed" else 0)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(60, 5, v, border=1 if style == "boxed" else 0, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    blocks = spec.get("blocks", [])
    if blocks:
        y0 = pdf.get_y()
        w = 190 / len(blocks)
        maxy = y0
        for i, (t, lines) in enumerate(blocks):
            x = 10 + i * w
            pdf.set_xy(x, y0)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(w - 4, 5, t, border="B")
            pdf.set_font("Helvetica", "", 9)
            yy = y0 + 6
            for ln in lines:
                pdf.set_xy(x, yy)
                if pdf.get_string_width(ln) > w - 5:
                    print("OVERFLOW block", ln)
                pdf.cell(w - 4, 4.5, ln)
                yy += 4.5
            maxy = max(maxy, yy)
        pdf.set_y(maxy + 4)
    cols = spec["cols"]
    b = 1 if style in ("boxed", "letterhead") else "B"
    pdf.set_font("Helvetica", "B", 8.5)
    if style == "letterhead":
        pdf.set_fill_color(220, 228, 240)
    for h, k, wd, al in cols:
        pdf.cell(wd, 6, h, border=b, align=al, fill=(style == "letterhead"))
    pdf.ln()
    pdf.set_font("Helvetica", "", 8.5)
    for it in spec["items"]:
        for h, k, wd, al in cols:
            v = it.get(k, "")
            if pdf.get_string_width(str(v)) > wd - 1.5:
                print("OVERFLOW", spec["title"], k, v)
            pdf.cell(wd, 6, str(v), border=b if style != "plain" else 0, align=al)
        pdf.ln()
    pdf.ln(2)
    tot_x = 10 + sum(c[2] for c in cols) - 60
    for k, v in spec.get("totals", []):
        pdf.set_x(tot_x)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(35, 5, k, align="R")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(25, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 8.5)
    for n in spec.get("notes", []):
        pdf.multi_cell(0, 4.5, n, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def items_and_lines(rows, dec=".", cur_sym=""):
    """rows: (sku, cp, desc, qty, uom, price_or_None). Returns printable items, label lines, net total."""
    items, lines, net = [], [], 0.0
    for i, (sku, cp, desc, qty, uom, pr) in enumerate(rows, 1):
        it = {"n": str(i), "cp": cp or "", "sku": sku or "", "desc": desc, "qty": str(qty), "uom": uom}
        if pr is not None:
            it["price"] = cur_sym + money(pr, dec)
            it["total"] = cur_sym + money(pr * qty, dec)
            net += pr * qty
        items.append(it)
        lines.append(L(sku, qty, desc, {"TIN": "EA", "EACH": "EA", "Stk": "EA", "ST": "EA", "UN": "EA"}.get(uom, uom), pr, cp))
    return items, lines, round(net, 2)


def P(fname, frm, subj, date, body, pdfname, spec, lab, note):
    data = render_pdf(spec)
    eml(fname, frm, subj, date, body, [(pdfname, data, "application/pdf")])
    save_label(fname, lab)
    NOTES[fname] = note


def build():
    # p01 Northgate HA PO with site addresses, letterhead, buyer codes, prices
    rows = [("TVM-MAG-10", "NG-DEC-0101", "Trade Vinyl Matt Emulsion Magnolia 10L", 18, "EA", 34.50),
            ("TVM-BW-10", "NG-DEC-0102", "Trade Vinyl Matt Emulsion Brilliant White 10L", 12, "EA", 34.50),
            ("TSA-BW-25", "NG-DEC-0215", "Trade Satin Brilliant White 2.5L", 8, "EA", 27.20),
            ("PRM-STB-25", "NG-DEC-0330", "Stain Block Primer 2.5L", 4, "EA", 33.90),
            ("CLK-WHT-380-25", "NG-SUN-0040", "Decorators Caulk White 380ml - box 25", 2, "BX", 44.00),
            ("DS-CT-129", "NG-SUN-0051", "Cotton twill dust sheet 12x9ft", 10, "EA", 9.60)]
    items, lines, net = items_and_lines(rows)
    spec = {"style": "letterhead",
            "head": ["Northgate Housing Association", "Northgate House, 21 Spring Gardens, Manchester M2 1FB",
                     "Tel 0161 496 0123", "procurement@northgateha.org.uk"],
            "title": "PURCHASE ORDER",
            "meta": [("PO Number", "NHA-PO-22950"), ("Order Date", "04/12/2026"), ("Required By", "11/12/2026"),
                     ("Supplier", "Brushmark Trade Decorating Supplies"), ("Contract", "Planned Maintenance 26/27 Lot 3")],
            "blocks": [("Invoice Address", ["Northgate Housing Association", "Accounts Payable", "Northgate House",
                                            "21 Spring Gardens", "Manchester M2 1FB"]),
                       ("Delivery Address (SITE)", ["Northgate HA - Langley Estate Works", "Site Compound, Wood Street",
                                                     "Middleton", "Manchester M24 5GL", "Contact: Dean Walsh 07700 900312"])],
            "cols": [("Line", "n", 10, "C"), ("Our Ref", "cp", 27, "L"), ("Description", "desc", 80, "L"),
                     ("Qty", "qty", 12, "R"), ("UoM", "uom", 12, "C"), ("Unit GBP", "price", 22, "R"), ("Net GBP", "total", 27, "R")],
            "items": items,
            "totals": [("Net", money(net, ".")), ("VAT 20%", money(net * 0.2, ".")), ("Total", money(net * 1.2, "."))],
            "notes": ["Deliveries accepted 08:00-15:00 Mon-Fri only. Site compound is at the Wood Street entrance.",
                      "This order is subject to Northgate HA standard terms. Quote PO number on all paperwork."]}
    P("p01_northgate_pdf.eml", "Procurement <procurement@northgateha.org.uk>", "Purchase Order NHA-PO-22950",
      "Fri, 04 Dec 2026 10:30:00 +0000",
      "Good morning,\n\nPlease find attached Purchase Order NHA-PO-22950 for delivery to our Langley Estate site.\n\n"
      "Kind regards\nProcurement Team\nNorthgate Housing Association\n",
      "NHA-PO-22950.pdf", spec,
      label("Northgate Housing Association", "NHA-PO-22950", "2026-12-04", "2026-12-11", "GBP",
            ST("Northgate HA - Langley Estate Works", "Site Compound, Wood Street", "Middleton", None, "M24 5GL", "GB"), lines),
      "housing-association letterhead PDF PO, buyer codes, GBP prices, separate invoice vs site delivery address")

    # p02 Ridgeway Homes PDF PO, buyer codes, no prices, boxed
    rows = [("TVS-MAG-10", "RH-PNT-031", "Vinyl silk magnolia 10L", 6, "EA", None),
            ("TVS-BW-10", "RH-PNT-032", "Vinyl silk brilliant white 10L", 6, "EA", None),
            ("TGL-BW-25", "RH-PNT-040", "Gloss brilliant white 2.5L", 4, "EA", None),
            ("UCT-WHT-25", "RH-PNT-045", "Undercoat white 2.5L", 4, "EA", None),
            ("BR-SYN-250", "RH-SUN-021", "Paint brush synthetic 2.5in", 10, "EA", None)]
    items, lines, net = items_and_lines(rows)
    spec = {"style": "boxed", "head": ["Ridgeway Homes Housing Association", "Ridgeway House, 3 Market Place, Swindon SN1 1BQ"],
            "title": "Purchase Order",
            "meta": [("Order No.", "RH-44117"), ("Date", "3 December 2026"), ("Delivery", "w/c 14 December 2026")],
            "blocks": [("Deliver To", ["Ridgeway Homes - Penhill Voids Team", "c/o 40 Penhill Drive", "Swindon", "SN2 5JS"])],
            "cols": [("Item code", "cp", 30, "L"), ("Description", "desc", 100, "L"), ("Qty", "qty", 20, "R"), ("Unit", "uom", 20, "C")],
            "items": items,
            "notes": ["Prices as per framework agreement. Do not substitute without approval."]}
    P("p02_ridgeway_pdf.eml", "Stores <stores@ridgewayhomes.org.uk>", "PO RH-44117",
      "Thu, 03 Dec 2026 14:00:00 +0000", "Please see attached order.\n\nMark\nStores, Ridgeway Homes\n",
      "RH-44117.pdf", spec,
      label("Ridgeway Homes Housing Association", "RH-44117", "2026-12-03", None, None,
            ST("Ridgeway Homes - Penhill Voids Team", "c/o 40 Penhill Drive", "Swindon", None, "SN2 5JS", "GB"), lines),
      "boxed PDF PO with buyer item codes, no prices, delivery given only as a week (requested_date null)")

    # p03 Carrow Contractors PO, prices, plain style
    rows = [("CMT-MAG-10", None, "Contract Matt Emulsion Magnolia 10L", 20, "EA", 26.50),
            ("CMT-BW-10", None, "Contract Matt Emulsion Brilliant White 10L", 20, "EA", 26.50),
            ("PRM-BPS-10", None, "Bare Plaster Mist Coat Primer 10L", 10, "EA", 28.40),
            ("RS-12-MP", None, 'Roller Sleeve 12" Medium Pile', 15, "EA", 5.80),
            ("MT-25", None, "Masking tape 25mm x 50m", 36, "RL", 1.70)]
    items, lines, net = items_and_lines(rows, ".", "")
    spec = {"style": "plain", "head": ["CARROW CONTRACTORS LTD", "Carrow Works, King Street, Norwich NR1 2TN", "VAT Reg GB 123 4567 89"],
            "title": "PURCHASE ORDER  CC-4431",
            "meta": [("Date:", "07-Dec-2026"), ("Supplier:", "Brushmark Trade Decorating Supplies"), ("Deliver by:", "14-Dec-2026"),
                     ("Job:", "J2291 Bowthorpe Flats")],
            "blocks": [("Delivery to site:", ["Bowthorpe Flats (Block C)", "Wendene", "Bowthorpe, Norwich", "NR5 9HA"])],
            "cols": [("Your code", "sku", 30, "L"), ("Description", "desc", 85, "L"), ("Qty", "qty", 15, "R"), ("Unit", "uom", 12, "C"),
                     ("Price", "price", 20, "R"), ("Value", "total", 25, "R")],
            "items": items, "totals": [("Order total (ex VAT) GBP", money(net, "."))],
            "notes": ["Agreed contract prices. Call site manager Steve Lambert 07700 900455 30 mins before arrival."]}
    P("p03_carrow_pdf.eml", "Purchasing <purchasing@carrowcontractors.co.uk>", "Carrow Contractors PO CC-4431",
      "Mon, 07 Dec 2026 08:55:00 +0000", "Hi, PO attached for Bowthorpe. Thanks, Karen\n", "CC-4431.pdf", spec,
      label("Carrow Contractors Ltd", "CC-4431", "2026-12-07", "2026-12-14", "GBP",
            ST("Bowthorpe Flats (Block C)", "Wendene", "Norwich", None, "NR5 9HA", "GB"), lines),
      "plain-layout contractor PDF, our SKUs in 'Your code' column, contract prices below list")

    # p04 school PO
    rows = [("TVM-BW-10", None, "Trade Vinyl Matt Brilliant White 10 Litre", 14, "EA", 34.50),
            ("TEG-BW-25", None, "Trade Eggshell Brilliant White 2.5 Litre", 6, "EA", 24.60),
            ("RS-09-SP", None, "9 inch Roller Sleeve Short Pile", 12, "EA", 4.20),
            ("RT-09", None, "9 inch Roller Tray", 6, "EA", 2.40),
            ("MT-LT-25", None, "Low Tack Masking Tape 25mm", 12, "RL", 3.60)]
    items, lines, net = items_and_lines(rows, ".")
    spec = {"style": "boxed", "head": ["St Aldhelm's Academy Trust", "Central Finance Office, 2 Vicarage Street, Frome BA11 1PU"],
            "title": "OFFICIAL ORDER",
            "meta": [("Order number", "SA/2026/121"), ("Date", "01.12.2026"), ("Budget code", "4410-PREM"), ("Required", "19 Dec 2026")],
            "blocks": [("Supplier", ["Brushmark Trade Decorating Supplies", "trade@brushmark.co.uk"]),
                       ("Deliver to", ["St Aldhelm's Primary (Trust school)", "Caretaker's Store, Church Lane", "Frome", "BA11 3EX"])],
            "cols": [("Description", "desc", 95, "L"), ("Quantity", "qty", 20, "R"), ("Unit price GBP", "price", 35, "R"), ("Total GBP", "total", 35, "R")],
            "items": items,
            "totals": [("Subtotal", money(net, ".")), ("VAT", money(net * 0.2, ".")), ("Total", money(net * 1.2, "."))],
            "notes": ["Invoices to the Central Finance Office quoting the order number. Goods received after 18 Dec cannot be signed for until January."]}
    P("p04_staldhelms_pdf.eml", "Finance <finance@staldhelms.sch.uk>", "Official order SA/2026/121",
      "Tue, 01 Dec 2026 13:40:00 +0000",
      "Dear Supplier,\n\nPlease find attached official order SA/2026/121.\n\nTrust Finance Office\n",
      "SA-2026-121.pdf", spec,
      label("St Aldhelm's Academy Trust", "SA/2026/121", "2026-12-01", "2026-12-19", "GBP",
            ST("St Aldhelm's Primary (Trust school)", "Caretaker's Store, Church Lane", "Frome", None, "BA11 3EX", "GB"), lines),
      "school trust official order PDF, description-only lines with prices and VAT")

    # p05 Grand Esplanade hotel PDF
    rows = [("TVS-PBW-05", None, "Vinyl Silk Pure Brilliant White 5L", 10, "EA", 25.30),
            ("TGL-PBW-01", None, "High Gloss Pure Brilliant White 1L", 6, "EA", 13.10),
            ("FIL-FS-330", None, "Fine Surface Filler 330g", 6, "EA", 4.90),
            ("AO-SH-180", None, "Sanding sheets 180 grit (25)", 2, "PK", 9.75)]
    items, lines, net = items_and_lines(rows)
    spec = {"style": "letterhead", "head": ["GRAND ESPLANADE HOTEL", "The Esplanade, Scarborough YO11 2AB", "01723 000 111"],
            "title": "Purchase Order No. GEH-1296",
            "meta": [("Date", "Dec 2, 2026"), ("Department", "Maintenance"), ("Requested by", "M. Daley")],
            "blocks": [("Deliver to", ["Grand Esplanade Hotel - Goods In", "Albemarle Back Road", "Scarborough YO11 2AB"])],
            "cols": [("Item", "desc", 95, "L"), ("Qty", "qty", 15, "R"), ("Unit", "uom", 15, "C"), ("Price", "price", 25, "R"), ("Amount", "total", 30, "R")],
            "items": items, "totals": [("Total (ex VAT)", "GBP " + money(net, "."))]}
    P("p05_grandesplanade_pdf.eml", "Martin Daley <maintenance@grandesplanadehotel.co.uk>", "PO GEH-1296",
      "Wed, 02 Dec 2026 10:00:00 +0000", "Hi, PO attached as requested by our accounts dept.\nMartin\n", "GEH-1296.pdf", spec,
      label("Grand Esplanade Hotel", "GEH-1296", "2026-12-02", None, "GBP",
            ST("Grand Esplanade Hotel - Goods In", "Albemarle Back Road", "Scarborough", None, "YO11 2AB", "GB"), lines),
      "hotel letterhead PDF, PO number in title, US-style written date")

    # p06 German PDF
    rows = [("TVM-PBW-10", "K-1040", "Dispersionsfarbe matt reinweiss 10 L", 12, "Stk", 35.90),
            ("TEG-PBW-25", "K-1310", "Eggshell Lack reinweiss 2,5 L", 4, "Stk", 25.50),
            ("RS-12-MP", "K-2205", "Farbwalze 30 cm mittlerer Flor", 10, "Stk", 5.60),
            ("AO-RL-120", "K-3120", "Schleifrolle K120 115 mm x 50 m", 2, "RL", 21.40),
            ("MT-LT-50", "K-4050", "Abdeckband empfindliche Oberflaechen 50 mm", 8, "RL", 6.20)]
    items, lines, net = items_and_lines(rows, ",")
    spec = {"style": "boxed", "head": ["Malerbetrieb Krüger GmbH", "Industriestraße 18, 28199 Bremen", "USt-IdNr. DE 812345678"],
            "title": "BESTELLUNG",
            "meta": [("Bestell-Nr.", "4502"), ("Datum", "07.12.2026"), ("Liefertermin", "17.12.2026"), ("Ansprechpartner", "Jens Krüger")],
            "blocks": [("Lieferanschrift", ["Baustelle Schule Vegesack", "Kirchheide 49", "28757 Bremen"]),
                       ("Rechnungsanschrift", ["Malerbetrieb Krüger GmbH", "Industriestraße 18", "28199 Bremen"])],
            "cols": [("Pos", "n", 10, "C"), ("Art.-Nr.", "cp", 20, "L"), ("Bezeichnung", "desc", 85, "L"), ("Menge", "qty", 15, "R"),
                     ("ME", "uom", 12, "C"), ("EP EUR", "price", 22, "R"), ("GP EUR", "total", 26, "R")],
            "items": items, "totals": [("Netto EUR", money(net)), ("MwSt 19%", money(net * 0.19)), ("Gesamt EUR", money(net * 1.19))],
            "notes": ["Bitte Bestellnummer auf Lieferschein und Rechnung angeben."]}
    P("p06_krueger_pdf.eml", "Jens Krüger <einkauf@maler-krueger.de>", "Bestellung 4502",
      "Mon, 07 Dec 2026 15:10:00 +0100",
      "Guten Tag,\n\nanbei unsere Bestellung 4502 als PDF.\n\nMit freundlichen Grüßen\nJens Krüger\n", "Bestellung_4502.pdf", spec,
      label("Malerbetrieb Krüger GmbH", "4502", "2026-12-07", "2026-12-17", "EUR",
            ST("Baustelle Schule Vegesack", "Kirchheide 49", "Bremen", None, "28757", "DE"), lines),
      "German boxed PDF, buyer article numbers, comma decimals, EUR")

    # p07 French PDF
    rows = [("MSM-BW-10", None, "Peinture facade lisse blanc 10L", 6, "UN", None),
            ("MSM-MAG-05", None, "Peinture facade lisse magnolia 5L", 4, "UN", None),
            ("BR-SYN-400", None, "Brosse plate synthetique 4 pouces", 4, "UN", None),
            ("EXP-12", None, "Manche telescopique 1,2 m", 2, "UN", None)]
    items, lines, net = items_and_lines(rows, ",")
    spec = {"style": "plain", "head": ["PEINTURE DUMAS SARL", "12 rue des Artisans, 69007 Lyon", "SIRET 812 345 678 00012"],
            "title": "BON DE COMMANDE N° BC-2026-331",
            "meta": [("Date :", "07/12/2026"), ("Livraison souhaitée :", "18/12/2026")],
            "blocks": [("Adresse de livraison", ["Chantier Résidence Les Tilleuls", "8 avenue Jean Jaurès", "69100 Villeurbanne"])],
            "cols": [("Désignation", "desc", 120, "L"), ("Quantité", "qty", 25, "R"), ("Unité", "uom", 20, "C")],
            "items": items, "notes": ["Prix selon votre offre du 20/11/2026."]}
    P("p07_dumas_pdf.eml", "Sophie Dumas <commandes@peinture-dumas.fr>", "Commande BC-2026-331",
      "Mon, 07 Dec 2026 17:00:00 +0100", "Bonjour,\n\nCi-joint notre bon de commande BC-2026-331.\n\nCordialement,\nSophie Dumas\n",
      "BC-2026-331.pdf", spec,
      label("Peinture Dumas SARL", "BC-2026-331", "2026-12-07", "2026-12-18", None,
            ST("Chantier Résidence Les Tilleuls", "8 avenue Jean Jaurès", "Villeurbanne", None, "69100", "FR"), lines),
      "French plain PDF, no prices, site delivery")

    # p08 Dutch PDF
    rows = [("TSA-BW-25", "VD-118", "Zijdeglanslak wit 2,5 l", 6, "ST", 27.20),
            ("TSA-BW-01", "VD-117", "Zijdeglanslak wit 1 l", 6, "ST", 12.60),
            ("PRM-MSP-01", "VD-140", "Multiprimer wit 1 l", 4, "ST", 14.20),
            ("BR-ANG-200", "VD-210", "Schuine lakkwast 2\"", 10, "ST", 5.60),
            ("SEA-FLX-310", "VD-305", "Acrylaatkit wit 310 ml", 24, "ST", 3.40)]
    items, lines, net = items_and_lines(rows, ",")
    spec = {"style": "letterhead", "head": ["Schildersbedrijf Van Dijk B.V.", "Kanaalweg 7, 3526 KL Utrecht", "KvK 30123456"],
            "title": "INKOOPORDER",
            "meta": [("Ordernummer", "IO-26-0433"), ("Orderdatum", "4-12-2026"), ("Leverdatum", "11-12-2026")],
            "blocks": [("Afleveradres", ["Project Wittevrouwen", "Biltstraat 102", "3572 BJ Utrecht"])],
            "cols": [("Art.nr.", "cp", 22, "L"), ("Omschrijving", "desc", 88, "L"), ("Aantal", "qty", 18, "R"), ("Eenh.", "uom", 14, "C"),
                     ("Prijs", "price", 22, "R"), ("Bedrag", "total", 26, "R")],
            "items": items, "totals": [("Totaal excl. BTW", "EUR " + money(net))]}
    P("p08_vandijk_pdf.eml", "Pieter van Dijk <inkoop@vandijkschilders.nl>", "Inkooporder IO-26-0433",
      "Fri, 04 Dec 2026 09:00:00 +0100", "Beste,\n\nIn de bijlage onze inkooporder.\n\nGroet,\nPieter\n", "IO-26-0433.pdf", spec,
      label("Schildersbedrijf Van Dijk B.V.", "IO-26-0433", "2026-12-04", "2026-12-11", "EUR",
            ST("Project Wittevrouwen", "Biltstraat 102", "Utrecht", None, "3572 BJ", "NL"), lines),
      "Dutch letterhead PDF, buyer article codes, EUR comma decimals, non-padded day-first dates")

    # p09 Thames Reach minimal PDF, no prices
    rows = [("TVM-MAG-05", None, "Emulsion matt magnolia 5ltr", 10, "EA", None),
            ("TVS-MAG-05", None, "Emulsion silk magnolia 5ltr", 4, "EA", None),
            ("FIL-PW-15", None, "Powder filler 1.5kg", 3, "EA", None),
            ("SCR-50", None, "Filling knife 50mm", 3, "EA", None),
            ("AO-SH-120", None, "Sandpaper 120g sheets pk25", 2, "PK", None),
            ("AO-SH-240", None, "Sandpaper 240g sheets pk25", 1, "PK", None)]
    items, lines, net = items_and_lines(rows)
    spec = {"style": "plain", "head": ["Thames Reach Facilities Management Ltd"], "title": "Order TR/7752",
            "meta": [("Raised", "02/12/2026"), ("Site", "Kennington Library")],
            "blocks": [("Deliver to", ["Kennington Library (rear entrance)", "2 Kennington Lane", "London SE11 4QG"])],
            "cols": [("Qty", "qty", 15, "R"), ("Unit", "uom", 15, "C"), ("Item", "desc", 120, "L")],
            "items": items}
    P("p09_thamesreach_pdf.eml", "Priya Shah <p.shah@thamesreachfm.co.uk>", "TR/7752",
      "Wed, 02 Dec 2026 15:30:00 +0000", "See attached.\n\nPriya\n", "TR-7752.pdf", spec,
      label("Thames Reach Facilities Management", "TR/7752", "2026-12-02", None, None,
            ST("Kennington Library (rear entrance)", "2 Kennington Lane", "London", None, "SE11 4QG", "GB"), lines),
      "minimal PDF, quantity column first, matt vs silk near-duplicates, grits")

    # p10 Corrib Hotel Group PDF, EUR
    rows = [("TVM-BW-10", None, "Trade Vinyl Matt Brilliant White 10L", 8, "EA", 38.40),
            ("TEG-PBW-05", None, "Trade Eggshell Pure Brilliant White 5L", 2, "EA", 50.90),
            ("WST-EBN-25", None, "Woodstain Ebony 2.5L", 2, "EA", 39.10),
            ("DS-PB-129", None, "Poly-backed dust sheet 12'x9'", 6, "EA", 12.80)]
    items, lines, net = items_and_lines(rows, ".", "")
    spec = {"style": "boxed", "head": ["Corrib Hotel Group", "Head Office: Eyre Square, Galway H91 C2E4"],
            "title": "PURCHASE ORDER",
            "meta": [("PO No", "CHG-HO-10422"), ("PO Date", "03/12/2026"), ("Delivery Date", "15/12/2026"), ("Currency", "EUR")],
            "blocks": [("Ship To", ["The Corrib Lodge Hotel", "Maintenance Dept.", "Main Street", "Oughterard, Co. Galway", "H91 T8X2"])],
            "cols": [("#", "n", 8, "C"), ("Description", "desc", 92, "L"), ("Qty", "qty", 15, "R"), ("Unit Price", "price", 30, "R"), ("Line Total", "total", 30, "R")],
            "items": items, "totals": [("Total EUR", money(net, "."))]}
    P("p10_corrib_pdf.eml", "Accounts Payable <ap@corribhotels.ie>", "Corrib Hotel Group - PO CHG-HO-10422",
      "Thu, 03 Dec 2026 12:00:00 +0000", "Dear Supplier,\nPlease see the attached purchase order.\nRegards,\nAccounts Payable\n",
      "CHG-HO-10422.pdf", spec,
      label("Corrib Hotel Group", "CHG-HO-10422", "2026-12-03", "2026-12-15", "EUR",
            ST("The Corrib Lodge Hotel", "Main Street", "Oughterard", "Co. Galway", "H91 T8X2", "IE"), lines),
      "Irish hotel group boxed PDF in EUR, hotel ship-to with a department line")
    return NOTES
