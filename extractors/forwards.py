"""Whether a message forwards another one, so that the forwarded text is the order and not quoted history.

A message forwards when its subject says so ("Fw:", "Fwd:", "WG:", "TR:", "RV:", "I:") or when the note above
an older message asks the reader to act on what is below it ("please process the request below", "can you key
this in", "bitte unten erfassen"). A reply ("Re:", "AW:", "SV:") never forwards: what it quotes was sent before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.schemas import Part
from vocabulary.mail_headers import FORWARD_PREFIX, REPLY_PREFIX

_FORWARD_SUBJECT = re.compile(rf"^\s*{FORWARD_PREFIX}\s?:", re.IGNORECASE)
_REPLY_SUBJECT = re.compile(rf"^\s*{REPLY_PREFIX}\s?:", re.IGNORECASE)
# The note's asking words, then within a few words what they point at: the message below.
_HANDS_ON = re.compile(
    r"\b(?:process|enter|key|input|book|place|action|handle|raise|put|get|log|fulfil+|ship|order|"
    r"bearbeiten|erfassen|buchen|traiter|saisir|procesar|tramitar|introducir|evadere|inserire)\w*\b"
    r"[^.!?\n]{0,40}?\b(?:below|underneath|beneath|following|this|these|it|them|"
    r"unten|folgende|ci-dessous|dessous|abajo|siguiente|sotto)\b"
    r"|\b(?:for\s+processing|to\s+be\s+processed|see\s+below\s+and\s+(?:process|enter|order))\b",
    re.IGNORECASE,
)


def with_subject(part: Part, subject: str | None) -> Part:
    """A message's body with the message's subject beside it, for its reader; an attachment as it is."""
    return replace(part, subject=subject) if part.role.startswith("body") else part


def subject_forwards(subject: str | None) -> bool:
    """The subject marks the message as a forward ("FW: PO 4471")."""
    return bool(subject and _FORWARD_SUBJECT.match(subject))


def subject_replies(subject: str | None) -> bool:
    """The subject marks the message as a reply ("RE: PO 4471")."""
    return bool(subject and _REPLY_SUBJECT.match(subject))


def note_hands_on(note: list[str]) -> bool:
    """The note above an older message asks to act on it ("Approved - please process the request below")."""
    return any(_HANDS_ON.search(line) for line in note)
