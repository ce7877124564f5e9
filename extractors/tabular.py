"""Tables -> order lines: find the header row anywhere, map columns by synonyms, read the rows.

Shared by every extractor that sees a grid (PDF tables, spreadsheets, CSV, HTML tables), so a new
column synonym or a totals-row rule helps all formats at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from models.schemas import ExtractedLine, Provenance
from vocabulary.numbers import parse_decimal
from vocabulary.units import normalise_unit

Cell = object
Rows = Sequence[Sequence[Cell]]

# Checked in this order, so "unit price" is a price before "unit" can make it a unit of measure.
COLUMN_SYNONYMS: list[tuple[str, list[str]]] = [
    # Header fields some buyers repeat on every row of a flat file.
    ("po_number", ["po number", "po", "po no", "po nr", "purchase order", "purchase order number", "order number",
                   "order no", "bestellnummer", "bestell nr", "numéro de commande", "n de commande",
                   "número de pedido", "pedido"]),
    ("order_date", ["order date", "po date", "date", "bestelldatum", "datum", "date de commande", "fecha",
                    "fecha de pedido"]),
    ("requested_date", ["delivery date", "requested date", "requested delivery", "need by", "due date",
                        "ship date", "liefertermin", "lieferdatum", "date de livraison", "fecha de entrega"]),
    ("line_total", ["amount", "total", "line total", "ext price", "extended price", "extension", "ext",
                    "extended", "net amount", "gesamt", "gesamtpreis", "betrag", "importe", "montant",
                    "total price", "line amount", "subtotal"]),
    ("unit_price", ["unit price", "price", "unit cost", "price each", "each", "cost", "rate", "preis",
                    "einzelpreis", "stückpreis", "precio", "precio unitario", "prix", "prix unitaire",
                    "net price", "price ea", "unit price usd", "price per unit"]),
    ("quantity", ["qty", "quantity", "qty ordered", "order qty", "ordered", "quantity ordered", "menge",
                  "qty ord", "ord qty", "qty req", "req qty", "quantity ord", "ordered qty", "qty requested",
                  "anzahl", "cantidad", "quantité", "qté", "qte", "units", "pcs", "stk"]),
    ("uom", ["uom", "unit", "u m", "um", "unit of measure", "units of measure", "einheit", "me", "unidad",
             "unité", "pack", "measure"]),
    ("customer_part", ["customer part", "customer part no", "your part", "buyer part", "buyer item",
                       "customer item", "cust part", "our part", "our item", "our ref", "kunden artikel",
                       "customer sku", "buyer sku"]),
    ("description", ["description", "desc", "item description", "product description", "product",
                     "product name", "name", "article description", "beschreibung", "bezeichnung",
                     "artikelbezeichnung", "descripción", "descripcion", "désignation", "designation",
                     "details", "item name"]),
    ("item_code", ["sku", "item", "item no", "item number", "item code", "part", "part no", "part number",
                   "product number", "product id", "product nr", "item id no",
                   "part num", "product code", "product no", "code", "article", "article no", "material",
                   "material no", "artikelnummer", "artikel", "artikel nr", "art nr", "catalog no",
                   "cat no", "ref", "reference", "vendor part", "supplier part", "mfr part", "model",
                   "referencia", "référence", "your sku", "supplier sku", "vendor sku", "item id"]),
]
_TOTAL_ROW = re.compile(
    r"^\s*(sub\s*-?\s*total|total|grand total|tax|vat|sales tax|shipping|freight|handling|discount|"
    r"notes?|comments?|remarks|summe|gesamt|mwst|ust|versand|zwischensumme|payment|terms|balance|"
    r"(?:delivery|shipping|freight|handling|service)\s+(?:charges?|costs?|fees?)|lieferkosten|frais\s+de\s+port|"
    r"amount\s+(?:chargeable|in\s+words|due))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MergedCopy:
    """The value of a merged range of cells, repeated on a row below the range's first row.

    A spreadsheet may merge an item code down two rows that each carry their own quantity (two
    sizes of one item): there it names the second row's item too. When the row below has no
    quantity of its own, the merged value is the line above's, seen again, and nothing new."""

    value: object


def _norm(cell: Cell) -> str:
    if isinstance(cell, MergedCopy):
        cell = cell.value
    return re.sub(r"[^a-z0-9äöüéèàçñû]+", " ", str(cell or "").lower()).strip()


def text_of(cell: Cell) -> str:
    if isinstance(cell, MergedCopy):
        cell = cell.value
    if cell is None:
        return ""
    if hasattr(cell, "isoformat"):
        return cell.isoformat()[:10]
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return re.sub(r"\s+", " ", str(cell)).strip()


