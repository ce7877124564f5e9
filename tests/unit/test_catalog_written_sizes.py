"""Sizes as catalogs and buyers write them, read the same on both sides: a width left bare in a mixed
dimension ("1X50YD"), two ratings written over each other ("45/5"), an angle before a fraction ("ELL 45 1/2")
and a dimension followed by what the goods are ("16x12x8 cartons"). Made-up catalogs in trades the corpora
do not use."""

from __future__ import annotations

from decimal import Decimal

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

RIBBONS = CatalogIndex([
    CatalogProduct("RB-1-RED", "RIBBON SATIN 1X50YD RED", "RL", Decimal("6.10")),
    CatalogProduct("RB-15-RED", "RIBBON SATIN 1.5X50YD RED", "RL", Decimal("7.90")),
    CatalogProduct("RB-3-RED", "RIBBON SATIN 3X50YD RED", "RL", Decimal("11.20")),
])


def test_a_width_the_catalog_left_bare_is_the_inches_the_buyer_wrote() -> None:
    match = RIBBONS.match(None, 'red satin ribbon 3"')
    assert match.sku == "RB-3-RED"
    assert RIBBONS.match(None, "1 inch red satin ribbon").sku == "RB-1-RED"


MOTORS = CatalogIndex([
    CatalogProduct("MC-9", "MOTOR CAPACITOR RUN 9 MFD 370V", "EA", Decimal("8.00")),
    CatalogProduct("MC-35-5", "MOTOR CAPACITOR RUN DUAL 35 + 5 MFD 370V", "EA", Decimal("14.00")),
])


def test_two_ratings_over_each_other_are_not_a_fraction() -> None:
    assert {v for _, v in read_wording("motor capacitor 45/5 370v").measures} >= {45.0, 5.0}
    assert MOTORS.match(None, "motor capacitor run 35/5 370v").sku == "MC-35-5"


FITTINGS = CatalogIndex([
    CatalogProduct("SE-4512", "STREET ELL 45 1/2 BRASS", "EA", Decimal("4.20")),
    CatalogProduct("SE-4534", "STREET ELL 45 3/4 BRASS", "EA", Decimal("5.60")),
    CatalogProduct("SE-9012", "STREET ELL 90 1/2 BRASS", "EA", Decimal("3.90")),
])


def test_an_angle_before_a_fraction_is_two_attributes() -> None:
    assert {v for _, v in read_wording("ELL 90 1/2").measures} == {90.0, 0.5}
    assert {v for _, v in read_wording("pipe 1-1/2").measures} == {1.5}  # a mixed size stays one
    assert {v for _, v in read_wording("shelf 10 1/2 in").measures} == {10.5}
    assert FITTINGS.match(None, 'brass street ell 45 3/4"').sku == "SE-4534"


def test_a_dimension_followed_by_the_goods_is_not_a_quantity() -> None:
    assert read_wording("16x12x8 cartons 200# test").pairs == {(16.0, 12.0, 8.0)}
    assert read_wording("20x16x10 boxes 44 ect").pairs == {(20.0, 16.0, 10.0)}


HOSES = CatalogIndex([
    CatalogProduct("GH-58-50", "GARDEN HOSE 5/8 X 50FT RUBBER", "EA", Decimal("32.00")),
    CatalogProduct("GH-34-50", "GARDEN HOSE 3/4 X 50FT RUBBER", "EA", Decimal("41.00")),
    CatalogProduct("GH-1-50", "GARDEN HOSE 1 X 50FT RUBBER", "EA", Decimal("58.00")),
    CatalogProduct("SH-38-12", "SPRAYER HOSE 3/8 FPT X 1/4 MPT 12IN", "EA", Decimal("6.00")),
    CatalogProduct("SH-38-24", "SPRAYER HOSE 3/8 FPT X 1/4 MPT 24IN", "EA", Decimal("7.50")),
])


def test_a_bore_before_a_length_in_feet_is_inches() -> None:
    assert ("", 0.625) in read_wording("GARDEN HOSE 5/8 X 50FT").measures
    assert ("ft", 4.0) in read_wording("poly sheeting 4 x 25 ft").measures  # both sizes of a sheet
    assert HOSES.match(None, "rubber garden hose 3/4\" x 50'").sku == "GH-34-50"
    assert HOSES.match(None, 'garden hose 1" x 50 ft rubber').sku == "GH-1-50"


