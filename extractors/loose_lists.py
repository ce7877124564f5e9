"""Lists of order lines in a text that are counted loosely, and the address lines that are no order lines.

A list typed under "please send:" often opens each line with a bare count and a word no vocabulary
knows ("4 bundles cedar shims"), and one item may have no count at all ("wire nuts - no idea how many
we need"). Such a list is still the order: its lines are read, the uncounted one with no quantity, so a
clerk sets it, rather than the whole order reading no line. An address (a street and its number, a
postal code and its town, the lines under "deliver to:") holds numbers that read like counts, and is no
order line.
"""

from __future__ import annotations

import re
from typing import Any

from vocabulary.units import normalise_unit

# The buyer says it does not know the count: "not sure how many", "no idea how many", "whatever a bag
# is", "send what you think", in the languages our buyers write.
_UNKNOWN_COUNT = re.compile(
    r"(?:^|[\s(])(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:"
    r"not\s+sure\s+how\s+(?:many|much)|no\s+idea\s+how\s+(?:many|much)|(?:don'?t|do\s+not)\s+know\s+how\s+many"
    r"|dunno\s+how\s+many|however\s+many|whatever\s+(?:a|one|the)\s+[^\W\d_]+\s+(?:is|holds)"
    r"|send\s+what(?:ever)?\s+you\s+think|as\s+many\s+as\s+you\s+think"
    r"|keine\s+ahnung\s+wie\s+viele?|wei(?:ß|ss)\s+nicht\s+wie\s+viele?|je\s+ne\s+sais\s+pas\s+combien"
    r"|aucune\s+id[ée]e\s+(?:de\s+)?combien|no\s+s[ée]\s+cu[áa]nt[oa]s|geen\s+idee\s+hoeveel"
    r"|weet\s+niet\s+hoeveel|non\s+so\s+quant[ie])\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|\(?\d{1,2}[.)])\s+")
# An item code opening the line ("CR-050-B100 - not sure how many"): capitals or digits with a dash.
_CODE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*-)[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}$")
# A count the buyer did not give: far below any floor for approving untouched.
UNCOUNTED_CONFIDENCE = 0.5


def uncounted_line(line: str) -> dict[str, Any] | None:
    """An item the line names while saying it does not know how many ("1/2 in crimp rings - not sure
    how many bags"): its words, with no quantity. None when the line names nothing before saying so."""
    m = _UNKNOWN_COUNT.search(line)
    if not m:
        return None
    item = _BULLET.sub("", line[:m.start()]).strip(" ,;:-–—(")
    if not re.search(r"[^\W\d_]{3}", item) or len(item.split()) > 10:
        return None
    words = item.split()
    code = words[0] if _CODE.match(words[0]) else None
    description = " ".join(words[1:] if code else words) or None
    return {"qty": None, "unit": None, "code": code, "description": description, "price": None,
            "span": (0, len(line)), "confidence": UNCOUNTED_CONFIDENCE}


# A bullet opening an item of a list ("- ", "* ", "• "), and the words that open a remark in one rather than
# an item ("- please call before delivery", "- also the usual").
_ITEM_BULLET = re.compile(r"^\s*[-*•·]+\s+(?P<item>\S.*)$")
_REMARK = re.compile(r"^(?:please|pls|also|and|call|note|ps|p\.s|thanks|thank|let|can|could|would|will|we|i|if|"
                     r"deliver|ship|send|need|no|not|same|as|see|ref|po|bitte|merci|gracias|grazie|danke|por|"
                     r"s'il|svp)\b", re.IGNORECASE)


def unnumbered_item(line: str) -> dict[str, Any] | None:
    """A bulleted item with no count ("- door stop rubber grey") among counted ones: its words, with no
    quantity. None for a remark in the list ("- please call before delivery") or a question."""
    m = _ITEM_BULLET.match(line)
    if not m:
        return None
    item = m["item"].strip().rstrip(".!")
    if (_REMARK.match(item) or re.search(r"[?:@]|https?://", item) or len(item.split()) > 10
            or not re.search(r"[^\W\d_]{3}", item)):
        return None
    return {"qty": None, "unit": None, "code": None, "description": item, "price": None,
            "span": (0, len(line)), "confidence": UNCOUNTED_CONFIDENCE}


