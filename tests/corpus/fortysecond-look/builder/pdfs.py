from common import mail, L, ship, save, SELLER_UK, SELLER_FR
from mails1 import po
from pdfkit import render

def fmt(v, dec=","):
    s = "%.2f" % v
    return s.replace(".", ",") if dec == "," else s

def fmt_th(v, dec=".", th=","):
    s = "{:,.2f}".format(v)
    if dec == ",":
        s = s.replace(",", "X").replace(".", ",").replace("X", th)
    return s

def send(base, frm, subject, date, body, pdfname, pdf, label, to=SELLER_UK):
    save(base, mail(frm, to, subject, date, body, attachments=[(pdfname, pdf, "application/pdf")]), label, "eml")

TERMS = [
 ("1. Definitions", "In these Conditions 'the Authority' means the Western Solent Harbour Authority, 'the Supplier' means the person, firm or company to whom the Order is addressed, 'the Goods' means the goods described in the Order and 'the Order' means the Authority's official purchase order incorporating these Conditions. No variation of these Conditions shall be binding unless agreed in writing by an authorised officer of the Authority. Any terms put forward by the Supplier on acknowledgement forms, delivery notes or invoices shall not form part of the contract."),
 ("2. Acceptance", "The Order constitutes an offer by the Authority to purchase the Goods. The Order shall be deemed accepted on the earlier of the Supplier's written acknowledgement or any act by the Supplier consistent with fulfilling the Order. The Authority may withdraw the Order at any time before acceptance. Orders must be acknowledged within 5 working days of the Order date quoting the Order number."),
 ("3. Quality and description", "The Goods shall conform as to quantity, quality and description with the particulars stated in the Order, be of satisfactory quality within the meaning of the Sale of Goods Act 1979 as amended, be fit for any purpose held out by the Supplier or made known to the Supplier, and comply with all applicable statutory requirements including the Merchant Shipping (Life-Saving Appliances) Regulations where relevant. Lifting and mooring components shall be supplied with a certificate of conformity stating the working load limit and proof load. Pyrotechnics shall carry an expiry date not less than 36 months from delivery."),
 ("4. Delivery", "Delivery shall be made to the address stated on the Order between 08:00 and 15:30 Monday to Friday, excluding public holidays. Each consignment shall be accompanied by a delivery note showing the Order number, the number of packages and the quantity of each item. Time of delivery is of the essence. If the Goods are not delivered on the due date the Authority may, without prejudice to other remedies, deduct 1% of the price for each week of delay up to a maximum of 10%, or cancel the Order. Dangerous goods shall be packed, labelled and declared in accordance with ADR and the IMDG Code."),
 ("5. Risk and title", "Risk in the Goods shall pass to the Authority on completion of delivery. Title shall pass on delivery unless payment is made earlier, in which case title passes on payment. The Authority may reject any Goods not in accordance with the contract within 30 days of delivery, and the Supplier shall collect rejected Goods at its own risk and expense within 10 working days of notification."),
 ("6. Price and payment", "The price of the Goods shall be as stated in the Order and, unless otherwise stated, is exclusive of VAT but inclusive of packaging, insurance and carriage. Invoices shall quote the Order number and be sent to accounts@wsha.org.uk; invoices not quoting the Order number will be returned unpaid. The Authority shall pay correctly rendered and undisputed invoices within 30 days of receipt. The Authority may set off any amount owed to it by the Supplier. Interest on late payment shall be limited to that payable under the Late Payment of Commercial Debts (Interest) Act 1998."),
 ("7. Warranty", "The Supplier warrants the Goods against defects in design, materials and workmanship for a period of 12 months from delivery or such longer period as the Supplier normally gives. Defective Goods shall be repaired or replaced free of charge within 14 days of notification. Where the Supplier fails to do so the Authority may obtain replacements elsewhere and recover the cost from the Supplier."),
 ("8. Indemnity and insurance", "The Supplier shall indemnify the Authority against all loss, damage, costs and expenses arising from any defect in the Goods or from any act or omission of the Supplier or its employees while on Authority premises. The Supplier shall maintain public liability insurance of not less than £5,000,000 and product liability insurance of not less than £2,000,000 for any one occurrence and shall produce evidence of cover on request."),
 ("9. Health, safety and environment", "While on Authority premises the Supplier's personnel shall comply with the Authority's site rules, the Port Marine Safety Code and all reasonable instructions of the Harbour Master. Vehicles shall not exceed 10 mph on the quay. Packaging waste shall be removed by the Supplier where requested. Antifouling products shall comply with the Biocidal Products Regulation and be supplied with current safety data sheets."),
 ("10. Confidentiality, FOI and data", "The Supplier acknowledges that the Authority is subject to the Freedom of Information Act 2000 and may be required to disclose information concerning the contract. Personal data shall be processed only in accordance with UK GDPR and the Data Protection Act 2018."),
 ("11. Anti-bribery and modern slavery", "The Supplier shall comply with the Bribery Act 2010 and the Modern Slavery Act 2015 and shall notify the Authority immediately of any breach. The Authority may terminate the contract immediately on any breach of this clause."),
 ("12. Termination", "The Authority may terminate the contract by written notice if the Supplier commits a material breach which is not remedied within 14 days, becomes insolvent, or ceases trading. Clauses 5, 7, 8 and 10 survive termination."),
 ("13. Assignment and sub-contracting", "The Supplier shall not assign or sub-contract any part of the contract without the prior written consent of the Authority."),
 ("14. Law and jurisdiction", "The contract shall be governed by the law of England and Wales and the parties submit to the exclusive jurisdiction of the courts of England and Wales. If any provision of these Conditions is held invalid the remainder shall not be affected. Issue 7, revised 1 April 2025."),
]

