"""The catalog index: an order line's code or words -> our SKU, with the method, a score and the
top candidates. Cascade: learned alias, exact SKU, normalised SKU, GTIN, fuzzy SKU, fuzzy description."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
from rapidfuzz import fuzz, process

from models.schemas import Candidate, ProductMatch

COLOURS = {
    "black", "white", "blue", "red", "green", "yellow", "orange", "grey", "gray", "clear", "brown", "purple",
    "pink", "silver", "gold", "navy", "beige", "tan", "natural", "kraft", "transparent",
}
_UNIT_SUFFIX = r"(?:oz|ml|l|mm|cm|m|in|inch|ft|kg|g|lb|lbs|gal|mil|ply|pk|ct|w|v|gsm|mic)"
_NUMBER_WITH_UNIT = re.compile(rf"(\d+(?:[.,]\d+)?)\s*({_UNIT_SUFFIX})?\b", re.IGNORECASE)
# Garment and glove sizes, each written several ways, to one code.
_SIZE_WORDS = {
    "xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "xxl", "xxxl": "xxxl",
    "2xl": "xxl", "3xl": "xxxl", "small": "s", "medium": "m", "med": "m", "large": "l", "xlarge": "xl",
    "xxlarge": "xxl", "xsmall": "xs",
}
# A lone S, M or L is a size only where it stands as one: after "size", alone between commas, last in
# the text, or beside a colour. Elsewhere it is a type letter ("Type S screws"), an initial or, after
# a number, a unit ("5 L" is litres).
_AMBIGUOUS_SIZES = {"s", "m", "l"}
_SIZE_LABELS = {"size", "sz", "sizes", "gr", "grosse", "groesse", "taille", "talla"}
# "X-Large", "extra large", "XX-Large", "x small" -> one word the table above knows.
_SIZE_PHRASE = re.compile(r"\b(?:(xx|x|extra)[ -]?(large|small)|(2|3)[ -]?xl)\b")
_SIZE_SEGMENT = re.compile(r"[,;/()|]")
_SIZE_TOKEN = re.compile(r"[a-z0-9]+(?:\.\d+)?")


@dataclass(frozen=True)
class CatalogProduct:
    sku: str
    description: str
    uom: str
    unit_price: Decimal | None  # None: the catalog gives no list price
    gtin: str | None = None
    pack_size: int = 1


_NOT_SKU_CHAR = re.compile(r"[^A-Z0-9]")
_MISREAD = str.maketrans("OI", "01")


def normalise_sku(code: str) -> str:
    """Case, dashes, spaces and leading zeros don't distinguish SKUs; O/0 and I/1 are misread often."""
    key = _NOT_SKU_CHAR.sub("", code.upper()).translate(_MISREAD)
    return key.lstrip("0") or key


_UNIT_WORDS = [
    (r"ounces?|fl\.?\s?oz", "oz"), (r"gallons?", "gal"), (r"inch(?:es)?|\"", "in"), (r"millimet(?:er|re)s?", "mm"),
    (r"centimet(?:er|re)s?", "cm"), (r"met(?:er|re)s?", "m"), (r"feet|foot", "ft"), (r"pounds?", "lb"),
    (r"litres?|liters?", "l"), (r"kilograms?|kilos?", "kg"), (r"grams?", "g"), (r"mils?", "mil"),
]


# One pass over the text for all unit words (a loop of twelve substitutions made building a large
# catalog's index several times slower: bench/catalog_scale.py, docs/benchmarks.md "Matching at scale");
# group i+1 is _UNIT_WORDS[i].
_UNIT_WORD_RE = re.compile(r"(\d)\s*(?:" + "|".join(f"({p})" for p, _ in _UNIT_WORDS) + r")(?![a-z])")
# The space between a number and its unit, matched alone (no groups to copy back: rebuilding the
# text from a template for every "12 oz" in every description was a large part of the index build).
_UNIT_GLUE_RE = re.compile(rf"(?<=\d)\s+(?={_UNIT_SUFFIX}\b)")
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[a-z0-9]+(?:\.\d+)?")


def _unit_word(m: re.Match[str]) -> str:
    return f"{m.group(1)} {_UNIT_WORDS[m.lastindex - 2][1]}"  # type: ignore[operator]


