"""What a product description commits to, read the same way from our catalog and from a buyer's line.

A buyer writes "1/4-20 x 1 HCS gr5", "blk can liners 1.5 mil 33 gal", "gants nitrile bleus taille L";
our catalog says "Hex cap screw, 1/4-20 x 1 in, grade 5, zinc, 100/box". Both are read into a `Wording`:
words in one spelling (abbreviations, synonyms, plurals, British spellings and a small glossary of
foreign product words folded together) and attributes (measures with their units, ranges, threads,
counts per pack, labelled grades/classes/types, colours, sizes). Near-twin products differ by one
attribute; a candidate whose attribute the line contradicts is out, and candidates that differ only by
what the line leaves unsaid are a doubt, never a pick (`matching/catalog.py` decides with this).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from matching.catalog_words import (
    COLOUR_WORDS,
    FOREIGN,
    NEGATIONS,
    NUMBER_WORDS,
    PACK_WORDS,
    PHRASES,
    SIZE_LABELS,
    STOPWORDS,
    SYNONYMS,
    UNITS,
    WHOLE_FOREIGN,
)
from vocabulary.numbers import written_fraction

# ---------------------------------------------------------------------------------------------- parsing

_QUOTES = str.maketrans({"″": '"', "”": '"', "“": '"', "′": "'", "’": "'", "‘": "'", "×": "x", "µ": "u",
                        # Typed fractions ("½ x 2", "1½ in") as written ones, apart from a whole number before.
                        "½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅛": " 1/8", "⅜": " 3/8", "⅝": " 5/8", "⅞": " 7/8",
                        "⁄": "/"})
_INCH_MARK = re.compile(r"(\d)\s*(?:\"|'')")
_FOOT_MARK = re.compile(r"(\d)\s*'(?![a-z])")
_DIGIT_X_DIGIT = re.compile(r"(?<=[\d])\s*x\s*(?=[\d#])")
_METRIC_X = re.compile(r"\bm(\d+(?:\.\d+)?)x(?=\d)")
_THREAD = re.compile(r"(?<![\d/.#])(\d+/\d+|#\d+|m\d+)\s*-\s*(\d+(?:\.\d+)?)(?![\d/])")
# (A metric thread is M1.6 to M72; "M402", "M404/M428" are a printer's models, kept as words.)
_METRIC = re.compile(r"\bm(\d{1,2}(?:\.\d+)?)\b")
# (Not after a dash: "-8 1/2in" is a hose's dash size, then its 1/2 in bore.)
_MIXED = re.compile(r"(?<![\d/.-])(\d+)[- ](\d+)/(\d+)(?![\d/])")
_FRACTION = re.compile(r"(?<![\d/.])(\d+)/(\d+)(?![\d/])")
_BARE_DECIMAL = re.compile(r"(?<![\w.])\.(\d)")  # ".9 mil" is 0.9 mil
_THOUSANDS = re.compile(r"(?<=\d),(?=\d\d\d(?![\d,.]))")  # "1,000 sheets"
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d(?!\d\d\b))")
_LABELLED = re.compile(
    r"\b(grade|gr|class|cl(?=\.?\d)|(?<![\d.] )cl|klasse|klasa|klass|klase|kl(?=\.?\s*\d)|luokka|trida|type|"
    r"typ(?![a-z])|"
    r"schedule|sch|cedula|ced|level|lvl|niveau|nivel|livello|poziom|taso|uroven|stufe|cat)\.?\s*(\d+\.\d+|\d+[a-z]?|i{1,3}|iv|[a-z])"
    r"(?![a-z0-9]|\.\d)")  # (never the whole of "grade 2.5l": a size after the label's word)
# (A pipe's schedule is its "cédula" in Spanish. "cl" apart after a number is centilitres: "35 cl 6 pcs" is
# no class 6; glued to its own, "20 CL10.9", it is the class.)
_LABEL_KIND = {"gr": "grade", "sch": "schedule", "cedula": "schedule", "ced": "schedule", "lvl": "level", "cl": "class",
               "klasse": "class", "klasa": "class", "klass": "class", "klase": "class", "kl": "class",
               "luokka": "class",
               "trida": "class", "typ": "type", "niveau": "level", "nivel": "level", "livello": "level",
               "poziom": "level", "taso": "level", "uroven": "level", "stufe": "level"}
# Glued forms read elsewhere: a rating, a thread, a unit after its number.
_NOT_GLUED = frozenset({"merv"})
# "NRR32", "UCP205": three or four letters glued to a number are the word and the number, as the other side
# may write them apart ("NRR 32"). (One letter glued, "A19", "T27", is a code read below; two, "BR30", a name.)
_GLUED_WORD_NUMBER = re.compile(r"\b([a-z]{3,4})(\d+(?:\.\d+)?)s?\b")  # ("BR30s": so many BR30)
_NUMERIC_LABELS = frozenset({"grade", "schedule", "level", "cat"})
# A level written with a letter: a glove's cut resistance (EN 388, levels A to F), whatever the language's word.
_LETTER_LEVELS = frozenset("abcdef")
# A stock solution's strength ("PBS 10X", "50x TAE", "PBS 1 x"): a number and "x" with no second number after
# it ("2 x 4" multiplies), beside the words of a solution: so a 1X buffer is not the 10X one.
_STRENGTH = re.compile(r"(?<![\w.])(\d{1,3})x(?=[\s,;)])(?!\s*\d)|(?<=[a-z] )(\d{1,3}) x\s*$")
# A solution's pH, written after the word or after what it is a pH of ("pH 7.00", "pH buffer 7", "pH 4 buffer"):
# an attribute, so a pH 7.00 standard is not the PBS buffer at pH 7.4.
# "no flow control", "non-chlorinated", "anti-slip", "w/o lid", "not long life", "sin wifi": a word said absent (a
# word of three letters or more; "no. 2" is a number). "no-hub" is a kind of coupling, not one without a hub:
# only "non" and "anti" negate a word they are joined to by a hyphen or a space ("antibacterial" is a word).
_NEGATED = re.compile(r"(?<![\w/-])(?:(?:no|not|without|w/o|sans|sin|sem|senza|zonder|ohne|kein|keine)[ \t]+"
                      r"|(?P<prefix>non|anti)[ \t-]+)([a-z]{3,})\b")
_PH = re.compile(r"\bph\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d.])|\bph\s+(?:buffer|standard|solution)s?\s+(\d{1,2}(?:\.\d{1,2})?)"
                 r"(?![\d.])")
# An oil's viscosity grade, however written ("5W-30", "5w30", "SAE 15W 40"): one attribute, so "5w30" is not
# read as a measure 5 beside a word "w30", and contradicts 0W-20 where both are said.
_VISCOSITY = re.compile(r"(?<![\w.])(?:sae\s*)?(\d{1,2})\s?w\s?-?\s?(\d{2})(?![\w.])")
# A rating or a number written glued to its label or apart ("MERV11", "MERV 11"; "No.2", "no. 2", "Nr 2",
# "#2"): one attribute, so "MERV11" contradicts a MERV 8 filter and "No.2" the reagent #1. (A filter's MERV
# rating is the HVAC trade's grade; "no"/"nr"/"#" number one of a numbered series.)
_RATING = re.compile(r"\bmerv\s*-?\s*(\d+)(?![\d.])")
# "R8", "T5", "A19", "E26": one letter glued to a number codes a rating or a shape (an R-value, a lamp's tube
# or bulb, a base). Kept as a word, and also an attribute, so "R8" contradicts an R6 duct. ("m12" is metric,
# read before; "x20" is a dimension's rest.)
_LETTER_CODE = re.compile(r"(?<![\w.#/-])([a-ln-wyz])(\d{1,3})(?![\w.])")
# "half-pound", "half gallon": half of one ("1/2 lb").
_HALF = re.compile(r"\bhalf[- ]?(pound|lb|gallon|gal|quart|qt|inch|litre|liter)s?\b")
_NUMBERED = re.compile(r"(?:\bn[or]\.\s*|\bn[or](?=\d)|\bnr\s+|#\s*)(\d+)(?![\d./-])")
# "12/2", "14-3", "10/3 w/g": a wire gauge over its number of conductors, never a fraction (no one writes 12/2
# for 6) nor a range (a range goes up). The same cable whichever mark the buyer used, so one attribute.
_THREAD_DIAMETER = re.compile(r"(\d+)/(\d+)-")
_CONDUCTORS = re.compile(r"(?<![\d/.#x-])(?<!\d x )(\d{1,2})[/-]([2-4])(?![\d/.-])")
# "1P", "2 pole", "2-pole", "single pole": a breaker's or switch's number of poles.
_POLES = re.compile(r"\b(?:([1-4])p|([1-4])[\s-]*poles?|(single|double|triple)[\s-]*poles?)\b")
_POLE_WORDS = {"single": "1", "double": "2", "triple": "3"}
# A wiring accessory's gangs ("2 gang", the catalog's "2G" as the glossary reads it): one attribute, not a bare 2
# that any other 2 of the product ("2X USB-A") would seem to confirm.
_GANGS = re.compile(r"\b([1-4])[\s-]*gangs?\b")
_PLURAL_NUMBER = re.compile(r"(?<![\w.])(\d+)s\b")  # "90s", "45s": so many of the 90-degree kind
_HASH_NUMBER = re.compile(r"#\s*(\d+)")
# "50# bag", "20# paper": a number followed by a hash is pounds in the North American trade ("#10" before it
# is a number).
_POUND_MARK = re.compile(r"(\d)\s*#(?![\w#])")
# An order reference glued to the description ("... A19s PO ML-6702", "... ref 5521-A", "PO# 4410"): the
# buyer's bookkeeping, not a word the product is written with.
_GLUED_REFERENCE = re.compile(r"(?<![\d.])\b(?:(?:new|separate|another)\s+)?(?:p\.?o|ref|reference|job)\b\.?\s*"
                              r"(?:#|no\.?|nr\.?|number|:)?"
                              r"\s*#?\s*(?=[a-z0-9/-]*\d)[a-z0-9]+(?:[-/][a-z0-9]+)*")
# A volume named without a number ("window cleaner quart", "the gallon jug", "clarifier qt"): one of it.
_LONE_VOLUME = re.compile(r"(?<![\d.\s])(\s+)(quarts?|gallons?|litres?|liters?|pints?|qts?|gals?)(?=\s)")
# "4/1 gal", "6/32 oz", "4/5 lb", "12/50 oz": the trade's case notation, so many containers of that size
# ("4 x 1 gal"). A fraction as a measure is written in halves, quarters, eighths... or thirds, odd over its
# power of two: "1/2 gal", "3/4 lb", "1/3 lb" stay fractions; nobody writes 6/32 oz for 3/16 oz.
_CASE_NOTATION = re.compile(r"(?<![\d/.])(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*(?=(?:gal|qt|oz|l|ltr|lb|kg|ml)\b)")
# "2 lb bags", "50 kg sacks": what the goods come in, by their weight; not a bag the buyer orders ("33 gal
# bags" are liners of that size, and stay so).
_WEIGHED_SACK = re.compile(r"(\d\s*(?:lb|lbs|kg|oz|g))\s+(?:bags?|sacks?)\b")
_GOES_WITH = re.compile(r"\b(?:for|fits?|to fit|to suit|fitting)\b")
# A machine's model among the words: letters, then a number of two digits or more ("m404", "p5026cdw", "l2350dw");
# not a size ("2x4", "16in") nor a bare number.
_MODEL_WORD = re.compile(r"[a-z]{1,4}\d{2,}[a-z]{0,4}")
# "12/qt", "6/gal": so many containers of one, the size unsaid.
_CASE_OF_ONE = re.compile(r"(?<![\d/.])(\d+)\s*/\s*(?=(?:gal|qt|quart|gallon|pint|pt)\b)")


def _case(m: re.Match[str]) -> str:
    fraction = "." not in m.group(2) and written_fraction(int(m.group(1)), int(m.group(2)))
    return m.group(0) if fraction else f"{m.group(1)} x {m.group(2)} "


# A number standing alone just before: "35 x 50 po 2" is inches (French "pouces"), "BR30 PO 4410" a reference.
_NUMBER_BEFORE = re.compile(r"(?<![a-z\d.])\d+(?:\.\d+)?\s*$")


# Units that count things: a fraction before one of their spellings is a size, and the word is another.
_WHOLE_UNITS = frozenset({"compartment", "ply", "sheet"})

def _reference(m: re.Match[str]) -> str:
    if m.group(0).startswith("po") and _NUMBER_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    return " "


# "BR-30", "A-19", "N-95": a short model name written with a hyphen is the one written without ("BR30").
_HYPHENATED_MODEL = re.compile(r"(?<![\w.-])([a-z]{1,3})-(\d{1,3})(?![\w/.-])")
# "the small ones", "the big one": a size relative to the buyer's other look-alikes, not a garment size.
_RELATIVE_SIZE = re.compile(r"\b(?:small|large|big|little|medium|smaller|larger|bigger)\s+ones?\b")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b(?=[\s-]*[a-z])")


def _unit_pattern() -> re.Pattern[str]:
    spellings = sorted(UNITS, key=len, reverse=True)
    return re.compile(r"(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?\s*-?\s*(" + "|".join(map(re.escape, spellings))
                      + r")(?![a-z0-9])")


_UNIT = _unit_pattern()
# "5.05", "198.00": a price or an amount left in the line's text, not something the product measures
# ("1.50 mil", "0.75 in" have their unit).
# (Not a size after "x": "28 x 1.25" is a tyre's pair of sizes.)
_MONEY = re.compile(r"(?<![\d./])(?<!\bx )(?<!\dx)(?<!× )(?<!×)(\d+\.\d\d)(?![\d/])(?!\s*-?\s*(?:"
                    + "|".join(map(re.escape, sorted(UNITS, key=len, reverse=True))) + r")(?![a-z0-9]))")
# "12 x 12", "8 in x 800 ft", "3/8 x 3.75", "12 x 10 x 8": the sizes of one product, held together.
_PAIR = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:(?:in|ft|mm|cm|m)\s*)?x\s*(\d+(?:\.\d+)?)"
                   r"(?:\s*(?:(?:in|ft|mm|cm|m)\s*)?x\s*(\d+(?:\.\d+)?))?(?![\d.])")
# "47x100x4.8m", "2 x 4 x 8 ft": three sizes with one unit after the last, which is smaller than one before it:
# a section and its length (timber, steel, pipe). The unit is the length's alone: no one sells a beam 100 m
# deep and 4.8 m long. (A box, "18 x 12 x 10 in", writes its largest size first and the unit holds for all.)
_SECTION_AND_LENGTH = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*"
                                 r"(m|metres?|meters?|ft|feet|foot)(?![a-z0-9])")
# "280 x 4.8 mm", "33 x 40 in": the unit written once holds for both numbers.
_DIMENSION = re.compile(r"(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|inch|inches|ft|m|po|zoll)(?![a-z0-9])")
_PACK_ALT = "|".join(sorted(PACK_WORDS, key=len, reverse=True))
# "100/box", "100 pcs/box", "(1000/case)", "12 pads/pack": pieces per pack.
_COUNT_PER = re.compile(rf"(\d+)\s*(?:([a-z]+)\.?\s*)?(?:/|\bper\b|\bpar\b|\bpro\b|\bpor\b)\s*(?:{_PACK_ALT})\b")
# "box of 100", "case of 4", "boite de 100", "caja 1000" (not "box 12 x 10", "case 2 in").
_PIECES = r"pcs|pc|pieces|piezas|pzas|pza|pz|stk|stuck|ct|units|uds"
_COUNT_OF = re.compile(rf"\b(?:{_PACK_ALT})\s+(?:(?:of|de|a|von|mit|da)\s+)?(\d+)\b(?:\s*(?:{_PIECES})\b)?"
                       rf"(?![.,]?\d|\s*(?:x|-|/|[a-z]))")
# "100 ct", "12 pairs", "(5 stk)": pieces counted. (A number before "pk", "pkt" or "cs" is most often the
# quantity ordered: "10 Pkt" beside "100/pkt" must not contradict the pack.)
_COUNT_PACK = re.compile(r"\b(\d+)\s*-?\s*(?:ct|count|pairs|pair|pr|prs|pcs|pc|pieces|stk|uds|units|pzas|pza|pz|piezas|"
                         r"pieces|stuck)\b")
# "(box)", "(cs)", "per case": the unit the line is ordered in, written beside the words, not a product word.
_UNIT_ASIDE = re.compile(rf"\(\s*(?:{'|'.join(sorted(PACK_WORDS, key=len, reverse=True))})\s*\)"
                         rf"|\bper\s+(?:{'|'.join(sorted(PACK_WORDS, key=len, reverse=True))})\b(?!\s*\d)")
# "- 4 cs", "2 cases": an ordered quantity left in the text, not something the product is.
# (Not a dimension's last size: "18x12x10 boxes" are boxes of that size, not 10 of them.)
# (Nor a number written with a leading zero, a package's or a size's code: "RES 10K 1% 0805 REEL".)
_ORDERED = re.compile(rf"(?:^|(?<!x)[\s(-])(?!0\d)(\d+)\s*(?:{_PACK_ALT})\b(?!\s*(?:of|de|x)\b)")
_NUMBER = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)(?![0-9])")
_WORD = re.compile(r"[a-z][a-z0-9]*")

_SIZE_CODES = {
    "xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "xxl", "xxxl": "xxxl",
    "2xl": "xxl", "3xl": "xxxl", "xxxxl": "xxxxl", "4xl": "xxxxl", "xxxxxl": "xxxxxl", "5xl": "xxxxxl",
    "small": "s", "medium": "m", "large": "l", "xlarge": "xl", "xxlarge": "xxl",
    "xsmall": "xs", "tg": "xl",
    # "mediums same way", "XLs": so many of that size.
    "smalls": "s", "mediums": "m", "larges": "l", "xls": "xl", "xxls": "xxl",
}
# Letters some languages write sizes with, only right after a size label ("talla G", "taille TG").
_LABELLED_SIZE_CODES = {"g": "l", "ch": "s", "p": "s", "tg": "xl", "eg": "xl", "xg": "xl", "tp": "xs"}
_SIZE_PHRASE = re.compile(r"\b(?:(xx|x|extra)[ -]?(large|small)|([2-6])[ -]?xl)\b")
# North American sheet sizes by name (see PHRASES in catalog_words).
_PAPER_SIZES = {(8.5, 11.0): "letter", (8.5, 14.0): "legal", (11.0, 17.0): "tabloid"}


_UNIT_AFTER = re.compile(r"\s*(in|ft|mm|cm|m|yd)\b")
_UNIT_BETWEEN = re.compile(r"\d\s*(in|ft|mm|cm|m)\s*x")


def _mixed_units(m: re.Match[str]) -> bool:
    """Whether "A x B" writes its sizes in two units ("5/8 in x 75 ft", "16 mm x 23 m"): then each is also a
    measure of its own, held against the product's one by one in any unit."""
    between = _UNIT_BETWEEN.search(m.group(0))
    after = _UNIT_AFTER.match(m.string, m.end())
    return bool(between and after and between.group(1) != after.group(1))