def list_paragraphs(kept: list[tuple[int, str]], counted: list[tuple[int, int]]) -> set[int]:
    """The paragraphs that are a list of order lines by their shape alone: two lines or more opening with a
    bare count (`counted`: (paragraph, offset) of each), under a line announcing them ("Please send on PO
    4471:"). `kept` is the text's (offset, line) pairs; a paragraph is numbered by the blank lines above it."""
    by_paragraph: dict[int, list[int]] = {}
    for paragraph, offset in counted:
        by_paragraph.setdefault(paragraph, []).append(offset)
    found: set[int] = set()
    for paragraph, offsets in by_paragraph.items():
        if len(offsets) < 2:
            continue
        first = min(offsets)
        above = [line for offset, line in kept if offset < first and line.strip()]
        if above and above[-1].rstrip().endswith(":"):
            found.add(paragraph)
    return found


# -- addresses ------------------------------------------------------------------------------------

# "Calle de la Safor 18", "Via Roma 12", "Heilbronner Strasse 214": a street word, a name, its number, as
# continental addresses write it (an English street word comes after its name: "Lane marking tape 3" is goods).
_STREET_THEN_NUMBER = re.compile(r"(?:^|[\s,])(?:Calle|C/|Avenida|Avda\.?|Carrer|Camino|Paseo|Plaza|Rue|Via|Viale|"
                                 r"Piazza|Corso|Stra(?:ß|ss)e|Str\.|Platz|Gasse|Straat|Laan|Plein|Rua|Cal[çc]ada|"
                                 r"Travessa|Largo|Estrada|Pra[çc]a|ul\.|ulica|al\.|aleja|n[áa]m\.|n[áa]m[ěe]st[íi])\s+"
                                 r"(?:[^\W\d_][\w'.-]*\s+){0,4}\d{1,4}[a-zA-Z]?\b")
# "Industriestr. 12", "Atoomweg 96", "Hauptstraße 5": a street named in one word, then its number.
# ("Max-Brauer-Allee 58", "Karl-Marx-Straße 3": a street named after someone, hyphenated, its word capitalised.)
# (And the Nordic and Finnish ones: "Järnvågsgatan 6", "Fortevej 9", "Sydhavnsgade 18", "Innherredsveien 12",
# "Sarankulmankatu 9".)
_COMPOUND_STREET = re.compile(r"\b[A-ZÄÖÜÅÆØ][a-zäöüßåæø]+(?:-[A-ZÄÖÜÅÆØ][a-zäöüßåæø]+)*-?(?i:stra(?:ß|ss)e|str\.|weg|"
                              r"platz|allee|gasse|straat|laan|plein|gracht|kade|dreef|singel|gatan|gata|vägen|väg|vej|"
                              r"vei|veien|veg|vegen|gade|gaden|katu|tie|kuja|polku)\s+\d{1,4}[a-zA-Z]?\b")
# "14 rue des Remparts", "3 bis, avenue Foch", "12 place Bellecour": a French number before its street word.
_NUMBER_THEN_RUE = re.compile(r"^\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|chemin|"
                              r"all[ée]e|impasse|route|cours)\s+\S", re.IGNORECASE)
