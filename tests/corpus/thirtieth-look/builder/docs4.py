from common import *

# ---------- PDF purchase orders ----------
D("p01_northvale_council_pdf", "Procurement <procurement@northvale.gov.uk>", "Purchase Order 4700023561", "Mon, 09 Mar 2026 14:02:00 +0000",
"""Please find attached Purchase Order 4700023561.

This is an automatically generated message from the Northvale District Council purchasing system. Please do not reply to this address; queries to procurement@northvale.gov.uk quoting the PO number.
""", lab("Northvale District Council", "4700023561", "2026-03-09", "2026-03-27", "GBP",
    ST("Northvale Cemetery & Crematorium", "Harrogate Road", "Northvale", "North Yorkshire", "HG5 9LT", "GB"), [
    L("GL-MPC-PF-BULK", 4, "EA", 118.00, desc="Multipurpose compost peat-free bulk bag 1m3"),
    L("GL-BARK-ORN-BULK", 10, "EA", 72.00, desc="Ornamental bark mulch bulk bag 1m3"),
    L("GL-WM100-1X100", 6, "RL", 48.00, desc="Woven weed membrane 100gsm 1m x 100m"),
    L("GL-PEG-MET-500", 3, "PK", 39.00, desc="Membrane pegs metal U-pin 150mm x500")]),
  attach=[("pdf", "PO_4700023561.pdf", dict(style="letterhead", serif=True, org="Northvale District Council",
    org_lines=["Civic Centre, Market Place, Northvale, HG5 0AA", "Procurement Services - procurement@northvale.gov.uk", "VAT Reg GB 123 4567 89"],
    title="PURCHASE ORDER", meta=[("PO Number", "4700023561"), ("PO Date", "09 March 2026"), ("Supplier No.", "300418"), ("Delivery Date", "27/03/2026"), ("Buyer", "K. Whitley")],
    blocks=[("Supplier", ["Greenline Horticultural Supply", "orders@greenline-hort.com"]),
            ("Deliver To", ["Northvale Cemetery & Crematorium", "Harrogate Road", "Northvale", "North Yorkshire", "HG5 9LT"]),
            ("Invoice To", ["Accounts Payable, Northvale District Council", "PO Box 88, Northvale HG5 0AA"])],
    columns=["Line", "Description", "Qty", "UoM", "Unit Price", "Net"], widths=[12, 88, 15, 15, 25, 25],
    aligns=["C", "L", "R", "C", "R", "R"],
    rows=[["1", "Multipurpose compost peat-free bulk bag 1m3", "4", "EA", "118.00", "472.00"],
          ["2", "Ornamental bark mulch bulk bag 1m3", "10", "EA", "72.00", "720.00"],
          ["3", "Woven weed membrane 100gsm 1m x 100m", "6", "RL", "48.00", "288.00"],
          ["4", "Membrane pegs metal U-pin 150mm x500", "3", "PK", "39.00", "117.00"]],
    totals=["Net Total GBP 1,597.00", "VAT 20% 319.40", "Gross Total GBP 1,916.40"],
    notes=["Terms: payment 30 days from receipt of valid invoice. Deliveries Mon-Fri 08:00-15:00 only.", "All invoices must quote the PO number or they will be returned unpaid."]))],
  note="council letterhead PDF PO, delivery site differs from council address, GBP prices")

