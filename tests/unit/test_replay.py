"""bench/replay.py: a simulated clerk's corrections are learned and never make touchless worse."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import load_bench


@pytest.fixture(scope="module")
def replay_module() -> ModuleType:
    return load_bench("replay")


def test_replay_small_corpus(replay_module: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    replay_module.load_corpus_gen().generate(corpus, 60, 3)
    out = tmp_path / "replay.json"
    result = replay_module.main([str(corpus), "--json", str(out)])
    assert "touchless" in capsys.readouterr().out

    data = json.loads(out.read_text())
    for key in ("touchless_by_block", "touchless_last_quarter", "false_auto_approvals", "orders"):
        assert key in data
    assert data["orders"] > 0
    assert data["false_auto_approvals"] == 0
    assert len(data["touchless_by_block"]) == -(-data["orders"] // 50)
    assert 0.0 <= data["touchless_last_quarter"] <= 1.0
    # The clerk did teach something (confirmed or corrected SKUs become aliases).
    assert data["clerk_actions"]["confirm_sku"] + data["clerk_actions"]["correct_sku"] > 0

    # "Learning must not make it worse", measured on the same stream: the replay with the clerk's
    # aliases kept against the replay with them forgotten. (Comparing the first half of the stream
    # with the second measures the mix of layouts as much as learning: on this corpus the second half
    # has fewer touchless orders with or without learning.)
    baseline = replay_module.replay(corpus, tmp_path / "baseline", learn=False)
    assert baseline.orders == result.orders
    assert sum(result.touchless) >= sum(baseline.touchless)
    half = result.orders // 2
    assert sum(result.touchless[half:]) >= sum(baseline.touchless[half:])
    assert baseline.false_auto_approvals == 0
