"""The catalog index: an order line's code or words -> our SKU, with the method, a score and the
top candidates. Cascade: learned alias, exact SKU, normalised SKU, GTIN, fuzzy SKU, our SKU written among
the words, the description read for its words and attributes (matching/wording.py)."""

from __future__ import annotations

import itertools
import math
import re
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, overload

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    import numpy as np
else:
    class _NumpyOnFirstUse(ModuleType):
        """numpy (a fifth of a second to import) is loaded when an index is first built, not when an ingest
        imports the matching code for a message that never needs a catalog."""

        def __getattr__(self, name: str) -> Any:
            import numpy

            globals()["np"] = numpy
            return getattr(numpy, name)

    np = _NumpyOnFirstUse("numpy")

from matching.catalog_words import SENSES  # noqa: E402 (after the stand-in above, which the annotations below name)
from matching.wording import (  # noqa: E402
    LINE_SHARE,
    Fit,
    Wording,
    cognate,
    compare,
    compound_of,
    differences,
    fold,
    initials_key,
    like_above,
    only_attributes,
    read_wording,
    shortened,
    states_attributes,
    stem,
)
from matching.wording import score as _score
from models.schemas import Candidate, ProductMatch

COLOURS = {
    "black", "white", "blue", "red", "green", "yellow", "orange", "grey", "gray", "clear", "brown", "purple",
    "pink", "silver", "gold", "navy", "beige", "tan", "natural", "kraft", "transparent",
}
_UNIT_SUFFIX = r"(?:oz|ml|l|mm|cm|m|in|inch|ft|kg|g|lb|lbs|gal|mil|ply|pk|ct|w|v|gsm|mic)"
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
_SIZE_PHRASE = re.compile(r"\b(?:(xx|x|extra)[ -]?(large|small)|([2-6])[ -]?xl)\b")
_SIZE_SEGMENT = re.compile(r"[,;/()|]")
_SIZE_TOKEN = re.compile(r"[a-z0-9]+(?:\.\d+)?")


# How many products a description lookup offers the clerk, and how close in score two must be to be a tie.
SUGGESTIONS = 5
# Candidates accounting for the line equally are a tie only while their scores (which also weigh how much
# of each product the line names) stay this close: a lid that "fits 12 oz hot cups" is no tie for "12 oz hot
# cups" when the cup scores well above it.
TIE_SPREAD = 5.0
# A line naming no product is read by its attributes alone only when it measures this many kinds of thing
# ("33 gal ... 1.5 mil"): one measure alone ("12 oz") fits too many products to suggest one.
ATTRIBUTES_ALONE = 2
# A whole number this large alone on a line is a designation ("105", a polish's code), not a size or a count.
_LEAST_DESIGNATION = 100
# A product sharing one common word with the line ("safety") is no suggestion worth a clerk's look.
LEAST_SUGGESTED = 30.0
# A buyer's words rarely score high against a distributor's terse description ("stainless bolts 1/4-20 x 1"
# against "HCS 1/4-20 X 1 18-8 SS BX100"), yet when one product stands this far above every other the line
# means it far more often than not: it is proposed (a doubtful match, always a clerk's to confirm) instead of
# leaving the line blank. Chosen on the studied blind sets (fourth to seventh, buyers-voice, second); on the
# held-out ones line F1 rose 73.4 -> 79.1% (third) and 73.4 -> 75.5% (eighth), docs/benchmarks.md.
LEAD_FLOOR = 45.0
LEAD_MARGIN = 8.0


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
        return "x" * int(m.group(3)) + "l"  # "2xl" is "xxl", "4xl" "xxxxl"
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