D("p02_kempten_de_pdf", "Stadt Kempten Grünflächenamt <gruenflaechen@kempten.example.de>", "Bestellung 2026/GFA/0087", "Tue, 10 Mar 2026 10:30:00 +0100",
"""Sehr geehrte Damen und Herren,

anbei unsere Bestellung 2026/GFA/0087 als PDF. Bitte bestätigen Sie den Liefertermin.

Mit freundlichen Grüßen
Sabine Huber
Stadt Kempten (Allgäu) - Amt für Grünflächen
""", lab("Stadt Kempten (Allgäu)", "2026/GFA/0087", "2026-03-10", "2026-04-02", "EUR",
    ST("Städtischer Bauhof Kempten", "Ursulasried 10", "Kempten (Allgäu)", None, "87437", "DE"), [
    L("GL-GS-AMEN-20", 15, "BG", 104.00, desc="Rasensaatgut Gebrauchsrasen 20 kg"),
    L("GL-LAWN-SPR-25", 20, "BG", 43.00, desc="Rasendünger Frühjahr/Sommer 20-5-8, 25 kg"),
    L("GL-MULCH-GW-BULK", 8, "BG", 52.00, desc="Grüngutkompost-Mulch Big Bag 1 m³"),
    L("GL-SHOVEL-RM", 10, "EA", 21.50, desc="Rundschaufel, Langstiel"),
    L("GL-RAKE-LEAF", 15, "EA", 9.00, desc="Laubrechen Kunststoff breit")]),
  attach=[("pdf", "Bestellung_2026-GFA-0087.pdf", dict(style="boxed", org="Stadt Kempten (Allgäu)",
    org_lines=["Amt für Grünflächen · Rathausplatz 22 · 87435 Kempten (Allgäu)", "Tel. 0831 2525-0 · gruenflaechen@kempten.example.de"],
    title="BESTELLUNG", meta=[("Bestell-Nr.", "2026/GFA/0087"), ("Datum", "10.03.2026"), ("Lieferdatum", "02.04.2026"), ("Kostenstelle", "5510-200")],
    blocks=[("Lieferant", ["Greenline Horticultural Supply", "Vereinigtes Königreich"]),
            ("Lieferanschrift", ["Städtischer Bauhof Kempten", "Ursulasried 10", "87437 Kempten (Allgäu)"])],
    columns=["Pos.", "Menge", "Einh.", "Bezeichnung", "EP (EUR)", "GP (EUR)"], widths=[12, 15, 14, 94, 22, 23],
    aligns=["C", "R", "C", "L", "R", "R"],
    rows=[["1", "15", "Sack", "Rasensaatgut Gebrauchsrasen 20 kg", "104,00", "1.560,00"],
          ["2", "20", "Sack", "Rasendünger Frühjahr/Sommer 20-5-8, 25 kg", "43,00", "860,00"],
          ["3", "8", "BB", "Grüngutkompost-Mulch Big Bag 1 m³", "52,00", "416,00"],
          ["4", "10", "Stk", "Rundschaufel, Langstiel", "21,50", "215,00"],
          ["5", "15", "Stk", "Laubrechen Kunststoff breit", "9,00", "135,00"]],
    totals=["Summe netto: 3.186,00 EUR"],
    notes=["Anlieferung Mo-Do 7:00-14:00 Uhr. Lieferschein mit Bestell-Nr. erforderlich.", "Rechnung bitte als XRechnung an rechnung@kempten.example.de."]))],
  note="German municipality (not in customers.csv) boxed PDF, EUR, delivery to Bauhof")

D("p03_marshlane_pdf_parts", "Helen Marsh <helen@marshlane-nurseries.co.uk>", "PO ML/26/0224", "Mon, 16 Mar 2026 15:15:00 +0000",
"""Hi, PO attached. Helen
""", lab("Marsh Lane Nurseries Ltd", "ML/26/0224", "2026-03-16", "2026-03-24", None,
    ST("Marsh Lane Nurseries Ltd", "Marsh Lane", "Wisbech", "Cambridgeshire", "PE14 8RJ", "GB"), [
    L("GL-RP105-BLK", 15, "BX", part="MLN-P105B", desc="Pot 10.5cm round black (800)"),
    L("GL-RP13-BLK", 10, "BX", part="MLN-P13B", desc="Pot 13cm round black (500)"),
    L("GL-SQ09-BLK", 8, "BX", part="MLN-P9SQ", desc="Pot 9cm square black (1000)"),
    L("GL-CT2L-BLK", 6, "BX", part="MLN-C2L", desc="Container 2L black (200)"),
    L("GL-LAB10-WH", 20, "PK", part="MLN-LAB10W", desc="Label 10cm white (1000)"),
    L("GL-LAB10-YE", 5, "PK", part="MLN-LAB10Y", desc="Label 10cm yellow (1000)")]),
  attach=[("pdf", "ML-26-0224.pdf", dict(style="plain", org="Marsh Lane Nurseries Ltd",
    org_lines=["Marsh Lane, Wisbech, Cambridgeshire PE14 8RJ", "Tel 01945 000111 | accounts@marshlane-nurseries.co.uk"],
    title="Purchase Order ML/26/0224", meta=[("Date:", "16/03/26"), ("Required:", "24/03/26"), ("Our contact:", "Helen Marsh")],
    blocks=[("To:", ["Greenline Horticultural Supply"]), ("Deliver to:", ["Marsh Lane Nurseries Ltd", "Marsh Lane", "Wisbech", "Cambridgeshire PE14 8RJ"])],
    columns=["Our Ref", "Description", "Qty", "Unit"], widths=[35, 105, 20, 20],
    rows=[["MLN-P105B", "Pot 10.5cm round black (800)", "15", "box"],
          ["MLN-P13B", "Pot 13cm round black (500)", "10", "box"],
          ["MLN-P9SQ", "Pot 9cm square black (1000)", "8", "box"],
          ["MLN-C2L", "Container 2L black (200)", "6", "box"],
          ["MLN-LAB10W", "Label 10cm white (1000)", "20", "pack"],
          ["MLN-LAB10Y", "Label 10cm yellow (1000)", "5", "pack"]],
    notes=["Prices as agreed. Please advise if any item is out of stock before dispatch."]))],
  note="nursery PDF with buyer part numbers, no prices, 2-digit-year dates")

