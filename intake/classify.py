"""Recognising mail that is not an order (delivery reports, auto-replies, calendar invites,
newsletters), mail a machine sent, and order wording: the one owner of each of these rules.

Conservative on purpose: a message is only set aside when its own headers or structure say what it
is, and a message that carries order wording or an order-like attachment is never set aside on a
weak signal (a real order sent through a mailing list still has List-Id and List-Unsubscribe).
`automated_sender` is read at intake and stored on the message: the acknowledgement never answers a
machine.

Order wording is two rules, on purpose, both kept here: `names_an_order` (a PO or order number, "purchase
order") is strong enough to keep a machine-sent or mailing-list message from being set aside at intake,
where "your order has been received" from a shop must still be set aside; `asks_for_goods` is the weaker
wording of a buyer asking in prose ("we need", "please send", "could you send", "we would like to order
today"), which is what processing asks of a prose order without a PO number or item codes. Two more
serve the message that yields no order line: `coded_quantity_lines` (lines giving an item code beside
a quantity) makes it look like an order, and `other_business` (a status question, a return, a
cancellation, a request for a quote, goods arrived, "no order today") says it is about something
else, so it may be closed. `asks_about_status` is the buyer's question where an order stands ("has PO 4471
shipped?"), in four languages, which orchestration/status_questions.py answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from models.schemas import Part

_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheitsnotiz|automatische antwort|"
    r"r[ée]ponse automatique|respuesta autom[aá]tica|risposta automatica)\b",
    re.IGNORECASE,
)
# Words that name an order: a PO or order number ("PO 4711", "P.O. #: 12", "Order No."), "purchase order",
# and the order words of German, Spanish, French, Italian, Dutch and Portuguese buyers.
_NAMES_AN_ORDER = re.compile(
    r"\b(purchase\s+order|p\.?\s?o\.?\s*(#|no\b\.?|nr\b\.?|number)?\s*:?\s*[A-Z]*-?\d|order\s*(no\b\.?|nr\b\.?|number|#)|"
    r"bestellung|pedido|bon de commande|commande|ordine|bestelling|bestelbon|inkooporder|encomenda|"
    # Polish, Czech, Slovak, Swedish, Norwegian, Danish and Finnish
    r"zam[óo]wieni[ea]|objedn[áa]vk[auy]|ink[öo]psorder|best[äa]llning|bestilling|innkj[øo]psordre|"
    r"indk[øo]bsordre|ostotilaus|tilaus|"
    # Turkish, Greek, Hungarian, Romanian, Slovenian and Croatian, Lithuanian, Latvian, Estonian
    r"sipari[şs]|παραγγελ[ίι]\w*|megrendel[ée]s|comand[aă]|naro[čc]ilnic\w*|narud[žz]b\w*|u[žz]sakym\w*|"
    r"pas[ūu]t[īi]jum\w*|tellimus\w*)",
    re.IGNORECASE,
)
# How buyers ask for goods in prose: weaker, and also what a shop's notices and newsletters say.
_ASKS_FOR_GOODS = re.compile(r"\b(order|purchase|p\.?o\.?|bestellung|pedido|commande|ordine|ordinare|bestelling|"
                             r"bestellen|graag\s+(leveren|ontvangen)|encomenda|re-?order|need\s+(the\s+following|these)|"
                             # Polish, Czech, Swedish: "zamawiam", "objednávám", "vi beställer"
                             r"zamawiam|zam[óo]wienie|objedn[áa]v[áa]m|objedn[áa]vk[auy]|best[äa]ller|best[äa]llning|"
                             # Danish, Norwegian and Finnish: "bestiller hermed", "Indkøbsordre", "tilaa seuraavat"
                             r"bestiller|bestilling|indk[øo]bsordre|innkj[øo]psordre|tilaa|tilaamme|tilaus\w*|"
                             r"(please|pls|plz) (send|ship|deliver)|"  # "pls send": the short forms say the same
                             r"we need|quote|(could|can) you (please )?(send|ship|deliver|put together)|"
                             # "can I get 2 x 100m of ...", "can u chuck 3 rolls of ... on the truck": a buyer
                             # asking for goods in their own words
                             r"(could|can) (i|u) (please |pls )?(get|grab|chuck)|"
                             r"(could|can) (u|ya) (please |pls )?(send|ship|deliver|drop)|"
                             r"(we are|we're) running low|"
                             # "Could you do 4 Canadian lobsters for Saturday?", "can you do us 2 cases": a count asked
                             r"(could|can|would)\s+you\s+do\s+(me\s+|us\s+)?\d|"
                             # "hi lads need half a dozen lengths of ...": a need with its count
                             r"need\s+(\d|a\s+(couple|few|dozen)|half\s+a\s+dozen|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|twelve)|"
                             # French, German, Spanish, Italian, Dutch: "merci de nous livrer", "bitte liefern Sie",
                             # "favor de enviar", "vi preghiamo di inviare", "kunnen jullie leveren"
                             r"(merci|veuillez|pri[èe]re)\s+de\s+(nous\s+)?(livrer|envoyer|exp[ée]dier|faire\s+parvenir|"
                             r"fournir)|nous\s+avons\s+besoin|il\s+nous\s+faut|"
                             r"bitte\s+(liefern|senden|schicken)|wir\s+(brauchen|ben[öo]tigen)|"
                             r"(por\s+favor|favor\s+de)\s+(enviar|env[ií]en|mandar|suministrar)|necesitamos|"
                             r"(vi\s+preghiamo\s+di|si\s+prega\s+di)\s+(inviare|spedire|fornire)|ci\s+servono|"
                             r"abbiamo\s+bisogno|kunnen\s+(jullie|u)\s+[^.\n]{0,40}(leveren|sturen)|"
                             # a need in the first person: "Mi servirebbero:", "ho bisogno di", "ich brauche",
                             # "j'ai besoin de", "il me faut", "necesito", "preciso de", "precisamos"
                             r"(mi|ci)\s+serv(e|ono|irebbe|irebbero)|(mi|ci)\s+occorr\w+|(ho|avrei|avremmo)\s+bisogno|"
                             r"ich\s+(brauche|ben[öo]tige)|j'ai\s+besoin|il\s+me\s+faut|necesito|nos\s+hace\s+falta|"
                             r"me\s+hace\s+falta|precis(o|amos)\s+de|necessit(o|amos)\s+de|"
                             # Turkish, Hungarian, Romanian, the Slavic and Baltic languages: "sipariş ediyoruz",
                             # "megrendeljük", "comandăm", "naročamo", "naručujemo", "užsakome", "pasūtām", "tellime"
                             r"sipari[şs]|megrendel\w*|comand[aă]m|naro[čc]amo|naru[čc]ujemo|u[žz]sakome|pas[ūu]t[āa]m|"
                             r"tellime|"
                             # "Need for lot 14:": a note opening with "need", its "we" dropped
                             r"(?m:^\s*need(?!\s+to\b)))\b", re.IGNORECASE)
# A message that says in so many words that it is not an order ("NOT an order yet - just need pricing").
_SAYS_NOT_AN_ORDER = re.compile(
    r"\b(no\s+(new\s+)?orders?\s+(today|this\s+(time|week))|(is|this is) not (yet )?an order|not an order yet|"
    # "Not ordering yet - I need numbers", "we are not placing an order today"
    r"not\s+(ordering|placing\s+(an\s+|the\s+)?order)\s+(yet|today|now|at\s+this\s+(time|point))|"
    # "This is a request for pricing only", "for budget purposes only", "quote only, please"
    r"(request\s+for\s+)?(pricing|prices|a\s+quote|quote|quotation|budget(ary)?(\s+(pricing|purposes))?)\s+only|"
    r"(noch )?keine bestellung|"
    r"(ce )?n'est pas (encore )?une commande|(todav[ií]a\s+|a[úu]n\s+)?no es (todav[ií]a )?un pedido|"
    # "Nous ne passons pas encore commande", "Dette er IKKE en bestilling", "(ikke ordre)", "dit is geen bestelling",
    # "non è un ordine", "não é um pedido", "to nie jest zamówienie", "nejedná se o objednávku", "ei ole tilaus"
    r"ne\s+passons\s+pas\s+(encore\s+)?(de\s+)?commande|pas\s+encore\s+de\s+commande|"
    r"(er\s+|is\s+|ikke\s+en\s+|inte\s+en\s+)?ikke\s+(en\s+)?(bestilling|ordre)|inte\s+en\s+best[äa]llning|"
    r"(nog\s+)?geen\s+bestelling|non\s+[èe]\s+(ancora\s+)?un\s+ordine|n[ãa]o\s+[ée]\s+(ainda\s+)?(um\s+)?pedido|"
    r"nie\s+jest\s+zam[óo]wieniem|to\s+nie\s+jest\s+zam[óo]wienie|nejedn[áa]\s+se\s+o\s+objedn[áa]vku|"
    r"nen[íi]\s+objedn[áa]vka|ei\s+ole\s+tilaus)\b", re.IGNORECASE)


def says_it_is_not_an_order(text: str) -> bool:
    """Whether the text says outright that it is not an order."""
    return _SAYS_NOT_AN_ORDER.search(text) is not None


# What a buyer writes about when the mail is not an order even though it names a PO and items: each
# phrase is tight on purpose (a real order says "please send tracking" or "cancel line 3" too), and what
# it says is the sentence the closed message keeps.
_OTHER_BUSINESS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("it asks about an order already placed", re.compile(
        r"\b(status\s+of\s+((the|our|my)\s+)?(p\.?\s?o\.?|order)|where\s+is\s+((the|our|my)\s+)?"
        r"(p\.?\s?o\.?|order|shipment|delivery)|nothing\s+has\s+arrived|(has|have)\s*(n't|\s+not)\s+(yet\s+)?"
        r"(arrived|been\s+delivered)|wo\s+bleibt|o[uù]\s+en\s+est"
        # "Has PO 26-1402 shipped yet?", "has our order shipped", "when can we expect our delivery"
        r"|(has|have)\s+(((the|our|my)\s+)?(p\.?\s?o\.?|order)\s+[\w-]*\d[\w-]*|it|they|(the|our|my)\s+order)\s+"
        r"(already\s+)?(shipped|gone\s+out|left)"
        r"|when\s+(will|can)\s+(we|i)\s+expect\s+(the|our|my)\s+(order|delivery|shipment)"
        # "Any update on this one? Haven't seen a ship confirmation": a chaser for an order already sent
        r"|any\s+update\s+on\s+(this|that|it|the|our|my)\b(\s+(one|order|po|p\.o\.))?\s*[?.!]"
        r"|(have|has)(n't|\s+not)\s+(yet\s+)?(seen|received|gotten|had)\s+(a|any|the)\s+"
        r"(ship(ping)?|shipment|dispatch|delivery)\s+(confirmation|notice|notification))", re.IGNORECASE)),
    ("it is about goods received (a return, credit or complaint)", re.compile(
        r"\b(rma|return\s+(them|it|both|these|those|the\s+\w+)|for\s+(a\s+)?credit(?!\s+(card|check|limit|terms))|issue\s+a\s+credit|"
        r"wrong\s+(item|items|size|product)|received\s+the\s+wrong|arrived\s+damaged|reklamation|gutschrift|"
        # a complaint about what came: "the pens delivered are red, not the blue ones we ordered",
        # "arrange a pickup of the red ones"

        r"not\s+the\s+[\w\s/-]{0,40}\s+we\s+ordered|(arrange|schedule)\s+(a\s+)?pick-?up\s+of"
        # "I need the bent ones replaced on your next run at no charge"
        r"|replace\w*\b[^.!?\n]{0,60}\b(at\s+no\s+charge|free\s+of\s+charge|no\s+cost\s+to\s+us)"
        # the same in our buyers' other languages: a complaint, goods that came damaged, a credit note asked for
        r"|reclamo|reclamaci[óo]n|reclama[çc][ãa]o|r[ée]clamation|klacht|reklamation|reklamasjon|reklamaatio"
        r"|reklamacja|reklamace|nota\s+di\s+credito|nota\s+de\s+cr[ée]dito|note\s+de\s+cr[ée]dit|creditnota|kreditnota"
        r"|kreditfaktura|hyvityslasku|faktura\s+koryguj[ąa]ca|dobropis"
        r"|(arrivat[oiae]|giunt[oiae]|llegaron|lleg[óo]|chegaram|chegou|arriv[ée]e?s?|aangekomen|geliefert|kom|kam)\s+"
        r"(completamente\s+|tutt[ie]\s+|todos?\s+|todas?\s+|tout\s+|alle\s+|helt\s+)?"
        r"(rott[ie]|danneggiat[ie]|schiacciat[ie]|rot[oa]s|da[ñn]ad[oa]s|partid[oa]s|danificad[oa]s|cass[ée]e?s?"
        r"|ab[îi]m[ée]e?s?|endommag[ée]e?s?|kapot|beschadigd|besch[äa]digt|skadet|skadad|beskadiget))\b",
        re.IGNORECASE)),
    # a question on a bill: "please issue a corrected invoice or a credit note", "Invoice question"
    ("it is about an invoice", re.compile(
        # "below is the copy of the invoice we have on file", "scheduled for payment": accounts payable writing
        r"\b(cop(y|ies)\s+of\s+(the|your|our|this)\s+invoices?|invoice\s+cop(y|ies)\b|scheduled\s+for\s+payment|"
        r"credit\s+note|corrected\s+(invoice|copy)|(query|question|discrepancy|dispute)\s+(on|about|regarding|with)\s+"
        r"(your\s+|the\s+|our\s+)?invoice|invoice\s+(question|query|discrepancy|dispute)"
        # a bill paid or charged twice: "debited twice for invoice ...", "addebitato due volte", "doppelt abgebucht"
        r"|(charged|debited|billed|invoiced|paid)\s+(us\s+)?twice|double[- ](charged|billed|payment)"
        r"|duplicate\s+(payment|charge|debit)|addebitat[oaie]\s+due\s+volte|cobrad[oa]s?\s+dos\s+veces"
        r"|cobrad[oa]s?\s+duas\s+vezes|factur[ée]e?s?\s+deux\s+fois|doppelt\s+(berechnet|abgebucht|belastet)"
        r"|dubbel\s+(gefactureerd|afgeschreven|betaald))\b", re.IGNORECASE)),
    ("it asks for a quote or a price list", re.compile(
        r"\b(send\s+(us\s+)?(a|an|your|the)\s+(\d{4}\s+)?(quote|quotation|price\s+list)|request\s+for\s+quot\w*|"
        r"rfq|senden\s+sie\s+uns\s+ein\s+angebot|bitte\s+um\s+(ein\s+)?angebot|demande\s+de\s+(prix|devis)|"
        r"solicitud\s+de\s+cotizaci[oó]n)\b", re.IGNORECASE)),
    ("it says goods arrived", re.compile(
        r"\b((the|our|your)\s+(order|goods|delivery|shipment|parcel)\s+(has\s+|have\s+)?(arrived|came|was\s+received)|"
        r"(we\s+)?(have\s+)?received\s+(the|our|your)\s+(order|goods|delivery|shipment|parcel)\b(?!\s+(no|number|#)))",
        re.IGNORECASE)),
    ("it says it is not an order", _SAYS_NOT_AN_ORDER),
)
# What went wrong with goods received, said of them: "two sticks of conduit were bent", "the box of anchors was
# also missing", "3 panes arrived cracked". A line that says it reports a fault, it orders nothing.
_FAULT = re.compile(
    r"\b(?:was|were|is|are|came|arrived|got|showed\s+up)\s+(?:all\s+|also\s+|badly\s+|completely\s+)?"
    r"(?:bent|broken|crushed|cracked|dented|damaged|smashed|leaking|missing|scratched|torn|soaked|defective|faulty)\b"
    r"|\bshort[- ]shipped\b"
    # a part that failed in service: "one of the pumps we bought on PO 12-40 let go after a week"
    r"|\b(?:let\s+go|gave\s+out|gave\s+way|seized\s+up|burn(?:ed|t)\s+out)\b"
    r"|\b(?:we|i)\s+(?:bought|purchased|got|received)\s+(?:\w+\s+){0,3}?on\s+(?:(?:your|our|the)\s+)?"
    r"(?:p\.?\s?o\.?|order|invoice)\s*#?\s*[\w-]*\d", re.IGNORECASE)


def reports_a_fault(text: str) -> bool:
    """Whether the text says something was wrong with goods received ("two sticks were bent")."""
    return _FAULT.search(text) is not None


# An item code as buyers write one: letters and digits mixed (TAPE-48-CLR, LS-200), digit groups joined
# by a hyphen (100-4471), capitals in three hyphened parts or more (GLV-NIT-L), or a long number (a
# UPC); a quantity is a number standing on its own.
_CODE = re.compile(r"(?<![\w/.-])(?:(?=[\w-]*\d)(?:[A-Za-z]+[\w-]*\d[\w-]*|\d+[A-Za-z][\w-]*|\d+(?:-\d+)+|\d{8,14})|"
                   r"[A-Z]{2,}(?:-[A-Z0-9]+){2,})(?![\w/-])")
_QUANTITY = re.compile(r"(?<![\w/.,:-])\d{1,5}(?![\w/:-]|[.,]\d)")
_LONGEST_LINE = 400
# A count joined to its sign after the item ("hot cups x6"), which the code pattern would take for a code.
_JOINED_COUNT = re.compile(r"[x×]\d{1,5}")
# Lines that give a phone number, an address or a date are not order lines, whatever their digits.
_NOT_A_LINE = re.compile(r"\b(tel|phone|fax|mobile|cell|street|st|ave|avenue|road|rd|blvd|suite|ste|unit|"
                         r"p\.?\s?o\.?\s+box)\b|@|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", re.IGNORECASE)
_CALENDAR_METHOD = re.compile(r"^METHOD:(REQUEST|CANCEL)\s*$", re.IGNORECASE | re.MULTILINE)
# Senders that are the mail system itself: what they send reports on a delivery.
MAIL_SYSTEM_SENDERS = frozenset({"mailer-daemon", "postmaster"})
# Senders that read no answers. Their mail may still be an order (a buyer's ERP), so this only says
# who not to reply to.
NO_REPLY_SENDERS = frozenset({"noreply", "no-reply"})
# Precedence values of mail sent to many or by a machine (RFC 3834, RFC 2076).
_MACHINE_PRECEDENCE = ("bulk", "junk", "list", "auto_reply")


def _word(headers: Mapping[str, str], name: str) -> str:
    """A header's decoded first value, blanks collapsed, lower-case ("" when absent)."""
    return " ".join(headers.get(name, "").split()).lower()


