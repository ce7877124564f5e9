"""Text decoding for mail as people send it: wrong or unknown declared charsets, raw 8-bit headers."""

from __future__ import annotations

import codecs
import email.header
import re

# Single-byte charsets whose every byte decodes, so a wrong declaration never fails loudly.
_SINGLE_BYTE = {"cp1252", "iso8859-1", "iso8859-15", "ascii"}
# Bytes 0x80-0x9F are control codes in ISO-8859-1/15 but letters and quotes in windows-1252:
# mail declared latin-1 that holds them was written on Windows.
_C1 = re.compile(rb"[\x80-\x9f]")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_FOLD = re.compile(r"\r\n[ \t]*|\r\n|[\r\n]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None  # "unknown-8bit", "x-user-defined", typos: guessed from the bytes instead


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of `data`, trusting the declared charset only as far as the bytes agree with it."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        declared = "utf-8"
    codec = _codec(declared)
    if codec in (None, "ascii", "utf-8"):
        candidates = ["utf-8", "cp1252"]
    elif codec in _SINGLE_BYTE:
        # Valid multi-byte UTF-8 is almost never intended as windows-1252 mojibake.
        candidates = ["utf-8"] if _NON_ASCII.search(data) else []
        if codec != "cp1252" and _C1.search(data):
            candidates.append("cp1252")
        candidates += [codec, "cp1252"]
    else:
        candidates = [codec, "utf-8", "cp1252"]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")  # every byte decodes: nothing is lost, at worst a letter is wrong


def decode_header(value: str | None) -> str:
    """One line of readable text from a raw header value: RFC 2047 words, 8-bit bytes, folding."""
    if not value:
        return ""
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        # Raw 8-bit bytes in a header reach us as surrogate escapes.
        value = decode_bytes(value.encode("utf-8", "surrogateescape"))
    value = _FOLD.sub(" ", value)
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # a broken encoded word: keep the text as written
        return _CONTROL.sub("", value).strip()
    text = "".join(
        chunk if isinstance(chunk, str) else decode_bytes(chunk, charset or "utf-8") for chunk, charset in chunks
    )
    return _CONTROL.sub("", _FOLD.sub(" ", text)).strip()
