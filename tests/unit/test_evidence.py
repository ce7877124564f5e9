"""Evidence accounting: a line is approved untouched only when everything its source says was used."""

from __future__ import annotations

from decimal import Decimal

from extractors.email_text import extract_text
from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.evidence import Leftover, LineReading, ProductWording, describe, unaccounted
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field

HEX_NUT = ProductWording("NW-FAS-10539", "Hex nut 1/4-20, zinc plated, box of 100", "BX", 100,
                         prices=(Decimal("6.40"),))
CUPS = ProductWording("CUP-12-WHT", "Paper cup 12oz, white, case of 1000", "CS", 1000)
VEST = ProductWording("VST-C3-XL", "Hi-vis safety vest, class 3, size XL", "EA")


def test_a_quantity_written_after_the_description_and_not_read_is_left_over():
    # GIVEN the line read as one box of the code, "1" taken from inside "1/4-20"
    reading = LineReading("NW-FAS-10539 1/4-20 hex nuts - 8 boxes", 1, quantity=Decimal(1),
                          item_code="NW-FAS-10539")
    # THEN "- 8 boxes" is what nothing accounts for, and it questions the quantity
    assert unaccounted(reading, HEX_NUT) == [Leftover("- 8 boxes", "quantity")]
    assert describe(unaccounted(reading, HEX_NUT)) == [
        ("quantity", "'- 8 boxes' was left unread on this line: check the quantity")]


def test_the_products_own_wording_and_the_read_values_account_for_everything():
    assert unaccounted(LineReading("NW-FAS-10539 1/4-20 hex nuts - 8 boxes", 1, quantity=Decimal(8), uom="BX",
                                   item_code="NW-FAS-10539"), HEX_NUT) == []
    assert unaccounted(LineReading("2 x CUP-12-WHT 12oz cups 1000/cs", 1, quantity=Decimal(2),
                                   item_code="CUP-12-WHT"), CUPS) == []
    assert unaccounted(LineReading("class 3 vest XL - 10", 1, quantity=Decimal(10)), VEST) == []
    assert unaccounted(LineReading("5 boxes of hex nuts 100/BX @ 6.40", 1, quantity=Decimal(5), uom="BX",
                                   unit_price=Decimal("6.40")), HEX_NUT) == []
    # a list's own number, and a table's position column
    assert unaccounted(LineReading("1. NW-FAS-10539 qty 4", 1, quantity=Decimal(4), item_code="NW-FAS-10539"),
                       HEX_NUT) == []
    assert unaccounted(LineReading("10 | NW-FAS-10539 | Hex nut | 4 | BX", 1, quantity=Decimal(4), uom="BX",
                                   item_code="NW-FAS-10539",
                                   cells=("10", "NW-FAS-10539", "Hex nut", "4", "BX")), HEX_NUT) == []


def test_a_size_or_code_that_disagrees_with_the_product_is_left_over():
    assert unaccounted(LineReading("2 x CUP-12-WHT 16oz cups", 1, quantity=Decimal(2), item_code="CUP-12-WHT"),
                       CUPS) == [Leftover("16oz", "sku")]
    assert unaccounted(LineReading("4 x NW-FAS-10539 NW-FAS-10540", 1, quantity=Decimal(4),
                                   item_code="NW-FAS-10539"), HEX_NUT) == [Leftover("NW-FAS-10540", "sku")]
    assert unaccounted(LineReading("class 3 vest XL 12 - 10", 1, quantity=Decimal(10)), VEST) == [
        Leftover("12", "quantity")]
    # a number of the description, counted in the product's unit, is a quantity
    assert unaccounted(LineReading("10 x CUP-12-WHT - 12 cases", 1, quantity=Decimal(10), item_code="CUP-12-WHT"),
                       CUPS) == [Leftover("- 12 cases", "quantity")]
    assert unaccounted(LineReading("10 x CUP-12-WHT 1000 pcs/case", 1, quantity=Decimal(10), item_code="CUP-12-WHT"),
                       CUPS) == []
    assert unaccounted(LineReading("10 x CUP-12-WHT 1000 pcs", 1, quantity=Decimal(10), item_code="CUP-12-WHT"),
                       CUPS) == []


