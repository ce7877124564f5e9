"""A document that arrives alone (a file on disk, for `order-intake extract`) is split exactly as the same
file attached to a message with a generic type would be, without writing and re-parsing a message."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from config import MimeLimits
from intake.mime import parse_document, parse_message

CSV_CP1252 = "Artikel;Bezeichnung;Menge\nKRB-07;Weidenkorb groß;12\n".encode("cp1252")


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _attached(name: str, data: bytes, limits: MimeLimits = MimeLimits()):  # type: ignore[no-untyped-def]  # noqa: B008
    msg = EmailMessage()
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return parse_message(msg.as_bytes(policy=SMTP), limits)


@pytest.mark.parametrize(("name", "data"), [
    ("bestellung.csv", CSV_CP1252),  # a text type: its charset repaired to UTF-8
    ("po.edi", b"ISA*00*          *00*          *ZZ*BUYER~"),  # no type known by name
    ("orders.zip", _zip({"a.csv": b"sku,qty\nKRB-07,3\n", "notes/b.txt": b"deliver Monday\n"})),  # opened
    ("order.zip", b"not a zip at all"),  # kept as it came, with a defect
    ("../../etc/po.pdf", b"%PDF-1.4 ..."),  # a name, not a path
])
def test_a_document_alone_gives_the_parts_it_gives_as_a_message_s_only_attachment(name: str, data: bytes) -> None:
    alone, attached = parse_document(name, data), _attached(name, data)
    assert alone.parts == attached.parts
    assert (alone.defects, alone.refused, alone.error) == (attached.defects, attached.refused, attached.error)
    assert alone.parts


def test_a_document_over_the_size_limit_is_refused_with_the_message_s_sentence() -> None:
    limits = MimeLimits(max_attachment_bytes=1000)
    alone, attached = parse_document("big.pdf", b"%PDF" + bytes(2000), limits), _attached("big.pdf",
                                                                                         b"%PDF" + bytes(2000), limits)
    assert alone.parts == [] and alone.error == attached.error and "exceeds" in (alone.error or "")
