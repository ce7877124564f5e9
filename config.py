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
    max_message_bytes: int = 100 * 1024 * 1024  # a bigger message is kept raw and not read at all


@dataclass(frozen=True)
class ReadLimits:
    """What reading one part of a message may cost (the extractors): `Settings.read_limits()` gives the
    configured values. A part over one is "too large to read": it is not read (or, over the lines, read only
    up to them), its document says which limit it passed, and its order waits for a clerk with the reason.
    Checked before the work, never after it: a 60 MB body is refused before anything parses it."""

    max_text_chars: int = 300_000  # a plain-text body or text/CSV attachment (a long real order: ~100,000)
    max_html_chars: int = 2_000_000  # an HTML body or attachment, markup included
    max_order_lines: int = 2_000  # lines read into one order
    max_edi_segments: int = 50_000  # segments of one X12 or EDIFACT file
    max_edi_transactions: int = 200  # orders (ST ... SE, UNH ... UNT) of one EDI file, each filed as an order


READ_LIMITS = ReadLimits()


class MailboxConfig(BaseModel):
    """One IMAP mailbox to watch. The password is never stored here in clear text: it is read from
    the environment variable named by `password_env`, or from `password_file`."""

    name: str = Field(description="The mailbox's name in logs, metrics, the admin page and `order-intake mailboxes`; "
                                  "its UIDVALIDITY and last UID are kept under it.")
    host: str = Field(description="The IMAP server's host name.")
    port: int = Field(993, description="The IMAP server's port (993 for TLS, 143 for STARTTLS or none).")
    security: str = Field("tls", pattern="^(tls|starttls|none)$",
                          description="`tls` (implicit TLS), `starttls` or `none`; certificates are always checked.")
    ca_file: Path | None = Field(None, description="A CA certificate to trust as well (a company CA or a test "
                                                   "server's certificate).")
    user: str = Field(description="The login name.")
    password_env: str | None = Field(None, description="The environment variable holding the password, read "
                                                       "only when connecting.")
    password_file: Path | None = Field(None, description="A file holding the password (a mounted secret), read "
                                                         "only when connecting.")
    password: SecretStr | None = Field(None, description="The password itself, for tests and one-off use; prefer "
                                                         "`password_env` or `password_file`.")
    folder: str = Field("INBOX", description="The folder read for new orders.")
    mode: str = Field("move", pattern="^(move|flag)$",
                      description="What is done to a message once it is committed: `move` it to "
                                  "`processed_folder`, or `flag` it where moving is not allowed.")
    processed_folder: str = Field("Processed", description="Where processed messages are moved (`mode = "
                                                           "\"move\"`); created when missing.")
    failed_folder: str = Field("Failed", description="Where mail refused at intake (over a size limit) is moved.")
    idle: bool = Field(True, description="Wait for new mail with IMAP IDLE where the server offers it; poll "
                                         "otherwise.")
    poll_interval_s: float = Field(60.0, description="Seconds between polls when IDLE is off or not offered.")
    timeout_s: float = Field(30.0, description="Seconds the connection to the server may take (connecting and "
                                               "each command).")

    def secret(self) -> str:
        value = read_secret(f"mailbox {self.name}", self.password, self.password_env, self.password_file)
        if value is None:
            raise ValueError(f"mailbox {self.name}: no password_env or password_file configured")
        return value


