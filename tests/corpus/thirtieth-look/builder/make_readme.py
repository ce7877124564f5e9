import json, os
rows = json.load(open(os.path.join(os.path.dirname(__file__), "readme_rows.json")))
out = ["# thirtieth-look — blind test set: horticultural & landscaping supplies wholesaler", "",
"Seller: **Greenline Horticultural Supply** (orders@greenline-hort.com). Catalog prices are GBP list prices.",
"", "Contents:",
"- `catalog.csv` — 160 SKUs (pots by diameter/colour, container litres, seed/cell trays by cell count, compost peat-free vs standard in 50L/70L/bulk, fertilisers by NPK and kg, seeds by variety and pack size, bark, weed membrane by width x length, hose 13/19/25mm x 30/50m, irrigation fittings, labels, canes/ties/stakes, tools).",
"- `customers.csv` — 24 buyers (GB, IE, NL, BE, DE, DK, SE, NO, FI, PL, FR, ES, US, CA, AU, NZ); optional ship_to_* columns hold each buyer's usual address.",
"  Senders NOT in customers.csv: Tom Reeve Garden Design (e22), Vejle Kommune (e24), Tammer Golf ry (e31), Zarząd Zieleni Miejskiej w Krakowie (e33), Willamette Valley Landscapes (e34), Stadt Kempten (p02), Wicklow County Council (p09), Peatlands Growing Media (n04).",
"- 60 documents, each with `<file>.expected.json`: 42 plain order emails (e*), 10 emails with a PDF PO (p*), 4 spreadsheet/CSV orders (x01 email+XLSX, x02 email+CSV, x03 standalone XLSX, x04 standalone CSV), 4 not-orders (n*).",
"- `builder/` — the generator (`build.py` writes everything; `check.py` re-reads every document, incl. PDF text, and checks that PO numbers, streets, postcodes, quantities, prices and buyer codes in the labels occur in the document).",
"", "Labelling choices:",
"- `currency` is only set when the document shows a currency (symbol, code, or 'in USD'); otherwise null.",
"- `order_date` only from the document's own order/PO date; a quote date or an email Date header is never used.",
"- `requested_date` null when only a week/period is given (w/c 9th Feb, KW 8); key omitted in e20 ('tmrw' — relative).",
"- `ship_to` is all-null when no address is given; the key is omitted (not scored) where the email only says 'usual address / same as before' and an address appears only in a signature (e03, e27, e29, e38).",
"- Corrections/amendments: the label is the final, corrected order.",
"- Word quantities ('a dozen', '2 doz', 'three dozen pairs') are labelled as the counted number of units (12, 24, 36), uom null/PR.",
"- `customer_part` only when the buyer prints its own code (HS-…, MLN-…, BGW-…, council item codes); when the code column holds Greenline SKUs it is null.",
"", "| file | kind | note |", "|---|---|---|"]
for fn, kind, note in rows:
    out.append(f"| {fn} | {kind} | {note} |")
open(os.path.join(os.path.dirname(__file__), "..", "README.md"), "w").write("\n".join(out) + "\n")
