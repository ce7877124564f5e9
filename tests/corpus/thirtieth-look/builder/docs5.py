from common import *

STANDALONE = []  # (filename, kind, content, label, note)

# ---------- spreadsheets ----------
D("x01_hillside_xlsx", "Dave Pryor <dave@hillsidegc.co.uk>", "Order form HGC-4533", "Thu, 12 Mar 2026 10:05:00 +0000",
"""Hi, order form attached - only the lines with a qty please, the rest are our standard list.

Dave
""", lab("Hillside Garden Centre", "HGC-4533", "2026-03-12", "2026-03-19", None,
    ST("Hillside Garden Centre", "Old Bath Road", "Newbury", "Berkshire", "RG14 7PQ", "GB"), [
    L("GL-RP13-TER", 4, "BX", part="HS-0213", desc="Pot 13cm terracotta"),
    L("GL-RP15-BLK", 3, "BX", part="HS-0215", desc="Pot 15cm black"),
    L("GL-CANE-180-100", 8, "BD", part="HS-0402", desc="Canes 6ft (bundle 100)"),
    L("GL-CANE-120-100", 12, "BD", part="HS-0404", desc="Canes 4ft (bundle 100)"),
    L("GL-SOFT-TIE-8M", 48, "EA", part="HS-0420", desc="Soft tie 8m"),
    L("GL-TRUG-26", 30, "EA", part="HS-0611", desc="Trug 26L")]),
  attach=[("xlsx", "Hillside_order_HGC-4533.xlsx", dict(
    top=[["Hillside Garden Centre - Order Form"], ["Old Bath Road, Newbury, Berkshire RG14 7PQ"], [],
         ["PO No:", "HGC-4533"], ["Order date:", "12/03/2026"], ["Delivery req:", "19/03/2026"], ["Supplier:", "Greenline Horticultural Supply"], []],
    header=["Our Code", "Description", "Supplier Code", "Pack", "Qty"],
    rows=[["HS-0209", "Pot 9cm black", "GL-RP09-BLK", "1000", None],
          ["HS-0210", "Pot 10.5cm black", "GL-RP105-BLK", "800", 0],
          ["HS-0213", "Pot 13cm terracotta", "GL-RP13-TER", "500", 4],
          ["HS-0215", "Pot 15cm black", "GL-RP15-BLK", "400", 3],
          ["HS-0217", "Pot 17cm black", "GL-RP17-BLK", "250", None],
          ["HS-0401", "Canes 5ft (bundle 100)", "GL-CANE-150-100", "100", None],
          ["HS-0402", "Canes 6ft (bundle 100)", "GL-CANE-180-100", "100", 8],
          ["HS-0404", "Canes 4ft (bundle 100)", "GL-CANE-120-100", "100", 12],
          ["HS-0420", "Soft tie 8m", "GL-SOFT-TIE-8M", "1", 48],
          ["HS-0421", "Twist tie 100m", "GL-TWIST-100M", "1", 0],
          ["HS-0611", "Trug 26L", "GL-TRUG-26", "1", 30],
          ["HS-0612", "Trug 42L", "GL-TRUG-42", "1", None]]))],
  note="garden centre XLSX order form with many zero/blank qty rows; ship_to = form address")

