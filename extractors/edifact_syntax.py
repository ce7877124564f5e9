"""The EDIFACT rules an interchange must keep before its orders are read, each breach as an `EdiSyntaxError` with
the syntax error code (ISO 9735 data element 0085) the CONTRL answers it with.

Checked: UNB/UNZ references and UNZ's message count (UCI 28, 29), UNH/UNT references and UNT's segment count
(UCM 28, 29), message types we do not know (UCM 17, no agreement to receive them), an ORDERS or ORDCHG
without its BGM (UCS 13, missing), and a line's quantity or price that is no number (UCD 12, invalid value).
Messages we know but do not read (INVOIC, DESADV...) are not checked, and an interchange holding only such
messages or service reports (CONTRL, APERAK) gets no errors: it is not ours to answer, and a report is never
reported on.

What each error rejects: a message type we do not know, a missing BGM or a number that is none reject their
message (UCM action 4), which becomes no order. A trailer whose count or reference disagrees with what was
received (UNT, UNZ) is noted and the message accepted: every segment of it was read, published samples carry
such counts (an ORDERS whose UNT says 267 segments for 21), and a CONTRL can report an error only by
rejecting (0085 goes with action 4 alone), so its CONTRL accepts it (action 7) and an order whose own UNT
disagrees waits for a clerk (`syntax_doubts`): a segment of it may be missing."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.edifact import MESSAGE_NAMES, ORDER_TYPES, Message, Segment, edifact_decimal
from models.schemas import EdiSyntaxError

EDIFACT = "edifact"
REPORTS = {"CONTRL", "APERAK"}
# Components that must be numbers where they are given: (segment, element, component).
NUMBERS = {("QTY", 1, 2), ("PRI", 1, 2)}


@dataclass
class Checked:
    """A document's errors, and which of its messages they reject (not to be read as orders)."""

    errors: list[EdiSyntaxError] = field(default_factory=list)
    rejected: list[Message] = field(default_factory=list)

    def rejects(self, message: Message) -> bool:
        return any(message is m for m in self.rejected)

    def noted(self, message: Message) -> list[str]:
        """What was noted of this message's own UNT (its count, its reference): a clerk checks its order."""
        return [e.text for e in self.errors if e.level == "set" and e.accepted and e.set_control == message.ref
                and e.set_id == message.type]


def _ours(message: Message) -> bool:
    return message.type in ORDER_TYPES or message.type not in MESSAGE_NAMES


def check(segments: list[Segment], messages: list[Message]) -> Checked:
    """The document's errors; `messages` as `edifact.messages` gave them (UNB/UNZ pairs are whole by then)."""
    errors: list[EdiSyntaxError] = []
    rejected: list[Message] = []
    unb: Segment | None = None
    for seg in segments:
        if seg.tag == "UNB":
            unb = seg
        elif seg.tag == "UNZ" and unb is not None:
            inside = [m for m in messages if m.interchange is unb]
            if any(_ours(m) for m in inside):
                found = _interchange_errors(unb, seg, len(inside))
                errors += found
                if any(not e.accepted for e in found):
                    rejected += inside
            unb = None
    for message in messages:
        if not _ours(message):
            continue
        found = _message_errors(message)
        errors += found
        if any(not e.accepted for e in found) and not any(message is m for m in rejected):
            rejected.append(message)
    return Checked(errors, rejected)


def _interchange_errors(unb: Segment, unz: Segment, count: int) -> list[EdiSyntaxError]:
    ref = unb.c(5)
    errors = []
    if unz.c(2) != ref:
        errors.append(EdiSyntaxError(EDIFACT, "interchange", "28", f"EDIFACT interchange {ref}: its UNZ reference "
                                     f"{unz.c(2)!r} is not the UNB's {ref!r} (noted, accepted)", interchange=ref,
                                     segment_id="UNZ", element_position=2, accepted=True))
    elif not unz.c(1).isdecimal() or int(unz.c(1)) != count:
        errors.append(EdiSyntaxError(EDIFACT, "interchange", "29", f"EDIFACT interchange {ref}: UNZ says "
                                     f"{unz.c(1) or '(nothing)'} messages, it holds {count} (noted, accepted)",
                                     interchange=ref, segment_id="UNZ", element_position=1, accepted=True))
    return errors


def _message_errors(message: Message) -> list[EdiSyntaxError]:
    ref = message.interchange.c(5) if message.interchange is not None else ""
    name = f"EDIFACT {message.type or '(no type)'} {message.ref}"
    where = {"interchange": ref, "set_id": message.type, "set_control": message.ref}
    errors: list[EdiSyntaxError] = []

    def add(code: str, text: str, **more: object) -> None:
        errors.append(EdiSyntaxError(EDIFACT, "set", code, text, **where, **more))  # type: ignore[arg-type]

    if message.type not in MESSAGE_NAMES:
        add("17", f"{name}: message type {message.type!r} is not one we read (rejected)", segment_id="UNH",
            element_position=2)
    unt = message.trailer
    if unt is not None and unt.c(2) != message.ref:
        add("28", f"{name}: its UNT reference {unt.c(2)!r} is not the UNH's {message.ref!r} (noted, accepted)",
            segment_id="UNT", element_position=2, accepted=True)
    elif unt is not None and (not unt.c(1).isdecimal() or int(unt.c(1)) != len(message.segments) + 1):
        add("29", f"{name}: UNT says {unt.c(1) or '(nothing)'} segments, the message has "
                  f"{len(message.segments) + 1} (noted, accepted)", segment_id="UNT", element_position=1,
            accepted=True)
    if message.type in ORDER_TYPES and not any(s.tag == "BGM" for s in message.segments):
        add("", f"{name}: no BGM segment, which the {message.type} must have (rejected)", segment_id="BGM",
            segment_position=2, segment_code="13")
    for n, seg in enumerate(message.segments, 1):  # UNH is the message's first segment
        for tag, element, component in NUMBERS:
            value = seg.c(element, component)
            if seg.tag == tag and value and edifact_decimal(value) is None:
                add("", f"{name}: segment {n} {tag} {value[:30]!r} is not a number (rejected)", segment_id=tag,
                    segment_position=n, element_position=element, component_position=component,
                    element_code="12", value=value[:99])
    return errors