class CatalogIndex:
    """Built once per catalog version; lookups are hash-table hits or rapidfuzz over prepared strings.

    Stored by column, not as a Python object per product: the products' strings joined into one text
    each (_Strings), exact lookups as sorted hashes (_Lookup), postings as one int32 array (_Postings).
    A 100,000-product catalog held as dicts of strings and lists peaked at 300 MB while building
    (docs/benchmarks.md "Matching at scale")."""

    def __init__(self, products: Iterable[CatalogProduct]) -> None:
        products_ = iter(products)
        skus, descriptions, gtins = _StringsBuilder(), _StringsBuilder(), _StringsBuilder()
        norm_skus, texts = _StringsBuilder(), _StringsBuilder()
        uoms, prices, packs = _Codes(), _Codes(), _Codes()
        has_gtin = bytearray()
        # A new word's number is the count of words before it.
        vocabulary: defaultdict[str, int] = defaultdict()
        vocabulary.default_factory = vocabulary.__len__
        word_id = vocabulary.__getitem__
        word_ids, word_counts = array("i"), array("i")
        heads: list[tuple[str, int]] = []  # (description without its pack clause, position)
        done = 0
        # A few thousand products at a time, each column with one comprehension: a method call per value
        # and column was most of building a large catalog's index.
        for batch in iter(lambda: list(itertools.islice(products_, _BATCH)), []):
            batch_skus = [p.sku for p in batch]
            written = [p.description for p in batch]
            skus.extend(batch_skus)
            descriptions.extend(written)
            gtins.extend([p.gtin or "" for p in batch])
            has_gtin.extend([p.gtin is not None for p in batch])  # (an empty GTIN stays empty, never looked up)
            uoms.extend([p.uom for p in batch])
            prices.extend([p.unit_price for p in batch])
            packs.extend([p.pack_size for p in batch])
            norm_skus.extend(list(map(normalise_sku, batch_skus)))
            batch_texts = list(map(normalise_text, written))
            texts.extend(batch_texts)
            for n, (description, text) in enumerate(zip(written, batch_texts, strict=True), start=done):
                head = _without_pack_clause(description)
                if head and head != text:
                    heads.append((head, n))
            for text in batch_texts:
                words = set(text.split())
                word_ids.extend(map(word_id, words))
                word_counts.append(len(words))
            done += len(batch)
        self._skus = skus.build()
        self._descriptions_as_written = descriptions.build()
        self._gtins = gtins.build()
        self._has_gtin = np.frombuffer(bytes(has_gtin), dtype=np.bool_)
        self._uoms, self._prices, self._packs = uoms.build(), prices.build(), packs.build()
        self._norm_skus = norm_skus.build()
        self._descriptions = texts.build()
        size = len(self._skus)
        self._by_sku = _Lookup(map(hash, self._skus), size)
        repeated = self._by_sku.repeated(self._skus)
        if repeated:
            self._without_copies(repeated)
            return
        # A buyer who copies our description, with or without its pack clause, names one product -
        # unless another product's description also begins with those words ("..., ream" beside
        # "..., case of 10 reams" when the clause was not recognised as packing). Entries from `size` on
        # are the heads, kept as strings of their own (few products have one).
        # (Only the descriptions that may begin with some head are sorted: those sharing heads' first letters.)
        k = min((len(h) for h, _ in heads), default=0)
        starts = {h[:k] for h, _ in heads}
        ordered = sorted(t for t in self._descriptions if t[:k] in starts) if heads else []
        heads = [(head, n) for head, n in heads if _starting_with(ordered, head) == 1]
        del ordered
        self._heads = _Strings([h for h, _ in heads])
        self._head_positions = array("i", [n for _, n in heads])
        # A small catalog is scanned whole (exact); a large one first narrows each fuzzy lookup to the
        # products sharing the most rare words or SKU trigrams, then scores only those.
        self._word_postings: _Postings | None = None
        self._gram_postings: _Postings | None = None
        if size >= BLOCKING_MIN_PRODUCTS:
            self._word_postings = _word_postings(dict(vocabulary), word_ids, word_counts, size)
            self._gram_postings = _trigram_postings(self._norm_skus)
        self._finish(self._by_sku)

    def _finish(self, by_sku: _Lookup | None = None) -> None:
        """What the stored columns give at once: the exact lookups by hash (the process's own string hashes,
        so never stored: matching/catalog_cache.py), and the state read lazily."""
        size = len(self._skus)
        self._by_sku = by_sku or _Lookup(map(hash, self._skus), size)
        self._by_norm = _Lookup(map(hash, self._norm_skus), size)
        self._ambiguous_norms: frozenset[str] = frozenset()
        self._gtins_of_copies: dict[str, str] | None = None
        gtin_entries = np.flatnonzero(self._has_gtin & (self._gtins.lengths() > 0)).astype(np.int32)
        self._by_gtin = _Lookup((hash(self._gtins[int(i)].lstrip("0")) for i in gtin_entries), len(gtin_entries),
                                gtin_entries)
        self._by_description = _Lookup(
            (hash(t) for t in itertools.chain(self._descriptions, self._heads)), size + len(self._heads))
        # Read lazily: a large catalog reads only the products a lookup narrows to.
        self._wordings: dict[int, Wording] = {}
        self._listed: dict[str, int] | None = None  # other makers' part numbers in our descriptions
        self._stem_postings: dict[str, list[int]] | None = None
        self._frequency: dict[str, int] = {}
        self.products: Mapping[str, CatalogProduct] = _Products(self)

    def _columns(self) -> tuple[dict[str, np.ndarray], dict[str, Any]] | None:
        """The index's stored columns as arrays and plain JSON values (matching/catalog_cache.py writes them),
        or None for an index that cannot be stored so: one built from repeated SKUs, or holding a value of a
        type the JSON below does not name. Hashes are not stored: they are this process's own."""
        if self._gtins_of_copies is not None or self._ambiguous_norms:
            return None
        arrays: dict[str, np.ndarray] = {}
        for name in _STRING_COLUMNS:
            column: _Strings = getattr(self, name)
            arrays[f"{name}.text"] = np.frombuffer(column._text.encode("utf-8", "surrogatepass"), dtype=np.uint8)
            arrays[f"{name}.starts"] = np.frombuffer(column._starts, dtype=np.int64)
        arrays["_has_gtin"] = self._has_gtin
        arrays["_head_positions"] = np.frombuffer(self._head_positions, dtype=np.int32)
        values: dict[str, Any] = {}
        for name in _CODE_COLUMNS:
            codes: _Codes = getattr(self, name)
            written = [_code_value(v) for v in codes._values]
            if any(v is None for v in written):
                return None
            values[name] = written
            arrays[f"{name}.codes"] = np.frombuffer(codes._codes, dtype=np.int32)
        for name in ("_word_postings", "_gram_postings"):
            postings: _Postings | None = getattr(self, name)
            if postings is not None:
                arrays[f"{name}.starts"], arrays[f"{name}.documents"] = postings._starts, postings._documents
        if self._word_postings is not None:
            # The vocabulary in number order; a word never holds a newline (words are split on white space).
            vocabulary = self._word_postings._token_id.__self__  # type: ignore[attr-defined]
            arrays["vocabulary"] = np.frombuffer("\n".join(vocabulary).encode("utf-8", "surrogatepass"),
                                                 dtype=np.uint8)
            values["vocabulary_size"] = len(vocabulary)
        return arrays, values

    @classmethod
    def _from_columns(cls, arrays: Mapping[str, np.ndarray], values: Mapping[str, Any]) -> CatalogIndex:
        """An index from what `_columns` gave, the lookups made again: the same index the products built."""
        index = cls.__new__(cls)
        for name in _STRING_COLUMNS:
            text = arrays[f"{name}.text"].tobytes().decode("utf-8", "surrogatepass")
            setattr(index, name, _Strings(text=text, starts=array("q", arrays[f"{name}.starts"].tobytes())))
        index._has_gtin = np.asarray(arrays["_has_gtin"], dtype=np.bool_)
        index._head_positions = array("i", arrays["_head_positions"].tobytes())
        for name in _CODE_COLUMNS:
            codes = _Codes()
            codes._values = [_code_from(v) for v in values[name]]
            codes._codes = array("i", arrays[f"{name}.codes"].tobytes())
            setattr(index, name, codes)
        size = len(index._skus)
        index._word_postings = index._gram_postings = None
        if "_word_postings.starts" in arrays:
            words = arrays["vocabulary"].tobytes().decode("utf-8", "surrogatepass").split("\n")
            vocabulary = dict(zip(words, range(len(words)), strict=True)) if values["vocabulary_size"] else {}
            index._word_postings = _Postings.stored(arrays["_word_postings.starts"],
                                                    arrays["_word_postings.documents"], size, vocabulary.get)
        if "_gram_postings.starts" in arrays:
            index._gram_postings = _Postings.stored(arrays["_gram_postings.starts"],
                                                    arrays["_gram_postings.documents"], size, _trigram_id)
        index._finish()
        return index

    def _without_copies(self, repeated: set[str]) -> None:
        """A SKU given twice: each kept once, at its first place with its last values, as a dict of products
        kept them; a normalised lookup of it names none, and a GTIN of any copy still names it (unless
        another product has that GTIN too). A data error, so built the simple way, twice."""
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        gtins: dict[str, str] = {}
        for i in range(len(self._skus)):
            sku = self._skus[i]
            first.setdefault(sku, i)
            last[sku] = i
            if self._has_gtin[i] and self._gtins[i]:
                key = self._gtins[i].lstrip("0")
                gtins[key] = sku if gtins.get(key, sku) == sku else ""
        kept = CatalogIndex([self._product_at(last[self._skus[i]]) for i in sorted(first.values())])
        self.__dict__.update(kept.__dict__)
        self._ambiguous_norms = frozenset(normalise_sku(s) for s in repeated)
        self._gtins_of_copies = gtins
        self.products = _Products(self)

    def _product_at(self, i: int) -> CatalogProduct:
        return CatalogProduct(self._skus[i], self._descriptions_as_written[i], self._uoms[i], self._prices[i],
                              self._gtins[i] if self._has_gtin[i] else None, self._packs[i])

    def _position(self, sku: str) -> int | None:
        for i in self._by_sku.entries(sku):
            if self._skus[i] == sku:
                return i
        return None

    def _pack_size(self, i: int) -> int:
        return self._packs[i]  # type: ignore[no-any-return]

    def __len__(self) -> int:
        return len(self.products)

    def _candidate(self, sku: str, score: float) -> Candidate:
        i = self._position(sku)
        assert i is not None
        return self._candidate_at(i, score)

    def _candidate_at(self, i: int, score: float) -> Candidate:
        return Candidate(self._skus[i], self._descriptions_as_written[i], score, self._prices[i])

    def _has(self, sku: str) -> bool:
        return self._position(sku) is not None

    def match_code(self, code: str, exact: bool = False) -> ProductMatch | None:
        """`exact`: the code is our own article number as a machine wrote it (an EDI seller's code), so a
        product it names only after dropping leading zeros, dashes or O/I misreadings is a near match
        for a clerk to confirm ("near_sku"), never the product itself."""
        code = code.strip()
        if self._has(code):
            return ProductMatch(code, "exact_sku", 100.0, [self._candidate(code, 100.0)])
        upper = code.upper()
        if self._has(upper):
            return ProductMatch(upper, "normalised_sku", 98.0, [self._candidate(upper, 98.0)])
        norm = normalise_sku(code)
        hits = [i for i in self._by_norm.entries(norm) if self._norm_skus[i] == norm]
        if len(hits) == 1 and norm not in self._ambiguous_norms:
            return ProductMatch(self._skus[hits[0]], "near_sku" if exact else "normalised_sku", 97.0,
                                [self._candidate_at(hits[0], 97.0)])
        digits = re.sub(r"\D", "", code)
        if len(digits) in (8, 12, 13, 14) and digits == re.sub(r"[\s-]", "", code) and _gtin_ok(digits):
            sku = self._gtin(digits.lstrip("0"))
            if sku:
                return ProductMatch(sku, "gtin", 99.0, [self._candidate(sku, 99.0)])
        return None

    def exact_description(self, text: str) -> str | None:
        """The one product whose description (or its head before the pack clause) this is."""
        key = normalise_text(text)
        size = len(self._skus)
        hits = {i if i < size else self._head_positions[i - size] for i in self._by_description.entries(key)
                if (self._descriptions[i] if i < size else self._heads[i - size]) == key}
        return self._skus[hits.pop()] if len(hits) == 1 else None

    def _gtin(self, key: str) -> str | None:
        """The one SKU whose GTIN this is (leading zeros dropped); None when none, or several."""
        if self._gtins_of_copies is not None:
            return self._gtins_of_copies.get(key) or None
        skus = {self._skus[i] for i in self._by_gtin.entries(key) if self._gtins[i].lstrip("0") == key}
        return skus.pop() if len(skus) == 1 else None

    def code_in_text(self, text: str) -> str | None:
        """The one SKU of ours written word for word among other words, when its product's description
        does not contradict those words; None when there is none, or more than one."""
        found = {t.upper() for t in _CODE_TOKEN.findall(text) if self._has(t.upper())}
        if len(found) != 1:
            return None
        sku = found.pop()
        rest = re.sub(re.escape(sku), " ", text, flags=re.IGNORECASE)
        i = self._position(sku)
        assert i is not None
        verdict = compare(self._read(rest), self._wording(i), self._packs[i])
        return sku if verdict.contradicted is None else None

    def _listed_numbers(self) -> dict[str, int]:
        """Other makers' part numbers our descriptions list ("xref FRAM PH3614 / WIX 51348", "replaces
        Donaldson P165877"), each to the one product listing it (one listed by two products names neither).
        Built the first time a line names a code, or writes a token like one, that is not ours."""
        if self._listed is None:
            seen: dict[str, int] = {}
            for i in range(len(self._skus)):
                for token in set(_PART_NUMBER.findall(self._descriptions_as_written[i])):
                    key = normalise_sku(token)
                    if len(key) >= 4 and not only_attributes(token):
                        seen[key] = i if seen.get(key, i) == i else -1
            self._listed = {key: i for key, i in seen.items() if i >= 0}
        return self._listed

    def listed_part_number(self, code: str | None, description: str | None) -> ProductMatch | None:
        """The one product whose description lists the code, or a part number written among the line's words
        ("the Wix 51358 oil filters"), when the rest of the words do not contradict it. A buyer copying
        another maker's number off the old part names the part; a clerk still confirms it."""
        tokens = ([code] if code else []) + (_PART_NUMBER.findall(description) if description else [])
        tokens = [t for t in tokens if not only_attributes(t)]
        if not tokens:
            return None
        listed = self._listed_numbers()
        found = {listed[k] for t in tokens if (k := normalise_sku(t)) in listed}
        if len(found) != 1:
            return None
        i = found.pop()
        rest = description or ""
        for t in tokens:
            rest = re.sub(re.escape(t), " ", rest, flags=re.IGNORECASE)
        if rest.strip() and compare(self._read(rest), self._wording(i), self._packs[i]).contradicted is not None:
            return None
        return ProductMatch(self._skus[i], "code_in_description", 96.0, [self._candidate_at(i, 96.0)])

    def _words_allow(self, said: Wording, sku: str, share: bool) -> bool:
        """Whether a line's words leave a product possible: none of its attributes contradicted, and (`share`)
        a word of the product among them."""
        i = self._position(sku)
        if i is None:
            return False
        product = self._wording(i)
        if compare(said, product, self._packs[i]).contradicted is not None:
            return False
        return not share or bool(said.words & product.words)

    def fuzzy_code(self, code: str, limit: int = 3) -> list[Candidate]:
        norm = normalise_sku(code)
        if len(norm) < 4:
            return []
        if self._gram_postings is None:
            found = process.extract(norm, list(self._norm_skus), scorer=fuzz.ratio, limit=limit, score_cutoff=75)
            return [self._candidate_at(i, score) for _, score, i in found]
        block = self._gram_postings.top(_trigrams(norm), BLOCK_SIZE)
        found = process.extract(norm, {int(i): self._norm_skus[i] for i in block}, scorer=fuzz.ratio,
                                limit=limit, score_cutoff=75)
        return [self._candidate_at(i, score) for _, score, i in found]

    def _read(self, text: str) -> Wording:
        """A line's description read as the catalog means its words: a foreign word the glossary gives one sense
        ("grano" = grit) read in the sense this catalog uses when it never uses the first (a coffee catalog's
        "whole bean")."""
        line = read_wording(text)
        if not line.sources:
            return line
        ours: dict[str, str] = {}
        for key, raw in line.sources.items():
            senses = SENSES.get(raw)
            if not senses or raw in ours or self._knows_word(key):
                continue
            fitting = next((sense for sense in senses if all(self._knows_word(stem(w)) for w in sense.split())),
                           None)
            if fitting is not None:
                ours[raw] = fitting
        if not ours:
            return line
        folded = fold(text)
        for raw, sense in ours.items():
            folded = re.sub(rf"(?<![\w-]){re.escape(raw)}(?![\w-])", sense, folded)
        return read_wording(folded)

    def _knows_word(self, word: str) -> bool:
        if self._word_postings is not None:
            return word in self._word_postings
        self._read_whole()
        return bool(self._frequency.get(word))

    def _models_as_ours(self, text: str) -> str:
        """The description with each model written with feature letters the catalog never writes ("M402dn")
        put as the catalog writes that model ("M402"), when the catalog knows the bare model and not the
        whole: the letters say what the machine does, not which goods fit it. A model the catalog writes
        whole ("CF258X" beside "CF258A") is left as it is."""
        def ours(m: re.Match[str]) -> str:
            whole, bare = normalise_text(m.group(0)), normalise_text(m.group(1))
            return m.group(1) if not self._knows_word(whole) and self._knows_word(bare) else m.group(0)

        return _MODEL_WITH_FEATURES.sub(ours, text) if any(c.isdigit() for c in text) else text

    def fuzzy_description(self, text: str, limit: int = SUGGESTIONS) -> list[Candidate]:
        """The products a description may mean, best first. A product whose attribute the words contradict
        (another size, colour, oz, thread, count per pack...) is never among them."""
        query = normalise_text(text)
        if len(query) < 3:
            return []
        line = self._read(text)
        if self._word_postings is None:
            pool = self._wording_pool(line)
            frequency, documents = self._frequency, len(self._skus)
        else:
            # A large catalog: the products sharing the most rare words, then the same reading on those.
            block = self._word_postings.top(query.split(), BLOCK_SIZE)
            choices = {int(i): self._descriptions[i] for i in block}
            found = process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=50, score_cutoff=50)
            pool = [i for _, _, i in found]
            frequency, documents = _frequencies([self._wording(i) for i in pool]), max(len(pool), 1)
        ranked = _ranked([f for f in self._fits(line, pool, frequency, documents) if f[1].score >= LEAST_SUGGESTED])
        return [self._candidate_at(i, fit.score) for i, fit in ranked[:limit]]

    def _fits(self, line: Wording, pool: list[int], frequency: dict[str, int], documents: int
              ) -> list[tuple[int, Fit]]:
        found = []
        for i in pool:
            fit = _score(line, self._wording(i), self._packs[i], frequency, documents)
            if fit is not None:
                found.append((i, fit))
        return found

    def _wording(self, i: int) -> Wording:
        found = self._wordings.get(i)
        if found is None:
            if self._word_postings is not None and len(self._wordings) >= WORDINGS_KEPT:
                # A large catalog keeps the recent readings only: a worker matching for weeks would
                # otherwise come to hold every product's (several kB each).
                try:
                    del self._wordings[next(iter(self._wordings))]
                except (KeyError, RuntimeError, StopIteration):
                    pass  # another thread (the web server's, the embedded worker's) evicted it first
            found = self._wordings[i] = read_wording(self._descriptions_as_written[i])
        return found

    def _read_whole(self) -> dict[str, list[int]]:
        """Each word's products and how many (a small catalog: read whole, once, on first use)."""
        if self._stem_postings is None:
            postings: dict[str, list[int]] = {}
            for i in range(len(self._skus)):
                for word in self._wording(i).words:
                    postings.setdefault(word, []).append(i)
            self._stem_postings = postings
            self._frequency = {w: len(v) for w, v in postings.items()}
        return self._stem_postings

    def _wording_pool(self, line: Wording) -> list[int]:
        """Every product sharing a word with the line."""
        self._read_whole()
        assert self._stem_postings is not None
        pool: set[int] = set()
        for word in line.words:
            found = self._stem_postings.get(word)
            # Cut short: every word it begins ("algae" begins "algaecide" too, though it is a word of ours).
            if len(word) >= 4 or (found is None and len(word) == 3):
                found = [*(found or ()), *(i for key, ids in self._stem_postings.items()
                                           if key != word and key.startswith(word) for i in ids)]
            if not found and len(word) >= 5:  # our word cut short ("CAP" for the buyer's "capacitor")
                found = [i for k in range(3, len(word) - 1) for i in self._stem_postings.get(word[:k], ())]
            if not found:  # a word of another language spelled close to ours ("tricloro"): its cognates
                spelled = line.spelled.get(word, word)
                found = [i for key, ids in self._stem_postings.items()
                         if any(cognate(spelled, self._spelled_as(i, key)) for i in ids[:1]) for i in ids]
            if not found:  # a word one side writes short ("brkr" for "breakers", "rcpt" for "receptacle")
                spelled = line.spelled.get(word, word)
                found = [i for key, ids in self._stem_postings.items()
                         if shortened(spelled, self._spelled_as(ids[0], key)) for i in ids]
            if not found:  # an English compound ending in a word of ours ("wallplates")
                spelled = line.spelled.get(word, word)
                found = [i for key, ids in self._stem_postings.items()
                         if compound_of(spelled, self._spelled_as(ids[0], key)) for i in ids]
            if not found and 2 <= len(word) <= 4 and word.isalpha():  # initials: "EVOO", "HD"
                found = [i for i in range(len(self._skus)) if initials_key(word) in self._wording(i).initials]
            pool.update(found or ())
        return sorted(pool)

    def _spelled_as(self, i: int, key: str) -> str:
        """How product i writes the word whose key is `key`."""
        return self._wording(i).spelled.get(key, key)

    def names_a_product(self, description: str | None) -> bool:
        """Whether a description has a word, other than a colour, that some product of ours is written
        with: "mediums same way" and "orange XL" name none, "liners" does."""
        if not description:
            return False
        words = self._read(description)
        wanted = words.words - words.colours
        if self._word_postings is not None:  # a large catalog: its descriptions' plain words
            return any(w in self._word_postings for w in normalise_text(description).split()
                       if w not in words.colours and not w.isdigit() and len(w) > 2)
        self._wording_pool(Wording())  # (builds the small catalog's word postings on first use)
        assert self._stem_postings is not None
        if any(w in self._stem_postings for w in wanted):
            return True
        # A word cut short or spelled another language's way ("estabilizador") names our product too.
        return any(self._wording_pool(Wording(words={w}, spelled={w: words.spelled.get(w, w)})) for w in wanted)

    def _as_line_above(self, description: str, above: str, min_fuzzy: float) -> ProductMatch | None:
        """A line naming no product but stating attributes, read as the product of the line above with
        those attributes ("... vests size L" then "orange XL"). Always a doubt for a clerk (its own
        method), since the buyer only implied the product."""
        line = self._read(description)
        # (Two words of its own, even unknown ones, name some other thing: "pads for the scrubber, red".)
        if not states_attributes(line) or len(line.words - line.colours) > 1 or self.names_a_product(description):
            return None
        combined = like_above(line, self._read(above))
        if not combined.words:
            return None
        if self._word_postings is None:
            pool, frequency, documents = self._wording_pool(combined), self._frequency, len(self._skus)
        else:
            pool = [int(i) for i in self._word_postings.top(normalise_text(above).split(), BLOCK_SIZE)]
            frequency, documents = _frequencies([self._wording(i) for i in pool]), max(len(pool), 1)
        ranked = _ranked([f for f in self._fits(combined, pool, frequency, documents)
                          if f[1].score >= LEAST_SUGGESTED])
        candidates = [self._candidate_at(i, fit.score) for i, fit in ranked[:SUGGESTIONS]]
        if not candidates:
            return None
        if candidates[0].score >= min_fuzzy:
            return ProductMatch(candidates[0].sku, "as_line_above", candidates[0].score, candidates)
        return ProductMatch(None, "none", candidates[0].score, candidates)

    def _by_numbers(self, description: str) -> ProductMatch | None:
        """A line whose words name nothing of ours, in a language the catalog is not written in ("Depotdünger
        15-9-12 8-9 Monate 25 kg", "Kutijasti profil 40x40x2"): the numbers are the same in every language. The
        product that holds the most of them, three at least (its dimensions written alike count as one more),
        lacks one at most and states nothing against the line is the line's, for a clerk to confirm; None when
        no product does, or two do alike."""
        if self._word_postings is not None:
            return None
        line = self._read(description)
        said = _numbers_of(line)
        if len(said) < ATTRIBUTES_ALONE:
            return None
        ranked: list[tuple[int, int, str]] = []
        for i, sku in enumerate(self._skus):
            product = self._wording(i)
            held = said & (_numbers_of(product) | {float(self._packs[i])})
            alike = sum(1 for pair in line.pairs if pair in product.pairs)
            if len(held) + alike < ATTRIBUTES_ALONE + 1 or len(said - held) > 1:
                continue
            if compare(line, product, self._packs[i]).contradicted is None:
                ranked.append((len(said - held), -(len(held) + alike), sku))
        ranked.sort()
        if not ranked:
            return None
        score = 100 * LINE_SHARE
        tied = [sku for *rank, sku in ranked if rank == list(ranked[0][:2])]
        if len(tied) > 1:
            # (black and galvanised box section alike: both are suggestions, neither a pick)
            return ProductMatch(None, "none", score, [self._candidate(sku, score) for sku in tied[:SUGGESTIONS]]) \
                if len(tied) <= SUGGESTIONS else None
        return ProductMatch(tied[0], "by_attributes", score, [self._candidate(tied[0], score)])

    def _by_attributes(self, description: str) -> ProductMatch | None:
        """A line naming no product but measuring one ("33 gal clear 1.5 mil"): the products that state every
        attribute it states the same. One such product is the line's, for a clerk to confirm; several are
        suggestions without a pick. None when the line names something or measures too little to tell."""
        line = self._read(description)
        # (A label is a kind of measure: "2 pole 30 amp" measures two things.)
        measured = {u for u, _ in line.measures if u} | {u for u, _, _ in line.ranges} | set(line.labels)
        # (A line of nothing but numbers, one with a unit or a label beside it: the numbers with no unit measure
        # too. "3/4 90s sch 40" is a size, a kind of fitting and a schedule, the trade's whole name for it.)
        # (A number written as money, "9.03 60 ml", is such a number too: a shade's.)
        measured |= {f"bare {v}" for u, v in line.measures if not u} | {f"bare {v}" for v in line.amounts} \
            if measured and not line.words else set()
        if any(len(pair) >= 3 for pair in line.pairs):
            # "12x12x6", "20x25x1": three sizes measure a box, a filter or a sheet as well as two measures do.
            measured |= {"length", "width", "height"}
        numbers = [v for u, v in line.measures if not u] + list(line.amounts)
        if not measured and not line.words and not line.pairs and not line.ranges and len(numbers) == 1 \
                and len(line.measures) + len(line.amounts) == 1:
            # A line of one number that is no count's ("6.01", "7/43", "105"): goods ordered by their shade's or
            # model's number, which the product's name holds as it is written.
            if numbers[0] != int(numbers[0]) or numbers[0] >= _LEAST_DESIGNATION:
                measured = {f"bare {numbers[0]}", "designation"}
        if len(measured) < ATTRIBUTES_ALONE or self._word_postings is not None:
            return None
        # Only a word of ours names something; the buyer's own name for the goods ("white 12x10x8 shippers")
        # leaves the measures to tell which product it is.
        self._read_whole()
        if {w for w in line.words - line.colours if self._frequency.get(w)}:
            return None
        stated = len(line.measures) + len(line.ranges) + len(line.counts) + len(line.labels) + len(line.pairs) \
            + bool(line.colours) + bool(line.sizes) + (0 if line.words else len(line.amounts))
        fitting = []
        for i, sku in enumerate(self._skus):
            verdict = compare(line, self._wording(i), self._packs[i])
            if verdict.contradicted is None and verdict.unconfirmed == 0 and verdict.confirmed >= stated:
                fitting.append(sku)
        if not fitting or len(fitting) > SUGGESTIONS or (line.words - line.colours and len(fitting) > 1):
            # (With words of its own, unknown to us, the line may still name one of them written short
            # - "breakrs" - which its words tell better than the measures' suggestions.)
            return None
        # As wording.score reads it: all the line says is accounted for, none of the product's words named.
        score = 100 * LINE_SHARE
        candidates = [self._candidate(sku, score) for sku in fitting]
        return ProductMatch(fitting[0] if len(fitting) == 1 else None, "by_attributes" if len(fitting) == 1
                            else "none", score, candidates)

    def tied(self, match: ProductMatch, description: str | None) -> tuple[list[Candidate], list[str]]:
        """The candidates a description match cannot tell apart from its pick - they account for the
        line's words and attributes as well as it does and differ only by what the line leaves unsaid -
        and what tells them apart (size, colour, count per pack...). Empty when the pick stands alone."""
        if match.method != "fuzzy_description" or len(match.candidates) < 2 or not description:
            return [], []
        line = self._read(description)
        pool = [i for i in map(self._position, (c.sku for c in match.candidates)) if i is not None]
        frequency = self._frequency if self._word_postings is None else \
            _frequencies([self._wording(i) for i in pool])
        documents = len(self._skus) if self._word_postings is None else max(len(pool), 1)
        ranked = _ranked(self._fits(line, pool, frequency, documents))
        tied = [self._candidate_at(i, fit.score) for i, fit in ranked if _ties(fit, ranked[0][1])] \
            if ranked else []
        if len(tied) < 2:
            return [], []
        return tied, differences([self._wording(self._position(c.sku)) for c in tied])  # type: ignore[arg-type]

    def match(self, code: str | None, description: str | None, alias_sku: str | None = None,
              min_fuzzy: float = 70.0, exact_code: bool = False, above: str | None = None) -> ProductMatch:
        """`exact_code`: `code` is the seller's article number from an EDI or UBL field (ours, as the
        buyer's system holds it). It names a product exactly or not at all: an unknown one is an unknown
        item for a clerk, with what its description resembles as suggestions, never a look-alike SKU
        ('1001' is not '1011'). `above`: the description of the order's line above, for a line that
        names no product itself ("same in XL")."""
        if alias_sku and self._has(alias_sku):
            return ProductMatch(alias_sku, "alias", 100.0, [self._candidate(alias_sku, 100.0)])
        for text in (code, description):
            if text:
                hit = self.match_code(text, exact=exact_code and text is code)
                if hit:
                    return hit
        if exact_code and code:
            suggested = self.fuzzy_description(description) if description else []
            return ProductMatch(None, "none", suggested[0].score if suggested else 0.0, suggested)
        listed = self.listed_part_number(code, description)
        if listed is not None:
            return listed
        if description:
            description = self._models_as_ours(description)
        candidates: list[Candidate] = []
        method = "none"
        read: dict[str, list[Candidate]] = {}  # the words' own reading, done once however often it is asked

        def by_words(text: str) -> list[Candidate]:
            if text not in read:
                read[text] = self.fuzzy_description(text)
            return read[text]

        if code:
            candidates = self.fuzzy_code(code)
            method = "fuzzy_sku"
        named = self.exact_description(description) if description else None
        # Our own description, word for word, is as good as our SKU — unless a code beside it points
        # elsewhere, which is a doubt for the clerk.
        if named and (not code or (candidates and candidates[0].sku == named)):
            return ProductMatch(named, "exact_description", 99.0, [self._candidate(named, 99.0)])
        if code and description and candidates:
            # A code one keystroke from ours ("21-2050" for 21-2500, or for 12-3050) is that product only
            # where the words beside it do not say another ("DMSO 100ml" is no 50 mL centrifuge tube).
            said = self._read(description)
            # (Words naming goods of ours, "DMSO 100ml", also rule out a look-alike sharing none of them;
            # words naming none, "NTN or equal", leave the code to speak.)
            named_goods = bool(said.words) and any(c.score >= min_fuzzy for c in by_words(description))
            candidates = [c for c in candidates if self._words_allow(said, c.sku, named_goods)]
        if code and description and not candidates:
            # "4000K" or "6x6" read as the code of "T8 tubes": an attribute of the words, not a code; and
            # "5w30" of "syn qts", "205/55R16" of "91V": a spec no product has as its code, which the words of
            # a product do hold.
            joined = f"{description} {code}"
            if only_attributes(code) or _better(by_words(joined), by_words(description)):
                description = joined
        written = self.code_in_text(description) if description else None
        if written is not None and (not candidates or candidates[0].sku == written):
            # Our SKU written inside the words ("... 100 per box AB-1020-M"): the buyer named it, but the
            # reading did not take it for the line's code, so a clerk confirms it (never an approval).
            return ProductMatch(written, "sku_in_description", 95.0, [self._candidate(written, 95.0)])
        if description and above and not code:
            implied = self._as_line_above(description, above, min_fuzzy)
            if implied is not None and implied.sku is not None:
                return implied
            # (Not the product above with these attributes: the line may still measure a product of its own.)
        if description and not candidates and not code:
            by_attributes = self._by_attributes(description)
            if by_attributes is not None:
                return by_attributes
        if description and (not candidates or candidates[0].score < 90):
            by_description = by_words(description)
            if by_description and (not candidates or by_description[0].score > candidates[0].score):
                candidates, method = by_description, "fuzzy_description"
        if candidates and (candidates[0].score >= min_fuzzy
                           or (method == "fuzzy_description" and _clear_lead(candidates))):
            return ProductMatch(candidates[0].sku, method, candidates[0].score, candidates)
        # Words that name nothing well enough (another language's): the numbers may name it.
        by_numbers = self._by_numbers(description) if description and not code else None
        if by_numbers is not None:
            return by_numbers
        return ProductMatch(None, "none", candidates[0].score if candidates else 0.0, candidates)


