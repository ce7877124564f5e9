"""DKIM for tests: a freshly generated RSA key, a message signed with it (dkimpy), and the TXT record that
publishes its public half, for a DNS server or a lookup table."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import lru_cache

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

SIGNED_HEADERS = [b"from", b"to", b"subject", b"date", b"message-id"]


@dataclass(frozen=True)
class DkimKey:
    domain: str
    selector: str
    private_pem: bytes
    public_txt: str

    @property
    def record_name(self) -> str:
        """Where the public key is published: <selector>._domainkey.<domain>."""
        return f"{self.selector}._domainkey.{self.domain}"

    def sign(self, raw: bytes) -> bytes:
        """The message with a DKIM-Signature header of this key on top."""
        signature = dkim.sign(raw, self.selector.encode(), self.domain.encode(), self.private_pem,
                              include_headers=SIGNED_HEADERS)
        return signature + raw

    def lookup(self, name: bytes | str, timeout: float = 5) -> bytes | None:
        """dkimpy's TXT lookup, answering for this key's record only."""
        text = name.decode() if isinstance(name, bytes) else name
        return self.public_txt.encode() if text.rstrip(".").lower() == self.record_name else None


@lru_cache(maxsize=8)
def dkim_key(domain: str, selector: str = "s2026") -> DkimKey:
    """A new 2048-bit RSA key for `domain` (one per domain and selector per test session)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return DkimKey(domain, selector, pem, "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode())
