"""Evidence accounting: what a line's source says that its reading did not use.

A line read from "NW-FAS-10539 1/4-20 hex nuts - 8 boxes" as one box of NW-FAS-10539 used the code
and a "1" it found inside "1/4-20"; "8 boxes" was left over. A reading is only as good as what it
explains: every number, code-like token and unit word of the source must have gone into a field
(quantity, unit, code, price, total), be the matched product's own wording ("12oz cups", "1/4-20",
"100/BX" when the product says so), or be a line's own position number. What is left is a doubt,
named after the field it puts in question. Plain data in and out: no catalog, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from vocabulary.units import UNIT_CODES, normalise_unit

# Units that measure the goods (a 1 gal bottle, 66 m of tape) rather than count them.
MEASURES = frozenset({"GAL", "KG", "M"})
# Unit words that are as often something else ("x" a multiplication sign, "m" a size, "de" a word):
# they count only right after a number, where they can only be a unit.
_AMBIGUOUS_UNITS = {"x", "m", "st", "ud", "pr", "dr", "unit", "units", "count", "pl", "de"}
# A number and the unit word after it ("8 boxes", "1000/cs", "3 Kartons"): a quantity as written.
_UNIT_ALTERNATION = "|".join(sorted((re.escape(w) for w in UNIT_CODES if w != "x"), key=len, reverse=True))
_NUMBER_UNIT = re.compile(
    rf"(?P<lead>[-–:=]\s*)?(?<![\w/.,-])(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<slash>/|per\s+)?\s*"
    rf"(?P<unit>{_UNIT_ALTERNATION})\.?(?![\w])(?P<per_after>\s*/\s*[^\W\d_]+|\s+per\s+[^\W\d_]+)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s|;()\[\]{}]+")
# A number as written: "12", "1,165.20", "$54.12", "35,63"; "50x" and "x50" are a count with its sign.
_NUMBER = re.compile(r"^(?:[A-Z]{0,3}[$€£]|[xX×])?(\d[\d,]*(?:\.\d+)?)[xX×]?$")
# A size or thread written with digits only between its separators ("1/4-20", "5/16-18", "33X40"): it is the
# product's only when the product writes the same digits in the same order.
_DIGITS_JOINED = re.compile(r"^\d+(?:\.\d+)?(?:\s*[/xX×-]\s*\d+(?:\.\d+)?)+$")
_HAS_DIGIT = re.compile(r"\d")
# A code without digits: capitals joined by hyphens ("GLV-NIT-L").
_LETTER_CODE = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+)+$")
# A date with its year ("2026-12-01", "12/01/2026", "01.12.26"): a date, read (or not) as a header field.
_DATE = re.compile(r"^\d{1,4}([/.-])\d{1,2}\1\d{2,4}$")  # one separator twice: 5/16-18 is a thread
# A list's own number at the start of a line of text ("1.", "2)", "#3", "Item 4:").
_LIST_NUMBER = re.compile(r"^\s*(?:[-*•]\s*)?(?:#\s?\d{1,3}[.):]?|\(?\d{1,3}[.)]|(?:item|line|pos(?:ition)?|no|nr)"
                          r"\.?\s*\d{1,3}\s*[.:)\-–]?)(?=\s)", re.IGNORECASE)
_EDGE = ".:;,!?'\"`*_=+~<>-–"


@dataclass(frozen=True)
class LineReading:
    """What was read from one line, and the text it was read from.

    `cells`: the row's cells when the line came from a table (each cell is looked at apart; the first,
    when it holds only a small whole number the quantity did not come from, is the row's position)."""

    source: str
    line_no: int
    quantity: Decimal | None = None
    uom: str | None = None
    item_code: str | None = None
    customer_part: str | None = None
    unit_price: Decimal | None = None
    line_total: Decimal | None = None
    cells: tuple[str, ...] | None = None
    # Values read elsewhere that a row may repeat (a PO number column on every row).
    also_read: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProductWording:
    """The matched product as the catalog words it."""

    sku: str
    description: str
    uom: str
    pack_size: int = 1
    gtin: str | None = None
    prices: tuple[Decimal, ...] = ()  # its list and contract price: a price written is one of them


@dataclass(frozen=True)
class Leftover:
    """Text of the source no field and no product wording accounts for, and the field it questions."""

    text: str
    field: str  # quantity | uom | sku | unit_price


def _norm(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "", text).upper()