def normalise_text(text: str) -> str:
    text = text.lower().replace("×", "x")
    if _DIGIT_RE.search(text):
        text = _UNIT_WORD_RE.sub(_unit_word, text)  # "45 gallon" and "45 gal" are one size
        text = _UNIT_GLUE_RE.sub("", text)  # "12 oz" and "12oz" are one thing
    return " ".join(_WORD_RE.findall(text))


def _size_phrase(m: re.Match[str]) -> str:
    if m.group(3):
        return "xxl" if m.group(3) == "2" else "xxxl"
    return {"x": "x", "extra": "x", "xx": "xx"}[m.group(1)] + m.group(2)


def sizes(text: str) -> set[str]:
    """The sizes a description commits to: S/M/L/XL..., small/medium/large, "size 9" (as "size 9")."""
    lowered = _SIZE_PHRASE.sub(_size_phrase, text.lower().replace("'s", "s"))
    found: set[str] = set()
    segments = [_SIZE_TOKEN.findall(seg) for seg in _SIZE_SEGMENT.split(lowered)]
    last = len(segments) - 1
    while last > 0 and not segments[last]:
        last -= 1
    for n, words in enumerate(segments):
        for i, word in enumerate(words):
            before = words[i - 1] if i else None
            if before in _SIZE_LABELS and word not in _SIZE_WORDS and word[0].isdigit():
                found.add(f"size {float(word):g}")  # "size 9": a glove or shoe size
                continue
            size = _SIZE_WORDS.get(word)
            if size is None:
                continue
            if word not in _AMBIGUOUS_SIZES:
                found.add(size)
                continue
            after = words[i + 1] if i + 1 < len(words) else None
            if before is not None and before[0].isdigit():
                continue  # "5 l", "12 m": a unit
            if (before in _SIZE_LABELS or len(words) == 1 or (n == last and after is None)
                    or before in COLOURS or after in COLOURS):
                found.add(size)
    return found


def attributes(text: str) -> tuple[set[str], set[str], set[str]]:
    """The numbers (with their units), colours and sizes a description commits to."""
    norm = normalise_text(text)
    numbers = {f"{float(n.replace(',', '.')):g}{(u or '').lower()}" for n, u in _NUMBER_WITH_UNIT.findall(norm)}
    colours = {w for w in norm.split() if w in COLOURS}
    return numbers, colours, sizes(text)


def _attributes_agree(query: str, candidate: str) -> bool:
    q_numbers, q_colours, q_sizes = attributes(query)
    c_numbers, c_colours, c_sizes = attributes(candidate)
    # "12oz" is not "16oz": every number and colour the buyer wrote must be in the product. A size
    # must be the product's size; a product that names no size may still be the one (the clerk sees
    # a fuzzy match as a doubt either way).
    return q_numbers <= c_numbers and q_colours <= c_colours and (not c_sizes or q_sizes <= c_sizes)


