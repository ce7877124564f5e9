"""Order lines in plain-text bodies written in common shapes: the count after the description behind a dash
when the description holds sizes of its own, a pack-count column before the quantity, "qty @ price = extension",
and a line (or a table row) whose quantity was left out. Every document here is made up.
"""

from __future__ import annotations

from decimal import Decimal

from extractors.registry import extract_part
from extractors.tabular import rows_to_lines
from models.schemas import Extraction, Part, Provenance


def _text(body: str) -> Extraction:
    return extract_part(Part(0, "body_text", "text/plain", None, body.encode()))


def _html(body: str) -> Extraction:
    return extract_part(Part(0, "body_html", "text/html", None, body.encode()))


def _got(ex: Extraction) -> list[tuple[str | None, Decimal | None, str | None]]:
    return [(ln.item_code, ln.quantity, ln.uom) for ln in ex.lines]


# -- a dash and a count after a description that holds measures -------------------------------------


def test_a_trailing_dash_count_wins_over_a_measure_in_the_description():
    """GIVEN lines 'code  size-with-unit words - N unit' WHEN read THEN the count after the dash is the
    quantity, and the measure ("55 gal", "2 mil") stays in the description as the goods' size."""
    ex = _text("PO 6620\n\n"
               "QX-4410 55 gal drum liners 2 mil - 3 cs\n"
               "QX-5120 16 oz deli containers - 12 cases\n"
               "QX-7702 blue shop towels - 9\n\n"
               "Regards\nPat\n")
    assert _got(ex) == [("QX-4410", Decimal(3), "CS"), ("QX-5120", Decimal(12), "CS"), ("QX-7702", Decimal(9), None)]
    assert ex.lines[0].description == "55 gal drum liners 2 mil"
    assert ex.unread == []


def test_a_count_in_its_unit_after_the_code_still_wins_over_words_after_a_dash():
    """GIVEN 'code 4 cs words - note' (the count right after the code, in a unit that counts) THEN the count
    after the code stays the quantity: only a measure there gives way to a dash count."""
    ex = _text("PO 6621\n\nQX-4410 4 cs black liners - the heavy ones\n\nRegards\nPat\n")
    assert _got(ex) == [("QX-4410", Decimal(4), "CS")]


# -- a pack-count column before the quantity --------------------------------------------------------


def test_a_pack_count_column_before_the_quantity():
    """GIVEN rows 'code  description  <count glued to its pack word>  N' in columns set apart by spaces
    THEN the final bare number is the quantity and the glued count ("250ct", "48 rl", "50pk") the pack:
    it is not the quantity, and the unit is left to the catalog."""
    ex = _text("PO 7781\n\n"
               "RT-11020  trash bags 30x37 1.2mil   250ct   3\n"
               "RT-22015  vinyl gloves medium       100ct   8\n"
               "RT-33010  masking tape 1in          48 rl   1\n"
               "RT-44007  zip ties 12in             50pk    9\n\n"
               "Thanks\nLee\n")
    assert _got(ex) == [("RT-11020", Decimal(3), None), ("RT-22015", Decimal(8), None),
                        ("RT-33010", Decimal(1), None), ("RT-44007", Decimal(9), None)]
    assert [ln.description for ln in ex.lines] == ["trash bags 30x37 1.2mil", "vinyl gloves medium",
                                                   "masking tape 1in", "zip ties 12in"]
    assert ex.unread == []


def test_a_measure_before_a_bare_number_is_no_pack_column():
    """GIVEN 'code  words  5 gal  2' (a measure, not a count, before the number) THEN it is not read as a
    pack column: which number orders what is unsure, so no confident line comes of it."""
    ex = _text("PO 7782\n\nRT-55001  floor stripper     5 gal   2\nRT-55002  floor finish     5 gal   3\n\n"
               "Thanks\nLee\n")
    assert all(ln.confidence < 0.95 or ln.quantity != Decimal(2) for ln in ex.lines)


# -- quantity @ price = extension --------------------------------------------------------------------