D("p04_mapleridge_pdf", "Lisa Chen <lisa.chen@mapleridgels.ca>", "PO MRLS-5611", "Wed, 11 Mar 2026 09:40:00 -0700",
"""Hi Greenline,

Attached is PO MRLS-5611. Please confirm ship date.

Lisa
""", lab("Maple Ridge Landscape Supply", "MRLS-5611", "2026-03-11", "2026-04-06", "CAD",
    ST("Maple Ridge Landscape Supply - Langley Yard", "20450 Logan Ave", "Langley", "BC", "V3A 4L7", "CA"), [
    L("GL-WM100-2X100", 10, "RL", 168.00, desc="Woven landscape fabric 100gsm 2m x 100m"),
    L("GL-WM100-1X100", 10, "RL", 88.00, desc="Woven landscape fabric 100gsm 1m x 100m"),
    L("GL-PEG-MET-500", 12, "PK", 71.50, desc="Landscape staples metal 6in, 500/pk"),
    L("GL-BARROW-85", 4, "EA", 89.00, desc="Wheelbarrow galvanized 85L"),
    L("GL-SPADE-BOR", 12, "EA", 44.00, desc="Border spade stainless")]),
  attach=[("pdf", "MRLS-5611.pdf", dict(style="boxed", org="Maple Ridge Landscape Supply",
    org_lines=["22150 Lougheed Hwy, Maple Ridge, BC V2X 2S1", "604-555-0142 | purchasing@mapleridgels.ca"],
    title="PURCHASE ORDER", meta=[("PO #", "MRLS-5611"), ("Date", "2026-03-11"), ("Ship Date", "2026-04-06"), ("Terms", "Net 30"), ("Currency", "CAD")],
    blocks=[("Vendor", ["Greenline Horticultural Supply", "orders@greenline-hort.com"]),
            ("Ship To", ["Maple Ridge Landscape Supply - Langley Yard", "20450 Logan Ave", "Langley, BC V3A 4L7"])],
    columns=["Vendor Item #", "Description", "Qty", "UOM", "Unit Cost", "Ext."], widths=[34, 78, 14, 14, 24, 26],
    aligns=["L", "L", "R", "C", "R", "R"],
    rows=[["GL-WM100-2X100", "Woven landscape fabric 100gsm 2m x 100m", "10", "RL", "168.00", "1,680.00"],
          ["GL-WM100-1X100", "Woven landscape fabric 100gsm 1m x 100m", "10", "RL", "88.00", "880.00"],
          ["GL-PEG-MET500", "Landscape staples metal 6in, 500/pk", "12", "PK", "71.50", "858.00"],
          ["GL-BARROW-85", "Wheelbarrow galvanized 85L", "4", "EA", "89.00", "356.00"],
          ["GL-SPADE-BOR", "Border spade stainless", "12", "EA", "44.00", "528.00"]],
    totals=["Subtotal CAD 4,302.00", "GST 5% 215.10", "Total CAD 4,517.10"],
    notes=["Please reference PO # on packing slip and invoice."]))],
  note="Canadian boxed PDF with vendor item #s (one missing dash), CAD prices, ship to second yard")

