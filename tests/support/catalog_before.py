"""The catalog index as it was before issue 15 (commit 1d748bc): dicts of lists, one Python list per posting.

Kept only as the reference the compact index in matching/catalog.py is checked against
(tests/unit/test_catalog_compact.py): the same product, method, score and candidates for every line. The
cascade and scoring are imported from matching/catalog.py, so only the data structures differ; retire this
file once the compact index has stood for a while."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np
from rapidfuzz import fuzz, process

from matching import catalog as current
from matching.catalog import (
    _CODE_TOKEN,
    ATTRIBUTES_ALONE,
    BLOCK_SIZE,
    LEAST_SUGGESTED,
    SUGGESTIONS,
    CatalogProduct,
    _frequencies,
    _gtin_ok,
    _ranked,
    _starting_with,
    _ties,
    _trigrams,
    _without_pack_clause,
    normalise_sku,
    normalise_text,
)
from matching.wording import (
    LINE_SHARE,
    Fit,
    Wording,
    cognate,
    compare,
    compound_of,
    differences,
    initials_key,
    like_above,
    only_attributes,
    read_wording,
    shortened,
    states_attributes,
)
from matching.wording import score as _score
from models.schemas import Candidate, ProductMatch


class ReferenceIndex:
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
        self._position = {sku: i for i, sku in enumerate(self._skus)}
        # Read lazily: a large catalog reads only the products a lookup narrows to.
        self._wordings: dict[int, Wording] = {}
        self._stem_postings: dict[str, list[int]] | None = None
        self._frequency: dict[str, int] = {}
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
        if len(self._skus) >= current.BLOCKING_MIN_PRODUCTS:
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

    def code_in_text(self, text: str) -> str | None:
        """The one SKU of ours written word for word among other words, when its product's description
        does not contradict those words; None when there is none, or more than one."""
        found = {t.upper() for t in _CODE_TOKEN.findall(text) if t.upper() in self.products}
        if len(found) != 1:
            return None
        sku = found.pop()
        rest = re.sub(re.escape(sku), " ", text, flags=re.IGNORECASE)
        product = self.products[sku]
        verdict = compare(read_wording(rest), self._wording(self._position[sku]), product.pack_size)
        return sku if verdict.contradicted is None else None

    def _words_allow(self, said: Wording, sku: str, share: bool) -> bool:
        product = self._wording(self._position[sku])
        if compare(said, product, self.products[sku].pack_size).contradicted is not None:
            return False
        return not share or bool(said.words & product.words)

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

    def fuzzy_description(self, text: str, limit: int = SUGGESTIONS) -> list[Candidate]:
        """The products a description may mean, best first. A product whose attribute the words contradict
        (another size, colour, oz, thread, count per pack...) is never among them."""
        query = normalise_text(text)
        if len(query) < 3:
            return []
        line = read_wording(text)
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
        return [self._candidate(self._skus[i], fit.score) for i, fit in ranked[:limit]]

    def _fits(self, line: Wording, pool: list[int], frequency: dict[str, int], documents: int
              ) -> list[tuple[int, Fit]]:
        found = []
        for i in pool:
            fit = _score(line, self._wording(i), self.products[self._skus[i]].pack_size, frequency, documents)
            if fit is not None:
                found.append((i, fit))
        return found

    def _wording(self, i: int) -> Wording:
        found = self._wordings.get(i)
        if found is None:
            found = self._wordings[i] = read_wording(self.products[self._skus[i]].description)
        return found

    def _wording_pool(self, line: Wording) -> list[int]:
        """Every product sharing a word with the line (a small catalog: read whole, once, on first use)."""
        if self._stem_postings is None:
            postings: dict[str, list[int]] = {}
            for i in range(len(self._skus)):
                for word in self._wording(i).words:
                    postings.setdefault(word, []).append(i)
            self._stem_postings = postings
            self._frequency = {w: len(v) for w, v in postings.items()}
        pool: set[int] = set()
        for word in line.words:
            found = self._stem_postings.get(word)
            # Cut short: every word it begins ("algae" begins "algaecide" too, though it is a word of ours).
            if len(word) >= 4 or (found is None and len(word) == 3):
                found = [*(found or ()), *(i for key, ids in self._stem_postings.items()
                                           if key != word and key.startswith(word) for i in ids)]
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
        words = read_wording(description)
        wanted = words.words - words.colours
        if self._word_postings is not None:  # a large catalog: its descriptions' plain words
            return any(w in self._word_postings.lists for w in normalise_text(description).split()
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
        line = read_wording(description)
        # (Two words of its own, even unknown ones, name some other thing: "pads for the scrubber, red".)
        if not states_attributes(line) or len(line.words - line.colours) > 1 or self.names_a_product(description):
            return None
        combined = like_above(line, read_wording(above))
        if not combined.words:
            return None
        if self._word_postings is None:
            pool, frequency, documents = self._wording_pool(combined), self._frequency, len(self._skus)
        else:
            pool = [int(i) for i in self._word_postings.top(normalise_text(above).split(), BLOCK_SIZE)]
            frequency, documents = _frequencies([self._wording(i) for i in pool]), max(len(pool), 1)
        ranked = _ranked([f for f in self._fits(combined, pool, frequency, documents)
                          if f[1].score >= LEAST_SUGGESTED])
        candidates = [self._candidate(self._skus[i], fit.score) for i, fit in ranked[:SUGGESTIONS]]
        if not candidates:
            return None
        if candidates[0].score >= min_fuzzy:
            return ProductMatch(candidates[0].sku, "as_line_above", candidates[0].score, candidates)
        return ProductMatch(None, "none", candidates[0].score, candidates)

    def _by_attributes(self, description: str) -> ProductMatch | None:
        """A line naming no product but measuring one ("33 gal clear 1.5 mil"): the products that state every
        attribute it states the same. One such product is the line's, for a clerk to confirm; several are
        suggestions without a pick. None when the line names something or measures too little to tell."""
        line = read_wording(description)
        # (A label is a kind of measure: "2 pole 30 amp" measures two things.)
        measured = {u for u, _ in line.measures if u} | {u for u, _, _ in line.ranges} | set(line.labels)
        if line.words - line.colours or len(measured) < ATTRIBUTES_ALONE or self._word_postings is not None:
            return None
        stated = len(line.measures) + len(line.ranges) + len(line.counts) + len(line.labels) + len(line.pairs) \
            + bool(line.colours) + bool(line.sizes)
        fitting = []
        for i, sku in enumerate(self._skus):
            verdict = compare(line, self._wording(i), self.products[sku].pack_size)
            if verdict.contradicted is None and verdict.unconfirmed == 0 and verdict.confirmed >= stated:
                fitting.append(sku)
        if not fitting or len(fitting) > SUGGESTIONS:
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
        line = read_wording(description)
        pool = [self._position[c.sku] for c in match.candidates if c.sku in self._position]
        frequency = self._frequency if self._word_postings is None else \
            _frequencies([self._wording(i) for i in pool])
        documents = len(self._skus) if self._word_postings is None else max(len(pool), 1)
        ranked = _ranked(self._fits(line, pool, frequency, documents))
        tied = [self._candidate(self._skus[i], fit.score) for i, fit in ranked if _ties(fit, ranked[0][1])] \
            if ranked else []
        if len(tied) < 2:
            return [], []
        return tied, differences([self._wording(self._position[c.sku]) for c in tied])

    def match(self, code: str | None, description: str | None, alias_sku: str | None = None,
              min_fuzzy: float = 70.0, exact_code: bool = False, above: str | None = None) -> ProductMatch:
        """`exact_code`: `code` is the seller's article number from an EDI or UBL field (ours, as the
        buyer's system holds it). It names a product exactly or not at all: an unknown one is an unknown
        item for a clerk, with what its description resembles as suggestions, never a look-alike SKU
        ('1001' is not '1011'). `above`: the description of the order's line above, for a line that
        names no product itself ("same in XL")."""
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
        if code and description and candidates:
            said = read_wording(description)
            # (Words naming goods of ours, "DMSO 100ml", also rule out a look-alike sharing none of them;
            # words naming none, "NTN or equal", leave the code to speak.)
            named_goods = bool(said.words) and any(c.score >= min_fuzzy for c in self.fuzzy_description(description))
            candidates = [c for c in candidates if self._words_allow(said, c.sku, named_goods)]
        if code and description and not candidates and only_attributes(code):
            # "4000K" or "6x6" read as the code of "T8 tubes": an attribute of the words, not a code.
            description = f"{description} {code}"
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
            by_description = self.fuzzy_description(description)
            if by_description and (not candidates or by_description[0].score > candidates[0].score):
                candidates, method = by_description, "fuzzy_description"
        if candidates and candidates[0].score >= min_fuzzy:
            return ProductMatch(candidates[0].sku, method, candidates[0].score, candidates)
        return ProductMatch(None, "none", candidates[0].score if candidates else 0.0, candidates)



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