# Letters no decomposition takes the mark off ("wiertło", "Øl", "æble"), and the German sharp s.
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})


def fold(text: str) -> str:
    """Lower case, accents off (the glossary is written without them), one spelling of marks."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().translate(_UNDECOMPOSED)


def _value(number: str) -> float:
    return round(float(number), 4)


# "1/2 X 10FT", "1 X 100FT": a bore or width in inches, then a length in feet many times it; the unit written
# once holds only for the length (no one sells a tube 1/2 ft across).
_LENGTH_AFTER_BORE = 8


def _dimension_units(m: re.Match[str]) -> str:
    first, second, unit = m.group(1), m.group(2), m.group(3)
    if UNITS.get(unit) == "ft" and _value(second) >= _LENGTH_AFTER_BORE * _value(first):
        return f"{first} x {second} {unit}"
    return f"{first} {unit} x {second} {unit}"


# A section in millimetres is at least this deep, and at least this many times the length in metres (a
# 25x38 batten 4.8 m long; a crate of 3 x 2 x 1 m is neither).
_SECTION_LEAST = 10.0
_SECTION_PER_LENGTH = 5.0


def _section_and_length(m: re.Match[str]) -> str:
    first, second, length, unit = m.groups()
    section = max(_value(first), _value(second))
    if section < _SECTION_LEAST or _value(length) * _SECTION_PER_LENGTH > section:
        return m.group(0)  # "3 x 2 x 1 m", "2 x 4 x 8 ft": one object's sizes, or a lumber's inches (below)
    # (The section's sizes stay bare numbers, each held against the product's in any unit; the three together
    # were read as the dimensions before this.)
    return f"{first} ; {second} ; {length} {unit}"


def _fraction_value(m: re.Match[str]) -> str:
    top, bottom = int(m.group(1)), int(m.group(2))
    # A size written as a fraction is in lowest terms ("3/4", never "12/16"): "12/16 oz" lids fit two cups,
    # "750/1000 ml" bowls are two sizes.
    if bottom and (top >= bottom or math.gcd(top, bottom) > 1):
        # A size is a proper fraction; "45/5" is two ratings written together (a dual capacitor's 45 and 5
        # MFD), never the 9 it divides to.
        return f" {top} {bottom} "
    return f"{top / bottom:.4g}" if bottom else m.group(0)


# A whole number this large before a fraction, apart from it, is another attribute: "ELL 90 1/2" is a
# 90-degree elbow of 1/2 in, not a size of 90 1/2 (a mixed size joins its parts with a dash or is small).
MIXED_WHOLE_MOST = 24


def _mixed_value(m: re.Match[str]) -> str:
    whole, top, bottom = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if whole >= MIXED_WHOLE_MOST and "-" not in m.group(0):
        return f"{whole} {m.group(2)}/{m.group(3)}"
    return f"{whole + top / bottom:.4g}" if bottom and top < bottom else m.group(0)


# "stabilized", "sanitised": a participle says what was done to the product ("stabilized tablets"), the agent
# noun ("stabilizer") names the product: the same first six letters must not make them one word.
# So does any longer participle of a word that names a product too: "bleached" flour is no bleach.
_PARTICIPLE = re.compile(r"[a-z]{4,}i[sz]ed$|[a-z]{5,}(?<!e)ed$")
# Plurals that change their ending.
_IRREGULAR = {"knives": "knife", "halves": "half", "shelves": "shelf", "loaves": "loaf", "leaves": "leaf"}


def stem(word: str) -> str:
    """Plural and spelling variants of one word to one key: "liners"/"liner", "microfibre"/"microfiber",
    "sanitiser"/"sanitizer" share their first six letters once the plural is off."""
    if _PARTICIPLE.match(word):
        return word[:6] + "-ed"
    word = _IRREGULAR.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word[:6]


_COMPOUND_HEADS = sorted((k for k in FOREIGN if len(k) >= 5 and k not in WHOLE_FOREIGN), key=len, reverse=True)


@lru_cache(maxsize=4096)
def _foreign(word: str) -> str | None:
    """The English word for a foreign product word: as written, without inflection, or as the head of
    a compound ("nitrilhandschuhe" ends in "handschuhe")."""
    for n, form in enumerate((word, word[:-1], word[:-2], word[:-3])):
        # (A word read whole only, "plat", "colle", "drap", is not in "platter", "college", "drapery".)
        if (n == 0 or (len(form) >= 4 and form not in WHOLE_FOREIGN)) and form in FOREIGN:
            return FOREIGN[form]
    if len(word) >= 9:
        for head in _COMPOUND_HEADS:
            before = word[: -len(head)]
            # (What comes before the head is a word of its own, "nitril"+"handschuhe"; a Latin prefix is
            # not: "compression" is no "com" + "pression".)
            # (An English head makes an English compound: "wallplate" is no wall of French "plate".)
            if word.endswith(head) and head not in _ENGLISH and (len(before) >= 4 or before in FOREIGN):
                return " ".join(filter(None, (FOREIGN.get(before, before), FOREIGN[head])))
    return None


# Spellings that differ between languages for one sound ("ph"/"f", "th"/"t", "ch"/"c", "k"/"c", "y"/"i",
# "z"/"s"), doubled letters, the "e" Spanish puts before "s" and a consonant ("estabilizador"), and the
# Italian "chia" for a Latin "cla" ("chiarificante"): written away before two words are compared.
_SPELLINGS = (("ph", "f"), ("th", "t"), ("chia", "cla"), ("ch", "c"), ("k", "c"), ("y", "i"), ("z", "s"))
_DOUBLED = re.compile(r"(.)\1")
_PROTHETIC = re.compile(r"^es(?=[bcdfgpt])")
# A cognate shares its beginning: at least this many letters, and this share of the shorter word.
COGNATE_PREFIX = 4
COGNATE_SHARE = 0.7


@lru_cache(maxsize=16384)
def _spelling(word: str) -> str:
    for written, said in _SPELLINGS:
        word = word.replace(written, said)
    return _PROTHETIC.sub("s", _DOUBLED.sub(r"\1", word))


# The ending that makes a verb of "-ize" a participle (what was done: "stabilized", "estabilizado",
# "stabilizzato", "stabilisiert") or an agent noun (what does it: "stabilizer", "estabilizador", "stabilisateur").
_DONE = re.compile(r"is(?:ed|ado|ada|ados|adas|ato|ata|ati|ate|iert|e)$")
_DOER = re.compile(r"is(?:er|ers|or|ador|adora|adores|atore|atori|ateur|ateurs)$")


def _role(word: str) -> str | None:
    return "done" if _DONE.search(word) else "doer" if _DOER.search(word) else None


@lru_cache(maxsize=65536)
def cognate(one: str, other: str) -> bool:
    """Whether two words in two languages are one word spelled each language's way ("tricloro"/"trichlor",
    "estabilizador"/"stabilizer"): they begin alike for most of the shorter word once the spellings that
    differ between languages are written one way. Short words are never taken for cognates."""
    if one == other or min(len(one), len(other)) < 5:
        return False
    a, b = _spelling(one), _spelling(other)
    roles = {_role(a), _role(b)}
    if roles == {"done", "doer"}:
        return False  # "estabilizado" is "stabilized", not "stabilizer"
    shorter = min(len(a), len(b))
    common = 0
    while common < shorter and a[common] == b[common]:
        common += 1
    return common >= COGNATE_PREFIX and common >= COGNATE_SHARE * shorter


# A catalog shortens a word to its first letter and some of the rest in order, a third of it or more ("syn"):
# "BRKR" breaker, "RCPT" receptacle, "CPLG" coupling, "DUP" duplex, "TGL" toggle; and buyers do the same.
ABBREVIATION_SHARE = 0.33


@lru_cache(maxsize=65536)
def abbreviates(short: str, long: str) -> bool:
    """Whether `short` is `long` written short: same first letter, the rest of its letters found in `long` in
    order, at least three letters and a third of the word, and two letters fewer. Whole words
    ("bag", "plate") are not taken for a shortening of another."""
    singular = long[:-1] if long.endswith("s") else long
    if len(short) < 3 or len(long) < len(short) + 2 or len(short) < ABBREVIATION_SHARE * len(singular):
        return False
    if short[0] != long[0] or not short.isalpha() or short in _ENGLISH:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def cut_short(short: str, word: str) -> bool:
    """Whether `short` is `word` cut off after its first letters ("cap" of "capacitor"; stems compared)."""
    return len(short) >= 3 and len(word) >= len(short) + 2 and word.startswith(short)


def compound_of(word: str, head: str) -> bool:
    """Whether `word` is an English compound ending in `head`: "wallplates" in "plate", "multimeter" in
    "meter" (at least three letters before a head of four or more)."""
    singular = word[:-1] if word.endswith("s") else word
    return len(head) >= 4 and len(singular) >= len(head) + 3 and singular.endswith(head)


def shortened(one: str, other: str) -> bool:
    """Either word written short for the other."""
    return abbreviates(one, other) or abbreviates(other, one)


def initials_key(letters: str) -> str:
    return "".join(sorted(letters))


@dataclass
class Wording:
    """What one description says. `words` are stems; `translated` those that came from the glossary."""

    words: set[str] = field(default_factory=set)
    translated: set[str] = field(default_factory=set)
    spelled: dict[str, str] = field(default_factory=dict)  # stem -> the word as written (for cognates)
    # stem of a translated word -> the foreign word it was read from (a catalog may read it in another sense)
    sources: dict[str, str] = field(default_factory=dict)
    measures: set[tuple[str, float]] = field(default_factory=set)  # (unit, value); unit "" when bare
    ranges: set[tuple[str, float, float]] = field(default_factory=set)
    counts: set[float] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)  # grade/class/type/.../thread/metric -> value
    colours: set[str] = field(default_factory=set)
    sizes: set[str] = field(default_factory=set)
    pairs: set[tuple[float, ...]] = field(default_factory=set)  # "A x B (x C)" dimensions
    mixed: set[tuple[float, ...]] = field(default_factory=set)  # of those, written in two units ("5/8 in x 75 ft")
    amounts: set[float] = field(default_factory=set)  # bare numbers written like money: stated, never required
    # What it says it is without ("no flow control", "non-chlorinated", "not long life"): the first word after
    # the negation, as a key. A product lacking what a line asks for, or having what it refuses, is not it.
    lacks: set[str] = field(default_factory=set)
    # Words saying what the thing goes with ("lids for 12 oz hot cups", "filters to suit the X200"): they
    # count where the product names them too, and cost nothing where it does not.
    context: set[str] = field(default_factory=set)
    # The first letters of two to four words in a row, and those words' keys: "HD" for "heavy duty" or
    # "high density", "EVOO" for "extra virgin olive oil" (keyed by initials_key: in any order, as a catalog
    # writes "OIL OLIVE EXTRA VIRGIN").
    initials: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Short forms written before the glossary took them for their words ("SS" read as stainless): still
    # initials of what the other side spells out ("set screw").
    written_short: set[str] = field(default_factory=set)
    # Two words in a row written as one ("high bay" for "HIGHBAY"): the joined key and the two keys.
    joined: dict[str, tuple[str, str]] = field(default_factory=dict)

    def values(self) -> set[float]:
        """Every number it states, whatever its unit."""
        found = {v for _, v in self.measures} | self.counts
        for _, low, high in self.ranges:
            found |= {low, high}
        return found | self.diameter()

    def diameter(self) -> set[float]:
        """The diameter in inches its thread states: "1/4-20" is a 1/4 in rod or bolt."""
        m = _THREAD_DIAMETER.match(self.labels.get("thread", ""))
        return {_value(str(int(m.group(1)) / int(m.group(2))))} if m and int(m.group(2)) else set()


# A component's value written with its unit's letter for the decimal point (IEC 60062): "4k7" is 4.7 kΩ, "4r7"
# 4.7 Ω, "2n2" 2.2 nF, "4p7" 4.7 pF, "2u2" 2.2 µF; "100r" is 100 Ω.
_COMPONENT_CODE = re.compile(r"(?<![\w./])(\d{1,3})([krpnu])(\d{1,2})(?![\w.])|(?<![\w.])(\d{1,4})r(?![\w.])")
_COMPONENT_UNIT = {"k": "k", "r": "ohm", "p": "pf", "n": "nf", "u": "uf"}
# "22p C0G", "100n 0603 50V": a capacitance without its "F", beside a capacitor's words; or, beside a voltage, ten
# picofarads or more, or nanofarads ("2P 30A 240V" is a two-pole breaker).
_CAPACITOR_WORDS = re.compile(r"\b(?:cap|caps|capacitor|capacitors|mlcc|x7r|x5r|c0g|np0|electrolytic|tantalum"
                              r"|kondensator|condensatore|condensateur|condensador)\b")
_VOLTAGE = re.compile(r"\b\d+(?:\.\d+)?\s?v\b")
_BARE_CAPACITANCE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([pnu])(?![\w.])")


def _bare_capacitance(t: str) -> str:
    named = _CAPACITOR_WORDS.search(t) is not None
    if not named and _VOLTAGE.search(t) is None:
        return t

    def value(m: re.Match[str]) -> str:
        if named or m.group(2) == "n" or (m.group(2) == "p" and float(m.group(1)) >= 10):
            return f"{m.group(1)}{m.group(2)}f"
        return m.group(0)

    return _BARE_CAPACITANCE.sub(value, t)


def _component_value(m: re.Match[str]) -> str:
    if m.group(4) is not None:
        return f"{m.group(4)} ohm"
    return f"{m.group(1)}.{m.group(3)} {_COMPONENT_UNIT[m.group(2)]}"


def read_wording(text: str) -> Wording:
    """Read a description into its words and attributes (see the module docstring)."""
    w = Wording()
    t = " " + fold(text) + " "
    t = _THOUSANDS.sub("", t)
    t = _DECIMAL_COMMA.sub(".", t)
    t = _BARE_DECIMAL.sub(r"0.\1", t)
    t = _COMPONENT_CODE.sub(_component_value, t)
    t = _bare_capacitance(t)
    for pattern, replacement in PHRASES:
        t = pattern.sub(replacement, t)

    def amount(m: re.Match[str]) -> str:
        w.amounts.add(_value(m.group(1)))
        return " "

    def acidity(m: re.Match[str]) -> str:
        w.labels["ph"] = format(float(m.group(1) or m.group(2)), "g")  # "pH 7,00" and "pH 7" are one pH
        return " ph "

    t = _PH.sub(acidity, t)  # (before money: "pH 7.00" is no price)

    def lacking(m: re.Match[str]) -> str:
        w.lacks.add(stem(m.group(2)))
        # (A foreign word said absent is absent in the catalog's words too: "sin tapa" has no lid.)
        english = None if m.group("prefix") or _known_english(m.group(2)) else _foreign(m.group(2))
        w.lacks.update(stem(x) for x in (english or "").split())
        # ("non-chlorinated", "anti-slip" stay a word of their own, as "antibacterial" written whole is one.)
        return f" {m.group('prefix')}{m.group(2)} " if m.group("prefix") else " "

    t = _NEGATED.sub(lacking, t)

    def viscosity(m: re.Match[str]) -> str:
        w.labels["viscosity"] = f"{int(m.group(1))}w{m.group(2)}"
        return " "

    t = _VISCOSITY.sub(viscosity, t)

    def strength(m: re.Match[str]) -> str:
        w.labels["strength"] = m.group(1) or m.group(2)
        return " "

    t = _STRENGTH.sub(strength, t)

    t = _GLUED_REFERENCE.sub(_reference, t)
    t = _HYPHENATED_MODEL.sub(r"\1\2", t)
    t = _RELATIVE_SIZE.sub(" ", t)
    t = _HALF.sub(r" 0.5 \1 ", t)
    t = _LONE_VOLUME.sub(r"\1 1 \2", t)
    t = _POUND_MARK.sub(r"\1 lb ", t)  # (first: "12/2#" is twelve 2 lb bags)
    t = _WEIGHED_SACK.sub(r"\1 ", t)
    t = _CASE_NOTATION.sub(_case, t)
    t = _CASE_OF_ONE.sub(r"\1 x 1 ", t)
    t = _MONEY.sub(amount, t)
    t = _NUMBER_WORD.sub(lambda m: NUMBER_WORDS[m.group(1)], t)

    def poles(m: re.Match[str]) -> str:
        w.labels["poles"] = m.group(1) or m.group(2) or _POLE_WORDS[m.group(3)]
        return " "

    t = _POLES.sub(poles, t)

    def gangs(m: re.Match[str]) -> str:
        w.labels["gangs"] = m.group(1)
        return " gang "

    t = _GANGS.sub(gangs, t)
    t = _PLURAL_NUMBER.sub(r"\1", t)
    t = _INCH_MARK.sub(r"\1 in ", t)
    t = _FOOT_MARK.sub(r"\1 ft ", t)
    t = _METRIC_X.sub(r"m\1 x ", t)
    t = _DIGIT_X_DIGIT.sub(" x ", t)
    t = _SIZE_PHRASE.sub(lambda m: "x" * int(m.group(3)) + "l" if m.group(3) else
                         {"x": "x", "extra": "x", "xx": "xx"}[m.group(1)] + m.group(2), t)

    def thread(m: re.Match[str]) -> str:
        w.labels["thread"] = f"{m.group(1)}-{m.group(2)}"
        if m.group(1).startswith("m"):
            w.labels["metric"] = m.group(1)[1:]  # "M10-1.5" is an M10 thread
        return " "

    t = _THREAD.sub(thread, t)

    def metric(m: re.Match[str]) -> str:
        w.labels["metric"] = m.group(1)
        return " "

    t = _METRIC.sub(metric, t)

    def labelled(m: re.Match[str]) -> str:
        kind = _LABEL_KIND.get(m.group(1), m.group(1))
        if kind in _NUMERIC_LABELS and not m.group(2)[0].isdigit() and m.group(1) != "grade" \
                and not (kind == "level" and m.group(2) in _LETTER_LEVELS):
            return m.group(0)  # "gr L" is a size label (German Groesse), not a grade; "grade A" is a grade
        w.labels[kind] = m.group(2)
        return " "

    t = _GLUED_WORD_NUMBER.sub(lambda m: m.group(0) if m.group(1) in _NOT_GLUED else f"{m.group(1)} {m.group(2)}", t)
    t = _LABELLED.sub(labelled, t)
    def rating(m: re.Match[str]) -> str:
        w.labels["merv"] = m.group(1)
        return " merv "

    def numbered(m: re.Match[str]) -> str:
        w.labels["number"] = m.group(1)
        return " "

    t = _RATING.sub(rating, t)
    for m in _LETTER_CODE.finditer(t):
        w.labels[f"{m.group(1)} code"] = m.group(2)
    t = _NUMBERED.sub(numbered, t)
    t = _HASH_NUMBER.sub(lambda m: f" {m.group(1)} ", t)

    def conductors(m: re.Match[str]) -> str:
        if int(m.group(1)) <= int(m.group(2)):
            return m.group(0)
        w.labels["conductors"] = f"{m.group(1)}/{m.group(2)}"
        return " "

    t = _CONDUCTORS.sub(conductors, t)
    t = _MIXED.sub(_mixed_value, t)
    t = _FRACTION.sub(_fraction_value, t)

    def count(m: re.Match[str]) -> str:
        if m.re is _COUNT_PER and m.group(2) in UNITS:
            return m.group(0)  # "1000 ft/roll": a measure of the roll, not pieces in it
        w.counts.add(_value(m.group(1)))
        return " "

    t = _COUNT_PER.sub(count, t)
    t = _COUNT_OF.sub(count, t)
    t = _COUNT_PACK.sub(count, t)
    t = _ORDERED.sub(" ", t)
    t = _UNIT_ASIDE.sub(" ", t)  # (after the counts: "100 per box" is a count per pack)

    def measure(m: re.Match[str]) -> str:
        unit = UNITS[m.group(3)]
        if unit in _WHOLE_UNITS and m.group(2) is None and _value(m.group(1)) % 1:
            # "3/8 comp" is a 3/8 in compression fitting: compartments, plies and sheets come whole.
            return m.group(0)
        before = m.string[max(0, m.start(1) - 2):m.start(1)]
        # (A diameter's sign, "Ø16mm", folds to a lone "o": the measure is the diameter's.)
        glued = bool(before) and (before[-1].isalpha() or before[-1] in ".,") \
            and not (before[-1] == "o" and (len(before) < 2 or not before[0].isalpha()))
        if glued and m.group(2) is None:
            return m.group(0)  # "C0G", "X7R", "M479 in the office": a code with its number, no measure
        if m.group(2) is not None and glued:
            # "S275 - 6.0m": a number glued to letters (a steel grade) opens no range; the length is 6 m alone
            w.measures.add((unit, _value(m.group(2))))
            return m.group(1) + " "
        if m.group(2) is not None:
            low, high = _value(m.group(1)), _value(m.group(2))
            if low < high or unit in {"awg"}:
                w.ranges.add((unit, min(low, high), max(low, high)))
                return " "
            w.measures.add((unit, low))
            w.measures.add((unit, high))
            return " "
        w.measures.add((unit, _value(m.group(1))))
        return " "

    for m in _PAIR.finditer(t):
        pair = tuple(_value(g) for g in m.groups() if g is not None)
        w.pairs.add(pair)
        if _mixed_units(m):
            w.mixed.add(pair)
    t = _SECTION_AND_LENGTH.sub(_section_and_length, t)
    t = _DIMENSION.sub(_dimension_units, t)
    t = _UNIT.sub(measure, t)
    for m in _NUMBER.finditer(t):
        w.measures.add(("", _value(m.group(1))))
    t = _NUMBER.sub(" ", t)
    # A sheet size named by its dimensions is the size's name too, as the name is its dimensions (PHRASES):
    # "letter paper" and "paper, 8.5 x 11 in" say the same, whichever way each side wrote it.
    goes_with = _GOES_WITH.search(t)
    if goes_with:  # (the words saying so are no words of the thing: "to suit", "fits")
        t = t[:goes_with.start()] + " " * (goes_with.end() - goes_with.start()) + t[goes_with.end():]
    words = _WORD.findall(t) + [name for pair, name in _PAPER_SIZES.items() if pair in w.pairs]
    # (Only after a word naming the thing: "for the kitchen: paper towels" says nothing of what they fit.)
    context_from = len(_WORD.findall(t[:goes_with.start()])) if goes_with and _WORD.search(t[:goes_with.start()]) \
        else len(words)
    for i in range(len(words)):
        for k in range(2, 5):
            run = words[i:i + k]
            if len(run) == k and all(r.isalpha() and len(r) > 1 for r in run):
                w.initials.setdefault(initials_key("".join(r[0] for r in run)), tuple(stem(r) for r in run))
    for first, second in zip(words, words[1:], strict=False):
        if first.isalpha() and second.isalpha() and len(first) > 1 and len(second) > 1:
            w.joined.setdefault(stem(first + second), (stem(first), stem(second)))
    previous: str | None = None
    for i, raw in enumerate(words):
        english = SYNONYMS.get(raw)
        if english is not None and 2 <= len(raw) <= 4 and raw.isalpha():
            w.written_short.add(raw)
        translated = False
        if english is None and raw not in COLOUR_WORDS and not _known_english(raw):
            english = _foreign(raw)
            translated = english is not None
        for word in (english or raw).split():
            colour = COLOUR_WORDS.get(word)
            if colour is not None:
                if previous not in NEGATIONS:
                    w.colours.add(colour)
                    w.words.add(colour)
                previous = word
                continue
            size = _size_of(word, previous, words[i + 1] if i + 1 < len(words) else None, i == len(words) - 1)
            if size is not None:
                w.sizes.add(size)
                previous = word
                continue
            previous = word
            # (A packing word left after its number was read - "corrugated box", "tool case" - names the
            # product itself; packing said with a number was taken out above.)
            if word in STOPWORDS or word in NEGATIONS or word in SIZE_LABELS or len(word) < 2:
                continue
            key = stem(word)
            w.words.add(key)
            # (A model it goes with, "for the M402", is a word the product must say: its description lists
            # the machines it fits, and one listing others fits another.)
            if i >= context_from and not _MODEL_WORD.fullmatch(word):
                w.context.add(key)
            if translated:
                w.translated.add(key)
                w.sources[key] = raw
            elif english is None and len(word) > len(w.spelled.get(key, "")):
                w.spelled[key] = word
    return w


def like_above(line: Wording, above: Wording) -> Wording:
    """A line that names no product ("orange XL", "mediums same way") read as the line above it with what
    it states instead: the above's words, and each attribute this line states replacing the above's."""
    return Wording(
        words=set(above.words), translated=set(above.translated), spelled=dict(above.spelled),
        measures=line.measures or set(above.measures), ranges=line.ranges or set(above.ranges),
        counts=line.counts or set(above.counts), labels={**above.labels, **line.labels},
        colours=line.colours or set(above.colours), sizes=line.sizes or set(above.sizes),
        pairs=line.pairs or set(above.pairs), mixed=set(line.mixed if line.pairs else above.mixed), amounts=set())


def states_attributes(w: Wording) -> bool:
    """Whether a reading states anything a product is told apart by (a size, a colour, a measure...)."""
    return bool(w.sizes or w.colours or w.measures or w.ranges or w.counts or w.labels or w.pairs)


def only_attributes(text: str) -> bool:
    """Whether a short text states only attributes ("4000K", "6x6", "1-ply"): a reading that took a
    size or a measure for the item's code."""
    if not re.search(r"[a-z]", text.lower()):
        return False
    w = read_wording(text)
    return not w.words and bool({u for u, _ in w.measures if u} or w.pairs or w.ranges or w.labels or w.sizes)


