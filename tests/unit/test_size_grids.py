"""Size-run grids (a row per product, a column per size) read as one order line per filled cell, in a
pasted spreadsheet, a chat tool's table, a fixed-font table over an empty corner and a workbook; and rows
that only look like one (quantities, years, a list's numbers) left to the table reader. Every text here is
made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.size_grid import grid_header
from extractors.spreadsheet import extract_spreadsheet
from tests.support.documents import sheet_bytes


def _lines(text: str) -> list[tuple[Decimal | None, str]]:
    return [(ln.quantity, ln.description or "") for ln in extract_text(text, 0).lines]


def test_a_tab_pasted_size_run_is_one_line_per_filled_size():
    """GIVEN a size run pasted from a spreadsheet, a zero and an empty cell among the counts
    THEN each filled cell is a line of that row's goods in that column's size; zero and empty order nothing."""
    text = ("Please send, PO 7781:\n\n"
            "Article\tS\tM\tL\tXL\tXXL\n"
            "Rain jacket class 3 orange\t0\t4\t6\t\t2\n"
            "Fleece navy\t\t2\t2\t1\t0\n\nThanks\n")
    assert _lines(text) == [
        (Decimal(4), "Rain jacket class 3 orange, size M"), (Decimal(6), "Rain jacket class 3 orange, size L"),
        (Decimal(2), "Rain jacket class 3 orange, size XXL"), (Decimal(2), "Fleece navy, size M"),
        (Decimal(2), "Fleece navy, size L"), (Decimal(1), "Fleece navy, size XL")]


def test_a_barred_boot_grid_with_a_name_wrapped_over_two_rows():
    """GIVEN a chat tool's table of boot sizes whose second style's name wraps onto the row of its counts
    THEN the wrapped name is one name, and dashes order nothing."""
    text = ("Boots please:\n\n"
            "Style              | 40 | 41 | 42 | 43\n"
            "-------------------+----+----+----+----\n"
            "S1P low shoe grey  |  2 |  - |  3 |  -\n"
            "S3 boot composite  |    |    |    |\n"
            "(metal free)       |  - |  1 |  - |  5\n")
    assert _lines(text) == [
        (Decimal(2), "S1P low shoe grey, size 40"), (Decimal(3), "S1P low shoe grey, size 42"),
        (Decimal(1), "S3 boot composite (metal free), size 41"),
        (Decimal(5), "S3 boot composite (metal free), size 43")]


def test_a_fixed_font_grid_over_an_empty_corner_keeps_its_size_words():
    """GIVEN glove sizes lined up with spaces over an empty corner ("Gr. 8  Gr. 9 ...")
    THEN the names stand in the corner's column and each size keeps its heading as written."""
    text = ("Bestellung:\n\n"
            "                          Gr. 8   Gr. 9   Gr. 10\n"
            "Montagehandschuh Nitril     12      24       -\n"
            "Schnittschutz Stufe C        -       6       6\n\nDanke\n")
    assert _lines(text) == [
        (Decimal(12), "Montagehandschuh Nitril, Gr. 8"), (Decimal(24), "Montagehandschuh Nitril, Gr. 9"),
        (Decimal(6), "Schnittschutz Stufe C, Gr. 9"), (Decimal(6), "Schnittschutz Stufe C, Gr. 10")]


def test_a_workbooks_size_run_with_a_colour_column():
    """GIVEN a workbook whose grid names each row by its product and colour
    THEN both are the line's name, in the column's size."""
    rows = [["Order 5512"], [], ["Product", "Colour", "M", "L", "XL", "Total"],
            ["Hi-vis vest class 2", "yellow", 5, 10, None, 15], ["Hi-vis vest class 2", "orange", None, 3, 2, 5],
            ["Total", None, 5, 13, 2, 20]]
    extraction = extract_spreadsheet(sheet_bytes(rows), 0, legacy=False)
    assert [(ln.quantity, ln.description) for ln in extraction.lines] == [
        (Decimal(5), "Hi-vis vest class 2 yellow, size M"), (Decimal(10), "Hi-vis vest class 2 yellow, size L"),
        (Decimal(3), "Hi-vis vest class 2 orange, size L"), (Decimal(2), "Hi-vis vest class 2 orange, size XL")]


@pytest.mark.parametrize("row", [
    ["Item", "2024", "2025", "2026"],  # years
    ["Item", "10", "20", "30"],  # counts, not a size run
    ["Item", "1", "2", "3", "4"],  # a list's numbers
    ["S", "M", "L", "XL"],  # no name to the left of the sizes
    ["Item", "S", "M"],  # two sizes are any table's columns
    ["Item", "M", "40", "42", "L"],  # letters and numbers mixed
])
def test_rows_that_only_look_like_a_size_run(row: list[str]):
    assert grid_header(row) is None


@pytest.mark.parametrize("row", [
    ["Style", "39", "40", "41", "42"], ["Article", "S", "M", "L"], ["", "Gr. 7", "Gr. 8", "Gr. 9"],
    ["Artikel", "maat 40", "maat 42", "maat 44", "Totaal"], ["Product", "2XL", "3XL", "4XL"],
])
def test_size_run_headers(row: list[str]):
    assert grid_header(row) is not None


