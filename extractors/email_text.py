"""Free-text order lines in email bodies ("10 x ABC-123", "ABC-123 qty 5", "5 cases of blue cups 12oz").

spaCy's rule matcher over an English vocabulary: no downloaded model, nor even a blank pipeline, is
loaded. Reply quotes and signatures are not order content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from config import READ_LIMITS, ReadLimits
from extractors import text_table
from extractors.base import filename_ext
from extractors.designation_lines import designation_runs, only_size_for_all, size_for_all
from extractors.forwards import note_hands_on, subject_forwards, subject_replies
from extractors.header_fields import document_kind, document_purpose, find_header
from extractors.item_blocks import item_blocks
from extractors.loose_lists import is_address_line, list_paragraphs, opens_address, uncounted_line, unnumbered_item
from extractors.po_sections import split_sections
from extractors.reply_corrections import (
    CORRECTING,
    accepted_items,
    accepts_quoted,
    apply_corrections,
    find_corrections,
    is_new_order,
    repeats_quoted,
)
from extractors.signatures import signature_company
from extractors.size_runs import size_runs
from extractors.stated import asks_to_deliver, find_signed_addresses, find_stated
from extractors.tabular import total_label
from extractors.text_columns import Columns, Row, is_rule, read_row, supplier_code
from extractors.text_columns import heading as column_heading
from extractors.word_numbers import VAGUE_MARK, as_digits, leading_count, number_word
from models.schemas import ExtractedHeader, ExtractedLine, Extraction, Field, Part, Provenance, StatedMention
from vocabulary.mail_headers import (
    BEGIN_FORWARDED,
    BLOCK_LABEL,
    FORWARDED_MESSAGE,
    FROM_LABEL,
    ORIGINAL_MESSAGE,
    REPLY_OPENING,
    REPLY_VERB,
    SENT_LABEL,
    SUBJECT_LABEL,
)
from vocabulary.numbers import parse_decimal
from vocabulary.units import MEASURE_UNITS, SIZE_WORD_UNITS, UNIT_CODES, is_measure_word, normalise_unit

NAME = "email_text"

# A number is one token only when no letter follows it: "12oz" stays whole, "10" in "10 x" does not.
# Letters include accented ones: "Stück" and "boîtes" are one word each.
# "#12", "#10-32": a gauge or screw size written with a number sign is one word of the goods' name.
# "250'", "8\"": a length in feet or inches, one word (a word or another mark after the sign makes it a quote).
# "-8 JIC ends", "-12 hose": a dash size (sixteenths of an inch) is one word of the goods' name, its dash kept.
_TOKEN = re.compile(r"(?<![\w-])-\d{1,2}(?=\s+[^\W\d_])|"
                    r"#\d{1,2}(?:-\d{1,3})?(?![\w\-/]|\.\d)|(?<![\w.'\"])\d[\d,]*(?:\.\d+)?['\"](?![\w'\"])|"
                    r"\$?\d[\d,]*(?:\.\d+)?(?![\w-]|/\d|\.\d)|[^\W_][\w\-/.#]*[^\W_]|[^\W_]|[^\s\w]")
_TIMES = re.compile(r"(?<![\w-])(\d+)\s*[x×]\s+", re.IGNORECASE)
# "16oz hot cups x6": a count written after the item, the sign joined to it ("6x6" is a size, and "X64"
# in capitals may be a code, so only a lower-case sign standing apart counts).
_TIMES_AFTER = re.compile(r"(?<![\w-])[x×](\d+)(?![\w\-/.])")
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{2,4}[.)])\s+")
# A list's own number in forms a quantity could also take ("1 - ABC-123 x 10", "#2 4 x XYZ-9",
# "Item 3: ..."): it is the list's only when the rest of the line reads as an order line.
# "#N" numbers a list only when a count or a code follows it: "#12 THHN black ..." names a wire gauge, "#8 screws" a
# screw size. "Pos. 10  20 Stk." numbers a position with nothing after it but the count.
_LIST_NUMBER = re.compile(r"^\s*(?:#\s?\d{1,3}[.):]?(?=\s+(?:\d[\d,.]*\s*[x×*]?\s|[^\s\d]*[^\W\d_][^\s]*\d))|"
                          r"(?:item|line|pos(?:ition)?|no|nr)\.?\s*\d{1,3}(?:\s*[.:)\-–]|(?=\s+\d))|"
                          r"\d{1,3}\s*[-–])\s+", re.IGNORECASE)
# Reply headers in the languages of our buyers' mail programs (vocabulary/mail_headers.py): "On ... wrote:",
# "Am ... schrieb ...:", "Il giorno ... ha scritto:", "Den ... skrev:"; or, where the language opens with the
# date ("ma 7.12.2026 klo 9.12 Bob <bob@x.fi> kirjoitti:"), a line ending in the verb that carries a year, a time
# or an address.
_QUOTE_HEADER = re.compile(
    rf"^\s*(?:{REPLY_OPENING}\s.{{5,200}}|(?=[^\n]*(?:\d{{4}}|\d{{1,2}}[:.]\d{{2}}|@))\S.{{4,200}})\s{REPLY_VERB}"
    rf"(?:\s.{{0,120}})?\s?:\s*$",
    re.IGNORECASE,
)
# Gmail wraps a long reply header over two lines: "On Mon, ... Bob Smith <" / "bob@x.example> wrote:".
_QUOTE_HEADER_START = re.compile(rf"^\s*{REPLY_OPENING}\s.{{5,}}$")
_QUOTE_HEADER_END = re.compile(rf"{REPLY_VERB}(?:\s.{{0,120}})?\s?:\s*$", re.IGNORECASE)
# Markers that say "what follows is a forwarded message": its lines are content, even when quoted.
_FORWARD_MARKER = re.compile(rf"^\s*(?:-{{5,}}\s*{FORWARDED_MESSAGE}\s*-{{5,}}|{BEGIN_FORWARDED}\s?:)", re.IGNORECASE)
_SEPARATOR = re.compile(rf"^\s*(?:_{{10,}}|-{{3,}}\s*{ORIGINAL_MESSAGE}\s*-{{3,}})\s*$", re.IGNORECASE)
# A telephone number ("206-555-0100", "+44 20 7946 0958", "(604) 555-0199"): a signature's, never order content.
_PHONE = re.compile(r"(?<![\w-])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\w-])")
# A line that is a telephone number and nothing else (a label before it, an extension after it at most):
# "(937) 555-0142 x214", "Tel: 937.555.0142 ext. 12".
_PHONE_LINE = re.compile(r"^\s*(?:(?:tel|phone|ph|mobile|cell|fax|[otmcfp])\.?\s*:?\s*)?" + _PHONE.pattern
                         + r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?\s*$", re.IGNORECASE)
# Outlook's header block above a quoted message: From: / Sent: / To: / Subject:.
_BLOCK_FROM = re.compile(rf"^\s*\*?{FROM_LABEL}\s?:\*?\s*\S", re.IGNORECASE)
_BLOCK_SENT = re.compile(rf"^\s*\*?{SENT_LABEL}\s?:\*?", re.IGNORECASE)
_BLOCK_SUBJECT = re.compile(rf"^\s*\*?{SUBJECT_LABEL}\s?:\*?\s*(.*)$", re.IGNORECASE)
# A forwarded message's header lines ("Sent: Tuesday, December 1, 2026 2:37 PM") are written by the mail program
# in its own locale, not by the buyer: no sign of how the buyer writes a date.
_MAIL_HEADER_LINE = re.compile(rf"(?i)^[ \t>]*\*?{BLOCK_LABEL}\*?[ \t]*:")


def without_mail_headers(text: str) -> str:
    """The text without the header blocks of the messages it forwards or quotes (two such lines or more in a
    row: a lone "Date: 4 December 2026" is the buyer's own)."""
    lines = text.split("\n")
    header = [bool(_MAIL_HEADER_LINE.match(line)) for line in lines]
    return "\n".join(line for i, line in enumerate(lines)
                     if not (header[i] and ((i > 0 and header[i - 1]) or (i + 1 < len(lines) and header[i + 1]))))


_DISCLAIMER = re.compile(
    r"^\s*(?:\**\s*confidentiality notice|disclaimer\s*:|legal disclaimer|"
    r"this (?:e-?mail|message|communication)\b.{0,120}\b(?:confidential|privileged|intended (?:solely |only )?for)|"
    r"the information (?:contained )?in this (?:e-?mail|message|communication)|"
    r"diese (?:e-?mail|nachricht)\b.{0,120}\bvertraulich|ce (?:message|courriel)\b.{0,120}\bconfidenti)",
    re.IGNORECASE,
)
_SIGNATURE_SEPARATOR = re.compile(r"^--\s?$")
_CLOSING = re.compile(
    r"^\s*(--\s*|thanks?( you)?( so much| again| in advance| a lot)?[,!.]*|thx[,!.]*|many thanks[,!.]?|"
    r"best( regards)?[,!.]?|kind regards[,!.]?|regards[,!.]?|"
    r"cheers[,!.]?|sincerely[,!.]?|mit freundlichen grüßen[,!.]?|cordialement[,!.]?|saludos[,!.]?|"
    # the closings of German, French, Spanish, Italian and Dutch mail: the signature under them holds a
    # street number and a postal code, never an order line
    r"(?:viele|beste|freundliche|liebe|herzliche)\s+grü(?:ß|ss)e[,!.]?|bien\s+(?:cordialement|à\s+vous)[,!.]?|"
    r"(?:sinc[èe]res\s+)?salutations[,!.]?|un\s+(?:cordial\s+)?saludo[,!.]?|saludos\s+cordiales[,!.]?|"
    r"atentamente[,!.]?|(?:cordiali|distinti)\s+saluti[,!.]?|(?:met\s+)?vriendelijke\s+groet(?:en)?[,!.]?|"
    r"hartelijke\s+groet(?:en)?[,!.]?|groetjes[,!.]?|mvg[,!.]?|"
    # Danish, Norwegian, Swedish, Finnish, Polish and Czech
    r"(?:med\s+)?(?:venlig|vennlig|venligst|vänlig|vänliga|bedste|beste)\s+(?:hilsen|hilsner|hälsning(?:ar)?)[,!.]?|"
    r"mvh[,!.]?|hilsen[,!.]?|hälsningar[,!.]?|(?:ystävällisin\s+)?terveisin[,!.]?|pozdrawiam[,!.]?|"
    r"z\s+powa[żz]aniem[,!.]?|s\s+pozdravem[,!.]?|"
    r"sent from my .*)\s*$",
    re.IGNORECASE,
)
# "33x40", "16x16", "8.5x11", "20x25x1": a size, never an item code.
# ("47x100x4.8m", "2x4x8ft", "2.4x1.2m": a size with its units is no item code either)
_DIMENSION = re.compile(r"^\d+(?:\.\d+)?(?:mm|cm|m|in|ft|\"|')?(?:[xX×]\d+(?:\.\d+)?(?:mm|cm|m|in|ft|\"|')?){1,2}$")
# "4,8m", "5,0x60", "12,5 mm": a decimal comma inside a size (a price's "36,20 €" has no unit after it).
# ("2,5mm²" and "2,5mm2" too; "3G1,5" and "3x2,5" are a cable's cores and their section.)
_SIZE_COMMA = re.compile(r"(?<![\d,.])(\d{1,4}),(\d{1,2})(?=\s?(?:mm|cm|m|mtr|kg|g|l|ltr|ml|cl|in)(?:²|2)?(?![^\W\d_])"
                         r"|\s?[xX×]\s?\d|(?<=\d[GgxX×]\d,\d)(?!\d)|(?<=\d[GgxX×]\d,\d\d)(?!\d))")
# "6-way", "2-ply", "3-tier", "11-in-1": a number joined to a lowercase word is what the goods are, not an item code.
_NUMBERED_WORD = re.compile(r"^\d+(?:\.\d+)?-[a-z]+(?:-\d+)?$")
# "0W-20", "5W30", "15W-40": an engine oil's viscosity grade is what the oil is, not an item code.
_VISCOSITY_GRADE = re.compile(r"^\d{1,2}[wW]-?\d{2}$")
# "200 sq ft", "12 square feet": an area before its unit is the goods' size.
_AREA_WORDS = frozenset({"sq", "sq.", "square", "cu", "cu.", "cubic"})
# ("3/4in": a fraction of an inch is a size too)
_SIZE = re.compile(r"^\d+(?:[.,/]\d+)?-?(?:oz|ml|l|mm|cm|m|in|ft|kg|g|lb|lbs|gal|mil|ply|ct|pk|w|v|ul|µl|μl|um|µm|μm|mg"
                   r"|cl|dl|ltr)$", re.IGNORECASE)
# Digits and separators with a slash ("1/4-20", "5/16-18", "3/8") are a size or thread, never an item code.
# Nor is a short pair of digits ("12-2", "10-3": a cable's gauge and conductors): real codes have letters or
# longer digit groups ("4410-22").
_CODE = re.compile(r"^(?=.*\d|.*-)(?![\d\-.]*/[\d/\-.]*$)(?!\d{1,2}-\d{1,2}$)(?![2-6][xX][lL]$)(?!\d{1,3}[a-z]{1,2}$)"
                   r"[A-Za-z0-9][A-Za-z0-9\-_/.]{2,}$")
# ("S$", "A$", "R$", "NZ$": a dollar or real sign with its country's letters is a money sign too)
_MONEY_SIGN = (r"(?:(?<![A-Za-z])(?:US|CA|AU|NZ|HK|[SACR])\$|[$€£₹]"
               r"|(?:USD|EUR|GBP|CAD|CHF|INR|MXN|AUD|NZD|SGD|HKD|BRL|ZAR|PLN|CZK|SEK|NOK|DKK|HUF)\b"
               # the złoty's, the koruna's and the Nordic krona's signs after an amount: "118,00 zł", "410 Kč"
               r"|(?<=\d[ \t])(?:zł|Kč|kr)(?!\w)|(?<=\d)(?:zł|Kč|kr)(?!\w))")
_PER = r"(?:\s*(?:each|ea|/\s*ea|per\s+\w+|pro\s+\w+|la\s+pi[èe]ce|l'unit[ée]|c/u|cad(?:auno|\.)?(?!\w)|/\s*\w+))?"
_PRICE = re.compile(
    r"(?:@|\bat\b|\bprice\b:?|\bunit price\b:?)\s*" + _MONEY_SIGN + r"?\s*(?P<p>\d[\d,]*(?:\.\d{1,4})?)"
    r"(?:\s*" + _MONEY_SIGN + r")?" + _PER +
    r"|" + _MONEY_SIGN + r"\s*(?P<p2>\d[\d,]*(?:\.\d{1,4})?)" + _PER +
    # "12 colis à 36,20 €", "10 Kartons zu 12,50 EUR", "5 cajas a 3,20 €": a price after its word, with decimals
    # or a currency (a bare "à 12" may be a range's end)
    r"|(?:\b[àa]|\bzu|\bje|\bpor)\s+(?:" + _MONEY_SIGN + r"\s*)?(?P<p3>\d[\d.]*,\d{2}|\d[\d,]*\.\d{2})(?:\s*"
    + _MONEY_SIGN + r")?" + _PER +
    # "7,95 €", "24.50 EUR": an amount with its currency after it
    r"|(?<![\w.,])(?P<p4>\d[\d.]*,\d{2}|\d[\d,]*\.\d{2})\s?(?:€|EUR\b|GBP\b|USD\b|CHF\b|PLN\b|CZK\b|SEK\b"
    r"|NOK\b|DKK\b|zł(?!\w)|Kč(?!\w)|kr(?!\w))" + _PER +
    # "185 Kč/ks", "12 €/Stk": a whole amount, its currency and the unit it is per
    r"|(?<![\w.,])(?P<p5>\d{1,6})\s?(?:€|EUR\b|GBP\b|USD\b|CHF\b|PLN\b|CZK\b|SEK\b|NOK\b|DKK\b|HUF\b|zł|Kč|kr|Ft)"
    r"\s*/\s*[^\W\d_]+\.?",
    re.IGNORECASE,
)
_NOT_A_LINE = re.compile(
    r"^\s*(?:p\.?o\.?\b|purchase order|order (?:date|no|number|#)|our (?:po|p\.o\.|order|ref)|ref\b|"
    # (whole words: "Towels x 4", "Toilet paper - 6 cases", "Toner x 2", "Telescoping pole" are goods)
    r"(?:dated?|ship(?:s|ped|ping|ment)?|deliver(?:s|y|ies|ed|ing)?|requested|need(?:ed)? by)\b|"
    r"(?:bill(?:ing|ed)?|tel|phone|fax|mobile|email|e-mail|from|to|subject|sent|cc|attn|suite|totals?)\b|www\.|http|"
    # a forwarded message's header lines in other languages ("Gesendet: Montag, 23. Januar 2017 18:38")
    rf"{BLOCK_LABEL}\s?:|"
    r"(?:subtotal|tax(?:es)?|currency|terms|payments?|invoic(?:e|es|ed|ing)|accounts?)\b|"
    # a field's label, whatever words precede its name: "Customer PO: 77301", "PRO number: ...", "Weight: 412 lb"
    r"[\w .#/&-]{0,30}?\b(?:p\.?o\.?|number|no\.?|nr\.?|weight|pieces|ref(?:erence)?|date|id|account|invoice|"
    r"tracking|pallets?|gewicht|poids|peso)\s*[:#]"
    # ... unless the line goes on to a quantity: "Part no: ABC-123 qty 5", "Item no. XY-44 - 3 boxes"
    r"(?![^\n]*(?:\b(?:qty|quantity|menge|cantidad|qt[ée])\b|\s[-–x×]\s*\d))|"
    # the same labels in German, French and Spanish
    r"bestell|liefer|datum|rechnung|lieferadresse|versand|tél|téléphone|numéro|n[°º]|date de|livraison|"
    r"adresse|facture|commande|pedido|n[úu]mero|fecha|entrega|direcci[óo]n|factura|tel[ée]fono)"
    # A printed report's page furniture, repeated on every page: "... PURCHASE ORDER ... PAGE 2", "RUN 03/02/26
    # 06:01" (a line whose only numbers are a day and a clock time names no quantity).
    r"|.*\b(?:page|seite|p[áa]gina|pg\.?)\s*\d+(?:\s*(?:of|/|von|de|sur)\s*\d+)?\s*$"
    r"|(?:[^\d\n]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d/.:-]))+[^\d\n]*$",
    re.IGNORECASE,
)
_ADDRESS_WORDS = re.compile(
    r"\b(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|suite|ste\.?|drive|dr\.?|lane|ln\.?|"
    r"way|highway|hwy|parkway|pkwy|floor|building|p\.?o\.? box)\b",
    re.IGNORECASE,
)


# What a buyer says about an item after naming it: "- the blue ones, not the black", "that fit both",
# "since those never showed up", "(class 2 lime is fine)": words about the order, not the item's.
_REMARK = re.compile(r"\s+(?:[-–]\s+(?=(?:the|not|those|these|they|it|we|i|please|no|but)\b)"
                     r"|(?:since|because|as\s+(?:they|we|those|these)|which|that\s+(?:fit|are|is|go|we)|"
                     r"not\s+the|on\s+(?:it|them|that|this)\b|"
                     # "... asap, pump went down", "..., not sure of width, whatever fits": urgency and doubt
                     r"asap|not\s+sure|whatever\s+(?:fits|you\s+(?:have|stock|carry))|(?:i'?ll|we'?ll)\s+"
                     r"(?:pick|check|confirm)\b)\b"
                     # "..., delivered next Tuesday to the warehouse", "... if you carry them", "... to this one"
                     r"|(?:(?:delivered|shipped|to\s+arrive|for\s+delivery)\s+(?:next|this|on|by|before|asap|"
                     r"tomorrow|to\s+(?:the|our|us)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                     r"if\s+(?:at\s+all\s+)?possible|"
                     r"if\s+(?:you|u)\s+(?:carry|have|stock|can|do)|to\s+(?:this|that|the|my|our)\s+(?:one|order|po)\b)"
                     r").*$", re.IGNORECASE)
_THE_ONES = re.compile(r"\s*[-–,]?\s+the\s+([\w/-]+(?:\s+[\w/-]+)?)\s+ones?\b", re.IGNORECASE)
# The order's number said after the goods: "2 reels ... on PO 44817", "..., against our order 5521" (the header
# reads it; it names no goods).
_ORDER_REFERENCE = re.compile(r"[\s,;(]+(?:(?:on|against|under|for|per|re:?|ref\.?)\s+)?(?:our\s+|your\s+)?"
                              r"(?:p\.?\s?o\.?|purchase\s+order|order)\s*(?:#|no\.?|nr\.?|number)?\s*[:#]?\s*"
                              r"[A-Z0-9][\w\-/.]*\d[\w\-/.]*\)?\s*[.!]?$", re.IGNORECASE)
_FINE = re.compile(r"\s+(?:is|are)\s+(?:fine|ok|okay|good)\b.*$", re.IGNORECASE)


def _without_remark(description: str | None) -> str | None:
    if not description:
        return description
    # "- the blue ones" names an attribute: kept as "blue"
    kept = _THE_ONES.sub(lambda m: " " + m.group(1), description)
    trimmed = _FINE.sub("", _REMARK.sub("", _ORDER_REFERENCE.sub("", kept))).strip(" ,;")
    # a dash left over from "- the blue ones" goes; "-8 JIC ends" keeps its dash size
    trimmed = re.sub(r"^(?:[-–]+(?!\d)[\s,;]*)+|[\s,;]*[-–]+$", "", trimmed).strip(" ,;")
    trimmed = re.sub(r"^(?:those|these|the|that|this)\s+", "", trimmed, flags=re.IGNORECASE)
    return trimmed or description


def _is_address(text: str) -> bool:
    """A street, suite or box named as addresses name them ("Main Street", "Adeline St", "Suite 200", "5th Ave"):
    a capitalised name or an ordinal before the street word. "mediums same way", "wet floor sign" are goods."""
    for m in _ADDRESS_WORDS.finditer(text):
        before = text[:m.start()].split()
        word = m.group(0)
        if word[:1].isupper() and (not before or before[-1][:1].isupper() or re.fullmatch(r"\d+\w*", before[-1])):
            return True
        if before and (before[-1][:1].isupper() or re.fullmatch(r"\d+(?:st|nd|rd|th)", before[-1])):
            return True
    return False


# Words a number before them rates or sizes the goods by, not counts or codes them.
_RATING_WORDS = {"amp", "amps", "a", "watt", "watts", "w", "volt", "volts", "v", "kw", "hp", "ohm", "awg", "gauge",
                 "ga", "pole", "mil", "psi", "rpm", "lumen", "lumens", "degree", "degrees", "k", "btu", "ton"}
# A short designation of letters then digits ("BR30", "A19", "T8", "M12", "PAR38"): a kind of goods more than a code.
_DESIGNATION = re.compile(r"^[A-Za-z]{1,3}\d{1,3}$")
_FILLER = {"please", "pls", "plz", "kindly", "send", "ship", "us", "we", "need", "i", "would", "like", "to", "over",
           "order", "add", "also", "and", "can", "could", "you", "want", "require", "get", "book", "another",
           "d", "'d", "'", "have", "just", "the", "following", ":", "plus", "then", "as", "well", "finally",
           # German, French, Spanish: "Bitte liefern Sie", "Merci de livrer", "Por favor envíen"
           "bitte", "liefern", "senden", "schicken", "sie", "wir", "brauchen", "benötigen", "noch", "außerdem",
           "und", "sowie", "merci", "de", "livrer", "envoyer", "nous", "avons", "besoin", "veuillez", "et",
           "aussi", "également", "por", "favor", "envíen", "envien", "enviar", "necesitamos", "también", "y",
           "además", "mandar", "manden",
           # talk around a list in prose: "Oh and 1 case of ...", "Necesito 10 cajas de ...", "we'll take 4 ..."
           "oh", "necesito", "necesitaríamos", "nos", "hace", "falta", "il", "faut", "faudrait",
           "hätten", "gerne", "gern", "bräuchten", "brauche", "needs", "we'll", "i'll", "take", "grab",
           "give", "me", "so", "ok", "okay", "put", "e", "en", "quisiera", "quisiéramos", "j'ai", "voudrais",
           "voudrions", "aimerions",
           # Polish, Czech, Swedish, Italian, Portuguese and Dutch: "zamawiam", "objednávám", "vi beställer",
           # "vorrei ordinare", "gostaria de encomendar", "graag"
           "zamawiam", "zamówić", "proszę", "prosze", "objednávám", "objednavam", "prosím", "prosim", "vi",
           "beställer", "bestaller", "önskar", "onskar", "vorrei", "vorremmo", "ordinare", "ordiniamo",
           "gostaria", "gostaríamos", "encomendar", "queria", "graag", "wij", "willen",
           # "throw in 3 boxes of ...", "toss in a case of ...", "can u send out 10 bulk bags ..."
           "throw", "toss", "in", "out", "u", "ya",
           # "about 18 x nozzles": the count the buyer gives, however round
           "about", "around", "roughly", "approx", "approximately"}
# A greeting alone on its line, a name after it at most ("Ciao!", "Hej Karin,", "Guten Tag Herr Weber,").
_GREETING_LINE = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|morning|hiya|hallo|hej|hei|moi|ciao|buongiorno"
    r"|buonasera|salve|bonjour|bonsoir|salut|hola|buenos\s+d[ií]as|buenas(?:\s+tardes)?|ol[áa]|bom\s+dia|boa\s+tarde"
    r"|guten\s+(?:tag|morgen)|moin|servus|goedemorgen|goedemiddag|dag|beste|geachte|dzie[ńn]\s+dobry|witam"
    r"|dobr[ýy]\s+den|god\s+(?:morgen|dag)|goddag|καλημέρα|merhaba|sehr\s+geehrte[rn]?|cher|ch[èe]re|estimad[oa]s?)"
    r"(?:\s+[^\W\d_][\w.'-]*){0,4}\s*[,!.:]?\s*$", re.IGNORECASE)
