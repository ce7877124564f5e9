"""The replay: does touchless processing improve as a clerk's corrections are learned? Its logic and
report, run by the benchmark's command line (bench/replay.py) and by the tests:

    .venv/bin/python bench/replay.py [CORPUS] [--orders 400] [--seed 7 | --seeds 1,2,3,4,5] [--json FILE]

Streams a labelled corpus (default: a seeded synthetic one from evaluation/synthetic.py with --repeat-
customers, holding --orders purchase orders among its not-orders and invoices: six customers ordering at
different rates, each from its own sender, in its own layouts — X12 and UBL attached to the customer's
email like the rest — mostly reordering the same items written the same way) through the real pipeline
on a fresh SQLite database, in file-name order as a mailbox would deliver it. Each purchase order that
was auto-approved is scored against its label (a false auto-approval when not fully correct). Each one
that needs review is handled by a simulated clerk who uses the label only to decide what to correct,
through the same actions the review screen and the API call (clerk/): set the
customer, type over header fields and the ship-to that differ, correct or confirm each line's SKU (which
teaches an alias for that customer), fix units, quantities and prices, delete lines that are not in the
order and add the ones the reading missed, approve. Extraction and matching are never told the label.
Prints the touchless rate per block of 50 orders, and why orders needed review (over the whole stream
and in its last quarter). With --seeds, one generated corpus per seed, each seed's result and the mean
and minimum of the last quarter's touchless rate. Run on demand; never a timed test.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from bootstrap import load_master_data, open_database
from clerk import header
from clerk.customer import set_customer
from clerk.decisions import approve
from clerk.errors import ActionError
from clerk.lines import LineEdit, add_line, delete_line, edit_line, update_line
from config import Settings
from evaluation import synthetic
from evaluation.runner import _extracted, extracted_order, ingest_document, labelled_documents
from evaluation.scoring import (
    _norm_text,
    as_decimal,
    header_correct,
    pair_lines,
    score_document,
    ship_to_correct,
)
from models import reasons
from models.db import Database
from models.tables import (
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerItemAlias,
    CustomerUnitConversion,
    Order,
    OrderLine,
    Product,
)

BLOCK = 50
CLERK = "replay-clerk"


@dataclass
class ReplayResult:
    touchless: list[bool] = field(default_factory=list)  # one per purchase-order document, stream order
    documents: list[str] = field(default_factory=list)  # the same documents' names
    learning: bool = True
    false_auto_approvals: int = 0
    false_auto_names: list[str] = field(default_factory=list)
    not_filed: int = 0  # purchase orders that produced no order at all
    clerk_fixed: int = 0
    clerk_could_not_fix: int = 0
    could_not_fix_reasons: dict[str, int] = field(default_factory=dict)
    review_reasons: dict[str, int] = field(default_factory=dict)  # why orders were not touchless
    review_reasons_last_quarter: dict[str, int] = field(default_factory=dict)
    # Each order that needed review: its place in the stream (from 1), document and reasons (code, message).
    reviewed: list[dict[str, Any]] = field(default_factory=list)
    clerk_actions: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLERK_ACTIONS, 0))
    # A generated corpus's genuine outlier quantities (document -> SKUs), which the labels do not show.
    outliers: dict[str, list[str]] = field(default_factory=dict)

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

    def last_quarter_start(self) -> int:
        """Index of the first order of the last quarter of the stream."""
        return self.orders - max(1, self.orders // 4) if self.orders else 0

    def last_quarter(self) -> float:
        if not self.touchless:
            return 0.0
        tail = self.touchless[self.last_quarter_start():]
        return round(sum(tail) / len(tail), 4)

    def by_layout(self) -> dict[str, dict[str, Any]]:
        """Touchless rate per layout, read from generated names ("0042-x12-850.eml" is x12-850); a
        corpus named otherwise gets one entry per name stem."""
        seen: dict[str, list[bool]] = {}
        for name, touchless in zip(self.documents, self.touchless, strict=True):
            layout = re.sub(r"^\d+-", "", Path(name).stem)
            seen.setdefault(layout, []).append(touchless)
        return {layout: {"orders": len(flags), "touchless": round(sum(flags) / len(flags), 4)}
                for layout, flags in sorted(seen.items())}

    def outlier_report(self) -> dict[str, int]:
        """How the product met the generated outlier quantities: asked about (an unusual_quantity
        reason naming the line's SKU), or let through in an order approved untouched; and how many
        unusual_quantity doubts were about ordinary quantities instead."""
        asked: set[tuple[str, str]] = set()
        for entry in self.reviewed:
            for code, message in entry["reasons"]:
                if code == "unusual_quantity":
                    asked.add((entry["document"], message.split(":", 1)[0]))
        lines = {(doc, sku) for doc, skus in self.outliers.items() for sku in skus}
        touchless = {doc for doc, flag in zip(self.documents, self.touchless, strict=True) if flag}
        return {"outlier_lines": len(lines), "asked": len(lines & asked),
                "approved_untouched": sum(1 for doc, _ in lines if doc in touchless),
                "unusual_quantity_on_ordinary_lines": len(asked - lines) if self.outliers else -1}

    def to_json(self) -> dict[str, Any]:
        return {
            "touchless_by_block": [b["touchless"] for b in self.blocks()],
            "touchless_last_quarter": self.last_quarter(),
            "false_auto_approvals": self.false_auto_approvals,
            "orders": self.orders,
            "learning": self.learning,
            "blocks": self.blocks(),
            "touchless_by_layout": self.by_layout(),
            "false_auto_approval_documents": self.false_auto_names,
            "not_filed": self.not_filed,
            "clerk_fixed": self.clerk_fixed,
            "clerk_could_not_fix": self.clerk_could_not_fix,
            "could_not_fix_reasons": self.could_not_fix_reasons,
            "review_reasons": self.review_reasons,
            "review_reasons_last_quarter": self.review_reasons_last_quarter,
            "clerk_actions": self.clerk_actions,
            "outlier_quantities": self.outlier_report(),
            "reviewed": self.reviewed,
        }


def _customers_by_name(folder: Path) -> dict[str, str]:
    path = folder / "customers.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {_norm_text(row["name"]): row["customer_id"] for row in csv.DictReader(fh)}


CLERK_ACTIONS = ("set_customer", "fix_header", "fix_ship_to", "correct_sku", "confirm_sku", "fix_unit",
                 "fix_quantity", "fix_price", "delete_line", "add_line")


def _clerk(session: Session, order: Order, expected: dict[str, Any], customers: dict[str, str],
           result: ReplayResult, settings: Settings) -> None:
    """Correct what differs from the label with the review screen's actions, then approve.

    The label only decides the corrections; the actions themselves are the ones a human clerk has.
    The customer goes first, so that what the line corrections teach is taught for the right one."""
    wanted_customer = customers.get(_norm_text(expected.get("customer"))) if expected.get("customer") else None
    if wanted_customer and order.customer_id != wanted_customer:
        set_customer(session, order, wanted_customer, CLERK, settings)
        result.clerk_actions["set_customer"] += 1
    _fix_header(session, order, expected, result)
    _fix_lines(session, order, expected, result)
    approve(session, order, CLERK)


def _fix_header(session: Session, order: Order, expected: dict[str, Any], result: ReplayResult) -> None:
    """Type over each labelled header field that is wrong (a blank where the document says none), and
    the ship-to parts that are wrong, keeping the parts that were read right (the screen's header form)."""
    now = extracted_order(order, has_catalog=True)
    values = {name: "" if expected[name] is None else str(expected[name])
              for name in header.HEADER_FIELDS if name in expected and not header_correct(name, expected[name], now)}
    ship_to = None
    wanted = expected.get("ship_to") or {}
    wrong = {part: value for part, value in wanted.items() if not ship_to_correct(part, value, now)}
    if wrong:
        ship_to = {k: str(v) for k, v in (order.ship_to or {}).items() if v is not None}
        ship_to.update({part: "" if value is None else str(value) for part, value in wrong.items()})
    if not values and ship_to is None:
        return
    changed = header.update_header(session, order, CLERK, values, ship_to)
    result.clerk_actions["fix_ship_to"] += "ship_to" in changed
    result.clerk_actions["fix_header"] += len([name for name in changed if name != "ship_to"])


def _fix_lines(session: Session, order: Order, expected: dict[str, Any], result: ReplayResult) -> None:
    """Pair the order's lines with the label's as the scorer does; fix each pair's SKU, unit, quantity
    and price, delete the lines paired with nothing and add the labelled lines nothing was read for."""
    exp_lines = expected.get("lines", [])
    lines = list(order.lines)
    got = extracted_order(order, has_catalog=True).lines
    pairs = pair_lines(exp_lines, got)
    for i, j in pairs:
        _fix_line(session, order, exp_lines[i], lines[j], result)
    paired_lines = {j for _, j in pairs}
    for j, line in enumerate(lines):
        if j not in paired_lines:
            delete_line(session, order, line.id, CLERK)
            result.clerk_actions["delete_line"] += 1
    paired_expected = {i for i, _ in pairs}
    for i, exp in enumerate(exp_lines):
        quantity = as_decimal(exp.get("quantity"))
        if i not in paired_expected and exp.get("sku") and quantity is not None and quantity > 0:
            line = add_line(session, order, CLERK, exp["sku"], quantity)
            result.clerk_actions["add_line"] += 1
            _fix_price(session, order, exp, line, result)


def _fix_line(session: Session, order: Order, exp: dict[str, Any], line: OrderLine, result: ReplayResult) -> None:
    sku = exp.get("sku")
    if sku and session.get(Product, sku) is not None:
        if line.sku != sku:
            update_line(session, order, line.id, CLERK, sku=sku)
            result.clerk_actions["correct_sku"] += 1
        elif reasons.of(order, line.line_no, fields={"sku"}):
            # The suggestion was right but doubtful: the clerk confirms it, as the screen does.
            update_line(session, order, line.id, CLERK, sku=sku)
            result.clerk_actions["confirm_sku"] += 1
    quantity = as_decimal(exp.get("quantity"))
    if quantity is not None and quantity > 0 and as_decimal(line.quantity) != quantity:
        # Restated in our unit: on a line whose unit could not be converted this teaches the conversion.
        update_line(session, order, line.id, CLERK, quantity=quantity)
        result.clerk_actions["fix_quantity"] += 1
    uom = exp.get("uom")
    if uom and line.uom != uom:
        edit_line(session, order, line.id, CLERK, LineEdit(given=frozenset({"uom"}), uom=uom))
        result.clerk_actions["fix_unit"] += 1
        if quantity is not None and quantity > 0 and as_decimal(line.quantity) != quantity:
            update_line(session, order, line.id, CLERK, quantity=quantity)  # a unit converted the quantity
    _fix_price(session, order, exp, line, result)


def _fix_price(session: Session, order: Order, exp: dict[str, Any], line: OrderLine, result: ReplayResult) -> None:
    """The unit price the document printed, when the line says another (or none)."""
    price = as_decimal(exp.get("unit_price"))
    have = as_decimal(line.unit_price)
    if price is None or (have is not None and abs(have - price) <= Decimal("0.005")):
        return
    edit_line(session, order, line.id, CLERK, LineEdit(given=frozenset({"unit_price"}), unit_price=price))
    result.clerk_actions["fix_price"] += 1


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
        result.documents.append(name)
        with db.session() as s:
            order = s.scalar(select(Order).where(Order.message_id == message_id)
                             .order_by(Order.id).limit(1))
            if order is None:
                result.not_filed += 1
                result.touchless.append(False)
                result.reviewed.append({"order": result.orders, "document": name,
                                        "reasons": [["not_filed", "no order was filed for this document"]]})
                continue
            if order.auto_approved:
                result.touchless.append(True)
            else:
                result.touchless.append(False)
                for code in sorted({r.code for r in order.reasons}):
                    result.review_reasons[code] = result.review_reasons.get(code, 0) + 1
                result.reviewed.append({"order": result.orders, "document": name,
                                        "reasons": [[r.code, r.message] for r in order.reasons]})
                try:
                    with s.begin_nested():
                        _clerk(s, order, expected, customers, result, settings)
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
    # The stream's length is known only now: which reviews fell in its last quarter.
    for entry in result.reviewed:
        if entry["order"] > result.last_quarter_start():
            for code in sorted({code for code, _ in entry["reasons"]}):
                result.review_reasons_last_quarter[code] = result.review_reasons_last_quarter.get(code, 0) + 1
    return result


def print_table(result: ReplayResult) -> None:
    print(f"{'orders':>10}  {'n':>3}  {'touchless':>9}")
    for block in result.blocks():
        print(f"{block['orders']:>10}  {block['n']:>3}  {block['touchless']:>9.1%}")
    print(f"last quarter touchless: {result.last_quarter():.1%}")
    layouts = result.by_layout()
    if len(layouts) <= 30:  # generated names; a corpus of arbitrary names would list every file
        print("touchless by layout: " + ", ".join(f"{name} {v['touchless']:.0%} of {v['orders']}"
                                                  for name, v in layouts.items()))
    print(f"false auto-approvals: {result.false_auto_approvals} of {result.orders} orders"
          + (f" ({', '.join(result.false_auto_names)})" if result.false_auto_names else ""))
    print(f"clerk: {result.clerk_fixed} fixed and approved, {result.clerk_could_not_fix} could not fix; "
          f"not filed as an order: {result.not_filed}; actions {result.clerk_actions}")
    for title, counts in (("why orders needed review", result.review_reasons),
                          ("in the last quarter", result.review_reasons_last_quarter)):
        if counts:
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            print(f"{title}: " + ", ".join(f"{code} {n}" for code, n in ranked))
    if result.could_not_fix_reasons:
        print(f"could not fix: {result.could_not_fix_reasons}")
    if result.outliers:
        o = result.outlier_report()
        print(f"generated outlier quantities: {o['outlier_lines']} lines, {o['asked']} asked about, "
              f"{o['approved_untouched']} in orders approved untouched; unusual_quantity on ordinary lines: "
              f"{o['unusual_quantity_on_ordinary_lines']}")


def generated(folder: Path, orders: int, seed: int, outliers: dict[str, list[str]] | None = None) -> Path:
    """The default corpus: `orders` purchase orders from repeat customers (with the not-orders and
    invoices that fall among them); `outliers` receives its genuine outlier quantities."""
    synthetic.generate(folder, synthetic.documents_for(orders), seed, repeat_customers=True, outliers=outliers)
    return folder


def across_seeds(results: dict[int, ReplayResult]) -> dict[str, Any]:
    """Each seed's replay and the spread of the last quarter's touchless rate over them."""
    quarters = [r.last_quarter() for r in results.values()]
    return {
        "seeds": {str(seed): r.to_json() for seed, r in results.items()},
        "touchless_last_quarter": {str(seed): r.last_quarter() for seed, r in results.items()},
        "touchless_last_quarter_mean": round(statistics.fmean(quarters), 4),
        "touchless_last_quarter_min": min(quarters),
        "false_auto_approvals": sum(r.false_auto_approvals for r in results.values()),
        "orders": sum(r.orders for r in results.values()),
        "outlier_quantities": {key: sum(r.outlier_report()[key] for r in results.values())
                               for key in ("outlier_lines", "asked", "approved_untouched")},
    }


def print_seeds(summary: dict[str, Any]) -> None:
    print(f"{'seed':>5}  {'orders':>6}  {'last quarter':>12}  {'false auto':>10}  by block")
    for seed, data in summary["seeds"].items():
        blocks = " ".join(f"{t:.0%}" for t in data["touchless_by_block"])
        print(f"{seed:>5}  {data['orders']:>6}  {data['touchless_last_quarter']:>12.1%}  "
              f"{data['false_auto_approvals']:>10}  {blocks}")
    print(f"last quarter touchless over {len(summary['seeds'])} seeds: mean "
          f"{summary['touchless_last_quarter_mean']:.1%}, min {summary['touchless_last_quarter_min']:.1%}; "
          f"false auto-approvals {summary['false_auto_approvals']} of {summary['orders']} orders")
    o = summary["outlier_quantities"]
    print(f"generated outlier quantities: {o['outlier_lines']} lines, {o['asked']} asked about, "
          f"{o['approved_untouched']} in orders approved untouched")


def main(argv: list[str] | None = None) -> ReplayResult | dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", help="labelled corpus (default: a generated one)")
    parser.add_argument("--orders", type=int, default=400, help="purchase orders to generate without CORPUS")
    seeds = parser.add_mutually_exclusive_group()
    seeds.add_argument("--seed", type=int, default=7)
    seeds.add_argument("--seeds", help="comma-separated seeds: one generated corpus each, and their mean and min")
    parser.add_argument("--json", type=Path, help="write the result as JSON here")
    parser.add_argument("--no-learning", action="store_true",
                        help="forget the aliases the clerk's corrections teach (the baseline)")
    args = parser.parse_args(argv)
    if args.seeds and args.corpus:
        parser.error("--seeds generates its corpora; it takes no CORPUS")
    learn = not args.no_learning
    with tempfile.TemporaryDirectory(prefix="order-intake-replay-") as tmp:
        if args.seeds:
            results = {}
            for seed in [int(x) for x in args.seeds.split(",") if x.strip()]:
                outliers: dict[str, list[str]] = {}
                corpus = generated(Path(tmp) / f"corpus-{seed}", args.orders, seed, outliers)
                results[seed] = replay(corpus, Path(tmp) / f"home-{seed}", learn=learn)
                results[seed].outliers = outliers
                print(f"seed {seed}:")
                print_table(results[seed])
                print()
            summary = across_seeds(results)
            print_seeds(summary)
            if args.json:
                args.json.write_text(json.dumps(summary, indent=2) + "\n")
            return summary
        outliers = {}
        corpus = args.corpus or generated(Path(tmp) / "corpus", args.orders, args.seed, outliers)
        result = replay(corpus, Path(tmp) / "home", learn=learn)
        result.outliers = outliers
    print_table(result)
    if args.json:
        args.json.write_text(json.dumps(result.to_json(), indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
