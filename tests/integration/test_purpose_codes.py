"""An order marked as a change, replacement, cancellation or confirmation is never approved untouched as a
new order, however good the rest of its evidence (a known customer's contact, catalog SKUs at contract
prices, a known ship-to); a cancellation with nothing to read but its words still reaches a clerk."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.integration.test_structured_touchless import _email, edifact_orders, ubl_order, x12_850
from tests.support.messages import ACME_BUYER, ORDERS_TO
from tests.support.service import Service

pytestmark = pytest.mark.slow


def _filed(svc: Service, raw: bytes) -> dict:
    posted = svc.post_eml(raw)
    svc.drain()
    return svc.order_for_message(posted["id"])


def _assert_held(order: dict, *words: str) -> None:
    assert order["auto_approved"] is False
    assert order["status"] == "needs_review"
    held = [r for r in order["review_reasons"] if r["code"] == "not_a_new_order"]
    assert held, order["review_reasons"]
    for word in words:
        assert word in held[0]["message"], held[0]["message"]


def test_the_control_an_original_850_is_approved(sqlite_service: Service):
    order = _filed(sqlite_service, _email(x12_850("AR-P-00"), "application", "edi-x12", "AR-P-00.x12", "AR-P-00"))
    assert order["auto_approved"] is True and order["review_reasons"] == []


@pytest.mark.parametrize("code, words", [("01", "cancellation"), ("04", "change")])
def test_an_850_marked_as_a_cancellation_or_change_goes_to_a_clerk(sqlite_service: Service, code: str, words: str):
    """GIVEN C001's clean X12 850 (its SKUs, its prices, its ship-to) whose BEG01 says cancellation (01) or
    change (04) WHEN processed THEN it waits for a clerk with a reason naming BEG01 and what it says."""
    po = f"AR-P-{code}"
    doc = x12_850(po).replace(b"BEG*00*", f"BEG*{code}*".encode())
    order = _filed(sqlite_service, _email(doc, "application", "edi-x12", f"{po}.x12", po))
    _assert_held(order, f"X12 BEG01 = {code}", words)
    assert [line["sku"] for line in order["lines"]] == ["TAPE-48-CLR", "GLV-NIT-L-BLU", "TIE-08-BLK"]


def test_an_x12_860_goes_to_a_clerk_as_a_change(sqlite_service: Service):
    po = "AR-P-860"
    doc = (x12_850(po).replace(b"ST*850*", b"ST*860*").replace(f"BEG*00*SA*{po}**".encode(),
                                                               f"BCH*04*SA*{po}***".encode()))
    doc = doc.replace(b"PO1*1*4*CA*", b"POC*1*QI*4*2*CA*").replace(b"PO1*2*2*BX*", b"POC*2*QI*2*1*BX*").replace(
        b"PO1*3*3*PK*", b"POC*3*QI*3*1*PK*")
    order = _filed(sqlite_service, _email(doc, "application", "edi-x12", f"{po}.x12", po))
    _assert_held(order, "860", "change")
    assert order["po_number"] == po and len(order["lines"]) == 3


@pytest.mark.parametrize("function, kind", [("1", "ORDERS"), ("4", "ORDERS"), ("9", "ORDCHG")])
def test_an_edifact_cancellation_change_or_ordchg_goes_to_a_clerk(sqlite_service: Service, function: str, kind: str):
    po = f"AR-E-{kind}-{function}"
    doc = edifact_orders(po).replace(f"+{po}+9'".encode(), f"+{po}+{function}'".encode())
    doc = doc.replace(b"UNH+1+ORDERS:", f"UNH+1+{kind}:".encode())
    order = _filed(sqlite_service, _email(doc, "application", "edifact", f"{po}.edi", po))
    _assert_held(order, "EDIFACT", {"ORDCHG": "ORDCHG"}.get(kind, f"BGM 1225 = {function}"))


def test_a_ubl_order_change_goes_to_a_clerk(sqlite_service: Service):
    po = "AR-U-CHG"
    doc = ubl_order(po).replace(b"<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"",
                                b"<OrderChange xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:OrderChange-2\"")
    doc = doc.replace(b"</Order>", b"</OrderChange>")
    order = _filed(sqlite_service, _email(doc, "application", "xml", f"{po}.xml", po))
    _assert_held(order, "UBL OrderChange")
    assert len(order["lines"]) == 3


def test_a_ubl_order_cancellation_without_lines_reaches_a_clerk(sqlite_service: Service):
    """GIVEN a UBL OrderCancellation of C001's order, which has no lines WHEN processed THEN it is not closed
    as 'not an order': an order waits for a clerk, naming the PO it cancels."""
    doc = (b'<?xml version="1.0" encoding="UTF-8"?>\n<OrderCancellation '
           b'xmlns="urn:oasis:names:specification:ubl:schema:xsd:OrderCancellation-2" '
           b'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
           b'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
           b"<cbc:ID>CAN-77</cbc:ID><cbc:IssueDate>2026-11-21</cbc:IssueDate>"
           b"<cbc:CancellationNote>Project postponed</cbc:CancellationNote>"
           b"<cac:OrderReference><cbc:ID>AR-U-5501</cbc:ID></cac:OrderReference>"
           b"</OrderCancellation>")
    order = _filed(sqlite_service, _email(doc, "application", "xml", "CAN-77.xml", "CAN-77"))
    _assert_held(order, "UBL OrderCancellation", "cancel")
    assert order["po_number"] == "AR-U-5501" and order["lines"] == []
    assert order["customer_id"] == "C001"


def _plain(subject: str, body: str, msg_id: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = ACME_BUYER, ORDERS_TO, subject, msg_id
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


def test_a_revised_po_email_goes_to_a_clerk(sqlite_service: Service):
    """GIVEN C001's contact writing 'Revised PO 4471 - please change the masks to 14 boxes' with a clean
    line WHEN processed THEN it waits for a clerk as a change to an order, its line read."""
    raw = _plain("Revised PO 4471", "Hi,\n\nRevised PO 4471 - please change the masks to 14 boxes:\n\n"
                 "MASK-3PLY-BLU  14 boxes\n\nThanks,\nJane", "<rev-4471@acme-retail.example>")
    order = _filed(sqlite_service, raw)
    _assert_held(order, "change", "Revised PO")
    assert [(line["sku"], float(line["quantity"])) for line in order["lines"]] == [("MASK-3PLY-BLU", 14.0)]


def test_the_control_the_same_email_as_a_new_po_is_approved(sqlite_service: Service):
    raw = _plain("PO 4471", "Hi,\n\nPO 4471 - please send:\n\nMASK-3PLY-BLU  14 boxes\n\nThanks,\nJane",
                 "<new-4471@acme-retail.example>")
    order = _filed(sqlite_service, raw)
    assert order["auto_approved"] is True, order["review_reasons"]


def test_a_please_cancel_email_is_not_closed_but_reaches_a_clerk(sqlite_service: Service):
    """GIVEN C001's contact writing 'please cancel our order ACM-PO-55840' (no lines at all) WHEN processed
    THEN it is filed for a clerk as a cancellation with its PO number, not closed as 'not an order'."""
    raw = _plain("Cancel order ACM-PO-55840", "Hi,\n\nplease cancel our order ACM-PO-55840, we no longer need "
                 "it.\n\nThanks,\nJane", "<cancel-55840@acme-retail.example>")
    order = _filed(sqlite_service, raw)
    _assert_held(order, "cancellation")
    assert order["po_number"] == "ACM-PO-55840" and order["lines"] == []
    assert order["customer_id"] == "C001"
