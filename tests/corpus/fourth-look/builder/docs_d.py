from docs_a import D, PO, S, ST

def NO(kind, customer):
    lab = {"kind": kind}
    if customer is not None:
        lab["customer"] = customer
    lab["lines"] = []
    return lab

D(name="n01_desertbloom_quote_request", fmt="eml", frm="Marisol Quintero <marisol@desertbloompools.com>",
  date="Mon, 16 Nov 2026 11:45:02 -0700", subject="Quote request - spring chemical pre-buy",
  text="""Hi,

Before we place anything, can you quote us on the following for our spring pre-buy? NOT an order yet - just need pricing and lead times.

20 x 3" trichlor 50 lb pails
10 x stabilizer 25 lb
40 x muriatic acid 4/1 gal cases
15 x 60% algaecide gallon

Would you do better pricing on a full pallet of tabs?

Thanks,
Marisol Quintero
Desert Bloom Pool & Spa LLC
""",
  label=NO("not_an_order", "Desert Bloom Pool & Spa LLC"),
  phen="NOT AN ORDER: quote request with quantities ('NOT an order yet')")

D(name="n02_thamesvalley_complaint", fmt="eml", frm="Rupert Oyelaran <r.oyelaran@tvleisure.co.uk>",
  date="Fri, 4 Dec 2026 08:14:39 +0000", subject="Damaged delivery - TVL/PO/30418",
  text="""Hello,

Our delivery against TVL/PO/30418 arrived at Central Stores yesterday. Two of the four 45 kg drums of calcium hypochlorite had split lids and product in the pallet wrap, and the vac hoses were missing altogether (3 ordered).

We have quarantined the drums. Please arrange collection and replacement, and let me know when the hoses will follow. Photos attached to follow in a separate mail.

Regards
Rupert Oyelaran
Thames Valley Leisure Centres Ltd
""",
  label=NO("not_an_order", "Thames Valley Leisure Centres Ltd"),
  phen="NOT AN ORDER: delivery complaint mentioning PO, products and quantities")

D(name="n03_freight_invoice", fmt="eml", frm="Ironbridge Freight Lines Billing <billing@ironbridgefreight.com>",
  date="Tue, 1 Dec 2026 02:10:00 -0500", subject="Invoice INV-558213 from Ironbridge Freight Lines",
  text="""INVOICE

Ironbridge Freight Lines, 900 Terminal Way, Elizabeth NJ 07201

Bill to: Tidewater Flow & Pool Supply Co.
Invoice No: INV-558213        Invoice Date: 11/30/2026       Due: 12/30/2026
Account: TWF-0042

Pro #        Ship Date   Origin         Destination        Wt (lb)   Charges
-----------  ----------  -------------  -----------------  -------  --------
IBF7741203   11/18/2026  Savannah GA    Tampa FL              2,140    412.60
IBF7741388   11/20/2026  Savannah GA    Scottsdale AZ         1,860    688.20
             Fuel surcharge                                             131.64
                                                    TOTAL DUE USD      1,232.44

Please remit to lockbox 4471, or pay online. Questions: billing@ironbridgefreight.com
""",
  label=NO("invoice", None),
  phen="NOT AN ORDER: carrier invoice sent to the order mailbox (kind invoice)")

D(name="n04_supplier_order_confirmation", fmt="eml", frm="Brassworth Valve Co. Order Entry <orderentry@brassworthvalve.com>",
  date="Wed, 18 Nov 2026 13:22:51 -0500", subject="Order Acknowledgement 70021884 - your PO TW-PO-10442",
  text="""ORDER ACKNOWLEDGEMENT

Thank you for your order. We confirm the following:

Customer: Tidewater Flow & Pool Supply Co.
Your PO: TW-PO-10442          Our order: 70021884
Ship date: 12/03/2026         Ship via: LTL prepaid

Line  Item          Description                         Qty   Price     Ext
1     BW-FP-075T    Ball valve FP 3/4 FIP lead free     500    7.15   3,575.00
2     BW-FP-100T    Ball valve FP 1 FIP lead free       300   11.40   3,420.00
3     BW-FP-050S    Ball valve FP 1/2 sweat lead free   400    6.30   2,520.00

Please review and advise of any discrepancies within 24 hours.
Brassworth Valve Co.
""",
  label=NO("not_an_order", None),
  phen="NOT AN ORDER: a supplier's acknowledgement of the seller's own purchase order (looks like a PO with lines)")