# A machine's model written with its feature letters after the number ("M402dn", "M428fdw", "M15w"), which a
# catalog listing the models a product fits writes bare ("LaserJet Pro M402/M426").
_MODEL_WITH_FEATURES = re.compile(r"(?<![\w-])([A-Za-z]{1,4}-?\d{2,5})([A-Za-z]{1,4})(?![\w-])")


# A token that may be a product code: letters and digits, maybe joined by dashes, dots or slashes.
# (Or digit groups joined by dashes, as lab and parts catalogs number their goods: "10-1300", "4410-22".)
_CODE_TOKEN = re.compile(r"(?<![\w-])(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z])[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)+(?![\w-])"
                         r"|(?<![\w-])(?=\w*\d)(?=\w*[A-Za-z])\w{4,}(?![\w-])"
                         r"|(?<![\w./-])\d{2,}(?:-\d{2,})+(?![\w./-])")

_PACK_CLAUSE = re.compile(
    r",\s*(?:[^,]*\b(?:box|case|carton|pack|roll|bag|pail|drum|dozen|of)\b[^,]*|\d+\s*/\s*[a-z]+)$", re.IGNORECASE)


# Another maker's part number as a description lists it: letters and digits together ("PH3614", "P165877",
# "FL-820S"), or five digits or more ("51358"); not a measure or a size ("3/4-16", "2015-20", "LT245/75R16").
_PART_NUMBER = re.compile(r"(?<![\w./-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w./-])"
                          r"|(?<![\w./-])\d{5,}(?![\w./-])")


