"""Units of measure as buyers write them, normalised to one code each."""

from __future__ import annotations

UNIT_CODES: dict[str, str] = {}
_SYNONYMS = {
    "EA": ["ea", "each", "pc", "pcs", "piece", "pieces", "unit", "units", "st", "stk", "stück", "x",
           "pièce", "pièces", "piece", "unité", "unités", "unidad", "unidades", "pieza", "piezas", "ud", "uds",
           "count"],
    "CS": ["cs", "case", "cases", "ctn", "carton", "cartons", "karton", "kartons", "kiste", "kisten", "caisse",
           "caisses", "caja", "cajas"],
    "BX": ["bx", "box", "boxes", "schachtel", "schachteln", "boîte", "boîtes", "boite", "boites"],
    "PK": ["pk", "pack", "packs", "pkg", "package", "packages", "paket", "pakete", "packung", "packungen",
           "paquet", "paquets", "paquete", "paquetes"],
    "DZ": ["dz", "doz", "dozen", "dozens", "dutzend", "douzaine", "douzaines", "docena", "docenas"],
    "RL": ["rl", "roll", "rolls", "rolle", "rollen", "rouleau", "rouleaux", "rollo", "rollos"],
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
