"""Functional acknowledgements that reject (issue 16, item 5): a buyer's X12 or EDIFACT interchange that breaks its
syntax (a wrong SE or UNT count, a missing BEG or BGM, envelope control numbers that disagree, a transaction
set we do not know, a quantity that is no number), ingested through the API, read by the real worker, and
answered with a 997 or CONTRL saying which set, segment and element failed and why, delivered through the
file connector (or by email) once; the good sets of an interchange still become orders, answered in the
same 997. Nothing is lost: the raw input is kept, the message carries the error a clerk reads, the service
goes on. On SQLite and PostgreSQL. Every answer is read back with the extractors' own parsers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from extractors import edi_x12, edifact
from models.tables import Document, EdiAnswer, InboundMessage, Job, Order
from orchestration.edi_answers.unfiled import answer_unfiled
from tests.integration.test_acknowledgement import _service
from tests.integration.test_connectors_webhook import run_jobs
from tests.integration.test_edi_answers import _answers, _edifact_read, _swapped, _two_orders, _with_file_erp
from tests.integration.test_edi_answers import _x12_read as _x12_read_plain
from tests.integration.test_structured_touchless import _email, edifact_orders, x12_850
from tests.support.service import Service, log_in
from tests.support.smtp import Inbox, SmtpServer
from tests.support.templates import DatabaseTemplates


@pytest.fixture
def filed(tmp_path: Path, smtp_server: SmtpServer,
          database_templates: DatabaseTemplates) -> Iterator[tuple[Service, Path]]:
    service, outbox = _with_file_erp(tmp_path, smtp_server, database_templates)
    yield service, outbox
    service.client.close()
    service.db.dispose()


def _x12(po: str, broken: bytes, fixed: bytes) -> bytes:
    doc = x12_850(po)
    assert broken in doc
    return doc.replace(broken, fixed)


# (what is broken, the broken 850, the 997's segments between ST and SE, the sentence the clerk reads)
X12_CASES = [
    ("SE01 count", lambda po: _x12(po, b"SE*21*0001", b"SE*20*0001"),
     [["PO", "101"], ["850", "0001"], ["R", "4"], ["R", "1", "1", "0"]], "SE01 says 20 segments, the set has 21"),
    ("missing BEG", lambda po: _x12(po, f"BEG*00*SA*{po}**20261120~\n".encode(), b"").replace(b"SE*21", b"SE*20"),
     [["PO", "101"], ["850", "0001"], ["BEG", "2", "", "3"], ["R", "5"], ["R", "1", "1", "0"]],
     "no BEG segment, which the 850 must have"),
    ("quantity no number", lambda po: _x12(po, b"PO1*2*2*BX", b"PO1*2*TWO*BX"),
     [["PO", "101"], ["850", "0001"], ["PO1", "16", "", "8"], ["2", "330", "6", "TWO"], ["R", "5"],
      ["R", "1", "1", "0"]], "segment 16 PO102 'TWO' is not a number"),
    ("unknown set", lambda po: _x12(po, b"ST*850*0001", b"ST*851*0001"),
     [["PO", "101"], ["851", "0001"], ["R", "1"], ["R", "1", "1", "0"]], "transaction set '851' is not one we read"),
    ("ISA13/IEA02", lambda po: _x12(po, b"IEA*1*000000101", b"IEA*1*000000111"),
     [["PO", "101"], ["850", "0001"], ["R"], ["R", "1", "1", "0"]], "IEA02 control number '000000111' is not the ISA13"),
]


def _x12_read(path: Path) -> tuple[edi_x12.Interchange, list[edi_x12.Transaction]]:
    """A 997 read back as the other answers are; a TA1 ahead of its group (an interchange's own error) read
    apart, so that the envelope's counts are checked the same way."""
    content = path.read_bytes()
    if b"~\nTA1*" not in content:
        return _x12_read_plain(path)
    head, ta1, rest = content.partition(b"~\nTA1*")
    plain = path.parent.parent / f"{path.name}.without-ta1"
    plain.write_bytes(head + b"~\n" + rest.split(b"~\n", 1)[1])
    _, sets = _x12_read_plain(plain)
    interchanges = edi_x12.read_interchanges(edi_x12.decode(content))
    return interchanges[0], sets


def _rejected_x12(svc: Service, outbox: Path, case: str, make, expected: list[list[str]], sentence: str,
                  po: str) -> None:
    content = make(po)
    posted = svc.post_eml(_email(content, "application", "edi-x12", f"{po}.x12", po))
    svc.drain()
    with svc.db.session() as s:
        message = s.get(InboundMessage, posted["id"])
        assert message is not None and message.status == "error", (case, message and message.status)
        assert sentence in (message.error or ""), message.error
        (document,) = [d for d in message.documents if d.content == content]  # the raw input, kept whole
        assert sentence in (document.error or "") and document.edi_errors
        assert s.scalars(select(Order).where(Order.message_id == message.id)).all() == []
        (row,) = s.scalars(select(EdiAnswer).where(EdiAnswer.message_id == message.id)).all()
        assert (row.order_id, row.kind, row.answer, row.status, row.delivery) == (
            None, "997", "rejected", "sent", "connector")
        assert row.customer_id == "C001"
        file_name = row.file_name
    path = outbox / "answers" / file_name
    interchange, (fa,) = _x12_read(path)
    _swapped(interchange.segments[0])
    assert [s.elements[1:] for s in fa.segments] == expected, case
    if case == "ISA13/IEA02":
        # The interchange's own error rides ahead of the group, in a TA1: rejected, 001.
        ta1 = interchange.segments[1]
        assert (ta1.tag, ta1.elements[1:]) == ("TA1", ["000000101", "261120", "0930", "R", "001"])
    svc.drain()  # a second pass delivers nothing twice
    assert [p.name for p in _answers(outbox, f"document-{row.document_id}-*")] == [file_name]


@pytest.mark.parametrize("case", [c[0] for c in X12_CASES])
def test_a_malformed_x12_interchange_is_rejected_by_a_997(filed, case: str):
    """GIVEN C001's 850 broken in one way (a wrong SE01 count, no BEG, a quantity "TWO", an ST01 we do not know,
    an IEA02 that is not the ISA13) WHEN it is read THEN no order is made; the message is in error with the
    reason, its document kept byte for byte with its errors as data; a 997 through the file connector rejects
    the set with X12's codes (AK3/AK4 the segment and element, AK5 R and why, AK9 R 1 1 0); nothing twice."""
    svc, outbox = filed
    _, make, expected, sentence = next(c for c in X12_CASES if c[0] == case)
    _rejected_x12(svc, outbox, case, make, expected, sentence, "AR-REJ-1")