def _known_english(word: str) -> bool:
    # (A plural of an English word is English: "plates" is no French "plat".)
    return word in _ENGLISH or (word.endswith("s") and (word[:-1] in _ENGLISH or word[:-2] in _ENGLISH))


# Words the glossary must not take for foreign ones ("pour" is French, "pot" is not).
_ENGLISH = frozenset(
    "glove gloves box case pack roll black white blue red green yellow clear large medium small size nitrile vinyl "
    "latex foam soap cup cups lid lids fork knife spoon napkin napkins towel towels tissue liner liners bag bags "
    "mop bucket cleaner glass floor paper plastic film foil container containers vest vests hat hats screw screws "
    "nut nuts bolt bolts washer washers tape wire pipe valve elbow tube lamp cloth cloths plate standard heavy "
    "natural kraft refill spray concentrate dinner beverage hinged wrapped steel stainless zinc brass copper "
    "jumbo flat side down press wringer wet head band looped cut end blended cotton ready use trigger bottle "
    # (English spellings ending in a glossary word: "microfibre" is not "micro" + the French "fibre".)
    "microfibre microfibres microfiber microfibers "
    # (English words a trade's foreign word is the start of: "jacket" is no Swedish "jacka" with its ending, "paired"
    # no French "paire", "chained" no "chaine".)
    "jacket jackets jacked jackal jackals jackass chained paired pedaled pedaling logotype logotypes".split())


