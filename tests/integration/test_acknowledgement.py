"""Acknowledgements through a real SMTP server (aiosmtpd on 127.0.0.1): one email per accepted order,
threaded under the buyer's email, carrying the lines and the status link; a question for a rejected
order; an SMTP outage delays the email without losing it or failing the order."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from bootstrap import open_database
from config import SmtpConfig
from intake.mime import parse_message
from intake.store import message_facts
from models.tables import Acknowledgement, InboundMessage, Job, Order, StockLevel, utcnow
from orchestration.acknowledgements import compose
from orchestration.acknowledgements.outbox import STAGE
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.stages import Connectors
from orchestration.worker import Worker
from tests.support.messages import demo_eml
from tests.support.service import Service, make_settings
from tests.support.smtp import Inbox, SmtpServer, free_port
from tests.support.templates import DatabaseTemplates


def _service(home: Path, smtp_port: int, templates: DatabaseTemplates, url: str | None = None) -> Service:
    """The app sending its acknowledgements through the test's SMTP server; on a copy of the demo
    database (SQLite), or on `url` (a PostgreSQL database with the demo data)."""
    settings = make_settings(home, url)
    if url is None:
        templates.copy_sqlite(settings.resolved_database_url, "demo")
    settings.smtp = SmtpConfig(host="127.0.0.1", port=smtp_port, security="none")
    settings.public_base_url = "http://testserver"
    svc = Service(settings, open_database(settings))
    svc.worker = Worker(svc.db, settings, Connectors(acknowledgement=Acknowledger.from_settings(settings)))
    return svc


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, smtp_server: SmtpServer,
           database_templates: DatabaseTemplates) -> Iterator[Service]:
    """One app for the SQLite tests; each test uses its own demo emails."""
    svc = _service(tmp_path_factory.mktemp("ack"), smtp_server.port, database_templates)
    yield svc
    svc.client.close()
    svc.db.dispose()


def _approve_doubtful(svc: Service) -> dict:
    """Demo 09 (a SKU typo) goes to review; the clerk takes the first candidate and approves."""
    accepted = svc.post_eml(demo_eml("09"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"
    line = next(ln for ln in order["lines"] if ln["reasons"])
    assert svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}",
                            json={"sku": line["candidates"][0]["sku"]}).status_code == 200
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    svc.drain()
    return svc.client.get(f"/api/orders/{order['id']}").json()


def _check_one_acknowledgement(svc: Service, inbox: Inbox) -> None:
    order = _approve_doubtful(svc)
    assert order["status"] == "shipped"
    svc.drain()  # a second pass sends nothing more
    assert len(inbox.received) == 1
    recipients, mail = inbox.received[0]
    assert recipients == ["rchen@deltalogistics.example"]
    assert mail["To"] == "rchen@deltalogistics.example"
    assert mail["In-Reply-To"] == "<demo-09@mail.deltalogistics.example>"
    assert "<demo-09@mail.deltalogistics.example>" in mail["References"]
    assert mail["Subject"] == "Re: PO DL-450207 safety gear"
    assert mail["Auto-Submitted"] == "auto-replied"
    body = mail.get_content()
    assert order["erp_order_number"] in body
    for line in order["lines"]:
        assert line["sku"] in body
        assert f"{float(line['unit_price']):,.2f}" in body
    for shipment in order["shipments"]:
        assert shipment["tracking_number"] in body
    assert "Expected ship date:" in body
    link = next(w for w in body.split() if w.startswith("http://testserver/status/"))

    page = svc.client.get(link.removeprefix("http://testserver"))
    assert page.status_code == 200
    assert order["po_number"] in page.text and order["shipments"][0]["tracking_number"] in page.text

    with svc.db.session() as s:
        row = s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order["id"])).one()
        assert (row.status, row.kind, row.to_addr) == ("sent", "accepted", "rchen@deltalogistics.example")
        assert row.email_message_id == mail["Message-ID"]


@pytest.mark.slow
def test_approved_order_gets_one_threaded_acknowledgement_with_lines_and_link(shared: Service, inbox: Inbox):
    """GIVEN a doubtful order from a known buyer WHEN a clerk approves it and it ships
    THEN exactly one email reaches the buyer, as a reply to their email, with lines, prices, tracking and
    a status link that opens the order."""
    _check_one_acknowledgement(shared, inbox)


@pytest.mark.slow
def test_approved_order_is_acknowledged_once_on_postgresql(pg_demo_url: str, tmp_path: Path, smtp_server: SmtpServer,
                                                           inbox: Inbox, database_templates: DatabaseTemplates):
    """The same on PostgreSQL, where the worker holds the order's row lock while it sends."""
    svc = _service(tmp_path, smtp_server.port, database_templates, pg_demo_url)
    try:
        _check_one_acknowledgement(svc, inbox)
    finally:
        svc.client.close()
        svc.db.dispose()


