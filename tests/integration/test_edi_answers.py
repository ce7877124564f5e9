"""EDI answers for EDI buyers through the whole pipeline (issue 16, item 5): an order ingested through the API as
an X12 850, an EDIFACT ORDERS or a UBL Order, read by the real worker, taken by the ERP (the file connector), and
answered in its own syntax — 997 + 855, CONTRL + ORDRSP, OrderResponse — written to the outbox's answers/ folder;
a rejected order and a buyer's change (860, ORDCHG) answered likewise; on SQLite and PostgreSQL. Every answer is
read back with the extractors' own parsers (edi_x12, edifact, ubl): envelopes, counts, control numbers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bootstrap import open_database
from config import FileConnectorConfig
from extractors import edi_x12, edifact, ubl
from models.tables import Customer, Document, EdiAnswer, InboundMessage, Job, OrderRevision
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.connectors.file import FileErp
from orchestration.stages import Connectors
from orchestration.worker import Worker
from tests.integration.test_acknowledgement import _service
from tests.integration.test_connectors_webhook import Receiver, run_jobs, webhook_settings
from tests.integration.test_revisions import _x12_860
from tests.integration.test_structured_touchless import _email, edifact_orders, ubl_order, x12_850
from tests.support.messages import ACME_BUYER, email_with_attachment
from tests.support.service import Service, log_in, make_settings
from tests.support.smtp import Inbox, SmtpServer
from tests.support.templates import DatabaseTemplates

UBL_RESPONSE_ORDER = [  # UBL 2.1 OrderResponse's sequence, as far as these answers use it
    "UBLVersionID", "ID", "SalesOrderID", "IssueDate", "IssueTime", "OrderResponseCode", "Note",
    "DocumentCurrencyCode", "OrderReference", "SellerSupplierParty", "BuyerCustomerParty", "LegalMonetaryTotal",
    "OrderLine"]
LINE_ITEM_ORDER = ["ID", "LineStatusCode", "Quantity", "LineExtensionAmount", "Price", "Item"]


def _with_file_erp(tmp_path: Path, smtp_server: SmtpServer, templates: DatabaseTemplates,
                   url: str | None = None) -> tuple[Service, Path]:
    service = _service(tmp_path, smtp_server.port, templates, url)
    outbox = tmp_path / "outbox"
    service.worker = Worker(service.db, service.settings,
                            Connectors(erp=FileErp(FileConnectorConfig(format="json"), outbox),
                                       acknowledgement=Acknowledger.from_settings(service.settings)))
    return service, outbox


@pytest.fixture
def filed(tmp_path: Path, smtp_server: SmtpServer,
          database_templates: DatabaseTemplates) -> Iterator[tuple[Service, Path]]:
    service, outbox = _with_file_erp(tmp_path, smtp_server, database_templates)
    yield service, outbox
    service.client.close()
    service.db.dispose()


def _answers(outbox: Path, pattern: str) -> list[Path]:
    return sorted((outbox / "answers").glob(pattern), key=lambda p: p.stat().st_mtime_ns)


def _x12_read(path: Path) -> tuple[edi_x12.Interchange, list[edi_x12.Transaction]]:
    """An answer read back with the X12 extractor's own envelope reader; its counts checked as a receiver does."""
    interchanges = edi_x12.read_interchanges(edi_x12.decode(path.read_bytes()))
    assert len(interchanges) == 1
    interchange = interchanges[0]
    sets = edi_x12.transactions(interchange)
    assert interchange.notes == [], interchange.notes  # SE01 counts and every ST closed
    segments = interchange.segments
    isa, gs, ge, iea = segments[0], segments[1], segments[-2], segments[-1]
    assert (isa.tag, gs.tag, ge.tag, iea.tag) == ("ISA", "GS", "GE", "IEA")
    assert len(isa.text) == edi_x12.ISA_LENGTH - 1  # fixed width, every element padded
    assert iea.el(2) == isa.el(13) and iea.el(1) == "1"
    assert ge.el(2) == gs.el(6) and int(ge.el(1)) == len(sets)
    for seg in segments:
        if seg.tag == "SE":
            assert seg.el(2) == next(s for s in segments if s.tag == "ST" and s.index < seg.index
                                     and s.index == max(x.index for x in segments if x.tag == "ST"
                                                        and x.index < seg.index)).el(2)
    return interchange, sets


def _swapped(isa: edi_x12.Segment) -> None:
    """Our ISA answers the buyer's: their receiver is our sender and the other way round."""
    assert (isa.el(6), isa.el(8)) == ("NORTHWIND", "ACMERETAIL")


def _seg(txn: edi_x12.Transaction, tag: str) -> list[edi_x12.Segment]:
    return [s for s in txn.segments if s.tag == tag]


