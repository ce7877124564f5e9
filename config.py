"""Settings: one TOML file plus ORDER_INTAKE_<NAME> environment overrides.

The TOML file is the one named by ORDER_INTAKE_CONFIG, else ./order-intake.toml when it exists.
Environment variables win over the file, so an operator can override one value without editing it.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

REPO_ROOT = Path(__file__).resolve().parent


def config_file() -> Path | None:
    named = os.environ.get("ORDER_INTAKE_CONFIG")
    if named:
        return Path(named)
    default = Path("order-intake.toml")
    return default if default.exists() else None


def read_secret(owner: str, value: SecretStr | None, env: str | None, file: Path | None = None, *,
                empty_ok: bool = True) -> str | None:
    """A password or key as configured: inline, from an environment variable or from a file; None when
    none is configured. Read when needed, so it never sits in a settings dump or a log line."""
    if value is not None:
        return value.get_secret_value()
    if env:
        found = os.environ.get(env)
        if found is None or (not found and not empty_ok):
            raise ValueError(f"{owner}: environment variable {env} is not set")
        return found
    if file:
        return file.read_text().strip()
    return None


@dataclass(frozen=True)
class MimeLimits:
    """What one message may cost to read (intake's MIME split): `Settings.mime_limits()` gives the configured
    values; kept here, beside Settings, so the settings need not import intake."""

    max_attachment_bytes: int = 50 * 1024 * 1024
    zip_max_members: int = 50
    zip_max_total_bytes: int = 50 * 1024 * 1024
    zip_max_ratio: int = 100
    max_depth: int = 20  # multiparts, attached messages and archives inside each other


class MailboxConfig(BaseModel):
    """One IMAP mailbox to watch. The password is never stored here in clear text: it is read from
    the environment variable named by `password_env`, or from `password_file`."""

    name: str
    host: str
    port: int = 993
    security: str = Field("tls", pattern="^(tls|starttls|none)$")
    ca_file: Path | None = None  # trust this CA (e.g. a company CA or a test server's certificate)
    user: str
    password_env: str | None = None
    password_file: Path | None = None
    password: SecretStr | None = None  # for tests and one-off use; prefer password_env / password_file
    folder: str = "INBOX"
    mode: str = Field("move", pattern="^(move|flag)$")  # flag: when moving is not allowed
    processed_folder: str = "Processed"
    failed_folder: str = "Failed"
    idle: bool = True
    poll_interval_s: float = 60.0
    timeout_s: float = 30.0

    def secret(self) -> str:
        value = read_secret(f"mailbox {self.name}", self.password, self.password_env, self.password_file)
        if value is None:
            raise ValueError(f"mailbox {self.name}: no password_env or password_file configured")
        return value


class SmtpConfig(BaseModel):
    """The SMTP server acknowledgements go out through. Empty `host` = no acknowledgements are sent.
    Like a mailbox's, the password is read from `password_env` (or `password_file`) only when sending."""

    host: str = ""
    port: int = 587
    security: str = Field("starttls", pattern="^(tls|starttls|none)$")
    ca_file: Path | None = None  # trust this CA as well (a company relay, a test server)
    user: str | None = None
    password_env: str | None = None
    password_file: Path | None = None
    password: SecretStr | None = None  # for tests and one-off use; prefer password_env / password_file
    from_addr: str = "orders@northwind-supply.example"
    from_name: str = "Northwind Orders"
    timeout_s: float = 20.0
    # Domains an acknowledgement may go to besides the customer's own (e.g. a buyer's purchasing agency).
    allowed_domains: list[str] = []
    # A send that keeps failing (server down, 4xx) is retried with backoff this many times, then given up
    # and shown on the order; the order itself is never failed for an email.
    max_attempts: int = 40

    def secret(self) -> str | None:
        return read_secret("smtp", self.password, self.password_env, self.password_file)


STAGES = ("erp", "inventory", "routing", "shipping")


class WebhookConnectorConfig(BaseModel):
    """HTTP JSON to any system. Every request is signed with HMAC-SHA256 over the body with `secret`
    (or the one in the environment variable named by `secret_env`) and carries the stage's
    Idempotency-Key. `attempts` tries are made within one job run, `backoff_s` apart and doubling
    (with jitter); after that the job queue retries the job, and a job out of attempts is a dead letter."""

    url: str = ""  # one endpoint for every stage: the body's "stage" (and X-Order-Intake-Stage) says which
    urls: dict[str, str] = {}  # a stage's own endpoint, e.g. {shipping = "https://carrier.example/hook"}
    secret: SecretStr | None = None  # for tests and one-off use; prefer secret_env
    secret_env: str | None = None
    signature_header: str = "X-Order-Intake-Signature"
    timeout_s: float = 10.0
    attempts: int = Field(3, ge=1)
    backoff_s: float = 0.5
    backoff_max_s: float = 10.0

    def url_for(self, stage: str) -> str:
        return self.urls.get(stage) or self.url

    def secret_value(self) -> str:
        # An empty key would sign every request with nothing: refused like a missing one.
        value = read_secret("connectors.webhook", self.secret, self.secret_env, empty_ok=False)
        if value is None:
            raise ValueError("connectors.webhook: no secret or secret_env configured (requests must be signed)")
        return value


class FileConnectorConfig(BaseModel):
    """Orders written to an outbox folder, one file per order, for a system that imports files."""

    outbox: Path = Path("outbox")  # relative paths are under `home`
    format: str = Field("json", pattern="^(csv|json|ubl|x12)$")
    x12_sender_id: str = "ORDERINTAKE"  # ISA06 / GS02
    x12_receiver_id: str = "ERP"  # ISA08 / GS03


class ConnectorsConfig(BaseModel):
    """Which connector each stage uses, and each connector's settings. The file connector writes
    orders for an ERP to import, so it serves the ERP stage only."""

    erp: str = Field("builtin", pattern="^(builtin|webhook|file|tryton)$")
    inventory: str = Field("builtin", pattern="^(builtin|webhook|tryton)$")
    routing: str = Field("builtin", pattern="^(builtin|webhook|tryton)$")
    shipping: str = Field("builtin", pattern="^(builtin|webhook|tryton)$")
    webhook: WebhookConnectorConfig = WebhookConnectorConfig()
    file: FileConnectorConfig = FileConnectorConfig()
    # Read by orchestration/connectors/tryton.py (TrytonSettings: url, database, user, password_env, ...),
    # checked there when a stage uses Tryton; kept a plain table here so settings need not import it.
    tryton: dict[str, Any] = {}


class Settings(BaseSettings):
    # "__" reaches into nested settings: ORDER_INTAKE_CONNECTORS__ERP=webhook.
    model_config = SettingsConfigDict(env_prefix="ORDER_INTAKE_", extra="ignore", env_nested_delimiter="__")

    home: Path = Path("var")
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 8000

    # Intake
    maildir: Path | None = None
    # The Maildir poller: listing new/ is cheap, and this interval is most of the time from an
    # email's arrival to its shipment in the embedded default (bench/arrival_to_shipped.py).
    poll_interval_s: float = 0.5
    max_message_bytes: int = 100 * 1024 * 1024
    max_attachment_bytes: int = 50 * 1024 * 1024
    zip_max_members: int = 50
    zip_max_total_bytes: int = 50 * 1024 * 1024
    zip_max_ratio: int = 100
    supplier_domains: list[str] = ["northwind-supply.example"]
    mailboxes: list[MailboxConfig] = []
    imap_backoff_max_s: float = 300.0

    # Decision: precision first, so only evidence this strong lets an order through untouched.
    auto_approve_min_confidence: float = 0.95
    fuzzy_min_score: float = 70.0
    price_tolerance: Decimal = Decimal("0.02")

    # Workers
    embedded_worker: bool = True
    embedded_maildir_poller: bool = True
    job_lease_s: int = 60
    # An idle worker polls the queue this often; on PostgreSQL it is also woken at once (LISTEN/NOTIFY).
    worker_poll_interval_s: float = Field(0.5, gt=0)
    job_max_attempts: int = 5
    # An outage of the system a stage talks to (refused connection, timeout, 5xx) is retried, with
    # backoff up to 5 minutes, for this long before its attempts count: an ERP down for an hour
    # leaves orders waiting, not dead-lettered. 0 counts every failed attempt.
    job_retry_window_s: float = Field(86400.0, ge=0)
    # Jobs of a stage whose connector writes only to our database run this many to a transaction
    # (1 turns batching off); stages that call out always run one job per transaction.
    job_batch_size: int = Field(20, ge=1, le=500)

    # Connectors: which system each stage talks to ([connectors] in the TOML file)
    connectors: ConnectorsConfig = ConnectorsConfig()

    # Logs: "text" for a terminal, "json" (one object per line, with order_id) for a log collector.
    log_format: str = Field("text", pattern="^(text|json)$")
    log_level: str = "INFO"

    # Acknowledgements to buyers, and the read-only status page their emails link to
    smtp: SmtpConfig = SmtpConfig()
    public_base_url: str = "http://127.0.0.1:8000"  # how buyers reach /status/<token>

    # Web
    secret_key: str = ""
    # The login cookie is Secure whenever public_base_url is https; true or false here overrides that
    # (true behind a TLS proxy reached by another name, false only for a test setup).
    secure_cookies: bool | None = None
    # Review screen: how long an opened order stays claimed by its clerk without activity.
    claim_minutes: float = 15.0
    # Dashboard savings, reckoned as suppliers do: each order that needed no typing saves this much
    # manual entry at this loaded hourly cost.
    minutes_per_order: float = 5.0
    hourly_cost: Decimal = Decimal("25")
    demo_dir: Path = REPO_ROOT / "demo"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = config_file()
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    def mime_limits(self) -> MimeLimits:
        return MimeLimits(self.max_attachment_bytes, self.zip_max_members, self.zip_max_total_bytes,
                          self.zip_max_ratio)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'order-intake.db').resolve()}"

    @property
    def resolved_maildir(self) -> Path:
        return self.maildir or self.home / "mail"

    @property
    def cookies_secure(self) -> bool:
        """Send the login cookie over HTTPS only: `secure_cookies` when set, else when the service's
        public address is https."""
        if self.secure_cookies is not None:
            return self.secure_cookies
        return self.public_base_url.strip().lower().startswith("https://")

    def resolved_secret_key(self) -> str:
        """The cookie-signing key: configured, or generated once and kept under the home folder."""
        if self.secret_key:
            return self.secret_key
        path = self.home / "secret_key"
        if not path.exists():
            self.home.mkdir(parents=True, exist_ok=True)
            try:
                # Created private, and only once: a second process starting at the same time reads it.
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "w") as fh:
                    fh.write(secrets.token_urlsafe(32))
        return path.read_text().strip()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
