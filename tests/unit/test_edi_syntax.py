"""The X12 and EDIFACT syntax checks (extractors/x12_syntax.py, edifact_syntax.py) and the 997 and CONTRL that say
their errors back (orchestration/edi_answers/x12.py, edifact.py): each breach with the standard's code, what it
rejects, what it only notes, and what is never judged (acknowledgements, sets we know but do not read)."""

from __future__ import annotations

from datetime import datetime

from extractors import edi_x12, edifact
from models.schemas import EdiSyntaxError
from orchestration.edi_answers import edifact as edifact_answer
from orchestration.edi_answers import x12 as x12_answer
from orchestration.edi_answers.outbox import functional_kind
from orchestration.edi_answers.source import _edifact_envelope, _x12_envelope

ISA = "ISA*00*          *00*          *ZZ*BUYER          *ZZ*SELLER         *261120*0930*U*00401*000000007*0*P*>"
STAMP = datetime(2026, 12, 7, 10, 0)


def _set(control: str, body: list[str], set_id: str = "850", count: int | None = None) -> list[str]:
    return [f"ST*{set_id}*{control}", *body, f"SE*{count if count is not None else len(body) + 2}*{control}"]


def _po(po: str, quantity: str = "2") -> list[str]:
    return [f"BEG*00*SA*{po}**20261120", f"PO1*1*{quantity}*EA*1.50**VP*A-1", "CTT*1"]


def _x12(*groups: list[str], iea: str = "IEA*{n}*000000007") -> bytes:
    segments = [ISA]
    for n, sets in enumerate(groups, 1):
        count = sum(1 for s in sets if s.startswith("ST*"))
        segments += [f"GS*PO*BUYER*SELLER*20261120*0930*{n}*X*004010", *sets, f"GE*{count}*{n}"]
    segments.append(iea.format(n=len(groups)))
    return ("~\n".join(segments) + "~\n").encode()


def _answer_997(content: bytes, errors: list[EdiSyntaxError]) -> list[list[str]]:
    (interchange,) = edi_x12.read_interchanges(edi_x12.decode(content))
    rendered = x12_answer.render_997(_x12_envelope(interchange), 1, STAMP, errors)
    (answer,) = edi_x12.read_interchanges(edi_x12.decode(rendered))
    return [s.elements for s in answer.segments if s.tag in ("TA1", "AK1", "AK2", "AK3", "AK4", "AK5", "AK9")]


def test_a_group_of_a_good_and_a_bad_860_is_partially_accepted():
    """GIVEN one group of an 850 and an 860 without BCH WHEN read THEN the 850 is an order, the 860 none; the 997
    says AK5 A, then AK3 BCH 2 3 / AK5 R 5, AK9 P 2 2 1; the answer is partly rejected."""
    content = _x12(_set("0001", _po("P-1")) + _set("0002", ["POC*1*QI*3*2*EA"], "860"))
    ex = edi_x12.extract_x12(content, 0)
    assert ex.error is None and ex.header.po_number is not None and ex.siblings == []
    assert [(e.set_control, e.code, e.segment_id, e.segment_code) for e in ex.edi_errors] == [("0002", "5", "BCH", "3")]
    assert _answer_997(content, ex.edi_errors) == [
        ["AK1", "PO", "1"], ["AK2", "850", "0001"], ["AK5", "A"], ["AK2", "860", "0002"], ["AK3", "BCH", "2", "", "3"],
        ["AK5", "R", "5"], ["AK9", "P", "2", "2", "1"]]
    (interchange,) = edi_x12.read_interchanges(edi_x12.decode(content))
    assert functional_kind(_x12_envelope(interchange), ex.edi_errors) == "partly_rejected"


def test_a_missing_ge_rejects_its_group_and_counts_that_disagree_are_noted():
    """GIVEN an interchange whose IEA01 says 3 groups for 2, a first group with no GE, and a second whose GE01 says
    2 sets for 1 WHEN read THEN the first group is rejected (AK9 R 3, its set AK5 R), the second accepted with the
    error noted (AK9 E 5), and a TA1 E 021 goes ahead of both."""
    first = [ISA, "GS*PO*BUYER*SELLER*20261120*0930*1*X*004010", *_set("0001", _po("P-1"))]
    second = ["GS*PO*BUYER*SELLER*20261120*0930*2*X*004010", *_set("0002", _po("P-2")), "GE*2*2", "IEA*3*000000007"]
    content = ("~\n".join(first + second) + "~\n").encode()
    ex = edi_x12.extract_x12(content, 0)
    assert ex.error is None and ex.header.po_number is not None and ex.header.po_number.value == "P-2"
    assert sorted((e.level, e.code, e.accepted) for e in ex.edi_errors) == [
        ("group", "3", False), ("group", "5", True), ("interchange", "021", True)]
    assert _answer_997(content, ex.edi_errors) == [
        ["TA1", "000000007", "261120", "0930", "E", "021"],
        ["AK1", "PO", "1"], ["AK2", "850", "0001"], ["AK5", "R"], ["AK9", "R", "1", "1", "0", "3"],
        ["AK1", "PO", "2"], ["AK2", "850", "0002"], ["AK5", "A"], ["AK9", "E", "2", "1", "1", "5"]]