def _numbers_of(wording: Wording) -> set[float]:
    """Every number a description states: its measures, counts, range ends and the sizes of its dimensions."""
    return wording.values() | {size for pair in wording.pairs for size in pair}


def _better(these: list[Candidate], than: list[Candidate]) -> bool:
    return bool(these) and (not than or these[0].score > than[0].score)


def _starting_with(ordered: list[str], prefix: str, most: int = 2) -> int:
    """How many of the sorted texts begin with `prefix` (counting stops at `most`)."""
    found, i = 0, bisect_left(ordered, prefix)
    while i < len(ordered) and found < most and ordered[i].startswith(prefix):
        found, i = found + 1, i + 1
    return found


def _without_pack_clause(description: str) -> str:
    """'Nitrile gloves, blue, size S, box of 100' -> the same words without ', box of 100'."""
    text = description.strip()
    # The clause holds no comma, so it can only begin at the last one (trying every comma with the
    # pattern was a sixth of building a large catalog's index).
    last = text.rfind(",")
    if last < 0 or not _PACK_CLAUSE.match(text, last):
        return ""
    return normalise_text(text[:last])


BLOCKING_MIN_PRODUCTS = 5000


def _clear_lead(candidates: list[Candidate]) -> bool:
    """Whether the best candidate stands clear of every other, however low its own score."""
    best = candidates[0].score
    rest = max((c.score for c in candidates[1:]), default=0.0)
    return best >= LEAD_FLOOR and best - rest >= LEAD_MARGIN