def _local_part(address: str | None) -> str:
    return (address or "").lower().split("@")[0]


def no_reply_sender(address: str | None) -> bool:
    """Whether the address is a box that reads no answers ("no-reply@shop.example")."""
    return _local_part(address) in NO_REPLY_SENDERS


def automated_sender(headers: Mapping[str, str], from_addr: str | None) -> str | None:
    """Why the headers say a machine sent this mail, so no one would read a reply, or None.

    `headers` maps lower-case header names to their (first) decoded value. Auto-Submitted other than
    "no" (RFC 3834), a Precedence of bulk, junk, list or auto_reply, or a sender that is the mail system
    or a no-reply box."""
    auto_submitted = _word(headers, "auto-submitted")
    precedence = _word(headers, "precedence")
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}"
    if precedence in _MACHINE_PRECEDENCE:
        return f"Precedence: {precedence}"
    if from_addr and _local_part(from_addr) in MAIL_SYSTEM_SENDERS | NO_REPLY_SENDERS:
        return f"the sender is {from_addr}"
    return None


def names_an_order(text: str) -> bool:
    """Whether the text names an order (a PO or order number, "purchase order", Bestellung, pedido,
    commande): enough to keep a machine-sent or mailing-list message from being set aside."""
    return bool(_NAMES_AN_ORDER.search(text))


