def render(fams, rows, counts, ncat, ncust):
    fam_lines = "\n".join(f"- `{k}` ({len(v)}): {', '.join(v[:6])}{' …' if len(v) > 6 else ''}" for k, v in fams.items())
    cnt = "\n".join(f"- {k[0]} / .{k[1]}: {v}" for k, v in sorted(counts.items()))
    return f"""# fourth-look — blind labelled purchase-order test set

Written blind (without reading the product's code, tests or other corpora), following
`/work/shared/EVAL_FORMAT.md`. Every name, company, address, part number and product here is invented.

## The seller

**Tidewater Flow & Pool Supply Co.** — a trade distributor of **plumbing parts**, **HVAC consumables**
and **pool & spa chemicals / equipment**. Order mailbox: `orders@tidewaterflow.com`
(the order desk). Territory sales rep: Marco Delvecchio `<marco.d@tidewaterflow.com>`.
Catalog prices are USD; some customers buy in EUR/GBP/CAD/AUD at their own agreed prices
(the document's own price is the label).

## Catalog (`catalog.csv`, {ncat} products)

Families of look-alike products (sizes, angles, pack forms, colours, grades, concentrations):

{fam_lines}

Deliberate traps: 90° vs 45° press elbows; coupling single (EA) vs box of 25 (BX); Type L vs Type M pipe;
PEX colours and coil lengths; crimp ring vs cinch clamp; ball valve threaded / sweat / PEX;
PTFE tape white / yellow / pink and single roll vs dozen (DZ); filters MERV 8/11/13 × four sizes;
foil tape widths; mastic pail vs cartridge; line sets by two diameters; flex duct R6/R8 × diameters;
trichlor 1"/3", 25/50 lb and 10 kg drum; cal-hypo case / drum / bulk (KGM); liquid chlorine case / 20 L / bulk (LTR);
muriatic 4-pack / 2-pack / drum; bagged chemicals in two sizes; algaecide 60% qt / gal / 5 L vs 10% vs black-algae;
test strips 4/6/7-way; DPD #1/#2/#3; cartridges 100/150/200 sq ft; brushes 18"/24" nylon/steel; vac hose 35/50 ft.

## Customers (`customers.csv`, {ncust} customers; US, CA, GB, IE, DE, FR, NL, ES, IT, AU, MX)

Look-alike pairs:
- **Bluewater Pools Ltd** (Leeds, GB) vs **Blue Water Pool Services Inc** (Tampa, US)
- **Keller Haustechnik GmbH** (Stuttgart) vs **Kellner Haustechnik GmbH** (München)
- **Northgate Plumbing & Heating Ltd** (Sheffield, GB) vs **North Gate Mechanical Inc** (Calgary, CA)
- **Aqua Serena Piscinas S.L.** (Paterna, ES) vs **Acqua Serena Piscine S.r.l.** (Verona, IT)
- **Lakeshore Facilities Group Inc** (Chicago) vs **Lakeside Facility Services Inc** (Milwaukee)

Unknown sender: `e20` comes from a gmail address; the customer is labelled as printed in the
signature (**Reardon Pool Care**), which is not in customers.csv.

## Counts

{cnt}

## Labelling conventions used here

- `sku`: the catalog SKU the buyer meant; `null` for an item Tidewater does not carry.
- `customer_part`: only when the buyer prints its own item code (their column / "our item" / BP / BuyersItemIdentification).
- `quantity` / `uom`: **as the buyer ordered it, expressed in the catalog's unit code for that SKU**. Every labelled uom
  equals the catalog uom of the SKU (the builder checks this). So "2 cases of liquid chlorine" = 2 CS of the 4×1 gal case SKU,
  "4 cases of 12" filters = 4 CS (the filter SKUs are cases of 12), "6 lengths" of pipe = 6 EA, "coils" = RL,
  "tubes" = TB, "bags/sacos/Btl" = BG, "drums/fût/DRUM" = DR, "a dozen quart bottles" = 12 EA (the bottle is EA),
  "4 boxes (dozen) of tape" = 4 DZ (the dozen-pack SKU), X12 `CA` = CS, EDIFACT `PCE` = EA. No document orders
  in a unit that would need converting between pack levels. A line with no quantity has quantity **and** uom null.
- `unit_price`: the price printed in the document (in the document's currency); `null` when the document gives none.
- `currency`: labelled only when the document states or clearly implies it (symbol, code, "prices in AUD",
  "precios en euros", "Rahmenvertrag (EUR)"); the key is **absent** (unscored) when the document says nothing.
- `ship_to`: labelled when the document gives or points at a delivery address. A pointer to the customer's usual
  site ("deliver to our Leeds site", "to the shop", "as usual", the signature address) is labelled with the
  customers.csv ship-to record; an explicit different address (jobsite, other property) is labelled as written
  (first street line; "Attn:" lines are not the street). When the document says nothing at all, the key is absent.
- `order_date`: only a date printed as the order/PO date (never the e-mail Date header). `requested_date`: the single
  delivery/need-by date; relative or partial dates are resolved against the e-mail's Date header
  ("Friday 12/11" = 2026-12-11, "next Tuesday" sent Thu 3 Dec = 2026-12-08, "by 12/8" = 2026-12-08,
  "Ende KW 50" = Friday of ISO week 50 = 2026-12-11).
- Reply threads: the label is the **final** order after the correction on top.
- Non-orders (`not_an_order`, `invoice`): `lines` is `[]`; only `kind` (and `customer` when it is one of ours) is labelled.

## Documents

| file | kind | customer | lines | attachments | phenomena |
|---|---|---|---|---|---|
{chr(10).join(rows)}

## Rebuild

```
python3 -m venv /tmp/venv4 && /tmp/venv4/bin/pip install -q reportlab openpyxl
/tmp/venv4/bin/python tests/corpus/fourth-look/builder/build.py OUT_FOLDER
```

The builder (`builder/` in this folder, written outside the repository and copied here unchanged but for its output folder: `build.py`, `catalog_data.py`, `customers_data.py`,
`docs_a.py`…`docs_d.py`, `readme_text.py`) regenerates every file in this folder and checks: every labelled SKU is in
catalog.csv and its uom equals the catalog uom; every customer is in customers.csv (or is the printed name of the gmail
sender); ISO dates; every e-mail has From/To/Date/Subject/Message-ID, is dated Nov–Dec 2026 and is sent to the order
mailbox; PO numbers and buyer part numbers literally occur in the document; non-orders have no lines.
"""
