from common import *
import io
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))

def render(spec):
    """spec keys: title, company (lines), meta [(k,v)], blocks [(title,[lines])], blocks_side bool,
    cols [(name,width,align)], rows [[...]], ruled bool, after [lines], font, bold, pagesize,
    rows_per_page, footer_fmt"""
    buf = io.BytesIO()
    ps = spec.get("pagesize", A4)
    W, H = ps
    cv = canvas.Canvas(buf, pagesize=ps)
    f, fb = spec.get("font", "DV"), spec.get("bold", "DVB")
    rows = spec["rows"]
    rpp = spec.get("rows_per_page", 100)
    pages = [rows[i:i + rpp] for i in range(0, len(rows), rpp)] or [[]]
    npages = len(pages)
    for pi, prow in enumerate(pages):
        y = H - 50
        if pi == 0:
            cv.setFont(fb, 15); cv.drawString(40, y, spec["title"]); 
            cx = W - 40
            cv.setFont(f, 8.5)
            yy = y
            for ln in spec.get("company", []):
                cv.drawRightString(cx, yy, ln); yy -= 11
            y -= 24
            cv.setFont(f, 9)
            mx = 50 + max([pdfmetrics.stringWidth(k, fb, 9) for k, _ in spec.get("meta", [])] or [60])
            for k, v in spec.get("meta", []):
                cv.setFont(fb, 9); cv.drawString(40, y, k)
                cv.setFont(f, 9); cv.drawString(mx, y, v); y -= 13
            y = min(y, yy) - 10
            blocks = spec.get("blocks", [])
            if spec.get("blocks_side", True):
                bw = (W - 80) / max(1, len(blocks))
                top = y
                low = y
                for bi, (bt, lines) in enumerate(blocks):
                    x = 40 + bi * bw
                    yy = top
                    cv.setFont(fb, 9); cv.drawString(x, yy, bt); yy -= 12
                    cv.setFont(f, 9)
                    for ln in lines:
                        cv.drawString(x, yy, ln); yy -= 11
                    low = min(low, yy)
                y = low - 14
            else:
                for bt, lines in blocks:
                    cv.setFont(fb, 9); cv.drawString(40, y, bt); y -= 12
                    cv.setFont(f, 9)
                    for ln in lines:
                        cv.drawString(55, y, ln); y -= 11
                    y -= 6
                y -= 8
        else:
            cv.setFont(fb, 10); cv.drawString(40, y, spec.get("cont_title", spec["title"])); y -= 24
        # table header
        cols = spec["cols"]
        x = 40
        cv.setFont(fb, 8.5)
        xs = []
        for name, w, al in cols:
            xs.append((x, w, al)); x += w
        def cell(txt, xi, yy):
            x0, w, al = xs[xi]
            if al == "R":
                cv.drawRightString(x0 + w - 4, yy, txt)
            else:
                cv.drawString(x0 + 3, yy, txt)
        if spec.get("ruled", True):
            cv.setLineWidth(0.6)
            cv.rect(40, y - 4, x - 40, 14)
        for i, (name, w, al) in enumerate(cols):
            cell(name, i, y)
        y -= 16
        cv.setFont(f, 8.5)
        for r in prow:
            for i, v in enumerate(r):
                cell(str(v), i, y)
            if spec.get("ruled", True):
                cv.setLineWidth(0.3); cv.line(40, y - 4, x, y - 4)
            y -= 14
        if not spec.get("ruled", True):
            cv.setLineWidth(0.8); cv.line(40, y + 8, x, y + 8)
        y -= 10
        if pi == npages - 1:
            for ln in spec.get("after", []):
                if isinstance(ln, tuple):
                    cv.setFont(fb, 9); cv.drawString(40, y, ln[0]); cv.setFont(f, 9)
                else:
                    cv.drawString(40, y, ln)
                y -= 12
        if "footer_fmt" in spec:
            cv.setFont(f, 7.5)
            cv.drawCentredString(W / 2, 25, spec["footer_fmt"].format(p=pi + 1, n=npages))
        cv.showPage()
    cv.save()
    return buf.getvalue()

