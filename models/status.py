"""The statuses the tables store, as enums, and their named groups, each defined once here.

Each enum's values are the strings stored in its (String) column, so a member compares equal to what a
row holds and is stored as it; code writes and compares members, never the strings themselves. A group
is a tuple (ordered, as the screens list them) of the statuses that one question about an order or a
message takes together: "may a clerk change it?", "what did the rules or a person let through?".
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class OrderStatus(StrEnum):
    """An order's life: extracted -> needs_review | approved -> erp_accepted -> allocated | backordered
    -> routed -> shipped; at the side rejected, duplicate, failed (a dead job parked it) and cancelled (the
    buyer cancelled it: a revision of kind cancel applied, orchestration/revisions.py)."""

    EXTRACTED = "extracted"  # a moment between reading and deciding, inside the filing transaction
    NEEDS_REVIEW = "needs_review"
    APPROVED = "approved"
    ERP_ACCEPTED = "erp_accepted"
    ALLOCATED = "allocated"
    BACKORDERED = "backordered"
    ROUTED = "routed"
    SHIPPED = "shipped"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    CANCELLED = "cancelled"


class MessageStatus(StrEnum):
    """An inbound message: received -> processed | not_an_order | status_answered | status_question | error.

    status_answered: a buyer's question where an order stands, matched to one order of theirs and answered
    by email (orchestration/status_questions.py); status_question: one that could not be matched (no PO
    number, none or several orders, an unknown sender), which a clerk answers. Neither is an order."""

    RECEIVED = "received"
    PROCESSED = "processed"
    NOT_AN_ORDER = "not_an_order"
    STATUS_ANSWERED = "status_answered"
    STATUS_QUESTION = "status_question"
    ERROR = "error"


class SenderAuth(StrEnum):
    """Whether a message's sender was authenticated, as intake found it (intake/sender_auth.py): pass (a
    check we trust passed for some domain: `sender_auth_aligned` says whether it is the From domain's),
    fail (a check failed: a broken signature, DMARC or SPF fail), none (the mail carries nothing to check:
    not signed, no SPF or DMARC pass), unknown (nothing we trust could tell: no trusted receiving server's
    results and no signature we could verify, or a DNS failure)."""

    PASS = "pass"
    FAIL = "fail"
    NONE = "none"
    UNKNOWN = "unknown"


class CustomerSenderAuth(StrEnum):
    """A customer's own rule for unauthenticated mail, over the `sender_auth.require` setting (NULL: the
    setting's)."""

    REQUIRED = "required"
    NOT_REQUIRED = "not_required"


class ExtractionStatus(StrEnum):
    """One document (part) of a message: pending -> extracted | no_order_content | unsupported | too_large |
    error. too_large: over a reading limit (config.ReadLimits), not read or read only in part."""

    PENDING = "pending"
    EXTRACTED = "extracted"
    NO_ORDER_CONTENT = "no_order_content"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"
    ERROR = "error"


class JobStatus(StrEnum):
    """A durable job: queued -> running -> done | queued again (a retry) | dead (out of attempts)."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    DEAD = "dead"


class BreakerState(StrEnum):
    """A connector's circuit breaker: closed (called), open (not called until its cool-down ends),
    half_open (one trial call decides: closed again, or open for a longer cool-down)."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class ShipmentStatus(StrEnum):
    PLANNED = "planned"
    SHIPPED = "shipped"


class RevisionKind(StrEnum):
    """What a buyer's later message asks of an order already filed: change it (quantities, lines added or
    removed, the date, the ship-to, some lines cancelled) or cancel it whole."""

    CHANGE = "change"
    CANCEL = "cancel"


class RevisionStatus(StrEnum):
    """A revision of an order: pending (waits for a clerk on the order) -> applied | declined; refused: it
    cannot be applied at all (the order shipped, was cancelled or rejected), and the buyer is told."""

    PENDING = "pending"
    APPLIED = "applied"
    DECLINED = "declined"
    REFUSED = "refused"


class RevisionDelivery(StrEnum):
    """Whether an applied revision went to the ERP: not_needed (the ERP never had the order), queued (its
    connector job waits), sent, unsupported (the ERP connector cannot take revisions: a clerk amends the
    ERP's order by hand)."""

    NOT_NEEDED = "not_needed"
    QUEUED = "queued"
    SENT = "sent"
    UNSUPPORTED = "unsupported"


class AcknowledgementStatus(StrEnum):
    """An email back to the buyer: pending -> sent | skipped | failed (with the reason why)."""

    PENDING = "pending"
    SENT = "sent"
    SKIPPED = "skipped"
    FAILED = "failed"


# ---------------------------------------------------------------- orders

# Waiting for a clerk: the review queue's orders, and the only ones a clerk may change (edit, approve,
# reject, hold) — in review, or sent back by a stage that failed for good.
IN_REVIEW: tuple[OrderStatus, ...] = (OrderStatus.NEEDS_REVIEW, OrderStatus.FAILED)
EDITABLE = IN_REVIEW

