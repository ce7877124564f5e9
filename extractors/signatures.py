"""The company an email's writer signs for: the line under their name in the signature ("General Manager,
Cedar Tide Boutique Hotel", "Coastal Spice Kitchen", "Buying Office | Hollinshead Construction Ltd | 01543 ...").
The buyer's name as printed, for a sender not on file (a new customer, a personal address), never a guess at who
it is: matching holds it against the customers like any printed name."""

from __future__ import annotations

import re
import unicodedata

# Words of a job title or a department: the part of a signature line before the company, or a line of its own.
_TITLE_WORDS = frozenset("""
manager owner director head chef buyer buying purchasing procurement officer executive assistant supervisor
coordinator housekeeper housekeeping administrator admin accounts office operations general sous bar kitchen
foreman site estates facilities maintenance president founder partner ceo coo cfo planner controller clerk
team lead leader department dept gérant gerente responsable directeur directrice chef einkauf einkäufer leiter
leiterin geschäftsführer compras jefe jefa encargado encargada comprador compradora diretor diretora
""".split())
# A company's legal form: the line that has one names the company.
_LEGAL_FORM = re.compile(r"\b(?:ltd|limited|inc|llc|llp|plc|gmbh|ag|bv|b\.v\.|nv|sa|s\.a\.|sl|s\.l\.|srl|s\.r\.l\.|"
                         r"pty|co\.?|corp|company|group|sarl|sas|lda|gbr|ohg|kg|"
                         # Czech, Slovak, Polish, Nordic and Italian forms: "s.r.o.", "a.s.", "sp. z o.o.", "AB",
                         # "Oy", "A/S", "ApS", "Snc", "S.p.A."
                         r"s\.r\.o|sro|a\.s|sp\.[ \t]*z[ \t]*o\.o|ab|oy|oyj|a/s|aps|snc|s\.n\.c|spa|s\.p\.a|bvba|ug)\b\.?",
                         re.IGNORECASE)
_NOT_A_NAME = re.compile(r"[@\d]|https?:|www\.|\b(?:tel|phone|mobile|fax|email|e-mail|web)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'&.-]*")


def _titled(words: list[str]) -> bool:
    """Every word capitalised (or a small joining word, or its legal form: "Kovovýroba Novák s.r.o."): how a
    company's name is written."""
    small = {"&", "and", "of", "the", "de", "du", "des", "la", "le", "del", "da", "do", "und", "et", "y", "@"}
    return bool(words) and all(w[:1].isupper() or w.lower() in small or _LEGAL_FORM.fullmatch(w) for w in words)


def _company_in(line: str) -> str | None:
    """The company a signature line names, if it names one."""
    # (a company and its address after a dash: "Carpenteria Rossi Snc - Via Triumplina 88, 25123 Brescia")
    pieces = [p.strip() for p in re.split(r"\s*[|•·]\s*|\s+[-–]\s+", line) if p.strip()]
    for piece in pieces:
        if _NOT_A_NAME.search(piece):
            continue
        # "General Manager, Cedar Tide Boutique Hotel": a title, then the company after the comma.
        head, comma, tail = piece.rpartition(",")
        if comma and tail.strip() and any(w.lower() in _TITLE_WORDS for w in _WORD.findall(head)):
            piece = tail.strip()
        words = piece.split()
        if len(words) < 2 or len(words) > 7 or not _titled(words):
            continue
        if all(w.lower().strip(".,") in _TITLE_WORDS for w in words):
            continue  # "Purchasing Manager", "Head Chef": a title alone
        return piece.strip(" ,.")
    return None


def signature_company(lines: list[str]) -> tuple[str, int] | None:
    """The company named in the signature that `lines` (the writer's own text, closing included) end with,
    and the index of its line: the first line under the writer's name that names one. None when the text has
    no closing, or the signature names no company."""
    closing = next((i for i in range(len(lines) - 1, -1, -1) if is_closing(lines[i])), None)
    if closing is None:
        return None
    after = [(i, ln.strip()) for i, ln in enumerate(lines[closing + 1:closing + 6], closing + 1) if ln.strip()]
    if not after:
        return None
    # (The writer's own name comes first: two or three words, capitalised, nothing else.)
    person = after[0][1]
    start = 1 if 1 <= len(person.split()) <= 4 and _titled(person.split()) and "," not in person \
        and not _LEGAL_FORM.search(person) else 0
    for i, line in after[start:start + 3]:
        found = _company_in(line)
        if found is not None:
            return found, i
    return None


