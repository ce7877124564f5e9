"""Free-text order lines in email bodies ("10 x ABC-123", "ABC-123 qty 5", "5 cases of blue cups 12oz").

A blank spaCy pipeline with rule matchers: no downloaded model is needed or loaded. Reply quotes and
signatures are not order content.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from extractors import text_table
from extractors.base import filename_ext
from extractors.header_fields import document_kind, document_purpose, find_header
from extractors.stated import find_stated
from models.schemas import ExtractedHeader, ExtractedLine, Extraction, Part, Provenance, StatedMention
from vocabulary.numbers import parse_decimal
from vocabulary.units import UNIT_CODES, normalise_unit

NAME = "email_text"

# A number is one token only when no letter follows it: "12oz" stays whole, "10" in "10 x" does not.
# Letters include accented ones: "Stück" and "boîtes" are one word each.
_TOKEN = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?![\w-]|/\d)|[^\W_][\w\-/.#]*[^\W_]|[^\W_]|[^\s\w]")
_TIMES = re.compile(r"(?<![\w-])(\d+)\s*[x×]\s+", re.IGNORECASE)
# "16oz hot cups x6": a count written after the item, the sign joined to it ("6x6" is a size, and "X64"
# in capitals may be a code, so only a lower-case sign standing apart counts).
_TIMES_AFTER = re.compile(r"(?<![\w-])[x×](\d+)(?![\w\-/.])")
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{2,4}[.)])\s+")
# A list's own number in forms a quantity could also take ("1 - ABC-123 x 10", "#2 4 x XYZ-9",
# "Item 3: ..."): it is the list's only when the rest of the line reads as an order line.
_LIST_NUMBER = re.compile(r"^\s*(?:#\s?\d{1,3}[.):]?|(?:item|line|pos(?:ition)?|no|nr)\.?\s*\d{1,3}\s*[.:)\-–]|"
                          r"\d{1,3}\s*[-–])\s+", re.IGNORECASE)
# Reply headers in the languages our buyers write: "On ... wrote:", "Am ... schrieb ...:", "Le ... a écrit :",
# "El ... escribió:", "Il ... ha scritto:", "Op ... schreef ...:".
_QUOTE_HEADER = re.compile(
    r"^\s*(?:On\s.{5,200}\swrote|Am\s.{5,200}\sschrieb(?:\s.{0,120})?|Le\s.{5,200}\sa\s[ée]crit|"
    r"El\s.{5,200}\sescribi[óo]|Il\s.{5,200}\sha\sscritto|Op\s.{5,200}\sschreef(?:\s.{0,120})?)\s?:\s*$",
    re.IGNORECASE,
)
# Gmail wraps a long reply header over two lines: "On Mon, ... Bob Smith <" / "bob@x.example> wrote:".
_QUOTE_HEADER_START = re.compile(r"^\s*(?:On|Am|Le|El|Il|Op)\s.{5,}$")
_QUOTE_HEADER_END = re.compile(r"(?:wrote|schrieb.{0,120}|a\s[ée]crit|escribi[óo]|ha\sscritto|schreef.{0,120})\s?:\s*$",
                               re.IGNORECASE)
# Markers that say "what follows is a forwarded message": its lines are content, even when quoted.
_FORWARD_MARKER = re.compile(
    r"^\s*(?:-{5,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado)\s*-{5,}"
    r"|(?:Begin forwarded message|Anfang der weitergeleiteten [^\n:]{1,12}|"
    r"D[ée]but du message r[ée]exp[ée]di[ée])\s?:)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*(?:_{10,}|-{3,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|"
                        r"Mensaje original)\s*-{3,})\s*$", re.IGNORECASE)
# Outlook's header block above a quoted message: From: / Sent: / To: / Subject:.
_BLOCK_FROM = re.compile(r"^\s*\*?(?:From|Von|De|Van)\s?:\*?\s*\S", re.IGNORECASE)
_BLOCK_SENT = re.compile(r"^\s*\*?(?:Sent|Gesendet|Envoy[ée]|Enviado(?: el)?|Verzonden)\s?:\*?", re.IGNORECASE)
_BLOCK_SUBJECT = re.compile(r"^\s*\*?(?:Subject|Betreff|Objet|Asunto|Onderwerp)\s?:\*?\s*(.*)$", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|doorst|fw)\s?:", re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|r[ée]f|r)\s?:", re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"^\s*(?:\**\s*confidentiality notice|disclaimer\s*:|legal disclaimer|"
    r"this (?:e-?mail|message|communication)\b.{0,120}\b(?:confidential|privileged|intended (?:solely |only )?for)|"
    r"the information (?:contained )?in this (?:e-?mail|message|communication)|"
    r"diese (?:e-?mail|nachricht)\b.{0,120}\bvertraulich|ce (?:message|courriel)\b.{0,120}\bconfidenti)",
    re.IGNORECASE,
)
_SIGNATURE_SEPARATOR = re.compile(r"^--\s?$")
_CLOSING = re.compile(
    r"^\s*(--\s*|thanks?( you)?[,!.]?|many thanks[,!.]?|best( regards)?[,!.]?|kind regards[,!.]?|regards[,!.]?|"
    r"cheers[,!.]?|sincerely[,!.]?|mit freundlichen grüßen[,!.]?|cordialement[,!.]?|saludos[,!.]?|"
    r"sent from my .*)\s*$",
    re.IGNORECASE,
)
_SIZE = re.compile(r"^\d+(?:[.,]\d+)?(?:oz|ml|l|mm|cm|m|in|ft|kg|g|lb|lbs|gal|mil|ply|ct|pk|w|v)$", re.IGNORECASE)
# Digits and separators with a slash ("1/4-20", "5/16-18", "3/8") are a size or thread, never an item code.
_CODE = re.compile(r"^(?=.*\d|.*-)(?![\d\-.]*/[\d/\-.]*$)[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}$")
_PRICE = re.compile(
    r"(?:@|\bat\b|\bprice\b:?|\bunit price\b:?)\s*\$?\s*(?P<p>\d[\d,]*(?:\.\d{1,4})?)"
    r"(?:\s*(?:each|ea|/\s*ea|per\s+\w+))?"
    r"|\$\s*(?P<p2>\d[\d,]*(?:\.\d{1,4})?)(?:\s*(?:each|ea|/\s*ea|per\s+\w+))?",
    re.IGNORECASE,
)
_NOT_A_LINE = re.compile(
    r"^\s*(?:p\.?o\.?\b|purchase order|order (?:date|no|number|#)|our (?:po|p\.o\.|order|ref)|ref\b|"
    r"date|ship|deliver|requested|need(?:ed)? by|"
    r"bill|tel|phone|fax|mobile|email|e-mail|from|to|subject|sent|cc|www\.|http|attn|suite|total|"
    # a forwarded message's header lines in other languages ("Gesendet: Montag, 23. Januar 2017 18:38")
    r"(?:von|an|gesendet|betreff|objet|envoy[ée]|[àa]|de|para|enviado|asunto|van|aan|verzonden|onderwerp)\s?:|"
    r"subtotal|tax|currency|terms|payment|invoice|account|"
    # the same labels in German, French and Spanish
    r"bestell|liefer|datum|rechnung|lieferadresse|versand|tél|téléphone|numéro|n[°º]|date de|livraison|"
    r"adresse|facture|commande|pedido|n[úu]mero|fecha|entrega|direcci[óo]n|factura|tel[ée]fono)",
    re.IGNORECASE,
)
_ADDRESS_WORDS = re.compile(
    r"\b(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|suite|ste\.?|drive|dr\.?|lane|ln\.?|"
    r"way|highway|hwy|parkway|pkwy|floor|building|p\.?o\.? box)\b",
    re.IGNORECASE,
)
_FILLER = {"please", "pls", "plz", "kindly", "send", "ship", "us", "we", "need", "i", "would", "like", "to",
           "order", "add", "also", "and", "can", "could", "you", "want", "require", "get", "book", "another",
           "d", "'d", "'", "have", "just", "the", "following", ":", "plus", "then", "as", "well", "finally",
           # German, French, Spanish: "Bitte liefern Sie", "Merci de livrer", "Por favor envíen"
           "bitte", "liefern", "senden", "schicken", "sie", "wir", "brauchen", "benötigen", "noch", "außerdem",
           "und", "sowie", "merci", "de", "livrer", "envoyer", "nous", "avons", "besoin", "veuillez", "et",
           "aussi", "également", "por", "favor", "envíen", "envien", "enviar", "necesitamos", "también", "y",
           "además", "mandar", "manden"}
# Words that join a quantity and its unit to the item: "5 cases of", "10 Kartons à", "12 cartons de".
_OF = ["of", "de", "del", "des", "d'", "di", "von", "à"]
_UNIT_WORDS = sorted(w for w in UNIT_CODES if w != "x")


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    qty = {"TEXT": {"REGEX": r"^\d[\d,]*(\.\d+)?$"}}
    unit = {"LOWER": {"IN": _UNIT_WORDS}}
    opt_unit = {**unit, "OP": "?"}
    times = {"LOWER": {"IN": ["x", "×", "*"]}}
    code = {"TEXT": {"REGEX": _CODE.pattern}}
    label = {"LOWER": {"IN": ["qty", "quantity", "menge", "qté", "cantidad", "qte"]}}
    sep = {"TEXT": {"IN": ["-", "–", ":", "=", "x", "×", "X", "*", ","]}}
    # Quantity first: "10 x ABC-123", "5 cases of ...", "12 ABC-123".
    of = {"LOWER": {"IN": _OF}}
    matcher.add("QTY_FIRST", [[qty, unit, {**of, "OP": "?"}], [qty, times], [qty, of]])
    matcher.add("QTY_BARE", [[qty]])
    # Code first: "ABC-123 qty 10", "ABC-123 x 10", "ABC-123 - 10 cs", "ABC-123: 10", "ABC-123  10 CS".
    matcher.add("CODE_FIRST", [[code, {"LOWER": {"IN": ["qty", "quantity", "x", "×", "-", ":", "=", "menge"]}},
                                {"TEXT": ":", "OP": "?"}, qty, opt_unit],
                               [code, {"TEXT": "("}, qty, opt_unit], [code, qty, opt_unit]])
    # Quantity last: "glv nit l blu - 4 boxes", "tape 48 clr x 6", "FLT-1 Pleated filter - 12 EA".
    matcher.add("QTY_LAST", [[sep, label, {"TEXT": ":", "OP": "?"}, qty, opt_unit], [sep, qty, opt_unit]])
    # Labelled anywhere: "... quantity: 10".
    matcher.add("QTY_LABEL", [[label, {"TEXT": ":", "OP": "?"}, qty, opt_unit]])
    return nlp, matcher


# One sentence may order two things: "3 cases of bags, plus 1 case of cups".
_CLAUSE_SPLIT = re.compile(r"(?:[,;]\s*|\s+)(?:plus|and|also|as well as|&)\s+(?=\d)|;\s*(?=\d)", re.IGNORECASE)
_PRIORITY = {"CODE_FIRST": 0, "QTY_FIRST": 1, "QTY_LAST": 2, "QTY_LABEL": 3, "QTY_BARE": 4}


def clauses(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each ordering clause in a line."""
    out, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(line):
        out.append((pos, line[pos:m.start()]))
        pos = m.end()
    out.append((pos, line[pos:]))
    return [(o, c) for o, c in out if c.strip()]


