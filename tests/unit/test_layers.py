"""Which package may import which: the rooms of the house, read from the source (no module is imported)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
OURS = {"config", "vocabulary", "models", "intake", "extractors", "matching", "masterdata", "orchestration",
        "clerk", "web", "api", "review_ui", "evaluation", "bench", "app", "cli", "bootstrap", "logs", "tests"}


def imported_packages(source: Path) -> set[str]:
    """Our top-level packages a module or package imports, at the top or inside a function."""
    files = sorted(source.rglob("*.py")) if source.is_dir() else [source]
    found: set[str] = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(), str(file))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found & OURS


@pytest.mark.parametrize(("room", "may_import"), [
    ("vocabulary", set()),
    ("config.py", set()),
    ("matching", {"vocabulary", "models", "config"}),
    ("masterdata", {"vocabulary", "models", "matching"}),
])
def test_a_room_imports_only_the_rooms_below_it(room: str, may_import: set[str]):
    """GIVEN a package of the house WHEN its imports are read THEN none reaches a room it may not use:
    matching reads units and dates from vocabulary, never from the extractors, and the settings know no stage."""
    name = room.removesuffix(".py")
    assert imported_packages(REPO / room) - may_import - {name} == set()
