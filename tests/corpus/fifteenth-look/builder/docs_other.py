"""Five not_an_order documents and one invoice."""
import json
import os

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Table, TableStyle, Paragraph, Spacer

from common import eml, label, ln, ship, write_bytes, OUT, ALL_LABELS, SELLER
from catalog_data import CUST, BY_SKU
from docs_email import dt, rcv, US, ORD_EU
from docs_files import _pdf, P, PB, H, GRID, money


def not_order(name, customer):
    d = {"kind": "not_an_order", "customer": customer, "lines": []}
    ALL_LABELS[name] = d
    with open(os.path.join(OUT, os.path.splitext(name)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")


def n1_quote_request():
    d = dt(2026, 11, 18, 15, 26)
    body = """Hi,

We're setting up a second tissue-culture room in January and I need budgetary pricing before I can raise a PO. Could you quote the following (list + any volume discount), with lead times?

- 50 mL conical tubes, sterile, racked -- 10 cs
- 15 mL conical tubes, sterile, racked -- 10 cs
- Serological pipettes 5/10/25 mL -- 5 cs each
- 1000 uL filtered tips -- 8 cs
- 200 uL filtered tips -- 8 cs
- Cryovials 2.0 mL internal thread -- 4 cs
- Cryo boxes 81-place -- 40

This is NOT an order yet -- please don't ship anything. A formal quote PDF is fine; valid through end of Q1 would be ideal.

Thanks,
Marcus Lindgren | Lab Operations Manager
Halcyon Therapeutics, Inc. | (617) 555-0193
"""
    eml("n1_quote_request.eml", "Marcus Lindgren <mlindgren@halcyontx.com>", US, "RFQ - TC room #2 consumables", d,
        "<CAHt.n1.rfq@mail.halcyontx.com>", text=body, received=rcv("mail-sor-f41.google.com", "192.0.2.41", d))
    not_order("n1_quote_request.eml", CUST["C105"])


def n2_damaged_shipment():
    d = dt(2026, 11, 30, 7, 44, -6)
    body = """Hello,

The shipment against our PO 88213 arrived Friday (your packing slip SO-2611-40882, 3 cartons). One carton was crushed and both 4 L jugs of xylene had leaked into the box -- our receiving staff had to call EH&S for the cleanup. The formalin (3 cs), gloves and microtome blades were fine.

Photos are attached to the carrier claim we started (UPS tracking 1Z555X0R0312345678). Please issue a credit for the 2 xylene jugs; we'll decide on a replacement once we see whether we still need them before our next PO. Please don't reship automatically.

Also, for future shipments, please pack solvents separately with absorbent.

Denise Albrecht, HT(ASCP)
Histology Supervisor, Dept. of Pathology
St. Brendan Regional Medical Center
(608) 555-0117
"""
    eml("n2_complaint_damaged_shipment.eml", "\"Albrecht, Denise\" <dalbrecht@stbrendanhealth.org>", US,
        "Damaged shipment - PO 88213 - xylene leaked", d, "<BN8PR04MB6612n2@BN8PR04MB6612.namprd04.prod.outlook.com>",
        text=body, received=rcv("mail-bn8nam04.outbound.protection.outlook.com", "203.0.113.81", d))
    not_order("n2_complaint_damaged_shipment.eml", CUST["C104"])


def n3_remittance():
    d = dt(2026, 12, 1, 5, 10, -6)
    body = """REMITTANCE ADVICE

Payer:          Calder State University - Accounts Payable
Payee:          KESTREL RIDGE SCIENTIFIC INC (Supplier 0004417)
Payment Date:   12/01/2026
Payment Method: ACH
Payment Number: ACH-0031877
Payment Amount: $4,386.60

Invoice Number   Invoice Date   PO Number    Gross Amount   Discount   Net Paid
KRS-INV-261044   10/22/2026     C0093880         1,212.40       0.00    1,212.40
KRS-INV-261102   10/29/2026     C0093912         2,049.20       0.00    2,049.20
KRS-INV-261187   11/05/2026     C0094011         1,125.00       0.00    1,125.00
                                                                        --------
                                                               Total    4,386.60

This is an automated notification. Funds should be available within 2 business days.
Questions: ap@calderstate.edu | (320) 555-0190
"""
    eml("n3_remittance_advice.eml", "Calder State AP <ap-noreply@calderstate.edu>", "ar@kestrelridgesci.com",
        "Remittance Advice - Payment ACH-0031877", d, "<remit.ACH0031877@calderstate.edu>", cc=US, text=body,
        received=rcv("mail.calderstate.edu", "198.51.100.149", d))
    not_order("n3_remittance_advice.eml", CUST["C103"])


def n4_sds_request():
    d = dt(2026, 12, 2, 10, 3, 1)
    body = """Goedemorgen / Good morning,

For our annual REACH/ATEX review we need the current Safety Data Sheets (in Dutch or English, SDS version 2025 or later) for the following products we purchase from you:

- 21-1054  Ethanol absolute 200 proof, 4 L
- 21-2104  Isopropanol 4 L
- 21-2304  Acetonitrile HPLC, 4 L
- 21-2004  Methanol HPLC, 4 L
- 22-4070 / 22-4071 / 22-4072  pH buffer standards 500 mL

No order at this time -- documents only, please. PDF by e-mail is fine.

Met vriendelijke groet,
Ingrid Bosman
HSE Officer | Veldhoven Analytical B.V.
+31 40 555 0178
"""
    eml("n4_sds_request.eml", "Ingrid Bosman <i.bosman@veldhoven-analytical.nl>", ORD_EU,
        "SDS request - solvents and buffers", d, "<AM6PR09MB4411n4@AM6PR09MB4411.eurprd09.prod.outlook.com>",
        text=body, received=rcv("mail-am6eur09.outbound.protection.outlook.com", "203.0.113.12", d))
    not_order("n4_sds_request.eml", CUST["C110"])


def n5_blank_form():
    st = [Paragraph("Kestrel Ridge Scientific, Inc.", H),
          Paragraph("2750 Tollgate Parkway &middot; Fairmont Hills, OH 45390 &middot; (937) 555-0142 &middot; orders@kestrelridgesci.com", P),
          Spacer(1, 8), Paragraph("<b>CUSTOMER ORDER FORM</b> &nbsp; (fax to (937) 555-0149 or e-mail a scan)", P), Spacer(1, 8)]
    meta = Table([["Account #:", "", "PO Number:", ""], ["Company / Lab:", "", "Order Date:", ""],
                  ["Ship To:", "", "Required By:", ""], ["", "", "Contact / Phone:", ""],
                  ["Bill To:", "", "Grant / Cost Center:", ""]],
                 colWidths=[1.1 * inch, 2.5 * inch, 1.3 * inch, 2.1 * inch], rowHeights=[18] * 5)
    meta.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.4, colors.black), ("LINEBELOW", (3, 0), (3, -1), 0.4, colors.black),
                              ("FONTSIZE", (0, 0), (-1, -1), 8), ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                              ("FONTNAME", (2, 0), (2, -1), "Helvetica-Bold")]))
    st += [meta, Spacer(1, 10)]
    data = [["Line", "Catalog #", "Description", "Qty", "UOM", "Unit Price", "Total"]]
    data += [[str(i), "", "", "", "", "", ""] for i in range(1, 21)]
    data += [["", "", "", "", "", "Subtotal", ""]]
    t = Table(data, colWidths=[0.4 * inch, 0.9 * inch, 3.1 * inch, 0.5 * inch, 0.5 * inch, 0.8 * inch, 0.8 * inch], rowHeights=[14] * 22)
    t.setStyle(GRID)
    st += [t, Spacer(1, 8),
           Paragraph("Example: 10-1200 &nbsp; Pipette tips, 200 uL, filtered, sterile, racked &nbsp; 2 &nbsp; CS. "
                     "Catalog numbers are printed in our 2026-2027 catalog and on every package label. "
                     "Hazardous items ship ground only. Prices subject to change without notice.", P)]
    write_bytes("n5_blank_order_form.pdf", _pdf(st, title="Kestrel Ridge Order Form"))
    not_order("n5_blank_order_form.pdf", None)