def _size_of(word: str, before: str | None, after: str | None, last: bool) -> str | None:
    """A size code, when this word stands as one (see matching.catalog.sizes for the lone letters)."""
    if before in SIZE_LABELS and word in _LABELLED_SIZE_CODES:
        return _LABELLED_SIZE_CODES[word]
    size = _SIZE_CODES.get(word)
    if size is None:
        return None
    if word not in {"s", "m", "l"}:
        return size
    if before in SIZE_LABELS or last or before in COLOUR_WORDS or after in COLOUR_WORDS or after is None:
        return size
    # "gloves L the A4 ones", "vests M for the new crew": a letter after a product word and before a word
    # that names nothing stands as a size; "Type S screws" (a label) and "5 L" (litres) do not.
    # First in a line, before a word that names nothing ("L same", "M too"): a size said for the line above.
    if before is None and after in STOPWORDS:
        return size
    # So does one before a code-like word that names a grade or a standard ("gloves L A4", "masks M N95"), and one
    # between two words ("Helm city M mat zwart": the helmet in M, matt black).
    if before is not None and len(before) >= 3 and before.isalpha() and (
            after in STOPWORDS or (after is not None and not after.isalpha() and not after.isdigit())
            or (after is not None and len(after) >= 3 and after.isalpha())):
        return size
    return None


