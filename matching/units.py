"""Ordered units -> the unit we sell a product in: pack sizes, dozens and conversions a clerk taught.

A product is sold per `uom` and one such unit holds `pack_size` pieces (a box of 100 gloves). A buyer
who orders 300 EA of that box wants 3 BX; one who orders 250 EA has asked for something we cannot
ship as is, and a clerk must decide. Anything else (cases of boxes, pallets) needs a conversion a clerk
taught for that customer and product.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from vocabulary.units import KNOWN_UNITS, normalise_unit, same_unit, unit_code

PIECES_PER_DOZEN = Decimal(12)


@dataclass(frozen=True)
class Conversion:
    """`factor` selling units per ordered unit; quantity and price are in the selling unit."""

    quantity: Decimal
    unit_price: Decimal | None
    factor: Decimal
    note: str


@dataclass(frozen=True)
class Refusal:
    code: str  # "unknown_unit", "breaks_pack_multiple" or "uom_mismatch"
    message: str


def _pieces_per(uom: str, sold_uom: str, pack_size: int) -> Decimal | None:
    """Pieces in one `uom`, judged against the product's own packing."""
    if uom == "EA":
        return Decimal(1)
    if uom == "DZ":
        return PIECES_PER_DOZEN
    if uom == sold_uom:
        return Decimal(pack_size or 1)
    return None


# "PCK à 100", "BX of 50", "carton/12": an ordered unit written with the pieces one of it holds. The count
# stands apart from the word: "X5H", "C62" and "M2" are unit codes, not a unit and a count.
_UNIT_WITH_COUNT = re.compile(r"^\s*([^\W\d_]+)\.?(?:\s+(?:(?:à|a|of|de|von|zu|x)\s+)?|\s*[/@]\s*)(\d+)\s*"
                              r"(?:[^\W\d_]+\.?)?\s*$", re.IGNORECASE)
# "100 Stk/VE", "(100/pkt)", "12 per box", "box of 12": pieces per a packing word.
# (Only pieces: "1000 ft/roll" measures the roll, it does not count what is in it.)
_PIECE_WORDS = r"stk|st|pcs|pc|pieces|ct|count|pairs|pair|pr|prs|units|uds|ea|nos"
_COUNT_PER_WORD = re.compile(
    rf"(\d+)\s*(?:(?:{_PIECE_WORDS})\.?\s*)?(?:/|\bper\b|\bpro\b|\bpar\b|\bje\b)\s*([^\W\d_]+)", re.IGNORECASE)