D("p05_valdeloire_pdf", "Sophie Martin <achats@jardinerie-valdeloire.fr>", "Bon de commande JVL-26-142", "Tue, 17 Mar 2026 11:20:00 +0100",
"""Bonjour,

Ci-joint notre bon de commande JVL-26-142.

Cordialement,
Sophie Martin
""", lab("Jardinerie du Val de Loire", "JVL-26-142", "2026-03-17", "2026-03-31", "EUR",
    ST("Jardinerie du Val de Loire - Entrepôt", "ZA de la Boitardière, 5 rue des Artisans", "Amboise", None, "37400", "FR"), [
    L("GL-SD-LET-LG-1K", 30, "PK", 3.70, desc="Semences laitue 'Little Gem' sachet 1000"),
    L("GL-SD-LET-LR-1K", 30, "PK", 3.90, desc="Semences laitue 'Lollo Rosso' sachet 1000"),
    L("GL-SD-SWP-SPM-100", 24, "PK", 5.30, desc="Pois de senteur 'Spencer' mélange, 100 graines"),
    L("GL-SD-SUN-RG-100", 24, "PK", 3.80, desc="Tournesol 'Russian Giant', 100 graines"),
    L("GL-WF-MEAD-1", 12, "EA", 62.00, desc="Mélange prairie fleurie 1 kg")]),
  attach=[("pdf", "BDC_JVL-26-142.pdf", dict(style="letterhead", org="Jardinerie du Val de Loire",
    org_lines=["SARL au capital de 50 000 € - 12 route de Tours, 37400 Amboise", "SIRET 123 456 789 00012 - TVA FR12 123456789"],
    title="BON DE COMMANDE", meta=[("N° commande", "JVL-26-142"), ("Date", "17/03/2026"), ("Livraison", "31/03/2026"), ("Acheteur", "S. Martin")],
    blocks=[("Fournisseur", ["Greenline Horticultural Supply", "Royaume-Uni"]),
            ("Adresse de livraison", ["Jardinerie du Val de Loire - Entrepôt", "ZA de la Boitardière, 5 rue des Artisans", "37400 Amboise"])],
    columns=["Réf. fourn.", "Désignation", "Qté", "U", "PU HT €", "Total HT €"], widths=[36, 76, 14, 12, 24, 28],
    aligns=["L", "L", "R", "C", "R", "R"],
    rows=[["GL-SD-LET-LG-1K", "Semences laitue 'Little Gem' sachet 1000", "30", "sch", "3,70", "111,00"],
          ["GL-SD-LET-LR-1K", "Semences laitue 'Lollo Rosso' sachet 1000", "30", "sch", "3,90", "117,00"],
          ["GL-SD-SWP-SPM-100", "Pois de senteur 'Spencer' mélange, 100 gr.", "24", "sch", "5,30", "127,20"],
          ["GL-SD-SUN-RG-100", "Tournesol 'Russian Giant', 100 graines", "24", "sch", "3,80", "91,20"],
          ["GL-WF-MEAD-1", "Mélange prairie fleurie 1 kg", "12", "u", "62,00", "744,00"]],
    totals=["Total HT : 1 190,40 €", "TVA 20 % : 238,08 €", "Total TTC : 1 428,48 €"],
    notes=["Livraison à l'entrepôt uniquement, du lundi au vendredi 8h-12h."]))],
  note="French letterhead PDF, supplier refs, EUR prices with comma decimals, delivery to warehouse; street is two parts on one line")

