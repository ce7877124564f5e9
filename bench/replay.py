"""Benchmark: does touchless processing improve as a clerk's corrections are learned?

    .venv/bin/python bench/replay.py [CORPUS] [--orders 400] [--seed 7 | --seeds 1,2,3,4,5] [--json FILE]

The replay lives in evaluation/replay.py (its docstring says what it streams, what the simulated clerk
does and what it reports), where the tests use it too; this script is its command line. Run on demand;
never a timed test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.replay import main  # noqa: E402

if __name__ == "__main__":
    main()