def test_rejected_order_gets_a_question_with_the_clerks_reason(shared: Service, inbox: Inbox):
    """GIVEN an order with an item we cannot find WHEN the clerk rejects it with a reason
    THEN the buyer gets one threaded email with that reason and the doubt put as a question."""
    svc = shared
    accepted = svc.post_eml(demo_eml("10"))
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"
    reason = "Item FLT-2025-4-M13 is not in our range; which filter size did you mean?"
    assert svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": reason}).status_code == 200
    svc.drain()
    assert len(inbox.received) == 1
    recipients, mail = inbox.received[0]
    assert recipients == ["sofia.ramirez@evergreen-med.example"]
    assert mail["In-Reply-To"] == "<demo-10@mail.evergreen-med.example>"
    assert mail["Subject"].startswith("Re: ")
    body = " ".join(mail.get_content().split())
    assert reason in body
    assert "could not find this item in our catalog" in body and "FLT-2025-4-M13" in body
    assert "confidence" not in body  # our own doubts about our reading are not the buyer's question
    assert "http://testserver/status/" in body


def _bring_forward(svc: Service) -> None:
    """The queue's backoff would make the test wait: make the waiting acknowledgement due now."""
    with svc.db.session() as s:
        s.execute(update(Job).where(Job.kind == STAGE, Job.status == "queued")
                  .values(run_after=utcnow() - timedelta(seconds=1)))


def test_smtp_down_delays_the_email_without_losing_it(shared: Service, smtp_server: SmtpServer, inbox: Inbox):
    """GIVEN the SMTP server is down WHEN an order ships THEN the order stays shipped, the email waits in
    the queue with the error, and once the server is back it is sent exactly once."""
    svc = shared
    smtp_server.stop()
    try:
        accepted = svc.post_eml(demo_eml("03"))
        svc.drain()
        order = svc.order_for_message(accepted["id"])
        assert order["status"] == "shipped", order["review_reasons"]
        key = f"order:{order['id']}:{STAGE}:accepted"
        with svc.db.session() as s:
            job = s.scalars(select(Job).where(Job.idempotency_key == key)).one()
            assert (job.status, job.attempts) == ("queued", 1)
            assert "refused" in (job.last_error or "").lower()
        _bring_forward(svc)
        svc.drain()  # still down: another failed attempt (or more, on a slow machine), still not lost
        with svc.db.session() as s:
            job = s.scalars(select(Job).where(Job.idempotency_key == key)).one()
            assert job.status == "queued" and job.attempts >= 2
            assert s.scalars(select(Acknowledgement).where(Acknowledgement.idempotency_key == key)).one().status \
                == "pending"
    finally:
        smtp_server.start()
    _bring_forward(svc)
    svc.drain()
    svc.drain()
    assert [r for r, _ in inbox.received] == [["priya.natarajan@cascadefm.example"]]
    with svc.db.session() as s:
        assert s.scalars(select(Job).where(Job.idempotency_key == key)).one().status == "done"
        assert s.scalars(select(Acknowledgement).where(Acknowledgement.idempotency_key == key)).one().status == "sent"
        assert s.get(Order, order["id"]).status == "shipped"  # an email never fails its order