def _outlook_block_subject(lines: list[str], i: int) -> str | None:
    """The Subject of an Outlook header block starting at line i, or None when there is no block."""
    if not _BLOCK_FROM.match(lines[i]):
        return None
    window = lines[i + 1:i + 7]
    if not any(_BLOCK_SENT.match(line) for line in window[:4]):
        return None
    for line in window:
        subject = _BLOCK_SUBJECT.match(line)
        if subject:
            return subject.group(1)
    return ""


def order_text(text: str) -> list[tuple[int, str]]:
    """(offset, line) pairs that may hold order content.

    Removed: reply quotes ("> ..."), everything below a reply header ("On ... wrote:" and its German,
    French, Spanish, Italian and Dutch forms, or an Outlook From:/Sent: block under content of its
    own), signatures after "-- " and legal disclaimer paragraphs. A forwarded message is content:
    its header block is kept, and its "> " quoted lines are read without the quote mark.
    """
    lines: list[str] = []
    offsets: list[int] = []
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        lines.append(raw_line.rstrip("\r\n"))
        offsets.append(offset)
        offset += len(raw_line)
    out: list[tuple[int, str]] = []
    in_forward = False
    in_disclaimer = False
    previous = ""  # the last non-blank line seen, kept or not
    for i, line in enumerate(lines):
        start = offsets[i]
        if in_forward and line.lstrip().startswith(">"):
            # Apple Mail quotes a forwarded message: the text after the quote marks is the order.
            stripped = line.lstrip(" \t>")
            start += len(line) - len(stripped)
            line = stripped
        if not line.strip():
            in_disclaimer = False
            out.append((start, line))
            continue
        if in_disclaimer:
            continue
        if line.lstrip().startswith(">"):
            continue
        has_content = any(kept.strip() for _, kept in out)
        if _QUOTE_HEADER.match(line) or (
            _QUOTE_HEADER_START.match(line) and i + 1 < len(lines) and _QUOTE_HEADER_END.search(lines[i + 1])
            and not _QUOTE_HEADER_START.match(lines[i + 1])
        ):
            break
        if _FORWARD_MARKER.match(line):
            in_forward = True
        block_subject = None if _FORWARD_MARKER.match(previous) else _outlook_block_subject(lines, i)
        if block_subject is not None and not _FORWARD_SUBJECT.match(block_subject):
            # A reply's quoted history, unless it is the forwarded order itself: cut only below content
            # of our own (any text under a reply subject; something order-like, with a digit, otherwise).
            above = [kept for _, kept in out if kept.strip() and not _SEPARATOR.match(kept)]
            if above and (_REPLY_SUBJECT.match(block_subject) or any(re.search(r"\d", k) for k in above)):
                while out and (not out[-1][1].strip() or _SEPARATOR.match(out[-1][1])):
                    out.pop()
                break
        if _SIGNATURE_SEPARATOR.match(line) and has_content:
            break
        if _DISCLAIMER.match(line):
            in_disclaimer = True
            continue
        previous = line
        out.append((start, line))
    return out