# ---------------------------------------------------------------------------------------------- comparing


@dataclass(frozen=True)
class Verdict:
    """How a candidate product stands against what the line says."""

    contradicted: str | None  # the attribute the line states differently ("size", "oz", "colour"...)
    confirmed: int  # attributes the line states that the product states the same
    unconfirmed: int  # attributes the line states that the product does not state at all
    # Of those, a colour said of a product that states no colour at all: catalogs leave the colour of a product
    # made in one colour unsaid (bath tissue is white), so it counts as no evidence for it, not against it.
    colour_unsaid: int = 0


# Each unit's size in one base unit of its kind, to hold "5 ltr" against "1.3 gal" or "25kg" against "55 lb"
# ("oz" is a volume beside ml and a weight beside grams).
_KINDS = {
    "volume": {"l": 1000.0, "cl": 10.0, "ml": 1.0, "ul": 0.001, "gal": 3785.41, "qt": 946.353, "oz": 29.5735},
    "weight": {"kg": 1000.0, "g": 1.0, "lb": 453.592, "oz": 28.3495},
    "length": {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "ft": 304.8, "yd": 914.4},
    "capacitance": {"pf": 1.0, "nf": 1000.0, "uf": 1000000.0},
}
# A converted number this close (a share of the product's) is the product's own, written in another system.
NEAR = 0.04
# A jug holds one volume and a bag one weight: a volume or weight this far from every one the product states
# is another product. (Lengths never contradict this way: a cable tie has a length and a width, and
# "280 x 4.8 mm" may lend its unit to the wrong number.)
FAR = 0.15
_SINGLE_VALUED = frozenset({"volume", "weight"})