def test_a_send_repeated_after_a_crash_carries_the_same_message_id(shared: Service, inbox: Inbox):
    """GIVEN the email went out but our commit was lost (a crash after the server's 250)
    WHEN the job runs again THEN the repeat carries the same Message-ID, so the buyer's client sees one."""
    svc = shared
    accepted = svc.post_eml(demo_eml("04"))  # a clean PDF: approved and shipped untouched
    svc.drain()
    assert len(inbox.received) == 1
    order_id = svc.order_for_message(accepted["id"])["id"]
    key = f"order:{order_id}:{STAGE}:accepted"
    with svc.db.session() as s:
        # What a crash between the server's answer and our commit leaves: the job not done (its lease
        # runs out), the email not marked sent.
        s.execute(update(Acknowledgement).where(Acknowledgement.idempotency_key == key).values(status="pending"))
        s.execute(update(Job).where(Job.idempotency_key == key).values(status="queued", run_after=utcnow()))
    svc.drain()
    assert len(inbox.received) == 2
    first, second = (mail for _, mail in inbox.received)
    assert first["Message-ID"] == second["Message-ID"]
    assert first["Message-ID"].startswith("<ack-")


def test_no_email_to_an_address_outside_the_customers_domain(shared: Service, inbox: Inbox):
    """GIVEN an order whose Reply-To points outside the customer's domain, and one from an unknown sender
    THEN the first is answered at the customer's own address (From), the second not at all, with a reason."""
    svc = shared
    forged = demo_eml("01").replace(b"Subject:", b"Reply-To: <buyer@attacker.example>\nSubject:", 1)
    accepted = svc.post_eml(forged)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "shipped", order["review_reasons"]
    assert [r for r, _ in inbox.received] == [["jane.doe@acme-retail.example"]]

    unknown = svc.post_eml(demo_eml("11"))
    svc.drain()
    stranger = svc.order_for_message(unknown["id"])
    assert stranger["customer_id"] is None
    assert svc.client.post(f"/api/orders/{stranger['id']}/reject", json={"reason": "Who are you?"}).status_code == 200
    svc.drain()
    assert len(inbox.received) == 1
    with svc.db.session() as s:
        row = s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == stranger["id"])).one()
        assert row.status == "skipped" and "customer is not known" in (row.reason or "")


def test_without_smtp_nothing_is_queued_for_accepted_orders(shared: Service, inbox: Inbox):
    """A worker without an [smtp] host (the embedded default): orders flow as before, no acknowledgement."""
    svc = shared
    plain = Worker(svc.db, svc.settings.model_copy(update={"smtp": SmtpConfig()}))
    assert plain.connectors.acknowledgement is None
    accepted = svc.post_eml(demo_eml("07"))
    plain.run_until_idle()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "shipped", order["review_reasons"]
    with svc.db.session() as s:
        assert s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order["id"])).all() == []
    assert inbox.received == []


def test_backorders_are_told_and_an_order_with_nothing_in_stock_is_acknowledged_at_once(shared: Service,
                                                                                       inbox: Inbox):
    """GIVEN an order partly out of stock THEN its email lists the backorder beside the tracking number;
    GIVEN an order with nothing in stock (no shipment will follow soon) THEN it is acknowledged at once."""
    svc = shared
    partly = _order_shipped_or_backordered(svc, "06")
    assert partly["status"] == "shipped"
    body = " ".join(inbox.received[-1][1].get_content().split())
    short = [ln for ln in partly["lines"] if float(ln["backordered_qty"] or 0) > 0]
    assert short, "the demo's stock should leave one line of 06 short"
    for line in short:
        assert f"line {line['line_no']}: {float(line['backordered_qty']):g}" in body
    assert partly["shipments"][0]["tracking_number"] in body

    with svc.db.session() as s:
        saved = {(lv.warehouse_code, lv.sku): lv.on_hand for lv in s.scalars(select(StockLevel))}
        s.execute(update(StockLevel).values(on_hand=StockLevel.reserved))
    try:
        nothing = _order_shipped_or_backordered(svc, "15")
    finally:
        with svc.db.session() as s:
            for level in s.scalars(select(StockLevel)):
                level.on_hand = saved[(level.warehouse_code, level.sku)]
    assert nothing["status"] == "backordered" and not nothing["shipments"]
    recipients, mail = inbox.received[-1]
    assert recipients == ["jane.doe@acme.example"] and len(inbox.received) == 2
    body = " ".join(mail.get_content().split())
    assert "Nothing can ship yet" in body and "http://testserver/status/" in body


