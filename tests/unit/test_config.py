"""Configuration: the TOML file, and environment variables that override it."""

from pathlib import Path

import pytest

from config import Settings


def test_toml_file_then_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    config = tmp_path / "custom.toml"
    config.write_text('home = "/srv/oi"\nport = 9000\nprice_tolerance = "0.05"\n'
                      'supplier_domains = ["a.example", "b.example"]\n')
    monkeypatch.setenv("ORDER_INTAKE_CONFIG", str(config))
    monkeypatch.setenv("ORDER_INTAKE_PORT", "9100")
    settings = Settings()
    assert settings.home == Path("/srv/oi")
    assert settings.port == 9100  # the environment wins over the file
    assert str(settings.price_tolerance) == "0.05"
    assert settings.supplier_domains == ["a.example", "b.example"]
    assert settings.resolved_database_url == "sqlite:////srv/oi/order-intake.db"
    monkeypatch.setenv("ORDER_INTAKE_DATABASE_URL", "postgresql+psycopg://x@127.0.0.1/y")
    assert Settings().resolved_database_url == "postgresql+psycopg://x@127.0.0.1/y"


def test_default_file_is_used_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ORDER_INTAKE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    assert Settings().port == 8000
    (tmp_path / "order-intake.toml").write_text("port = 8123\n")
    assert Settings().port == 8123


def test_mime_limits_come_from_the_settings_beside_them(monkeypatch: pytest.MonkeyPatch):
    """GIVEN limits set in the environment WHEN the settings give intake its MIME limits THEN they are the
    configured ones (MimeLimits lives in config, beside Settings, so config imports no stage)."""
    from config import MimeLimits

    monkeypatch.setenv("ORDER_INTAKE_ZIP_MAX_MEMBERS", "7")
    monkeypatch.setenv("ORDER_INTAKE_MAX_ATTACHMENT_BYTES", "1000")
    limits = Settings().mime_limits()
    assert limits == MimeLimits(max_attachment_bytes=1000, zip_max_members=7)
