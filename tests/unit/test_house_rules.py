"""The house rules (issue 12), checked statically: every import in the source, read with `ast`, including
imports inside functions and under TYPE_CHECKING, resolved to the top-level package it names.

- api/ and review_ui/ never import each other (what both need lives below both, in web/), and web/
  imports neither;
- a room imports only the rooms below it (every package; the table on docs/architecture.md, "The rooms"):
  orchestration knows no clerk, no web layer; the web packages and evaluation know no wiring (app, cli)
  and no bench;
- config.py imports no package of ours (Settings knows no stage);
- matching/ imports nothing from extractors/ or orchestration/ (data flows one way);
- nothing under tests/ imports bench/ or loads a file from it (what both need lives in evaluation/ or
  tests/support/).

A rule marked xfail(strict=True) is not true yet and is being made true by its own change; the moment
it holds, its XPASS fails the run and the mark must go.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.environment import REPO

# Not ours: tooling, data and the scripts that are no package.
NOT_SOURCE = {".venv", ".git", "migrations", "demo", "scripts", "docs", "site", "var", "test-artifacts", "corpus"}
THIS_FILE = Path(__file__).resolve()


def _python_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*.py")):
        if not NOT_SOURCE.intersection(path.relative_to(REPO).parts):
            yield path


def _ours() -> set[str]:
    """The project's top-level names: each folder holding Python (a package, or bench/'s scripts, which
    import as a namespace package), each module at the root."""
    packages = {p.parent.name for p in REPO.glob("*/*.py")}
    modules = {p.stem for p in REPO.glob("*.py")}
    return (packages | modules) - NOT_SOURCE


def imported(path: Path, root: Path = REPO) -> set[str]:
    """Every module `path` imports, anywhere in the file, as absolute dotted names (relative ones resolved
    against the file's package under `root`; `importlib.import_module("x")` with a literal counts too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = list(path.relative_to(root).parts[:-1])  # an __init__.py's package is its own folder
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names if alias.name != "*")
        elif (isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names.add(node.args[0].value)
    return {name for name in names if name}


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def offending_imports(folder_or_file: str, forbidden: set[str]) -> list[str]:
    """`file: module` for each import of a forbidden top-level package from under folder_or_file."""
    target = REPO / folder_or_file
    files = [target] if target.is_file() else list(_python_files(target))
    assert files, f"nothing to check under {folder_or_file}"
    found = []
    for path in files:
        for name in sorted(imported(path)):
            if _top(name) in forbidden:
                found.append(f"{path.relative_to(REPO)}: {name}")
    return found


# ---------------------------------------------------------------- the product's rooms


def test_api_never_imports_review_ui() -> None:
    assert offending_imports("api", {"review_ui"}) == []


def test_review_ui_never_imports_api() -> None:
    assert offending_imports("review_ui", {"api"}) == []


def test_web_imports_neither_api_nor_review_ui() -> None:
    assert offending_imports("web", {"api", "review_ui"}) == []


_STAGES = {"config", "vocabulary", "models", "intake", "extractors", "matching", "masterdata", "orchestration",
           "clerk"}


@pytest.mark.parametrize(("room", "may_import"), [
    ("vocabulary", set()),
    ("models", {"vocabulary"}),
    ("intake", {"config", "models", "vocabulary"}),
    ("extractors", {"config", "models", "vocabulary"}),
    ("matching", {"vocabulary", "models", "config"}),
    ("masterdata", {"vocabulary", "models", "matching"}),
    ("orchestration", {"config", "vocabulary", "models", "intake", "extractors", "matching", "logs"}),
    ("clerk", {"config", "vocabulary", "models", "matching", "orchestration"}),
    ("web", {"models", "config", "clerk", "orchestration"}),
    ("api", _STAGES | {"web"}),
    ("review_ui", _STAGES | {"web"}),  # extractors too: the document view reads a sheet or a CSV to show it
    ("evaluation", _STAGES | {"bootstrap"}),
])
def test_a_room_imports_only_the_rooms_below_it(room: str, may_import: set[str]) -> None:
    """GIVEN a package of the house WHEN its imports are read THEN none reaches a room it may not use:
    matching reads units and dates from vocabulary, never from the extractors; the accounts, request
    dependencies and overrides under both web packages know neither of them."""
    assert offending_imports(room, _ours() - may_import - {room}) == []


def test_config_imports_no_package_of_ours() -> None:
    assert offending_imports("config.py", _ours() - {"config"}) == []


def test_matching_imports_nothing_from_extractors() -> None:
    assert offending_imports("matching", {"extractors"}) == []


def test_matching_imports_nothing_from_orchestration() -> None:
    assert offending_imports("matching", {"orchestration"}) == []


# ---------------------------------------------------------------- tests and benchmarks

# A string that names a path into bench/ ("bench/replay.py", ".../bench/x") or holds code that quotes it
# (a child interpreter's `sys.path.insert(0, "bench")`), and the calls that would put bench/ on the
# import path or build a path into it from its bare name. A bare "bench" is a word, not a path.
_BENCH_PATH = re.compile(r"""(?:^|[/\\])bench[/\\]|["']bench["'/\\]""")
_PATH_CALLS = {"insert", "append", "join", "joinpath", "Path", "PurePath", "spec_from_file_location",
               "import_module", "__import__", "run_path"}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes: prose may name bench/, code may not reach into it."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def reaches_into_bench(path: Path, root: Path = REPO) -> list[str]:
    """Where a file imports bench or loads a file from bench/: `line: what`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    prose = _docstrings(tree)
    found = [f"import {name}" for name in sorted(imported(path, root)) if _top(name) == "bench"]
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
            if _BENCH_PATH.search(node.value) or node.value.startswith("bench."):
                found.append(f"{node.lineno}: {node.value[:80]!r}")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            if any(isinstance(side, ast.Constant) and side.value == "bench" for side in (node.left, node.right)):
                found.append(f"{node.lineno}: a path joined with 'bench'")
        elif isinstance(node, ast.Call) and _called(node) in _PATH_CALLS:
            if any(isinstance(arg, ast.Constant) and arg.value == "bench" for arg in node.args):
                found.append(f"{node.lineno}: {_called(node)}(... 'bench' ...)")
    return found


def test_no_test_imports_bench_or_loads_files_from_it() -> None:
    offenders = {}
    for path in _python_files(REPO / "tests"):
        if path.resolve() == THIS_FILE:
            continue  # this file names bench/ in order to look for it
        if found := reaches_into_bench(path):
            offenders[str(path.relative_to(REPO))] = found
    assert offenders == {}


# ---------------------------------------------------------------- the checks check


def test_the_checks_see_imports_inside_functions_relative_ones_and_paths_into_bench(tmp_path: Path) -> None:
    """GIVEN a file importing at module level, inside a function, relatively and by importlib, and one
    loading a bench script by path WHEN they are read THEN every one of those is found."""
    (tmp_path / "matching").mkdir()
    probe = tmp_path / "matching" / "probe.py"
    probe.write_text("import os\nfrom extractors.units import UNIT_CODES\nfrom . import catalog\n"
                     "def late():\n    from orchestration import jobs\n    import importlib\n"
                     "    importlib.import_module('api.deps')\n")
    loader = tmp_path / "loader.py"
    loader.write_text('"""Mentions bench/replay.py in prose only."""\nimport sys\nfrom pathlib import Path\n'
                      'sys.path.insert(0, "bench")\nscript = Path("x") / "bench" / "scale_out.py"\n'
                      'other = "bench/corpus_gen.py"\nimport bench.scale_out\n'
                      'child = \'import sys; sys.path.insert(0, "bench")\'\nmode = "bench"\n')
    names = imported(probe, root=tmp_path)
    assert {"os", "extractors.units", "matching.catalog", "orchestration.jobs", "api.deps"} <= names
    found = reaches_into_bench(loader, root=tmp_path)
    # insert, joined path, literal path, import, code in a string; not the docstring, not the bare word
    assert len(found) == 5, found


# ---------------------------------------------------------------- state as enums, not strings

# The product's code: every package and module of ours, not the tests and not the benchmarks (which may
# assert on the API's JSON with the strings a client sees).
_NOT_PRODUCT = {"tests", "bench"}
# The columns holding a status, and the names a status travels under.
_STATUS_ATTRIBUTES = {"status", "extraction_status", "parked_from"}
_STATUS_NAMES = {"status", "to_status", "from_status", "status_filter"}


def _status_values() -> set[str]:
    from models import status

    return {member.value for enum in (status.OrderStatus, status.MessageStatus, status.ExtractionStatus,
                                      status.JobStatus, status.ShipmentStatus, status.AcknowledgementStatus)
            for member in enum}


def _product_files() -> Iterator[Path]:
    for path in _python_files(REPO):
        parts = path.relative_to(REPO).parts
        if parts[0] not in _NOT_PRODUCT and path != REPO / "models" / "status.py":
            yield path


def _is_status(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in _STATUS_ATTRIBUTES
    return isinstance(node, ast.Name) and node.id in _STATUS_NAMES


def _literals(node: ast.AST) -> list[str]:
    """The strings a node writes out: a string constant, or those of a tuple, list or set of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for element in node.elts for s in _literals(element)]
    return []


