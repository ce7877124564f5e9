"""Items written as blocks of labelled fields: the goods' name on a line, then "Item no.: TY-70028-FT", "Qty: 4",
"Unit price: 23,90 €" on the lines under it (or side by side on one), block after block.

A web shop's basket or order confirmation pasted into a mail, an ERP's plain-text order and a buyer who types
"Product: ... / Quantity: ..." all write an order this way. No line of it reads as an order line alone (the
count stands on a line of its own, away from the name), so each block is read whole: its quantity label's
value is the count, its code, price and total labels give theirs, and the first line that is no label names
the goods.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.text_table import TextTable
from models.schemas import ExtractedLine, Provenance
from vocabulary.numbers import parse_decimal
from vocabulary.units import normalise_unit

# The label of each value, in the languages buyers and web shops write.
_QUANTITY = (r"qty|quantity|menge|anzahl|antal|aantal|quantit[ée]|qt[ée]|cantidad|cant\.?|quantit[àa]|qt[àa]|"
             r"ilo[śs][ćc]|mno[žz]stv[íi]|m[äa][äa]r[äa]|antall|quantidade|qtde|adet|miktar|mennyis[ée]g|cantitate|"
             r"koli[čc]ina|ποσότητα")
_CODE = (r"item\s*(?:no\.?|number|#|code)|sku|art(?:ikel)?\.?\s*-?\s*(?:nr|no|nummer)\.?|artikelnummer|varenr\.?|"
         r"varenummer|artikelnr\.?|art\.?\s*no\.?|r[ée]f(?:[ée]rence)?\.?|part\s*(?:no\.?|number|#)|product\s*code|"
         r"c[óo]digo|codice|nr\s+art\.?|kod|tuotenumero|tuotekoodi|model(?:\s*no\.?)?")
_PRICE = (r"unit\s*price|price(?:\s*each)?|each|stk\.?\s*pris|styckpris|enhedspris|[àa]-?pris|pris|einzelpreis|preis|"
          r"prix(?:\s*unitaire)?|p\.?\s*u\.?|precio(?:\s*unitario)?|prezzo(?:\s*unitario)?|cena(?:\s*jedn\.?)?|"
          r"a-?hinta|hinta|pre[çc]o(?:\s*unit[áa]rio)?|stykkpris")
_TOTAL = (r"total|line\s*total|amount|i\s*alt|gesamt(?:preis)?|summe|totaal|bedrag|montant|importe|importo|summa|"
          r"yhteens[äa]|razem|celkem|subtotal")
_FIELD = re.compile(rf"(?P<label>(?P<qty>{_QUANTITY})|(?P<code>{_CODE})|(?P<price>{_PRICE})|(?P<total>{_TOTAL}))"
                    r"\s*:\s*(?P<value>[^|\t]*?)(?=\s{2,}|\s*\||\t|$)", re.IGNORECASE)
_COUNT = re.compile(r"(\d{1,6}(?:[.,]\d{1,3})?)\s*(?P<unit>[^\W\d_]{1,8}\.?)?$")
# A rule between blocks ("-----", "=====").
_RULE = re.compile(r"\s*[-=_*~]{4,}\s*")
_VALUE_NAMES = (("qty", "quantity"), ("code", "item_code"), ("price", "unit_price"), ("total", "line_total"))
# Most lines a block may hold: a name, a code, a status, the values, the shop's actions.
_MOST_LINES = 8



def _fields(line: str) -> list[re.Match[str]]:
    """The labelled fields of a line, when the line is made of them ("Antal: 4   Stk. pris: 23,90 €"), else none."""
    found = list(_FIELD.finditer(line))
    if not found:
        return []
    rest = _FIELD.sub("", line)
    return found if not re.search(r"[^\W\d_]{3}", rest) else []


def _at_line_start(line: str, m: re.Match[str]) -> bool:
    return not line[:m.start()].strip(" \t-*•|")


def item_blocks(kept: list[tuple[int, str]], part_index: int, kind: str = "text") -> list[TextTable]:
    """The blocks of labelled fields among the lines of a body (`kept`: (offset, line) pairs), each with a count
    under its quantity label; a block runs between blank lines or rules."""
    found: list[TextTable] = []
    n = 0
    while n < len(kept):
        if not kept[n][1].strip() or _RULE.fullmatch(kept[n][1]):
            n += 1
            continue
        end = n
        while end + 1 < len(kept) and kept[end + 1][1].strip() and not _RULE.fullmatch(kept[end + 1][1]):
            end += 1
        block = _read_block(kept, n, end, part_index, kind)
        if block is not None:
            found.append(block)
        n = end + 1
    return found


def _read_block(kept: list[tuple[int, str]], first: int, last: int, part_index: int, kind: str) -> TextTable | None:
    if last - first + 1 > _MOST_LINES:
        return None
    values: dict[str, tuple[str, int, int]] = {}  # field -> (value, start, end) in the text
    name: tuple[str, int] | None = None
    for n in range(first, last + 1):
        offset, line = kept[n]
        fields = _fields(line)
        if fields and _at_line_start(line, fields[0]):
            for m in fields:
                kind_of = next(k for k in ("qty", "code", "price", "total") if m.group(k))
                values.setdefault(kind_of, (m["value"].strip(), offset + m.start("value"), offset + m.end("value")))
        elif name is None and re.search(r"[^\W\d_]{3}", line) and not line.rstrip().endswith(":"):
            name = (line.strip(), offset + len(line) - len(line.lstrip()))
    if "qty" not in values or name is None:
        return None
    count = _COUNT.fullmatch(values["qty"][0])
    quantity = parse_decimal(count.group(1)) if count else None
    if quantity is None or quantity <= 0:
        return None
    unit = normalise_unit(count["unit"].rstrip(".")) if count and count["unit"] else None

    def at(key: str) -> Provenance:
        _, start, end = values[key]
        return Provenance(kind=kind, part_index=part_index, span=(start, end))

    code = values["code"][0] if "code" in values and values["code"][0] else None
    price = parse_decimal(values["price"][0]) if "price" in values else None
    total = parse_decimal(values["total"][0]) if "total" in values else None
    description, start = name
    line = ExtractedLine(
        raw_text=" | ".join(kept[n][1].strip() for n in range(first, last + 1) if kept[n][1].strip()),
        quantity=quantity, item_code=code, description=description, uom=unit, unit_price=price, line_total=total,
        confidence=0.9, provenance=Provenance(kind=kind, part_index=part_index, span=(start, start + len(description))),
        values={value: at(key) for key, value in _VALUE_NAMES if key in values},
    )
    if line.unit_price is not None and line.line_total is not None and quantity and \
            abs(line.unit_price * quantity - line.line_total) > Decimal("0.05") * max(line.line_total, Decimal(1)):
        line.confidence = 0.7  # price times count is not the total: a clerk looks
    return TextTable(first, last, [line])
