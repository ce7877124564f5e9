"""Description-only lines against near-twins: more kinds of writing (matching/wording.py, catalog.py).
Made-up catalog; each test names the phenomenon it reads."""

from __future__ import annotations

from decimal import Decimal

from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field


def _index() -> CatalogIndex:
    rows = [
        ("PD-30", "Scouring pad 6 x 9 in, green, 10/pack", "PK", "6.10", 10),
        ("PD-31", "Scouring pad 4 x 6 in, green, 10/pack", "PK", "4.20", 10),
        ("PD-40", "Scouring pad 6 x 9 in, blue, 10/pack", "PK", "6.40", 10),
        ("TW-10", "Mechanic wiping towel, red, 50/box", "BX", "7.00", 50),
        ("CP-20", "Laser paper, 8.5 x 11 in, 28 lb, 500 sheets/ream", "RM", "11.0", 1),
        ("CP-21", "Laser paper, 11 x 17 in, 28 lb, 500 sheets/ream", "RM", "19.0", 1),
        ("CP-22", "Laser paper, 8.5 x 14 in, 28 lb, 500 sheets/ream", "RM", "15.0", 1),
        ("SL-01", "PTFE pipe sealant paste, 8 oz", "EA", "6.0", 1),
        ("SL-02", "Silicone sealant, clear, 10 oz", "EA", "5.0", 1),
        ("SV-M", "Welding sleeve, leather, A3 cut level, size M", "PR", "9.0", 1),
        ("SV-L", "Welding sleeve, leather, A3 cut level, size L", "PR", "9.0", 1),
        ("TR-1", "Molded pulp tray 8 x 8 in, 2-compartment, natural, 400/case", "CS", "30.0", 400),
        ("TR-2", "Molded pulp tray 8 x 8 in, 4-compartment, natural, 400/case", "CS", "31.0", 400),
        ("BS-1", "Bouffant cap, spunbond, 21 in, white, 1000/case", "CS", "40.0", 1000),
        ("BS-2", "Beard net, nylon, white, 100/bag", "BG", "4.0", 100),
    ]
    return CatalogIndex(CatalogProduct(s, d, u, Decimal(p), None, n) for s, d, u, p, n in rows)


def test_metric_dimensions_keep_the_inch_product_as_a_candidate() -> None:
    """GIVEN pads 6 x 9 in, WHEN a buyer writes '15x23 cm' (the same in centimetres), THEN the green
    6 x 9 pad is found, the 4 x 6 one is not, and the pick is a fuzzy (clerk-confirmed) match."""
    match = _index().match(None, "green scouring pads 15x23 cm")
    assert match.sku == "PD-30" and match.method == "fuzzy_description"
    assert "PD-31" not in {c.sku for c in match.candidates}


def test_a_paper_size_by_name_is_its_dimensions() -> None:
    """GIVEN laser paper in letter, legal and tabloid sizes, WHEN a buyer writes the size's name, THEN the
    sheet of that size is the pick."""
    index = _index()
    assert index.match(None, "legal laser paper 28 lb").sku == "CP-22"
    assert index.match(None, "28lb laser paper, ledger size").sku == "CP-21"
    assert index.match(None, "laser paper letter").sku == "CP-20"


def test_a_trade_name_for_a_material_is_the_material() -> None:
    """GIVEN a PTFE sealant, WHEN a buyer writes the brand the trade calls PTFE by, THEN it is found."""
    assert _index().match(None, "teflon sealant").sku == "SL-01"


def test_a_size_letter_before_a_grade_code_is_a_size() -> None:
    """GIVEN sleeves in M and L that share a cut level, WHEN a buyer writes 'sleeves L A3', THEN size L."""
    match = _index().match(None, "leather welding sleeves L A3")
    assert match.sku == "SV-L" and "SV-M" not in {c.sku for c in match.candidates}


def test_a_line_naming_only_a_size_or_colour_is_the_product_of_the_line_above() -> None:
    """GIVEN 'green scouring pads 6x9' on one line, WHEN the next says only 'blue ones too', THEN it is
    the blue 6 x 9 pad, by its own method (a clerk confirms what the buyer only implied)."""
    index = _index()
    match = index.match(None, "blue ones too", above="green scouring pads 6x9")
    assert match.sku == "PD-40" and match.method == "as_line_above"
    assert index.match(None, "larges same way", above="leather welding sleeves M").sku == "SV-L"


def test_a_line_naming_another_thing_is_not_taken_for_the_line_above() -> None:
    """GIVEN a line naming words of its own, WHEN they are not in our catalog, THEN no product from above."""
    match = _index().match(None, "floor machine discs 17 in, red", above="green scouring pads 6x9")
    assert match.method != "as_line_above" and match.sku is None
    assert _index().match(None, "green scouring pads 6x9", above="welding sleeves").sku == "PD-30"


def test_an_order_line_implied_by_the_line_above_waits_for_a_clerk() -> None:
    """GIVEN an order whose second line says only 'L same', WHEN matched, THEN it is the L sleeve, with a
    doubt naming the line, and the order is not approved."""
    lines = [ExtractedLine("4 pr leather welding sleeves M", Decimal(4), uom="PR",
                           description="leather welding sleeves M"),
             ExtractedLine("2 L same", Decimal(2), uom="PR", description="L same")]
    order = match_order(ExtractedHeader(po_number=Field("PO-9", 0.9)), lines,
                        CustomerMatch("C1", "Dockside Fabrication", "domain", 0.97), _index(), StaticKnowledge())
    assert [ml.match.sku for ml in order.lines] == ["SV-M", "SV-L"]
    assert any(r.code == "doubtful_match" and r.line_no == 2 for r in order.lines[1].reasons)
    assert not decide(order, 0.95).auto_approve


def test_abbreviated_compartments_are_a_measure() -> None:
    """GIVEN trays told apart by compartments, WHEN a buyer writes '2-comp', THEN 2 compartments, and the
    2-compartment tray is the pick."""
    from matching.wording import read_wording

    assert ("compartment", 2.0) in read_wording("pulp tray 2-comp").measures
    assert _index().match(None, "pulp tray 8x8 2-comp (case)").sku == "TR-1"


def test_a_unit_in_brackets_is_not_a_product_word() -> None:
    """GIVEN a line with its unit aside ('(cs)', 'per box'), THEN only the product's words are read, and
    the caps sold per case clear the matching floor."""
    from matching.wording import read_wording

    assert read_wording("bouffant caps (cs)").words == read_wording("bouffant caps per box").words \
        == read_wording("bouffant caps").words
    match = _index().match(None, "bouffant caps (cs)")
    assert match.sku == "BS-1" and match.score >= 70


def test_a_box_with_its_count_of_pieces_is_a_count_per_pack() -> None:
    """GIVEN 'caja 1000 pzas' (Spanish: box of 1000 pieces), THEN a count of 1000, no product word 'box'."""
    from matching.wording import read_wording

    wording = read_wording("gorro blanco (caja 1000 pzas)")
    assert wording.counts == {1000.0} and "box" not in wording.words