CATALOG = CatalogIndex([
    CatalogProduct("NW-FAS-10539", "Hex nut 1/4-20, zinc plated, box of 100", "BX", Decimal("6.40"), pack_size=100),
    CatalogProduct("VST-C3-XL", "Hi-vis safety vest, class 3, size XL", "EA", Decimal("9.00")),
])
CUSTOMER = CustomerMatch("C1", "Northwind Fasteners", "contact_email", 0.99)


def _matched(body: str):
    extraction = extract_text(body, 0)
    header = ExtractedHeader(po_number=Field("PO-1", 0.9))
    return match_order(header, extraction.lines, CUSTOMER, CATALOG, StaticKnowledge())


def test_an_email_line_with_its_quantity_after_the_description_is_never_approved_as_one():
    # GIVEN a known customer's email whose quantity follows the description
    matched = _matched("Hi,\n\nNW-FAS-10539 1/4-20 hex nuts - 8 boxes\n\nThanks\n")
    # THEN the line is never approved untouched as read
    decision = decide(matched, 0.9)
    line = matched.lines[0]
    assert not decision.auto_approve or line.quantity == 8
    if line.quantity != 8:
        assert "unaccounted_text" in [r.code for r in line.reasons]


def test_a_clean_email_line_stays_clean():
    matched = _matched("Hi,\n\nclass 3 vest XL - 10\n10 x NW-FAS-10539\n\nThanks\n")
    assert "unaccounted_text" not in [r.code for line in matched.lines for r in line.reasons]
    assert [line.quantity for line in matched.lines] == [10, 10]


def test_a_second_quantity_left_in_the_line_is_a_doubt_on_the_quantity():
    matched = match_order(ExtractedHeader(po_number=Field("PO-1", 0.9)),
                          [ExtractedLine("10 x NW-FAS-10539 - 8 boxes", Decimal(10), item_code="NW-FAS-10539",
                                         description="- 8 boxes")],
                          CUSTOMER, CATALOG, StaticKnowledge())
    reasons = matched.lines[0].reasons
    assert [(r.code, r.field, r.message) for r in reasons] == [
        ("unaccounted_text", "quantity", "'- 8 boxes' was left unread on this line: check the quantity")]
    assert not decide(matched, 0.9).auto_approve


def _csv_part(text: str):
    from models.schemas import Part

    return Part(1, "attachment", "text/csv", "po.csv", text.encode())


def test_a_table_row_with_an_empty_quantity_cell_is_never_dropped_silently():
    from extractors.registry import extract_part

    # GIVEN a CSV order whose second row names an item and its price but leaves the quantity empty
    extraction = extract_part(_csv_part(
        "Item,Description,Qty,Unit Price\n"
        "NW-FAS-10539,Hex nut 1/4-20,8,6.40\n"
        ",Hand soap 1 gal,,12.00\n"
        "Total,,,51.20\n"))
    # THEN it is one line read, and the other shown to a clerk as unread (the totals row is neither)
    assert [line.item_code for line in extraction.lines] == ["NW-FAS-10539"]
    assert extraction.unread == ["Hand soap 1 gal | 12.00"]


def test_a_table_row_naming_only_the_buyers_part_is_never_dropped_silently():
    from extractors.registry import extract_part

    extraction = extract_part(_csv_part(
        "Item,Customer Part,Description,Qty\n"
        "NW-FAS-10539,CP-1,Hex nut 1/4-20,8\n"
        ",CP-7731,,5\n"))
    assert extraction.unread == ["CP-7731 | 5"]