_CLOSING_WORDS = re.compile(
    r"^\s*(?:thanks?(?: you)?(?: so much| again| in advance| a lot)?|thx|many thanks|thanking you|best(?: regards)?|"
    r"kind regards|warm regards|regards|cheers|sincerely|yours(?: faithfully| sincerely| truly)?|"
    r"mit freundlichen grü(?:ß|ss)en|(?:viele|beste|freundliche|liebe|herzliche) grü(?:ß|ss)e|"
    r"(?:bien )?cordialement|salutations|saludos(?: cordiales)?|atentamente|un saludo|cumprimentos|"
    r"atenciosamente|obrigad[oa]|distinti saluti|cordiali saluti|met vriendelijke groet(?:en)?|"
    # more languages' closings: French, Polish, Czech, Nordic, Finnish, Italian, Spanish, German, Dutch
    r"bien [àa] vous|merci(?: beaucoup| d'avance)?(?: et bonne (?:journ[ée]e|soir[ée]e))?|bonne journ[ée]e|"
    r"pozdrawiam|z powa[żz]aniem|d[ěe]kuji|s pozdravem|med v[äa]nlig h[äa]lsning|v[äa]nliga h[äa]lsningar|mvh|"
    r"h[äa]lsningar|(?:med )?venlig hilsen|(?:med )?vennlig hilsen|yst[äa]v[äa]llisin terveisin|terveisin|"
    r"grazie(?: mille)?|saluti|un saluto|cordialmente|(?:muchas )?gracias|vielen dank|danke(?: sch[öo]n)?|"
    r"(?:hartelijke |vriendelijke )?groet(?:en)?|bedankt|tack(?: s[åa] mycket)?|abra[çc]os?)\s*[,!.]*\s*$",
    re.IGNORECASE)


def is_closing(line: str) -> bool:
    """Whether the line is a mail's closing ("Thanks,", "Kind regards", "Met vriendelijke groet")."""
    return bool(_CLOSING_WORDS.match(line))


# Mail providers anyone can have an address at: their domain names no company.
_FREE_MAIL = frozenset("""
gmail googlemail yahoo ymail hotmail outlook live msn aol icloud me mac gmx web mail protonmail proton zoho
yandex orange free wanadoo laposte sfr libero virgilio tiscali wp onet o2 interia seznam centrum btinternet
sky talktalk virginmedia bigpond optusnet xtra telenet skynet ziggo kpnmail hetnet t-online freenet arcor
""".split())
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "ltd", "plc", "qc", "on", "bc", "nsw", "vic"})


def _registered(address: str) -> str:
    """The label a mail domain is registered under ("thistleandoak" of fiona@thistleandoak.scot, "usinagebeauce"
    of achats@usinagebeauce.qc.ca, "gmail" of x@gmail.com)."""
    labels = address.rsplit("@", 1)[-1].lower().split(".")[:-1]  # (the top level: ".de", ".scot", ".com")
    while len(labels) > 1 and (labels[-1] in _SECOND_LEVEL or len(labels[-1]) <= 2):
        labels = labels[:-1]  # "co.uk", "qc.ca", "com.au"
    return labels[-1] if labels else ""


def _domain_label(address: str) -> str | None:
    """The name a company's mail domain spells, letters and digits only; None for a free mail provider's."""
    label = _registered(address)
    if not label or label in _FREE_MAIL or len(label) < 6:
        return None
    return re.sub(r"[^a-z0-9]", "", label)


def _spelled(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("&", " and ").replace("ł", "l").replace("Ł", "L"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", _LEGAL_FORM.sub(" ", folded))


def company_of_domain(texts: list[str], address: str | None) -> str | None:
    """A company name written in the message that spells the sender's own mail domain ("Cave Le Bouchon" from
    claire@cavelebouchon.fr, "Thistle & Oak Catering" from fiona@thistleandoak.scot): who orders, when the
    sender is not on file and signs for no company. Never from a free mail provider's address."""
    label = _domain_label(address or "")
    if label is None:
        return None
    for text in texts:
        for line in text.splitlines():
            for piece in re.split(r"\s*[,|:;•·()]\s*|\s+[-–]\s+", line):
                words = piece.split()
                if not 1 <= len(words) <= 6 or not _titled(words) or _NOT_A_NAME.search(piece):
                    continue
                key = _spelled(piece)
                if len(key) >= 6 and (key == label or label.startswith(key) or key.startswith(label)):
                    return piece.strip(" .")
    return None


def free_mail(address: str | None) -> bool:
    """Whether the address is at a mail provider anyone can sign up to (gmail.com, web.de, wp.pl)."""
    return _registered(address or "") in _FREE_MAIL


def buyer_named_by_sender(text: str, address: str | None, display_name: str | None) -> str | None:
    """Who orders, for a sender not on file whose text signs for no company: a name in the text that spells the
    sender's company domain; from a free mail address, a line ending the text that starts with the sender's own
    name ("Dave Sparrow Decorating" under Dave Sparrow's gmail), else the sender's name (a sole trader, a private
    buyer). The clerk confirms it: the sender is unknown either way."""
    if not free_mail(address):
        return company_of_domain([text], address)
    name = (display_name or "").strip().strip('"')
    if len(name.split()) < 2 or _NOT_A_NAME.search(name):
        return None
    tail = [ln.strip() for ln in text.splitlines() if ln.strip()][-4:]
    own = next((ln for ln in tail if ln.lower().startswith(name.lower() + " ") and len(ln.split()) <= 7
                and _titled(ln.split()) and not _NOT_A_NAME.search(ln)), None)
    return own or name
