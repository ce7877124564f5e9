"""One message, several orders, on plain data: a text split by its PO headings (extractors/po_sections.py),
attachments told apart as orders of their own (orchestration/several_orders.py), and the evaluation pairing
a label with the order that agrees best (evaluation/scoring.score_best). Made-up documents: a roofing
contractor and a facilities company ordering."""

from __future__ import annotations

from decimal import Decimal

from evaluation.scoring import ExtractedOrder, score_best
from extractors.email_text import extract_text
from extractors.po_sections import find_sections, split_sections
from models.schemas import ExtractedHeader, ExtractedLine, Extraction, Field, Provenance
from orchestration.several_orders import Reading, own_orders, repeats_filed


def _orders(text: str) -> list[Extraction]:
    ex = extract_text(text, 0)
    return [ex, *ex.siblings]


def _read(ex: Extraction) -> tuple[str | None, list[tuple[str | None, Decimal | None]]]:
    return (ex.header.po_number.value if ex.header.po_number else None,
            [(ln.item_code, ln.quantity) for ln in ex.lines])


def test_two_po_sections_are_two_orders_with_their_own_lines_and_ship_to():
    text = ("Hi,\n\nTwo orders for this week.\n\nPO 7710:\n12 x RF-SHG-30\n4 x RF-NAIL-125\nShip to:\n"
            "Hillcrest Roofing Yard\n41 Quarry Lane\nBend, OR 97701\n\nPO 7711:\n3 x RF-FLS-DRIP\nShip to:\n"
            "Hillcrest Roofing North\n900 Butte Road\nRedmond, OR 97756\n\nThanks,\nMara\n")
    first, second = _orders(text)
    assert _read(first) == ("7710", [("RF-SHG-30", Decimal("12")), ("RF-NAIL-125", Decimal("4"))])
    assert _read(second) == ("7711", [("RF-FLS-DRIP", Decimal("3"))])
    assert first.header.ship_to is not None and first.header.ship_to.value.city == "Bend"
    assert second.header.ship_to is not None and second.header.ship_to.value.city == "Redmond"
    assert not first.unread and not second.unread


def test_pos_written_inline_split_on_one_line_each():
    first, second = _orders("PO 7720: 12 x RF-SHG-30, 4 x RF-NAIL-125\nPO 7721: 3 x RF-FLS-DRIP\n")
    assert _read(first) == ("7720", [("RF-SHG-30", Decimal("12")), ("RF-NAIL-125", Decimal("4"))])
    assert _read(second) == ("7721", [("RF-FLS-DRIP", Decimal("3"))])


def test_numbered_sections_share_what_is_written_below_them():
    text = ("Hello,\n\nOrder 1 - Bend yard\n10 x RF-SHG-30\n\nOrder 2 - Redmond yard\n6 x RF-FLS-DRIP\n\n"
            "Both on PO 7730, needed by 12/18/2026.\n\nRegards,\nMara\n")
    first, second = _orders(text)
    assert _read(first) == ("7730", [("RF-SHG-30", Decimal("10"))])
    assert _read(second) == ("7730", [("RF-FLS-DRIP", Decimal("6"))])
    for ex in (first, second):
        assert ex.header.requested_date is not None and str(ex.header.requested_date.value) == "2026-12-18"


def test_one_order_stays_one_order():
    # one heading; the same PO named twice; a line above the first heading; a heading with nothing under it
    for text in ("PO 7740:\n12 x RF-SHG-30\n4 x RF-NAIL-125\n",
                 "PO 7741:\n12 x RF-SHG-30\n\nPO 7741:\n4 x RF-NAIL-125\n",
                 "Please send 2 x RF-NAIL-125\n\nPO 7742:\n12 x RF-SHG-30\n\nPO 7743:\n4 x RF-FLS-DRIP\n",
                 "PO 7744: the drip edge was short last time.\n\nPO 7745:\n12 x RF-SHG-30\n"):
        assert len(_orders(text)) == 1, text


def test_an_address_line_or_a_date_label_is_no_heading():
    kept = [(0, "PO Box 12"), (10, "Order Date: 12/01/2026"), (33, "PO 7750")]
    assert find_sections("PO Box 12\nOrder Date: 12/01/2026\nPO 7750\n", kept) == []


