"""MIME containers: zip archives within limits, TNEF winmail.dat, Outlook .msg, attachment size limit."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

from config import MimeLimits
from intake.mime import parse_message

CSV = b"sku,qty\nABC-123,10\n"


def _message(body: str = "Order attached.\n", sender: str = "Jane Buyer <jane@acme-retail.example>") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = "PO 123"
    msg.set_content(body)
    return msg


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


def _with_attachment(data: bytes, filename: str, mime: tuple[str, str] = ("application", "octet-stream"),
                     body: str = "Order attached.\n") -> bytes:
    msg = _message(body)
    msg.add_attachment(data, maintype=mime[0], subtype=mime[1], filename=filename)
    return msg.as_bytes(policy=SMTP)


def _streamed_zero_bomb(megabytes: int) -> bytes:
    """A zip whose one member expands to `megabytes` MB of zeros, written a megabyte at a time."""
    buf = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.csv", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return buf.getvalue()


# ---------------------------------------------------------------- zip


def test_mime_zip_members_become_attachment_parts():
    """GIVEN an order email with a zip holding a CSV and a PDF (and macOS junk)
    WHEN it is parsed
    THEN each real member is an attachment part with its own name and guessed media type."""
    data = _zip({"orders/po-123.csv": CSV, "po-123.pdf": b"%PDF-1.4 x", "__MACOSX/._po-123.csv": b"junk"})
    parsed = parse_message(_with_attachment(data, "orders.zip", ("application", "zip")))
    attachments = [(p.role, p.media_type, p.filename, p.content) for p in parsed.parts if p.role == "attachment"]
    assert attachments == [
        ("attachment", "text/csv", "po-123.csv", CSV),
        ("attachment", "application/pdf", "po-123.pdf", b"%PDF-1.4 x"),
    ]
    assert parsed.error is None


def test_mime_zip_bomb_refused_with_reason_and_bounded_memory():
    """GIVEN a zip whose one member is 200 MB of zeros, built in the test a megabyte at a time
    WHEN the zip is the only thing in the message
    THEN no part comes from it, the error names the file, the size and the limit, and parsing it
    allocated only a few megabytes and took well under a second or two."""
    bomb = _streamed_zero_bomb(200)
    assert len(bomb) < 1024 * 1024
    raw = _with_attachment(bomb, "order.zip", ("application", "zip"), body="")
    tracemalloc.start()
    started = time.monotonic()
    parsed = parse_message(raw)
    elapsed = time.monotonic() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [p for p in parsed.parts if p.role == "attachment"] == []
    assert parsed.error == "order.zip: zip bomb refused: 1 members would expand to 200 MB, limit 50 MB"
    assert peak < 20 * 1024 * 1024
    assert elapsed < 5


def test_mime_zip_bomb_with_lying_sizes_costs_bounded_memory():
    """GIVEN a zip bomb whose headers claim its member is 1000 bytes (it really holds 60 MB of zeros)
    WHEN it is parsed
    THEN reading stops at the declared size: the member is skipped with a defect, memory stays small."""
    bomb = bytearray(_streamed_zero_bomb(60))
    # The central directory says how big each member is; make it claim 1000 bytes (offset 24 of the entry).
    entry = bomb.rindex(b"PK\x01\x02")
    assert struct.unpack_from("<I", bomb, entry + 24)[0] == 60 * 1024 * 1024
    struct.pack_into("<I", bomb, entry + 24, 1000)
    assert zipfile.ZipFile(io.BytesIO(bytes(bomb))).infolist()[0].file_size == 1000
    tracemalloc.start()
    parsed = parse_message(_with_attachment(bytes(bomb), "order.zip", ("application", "zip")))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 20 * 1024 * 1024
    assert not any(p.filename == "zeros.csv" and len(p.content) > 1000 for p in parsed.parts)
    assert any("zeros.csv" in d for d in parsed.defects) or parsed.error


def test_mime_zip_ratio_limit_refuses_highly_compressed_member():
    """GIVEN a 2 MB member of zeros (compressing about a thousand times) next to a readable body
    WHEN it is parsed with the default ratio limit of 100
    THEN the zip yields no part, the reason is a defect (the body holds something), error stays unset."""
    raw = _with_attachment(_zip({"zeros.csv": bytes(2 * 1024 * 1024)}), "order.zip", ("application", "zip"),
                           body="10 x ABC-123\n")
    parsed = parse_message(raw)
    assert [p.role for p in parsed.parts] == ["body_text"]
    assert parsed.error is None
    assert any(d.startswith("order.zip: zip bomb refused: zeros.csv would expand") and "limit 100 times" in d
               for d in parsed.defects)


def test_mime_zip_member_count_limit():
    """GIVEN a zip of 6 small CSV files
    WHEN it is parsed with zip_max_members=5
    THEN it is refused as a whole, saying how many members and the limit."""
    data = _zip({f"po-{i}.csv": CSV for i in range(6)})
    parsed = parse_message(_with_attachment(data, "many.zip", body=""), MimeLimits(zip_max_members=5))
    assert parsed.parts == [] or all(p.role != "attachment" for p in parsed.parts)
    assert parsed.error == "many.zip: zip bomb refused: 6 members, limit 5"


def test_mime_nested_zips_share_one_budget():
    """GIVEN a zip holding two zips of 3 CSV files each
    WHEN parsed with zip_max_members=5
    THEN the first inner zip is opened and the second refused: nesting cannot multiply the limit."""
    inner = _zip({f"po-{i}.csv": CSV for i in range(3)})
    outer = _zip({"a.zip": inner, "b.zip": inner})
    parsed = parse_message(_with_attachment(outer, "outer.zip", body="see zip\n"), MimeLimits(zip_max_members=5))
    assert [p.filename for p in parsed.parts if p.role == "attachment"] == ["po-0.csv", "po-1.csv", "po-2.csv"]
    assert any(d.startswith("b.zip: zip bomb refused") for d in parsed.defects)


def test_mime_unreadable_zip_is_kept_as_it_came():
    """GIVEN an attachment named .zip that is not a zip
    WHEN it is parsed
    THEN the attachment is kept unchanged (nothing dropped) and a defect says why it was not opened."""
    parsed = parse_message(_with_attachment(b"not a zip at all", "order.zip", ("application", "zip")))
    assert [(p.filename, p.content) for p in parsed.parts if p.role == "attachment"] == [
        ("order.zip", b"not a zip at all")]
    assert any(d.startswith("order.zip: not a readable zip") for d in parsed.defects)


# ---------------------------------------------------------------- attachment size


def test_mime_oversized_attachment_alone_is_the_error():
    """GIVEN a message whose only content is a 1500-byte PDF
    WHEN parsed with max_attachment_bytes=1000
    THEN no part is kept and the error names the file, its size and the limit."""
    parsed = parse_message(_with_attachment(b"%PDF" + bytes(1496), "big.pdf", ("application", "pdf"), body=""),
                           MimeLimits(max_attachment_bytes=1000))
    assert [p for p in parsed.parts if p.content.strip()] == []
    assert parsed.error == "big.pdf: attachment of 1.5 KB exceeds the 1000 bytes limit"


def test_mime_oversized_attachment_beside_content_is_a_defect():
    """GIVEN an order body and a 1500-byte PDF
    WHEN parsed with max_attachment_bytes=1000
    THEN the body is kept, the PDF skipped, the reason is a defect and error is unset."""
    parsed = parse_message(_with_attachment(bytes(1500), "big.pdf", ("application", "pdf"), body="10 x ABC-1\n"),
                           MimeLimits(max_attachment_bytes=1000))
    assert [p.role for p in parsed.parts] == ["body_text"]
    assert parsed.error is None
    assert "big.pdf: attachment of 1.5 KB exceeds the 1000 bytes limit" in parsed.defects


def test_mime_default_attachment_limit_is_50_mb():
    """GIVEN the default limits
    WHEN they are read
    THEN they are the documented ones (50 MB attachment, 50 members, 50 MB expanded, ratio 100)."""
    limits = MimeLimits()
    assert (limits.max_attachment_bytes, limits.zip_max_members, limits.zip_max_total_bytes,
            limits.zip_max_ratio) == (50 * 1024 * 1024, 50, 50 * 1024 * 1024, 100)


# ---------------------------------------------------------------- TNEF


def _tnef_attribute(level: int, name: int, kind: int, data: bytes) -> bytes:
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def _tnef(body: bytes, files: dict[str, bytes]) -> bytes:
    """A minimal TNEF stream written by hand after MS-OXTNEF: signature, key, then attributes."""
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _tnef_attribute(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))  # attTnefVersion
    out += _tnef_attribute(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))  # attOemCodepage
    out += _tnef_attribute(1, 0x800C, 0x0002, body)  # attBody
    for name, data in files.items():
        out += _tnef_attribute(2, 0x9002, 0x0006, bytes(14))  # attAttachRendData starts an attachment
        out += _tnef_attribute(2, 0x8010, 0x0001, name.encode() + b"\x00")  # attAttachTitle
        out += _tnef_attribute(2, 0x800F, 0x0006, data)  # attAttachData
    return out


def test_mime_tnef_winmail_dat_attachments_and_body_become_parts():
    """GIVEN an Outlook message whose attachments travel in winmail.dat (application/ms-tnef)
    WHEN it is parsed
    THEN the TNEF body is a body_text part and each file inside is an attachment with its name and type."""
    tnef = _tnef(b"Please ship 10 x ABC-123\r\n", {"po-77.csv": CSV, "po-77.pdf": b"%PDF-1.4 y"})
    parsed = parse_message(_with_attachment(tnef, "winmail.dat", ("application", "ms-tnef"), body=""))
    assert ("body_text", "Please ship 10 x ABC-123\r\n") in [(p.role, p.content.decode()) for p in parsed.parts]
    assert [(p.media_type, p.filename, p.content) for p in parsed.parts if p.role == "attachment"] == [
        ("text/csv", "po-77.csv", CSV), ("application/pdf", "po-77.pdf", b"%PDF-1.4 y")]
    assert parsed.original_from_addr is None


def test_mime_broken_tnef_is_kept_with_a_defect():
    """GIVEN a winmail.dat that is not TNEF
    WHEN it is parsed
    THEN it is kept as an attachment and a defect names it."""
    parsed = parse_message(_with_attachment(b"garbage", "winmail.dat", ("application", "ms-tnef")))
    assert [p.filename for p in parsed.parts if p.role == "attachment"] == ["winmail.dat"]
    assert any(d.startswith("winmail.dat: not a readable TNEF") for d in parsed.defects)


# ---------------------------------------------------------------- Outlook .msg


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _msg(sender: str, body: str, files: dict[str, bytes]) -> bytes:
    """A minimal Outlook .msg (MS-OXMSG) written with extract_msg's own OLE writer."""
    from extract_msg.ole_writer import OleWriter

    def properties(header: bytes, entries: list[tuple[int, bytes]]) -> bytes:
        return header + b"".join(struct.pack("<IIII", tag, 6, len(data), 0) for tag, data in entries)

    writer = OleWriter()
    strings = {0x001A: "IPM.Note", 0x0037: "PO 4711", 0x1000: body, 0x0C1F: sender, 0x0C1A: "Bob Birch",
               0x0C1E: "SMTP", 0x5D01: sender}
    for pid, text in strings.items():
        writer.addEntry(f"__substg1.0_{pid:04X}001F", _utf16(text))
    header = bytes(8) + struct.pack("<IIII", 0, len(files), 0, len(files)) + bytes(8)
    writer.addEntry("__properties_version1.0",
                    properties(header, [((pid << 16) | 0x1F, _utf16(t)) for pid, t in strings.items()]))
    for n, (name, data) in enumerate(files.items()):
        folder = f"__attach_version1.0_#{n:08X}"
        writer.addEntry([folder, "__substg1.0_3707001F"], _utf16(name))
        writer.addEntry([folder, "__substg1.0_37010102"], data)
        method = struct.pack("<IIII", (0x3705 << 16) | 0x0003, 6, 1, 0)  # PR_ATTACH_METHOD = by value
        writer.addEntry([folder, "__properties_version1.0"],
                        properties(bytes(8) + method, [((0x3707 << 16) | 0x1F, _utf16(name)),
                                                       ((0x3701 << 16) | 0x0102, data)]))
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(["__nameid_version1.0", f"__substg1.0_{stream}"], b"")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_mime_outlook_msg_attachment_opens_into_parts():
    """GIVEN a salesperson's email with the buyer's order attached as an Outlook .msg
    WHEN it is parsed
    THEN the .msg's body and its CSV are parts and the buyer is the original sender."""
    msg = _msg("bob@birch.example", "Please ship:\r\n10 x ABC-123\r\n", {"order.csv": CSV})
    raw = _with_attachment(msg, "PO 4711.msg", ("application", "vnd.ms-outlook"), body="FYI\n")
    parsed = parse_message(raw)
    assert "10 x ABC-123" in "".join(p.content.decode() for p in parsed.parts if p.role == "body_text")
    assert [(p.media_type, p.filename, p.content) for p in parsed.parts if p.role == "attachment"] == [
        ("text/csv", "order.csv", CSV)]
    assert parsed.original_from_addr == "bob@birch.example"


def test_mime_broken_msg_is_kept_with_a_defect():
    """GIVEN an attachment named .msg that is not an Outlook message
    WHEN it is parsed
    THEN it is kept as it came and a defect says it could not be read."""
    parsed = parse_message(_with_attachment(b"nope" * 600, "order.msg"))
    assert [p.filename for p in parsed.parts if p.role == "attachment"] == ["order.msg"]
    assert any(d.startswith("order.msg: not a readable Outlook message") for d in parsed.defects)
