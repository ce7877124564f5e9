# PDF purchase orders attached to mails, spreadsheets/CSV, and a PDF non-order
import io, csv
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from common import L, label, not_order, make_mail, save, SELLER_IT, SELLER_ES
from catalog import SKUS

FONT = "Helvetica"
for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
    try:
        pdfmetrics.registerFont(TTFont("DejaVu", p))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", p.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
        FONT = "DejaVu"
    except Exception:
        pass
BOLD = FONT + "-Bold" if FONT == "DejaVu" else "Helvetica-Bold"
ST = getSampleStyleSheet()


def P(t, size=8, bold=False):
    s = ST["Normal"].clone("x", fontName=BOLD if bold else FONT, fontSize=size, leading=size + 2)
    return Paragraph(t.replace("\n", "<br/>"), s)


def fmt(v, comma):
    s = "%.2f" % v
    return s.replace(".", ",") if comma else s


def po_pdf(title, letterhead, lh_addr, left_hdr, left, right_hdr, right, meta, head, rows, widths,
           ruled=True, footer=None, notes=None):
    buf = io.BytesIO()

    def on_page(c, d):
        c.saveState()
        c.setFont(BOLD, 14)
        c.drawString(18 * mm, 282 * mm, letterhead)
        c.setFont(FONT, 7.5)
        c.drawString(18 * mm, 277 * mm, lh_addr)
        c.line(18 * mm, 275 * mm, 192 * mm, 275 * mm)
        c.setFont(FONT, 7)
        c.drawRightString(192 * mm, 10 * mm, (footer or "") + "  Pag. %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=28 * mm, bottomMargin=18 * mm)
    story = [P(title, 13, True), Spacer(1, 4)]
    story.append(Table([[P(" / ".join(k for k, v in meta) if False else "\n".join("%s: %s" % kv for kv in meta), 9)]],
                       colWidths=[174 * mm]))
    story.append(Spacer(1, 6))
    addr = Table([[P(left_hdr, 8, True), P(right_hdr, 8, True)], [P(left, 9), P(right, 9)]], colWidths=[87 * mm, 87 * mm])
    addr.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.5, colors.grey), ("BOX", (1, 0), (1, -1), 0.5, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [addr, Spacer(1, 8)]
    data = [head] + rows
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    style = [("FONT", (0, 0), (-1, 0), BOLD, 8), ("FONT", (0, 1), (-1, -1), FONT, 8),
             ("ALIGN", (-3, 1), (-1, -1), "RIGHT")]
    if ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    else:
        style += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    t.setStyle(TableStyle(style))
    story.append(t)
    if notes:
        story += [Spacer(1, 8), P(notes, 8)]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def attach_pdf(name, frm, to, subj, date, body, pdfname, pdf, lab):
    save(name, lab, make_mail(frm, to, subj, date, body, attachments=[(pdfname, pdf, "application", "pdf")]))


def build_pdfs():
    n = 0
    SELLER_BLOCK = "LHS Forniture Professionali S.r.l.\nVia Giovanni da Procida 28\n20149 Milano (MI)\nP.IVA IT09876540155"

    # ---- p01 Glamour Group chain purchasing system, multi-page, buyer codes + our SKUs
    items = [("GG-COL-0401", "CLX60-0400", 12), ("GG-COL-0501", "CLX60-0500", 18), ("GG-COL-0511", "CLX60-0510", 6),
             ("GG-COL-0601", "CLX60-0600", 18), ("GG-COL-0611", "CLX60-0610", 24), ("GG-COL-0602", "CLX60-0601", 6),
             ("GG-COL-0631", "CLX60-0630", 12), ("GG-COL-0701", "CLX60-0700", 18), ("GG-COL-0711", "CLX60-0710", 18),
             ("GG-COL-0731", "CLX60-0730", 12), ("GG-COL-0743", "CLX60-0743", 24), ("GG-COL-0801", "CLX60-0800", 12),
             ("GG-COL-0811", "CLX60-0810", 12), ("GG-COL-0903", "CLX60-0903", 24), ("GG-COL-0931", "CLX60-0930", 6),
             ("GG-COL-1001", "CLX60-1000", 6), ("GG-COL-1011", "CLX60-1010", 18), ("GG-COL-1021", "CLX60-1021", 6),
             ("GG-OXI-0010", "OX1000-10", 12), ("GG-OXI-0020", "OX1000-20", 36), ("GG-OXI-0030", "OX1000-30", 24),
             ("GG-OXI-0040", "OX1000-40", 6), ("GG-DEC-0500", "BL500-BLU", 12), ("GG-DEC-0501", "BL500-PLX", 6),
             ("GG-SHA-0005", "SH-TEC-5L", 8), ("GG-SHA-1005", "SH-IDR-5L", 6), ("GG-BAL-1005", "CO-IDR-5L", 6),
             ("GG-GUA-NBM", "GL-NIT-BK-M", 20), ("GG-GUA-NBS", "GL-NIT-BK-S", 10), ("GG-GUA-NBL", "GL-NIT-BK-L", 10),
             ("GG-ALU-1525", "FO-15-250", 8), ("GG-ALU-1225", "FO-12-250", 8), ("GG-MAN-COL", "CP-COL-BK", 10),
             ("GG-ASC-BK50", "TW-5090-BK", 12), ("GG-CIO-001", "AC-BOWL", 30), ("GG-PEN-L", "BR-TINT-W", 30),
             ("GG-CUF-100", "AC-CAP-100", 10), ("GG-PIN-12", "AC-CLIP-12", 10)]
    rows, lines = [], []
    for i, (part, sku, q) in enumerate(items, 1):
        c = SKUS[sku]
        desc = c[1]
        price = round(c[3] * 0.9, 2)
        rows.append([str(i * 10), part, sku, desc, c[2] if c[2] != "EA" else "PZ", str(q), fmt(price, True), fmt(price * q, True)])
        lines.append(L(sku, desc, q, c[2], price, part))
    pdf = po_pdf("ORDINE DI ACQUISTO N. GG-PO-2026-004417", "GLAMOUR GROUP S.p.A.",
                 "Via Tiburtina 1020 - 00156 Roma - P.IVA IT05544330589 - acquisti@glamourgroup.it - Sistema Acquisti SAP MM",
                 "FORNITORE", SELLER_BLOCK + "\nCod. fornitore 300127",
                 "DESTINAZIONE MERCE", "Glamour Salon Roma Parioli (PDV 014)\nViale Parioli 44\n00197 Roma (RM)\nOrario scarico 8:00-10:00",
                 [("Data ordine", "26/11/2026"), ("Data consegna richiesta", "03/12/2026"), ("Valuta", "EUR"),
                  ("Buyer", "S. Marini"), ("Condizioni pagamento", "RB 60 gg d.f.f.m.")],
                 ["Pos.", "Cod. GG", "Cod. fornitore", "Descrizione", "UM", "Q.tà", "Prezzo", "Importo"],
                 rows, [9, 20, 21, 74, 8, 10, 14, 18], footer="GG-PO-2026-004417",
                 notes="Prezzi netti con sconto 10% da accordo quadro 2026. Indicare il numero ordine su DDT e fattura. "
                       "Merce non conforme sarà respinta.")
    attach_pdf("p01_glamour_chain_multipage", "Glamour Group Acquisti <noreply-acquisti@glamourgroup.it>", SELLER_IT,
               "Ordine di acquisto GG-PO-2026-004417", "Thu, 26 Nov 2026 06:02:11 +0100",
               "Gentile fornitore,\nin allegato l'ordine di acquisto GG-PO-2026-004417.\nQuesto messaggio è generato automaticamente dal sistema acquisti Glamour Group. Non rispondere.\n",
               "GG-PO-2026-004417.pdf", pdf,
               label("Glamour Group S.p.A.", "GG-PO-2026-004417", lines, "2026-11-26", "2026-12-03", "EUR",
                     ship=("Glamour Salon Roma Parioli (PDV 014)", "Viale Parioli 44", "Roma", "00197", "IT", "RM")))
    n += 1

    # ---- p02 Glamour second store, unruled, few lines
    items = [("GG-COL-0611", "CLX100-0610", 10), ("GG-COL-0743", "CLX100-0743", 10), ("GG-COL-0903", "CLX100-0903", 8),
             ("GG-OXI-0020", "OX5000-20", 4), ("GG-SHA-2001", "SH-SIL-1L", 12), ("GG-BAL-2001", "CO-SIL-1L", 12)]
    rows, lines = [], []
    for i, (part, sku, q) in enumerate(items, 1):
        c = SKUS[sku]
        price = round(c[3] * 0.9, 2)
        rows.append([str(i * 10), part, sku, c[1], "PZ", str(q), fmt(price, True), fmt(price * q, True)])
        lines.append(L(sku, c[1], q, "EA", price, part))
    pdf = po_pdf("ORDINE DI ACQUISTO N. GG-PO-2026-004502", "GLAMOUR GROUP S.p.A.",
                 "Via Tiburtina 1020 - 00156 Roma - P.IVA IT05544330589 - acquisti@glamourgroup.it - Sistema Acquisti SAP MM",
                 "FORNITORE", SELLER_BLOCK, "DESTINAZIONE MERCE",
                 "Glamour Salon Milano Brera (PDV 021)\nVia Solferino 12\n20121 Milano (MI)",
                 [("Data ordine", "10/12/2026"), ("Data consegna richiesta", "17/12/2026"), ("Valuta", "EUR")],
                 ["Pos.", "Cod. GG", "Cod. fornitore", "Descrizione", "UM", "Q.tà", "Prezzo", "Importo"],
                 rows, [9, 20, 21, 74, 8, 10, 14, 18], ruled=False, footer="GG-PO-2026-004502")
    attach_pdf("p02_glamour_store_unruled", "Glamour Group Acquisti <noreply-acquisti@glamourgroup.it>", SELLER_IT,
               "Ordine di acquisto GG-PO-2026-004502", "Thu, 10 Dec 2026 06:01:40 +0100",
               "Gentile fornitore,\nin allegato l'ordine di acquisto GG-PO-2026-004502.\n", "GG-PO-2026-004502.pdf", pdf,
               label("Glamour Group S.p.A.", "GG-PO-2026-004502", lines, "2026-12-10", "2026-12-17", "EUR",
                     ship=("Glamour Salon Milano Brera (PDV 021)", "Via Solferino 12", "Milano", "20121", "IT", "MI")))
    n += 1

    def simple(name, frm, to, subj, date, body, fname, title, lh, lh_addr, buyer_hdr, buyer, ship_hdr, shipblk, meta, head,
               spec, widths, lab_kw, comma=True, ruled=True, uom_col=True, part_col=False, notes=None):
        rows, lines = [], []
        for i, s in enumerate(spec, 1):
            sku, desc, q, uom_w, uom, price = s[:6]
            part = s[6] if len(s) > 6 else None
            r = [str(i)]
            if part_col:
                r.append(part or "")
            r += [desc]
            if uom_col:
                r.append(uom_w)
            r += [str(q), fmt(price, comma) if price is not None else "", fmt(price * q, comma) if price is not None else ""]
            rows.append(r)
            lines.append(L(sku, desc, q, uom, price, part))
        pdf = po_pdf(title, lh, lh_addr, buyer_hdr, buyer, ship_hdr, shipblk, meta, head, rows, widths, ruled=ruled, notes=notes)
        attach_pdf(name, frm, to, subj, date, body, fname, pdf, label(lines=lines, **lab_kw))

    # ---- p03 Aquae Termali, Italian, ship-to spa warehouse
    simple("p03_aquae_pdf_it", "Acquisti Aquae Termali <acquisti@aquaetermali.it>", SELLER_IT, "Ordine 000902",
           "Mon, 14 Dec 2026 08:00:00 +0100", "Buongiorno, si trasmette ordine n. 000902 in allegato.\nCordiali saluti\nUfficio Acquisti\n",
           "ODA_000902.pdf", "ORDINE A FORNITORE N. 000902", "Aquae Termali Spa & Resort",
           "Viale delle Terme 102 - 35031 Abano Terme (PD) - tel. 049 866 1200 - acquisti@aquaetermali.it",
           "Spett.le Fornitore", SELLER_BLOCK, "Luogo di consegna", "Aquae Termali - Magazzino Spa\nVia Monteortone 5\n35031 Abano Terme (PD)",
           [("Data", "14.12.2026"), ("Consegna entro", "21.12.2026"), ("Pagamento", "Bonifico 30 gg")],
           ["Riga", "Descrizione articolo", "UM", "Quantità", "Prezzo €", "Totale €"],
           [("WX-TN-AZU", "Cera liposolubile barattolo 400 ml azulene", 20, "PZ", "EA", 5.90),
            ("WX-TN-TIT", "Cera liposolubile barattolo 400 ml titanio rosa", 10, "PZ", "EA", 5.90),
            ("WX-STRIP-100", "Strisce depilatorie TNT 7 x 20 cm conf. 100", 15, "CF", "PK", 3.20),
            ("TW-5090-WH", "Asciugamano spugna 50 x 90 cm bianco conf. 12 pz", 10, "CF", "PK", 34.80),
            ("SH-IDR-5L", "Shampoo Idratante 5 L ricarica", 6, "PZ", "EA", 38.00)],
           [12, 90, 12, 20, 20, 20],
           dict(customer="Aquae Termali Spa & Resort", po="000902", order_date="2026-12-14", req="2026-12-21", currency="EUR",
                ship=("Aquae Termali - Magazzino Spa", "Via Monteortone 5", "Abano Terme", "35031", "IT", "PD")))
    n += 1

    # ---- p04 Lichtblick German PDF with own Art.-Nr.
    simple("p04_lichtblick_pdf_de", "Julia Brandt <einkauf@lichtblick-haare.de>", SELLER_IT, "Bestellung LB-7850 (PDF)",
           "Tue, 12 Jan 2027 09:00:00 +0100", "Hallo,\nanbei Bestellung LB-7850 als PDF.\nViele Grüße\nJulia Brandt\nHaarstudio Lichtblick\n",
           "Bestellung_LB-7850.pdf", "BESTELLUNG Nr. LB-7850", "Haarstudio Lichtblick",
           "Schellingstraße 31 · 80799 München · Tel. 089 2710 553 · einkauf@lichtblick-haare.de",
           "Lieferant", SELLER_BLOCK, "Lieferanschrift", "Haarstudio Lichtblick\nSchellingstraße 31\n80799 München",
           [("Bestelldatum", "12.01.2027"), ("Liefertermin", "19.01.2027"), ("Währung", "EUR")],
           ["Pos", "Art.-Nr.", "Bezeichnung", "ME", "Menge", "EP", "GP"],
           [("CLX60-0610", "Cromalux Farbcreme 6.1 Tube 60 ml", 6, "Stk", "EA", 6.90, "LB-F-0610-60"),
            ("CLX60-0601", "Cromalux Farbcreme 6.01 Tube 60 ml", 4, "Stk", "EA", 6.90, "LB-F-0601-60"),
            ("CLX60-0903", "Cromalux Farbcreme 9.03 Tube 60 ml", 6, "Stk", "EA", 6.90, "LB-F-0903-60"),
            ("CLX60-0930", "Cromalux Farbcreme 9.3 Tube 60 ml", 2, "Stk", "EA", 6.90, "LB-F-0930-60"),
            ("OX1000-20", "Entwickler 20 Vol. 6% 1 L", 12, "Stk", "EA", 5.60, "LB-O-20"),
            ("FO-12-100-EMB", "Alufolie geprägt 12 cm x 100 m", 4, "Rolle", "RL", 9.60, "LB-A-12G")],
           [10, 26, 76, 12, 14, 18, 18],
           dict(customer="Haarstudio Lichtblick", po="LB-7850", order_date="2027-01-12", req="2027-01-19", currency="EUR",
                ship=("Haarstudio Lichtblick", "Schellingstraße 31", "München", "80799", "DE")), part_col=True)
    n += 1

    # ---- p05 Rizos, Spanish invoice-software PO
    simple("p05_rizos_pdf_es", "Lucía Moreno <lucia@peluqueriarizos.es>", SELLER_ES, "Pedido a proveedor PP-2027-003",
           "Wed, 13 Jan 2027 12:00:00 +0100", "Hola, os adjunto el pedido en PDF.\nUn beso, Lucía\n",
           "PP-2027-003.pdf", "PEDIDO A PROVEEDOR PP-2027-003", "Peluquería Rizos",
           "Calle de Fuencarral 88 · 28004 Madrid · NIF B87654321 · 91 522 31 09",
           "Proveedor", "LHS Forniture Professionali S.r.l.\nAlmacén Madrid - Calle de la Granja 14\n28108 Alcobendas (Madrid)",
           "Dirección de entrega", "Peluquería Rizos\nCalle de Fuencarral 88\n28004 Madrid",
           [("Fecha", "13/01/2027"), ("Fecha de entrega", "19/01/2027")],
           ["#", "Concepto", "Ud.", "Cant.", "Precio €", "Subtotal €"],
           [("CLX60-0743", "Tinte Cromalux 7/43 60 ml", 4, "ud", "EA", 6.90),
            ("CLX60-0744", "Tinte Cromalux 7/44 60 ml", 2, "ud", "EA", 6.90),
            ("CLX60-0666", "Tinte Cromalux 6.66 60 ml", 2, "ud", "EA", 6.90),
            ("OX1000-20", "Oxidante crema 20 vol 1 L", 6, "ud", "EA", 5.60),
            ("BL500-PLX", "Decolorante Bond Plex 500 g", 2, "ud", "EA", 21.50),
            ("TW-5090-BD", "Toalla 50x90 burdeos pack 12", 1, "pack", "PK", 34.80)],
           [10, 90, 14, 16, 22, 22],
           dict(customer="Peluquería Rizos", po="PP-2027-003", order_date="2027-01-13", req="2027-01-19", currency="EUR",
                ship=("Peluquería Rizos", "Calle de Fuencarral 88", "Madrid", "28004", "ES")), ruled=False)
    n += 1

    # ---- p06 Cutting Room, English, accounting package PO
    simple("p06_cuttingroom_pdf_uk", "Priya Shah <priya@cuttingroom.co.uk>", SELLER_IT, "Purchase Order PO-0478 from The Cutting Room Ltd",
           "Thu, 14 Jan 2027 15:20:00 +0000",
           "Hi,\n\nHere's purchase order PO-0478 for 21 Jan 2027.\n\nIf you have any questions, please let us know.\n\nThanks,\nThe Cutting Room Ltd\n",
           "PO-0478.pdf", "PURCHASE ORDER PO-0478", "The Cutting Room Ltd",
           "48 Oldham Street, Manchester M4 1LE, United Kingdom · VAT GB 123 4567 89",
           "Supplier", SELLER_BLOCK, "Delivery Address",
           "The Cutting Room - Ancoats\nUnit 4, 21 Blossom Street\nManchester M4 6AJ\nUnited Kingdom",
           [("Date", "14 Jan 2027"), ("Delivery Date", "21 Jan 2027"), ("Reference", "Ancoats opening"), ("Currency", "EUR")],
           ["Item", "Description", "Quantity", "Unit Price", "Amount EUR"],
           [("CP-CUT-BK", "Cutting cape black, button closure", 12, None, "EA", 9.80),
            ("CP-COL-BK", "Colour cape black waterproof velcro", 8, None, "EA", 12.90),
            ("BR-RND-33", "Ceramic round brush 33mm", 6, None, "EA", 8.50),
            ("BR-RND-43", "Ceramic round brush 43mm", 6, None, "EA", 9.40),
            ("CB-CUT-7", "Carbon cutting comb 7\"", 24, None, "EA", 2.40),
            ("AC-SPRAY", "Water spray bottle 300ml", 8, None, "EA", 2.30),
            ("TW-5090-GR", "Towel 50x90 charcoal grey (pack of 12)", 6, None, "PK", 34.80)],
           [12, 98, 20, 22, 22],
           dict(customer="The Cutting Room Ltd", po="PO-0478", order_date="2027-01-14", req="2027-01-21", currency="EUR",
                ship=("The Cutting Room - Ancoats", "Unit 4, 21 Blossom Street", "Manchester", "M46AJ", "GB")), comma=False, uom_col=False)
    n += 1

    # ---- p07 Escuela Alhambra, Spanish, ruled, no prices
    simple("p07_alhambra_pdf_noprices", "Compras Escuela Alhambra <compras@escuelaalhambra.es>", SELLER_ES, "OC-2027-009",
           "Fri, 15 Jan 2027 10:00:00 +0100", "Buenos días, adjuntamos orden de compra OC-2027-009. Los precios según tarifa vigente.\nAtentamente,\nCompras\n",
           "OC-2027-009.pdf", "ORDEN DE COMPRA OC-2027-009", "Escuela de Estética Alhambra",
           "Calle Recogidas 31 · 18005 Granada · CIF G18123456 · compras@escuelaalhambra.es",
           "Proveedor", "LHS Forniture Professionali S.r.l.\nAlmacén Madrid\nCalle de la Granja 14, 28108 Alcobendas",
           "Entregar en", "Escuela de Estética Alhambra - Aula 3\nCalle Recogidas 31\n18005 Granada",
           [("Fecha", "15-01-2027"), ("Entrega", "29-01-2027")],
           ["Línea", "Descripción", "Unidad", "Cantidad", "Precio", "Importe"],
           [("NP-101", "Esmalte Lumina 101 Rosso Classico 12 ml", 12, "ud", "EA", None),
            ("NP-201", "Esmalte Lumina 201 Nude Sabbia 12 ml", 12, "ud", "EA", None),
            ("NP-211", "Esmalte Lumina 211 Bianco French 12 ml", 12, "ud", "EA", None),
            ("NP-401", "Esmalte Lumina 401 Top Coat Lucido 12 ml", 12, "ud", "EA", None),
            ("WX-CR-NAT", "Cera roll-on cartucho 100 ml natural", 30, "ud", "EA", None),
            ("WX-HEAT-1", "Calentador de cera individual", 6, "ud", "EA", None)],
           [14, 90, 16, 18, 18, 18],
           dict(customer="Escuela de Estética Alhambra", po="OC-2027-009", order_date="2027-01-15", req="2027-01-29", currency=None,
                ship=("Escuela de Estética Alhambra - Aula 3", "Calle Recogidas 31", "Granada", "18005", "ES")))
    n += 1

    # ---- p08 Hotel Lago Splendido PDF
    simple("p08_lagosplendido_pdf", "Spa Lago Splendido <spa.acquisti@lagosplendido.com>", SELLER_IT, "ODA LS/SPA/2027/009",
           "Mon, 18 Jan 2027 09:30:00 +0100", "Buongiorno,\nin allegato ordine LS/SPA/2027/009.\nUfficio Acquisti - Hotel Lago Splendido\n",
           "LS-SPA-2027-009.pdf", "ORDINE D'ACQUISTO LS/SPA/2027/009", "HOTEL LAGO SPLENDIDO ★★★★★",
           "Via Valassina 8 · 22021 Bellagio (CO) · P.IVA 01234560134 · acquisti@lagosplendido.com",
           "Fornitore", SELLER_BLOCK, "Consegna", "Hotel Lago Splendido - Ingresso fornitori\nVia Valassina 8\n22021 Bellagio (CO)",
           [("Data ordine", "18 gennaio 2027"), ("Consegna richiesta", "25 gennaio 2027"), ("Centro di costo", "SPA-02"), ("Valuta", "EUR")],
           ["N.", "Descrizione", "UM", "Q.tà", "Prezzo", "Importo"],
           [("TW-5090-GR", "Asciugamano spugna 50 x 90 cm grigio antracite conf. 12 pz", 6, "CF", "PK", 34.80),
            ("TW-4080-BK", "Asciugamano spugna 40 x 80 cm nero conf. 12 pz", 4, "CF", "PK", 27.60),
            ("WX-TN-CHO", "Cera liposolubile barattolo 400 ml cioccolato", 8, "PZ", "EA", 5.90),
            ("GL-NIT-BL-S", "Guanti nitrile blu senza polvere taglia S box 100 pz", 5, "CF", "BX", 6.90)],
           [10, 100, 12, 14, 18, 20],
           dict(customer="Hotel Lago Splendido - Spa", po="LS/SPA/2027/009", order_date="2027-01-18", req="2027-01-25", currency="EUR",
                ship=("Hotel Lago Splendido - Ingresso fornitori", "Via Valassina 8", "Bellagio", "22021", "IT", "CO")))
    n += 1

    # ---- p09 Ioana Beauty, Romanian PDF
    simple("p09_ioana_pdf_ro", "Ioana Popescu <comenzi@ioanabeauty.ro>", SELLER_IT, "Comanda 2245",
           "Tue, 19 Jan 2027 11:00:00 +0200", "Bună ziua,\natașat comanda nr. 2245.\nMulțumesc,\nIoana\n",
           "Comanda_2245.pdf", "COMANDĂ FURNIZOR NR. 2245", "IOANA BEAUTY SALON SRL",
           "Strada Academiei 9, București 010013 · CUI RO31234567 · +40 21 310 77 45",
           "Furnizor", SELLER_BLOCK, "Adresă de livrare", "Ioana Beauty Salon - Punct de lucru Floreasca\nCalea Floreasca 165\n014459 București",
           [("Data comenzii", "19.01.2027"), ("Data livrării", "28.01.2027"), ("Monedă", "EUR")],
           ["Nr.", "Denumire produs", "U.M.", "Cant.", "Preț unitar", "Valoare"],
           [("NP-105", "Ojă Lumina 105 Bordeaux Notte 12 ml", 6, "buc", "EA", 4.30),
            ("NP-110", "Ojă Lumina 110 Corallo 12 ml", 6, "buc", "EA", 4.30),
            ("NP-310", "Ojă Lumina 310 Blu Navy 12 ml", 4, "buc", "EA", 4.30),
            ("WX-CR-TIT", "Ceară cartuș roll-on 100 ml titan roz", 48, "buc", "EA", 1.95),
            ("WX-TN-AZU", "Ceară cutie 400 ml azulenă", 6, "buc", "EA", 5.90),
            ("TW-DISP-50", "Prosoape de unică folosință 40x80 pachet 50", 10, "pach", "PK", 9.90)],
           [10, 94, 14, 14, 22, 20],
           dict(customer="Ioana Beauty Salon", po="2245", order_date="2027-01-19", req="2027-01-28", currency="EUR",
                ship=("Ioana Beauty Salon - Punct de lucru Floreasca", "Calea Floreasca 165", "București", "014459", "RO")))
    n += 1

    # ---- p10 Barber Brothers, German, unruled
    simple("p10_barberbrothers_pdf", "Kemal Yilmaz <kemal@barberbrothers.de>", SELLER_IT, "Bestellung BB-B-2255",
           "Wed, 20 Jan 2027 10:00:00 +0100", "Moin, Bestellung anbei. Gruß Kemal\n\nBarber Brothers GmbH\nOranienstraße 180, 10999 Berlin\n",
           "BB-B-2255.pdf", "Bestellung BB-B-2255", "BARBER BROTHERS GmbH",
           "Oranienstraße 180 · 10999 Berlin · HRB 198765 B · kemal@barberbrothers.de",
           "An", SELLER_BLOCK, "Lieferung an", "Barber Brothers Kreuzberg\nOranienstraße 180\n10999 Berlin",
           [("Datum", "20.01.2027"), ("Gewünschter Liefertermin", "27.01.2027")],
           ["Pos.", "Artikel", "Einheit", "Menge", "Preis", "Summe"],
           [("RZ-1B-100", "Einwegrasierer einschneidig 100er Box", 6, "Box", "BX", 14.00),
            ("RZ-2B-100", "Einwegrasierer zweischneidig 100er Box", 6, "Box", "BX", 18.50),
            ("RZ-DE-100", "Rasierklingen doppelschneidig 100 Stk", 10, "Box", "BX", 9.90),
            ("CP-BARB-BK", "Barber Umhang schwarz Neoprenkragen", 4, "Stk", "EA", 16.90),
            ("AC-NECK-5", "Nackenpapier 5 x 100", 10, "Pkg", "PK", 6.80)],
           [12, 92, 16, 16, 20, 20],
           dict(customer="Barber Brothers GmbH", po="BB-B-2255", order_date="2027-01-20", req="2027-01-27", currency=None,
                ship=("Barber Brothers Kreuzberg", "Oranienstraße 180", "Berlin", "10999", "DE")), ruled=False)
    n += 1

    # ---- n04 supplier order acknowledgement (not an order): from the colour manufacturer to the seller
    pdf = po_pdf("CONFERMA D'ORDINE N. CO-26-8812", "CROMALUX COSMETICI S.p.A.",
                 "Via dell'Industria 5 - 24040 Bergamo - conferme@cromalux-cosmetici.it",
                 "Cliente", SELLER_BLOCK, "Vostro ordine", "Ordine LHS n. ACQ-2026-311 del 30/11/2026",
                 [("Data conferma", "02/12/2026"), ("Consegna prevista", "09/12/2026")],
                 ["Riga", "Articolo", "Descrizione", "UM", "Q.tà", "Prezzo", "Importo"],
                 [["1", "CLX60-0610", "Cromalux colore in crema 6.1 tubo 60 ml", "PZ", "600", "3,10", "1860,00"],
                  ["2", "CLX60-0743", "Cromalux colore in crema 7/43 tubo 60 ml", "PZ", "480", "3,10", "1488,00"]],
                 [10, 24, 80, 10, 14, 16, 20], notes="Vi confermiamo l'ordine in oggetto. Questo documento non è una fattura.")
    save("n04_supplier_ack", not_order(), make_mail("Cromalux Cosmetici <conferme@cromalux-cosmetici.it>", "acquisti@lhs-pro.it",
         "Conferma d'ordine CO-26-8812 (Vs. ordine ACQ-2026-311)", "Wed, 02 Dec 2026 14:00:00 +0100",
         "Gentili signori,\nin allegato la conferma del Vostro ordine ACQ-2026-311.\nCordiali saluti\nUfficio Commerciale Cromalux\n",
         attachments=[("CO-26-8812.pdf", pdf, "application", "pdf")]))
    n += 1
    return n


def build_sheets():
    import os
    from common import OUT
    # ---- s01 xlsx re-order sheet (par / on hand / order) attached to a mail
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Riordino"
    ws.append(["Salone Bellezza Viva - foglio riordino magazzino", None, None, None, None])
    ws.append(["Settimana 51 - compilato da Chiara", None, None, None, None])
    ws.append([])
    ws.append(["Codice LHS", "Articolo", "Scorta min.", "Giacenza", "Da ordinare"])
    spec = [("CLX60-0500", "Cromalux 5.0 60ml", 6, 4, 2), ("CLX60-0610", "Cromalux 6.1 60ml", 8, 2, 6),
            ("CLX60-0700", "Cromalux 7.0 60ml", 6, 6, 0), ("CLX60-0743", "Cromalux 7/43 60ml", 6, 1, 5),
            ("CLX60-0903", "Cromalux 9.03 60ml", 8, 3, 5), ("CLX60-1010", "Cromalux 10.1 60ml", 6, 7, 0),
            ("OX1000-20", "Ossidante 20 vol 1L", 6, 2, 4), ("OX1000-30", "Ossidante 30 vol 1L", 4, 4, 0),
            ("BL500-BLU", "Decolorante blu 500g", 3, 1, 2), ("SH-IDR-5L", "Shampoo Idratante 5L", 2, 1, 1),
            ("GL-NIT-BK-M", "Guanti nitrile neri M", 5, 5, 0), ("FO-12-100", "Alluminio 12cm 100m", 4, 1, 3)]
    lines = []
    for sku, d, par, oh, q in spec:
        ws.append([sku, d, par, oh, q])
        if q:
            lines.append(L(sku, d, q, SKUS[sku][2]))
    buf = io.BytesIO()
    wb.save(buf)
    save("s01_bellezzaviva_reorder_xlsx", label("Salone Bellezza Viva", None, lines),
         make_mail("Chiara Bonetti <chiara@bellezzaviva.it>", SELLER_IT, "riordino settimana 51", "Mon, 14 Dec 2026 08:05:00 +0100",
                   "Ciao, vi allego il foglio riordino, ordinate solo la colonna 'Da ordinare'.\nGrazie Chiara\n\nSalone Bellezza Viva\n",
                   attachments=[("riordino_sett51.xlsx", buf.getvalue(), "application",
                                 "vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))

    # ---- s02 standalone xlsx: Glamour Group store order template
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ordine PDV"
    ws["A1"] = "GLAMOUR GROUP - RICHIESTA MERCE PDV"
    ws["A3"], ws["B3"] = "N. ordine", "GG-PO-2027-000112"
    ws["A4"], ws["B4"] = "Data", "08/01/2027"
    ws["A5"], ws["B5"] = "Consegna entro", "15/01/2027"
    ws["A6"], ws["B6"] = "PDV", "Glamour Salon Torino Centro (PDV 007)"
    ws["A7"], ws["B7"] = "Indirizzo", "Via Garibaldi 18, 10122 Torino (TO)"
    ws.append([])
    ws.append(["Cod. GG", "Cod. fornitore", "Descrizione", "UM", "Quantità", "Prezzo netto €"])
    spec = [("GG-COL-0611", "CLX60-0610", 12), ("GG-COL-0602", "CLX60-0601", 6), ("GG-COL-0743", "CLX60-0743", 12),
            ("GG-COL-0903", "CLX60-0903", 12), ("GG-OXI-0020", "OX1000-20", 24), ("GG-GUA-NBM", "GL-NIT-BK-M", 10),
            ("GG-ASC-BK50", "TW-5090-BK", 6)]
    lines = []
    for part, sku, q in spec:
        c = SKUS[sku]
        price = round(c[3] * 0.9, 2)
        ws.append([part, sku, c[1], c[2], q, price])
        lines.append(L(sku, c[1], q, c[2], price, part))
    wb.save(os.path.join(OUT, "s02_glamour_store_order.xlsx"))
    save("s02_glamour_store_order", label("Glamour Group S.p.A.", "GG-PO-2027-000112", lines, "2027-01-08", "2027-01-15", "EUR",
                                          ship=("Glamour Salon Torino Centro (PDV 007)", "Via Garibaldi 18", "Torino", "10122", "IT", "TO")),
         raw=None, ext="xlsx")

    # ---- s03 standalone CSV, semicolons, decimal commas (German)
    spec = [("LB-F-0510", "CLX60-0510", "Cromalux 5.1 Tube 60 ml", 4, 6.90), ("LB-F-0700", "CLX60-0700", "Cromalux 7.0 Tube 60 ml", 6, 6.90),
            ("LB-F-0810", "CLX60-0810", "Cromalux 8.1 Tube 60 ml", 4, 6.90), ("LB-O-30", "OX1000-30", "Entwickler 30 Vol. 1 Liter", 6, 5.60),
            ("LB-O-40", "OX1000-40", "Entwickler 40 Vol. 1 Liter", 2, 5.60), ("LB-B-02", "BL500-WHT", "Blondierpulver weiß Dose 500 g", 3, 14.90),
            ("LB-S-01", "SH-SIL-1L", "Silbershampoo 1 Liter", 4, 12.40)]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Bestellnr.", "Datum", "Art.-Nr. Kunde", "Art.-Nr. Lieferant", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"])
    lines = []
    for part, sku, d, q, p in spec:
        w.writerow(["LB-7866", "25.01.2027", part, sku, d, q, fmt(p, True), fmt(p * q, True)])
        lines.append(L(sku, d, q, "EA", p, part))
    save("s03_lichtblick_semicolon", label("Haarstudio Lichtblick", "LB-7866", lines, "2027-01-25", None, None),
         raw=out.getvalue().encode("cp1252"), ext="csv")

    # ---- s04 CSV attached to a mail (Vienna), comma separated, English headers, quantities before descriptions
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["qty", "item", "our ref", "note"])
    spec = [(6, "Cromalux 6.0 100ml", "CLX100-0600", ""), (6, "Cromalux 7.0 100ml", "CLX100-0700", ""),
            (4, "Cromalux 4.0 100ml", "CLX100-0400", "dringend"), (2, "Ossidante 20 vol tanica 5 L", "OX5000-20", ""),
            (3, "Balsamo Districante 1 L", "CO-DIS-1L", "")]
    lines = []
    for q, d, sku, note in spec:
        w.writerow([q, d, sku, note])
        lines.append(L(sku, d, q, "EA"))
    save("s04_kammschere_csv_attach", label("Friseur Kamm & Schere", "2027/007", lines, "2027-01-26", None, None),
         make_mail("Markus Gruber <bestellung@kammundschere.at>", SELLER_IT, "Bestellung Nr. 2027/007 (CSV)",
                   "Tue, 26 Jan 2027 08:10:00 +0100",
                   "Guten Morgen,\n\nanbei Bestellung Nr. 2027/007 vom 26.01.2027 als CSV.\n\nlg Markus Gruber\nFriseur Kamm & Schere, Neubaugasse 17, 1070 Wien\n",
                   attachments=[("bestellung_2027-007.csv", out.getvalue().encode("utf-8"), "text", "csv")]))
    return 4
