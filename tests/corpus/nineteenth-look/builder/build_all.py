"""Build the whole corpus into the parent folder, validate labels, and write README.md."""
import os, sys, json, glob, csv, collections, email
sys.path.insert(0, os.path.dirname(__file__))
import common, catalog_data, docs_a, docs_b, docs_c, docs_files, docs_non

OUT = common.OUT
for f in glob.glob(os.path.join(OUT, "*")):
    if os.path.isfile(f): os.remove(f)
catalog_data.write(OUT)
for m in (docs_a, docs_b, docs_c, docs_files, docs_non):
    m.build()

# ------------------------------------------------------------------ validation
cat = {r["sku"] for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
custs = {r["name"] for r in csv.DictReader(open(os.path.join(OUT, "customers.csv"), encoding="utf-8"))}
errors = []
names = [n for n, _, _ in common.REGISTRY]
if len(names) != len(set(names)): errors.append("duplicate document names")
for name, path, meta in common.REGISTRY:
    lab = json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))
    if lab["kind"] not in ("purchase_order", "invoice", "not_an_order"): errors.append(f"{name}: bad kind")
    if lab.get("customer") is not None and lab["customer"] not in custs: errors.append(f"{name}: customer not in customers.csv")
    for k in ("order_date", "requested_date"):
        v = lab.get(k)
        if v is not None:
            import datetime; datetime.date.fromisoformat(v)
    for i, ln in enumerate(lab.get("lines", [])):
        if ln["sku"] is not None and ln["sku"] not in cat: errors.append(f"{name} line {i+1}: sku {ln['sku']} not in catalog")
        if not isinstance(ln["quantity"], (int, float)): errors.append(f"{name} line {i+1}: quantity")
    if lab["kind"] == "purchase_order" and not lab["lines"]: errors.append(f"{name}: order without lines")
    if path.endswith(".eml"):
        msg = email.message_from_bytes(open(path, "rb").read())
        if not msg["From"] or not msg["Date"]: errors.append(f"{name}: bad MIME headers")
# every document has exactly one label and vice versa
docs = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(OUT, "*")) if os.path.isfile(p) and not p.endswith(".json")
        and os.path.basename(p) not in ("catalog.csv", "customers.csv", "README.md")}
labs = {os.path.basename(p)[:-len(".expected.json")] for p in glob.glob(os.path.join(OUT, "*.expected.json"))}
if docs != labs: errors.append(f"doc/label mismatch: {docs ^ labs}")
print("documents:", len(common.REGISTRY), "catalog rows:", len(cat), "customers:", len(custs))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("validation OK")

# ------------------------------------------------------------------ README
by_ext = collections.Counter(m["ext"] for _, _, m in common.REGISTRY)
by_kind = collections.Counter(m["kind"] for _, _, m in common.REGISTRY)
by_lang = collections.Counter(m["lang"] for _, _, m in common.REGISTRY)
by_country = collections.Counter(m["country"] for _, _, m in common.REGISTRY)
by_att = collections.Counter(m.get("attachment") for _, _, m in common.REGISTRY if m["ext"] == "eml")
nlines = sum(len(json.load(open(os.path.join(OUT, n + ".expected.json")))["lines"]) for n, _, _ in common.REGISTRY
             if "lines" in json.load(open(os.path.join(OUT, n + ".expected.json"))))
with_ship = sum(1 for n, _, _ in common.REGISTRY if json.load(open(os.path.join(OUT, n + ".expected.json"))).get("ship_to"))
def tab(c): return "\n".join(f"| {k} | {v} |" for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))
rows = "\n".join(f"| `{os.path.basename(p)}` | {m['kind']} | {m['lang']} | {m['country']} | {m.get('attachment') or ''} | {m['style']} |"
                 for n, p, m in common.REGISTRY)