D("p06_norregaard_pdf", "Mette Sørensen <indkoeb@norregaard-have.dk>", "Indkøbsordre 5560", "Wed, 18 Mar 2026 08:55:00 +0100",
"""Hej,

Vedhæftet indkøbsordre 5560. Bekræft venligst leveringsdato.

Mvh Mette
""", lab("Havecenter Nørregaard ApS", "5560", "2026-03-18", "2026-04-01", "DKK",
    ST("Havecenter Nørregaard, Lager", "Industrivej 9", "Odense S", None, "5260", "DK"), [
    L("GL-BARK-ORN-70", 100, "BG", 45.00, desc="Pyntebark 70 L"),
    L("GL-BARK-FINE-70", 40, "BG", 39.00, desc="Barkfiber fin 70 L"),
    L("GL-MPC-PF-50", 120, "BG", 42.00, desc="Spagnumfri plantemuld 50 L"),
    L("GL-ERC-PF-50", 30, "BG", 49.00, desc="Rhododendronjord spagnumfri 50 L")]),
  attach=[("pdf", "Indkoebsordre_5560.pdf", dict(style="boxed", org="Havecenter Nørregaard ApS",
    org_lines=["Nørregade 40 · 5000 Odense C · CVR 12345678", "indkoeb@norregaard-have.dk"],
    title="INDKØBSORDRE", meta=[("Ordrenr.", "5560"), ("Dato", "18-03-2026"), ("Leveringsdato", "01-04-2026"), ("Valuta", "DKK")],
    blocks=[("Leverandør", ["Greenline Horticultural Supply"]),
            ("Leveringsadresse", ["Havecenter Nørregaard, Lager", "Industrivej 9", "5260 Odense S"])],
    columns=["Varenr.", "Beskrivelse", "Antal", "Enhed", "Pris", "Beløb"], widths=[34, 70, 16, 16, 22, 26],
    aligns=["L", "L", "R", "C", "R", "R"],
    rows=[["GL-BARK-ORN-70", "Pyntebark 70 L", "100", "sæk", "45,00", "4.500,00"],
          ["GL-BARK-FINE-70", "Barkfiber fin 70 L", "40", "sæk", "39,00", "1.560,00"],
          ["GL-MPC-PF-50", "Spagnumfri plantemuld 50 L", "120", "sæk", "42,00", "5.040,00"],
          ["GL-ERC-PF-50", "Rhododendronjord spagnumfri 50 L", "30", "sæk", "49,00", "1.470,00"]],
    totals=["I alt ekskl. moms: 12.570,00 DKK"],
    notes=["Levering på palle. Ring 1 time før levering: 66 12 34 56."]))],
  note="Danish boxed PDF, DKK prices, warehouse delivery")

D("p07_kowhai_pdf", "Aroha Parata <orders@kowhainurseries.co.nz>", "PO 7810 attached", "Mon, 23 Mar 2026 09:00:00 +1300",
"""Kia ora, PO 7810 attached. Please note new delivery address for this one (our Pukekohe site).

Aroha
""", lab("Kowhai Nurseries Ltd", "7810", "2026-03-23", "2026-04-10", None,
    ST("Kowhai Nurseries - Pukekohe Site", "48 Paerata Road", "Pukekohe", "Auckland", "2120", "NZ"), [
    L("GL-CT5L-BLK", 10, "BX", desc="5L black container box 100"),
    L("GL-CT75L-BLK", 6, "BX", desc="7.5L black container box 80"),
    L("GL-CT15L-BLK", 4, "BX", desc="15L black container box 40"),
    L("GL-STAKE-150", 200, "EA", desc="Stake 1.5m peeled"),
    L("GL-SOFT-TIE-8M", 50, "EA", desc="Soft tie 4mm x 8m")]),
  attach=[("pdf", "PO7810.pdf", dict(style="plain", org="KOWHAI NURSERIES LTD",
    org_lines=["310 Great South Road, Papakura, Auckland 2110", "GST 12-345-678"],
    title="PURCHASE ORDER  7810", meta=[("Date", "23/03/2026"), ("Deliver by", "10/04/2026")],
    blocks=[("Supplier", ["Greenline Horticultural Supply"]),
            ("Deliver to", ["Kowhai Nurseries - Pukekohe Site", "48 Paerata Road", "Pukekohe, Auckland 2120"])],
    columns=["Qty", "Unit", "Item", "Code"], widths=[18, 18, 100, 44],
    rows=[["10", "bx", "5L black container box 100", "GL-CT5L-BLK"],
          ["6", "bx", "7.5L black container box 80", "GL-CT75L-BLK"],
          ["4", "bx", "15L black container box 40", "GL-CT15L-BLK"],
          ["200", "ea", "Stake 1.5m peeled", "GL-STAKE-150"],
          ["50", "ea", "Soft tie 4mm x 8m", "GL-SOFT-TIE-8M"]],
    notes=["No prices - as per current price list.", "Please call Wiremu 021 555 0199 on arrival."]))],
  note="NZ plain PDF, qty first, no prices, new delivery site")