def asks_for_goods(text: str) -> bool:
    """Whether the text asks for goods in a buyer's words ("we need", "please send", "order", "quote"):
    what makes prose lines without a PO number or item codes an order."""
    return bool(_ASKS_FOR_GOODS.search(text))


def coded_quantity_lines(text: str) -> list[str]:
    """The lines of the text that give an item code beside a quantity ("TAPE-48-CLR  4 cs", "[100-4471] (40)"),
    leaving out lines that are a phone number, an address or a date."""
    found = []
    for line in text.splitlines():
        # No order line runs to hundreds of characters; the code pattern backtracks on one that does
        # (a minified HTML line took seconds).
        if len(line) > _LONGEST_LINE or _NOT_A_LINE.search(line):
            continue
        codes = [c for c in _CODE.finditer(line) if not _JOINED_COUNT.fullmatch(c.group())]
        if not codes:
            continue
        if len(codes) < len(list(_CODE.finditer(line))) or _QUANTITY.search(_CODE.sub(" ", line)):
            found.append(line.strip())
    return found


# Asking for goods in so many words ("please send", "we need", "restock"), narrower than
# asks_for_goods (which takes "order" or "PO" alone): what keeps mail about an earlier order that also asks
# for more from being closed. What is asked for must not be paperwork ("please send a corrected invoice",
# "can you send an RMA number", "please send us a quote").
_PAPERWORK = (r"(?!\s+(?:us\s+|me\s+)?(?:(?:a|an|the|your|our)\s+)?(?:\w+\s+)?(?:quote|quotation|rma|invoice|"
              r"credit|copy|price|tracking|eta|update|status|label|statement|confirmation|catalog|brochure)s?\b)")