def status_literals(path: Path, values: set[str]) -> list[str]:
    """`line: what` for each status written as a string literal: compared with a status (`==`, `!=`,
    `in`, SQL's `.in_()`), stored into one (an assignment, a `status=` keyword, a `{"status": ...}`
    update), passed to `transition`, or listed with another status (a group written out again)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []

    def check(node: ast.AST, where: ast.AST, what: str) -> None:
        hits = [s for s in _literals(node) if s in values]
        if hits:
            found.append(f"{where.lineno}: {what} {hits}")  # type: ignore[attr-defined]

    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_is_status(o) for o in operands):
                for o in operands:
                    check(o, node, "compared with")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                pairs = (zip(target.elts, node.value.elts, strict=False)
                         if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                         else [(target, node.value)])
                for t, v in pairs:
                    if _is_status(t):
                        check(v, node, "stored as")
        elif isinstance(node, ast.keyword) and node.arg in _STATUS_ATTRIBUTES:
            check(node.value, node.value, f"{node.arg}=")
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in _STATUS_ATTRIBUTES:
                    check(value, value, f"{key.value!r}:")
        elif isinstance(node, ast.Call) and _called(node) == "transition":
            for arg in node.args:
                check(arg, node, "transition to")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("in_", "not_in", "notin_") and _is_status(node.func.value)):
            for arg in node.args:
                check(arg, node, "SQL in")
        if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            elements = node.keys if isinstance(node, ast.Dict) else node.elts
            written = {e.value for e in elements if isinstance(e, ast.Constant) and e.value in values}
            if len(written) > 1:
                found.append(f"{node.lineno}: a group of statuses written out {sorted(written)}")
    return found


def test_no_product_module_writes_a_status_as_a_string() -> None:
    """GIVEN the product's modules WHEN their statuses are read THEN every status compared, stored or
    passed to `transition` is a member of its enum in models/status.py (or one of its named groups), never
    a string literal: a typo is an AttributeError at import, not a status no screen ever shows."""
    values = _status_values()
    offenders = {str(p.relative_to(REPO)): found for p in _product_files() if (found := status_literals(p, values))}
    assert offenders == {}


def test_no_template_compares_a_status_with_a_string() -> None:
    """The screen's templates print statuses; a choice between them is made in Python, with the enums."""
    pattern = re.compile(r"""status\w*\s*(?:==|!=|\bin\b|\bnot in\b)\s*[("'\[]""")
    offenders = [f"{path.relative_to(REPO)}: {line.strip()}"
                 for path in sorted(REPO.glob("*/templates/*.html"))
                 for line in path.read_text(encoding="utf-8").splitlines() if pattern.search(line)]
    assert offenders == []