class SmtpConfig(BaseModel):
    """The SMTP server acknowledgements go out through. Empty `host` = no acknowledgements are sent.
    Like a mailbox's, the password is read from `password_env` (or `password_file`) only when sending."""

    host: str = Field("", description="The SMTP server's host name; empty: no acknowledgements are sent.")
    port: int = Field(587, description="The SMTP server's port (587 for STARTTLS, 465 for TLS).")
    security: str = Field("starttls", pattern="^(tls|starttls|none)$",
                          description="`starttls`, `tls` (implicit TLS) or `none`; certificates are always "
                                      "checked.")
    ca_file: Path | None = Field(None, description="A CA certificate to trust as well (a company relay, a test "
                                                   "server).")
    user: str | None = Field(None, description="The login name; none: send without logging in.")
    password_env: str | None = Field(None, description="The environment variable holding the password, read "
                                                       "only when sending.")
    password_file: Path | None = Field(None, description="A file holding the password, read only when sending.")
    password: SecretStr | None = Field(None, description="The password itself, for tests and one-off use; prefer "
                                                         "`password_env` or `password_file`.")
    from_addr: str = Field("orders@northwind-supply.example", description="The acknowledgements' From address; "
                                                                          "its domain also names our Message-IDs.")
    from_name: str = Field("Northwind Orders", description="The display name beside `from_addr`.")
    timeout_s: float = Field(20.0, description="Seconds one SMTP conversation may take.")
    allowed_domains: list[str] = Field([], description="Domains an acknowledgement may go to besides the "
                                                       "customer's own (e.g. a buyer's purchasing agency).")
    max_attempts: int = Field(40, description="A send that keeps failing (server down, 4xx) is retried with "
                                              "backoff this many times, then given up and shown on the order; the "
                                              "order itself is never failed for an email.")

    def secret(self) -> str | None:
        return read_secret("smtp", self.password, self.password_env, self.password_file)


class SenderAuthConfig(BaseModel):
    """Whether the sender of an emailed order must be authenticated before the order may be approved
    untouched, and what intake trusts to tell (intake/sender_auth.py). Mail forged as a known buyer is
    otherwise read, matched and shipped like the buyer's own."""

    require: bool = Field(True, description="An order from mail (IMAP, the Maildir) whose sender is not "
                                            "authenticated as the From address's domain is never approved "
                                            "untouched: it waits for a clerk with the reason. A customer's own "
                                            "`sender_auth` (customers.csv) wins over this. Orders posted to the "
                                            "API or ingested with the CLI are not checked.")
    authserv_ids: list[str] = Field([], description="The receiving mail servers whose Authentication-Results "
                                                    "headers (RFC 8601) are trusted, by their authserv-id (e.g. "
                                                    "`mx.google.com`, `mx.northwind-supply.example`); only the "
                                                    "topmost run of them is read, the ones our own servers added. "
                                                    "Others are ignored: anyone can write one.")
    verify_dkim: bool = Field(True, description="Verify the messages' DKIM signatures here, looking the keys up "
                                                "in DNS.")
    dns_servers: list[str] = Field([], description="The DNS servers the DKIM keys are looked up with, as "
                                                   "`address` or `address:port`; empty: the system's resolver.")
    dns_timeout_s: float = Field(5.0, gt=0, description="Seconds one DKIM key lookup may take; a lookup that "
                                                        "times out leaves the sender unknown (not verified).")
    trusted_relays: list[str] = Field([], description="Internal relays (IP addresses or networks, e.g. "
                                                      "`10.20.0.0/16`, or host names) whose mail is taken as "
                                                      "authenticated: the topmost Received header, which our own "
                                                      "server wrote, says which host handed the message over.")
    trusted_mailboxes: list[str] = Field([], description="Sources whose mail is taken as authenticated, because "
                                                         "whatever fills them checks the senders (or only internal "
                                                         "systems write to them): an IMAP mailbox's `name`, or "
                                                         "`maildir` for the local Maildir. `serve --demo` adds "
                                                         "`maildir`: the demo fills it with its own sample emails.")


STAGES = ("erp", "inventory", "routing", "shipping")


