"""Needed-by days buyers write without a preposition, in shorthand, for a pickup, or after a long
destination, and slash dates whose month-first reading lies before the day the order was sent."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.stated import find_stated
from vocabulary.dates import resolve_stated_day

SENT = date(2026, 11, 25)  # a Wednesday


def _days(text: str) -> list[str | None]:
    return [m.when.rstrip(".,") if m.when else None for m in find_stated(text) if m.kind == "date"]


@pytest.mark.parametrize(("text", "when"), [
    # the day straight after the asking word
    ("PO 7731, deliver Dec 14 to the Ashby warehouse, 12 Kiln Rd, Ashby MA 01431.", "Dec 14"),
    ("Deliver Thurs 12/3 AM to the loading dock please.", "Thurs 12/3"),
    ("Need Friday, thanks - Tom", "Friday"),
    ("ship 12/4 via our account", "12/4"),
    # shorthand for tomorrow
    ("Need for tmrw morning, will swing by", "tmrw"),
    ("need these tmw if possible", "tmw"),
    # a pickup asks for a day as a delivery does
    ("Will pick up at the counter Thursday. PO GH-0309.", "Thursday"),
    ("grabbing it tomorrow morning, put it on the shop account", "tomorrow"),
    ("he'll grab it at 7am tomorrow", "tomorrow"),
    ("add to my order for pickup tmrw", "tmrw"),
    # a strong deadline word after a long destination in the same sentence
    ("Please deliver to the Parks Garage, 300 Service Center Dr, Millbrook IL 60536, by December 15th. Dock in back.",
     "December 15th"),
])
def test_a_day_asked_plainly_is_found(text, when):
    assert _days(text) == [when]


@pytest.mark.parametrize("text", [
    "We picked up the last order Thursday, thanks.",  # past: not a day asked for
    "Ship via UPS ground as usual.",
    "Pick up the phone if anything is short.",
    "Deliver 40 bags to the yard.",  # a count, not a day
    "Our PO dated 11/19 is attached; please deliver to the yard.",
])
def test_words_near_shipping_that_ask_for_no_day_are_not_days(text):
    assert _days(text) == []


@pytest.mark.parametrize(("words", "day"), [
    ("tmrw", date(2026, 11, 26)),
    ("tmw", date(2026, 11, 26)),
    ("Thurs 12/3", date(2026, 12, 3)),
    # 11/12/2026 read month first is a day already past when the order was sent: the other reading
    ("11/12/2026", date(2026, 12, 11)),
    ("11/30/2026", date(2026, 11, 30)),
    ("12/11/2026", date(2026, 12, 11)),  # both readings ahead: month first, as a US buyer writes
])
def test_a_day_resolves_to_one_not_already_past(words, day):
    assert resolve_stated_day(words, SENT) == day
