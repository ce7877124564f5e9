#!/usr/bin/env python3
"""Regenerate the whole thirteenth-look corpus: catalog.csv, customers.csv, 44 documents + labels, README.md.

Usage:  /work/blind/venv13/bin/python builder/build.py      (from anywhere)
Deterministic: running it twice gives the same labels and the same e-mail / CSV / EDI bytes.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from catalog_data import CATALOG, CAT, CUSTOMERS, SELLER, site_line  # noqa: E402
import common  # noqa: E402
import docs_emails_a, docs_emails_b, docs_files, docs_nonorders  # noqa: E402,F401

DOC_RE = re.compile(r"^\d\d-[a-z0-9-]+\.(eml|pdf|xlsx|csv|edi)$")

NOTES = {
    "01": "Chef's iPhone notes after midnight: no PO, shorthand ('AP (the 50s)', 'x3', 'romaine 2'), '16oz hot lids not the 12s' must map to the 16-20 oz lid, a negated item (no parsley), 'thurs' resolved from the Date header.",
    "02": "Hotel pastry par sheet in fixed-width text: On hand / Par / Order columns; only ORDER counts (0, '-' and blank rows are not lines; 0.5 on hand is a distractor); ship-to named only as 'Banquet Center dock'.",
    "03": "Outlook reply: newest text corrects the quoted original ('make the bread flour 6 not 4') and adds butter; label = corrected full order, PO/date/site taken from the quoted part.",
    "04": "Table pasted from Excel as tab-separated text with our item numbers, one row without item number, an empty row and a TOTAL row that is not a line; PAIL as a unit.",
    "05": "Excel clipboard HTML (mso styles, x:num cells) in an HTML+text e-mail; cups/lids/sleeves by size, a 0-quantity row, 'Splenda (yellow)' brand name for the yellow packet.",
    "06": "Outlook HTML with nested tables (header table + ship-to box side by side, line table below), hospital item codes + our codes, contract prices below list.",
    "07": "Short e-mail 'see attached PO' (fpdf2 PDF, club layout) PLUS an extra line written only in the e-mail body (lemons 165 ct, no price).",
    "08": "Canadian bistro: xlsx attachment with their own item codes (customer_part), CAD prices, real Excel dates, items sold by the pound.",
    "09": "System-generated e-mail with a comma CSV attachment; quoted descriptions with embedded commas; header fields repeated on every row.",
    "10": "Québec bakery in French (ISO-8859-15, quoted-printable): 'colis', 'caisses', 'sacs', decimal comma '7,5 kg', T55 vs T65, 'beurre de tourage' = pastry butter sheet, conditional substitution sentence (not a line).",
    "11": "German café group order in German: 'Karton à 1.000 Stk' (dot thousands), decimal-comma prices in EUR, '12,5 kg', 'Deckel passend für 12 oz', delivery only as 'KW 13' (a period -> requested_date null).",
    "12": "Standing order with two delivery days (Mondays / Thursdays): labelled as the first order, Monday 2026-03-16 lines only.",
    "13": "Caterer writing from a gmail address (domain does not identify the customer); 'if out of the 40 send the 36' substitution; heavy vs medium gauge foil pans and their lids.",
    "14": "Restaurant order with two items the catalog does not carry (San Marzano DOP, ricotta) -> sku null, plus a price question that is not a line.",
    "15": "Prose with word quantities: 'a dozen boxes', 'half a case of the 115-count lemons' (= the half-case SKU, qty 1), 'a couple', 'half a dozen', case + extra loaves of cream cheese.",
    "16": "FW: from purchasing with PO and site in the forwarding note; the order list is in the forwarded message, including a '0' row and an item we do not carry at 0.",
    "17": "Reply 'same as last week but drop X, make Y 8, add Z' over a quoted older order with a different PO; label = the new order DBK-0312.",
    "18": "One e-mail, two stores, two POs (Lark St, Saratoga) in dotted-leader columns; label = the first order (Lark Street).",
    "19": "Our own website's wholesale order form relayed by a no-reply sender (HTML key/value table); the items are a free-text field with 'x 1' quantities.",
    "20": "University e-procurement system e-mail: fixed-width PO with side-by-side SHIP TO / BILL TO and wrapped description lines.",
    "21": "Emoji/bullet phone e-mail (base64 UTF-8) with mixed quantity syntax ('2x', 'x3', 'qty: 2', '- 2 cs'), a 'no' line, site = Pool Pavilion.",
    "22": "German reply correction ('statt 6 Sack Zucker nur 4', plus an added syrup) over the quoted original that holds PO, date and address; '2,5 kg'.",
    "23": "French e-mail with xlsx 'bon de commande' (Laval shop): SKUs as numbers, '$ CA' number formats, TPS/TVQ rows that are not lines.",
    "24": "University catering e-mail organised by course; 'we have it' and 'DON'T send yet' rows are not lines; medium vs heavy gauge pans.",
    "25": "Dictated run-on sentence with spelled-out quantities ('five cases of the sixteen ounce clear cups', 'twelve pounds of fresh basil').",
    "26": "Receiving clerk's list of our SKUs only with mixed 'x 4' / '- 6' / '4cs' syntax and one SKU typed with a leading zero (0800140).",
    "27": "Case vs each look-alikes in one e-mail: case of cream cheese + 2 loaves, case of diced tomatoes + 2 cans, 1 lb yeast singles vs the 20/1 case, kosher salt box vs case.",
    "28": "Add-on to an existing PO (HH-PAS-0311 from doc 02): label = only the added lines, same PO.",
    "29": "Produce and spices by the pound (ginger root, shallots, 1.5 lb basil, bulk poppy seed) and 'nutmeg 1 lb' which is the 16 oz container.",
    "30": "HTML-only Apple Mail with a struck-through (<s>) line that is cancelled and grey 'last week: 3' distractor text; ship-to named as 'the roastery (Tivoli St)'.",
    "31": "Hotel procurement PDF: side-by-side Vendor / Bill To / Ship To blocks, hotel item codes + our codes, tax flag column, sales tax and freight rows.",
    "32": "Two-page hospital PO PDF with GL account column, repeated table header on page 2, contract prices, 24 lines.",
    "33": "Customer order guide xlsx with ~200 rows (whole catalog + category rows); only 9 rows have an ORDER quantity; 'Last Qty' column is a distractor.",
    "34": "German ERP export: semicolon CSV in cp1252, quantities as '12,000' (= 12) and '15,500' (= 15.5), decimal-comma prices, Lieferanschrift column only (no customer name column).",
    "35": "X12 850 interchange holding two transactions (commissary + State St); label = the first one; PO1 with VN / BP / UK qualifiers.",
    "36": "French 'bon de commande' PDF: non-breaking-space thousands, decimal commas, TPS/TVQ, three address blocks (Fournisseur / Facturer à / Livrer à).",
    "37": "Caterer's letter-style PO (fpdf2) with a Quantity/Item list in mixed units (cs, rolls, bags, lb), a not-carried item (chevre), no prices.",
    "38": "German DIN-5008 letter PDF (A4): window address block, info block with Datum, table with decimal comma and '10,00 kg', EUR totals.",
    "39": "Requisition workbook: a READ ME sheet first, the Requisition sheet, a hidden Lists sheet; a cancelled 0-quantity row; header values in column C.",
    "40": "NOT AN ORDER: price quote request from a prospect (not in customers.csv) with weekly volumes that look like quantities.",
    "41": "NOT A NEW ORDER: our own invoice (kind 'invoice') referencing the customer's PO, with ordered vs shipped columns.",
    "42": "NOT AN ORDER: credit request for cracked eggs and sour half & half, explicitly no replacements.",
    "43": "NOT AN ORDER: a customer's marketing newsletter (menu with sizes and prices) sent to our inbox.",
    "44": "NOT AN ORDER: a consumer web-shop order confirmation sent to our address by mistake (items, quantities, prices, ship-to).",
}


def write_reference_files():
    with open(os.path.join(OUT, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for sku, desc, uom, price, pack, _g in CATALOG:
            w.writerow([sku, desc, uom, f"{price:.2f}", CAT[sku]["gtin"], pack])
    with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "name", "email_domains", "ship_to_1", "ship_to_2", "ship_to_3"])
        for c in CUSTOMERS:
            sites = [site_line(s) for s in c["sites"]] + [""] * (3 - len(c["sites"]))
            w.writerow([c["id"], c["name"], ";".join(c["domains"])] + sites)


def clean():
    for fn in os.listdir(OUT):
        if DOC_RE.match(fn) or (fn.endswith(".expected.json") and re.match(r"^\d\d-", fn)):
            os.remove(os.path.join(OUT, fn))


def readme(manifest):
    n_lines = sum(len(m["label"].get("lines", [])) for m in manifest)
    out = [f"""# thirteenth-look - blind labelled order-intake test set (bakery & foodservice distributor)

