"""CPU time of processes on this machine, read from /proc: what the scale-out run's worker processes and
the PostgreSQL backends serving them spent between two moments.

Wall time on a shared two-core machine says as much about the neighbours as about the code; the CPU
seconds a process was given do not. Linux only (no /proc elsewhere: the readings are then None).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of one live process (its threads included), or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14, 15 of proc(5))


def load_average() -> tuple[float, float, float] | None:
    try:
        one, five, fifteen = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        return None
    return float(one), float(five), float(fifteen)


class CpuMeter:
    """CPU spent by a changing set of processes since `start`.

    Processes come and go during a run (a killed worker, a backend that reconnects): each counts from
    its reading at `start` (0 if it started later) to its last reading, so sample often enough that a
    process's last reading is close to its end."""

    def __init__(self) -> None:
        self._first: dict[int, float] = {}
        self._last: dict[int, float] = {}
        self._started = False

    def start(self, pids: Iterable[int]) -> None:
        self._started = True
        for pid in pids:
            seconds = cpu_seconds(pid)
            if seconds is not None:
                self._first[pid] = self._last[pid] = seconds

    def sample(self, pids: Iterable[int]) -> None:
        for pid in pids:
            seconds = cpu_seconds(pid)
            if seconds is not None:
                self._first.setdefault(pid, 0.0 if self._started else seconds)
                self._last[pid] = seconds

    def total(self) -> float | None:
        """CPU seconds since `start`, or None when no process could be read (no /proc, another host)."""
        if not self._last:
            return None
        return sum(self._last[pid] - self._first[pid] for pid in self._last)