# Tax columns ("GST Rate", "Total Tax Amount", "VAT %") are never the line's price or total; a
# price or total said to include or exclude tax ("Unit Price excl. VAT") still is one.
_TAX_WORDS = {"tax", "gst", "vat", "igst", "cgst", "sgst", "hst", "pst", "mwst", "ust", "iva", "tva"}
_WITH_OR_WITHOUT = {"incl", "excl", "inkl", "exkl", "including", "excluding", "zzgl", "plus", "ht", "ttc",
                    "before", "after", "without", "with", "net", "ohne", "mit", "hors", "sans", "sin", "con"}


_EXACT = {s: field_name for field_name, synonyms in reversed(COLUMN_SYNONYMS) for s in synonyms}
# A longer name starting or ending with a synonym of more than three letters ("Qty Shipped", "Total
# Price"): in COLUMN_SYNONYMS order, so the first field listed wins as it would in a scan.
_AFFIXES = [(field_name, {s for s in synonyms if len(s) > 3}) for field_name, synonyms in COLUMN_SYNONYMS]


def classify_header(cell: Cell) -> str | None:
    if isinstance(cell, MergedCopy):
        cell = cell.value
    if cell is None or isinstance(cell, int | float | Decimal) or hasattr(cell, "isoformat"):
        return None  # numbers and dates are values, never column names
    return _classify_name(str(cell))


@lru_cache(maxsize=4096)
def _classify_name(text: str) -> str | None:
    # Every row of a sheet is looked at (the header may stand anywhere), so this is cached and
    # costs a few set look-ups, not a scan of every synonym.
    if len(text) > 200:
        return None  # a paragraph, not a column name
    name = _norm(text)
    if not name or len(name) > 40:
        return None
    words = name.split()
    if set(words) & _TAX_WORDS and not set(words) & _WITH_OR_WITHOUT:
        return None
    if name in _EXACT:
        return _EXACT[name]
    heads = {" ".join(words[:k]) for k in range(1, len(words))}
    tails = {" ".join(words[k:]) for k in range(1, len(words))}
    for field_name, synonyms in _AFFIXES:
        if heads & synonyms or tails & synonyms:
            return field_name
    return None


@dataclass
class HeaderRow:
    index: int  # -1 when the file has no header row and the columns were typed by their values
    columns: dict[str, int]  # field name -> column index

    @property
    def inferred(self) -> bool:
        return self.index < 0


def split_run_together(text: str) -> tuple[int, str, str] | None:
    """Two column names printed without a gap ("Qty OrderedRate", or a word overflowing its cell):
    the cut that makes both halves column names, and those names."""
    if len(text) > 60 or any(c.isdigit() for c in text):
        return None  # column names carry no digits; data cells do, and are many
    for cut in range(1, len(text)):
        a, b = classify_header(text[:cut]), classify_header(text[cut:])
        if a and b and a != b:
            return cut, a, b
    return None


def _classify_row(row: Sequence[Cell]) -> list[str | None]:
    """Each header cell's field; a header word that overflowed its narrow cell into the next one
    ("Qty Order" | "edPart No.") is cut again where both halves become column names."""
    names = [classify_header(cell) for cell in row]
    if not any(names):
        return names  # not a header row: no cutting to try
    for j in range(len(row) - 1):
        if names[j] and names[j + 1]:
            continue
        left, right = text_of(row[j]), text_of(row[j + 1])
        if not left or not right:
            continue
        found = split_run_together(left + right)
        if found and found[0] != len(left):
            names[j], names[j + 1] = found[1], found[2]
    return names


def find_header_row(rows: Rows) -> HeaderRow | None:
    """The first row that names a quantity column and an item or description column, wherever it
    stands in the sheet (a cover block of any length may come first)."""
    best: HeaderRow | None = None
    for i, row in enumerate(rows):
        columns: dict[str, int] = {}
        for j, field_name in enumerate(_classify_row(row)):
            if field_name and field_name not in columns:
                columns[field_name] = j
        if "quantity" in columns and ("item_code" in columns or "description" in columns):
            if best is None or len(columns) > len(best.columns):
                best = HeaderRow(i, columns)
            if len(columns) >= 3:
                return best
    return best


_CODE_VALUE = re.compile(r"^[A-Za-z0-9][\w\-./#]*$")
_WHOLE_NUMBER = re.compile(r"^\d{1,7}(?:[.,]0+)?$")


