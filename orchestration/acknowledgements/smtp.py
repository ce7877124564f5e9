"""The transport of acknowledgements: one SMTP conversation per email (smtplib), with the server's
refusals (5xx: retrying cannot help) told apart from outages (anything an operator can fix: retried)."""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from email.message import EmailMessage

from config import Settings, SmtpConfig
from orchestration.connectors.base import TransientError


class Refused(Exception):
    """The SMTP server refused this email for good (5xx): retrying cannot help."""


class Acknowledger:
    """Sends acknowledgements through the configured SMTP server (smtplib)."""

    def __init__(self, smtp: SmtpConfig, public_base_url: str, supplier_domains: list[str]) -> None:
        self.smtp = smtp
        self.public_base_url = public_base_url
        self.supplier_domains = {d.lower() for d in supplier_domains}
        self._tls: ssl.SSLContext | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Acknowledger | None:
        """None when no SMTP host is configured: then no acknowledgement is queued for accepted orders."""
        if not settings.smtp.host:
            return None
        return cls(settings.smtp, settings.public_base_url, settings.supplier_domains)

    @property
    def max_attempts(self) -> int:
        return self.smtp.max_attempts

    def message_id(self, key: str) -> str:
        """Derived from the acknowledgement's key: a retried send carries the same Message-ID."""
        domain = self.smtp.from_addr.rpartition("@")[2] or "localhost"
        return f"<ack-{hashlib.sha256(key.encode()).hexdigest()[:32]}@{domain}>"

    def tls_context(self) -> ssl.SSLContext:
        """Made once: loading the system's CA bundle costs more than sending an email."""
        if self._tls is None:
            self._tls = ssl.create_default_context(cafile=str(self.smtp.ca_file) if self.smtp.ca_file else None)
        return self._tls

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Hand one email to the server. TransientError: try again later; Refused: the server said no."""
        cfg = self.smtp
        try:
            client: smtplib.SMTP
            if cfg.security == "tls":
                client = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_s, context=self.tls_context())
            else:
                client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_s)
            with client:
                if cfg.security == "starttls":
                    # Raises when the server does not offer it: never in clear.
                    client.starttls(context=self.tls_context())
                if cfg.user:
                    client.login(cfg.user, cfg.secret() or "")
                client.send_message(message, from_addr=cfg.from_addr, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if codes and all(code >= 500 for code in codes):
                raise Refused(f"the SMTP server refused {recipient}: {_answers(exc.recipients)}") from None
            raise TransientError(f"the SMTP server deferred {recipient}: {_answers(exc.recipients)}") from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            answer = f"{exc.smtp_code} {_text(exc.smtp_error)}"
            if exc.smtp_code >= 500:
                raise Refused(f"the SMTP server refused the email: {answer}") from None
            raise TransientError(f"the SMTP server deferred the email: {answer}") from None
        except (smtplib.SMTPException, OSError, ValueError) as exc:
            # Down, unreachable, TLS or login trouble, a missing password: an operator can fix all of these,
            # so the email waits and is retried rather than lost. The password never appears in the text.
            raise TransientError(f"SMTP {cfg.host}:{cfg.port}: {type(exc).__name__}: {exc}") from None


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _answers(recipients: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{code} {_text(text)}" for code, text in recipients.values())
