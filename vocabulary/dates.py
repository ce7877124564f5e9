"""Dates as written in orders, in the writer's locale: parsing, finding one in text, and the DD/MM against
MM/DD question."""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "januar", "janvier", "enero"),
            ("feb", "february", "februar", "février", "febrero"),
            ("mar", "march", "märz", "mars", "marzo"),
            ("apr", "april", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("jun", "june", "juni", "juin", "junio"),
            ("jul", "july", "juli", "juillet", "julio"),
            ("aug", "august", "août", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre"),
            ("oct", "october", "oktober", "octobre", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "dezember", "décembre", "diciembre"),
        ]
    )
    for m in names
}

DATE_PATTERN = re.compile(
    r"\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}-[A-Za-z]{3,9}-(?:\d{4}|\d{2})"
    r"|\d{1,2}\.?\s+[A-Za-zäéû]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
)


def parse_date(text: object, day_first: bool | None = None) -> date | None:
    """A date from ISO, 'November 20, 2026', '20 Nov 2026', '20.11.2026' or '11/20/2026'.

    Slashes are ambiguous: a part above 12 settles it, otherwise `day_first` (the customer's
    locale) does, and without it US order is assumed. Dots are always day first.
    """
    if text is None:
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    s = str(text).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", s)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})", s)
    if m:
        a, sep, b, y = int(m[1]), m[2], int(m[3]), int(m[4])
        y = y + 2000 if y < 100 else y
        if sep == "." or a > 12:
            return _safe_date(y, b, a)
        if b > 12:
            return _safe_date(y, a, b)
        return _safe_date(y, b, a) if day_first else _safe_date(y, a, b)
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]+)-(\d{4}|\d{2})", s)  # "23-Jul-2025", "23-Jul-25"
    if m and m[2].lower() in _MONTHS:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _safe_date(year, _MONTHS[m[2].lower()], int(m[1]))
    m = re.fullmatch(r"(\d{1,2})\.?\s+([A-Za-zäéû]+)\.?,?\s+(\d{4})", s)
    if m and m[2].lower() in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", s)
    if m and m[1].lower() in _MONTHS:
        return _safe_date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    return None


def find_date(text: str, day_first: bool | None = None) -> date | None:
    found = find_date_text(text, day_first)
    return found[0] if found else None


def find_date_text(text: str, day_first: bool | None = None) -> tuple[date, str] | None:
    """The first date in the text and how it was written."""
    for m in DATE_PATTERN.finditer(text):
        found = parse_date(m.group(1), day_first)
        if found:
            return found, m.group(1)
    return None


_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b")


def day_first_evidence(text: str) -> bool | None:
    """Whether the document itself settles DD/MM against MM/DD: one date with a part above 12 does."""
    for a, b, _ in _SLASH_DATE.findall(text):
        if int(a) > 12 >= int(b):
            return True
        if int(b) > 12 >= int(a):
            return False
    return None


def is_ambiguous_date(written: str) -> bool:
    """'03/04/2026' could be March or April; '2026-03-04', '20/11/2026' and '20.11.2026' cannot."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/\d{2,4}", written.strip())
    return bool(m) and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1] != m[2]


def locale_is_day_first(locale: str | None) -> bool:
    """Month first is the US habit; nearly everyone else writes the day first."""
    return bool(locale) and locale.replace("-", "_") not in ("en_US", "es_US", "en_PH", "fil_PH")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