def _is_prose(text: str) -> bool:
    """'Office Chair', 'Blue widget 12oz' read as words; 'ABC 123' and 'GLV-NIT-L' as codes."""
    words = text.split()
    return len(words) >= 2 and sum(any(c.isdigit() for c in w) for w in words) <= len(words) // 3


def _item_column_is_description(rows: Rows, header: HeaderRow) -> bool:
    """An 'Item' column holding names, not codes, in a table without a description column."""
    if "description" in header.columns or "item_code" not in header.columns:
        return False
    values = [text_of(_cell(r, header.columns["item_code"])) for r in rows[header.index + 1:]]
    values = [v for v in values if v and not _TOTAL_ROW.match(v) and re.search(r"[^\W\d_]", v)]
    return bool(values) and sum(_is_prose(v) for v in values) >= 0.6 * len(values)


def infer_columns(rows: Rows) -> HeaderRow | None:
    """Columns typed by their values in a file without a header row ("PROD_DEL;2"): a column of
    whole numbers is the quantity, a column of single-token codes the item, a column of words the
    description, a column of decimals the price. Every row must agree, or nothing is inferred."""
    body = [[text_of(c) for c in r] for r in rows if any(text_of(c) for c in r)]
    if not body or len(body) > 10_000:
        return None
    width = len(body[0])
    if not 2 <= width <= 6 or any(len(r) != width for r in body):
        return None
    columns: dict[str, int] = {}
    for j in range(width):
        values = [r[j] for r in body]
        if not all(values):
            continue
        if "quantity" not in columns and all(_WHOLE_NUMBER.match(v) and float(v.replace(",", ".")) > 0
                                             for v in values):
            columns["quantity"] = j
        elif "item_code" not in columns and all(_CODE_VALUE.match(v) for v in values) and any(
                re.search(r"[A-Za-z]", v) for v in values):
            columns["item_code"] = j
        elif "description" not in columns and all(re.search(r"[^\W\d_]{2}", v) for v in values):
            columns["description"] = j
        elif "unit_price" not in columns and all(parse_decimal(v) is not None for v in values):
            columns["unit_price"] = j
    if "quantity" not in columns or not ({"item_code", "description"} & set(columns)):
        return None
    return HeaderRow(-1, columns)


def _cell(row: Sequence[Cell], col: int | None) -> Cell:
    if col is None or col >= len(row):
        return None
    return row[col]


def _quantity_and_unit(cell: Cell, decimal_comma: bool | None) -> tuple[Decimal | None, str | None]:
    text = text_of(cell)
    m = re.fullmatch(r"([\d.,' ]+)\s*([A-Za-z]{1,8})\.?", text)
    if m:
        return parse_decimal(m.group(1), decimal_comma), normalise_unit(m.group(2))
    return parse_decimal(cell if not isinstance(cell, str) else text, decimal_comma), None


HEADER_COLUMNS = ("po_number", "order_date", "requested_date")
# The line's own values, each given the provenance of its cell.
LINE_VALUES = ("item_code", "customer_part", "description", "quantity", "uom", "unit_price", "line_total")


@dataclass
class TableRead:
    header: HeaderRow | None
    lines: list[ExtractedLine] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # rows naming an item whose quantity was unreadable
    # Header fields given as columns: the first value in each, as "label: value" text to read.
    header_text: str = ""


