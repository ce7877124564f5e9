"""Tests for evaluation/synthetic.py, the seeded synthetic labelled corpus generator (bench/synthetic.py)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from evaluation import synthetic
from tests.support.environment import REPO

KINDS = {"purchase_order", "invoice", "not_an_order"}
HEADER_KEYS = {"kind", "customer", "po_number", "order_date", "requested_date", "currency", "ship_to", "lines"}
LINE_KEYS = {"sku", "customer_part", "description", "quantity", "uom", "unit_price"}
SAMPLE = REPO / "tests" / "corpus" / "synthetic"


@pytest.fixture(scope="module")
def corpus60(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus60")
    synthetic.generate(out, documents=60, seed=3)
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    """GIVEN one seed WHEN the corpus is generated twice THEN every file is byte-identical."""
    synthetic.generate(tmp_path / "a", documents=20, seed=5)
    synthetic.generate(tmp_path / "b", documents=20, seed=5)
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


def test_the_committed_sample_is_what_the_generator_writes(tmp_path: Path) -> None:
    """GIVEN the command tests/corpus/synthetic/README.md records WHEN it is run again THEN every file
    of the committed sample comes out byte for byte (its workbooks and PDFs included)."""
    synthetic.generate(tmp_path, documents=40, seed=11)
    written = _tree(tmp_path)
    committed = {name: data for name, data in _tree(SAMPLE).items() if name != "README.md"}
    assert sorted(written) == sorted(committed)
    assert any(name.endswith(".xlsx") for name in written)  # the files that used to differ are among them
    differ = [name for name in sorted(written) if written[name] != committed[name]]
    assert differ == [], "regenerate the sample with the command in tests/corpus/synthetic/README.md"


def test_orders_counts_purchase_orders_and_repeat_customers_email_everything(tmp_path: Path) -> None:
    """GIVEN --orders 45 with repeat customers WHEN the corpus is generated THEN it holds exactly 45
    purchase orders (plus the not-orders and invoices among them), each emailed from its customer's
    sender — X12 and UBL as attachments too — with the customer in its label."""
    documents = synthetic.documents_for(45)
    names = synthetic.generate(tmp_path, documents, seed=5, repeat_customers=True)
    labels = {name: json.loads((tmp_path / (name.rsplit(".", 1)[0] + ".expected.json")).read_text())
              for name in names}
    orders = {name: label for name, label in labels.items() if label["kind"] == "purchase_order"}
    assert len(orders) == 45 < len(names) == documents
    with open(tmp_path / "customers.csv", newline="", encoding="utf-8") as fh:
        customers = {row["name"] for row in csv.DictReader(fh)}
    assert all(name.endswith(".eml") and label["customer"] in customers for name, label in orders.items())
    structured = [name for name in orders if "x12-850" in name or "ubl-order" in name]
    assert structured, "seed 5 has EDI or UBL customers"
    for name in structured:
        raw = (tmp_path / name).read_bytes()
        assert b"eval@corpus.invalid" not in raw
        assert b"Content-Type: application/edi-x12" in raw or b"Content-Type: application/xml" in raw


def _pdf_words(kind: str, data: bytes) -> set[str]:
    """The words pdfplumber reads in a generated PDF (attached to its email, when it has one)."""
    import email
    import io
    from email import policy

    import pdfplumber

    if kind == "eml":
        data = next(email.message_from_bytes(data, policy=policy.default).iter_attachments()).get_content()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return {w["text"] for page in pdf.pages for w in page.extract_words()}


@pytest.mark.parametrize("layout", ["pdf_unruled", "pdf_wrapped"])
def test_no_pdf_text_runs_into_the_next_column(layout: str) -> None:
    """GIVEN the catalog's longest descriptions in the two fixed-width PDF tables, in 16 styles WHEN the
    text is read back THEN no word is glued to the next column's: a description's last word to the unit
    ("zincbx", as the unruled table printed before its cells shrank to fit) or a header to the next
    header ("OrderedVendor", under a 45 pt "Qty Ordered")."""
    import random
    import re
    from datetime import date

    ctx = synthetic.Ctx.load()
    longest = sorted(ctx.catalog.values(), key=lambda p: -len(synthetic.short(p)))[:8]
    units = "|".join(sorted({re.escape(form) for forms in synthetic.UOM_CELL.values() for form in forms}))
    glued_unit = re.compile(rf"[a-z]+(?:{units})")
    header_ends = "|".join(sorted({re.escape(h.split()[-1]) for names in synthetic.COLUMN_NAMES.values()
                                   for h in names}))
    glued_header = re.compile(rf"(?:{header_ends})[A-Z].*")
    for style in range(16):
        lines = [synthetic.Line(p.sku, p.sku, 12, ctx.price("C001", p.sku)) for p in longest]
        spec = synthetic.OrderSpec("C001", "ACM-PO-55555", date(2026, 11, 20), date(2026, 12, 1), lines, style,
                                    layout.replace("_", "-"))
        kind, data, _label = getattr(synthetic, layout)(ctx, spec, random.Random(style), f"glue-{style}")
        glued = [w for w in _pdf_words(kind, data) if glued_unit.fullmatch(w) or glued_header.fullmatch(w)]
        assert glued == [], (layout, style)


@pytest.mark.slow
def test_repeat_customers_reorder_about_their_habitual_quantities(tmp_path: Path) -> None:
    """GIVEN 200 repeat-customer orders WHEN they are generated THEN each customer reorders an item in
    about its habitual quantity (nine in ten lines within half to twice that item's median for the
    customer; the old generator drew 1-100 afresh for every line), and the genuine outliers are a small
    share of the lines, each a tenth or ten times an ordinary reorder, and not marked in the labels."""
    import statistics

    outliers: dict[str, list[str]] = {}
    names = synthetic.generate(tmp_path, synthetic.documents_for(200), seed=2, repeat_customers=True,
                                outliers=outliers)
    ordered: dict[tuple[str, str], list[int]] = {}
    odd: list[tuple[tuple[str, str], int]] = []
    total = 0
    for name in names:
        label = json.loads((tmp_path / (name.rsplit(".", 1)[0] + ".expected.json")).read_text())
        if label["kind"] != "purchase_order":
            continue
        for line in label["lines"]:
            assert set(line) <= LINE_KEYS
            total += 1
            key = (label["customer"], line["sku"])
            if line["sku"] in outliers.get(name, []):
                odd.append((key, line["quantity"]))
            else:
                ordered.setdefault(key, []).append(line["quantity"])
    near = far = 0
    for quantities in ordered.values():
        if len(quantities) >= 4:
            usual = statistics.median(quantities)
            for q in quantities:
                near, far = (near + 1, far) if usual / 2 <= q <= usual * 2 else (near, far + 1)
    assert near + far > 300
    assert near / (near + far) >= 0.9, (near, far)
    assert 0.005 <= len(odd) / total <= 0.03, (len(odd), total)
    judged = [(key, q) for key, q in odd if len(ordered.get(key, [])) >= 4]
    assert judged
    for key, q in judged:
        usual = statistics.median(ordered[key])
        assert q >= usual * 3 or q <= usual / 3, (key, q, ordered[key])


def test_quantities_are_written_as_buyers_write_them() -> None:
    """Whole cases, at least one; single pieces by the 5 past 30 and by the 10 past 100."""
    assert synthetic.sensible_quantity(0.3, "CS") == 1
    assert synthetic.sensible_quantity(7.6, "CS") == 8
    assert synthetic.sensible_quantity(23.0, "EA") == 23
    assert synthetic.sensible_quantity(47.0, "EA") == 45
    assert synthetic.sensible_quantity(137.0, "EA") == 140
