"""Quantities written in words ("two cases of", "a dozen XL vests", "zwei Kartons", "diez cajas de"), turned
into digits so that an order line written as prose reads like one written with numbers.

A number word is a quantity only where a quantity stands: before a unit word or "of" ("three of the black
lids"), or as "a dozen". Elsewhere ("the two of us", "one more thing") it is left as written. Vague amounts
("a couple of boxes", "a few cases") are read with their likely number but marked vague: a clerk decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vocabulary.units import SIZE_WORD_UNITS, UNIT_CODES

_WORDS: dict[str, int] = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "fifty": 50,
    # German
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwolf": 12, "zwanzig": 20,
    # French
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    # Spanish
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20,
    # Italian, Dutch
    "due": 2, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12,
    "tre": 3, "undici": 11, "dodici": 12,
    # Portuguese, Polish, Czech, Swedish, Finnish (not the Danish and Norwegian "to", "fire", "ti", nor "sex",
    # "fem": English words or abbreviations)
    "dois": 2, "duas": 2, "três": 3, "dez": 10, "vinte": 20,
    "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "dziesięć": 10,
    "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "deset": 10,
    "två": 2, "fyra": 4, "tio": 10, "tolv": 12, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kymmenen": 10,
    # Tens and teens, as counts above ten are written in those languages (only ever read before a unit word)
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60, "honderd": 100,
    "fünfzehn": 15, "funfzehn": 15, "sechzehn": 16, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "funfzig": 50, "sechzig": 60, "hundert": 100,
    "seize": 16, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "dieciséis": 16, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100,
    "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100,
    "trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100,
    "femten": 15, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "hundrede": 100,
    "femton": 15, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100,
    "tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "hundre": 100,
    "dwanaście": 12, "piętnaście": 15, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50,
    "dvanáct": 12, "patnáct": 15, "dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50,
}
# "twenty-five", "forty two": tens and units, as prose writes a count above twenty.
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORDS.update(_TENS)
_WORDS.update({f"{ten}{sep}{unit}": tv + uv for ten, tv in _TENS.items() for unit, uv in _UNITS.items()
               for sep in ("-", " ")})
# "one", "a", "un", "eine" are also articles: a quantity only right before a unit word.
_ARTICLES = {"a": 1, "an": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "ein": 1, "eine": 1, "einen": 1, "één": 1,
             "een": 1, "uma": 1}
_DOZEN = r"(?:dozen|dutzend|douzaine|docena|dozijn|dozzina|d[úu]zia)"
_HALF = r"(?:half\s+a|a\s+half|ein\s+halbes|une\s+demi-?|demi-?|media|mezza)"
_OF = r"(?:of|de|d'|des|del|di|von|van)"
_SIZE_WORD = "(?:" + "|".join(SIZE_WORD_UNITS) + ")"
_UNIT = "|".join(sorted((re.escape(w) for w in UNIT_CODES if w not in {"x", "m", "de", "a"}), key=len, reverse=True))
# Vague amounts: their usual number, never taken for certain.
_VAGUE = re.compile(r"\b(?:a\s+couple\s+(?:of\s+)?|a\s+few\s+|several\s+|some\s+|ein\s+paar\s+|quelques\s+|unos\s+|"
                    r"unas\s+|un\s+par\s+de\s+)(?=(?:" + _UNIT + r")\b)", re.IGNORECASE)
_VAGUE_NUMBER = {"couple": 2, "few": 3, "several": 3, "some": 2, "paar": 2, "quelques": 3, "unos": 2, "unas": 2,
                 "par": 2}
_NUMBER_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_ARTICLE_WORD = "|".join(sorted(_ARTICLES, key=len, reverse=True))
# "half a dozen", "a dozen", "two dozen": a count of pieces.
# "a dozen vests" counts twelve vests; "3 dozen markers" and "two dozen" order by the dozen, a unit of its own.
_DOZENS = re.compile(r"(?<![\w-])(?:(?P<half>" + _HALF + r")[\s-]*" + _DOZEN + r"|(?P<n>" + _ARTICLE_WORD
                     + r")\s+" + _DOZEN + r"(?P<and_half>\s+and\s+a\s+half)?)\b(?:\s+(?:of|de|di)\b)?", re.IGNORECASE)
# "two cases", "three of the", "diez de", "zwei Kartons", "a case of", "une boîte de".
# A word between the number and "of" is a unit the vocabulary may not know: "trois colis de", "dos sacos de".
# "one of those solar reels": "those" pointing at goods named after it; "two of those were cracked": at things
# talked about (a verb or a small word follows), no quantity.
_THOSE_GOODS = (r"(?:those|these)\s+(?!(?:were|are|was|is|have|has|had|came|come|got|arrived|went|did|do|does|"
                r"didn|weren|aren|wasn|isn|will|would|can|could|should|must|may|might|that|which|who|we|you|they|"
                r"i|it|he|she|in|on|at|for|to|from|with|by|of|and|or|but|still|again|broke|broken|just|all|"
                r"ones?|days|weeks|months|times|things|guys|people)\b)[^\W\d_]{3,}")
_BEFORE_UNIT = re.compile(r"(?<![\w-])(?P<w>" + _NUMBER_WORD + r")(?=\s+(?:(?:" + _UNIT + r")\b|" + _OF + r"\s"
                          r"|[^\W\d_]+\s+" + _OF + r"\s"
                          # "six one-liter bottles", "two 5-gallon pails": a size before the unit
                          r"|(?:[^\W_]+-)" + _SIZE_WORD + r"s?\s+(?:" + _UNIT + r")\b)"
                          r"(?!us\b|them\b|you\b|(?!" + _THOSE_GOODS + r")(?:those|these)\b))"
                          r"|(?<![\w-])(?P<a>" + _ARTICLE_WORD + r")(?=\s+(?:" + _UNIT + r")\b)", re.IGNORECASE)

# "three SF-20110 hard hats": a number word right before an item code (capitals, a hyphen, digits) counts it.
# An article is left alone, and so are number words that are English words too ("once AB-12 is in", "payment due
# INV-2231").
_CODE_WORDS = "|".join(w for w in sorted(_WORDS, key=len, reverse=True) if w not in {"once", "due", "sept"})
_BEFORE_CODE = re.compile(r"(?<![\w-])(?P<w>(?i:" + _CODE_WORDS + r"))"
                          r"(?=\s+(?:[A-Z][A-Z0-9]*-(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]*"
                          # "one 8M belt", "two A19 lamps": a designation of capitals and digits, unhyphened
                          r"|(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\b)")
# "fifteen 15 amp outlets", "one 50 foot cord", "two 20A breakers": a number word right before a size in digits
# with its measure counts the goods of that size (the size is never the count).
_BEFORE_SIZE = re.compile(r"(?<![\w-])(?P<w>(?i:" + _CODE_WORDS + r"))(?=\s+\d+(?:[./]\d+)?\s*-?\s*(?i:amps?|a|v|volts?"
                          r"|w|watts?|ft|foot|feet|in|inch|gauge|ga|awg|mm|cm|k|oz|lbs?|gal|qt|ml|mil|pole|way|gang"
                          r"|ply|yd|yards?)\b)")
# "drill index, 1/16 to 1/2 - one.": a count in words closing a line after a dash, where counts close lines.
_CLOSING_DOZEN = re.compile(r"(?<=\s[-–:]\s)(?P<n>\d+) x(?=\s*[.!]?\s*$)", re.MULTILINE)
_CLOSING_COUNT = re.compile(r"(?<=\s[-–:]\s)(?P<w>" + _NUMBER_WORD + r")(?=\s*[.!]?\s*$)", re.IGNORECASE | re.MULTILINE)


# "a pair of the grey": two of the goods named before, in their unit ("a pair of gloves" is one pair, left alone).
_PAIR_OF_THE = re.compile(r"(?<![\w-])a\s+pair\s+of(?=\s+(?:the|those|these)\s)", re.IGNORECASE)


# "ten (10)", "Four (4) pails": a count written both ways, as on cheques and formal orders; the digits say it.
_SPELLED_AND_DIGITS = re.compile(r"(?<![\w-])(?:" + _NUMBER_WORD + r")\s*\((?P<d>\d{1,4})\)", re.IGNORECASE)
# "4 off bearings", "spiders - 6 off": how British engineering buyers count pieces, written as "pcs" (as long,
# so offsets hold). Never "2 off the last order", "10 off your price": "off" before a word that is no goods.
_PIECES_OFF = re.compile(r"(?<![\w.,])(?P<n>\d{1,4})\s+off\b(?!\s+(?:the|of|from|on|to|your|our|my|his|her|their|"
                         r"it|them|that|this|these|those|a|an|list|price|total)\b)(?!\s*%)", re.IGNORECASE)
# "a 100 ft roll of hose", "a 5 gal pail of sealer": one of a container whose size is said before it.
_MEASURES = r"(?:ft|feet|foot|'|m|mm|in|inch|lb|lbs|kg|g|gal|oz|l|ltr|yd|yards?|metres?|meters?)"
_ARTICLE_SIZED = re.compile(r"(?<![\w-])(?:a|an)\s+(?=\d+(?:\.\d+)?\s?" + _MEASURES + r"\.?\s+(?:" + _UNIT + r")\b)",
                            re.IGNORECASE)
# "half a case", "half a box": half of one unit.
# "a 9 station controller", "an 8 port hub": one of goods a number names the kind of (not "a 10 minute call").
# (Not after a size or a remark: "vrutů 5x60 (po 200 ks) a 2 krabice" is the Czech "and".)
_ARTICLE_NUMBERED = re.compile(r"(?<![\w-])(?<![\d)][ ])(?:a|an)\s+(?=\d{1,3}[\s-](?!(?:minutes?|mins?|hours?|hrs?|days?|weeks?"
                               r"|months?|years?|percent|pm|am|or|to|and)\b)[a-z])", re.IGNORECASE)
_HALF_A_UNIT = re.compile(r"(?<![\w-])half\s+an?\s+(?=(?:" + _UNIT + r")\b)", re.IGNORECASE)


# "vijftig dozen", "twee dozen": after a Dutch number word, "dozen" is the plural of "doos", boxes (never dozens).
_DUTCH_BOXES = re.compile(r"(?<![\w-])(?P<w>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
                          r"|vijftien|zestien|twintig|dertig|veertig|vijftig|zestig|honderd|een|één)(?P<gap>\s+)dozen\b",
                          re.IGNORECASE)


# Put before a number only hinted at ("a couple of" -> "≈2"): whoever reads the clause knows it is vague.
VAGUE_MARK = "≈"


@dataclass(frozen=True)
class Digits:
    """A text with its number words written as digits, and whether any amount in it was vague."""

    text: str
    vague: bool
    changed: bool


def as_digits(text: str) -> Digits:
    """The text with quantities written in words turned into digits ("two cases of" -> "2 cases of",
    "a dozen vests" -> "12 x vests", "two dozen" -> "2 dozen", "three AB-123 hats" -> "3 x AB-123 hats"); `vague`
    when an amount was only hinted at ("a couple of boxes")."""
    vague = False

    def dozens(m: re.Match[str]) -> str:
        if m.group("half"):
            return "6 x"
        return "18 x" if m.group("and_half") else "12 x"  # "a dozen and a half"

    def vague_amount(m: re.Match[str]) -> str:
        nonlocal vague
        vague = True
        word = next(w for w in re.findall(r"[^\W\d_]+", m.group(0).lower()) if w in _VAGUE_NUMBER)
        return f"{VAGUE_MARK}{_VAGUE_NUMBER[word]} "

    def word(m: re.Match[str]) -> str:
        found = (m.group("w") or m.group("a")).lower()
        return str(_WORDS.get(found, _ARTICLES.get(found, 1)))

    out = _DUTCH_BOXES.sub(lambda m: m.group("w") + m.group("gap") + "boxes", text)
    out = _SPELLED_AND_DIGITS.sub(lambda m: m.group("d"), out)
    out = _PIECES_OFF.sub(lambda m: m.group(0)[:-3] + "pcs", out)
    out = _DOZENS.sub(dozens, out)
    out = _PAIR_OF_THE.sub("2 of", out)
    out = _HALF_A_UNIT.sub("0.5 ", out)
    out = _ARTICLE_SIZED.sub("1 x ", out)
    out = _ARTICLE_NUMBERED.sub("1 x ", out)
    out = _VAGUE.sub(vague_amount, out)
    out = _BEFORE_UNIT.sub(word, out)
    out = _BEFORE_CODE.sub(lambda m: f"{_WORDS[m.group('w').lower()]} x", out)
    out = _BEFORE_SIZE.sub(lambda m: f"{_WORDS[m.group('w').lower()]} x", out)
    out = _CLOSING_COUNT.sub(lambda m: str(_WORDS[m.group("w").lower()]), out)
    # "Horse wormer paste - a dozen": the count closing the line, after its dash, is that many pieces
    out = _CLOSING_DOZEN.sub(lambda m: m.group("n"), out)
    return Digits(out, vague, out != text)


# "six GFCI outlets", "ten 2-pole breakers", "a couple of 11-in-1 screwdrivers": a count in words opening a line,
# whatever follows. Only a list's line is read so (the caller knows); words after the number that talk rather
# than name goods ("one more thing", "two of us", "one question") leave it no count.
_LEADING = re.compile(r"^\s*(?:[-*•]\s*)?(?:(?P<w>" + _NUMBER_WORD + r")|(?P<v>a\s+couple(?:\s+of)?|a\s+few|several))"
                      r"\s+(?P<rest>\S.*)$", re.IGNORECASE)
_NOT_GOODS = {"more", "of", "or", "and", "to", "thing", "things", "last", "other", "another", "question", "questions",
              "quick", "time", "times", "day", "days", "week", "weeks", "hour", "hours", "minute", "minutes", "point",
              "issue", "issues", "is", "was", "were", "are", "will", "would", "can", "could", "should", "must", "we",
              "you", "i", "they", "it", "he", "she", "the", "a", "an", "that", "this", "those", "these", "thanks"}


def leading_count(line: str) -> tuple[int, str, bool] | None:
    """(count, the words after it, vague) when a count in words opens the line ("six GFCI outlets white"), else
    None."""
    m = _LEADING.match(line)
    if not m:
        return None
    rest = m.group("rest").strip()
    first = re.match(r"[^\W\d_]+", rest)
    if first is not None and first.group(0).lower() in _NOT_GOODS:
        return None
    if m.group("w"):
        return _WORDS[m.group("w").lower()], rest, False
    word = next(w for w in re.findall(r"[^\W\d_]+", m.group("v").lower()) if w in _VAGUE_NUMBER)
    return _VAGUE_NUMBER[word], rest, True


def number_word(word: str) -> int | None:
    """The number a single word writes ("four", "vier", "cuatro"), or None."""
    return _WORDS.get(word.strip().lower())
