"""Local Maildir source: files in new/ are handed to intake, then moved to cur/ after commit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from models.schemas import MessageSource

log = logging.getLogger(__name__)

Accept = Callable[[bytes, MessageSource], object]


def ensure_maildir(root: Path) -> None:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)


def poll_once(root: Path, accept: Accept) -> int:
    """Hand every message in new/ to `accept`; move it to cur/ only after `accept` returned.

    `accept` commits the raw message before returning, so a crash between the two steps leaves the
    file in new/ and the next poll offers it again; deduplication makes that harmless.
    """
    ensure_maildir(root)
    count = 0
    for path in sorted((root / "new").iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            raw = path.read_bytes()
            accept(raw, MessageSource("maildir", path=str(path)))
        except Exception:
            # Leave it in new/ to be retried; one unreadable file must not stop the others.
            log.exception("could not ingest %s", path)
            continue
        path.rename(root / "cur" / f"{path.name}:2,S")
        count += 1
    return count
