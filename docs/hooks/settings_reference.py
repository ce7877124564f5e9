"""mkdocs hook: writes the settings reference into docs/configuration.md from config.Settings.

Every setting's name, type, default, environment variable and description come from the model itself
(`Field(..., description=...)` in config.py), so the page cannot drift from the code. The marker
`<!-- settings-reference -->` in the page is replaced at build time. A secret's default is never printed.
"""

from __future__ import annotations

import json
import re
import sys
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # the hook runs inside mkdocs, which does not put the repository on the path
    sys.path.insert(0, str(REPO))

MARKER = "<!-- settings-reference -->"
ENV_PREFIX = "ORDER_INTAKE_"
NESTED = "__"  # Settings' env_nested_delimiter
SECRET_NAMES = frozenset({"password", "secret", "secret_key"})


def _members(annotation: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def type_name(annotation: Any) -> str:
    """`Path | None`, `list[str]`, `dict[str, Any]`, `MailboxConfig`: as a reader would write it."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(a) for a in typing.get_args(annotation))
    if origin is not None:
        return f"{origin.__name__}[{', '.join(type_name(a) for a in typing.get_args(annotation))}]"
    if annotation is type(None):
        return "None"
    return getattr(annotation, "__name__", str(annotation))


def _model(annotation: Any) -> type[BaseModel] | None:
    for member in _members(annotation):
        if isinstance(member, type) and issubclass(member, BaseModel):
            return member
    return None


def _list_of_models(annotation: Any) -> type[BaseModel] | None:
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return _model(item)
    return None


def is_secret(name: str, field: FieldInfo) -> bool:
    return name in SECRET_NAMES or any(m is SecretStr for m in _members(field.annotation))


def allowed(field: FieldInfo) -> str:
    """The field's constraints in words: `one of tls, starttls, none`, `>= 1`."""
    words = []
    for meta in field.metadata:
        pattern = getattr(meta, "pattern", None)
        if pattern:
            choices = re.fullmatch(r"\^\((.*)\)\$", pattern)
            words.append("one of " + ", ".join(f"`{c}`" for c in choices.group(1).split("|")) if choices
                         else f"matches `{pattern}`")
        for attr, sign in (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<")):
            bound = getattr(meta, attr, None)
            if bound is not None:
                words.append(f"{sign} {bound}")
    return "; ".join(words)


def default_text(name: str, field: FieldInfo) -> str:
    if is_secret(name, field):
        return "*(secret, not shown)*"
    if field.default is PydanticUndefined and field.default_factory is None:
        return "*required*"
    value = field.get_default(call_default_factory=True)
    if isinstance(value, BaseModel):
        return "*(table)*"
    if value is None:
        return "*unset*"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, Path):
        if value.is_absolute():
            try:  # a default computed from where the code lives says so, not where this build ran
                return f"`<repository>/{value.relative_to(REPO)}`"
            except ValueError:
                return f"`{value}`"
        return f"`{value}`"
    if isinstance(value, (list, dict)):
        return f"`{json.dumps(value)}`"
    if isinstance(value, Decimal | float | int) and name.endswith("_bytes") and value >= 1024 * 1024:
        return f"`{value}` ({value / (1024 * 1024):g} MiB)"
    if isinstance(value, str):
        return f'`"{value}"`'
    return f"`{value}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class _Section:
    def __init__(self, title: str, anchor: str, intro: str, model: type[BaseModel], toml: str,
                 env: str | None) -> None:
        self.title, self.anchor, self.intro, self.model, self.toml, self.env = title, anchor, intro, model, toml, env


def _sections(model: type[BaseModel], toml: str, env: str | None, title: str, anchor: str,
              intro: str) -> list[_Section]:
    """This model's table, then one section per nested table or array of tables, depth first."""
    out = [_Section(title, anchor, intro, model, toml, env)]
    for name, field in model.model_fields.items():
        child_toml = f"{toml}.{name}" if toml else name
        nested = _model(field.annotation)
        if nested is not None:
            out += _sections(nested, child_toml, f"{env}{name.upper()}{NESTED}" if env is not None else None,
                             f"`[{child_toml}]`", child_toml.replace(".", "-"), field.description or "")
        listed = _list_of_models(field.annotation)
        if listed is not None:
            out += _sections(listed, child_toml, None, f"`[[{child_toml}]]`", child_toml.replace(".", "-"),
                             field.description or "")
    return out


def _row(section: _Section, name: str, field: FieldInfo) -> str:
    typ = f"`{type_name(field.annotation)}`"
    nested = _model(field.annotation) or _list_of_models(field.annotation)
    child = f"{section.toml}.{name}" if section.toml else name
    if nested is not None:
        typ = f"[`{type_name(field.annotation)}`](#{child.replace('.', '-')})"
    rules = allowed(field)
    if rules:
        typ += f": {rules}"
    if section.env is None:
        env = f"inside `{ENV_PREFIX}{section.toml.upper().replace('.', NESTED)}` (JSON)"
    else:
        env = f"`{section.env}{name.upper()}`"
    cells = [f"`{name}`", _cell(typ), _cell(default_text(name, field)), env, _cell(field.description or "")]
    return "| " + " | ".join(cells) + " |"


def settings_reference() -> str:
    """The whole reference as Markdown: one table per TOML table of the settings."""
    from config import Settings

    lines: list[str] = []
    for section in _sections(Settings, "", ENV_PREFIX, "Top level", "top-level",
                             "Settings at the top of the TOML file."):
        # The model's own docstring says more than the field pointing at it; Settings' is for developers.
        own = section.model.__doc__ if section.model is not Settings else None
        lines += [f"### {section.title} {{#{section.anchor}}}", "", " ".join((own or section.intro).split()), ""]
        lines += ["| setting | type | default | environment variable | what it does |", "|---|---|---|---|---|"]
        lines += [_row(section, name, field) for name, field in section.model.model_fields.items()]
        lines.append("")
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, settings_reference())