def _number(text: str) -> Decimal | None:
    m = _NUMBER.match(text.strip())
    if not m:
        return None
    digits = m.group(1)
    # "1,000" is a thousand; "12,5" a decimal comma.
    thousands = re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits)
    digits = digits.replace(",", "") if thousands else digits.replace(",", ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _parts(text: str) -> list[str]:
    """A token's runs of digits and of letters: "1/4-20" -> 1, 4, 20; "12oz" -> 12, OZ."""
    return re.findall(r"\d+(?:\.\d+)?|[A-Za-z]+", text)


def _short_for(short: str, word: str) -> bool:
    """"GR" for GRADE, "BLK" for BLACK, "SHT" for SHEETS: the same first letter, and the rest in order."""
    if len(short) < 2 or len(short) >= len(word) or short[0] != word[0] or word[0].isdigit():
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


class _Accounts:
    """What may account for a piece of the source: the values read and the product's own wording."""

    def __init__(self, reading: LineReading, product: ProductWording) -> None:
        read = (reading.quantity, reading.unit_price, reading.line_total)
        self.numbers: set[Decimal] = {n for n in read if n is not None}
        self.numbers |= set(product.prices)
        self.codes = [c for c in (reading.item_code, reading.customer_part, product.sku, product.gtin,
                                  *reading.also_read) if c]
        self.code_parts = {_norm(p) for c in self.codes for p in _parts(c)}
        wording = f"{product.sku} {product.description}"
        self.product_parts = {p.upper() for p in _parts(wording)}
        self.product_text = _norm(wording)
        self.product_numbers = {Decimal(p) for p in re.findall(r"\d+(?:\.\d+)?", wording)}
        self.product_numbers.add(Decimal(product.pack_size or 1))
        self.units = {u for u in (reading.uom, product.uom) if u}
        self.product_units = {normalise_unit(w) for w in re.findall(r"[A-Za-z]+", product.description)} - {None}
        self.quantity = reading.quantity
        self.unit_price = reading.unit_price
        self.pack_size = Decimal(product.pack_size or 1)

    def price_before(self, text: str) -> bool:
        """The text ends with the price read ("... 13.20 "), so a "1 BOX" after it is what the price is per."""
        last = text.split()[-1:] if text.split() else []
        return bool(last) and self.unit_price is not None and _number(last[0]) == self.unit_price

    def same_code(self, token: str) -> bool:
        return any(_norm(token) == _norm(c) for c in self.codes)

    def code(self, token: str) -> bool:
        norm = _norm(token)
        if not norm:
            return True
        if any(norm == _norm(c) for c in self.codes):
            return True
        # A code typed with spaces ("box 1414 12" for BOX-1414-12): each piece is a piece of the code.
        return all(_norm(p) in self.code_parts for p in _parts(token))

    def wording(self, token: str) -> bool:
        """The token is the product's own: "1/4-20" written the same, or "12oz", "GR5", "10RM/CS" whose every
        run of digits is one of its numbers and every run of letters one of its words or short for one
        ("GR" for grade, "RM" for reams)."""
        if _DIGITS_JOINED.match(token):
            return _norm(token) in self.product_text
        for part in _parts(token):
            if part[0].isdigit():
                if Decimal(part) not in self.product_numbers:
                    return False
            elif not (part.upper() in self.product_parts or normalise_unit(part) in self.units
                      or any(_short_for(part.upper(), word) for word in self.product_parts)):
                return False
        return True

    def number(self, value: Decimal) -> bool:
        return value in self.numbers or value in self.product_numbers

    def quantity_as_written(self, value: Decimal, unit: str | None, per: bool, amount: bool) -> bool:
        """A number with a unit word: the quantity read, or the product's packing ("100/BX", "box of 100").
        `amount`: written with decimals, when it is a price or total read, the unit word starts the next words
        ("$602.40 box of 100": a description wrapped into the amount's cell)."""
        if amount and value in self.numbers:
            return True
        if unit in MEASURES:
            # "45 gallon bags", "tape 48 mm x 66 m": a size of the goods, the product's when it says that number.
            return value in self.product_numbers or value == self.quantity
        if per:
            return value in self.product_numbers
        if self.quantity is not None and value == self.quantity:
            return True
        # "100 pcs", "6 pk", "(200 pr)" of a box of 200 pairs: the content of the product's own pack. A count
        # in the unit it is sold or ordered in ("12 cases" of a cup 12oz sold by the case) is a quantity,
        # however often its number appears in the description.
        inner = unit in ("EA", "PK") or (unit in self.product_units and unit not in self.units)
        return inner and (value == self.pack_size or value in self.product_numbers)


def unaccounted(reading: LineReading, product: ProductWording) -> list[Leftover]:
    """What the source says that neither the reading nor the product's own wording accounts for."""
    accounts = _Accounts(reading, product)
    pieces = list(reading.cells) if reading.cells is not None else [reading.source]
    out: list[Leftover] = []
    for n, piece in enumerate(pieces):
        text = _without_position(piece, reading, table=reading.cells is not None, first=n == 0)
        out.extend(_piece_leftovers(text, accounts))
    return _unique(out)


def _without_position(text: str, reading: LineReading, table: bool, first: bool) -> str:
    """The text without the line's own position number: a list's "1.", a table's first column holding a
    small whole number the quantity was not read from, or a cell holding the line's number (1, 2, 3 or
    10, 20, 30 on the rows in turn)."""
    if table:
        value = _number(text) if re.fullmatch(r"\s*\d{1,5}\s*", text) else None
        if value is None or value == reading.quantity:
            return text
        if (first and value < 1000) or value in (reading.line_no, reading.line_no * 10):
            return ""
        return text
    if not first:
        return text
    m = _LIST_NUMBER.match(text)
    if m:
        return text[m.end():]
    # "001 JN-20130 ...", "00010 100234 ...": a fixed-column export numbers its rows 1, 2, 3 or 10, 20, 30.
    # A bare "20" opening line 2 may be its quantity: counted in tens, a row number carries its zeros.
    m = re.match(r"^\s*(\d{1,6})\s+(?=\S)", text)
    zeros = bool(m) and m.group(1).startswith("0")  # type: ignore[union-attr]
    if m and (zeros or len(text) > m.end() and text[m.end() - 2:m.end()] == "  ") \
            and Decimal(m.group(1)) in ((reading.line_no, reading.line_no * 10) if zeros else (reading.line_no,)) \
            and Decimal(m.group(1)) != reading.quantity:
        return text[m.end():]
    # "3 - ABC-1 x 10": a bare number and a dash opening the third line is that line's number.
    m = re.match(r"^\s*(\d{1,3})\s*[-–]\s", text)
    if m and int(m.group(1)) == reading.line_no and Decimal(m.group(1)) != reading.quantity:
        return text[m.end():]
    return text


def _piece_leftovers(text: str, accounts: _Accounts) -> list[Leftover]:
    out: list[Leftover] = []
    covered: list[tuple[int, int]] = []
    for m in _NUMBER_UNIT.finditer(text):
        value = _number(m.group("number"))
        unit = normalise_unit(m.group("unit"))
        covered.append((m.start("number"), m.end()))
        per = bool(m.group("slash") or m.group("per_after"))  # "100/BX", "4 rolls/case": a pack's content
        if value == 1 and accounts.price_before(text[:m.start("number")]):
            continue  # "13.20  1 BOX": the price's basis (per one box), as SAP prints it
        if value is None or accounts.quantity_as_written(value, unit, per, "." in m.group("number")):
            continue
        written = " ".join(m.group(0).split())
        out.append(Leftover(written, "sku" if unit in MEASURES else "quantity"))
    for m in _TOKEN.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        token = m.group(0).strip(_EDGE)
        leftover = _token_leftover(token, accounts)
        if leftover is not None:
            out.append(leftover)
    return out


def _token_leftover(token: str, accounts: _Accounts) -> Leftover | None:
    if not token:
        return None
    if _DATE.match(token):
        return None  # a date is a header field's business, not a line's
    if accounts.same_code(token):
        return None  # the code, or a PO number repeated on the row, written as digits only
    value = _number(token)
    if value is not None:
        return None if accounts.number(value) else Leftover(token, "unit_price" if "." in token or
                                                              token[0] in "$€£" else "quantity")
    if token.endswith("%"):
        return None if _number(token[:-1]) is None or accounts.number(_number(token[:-1]) or Decimal(0)) \
            else Leftover(token, "unit_price")
    if _HAS_DIGIT.search(token) or _LETTER_CODE.match(token):
        if accounts.code(token) or accounts.wording(token):
            return None
        return Leftover(token, "sku")
    unit = normalise_unit(token)
    if unit and token.lower() not in _AMBIGUOUS_UNITS and unit not in accounts.units \
            and unit not in accounts.product_units:
        return Leftover(token, "uom")
    return None


def _unique(leftovers: Iterable[Leftover]) -> list[Leftover]:
    seen: set[Leftover] = set()
    out = []
    for leftover in leftovers:
        if leftover not in seen:
            seen.add(leftover)
            out.append(leftover)
    return out


_CHECK = {"quantity": "the quantity", "uom": "the unit", "sku": "the product", "unit_price": "the price"}


def describe(leftovers: list[Leftover]) -> list[tuple[str, str]]:
    """(field, sentence) per field put in question, in plain words for a clerk."""
    by_field: dict[str, list[str]] = {}
    for leftover in leftovers:
        by_field.setdefault(leftover.field, []).append(leftover.text)
    out = []
    for name, texts in by_field.items():
        quoted = ", ".join(f"'{t}'" for t in texts)
        verb = "was" if len(texts) == 1 else "were"
        out.append((name, f"{quoted} {verb} left unread on this line: check {_CHECK[name]}"))
    return out
