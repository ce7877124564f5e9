"""What a customer's country says when its record does not: the locale it most likely writes in (so how it
writes a date) and the money of that country. From CLDR through babel; an unknown country says nothing."""

from __future__ import annotations

from datetime import date
from functools import cache

from vocabulary.dates import country_sign


@cache
def locale_of_country(country: str | None) -> str | None:
    """"IE" -> "en_IE", "PT" -> "pt_PT". None for no country, one CLDR does not know, or one whose people
    write dates both ways (Canada): there the locale would claim a habit the country does not have."""
    if not country or len(country) != 2 or country_sign(country, "") is None:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        likely = Locale.parse(f"und_{country.upper()}")
    except (UnknownLocaleError, ValueError):
        return None
    return f"{likely.language}_{country.upper()}"


@cache
def currency_of_country(country: str | None) -> str | None:
    """The money a country pays in ("IE" -> "EUR", "SG" -> "SGD"); None when it has not one currency."""
    if not country or len(country) != 2:
        return None
    from babel.numbers import get_territory_currencies

    try:
        found = get_territory_currencies(country.upper(), date.today(), tender=True)
    except Exception:  # noqa: BLE001 - babel raises several kinds for a territory it does not know
        return None
    return found[0] if len(found) == 1 else None
