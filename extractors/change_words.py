"""What a buyer's change email asks, part by part, from its words in English, German, French or Spanish:
a quantity changed ("please make the masks 14 boxes instead of 10", "Menge für MASK-3PLY auf 14 ändern"),
a line added ("add 5 boxes of TAPE-48-CLR", "bitte 5 Kartons TAPE-48 hinzufügen"), a line removed or
cancelled ("please remove line 3", "supprimer la ligne 2", "eliminar GLV-NIT-L"), the requested date
changed, a new ship-to, or the whole order cancelled.

Only what the words say is read: which line (its number, or the code or words naming it) and the number
and unit it becomes. Which order line a code or words mean is matching's (matching/revisions.py), and so is
how sure that is. A sentence that matches nothing here is not a part: the clerk reads the email.
"""

from __future__ import annotations

import re
from decimal import Decimal

from models.schemas import ChangeAsk, ChangeKind
from vocabulary.dates import find_date_text
from vocabulary.numbers import parse_decimal
from vocabulary.units import normalise_unit

# A number as a buyer writes a quantity: "14", "2,5", "1.000"? (read as written, decimal comma allowed).
_NUM = r"(?P<qty>\d{1,7}(?:[.,]\d{1,3})?)"
_UNIT = r"(?:\s*(?P<unit>[A-Za-zÀ-ÿĀ-ž.]{1,12}))?"
# A line named by its number: "line 3", "Position 3", "Pos. 3", "ligne 3", "línea 3", "item #3".
_LINE = (r"(?:line|item|position|pos\.?|zeile|ligne|l[íi]nea|art[íi]culo)\s*(?:no\.?|nr\.?|n[°º]\.?|#)?\s*"
         r"(?P<line>\d{1,3})\b")
# What stands for a line: its number, or the words/code between the verb and the number.
_THING = rf"(?:(?:the\s+|of\s+|for\s+|von\s+|f[üu]r\s+|der\s+|die\s+|das\s+|den\s+|de\s+la\s+|de\s+l'|du\s+|des\s+|" \
         rf"la\s+|le\s+|les\s+|del\s+|de\s+los\s+|de\s+las\s+|de\s+|el\s+|los\s+|las\s+)*(?:{_LINE}|(?P<item>[^\n.;:!?]{{2,60}}?)))"

_I = re.IGNORECASE

# Each pattern is tried on one sentence; its groups say which line and what number.
_QUANTITY_PATTERNS = [re.compile(p, _I) for p in (
    # EN: "change the quantity of X to 14 boxes", "change X to 14", "increase/reduce X to 14", "make X 14 boxes"
    rf"\b(?:change|update|amend|modify|increase|reduce|decrease|raise|lower|correct)\s+(?:the\s+)?(?:quantity|qty)\s+"
    rf"(?:of|for|on)\s+{_THING}\s+(?:to|from\s+\d+\s+to)\s+{_NUM}{_UNIT}",
    rf"\b(?:change|update|amend|modify|increase|reduce|decrease|raise|lower|correct)\s+{_THING}\s+"
    rf"(?:to|from\s+\d+[^\n]{{0,20}}?\s+to)\s+{_NUM}{_UNIT}",
    rf"\b(?:please\s+)?make\s+{_THING}\s+{_NUM}{_UNIT}\s+(?:instead\s+of|rather\s+than|not)\b",
    rf"\b(?:please\s+)?make\s+(?:it\s+)?{_NUM}{_UNIT}\s+(?:of\s+)?{_THING}\s+(?:instead\s+of|rather\s+than|not)\b",
    rf"\b{_LINE}\s*[:,-]?\s*(?:quantity|qty|menge|quantit[ée]|cantidad)?\s*[:=]?\s*(?:now\s+|neu\s+|nun\s+)?{_NUM}{_UNIT}"
    rf"\s+(?:instead\s+of|statt|anstatt|anstelle\s+von|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de)\b",
    # DE: "die Menge von X auf 14 ändern", "X bitte auf 14 Kartons erhöhen", "Position 2 auf 14 ändern"
    rf"\bmenge\s+{_THING}\s+(?:bitte\s+)?auf\s+{_NUM}{_UNIT}",
    rf"\b{_THING}\s+(?:bitte\s+)?auf\s+{_NUM}{_UNIT}\s+(?:[äa]ndern|erh[öo]hen|reduzieren|korrigieren|setzen|anpassen)",
    rf"\bstatt\s+\d+[^\n]{{0,20}}?\s+bitte\s+{_NUM}{_UNIT}\s+{_THING}\s*$",
    # FR: "modifier la quantité de X à 14", "passer X à 14 boîtes", "X : 14 au lieu de 10"
    rf"\b(?:modifier|changer|corriger|augmenter|r[ée]duire|diminuer)\s+(?:la\s+)?quantit[ée]\s+{_THING}\s+(?:à|a)\s+{_NUM}{_UNIT}",
    rf"\b(?:passer|porter|ramener)\s+{_THING}\s+(?:à|a)\s+{_NUM}{_UNIT}",
    # ES: "cambiar la cantidad de X a 14", "aumentar X a 14 cajas"
    rf"\b(?:cambiar|modificar|corregir|aumentar|reducir|disminuir)\s+(?:la\s+)?cantidad\s+{_THING}\s+a\s+{_NUM}{_UNIT}",
    rf"\b(?:cambiar|modificar|aumentar|reducir)\s+{_THING}\s+a\s+{_NUM}{_UNIT}",
    # Any language: "X: 14 instead of 10", "X 14 statt 10", "X : 14 au lieu de 10", "X: 14 en lugar de 10"
    rf"^\s*(?:[-*•]\s*)?{_THING}\s*[:=-]?\s*{_NUM}{_UNIT}\s+(?:instead\s+of|statt|anstatt|au\s+lieu\s+de|en\s+lugar\s+de|"
    rf"en\s+vez\s+de)\s+\d",
)]