readme = f"""# Blind corpus "nineteenth-look" - Northgate Office & Facility Supply

A labelled corpus in the format of `/work/shared/EVAL_FORMAT.md`, written blind (no product code,
tests or extractors were read). The seller is the fictional **Northgate Office & Facility Supply**
(office supplies, printer consumables, janitorial goods); buyers are offices, schools, clinics and
property managers in the US, Canada (some French), UK, Ireland and Australia, a few writing in German.

Rebuild with `/work/main/.venv/bin/python builder/build_all.py` (deterministic except MIME
Message-IDs/boundaries). The builder validates that every label parses, every SKU exists in
`catalog.csv`, every labelled customer exists in `customers.csv`, and every document has a label.

## Master data
- `catalog.csv` - {len(cat)} products, columns `sku,description,uom,unit_price,gtin,pack_size`. Deliberate
  near-duplicates: toner by printer model and yield (standard/high, black/colour, genuine vs compatible,
  toner vs drum/imaging unit), paper by size/weight/brightness and ream vs case/box, can liners by
  gallons/mil/micron/colour, gloves by material/size and box vs case, pens by colour/point/type,
  cleaning chemicals by 32 oz bottle vs gallon vs case.
- `customers.csv` - {len(custs)} customers: `customer_id,name,email_domains,ship_to_1,ship_to_2,ship_to_3`;
  `email_domains` is `;`-separated; each `ship_to_N` is `Name | Street | City | Region | Postal | Country`.

## Counts
{len(common.REGISTRY)} documents, {nlines} labelled lines, {with_ship} documents with a labelled ship-to.

| file type | count |
|---|---|
{tab(by_ext)}

| kind | count |
|---|---|
{tab(by_kind)}

| language | count |
|---|---|
{tab(by_lang)}

| buyer country | count |
|---|---|
{tab(by_country)}

| .eml attachment | count |
|---|---|
{tab({(k or 'none (body only)'): v for k, v in by_att.items()})}

## Labelling decisions (read before scoring)
- `customer` is always the `customers.csv` name (null for the web-shop notification).
- `ship_to` is labelled only when the document states a delivery address/site; an address that only appears
  in a signature or letterhead is **not** a ship-to (e17, e33 signature; e48 "our Ann St office" -> null).
  Inside `ship_to` only the parts the document actually prints are present; parts it does not print
  (e.g. country on most addresses, city in e07) are **left out** (= not scored) rather than null, so a
  system that fills them from master data is neither rewarded nor punished. `street` is the first street line
  without the suite when the suite is on the same line (scorer uses containment). Region is as printed
  ("Québec", "Co. Galway", "Greater Manchester").
- `currency` is set only when a code/word/symbol is printed (USD, CAD, EUR, GBP, £, AUD); bare prices -> null (e20).
- `uom` is the unit the buyer wrote, normalised (RM ream, CS case/carton/Karton/caisse/ctn, BX box/Schachtel/boîte,
  PK pack/Packung/paquet, EA each/Stück/counted noun); null when the buyer wrote no unit ("toner x3", CSV
  without unit column). Quantity is always as ordered, never converted (e.g. "2 cartons of nitrile gloves" = 2 x case SKU).
- Corrections in replies (e09, e22) are applied: the label is the final corrected order including the quoted lines
  the reply leaves unchanged; the dropped line in e22 is absent.
- e43 contains one item we do not stock (coffee pods) -> `sku: null`.
- f05 X12 holds two transactions; the label is the first (GLO-55840).
- f06 UBL gives only a delivery period -> `requested_date` key absent.
- Non-orders: `not_an_order` labels carry `kind`, `customer` and `lines: []`; the carrier invoice (n02) is
  labelled only `{{"kind": "invoice"}}`.

## Judgement calls a reviewer may dispute
1. **ship_to keys**: only printed parts are present; country is absent unless printed (e15 "Vereinigtes Königreich" -> GB,
   f05 N4 "US", f06 "GB"). Name absent where the document gives no site name (e36 "our stores", e41 "the main surgery", e47).
2. **ship_to.street** drops a leading unit/building/level prefix or trailing suite ("Grand Canal Street Upper" for
   "Block C, Grand Canal Street Upper"; "88 Pitt Street" for "Level 2, 88 Pitt Street"; "1420 NW Lovejoy St" for
   "..., Suite 300") so that the scorer's containment rule accepts either the full or the core line. Strictly
   "the first street line" would include the prefix.
3. **ship_to null** although a place is named: e14 "usual address", e21 "ship to the school as usual",
   e48 "our Ann St office"; address only in signature: e17, e33. e04's signature (HQ) differs from its explicit
   "Deliver to" (The Lofts) - the label is The Lofts.
4. **Genuine vs compatible**: e29 "cf258x" is labelled genuine HP 58X (TNR-10104 is a compatible that "replaces CF258X").
5. **Plain "letter paper 20 lb" / "regular copy paper"** -> standard PAP-20012, not the 30%/100% recycled cases (e02, e21, e29).
6. **Units vs SKU pack**: German "Karton" is labelled uom CS while the SKU is the 5-ream box PAP-21012 (catalog uom BX)
   (e15, e38); quantity is unaffected. "cartons"/"ctn" of gloves -> the case SKU GLV-4011x.
7. **Dates**: "before Friday 11th December" (e24) and "avant le 18 décembre" (e16) are taken as the requested date;
   "Needed by Dec 14" (e49) and "by the 11th" assume 2026. The dateline "Montréal, le 2 décembre 2026" (e16) and
   "Date : 4 décembre 2026" (e33) in email bodies are treated as order dates; e08 "dated 02/12/2026" and e35
   "date 04/12/2026" likewise (day-first, buyer in UK).
8. **Corrections**: e09 (size and quantity changed) and e22 (one line changed, one dropped) are labelled as the final order.
9. **Seller codes vs buyer codes**: columns headed "Item #", "Northgate SKU", "Supplier Code", "Vendor #", "Vendor Item",
   "Lief.-Art.-Nr." hold our SKUs, so `customer_part` is null there; "Our Item", "Our Code", "Our #", "Item" with AR-/PSL-/FV-/CF-/SC-
   prefixes and X12 BP / UBL BuyersItemIdentification are buyer codes -> `customer_part`.
10. **Currency**: e20 has prices but no currency -> null; e31 has "$" plus "(USD)" -> USD; e35 "£" -> GBP.
11. **e42** says "No PO needed" -> `po_number` null. **e49** quotes an old invoice number which is not the PO.
12. **Region as printed**: "Québec" (not QC), "Co. Galway", "Greater Manchester" (UBL CountrySubentity).
13. **Non-orders**: n01 (quote request) and n03 (complaint) list items with quantities; n04 quotes lines of an earlier order;
    n05 is an automated abandoned-checkout notice with SKUs and quantities - all `not_an_order`, `lines: []`.
    n02 is a carrier's invoice to Northgate, labelled `{{"kind": "invoice"}}` only.

## Documents
| file | kind | lang | country | attachment | what it exercises |
|---|---|---|---|---|---|
{rows}
"""
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(readme)
print("README written")