D(name="n05_webshop_notification", fmt="eml", frm="Tidewater Web Shop <no-reply@shop.tidewaterflow.com>",
  date="Sat, 28 Nov 2026 03:00:05 -0500", subject="[Web Shop] Weekly summary: 3 abandoned carts, 2 new account requests",
  text="""Tidewater Web Shop - weekly store summary (Nov 21 - Nov 27, 2026)

Abandoned carts: 3
  - guest checkout, 2 items (Trichlor 3" 25 lb pail x 2), value $218.00
  - ridgelinehvac.com, 1 item (Pleated air filter MERV 11 16x25x1 x 1), value $66.96
  - guest checkout, 4 items, value $131.40

New trade account requests awaiting approval: 2
  - Sunridge Pool Co (Orlando FL)
  - Bramley Heating Ltd (Leeds)

Log in to the admin console to review. This is an automated message - do not reply.
""",
  label=NO("not_an_order", None),
  phen="NOT AN ORDER: automated web-shop notification mentioning products, quantities and a customer domain")

D(name="n06_bluewater_thanks_received", fmt="eml", frm="Hannah Pryce <hannah.pryce@bluewaterpools.co.uk>",
  date="Thu, 3 Dec 2026 14:02:48 +0000", subject="RE: Order confirmation SO-118204 (your ref BWP-L-3391)",
  text="""Thanks, received - all looks correct.

Hannah

-----Original Message-----
From: Tidewater Order Desk <orders@tidewaterflow.com>
Sent: 03 December 2026 11:40
To: Hannah Pryce <hannah.pryce@bluewaterpools.co.uk>
Subject: Order confirmation SO-118204 (your ref BWP-L-3391)

Dear Hannah,

We confirm your order BWP-L-3391 as sales order SO-118204:

2 CS  LCL-4X1G    Liquid chlorine 12.5%, 4 x 1 gal case
12 EA CLR-QT      Water clarifier, 1 qt bottle
6 EA  SKB-STD     Skimmer basket standard round
1 EA  CYA-25LB    Stabilizer conditioner 25 lb pail

Delivery to Leeds depot, expected 9 December.

Tidewater Order Desk
""",
  label=NO("not_an_order", "Bluewater Pools Ltd"),
  phen="NOT AN ORDER: 'thanks, received' reply quoting our own confirmation with lines")

D(name="n07_ridgeline_status_question", fmt="eml", frm="Kayla Brandt <kbrandt@ridgelinehvac.com>",
  date="Fri, 4 Dec 2026 10:26:31 -0700", subject="has PO 31877 shipped?",
  text="""Hi,

Has PO 31877 shipped yet? We were told the 6 cs of the 16x25x1 MERV 11 would be here by the 9th and the job starts Monday. Tracking number would be great.

Thanks
Kayla
Ridgeline Heating & Air
""",
  label=NO("not_an_order", "Ridgeline Heating & Air Inc"),
  phen="NOT AN ORDER: status question about an existing PO (mentions qty and product)")