Written blind: from `EVAL_FORMAT.md` only, without reading any product code or any other corpus.
Regenerate everything with `/work/blind/venv13/bin/python builder/build.py`, then validate with
`/work/blind/venv13/bin/python builder/check.py`.

## The seller

**{SELLER['name']}** (invented), {SELLER['street']}, {SELLER['city']}, {SELLER['region']} {SELLER['postal_code']}, USA -
order desk `{SELLER['email']}`. A foodservice and bakery-ingredients distributor selling mainly in upstate New York, also to
Ontario and Québec, and exporting dry goods, paper and coffee-bar items to a German café group.

## Catalog (`catalog.csv`, {len(CATALOG)} items)

Columns `sku,description,uom,unit_price,gtin,pack_size`. Six-digit numeric SKUs grouped by category (10xxxx flour,
11xxxx sugar, 12xxxx baking, 20xxxx dairy/eggs, 30xxxx oils, 32xxxx canned, 40xxxx frozen, 50xxxx spices, 60xxxx
disposables, 70xxxx chemicals, 80xxxx produce, 90xxxx coffee bar). Selling units: BG, CS, EA, BX, RL, LB, KG. Prices in USD.
GTIN-14 on about {sum(1 for r in CATALOG if r[5])} items. Deliberate look-alike families that differ in one attribute: AP / bread /
cake / pastry flour and 25 vs 50 lb vs 25 kg; T55 vs T65; granulated / powdered / brown, bag vs 12/2 lb case; whole / 2% / skim
in quarts and gallons; 40% vs 36% cream; salted vs unsalted vs pastry-sheet butter; eggs LG / XL / MED / brown;
case vs each (yeast 20/1 lb vs 1 lb, kosher salt 9/3 lb vs 3 lb, cream cheese 10/3 lb vs 3 lb, diced tomato 6/#10 vs #10 can,
gloves box vs case); hot cups 8/12/16/20 oz and lids that fit 8 / 12 / 16-20 oz; cold cups and flat vs dome lids;
foil pans half/full, deep/shallow, medium vs heavy gauge and their board lids; cinnamon 18 oz vs 5 lb; lemons 115 vs 165 ct
vs a 115 ct half case; bagels sliced vs unsliced; croissant 2.75 oz vs mini.