def test_quantity_at_price_equals_extension_is_read_when_the_arithmetic_holds():
    """GIVEN 'code  description  N @ $P = $E' rows (sizes and weights inside the description) and a Total
    line THEN N is the quantity, P the unit price, E the line's total: N x P = E confirms it."""
    ex = _text("PO 3390\n\n"
               "MK-2201  8.5x14 legal pads        7 @ $12.50 = $87.50\n"
               "MK-3302  20 lb bond paper        15 @ $41.00 = $615.00\n"
               "MK-4403  jumbo paper clips       30 @ $1.10  = $33.00\n"
               "                                      Total: $735.50\n\n"
               "Thanks\nKim\n")
    got = [(ln.item_code, ln.quantity, ln.unit_price, ln.line_total) for ln in ex.lines]
    assert got == [("MK-2201", Decimal(7), Decimal("12.50"), Decimal("87.50")),
                   ("MK-3302", Decimal(15), Decimal("41.00"), Decimal("615.00")),
                   ("MK-4403", Decimal(30), Decimal("1.10"), Decimal("33.00"))]
    assert [ln.description for ln in ex.lines] == ["8.5x14 legal pads", "20 lb bond paper", "jumbo paper clips"]
    assert ex.unread == []


# -- a line whose quantity was left out --------------------------------------------------------------


def test_a_coded_line_without_a_quantity_among_order_lines_is_a_line_without_quantity():
    """GIVEN a list of 'code qty N' lines and one line naming a code and its goods with no quantity THEN that
    line is still read, its quantity None (a clerk fills it in), never dropped nor given a number."""
    ex = _text("PO 5120\n\n"
               "HX-1010-20  qty 4\n"
               "HX-2020     qty 4\n"
               "HX-3030 anchor bolt 1/2-13 x 6\"\n\n"
               "Thanks\nRay\n")
    assert _got(ex) == [("HX-1010-20", Decimal(4), None), ("HX-2020", Decimal(4), None), ("HX-3030", None, None)]
    assert ex.lines[2].description == "anchor bolt 1/2-13 x 6\""
    assert ex.lines[2].confidence < 0.95
    assert ex.unread == []


def test_a_coded_line_that_takes_an_item_away_is_no_line():
    """GIVEN a coded line in the list that says to take the item off ("- remove it", "cancel") THEN it is no
    order line with a missing quantity: it stays a doubt for a clerk."""
    ex = _text("PO 5121\n\nHX-1010-20  qty 4\nHX-5050 - remove, we won't need it anymore\n\nThanks\nRay\n")
    assert _got(ex) == [("HX-1010-20", Decimal(4), None)]
    assert ex.unread == ["HX-5050 - remove, we won't need it anymore"]


_TABLE_ROWS = [("PB-1100-S", "Poly aprons small, 100/bx", "5", "BX"), ("PB-2200", "Vinyl gloves L", "12", "BX"),
               ("PB-3300", "Bleach wipes 160 ct", "", "CS"), ("PB-4400", "Face shields 24/case", "2", "CS")]


def test_a_blank_quantity_cell_among_filled_ones_is_a_line_without_quantity_in_html():
    """GIVEN an HTML table where one row of four leaves its quantity cell empty THEN that row is a line with
    quantity None and its unit, in its place among the others."""
    rows = "".join(f"<tr><td>{c}</td><td>{d}</td><td>{q}</td><td>{u}</td></tr>" for c, d, q, u in _TABLE_ROWS)
    ex = _html("<html><body><p>PO 4411</p><table><tr><th>Item</th><th>Description</th><th>Qty</th>"
               f"<th>UOM</th></tr>{rows}</table><p>Thanks</p></body></html>")
    assert _got(ex) == [("PB-1100-S", Decimal(5), "BX"), ("PB-2200", Decimal(12), "BX"), ("PB-3300", None, "CS"),
                        ("PB-4400", Decimal(2), "CS")]
    assert ex.lines[2].confidence < 0.95
    assert ex.unread == []


def test_a_blank_quantity_cell_among_filled_ones_is_a_line_without_quantity_in_text():
    """GIVEN the same table typed in columns lined up with spaces THEN the same lines."""
    body = "PO 4411\n\nItem        Description                 Qty  UOM\n" + "".join(
        f"{c:<12}{d:<28}{q:<5}{u}\n" for c, d, q, u in _TABLE_ROWS) + "\nThanks\nJo\n"
    ex = _text(body)
    assert _got(ex) == [("PB-1100-S", Decimal(5), "BX"), ("PB-2200", Decimal(12), "BX"), ("PB-3300", None, "CS"),
                        ("PB-4400", Decimal(2), "CS")]
    assert ex.unread == []