_REQUESTS_GOODS = re.compile(r"\b(?:(?:please|pls|plz)\s+(?:send|ship|deliver)|(?:could|can)\s+you\s+(?:please\s+)?"
                             r"(?:send|ship|deliver))\b" + _PAPERWORK
                             + r"|\bwe\s+(?:also\s+)?need\b|\b(?:re-?stock|re-?order)\b", re.IGNORECASE)


def requests_goods(text: str) -> bool:
    """Whether the text asks for goods in so many words ("please send", "we need", "restock"), not for
    paperwork ("please send a corrected invoice")."""
    return bool(_REQUESTS_GOODS.search(text))


def other_business(text: str) -> str | None:
    """What the text is about when it says it is not ordering: "it asks about an order already placed", a
    return, a request for a quote, "no order today"; None otherwise. (A cancellation is not closed here: it
    acts on an order, so a clerk sees it; extractors/header_fields.document_purpose reads that wording.)"""
    for what, pattern in _OTHER_BUSINESS:
        if pattern.search(text):
            return what
    return None


# A buyer asking where an order stands, in English, German, French or Spanish: "where is my order PO 4471?",
# "has PO 4471 shipped?", "when will it arrive?", "tracking number for PO 4471", "wo bleibt unsere Bestellung",
# "Lieferstatus", "où en est ma commande", "statut de la commande", "¿dónde está mi pedido?", "estado del pedido".
# Each phrase names the order, the shipment or its arrival: "please ship 4 cases, PO 88" orders, it asks nothing.
# Read only on mail that orders nothing (no order line read, no words asking for goods).
_STATUS_QUESTION = re.compile(
    r"\bwhere\s+(is|are)\s+((the|our|my|this)\s+)?(p\.?\s?o\.?|order|shipment|delivery|package|parcel|goods)\b"
    r"|\bstatus\s+(of|on|for)\s+((the|our|my|this)\s+)?(p\.?\s?o\.?|order|shipment|delivery)"
    r"|\b(order|p\.?\s?o\.?|shipping|delivery)\s+status\b"
    r"|\b(has|have|did|was|were)\s+(((the|our|my|this)\s+)?(p\.?\s?o\.?|order)\s*#?\s*:?\s*[\w-]*\d[\w-]*|it|they|this"
    r"|(the|our|my|this)\s+(order|p\.?\s?o\.?|shipment|goods|delivery|parcel|package))\s+(already\s+|yet\s+)?"
    r"(been\s+)?(shipped|dispatched|sent\s+out|gone\s+out|left|delivered)\b"
    r"|\bdid\s+you\s+(already\s+)?(ship|send|dispatch)\s+(it|them|(the|our|my)\s+order|(p\.?\s?o\.?|order)\s*#?\s*[\w-]*\d)"
    r"|\bwhen\s+(will|would|can|should|do|does|is)\b[^.?!\n]{0,60}\b(arrive|arriving|ship|shipping|shipped|delivered"
    r"|dispatched|expect\s+(it|them|delivery|the\s+delivery|our\s+delivery|the\s+order|our\s+order|my\s+order))\b"
    r"|\beta\s+(on|for|of)\b"
    r"|\btracking\s+(number|no\b|nr\b|#|info|information|details|link|code)s?\b"
    r"|\bany\s+update\s+on\s+(this|that|it|the|our|my)\b(\s+(one|order|po|p\.o\.))?\s*[?.!]"
    # German
    r"|\bwo\s+bleib(t|en)\b|\bliefer(status|termin\s+f[üu]r|stand)\b|\bbestellstatus\b|\bsendungs(verfolgung|nummer)\b"
    r"|\bstatus\s+(der|unserer|meiner|ihrer)\s+(bestellung|lieferung|auftrag)"
    r"|\b(ist|wurde|wurden)\s+(die|unsere|meine)\s+(bestellung|lieferung|ware)(\s+(nr\.?\s*)?[\w-]*\d[\w-]*)?\s+"
    r"(schon\s+|bereits\s+)?"
    r"(versandt|verschickt|geliefert|unterwegs|raus)"
    r"|\bwann\s+(kommt|kommen|wird|werden|erfolgt|k[öo]nnen\s+wir)\b[^.?!\n]{0,60}\b(lieferung|geliefert|versandt"
    r"|verschickt|ankommen|rechnen)"
    # French
    r"|\bo[uù]\s+en\s+est\b|\b(statut|[ée]tat)\s+de\s+(ma|notre|la|cette)\s+commande\b|\bnum[ée]ro\s+de\s+suivi\b"
    r"|\bsuivi\s+de\s+(ma|notre|la)\s+(commande|livraison|colis)\b"
    r"|\b(a|ont)[- ]t[- ](elle|il|elles|ils)\s+([ée]t[ée]\s+)?(exp[ée]di|livr|envoy)"
    r"|\bquand\s+(arrivera|arriveront|recevrons)\b"
    r"|\bquand\s+(sera|seront|allez[- ]vous|pouvons[- ]nous)\b[^.?!\n]{0,60}(livr|exp[ée]di|arriv|recevoir)"
    # Spanish
    r"|\bd[óo]nde\s+est[áa]n?\b|\bestado\s+(del|de\s+(mi|nuestro|el))\s+pedido\b|\bn[úu]mero\s+de\s+seguimiento\b"
    r"|\bseguimiento\s+del\s+(pedido|env[ií]o)\b|\b(ya\s+)?(se\s+)?(ha|han|fue|fueron)\s+(sido\s+)?"
    r"(enviado|enviados|despachado|despachados|entregado)\b|\bcu[áa]ndo\s+(llegar[áa]n?|llega|enviar[áa]n|ser[áa]\s+enviado|recibiremos)\b",
    re.IGNORECASE)