def _one_length(unit: str, line: Wording, product: Wording) -> bool:
    """Whether the line and the product each state one length and nothing else sized ("brush 60 cm" against
    "brush 10 in"): then the length is the product's size, and another is another product."""
    lengths = _KINDS["length"]
    if unit not in lengths or line.pairs or product.pairs or product.ranges or line.ranges:
        return False
    return sum(u in lengths for u, _ in line.measures) == 1 and sum(u in lengths for u, _ in product.measures) == 1


def _converted(unit: str, value: float, product: Wording) -> tuple[float, bool] | None:
    """How far (a share) the measure is from the nearest the product states of its kind in another unit, and
    whether that kind holds one value per product; None when the product states none of its kind."""
    nearest: float | None = None
    single = False
    for kind, factors in _KINDS.items():
        if unit not in factors:
            continue
        base = value * factors[unit]
        for u, low, high in [(u, lo, hi) for u, lo, hi in product.ranges if u in factors and u != unit] + \
                [(u, v, v) for u, v in product.measures if u in factors and u != unit]:
            low, high = low * factors[u], high * factors[u]
            gap = 0.0 if low <= base <= high else min(abs(base - low) / low, abs(base - high) / high)
            if nearest is None or gap < nearest:
                nearest, single = gap, kind in _SINGLE_VALUED
    return None if nearest is None else (nearest, single)


# Dimensions written in centimetres or millimetres against inches, and back; a sheet in metres or feet
# against its millimetres ("2.4 x 1.2" and "8x4" are the 2440 x 1220 mm board).
_PAIR_FACTORS = (1 / 2.54, 1 / 25.4, 2.54, 25.4, 1000.0, 1 / 1000, 304.8, 1 / 304.8)


def _converted_pair(pair: tuple[float, ...], theirs: tuple[float, ...]) -> bool:
    """Whether `pair` is `theirs` in the other measuring system (each side within 4%, as for measures); a
    sheet's two sizes in either order ("8x4" feet for 1220 x 2440 mm)."""
    return len(pair) == len(theirs) and any(
        all(abs(a * f - b) <= 0.04 * b for a, b in zip(ours, theirs, strict=True))
        for f in _PAIR_FACTORS for ours in {pair, tuple(reversed(pair))})


_IN_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0}


def _metric_pair(pair: tuple[float, ...], theirs: tuple[float, ...], line: Wording, product: Wording) -> bool:
    """Whether `pair` is `theirs` written in another metric unit, each side's unit the one its sizes are measured
    in ("100x100mm" and "10x10cm"). Pairs carry no unit, so the units come from the measures of their sizes."""
    ours = {u for u, v in line.measures if u in _IN_MM and v in pair}
    other = {u for u, v in product.measures if u in _IN_MM and v in theirs}
    return len(pair) == len(theirs) and any(
        all(abs(a * _IN_MM[u] - b * _IN_MM[w]) <= 0.01 * b * _IN_MM[w] for a, b in zip(pair, theirs, strict=True))
        for u in ours for w in other if u != w)


