"""README.md writer."""
import os

from catalog import CUSTOMERS, ITEMS, SELLER

FAMILIES = """- Flour: all-purpose / bread hi-gluten / cake in 25 lb and 50 lb bags, whole wheat 25 lb
- Sugar (granulated 25/50 lb, powdered, brown, packets), rice (parboiled 25/50 lb, jasmine, basmati)
- Pasta 2/10 lb: spaghetti, penne, elbow, rotini tricolor vs whole grain, fettuccine
- Oils: canola / soybean / peanut fry oil 35 lb JIB, canola salad 3/1 gal, olive EVOO vs 90/10 blend
- Condiments: ketchup 6/#10 vs portion packets, mayo 4/1 gal vs packets, mustard; salt; pepper ground vs coarse
- Coffee: ground portion packs, whole bean espresso vs decaf
- Canned 6/#10: tomato diced (also 12/28 oz) / crushed / sauce / paste / whole peeled; beans black /
  pinto / garbanzo / refried / kidney; corn whole kernel vs cream style; peaches sliced vs diced;
  pineapple tidbits vs chunks; pears; condensed soups 12/50 oz; tuna
- Dairy: milk whole / 2% / skim gallons; half-pint 1% white, whole, chocolate fat-free; heavy cream,
  half & half quarts vs creamer cups; oat vs almond barista milk; cheese cheddar shred vs sliced,
  American yellow vs white, mozzarella shred vs loaf, Swiss, provolone, parmesan, pepper jack;
  butter salted vs unsalted vs pats; eggs large vs medium vs liquid; yogurt vanilla vs strawberry
- Frozen: fries 3/8 straight / 1/4 shoestring / crinkle / sweet potato, tots, hash brown patties;
  chicken breast / tenders / wings / WG nuggets; beef patties 4 / 5.3 / 6 oz; vegetables; shrimp
  16/20 tail-off vs 21/25 tail-on; cod; ice cream vanilla vs chocolate; pizza dough; strawberries
- Disposables: hot cups 8/12/16/20 oz with lids for 8 / 12 / 16-20 oz; cold PET cups 12/16/20/24 oz
  with flat-slot vs dome lids; deli containers 8/16/32 oz + one lid; foam hinged 9x9 1- vs 3-compartment,
  8x8; nitrile gloves S/M/L/XL vs vinyl M/L/XL; napkins dinner 2-ply 1/8 vs 1/4 fold, beverage,
  dispenser, luncheon; cutlery medium PP vs heavy PS forks; film 12 vs 18 in; foil standard vs
  heavy; parchment; trash liners 40-45 vs 55-60 gal; towels
- Chemicals: pot & pan detergent and quat sanitizer and degreaser each in 4/1 gal vs 2/2.5 gal;
  dish machine detergent and rinse aid 5 gal pails; oven cleaner, glass cleaner, bleach, floor
  cleaner, hand soap, test strips"""

NOTES = """## Labelling notes

- `sku` is null when a clerk holding the catalog could not pick one item (size, ply, style or
  product type not stated and more than one family member fits) or when the item is not carried.
- `quantity`/`uom` are as ordered: "4 boxes" of gloves is 4 BX although the catalog sells cases;
  "jugs"/"garrafas" of fry oil are EA (the JIB unit); "ctn" is CS. When no unit is written, the
  catalog unit of the matched item is used (null for unmatched items with no unit).
- Lines follow the final state of the order: corrections in the newest text of a reply are applied
  to the quoted order, "same as last week but ..." is resolved against the quoted earlier order, an
  old order quoted under a new one is not re-ordered.
- `requested_date` resolves weekday words against the email Date header (next such weekday on or
  after the send date; "Friday" before a Saturday event = the day before the event). "Week of ..."
  and "next week" give no single date, so null. `order_date` only where the document prints one.
- `ship_to` is labelled only where the document says where to deliver (a signature address alone
  is not labelled, key omitted). `unit_price` only where the document prints a price. `currency`
  only where printed (USD in the caterer's PDF).
- Not-orders carry `lines: []`.
- Uncertain calls: 'half a case' of hash browns labelled 0.5 CS of the case item; 'crème 35 %' and
  Australian 'thickened cream' mapped to the only heavy cream (36%); 'caster sugar' left null
  (catalog has only extra-fine granulated); 'a couple cases' labelled 2.
"""


def write(out, manifest):
    kinds = {}
    for _, k, _ in manifest:
        kinds[k] = kinds.get(k, 0) + 1
    exts = {}
    for f, _, _ in manifest:
        e = os.path.splitext(f)[1]
        exts[e] = exts.get(e, 0) + 1
    lines = [
        "# sixth-look: blind foodservice order corpus",
        "",
        "Written without reading the product's code, tests, docs or other corpora. Everything is",
        "invented. Regenerate with `python builder/build.py OUT` (needs reportlab + openpyxl).",
        "",
        "## Seller",
        "",
        f"{SELLER['name']}, {SELLER['street']}, {SELLER['city']} {SELLER['region']} "
        f"{SELLER['postal_code']} - a foodservice distributor for restaurants, cafés, schools, "
        f"hospitals and caterers. Orders inbox {SELLER['orders_email']}; rep \"Paulo Restrepo\".",
        "",
        f"## Catalog ({len(ITEMS)} items, catalog.csv)",
        "",
        "Distributor-style terse descriptions, 6-digit SKUs (1xxxxx dry, 2xxxxx canned, 3xxxxx dairy,",
        "4xxxxx frozen, 5xxxxx disposables, 6xxxxx chemicals), some with GTIN-14, all with pack_size.",
        "Families of look-alikes:",
        "",
        FAMILIES,
        "",
        "## Customers (customers.csv)",
        "",
        "| id | name | email domains | default ship-to |",
        "|---|---|---|---|",
    ]
    for cid, name, dom, st, city, reg, pc, ctry in CUSTOMERS:
        lines.append(f"| {cid} | {name} | {dom} | {st}, {city} {reg} {pc} {ctry} |")
    lines += ["", "## Documents", "",
              "Counts by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".",
              "By format: " + ", ".join(f"{k} {v}" for k, v in sorted(exts.items())) + ".", "",
              "| file | kind | phenomenon |", "|---|---|---|"]
    for f, k, p in manifest:
        lines.append(f"| {f} | {k} | {p} |")
    lines += ["", NOTES]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