def _ties(fit: Fit, best: Fit) -> bool:
    return fit.accounted >= best.accounted - 0.005 and fit.score >= best.score - TIE_SPREAD


def _ranked(fits: list[tuple[int, Fit]]) -> list[tuple[int, Fit]]:
    """Best first; the products tied with the best (see CatalogIndex.tied) in catalog order: which of
    them comes first means nothing, and the catalog's order at least never changes between runs."""
    fits = sorted(fits, key=lambda f: (-round(f[1].score, 6), f[0]))
    if not fits:
        return fits
    tied = [f for f in fits if _ties(f[1], fits[0][1])]
    return sorted(tied, key=lambda f: f[0]) + [f for f in fits if not _ties(f[1], fits[0][1])]


def _frequencies(wordings: list[Wording]) -> dict[str, int]:
    found: dict[str, int] = {}
    for w in wordings:
        for word in w.words:
            found[word] = found.get(word, 0) + 1
    return found
BLOCK_SIZE = 400


def _trigrams(code: str) -> list[str]:
    padded = f"^{code}$"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


# How many products the index reads at a time while it is built.
_BATCH = 4096
# How many products' readings a large catalog keeps (see CatalogIndex._wording).
WORDINGS_KEPT = 5000


# The index's columns that `CatalogIndex._columns` stores.
_STRING_COLUMNS = ("_skus", "_descriptions_as_written", "_gtins", "_norm_skus", "_descriptions", "_heads")
_CODE_COLUMNS = ("_uoms", "_prices", "_packs")


