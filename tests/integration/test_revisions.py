"""A buyer's change and cancellation through the whole pipeline (issue 16, items 1, 2 and 6): ingested through
the API, read by the real worker, matched to the order they speak of and kept as its revisions, on SQLite
and PostgreSQL; answers to the buyer through a real SMTP server (aiosmtpd on 127.0.0.1).

An order in review takes a change read from codes untouched, a change read from words waits for a clerk who
applies it through the API, and a cancellation cancels it; a shipped order refuses both and the buyer is told;
a change to a PO nobody sent, or to another customer's PO, is filed for a clerk with the reason, nothing
applied. None of them is ever a new order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config import FileConnectorConfig
from models.status import OrderStatus, RevisionKind, RevisionStatus
from models.tables import Order, OrderRevision
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.connectors.file import FileErp
from orchestration.stages import Connectors
from orchestration.worker import Worker
from tests.integration.test_acknowledgement import _service
from tests.integration.test_structured_touchless import _email, ubl_order, x12_850
from tests.support.messages import ACME_BUYER, demo_eml, email_with_attachment, plain_email
from tests.support.service import Service, log_in
from tests.support.smtp import Inbox, SmtpServer
from tests.support.templates import DatabaseTemplates

BUYER = "Jane Doe <jane.doe@acme-retail.example>"  # the demo customer C001's buyer
OTHER_CUSTOMER = "Marcus Webb <m.webb@bluebird-hotels.example>"  # C002


@pytest.fixture
def svc(tmp_path: Path, smtp_server: SmtpServer, database_templates: DatabaseTemplates) -> Iterator[Service]:
    service = _service(tmp_path, smtp_server.port, database_templates)
    yield service
    service.client.close()
    service.db.dispose()


def _orders(svc: Service) -> int:
    with svc.db.session() as s:
        return s.scalar(select(func.count()).select_from(Order)) or 0


def _revisions(svc: Service, order_id: int) -> list[OrderRevision]:
    with svc.db.session() as s:
        rows = list(s.scalars(select(OrderRevision).where(OrderRevision.order_id == order_id)
                              .order_by(OrderRevision.number)))
        for row in rows:
            s.expunge(row)
        return rows


def _send(svc: Service, subject: str, body: str, message_id: str, sender: str = BUYER) -> int:
    posted = svc.post_eml(plain_email(subject=subject, body=body, message_id=message_id, sender=sender))
    svc.drain()
    return posted["id"]


def _lines(order: dict) -> dict[str, float]:
    return {line["sku"]: float(line["quantity"]) for line in order["lines"]}


def _order_in_review(svc: Service, po: str) -> dict:
    """An order of Acme's waiting for a clerk (one line names no product we sell), so not yet in the ERP."""
    message = _send(svc, f"PO {po}", f"Hi,\n\nPO {po} - please send:\n\nMASK-3PLY-BLU  10 boxes\n"
                    "GLV-NIT-L-BLU  2 boxes\nZQX-NOPE-77  3 each\n\nThanks,\nJane", f"<{po}@acme-retail.example>")
    order = svc.order_for_message(message)
    assert order["status"] == "needs_review", order["review_reasons"]
    assert _lines(order)["MASK-3PLY-BLU"] == 10.0
    return order


