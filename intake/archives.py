"""Containers found in mail: zip archives, TNEF winmail.dat and Outlook .msg, opened into their files.

Each opener returns plain data (a `Container`) and knows nothing of parts; `intake.mime` turns the
contents into parts. A zip is read through a bounded stream: a zip bomb costs at most the configured
number of bytes and is refused as a whole with a sentence a clerk can read.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from intake.charsets import decode_bytes

_CHUNK = 64 * 1024
# Small members compress well without being bombs (a CSV of zeros); the ratio is checked above this.
RATIO_FLOOR_BYTES = 1024 * 1024


class ArchiveRefused(Exception):
    """The archive exceeds a limit; the message is a sentence naming what and which limit."""


class ArchiveUnreadable(Exception):
    """The archive is damaged or not what its name says."""


@dataclass
class Container:
    """What a container held: a body, files, messages inside it, and what could not be read."""

    sender: str | None = None  # "Name <addr>" as the container wrote it
    body_text: str | None = None
    body_html: str | None = None
    files: list[tuple[str, bytes]] = field(default_factory=list)
    nested: list[Container] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ZipBudget:
    """What all archives of one message may still expand to, so nested zips share one limit."""

    max_members: int
    max_total_bytes: int
    max_ratio: int
    used_members: int = 0
    used_bytes: int = 0


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"


def _junk(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.parts[:1] == ("__MACOSX",) or path.name.startswith(".") or path.name in ("Thumbs.db", "desktop.ini")


def zip_members(data: bytes, budget: ZipBudget) -> Container:
    """The files in a zip, or ArchiveRefused before more than the budget was decompressed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir() and not _junk(i.filename)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ArchiveUnreadable(f"not a readable zip archive ({exc})") from exc
    if budget.used_members + len(infos) > budget.max_members:
        raise ArchiveRefused(f"zip bomb refused: {len(infos)} members, limit {budget.max_members}")
    declared = sum(i.file_size for i in infos)
    room = budget.max_total_bytes - budget.used_bytes
    if declared > room:
        raise ArchiveRefused(f"zip bomb refused: {len(infos)} members would expand to {human_size(declared)}, "
                             f"limit {human_size(budget.max_total_bytes)}")
    out = Container()
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/")).name
        if info.flag_bits & 0x1:
            out.notes.append(f"{name}: encrypted zip member not read")
            continue
        ceiling = max(RATIO_FLOOR_BYTES, max(info.compress_size, 1) * budget.max_ratio)
        if info.file_size > ceiling:
            ratio = info.file_size // max(info.compress_size, 1)
            raise ArchiveRefused(f"zip bomb refused: {name} would expand {ratio} times its compressed size "
                                 f"(to {human_size(info.file_size)}), limit {budget.max_ratio} times")
        content = bytearray()
        try:
            with archive.open(info) as stream:
                # Never trust the declared size: stop reading as soon as a limit is passed.
                while chunk := stream.read(_CHUNK):
                    content += chunk
                    if len(content) > room:
                        raise ArchiveRefused(f"zip bomb refused: {name} expands beyond the "
                                             f"{human_size(budget.max_total_bytes)} limit")
                    if len(content) > ceiling:
                        raise ArchiveRefused(f"zip bomb refused: {name} expands more than {budget.max_ratio} "
                                             f"times its compressed size, limit {budget.max_ratio} times")
        except ArchiveRefused:
            raise
        except Exception as exc:  # bad CRC, truncated data, unsupported compression: skip this member
            out.notes.append(f"{name}: zip member could not be read ({type(exc).__name__})")
            continue
        room -= len(content)
        out.files.append((name, bytes(content)))
    # Only an archive that was accepted as a whole uses up the message's budget.
    budget.used_bytes += sum(len(content) for _, content in out.files)
    budget.used_members += len(out.files)
    return out


def _text(value: Any, codepage: str | None = None) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = decode_bytes(value, codepage)
    text = str(value).replace("\x00", "")
    return text if text.strip() else None


def _tnef_container(tnef: Any, depth: int) -> Container:
    out = Container(body_text=_text(tnef.body, tnef.codepage), body_html=_text(tnef.htmlbody, tnef.codepage))
    if out.body_text is None and out.body_html is None and getattr(tnef, "_rtfbody", None):
        out.notes.append("winmail.dat: the body is only in RTF and was not read")
    for attachment in tnef.attachments:
        name = _text(attachment.long_filename(), tnef.codepage) or "attachment"
        embedded = getattr(attachment, "embed", None)
        if embedded is not None and depth < 20:
            out.nested.append(_tnef_container(embedded, depth + 1))
        elif isinstance(attachment.data, bytes) and attachment.data:
            out.files.append((name.strip(), attachment.data))
    return out


def tnef_contents(data: bytes) -> Container:
    """The body and files inside a TNEF (winmail.dat) stream."""
    from tnefparse.tnef import TNEF

    try:
        # Checksums only log warnings in tnefparse; a damaged stream fails below or yields less.
        return _tnef_container(TNEF(data, do_checksum=False), 0)
    except Exception as exc:
        raise ArchiveUnreadable(f"not a readable TNEF stream ({type(exc).__name__}: {exc})") from exc


def _msg_container(msg: Any, depth: int) -> Container:
    out = Container(sender=_text(getattr(msg, "sender", None)), body_text=_text(getattr(msg, "body", None)))
    try:
        out.body_html = _text(msg.htmlBody)
    except Exception:  # the HTML body is rebuilt from RTF on demand and that may fail; text is enough
        out.body_html = None
    for attachment in msg.attachments:
        name = (getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None)
                or getattr(attachment, "name", None) or "attachment")
        try:
            payload = attachment.data
        except Exception as exc:
            out.notes.append(f"{name}: attachment inside .msg could not be read ({type(exc).__name__})")
            continue
        if isinstance(payload, bytes):
            out.files.append((str(name).replace("\x00", "").strip(), payload))
        elif hasattr(payload, "attachments") and depth < 20:
            out.nested.append(_msg_container(payload, depth + 1))
    return out


def msg_contents(data: bytes) -> Container:
    """The sender, body and attachments of an Outlook .msg file."""
    import extract_msg

    msg = None
    try:
        msg = extract_msg.openMsg(data, strict=False)
        return _msg_container(msg, 0)
    except Exception as exc:
        raise ArchiveUnreadable(f"not a readable Outlook message ({type(exc).__name__}: {exc})") from exc
    finally:
        if msg is not None:
            try:
                msg.close()
            except Exception:  # closing a half-read file must not hide what was read
                pass
