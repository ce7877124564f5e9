"""A buyer's change read from their words in English, German, French and Spanish (extractors/change_words.py),
and held against an order's lines (matching/revisions.py): plain data, made-up sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.change_words import read_change_words
from matching.revisions import OriginalLine, find_line, plan_asks, plan_lines
from models.schemas import ChangeAsk, ChangeKind, ExtractedLine, LineChange, MatchedLine, ProductMatch

Q, ADD, REMOVE, DATE, SHIP = (ChangeKind.SET_QUANTITY, ChangeKind.ADD_LINE, ChangeKind.REMOVE_LINE,
                              ChangeKind.SET_DATE, ChangeKind.SET_SHIP_TO)


def _read(text: str) -> list[tuple[object, ...]]:
    return [(a.kind, a.item, a.line_no, a.quantity, a.uom) for a in read_change_words(text)]


@pytest.mark.parametrize("text, expected", [
    # English
    ("Please make the masks 14 boxes instead of 10.", (Q, "masks", None, Decimal(14), "BX")),
    ("Could you change the quantity of MASK-3PLY-BLU to 14 boxes?", (Q, "MASK-3PLY-BLU", None, Decimal(14), "BX")),
    ("Change line 2 to 6 cases please", (Q, None, 2, Decimal(6), "CS")),
    ("Please increase the nitrile gloves to 20 boxes.", (Q, "nitrile gloves", None, Decimal(20), "BX")),
    ("TAPE-48-CLR: 7 instead of 4", (Q, "TAPE-48-CLR", None, Decimal(7), None)),
    ("Please add 5 cases of TAPE-48-CLR to the order.", (ADD, "TAPE-48-CLR", None, Decimal(5), "CS")),
    ("Please remove line 3.", (REMOVE, None, 3, None, None)),
    ("Please cancel the cable ties (line 3), we have enough.", (REMOVE, "cable ties", None, None, None)),
    ("please delete GLV-NIT-L-BLU from the order", (REMOVE, "GLV-NIT-L-BLU", None, None, None)),
    # German
    ("Bitte die Menge von MASK-3PLY-BLU auf 14 Kartons ändern.", (Q, "MASK-3PLY-BLU", None, Decimal(14), "CS")),
    ("Die Handschuhe bitte auf 12 Kartons erhöhen.", (Q, "Handschuhe", None, Decimal(12), "CS")),
    ("Bitte 5 Kartons TAPE-48-CLR hinzufügen.", (ADD, "TAPE-48-CLR", None, Decimal(5), "CS")),
    ("Position 3 bitte streichen.", (REMOVE, None, 3, None, None)),
    ("Kabelbinder TIE-08-BLK bitte entfernen", (REMOVE, "Kabelbinder TIE-08-BLK", None, None, None)),
    # French
    ("Merci de modifier la quantité de MASK-3PLY-BLU à 14 boîtes.", (Q, "MASK-3PLY-BLU", None, Decimal(14), "BX")),
    ("Pouvez-vous passer les gants à 8 boîtes ?", (Q, "gants", None, Decimal(8), "BX")),
    ("Merci d'augmenter la quantité de MASK-3PLY-BLU à 20 boîtes.", (Q, "MASK-3PLY-BLU", None, Decimal(20), "BX")),
    ("Die Menge von MASK-3PLY-BLU bitte auf 8 Kartons reduzieren.", (Q, "MASK-3PLY-BLU", None, Decimal(8), "CS")),
    ("Suprimir la línea 2.", (REMOVE, None, 2, None, None)),
    ("Ajouter 5 boîtes de TAPE-48-CLR à la commande.", (ADD, "TAPE-48-CLR", None, Decimal(5), "BX")),
    ("Supprimer la ligne 3.", (REMOVE, None, 3, None, None)),
    # Spanish
    ("Por favor cambiar la cantidad de MASK-3PLY-BLU a 14 cajas.", (Q, "MASK-3PLY-BLU", None, Decimal(14), "CS")),
    ("Añadir 5 cajas de TAPE-48-CLR al pedido.", (ADD, "TAPE-48-CLR", None, Decimal(5), "CS")),
    ("Eliminar la línea 3 del pedido.", (REMOVE, None, 3, None, None)),
    ("Quitar los guantes del pedido.", (REMOVE, "guantes", None, None, None)),
])
def test_each_kind_of_change_is_read_in_four_languages(text: str, expected: tuple[object, ...]):
    assert _read(text) == [expected]


@pytest.mark.parametrize("text, day", [
    ("Please change the delivery date to 2026-12-20.", date(2026, 12, 20)),
    ("Neuer Liefertermin: 20.12.2026", date(2026, 12, 20)),
    ("Bitte das Lieferdatum auf den 21.12.2026 verschieben.", date(2026, 12, 21)),
    ("Nouvelle date de livraison : 20/12/2026", date(2026, 12, 20)),
    ("Nueva fecha de entrega: 20/12/2026", date(2026, 12, 20)),
])
def test_a_new_date_is_read(text: str, day: date):
    asks = read_change_words(text)
    assert [(a.kind, a.requested_date) for a in asks] == [(DATE, day)]


@pytest.mark.parametrize("text, address", [
    ("New delivery address: Acme Store 12, 1 Main St, Springfield", "Acme Store 12, 1 Main St, Springfield"),
    ("Neue Lieferadresse: Lager Nord, Hafenstr. 5, 20457 Hamburg", "Lager Nord, Hafenstr. 5, 20457 Hamburg"),
    ("Nouvelle adresse de livraison : 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
    ("Nueva dirección de entrega: Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid"),
])
def test_a_new_ship_to_is_read_whole(text: str, address: str):
    assert [(a.kind, a.ship_to) for a in read_change_words(text)] == [(SHIP, address)]


@pytest.mark.parametrize("text", [
    "Thanks for the quick delivery last week!",
    "We will change suppliers next year if prices go up.",
    "please cancel our order ACM-PO-55840",  # the whole order: the purpose says so, not a line
    "Bitte stornieren Sie die Bestellung 4471.",
    "Please send 10 boxes of MASK-3PLY-BLU.",
    "Any changes to this order must be approved in writing.",
])
def test_words_that_ask_no_change_of_a_line_read_as_none(text: str):
    assert read_change_words(text) == []


def test_several_changes_in_one_email_are_read_in_order():
    text = ("Hi,\n\nplease change the quantity of MASK-3PLY-BLU to 14 boxes.\nPlease add 5 cases of TAPE-48-CLR. "
            "Please remove line 3.\n\nThanks,\nJane")
    assert [a.kind for a in read_change_words(text)] == [Q, ADD, REMOVE]


LINES = [OriginalLine(1, "MASK-3PLY-BLU", "MASK-3PLY-BLU", None, "3-ply disposable face mask, blue, box of 50",
                      Decimal("10"), "BX", Decimal("6.40")),
         OriginalLine(2, "GLV-NIT-L-BLU", "GLV-NIT-L-BLU", "ACME-77",
                      "Nitrile gloves, powder-free, blue, size L, box of 100", Decimal("2"), "BX", Decimal("11.45")),
         OriginalLine(3, "TIE-08-BLK", None, None, "Cable ties 8 in black", Decimal("3"), "PK", Decimal("3.81"))]


@pytest.mark.parametrize("item, line_no, found, strong", [
    ("MASK-3PLY-BLU", None, 1, True), ("mask3plyblu", None, 1, True), ("ACME-77", None, 2, True),
    (None, 3, 3, True), ("masks", None, 1, False), ("the nitrile gloves", None, 2, False),
    ("cable ties", None, 3, False), ("widgets", None, None, False), (None, 9, None, False),
])
def test_a_line_is_found_by_number_code_or_words(item: str | None, line_no: int | None, found: int | None,
                                                 strong: bool):
    line, sure, why = find_line(LINES, item, line_no)
    assert (line.line_no if line else None, sure) == (found, strong)
    assert (why == "") == (found is not None)


def test_a_plan_by_codes_is_strong_and_one_by_words_is_not():
    by_code = plan_asks([ChangeAsk(Q, "x", item="MASK-3PLY-BLU", quantity=Decimal(14), uom="BX"),
                         ChangeAsk(REMOVE, "y", line_no=3)], LINES, None, None, {}, 0.95)
    assert by_code.strong
    assert [(d.line_no, d.change, (d.before or {}).get("quantity"), (d.after or {}).get("quantity"))
            for d in by_code.lines] == [(1, "changed", "10", "14"), (3, "removed", "3", None)]
    by_words = plan_asks([ChangeAsk(Q, "x", item="masks", quantity=Decimal(14))], LINES, None, None, {}, 0.95)
    assert by_words.lines and not by_words.strong


def test_a_plan_that_cannot_find_its_line_or_unit_says_why():
    plan = plan_asks([ChangeAsk(Q, "make widgets 5", item="widgets", quantity=Decimal(5)),
                      ChangeAsk(Q, "line 1: 3 cases", line_no=1, quantity=Decimal(3), uom="CS"),
                      ChangeAsk(ADD, "add 5 zz", item="zz", quantity=Decimal(5))], LINES, None, None, {}, 0.95)
    assert not plan.strong
    assert any("no line of the order is 'widgets'" in d for d in plan.doubts)
    assert any("the line is in BX, the change says CS" in d for d in plan.doubts)
    assert any("matched no product" in d for d in plan.doubts)


def test_a_ship_to_in_prose_is_never_strong():
    plan = plan_asks([ChangeAsk(SHIP, "new address", ship_to="5 Harbor Rd, Portland")], LINES, None, "old", {}, 0.95)
    assert plan.header == [{"field": "ship_to", "before": "old", "after": "5 Harbor Rd, Portland", "strong": False,
                            "written": "new address"}]
    assert not plan.strong


def _matched(sku: str, qty: str, change: LineChange | None, uom: str = "BX") -> MatchedLine:
    line = ExtractedLine(raw_text=f"{sku} {qty}", quantity=Decimal(qty), item_code=sku, change=change)
    return MatchedLine(1, line, ProductMatch(sku, "exact_sku", 100.0), uom, None, None, 0.99, quantity=Decimal(qty))


def test_a_change_documents_line_codes_make_its_difference_strong_and_their_absence_does_not():
    coded = plan_lines([_matched("MASK-3PLY-BLU", "14", LineChange.CHANGE), _matched("TIE-08-BLK", "3", None, "PK")],
                       [ExtractedLine(raw_text="GLV", quantity=Decimal(0), item_code="ACME-77",
                                      change=LineChange.DELETE)],
                       LINES, 0.95)
    assert [(d.line_no, d.change) for d in coded.lines] == [(2, "removed"), (1, "changed")] and coded.strong
    uncoded = plan_lines([_matched("MASK-3PLY-BLU", "14", None)], [], LINES, 0.95)
    assert [(d.line_no, d.change) for d in uncoded.lines] == [(1, "changed")] and not uncoded.strong
    assert "without saying what it does to each" in uncoded.doubts[0]
    added = plan_lines([_matched("MASK-3PLY-BLU", "5", LineChange.ADD)], [], LINES, 0.95)
    assert [(d.line_no, d.change) for d in added.lines] == [(4, "added")]
