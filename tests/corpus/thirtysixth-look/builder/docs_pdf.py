from common import S, Ln, PO, eml, write
from pdfkit import Doc, money
from reportlab.lib.pagesizes import A4, letter
from docs_email1 import SELLER_UK, SELLER_DE, SELLER_NO, SELLER_US

def gbp(v): return money(v, ".", ",")

def build():
    # p01 council PO: three side-by-side blocks, ruled table
    lines = [("BW-TO-CF259X", "HP 59X high yield black toner CF259X", 6, "EA", 179.00),
             ("BW-TO-CF226A", "HP 26A black toner CF226A", 10, "EA", 89.00),
             ("BW-UP-BX1600MI", "APC Back-UPS 1600VA BX1600MI", 2, "EA", 189.00),
             ("BW-CA-PWR-UK2", "Power lead UK plug - C13, 2m", 10, "EA", 2.80)]
    d = Doc(A4, "WDC Purchase Order")
    d.t(36, 800, "Wexcombe District Council", 16, True)
    d.t(36, 784, "Council Offices, Market Street, Wexcombe, Somerset TA20 1AB  |  VAT Reg GB 123 4567 89", 8)
    d.t(d.w - 36, 800, "PURCHASE ORDER", 14, True, right=True)
    d.block(400, 770, ["Order No:  WDC/PO/0098901", "Order Date:  07/12/2026", "Delivery Date:  18/12/2026", "Cost Centre:  ICT-4410", "Contact:  R. Okafor 01460 555 210"], 8.5)
    for x, head, blk in [(36, "Supplier", ["Brightwire Technology Supplies Ltd", "Unit 9, Mosley Street Works", "Manchester", "M2 3HZ"]),
                         (210, "Invoice To", ["Accounts Payable", "Wexcombe District Council", "Council Offices, Market Street", "Wexcombe", "TA20 1AB"]),
                         (384, "Deliver To", ["Wexcombe Leisure Centre", "Reception / ICT cupboard", "Station Road", "Wexcombe", "TA20 3LP"])]:
        d.rect(x - 4, 600, 170, 98)
        d.block(x, 686, blk, 8.5, head)
    rows = [(i + 1, sku, desc, q, u, gbp(p), gbp(p * q)) for i, (sku, desc, q, u, p) in enumerate(lines)]
    y = d.table(580, [40, 64, 150, 405, 415, 500, 560], ["Ln", "Supplier Ref", "Description", "Qty", "UoM", "Unit £", "Net £"],
                rows, rules=True, right_cols=(3, 5, 6))
    net = sum(q * p for _, _, q, _, p in lines)
    d.t(505, y - 16, "Net total", 9, True, right=True); d.t(560, y - 16, gbp(net), 9, right=True)
    d.t(505, y - 30, "VAT 20%", 9, right=True); d.t(560, y - 30, gbp(net * .2), 9, right=True)
    d.t(505, y - 44, "Total", 9, True, right=True); d.t(560, y - 44, gbp(net * 1.2), 9, True, right=True)
    d.block(36, 140, ["Terms: Payment 30 days from receipt of valid invoice quoting the order number.",
                      "Goods must be delivered to the address shown. Deliveries Mon-Fri 08:00-15:30.",
                      "Authorised by: S. Pennington, Head of ICT"], 7.5)
    pdf = d.bytes()
    write("p01_wexcombe_pdf_blocks.eml", eml(
        "Procurement <procurement@wexcombe.gov.uk>", SELLER_UK, "Purchase Order WDC/PO/0098901",
        "Mon, 07 Dec 2026 09:30:00 +0000",
        "Please find attached purchase order WDC/PO/0098901.\n\nThis is an automatically generated email from the Council's purchasing system. Please do not reply to this address.\n",
        [("WDC_PO_0098901.pdf", pdf, "application/pdf")]),
        PO("Wexcombe District Council", "WDC/PO/0098901", "2026-12-07", "2026-12-18", "GBP",
           S("Wexcombe Leisure Centre", "Station Road", "Wexcombe", "TA20 3LP", "GB"),
           [Ln(s, q, u, p, desc) for s, desc, q, u, p in lines]))

    # p02 US school district two-page PO with district item numbers and vendor part numbers
    items = [("MR-IT-0042", "BW-CA-C6-1B", "Cat6 patch cord 3ft blue", 60, 1.45),
             ("MR-IT-0043", "BW-CA-C6-2B", "Cat6 patch cord 7ft blue", 60, 1.85),
             ("MR-IT-0044", "BW-CA-C6-3B", "Cat6 patch cord 10ft blue", 30, 2.15),
             ("MR-IT-0045", "BW-CA-C6-5B", "Cat6 patch cord 15ft blue", 20, 2.95),
             ("MR-IT-0051", "BW-CA-HDMI-3M", "HDMI cable 10ft", 25, 5.75),
             ("MR-IT-0052", "BW-CA-HDMI-5M", "HDMI cable 15ft", 10, 8.50),
             ("MR-IT-0053", "BW-CA-HDMI-10M", "HDMI cable 30ft", 4, 15.50),
             ("MR-IT-0060", "BW-CA-PWR-US2", "Power cord NEMA 5-15P to C13 6ft", 40, 3.50),
             ("MR-IT-0071", "BW-KB-K120-US", "Logitech K120 keyboard US", 50, 12.50),
             ("MR-IT-0072", "BW-MS-M90", "Logitech M90 mouse", 50, 7.50),
             ("MR-IT-0080", "BW-HS-LG-H390", "Logitech H390 USB headset", 40, 27.50),
             ("MR-IT-0107", "BW-TO-CF410A", "HP 410A black toner", 8, 112.00),
             ("MR-IT-0108", "BW-TO-CF411A", "HP 410A cyan toner", 3, 137.00),
             ("MR-IT-0109", "BW-TO-CF412A", "HP 410A yellow toner", 3, 137.00),
             ("MR-IT-0110", "BW-TO-CF413A", "HP 410A magenta toner", 3, 137.00),
             ("MR-IT-0111", "BW-TO-W2030A", "HP 415A black toner", 4, 119.00),
             ("MR-IT-0120", "BW-TO-TN2420", "Brother TN-2420 toner", 6, 79.00),
             ("MR-IT-0121", "BW-TO-DR2400", "Brother DR-2400 drum", 2, 96.00),
             ("MR-IT-0130", "BW-SS-870-500", "Samsung 870 EVO 500GB SSD", 10, 59.00),
             ("MR-IT-0131", "BW-SS-870-1T", "Samsung 870 EVO 1TB SSD", 5, 95.00),
             ("MR-IT-0140", "BW-RM-D4S-8", "Crucial 8GB DDR4 SODIMM", 20, 23.00),
             ("MR-IT-0141", "BW-RM-D4S-16", "Crucial 16GB DDR4 SODIMM", 10, 41.00),
             ("MR-IT-0150", "BW-MO-P2423H", "Dell P2423H 24in monitor", 12, 189.00),
             ("MR-IT-0160", "BW-UP-BX700UI", "APC Back-UPS 700VA", 6, 109.00),
             ("MR-IT-0170", "BW-CA-AB-2M", "USB A-B printer cable 6ft", 15, 3.10),
             ("MR-IT-0171", "BW-CA-AB-5M", "USB A-B printer cable 16ft", 5, 5.25)]
    d = Doc(letter, "Maple Ridge LSD PO")
    def head(pg):
        d.t(36, 750, "MAPLE RIDGE LOCAL SCHOOL DISTRICT", 13, True)
        d.t(36, 736, "1200 Orchard Avenue  Maple Ridge, OH 43062  Tel (614) 555-0100", 8)
        d.t(d.w - 36, 750, "PURCHASE ORDER  MR-27-00355", 11, True, right=True)
        d.t(d.w - 36, 736, "Page %d of 2" % pg, 8, right=True)
    head(1)
    d.block(36, 705, ["Brightwire North America Inc.", "400 Commerce Drive, Suite 210", "Wilmington, DE 19801"], 8.5, "VENDOR")
    d.block(230, 705, ["Maple Ridge LSD - Technology Dept", "Maple Ridge Elementary", "310 Birch Street", "Maple Ridge, OH 43062"], 8.5, "SHIP TO")
    d.block(420, 705, ["Order Date: 12/07/2026", "Required Date: 01/08/2027", "Buyer: D. Whitfield", "Terms: Net 30", "FOB: Destination"], 8.5, "")
    cols = [40, 100, 180, 250, 470, 510, 575]
    hdr = ["Line", "Item #", "Vendor Part", "Description", "Qty", "Unit Cost", "Ext"]
    rows = [(i + 1, cp, vp, desc, q, money(p, ".", ","), money(p * q, ".", ",")) for i, (cp, vp, desc, q, p) in enumerate(items)]
    y = d.table(625, cols, hdr, rows[:18], rules=True, size=7.5, row_h=13, right_cols=(4, 5, 6))
    d.t(300, y - 20, "continued on page 2", 8)
    d.page(); head(2)
    y = d.table(715, cols, hdr, rows[18:], rules=True, size=7.5, row_h=13, right_cols=(4, 5, 6))
    tot = sum(q * p for *_, q, p in items)
    d.t(510, y - 18, "TOTAL", 9, True, right=True); d.t(575, y - 18, "$" + money(tot, ".", ","), 9, True, right=True)
    d.block(36, y - 60, ["Tax exempt: Ohio political subdivision, exemption certificate on file.",
                         "All shipments must reference the PO number. Partial shipments accepted.",
                         "Receiving hours 7:30 AM - 2:30 PM."], 7.5)
    pdf = d.bytes()
    write("p02_mapleridge_twopage.eml", eml(
        "Dana Whitfield <dwhitfield@mapleridge.k12.oh.us>", SELLER_US, "PO MR-27-00355 (2 pages)",
        "Mon, 07 Dec 2026 14:00:00 -0500",
        "Kevin,\n\nAttached is PO MR-27-00355 for the elementary refresh - it's a long one, two pages.\n\nThanks,\nDana\n",
        [("MR-27-00355.pdf", pdf, "application/pdf")]),
        PO("Maple Ridge Local School District", "MR-27-00355", "2026-12-07", "2027-01-08", "USD",
           S("Maple Ridge Elementary", "310 Birch Street", "Maple Ridge", "43062", "US", "OH"),
           [Ln(vp, q, "EA", p, desc, cp) for cp, vp, desc, q, p in items]))

    # p03 German school PDF, no rules, decimal commas
    items = [("Dell Latitude 3540, i5, 8 GB, 256 GB SSD", 15, "Stk.", 699.00, "BW-LT-3540-I5"),
             ("Logitech Headset H390 USB", 15, "Stk.", 28.50, "BW-HS-LG-H390"),
             ("Samsung SSD 870 EVO 2 TB", 2, "Stk.", 169.00, "BW-SS-870-2T"),
             ("Netzkabel Schuko/C13 2,0 m", 15, "Stk.", 3.20, "BW-CA-PWR-EU2"),
             ("Brother Toner TN-243 cyan", 2, "Stk.", 49.00, "BW-TO-TN243C"),
             ("Brother Toner TN-243 magenta", 2, "Stk.", 49.00, "BW-TO-TN243M"),
             ("Brother Toner TN-243 gelb", 2, "Stk.", 49.00, "BW-TO-TN243Y"),
             ("Brother Toner TN-247 schwarz (hohe Reichweite)", 2, "Stk.", 66.00, "BW-TO-TN247BK")]
    d = Doc(A4, "Bestellung")
    d.t(36, 805, "Gymnasium am Stadtpark", 14, True)
    d.t(36, 791, "Städtisches Gymnasium der Stadt Köln · Stadtwaldgürtel 38 · 50935 Köln", 8)
    d.block(36, 745, ["Brightwire GmbH", "Vertrieb Bildung", "Königsallee 92a", "40212 Düsseldorf"], 9)
    d.block(360, 745, ["Bestellnummer:   GSK-26-124", "Datum:   07.12.2026", "Ansprechpartner:   Dr. I. Pohl", "Liefertermin:   KW 51, spätestens 18.12.2026"], 9)
    d.t(36, 660, "Bestellung", 13, True)
    d.t(36, 644, "Sehr geehrte Damen und Herren, wir bestellen zu den Konditionen Ihres Angebots AN-DE-77310:", 9)
    rows = [(i + 1, desc, q, u, money(p), money(p * q)) for i, (desc, q, u, p, _) in enumerate(items)]
    y = d.table(625, [40, 70, 380, 400, 500, 560], ["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis €", "Gesamt €"],
                rows, rules=False, right_cols=(2, 4, 5))
    net = sum(q * p for _, q, _, p, _ in items)
    d.t(500, y - 16, "Summe netto", 9, right=True); d.t(560, y - 16, money(net), 9, right=True)
    d.t(500, y - 30, "zzgl. 19 % USt.", 9, right=True); d.t(560, y - 30, money(net * .19), 9, right=True)
    d.t(500, y - 44, "Gesamtbetrag", 9, True, right=True); d.t(560, y - 44, money(net * 1.19), 9, True, right=True)
    d.block(36, y - 90, ["Lieferanschrift: Gymnasium am Stadtpark, Stadtwaldgürtel 38, 50935 Köln – Anlieferung über den Schulhof, Hausmeister Hr. Brandt.",
                         "Rechnungsanschrift: Stadt Köln, Amt für Schulentwicklung, Willy-Brandt-Platz 2, 50679 Köln (Bestellnummer angeben)."], 8)
    pdf = d.bytes()
    write("p03_gymnasium_de_pdf.eml", eml(
        "Ingrid Pohl <pohl@gymnasium-stadtpark-koeln.de>", SELLER_DE, "Bestellung GSK-26-124",
        "Mon, 07 Dec 2026 12:00:00 +0100",
        "Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung GSK-26-124 als PDF.\n\nMit freundlichen Grüßen\nI. Pohl\n",
        [("Bestellung_GSK-26-124.pdf", pdf, "application/pdf")]),
        PO("Gymnasium am Stadtpark", "GSK-26-124", "2026-12-07", "2026-12-18", "EUR",
           S("Gymnasium am Stadtpark", "Stadtwaldgürtel 38", "Köln", "50935", "DE"),
           [Ln(s, q, "EA", p, desc) for desc, q, u, p, s in items]))

    # p04 law firm PDF, table without rules, stacked addresses
    items = [("BW-LT-T14G4-I7", "ThinkPad T14 Gen 4 i7 / 32GB / 1TB", 2, 1239.00),
             ("BW-DK-LEN-TB4", "ThinkPad Universal Thunderbolt 4 Dock", 2, 259.00),
             ("BW-MO-U2724D", "Dell UltraSharp U2724D 27\"", 4, 399.00),
             ("BW-HS-EV265-SMS", "Jabra Evolve2 65 Flex stereo MS", 2, 179.00)]
    d = Doc(A4, "FL PO")
    d.t(36, 800, "FENWICK & LOWE LLP", 15, True)
    d.t(36, 786, "Solicitors  ·  22 Bedford Row, London WC1R 4EB  ·  DX 123 London/Chancery Lane", 8)
    d.t(36, 750, "Purchase Order", 12, True)
    d.block(36, 732, ["PO number   FL-2026-1211", "Date   04 December 2026", "Supplier   Brightwire Technology Supplies Ltd (acct FEN001)"], 9)
    d.block(36, 680, ["Finance Department, Fenwick & Lowe LLP, 22 Bedford Row, London WC1R 4EB"], 9, "Invoice address")
    d.block(36, 640, ["Fenwick & Lowe LLP", "Partners' Floor (5th)", "1 Temple Quay", "Bristol", "BS1 6DZ"], 9, "Delivery address")
    rows = [(desc, q, gbp(p), gbp(p * q)) for s, desc, q, p in items]
    y = d.table(560, [40, 350, 450, 540], ["Item", "Qty", "Price (£)", "Amount (£)"], rows, rules=False, right_cols=(1, 2, 3))
    d.t(450, y - 16, "Total (ex VAT)", 9, True, right=True); d.t(540, y - 16, gbp(sum(q * p for _, _, q, p in items)), 9, True, right=True)
    d.block(36, y - 60, ["Please deliver no later than 11/12/2026. Prices per quote Q-88240.", "Authorised: Grace Oduya, Office Manager"], 8.5)
    pdf = d.bytes()
    write("p04_fenwick_pdf_norules.eml", eml(
        "Grace Oduya <g.oduya@fenwicklowe.co.uk>", "Priya Shah <priya.shah@brightwire.co.uk>", "PO FL-2026-1211 attached",
        "Fri, 04 Dec 2026 16:20:00 +0000",
        "Hi Priya, PO attached for the Bristol partners' kit. Note it's going to Bristol, not Bedford Row!\nThanks, Grace\n",
        [("PO FL-2026-1211.pdf", pdf, "application/pdf")]),
        PO("Fenwick & Lowe LLP", "FL-2026-1211", "2026-12-04", "2026-12-11", "GBP",
           S("Fenwick & Lowe LLP", "1 Temple Quay", "Bristol", "BS1 6DZ", "GB"),
           [Ln(s, q, "EA", p, desc) for s, desc, q, p in items]))

    # p05 US law firm, customer part + vendor part columns
    items = [("CW-HW-221", "BW-LT-840G10-I7", "HP EliteBook 840 G10 i7 16GB 512GB", 3, 1449.00),
             ("CW-HW-305", "BW-DK-HP-TB4-120", "HP Thunderbolt Dock G4 120W", 3, 289.00),
             ("CW-HW-410", "BW-MO-P2723D", "Dell P2723D 27in QHD", 6, 289.00),
             ("CW-HW-512", "BW-CA-DP-2M", "DisplayPort cable 6ft", 6, 7.95)]
    d = Doc(letter, "CW PO")
    d.t(36, 750, "Carter & Wells LLP", 15, True)
    d.t(d.w - 36, 750, "P.O. 55231", 13, True, right=True)
    d.t(d.w - 36, 734, "Date: December 7, 2026", 9, right=True)
    d.block(36, 705, ["Brightwire North America Inc.", "400 Commerce Drive, Suite 210", "Wilmington, DE 19801"], 9, "To:")
    d.block(320, 705, ["Carter & Wells LLP", "Attn: Michael Donnelly", "75 State Street, Suite 1400", "Boston, MA 02109"], 9, "Ship To:")
    rows = [(cp, vp, desc, q, money(p, ".", ","), money(p * q, ".", ",")) for cp, vp, desc, q, p in items]
    y = d.table(620, [40, 100, 190, 430, 500, 575], ["Our Part #", "Vendor Part #", "Description", "Qty", "Unit", "Total"],
                rows, rules=True, right_cols=(3, 4, 5))
    d.t(500, y - 16, "Subtotal", 9, right=True); d.t(575, y - 16, money(sum(q * p for *_, q, p in items), ".", ","), 9, right=True)
    d.t(500, y - 30, "MA Sales Tax 6.25%", 9, right=True)
    d.t(36, y - 50, "All amounts in USD.", 8)
    d.block(36, y - 70, ["Deliver by: 12/15/2026", "Please email the invoice to ap@carterwells.com"], 9)
    pdf = d.bytes()
    write("p05_carterwells_parts.eml", eml(
        "Accounts Payable <ap@carterwells.com>", SELLER_US, "Carter & Wells LLP - Purchase Order 55231",
        "Mon, 07 Dec 2026 11:45:00 -0500",
        "Please see the attached purchase order.\n\nCarter & Wells LLP Accounts Payable\n",
        [("PO55231.pdf", pdf, "application/pdf")]),
        PO("Carter & Wells LLP", "55231", "2026-12-07", "2026-12-15", "USD",
           S("Carter & Wells LLP", "75 State Street, Suite 1400", "Boston", "02109", "US", "MA"),
           [Ln(vp, q, "EA", p, desc, cp) for cp, vp, desc, q, p in items]))

    # p06 Polish PDF
    items = [("Monitor iiyama ProLite XU2793HS 27\"", 4, 699.00, "BW-MO-IIY-X2793"),
             ("Uchwyt biurkowy na 2 monitory", 2, 259.00, "BW-MO-ARM-DUAL"),
             ("Kabel HDMI 1 m", 4, 15.00, "BW-CA-HDMI-1M"),
             ("Zasilacz awaryjny APC Back-UPS 700VA (gniazda IEC)", 1, 419.00, "BW-UP-BX700UI")]
    d = Doc(A4, "Zamowienie")
    d.t(36, 805, "Kancelaria Nowak i Wspólnicy sp.k.", 13, True)
    d.t(36, 791, "ul. Mokotowska 49, 00-542 Warszawa · NIP 701-000-00-00", 8)
    d.t(d.w - 36, 750, "ZAMÓWIENIE nr ZK/118/2026", 14, True, right=True)
    d.block(36, 715, ["Data zamówienia: 7 grudnia 2026 r.", "Termin realizacji: 21.12.2026", "Dostawca: Brightwire Polska sp. z o.o., ul. Grzybowska 5A, 00-132 Warszawa"], 9)
    rows = [(i + 1, desc, q, "szt.", money(p, ",", " "), money(p * q, ",", " ")) for i, (desc, q, p, _) in enumerate(items)]
    y = d.table(650, [40, 65, 360, 375, 480, 560], ["Lp.", "Nazwa towaru", "Ilość", "J.m.", "Cena netto zł", "Wartość netto zł"],
                rows, rules=True, right_cols=(2, 4, 5))
    d.block(36, y - 30, ["Miejsce dostawy: Kancelaria Nowak i Wspólnicy – Oddział Łódź, ul. Piotrkowska 120, 90-006 Łódź",
                         "Osoba kontaktowa: Katarzyna Wiśniewska, tel. 22 555 01 23"], 9)
    pdf = d.bytes()
    write("p06_nowak_pl_pdf.eml", eml(
        "Katarzyna Wiśniewska <k.wisniewska@nowak-kancelaria.pl>", "Brightwire Polska <zamowienia@brightwire.pl>",
        "Zamówienie ZK/118/2026 - Łódź", "Mon, 07 Dec 2026 13:05:00 +0100",
        "Dzień dobry,\nw załączniku zamówienie ZK/118/2026 (dostawa do oddziału w Łodzi).\nPozdrawiam\nKatarzyna Wiśniewska\n",
        [("ZK_118_2026.pdf", pdf, "application/pdf")]),
        PO("Kancelaria Nowak i Wspólnicy sp.k.", "ZK/118/2026", "2026-12-07", "2026-12-21", "PLN",
           S("Kancelaria Nowak i Wspólnicy – Oddział Łódź", "ul. Piotrkowska 120", "Łódź", "90-006", "PL"),
           [Ln(s, q, "EA", p, desc) for desc, q, p, s in items]))

    # p07 Irish solicitors letter-style PO
    d = Doc(A4, "Letter")
    d.t(36, 800, "BYRNE KAVANAGH", 16, True); d.t(36, 786, "SOLICITORS", 9)
    d.t(d.w - 36, 800, "41 Fitzwilliam Square, Dublin 2, D02 YX88", 8, right=True)
    d.t(d.w - 36, 789, "T +353 1 555 0199  ·  info@byrnekavanagh.ie", 8, right=True)
    d.block(36, 740, ["Brightwire Technology Supplies (Ireland) Ltd", "Unit 14, Park West Business Park", "Dublin 12"], 9)
    d.block(36, 690, ["Our Ref: SB/PO/BK-7745", "Date: 2 December 2026"], 9)
    d.t(36, 650, "Re: Purchase Order BK-7745", 10, True)
    para = ["Dear Ciara,",
            "",
            "Further to our conversation, please accept this letter as our order for the following:",
            "",
            "    1.  Five (5) Jabra Evolve2 30 SE USB-C stereo headsets (Teams) at EUR 72.00 each;",
            "    2.  Five (5) USB-C to HDMI cables, 2 metre, at EUR 13.50 each; and",
            "    3.  One (1) Samsung 870 EVO 2TB SSD at EUR 169.00.",
            "",
            "Delivery to our main office at the address above, for the attention of Sorcha Byrne.",
            "",
            "Yours sincerely,", "", "", "Sorcha Byrne", "Practice Manager"]
    d.block(36, 630, para, 9.5, lead=13)
    pdf = d.bytes()
    write("p07_byrnekavanagh_letter.eml", eml(
        "Sorcha Byrne <sorcha@byrnekavanagh.ie>", "Ciara Walsh <ciara@brightwire.ie>", "Order letter",
        "Wed, 02 Dec 2026 15:00:00 +0000", "Ciara, signed order letter attached. S.\n",
        [("BK-7745 order letter.pdf", pdf, "application/pdf")]),
        PO("Byrne Kavanagh Solicitors", "BK-7745", "2026-12-02", None, "EUR",
           S("Byrne Kavanagh Solicitors", "41 Fitzwilliam Square", "Dublin 2", "D02 YX88", "IE"),
           [Ln("BW-HS-EV230-CMS", 5, "EA", 72.00, "Jabra Evolve2 30 SE USB-C stereo headsets (Teams)"),
            Ln("BW-CA-CHDMI-2M", 5, "EA", 13.50, "USB-C to HDMI cables, 2 metre"),
            Ln("BW-SS-870-2T", 1, "EA", 169.00, "Samsung 870 EVO 2TB SSD")]))

    # p08 Canadian dental PDF, new clinic ship-to
    items = [("BW-LT-5440-I5-8", "Dell Latitude 5440 i5 8GB 256GB", 2, 949.00),
             ("BW-MO-P2423D", "Dell P2423D 24\" QHD", 4, 279.00),
             ("BW-KB-K120-US", "Logitech K120 keyboard", 2, 14.00),
             ("BW-RM-D5S-16", "Crucial 16GB DDR5 SODIMM (upgrade)", 2, 62.00)]
    d = Doc(letter, "NFD PO")
    d.t(36, 750, "Northshore Family Dental", 14, True)
    d.t(36, 736, "1500 Lonsdale Avenue, North Vancouver, BC V7M 2J1  ·  604-555-0199", 8)
    d.t(d.w - 36, 750, "PURCHASE ORDER", 12, True, right=True)
    d.block(400, 725, ["PO #: NFD-2240", "Date: 2026-12-05", "Currency: CAD"], 9)
    d.block(36, 690, ["Northshore Family Dental", "1500 Lonsdale Avenue", "North Vancouver, BC V7M 2J1"], 9, "Bill To")
    d.block(300, 690, ["Northshore Family Dental - Lynn Valley", "1277 Lynn Valley Road, Unit 3", "North Vancouver, BC V7J 2A1", "(opening Jan 2027)"], 9, "Ship To")
    rows = [(s, desc, q, money(p, ".", ","), money(p * q, ".", ",")) for s, desc, q, p in items]
    y = d.table(600, [40, 130, 420, 490, 570], ["Item", "Description", "Qty", "Price", "Amount"], rows, rules=True, right_cols=(2, 3, 4))
    d.block(36, y - 40, ["GST/PST extra. Please call 604-555-0199 before delivery."], 8.5)
    pdf = d.bytes()
    write("p08_northshore_pdf_newsite.eml", eml(
        "Rachel Kim <rachel@northshorefamilydental.ca>", "Kevin Marsh <kevin.marsh@brightwire-na.com>", "PO NFD-2240",
        "Sat, 05 Dec 2026 10:00:00 -0800", "Hi Kevin, PO for the Lynn Valley clinic attached. Rachel\n",
        [("NFD-2240.pdf", pdf, "application/pdf")]),
        PO("Northshore Family Dental", "NFD-2240", "2026-12-05", None, "CAD",
           S("Northshore Family Dental - Lynn Valley", "1277 Lynn Valley Road, Unit 3", "North Vancouver", "V7J 2A1", "CA", "BC"),
           [Ln(s, q, "EA", p, desc) for s, desc, q, p in items]))

    # p09 small business, accounting-software style PO
    items = [("RAM-8", "Crucial 8GB DDR4 SODIMM 3200", 4, 19.00, "BW-RM-D4S-8"),
             ("SSD-500", "Crucial P3 500GB NVMe", 4, 36.00, "BW-SS-P3-500"),
             ("HS-01", "Poly Blackwire 3210 mono USB-A", 3, 34.00, "BW-HS-BW3210-A")]
    d = Doc(A4, "PO-0392")
    d.t(36, 790, "PURCHASE ORDER", 20, True)
    d.block(36, 760, ["Brightwire Technology Supplies Ltd", "Attention: Dave Lowry"], 9)
    d.block(250, 770, ["Date", "4 Dec 2026", "", "Delivery Date", "9 Dec 2026", "", "Purchase Order Number", "PO-0392", "", "Reference", "Lettings refresh"], 8.5)
    d.block(420, 770, ["Kestrel Property Management Ltd", "Unit 3, Canal Wharf", "40 Store Street", "Manchester", "M1 2WB", "UNITED KINGDOM"], 8.5)
    d.t(36, 600, "DELIVERY DETAILS", 9, True)
    d.block(36, 586, ["Delivery Address", "Kestrel Property Management Ltd", "Unit 3, Canal Wharf, 40 Store Street", "Manchester M1 2WB", "Attention: Tom Baines", "Telephone: 0161 555 0142"], 8.5)
    rows = [(code, desc, "%.2f" % q, "%.2f" % p, "20%", "%.2f" % (q * p)) for code, desc, q, p, _ in items]
    y = d.table(490, [40, 100, 370, 440, 458, 560], ["Item", "Description", "Quantity", "Unit Price", "VAT", "Amount GBP"],
                rows, rules=False, right_cols=(2, 3, 5))
    sub = sum(q * p for _, _, q, p, _ in items)
    d.t(500, y - 16, "Subtotal", 9, right=True); d.t(560, y - 16, "%.2f" % sub, 9, right=True)
    d.t(500, y - 30, "TOTAL VAT 20%", 9, right=True); d.t(560, y - 30, "%.2f" % (sub * .2), 9, right=True)
    d.t(500, y - 46, "TOTAL GBP", 10, True, right=True); d.t(560, y - 46, "%.2f" % (sub * 1.2), 10, True, right=True)
    d.t(36, 60, "Company Registration No: 08123456. Registered Office: Unit 3, Canal Wharf, 40 Store Street, Manchester, M1 2WB.", 7)
    pdf = d.bytes()
    write("p09_kestrel_xero_style.eml", eml(
        "Kestrel Property Management Ltd <messaging-service@post.accounts-app.example>", "dave@brightwire.co.uk",
        "Purchase Order PO-0392 from Kestrel Property Management Ltd", "Fri, 04 Dec 2026 11:02:00 +0000",
        "Hi Dave,\n\nHere's purchase order PO-0392 for 4 Dec 2026.\n\nThe delivery details and instructions are included in the attached purchase order.\n\nIf you have any questions, please let us know.\n\nThanks,\nKestrel Property Management Ltd\n",
        [("Purchase Order PO-0392.pdf", pdf, "application/pdf")],
        extra={"Reply-To": "Tom Baines <tom@kestrelpm.co.uk>"}),
        PO("Kestrel Property Management Ltd", "PO-0392", "2026-12-04", "2026-12-09", "GBP",
           S("Kestrel Property Management Ltd", "Unit 3, Canal Wharf, 40 Store Street", "Manchester", "M1 2WB", "GB"),
           [Ln(s, q, "EA", p, desc, code) for code, desc, q, p, s in items]))

    # p10 unknown UK academy trust PO, deliver to one academy
    items = [("Lenovo ThinkPad L13 Yoga Gen 4 (Edu)", 16, 789.00, "BW-LT-L13Y-G4"),
             ("HP EliteBook 640 G10 i5 16/256", 4, 819.00, "BW-LT-640G10-I5"),
             ("HP USB-C Dock G5", 4, 169.00, "BW-DK-HP-G5"),
             ("Logitech H390 headset - class pack of 20", 2, 449.00, "BW-HS-LG-H390-20"),
             ("Microsoft Wired Keyboard 600 UK", 4, 13.50, "BW-KB-MS600-UK")]
    d = Doc(A4, "AAT PO")
    d.t(36, 805, "Ashbury Academy Trust", 14, True)
    d.t(36, 792, "Central Services, 5 Priory Court, Ashbury, Derbyshire DE6 1QF", 8)
    d.rect(380, 735, 180, 70)
    d.block(388, 792, ["Official Order", "Order Number: AAT-PO-26-01877", "Date Raised: 03-Dec-2026", "Budget: ICT Capital 26/27", "Requisitioner: L. Chaudhry"], 8.5)
    d.block(36, 720, ["Brightwire Technology Supplies Ltd", "Unit 9, Mosley Street Works, Manchester M2 3HZ"], 9, "Supplier")
    d.block(36, 675, ["Ashbury Academy Trust - Central Finance", "5 Priory Court, Ashbury, DE6 1QF", "invoices@ashburytrust.org.uk"], 9, "Invoice")
    d.block(320, 675, ["Hollins Brook Primary Academy", "Site Office", "Hollins Lane", "Belper", "DE56 1GX"], 9, "Deliver to")
    rows = [(desc, q, gbp(p), gbp(p * q)) for desc, q, p, _ in items]
    y = d.table(585, [40, 390, 470, 555], ["Description", "Quantity", "Unit Price £", "Line Total £"], rows, rules=True, right_cols=(1, 2, 3))
    d.block(36, y - 30, ["Required on or before 08-Jan-2027 (INSET day). The academy is closed 21-Dec-2026 to 04-Jan-2027.",
                         "This order is subject to the Trust's standard terms and conditions."], 8.5)
    pdf = d.bytes()
    write("p10_ashbury_unknown_trust.eml", eml(
        "Finance - Ashbury Academy Trust <purchasing@ashburytrust.org.uk>", SELLER_UK, "Official Order AAT-PO-26-01877",
        "Thu, 03 Dec 2026 14:30:00 +0000",
        "Dear Supplier,\n\nPlease find attached official order AAT-PO-26-01877. Invoices must quote this number or they will be returned unpaid.\n\nAshbury Academy Trust Finance Team\n",
        [("AAT-PO-26-01877.pdf", pdf, "application/pdf")]),
        PO("Ashbury Academy Trust", "AAT-PO-26-01877", "2026-12-03", "2027-01-08", "GBP",
           S("Hollins Brook Primary Academy", "Hollins Lane", "Belper", "DE56 1GX", "GB"),
           [Ln(s, q, "PK" if s.endswith("-20") else "EA", p, desc) for desc, q, p, s in items]))
