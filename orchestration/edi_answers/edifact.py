"""The EDIFACT answers: a CONTRL (the interchange received and every message in it accepted: UCI, then a UCM
per message) and an ORDRSP (BGM 231 with the message function 29 accepted, 4 changed, 27 not accepted; each
line's LIN with its action 5 accepted, 3 changed, 7 not accepted, the quantity asked and the one we deliver).

The UNB answers the buyer's: sender and recipient (with their code qualifiers) swapped, the same syntax
identifier. The interchange reference (0020) comes from a counter kept per trading partner (control.py);
UNT counts its message's segments from UNH to UNT, UNZ the messages of the interchange, and UNZ repeats
the UNB's reference. The ORDRSP uses the directory of the order it answers (D:96A, D:01B...)."""

from __future__ import annotations

import re
from datetime import datetime

from models.schemas import EdiSyntaxError
from models.status import EdiAnswerKind, LineAnswer
from models.tables import Order
from orchestration.connectors.payload import decimal_text, money_text
from orchestration.edi_answers.lines import AnswerLine
from orchestration.edi_answers.source import Source, encodable

BGM_FUNCTION = {EdiAnswerKind.ACCEPTED: "29", EdiAnswerKind.CHANGED: "4", EdiAnswerKind.REJECTED: "27"}
LIN_ACTION = {LineAnswer.ACCEPTED: "5", LineAnswer.QUANTITY_CHANGED: "3", LineAnswer.PRICE_CHANGED: "3",
              LineAnswer.CHANGED: "3", LineAnswer.REJECTED: "7", LineAnswer.ADDED: "1"}
UNITS = {"EA": "PCE", "CS": "CS", "BX": "BX", "PK": "PK", "DZ": "DZN", "KG": "KGM", "M": "MTR", "L": "LTR"}
UNA = "UNA:+.? '"
# The syntax identifier's character repertoire (UNB S001 0001), as Python names it.
CHARSETS = {"UNOA": "ascii", "UNOB": "ascii", "UNOC": "latin-1", "UNOD": "iso8859-2", "UNOE": "iso8859-5",
            "UNOF": "iso8859-7", "UNOW": "utf-8", "UNOY": "utf-8"}


def _value(value: object) -> str:
    """A component with the service characters released (?: ?+ ?' ??), line breaks dropped."""
    text = re.sub(r"[\r\n]+", " ", "" if value is None else str(value)).strip()
    return re.sub(r"([?:+'])", r"?\1", text)


def _segment(tag: str, *elements: object) -> str:
    """A segment from elements, each a value or a tuple of components; empty trailing ones dropped."""
    parts = [tag]
    for element in elements:
        comps = element if isinstance(element, tuple) else (element,)
        parts.append(":".join(_value(c) for c in comps).rstrip(":"))
    return "+".join(parts).rstrip("+")


def _party(party: tuple[str, str]) -> tuple[str, ...]:
    qualifier, identifier = party
    return (identifier or "UNKNOWN", qualifier) if qualifier else (identifier or "UNKNOWN",)


def interchange(source: Source, reference: int, stamp: datetime, messages: list[list[str]]) -> bytes:
    """A UNA, the UNB answering the buyer's, the messages (each from UNH on; UNT added with its count), UNZ."""
    syntax = source.unb_syntax or ("UNOC", "3")
    ref = str(reference)
    segments = [_segment("UNB", syntax, _party(source.receiver), _party(source.sender),
                         (stamp.strftime("%y%m%d"), stamp.strftime("%H%M")), ref)]
    for n, body in enumerate(messages, 1):
        head = body[0].replace("UNH+#", f"UNH+{n}", 1)
        segments += [head, *body[1:], _segment("UNT", len(body) + 1, n)]
    segments.append(_segment("UNZ", len(messages), ref))
    # The bytes in the character set the UNB declares (the buyer's): UNOC is ISO 8859-1, not UTF-8.
    encoding = CHARSETS.get(syntax[0].upper(), "latin-1")
    return encodable(UNA + "\n" + "".join(s + "'\n" for s in segments), encoding).encode(encoding)


