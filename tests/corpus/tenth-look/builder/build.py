"""Regenerate the tenth-look corpus: `python builder/build.py OUT`.

Deterministic: fixed dates, reportlab invariant=1, fpdf2 creation date pinned, xlsx zip
entries and core properties pinned, fixed MIME boundaries. Running it twice gives
byte-identical files.
"""
import csv
import io
import json
import os
import sys

sys.dont_write_bytecode = True  # keep builder/ free of __pycache__ (the folder is part of the corpus)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from catalog import catalog_rows, CUSTOMERS  # noqa: E402
from docs_a import DOCS_A  # noqa: E402
from docs_b import DOCS_B  # noqa: E402

README = """# tenth-look: Ridgeline Pack & Ship Supply (packaging and shipping supplies)

Written blind on 2026-12-06 by a helper who read only EVAL_FORMAT.md (and the worktree rules
of HOUSE.md); no product code and no other corpus was read.

## Seller

Ridgeline Pack & Ship Supply, Inc. (invented), 4100 Gateway Pkwy, Mechanicsburg, PA 17050,
orders at `orders@ridgelinepack.com` (inside sales rep Karen Pruitt, kpruitt@ridgelinepack.com).
A distributor of corrugated boxes, tape, stretch film, void fill, mailers, bubble, labels,
strapping, pallets, gloves and cutters.

## Catalog (`catalog.csv`, {n_cat} items)

Written the way packaging distributors write them, terse and upper case:
`RSC 12X10X8 32ECT KRAFT 25/BDL`, `TAPE HM 2X110YD 1.9MIL CLR 36/CS`,
`STRETCH 18X1500 80GA CAST HAND 4RL/CS`. Look-alike families differ in one attribute:

- regular slotted cartons (`R<LLWWDD>-<grade>`) in 32ECT kraft (28 sizes), 44ECT, 48ECT, double
  wall 48ECT, 200# burst and 32ECT white; near sizes 12x10x6/12x10x8, 12x12x6/8/12, 14x14x10/14,
  16x12x8/12, 18x18x12/18; sold by the bundle (uom BDL, `pack_size` = boxes per bundle);
- die-cut mailer boxes (white/kraft), 50/BDL;
- tape: hot melt / acrylic / natural rubber, 2" and 3", 55/110/1000 yd, 1.6-2.5 mil, clear/tan,
  printed FRAGILE, masking, water-activated; tape guns;
- stretch film: hand 12/15/18", 1000/1500/2000 ft, 47-90 gauge, cast/blown/black; machine
  20/30" x 5000/6000 ft; bundling film; dispenser;
- void fill, poly mailers (sizes, white/gray, 2.5/3 mil), kraft and poly bubble mailers, bubble
  rolls (3/16, 5/16, 1/2 x 12/24/48"), direct-thermal/thermal-transfer labels (roll cores,
  fanfold), packing-list envelopes, PP/PET strapping, seals, buckles, tools, pallets (recycled
  A/B, new HT, plastic), pallet covers, edge board, nitrile/cut/coated gloves, cutters and blades.

Prices are per catalog uom. GTINs (invented prefix, valid check digit) only on branded
consumables.

## Customers (`customers.csv`, {n_cust} buyers)

E-commerce fulfilment centres, a brewery, a furniture maker, two 3PLs, a print shop, a school
district, a coffee roaster and an appliance-parts distributor; several with two e-mail domains
(e.g. a procurement or WMS domain) and two ship-to warehouses (`ship_to_1`, `ship_to_2`, one
address per cell).

## Documents ({n_docs})

{mix}

Labelling follows EVAL_FORMAT.md. Choices made where the format leaves room:

- `quantity`/`uom` are as the buyer wrote them: "500 of the 12x12x6" is 500 EA although the
  item is sold 25/BDL; "2 pallets of the 18x18x18" is 2 PLT; "2 dozen box cutters" is 2 DZ; an
  ERP line "150 EA" of a bundled carton is 150 EA at the per-box price printed. `uom` is left out
  when the document prints no unit.
- `unit_price` is the price printed on the document, null when none is printed.
- `currency` is "USD" only when the document shows `$` or `USD`; null otherwise.
- `order_date` is null when the document has no order/PO date (an e-mail's Date header is not
  one); `requested_date` is null when no date is asked for, and left out when only a period
  ("this week") is given.
- `ship_to` is null when the document says nothing about the destination, and left out when it
  names a known warehouse only by nickname ("for Reno", "Bldg 2", "the usual Yeon Ave address").
  Sub-fields the document does not print are left out; `country` is "US" for US addresses.
- Threads and forwards: the order is the one the latest message settles (corrections applied,
  quoted earlier order lines reused when the buyer says "same again" with changes).
- Lines for things the seller does not carry: `sku` null.
- Non-orders: `{{"kind": "not_an_order", "lines": []}}`. The one invoice is labelled with its
  kind, customer, the PO it references and currency; its lines are not labelled.

## Regenerate

```
cd tests/corpus/tenth-look
/work/main/.venv/bin/python builder/build.py .     # writes every file of this folder
/work/main/.venv/bin/python builder/check.py .     # labels vs the format and catalog.csv
```

The builder needs reportlab, fpdf2 and openpyxl and writes every file of this folder
(including this README) byte-identically.
"""


def fmt_of(name, data):
    ext = name.rsplit(".", 1)[1]
    if ext != "eml":
        return ext
    s = data.decode("utf-8", "replace")
    kinds = []
    if "application/pdf" in s:
        kinds.append("pdf attachment")
    if "spreadsheetml" in s:
        kinds.append("xlsx attachment")
    if "text/csv" in s:
        kinds.append("csv attachment")
    if "text/html" in s:
        kinds.append("html body")
    return "eml (" + ", ".join(kinds or ["plain text"]) + ")"


def main(out):
    os.makedirs(out, exist_ok=True)
    rows = catalog_rows()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    for sku, desc, uom, p, gtin, pack in rows:
        w.writerow([sku, desc, uom, "%.2f" % p, gtin, pack])
    with open(os.path.join(out, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["customer_id", "name", "email_domains", "ship_to_1", "ship_to_2"])
    for cid, name, doms, st in CUSTOMERS:
        w.writerow([cid, name, doms] + st + [""] * (2 - len(st)))
    with open(os.path.join(out, "customers.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    mix = {}
    names = []
    for fn in DOCS_A + DOCS_B:
        name, data, exp = fn()
        names.append(name)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(out, stem + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(exp, indent=2, ensure_ascii=False) + "\n")
        key = (fmt_of(name, data), exp["kind"])
        mix[key] = mix.get(key, 0) + 1
    assert len(set(names)) == len(names)
    table = ["| format | kind | count |", "|---|---|---|"]
    for (f, k), n in sorted(mix.items()):
        table.append("| %s | %s | %d |" % (f, k, n))
    kinds = {}
    for (f, k), n in mix.items():
        kinds[k] = kinds.get(k, 0) + n
    summary = ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items()))
    text = README.format(n_cat=len(rows), n_cust=len(CUSTOMERS), n_docs="%d: %s" % (len(names), summary),
                         mix="\n".join(table))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d documents, %d catalog items, %d customers to %s" % (len(names), len(rows), len(CUSTOMERS), out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUT")
    main(sys.argv[1])