def _parse_line(nlp: Any, matcher: Any, line: str) -> dict[str, Any] | None:
    body = _BULLET.sub("", line, count=1)
    numbered = _LIST_NUMBER.match(body)
    if numbered:
        parsed = _parse_body(nlp, matcher, line, body[numbered.end():])
        if parsed is not None:
            return parsed
    return _parse_body(nlp, matcher, line, body)


# One part of an item code written with spaces ("1414" or "12" in "box 1414 12"): a group of digits. A
# code of its own ("3 Pakete BOX-1614-08") or a size ("5 boxes 12oz cups") after a unit word leaves it a unit.
_CODE_PART = re.compile(r"\d+")


def _unit_led_code(words: list[str]) -> list[str] | None:
    """The words of an item code that starts with a unit word, from the words after the quantity.

    "x box 1414 12" -> ["box", "1414", "12"]: a unit word followed only by number groups names no item
    ("box" of what?), so it is the head of a code such as BOX-1414-12 typed with spaces. A lone short
    number after it ("2 x case 24") reads as a pack count, not a code, and is left alone; a word after
    it ("box of gloves", "boxes 12oz cups"), or a code of its own ("3 Pakete BOX-1614-08"), leaves it a unit.
    """
    if words and words[0] in {"x", "×", "*", "X"}:
        words = words[1:]
    if len(words) < 2 or not normalise_unit(words[0]):
        return None
    rest = words[1:]
    if not all(_CODE_PART.fullmatch(w) for w in rest):
        return None
    if sum(c.isdigit() for w in rest for c in w) < 3:
        return None
    return words