# ---------------------------------------------------------------- bare files
D(name="b01_lakeside_po", fmt="pdf",
  pdf=dict(title="PURCHASE ORDER", company=["Lakeside Facility Services Inc", "901 N Water St", "Milwaukee, WI 53202", "(414) 555-0128"],
    meta=[("P.O. No.", "LFS-20461"), ("Order Date", "2026-11-27"), ("Required Date", "2026-12-09"), ("Currency", "USD"), ("Payment", "Net 30")],
    blocks=[("Supplier", ["Tidewater Flow & Pool Supply Co.", "orders@tidewaterflow.com"]),
            ("Ship To", ["Lakeside Facility Services", "901 N Water St", "Milwaukee, WI 53202"]),
            ("Invoice To", ["Lakeside Facility Services Inc", "PO Box 2290", "Milwaukee, WI 53201"])],
    cols=["Line", "Item", "Description", "Qty", "Unit", "Unit Price", "Amount"],
    rows=[["1", "AF-M8-16251", "Pleated filter MERV 8 16x25x1 (cs/12)", "6", "CS", "41.04", "246.24"],
          ["2", "AF-M13-16251", "Pleated filter MERV 13 16x25x1 (cs/12)", "4", "CS", "90.72", "362.88"],
          ["3", "SSL-T-12", "Toilet supply line 12 in braided", "12", "EA", "5.60", "67.20"],
          ["4", "CDP-115", "Condensate pump 115V", "2", "EA", "68.00", "136.00"]],
    totals=[("Total", "812.32")], notes="Portal-delivered PO. Questions: purchasing@lakesidefs.com"),
  label=PO("C1021", "LFS-20461", "2026-11-27", "2026-12-09", "USD",
           ST("Lakeside Facility Services", "901 N Water St", "Milwaukee", "WI", "53202", "US"), [
    ("AF-M8-16251", None, "Pleated filter MERV 8 16x25x1 (cs/12)", 6, "CS", 41.04),
    ("AF-M13-16251", None, "Pleated filter MERV 13 16x25x1 (cs/12)", 4, "CS", 90.72),
    ("SSL-T-12", None, "Toilet supply line 12 in braided", 12, "EA", 5.60),
    ("CDP-115", None, "Condensate pump 115V", 2, "EA", 68.00)]),
  phen="bare PDF (portal); look-alike of Lakeshore Facilities Group; exact SKUs; ISO dates; ship-to vs invoice-to")

D(name="b02_lakeshore_850", fmt="x12",
  x12=dict(sender="LAKESHOREFG", receiver="TIDEWATERFLOW", po="0088502", date="20261201", req="20261210",
           st=("LAKESHORE FACILITIES GROUP - DC 2", "2250 W 43RD ST", "CHICAGO", "IL", "60609", "US"),
           lines=[("1", 10, "CA", "62.00", "AF-M11-16201", "LF-88-1120", "FILTER PLTD 16X20X1 MERV11 12CS"),
                  ("2", 6, "CA", "44.84", "AF-M8-20251", "LF-88-1014", "FILTER PLTD 20X25X1 MERV8 12CS"),
                  ("3", 12, "RL", "9.80", "FTP-48-50", "LF-31-0412", "TAPE FOIL 1.9IN X 55YD"),
                  ("4", 24, "EA", "5.90", "SSL-F-16", "LF-22-0316", "SUPPLY LINE FAUCET 16IN BRAIDED")]),
  label=PO("C1020", "0088502", "2026-12-01", "2026-12-10", "USD",
           ST("Lakeshore Facilities Group - DC 2", "2250 W 43rd St", "Chicago", "IL", "60609", "US"), [
    ("AF-M11-16201", "LF-88-1120", "FILTER PLTD 16X20X1 MERV11 12CS", 10, "CS", 62.00),
    ("AF-M8-20251", "LF-88-1014", "FILTER PLTD 20X25X1 MERV8 12CS", 6, "CS", 44.84),
    ("FTP-48-50", "LF-31-0412", "TAPE FOIL 1.9IN X 55YD", 12, "RL", 9.80),
    ("SSL-F-16", "LF-22-0316", "SUPPLY LINE FAUCET 16IN BRAIDED", 24, "EA", 5.90)]),
  phen="bare X12 850; PO1 with VN (our SKU) + BP (buyer part); CA = case -> CS; DTM*002")

D(name="b03_keller_orders", fmt="edifact",
  edi=dict(sender="4069912000014", receiver="0846215000000", po="4500-KH-1288", date="20261202", req="20261214",
           lines=[("1", "BV-FP-T050", 24, "11.20", "Kugelhahn MS 1/2 IG voller Durchgang"),
                  ("2", "CPE90-075", 50, "5.30", "Pressbogen 90 Cu 3/4"),
                  ("3", "CPE45-075", 30, "5.05", "Pressbogen 45 Cu 3/4"),
                  ("4", "FLX-4OZ", 12, "6.80", "Flussmittel Paste 4oz")]),
  label=PO("C1003", "4500-KH-1288", "2026-12-02", "2026-12-14", "EUR",
           ST("Keller Haustechnik GmbH Lager", "Heilbronner Strasse 214", "Stuttgart", None, "70191", "DE"), [
    ("BV-FP-T050", None, "Kugelhahn MS 1/2 IG voller Durchgang", 24, "EA", 11.20),
    ("CPE90-075", None, "Pressbogen 90 Cu 3/4", 50, "EA", 5.30),
    ("CPE45-075", None, "Pressbogen 45 Cu 3/4", 30, "EA", 5.05),
    ("FLX-4OZ", None, "Flussmittel Paste 4oz", 12, "EA", 6.80)]),
  phen="bare EDIFACT ORDERS D96A; GLN buyer id; LIN with GTIN + PIA SA (our SKU); PCE -> EA; CUX EUR")

