"""Dates as written in orders, in the writer's locale: parsing, finding one in text, and the DD/MM against
MM/DD question."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "januar", "janvier", "enero", "gennaio", "januari", "janeiro", "janv"),
            ("feb", "february", "februar", "février", "febrero", "febbraio", "februari", "fevereiro", "févr", "fev"),
            ("mar", "march", "märz", "mars", "marzo", "maart", "março", "marco", "mrt"),
            ("apr", "april", "avril", "abril", "aprile", "avr"),
            ("may", "mai", "mayo", "maggio", "mei", "maio"),
            ("jun", "june", "juni", "juin", "junio", "giugno", "junho"),
            ("jul", "july", "juli", "juillet", "julio", "luglio", "julho", "juil"),
            ("aug", "august", "août", "agosto", "augustus", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set"),
            ("oct", "october", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "out"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "dezember", "décembre", "diciembre", "dicembre", "dezembro", "dez", "déc", "dic"),
        ]
    )
    for m in names
}
# The months of Turkish, Polish and Czech (as a date writes them, "15 grudnia 2026", "18. prosince 2026"), Romanian,
# Finnish, Croatian and Slovenian, and the Scandinavian names the list above lacks.
_MONTHS.update({
    m: i + 1
    for i, names in enumerate(
        [
            ("ocak", "stycznia", "ledna", "ianuarie", "tammikuuta", "siječnja", "sijecnja", "januarja"),
            ("şubat", "subat", "lutego", "února", "unora", "februarie", "helmikuuta", "veljače", "veljace",
             "februarja"),
            ("marca", "března", "brezna", "martie", "maaliskuuta", "ožujka", "ozujka"),
            ("nisan", "kwietnia", "dubna", "aprilie", "huhtikuuta", "travnja", "aprila"),
            ("mayıs", "mayis", "maja", "května", "kvetna", "toukokuuta", "svibnja"),
            ("haziran", "czerwca", "června", "cervna", "iunie", "kesäkuuta", "kesakuuta", "lipnja", "junija"),
            ("temmuz", "lipca", "července", "cervence", "iulie", "heinäkuuta", "heinakuuta", "srpnja", "julija"),
            ("ağustos", "agustos", "sierpnia", "srpna", "augusti", "elokuuta", "kolovoza", "avgusta"),
            ("eylül", "eylul", "września", "wrzesnia", "září", "zari", "septembrie", "syyskuuta", "rujna"),
            ("ekim", "października", "pazdziernika", "října", "rijna", "octombrie", "lokakuuta"),
            ("kasım", "kasim", "listopada", "listopadu", "noiembrie", "marraskuuta", "studenoga", "novembra"),
            ("aralık", "aralik", "grudnia", "prosince", "decembrie", "joulukuuta", "prosinca", "decembra",
             "desember"),
        ]
    )
    for m in names
})

DATE_PATTERN = re.compile(
    r"\b(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    # "2026.12.15.": Hungarian writes the year first, with dots
    r"|\d{4}\.\d{1,2}\.\d{1,2}(?=\.|\b)"
    # "18. 12. 2026": Czech and Slovak write a space after each dot
    r"|\d{1,2}\.[ ]\d{1,2}\.[ ]\d{4}"
    r"|\d{1,2}-[A-Za-z]{3,9}-(?:\d{4}|\d{2})"
    # "21 April 2026", "3. März 2026", "1er avril 2026", "8 de septiembre de 2026"
    r"|\d{1,2}(?:er|st|nd|rd|th)?\.?\s+(?:of\s+)?(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
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
    s = re.sub(r"^(\d{1,2})\.[ ](\d{1,2})\.[ ](\d{4})$", r"\1.\2.\3", str(text).strip())
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?(?:[T ].*)?", s)
    if m:
        return _safe_date(int(m[1]), int(m[3]), int(m[4]))
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
    m = re.fullmatch(r"(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?:of\s+)?(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})", s)
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


# A date written with numbers only, day and month in either order: "13/03/2026", "3-13-26", "21.09.2026".
_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")


def day_first_evidence(text: str) -> bool | None:
    """Whether the document's own dates settle DD/MM against MM/DD: a date with a part above 12 does
    ("13/03/2026" is day first, "03/13/2026" month first), and so does a date written with dots (only
    day-first writers do). Dates that disagree settle nothing: a thread may quote another writer."""
    found: set[bool] = set()
    for m in _NUMERIC_DATE.finditer(text):
        a, sep, b = int(m[1]), m[2], int(m[3])
        # A two-digit year makes sizes and ranges look like dates ("wire 12-14-16", "8/10/12 in"): only a
        # slashed one with a year of this era counts.
        if not (1 <= a <= 31 and 1 <= b <= 31) or (len(m[4]) == 2 and (sep != "/" or not 15 <= int(m[4]) <= 45)):
            continue
        if sep == "." and len(m[4]) == 4 and a <= 31 and b <= 12:
            found.add(True)
        elif a > 12 >= b:
            found.add(True)
        elif b > 12 >= a:
            found.add(False)
    return found.pop() if len(found) == 1 else None


_WEEKDAY_BEFORE = re.compile(r"(?P<wd>[A-Za-zéá]+)\.?,?[ \t]+(?:the[ \t]+)?$")


def read_stated_date(text: str, day_first: bool | None = None) -> tuple[date, str, bool] | None:
    """The first date in `text` (what follows a date label), how it was written, and whether its
    reading is certain. A weekday written just before an ambiguous date ("Monday 09/03/2026") settles
    it: only one of its two readings falls on that day."""
    for m in DATE_PATTERN.finditer(text):
        written = m.group(1)
        found = parse_date(written, day_first)
        if found is None:
            continue
        if day_first is not None or not is_ambiguous_date(written):
            return found, written, True
        before = _WEEKDAY_BEFORE.search(text[:m.start(1)])
        weekday = _WEEKDAYS.get(before["wd"].lower()) if before else None
        if weekday is not None:
            fitting = [d for first in (False, True) if (d := parse_date(written, first)) and d.weekday() == weekday]
            if len(fitting) == 1:
                return fitting[0], written, True
        return found, written, False
    return None


def is_ambiguous_date(written: str) -> bool:
    """'03/04/2026' or '03-04-26' could be March or April; '2026-03-04', '20/11/2026' and '20.11.2026' cannot."""
    m = re.fullmatch(r"(\d{1,2})([/-])(\d{1,2})\2\d{2,4}", written.strip())
    return bool(m) and int(m[1]) <= 12 and int(m[3]) <= 12 and int(m[1]) != int(m[3])


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
        ("monday", "mon", "montag", "lundi", "lunes", "lunedì", "lunedi", "maandag", "segunda", "segunda-feira"),
        ("tuesday", "tue", "tues", "dienstag", "mardi", "martes", "martedì", "martedi", "dinsdag", "terça", "terca", "terça-feira"),
        ("wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi", "woensdag", "quarta", "quarta-feira"),
        ("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "donderdag", "quinta", "quinta-feira"),
        ("friday", "fri", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "vrijdag", "sexta", "sexta-feira"),
        ("saturday", "sat", "samstag", "samedi", "sábado", "sabado", "zaterdag"),
        ("sunday", "sun", "sonntag", "dimanche", "domingo", "domenica", "zondag"),
    ])
    for name in names
}
# The weekdays of the Nordic languages, Finnish (with "on"/"for" forms: "torstaina", "torstaiksi"), Polish and
# Czech (as a sentence asks for them: "na środę", "na čtvrtek", "do pátku").
_WEEKDAYS |= {
    name: i
    for i, names in enumerate([
        ("mandag", "måndag", "maanantai", "maanantaina", "maanantaiksi", "poniedziałek", "poniedzialek",
         "pondělí", "pondeli"),
        ("tirsdag", "tisdag", "tiistai", "tiistaina", "tiistaiksi", "wtorek", "úterý", "utery"),
        ("onsdag", "keskiviikko", "keskiviikkona", "keskiviikoksi", "środa", "środę", "sroda", "srode", "středa",
         "středu", "streda", "stredu"),
        ("torsdag", "torstai", "torstaina", "torstaiksi", "czwartek", "čtvrtek", "ctvrtek"),
        ("fredag", "perjantai", "perjantaina", "perjantaiksi", "piątek", "piatek", "pátek", "patek", "pátku"),
        ("lørdag", "lordag", "lördag", "lauantai", "lauantaina", "lauantaiksi", "sobota", "sobotę", "sobote", "sobotu"),
        ("søndag", "sondag", "söndag", "sunnuntai", "sunnuntaina", "sunnuntaiksi", "niedziela", "niedzielę",
         "niedziele", "neděle", "neděli", "nedele", "nedeli"),
    ])
    for name in names
}
# The weekdays written out in every language above (no "sat", "wed", "sun": words too).
_FULL_WEEKDAY_NAMES = "|".join(sorted(map(re.escape, (w for w in _WEEKDAYS if len(w) >= 5)), key=len, reverse=True))
_WEEKDAY_WORD = (rf"(?:{_FULL_WEEKDAY_NAMES}|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun|mi[ée]rcoles|s[áa]bado)\.?")
_MONTH_WORD = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
# Before a day, not the short months that are English words: "send out 10 boxes" is no 10 October (Portuguese
# "out"), "set 12 chairs" no 12 September, "a week ago 3 pallets" no August; "10 de out" still is.
_MONTH_WORD_FIRST = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS if m not in ("out", "set", "ago")),
                                            key=len, reverse=True)) + r")\.?"
# A day as written without its year, or with it: "11/30", "30.11.", "Nov 30th", "the 14th", "30 November 2026".
_DAY_WORDS = (
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"
    rf"|{_MONTH_WORD_FIRST}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH_WORD}(?:,?[ \t]+(?:de[ \t]+)?\d{{4}})?"
    # "the 14th", but not "the 3rd truck": an ordinal before a word other than "of" counts a thing.
    r"|(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)\b(?![ \t]+(?!(?:of|please|pls|at|and|or|latest|if|so|as)\b)[a-z])"
)
# "tomorrow" as typed on a phone: "tmrw", "tmw", "tomorow", "tommorow".
_TOMORROW = r"(?:tomorrow|tmrw|tmw|tomm?orr?ow)"
# "Tomorrow" in our buyers' other languages.
TOMORROW_WORDS = ("morgen", "demain", "mañana", "manana", "domani", "amanhã", "amanha", "i morgen", "imorgon",
                  "i morgon", "huomenna", "huomiseksi", "jutro", "na jutro", "zítra", "zitra", "na zítra", "na zitra")
# How a buyer names a day in a sentence: a date, a weekday (with its date or not), "tomorrow", "next
# Monday", "end of next week". Only where something asks for a day (matching's caller decides that).
STATED_DAY = re.compile(
    rf"(?P<day>(?:(?:this|next|coming|this[ \t]+coming)[ \t]+)?{_WEEKDAY_WORD}"
    # ("tirsdag d. 8/12", "lørdag den 12/12": the Danish and Norwegian "the" before the date)
    rf"(?:,?[ \t]+(?:the[ \t]+|d\.[ \t]*|den[ \t]+)?(?:{_DAY_WORDS}))?"
    rf"|(?:{_DAY_WORDS})"
    rf"|{_TOMORROW}|today|morgen|demain|ma[ñn]ana"
    r"|(?:the[ \t]+)?(?:end|beginning|start|middle)[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+|next[ \t]+)?(?:week|month)"
    r"|(?:early|mid|late)[ \t-]+next[ \t]+(?:week|month)|next[ \t]+week|this[ \t]+week|EOW|EOM"
    # a week by its number: "KW 18", "semaine 39", "week 39", "semana 12"
    r"|(?:KW|week|wk|semaine|semana|Woche)[ \t]*\d{1,2}(?:/\d{2,4})?)(?![\w/])",
    re.IGNORECASE,
)
# A day that can follow an asking word with nothing between ("deliver Dec 14", "Deliver Thurs 12/3 AM",
# "need it tmrw", "ship 12/4 via UPS", "need it the 14th"). A slash date only where the clause goes on
# after it ("need 3/4 EMT" is a size, "ship 2/3 of it" a share); "sat", "sun" and "wed" are words too, so
# they count only with their date.
PLAIN_DAY_START = re.compile(
    r"(?=(?:(?:this|next|coming)[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    rf"|mon|tues?|thu(?:rs?)?|fri|{_FULL_WEEKDAY_NAMES})\b"
    r"|(?:sat|sun|wed)\.?,?[ \t]+\d"
    rf"|{_MONTH_WORD}[ \t]+\d|{_TOMORROW}\b|(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)\b"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?(?=[ \t]*(?:$|[,;:)]|\.(?:[ \t]|$)|[ \t]+(?:am|pm|a\.m\.|p\.m\.|to|at|via"
    r"|please|pls|if|or|latest|morning|afternoon|eod)\b)))",
    re.IGNORECASE | re.MULTILINE,
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
    if re.fullmatch(_TOMORROW, text) or text in TOMORROW_WORDS:
        return sent_on + timedelta(days=1)
    m = re.match(r"^(?:(?P<rel>this coming|this|next|coming) )?(?P<wd>[^\W\d_]+(?:-feira)?)\.?,?"
                 r"(?: (?:the |d\. ?|den )?(?P<rest>.+))?$", text)
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


# The names of weekdays and months in the languages above, as patterns (longest first), for readers that find
# a day written in a sentence.
WEEKDAY_WORDS = "(?:" + "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True)) + ")"
# The weekdays written out (no "sat", "wed", "sun", which are words too), and "tomorrow", in every language above.
FULL_DAY_WORDS = "(?:" + "|".join(sorted(map(re.escape, [*(w for w in _WEEKDAYS if len(w) >= 5), *TOMORROW_WORDS]),
                                         key=len, reverse=True)) + ")"
MONTH_WORDS = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + ")"


_WEEK_NUMBER = re.compile(r"^(?:KW|week|wk|semaine|semana|Woche)[ \t]*(?P<week>\d{1,2})(?:/(?P<year>\d{2}|\d{4}))?$",
                          re.IGNORECASE)


def week_asked_for(words: str, sent_on: date) -> tuple[date, date] | None:
    """The Monday and Sunday of the ISO week a buyer asks for by its number ("KW 18", "semaine 39",
    "wk 50/2026"): without its year, the week of that number ahead of the sending day (within half a
    year). A week is a period, not a day: this says which days a clerk should pick from."""
    m = _WEEK_NUMBER.match(" ".join(words.split()))
    if m is None:
        return None
    week = int(m["week"])
    years = [int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)] if m["year"] else \
        [sent_on.year, sent_on.year + 1]
    for year in years:
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if m["year"] or monday + timedelta(days=6) >= sent_on and monday <= sent_on + timedelta(days=_AHEAD_DAYS):
            return monday, monday + timedelta(days=6)
    return None


def _resolve_day_words(text: str, sent_on: date, day_first: bool | None) -> date | None:
    """A date with or without its year; without, the next such day within half a year of sending."""
    text = re.sub(r"\b(de|of) (\d{4})$", r"\2", text)  # "9 de noviembre de 2026"
    found = find_date_text(re.sub(r" de ", " ", text), day_first)
    if found:
        if day_first is None and is_ambiguous_date(found[1]):
            # A day asked for is not one already past: "Required by 11/12/2026" sent on 30 November is the
            # 11th of December, whoever wrote it; where both readings lie ahead, month first stands.
            other = parse_date(found[1], not _reads_day_first(found[1], found[0]))
            if found[0] < sent_on <= (other or sent_on - timedelta(days=1)):
                return other
        return found[0]
    m = re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\.?", text)
    if m:
        a, b = int(m[1]), int(m[3])
        if m[2] == "." or a > 12 or (day_first and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
        return _upcoming(sent_on, month, day)
    m = re.fullmatch(r"([^\W\d_]+)\.? (\d{1,2})(?:st|nd|rd|th)?", text)
    if m and m[1] in _MONTHS:
        return _upcoming(sent_on, _MONTHS[m[1]], int(m[2]))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? (?:of |de )?([^\W\d_]+)\.?", text)
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


def _reads_day_first(written: str, read: date) -> bool:
    return int(re.split(r"[/.-]", written.strip())[0]) == read.day


def _upcoming(sent_on: date, month: int, day: int) -> date | None:
    for year in (sent_on.year, sent_on.year + 1):
        found = _safe_date(year, month, day)
        if found is not None and sent_on <= found <= sent_on + timedelta(days=_AHEAD_DAYS):
            return found
    return None


# How a document states its own date in a sentence or beside its number, without an "Order Date" label:
# "PO NT-77 dated 30/04/2026", "PO No. 0142 dt. 05/08/2026", "commande n° 93 du 28/04/2026", "Bestellung
# 12 vom 21.04.2026", "pedido 0877 con fecha 19/05/2026", SAP's "PO number/date 4500098812 / 06/02/2026",
# and a bare "Date: 02/03/2026" or "Datum<tab>21.04.2026" ending its line, at its start or after a wide gap
# (a header block's column); a forwarded header's "Date:" carries a weekday and a time, so it never is.
_NUMERIC_OR_SHORT = r"(?=\d{1,2}[./-](?:\d{1,2}|[A-Za-z]{3})[./-]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b)"
# ... or a date with its month named that is all the line holds: "Datum: 12. März 2026", "Date : 12 mars 2026",
# "Date: March 10, 2026" (a mail program's header line starts with the weekday and ends with the time).
_NAMED_MONTH_ALONE = (r"(?=(?:\d{1,2}(?:er)?\.?[ \t]+(?:de[ \t]+)?[^\W\d_]{3,10}\.?|[^\W\d_]{3,9}\.?[ \t]+\d{1,2}"
                      r"(?:st|nd|rd|th)?,?)[ \t]+(?:de[ \t]+)?\d{4}[ \t]*$)")
ORDER_DATE_WORDS = re.compile(
    r"(?:\b(?:P\.?O\.?|order|ref(?:erence)?)\b[^\n]{0,40}?[ \t](?:dated|dtd\.?|dt\.)[ \t]*:?[ \t]*(?:\n[ \t]*)?"
    r"(?=\d|[A-Z][a-z]{2})"
    r"|\b(?:commande|bon[ \t]+de[ \t]+commande)\b[^\n]{0,40}?[ \t]du[ \t]+(?=\d)"
    r"|\bBestellung\b[^\n]{0,40}?[ \t]vom[ \t]+(?=\d)"
    # "ordine n. 2026/0388 del 02/12/2026", "encomenda n.º 3391 de 30/11/2026", "bestelling 412 van 3-12-2026"
    r"|\bordine\b[^\n]{0,40}?[ \t]del[ \t]+(?=\d)|\bencomenda\b[^\n]{0,40}?[ \t]de[ \t]+(?=\d)"
    r"|\bbestelling\b[^\n]{0,40}?[ \t]van[ \t]+(?=\d)"
    r"|\b(?:pedido|orden)\b[^\n]{0,40}?[ \t](?:con|de)[ \t]+fecha[ \t]*:?[ \t]*(?=\d)"
    r"|\b(?:P\.?O\.?|order)[ \t]+(?:number|no\.?)[ \t]*/[ \t]*date[ \t]*:?[ \t]*[A-Z0-9][\w.-]*[ \t]*/[ \t]*"
    rf"|(?:^[ \t]*|[ \t]{{3,}})(?:Date|Datum|Fecha|Data)(?:[ \t]*:[ \t]*|[ \t]+)"
    rf"(?:{_NUMERIC_OR_SHORT}(?=[^\n]{{6,11}}[ \t]*$)|{_NAMED_MONTH_ALONE}))"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)


# ---------------------------------------------------------------- who writes the day first

# Countries where a date's day comes first. The US (and the Philippines) write the month first; Canada
# writes both, so it says nothing; so do Asian year-first habits (2026/03/09 is never in doubt).
_DAY_FIRST_COUNTRIES = frozenset(
    "GB UK IE IN PK BD LK NP AU NZ ZA NG KE GH DE AT CH LI FR BE LU MC NL ES PT IT SM VA MT GR CY TR PL CZ SK SI "
    "HR RS BA ME MK AL RO BG MD UA BY RU EE LV LT FI SE NO DK IS MX GT SV HN NI CR PA CU DO PR CO VE EC PE BO CL "
    "AR UY PY BR AE SA QA KW BH OM JO LB IL EG MA DZ TN MY SG ID TH VN".split())
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH"})
# Currencies of day-first countries; USD, CAD and the dollar sign are used on both sides.
_DAY_FIRST_CURRENCIES = frozenset(
    "GBP EUR INR PKR AUD NZD ZAR CHF SEK NOK DKK PLN CZK RON BGN TRY RUB UAH MXN BRL ARS CLP COP PEN UYU AED SAR "
    "QAR ILS EGP MAD MYR SGD IDR THB VND".split())
# Country calling codes of day-first countries, as written before a number: "+44 113 496 0721".
_DAY_FIRST_CALLING_CODES = frozenset(
    "44 353 91 92 880 94 61 64 27 234 254 49 43 41 33 32 352 31 34 351 39 30 90 48 420 421 40 359 7 380 358 "
    "46 47 45 52 57 58 593 51 56 54 598 55 971 966 974 972 20 212 60 65 62 66 84".split())
# Generic top-level domains and country codes used as brand names say nothing about where a sender is.
_NOT_A_COUNTRY_TLD = frozenset({"co", "io", "me", "tv", "ai", "ly", "fm", "to", "cc", "ws", "gg", "app", "is"})
_PHONE_CODE = re.compile(r"(?:^|[\s(:])\+[ \t]?(\d{1,3})[\s().-]*\d")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b")
_MONEY_SIGN = re.compile(r"[£€₹]|\bRs\.?[ \t]?\d")
# ("may" is a word in English sentences: "10 may be late"; "mayo" and "mai" are not.)
_MONTH_NAME = "(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS if len(m) > 2 and m != "may"),
                                      key=len, reverse=True)) + ")"
# "12 October 2026", "8 de septiembre", "3rd of March": the day before the month's name.
_DAY_BEFORE_MONTH_NAME = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+|de[ \t]+)?{_MONTH_NAME}\b\.?"
                                    r"(?![ \t]+\d{1,2}\b(?![ \t]*[.:]?\d))", re.IGNORECASE)
# "October 12, 2026", "March 9th": the month's name before the day.
_MONTH_NAME_BEFORE_DAY = re.compile(rf"\b{_MONTH_NAME}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?![ \t]*[:.]\d)(?!-)",
                                    re.IGNORECASE)
# Words of languages whose every country writes the day first (Spanish US writers are too few to count).
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:Bestell\w*|Liefer\w*|Datum|Fecha|Entrega|Livraison|commande|pedido|Lieferung|janvier|février|mars|avril"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miércoles"
    r"|jueves|viernes)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DayOrderSign:
    """One thing a message shows about how its writer orders day and month, and what it is."""

    day_first: bool
    what: str


def country_sign(country: str | None, what: str) -> DayOrderSign | None:
    code = (country or "").strip().upper()
    if code in _DAY_FIRST_COUNTRIES:
        return DayOrderSign(True, what)
    if code in _MONTH_FIRST_COUNTRIES:
        return DayOrderSign(False, what)
    return None


def currency_sign(currency: str | None) -> DayOrderSign | None:
    code = (currency or "").strip().upper()
    return DayOrderSign(True, f"the currency {code}") if code in _DAY_FIRST_CURRENCIES else None


def locale_sign(locale: str | None, what: str) -> DayOrderSign | None:
    """A locale's country ("en_GB", "de-DE"); a language without a country says nothing."""
    parts = (locale or "").replace("-", "_").split("_")
    return country_sign(parts[1], what) if len(parts) == 2 else None