class WebhookConnectorConfig(BaseModel):
    """HTTP JSON to any system. Every request is signed with HMAC-SHA256 over the body with `secret`
    (or the one in the environment variable named by `secret_env`) and carries the stage's
    Idempotency-Key. `attempts` tries are made within one job run, `backoff_s` apart and doubling
    (with jitter); after that the job queue retries the job, and a job out of attempts is a dead letter."""

    url: str = Field("", description="One endpoint for every stage: the body's `stage` (and the "
                                     "`X-Order-Intake-Stage` header) says which.")
    urls: dict[str, str] = Field({}, description="A stage's own endpoint, winning over `url`, e.g. "
                                                 "`{shipping = \"https://carrier.example/hook\"}`.")
    secret: SecretStr | None = Field(None, description="The HMAC-SHA256 signing key itself, for tests and one-off "
                                                       "use; prefer `secret_env`.")
    secret_env: str | None = Field(None, description="The environment variable holding the HMAC-SHA256 signing "
                                                     "key; requests are always signed, so one of the two is needed.")
    signature_header: str = Field("X-Order-Intake-Signature", description="The header carrying "
                                                                          "`sha256=<hex HMAC of the raw body>`.")
    timeout_s: float = Field(10.0, description="Seconds one request may take.")
    attempts: int = Field(3, ge=1, description="Tries within one job run; after that the job queue retries "
                                               "the job, and a job out of attempts is a dead letter.")
    backoff_s: float = Field(0.5, description="Seconds before the second try, doubling (with jitter) after "
                                              "that.")
    backoff_max_s: float = Field(10.0, description="The longest wait between two tries within one job run.")

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

    outbox: Path = Field(Path("outbox"), description="The folder order files are written to; a relative path "
                                                     "is under `home`.")
    format: str = Field("json", pattern="^(csv|json|ubl|x12)$",
                        description="`json`, `csv`, `ubl` (UBL 2.1 Order) or `x12` (X12 850, version 004010).")
    x12_sender_id: str = Field("ORDERINTAKE", description="Our id in X12 files (ISA06 / GS02).")
    x12_receiver_id: str = Field("ERP", description="The receiver's id in X12 files (ISA08 / GS03).")


class ConnectorsConfig(BaseModel):
    """Which connector each stage uses, and each connector's settings. The file connector writes
    orders for an ERP to import, so it serves the ERP stage only."""

    erp: str = Field("builtin", pattern="^(builtin|webhook|file|tryton)$",
                     description="The connector the ERP stage books approved orders through.")
    inventory: str = Field("builtin", pattern="^(builtin|webhook|tryton)$",
                           description="The connector the inventory stage reserves stock through.")
    routing: str = Field("builtin", pattern="^(builtin|webhook|tryton)$",
                         description="The connector the routing stage picks warehouses and shipments through.")
    shipping: str = Field("builtin", pattern="^(builtin|webhook|tryton)$",
                          description="The connector the shipping stage books carriers through.")
    webhook: WebhookConnectorConfig = Field(WebhookConnectorConfig(), description="The webhook connector's "
                                                                                  "settings.")
    file: FileConnectorConfig = Field(FileConnectorConfig(), description="The file connector's settings.")
    # Read by orchestration/connectors/tryton.py (TrytonSettings: url, database, user, password_env, ...),
    # checked there when a stage uses Tryton; kept a plain table here so settings need not import it.
    tryton: dict[str, Any] = Field({}, description="The Tryton connector's settings (url, database, user, "
                                                   "password_env, warehouse, ...), checked when a stage uses "
                                                   "Tryton; see the connectors page.")