def asks_about_status(text: str) -> bool:
    """Whether the text asks where an order stands (where is it, has it shipped, when will it arrive, its
    tracking), in English, German, French or Spanish. Wording only: the caller reads it on mail that orders
    nothing, since an order may well say "please send tracking"."""
    return _STATUS_QUESTION.search(text) is not None


# What a message is when its own words (its newest text, not what it quotes) say it is about an order
# someone else placed or will place: each phrase is one a buyer ordering from us does not write. The
# sentence is what the closed message keeps.
_SHOP_CONFIRMATION = re.compile(
    # "Thanks for your order, Jen!", "Thank you for your purchase." - a shop thanking its consumer; not
    # "thank you for your order confirmation" (a buyer answering our acknowledgement).
    r"\bthanks?(?:\s+you)?(?:\s+so\s+much)?\s+for\s+(?:your|shopping\s+with\s+us|the)\s+(?:order|purchase)\b"
    r"(?!\s+(?:confirmation|acknowledg|form|number|no\b|of\s+\d))"
    r"|\byour\s+(?:[\w-]+\s+){0,2}order\s+(?:#\s*)?[\w-]*\d[\w-]*\s+(?:is|has\s+been)\s+(?:confirmed|placed|received)\b"
    r"|\bvielen\s+dank\s+f[üu]r\s+ihre\s+bestellung\b|\bmerci\s+pour\s+votre\s+(?:commande|achat)\b"
    r"|\bgracias\s+por\s+su\s+(?:pedido|compra)\b",
    re.IGNORECASE)