_ADD_PATTERNS = [re.compile(p, _I) for p in (
    rf"\b(?:please\s+)?(?:add|include)\s+{_NUM}{_UNIT}\s+(?:of\s+|x\s+)?(?P<item>[^\n.;!?]{{2,60}}?)\s*(?:to\s+(?:the|our|this)\s+order|$|[.;!?\n]|\s+as\s+well|\s+too)",
    rf"\b(?:bitte\s+)?(?:zus[äa]tzlich\s+)?{_NUM}{_UNIT}\s+(?P<item>[^\n.;!?]{{2,60}}?)\s+(?:hinzuf[üu]gen|erg[äa]nzen|dazu)",
    rf"\b(?:ajouter|rajouter)\s+{_NUM}{_UNIT}\s+(?:de\s+|d')?(?P<item>[^\n.;!?]{{2,60}}?)\s*(?:[àa]\s+(?:la|notre)\s+commande|$|[.;!?\n])",
    rf"\b(?:a[ñn]adir|agregar|incluir)\s+{_NUM}{_UNIT}\s+(?:de\s+)?(?P<item>[^\n.;!?]{{2,60}}?)\s*(?:al\s+pedido|$|[.;!?\n])",
)]

_REMOVE_PATTERNS = [re.compile(p, _I) for p in (
    rf"\b(?:please\s+)?(?:remove|delete|drop|cancel|take\s+off)\s+{_THING}\s*(?:from\s+(?:the|our|this)\s+order|$|[.;!?\n(,])",
    # German puts the verb last: "Position 3 bitte streichen." ("Bitte stornieren Sie ..." is no line).
    rf"^\s*{_THING}\s+(?:bitte\s+)?(?:streichen|entfernen|l[öo]schen|stornieren)\s*[.!]?\s*$",
    rf"\b(?:supprimer|retirer|annuler|enlever)\s+{_THING}\s*(?:de\s+(?:la|notre)\s+commande|$|[.;!?\n(,])",
    rf"\b(?:eliminar|quitar|cancelar|borrar|suprimir)\s+{_THING}\s*(?:del\s+pedido|$|[.;!?\n(,])",
)]

_DATE_WORDS = re.compile(
    r"\b(?:(?:delivery|ship(?:ping)?|requested|due|need(?:ed)?[- ]by)\s+date|deliver(?:y)?\s+(?:on|by)"
    r"|ship\s+(?:on|by)|liefertermin|lieferdatum|wunschtermin|date\s+de\s+livraison|livrer\s+le"
    r"|fecha\s+de\s+entrega|entregar\s+el)\b", _I)
_DATE_CHANGE = re.compile(r"\b(?:change|move|push|postpone|update|new|neue[rs]?|[äa]ndern|verschieben|nouvelle|"
                          r"modifier|changer|reporter|nueva|cambiar|mover|aplazar|instead|statt|au\s+lieu"
                          r"|en\s+lugar)\b", _I)

_SHIP_TO = re.compile(
    r"(?:\b(?:new|changed?|updated?)\s+(?:ship(?:ping)?[- ]to|delivery)\s+address"
    r"|\bship[- ]to\s+(?:address\s+)?(?:is\s+now|changes\s+to|should\s+be|to\s+be\s+changed\s+to)"
    r"|\bplease\s+(?:ship|deliver)\s+(?:it\s+|this\s+order\s+)?to\s+(?:our\s+)?(?:new\s+address|this\s+address)"
    r"|\bneue\s+lieferadresse|\bge[äa]nderte\s+lieferadresse|\bnouvelle\s+adresse\s+de\s+livraison"
    r"|\bnueva\s+direcci[óo]n\s+de\s+(?:entrega|env[íi]o))\s*[:\-]?\s*(?P<rest>.*)", _I)