# Reached a decision (the dashboard counts these); `extracted` is a moment between reading and deciding.
DECIDED: tuple[OrderStatus, ...] = (
    OrderStatus.NEEDS_REVIEW, OrderStatus.APPROVED, OrderStatus.ERP_ACCEPTED, OrderStatus.ALLOCATED,
    OrderStatus.BACKORDERED, OrderStatus.ROUTED, OrderStatus.SHIPPED, OrderStatus.REJECTED, OrderStatus.FAILED,
    OrderStatus.DUPLICATE, OrderStatus.CANCELLED,
)

# Orders whose quantities a person or the rules let through: what a customer really orders, the
# history an unusual quantity is measured against (matching's DbKnowledge.quantity_history).
SETTLED: tuple[OrderStatus, ...] = (
    OrderStatus.APPROVED, OrderStatus.ERP_ACCEPTED, OrderStatus.BACKORDERED, OrderStatus.ROUTED, OrderStatus.SHIPPED,
)

# Reserved in the warehouse, waiting for routing (some lines may be backordered).
STOCK_RESERVED: tuple[OrderStatus, ...] = (OrderStatus.ALLOCATED, OrderStatus.BACKORDERED)

# Not yet decided: the buyer's status page says "we are checking this order".
BEING_CHECKED: tuple[OrderStatus, ...] = (OrderStatus.EXTRACTED, OrderStatus.NEEDS_REVIEW)

# Ended without going on: the buyer's status page shows these as a stop, not as steps.
STOPPED: tuple[OrderStatus, ...] = (OrderStatus.REJECTED, OrderStatus.DUPLICATE, OrderStatus.CANCELLED)

# Not yet in the ERP: a buyer's change read with strong evidence may be applied to it untouched
# (orchestration/revisions.py); from erp_accepted on, a clerk applies it and the connector carries it.
BEFORE_ERP: tuple[OrderStatus, ...] = (OrderStatus.NEEDS_REVIEW, OrderStatus.APPROVED)

# Gone to the buyer: a cancellation or change is refused, with an answer saying so.
SHIPPED_ALREADY: tuple[OrderStatus, ...] = (OrderStatus.SHIPPED,)

# The buyer's status page steps after "received" (the order's creation), each the status that reaches it.
BUYER_STEPS: tuple[OrderStatus, ...] = (
    OrderStatus.APPROVED, OrderStatus.ERP_ACCEPTED, OrderStatus.ALLOCATED, OrderStatus.SHIPPED,
)
# How far along the buyer's steps each status is: 0 received, 1 checked, 2 confirmed, 3 stock reserved,
# 4 shipped. A failed order has been checked (a stage after approval failed); a stopped one has no place.
BUYER_PROGRESS: Mapping[str, int] = {
    OrderStatus.EXTRACTED: 0, OrderStatus.NEEDS_REVIEW: 0, OrderStatus.FAILED: 1, OrderStatus.APPROVED: 1,
    OrderStatus.ERP_ACCEPTED: 2, OrderStatus.ALLOCATED: 3, OrderStatus.BACKORDERED: 3, OrderStatus.ROUTED: 3,
    OrderStatus.SHIPPED: 4,
}


# ---------------------------------------------------------------- messages

# The messages the review screen's problem list shows: unreadable, read and found not to be an order, or a
# buyer's status question no order could be matched to (a clerk answers it).
PROBLEM_MESSAGES: tuple[MessageStatus, ...] = (MessageStatus.ERROR, MessageStatus.NOT_AN_ORDER,
                                               MessageStatus.STATUS_QUESTION)


# ---------------------------------------------------------------- jobs

JOB_STATUSES: tuple[JobStatus, ...] = tuple(JobStatus)


class EdiAnswerKind(StrEnum):
    """What an EDI answer says of the order (or change) it answers: taken as asked, taken with changes,
    not taken; `received` for the functional acknowledgements (X12 997, EDIFACT CONTRL), which only say the
    interchange was received and read, or (`rejected`, `partly_rejected`) which of it broke its syntax."""

    ACCEPTED = "accepted"
    CHANGED = "changed"
    REJECTED = "rejected"
    RECEIVED = "received"
    # A functional acknowledgement rejecting some of the transaction sets (messages) received, accepting the others.
    PARTLY_REJECTED = "partly_rejected"


class EdiAnswerDelivery(StrEnum):
    """How a customer's EDI answers reach it (customers.edi_answer_delivery; NULL: the connector when it can
    carry them, else email)."""

    CONNECTOR = "connector"
    EMAIL = "email"


# The EDI answers a customer may ask for (customers.edi_answers), by the syntax each answers.
EDI_ANSWER_DOCUMENTS: dict[str, str] = {"997": "x12", "855": "x12", "865": "x12", "CONTRL": "edifact",
                                        "ORDRSP": "edifact", "OrderResponse": "ubl", "OrderResponseSimple": "ubl"}


class LineAnswer(StrEnum):
    """One line of an answer, the order's final state against what the buyer asked."""

    ACCEPTED = "accepted"
    QUANTITY_CHANGED = "quantity_changed"
    PRICE_CHANGED = "price_changed"
    CHANGED = "changed"  # quantity and price
    REJECTED = "rejected"  # removed, or the whole order not taken
    ADDED = "added"  # a line we added (a clerk, a buyer's change by email)