class CatalogIndex:
    """Built once per catalog version; lookups are dict hits or rapidfuzz over prepared strings."""

    def __init__(self, products: Iterable[CatalogProduct]) -> None:
        self.products: dict[str, CatalogProduct] = {}
        self._by_norm: dict[str, list[str]] = {}
        self._by_gtin: dict[str, str] = {}
        norm_of: dict[str, str] = {}
        for p in products:
            self.products[p.sku] = p
            norm = norm_of[p.sku] = normalise_sku(p.sku)
            self._by_norm.setdefault(norm, []).append(p.sku)
            if p.gtin:
                key = p.gtin.lstrip("0")
                # Two products with one GTIN (a data error): a scan of it names neither.
                self._by_gtin[key] = p.sku if self._by_gtin.get(key, p.sku) == p.sku else ""
        self._skus = list(self.products)
        self._norm_skus = [norm_of[s] for s in self._skus]
        self._descriptions = [normalise_text(self.products[s].description) for s in self._skus]
        # A buyer who copies our description, with or without its pack clause, names one product —
        # unless another product's description also begins with those words ("..., ream" beside
        # "..., case of 10 reams" when the clause was not recognised as packing).
        self._by_description: dict[str, list[str]] = {}
        ordered = sorted(self._descriptions)
        for sku, text in zip(self._skus, self._descriptions, strict=True):
            self._by_description.setdefault(text, []).append(sku)
            head = _without_pack_clause(self.products[sku].description)
            if head and head != text and _starting_with(ordered, head) == 1:
                self._by_description.setdefault(head, []).append(sku)
        # A small catalog is scanned whole (exact); a large one first narrows each fuzzy lookup to the
        # products sharing the most rare words or SKU trigrams, then scores only those.
        self._word_postings: _Postings | None = None
        self._gram_postings: _Postings | None = None
        if len(self._skus) >= BLOCKING_MIN_PRODUCTS:
            self._word_postings = _Postings([d.split() for d in self._descriptions])
            self._gram_postings = _Postings([_trigrams(s) for s in self._norm_skus])

    def __len__(self) -> int:
        return len(self.products)

    def _candidate(self, sku: str, score: float) -> Candidate:
        p = self.products[sku]
        return Candidate(sku, p.description, score, p.unit_price)

    def match_code(self, code: str, exact: bool = False) -> ProductMatch | None:
        """`exact`: the code is our own article number as a machine wrote it (an EDI seller's code), so a
        product it names only after dropping leading zeros, dashes or O/I misreadings is a near match
        for a clerk to confirm ("near_sku"), never the product itself."""
        code = code.strip()
        if code in self.products:
            return ProductMatch(code, "exact_sku", 100.0, [self._candidate(code, 100.0)])
        upper = code.upper()
        if upper in self.products:
            return ProductMatch(upper, "normalised_sku", 98.0, [self._candidate(upper, 98.0)])
        norm = normalise_sku(code)
        hits = self._by_norm.get(norm, [])
        if len(hits) == 1:
            return ProductMatch(hits[0], "near_sku" if exact else "normalised_sku", 97.0,
                                [self._candidate(hits[0], 97.0)])
        digits = re.sub(r"\D", "", code)
        if len(digits) in (8, 12, 13, 14) and digits == re.sub(r"[\s-]", "", code) and _gtin_ok(digits):
            sku = self._by_gtin.get(digits.lstrip("0"))
            if sku:
                return ProductMatch(sku, "gtin", 99.0, [self._candidate(sku, 99.0)])
        return None

    def exact_description(self, text: str) -> str | None:
        """The one product whose description (or its head before the pack clause) this is."""
        hits = self._by_description.get(normalise_text(text), [])
        return hits[0] if len(set(hits)) == 1 else None

    def fuzzy_code(self, code: str, limit: int = 3) -> list[Candidate]:
        norm = normalise_sku(code)
        if len(norm) < 4:
            return []
        if self._gram_postings is None:
            found = process.extract(norm, self._norm_skus, scorer=fuzz.ratio, limit=limit, score_cutoff=75)
            return [self._candidate(self._skus[i], score) for _, score, i in found]
        block = self._gram_postings.top(_trigrams(norm), BLOCK_SIZE)
        found = process.extract(norm, {int(i): self._norm_skus[i] for i in block}, scorer=fuzz.ratio,
                                limit=limit, score_cutoff=75)
        return [self._candidate(self._skus[i], score) for _, score, i in found]

    def fuzzy_description(self, text: str, limit: int = 3) -> list[Candidate]:
        query = normalise_text(text)
        if len(query) < 3:
            return []
        choices: Sequence[str] | dict[int, str] = self._descriptions
        if self._word_postings is not None:
            choices = {int(i): self._descriptions[i] for i in self._word_postings.top(query.split(), BLOCK_SIZE)}
        pool = process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=50, score_cutoff=50)
        scored: list[Candidate] = []
        for _, _, i in pool:
            sku = self._skus[i]
            if not _attributes_agree(text, self.products[sku].description):
                continue
            # token_set rewards a short query contained in a long description; token_sort keeps a
            # query that names only "blue" from scoring 100 against every blue product.
            score = 0.6 * fuzz.token_set_ratio(query, self._descriptions[i]) + 0.4 * fuzz.token_sort_ratio(
                query, self._descriptions[i]
            )
            scored.append(self._candidate(sku, score))
        scored.sort(key=lambda c: -c.score)
        return scored[:limit]

    def match(self, code: str | None, description: str | None, alias_sku: str | None = None,
              min_fuzzy: float = 70.0, exact_code: bool = False) -> ProductMatch:
        """`exact_code`: `code` is the seller's article number from an EDI or UBL field (ours, as the
        buyer's system holds it). It names a product exactly or not at all: an unknown one is an unknown
        item for a clerk, with what its description resembles as suggestions, never a look-alike SKU
        ('1001' is not '1011')."""
        if alias_sku and alias_sku in self.products:
            return ProductMatch(alias_sku, "alias", 100.0, [self._candidate(alias_sku, 100.0)])
        for text in (code, description):
            if text:
                hit = self.match_code(text, exact=exact_code and text is code)
                if hit:
                    return hit
        if exact_code and code:
            suggested = self.fuzzy_description(description) if description else []
            return ProductMatch(None, "none", suggested[0].score if suggested else 0.0, suggested)
        candidates: list[Candidate] = []
        method = "none"
        if code:
            candidates = self.fuzzy_code(code)
            method = "fuzzy_sku"
        named = self.exact_description(description) if description else None
        # Our own description, word for word, is as good as our SKU — unless a code beside it points
        # elsewhere, which is a doubt for the clerk.
        if named and (not code or (candidates and candidates[0].sku == named)):
            return ProductMatch(named, "exact_description", 99.0, [self._candidate(named, 99.0)])
        if description and (not candidates or candidates[0].score < 90):
            by_description = self.fuzzy_description(description)
            if by_description and (not candidates or by_description[0].score > candidates[0].score):
                candidates, method = by_description, "fuzzy_description"
        if candidates and candidates[0].score >= min_fuzzy:
            return ProductMatch(candidates[0].sku, method, candidates[0].score, candidates)
        return ProductMatch(None, "none", candidates[0].score if candidates else 0.0, candidates)


