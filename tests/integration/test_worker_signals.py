"""Workers and signals, on PostgreSQL: SIGTERM finishes the job under way and exits 0; a lease kept
alive by heartbeats holds a long job while an expired one puts it back; SQLite refuses --concurrency 2;
--concurrency N runs N worker processes."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bootstrap import open_database
from models.db import Database
from models.tables import ErpSalesOrder, Job, Order, StageRun
from orchestration import jobs
from orchestration.connectors.builtin import BuiltinErp
from orchestration.stages import Connectors
from orchestration.worker import Worker
from tests.support import orders
from tests.support.environment import REPO
from tests.support.service import make_settings
from tests.support.workers import start_workers, wait_ready, worker_command

pytestmark = pytest.mark.slow


def _shipped(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Order).where(Order.status == "shipped")) or 0)


def _wait(condition, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def test_sigterm_finishes_the_job_under_way_then_exits_0(pg_demo_url: str, tmp_path: Path) -> None:
    """GIVEN a worker process busy with a queue of orders, frozen while it holds a job
    WHEN it gets SIGTERM (and is thawed)
    THEN it completes that job, gives back the next stage it had taken, and exits 0, leaving the rest queued."""
    settings = orders.settings_for(tmp_path, pg_demo_url)
    db = open_database(settings)
    orders.prepare(db, settings)
    # libpq reads PGAPPNAME: the worker's connections show under this name in pg_stat_activity.
    (proc, log_path), = start_workers(pg_demo_url, 1, tmp_path, lease_s=60,
                                                extra_env={"PGAPPNAME": "sigterm-victim"})
    try:
        wait_ready([(proc, log_path)])
        orders.create_orders(db, 150)
        _wait(lambda: _shipped(db) >= 3)
        held = None
        for _ in range(1000):
            os.kill(proc.pid, signal.SIGSTOP)
            with db.session() as s:
                # Mid-job: a transaction open and a job held. (Frozen just after a commit, it holds the
                # next stage it took but has not started; that one is given back, not run.)
                in_transaction = s.scalar(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'sigterm-victim' "
                    "AND state IN ('active', 'idle in transaction')"))
                held = s.scalar(select(Job.id).where(Job.status == "running", Job.locked_by.like(f"%:{proc.pid}:%")))
            if held is not None and in_transaction:
                break
            held = None
            os.kill(proc.pid, signal.SIGCONT)
            time.sleep(0.005)
        assert held is not None, "the worker never held a job"
        proc.send_signal(signal.SIGTERM)
        os.kill(proc.pid, signal.SIGCONT)
        assert proc.wait(60) == 0, log_path.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    with db.session() as s:
        job = s.get(Job, held)
        assert job.status == "done" and f":{proc.pid}:" in (job.locked_by or "")
        assert s.scalar(select(func.count()).select_from(Job).where(Job.status == "running")) == 0
        assert s.scalar(select(func.count()).select_from(StageRun).where(StageRun.finished_at.is_(None))) == 0
    assert _shipped(db) < 150  # it stopped; it did not drain the queue first
    db.dispose()


class SlowErp(BuiltinErp):
    """An ERP that takes longer to answer than the job's lease (a real one can, under load)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def submit_order(self, session, order, idempotency_key):  # type: ignore[no-untyped-def]
        time.sleep(self.seconds)
        return super().submit_order(session, order, idempotency_key)


