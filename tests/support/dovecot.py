"""A private Dovecot IMAP server for the tests, started by scripts/services.sh on free ports."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from tests.support.environment import REPO, answers, free_port


class Dovecot:
    """A private Dovecot IMAP server on 127.0.0.1 (plain IMAP and IMAPS), with two users."""

    USERS = {"orders": "orders-pass", "other": "other-pass"}

    def __init__(self, folder: Path) -> None:
        self.folder, self.port, self.ssl_port = folder, free_port(), free_port()
        self.cafile = folder / "cert.pem"

    def start(self) -> None:
        env = {**os.environ, "DOVECOT_USERS": " ".join(f"{u}:{p}" for u, p in self.USERS.items()),
               "DOVECOT_SSL_PORT": str(self.ssl_port)}
        done = subprocess.run(["bash", str(REPO / "scripts" / "services.sh"), "start_dovecot", str(self.port),
                               str(self.folder)], env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {done.stderr[-800:]}")

    def stop(self) -> None:
        """A clean shutdown (scripts/services.sh): seconds, and sessions already open go on for a while."""
        subprocess.run(["bash", str(REPO / "scripts" / "services.sh"), "stop_dovecot", str(self.folder)],
                       capture_output=True)

    def kill(self, timeout: float = 10.0) -> None:
        """Gone at once, as in a crash: every Dovecot process of this instance killed, its ports closed.

        A clean stop takes Dovecot two to three seconds, and an imap process serving a client that keeps
        talking (a mailbox in its IDLE loop) outlives it by tens of seconds, so a client would not see the
        outage until then."""
        pid_file = self.folder / "run" / "master.pid"
        try:
            master = int(pid_file.read_text())
        except (OSError, ValueError):
            return
        # Dovecot daemonizes into a session of its own: the master leads the process group of every
        # process it starts (logins, imap sessions, auth, log), including those still serving clients.
        if _process_group(master) == master:
            try:
                os.killpg(master, signal.SIGKILL)
            except ProcessLookupError:
                pass
        pid_file.unlink(missing_ok=True)  # a killed master may linger unreaped, and would look running
        deadline = time.monotonic() + timeout
        while answers("127.0.0.1", self.port) or answers("127.0.0.1", self.ssl_port):
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot still listening {timeout} s after it was killed")
            time.sleep(0.02)

    def client(self, user: str = "orders"):  # type: ignore[no-untyped-def]
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, self.USERS[user])
        return client

    def append(self, raw: bytes, folder: str = "INBOX", user: str = "orders") -> None:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, raw)

    def count(self, folder: str = "INBOX", user: str = "orders") -> int:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                return 0
            return int(c.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def mailbox(self, name: str = "orders", user: str = "orders", **overrides: object):  # type: ignore[no-untyped-def]
        from pydantic import SecretStr

        from config import MailboxConfig

        values: dict[str, object] = {"name": name, "host": "127.0.0.1", "port": self.port, "security": "none",
                                     "user": user, "password": SecretStr(self.USERS.get(user, "x")),
                                     "poll_interval_s": 1.0, "timeout_s": 5.0}
        values.update(overrides)
        return MailboxConfig(**values)  # type: ignore[arg-type]


def _process_group(pid: int) -> int | None:
    """The process group of a running process (None when there is no such process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[2])  # after "pid (comm)": state, ppid, pgrp
