"""Acknowledgements: the email back to the buyer, and the token of the order's read-only status page.

An accepted order is acknowledged once it has shipped (or, when nothing could be allocated, once it
is backordered): by then the email can say everything a buyer wants in one message — accepted lines,
backorders, prices, the ship date and the tracking numbers — and the status page it links to shows
what happens next. Because the builtin connectors book the carrier seconds after approval, waiting for
the shipment costs the buyer no time; an order whose shipment waits on a slow outside system is
acknowledged when it ships. A rejected or held order gets a precise question instead: the clerk's own
words and each doubt about the order rephrased for the buyer.

Exactly once: the transition that calls for an email records an `Acknowledgement` row and enqueues its
job in the same transaction (one key per email). The job sends, then marks the row sent in its own
transaction. The email's Message-ID is derived from that key, so the only possible repeat — a crash
between the SMTP server's "250 OK" and our commit — arrives as the same message, which mail clients
recognise. SMTP outages are retried with the queue's backoff; an email that keeps failing is given up
and shown on the order, and never fails the order itself.

Who gets it: the buyer who wrote (Reply-To, else From), threaded under their email, and only when that
address belongs to the order's customer (one of its email domains, its contact address, or a domain
configured in `[smtp] allowed_domains`). A forward from our own staff goes to the customer's contact.
Anything else — an unknown sender, an automated sender, an order without an email — is skipped with a
reason: an order email is an easy thing to forge, and an acknowledgement to a forged sender would hand
them the order's contents and its status link.
"""

from __future__ import annotations

import email
import hashlib
import secrets
import smtplib
import ssl
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.policy import compat32
from email.utils import formataddr, formatdate, getaddresses
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config import Settings, SmtpConfig
from models.audit import audit
from models.tables import (
    Acknowledgement,
    CarrierRate,
    Customer,
    InboundMessage,
    Job,
    Order,
    OrderLine,
    Product,
    Shipment,
    utcnow,
)
from orchestration.connectors.base import TransientError
from orchestration.jobs import enqueue

if TYPE_CHECKING:
    from orchestration.stages import Connectors

STAGE = "acknowledgement"
# The handler gives up on its own (`[smtp] max_attempts`) before the queue would park the job, because a
# parked job fails its order, and an email must never do that.
JOB_MAX_ATTEMPTS = 200
# Reasons a clerk needs but a buyer cannot answer.
# Doubts about our own reading, not questions for the buyer.
INTERNAL_REASONS = frozenset({"low_confidence", "stage_failed", "read_by_ocr"})


class Refused(Exception):
    """The SMTP server refused this email for good (5xx): retrying cannot help."""


# ---------------------------------------------------------------- queueing (in the caller's transaction)


def status_token(order: Order) -> str:
    """The order's status-page token, made on first use: 256 random bits, so it cannot be guessed."""
    if not order.status_token:
        order.status_token = secrets.token_urlsafe(32)
    return order.status_token


def status_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/status/{token}"


def queue(session: Session, order: Order, kind: str, name: str, note: str | None = None) -> Acknowledgement:
    """Record one email to the buyer and enqueue its job. The same name twice is the same email."""
    key = f"order:{order.id}:{STAGE}:{name}"
    ack = session.scalar(select(Acknowledgement).where(Acknowledgement.idempotency_key == key))
    if ack is None:
        status_token(order)  # committed with the job, so the link in the email always works
        ack = Acknowledgement(order_id=order.id, kind=kind, idempotency_key=key, note=note, status="pending")
        session.add(ack)
        session.flush()
        enqueue(session, STAGE, key, order_id=order.id, max_attempts=JOB_MAX_ATTEMPTS)
    return ack


def acknowledge_accepted(session: Session, order: Order) -> Acknowledgement:
    """The one 'accepted' email of an order: a re-approval after a failure does not send a second."""
    return queue(session, order, "accepted", "accepted")