def test_an_order_form_with_mostly_blank_quantities_keeps_its_blank_rows_out():
    """GIVEN an order form listing many items, few of them with a quantity THEN the blank rows are items not
    ordered, no lines; as many blank rows as filled ones stay doubts, as before."""
    rows = [["Code", "Description", "Qty"], ["AA-1", "First", "2"], ["AA-2", "Second", ""], ["AA-3", "Third", ""],
            ["AA-4", "Fourth", ""]]
    read = rows_to_lines(rows, "csv", lambda r, c: Provenance(kind="csv", row=r))
    assert [(ln.item_code, ln.quantity) for ln in read.lines] == [("AA-1", Decimal(2))]
    assert read.unread == ["AA-2 | Second", "AA-3 | Third", "AA-4 | Fourth"]


# -- sizes written where an item code would stand ----------------------------------------------------


def test_a_size_where_a_code_would_stand_stays_in_the_description():
    """GIVEN counted lines whose first word after the count is a three-part size ("14x24x2"), a number
    joined to a word ("4-way", "3-ply") or an area ("150 sq ft") WHEN read THEN none of them is taken for an
    item code: the whole text is the description the catalog is searched by."""
    ex = _text("PO 7731\n\n"
               "6 x 4-way grease fittings\n"
               "- 2 x 150 sq ft pleated element\n"
               "14x24x2 MERV10 x5\n\n"
               "Thanks\nLee\n")
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        (None, "4-way grease fittings", Decimal(6)),
        (None, "150 sq ft pleated element", Decimal(2)),
        (None, "14x24x2 MERV10", Decimal(5)),
    ]


def test_a_count_joined_to_a_size_is_no_count():
    """GIVEN a list line opening with a size ("12x18 M8 (2)") WHEN read THEN its first number is not
    read as a count of 12: the line is left for a clerk rather than read wrongly."""
    ex = _text("PO 7732\n\nPlease send:\n\n3 x 12x18x1 filters\n12x18 M8 (2)\n\nThanks\nLee\n")
    assert [ln.quantity for ln in ex.lines] == [Decimal(3)]
    assert any("12x18 M8" in u for u in ex.unread)


def test_order_and_a_count_opening_a_line_counts_goods_and_names_no_order():
    """GIVEN a line opening "Order 6 - <code> ..." WHEN read THEN 6 is the count of that item, not an order
    number to strip: the item is read, never lost."""
    ex = _text("PO 8812\n\nOrder 6 - QX-3030 anchor bolts, 2 x QX-3040 washers\n\nThanks\nLee\n")
    assert _got(ex) == [("QX-3030", Decimal(6), None), ("QX-3040", Decimal(2), None)]


def test_order_lines_typed_right_under_an_address_are_read():
    """GIVEN a "Ship to:" address followed, without a blank line, by counted goods WHEN read THEN the goods
    are order lines: the address ends where a line reads as goods and not as an address."""
    ex = _text("PO 8813\nPlease send 3 x QX-1010.\n\nShip to:\n12 Elm St\nSpringfield IL 62701\n"
               "2 boxes of latex gloves L\n6 rolls of green masking tape\n\nThanks\nLee\n")
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [("QX-1010", Decimal(3)), (None, Decimal(2)),
                                                               (None, Decimal(6))]


def test_goods_named_with_a_street_word_are_not_an_address():
    """GIVEN list lines such as "20 Orange Road Cones 28in" WHEN read THEN they are not taken for streets
    and dropped: a clerk sees them (or they are read)."""
    ex = _text("PO 8814\nPlease send:\n4 x QX-2525\n20 Orange Road Cones 28in\n6 Square Drive Sockets\n\nLee\n")
    seen = [ln.description or "" for ln in ex.lines] + list(ex.unread)
    assert any("Road Cones" in s for s in seen) and any("Drive Sockets" in s for s in seen)


# -- sizes written with decimals and metric units (a lab's, a workshop's) ------------------------------------


def test_a_decimal_size_before_its_unit_is_the_goods_size_not_an_item_code():
    """GIVEN bullet lines opening with a size ("1.5 mL tubes", "0.45 um filters", "2.0ml", "20ul") THEN the size
    stays in the description whole (decimal point included) and no item code is read from it."""
    ex = _text("Hi,\n\n"
               "- 1.5 mL amber vials, 1 box\n"
               "- 0.45 um nylon syringe filters 25mm, 2 pk\n"
               "- 2.0ml screw cap vials - 3 boxes\n"
               "- 20ul gel loading tips x1 case\n\n"
               "Thanks\nSam\n")
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [(None, Decimal(1)), (None, Decimal(2)),
                                                                 (None, Decimal(3)), (None, Decimal(1))]
    assert [ln.description for ln in ex.lines] == ["1.5 mL amber vials", "0.45 um nylon syringe filters 25mm",
                                                   "2.0ml screw cap vials", "20ul gel loading tips"]


