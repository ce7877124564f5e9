"""Ordered units -> the unit we sell a product in: pack sizes, dozens and conversions a clerk taught.

A product is sold per `uom` and one such unit holds `pack_size` pieces (a box of 100 gloves). A buyer
who orders 300 EA of that box wants 3 BX; one who orders 250 EA has asked for something we cannot
ship as is, and a clerk must decide. Anything else (cases of boxes, pallets) needs a conversion a clerk
taught for that customer and product.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from vocabulary.units import KNOWN_UNITS, same_unit, unit_code

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


def convert(quantity: Decimal, price: Decimal | None, uom: str, sku: str, sold_uom: str, pack_size: int,
            learned_factor: Decimal | None = None) -> Conversion | Refusal:
    """The ordered quantity in the product's selling unit, or why it cannot be converted safely.

    The product's own packing decides first; a conversion a clerk taught only fills in where the
    packing says nothing (cases of boxes). Whatever decided, a result that is not a whole number of
    selling units is refused. One unit written two ways ("KGM" read, "KG" stored; "Stk" and "EA") is
    the same unit, not a conversion."""
    if same_unit(uom, sold_uom):
        return Conversion(quantity, price, Decimal(1), "")
    uom, sold_uom = unit_code(uom) or uom, unit_code(sold_uom) or sold_uom
    ordered = _pieces_per(uom, sold_uom, pack_size) if uom in KNOWN_UNITS else None
    selling = _pieces_per(sold_uom, sold_uom, pack_size)
    packed = not (sold_uom != "EA" and pack_size <= 1 and sold_uom != "DZ")
    if ordered is not None and selling is not None and packed:
        return _whole(quantity, price, uom, sku, sold_uom, ordered / selling, f"{sold_uom} of {selling:f}")
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