def ask_buyer(session: Session, order: Order, actor: str, note: str | None) -> Acknowledgement:
    """A question to the buyer about a rejected or held order; each call is a new email.

    Called by the order actions (reject, hold) in their transaction. Queued even when no SMTP server is
    configured: the job then records the email as skipped, so the clerk sees that nobody was asked."""
    asked = session.scalar(select(func.count()).select_from(Acknowledgement).where(
        Acknowledgement.order_id == order.id, Acknowledgement.kind == "question")) or 0
    ack = queue(session, order, "question", f"question-{asked + 1}", note)
    audit(session, actor, "order", order.id, "ask_buyer", detail={"acknowledgement_id": ack.id})
    return ack


# ---------------------------------------------------------------- sending


class Acknowledger:
    """Sends acknowledgements through the configured SMTP server (smtplib)."""

    def __init__(self, smtp: SmtpConfig, public_base_url: str, supplier_domains: list[str]) -> None:
        self.smtp = smtp
        self.public_base_url = public_base_url
        self.supplier_domains = {d.lower() for d in supplier_domains}
        self._tls: ssl.SSLContext | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Acknowledger | None:
        """None when no SMTP host is configured: then no acknowledgement is queued for accepted orders."""
        if not settings.smtp.host:
            return None
        return cls(settings.smtp, settings.public_base_url, settings.supplier_domains)

    @property
    def max_attempts(self) -> int:
        return self.smtp.max_attempts

    def message_id(self, key: str) -> str:
        """Derived from the acknowledgement's key: a retried send carries the same Message-ID."""
        domain = self.smtp.from_addr.rpartition("@")[2] or "localhost"
        return f"<ack-{hashlib.sha256(key.encode()).hexdigest()[:32]}@{domain}>"

    def tls_context(self) -> ssl.SSLContext:
        """Made once: loading the system's CA bundle costs more than sending an email."""
        if self._tls is None:
            self._tls = ssl.create_default_context(cafile=str(self.smtp.ca_file) if self.smtp.ca_file else None)
        return self._tls

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Hand one email to the server. TransientError: try again later; Refused: the server said no."""
        cfg = self.smtp
        try:
            client: smtplib.SMTP
            if cfg.security == "tls":
                client = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_s, context=self.tls_context())
            else:
                client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_s)
            with client:
                if cfg.security == "starttls":
                    # Raises when the server does not offer it: never in clear.
                    client.starttls(context=self.tls_context())
                if cfg.user:
                    client.login(cfg.user, cfg.secret() or "")
                client.send_message(message, from_addr=cfg.from_addr, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if codes and all(code >= 500 for code in codes):
                raise Refused(f"the SMTP server refused {recipient}: {_answers(exc.recipients)}") from None
            raise TransientError(f"the SMTP server deferred {recipient}: {_answers(exc.recipients)}") from None
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            answer = f"{exc.smtp_code} {_text(exc.smtp_error)}"
            if exc.smtp_code >= 500:
                raise Refused(f"the SMTP server refused the email: {answer}") from None
            raise TransientError(f"the SMTP server deferred the email: {answer}") from None
        except (smtplib.SMTPException, OSError, ValueError) as exc:
            # Down, unreachable, TLS or login trouble, a missing password: an operator can fix all of these,
            # so the email waits and is retried rather than lost. The password never appears in the text.
            raise TransientError(f"SMTP {cfg.host}:{cfg.port}: {type(exc).__name__}: {exc}") from None


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _answers(recipients: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{code} {_text(text)}" for code, text in recipients.values())


# ---------------------------------------------------------------- the stage


def acknowledgement(session: Session, order: Order, connectors: Connectors, generation: str = "") -> None:
    """The job's work: send this job's pending email (its key's last part is `generation`)."""
    q = select(Acknowledgement).where(Acknowledgement.order_id == order.id, Acknowledgement.status == "pending")
    if generation:
        q = q.where(Acknowledgement.idempotency_key == f"order:{order.id}:{STAGE}:{generation}")
    for ack in session.scalars(q.order_by(Acknowledgement.id)).all():
        _send_one(session, order, ack, connectors.acknowledgement)


def _send_one(session: Session, order: Order, ack: Acknowledgement, acknowledger: Acknowledger | None) -> None:
    if acknowledger is None:
        _close(session, order, ack, "skipped", "the worker that ran it has no SMTP server configured ([smtp] host)")
        return
    draft = compose(session, order, ack, acknowledger)
    if isinstance(draft, str):
        _close(session, order, ack, "skipped", draft)
        return
    # Everything above only read: on SQLite no write lock is held while the SMTP server is talked to.
    try:
        acknowledger.send(draft.message, draft.recipient)
    except Refused as exc:
        _close(session, order, ack, "failed", str(exc))
        return
    except TransientError as exc:
        attempts = session.scalar(select(Job.attempts).where(Job.idempotency_key == ack.idempotency_key)) or 0
        if attempts >= min(acknowledger.max_attempts, JOB_MAX_ATTEMPTS - 1):
            _close(session, order, ack, "failed", f"given up after {attempts} attempts: {exc}")
            return
        raise
    ack.status, ack.reason, ack.sent_at = "sent", None, utcnow()
    ack.to_addr, ack.subject = draft.recipient, str(draft.message["Subject"])
    ack.email_message_id, ack.body = str(draft.message["Message-ID"]), draft.message.get_content()
    audit(session, STAGE, "order", order.id, "acknowledged",
          detail={"kind": ack.kind, "to": draft.recipient, "message_id": ack.email_message_id})


def _close(session: Session, order: Order, ack: Acknowledgement, status: str, reason: str) -> None:
    ack.status, ack.reason = status, reason
    audit(session, STAGE, "order", order.id, f"acknowledgement_{status}", detail={"kind": ack.kind, "reason": reason})


# ---------------------------------------------------------------- composing


@dataclass(frozen=True)
class Draft:
    recipient: str
    message: EmailMessage


@dataclass(frozen=True)
class BuyerEmail:
    """What the buyer's own email says about how to answer it."""

    from_addr: str | None
    from_name: str | None
    reply_to: list[str]
    message_id: str | None
    references: str | None
    subject: str
    automated: str | None  # why this looks like a machine's mail (no reply then), or None


def read_buyer_email(raw: bytes) -> BuyerEmail:
    """Only the headers are read, leniently: a malformed header gives no address rather than an error."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    msg = email.message_from_bytes(head, policy=compat32)

    def header(name: str) -> str:
        value = msg.get(name)
        if value is None:
            return ""
        try:
            return " ".join(str(make_header(decode_header(str(value)))).split())
        except Exception:
            return " ".join(str(value).split())

    senders = [(n, a) for n, a in getaddresses([header("From")]) if "@" in a]
    automated = None
    auto_submitted = header("Auto-Submitted").lower()
    precedence = header("Precedence").lower()
    if auto_submitted and auto_submitted != "no":
        automated = f"Auto-Submitted: {auto_submitted}"
    elif precedence in ("bulk", "junk", "list", "auto_reply"):
        automated = f"Precedence: {precedence}"
    elif senders and senders[0][1].lower().split("@")[0] in ("mailer-daemon", "postmaster", "noreply", "no-reply"):
        automated = f"the sender is {senders[0][1]}"
    message_id = header("Message-ID").split(" ")[0] or None
    return BuyerEmail(
        from_addr=senders[0][1] if senders else None,
        from_name=senders[0][0] or None if senders else None,
        reply_to=[a for _, a in getaddresses([header("Reply-To")]) if "@" in a],
        message_id=message_id if message_id and message_id.startswith("<") else None,
        references=header("References") or None,
        subject=header("Subject"),
        automated=automated,
    )


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def _belongs(address: str, domains: set[str]) -> bool:
    domain = _domain(address)
    return any(domain == d or domain.endswith("." + d) for d in domains)


def choose_recipient(buyer: BuyerEmail, customer: Customer | None, acknowledger: Acknowledger) -> str:
    """The address to answer, or raises ValueError saying why there is none we may write to.

    The buyer's own address when it is the customer's; the customer's contact when the order came
    through our own staff (a forward) or from the customer's own system (an automated sender, where a
    reply to the sender could loop or land in a no-reply box); nobody otherwise."""
    if customer is None:
        raise ValueError("the customer is not known, so the sender's address cannot be trusted")
    domains = {d.lower() for d in customer.email_domains or []} | {d.lower() for d in acknowledger.smtp.allowed_domains}
    contact = (customer.contact_email or "").lower()
    candidates = [*buyer.reply_to, *([buyer.from_addr] if buyer.from_addr else [])]
    ours = [a for a in candidates if a.lower() == contact or _belongs(a, domains)]
    if ours and not buyer.automated:
        return ours[0]
    forwarded_by_staff = buyer.from_addr is not None and _belongs(buyer.from_addr, acknowledger.supplier_domains)
    if (forwarded_by_staff or (buyer.automated and ours)) and contact:
        return customer.contact_email or ""
    if buyer.automated:
        raise ValueError(f"the order came from an automated sender ({buyer.automated}) and {customer.name} has "
                         "no contact address; a reply to the sender could loop")
    shown = ", ".join(candidates) or "no address"
    raise ValueError(f"{shown} is outside {customer.name}'s email domains ({', '.join(sorted(domains)) or 'none'})")


def _reply_subject(buyer: BuyerEmail | None, order: Order) -> str:
    subject = buyer.subject if buyer else ""
    # Strip our own "Fwd:" chains: the buyer never saw the forward.
    while subject[:4].lower() in ("fwd:", "fw: ") or subject[:3].lower() == "fw:":
        subject = subject.split(":", 1)[1].strip()
    if not subject:
        subject = f"Your order {order.po_number}" if order.po_number else "Your order"
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    return subject[:200]


def compose(session: Session, order: Order, ack: Acknowledgement, acknowledger: Acknowledger) -> Draft | str:
    """The email for one acknowledgement, or a sentence saying why none may be sent."""
    message = session.get(InboundMessage, order.message_id) if order.message_id else None
    if message is None:
        return "the order did not come by email, so there is no one to reply to"
    if message.status == "not_an_order":
        return "the message is not an order"
    buyer = read_buyer_email(message.raw)
    try:
        recipient = choose_recipient(buyer, order.customer, acknowledger)
    except ValueError as exc:
        return str(exc)
    link = status_url(acknowledger.public_base_url, status_token(order))
    customer = order.customer
    to_contact = customer is not None and recipient.lower() == (customer.contact_email or "").lower()
    greeting_name = (buyer.from_name if recipient == buyer.from_addr else None) or (
        customer.contact_name if customer is not None and to_contact else None)
    greeting = f"Hello {greeting_name}," if greeting_name else "Hello,"
    if ack.kind == "accepted":
        body = accepted_text(session, order, greeting, link, acknowledger.smtp.from_name)
    else:
        body = question_text(order, ack.note, greeting, link, acknowledger.smtp.from_name)
    mail = EmailMessage()
    mail["From"] = formataddr((acknowledger.smtp.from_name, acknowledger.smtp.from_addr))
    mail["To"] = recipient
    mail["Subject"] = _reply_subject(buyer, order)
    mail["Date"] = formatdate(localtime=False, usegmt=True)
    mail["Message-ID"] = acknowledger.message_id(ack.idempotency_key)
    if buyer.message_id:
        mail["In-Reply-To"] = buyer.message_id
        references = " ".join([*(buyer.references or "").split(), buyer.message_id][-20:])
        mail["References"] = references
    # RFC 3834: we answer automatically; out-of-office replies to us would only add noise.
    mail["Auto-Submitted"] = "auto-replied"
    mail["X-Auto-Response-Suppress"] = "All"
    mail.set_content(body)
    return Draft(recipient, mail)


# ---------------------------------------------------------------- the words


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value.quantize(Decimal('0.01')):,}"


def quantity(value: Decimal | None) -> str:
    if value is None:
        return "?"
    return f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, days: int) -> date:
    for _ in range(days):
        day = next_business_day(day)
    return day


@dataclass(frozen=True)
class ShipmentView:
    carrier: str | None
    service: str | None
    tracking_number: str | None
    ship_date: date | None
    delivery_date: date | None


def shipments_of(session: Session, order: Order) -> list[ShipmentView]:
    """The order's shipments as a buyer sees them: carrier, tracking, ship and delivery dates."""
    out = []
    for shipment in session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.id)):
        ship_date = next_business_day(shipment.created_at.date()) if shipment.tracking_number else None
        transit = session.scalar(select(CarrierRate.transit_days).where(
            CarrierRate.carrier == shipment.carrier, CarrierRate.service == shipment.service,
            CarrierRate.zone == shipment.zone).limit(1)) if shipment.carrier else None
        out.append(ShipmentView(shipment.carrier, shipment.service, shipment.tracking_number, ship_date,
                                add_business_days(ship_date, transit) if ship_date and transit else None))
    return out


