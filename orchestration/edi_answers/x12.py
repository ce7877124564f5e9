"""The X12 answers: a 997 functional acknowledgement (every transaction set of every functional group received,
accepted), an 855 purchase order acknowledgement (BAK, then each line with its ACK status) and an 865
purchase order change acknowledgement (BCA, then each line of the buyer's 860 with its ACK status), each in
its own interchange.

The envelope answers the buyer's: ISA05/06 and ISA07/08 swapped from the interchange received, GS02/GS03
likewise, the same ISA12 version, ISA11 and test/production flag (ISA15). ISA13, GS06 and ST02 are ours:
the interchange and group control numbers come from a counter kept per trading partner (control.py), and
SE01, GE01 and IEA01 count what each envelope holds. Elements `*`, segments `~`, components `>`."""

from __future__ import annotations

import re
from datetime import datetime

from models.schemas import EdiSyntaxError
from models.status import EdiAnswerKind, LineAnswer
from models.tables import Order
from orchestration.connectors.payload import decimal_text, money_text
from orchestration.edi_answers.lines import AnswerLine, ChangeAnswer
from orchestration.edi_answers.source import Source, encodable

# BAK02 (data element 587): acknowledge with detail, no change / with detail and change / rejected with detail.
BAK02 = {EdiAnswerKind.ACCEPTED: "AD", EdiAnswerKind.CHANGED: "AC", EdiAnswerKind.REJECTED: "RD"}
# ACK01 (data element 668), per line.
ACK01 = {LineAnswer.ACCEPTED: "IA", LineAnswer.QUANTITY_CHANGED: "IQ", LineAnswer.PRICE_CHANGED: "IP",
         LineAnswer.CHANGED: "IC", LineAnswer.REJECTED: "IR", LineAnswer.ADDED: "IA"}
# BCA02 (587) of an 865: the change accepted as asked, accepted with changes, rejected with detail.
BCA02 = {EdiAnswerKind.ACCEPTED: "AT", EdiAnswerKind.CHANGED: "AC", EdiAnswerKind.REJECTED: "RD"}
UNITS = {"EA": "EA", "CS": "CA", "BX": "BX", "PK": "PK", "DZ": "DZ", "RL": "RL", "PR": "PR", "BG": "BG",
         "GAL": "GA", "KG": "KG", "M": "MR", "PL": "PL", "DR": "DR", "SET": "ST", "KT": "KT", "LB": "LB"}


def _x12(value: object) -> str:
    """An element value without this writer's separators (* ~ >) or line breaks."""
    return re.sub(r"[*~>\r\n]+", " ", "" if value is None else str(value)).strip()


def _segment(*elements: object) -> str:
    return "*".join(_x12(e) for e in elements).rstrip("*")


def envelope(source: Source, functional_id: str, control: int, stamp: datetime, sets: list[list[str]],
             ahead: list[str] | None = None) -> bytes:
    """One interchange of one functional group holding `sets` (each a transaction set's segments between ST
    and SE, ST and SE added here with their counts); `ahead`: segments between the ISA and the GS (a TA1)."""
    number = f"{control:09d}"
    isa = ["ISA", "00", " " * 10, "00", " " * 10,
           f"{source.receiver[0] or 'ZZ':<2}"[:2], f"{_x12(source.receiver[1])[:15]:<15}",
           f"{source.sender[0] or 'ZZ':<2}"[:2], f"{_x12(source.sender[1])[:15]:<15}",
           stamp.strftime("%y%m%d"), stamp.strftime("%H%M"), source.repetition or "U", source.version or "00401",
           number, "0", source.usage or "P", ">"]
    version = next((g.version for g in source.groups if g.version), "") or "004010"
    segments = ["*".join(isa), *(ahead or []),
                _segment("GS", functional_id, source.app_receiver or source.receiver[1],
                         source.app_sender or source.sender[1], stamp.strftime("%Y%m%d"), stamp.strftime("%H%M"),
                         control, "X", version)]
    for n, body in enumerate(sets, 1):
        st_control = f"{n:04d}"
        segments.append(_segment("ST", body[0], st_control))
        segments += body[1:]
        segments.append(_segment("SE", len(body) + 1, st_control))  # ST ... SE, both counted
    segments += [_segment("GE", len(sets), control), _segment("IEA", 1, number)]
    # X12's character sets are ASCII: a name written "Kälte" goes out as "Kalte".
    return encodable("~\n".join(segments) + "~\n", "ascii").encode("ascii")