def _parse_body(nlp: Any, matcher: Any, line: str, body: str) -> dict[str, Any] | None:
    """The order line in `body`, the end of `line` once its bullet or list number is taken off."""
    lead = len(line) - len(body)
    if not body.strip() or _NOT_A_LINE.match(body):
        return None
    price = None
    m = _PRICE.search(body)
    item_end = len(body)
    if m:
        price = parse_decimal(m.group("p") or m.group("p2"))
        item_end = m.start()
    from spacy.tokens import Doc

    # "10x ABC-1" -> "10 x ABC-1", so the multiplication sign is its own token.
    words = _TOKEN.findall(_TIMES_AFTER.sub(r"x \1", _TIMES.sub(r"\1 x ", body[:item_end])))
    if not words:
        return None
    doc = Doc(nlp.vocab, words=words)
    tokens = [t.text for t in doc]
    matches = sorted(matcher(doc), key=lambda t: (_PRIORITY[nlp.vocab.strings[t[0]]], t[1], -(t[2] - t[1])))
    for match_id, start, end in matches:
        label = nlp.vocab.strings[match_id]
        numbers = [t for t in tokens[start:end] if re.match(r"^\d", t)]
        units = [normalise_unit(t) for t in tokens[start:end] if normalise_unit(t)]
        if label in ("QTY_FIRST", "QTY_BARE"):
            # Only filler words ("please send", "we need") may stand before the quantity.
            if any(t.lower() not in _FILLER for t in tokens[:start]):
                continue
            item_tokens = tokens[end:]
        elif label == "CODE_FIRST":
            if start != 0:
                continue
            numbers = numbers[-1:]
            item_tokens = [tokens[0]] + tokens[end:]
        elif label == "QTY_LAST":
            if end != len(tokens) or start == 0:
                continue
            item_tokens = tokens[:start]
        else:  # QTY_LABEL
            item_tokens = tokens[:start] + tokens[end:]
        qty = parse_decimal(numbers[0]) if numbers else None
        unit = units[0] if units else None
        item_tokens = [t for t in item_tokens if t not in {",", ";", ".", "(", ")", ":"}]
        while item_tokens and item_tokens[0].lower() in {*_OF, "the", "x", "-", "×", "*", "pieces", "la", "le",
                                                          "les", "el", "los", "las", "der", "die", "das"}:
            item_tokens = item_tokens[1:]
        while item_tokens and item_tokens[-1].lower() in {"each", "please", "pls", "ea", "-", "–", "thanks"}:
            item_tokens = item_tokens[:-1]
        unit_led = _unit_led_code(tokens[start + 1:end] + item_tokens) if label in ("QTY_FIRST", "QTY_BARE") else None
        if unit_led:
            # "24 x box 1414 12": the unit word heads the code (BOX-1414-12 typed with spaces).
            unit, item_tokens = None, unit_led
        elif (label in ("QTY_FIRST", "QTY_BARE") and unit is None and item_tokens
                and normalise_unit(item_tokens[0]) and len(item_tokens) > 1):
            unit = normalise_unit(item_tokens[0])
            item_tokens = item_tokens[1:]
            if item_tokens and item_tokens[0].lower() in _OF:
                item_tokens = item_tokens[1:]
        item = " ".join(item_tokens).strip()
        if qty is None or qty <= 0 or not item or qty > 1_000_000:
            continue
        if _ADDRESS_WORDS.search(item) or re.fullmatch(r"[\d\s\-/.:]+", item):
            continue  # "123 Main Street", "5 - 10": numbers that are not quantities
        first = item_tokens[0]
        is_code = (bool(_CODE.match(first)) and (any(c.isdigit() for c in first) or first.isupper())
                   and not _SIZE.match(first))
        if label == "QTY_BARE" and not is_code:
            continue  # "10:00 ET to go through pricing": a bare number before words is not an order
        code = item if unit_led else first if is_code else None
        description = None if unit_led else " ".join(item_tokens[1:]) if code else item
        # How sure the reading is: an explicit quantity marker ("x", a unit, "qty", a code right
        # before it) leaves little doubt; a bare number in front of a code leaves some.
        confidence = 0.9 if label == "QTY_BARE" else 0.96
        return {
            "qty": qty, "unit": unit, "code": code, "description": description or None, "price": price,
            "span": (lead, len(line)), "confidence": confidence,
        }
    return None