def test_a_size_the_catalog_left_unmarked_is_the_inches_the_buyer_marked() -> None:
    assert HOSES.match(None, 'sprayer hose 3/8" x 1/4" x 24"').sku == "SH-38-24"


SPARES = CatalogIndex([
    CatalogProduct("CR-455", "CAP RUN 45/5 MFD 440V RND", "EA", Decimal("18.50")),
    CatalogProduct("CR-405", "CAP RUN 40/5 MFD 440V RND", "EA", Decimal("17.90")),
    CatalogProduct("PC-34", "PIPE CAP 3/4 CXC WROT", "EA", Decimal("1.10")),
])


def test_a_word_the_catalog_cuts_short_is_found_from_the_whole_word() -> None:
    match = SPARES.match(None, "capacitor 45/5 440v")
    assert (match.sku, match.method) == ("CR-455", "fuzzy_description")  # found by its words: a clerk confirms
    # (A word we use is never cut to one of ours: "capsule" would be, were capsules in the catalog.)
    with_capsules = CatalogIndex([*SPARES.products.values(),
                                  CatalogProduct("CS-45", "CAPSULE GELATIN SIZE 0 45MM", "EA", Decimal("0.10"))])
    assert with_capsules.match(None, "capsule 45 mm").sku == "CS-45"


SHEETS = CatalogIndex([
    CatalogProduct("FS-243602-B", "FOAM SHEET 24X36X2 BLUE", "EA", Decimal("9.00")),
    CatalogProduct("FS-243602-W", "FOAM SHEET 24X36X2 WHITE", "EA", Decimal("9.00")),
    CatalogProduct("FS-243601-B", "FOAM SHEET 24X36X1 BLUE", "EA", Decimal("6.00")),
    CatalogProduct("BRKR-20-1", "BRKR 20A 1P PLUG-ON", "EA", Decimal("7.00")),
    CatalogProduct("BRKR-20-1G", "BRKR 20A 1P PLUG-ON GFCI", "EA", Decimal("39.00")),
])


def test_goods_named_in_the_buyers_own_word_are_found_by_their_measures() -> None:
    # "slabs" is no word of ours: the three sizes and the colour tell which sheet (a clerk confirms it).
    match = SHEETS.match(None, "blue 24x36x2 packing slabs")
    assert (match.sku, match.method) == ("FS-243602-B", "by_attributes")
    # Measures that fit several products leave the words to tell them: "breakrs" is our BRKR.
    assert SHEETS.match(None, "breakrs 20 amp 1 pole plug on").sku == "BRKR-20-1"


IRRIGATION = CatalogIndex([
    CatalogProduct("PC-050", "POLY CPLG INS 1/2IN", "EA", Decimal("0.40")),
    CatalogProduct("PE-050", "POLY ELL INS 1/2IN", "EA", Decimal("0.45")),
    CatalogProduct("VC-050", "PVC COUPLING 1/2IN SCH40", "EA", Decimal("0.30")),
])


def test_a_word_the_catalog_spells_out_elsewhere_still_matches_where_it_writes_it_short() -> None:
    # "coupling" is written out for the PVC one and "CPLG" for the poly one: the buyer's full word finds both.
    assert IRRIGATION.match(None, 'poly coupling 1/2" insert').sku == "PC-050"


PVC_FITTINGS = CatalogIndex([
    CatalogProduct("F40-E90-075", "PVC Sch 40 90 Elbow S x S 3/4\"", "EA", Decimal("0.38")),
    CatalogProduct("F40-E45-075", "PVC Sch 40 45 Elbow S x S 3/4\"", "EA", Decimal("0.52")),
    CatalogProduct("F80-E90-075", "PVC Sch 80 90 Elbow S x S 3/4\"", "EA", Decimal("1.10")),
    CatalogProduct("F40-E90-100", "PVC Sch 40 90 Elbow S x S 1\"", "EA", Decimal("0.68")),
])


