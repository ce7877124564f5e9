"""The dashboard's numbers: orders today, touchless rate, clerk time in review, problems by mailbox
and by reason, the last 30 days, and the savings reckoned as suppliers do (orders that needed no
typing x minutes of manual entry per order x loaded hourly cost) beside the clerk time spent."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.status import DECIDED, IN_REVIEW, MessageStatus
from models.tables import InboundMessage, Order, OrderReason, utcnow

DAYS = 30


@dataclass
class Day:
    day: date
    touchless: int = 0
    reviewed: int = 0


@dataclass
class Period:
    name: str
    orders: int = 0
    touchless: int = 0
    review_seconds: int = 0
    savings: Decimal = Decimal(0)  # manual entry the touchless orders spared
    review_cost: Decimal = Decimal(0)  # the clerk time actually spent in review, at the same hourly cost

    @property
    def review_hours(self) -> float:
        return self.review_seconds / 3600


@dataclass
class Dashboard:
    orders_today: int
    waiting: int
    touchless_rate: float | None  # over the last 30 days
    avg_review_minutes: float | None  # per order a clerk handled, last 30 days
    days: list[Day]
    periods: list[Period]
    by_mailbox: list[tuple[str, int, int, int]]  # mailbox, messages, unreadable, orders sent to review
    by_reason: list[tuple[str, int]]  # review reason code, orders (last 30 days)
    minutes_per_order: float
    hourly_cost: Decimal
    chart_max: int = field(default=1)


def _mailbox(source: str | None, mailbox: str | None) -> str:
    """The IMAP mailbox's name, else the kind of source (maildir, api, cli, ...)."""
    return mailbox or source or "manual"


def compute(session: Session, minutes_per_order: float, hourly_cost: Decimal,
            now: datetime | None = None) -> Dashboard:
    now = now or utcnow()
    today = now.date()
    year_start = datetime(today.year, 1, 1)
    since = min(year_start, datetime.combine(today - timedelta(days=DAYS - 1), datetime.min.time()))
    rows = session.execute(
        select(Order.created_at, Order.auto_approved, Order.review_seconds, Order.message_id)
        .where(Order.created_at >= since, Order.status.in_(DECIDED))
    ).all()
    per_order = Decimal(str(minutes_per_order)) / 60 * hourly_cost
    per_second = hourly_cost / 3600
    periods = {"today": Period("Today"), "month": Period(today.strftime("%B %Y")), "year": Period(str(today.year))}
    days = {today - timedelta(days=i): Day(today - timedelta(days=i)) for i in range(DAYS)}
    window_orders = window_touchless = handled = handled_seconds = 0
    review_messages: Counter[int] = Counter()
    for created, auto, seconds, message_id in rows:
        day = created.date()
        keys = ["year"] + (["month"] if (day.year, day.month) == (today.year, today.month) else []) + \
            (["today"] if day == today else [])
        for key in keys:
            p = periods[key]
            p.orders += 1
            p.touchless += 1 if auto else 0
            p.review_seconds += seconds or 0
        if day in days:
            window_orders += 1
            if auto:
                window_touchless += 1
                days[day].touchless += 1
            else:
                days[day].reviewed += 1
                if message_id:
                    review_messages[message_id] += 1
            if seconds:
                handled += 1
                handled_seconds += seconds
    for p in periods.values():
        p.savings = (p.touchless * per_order).quantize(Decimal("0.01"))
        p.review_cost = (p.review_seconds * per_second).quantize(Decimal("0.01"))
    day_list = sorted(days.values(), key=lambda d: d.day)
    return Dashboard(
        orders_today=periods["today"].orders,
        waiting=session.scalar(select(func.count()).select_from(Order)
                               .where(Order.status.in_(IN_REVIEW))) or 0,
        touchless_rate=window_touchless / window_orders if window_orders else None,
        avg_review_minutes=handled_seconds / handled / 60 if handled else None,
        days=day_list,
        periods=[periods["today"], periods["month"], periods["year"]],
        by_mailbox=_by_mailbox(session, since, review_messages),
        by_reason=_by_reason(session, min(days), today),
        minutes_per_order=minutes_per_order,
        hourly_cost=hourly_cost,
        chart_max=max([d.touchless + d.reviewed for d in day_list] + [1]),
    )


def _by_reason(session: Session, first: date, last: date) -> list[tuple[str, int]]:
    """Per reason code, the orders of these days that went to review with it, most first."""
    window = (Order.created_at >= datetime.combine(first, time.min),
              Order.created_at < datetime.combine(last + timedelta(days=1), time.min))
    orders = func.count(OrderReason.order_id.distinct())
    return [(code, n) for code, n in session.execute(
        select(OrderReason.code, orders).join(Order, Order.id == OrderReason.order_id)
        .where(*window, Order.status.in_(DECIDED), Order.auto_approved.is_(False), OrderReason.code != "")
        .group_by(OrderReason.code).order_by(orders.desc(), OrderReason.code))]


def _by_mailbox(session: Session, since: datetime, review_messages: Counter[int]) -> list[tuple[str, int, int, int]]:
    since_window = max(since, utcnow() - timedelta(days=DAYS))
    totals: dict[str, list[int]] = {}
    for message_id, source, mailbox, status in session.execute(
        select(InboundMessage.id, InboundMessage.source, InboundMessage.source_mailbox, InboundMessage.status)
        .where(InboundMessage.received_at >= since_window)
    ):
        row = totals.setdefault(_mailbox(source, mailbox), [0, 0, 0])
        row[0] += 1
        row[1] += 1 if status == MessageStatus.ERROR else 0
        row[2] += review_messages.get(message_id, 0)
    return sorted(((name, *counts) for name, counts in totals.items()), key=lambda r: -r[1])  # type: ignore[misc]
