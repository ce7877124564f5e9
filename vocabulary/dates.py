"""Dates as written in orders, in the writer's locale: parsing, finding one in text, and the DD/MM against
MM/DD question."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

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


# ---------------------------------------------------------------- days named in prose

_WEEKDAYS = {
    name: i
    for i, names in enumerate([
        ("monday", "mon", "montag", "lundi", "lunes"),
        ("tuesday", "tue", "tues", "dienstag", "mardi", "martes"),
        ("wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles"),
        ("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves"),
        ("friday", "fri", "freitag", "vendredi", "viernes"),
        ("saturday", "sat", "samstag", "samedi", "sábado", "sabado"),
        ("sunday", "sun", "sonntag", "dimanche", "domingo"),
    ])
    for name in names
}
_WEEKDAY_WORD = (r"(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat"
                 r"|sunday|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|lundi|mardi|mercredi|jeudi"
                 r"|vendredi|samedi|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado)\.?")
_MONTH_WORD = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
# A day as written without its year, or with it: "11/30", "30.11.", "Nov 30th", "the 14th", "30 November 2026".
_DAY_WORDS = (
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
    rf"|{_MONTH_WORD}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH_WORD}(?:,?[ \t]+(?:de[ \t]+)?\d{{4}})?"
    # "the 14th", but not "the 3rd truck": an ordinal before a word other than "of" counts a thing.
    r"|(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)\b(?![ \t]+(?!(?:of|please|pls|at|and|or|latest|if|so|as)\b)[a-z])"
)
# How a buyer names a day in a sentence: a date, a weekday (with its date or not), "tomorrow", "next
# Monday", "end of next week". Only where something asks for a day (matching's caller decides that).
STATED_DAY = re.compile(
    rf"(?P<day>(?:(?:this|next|coming|this[ \t]+coming)[ \t]+)?{_WEEKDAY_WORD}"
    rf"(?:,?[ \t]+(?:the[ \t]+)?(?:{_DAY_WORDS}))?"
    rf"|(?:{_DAY_WORDS})"
    r"|tomorrow|today|morgen|demain|ma[ñn]ana"
    r"|(?:the[ \t]+)?(?:end|beginning|start|middle)[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+|next[ \t]+)?(?:week|month)"
    r"|(?:early|mid|late)[ \t-]+next[ \t]+(?:week|month)|next[ \t]+week|this[ \t]+week|EOW|EOM"
    # a week by its number: "KW 18", "semaine 39", "week 39", "semana 12"
    r"|(?:KW|week|wk|semaine|semana|Woche)[ \t]*\d{1,2}(?:/\d{2,4})?)(?![\w/])",
    re.IGNORECASE,
)
# How far ahead a day written without its year is looked for: a buyer asks for weeks ahead, not a year.
_AHEAD_DAYS = 183


def resolve_stated_day(words: str, sent_on: date, day_first: bool | None = None) -> date | None:
    """The day `words` ("Mon 11/30", "Friday", "next Monday", "the 14th", "tomorrow", "Dec 7") name,
    counted from the day the message was sent; None when they do not name one day for certain
    ("end of next week", "next Friday" said early in a week, a weekday that disagrees with its date,
    a day the same weekday as the sending day)."""
    text = " ".join(words.strip().lower().split())
    if not text:
        return None
    if text in ("today",):
        return sent_on
    if text in ("tomorrow", "morgen", "demain", "mañana", "manana"):
        return sent_on + timedelta(days=1)
    m = re.match(r"^(?:(?P<rel>this coming|this|next|coming) )?(?P<wd>[a-záé]+)\.?,?(?: (?:the )?(?P<rest>.+))?$", text)
    weekday = _WEEKDAYS.get(m["wd"]) if m else None
    if m and weekday is not None:
        if m["rest"]:
            # The weekday written beside a date is the check that the date was read as meant, and it
            # settles 09/03 (March or September) where the customer's habit is not known.
            readings = {_resolve_day_words(m["rest"], sent_on, first) for first in
                        ((day_first,) if day_first is not None else (False, True))}
            fitting = [d for d in readings if d is not None and d.weekday() == weekday]
            return fitting[0] if len(fitting) == 1 else None
        ahead = (weekday - sent_on.weekday()) % 7
        if ahead == 0:
            return None  # "Friday" written on a Friday: today or a week on
        coming = sent_on + timedelta(days=ahead)
        if m["rel"] == "next":
            # "next Friday" is the coming one to some, the one in next week to others: certain only
            # where both are one day (the coming one falls in next week).
            next_week_start = sent_on + timedelta(days=7 - sent_on.weekday())
            return coming if coming >= next_week_start else None
        return coming
    return _resolve_day_words(text, sent_on, day_first)


def _resolve_day_words(text: str, sent_on: date, day_first: bool | None) -> date | None:
    """A date with or without its year; without, the next such day within half a year of sending."""
    text = re.sub(r"\b(de|of) (\d{4})$", r"\2", text)  # "9 de noviembre de 2026"
    found = find_date_text(re.sub(r" de ", " ", text), day_first)
    if found:
        return found[0]
    m = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\.?", text)
    if m:
        a, b = int(m[1]), int(m[3])
        if m[2] == "." or a > 12 or (day_first and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
        return _upcoming(sent_on, month, day)
    m = re.fullmatch(r"([a-zäéû]+)\.? (\d{1,2})(?:st|nd|rd|th)?", text)
    if m and m[1] in _MONTHS:
        return _upcoming(sent_on, _MONTHS[m[1]], int(m[2]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? (?:of |de )?([a-zäéû]+)\.?", text)
    if m and m[2] in _MONTHS:
        return _upcoming(sent_on, _MONTHS[m[2]], int(m[1]))
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", text)
    if m:
        day = int(m[1])
        month, year = sent_on.month, sent_on.year
        for _ in range(2):
            found_day = _safe_date(year, month, day)
            if found_day is not None and found_day >= sent_on:
                return found_day
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        return None
    return None


def _upcoming(sent_on: date, month: int, day: int) -> date | None:
    for year in (sent_on.year, sent_on.year + 1):
        found = _safe_date(year, month, day)
        if found is not None and sent_on <= found <= sent_on + timedelta(days=_AHEAD_DAYS):
            return found
    return None