def test_a_line_of_numbers_only_is_found_by_them_when_a_label_stands_beside() -> None:
    """'3/4 90s sch 40': the trade's whole name for a 3/4 in 90-degree elbow of schedule 40, in numbers. The
    one product stating all of them is proposed for a clerk to confirm; numbers alone with no label stay
    unmatched."""
    match = PVC_FITTINGS.match(None, "3/4 90s sch 40")
    assert (match.sku, match.method) == ("F40-E90-075", "by_attributes")
    assert PVC_FITTINGS.match(None, "3/4 45s sch 40").sku == "F40-E45-075"
    assert PVC_FITTINGS.match(None, "3/4 90").sku is None


WITH_OR_WITHOUT = CatalogIndex([
    CatalogProduct("V-100", "Valve 1\" In-Line Globe, 24VAC, no flow control", "EA", Decimal("18.40")),
    CatalogProduct("V-100-FC", "Valve 1\" In-Line Globe, 24VAC, w/ Flow Control", "EA", Decimal("22.90")),
    CatalogProduct("H-06", "Spray Head Pop-Up 6 in, no nozzle", "EA", Decimal("4.90")),
    CatalogProduct("H-06-CV", "Spray Head Pop-Up 6 in w/ Check Valve, no nozzle", "EA", Decimal("6.75")),
    CatalogProduct("N-12", "Spray Nozzle 12 ft Radius Half", "EA", Decimal("1.95")),
])


def test_what_a_description_says_it_is_without_tells_twins_apart() -> None:
    """A valve with "no flow control" is not the one a buyer asks "with flow control" for, and a head "w/ check
    valve" not the one refused with "no check valve"; a head sold "no nozzle" is no nozzle."""
    assert WITH_OR_WITHOUT.match(None, "1\" valves with flow control").sku == "V-100-FC"
    assert WITH_OR_WITHOUT.match(None, "6\" pop ups no check valve").sku == "H-06"
    assert WITH_OR_WITHOUT.match(None, "12 ft half nozzle").sku == "N-12"


def test_a_no_hub_coupling_is_a_kind_not_a_coupling_without_a_hub() -> None:
    from matching.wording import read_wording

    assert read_wording("3\" no-hub coupling").lacks == set() and "hub" in read_wording("no-hub bands").words
    assert read_wording("non-slip mat").lacks == read_wording("anti-slip mat").lacks == {"slip"}


def test_a_joined_negation_stays_a_word_that_tells_products_apart() -> None:
    soaps = CatalogIndex([
        CatalogProduct("FS-1", "FOAM SOAP 1000ML", "EA", Decimal("9.00")),
        CatalogProduct("FS-2", "FOAM SOAP ANTIBACTERIAL 1000ML", "EA", Decimal("11.00")),
        CatalogProduct("BC-1", "BRAKE CLEANER NON-CHLORINATED 14OZ", "EA", Decimal("4.00")),
        CatalogProduct("BC-2", "BRAKE CLEANER CHLORINATED 19OZ", "EA", Decimal("5.00")),
    ])
    assert soaps.match(None, "Foam soap 1000 mL antibacterial").sku == "FS-2"
    assert soaps.match(None, "non-chlorinated brake cleaner").sku == "BC-1"
    assert soaps.match(None, "chlorinated brake cleaner").sku == "BC-2"


def test_a_short_form_the_catalog_uses_now_and_then_still_stands_for_the_whole_word() -> None:
    """"adj" is a word of the catalog ("Rotor ... Adj Arc"), but it writes "Adjustable" more often: a buyer's
    "10' adj nozzles" is the adjustable nozzle."""
    nozzles = CatalogIndex([
        CatalogProduct("R-50", "Rotor 5004 Series 3/4 in Inlet, Adj Arc 25-50 ft", "EA", Decimal("14.95")),
        CatalogProduct("N-10A", "Spray Nozzle 10 ft Radius Adjustable Arc 0-360", "EA", Decimal("3.40")),
        CatalogProduct("N-12A", "Spray Nozzle 12 ft Radius Adjustable Arc 0-360", "EA", Decimal("3.40")),
        CatalogProduct("N-10F", "Spray Nozzle 10 ft Radius Full (360)", "EA", Decimal("1.95")),
        CatalogProduct("N-10H", "Spray Nozzle 10 ft Radius Half (180)", "EA", Decimal("1.95")),
    ])
    assert nozzles.match(None, "10' adj nozzles").sku == "N-10A"


