# -*- coding: utf-8 -*-
import io, os
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

def xlsx_bytes(build):
    wb = Workbook(); build(wb); b = io.BytesIO(); wb.save(b); return b.getvalue()

SHEETS = []

# s01 Oakwood monthly xlsx attached to mail
s01 = [("GV-M-100", "Vinyl gloves PF medium", 60, 3.35), ("GV-L-100", "Vinyl gloves PF large", 45, 3.35),
       ("DS-WP-200", "Wipes alcohol free tub 200", 30, 6.75), ("SH-5", "Sharps 5 litre", 10, 2.40), ("AP-WH", "Aprons white roll", 20, 5.00)]
def b1(wb):
    ws = wb.active; ws.title = "Order"
    ws.append(["Oakwood Care Homes Ltd - Monthly consumables order"]); ws["A1"].font = Font(bold=True)
    ws.append(["PO number", "OCH-PO-015700"]); ws.append(["Order date", "2027-01-04"]); ws.append(["Home", "Elm Lodge, 14 Stoke Lane, Bristol BS9 3DN"])
    ws.append([]); ws.append(["Supplier code", "Description", "Qty (boxes/units)", "Unit price GBP", "Line total"])
    for r in s01: ws.append([r[0], r[1], r[2], r[3], round(r[2] * r[3], 2)])
    ws.append([]); ws.append(["", "Total", "", "", sum(round(r[2] * r[3], 2) for r in s01)])
SHEETS.append(("eml", "s01_oakwood_xlsx_attached", "Jane Harding <j.harding@oakwoodcare.co.uk>", "January order - Elm Lodge", "Mon, 04 Jan 2027 09:00:00 +0000",
    "Hi,\n\nJanuary order for Elm Lodge attached (spreadsheet). PO OCH-PO-015700.\n\nThanks\nJane Harding\nGroup Procurement | Oakwood Care Homes Ltd\n",
    "Elm_Lodge_Jan.xlsx", xlsx_bytes(b1),
    label("Oakwood Care Homes Ltd", [L(r[0], r[1], r[2], SKUS[r[0]][2], r[3]) for r in s01], po="OCH-PO-015700", od="2027-01-04", cur="GBP",
          ship=ship("Elm Lodge", "14 Stoke Lane", "Bristol", "BS9 3DN", "GB"))))

# s02 standalone xlsx: seller order form, only some rows filled
form = [r[0] for r in CATALOG if r[0].startswith(("GN-", "GL-", "DB-", "CR-", "DN-", "DM-", "MK-IIR", "DS-IN", "SU-SK"))]
qty2 = {"GN-S-100": 10, "GN-M-100": 15, "DB-2P-GR": 3, "CR-1-300": 5, "DN-27S": 4, "MK-IIR-EL": 6, "DS-IN-5L": 1}
def b2(wb):
    ws = wb.active; ws.title = "Order form"
    ws.append(["Liffey & Tagus Medical Supplies - Order Form (dental)"])
    ws.append(["Customer:", "Shannon Dental Care", "", "PO:", "SDC-2340"])
    ws.append(["Date:", "05/01/2027", "", "Deliver by:", "08/01/2027"])
    ws.append([]); ws.append(["Code", "Description", "Unit", "Price EUR", "Order qty"])
    for s in form: ws.append([s, SKUS[s][1], SKUS[s][2], SKUS[s][3], qty2.get(s)])
SHEETS.append(("file", "s02_shannon_order_form_partial.xlsx", xlsx_bytes(b2),
    label("Shannon Dental Care", [L(s, SKUS[s][1], qty2[s], SKUS[s][2], SKUS[s][3]) for s in form if s in qty2],
          po="SDC-2340", od="2027-01-05", rd="2027-01-08", cur="EUR")))

# s03 standalone CSV, semicolons, decimal commas (PT pharmacy export)
s03 = [("5600123400017", "DS-HR-1L", "Gel alcoólico recarga 1L", 20, "6,90"), ("5600123400024", "MK-FFP2-NV-BK", "Máscara FFP2 preta s/ válvula", 12, "11,20"),
       ("5600123400031", "GZ-5-ST-5", "Compressa esterilizada 5x5 (5 un.)", 10, "4,90"), ("5600123400048", "BD-CF-10", "Ligadura de gaze 10 cm", 6, "4,60"),
       ("5600123400055", "TP-MP-125", "Adesivo microporoso 1,25 cm", 4, "6,90"), ("5600123400062", "DS-CHX-500", "Clorexidina 4% sabão 500 ml", 8, "7,10")]
csv_text = "Encomenda;FA-1230;Data;04-01-2027\nCliente;Farmácia Avenida\n\nCód. Interno;Ref. Fornecedor;Descrição;Quantidade;Preço Unit. (€)\n" + \
    "".join(f"{a};{b};{c};{d};{e}\n" for a, b, c, d, e in s03) + "Total;;;;" + f"{sum(d * float(e.replace(',', '.')) for _, _, _, d, e in s03):.2f}".replace(".", ",") + "\n"
