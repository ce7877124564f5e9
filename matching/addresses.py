"""When two written addresses are the same place (a ship-to read from an order vs. one on file)."""

from __future__ import annotations

import unicodedata

from matching.catalog import normalise_text
from models.schemas import Address

_STREET_WORDS = {
    "street": "st", "road": "rd", "avenue": "ave", "av": "ave", "boulevard": "blvd", "drive": "dr", "lane": "ln",
    "suite": "ste", "court": "ct", "place": "pl", "parkway": "pkwy", "highway": "hwy", "north": "n",
    "south": "s", "east": "e", "west": "w", "building": "bldg", "floor": "fl", "strasse": "str", "straße": "str",
}


def place_words(text: str) -> list[str]:
    """The words of a place or an address, spelled one way: accents folded ("dépôt" is "depot", "straße"
    is "strasse"), a street's way abbreviated ("Street" is "St")."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ẞ", "SS"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return [street_word(w) for w in normalise_text(plain).split()]


def street_word(word: str) -> str:
    """One spelling for a word of a street's name: "Street" and "St", "Strasse" and "Str" are one word."""
    # (German joins the way to its name: "Ludwigstraße" is "Ludwigstrasse" and "Ludwigstr.")
    for long in ("strasse", "straße"):
        if word.endswith(long) and len(word) > len(long):
            return word[:-len(long)] + "str"
    return _STREET_WORDS.get(word, word)


def same_address(a: Address, b: Address) -> bool:
    """Same place: postal code and street agree once case, spacing and punctuation are set aside."""
    def norm(v: str | None) -> str:
        words = [_STREET_WORDS.get(w, w) for w in normalise_text(v or "").split()]
        return "".join(words)

    # Equal, not "contained": "1 Main St" is not "101 Main Street", and the address on file replaces
    # the one read, so a loose match would ship to the wrong door.
    return (bool(a.postal_code) and bool(a.street) and bool(b.street)
            and norm(a.postal_code) == norm(b.postal_code) and norm(a.street) == norm(b.street))
