"""mkdocs hook: writes the command reference into docs/cli.md from the `order-intake` command itself.

It walks the Typer app in cli.py (its commands, its sub-apps and each command function's annotated
parameters) and writes every command's usage, help text, arguments and options as Markdown in place of
the marker `<!-- cli-reference -->`: the page says what `order-intake COMMAND --help` says, in the
order the commands are declared.
"""

from __future__ import annotations

import inspect
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # the hook runs inside mkdocs, which does not put the repository on the path
    sys.path.insert(0, str(REPO))

MARKER = "<!-- cli-reference -->"
PROGRAM = "order-intake"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _text(value: object) -> str:
    """A help text, or '' for Typer's DefaultPlaceholder (a help that was never given)."""
    return value if isinstance(value, str) else ""


def _base_type(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


class Param:
    """One parameter of a command function, as the command line sees it."""

    def __init__(self, name: str, annotation: Any, default: Any) -> None:
        import typer.models

        self.info: typer.models.ParameterInfo | None = None
        if typing.get_origin(annotation) is typing.Annotated:
            annotation, *extras = typing.get_args(annotation)
            self.info = next((e for e in extras if isinstance(e, typer.models.ParameterInfo)), None)
        self.name, self.type = name, _base_type(annotation)
        self.default = default
        self.is_argument = isinstance(self.info, typer.models.ArgumentInfo) or (
            self.info is None and default is inspect.Parameter.empty)

    @property
    def help(self) -> str:
        return _text(self.info.help) if self.info is not None else ""

    @property
    def metavar(self) -> str:
        return self.name.upper()

    def usage(self) -> str:
        return self.metavar if self.default is inspect.Parameter.empty else f"[{self.metavar}]"

    def names(self) -> str:
        decls: list[object] = []
        if self.info is not None:
            # typer.Option("--json", ...) inside Annotated: the first positional is a name, not a default.
            decls = [self.info.default, *(self.info.param_decls or ())]
        declared = [d for d in decls if isinstance(d, str) and d.startswith("-")]
        if declared:
            return ", ".join(f"`{d}`" for d in declared)
        flag = "--" + self.name.replace("_", "-")
        if self.type is bool:
            return f"`{flag}` / `--no-{self.name.replace('_', '-')}`"
        return f"`{flag}`"

    def value(self) -> str:
        if self.is_argument:
            return "argument"
        if self.type is bool:
            return "flag"
        return f"`{getattr(self.type, '__name__', str(self.type)).upper()}`"

    def default_text(self) -> str:
        if self.info is not None and getattr(self.info, "prompt", False):
            return "prompted"
        if self.default is inspect.Parameter.empty or self.default is None:
            return ""
        if isinstance(self.default, bool):
            return f"`{str(self.default).lower()}`"
        return f"`{self.default}`"


def _params(callback: Callable[..., Any]) -> list[Param]:
    hints = typing.get_type_hints(callback, include_extras=True)
    return [Param(name, hints.get(name, str), p.default)
            for name, p in inspect.signature(callback).parameters.items()]


def _command_name(info: Any) -> str:
    name = info.name if isinstance(info.name, str) else None
    return name or info.callback.__name__.replace("_", "-")


def _command(path: list[str], info: Any, level: int) -> list[str]:
    params = _params(info.callback)
    arguments = [p for p in params if p.is_argument]
    options = [p for p in params if not p.is_argument]
    title = " ".join(path)
    usage = " ".join([title, *(["[OPTIONS]"] if options else []), *(a.usage() for a in arguments)])
    lines = [f"{'#' * level} `{title}` {{#{'-'.join(path[1:])}}}", "", f"    {usage}", ""]
    help_text = _text(info.help) or inspect.getdoc(info.callback) or ""
    if help_text:
        lines += [help_text, ""]
    if params:
        lines += ["| argument or option | value | default | what it is |", "|---|---|---|---|"]
        for p in [*arguments, *options]:
            shown = f"`{p.usage()}`" if p.is_argument else p.names()
            lines.append(f"| {shown} | {p.value()} | {p.default_text()} | {_cell(p.help)} |")
        lines.append("")
    return lines


def _app(path: list[str], app: Any, level: int) -> list[str]:
    lines: list[str] = []
    for info in app.registered_commands:
        if not info.hidden:
            lines += _command([*path, _command_name(info)], info, level)
    for group in app.registered_groups:
        sub = group.typer_instance
        name = group.name if isinstance(group.name, str) else sub.info.name
        title = " ".join([*path, name])
        lines += [f"{'#' * level} `{title}` {{#{'-'.join([*path[1:], name])}}}", "",
                  f"    {title} COMMAND [ARGS]...", "", _text(group.help) or _text(sub.info.help), ""]
        lines += _app([*path, name], sub, level + 1)
    return lines


def cli_reference() -> str:
    """Every command of `order-intake`, as Markdown sections."""
    from cli import app

    return "\n".join(_app([PROGRAM], app, 3))


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, cli_reference())