D("p08_zielony_pdf", "Anna Kowalczyk <zamowienia@zielonyzakatek.pl>", "Zamówienie 22/03/2026 - PDF", "Tue, 17 Mar 2026 13:00:00 +0100",
"""Dzień dobry,

w załączniku zamówienie nr 22/03/2026. Prosimy o potwierdzenie.

Pozdrawiam
Anna Kowalczyk
""", lab("Szkółka Roślin Zielony Zakątek", "22/03/2026", "2026-03-17", "2026-03-31", "PLN",
    ST("Szkółka Zielony Zakątek - Magazyn", "ul. Rawska 4", "Skierniewice", None, "96-100", "PL"), [
    L("GL-CRF-6M-25", 5, "BG", 449.00, desc="Nawóz o spowolnionym działaniu 15-9-12, 5-6 mies., 25 kg"),
    L("GL-NPK202020-10", 6, "BG", 199.00, desc="Nawóz rozpuszczalny NPK 20-20-20, 10 kg"),
    L("GL-SEC-ANV", 20, "EA", 59.00, desc="Sekator kowadełkowy 25 mm"),
    L("GL-SEC-BYP-BLD", 30, "EA", 26.00, desc="Ostrze zapasowe do sekatora nożycowego")]),
  attach=[("pdf", "Zamowienie_22_03_2026.pdf", dict(style="boxed", org="Szkółka Roślin Zielony Zakątek",
    org_lines=["ul. Ogrodowa 17, 96-100 Skierniewice", "NIP 836-000-11-22"],
    title="ZAMÓWIENIE nr 22/03/2026", meta=[("Data zamówienia", "17.03.2026"), ("Termin dostawy", "31.03.2026"), ("Waluta", "PLN")],
    blocks=[("Dostawca", ["Greenline Horticultural Supply"]),
            ("Adres dostawy", ["Szkółka Zielony Zakątek - Magazyn", "ul. Rawska 4", "96-100 Skierniewice"])],
    columns=["Lp.", "Nazwa towaru", "Ilość", "J.m.", "Cena netto", "Wartość"], widths=[10, 96, 14, 14, 22, 24],
    aligns=["C", "L", "R", "C", "R", "R"],
    rows=[["1", "Nawóz o spowolnionym działaniu 15-9-12, 5-6 mies., 25 kg", "5", "worek", "449,00", "2 245,00"],
          ["2", "Nawóz rozpuszczalny NPK 20-20-20, 10 kg", "6", "worek", "199,00", "1 194,00"],
          ["3", "Sekator kowadełkowy 25 mm", "20", "szt.", "59,00", "1 180,00"],
          ["4", "Ostrze zapasowe do sekatora nożycowego", "30", "szt.", "26,00", "780,00"]],
    totals=["Razem netto: 5 399,00 PLN"],
    notes=["Prosimy o dostawę do magazynu (ul. Rawska 4), nie do biura."]))],
  note="Polish boxed PDF, PLN prices, warehouse delivery")

D("p09_wicklow_coco_pdf", "Purchasing Unit <purchasing@wicklowcoco.example.ie>", "Purchase Order WCC-PO-60231", "Thu, 19 Mar 2026 12:12:00 +0000",
"""Dear Supplier,

Please find attached Purchase Order WCC-PO-60231. Kindly acknowledge receipt.

Purchasing Unit
Wicklow County Council
""", lab("Wicklow County Council", "WCC-PO-60231", "2026-03-19", "2026-04-08", "EUR",
    ST("Wicklow County Council - Parks Depot", "Killarney Road", "Bray", "Co. Wicklow", "A98 W6K2", "IE"), [
    L("GL-BARK-PLAY-BULK", 12, "EA", 97.00, part="400-2231", desc="Play bark certified bulk bag 1m3"),
    L("GL-TOP-BULK", 6, "EA", 91.00, part="400-2240", desc="Screened topsoil bulk bag"),
    L("GL-WF-MEAD-1", 8, "EA", 62.00, part="400-3102", desc="Wildflower meadow seed 1kg"),
    L("GL-GLOVE-XL", 60, "PR", 1.85, part="700-0910", desc="Nitrile coated gloves XL (size 10)"),
    L("GL-GLOVE-M", 40, "PR", 1.85, part="700-0908", desc="Nitrile coated gloves M (size 8)")]),
  attach=[("pdf", "WCC-PO-60231.pdf", dict(style="letterhead", org="Comhairle Contae Chill Mhantáin / Wicklow County Council",
    org_lines=["County Buildings, Station Road, Wicklow Town, A67 FW96", "Purchasing Unit"],
    title="PURCHASE ORDER", meta=[("Order No.", "WCC-PO-60231"), ("Order Date", "19/03/2026"), ("Delivery Date", "08/04/2026"), ("Currency", "EUR")],
    blocks=[("Supplier", ["Greenline Horticultural Supply"]),
            ("Delivery Address", ["Wicklow County Council - Parks Depot", "Killarney Road", "Bray", "Co. Wicklow A98 W6K2"])],
    columns=["Item Code", "Description", "Qty", "UOM", "Unit Price", "Line Total"], widths=[24, 86, 14, 14, 20, 22],
    aligns=["L", "L", "R", "C", "R", "R"],
    rows=[["400-2231", "Play bark certified bulk bag 1m3", "12", "EA", "97.00", "1,164.00"],
          ["400-2240", "Screened topsoil bulk bag", "6", "EA", "91.00", "546.00"],
          ["400-3102", "Wildflower meadow seed 1kg", "8", "EA", "62.00", "496.00"],
          ["700-0910", "Nitrile coated gloves XL (size 10)", "60", "PR", "1.85", "111.00"],
          ["700-0908", "Nitrile coated gloves M (size 8)", "40", "PR", "1.85", "74.00"]],
    totals=["Total excl. VAT EUR 2,391.00"],
    notes=["Tax clearance required. Quote PO number on all invoices and delivery dockets."]))],
  note="Irish council letterhead PDF (not in customers.csv), buyer item codes, EUR")