def _same_sizes(pair: tuple[float, ...], theirs: tuple[float, ...]) -> bool:
    """The same sizes, or the first sizes of theirs ("4.5 x .045" of a 4-1/2 x .045 x 7/8 wheel)."""
    return pair == theirs or (len(theirs) > len(pair) and theirs[:len(pair)] == pair)


def _sizes_turned(pair: tuple[float, ...], theirs: tuple[float, ...]) -> bool:
    """The same sizes written the other way round ("100x47" for the 47x100 section)."""
    return sorted(pair) == sorted(theirs[:len(pair)])


# "#12 wire" is 12 gauge: a numbered wire or sheet is numbered by its gauge.
_GAUGE = "awg"


def _numbered(w: Wording) -> set[float]:
    number = w.labels.get("number")
    return {float(number)} if number is not None else set()


def _in_range(value: float, ranges: Iterable[tuple[str, float, float]], unit: str) -> bool:
    return any(u == unit and low <= value <= high for u, low, high in ranges)


def compare(line: Wording, product: Wording, pack_size: int = 1) -> Verdict:
    """Each attribute the line states, held against the product: the same, absent, or different."""
    confirmed = unconfirmed = 0
    # (A numbered label, "#9", is the number a bare "9" on the other side writes.)
    # (A pack of one says nothing: a bare "1" in the line, "ELL 90 ... 1", is a size, not that pack.)
    values = product.values() | ({float(pack_size)} if pack_size > 1 else set()) | _numbered(product)
    units = {u for u, _ in product.measures if u} | {u for u, _, _ in product.ranges}
    for unit, value in line.measures:
        if unit == "g" and "gangs" in product.labels and value in (1, 2, 3, 4):
            # "1g dry lining", "2g 2way": a wiring accessory's gangs, not grams
            if product.labels["gangs"] != format(value, "g"):
                return Verdict("gangs", confirmed, unconfirmed)
            confirmed += 1
            continue
        if unit == "in" and value in product.diameter():
            confirmed += 1  # "1/4 in" rod or bolt: the diameter its thread states
            continue
        if unit and ("", value) in product.measures:
            # The product writes the number bare where the line gives its unit: the "2" of "TAPE 2X110YD" is
            # the 2 in of the buyer's "2\" tape", the 1/2 of "3/8 COMP X 1/2 FIP 20IN" the buyer's 1/2".
            confirmed += 1
            continue
        if unit and unit not in units:
            # Written in another unit of its kind ("280 mm" for an 11 in product, "5 ltr" for a gallon jug):
            # held against the product's in that unit, never against a bare number ("1 qt" is not "1 gal").
            converted = _converted(unit, value, product)
            if converted is not None:
                gap, single = converted
                single = single or _one_length(unit, line, product)
                if gap <= NEAR:
                    confirmed += 1
                elif single and gap > FAR:
                    return Verdict(unit, confirmed, unconfirmed)
                else:
                    unconfirmed += 1
                continue
        if unit and unit in units:
            # The product states this measure: it must be the one the line asks for.
            if (unit, value) in product.measures or _in_range(value, product.ranges, unit):
                confirmed += 1
                continue
            return Verdict(unit, confirmed, unconfirmed)
        if unit:
            # A measure of a kind the product does not state: only a bare number or a count of the product's
            # may be it ("100 sheets" for "100/pack"), never another unit's number ("1 qt" is not "1 gal").
            if ("", value) in product.measures or value in product.counts or (value == pack_size > 1) \
                    or (unit == _GAUGE and value in _numbered(product)):
                confirmed += 1
            else:
                unconfirmed += 1
            continue
        if value in values or any(low <= value <= high for _, low, high in product.ranges):
            confirmed += 1
        elif any(value in pair for pair in line.pairs):
            continue  # a number of "40x40": the dimensions decide, not the number alone
        else:
            unconfirmed += 1
    # (A number written as money on both sides, "9.03", is the same designation: a shade, a model. A product
    # naming a bare number of its own, a designation, is not the one whose number the line writes: "6.66" is
    # not the shade "1.0".)
    for value in line.amounts:
        if value in values or value in product.amounts:
            confirmed += 1
        elif product.amounts or any(not unit for unit, _ in product.measures):
            unconfirmed += 1
    for unit, low, high in line.ranges:
        if (unit, low, high) in product.ranges:
            confirmed += 1
        elif unit in units:
            return Verdict(unit, confirmed, unconfirmed)
        else:
            unconfirmed += 1
    for value in line.counts:
        if value in product.counts or value == pack_size or value in values:
            confirmed += 1
        elif product.counts:
            return Verdict("count per pack", confirmed, unconfirmed)
        else:
            unconfirmed += 1
    for kind, value in line.labels.items():
        theirs = product.labels.get(kind)
        if theirs is None and kind == "type" and product.labels.get("t code") == value:
            confirmed += 1  # "type 27" is the T27 a catalog writes
        elif theirs is None and kind == "number" and (("", float(value)) in product.measures
                                                    or (_GAUGE, float(value)) in product.measures):
            confirmed += 1
        elif theirs is None and kind == "gangs" and ("", float(value)) in product.measures:
            confirmed += 1  # "1 gang" where the product writes its number bare ("COVER 4SQ 1 DEVICE")
        elif theirs is None and kind == "grade" and value.isdigit() and ("", float(value)) in product.measures:
            confirmed += 1  # German "Gr. 8" is Größe 8: the size a catalog writes "size 8"
        elif theirs is None:
            unconfirmed += 1
        elif theirs == value:
            confirmed += 1
        else:
            return Verdict(kind, confirmed, unconfirmed)
    for pair in line.pairs:
        if any(_same_sizes(pair, theirs) for theirs in product.pairs):
            confirmed += 1
        elif any(_sizes_turned(pair, theirs) for theirs in product.pairs):
            # Not a contradiction, yet less than the sizes in the order written: where a product is sized
            # both ways (a 12 x 10 and a 10 x 12 frame), the one written so stays ahead.
            unconfirmed += 1
        elif any(_metric_pair(pair, theirs, line, product) for theirs in product.pairs):
            confirmed += 1  # "100X100MM" for a 10X10CM swab: the same sizes in another metric unit
        elif any(_converted_pair(pair, theirs) for theirs in product.pairs):
            # "30x30 cm" for a 12 x 12 in cloth: the same size in the other system, as near as a converted
            # measure ("280 mm" for 11 in) and counted the same. A match by description is always a doubt
            # for a clerk, and a product sized exactly so stays tied with it.
            confirmed += 1
        elif pair in line.mixed:
            continue  # "16 mm x 23 m": each size is a measure of its own, held one by one above
        elif product.pairs:
            return Verdict("dimensions", confirmed, unconfirmed)
        else:
            unconfirmed += 1
    colour_unsaid = 0
    if line.colours:
        if not product.colours:
            unconfirmed += 1
            colour_unsaid = 1
        elif line.colours <= product.colours:
            confirmed += 1
        else:
            return Verdict("colour", confirmed, unconfirmed)
    if line.sizes:
        if not product.sizes:
            unconfirmed += 1
        elif line.sizes <= product.sizes:
            confirmed += 1
        else:
            return Verdict("size", confirmed, unconfirmed)
    return Verdict(None, confirmed, unconfirmed, colour_unsaid)


def differences(products: list[Wording]) -> list[str]:
    """What tells these products apart (size, colour, oz, count per pack...), for the clerk's doubt."""
    kinds: list[str] = []

    def differ(name: str, values: list[object]) -> None:
        if len({repr(v) for v in values}) > 1 and name not in kinds:
            kinds.append(name)

    differ("size", [sorted(p.sizes) for p in products])
    differ("colour", [sorted(p.colours) for p in products])
    differ("count per pack", [sorted(p.counts) for p in products])
    differ("number", [sorted(v for u, v in p.measures if not u) for p in products])
    differ("dimensions", [sorted(p.pairs) for p in products])
    for kind in sorted({k for p in products for k in p.labels}):
        differ(kind, [p.labels.get(kind) for p in products])
    for unit in sorted({u for p in products for u, _ in p.measures if u} | {u for p in products for u, *_ in p.ranges}):
        differ(unit, [sorted([v for u, v in p.measures if u == unit] + [lo for u, lo, _ in p.ranges if u == unit])
                      for p in products])
    if not kinds:
        differ("wording", [sorted(p.words) for p in products])
    return kinds or ["description"]


def idf(document_frequency: int, documents: int) -> float:
    return math.log(1 + documents / max(document_frequency, 1))