def _code_value(value: Any) -> list[str] | None:
    """A unit, price or pack size as JSON with its type; None for a type not written here."""
    if value is None:
        return ["none", ""]
    kind = {str: "str", int: "int", Decimal: "decimal"}.get(type(value))
    return None if kind is None else [kind, str(value)]


def _code_from(written: list[str]) -> Any:
    kind, text = written
    return {"none": lambda _: None, "str": str, "int": int, "decimal": Decimal}[kind](text)


class _Strings(Sequence[str]):
    """Many strings kept as one text and where each begins. A Python string costs about 50 bytes beside its
    characters; 100,000 products' five strings each cost their characters only, sliced out when read."""

    __slots__ = ("_text", "_starts")

    def __init__(self, values: Iterable[str] = (), text: str | None = None, starts: array[int] | None = None
                 ) -> None:
        if text is None or starts is None:
            values = list(values)
            text, starts = "".join(values), array("q", itertools.accumulate(map(len, values), initial=0))
        self._text, self._starts = text, starts

    def __len__(self) -> int:
        return len(self._starts) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self._text[self._starts[i]:self._starts[i + 1]]

    def __iter__(self) -> Iterator[str]:
        text, starts = self._text, self._starts
        return (text[starts[i]:starts[i + 1]] for i in range(len(starts) - 1))

    def lengths(self) -> np.ndarray:
        return np.diff(np.frombuffer(self._starts, dtype=np.int64))

    def ascii_bytes(self) -> np.ndarray:
        return np.frombuffer(self._text.encode("ascii"), dtype=np.uint8)