def test_a_fraction_in_a_description_is_not_read_as_the_quantity():
    # GIVEN "1/4-20" in the description and the quantity after it
    (line,) = extract_text("Hi,\n\nNW-FAS-10539 1/4-20 hex nuts - 8 boxes\n\nThanks\n", 0).lines
    # THEN the quantity is the 8 boxes written, not the 1 of 1/4
    assert (line.quantity, line.uom, line.item_code) == (8, "BX", "NW-FAS-10539")


def test_an_email_line_naming_a_code_without_a_quantity_is_shown_unread():
    # GIVEN an order email whose second item, in a paragraph of its own, has no quantity
    extraction = extract_text("Hi,\n\n10 x NW-FAS-10539\n\nAlso need the GLV-NIT-L-BLU gloves\n\nThanks\n", 0)
    # THEN it is never read as 1, nor dropped: a clerk sees it
    assert [line.item_code for line in extraction.lines] == ["NW-FAS-10539"]
    assert extraction.unread == ["Also need the GLV-NIT-L-BLU gloves"]


def test_abbreviations_of_the_products_words_are_its_wording_and_another_thread_is_not():
    screw = ProductWording("FS-41213-208", "Hex cap screw, 1/2-13 x 2 in, grade 8, yellow zinc, 25/box", "BX", 25)
    assert unaccounted(LineReading("FS-41213-208 | HEX CAP SCREW 1/2-13 X 2 GR8 YZ | 8 | BX | C$27.10", 1,
                                   quantity=Decimal(8), uom="BX", item_code="FS-41213-208",
                                   unit_price=Decimal("27.10")), screw) == []
    assert unaccounted(LineReading("FS-41213-208 HEX CAP SCREW 1/2-13 X 2 GR5 - 8 BX", 1, quantity=Decimal(8),
                                   uom="BX", item_code="FS-41213-208"), screw) == [Leftover("GR5", "sku")]
    assert unaccounted(LineReading("5/16-18 x 1-1/2 hex cap screws gr8 - 4 bx", 1, quantity=Decimal(4), uom="BX"),
                       screw) == [Leftover("5/16-18", "sku"), Leftover("1-1/2", "sku")]
    assert unaccounted(LineReading("1\tFS-41213-208\tSCREW 1/2-13\t6\tBX", 1, quantity=Decimal(1),
                                   item_code="FS-41213-208"), screw) == [Leftover("6 BX", "quantity")]


def test_a_second_order_table_in_an_html_body_is_never_dropped_silently():
    from extractors.registry import extract_part
    from models.schemas import Part

    table = ("<table><tr><th>Item</th><th>Description</th><th>Qty</th></tr>"
             "<tr><td>{code}</td><td>{what}</td><td>{qty}</td></tr></table>")
    html = ("<html><body><p>Jobsite A:</p>" + table.format(code="NW-FAS-10539", what="Hex nut", qty=8)
            + "<p>Jobsite B:</p>" + table.format(code="VST-C3-XL", what="Vest class 3", qty=10) + "</body></html>")
    extraction = extract_part(Part(0, "body_html", "text/html", None, html.encode()))
    assert [line.item_code for line in extraction.lines] == ["NW-FAS-10539"]
    assert extraction.unread == ["VST-C3-XL | Vest class 3 | 10"]


def test_an_order_line_in_a_postscript_under_the_signature_is_shown_unread():
    # GIVEN an order email with one more item asked for in a P.S. under the sign-off
    extraction = extract_text("Hi,\n\n10 x NW-FAS-10539\n\nThanks,\nJane\nTel 555-0142\n\n"
                              "P.S. please add 4 x VST-C3-XL\n", 0)
    # THEN it is not lost: a clerk sees it (and a P.S. that orders nothing is left alone)
    assert [line.item_code for line in extraction.lines] == ["NW-FAS-10539"]
    assert extraction.unread == ["P.S. please add 4 x VST-C3-XL"]
    assert extract_text("Hi,\n\n10 x NW-FAS-10539\n\nThanks!\n\nPS: have a good weekend\n", 0).unread == []


