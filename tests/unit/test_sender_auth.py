"""intake/sender_auth.py on real messages: Authentication-Results from a trusted and an untrusted receiving
server, a forged one below ours, DKIM signed here with a generated key and verified (and tampered with), a
key looked up from a real DNS server on 127.0.0.1, trusted relays and mailboxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import SenderAuthConfig
from intake.sender_auth import OWN_CHECK, aligned, authenticate
from models.schemas import MessageSource
from models.status import SenderAuth
from tests.support.dkim_keys import dkim_key
from tests.support.dns_server import dns_server
from tests.support.environment import DEMO, REPO

SAMPLES = REPO / "tests" / "corpus" / "sender-auth"
OURS = "mx.northwind-supply.example"
MAILBOX = MessageSource("imap", mailbox="orders")
# Nothing here may reach the machine's resolver: every lookup is the test's own.
NO_DKIM = SenderAuthConfig(verify_dkim=False, authserv_ids=[OURS])


def _raw(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def nowhere(name: bytes | str, timeout: float = 5) -> bytes | None:
    return None


def test_results_of_our_own_receiving_server_verify_the_sender():
    """GIVEN Authentication-Results written by our receiving server (its authserv-id configured) saying DMARC,
    DKIM and SPF passed for acme-retail.example WHEN intake checks the sender THEN it is verified, by DMARC."""
    found = authenticate(_raw("trusted-receiver.eml"), MAILBOX, NO_DKIM)
    assert found.status == SenderAuth.PASS and found.verified
    assert (found.method, found.domain, found.by) == ("dmarc", "acme-retail.example", OURS)
    assert {c.method for c in found.checks} == {"dmarc", "dkim", "spf"}


def test_results_of_a_server_we_do_not_trust_count_for_nothing():
    """GIVEN the same passes, written under another authserv-id (anyone can add such a header) THEN nothing
    is verified: with no check of our own the sender is unknown."""
    found = authenticate(_raw("untrusted-receiver.eml"), MAILBOX, NO_DKIM)
    assert found.status == SenderAuth.UNKNOWN and not found.verified and found.checks == ()


def test_no_authserv_id_configured_trusts_no_header():
    found = authenticate(_raw("trusted-receiver.eml"), MAILBOX, SenderAuthConfig(verify_dkim=False))
    assert found.status == SenderAuth.UNKNOWN and not found.verified


def test_a_header_claiming_our_servers_name_below_its_received_line_is_forged_and_ignored():
    """GIVEN our server's results (DMARC and SPF fail) on top and, below our Received line, a header the sender
    wrote in our server's name saying everything passed THEN only ours count: the sender failed."""
    found = authenticate(_raw("forged-below-ours.eml"), MAILBOX, NO_DKIM)
    assert found.status == SenderAuth.FAIL and not found.verified
    assert found.method == "dmarc"
    assert all(c.result != "pass" for c in found.checks)


def test_a_pass_for_another_domain_is_not_the_from_domain():
    """GIVEN DKIM and SPF passed for a newsletter host, not for the From domain THEN pass, but not aligned."""
    found = authenticate(_raw("other-domain.eml"), MAILBOX, NO_DKIM)
    assert found.status == SenderAuth.PASS and found.aligned is False and not found.verified
    assert found.domain == "newsletter-host.example"


def test_dkim_signed_here_verifies_and_tampered_fails():
    """GIVEN the demo's order signed by acme-retail.example with a generated key WHEN dkimpy verifies it with
    the key's record THEN pass, aligned; the same message with a quantity changed fails; unsigned is none."""
    key = dkim_key("acme-retail.example")
    raw = (DEMO / "01-plain-text.eml").read_bytes()
    signed = key.sign(raw)
    config = SenderAuthConfig()
    found = authenticate(signed, MAILBOX, config, key.lookup)
    assert found.verified and (found.method, found.domain, found.by) == ("dkim", "acme-retail.example", OWN_CHECK)

    tampered = signed.replace(b"10 x GLV-NIT-L-BLU", b"90 x GLV-NIT-L-BLU")
    assert tampered != signed
    failed = authenticate(tampered, MAILBOX, config, key.lookup)
    assert failed.status == SenderAuth.FAIL and not failed.verified and failed.method == "dkim"

    unsigned = authenticate(raw, MAILBOX, config, key.lookup)
    assert unsigned.status == SenderAuth.NONE and not unsigned.verified


def test_a_signature_whose_key_is_not_published_fails():
    signed = dkim_key("acme-retail.example").sign((DEMO / "01-plain-text.eml").read_bytes())
    found = authenticate(signed, MAILBOX, SenderAuthConfig(), nowhere)
    assert found.status == SenderAuth.FAIL and not found.verified


def test_a_signature_by_another_domain_is_not_aligned():
    signer = dkim_key("bulk-mailer.example")
    found = authenticate(signer.sign((DEMO / "01-plain-text.eml").read_bytes()), MAILBOX, SenderAuthConfig(),
                         signer.lookup)
    assert found.status == SenderAuth.PASS and found.domain == "bulk-mailer.example" and not found.verified


def test_the_key_is_looked_up_from_the_configured_dns_server():
    """GIVEN a DNS server on 127.0.0.1 publishing the key WHEN intake verifies with `dns_servers` naming it
    THEN the key is asked for there and the signature verifies."""
    key = dkim_key("acme-retail.example")
    signed = key.sign((DEMO / "01-plain-text.eml").read_bytes())
    with dns_server({key.record_name: key.public_txt}) as dns:
        found = authenticate(signed, MAILBOX, SenderAuthConfig(dns_servers=[dns.address], dns_timeout_s=2))
    assert found.verified
    assert dns.questions == [key.record_name]


