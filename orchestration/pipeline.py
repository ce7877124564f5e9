"""The order pipeline and the job kinds: which stages an approved order goes through, in order, and what
runs each kind of job.

ORDER_PIPELINE is an ordered tuple of stage names, as a Mailman pipeline is: a stage only says whether
the order moved on, and the stage after it in the tuple is queued then. JOB_KINDS maps every kind of
job the queue holds to what runs it and on what subject (a message or an order); the worker looks a
job's kind up there and nowhere else. The kind strings and job keys are stored in the jobs table, so
they never change: a new stage is one name in the tuple and one line in JOB_KINDS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from config import Settings
from models.db import Database
from models.status import MessageStatus, OrderStatus
from models.tables import InboundMessage, Job, Order
from orchestration import revisions, stages
from orchestration.acknowledgements import stage as acknowledgement
from orchestration.acknowledgements.outbox import STAGE as ACKNOWLEDGEMENT
from orchestration.edi_answers import stage as edi_answer
from orchestration.edi_answers.outbox import STAGE as EDI_ANSWER
from orchestration.edi_answers.outbox import acknowledge_receipt
from orchestration.edi_answers.unfiled import STAGE as EDI_MESSAGE_ANSWER
from orchestration.edi_answers.unfiled import answer_unfiled
from orchestration.jobs import enqueue
from orchestration.process_message import Readings, process_message, read_parts, stored_parts
from orchestration.stages import Connectors

ORDER_PIPELINE: tuple[str, ...] = ("erp", "inventory", "routing", "shipping")

# An order stage returns True when the order moved on (the next stage is due), anything else when it
# stopped here: not where the stage expects it (a redelivered job), or nothing left to do (no stock).
OrderStage = Callable[[Session, Order, Connectors, str], bool | None]
MessageStep = Callable[[Session, InboundMessage, Settings, Readings | None], object]
MessageRead = Callable[[Database, int, Settings], Readings | None]


@dataclass(frozen=True)
class OrderJob:
    """Jobs on one order (`Job.order_id`): run with the order row locked and the stage's connectors; a
    dead one parks the order as failed."""

    run: OrderStage


@dataclass(frozen=True)
class MessageJob:
    """Jobs on an inbound message (`Job.message_id`): they file orders, so the worker may go on with the
    first stage of any order the job queued; a dead one leaves the message in error. `read`, when given,
    does the job's slow reading before its transaction, and `run` gets what it read."""

    run: MessageStep
    read: MessageRead | None = None


@dataclass(frozen=True)
class MessageDelivery:
    """Jobs that hand something of a message that became no order to the outside (`Job.message_id`): run with
    the message and the connectors; out of attempts, they park nothing: what they carry keeps its own status
    and reason."""

    run: Callable[[Session, InboundMessage, Connectors, str], object]


JobKind = OrderJob | MessageJob | MessageDelivery


def job_key(order_id: int, stage: str, generation: str = "") -> str:
    """A stage job's idempotency key, 'order:7:erp', or 'order:7:erp:2' for the order's second approval:
    a re-approved order (after a failure) runs its stages again, under keys of their own."""
    return f"order:{order_id}:{stage}" + (f":{generation}" if generation else "")


def start(session: Session, order: Order, generation: str = "") -> Job:
    """Queue the first stage of an order just approved, in the caller's transaction."""
    first = ORDER_PIPELINE[0]
    return enqueue(session, first, job_key(order.id, first, generation), order_id=order.id, generation=generation)


def advance(session: Session, order: Order, after: str, generation: str = "") -> Job | None:
    """Queue the stage after `after`, of the same approval; None after the last stage."""
    position = ORDER_PIPELINE.index(after) + 1
    if position == len(ORDER_PIPELINE):
        return None
    following = ORDER_PIPELINE[position]
    return enqueue(session, following, job_key(order.id, following, generation), order_id=order.id,
                   generation=generation)


def read_message(db: Database, message_id: int, settings: Settings) -> Readings | None:
    """The process_message job's reading, before its transaction: the stored parts loaded in a short
    read-only transaction, then read by their extractors with none open (on SQLite a transaction that has
    written holds the one write lock; on PostgreSQL a long one holds back vacuum). None: nothing to read."""
    with db.session() as s:
        parts = stored_parts(s, message_id)
    return None if parts is None else read_parts(parts, settings.read_limits())


def file_message(session: Session, message: InboundMessage, settings: Settings,
                 readings: Readings | None = None) -> list[Order]:
    """The process_message job: file a received message's orders (a message in any other state was
    processed already), and start the pipeline of each one approved without a clerk. `readings`: its parts
    as `read_message` read them (read here when not given)."""
    if message.status != MessageStatus.RECEIVED:
        return []
    orders = process_message(session, message, settings, readings)
    for order in orders:
        # An EDI buyer's 997 or CONTRL says at once that the interchange was received and read.
        acknowledge_receipt(session, order)
        if order.status == OrderStatus.APPROVED:
            start(session, order)
    # An interchange whose syntax errors kept it (or the rest of it) from becoming orders is answered all the same:
    # its 997 or CONTRL says which set, segment and element failed and why.
    answer_unfiled(session, message, settings)
    return orders


JOB_KINDS: dict[str, JobKind] = {
    "process_message": MessageJob(file_message, read_message),
    "erp": OrderJob(stages.erp),
    "inventory": OrderJob(stages.inventory),
    "routing": OrderJob(stages.routing),
    "shipping": OrderJob(stages.shipping),
    # Not a stage of the pipeline: queued once per email by the transitions that call for one.
    ACKNOWLEDGEMENT: OrderJob(acknowledgement.acknowledgement),
    # Not a stage either: an applied revision of an order the ERP has, handed to its connector once.
    revisions.JOB: OrderJob(revisions.send),
    # Not a stage either: an occasion's EDI answers (855, ORDRSP, OrderResponse...) delivered once.
    EDI_ANSWER: OrderJob(edi_answer.deliver),
    # Not a stage either: the 997 or CONTRL of an interchange that became no order, delivered once.
    EDI_MESSAGE_ANSWER: MessageDelivery(edi_answer.deliver_unfiled),
}


def run_order_job(session: Session, kind: str, order: Order, connectors: Connectors, generation: str = "") -> None:
    """Run one order job of `kind`, and queue the order's next stage if it moved on along the pipeline."""
    job = JOB_KINDS[kind]
    if not isinstance(job, OrderJob):
        raise TypeError(f"a {kind} job does not run on an order")
    if job.run(session, order, connectors, generation) and kind in ORDER_PIPELINE:
        advance(session, order, kind, generation)


def is_message_job(kind: str) -> bool:
    """Whether jobs of this kind work on a message (and may queue the first stage of any order)."""
    return isinstance(JOB_KINDS.get(kind), MessageJob)


def calls_out(kind: str, connectors: Connectors) -> bool:
    """Whether a job of this kind calls another system, and so may wait on it up to a timeout: such jobs
    run in a worker's connector lanes, behind their connector's circuit breaker (orchestration/breakers.py)."""
    if kind == ACKNOWLEDGEMENT:
        return connectors.acknowledgement is not None  # an SMTP conversation
    if kind in (revisions.JOB, EDI_ANSWER, EDI_MESSAGE_ANSWER):
        return not stages.batchable("erp", connectors)
    return kind in ORDER_PIPELINE and not stages.batchable(kind, connectors)
