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
    body = ("Yes, same again please.\n\nOn Mon, Jan 5, 2026 at 9:00 Bob <b@x.example> wrote:\n"
            "10 x ABC-123\n> 7 x XYZ-999\n")
    lines = extract_text(body, 0).lines
    assert [ln.item_code for ln in lines] == []