def test_a_reading_without_places_is_left_alone():
    line = ExtractedLine(raw_text="2 x A", quantity=Decimal("2"), item_code="A", provenance=None)
    ex = Extraction("email_text", 0, lines=[line])
    text = "PO 1:\n2 x A\nPO 2:\n2 x A\n"
    assert split_sections(ex, text, [(0, "PO 1:"), (6, "2 x A"), (12, "PO 2:"), (18, "2 x A")]) is ex


def _attachment(po: str | None, *codes: str, role: str = "attachment") -> Reading:
    header = ExtractedHeader(po_number=Field(po, 0.9) if po else None)
    lines = [ExtractedLine(raw_text=c, quantity=Decimal("1"), item_code=c,
                           provenance=Provenance("pdf", 1)) for c in codes]
    return Reading(role, Extraction("pdf_table", 1, header=header, lines=lines))


def test_attachments_with_their_own_po_are_orders_of_their_own():
    chosen = _attachment("FM-501", "MOP-24", "BKT-35")
    others = [_attachment("FM-502", "GLV-NIT-L-BLU"),          # its own PO: an order
              _attachment("FM-501", "CUP-12-WHT"),             # the same PO in another file: one order
              _attachment("fm 503", "MOP-24", "BKT-35"),       # a copy of the first's lines: not an order
              _attachment(None, "TOWEL-9"),                    # no PO number: not clearly an order
              _attachment("FM-504", "BAG-33G", role="body_text"),  # the email's text: never one
              _attachment("FM-502", "SOAP-1")]                 # the second's PO again
    assert own_orders(chosen, others) == [0]
    assert own_orders(_attachment(None, "MOP-24"), others) == []


def test_a_body_repeating_both_attachments_lines_holds_nothing_new():
    first, second = _attachment("FM-501", "MOP-24"), _attachment("FM-502", "BKT-35")
    body = _attachment(None, "MOP-24", "BKT-35", role="body_text")
    assert repeats_filed(body.extraction, [first.extraction, second.extraction])
    assert not repeats_filed(body.extraction, [first.extraction])


def _order(po: str, lines: list[tuple[str, int]], auto: bool = False) -> ExtractedOrder:
    return ExtractedOrder(customer_id="C9", customer_name="Hillcrest Roofing", po_number=po, order_date=None,
                          requested_date=None, currency=None, ship_to=None, auto_approved=auto,
                          lines=[{"sku": s, "quantity": q} for s, q in lines])


def test_the_label_is_paired_with_the_order_that_agrees_best():
    label = {"kind": "purchase_order", "po_number": "7710",
             "lines": [{"sku": "RF-SHG-30", "quantity": 12}, {"sku": "RF-NAIL-125", "quantity": 4}]}
    other = _order("7711", [("RF-FLS-DRIP", 3)], auto=True)
    mine = _order("7710", [("RF-SHG-30", 12), ("RF-NAIL-125", 4)])
    score = score_best("two.eml", "eml", label, [(other, "eml/pdf_table"), (mine, "eml/pdf_table")])
    assert (score.fully_correct, score.lines_correct, score.lines_extracted) == (True, 2, 2)
    assert score.auto_approved is False  # the paired order's, not the other's
    assert score_best("none.eml", "eml/none", label, []).order_filed is False


def test_a_not_an_order_label_agrees_only_when_no_order_is_new():
    label = {"kind": "not_an_order"}
    new = _order("7710", [("RF-SHG-30", 12)])
    about = ExtractedOrder(customer_id=None, customer_name=None, po_number="7711", order_date=None,
                           requested_date=None, currency=None, ship_to=None, lines=[], auto_approved=False,
                           not_a_new_order=True)
    assert score_best("x.eml", "eml", label, [(about, "eml"), (new, "eml")]).fully_correct is False
    assert score_best("x.eml", "eml", label, [(about, "eml")]).fully_correct is True


def test_a_body_of_two_po_sections_beside_an_attachment_of_the_first_still_shows_the_second():
    attached = _attachment("FM-601", "MOP-24")
    body = _attachment("FM-601", "MOP-24", role="body_text").extraction
    body.siblings = [_attachment("FM-602", "BKT-35", role="body_text").extraction]
    assert not repeats_filed(body, [attached.extraction])  # the second section's lines are in no order
    attached.extraction.siblings = [_attachment("FM-602", "BKT-35").extraction]
    assert repeats_filed(body, [attached.extraction])