def eur(v, comma=True, sym=""):
    s = f"{v:,.2f}"
    if comma:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + sym

VENDOR = ["Spaakwerk Parts B.V.", "Hanzeweg 41", "8011 HB Zwolle", "Netherlands"]

def att_eml(name, frm, subj, date, body, pdfname, pdf, label):
    make_eml(name, frm, subj, date, body, label, attachments=[(pdfname, pdf, "application/pdf")])

def build():
    # p01 German, side-by-side 3 blocks, ruled
    items = [("R-1044", "TY-GP5-2528-BK", "Conti GP 5000 28-622 faltbar schwarz", 12, 36.50),
             ("R-1045", "TY-GP5-3032-BK", "Conti GP 5000 32-622 faltbar schwarz", 6, 38.90),
             ("R-2210", "CH-SH-HG601-116", "Shimano Kette CN-HG601 11-fach 116 Gl.", 10, 24.90),
             ("R-2230", "CS-SH-R7000-1132", "Shimano 105 Kassette CS-R7000 11-32", 4, 43.80),
             ("R-3105", "BP-SH-L03A", "Shimano Bremsbeläge L03A Resin", 16, 12.20),
             ("R-4400", "LB-GRS-100", "Montagefett Lithium 100 g Tube", 24, 5.10)]
    rows = [[str(i + 1), cp, d, str(q), "Stk" if "Bremsb" not in d else "Paar", eur(p), eur(p * q)]
            for i, (cp, s, d, q, p) in enumerate(items)]
    tot = sum(q * p for _, _, _, q, p in items)
    pdf = render(dict(title="BESTELLUNG", company=["Radhaus Köln GmbH", "Venloer Straße 188", "50823 Köln", "USt-IdNr. DE 812345678"],
        meta=[("Bestell-Nr.:", "RK-26-0897"), ("Bestelldatum:", "26.11.2026"), ("Liefertermin:", "08.12.2026"), ("Ihre Kd.-Nr.:", "10442")],
        blocks=[("Lieferant", VENDOR), ("Rechnungsadresse", ["Radhaus Köln GmbH", "Buchhaltung", "Venloer Straße 188", "50823 Köln"]),
                ("Lieferadresse", ["Radhaus Köln – Filiale Sülz", "Berrenrather Str. 250", "50937 Köln", "Deutschland"])],
        cols=[("Pos", 28, "L"), ("Art.-Nr.", 55, "L"), ("Bezeichnung", 205, "L"), ("Menge", 40, "R"), ("ME", 35, "L"), ("EP (EUR)", 70, "R"), ("Gesamt (EUR)", 80, "R")],
        rows=rows, after=[("Summe netto: " + eur(tot) + " EUR"), "zzgl. 19 % USt. (innergem. Lieferung: steuerfrei)", "Zahlungsbedingung: 30 Tage netto"],
        footer_fmt="Radhaus Köln GmbH · Amtsgericht Köln HRB 45678 · Seite {p}/{n}"))
    att_eml("p01_radhaus_pdf_de.eml", "Einkauf Radhaus Köln <einkauf@radhaus-koeln.de>", "Bestellung RK-26-0897",
        "Thu, 26 Nov 2026 14:02:00 +0100", "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung als PDF.\n\nMit freundlichen Grüßen\nStefan Kessler\nRadhaus Köln GmbH\n",
        "Bestellung_RK-26-0897.pdf", pdf,
        PO("Radhaus Köln GmbH", "RK-26-0897", [L(s, q, "PR" if "Bremsb" in d else "EA", price=p, cp=cp) for cp, s, d, q, p in items],
           order_date="2026-11-26", requested_date="2026-12-08", currency="EUR",
           ship_to=S("Radhaus Köln – Filiale Sülz", "Berrenrather Str. 250", "Köln", "50937", "DE")))

    # p02 English GBP, stacked, unruled, delivery period only
    items = [("CS-SH-R7000-1128", "Shimano 105 cassette 11-28", 3, 41.20),
             ("CS-SH-R7000-1134", "Shimano 105 cassette 11-34", 3, 44.90),
             ("TY-GP5-2325-BK", "Continental GP5000 700x25 black", 8, 33.50),
             ("HL-MIPS-L-WH", "Commuter MIPS helmet white L", 2, 49.00)]
    rows = [[d, str(q), "£" + f"{p:.2f}", "£" + f"{p*q:.2f}"] for s, d, q, p in items]
    pdf = render(dict(title="PURCHASE ORDER", font="LS", bold="LSB", pagesize=letter, ruled=False,
        company=["Spokes & Sprockets Ltd", "23 Gloucester Road", "Bristol BS7 8AA", "VAT GB 214 5566 70"],
        meta=[("PO Number", "SS-4502"), ("PO Date", "04/12/2026"), ("Delivery", "w/c 14 December 2026")],
        blocks_side=False, blocks=[("Supplier:", VENDOR), ("Deliver to:", ["Spokes & Sprockets Ltd", "23 Gloucester Road", "Bristol", "BS7 8AA"])],
        cols=[("Description", 260, "L"), ("Qty", 50, "R"), ("Unit", 80, "R"), ("Line total", 90, "R")], rows=rows,
        after=["Goods total: £" + f"{sum(q*p for _,_,q,p in items):.2f}", "Carriage: £18.00", "Please quote our PO number on all paperwork."]))
    att_eml("p02_spokes_pdf_gbp.eml", "Hannah Pryce <hannah@spokesandsprockets.co.uk>", "PO SS-4502 attached",
        "Fri, 04 Dec 2026 15:30:00 +0000", "Hi,\n\nPO attached. Thanks!\n\nHannah\nSpokes & Sprockets Ltd\n", "SS-4502.pdf", pdf,
        PO("Spokes & Sprockets Ltd", "SS-4502", [L(s, q, price=p) for s, d, q, p in items], order_date="2026-12-04",
           requested_date=None, currency="GBP", ship_to=S("Spokes & Sprockets Ltd", "23 Gloucester Road", "Bristol", "BS7 8AA", "GB")))

    # p03 two-page Dutch rental PO
    items = [("TB-635-DV", "Binnenband 28x1 1/2 Dunlop", 300, 3.95), ("TY-CITY-40635", "Buitenband 40-635 reflex", 120, 11.20),
             ("TY-CITY-37622", "Buitenband 37-622 reflex", 40, 9.80), ("TB-700-2847-DV40", "Binnenband 28-47/622 DV", 100, 3.70),
             ("BP-CLK-CP511-50", "V-brake remblokken 70mm werkplaatsdoos 50 paar", 4, 135.00), ("BP-SH-M70T4", "Shimano M70T4 remblokken", 30, 6.70),
             ("CH-KMC-X8-116", "Ketting KMC X8 116", 60, 8.90), ("CH-KMC-Z1-112", "Ketting KMC Z1 112", 80, 6.50),
             ("LT-DYN-FR-60", "Koplamp naafdynamo 60 lux", 40, 26.90), ("LT-DYN-RR-50", "Achterlicht drager 50mm", 40, 13.10),
             ("LT-DYN-RR-80", "Achterlicht drager 80mm", 20, 13.10), ("AC-BELL-AL", "Bel aluminium 35mm", 150, 2.85),
             ("AC-BELL-BR", "Bel messing 55mm", 30, 5.30), ("AC-LOCK-CH90", "Kettingslot 90cm", 60, 17.90),
             ("TB-PATCH-BOX", "Plakset toonbankdoos 24", 5, 39.60), ("CB-BRK-2050-100", "Remkabel 2050 doos 100", 2, 116.00),
             ("CB-SFT-2100-100", "Schakelkabel 2100 doos 100", 2, 103.50), ("CB-HSG-BRK-30-BK", "Remmantel zwart 30m", 6, 35.10),
             ("CB-HSG-SFT-30-BK", "Schakelmantel zwart 30m", 3, 39.60), ("CB-FER-5-100", "Eindkapjes mantel 5mm zak 100", 6, 7.65),
             ("CB-FER-4-100", "Eindkapjes mantel 4mm zak 100", 4, 7.65), ("CB-END-100", "Kabeleindjes zak 100", 6, 4.40),
             ("LB-FL-WET-120-12", "Finish Line Wet 120ml doos 12", 4, 95.40), ("LB-DGR-5L", "Ontvetter 5L", 6, 39.60),
             ("LB-GRS-450", "Vet 450g pot", 6, 13.40), ("LB-CLN-1L", "Fietsreiniger 1L", 24, 8.00),
             ("TL-PMP-FL", "Staande pomp met meter", 6, 25.10), ("TL-LEV-3-30", "Bandenlichters display 30 sets", 2, 62.10),
             ("TL-CHK", "Kettingmeter", 6, 6.20), ("TL-CT", "Kettingpons werkplaats", 4, 22.40),
             ("TL-HEX-9", "Inbussleutelset 9-delig", 6, 10.70), ("TB-26-175-AV-10", "Binnenband 26 AV werkplaatsdoos 10", 8, 31.50),
             ("TY-MP-47559", "Marathon Plus 47-559", 20, 24.75), ("TB-20-175-AV", "Binnenband 20 AV", 20, 3.25),
             ("HL-URB-M-BK", "Helm Urbano M zwart", 20, 31.40), ("HL-URB-L-BK", "Helm Urbano L zwart", 20, 31.40),
             ("HL-KID-S-RD", "Kinderhelm S rood", 10, 17.90), ("HL-KID-S-BL", "Kinderhelm S blauw", 10, 17.90)]
    def uom_nl(s):
        return SKUS[s][2]
    rows = [[str((i + 1) * 10), f"SFV-{1000 + i * 7}", d, str(q), {"EA": "st", "BX": "doos", "RL": "rol", "PK": "zak", "CS": "doos", "PR": "paar"}[uom_nl(s)], eur(p), eur(p * q)]
            for i, (s, d, q, p) in enumerate(items)]
    tot = sum(q * p for _, _, q, p in items)
    pdf = render(dict(title="INKOOPORDER", company=["StadsFiets Verhuur B.V.", "Papaverweg 34", "1032 KE Amsterdam", "KvK 61234567"],
        meta=[("Ordernummer:", "SFV-PO-26-0400"), ("Orderdatum:", "23-11-2026"), ("Gewenste leverdatum:", "15-01-2027"), ("Contact:", "Sanne de Wit")],
        blocks=[("Leverancier", VENDOR), ("Factuuradres", ["StadsFiets Verhuur B.V.", "t.a.v. crediteurenadministratie", "Papaverweg 34", "1032 KE Amsterdam"]),
                ("Afleveradres", ["StadsFiets Centraal Magazijn", "Cornelis Douwesweg 18", "1032 LB Amsterdam"])],
        cols=[("Regel", 34, "L"), ("Ons art.", 58, "L"), ("Omschrijving", 200, "L"), ("Aantal", 42, "R"), ("Eenh.", 34, "L"), ("Prijs", 60, "R"), ("Bedrag", 75, "R")],
        rows=rows, rows_per_page=30, cont_title="INKOOPORDER SFV-PO-26-0400 (vervolg)",
        after=[("Totaal excl. btw: EUR " + eur(tot)), "Levering uitsluitend op werkdagen 7:00-15:00, melden bij de poort."],
        footer_fmt="StadsFiets Verhuur B.V. - inkooporder SFV-PO-26-0400 - pagina {p} van {n}"))
    att_eml("p03_stadsfiets_twopage_nl.eml", "Inkoop StadsFiets <inkoop@stadsfiets-verhuur.nl>", "Inkooporder SFV-PO-26-0400 (winteronderhoud)",
        "Mon, 23 Nov 2026 13:00:00 +0100", "Goedemiddag,\n\nBijgaand onze inkooporder voor het winteronderhoud van de vloot (2 pagina's).\n\nMet vriendelijke groet,\nSanne de Wit\nInkoop | StadsFiets Verhuur B.V.\n",
        "SFV-PO-26-0400.pdf", pdf,
        PO("StadsFiets Verhuur B.V.", "SFV-PO-26-0400", [L(s, q, price=p, cp=f"SFV-{1000 + i * 7}") for i, (s, d, q, p) in enumerate(items)],
           order_date="2026-11-23", requested_date="2027-01-15", currency="EUR",
           ship_to=S("StadsFiets Centraal Magazijn", "Cornelis Douwesweg 18", "Amsterdam", "1032 LB", "NL")))

    # p04 Dublin, customer parts, side by side, ruled
    items = [("DBH-TYR-28", "TY-MP-47622", "Marathon Plus 47-622 reflex", 30, 26.40),
             ("DBH-TUB-28S", "TB-700-2847-AV40", "Tube 28 x 1.75 Schrader 40mm", 60, 3.70),
             ("DBH-CHN-8", "CH-KMC-X8-116", "Chain KMC X8 116L", 40, 8.95),
             ("DBH-CAS-8", "CS-SH-HG41-1132", "Cassette HG41 8sp 11-32", 20, 16.10)]
    rows = [[cp, d, str(q), "EA", f"{p:.2f}", f"{p*q:.2f}"] for cp, s, d, q, p in items]
    pdf = render(dict(title="Purchase Order", font="LS", bold="LSB",
        company=["Dublin Bike Hire Ltd", "12 Lower Ormond Quay", "Dublin 1, D01 R2F6", "VAT IE 9876543K"],
        meta=[("PO No.", "DBH-PO-00745"), ("Order Date", "8 December 2026"), ("Deliver By", "18 December 2026"), ("Currency", "EUR")],
        blocks=[("Vendor", VENDOR), ("Ship To", ["Dublin Bike Hire Ltd - Smithfield Depot", "Unit 7, Haymarket Yard", "Smithfield, Dublin 7", "D07 X2H8"])],
        cols=[("Item", 80, "L"), ("Description", 220, "L"), ("Qty", 40, "R"), ("UOM", 40, "L"), ("Unit", 60, "R"), ("Amount", 70, "R")],
        rows=rows, after=["Subtotal EUR " + f"{sum(q*p for *_, q, p in items):.2f}", "Approved by: C. Walsh, Operations"]))
    att_eml("p04_dublinhire_pdf.eml", "Orla Byrne <purchasing@dublinbikehire.ie>", "PO DBH-PO-00745",
        "Tue, 08 Dec 2026 09:00:00 +0000", "Hi,\n\nPlease see PO attached.\n\nOrla\n", "DBH-PO-00745.pdf", pdf,
        PO("Dublin Bike Hire Ltd", "DBH-PO-00745", [L(s, q, price=p, cp=cp) for cp, s, d, q, p in items],
           order_date="2026-12-08", requested_date="2026-12-18", currency="EUR",
           ship_to=S("Dublin Bike Hire Ltd - Smithfield Depot", "Unit 7, Haymarket Yard", "Dublin 7", "D07 X2H8", "IE")))

    # p05 French, unruled, stacked
    items = [("HL-URB-S-BK", "Casque Urbano noir mat taille S", 4, 31.00), ("HL-URB-M-BK", "Casque Urbano noir mat taille M", 6, 31.00),
             ("HL-URB-M-GY", "Casque Urbano gris taille M", 4, 31.00), ("HL-URB-L-NV", "Casque Urbano bleu marine taille L", 3, 31.00),
             ("LT-SET-400", "Kit éclairage USB-C 400 lm avant + arrière", 10, 30.50)]
    rows = [[d, str(q), eur(p, sym=" €"), eur(p * q, sym=" €")] for s, d, q, p in items]
    pdf = render(dict(title="BON DE COMMANDE N° CL-2026-295", ruled=False,
        company=["CYCLES LAFITTE SARL", "14 rue Saint-Jean – 69005 Lyon", "SIRET 812 345 678 00019"],
        meta=[("Date :", "30/11/2026"), ("Livraison souhaitée :", "avant le 10/12/2026")], blocks_side=False,
        blocks=[("Fournisseur :", VENDOR), ("Adresse de livraison :", ["Cycles Lafitte SARL", "14 rue Saint-Jean", "69005 Lyon"])],
        cols=[("Désignation", 270, "L"), ("Qté", 40, "R"), ("PU HT", 80, "R"), ("Montant HT", 90, "R")], rows=rows,
        after=["Total HT : " + eur(sum(q*p for _,_,q,p in items), sym=" €"), "Conditions : paiement à 30 jours fin de mois."]))
    att_eml("p05_lafitte_pdf_fr.eml", "Cycles Lafitte <commandes@cycles-lafitte.fr>", "Bon de commande CL-2026-295",
        "Mon, 30 Nov 2026 11:20:00 +0100", "Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande.\n\nCordialement,\nClaire Lafitte\n",
        "BC_CL-2026-295.pdf", pdf,
        PO("Cycles Lafitte SARL", "CL-2026-295", [L(s, q, price=p) for s, d, q, p in items],
           order_date="2026-11-30", requested_date="2026-12-10", currency="EUR",
           ship_to=S("Cycles Lafitte SARL", "14 rue Saint-Jean", "Lyon", "69005", "FR")))

    # p06 Italian, ruled, side blocks
    items = [("BP-SH-B01S-25", "Pastiglie Shimano B01S resina conf. officina 25 paia", 2, "conf", 172.00),
             ("BP-SR-LVL-SIN", "Pastiglie SRAM Level sinterizzate", 10, "paia", 11.70),
             ("CS-SH-HG500-1132", "Cassetta Shimano HG500 10v 11-32", 5, "pz", 29.00),
             ("CH-SH-HG54-116", "Catena Shimano CN-HG54 10v", 10, "pz", 20.40)]
    rows = [[str(i + 1), d, um, str(q), eur(p), eur(p * q)] for i, (s, d, q, um, p) in enumerate(items)]
    pdf = render(dict(title="ORDINE FORNITORE", company=["Ciclofficina Ferraro S.r.l.", "Via Padova 112 - 20127 Milano", "P.IVA 09876540961"],
        meta=[("Ordine n.:", "1175/26"), ("Data:", "27/11/2026"), ("Consegna richiesta:", "04/12/2026"), ("Pagamento:", "Bonifico 60 gg d.f.")],
        blocks=[("Fornitore", VENDOR), ("Destinazione merce", ["Ciclofficina Ferraro - Magazzino", "Via Cesare Saldini 29", "20133 Milano (MI)"])],
        cols=[("N.", 28, "L"), ("Descrizione", 250, "L"), ("U.M.", 40, "L"), ("Q.tà", 40, "R"), ("Prezzo €", 65, "R"), ("Importo €", 75, "R")],
        rows=rows, after=["Totale imponibile € " + eur(sum(q*p for _,_,q,_,p in items)), "IVA: operazione intracomunitaria non imponibile art. 41 DL 331/93"]))
    att_eml("p06_ferraro_pdf_it.eml", "Luca Ferraro <luca@ciclofficinaferraro.it>", "Ordine 1175/26",
        "Fri, 27 Nov 2026 12:00:00 +0100", "Buongiorno,\nin allegato il nostro ordine 1175/26.\nSaluti\nLuca Ferraro\n",
        "Ordine_1175-26.pdf", pdf,
        PO("Ciclofficina Ferraro S.r.l.", "1175/26", [L(s, q, {"conf": "BX", "paia": "PR", "pz": "EA"}[um], price=p) for s, d, q, um, p in items],
           order_date="2026-11-27", requested_date="2026-12-04", currency="EUR",
           ship_to=S("Ciclofficina Ferraro - Magazzino", "Via Cesare Saldini 29", "Milano", "20133", "IT", "MI")))

    # p07 Pedal Couriers, GBP, ruled, minimal
    items = [("BP-SH-B01S-25", "B01S resin pads workshop box (25 pr)", 2, 165.00), ("CH-KMC-X11-118", "KMC X11 chain silver", 24, 25.90),
             ("TY-GP5-2528-BK", "GP5000 700x28 black", 20, 34.50)]
    rows = [[str(q), d, f"£{p:.2f}"] for s, d, q, p in items]
    pdf = render(dict(title="PEDAL COURIERS LTD - PURCHASE ORDER", font="LS", bold="LSB",
        company=["Unit 4, Vyner Street", "London E2 9DG"],
        meta=[("Order ref", "PC-0179"), ("Date", "20 Nov 2026")], blocks=[("To", VENDOR)],
        cols=[("Qty", 40, "R"), ("Description", 300, "L"), ("Each", 80, "R")], rows=rows,
        after=["Deliver to address above. Mon-Fri 8-6."]))
    att_eml("p07_pedal_pdf.eml", "Kwame Asante <kwame@pedalcouriers.co.uk>", "order PC-0179",
        "Fri, 20 Nov 2026 08:00:00 +0000", "see attached\nK\n", "PC-0179.pdf", pdf,
        PO("Pedal Couriers Ltd", "PC-0179", [L(s, q, price=p) for s, d, q, p in items], order_date="2026-11-20", currency="GBP",
           ship_to=S("Pedal Couriers Ltd", "Unit 4, Vyner Street", "London", "E2 9DG", "GB")))

    # p08 Czech, DejaVu
    items = [("TY-MP-40622", "Plášť Schwalbe Marathon Plus 40-622", 10, 26.10), ("TY-MP-37622", "Plášť Schwalbe Marathon Plus 37-622", 10, 25.10),
             ("TB-700-2847-AV40", "Duše 28/47-622 AV 40 mm", 30, 3.80), ("TB-700-2847-PV40", "Duše 28/47-622 FV 40 mm", 30, 3.95),
             ("LB-FL-WET-60", "Mazivo Finish Line Wet 60 ml", 24, 5.60)]
    rows = [[str(i + 1), d, str(q), "ks", eur(p), eur(p * q)] for i, (s, d, q, p) in enumerate(items)]
    pdf = render(dict(title="OBJEDNÁVKA č. OBJ-2026-139", company=["Cyklo Vltava s.r.o.", "Plzeňská 155, 150 00 Praha 5", "IČO 27183456, DIČ CZ27183456"],
        meta=[("Datum vystavení:", "25.11.2026"), ("Termín dodání:", "do 4.12.2026"), ("Měna:", "EUR")],
        blocks=[("Dodavatel", VENDOR), ("Místo dodání", ["Cyklo Vltava s.r.o. – sklad", "Radlická 61", "150 00 Praha 5"])],
        cols=[("Č.", 25, "L"), ("Název zboží", 240, "L"), ("Množství", 55, "R"), ("MJ", 30, "L"), ("Cena/MJ", 60, "R"), ("Celkem", 70, "R")],
        rows=rows, after=["Celkem bez DPH: " + eur(sum(q*p for _,_,q,p in items)) + " EUR", "Vyřizuje: Petr Novotný"]))
    att_eml("p08_vltava_pdf_cz.eml", "Petr Novotný <nakup@cyklovltava.cz>", "Objednávka OBJ-2026-139",
        "Wed, 25 Nov 2026 10:00:00 +0100", "Dobrý den,\nv příloze zasíláme objednávku.\nS pozdravem\nPetr Novotný\n", "OBJ-2026-139.pdf", pdf,
        PO("Cyklo Vltava s.r.o.", "OBJ-2026-139", [L(s, q, price=p) for s, d, q, p in items], order_date="2026-11-25",
           requested_date="2026-12-04", currency="EUR", ship_to=S("Cyklo Vltava s.r.o. – sklad", "Radlická 61", "Praha 5", "15000", "CZ")))

    # p09 Kurierkollektiv English PDF, with seller SKUs quoted
    items = [("TY-GP5-2528-BK", "GP5000 700x28C black", 40, 35.90), ("TB-700-2832-PV40", "Tube 700x28-32 Presta 40", 60, 3.85),
             ("CH-KMC-Z1-112", "KMC Z1 112L", 20, 6.40), ("LT-FR-800", "Front light 800lm", 10, 35.00), ("LT-RR-BRK", "Rear light brake sensor", 10, 22.00)]
    rows = [[str(i + 1), s, d, str(q), f"{p:.2f}"] for i, (s, d, q, p) in enumerate(items)]
    pdf = render(dict(title="PURCHASE ORDER KK/2026/298", company=["Kurierkollektiv Berlin GmbH", "Skalitzer Str. 104", "10997 Berlin"],
        meta=[("Order date", "2026-11-30"), ("Requested delivery", "2026-12-09"), ("Prices in", "EUR, net")],
        blocks=[("Supplier", VENDOR), ("Invoice to", ["Kurierkollektiv Berlin GmbH", "Skalitzer Str. 104", "10997 Berlin"]),
                ("Ship to", ["Kurierkollektiv Hub Kreuzberg", "Ohlauer Str. 41", "10999 Berlin"])],
        cols=[("#", 20, "L"), ("Your SKU", 110, "L"), ("Description", 190, "L"), ("Qty", 40, "R"), ("Unit price", 70, "R")], rows=rows,
        after=["Thank you!"]))
    att_eml("p09_kurier_pdf.eml", "Jonas Richter <jonas@kurierkollektiv.de>", "PO KK/2026/298",
        "Mon, 30 Nov 2026 16:00:00 +0100", "Hi, PO attached. Jonas\n", "KK-2026-298.pdf", pdf,
        PO("Kurierkollektiv Berlin GmbH", "KK/2026/298", [L(s, q, price=p) for s, d, q, p in items], order_date="2026-11-30",
           requested_date="2026-12-09", currency="EUR", ship_to=S("Kurierkollektiv Hub Kreuzberg", "Ohlauer Str. 41", "Berlin", "10999", "DE")))

    # p10 Flemish, bill-to differs from ship-to, ruled
    items = [("TY-MP-47406", "Marathon Plus 20 x 1.75 (47-406)", 8, 22.40), ("TB-20-175-AV", "Binnenband 20 x 1.75 AV", 16, 3.25),
             ("TB-16-175-AV", "Binnenband 16 x 1.75 AV", 16, 3.05), ("HL-KID-XS-BL", "Kinderhelm XS blauw", 5, 17.90),
             ("HL-KID-XS-RD", "Kinderhelm XS rood", 5, 17.90), ("LT-SET-AAA", "Lichtset batterij", 20, 8.90)]
    rows = [[d, str(q), eur(p, sym=" €"), eur(p * q, sym=" €")] for s, d, q, p in items]
    pdf = render(dict(title="BESTELBON", company=["Fietsen Peeters BV", "Turnhoutsebaan 301, 2140 Borgerhout", "BTW BE 0456.789.123"],
        meta=[("Bestelbon nr.", "P-26-1188"), ("Datum", "24/11/2026"), ("Leverdatum", "zo snel mogelijk")],
        blocks=[("Facturatieadres", ["Fietsen Peeters BV", "Turnhoutsebaan 301", "2140 Borgerhout"]),
                ("Leveringsadres", ["Fietsen Peeters – filiaal Mortsel", "Statiestraat 44", "2640 Mortsel"]), ("Leverancier", VENDOR)],
        cols=[("Omschrijving", 260, "L"), ("Aantal", 50, "R"), ("Eenheidsprijs", 85, "R"), ("Totaal", 85, "R")], rows=rows,
        after=["Totaal excl. BTW: " + eur(sum(q*p for _,_,q,p in items), sym=" €")]))
    att_eml("p10_peeters_pdf_vl.eml", "Wim Peeters <wim@peetersfietsen.be>", "bestelbon P-26-1188",
        "Tue, 24 Nov 2026 10:30:00 +0100", "Dag,\n\nIn bijlage onze bestelbon, levering aan het filiaal in Mortsel aub.\n\nWim\n", "bestelbon_P-26-1188.pdf", pdf,
        PO("Fietsen Peeters BV", "P-26-1188", [L(s, q, price=p) for s, d, q, p in items], order_date="2026-11-24", currency="EUR",
           ship_to=S("Fietsen Peeters – filiaal Mortsel", "Statiestraat 44", "Mortsel", "2640", "BE")))
