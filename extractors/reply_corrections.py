"""Corrections a buyer writes on top of their own order quoted below ("make that 4, not 3", "Pos. 4 entfällt",
"change the gloves to 6 cases", "drop the lids", "cancel line 3", "add 10 cs of ..."): applied to the quoted
order's lines, the newest text winning.

A correction names its line by number ("line 3", "Pos. 2", "item 4") or by words of its description, and
says what becomes of it: a new quantity (the old one often named: "not 3", "statt 20", "no 25", "au lieu de
20"), removal, or a line added. A correction whose line cannot be told for certain is not guessed: it is
returned unresolved, for a clerk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from extractors.word_numbers import VAGUE_MARK, as_digits, number_word
from models.schemas import ExtractedLine
from vocabulary.units import MEASURE_UNITS, normalise_unit

# (Italian, Portuguese, Dutch, the Nordic languages, Finnish, Polish and Czech: "riga 3", "linha 3", "regel 3", "rad 3",
# "linje 3", "rivi 3", "pozycja 3", "položka 3", "řádek 3")
_TARGET_NUMBER = re.compile(r"\b(?:pos(?:ition)?\.?|line|item|ligne|l[íi]nea|zeile|posici[óo]n|riga|posizione|linha"
                            r"|regel|rad|rivi|linje|pozycj[aię]|poz\.|polo[žz]k[auy]|[řr][áa]d(?:ek|ku)|#)\s*#?\s*(\d{1,3})\b",
                            re.IGNORECASE)
_REMOVE = re.compile(
    # "take the red pens (AB-12) off", "leave those off": the line named between the verb and "off"
    r"\b(?:(?:take|leave)\s+(?:the|those|these|that|this|our|my)\b[^.;%$€£]{0,60}?\boff|"
    r"drop|remove|delete|cancel|take\s+off|scratch|skip|leave\s+off|no\s+longer\s+need|don'?t\s+need|"
    r"entf[äa]llt|entfallen|streichen|gestrichen|stornier\w*|l[öo]sch\w*|weglassen|"
    r"supprim\w*|annul\w*|retir\w*|enlev\w*|elimin\w*|quit\w*|cancel\w*|borr\w*|anul\w*|"
    # Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech
    r"togli\w*|rimuov\w*|cancell\w*|non\s+(?:ci\s+)?serv\w*\s+pi[ùu]|tirar|remov\w*|vervalt|vervallen|schrap\w*|"
    r"verwijder\w*|mag\s+er\s+(?:\w+\s+){0,4}uit|eruit|stryk\w*|ta\s+bort|utg[åa]r|beh[öo]vs\s+inte|udg[åa]r|slet|fjern\w*|"
    r"trenger\s+ikke|poista\w*|"
    r"j[äa]tet[äa][äa]n\s+pois|j[äa]t[äa]\s+pois|usu[ńn]\w*|skre[śs]l\w*|rezygnuj\w*|zru[šs]\w*|odstra[ňn]\w*|"
    r"vy[řr]a[ďd]\w*|sma[žz]\w*)\b",
    re.IGNORECASE,
)
# "Forgot - please also add ...", "Sorry, can you add ...": a word owning up to the slip may come first.
_ADD = re.compile(r"^\s*(?:[^\W\d_]{2,12}(?:\s+[^\W\d_]{2,12})?\s*[-–,!.:]+\s*)?"
                  r"(?:(?:please|pls|also|and|oh|can\s+you|could\s+you)[\s,]+)*(?:add|plus|zus[äa]tzlich|"
                  r"ajout\w*|rajout\w*|añad\w*|agreg\w*|aggiung\w*|acrescent\w*|adicion\w*|voeg\s+\w+\s+toe|"
                  r"l[äa]gg\s+(?:ocks[åa]\s+)?till|tilf[øo]j\w*|legg\s+(?:ogs[åa]\s+)?til|lis[äa][äa]|dodaj\w*|"
                  r"p[řr]idej\w*|p[řr]idat|dopl[ňn]\w*)\b[\s:,]*", re.IGNORECASE)
# More of a line already ordered: "add 2 more boxes of the nails", "another 3 extra tubes", "noch 2 mehr"; and the
# total it comes to, when said ("(so 8 boxes)", "making 10").
# ("2 XL meer": the size of the line between the count and the word)
_MORE = re.compile(r"\b(?P<n>\d+)\s+(?:(?=[\w-]{1,4}\s)(?:[2-6]?X{0,3}[SML]|\d{2,3}|[\w-]{1,4})\s+)?"
                   r"(?:more|extra|additional|further|mehr|de\s+plus|m[áa]s|in\s+pi[ùu]|meer|mere|ekstra|wi[ęe]cej"
                   r"|nav[íi]c)\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:so|making|that'?s|total(?:\s+of)?|insgesamt|soit|en\s+total)\s+(?P<n>\d+)\b",
                    re.IGNORECASE)
# The quantity being replaced: "not 3", "statt 20 VE", "no 25", "au lieu de 20", "instead of 3", "en vez de 25".
_OLD = re.compile(r"\b(?:not|no|statt|anstatt|anstelle\s+von|instead\s+of|rather\s+than|au\s+lieu\s+de|"
                  r"en\s+lugar\s+de|en\s+vez\s+de|invece\s+di|in\s+plaats\s+van|"
                  # Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech
                  r"non|anzich[ée]|al\s+posto\s+di|n[ãa]o|em\s+vez\s+de|ao\s+inv[ée]s\s+de|niet|i\.?p\.?v\.?|inte|"
                  r"i\s*st[äa]llet\s+f[öo]r|ikke|i\s*stedet\s+for|istedenfor|ei|nie|zamiast|ne|m[íi]sto|nam[íi]sto)"
                  r"\s+(?P<n>\d+)", re.IGNORECASE)
# A new size or kind in place of the old one, each a word holding a digit and a letter: "5000K not 4000K", "22mm
# instead of 15mm", "M8 statt M6". Bare numbers either side are a quantity ("30 instead of 24").
# ("70 L", "250 g": a measure written apart from its unit is one such word too)
_TOKEN = (r"(?:\d+(?:[.,]\d+)?[ \t](?:ml|cl|l|g|kg|mm|cm|m|oz|lb|in|ft)(?![\w-])"
          r"|(?=[\w./\"'-]*\d)(?=[\w./\"'-]*[^\W\d_])[\w./\"'-]+)")
# The words that name what is replaced ("not", "instead of"), in every language _OLD knows; "and not", "og ikke".
_INSTEAD = (r"(?:(?:and|og|och|en|e|und|et|y|i|a)\s+)?(?:not|instead\s+of|rather\s+than|statt|anstatt|au\s+lieu\s+de"
            r"|en\s+lugar\s+de|en\s+vez\s+de|nicht|pas|non|anzich[ée]|invece\s+di|n[ãa]o|em\s+vez\s+de|niet"
            r"|in\s+plaats\s+van|inte|i\s*st[äa]llet\s+f[öo]r|ikke|i\s*stedet\s+for|nie|zamiast|ne|m[íi]sto)")
_REPLACE = re.compile(r"(?<![\w./-])(?P<new>" + _TOKEN + r")\s*,?\s+" + _INSTEAD + r"\s+(?:the\s+)?(?P<old>" + _TOKEN
                      + r")(?![\w-])", re.IGNORECASE)
# "the 6207s should be ZZ (shielded), not 2RS", "should read BK not WH": a variant named in letters alone, which
# _REPLACE (a digit and a letter each side) leaves; "should be" says it is the goods, not a count, that change.
_SHOULD_BE = re.compile(r"\bshould\s+(?:be|read)\s+(?:the\s+)?(?P<new>[\w./\"'-]+)(?:\s*\([^)]*\))?\s*,?\s+"
                        r"(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?(?P<old>[\w./\"'-]+)", re.IGNORECASE)
# A size swapped for another on every line of it, the sizes said in the plural as the trade says them: "make the
# 3.6s 4.8s", "change the 5x50s to 5x60s", "swap the 12oz for 16oz".
_MAKE_THE = re.compile(r"\b(?:make|change|swap|switch)\s+(?:all\s+)?(?:the|those|these)\s+(?P<old>" + _TOKEN + r")\s+"
                       r"(?:(?:to|into|for|with)\s+)?(?:the\s+)?(?P<new>" + _TOKEN + r")(?![\w-])", re.IGNORECASE)
_PLURAL_SIZE = re.compile(r"(?<=\d)'?s$")
# Saying the new quantity: "make that 4", "change the gloves to 6", "increase ... to 12", "son 30", "bitte 30".
_NEW_MARK = re.compile(r"\b(?:make\s+(?:that|it|them|those)|change\w*|increase\w*|decrease\w*|reduce\w*|bump\w*|up|"
                       r"raise|lower|cambi\w*|modifi\w*|[äa]nder\w*|korrig\w*|corrig\w*|son|sind|es|ser[áa]n?|"
                       r"passer|mettre|"
                       # "porta a 6", "alterar para 6", "wijzig naar 6", "ändra till 6", "ændr til 6", "endre til 6",
                       # "muuta 6:een", "zmień na 6", "změňte na 6"; "skal være 6", "ska vara 6", "moet 6 zijn"
                       r"porta(?:re|te)?|alter[ae]\w*|mud[ae]\w*|wijzig\w*|verander\w*|ändra\w*|ændr\w*|endr\w*"
                       r"|muuta\w*|zmie[nń]\w*|zm[ěe][nň]\w*|skal\s+v[æa]re|ska\s+vara|skal\s+bruge|trenger|moet)\b",
                       re.IGNORECASE)
# The word before the new count: "change X to 6", "auf 6", "à 6", "a 6", "para 6", "naar 6", "till 6", "til 6", "na 6".
_TO_COUNT = r"\b(?:to|auf|à|a|para|naar|till|til|na)\s+(\d+)\b"
# "the rest is fine", "Der Rest bleibt unverändert", "lo demás igual", "le reste sans changement".
_REST_SAME = re.compile(r"\b(?:rest\s+(?:is|as|stands|stays|remains)|everything\s+else|otherwise|der\s+rest|"
                        r"alles\s+andere|lo\s+dem[áa]s|el\s+resto|le\s+reste|tout\s+le\s+reste"
                        # "Inhalt bleibt gleich", "contenu inchangé", "contenuto invariato", "order unchanged"
                        r"|(?:inhalt|bestellung|positionen)\s+bleib(?:t|en)\s+(?:gleich|unver[äa]ndert)"
                        r"|contenu\s+inchang[ée]|contenuto\s+invariato|contenido\s+sin\s+cambios"
                        r"|(?:contents?|order|lines|items)\s+(?:is\s+|are\s+|stays?\s+|remains?\s+)?unchanged"
                        # "il resto invariato", "o resto igual", "de rest blijft", "resten som före/før/bestilt",
                        # "muuten ennallaan", "reszta bez zmian", "zbytek beze změny"
                        r"|il\s+resto|(?:o|do)\s+resto|de\s+rest|resten|muuten|muut\s+ennallaan|reszta|pozosta[łl]e\s+bez"
                        r"|zbytek|ostatn[íi]\s+beze)\b",
                        re.IGNORECASE)
# A reply saying it corrects something of the order below ("Sorry, the PO number is wrong", "Richtig ist ...").
CORRECTING = re.compile(r"\b(?:sorry|wrong|incorrect|correct(?:ion|ed)?|mistake|typo|should\s+(?:be|read)|falsch"
                        r"|richtig|korrektur|korrigiert|fehler|erreur|corrig\w*|error|err[óo]ne[oa]|equivoc\w*|sbagliat\w*"
                        r"|corrett\w*|desculp\w*|erro|errad\w*|fout|verkeerd|correctie|f[öo]rl[åa]t|ursäkta|fel|r[äa]ttelse"
                        r"|undskyld|fejl|rettelse|beklager|feil|anteeksi|virhe|korjaus|przepraszam|b[łl][ąa]d|pomy[łl]k\w*"
                        r"|korekt\w*|poprawk\w*|omlouv\w*|chyb\w*|oprav\w*|[šs]patn[ěe])\b", re.IGNORECASE)
_NEW_ORDER = re.compile(r"\b(?:new\s+order|another\s+order|neue\s+bestellung|nouvelle\s+commande|nuevo\s+pedido"
                        r"|nuovo\s+ordine|nova\s+encomenda|novo\s+pedido|nieuwe\s+bestelling|ny\s+best[äa]llning"
                        r"|ny\s+(?:ordre|bestilling)|uusi\s+tilaus|nowe\s+zam[óo]wienie|nov[áa]\s+objedn[áa]vka)\b",
                        re.IGNORECASE)
# Accepting the quote or offer below: "go ahead with the quote below", "please process per your quote", "quote
# FQ-12 approved", "yes please process the below as our order", "wir nehmen Ihr Angebot an".
_ACCEPTS_QUOTE = re.compile(
    r"\b(?:go\s+ahead|proceed|process|book|enter|place|order|accept\w*|approv\w*)\b[^.!?\n]{0,30}?"
    r"\b(?:quote|quotation|offer|proposal|pricing|angebot|devis|offre|cotizaci[óo]n|presupuesto)\b"
    r"|\b(?:quote|quotation|offer|angebot)\s+(?:[\w-]*\d[\w-]*\s+)?(?:is\s+)?(?:accepted|approved|confirmed)\b"
    r"|\b(?:process|enter|book|place|take)\b[^.!?\n]{0,20}?\bbelow\s+as\s+(?:our|an|the|my)\s+order\b",
    re.IGNORECASE)
# Not yet accepting: "we'll review the quote below", "can you sharpen the pricing", "not ready to confirm".
_NOT_YET = re.compile(r"\b(?:not\s+(?:yet|ready)|review|revis\w*|sharpen|better\s+pric\w*|hold\s+off|wait|"
                      r"won'?t|will\s+not|can'?t|cannot|don'?t|do\s+not|declin\w*|reject\w*|if|before|once|when)\b",
                      re.IGNORECASE)
# (a capital of any of our languages opens the next sentence: "... i stedet for 4. Låsene udgår")
_SENTENCE = re.compile(r"(?<=[^\W_)\]])[.!?;]+(?:\s+(?=[¿¡]?[A-ZÀ-ÖØ-ÞĄĆČĎĘŁŃŇŘŚŠŤŹŻŽ][^\W\d_])|\s*$)|\n")
# "please cancel the 11x17 paper (line 3) and add 10 cs of ...": two corrections in one sentence.
# ("same as last week but add 2 cs of ...": "but" opens the change too)
_ACTION_SPLIT = re.compile(r"\s*(?:,|\band\b|\bbut\b|\bund\b|\bet\b|\by\b|\baber\b|\bmais\b|\bpero\b|\be\b|\bma\b"
                           r"|\bmas\b|\ben\b|\bmaar\b|\boch\b|\bog\b|\bmen\b|\bja\b|\bmutta\b|\bale\b)\s+"
                           r"(?=(?:please\s+|also\s+|bitte\s+|(?:can|could)\s+you\s+(?:please\s+|also\s+)?)?"
                           r"(?:add|drop|remove|"
                           r"cancel|delete|change|make|increase|reduce|ajout|añad|agreg|streich|stornier|supprim|annul"
                           r"|cancel|elimin|aggiung|togli|acrescent|tir|verwijder|schrap|stryk|ta\s+bort|fjern|tilf[øo]j"
                           r"|l[äa]gg\s+till|legg\s+til|poista|lis[äa][äa]|dodaj|usu[ńn]|p[řr]idej|zru[šs])\w*\b)",
                           re.IGNORECASE)
_STOP = {"the", "of", "a", "an", "to", "and", "that", "it", "not", "make", "change", "please", "pls", "cases", "case",
         "boxes", "box", "cs", "bx", "de", "des", "la", "le", "les", "el", "los", "las", "der", "die", "das", "bitte",
         "von", "statt", "no", "son", "instead", "order", "our", "we", "need", "us", "also", "line", "item", "pos",
         "drop", "remove", "cancel", "delete", "add", "for", "on", "in", "with", "du", "del", "y", "und", "et",
         "too", "just", "only", "them", "those", "these", "one", "ones"}


@dataclass(frozen=True)
class Correction:
    """One correction sentence: what it changes, and the text it says it in."""

    text: str
    action: str  # quantity | more | remove | add | replace | rest
    quantity: Decimal | None = None
    old_quantity: Decimal | None = None
    unit: str | None = None
    line_number: int | None = None
    # what a "replace" puts in the description in place of what it was ("5000K" for "4000K")
    new_words: str | None = None
    old_words: str | None = None
    # "make the 3.6s 4.8s": every line of the old size, not one
    every: bool = False


def is_new_order(text: str) -> bool:
    """The newest text says it is a new order, not a change to the one quoted ("new order below")."""
    return bool(_NEW_ORDER.search(text))


def accepts_quoted(text: str) -> bool:
    """The newest text accepts the quote quoted below it as the order ("go ahead with the quote below"), in a
    sentence that does not hold the acceptance back ("we will review the quote below", "if you can sharpen
    the pricing, go ahead")."""
    for sentence in _SENTENCE.split(text):
        found = _ACCEPTS_QUOTE.search(sentence or "")
        if found and not _NOT_YET.search(sentence):
            return True
    return False


# Ordering again what the quoted order held: "same again as the order below", "please repeat the order below",
# "same as last time", "gleiche Bestellung wie unten", "même commande que ci-dessous", "mismo pedido que abajo".
_REPEATS_QUOTED = re.compile(
    r"\bsame\s+again\b|\bsame\s+(?:order\s+)?as\s+(?:the\s+)?(?:order\s+|one\s+)?below\b"
    r"|\brepeat\s+(?:the\s+|this\s+|our\s+|my\s+)?(?:order|last\s+order|previous\s+order)(?:\s+below)?\b"
    r"|\b(?:gleiche|selbe|dieselbe)\s+Bestellung\s+wie\s+unten\b|\bwie\s+unten\s+nochmal\b"
    r"|\bm[êe]me\s+commande\s+que\s+ci-?dessous\b|\bmismo\s+pedido\s+que\s+(?:abajo|el\s+de\s+abajo)\b"
    # "same as last time", and in our other languages "the same as last time / last week / before / below"
    r"|\bsame\s+(?:order\s+)?as\s+(?:last\s+(?:time|week|order)|previous(?:ly)?|the\s+last\s+one)\b"
    r"|\b(?:het)?zelfde\s+als\s+(?:vorige\s+(?:keer|week|bestelling)|de\s+vorige|hieronder|eerder)\b"
    r"|\b(?:das\s+)?gleiche\s+wie\s+(?:letztes\s+mal|letzte\s+woche|beim\s+letzten\s+mal|unten)\b"
    r"|\bwie\s+letztes\s+mal\b|\bcomme\s+la\s+derni[èe]re\s+fois\b"
    r"|\bm[êe]me\s+(?:chose|commande)\s+que\s+(?:la\s+derni[èe]re\s+fois|la\s+semaine\s+derni[èe]re)\b"
    r"|\b(?:lo\s+mismo|igual)\s+que\s+(?:la\s+[úu]ltima\s+vez|la\s+semana\s+pasada|el\s+[úu]ltimo\s+pedido)\b"
    r"|\bcome\s+l'?\s*ultima\s+volta\b|\b(?:lo\s+)?stesso\s+(?:ordine\s+)?(?:della|dell'|di)\s*"
    r"(?:ultima\s+volta|settimana\s+scorsa)\b"
    r"|\b(?:o\s+)?mesmo\s+(?:pedido\s+|que\s+|da\s+)?(?:a\s+|da\s+)?(?:[úu]ltima\s+vez|semana\s+passada)\b"
    r"|\bigual\s+(?:[àa]|ao?)\s+(?:[úu]ltima|anterior)\b"
    r"|\bsamma\s+som\s+(?:f[öo]rra\s+(?:g[åa]ngen|veckan)|senast|nedan)\b"
    r"|\b(?:det\s+)?samme\s+som\s+(?:sidst|sidste\s+(?:gang|uge)|sist|forrige\s+(?:gang|uke)|nedenfor)\b"
    r"|\bsama\s+kuin\s+(?:viimeksi|edellisell[äa]\s+kerralla|alla)\b"
    r"|\bto\s+samo\s+co\s+(?:ostatnio|poprzednio|ostatnim\s+razem)\b|\btak\s+jak\s+ostatnio\b"
    r"|\bto\s+sam[ée]\s+co\s+(?:minule|naposledy)\b|\bstejn[ěe]\s+jako\s+minule\b",
    re.IGNORECASE)


def repeats_quoted(text: str) -> bool:
    """The newest text orders again what the order quoted below it held ("same again as the order below, plus
    2 boxes of gloves"), in a sentence that does not hold it back ("if you can, same again")."""
    for sentence in _SENTENCE.split(text):
        if _REPEATS_QUOTED.search(sentence or "") and not _NOT_REPEATED.search(sentence):
            return True
    return False


# (Narrower than _NOT_YET: "deliver to Leeds as before" in the same sentence holds nothing back.)
_NOT_REPEATED = re.compile(r"\b(?:if|not\s+yet|hold\s+off|wait|won'?t|will\s+not|don'?t|do\s+not|cancel\w*|instead"
                           r"|rather\s+than)\b", re.IGNORECASE)


# "Please go ahead with items 1 and 3 only", "we'll take lines 2, 4 and 5": accepting some lines of what is quoted.
_ACCEPTS_ITEMS = re.compile(r"\b(?:go\s+ahead|proceed|order|take|process|book|enter)\s+(?:with\s+)?(?:only\s+)?"
                            r"(?:the\s+)?(?:items?|lines?|pos(?:itions?)?\.?)\s+#?(?P<n>\d{1,2}(?:\s*(?:,|and|&|\+)"
                            r"\s*#?\d{1,2})*)\b", re.IGNORECASE)


def accepted_items(text: str) -> list[int]:
    """The numbers of the quoted lines the newest text accepts ("go ahead with items 1 and 3 only"): [] when it
    names none, or holds the acceptance back ("we may go ahead with items 1 and 3 if ...")."""
    for sentence in _SENTENCE.split(text):
        found = _ACCEPTS_ITEMS.search(sentence or "")
        if found and not _NOT_YET.search(sentence[:found.start()] + sentence[found.end():]):
            return [int(n) for n in re.findall(r"\d+", found["n"])]
    return []


# The count a correction replaces, in words: "make that FOUR reels, not two" (a count before goods is turned
# into digits already; the one after "not" stands alone).
_OLD_COUNT_IN_WORDS = re.compile(r"\b(not|instead\s+of|rather\s+than|nicht|pas|no|en\s+lugar\s+de|non|n[ãa]o|niet"
                                 r"|inte|ikke|nie|zamiast|m[íi]sto)\s+([^\W\d_]+)\b",
                                 re.IGNORECASE)


def find_corrections(text: str) -> list[Correction]:
    """The correction sentences of a reply's newest text."""
    out = []
    digits = _OLD_COUNT_IN_WORDS.sub(lambda m: f"{m[1]} {number_word(m[2])}" if number_word(m[2]) else m[0],
                                     as_digits(text).text.replace(VAGUE_MARK, ""))
    sentences = _SENTENCE.split(digits)
    parts = (part for whole in sentences for part in _ACTION_SPLIT.split(whole or ""))
    for sentence in (clause for part in parts for clause in _two_counts_corrected(part)):
        sentence = sentence.strip()
        if not sentence:
            continue
        found = _correction(sentence)
        if found is not None:
            out.append(found)
    return out


# Where a sentence correcting two counts turns to its second ("25 pairs of tyres (not 40), and the pads 6 boxes
# instead of 4"): a comma or an "and" between them.
_CLAUSE_BREAK = re.compile(r",\s*(?:(?:and|og|och|en|e|und|et|y|i|a|ja)\s+)?|\s(?:and|og|och|en|und|et|y|ja)\s")


def _two_counts_corrected(sentence: str) -> list[str]:
    """The sentence, or its two clauses when it names two counts replaced ("not 40", "instead of 4")."""
    olds = list(_OLD.finditer(sentence))
    if len(olds) < 2:
        return [sentence]
    breaks = [m for m in _CLAUSE_BREAK.finditer(sentence, olds[0].end(), olds[1].start())]
    if not breaks:
        return [sentence]
    cut = breaks[0]
    return [sentence[:cut.start()], *_two_counts_corrected(sentence[cut.end():])]


# A number after an order's label is the order's, never a count: "Ændring til PO 50011873: ...".
_ORDER_NUMBER = re.compile(r"(?:\bP\.?O\.?|\border|\bordre|\bbestilling|\bbestellung|\bordine|\bpedido|\bcommande|#"
                           r"|\bnr\.?|\bno\.)\s*[:#]?\s*$", re.IGNORECASE)


def _correction(sentence: str) -> Correction | None:
    target = _TARGET_NUMBER.search(sentence)
    line_number = int(target.group(1)) if target else None
    rest = sentence if target is None else sentence[:target.start()] + " " + sentence[target.end():]
    more = _MORE.search(rest)
    if more and not _OLD.search(rest):
        # (A line that is more of one ordered: its count grows; with the total said, to that total.)
        total = _TOTAL.search(rest[more.end():])
        if total is not None:
            return Correction(sentence, "quantity", quantity=Decimal(total["n"]), line_number=line_number)
        return Correction(sentence, "more", quantity=Decimal(more["n"]), line_number=line_number)
    if _ADD.match(sentence):
        return Correction(sentence, "add")
    if _REMOVE.search(rest) and not _OLD.search(rest) and not re.search(r"\bto\s+\d", rest):
        return Correction(sentence, "remove", line_number=line_number)
    sizes = _MAKE_THE.search(rest)
    if sizes:
        old_words, new_words = (_PLURAL_SIZE.sub("", sizes[g].strip(".,")) for g in ("old", "new"))
        return Correction(sentence, "replace", line_number=line_number, new_words=new_words, old_words=old_words,
                          every=_PLURAL_SIZE.search(sizes["old"].strip(".,")) is not None)
    swap = _REPLACE.search(rest) or _SHOULD_BE.search(rest)
    if swap:
        return Correction(sentence, "replace", line_number=line_number, new_words=swap["new"].strip(".,"),
                          old_words=swap["old"].strip(".,"))
    old = _OLD.search(rest)
    # "make the #60 chain 4 boxes": a number after the number sign is a size, never the count
    numbers = [m for m in re.finditer(r"(?<![\w.,/#-])(\d+)(?![\w/-]|[.,]\d)", rest)
               if not (old and m.start() >= old.start("n") and m.end() <= old.end("n"))
               and not _ORDER_NUMBER.search(rest, 0, m.start())]
    if numbers and (old is not None or _NEW_MARK.search(rest) or line_number is not None):
        to = re.search(_TO_COUNT, rest, re.IGNORECASE)
        # "make the cups 3 cases this time": the goods named, then their new count
        made = re.search(r"\bmake\s+(?:the|those|these|our)\s+[^\d\n]{2,40}?\s(\d+)\b", rest, re.IGNORECASE)
        if old is None and line_number is None and to is None and made is None:
            return None
        to = to or made
        # "change the 12oz cups to 6 cases": the new quantity is the number after "to", else the first one
        # ("kedjor 11 växlar: 12 st (inte 6)": a number with a unit of count after it is the count, before a number
        # that is part of the goods' name)
        counted = [m for m in numbers if (u := re.match(r"\s*([^\W\d_]+)", rest[m.end():])) is not None
                   and normalise_unit(u.group(1)) not in (None, *MEASURE_UNITS)]
        chosen = to if to else (counted[0] if counted and old is not None else numbers[0])
        value = Decimal(chosen.group(1))
        after = rest[chosen.end():].split()
        unit = normalise_unit(after[0].strip(".,")) if after else None
        return Correction(sentence, "quantity", quantity=value,
                          old_quantity=Decimal(old.group("n")) if old else None, unit=unit, line_number=line_number)
    if _REST_SAME.search(sentence):
        return Correction(sentence, "rest")
    return None


# A word's inflected endings in our languages ("kedjor"/"kedja", "hesjes"/"hesje", "bromsvajrar"), taken off so that
# a correction's plural names the line's singular.
_ENDING = re.compile(r"(?<=[^\W\d]{4})(?:arna|orna|erna|ene|ena|ar|or|er|en|es|et|ów|ek|s|a|e|i|o|y|ů)$")


def _words(text: str | None) -> set[str]:
    # (a plural is its word: "drop the 9 speed chains" is about "Chain 9-speed")
    return {_ENDING.sub("", w) for w in re.findall(r"[^\W_]+", (text or "").lower())
            if w not in _STOP and not w.isdigit() and normalise_unit(w) is None} \
        | {w for w in re.findall(r"\d+x\d+|\d+\s?oz|\d+ply", (text or "").lower())}


def _overlap(said: set[str], line: set[str]) -> int:
    """How many of the correction's words the line holds: the same word, or one with the same long stem
    ("bromsvajr" / "bromsvaj")."""
    return sum(1 for w in said if w in line or (len(w) >= 6 and any(len(v) >= 6 and (v.startswith(w[:6]))
                                                                    for v in line)))


def _words_pattern(words: str) -> str:
    """The words as the line may write them: a size may carry its unit ("3.6" of "C24 3.6m")."""
    unit = r"(?:[a-z]{1,2})?" if re.fullmatch(r"[\d.x]+", words) else ""
    return r"(?<![\w.-])" + re.escape(words) + r"(?=" + unit + r"(?![\w-]))"


def _says(line: ExtractedLine, words: str | None) -> bool:
    return bool(words and re.search(_words_pattern(words), line.description or "", re.IGNORECASE)) \
        or _in_code(line, words)


def _in_code(line: ExtractedLine, words: str | None) -> bool:
    """The words are one part of the line's code ("2RS" in "6207-2RS"): the variant the code names."""
    parts = re.split(r"[-/ ]", line.item_code or "")
    return bool(words) and len(parts) > 1 and (words or "").upper() in (p.upper() for p in parts[1:])


def _replaced(line: ExtractedLine, correction: Correction) -> ExtractedLine | None:
    """The line with the correction's new words in place of its old ones ("22mm" for "15mm"); None when the line
    was read with an item code, which would still name the old goods."""
    if not _says(line, correction.old_words) or correction.new_words is None:
        return None
    pattern = _words_pattern(correction.old_words or "")
    code = line.item_code
    if code and not _in_code(line, correction.old_words):
        return None  # the code would still name the old goods
    if code:
        # "6207-2RS" made "6207-ZZ": the variant is the code's last part(s), changed as the description is
        code = re.sub(r"(?<=[-/ ])" + re.escape(correction.old_words or "") + r"(?![^-/ ])",
                      correction.new_words.upper() if code.isupper() else correction.new_words, code,
                      count=1, flags=re.IGNORECASE)
    description = re.sub(pattern, correction.new_words, line.description or "", count=1, flags=re.IGNORECASE)
    return replace(line, item_code=code, description=description or None,
                   raw_text=f"{line.raw_text} -> {correction.text}")


def _target(lines: list[ExtractedLine], correction: Correction, numbered: bool) -> int | None:
    """The index of the line a correction is about, or None when it cannot be told for certain."""
    if correction.action == "replace" and correction.line_number is None:
        # "the clips should be 22mm not 15mm": the one line saying the old words, else the words name it
        saying = [i for i, line in enumerate(lines) if _says(line, correction.old_words)]
        if len(saying) == 1:
            return saying[0]
    if correction.line_number is not None:
        if not numbered:
            return None  # a line of the quoted order was not read: "line 3" may not be our third
        n = correction.line_number - 1
        return n if 0 <= n < len(lines) else None
    # "the red pens (AB-12)": a code the correction names is its line's, when exactly one line has it
    named = [i for i, line in enumerate(lines) if line.item_code
             and re.search(r"(?<![\w-])" + re.escape(line.item_code) + r"(?![\w-])", correction.text, re.IGNORECASE)]
    if len(named) == 1:
        return named[0]
    candidates = list(range(len(lines)))
    if correction.old_quantity is not None:
        candidates = [i for i in candidates if lines[i].quantity == correction.old_quantity]
    said = _words(correction.text)
    scored = sorted(((_overlap(said, _words(lines[i].raw_text)), i) for i in candidates), reverse=True)
    if not scored:
        return None
    if len(scored) == 1 and correction.old_quantity is not None:
        return scored[0][1]
    best = scored[0]
    if best[0] == 0 or (len(scored) > 1 and scored[1][0] == best[0]):
        return None
    return best[1]


def apply_corrections(lines: list[ExtractedLine], corrections: list[Correction],
                      read_line: Callable[[str], ExtractedLine | None],
                      numbered: bool = True) -> tuple[list[ExtractedLine], list[str]]:
    """The quoted order's lines with the corrections applied, and the corrections that could not be.
    `numbered`: whether every line of the quoted order was read, so that "line 3" is our third line."""
    out: list[ExtractedLine | None] = list(lines)
    added: list[ExtractedLine] = []
    unresolved: list[str] = []
    for correction in corrections:
        if correction.action == "rest":
            continue
        if correction.action == "add":
            line = read_line(_ADD.sub("", correction.text, count=1))
            if line is None:
                unresolved.append(correction.text)
            else:
                added.append(line)
            continue
        live = [line for line in out if line is not None]
        if correction.action == "replace" and correction.every and correction.line_number is None:
            changed_all = [(out.index(line), _replaced(line, correction)) for line in live
                           if _says(line, correction.old_words)]
            if not changed_all or any(changed is None for _, changed in changed_all):
                unresolved.append(correction.text)
                continue
            for position, changed in changed_all:
                out[position] = changed
            continue
        index = _target(live, correction, numbered and len(live) == len(lines))
        if index is None and correction.action == "more":
            # "add 2 more boxes of gloves" where no line of the order is gloves: a line of its own, as "add" is.
            line = read_line(_ADD.sub("", correction.text, count=1))
            if line is None:
                unresolved.append(correction.text)
            else:
                added.append(line)
            continue
        if index is None:
            unresolved.append(correction.text)
            continue
        position = out.index(live[index])
        if correction.action == "remove":
            out[position] = None
        elif correction.action == "more":
            current = live[index]
            if current.quantity is None or correction.quantity is None:
                unresolved.append(correction.text)
                continue
            out[position] = replace(current, quantity=current.quantity + correction.quantity,
                                    raw_text=f"{current.raw_text} -> {correction.text}")
        elif correction.action == "replace":
            changed = _replaced(live[index], correction)
            if changed is None:
                unresolved.append(correction.text)
            else:
                out[position] = changed
        else:
            current = live[index]
            out[position] = replace(current, quantity=correction.quantity,
                                    uom=correction.unit or current.uom,
                                    raw_text=f"{current.raw_text} -> {correction.text}")
    return [line for line in out if line is not None] + added, unresolved