def test_a_measure_after_a_comma_is_the_items_size_not_a_new_line():
    """GIVEN numbered lines 'N unit goods, 25 mm – à price' (a German or Dutch order) THEN the measure after
    the comma ("25 mm", "4 l", "500 ml") stays with the item and its price: no second line is read."""
    ex = _text("Bestellnummer: 4500-1\n\n"
               "1. 5 VE Rundfilter Nylon 0,45 µm, 25 mm (VE = 100 Stk) – à 78,90 €\n"
               "2. 2 Stk Aceton technisch, 4 l – à 36,00 €\n"
               "3. 1 Stk Pufferlösung pH 4,00, 500 ml – à 15,20 €\n\n"
               "Mit freundlichen Grüßen\n")
    assert [(ln.quantity, ln.unit_price) for ln in ex.lines] == [
        (Decimal(5), Decimal("78.90")), (Decimal(2), Decimal("36.00")), (Decimal(1), Decimal("15.20"))]


def test_a_measure_at_the_end_of_a_counted_line_is_its_size():
    ex = _text("Hello,\n\n- 6 wash bottles, 250 ml\n- 2 packs medium weigh boats\n\nThanks\n")
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [
        (Decimal(6), "wash bottles, 250 ml"), (Decimal(2), "medium weigh boats")]


def test_a_number_only_catalog_code_after_a_quantity_label_is_read():
    """GIVEN 'qty 4 - 13-4010' lines (a reseller's codes, digits only) THEN each is a line of that code."""
    ex = _text("PO LSD-1\n\nqty 4 - 13-4010\nqty 2 - 13-4025\n\nBlind ship please.\n")
    assert _got(ex) == [("13-4010", Decimal(4), None), ("13-4025", Decimal(2), None)]


def test_an_empty_spreadsheet_row_pasted_as_tabs_does_not_end_the_table():
    ex = _text("Hi,\n\nCat #\tItem\tQty\tUnit\tPrice\n10-1010\t10ul filter tips\t3\tcs\t96.50\n\t\t\t\t\n"
               "14-5101\tgloves S\t5\tbx\t8.90\n\nThanks\n")
    assert [(ln.item_code, ln.quantity, ln.unit_price) for ln in ex.lines] == [
        ("10-1010", Decimal(3), Decimal("96.50")), ("14-5101", Decimal(5), Decimal("8.90"))]
    assert ex.unread == []


def test_a_price_after_a_with_its_currency_sign_first_and_the_dutch_box():
    ex = _text("Goedemiddag,\n\n- 4 doos nitril handschoenen maat L (à € 8,45 per doos)\n"
               "- 3 x ethanol absoluut 4 L (à € 159,00)\n\nMet vriendelijke groet\n")
    assert [(ln.quantity, ln.uom, ln.description, ln.unit_price) for ln in ex.lines] == [
        (Decimal(4), "BX", "nitril handschoenen maat L", Decimal("8.45")),
        (Decimal(3), None, "ethanol absoluut 4 L", Decimal("159.00"))]


def test_a_table_quantity_cell_with_its_unit_in_accented_letters():
    """GIVEN a bar table whose quantity cells hold "4 boîtes", "10 Stück" THEN the row is read, not left unread."""
    ex = _text("Bonjour,\n\nRéf. | Désignation | Qté | Prix unitaire HT\n"
               "12-3015 | Tubes coniques 15 ml stériles | 2 colis | 112,00 €\n"
               "11-2020 | Microtubes 2,0 ml bouchon clipsable | 4 boîtes | 12,80 €\n\nCordialement,\n")
    assert [(ln.quantity, ln.uom, ln.unit_price) for ln in ex.lines] == [
        (Decimal(2), "CS", Decimal("112.00")), (Decimal(4), "BX", Decimal("12.80"))]
    assert ex.unread == []


