"""The connector registry: [connectors] in the TOML file and ORDER_INTAKE_CONNECTORS__* in the
environment choose each stage's connector; a configuration that cannot work is refused at start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from config import ConnectorsConfig, Settings, WebhookConnectorConfig
from orchestration.connectors.builtin import BuiltinErp, BuiltinInventory, BuiltinRouting, BuiltinShipping
from orchestration.connectors.file import FileErp
from orchestration.connectors.registry import ConnectorConfigError, build_connectors
from orchestration.connectors.webhook import WebhookErp, WebhookShipping, signature


@pytest.fixture(autouse=True)
def no_stray_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ORDER_INTAKE_CONFIG", raising=False)
    for name in list(os.environ):
        if name.startswith("ORDER_INTAKE_CONNECTORS"):
            monkeypatch.delenv(name)


def test_builtin_everywhere_by_default():
    connectors = build_connectors(Settings())
    assert isinstance(connectors.erp, BuiltinErp) and isinstance(connectors.inventory, BuiltinInventory)
    assert isinstance(connectors.routing, BuiltinRouting) and isinstance(connectors.shipping, BuiltinShipping)


def test_toml_chooses_per_stage_and_the_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """GIVEN a TOML file putting the ERP on a webhook and the outbox format to UBL WHEN the environment
    moves the ERP to the file connector THEN the environment wins, the rest of the file still holds,
    and a relative outbox lives under home."""
    config = tmp_path / "oi.toml"
    config.write_text(f'home = "{tmp_path}"\n[connectors]\nerp = "webhook"\nshipping = "webhook"\n'
                      '[connectors.webhook]\nurl = "http://127.0.0.1:9/hook"\nsecret_env = "OI_TEST_SECRET"\n'
                      '[connectors.file]\nformat = "ubl"\n')
    monkeypatch.setenv("ORDER_INTAKE_CONFIG", str(config))
    monkeypatch.setenv("OI_TEST_SECRET", "k")
    connectors = build_connectors(Settings())
    assert isinstance(connectors.erp, WebhookErp) and isinstance(connectors.shipping, WebhookShipping)
    assert isinstance(connectors.inventory, BuiltinInventory)
    assert connectors.erp.client is connectors.shipping.client  # one HTTP client shared by the stages

    monkeypatch.setenv("ORDER_INTAKE_CONNECTORS__ERP", "file")
    settings = Settings()
    connectors = build_connectors(settings)
    assert isinstance(connectors.erp, FileErp)
    assert connectors.erp.outbox == tmp_path / "outbox"
    assert connectors.erp.extension == "xml"  # format from the file, untouched by the override
    assert isinstance(connectors.shipping, WebhookShipping)


@pytest.mark.parametrize(("connectors", "message"), [
    (ConnectorsConfig(erp="webhook"), "no url"),
    (ConnectorsConfig(erp="webhook", webhook=WebhookConnectorConfig(url="http://127.0.0.1:9/")), "no secret"),
    (ConnectorsConfig(erp="webhook", webhook=WebhookConnectorConfig(url="http://x/", secret_env="OI_UNSET_SECRET")),
     "OI_UNSET_SECRET is not set"),
    (ConnectorsConfig(erp="tryton", tryton={"url": "http://127.0.0.1:9"}), "connectors.tryton"),
])
def test_a_configuration_that_cannot_work_is_refused_with_the_setting_to_fix(connectors: ConnectorsConfig,
                                                                               message: str):
    with pytest.raises(ConnectorConfigError, match=message):
        build_connectors(Settings(connectors=connectors))


def test_unknown_names_and_file_for_a_stage_it_cannot_serve_are_refused_when_read():
    with pytest.raises(ValidationError):
        ConnectorsConfig(shipping="file")
    with pytest.raises(ValidationError):
        ConnectorsConfig(erp="sap")
    with pytest.raises(ValidationError):
        ConnectorsConfig.model_validate({"file": {"format": "pdf"}})


def test_signature_is_hmac_sha256_of_the_exact_body():
    """The value a receiver recomputes: RFC 4231 test case 2 (key 'Jefe')."""
    assert signature("Jefe", b"what do ya want for nothing?") == (
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")


def test_one_tryton_connector_serves_every_stage_that_names_it():
    """Building it does not reach the server: Tryton being down must not stop the worker starting."""
    from orchestration.connectors.tryton import TrytonConnector

    connectors = build_connectors(Settings(connectors=ConnectorsConfig(
        erp="tryton", inventory="tryton", routing="tryton", shipping="builtin",
        tryton={"url": "http://127.0.0.1:9", "database": "erp", "password": "x"})))
    assert isinstance(connectors.erp, TrytonConnector)
    assert connectors.erp is connectors.inventory is connectors.routing
    assert isinstance(connectors.shipping, BuiltinShipping)


def test_errors_and_logs_show_the_endpoint_without_credentials_or_query():
    from orchestration.connectors.webhook import shown

    assert shown("https://user:pw@erp.example:8443/hooks/oi?token=abc") == "https://erp.example:8443/hooks/oi"


def test_a_tryton_setting_left_out_is_named_without_quoting_the_password(tmp_path: Path):
    from orchestration.connectors.registry import ConnectorConfigError, build_connectors

    settings = Settings(home=tmp_path, secret_key="x", connectors={
        "erp": "tryton", "inventory": "tryton", "routing": "tryton", "shipping": "tryton",
        "tryton": {"password": "TopSecretPW", "url": "http://127.0.0.1:8000"}})  # no database
    with pytest.raises(ConnectorConfigError) as refused:
        build_connectors(settings)
    assert "database" in str(refused.value) and "TopSecretPW" not in str(refused.value)


def test_tryton_shipping_without_tryton_routing_is_refused_when_read(tmp_path: Path):
    from orchestration.connectors.registry import ConnectorConfigError, build_connectors

    settings = Settings(home=tmp_path, secret_key="x", connectors={
        "shipping": "tryton", "tryton": {"url": "http://127.0.0.1:8000", "database": "d", "password": "p"}})
    with pytest.raises(ConnectorConfigError, match="routing"):
        build_connectors(settings)