class Settings(BaseSettings):
    # "__" reaches into nested settings: ORDER_INTAKE_CONNECTORS__ERP=webhook.
    model_config = SettingsConfigDict(env_prefix="ORDER_INTAKE_", extra="ignore", env_nested_delimiter="__")

    home: Path = Field(Path("var"), description="The data folder: the SQLite file, the Maildir, the secret "
                                                "key, the page cache, a large catalog's index (`cache/`) and "
                                                "the file connector's outbox.")
    database_url: str = Field("", description="An SQLAlchemy URL, e.g. `postgresql+psycopg://orders@db/orders`; "
                                              "empty: SQLite at `<home>/order-intake.db`.")
    host: str = Field("127.0.0.1", description="The address `order-intake serve` listens on.")
    port: int = Field(8000, description="The port `order-intake serve` listens on.")

    # Intake
    maildir: Path | None = Field(None, description="The Maildir whose `new/` is watched; none: `<home>/mail`.")
    poll_interval_s: float = Field(0.5, description="Seconds between two looks at the Maildir's `new/`. Listing "
                                                    "it is cheap, and this interval is most of the time from an "
                                                    "email's arrival to its shipment in the embedded default "
                                                    "(`bench/arrival_to_shipped.py`).")
    max_message_bytes: int = Field(100 * 1024 * 1024, description="A bigger message posted to the API is "
                                                                  "refused with 413; one from a mailbox is kept "
                                                                  "raw, in error, and not read.")
    max_attachment_bytes: int = Field(50 * 1024 * 1024, description="A bigger attachment is refused, with a "
                                                                    "reason on its document.")
    zip_max_members: int = Field(50, description="A zip attachment with more members is not opened.")
    zip_max_total_bytes: int = Field(50 * 1024 * 1024, description="A zip attachment expanding past this is not "
                                                                   "opened.")
    zip_max_ratio: int = Field(100, description="A zip attachment expanding more than this many times its size "
                                                "is not opened (a zip bomb).")
    # Reading: what one part may cost to read (ReadLimits); over a limit, the order waits for a clerk as
    # "too large to read", its raw message kept.
    max_text_chars: int = Field(READ_LIMITS.max_text_chars, ge=1,
                                description="A plain-text body (or text or CSV attachment) with more characters is "
                                            "not read: its order waits for a clerk as too large to read.")
    max_html_chars: int = Field(READ_LIMITS.max_html_chars, ge=1,
                                description="An HTML body or attachment with more characters (markup included) is "
                                            "not read: its order waits for a clerk as too large to read.")
    max_order_lines: int = Field(READ_LIMITS.max_order_lines, ge=1,
                                 description="At most this many lines are read into one order; an order with more "
                                             "waits for a clerk as too large to read whole.")
    max_edi_segments: int = Field(READ_LIMITS.max_edi_segments, ge=1,
                                  description="An X12 or EDIFACT file with more segments is not read: its order "
                                              "waits for a clerk as too large to read.")
    max_edi_transactions: int = Field(READ_LIMITS.max_edi_transactions, ge=1,
                                      description="An X12 or EDIFACT file holding more orders (transaction sets, "
                                                  "ORDERS messages) is not read: it waits for a clerk as too "
                                                  "large to read.")
    supplier_domains: list[str] = Field(["northwind-supply.example"],
                                        description="Our own domains: mail from them is a forward, and the "
                                                    "customer is the original sender.")
    mailboxes: list[MailboxConfig] = Field([], description="IMAP mailboxes to watch (`[[mailboxes]]` tables); "
                                                           "each runs on its own, so a broken one never stops "
                                                           "the others.")
    imap_backoff_max_s: float = Field(300.0, description="The longest wait between two reconnects to a mailbox "
                                                         "(exponential backoff with jitter).")

    sender_auth: SenderAuthConfig = Field(SenderAuthConfig(), description="Sender authentication of emailed "
                                                                          "orders (`[sender_auth]`).")

    # Decision: precision first, so only evidence this strong lets an order through untouched.
    auto_approve_min_confidence: float = Field(0.95, description="An order is approved untouched only when it "
                                                                 "has no review reason and the customer and "
                                                                 "every line reach this confidence (header "
                                                                 "fields have floors of their own).")
    fuzzy_min_score: float = Field(70.0, description="The lowest fuzzy score (0-100) a catalog candidate needs "
                                                     "to be proposed for a line, unless it stands far above every "
                                                     "other product the description may mean (a doubtful "
                                                     "match either way: never approved untouched).")
    price_tolerance: Decimal = Field(Decimal("0.02"), description="How far (a fraction: 0.02 is 2 %) a "
                                                                  "printed price may be from the contract (or "
                                                                  "list) price before it is a doubt.")

    # Workers
    embedded_worker: bool = Field(True, description="Run a worker inside `order-intake serve`; false when "
                                                    "separate `order-intake worker` processes run.")
    embedded_maildir_poller: bool = Field(True, description="Watch the Maildir inside `order-intake serve`.")
    job_lease_s: int = Field(60, description="Seconds a claimed job is held; a heartbeat renews it while the job "
                                             "runs, and a dead worker's job comes back when it expires.")
    worker_poll_interval_s: float = Field(0.5, gt=0, description="How often an idle worker looks at the queue; "
                                                                 "on PostgreSQL it is also woken at once "
                                                                 "(LISTEN/NOTIFY).")
    job_max_attempts: int = Field(5, description="A job our own code keeps failing on is dead-lettered after "
                                                 "this many attempts, and its order waits in review.")
    job_retry_window_s: float = Field(86400.0, ge=0,
                                      description="An outage of the system a stage talks to (refused "
                                                  "connection, timeout, 5xx) is retried, with backoff up to 5 "
                                                  "minutes, for this long before its attempts count: an ERP down "
                                                  "for an hour leaves orders waiting, not dead-lettered. 0 counts "
                                                  "every failed attempt.")
    job_batch_size: int = Field(20, ge=1, le=500,
                                description="Jobs of a stage whose connector writes only to our database run "
                                            "this many to a transaction (1 turns batching off); stages that call "
                                            "out always run one job per transaction.")

    worker_connector_slots: int = Field(1, ge=0, le=32,
                                        description="Connector lanes per worker process (and in `serve`'s "
                                                    "embedded worker): threads that run only the stages that "
                                                    "call another system (webhook, Tryton, file, the SMTP "
                                                    "acknowledgement). The process's message lane runs intake, "
                                                    "reading, decision and the in-database stages and never "
                                                    "claims a call-out job, so a hanging ERP cannot hold up a "
                                                    "new message. 0: one lane runs every job (as before).")
    connector_breaker_failures: int = Field(3, ge=1,
                                            description="A connector that fails (timeout, refused connection, "
                                                        "5xx) this many times in a row is opened: not called "
                                                        "for a cool-down; its jobs wait, their attempts not "
                                                        "counted.")
    connector_breaker_cooldown_s: float = Field(30.0, gt=0,
                                                description="The first cool-down of an open connector; then one "
                                                            "trial call (half open) closes it or opens it again "
                                                            "for twice as long.")
    connector_breaker_cooldown_max_s: float = Field(600.0, gt=0,
                                                    description="The longest cool-down, however often a "
                                                                "connector's trial call fails.")

    # Connectors: which system each stage talks to ([connectors] in the TOML file)
    connectors: ConnectorsConfig = Field(ConnectorsConfig(), description="Which connector each stage uses, and "
                                                                         "each connector's settings.")

    # Logs
    log_format: str = Field("text", pattern="^(text|json)$",
                            description="`text` for a terminal; `json` (one object per line, with the order, "
                                        "message and job ids) for a log collector.")
    log_level: str = Field("INFO", description="The lowest level logged (`DEBUG`, `INFO`, `WARNING`, ...).")

    # Acknowledgements to buyers, and the read-only status page their emails link to
    smtp: SmtpConfig = Field(SmtpConfig(), description="The SMTP server acknowledgements go out through.")
    public_base_url: str = Field("http://127.0.0.1:8000", description="How buyers reach the service: the "
                                                                      "`/status/<token>` link in the emails; an "
                                                                      "https address also makes the login "
                                                                      "cookie Secure.")

    # Web
    secret_key: str = Field("", description="The key signing the review screen's cookies; empty: one is "
                                            "generated once and kept in `<home>/secret_key`.")
    secure_cookies: bool | None = Field(None, description="Send the login cookie over HTTPS only. Unset: when "
                                                          "`public_base_url` is https; true behind a TLS proxy "
                                                          "reached by another name, false only for a test "
                                                          "setup.")
    claim_minutes: float = Field(15.0, description="How long an order a clerk opened stays claimed by them "
                                                   "without activity.")
    minutes_per_order: float = Field(5.0, description="The dashboard's savings: the manual entry time each "
                                                      "touchless order saves.")
    hourly_cost: Decimal = Field(Decimal("25"), description="The dashboard's savings: a clerk's loaded hourly "
                                                            "cost.")
    demo_dir: Path = Field(REPO_ROOT / "demo", description="Where `serve --demo` reads the demo master data and "
                                                           "emails.")

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
                          self.zip_max_ratio, max_message_bytes=self.max_message_bytes)

    def read_limits(self) -> ReadLimits:
        return ReadLimits(self.max_text_chars, self.max_html_chars, self.max_order_lines, self.max_edi_segments,
                          self.max_edi_transactions)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'order-intake.db').resolve()}"

    @property
    def cache_dir(self) -> Path:
        """What may be made again from the database and is kept to save the time (a large catalog's index)."""
        return self.home / "cache"

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
