import io, datetime
from lib import *
from emails_a import dt
import openpyxl
from openpyxl.styles import Font

SHEETS = []
def addsheet(name, frm, subject, date, body, fname, data, mt, st, lab):
    SHEETS.append((name, frm, subject, date, body, fname, data, mt, st, lab))

def eu(x):
    return f"{x:.2f}".replace(".", ",")

# X01 Tostadero Azul: CSV ; decimal commas, cp1252? -> utf-8 with BOM as exported by Excel
x01 = [("CF-CASA-WB-1K", "Café Casa grano 1kg", 12, 18.90, "EA"), ("CF-ETH-WB-250", "Etiopía Yirgacheffe grano 250g", 6, 7.90, "EA"),
       ("CUP-12DW-KR-CS", "Vaso 12oz doble pared kraft (caja 500)", 2, 55.50, "CS"), ("LID-90-WH-CS", "Tapa 90mm blanca (caja 1000)", 2, 27.00, "CS"),
       ("SYR-VAN-SF-70", "Sirope vainilla sin azúcar 70cl", 3, 6.90, "EA"), ("PM-OAT-B-6", "Bebida avena barista 6x1L", 4, 13.20, "CS"),
       ("NAP-2P-33-KR", "Servilleta 2 capas 33x33 kraft", 1, 26.00, "CS")]
csv01 = "Pedido;TA-1219;;;\nFecha;07/12/2026;;;\nRef;Descripción;Cantidad;Precio (€);Importe (€)\n" + "".join(
    f"{s};{d};{q};{eu(p)};{eu(p*q)}\n" for s, d, q, p, _ in x01) + f";;;Total;{eu(sum(q*p for _,_,q,p,_ in x01))}\n"
addsheet("x01_tostadero_csv_es", "Lucía Ferrer <lucia@tostaderoazul.es>", "Pedido TA-1219 (csv)", dt(7, "18:40", 1),
         "Hola Nuno,\n\nTe adjunto el pedido en csv, sacado del programa de caja.\n\nLucía\n", "pedido_TA-1219.csv",
         ("\ufeff" + csv01).encode("utf-8"), "text", "csv",
         label(customer="Cafetería El Tostadero Azul S.L.", po="TA-1219", order_date="2026-12-07", currency="EUR",
               lines=[L(s, d, q, u, p) for s, d, q, p, u in x01]))

# X02 unknown Hotel Vista Baía: xlsx, Portuguese, no prices
x02 = [("CAP-NC-INT-50", "Cápsulas Intenso (caixa 50)", 10, "cx", "BX"), ("CAP-NC-DEC-10", "Cápsulas descafeinado (caixa 10)", 10, "cx", "BX"),
       ("TEA-EB-100", "Chá preto English Breakfast 100", 4, "cx", "BX"), ("TEA-GRN-100", "Chá verde 100", 4, "cx", "BX"),
       ("CUP-08SW-WH-CS", "Copos papel 8oz brancos (caixa 1000)", 2, "cx", "CS"), ("NAP-2P-24-WH", "Guardanapos cocktail 24x24", 2, "cx", "CS"),
       ("SUG-WH-5G-1000", "Açúcar branco stick", 1, "cx", "BX"), ("SUG-BR-4G-1000", "Açúcar mascavado stick", 1, "cx", "BX")]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Encomenda"
ws["A1"] = "Hotel Vista Baía"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Encomenda n.º"; ws["B2"] = "VB-2026-017"
ws["A3"] = "Data"; ws["B3"] = datetime.date(2026, 12, 5); ws["B3"].number_format = "dd/mm/yyyy"
ws["A4"] = "Entregar em"; ws["B4"] = "Hotel Vista Baía, Avenida Marginal do Sado 77, 2900-118 Setúbal"
ws.append([]); ws.append(["Descrição", "Quantidade", "Unidade"])
for c in ws[6]: c.font = Font(bold=True)
for s, d, q, u, _ in x02: ws.append([d, q, u])
ws.column_dimensions["A"].width = 42; ws.column_dimensions["B"].width = 60
b = io.BytesIO(); wb.save(b)
addsheet("x02_new_vistabaia_xlsx_pt", "Joana Reis <compras@hotelvistabaia.pt>", "Encomenda VB-2026-017", dt(5, "11:45"),
         "Bom dia,\n\nSomos um hotel novo em Setúbal e gostaríamos de fazer a primeira encomenda (ficheiro em anexo).\n"
         "Agradeço confirmação de preços e prazo.\n\nJoana Reis\nHotel Vista Baía\n", "Encomenda_VB-2026-017.xlsx", b.getvalue(),
         "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         label(customer="Hotel Vista Baía", po="VB-2026-017", order_date="2026-12-05",
               ship_to=S("Hotel Vista Baía", "Avenida Marginal do Sado 77", "Setúbal", "2900-118"),
               lines=[L(s, d, q, uu) for s, d, q, u, uu in x02]))

# X03 Koffiebar Lindeboog: xlsx with our codes, blank row and a total row
x03 = [("CF-CASA-WB-1K", "Casa espresso bonen 1kg", 6, "EA"), ("CF-BRA-WB-1K", "Brazil Cerrado bonen 1kg", 2, "EA"),
       ("PM-OAT-B-6", "Havermelk barista 6x1L", 3, "CS"), ("CUP-08DW-KR-CS", "Beker 8oz dubbelwandig kraft", 1, "CS"),
       ("CUP-12DW-KR-CS", "Beker 12oz dubbelwandig kraft", 1, "CS"), ("LID-80-CPLA-CS", "Deksel 80mm CPLA", 1, "CS"),
       ("LID-90-CPLA-CS", "Deksel 90mm CPLA", 1, "CS"), ("SYR-SCAR-70", "Siroop gezouten karamel 70cl", 2, "EA")]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bestelling wk50"
