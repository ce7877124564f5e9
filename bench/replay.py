"""Benchmark: does touchless processing improve as a clerk's corrections are learned?

    .venv/bin/python bench/replay.py [CORPUS] [--orders 400] [--seed 7] [--json FILE]

Streams a labelled corpus (default: a seeded synthetic one from bench/corpus_gen.py with --repeat-
customers, --orders documents: six customers ordering at different rates, each from its own sender, in
its own layouts, mostly reordering the same items written the same way) through the real pipeline on a
fresh SQLite database, in file-name order as a mailbox would deliver it. Each purchase order that was
auto-approved is scored against its label (a false auto-approval when not fully correct). Each one that
needs review is handled by a simulated clerk who uses the label only to decide what to correct, through
the same actions the review screen uses (orchestration.order_actions): set the customer, correct or
confirm each line's SKU (which teaches an alias for that customer), fix quantities, add missed lines,
approve. Extraction and matching are never told the label. Prints the touchless rate per block of 50
orders. Run on demand; never a timed test.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import delete, func, select, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bootstrap import load_master_data, open_database  # noqa: E402
from config import Settings  # noqa: E402
from evaluation.runner import _extracted, ingest_document, labelled_documents  # noqa: E402
from evaluation.scoring import _norm_text, as_decimal, pair_lines, score_document  # noqa: E402
from models.db import Database  # noqa: E402
from models.tables import (  # noqa: E402
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerItemAlias,
    CustomerUnitConversion,
    Order,
    Product,
)
from orchestration.order_actions import ActionError, add_line, approve, set_customer, update_line  # noqa: E402

BLOCK = 50
CLERK = "replay-clerk"


def load_corpus_gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_gen", REPO / "bench" / "corpus_gen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_gen"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


@dataclass
class ReplayResult:
    touchless: list[bool] = field(default_factory=list)  # one per purchase-order document, stream order
    learning: bool = True
    false_auto_approvals: int = 0
    false_auto_names: list[str] = field(default_factory=list)
    not_filed: int = 0  # purchase orders that produced no order at all
    clerk_fixed: int = 0
    clerk_could_not_fix: int = 0
    could_not_fix_reasons: dict[str, int] = field(default_factory=dict)
    review_reasons: dict[str, int] = field(default_factory=dict)  # why orders were not touchless
    clerk_actions: dict[str, int] = field(default_factory=lambda: {
        "set_customer": 0, "correct_sku": 0, "confirm_sku": 0, "fix_quantity": 0, "add_line": 0})

    @property
    def orders(self) -> int:
        return len(self.touchless)

    def blocks(self) -> list[dict[str, Any]]:
        out = []
        for start in range(0, self.orders, BLOCK):
            chunk = self.touchless[start:start + BLOCK]
            out.append({"orders": f"{start + 1}-{start + len(chunk)}", "n": len(chunk),
                        "touchless": round(sum(chunk) / len(chunk), 4)})
        return out

    def last_quarter(self) -> float:
        if not self.touchless:
            return 0.0
        tail = self.touchless[-max(1, self.orders // 4):]
        return round(sum(tail) / len(tail), 4)

    def to_json(self) -> dict[str, Any]:
        return {
            "touchless_by_block": [b["touchless"] for b in self.blocks()],
            "touchless_last_quarter": self.last_quarter(),
            "false_auto_approvals": self.false_auto_approvals,
            "orders": self.orders,
            "learning": self.learning,
            "blocks": self.blocks(),
            "false_auto_approval_documents": self.false_auto_names,
            "not_filed": self.not_filed,
            "clerk_fixed": self.clerk_fixed,
            "clerk_could_not_fix": self.clerk_could_not_fix,
            "could_not_fix_reasons": self.could_not_fix_reasons,
            "review_reasons": self.review_reasons,
            "clerk_actions": self.clerk_actions,
        }


def _customers_by_name(folder: Path) -> dict[str, str]:
    path = folder / "customers.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {_norm_text(row["name"]): row["customer_id"] for row in csv.DictReader(fh)}


def _clerk(session: Session, order: Order, expected: dict[str, Any], customers: dict[str, str],
           result: ReplayResult) -> None:
    """Correct what differs from the label with the review screen's actions, then approve.

    The label only decides the corrections; the actions themselves are the ones a human clerk has."""
    wanted_customer = customers.get(_norm_text(expected.get("customer"))) if expected.get("customer") else None
    if wanted_customer and order.customer_id != wanted_customer:
        set_customer(session, order, wanted_customer, CLERK)
        result.clerk_actions["set_customer"] += 1
    exp_lines = expected.get("lines", [])
    lines = sorted(order.lines, key=lambda ln: ln.line_no)
    got = [{"sku": ln.sku, "customer_part": ln.customer_part, "description": ln.description,
            "quantity": ln.quantity, "uom": ln.uom, "unit_price": ln.unit_price} for ln in lines]
    paired = set()
    for i, j in pair_lines(exp_lines, got):
        paired.add(i)
        exp, line = exp_lines[i], lines[j]
        sku = exp.get("sku")
        if sku and session.get(Product, sku) is not None:
            if line.sku != sku:
                update_line(session, order, line.id, CLERK, sku=sku)
                result.clerk_actions["correct_sku"] += 1
            elif any(r.get("field") == "sku" for r in line.reasons or []):
                # The suggestion was right but doubtful: the clerk confirms it, as the screen does.
                update_line(session, order, line.id, CLERK, sku=sku)
                result.clerk_actions["confirm_sku"] += 1
        quantity = as_decimal(exp.get("quantity"))
        if quantity is not None and quantity > 0 and as_decimal(line.quantity) != quantity:
            update_line(session, order, line.id, CLERK, quantity=quantity)
            result.clerk_actions["fix_quantity"] += 1
    for i, exp in enumerate(exp_lines):
        quantity = as_decimal(exp.get("quantity"))
        if i not in paired and exp.get("sku") and quantity is not None and quantity > 0:
            add_line(session, order, CLERK, exp["sku"], quantity)
            result.clerk_actions["add_line"] += 1
    approve(session, order, CLERK)


def _forget(session: Session, addresses_on_file: int) -> None:
    """Everything the clerk's actions taught: aliases, senders, unit conversions, trusted readings and
    ship-to addresses (any beyond the master data's)."""
    session.flush()
    for table in (CustomerItemAlias, CustomerContact, CustomerUnitConversion):
        session.execute(delete(table).where(table.created_by == CLERK))
    session.execute(update(Customer).values(confirmed_readings=0))
    session.execute(delete(CustomerAddress).where(CustomerAddress.id > addresses_on_file))


def replay(corpus: Path, home: Path, learn: bool = True) -> ReplayResult:
    """With learn=False the clerk still corrects and approves, but all that those corrections taught is
    forgotten at once: the same stream without learning, to measure what learning adds."""
    corpus = corpus.resolve()
    settings = Settings(home=home, database_url=f"sqlite:///{home}/replay.db", embedded_worker=False,
                        embedded_maildir_poller=False)
    db = open_database(settings)
    try:
        load_master_data(db, corpus)
        return _stream(db, settings, corpus, learn)
    finally:
        db.dispose()


def _stream(db: Database, settings: Settings, corpus: Path, learn: bool) -> ReplayResult:
    customers = _customers_by_name(corpus)
    has_catalog = (corpus / "catalog.csv").exists()
    result = ReplayResult(learning=learn)
    docs = sorted(labelled_documents(corpus), key=lambda pair: pair[0].name)
    with db.session() as s:
        addresses_on_file = s.scalar(select(func.max(CustomerAddress.id))) or 0
    for doc, expected_path in docs:
        expected = json.loads(expected_path.read_text())
        name = str(doc.relative_to(corpus))
        message_id = ingest_document(db, settings, doc, "replay", name)
        if expected.get("kind", "purchase_order") != "purchase_order":
            continue
        with db.session() as s:
            order = s.scalar(select(Order).where(Order.message_id == message_id)
                             .order_by(Order.id).limit(1))
            if order is None:
                result.not_filed += 1
                result.touchless.append(False)
                continue
            if order.auto_approved:
                result.touchless.append(True)
            else:
                result.touchless.append(False)
                for code in sorted({r.get("code", "?") for r in order.review_reasons or []}):
                    result.review_reasons[code] = result.review_reasons.get(code, 0) + 1
                try:
                    with s.begin_nested():
                        _clerk(s, order, expected, customers, result)
                        if not learn:
                            _forget(s, addresses_on_file)
                    result.clerk_fixed += 1
                except ActionError as exc:
                    result.clerk_could_not_fix += 1
                    why = re.sub(r"\d+|'[^']*'", "#", str(exc))
                    result.could_not_fix_reasons[why] = result.could_not_fix_reasons.get(why, 0) + 1
        if result.touchless[-1]:
            got, _extractor, error = _extracted(db, message_id, has_catalog)
            score = score_document(name, doc.suffix.lstrip("."), expected, got, error=error)
            if not score.fully_correct:
                result.false_auto_approvals += 1
                result.false_auto_names.append(name)
    return result


def print_table(result: ReplayResult) -> None:
    print(f"{'orders':>10}  {'n':>3}  {'touchless':>9}")
    for block in result.blocks():
        print(f"{block['orders']:>10}  {block['n']:>3}  {block['touchless']:>9.1%}")
    print(f"last quarter touchless: {result.last_quarter():.1%}")
    print(f"false auto-approvals: {result.false_auto_approvals} of {result.orders} orders"
          + (f" ({', '.join(result.false_auto_names)})" if result.false_auto_names else ""))
    print(f"clerk: {result.clerk_fixed} fixed and approved, {result.clerk_could_not_fix} could not fix; "
          f"not filed as an order: {result.not_filed}; actions {result.clerk_actions}")
    if result.review_reasons:
        ranked = sorted(result.review_reasons.items(), key=lambda kv: -kv[1])
        print("why orders needed review: " + ", ".join(f"{code} {n}" for code, n in ranked))
    if result.could_not_fix_reasons:
        print(f"could not fix: {result.could_not_fix_reasons}")


def main(argv: list[str] | None = None) -> ReplayResult:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="labelled corpus (default: a generated one)")
    parser.add_argument("--orders", type=int, default=400, help="documents to generate without CORPUS")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the result as JSON here")
    parser.add_argument("--no-learning", action="store_true",
                        help="forget the aliases the clerk's corrections teach (the baseline)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="order-intake-replay-") as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            load_corpus_gen().generate(corpus, args.orders, args.seed, repeat_customers=True)
        home = Path(tmp) / "home"
        result = replay(corpus, home, learn=not args.no_learning)
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result.to_json(), indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