def render_997(source: Source, control: int, stamp: datetime, errors: list[EdiSyntaxError] | None = None) -> bytes:
    """A 997 for each functional group received: AK1 the group; per transaction set AK2, an AK3 for each segment
    in error with an AK4 for each of its elements in error, and AK5 (A accepted, E accepted with errors noted,
    R rejected, with up to five AK502 codes); AK9 the group (A, E, P partially accepted, R) with its counts (sets
    the GE says it holds, received, accepted) and its own codes. `errors`: the document's (those of this
    interchange are answered). An interchange's own error goes ahead of the group in a TA1 (R or E, TA105)."""
    mine = [e for e in errors or [] if e.syntax == "x12" and e.interchange == source.interchange_ref]
    rejected_whole = any(e.level == "interchange" and not e.accepted for e in mine)
    ahead = []
    if envelope_errors := sorted((e for e in mine if e.level == "interchange"), key=lambda e: e.accepted):
        date_, time_ = source.interchange_stamp
        ahead.append(_segment("TA1", source.interchange_ref, date_, time_, "R" if rejected_whole else "E",
                              envelope_errors[0].code))
    sets = []
    for group in source.groups:
        of_group = [e for e in mine if e.level == "group" and e.group == group.control]
        group_rejected = rejected_whole or any(not e.accepted for e in of_group)
        body = ["997", _segment("AK1", group.functional_id, group.control)]
        accepted, noted = 0, bool(of_group)
        for set_id, set_control in group.sets:
            of_set = [e for e in mine if e.level == "set" and e.group == group.control and e.set_control == set_control]
            body += [_segment("AK2", set_id, set_control), *_segment_errors(of_set)]
            status = "R" if group_rejected or any(not e.accepted for e in of_set) else "E" if of_set else "A"
            accepted += status != "R"
            noted = noted or status == "E"
            body.append(_segment("AK5", status, *_codes(of_set)))
        received = len(group.sets)
        included = group.declared if group.declared is not None else received
        status = ("R" if group_rejected or accepted == 0 and received else "P" if accepted < received
                  else "E" if noted else "A")
        body.append(_segment("AK9", status, included, received, accepted, *_codes(of_group)))
        sets.append(body)
    return envelope(source, "FA", control, stamp, sets, ahead)


def _codes(errors: list[EdiSyntaxError]) -> list[str]:
    """The distinct codes of `errors`, at most five (AK502-AK506, AK905-AK909)."""
    return list(dict.fromkeys(e.code for e in errors if e.code))[:5]


def _segment_errors(errors: list[EdiSyntaxError]) -> list[str]:
    """AK3 for each segment in error (its id, position in the set, AK304), each followed by an AK4 per element in
    error (its position, data element reference number, AK403, a copy of the bad value)."""
    out: list[str] = []
    seen: dict[tuple[str, int | None], None] = {}
    for e in errors:
        if not e.segment_id or (e.segment_id, e.segment_position) in seen:
            continue
        seen[(e.segment_id, e.segment_position)] = None
        out.append(_segment("AK3", e.segment_id, e.segment_position or "", "", e.segment_code))
        for el in errors:
            if (el.segment_id, el.segment_position) == (e.segment_id, e.segment_position) and el.element_position:
                # AK401 is a composite (position, component position): its separator is ours, ISA16.
                where = str(el.element_position) + (f">{el.component_position}" if el.component_position else "")
                out.append("*".join(["AK4", where, _x12(el.element_reference), _x12(el.element_code),
                                     _x12(el.value)[:99]]).rstrip("*"))
    return out