SHEETS.append(("file", "s03_avenida_semicolon.csv", csv_text.encode("utf-8"),
    label("Farmácia Avenida", [L(b, c, d, SKUS[b][2], float(e.replace(",", ".")), a) for a, b, c, d, e in s03], po="FA-1230", od="2027-01-04", cur="EUR")))

# s04 McCabe's xlsx attached, description only, two sheets (notes sheet first)
s04 = [("Nitrile gloves blue XL", 6), ("Latex gloves powdered M", 4), ("Syringes 20ml luer slip", 2), ("Needles orange 25G 1 inch", 3),
       ("Urine test strips", 2), ("Sharps container 1L purple", 5)]
sk4 = ["GN-XL-100", "GLP-M-100", "SY-20-LS", "ND-25-25", "US-10", "SH-1-P"]
def b4(wb):
    ws = wb.active; ws.title = "Notes"
    ws.append(["Please deliver before 10am, shop opens at 9."])
    ws2 = wb.create_sheet("Order")
    ws2.append(["McCabe's Pharmacy order", "", "PO", "MCP-8870"]); ws2.append([])
    ws2.append(["Item", "Qty (boxes)"])
    for d, q in s04: ws2.append([d, q])
SHEETS.append(("eml", "s04_mccabes_xlsx_two_sheets", "Ciara McCabe <orders@mccabespharmacy.ie>", "order attached", "Tue, 05 Jan 2027 08:30:00 +0000",
    "Hi Declan, happy new year! Order attached (second tab). Ciara\n", "mccabes_order.xlsx", xlsx_bytes(b4),
    label("McCabe's Pharmacy", [L(s, d, q, SKUS[s][2]) for s, (d, q) in zip(sk4, s04)], po="MCP-8870")))

# not orders
NOTORDERS = [
 ("n01_rfq_es_unknown", "Clínica Veterinaria San Antón <info@vetsananton.es>", "Solicitud de presupuesto", "Mon, 07 Dec 2026 12:00:00 +0100",
  """Buenos días,

Somos una clínica veterinaria en Valencia. ¿Nos podrían enviar presupuesto para las siguientes cantidades?

- Guantes de nitrilo talla M: 50 cajas
- Jeringas 2 ml: 20 cajas
- Agujas 23G: 20 cajas

Todavía no es un pedido, queremos comparar precios con nuestro proveedor actual.

Atentamente,
Carmen Vidal
Clínica Veterinaria San Antón · Av. del Puerto 112, 46023 Valencia
"""),
 ("n02_complaint_oakwood", "Jane Harding <j.harding@oakwoodcare.co.uk>", "Damaged delivery - OCH-PO-015532", "Wed, 16 Dec 2026 14:00:00 +0000",
  """Hi,

The delivery against OCH-PO-015532 arrived at Elm Lodge yesterday with 4 boxes of VINYL GLOVES P/F LARGE crushed
and one HAND GEL 70% 5LTR leaking all over the pallet. Photos attached to follow.

Please arrange a credit or replacement for the damaged items - do NOT treat this as a new order, we'll
raise a fresh PO if we need to.

Jane Harding | Group Procurement | Oakwood Care Homes Ltd
"""),
 ("n03_order_ack_manufacturer", "Sales Desk <sales@medigloveasia.com.my>", "Order Confirmation SO-77812 / your PO LT-PO-2026-221", "Thu, 10 Dec 2026 03:00:00 +0800",
  """Dear Liffey & Tagus,

We confirm receipt of your purchase order LT-PO-2026-221 and are pleased to acknowledge as follows:

Sales Order: SO-77812
Item                                   Qty (cartons)   Price USD
Nitrile exam gloves blue M, 10x100     400             28.50
Nitrile exam gloves blue L, 10x100     300             28.50

Estimated time of departure: 15/01/2027, Port Klang -> Dublin.

Best regards,
MediGlove Asia Sdn Bhd
"""),
 ("n04_newsletter", "Liffey & Tagus Newsletter <news@liffeytagus.ie>", "January offers: FFP3 masks from €22.00, new black nitrile gloves", "Mon, 28 Dec 2026 07:00:00 +0000",
  """LIFFEY & TAGUS MEDICAL SUPPLIES - JANUARY OFFERS

* FFP3 NR respirator without valve, box 20 - now €22.00 (order 10+ boxes)
* Nitrile gloves black, sizes M and L - €7.40 per box of 100
* Free 500 ml hand gel with every order over €250

To order, reply to orders@liffeytagus.ie with your account number.
Unsubscribe: https://liffeytagus.ie/unsubscribe
"""),
]