class _StringsBuilder:
    """Takes strings a few thousand at a time, joined at once, so that a large catalog never holds all of
    them as separate objects while its index is built."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._lengths = array("q", [0])

    def extend(self, values: list[str]) -> None:
        self._chunks.append("".join(values))
        self._lengths.extend(map(len, values))

    def build(self) -> _Strings:
        text = "".join(self._chunks)
        self._chunks = []
        return _Strings(text=text, starts=array("q", itertools.accumulate(self._lengths)))


class _Codes(Sequence[Any]):
    """A column of few distinct values (units, prices, pack sizes): each value once, a number per product."""

    def __init__(self) -> None:
        self._values: list[Any] = []
        self._numbers: dict[tuple[type, str], int] = {}
        self._codes = array("i")

    def extend(self, values: list[Any]) -> None:
        self._codes.extend(map(self._number, values))

    def _number(self, value: Any) -> int:
        # Keyed by type and text: Decimal("1.0") and Decimal("1.00") are equal but written differently.
        key = (type(value), str(value))
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self._values)
            self._values.append(value)
        return number

    def build(self) -> _Codes:
        self._numbers = {}
        return self

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, i: int) -> Any:  # type: ignore[override]
        return self._values[self._codes[i]]


class _Lookup:
    """Exact lookup of strings kept elsewhere: their hashes sorted, beside the entry each came from. A dict
    would hold a string object and a slot per key, five to ten times the memory; the caller compares the
    entries found with its key, as a dict compares keys of equal hash."""

    def __init__(self, hashes: Iterable[int], count: int, entries: np.ndarray | None = None) -> None:
        found = np.fromiter(hashes, dtype=np.int64, count=count)
        order = np.argsort(found, kind="stable")
        # (Plain arrays: bisect on them is three times quicker than numpy's searchsorted on one key.)
        self._hashes = array("q", found[order].tobytes())
        self._entries = array("i", (order if entries is None else entries[order]).astype(np.int32).tobytes())

    def entries(self, key: str) -> list[int]:
        """The entries whose key has the hash of `key`, in entry order."""
        h = hash(key)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        found = []
        while i < len(hashes) and hashes[i] == h:
            found.append(self._entries[i])
            i += 1
        return found

    def repeated(self, keys: Sequence[str]) -> set[str]:
        """The keys held by more than one entry."""
        hashes = np.frombuffer(self._hashes, dtype=np.int64)
        same = np.flatnonzero(hashes[1:] == hashes[:-1])
        counted = Counter(keys[self._entries[int(i)]] for i in np.union1d(same, same + 1))
        return {key for key, n in counted.items() if n > 1}


class _Products(Mapping[str, CatalogProduct]):
    """The catalog's products by SKU, made from the index's columns when asked for."""

    def __init__(self, index: CatalogIndex) -> None:
        self._index = index

    def __getitem__(self, sku: str) -> CatalogProduct:
        i = self._index._position(sku)
        if i is None:
            raise KeyError(sku)
        return self._index._product_at(i)

    def __contains__(self, sku: object) -> bool:
        return isinstance(sku, str) and self._index._position(sku) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._index._skus)

    def __len__(self) -> int:
        return len(self._index._skus)


class _Postings:
    """Inverted index token -> product positions, for picking the few products worth scoring.

    Candidates are ranked by the summed rarity (inverse document frequency) of the tokens they share
    with the query: the product the buyer meant shares its rare words, whatever else it shares.
    Every token's positions (ascending) are one slice of a single int32 array."""

    def __init__(self, chunks: Callable[[], Iterator[tuple[np.ndarray, np.ndarray]]], tokens: int, size: int,
                 token_id: Callable[[str], int | None]) -> None:
        """`chunks()`: (token ids, documents) in ascending document order, each pair once, the same each time
        it is called: counted, then placed token by token (a counting sort), so that nothing as large as the
        postings is allocated beside them."""
        counts = np.zeros(tokens, dtype=np.int64)
        for token_ids, _ in chunks():
            counts += np.bincount(token_ids, minlength=tokens)
        self._starts = np.zeros(tokens + 1, dtype=np.int64)
        np.cumsum(counts, out=self._starts[1:])
        self._documents = np.empty(int(self._starts[-1]), dtype=np.int32)
        cursor = self._starts[:-1].copy()
        for token_ids, documents in chunks():
            order = np.argsort(token_ids, kind="stable")
            token_ids, documents = token_ids[order], documents[order]
            run = np.flatnonzero(np.r_[True, token_ids[1:] != token_ids[:-1]])
            rank = np.arange(len(token_ids)) - np.repeat(run, np.diff(np.r_[run, len(token_ids)]))
            self._documents[cursor[token_ids] + rank] = documents
            cursor += np.bincount(token_ids, minlength=tokens)
        self._token_id = token_id
        self.size = size

    @classmethod
    def stored(cls, starts: np.ndarray, documents: np.ndarray, size: int,
               token_id: Callable[[str], int | None]) -> _Postings:
        """Postings as `__init__` left them, from their two arrays (matching/catalog_cache.py)."""
        postings = cls.__new__(cls)
        postings._starts, postings._documents = starts, documents
        postings._token_id, postings.size = token_id, size
        return postings

    def __contains__(self, token: str) -> bool:
        return self.get(token) is not None

    def get(self, token: str) -> np.ndarray | None:
        t = self._token_id(token)
        if t is None or t + 1 >= len(self._starts):
            return None
        start, end = self._starts[t], self._starts[t + 1]
        return self._documents[start:end] if end > start else None

    def top(self, tokens: list[str], k: int) -> np.ndarray:
        arrays, weights = [], []
        for token in set(tokens):
            found = self.get(token)
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