def domain_sign(address: str | None) -> DayOrderSign | None:
    """The country of a sender's mail domain: "buyer@example.co.uk" is British, ".com" says nothing."""
    domain = (address or "").rpartition("@")[2].strip().lower().rstrip(">. ")
    tld = domain.rpartition(".")[2]
    if len(tld) != 2 or tld in _NOT_A_COUNTRY_TLD:
        return None
    return country_sign("GB" if tld == "uk" else tld, f"the sender's address ({domain})")


def text_signs(text: str) -> list[DayOrderSign]:
    """What the words of a document show of its writer's habit: a month's name after or before the day,
    words of a day-first language, pound, euro or rupee amounts, a British postcode, telephone numbers
    with a day-first country's calling code. (A US address proves little: a foreign buyer prints the
    US supplier's.)"""
    signs = []
    if m := _DAY_BEFORE_MONTH_NAME.search(text):
        signs.append(DayOrderSign(True, f"'{' '.join(m.group(0).split())}' puts the day before the month"))
    if m := _MONTH_NAME_BEFORE_DAY.search(text):
        signs.append(DayOrderSign(False, f"'{' '.join(m.group(0).split())}' puts the month before the day"))
    if m := _DAY_FIRST_WORDS.search(text):
        signs.append(DayOrderSign(True, f"the document is written in a day-first language ('{m.group(0)}')"))
    if m := _MONEY_SIGN.search(text):
        signs.append(DayOrderSign(True, f"amounts in {m.group(0).strip()}"))
    if m := _UK_POSTCODE.search(text):
        signs.append(DayOrderSign(True, f"a British postcode ({m.group(0)})"))
    for m in _PHONE_CODE.finditer(text):
        if m[1] in _DAY_FIRST_CALLING_CODES:
            signs.append(DayOrderSign(True, f"a telephone number in +{m[1]}"))
            break
    return signs