def _order_shipped_or_backordered(svc: Service, name: str) -> dict:
    accepted = svc.post_eml(demo_eml(name))
    svc.drain()
    return svc.order_for_message(accepted["id"])


# ---------------------------------------------------------------- the server's refusals, TLS and login


class RefusingInbox(Inbox):
    """A server that does not know some mailboxes (550), like a real one."""

    def __init__(self, unknown: set[str]) -> None:
        super().__init__()
        self.unknown = unknown

    async def handle_RCPT(self, server: object, session: object, envelope: object, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        if address in self.unknown:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)  # type: ignore[attr-defined]
        return "250 OK"


def test_a_refused_recipient_fails_the_email_not_the_order(shared: Service, smtp_server: SmtpServer, inbox: Inbox):
    """GIVEN the server answers 550 for the buyer's mailbox THEN the email is recorded as failed with the
    server's answer, once, and the order stays shipped; a server that stays down is given up after
    [smtp] max_attempts, the same way."""
    svc = shared
    refusing = RefusingInbox({"m.webb@bluebirdhg.example"})
    smtp_server.stop()
    smtp_server.inbox = refusing
    smtp_server.start()
    try:
        order = _order_shipped_or_backordered(svc, "14")
    finally:
        smtp_server.stop()
        smtp_server.inbox = inbox
        smtp_server.start()
    assert order["status"] == "shipped"
    with svc.db.session() as s:
        row = s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order["id"])).one()
        assert row.status == "failed" and "550" in (row.reason or "")
        assert s.scalars(select(Job).where(Job.idempotency_key == row.idempotency_key)).one().status == "done"
    assert refusing.received == []

    down = free_port()  # nothing listens here
    settings = svc.settings.model_copy(update={"smtp": SmtpConfig(host="127.0.0.1", port=down, security="none",
                                                                   max_attempts=2)})
    impatient = Worker(svc.db, settings, Connectors(acknowledgement=Acknowledger.from_settings(settings)))
    accepted = svc.post_eml(demo_eml("05"))
    impatient.run_until_idle()
    _bring_forward(svc)
    impatient.run_until_idle()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "shipped"
    with svc.db.session() as s:
        row = s.scalars(select(Acknowledgement).where(Acknowledgement.order_id == order["id"])).one()
        assert row.status == "failed" and "given up after 2 attempts" in (row.reason or "")