_PACK_CLAUSE = re.compile(
    r",\s*(?:[^,]*\b(?:box|case|carton|pack|roll|bag|pail|drum|dozen|of)\b[^,]*|\d+\s*/\s*[a-z]+)$", re.IGNORECASE)


def _starting_with(ordered: list[str], prefix: str, most: int = 2) -> int:
    """How many of the sorted texts begin with `prefix` (counting stops at `most`)."""
    found, i = 0, bisect_left(ordered, prefix)
    while i < len(ordered) and found < most and ordered[i].startswith(prefix):
        found, i = found + 1, i + 1
    return found


def _without_pack_clause(description: str) -> str:
    """'Nitrile gloves, blue, size S, box of 100' -> the same words without ', box of 100'."""
    head = _PACK_CLAUSE.sub("", description.strip())
    return normalise_text(head) if head != description.strip() else ""


BLOCKING_MIN_PRODUCTS = 5000
BLOCK_SIZE = 400


def _trigrams(code: str) -> list[str]:
    padded = f"^{code}$"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


class _Postings:
    """Inverted index token -> product positions, for picking the few products worth scoring.

    Candidates are ranked by the summed rarity (inverse document frequency) of the tokens they share
    with the query: the product the buyer meant shares its rare words, whatever else it shares."""

    def __init__(self, documents: list[list[str]]) -> None:
        lists: dict[str, list[int]] = {}
        for position, tokens in enumerate(documents):
            for token in set(tokens):
                lists.setdefault(token, []).append(position)
        self.size = len(documents)
        self.lists = {t: np.fromiter(v, dtype=np.int32, count=len(v)) for t, v in lists.items()}

    def top(self, tokens: list[str], k: int) -> np.ndarray:
        arrays, weights = [], []
        for token in set(tokens):
            found = self.lists.get(token)
            if found is not None:
                arrays.append(found)
                weights.append(np.full(len(found), math.log(1 + self.size / len(found))))
        if not arrays:
            return np.empty(0, dtype=np.int64)
        scores = np.bincount(np.concatenate(arrays), weights=np.concatenate(weights), minlength=self.size)
        hits = int(np.count_nonzero(scores))
        if hits <= k:
            return np.flatnonzero(scores)
        return np.argpartition(-scores, k - 1)[:k]


def _gtin_ok(digits: str) -> bool:
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check
