"""The acknowledgement email itself: who may get it, its subject and threading under the buyer's email,
and its text (the accepted order, the questions about a rejected or held one, or the answer to a buyer's
question where an order stands).

What the buyer's email says about how to answer it (From, Reply-To, Message-ID, References, Subject,
whether a machine sent it) is read from the header facts intake stored on the message, never from
its raw bytes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formataddr, formatdate

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.status import EdiAnswerKind, MessageStatus, OrderStatus
from models.tables import Acknowledgement, Customer, EdiAnswer, InboundMessage, Order, Product
from orchestration.acknowledgements.outbox import status_token, status_url
from orchestration.acknowledgements.smtp import Acknowledger
from orchestration.acknowledgements.wording import (
    line_state,
    money,
    plain_question,
    quantity,
    shipments_of,
    state_in_words,
)


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


def buyer_email(message: InboundMessage) -> BuyerEmail:
    """What the buyer's email says about how to answer it, from the header facts intake stored."""
    message_id = message.message_id
    return BuyerEmail(
        from_addr=message.from_addr,
        from_name=message.from_name,
        reply_to=list(message.reply_to or []),
        # Only an id in angle brackets threads: a reply "in reply to" anything else threads nowhere.
        message_id=message_id if message_id and message_id.startswith("<") else None,
        references=message.references,
        subject=" ".join((message.subject or "").split()),
        automated=message.automated,
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


def _reply_subject(buyer: BuyerEmail | None, order: Order, one_of_several: bool = False) -> str:
    """"Re: " and the buyer's subject; for one of several orders of one email, which one it answers."""
    subject = buyer.subject if buyer else ""
    # Strip our own "Fwd:" chains: the buyer never saw the forward.
    while subject[:4].lower() in ("fwd:", "fw: ") or subject[:3].lower() == "fw:":
        subject = subject.split(":", 1)[1].strip()
    if not subject:
        subject = f"Your order {order.po_number}" if order.po_number else "Your order"
    elif one_of_several:
        # Two POs in one email get two answers under it: each says which of them it is about.
        subject = f"{subject} (your order {order.po_number or f'#{order.id}'})"
    if not subject.lower().startswith("re:"):
        subject = f"Re: {subject}"
    return subject[:200]


def _one_of_several(session: Session, order: Order) -> bool:
    """Whether the order's email gave other orders too (attached POs, a body of several POs); an order rejected
    beside it (one a new reading replaced) is not another answer the buyer gets."""
    if order.message_id is None:
        return False
    others = select(func.count()).select_from(Order).where(
        Order.message_id == order.message_id, Order.id != order.id, Order.status != OrderStatus.REJECTED)
    return (session.scalar(others) or 0) > 0


def compose(session: Session, order: Order, ack: Acknowledgement, acknowledger: Acknowledger) -> Draft | str:
    """The email for one acknowledgement, or a sentence saying why none may be sent."""
    # A status question is answered under its own email, every other email under the order's.
    answered = ack.answers_message_id or order.message_id
    message = session.get(InboundMessage, answered) if answered else None
    if message is None:
        return "the order did not come by email, so there is no one to reply to"
    if message.status == MessageStatus.NOT_AN_ORDER:
        return "the message is not an order"
    buyer = buyer_email(message)
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
    elif ack.kind == "status":
        body = status_text(session, order, greeting, link, acknowledger.smtp.from_name)
    elif ack.kind == "revision":
        body = revision_text(order, ack.note, greeting, link, acknowledger.smtp.from_name)
    elif ack.kind == "edi":
        attached = list(session.scalars(select(EdiAnswer).where(EdiAnswer.acknowledgement_id == ack.id)
                                        .order_by(EdiAnswer.id)))
        body = edi_text(order, attached, greeting, link, acknowledger.smtp.from_name)
    else:
        body = question_text(order, ack.note, greeting, link, acknowledger.smtp.from_name)
    mail = EmailMessage()
    mail["From"] = formataddr((acknowledger.smtp.from_name, acknowledger.smtp.from_addr))
    mail["To"] = recipient
    mail["Subject"] = _reply_subject(buyer, order, ack.answers_message_id is None and _one_of_several(session, order))
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
    if ack.kind == "edi":
        for answer in attached:
            # Plain text types a mail client shows as they are; the receiving EDI system reads the bytes.
            subtype = {"x12": "edi-x12", "edifact": "edifact", "ubl": "xml"}.get(answer.syntax, "octet-stream")
            mail.add_attachment(answer.content, maintype="application", subtype=subtype, filename=answer.file_name)
    return Draft(recipient, mail)


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


def question_text(order: Order, note: str | None, greeting: str, link: str, signature: str) -> str:
    po = f"order {order.po_number}" if order.po_number else "order"
    rejected = order.status == OrderStatus.REJECTED
    questions = []
    for reason in order.reasons:  # the order's own doubts and its lines'
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


def revision_text(order: Order, note: str | None, greeting: str, link: str, signature: str) -> str:
    """The answer to a change or cancellation we could not apply (the order shipped, was cancelled, or a
    clerk declined it): what we did not do, why, and where the order stands."""
    po = f"order {order.po_number}" if order.po_number else "order"
    parts = [greeting, "", f"we received your request to change or cancel your {po}, but we could not apply it."]
    if note and note.strip():
        parts += ["", "Why:", "\n".join(f"  {ln}" for ln in note.strip().splitlines())]
    if order.status == OrderStatus.SHIPPED:
        parts += ["", "The order has already left our warehouse. If you no longer need the goods, please reply to "
                      "this email and we will arrange a return."]
    parts += ["", f"Status of this order: {link}", "", "If you have any question, just reply to this email.", "",
              signature]
    return "\n".join(parts) + "\n"


def edi_text(order: Order, answers: list[EdiAnswer], greeting: str, link: str, signature: str) -> str:
    """The email carrying EDI answers: what each attached file is, in one line each."""
    po = f"order {order.po_number}" if order.po_number else "order"
    said = {EdiAnswerKind.ACCEPTED: "accepted as sent", EdiAnswerKind.CHANGED: "accepted with changes",
            EdiAnswerKind.REJECTED: "not accepted", EdiAnswerKind.RECEIVED: "received and read",
            EdiAnswerKind.PARTLY_REJECTED: "received, part of it rejected"}
    parts = [greeting, "", f"attached are our EDI answers to your {po}:", ""]
    parts += [f"  {a.file_name}: {a.kind}, {said.get(a.answer, a.answer)}" for a in answers]
    parts += ["", f"Status of this order: {link}", "", signature]
    return "\n".join(parts) + "\n"


def status_text(session: Session, order: Order, greeting: str, link: str, signature: str) -> str:
    """The answer to "where is my order?": the order's state in plain words, the day we received it, the
    shipments with their ship day, tracking and expected delivery, and the status page (whose timeline
    gives the day of every step: the audit trail is read by that history view only)."""
    po = f"order {order.po_number}" if order.po_number else "order"
    asked = session.scalar(select(Acknowledgement.id).where(
        Acknowledgement.order_id == order.id, Acknowledgement.kind == "question").limit(1)) is not None
    parts = [greeting, "", f"thank you for asking about your {po}"
             + (f" (our sales order {order.erp_order_number})." if order.erp_order_number else "."),
             "", f"Its status: {state_in_words(order, asked)}."]
    parts += ["", f"Received: {order.created_at:%A %d %B %Y}."]
    booked = [s for s in shipments_of(session, order) if s.tracking_number]
    if booked:
        parts.append("")
        for s in booked:
            shipped = f", ship date {s.ship_date:%A %d %B %Y}" if s.ship_date else ""
            delivery = f", expected delivery {s.delivery_date:%A %d %B %Y}" if s.delivery_date else ""
            parts.append(f"Tracking: {s.carrier} {s.service} {s.tracking_number}{shipped}{delivery}")
    if order.requested_date:
        parts += ["", f"You asked for delivery by {order.requested_date:%A %d %B %Y}."]
    parts += ["", f"Follow this order at any time: {link}", "",
              "If this is not the order you asked about, just reply to this email.", "", signature]
    return "\n".join(parts) + "\n"