def test_an_se_count_off_is_noted_on_its_order_and_acknowledgements_are_never_judged():
    """GIVEN an 850 whose SE01 is off by one THEN it is read, its order carries the doubt and its 997 says AK5 E 4;
    GIVEN a 997 of a partner's with the same fault THEN nothing is judged: an acknowledgement is never answered."""
    ex = edi_x12.extract_x12(_x12(_set("0001", _po("P-1"), count=9)), 0)
    assert ex.error is None and len(ex.lines) == 1
    assert ex.syntax_doubts == ["X12 850 0001: SE01 says 9 segments, the set has 5 (noted, accepted)"]
    acknowledgement = _x12(_set("0001", ["AK1*PO*1", "AK9*A*1*1*1"], "997", count=9)).replace(b"GS*PO", b"GS*FA")
    read = edi_x12.extract_x12(acknowledgement, 0)
    assert read.edi_errors == [] and read.document_kind == "X12 997 functional acknowledgment"


UNB = "UNB+UNOC:3+BUYER:14+SELLER:14+261120:0930+42"


def _edifact(*messages: list[str]) -> bytes:
    segments = [UNB]
    for n, body in enumerate(messages, 1):
        segments += [f"UNH+{n}+{body[0]}", *body[1:], f"UNT+{len(body) + 1}+{n}"]
    segments.append(f"UNZ+{len(messages)}+42")
    return ("UNA:+.? '\n" + "".join(s + "'\n" for s in segments)).encode()


def _orders(po: str, quantity: str = "2") -> list[str]:
    return ["ORDERS:D:96A:UN", f"BGM+220+{po}+9", "LIN+1", "PIA+5+A-1:SA", f"QTY+21:{quantity}:EA", "PRI+AAA:1.5"]


def _answer_contrl(content: bytes, errors: list[EdiSyntaxError]) -> list[list[list[str]]]:
    segments, _seps, notes = edifact.read_segments(edifact.decode(content))
    source = _edifact_envelope(segments[0], edifact.messages(segments, notes))
    rendered = edifact_answer.render_contrl(source, 1, STAMP, errors)
    answer, _seps, _notes = edifact.read_segments(edifact.decode(rendered))
    return [s.elements for s in answer if s.tag in ("UCI", "UCM", "UCS", "UCD")]


def test_an_edifact_message_with_a_price_that_is_no_number_is_rejected_beside_a_good_one():
    """GIVEN two ORDERS, the second's PRI "1,5,0" WHEN read THEN the first is an order, the second none; the CONTRL:
    UCI 7, UCM 1 7, UCM 2 4 with UCS 6 and UCD 12 1:2."""
    second = _orders("P-2")
    second[-1] = "PRI+AAA:1,5,0"
    content = _edifact(_orders("P-1"), second)
    ex = edifact.extract_edifact(content, 0)
    assert ex.error is None and ex.header.po_number is not None and ex.siblings == []
    assert _answer_contrl(content, ex.edi_errors) == [
        [["UCI"], ["42"], ["BUYER", "14"], ["SELLER", "14"], ["7"]],
        [["UCM"], ["1"], ["ORDERS", "D", "96A", "UN"], ["7"]],
        [["UCM"], ["2"], ["ORDERS", "D", "96A", "UN"], ["4"]], [["UCS"], ["6"]], [["UCD"], ["12"], ["1", "2"]]]


def test_edifact_reports_and_messages_we_do_not_read_are_never_judged():
    """GIVEN an interchange of a CONTRL and an INVOIC, both with wrong UNT counts THEN no error is found: a report is
    never reported on, and an invoice is closed as what it is."""
    content = _edifact(["CONTRL:D:3:UN", "UCI+1+A+B+7"], ["INVOIC:D:96A:UN", "BGM+380+INV-1+9"]).replace(
        b"UNT+3+1", b"UNT+9+1").replace(b"UNT+3+2", b"UNT+9+2")
    ex = edifact.extract_edifact(content, 0)
    assert ex.edi_errors == [] and ex.error is None and ex.document_kind is not None


def test_a_count_written_in_superscript_digits_is_a_count_that_disagrees_not_a_crash():
    """A regression: "²" is a digit to str.isdigit but no number to int(); an SE01, GE01 or CTT01 of it (a Latin-1
    byte) made the reader raise. It is a count that disagrees: noted, and the order read."""
    content = _x12(_set("0001", [*_po("P-1")[:-1], "CTT*\xb2"], count=0))
    content = content.replace(b"SE*0*", "SE*\xb2*".encode("latin-1"))
    content = content.replace("CTT*\xb2".encode(), "CTT*\xb2".encode("latin-1"))
    ex = edi_x12.extract_x12(content, 0)
    assert ex.error is None and len(ex.lines) == 1
    assert [e.code for e in ex.edi_errors] == ["4"]
