"""A delivery day named by its weekday with "for" rather than an asking verb ("for Saturday:", "Order for
Tuesday's delivery", "(Friday delivery)", "this week's drop (Thursday)"): a standing-order buyer's way of
naming the day, found as a stated day; a weekday in a sentence about something else is not one."""

from __future__ import annotations

import pytest

from extractors.stated import find_stated


def _days(text: str) -> list[str | None]:
    return [m.when for m in find_stated(text) if m.kind == "date"]


@pytest.mark.parametrize(("text", "day"), [
    ("hi it's Pat from the nursery. for saturday:\n- potting mix 6 bags", "saturday"),
    ("For Wednesday please -\n4 flats of pansies", "Wednesday"),
    ("For Tuesday's delivery we'll want nine rolls of the kraft paper", "Tuesday"),
    ("order for thursday please\n3 reams cardstock", "thursday"),
    ("Toner order for Monday's drop please:\n2 x black", "Monday"),
    ("This week's please (Friday delivery):\n10 bags mulch", "Friday"),
    ("Please add these to this week's delivery (Thursday):\n- staples 2 bx", "Thursday"),
    ("Can we please get for Friday:\n- twine 4 rl", "Friday"),
])
def test_a_weekday_the_order_is_for_is_a_stated_day(text, day):
    assert _days(text) == [day]


@pytest.mark.parametrize("text", [
    "We are closed for Monday's holiday but open after.",
    "Thanks for Friday, the install looked great.",
    "For Monday's holiday we close early.",
    "The store meeting is set for Tuesday.",
])
def test_a_weekday_for_something_other_than_the_delivery_is_not_a_stated_day(text):
    assert _days(text) == []
