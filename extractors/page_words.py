"""A page's words and text lines cut from its characters exactly as pdfplumber's utilities cut them with
their default settings (`extract_words()`, `extract_text()`, and `utils.extract_text` on a table cell's
characters), in one pass over plain tuples: pdfplumber's generic word extractor (a function call and a
dict look-up for every setting, every character) was the largest cost of reading a PDF once PDFium laid
the page out.

What the defaults mean, and what is kept here, tie for tie:
- characters run in groups of one uprightness as they come; in each, lines are clusters of `top`
  (upright) or `x0` (turned) values chained within 3 points, each line sorted by `x0` (or `top`, `bottom`),
  stably;
- a word ends at a blank character (which it drops), where the next character starts before the last
  one's start or more than 3 points past its end, or stands more than 3 points above or below it; a
  character without text is a word of its own;
- a word's box is its characters' box, its text theirs with ligatures ("ﬁ") spelled out;
- a page's text is its words in lines whose `top` values chain within 3 points, in the words' order,
  a space between words and a newline between lines; a cell's text the same with lines in `top` order.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any

TOLERANCE = 3.0  # pdfplumber's DEFAULT_X_TOLERANCE and DEFAULT_Y_TOLERANCE
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}

Word = dict[str, Any]
Char = dict[str, Any]


def _cluster_ids(values: list[float]) -> dict[float, int]:
    """pdfplumber's make_cluster_dict: the distinct values sorted, chained while each is within the
    tolerance of the one before, each value mapped to its chain's number."""
    ids: dict[float, int] = {}
    cluster = -1
    last = 0.0
    for value in sorted(set(values)):
        if cluster < 0 or value > last + TOLERANCE:
            cluster += 1
        ids[value] = cluster
        last = value
    return ids


_UPRIGHT = itemgetter("upright")


def words_with_chars(chars: list[Char]) -> list[tuple[Word, list[Char]]]:
    """Each word (pdfplumber's dict) with its characters, in pdfplumber's order."""
    out: list[tuple[Word, list[Char]]] = []
    for upright, run in groupby(chars, _UPRIGHT):
        group = list(run)
        if upright:
            line_of = [c["top"] for c in group]
        else:
            line_of = [c["x0"] for c in group]
        ids = _cluster_ids(line_of)
        numbered = sorted(range(len(group)), key=lambda k: ids[line_of[k]])  # stable: page order kept
        for _, members in groupby(numbered, key=lambda k: ids[line_of[k]]):
            line = [group[k] for k in members]
            if upright:
                line.sort(key=_X0)
                _cut_line(line, "x0", "x1", "top", upright, "ltr", out)
            else:
                line.sort(key=_TOP_BOTTOM)
                _cut_line(line, "top", "bottom", "x0", upright, "ttb", out)
    return out


_X0 = itemgetter("x0")
_TOP_BOTTOM = itemgetter("top", "bottom")


def _cut_line(line: list[Char], start: str, end: str, across: str, upright: Any, direction: str,
              out: list[tuple[Word, list[Char]]]) -> None:
    """pdfplumber's iter_chars_to_words on one sorted line, each word merged (merge_chars) into `out`."""
    word: list[Char] = []
    before_start = before_end = before_across = 0.0
    for char in line:
        text = char["text"]
        if text.isspace():
            if word:
                out.append((_merged(word, upright, direction), word))
                word = []
            continue
        if text == "":
            # pdfplumber's split_at_punctuation of "" holds "": a character without text stands alone
            if word:
                out.append((_merged(word, upright, direction), word))
                word = []
            out.append((_merged([char], upright, direction), [char]))
            continue
        at, reach, level = char[start], char[end], char[across]
        if word and (at < before_start or at > before_end + TOLERANCE or abs(level - before_across) > TOLERANCE):
            out.append((_merged(word, upright, direction), word))
            word = [char]
        else:
            word.append(char)
        before_start, before_end, before_across = at, reach, level
    if word:
        out.append((_merged(word, upright, direction), word))


_LIGATURE_LETTERS = frozenset(LIGATURES)
_TEXT = itemgetter("text")
_X0S, _TOPS, _X1S, _BOTTOMS = itemgetter("x0"), itemgetter("top"), itemgetter("x1"), itemgetter("bottom")


def _merged(chars: list[Char], upright: Any, direction: str) -> Word:
    """pdfplumber's merge_chars (with its own `upright` and `direction` of the line)."""
    first = chars[0]
    if len(chars) == 1:
        x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    else:
        x0, top = min(map(_X0S, chars)), min(map(_TOPS, chars))
        x1, bottom = max(map(_X1S, chars)), max(map(_BOTTOMS, chars))
    texts = list(map(_TEXT, chars))
    if _LIGATURE_LETTERS.isdisjoint(texts) and None not in texts:
        text = "".join(texts)
    else:
        text = "".join(LIGATURES.get(t, t or "") for t in texts)
    return {"text": text, "x0": x0, "x1": x1, "top": top, "doctop": top + (first["doctop"] - first["top"]),
            "bottom": bottom, "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
            "direction": direction}


def words(chars: list[Char]) -> list[Word]:
    """pdfplumber's `extract_words()` with its defaults."""
    return [word for word, _ in words_with_chars(chars)]


def page_text(found: list[Word]) -> str:
    """pdfplumber's `Page.extract_text()` with its defaults, from the page's words (`words`): lines are
    runs of words whose tops fall in one chain, in the words' order."""
    if not found:
        return ""
    tops = [w["top"] for w in found]
    ids = _cluster_ids(tops)
    lines: list[str] = []
    for _, members in groupby(found, key=lambda w: ids[w["top"]]):
        lines.append(_joined(members))
    return "\n".join(lines)


def cell_text(chars: list[Char]) -> str:
    """pdfplumber's `utils.extract_text(chars)` with its defaults: the words in lines of chained tops,
    the lines in top order (stably)."""
    if not chars:
        return ""
    tops = list(map(_TOPS, chars))
    if max(tops) - min(tops) <= TOLERANCE and all(map(_UPRIGHT, chars)):
        # One upright line (every top within the tolerance of the highest: one chain), as most cells are.
        return _line_text(sorted(chars, key=_X0))
    found = words(chars)
    if not found:
        return ""
    ids = _cluster_ids([w["top"] for w in found])
    ordered = sorted(found, key=lambda w: ids[w["top"]])
    return "\n".join(" ".join(w["text"] for w in members)
                     for _, members in groupby(ordered, key=lambda w: ids[w["top"]]))


def _joined(members: Any) -> str:
    """A line's words as the text map writes them: a space before each word once the line holds text."""
    line = ""
    for word in members:
        if line:
            line += " "
        line += word["text"]
    return line


def _line_text(line: list[Char]) -> str:
    """The words of one upright line sorted by x0, cut as `_cut_line` cuts them, joined by spaces."""
    texts: list[str] = []
    word: list[str] = []
    before_start = before_end = before_top = 0.0
    for char in line:
        text: str = char["text"]
        if text.isspace() or text == "":
            if word:
                texts.append("".join(word))
                word = []
            if text == "":
                texts.append("")  # a character without text is a word of its own
            continue
        at, top = char["x0"], char["top"]
        if word and (at < before_start or at > before_end + TOLERANCE or abs(top - before_top) > TOLERANCE):
            texts.append("".join(word))
            word = []
        word.append(LIGATURES.get(text, text))
        before_start, before_end, before_top = at, char["x1"], top
    if word:
        texts.append("".join(word))
    return " ".join(texts)
