"""The documentation: the mkdocs site builds with --strict, the README stays short, and every relative
link in README.md and docs/ leads somewhere that exists (the file, and the anchor when one is given)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote

import pytest

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
README_MAX_LINES = 200

# [text](target) or ![alt](target "title"); fenced blocks and code spans are removed before matching.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, subprocess.CompletedProcess[str]]]:
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(REPO / "mkdocs.yml"),
         "--site-dir", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    yield out, result


def test_the_site_builds_strictly_without_a_warning(site: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    """GIVEN the docs WHEN mkdocs builds them with --strict THEN it succeeds and says nothing worse than INFO."""
    _, result = site
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output and "ERROR" not in output, output


def test_readme_is_read_in_five_minutes() -> None:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MAX_LINES, f"README.md has {len(lines)} lines; move detail into docs/"


def _links(markdown: str) -> list[str]:
    text = CODE_SPAN.sub("", FENCE.sub("", markdown))
    return LINK.findall(text)


def _relative(target: str) -> bool:
    return not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target)  # http:, https:, mailto:, ...


def _ids(html: Path) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html.read_text(encoding="utf-8")))


def _built_page(site_dir: Path, doc: Path) -> Path:
    """Where mkdocs (with its default directory URLs) writes the page of docs/<doc>."""
    relative = doc.relative_to(DOCS).with_suffix("")
    if relative.name in ("index", "README"):
        return site_dir / relative.parent / "index.html"
    return site_dir / relative / "index.html"


def _markdown_ids(doc: Path) -> set[str]:
    """Anchors of a Markdown file outside docs/ (the README itself): GitHub's and python-markdown's slugs."""
    ids = set()
    for heading in re.findall(r"^#{1,6}\s+(.*?)\s*#*\s*$", FENCE.sub("", doc.read_text(encoding="utf-8")),
                              re.MULTILINE):
        words = re.sub(r"[^\w\s-]", "", heading.replace("`", "")).strip().lower()
        ids.add(re.sub(r"\s", "-", words))
        ids.add(re.sub(r"[-\s]+", "-", words))
    return ids


def _sources() -> list[Path]:
    return [REPO / "README.md", *sorted(DOCS.rglob("*.md"))]


@pytest.mark.parametrize("source", _sources(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(source: Path, site: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site_dir, _ = site
    broken = []
    for target in _links(source.read_text(encoding="utf-8")):
        if not _relative(target):
            continue
        path_part, _, anchor = target.partition("#")
        path = (source.parent / unquote(path_part)).resolve() if path_part else source
        if not path.exists():
            broken.append(f"{target}: no such file")
            continue
        if not anchor:
            continue
        if path.suffix == ".md" and path.is_relative_to(DOCS):
            page = _built_page(site_dir, path)  # generated sections have their anchors only in the build
            ids = _ids(page) if page.exists() else set()
        elif path.suffix == ".md":
            ids = _markdown_ids(path)
        else:
            ids = set()
        if anchor not in ids:
            broken.append(f"{target}: no anchor #{anchor}")
    assert not broken, f"{source.relative_to(REPO)}: " + "; ".join(broken)


def _hook(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"docs_hook_{name}", DOCS / "hooks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_setting_has_a_description_and_no_secret_default_is_printed() -> None:
    """The configuration page is generated from config.Settings: a setting without a description would
    be a blank row, and a secret's default must never reach the page."""
    from pydantic import BaseModel

    from config import Settings

    hook = _hook("settings_reference")
    undescribed = []

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, field in model.model_fields.items():
            if not field.description:
                undescribed.append(prefix + name)
            nested = hook._model(field.annotation) or hook._list_of_models(field.annotation)
            if nested is not None:
                walk(nested, f"{prefix}{name}.")
            if hook.is_secret(name, field):
                assert hook.default_text(name, field) == "*(secret, not shown)*", prefix + name

    walk(Settings, "")
    assert not undescribed, f"settings without Field(description=...): {undescribed}"
    page = hook.settings_reference()
    for variable in ("ORDER_INTAKE_HOME", "ORDER_INTAKE_SMTP__HOST", "ORDER_INTAKE_CONNECTORS__WEBHOOK__URL"):
        assert f"`{variable}`" in page


def test_the_cli_page_names_every_command() -> None:
    from cli import app

    page = _hook("cli_reference").cli_reference()
    for info in app.registered_commands:
        name = info.name if isinstance(info.name, str) else info.callback.__name__.replace("_", "-")
        assert f"`order-intake {name}`" in page
    for group in app.registered_groups:
        for info in group.typer_instance.registered_commands:
            assert f"`order-intake {group.name} {info.name}`" in page
