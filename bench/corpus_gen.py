"""Benchmark corpus: the seeded synthetic labelled corpus of evaluation/synthetic.py, written to a folder.

    .venv/bin/python bench/corpus_gen.py OUT_FOLDER [--documents 300 | --orders N] [--seed 7] [--repeat-customers]

The generator lives in evaluation/synthetic.py (its docstring says what it writes and how the bytes stay
the same for a seed), where the tests and bench/replay.py use it too; this script is its command line.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluation.synthetic import main  # noqa: E402

if __name__ == "__main__":
    main()