@dataclass(frozen=True)
class DayOrderReading:
    """How a message's ambiguous dates are read: `day_first` when settled, None when in doubt (then
    `why` says what disagreed, for the clerk)."""

    day_first: bool | None
    why: str


# An order is dated shortly before it is sent; a delivery is asked for after the order, within a year.
_ORDER_DATED_WITHIN = timedelta(days=92)
_SLACK = timedelta(days=1)


def settle_day_order(ambiguous: dict[str, str], known: dict[str, date], signs: list[DayOrderSign],
                     sent_on: date | None) -> DayOrderReading:
    """Read the ambiguous dates of one message ("order_date": "09/03/2026", ...) one way, day first or
    month first, from what the message shows: `known` holds its other dates as read, `signs` how its
    writer writes, `sent_on` the day it was sent. A reading that makes a date impossible (an order dated
    after it was sent, a delivery before the order) is dropped; of the rest, the signs must all point the
    same way. Anything else is a doubt, never a guess."""
    possible = []
    for first in (True, False):
        read = {name: parse_date(written, first) for name, written in ambiguous.items()}
        if any(d is None for d in read.values()):
            continue
        dates: dict[str, date] = {**known, **{k: v for k, v in read.items() if v is not None}}
        ordered, wanted = dates.get("order_date"), dates.get("requested_date")
        if ordered is not None and sent_on is not None and not (
                sent_on - _ORDER_DATED_WITHIN <= ordered <= sent_on + _SLACK):
            continue
        if ordered is not None and wanted is not None and not ordered <= wanted <= ordered + timedelta(days=366):
            continue
        possible.append(first)
    said = {s.day_first for s in signs}
    if not possible:
        return DayOrderReading(None, "neither reading fits the message's other dates")
    if len(said) > 1:
        day, month = (next(s.what for s in signs if s.day_first is v) for v in (True, False))
        return DayOrderReading(None, f"the message points both ways: {day}, but {month}")
    if len(possible) == 1:
        if said and said != set(possible):
            return DayOrderReading(None, f"only one reading fits the message's dates, but {signs[0].what}")
        return DayOrderReading(possible[0], "only one reading fits the message's other dates")
    if said:
        return DayOrderReading(said.pop(), signs[0].what)
    return DayOrderReading(None, "nothing in the message says whether the day or the month comes first")