def test_a_size_written_apart_opening_a_line_whose_count_ends_it():
    """GIVEN '16 x 12 x 12" (32) - 20 bdl', '18 x 1500 cast wrap - 8 cases', '7.5 x 10.5 poly mailers x 2 cs'
    THEN the count at the end is the quantity and the size stays the goods' (not a quantity of 16, 18 or 7.5,
    nor a code "7.5"); '2 x 4 boxes' is still two of them."""
    ex = _text("Hi\n\n16 x 12 x 12\" (32) - 20 bdl\n18 x 1500 cast wrap 80ga - 8 cases\n"
               "- 7.5 x 10.5 poly mailers x 2 cs\n2 x 4 boxes\n\nThanks\n")
    assert [(ln.item_code, ln.quantity) for ln in ex.lines] == [
        (None, Decimal(20)), (None, Decimal(8)), (None, Decimal(2)), (None, Decimal(2))]
    assert [ln.description for ln in ex.lines][:3] == ['16 x 12 x 12" 32', "18 x 1500 cast wrap 80ga",
                                                      "7.5 x 10.5 poly mailers"]


def test_a_place_before_a_colon_more_of_the_same_and_a_dash_after_the_greeting():
    """GIVEN 'For Bethlehem: 2 pallets of ...', 'Hi - can you send 3 more cases of ...' THEN each is read; a
    field's label ('Phone: 555 0101', 'Total: 4') is still no line."""
    ex = _text("Karen,\n\nFor Bethlehem: 2 pallets of the 18x18x18 boxes\n"
               "Hi - can you send 3 more cases of the 4x6 labels?\nPhone: 555 0101\nTotal: 4\n\nThanks\nRob\n")
    assert [(ln.quantity, ln.uom, ln.description) for ln in ex.lines] == [
        (Decimal(2), "PL", "18x18x18 boxes"), (Decimal(3), "CS", "4x6 labels")]
    assert ex.unread == []


def test_three_lines_of_a_bare_count_and_the_goods_are_a_list():
    """GIVEN a phone-typed run 'N goods' with no dash, unit or code THEN each is a line; one such sentence alone
    ('2 people will be at the dock') is not."""
    ex = _text("Need for will call asap\n2 single pole contactors 30 amp\n1 jug 410\n1 hard start kit\n"
               "On PO SC-7760\n\nSent from my phone\n")
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [
        (Decimal(2), "single pole contactors 30 amp"), (Decimal(1), "jug 410"), (Decimal(1), "hard start kit")]
    assert _text("Hi team\n\n12 December works for delivery.\n2 people will be at the dock.\n\nThanks\n").lines == []


def test_a_size_between_a_count_in_words_and_its_unit():
    """GIVEN prose '... and six one-liter bottles of Harris hematoxylin. Also two 5-gallon pails of floor wax.'
    THEN each is a line of that count, the size kept with the goods' name."""
    ex = _text("Good morning,\n\nPlease send us a box of the microtome blades and six one-liter bottles of Harris "
               "hematoxylin. Also two 5-gallon pails of floor wax.\n\nThanks\n")
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [
        (Decimal(1), "microtome blades"), (Decimal(6), "one-liter Harris hematoxylin"),
        (Decimal(2), "5-gallon floor wax")]


def test_a_telephone_number_on_its_own_line_is_no_order_line():
    ex = _text("PO 77\n\n4 cs nitrile gloves M\n\nRob Whitacre\n(937) 555-0142 x214\n+1 937-555-0142\n"
               "Tel: 937.555.0142 ext. 12\n")
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [(Decimal(4), "nitrile gloves M")]
    assert ex.unread == []


def test_a_sheet_titled_an_order_form_leaves_its_blank_rows_unordered():
    """GIVEN the supplier's order form, titled so, with prices printed and a quantity on most rows THEN a row left
    blank is an item not ordered: neither a line without a quantity nor a doubt."""
    rows = [["Fenwick Supply - Contractor Order Form", "", ""], ["PO #:", "FG-1", ""],
            ["Item #", "Description", "Order Qty"], ["AA-1", "First", "2"], ["AA-2", "Second", ""],
            ["AA-3", "Third", "5"], ["AA-4", "Fourth", "1"]]
    read = rows_to_lines(rows, "sheet", lambda r, c: Provenance(kind="sheet", row=r))
    assert [(ln.item_code, ln.quantity) for ln in read.lines] == [("AA-1", 2), ("AA-3", 5), ("AA-4", 1)]
    assert read.unread == []