def _change_cancel_flow(svc: Service, inbox: Inbox) -> None:
    po = "ACM-PO-70001"
    order = _order_in_review(svc, po)
    before = _orders(svc)

    # A change read from codes, from the customer's own address, before the ERP has it: applied untouched.
    _send(svc, f"Revised PO {po}", "Hi,\n\nplease change the quantity of MASK-3PLY-BLU to 14 boxes.\n"
          "Please add 5 cases of TAPE-48-CLR to the order.\n\nThanks,\nJane", "<chg-1@acme-retail.example>")
    assert _orders(svc) == before, "a change was filed as a new order"
    now = svc.client.get(f"/api/orders/{order['id']}").json()
    assert _lines(now)["MASK-3PLY-BLU"] == 14.0
    assert "TAPE-48-CLR" in _lines(now)
    first = _revisions(svc, order["id"])[0]
    assert (first.kind, first.status, first.decided_by, first.strong) == (RevisionKind.CHANGE, RevisionStatus.APPLIED,
                                                                          "system", True)
    assert {d["change"] for d in first.difference} == {"changed", "added"}
    changed = next(d for d in first.difference if d["change"] == "changed")
    assert (changed["before"]["quantity"], changed["after"]["quantity"]) == ("10", "14")

    # A change read from words ("the gloves"): it waits on the order; the clerk applies it through the API.
    _send(svc, f"Re: PO {po}", "Hi,\n\nplease make the gloves 3 boxes instead of 2.\n\nJane",
          "<chg-2@acme-retail.example>")
    assert _orders(svc) == before
    second = _revisions(svc, order["id"])[1]
    assert second.status == RevisionStatus.PENDING and second.reason
    shown = svc.client.get(f"/api/orders/{order['id']}").json()
    assert shown["revision_count"] == 2 and shown["pending_revisions"][0]["number"] == 2
    assert _lines(shown)["GLV-NIT-L-BLU"] == 2.0
    applied = svc.client.post(f"/api/orders/{order['id']}/revisions/2/apply")
    assert applied.status_code == 200, applied.text
    assert _lines(applied.json())["GLV-NIT-L-BLU"] == 3.0
    assert _revisions(svc, order["id"])[1].status == RevisionStatus.APPLIED
    assert svc.client.post(f"/api/orders/{order['id']}/revisions/2/apply").status_code == 409

    # The buyer cancels it: before the ERP, from their own address, the order is cancelled.
    _send(svc, f"Cancel order {po}", f"Hi,\n\nplease cancel our order {po}, we no longer need it.\n\nJane",
          "<cancel-1@acme-retail.example>")
    assert _orders(svc) == before
    cancelled = svc.client.get(f"/api/orders/{order['id']}").json()
    assert cancelled["status"] == OrderStatus.CANCELLED
    third = _revisions(svc, order["id"])[2]
    assert (third.kind, third.status) == (RevisionKind.CANCEL, RevisionStatus.APPLIED)


