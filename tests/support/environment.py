"""Where the tests run: the repository's paths, free ports, and what a missing service means (a skip on
a developer's machine, a failure in CI, where `make test` installs everything)."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path
from typing import NoReturn

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "demo"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _shared_corpus() -> Path:
    """The real documents by others that sit beside the repository in the development setup (never
    copied into it): $ORDER_INTAKE_SHARED_CORPUS, else ../shared/corpus, else /work/shared/corpus (where
    a clone made elsewhere on the development machine finds them). Tests that read them skip without."""
    named = os.environ.get("ORDER_INTAKE_SHARED_CORPUS")
    candidates = [Path(named)] if named else [REPO.parent / "shared" / "corpus", Path("/work/shared/corpus")]
    return next((path for path in candidates if path.is_dir()), candidates[0])


SHARED_CORPUS = _shared_corpus()


MEMORY_TMP = Path("/dev/shm")
# The machine's temporary folder as it was before tests/conftest.py moved TMPDIR to memory: for caches
# that should outlive a reboot (the Tryton template).
DISK_TMP = Path(tempfile.gettempdir())


def memory_backed_tmp(min_free: int = 2 << 30) -> Path | None:
    """A folder for the tests' temporary files in memory (tmpfs), where the machine has one with room.

    Every SQLite commit fsyncs its write-ahead log, and so does each of the twenty migrations: on this
    machine's disk an fsync takes about 3.5 ms, on tmpfs nothing (a fresh database migrates in 0.2 s
    instead of 1.2-2.3 s). Nothing the tests check depends on data reaching a disk."""
    try:
        stat = os.statvfs(MEMORY_TMP)
    except OSError:
        return None
    if stat.f_bavail * stat.f_frsize < min_free:
        return None
    folder = MEMORY_TMP / "order-intake-tests"
    try:
        folder.mkdir(exist_ok=True)
        if folder.stat().st_uid == os.getuid():
            folder.chmod(0o1777)  # shared by every user's test runs on the machine, as /tmp is
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def answers(host: str, port: int) -> bool:
    """Whether something accepts TCP connections there."""
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unavailable(reason: str, what: str = "") -> NoReturn:
    """Skip the test, or fail it in CI, where nothing may be silently left out. `what` names the service
    in CI's message ("PostgreSQL is required in CI: ..."); without it the message is "required in CI: ..."."""
    import pytest  # here, not above: the benchmarks import this module without pytest's machinery

    if IN_CI:
        pytest.fail(f"{what} is required in CI: {reason}" if what else f"required in CI: {reason}")
    pytest.skip(reason)
