"""Numbers and dates as buyers write them."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from vocabulary.dates import parse_date
from vocabulary.numbers import parse_decimal


def test_decimal_separators_both_ways():
    assert parse_decimal("1,234.56") == Decimal("1234.56")
    assert parse_decimal("1.234,56") == Decimal("1234.56")
    assert parse_decimal("$12.50") == Decimal("12.50")
    assert parse_decimal("12,5") == Decimal("12.5")
    assert parse_decimal("1,000") == Decimal("1000")
    assert parse_decimal("1,000", decimal_comma=True) == Decimal("1.000")
    assert parse_decimal("EUR 3,20") == Decimal("3.20")
    assert parse_decimal("n/a") is None
    assert parse_decimal("") is None


@given(st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False))
def test_us_and_european_grouping_read_the_same(value: Decimal):
    us = f"{value:,.2f}"
    eu = us.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_decimal(us) == value
    assert parse_decimal(eu) == value


def test_dates_by_format_and_locale():
    assert parse_date("2026-11-20") == date(2026, 11, 20)
    assert parse_date("November 20, 2026") == date(2026, 11, 20)
    assert parse_date("20 Nov 2026") == date(2026, 11, 20)
    assert parse_date("20.11.2026") == date(2026, 11, 20)
    assert parse_date("11/20/2026") == date(2026, 11, 20)  # the 20 settles it
    assert parse_date("20/11/2026") == date(2026, 11, 20)
    assert parse_date("03/04/2026") == date(2026, 3, 4)  # ambiguous: US unless told otherwise
    assert parse_date("03/04/2026", day_first=True) == date(2026, 4, 3)
    assert parse_date("31/02/2026") is None