# "Bengaluru, Karnataka - 560052", "Mumbai 400001": an Indian town (and state) and its six-digit PIN ending the line.
_TOWN_AND_PIN = re.compile(r"^[A-Z][a-z]+(?:,?\s+[A-Z][a-z]+){0,2}\s*[-–]?\s*\d{3}\s?\d{3}\s*$")
# "1450 Bank Street", "18 Quarry Lane", "4120 61 Ave SE": a number, a capitalised name, a street word, at the
# line's start or after a comma ("4 Three Way Valves" and "Hex Dr bits" are goods: no Way, no Dr).
_NUMBER_THEN_STREET = re.compile(r"(?:^|,\s*)\d{1,5}[a-zA-Z]?\s+(?:[A-Z0-9][\w'.-]*\s+){1,4}"
                                 r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Lane|Ln\.?|Boulevard|Blvd\.?|Parkway|Pkwy|Highway|Hwy)"
                                 # the street word ends the street: "20 Orange Road Cones 28in" are goods
                                 r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW))?\s*(?:,|$|\s+(?:Suite|Ste\.?|Unit|Apt\.?|#)(?=\s|\d))")
# A postal code and its town after a comma: ", 46988 Paterna", ", D-70191 Stuttgart", ", 3542 AB Utrecht".
_POSTAL_AFTER_COMMA = re.compile(r",\s*(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}\s?[A-Z]{2})\s+"
                                 r"(?P<town>[A-ZÄÖÜÀ-Ý][^\W\d_]*)[^\d,]*$")
# A postal code and its town alone on a line ("71034 Böblingen", "46190 Ribarroja (Valencia)"): five
# digits and capitalised words without digits; an address only under a street line, since "10000 Staples"
# may be an order.
# (Sweden, Czechia, Slovakia and Greece write five digits as three and two, "414 58 Göteborg"; Denmark, Norway,
# Belgium, Austria and Switzerland four, "8000 Aarhus C".)
_POSTAL_ALONE = re.compile(r"^\s*(?:[A-Z]{1,2}-)?(?:\d{5}|\d{3}\s\d{2}|\d{4}(?:\s?[A-Z]{2})?)\s+[A-ZÄÖÜÀ-ÝÅÆØ][^\d]*$")
# The US states' and territories' codes ("PO 44817" is an order's number, no state and ZIP).
_US_STATE = (r"(?:A[KLRZS]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI"
             r"|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])")
# Postal codes of their own shape: Canada ("K1H 7Z1", the space written), the UK at the line's end
# ("Leeds LS9 8AB", not a pack "M13 2PK"), the US state and ZIP at the end ("Naples FL 34109").
_POSTAL_SHAPED = re.compile(r"\b[A-Z]\d[A-Z]\s\d[A-Z]\d\b|"
                            r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d(?!PK|CS|EA|BX|RL|PR|DZ|CT)[A-Z]{2}\s*$|"
                            r"\b" + _US_STATE + r"\s+\d{5}(?:-\d{4})?\s*$")


def is_address_line(line: str, under_address: bool = False) -> bool:
    """A line of a postal address: a street with its number, or a postal code with its town (alone on its
    line only `under_address`, a street line or a "deliver to:" above it)."""
    text = line.strip()
    postal = _POSTAL_AFTER_COMMA.search(text)
    if postal and normalise_unit(postal["town"]):
        postal = None  # "..., 10000 Count": a count and its unit, no town
    return bool(_STREET_THEN_NUMBER.search(text) or _COMPOUND_STREET.search(text)
                or _NUMBER_THEN_STREET.search(text) or postal or _NUMBER_THEN_RUE.match(text)
                or (under_address and _TOWN_AND_PIN.match(text))
                or _POSTAL_SHAPED.search(text) or (under_address and _POSTAL_ALONE.match(text)))


# "Deliver to:", "Lieferadresse:", "Bitte liefern an:", "Adresse de livraison :": a label alone, the
# address on the lines under it.
_DELIVER_LABEL = re.compile(
    r"^\s*(?:please\s+|bitte\s+)?(?:deliver(?:y)?\s+(?:to|address)|ship(?:ping)?\s+(?:to|address)|send\s+to|"
    r"liefer(?:n|ung)?\s+an|lieferadresse|lieferanschrift|adresse\s+de\s+livraison|livr(?:er|aison)\s+[àa]|"
    r"direcci[óo]n\s+de\s+entrega|entregar\s+en|afleveradres|leveren\s+(?:op|aan)|afleveren\s+(?:op|aan)|"
    r"indirizzo\s+di\s+consegna|consegna\s+a|morada\s+de\s+entrega|endere[çc]o\s+de\s+entrega|entregar\s+em)\s*:\s*$",
    re.IGNORECASE,
)


def opens_address(line: str) -> bool:
    """A label alone on its line that says the lines under it are where to deliver."""
    return bool(_DELIVER_LABEL.match(line))