# An attribute the line states counts like a rare word; one the product does not state costs this much on
# top of not counting ("12 oz" against a product that names no size at all may still be it, or not).
ATTRIBUTE_WEIGHT = 3.0
UNCONFIRMED_PENALTY = 6.0
# A word that came from the foreign glossary counts for less than one the buyer wrote in the catalog's
# language: the glossary ranks suggestions for a clerk, it is not evidence enough to pick a product.
TRANSLATED_WEIGHT = 0.8
# A word no product uses tells no product from another, but it is something the product does not say.
UNKNOWN_WORD_WEIGHT = 1.0
# A word the line cuts short counts for this share of a whole one: the cut may fit several words.
CUT_WEIGHT = 0.7
# A cognate counts as a translated word: a foreign spelling close to ours ranks a suggestion, never picks alone.
COGNATE_WEIGHT = TRANSLATED_WEIGHT
# How much of the line the product accounts for weighs most: buyers write few words, the catalog many.
LINE_SHARE = 0.75


@dataclass(frozen=True)
class Fit:
    """`score` 0-100 ranks products; `accounted` is the share of what the line says that the product
    accounts for: two products with the same share differ only by what the line leaves unsaid."""

    score: float
    accounted: float


@dataclass(frozen=True)
class _Found:
    """Where each of the line's words is found among the product's: as the same word, or cut short, spelled
    another language's way, written short, as initials, as an English compound or two words joined."""

    shared: set[str]
    cut: dict[str, str]  # line word -> the product word it begins
    akin: dict[str, str]  # line word -> the product word it is a cognate of
    short: dict[str, str]  # line word -> the product word one of them writes short
    initialled: dict[str, tuple[str, ...]]  # line word -> the product's words it gives the initials of
    spelled_out: dict[str, tuple[str, ...]]  # product word -> the line's words it gives the initials of
    headed: dict[str, str]  # line word -> the product word it ends in
    joined: dict[str, tuple[str, str]]  # product word -> the two line words it joins

    def named(self, product: Wording) -> set[str]:
        """The product's words the line names, one way or another."""
        return self.shared | set(self.cut.values()) | set(self.akin.values()) | set(self.short.values()) \
            | {x for run in self.initialled.values() for x in run} | (set(self.spelled_out) & product.words) \
            | set(self.headed.values()) | set(self.joined)

    def in_product_words(self, rest: set[str]) -> set[str]:
        """Of the line's words in `rest`, those standing in a run the product writes as one word or initials."""
        return ({x for run in self.spelled_out.values() for x in run}
                | {x for pair in self.joined.values() for x in pair}) & rest


def _found(line: Wording, product: Wording, frequency: dict[str, int]) -> _Found:
    shared = line.words & product.words
    # A word cut short ("disinf", "tiss", "sanit"): the product word it begins, for a little less.
    # (Three letters are a cut only when no product uses them as a word: "alk", "neu".)
    # (Nor where the catalog itself writes them short now and then, "Adj Arc" beside "Adjustable Arc": the
    # whole word, written more often, is what they stand for.)
    cut = {w: p for w in line.words - shared for p in product.words - shared if p.startswith(w)
           and (len(w) >= 4 or len(w) == 3 and (not frequency.get(w) or (
               w not in _ENGLISH and p != w and frequency.get(p, 0) > frequency[w])))}
    # The catalog's word cut short where the buyer writes it whole ("CAP" for the buyer's "capacitor"): only
    # for a word no product of ours uses, so "bagel" never lands on "BAG".
    cut |= {w: p for w in line.words - shared - cut.keys() if not frequency.get(w)
            for p in product.words - shared - set(cut.values()) if cut_short(p, w)}
    # A word no product of ours uses, spelled close to one of this product's ("tricloro" for "trichlor"): the
    # buyer's language for it, counted for less than the word itself (a suggestion for a clerk, as the glossary).
    akin = {w: p for w in line.words - shared - cut.keys() if not frequency.get(w)
            for p in product.words - shared - set(cut.values())
            if cognate(line.spelled.get(w, w), product.spelled.get(p, p))}
    # A word written short on one side ("BRKR" in the catalog for the buyer's "breakers", or the buyer's "rcpt"
    # for our "receptacle"): counted as a word cut short.
    # (A word of ours written in full by the buyer counts too when it is the catalog that writes it short:
    # "coupling" for "EMT SS CPLG", though "PVC COUPLING" spells it out elsewhere.)
    short = {w: p for w in line.words - shared - cut.keys() - akin.keys()
             for p in product.words - shared - set(cut.values()) - set(akin.values())
             if (abbreviates(product.spelled.get(p, p), line.spelled.get(w, w)) if frequency.get(w)
                 else shortened(line.spelled.get(w, w), product.spelled.get(p, p)))}
    # Initials on one side for words written out on the other ("HD" and "heavy duty", "EVOO"): the line's
    # word stands for the product's run of words, or the line's run for the product's word.
    rest = line.words - shared - cut.keys() - akin.keys() - short.keys()
    initialled = {w: product.initials[initials_key(w)] for w in rest
                  if 2 <= len(w) <= 4 and w.isalpha() and initials_key(w) in product.initials}
    spelled_out = {p: line.initials[initials_key(p)] for p in (product.words | product.written_short) - shared
                   - set(cut.values()) - set(short.values())
                   if 2 <= len(p) <= 4 and p.isalpha() and initials_key(p) in line.initials}
    # English compounds: the buyer's "wallplate" or "multimeter" ends in our "plate" or "meter"; the buyer's
    # "high bay" is our "HIGHBAY".
    headed = {w: p for w in rest - initialled.keys() if not frequency.get(w)
              for p in product.words - shared if compound_of(line.spelled.get(w, w), product.spelled.get(p, p))}
    joined = {p: line.joined[p] for p in product.words - shared if p in line.joined}
    return _Found(shared, cut, akin, short, initialled, spelled_out, headed, joined)


def refuses(line: Wording, product: Wording) -> bool:
    """Whether one says it is without what the other names: a line asking "w/ flow control" and a valve with
    "no flow control", a line refusing a "check valve" and a head with one."""
    return bool(line.words & product.lacks or product.words & line.lacks)


def score(line: Wording, product: Wording, pack_size: int, frequency: dict[str, int], documents: int
          ) -> Fit | None:
    """How well the product accounts for what the line says; None when they contradict each other or
    share no word naming the thing (a colour alone names nothing)."""
    verdict = compare(line, product, pack_size)
    if verdict.contradicted is not None or refuses(line, product):
        return None
    found = _found(line, product, frequency)
    named = found.named(product)
    if not named - set(product.colours):
        return None

    known = [idf(frequency[w], documents) for w in line.words if frequency.get(w)]
    # (In a catalog whose products all share their words, "known" words weigh little: an unknown word
    # must not outweigh them, or "ACME pallets sales" stops meaning "ACME pallets".)
    unknown_weight = min(UNKNOWN_WORD_WEIGHT, sum(known) / len(known)) if known else UNKNOWN_WORD_WEIGHT

    def weight(word: str) -> float:
        products = frequency.get(word)
        if not products:
            return unknown_weight
        return idf(products, documents) * (TRANSLATED_WEIGHT if word in line.translated else 1.0)

    # A colour said of a product that states none ("white toilet paper" for a bath tissue) is one attribute it
    # leaves unconfirmed, counted once as such: not a second time as a word the product lacks.
    uncoloured = line.colours if not product.colours else set()
    rest = line.words - found.shared - found.cut.keys() - found.akin.keys() - found.short.keys()
    in_runs = found.in_product_words(rest)
    # What the line says the thing goes with ("for 12 oz cups") costs nothing where the product does not say it.
    unsaid_context = line.context & (rest - found.initialled.keys() - in_runs - found.headed.keys())
    # (A cognate or a shortening weighs as the product's word it stands for: unknown to the catalog, it would
    # weigh nothing.)
    said = sum(weight(w) for w in line.words - uncoloured - found.akin.keys() - found.short.keys() - unsaid_context) \
        + sum(weight(p) for p in found.akin.values()) + sum(weight(p) for p in found.short.values())
    partly = [*found.cut, *found.short.values(), *found.initialled, *in_runs, *found.headed]
    accounted = sum(weight(w) for w in found.shared) + sum(CUT_WEIGHT * weight(w) for w in partly) \
        + sum(COGNATE_WEIGHT * weight(p) for p in found.akin.values())
    stated = verdict.confirmed + verdict.unconfirmed
    line_share = (accounted + ATTRIBUTE_WEIGHT * verdict.confirmed) / (said + ATTRIBUTE_WEIGHT * stated)
    product_words = sum(idf(frequency.get(w, 1), documents) for w in product.words) or 1.0
    product_share = sum(idf(frequency.get(w, 1), documents) for w in named) / product_words
    total = 100 * (LINE_SHARE * line_share + (1 - LINE_SHARE) * product_share)
    total -= UNCONFIRMED_PENALTY * (verdict.unconfirmed - verdict.colour_unsaid)
    return Fit(max(0.0, total), round(line_share, 3) - verdict.unconfirmed)