def _self_signed(folder: Path) -> tuple[Path, Path]:
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_starttls_and_login_with_the_password_from_the_environment(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch):
    """GIVEN a server that requires STARTTLS and a login THEN the email goes out over TLS (certificate
    checked against the configured CA) with the password named by password_env; a wrong password is a
    retryable error whose text does not contain it; a server without STARTTLS gets nothing in clear."""
    import ssl

    from aiosmtpd.smtp import AuthResult, LoginPassword

    from orchestration.connectors.base import TransientError

    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)

    def authenticator(server: object, session: object, envelope: object, mechanism: str,
                      data: object) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"orders", b"s3cret-pass")
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 235 or 535

    inbox = Inbox()
    port = free_port()
    secure = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                        auth_required=True, authenticator=authenticator)
    secure.start()
    try:
        monkeypatch.setenv("C3_TEST_SMTP_PASSWORD", "s3cret-pass")
        config = SmtpConfig(host="127.0.0.1", port=port, security="starttls", ca_file=cert_file, user="orders",
                            password_env="C3_TEST_SMTP_PASSWORD")
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = config.from_addr, "buyer@acme.example", "Re: PO 1"
        mail.set_content("accepted")
        Acknowledger(config, "http://testserver", []).send(mail, "buyer@acme.example")
        assert [r for r, _ in inbox.received] == [["buyer@acme.example"]]

        monkeypatch.setenv("C3_TEST_SMTP_PASSWORD", "wrong-pass")
        with pytest.raises(TransientError) as failed:
            Acknowledger(config, "http://testserver", []).send(mail, "buyer@acme.example")
        assert "wrong-pass" not in str(failed.value) and "535" in str(failed.value)
    finally:
        secure.stop()

    plain = SmtpServer(free_port())  # offers no STARTTLS
    plain.start()
    try:
        config = SmtpConfig(host="127.0.0.1", port=plain.port, security="starttls")
        with pytest.raises(TransientError, match="STARTTLS"):
            Acknowledger(config, "http://testserver", []).send(mail, "buyer@acme.example")
        assert plain.inbox.received == []
    finally:
        plain.stop()


def test_a_forward_by_our_staff_and_an_automated_order_are_answered_at_the_customers_contact(shared: Service,
                                                                                             inbox: Inbox):
    """GIVEN an order our salesperson forwarded THEN the buyer's company contact gets the email, with our
    'Fwd:' gone from the subject; GIVEN an order sent by the customer's own system (Auto-Submitted)
    THEN the contact gets it too, never the automated sender."""
    svc = shared
    forwarded = _order_shipped_or_backordered(svc, "08")
    assert forwarded["status"] == "shipped", forwarded["review_reasons"]
    recipients, mail = inbox.received[-1]
    assert recipients == ["priya.natarajan@cascadefm.example"]
    assert mail["Subject"] == "Re: PO # CFM-2026-0874"

    robot = (demo_eml("02").replace(b"From: Marcus Webb <m.webb@bluebird-hotels.example>",
                                    b"From: Purchasing System <erp-noreply@bluebird-hotels.example>")
             .replace(b"Subject:", b"Auto-Submitted: auto-generated\nSubject:", 1))
    accepted = svc.post_eml(robot)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"  # prose lines: a clerk asks
    assert svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "Which cups?"}).status_code == 200
    svc.drain()
    recipients, mail = inbox.received[-1]
    assert recipients == ["m.webb@bluebird-hotels.example"]
    assert mail["In-Reply-To"] == "<demo-02@mail.bluebird-hotels.example>"
    assert len(inbox.received) == 2


def test_the_served_app_sends_acknowledgements_from_its_embedded_worker(shared: Service, inbox: Inbox):
    """`order-intake serve` wires [smtp] into its in-process worker: an email posted to the running app
    is acknowledged without anyone draining the queue by hand."""
    import time

    from fastapi.testclient import TestClient

    from app import create_app

    settings = shared.settings.model_copy(update={"embedded_worker": True})
    # A text email (its PO is in plain text) with a PO of its own: the same PO twice would go to review.
    raw = demo_eml("01").replace(b"<demo-01@", b"<demo-01-served@").replace(b"ACM-PO-55821", b"ACM-PO-55821-S")
    with TestClient(create_app(settings, shared.db)) as client:
        client.headers["Authorization"] = f"Bearer {shared.token}"
        assert client.post("/api/messages", content=raw,
                           headers={"Content-Type": "message/rfc822"}).status_code == 201
        deadline = time.monotonic() + 60  # a generous bound on a loaded machine, not a speed check
        while not inbox.received and time.monotonic() < deadline:
            time.sleep(0.1)
    with shared.db.session() as s:
        waiting = [(j.kind, j.status, j.last_error) for j in s.scalars(select(Job).where(Job.status != "done"))]
    assert [r for r, _ in inbox.received] == [["jane.doe@acme-retail.example"]], waiting
    assert inbox.received[0][1]["In-Reply-To"] == "<demo-01-served@mail.acme-retail.example>"