# A section and its length: steel flat bar and decking boards, sold by section (mm) and length (m or ft).
STOCK = CatalogIndex([
    CatalogProduct("FB-4025-30", "FLAT BAR MILD STEEL 40x25mm x 3.0m", "EA", Decimal("21.00")),
    CatalogProduct("FB-4025-60", "FLAT BAR MILD STEEL 40x25mm x 6.0m", "EA", Decimal("40.00")),
    CatalogProduct("FB-5025-60", "FLAT BAR MILD STEEL 50x25mm x 6.0m", "EA", Decimal("48.00")),
    CatalogProduct("DK-2814-36", "DECKING BOARD PINE 28x140mm x 3.6m", "EA", Decimal("9.00")),
    CatalogProduct("DK-2814-48", "DECKING BOARD PINE 28x140mm x 4.8m", "EA", Decimal("12.00")),
])


def test_a_section_and_its_length_written_as_one_size():
    """GIVEN "40x25x6m": a section in millimetres and a length in metres, the unit written once at the end
    THEN the unit is the length's alone, and the section is read in either order ("25x40")."""
    assert STOCK.match(None, "flat bar 40x25x6m").sku == "FB-4025-60"
    assert STOCK.match(None, "flat bar 40x25x3.0m").sku == "FB-4025-30"
    assert STOCK.match(None, "pine decking 140x28 4.8m").sku == "DK-2814-48"
    assert STOCK.match(None, "decking board 28 x 140 x 3.6 m").sku == "DK-2814-36"
    # One object's three sizes in metres keep the unit for all three.
    assert ("m", 2.0) in read_wording("crate 3 x 2 x 1 m").measures


BOARDS = CatalogIndex([
    CatalogProduct("PB-12-2412", "PLYWOOD BIRCH 12mm 2440x1220mm", "EA", Decimal("40.00")),
    CatalogProduct("PB-12-1212", "PLYWOOD BIRCH 12mm 1220x1220mm", "EA", Decimal("22.00")),
])


def test_a_sheet_named_in_feet_or_metres_is_its_millimetres():
    """GIVEN a full sheet written as the trade says it, "8x4" (feet) or "2.4 x 1.2" (metres)
    THEN it is the 2440 x 1220 mm sheet, not the half sheet."""
    assert BOARDS.match(None, "birch ply 12mm 8x4").sku == "PB-12-2412"
    assert BOARDS.match(None, "birch plywood 12mm 2.4 x 1.2").sku == "PB-12-2412"
    assert BOARDS.match(None, "birch ply 12mm 4x4").sku == "PB-12-1212"


def test_sizes_written_the_other_way_round_yield_to_the_size_written_so():
    """GIVEN a catalog sized both ways (a landscape and a portrait frame)
    THEN "12x10" is the 12x10 one; turned sizes only help where nothing is sized as written."""
    frames = CatalogIndex([
        CatalogProduct("FR-1210", "PHOTO FRAME OAK 12x10in", "EA", Decimal("9.00")),
        CatalogProduct("FR-1012", "PHOTO FRAME OAK 10x12in", "EA", Decimal("9.00")),
    ])
    assert frames.match(None, "oak photo frame 12x10").sku == "FR-1210"
    assert frames.match(None, "oak photo frame 10x12").sku == "FR-1012"


def test_two_sizes_with_a_slash_are_no_fraction():
    """GIVEN lids sold for two cup sizes ("for 12/16 oz cups") and bowls in two ("750/1000 ml")
    THEN "12/16" is the sizes 12 and 16, not three quarters: a fraction is written in lowest terms."""
    lids = CatalogIndex([
        CatalogProduct("LID-8", "Sip lid black for 8 oz hot cups, case of 1000", "CS", Decimal("24.00")),
        CatalogProduct("LID-1216", "Sip lid black for 12/16 oz hot cups, case of 1000", "CS", Decimal("27.00")),
        CatalogProduct("BLID-500", "Lid for 500 ml kraft bowl, case of 300", "CS", Decimal("24.00")),
        CatalogProduct("BLID-7510", "Lid for 750/1000 ml kraft bowl, case of 300", "CS", Decimal("27.00")),
    ])
    assert lids.match(None, "black lids 12/16").sku == "LID-1216"
    assert lids.match(None, "bowl lids 750/1000").sku == "BLID-7510"
    assert {v for _, v in read_wording("elbow 3/4 copper").measures} == {0.75}