CSV2 = """Artikelcode;Omschrijving;Aantal;Eenheid;Prijs
GL-CTR40;Tray 40-cels (100 st);25;pak;37,20
GL-CTR60;Tray 60-cels (100 st);25;pak;37,80
GL-CTR84;Tray 84-cels (100 st);10;pak;38,90
GL-PLID-HALF;Deksel kweekbak half;200;st;2,00
GL-ST-HALF-N;Zaaibak half zonder gaten (50 st);10;pak;20,00
"""
D("x02_devlinder_csv", "Pieter de Graaf <inkoop@devlinder.nl>", "Bestelling 2026-0531 (csv)", "Mon, 16 Mar 2026 07:45:00 +0100",
"""Goedemorgen,

In de bijlage bestelling 2026-0531 als csv-bestand uit ons systeem. Levering graag op 23-03-2026 in Boskoop (Zuidweg 14, 2771 DK).

Groet,
Pieter
""", lab("Kwekerij De Vlinder B.V.", "2026-0531", None, "2026-03-23", None,
    ST(None, "Zuidweg 14", "Boskoop", None, "2771 DK", "NL"), [
    L("GL-CTR40", 25, "PK", 37.20, desc="Tray 40-cels (100 st)"),
    L("GL-CTR60", 25, "PK", 37.80, desc="Tray 60-cels (100 st)"),
    L("GL-CTR84", 10, "PK", 38.90, desc="Tray 84-cels (100 st)"),
    L("GL-PLID-HALF", 200, "EA", 2.00, desc="Deksel kweekbak half"),
    L("GL-ST-HALF-N", 10, "PK", 20.00, desc="Zaaibak half zonder gaten (50 st)")]),
  attach=[("csv", "bestelling_2026-0531.csv", CSV2)],
  note="Dutch email with semicolon CSV attachment, decimal commas, prices without currency (currency null)")

STANDALONE.append(("x03_cedarhollow_order.xlsx", "xlsx", dict(
    top=[["CEDAR HOLLOW NURSERY"], ["4410 Old Mill Road, Lancaster, PA 17601"], [],
         ["Vendor:", "Greenline Horticultural Supply"], ["PO #:", "23390"], ["PO Date:", "03/20/2026"], ["Requested Ship:", "04/03/2026"],
         ["Ship To:", "Cedar Hollow Nursery - Farm 2, 1890 Strasburg Pike, Lancaster, PA 17602"], []],
    header=["Item", "Description", "Qty", "UOM", "Unit Cost (USD)", "Extended"],
    rows=[["GL-GTR-FULL", "Gravel tray full size (20/pk)", 15, "PK", 27.00, 405.00],
          ["GL-ST-FULL-H", "Seed tray w/ holes (50/pk)", 20, "PK", 35.50, 710.00],
          ["GL-CTR40", "40 cell plug tray (100/pk)", 12, "PK", 43.00, 516.00],
          ["GL-SCC-ST-50", "Seed & cutting mix 50L (standard)", 60, "BAG", 6.60, 396.00],
          ["GL-VERM-100", "Vermiculite 100L", 8, "BAG", 23.90, 191.20],
          [None, None, None, None, "TOTAL", 2218.20]]),
    lab("Cedar Hollow Nursery", "23390", "2026-03-20", "2026-04-03", "USD",
        ST("Cedar Hollow Nursery - Farm 2", "1890 Strasburg Pike", "Lancaster", "PA", "17602", "US"), [
        L("GL-GTR-FULL", 15, "PK", 27.00, desc="Gravel tray full size (20/pk)"),
        L("GL-ST-FULL-H", 20, "PK", 35.50, desc="Seed tray w/ holes (50/pk)"),
        L("GL-CTR40", 12, "PK", 43.00, desc="40 cell plug tray (100/pk)"),
        L("GL-SCC-ST-50", 60, "BG", 6.60, desc="Seed & cutting mix 50L (standard)"),
        L("GL-VERM-100", 8, "BG", 23.90, desc="Vermiculite 100L")]),
    "standalone XLSX PO from US nursery, header cells above table, total row; ship-to in one cell"))

