"""Goods named once, then counted size by size, in a mail's text.

Clothing, shoes and gloves are ordered by the size, and buyers write the goods once: on a line of its own
with the sizes under it ("Sicherheitsstiefel S3, schwarz" over "  Gr. 41 - 2 Paar", "Softshell vest navy" over
"  M  2", "Hi-vis vests (class 2):" over "  orange, XL x4, XXL x2"), or with the sizes after it on its line
("koksbuis wit lange mouw - 2x S, 3x M, 3x L", "Scrub tunic navy: S x 4, M x 6"). No size line names goods,
so each is read here as the goods in that size: one order line per size counted, a colour said before the
sizes going with each. (A size-run grid, a column per size, is `size_grid.py`'s.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.text_table import TextTable
from models.schemas import ExtractedLine, Provenance
from vocabulary.units import normalise_unit

_LETTER = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|xxxxl|[2-6]\s?xl)"
_WORD = (r"(?:size|sz|gr|gr\u00f6\u00dfe|maat|mt|taille|t|talla|taglia|tg|str|strl|stl|storlek|st\u00f8rrelse"
         r"|rozmiar|rozm|koko|velikost|eu)")
# A size: a letter size, maybe after a size word ("maat L"), or a number after one ("Gr. 41", "maat 44").
_SIZE = rf"(?:(?:{_WORD})\.?\s*)?{_LETTER}|(?:{_WORD})\.?\s*\d{{1,2}}(?:[.,]5)?"
_UNIT = r"[^\W\d_]{1,8}\.?"
# One size counted: "XL x4", "Gr. 41 - 2 Paar", "L: 3", "M = 2"; "2x S", "3 x M"; and, alone on a run's line, "M  2".
_AFTER = re.compile(rf"(?P<size>{_SIZE})\s*(?:[x\u00d7*]|[-\u2013:=])\s*(?P<n>\d{{1,4}})(?:\s*(?P<unit>{_UNIT}))?",
                    re.IGNORECASE)
_BEFORE = re.compile(rf"(?P<n>\d{{1,4}})\s*(?:[x\u00d7*]\s*)?(?:(?P<unit>pairs?|pr|paar|par|pcs|stk|st)\.?\s+)?"
                     rf"(?P<size>{_SIZE})", re.IGNORECASE)
_SPACED = re.compile(rf"(?P<size>{_SIZE})\s+(?P<n>\d{{1,4}})(?:\s*(?P<unit>{_UNIT}))?", re.IGNORECASE)
# A word said before the sizes, going with each of them ("orange, XL x4, XXL x2"; "yellow L x6").
_COLOUR = re.compile(r"[^\W\d_]{3,12}")
# The goods, then the sizes after a dash or a colon: "koksbuis wit lange mouw - 2x S, 3x M".
_GOODS_THEN_SIZES = re.compile(r"^(?P<bullet>\s*(?:[-*\u2022\u2013]\s+)?)(?P<goods>[^\d\s:][^:]*?)"
                               r"\s+[-\u2013:]\s+(?P<sizes>.+)$")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]\s+|\d{1,2}[.)]\s+)?")
# A heading that is a sentence, not goods: it ends with a full stop, or asks.
_SENTENCE_END = re.compile(r"[.?!]\s*$")
_MOST_HEADING_WORDS = 10



@dataclass
class _Counted:
    size: str
    quantity: Decimal
    unit: str | None
    start: int
    end: int
    colour: str | None


def _piece(text: str, spaced: bool) -> re.Match[str] | None:
    for pattern in (_AFTER, _BEFORE, *((_SPACED,) if spaced else ())):
        m = pattern.fullmatch(text)
        if m is not None:
            return m
    return None


def counted_sizes(text: str, spaced: bool = False) -> list[_Counted] | None:
    """The sizes a text counts, each with its count, when the text is nothing else: pieces apart by commas,
    semicolons, "and" or slashes, a word before them all or before one naming its colour. `spaced`: a size and
    a bare count after it ("M  2") is a counted size too (on a line of its own under the goods)."""
    found: list[_Counted] = []
    colour: str | None = None
    for m in re.finditer(r"[^,;/]+", text):
        piece = m.group(0)
        for part in re.split(r"\s+(?:and|und|en|et|y|e|og|och|i|a)\s+", piece.strip()):
            if not part:
                continue
            start = m.start() + piece.find(part)
            counted = _piece(part, spaced)
            if counted is None:
                head = re.match(r"(?P<word>[^\W\d_]{3,12})\s+(?=\S)", part)
                counted = _piece(part[head.end():], spaced) if head else None
                if counted is None:
                    if not _COLOUR.fullmatch(part):
                        return None
                    colour = part  # "orange, XL x4": the colour of the sizes after it
                    continue
                colour = head["word"] if head else colour
                start += head.end() if head else 0
            if counted.re is _BEFORE and not re.search(r"[x\u00d7*]",
                                                       counted.group(0)[:counted.start("size") - counted.start()],
                                                      re.IGNORECASE) \
                    and not (counted["size"].isupper() or re.match(_WORD, counted["size"], re.IGNORECASE)):
                return None  # "10 m" is ten metres; "3 XL", "2x s" are sizes
            quantity = Decimal(counted["n"])
            if quantity <= 0:
                continue
            unit = counted["unit"] if counted.groupdict().get("unit") else None
            found.append(_Counted(" ".join(counted["size"].split()), quantity,
                                  normalise_unit(unit.rstrip(".")) if unit else None, start, start + len(part), colour))
    return found or None


def _run_line(line: str) -> list[_Counted] | None:
    return counted_sizes(_BULLET.sub("", line).strip(), spaced=True) if line.strip() else None


def _named(goods: str, counted: _Counted) -> str:
    return " ".join(p for p in (goods, counted.colour, counted.size) if p)


def _line(goods: str, counted: _Counted, raw: str, offset: int, part_index: int, kind: str) -> ExtractedLine:
    return ExtractedLine(raw_text=raw.strip(), quantity=counted.quantity, description=_named(goods, counted),
                         uom=counted.unit, confidence=0.9,
                         provenance=Provenance(kind=kind, part_index=part_index,
                                               span=(offset + counted.start, offset + counted.end)))


def _goods_heading(line: str) -> str | None:
    """A line naming goods over their sizes: words (not a sentence), no count of its own."""
    name = _BULLET.sub("", line).strip().rstrip(":").strip()
    if not re.search(r"[^\W\d_]{3}", name) or _SENTENCE_END.search(name) or len(name.split()) > _MOST_HEADING_WORDS:
        return None
    return name


def size_runs(kept: list[tuple[int, str]], part_index: int, kind: str = "text") -> list[TextTable]:
    """The goods counted size by size among the lines of a body (`kept`: (offset, line) pairs)."""
    found: list[TextTable] = []
    n = 0
    while n < len(kept):
        offset, line = kept[n]
        same = _GOODS_THEN_SIZES.match(line)
        counted = counted_sizes(same["sizes"]) if same else None
        if same and counted:
            goods = same["goods"].strip()
            at = offset + same.start("sizes")
            found.append(TextTable(n, n, [_line(goods, c, line, at, part_index, kind) for c in counted]))
            n += 1
            continue
        heading = _goods_heading(line) if n + 1 < len(kept) and _run_line(kept[n + 1][1]) else None
        if heading is not None:
            under = kept[n + 1][1]
            indented = len(under) - len(under.lstrip()) > len(line) - len(line.lstrip())
            if line.rstrip().endswith(":") or indented:
                run = TextTable(n, n)
                m = n + 1
                while m < len(kept) and (sizes := _run_line(kept[m][1])):
                    run.lines.extend(_line(heading, c, kept[m][1], kept[m][0], part_index, kind) for c in sizes)
                    run.last = m
                    m += 1
                found.append(run)
                n = m
                continue
        n += 1
    return found