# A title is a line of its own, or one with only a number after it ("Order Acknowledgement SO-3118"), at the top
# of the message (its subject, its first lines), never an instruction on an order ("Delivery notice: call ahead").
_TITLE_END = r"\b(?=[ \t]*$|[^\n]*\d)(?![^\n]*\b(?:required|must|within|please|shall|should|requested|call)\b)"
_SHIPPING_TITLE = re.compile(
    r"^[ \t]*(?:(?:shipment|shipping|dispatch|delivery)[ \t]+(?:notification|notice|confirmation)"
    r"|advance[ \t]+ship(?:ping)?[ \t]+notice|versandbest[äa]tigung|versandavis|lieferavis|avis[ \t]+d'exp[ée]dition"
    r"|verzendbevestiging|leveringsavis|forsendelsesbekr[æa]ftelse|leveransavisering|avviso[ \t]+di[ \t]+spedizione"
    rf"|aviso[ \t]+de[ \t]+(?:env[ií]o|despacho)){_TITLE_END}", re.IGNORECASE | re.MULTILINE)
_SHIPPING_WORDS = re.compile(
    r"\byour\s+(?:shipment|package|parcel|order)\s+(?:has\s+been|was|is)\s+(?:now\s+)?(?:picked\s+up|shipped|dispatched"
    r"|in\s+transit|on\s+(?:its|the)\s+way|out\s+for\s+delivery)\b"
    # "haben wir heute folgende Ware an Sie versandt", "wurde heute versandt"
    r"|\bhaben\s+wir\s+(?:heute\s+)?(?:folgende\s+ware\s+|die\s+ware\s+)?(?:an\s+sie\s+)?(?:versandt|verschickt|ausgeliefert)\b"
    r"|\b(?:ihre\s+)?(?:bestellung|sendung|ware)\s+wurde\s+(?:heute\s+)?(?:versandt|verschickt)\b",
    re.IGNORECASE)
_RESPONSE_TITLE = re.compile(
    r"^[ \t]*(?:order[ \t]+(?:acknowledge?ment|response)|auftragsbest[äa]tigung"
    r"|accus[ée][ \t]+de[ \t]+r[ée]ception[ \t]+de[ \t]+(?:la[ \t]+|votre[ \t]+)?commande"
    r"|conferma[ \t]+(?:d'|dell'|di[ \t]+)?ordine|orderbevestiging|ordrebekr[æa]ftelse|ordrebekreftelse"
    r"|orderbekr[äa]ftelse|potwierdzenie[ \t]+zam[óo]wienia|potvrzen[íi][ \t]+objedn[áa]vky|tilausvahvistus"
    r"|confirma[çc][ãa]o[ \t]+de[ \t]+encomenda"
    rf"|acuse[ \t]+de[ \t]+recibo[ \t]+de(?:l)?[ \t]+pedido){_TITLE_END}", re.IGNORECASE | re.MULTILINE)
_RESPONSE_WORDS = re.compile(
    r"\bwe\s+(?:hereby\s+|are\s+pleased\s+to\s+|would\s+like\s+to\s+)?confirm\s+(?:(?:the\s+)?receipt\s+of\s+)?your\s+"
    r"(?:purchase\s+)?order\b|\bwir\s+best[äa]tigen\s+(?:ihnen\s+)?(?:hiermit\s+)?(?:den\s+eingang\s+)?ihre[rn]?\s+"
    r"(?:bestellung|auftrag)|\bnous\s+(?:vous\s+)?confirmons\s+(?:la\s+r[ée]ception\s+de\s+)?votre\s+commande"
    r"|\bconfirmamos\s+(?:la\s+recepci[óo]n\s+de\s+)?su\s+(?:pedido|orden)", re.IGNORECASE)