CSV4 = """Pedido;PV-0117
Fecha;18/03/2026
Cliente;Viveros La Alameda S.L.
Entrega;Camino de la Alameda 5, 46020 Valencia
Fecha entrega;30/03/2026

Referencia;Descripción;Cantidad;Unidad
GL-BARK-FINE-70;Corteza compostada fina 70 L;50;saco
GL-GRIT-25KG;Grava hortícola 2-6 mm 25 kg;30;saco
GL-JI3-25;Sustrato John Innes nº 3, 25 L;40;saco
GL-CANE-240-50;Cañas de bambú 240 cm (50 uds);6;haz
GL-CANE-60-100;Cañas de bambú 60 cm (100 uds);10;haz
"""
STANDALONE.append(("x04_alameda_pedido.csv", "csv", CSV4,
    lab("Viveros La Alameda S.L.", "PV-0117", "2026-03-18", "2026-03-30", None,
        ST(None, "Camino de la Alameda 5", "Valencia", None, "46020", "ES"), [
        L("GL-BARK-FINE-70", 50, "BG", desc="Corteza compostada fina 70 L"),
        L("GL-GRIT-25KG", 30, "BG", desc="Grava hortícola 2-6 mm 25 kg"),
        L("GL-JI3-25", 40, "BG", desc="Sustrato John Innes nº 3, 25 L"),
        L("GL-CANE-240-50", 6, "BD", desc="Cañas de bambú 240 cm (50 uds)"),
        L("GL-CANE-60-100", 10, "BD", desc="Cañas de bambú 60 cm (100 uds)")]),
    "standalone Spanish semicolon CSV with key/value header block"))

# ---------- not orders ----------
D("n01_oakridge_quote_request", "Mark Dunn <headgreenkeeper@oakridgegolf.co.uk>", "Quote please - bunker membrane and sand", "Mon, 23 Mar 2026 13:40:00 +0000",
"""Hi,

Before I put anything through, could you quote me for the following? Committee wants two prices.

- 6 x 2m x 100m woven membrane
- 1,000 metal pegs
- 20 bulk bags of the green waste mulch

Also do you do bunker sand? If so price per tonne delivered to TN11.

Thanks
Mark Dunn, Head Greenkeeper, Oakridge Golf Club
""", notorder("Oakridge Golf Club"), note="quote request (not an order)")

D("n02_hillside_complaint", "Dave Pryor <dave@hillsidegc.co.uk>", "Damaged delivery - HGC-4502", "Fri, 06 Mar 2026 15:22:00 +0000",
"""Hi,

Yesterday's delivery against HGC-4502 arrived with 9 of the 80 bags of peat-free 50L split open and 3 bags of bone meal soaked through - the pallet had obviously been left out in the rain. Photos attached (well, they will be once I get them off my phone).

Can you credit these or send replacements on the next drop? Not placing anything new until this is sorted, to be honest.

Dave
Hillside Garden Centre
""", notorder("Hillside Garden Centre"), note="complaint about damaged delivery (mentions quantities, not an order)")

D("n03_bayside_chase", "Shane O'Connell <buying@baysidegardenworld.com.au>", "Where is BGW-PO-11902??", "Wed, 18 Mar 2026 09:12:00 +1100",
"""Hi team,

Still waiting on PO BGW-PO-11902 (hedge shears, trugs, gloves, loppers, hoes) - we asked for the 16th and it's now the 18th. Can someone give me a tracking number or an ETA today please? The tool bay looks pretty sad.

Cheers
Shane
Bayside Garden World
""", notorder("Bayside Garden World"), note="delivery chase")

D("n04_supplier_price_notice", "Peatlands Growing Media Ltd <trade@peatlands-gm.example.co.uk>", "Price notice - growing media from 1 April 2026", "Tue, 10 Mar 2026 09:00:00 +0000",
"""Dear Trade Partner,

Please be advised that from 1 April 2026 our trade prices for the following lines will change:

Multipurpose compost peat-free 50L     £3.95 -> £4.15
Multipurpose compost peat-free 70L     £5.20 -> £5.45
Seed & cutting compost peat-free 50L   £4.40 -> £4.60
Bulk bags 1m3 (all media)              +4%

Orders placed before 31 March 2026 will be honoured at current prices. Minimum order remains one full pallet (60 x 50L or 39 x 70L).

Kind regards,
Trade Sales Team
Peatlands Growing Media Ltd
""", notorder(None), note="supplier price-change notice to Greenline (not an order)", to="Greenline Purchasing <purchasing@greenline-hort.com>")
