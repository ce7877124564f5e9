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

from bootstrap import open_database
from extractors import edi_x12, edifact
from models.tables import Document, EdiAnswer, InboundMessage, Job, Order
from orchestration.edi_answers.unfiled import answer_unfiled
from orchestration.worker import Worker
from tests.integration.test_acknowledgement import _service
from tests.integration.test_connectors_webhook import run_jobs, webhook_settings
from tests.integration.test_edi_answers import (
    AnsweringReceiver,
    _answers,
    _edifact_read,
    _swapped,
    _two_orders,
    _with_file_erp,
)
from tests.integration.test_edi_answers import _x12_read as _x12_read_plain
from tests.integration.test_structured_touchless import _email, edifact_orders, x12_850
from tests.support.service import Service, log_in, make_settings
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
    ("no SE trailer", lambda po: _x12(po, b"SE*21*0001~\n", b""),
     [["PO", "101"], ["850", "0001"], ["R", "2"], ["R", "1", "1", "0"]], "X12 850 0001: no SE trailer (rejected)"),
    ("missing BEG", lambda po: _x12(po, f"BEG*00*SA*{po}**20261120~\n".encode(), b"").replace(b"SE*21", b"SE*20"),
     [["PO", "101"], ["850", "0001"], ["BEG", "2", "", "3"], ["R", "5"], ["R", "1", "1", "0"]],
     "no BEG segment, which the 850 must have"),
    ("quantity no number", lambda po: _x12(po, b"PO1*2*2*BX", b"PO1*2*TWO*BX"),
     [["PO", "101"], ["850", "0001"], ["PO1", "16", "", "8"], ["2", "330", "6", "TWO"], ["R", "5"],
      ["R", "1", "1", "0"]], "segment 16 PO102 'TWO' is not a number"),
    ("unknown set", lambda po: _x12(po, b"ST*850*0001", b"ST*851*0001"),
     [["PO", "101"], ["851", "0001"], ["R", "1"], ["R", "1", "1", "0"]], "transaction set '851' is not one we read"),
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
    svc.drain()  # a second pass delivers nothing twice
    assert [p.name for p in _answers(outbox, f"document-{row.document_id}-*")] == [file_name]


@pytest.mark.parametrize("case", [c[0] for c in X12_CASES])
def test_a_malformed_x12_interchange_is_rejected_by_a_997(filed, case: str):
    """GIVEN C001's 850 broken in one way (no SE trailer, no BEG, a quantity "TWO", an ST01 we do not know) WHEN
    it is read THEN no order is made; the message is in error with the
    reason, its document kept byte for byte with its errors as data; a 997 through the file connector rejects
    the set with X12's codes (AK3/AK4 the segment and element, AK5 R and why, AK9 R 1 1 0); nothing twice."""
    svc, outbox = filed
    _, make, expected, sentence = next(c for c in X12_CASES if c[0] == case)
    _rejected_x12(svc, outbox, case, make, expected, sentence, "AR-REJ-1")


def test_counts_and_control_numbers_that_disagree_are_noted_and_accepted(filed):
    """GIVEN C001's 850 whose SE01 count is off by one, and another whose IEA02 is not its ISA13 WHEN each is read
    THEN each becomes an order and its 997 accepts it with the error noted, as X12 allows: AK5 E 4 and AK9 E for
    the set's own count, whose order waits for a clerk (a segment may be missing); a TA1 E 001 ahead of an AK9
    A for the interchange's number, whose order ships as it would have."""
    svc, outbox = filed
    counted = svc.post_eml(_email(_x12("AR-REJ-SE", b"SE*21*0001", b"SE*22*0001"), "application", "edi-x12",
                                  "se.x12", "AR-REJ-SE"))
    svc.drain()
    order = svc.order_for_message(counted["id"])
    assert order["status"] == "needs_review"
    assert any(r["code"] == "edi_syntax_noted" and "SE01 says 22 segments, the set has 21" in r["message"]
               for r in order["review_reasons"]), order["review_reasons"]
    (fa_path,) = _answers(outbox, "*-997-*.x12")
    _, (fa,) = _x12_read(fa_path)
    assert [s.elements[1:] for s in fa.segments] == [["PO", "101"], ["850", "0001"], ["E", "4"], ["E", "1", "1", "1"]]
    numbered = svc.post_eml(_email(_x12("AR-REJ-IEA", b"IEA*1*000000101", b"IEA*1*000000111"), "application",
                                   "edi-x12", "iea.x12", "AR-REJ-IEA"))
    svc.drain()
    assert svc.order_for_message(numbered["id"])["status"] == "shipped"
    fa_path = next(p for p in _answers(outbox, "*-997-*.x12") if p != fa_path)
    interchange, (fa,) = _x12_read(fa_path)
    ta1 = interchange.segments[1]  # the interchange's own error rides ahead of the group
    assert (ta1.tag, ta1.elements[1:]) == ("TA1", ["000000101", "261120", "0930", "E", "001"])
    assert [s.elements[1:] for s in fa.segments] == [["PO", "101"], ["850", "0001"], ["A"], ["A", "1", "1", "1"]]
    with svc.db.session() as s:
        assert sorted(a.answer for a in s.scalars(select(EdiAnswer).where(EdiAnswer.kind == "997"))) == [
            "received", "received"]


