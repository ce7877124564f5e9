"""Benchmark: what starting the `order-intake` command costs (issue 15, item 3), median of several runs.

    .venv/bin/python bench/startup.py [--runs 7] [--json FILE] [--source DIR]

Each run is its own process, timed from outside: wall time, and CPU time (user + system) read from the
child's resource usage. Three commands:

- `order-intake --help`; target under 0.3 s wall;
- `order-intake ingest ORDER.eml` of a one-page plain-text order email into a fresh home (a new SQLite
  database brought to the newest schema, as on a first start); target under 0.5 s CPU;
- the same ingest into a home whose database is already at the newest schema, each run a new message
  (what every later ingest costs).

The email is made up here (a buyer ordering three coded items). The console script beside this
interpreter is run (`.venv/bin/order-intake`), from a temporary folder so that no ./order-intake.toml is
read; `--source DIR` runs another checkout's cli.py instead (e.g. an export of main, to compare before and
after with the same interpreter and packages). Run on demand; numbers go in docs/benchmarks.md. Never a
timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGETS = {"help": ("wall_s", 0.3), "ingest_fresh": ("cpu_s", 0.5), "ingest_warm": ("cpu_s", 0.5)}

ORDER_EMAIL = """\
From: Robin Example <robin@buyer-bench.example>
To: Orders <orders@northwind-supply.example>
Subject: Purchase order BENCH-{n}
Date: Mon, 30 Nov 2026 10:00:00 +0000
Message-ID: <startup-bench-{n}-{stamp}@buyer-bench.example>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Hello,

please send us the following:

3 x WIDGET-RED-S
7 x BOLT-M6-20
2 x CABLE-USB-C-1M

PO Number: BENCH-{n}
Deliver to: 12 Sample Street, Testville

Regards,
Robin Example
"""


@dataclass
class Timing:
    """One command's runs: medians, and the spread of the CPU times."""

    command: str
    runs: int
    wall_s: float
    cpu_s: float
    cpu_min_s: float
    cpu_max_s: float


def command(source: Path | None) -> list[str]:
    """The installed console script when there is one, else the same entry point through this interpreter;
    with a source folder, that folder's cli (put first on the path by clean_env)."""
    if source is not None:
        return [sys.executable, "-c", "import cli; cli.main()"]
    script = Path(sys.executable).parent / "order-intake"
    return [str(script)] if script.exists() else [sys.executable, "-c", "import cli; cli.main()"]


def run_once(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process; its output is discarded."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {child.returncode}: {errors[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def timing(name: str, samples: list[tuple[float, float]]) -> Timing:
    cpu = [c for _, c in samples]
    return Timing(name, len(samples), round(statistics.median(w for w, _ in samples), 3),
                  round(statistics.median(cpu), 3), round(min(cpu), 3), round(max(cpu), 3))


def clean_env(home: Path, source: Path | None) -> dict[str, str]:
    """The environment with every ORDER_INTAKE_ setting removed but the home: the embedded SQLite default."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORDER_INTAKE_") and k != "PYTHONPATH"}
    env["ORDER_INTAKE_HOME"] = str(home)
    if source is not None:
        env["PYTHONPATH"] = str(source.resolve())
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    parser.add_argument("--source", type=Path, help="run this checkout's cli.py instead of the installed one")
    args = parser.parse_args()
    argv = command(args.source)

    def env(home: Path) -> dict[str, str]:
        return clean_env(home, args.source)

    stamp = time.time_ns()
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as tmp:
        work = Path(tmp)
        help_runs = [run_once([*argv, "--help"], env(work / "unused"), work) for _ in range(args.runs)]
        fresh, warm = [], []
        warm_home = work / "warm"
        # The warm home's schema is brought to the newest migration by a first ingest that is not counted.
        emails = [work / f"order-{n}.eml" for n in range(2 * args.runs + 1)]
        for n, path in enumerate(emails):
            path.write_text(ORDER_EMAIL.format(n=n, stamp=stamp))
        run_once([*argv, "ingest", str(emails[-1])], env(warm_home), work)
        for n in range(args.runs):  # alternating, so a slow moment of the machine falls on both
            fresh.append(run_once([*argv, "ingest", str(emails[n])], env(work / f"fresh-{n}"), work))
            warm.append(run_once([*argv, "ingest", str(emails[args.runs + n])], env(warm_home), work))
    timings = [timing("help", help_runs), timing("ingest_fresh", fresh), timing("ingest_warm", warm)]
    print(f"{'command':<14}{'runs':>6}{'wall s':>9}{'cpu s':>9}{'cpu min':>9}{'cpu max':>9}   target")
    for t in timings:
        measure, limit = TARGETS[t.command]
        met = "met" if getattr(t, measure) < limit else "NOT met"
        print(f"{t.command:<14}{t.runs:>6}{t.wall_s:>9.3f}{t.cpu_s:>9.3f}{t.cpu_min_s:>9.3f}{t.cpu_max_s:>9.3f}"
              f"   {measure.removesuffix('_s')} < {limit} s: {met}")
    if args.json:
        args.json.write_text(json.dumps({"command": " ".join(argv), "source": str(args.source or REPO),
                                         "timings": [asdict(t) for t in timings]},
                                        indent=2))


if __name__ == "__main__":
    main()
