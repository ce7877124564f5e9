import io
import openpyxl
from openpyxl.styles import Font
from common import L, ship, exp, cname
from emlkit import D

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- s01 Harbourside order sheet, many blank rows
sheet = [("HHG-10044", "Salmon fillet skinless 1-2kg", "kg", 18, "SAL-F12-SL"),
         ("HHG-10045", "Salmon fillet skin-on 1-2kg", "kg", None, "SAL-F12-SK"),
         ("HHG-10051", "Cod loin skinless", "kg", 12, "COD-LOIN-SL"),
         ("HHG-10052", "Cod loin skin-on", "kg", 0, "COD-LOIN-SK"),
         ("HHG-10061", "Smoked haddock undyed", "kg", 6.5, "HAD-SMK"),
         ("HHG-10063", "Pollock loin skinless", "kg", None, "POL-LOIN"),
         ("HHG-10077", "Sea bass fillets 120-160g", "kg", 8, "BAS-FIL"),
         ("HHG-10080", "Bream fillets 100-140g", "kg", 5, "BRM-FIL"),
         ("HHG-10090", "Rock oysters No.3", "doz", None, "OYS-IRR3"),
         ("HHG-10091", "Rock oysters No.2", "doz", 6, "OYS-IRR2"),
         ("HHG-10102", "Scallop meat roe off 10/20", "kg", None, "SCA-M1020"),
         ("HHG-10110", "Tiger prawns HOSO 16/20", "kg", 5, "PRW-BT1620"),
         ("HHG-10120", "Brown crab cooked 600-800g", "kg", None, "CRB-BRN-CK"),
         ("HHG-20011", "Lemons Verna 15kg", "cs", 2, "LEM-VER15"),
         ("HHG-20012", "Limes 4kg", "cs", None, "LIM-TAH4"),
         ("HHG-20030", "Flat parsley", "bunch", 20, "HRB-PARS-FL"),
         ("HHG-20031", "Curly parsley", "bunch", 0, "HRB-PARS-CU"),
         ("HHG-20033", "Dill", "bunch", 10, "HRB-DILL"),
         ("HHG-20036", "Tarragon", "bunch", None, "HRB-TARR"),
         ("HHG-20045", "Little gem x20", "cs", 1, "LET-LG")]
U = {"kg": "KG", "doz": "DZ", "cs": "CS", "bunch": "BN", "bag": "BG"}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Order"
ws["A1"] = "Harbourside Hotel Group - Fish & Produce order sheet"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"], ws["B3"] = "PO number", "HHG-PO-77230"
ws["A4"], ws["B4"] = "Order date", "14/12/2026"
ws["A5"], ws["B5"] = "Delivery", "16/12/2026 AM"
ws["A6"], ws["B6"] = "Site", "The Harbourside Greenwich - Goods In, 14 Ropewalk Quay, London SE10 9HX"
ws["A7"], ws["B7"] = "Supplier", "Keelhaven Seafood & Produce"
ws.append([]); ws.append(["Code", "Description", "Unit", "Qty", "Notes"])
for c in ws[9]:
    c.font = Font(bold=True)
for code, d, u, q, _ in sheet:
    ws.append([code, d, u, q, "skin must be scaled" if code == "HHG-10077" else None])
ws.column_dimensions["B"].width = 36; ws.column_dimensions["A"].width = 14
b = io.BytesIO(); wb.save(b)
D("s01_harbourside_sheet_77230", '"HHG Purchasing" <purchasing@harboursidehotels.co.uk>',
  "Greenwich order sheet w/c 14 Dec - HHG-PO-77230", "2026-12-14 09:05 +0000",
  "Hi,\n\nOrder sheet attached for Greenwich (only lines with a quantity please).\n\nThanks\nHHG Purchasing\n",
  exp(cname("C1019"), [L(s, q, U[u], d, code) for code, d, u, q, s in sheet if q],
      po="HHG-PO-77230", order_date="2026-12-14", req="2026-12-16",
      ship_to=ship("The Harbourside Greenwich - Goods In", "14 Ropewalk Quay", "London", "SE10 9HX", "GB")),
  att=[("HHG-PO-77230_Greenwich.xlsx", b.getvalue(), XLSX)])

