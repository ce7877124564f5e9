"""Forged senders (issue 18, item 6): mail forged as a known buyer was approved and shipped.

Through the real pipeline (the Maildir poller's and IMAP's acceptance, the worker, the API and the
screens): an order whose sender is not authenticated as its From domain waits for a clerk with the reason
in plain words; one whose sender is (our receiving server's Authentication-Results, a DKIM signature
verified here with the key from a DNS server on 127.0.0.1) goes through untouched. A customer's own rule
wins over the setting; what a user posts to the API is not checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from config import SenderAuthConfig
from intake.imap import ImapMailbox
from intake.maildir import ensure_maildir, poll_once
from masterdata.catalog import import_customers
from models.status import OrderStatus
from models.tables import Customer, InboundMessage, Order
from orchestration.accept import accept_message, mailbox_acceptor
from tests.support.dkim_keys import dkim_key
from tests.support.dns_server import dns_server
from tests.support.dovecot import Dovecot
from tests.support.environment import REPO
from tests.support.messages import demo_eml
from tests.support.service import Service, log_in

SAMPLES = REPO / "tests" / "corpus" / "sender-auth"
OURS = "mx.northwind-supply.example"
# Acme's plain order, which the demo approves untouched: as mail, it is only as good as its sender.
ACME_ORDER = demo_eml("01")
UNVERIFIED = "The sender could not be verified as acme-retail.example"
# Our own DKIM check on, with any key lookup going to a closed port on 127.0.0.1, never to the machine's DNS.
NO_DNS = ["127.0.0.1:9"]


def _copy(raw: bytes, n: int) -> bytes:
    """The email under a Message-ID and a PO number of its own: another order, not a copy of the first."""
    return raw.replace(b"Message-ID: <", f"Message-ID: <copy{n}.".encode(), 1).replace(
        b"ACM-PO-55821", f"ACM-PO-6{n:04d}".encode()).replace(b"CFM-", f"CFM-{n}".encode())


def _deliver(svc: Service, tmp_path: Path, *emails: bytes) -> list[Order]:
    """Drop the emails in a Maildir, let the poller accept them as `order-intake serve` does, drain the
    queue; the orders of those messages, in delivery order."""
    root = tmp_path / "mail"
    ensure_maildir(root)
    for n, raw in enumerate(emails):
        (root / "new" / f"m{n}").write_bytes(raw)
    poll_once(root, lambda raw, source: accept_message(svc.db, raw, source, svc.settings.mime_limits(),
                                                       svc.settings.sender_auth))
    svc.drain()
    with svc.db.session() as s:
        orders = list(s.scalars(select(Order).join(InboundMessage, Order.message_id == InboundMessage.id)
                                .where(InboundMessage.source == "maildir").order_by(Order.id)))
        for order in orders:
            _ = order.reasons  # loaded while the session is open
        return orders


def _reasons(order: Order) -> list[str]:
    return [r.message for r in order.reasons if r.code == "sender_not_verified"]


def test_a_forged_known_buyer_waits_for_a_clerk_and_an_authenticated_one_goes_through(service: Service,
                                                                                      tmp_path: Path):
    """GIVEN our receiving server's name configured WHEN Acme's order arrives unsigned (a forgery, as far as
    anyone can tell) and again with our server's Authentication-Results saying DMARC passed for Acme THEN
    the first waits for a clerk saying the sender could not be verified, and the second ships untouched."""
    svc = service
    svc.settings.sender_auth = SenderAuthConfig(authserv_ids=[OURS], dns_servers=NO_DNS)
    forged = _copy(ACME_ORDER, 1)
    authenticated = (SAMPLES / "trusted-receiver.eml").read_bytes()
    first, second = _deliver(svc, tmp_path, forged, authenticated)
    assert first.status == OrderStatus.NEEDS_REVIEW and not first.auto_approved
    [reason] = _reasons(first)
    assert reason.startswith(UNVERIFIED + ": the email is not signed")
    assert second.status == OrderStatus.SHIPPED and second.auto_approved and not _reasons(second)
    # What intake found is on the message, as columns.
    with svc.db.session() as s:
        message = s.get(InboundMessage, second.message_id)
        assert message is not None
        assert (message.sender_auth, message.sender_auth_method, message.sender_auth_domain,
                message.sender_auth_aligned, message.sender_auth_by) == ("pass", "dmarc", "acme-retail.example",
                                                                         True, OURS)


def test_results_from_a_server_we_do_not_trust_and_forged_ones_below_ours_go_to_review(sqlite_service: Service,
                                                                                      tmp_path: Path):
    svc = sqlite_service
    svc.settings.sender_auth = SenderAuthConfig(authserv_ids=[OURS], verify_dkim=False)
    untrusted, forged, other = _deliver(svc, tmp_path, *((SAMPLES / name).read_bytes() for name in (
        "untrusted-receiver.eml", "forged-below-ours.eml", "other-domain.eml")))
    assert [o.status for o in (untrusted, forged, other)] == [OrderStatus.NEEDS_REVIEW] * 3
    assert _reasons(untrusted) == [UNVERIFIED + ": nothing we trust checked who sent it; confirm the order with "
                                                "the buyer through a contact you know before approving it"]
    assert "failed acme-retail.example's DMARC check" in _reasons(forged)[0]
    assert "authenticated as newsletter-host.example, not as acme-retail.example" in _reasons(other)[0]


def test_dkim_signed_mail_verified_with_the_key_from_dns_goes_through_and_tampered_mail_does_not(
        sqlite_service: Service, tmp_path: Path):
    """GIVEN Acme's order signed with Acme's key, whose public half a DNS server on 127.0.0.1 publishes WHEN it
    arrives as signed, and with a quantity changed after signing THEN the signed one ships untouched and the
    changed one waits for a clerk: its signature failed."""
    svc = sqlite_service
    key = dkim_key("acme-retail.example")
    signed = key.sign(_copy(ACME_ORDER, 2))
    tampered = key.sign(_copy(ACME_ORDER, 3)).replace(b"10 x GLV-NIT-L-BLU", b"90 x GLV-NIT-L-BLU")
    with dns_server({key.record_name: key.public_txt}) as dns:
        svc.settings.sender_auth = SenderAuthConfig(dns_servers=[dns.address], dns_timeout_s=2)
        good, bad = _deliver(svc, tmp_path, signed, tampered)
    assert good.status == OrderStatus.SHIPPED and good.auto_approved
    assert bad.status == OrderStatus.NEEDS_REVIEW
    assert _reasons(bad)[0].startswith(UNVERIFIED + ": its signature by acme-retail.example failed")


def test_a_customer_known_to_send_unsigned_mail_is_not_held_for_it(sqlite_service: Service, tmp_path: Path):
    """GIVEN customers.csv giving Acme `sender_auth = not_required` (its mail arrives unsigned) THEN its unsigned
    order goes through; Cascade's unsigned order still waits. With the setting off, a customer marked
    `required` is still held to it."""
    svc = sqlite_service
    csv = tmp_path / "customers.csv"
    csv.write_text("customer_id,name,email_domains,sender_auth\n"
                   "C001,Acme Retail Group,acme-retail.example;acme.example,not required\n"
                   "C003,Cascade Facilities Management,cascadefm.example,required\n")
    with svc.db.session() as s:
        report = import_customers(s, csv)
        assert not report.rejected, report.rejected
        acme_record = s.get(Customer, "C001")
        assert acme_record is not None and acme_record.sender_auth == "not_required"
    acme, cascade = _deliver(svc, tmp_path, _copy(ACME_ORDER, 4), demo_eml("03"))
    assert acme.status == OrderStatus.SHIPPED and not _reasons(acme)
    assert cascade.status == OrderStatus.NEEDS_REVIEW and _reasons(cascade)

    svc.settings.sender_auth = SenderAuthConfig(require=False, verify_dkim=False)
    [_, _, again] = _deliver(svc, tmp_path, _copy(demo_eml("03"), 5))
    assert again.status == OrderStatus.NEEDS_REVIEW and _reasons(again)


def test_the_setting_off_lets_unsigned_mail_through(sqlite_service: Service, tmp_path: Path):
    svc = sqlite_service
    svc.settings.sender_auth = SenderAuthConfig(require=False, verify_dkim=False)
    [order] = _deliver(svc, tmp_path, _copy(ACME_ORDER, 6))
    assert order.status == OrderStatus.SHIPPED and order.auto_approved


def test_an_order_posted_to_the_api_by_a_user_is_not_checked(sqlite_service: Service):
    """A logged-in user handed the message over: not mail from anyone, so no sender check (and none shown)."""
    svc = sqlite_service
    posted = svc.post_eml(_copy(ACME_ORDER, 7))
    svc.drain()
    assert svc.order_for_message(posted["id"])["status"] == "shipped"
    assert svc.client.get(f"/api/messages/{posted['id']}").json()["sender_auth"] is None


def test_imap_mail_is_checked_too(dovecot: Dovecot, sqlite_service: Service):
    """GIVEN the forged order in an IMAP mailbox WHEN the mailbox syncs and the worker runs THEN it waits for
    a clerk, with the reason."""
    svc = sqlite_service
    dovecot.append(_copy(ACME_ORDER, 8))
    mailbox = ImapMailbox(dovecot.mailbox(), svc.db, mailbox_acceptor(svc.db, svc.settings.mime_limits(),
                                                                      SenderAuthConfig(verify_dkim=False)))
    client = dovecot.client()
    mailbox._ensure_folders(client)
    assert mailbox.sync(client).fetched == 1
    client.logout()
    svc.drain()
    with svc.db.session() as s:
        order = s.scalar(select(Order).order_by(Order.id.desc()))
        assert order is not None and order.status == OrderStatus.NEEDS_REVIEW
        assert any(r.message.startswith(UNVERIFIED) for r in order.reasons)
        message = s.get(InboundMessage, order.message_id)
        assert message is not None and (message.source, message.sender_auth) == ("imap", "unknown")


def test_the_message_and_order_pages_and_the_api_say_whether_the_sender_was_verified(sqlite_service: Service,
                                                                                   tmp_path: Path):
    svc = sqlite_service
    svc.settings.sender_auth = SenderAuthConfig(authserv_ids=[OURS], verify_dkim=False)
    forged, good = _deliver(svc, tmp_path, _copy(ACME_ORDER, 9),
                            (SAMPLES / "trusted-receiver.eml").read_bytes())
    api = svc.client.get(f"/api/messages/{good.message_id}").json()
    assert (api["sender_auth"], api["sender_verified"], api["sender_auth_domain"]) == ("pass", True,
                                                                                     "acme-retail.example")
    assert svc.client.get(f"/api/messages/{forged.message_id}").json()["sender_verified"] is False
    log_in(svc)
    page = svc.client.get(f"/review/messages/{good.message_id}").text
    assert "Sender verified as acme-retail.example" in page
    page = svc.client.get(f"/review/messages/{forged.message_id}").text
    assert "Sender not verified" in page
    order_page = svc.client.get(f"/review/orders/{forged.id}").text
    assert "Sender not verified" in order_page and UNVERIFIED in order_page
    # `order-intake orders --json`, as an operator runs it against the same database.
    env = {**os.environ, "ORDER_INTAKE_HOME": str(svc.settings.home),
           "ORDER_INTAKE_DATABASE_URL": svc.settings.resolved_database_url}
    env.pop("ORDER_INTAKE_CONFIG", None)
    listed = subprocess.run([str(Path(sys.executable).with_name("order-intake")), "orders", "--json"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, check=True)
    verified = {row["id"]: row["sender_verified"] for row in json.loads(listed.stdout)}
    assert (verified[forged.id], verified[good.id]) == (False, True)


def test_mail_stored_before_senders_were_checked_is_not_approved_untouched_when_read_again(sqlite_service: Service):
    """GIVEN Acme's order held from the Maildir before this check existed (no result stored) WHEN it is read
    (again) THEN it waits for a clerk: no check ran, so nothing vouches for the sender."""
    from intake.store import store_raw
    from models.schemas import MessageSource
    from orchestration.pipeline import file_message

    svc = sqlite_service
    with svc.db.session() as s:
        message = store_raw(s, _copy(ACME_ORDER, 10), MessageSource("maildir", path="new/old")).message
        assert message.sender_auth is None
        [order] = file_message(s, message, svc.settings)
        assert order.status == OrderStatus.NEEDS_REVIEW
        assert _reasons(order)[0].startswith(UNVERIFIED + ": the email was received before senders were checked")
