import os, csv, glob, json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import OUT, DOCS
from data_catalog import CATALOG
from data_customers import CUSTOMERS
import emails1, emails2, pdfs, sheets, notorders

for f in glob.glob(os.path.join(OUT, "*")):
    if os.path.isfile(f):
        os.remove(f)

with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["sku","description","uom","unit_price","pack_size"])
    for r in CATALOG:
        w.writerow([r[0], r[1], r[2], "%.2f" % r[3], r[4]])
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["customer_id","name","email_domains","ship_to_name","ship_to_street","ship_to_city","ship_to_region","ship_to_postal_code","ship_to_country"])
    for r in CUSTOMERS:
        w.writerow(r)

for m in (emails1, emails2, pdfs, sheets, notorders):
    m.build()

# sanity checks
skus = {r[0] for r in CATALOG}
names = {c[1] for c in CUSTOMERS}
kinds = {}
for fn, note in DOCS:
    lab = json.load(open(os.path.join(OUT, fn + ".expected.json"), encoding="utf-8"))
    kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    for ln in lab.get("lines", []):
        assert ln["sku"] is None or ln["sku"] in skus, (fn, ln)
        assert isinstance(ln["quantity"], (int, float)) and ln["quantity"] > 0, (fn, ln)
    if lab["kind"] == "purchase_order":
        assert lab["lines"], fn
        if lab["customer"] not in names:
            print("customer not in customers.csv:", fn, lab["customer"])
print(len(DOCS), "documents", kinds)

readme = ["# Blind set: twentyseventh-look", "",
"Seller: Cellarline Drinks Distribution (orders@cellarline-drinks.com), a drinks wholesaler (wine, beer kegs/cases, spirits,",
"soft drinks & mixers, bar consumables). Buyers: bars, restaurants, hotels, caterers, off-licences in GB, IE, FR, ES, IT, DE,",
"NL, US, AU, NZ, plus unknown senders from PT, PL, FR and Scotland.", "",
"Written blind from /work/shared/EVAL_FORMAT.md only. Regenerate with `/work/main/.venv/bin/python builder/build.py`.", "",
"- catalog.csv: %d SKUs with deliberate near-duplicates (bottle vs case of 6 vs case of 12 vs magnum, vintages, keg 30L vs 50L vs 24-pack bottles vs cans, 70cl/1L/1.5L spirits, regular/diet/zero/light mixers, colours)." % len(CATALOG),
"- customers.csv: %d buyers (ship_to columns = usual delivery site). Senders not in it: Tasca do Ribeiro (PT), Restauracja Wisła (PL), Cave Le Bouchon (FR), Thistle & Oak Catering (Edinburgh), Leo Marsh (gmail pop-up bar)." % len(CUSTOMERS),
"", "Counts: 42 plain order emails (01-42), 10 emails with a PDF PO (43-52), 4 spreadsheet/CSV orders (53 xlsx attached, 54 csv attached, 55 standalone xlsx, 56 standalone csv), 4 not-orders (57-60).",
"Languages: English (GB, IE, US, AU, NZ, Scotland), French (04, 26, 40, 48), German (06, 27, 46), Spanish (07, 33, 45), Italian (09, 17, 39, 52), Dutch (10, 32), Portuguese (16), Polish (20) = 18 non-English documents.",
"", "## Labelling choices", "",
"- Dates are only labelled when the document states them. Relative days ('for tues', 'Monday', 'weds') are resolved against the email's Date header (what a clerk would key); these are 08, 22, 24, 31, 32, 36, 42 (22 and 42 take the day from the quoted original order).",
"- A period ('any day next week') gives requested_date null (35).",
"- currency is null unless the document prints a currency (symbol, code or 'prices in'); 14 has prices but no currency written, so null.",
"- ship_to is labelled only when the document prints an address: an explicit delivery address wins; otherwise the buyer's own premises address in the signature (a bar/shop delivering to itself) is taken as ship-to (02, 03, 05, 07, 10, 14, 17, 25, 40). No address printed -> ship_to null even for known customers. Country is the obvious country code even when the country name is not printed. ship_to.street is the street line as printed without 'Goods In'/'Loading Bay' prefixes where those sit on the same line (scorer checks containment).",
"- unit_price null when the document gives no price (prices in a quoted quote, 15, are not the order's prices).",
"- uom: bottles/kegs/cylinders/bag-in-box = EA, cases/crates/kisten/cajas/cartoni/zgrzewki = CS, packs = PK, boxes = BX (matching the catalog unit of the SKU ordered). Quantities are as ordered (a 'case of 6' SKU ordered as 2 cases = 2 CS).",
"- Corrections/revisions: the label is the final intended order (05, 29, 33); add-on replies only contain the new lines (22, 24, 42); quoted older messages are not lines.",
"- 28 has one line not in the catalog (Tito's vodka): sku null.",
"- 56 is a bare EPOS export with no buyer, PO or dates: all header fields null.",
"- Not-orders are labelled {kind: not_an_order, lines: []} only.",
"", "## Documents", ""]
for fn, note in DOCS:
    readme.append("- `%s` - %s" % (fn, note))
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(readme) + "\n")