## Customers (`customers.csv`, {len(CUSTOMERS)})

Columns `customer_id,name,email_domains,ship_to_1,ship_to_2,ship_to_3` (domains `;`-separated; each ship-to is one
comma-separated address string: name, street, city, region postal, country).
"""]
    for c in CUSTOMERS:
        out.append(f"- `{c['id']}` {c['name']} - {', '.join(c['domains'])} - {len(c['sites'])} site(s): "
                   + "; ".join(s['name'] for s in c['sites']))
    out.append(f"""
## Documents ({len(manifest)} documents, {n_lines} expected lines)

| # | file | kind | lines | what it is / what is hard |
|---|------|------|------:|---------------------------|""")
    for m in manifest:
        num = m["file"][:2]
        out.append(f"| {num} | `{m['file']}` | {m['label']['kind']} | {len(m['label'].get('lines', []))} | {NOTES[num]} |")
    out.append("""
## Labelling decisions (where EVAL_FORMAT.md leaves room)

- **unit_price** is the price printed in the document for that line; `null` when the document states no price (catalog
  prices are never copied into a label). Prices are in the document's currency (CAD / EUR documents carry CAD / EUR prices).
- **currency** is given only when the document states prices with a currency (symbol, code or column header); the key
  is left out (not scored) for documents without prices and for doc 09, whose CSV prices carry no currency marker.
