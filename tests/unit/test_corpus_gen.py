"""Tests for bench/corpus_gen.py, the seeded synthetic labelled corpus generator."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import load_bench

KINDS = {"purchase_order", "invoice", "not_an_order"}
HEADER_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}


@pytest.fixture(scope="module")
def corpus_gen() -> ModuleType:
    return load_bench("corpus_gen")


@pytest.fixture(scope="module")
def corpus60(corpus_gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus60")
    corpus_gen.generate(out, documents=60, seed=3)
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_gives_identical_bytes(corpus_gen: ModuleType, tmp_path: Path) -> None:
    """GIVEN one seed WHEN the corpus is generated twice THEN every file is byte-identical."""
    corpus_gen.generate(tmp_path / "a", documents=20, seed=5)
    corpus_gen.generate(tmp_path / "b", documents=20, seed=5)
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert len(first) == 3 + 2 * 20  # catalog, customers, price lists, and 20 documents with labels
    assert first == second


def test_at_least_15_layouts(corpus60: Path) -> None:
    layouts = {p.name.split(".")[0].split("-", 1)[1] for p in corpus60.glob("*.expected.json")}
    assert len(layouts) >= 15, layouts


def test_every_document_has_a_label_in_eval_format(corpus60: Path) -> None:
    docs = [p for p in corpus60.iterdir() if not p.name.endswith(".expected.json")
            and p.name not in ("catalog.csv", "customers.csv", "price_lists.csv")]
    assert len(docs) == 60
    with open(corpus60 / "catalog.csv", newline="", encoding="utf-8") as fh:
        skus = {row["sku"] for row in csv.DictReader(fh)}
    with open(corpus60 / "customers.csv", newline="", encoding="utf-8") as fh:
        customers = {row["name"] for row in csv.DictReader(fh)}
    for doc in docs:
        label = json.loads((corpus60 / (doc.name.rsplit(".", 1)[0] + ".expected.json")).read_text())
        assert label["kind"] in KINDS
        assert set(label) <= HEADER_KEYS, doc.name
        if label["kind"] != "purchase_order":
            continue
        assert ("customer" in label) == (doc.suffix == ".eml"), doc.name  # bare files have no sender
        if "customer" in label:
            assert label["customer"] in customers
        for key in ("order_date", "requested_date"):
            if label.get(key):
                assert len(label[key]) == 10 and label[key][4] == "-"
        assert label["lines"], doc.name
        for line in label["lines"]:
            assert set(line) <= LINE_KEYS
            assert line["sku"] in skus, (doc.name, line)
            assert isinstance(line["quantity"], int) and line["quantity"] > 0
            assert line["uom"] in ("EA", "CS", "BX", "PK", "DZ", "RL")