# A normalised SKU is written in these 36 characters; "^" and "$" mark its ends for the trigrams.
_SKU_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^$"
_BASE = len(_SKU_ALPHABET)


@cache
def _sku_code() -> np.ndarray:
    """Each byte's place in _SKU_ALPHABET, -1 outside it (made on first use: numpy loads with the first index)."""
    table = np.full(256, -1, dtype=np.int32)
    table[np.frombuffer(_SKU_ALPHABET.encode(), dtype=np.uint8)] = np.arange(len(_SKU_ALPHABET), dtype=np.int32)
    return table


def _trigram_id(trigram: str) -> int | None:
    codes = _sku_code()[np.frombuffer(trigram.encode("ascii", "replace"), dtype=np.uint8)]
    if len(codes) != 3 or (codes < 0).any():
        return None
    return int(codes[0]) * _BASE * _BASE + int(codes[1]) * _BASE + int(codes[2])


def _trigram_postings(codes: _Strings, chunk: int = 2048) -> _Postings:
    """The postings of every normalised SKU's trigrams (as _trigrams makes them), computed on the bytes of
    all SKUs at once, a few thousand SKUs at a time: a trigram is a number, base 38, so no token strings."""
    size = len(codes)
    lengths = codes.lengths()
    text = codes.ascii_bytes()
    starts = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])

    def chunks() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for first in range(0, size, chunk):
            yield _trigram_chunk(text, starts, lengths, first, min(first + chunk, size))

    return _Postings(chunks, _BASE ** 3, size, _trigram_id)


def _trigram_chunk(text: np.ndarray, starts: np.ndarray, lengths: np.ndarray, first: int, last: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """The (trigram, SKU) pairs of SKUs first..last-1, each once, by SKU."""
    n = np.arange(first, last, dtype=np.int64)
    own = lengths[first:last]
    padded = np.empty(int(own.sum()) + 2 * (last - first), dtype=np.int64)
    begins = starts[first:last] - starts[first] + 2 * (n - first)  # where each "^CODE$" begins
    padded[begins] = _BASE - 2
    padded[begins + own + 1] = _BASE - 1
    body = np.ones(len(padded), dtype=bool)
    body[begins] = False
    body[begins + own + 1] = False
    padded[body] = _sku_code()[text[starts[first]:starts[last]]]
    document = np.repeat(n, own + 2)
    gram = padded[:-2] * _BASE * _BASE + padded[1:-1] * _BASE + padded[2:]
    # A trigram stays inside one "^CODE$": neither of its first two characters is an end.
    inside = (padded[:-2] != _BASE - 1) & (padded[1:-1] != _BASE - 1)
    both = np.sort(document[:-2][inside] * _BASE ** 3 + gram[inside])
    both = both[np.r_[True, both[1:] != both[:-1]]]  # each trigram once per SKU
    return (both % _BASE ** 3).astype(np.int32), (both // _BASE ** 3).astype(np.int32)


def _word_postings(vocabulary: dict[str, int], word_ids: array[int], word_counts: array[int], size: int,
                   chunk: int = 2048) -> _Postings:
    ids = np.frombuffer(word_ids, dtype=np.int32)
    counts = np.frombuffer(word_counts, dtype=np.int32)
    ends = np.cumsum(counts, dtype=np.int64)

    def chunks() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for first in range(0, size, chunk):
            last = min(first + chunk, size)
            begin = int(ends[first - 1]) if first else 0
            yield ids[begin:int(ends[last - 1])], np.repeat(np.arange(first, last, dtype=np.int32),
                                                             counts[first:last])

    return _Postings(chunks, len(vocabulary), size, vocabulary.get)


def _gtin_ok(digits: str) -> bool:
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check