# An amount alone on its line ("CHF 26,70", "$12.00", "8,50 EUR"): the price of the line above it.
_AMOUNT_LINE = re.compile(r"^\s*(?:(?P<pre>[A-Z]{3}|[$€£])\s?)?(?P<amount>\d[\d'.,]*[.,]\d{2})"
                          r"\s?(?P<post>[A-Z]{3}|[$€£])?\s*$")


def content_text(text: str, kept: list[tuple[int, str]]) -> str:
    """The text with only the order content left (`kept`, from `order_text`): quote marks and what
    was cut are blanked out, so labels in a forwarded message read as at the start of a line and
    every offset still points into the original text."""
    chars = [c if c in "\r\n" else " " for c in text]
    for offset, line in kept:
        chars[offset:offset + len(line)] = line
    return "".join(chars)


# "P.S.", "PS:", "PS -": the buyer writing again under the signature.
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?s\.?(?=[\s:,\-–])", re.IGNORECASE)


def _before_closing(content: str, kept: list[tuple[int, str]]) -> str:
    """The content without what stands under a closing ("Thanks," / "Best regards"): the signature, whose
    address is the buyer's office, not a destination. A forwarded message below it is content again."""
    chars = list(content)
    in_signature = False
    for offset, line in kept:
        # A postscript is the buyer writing again ("P.S. please deliver to the Bothell jobsite, ..."), as
        # is a forwarded message.
        if _FORWARD_MARKER.match(line) or _POSTSCRIPT.match(line):
            in_signature = False
        elif _CLOSING.match(line) and content[:offset].strip():
            in_signature = True
        if in_signature:
            chars[offset:offset + len(line)] = " " * len(line)
    return "".join(chars)