def test_the_status_check_sees_comparisons_writes_and_transitions(tmp_path: Path) -> None:
    """GIVEN a module comparing, storing and transitioning with status strings WHEN it is checked THEN
    each is found, and the enum members and unrelated strings are not."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        'if order.status == "approved": pass\n'
        'if message.status in ("error", "not_an_order"): pass\n'
        'job.status, job.run_after = "queued", now\n'
        'q = update(Job).values(status="running")\n'
        'values = {"status": "dead"}\n'
        'transition(session, order, "shipped", "shipping")\n'
        'q = select(Order).where(Order.status.in_(DECIDED))\n'
        'q = select(Order).where(Order.status.in_(["failed"]))\n'
        'WAITING = ("needs_review", "failed")\n'
        'if order.status == OrderStatus.APPROVED: pass\n'
        'label = "approved"\n'
        'if kind == "approved": pass\n')
    found = status_literals(probe, _status_values())
    assert sorted(int(f.split(":")[0]) for f in found) == [1, 2, 2, 3, 4, 5, 6, 8, 9], found


# ---------------------------------------------------------------- reasons as rows, through one module

_REASONS_MODULE = REPO / "models" / "reasons.py"
_MUTATORS = {"append", "extend", "insert", "remove", "pop", "clear"}


def reasons_by_hand(path: Path) -> list[str]:
    """`line: what` for each place that treats review reasons as text or writes them past models/reasons.py:
    a `cast` or a LIKE over a reason column, an `OrderReason` made, an order's `reasons` assigned or
    changed in place (a stage's `matched.reasons` list of `Reason`s is plain data, not the order's)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []

    def mentions(node: ast.AST, word: str) -> bool:
        return word in ast.unparse(node).lower()

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = _called(node)
            if called == "cast" and any(mentions(arg, "reason") for arg in node.args):
                found.append(f"{node.lineno}: cast over reasons")
            elif (called in ("like", "ilike", "contains") and isinstance(node.func, ast.Attribute)
                  and mentions(node.func.value, "reason")):
                found.append(f"{node.lineno}: {called} over reasons")
            elif called == "OrderReason":
                found.append(f"{node.lineno}: an OrderReason made")
            elif (called in _MUTATORS and isinstance(node.func, ast.Attribute)
                  and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "reasons"
                  and mentions(node.func.value.value, "order")):
                found.append(f"{node.lineno}: an order's reasons changed in place")
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in ("reasons", "review_reasons"):
                    found.append(f"{node.lineno}: {target.attr} assigned")
    return found