def _x12_flow(svc: Service, outbox: Path) -> None:
    po = "AR-ANS-X12-1"
    posted = svc.post_eml(_email(x12_850(po), "application", "edi-x12", f"{po}.x12", po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "shipped" and order["erp_order_number"]
    (ack_997,), (ack_855,) = _answers(outbox, "*-997-*.x12"), _answers(outbox, "*-855-*.x12")
    interchange, (fa,) = _x12_read(ack_997)
    _swapped(interchange.segments[0])
    assert interchange.segments[1].el(1) == "FA" and fa.set_id == "997"
    assert [s.elements[1:] for s in fa.segments] == [["PO", "101"], ["850", "0001"], ["A"], ["A", "1", "1", "1"]]
    interchange, (pr,) = _x12_read(ack_855)
    _swapped(interchange.segments[0])
    assert interchange.segments[1].el(1) == "PR" and pr.set_id == "855"
    bak = _seg(pr, "BAK")[0]
    assert (bak.el(1), bak.el(2), bak.el(3), bak.el(8)) == ("00", "AD", po, order["erp_order_number"])
    assert [(s.el(1), s.el(2)) for s in _seg(pr, "PO1")] == [("1", "4"), ("2", "2"), ("3", "3")]
    assert [(s.el(1), s.el(2)) for s in _seg(pr, "ACK")] == [("IA", "4"), ("IA", "2"), ("IA", "3")]
    assert _seg(pr, "CTT")[0].el(1) == "3"
    # The X12 extractor reads it back as what it is: an acknowledgement, never an order.
    assert edi_x12.extract_x12(ack_855.read_bytes(), 0).document_kind == "X12 855 purchase order acknowledgment"
    # Control numbers: unique and increasing per partner, kept in the database.
    first = [int(_x12_read(p)[0].segments[0].el(13)) for p in (ack_997, ack_855)]
    assert first[0] < first[1]
    posted = svc.post_eml(_email(x12_850("AR-ANS-X12-2"), "application", "edi-x12", "AR-ANS-X12-2.x12",
                                 "AR-ANS-X12-2"))
    svc.drain()
    later = [int(_x12_read(p)[0].segments[0].el(13)) for p in _answers(outbox, "*.x12")[2:]]
    assert len(later) == 2 and min(later) > max(first)
    svc.drain()  # a second pass delivers nothing twice
    assert len(_answers(outbox, "*.x12")) == 4
    with svc.db.session() as s:
        rows = s.scalars(select(EdiAnswer).order_by(EdiAnswer.id)).all()
        assert [(r.kind, r.status, r.delivery) for r in rows] == [("997", "sent", "connector"),
                                                                  ("855", "sent", "connector")] * 2
        assert {r.partner for r in rows} == {"ZZ:ACMERETAIL"}


def test_an_x12_850_is_answered_with_a_997_and_an_855_through_the_file_connector(filed):
    """GIVEN C001's X12 850 WHEN it is read, approved untouched and taken by the ERP (the file connector) THEN a
    997 and an 855 are written to the outbox's answers/: envelopes swapped from the buyer's, counts and control
    numbers right, every line acknowledged as accepted; a second order's numbers are higher; nothing twice. The
    order, through the API and on the clerk's screen, lists its answers."""
    svc, outbox = filed
    _x12_flow(svc, outbox)
    with svc.db.session() as s:
        order_id = s.scalars(select(EdiAnswer.order_id).order_by(EdiAnswer.id)).first()
    shown = svc.client.get(f"/api/orders/{order_id}").json()["edi_answers"]
    assert [(a["kind"], a["answer"], a["status"], a["delivery"]) for a in shown] == [
        ("997", "received", "sent", "connector"), ("855", "accepted", "sent", "connector")]
    log_in(svc)
    page = svc.client.get(f"/review/orders/{order_id}").text
    assert "EDI answers to the buyer" in page and "accepted as sent" in page and shown[1]["file_name"] in page


def _x12_in_review(po: str) -> bytes:
    doc = x12_850(po).replace(b"CTT*3", b"PO1*4*1*EA*1.00**VP*ZQX-NOPE-77~\nCTT*4")
    return _email(doc, "application", "edi-x12", f"{po}.x12", po)


def test_a_rejected_x12_order_gets_a_rejecting_855(filed):
    """GIVEN C001's 850 in review (one line names no product we sell), its 997 sent when it was filed WHEN the clerk
    rejects it THEN the buyer's system gets an 855 saying rejected (BAK02 RD), every line IR with nothing taken,
    the reason in MSG."""
    _reject_flow(*filed)


def test_a_rejection_nobody_is_told_about_sends_no_855(filed):
    """GIVEN C001's 850 in review WHEN the clerk rejects it without telling the buyer (spam, a test) THEN only the
    997 of its receipt went out: no rejecting 855."""
    svc, outbox = filed
    posted = svc.post_eml(_x12_in_review("AR-ANS-REJ-2"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert svc.client.post(f"/api/orders/{order['id']}/reject",
                           json={"reason": "a test order", "reply_to_buyer": False}).status_code == 200
    svc.drain()
    assert [p.name.split("-")[2] for p in _answers(outbox, "*")] == ["997"]


def _reject_flow(svc: Service, outbox: Path) -> None:
    po = "AR-ANS-REJ-1"
    posted = svc.post_eml(_x12_in_review(po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review"
    # Received and read: the 997 goes at once; the 855 waits for the clerk's decision.
    assert [p.name.split("-")[2] for p in _answers(outbox, "*")] == ["997"]
    assert svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "Unknown item ZQX-NOPE-77"}
                           ).status_code == 200
    svc.drain()
    (ack_855,) = _answers(outbox, "*-855-*.x12")
    _, (pr,) = _x12_read(ack_855)
    assert _seg(pr, "BAK")[0].el(2) == "RD"
    assert [(s.el(1), s.el(2)) for s in _seg(pr, "ACK")] == [("IR", "0")] * 4
    assert "Unknown item ZQX-NOPE-77" in _seg(pr, "MSG")[0].el(1)
    assert len(_answers(outbox, "*-997-*.x12")) == 1


def _approve(svc: Service, order_id: int) -> dict:
    approved = svc.client.post(f"/api/orders/{order_id}/approve")
    assert approved.status_code == 200, approved.text
    svc.drain()
    return svc.client.get(f"/api/orders/{order_id}").json()


def test_an_x12_860_is_answered_with_a_997_of_it_and_a_changed_855(filed):
    """GIVEN C001's 850 in review (its 997 sent when it was filed) WHEN C001's 860 raises a quantity, deletes two
    lines and adds one (applied untouched), and the clerk then approves the order THEN the 860 got its own 997 at
    once (AK1 PC, AK2 860), and
    the 855 the ERP's acceptance sends says changed (BAK02 AC): the quantity raised (IQ), the lines deleted (IR,
    nothing taken), the line added, the other as asked."""
    _x12_change_flow(*filed)


def _x12_change_flow(svc: Service, outbox: Path) -> None:
    po = "AR-ANS-860-1"
    posted = svc.post_eml(_x12_in_review(po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    svc.post_eml(_x12_860(po, ["POC*1*QI*6*4*CA*46.96**VP*TAPE-48-CLR", "POC*2*DI******VP*GLV-NIT-L-BLU",
                               "POC*4*DI******VP*ZQX-NOPE-77", "POC*5*AI*10*0*BX*6.40**VP*MASK-3PLY-BLU"]))
    svc.drain()
    the_850s, the_860s = _answers(outbox, "*-997-*.x12")  # each document its own, as soon as it was filed
    _, (fa,) = _x12_read(the_850s)
    assert [s.elements[1:3] for s in fa.segments][:2] == [["PO", "101"], ["850", "0001"]]
    _, (fa,) = _x12_read(the_860s)
    assert [s.elements[1:] for s in fa.segments] == [["PC", "102"], ["860", "0002"], ["A"], ["A", "1", "1", "1"]]
    assert not _answers(outbox, "*-855-*.x12")  # the ERP has not taken the order yet
    assert _approve(svc, order["id"])["erp_order_number"]
    (ack_855,) = _answers(outbox, "*-855-*.x12")
    _, (pr,) = _x12_read(ack_855)
    bak = _seg(pr, "BAK")[0]
    assert (bak.el(1), bak.el(2)) == ("00", "AC")
    acks = [(po1.el(1), ack.el(1), ack.el(2)) for po1, ack in zip(_seg(pr, "PO1"), _seg(pr, "ACK"), strict=True)]
    assert acks[:4] == [("1", "IQ", "6"), ("2", "IR", "0"), ("3", "IA", "3"), ("4", "IR", "0")]
    assert acks[4][1:] == ("IA", "10") and len(acks) == 5  # the line the 860 added
    assert len(_answers(outbox, "*-997-*.x12")) == 2  # nothing more: one per document


def _x12_cancellation(po: str) -> bytes:
    """C001's 860 cancelling the whole order (BCH01 01), no line."""
    body = [f"BCH*01*SA*{po}***20261122", "CTT*0"]
    isa = "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261122*0930*U*00401*000000103*0*P*>"
    segments = [isa, "GS*PC*ACMERETAIL*NORTHWIND*20261122*0930*103*X*004010", "ST*860*0003", *body,
                f"SE*{len(body) + 2}*0003", "GE*1*103", "IEA*1*000000103"]
    return email_with_attachment(sender=ACME_BUYER, subject=f"Cancel PO {po}", message_id=f"<860c-{po}@a.example>",
                                 body=f"Cancellation of our purchase order {po} attached.",
                                 attachment=("~\n".join(segments) + "~\n").encode(), maintype="application",
                                 subtype="edi-x12", filename=f"{po}-cancel.x12")


def test_a_cancellation_of_a_shipped_order_gets_a_rejecting_865(filed):
    """GIVEN C001's 850 shipped (997 and 855 sent) WHEN C001's 860 cancels it THEN it is refused, the 860 gets its
    997, and an 865 answering the cancellation (BCA01 01) says rejected with detail (BCA02 RD), PO and the
    buyer's PO date, the reason in N9/MSG, no line; no second 855."""
    svc, outbox = filed
    po = "AR-ANS-860-2"
    svc.post_eml(_email(x12_850(po), "application", "edi-x12", f"{po}.x12", po))
    svc.drain()
    svc.post_eml(_x12_cancellation(po))
    svc.drain()
    with svc.db.session() as s:
        (revision,) = s.scalars(select(OrderRevision)).all()
        assert (revision.kind, revision.status) == ("cancel", "refused")
    the_850s, the_860s = _answers(outbox, "*-997-*.x12")
    _, (fa,) = _x12_read(the_860s)
    assert [s.elements[1:] for s in fa.segments][:2] == [["PC", "103"], ["860", "0003"]]
    assert len(_answers(outbox, "*-855-*.x12")) == 1  # the order's own, when the ERP took it
    (answer,) = _answers(outbox, "*-revision-1-865-*.x12")
    interchange, (ca,) = _x12_read(answer)
    assert ca.set_id == "865" and interchange.segments[1].el(1) == "CA"
    bca = _seg(ca, "BCA")[0]
    assert (bca.el(1), bca.el(2), bca.el(3)) == ("01", "RD", po)
    assert "already shipped" in _seg(ca, "MSG")[0].el(1)
    assert _seg(ca, "POC") == [] and _seg(ca, "CTT")[0].el(1) == "0"


def _x12_one_line(po: str, sku: str, quantity: str, unit: str, price: str) -> bytes:
    """C001's 850 of one line, in an email from its buyer."""
    body = [f"BEG*00*SA*{po}**20261120", "N1*BY*Acme Retail Group*92*C001", "N1*ST*Acme Retail DC Boston",
            "N3*400 Summer Street", "N4*Boston*MA*02210*US", f"PO1*1*{quantity}*{unit}*{price}**VP*{sku}", "CTT*1"]
    isa = "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*000000104*0*P*>"
    segments = [isa, "GS*PO*ACMERETAIL*NORTHWIND*20261120*0930*104*X*004010", "ST*850*0001", *body,
                f"SE*{len(body) + 2}*0001", "GE*1*104", "IEA*1*000000104"]
    return _email(("~\n".join(segments) + "~\n").encode(), "application", "edi-x12", f"{po}.x12", po)


def test_a_change_the_clerk_applies_after_the_erp_gets_a_changed_865(filed):
    """GIVEN C001's 850 taken by the ERP and waiting for stock (its 997 and 855 sent) WHEN C001's 860 raises the
    quantity and deletes nothing, which waits for a clerk (the ERP has the order), and the clerk applies it
    THEN an 865 answers the 860 (BCA01 00, BCA02 AT: taken as asked; BCA09 our order number), the POC repeated
    as the buyer sent it with ACK IA and the new quantity; no second 855. Declined instead, the same 865
    would say RD and IR (the next test)."""
    svc, outbox = filed
    po = "AR-ANS-AFTER-1"
    posted = svc.post_eml(_x12_one_line(po, "TAPE-FLR-50-GRN", "5", "RL", "13.72"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    if order["status"] == "needs_review":  # a product C001 never ordered: a clerk approves it
        order = _approve(svc, order["id"])
    assert order["status"] == "backordered" and order["erp_order_number"], order["review_reasons"]
    assert len(_answers(outbox, "*-855-*.x12")) == 1
    svc.post_eml(_x12_860(po, ["POC*1*QI*8*5*RL*13.72**VP*TAPE-FLR-50-GRN"]))
    svc.drain()
    assert _answers(outbox, "*-865-*.x12") == []  # waiting for the clerk: nothing answered yet
    applied = svc.client.post(f"/api/orders/{order['id']}/revisions/1/apply")
    assert applied.status_code == 200, applied.text
    svc.drain()
    assert len(_answers(outbox, "*-855-*.x12")) == 1
    (answer,) = _answers(outbox, "*-865-*.x12")
    _, (ca,) = _x12_read(answer)
    bca = _seg(ca, "BCA")[0]
    # BCA09 holds 30 characters: the file ERP's number (a file name) is longer, so ours stands in.
    assert (bca.el(1), bca.el(2), bca.el(3), bca.el(6), bca.el(9)) == ("00", "AT", po, "20261122", f"OI-{order['id']}")
    assert [s.elements[1:] for s in _seg(ca, "POC")] == [["1", "QI", "8", "", "RL", "13.72", "", "VP",
                                                           "TAPE-FLR-50-GRN"]]
    assert [(s.el(1), s.el(2), s.el(3)) for s in _seg(ca, "ACK")] == [("IA", "8", "RL")]


def test_a_declined_860_gets_an_865_rejecting_each_line(filed):
    """GIVEN C001's 850 in the ERP WHEN its 860 (a quantity raised, a line deleted) is declined by a clerk who
    tells the buyer THEN the 865 says RD with the clerk's reason, each POC with ACK IR and the quantity we keep
    (0 for a line the order does not have)."""
    svc, outbox = filed
    po = "AR-ANS-AFTER-2"
    posted = svc.post_eml(_x12_one_line(po, "TAPE-FLR-50-GRN", "5", "RL", "13.72"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    if order["status"] == "needs_review":
        order = _approve(svc, order["id"])
    svc.post_eml(_x12_860(po, ["POC*1*QI*9*5*RL*13.72**VP*TAPE-FLR-50-GRN", "POC*7*DI******VP*TAPE-48-CLR"]))
    svc.drain()
    declined = svc.client.post(f"/api/orders/{order['id']}/revisions/1/decline",
                               json={"reason": "the roll price changes above 8", "reply_to_buyer": True})
    assert declined.status_code == 200, declined.text
    svc.drain()
    (answer,) = _answers(outbox, "*-865-*.x12")
    _, (ca,) = _x12_read(answer)
    assert _seg(ca, "BCA")[0].el(2) == "RD"
    assert _seg(ca, "MSG")[0].el(1) == "the roll price changes above 8"
    assert [(s.el(1), s.el(2)) for s in _seg(ca, "ACK")] == [("IR", "5"), ("IR", "0")]


def _edifact_read(path: Path) -> tuple[list[edifact.Segment], list[edifact.Message]]:
    """Read back with the EDIFACT extractor's own reader; UNT and UNZ counts checked as a receiver does."""
    segments, _seps, notes = edifact.read_segments(edifact.decode(path.read_bytes()))
    messages = edifact.messages(segments, notes)
    assert notes == [], notes
    unb, unz = segments[0], segments[-1]
    assert (unb.tag, unz.tag) == ("UNB", "UNZ")
    assert unz.c(1) == str(len(messages)) and unz.c(2) == unb.c(5)
    assert (unb.c(2), unb.c(3)) == ("NORTHWIND", "ACMERETAIL")  # swapped from the buyer's UNB
    for message in messages:
        assert message.trailer is not None and message.trailer.c(2) == message.ref
    return segments, messages


def _edifact_flow(svc: Service, outbox: Path) -> None:
    po = "AR-ANS-EDI-1"
    posted = svc.post_eml(_email(edifact_orders(po), "application", "edifact", f"{po}.edi", po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "shipped"
    (contrl,), (ordrsp,) = _answers(outbox, "*-CONTRL-*.edi"), _answers(outbox, "*-ORDRSP-*.edi")
    _, (message,) = _edifact_read(contrl)
    assert message.type == "CONTRL"
    uci = next(s for s in message.segments if s.tag == "UCI")
    assert (uci.c(1), uci.c(2), uci.c(3), uci.c(4)) == ("101", "ACMERETAIL", "NORTHWIND", "7")
    ucm = next(s for s in message.segments if s.tag == "UCM")
    assert (ucm.c(1), ucm.c(2, 1), ucm.c(3)) == ("1", "ORDERS", "7")
    _, (response,) = _edifact_read(ordrsp)
    assert (response.type, response.version) == ("ORDRSP", "96A")  # the directory of the ORDERS it answers
    bgm = next(s for s in response.segments if s.tag == "BGM")
    assert (bgm.c(1), bgm.c(3)) == ("231", "29")
    assert next(s for s in response.segments if s.tag == "RFF").el(1) == ["ON", po]
    lins = [s for s in response.segments if s.tag == "LIN"]
    assert [(s.c(1), s.c(2), s.c(3)) for s in lins] == [("1", "5", "TAPE-48-CLR"), ("2", "5", "GLV-NIT-L-BLU"),
                                                        ("3", "5", "TIE-08-BLK")]
    assert next(s for s in response.segments if s.tag == "CNT").el(1) == ["2", "3"]
    # The EDIFACT extractor reads it back as what it is: not an order.
    assert edifact.extract_edifact(ordrsp.read_bytes(), 0).lines == []


def test_an_edifact_orders_is_answered_with_a_contrl_and_an_ordrsp(filed):
    """GIVEN C001's EDIFACT ORDERS WHEN it is approved untouched and taken by the ERP THEN a CONTRL acknowledges
    the interchange and its message, and an ORDRSP accepts each line (BGM 1225 = 29, LIN 1229 = 5), each in an
    interchange answering the buyer's, counts and references right."""
    _edifact_flow(*filed)


def test_an_edifact_ordchg_gets_a_changed_ordrsp(filed):
    """GIVEN C001's ORDERS in review WHEN C001's ORDCHG changes one line and deletes two, and the clerk then
    approves the order THEN the ORDCHG was acknowledged by a CONTRL of its own and the ORDRSP says changed
    (1225 = 4): LIN 3 with QTY 113 the new quantity, LIN 7 for the deleted line."""
    svc, outbox = filed
    po = "AR-ANS-ORDCHG-1"
    doc = edifact_orders(po).replace(b"UNS+S'", b"LIN+4'\nPIA+5+ZQX-NOPE-77:SA'\nQTY+21:1:EA'\nUNS+S'")
    doc = doc.replace(b"UNT+27+1", b"UNT+30+1").replace(b"CNT+2:3", b"CNT+2:4")
    first = svc.post_eml(_email(doc, "application", "edifact", f"{po}.edi", po))
    svc.drain()
    segments = ["UNB+UNOC:3+ACMERETAIL+NORTHWIND+261122:0930+102", "UNH+1+ORDCHG:D:96A:UN", f"BGM+230+{po}+4",
                "DTM+137:20261122:102", "NAD+BY+++Acme Retail Group", "LIN+1+3", "PIA+5+TAPE-48-CLR:SA",
                "QTY+21:6:CS", "LIN+2+2", "PIA+5+GLV-NIT-L-BLU:SA", "LIN+4+2", "PIA+5+ZQX-NOPE-77:SA",
                "UNS+S", "CNT+2:3"]
    segments += [f"UNT+{len(segments)}+1", "UNZ+1+102"]
    change = ("UNA:+.? '\n" + "".join(s + "'\n" for s in segments)).encode()
    svc.post_eml(email_with_attachment(sender=ACME_BUYER, subject=f"ORDCHG {po}", message_id=f"<ordchg-{po}@a.example>",
                                       body="Change attached.", attachment=change, maintype="application",
                                       subtype="edifact", filename=f"{po}-chg.edi"))
    svc.drain()
    order = svc.order_for_message(first["id"])
    assert _approve(svc, order["id"])["erp_order_number"]
    contrl = next(p for p in _answers(outbox, "*-CONTRL-*.edi") if "UCI+102" in p.read_text())
    _, (message,) = _edifact_read(contrl)
    uci = next(s for s in message.segments if s.tag == "UCI")
    assert uci.c(1) == "102"
    assert next(s for s in message.segments if s.tag == "UCM").c(2, 1) == "ORDCHG"
    (ordrsp,) = _answers(outbox, "*-ORDRSP-*.edi")
    _, (response,) = _edifact_read(ordrsp)
    assert next(s for s in response.segments if s.tag == "BGM").c(3) == "4"
    lins = {s.c(1): s.c(2) for s in response.segments if s.tag == "LIN"}
    assert lins == {"1": "3", "2": "7", "3": "5", "4": "7"}
    delivered = [s.el(1) for s in response.segments if s.tag == "QTY" and s.c(1) == "113"]
    assert delivered[:2] == [["113", "6", "CS"], ["113", "0", "BX"]]


def _children(element: object) -> list[str]:
    return [ubl.local_name(child.tag)[1] for child in element]  # type: ignore[attr-defined]


def _in_order(names: list[str], sequence: list[str]) -> bool:
    positions = [sequence.index(n) for n in names]
    return positions == sorted(positions)


def _ubl_flow(svc: Service, outbox: Path) -> None:
    po = "AR-ANS-UBL-1"
    posted = svc.post_eml(_email(ubl_order(po), "application", "xml", f"{po}.xml", po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "shipped"
    (response,) = _answers(outbox, "*-OrderResponse-*.xml")
    root = ubl.parse(response.read_bytes())  # defusedxml, as every XML we read
    assert ubl.local_name(root.tag) == ("urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2",
                                        "OrderResponse")
    names = _children(root)
    assert _in_order(names, UBL_RESPONSE_ORDER), names
    top = ubl.Node(root, "/OrderResponse")
    assert top.find("cbc:OrderResponseCode").text == "AP"  # type: ignore[union-attr]
    assert top.find("cac:OrderReference", "cbc:ID").text == po  # type: ignore[union-attr]
    assert top.find("cbc:SalesOrderID").text == order["erp_order_number"]  # type: ignore[union-attr]
    lines = top.findall("cac:OrderLine")
    assert len(lines) == 3
    for n, line in enumerate(lines, 1):
        item = line.find("cac:LineItem")
        assert item is not None and _in_order(_children(item.element), LINE_ITEM_ORDER)
        assert _children(line.element) == ["LineItem", "OrderLineReference"]
        assert item.find("cbc:LineStatusCode").text == "NoStatus"  # type: ignore[union-attr]
        assert line.find("cac:OrderLineReference", "cbc:LineID").text == str(n)  # type: ignore[union-attr]
    # The UBL extractor reads it back as a UBL document that is not an order.
    assert ubl.extract_ubl(response.read_bytes(), 0).notes == ["UBL OrderResponse document, not an order"]


def test_a_ubl_order_is_answered_with_an_order_response(filed):
    """GIVEN C001's UBL Order WHEN it is taken by the ERP THEN a UBL 2.1 OrderResponse (elements in the schema's
    order) accepts it (AP), each line NoStatus with a reference to the buyer's line."""
    _ubl_flow(*filed)


def test_an_answer_by_email_and_per_customer_choice(tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox,
                                                    database_templates: DatabaseTemplates):
    """GIVEN the builtin ERP (which cannot carry files) and C001 wanting only the 855 WHEN its X12 850 ships THEN one
    email under the buyer's carries the 855 as an attachment (no 997); with no answers wanted, none is made."""
    svc = _service(tmp_path, smtp_server.port, database_templates)
    try:
        with svc.db.session() as s, s.begin():
            s.get(Customer, "C001").edi_answers = ["855"]  # type: ignore[union-attr]
        po = "AR-ANS-MAIL-1"
        svc.post_eml(_email(x12_850(po), "application", "edi-x12", f"{po}.x12", po))
        svc.drain()
        carrying = [m for _, m in inbox.received if any(p.get_filename() for p in m.iter_attachments())]
        assert len(carrying) == 1
        mail = carrying[0]
        assert mail["In-Reply-To"] == f"<{po}@acme-retail.example>"
        (attached,) = list(mail.iter_attachments())
        assert "-855-" in attached.get_filename()
        content = attached.get_content()
        text = content.decode() if isinstance(content, bytes) else content
        assert "ST*855*0001" in text and "BAK*00*AD*" + po in text
        with svc.db.session() as s:
            assert [(a.kind, a.status, a.delivery) for a in s.scalars(select(EdiAnswer))] == [("855", "sent", "email")]
            s.get(Customer, "C001").edi_answers = []  # type: ignore[union-attr]
            s.commit()
        svc.post_eml(_email(x12_850("AR-ANS-MAIL-2"), "application", "edi-x12", "b.x12", "AR-ANS-MAIL-2"))
        svc.drain()
        with svc.db.session() as s:
            assert len(s.scalars(select(EdiAnswer)).all()) == 1
    finally:
        svc.client.close()
        svc.db.dispose()


def _two_orders(first: str, second: str) -> bytes:
    """One interchange, one group, two 850s (ST 0001 and 0002): two orders of C001's."""
    def body(po: str, control: str) -> list[str]:
        segments = x12_850(po).decode().split("~\n")
        start = next(i for i, seg in enumerate(segments) if seg.startswith("ST*"))
        end = next(i for i, seg in enumerate(segments) if seg.startswith("SE*"))
        inner = segments[start + 1:end]
        return [f"ST*850*{control}", *inner, f"SE*{len(inner) + 2}*{control}"]
    isa = "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261120*0930*U*00401*000000301*0*P*>"
    segments = [isa, "GS*PO*ACMERETAIL*NORTHWIND*20261120*0930*301*X*004010", *body(first, "0001"),
                *body(second, "0002"), "GE*2*301", "IEA*1*000000301"]
    return ("~\n".join(segments) + "~\n").encode()


def test_two_orders_of_one_interchange_get_one_997_and_an_855_each_by_email(
        tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox, database_templates: DatabaseTemplates):
    """GIVEN the builtin ERP (its stages run in batches) and one X12 interchange holding two 850s WHEN both are
    taken THEN one 997 acknowledges the group and both sets (AK9 2 2 2), each order gets its own 855 with its own
    PO, lines and sales order number, and each answer reaches the buyer attached to an email under theirs."""
    svc = _service(tmp_path, smtp_server.port, database_templates)
    try:
        doc = _two_orders("AR-ANS-TWO-1", "AR-ANS-TWO-2")
        posted = svc.post_eml(_email(doc, "application", "edi-x12", "two.x12", "AR-ANS-TWO-1"))
        svc.drain()
        orders = svc.client.get(f"/api/messages/{posted['id']}").json()["order_ids"]
        assert len(orders) == 2
        numbers = {svc.client.get(f"/api/orders/{o}").json()["po_number"]:
                   svc.client.get(f"/api/orders/{o}").json()["erp_order_number"] for o in orders}
        with svc.db.session() as s:
            rows = {(a.kind, a.order_id): (a.content, a.status, a.delivery) for a in s.scalars(select(EdiAnswer))}
        assert sorted(kind for kind, _ in rows) == ["855", "855", "997"]
        assert {status for _, status, _ in rows.values()} == {"sent"} and {d for *_, d in rows.values()} == {"email"}
        (fa_content,) = [content for (kind, _), (content, *_) in rows.items() if kind == "997"]
        path = tmp_path / "fa.x12"
        path.write_bytes(fa_content)
        _, (fa,) = _x12_read(path)
        assert [s.elements[1:] for s in fa.segments] == [["PO", "301"], ["850", "0001"], ["A"], ["850", "0002"],
                                                        ["A"], ["A", "2", "2", "2"]]
        for (kind, _), (content, *_) in rows.items():
            if kind != "855":
                continue
            path.write_bytes(content)
            _, (pr,) = _x12_read(path)
            bak = _seg(pr, "BAK")[0]
            assert bak.el(8) == numbers[bak.el(3)] and len(_seg(pr, "ACK")) == 3
        attached = [part.get_filename() for _, mail in inbox.received for part in mail.iter_attachments()]
        assert len(attached) == 3 and len(set(attached)) == 3
        assert all(mail["In-Reply-To"] == "<AR-ANS-TWO-1@acme-retail.example>" for _, mail in inbox.received
                   if list(mail.iter_attachments()))
    finally:
        svc.client.close()
        svc.db.dispose()


def test_a_broken_interchange_keeps_its_error_and_is_answered_nothing(filed):
    """GIVEN an X12 file cut off before its IEA WHEN it is read THEN the message keeps the envelope's error for a
    clerk, its document is kept whole, and no answer claims it was read."""
    svc, outbox = filed
    broken = x12_850("AR-ANS-BAD-1").split(b"GE*1*101")[0]
    posted = svc.post_eml(_email(broken, "application", "edi-x12", "bad.x12", "AR-ANS-BAD-1"))
    svc.drain()
    with svc.db.session() as s:
        documents = s.scalars(select(Document).where(Document.message_id == posted["id"])).all()
        assert any(d.content == broken for d in documents)
        errors = " ".join(d.error or "" for d in documents)
        assert "broken X12 envelope" in errors and "no IEA trailer" in errors
        assert s.get(InboundMessage, posted["id"]) is not None
        assert s.scalars(select(EdiAnswer)).all() == []
    assert not _answers(outbox, "*")


class AnsweringReceiver(Receiver):
    """The webhook tests' receiver (signature checked, a repeated key answered as before), taking answers too."""

    def answer(self, data: dict[str, Any]) -> dict[str, Any]:
        return {"received": True} if data["stage"] == "edi_answer" else super().answer(data)


def test_the_webhook_carries_each_answer_once_as_a_signed_event(tmp_path: Path,
                                                               database_templates: DatabaseTemplates):
    """GIVEN every stage on the webhook WHEN C001's EDIFACT ORDERS is taken by the ERP THEN the CONTRL and the ORDRSP
    each reach the receiver once, signed, under the answer's own key, the document as text that reads back as
    the interchange it is; running the jobs again sends nothing more."""
    receiver = AnsweringReceiver().start()
    settings = webhook_settings(make_settings(tmp_path), f"http://127.0.0.1:{receiver.port}/hook")
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    service = Service(settings, open_database(settings))
    service.worker = Worker(service.db, settings)
    try:
        po = "AR-ANS-HOOK-1"
        posted = service.post_eml(_email(edifact_orders(po), "application", "edifact", f"{po}.edi", po))
        run_jobs(service)
        assert service.order_for_message(posted["id"])["status"] == "shipped"
        sent = receiver.of_stage("edi_answer")
        assert [r["body"]["answer"]["kind"] for r in sent] == ["CONTRL", "ORDRSP"]
        assert all(r["signed"] and r["key"] == r["body"]["idempotency_key"] for r in sent)
        assert sent[0]["key"].startswith("document:") and sent[1]["key"].endswith(":accepted:ORDRSP")
        ordrsp = sent[1]["body"]["answer"]["content"]
        path = tmp_path / "ordrsp.edi"
        path.write_text(ordrsp)
        _, (message,) = _edifact_read(path)
        assert message.type == "ORDRSP" and sent[1]["body"]["po_number"] == po
        run_jobs(service)
        assert len(receiver.of_stage("edi_answer")) == 2
    finally:
        receiver.stop()
        service.client.close()
        service.db.dispose()


def test_an_outbox_that_cannot_take_the_answers_keeps_them_and_fails_no_order(filed):
    """GIVEN the outbox's answers/ blocked (a file where the folder should be) WHEN C001's 850 is taken THEN the
    order ships all the same, its answers wait (pending, their job retried, the error on the job), and once the
    folder can be written they are delivered, each once."""
    svc, outbox = filed
    outbox.mkdir(parents=True, exist_ok=True)
    (outbox / "answers").write_text("not a folder")
    po = "AR-ANS-BLOCKED-1"
    posted = svc.post_eml(_email(x12_850(po), "application", "edi-x12", f"{po}.x12", po))
    svc.drain()
    assert svc.order_for_message(posted["id"])["status"] == "shipped"
    with svc.db.session() as s:
        assert {a.status for a in s.scalars(select(EdiAnswer))} == {"pending"}
        waiting = s.scalars(select(Job).where(Job.kind == "edi_answer")).all()
        assert waiting and all(j.status == "queued" and j.attempts >= 1 for j in waiting)
        assert all("cannot write to the outbox" in (j.last_error or "") for j in waiting)
    (outbox / "answers").unlink()
    run_jobs(svc)
    assert sorted(p.name.split("-")[-2] for p in _answers(outbox, "*.x12")) == ["855", "997"]
    with svc.db.session() as s:
        assert {a.status for a in s.scalars(select(EdiAnswer))} == {"sent"}


@pytest.mark.slow
def test_the_answers_on_postgresql(pg_demo_url: str, tmp_path: Path, smtp_server: SmtpServer,
                                   database_templates: DatabaseTemplates):
    """The same flows on PostgreSQL: the counters' UPDATE ... RETURNING, the answers' rows and their jobs."""
    service, outbox = _with_file_erp(tmp_path, smtp_server, database_templates, pg_demo_url)
    try:
        _x12_flow(service, outbox)
        _edifact_flow(service, outbox)
        _ubl_flow(service, outbox)
    finally:
        service.client.close()
        service.db.dispose()