def line_state(line: OrderLine) -> str:
    backordered = line.backordered_qty or Decimal("0")
    allocated = line.allocated_qty
    if allocated is None:
        return "accepted"
    if backordered <= 0:
        return "in stock"
    if allocated <= 0:
        return "backordered"
    return f"{quantity(allocated)} in stock, {quantity(backordered)} backordered"


def accepted_text(session: Session, order: Order, greeting: str, link: str, signature: str) -> str:
    currency = order.currency or (order.customer.currency if order.customer else "") or ""
    descriptions = {p.sku: p.description for p in session.scalars(
        select(Product).where(Product.sku.in_([ln.sku for ln in order.lines if ln.sku])))}
    rows = [("Line", "Item", "Description", "Qty", "Unit", "Price", "Amount", "Status")]
    total = Decimal("0")
    for line in order.lines:
        amount = (line.unit_price or Decimal("0")) * (line.quantity or Decimal("0"))
        total += amount
        description = (descriptions.get(line.sku or "") or line.description or "")[:40]
        rows.append((str(line.line_no), line.sku or "", description, quantity(line.quantity), line.uom or "",
                     money(line.unit_price), money(amount), line_state(line)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {0, 3, 5, 6}
    table = "\n".join(
        "  ".join(c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)).rstrip()
        for r in rows)
    po = f"order {order.po_number}" if order.po_number else "order"
    parts = [greeting, "",
             f"thank you for your {po}. We have accepted it"
             + (f" as our sales order {order.erp_order_number}." if order.erp_order_number else "."),
             "", table, "", f"Order total: {money(total)} {currency}".rstrip()]
    backorders = [ln for ln in order.lines if (ln.backordered_qty or 0) > 0]
    if backorders:
        parts += ["", "Backordered (not in stock now; shipped as soon as it arrives):"]
        parts += ["  " + " ".join(f"line {ln.line_no}: {quantity(ln.backordered_qty)} {ln.uom or ''} {ln.sku}".split())
                  for ln in backorders]
    shipments = shipments_of(session, order)
    booked = [s for s in shipments if s.tracking_number]
    if booked:
        ship_date = min(s.ship_date for s in booked if s.ship_date)
        parts += ["", f"Expected ship date: {ship_date:%A %d %B %Y}."]
        for s in booked:
            delivery = f", expected delivery {s.delivery_date:%A %d %B %Y}" if s.delivery_date else ""
            parts.append(f"Tracking: {s.carrier} {s.service} {s.tracking_number}{delivery}")
    elif backorders:
        parts += ["", "Nothing can ship yet. The status page below shows the ship date and tracking numbers as "
                      "soon as they are known."]
    if order.requested_date:
        parts += ["", f"You asked for delivery by {order.requested_date:%A %d %B %Y}."]
    parts += ["", f"Follow this order at any time: {link}", "",
              "If anything here is not what you ordered, just reply to this email.", "", signature]
    return "\n".join(parts) + "\n"


def _line_what(order: Order, line_no: int | None) -> tuple[str, OrderLine | None]:
    line = next((ln for ln in order.lines if ln.line_no == line_no), None) if line_no is not None else None
    if line is None:
        return "", None
    what = line.item_code or line.description or line.raw_text or line.sku or ""
    return f'line {line.line_no} ("{" ".join(what.split())[:80]}")', line


def plain_question(order: Order, reason: dict[str, Any]) -> str | None:
    """One review reason as a question the buyer can answer, or None for what only concerns us."""
    code = str(reason.get("code", ""))
    message = str(reason.get("message", "")).rstrip(".")
    if code in INTERNAL_REASONS:
        return None
    where, line = _line_what(order, reason.get("line_no"))
    on = f"On {where}: " if where else ""
    if code == "no_catalog_match":
        return (f"{on}we could not find this item in our catalog. Which product do you mean? Our item number, "
                "or your part number with a description, helps.")
    if code == "doubtful_match":
        guess = f" {line.sku}" if line and line.sku else ""
        return f"{on}this is not an exact match for our items; the closest is{guess}. Is that the product you mean?"
    if code == "missing_quantity":
        return f"{on}we could not read a quantity. How many do you need?"
    if code == "fractional_quantity":
        return f"{on}{message}. How many units do you need?"
    if code == "uom_mismatch":
        return f"{on}{message}. How many should we send in that unit?"
    if code == "price_mismatch":
        return f"{on}{message}. Which price is right?"
    if code == "line_total_mismatch":
        return f"{on}{message}. Which is right: the quantity, the unit price or the total?"
    if code == "unknown_customer":
        return "We could not match your email address to a customer account. Which company is this order for?"
    if code == "missing_po_number":
        return "The order carries no purchase order number. Which PO number should we use?"
    if code == "duplicate_po":
        return f"{message}. Is this a new order, or a copy of the one we already have?"
    if code == "incomplete_ship_to":
        return "We could not read a complete ship-to address. Where should this order be shipped?"
    if code == "unknown_ship_to":
        return f"{message[0].upper()}{message[1:]}. Please confirm the address we should ship to."
    if code == "currency_mismatch":
        return f"{message[0].upper()}{message[1:]}. Which currency should we use?"
    if code == "unread_line":
        return f"{message[0].upper()}{message[1:]}. What did you want to order there?"
    if code in ("no_lines", "no_lines_read", "scanned_document", "unreadable_attachment", "refused_attachment"):
        return (f"{message[0].upper()}{message[1:]}. Could you send the order lines as text in an email, or as a "
                "spreadsheet or PDF?")
    if code == "low_confidence_field":
        field = {"po_number": "PO number", "order_date": "order date", "requested_date": "delivery date",
                 "currency": "currency", "ship_to": "ship-to address"}.get(str(reason.get("field")), "detail")
        return f"We could not read the {field} of your order with certainty. Could you confirm it?"
    if code == "titled_not_an_order":
        return "Your email reads like an invoice or a quotation. Is it an order we should ship?"
    if code == "other_part_has_lines":
        return f"{message[0].upper()}{message[1:]}. Should those lines be part of this order?"
    return f"{on}{message}" if message else None


def question_text(order: Order, note: str | None, greeting: str, link: str, signature: str) -> str:
    po = f"order {order.po_number}" if order.po_number else "order"
    rejected = order.status == "rejected"
    reasons = list(order.review_reasons or [])
    for line in order.lines:  # line doubts not also listed on the order
        reasons += [{**r, "line_no": line.line_no} for r in line.reasons or []
                    if not any(o.get("code") == r.get("code") and o.get("line_no") == line.line_no
                               for o in order.review_reasons or [])]
    questions = []
    for reason in reasons:
        question = plain_question(order, reason)
        if question and question not in questions:
            questions.append(question)
    parts = [greeting, "",
             (f"we could not process your {po} as sent." if rejected
              else f"your {po} is on hold until we hear from you.")]
    if note and note.strip():
        parts += ["", "\n".join(f"  {ln}" for ln in note.strip().splitlines())]
    if questions:
        parts += ["", "What was unclear:"]
        parts += [f"  {n}. {q}" for n, q in enumerate(questions, 1)]
    parts += ["", ("Please reply to this email with your answer, or send a corrected order." if rejected
                   else "Please reply to this email with your answer; we will then process the order."),
              "", f"Status of this order: {link}", "", signature]
    return "\n".join(parts) + "\n"
