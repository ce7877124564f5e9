"""The company an email's writer signs for: the line under their name in the signature ("General Manager,
Cedar Tide Boutique Hotel", "Coastal Spice Kitchen", "Buying Office | Hollinshead Construction Ltd | 01543 ...").
The buyer's name as printed, for a sender not on file (a new customer, a personal address), never a guess at who
it is: matching holds it against the customers like any printed name."""

from __future__ import annotations

import re

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
                         r"pty|co\.?|corp|company|group|sarl|sas|lda|gbr|ohg|kg)\b\.?", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"[@\d]|https?:|www\.|\b(?:tel|phone|mobile|fax|email|e-mail|web)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'&.-]*")


def _titled(words: list[str]) -> bool:
    """Every word capitalised (or a small joining word): how a company's name is written."""
    small = {"&", "and", "of", "the", "de", "du", "des", "la", "le", "del", "da", "do", "und", "et", "y", "@"}
    return bool(words) and all(w[:1].isupper() or w.lower() in small for w in words)


def _company_in(line: str) -> str | None:
    """The company a signature line names, if it names one."""
    pieces = [p.strip() for p in re.split(r"\s*[|•·]\s*", line) if p.strip()]
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
    r"atenciosamente|obrigad[oa]|distinti saluti|cordiali saluti|met vriendelijke groet(?:en)?)\s*[,!.]*\s*$",
    re.IGNORECASE)


def is_closing(line: str) -> bool:
    """Whether the line is a mail's closing ("Thanks,", "Kind regards", "Met vriendelijke groet")."""
    return bool(_CLOSING_WORDS.match(line))