def test_the_clerk_sees_why_and_the_service_goes_on(filed):
    """GIVEN C001's 850 rejected for a quantity that is no number WHEN a clerk opens the messages THEN the list and
    the message's page say which set and segment failed and why, its document is listed with the same error,
    and the 997 is listed there; the next good 850 is read, shipped and answered as ever."""
    svc, outbox = filed
    content = _x12("AR-REJ-CLERK", b"PO1*2*2*BX", b"PO1*2*TWO*BX")
    posted = svc.post_eml(_email(content, "application", "edi-x12", "AR-REJ-CLERK.x12", "AR-REJ-CLERK"))
    svc.drain()
    shown = svc.client.get(f"/api/messages/{posted['id']}").json()
    assert shown["status"] == "error" and "PO102 'TWO' is not a number" in shown["error"]
    assert [(a["kind"], a["answer"], a["status"]) for a in shown["edi_answers"]] == [("997", "rejected", "sent")]
    (errors,) = [d["edi_errors"] for d in shown["documents"] if d["edi_errors"]]
    assert [(e["segment_id"], e["segment_position"], e["element_position"], e["element_code"]) for e in errors] == [
        ("PO1", 16, 2, "6")]
    good = svc.post_eml(_email(x12_850("AR-REJ-NEXT"), "application", "edi-x12", "AR-REJ-NEXT.x12", "AR-REJ-NEXT"))
    svc.drain()
    assert svc.order_for_message(good["id"])["status"] == "shipped"
    kinds = sorted(p.name.split("-")[-2] for p in _answers(outbox, "*.x12"))
    assert kinds == ["855", "997", "997"]
    log_in(svc)
    listing = svc.client.get("/review/messages").text
    assert "X12 850 0001: segment 16 PO102 &#39;TWO&#39; is not a number (rejected)" in listing
    page = svc.client.get(f"/review/messages/{posted['id']}").text
    assert page.count("PO102 &#39;TWO&#39; is not a number") >= 2  # the message's error, and its document's
    assert "EDI answers to the sender" in page and "not accepted" in page
    assert shown["edi_answers"][0]["file_name"] in page


def test_one_bad_set_of_two_is_rejected_in_the_same_997_as_the_good_one(filed):
    """GIVEN one interchange of two 850s, the second with a quantity that is no number WHEN it is read THEN the first
    becomes an order (shipped, its 855 sent) and the second none; one 997 answers both: AK2 0001 AK5 A, AK2 0002
    with AK3 PO1 / AK4 PO102 330 6 and AK5 R 5, AK9 P 2 2 1 (partially accepted); the document says what was
    rejected; nothing twice."""
    svc, outbox = filed
    doc = _two_orders("AR-REJ-TWO-1", "AR-REJ-TWO-2")
    at = doc.index(b"ST*850*0002")
    doc = doc[:at] + doc[at:].replace(b"PO1*1*4*CA", b"PO1*1*4.O*CA", 1)
    posted = svc.post_eml(_email(doc, "application", "edi-x12", "two.x12", "AR-REJ-TWO-1"))
    svc.drain()
    (order_id,) = svc.client.get(f"/api/messages/{posted['id']}").json()["order_ids"]
    order = svc.client.get(f"/api/orders/{order_id}").json()
    assert order["po_number"] == "AR-REJ-TWO-1" and order["status"] == "shipped"
    (fa_path,), (_the_855,) = _answers(outbox, "*-997-*.x12"), _answers(outbox, "*-855-*.x12")
    _, (fa,) = _x12_read(fa_path)
    assert [s.elements[1:] for s in fa.segments] == [
        ["PO", "301"], ["850", "0001"], ["A"], ["850", "0002"], ["PO1", "14", "", "8"], ["2", "330", "6", "4.O"],
        ["R", "5"], ["P", "2", "2", "1"]]
    with svc.db.session() as s:
        (row,) = s.scalars(select(EdiAnswer).where(EdiAnswer.kind == "997")).all()
        assert (row.order_id, row.answer, row.status) == (order_id, "partly_rejected", "sent")
        (document,) = s.scalars(select(Document).where(Document.message_id == posted["id"],
                                                       Document.filename == "two.x12")).all()
        assert document.extraction_status == "extracted"
        assert "X12 850 0002: segment 14 PO102 '4.O' is not a number (rejected)" == document.error
        # A redelivered job answers nothing more.
        message = s.get(InboundMessage, posted["id"])
        assert message is not None and answer_unfiled(s, message, svc.settings) == []
    svc.drain()
    assert len(_answers(outbox, "*")) == 2


