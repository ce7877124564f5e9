"""Emails with a PDF purchase order attached, plus the PDF invoice (non-order)."""
import io
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import *

SS = getSampleStyleSheet()
SMALL = ParagraphStyle("small", parent=SS["Normal"], fontSize=8.5, leading=10.5)
H = ParagraphStyle("h", parent=SS["Title"], fontSize=16, alignment=0)


def P(t, st=SMALL):
    return Paragraph(t.replace("\n", "<br/>").replace("&", "&amp;").replace("&amp;lt;", "&lt;"), st)


def make_pdf(title, meta, blocks, header, rows, totals=(), notes="", ruled="grid", pagesize=A4,
             col_widths=None, block_mode="side"):
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=title)
    story = [Paragraph(title, H), Spacer(1, 4)]
    mt = Table([[P(f"<b>{k}</b>"), P(v)] for k, v in meta], colWidths=[40 * mm, 70 * mm], hAlign="RIGHT")
    story += [mt, Spacer(1, 8)]
    if block_mode == "side":
        bt = Table([[P(f"<b>{h}</b>\n{t}") for h, t in blocks]], colWidths=[60 * mm] * len(blocks))
        bt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story += [bt]
    else:
        for h, t in blocks:
            story += [P(f"<b>{h}</b>\n{t}"), Spacer(1, 4)]
    story += [Spacer(1, 10)]
    data = [[P(f"<b>{h}</b>") for h in header]] + [[P(str(c)) for c in r] for r in rows]
    for lab, val in totals:
        data.append([""] * (len(header) - 2) + [P(f"<b>{lab}</b>"), P(val)])
    tb = Table(data, colWidths=col_widths, repeatRows=1)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled == "grid":
        st += [("GRID", (0, 0), (-1, len(rows)), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    elif ruled == "header":
        st += [("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("LINEABOVE", (0, len(rows) + 1), (-1, len(rows) + 1), 0.5, colors.black)]
    tb.setStyle(TableStyle(st))
    story += [tb, Spacer(1, 10)]
    if notes:
        story += [P(notes)]
    doc.build(story)
    return buf.getvalue()


def money(x, dec=".", th=","):
    s = f"{x:,.2f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", th)


def attach_pdf(stem, frm, subject, date, body, fname, pdf):
    eml(stem, frm, subject, date, body, attachments=[(fname, pdf, "application", "pdf")])


def build():
    # p01 side-by-side vendor / bill-to / ship-to, ruled grid, GBP
    items = [("NV-SY-05-LS", "Syringe 5ml luer slip bx/100", 10, 6.90), ("NV-SY-10-LS", "Syringe 10ml luer slip bx/100", 10, 8.40),
             ("NV-ND-21G16", "Needle 21G x 5/8\" bx/100", 8, 3.80), ("NV-ND-23G16", "Needle 23G x 5/8\" bx/100", 8, 3.70),
             ("NV-EC-15", "Elizabethan collar 15cm", 20, 1.30), ("NV-GR-SH-CHX-250", "Chlorhexidine shampoo 250ml", 12, 5.40)]
    rows = [(i + 1, s, d, q, "BOX" if "bx" in d else "EA", money(p), money(p * q)) for i, (s, d, q, p) in enumerate(items)]
    tot = sum(q * p for _, _, q, p in items)
    pdf = make_pdf("PURCHASE ORDER", [("PO Number", "AVG-2026-1219"), ("Order Date", "08/12/2026"),
                                      ("Delivery Date", "16/12/2026"), ("Currency", "GBP")],
                   [("Vendor", f"{SELLER}\nUnit 4, Kestrel Park\nShrewsbury SY1 3TE"),
                    ("Invoice To", "Abbeyfield Veterinary Group\nAccounts Payable\n3 Castle Foregate\nShrewsbury SY1 2EE"),
                    ("Ship To", "Abbeyfield Vets - Church Stretton\n22 Sandford Avenue\nChurch Stretton\nSY6 6BW")],
                   ["Line", "Supplier Code", "Description", "Qty", "UoM", "Unit £", "Total £"], rows,
                   totals=[("Net", money(tot)), ("VAT 20%", money(tot * 0.2)), ("Total", money(tot * 1.2))],
                   notes="Please quote our PO number on all delivery notes and invoices.",
                   col_widths=[12 * mm, 30 * mm, 62 * mm, 14 * mm, 14 * mm, 20 * mm, 24 * mm])
    attach_pdf("p01_abbeyfield_pdf_blocks", "Helen Corbett <h.corbett@abbeyfieldvets.co.uk>",
               "Purchase Order AVG-2026-1219", when(2026, 12, 8, 12, 0),
               "Hi,\n\nPlease find attached PO AVG-2026-1219 for our Church Stretton surgery.\n\nHelen\n",
               "AVG-2026-1219.pdf", pdf)
    order("p01_abbeyfield_pdf_blocks", "Abbeyfield Veterinary Group", "AVG-2026-1219", "2026-12-08", "2026-12-16", "GBP",
          S("Abbeyfield Vets - Church Stretton", "22 Sandford Avenue", "Church Stretton", None, "SY6 6BW", "GB"),
          [L(s, q, "BX" if "bx" in d else "EA", d, p) for s, d, q, p in items])

    # p02 Canada, customer item codes + vendor codes, letter size, ruled
    items = [("MCAH-0112", "NV-CG-DC-24", "Wire crate 24 in", 6, 41.80), ("MCAH-0113", "NV-CG-DC-30", "Wire crate 30 in", 6, 52.25),
             ("MCAH-0301", "NV-GR-PIN-M", "Pin brush, medium", 12, 5.90), ("MCAH-0302", "NV-GR-CMB", "Steel comb 19 cm", 12, 4.20),
             ("MCAH-0410", "NV-WM-DG-XL-24", "Dewormer tabs 40-60 kg, 24 ct", 2, 111.15)]
    rows = [(c, s, d, q, money(p), money(q * p)) for c, s, d, q, p in items]
    pdf = make_pdf("Maple Creek Animal Hospital — Purchase Order", [("P.O. #", "MC-20261209-05"), ("Date", "2026-12-09"),
                    ("Required", "Dec 23 2026"), ("Terms", "Net 30 — CAD")],
                   [("Supplier", f"{SELLER}\nShrewsbury, United Kingdom"),
                    ("Ship To", "Maple Creek Animal Hospital\nReceiving Dock B\n2215 16 Ave NE\nCalgary AB T2E 1L4\nCANADA")],
                   ["Our Item #", "Vendor Item", "Description", "Qty", "Unit Price", "Ext."], rows,
                   totals=[("Subtotal", money(sum(q * p for *_, q, p in items))), ("GST 5%", money(sum(q * p for *_, q, p in items) * .05))],
                   pagesize=LETTER, col_widths=[24 * mm, 30 * mm, 60 * mm, 14 * mm, 24 * mm, 24 * mm])
    attach_pdf("p02_maplecreek_pdf_codes", "Kevin Boyd <kboyd@maplecreekvet.ca>", "PO MC-20261209-05",
               when(2026, 12, 9, 16, 30, -7), "Attached is our PO. Please confirm ship date.\n\nKevin Boyd, RVT\nMaple Creek Animal Hospital\n",
               "PO_MC-20261209-05.pdf", pdf)
    order("p02_maplecreek_pdf_codes", "Maple Creek Animal Hospital", "MC-20261209-05", "2026-12-09", "2026-12-23", "CAD",
          SC("C017"), [L(s, q, "EA", d, p, c) for c, s, d, q, p in items])

    # p03 Australia, no rules, stacked blocks
    items = [("Clumping clay litter 20L", "NV-LT-CLY-20", 30, 15.40), ("Paper pellet litter 10L", "NV-LT-PPR-10", 20, 10.60),
             ("Wood pellet litter 30L", "NV-LT-WDP-30", 15, 16.50), ("Cat carrier small", "NV-CG-CC-S", 8, 22.80),
             ("Cat collar w/ bell - red", "NV-CL-CAT-RED", 24, 3.30), ("Cat collar w/ bell - black", "NV-CL-CAT-BLK", 24, 3.30)]
    rows = [(q, d, s, "A$ " + money(p), "A$ " + money(q * p)) for d, s, q, p in items]
    pdf = make_pdf("Bayside Pet Supplies Pty Ltd<br/>PURCHASE ORDER", [("Order No.", "19377"), ("Order Date", "11 Dec 2026"),
                    ("ABN", "51 824 753 556")],
                   [("Supplier:", f"{SELLER}, United Kingdom"),
                    ("Deliver to:", "Bayside Pet Supplies (shop)\n118 Moorabool Street\nGeelong VIC 3220\nAustralia")],
                   ["Qty", "Item", "Supplier code", "Price", "Amount"], rows, ruled="none", block_mode="stack",
                   totals=[("Total (ex GST)", "A$ " + money(sum(q * p for _, _, q, p in items)))],
                   col_widths=[14 * mm, 70 * mm, 34 * mm, 26 * mm, 28 * mm])
    attach_pdf("p03_bayside_pdf_norules", "Craig Denholm <craig@baysidepets.com.au>", "Bayside PO 19377",
               when(2026, 12, 11, 9, 15, 11), "PO attached.\n\nCraig\n", "Bayside_PO19377.pdf", pdf)
    order("p03_bayside_pdf_norules", "Bayside Pet Supplies Pty Ltd", "19377", "2026-12-11", None, "AUD",
          S("Bayside Pet Supplies (shop)", "118 Moorabool Street", "Geelong", "VIC", "3220", "AU"),
          [L(s, q, "EA", d, p) for d, s, q, p in items])

    # p04 two-page PO, many lines
    big = []
    skus = ["NV-DD-ADCH-02", "NV-DD-ADCH-12", "NV-DD-ADLB-02", "NV-DD-ADLB-12", "NV-DD-PUCH-02", "NV-DD-PUCH-12",
            "NV-DD-SNSA-02", "NV-DD-SNSA-12", "NV-DC-ADSA-04", "NV-DC-ADSA-02", "NV-DC-ADCH-04", "NV-DC-ADCH-02",
            "NV-DC-ADCH-10", "NV-WD-BEF-06", "NV-WD-CHK-12", "NV-WD-LMB-12", "NV-WC-CHK-12", "NV-WC-FSH-12",
            "NV-LT-CLY-10", "NV-LT-CLY-20", "NV-LT-WDP-15", "NV-WM-DG-S-02", "NV-WM-DG-M-02", "NV-WM-DG-L-02",
            "NV-WM-DG-XL-02", "NV-WM-CT-S", "NV-WM-CT-M", "NV-WM-CT-L", "NV-WM-SH-1L", "NV-WM-EQ-PST",
            "NV-CL-NY-M-RED", "NV-CL-NY-L-BLU", "NV-CL-NY-XL-BLK", "NV-CL-RF-M-YEL", "NV-LD-NY-120-BLK",
            "NV-GR-SH-OAT-250", "NV-GR-SLK-S", "NV-GR-NC-S", "NV-GR-EAR-100", "NV-BD-CRP-075"]
    cat = {c[0]: c for c in CATALOG}
    for i, s in enumerate(skus):
        q = [6, 10, 12, 20, 24, 4, 8, 15, 30, 5][i % 10]
        p = round(cat[s][3] * 1.0, 2)
        big.append((f"HF{3100 + i * 7}", s, cat[s][1], q, cat[s][2], p))
    rows = [(c, s, d, q, u, money(p), money(q * p)) for c, s, d, q, u, p in big]
    tot = sum(q * p for *_, q, _u, p in [(a, b, c, d, e, f) for a, b, c, d, e, f in big])
    pdf = make_pdf("HOLLINS FARM SUPPLIES LTD — PURCHASE ORDER", [("Purchase Order", "HF/0470"), ("Date", "10 December 2026"),
                    ("Delivery", "Week commencing 21/12/2026"), ("Account", "HOL001")],
                   [("Supplier", f"{SELLER}\nUnit 4, Kestrel Park\nShrewsbury SY1 3TE"),
                    ("Deliver To", "Hollins Farm Supplies Ltd\nMintsfeet Road South\nKendal, Cumbria\nLA9 6ND"),
                    ("Invoice To", "Accounts, Hollins Farm Supplies Ltd\nPO Box 118\nKendal LA9 6NA")],
                   ["Our Ref", "Supplier Code", "Description", "Qty", "Unit", "Price £", "Value £"], rows,
                   totals=[("Goods", money(tot)), ("VAT", money(tot * .2)), ("Total", money(tot * 1.2))],
                   notes="Delivery Mon-Fri 08:00-16:00 only. Pallets must not exceed 1.2m. Authorised: D. Atkinson",
                   ruled="header", col_widths=[17 * mm, 34 * mm, 63 * mm, 11 * mm, 12 * mm, 19 * mm, 21 * mm])
    attach_pdf("p04_hollins_pdf_twopage", "Stores - Hollins Farm <stores@hollinsfarm.co.uk>", "PO HF/0470 Christmas restock",
               when(2026, 12, 10, 13, 40), "Please see attached PO HF/0470 (2 pages).\n\nDave\n", "HF0470.pdf", pdf)
    order("p04_hollins_pdf_twopage", "Hollins Farm Supplies Ltd", "HF/0470", "2026-12-10", None, "GBP",
          SC("C002"), [L(s, q, u, d, p, c) for c, s, d, q, u, p in big])

    # p05 Spanish PDF, EUR decimal comma
    items = [("Arena aglomerante 20 L", "NV-LT-CLY-20", 40, 9.10), ("Arena no aglomerante 20 L", "NV-LT-NCL-20", 20, 7.05),
             ("Pienso gato esterilizado pavo 2 kg", "NV-DC-INDR-02", 12, 10.90), ("Pienso gato adulto pollo 400 g", "NV-DC-ADCH-04", 24, 2.35),
             ("Collar reflectante talla S naranja", "NV-CL-RF-S-ORG", 15, 4.05), ("Collar reflectante talla S amarillo", "NV-CL-RF-S-YEL", 15, 4.05),
             ("Cepillo deslanador mediano", "NV-GR-DSH-M", 6, 8.00)]
    rows = [(i + 1, d, q, money(p, ",", ".") + " €", money(p * q, ",", ".") + " €") for i, (d, s, q, p) in enumerate(items)]
    tot = sum(q * p for _, _, q, p in items)
    pdf = make_pdf("PEDIDO DE COMPRA", [("Nº pedido", "MS-2026-324"), ("Fecha", "09/12/2026"), ("Fecha entrega", "16/12/2026"),
                    ("Forma de pago", "Transferencia 30 días")],
                   [("Proveedor", f"{SELLER}\nShrewsbury (Reino Unido)"),
                    ("Facturar a", "Mascotas Sánchez S.L.\nCIF B41876532\nAvda. de Miraflores 52\n41008 Sevilla"),
                    ("Entregar en", "Mascotas Sánchez - Almacén\nPolígono Store, Calle A nº 7\n41008 Sevilla")],
                   ["Lín.", "Descripción", "Cantidad", "Precio unit.", "Importe"], rows,
                   totals=[("Base imponible", money(tot, ",", ".") + " €"), ("IVA 21%", money(tot * .21, ",", ".") + " €"),
                           ("TOTAL", money(tot * 1.21, ",", ".") + " €")],
                   col_widths=[12 * mm, 80 * mm, 20 * mm, 28 * mm, 30 * mm])
    attach_pdf("p05_mascotassanchez_pdf_es", "Rafael Sánchez <rafa@mascotassanchez.es>", "Pedido MS-2026-324",
               when(2026, 12, 9, 10, 0, 1), "Hola Ana,\n\nTe adjunto el pedido MS-2026-324. Esta vez al almacén, ojo.\n\nRafa\n",
               "Pedido_MS-2026-324.pdf", pdf)
    order("p05_mascotassanchez_pdf_es", "Mascotas Sánchez S.L.", "MS-2026-324", "2026-12-09", "2026-12-16", "EUR",
          S("Mascotas Sánchez - Almacén", "Polígono Store, Calle A nº 7", "Sevilla", None, "41008", "ES"),
          [L(s, q, "EA", d, p) for d, s, q, p in items])

    # p06 Brazil PDF, R$ thousands dot
    items = [("Ração cão adulto frango e arroz 15 kg", "NV-DD-ADCH-15", 20, 189.90), ("Ração cão sênior salmão 2 kg", "NV-DD-SNSA-02", 30, 42.50),
             ("Lata cão carne 6 x 400 g", "NV-WD-BEF-06", 25, 31.80), ("Gaiola inox 90 cm", "NV-CG-SS-90", 2, 1490.00),
             ("Shampoo clorexidina 5 L", "NV-GR-SH-CHX-5L", 3, 278.00)]
    rows = [(f"{i + 1:03d}", d, q, "UN", "R$ " + money(p, ",", "."), "R$ " + money(p * q, ",", ".")) for i, (d, s, q, p) in enumerate(items)]
    pdf = make_pdf("PEDIDO DE COMPRA Nº 000503", [("Emissão", "11/12/2026"), ("Entrega prevista", "08/01/2027"),
                    ("Cond. pagamento", "28 dias")],
                   [("Fornecedor", f"{SELLER}\nShrewsbury - Reino Unido"),
                    ("Comprador", "Clínica Veterinária Bicho Feliz\nCNPJ 12.345.678/0001-90\nRua Joaquim Floriano, 466\nSão Paulo/SP"),
                    ("Local de entrega", "Bicho Feliz - Unidade Moema\nAv. Ibirapuera, 2907\nSão Paulo/SP\nCEP 04029-200")],
                   ["Item", "Descrição", "Qtde", "Un.", "Valor unit.", "Valor total"], rows,
                   totals=[("Total", "R$ " + money(sum(q * p for _, _, q, p in items), ",", "."))],
                   col_widths=[12 * mm, 72 * mm, 14 * mm, 12 * mm, 28 * mm, 30 * mm])
    attach_pdf("p06_bichofeliz_pdf_pt", "Camila Rocha <compras@bichofeliz.com.br>", "Pedido de compra 000503 - unidade Moema",
               when(2026, 12, 11, 11, 30, -3), "Bom dia,\nsegue em anexo o pedido 000503 para a unidade Moema.\nAtt., Camila\n",
               "PC000503.pdf", pdf)
    order("p06_bichofeliz_pdf_pt", "Clínica Veterinária Bicho Feliz", "000503", "2026-12-11", "2027-01-08", "BRL",
          S("Bicho Feliz - Unidade Moema", "Av. Ibirapuera, 2907", "São Paulo", "SP", "04029-200", "BR"),
          [L(s, q, "EA", d, p) for d, s, q, p in items])

    # p07 Irish hospital, customer part numbers only (no supplier code), EUR
    items = [("RV-1108", "NV-SY-20-LS", "Syringe 20ml luer slip bx100", 4, 13.30), ("RV-2204", "NV-ND-18G25", "Needle 18G 1\" bx100", 6, 4.70),
             ("RV-2207", "NV-ND-21G16", "Needle 21G 5/8\" bx100", 6, 4.35), ("RV-3310", "NV-BD-CNF-10", "Conforming bandage 10cm", 120, 0.63),
             ("RV-3312", "NV-BD-ADH-05", "Adhesive elastic bandage 5cm", 36, 2.10), ("RV-6001", "NV-GL-NIT-S", "Nitrile gloves S bx100", 10, 5.60)]
    rows = [(c, d, q, "€" + money(p), "€" + money(p * q)) for c, s, d, q, p in items]
    pdf = make_pdf("Riverside Veterinary Hospital<br/>Purchase Order", [("PO No.", "4500012941"), ("Date", "10-Dec-2026"),
                    ("Buyer", "A. Kelleher")],
                   [("Supplier", f"{SELLER}\nUnit 4, Kestrel Park, Shrewsbury SY1 3TE, UK"),
                    ("Deliver to", "Riverside Veterinary Hospital\nUnit 7, Lee Point\nCork T12 R2K7\nIreland")],
                   ["Material", "Description", "Qty", "Price", "Net value"], rows, ruled="header",
                   col_widths=[24 * mm, 80 * mm, 16 * mm, 26 * mm, 28 * mm])
    attach_pdf("p07_riverside_pdf_custparts", "SAP Workflow <noreply-sap@riversidevets.ie>", "Purchase Order 4500012941",
               when(2026, 12, 10, 6, 0), "This is an automatically generated purchase order. Please do not reply to this address.\n"
               "Queries: stores@riversidevets.ie\n", "4500012941.pdf", pdf)
    order("p07_riverside_pdf_custparts", "Riverside Veterinary Hospital", "4500012941", "2026-12-10", None, "EUR",
          SC("C007"), [L(s, q, "BX" if "bx" in d else "RL", d, p, c) for c, s, d, q, p in items])

    # p08 NZ, no rules, ship to branch
    items = [("Sheep drench 5L", "NV-WM-SH-5L", 10, 205.00), ("Sheep drench 1L", "NV-WM-SH-1L", 24, 51.00),
             ("Cattle pour-on 2.5L", "NV-WM-CA-2.5L", 6, 232.00), ("Syringe 50ml catheter tip bx25", "NV-SY-50-CT", 4, 30.50),
             ("Needle 18G x 1.5in bx100", "NV-ND-18G38", 8, 9.10)]
    rows = [(d, q, money(p), money(q * p)) for d, s, q, p in items]
    pdf = make_pdf("WAIKATO RURAL VETS - PURCHASE ORDER", [("PO", "WRV 10590"), ("Raised", "14/12/2026"),
                    ("Delivery Date", "22/12/2026"), ("Currency", "NZD excl. GST")],
                   [("Supplier", SELLER), ("Bill to", "Waikato Rural Vets\n55 Tristram Street\nHamilton 3204"),
                    ("Ship to", "Waikato Rural Vets - Morrinsville\n12 Thames Street\nMorrinsville 3300")],
                   ["Description", "Qty", "Unit price", "Line total"], rows, ruled="none",
                   col_widths=[90 * mm, 20 * mm, 30 * mm, 30 * mm])
    attach_pdf("p08_waikato_pdf_branch", "Tania Ngata <orders@waikatoruralvets.co.nz>", "WRV 10590",
               when(2026, 12, 14, 9, 0, 13), "Kia ora, PO attached for Morrinsville. Nga mihi, Tania\n", "WRV10590.pdf", pdf)
    order("p08_waikato_pdf_branch", "Waikato Rural Vets", "WRV 10590", "2026-12-14", "2026-12-22", "NZD",
          S("Waikato Rural Vets - Morrinsville", "12 Thames Street", "Morrinsville", None, "3300", "NZ"),
          [L(s, q, "EA", d, p) for d, s, q, p in items])

    # p09 French Canadian PDF, "12,50 $"
    items = [("NV-SY-03-LS", "Seringues 3 ml luer slip (boîte de 100)", 10, 12.40), ("NV-SY-05-LS", "Seringues 5 ml luer slip (boîte de 100)", 10, 13.80),
             ("NV-ND-22", "Aiguilles 22G x 1 po (boîte de 100)", 5, 7.90), ("NV-BD-COH-075-BLU", "Bandage cohésif 7,5 cm bleu", 36, 2.45),
             ("NV-BD-COH-075-RED", "Bandage cohésif 7,5 cm rouge", 36, 2.45)]
    rows = [(s, d, q, money(p, ",", " ") + " $", money(p * q, ",", " ") + " $") for s, d, q, p in items]
    pdf = make_pdf("BON DE COMMANDE", [("No de commande", "BC-4489"), ("Date", "2026-12-11"), ("Livraison requise", "21 déc. 2026")],
                   [("Fournisseur", SELLER), ("Livrer à", "Clinique vétérinaire Beauport\n780, avenue Royale\nQuébec (QC) G1E 1Z1")],
                   ["Code fournisseur", "Description", "Qté", "Prix unitaire", "Montant"], rows,
                   totals=[("Sous-total", money(sum(q * p for _, _, q, p in items), ",", " ") + " $")],
                   pagesize=LETTER, col_widths=[40 * mm, 66 * mm, 14 * mm, 28 * mm, 28 * mm])
    attach_pdf("p09_beauport_pdf_fr", "Julie Tremblay <commandes@cliniquebeauport.ca>", "Bon de commande BC-4489",
               when(2026, 12, 11, 14, 0, -5), "Bonjour,\n\nVoici notre bon de commande BC-4489 en pièce jointe.\n\nJulie Tremblay\n",
               "BC-4489.pdf", pdf)
    # NV-ND-22 does not exist: 22G needles are not in the catalogue
    order("p09_beauport_pdf_fr", "Clinique vétérinaire Beauport", "BC-4489", "2026-12-11", "2026-12-21", "CAD",
          S("Clinique vétérinaire Beauport", "780, avenue Royale", "Québec", "QC", "G1E 1Z1", "CA"),
          [L(None if s == "NV-ND-22" else s, q, "BX" if "boîte" in d else "RL", d, p) for s, d, q, p in items])

    # p10 Mexico, Spanish, MXN
    items = [("Desparasitante oral ovino 1 L", "NV-WM-SH-1L", 20, 540.00), ("Pasta desparasitante equino 600 kg", "NV-WM-EQ-PST", 30, 215.00),
             ("Jeringa 20 ml luer lock caja c/100", "NV-SY-20-LL", 6, 289.00), ("Aguja 18G x 1\" caja c/100", "NV-ND-18G25", 10, 92.00),
             ("Venda crepé 7.5 cm", "NV-BD-CRP-075", 100, 13.50)]
    rows = [(i + 1, q, "PZA" if "caja" not in d else "CJA", d, "$" + money(p), "$" + money(q * p)) for i, (d, s, q, p) in enumerate(items)]
    pdf = make_pdf("ORDEN DE COMPRA No. OC-AGLA-5533", [("Fecha", "10/12/2026"), ("Fecha de entrega", "08/01/2027"),
                    ("Moneda", "MXN (pesos mexicanos)"), ("RFC", "ALA980312KJ4")],
                   [("Proveedor", SELLER), ("Embarcar a", "Agropecuaria Los Altos S.A. de C.V.\nCarretera Tepatitlán-Arandas km 3.5\nTepatitlán de Morelos, Jal.\nC.P. 47600")],
                   ["#", "Cant.", "Unidad", "Descripción", "P. Unit.", "Importe"], rows,
                   totals=[("Subtotal", "$" + money(sum(q * p for _, _, q, p in items))), ("IVA 16%", "$" + money(sum(q * p for _, _, q, p in items) * .16))],
                   col_widths=[10 * mm, 16 * mm, 16 * mm, 70 * mm, 26 * mm, 30 * mm])
    attach_pdf("p10_losaltos_pdf_mx", "Ing. Ramón Gutiérrez <rgutierrez@agrolosaltos.com.mx>", "OC-AGLA-5533",
               when(2026, 12, 10, 18, 0, -6), "Buenas tardes, anexo orden de compra. Saludos.\n", "OC-AGLA-5533.pdf", pdf)
    order("p10_losaltos_pdf_mx", "Agropecuaria Los Altos S.A. de C.V.", "OC-AGLA-5533", "2026-12-10", "2027-01-08", "MXN",
          S("Agropecuaria Los Altos S.A. de C.V.", "Carretera Tepatitlán-Arandas km 3.5", "Tepatitlán de Morelos", "Jalisco", "47600", "MX"),
          [L(s, q, "BX" if "caja" in d else "EA", d, p) for d, s, q, p in items])

    # n02 invoice from one of our own suppliers (not an order)
    items = [("HM-SY05LL", "Syringe 5ml luer lock x100", 200, 5.10), ("HM-ND21G1", "Needle 21G x 1in x100", 300, 2.65)]
    rows = [(c, d, q, money(p), money(q * p)) for c, d, q, p in items]
    tot = sum(q * p for *_, q, p in items)
    pdf = make_pdf("TAX INVOICE", [("Invoice No.", "INV-778120"), ("Invoice Date", "04/12/2026"), ("Your PO", "NVP-20931"),
                    ("Due Date", "03/01/2027")],
                   [("From", "Harcastle Medical Supplies Ltd\n9 Riverside Way\nLeeds LS11 5QP"),
                    ("Bill To", f"{SELLER}\nUnit 4, Kestrel Park\nShrewsbury SY1 3TE")],
                   ["Code", "Description", "Qty", "Unit £", "Amount £"], rows,
                   totals=[("Net", money(tot)), ("VAT 20%", money(tot * .2)), ("Amount due", money(tot * 1.2))],
                   notes="Payment by BACS to sort code 20-45-77, account 43917260. Thank you for your business.")
    attach_pdf("n02_supplier_invoice", "Accounts <accounts@harcastlemedical.co.uk>", "Invoice INV-778120",
               when(2026, 12, 4, 15, 0), "Dear customer,\n\nPlease find attached invoice INV-778120 for your order NVP-20931.\n\n"
               "Harcastle Medical Supplies - Accounts\n", "INV-778120.pdf", pdf)
    label("n02_supplier_invoice", kind="invoice")
