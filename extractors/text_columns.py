"""Order rows of a fixed-column text export pasted into an email ("001 JN-20130  TISSUE 2PLY  96/CS  40 CS  51.90
2,076.00"): the line number, the code, the pack size, the quantity, the price and the extension told apart.

An ERP, an accounting package or SAP prints its order as text with columns aligned by spaces. A row holds
several numbers; which one is the quantity is decided by arithmetic first (quantity x price = extension),
then by the order of the column heading above it ("Pos  Menge  Einheit  Artikel  Preis"), and only when
neither can tell, not at all: a row whose quantity cannot be told is left unread for a clerk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations

from vocabulary.numbers import parse_decimal
from vocabulary.units import MEASURE_UNITS, normalise_unit

# Column headings by the role of their column, in the languages buyers' systems print.
_QTY = {"qty", "quantity", "menge", "anzahl", "qté", "qte", "quantité", "quantite", "cantidad", "cant", "cant.",
        "quantità", "aantal", "ordered", "qty.", "order qty", "po qty", "qty ordered", "bestellmenge"}
_DESCRIPTION = {"description", "desc", "artikel", "article", "désignation", "designation", "descripción",
                "descripcion", "product", "producto", "produit", "bezeichnung", "item description", "material",
                "artículo", "articulo", "item", "omschrijving", "descrizione", "particulars"}
_PRICE = {"price", "rate", "unit price", "preis", "prix", "precio", "net price", "unit cost", "cost", "p.u.", "pu",
          "preis/einheit", "prix unitaire", "precio unitario", "einzelpreis", "each", "price/unit"}
_TOTAL = {"amount", "extension", "total", "net value", "value", "betrag", "montant", "importe", "line total",
          "gesamt", "gesamtpreis", "ext", "ext.", "ext price", "extended", "subtotal"}
_UNIT = {"unit", "uom", "um", "u/m", "einheit", "unité", "unite", "unidad", "me", "eh"}
_POSITION = {"ln", "line", "pos", "pos.", "position", "#", "no", "no.", "nr", "nr.", "lin", "línea", "ligne"}
_HEADING = re.compile(r"[^\W\d_][\w./#]*(?:[ ][^\W\d_][\w./#]*)?|#", re.UNICODE)
_RULE = re.compile(r"^\s*[-=_ ]{8,}\s*$")
_CURRENCY = re.compile(r"^(?:[$€£]|EUR|USD|GBP|CAD|CHF|INR|MXN|Rs\.?|₹)$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?:[$€£₹])?\d(?:[\d,.']*\d)?(?:[$€£])?$")
# A pack's content written in its own column or beside the description: "96/CS", "10RM/CS", "(100/bx)".
_PACK = re.compile(r"^\(?\d+\s*[A-Za-z]*/[A-Za-z]+\)?$")


@dataclass(frozen=True)
class Columns:
    """A column heading line: where the quantity column stands against the description's and the price's."""

    qty_before_description: bool
    has_position: bool
    has_price: bool
    has_total: bool
    has_unit: bool = False
    has_tariff_code: bool = False  # an HSN / HS code column: a customs number, not the item's code


@dataclass(frozen=True)
class Row:
    """What a fixed-column row says."""

    quantity: Decimal
    unit: str | None
    code: str | None
    description: str | None
    price: Decimal | None
    total: Decimal | None
    checked: bool  # quantity x price = extension held, or the heading told the quantity's column
    arithmetic: bool = False  # quantity x price = extension held
    unknown_unit: str | None = None  # a unit word written that the vocabulary does not know ("Nos", "VE")


def heading(line: str) -> Columns | None:
    """The column heading a line is, or None: a quantity heading with a description or price heading beside
    it, and no digits (a heading names columns, it holds no values)."""
    if re.search(r"\d", line) or len(line.split()) < 3:
        return None
    if len(re.findall(r"\S(?:\s{2,}|\t|\s*\|\s*)(?=\S)", line.strip())) < 2:
        return None  # a sentence naming "price and qty" is no heading: columns stand apart
    cells = [c.strip().lower() for c in re.split(r"\s{2,}|\t", line.strip()) if c.strip()]
    words = [w.lower() for w in line.split()]
    found: dict[str, int] = {}

    def note(role: str, names: set[str]) -> None:
        for n, cell in enumerate(cells):
            if cell in names or any(w in names for w in cell.split()):
                found.setdefault(role, n)
                return
        for n, word in enumerate(words):
            if word in names:
                found.setdefault(role, 100 + n)
                return

    note("qty", _QTY)
    note("description", _DESCRIPTION)
    note("price", _PRICE)
    note("total", _TOTAL)
    note("position", _POSITION)
    note("unit", _UNIT)
    if "qty" not in found or not ({"description", "price"} & found.keys()):
        return None
    qty_pos = _word_index(line, _QTY)
    desc_pos = _word_index(line, _DESCRIPTION)
    return Columns(qty_before_description=desc_pos is not None and qty_pos is not None and qty_pos < desc_pos,
                   has_position="position" in found, has_price="price" in found, has_total="total" in found,
                   has_unit="unit" in found, has_tariff_code=bool(re.search(r"\b(?:hsn|hs\s?code|sac|hts)\b",
                                                                                     line, re.IGNORECASE)))


def _word_index(line: str, names: set[str]) -> int | None:
    lowered = line.lower()
    best = None
    for name in names:
        m = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", lowered)
        if m and (best is None or m.start() < best):
            best = m.start()
    return best


def is_rule(line: str) -> bool:
    """A line of dashes under a heading or above a total."""
    return bool(_RULE.match(line)) and bool(line.strip())


def _amount(token: str) -> Decimal | None:
    if not _NUMBER.match(token):
        return None
    return parse_decimal(token)


def _merge_currency(tokens: list[str]) -> list[str]:
    """"7,95 €" and "€ 7,95" as one token: a currency sign standing apart belongs to its number."""
    out: list[str] = []
    for token in tokens:
        if _CURRENCY.match(token):
            continue
        out.append(token)
    return out


def _agrees(quantity: Decimal, price: Decimal, total: Decimal) -> bool:
    if quantity <= 0 or price <= 0 or total <= 0:
        return False
    return abs(quantity * price - total) <= max(Decimal("0.011"), total * Decimal("0.0005"))


def read_row(line: str, columns: Columns | None) -> Row | None:
    """The order row a line is, or None.

    Without a heading, only a row whose numbers check (quantity x price = extension) is read: a line with
    numbers at its end is too often something else (a phone, a date, an address)."""
    tokens = _merge_currency(line.split())
    if len(tokens) < 2:
        return None
    kinds = []
    for token in tokens:
        if _amount(token) is not None:
            kinds.append("num")
        elif normalise_unit(token.strip(".")) and token.lower() not in {"x", "m", "de", "a", "à"}:
            kinds.append("unit")
        elif token.lower() in {"per", "@", "/", "je", "à", "por", "="}:
            kinds.append("per")  # "5 @ $58.00 = $290.00": the signs between the trailing values
        else:
            kinds.append("word")
    # The trailing values: numbers and unit words at the end of the row, up to the description.
    # "20  Nos  11.40  228.00": a short word between two numbers stands in a unit column the vocabulary does not
    # know ("Nos", "VE", "colis").
    for i in range(1, len(tokens) - 1):
        if kinds[i] == "word" and kinds[i - 1] == "num" and kinds[i + 1] == "num" \
                and re.fullmatch(r"[^\W\d_]{1,5}\.?", tokens[i]):
            kinds[i] = "unit?"
    end = len(tokens)
    while end > 0 and kinds[end - 1] in ("num", "unit", "per", "unit?"):
        end -= 1
    # The leading values: a position number, the quantity and unit when the heading puts them first.
    start = 0
    position = None
    leading_numbers: list[int] = []
    if columns is not None and columns.qty_before_description:
        while start < end and kinds[start] in ("num", "unit"):
            if kinds[start] == "num":
                leading_numbers.append(start)
            start += 1
        if columns.has_position and len(leading_numbers) >= 2:
            position = leading_numbers.pop(0)
    elif kinds[0] == "num" and re.fullmatch(r"\d{1,6}", tokens[0]) and end > 1 and kinds[1] != "unit":
        position = 0  # "001 JN-20130 ...", "00010 100234 ...": the row's own number
        start = 1
    trailing_numbers = [i for i in range(end, len(tokens)) if kinds[i] == "num"]
    numbers = leading_numbers + trailing_numbers
    # A leading number taken for the row's own may be its quantity after all ("60  GLOVE NITRILE  8.95  537.00"):
    # arithmetic decides.
    candidates = ([position] if position is not None and position not in numbers else []) + numbers
    if not numbers:
        return None
    values = {i: _amount(tokens[i]) for i in candidates}
    quantity_at = price_at = total_at = None
    # Arithmetic first: the quantity is the number that, times a price, gives an extension on the row.
    # A number taken for the row's own is the quantity only when no other number can be ("00010" times a
    # price may give the total by chance: SAP numbers its rows 10, 20, 30).
    for q, p, t in sorted(_triples(candidates), key=lambda t: t[0] == position):
        qv, pv, tv = values[q], values[p], values[t]
        if qv is not None and pv is not None and tv is not None and qv == qv.to_integral_value() \
                and _agrees(qv, pv, tv):
            quantity_at, price_at, total_at = q, p, t
            break
    checked = arithmetic = quantity_at is not None
    if checked and quantity_at == position:
        position = None
    if quantity_at is None:
        if columns is None:
            return pack_column_row(line)
        whole = [i for i in numbers if (values[i] or Decimal(0)) == (values[i] or Decimal(0)).to_integral_value()
                 and "." not in tokens[i] and "," not in tokens[i][-3:]]
        expected = 1 + int(columns.has_price) + int(columns.has_total)
        if len(numbers) == 1 or (len(numbers) == expected and whole and whole[0] == numbers[0]):
            # The heading tells the columns: the first number is the quantity, then the price, the total.
            quantity_at = numbers[0]
            rest = numbers[1:]
            if columns.has_price and rest:
                price_at = rest.pop(0)
            if columns.has_total and rest:
                total_at = rest.pop(0)
            checked = True
        else:
            return None
    quantity = values[quantity_at]
    if quantity is None or quantity <= 0 or quantity != quantity.to_integral_value():
        return None
    unit = unknown_unit = None
    if quantity_at + 1 < len(tokens) and kinds[quantity_at + 1] == "unit?":
        unknown_unit = tokens[quantity_at + 1]
    if quantity_at + 1 < len(tokens) and kinds[quantity_at + 1] == "unit":
        unit = normalise_unit(tokens[quantity_at + 1].strip("."))
    elif quantity_at > 0 and kinds[quantity_at - 1] == "unit" and quantity_at - 1 >= end:
        unit = normalise_unit(tokens[quantity_at - 1].strip("."))
    words = [w for k, w in zip(range(start, end), tokens[start:end], strict=True) if k not in (position, quantity_at)]
    if (unit is None and columns is not None and columns.has_unit and columns.qty_before_description and words
            and quantity_at + 1 == start and re.fullmatch(r"[^\W\d_]{1,8}\.?", tokens[start])):
        unknown_unit = words[0]
        words = words[1:]  # "40  VE  Nitril...": the unit column's word, one the vocabulary does not know
    if not words:
        return None
    code = None
    if columns is not None and columns.has_tariff_code and len(words) > 1 and re.fullmatch(r"\d{4,8}", words[0]):
        words = words[1:]  # "6506" under "HSN": the goods' customs class, which many items share
    first = words[0]
    if re.search(r"\d", first) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}", first) and not _PACK.match(first):
        code = first
        words = words[1:]
    while words and re.fullmatch(r"[-–:|]+|\(?\d{1,3}[.)]", words[0]):
        words = words[1:]  # "1." or "-" opening the row: a list's number or a bullet
    while words and re.fullmatch(r"[-–:|x×@]+", words[-1]):
        words = words[:-1]  # "... white -" before the quantity column
    description = " ".join(words) or None
    return Row(quantity=quantity, unit=unit, code=code, description=description,
               price=values[price_at] if price_at is not None else None,
               total=values[total_at] if total_at is not None else None, checked=checked,
               arithmetic=arithmetic, unknown_unit=unknown_unit)


# "RT-11020  trash bags 30x37   250ct   3": a code, its description, a count glued to (or beside) a word that
# counts (a pack's content: "250ct", "48 rl", "50pk", "12/bx"), then a bare number, each a column set apart
# by two spaces or more.
_PACK_COLUMN = re.compile(
    r"^\s*(?P<code>[A-Za-z0-9][A-Za-z0-9\-_/.]{2,})\s+(?P<description>\S(?:\s?\S)*)"
    r"\s{2,}\(?(?P<content>\d{1,5})\s?/?\s?(?P<pack>[^\W\d_]{1,6})\.?\)?"
    r"\s{2,}(?P<quantity>\d{1,5})\s*$")


def pack_column_row(line: str) -> Row | None:
    """The row a line is when its columns are code, description, pack and quantity, or None.

    Every token is explained: the pack's count is what one pack holds, never the quantity; the bare number
    closing the row is. Only a counting word may name the pack ("ct", "pk", "rl", "bx"): a measure before
    the number ("5 gal   2") may be the goods' size or the count, and the row is not read. The unit ordered
    is left to the catalog; whether the pack is the product's own is checked against its wording later."""
    m = _PACK_COLUMN.match(line)
    if not m or not re.search(r"\d", m["code"]) or not re.search(r"[^\W\d_]", m["code"]) or _PACK.match(m["code"]):
        return None  # "001  AB-12  ...": a row's own number is no code, and the columns are not these
    pack = m["pack"].lower()
    unit = "EA" if pack in {"ct", "cnt"} else normalise_unit(pack)
    if unit is None or unit in MEASURE_UNITS or not re.search(r"[^\W\d_]{2}", m["description"]):
        return None
    quantity = parse_decimal(m["quantity"])
    if quantity is None or quantity <= 0:
        return None
    return Row(quantity=quantity, unit=None, code=m["code"], description=m["description"], price=None, total=None,
               checked=True)