def _stored(raw: bytes) -> InboundMessage:
    """The message row intake makes of `raw` (its header facts), without a database."""
    return InboundMessage(**message_facts(parse_message(raw)))


def test_the_buyers_headers_are_read_leniently_and_never_inject_ours():
    """Encoded words are decoded, folded or hostile line breaks cannot add a header to our reply, and
    machines' mail is recognised: all read from the facts intake stored on the message."""
    raw = (b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@acme-retail.example>\r\n"
           b"Reply-To: <a@acme.example>, b@acme.example\r\n"
           b"Subject: =?utf-8?b?" + base64.b64encode(b"Bestellung Nr. 7\r\nBcc: x@evil.example")
           + b"?=\r\n Teil 2\r\n"
           b"Message-ID: <m1@acme-retail.example>\r\n"
           b"References: <m0@acme-retail.example>\r\n\r\nbody\r\n")
    buyer = compose.buyer_email(_stored(raw))
    assert buyer.from_addr == "j.mueller@acme-retail.example" and buyer.from_name == "Jürgen Müller"
    assert buyer.reply_to == ["a@acme.example", "b@acme.example"]
    assert "\n" not in buyer.subject and "\r" not in buyer.subject and buyer.subject.startswith("Bestellung Nr. 7")
    assert buyer.message_id == "<m1@acme-retail.example>" and buyer.automated is None
    assert buyer.references == "<m0@acme-retail.example>"
    mail = EmailMessage()
    mail["Subject"] = compose._reply_subject(buyer, Order(po_number="7"))
    assert mail["Bcc"] is None and mail["Subject"].startswith("Re: Bestellung Nr. 7")

    bulk = compose.buyer_email(_stored(b"From: news@acme.example\r\nPrecedence: bulk\r\nSubject: x\r\n\r\n"))
    assert bulk.automated == "Precedence: bulk"
    robot = compose.buyer_email(_stored(b"From: <no-reply@acme.example>\r\nSubject: PO 7\r\n\r\n"))
    assert robot.automated == "the sender is no-reply@acme.example"
    replied = compose.buyer_email(_stored(b"From: a@acme.example\r\nAuto-Submitted: Auto-Replied\r\n\r\n"))
    assert replied.automated == "Auto-Submitted: auto-replied"
    broken = compose.buyer_email(_stored(b"From: <<<\r\nMessage-ID: not-an-id\r\n\r\n"))
    assert broken.from_addr is None and broken.message_id is None


def test_the_reply_is_threaded_from_the_stored_facts_without_the_raw_message(shared: Service, inbox: Inbox):
    """GIVEN an order in review whose message row no longer holds its raw bytes (the header facts intake
    stored are all that is left of its headers)
    WHEN the clerk rejects it with a question
    THEN the question still goes to the buyer, threaded under their email: nothing reads the raw headers."""
    svc = shared
    raw = demo_eml("10").replace(b"<demo-10@", b"<demo-10-facts@").replace(b"EMS-PO-30325", b"EMS-PO-30325-F")
    accepted = svc.post_eml(raw)
    svc.drain()
    order = svc.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"
    with svc.db.session() as s:
        s.execute(update(InboundMessage).where(InboundMessage.id == accepted["id"]).values(raw=b""))
    assert svc.client.post(f"/api/orders/{order['id']}/reject", json={"reason": "Which gloves?"}).status_code == 200
    svc.drain()
    recipients, mail = inbox.received[-1]
    assert recipients == ["sofia.ramirez@evergreen-med.example"]
    assert mail["In-Reply-To"] == "<demo-10-facts@mail.evergreen-med.example>"
    assert mail["Subject"] == "Re: Order EMS-PO-30325-F"
    assert mail.get_content().startswith("Hello Sofia Ramirez,")
