"""The order pipeline and the job-kind registry: the next stage comes from ORDER_PIPELINE's order, never
from a name inside a stage, and every kind of job the queue holds is run through JOB_KINDS."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Database
from models.tables import InboundMessage, Job, Order
from orchestration import pipeline
from orchestration.acknowledgements.outbox import STAGE as ACKNOWLEDGEMENT
from orchestration.pipeline import JOB_KINDS, ORDER_PIPELINE, MessageDelivery, MessageJob, OrderJob
from orchestration.stages import Connectors


class Erp:
    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        return f"SO-{order.id}"


def _approved(s: Session) -> Order:
    order = Order(status="approved")
    s.add(order)
    s.flush()
    return order


def _queued(s: Session) -> list[tuple[str, str]]:
    s.flush()
    return [(job.kind, job.idempotency_key) for job in s.scalars(select(Job).order_by(Job.id))]


def test_the_job_kinds_are_the_ones_the_jobs_table_holds():
    """The kind strings are stored in the jobs table: renaming one would strand every job of that kind."""
    assert ORDER_PIPELINE == ("erp", "inventory", "routing", "shipping")
    assert set(JOB_KINDS) == {"process_message", *ORDER_PIPELINE, "acknowledgement", "revision", "edi_answer",
                              "edi_message_answer"}
    assert isinstance(JOB_KINDS["process_message"], MessageJob)
    assert all(isinstance(JOB_KINDS[kind], OrderJob) for kind in [*ORDER_PIPELINE, ACKNOWLEDGEMENT, "revision",
                                                                        "edi_answer"])
    # The 997 or CONTRL of an interchange that became no order is delivered by a job on its message.
    assert isinstance(JOB_KINDS["edi_message_answer"], MessageDelivery)


def test_an_approval_starts_the_pipeline_under_the_keys_the_queue_always_used(db: Database):
    with db.session() as s:
        first, second = _approved(s), _approved(s)
        pipeline.start(s, first)
        pipeline.start(s, second, "2")
        assert _queued(s) == [("erp", f"order:{first.id}:erp"), ("erp", f"order:{second.id}:erp:2")]


def test_a_stage_that_moved_the_order_on_queues_the_next_one_of_the_same_approval(db: Database):
    """GIVEN an order approved a second time WHEN its ERP stage runs THEN the inventory stage is queued,
    under the key of that approval."""
    with db.session() as s:
        order = _approved(s)
        pipeline.run_order_job(s, "erp", order, Connectors(erp=Erp()), "2")
        assert (order.status, order.erp_order_number) == ("erp_accepted", f"SO-{order.id}")
        assert _queued(s) == [("inventory", f"order:{order.id}:inventory:2")]


def test_a_stage_that_found_the_order_elsewhere_queues_nothing(db: Database):
    """A redelivered ERP job (the order went on already) changes nothing and queues nothing."""
    with db.session() as s:
        order = _approved(s)
        order.status = "erp_accepted"
        pipeline.run_order_job(s, "erp", order, Connectors(erp=Erp()))
        assert order.status == "erp_accepted" and _queued(s) == []


def test_the_successor_is_read_from_the_pipeline_order(db: Database, monkeypatch: pytest.MonkeyPatch):
    """GIVEN a pipeline in which shipping follows the ERP WHEN the ERP stage runs THEN shipping is queued:
    no stage names the one after it."""
    monkeypatch.setattr(pipeline, "ORDER_PIPELINE", ("erp", "shipping"))
    with db.session() as s:
        order = _approved(s)
        pipeline.run_order_job(s, "erp", order, Connectors(erp=Erp()))
        assert _queued(s) == [("shipping", f"order:{order.id}:shipping")]
        assert pipeline.advance(s, order, "shipping") is None  # the last stage has no successor


def test_a_message_job_is_not_run_on_an_order(db: Database):
    with db.session() as s, pytest.raises(TypeError, match="process_message job does not run on an order"):
        pipeline.run_order_job(s, "process_message", _approved(s), Connectors())


def test_a_message_is_filed_once(db: Database, settings):
    """GIVEN a message already processed WHEN its job is delivered again THEN nothing is filed twice."""
    with db.session() as s:
        message = InboundMessage(source="test", raw=b"Subject: x\r\n\r\n", size=14, sha256="0" * 64,
                                 status="processed")
        s.add(message)
        s.flush()
        assert pipeline.file_message(s, message, settings) == []
        assert s.scalars(select(Order)).all() == []