- **ship_to**: the address as printed when the document prints one. When the document only names a site
  ("Banquet Center dock", "Hudson Ave", "the kitchen on Hoosick St") the label carries that site's address from
  `customers.csv`. When the document says nothing about the delivery place (single-site restaurant notes) the key is
  left out. `region` is null for German addresses.
- **requested_date**: a relative day ("for thurs", "Friday delivery is fine") is resolved against the e-mail's Date
  header; a week or period ("KW 13") gives null. **order_date** only from a date the document itself prints as the
  order/PO/letter/requisition date; never from an e-mail Date or a quoted 'Sent:' header.
- **Corrections and add-ons**: the newest text wins; a reply correcting an order is labelled as the full corrected
  order; an add-on to an existing PO is labelled as the added lines only, with that PO number.
- **Substitutions** ("if out of the 40 send the 36", "si vous n'avez plus de T65 ... T55"): only the first-choice item is
  a line.
- **Several orders in one file** (doc 18 two stores, doc 35 two X12 transactions, doc 12 two weekly delivery days): the
  label is the first order, as the format says.
- **Items we do not carry** are lines with `sku: null` and the quantity asked for.
- **quantity / uom** are as written: 'half a case of the 115-count lemons' is 1 x the `LEMON 115CT HALF CASE` SKU;
  '3 lb of the instant yeast (1 lb singles)' is 3 LB of the 1 lb SKU; '4 boxes' of 3 lb kosher salt is 4 BX; '12,000'
  in a German ERP CSV is 12. Units are normalised to CS, BG, EA, BX, RL, LB, KG (jug and pail -> EA).
- **customer_part** is filled only where the buyer prints its own item code in a separate column/qualifier
  (hospital, hotel, Maple & Main, Lindenhof ERP, Daybreak EDI BP); otherwise null.
- **description** is the buyer's wording for the line as it appears in the document (EDI: the PID text).
- Non-orders: `kind` `not_an_order` with `lines: []` (customer given when a known or named buyer writes to us, left out
  for the newsletter and the misdirected consumer e-mail); the invoice is `kind: invoice` with customer and PO only.

## Files

- `builder/catalog_data.py` - seller, catalog, customers; `builder/common.py` - label + e-mail helpers;
  `builder/docs_emails_a.py`, `docs_emails_b.py`, `attachments.py`, `docs_files.py`, `docs_nonorders.py` - one function per
  document that renders the file and returns its label from the same data.
- `builder/build.py` - writes everything; `builder/check.py` - validates labels against catalog/customers, schema,
  arithmetic against the totals printed in the documents, and that descriptions / PO numbers occur in the documents.
- `builder/manifest.json` - per-document metadata used by check.py.
""")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    clean()
    write_reference_files()
    manifest = []
    seen = set()
    for fn, fnc in sorted(common.REGISTRY):
        assert DOC_RE.match(fn), fn
        assert fn[:2] not in seen, fn
        seen.add(fn[:2])
        data, lab, meta = fnc()
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        stem = fn.rsplit(".", 1)[0]
        with open(os.path.join(OUT, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, indent=2, ensure_ascii=False)
            f.write("\n")
        manifest.append({"file": fn, "meta": meta, "label": lab})
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump([{"file": m["file"], "meta": m["meta"]} for m in manifest], f, indent=2, ensure_ascii=False)
    readme(manifest)
    n = sum(len(m["label"].get("lines", [])) for m in manifest)
    print(f"wrote {len(manifest)} documents, {n} expected lines, {len(CATALOG)} catalog items, {len(CUSTOMERS)} customers")


if __name__ == "__main__":
    main()
