"""Real `order-intake worker` processes for the tests and benchmarks: start them against a database,
wait until each polls the queue, kill one in the middle of a job, stop them with SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from models.db import Database
from models.tables import Job
from tests.support.environment import REPO

Workers = list[tuple[subprocess.Popen[bytes], Path]]


def worker_command() -> list[str]:
    """The installed `order-intake worker`, or the CLI run by this interpreter where none is installed."""
    script = Path(sys.executable).parent / "order-intake"
    return [str(script), "worker"] if script.exists() else [sys.executable, "-c", "import cli; cli.main()", "worker"]


def start_workers(url: str, count: int, home: Path, lease_s: int, extra_env: dict[str, str] | None = None) -> Workers:
    """`count` worker processes on the database at `url`, each logging (JSON) to home/worker-N.log."""
    env = {**os.environ, **(extra_env or {}), "ORDER_INTAKE_DATABASE_URL": url, "ORDER_INTAKE_HOME": str(home),
           "ORDER_INTAKE_JOB_LEASE_S": str(lease_s), "ORDER_INTAKE_EMBEDDED_WORKER": "false",
           "ORDER_INTAKE_LOG_FORMAT": "json", "PYTHONPATH": str(REPO)}
    env.pop("ORDER_INTAKE_CONFIG", None)
    out = []
    for i in range(count):
        log_path = home / f"worker-{i}.log"
        with open(log_path, "wb") as log_file:
            proc = subprocess.Popen(worker_command(), cwd=home, env=env, stdout=log_file, stderr=subprocess.STDOUT)
        out.append((proc, log_path))
    return out


def wait_ready(workers: Workers, timeout: float = 120.0) -> None:
    """Each worker logs 'running against' once it polls the queue."""
    deadline = time.monotonic() + timeout
    for proc, log_path in workers:
        while b"running against" not in log_path.read_bytes():
            if proc.poll() is not None:
                raise RuntimeError(f"worker exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker not ready: {log_path.read_text()[-2000:]}")
            time.sleep(0.1)


def kill_one_mid_job(db: Database, proc: subprocess.Popen[bytes], tries: int = 200) -> int | None:
    """SIGKILL the worker while it holds a job: freeze it, look at what it holds, kill or thaw and retry.

    Returns the job it held (claimed, not finished), or None when it never held one."""
    for _ in range(tries):
        os.kill(proc.pid, signal.SIGSTOP)
        with db.session() as s:
            held = s.scalar(select(Job.id).where(Job.status == "running",
                                                 Job.locked_by.like(f"%:{proc.pid}:%")).limit(1))
        if held is not None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return int(held)
        os.kill(proc.pid, signal.SIGCONT)
        time.sleep(0.01)
    return None


def stop_workers(procs: Workers, timeout: float = 60.0) -> list[int | None]:
    """SIGTERM: each finishes its job and exits 0 (a killed worker reports -9)."""
    for proc, _ in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    codes: list[int | None] = []
    for proc, _ in procs:
        try:
            codes.append(proc.wait(timeout))
        except subprocess.TimeoutExpired:
            proc.kill()
            codes.append(None)
    return codes