_MOST_NUMBERS = 8


def _triples(numbers: list[int]) -> list[tuple[int, int, int]]:
    """(quantity, price, extension) positions in the row's order; the extension last is tried first."""
    # A row holds a handful of numbers; a flattened page can put hundreds on one line, and the triples
    # grow with their cube (a 4,000-character line of "5 @ $58.00 = $290.00" ran for minutes).
    numbers = numbers[-_MOST_NUMBERS:]
    out = [t for t in combinations(numbers, 3)]
    out += [(p, q, t) for q, p, t in combinations(numbers, 3)]  # "price  qty  total" in some exports
    return sorted(out, key=lambda t: (-t[2], t[0]))


# A code printed on its own line under a row, naming the supplier's number: "Your material number FS-41420",
# "Vendor part: ABC-12", "Ihre Materialnummer ...", "Votre référence ...".
_SUPPLIER_CODE = re.compile(
    r"^\s*(?:your|vendor|supplier|ihre|lieferanten|votre|fournisseur|su|proveedor)\b[^:\n]{0,30}?"
    r"(?:number|no\.?|nr\.?|#|code|part|item|material|materialnummer|artikelnummer|r[ée]f[ée]rence|ref\.?|"
    r"art[íi]culo|c[óo]digo)\s*:?\s*(?P<code>[A-Za-z0-9][A-Za-z0-9\-_/.]{2,})\s*$",
    re.IGNORECASE,
)


def supplier_code(line: str) -> str | None:
    """The supplier's own code a continuation line names under a row, or None."""
    m = _SUPPLIER_CODE.match(line)
    return m.group("code") if m and re.search(r"\d", m.group("code")) else None