def i1_invoice():
    rows = [("10-1300", 3, "CS", 104.00), ("10-1200", 2, "CS", 98.00), ("14-5102", 6, "BX", 8.90),
            ("14-5103", 2, "BX", 8.90), ("25-7020", 1, "CS", 152.00), ("11-2015", 5, "BX", 11.50), ("21-2500", 2, "EA", 42.00)]
    st = [Table([[Paragraph("<b>Kestrel Ridge Scientific, Inc.</b><br/>2750 Tollgate Parkway<br/>Fairmont Hills, OH 45390<br/>"
                            "(937) 555-0142 &middot; ar@kestrelridgesci.com", P), Paragraph("<b>INVOICE</b>", H)]],
                colWidths=[4.2 * inch, 2.8 * inch]), Spacer(1, 8)]
    meta = Table([
        [Paragraph("<b>Bill To</b><br/>Northgate Clinical Research LLC<br/>Accounts Payable<br/>5600 Tern Harbor Blvd<br/>Greyridge, NC 27698", P),
         Paragraph("<b>Ship To</b><br/>Northgate Clinical Research<br/>Sample Processing Lab<br/>5600 Tern Harbor Blvd<br/>Greyridge, NC 27698", P),
         Paragraph("<b>Invoice #</b> KRS-INV-261390<br/><b>Invoice Date</b> 11/24/2026<br/><b>Customer PO</b> NCR-26-1183<br/>"
                   "<b>Order Date</b> 11/20/2026<br/><b>Sales Order</b> SO-2611-40817<br/><b>Ship Date</b> 11/23/2026<br/>"
                   "<b>Terms</b> Net 45 &middot; <b>Due</b> 01/08/2027", P)]],
        colWidths=[2.3 * inch, 2.3 * inch, 2.4 * inch])
    meta.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [meta, Spacer(1, 10)]
    data = [["Item", "Description", "Qty Ord", "Qty Shipped", "UOM", "Unit Price", "Amount"]]
    for s, q, u, p in rows:
        data.append([s, Paragraph(BY_SKU[s]["description"], P), str(q), str(q), u, money(p), money(q * p)])
    sub = sum(q * p for _, q, _, p in rows)
    data += [["", "Subtotal", "", "", "", "", money(sub)], ["", "Freight", "", "", "", "", "18.75"],
             ["", "Sales tax (exempt - cert. on file)", "", "", "", "", "0.00"],
             ["", "TOTAL DUE (USD)", "", "", "", "", money(sub + 18.75)]]
    t = Table(data, colWidths=[0.7 * inch, 3.1 * inch, 0.55 * inch, 0.7 * inch, 0.45 * inch, 0.7 * inch, 0.8 * inch])
    t.setStyle(GRID)
    t.setStyle(TableStyle([("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    st += [t, Spacer(1, 10), Paragraph("Remit to: Kestrel Ridge Scientific, Inc., Lockbox 55120, Fairmont Hills, OH 45390. "
                                       "ACH: please reference invoice number. Thank you for your business!", P)]
    write_bytes("i1_invoice_cro.pdf", _pdf(st, title="Invoice KRS-INV-261390"))
    label("i1_invoice_cro.pdf", "invoice", CUST["C106"], "NCR-26-1183", "2026-11-20", None, "USD",
          ship("Northgate Clinical Research", "5600 Tern Harbor Blvd", "Greyridge", "NC", "27698", "US"),
          [ln(s, q, u, BY_SKU[s]["description"], p) for s, q, u, p in rows])


ALL = [n1_quote_request, n2_damaged_shipment, n3_remittance, n4_sds_request, n5_blank_form, i1_invoice]
