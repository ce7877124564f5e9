"""Goods whose names begin with the letters of a header field's label ("Towels", "Toilet paper", "Toner",
"Telescoping pole", "Datebook", "Billboard") are order lines; the fields themselves ("To:", "Total:",
"Date:", "Tel") are not. Made-up lines."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text, spread_each


@pytest.mark.parametrize(("text", "quantity", "description"), [
    ("Towels x 4", Decimal(4), "Towels"),
    ("Toilet paper - 6 cases", Decimal(6), "Toilet paper"),
    ("Toner for the Kyocera M2640idw x 1", Decimal(1), "Toner for the Kyocera M2640idw"),
    ("Telescoping pole 12 ft x 2", Decimal(2), "Telescoping pole 12 ft"),
    ("Datebook planners x 3", Decimal(3), "Datebook planners"),
    ("Accountant pads x 5", Decimal(5), "Accountant pads"),
])
def test_goods_named_like_a_field_are_read(text: str, quantity: Decimal, description: str):
    lines = extract_text(text, 0).lines
    assert [(ln.quantity, ln.description) for ln in lines] == [(quantity, description)]


@pytest.mark.parametrize("text", ["To: orders@northwind.example", "Total: 45.00", "Date: 12/03/2026", "Tel 555 0100",
                                  "Invoice to: Acme Ltd, 4 Mill Rd", "Shipping: 2 day", "Delivery: 12/09/2026"])
def test_a_field_is_not_a_line(text: str):
    assert extract_text(text, 0).lines == []


def test_a_note_that_adds_to_the_order_it_forwards_keeps_the_forwarded_lines():
    # The note orders something itself ("Also add 4 cases ..."), then signs off; the forwarded request under
    # it is the order the note adds to, not its signature.
    text = ("Hi - please process this for us, PO OCA-77. Also add 4 cases of copy paper for the workroom.\n\n"
            "Thanks,\nMaria Delgado\nOffice Manager\n\n---------- Forwarded message ---------\n"
            "From: Josh Patel <jpatel@oakfield.example>\nSubject: supply request room 14\n\n"
            "Hi Maria, can you order for my room:\n2 boxes black expo markers\n5 boxes #2 pencils\nthank you!!\nJosh\n")
    lines = extract_text(text, 0, subject="Fwd: supply request room 14").lines
    assert [(ln.quantity, ln.description) for ln in lines] == [
        (Decimal(4), "copy paper for the workroom"), (Decimal(2), "black expo markers"), (Decimal(5), "#2 pencils")]


def test_a_signature_under_ordered_lines_is_not_read_but_a_postscript_ordering_more_is_left_for_a_clerk():
    text = "2 boxes black expo markers\n\nThanks,\nMaria\n123 Main St, Suite 4\nP.S. please add 3 boxes of pencils\n"
    ex = extract_text(text, 0)
    assert [(ln.quantity, ln.description) for ln in ex.lines] == [(Decimal(2), "black expo markers")]
    assert ex.unread == ["P.S. please add 3 boxes of pencils"]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Toner für den Kyocera ECOSYS P5026cdw: je 1x Schwarz, Cyan, Magenta und Gelb",
     [(Decimal(1), f"{c} Toner für den Kyocera ECOSYS P5026cdw") for c in ("Schwarz", "Cyan", "Magenta", "Gelb")]),
    ("Please send toner for the HP M479: 2 black, and 1 each cyan/magenta/yellow, also high yield.",
     [(Decimal(2), "black toner for the HP M479")]
     + [(Decimal(1), f"{c} high yield toner for the HP M479") for c in ("cyan", "magenta", "yellow")]),
])
def test_one_count_given_each_of_the_variants_listed_after_the_goods(text: str, wanted: list):
    assert [(ln.quantity, ln.description) for ln in extract_text(text, 0).lines] == wanted


@pytest.mark.parametrize("text", ["Note: 2 each of the blue and red", "Ship to: 12 Main St, each box labelled"])
def test_a_label_and_its_value_spread_nothing(text: str):
    assert spread_each(text) == text


@pytest.mark.parametrize(("text", "wanted"), [
    ("2cs 55 gal blk 2mil", (Decimal(2), "CS", "55 gal blk 2mil")),
    ("- 3pk AA batteries", (Decimal(3), "PK", "AA batteries")),
    ("2cs bleach", (Decimal(2), "CS", "bleach")),
    # a measure glued to its number is the goods' size, not a count
    ("2mil black bags x 4", (Decimal(4), None, "2mil black bags")),
])
def test_a_count_glued_to_its_packing_at_the_start_is_a_count(text: str, wanted: tuple):
    assert [(ln.quantity, ln.uom, ln.description) for ln in extract_text(text, 0).lines] == [wanted]