_QUOTE_REQUEST = re.compile(
    r"\b(?:please|pls|kindly|could\s+you|can\s+you|would\s+you)\s+(?:please\s+)?quote\b"
    r"|\b(?:send|give)\s+(?:us|me)\s+(?:a|an|your)\s+(?:\w+\s+)?(?:quote|quotation|offer)\b|\brequest\s+for\s+quot\w*"
    # "Please provide a quote for the following" (an "RFQ" is a title only: "our order against your answer to
    # RFQ 2231" orders)
    r"|\bprovide\s+(?:us\s+|me\s+)?(?:a|an|your)\s+(?:\w+\s+)?(?:quote|quotation)\b"
    r"|\bbitten?\s+(?:sie\s+)?um\s+(?:ein\s+|ihr\s+)?(?:angebot|preisangebot)|\b(?:senden|schicken)\s+sie\s+(?:uns|mir)\s+(?:bitte\s+)?ein\s+angebot"
    r"|\b(?:angebots|preis)anfrage\b|\bdemande\s+de\s+(?:prix|devis|cotation)|\b(?:faire|envoyer|[ée]tablir)\s+un\s+devis"
    r"|\bsolicitud\s+de\s+cotizaci[óo]n|\b(?:enviar(?:nos)?|env[ií]en(?:nos)?|mandar(?:nos)?)\s+(?:una\s+|su\s+)?cotizaci[óo]n"
    r"|\bfavor\s+de\s+cotizar|\bpodr[ií]an?\s+cotizar"
    r"|\bsolicitud\s+de\s+presupuesto|\benviar(?:nos|me)?\s+(?:un\s+|su\s+)?presupuesto|\bpedimos\s+presupuesto"
    # Danish, Norwegian, Swedish, Finnish, Dutch, Italian, Portuguese, Polish and Czech requests for a quote
    r"|\banmodning\s+om\s+(?:et\s+)?tilbud|\bbeder\s+(?:derfor\s+)?om\s+(?:et\s+)?(?:\w+\s+)?tilbud"
    r"|\bforesp[øo]rsel\s+om\s+(?:et\s+)?tilbud|\bber\s+om\s+(?:et\s+)?(?:\w+\s+)?tilbud"
    r"|\boffertf[öo]rfr[åa]gan|\bbeg[äa]ran\s+om\s+offert|\bber\s+om\s+(?:en\s+)?offert"
    r"|\btarjouspyynt[öo]|\bpyyd[äa]mme\s+(?:\w+\s+)?tarjous"
    r"|\bofferteaanvraag|\bverzoek\s+om\s+(?:een\s+)?offerte|\b(?:graag|ontvangen\s+graag)\s+(?:een\s+)?offerte"
    r"|\brichiesta\s+di\s+(?:offerta|preventivo)|\bpedido\s+de\s+or[çc]amento|\bsolicita[çc][ãa]o\s+de\s+cota[çc][ãa]o"
    r"|\bzapytanie\s+ofertowe|\bprosimy\s+o\s+(?:przes[łl]anie\s+)?ofert[ęe]|\bpopt[áa]vka\b"
    r"|\bpros[íi]me\s+o\s+(?:zasl[áa]n[íi]\s+)?(?:cenov(?:ou|é)\s+)?nab[íi]d(?:ku|ky)"
    # a price list asked for: "Could you send your current price list", "bitte senden Sie uns Ihre Preisliste",
    # "pourriez-vous nous envoyer votre liste de prix", "inviateci il listino", "stuur ons uw prijslijst"
    r"|\b(?:send|sending|email|e-mail|give|request|requesting|forward|share)\b[^.?!\n\d]{0,40}?"
    r"\b(?:price\s*list|pricelist|price\s+sheet)s?\b|\bprice\s*list\s+request\b"
    r"|\b(?:preisliste|liste\s+de\s+prix|lista\s+de\s+precios|lista\s+de\s+pre[çc]os|tabela\s+de\s+pre[çc]os"
    r"|listino(?:\s+prezzi)?|prijslijst|prisliste|prislista|hinnasto|cennik|cen[íi]k)\b"
    r"(?=[^.?!\n\d]{0,60}?\b(?:senden|schicken|zusenden|anfordern|envoyer|enviar|mandar|inviare|inviateci|mandare"
    r"|sturen|toesturen|sende|send|skicka|l[äa]het[äa]|przes[łl]a[ćc]|zaslat|poslat)\b)"
    r"|\b(?:senden|schicken|envoyer|enviar|mandar|inviare|inviateci|stuur|sturen|sende|skicka|l[äa]het[äa]|przes[łl]a[ćc]"
    r"|zaslat|poslat)\w*\b[^.?!\n\d]{0,40}?\b(?:preisliste|liste\s+de\s+prix|lista\s+de\s+precios"
    r"|lista\s+de\s+pre[çc]os|tabela\s+de\s+pre[çc]os|listino|prijslijst|prisliste|prislista|hinnasto|cennik"
    r"|cen[íi]k)\b"
    # "Can you price the following and get back to me", "need pricing on these for a bid"
    r"|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:re-?)?price\s+(?:(?:up|out)\s+)?(?:the\s+following|these|this"
    r"|the\s+below|them|the\s+list|everything)\b"
    r"|\b(?:need|want|looking\s+for)\s+(?:(?:some|your|the)\s+)?(?:pricing|prices|numbers)\s+(?:on|for)\s+"
    r"(?:the\s+following|these|this|the\s+below|a\s+bid|our\s+bid)\b",
    re.IGNORECASE)
