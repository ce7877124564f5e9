"""The queue (/review): what waits for a clerk, filtered, with the counts beside it (the query itself is
review_ui/queue_query.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from models.status import MessageStatus
from models.tables import Customer, InboundMessage, Order
from review_ui import queue_query, wording
from review_ui.rendering import render
from web.deps import ClerkDep, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review", response_model=None)
def queue(request: Request, session: SessionDep, settings: SettingsDep, user: ClerkDep, status_filter: str = "",
          customer: str = "", reason: str = "", mailbox: str = "", done: int | None = None, did: str = "") -> Response:
    """`done`: the order the clerk just decided when no other waited (the page says what became of it)."""
    found = queue_query.waiting(session, status_filter, customer, reason, mailbox)
    reason_counts = queue_query.reason_counts(session)
    problems = session.scalar(
        select(func.count()).select_from(InboundMessage).where(InboundMessage.status == MessageStatus.ERROR)
    )
    # A buyer asking where an order stands that no one order matched: nobody answers it but a clerk.
    questions = session.scalar(select(func.count()).select_from(InboundMessage).where(
        InboundMessage.status == MessageStatus.STATUS_QUESTION))
    customers = session.execute(select(Customer.id, Customer.name).order_by(Customer.name)).all()
    decided = session.get(Order, done) if done else None
    return render(request, "queue.html", user, rows=found.rows, total=found.total, decided=decided,
                  did=wording.DECISIONS.get(did, ""),
                  counts=queue_query.status_counts(session),
                  problem_messages=problems, status_questions=questions,
                  reason_counts=dict(sorted(reason_counts.items())),
                  customers=customers, mailboxes=queue_query.mailbox_names(settings),
                  status_filters=queue_query.STATUS_FILTERS,
                  filters={"status_filter": status_filter, "customer": customer, "reason": reason,
                           "mailbox": mailbox})