def rows_to_lines(
    rows: Rows,
    kind: str,
    provenance_of: Callable[[int, int | None], Provenance],
    decimal_comma: bool | None = None,
    headerless: bool = False,
    value_provenance_of: Callable[[int, int], Provenance] | None = None,
) -> TableRead:
    """Order lines from a grid. `provenance_of(row, col)` says where a row (and its cell) came from;
    `value_provenance_of(row, col)`, where one cell is, when that differs (a PDF cell's box inside its
    row's). With `headerless`, a grid without a header row has its columns typed by their values."""
    header = find_header_row(rows)
    if header is None and headerless:
        header = infer_columns(rows)
    if header is None:
        return TableRead(None)
    if _item_column_is_description(rows, header):
        # "Item" over "Office Chair", "Desk Lamp": the buyer named the goods, it gave no code.
        header.columns["description"] = header.columns.pop("item_code")
    unread: list[str] = []
    cols = header.columns
    header_texts = [_norm(c) for c in rows[header.index]] if not header.inferred else None
    lines: list[ExtractedLine] = []
    below_totals = False  # after a totals row the table has ended: what follows is not a line
    for i in range(header.index + 1, len(rows)):
        row = _own_cells(rows[i], cols["quantity"])
        texts = [text_of(c) for c in row]
        if not any(re.search(r"\w", t) for t in texts):
            continue  # empty, or a rule drawn with dashes
        if [_norm(c) for c in row] == header_texts:
            continue  # the header repeated on the next page
        first = next((t for t in texts if t), "")
        if _TOTAL_ROW.match(first) or _TOTAL_ROW.match(text_of(_cell(row, cols.get("description")))):
            below_totals = True
            continue
        qty, unit_in_qty = _quantity_and_unit(_cell(row, cols["quantity"]), decimal_comma)
        code = text_of(_cell(row, cols.get("item_code"))) or None
        description = text_of(_cell(row, cols.get("description"))) or None
        if qty is None:
            if below_totals:
                continue  # payment terms, a tax summary: under the totals, neither a wrap nor a line
            # A row with only a description under a line is that line's description wrapping over.
            if lines and description and not code and not any(
                text_of(_cell(row, cols.get(f))) for f in ("unit_price", "line_total")
            ):
                prev = lines[-1]
                prev.description = f"{prev.description or ''} {description}".strip()
                prev.raw_text = f"{prev.raw_text} {description}"
            elif code or (description and any(text_of(_cell(row, cols.get(f))) for f in ("unit_price", "line_total"))):
                # An item with no quantity read (an empty or unreadable cell), or goods priced on a row of
                # their own: an order line we could not read, never one to drop or to read as 1.
                unread.append(" | ".join(t for t in texts if t))
            continue
        if not code and not description:
            if text_of(_cell(row, cols.get("customer_part"))):
                unread.append(" | ".join(t for t in texts if t))  # the buyer's part number and a quantity
            continue
        uom = normalise_unit(text_of(_cell(row, cols.get("uom")))) or unit_in_qty
        raw_uom = text_of(_cell(row, cols.get("uom")))
        confidence = 0.95 if (raw_uom == "" or uom is not None) else 0.7
        if header.inferred:
            confidence = min(confidence, 0.7)  # columns guessed from values: a clerk should look
        lines.append(
            ExtractedLine(
                raw_text=" | ".join(t for t in texts if t),
                quantity=qty,
                item_code=code,
                customer_part=text_of(_cell(row, cols.get("customer_part"))) or None,
                description=description,
                uom=uom if uom else (raw_uom.upper() or None),
                unit_price=parse_decimal(_cell(row, cols.get("unit_price")), decimal_comma),
                line_total=parse_decimal(_cell(row, cols.get("line_total")), decimal_comma),
                confidence=confidence,
                provenance=provenance_of(i, cols["quantity"]),
                values={name: (value_provenance_of or provenance_of)(i, cols[name]) for name in LINE_VALUES
                        if name in cols and text_of(_cell(row, cols[name]))},
            )
        )
    labels = {"po_number": "PO Number", "order_date": "Order Date", "requested_date": "Delivery Date"}
    header_text = []
    for name in HEADER_COLUMNS:
        if name in cols:
            first = next((text_of(_cell(r, cols[name])) for r in rows[header.index + 1:]
                          if text_of(_cell(r, cols[name]))), "")
            if first:
                header_text.append(f"{labels[name]}: {first}")
    return TableRead(header, lines, unread, "\n".join(header_text))


def _own_cells(row: Sequence[Cell], quantity_col: int) -> Sequence[Cell]:
    """A row with its merged copies settled: they name its item when the row has a quantity of its
    own, and are left out when it does not (the quantity, or the whole line, was the row above's)."""
    if not any(isinstance(c, MergedCopy) for c in row):
        return row
    own_quantity = _cell(row, quantity_col)
    if isinstance(own_quantity, MergedCopy) or not text_of(own_quantity):
        return [None if isinstance(c, MergedCopy) else c for c in row]
    return [c.value if isinstance(c, MergedCopy) else c for c in row]


def rows_above_as_text(rows: Rows, stop: int) -> str:
    """The cells above a table as 'label: value' lines, for header fields written above it."""
    out: list[str] = []
    for row in rows[:stop]:
        # A label merged down beside a block of values ("Ship To" over three address rows) says its
        # label once: repeated, it would start every line of the block.
        texts = [text_of(c) for c in row if not isinstance(c, MergedCopy) and text_of(c)]
        if not texts:
            out.append("")
            continue
        if len(texts) >= 2 and not texts[0].endswith(":"):
            texts[0] += ":"
        out.append(" ".join(texts))
    return "\n".join(out)
