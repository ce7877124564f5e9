"""The clerk's words for the codes the tables store: order and message statuses, how a line or the
customer was matched, reason codes (for the queue's filter), and confidence as a judgement.

The codes stay what they are in the database and the API; only the screen speaks these words. An
unknown code (a new one nobody worded yet) is shown with its underscores as spaces, never dropped."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from models.status import (
    AcknowledgementStatus,
    EdiAnswerKind,
    ExtractionStatus,
    MessageStatus,
    OrderStatus,
    RevisionDelivery,
    RevisionKind,
    RevisionStatus,
)
from models.tables import Order

ORDER_STATUS = {
    OrderStatus.EXTRACTED: "being read",
    OrderStatus.NEEDS_REVIEW: "waiting for you",
    OrderStatus.APPROVED: "approved",
    OrderStatus.ERP_ACCEPTED: "in the ERP",
    OrderStatus.ALLOCATED: "stock reserved",
    OrderStatus.BACKORDERED: "waiting for stock",
    OrderStatus.ROUTED: "ready to ship",
    OrderStatus.SHIPPED: "shipped",
    OrderStatus.REJECTED: "rejected",
    OrderStatus.DUPLICATE: "a duplicate",
    OrderStatus.FAILED: "stuck: needs you",
    OrderStatus.CANCELLED: "cancelled by the buyer",
}
MESSAGE_STATUS = {
    MessageStatus.RECEIVED: "being read",
    MessageStatus.PROCESSED: "read",
    MessageStatus.NOT_AN_ORDER: "not an order",
    MessageStatus.STATUS_ANSWERED: "a status question, answered",
    MessageStatus.STATUS_QUESTION: "a status question for you to answer",
    MessageStatus.ERROR: "could not be read",
}
LINE_MATCH = {
    "exact_sku": "our SKU as written",
    "normalised_sku": "our SKU, spelt differently",
    "near_sku": "a SKU close to what was written",
    "fuzzy_sku": "guessed from a SKU like it",
    "fuzzy_description": "guessed from the description",
    "exact_description": "the description, word for word",
    "by_attributes": "from the description's size, colour and the like",
    "alias": "the customer's own code, learned",
    "gtin": "the barcode number (GTIN)",
    "as_line_above": "as the line above",
    "clerk": "set by a clerk",
    "edi": "the EDI file's code",
    "none": "not found in the catalog",
}
# How the customer was found, as a whole phrase (the order page shows it in brackets after the name).
CUSTOMER_MATCH = {
    "contact_email": "the sender is a known contact",
    "forwarded_contact_email": "the forwarded sender is a known contact",
    "domain": "known by the sender's email domain",
    "forwarded_domain": "known by the forwarded sender's email domain",
    "learned_sender": "a sender approved before",
    "edi_id": "known by the EDI sender id",
    "document_name": "known by the name on the document",
    "document_address": "known by the address on the document",
    "po_pattern": "known by the look of the PO number",
    "clerk": "chosen by a clerk",
    "clerk_over_learned_sender": "chosen by a clerk",
    "none": "not recognised",
}
REASON = {
    "doubtful_match": "SKU is a guess",
    "no_catalog_match": "product not found",
    "unknown_customer": "unknown sender",
    "customer_unconfirmed": "customer not confirmed",
    "price_mismatch": "price differs",
    "price_unchecked": "price not checked",
    "line_total_mismatch": "line total differs",
    "missing_quantity": "no quantity",
    "missing_po_number": "no PO number",
    "unusual_quantity": "unusual quantity",
    "fractional_quantity": "part of a unit",
    "duplicate_po": "PO seen before",
    "unknown_ship_to": "new ship-to address",
    "incomplete_ship_to": "ship-to incomplete",
    "ship_to_unread": "ship-to not read",
    "currency_mismatch": "other currency",
    "low_confidence": "hard to read",
    "unread_line": "a line not read",
    "edi_syntax_noted": "EDI counts disagree",
    "unreadable_order": "nothing could be read",
    "read_by_ocr": "read from a scan",
    "scanned_document": "a scan",
    "stage_failed": "a later step failed",
    "made_into_order": "made an order by a clerk",
    "requested_date_in_past": "delivery date passed",
}
DOCUMENT_ROLE = {"body_text": "email text", "body_html": "email (HTML)", "attachment": "attachment",
                 "nested_message": "attached email"}
EXTRACTION_STATUS = {
    ExtractionStatus.PENDING: "not read yet",
    ExtractionStatus.EXTRACTED: "read",
    ExtractionStatus.NO_ORDER_CONTENT: "no order in it",
    ExtractionStatus.UNSUPPORTED: "a kind we cannot read",
    ExtractionStatus.ERROR: "could not be read",
}
# What a clerk's decision did, as the next order's page (or the queue) says it: key = the action.
DECISIONS = {"approve": "You approved", "reject": "You rejected", "hold": "You put on hold"}
ACKNOWLEDGEMENT_KIND = {"accepted": "order confirmation", "question": "question to the buyer",
                        "status": "answer to a status question", "revision": "answer to a change or cancellation",
                        "edi": "EDI answers attached"}
# What an EDI answer (orchestration/edi_answers/) says of the order.
EDI_ANSWER = {EdiAnswerKind.ACCEPTED: "accepted as sent", EdiAnswerKind.CHANGED: "accepted with changes",
              EdiAnswerKind.REJECTED: "not accepted", EdiAnswerKind.RECEIVED: "received (functional acknowledgement)",
              EdiAnswerKind.PARTLY_REJECTED: "partly rejected (functional acknowledgement)"}
# A buyer's revision of an order (orchestration/revisions.py), in the clerk's words.
REVISION_KIND = {RevisionKind.CHANGE: "change", RevisionKind.CANCEL: "cancellation"}
REVISION_STATUS = {
    RevisionStatus.PENDING: "waiting for you",
    RevisionStatus.APPLIED: "applied",
    RevisionStatus.DECLINED: "declined",
    RevisionStatus.REFUSED: "refused (the buyer was told)",
}
# Whether an applied revision reached the ERP (shown only when it matters).
REVISION_DELIVERY = {
    RevisionDelivery.QUEUED: "On its way to the ERP.",
    RevisionDelivery.SENT: "The ERP got it.",
    RevisionDelivery.UNSUPPORTED: "Not sent: the ERP connector cannot take changes. Amend the order in the ERP "
                                  "by hand (its stock reservation too).",
}
ACKNOWLEDGEMENT_STATUS = {
    AcknowledgementStatus.PENDING: "waiting to be sent",
    AcknowledgementStatus.SENT: "sent",
    AcknowledgementStatus.SKIPPED: "not sent",
    AcknowledgementStatus.FAILED: "could not be sent",
}
# At or above SURE (and without a doubt) a line or an order needs no look. The words are the screen's;
# the thresholds that decide what goes to review are in the settings.
SURE = 0.9


def _plain(table: Mapping[str, str], code: str | None) -> str:
    if not code:
        return ""
    return table.get(str(code), str(code).replace("_", " "))


def order_status(code: str | None) -> str:
    return _plain(ORDER_STATUS, code)


def message_status(code: str | None) -> str:
    return _plain(MESSAGE_STATUS, code)


def line_match(code: str | None) -> str:
    return _plain(LINE_MATCH, code)


def customer_match(code: str | None) -> str:
    return _plain(CUSTOMER_MATCH, code)


def reason_code(code: str | None) -> str:
    """A reason code as a short label (the queue's filter); each reason's own sentence says the rest."""
    return _plain(REASON, code)


def document_role(code: str | None) -> str:
    return _plain(DOCUMENT_ROLE, code)


def extraction_status(code: str | None) -> str:
    return _plain(EXTRACTION_STATUS, code)


def acknowledgement_kind(code: str | None) -> str:
    return _plain(ACKNOWLEDGEMENT_KIND, code)


def acknowledgement_status(code: str | None) -> str:
    return _plain(ACKNOWLEDGEMENT_STATUS, code)


def edi_answer(code: str | None) -> str:
    return _plain(EDI_ANSWER, code)


def revision_kind(code: str | None) -> str:
    return _plain(REVISION_KIND, code)


def revision_status(code: str | None) -> str:
    return _plain(REVISION_STATUS, code)


# Matching words a guessed SKU's doubt as "... looks like X (fuzzy sku, score 89)": its method code and a bare
# score. The reason's sentence is matching's to write (and the API keeps it as written); until it speaks
# plainly itself, the screen says the tail in the clerk's words. Only that one tail is touched: a sentence of
# another shape is shown as it is.
_METHOD_AND_SCORE = re.compile(r"\((?P<method>[a-z]+(?: [a-z]+)*), score (?P<score>\d+)\)$")


def reason_text(message: str | None) -> str:
    """A reason's sentence as a clerk reads it: "(fuzzy sku, score 89)" at its end becomes "(guessed from a
    SKU like it, 89% alike)"."""
    if not message:
        return ""
    found = _METHOD_AND_SCORE.search(message)
    if found is None:
        return message
    method = found.group("method").replace(" ", "_")
    if method not in LINE_MATCH:
        return message
    return f"{message[:found.start()]}({LINE_MATCH[method]}, {found.group('score')}% alike)"