def _header(text: str, kept: list[tuple[int, str]], part_index: int, kind: str) -> ExtractedHeader:
    """Header fields from the order content first; what it lacks may come from the whole text."""
    own = find_header(content_text(text, kept), part_index, kind)
    return own.merged_with(find_header(text, part_index, kind))


def stated_in(text: str, part_index: int, kind: str = "text") -> list[StatedMention]:
    """The destinations and days the text's own content states (no quoted reply, no signature), without
    reading its order lines: for a reader that found its lines elsewhere (an HTML table)."""
    kept = order_text(text)
    return find_stated(_before_closing(content_text(text, kept), kept), part_index, kind)


def extract_text(text: str, part_index: int, kind: str = "text") -> Extraction:
    nlp, matcher = _pipeline()
    kept = order_text(text)
    content = content_text(text, kept)
    # Quoted mail and signatures are blanked out of `content`: an earlier "please cancel" quoted under
    # a new order is not this message's word, and a quoted reply's or a signature's address is not where
    # this order goes.
    result = Extraction(NAME, part_index, header=_header(text, kept, part_index, kind),
                        document_kind=document_kind(content.lstrip()), purpose=document_purpose(content),
                        stated=find_stated(_before_closing(content, kept), part_index, kind))
    lines: list[ExtractedLine] = []
    unread: list[tuple[int, int, str]] = []  # (order lines before it, its paragraph, text)
    order_paragraphs: set[int] = set()
    paragraph = 0
    read_above = False  # whether the non-blank line above was read as an order line
    # A table pasted into the text (tab-separated cells, or columns lined up with spaces) is read cell by
    # cell by the table reader (text_table.py), where it stands; its rows are not read again as prose.
    tables = {t.first: t for t in text_table.find_tables(kept, part_index, kind)}
    in_table = {m for t in tables.values() for m in range(t.first, t.last + 1)}
    for n, (offset, line) in enumerate(kept):
        if n in tables:
            unread.extend((len(lines), -1, text) for text in tables[n].unread)
            lines.extend(tables[n].lines)
            order_paragraphs.add(paragraph)
            read_above = False
        if n in in_table:
            continue
        if not line.strip():
            paragraph += 1
            read_above = False
            continue
        if _CLOSING.match(line):
            if lines:
                # The signature starts; nothing below it is an order line, but a postscript may order
                # something more ("P.S. please add 4 x ..."): a clerk sees it.
                unread.extend((len(lines), -1, ps.strip()) for _, ps in kept[n + 1:]
                              if _POSTSCRIPT.match(ps) and _orders_something(nlp, matcher, ps))
                break
            continue
        amount = _AMOUNT_LINE.match(line)
        if amount:
            if read_above and lines[-1].unit_price is None and lines[-1].line_total is None:
                # A shop's order mail prints each line's amount under it: the line's total, which is
                # its unit price only when one was ordered.
                total = parse_decimal(amount["amount"])
                lines[-1].line_total = total
                if lines[-1].quantity == 1:
                    lines[-1].unit_price = total
            read_above = False
            continue  # an amount alone is never an order line, nor an unread one
        read_any = False
        for clause_offset, clause in clauses(line):
            parsed = _parse_line(nlp, matcher, clause)
            if parsed is None:
                continue
            read_any = True
            lines.append(_line(parsed, clause, offset + clause_offset, part_index, kind))
        if not read_any and line.strip() and not _NOT_A_LINE.match(_BULLET.sub("", line)):
            unread.append((len(lines), paragraph, line.strip()))
        if read_any:
            order_paragraphs.add(paragraph)
        read_above = read_any
    result.lines = lines
    # A line we could not read is probably an order line we missed when it sits between two order
    # lines, in the same paragraph as one, or names something that looks like an item code with a
    # number beside it. It must be shown to a clerk, never silently dropped.
    po = result.header.po_number.value if result.header.po_number else None
    result.unread = [
        text for after, paragraph, text in unread
        if lines and (0 < after < len(lines) or paragraph in order_paragraphs or paragraph < 0
                      or _looks_like_item(text))
        and not (po and po in text)  # the line that gave the PO number was read, as a header field
    ]
    return result