ws.append(["Koffiebar Lindeboog - bestelling", None, "Ref:", "LB-2026-49"])
ws.append([])
ws.append(["Artikelcode", "Omschrijving", "Aantal", "Opmerking"])
for s, d, q, u in x03[:4]: ws.append([s, d, q, None])
ws.append([])
for s, d, q, u in x03[4:]: ws.append([s, d, q, "nieuw" if s.startswith("LID-90") else None])
ws.append([None, "Totaal stuks", sum(q for _, _, q, _ in x03), None])
b = io.BytesIO(); wb.save(b)
addsheet("x03_lindeboog_xlsx_nl", "Femke Jansen <femke@lindeboog.nl>", "bestelling week 50", dt(7, "21:30", 1),
         "Hoi Nuno, bijgaand de bestelling voor week 50. Groet, Femke\n", "bestelling_wk50.xlsx", b.getvalue(),
         "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         label(customer="Koffiebar Lindeboog", po="LB-2026-49", lines=[L(s, d, q, u) for s, d, q, u in x03]))

# X04 Café Miradouro: CSV ; decimal commas, descriptions only, latin-1
x04 = [("CF-CASA-WB-1K", "Café Casa grão 1kg", 10, 18.90, "EA"), ("CF-CASA-WB-250", "Café Casa grão 250g (revenda)", 12, 5.40, "EA"),
       ("SYR-HAZ-70", "Xarope avelã 70cl", 2, 6.20, "EA"), ("SYR-CAR-70", "Xarope caramelo 70cl", 2, 6.20, "EA"),
       ("SYR-VAN-70", "Xarope baunilha 70cl", 2, 6.20, "EA"), ("CLN-TAB-20-100", "Pastilhas limpeza máquina 2g (100)", 1, 12.90, "EA"),
       ("GSK-E61-8.5", "Borracha grupo E61 8,5mm", 1, 3.40, "EA"), ("SCR-E61-58C", "Crivo/chuveiro E61 58mm", 1, 7.20, "EA")]
csv04 = "Artigo;Quantidade;Preço unit.\n" + "".join(f"{d};{q};{eu(p)} EUR\n" for s, d, q, p, _ in x04)
addsheet("x04_miradouro_csv_pt", "Marta Vidal <marta@miradourocastelo.pt>", "encomenda em anexo", dt(8, "09:10"),
         "Bom dia Sr. Nuno,\nSegue a encomenda desta semana em ficheiro. A entrega pode ser na quinta-feira 10/12.\nObrigada\nMarta\n",
         "encomenda_miradouro.csv", csv04.encode("latin-1"), "text", "csv",
         label(customer="Café Miradouro do Castelo, Lda.", requested="2026-12-10", currency="EUR",
               lines=[L(s, d, q, u, p) for s, d, q, p, u in x04]))

NOTS = []
def addnot(name, frm, subject, date, body, customer, extra=None):
    NOTS.append((name, frm, subject, date, body, {"kind": "not_an_order", "customer": customer, "lines": []}, extra or {}))

addnot("n01_levante_quote_request_es", "Compras Levante Sur <compras@levantesur-hoteles.es>", "Solicitud de presupuesto 2027 - cápsulas", dt(6, "10:00", 1),
"""Buenos días,

Estamos preparando el presupuesto anual 2027. ¿Nos podrían enviar precio para:

- 500 cajas de cápsulas Ristretto 50 uds
- 300 cajas de cápsulas Lungo 50 uds
- 200 cajas de cápsulas descafeinado 50 uds

con entrega mensual? Esto NO es un pedido, solo necesitamos la cotización antes del 20/12.

Un saludo,
Departamento de Compras
Grupo Hostelero Levante Sur S.L.
""", "Grupo Hostelero Levante Sur S.L.")

addnot("n02_ventaglio_complaint_it", "Giulia Ventaglio <ordini@ventaglio-bologna.it>", "Reclamo consegna ordine 388", dt(8, "12:02", 1),
"""Buongiorno,

la consegna dell'ordine n. 388 è arrivata ieri ma i 2 cartoni di bicchieri 4oz erano schiacciati e
bagnati, almeno metà inutilizzabili. Inoltre mancano le 2 doccette E61.

Vi allego le foto. Come procediamo? Preferiamo una nota di credito per i bicchieri e che le doccette
arrivino con la prossima consegna.

Grazie
Giulia Ventaglio
""", "Bar Pasticceria Ventaglio S.r.l.")

addnot("n03_kettle_invoice_question", "Accounts Kettle & Crumb <accounts@kettleandcrumb.co.uk>", "Invoice TB-2026-4471 charged twice?", dt(7, "14:00"),
"""Hello,

We've been debited twice for invoice TB-2026-4471 (£412.60) - once on 30/11 and again on 04/12.
The invoice covered 6 x Casa 1kg, 2 cases 12oz DW white cups and 1 case 90mm black lids.

Could you refund the duplicate payment or credit it against next week's order?

Thanks,
Hannah Price
Accounts, Kettle & Crumb Ltd
""", "Kettle & Crumb Ltd")

addnot("n04_harbourlight_ooo", "Priya Nandakumar <purchasing@harbourlighthotels.co.uk>", "Automatic reply: Order confirmation HH/PO/04471", dt(8, "07:00"),
"""Thank you for your email. I am out of the office from 8 December until 14 December 2026 with
limited access to email.

For urgent purchasing matters, including orders and deliveries, please contact
stores@harbourlighthotels.co.uk or call reception on 01273 000 000.

Kind regards,
Priya Nandakumar
Purchasing Manager, Harbourlight Hotels Ltd
""", "Harbourlight Hotels Ltd", {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