def _edifact(po: str, broken: bytes, fixed: bytes) -> bytes:
    doc = edifact_orders(po)
    assert broken in doc
    return doc.replace(broken, fixed)


# (what is broken, the broken ORDERS, UCI's elements, the segments after UCI, the sentence the clerk reads)
EDIFACT_CASES = [
    ("missing BGM", lambda po: _edifact(po, f"BGM+220+{po}+9'\n".encode(), b"").replace(b"UNT+27", b"UNT+26"),
     ["4"], [("UCM", [["1"], ["ORDERS", "D", "96A", "UN"], ["4"]]), ("UCS", [["2"], ["13"]])],
     "no BGM segment, which the ORDERS must have"),
    ("quantity no number", lambda po: _edifact(po, b"QTY+21:2:BX", b"QTY+21:two:BX"), ["4"],
     [("UCM", [["1"], ["ORDERS", "D", "96A", "UN"], ["4"]]), ("UCS", [["18"]]), ("UCD", [["12"], ["1", "2"]])],
     "segment 18 QTY 'two' is not a number"),
    ("unknown message", lambda po: _edifact(po, b"ORDERS:D:96A", b"ORDERZ:D:96A"), ["4"],
     [("UCM", [["1"], ["ORDERZ", "D", "96A", "UN"], ["4"], ["17"], ["UNH"], ["2"]])],
     "message type 'ORDERZ' is not one we read"),
]


def _rejected_edifact(svc: Service, outbox: Path, case: str, po: str) -> None:
    _, make, uci_tail, after, sentence = next(c for c in EDIFACT_CASES if c[0] == case)
    content = make(po)
    posted = svc.post_eml(_email(content, "application", "edifact", f"{po}.edi", po))
    svc.drain()
    with svc.db.session() as s:
        message = s.get(InboundMessage, posted["id"])
        assert message is not None and message.status == "error" and sentence in (message.error or ""), case
        assert any(d.content == content and d.edi_errors for d in message.documents)
        assert s.scalars(select(Order).where(Order.message_id == message.id)).all() == []
        (row,) = s.scalars(select(EdiAnswer).where(EdiAnswer.message_id == message.id)).all()
        assert (row.order_id, row.kind, row.answer, row.status) == (None, "CONTRL", "rejected", "sent")
        file_name = row.file_name
    _, (contrl,) = _edifact_read(outbox / "answers" / file_name)
    assert contrl.type == "CONTRL"
    uci = contrl.segments[1]
    assert uci.tag == "UCI" and [uci.c(1), uci.c(2), uci.c(3)] == ["101", "ACMERETAIL", "NORTHWIND"]
    assert [c for element in uci.elements[4:] for c in element] == uci_tail, case
    assert [(s.tag, [[c for c in e] for e in s.elements[1:]]) for s in contrl.segments[2:]] == after, case
    svc.drain()
    assert [p.name for p in _answers(outbox, f"document-{row.document_id}-*")] == [file_name]


@pytest.mark.parametrize("case", [c[0] for c in EDIFACT_CASES])
def test_a_malformed_edifact_interchange_is_rejected_by_a_contrl(filed, case: str):
    """GIVEN C001's ORDERS broken in one way (no BGM, a quantity "two", a message type we do not know) WHEN it is
    read THEN no order is made, the message is in error with the reason and keeps its document; a CONTRL rejects
    it: UCI action 4, UCM 4 (with its 0085 code, service segment and element when the error is in UNH), UCS
    the segment's position and code, UCD the element's; nothing twice."""
    svc, outbox = filed
    _rejected_edifact(svc, outbox, case, "AR-REJ-EDI-1")


