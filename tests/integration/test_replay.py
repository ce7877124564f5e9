"""The replay (evaluation/replay.py, run by bench/replay.py): a simulated clerk's corrections are learned
and never make touchless worse. Integration: each replay streams a corpus through the whole pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation import replay, synthetic

pytestmark = pytest.mark.slow


def test_replay_small_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    synthetic.generate(corpus, 60, 3)
    out = tmp_path / "replay.json"
    result = replay.main([str(corpus), "--json", str(out)])
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
    baseline = replay.replay(corpus, tmp_path / "baseline", learn=False)
    assert baseline.orders == result.orders
    assert sum(result.touchless) >= sum(baseline.touchless)
    half = result.orders // 2
    assert sum(result.touchless[half:]) >= sum(baseline.touchless[half:])
    assert baseline.false_auto_approvals == 0


def _clerk_approved(home: Path, corpus: Path) -> dict[str, tuple[dict, object]]:
    """Each order the simulated clerk approved: document name -> (its label, the order as it stands)."""
    from sqlalchemy import select

    from evaluation.runner import extracted_order
    from models.db import Database
    from models.tables import InboundMessage, Order

    db = Database(f"sqlite:///{home}/replay.db")
    try:
        with db.session() as s:
            rows = s.execute(select(InboundMessage.source_path, Order)
                             .join(Order, Order.message_id == InboundMessage.id)
                             .where(Order.auto_approved.is_(False), Order.status == "approved")).all()
            return {name: (json.loads((corpus / (name.rsplit(".", 1)[0] + ".expected.json")).read_text()),
                           extracted_order(order, has_catalog=True)) for name, order in rows}
    finally:
        db.dispose()


def test_every_order_the_clerk_approved_is_as_its_label_says(tmp_path: Path) -> None:
    """GIVEN a repeat-customer stream WHEN the simulated clerk has handled the orders in review THEN each
    one it approved is fully correct by the scorer: the label's customer (the audit found 83 orders on
    seed 5 approved under the wrong one), header, ship-to and lines — and none was left unfixed."""
    from evaluation.scoring import score_document

    corpus = replay.generated(tmp_path / "corpus", 40, 5)
    result = replay.replay(corpus, tmp_path / "home")
    assert result.orders == 40 == len(result.documents)
    assert result.clerk_could_not_fix == 0
    layouts = result.by_layout()
    assert sum(v["orders"] for v in layouts.values()) == 40
    assert all(name.split("-")[0] in ("pdf", "xlsx", "csv", "tsv", "email", "x12", "ubl") for name in layouts)
    approved = _clerk_approved(tmp_path / "home", corpus)
    assert len(approved) == result.clerk_fixed > 0
    for name, (label, order) in approved.items():
        assert label.get("customer"), name  # repeat customers' labels all name the customer
        score = score_document(name, "eml", label, order)
        assert score.fully_correct, (name, score)


def test_the_clerk_types_over_what_differs_from_the_label(tmp_path: Path) -> None:
    """GIVEN an order that goes to review, and its label changed to say another PO number, one line
    fewer, one more, and another quantity WHEN the stream is replayed again THEN the clerk's header,
    delete, add and quantity actions make the order what the changed label says."""
    from evaluation.scoring import score_document

    corpus = replay.generated(tmp_path / "corpus", 30, 5)
    first = replay.replay(corpus, tmp_path / "first")
    reviewed = next(e["document"] for e in first.reviewed if e["reasons"][0][0] != "not_filed")
    label_path = corpus / (reviewed.rsplit(".", 1)[0] + ".expected.json")
    label = json.loads(label_path.read_text())
    assert len(label["lines"]) >= 2, reviewed
    label["po_number"] = "CHANGED-0001"
    label["lines"] = label["lines"][1:]  # the first line read is not in the order after all
    label["lines"][0]["quantity"] += 7
    in_order = {line["sku"] for line in label["lines"]}
    extra = next(sku for sku in ("TAPE-72-CLR", "GLV-NIT-L-BLU", "BOX-1212-16") if sku not in in_order)
    label["lines"].append({"sku": extra, "quantity": 3})
    label_path.write_text(json.dumps(label))

    again = replay.replay(corpus, tmp_path / "again")
    assert reviewed in {e["document"] for e in again.reviewed}
    order = _clerk_approved(tmp_path / "again", corpus)[reviewed][1]
    assert order.po_number == "CHANGED-0001"
    assert score_document(reviewed, "eml", label, order).fully_correct
    for action in ("fix_header", "delete_line", "add_line", "fix_quantity"):
        assert again.clerk_actions[action] >= first.clerk_actions[action] + 1, action


def test_seeds_reports_each_seed_and_the_mean_and_min(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """GIVEN --seeds 1,2 and --orders 12 WHEN the bench runs THEN each seed replays 12 purchase orders
    (not 12 documents) and the summary gives each seed's last quarter, their mean and their minimum."""
    out = tmp_path / "seeds.json"
    replay.main(["--seeds", "1,2", "--orders", "12", "--json", str(out)])
    printed = capsys.readouterr().out
    assert "mean" in printed and "min" in printed
    data = json.loads(out.read_text())
    assert set(data["seeds"]) == {"1", "2"}
    assert [data["seeds"][seed]["orders"] for seed in ("1", "2")] == [12, 12]
    quarters = [data["seeds"][seed]["touchless_last_quarter"] for seed in ("1", "2")]
    assert data["touchless_last_quarter_min"] == min(quarters)
    assert data["touchless_last_quarter_mean"] == pytest.approx(sum(quarters) / 2, abs=1e-4)
    assert data["false_auto_approvals"] == 0


def test_outlier_report_says_which_outliers_were_asked_about() -> None:
    """GIVEN three generated outlier lines — one in an order reviewed for its quantity, one in an order
    reviewed for something else, one in an order approved untouched — and an unusual_quantity doubt on
    an ordinary line WHEN the replay reports them THEN one was asked about, one went through untouched
    and one doubt was about an ordinary quantity."""
    result = replay.ReplayResult(
        touchless=[False, False, True], documents=["a.eml", "b.eml", "c.eml"],
        reviewed=[{"order": 1, "document": "a.eml",
                   "reasons": [["unusual_quantity", "TAPE-72-CLR: 120 CS is far from ..."],
                               ["unusual_quantity", "GLV-NIT-S-BLU: 1 BX is far from ..."]]},
                  {"order": 2, "document": "b.eml", "reasons": [["doubtful_match", "'tape' looks like ..."]]}],
        outliers={"a.eml": ["TAPE-72-CLR"], "b.eml": ["BOX-1212-16"], "c.eml": ["TAPE-72-CLR"]})
    assert result.outlier_report() == {"outlier_lines": 3, "asked": 1, "approved_untouched": 1,
                                       "unusual_quantity_on_ordinary_lines": 1}
