"""Scale-out on PostgreSQL: real `order-intake worker` processes share one queue; every approved order
is shipped exactly once, and a worker SIGKILLed in the middle of a job loses nothing.

The same run as bench/scale_out.py (both run tests/support/scale_out.py), at the issue's size: 2,000
orders, about a minute on this 2-core machine (`python bench/scale_out.py --workers 4 --orders 2000 --kill-one`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import scale_out

pytestmark = pytest.mark.slow

ORDERS = 2000


def test_four_workers_ship_every_order_once_even_when_one_is_killed_mid_job(
        pg_demo_url: str, tmp_path: Path) -> None:
    """GIVEN 2,000 approved orders and 4 worker processes on one PostgreSQL database
    WHEN one worker is SIGKILLed while it holds a job
    THEN every order is shipped, none twice (one ERP order, one shipment per warehouse, no job completed
    twice), and the killed worker's job was finished by another worker after its lease expired."""
    result = scale_out.run(pg_demo_url, workers=4, orders=ORDERS, kill_one=True, timeout=600, lease_s=2, home=tmp_path)

    assert result.shipped == ORDERS, result
    assert result.lost == 0 and result.failed == 0
    assert result.duplicate_erp_orders == 0
    assert result.duplicate_shipments == 0
    assert result.jobs_completed_twice == 0
    assert result.jobs_left_running == 0
    # The kill landed while the worker held a job, and that job was then done by a survivor.
    assert result.killed_job_id is not None
    assert result.killed_job_finished_by and f":{result.killed_worker_pid}:" not in result.killed_job_finished_by
    # The killed one reports SIGKILL; the survivors finished their jobs on SIGTERM and exited cleanly.
    assert result.worker_exit_codes[0] == -9
    assert result.worker_exit_codes[1:] == [0, 0, 0]