def render_contrl(source: Source, reference: int, stamp: datetime,
                  errors: list[EdiSyntaxError] | None = None) -> bytes:
    """UCI: the interchange received (its reference, sender, recipient) acknowledged with action 7 (this level
    acknowledged, and all below it unless a UCM rejects it), or 4 (this level and all below it rejected: the
    interchange's own error, with its 0085 code, the service segment and the element in error; or every
    message in it rejected); a UCM per message received, 7 or 4 with its code, then a UCS per segment in
    error (its position in the message, UNH being 1, and 0085) with a UCD per element in error (0085, its
    position and component position). `errors`: the document's (those of this interchange are answered)."""
    # Only what rejects: a CONTRL reports an error by rejecting (0085 goes with action 4), so what was noted and
    # accepted (a UNT count) is answered as accepted.
    mine = [e for e in errors or [] if e.syntax == "edifact" and e.interchange == source.interchange_ref
            and not e.accepted]
    own = next((e for e in mine if e.level == "interchange"), None)
    rejected = {e.set_control for e in mine if e.level == "set"}
    whole = own is not None or bool(source.messages) and all(ref in rejected for ref, _ in source.messages)
    uci: list[object] = [source.interchange_ref, _party(source.sender), _party(source.receiver), "4" if whole else "7"]
    if own is not None:
        uci += [own.code, own.segment_id, _position(own)]
    body = ["UNH+#+CONTRL:D:3:UN", _segment("UCI", *uci)]
    for ref, message_type in source.messages:
        of_message = [e for e in mine if e.level == "set" and e.set_control == ref]
        ucm: list[object] = [ref, tuple(message_type.split(":")), "4" if of_message or own is not None else "7"]
        if head := next((e for e in of_message if e.code), None):
            ucm += [head.code, head.segment_id, _position(head)]
        body.append(_segment("UCM", *ucm))
        for e in of_message:
            if e.segment_position is None:
                continue
            body.append(_segment("UCS", e.segment_position, e.segment_code))
            if e.element_position:
                body.append(_segment("UCD", e.element_code, _position(e)))
    return interchange(source, reference, stamp, [body])


def _position(error: EdiSyntaxError) -> tuple[object, ...] | str:
    """S011, the data element in error: its position in the segment and, in a composite, its component's."""
    if not error.element_position:
        return ""
    return (error.element_position, error.component_position) if error.component_position else (error.element_position,)


def render_ordrsp(source: Source, order: Order, lines: list[AnswerLine], kind: EdiAnswerKind,
                  reference: int, stamp: datetime) -> bytes:
    """BGM 231 (our number for the response), DTM 137, RFF ON the buyer's order and VN ours, the parties, then per
    line LIN
    (the buyer's line number, the action, their item number), QTY 21 as ordered and QTY 113 as we deliver,
    PRI AAA our price; UNS, CNT 2 the number of lines."""
    directory = source.message_type[1:4] if len(source.message_type) >= 4 else ("D", "96A", "UN")
    po = source.po_number or order.po_number or f"OI-{order.id}"
    body = ["UNH+#+" + ":".join(_value(v) for v in ("ORDRSP", *directory)),
            _segment("BGM", "231", f"OI-{order.id}-{reference}", BGM_FUNCTION[kind]),  # an..35: our own number
            _segment("DTM", ("137", stamp.strftime("%Y%m%d"), "102"))]
    if order.rejection_reason and kind == EdiAnswerKind.REJECTED:
        body.append(_segment("FTX", "AAI", "", "", order.rejection_reason[:350]))
    body.append(_segment("RFF", ("ON", po)))
    if source.po_date:
        body.append(_segment("DTM", ("171", source.po_date, "102")))
    if order.erp_order_number:
        body.append(_segment("RFF", ("VN", order.erp_order_number[:70])))  # our order number (the ERP's)
    buyer = source.buyer_name or (order.customer.name if order.customer else None)
    if buyer:
        body.append(_segment("NAD", "BY", "", "", buyer[:35]))
    currency = order.currency or (order.customer.currency if order.customer else None)
    if currency:
        body.append(_segment("CUX", ("2", currency, "9")))
    for answer in lines:
        asked, line = answer.asked, answer.line
        item = (asked.seller_code if asked is not None else None) or (line.sku if line is not None else None)
        body.append(_segment("LIN", answer.line_id, LIN_ACTION[answer.status], (item, "SA") if item else ""))
        if asked is not None and asked.buyer_code:
            body.append(_segment("PIA", "5", (asked.buyer_code, "IN")))
        unit = asked.unit if asked is not None and asked.unit else UNITS.get((line.uom or "EA").upper() if line
                                                                             else "EA", "PCE")
        if asked is not None and asked.quantity is not None:
            body.append(_segment("QTY", ("21", decimal_text(asked.quantity), unit)))
        body.append(_segment("QTY", ("113", decimal_text(answer.quantity) or "0", unit)))
        if answer.unit_price is not None:
            body.append(_segment("PRI", ("AAA", money_text(answer.unit_price))))
    body += ["UNS+S", _segment("CNT", ("2", len(lines)))]
    return interchange(source, reference, stamp, [body])
