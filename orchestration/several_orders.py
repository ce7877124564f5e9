"""Which attachments of one message are orders of their own: a buyer who sends this week's POs in one email
(two PDFs, a PDF and a sheet of another PO) sends several orders, each filed with its own document,
provenance and acknowledgement.

Two parts are one order when they say the same PO, or when one only repeats the other's lines (a PDF and the
body retyping it, a PDF and an XLSX of the same PO): then the chosen part is the order, as before, and a part
with lines of its own that is no separate order stays a doubt on it (`other_part_has_lines`). An attachment
is an order of its own only when it is clearly one: read with its own lines and a PO number that neither the
chosen part nor another order of the message has. The email's text is never one of these: beside attached
orders it is a cover note, or it repeats them.

Plain data in, plain data out: the extractions of the message's parts, never the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matching.catalog import normalise_sku, normalise_text
from models.schemas import Extraction


@dataclass(frozen=True)
class Reading:
    """One part of a message as read: its role (`attachment`, `body_text`, `body_html`) and its extraction."""

    role: str
    extraction: Extraction


def line_keys(extraction: Extraction) -> set[tuple[str, object]]:
    """A part's lines as what they order (a code, else the words, with the quantity): two readings of one
    order give the same keys, whatever their layout."""
    return {(normalise_sku(ln.item_code) if ln.item_code else normalise_text(ln.description or ln.raw_text),
             ln.quantity) for ln in extraction.lines}


def _po(extraction: Extraction) -> str | None:
    found = extraction.header.po_number
    return normalise_sku(found.value) or None if found is not None else None


def own_orders(chosen: Reading, others: Sequence[Reading]) -> list[int]:
    """The indexes, in `others`, of the parts that are orders of their own beside `chosen` (the part the
    message's first order is read from): attachments read without error, with lines, with a PO number no
    order before them has, and with lines not all already in one of those orders."""
    if chosen.role != "attachment" or _po(chosen.extraction) is None:
        return []
    filed = [chosen.extraction]
    found: list[int] = []
    for i, other in enumerate(others):
        ex = other.extraction
        if other.role != "attachment" or ex.error or ex.document_kind or not ex.lines or ex.too_large:
            continue
        po = _po(ex)
        if po is None or any(_po(f) == po for f in filed):
            continue  # the same PO in two files is one order (a PDF and its XLSX)
        if any(line_keys(ex) <= line_keys(f) for f in filed):
            continue  # a copy of an order already filed, under another number (a reference, not a PO)
        filed.append(ex)
        found.append(i)
    return found


def repeats_filed(other: Extraction, filed: Sequence[Extraction]) -> bool:
    """Whether every line of `other` (and of its further orders: a body of two PO sections) is in one of
    the orders filed from the message (a body repeating the attachments' lines, or a cover note listing
    both POs' items): nothing in it is left out."""
    keys: set[tuple[str, object]] = set()
    for f in filed:
        for order in (f, *f.siblings):
            keys |= line_keys(order)
    return all(line_keys(order) <= keys for order in (other, *other.siblings))