def _shipped_refuses(svc: Service, inbox: Inbox) -> None:
    accepted = svc.post_eml(demo_eml("01"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "shipped"
    inbox.received.clear()
    before = _orders(svc)
    _send(svc, "Cancel order ACM-PO-55821", "Hi,\n\nplease cancel our order ACM-PO-55821.\n\nJane",
          "<cancel-shipped@acme-retail.example>")
    assert _orders(svc) == before
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "shipped"
    refused = _revisions(svc, order["id"])[-1]
    assert refused.status == RevisionStatus.REFUSED and "already shipped" in (refused.reason or "")
    assert len(inbox.received) == 1
    recipients, mail = inbox.received[0]
    assert recipients == ["jane.doe@acme-retail.example"]
    assert mail["In-Reply-To"] == "<cancel-shipped@acme-retail.example>"
    body = mail.get_content()
    assert "could not apply it" in body and "already shipped" in body and "ACM-PO-55821" in body


def test_an_order_then_a_change_then_a_cancellation(svc: Service, inbox: Inbox):
    """GIVEN an order of Acme's in review WHEN Acme changes it by code, then by words, then cancels it THEN
    each is a revision of that order (applied untouched, pending then applied by the clerk, the order
    cancelled), and no new order is filed."""
    _change_cancel_flow(svc, inbox)
    # The change read again (a reprocess) is the revision it was: no second one, no order.
    with svc.db.session() as s:
        first = s.scalar(select(OrderRevision).where(OrderRevision.number == 1))
        assert first is not None and first.message_id is not None
        order_id, message_id, count = first.order_id, first.message_id, len(_revisions(svc, first.order_id))
    before = _orders(svc)
    assert svc.client.post(f"/api/messages/{message_id}/reprocess").status_code == 202
    svc.drain()
    assert len(_revisions(svc, order_id)) == count and _orders(svc) == before
    assert svc.client.get(f"/api/messages/{message_id}").json()["about_order_id"] == order_id


def test_a_shipped_order_refuses_a_cancellation_and_the_buyer_is_told(svc: Service, inbox: Inbox):
    """GIVEN Acme's order shipped WHEN Acme cancels it THEN nothing changes, the revision is refused and one
    email under the cancellation says it could not be applied because it shipped."""
    _shipped_refuses(svc, inbox)


@pytest.mark.slow
def test_the_same_flows_on_postgresql(pg_demo_url: str, tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox,
                                      database_templates: DatabaseTemplates):
    service = _service(tmp_path, smtp_server.port, database_templates, pg_demo_url)
    try:
        _change_cancel_flow(service, inbox)
        _shipped_refuses(service, inbox)
    finally:
        service.client.close()


def test_a_change_to_an_unknown_po_or_anothers_po_waits_with_its_reason(svc: Service, inbox: Inbox):
    """GIVEN Acme's order WHEN Acme changes a PO it never sent, and Bluebird changes Acme's PO THEN neither
    touches an order: each is filed for a clerk, never approved, with a reason saying why it matched none."""
    order = _order_in_review(svc, "ACM-PO-70002")
    unknown = _send(svc, "Revised PO ACM-PO-99999", "Hi,\n\nplease change the quantity of MASK-3PLY-BLU to 14 "
                    "boxes.\n\nJane", "<chg-unknown@acme-retail.example>")
    filed = svc.order_for_message(unknown)
    held = next(r for r in filed["review_reasons"] if r["code"] == "revision_unmatched")
    assert "no order with PO ACM-PO-99999" in held["message"]
    assert filed["status"] == "needs_review" and filed["auto_approved"] is False
    stranger = _send(svc, "Revised PO ACM-PO-70002", "Hello,\n\nplease change the quantity of MASK-3PLY-BLU to "
                     "50 boxes.\n\nMarcus", "<chg-other@bluebird-hotels.example>", sender=OTHER_CUSTOMER)
    filed = svc.order_for_message(stranger)
    held = next(r for r in filed["review_reasons"] if r["code"] == "revision_unmatched")
    assert "another customer" in held["message"]
    assert _lines(svc.client.get(f"/api/orders/{order['id']}").json())["MASK-3PLY-BLU"] == 10.0
    assert _revisions(svc, order["id"]) == []


# ---------------------------------------------------------------- the same through X12 860 and UBL OrderChange

def _x12_in_review(po: str) -> bytes:
    """C001's 850 with one more line naming no product we sell: it waits for a clerk (not yet in the ERP)."""
    doc = x12_850(po).replace(b"CTT*3", b"PO1*4*1*EA*1.00**VP*ZQX-NOPE-77~\nCTT*4")
    return _email(doc, "application", "edi-x12", f"{po}.x12", po)


def _x12_860(po: str, pocs: list[str]) -> bytes:
    body = [f"BCH*04*SA*{po}***20261122", *pocs, f"CTT*{len(pocs)}"]
    body.append(f"SE*{len(body) + 2}*0002")
    isa = "ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*NORTHWIND      *261122*0930*U*00401*000000102*0*P*>"
    segments = [isa, "GS*PC*ACMERETAIL*NORTHWIND*20261122*0930*102*X*004010", "ST*860*0002", *body,
                "GE*1*102", "IEA*1*000000102"]
    doc = ("~\n".join(segments) + "~\n").encode()
    return email_with_attachment(sender=ACME_BUYER, subject=f"PO change {po}",
                                 message_id=f"<860-{po}@acme-retail.example>",
                                 body=f"Change to our purchase order {po} attached.", attachment=doc,
                                 maintype="application", subtype="edi-x12", filename=f"{po}-860.x12")


def test_an_x12_860_changes_adds_and_deletes_lines_of_the_order(svc: Service, inbox: Inbox):
    """GIVEN C001's 850 in review WHEN C001's 860 raises a quantity (QI), deletes a line (DI) and adds one (AI)
    THEN no order is filed: the order's revision holds the three differences and, every part read from EDI
    codes from C001's own address before the ERP, they are applied untouched."""
    po = "AR-860-01"
    posted = svc.post_eml(_x12_in_review(po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review"
    before = _orders(svc)
    svc.post_eml(_x12_860(po, ["POC*1*QI*6*4*CA*46.96**VP*TAPE-48-CLR", "POC*2*DI******VP*GLV-NIT-L-BLU",
                               "POC*5*AI*10*0*BX*6.40**VP*MASK-3PLY-BLU"]))
    svc.drain()
    assert _orders(svc) == before, "an 860 was filed as a new order"
    revision = _revisions(svc, order["id"])[0]
    assert revision.kind == RevisionKind.CHANGE and "860" in (revision.said or "")
    changes = sorted((d["change"], (d["before"] or d["after"])["sku"]) for d in revision.difference)
    assert changes == [("added", "MASK-3PLY-BLU"), ("changed", "TAPE-48-CLR"), ("removed", "GLV-NIT-L-BLU")]
    assert revision.status == RevisionStatus.APPLIED, revision.reason
    now = svc.client.get(f"/api/orders/{order['id']}").json()
    assert _lines(now)["TAPE-48-CLR"] == 6.0 and "GLV-NIT-L-BLU" not in _lines(now)
    assert _lines(now)["MASK-3PLY-BLU"] == 10.0


def _ubl_change(po: str, root: str, lines: str) -> bytes:
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} '
           f'xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2" '
           'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
           f"<cbc:ID>{po}-C1</cbc:ID><cbc:IssueDate>2026-11-22</cbc:IssueDate>"
           f"<cac:OrderReference><cbc:ID>{po}</cbc:ID></cac:OrderReference>{lines}</{root}>").encode()
    return email_with_attachment(sender=ACME_BUYER, subject=f"{root} {po}",
                                 message_id=f"<{root}-{po}@acme-retail.example>",
                                 body="Please see the attached document.", attachment=doc, maintype="application",
                                 subtype="xml", filename=f"{po}-{root}.xml")


def _ubl_line(n: int, sku: str, qty: str, unit: str, status: str) -> str:
    return (f"<cac:OrderLine><cac:LineItem><cbc:ID>{n}</cbc:ID><cbc:LineStatusCode>{status}</cbc:LineStatusCode>"
            f"<cbc:Quantity unitCode=\"{unit}\">{qty}</cbc:Quantity><cac:Item>"
            f"<cac:SellersItemIdentification><cbc:ID>{sku}</cbc:ID></cac:SellersItemIdentification></cac:Item>"
            "</cac:LineItem></cac:OrderLine>")


def test_a_ubl_order_change_then_cancellation(svc: Service, inbox: Inbox):
    """GIVEN C001's UBL Order already shipped, and another in review WHEN C001 sends a UBL OrderChange for each
    and then an OrderCancellation for the second THEN the shipped one refuses its change (the buyer is told),
    the other takes it, and is then cancelled; no new order is filed."""
    shipped_po, open_po = "AR-UBL-70", "AR-UBL-71"
    posted = svc.post_eml(_email(ubl_order(shipped_po), "application", "xml", f"{shipped_po}.xml", shipped_po))
    svc.drain()
    shipped = svc.order_for_message(posted["id"])
    assert shipped["status"] == "shipped"
    in_review = ubl_order(open_po).replace(b"</Order>", _ubl_line(4, "ZQX-NOPE-77", "1", "EA", "NoStatus").encode()
                                           .replace(b"<cbc:LineStatusCode>NoStatus</cbc:LineStatusCode>", b"")
                                           + b"</Order>")
    posted = svc.post_eml(_email(in_review, "application", "xml", f"{open_po}.xml", open_po))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review"
    before = _orders(svc)
    inbox.received.clear()
    change = _ubl_line(1, "TAPE-48-CLR", "8", "CS", "Revised") + _ubl_line(3, "TIE-08-BLK", "0", "PK", "Cancelled")
    svc.post_eml(_ubl_change(shipped_po, "OrderChange", change))
    svc.post_eml(_ubl_change(open_po, "OrderChange", change))
    svc.drain()
    assert _orders(svc) == before
    refused = _revisions(svc, shipped["id"])[0]
    assert refused.status == RevisionStatus.REFUSED
    plain = [mail for _, mail in inbox.received if not list(mail.iter_attachments())]
    assert len(plain) == 1 and "already shipped" in plain[0].get_content()
    # A UBL buyer is also answered in UBL (orchestration/edi_answers/): an OrderResponse refusing the change,
    # attached to an email of its own (the builtin ERP cannot carry files).
    edi = [mail for _, mail in inbox.received if list(mail.iter_attachments())]
    assert len(edi) == 1 and b"<cbc:OrderResponseCode>RE<" in next(edi[0].iter_attachments()).get_content()
    applied = _revisions(svc, order["id"])[0]
    assert applied.status == RevisionStatus.APPLIED, applied.reason
    now = svc.client.get(f"/api/orders/{order['id']}").json()
    assert _lines(now)["TAPE-48-CLR"] == 8.0 and "TIE-08-BLK" not in _lines(now)
    svc.post_eml(_ubl_change(open_po, "OrderCancellation",
                             "<cbc:CancellationNote>Project stopped</cbc:CancellationNote>"))
    svc.drain()
    assert _orders(svc) == before
    assert svc.client.get(f"/api/orders/{order['id']}").json()["status"] == "cancelled"
    assert _revisions(svc, order["id"])[1].kind == RevisionKind.CANCEL


# ---------------------------------------------------------------- once the ERP has the order

def test_a_change_after_the_erp_waits_marked_in_the_queue_and_the_erp_gets_it(
        tmp_path: Path, smtp_server: SmtpServer, inbox: Inbox, database_templates: DatabaseTemplates):
    """GIVEN Acme's order taken by the ERP (the file connector) and waiting for stock WHEN Acme changes a
    quantity by its code THEN it is not applied untouched: the order is in the queue marked with the buyer's
    change, its page shows the difference; the clerk applies it on the screen and the ERP gets one revision
    file; `order-intake orders --json` carries the revision."""
    service = _service(tmp_path, smtp_server.port, database_templates)
    outbox = tmp_path / "outbox"
    service.worker = Worker(service.db, service.settings,
                            Connectors(erp=FileErp(FileConnectorConfig(format="json"), outbox),
                                       acknowledgement=Acknowledger.from_settings(service.settings)))
    try:
        # Nothing of TAPE-FLR-50-GRN is in stock: the order waits, in the ERP, wholly backordered.
        order = service.order_for_message(_send(service, "PO ACM-PO-70010", "Hi,\n\nPO ACM-PO-70010 - please send:"
                                                "\n\nTAPE-FLR-50-GRN  5 cases\n\nThanks,\nJane",
                                                "<ACM-PO-70010@acme-retail.example>"))
        if order["status"] == "needs_review":  # a product Acme never ordered: a clerk approves it
            assert service.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
            service.drain()
            order = service.client.get(f"/api/orders/{order['id']}").json()
        assert order["status"] == "backordered" and order["erp_order_number"]
        _send(service, "Change to PO ACM-PO-70010", "Hi,\n\nplease change the quantity of TAPE-FLR-50-GRN to 8 "
              "cases.\n\nJane", "<chg-erp@acme-retail.example>")
        revision = _revisions(service, order["id"])[0]
        assert revision.status == RevisionStatus.PENDING and revision.after_erp
        assert "in the ERP already" in (revision.reason or "")
        log_in(service)
        queue = service.client.get("/review").text
        assert f"/review/orders/{order['id']}" in queue and "change waiting" in queue
        page = service.client.get(f"/review/orders/{order['id']}").text
        assert "Revision 1: change" in page and "Apply the change" in page
        changed_by = revision.message_id
        message_page = service.client.get(f"/review/messages/{changed_by}").text
        assert f"order #{order['id']}" in message_page and "revision 1: waiting for you" in message_page
        csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        applied = service.client.post(f"/review/orders/{order['id']}/revisions/1/apply", data={"csrf": csrf},
                                      follow_redirects=False)
        assert applied.status_code == 303 and "error" not in applied.headers["location"]
        service.drain()
        revision = _revisions(service, order["id"])[0]
        assert (revision.status, revision.delivery) == (RevisionStatus.APPLIED, "sent")
        assert "The ERP got it." in service.client.get(f"/review/orders/{order['id']}").text
        files = sorted(p.name for p in outbox.glob("*revision*"))
        assert len(files) == 1 and "ACM-PO-70010" in files[0]
        sent = json.loads((outbox / files[0]).read_text())
        assert sent["revision"]["difference"][0]["after"]["quantity"] == "8"
        assert sent["order"]["lines"][0]["quantity"] in ("8", "8.000")
        service.drain()  # a second pass writes nothing more
        assert len(list(outbox.glob("*revision*"))) == 1
        assert f"/review/orders/{order['id']}" not in service.client.get("/review").text
        env = {**os.environ, "ORDER_INTAKE_HOME": str(service.settings.home),
               "ORDER_INTAKE_DATABASE_URL": service.settings.resolved_database_url}
        env.pop("ORDER_INTAKE_CONFIG", None)
        listed = subprocess.run([str(Path(sys.executable).with_name("order-intake")), "orders", "--json"], env=env,
                                cwd=tmp_path, capture_output=True, text=True)
        assert listed.returncode == 0, listed.stderr[-2000:]
        row = next(r for r in json.loads(listed.stdout) if r["id"] == order["id"])
        assert row["revisions"]["count"] == 1 and row["revisions"]["latest"]["status"] == "applied"
        assert row["revisions"]["pending"] == []
    finally:
        service.client.close()
        service.db.dispose()


def test_an_edifact_ordchg_changes_and_deletes_lines(svc: Service, inbox: Inbox):
    """GIVEN C001's order in review WHEN C001 sends an EDIFACT ORDCHG changing one line (LIN 1229 = 3) and
    deleting another (1229 = 2, no quantity) THEN both are applied to that order as one revision, no new order."""
    po = "AR-ORDCHG-01"
    order = _order_in_review(svc, po)
    before = _orders(svc)
    segments = ["UNB+UNOC:3+ACMERETAIL+NORTHWIND+261122:0930+102", "UNH+1+ORDCHG:D:96A:UN", f"BGM+230+{po}+4",
                "DTM+137:20261122:102", "NAD+BY+++Acme Retail Group",
                "LIN+1+3", "PIA+5+MASK-3PLY-BLU:SA", "QTY+21:12:BX",
                "LIN+2+2", "PIA+5+GLV-NIT-L-BLU:SA", "UNS+S", "CNT+2:2"]
    segments += [f"UNT+{len(segments)}+1", "UNZ+1+102"]
    doc = ("UNA:+.? '\n" + "".join(s + "'\n" for s in segments)).encode()
    svc.post_eml(email_with_attachment(sender=ACME_BUYER, subject=f"ORDCHG {po}",
                                       message_id=f"<ordchg-{po}@acme.example>",
                                       body="Change attached.", attachment=doc, maintype="application",
                                       subtype="edifact", filename=f"{po}.edi"))
    svc.drain()
    assert _orders(svc) == before
    revision = _revisions(svc, order["id"])[0]
    assert sorted(d["change"] for d in revision.difference) == ["changed", "removed"]
    assert revision.status == RevisionStatus.APPLIED, revision.reason
    now = svc.client.get(f"/api/orders/{order['id']}").json()
    assert _lines(now)["MASK-3PLY-BLU"] == 12.0 and "GLV-NIT-L-BLU" not in _lines(now)
