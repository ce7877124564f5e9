import io
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import L, ship, exp, cname
from emlkit import D

SS = getSampleStyleSheet()
P = lambda t, st="Normal": Paragraph(t, SS[st])


def num(x, comma=True):
    s = (f"{x:.2f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x))
    return s.replace(".", ",") if comma else s


def money(x, comma=True):
    s = f"{x:,.2f}"
    if comma:
        s = s.replace(",", " ").replace(".", ",")
    return s


def build_pdf(title, left, right, head, rows, ruled=True, foot=None, pre=None, post=None, page_cb=None):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=title, author="purchasing")
    story = [P(title, "Title")]
    hb = Table([[P(left), P(right)]], colWidths=[90 * mm, 90 * mm])
    hb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BOX", (0, 0), (0, 0), 0.5, colors.grey) if ruled else ("TOPPADDING", (0, 0), (0, 0), 2)]))
    story += [hb, Spacer(1, 6 * mm)]
    if pre:
        story += [P(pre), Spacer(1, 4 * mm)]
    t = Table([head] + rows, repeatRows=1)
    st = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        st += [("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    else:
        st += [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    t.setStyle(TableStyle(st))
    story.append(t)
    if foot:
        story += [Spacer(1, 4 * mm)]
        ft = Table(foot, hAlign="RIGHT")
        ft.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
        story.append(ft)
    if post:
        story += [Spacer(1, 6 * mm), P(post)]

    def onpage(c, d):
        c.setFont("Helvetica", 7.5)
        c.drawRightString(195 * mm, 8 * mm, f"{title} - page {d.page}")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    return buf.getvalue()


PDFMIME = "application/pdf"

# ---------------------------------------------------------------- p01 Miravalle ES, grid, buyer codes, prices
r = [("MV-PES-019", "Rodaballo acuicultura 2-3 kg", 14.6, "KG", 19.00, "TRB-F23"),
     ("MV-PES-020", "Lenguado 400-500 g", 8, "KG", 28.50, "SOL-D45"),
     ("MV-PES-031", "Mejillón Galicia", 30, "KG", 2.90, "MUS-GAL"),
     ("MV-PES-040", "Vieira carne s/coral 20/30", 4, "KG", 38.00, "SCA-M2030"),
     ("MV-PES-044", "Atún rojo lomo", 3.5, "KG", 58.00, "TUN-BF"),
     ("MV-PES-051", "Pez espada lomo", 6, "KG", 19.80, "SWD-LOIN"),
     ("MV-FRU-001", "Limón Primofiori cal.3 caja 15 kg", 2, "CAJ", 25.50, "LEM-PRI15"),
     ("MV-FRU-007", "Tomate cherry rama caja 3 kg", 4, "CAJ", 10.50, "TOM-CHV3"),
     ("MV-HIE-002", "Albahaca manojo", 10, "MAN", 1.30, "HRB-BASL"),
     ("MV-HIE-011", "Menta manojo", 10, "MAN", 1.00, "HRB-MINT")]
UOMMAP = {"KG": "KG", "CAJ": "CS", "MAN": "BN", "kg": "KG", "Kiste": "CS", "Bund": "BN", "Stk": "PC", "Schale": "TR",
          "cs": "CS", "bunch": "BN", "each": "EA", "pcs": "PC", "caixa": "CS", "molho": "BN", "un": "PC",
          "stk": "PC", "bdt": "BN", "ks": "CS", "doos": "CS", "bos": "BN", "st": "PC", "box": "BX", "doz": "DZ",
          "colis": "CS", "botte": "BN", "bourriche": "BX", "pce": "PC", "bag": "BG"}
tot = sum(q * p for _, _, q, _, p, _ in r)
pdf = build_pdf("PEDIDO DE COMPRA",
                "<b>Hotel Miravalle Barcelona</b><br/>Economato<br/>Passeig de les Gavines 212<br/>08005 Barcelona<br/>CIF B-00000000",
                "<b>Proveedor:</b> Keelhaven Seafood &amp; Produce B.V.<br/><b>Nº pedido:</b> PO-MV-45902<br/>"
                "<b>Fecha:</b> 07/12/2026<br/><b>Entrega:</b> 09/12/2026 06:00-09:00<br/>"
                "<b>Lugar de entrega:</b> Muelle de carga, Carrer de la Sèquia Trasera 3, 08005 Barcelona",
                ["Cód. art.", "Descripción", "Cant.", "Ud.", "Precio", "Importe"],
                [[a, b, num(q), u, money(p), money(q * p)] for a, b, q, u, p, _ in r], ruled=True,
                foot=[["Base imponible", money(tot)], ["IVA 10%", money(tot * .1)], ["TOTAL EUR", money(tot * 1.1)]],
                post="Condiciones: pago a 60 días. Temperatura de recepción máx. 4 ºC.")
D("p01_miravalle_po45902", '"Economato Hotel Miravalle" <economato@hotelmiravalle-bcn.com>',
  "Pedido PO-MV-45902", "2026-12-07 08:10 +0100",
  "Buenos días,\n\nAdjunto pedido PO-MV-45902. Confirmad por favor.\n\nMontserrat Vilaró\nEconomato\n",
  exp(cname("C1003"), [L(s, q, UOMMAP[u], b, a, p) for a, b, q, u, p, s in r], po="PO-MV-45902",
      order_date="2026-12-07", req="2026-12-09", currency="EUR",
      ship_to=ship("Muelle de carga", "Carrer de la Sèquia Trasera 3", "Barcelona", "08005", "ES")),
  att=[("PO-MV-45902.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p02 Tilleuls FR, no rules
r = [("Huîtres Fines de Claire n°2 - bourriche 48", 3, "bourriche", 52.00, "OYS-FDC2-48"),
     ("Huîtres plates n°2", 24, "pce", 2.40, "OYS-FLT2"),
     ("Langoustines vivantes 10/15", 4, "kg", 48.00, "LNG-1015"),
     ("Homard bleu 600/800", 5.2, "kg", 62.00, "LOB-EUR68"),
     ("Filet de bar 120/160 avec peau", 6, "kg", 21.50, "BAS-FIL"),
     ("Saumon fumé tranché", 2.3, "kg", 29.50, "SAL-SMK-PS"),
     ("Citrons feuilles non traités - colis 5 kg", 2, "colis", 14.00, "LEM-LEAF5"),
     ("Cerfeuil", 12, "botte", 1.50, "HRB-CHER")]
tot = sum(q * p for _, q, _, p, _ in r)
pdf = build_pdf("BON DE COMMANDE N° BC-TIL-0931",
                "<b>Hôtel des Tilleuls Bordeaux</b><br/>Service Achats<br/>77 cours du Vieux-Chai<br/>33000 Bordeaux<br/>"
                "Tél. 05 00 00 00 00",
                "Fournisseur : Keelhaven Seafood &amp; Produce<br/>Date : 10/12/2026<br/>"
                "Livraison souhaitée : samedi 12/12/2026 avant 7h00<br/>Lieu : Quai de livraison, "
                "3 rue des Vinaigriers-Neufs, 33000 Bordeaux",
                ["Désignation", "Qté", "Unité", "P.U. HT", "Montant HT"],
                [[d, num(q), u, money(p), money(q * p)] for d, q, u, p, _ in r], ruled=False,
                foot=[["Total HT", money(tot)], ["TVA 5,5 %", money(tot * .055)], ["Total TTC €", money(tot * 1.055)]],
                post="Réveillon du 12 décembre - merci de respecter impérativement l'horaire.")
D("p02_tilleuls_bc0931", '"Service Achats - Hôtel des Tilleuls" <achats@hoteldestilleuls-bx.fr>',
  "BC-TIL-0931", "2026-12-10 09:30 +0100", "Bonjour,\n\nCi-joint notre bon de commande BC-TIL-0931.\n\nCordialement,\nHélène Castagnède\n",
  exp(cname("C1008"), [L(s, q, UOMMAP[u], d, None, p) for d, q, u, p, s in r], po="BC-TIL-0931",
      order_date="2026-12-10", req="2026-12-12", currency="EUR",
      ship_to=ship("Quai de livraison", "3 rue des Vinaigriers-Neufs", "Bordeaux", "33000", "FR")),
  att=[("BC-TIL-0931.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p03 Kranichhof DE, multi-page weekly standing order
base = [("Lachsfilet 1-2 kg mit Haut", "kg", "SAL-F12-SK"), ("Kabeljau Loin ohne Haut", "kg", "COD-LOIN-SL"),
        ("Zitronen Verna 15 kg", "Kiste", "LEM-VER15"), ("Dill", "Bund", "HRB-DILL"),
        ("Schnittlauch", "Bund", "HRB-CHIV"), ("Petersilie glatt", "Bund", "HRB-PARS-FL"),
        ("Nordseekrabben gepult", "kg", "PRW-NS-CK"), ("Miesmuscheln Zeeland Jumbo", "kg", "MUS-ZLD-J"),
        ("Wolfsbarsch Zucht 400-600 g", "kg", "BAS-F46"), ("Dorade Zucht 400-600 g", "kg", "BRM-F46"),
        ("Steinbutt Zucht 1-2 kg", "kg", "TRB-F12"), ("Seezunge 400-500 g", "kg", "SOL-D45"),
        ("Räucherlachs vorgeschnitten", "kg", "SAL-SMK-PS"), ("Matjesfilets 10 Stk", "Schale", "HER-MAT10"),
        ("Garnelen Black Tiger 16/20", "kg", "PRW-BT1620"), ("Limetten 4 kg", "Kiste", "LIM-TAH4"),
        ("Kerbel", "Bund", "HRB-CHER"), ("Estragon", "Bund", "HRB-TARR"),
        ("Zander Filet", "kg", None), ("Queller", "kg", "SAM-FR")]
days = [("Mo 14.12.", "2026-12-14"), ("Mi 16.12.", "2026-12-16"), ("Fr 18.12.", "2026-12-18"), ("Sa 19.12.", "2026-12-19")]
r = []
import itertools
qs = itertools.cycle([8, 12.5, 2, 10, 6, 10, 3, 15, 9.5, 7, 11, 4, 2.5, 3, 4, 2, 5, 5, 3.2, 1.5, 6, 14, 1, 12])
for dl, _ in days:
    for i, (d, u, s) in enumerate(base):
        q = next(qs)
        if u != "kg":
            q = int(q) if q >= 1 else 1
        r.append((f"KH-{1000 + i * 7}", d, q, u, s, dl))
rows = [[str(n + 1), c, d, num(q), u, dl] for n, (c, d, q, u, s, dl) in enumerate(r)]
pdf = build_pdf("Bestellung / Wochenbedarf KW 51 - Nr. B-7790",
                "<b>Hotel Kranichhof Hamburg</b><br/>Einkauf<br/>Kranichstieg 12<br/>20457 Hamburg<br/>USt-IdNr. DE000000000",
                "<b>Lieferant:</b> Keelhaven Seafood &amp; Produce B.V.<br/><b>Bestell-Nr.:</b> B-7790<br/>"
                "<b>Datum:</b> 11.12.2026<br/><b>Lieferung:</b> Teillieferungen lt. Spalte \"Liefertag\" (KW 51)<br/>"
                "<b>Lieferanschrift:</b> Warenannahme, Kranichstieg 12, 20457 Hamburg",
                ["Pos.", "Art.-Nr.", "Artikel", "Menge", "Einheit", "Liefertag"], rows, ruled=True,
                post="Bitte Lieferschein je Liefertag. Preise gemäß Rahmenvereinbarung 2026.")
D("p03_kranichhof_b7790_multipage", '"Jana Petersen" <einkauf@kranichhof-hotel.de>',
  "Wochenbestellung KW 51 - B-7790", "2026-12-11 10:05 +0100",
  "Guten Tag,\n\nanbei unsere Wochenbestellung KW 51 (4 Liefertage) als PDF.\n\nMit freundlichen Grüßen\nJana Petersen\n",
  exp(cname("C1013"), [L(s, q, UOMMAP[u], d, c) for c, d, q, u, s, dl in r], po="B-7790",
      order_date="2026-12-11", req=None,
      ship_to=ship("Warenannahme", "Kranichstieg 12", "Hamburg", "20457", "DE")),
  att=[("Bestellung_B-7790.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p04 Harbourside UK, supplier code column + GBP
r = [("HHG-10044", "SAL-F12-SL", "Salmon fillet skinless 1-2kg", 25, "kg", 13.90),
     ("HHG-10061", "HAD-SMK", "Smoked haddock undyed", 8, "kg", 15.20),
     ("HHG-10063", "POL-LOIN", "Pollock loin skinless", 12, "kg", 12.10),
     ("HHG-10090", "OYS-IRR3", "Rock oysters No.3", 10, "doz", 9.80),
     ("HHG-10102", "SCA-M1020", "Scallop meat roe off 10/20", 3, "kg", 38.50),
     ("HHG-10120", "CRB-BRN-CK", "Brown crab cooked 600-800g", 7.5, "kg", 11.00),
     ("HHG-20011", "LEM-VER15", "Lemons Verna 15kg", 2, "cs", 21.00),
     ("HHG-20045", "LET-LG", "Little gem x20", 2, "cs", 7.90),
     ("HHG-20052", "CUC", "Cucumber", 12, "each", 0.48)]
tot = sum(q * p for _, _, _, q, _, p in r)
pdf = build_pdf("PURCHASE ORDER",
                "<b>Harbourside Hotel Group Ltd</b><br/>Central Purchasing<br/>2 Mercer Yard<br/>London SE1 9QT<br/>"
                "purchasing@harboursidehotels.co.uk",
                "<b>PO No:</b> HHG-PO-77201<br/><b>PO Date:</b> 11 Dec 2026<br/><b>Required:</b> 14 Dec 2026 AM<br/>"
                "<b>Ship to:</b> The Harbourside Richmond, Kitchen Goods In,<br/>5 Towpath Mews, Richmond TW9 1SX",
                ["Our code", "Supplier code", "Description", "Qty", "UoM", "Unit £", "Line £"],
                [[a, b, c, num(q, False), u, f"{p:.2f}", f"{q * p:,.2f}"] for a, b, c, q, u, p in r], ruled=True,
                foot=[["Net", f"{tot:,.2f}"], ["VAT 0%", "0.00"], ["Total GBP", f"{tot:,.2f}"]],
                post="All deliveries must quote the PO number. Chilled goods below 5C on arrival.")
D("p04_harbourside_77201", '"HHG Purchasing" <purchasing@harboursidehotels.co.uk>',
  "PO HHG-PO-77201 (Richmond)", "2026-12-11 11:40 +0000",
  "Please find attached PO HHG-PO-77201 for The Harbourside Richmond.\n\nRegards\nHHG Purchasing\n",
  exp(cname("C1019"), [L(b, q, UOMMAP[u], c, a, p) for a, b, c, q, u, p in r], po="HHG-PO-77201",
      order_date="2026-12-11", req="2026-12-14", currency="GBP",
      ship_to=ship("The Harbourside Richmond, Kitchen Goods In", "5 Towpath Mews", "Richmond", "TW9 1SX", "GB")),
  att=[("HHG-PO-77201.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p05 Zoute Zicht NL, no rules, no prices
r = [("Tarbot kweek 2-3 kg", 2, "st", "TRB-F23"), ("Tonijn loin AA", 3, "kg", "TUN-YF-AA"),
     ("Noordzeekrab (taskrab) levend", 4, "kg", "CRB-BRN-L"), ("Sint-Jakobsschelpen in schelp", 36, "st", "SCA-SH"),
     ("Kokkels", 3, "kg", "CKL"), ("Zeekraal", 1, "kg", "SAM-FR"), ("Kervel", 6, "bos", "HRB-CHER")]
pdf = build_pdf("Inkooporder ZZ-2026-219",
                "Restaurant Het Zoute Zicht<br/>Prinsengrachtpad 301<br/>1016 HV Amsterdam",
                "Datum: 11-12-2026<br/>Leverdatum: dinsdag 15-12-2026, 08:00-10:00<br/>Afleveradres: zie links<br/>Contact: Sanne de Roos",
                ["Omschrijving", "Aantal", "Eenheid"], [[d, num(q), u] for d, q, u, _ in r], ruled=False)
D("p05_zoutezicht_zz219", '"Sanne de Roos" <inkoop@zoutezicht.nl>', "Inkooporder ZZ-2026-219",
  "2026-12-11 14:22 +0100", "Hoi, zie bijlage. Groet, Sanne\n",
  exp(cname("C1011"), [L(s, q, UOMMAP[u], d) for d, q, u, s in r], po="ZZ-2026-219", order_date="2026-12-11",
      req="2026-12-15", ship_to=ship("Restaurant Het Zoute Zicht", "Prinsengrachtpad 301", "Amsterdam", "1016 HV", "NL")),
  att=[("ZZ-2026-219.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p06 Cais Velho PT with IVA
r = [("Bacalhau graúdo salgado", 15, "kg", 15.20, "COD-SALT"), ("Polvo 3-4 kg congelado", 12, "kg", 18.90, "OCT-34"),
     ("Carapau", 8, "kg", 4.90, None), ("Ameijoa boa", 4, "kg", 24.00, "CLM-PAL"),
     ("Limão caixa 15 kg (Verna)", 1, "caixa", 24.00, "LEM-VER15"), ("Coentros", 20, "molho", 0.95, "HRB-CORI")]
tot = sum(q * p for _, q, _, p, _ in r)
pdf = build_pdf("NOTA DE ENCOMENDA Nº 0457/2026",
                "<b>Tasca do Cais Velho, Lda.</b><br/>Rua da Ribeira Nova 41<br/>1200-370 Lisboa<br/>NIF 500000000",
                "Fornecedor: Keelhaven Seafood &amp; Produce<br/>Data: 14/12/2026<br/>Entrega: 17/12/2026 (manhã)<br/>Local de entrega: morada ao lado",
                ["Designação", "Qtd.", "Un.", "Preço unit.", "Total"],
                [[d, num(q), u, money(p), money(q * p)] for d, q, u, p, _ in r], ruled=True,
                foot=[["Subtotal", money(tot)], ["IVA 6%", money(tot * .06)], ["Total EUR", money(tot * 1.06)]])
D("p06_caisvelho_0457", '"Rui Pestana" <rui@caisvelho.pt>', "Nota de encomenda 0457/2026",
  "2026-12-14 06:30 +0000", "Bom dia, segue em anexo a nota de encomenda.\nRui\n",
  exp(cname("C1004"), [L(s, q, UOMMAP[u], d, None, p) for d, q, u, p, s in r], po="0457/2026",
      order_date="2026-12-14", req="2026-12-17", currency="EUR", ship_to=ship("Tasca do Cais Velho, Lda.", "Rua da Ribeira Nova 41", "Lisboa", "1200-370", "PT")),
  att=[("encomenda_0457.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p07 Havtorn DK, DKK
r = [("Jomfruhummer 10/15", 2, "kg", 360.00, "LNG-1015"), ("Kammuslinger i skal", 40, "stk", 14.00, "SCA-SH"),
     ("Helleflynder filet m. skind", 3, "kg", 200.00, "HAL-FIL"), ("Søpindsvin", 24, "stk", 16.50, "URC"),
     ("Kaffirlimeblade 100 g", 2, "ks", 34.00, "LIM-LEAF"), ("Koriander", 8, "bdt", 7.00, "HRB-CORI")]
tot = sum(q * p for _, q, _, p, _ in r)
pdf = build_pdf("INDKØBSORDRE 2026-118",
                "Restaurant Havtorn ApS<br/>Strandgade Bagside 19<br/>1401 København K<br/>CVR 00000000",
                "Leverandør: Keelhaven Seafood &amp; Produce<br/>Ordredato: 09.12.2026<br/>Levering: 11.12.2026 kl. 07-09<br/>Leveringsadresse: som anført til venstre",
                ["Vare", "Antal", "Enhed", "Pris DKK", "Beløb DKK"],
                [[d, num(q), u, money(p), money(q * p)] for d, q, u, p, _ in r], ruled=True,
                foot=[["I alt ekskl. moms", money(tot)], ["Moms 25%", money(tot * .25)], ["I alt DKK", money(tot * 1.25)]])
D("p07_havtorn_2026118", '"Mikkel Brandt" <koekken@havtorn-kbh.dk>', "Indkøbsordre 2026-118",
  "2026-12-09 13:15 +0100", "Hej, ordre vedhæftet. Mvh Mikkel\n",
  exp(cname("C1015"), [L(s, q, UOMMAP[u], d, None, p) for d, q, u, p, s in r], po="2026-118",
      order_date="2026-12-09", req="2026-12-11", currency="DKK", ship_to=ship("Restaurant Havtorn ApS", "Strandgade Bagside 19", "København K", "1401", "DK")),
  att=[("Indkoebsordre_2026-118.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p08 Café Noordkaap (NOT in customers), NL
r = [("Zalmfilet met vel 2-3 kg", 6, "kg", "SAL-F23-SK"), ("Gerookte makreel", 3, "kg", None),
     ("Hollandse garnalen gepeld", 1, "kg", "PRW-NS-CK"), ("Maatjes (bak 10 st)", 2, "bak", "HER-MAT10"),
     ("Citroenen Verna doos 5 kg", 1, "doos", "LEM-VER5"), ("Dille", 4, "bos", "HRB-DILL")]
U8 = dict(UOMMAP, bak="TR")
pdf = build_pdf("Bestelling",
                "<b>Café Noordkaap</b><br/>Vismarktgang 6<br/>9712 AB Groningen<br/>tel. 050 000 0000",
                "Aan: Keelhaven Seafood &amp; Produce<br/>Bestelnr.: NK-0001<br/>Datum: 08-12-2026<br/>"
                "Leveren: vrijdag 11 december<br/>Afleveradres: zie boven",
                ["Product", "Hoeveelheid", "Eenheid"], [[d, num(q), u] for d, q, u, _ in r], ruled=True,
                post="Eerste bestelling - graag factuur per e-mail.")
D("p08_new_noordkaap", '"Café Noordkaap" <info@cafenoordkaap.nl>', "bestelling Café Noordkaap",
  "2026-12-08 15:03 +0100", "Goedemiddag,\n\nIn de bijlage onze eerste bestelling.\n\nGroeten,\nFemke Bos\nCafé Noordkaap\n",
  exp("Café Noordkaap", [L(s, q, U8[u], d) for d, q, u, s in r], po="NK-0001", order_date="2026-12-08",
      req="2026-12-11", ship_to=ship("Café Noordkaap", "Vismarktgang 6", "Groningen", "9712 AB", "NL")),
  att=[("bestelling_noordkaap.pdf", pdf, PDFMIME)])

# ---------------------------------------------------------------- p09 Pearce & Lowe, simple canvas "order pad"
from reportlab.pdfgen import canvas
r = [(15, "kg", "Hake loin", "HAK-LOIN"), (2, "box", "Fines de claire no 2 (48)", "OYS-FDC2-48"),
     (10, "kg", "Squid whole 300-500", "SQD-W35"), (6, "kg", "Razors", "CLM-RAZ"),
     (4, "kg", "Cooked octopus legs", "OCT-CK"), (3, "bag", "Flake ice", "ICE-FLK20")]
buf = io.BytesIO()
c = canvas.Canvas(buf, pagesize=A4)
c.setFont("Helvetica-Bold", 16); c.drawString(20 * mm, 275 * mm, "PEARCE & LOWE FISHMONGERS")
c.setFont("Helvetica", 9)
c.drawString(20 * mm, 269 * mm, "36 Cornmarket Row, Bristol BS1 4DJ  |  orders@pearcelowe.co.uk")
c.drawString(130 * mm, 255 * mm, "ORDER No.  PL-4490")
c.drawString(130 * mm, 250 * mm, "Date: 15.12.26")
c.drawString(130 * mm, 245 * mm, "Wanted: Thurs 17th AM")
c.drawString(130 * mm, 240 * mm, "Deliver to: shop (address above)")
y = 230 * mm
c.setFont("Helvetica-Bold", 10); c.drawString(20 * mm, y, "QTY"); c.drawString(45 * mm, y, "ITEM")
c.setFont("Helvetica", 10)
for q, u, d, _ in r:
    y -= 8 * mm
    c.drawString(20 * mm, y, f"{q} {u}"); c.drawString(45 * mm, y, d)
c.drawString(20 * mm, y - 15 * mm, "Signed: R. Lowe")
c.showPage(); c.save()
D("p09_pearcelowe_pl4490", '"Pearce & Lowe" <orders@pearcelowe.co.uk>', "PL-4490",
  "2026-12-15 05:45 +0000", "order attached, cheers\nRob\n",
  exp(cname("C1020"), [L(s, q, UOMMAP[u], d) for q, u, d, s in r], po="PL-4490", order_date="2026-12-15",
      req="2026-12-17", ship_to=ship("Pearce & Lowe Fishmongers", "36 Cornmarket Row", "Bristol", "BS1 4DJ", "GB")),
  att=[("PL-4490.pdf", buf.getvalue(), PDFMIME)])

# ---------------------------------------------------------------- p10 Gouden Ankers BE, EAN column only for produce
from common import GTINS
r = [(GTINS["HRB-PARS-FL"], "Platte peterselie", 15, "bos", "HRB-PARS-FL"),
     (GTINS["HRB-CHIV"], "Bieslook", 10, "bos", "HRB-CHIV"),
     (GTINS["HRB-DILL"], "Dille", 10, "bos", "HRB-DILL"),
     (GTINS["LEM-VER15"], "Citroenen", 2, "doos", "LEM-VER15"),
     (GTINS["MCR-SHIS"], "Shiso", 5, "st", "MCR-SHIS"),
     ("", "Mosselen Zeeland jumbo", 40, "kg", "MUS-ZLD-J"),
     ("", "Garnalen gepeld (grijze)", 4, "kg", "PRW-NS-CK"),
     ("", "Tongen 300-400 gr", 5, "kg", "SOL-D34")]
U10 = dict(UOMMAP, st="EA")
pdf = build_pdf("BESTELBON 2026/512",
                "Restaurant De Gouden Ankers BV<br/>Kaaistraat-Oost 23<br/>2000 Antwerpen<br/>BTW BE 0000.000.000",
                "Datum: 14/12/2026<br/>Levering: woensdag 16/12/2026<br/>Leveradres: zie hiernaast",
                ["EAN", "Omschrijving", "Aantal", "Eenh."], [[g, d, num(q), u] for g, d, q, u, _ in r], ruled=False)
D("p10_goudenankers_2026512", '"Pieter-Jan Van Hove" <keuken@goudenankers.be>', "bestelbon 2026/512",
  "2026-12-14 07:20 +0100", "Goeiemorgen, bestelbon in bijlage. PJ\n",
  exp(cname("C1009"), [L(s, q, U10[u], d) for g, d, q, u, s in r], po="2026/512", order_date="2026-12-14",
      req="2026-12-16", ship_to=ship("Restaurant De Gouden Ankers BV", "Kaaistraat-Oost 23", "Antwerpen", "2000", "BE")),
  att=[("bestelbon_2026-512.pdf", pdf, PDFMIME)])