class _Said(Protocol):
    code: str
    field: str | None
    message: str


# A doubt whose sentence is a bare number ("confidence 0.82 (line 3) is below 0.90"), said from its code and
# field instead: the lines it is about carry the judgement "check" on the order's page.
_SAID_BY_CODE = {
    "low_confidence": {"customer": "not sure enough to go through by itself: check the customer",
                       None: "not sure enough to go through by itself: check the lines marked check"},
}


def reason_words(reason: _Said) -> str:
    """A stored doubt as the screen says it: in the clerk's words where its sentence is a code or a number,
    else its own sentence (reason_text)."""
    by_field = _SAID_BY_CODE.get(reason.code)
    if by_field is not None:
        return by_field.get(reason.field, by_field[None])
    return reason_text(reason.message)


def alike(score: float | None) -> str:
    """A match score (0-100) as a clerk reads it: "89% alike"."""
    if score is None:
        return ""
    return f"{score:.0f}% alike"


def judgement(confidence: float | None, doubtful: bool, read: bool = True) -> str:
    """Confidence as the clerk should take it, never a bare number: "unread" when nothing was read that
    could be matched (no SKU on a line, no line on an order), "check" for a doubt or a low confidence,
    else "sure"."""
    if not read:
        return "unread"
    if doubtful or confidence is None or confidence < SURE:
        return "check"
    return "sure"