# ---------------------------------------------------------------- s02 Wendtland xlsx, German, own columns order
rows = [("Lachs ganz 5-6 kg", 4, "Stk", "SAL-W56", ""), ("Kabeljaufilet mit Haut", 9.5, "kg", "COD-FIL-SK", ""),
        ("Rotbarbe 150-250 g", 3, "kg", "RMU-W", ""), ("Seezunge 300-400", 4, "kg", "SOL-D34", "Größe 3"),
        ("Austern Fines de Claire Nr. 3, 24er", 3, "Kiste", "OYS-FDC3-24", ""),
        ("Hummer kanadisch 600-800 g", 6, "Stk", "LOB-CAN68", "lebend"),
        ("Tintenfisch (Sepia) ganz", 2.5, "kg", "CUT-W", ""), ("Ingwer", 1, "kg", "GNG", ""),
        ("Chilischoten rot", 0.5, "kg", "CHL-RED", "")]
U2 = {"Stk": "PC", "kg": "KG", "Kiste": "BX"}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bestellung"
ws.append(["Fischhaus Wendtland - Bestellung"]); ws.append(["Bestell-Nr.", "FW-26-1219"])
ws.append(["Lieferdatum", "19.12.2026"]); ws.append([])
ws.append(["Menge", "Einheit", "Artikel", "Bemerkung"])
for d, q, u, s, n in rows:
    ws.append([q, u, d, n or None])
b = io.BytesIO(); wb.save(b)
D("s02_wendtland_xlsx", '"Fischhaus Wendtland" <laden@fischhaus-wendtland.de>', "Bestellung Samstag (Excel)",
  "2026-12-16 16:48 +0100", "Hallo,\nim Anhang die Bestellung für Samstag.\nGruß U. Wendtland\n",
  exp(cname("C1014"), [L(s, q, U2[u], d) for d, q, u, s, n in rows], po="FW-26-1219", req="2026-12-19"),
  att=[("Bestellung_FW-26-1219.xlsx", b.getvalue(), XLSX)])

# ---------------------------------------------------------------- s03 Verbeke csv ; decimal comma, seller codes
rows = [("SAL-F23-SK", "Zalmfilet 2-3kg met vel", "14,6", "kg", 14.6), ("COD-LOIN-SL", "Kabeljauwhaasje", "8", "kg", 8),
        ("PLC-W", "Pladijs heel", "12,25", "kg", 12.25), ("MUS-ZLD-J", "Zeeuwse mosselen jumbo", "50", "kg", 50),
        ("PRW-NS-CK", "Grijze garnalen gepeld", "2,5", "kg", 2.5), ("SKT-WNG", "Rog vleugels", "4", "kg", 4),
        ("LEM-VER5", "Citroenen 5kg", "3", "doos", 3)]
csvtxt = "artikel;omschrijving;aantal;eenheid\r\n" + "".join(f"{a};{b};{c};{d}\r\n" for a, b, c, d, _ in rows)
D("s03_verbeke_csv", '"Vishandel Verbeke" <bestellingen@vishandel-verbeke.be>', "Bestelbon 88240",
  "2026-12-10 05:15 +0100",
  "Dag,\n\nBestelbon 88240 in bijlage (csv). Levering zaterdag 12/12.\n\nMvg Koen\n",
  exp(cname("C1010"), [L(a, q, {"kg": "KG", "doos": "CS"}[d], b) for a, b, c, d, q in rows], po="88240",
      req="2026-12-12"),
  att=[("bestelbon_88240.csv", csvtxt.encode("cp1252"), "text/csv")])

