"""The connector registry: which implementation serves each stage, built from `[connectors]` settings.

A name maps to a builder; a new connector is one builder and one line in BUILDERS. Connectors that
hold a client (webhook, tryton) are built once and shared by every stage configured to use them.
The acknowledgement sender is added when [smtp] names a server. Configuration mistakes (no webhook
url or secret, file for a stage it cannot serve, bad tryton settings) raise ConnectorConfigError when
the worker starts, not when the first order arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from config import STAGES, Settings
from orchestration.connectors.builtin import BuiltinErp, BuiltinInventory, BuiltinRouting, BuiltinShipping
from orchestration.stages import Connectors


class ConnectorConfigError(ValueError):
    """The [connectors] settings cannot work; the message names the setting to fix."""


def _builtin(settings: Settings) -> dict[str, Any]:
    return {"erp": BuiltinErp(), "inventory": BuiltinInventory(), "routing": BuiltinRouting(),
            "shipping": BuiltinShipping()}


def _webhook(settings: Settings) -> dict[str, Any]:
    from orchestration.connectors.webhook import (
        WebhookClient,
        WebhookErp,
        WebhookInventory,
        WebhookRouting,
        WebhookShipping,
    )

    config = settings.connectors.webhook
    wanted = [stage for stage in STAGES if getattr(settings.connectors, stage) == "webhook"]
    missing = [stage for stage in wanted if not config.url_for(stage)]
    if missing:
        raise ConnectorConfigError(f"connectors.webhook: no url (or urls.{missing[0]}) for the "
                                   f"{', '.join(missing)} stage(s)")
    try:
        client = WebhookClient(config)
    except ValueError as exc:
        raise ConnectorConfigError(str(exc)) from None
    return {"erp": WebhookErp(client), "inventory": WebhookInventory(client), "routing": WebhookRouting(client),
            "shipping": WebhookShipping(client)}


def _file(settings: Settings) -> dict[str, Any]:
    from orchestration.connectors.file import FileErp

    config = settings.connectors.file
    outbox = config.outbox if config.outbox.is_absolute() else settings.home / config.outbox
    return {"erp": FileErp(config, Path(outbox))}


def _tryton(settings: Settings) -> dict[str, Any]:
    # One TrytonConnector (orchestration/connectors/tryton.py) serves all four stages.
    from pydantic import ValidationError

    from orchestration.connectors.tryton import TrytonConnector, TrytonSettings

    try:
        tryton_settings = TrytonSettings.model_validate(settings.connectors.tryton)
    except ValidationError as exc:
        # Never pydantic's own text: it quotes the input, and the input holds the password.
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'tryton'}: {e['msg']}"
                             for e in exc.errors(include_input=False, include_url=False))
        raise ConnectorConfigError(f"connectors.tryton: {problems}") from None
    connector = TrytonConnector(tryton_settings)
    return dict.fromkeys(STAGES, connector)


BUILDERS: dict[str, Callable[[Settings], dict[str, Any]]] = {
    "builtin": _builtin,
    "webhook": _webhook,
    "file": _file,
    "tryton": _tryton,
}


def build_connectors(settings: Settings) -> Connectors:
    """The Connectors the stages call, one per stage as `settings.connectors` names them."""
    if settings.connectors.shipping == "tryton" and settings.connectors.routing != "tryton":
        # Tryton ships the customer shipments its own routing made; it cannot ship another's plan.
        raise ConnectorConfigError("connectors.shipping = 'tryton' needs connectors.routing = 'tryton' too")
    built: dict[str, dict[str, Any]] = {}
    chosen: dict[str, Any] = {}
    for stage in STAGES:
        name = getattr(settings.connectors, stage)
        if name not in BUILDERS:
            raise ConnectorConfigError(f"connectors.{stage}: unknown connector {name!r} "
                                       f"(one of {', '.join(BUILDERS)})")
        if name not in built:
            built[name] = BUILDERS[name](settings)
        if stage not in built[name]:
            raise ConnectorConfigError(f"connectors.{stage} = {name!r}: the {name} connector cannot serve the "
                                       f"{stage} stage")
        chosen[stage] = built[name][stage]
    connectors = Connectors(**chosen)
    # Not a connector choice: acknowledgements go out whenever [smtp] names a server, from every worker
    # (the embedded one, `order-intake worker`, `ingest`), so it is wired here once.
    from orchestration.acknowledgements.smtp import Acknowledger

    connectors.acknowledgement = Acknowledger.from_settings(settings)
    return connectors