def test_sizes_listed_under_the_goods_they_are_sizes_of():
    """GIVEN the goods on a line of their own, each size and its count indented under it
    THEN each size line is those goods in that size, and the heading is read, not left as a doubt."""
    text = ("Wir bestellen:\n\n"
            "Sicherheitsstiefel S3, schwarz\n"
            "  Gr. 41 - 2 Paar\n"
            "  Gr. 43 - 5 Paar\n\n"
            "Danke\n")
    found = extract_text(text, 0)
    assert [(ln.quantity, ln.description) for ln in found.lines] == [
        (Decimal(2), "Sicherheitsstiefel S3, schwarz Gr. 41"), (Decimal(5), "Sicherheitsstiefel S3, schwarz Gr. 43")]
    assert not found.unread


def test_colours_and_sizes_under_a_heading_with_a_colon():
    """GIVEN "Rain jackets class 3:" over lines of a colour and its sizes, one of them "3XL"
    THEN each size is a line of the jackets in that colour; "3XL" is a size, never a code."""
    text = ("Rain jackets class 3:\n"
            "  orange, L x3, 3XL x1\n"
            "  yellow, M x2\n")
    assert _lines(text) == [(Decimal(3), "Rain jackets class 3 orange L"),
                            (Decimal(1), "Rain jackets class 3 orange 3XL"),
                            (Decimal(2), "Rain jackets class 3 yellow M")]


def test_a_sentence_above_sizes_is_no_heading():
    """GIVEN a sentence above a line of a size and a count, at the same indent and with no colon
    THEN the size line is left as it is: the sentence names no goods of it."""
    text = "We need these for the new starters on Monday.\nXL x 4\n"
    assert _lines(text) == [(Decimal(4), "XL")]


def test_sizes_counted_after_the_goods_on_their_line():
    """GIVEN the goods, a dash or a colon, then sizes counted either way round ("2x S, 3x M", "S x 4, M x 6")
    THEN each size is a line of those goods."""
    assert _lines("Voor de keuken graag:\nkoksbuis wit lange mouw - 2x S, 3x M\nScrub tunic navy: S x 4, XL x 1\n") == [
        (Decimal(2), "koksbuis wit lange mouw S"), (Decimal(3), "koksbuis wit lange mouw M"),
        (Decimal(4), "Scrub tunic navy S"), (Decimal(1), "Scrub tunic navy XL")]


def test_a_size_and_a_bare_count_under_the_goods():
    """GIVEN "Softshell vest navy" over lines of a size and a bare count ("  M  2")
    THEN each is a line of the vests in that size."""
    assert _lines("Nog een bestelling:\n\nSoftshell vest marineblauw\n  M  2\n  XL 2\n\nGroetjes\n") == [
        (Decimal(2), "Softshell vest marineblauw M"), (Decimal(2), "Softshell vest marineblauw XL")]


@pytest.mark.parametrize("line", ["Twin and earth cable - 10 m", "Cable ties: 4 m", "Primer - 3 l"])
def test_a_measure_after_the_goods_is_no_size(line: str):
    """GIVEN goods and a measure after a dash ("10 m", a length in metres)
    THEN the line is not read as a size counted."""
    assert all(not d.endswith((" m", " M", " l", " L")) for _, d in _lines(f"Please send:\n{line}\n"))


def _size_grid_pdf() -> bytes:
    """A PO whose lines are a size run drawn without rules: numbers centred under letter sizes, an empty cell,
    a service counted only in the total column, a totals row."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, "INKOOPORDER   Inkoopordernr: 2026-04452")
    xs = {"S": 100, "M": 112, "L": 124, "XL": 136, "XXL": 150, "Totaal": 166}
    y = 40
    pdf.text(20, y, "Omschrijving")
    for size, x in xs.items():
        pdf.text(x, y, size)
    rows = [("T-shirt fluor geel klasse 2", {"M": "6", "L": "10", "XL": "10", "Totaal": "26"}),
            ("Softshell jas marine", {"S": "2", "M": "4", "XXL": "2", "Totaal": "8"}),
            ("Borduren logo linkerborst", {"Totaal": "8"})]
    for name, cells in rows:
        y += 7
        pdf.text(20, y, name)
        for size, value in cells.items():
            pdf.text(xs[size] + (1 if len(value) == 1 else 0), y, value)
    pdf.text(20, y + 10, "Prijzen conform raamovereenkomst.")
    return bytes(pdf.output())


def test_a_pdf_size_run_drawn_without_rules():
    from extractors.pdf_table import extract_pdf

    lines = [(ln.quantity, ln.description) for ln in extract_pdf(_size_grid_pdf(), 0).lines]
    assert lines == [
        (Decimal(6), "T-shirt fluor geel klasse 2, size M"), (Decimal(10), "T-shirt fluor geel klasse 2, size L"),
        (Decimal(10), "T-shirt fluor geel klasse 2, size XL"), (Decimal(2), "Softshell jas marine, size S"),
        (Decimal(4), "Softshell jas marine, size M"), (Decimal(2), "Softshell jas marine, size XXL"),
        (Decimal(8), "Borduren logo linkerborst")]