def test_review_reasons_are_rows_written_through_one_module() -> None:
    """GIVEN the product's modules WHEN they touch review reasons THEN none casts them to text or matches
    them with LIKE (the queue filters with EXISTS and counts with GROUP BY), and only models/reasons.py
    adds, drops, renumbers or replaces an order's reasons."""
    offenders = {str(p.relative_to(REPO)): found for p in _product_files()
                 if p != _REASONS_MODULE and (found := reasons_by_hand(p))}
    assert offenders == {}


def test_the_reasons_check_sees_casts_likes_and_writes(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        'q = q.where(cast(Order.review_reasons, String).like("%x%"))\n'
        'q = q.where(OrderReason.message.like("%x%"))\n'
        'order.reasons.append(OrderReason(code="x", message="y", position=0))\n'
        'order.review_reasons = []\n'
        'line.reasons = [r for r in line.reasons if r.field != "sku"]\n'
        'matched.reasons.append(Reason("unread_line", "..."))\n'
        'reasons.drop(order, 1, fields={"sku"})\n')
    found = reasons_by_hand(probe)
    assert sorted(int(f.split(":")[0]) for f in found) == [1, 1, 2, 3, 3, 4, 5], found


# ---------------------------------------------------------------- the audit trail is history, keys are keys

# The audit trail's writer, and the two places that show it to people as history: the order page's
# history (read in its route, put in words by review_ui/order_page.py) and the buyer's status page
# timeline (when each step was reached). Nothing else reads it.
_AUDIT_READERS = {"models/audit.py", "models/tables.py", "api/status.py", "review_ui/routes/orders.py",
                  "review_ui/order_page.py"}


def test_no_state_is_read_back_from_the_audit_trail() -> None:
    """GIVEN the product's modules WHEN their imports are read THEN only the audit's writer and the two
    history views name AuditEvent: a decision reads columns, never the trail."""
    readers = {str(p.relative_to(REPO)) for p in _product_files() if "models.tables.AuditEvent" in imported(p)}
    assert readers - _AUDIT_READERS == set()


def keys_split_apart(path: Path) -> list[str]:
    """`line: what` for each stored key or source string split back into its parts."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{node.lineno}: {ast.unparse(node)[:80]}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _called(node) in ("split", "rsplit", "partition", "rpartition")
            and isinstance(node.func, ast.Attribute)
            and any(word in ast.unparse(node.func.value).lower() for word in ("key", "source"))]


def test_no_product_module_splits_a_stored_key_apart() -> None:
    """A job's generation, a shipment's id elsewhere, a message's mailbox and UID are columns: nothing
    reads them back out of an idempotency key or a source string."""
    offenders = {str(p.relative_to(REPO)): found for p in _product_files() if (found := keys_split_apart(p))}
    assert offenders == {}