# ---------------------------------------------------------------- s04 O Peirao csv with prices, buyer codes
rows = [("OP-112", "Cigala 15/20", "5,000", "KG", "39,00", 5, 39.0, "LNG-1520"),
        ("OP-118", "Navaja", "3,000", "KG", "19,00", 3, 19.0, "CLM-RAZ"),
        ("OP-120", "Almeja babosa", "4,500", "KG", "11,50", 4.5, 11.5, "CLM-VON"),
        ("OP-131", "Nécora", "3,000", "KG", "21,00", 3, 21.0, None),
        ("OP-140", "Bogavante europeo 600-800", "2,400", "KG", "62,00", 2.4, 62.0, "LOB-EUR68"),
        ("OP-150", "Erizo de mar", "48,000", "UD", "2,20", 48, 2.2, "URC"),
        ("OP-201", "Limón verna caja 15 kg", "1,000", "CAJ", "24,00", 1, 24.0, "LEM-VER15")]
csvtxt = ("Pedido;2026/1203\r\nFecha;14/12/2026\r\nEntrega;15/12/2026\r\n\r\n"
          "Código;Descripción;Cantidad;Unidad;Precio €\r\n" +
          "".join(f"{a};{b};{c};{d};{e}\r\n" for a, b, c, d, e, *_ in rows))
D("s04_opeirao_csv", '"Breixo Lameiro" <compras@opeirao.gal>', "Pedido 2026/1203 (csv)",
  "2026-12-14 05:33 +0100", "Bos días,\n\nvai o pedido en CSV. Entrega mañá martes.\n\nBreixo\n",
  exp(cname("C1002"), [L(s, q, {"KG": "KG", "UD": "EA", "CAJ": "CS"}[d], b, a, p) for a, b, c, d, e, q, p, s in rows],
      po="2026/1203", order_date="2026-12-14", req="2026-12-15", currency="EUR"),
  att=[("pedido_2026-1203.csv", csvtxt.encode("utf-8"), "text/csv")])

# ================================================================= not orders
D("n01_quote_request_ballyroan", '"Orla Keane" <purchasing@ballyroanhouse.ie>', "Price list request - Christmas",
  "2026-12-02 11:20 +0000", """Hello,

We are a 40-bedroom country house hotel and are reviewing our fish supplier for 2027.
Could you send your current price list and delivery days for Co. Kerry? As a guide we would
need roughly 20kg salmon fillet, 10kg hake and 6 doz oysters a week, plus lemons and herbs.

This is not an order yet - just pricing please.

Kind regards,
Orla Keane
Ballyroan House Hotel
""", exp("Ballyroan House Hotel", [], kind="not_an_order"))

D("n02_complaint_lemarchal", '"Poissonnerie Lemarchal" <commandes@poissonnerie-lemarchal.fr>',
  "Réclamation BL 26-11873 - moules", "2026-12-12 09:10 +0100", """Bonjour,

Les 15 kg de moules de bouchot livrées ce matin (BL 26-11873) sont pleines de sable et environ
3 kg étaient ouvertes. Merci de nous faire un avoir, nous ne pouvons pas les vendre.
Photos en pièce jointe à suivre.

Sylvie Lemarchal
""", exp(cname("C1007"), [], kind="not_an_order"))

D("n03_invoice_query_anchor", '"Accounts - The Anchor & Gull" <accounts@anchorandgull.ie>',
  "Query on invoice KH-INV-260981", "2026-12-10 14:02 +0000", """Hi,

Invoice KH-INV-260981 charges us for 8kg crab claws at 16.50 but Declan only ordered 2kg and
the docket shows 2kg delivered. Can you issue a credit note for the difference please?

Thanks,
Niamh
Accounts, The Anchor & Gull
""", exp(cname("C1017"), [], kind="not_an_order"))

D("n04_ooo_kranichhof", '"Jana Petersen" <einkauf@kranichhof-hotel.de>',
  "Automatische Antwort: Lieferschein B-7759", "2026-12-12 07:30 +0100", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 04.01.2027 nicht im Büro. Bestellungen übernimmt in dieser Zeit
Herr Ole Brandes (einkauf2@kranichhof-hotel.de).

Thank you for your message. I am out of the office until 4 January 2027.

Mit freundlichen Grüßen
Jana Petersen
""", exp(cname("C1013"), [], kind="not_an_order"),
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