_WORD_OF_COUNT = re.compile(r"\b([^\W\d_]+)\s+(?:of|de|à|von|mit)\s+(\d+)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def _unit_with_count(uom: str) -> re.Match[str] | None:
    m = _UNIT_WITH_COUNT.match(uom)
    return m if m and normalise_unit(m.group(1)) is not None else None


def ordered_unit(uom: str) -> str:
    """The unit of an ordered unit written with its count ("PCK à 100" -> "PCK"); else the unit as written."""
    m = _unit_with_count(uom)
    return m.group(1).upper() if m else uom


def _same_word(word: str, uom: str) -> bool:
    return word.lower() == uom.lower() or same_unit(word, uom)


def _pieces_said(text: str, uom: str) -> Decimal | None:
    """How many pieces `text` says one `uom` holds ("100 Stk/VE", "12/box", "box of 12"); None when it
    says none, or says two different numbers."""
    found = {int(m.group(1)) for m in _COUNT_PER_WORD.finditer(text) if _same_word(m.group(2), uom)}
    found |= {int(m.group(2)) for m in _WORD_OF_COUNT.finditer(text) if _same_word(m.group(1), uom)}
    return Decimal(found.pop()) if len(found) == 1 and 0 not in found else None


def _pieces_stated(uom: str, line_text: str | None, product_text: str | None, sold_uom: str,
                   pack_size: int) -> Decimal | None:
    """Pieces in one ordered unit as the order or the product itself says: written in the unit ('PCK à
    100'), in the buyer's words as pieces per that unit ('100 Stk/VE'), in our description as the
    product's own packing ('12/box'), or the product's own container ('floor cleaner, 5 gal pail' sold
    one by one: a pail is one)."""
    m = _unit_with_count(uom)
    if m:
        return Decimal(m.group(2)) if int(m.group(2)) else None
    # The buyer's count and our description's must agree: "4/cs" ordered against our "12/cs" is no count.
    said = {count for text in (line_text, product_text) if text and (count := _pieces_said(text, uom)) is not None}
    if len(said) > 1:
        return None
    if said:
        return said.pop()
    if product_text and pack_size <= 1 and same_unit(sold_uom, "EA") \
            and any(same_unit(w, uom) for w in _CONTAINER.findall(product_text)):
        return Decimal(1)
    return None


# Unit codes that mean one of two units by who writes them: "BTL" is a bag (Beutel) to a German buyer and
# a bottle to an English ERP. Against a product sold in one of the two it is that one (nothing is sold
# both per bag and per bottle); against any other unit it stays unknown, for a clerk.
_EITHER: dict[str, frozenset[str]] = {"BTL": frozenset({"BG", "BO"})}


# "5 gal pail", "55 gal drum", "20 l bucket": the container a product is sold in, named after its volume
# or weight (a "case" elsewhere in a description may be a part of the product: "tape measure with case").
_CONTAINER = re.compile(r"\d\s*(?:gal|gallons?|l|ltr|litres?|liters?|qt|quarts?|kg|lbs?|oz)\.?\s+([^\W\d_]+)",
                        re.IGNORECASE)


def convert(quantity: Decimal, price: Decimal | None, uom: str, sku: str, sold_uom: str, pack_size: int,
            learned_factor: Decimal | None = None, line_text: str | None = None,
            product_text: str | None = None) -> Conversion | Refusal:
    """The ordered quantity in the product's selling unit, or why it cannot be converted safely.

    The product's own packing decides first; a conversion a clerk taught only fills in where the
    packing says nothing (cases of boxes). Whatever decided, a result that is not a whole number of
    selling units is refused. One unit written two ways ("KGM" read, "KG" stored; "Stk" and "EA") is
    the same unit, not a conversion."""
    if same_unit(uom, sold_uom):
        return Conversion(quantity, price, Decimal(1), "")
    either = _EITHER.get(ordered_unit(uom).upper(), frozenset())
    if (unit_code(sold_uom) or sold_uom) in either:
        return Conversion(quantity, price, Decimal(1), f"{quantity:f} {uom} = {quantity:f} {sold_uom} "
                                                       f"({uom} read as the {sold_uom} {sku} is sold in)")
    stated = _pieces_stated(uom, line_text, product_text, sold_uom, pack_size)
    uom = ordered_unit(uom)
    uom, sold_uom = unit_code(uom) or uom, unit_code(sold_uom) or sold_uom
    ordered = _pieces_per(uom, sold_uom, pack_size) if uom in KNOWN_UNITS else None
    selling = _pieces_per(sold_uom, sold_uom, pack_size)
    packed = not (sold_uom != "EA" and pack_size <= 1 and sold_uom != "DZ")
    if stated is not None and ordered is not None and packed and stated != ordered:
        # "5 CS/6" against our case of 12: the buyer counts 30 pieces, our cases would send 60.
        return Refusal("uom_mismatch", f"ordered in {uom} of {stated:f}, {sku}'s {uom} holds {ordered:f}")
    if ordered is not None and selling is not None and packed:
        return _whole(quantity, price, uom, sku, sold_uom, ordered / selling, f"{sold_uom} of {selling:f}")
    # The order or the product says how many pieces one ordered unit holds ("PCK à 100", "100 Stk/VE",
    # "12/box"): that number against ours converts it, and a count that is not a whole number of our
    # units is still refused below.
    if stated is not None and selling is not None and (packed or sold_uom == "EA"):
        return _whole(quantity, price, uom, sku, sold_uom, stated / selling,
                      f"{stated:f} per {uom}, {sold_uom} of {selling:f}")
    if learned_factor is not None and learned_factor > 0:
        return _whole(quantity, price, uom, sku, sold_uom, learned_factor, "as taught for this customer")
    if uom not in KNOWN_UNITS:
        return Refusal("unknown_unit", f"'{uom}' is not a unit we know; {sku} is sold per {sold_uom}")
    return Refusal("uom_mismatch", f"ordered in {uom}, {sku} is sold per {sold_uom}")


def _whole(quantity: Decimal, price: Decimal | None, uom: str, sku: str, sold_uom: str, factor: Decimal,
           why: str) -> Conversion | Refusal:
    converted = quantity * factor
    if converted != converted.to_integral_value():
        return Refusal("breaks_pack_multiple",
                       f"{quantity:f} {uom} is not a whole number of {sold_uom} for {sku} ({why})")
    return _result(quantity, price, uom, sold_uom, factor, why)


def _result(quantity: Decimal, price: Decimal | None, uom: str, sold_uom: str, factor: Decimal,
            why: str) -> Conversion:
    converted = (quantity * factor).normalize()
    per_unit = (price / factor).quantize(Decimal("0.0001")) if price is not None else None
    note = f"{quantity:f} {uom} = {converted:f} {sold_uom} ({why})"
    return Conversion(converted, per_unit, factor, note)
