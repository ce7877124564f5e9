"""Goods ordered by their number alone, one per line: a colour's shade ("6.1 x 3", "7/43 x 2", "3x 9.03"), a
polish's code ("105 x 3", "3 x 105"), in a run of such lines; and what the buyer says of them all ("tutto tubi da 60 ml",
"all 60ml tubes").

A salon orders hair colour by its shade, a painter paint by its colour number, a nail bar polish by its code: the
catalog writes that number inside the product's name ("Cromalux colore in crema 6.1 Biondo scuro cenere tubo 60
ml"), the buyer writes only it and a count. Alone, "6.1 x 3" could be a measure; two lines or more of a number and
a count and nothing else are a list of goods by their numbers. The size they all come in, said once for all of
them, goes with each number so that the matcher can tell the 60 ml tube from the 100 ml one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.text_table import TextTable
from models.schemas import ExtractedLine, Provenance
from vocabulary.numbers import parse_decimal

_BULLET = r"[ \t]*(?:[-*\u2022\u2013][ \t]*)?"
# A price after the count: "6.1 x 3 a 9,50", "7/43 x 2 @ 6.90 €".
_PRICE = (r"(?:[ \t]+(?:a|@|à|at|zu|por|per|for)[ \t]*(?:€|eur|£|\$)?[ \t]*(?P<price>\d{1,4}[.,]\d{2})"
          r"[ \t]*(?:€|eur|euro)?)?")
_PIECES = r"(?:pz|pcs|st|stk|uds?|szt|ks|tubes?|tubi|tubos)"
# "6.1 x 3", "7/43 x 2", "105 x 3", "6.1 - 3", "6.1: 3"; "5.1 2 Stk" (a shade, its count and the count's word)
_NUMBER_THEN_COUNT = re.compile(rf"^{_BULLET}(?P<code>\d{{1,3}}(?:[./]\d{{1,2}})?)[ \t]*"
                                rf"(?:(?:[x\u00d7*:=]|[ \t]-)[ \t]*"
                                rf"(?P<n>\d{{1,3}})(?:[ \t]*(?:{_PIECES}|x))?"
                                rf"|[ \t]+(?P<n2>\d{{1,3}})[ \t]*{_PIECES})\.?"
                                rf"{_PRICE}[ \t]*$", re.IGNORECASE)
# "3x 7/43", "2 x 9.03": the count first, then a shade written with its dot or slash; "3 x 105": a count, then a
# number too large to be one.
_COUNT_THEN_NUMBER = re.compile(rf"^{_BULLET}(?P<n>\d{{1,3}})[ \t]*[x\u00d7*][ \t]*"
                                rf"(?P<code>\d{{1,2}}[./]\d{{1,2}}|\d{{3,4}}){_PRICE}[ \t]*$",
                                re.IGNORECASE)
_LEAST_LINES = 2
# "tutto tubi da 60 ml", "all 60ml tubes", "alles in 100 ml", "todos tubos de 60 ml": a size said for every line.
_FOR_ALL = re.compile(r"\b(?:all|everything|tutt[oiae]|todos?|todas?|tous|toutes|alle[ns]?|allt|kaikki|wszystk\w*|"
                      r"v[šs]echn\w*|tudo)\b[^.\n]{0,30}?(?P<size>\d+(?:[.,]\d+)?[ \t]?(?:ml|l|g|kg|cl|oz))\b",
                      re.IGNORECASE)



def _designated(line: str) -> re.Match[str] | None:
    for pattern in (_NUMBER_THEN_COUNT, _COUNT_THEN_NUMBER):
        m = pattern.match(line)
        if m is None:
            continue
        if re.fullmatch(r"\d+", m["code"]):
            # Two whole numbers say which is which only by their size: "105 x 3" and "3 x 105" are three of the
            # 105; "10 x 12" could be either (left to the order-line reader).
            count = m.groupdict().get("n") or m.groupdict().get("n2")
            if int(m["code"]) < 100 or int(count) >= 100:
                continue
        return m
    return None


def size_for_all(text: str) -> str | None:
    """The size the text says every line comes in ("tutto tubi da 60 ml come sempre"), or None."""
    m = _FOR_ALL.search(text)
    return " ".join(m["size"].split()) if m else None


def only_size_for_all(line: str) -> bool:
    """Whether the line does nothing but say the size every line comes in ("(tutti tubi da 100 ml)", "all 60ml")."""
    return len(line) <= 60 and size_for_all(line) is not None and not re.search(r"\b(?:x|×)\s*\d", line)


def designation_runs(kept: list[tuple[int, str]], part_index: int, kind: str = "text",
                     for_all: str | None = None) -> list[TextTable]:
    """The runs of two lines or more that each order goods by a number and a count (`kept`: (offset, line) pairs);
    `for_all`: the size the text says they all come in, written after each number."""
    found: list[TextTable] = []
    n = 0
    while n < len(kept):
        end = n
        while end < len(kept) and _designated(kept[end][1]):
            end += 1
        if end - n >= _LEAST_LINES:
            run = TextTable(n, end - 1)
            # the note next to the run says it for these lines ("(alle 60ml)" under them), else the text's
            near = next((size for _, text in kept[end:end + 2] + kept[max(0, n - 2):n][::-1]
                         if (size := size_for_all(text)) is not None), None)
            size = near or for_all
            for offset, line in kept[n:end]:
                m = _designated(line)
                assert m is not None
                code = m["code"]
                count = m.groupdict().get("n") or m.groupdict().get("n2")
                price = parse_decimal(m["price"]) if m["price"] else None
                run.lines.append(ExtractedLine(
                    raw_text=line.strip(), quantity=Decimal(count), unit_price=price,
                    description=f"{code} {size}" if size else code, confidence=0.9,
                    provenance=Provenance(kind=kind, part_index=part_index, span=(offset + m.start("code"),
                                                                                  offset + m.end("code")))))
            found.append(run)
            n = end
        else:
            n = max(end, n + 1)
    return found