# "Hi Noor, could you send ...": a greeting, maybe with a name, before the asking words of a sentence of items.
_GREETING = {"hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "hiya", "hallo", "bonjour", "hola"}
_PRONOUNS = {"us", "them", "you", "it", "these", "those", "me", "nous", "vous", "uns", "ihnen", "nosotros"}
# Words that join a quantity and its unit to the item: "5 cases of", "10 Kartons à", "12 cartons de".
_OF = ["of", "de", "del", "des", "d'", "di", "von", "à"]
_UNIT_WORDS = sorted(w for w in UNIT_CODES if w != "x")
# Words that stand where a container word would ("3 days of", "2 kinds of", "4 of us"), naming no pack.
_NOT_PACKS = ["days", "weeks", "months", "years", "hours", "minutes", "times", "kinds", "types", "sorts", "sizes",
              "colors", "colours", "lots", "more", "people", "guys", "pallets", "trucks", "loads", "deliveries",
              "orders", "lines", "items", "pages", "copies", "rounds", "shipments", "them", "those", "these",
              "días", "semanas", "meses", "tipos", "jours", "semaines", "mois", "tage", "wochen", "monate"]
# Units that measure the goods (a 40 gal bag, 66 m of tape) rather than count them.


# A count as the matcher's patterns take it (spaCy searches a token's text with the REGEX given).
_LONG_CODE = re.compile(r"\d{8,14}")
# A size written as one word before the unit it sizes: "one-liter", "5-gallon", "50-lb".
_SIZED_UNIT = re.compile(r"^[^\W_]+-(?:" + "|".join(SIZE_WORD_UNITS) + r")s?$", re.IGNORECASE)
# A catalog number of digit groups ("13-4010", "4410-22-1"): long groups, unlike a range ("5 - 10", "2-3").
_DIGIT_CODE = re.compile(r"\d{2,6}-\d{3,6}(?:-\d{1,6})?")
# (Eight digits or more in a row are a code, a UPC or an EAN, never a count: "731245013011 x 120".)
_QTY_WORD = re.compile(r"^(?!\d{8,}$)\d[\d,]*(\.\d+)?$")


# Words of the goods' kind a buyer puts between the count and its unit ("10 bulk bags of bark", "4 jumbo rolls"):
# part of what is ordered, kept in the description. (Not "large" or "small": "2 large boxes of gloves" sizes the
# box, and read into the goods it would pick the large gloves.)
_SIZE_ADJECTIVES = frozenset({"bulk", "jumbo", "full", "standard"})


@lru_cache(maxsize=1)
def _pipeline() -> tuple[Any, Any]:
    from spacy.lang.en import English
    from spacy.matcher import Matcher
    from spacy.vocab import create_vocab

    # The vocabulary spacy.blank("en") would make (its lexical attributes: LOWER, IS_UPPER, ...), without the
    # pipeline around it: the tokenizer, its rules and the validated config cost a tenth of a second at every
    # start, and nothing here tokenizes (each Doc is made from our own words).
    vocab = create_vocab("en", English.Defaults)
    matcher = Matcher(vocab)
    qty = {"TEXT": {"REGEX": _QTY_WORD.pattern}}
    unit = {"LOWER": {"IN": _UNIT_WORDS}}
    opt_unit = {**unit, "OP": "?"}
    times = {"LOWER": {"IN": ["x", "×", "*"]}}
    code = {"TEXT": {"REGEX": _CODE.pattern}}
    # (and the label written short or in other languages: "Q.tà 20 – Relè ...", "Anz. 4", "Ilość 10", "Antal 6")
    label = {"LOWER": {"IN": ["qty", "quantity", "menge", "qté", "cantidad", "qte", "q.tà", "q.ta", "qtà", "qta",
                              "quantità", "quantita", "qtd", "quantidade", "cant", "anz", "anzahl", "ilość", "ilosc",
                              "množství", "mnozstvi", "antal", "aantal", "mängd", "määrä", "mennyiség"]}}
    # "Hex bolts M8 — 6 bx": an em dash stands where a dash does
    sep = {"TEXT": {"IN": ["-", "–", "—", ":", "=", "x", "×", "X", "*", ","]}}
    # Quantity first: "10 x ABC-123", "5 cases of ...", "12 ABC-123".
    of = {"LOWER": {"IN": _OF}}
    # "4 bags DE powder": a name in capitals is no "de"
    of_word = {**of, "IS_UPPER": False}
    # ("3 more cases of", "2 extra boxes of": more of what was ordered before, counted the same)
    more = {"LOWER": {"IN": ["more", "extra", "additional"]}}
    # ("6 one-liter bottles of", "2 5-gallon pails of": the size of what is counted, between count and unit)
    sized = {"LOWER": {"REGEX": _SIZED_UNIT.pattern}}
    # ("10 bulk bags of bark", "2 large boxes of": a word of the goods' size or kind between count and unit)
    sized_word = {"LOWER": {"IN": sorted(_SIZE_ADJECTIVES)}}
    matcher.add("QTY_FIRST", [[qty, unit, {**of_word, "OP": "?"}], [qty, times], [qty, of],
                              [qty, more, unit, {**of_word, "OP": "?"}], [qty, sized, unit, {**of_word, "OP": "?"}],
                              [qty, sized_word, unit, {**of_word, "OP": "?"}]])
    matcher.add("QTY_BARE", [[qty]])
    # "1000' #12 THHN black": a length in feet opening the line is how much is ordered, when no count follows.
    matcher.add("QTY_FEET", [[{"TEXT": {"REGEX": _FEET_WORD.pattern}}]])
    # "2 tins of the green stuff", "10 bidones de cloro": a word the vocabulary does not know where a unit stands,
    # before "of" (never a word of time or kind: "3 days of", "2 kinds of")
    packed_word = {"LOWER": {"NOT_IN": [*_UNIT_WORDS, *_NOT_PACKS]}, "TEXT": {"REGEX": r"^[^\W\d_]{3,14}$"}}
    matcher.add("QTY_PACKED", [[qty, packed_word, {"LOWER": {"IN": [w for w in _OF if w != "à"]}}]])
    # Code first: "ABC-123 qty 10", "ABC-123 x 10", "ABC-123 - 10 cs", "ABC-123: 10", "ABC-123  10 CS".
    matcher.add("CODE_FIRST", [[code, {"LOWER": {"IN": ["qty", "quantity", "x", "×", "-", ":", "=", "menge"]}},
                                {"TEXT": ":", "OP": "?"}, qty, opt_unit],
                               [code, {"TEXT": "("}, qty, opt_unit], [code, qty, opt_unit]])
    # Quantity last: "glv nit l blu - 4 boxes", "tape 48 clr x 6", "FLT-1 Pleated filter - 12 EA".
    # "... : 6 paquets de 12": a count of packs and what a pack holds.
    pack_of = [{"LOWER": {"IN": _OF}}, qty]
    matcher.add("QTY_LAST", [[sep, label, {"TEXT": ":", "OP": "?"}, qty, opt_unit], [sep, qty, opt_unit],
                             [sep, qty, unit, *pack_of],
                             # "... : 12 colis": a word the vocabulary does not know, standing where a unit stands
                             [sep, qty, {"TEXT": {"REGEX": r"^[^\W\d_]{2,12}\.?$"}}]])
    # A count at the very end without a sign before it: "facial tissue 1 case", "clear bags (thin) 2 cases".
    count_unit = {"LOWER": {"IN": [w for w in _UNIT_WORDS if normalise_unit(w) not in MEASURE_UNITS]}}
    matcher.add("QTY_TAIL", [[qty, count_unit]])
    # Labelled anywhere: "... quantity: 10".
    matcher.add("QTY_LABEL", [[label, {"TEXT": ":", "OP": "?"}, qty, opt_unit]])
    return vocab, matcher


_COUNT_WORDS = [w for w in _UNIT_WORDS if normalise_unit(w) not in MEASURE_UNITS]
# (Measures no order counts in, but goods are sized by: "5 qt jugs", "1 lb tubs", "500 ml bottles", "16 oz cups".)
_MEASURE_WORDS = sorted({w for w in _UNIT_WORDS if normalise_unit(w) in MEASURE_UNITS}
                        | {"qt", "qts", "quart", "quarts", "pt", "pint", "pints", "l", "ltr", "litre", "litres",
                           "liter", "liters", "ml", "oz", "lb", "lbs", "pound", "g", "kg", "cu ft", "cuft"},
                        key=lambda w: (-len(w), w))

# What goes with a container and is ordered with it: "lids", "caps to suit", "covers for them".
_COMPANION = (r"(?:(?:the|matching)\s+)?(?:lids?|caps?|covers?|domes?|sleeves?|tops?)\b"
              r"(?:\s+(?:to\s+(?:suit|match|fit)|for\s+(?:them|those|these|it|each|all|both)))?")
# One sentence may order two things: "3 cases of bags, plus 1 case of cups".
_CLAUSE_SPLIT = re.compile(
    r"(?:[,;]\s*|\s+)(?:plus|\+|and|also|as well as|&|y|et|und|e|en|i|oraz|och|og)\s+"
    r"(?:(?:about|around|roughly|approx\.?|approximately|maybe|another)\s+)?(?=≈?\d)|;\s*(?=≈?\d)"
    # the Czech and Slovak "a" (and) after the goods' size or a remark: "5 krabic vrutů 5x60 (po 200 ks) a 2 krabice"
    r"|(?<=[\d)])\s+a\s+(?=\d)"
    # "16oz hot cups + lids", "pails and lids to suit": a second item joined on, counted as the first unless it
    # says its own count ("and" or "&" only before what goes with a container: "nuts and bolts kit" is one item)
    # (not the other end of a set: "front 400lm + rear", "for + bag" is one light set)
    r"|\s+\+\s+(?!(?:rear|back|front|left|right|top|bottom|hinten|vorne|vorn|bag|for|arri[èe]re|avant|trasero|trasera"
    r"|delantero|delantera|posteriore|anteriore|achter|voor|bak|fram|taka|etu)\b)(?=[^\W\d_])"
    r"|\s+(?:&|and)\s+(?=" + _COMPANION + r"\s*(?:[x×]?\s*\d[^,;]*)?$)"
    # "..., and put the 2 cases of the microfiber on it too": asking words between "and" and the count
    r"|,\s*(?:and|plus|also)\s+(?=(?:(?:put|send|add|get|please|also|the|us|me|we|i|need|would|like|could|can|you)"
    r"\s+){1,4}≈?\d[\d.,]*\s*(?:x\b|×|(?:" + "|".join(re.escape(w) for w in _UNIT_WORDS)
    + r")\b|(?:of|de)\b))"
    # a list in a sentence: "2 cases of towels, 12 x vests, and 3 boxes of gloves"
    # (only where a count with its unit, sign or "of" follows: "toilet paper 2 ply, 500 sheets : 8 cs" is one line)
    # (a measure is the item's own size unless "of" follows: "threaded rod, 10 ft", but ", 5 gal of bleach")
    # (nor a count per pack: "cable ties, 100 pcs./bag")
    r"|,\s+(?:(?:and|plus|y|et|und)\s+)?(?=≈?\d[\d.,]*\s*(?:x\b|×|(?:" + "|".join(re.escape(w) for w in _COUNT_WORDS)
    + r")\b(?!\.?/)|(?:" + "|".join(re.escape(w) for w in _MEASURE_WORDS) + r")\s+(?:of|de)\b"
    r"|(?:of|de|d'|des|del|di|von)\b"
    # "..., 4 bidones de ...": a container word the vocabulary does not know, then "of"
    r"|[^\W\d_]{3,14}\s+(?:of|de|del|des|di|von)\s))",
    re.IGNORECASE,
)
_PRIORITY = {"CODE_FIRST": 0, "QTY_FIRST": 1, "QTY_PACKED": 1, "QTY_LAST": 2, "QTY_LABEL": 3, "QTY_TAIL": 4,
             "QTY_FEET": 5, "QTY_BARE": 5}
_FEET_WORD = re.compile(r"^\d[\d,]*(?:\.\d+)?'$")


# A new sentence: "... for the Alder Creek job? We need 2 cases of ...". Not after an abbreviation ("P.O. No. 12",
# "Gr. L", "Pos. 2"): the word before the stop has three letters or more, or is a number ("OC-12011.").
_SENTENCE_END = re.compile(r"(?<=[\w)\]])[.?!]+\s+(?=[¿¡]?[A-Z][a-z])")
_ABBREVIATION = re.compile(r"(?:(?<![\w-])[^\W\d_]{1,2}"
                           r"|\b(?:pos|ref|inc|ltd|ave|approx|art|mrs|nos|qty|dept|blvd|no|nr))$",
                           re.IGNORECASE)


def _counted_unit_before(text: str) -> bool:
    """Whether the text ends in a count and its unit ("30 Stk", "4 pcs"): a stop after it abbreviates the unit."""
    m = re.search(r"\d\s*([^\W\d_]+)$", text)
    return m is not None and normalise_unit(m.group(1)) is not None


# "cera rullo naturale x 30, cera barattolo cioccolato x 4": goods counted after them, a comma, the next goods
# counted after them.
_COUNTED_AFTER_LIST = re.compile(r"(?<=\d),\s+(?=[^\W\d_][^,;\n]{0,60}?\s[x×]\s*\d{1,4}\b)")
_ENDS_COUNTED_AFTER = re.compile(r"[^\W\d_][^,;\n]*?\s[x×]\s*\d{1,4}$")


def _splits(line: str) -> list[re.Match[str]]:
    found = list(_CLAUSE_SPLIT.finditer(line))
    found += [m for m in _COUNTED_AFTER_LIST.finditer(line) if _ENDS_COUNTED_AFTER.search(line[:m.start()])]
    found += [m for m in _SENTENCE_END.finditer(line) if not _ABBREVIATION.search(line[:m.start()])
              and not _counted_unit_before(line[:m.start()])]
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


# One count spread over variants named after the goods: "Toner für den Kyocera P5026cdw: je 1x Schwarz, Cyan,
# Magenta und Gelb", "toner for the M479: 2 black, and 1 each cyan/magenta/yellow".
_EACH = r"(?:je|each|chacun|chacune|cada\s+uno|cada)"
_SPREAD_COUNT = re.compile(r"^\s*(?:(?:and|und|et|y|also|plus)\s+)?(?:" + _EACH + r"\s+(?P<a>\d+)\s*[x×]?"
                           r"|(?P<b>\d+)\s*[x×]?\s*" + _EACH + r"|(?P<c>\d+)\s*[x×]?)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_VARIANT_JOIN = re.compile(r"\s*(?:/|,|\s(?:and|und|et|y)\s)\s*", re.IGNORECASE)
_ASKING = re.compile(r"^\s*(?:(?:please|pls|could\s+you|can\s+you|kindly)\s+)*"
                     r"(?:send|order|ship|get\s+us|we\s+need)\s+", re.IGNORECASE)


# A count glued to its packing at the line's start, as thumbs type it: "2cs 55 gal blk 2mil", "5bx gloves".
_GLUED_COUNT = re.compile(r"^(?P<lead>\s*(?:[-*•·]\s*)?)(?P<count>\d{1,4})(?P<unit>[A-Za-z]{2,4})\.?(?=\s+\S)")


def unglued_count(line: str) -> str:
    """The line with a count glued to a packing unit at its start set apart ("2cs bleach" -> "2 cs bleach"),
    so it is not read as an item code; a measure ("2mil bags", "5gal") or anything not a unit is left as
    written."""
    m = _GLUED_COUNT.match(line)
    if m is None:
        return line
    unit = normalise_unit(m["unit"])
    if unit is None or unit in MEASURE_UNITS or is_measure_word(m["unit"]):
        return line
    return f"{m['lead']}{m['count']} {m['unit']}{line[m.end():]}"


# "syrups - 3 vanilla 1L, 3 caramel 1L, 2 hazelnut 1L", "Kaffee: 4 Casa 1kg und 2 Brasil 1kg": the goods' family
# named once, then each kind counted.
_FAMILY_LIST = re.compile(r"^(?P<lead>\s*(?:[-*•]\s*)?)(?P<family>[^\W\d_][^\W\d]*(?:[ \t]+[^\W\d_][^\W\d]*){0,2})"
                          r"[ \t]*[-–:][ \t]+(?P<listed>\d[^\n]*)$")
# (not a request: "Please send: 3 boxes gloves, 2 cases towels" names no family)
_ASKING_WORD = re.compile(r"\b(?:please|pls|send|order|need|want|ship|get|could|can|kindly|bitte|brauchen|merci"
                          r"|favor|graag|grazie|obrigad[oa]|tak|tack|kiitos|prosz[ęe]|pros[íi]m|also|and|plus)\b",
                          re.IGNORECASE)
_FAMILY_ITEM = re.compile(r"^(?P<n>\d{1,4})(?:[ \t]*x[ \t]*|[ \t]+)(?!x\b)(?P<rest>[^\W\d_][^\n]*)$", re.IGNORECASE)


def _family_spread(line: str) -> str:
    """The line with a family named once before its counted kinds written out kind by kind ("3 x syrups vanilla
    1L, 3 x syrups caramel 1L"); the line as it was otherwise."""
    m = _FAMILY_LIST.match(line)
    if m is None or _NOT_A_LINE.match(m["family"]) or _ASKING_WORD.search(m["family"]) \
            or re.search(r"\b" + _EACH + r"\b", m["listed"], re.IGNORECASE) \
            or normalise_unit(m["family"].split()[-1]) is not None:
        return line
    parts = [p.strip() for p in re.split(r",|;|[ \t]+(?:and|und|et|y|e|en|og|och|ja|plus)[ \t]+", m["listed"])]
    items = [_FAMILY_ITEM.match(p) for p in parts if p]
    if len(items) < 2 or any(i is None for i in items):
        return line
    family = m["family"].strip()
    return m["lead"] + ", ".join(f"{i['n']} x {family} {i['rest'].strip()}" for i in items if i is not None)


def spread_each(line: str) -> str:
    """The line with a count given "each" to variants listed after the goods and a colon written out item
    by item ("1 x cyan toner for the M479, 1 x magenta toner for the M479, ..."); the line as it was when it
    spreads nothing."""
    goods, colon, listed = line.partition(":")
    # (The list ends with its sentence: "... also high yield. Also 3 toners for the M15w" orders on.)
    end = re.search(r"\.(?=\s|$)", listed)
    listed, after = (listed[:end.start()], listed[end.end():]) if end else (listed, "")
    if not colon or not re.search(r"\b" + _EACH + r"\b", listed, re.IGNORECASE) or len(goods.split()) < 2 \
            or not re.search(r"[^\W\d_]{3}", goods) or _NOT_A_LINE.match(goods):
        return line
    goods = _ASKING.sub("", goods).strip()
    items: list[tuple[str, str]] = []  # (count, what)
    spreading: str | None = None
    group = 0  # where the items the last count spread over start
    for segment in re.split(r"[,;]", listed):
        if not segment.strip():
            continue
        m = _SPREAD_COUNT.match(segment)
        also = re.match(r"^\s*(?:also|both|all)\s+(?P<said>\D+)$", segment, re.IGNORECASE)
        if also is not None and items:
            # "..., also high yield": said of the items the last count was given to
            items[group:] = [(n, f"{what} {also['said'].strip()}") for n, what in items[group:]]
        elif m is not None:
            count = m["a"] or m["b"] or m["c"]
            each = bool(m["a"] or m["b"])
            spreading = count if each else None
            rest = re.sub(r"^(?:of\s+)?(?:the\s+)?", "", m["rest"], flags=re.IGNORECASE)
            group = len(items)
            items += [(count, v.strip()) for v in (_VARIANT_JOIN.split(rest) if each else [rest]) if v.strip()]
        elif spreading is not None and len(segment.split()) <= 3 and not re.search(r"\d", segment):
            items += [(spreading, v.strip()) for v in _VARIANT_JOIN.split(re.sub(r"^\s*(?:and|und|et|y)\s+", "",
                                                                                 segment)) if v.strip()]
        else:
            return line  # a segment that is neither a count nor a variant: no list spread here
    if len(items) < 2:
        return line
    # (the variant names the goods, not what they fit: "cyan toner for the M479")
    spread = ", ".join(f"{n} x {what} {goods}" for n, what in items)
    return f"{spread}. {after.strip()}" if after.strip() else spread


def clauses(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each ordering clause in a line."""
    out, pos = [], 0
    for m in _splits(line):
        out.append((pos, line[pos:m.start()]))
        pos = m.end()
    out.append((pos, line[pos:]))
    out = [piece for o, c in out for piece in _bare_count_split(o, c)]
    out = [piece for o, c in out for piece in _variant_split(o, c)]
    merged: list[tuple[int, str]] = []
    for o, c in out:
        if merged and _QTY_UNIT_ONLY.match(c):
            # "poly gloves one size, 10 boxes": a count after a comma is the item's own, not a new clause
            first = merged[-1][0]
            merged[-1] = (first, line[first:o + len(c)])
        else:
            merged.append((o, c))
    # (a count closing the sentence: "cera barattolo cioccolato x 4." is counted as "x 4")
    return [(o, _COUNT_CLOSING_SENTENCE.sub(r"\1", c)) for o, c in merged if c.strip()]


_COUNT_CLOSING_SENTENCE = re.compile(r"([x×]\s?\d{1,2})\.\s*$")


# "36 of the ivory duplex, 12 white GFCI": after a clause that counts with a unit, "of" or "x", a bare count
# after a comma starts the next item of the list.
_COUNTED = re.compile(r"(?<![\w.,])\d[\d.,]*\s*(?:x\b|×|(?:" + "|".join(re.escape(w) for w in _UNIT_WORDS)
                      + r")\b|(?:of|de)\b)", re.IGNORECASE)
_BARE_AFTER_COMMA = re.compile(r",\s+(?=\d{1,4}\s+[^\W\d_])")


def _measure_at(tokens: list[str], end: int) -> bool:
    """Whether the match ending at `end` ends in a number and a measure word ("250 ml", "25 mm")."""
    return end >= 2 and re.match(r"\d", tokens[end - 2]) is not None and is_measure_word(tokens[end - 1]) \
        and normalise_unit(tokens[end - 1]) is None


def _size_after_count(tokens: list[str], start: int) -> bool:
    """A measure set after a comma at the end of a line that opens with its count ("6 garden hoses 19 mm, 50 m"):
    the goods' size, not a second count."""
    comma = start if tokens[start] == "," else start - 1
    tail = tokens[comma + 1:]
    return comma >= 1 and tokens[comma] == "," and bool(re.match(r"\d", tokens[0])) and len(tail) == 2 \
        and bool(re.match(r"\d", tail[0])) and normalise_unit(tail[1]) in MEASURE_UNITS


def _measure_after(text: str) -> bool:
    """Whether the text opens with a measure ("10 ft", "25 kg/Sack") or a count per pack ("100 pcs./bag"): the
    item's size or packing, no new item, after a comma."""
    m = re.match(r"\d[\d.,]*\s*([^\W\d_]+)(\.?/)?", text)
    return m is not None and (normalise_unit(m.group(1)) in MEASURE_UNITS or is_measure_word(m.group(1))
                              or m.group(2) is not None)


def _bare_count_split(offset: int, clause: str) -> list[tuple[int, str]]:
    m = _BARE_AFTER_COMMA.search(clause)
    if not m or not _COUNTED.search(clause[:m.start()]) or re.search(r"[:@]|\s[-–]\s*\d", clause[m.end():]) \
            or _measure_after(clause[m.end():]):
        return [(offset, clause)]
    return [(offset, clause[:m.start()])] + _bare_count_split(offset + m.end(), clause[m.end():])


# "nitrile gloves small x 20 boxes, medium x 30 boxes": after a count, a comma and a word or two with a count
# of their own are a variant of the same item.
# So too after a semicolon ("Vinyl gloves, medium — 3 cs; large — 3 cs"), and with a bare count at the end
# ("32oz tubs 4 cs, lids 4": the lids by the case too), unless the words name the goods' size or kind ("size 9").
_VARIANT_AFTER_COMMA = re.compile(r"(?<=\d)(?:\s*[^\W\d_]+\.?)?[,;]\s+"
                                  r"(?=(?:[2-6][xX][lL]\b|[^\W\d_])[\w-]*(?:\s+[\w-]+)?\s*"
                                  r"(?:(?:[x×]|[-–—:])\s*\d|(?<!size)(?<!sz)(?<!no)(?<!grade)(?<!type)(?<!class)"
                                  r"\s\d{1,4}\s*$))")


_VARIANT = re.compile(r"^\s*(?:[2-6][xX][lL]|[^\W\d_][\w-]*)(?:\s+[\w-]+)?\s*(?:[x×]|[-–—:])?"
                      r"\s*\d[\d.,]*\s*[^\W\d_]*\.?\s*$")


def _variant_split(offset: int, clause: str) -> list[tuple[int, str]]:
    m = _VARIANT_AFTER_COMMA.search(clause)
    if not m:
        return [(offset, clause)]
    cut = m.start() + re.search(r"[,;]", m.group(0)).start()  # type: ignore[union-attr]
    before = clause[:cut]
    # the part before ends with its own count, as "x 20 boxes" or "- 4": "20 x 25 x 4 in, MERV 13 - 12 EA" is one item
    # (or "4 cs" with its unit, before a bare count: "32oz tubs 4 cs, lids 4")
    counted = re.search(r"(?:[x×]|[-–—:])\s*\d[\d.,]*\s*(?P<unit>[^\W\d_]+)?\.?\s*$", before)
    if not counted and re.search(r"\s\d{1,4}\s*$", clause[m.end():]):
        counted = re.search(r"\s\d[\d.,]*\s*(?P<unit>[^\W\d_]+)\.?\s*$", before)
    if not counted or (counted["unit"] and normalise_unit(counted["unit"]) in (None, *MEASURE_UNITS)):
        return [(offset, clause)]
    return [(offset, clause[:cut])] + _variant_split(offset + m.end(), clause[m.end():])


# A joiner ending the text before a clause: the clause was joined on to the item before it ("... + lids").
_JOINED_BEFORE = re.compile(r"(?:\+|&|\band)\s*$", re.IGNORECASE)
_COMPANION_OPENS = re.compile(_COMPANION, re.IGNORECASE)
# A size written into an item's name: "16oz", "16 oz", "5 gal", "3/4in", "9x9", '18"'.
_SIZE_IN_NAME = re.compile(r"(?<![\w./])\d+(?:[.,/]\d+)?\s?(?:oz|ml|l|ltr|gal|qt|in|inch|mm|cm|lb|lbs|kg|g)(?![\w])"
                           r"|(?<![\w./])\d+(?:[.,/]\d+)?\s?[\"']|(?<![\w.])\d+(?:\.\d+)?[xX×]\d+(?:\.\d+)?\b",
                           re.IGNORECASE)


def _goods(description: str) -> str:
    """The goods a description names, without the pack before them ("tins of white primer": "white primer")."""
    return re.split(r"\bof\s+(?:the\s+)?", description)[-1]


def _with_sizes(description: str | None, first: str | None) -> str | None:
    """A companion's name with the size of the item it goes with ("lids" after "16oz hot cups": "lids 16oz"),
    unless it says a size of its own."""
    sizes = _SIZE_IN_NAME.findall(first or "")
    if not description or not sizes or _SIZE_IN_NAME.search(description):
        return description
    return f"{description} {' '.join(s.strip() for s in sizes)}"


def _companion(first: dict[str, Any], clause: str) -> dict[str, Any] | None:
    """The item joined on to the one before it with no count of its own ("... + lids to suit"): as many, in the
    same unit, named with the first item's size."""
    words = clause.strip(" .,;:!")
    if not re.search(r"[^\W\d_]{2}", words) or len(words.split()) > 6:
        return None
    # (Its count is the first item's, not the buyer's: a clerk confirms it, however well its name matches.)
    return {**first, "code": None, "description": _fitting(words, first["description"]), "elliptic": False,
            "confidence": min(first["confidence"], _LISTED_CONFIDENCE)}


def _fitting(description: str | None, first: str | None) -> str | None:
    """A companion's name with what it goes with: "lids" after "16oz hot cups" are "lids for 16oz hot cups" (and
    "lids to suit", "lids for them" say so too); other goods joined on ("... + screws") take the first's size."""
    if not description or not first or not _COMPANION_OPENS.match(description):
        return _with_sizes(description, first)
    bare = re.sub(r"\s+(?:to\s+(?:suit|match|fit)|for\s+(?:them|those|these|it|each|all|both))\b", "",
                  description, flags=re.IGNORECASE)
    return f"{bare} for {first}"


# "lids 4" after "32oz tubs 4 cs,": words and a bare count at the end, counted in the unit of the clause before.
_COUNT_AFTER_WORDS = re.compile(r"^\s*(?P<item>[^\W\d_][^\W\d_\s-]*(?:[\s-]+[^\W\d_]+){0,2})\s+(?P<qty>\d{1,4})\s*$")


def _counted_after(clause: str) -> dict[str, Any] | None:
    m = _COUNT_AFTER_WORDS.match(clause)
    if not m:
        return None
    return {"qty": parse_decimal(m["qty"]), "unit": None, "code": None, "description": m["item"], "price": None,
            "span": (0, len(clause)), "confidence": _LISTED_CONFIDENCE, "elliptic": True}


# ("100 Stk./Beutel": what a pack holds, per pack)
_QTY_UNIT_ONLY = re.compile(r"^\s*≈?\d[\d.,]*\s*[^\W\d_]+\.?(?:/[^\W\d_]+)?\s*(?:\([^()]*\))?\s*[.!]?\s*$")


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


def order_text(text: str, subject: str | None = None) -> list[tuple[int, str]]:
    """(offset, line) pairs that may hold order content.

    Removed: reply quotes ("> ..."), everything below a reply header ("On ... wrote:" and its German,
    French, Spanish, Italian and Dutch forms, or an Outlook From:/Sent: block under content of its
    own), signatures after "-- " and legal disclaimer paragraphs. A forwarded message is content:
    its header block is kept, and its "> " quoted lines are read without the quote mark. An Outlook block
    under a note is a forwarded message, not history, when the `subject` forwards or the note asks to act
    on what is below (extractors/forwards.py).
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
    forward_open = False  # an Outlook block was read as the forwarded order: the next one is its history
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
        if block_subject is not None and not subject_forwards(block_subject):
            # A reply's quoted history, unless it is the forwarded order itself: cut only below content
            # of our own (any text under a reply subject, the block's or the message's; something order-like,
            # with a digit, otherwise).
            above = [kept for _, kept in out if kept.strip() and not _SEPARATOR.match(kept)]
            # a digit only in a phone number (a forwarding colleague's signature) says nothing of an order
            order_like = any(re.search(r"\d", _PHONE.sub("", k)) for k in above)
            history = subject_replies(block_subject) or subject_replies(subject) or order_like
            if above and history and not forward_open \
                    and _forwards(subject, above):
                forward_open = True  # "FW: ...", "please process the request below": the order is below
            elif above and history:
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


def _forwards(subject: str | None, note: list[str]) -> bool:
    """Whether the message forwards the one below its note: by its subject, else (never under a reply's
    subject) by the note asking to act on it. A note that corrects the message below is a reply's."""
    if subject_forwards(subject):
        return True
    if subject_replies(subject) or not note_hands_on(note):
        return False
    return not any(c.action != "rest" for c in find_corrections("\n".join(note)))


def _parse_line(line: str) -> dict[str, Any] | None:
    body = _BULLET.sub("", line, count=1)
    packed = _packed_line(line, body)
    if packed is not None:
        return packed
    numbered = _LIST_NUMBER.match(body)
    if numbered:
        parsed = _parse_body(line, body[numbered.end():])
        if parsed is not None:
            return parsed
    return _parse_body(line, body)


# One part of an item code written with spaces ("1414" or "12" in "box 1414 12"): a group of digits. A
# code of its own ("3 Pakete BOX-1614-08") or a size ("5 boxes 12oz cups") after a unit word leaves it a unit.
_CODE_PART = re.compile(r"\d+")


def _capital_name(words: list[str]) -> bool:
    """The first word is a name in capitals ("DE" in "DE powder") in a line that is not all capitals ("OF CUPS")."""
    return len(words) > 1 and len(words[0]) > 1 and words[0].isupper() and not words[1].isupper()


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


# "For Monday's delivery we'll need 3 cases of ...": the words of asking, after what the order is for.
_ASKING_VERBS = {"need", "send", "want", "require", "order", "take", "like", "get", "ship", "brauchen", "benötigen"}
# The verbs that ask for goods before a bare count ("can I get 5 flux pens", "merci de nous livrer 3 tôles"); not
# "order", which names a section as often ("Order 1 - Bend yard").
_ASKS_FOR = (_ASKING_VERBS - {"order"}) | {"supply", "add", "livrer", "envoyer", "expédier", "fournir", "liefern",
                                          "senden", "schicken", "enviar", "envíen", "mandar", "necesitamos", "inviare",
                                          "spedire", "fornire", "leveren", "sturen"}
_ASKER = {"we", "i", "please", "pls", "ll", "will", "would", "d", "'d", "also", "wir"}


def _after_asking(before: list[str], tokens: list[str]) -> list[str]:
    """The words before a quantity from the last asking words on ("we'll need"), when a sentence opens with what
    the order is for ("For Monday's delivery we'll need ..."); as they were otherwise, or in a question."""
    if "?" in tokens:
        return before
    for i in range(len(before) - 1, 0, -1):
        if before[i].lower() in _ASKING_VERBS and any(t.lower() in _ASKER for t in before[max(0, i - 3):i]):
            return before[i + 1:]
    return before


def _parse_body(line: str, body: str) -> dict[str, Any] | None:
    """The order line in `body`, the end of `line` once its bullet or list number is taken off."""
    lead = len(line) - len(body)
    if not body.strip() or _NOT_A_LINE.match(body):
        return None
    body = re.sub(r"(?<=[^\W\d_])[.?!]\s*$", "", body.rstrip())  # "... - 24 nos.", "... liners?": the sentence's stop
    body = re.sub(r"(\s[-–:]\s*\d{1,4})\.\s*$", r"\1", body)  # "... - 1.": the sentence's stop after the count
    # "Earmuffs (box of 10 pair) ........ 1": dotted leaders stand where a dash would, before the count
    # (three dots too, with a space either side: "Pájka Sn60Pb40 0,7 mm ... 10 ks ... 185 Kč/ks")
    body = re.sub(r"\s*(?<![\d.])\.{4,}\s*(?=\d)|(?<=\S)[ \t]+(?:\.{3}|…)[ \t]+(?=\d)", " - ", body)
    body = _SIZE_COMMA.sub(r"\1.\2", body)  # (same length: the line's spans still hold)
    # "n. 10 conf. viti ...": the Italian "number" before a count (written small; "No. 10 envelopes" is a size)
    body = re.sub(r"^[ \t]*n\.[ \t]*(?=\d{1,5}[ \t]+[^\W\d_])", lambda m: " " * len(m.group()), body)
    price = None
    m = _PRICE.search(body)
    item_end = len(body)
    if m:
        price = parse_decimal(m.group("p") or m.group("p2") or m.group("p3") or m.group("p4") or m.group("p5"))
        item_end = m.start()
        # "Nut M16 – 8 op. – 26,50 zł/op.": the dash that set the price apart from the count is neither's
        # (and so is the stop of a unit written short before it: "8 op.")
        item_end = len(re.sub(r"(?<=[^\W\d_])\.$", "", body[:item_end].rstrip(" \t-–—|;")))
    item_text = body[:item_end]
    if m and re.match(r"(?:@|at\b)", body[m.start():], re.IGNORECASE):
        # "Collar nylon S pink      12   @ 5.20": the number right before "@ price" is the count, as after a dash
        # (not one a pack holds: "4 cases of 12 @ 38.00")
        item_text = re.sub(r"(?P<before>\S*[^\W\d_)])[ \t]+(?P<n>\d{1,5})[ \t]*$",
                           lambda c: c.group(0) if c["before"].lower() in {*_OF, "x", "per", "a"}
                           or normalise_unit(c["before"]) else f"{c['before']} - {c['n']}", item_text)
    # "10x ABC-1" -> "10 x ABC-1", so the multiplication sign is its own token.
    words = _TOKEN.findall(_TIMES_AFTER.sub(r"x \1", _TIMES.sub(r"\1 x ", item_text)))
    if not any(_QTY_WORD.search(w) or _FEET_WORD.search(w) for w in words):
        # Every pattern of the matcher holds a count (or a length in feet): without one nothing can match,
        # and spaCy is not loaded for a body that orders nothing in words ("PO attached, thanks").
        return None
    from spacy.tokens import Doc

    vocab, matcher = _pipeline()
    doc = Doc(vocab, words=words)
    tokens = [t.text for t in doc]
    matches = sorted(matcher(doc), key=lambda t: (_PRIORITY[vocab.strings[t[0]]], t[1], -(t[2] - t[1])))
    # "33 gal black liners 1.5 mil - 4 cs": a measure in front is the goods' size when a count follows the item.
    # ("6 wash bottles, 250 ml": a measure at the end is the goods' size, not a count of them.)
    last_at = [m[1] for m in matches if vocab.strings[m[0]] in ("QTY_LAST", "QTY_TAIL") and m[1] > 0
               and m[2] == len(tokens) and not _measure_at(tokens, m[2]) and not _size_after_count(tokens, m[1])]
    has_last = bool(last_at)
    for match_id, start, end in matches:
        label = vocab.strings[match_id]
        if label == "CODE_FIRST" and has_last and end < len(tokens) \
                and all(normalise_unit(t) in (None, *MEASURE_UNITS) for t in tokens[start + 1:end]):
            # "EL-1012-BK  12 THHN STR 500'  5 RL": the count is the one with its unit at the end; so too
            # after "AB-1 33 gal liners 1.5 mil - 6 cs", where the number after the code measures the goods.
            continue
        if label == "QTY_FIRST" and has_last:
            first_unit = next((normalise_unit(t) for t in tokens[start:end] if normalise_unit(t)), None)
            if first_unit in MEASURE_UNITS:
                continue
            if tokens[end - 1].lower() in ("x", "×") and end < len(tokens) and re.match(r"\d", tokens[end]) \
                    and min(last_at) - end >= 2:
                # "16 x 12 x 12 (32) - 20 bdl", "7.5 x 10.5 poly mailers x 2 cs": a size opens the line and its
                # count, with its unit, ends it.
                continue
        numbers = [t.rstrip("'") for t in tokens[start:end] if re.match(r"^\d", t)]
        units = ["FT"] if label == "QTY_FEET" else [normalise_unit(t) for t in tokens[start:end] if normalise_unit(t)]
        if label in ("QTY_FIRST", "QTY_BARE", "QTY_PACKED", "QTY_FEET"):
            # Only filler words ("please send", "we need") may stand before the quantity, after the name of the
            # one addressed ("Jen - need 36 of the ...", "Dave, please send 4 cs ...").
            before = tokens[:start]
            if before and before[0].lower() in _GREETING:
                # "Hi Noor, could you send ...", "Hi - can you send ..."
                before = before[2:] if before[1:2] in ([","], ["-"], ["–"], ["—"]) else before[1:]
            if len(before) >= 2 and before[0][:1].isupper() and before[0].isalpha() and before[1] in {",", "-", "–"}:
                before = before[2:]
            before = _after_asking(before, tokens)
            if [t.lower() for t in before] in (["x"], ["×"]):
                before = []  # "x2 rolls of tape": the times sign written before the count
            if any(t.lower() not in _FILLER for t in before):
                continue
            if [t.lower() for t in tokens[:start]] == ["the"]:
                continue  # "The 150 cases of copy paper are the urgent ones": goods talked about, not asked for
            # (a size between the count and its unit, "6 one-liter bottles of", names the goods too)
            item_tokens = [t for t in tokens[start + 1:end] if _SIZED_UNIT.match(t)
                           or t.lower() in _SIZE_ADJECTIVES] + tokens[end:]
            if label == "QTY_PACKED" and end < len(tokens) and re.match(r"\d", tokens[end]):
                # "10 codos de 90 de 1 pulgada", "2 controladores de 6 zonas": goods named by their size after
                # "of", not a container of them
                label, item_tokens = "QTY_FIRST", tokens[start + 1:end] + tokens[end:]
        elif label == "CODE_FIRST":
            if start != 0:
                continue
            numbers = numbers[-1:]
            item_tokens = [tokens[0]] + tokens[end:]
        elif label == "QTY_LAST":
            if _measure_at(tokens, end) or _size_after_count(tokens, start):
                continue
            after = tokens[end:]
            # "... - 8 boxes (zinc)": a remark in brackets after the quantity still describes the item.
            remark = len(after) >= 2 and after[0] == "(" and after[-1] == ")" and "(" not in after[1:]
            # "AP flour x3 - the 50 lb bags": a dash and "the ..." after the count say which of the goods
            remark = remark or (len(after) >= 3 and after[0] in {"-", "–", "—"}
                                and after[1].lower() in {"the", "those", "these"})
            if (end != len(tokens) and not remark) or start == 0:
                continue
            item_tokens = tokens[:start] + (after if remark else [])
            if item_tokens and item_tokens[0].lower() in {"also", "and", "plus", "please", "pls", "need"}:
                # "Also need a fish tape, 50 ft - 1": the asking words before the goods are no part of them
                while len(item_tokens) > 1 and (item_tokens[0].lower() in _FILLER
                                                or item_tokens[0].lower() in {"a", "an"}):
                    item_tokens = item_tokens[1:]
            if len(numbers) > 1:
                numbers = numbers[:1]  # "6 paquets de 12": the count of packs, not what a pack holds
        elif label == "QTY_TAIL":
            if end != len(tokens) or start == 0:
                continue
            item_tokens = tokens[:start]
        else:  # QTY_LABEL
            item_tokens = tokens[:start] + tokens[end:]
        qty = parse_decimal(numbers[0]) if numbers else None
        unit = units[0] if units else None
        item_tokens = [t for t in item_tokens if t not in {",", ";", ".", "(", ")", ":"}]
        while item_tokens and item_tokens[0].lower() in {*_OF, "the", "x", "-", "–", "—", "×", "*", "pieces", "la",
                                                          "le", "les", "el", "los", "las", "der", "die", "das"} \
                and not _capital_name(item_tokens):  # "4 bags DE powder": a name, not "de" (of)
            item_tokens = item_tokens[1:]
        # "... box of 50 -- need 2 boxes": the asking words before a count at the end are no part of the goods
        while item_tokens and item_tokens[-1].lower() in {"each", "please", "pls", "ea", "-", "–", "—", "thanks",
                                                          "need", "needed", "want", "send", "qty"}:
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
        if unit and unit != "PR" and len(item_tokens) > 1 and normalise_unit(item_tokens[0]) == "PR":
            # "1 dz pr gloves", "2 boxes pairs of earmuffs": a count of pairs by the dozen
            item_tokens = item_tokens[1:]
            if item_tokens[0].lower() in _OF and len(item_tokens) > 1:
                item_tokens = item_tokens[1:]
        item = " ".join(item_tokens).strip()
        if qty is None or qty <= 0 or not item or qty > 1_000_000:
            continue
        unknown_unit = label == "QTY_LAST" and end - start == 3 and not normalise_unit(tokens[end - 1]) \
            and not re.match(r"\d", tokens[end - 1]) or label == "QTY_PACKED"
        if _is_address(item) or (re.fullmatch(r"[\d\s\-/.:]+", item) and not _LONG_CODE.fullmatch(item)
                                 and not (label in ("QTY_LABEL", "CODE_FIRST") and _DIGIT_CODE.fullmatch(item))):
            # "123 Main Street", "5 - 10": numbers that are not quantities (a UPC alone is goods; so is a
            # number-only item code after "qty 4 -": "qty 4 - 13-4010")
            continue
        first = item_tokens[0]
        is_code = (bool(_CODE.match(first)) and (any(c.isdigit() for c in first) or first.isupper())
                   and not _SIZE.match(first)
                   # "40-45 gallon bags": numbers before a measure are the goods' size
                   and not (len(item_tokens) > 1 and normalise_unit(item_tokens[1]) in MEASURE_UNITS
                            and re.fullmatch(r"[\d.\-/]+", first))
                   and not _DIMENSION.match(first) and not _NUMBERED_WORD.match(first)
                   and not _VISCOSITY_GRADE.match(first)
                   # "30 x 12.5 std board": a decimal number is a size (a thickness, a length), no code
                   and not re.fullmatch(r"\d{1,3}[.,]\d{1,2}", first)
                   # "7.5 x 10.5 poly mailers": a size written apart, not a code
                   and not (re.fullmatch(r"\d+(?:[.,]\d+)?", first) and len(item_tokens) > 2
                            and item_tokens[1].lower() in ("x", "×") and re.match(r"\d", item_tokens[2]))
                   # "200 amp panel", "240 watt high bay": a number before its rating's word is the goods' size
                   and not (first.isdigit() and len(item_tokens) > 1 and item_tokens[1].lower() in _RATING_WORDS)
                   # "100 ft roll of air line", "5 gal pail": a number before its measure is the goods' size
                   # (so too a decimal one: "1.5 mL tubes", "0.45 um filters")
                   and not (re.fullmatch(r"\d+(?:[.,]\d+)?", first) and len(item_tokens) > 1 and (re.fullmatch(
                       r"(?:ft|feet|foot|in|inch|mm|cm|m|lbs?|gal|oz|kg|g|l|ltr|yds?)\.?", item_tokens[1].lower())
                       or is_measure_word(item_tokens[1])))
                   and not (len(item_tokens) > 1 and item_tokens[1].lower() in _AREA_WORDS
                            and re.fullmatch(r"[\d.]+", first)))
        # "4 #10 wood screws", "2 #6 wire nuts": a count, then a size written with the number sign
        sized = bool(re.fullmatch(r"#\d{1,3}(?:-\d{1,3})?", first)) and len(item_tokens) > 1
        # A bare count before words is an order when words ask for it or a price stands with it ("can I get 5 flux
        # pens", "Also 5 flux pens @ £7.30"), never a day's or a team's count ("we need 2 weeks", "2 of us"), nor
        # a section's number ("Order 1 - Bend yard").
        asked = label == "QTY_BARE" and (price is not None or any(
            t.lower() in _ASKS_FOR for t in tokens[:start])) and first.isalpha() \
            and first.lower() not in _NOT_PACKS and first.lower() not in _PRONOUNS \
            and first.lower() not in {"off", "from", "out", "back", "on", "in", "to", "for", "at", "by", "up", "down",
                                      "more", "less", "per", "or", "and"}  # "take 2 off the last order"
        if label == "QTY_BARE" and not is_code and not sized and not asked:
            continue  # "10:00 ET to go through pricing": a bare number before words is not an order
        code = item if unit_led else first if is_code else None
        description = None if unit_led else " ".join(item_tokens[1:]) if code else item
        if code and not unit_led and (_DESIGNATION.match(code) or code.isdigit()) and description:
            # "BR30 flood lamps", "A19 soft white": a lamp's, bolt's or pipe's designation names the goods as much
            # as it may be a code; the description keeps it, for matching by words when no code is found. So too
            # a bare number ("6204 2Z rollers", "3047 black"): a size or series whose suffix follows in words.
            description = f"{code} {description}"
        elif code and not unit_led and not description and _DESIGNATION.match(code):
            description = code  # "need 4 B55": the designation alone names the goods, for matching by words too
        description = _without_remark(description)
        # How sure the reading is: an explicit quantity marker ("x", a unit, "qty", a code right
        # before it) leaves little doubt; a bare number in front of a code leaves some.
        confidence = 0.9 if label == "QTY_BARE" else _UNKNOWN_UNIT_CONFIDENCE if unknown_unit else 0.96
        if item.lower() in _PRONOUNS:
            continue  # "the 2 of us", "1 of them": people, not goods
        # "3 of the lids" after "3 cases of cups": by the case too; "one of those reels" names another kind of goods
        elliptic = label == "QTY_FIRST" and unit is None and end - start == 2 and tokens[start + 1].lower() in _OF \
            and tokens[end:end + 1] not in (["those"], ["these"])
        return {
            "qty": qty, "unit": unit, "code": code, "description": description or None, "price": price,
            "span": (lead, len(line)), "confidence": confidence, "elliptic": elliptic,
        }
    return None


# A PO reference opening a sentence that goes on to order: "PO 4471 - could you send ...", "PO AB-12 for the
# Elm St store: ten cases of ...". The reference, maybe the place it is for, and a dash, colon or comma.
# A bare "order" needs its number label: "Order 6 - HX-30 bolts" counts six bolts, it names no order.
# A name and a colon opening a line of the order: "For Bethlehem: ", "Kitchen: ", "Plant 2: ".
_NAME_LEAD = re.compile(r"^\s*(?:for\s+(?:the\s+)?)?[A-Z][\w'&.-]*(?:\s+[A-Z0-9][\w'&.-]*){0,3}\s*:\s+(?=\d)")
# Asking words and a colon opening the line of the order: "Need it by Thursday: 10 bags of ...", "Please send
# for Monday: 4 ...", "Ship asap: 2 ...". (Not a day in digits: "Need by 3/27:" stays whole for the day's reader.)
_ASK_LEAD = re.compile(r"^\s*(?:(?:please|pls|kindly)\s+)?(?:need(?:ed|s)?|send|ship|deliver|order|want)\b"
                       r"[^:\n\d]{0,40}:\s+(?=\d)", re.IGNORECASE)
# Words carrying a list on to the next goods: "e poi", "and then", "außerdem", "et puis", "og så".
_THEN_LEAD = re.compile(r"^\s*(?:and\s+(?:then|also)|then|also|plus|e\s+poi|poi|inoltre|y\s+luego|luego|adem[áa]s"
                        r"|und\s+dann|dann|au(?:ß|ss)erdem|et\s+puis|puis|en\s+dan|daarnaast|og\s+s[åa]|och\s+s[åa]"
                        r"|e\s+depois|depois)\b[ \t,:]*(?=\S)", re.IGNORECASE)
_PO_LEAD = re.compile(r"^\s*(?:(?:p\.?\s?o\.?|purchase\s+order)\s*(?:#|no\.?|number|nr\.?)?"
                      r"|order\s*(?:#|no\.?|number|nr\.?))"
                      r"\s*[:#]?\s*"
                      r"(?:[A-Z0-9][\w\-/.]*\d[\w\-/.]*|\d[\w\-/.]*)(?:\s+for\s+[^\W\d_][^:\n]{0,40}?)?"
                      r"\s*(?:[-–—:,]|\.)\s+(?=\S)", re.IGNORECASE)


# Words asking for goods at the head of a sentence: "We need ...", "Could we get ...", "Please send ...".
_ASKS = re.compile(r"^\s*(?:(?:please|pls|kindly)\s+)?(?:send|ship|supply|order|add|need|"
                   r"(?:we|i)(?:'d|\s+would|\s+will|'ll)?\s+(?:also\s+)?(?:need|like|want|require|take|order)|"
                   r"(?:can|could|would|may)\s+(?:we|i|you)\s+(?:please\s+)?(?:get|have|send|order|ship|supply))\b",
                   re.IGNORECASE)


def _orders_coded_items(text: str) -> bool:
    """Whether the text orders items: by their codes, every clause read naming one, or in a sentence that asks
    for them ("We need 8 bags of ..."). After a PO reference only such a sentence is taken for order lines
    ("PO 4471 - delivery to the back dock", "PO 77. 3 crates arrived broken" order nothing)."""
    read = [_parse_line(clause.replace(VAGUE_MARK, ""))
            for _, clause in clauses(as_digits(text).text)]
    read = [parsed for parsed in read if parsed is not None]
    return bool(read) and (all(parsed["code"] for parsed in read) or bool(_ASKS.match(text)))


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


# The company under the writer's name says who orders less surely than a buyer's field on a form.
SIGNED_COMPANY_CONFIDENCE = 0.5


def _header(text: str, kept: list[tuple[int, str]], part_index: int, kind: str) -> ExtractedHeader:
    """Header fields from the order content first; what it lacks may come from the whole text."""
    own = find_header(content_text(text, kept), part_index, kind)
    header = own.merged_with(find_header(text, part_index, kind))
    if header.buyer is None:
        # No buyer printed as a field: the company the writer signs for, in the writer's own text (above a
        # forwarded or quoted message).
        newest = []
        for offset, line in kept:
            if _FORWARD_MARKER.match(line) or _SEPARATOR.match(line) or _BLOCK_FROM.match(line):
                break
            newest.append((offset, line))
        signed = signature_company([line for _, line in newest])
        if signed is not None:
            name, at = signed
            start = newest[at][0] + newest[at][1].find(name)
            header.buyer = Field(name, SIGNED_COMPANY_CONFIDENCE,
                                 Provenance(kind=kind, part_index=part_index, span=(start, start + len(name))))
    return header


def stated_in(text: str, part_index: int, kind: str = "text", subject: str | None = None) -> list[StatedMention]:
    """The destinations and days the text's own content states (no quoted reply, no signature), without
    reading its order lines: for a reader that found its lines elsewhere (an HTML table)."""
    kept = order_text(text, subject)
    return _stated(text, content_text(text, kept), kept, part_index, kind)


def _stated(text: str, content: str, kept: list[tuple[int, str]], part_index: int, kind: str) -> list[StatedMention]:
    """What the content states before its closing, and the addresses its signature writes out (also one under
    a "-- " line, which the content leaves out)."""
    before = _before_closing(content, kept)
    signature = "".join(c if c != b else ("\n" if c == "\n" else " ") for c, b in zip(content, before, strict=False))
    return [*find_stated(before, part_index, kind), *find_signed_addresses(signature, part_index, kind),
            *find_signed_addresses(_separated_signature(text, kept), part_index, kind)]


# The lines of a signature under its "-- " line that are read for the sender's address.
_SIGNATURE_LINES = 8


def _separated_signature(text: str, kept: list[tuple[int, str]]) -> str:
    """The signature under a "-- " line after the content (`kept`), everything else blanked so offsets hold;
    it stops at a quoted reply. Empty when the content is not ended by one."""
    end = kept[-1][0] + len(kept[-1][1]) if kept else 0
    chars = [c if c in "\r\n" else " " for c in text]
    offset, taken, below = end, 0, False
    for line in text[end:].splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if not below:
            if bare.strip() and not _SIGNATURE_SEPARATOR.match(bare):
                return ""  # something else ends the content (a quoted reply, a disclaimer)
            below = bool(bare.strip())
        elif bare.lstrip().startswith(">") or _QUOTE_HEADER.match(bare) or taken >= _SIGNATURE_LINES:
            break
        elif bare.strip():
            chars[offset:offset + len(bare)] = bare
            taken += 1
        offset += len(line)
    return "".join(chars) if taken else ""


def extract_text(text: str, part_index: int, kind: str = "text", replies: bool = True,
                 subject: str | None = None, max_lines: int | None = None) -> Extraction:
    """The order lines, header and stated places of a text. `replies`: whether corrections in the newest
    text may be applied to an order quoted below it (not when reading that quoted order itself). `subject`:
    the message's, which may say it forwards another (its text is then the order) or replies to one.
    `max_lines`: reading stops once more lines than this were read (the registry keeps the first ones and
    says the order is too large to read whole), since each line costs about a millisecond to read."""
    kept = order_text(text, subject)
    content = content_text(text, kept)
    # Quoted mail and signatures are blanked out of `content`: an earlier "please cancel" quoted under
    # a new order is not this message's word, and a quoted reply's or a signature's address is not where
    # this order goes.
    result = Extraction(NAME, part_index, header=_header(text, kept, part_index, kind),
                        document_kind=document_kind(content.lstrip()), purpose=document_purpose(content),
                        stated=_stated(text, content, kept, part_index, kind))
    lines: list[ExtractedLine] = []
    unread: list[tuple[int, int, str]] = []  # (order lines before it, its paragraph, text)
    order_paragraphs: set[int] = set()
    paragraph = 0
    read_above = False  # whether the non-blank line above was read as an order line
    # A table pasted into the text (tab-separated cells, or columns lined up with spaces) is read cell by
    # cell by the table reader (text_table.py), where it stands; its rows are not read again as prose.
    tables = {t.first: t for t in text_table.find_tables(kept, part_index, kind)
              if not _columns_read_better(t, kept)}
    in_table = {m for t in tables.values() for m in range(t.first, t.last + 1)}
    # A basket pasted from a web shop (the name, then "Qty: 4  Price: 23,90 €" under it: item_blocks.py), and goods
    # counted size by size ("koksbuis wit - 2x S, 3x M", a name over "  Gr. 41 - 2 Paar": size_runs.py).
    # Goods by their number alone ("6.1 x 3" / "7/43 x 2": designation_lines.py), with the size said for them all.
    numbered = designation_runs(kept, part_index, kind, size_for_all(content))
    for block in [*item_blocks(kept, part_index, kind), *size_runs(kept, part_index, kind), *numbered]:
        if not in_table & set(range(block.first, block.last + 1)):
            tables[block.first] = block
            in_table.update(range(block.first, block.last + 1))
    columns: Columns | None = None  # the column heading above, while its rows last
    # Lines opening with a bare count, not read at once: list lines when their paragraph turns out to hold
    # order lines ("- 15 orange vests size L" above "- 6 doz cut gloves").
    listed_later: list[tuple[int, int, int, str, dict[str, Any]]] = []
    in_address = address_above = False  # under a "deliver to:" label; right under an address line
    dash_listed = _dash_runs(kept) | _bare_runs(kept)
    wrapped_into_above: set[int] = set()  # lines read as the end of a sentence wrapped from the line above
    wrapped: list[int] = []
    recounts: list[tuple[int, int, Decimal]] = []  # (start, end, count) of lines whose count the buyer corrected
    our_codes: list[tuple[int, int, str]] = []  # (start, end, code) of lines naming our code beside the buyer's
    bracket_counted = _bracket_count_runs(kept)
    row_ids: set[int] = set()  # the lines read as rows of columns: a supplier code or wrapped words may follow
    signed_off = False  # under the closing of a note that ordered something: its signature
    for n, (offset, line) in enumerate(kept):
        if max_lines is not None and len(lines) > max_lines:
            break
        if signed_off:
            # (Kept under a signature, an "-----Original Message-----" line or an Outlook From:/Sent: block is a
            # forwarded message's head: order_text cuts a reply's history before it gets here.)
            if not (_FORWARD_MARKER.match(line) or _SEPARATOR.match(line) or (
                    _BLOCK_FROM.match(line) and any(_BLOCK_SENT.match(after) for _, after in kept[n + 1:n + 5]))):
                # Nothing under the signature is an order line, but a postscript may order something more
                # ("P.S. please add 4 x ..."): a clerk sees it.
                if _POSTSCRIPT.match(line) and _orders_something(line):
                    unread.append((len(lines), -1, line.strip()))
                continue
            # A forwarded message under the note ("please process this, and also add 4 cases of ...") is the
            # order the note adds to: read again.
            signed_off = False
        if n in tables:
            unread.extend((len(lines), -1, text) for text in tables[n].unread)
            lines.extend(tables[n].lines)
            order_paragraphs.add(paragraph)
            read_above = False
        if n in in_table or n in wrapped_into_above:
            continue
        if not line.strip():
            paragraph += 1
            read_above = False
            in_address = address_above = False
            continue  # a blank line between rows does not end a table (SAP spaces its items out)
        if _DRAWN_RULE.fullmatch(line):
            continue  # a line drawn between items ("-----"): neither an order line nor one unread
        # An address (a street and number, a postal code and town, the lines under "deliver to:") holds
        # numbers that read like counts: no order line, nor one left unread.
        # Under a "deliver to:" label the address lasts until a line that is no address but reads as an order
        # line: "2 boxes of nitrile gloves" typed right under the town is goods, not the address going on.
        if in_address and not is_address_line(line, under_address=True) and _parse_line(line) is not None:
            in_address = address_above = False
        in_address = in_address or opens_address(line)
        # (A sentence giving an address that wraps after a comma, "Entregar en Rancho El Mezquite, Carretera ... km 12,"
        # / "47600 Tepatitlán de Morelos, Jalisco.": the postal code and town go on from it.)
        wraps_address = n > 0 and kept[n - 1][1].rstrip().endswith(",") and asks_to_deliver(kept[n - 1][1])
        address_above = in_address or is_address_line(line, under_address=address_above or wraps_address)
        if address_above:
            if _parse_line(line) is not None:
                unread.append((len(lines), paragraph, line.strip()))  # numbers that read as a count: a clerk sees it
            read_above = False
            continue
        heading = column_heading(line)
        if heading is not None:
            columns = heading
            # what stands above the heading in its paragraph is the document's letterhead, not order lines
            unread = [u for u in unread if not (u[1] == paragraph and u[0] == len(lines))]
            read_above = False
            continue
        if columns is not None and (is_rule(line) or total_label(line.strip(), False, None)):
            continue  # a rule, or the totals under the rows ("Summe netto:  1166.40")
        row = None if _CLOSING.match(line) or _NOT_A_LINE.match(_BULLET.sub("", line)) else read_row(line, columns)
        if row is not None and not row.arithmetic and _parse_line(line) is not None and not (
                columns is not None and columns.has_position and columns.has_unit and row.code and row.unit):
            # "1. Paper cups 12 oz - 30 cartons" under "No. | Item | Qty": a list line reads better whole. (Not a
            # row whose code and unit stand in their columns: " 2 FT-20871  AIR FILTER  6 EA  72.50" read whole
            # takes its line number for the count.)
            row = None
        if row is not None:
            lines.append(_row_line(row, line, offset, part_index, kind))
            row_ids.add(id(lines[-1]))
            order_paragraphs.add(paragraph)
            read_above = True
            continue
        if columns is not None and not line[:1].isspace():
            columns = None  # a line of its own under the table ends it ("Total", "Please confirm")
        if read_above and id(lines[-1]) in row_ids:
            code = supplier_code(line)
            if code is not None:
                # "Your material number FS-41420-200" under a row: the supplier's code, the row's own the buyer's.
                last = lines[-1]
                last.customer_part, last.item_code = last.item_code, code
                continue
            if line[:1].isspace() and not re.search(r"\d", line) and columns is not None:
                lines[-1].description = f"{lines[-1].description} {line.strip()}"
                continue
        if _CLOSING.match(line) or (_CLOSING_OPENS.match(line) and lines and _parse_line(line) is None):
            # (also a closing that goes on with the name: "cheers Jonas (KU bike workshop, ...)")
            signed_off = bool(lines)
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
        while n + 1 + len(wrapped) < len(kept) and _wraps(line, kept[n + 1 + len(wrapped)][1]) \
                and n + 1 + len(wrapped) not in in_table:
            # a sentence wrapped over lines ("... three cases of the butter and two of the" / "salted, one case
            # of ...") is read whole, its line breaks as spaces (so offsets still point into the text)
            below_offset, below = kept[n + 1 + len(wrapped)]
            line = line + " " * (below_offset - offset - len(line)) + below
            wrapped.append(n + 1 + len(wrapped))
        wrapped_into_above.update(wrapped)
        wrapped.clear()
        corrected = _SELF_CORRECTION.search(line)
        if corrected and corrected.start() > 0:
            # "ten 25 lb bags of rice -- actually make that 4": the count said last, the correction no part of
            # the goods' name; the line is read without it
            recount = parse_decimal(corrected["n"]) if corrected["n"][0].isdigit() else number_word(corrected["n"])
            if recount:
                # ("make it two dozen": pieces, as the line said its count of them)
                recount = recount * 12 if corrected["dozen"] else recount
                recounts.append((offset, offset + corrected.start(), Decimal(recount)))
            line = line[:corrected.start()]
        # "two cases of", "a dozen", "zwei Kartons": quantities in words read as digits (the line's place
        # in the text kept: a clause of a rewritten line points at the whole line).
        line, ours = _our_code_named(line)
        if ours is not None:
            our_codes.append((offset, offset + len(line), ours))
        then = _THEN_LEAD.match(line)
        if then is not None and then.end() < len(line) and re.search(r"\d", line[then.end():]):
            # "e poi cera rullo naturale x 30, ...", "and then 2 boxes of ...": the list goes on after the word
            offset, line = offset + then.end(), line[then.end():]
        led = _PO_LEAD.match(line)
        named = (_NAME_LEAD.match(line) or _ASK_LEAD.match(line)) \
            if not led and not _NOT_A_LINE.match(_BULLET.sub("", line)) else None
        if named and re.match(r"\d", line[named.end():]):
            # "For Bethlehem: 2 pallets of ...", "Kitchen: 4 cases of ...": who or where the clause is for,
            # then the order
            offset, line = offset + named.end(), line[named.end():]
        elif led and _orders_coded_items(line[led.end():]):
            # "PO 4471 - could you send two boxes of AB-12 screws, ...": the sentence after the reference is
            # the order (the reference itself is read as the header's PO number)
            offset, line = offset + led.end(), line[led.end():]
        elif _NOT_A_LINE.match(_BULLET.sub("", line)) or _SEPARATOR.match(line) or _PHONE_LINE.match(line):
            read_above = False
            continue  # a label's line ("Gesendet: Mittwoch, 10. Juni ..."), not clauses of an order
        if n in bracket_counted:
            # "(40) 3/4 EMT": the bracketed number is the count, read as "40 x 3/4 EMT" (as long, so that the
            # line's place in the text still holds)
            parsed = _parse_line(_BRACKET_COUNT.sub(r"\1\2 x ", line, count=1))
            if parsed is not None:
                lines.append(_line(parsed, line, offset, part_index, kind))
                order_paragraphs.add(paragraph)
                read_above = True
                continue
        # "- 25 cases of cups" in a bulleted run reads as any line; only a bare count ("- 25  cups") by the run
        if n in dash_listed and (_DASH_COUNT.match(line) or _parse_line(line) is None):
            parsed = _parse_line(line)
            # its words hold numbers of their own, read as the goods' name unless they give a code
            listed = parsed if parsed is not None and parsed["code"] else _listed_line(line)
            if listed is not None:
                # "6 - line set 1/4 x 3/8 25'" among lines like it: the count, then the goods in words
                lines.append(_line(listed, line, offset, part_index, kind))
                order_paragraphs.add(paragraph)
                read_above = True
                continue
        digits = as_digits(line)
        spread = _family_spread(spread_each(unglued_count(digits.text)))
        if spread != digits.text:
            digits = replace(digits, text=spread, changed=True)
        missed: list[str] = []  # clauses with a count and a unit that read as no line
        previous_unit = None
        previous_description: str | None = None
        previous: dict[str, Any] | None = None  # the clause read before, in this line
        found_clauses = clauses(digits.text)
        for clause_offset, clause in found_clauses:
            vague = VAGUE_MARK in clause
            parsed = _parse_line(clause.replace(VAGUE_MARK, ""))
            joined = previous is not None and _JOINED_BEFORE.search(digits.text[:clause_offset]) is not None
            if parsed is None and joined and previous is not None and not re.search(r"\d", clause):
                parsed = _companion(previous, clause)  # "16oz hot cups + lids": the lids counted as the cups
            elif joined and parsed is not None and previous is not None and not parsed["code"] \
                    and (_COMPANION_OPENS.match(parsed["description"] or "")
                         or digits.text[:clause_offset].rstrip().endswith("+")):
                # "... + lids 2 cs", "... and 1 ctn of the lids for them": what they fit is the first item
                parsed["description"] = _fitting(parsed["description"], previous["description"])
            if parsed is None and previous_unit is not None or parsed is None and read_any:
                # "..., 12 white GFCI" after a clause read: the list goes on; "..., lids 4": counted as before
                parsed = _listed_line(clause) or _counted_after(clause)
            if parsed is None:
                if _COUNTED.search(clause):
                    missed.append(clause.replace(VAGUE_MARK, "").strip())
                continue
            words = (parsed["description"] or "").split()
            if previous_description and not parsed["code"] and 0 < len(words) <= 2 and not joined \
                    and len(previous_description.split()) > len(words) and _VARIANT.match(clause):
                # "..., medium x 30 boxes": the variant of the item named before ("nitrile gloves small")
                head = previous_description.split()[:-len(words)]
                parsed["description"] = " ".join(head + words)
            elif previous_description and parsed.get("elliptic") and len(words) == 1 \
                    and not re.search(r"(?<!s)s$", words[0]) and len(_goods(previous_description).split()) > 1:
                # "3 cases of the unsalted butter and 2 of the salted": the salted butter (a word naming goods of
                # their own, "2 of the lids", is left alone)
                parsed["description"] = " ".join(words + _goods(previous_description).split()[1:])
            previous_description = parsed["description"]
            previous = parsed
            if parsed.get("elliptic") and previous_unit is not None:
                parsed["unit"] = previous_unit  # "3 cases of the cups, 3 of the lids": the lids by the case too
            previous_unit = parsed["unit"] or previous_unit
            if digits.changed:
                # The clause as read, its number words in digits ("2 cases of the towels"), is the line's text;
                # its place is the whole line written in words.
                parsed["span"] = (-clause_offset, len(line) - clause_offset)
                # a quantity read from words: sure when the word is a number, only a guess when it was vague
                parsed["confidence"] = _VAGUE_CONFIDENCE if vague else parsed["confidence"]
            if not parsed["code"] and (len(found_clauses) > 1 or led):
                # an item named in free words inside a sentence ("5 of the 10 lb calcium chloride"): matching may
                # find it, but a clerk confirms it
                parsed["confidence"] = min(parsed["confidence"], _PROSE_CONFIDENCE)
            read_any = True
            lines.append(_line(parsed, clause.replace(VAGUE_MARK, ""), offset + clause_offset, part_index, kind))
        if read_any:
            # "as discussed with Sam 3 boxes of ..., 2 cases of ...": beside items read, a counted clause that
            # reads as none is probably an item missed; a clerk sees it
            unread.extend((len(lines), paragraph, text) for text in missed)
        if not read_any and read_above:
            listed = _listed_line(line) or _word_counted_line(line)
            if listed is not None:
                # "1 side press bucket 35qt" under "8 cs hardwound white": in a list of order lines, a number
                # opening a line is its count, though no unit or sign says so.
                lines.append(_line(listed, line, offset, part_index, kind))
                read_any = True
        if not read_any and line.strip() and not _NOT_A_LINE.match(_BULLET.sub("", line)) \
                and not _INTRODUCES_LIST.match(line):
            unread.append((len(lines), paragraph, line.strip()))
            later = (_listed_line(line) or _word_counted_line(line) or _tail_counted_line(line)
                     or _one_unit_of(line) or uncounted_line(line)
                     or unnumbered_item(line) or _coded_line_without_quantity(line))
            if later is not None:
                listed_later.append((len(lines), paragraph, offset, line, later))
        if read_any:
            order_paragraphs.add(paragraph)
        read_above = read_any
    # A paragraph of bare counts under "please send:" is a list of order lines though none reads firmly; so is one of
    # goods each ending in its count and unit ("Zeeuwse mosselen jumbo 25 kg" under "Voor woensdag vroeg aub:").
    listed_lists = list_paragraphs(kept, [(c[1], c[2]) for c in listed_later if _listed_line(c[3]) is not None
                                          or leading_count(c[3]) is not None
                                          or (c[4].get("qty") is not None and c[4].get("unit") is not None)])
    for shift, (at, paragraph_no, offset, line, later) in enumerate(
            [c for c in listed_later if c[1] in order_paragraphs | listed_lists]):
        # an item the buyer did not count, in a list of order lines: read with no quantity, for a clerk
        lines.insert(at + shift, _line(later, line, offset, part_index, kind))
        # The line is read, no doubt any more; what was left unread after it has one more line above it.
        k = next((k for k, u in enumerate(unread) if u[1] == paragraph_no and u[2] == line.strip()), None)
        if k is not None:
            unread = unread[:k] + [(after + 1, p, t) for after, p, t in unread[k + 1:]]
    _recount(lines, recounts)
    _same_as_above(lines)
    for start, end, ours in our_codes:
        # "[KR-30-0112] 6 reels 100k 0603 1% (your 555-7601)": the code in front is the buyer's, ours is named
        read = [ln for ln in lines if ln.provenance and ln.provenance.span and start <= ln.provenance.span[0] < end]
        if len(read) == 1:
            read[0].customer_part = read[0].customer_part or read[0].item_code
            read[0].item_code = ours
    if replies:
        own_lines = lines
        lines, unread, quoted_stated = _corrected_reply(text, kept, lines, unread, part_index, kind)
        if lines is own_lines:
            lines, unread, quoted_stated = _accepted_quote(text, kept, lines, unread, part_index, kind)
            result.accepts_quote = lines is not own_lines
        if lines is own_lines:
            lines, unread, quoted_stated = _repeated_order(text, kept, lines, unread, part_index, kind)
            result.repeats_quote = lines is not own_lines
        result.read_from_quote = lines is not own_lines
        if result.read_from_quote:
            # "6 not 4" on top of an order that said where it goes: the correction leaves the place as it was,
            # and (a correction, not an order repeated or a quote taken up) the day asked for too.
            own = {m.kind for m in result.stated}
            corrected = not (result.accepts_quote or result.repeats_quote)
            carried = set() if own & {"destination", "address"} else {"destination", "address"} if corrected \
                else {"destination"}
            if corrected and "date" not in own:
                carried.add("date")
            result.stated = [*result.stated, *(m for m in quoted_stated if m.kind in carried)]
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
        and not _GREETING_LINE.match(text)  # "Ciao!", "Hej Karin," opening the order's paragraph
        and not only_size_for_all(text)  # "(tutti tubi da 100 ml)": read with each line it qualifies
    ]
    if result.read_from_quote:
        return result
    # "PO 4471: ... PO 4472: ...": a text of several orders is one order per section (po_sections.py).
    return split_sections(result, content, kept)


_DEEPEST_QUOTE = 5
# Below the floor for approving untouched (config: auto_approve_min_confidence).
_CORRECTED_CONFIDENCE = 0.8


def _older_text(text: str, kept: list[tuple[int, str]]) -> str:
    """The quoted history under a reply's newest text, its quote marks blanked: offsets still point into `text`."""
    ends = [offset + len(line) for offset, line in kept if line.strip()]
    cut = max(ends) if ends else 0
    chars = [c if c in "\r\n" else " " for c in text[:cut]] + list(text[cut:])
    older = re.sub(r"(?m)^([ \t]*)(>[> \t]*)", lambda m: m.group(1) + " " * len(m.group(2)), "".join(chars))
    # The reply header that opens the history ("On Mon, ... wrote:", over one or two lines) is blanked too, so
    # that reading the history does not stop at once.
    rows = older.split("\n")
    first = next((i for i, row in enumerate(rows) if row.strip()), None)
    if first is not None:
        two = first + 1 < len(rows) and _QUOTE_HEADER_START.match(rows[first]) \
            and _QUOTE_HEADER_END.search(rows[first + 1])
        if _QUOTE_HEADER.match(rows[first]) or two:
            for i in range(first, first + (2 if two and not _QUOTE_HEADER.match(rows[first]) else 1)):
                rows[i] = " " * len(rows[i])
    return "\n".join(rows)


def _quoted_order(text: str, kept: list[tuple[int, str]], part_index: int, kind: str) -> Extraction | None:
    """The newest message quoted under a reply's newest text (`kept`) that holds order lines ("Got it, will ship
    Thursday" may stand between a correction and the order it corrects), or None."""
    history = _older_text(text, kept)
    for _ in range(_DEEPEST_QUOTE):
        if not history.strip():
            return None
        older = extract_text(history, part_index, kind, replies=False)
        if older.lines:
            return older
        history = _older_text(history, order_text(history))
    return None


def _accepted_quote(text: str, kept: list[tuple[int, str]], lines: list[ExtractedLine],
                    unread: list[tuple[int, int, str]], part_index: int,
                    kind: str) -> tuple[list[ExtractedLine], list[tuple[int, int, str]], list[StatedMention]]:
    """A reply with no line of its own accepting the quote quoted below it ("go ahead with the quote below",
    "please process the below as our order"): the quoted lines are the order. Last: what the quoted message
    states (its destination). Never approved untouched: the quote is ours, not the buyer's words."""
    newest = "\n".join(line for _, line in _before_signature(kept))
    items = accepted_items(newest)
    if lines or not (items or accepts_quoted(newest)):
        return lines, unread, []
    older = _quoted_order(text, kept, part_index, kind)
    if older is None:
        return lines, unread, []
    taken = older.lines
    if items:
        # "go ahead with items 1 and 3 only": those lines of the quote, when every quoted line was read (so that
        # "3" is our third); otherwise all of them, and what was accepted is left for a clerk to read.
        if older.unread or max(items) > len(older.lines):
            unread = unread + [(len(older.lines), -1, newest.strip())]
        else:
            taken = [older.lines[n - 1] for n in dict.fromkeys(items)]
    for line in taken:
        line.confidence = min(line.confidence, _CORRECTED_CONFIDENCE)
    return taken, unread + [(len(taken), -1, u) for u in older.unread], older.stated


def _repeated_order(text: str, kept: list[tuple[int, str]], lines: list[ExtractedLine],
                    unread: list[tuple[int, int, str]], part_index: int,
                    kind: str) -> tuple[list[ExtractedLine], list[tuple[int, int, str]], list[StatedMention]]:
    """A reply ordering again what the order quoted below it held ("Could we have the same again as the order
    below please, plus 2 boxes of large nitrile gloves"): the quoted lines, then the newest text's own. The
    header (a new PO number) stays the newest text's. Never approved untouched: the lines are an older message's."""
    newest = "\n".join(line for _, line in _before_signature(kept))
    if not repeats_quoted(newest):
        return lines, unread, []
    older = _quoted_order(text, kept, part_index, kind)
    if older is None:
        return lines, unread, []
    # "Same as last week, plus 2 tubs of tablets. Actually make the cups 3 cases this time": what the newest text
    # changes of the quoted lines is changed; what it adds are its own lines.
    changes = [c for c in find_corrections(newest) if c.action in ("quantity", "remove", "replace", "more")]
    quoted, unresolved = apply_corrections(older.lines, changes, lambda _: None, numbered=not older.unread) \
        if changes else (older.lines, [])
    said = [c.text for c in changes]
    own = [line for line in lines
           if not any(as_digits(line.raw_text).text.replace(VAGUE_MARK, "").strip() in c for c in said)]
    taken = [*quoted, *own]
    for line in taken:
        line.confidence = min(line.confidence, _CORRECTED_CONFIDENCE)
    applied = [c for c in said if c not in unresolved]
    kept_unread = [u for u in unread if not any(as_digits(u[2]).text.replace(VAGUE_MARK, "").strip() in c
                                                or c in u[2] for c in applied)]
    return taken, kept_unread + [(len(taken), -1, c) for c in unresolved] + \
        [(len(taken), -1, u) for u in older.unread], older.stated


def _corrected_reply(text: str, kept: list[tuple[int, str]], lines: list[ExtractedLine],
                     unread: list[tuple[int, int, str]], part_index: int,
                     kind: str) -> tuple[list[ExtractedLine], list[tuple[int, int, str]], list[StatedMention]]:
    """A reply that corrects the order quoted below it ("make that 4, not 3", "Pos. 4 entfällt"): the quoted
    order's lines with the newest text's corrections applied. Lines the newest text orders of its own stay;
    a correction that cannot be placed on one line for certain is left unread, for a clerk. Last: what the
    quoted order states (its destination), when its lines were taken."""
    newest = "\n".join(line for _, line in _before_signature(kept))
    found = [c for c in find_corrections(newest)]
    # (Only "the rest as below" in a reply that says it corrects something - the PO number, the day - and orders
    # nothing of its own: the order below stands as it was.)
    unchanged = bool(found) and not lines and CORRECTING.search(newest) is not None
    if not (unchanged or any(c.action != "rest" for c in found)) or is_new_order(newest):
        return lines, unread, []
    older = _quoted_order(text, kept, part_index, kind)
    if older is None:
        return lines, unread, []
    said = [c.text for c in found]

    def in_correction(raw: str) -> bool:
        raw_digits = as_digits(raw).text.replace(VAGUE_MARK, "")
        return any(raw_digits.strip() in c or c in raw_digits for c in said)

    def read_added(clause: str) -> ExtractedLine | None:
        parsed = _parse_line(clause)
        return None if parsed is None else _line(parsed, clause, 0, part_index, kind)

    own = [line for line in lines if not in_correction(line.raw_text)]
    if own:
        # The newest text orders lines of its own: a new order above an older one, not a change to it.
        return lines, unread, []
    corrected, unresolved = apply_corrections(older.lines, found, read_added, numbered=not older.unread)
    for line in corrected:
        # A correction to an order sent before: the earlier order may be on file already, and a line named by
        # words may be named wrongly. Never approved untouched.
        line.confidence = min(line.confidence, _CORRECTED_CONFIDENCE)
    kept_unread = [u for u in unread if not in_correction(u[2])]
    return corrected, kept_unread + [(len(corrected), -1, c) for c in unresolved] + \
        [(len(corrected), -1, u) for u in older.unread], older.stated


# "-- actually make that 4, we still have some", "(sorry, make it six)": the buyer changing the count just written.
_SELF_CORRECTION = re.compile(r"\s*(?:-{1,2}|[–—,;(])?\s*(?:(?:actually|sorry|oops|no|wait|correction"
                              r"|er+m?|um+)[,!.]?\s+)+(?:make\s+(?:that|it|this)|change\s+(?:that|it)\s+to|i\s+mean)\s+"
                              r"(?P<n>\d[\d.,]*|[^\W\d_]+)\b(?P<dozen>\s+dozen\b)?.*$", re.IGNORECASE)


def _wraps(line: str, below: str) -> bool:
    """Whether `below` goes on with the sentence `line` breaks off: a long line of prose with no stop at its end,
    and a line under it opening in lower case."""
    text = line.strip()
    return (len(text) >= 60 and len(text.split()) >= 10 and not _BULLET.match(line) and not re.search(r"[.!?:;]$", text)
            and bool(re.match(r"[a-zà-ÿ]", below)) and not _CLOSING.match(below) and not _CLOSING_OPENS.match(below))


_DRAWN_RULE = re.compile(r"\s*[-=_*~]{4,}\s*")
# A closing opening a line that goes on ("cheers Jonas (KU bike workshop)"): no sentence wrapping onto it.
_CLOSING_OPENS = re.compile(r"\s*(?:thanks|thank\s+you|thx|cheers|regards|best\s+regards|kind\s+regards|br|mvh|hilsen"
                            r"|terveisin|pozdrawiam|gr(?:ü|ue)(?:ß|ss)e|groeten|saludos|cordialement|grazie|gracias"
                            r"|obrigad[oa]|merci|danke|bedankt|dank\s+je|tack|tak|kiitos|dzi[ęe]kuj[ęe]|d[ěe]kuji"
                            r"|ευχαριστώ|te[şs]ekk[üu]rler|mul[țt]umesc|k[öo]sz[öo]n[öo]m)\b", re.IGNORECASE)


# "idem maat S", "dito in XL", "ditto, large": the goods of the line above, in what this line says of them.
_SAME_AS_ABOVE = re.compile(r"^\s*(?:idem|dito|ditto|detto|[íi]dem|dtto|dgl)\b\.?,?\s*"
                            r"(?:in\s+|en\s+|em\s+)?(?P<rest>.*)$",
                            re.IGNORECASE)
# What the line above says of its goods that the line under may say otherwise: a size, with or without its word.
_SIZE_SAID = re.compile(r"(?:\b(?:size|sz|maat|taille|talla|taglia|gr|str|storlek|rozmiar|koko|velikost)\.?\s*\S+"
                        r"|\b(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-6]xl)\b)", re.IGNORECASE)


def _same_as_above(lines: list[ExtractedLine]) -> None:
    """A line naming its goods as "idem" or "ditto" takes the goods of the line above, without that line's size."""
    for above, line in zip(lines, lines[1:], strict=False):
        m = _SAME_AS_ABOVE.match(line.description or "")
        if m is None or not above.description:
            continue
        goods = " ".join(_SIZE_SAID.sub(" ", above.description).split())
        line.description = f"{goods} {m['rest']}".strip()


def _recount(lines: list[ExtractedLine], recounts: list[tuple[int, int, Decimal]]) -> None:
    """The last line read from each corrected line takes the count the buyer corrected it to."""
    for start, end, count in recounts:
        read = [line for line in lines if start <= line.provenance.span[0] < end]
        if read:
            read[-1].quantity = count
            read[-1].confidence = min(read[-1].confidence, _PROSE_CONFIDENCE)


def _before_signature(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out = []
    for offset, line in kept:
        if _CLOSING.match(line) and out:
            break
        out.append((offset, line))
    return out


def _orders_something(line: str) -> bool:
    """A postscript that reads as an order line, or names an item code."""
    body = _POSTSCRIPT.sub("", line).lstrip(" :,-–")
    return _parse_line(body) is not None or _looks_like_item(body)


_ITEM_CODE_WITH_NUMBER = re.compile(r"(?=.*\b\d+\b)(?=.*\b[A-Z]{2,}[A-Z0-9]*-[A-Z0-9-]+\b)")
# An item code on its own, no quantity beside it: capitals and digits in three or more hyphenated parts
# ("GLV-NIT-L-BLU", "NW-FAS-10539"), the shape of a catalog number rather than of a word or a name.
_ITEM_CODE_ALONE = re.compile(r"\b[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+){2,}\b")


def _looks_like_item(text: str) -> bool:
    """A line naming an item code (with a number beside it, or in a catalog number's shape): an order line
    whose quantity we could not read, wherever it stands."""
    return bool(_ITEM_CODE_WITH_NUMBER.search(text) or _ITEM_CODE_ALONE.search(text))


# Goods that open with their size: a fraction ("1/4 push-in elbows", "3/8\" hose"), a measure ("5 gal sealer"),
# or a whole size in inches or feet ("4\" san tees", "4 in wyes", "10' sticks"), maybe before a fraction naming
# the kind ("4\" 1/4 bends").
_SIZE_MARK = r"(?:\"|''|'|\s?(?:in|inch|inches|ft|feet)\b\.?)"
_SIZED_GOODS = (r"(?:\d+(?:[ -]\d+)?/\d+[\"']?|\d+(?:\.\d+)?\s?(?:" + "|".join(re.escape(w) for w in _MEASURE_WORDS)
                + r")\.?|\d+(?:\.\d+)?" + _SIZE_MARK + r")\s+(?:\d+/\d+\s+)?(?:[^\W\d_]|\d+[^\W\d_]+\b)[^\n]*")
# (The goods may open with a number glued to its word: "3/4 90s", the trade's 90-degree elbows.)
# "4 4\" wyes": a count, then goods opening with a size its inch or foot mark tells from a second count.
_MARKED_SIZE_GOODS = r"\d+(?:[./]\d+)?(?:\"|'')\s*[^\W\d_][^\n]*"
# "Requirement for the month:", "Hi Jen, for Aurora please:": words announcing the list below, no line of it.
_INTRODUCES_LIST = re.compile(r"^[^\d]*:\s*$")
# "6 - 32oz cotton mop heads", "1 side press bucket 35qt", "12 3-way switches": a count, maybe a dash, then words.
_LISTED = re.compile(r"^\s*(?:[-*•]\s*)?(?:n\.\s*)?(?P<qty>\d{1,4})(?!\d)\s*(?:[-–]\s+)?(?![xX×*]\s|[xX×*]?$|[xX×]\d)"
                     r"(?P<item>[^\W\d_][^\n]*|\d+-?[^\W\d_]+\s[^\n]*|(?<=[-–]\s)" + _SIZED_GOODS + r"|"
                     # "6 - 9006 bulbs (2pk)": after the dash, the goods' model number ("9006", "1157", "51358")
                     r"(?<=[-–]\s)\d{3,6}\s+[^\W\d_][^\n]*|"
                     + _MARKED_SIZE_GOODS + r")$")


# "6 - line set 1/4 x 3/8 25'": a count, a dash standing apart, and words that may hold numbers of their own.
# "20 - 3/4 copper tees", "2 - 5 gal floor sealer": after the dash the goods may open with their size (a fraction
# or a measure); the dash standing apart keeps "20 - 1/2" from reading as twenty and a half.
_DASH_COUNT = re.compile(r"^\s*(?:[*•]\s*)?(\d{1,4})\s+[-–]\s+(?:[^\W\d_]|\d{3,6}\s+[^\W\d_]|" + _SIZED_GOODS + ")")
# "- 12  brass elbows 3/4": a bullet, then a bare count and the goods in words; a run of them is a list too.
_BULLET_COUNT = re.compile(r"^\s*[-*•]\s*(\d{1,4})\s+(?![-–xX×*]\s)\S")


# "(40) 3/4 EMT": a number in brackets opening a line, then the goods.
_BRACKET_COUNT = re.compile(r"^(\s*(?:[-*•–]\s*)?)\((\d{1,4})\) ")


def _bracket_count_runs(kept: list[tuple[int, str]]) -> set[int]:
    """The indices of lines in runs of "(N) words" lines whose numbers are counts: a run numbering 1, 2, 3 ...
    is a list's own numbering ("(1) 4 x QP-110"), left to the list reader."""
    found: set[int] = set()
    run: list[tuple[int, int]] = []
    for n, (_, line) in enumerate([*kept, (0, "")]):
        m = _BRACKET_COUNT.match(line)
        if m and re.search(r"[^\W\d_]", line[m.end():]):
            run.append((n, int(m.group(2))))
            continue
        if run and [count for _, count in run] != list(range(1, len(run) + 1)):
            found.update(i for i, _ in run)
        run = []
    return found


# "2 single pole contactors 30 amp": a count and the goods, nothing between; three such lines in a row are a list
# (a phone-typed order), where one alone may be a sentence ("2 people will pick up").
_BARE_COUNT = re.compile(r"^\s*(\d{1,4})\s+(?![-–xX×*]\s)(?=\S)")


def _bare_runs(kept: list[tuple[int, str]]) -> set[int]:
    """The indices of lines in runs of three or more "N words" lines (a bare count, the goods), not numbering
    1, 2, 3 ..."""
    return _counted_runs(kept, lambda line: None if _NOT_A_LINE.match(line) else _BARE_COUNT.match(line), 3)


def _columns_read_better(table: text_table.TextTable, kept: list[tuple[int, str]]) -> bool:
    """Whether a table lined up with spaces under a heading an ERP prints ("LN PART NO  DESCRIPTION  QTY UM
    UNIT COST") is read better row by row by its columns (text_columns.py), which tell the line number, the
    code, the quantity and the price apart by the heading and arithmetic, than cell by cell, which left rows
    unread where a right-aligned count stood a character off its heading."""
    texts = [line for _, line in kept[table.first:table.last + 1]]
    if "\t" in texts[0].strip():
        return False  # cells a spreadsheet split with tabs are its own columns, exactly (no character is off)
    at, columns = next(((i, found) for i, line in enumerate(texts) if (found := column_heading(line)) is not None),
                       (0, None))
    if columns is None or not (table.unread or columns.has_position):
        return False
    rows = [line for line in texts[at + 1:] if line.strip() and not is_rule(line)]
    read = [r for r in (read_row(line, columns) for line in rows) if r is not None and r.quantity is not None]
    if table.unread:
        return len(read) > len(table.lines)
    # (A line-number column the cells may glue to the code, "1 RW-10233": every row read by columns instead.)
    return len(read) >= len(table.lines) > 0


def _dash_runs(kept: list[tuple[int, str]]) -> set[int]:
    """The indices of lines in runs of two or more "N - words" or "- N words" lines, wherever they stand (a bare
    count under a line announcing a list is loose_lists.list_paragraphs'). A run counting 1, 2, 3 ... numbers its lines
    ("1 - intro call"): no count of goods, left alone."""
    return _counted_runs(kept, lambda line: _DASH_COUNT.match(line) or _BULLET_COUNT.match(line), 2)


def _counted_runs(kept: list[tuple[int, str]], counted: Callable[[str], re.Match[str] | None],
                  shortest: int) -> set[int]:
    """The indices of lines in runs of at least `shortest` list lines whose count `counted` finds (its first
    group), unless the counts number the lines 1, 2, 3 ..."""
    found: set[int] = set()
    run: list[tuple[int, int]] = []
    for n, (_, line) in enumerate([*kept, (0, "")]):
        m = counted(line)
        if m and _listed_line(line) is not None:
            run.append((n, int(m.group(1))))
            continue
        if len(run) >= shortest and [count for _, count in run] != list(range(1, len(run) + 1)):
            found.update(i for i, _ in run)
        run = []
    return found


def _listed_line(line: str) -> dict[str, Any] | None:
    """A line of a list of order lines that opens with a bare count ("6 - 32oz cotton mop heads")."""
    m = _LISTED.match(line)
    if not m or _is_address(line) or re.search(r"\d{1,2}:\d{2}", line):
        return None
    qty = parse_decimal(m["qty"])
    if qty is None or qty <= 0:
        return None
    item = m["item"].strip()
    price = None
    # "6 frenafiletti media resistenza 50 ml   € 15,00 cad.": the price the line ends with is no part of the goods
    if (priced := _PRICE.search(item)) is not None and priced.start() > 0 and not item[priced.end():].strip(" .;"):
        price = parse_decimal(priced.group("p") or priced.group("p2") or priced.group("p3") or priced.group("p4")
                              or priced.group("p5"))
        item = item[:priced.start()].rstrip(" \t-–—|;")
    code = None
    unit = None
    glued = re.match(r"(?P<unit>[^\W\d_]{1,4})\.?\s+(?P<rest>[^\W\d_].*)$", item)
    if glued is not None and line[m.end("qty"):m.start("item")] == "" \
            and normalise_unit(glued["unit"]) in ("KG", "L", "LB") \
            and normalise_unit(glued["rest"].split()[0].strip(".,")) is None:
        # "6kg Casa beans": a weight glued to its count is what is ordered, in that unit ("5kg bag flour": a bag's)
        unit, item = normalise_unit(glued["unit"]), glued["rest"]
    # "5 cartones de STR-WRP-BLK": a unit word the vocabulary does not know, then the item's code
    packed = re.match(r"^[^\W\d_]+\s+(?:of|de|del|von|d'|di)\s+(?P<code>\S+)\s*$", item)
    if packed and _CODE.match(packed["code"]) and (re.search(r"\d", packed["code"]) or packed["code"].isupper()):
        code, item = packed["code"], ""
    return {"qty": qty, "unit": unit, "code": code, "description": _without_remark(item) or None, "price": price,
            "span": (0, len(line)), "confidence": _LISTED_CONFIDENCE}


# "shredded mozz 3", "fryer oil 2 jugs", "shallots 10 lb": words, then a bare count at the end, maybe with a
# container word the vocabulary does not know or a weight.
_TAIL_COUNT = re.compile(r"^\s*(?:[-*•]\s*)?(?P<item>[^\W\d_][^\n]*?(?:[^\W\d_]|\)))\s+(?P<qty>\d{1,3})"
                         r"(?:\s*(?P<unit>[^\W\d_]{2,10}))?(?P<remark>[ \t]*\([^()\n]{1,30}\))?\s*[.!]?\s*$")
_SIZE_WORDS = {"size", "sz", "no", "nr", "grade", "type", "class", "model", "gauge", "ga", "ply", "pack", "pk", "x",
               "mil", "number", "ref", "po", "order", "unit", "suite", "room", "door", "bay", "dock", "aisle",
               "street", "st", "avenue", "ave", "road", "rd", "lane", "drive", "dr", "way", "box", "floor", "level"}


# "lubina 400-600  12 kg", "rodaballo 1-2 kg  8,5 kg": goods whose name ends in a size, set apart by a wide gap from
# the weight ordered (a catch-weight line); "Ginger 1,5 kg". (Kilos and pounds only, as for a bare count at a line's
# end: "Casa grains 250g" or "olive oil 5 l" name the goods' size.)
_GAP_WEIGHT = re.compile(r"^\s*(?:[-*•]\s*)?(?P<item>[^\W\d_][^\n,;]*?\S)"
                         r"(?:[ \t]{2,}|\t|[ \t]+[-–][ \t]+|(?P<space>(?<=[^\W\d_])[ \t]))"
                         r"(?P<qty>\d{1,4}(?:[.,]\d{1,3})?)[ \t]*(?P<unit>kg|kgs|kilos?|lbs?)\.?\s*$",
                         re.IGNORECASE)
# "citrons verna 1 colis de 15 kg", "Matjesfilets 4 Schalen à 10 Stück": the count of packs, then what a pack holds.
_PACK_CONTENT = re.compile(r"^(?P<item>.*?[^\W\d_].*?)[ \t]*[-–:]?[ \t]+(?P<qty>\d{1,4})[ \t]+(?P<pack>[^\W\d_]{2,}\.?)"
                           r"[ \t]+(?P<of>of|de|du|van|von|à|a|á|da|di|af|med|mit|x)[ \t]+(?P<content>\d[\d.,/]*[ \t]*"
                           r"[^\W\d_]{1,8}\.?)[ \t]*$", re.IGNORECASE)


_CURRENCY_WORD = re.compile(r"(?:€|\$|£|\b(?:eur|euro|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|kr|zł|zl|kč|kc|ft)\b)",
                            re.IGNORECASE)


def _packed_line(line: str, body: str, known_pack: bool = True) -> dict[str, Any] | None:
    """"citrons verna 1 colis de 15 kg": the count of packs after the goods, then what a pack holds (a pack the
    vocabulary knows; with `known_pack` False, any plural noun, "4 Schalen à 10 Stück", where the caller knows the
    line is one of a list of order lines)."""
    m = _PACK_CONTENT.match(body)
    if m is None or _is_address(line):
        return None
    unit = normalise_unit(m["pack"].rstrip("."))
    if unit in MEASURE_UNITS or (known_pack and unit is None) or _CURRENCY_WORD.search(m["content"]):
        return None  # ("3 Rollen à 4,60 EUR": a price each, not what a roll holds)
    return {"qty": Decimal(m["qty"]), "unit": unit, "code": None,
            "description": f"{m['item'].strip()} {m['pack']} {m['of']} {m['content']}", "price": None,
            "span": (0, len(line)), "confidence": 0.96 if known_pack else _LISTED_CONFIDENCE}


def _tail_counted_line(line: str) -> dict[str, Any] | None:
    """A line of a list of order lines that ends with a bare count ("salt (kosher) 2"): read only where its paragraph
    holds order lines (the caller knows), and never for certain."""
    packed = _packed_line(line, _BULLET.sub("", line, count=1), known_pack=False)
    if packed is not None:
        return packed
    weighed = _GAP_WEIGHT.match(line)
    # (after a single space only a name without numbers: "Ginger 1,5 kg", not "syrups - 3 vanilla 1L")
    if weighed is not None and not _is_address(line) and re.search(r"[^\W\d_]{3}", weighed["item"]) \
            and not (weighed["space"] and re.search(r"\d", weighed["item"])) \
            and (qty := parse_decimal(weighed["qty"])):
        return {"qty": qty, "unit": normalise_unit(weighed["unit"]) or weighed["unit"].upper(), "code": None,
                "description": _without_remark(weighed["item"]) or None, "price": None, "span": (0, len(line)),
                "confidence": _LISTED_CONFIDENCE}
    m = _TAIL_COUNT.match(line)
    if not m or re.search(r"\d", m["item"]) and not re.search(r"[^\W\d_]{3}", m["item"]):
        return None
    unit = normalise_unit(m["unit"]) if m["unit"] else None
    if unit in MEASURE_UNITS - {"LB", "KG"} or m["item"].split()[-1].lower().strip(".") in _SIZE_WORDS:
        return None  # "tape 48 mm": the goods' size; "Unit 4", "Bay 12": a place
    qty = parse_decimal(m["qty"])
    if not qty:
        return None
    # ("citroenen verna 1 doos (15kg)": what the pack holds, in brackets after it, says which goods)
    item = f"{m['item']} {m['remark'].strip()}" if m["remark"] else m["item"]
    return {"qty": qty, "unit": unit, "code": None, "description": _without_remark(item) or None,
            "price": None, "span": (0, len(line)), "confidence": _LISTED_CONFIDENCE}


# "box of wire nuts yellow", "a case of ...": one container of the goods, its count left unsaid.
_UNIT_OF = re.compile(r"^\s*(?:[-*•]\s*)?(?:an?\s+)?(?P<unit>[^\W\d_]{2,10})\s+of\s+(?P<item>[^\W\d_].{2,60})$",
                      re.IGNORECASE)


def _one_unit_of(line: str) -> dict[str, Any] | None:
    """A line of a list of order lines naming one container of goods ("box of wire nuts yellow"): one, in that unit,
    read only where its paragraph holds order lines (the caller knows), and never for certain."""
    m = _UNIT_OF.match(line)
    unit = normalise_unit(m["unit"]) if m else None
    if m is None or unit is None or unit in MEASURE_UNITS or m["unit"].lower().endswith("s") \
            or re.search(r"\d|[?:@]", m["item"]):
        return None
    return {"qty": Decimal(1), "unit": unit, "code": None, "description": _without_remark(m["item"].strip(" .!")),
            "price": None, "span": (0, len(line)), "confidence": _LISTED_CONFIDENCE}


def _word_counted_line(line: str) -> dict[str, Any] | None:
    """A line of a list of order lines that opens with a count in words ("six GFCI outlets 15A white", "ten 2-pole
    breakers"): read as "6 x ..." so that a unit or a remark after it is read as on any line."""
    counted = leading_count(line)
    if counted is None or _is_address(line):
        return None
    count, rest, vague = counted
    parsed = _parse_line(f"{count} x {rest}")
    if parsed is None or parsed["qty"] != count:
        return None
    parsed["span"] = (0, len(line))
    # a count read from its place in a list is likely, a hinted one ("a couple of") only a guess
    parsed["confidence"] = _VAGUE_CONFIDENCE if vague else min(parsed["confidence"], _LISTED_CONFIDENCE)
    return parsed


# An item named only in words in a sentence listing several: likely, not certain.
_PROSE_CONFIDENCE = 0.9

# "HX-3030 anchor bolt 1/2-13 x 6\"": a catalog-shaped code (capitals, a hyphen, digits) opening a line, then words.
_CODE_LED = re.compile(r"^\s*(?:[-*•]\s*)?(?P<code>[A-Z]{2,}[A-Z0-9]*-[A-Z0-9]*\d[A-Z0-9-]*)(?:\s+(?P<rest>.*?))?\s*$")


def _coded_line_without_quantity(line: str) -> dict[str, Any] | None:
    """A line naming an item by its code with no quantity we can read, in a paragraph of order lines: the
    buyer left the count out (or wrote it so we cannot tell it). It is an order line all the same, its
    quantity None, so that a clerk fills it in rather than the line being lost among doubts."""
    m = _CODE_LED.match(line)
    if not m or _NOT_ORDERING.search(line):
        return None
    return {"qty": None, "unit": None, "code": m["code"], "description": (m["rest"] or "").strip() or None,
            "price": None, "span": (0, len(line)), "confidence": _NO_QUANTITY_CONFIDENCE}


# "ABC-12 - remove, we don't need it": words about a line of an earlier order, not an order line.
_NOT_ORDERING = re.compile(r"\b(?:remove|cancel\w*|delete|drop|skip|discontinue\w*|instead|any\s?more|no longer|"
                           r"don'?t|do not|not needed)\b", re.IGNORECASE)

# A line whose quantity is missing: far below any floor for approving untouched.
_NO_QUANTITY_CONFIDENCE = 0.5

# A count read only from its place in a list: likely, not certain.
_LISTED_CONFIDENCE = 0.9


# "a couple of boxes": a number the buyer only hinted at, below any floor for approving untouched.
_VAGUE_CONFIDENCE = 0.5

# A count whose unit word we do not know ("12 colis", "20 Nos"): the catalog's unit is only a guess.
_UNKNOWN_UNIT_CONFIDENCE = 0.9

# A row whose quantity was checked by arithmetic or told by its column heading.
_ROW_CONFIDENCE = 0.95


def _row_line(row: Row, line: str, offset: int, part_index: int, kind: str) -> ExtractedLine:
    lead = len(line) - len(line.lstrip())
    return ExtractedLine(
        raw_text=line.strip(),
        quantity=row.quantity,
        item_code=row.code,
        description=row.description,
        uom=row.unit,
        unit_price=row.price,
        line_total=row.total,
        # a unit written that we do not know ("20 Nos") is not the catalog's by default: a clerk sees it
        confidence=_ROW_CONFIDENCE if row.unknown_unit is None else _UNKNOWN_UNIT_CONFIDENCE,
        provenance=Provenance(kind=kind, part_index=part_index, span=(offset + lead, offset + len(line))),
    )


# Our code named beside the buyer's in a line: "(your 555-7601)", "(your ref: AB-12)", "(vendor part# 1455L1201)".
_OUR_CODE = re.compile(r"\(\s*(?:your|ur|vendor|supplier|ihre|votre|vostro|su)\s*"
                       r"(?:code|part|ref(?:erence)?|sku|item|art(?:ikel|icle)?|artikelnummer|r[ée]f[ée]rence|codice|c[óo]digo)?\.?\s*(?:no\.?|nr\.?|number|#)?\s*[:#]?\s*"
                       r"(?P<code>[A-Za-z0-9][A-Za-z0-9\-_/.]*\d[A-Za-z0-9\-_/.]*)\s*\)", re.IGNORECASE)
# The buyer's own code in square brackets opening the line: "[KR-30-0112] 6 reels ..."
_BRACKETED_LEAD = re.compile(r"^(\s*)\[([A-Za-z0-9][\w\-/.]*\d[\w\-/.]*)\](?=\s)")


def _our_code_named(line: str) -> tuple[str, str | None]:
    """The line with our code's bracket blanked (as long, so offsets hold) and a bracketed code in front
    unbracketed, and our code when the line names it."""
    m = _OUR_CODE.search(line)
    ours = m.group("code") if m else None
    if m:
        line = line[:m.start()] + " " * (m.end() - m.start()) + line[m.end():]
    return _BRACKETED_LEAD.sub(r"\1 \2 ", line, count=1), ours


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

    def extract(self, part: Part, limits: ReadLimits = READ_LIMITS) -> Extraction:
        return extract_text(part.content.decode("utf-8", errors="replace"), part.index, subject=part.subject,
                            max_lines=limits.max_order_lines)


EXTRACTOR = EmailTextExtractor()