def test_an_edifact_count_that_disagrees_is_noted_and_the_order_waits_for_a_clerk(filed):
    """GIVEN C001's ORDERS whose UNT says 28 segments for 27 WHEN it is read THEN it becomes an order that waits for
    a clerk (a segment may be missing), and its CONTRL accepts it (UCI 7, UCM 7): a CONTRL reports an error only
    by rejecting."""
    svc, outbox = filed
    posted = svc.post_eml(_email(_edifact("AR-REJ-UNT", b"UNT+27+1", b"UNT+28+1"), "application", "edifact",
                                 "unt.edi", "AR-REJ-UNT"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review"
    assert any(r["code"] == "edi_syntax_noted" and "UNT says 28 segments, the message has 27" in r["message"]
               for r in order["review_reasons"]), order["review_reasons"]
    (contrl_path,) = _answers(outbox, "*-CONTRL-*.edi")
    _, (contrl,) = _edifact_read(contrl_path)
    assert [(s.tag, s.elements[1:]) for s in contrl.segments[1:]] == [
        ("UCI", [["101"], ["ACMERETAIL"], ["NORTHWIND"], ["7"]]), ("UCM", [["1"], ["ORDERS", "D", "96A", "UN"], ["7"]])]


def test_one_bad_message_of_two_is_rejected_in_the_same_contrl(filed):
    """GIVEN one EDIFACT interchange of two ORDERS, the second without its BGM WHEN it is read THEN the first becomes
    an order and the second none; one CONTRL answers both: UCI 7, UCM 1 action 7, UCM 2 action 4 with UCS 2 13."""
    svc, outbox = filed
    first = edifact_orders("AR-REJ-EDI-TWO").decode().split("'\n")
    start = next(i for i, seg in enumerate(first) if seg.startswith("UNH"))
    end = next(i for i, seg in enumerate(first) if seg.startswith("UNT"))
    second = [f"UNH+2+{first[start].split('+', 2)[2]}", *(s for s in first[start + 1:end] if not s.startswith("BGM")),
              f"UNT+{end - start}+2"]
    segments = [*first[:end + 1], *second, "UNZ+2+101"]
    doc = ("'\n".join(segments) + "'\n").encode()
    posted = svc.post_eml(_email(doc, "application", "edifact", "two.edi", "AR-REJ-EDI-TWO"))
    svc.drain()
    (order_id,) = svc.client.get(f"/api/messages/{posted['id']}").json()["order_ids"]
    assert svc.client.get(f"/api/orders/{order_id}").json()["status"] == "shipped"
    (contrl_path,) = _answers(outbox, "*-CONTRL-*.edi")
    _, (contrl,) = _edifact_read(contrl_path)
    assert [(s.tag, s.elements[1:]) for s in contrl.segments[1:]] == [
        ("UCI", [["101"], ["ACMERETAIL"], ["NORTHWIND"], ["7"]]),
        ("UCM", [["1"], ["ORDERS", "D", "96A", "UN"], ["7"]]),
        ("UCM", [["2"], ["ORDERS", "D", "96A", "UN"], ["4"]]), ("UCS", [["2"], ["13"]])]
    assert len(_answers(outbox, "*-ORDRSP-*.edi")) == 1


def test_an_outbox_that_cannot_take_the_rejection_keeps_it_and_delivers_it_once(filed):
    """GIVEN the outbox's answers/ blocked WHEN C001's 850 with a quantity "4,0" is read THEN the message is in error
    all the same, the 997 waits (pending, its job retried with the error); once the folder can be written it is
    delivered once, and running the jobs again sends nothing more."""
    svc, outbox = filed
    outbox.mkdir(parents=True, exist_ok=True)
    (outbox / "answers").write_text("not a folder")
    content = _x12("AR-REJ-BLOCKED", b"BEG*00*SA*AR-REJ-BLOCKED", b"BEG*00*SA*AR-REJ-BLOCKED")
    content = content.replace(b"PO1*1*4*CA", b"PO1*1*4,0*CA")
    posted = svc.post_eml(_email(content, "application", "edi-x12", "blocked.x12", "AR-REJ-BLOCKED"))
    svc.drain()
    with svc.db.session() as s:
        assert s.get(InboundMessage, posted["id"]).status == "error"  # type: ignore[union-attr]
        assert [a.status for a in s.scalars(select(EdiAnswer))] == ["pending"]
        (job,) = s.scalars(select(Job).where(Job.kind == "edi_message_answer")).all()
        assert job.status == "queued" and job.attempts >= 1 and "cannot write to the outbox" in (job.last_error or "")
    (outbox / "answers").unlink()
    run_jobs(svc)
    run_jobs(svc)
    assert len(_answers(outbox, "*-997-*.x12")) == 1
    with svc.db.session() as s:
        assert [a.status for a in s.scalars(select(EdiAnswer))] == ["sent"]


def test_a_rejection_by_email_under_the_buyers_own_once(tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox,
                                                         database_templates: DatabaseTemplates):
    """GIVEN the builtin ERP (which cannot carry files) WHEN C001's EDIFACT ORDERS with a quantity "3x" is read
    THEN one email under the buyer's carries the rejecting CONTRL and says what was rejected; a second pass of
    the worker sends nothing more."""
    svc = _service(tmp_path, smtp_server.port, database_templates)
    try:
        po = "AR-REJ-MAIL-1"
        svc.post_eml(_email(_edifact(po, b"QTY+21:3:PK", b"QTY+21:3x:PK"), "application", "edifact", f"{po}.edi", po))
        svc.drain()
        svc.drain()
        carrying = [m for _, m in inbox.received if any(p.get_filename() for p in m.iter_attachments())]
        assert len(carrying) == 1
        mail = carrying[0]
        assert mail["In-Reply-To"] == f"<{po}@acme-retail.example>" and mail["Subject"] == f"Re: PO {po}"
        assert "segment 23 QTY '3x' is not a number (rejected)" in mail.get_body(("plain",)).get_content()
        (attached,) = list(mail.iter_attachments())
        content = attached.get_content()
        text = content.decode() if isinstance(content, bytes) else content
        assert "UCI+101+ACMERETAIL+NORTHWIND+4'" in text and "UCM+1+ORDERS:D:96A:UN+4'" in text
        assert "UCS+23'\nUCD+12+1:2'" in text
        with svc.db.session() as s:
            assert [(a.kind, a.status, a.delivery) for a in s.scalars(select(EdiAnswer))] == [
                ("CONTRL", "sent", "email")]
    finally:
        svc.client.close()
        svc.db.dispose()


def test_the_webhook_carries_a_rejection_once_as_a_signed_event(tmp_path: Path,
                                                              database_templates: DatabaseTemplates):
    """GIVEN every stage on the webhook WHEN C001's EDIFACT ORDERS without its BGM is read THEN one signed edi.answer
    event carries the rejecting CONTRL under its own key, with no order (order_id null) and the message it
    answers; running the jobs again sends nothing more."""
    receiver = AnsweringReceiver().start()
    settings = webhook_settings(make_settings(tmp_path), f"http://127.0.0.1:{receiver.port}/hook")
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    service = Service(settings, open_database(settings))
    service.worker = Worker(service.db, settings)
    try:
        po = "AR-REJ-HOOK-1"
        content = _edifact(po, f"BGM+220+{po}+9'\n".encode(), b"").replace(b"UNT+27", b"UNT+26")
        posted = service.post_eml(_email(content, "application", "edifact", f"{po}.edi", po))
        run_jobs(service)
        (sent,) = receiver.of_stage("edi_answer")
        body = sent["body"]
        assert sent["signed"] and sent["key"] == body["idempotency_key"] and sent["key"].startswith("document:")
        assert (body["order_id"], body["po_number"], body["message_id"]) == (None, None, posted["id"])
        assert (body["answer"]["kind"], body["answer"]["answer"]) == ("CONTRL", "rejected")
        segments, _seps, _notes = edifact.read_segments(body["answer"]["content"])
        assert [s.elements[1:] for s in segments if s.tag == "UCS"] == [[["2"], ["13"]]]
        run_jobs(service)
        assert len(receiver.of_stage("edi_answer")) == 1
    finally:
        receiver.stop()
        service.client.close()
        service.db.dispose()


@pytest.mark.slow
def test_the_rejections_on_postgresql(pg_demo_url: str, tmp_path: Path, smtp_server: SmtpServer,
                                      database_templates: DatabaseTemplates):
    """The same rejections on PostgreSQL: an X12 and an EDIFACT interchange rejected whole, answered once."""
    service, outbox = _with_file_erp(tmp_path, smtp_server, database_templates, pg_demo_url)
    try:
        _, make, expected, sentence = X12_CASES[2]
        _rejected_x12(service, outbox, X12_CASES[2][0], make, expected, sentence, "AR-REJ-PG-1")
        _rejected_edifact(service, outbox, "missing BGM", "AR-REJ-PG-2")
    finally:
        service.client.close()
        service.db.dispose()