def test_a_dns_server_that_does_not_answer_leaves_the_sender_unknown():
    """A lookup that times out is no failure of the sender's: unknown (and so not verified)."""
    signed = dkim_key("acme-retail.example").sign((DEMO / "01-plain-text.eml").read_bytes())
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:  # bound, never answers
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        found = authenticate(signed, MAILBOX, SenderAuthConfig(dns_servers=[f"127.0.0.1:{port}"],
                                                               dns_timeout_s=0.5))
    assert found.status == SenderAuth.UNKNOWN and not found.verified
    assert [c.result for c in found.checks] == ["temperror"]


def test_mail_handed_over_by_a_trusted_internal_relay_counts_as_authenticated():
    raw = _raw("internal-relay.eml")
    by_network = authenticate(raw, MAILBOX, SenderAuthConfig(verify_dkim=False, trusted_relays=["10.20.0.0/16"]))
    assert by_network.verified and (by_network.method, by_network.by) == ("relay", "10.20.0.5")
    by_name = authenticate(raw, MAILBOX, SenderAuthConfig(verify_dkim=False,
                                                          trusted_relays=["erp-relay.corp.northwind-supply.example"]))
    assert by_name.verified
    # Only the topmost Received line (our server's) names the relay: the one below, written before, does not.
    elsewhere = authenticate(raw, MAILBOX, SenderAuthConfig(verify_dkim=False, trusted_relays=["203.0.113.9"]))
    assert not elsewhere.verified


def test_a_trusted_mailbox_counts_as_authenticated_and_only_it():
    raw = (DEMO / "01-plain-text.eml").read_bytes()
    config = SenderAuthConfig(verify_dkim=False, trusted_mailboxes=["maildir", "erp-drop"])
    assert authenticate(raw, MessageSource("maildir", path="x"), config).verified
    assert authenticate(raw, MessageSource("imap", mailbox="erp-drop"), config).verified
    assert not authenticate(raw, MessageSource("imap", mailbox="orders"), config).verified


@pytest.mark.parametrize("domain, from_domain, expected", [
    ("acme-retail.example", "acme-retail.example", True),
    ("acme-retail.example", "mail.acme-retail.example", True),
    ("mail.acme-retail.example", "acme-retail.example", True),
    ("evil-acme-retail.example", "acme-retail.example", False),
    ("example", "acme-retail.example", True),
    (None, "acme-retail.example", False),
])
def test_alignment(domain: str | None, from_domain: str, expected: bool):
    assert aligned(domain, from_domain) is expected


def test_hostile_headers_never_raise():
    raw = b"Authentication-Results: \x00;;;=\r\nDKIM-Signature: v=1; d=; b=\r\nFrom: <>\r\n\r\nbody"
    found = authenticate(raw, MAILBOX, SenderAuthConfig(authserv_ids=[OURS]), nowhere)
    assert not found.verified


def test_stored_and_read_back_the_same(tmp_path: Path):
    """The columns intake writes give back what it found (the decision reads them, never the headers)."""
    from intake.store import sender_columns, stored_sender
    from models.tables import InboundMessage

    found = authenticate(_raw("trusted-receiver.eml"), MAILBOX, NO_DKIM)
    message = InboundMessage(from_addr="jane.doe@acme-retail.example", **sender_columns(found))
    assert stored_sender(message) == found


def test_the_buyer_is_never_asked_about_an_unverified_sender():
    """The reason is for the clerk: a question about it emailed back would go to whoever may have forged the mail."""
    from matching.decision import sender_doubt
    from models.tables import Order, OrderReason
    from orchestration.acknowledgements.wording import plain_question

    reason = sender_doubt(None, True, "acme-retail.example")
    assert reason is not None
    row = OrderReason(position=0, code=reason.code, message=reason.message)
    assert plain_question(Order(), row) is None


@pytest.mark.parametrize("setting, customer_rule, expected", [
    (True, None, True), (False, None, False), (True, "not_required", False), (False, "required", True),
])
def test_a_customers_own_rule_wins_over_the_setting(setting: bool, customer_rule: str | None, expected: bool):
    from matching.decision import sender_required

    assert sender_required(setting, customer_rule) is expected


def test_every_signature_our_server_reports_counts():
    """GIVEN our server's results for two signatures, a mailing service's first and the buyer's own second THEN
    the buyer's own verifies the sender (a result per signature, as Gmail and OpenDKIM write them)."""
    raw = _raw("trusted-receiver.eml").replace(
        b"dkim=pass (2048-bit key) header.d=acme-retail.example",
        b"dkim=pass header.d=mailer-service.example;\n\tdkim=pass (2048-bit key) header.d=acme-retail.example").replace(
        b"\tspf=pass smtp.mailfrom=jane.doe@acme-retail.example;\n"
        b"\tdmarc=pass (p=reject) header.from=acme-retail.example",
        b"\tspf=none")
    found = authenticate(raw, MAILBOX, NO_DKIM)
    assert [(c.method, c.domain) for c in found.checks if c.method == "dkim"] == [
        ("dkim", "mailer-service.example"), ("dkim", "acme-retail.example")]
    assert found.verified and (found.method, found.domain) == ("dkim", "acme-retail.example")


def test_a_signing_domain_with_control_characters_is_stored_without_them():
    """A d= tag with a NUL in it (PostgreSQL refuses NUL in text) is kept without it."""
    raw = b"DKIM-Signature: v=1; a=rsa-sha256; d=acme\x00-retail.example; s=s1; h=from; bh=AAAA; b=AAAA\r\n" \
          b"From: <jane.doe@acme-retail.example>\r\n\r\nbody\r\n"
    found = authenticate(raw, MAILBOX, SenderAuthConfig(), nowhere)
    assert not found.verified
    assert all("\x00" not in (c.domain or "") for c in found.checks)