D(name="b04_vandijk_ubl", fmt="ubl",
  ubl=dict(id="VDI-PO-77188", date="2026-12-01", latest="2026-12-11", cur="EUR",
           lines=[("1", "BV-FP-X075", "VD-KK-PEX22", "Kogelkraan PEX 3/4 pers", 10, "EA", "16.90"),
                  ("2", "AS-QT-PEX", "VD-HV-PEX15", "Hoekstopkraan PEX 1/2 x 3/8", 40, "EA", "8.90"),
                  ("3", "PCR-075-B100", "VD-PR-22", "Persringen koper 3/4 zak 100", 4, "BG", "26.20"),
                  ("4", "CSC-075", "VD-MF-22", "Sok koper 3/4 soldeer", 100, "EA", "0.98")]),
  label=PO("C1011", "VDI-PO-77188", "2026-12-01", "2026-12-11", "EUR",
           ST("Van Dijk Installatietechniek", "Atoomweg 96", "Utrecht", None, "3542 AB", "NL"), [
    ("BV-FP-X075", "VD-KK-PEX22", "Kogelkraan PEX 3/4 pers", 10, "EA", 16.90),
    ("AS-QT-PEX", "VD-HV-PEX15", "Hoekstopkraan PEX 1/2 x 3/8", 40, "EA", 8.90),
    ("PCR-075-B100", "VD-PR-22", "Persringen koper 3/4 zak 100", 4, "BG", 26.20),
    ("CSC-075", "VD-MF-22", "Sok koper 3/4 soldeer", 100, "EA", 0.98)]),
  phen="bare UBL 2.1 Order; Sellers- and BuyersItemIdentification; LatestDeliveryDate; single coupling EA vs box-of-25 look-alike")

D(name="b05_acquaserena_portal_xlsx", fmt="xlsx",
  xlsx=dict(header=[["Purchase order export - Acqua Serena Piscine S.r.l."], ["Order No", "ASP-2026-0419"], ["Order date", "2026-11-30"],
                    ["Delivery date", "2026-12-16"], ["Currency", "EUR"], ["Ship to", "Acqua Serena Piscine - Magazzino, Via dell'Industria 47, 37135 Verona VR, IT"], []],
            cols=["Line", "Supplier item", "Description", "Quantity", "UoM", "Unit price", "Line amount"],
            rows=[[1, "TRI3-10KG", "Cloro pastiglie 200 g fusto 10 kg", 12, "DR", 88.00],
                  [2, "CHS-BULK", "Ipoclorito di calcio granulare sfuso", 250, "KGM", 4.40],
                  [3, "PHD-10LB", "pH minus sacco 10 lb", 20, "BG", 17.90],
                  [4, "CF-100", "Cartuccia filtro 100 sq ft", 6, "EA", 49.50]], lineno=True),
  label=PO("C1008", "ASP-2026-0419", "2026-11-30", "2026-12-16", "EUR", S("C1008"), [
    ("TRI3-10KG", None, "Cloro pastiglie 200 g fusto 10 kg", 12, "DR", 88.00),
    ("CHS-BULK", None, "Ipoclorito di calcio granulare sfuso", 250, "KGM", 4.40),
    ("PHD-10LB", None, "pH minus sacco 10 lb", 20, "BG", 17.90),
    ("CF-100", None, "Cartuccia filtro 100 sq ft", 6, "EA", 49.50)]),
  phen="bare XLSX portal export; header block; exact SKUs; KGM bulk line")