D("p10_bayside_pdf", "Accounts Bayside <accounts@baysidegardenworld.com.au>", "Purchase Order BGW-PO-11977", "Fri, 20 Mar 2026 16:00:00 +1100",
"""Hi,

Please find PO BGW-PO-11977 attached.

Regards,
Bayside Garden World Accounts
""", lab("Bayside Garden World", "BGW-PO-11977", "2026-03-20", "2026-04-14", "AUD",
    ST("Bayside Garden World", "88 Nepean Highway", "Mentone", "VIC", "3194", "AU"), [
    L("GL-SOAK-15", 48, "EA", 21.50, part="BGW-44821", desc="Soaker hose 15m"),
    L("GL-HOSE13-30", 24, "EA", 39.90, part="BGW-44830", desc="Garden hose 13mm x 30m"),
    L("GL-HOSE13-50", 12, "EA", 59.00, part="BGW-44831", desc="Garden hose 13mm x 50m"),
    L("GL-HC13-REP", 60, "EA", 1.95, part="BGW-44850", desc="Hose joiner 13mm"),
    L("GL-EMIT4-100", 20, "PK", 23.00, part="BGW-44870", desc="Drippers 4L/hr pk100")]),
  attach=[("pdf", "BGW-PO-11977.pdf", dict(style="boxed", org="Bayside Garden World Pty Ltd",
    org_lines=["ABN 12 345 678 901", "88 Nepean Highway, Mentone VIC 3194"],
    title="PURCHASE ORDER", meta=[("PO No", "BGW-PO-11977"), ("Date", "20/03/2026"), ("Due", "14/04/2026"), ("Currency", "AUD")],
    blocks=[("Supplier", ["Greenline Horticultural Supply", "orders@greenline-hort.com"]),
            ("Deliver To", ["Bayside Garden World", "88 Nepean Highway", "Mentone VIC 3194"])],
    columns=["Our Code", "Description", "Qty", "Unit", "Price ex GST", "Total"], widths=[26, 82, 14, 14, 24, 24],
    aligns=["L", "L", "R", "C", "R", "R"],
    rows=[["BGW-44821", "Soaker hose 15m", "48", "EA", "21.50", "1,032.00"],
          ["BGW-44830", "Garden hose 13mm x 30m", "24", "EA", "39.90", "957.60"],
          ["BGW-44831", "Garden hose 13mm x 50m", "12", "EA", "59.00", "708.00"],
          ["BGW-44850", "Hose joiner 13mm", "60", "EA", "1.95", "117.00"],
          ["BGW-44870", "Drippers 4L/hr pk100", "20", "PK", "23.00", "460.00"]],
    totals=["Subtotal 3,274.60", "GST 10% 327.46", "Total AUD 3,602.06"],
    notes=["Deliveries to rear loading dock via Balcombe Rd."]))],
  note="Australian boxed PDF with buyer codes, AUD ex-GST prices")