# Words that stand for the whole order, not a line ("cancel the order", "annuler la commande"): not a line
# removed. The whole order's cancellation is the purpose (extractors/header_fields.document_purpose).
_WHOLE_ORDER = re.compile(r"^(?:(?:our|my|the|this|your|that|entire|whole|complete)\s+)*"
                          r"(?:purchase\s+order|p\.?\s?o\b|order|bestellung|auftrag|commande|pedido)\b"
                          r"|^(?:it|them|everything|all|alles|tout|todo)\b", _I)
_ITEM_TRIM = re.compile(r"^(?:the|of|for|a|an|some|our|von|f[üu]r|der|die|das|den|de|la|le|les|du|des|el|los|las)\s+",
                        _I)


def _sentences(line: str) -> list[str]:
    """A line cut into sentences (a buyer lists one change a line as often as one a sentence); "2.5" and
    "20.12.2026" stay whole."""
    return [s.strip() for s in re.split(r"(?<=[;!?])\s+|(?<=[a-zA-Z\)])\.\s+", line) if s.strip()]


def _quantity(written: str) -> Decimal | None:
    return parse_decimal(written, decimal_comma="," in written and "." not in written)


def _item(match: re.Match[str]) -> tuple[str | None, int | None]:
    line = match.groupdict().get("line")
    if line:
        return None, int(line)
    item = (match.groupdict().get("item") or "").strip(" \t,:-'\"")
    while (trimmed := _ITEM_TRIM.sub("", item)) != item:
        item = trimmed
    if not item or _WHOLE_ORDER.match(item) or len(item) < 2:
        return None, None
    return item, None


def _unit(match: re.Match[str]) -> str | None:
    written = match.groupdict().get("unit")
    return normalise_unit(written) if written else None


# A line that asks a change holds one of these words; every other line (an order's 100,000 lines) is passed
# over at the cost of one search, before the patterns above look at it.
_TRIGGER = re.compile(
    r"chang|updat|amend|modif|increas|reduc|decreas|raise|lower|correct|make|instead|statt|anstelle|lieu|lugar|"
    r"\bvez\b|menge|[äa]nder|erh[öo]h|setzen|anpassen|passer|porter|ramener|cambi|corrig|aument|disminu|\badd\b|"
    r"includ|hinzuf|erg[äa]nz|\bdazu\b|ajout|a[ñn]adir|agregar|inclu|remov|delet|drop|cancel|take\s+off|streich|"
    r"entfern|l[öo]sch|storn|supprim|retir|annul|enlev|elimin|quitar|borrar|date|deliver|ship|termin|livr|fecha|"
    r"entreg|adress|direcci|reduz|korrig|augment|r[ée]dui|diminu|correg|suprim|datum", re.IGNORECASE)
# A change is asked in a short sentence near the top of the buyer's words: longer lines, and lines far
# below (a pasted order of thousands), are not read for one.
_MAX_LINE = 400
_MAX_LINES = 300


def read_change_words(text: str) -> list[ChangeAsk]:
    """Each part of a change the text asks for, in the order written; [] when its words ask none we read.
    `text`: the buyer's own words (what a reply quotes is not theirs)."""
    asks: list[ChangeAsk] = []
    for line in text.splitlines()[:_MAX_LINES]:
        if len(line) > _MAX_LINE or not _TRIGGER.search(line):
            continue
        # An address runs on past its abbreviations ("Hafenstr. 5"): read on the whole line, not a sentence.
        if (m := _SHIP_TO.search(line)) is not None and m.group("rest").strip():
            found: list[ChangeAsk | None] = [ChangeAsk(ChangeKind.SET_SHIP_TO, line.strip(),
                                                       ship_to=m.group("rest").strip())]
        else:
            found = [_read_sentence(sentence) for sentence in _sentences(line)]
        asks += [ask for ask in found if ask is not None and ask not in asks]
    return asks


def _read_sentence(sentence: str) -> ChangeAsk | None:
    if _DATE_WORDS.search(sentence) and _DATE_CHANGE.search(sentence):
        found = find_date_text(sentence)
        if found is not None:
            return ChangeAsk(ChangeKind.SET_DATE, sentence, requested_date=found[0])
    for pattern in _QUANTITY_PATTERNS:
        if (m := pattern.search(sentence)) is not None:
            item, line_no = _item(m)
            quantity = _quantity(m.group("qty"))
            if (item or line_no) and quantity is not None:
                return ChangeAsk(ChangeKind.SET_QUANTITY, sentence, item=item, line_no=line_no, quantity=quantity,
                                 uom=_unit(m))
    for pattern in _ADD_PATTERNS:
        if (m := pattern.search(sentence)) is not None:
            item, _ = _item(m)
            quantity = _quantity(m.group("qty"))
            if item and quantity is not None:
                return ChangeAsk(ChangeKind.ADD_LINE, sentence, item=item, quantity=quantity, uom=_unit(m))
    for pattern in _REMOVE_PATTERNS:
        if (m := pattern.search(sentence)) is not None:
            item, line_no = _item(m)
            if item or line_no:
                return ChangeAsk(ChangeKind.REMOVE_LINE, sentence, item=item, line_no=line_no)
    return None