@pytest.mark.parametrize("heartbeats", [True, False])
def test_a_job_longer_than_its_lease_is_kept_by_heartbeats_and_lost_without(
        pg_demo_url: str, tmp_path: Path, heartbeats: bool) -> None:
    """GIVEN a 1-second lease and an ERP call that takes 2 seconds, and a second worker trying to claim
    WHEN the first worker runs the job with heartbeats
    THEN the second never gets it and the job completes on its first attempt;
    WITHOUT heartbeats the lease expires, the job goes back and the second worker takes it (the first
    worker's late result is refused), and still only one ERP order exists."""
    settings = make_settings(tmp_path, pg_demo_url).model_copy(update={"job_lease_s": 1})
    db = open_database(settings)
    orders.prepare(db, settings)
    (order_id,) = orders.create_orders(db, 1)
    slow = Worker(db, settings, Connectors(erp=SlowErp(2.0)), name="slow")
    ticket = jobs.claim(db, slow.name, settings.job_lease_s)
    assert ticket is not None and ticket.kind == "erp"
    taken_by_other: list[jobs.Ticket] = []

    def run_slow() -> None:
        slow._next = [ticket]  # run exactly this claimed job, as run_once would after its claim
        if heartbeats:
            with slow.heartbeats():
                slow.run_once()
        else:
            slow.run_once()

    runner = threading.Thread(target=run_slow)
    runner.start()
    while runner.is_alive():
        other = jobs.claim(db, "other", settings.job_lease_s)
        if other is not None and other.kind == "erp":
            taken_by_other.append(other)
            Worker(db, settings, name="other")._run_ticket(other)  # waits on the order row, then runs
            break
        time.sleep(0.1)
    runner.join(30)
    with db.session() as s:
        job = s.scalar(select(Job).where(Job.order_id == order_id, Job.kind == "erp"))
        assert job.status == "done"
        assert s.scalar(select(func.count()).select_from(ErpSalesOrder).where(ErpSalesOrder.order_id == order_id)) == 1
        if heartbeats:
            assert taken_by_other == [] and job.attempts == 1 and job.locked_by == "slow"
        else:
            assert len(taken_by_other) == 1 and job.attempts == 2 and job.locked_by == "other"
    db.dispose()


def _worker_env(url: str, home: Path) -> dict[str, str]:
    env = {**os.environ, "ORDER_INTAKE_DATABASE_URL": url, "ORDER_INTAKE_HOME": str(home),
           "PYTHONPATH": str(REPO)}
    env.pop("ORDER_INTAKE_CONFIG", None)
    return env


def test_sqlite_refuses_more_than_one_worker_with_a_clear_message(tmp_path: Path) -> None:
    done = subprocess.run([*worker_command(), "--concurrency", "2"], cwd=tmp_path,
                          env=_worker_env(f"sqlite:///{tmp_path}/one.db", tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "SQLite takes one writer at a time" in done.stderr and "PostgreSQL" in done.stderr


def test_concurrency_runs_that_many_processes_and_stops_them_on_sigterm(
        pg_demo_url: str, tmp_path: Path) -> None:
    """GIVEN `order-intake worker --concurrency 2` on PostgreSQL WHEN orders arrive THEN two processes
    share them, and SIGTERM to the supervisor stops both cleanly (exit 0)."""
    settings = orders.settings_for(tmp_path, pg_demo_url)
    db = open_database(settings)
    orders.prepare(db, settings)
    log_path = tmp_path / "workers.log"
    with open(log_path, "wb") as log_file:
        # Batches of 4, so 20 orders are more than one worker takes at once.
        proc = subprocess.Popen([*worker_command(), "--concurrency", "2"], cwd=tmp_path,
                                env={**_worker_env(pg_demo_url, tmp_path), "ORDER_INTAKE_JOB_BATCH_SIZE": "4"},
                                stdout=log_file, stderr=subprocess.STDOUT)
    try:
        _wait(lambda: log_path.read_text().count("running against") >= 2)
        orders.create_orders(db, 20)
        _wait(lambda: _shipped(db) == 20)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0, log_path.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    with db.session() as s:
        pids = {w.split(":")[1] for w in s.scalars(select(StageRun.worker).distinct())}
    assert len(pids) == 2 and str(proc.pid) not in pids  # two children did the work, not the supervisor
    db.dispose()


def test_an_idle_worker_process_is_woken_by_a_committed_job_not_its_next_poll(
        pg_demo_url: str, tmp_path: Path) -> None:
    """GIVEN an `order-intake worker` process on PostgreSQL that polls only every 10 minutes, idle
    WHEN another process commits approved orders THEN the worker ships them at once: the commit's
    NOTIFY woke it (without it, nothing would move for minutes)."""
    settings = orders.settings_for(tmp_path, pg_demo_url)
    db = open_database(settings)
    orders.prepare(db, settings)
    log_path = tmp_path / "worker.log"
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen([*worker_command()], cwd=tmp_path,
                                env={**_worker_env(pg_demo_url, tmp_path),
                                     "ORDER_INTAKE_WORKER_POLL_INTERVAL_S": "600"},
                                stdout=log_file, stderr=subprocess.STDOUT)
    try:
        _wait(lambda: "running against" in log_path.read_text())
        time.sleep(2)  # past its first look at the queue: it is waiting now
        orders.create_orders(db, 3)
        _wait(lambda: _shipped(db) == 3, timeout=60)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0, log_path.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    db.dispose()