_WORST_FIRST = ("unread", "check", "sure")


def order_judgement(order: Order, in_review: bool) -> str:
    """The order's reading as a judgement. In review, any doubt left makes it "check"; with none left it reads
    as its weakest line (the customer's doubt, if it had one, was a doubt the clerk has answered, while the
    confidence stored at reading time still counts it). Out of review: its confidence, as read."""
    if not order.lines:
        return "unread"
    if not in_review:
        return judgement(order.confidence, False)
    if order.reasons:
        return "check"
    verdicts = {judgement(line.confidence, False, line.sku is not None) for line in order.lines}
    return next(v for v in _WORST_FIRST if v in verdicts)


def currency_of(order: Order) -> str:
    """The order's currency, else its customer's (what the ERP and the buyer's status page use)."""
    return order.currency or (order.customer.currency if order.customer else "") or ""


def money(amount: Decimal | float | None, currency: str) -> str:
    """An amount with its currency, always: "12.50 USD", or "12.50 (currency unknown)" when neither the order
    nor its customer names one (a bare number would read as the house currency)."""
    if amount is None:
        return ""
    return f"{Decimal(str(amount)):,.2f} {currency or '(currency unknown)'}"


FILTERS = {"revision_kind": revision_kind, "revision_status": revision_status,
           "order_status": order_status, "message_status": message_status, "line_match": line_match,
           "customer_match": customer_match, "reason_code": reason_code, "document_role": document_role,
           "extraction_status": extraction_status,
           "acknowledgement_kind": acknowledgement_kind, "acknowledgement_status": acknowledgement_status,
           "edi_answer": edi_answer,
           "money": money, "currency_of": currency_of, "reason_text": reason_text,
           "reason_words": reason_words, "alike": alike}