# A seller's mass mail, by the footer every newsletter carries ("Unsubscribe", "You are receiving this because you
# are a registered dealer", "Manage your email preferences", "View this email in your browser").
_MARKETING = re.compile(
    r"\bunsubscribe\b|\byou\s+(?:are\s+)?receiv(?:e|ing)\s+this\s+(?:e-?mail\s+|message\s+|newsletter\s+|bulletin\s+)?"
    r"because\b|\bmanage\s+(?:your\s+)?(?:e-?mail\s+|subscription\s+)?preferences\b|"
    r"\bview\s+(?:this\s+e-?mail\s+)?in\s+(?:your\s+)?browser\b|\bnewsletter\s+abbestellen\b|"
    r"\bse\s+d[ée]sabonner\b|\bdarse\s+de\s+baja\b",
    re.IGNORECASE)
# "RFQ 2231" as a title; in a sentence it is often the request an order answers ("our order against RFQ 2231").
_QUOTE_TITLE = re.compile(rf"^[ \t]*(?:rfq|request[ \t]+for[ \t]+quot\w*){_TITLE_END}", re.IGNORECASE | re.MULTILINE)
_SHOP = "it is a web shop's confirmation of an order placed there"
# (what, where it must be: "top" for a title, "any" for words anywhere in the newest text, kind)
_NOT_AN_ORDER_WORDS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    (_SHOP, _SHOP_CONFIRMATION, "any", "notice"),
    ("it is a shipping notice", _SHIPPING_TITLE, "top", "notice"),
    ("it is a shipping notice", _SHIPPING_WORDS, "any", "notice"),
    ("it is an order response (a supplier confirming an order)", _RESPONSE_TITLE, "top", "notice"),
    ("it is an order response (a supplier confirming an order)", _RESPONSE_WORDS, "any", "notice"),
    ("it asks for a quote", _QUOTE_TITLE, "top", "quote"),
    ("it asks for a quote", _QUOTE_REQUEST, "any", "quote"),
    ("it is a newsletter or advertisement", _MARKETING, "any", "newsletter"),
)
_TOP_LINES = 2


def not_an_order_words(newest_texts: Sequence[str], forwarded: bool) -> tuple[str, str] | None:
    """What a message's newest texts (its own subject, its bodies without what they quote) say it is, when it
    is something else than an order sent to us: a web shop's "Thanks for your order" to its consumer, a
    shipping notice, a supplier's order response ("we confirm your order", "Auftragsbestätigung"), a request
    for a quote ("could you quote me", "bitte um Angebot", "devis", "cotización", "can you price the following"),
    a seller's newsletter (its "unsubscribe" footer); as (kind, sentence), kind "quote", "newsletter" or
    "notice". Titles count only at the top of a text. None otherwise, and for a shop's confirmation that was
    `forwarded` to us (a shop's order passed on for us to deliver is an order). The caller keeps as orders
    those that ask for goods in so many words."""
    whole = "\n".join(newest_texts)
    tops = "\n".join("\n".join([ln for ln in text.splitlines() if ln.strip()][:_TOP_LINES]) for text in newest_texts)
    for what, pattern, where, kind in _NOT_AN_ORDER_WORDS:
        if what == _SHOP and forwarded:
            continue
        if pattern.search(tops if where == "top" else whole):
            return kind, what
    return None


def _is_calendar(part: Part) -> bool:
    name = (part.filename or "").lower()
    return part.media_type in ("text/calendar", "application/ics") or name.endswith((".ics", ".vcs"))


def _order_like_attachment(part: Part) -> bool:
    return part.role == "attachment" and not part.media_type.startswith("image/") and not _is_calendar(part)


def not_an_order_reason(headers: Mapping[str, str], content_type: str, report_type: str | None,
                        from_addr: str | None, subject: str, parts: Sequence[Part]) -> str | None:
    """A short sentence saying what the message is when it is unambiguously not an order, else None.

    `headers` maps lower-case header names to their (first) decoded value.
    """
    bodies = "\n".join(p.content.decode("utf-8", errors="replace") for p in parts if p.role.startswith("body"))
    wording = names_an_order(subject) or names_an_order(bodies)
    has_order_file = any(_order_like_attachment(p) for p in parts)

    if content_type == "multipart/report" and (report_type or "").lower() == "delivery-status":
        return "delivery status notification"
    if content_type == "multipart/report" and (report_type or "").lower() == "disposition-notification":
        return "read receipt"
    if from_addr and "@" in from_addr and _local_part(from_addr) in MAIL_SYSTEM_SENDERS:
        return "delivery status notification"

    auto_submitted = _word(headers, "auto-submitted")
    precedence = _word(headers, "precedence")
    if (auto_submitted.startswith("auto-replied") or "x-autoreply" in headers or "x-autorespond" in headers
            or precedence == "auto_reply"
            or _AUTO_REPLY_SUBJECT.match(subject)):
        return "automatic reply"
    # Buyers' ERP systems send real purchase orders marked auto-generated: only plain notices qualify.
    if auto_submitted.startswith("auto-generated") and not wording and not has_order_file:
        return "automatic notification"

    calendars = [p for p in parts if _is_calendar(p)]
    if calendars and not has_order_file and not wording:
        for part in calendars:
            text = part.content.decode("utf-8", errors="replace")
            if _CALENDAR_METHOD.search(text) or part.role == "attachment":
                return "calendar invitation"

    list_mail = "list-unsubscribe" in headers and (
        precedence in ("bulk", "list") or "list-id" in headers
    )
    if list_mail and not wording and not has_order_file:
        return "newsletter"
    return None