def test_the_content_of_the_products_pack_is_its_wording():
    plugs = ProductWording("SF-30210", "Foam earplugs, uncorded, NRR 32, 200 pairs/box", "BX")
    assert unaccounted(LineReading("Earplugs foam uncorded (200 pr) | 2 | box", 1, quantity=Decimal(2), uom="BX"),
                       plugs) == []
    assert unaccounted(LineReading("Earplugs foam uncorded - 200 boxes", 1, quantity=Decimal(2), uom="BX"),
                       plugs) == [Leftover("- 200 boxes", "quantity")]


def test_a_measure_in_the_description_is_a_size_of_the_product():
    bags = ProductWording("BAG-45G-CLR", "Trash bags 45 gal, 40 x 46 in, 1.2 mil, clear, 100/case", "CS", 100)
    assert unaccounted(LineReading("3 cases of the 45 gallon clear trash bags", 1, quantity=Decimal(3), uom="CS"),
                       bags) == []
    assert unaccounted(LineReading("3 cases of the 55 gallon clear trash bags", 1, quantity=Decimal(3), uom="CS"),
                       bags) == [Leftover("55 gallon", "sku")]


def test_a_thread_size_opening_a_line_is_neither_a_code_nor_a_quantity():
    lines = extract_text("Hi,\n\n1/4-20 x 1 HCS - 2 bx\n3/8 x 3 wedge anchors - 2 bx\n"
                         "1/4-28 nuts (FINE thread) - 3 bx\n\nThanks\n", 0).lines
    assert [(line.quantity, line.uom, line.item_code) for line in lines] == [(2, "BX", None)] * 2 + [(3, "BX", None)]
    assert lines[2].description == "1/4-28 nuts FINE thread"


def test_a_fixed_column_rows_own_number_and_its_price_basis_are_accounted_for():
    """GIVEN an ERP row "00020  HN-14  HEX NUT 1/4-20  12  BX  6.40  1 BX  76.80" read as 12 boxes at 6.40
    THEN the row's number (20 on the second row) and the "1 BX" the price is per are no leftover; a row number
    that is not this line's, or a "1 BX" after no price, still is."""
    source = "00020  HN-14  HEX NUT 1/4-20  12  BX      6.40  1 BX      76.80"
    reading = LineReading(source, 2, quantity=Decimal(12), uom="BX", item_code="NW-FAS-10539",
                          customer_part="HN-14", unit_price=Decimal("6.40"), line_total=Decimal("76.80"))
    assert unaccounted(reading, HEX_NUT) == []
    assert unaccounted(LineReading("003  NW-FAS-10539  HEX NUT 1/4-20   12  BX", 3, quantity=Decimal(12),
                                   uom="BX", item_code="NW-FAS-10539"), HEX_NUT) == []
    assert Leftover("00050", "quantity") in unaccounted(
        LineReading(source.replace("00020", "00050"), 2, quantity=Decimal(12), uom="BX", item_code="NW-FAS-10539",
                    customer_part="HN-14", unit_price=Decimal("6.40"), line_total=Decimal("76.80")), HEX_NUT)
    assert unaccounted(LineReading("HEX NUT 1/4-20  12 BX  1 BX", 1, quantity=Decimal(12), uom="BX"), HEX_NUT) != []


def test_a_bare_ten_or_twenty_opening_a_row_may_be_its_quantity_not_a_row_number():
    """GIVEN line 2 '20  VST-C3-XL  vests  1 EA' read as 1 vest WHEN accounted for THEN the '20' is left over
    (a quantity misread hides there); counted in tens, a row number carries its zeros ('00020')."""
    def left(source: str) -> list[str]:
        reading = LineReading(source, 2, quantity=Decimal(1), uom="EA", item_code="VST-C3-XL")
        return [leftover.text.strip() for leftover in unaccounted(reading, VEST)]

    assert left("20  VST-C3-XL  vests  1 EA") == ["20"]
    assert left("00020  VST-C3-XL  vests  1 EA") == []
    assert left("2  VST-C3-XL  vests  1 EA") == []
