from common import eml, write
from pdfkit import Doc, money
from reportlab.lib.pagesizes import A4
from docs_email1 import SELLER_UK, SELLER_DE

def build():
    # n1 quote request: has quantities and products, but asks for a price
    body = """Hi Dave,

Before I commit to anything, could you quote me for:

10 x Dell Latitude 5440 i5 16GB/512GB
10 x WD19S docks (130W)
10 x Dell 24" monitors (P2423H or similar)

Also what's the lead time at the moment? We're thinking of ordering in January once the budget's approved. Not an order yet!

Cheers
Tom Baines
Kestrel Property Management Ltd
Unit 3, Canal Wharf, 40 Store Street, Manchester M1 2WB
"""
    write("n01_kestrel_quote_request.eml", eml(
        "Tom Baines <tom@kestrelpm.co.uk>", "Dave Lowry <dave@brightwire.co.uk>", "Quote please - laptops for Jan",
        "Thu, 03 Dec 2026 12:00:00 +0000", body), {"kind": "not_an_order"})

    # n2 invoice from a distributor (PDF) landing in the orders mailbox
    d = Doc(A4, "Invoice")
    d.t(36, 800, "Midland Tech Distribution Ltd", 14, True)
    d.t(36, 786, "Plot 12, Centrum Park, Coventry CV3 4FJ  ·  VAT GB 987 6543 21", 8)
    d.t(d.w - 36, 800, "TAX INVOICE", 14, True, right=True)
    d.block(380, 770, ["Invoice No: INV-5523108", "Invoice Date: 04/12/2026", "Your PO: BW-PUR-20417", "Account: BRI004", "Due: 03/01/2027"], 9)
    d.block(36, 740, ["Brightwire Technology Supplies Ltd", "Unit 9, Mosley Street Works", "Manchester M2 3HZ"], 9, "Invoice to")
    rows = [("CF226A", "HP 26A Black LaserJet Toner", 20, "71.20", "1,424.00"),
            ("BX1600MI", "APC Back-UPS 1600VA", 6, "148.00", "888.00"),
            ("K120-UK", "Logitech K120 Keyboard UK", 100, "7.35", "735.00")]
    y = d.table(660, [40, 110, 380, 460, 555], ["Code", "Description", "Qty", "Price", "Net"], rows, rules=True, right_cols=(2, 3, 4))
    d.t(460, y - 16, "Net", 9, right=True); d.t(555, y - 16, "3,047.00", 9, right=True)
    d.t(460, y - 30, "VAT 20%", 9, right=True); d.t(555, y - 30, "609.40", 9, right=True)
    d.t(460, y - 44, "TOTAL DUE", 9, True, right=True); d.t(555, y - 44, "3,656.40", 9, True, right=True)
    d.block(36, y - 90, ["Bank: Barclays  Sort code 20-00-00  Account 12345678", "Please quote invoice number with payment."], 8)
    write("n02_distributor_invoice.eml", eml(
        "Midland Tech Distribution <invoices@midlandtechdist.co.uk>", SELLER_UK, "Invoice INV-5523108",
        "Fri, 04 Dec 2026 18:00:00 +0000",
        "Dear Customer,\n\nPlease find attached invoice INV-5523108 for goods dispatched against your order BW-PUR-20417.\n\nMidland Tech Distribution Credit Control\n",
        [("INV-5523108.pdf", d.bytes(), "application/pdf")]), {"kind": "invoice"})

    # n3 complaint mentioning products and quantities
    body = """Hello,

We received our toner order (ref SMC/1209) today but the box contains 3 x Brother TN-2410, not the TN-2420 high yield we ordered. The TN-2410 only does about 1,200 pages so it's no good for us.

Please can you arrange collection of the 3 wrong ones and send the correct TN-2420 ASAP - we are down to our last cartridge. We don't want to be invoiced twice.

Also one of the 2m blue network cables was missing (we got 5, ordered 6).

Thanks,
Helen Marsh
Practice Manager
Smilecare Dental Practice
8 Gloucester Road, Bristol BS7 8AE
"""
    write("n03_smilecare_complaint.eml", eml(
        "Helen Marsh <helen@smilecaredental.co.uk>", SELLER_UK, "Wrong toner delivered - SMC/1209",
        "Mon, 30 Nov 2026 10:30:00 +0000", body), {"kind": "not_an_order"})

    # n4 supplier order confirmation (German distributor confirms Brightwire's own purchase)
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihren Auftrag. Hiermit bestätigen wir Ihre Bestellung wie folgt:

Auftragsbestätigung Nr. AB-2026-118834
Ihre Bestellung: BW-DE-PUR-8812 vom 03.12.2026

Pos  Menge  Artikel                               Preis/Stk.
1    40     Logitech K120 DE (920-002490)         8,15 EUR
2    40     Logitech M90 (910-001794)             4,60 EUR
3    10     APC BX700U-GR                         71,40 EUR

Voraussichtlicher Liefertermin: 09.12.2026
Lieferung an: Brightwire GmbH, Lager, Am Hafen 7, 40221 Düsseldorf

Bitte prüfen Sie die Bestätigung. Abweichungen bitte innerhalb von 24 Stunden melden.

Mit freundlichen Grüßen
Innendienst
Rheinland IT-Distribution GmbH
"""
    write("n04_distributor_confirmation_de.eml", eml(
        "Innendienst <auftrag@rheinland-itd.de>", SELLER_DE, "Auftragsbestätigung AB-2026-118834 zu Ihrer Bestellung BW-DE-PUR-8812",
        "Thu, 03 Dec 2026 17:20:00 +0100", body), {"kind": "not_an_order"})
