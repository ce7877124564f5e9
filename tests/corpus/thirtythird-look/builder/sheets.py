"""Spreadsheet / CSV orders and the non-order emails."""
import io, csv
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *


def xlsx_bytes(fill):
    wb = Workbook()
    ws = wb.active
    fill(ws)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def build():
    # s01 email with XLSX attached (header block then table)
    items = [("NV-BD-COH-10-RED", "Cohesive bandage 10cm red", 60, 1.45), ("NV-BD-COH-10-BLU", "Cohesive bandage 10cm blue", 60, 1.45),
             ("NV-BD-ORP-10", "Orthopaedic padding 10cm", 96, 0.49), ("NV-WM-EQ-PST", "Horse wormer paste 600kg", 24, 9.80),
             ("NV-GL-NIT-L", "Nitrile gloves L box 100", 10, 5.10), ("NV-SY-50-CT", "Syringe 50ml catheter tip box 25", 4, 14.50)]

    def fill(ws):
        ws.title = "PO"
        ws["A1"] = "Oakhurst Equine Clinic"; ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Hamilton Road, Newmarket, Suffolk CB8 7JQ"
        ws["A4"] = "Purchase Order"; ws["B4"] = "OEC-5561"
        ws["A5"] = "Order date"; ws["B5"] = datetime(2026, 12, 11); ws["B5"].number_format = "DD/MM/YYYY"
        ws["A6"] = "Required by"; ws["B6"] = datetime(2026, 12, 18); ws["B6"].number_format = "DD/MM/YYYY"
        ws["A7"] = "Deliver to"; ws["B7"] = "Oakhurst Equine Clinic - Isolation Unit, Bury Road Stables, Newmarket CB8 7BT"
        ws.append([])
        ws.append(["Supplier code", "Description", "Qty", "Unit price (£)", "Line total (£)"])
        for s, d, q, p in items:
            r = ws.max_row + 1
            ws.append([s, d, q, p, f"=C{r}*D{r}"])
        ws.append(["", "", "", "Total", f"=SUM(E10:E{ws.max_row})"])
        ws.column_dimensions["B"].width = 36
    data = xlsx_bytes(fill)
    eml("s01_oakhurst_xlsx", "James Whitlock <j.whitlock@oakhurstequine.com>", "PO OEC-5561 (spreadsheet attached)",
        when(2026, 12, 11, 10, 0), "Morning,\n\nPO attached as a spreadsheet this time - note it goes to the isolation unit.\n\nJames\n",
        attachments=[("OEC-5561.xlsx", data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    order("s01_oakhurst_xlsx", "Oakhurst Equine Clinic", "OEC-5561", "2026-12-11", "2026-12-18", "GBP",
          S("Oakhurst Equine Clinic - Isolation Unit", "Bury Road Stables", "Newmarket", None, "CB8 7BT", "GB"),
          [L(s, q, "BX" if "box" in d else ("EA" if "paste" in d else "RL"), d, p) for s, d, q, p in items])

    # s02 email with CSV attached (Irish co-op, EUR)
    items = [("TA-STK-0071", "NV-LT-CLY-20", "Cat litter clumping 20L", 40, 8.70), ("TA-STK-0072", "NV-LT-WDP-15", "Wood pellet litter 15kg", 60, 7.80),
             ("TA-STK-0110", "NV-DD-ADCH-12", "Dog food adult chicken 12kg", 30, 32.40), ("TA-STK-0114", "NV-DD-SNSA-12", "Dog food senior salmon 12kg", 10, 39.90),
             ("TA-STK-0230", "NV-CL-RF-L-ORG", "Reflective collar L orange", 20, 4.80)]
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["PO Number", "Line", "Stock Code", "Supplier Code", "Description", "Qty", "Unit Price EUR"])
    for i, (c, s, d, q, p) in enumerate(items):
        w.writerow(["TA-26-915", i + 1, c, s, d, q, f"{p:.2f}"])
    eml("s02_tully_csv", "Siobhán Ryan <purchasing@tullyagri.ie>", "PO TA-26-915 - csv export",
        when(2026, 12, 11, 11, 30),
        "Hi,\n\nOur new system exports orders as CSV, attached PO TA-26-915. Deliver to Thurles.\nRequired date 22/12/2026.\n\n"
        "Siobhán Ryan\nTully Agri Co-operative Society, Mill Road, Thurles, Co. Tipperary E41 X2F3\n",
        attachments=[("TA-26-915.csv", b.getvalue().encode("utf-8"), "text", "csv")])
    order("s02_tully_csv", "Tully Agri Co-operative Society", "TA-26-915", None, "2026-12-22", "EUR",
          S("Tully Agri Co-operative Society", "Mill Road", "Thurles", "Co. Tipperary", "E41 X2F3", "IE"),
          [L(s, q, "EA", d, p, c) for c, s, d, q, p in items])

    # s03 standalone XLSX order form (Clinique Beauport, French)
    items = [("Collier nylon L rouge", "NV-CL-NY-L-RED", 12, 4.90), ("Collier nylon XL bleu", "NV-CL-NY-XL-BLU", 6, 5.60),
             ("Laisse nylon 120 cm rouge", "NV-LD-NY-120-RED", 12, 5.10), ("Nettoyant auriculaire 100 ml", "NV-GR-EAR-100", 24, 6.80),
             ("Shampooing chlorhexidine 250 ml", "NV-GR-SH-CHX-250", 12, 9.40)]

    def fill3(ws):
        ws.title = "Commande"
        ws.append(["Clinique vétérinaire Beauport — Bon de commande"])
        ws.append(["No de commande :", "BC-4502"])
        ws.append(["Date :", "14/12/2026"])
        ws.append(["Livrer à :", "780 avenue Royale, Québec (QC) G1E 1Z1"])
        ws.append(["Devise :", "CAD"])
        ws.append([])
        ws.append(["Article", "Code", "Quantité", "Prix unitaire"])
        for d, s, q, p in items:
            ws.append([d, s, q, p])
    (OUT / "s03_beauport_standalone.xlsx").write_bytes(xlsx_bytes(fill3))
    order("s03_beauport_standalone", "Clinique vétérinaire Beauport", "BC-4502", "2026-12-14", None, "CAD",
          S("Clinique vétérinaire Beauport", "780 avenue Royale", "Québec", "QC", "G1E 1Z1", "CA"),
          [L(s, q, "EA", d, p) for d, s, q, p in items])

    # s04 standalone CSV, semicolons, decimal commas (PetLândia, Portuguese)
    items = [("PL-00412", "NV-DC-ADSA-10", "Ração gato adulto salmão 10 kg", 6, 42.90), ("PL-00413", "NV-DC-KTCH-10", "Ração gatinho frango 10 kg", 4, 46.50),
             ("PL-00520", "NV-WC-CHK-48", "Saquetas gato frango molho 48x85g", 10, 20.80), ("PL-00610", "NV-LT-PPR-10", "Areia papel 10 L", 20, 6.05),
             ("PL-00702", "NV-GR-NC-S", "Corta-unhas pequeno", 10, 3.75), ("PL-00811", "NV-CG-DC-24", "Jaula dobrável 24\"", 3, 25.60)]
    lines = ["Encomenda;PL-7790;;;", "Data;11/12/2026;;;", "Entregar em;PetLândia Lda, Avenida de Roma 88, 1700-348 Lisboa;;;", ";;;;",
             "Ref. cliente;Ref. fornecedor;Descrição;Qtd;Preço unit. (EUR)"]
    for c, s, d, q, p in items:
        lines.append(f"{c};{s};{d};{q};{p:.2f}".replace(".", ","))
    # the replace above also touched nothing else numeric with dots; supplier codes have no dots
    (OUT / "s04_petlandia_standalone.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    order("s04_petlandia_standalone", "PetLândia, Lda.", "PL-7790", "2026-12-11", None, "EUR",
          S("PetLândia Lda", "Avenida de Roma 88", "Lisboa", None, "1700-348", "PT"),
          [L(s, q, "EA", d, p, c) for c, s, d, q, p in items])

    # ------------------------------------------------------------ not orders
    eml("n01_waikato_quote_request", "Tania Ngata <orders@waikatoruralvets.co.nz>", "Quote please - crates and cages",
        when(2026, 12, 9, 11, 0, 13),
        """Kia ora,

Before we commit, could you please QUOTE us (don't ship anything yet) for:

- 4 x stainless kennel cage 90cm
- 6 x dog crate 42"
- 6 x dog crate 48"

delivered to Hamilton 3204, and let me know lead time. We'll send a PO once the practice
owners sign off.

Nga mihi,
Tania Ngata
Waikato Rural Vets
""")
    label("n01_waikato_quote_request", kind="not_an_order")

    eml("n03_pawsclaws_complaint", "Owen Rees <owen@pawsandclaws-pets.co.uk>", "Damaged delivery - PO 7781",
        when(2026, 12, 10, 15, 45),
        """Hi,

The delivery for PO 7781 arrived this morning and 3 of the 10 bags of 20L clumping litter were
split open - litter all over the pallet. The driver's note is signed "damaged". The lamb 12kg was
fine.

Can you credit the 3 bags or send replacements on the next run? Photos attached to follow.
Not impressed to be honest, second time this month.

Owen
Paws & Claws Pet Centre
""")
    label("n03_pawsclaws_complaint", kind="not_an_order")

    eml("n04_supplier_confirmation", "Customer Service <cs@canivita-petfoods.es>", "Confirmación de pedido / Order acknowledgement SO-55120",
        when(2026, 12, 8, 12, 0, 1),
        """Dear Northvale Veterinary & Pet Wholesale,

Thank you for your purchase order NVP-20944. We confirm the following:

Our ref   Description                         Qty   Unit price
CV-2001   Adult Chicken & Rice 12kg           400   EUR 19.40
CV-2010   Puppy Chicken 12kg                  120   EUR 22.10
CV-3105   Cat Adult Salmon 10kg               200   EUR 23.80

Estimated dispatch: 18/12/2026 from Zaragoza. Delivery to Unit 4, Kestrel Park, Shrewsbury SY1 3TE.

Sales order SO-55120. Please check and advise of any discrepancies within 48 hours.

Canivita Petfoods S.A. - Atención al cliente
""")
    label("n04_supplier_confirmation", kind="not_an_order")

    eml("n05_webshop_shipped", "Northvale Trade Shop <noreply@shop.northvale-vet.co.uk>", "Your order #NV-W10482 has shipped",
        when(2026, 12, 9, 7, 30),
        """Hi Bayside Pet Supplies,

Good news - your web order #NV-W10482 has been dispatched with DPD.
Tracking: 15501234567890

Items in this shipment:
  2 x Slicker brush large
  1 x Deshedding tool medium

You don't need to do anything. Thanks for shopping with Northvale Trade.
""", to="craig@baysidepets.com.au")
    label("n05_webshop_shipped", kind="not_an_order")
