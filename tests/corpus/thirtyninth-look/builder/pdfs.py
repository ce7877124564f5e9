# -*- coding: utf-8 -*-
import io
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from common import *

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
N = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=10.5)
B = ParagraphStyle("b", fontName="DVB", fontSize=9, leading=11)
SN = ParagraphStyle("sn", fontName="DV", fontSize=7, leading=8.5)
SB = ParagraphStyle("sb", fontName="DVB", fontSize=7, leading=8.5)
H = ParagraphStyle("h", fontName="DVB", fontSize=15, leading=18)

def P(t, s=N):
    return Paragraph(t.replace("\n", "<br/>"), s)

def render(letter, title, left, right, meta, cols, rows, totals, notes, ruled=True, widths=None, terms_page=None, head_color="#dddddd"):
    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15*mm, rightMargin=15*mm, topMargin=12*mm, bottomMargin=15*mm)
    st = [Table([[P(letter, B), P(title, H)]], colWidths=[110*mm, 70*mm]), Spacer(1, 4*mm)]
    st.append(Table([[P(left), P(right)]], colWidths=[90*mm, 90*mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BOX", (0, 0), (0, 0), 0.5, colors.grey), ("BOX", (1, 0), (1, 0), 0.5, colors.grey)]))
    st.append(Spacer(1, 3*mm))
    st.append(Table([[P(k, B) for k, _ in meta], [P(v) for _, v in meta]], colWidths=[180*mm/len(meta)]*len(meta),
                    style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    st.append(Spacer(1, 4*mm))
    cs, hs = (SN, SB) if len(cols) > 8 else (N, B)
    data = [[P(cname, hs) for cname in cols]] + [[P(str(x), cs) for x in r] for r in rows]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_color)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
    else:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    st.append(Table(data, colWidths=widths, repeatRows=1, style=style))
    st.append(Spacer(1, 3*mm))
    if totals:
        st.append(Table([[P(k, B), P(v)] for k, v in totals], colWidths=[40*mm, 30*mm], hAlign="RIGHT"))
    st.append(Spacer(1, 5*mm))
    st.append(P(notes))
    if terms_page:
        st.append(PageBreak())
        st.append(P("Terms and Conditions of Purchase", B))
        st.append(P(terms_page))
    d.build(st)
    return buf.getvalue()

TERMS = ("1. The supplier shall quote the PO number on all invoices, delivery notes and correspondence.\n"
         "2. Goods must be delivered to the address stated, between 09:00 and 15:00, Monday to Friday.\n"
         "3. Partial deliveries are accepted only with the prior written consent of the buyer.\n"
         "4. Goods not conforming to specification will be returned at the supplier's expense.\n"
         "5. Payment terms: 45 days from receipt of a correct invoice.\n"
         "6. All sterile products shall have a minimum remaining shelf life of 24 months on delivery.\n") * 3

PDFS = []  # (name, eml meta, pdf filename, pdf bytes, label)

def add(name, frm, subject, date, body, fname, pdf, lab, to=ORDERS):
    PDFS.append((name, frm, subject, date, body, fname, pdf, lab, to))

# p01 Irish hospital ERP PO, item codes + VAT columns, multi-page with terms
rows = [("1", "MM-104455", "IV-20", "CANNULA IV 20G PINK W/PORT", "BX", "10", "29.00", "23%", "290.00", "66.70", "356.70"),
        ("2", "MM-104457", "IV-18", "CANNULA IV 18G GREEN W/PORT", "BX", "6", "29.00", "23%", "174.00", "40.02", "214.02"),
        ("3", "MM-100410", "SY-10-LL", "SYRINGE 10ML LUER LOCK STERILE", "BX", "40", "9.90", "23%", "396.00", "91.08", "487.08"),
        ("4", "MM-100411", "SY-20-LL", "SYRINGE 20ML LUER LOCK STERILE", "BX", "25", "13.60", "23%", "340.00", "78.20", "418.20"),
        ("5", "MM-100530", "ND-21-40", "NEEDLE HYPO 21G X 1.5IN GREEN", "BX", "30", "3.80", "23%", "114.00", "26.22", "140.22"),
        ("6", "MM-200101", "GZ-10-ST-2", "GAUZE SWAB 10X10 12PLY STERILE X2", "BX", "50", "7.50", "0%", "375.00", "0.00", "375.00"),
        ("7", "MM-110201", "MK-FFP3-NV", "RESPIRATOR FFP3 NO VALVE BX20", "BX", "20", "24.00", "23%", "480.00", "110.40", "590.40"),
        ("8", "MM-300120", "DS-SA-5L", "DISINFECTANT SURFACE RAPID ALC 5L", "EA", "12", "31.00", "23%", "372.00", "85.56", "457.56")]
pdf = render("St. Kevin's University Hospital\nMaterials Management Department\nJames's Walk, Dublin 8, D08 NHY1\nVAT No. IE 8F52147K",
             "PURCHASE ORDER",
             "<b>Supplier</b>\nLiffey & Tagus Medical Supplies Ltd\nUnit 12, Ballymount Industrial Estate\nDublin 24, D24 E5R8\nVendor No. 100488",
             "<b>Deliver To</b>\nSt. Kevin's University Hospital – Central Stores\nGate 3, James's Walk\nDublin 8, D08 NHY1\nIreland",
             [("PO Number", "4500232155"), ("PO Date", "21.12.2026"), ("Delivery Date", "08.01.2027"), ("Currency", "EUR"), ("Buyer", "C. Byrne")],
             ["Ln", "Item Code", "Supplier Ref", "Description", "UoM", "Qty", "Unit Price", "VAT", "Net", "VAT Amt", "Gross"], rows,
             [("Net Total", "2,541.00"), ("VAT", "498.18"), ("Gross Total", "3,039.18")],
             "Please quote PO 4500232155 on all correspondence. Deliveries without a PO number will be refused at Central Stores.",
             widths=[7*mm, 18*mm, 19*mm, 44*mm, 9*mm, 9*mm, 14*mm, 10*mm, 16*mm, 16*mm, 18*mm], terms_page=TERMS)
add("p01_stkevins_erp_po", "SAP Workflow <noreply-sap@skuh.ie>", "Purchase Order 4500232155", "Mon, 21 Dec 2026 07:02:00 +0000",
    "Dear Supplier,\n\nPlease find attached Purchase Order 4500232155.\n\nThis is an automated message from the St. Kevin's University Hospital procurement system.\nDo not reply to this address; contact purchasing@skuh.ie.\n",
    "PO_4500232155.pdf", pdf,
    label("St. Kevin's University Hospital", [L(r[2], r[3], int(r[5]), r[4], float(r[6]), r[1]) for r in rows],
          po="4500232155", od="2026-12-21", rd="2027-01-08", cur="EUR",
          ship=ship("St. Kevin's University Hospital – Central Stores", "Gate 3, James's Walk", "Dublin 8", "D08 NHY1", "IE")))

# p02 Indian hospital PO with HSN + IGST, day-first dates
rows2 = [("1", "HSN 40151900", "Nitrile Examination Gloves Powder Free - Medium (Box of 100)", "GN-M-100", "60", "Box", "5.90", "12%", "354.00"),
         ("2", "HSN 40151900", "Nitrile Examination Gloves Powder Free - Large (Box of 100)", "GN-L-100", "40", "Box", "5.90", "12%", "236.00"),
         ("3", "HSN 90183100", "Disposable Syringe 5 ml Luer Lock (Box of 100)", "SY-5-LL", "30", "Box", "8.20", "12%", "246.00"),
         ("4", "HSN 90183100", "Disposable Syringe 20 ml Luer Lock (Box of 100)", "SY-20-LL", "10", "Box", "13.60", "12%", "136.00"),
         ("5", "HSN 90183220", "Hypodermic Needle 23G x 1 1/4 inch (Box of 100)", "ND-23-30", "25", "Box", "3.80", "12%", "95.00"),
         ("6", "HSN 63079090", "Face Mask 3 Ply Type IIR Ear Loop (Box of 50)", "MK-IIR-EL", "80", "Box", "6.50", "5%", "520.00"),
         ("7", "HSN 30059040", "Crepe Bandage 15 cm x 4.5 m (Pack of 10)", "BD-CR-15", "12", "Pack", "10.20", "12%", "122.40"),
         ("8", "HSN 39269099", "Sharps Container 5 Ltr Purple Lid", "SH-5-P", "20", "Nos", "3.10", "18%", "62.00")]
pdf = render("SAI KRISHNA MULTISPECIALITY HOSPITAL\nPlot 14, Road No. 2, Banjara Hills, Hyderabad - 500034, Telangana\nGSTIN: 36AAECS4471K1ZP | Ph: 040-2335 7788",
             "PURCHASE ORDER",
             "<b>To,</b>\nM/s. Liffey & Tagus Medical Supplies Ltd\nUnit 12, Ballymount Industrial Estate\nDublin 24, Ireland",
             "<b>Ship To / Consignee</b>\nSai Krishna Multispeciality Hospital\nCentral Stores, Plot 14, Road No. 2\nBanjara Hills, Hyderabad - 500034\nTelangana, India",
             [("P.O. No.", "SKMH/PUR/2026-27/1482"), ("P.O. Date", "22/12/2026"), ("Delivery By", "05/02/2027"), ("Currency", "EUR"), ("Indent No.", "IND-7731")],
             ["S.No", "HSN/SAC", "Item Description", "Supplier Code", "Qty", "Unit", "Rate (EUR)", "IGST %", "Amount (EUR)"], rows2,
             [("Sub Total", "1,771.40"), ("IGST", "190.51"), ("Grand Total", "1,961.91")],
             "Terms: 1) CIF Hyderabad. 2) Payment 30% advance, balance against documents. 3) Please mention P.O. No. on invoice and packing list.\n"
             "Prepared by: K. Lakshmi (Purchase Officer)          Approved by: Dr. V. Rao (Medical Superintendent)",
             widths=[9*mm, 20*mm, 55*mm, 20*mm, 10*mm, 11*mm, 16*mm, 13*mm, 22*mm], terms_page=TERMS)
add("p02_saikrishna_hsn_gst", "Purchase Dept <purchase@saikrishnahospital.in>", "PO SKMH/PUR/2026-27/1482 - Medical Consumables", "Tue, 22 Dec 2026 15:10:00 +0530",
    "Dear Sir,\n\nPlease find attached our Purchase Order SKMH/PUR/2026-27/1482 dated 22/12/2026 for medical consumables.\nKindly acknowledge the receipt and send the proforma invoice at the earliest.\n\nThanks & Regards,\nK. Lakshmi\nPurchase Officer\nSai Krishna Multispeciality Hospital, Hyderabad\n",
    "SKMH_PO_1482.pdf", pdf,
    label("Sai Krishna Multispeciality Hospital", [L(r[3], r[2], int(r[4]), {"Box": "BX", "Pack": "PK", "Nos": "EA"}[r[5]], float(r[6])) for r in rows2],
          po="SKMH/PUR/2026-27/1482", od="2026-12-22", rd="2027-02-05", cur="EUR",
          ship=ship("Sai Krishna Multispeciality Hospital", "Central Stores, Plot 14, Road No. 2", "Hyderabad", "500034", "IN", region="Telangana")))

# p03 Dubai clinic PO, VAT 5%, unruled
rows3 = [("ANFC-0091", "Nitrile gloves PF blue XL box/100", "10", "BOX", "6.20", "5%", "62.00"),
         ("ANFC-0092", "Nitrile gloves PF blue XS box/100", "10", "BOX", "5.90", "5%", "59.00"),
         ("ANFC-0140", "Syringe 1 ml luer slip box/100", "6", "BOX", "7.20", "5%", "43.20"),
         ("ANFC-0152", "Needle 25G x 1 inch box/100", "6", "BOX", "3.80", "5%", "22.80"),
         ("ANFC-0210", "Hand rub gel 1 litre", "24", "BTL", "6.90", "5%", "165.60"),
         ("ANFC-0300", "Children masks box/50", "4", "BOX", "5.20", "5%", "20.80")]
pdf = render("AL NOOR FAMILY CLINIC\nAl Wasl Road, Villa 22, Jumeirah, Dubai, UAE\nTRN 100284771300003",
             "LOCAL PURCHASE ORDER",
             "<b>Vendor</b>\nLiffey & Tagus Medical Supplies Ltd\nDublin, Ireland",
             "<b>Deliver to</b>\nAl Noor Family Clinic\nAl Wasl Road, Villa 22\nJumeirah, Dubai\nUnited Arab Emirates",
             [("LPO No.", "ANFC/LPO/2026/0415"), ("Date", "23-12-2026"), ("Required", "10-01-2027"), ("Currency", "EUR")],
             ["Item Code", "Description", "Qty", "UOM", "Unit Price", "VAT", "Amount"], rows3,
             [("Subtotal", "373.40"), ("VAT 5%", "18.67"), ("Total", "392.07")],
             "Goods to be delivered with Certificate of Origin. Payment 30 days.", ruled=False,
             widths=[22*mm, 62*mm, 12*mm, 14*mm, 22*mm, 14*mm, 24*mm])
add("p03_alnoor_lpo_vat", "Procurement <procurement@alnoorclinic.ae>", "LPO ANFC/LPO/2026/0415", "Wed, 23 Dec 2026 10:00:00 +0400",
    "Dear Team,\n\nAttached LPO ANFC/LPO/2026/0415. Please confirm availability.\n\nRegards,\nProcurement Dept.\nAl Noor Family Clinic\n",
    "LPO_0415.pdf", pdf,
    label("Al Noor Family Clinic", [L(s, r[1], int(r[2]), "BX" if r[3] == "BOX" else "EA", float(r[4]), r[0]) for s, r in
          zip(["GN-XL-100", "GN-XS-100", "SY-1-LS", "ND-25-25", "DS-HR-1L", "MK-KID"], rows3)],
          po="ANFC/LPO/2026/0415", od="2026-12-23", rd="2027-01-10", cur="EUR",
          ship=ship("Al Noor Family Clinic", "Al Wasl Road, Villa 22", "Dubai", "", "AE", region="Jumeirah")))

# p04 Oakwood Sage-like PO, unruled
rows4 = [("GV-S-100", "Vinyl Gloves P/F Small Bx100", "20", "3.35", "67.00"),
         ("GV-XL-100", "Vinyl Gloves P/F X-Large Bx100", "20", "3.35", "67.00"),
         ("DS-HR-500", "Hand Gel 70% 500ml Pump", "36", "3.60", "129.60"),
         ("SH-2.5", "Sharps Bin 2.5 Litre", "12", "1.60", "19.20"),
         ("AP-WH", "Apron White Roll 200", "15", "5.00", "75.00")]
pdf = render("Oakwood Care Homes Ltd\nOakwood House, 90 Whiteladies Road\nBristol BS8 2QN\nTel 0117 973 2200",
             "Purchase Order",
             "<b>Supplier:</b>\nLiffey & Tagus Medical Supplies Ltd\nA/C LIF001",
             "<b>Delivery Address:</b>\nOakwood Care Homes - Willow Court\n55 Gloucester Road\nBristol BS7 8AD",
             [("Order No", "OCH-PO-015640"), ("Order Date", "21/12/2026"), ("Your Ref", "Dec top-up")],
             ["Product Code", "Description", "Quantity", "Price GBP", "Net GBP"], rows4,
             [("Total Net", "357.80"), ("VAT", "0.00"), ("Total GBP", "357.80")],
             "Authorised by: J. Harding, Group Procurement", ruled=False, widths=[28*mm, 72*mm, 22*mm, 24*mm, 24*mm])
add("p04_oakwood_sage", "Jane Harding <j.harding@oakwoodcare.co.uk>", "Order OCH-PO-015640", "Mon, 21 Dec 2026 11:00:00 +0000",
    "Hi,\nPO attached for Willow Court. Thanks, Jane\n\nJane Harding | Group Procurement | Oakwood Care Homes Ltd\n",
    "OCH-PO-015640.pdf", pdf,
    label("Oakwood Care Homes Ltd", [L(r[0], r[1], int(r[2]), SKUS[r[0]][2], float(r[3])) for r in rows4],
          po="OCH-PO-015640", od="2026-12-21", rd=None, cur="GBP",
          ship=ship("Oakwood Care Homes - Willow Court", "55 Gloucester Road", "Bristol", "BS7 8AD", "GB")))

# p05 seller's printed order form, PT, only some rows filled
form_items = ["GN-S-100", "GN-M-100", "GN-L-100", "GL-M-100", "GV-M-100", "SY-2-LL", "SY-5-LL", "SY-10-LL", "ND-21-25",
              "ND-23-25", "ND-25-16", "GZ-5-NS-100", "GZ-10-NS-100", "GZ-10-ST-5", "BD-CH-5", "BD-CH-10", "MK-IIR-EL",
              "DS-HR-500", "DS-SF-1L", "SH-1", "SH-5", "SU-NY-30", "SU-PGA-30", "SU-KIT-R"]
filled = {"GN-M-100": 8, "SY-5-LL": 4, "ND-23-25": 3, "GZ-10-ST-5": 5, "BD-CH-10": 24, "SH-5": 6, "SU-PGA-30": 2}
rows5 = [(s, SKUS[s][1], SKUS[s][2], f"{SKUS[s][3]:.2f}".replace(".", ","), str(filled.get(s, ""))) for s in form_items]
pdf = render("Liffey & Tagus Medical Supplies — Escritório de Lisboa\nRua Castilho 39, 1250-068 Lisboa\nencomendas@liffeytagus.pt",
             "NOTA DE ENCOMENDA",
             "<b>Cliente</b>\nCentro Veterinário do Tejo\nN.º cliente C012",
             "<b>Local de entrega</b>\nCentro Veterinário do Tejo\nRua Capitão Leitão 31\n2800-133 Almada",
             [("N.º encomenda", "CVT-2026-044"), ("Data", "22/12/2026"), ("Entrega pretendida", "05/01/2027")],
             ["Ref.", "Descrição", "Un.", "Preço €", "Qtd."], rows5, None,
             "Preencha apenas as quantidades pretendidas. Preços sem IVA.", widths=[24*mm, 110*mm, 10*mm, 18*mm, 18*mm])
add("p05_cvtejo_order_form_partial", "Rui Almeida <rui.almeida@cvtejo.pt>", "nota de encomenda", "Tue, 22 Dec 2026 18:00:00 +0000",
    "Boa tarde,\nSegue a nota de encomenda preenchida.\nCumprimentos,\nRui Almeida\nCentro Veterinário do Tejo\n",
    "nota_encomenda_CVT.pdf", pdf,
    label("Centro Veterinário do Tejo", [L(s, SKUS[s][1], filled[s], SKUS[s][2], SKUS[s][3]) for s in form_items if s in filled],
          po="CVT-2026-044", od="2026-12-22", rd="2027-01-05", cur="EUR",
          ship=ship("Centro Veterinário do Tejo", "Rua Capitão Leitão 31", "Almada", "2800-133", "PT")), to=ENCOMENDAS)

def simple(name, frm, subj, date, body, fname, letter, title, left, right, meta, cols, rows, keyfn, lab_kw, ruled=True, widths=None, to=ORDERS, totals=None, notes="", terms=None):
    pdf = render(letter, title, left, right, meta, cols, rows, totals, notes, ruled=ruled, widths=widths, terms_page=terms)
    lines = [keyfn(r) for r in rows]
    add(name, frm, subj, date, body, fname, pdf, label(lines=lines, **lab_kw), to=to)

# p06 Spanish dental PO with IVA
rows6 = [("DB-3P-BL", "Baberos 3 capas azul (500 ud.)", "6", "27,90", "21%", "167,40"),
         ("CR-2-1000", "Rollos algodón nº 2 bolsa 1000", "3", "11,50", "21%", "34,50"),
         ("DN-30XS", "Agujas dentales 30G extracortas", "5", "12,40", "21%", "62,00"),
         ("SU-PGA-50", "Sutura reabsorbible 5/0 (caja 12)", "1", "42,00", "21%", "42,00"),
         ("DS-IN-1L", "Desinfectante instrumental concentrado 1 L", "4", "19,50", "21%", "78,00")]
simple("p06_triana_pedido_iva", "Lucía Moreno <administracion@clinicatriana.es>", "Pedido CDT-571", "Mon, 21 Dec 2026 10:30:00 +0100",
       "Buenos días,\n\nAdjunto pedido CDT-571.\n\nUn saludo,\nLucía Moreno\nClínica Dental Triana\n", "Pedido_CDT-571.pdf",
       "Clínica Dental Triana S.L.P.\nCalle San Jacinto 48 · 41010 Sevilla\nCIF B91234567", "PEDIDO DE COMPRA",
       "<b>Proveedor</b>\nLiffey & Tagus Medical Supplies Ltd\nRua Castilho 39, 1250-068 Lisboa",
       "<b>Dirección de entrega</b>\nClínica Dental Triana\nCalle San Jacinto 48\n41010 Sevilla",
       [("Nº Pedido", "CDT-571"), ("Fecha", "21/12/2026"), ("Entrega", "8 de enero de 2027")],
       ["Referencia", "Descripción", "Cant.", "Precio €", "IVA", "Importe €"], rows6,
       lambda r: L(r[0], r[1], int(r[2]), SKUS[r[0]][2], float(r[3].replace(",", "."))),
       dict(customer="Clínica Dental Triana", po="CDT-571", od="2026-12-21", rd="2027-01-08", cur="EUR",
            ship=ship("Clínica Dental Triana", "Calle San Jacinto 48", "Sevilla", "41010", "ES")),
       totals=[("Base imponible", "383,90"), ("IVA 21%", "80,62"), ("Total", "464,52")], notes="Forma de pago: transferencia 30 días.")

# p07 Harrow Road multi-page PO (many lines)
codes7 = ["GN-XS-100", "GN-S-100", "GN-M-100", "GN-L-100", "GN-XL-100", "GL-S-100", "GL-M-100", "GL-L-100", "SY-1-LS", "SY-2-LS",
          "SY-5-LS", "SY-10-LS", "SY-20-LS", "ND-19-40", "ND-21-40", "ND-23-25", "ND-25-16", "ND-27-19", "ND-30-13", "GZ-5-ST-5",
          "GZ-7-ST-5", "GZ-7-NS-100", "BD-CF-7", "BD-CF-10", "BD-CF-15", "MK-II-EL", "MK-FFP2-V", "DS-SF-500", "DS-WP-200",
          "SH-0.6", "SH-2.5", "SH-1-P", "TP-MP-25", "PL-FAB", "CO-RL-50", "TD-100"]
qty7 = [4, 6, 10, 8, 2, 2, 3, 2, 2, 3, 6, 4, 2, 1, 3, 4, 5, 2, 1, 6, 4, 10, 3, 3, 2, 8, 2, 12, 10, 15, 10, 4, 2, 6, 24, 3]
gbp = lambda s: round(SKUS[s][3] * 0.86, 2)
rows7 = [(str(i + 1), "HR%04d" % (3100 + i * 7), s, SKUS[s][1], str(q), f"{gbp(s):.2f}", f"{gbp(s) * q:.2f}") for i, (s, q) in enumerate(zip(codes7, qty7))]
simple("p07_harrow_multipage", "Priya Shah <p.shah@harrowroadmc.co.uk>", "Quarterly order HRMC/PO/4502", "Mon, 28 Dec 2026 09:00:00 +0000",
       "Hi,\n\nPlease see attached our quarterly order HRMC/PO/4502 (2 pages). Delivery any day the week of 11 January.\n\nThanks,\nPriya Shah\nPractice Administrator\nHarrow Road Medical Centre | 020 7286 4410\n",
       "HRMC_PO_4502.pdf",
       "Harrow Road Medical Centre\n212 Harrow Road, London W2 5ES\nTel 020 7286 4410", "PURCHASE ORDER",
       "<b>Supplier</b>\nLiffey & Tagus Medical Supplies Ltd\nDublin 24, Ireland",
       "<b>Deliver to</b>\nHarrow Road Medical Centre\n212 Harrow Road\nLondon W2 5ES",
       [("PO number", "HRMC/PO/4502"), ("Date", "28 December 2026"), ("Currency", "GBP")],
       ["#", "Our code", "Supplier code", "Description", "Qty", "Unit £", "Line £"], rows7,
       lambda r: L(r[2], r[3], int(r[4]), SKUS[r[2]][2], float(r[5]), r[1]),
       dict(customer="Harrow Road Medical Centre", po="HRMC/PO/4502", od="2026-12-28", rd=None, cur="GBP",
            ship=ship("Harrow Road Medical Centre", "212 Harrow Road", "London", "W2 5ES", "GB")),
       widths=[8*mm, 17*mm, 22*mm, 85*mm, 10*mm, 16*mm, 18*mm], notes="Approved: Dr R. Mehta, Partner")

# p08 Indian dental clinic PO, HSN + GST, dd-mm-yyyy
rows8 = [("1", "Dental Cotton Rolls No.3 (300 pcs)", "CR-3-300", "30063000", "20", "Pkt", "4.90", "12"),
         ("2", "Dental Bibs 2 Ply White (500 pcs)", "DB-2P-WH", "48189000", "8", "Pkt", "21.50", "18"),
         ("3", "Dental Needle 27G Long", "DN-27L", "90183220", "12", "Box", "11.90", "12"),
         ("4", "Latex Exam Gloves PF Small", "GL-S-100", "40151100", "25", "Box", "6.60", "12"),
         ("5", "Latex Exam Gloves PF X-Small", "GL-XS-100", "40151100", "15", "Box", "6.60", "12"),
         ("6", "Saliva Ejector Clear (100)", "DM-SE-CL", "90184900", "10", "Pkt", "3.40", "18")]
simple("p08_smilecraft_po_gst", "Dr. Anand Kulkarni <smilecraftdental@smilecraftdental.in>", "PO SCDC/26-27/131", "Sat, 12 Dec 2026 18:45:00 +0530",
       "Dear Sir,\n\nPFA our PO no. SCDC/26-27/131. Kindly arrange dispatch by 10-01-2027.\n\nThanks & Regards,\nDr. Anand Kulkarni\nSmile Craft Dental Clinic, Pune\n",
       "SCDC_PO_131.pdf",
       "SMILE CRAFT DENTAL CLINIC\nShop 6, Prabhat Road, Erandwane, Pune - 411004\nGSTIN 27AAKPK7781M1Z2", "PURCHASE ORDER",
       "<b>Supplier</b>\nLiffey & Tagus Medical Supplies Ltd\nDublin 24, Ireland",
       "<b>Delivery Address</b>\nSmile Craft Dental Clinic\nShop 6, Prabhat Road, Erandwane\nPune - 411004, Maharashtra",
       [("PO No.", "SCDC/26-27/131"), ("PO Date", "12-12-2026"), ("Delivery Date", "10-01-2027"), ("Currency", "EUR")],
       ["Sr.", "Particulars", "Supplier Code", "HSN", "Qty", "Unit", "Rate", "GST %"], rows8,
       lambda r: L(r[2], r[1], int(r[4]), "PK" if r[5] == "Pkt" else "BX", float(r[6])),
       dict(customer="Smile Craft Dental Clinic", po="SCDC/26-27/131", od="2026-12-12", rd="2027-01-10", cur="EUR",
            ship=ship("Smile Craft Dental Clinic", "Shop 6, Prabhat Road, Erandwane", "Pune", "411004", "IN", region="Maharashtra")),
       totals=[("Taxable Value", "551.70"), ("GST", "73.06"), ("Total", "624.76")], notes="Subject to Pune jurisdiction. E.&O.E.")

# p09 Turkish PO with KDV
rows9 = [("EG-101", "Nitril muayene eldiveni pudrasız siyah M", "GNB-M-100", "15", "Kutu", "7,40", "%10"),
         ("EG-102", "Nitril muayene eldiveni pudrasız siyah L", "GNB-L-100", "10", "Kutu", "7,40", "%10"),
         ("EG-230", "Enjektör 2 ml luer slip", "SY-2-LS", "5", "Kutu", "6,10", "%10"),
         ("EG-310", "Dental iğne 30G kısa", "DN-30S", "8", "Kutu", "11,90", "%10"),
         ("EG-415", "Cerrahi maske Tip IIR bağlamalı", "MK-IIR-TO", "6", "Kutu", "7,80", "%10")]
simple("p09_ege_siparis_kdv", "Ege Diş Kliniği <satinalma@egedis.com.tr>", "Satın alma siparişi EGE-2026-340", "Tue, 29 Dec 2026 10:00:00 +0300",
       "Merhaba,\n\nEkte EGE-2026-340 numaralı satın alma siparişimizi bulabilirsiniz.\n\nSaygılarımızla,\nZeynep Aydın\nEge Diş Kliniği\n",
       "EGE-2026-340.pdf",
       "EGE DİŞ KLİNİĞİ\nKıbrıs Şehitleri Cad. No:112, 35220 Alsancak / İzmir\nVergi No: 3250441178", "SATIN ALMA SİPARİŞİ",
       "<b>Tedarikçi</b>\nLiffey & Tagus Medical Supplies Ltd\nDublin, İrlanda",
       "<b>Teslimat Adresi</b>\nEge Diş Kliniği\nKıbrıs Şehitleri Cad. No:112\n35220 Alsancak / İzmir",
       [("Sipariş No", "EGE-2026-340"), ("Sipariş Tarihi", "29.12.2026"), ("Teslim Tarihi", "15.01.2027"), ("Para Birimi", "EUR")],
       ["Stok Kodu", "Ürün Adı", "Tedarikçi Kodu", "Miktar", "Birim", "Birim Fiyat", "KDV"], rows9,
       lambda r: L(r[2], r[1], int(r[3]), "BX", float(r[5].replace(",", ".")), r[0]),
       dict(customer="Ege Diş Kliniği", po="EGE-2026-340", od="2026-12-29", rd="2027-01-15", cur="EUR",
            ship=ship("Ege Diş Kliniği", "Kıbrıs Şehitleri Cad. No:112", "İzmir", "35220", "TR", region="Alsancak")), ruled=False)

# p10 Irish GP PO from accounting package, 2 lines only + freight line (not a line)
rows10 = [("1", "FFP2 respirator black no valve (box 20)", "10", "11.20", "112.00"),
          ("2", "Surgical gloves sterile size 6.5 (50 pr)", "2", "38.00", "76.00"),
          ("3", "Delivery charge", "1", "12.50", "12.50")]
pdf = render("RANELAGH FAMILY PRACTICE\n41 Ranelagh Road, Dublin 6, D06 X2T4", "PURCHASE ORDER",
             "<b>To</b>\nLiffey & Tagus Medical Supplies Ltd", "<b>Deliver to</b>\nRanelagh Family Practice\n41 Ranelagh Road\nDublin 6, D06 X2T4",
             [("PO #", "RFP-1219"), ("Date", "Dec 29, 2026"), ("Currency", "EUR")],
             ["#", "Item", "Qty", "Rate", "Amount"], rows10, [("Subtotal", "200.50"), ("VAT 23%", "46.12"), ("Total", "246.62")],
             "Thank you for your business.", widths=[10*mm, 100*mm, 15*mm, 25*mm, 30*mm])
add("p10_ranelagh_freight_line", "Siobhán Kelly <practicemanager@ranelaghgp.ie>", "PO RFP-1219", "Tue, 29 Dec 2026 12:00:00 +0000",
    "Hi,\nPO attached, thanks!\nSiobhán\n", "RFP-1219.pdf", pdf,
    label("Ranelagh Family Practice", [L("MK-FFP2-NV-BK", rows10[0][1], 10, "BX", 11.20), L("GS-65", rows10[1][1], 2, "BX", 38.00)],
          po="RFP-1219", od="2026-12-29", rd=None, cur="EUR",
          ship=ship("Ranelagh Family Practice", "41 Ranelagh Road", "Dublin 6", "D06 X2T4", "IE")))
