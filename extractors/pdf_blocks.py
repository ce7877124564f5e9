"""Address blocks a PDF prints side by side under their labels ("Vendor | Bill To | Ship To"), each read
down its own column from the words' positions.

A page's running text interleaves such blocks line by line ("CHEP USA INC CARGILL, INCORPORATED
Praveen kumar V"), so a ship-to read from it swallows the supplier's street and the buyer's city. Here a
label starts a column that runs to the next label or labelled field on its row; the block is the words
below that start where the column's values start (the label's edge or its first value's), until a gap
of more than a couple of lines, another block's label or the table."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from extractors.tabular import classify_header

# Labels of the address blocks a purchase order prints, and what each block is. The seller's own
# blocks (vendor, supplier, remit-to, ship-from) are read so that their address is never taken for
# where the goods go.
_KINDS: tuple[tuple[str, str], ...] = (
    ("ship_to", r"(?:please[ \t]+)?(?:ship(?:ped)?[ \t-]*to|deliver(?:y)?[ \t-]*to|delivery[ \t]+address"
                r"|shipping[ \t]+address|consignee|lieferadresse|lieferanschrift|adresse[ \t]+de[ \t]+livraison"
                r"|livrer[ \t]+[àa]|exp[ée]dier[ \t]+[àa]|direcci[óo]n[ \t]+de[ \t]+entrega|entregar[ \t]+en"
                # Dutch, the Nordic languages, Finnish, Polish, Czech, Italian, Portuguese, Hungarian, Romanian, Turkish
                r"|leveringsadres(?:se)?|afleveradres|bezorgadres|leveransadress|toimitusosoite"
                r"|(?:adres|miejsce)[ \t]+dostawy|dodac[íi][ \t]+adresa|m[íi]sto[ \t]+dod[áa]n[íi]"
                r"|(?:indirizzo|luogo)[ \t]+di[ \t]+consegna|destinazione[ \t]+merce"
                r"|(?:morada|endere[çc]o|local)[ \t]+de[ \t]+entrega"
                r"|sz[áa]ll[íi]t[áa]si[ \t]+c[íi]m|adresa[ \t]+de[ \t]+livrare|teslimat[ \t]+adresi)"),
    # A place printed under its own kind of name ("Property", "Job Site", "Location", "Receiving"): where a
    # multi-site buyer's goods go, read as the ship-to only when the block under it is a whole address (the
    # same words head a job's or a store's name alone as often).
    ("place", r"(?:(?:job[ \t]*)?site|property|location|receiving|destination|store|restaurant|clinic|hotel"
              r"|delivery[ \t]+(?:location|site|point|place))"),
    ("sold_to", r"(?:sold[ \t-]*to)"),
    ("bill_to", r"(?:bill(?:ed|ing)?[ \t-]*to|billing[ \t]+address|invoice[ \t-]*(?:to|address)"
                r"|rechnungsadresse|rechnungsanschrift|adresse[ \t]+de[ \t]+facturation|factur(?:er|ar)[ \t]+[àa]"
                r"|direcci[óo]n[ \t]+de[ \t]+facturaci[óo]n|factuuradres|fakturaadresse|fakturaadress|laskutusosoite"
                r"|adres[ \t]+do[ \t]+faktury|fakturační[ \t]+adresa|indirizzo[ \t]+di[ \t]+fatturazione)"),
    ("buyer", r"(?:customer|ordered[ \t]+by|besteller|client|cliente)"),
    # A buyer or purchaser block names a person at the buyer's more often than the company: it bounds
    # the columns beside it but is not read as the buyer.
    ("contact", r"(?:buyer|purchaser|contact|acheteur|comprador|einkäufer)"),
    ("seller", r"(?:vendor|supplier|seller|ordered[ \t]+from|order[ \t]+from|remit[ \t-]*to|ship[ \t-]*from"
               r"|lieferant|fournisseur|proveedor|vendedor|se[ñn]ores|to(?=[ \t]*:)"
               r"|leverand[øo]r|leverant[öo]r|leverancier|toimittaja|dostawca|dodavatel|fornitore|fornecedor"
               r"|sz[áa]ll[íi]t[óo]|furnizor|tedarik[çc]i)"),
)
_CANONICAL = {"ship_to": "Ship To", "sold_to": "Sold To", "bill_to": "Bill To", "buyer": "Customer"}
_LABEL = re.compile(r"^(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KINDS) + r")[ \t]*:?$",
                    re.IGNORECASE)
# Another field's label on the row ("PO Contact:", "Delivery date:") ends the column left of it.
_FIELD_LABEL = re.compile(r"^[^\W\d_][\w .#/'-]{0,30}:$")
_MAX_LABEL_WORDS = 6
_MAX_LINES = 8
# A value beside its label stands within a few letters of it ("Deliver to: Same as invoice address").
_FAR_BESIDE = 8
# An address line is short; a longer line under a label is prose (terms, a signature clause).
_MAX_LINE_CHARS = 60


@dataclass
class Block:
    """One labelled block: its label as printed, what it is (ship_to, bill_to, buyer, contact, seller) and
    its lines."""

    label: str
    kind: str
    lines: list[str]

    def text(self) -> str:
        """The block under the one label the header reader knows for its kind, in whatever language
        or wording it was printed ("Dirección de Entrega", "Please deliver to" are a ship-to)."""
        return "\n".join([f"{_CANONICAL.get(self.kind, self.label.rstrip(':').strip())}:", *self.lines])


def _height(word: dict[str, Any]) -> float:
    return max(float(word["bottom"] - word["top"]), 1.0)


def group_rows(words: list[dict[str, Any]], tolerance: float = 3.0) -> list[list[dict[str, Any]]]:
    """A page's words in printed lines (tops within `tolerance`), each left to right. The header and
    table readers ask this of one page's words up to six times: the last few answers are kept (by the
    words themselves, held so that they stay who they are), each caller given its own lists."""
    key = (tolerance, *map(id, words))
    with _ROWS_LOCK:
        known = _ROWS.get(key)
    if known is None:
        rows: list[list[dict[str, Any]]] = []
        for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
            if rows and abs(rows[-1][0]["top"] - w["top"]) <= tolerance:
                rows[-1].append(w)
            else:
                rows.append([w])
        known = (list(words), [sorted(r, key=_X0) for r in rows])
        with _ROWS_LOCK:
            _ROWS[key] = known
            while len(_ROWS) > 4:
                del _ROWS[next(iter(_ROWS))]
    return [list(row) for row in known[1]]


_X0 = itemgetter("x0")
# Recent answers of group_rows: (tolerance, ids of the words) -> (the words, kept alive so their ids
# are not reused while the answer is kept, and the rows).
_ROWS: dict[tuple[Any, ...], tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]] = {}
_ROWS_LOCK = threading.Lock()


def _starts_phrase(row: list[dict[str, Any]], i: int) -> bool:
    """Word i stands apart from the word before it (more than a space), or first on its row."""
    return i == 0 or row[i]["x0"] - row[i - 1]["x1"] > 0.6 * _height(row[i])


def _label_at(row: list[dict[str, Any]], i: int, pattern: re.Pattern[str]) -> int:
    """How many words from word i make a label `pattern` matches (the longest), standing apart from the
    words around it; 0 when none does."""
    if not _starts_phrase(row, i):
        return 0
    for n in range(min(_MAX_LABEL_WORDS, len(row) - i), 0, -1):
        text = " ".join(w["text"] for w in row[i:i + n])
        if _label_matches(pattern, text) and (i + n == len(row) or _starts_phrase(row, i + n)
                                               or text.endswith(":")):
            return n
    return 0


def _label_matches(pattern: re.Pattern[str], text: str) -> bool:
    """A label, maybe with a remark in brackets ("Bill To (invoices only)") or said twice over a slash
    ("SHIP TO / DELIVER TO")."""
    if pattern is _FIELD_LABEL:
        return bool(pattern.match(text))  # one field named two ways ("MARK FOR / FINAL DESTINATION:")
    text = re.sub(r"[ \t]*\([^)]{1,30}\)[ \t]*:?$", "", text)
    return all(pattern.match(piece.strip()) for piece in text.split(" / ")) if text else False


def _labels_on(row: list[dict[str, Any]]) -> list[tuple[int, int, str | None]]:
    """(first word, words taken, block kind or None for another field's label) for each label on the row.
    Block labels are found first, so words set apart ("Supplier   Invoice   to:") do not read as one
    field label running over the next block's."""
    blocks: dict[int, tuple[int, str | None]] = {}
    i = 0
    while i < len(row):
        n = _label_at(row, i, _LABEL)
        if n:
            m = _LABEL.match(re.sub(r"[ \t]*(?:\([^)]*\)|/.*)[ \t]*:?$", "", " ".join(w["text"] for w in row[i:i + n])))
            blocks[i] = (n, m.lastgroup if m else None)
        i += n or 1
    found: list[tuple[int, int, str | None]] = []
    i = 0
    while i < len(row):
        if i in blocks:
            found.append((i, *blocks[i]))
            i += blocks[i][0]
            continue
        n = _label_at(row, i, _FIELD_LABEL)
        if n and not any(j in blocks for j in range(i, i + n)):
            found.append((i, n, None))
            i += n
        else:
            i += 1
    return found


def _column_line(row: list[dict[str, Any]], left: float, right: float, starts: list[float]) -> str | None:
    """The words of `row` in the column [left, right) that start at one of the column's value edges and
    run on without a wide gap; None when the column holds nothing there (or only another column's text)."""
    inside = [w for w in row if left - 6 <= w["x0"] < right - 2]
    if not inside:
        return None
    if not any(abs(inside[0]["x0"] - s) <= 6 for s in starts):
        return ""  # text in the column, but not where its values start: not this block's
    taken = [inside[0]]
    for w in inside[1:]:
        if w["x0"] - taken[-1]["x1"] > 3.5 * _height(w):
            break
        taken.append(w)
    return " ".join(w["text"] for w in taken)


_TITLE = re.compile(r"\b(?:purchase|supply|material|materials|store|site)[ \t]+order\b|\border[ \t]+form\b",
                    re.IGNORECASE)


def _is_table_header(row: list[dict[str, Any]]) -> bool:
    """Column names for quantity and item or description on one row. A sentence ("Invoices must
    reference this order number and item") names them too, in words a header does not write: three
    or more lowercase words make it prose, and the blocks under it are still the header's."""
    if sum(1 for w in row if w["text"][:1].islower()) >= 3:
        return False
    if any(w["text"].endswith(":") and classify_header(after["text"]) is None
           for w, after in zip(row, row[1:], strict=False)):
        return False  # a field and its value ("Order ref: TC-3391"), not column names
    if _TITLE.search(" ".join(w["text"] for w in row)):
        return False  # the document's title ("MATERIAL PURCHASE ORDER")
    names = {classify_header(w["text"]) for w in row}
    return "quantity" in names and bool({"item_code", "description"} & names)


def header_blocks(words: list[dict[str, Any]], page_width: float) -> list[Block]:
    """The labelled address blocks on a page above its order table, each read down its own column."""
    rows = group_rows(words)
    table_at = next((r for r, row in enumerate(rows) if _is_table_header(row)), len(rows))
    rows = rows[:table_at]
    blocks: list[Block] = []
    for r, row in enumerate(rows):
        labels = _labels_on(row)
        if not any(kind for _, _, kind in labels):
            continue
        edges = [row[i]["x0"] for i, _, _ in labels]
        for k, (i, n, kind) in enumerate(labels):
            if kind is None:
                continue
            left = row[i]["x0"]
            right = edges[k + 1] if k + 1 < len(edges) else page_width + 1
            label = " ".join(w["text"] for w in row[i:i + n])
            after = [w for w in row[i + n:] if w["x0"] < right - 2]
            if after and after[0]["x0"] - row[i + n - 1]["x1"] > _FAR_BESIDE * _height(row[i + n - 1]):
                after = []  # far to the label's right, on its row: another column's line, not this block's value
            starts = [left] + ([after[0]["x0"]] if after else [])
            lines = [" ".join(w["text"] for w in after)] if after else []
            last = row[0]
            for below in rows[r + 1:]:
                # (A label in a shaded band sits further above its first value than lines sit apart.)
                gap = 2.4 if lines else 3.5
                if below[0]["top"] - last["top"] > gap * _height(last) or len(lines) >= _MAX_LINES:
                    break
                if any(kind_below for j, _, kind_below in _labels_on(below)
                       if left - 6 <= below[j]["x0"] < right - 2):
                    break  # another block starts in this column
                line = _column_line(below, left, right, starts)
                if line is None:
                    continue
                if len(line) > _MAX_LINE_CHARS:
                    break
                last = below[0]
                if line:
                    lines.append(line)
            if lines:
                blocks.append(Block(label, kind, lines))
    return blocks


def stacked_fields(words: list[dict[str, Any]]) -> str:
    """Fields printed as a label with its value on the line below, in a column of their own beside other
    text ("PO number/date" over "4471 / 01/27/2026", an address running on the left): each as "label" and
    "value" on two lines, blocks apart, for the header reader's stacked labels. Only a label that stands
    alone in its column and a value on the next line that starts where it starts, or is centred under it
    (accounting packages centre both in a box: "Date" over a wider "11/25/2026")."""
    rows = group_rows(words)
    table_at = next((r for r, row in enumerate(rows) if _is_table_header(row)), len(rows))
    out: list[str] = []
    for r in range(min(table_at, len(rows)) - 1):
        below = rows[r + 1]
        for piece in _pieces(rows[r]):
            text = " ".join(w["text"] for w in piece)
            if not re.search(r"[^\W\d_]{2}", text) or re.search(r"\d", text) or len(text) > 40:
                continue  # a label has letters and no digits
            height = _height(piece[0])
            if below[0]["top"] - piece[0]["top"] > 2.2 * height:
                continue
            value = next((p for p in _pieces(below) if abs(p[0]["x0"] - piece[0]["x0"]) <= 3
                          or abs(_centre(p) - _centre(piece)) <= 3), None)
            if value is not None and re.search(r"\d", " ".join(w["text"] for w in value)):
                out.append(text + "\n" + " ".join(w["text"] for w in value))
    return "\n\n".join(out)


def _centre(piece: list[dict[str, Any]]) -> float:
    return (float(piece[0]["x0"]) + float(piece[-1]["x1"])) / 2


def _pieces(row: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A row cut where its words stand further apart than a wide space: its columns' texts."""
    pieces: list[list[dict[str, Any]]] = []
    for i, w in enumerate(row):
        if i and w["x0"] - row[i - 1]["x1"] <= 1.2 * _height(w):
            pieces[-1].append(w)
        else:
            pieces.append([w])
    return pieces