def build():
    # P01 harbour authority with long T&C
    items = [
        ("CHN-G30-10", "MAR-0031", "Chain DIN766 Gr30 galv 10mm (per m)", 200, "M", "m", 11.80),
        ("SHK-DGV-12", "MAR-0044", "Shackle D galv 12mm pin", 30, "EA", "each", 3.30),
        ("ROP-3S16-WHT-M", "MAR-0102", "Rope 3-strand polyester 16mm white", 200, "M", "m", 2.10),
        ("FND-F6-BLK", "MAR-0210", "Fender F6 black 370x1070", 12, "EA", "each", 82.00),
        ("ANC-DLT-25", "MAR-0300", "Anchor Delta 25kg galv", 2, "EA", "each", 259.00),
        ("LJK-275A-AD", "SAF-0017", "Lifejacket 275N auto c/w harness", 6, "EA", "each", 189.00),
        ("FLR-HRD", "SAF-0040", "Flare handheld red", 12, "EA", "each", 26.00),
    ]
    rows = [[str(i + 1), cp, d, str(q), ud, fmt_th(p, "."), fmt_th(q * p, ".")] for i, (s, cp, d, q, u, ud, p) in enumerate(items)]
    net = sum(q * p for s, cp, d, q, u, ud, p in items)
    pdf = render({
        "font": "ls", "title": "OFFICIAL PURCHASE ORDER",
        "letterhead": ["Western Solent Harbour Authority", "Harbour Office, Bath Road, Lymington, Hampshire SO41 3SE",
                       "Tel 01590 672014  |  accounts@wsha.org.uk  |  VAT Reg GB 211 5530 84"],
        "band": None,
        "meta": [("Order No:", "WSHA-PO-002318"), ("Order Date:", "02 March 2026"), ("Required By:", "16 March 2026"),
                 ("Cost Centre:", "HM-MOORINGS-04"), ("Buyer:", "J. Prentice")],
        "blocks": [("Supplier", ["Solent & Biscay Chandlery Ltd", "Ocean Village Trade Park", "Southampton SO14 3TL", "Acct: SOL012"]),
                   ("Invoice to", ["Western Solent Harbour Authority", "Finance Section", "Harbour Office, Bath Road", "Lymington SO41 3SE"]),
                   ("Deliver to", ["WSHA Town Quay Store", "Quay Hill", "Lymington", "Hampshire SO41 3AR", "Contact: Harbour Master 01590 672014"])],
        "pre": ["Please supply the following goods subject to the Authority's Terms and Conditions of Purchase overleaf."],
        "columns": [("Ln", 24, "l"), ("Stock Code", 62, "l"), ("Description", 200, "l"), ("Qty", 40, "r"), ("Unit", 40, "l"), ("Price £", 60, "r"), ("Net £", 70, "r")],
        "rows": rows, "style": "ruled",
        "totals": [("Net total", fmt_th(net, ".")), ("VAT 20%", fmt_th(net * 0.2, ".")), ("Order total GBP", fmt_th(net * 1.2, "."))],
        "notes": ["Certificates of conformity required for chain and shackles (see clause 3). Flares are dangerous goods - deliver separately, expiry date not less than 36 months.",
                  "Authorised: R. Hollis, Harbour Master. This order is not valid unless it carries an official order number."],
        "footer": "WSHA Official Order - please quote WSHA-PO-002318 on all correspondence",
        "terms": TERMS,
    })
    send("p01_harbour_authority_tc", "WSHA Purchasing <purchasing@wsha.org.uk>", "Official Purchase Order WSHA-PO-002318",
         "Mon, 02 Mar 2026 11:20:00 +0000",
"""Dear Supplier,

Please find attached official Purchase Order WSHA-PO-002318. Kindly acknowledge receipt within 5 working days quoting the order number. Our Terms and Conditions of Purchase (Issue 7) apply and are attached to the order.

Regards,
Jane Prentice
Procurement Officer
Western Solent Harbour Authority
Harbour Office, Bath Road, Lymington SO41 3SE
01590 672014

This email is intended for the named recipient only. The Western Solent Harbour Authority is a trust port. Any views expressed are those of the author and not necessarily of the Authority.
""", "WSHA-PO-002318.pdf", pdf,
         po("Western Solent Harbour Authority", "WSHA-PO-002318", "2026-03-02", "2026-03-16", "GBP",
            [L(s, d, q, u, p, cp) for s, cp, d, q, u, ud, p in items],
            ship_to=ship("WSHA Town Quay Store", "Quay Hill", "Lymington", "SO41 3AR", "GB", "Hampshire")))

    # P02 Solent Boatworks "as per attached"
    items = [
        ("ROP-PB12-WHT-R100", "SBW-30210", "Polyester d/braid 12mm white 100m reel", 2, "RL", "RL", 225.00),
        ("ROP-PB12-WHT-M", "SBW-30211", "Polyester d/braid 12mm white cut", 35, "M", "M", 2.60),
        ("BLK-S57", "SBW-30400", "Block single 57mm BB", 6, "EA", "EA", 34.00),
        ("BLK-D57", "SBW-30401", "Block double 57mm BB", 2, "EA", "EA", 52.00),
        ("SHK-DA4-06", "SBW-44110", "Shackle D A4 6mm", 20, "EA", "EA", 3.90),
    ]
    rows = [["%03d" % (10 * (i + 1)), cp, s, d, str(q), ud, fmt(p, "."), fmt(q * p, ".")] for i, (s, cp, d, q, u, ud, p) in enumerate(items)]
    net = sum(q * p for s, cp, d, q, u, ud, p in items)
    pdf = render({
        "font": "dv", "title": "PURCHASE ORDER", "band": (0.1, 0.2, 0.4),
        "letterhead": ["SOLENT BOATWORKS LTD", "Unit 7, Saxon Wharf, Lower York Street, Southampton SO14 5QF", "VAT GB 318 4471 02"],
        "meta": [("PO Number", "4500032077"), ("PO Date", "06.03.2026"), ("Delivery Date", "13.03.2026"), ("Vendor No.", "100452")],
        "blocks": [("Vendor", ["Solent & Biscay Chandlery Ltd", "Ocean Village Trade Park", "Southampton SO14 3TL"]),
                   ("Ship-to", ["Solent Boatworks Ltd - Goods In", "Unit 7, Saxon Wharf", "Lower York Street", "Southampton SO14 5QF"])],
        "columns": [("Item", 30, "l"), ("Material", 58, "l"), ("Vendor Mat.", 92, "l"), ("Short text", 175, "l"), ("Qty", 34, "r"), ("UoM", 30, "l"), ("Price", 46, "r"), ("Net", 50, "r")],
        "rows": rows, "style": "ruled",
        "totals": [("Total net value GBP", fmt_th(net, "."))],
        "notes": ["Please quote PO number on delivery note and invoice. Partial deliveries only by agreement."],
        "footer": "SAP PO print ZMM_PO_01",
    })
    send("p02_solent_as_per_attached", "purchasing@solentboatworks.co.uk", "PO 4500032077",
         "Fri, 06 Mar 2026 09:30:00 +0000", "Please supply as per attached.\n\nRegards\nPurchasing, Solent Boatworks Ltd\n",
         "PO_4500032077.pdf", pdf,
         po("Solent Boatworks Ltd", "4500032077", "2026-03-06", "2026-03-13", "GBP",
            [L(s, d, q, u, p, cp) for s, cp, d, q, u, ud, p in items],
            ship_to=ship("Solent Boatworks Ltd - Goods In", "Unit 7, Saxon Wharf", "Southampton", "SO14 5QF", "GB")))

    # P03 Jadran Charter Croatian narudzbenica, grid, decimal commas
    items = [
        ("BAT-AGM-100", "Akumulator AGM 12V 100Ah", 8, "EA", "kom", 219.00),
        ("CBL-BT25-RED-M", "Kabel baterijski 25 mm² crveni", 40, "M", "m", 5.90),
        ("CBL-BT25-BLK-M", "Kabel baterijski 25 mm² crni", 40, "M", "m", 5.90),
        ("FUS-ANL-100", "Osigurač ANL 100 A", 16, "EA", "kom", 6.50),
        ("FUS-ANL-HLD", "Nosač osigurača ANL", 8, "EA", "kom", 14.50),
    ]
    rows = [[str(i + 1) + ".", d, ud, str(q), fmt(p), fmt(q * p)] for i, (s, d, q, u, ud, p) in enumerate(items)]
    net = sum(q * p for s, d, q, u, ud, p in items)
    pdf = render({
        "font": "dv", "title": "NARUDŽBENICA", "pagefmt": "Stranica {p}/{n}",
        "letterhead": ["Jadran Charter d.o.o.", "Obala kneza Branimira 22, 23000 Zadar, Hrvatska", "OIB 48213377601 · tel. +385 23 250 114"],
        "meta": [("Broj:", "JC-2026-031"), ("Datum:", "09.03.2026."), ("Rok isporuke:", "27.03.2026.")],
        "blocks": [("Dobavljač", ["Solent & Biscay Shipchandler SAS", "Port des Minimes", "17000 La Rochelle, Francuska"]),
                   ("Mjesto isporuke", ["Marina Dalmacija - servis", "Bibinje, gat D", "23205 Bibinje"])],
        "columns": [("R.br.", 34, "l"), ("Naziv artikla", 230, "l"), ("JM", 36, "l"), ("Kol.", 45, "r"), ("Cijena EUR", 70, "r"), ("Iznos EUR", 80, "r")],
        "rows": rows, "style": "grid",
        "totals": [("Ukupno EUR", fmt_th(net, ",", "."))],
        "notes": ["Napomena: molimo potvrdu narudžbe e-mailom. Plaćanje 30 dana."],
    })
    send("p03_jadran_hr_pdf", "Marko Perić <nabava@jadrancharter.hr>", "Narudžbenica JC-2026-031",
         "Mon, 09 Mar 2026 10:00:00 +0100",
"""Poštovani,

u privitku šaljemo narudžbenicu JC-2026-031.

Lijep pozdrav,
Marko Perić
Jadran Charter d.o.o.
""", "Narudzbenica_JC-2026-031.pdf", pdf,
         po("Jadran Charter d.o.o.", "JC-2026-031", "2026-03-09", "2026-03-27", "EUR",
            [L(s, d, q, u, p) for s, d, q, u, ud, p in items],
            ship_to=ship("Marina Dalmacija - servis", "gat D", "Bibinje", "23205", "HR")), to=SELLER_FR)

    # P04 Ionian Yachting English PDF, unruled, own item codes
    items = [
        ("FND-F3-WHT", "IY-FEN-03W", "Fender F3 white", 30, "EA", 29.00),
        ("FND-F3-NVY", "IY-FEN-03N", "Fender F3 navy blue", 10, "EA", 32.00),
        ("ROP-PB10-WHT-R100", "IY-ROP-10W", "Mooring line polyester braid 10mm white, 100m", 3, "RL", 170.00),
        ("AFP-ER-BLU-250", "IY-AFP-BL25", "Antifouling eroding blue 2.5 lt", 20, "EA", 139.00),
        ("AFP-ER-BLU-075", "IY-AFP-BL07", "Antifouling eroding blue 0.75 lt", 10, "EA", 49.00),
    ]
    rows = [[cp, d, str(q), fmt(p, "."), fmt(q * p, ".")] for (s, cp, d, q, u, p) in items]
    net = sum(q * p for s, cp, d, q, u, p in items)
    pdf = render({
        "font": "dv", "title": "PURCHASE ORDER",
        "letterhead": ["IONIAN YACHTING S.A.", "Λεωφόρος Αλεξάνδρας 8, 311 00 Λευκάδα / 8 Alexandras Ave, 311 00 Lefkada, Greece", "ΑΦΜ / VAT EL 099812345 · +30 26450 21 900"],
        "meta": [("PO no.", "IY-0344"), ("Date", "10/03/2026"), ("Delivery", "by 03/04/2026")],
        "blocks": [("Supplier", ["Solent & Biscay Chandlery Ltd", "Southampton SO14 3TL, UK"]),
                   ("Delivery address", ["Ionian Yachting S.A. - Base Lefkada", "Marina Lefkadas, Pier E", "311 00 Lefkada, Greece"])],
        "columns": [("Our code", 80, "l"), ("Description", 250, "l"), ("Qty", 45, "r"), ("Unit €", 60, "r"), ("Total €", 70, "r")],
        "rows": rows, "style": "unruled",
        "totals": [("Total EUR", fmt_th(net, "."))],
        "notes": ["Prices in EUR as agreed for season 2026. Please send invoice to accounts@ionianyachting.gr."],
    })
    send("p04_ionian_pdf_owncodes", "Eleni Markou <accounts@ionianyachting.gr>", "PO IY-0344",
         "Tue, 10 Mar 2026 12:30:00 +0200",
"""Dear Sirs,

Please find attached our purchase order IY-0344 for the pre-season refit.

Best regards,
Eleni Markou
Accounts Dept. - Ionian Yachting S.A.
""", "IY-0344.pdf", pdf,
         po("Ionian Yachting SA", "IY-0344", "2026-03-10", "2026-04-03", "EUR",
            [L(s, d, q, u, p, cp) for s, cp, d, q, u, p in items],
            ship_to=ship("Ionian Yachting S.A. - Base Lefkada", "Marina Lefkadas, Pier E", "Lefkada", "311 00", "GR")))

    # P05 Chesapeake multi-page, USD, inch sizes
    items = [
        ("ROP-PB08-WHT-R100", "5/16\" dbl braid polyester white 100m reel", 2, "RL", 178.00),
        ("ROP-PB08-NVY-R100", "5/16\" dbl braid polyester navy 100m reel", 2, "RL", 178.00),
        ("ROP-PB10-WHT-R100", "3/8\" dbl braid polyester white 100m reel", 3, "RL", 242.00),
        ("ROP-PB10-RED-R100", "3/8\" dbl braid polyester red 100m reel", 1, "RL", 242.00),
        ("ROP-PB12-NVY-R100", "1/2\" dbl braid polyester navy 100m reel", 2, "RL", 320.00),
        ("ROP-DY08-GRY-R100", "5/16\" Dyneema SK78 grey 100m reel", 1, "RL", 484.00),
        ("ROP-3S12-WHT-M", "1/2\" 3-strand anchor line white (meters)", 150, "M", 1.78),
        ("SHK-DA4-06", "1/4\" pin D shackle A4 (6mm)", 24, "EA", 5.55),
        ("SHK-DA4-08", "5/16\" pin D shackle A4 (8mm)", 24, "EA", 8.70),
        ("SHK-DA4-10", "3/8\" pin D shackle A4 (10mm)", 12, "EA", 13.95),
        ("SHK-BA4-08", "5/16\" pin bow shackle A4 (8mm)", 12, "EA", 9.40),
        ("SHK-BA4-12", "1/2\" pin bow shackle A4 (12mm)", 6, "EA", 24.05),
        ("BLK-S57", "Block single 57mm ball bearing", 8, "EA", 48.40),
        ("BLK-S57B", "Block single 57mm w/ becket", 4, "EA", 54.10),
        ("BLK-F57C", "Fiddle block 57mm becket + cam", 4, "EA", 112.40),
        ("FND-F2-NVY", "Fender F2 navy 8\" x 26\"", 20, "EA", 35.60),
        ("FND-F3-NVY", "Fender F3 navy 8.5\" x 29\"", 20, "EA", 45.50),
        ("FND-F4-NVY", "Fender F4 navy 11\" x 34\"", 10, "EA", 64.00),
        ("ANC-DLT-10", "Delta anchor 22 lb (10 kg)", 4, "EA", 169.00),
        ("ANC-DLT-16", "Delta anchor 35 lb (16 kg)", 2, "EA", 240.00),
        ("CHN-G40-10", "3/8\" G40 chain, metric 10mm (meters)", 120, "M", 19.80),
        ("BAT-AGM-100", "AGM battery 12V 100Ah", 6, "EA", 311.00),
        ("BAT-STR-090", "Starting battery 12V 90Ah", 4, "EA", 164.00),
        ("FLT-OIL-YM119305", "Oil filter Yanmar 3YM30 / 119305-35151", 12, "EA", 18.20),
        ("IMP-YM-128990", "Impeller Yanmar 3YM30 / 128990-42200", 8, "EA", 39.70),
        ("LJK-150AH-AD", "Inflatable PFD 150N auto w/ harness", 12, "EA", 155.00),
    ]
    rows = [[str(i + 1), s, d, str(q), u, fmt_th(p, "."), fmt_th(q * p, ".")] for i, (s, d, q, u, p) in enumerate(items)]
    net = sum(q * p for s, d, q, u, p in items)
    pdf = render({
        "font": "ls", "letter": True, "title": "PURCHASE ORDER", "rows_per_page": 16, "cont": "PO CYC-2340 (continued)",
        "letterhead": ["Chesapeake Yacht Charters LLC", "326 First Street, Annapolis, MD 21403", "Phone (410) 555-0143 · ap@chesapeakeyachtcharters.com"],
        "meta": [("PO #", "CYC-2340"), ("Date", "03/12/2026"), ("Ship By", "04/15/2026"), ("Terms", "Net 30"), ("Ship Via", "Ocean freight LCL")],
        "blocks": [("Vendor", ["Solent & Biscay Chandlery Ltd", "Ocean Village Trade Park", "Southampton SO14 3TL", "United Kingdom"]),
                   ("Ship To", ["Chesapeake Yacht Charters LLC", "Receiving - Back Creek Dock", "7074 Bembe Beach Rd", "Annapolis, MD 21403"])],
        "columns": [("#", 18, "l"), ("Vendor Item", 96, "l"), ("Description", 196, "l"), ("Qty", 34, "r"), ("UOM", 32, "l"), ("Unit USD", 58, "r"), ("Ext. USD", 66, "r")],
        "rows": rows, "style": "ruled",
        "totals": [("Subtotal", fmt_th(net, ".")), ("Freight", "TBD"), ("Total USD", fmt_th(net, "."))],
        "notes": ["Quoted in USD per your quotation SB-Q-2198. Commercial invoice and packing list required for US Customs."],
    })
    send("p05_chesapeake_multipage", "Accounts Payable <ap@chesapeakeyachtcharters.com>", "PO CYC-2340 - pre-season fleet order",
         "Thu, 12 Mar 2026 16:45:00 -0400",
"""Hello,

Attached is PO CYC-2340 for our pre-season fleet order (2 pages). Please confirm ship date.

Thank you,
Accounts Payable
Chesapeake Yacht Charters LLC
""", "CYC-2340.pdf", pdf,
         po("Chesapeake Yacht Charters LLC", "CYC-2340", "2026-03-12", "2026-04-15", "USD",
            [L(s, d, q, u, p) for s, d, q, u, p in items],
            ship_to=ship("Chesapeake Yacht Charters LLC", "7074 Bembe Beach Rd", "Annapolis", "21403", "US", "MD")))
