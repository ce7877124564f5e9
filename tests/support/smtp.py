"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1) and what it received: the acknowledgements,
questions and EDI answers the app sends by email."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    """What the SMTP server received: (envelope recipients, parsed message)."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        content = envelope.content  # type: ignore[attr-defined]
        self.received.append((list(envelope.rcpt_tos),  # type: ignore[attr-defined]
                              message_from_bytes(content, policy=policy.default)))  # type: ignore[arg-type]
        return "250 OK"


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port, self.inbox = port, Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