def _orders_something(nlp: Any, matcher: Any, line: str) -> bool:
    """A postscript that reads as an order line, or names an item code."""
    body = _POSTSCRIPT.sub("", line).lstrip(" :,-–")
    return _parse_line(nlp, matcher, body) is not None or _looks_like_item(body)


_ITEM_CODE_WITH_NUMBER = re.compile(r"(?=.*\b\d+\b)(?=.*\b[A-Z]{2,}[A-Z0-9]*-[A-Z0-9-]+\b)")
# An item code on its own, no quantity beside it: capitals and digits in three or more hyphenated parts
# ("GLV-NIT-L-BLU", "NW-FAS-10539"), the shape of a catalog number rather than of a word or a name.
_ITEM_CODE_ALONE = re.compile(r"\b[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+){2,}\b")


def _looks_like_item(text: str) -> bool:
    """A line naming an item code (with a number beside it, or in a catalog number's shape): an order line
    whose quantity we could not read, wherever it stands."""
    return bool(_ITEM_CODE_WITH_NUMBER.search(text) or _ITEM_CODE_ALONE.search(text))


def _line(parsed: dict[str, Any], clause: str, offset: int, part_index: int, kind: str) -> ExtractedLine:
    start, end = parsed["span"]
    return ExtractedLine(
        raw_text=clause.strip(),
        quantity=parsed["qty"],
        item_code=parsed["code"],
        description=parsed["description"],
        uom=parsed["unit"],
        unit_price=parsed["price"],
        confidence=parsed["confidence"],
        provenance=Provenance(kind=kind, part_index=part_index, span=(offset + start, offset + end)),
    )


class EmailTextExtractor:
    name = NAME

    def score(self, part: Part) -> float:
        if part.role == "body_text":
            return 0.5
        if part.media_type == "text/plain" or filename_ext(part) == "txt":
            return 0.4
        return 0.0

    def extract(self, part: Part) -> Extraction:
        return extract_text(part.content.decode("utf-8", errors="replace"), part.index)


EXTRACTOR = EmailTextExtractor()