def render_855(source: Source, order: Order, lines: list[AnswerLine], kind: EdiAnswerKind, purpose: str,
               control: int, stamp: datetime) -> bytes:
    """An 855: BAK (BAK01 `purpose`: 00 original, 04 answering a change, 01 a cancellation; BAK02 as `kind`), our
    sales order number
    (BAK08), then per line PO1 as the buyer asked it (their line id, quantity, unit, codes; our price) and ACK
    with its status and the quantity we take."""
    po = source.po_number or order.po_number or f"OI-{order.id}"
    # BAK08 holds 30 characters: an ERP number longer than that (a file connector's file name) gives way to ours.
    ours = order.erp_order_number if order.erp_order_number and len(order.erp_order_number) <= 30 else f"OI-{order.id}"
    body = ["855", _segment("BAK", purpose, BAK02[kind], po, source.po_date or
                            (order.order_date or stamp.date()).strftime("%Y%m%d"), "", "", "", ours,
                            stamp.strftime("%Y%m%d"))]
    currency = order.currency or (order.customer.currency if order.customer else None)
    if currency:
        body.append(_segment("CUR", "SE", currency))
    if order.rejection_reason and kind == EdiAnswerKind.REJECTED:
        body += [_segment("N9", "L1", "REJECTED"), _segment("MSG", order.rejection_reason[:264])]
    if source.buyer_name or order.customer is not None:
        body.append(_segment("N1", "BY", (source.buyer_name or (order.customer.name if order.customer else ""))[:60]))
    for answer in lines:
        asked, line = answer.asked, answer.line
        unit = asked.unit if asked is not None and asked.unit else UNITS.get((line.uom or "EA").upper() if line
                                                                             else "EA", "EA")
        price = answer.unit_price
        po1: list[object] = ["PO1", answer.line_id,
                             decimal_text(asked.quantity) if asked is not None and asked.quantity is not None
                             else decimal_text(answer.quantity), unit,
                             money_text(price) if price is not None else "", ""]
        seller = (asked.seller_code if asked is not None else None) or (line.sku if line is not None else None)
        buyer = asked.buyer_code if asked is not None else (line.customer_part if line is not None else None)
        if seller:
            po1 += ["VP", seller]
        if buyer:
            po1 += ["BP", buyer]
        body.append(_segment(*po1))
        body.append(_segment("ACK", ACK01[answer.status], decimal_text(answer.quantity) or "0", unit))
    body.append(_segment("CTT", len(lines)))
    return envelope(source, "PR", control, stamp, [body])


def render_865(source: Source, order: Order, answers: list[ChangeAnswer], kind: EdiAnswerKind, cancel: bool,
               reason: str | None, control: int, stamp: datetime) -> bytes:
    """An 865 answering the buyer's 860 (`source` is the 860): BCA (BCA01 00, or 01 answering a cancellation;
    BCA02 as `kind`; the PO, the buyer's change sequence number, the PO date, our order number, today), the
    reason of a refused change (N9/MSG), then per POC of the 860 the POC as the buyer sent it and an ACK with
    what became of it and the quantity we take. Functional group CA."""
    po = source.po_number or order.po_number or f"OI-{order.id}"
    ours = order.erp_order_number if order.erp_order_number and len(order.erp_order_number) <= 30 else f"OI-{order.id}"
    body = ["865", _segment("BCA", "01" if cancel else "00", BCA02[kind], po, "", source.change_sequence or "",
                            source.po_date or (order.order_date or stamp.date()).strftime("%Y%m%d"), "", "", ours,
                            stamp.strftime("%Y%m%d"))]
    if reason and kind == EdiAnswerKind.REJECTED:
        body += [_segment("N9", "L1", "REJECTED"), _segment("MSG", reason[:264])]
    if source.buyer_name or order.customer is not None:
        body.append(_segment("N1", "BY", (source.buyer_name or (order.customer.name if order.customer else ""))[:60]))
    for answer in answers:
        asked = answer.asked
        unit = asked.unit or "EA"  # the ACK's; the POC repeats the buyer's as sent (none on a deletion)
        poc: list[object] = ["POC", asked.line_id, asked.change or "",
                             decimal_text(asked.quantity) if asked.quantity is not None else "", "", asked.unit,
                             money_text(asked.unit_price) if asked.unit_price is not None else "", ""]
        if asked.seller_code:
            poc += ["VP", asked.seller_code]
        if asked.buyer_code:
            poc += ["BP", asked.buyer_code]
        body.append(_segment(*poc))
        body.append(_segment("ACK", answer.code, decimal_text(answer.quantity) or "0", unit))
    body.append(_segment("CTT", len(answers)))
    return envelope(source, "CA", control, stamp, [body])
