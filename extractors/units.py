"""Units of measure as buyers write them, normalised to one code each."""

from __future__ import annotations

UNIT_CODES: dict[str, str] = {}
_SYNONYMS = {
    "EA": ["ea", "each", "pc", "pcs", "piece", "pieces", "unit", "units", "st", "stk", "stück", "x"],
    "CS": ["cs", "case", "cases", "ctn", "carton", "cartons", "karton"],
    "BX": ["bx", "box", "boxes"],
    "PK": ["pk", "pack", "packs", "pkg", "package", "packages"],
    "DZ": ["dz", "doz", "dozen", "dozens"],
    "RL": ["rl", "roll", "rolls"],
    "PR": ["pr", "pair", "pairs"],
    "BG": ["bg", "bag", "bags"],
    "DR": ["dr", "drum", "drums"],
    "GAL": ["gal", "gallon", "gallons"],
    "KG": ["kg", "kgs", "kilo", "kilos"],
    "M": ["m", "meter", "meters", "metre", "metres"],
    "PL": ["pl", "pallet", "pallets"],
}
for code, words in _SYNONYMS.items():
    UNIT_CODES[code.lower()] = code
    for word in words:
        UNIT_CODES[word] = code


def normalise_unit(text: str | None) -> str | None:
    """The unit code for a written unit, or None when it is not a unit we know."""
    if not text:
        return None
    key = text.strip().strip(".").lower()
    if key == "x":
        return None  # "10 x ABC" is a multiplication sign, not "each"
    return UNIT_CODES.get(key)
