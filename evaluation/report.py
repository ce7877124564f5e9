"""The evaluation's numbers: per field accuracy, line P/R/F1, fully correct, touchless, false
auto-approvals, overall and per format; and what went wrong, by kind of failure, beside the reasons the
decision gave for sending orders to a clerk."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich.console import Console
from rich.table import Table

from evaluation.runner import CorpusReport
from evaluation.scoring import LINE_FAULTS, DocumentScore


def _ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 0.0


def summarise(docs: list[DocumentScore]) -> dict[str, Any]:
    header: dict[str, list[bool]] = defaultdict(list)
    for d in docs:
        for f, ok in d.header.items():
            header[f].append(ok)
    correct = sum(d.lines_correct for d in docs)
    extracted = sum(d.lines_extracted for d in docs)
    expected = sum(d.lines_expected for d in docs)
    precision, recall = _ratio(correct, extracted), _ratio(correct, expected)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    all_header = [ok for oks in header.values() for ok in oks]
    return {
        "documents": len(docs),
        "errors": sum(1 for d in docs if d.error),
        "error_documents": {d.name: d.error for d in docs if d.error},
        "header_accuracy": {f: _ratio(sum(oks), len(oks)) for f, oks in sorted(header.items())},
        "header_accuracy_overall": _ratio(sum(all_header), len(all_header)),
        "line_precision": precision,
        "line_recall": recall,
        "line_f1": f1,
        "fully_correct_rate": _ratio(sum(d.fully_correct for d in docs), len(docs)),
        "touchless_rate": _ratio(sum(d.auto_approved for d in docs), len(docs)),
        "false_auto_approve_rate": _ratio(sum(d.auto_approved and not d.fully_correct for d in docs), len(docs)),
        "kind_accuracy": _ratio(sum(d.expected_kind == d.predicted_kind or
                                    (d.expected_kind != "purchase_order" and d.predicted_kind != "purchase_order")
                                    for d in docs), len(docs)),
        "per_format": {fmt: _per_format(group) for fmt, group in sorted(_by_format(docs).items())},
        "line_faults": _line_faults(docs),
        "kind_errors": {
            "orders_not_filed": sum(d.expected_kind == "purchase_order" and d.predicted_kind != "purchase_order"
                                    for d in docs),
            "not_orders_filed": sum(d.expected_kind != "purchase_order" and d.predicted_kind == "purchase_order"
                                    for d in docs),
        },
        "reasons": _reasons(docs),
    }


def _line_faults(docs: list[DocumentScore]) -> dict[str, int]:
    totals = {fault: sum(d.line_faults.get(fault, 0) for d in docs) for fault in LINE_FAULTS}
    return {fault: n for fault, n in totals.items() if n}


def _reasons(docs: list[DocumentScore]) -> dict[str, dict[str, int]]:
    """Per reason code: on how many orders the decision gave it, and how many of those were in fact
    read right (a doubt that fires on right orders costs a clerk's time; one that never fires on wrong
    orders lets them through)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"orders": 0, "read_right": 0})
    for d in docs:
        for code in d.reasons:
            counts[code]["orders"] += 1
            counts[code]["read_right"] += d.fully_correct
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1]["orders"], kv[0])))


def _by_format(docs: list[DocumentScore]) -> dict[str, list[DocumentScore]]:
    groups: dict[str, list[DocumentScore]] = defaultdict(list)
    for d in docs:
        groups[d.fmt].append(d)
    return groups


def _per_format(docs: list[DocumentScore]) -> dict[str, Any]:
    correct = sum(d.lines_correct for d in docs)
    p, r = _ratio(correct, sum(d.lines_extracted for d in docs)), _ratio(correct, sum(d.lines_expected for d in docs))
    oks = [ok for d in docs for ok in d.header.values()]
    return {
        "documents": len(docs),
        "line_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "header_accuracy": _ratio(sum(oks), len(oks)),
        "fully_correct_rate": _ratio(sum(d.fully_correct for d in docs), len(docs)),
        "touchless_rate": _ratio(sum(d.auto_approved for d in docs), len(docs)),
        "false_auto_approve_rate": _ratio(sum(d.auto_approved and not d.fully_correct for d in docs), len(docs)),
        "line_faults": _line_faults(docs),
    }


def print_report(report: CorpusReport, console: Console) -> None:
    numbers = report.to_json()
    summary = Table(title=f"order-intake eval — {numbers['documents']} documents", show_header=False)
    for key in ("line_precision", "line_recall", "line_f1", "header_accuracy_overall", "fully_correct_rate",
                "touchless_rate", "false_auto_approve_rate", "kind_accuracy"):
        summary.add_row(key.replace("_", " "), f"{numbers[key]:.1%}")
    summary.add_row("documents with an error", str(numbers["errors"]))
    console.print(summary)
    fields = Table("header field", "accuracy", title="Header fields")
    for f, acc in numbers["header_accuracy"].items():
        fields.add_row(f, f"{acc:.1%}")
    console.print(fields)
    formats = Table("format", "docs", "line F1", "header", "fully correct", "touchless", "false auto",
                    "line faults", title="Per format")
    for fmt, n in numbers["per_format"].items():
        formats.add_row(fmt, str(n["documents"]), f"{n['line_f1']:.1%}", f"{n['header_accuracy']:.1%}",
                        f"{n['fully_correct_rate']:.1%}", f"{n['touchless_rate']:.1%}",
                        f"{n['false_auto_approve_rate']:.1%}", _faults_text(n["line_faults"]))
    console.print(formats)
    faults = Table("kind of failure", "count", title="What went wrong")
    for fault, count in numbers["line_faults"].items():
        faults.add_row(f"lines {fault.replace('_', ' ')}", str(count))
    faults.add_row("orders closed as not orders", str(numbers["kind_errors"]["orders_not_filed"]))
    faults.add_row("not orders filed as orders", str(numbers["kind_errors"]["not_orders_filed"]))
    console.print(faults)
    if numbers["reasons"]:
        why = Table("reason", "orders", "of them read right", title="Reasons the decision gave")
        for code, n in numbers["reasons"].items():
            why.add_row(code, str(n["orders"]), str(n["read_right"]))
        console.print(why)
    failures = [d for d in report.documents if not d.fully_correct]
    if failures:
        table = Table("document", "format", "lines ok", "line faults", "wrong header fields", "reasons", "error",
                      title="Not fully correct")
        for d in failures:
            wrong = ", ".join(f for f, ok in d.header.items() if not ok)
            table.add_row(d.name, d.fmt, f"{d.lines_correct}/{d.lines_expected} (got {d.lines_extracted})",
                          _faults_text(d.line_faults), wrong, ", ".join(d.reasons), d.error or "")
        console.print(table)


def _faults_text(faults: dict[str, int]) -> str:
    return ", ".join(f"{n} {fault.replace('_', ' ')}" for fault, n in faults.items())
