"""Free-text order lines: quantities, codes, units and prices read from prose, signatures ignored."""

from decimal import Decimal

from extractors.email_text import extract_text

BODY = """Hi team,

Please ship the following, PO Number: 4500012345
Order Date: November 20, 2026

10 x GLV-NIT-L-BLU
TAPE-48-CLR qty 5
- 3 cases of paper cups 12oz white @ $24.50
please send 5 cases of the blue widgets 12oz
2 x glv nit l blu
Can we meet at
10:00 ET to go through pricing

Ship To:
Acme Retail DC
123 Main Street
Springfield, IL 62701

Thanks,
Jane Doe
Tel 555-1234
24 hour hotline
"""


def test_lines_read_from_prose():
    extraction = extract_text(BODY, 0)
    got = [(line.quantity, line.uom, line.item_code, line.description, line.unit_price) for line in extraction.lines]
    assert got == [
        (Decimal("10"), None, "GLV-NIT-L-BLU", None, None),
        (Decimal("5"), None, "TAPE-48-CLR", None, None),
        (Decimal("3"), "CS", None, "paper cups 12oz white", Decimal("24.50")),
        (Decimal("5"), "CS", None, "blue widgets 12oz", None),
        (Decimal("2"), None, None, "glv nit l blu", None),
    ]


def test_header_fields_and_ship_to():
    header = extract_text(BODY, 0).header
    assert header.po_number is not None and header.po_number.value == "4500012345"
    assert header.order_date is not None and header.order_date.value.isoformat() == "2026-11-20"
    assert header.ship_to is not None
    assert header.ship_to.value.street == "123 Main Street"
    assert header.ship_to.value.postal_code == "62701"


def test_provenance_points_at_the_line():
    extraction = extract_text(BODY, 0)
    first = extraction.lines[0]
    assert first.provenance is not None and first.provenance.span is not None
    start, end = first.provenance.span
    assert BODY[start:end] == "10 x GLV-NIT-L-BLU"


def test_reply_quotes_are_not_order_content():
    body = ("Yes, thanks, that all arrived.\n\nOn Mon, Jan 5, 2026 at 9:00 Bob <b@x.example> wrote:\n"
            "10 x ABC-123\n> 7 x XYZ-999\n")
    lines = extract_text(body, 0).lines
    assert [ln.item_code for ln in lines] == []
    # Asked to repeat them, the quoted lines are the order, read from the quote and held for a clerk
    # (test_quoted_orders.py): "same again please" orders them again.
    again = extract_text(body.replace("Yes, thanks, that all arrived.", "Yes, same again please."), 0)
    assert again.read_from_quote and all(ln.confidence <= 0.8 for ln in again.lines)


def test_numbered_and_lettered_lists():
    """GIVEN order lines in numbered and lettered lists, some numbered in forms a quantity could take
    ("1 - ...", "#2 ...", "Item 3: ...", "ii. ...")
    THEN the list's own numbers are never read as quantities, and each line's span starts after them."""
    body = ("Please send:\n1. 10 x ABC-123\n2) ABC-9 qty 4\n3. 2 cases of blue widgets 12oz\n\n"
            "1 - DEF-1 x 6\n#2 7 x DEF-2\nItem 3: 8 x DEF-3\ni. 9 x DEF-4\nii. 11 x DEF-5\n(c) DEF-6 x 12\n")
    extraction = extract_text(body, 0)
    got = [(line.quantity, line.uom, line.item_code, line.description) for line in extraction.lines]
    assert got == [
        (Decimal("10"), None, "ABC-123", None),
        (Decimal("4"), None, "ABC-9", None),
        (Decimal("2"), "CS", None, "blue widgets 12oz"),
        (Decimal("6"), None, "DEF-1", None),
        (Decimal("7"), None, "DEF-2", None),
        (Decimal("8"), None, "DEF-3", None),
        (Decimal("9"), None, "DEF-4", None),
        (Decimal("11"), None, "DEF-5", None),
        (Decimal("12"), None, "DEF-6", None),
    ]
    spans = [body[slice(*line.provenance.span)] for line in extraction.lines]
    assert spans[3:6] == ["DEF-1 x 6", "7 x DEF-2", "8 x DEF-3"]
    assert not any(code in text for text in extraction.unread for code in ("ABC", "DEF"))


def test_a_number_and_dash_before_words_is_still_a_quantity():
    """GIVEN "3 - ABC-123" (a list number only when the rest holds a quantity of its own)
    THEN 3 is the quantity."""
    lines = extract_text("Hi,\n3 - ABC-123\n", 0).lines
    assert [(line.quantity, line.item_code) for line in lines] == [(Decimal("3"), "ABC-123")]


def test_a_code_that_starts_with_a_unit_word():
    """GIVEN item codes written with spaces whose first part is a unit word ("box 1414 12" for BOX-1414-12)
    THEN the quantity is read and the whole code is kept as written, with no unit taken from it;
    AND a unit word followed by what a buyer describes ("box of gloves", "boxes 12oz cups") or by a code of its
    own ("3 Pakete BOX-1614-08") is still a unit."""
    body = ("Please ship:\n\n24 x box 1414 12\n6x box 1414 12\n60 x BOX 1008 04\n12 box 1212 16\n"
            "3 x box of nitrile gloves\n5 boxes 12oz cups\n3 Pakete BOX-1614-08\n2 x case 24\n")
    extraction = extract_text(body, 0)
    got = [(line.quantity, line.uom, line.item_code, line.description) for line in extraction.lines]
    assert got == [
        (Decimal("24"), None, "box 1414 12", None),
        (Decimal("6"), None, "box 1414 12", None),
        (Decimal("60"), None, "BOX 1008 04", None),
        (Decimal("12"), None, "box 1212 16", None),
        (Decimal("3"), "BX", None, "nitrile gloves"),
        (Decimal("5"), "BX", None, "12oz cups"),
        (Decimal("3"), "PK", "BOX-1614-08", None),
    ]
    spans = [body[slice(*line.provenance.span)] for line in extraction.lines]
    assert spans[0] == "24 x box 1414 12"
    # "case 24" reads as a pack count, not a code: not guessed at, shown to a clerk.
    assert extraction.unread == ["2 x case 24"]


def test_a_count_after_the_item_with_the_sign_joined_to_it_is_the_quantity():
    """"FD-10116 16oz hot cups x6": the count follows the item, written "x6"; "6x6" in the item is a size."""
    from extractors.email_text import extract_text

    got = extract_text("PO 1201\n\nFD-10116 16oz hot cups x6\nFD-20306 6x6 foam clamshell x4\n\nty!\n", 0)
    assert [(line.item_code, line.quantity, line.description) for line in got.lines] == [
        ("FD-10116", 6, "16oz hot cups"), ("FD-20306", 4, "6x6 foam clamshell")]


def test_codes_with_a_joined_count_look_like_order_lines():
    from intake.classify import coded_quantity_lines

    assert len(coded_quantity_lines("FD-10116 hot cups x6\nFD-10120 lids x6\n")) == 2
