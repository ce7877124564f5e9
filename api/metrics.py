"""`/metrics` in the Prometheus text format, read from the database at scrape time.

Workers run in many processes on many machines; the database is the one place that knows what all of
them did, so orders by status, jobs, retries, dead letters, stage durations and mailbox errors are
counted there when Prometheus asks, not in per-process counters that would each see a slice.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Float, case, cast, func, select
from sqlalchemy.sql.elements import ColumnElement

from models.db import Database
from models.status import JobStatus
from models.tables import InboundMessage, Job, MailboxState, Order, StageRun, utcnow
from web.deps import DbDep

router = APIRouter(tags=["metrics"])

# Seconds; a builtin stage takes milliseconds, a remote ERP call can take seconds.
STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def _seconds_between(db: Database, start: ColumnElement, end: ColumnElement) -> ColumnElement:
    if db.is_postgres:
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


class DatabaseCollector(Collector):
    """Everything below is one query each, over tables the app keeps anyway."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def collect(self) -> Iterator[Metric]:
        with self.db.session() as s:
            orders = GaugeMetricFamily("order_intake_orders", "Orders by status.", labels=["status"])
            for status, n in s.execute(select(Order.status, func.count()).group_by(Order.status)):
                orders.add_metric([status], n)
            yield orders

            messages = GaugeMetricFamily("order_intake_messages", "Inbound messages by status.", labels=["status"])
            for status, n in s.execute(select(InboundMessage.status, func.count()).group_by(InboundMessage.status)):
                messages.add_metric([status], n)
            yield messages

            jobs = GaugeMetricFamily("order_intake_jobs", "Jobs by kind and status.", labels=["kind", "status"])
            dead = GaugeMetricFamily("order_intake_dead_letters", "Jobs out of attempts, waiting for a manual retry.",
                                     labels=["kind"])
            retries = CounterMetricFamily("order_intake_job_retries", "Attempts beyond the first, by kind.",
                                          labels=["kind"])
            rows = s.execute(select(Job.kind, Job.status, func.count(),
                                    func.coalesce(func.sum(case((Job.attempts > 1, Job.attempts - 1), else_=0)), 0))
                             .group_by(Job.kind, Job.status)).all()
            dead_by_kind: dict[str, int] = {}
            retries_by_kind: dict[str, int] = {}
            for kind, status, n, extra in rows:
                jobs.add_metric([kind, status], n)
                if status == JobStatus.DEAD:
                    dead_by_kind[kind] = dead_by_kind.get(kind, 0) + n
                retries_by_kind[kind] = retries_by_kind.get(kind, 0) + int(extra)
            for kind, n in sorted(dead_by_kind.items()):
                dead.add_metric([kind], n)
            for kind, n in sorted(retries_by_kind.items()):
                retries.add_metric([kind], n)
            yield jobs
            yield dead
            yield retries

            oldest = s.scalar(select(func.min(Job.run_after))
                              .where(Job.status == JobStatus.QUEUED, Job.run_after <= utcnow()))
            yield GaugeMetricFamily("order_intake_oldest_due_job_age_seconds",
                                    "How long the oldest due job has waited (0 when none): the queue's lag.",
                                    value=max(0.0, (utcnow() - oldest).total_seconds()) if oldest else 0.0)

            yield from self._stage_durations(s)

            up = GaugeMetricFamily("order_intake_mailbox_connected", "1 when the mailbox is connected.",
                                   labels=["mailbox"])
            error = GaugeMetricFamily("order_intake_mailbox_error", "1 when the mailbox's last attempt failed.",
                                      labels=["mailbox"])
            error_at = GaugeMetricFamily("order_intake_mailbox_last_error_timestamp_seconds",
                                         "When the mailbox last failed (Unix time).", labels=["mailbox"])
            for box in s.scalars(select(MailboxState).order_by(MailboxState.name)):
                up.add_metric([box.name], 1.0 if box.connected else 0.0)
                error.add_metric([box.name], 1.0 if box.last_error else 0.0)
                if box.last_error_at is not None:
                    error_at.add_metric([box.name], _unix(box.last_error_at))
            yield up
            yield error
            yield error_at

    def _stage_durations(self, s) -> Iterator[Metric]:  # type: ignore[no-untyped-def]
        seconds = cast(_seconds_between(self.db, StageRun.started_at, StageRun.finished_at), Float)
        columns = [func.count(), func.coalesce(func.sum(seconds), 0.0)]
        columns += [func.count(case((seconds <= le, 1))) for le in STAGE_BUCKETS]
        finished = StageRun.finished_at.is_not(None)
        durations = HistogramMetricFamily("order_intake_stage_duration_seconds",
                                          "Time from a stage's claim to its commit, successful attempts.",
                                          labels=["stage"])
        failures = CounterMetricFamily("order_intake_stage_failures", "Failed attempts by stage.", labels=["stage"])
        for stage, ok, count, total, *under in s.execute(
                select(StageRun.stage, StageRun.ok, *columns).where(finished).group_by(StageRun.stage, StageRun.ok)):
            if ok:
                buckets = [(str(le), float(n)) for le, n in zip(STAGE_BUCKETS, under, strict=True)]
                durations.add_metric([stage], [*buckets, ("+Inf", float(count))], sum_value=float(total))
            else:
                failures.add_metric([stage], count)
        yield durations
        yield failures


def _unix(moment) -> float:  # type: ignore[no-untyped-def]
    from datetime import UTC

    return moment.replace(tzinfo=UTC).timestamp()


def registry_for(db: Database) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(db))
    return registry


@router.get("/metrics", include_in_schema=False)
def metrics(db: DbDep) -> Response:
    return Response(generate_latest(registry_for(db)), media_type=CONTENT_TYPE_LATEST)
