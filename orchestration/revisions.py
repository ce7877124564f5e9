"""An order's revisions: a buyer's later message that changes or cancels an order (email wording, an X12 860
or BEG01 purpose, an EDIFACT ORDCHG or BGM 1225, a UBL OrderChange or OrderCancellation) matched to the
order it speaks of and kept as a row of `order_revisions` on it, never filed as a new order.

Matching is strict, as for status questions: the order must be the sender's customer's, named by the PO
number the message gives (its document, its subject or its words), or by the thread (In-Reply-To/References
naming the order's own email or our acknowledgement of it). A change that matches no order, or an order of
another customer, is filed as before, for a clerk, with a reason saying why it matched none: nothing lost.

What becomes of a matched revision, decided here and written in the job's transaction with its audit
events:
- the order shipped, or was cancelled or rejected: refused, and the buyer is answered (acknowledgement
  kind "revision") saying it could not be applied;
- the order is not yet in the ERP and every part was read with strong evidence (matching/revisions.py),
  from a sender that is the customer's own address, authenticated when that is required: applied untouched
  (precision first, like the decision for new orders);
- otherwise pending: it waits on the original order in the review queue with the difference shown, and a
  clerk applies or declines it (clerk/revisions.py). Applied once the ERP has the order, a `revision` job
  hands it to the ERP connector (`amend_order`: webhook event, file connector's revision file, Tryton's
  sale amended or cancelled).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config import Settings
from extractors.change_words import read_change_words
from extractors.header_fields import find_subject_po_number
from matching.knowledge_store import DbKnowledge, load_catalog
from matching.order_matching import match_order
from matching.revisions import OriginalLine, RevisionPlan, plan_asks, plan_lines
from models import reasons
from models.audit import audit
from models.schemas import ChangeAsk, ChangeKind, ExtractedLine, MatchedLine, MatchedOrder, Purpose, Reason
from models.status import (
    BEFORE_ERP,
    SHIPPED_ALREADY,
    MessageStatus,
    OrderStatus,
    RevisionDelivery,
    RevisionKind,
    RevisionStatus,
)
from models.tables import InboundMessage, Order, OrderLine, OrderRevision, Product, utcnow
from orchestration.acknowledgements.outbox import record
from orchestration.edi_answers.outbox import acknowledge_receipt
from orchestration.edi_answers.outbox import answer as edi_answer
from orchestration.jobs import enqueue
from orchestration.status_questions import asked_po_numbers
from orchestration.threads import orders_in_thread, po_key
from orchestration.transitions import transition

JOB = "revision"
CODE_READING, WORDS_READING = 0.95, 0.7
# The customer found by the sender's own address (or its forward by our staff): only then is a change
# trusted untouched. A customer found from what the document says is anyone's to write.
_BY_SENDER = {"contact_email", "learned_sender", "domain"}
# Orders that are no order to change: a copy filed twice, or one still being filed.
_NOT_REVISED = (OrderStatus.DUPLICATE, OrderStatus.EXTRACTED)
_ENDED = (OrderStatus.REJECTED, OrderStatus.CANCELLED)
_KINDS = {Purpose.CHANGE: RevisionKind.CHANGE, Purpose.CANCEL: RevisionKind.CANCEL}


@dataclass(frozen=True)
class ChangeOutcome:
    """What became of a message read as a change: `filed` on its order as a revision, or not a change at
    all (both None), or a change no order could be matched to (`unmatched`: the reason the clerk reads on
    the order it is filed as instead)."""

    filed: OrderRevision | None = None
    unmatched: Reason | None = None
    # The change names an order never filed here: the order as changed is filed as a new one (still for a clerk).
    as_new: bool = False


def _threaded(session: Session, message: InboundMessage) -> list[Order]:
    """Orders whose own email, or our acknowledgement of them, this message answers."""
    return [o for o in orders_in_thread(session, message) if o.status not in _NOT_REVISED]


def _named_orders(session: Session, message: InboundMessage, asked: list[str]) -> list[Order]:
    """Every order still open to revision, any customer's, whose PO number is one of `asked` (compared as letters
    and digits), other than this message's own."""
    wanted = {po_key(po) for po in asked if po_key(po)}
    if not wanted:
        return []
    # Only the columns compared, for every order with a PO.
    rows = session.execute(select(Order.id, Order.po_number, Order.status, Order.message_id).where(
        Order.po_number.is_not(None)).order_by(Order.id))
    ids = [r.id for r in rows if po_key(r.po_number or "") in wanted and r.status not in _NOT_REVISED
           and r.message_id != message.id]
    return list(session.scalars(select(Order).where(Order.id.in_(ids)).order_by(Order.id))) if ids else []


def find_original(session: Session, message: InboundMessage, customer_id: str | None, customer_name: str | None,
                  asked: list[str]) -> tuple[Order | None, str | None]:
    """The one order the change speaks of, or why none: the customer's order with a PO number the message
    gives, else the order of the customer its thread answers."""
    who = customer_name or customer_id
    if customer_id is None:
        sender = message.original_from_addr or message.from_addr or "an unknown sender"
        return None, (f"{sender} is not a known customer, so no order may be changed for them: find the order "
                      "and apply the change by hand if it is genuine")
    if asked:
        named = _named_orders(session, message, asked)
        theirs = [o for o in named if o.customer_id == customer_id]
        if theirs:
            # An order filed twice under its PO (a duplicate a clerk rejected) is one order: the live one.
            live = [o for o in theirs if o.status not in _ENDED] or theirs
            if len(live) > 1:
                listed = ", ".join(f"#{o.id}" for o in live[:6])
                return None, f"{who}'s PO {asked[0]} matches {len(live)} orders ({listed}): apply it to the right one"
            return live[-1], None
        if named:
            return None, (f"PO {asked[0]} is an order of another customer, not of {who}: nothing was applied; "
                          "check who sent this change")
    threaded = [o for o in _threaded(session, message) if o.customer_id == customer_id]
    if len(threaded) == 1:
        return threaded[0], None
    if asked:
        return None, f"{who} has no order with PO {', '.join(asked)}: nothing was applied; find the order it means"
    return None, f"it names no PO number we could read and answers none of {who}'s orders: find the order it means"


def _original_lines(session: Session, order: Order) -> list[OriginalLine]:
    """The order's lines, each described as the buyer wrote it and as our catalog does ("the gloves" names
    GLV-NIT-L-BLU by its catalog description when the buyer wrote only the code)."""
    skus = [ln.sku for ln in order.lines if ln.sku]
    catalog = {sku: text for sku, text in session.execute(
        select(Product.sku, Product.description).where(Product.sku.in_(skus)))} if skus else {}
    return [OriginalLine(ln.line_no, ln.sku, ln.item_code, ln.customer_part,
                         " ".join(filter(None, (ln.description, catalog.get(ln.sku or "")))) or None, ln.quantity,
                         ln.uom, ln.unit_price) for ln in order.lines]


def _match_added(session: Session, asks: list[ChangeAsk], matched: MatchedOrder, settings: Settings,
                 sent: date) -> dict[str, MatchedLine]:
    """Each added item's words matched to the catalog as a line of the customer's order would be."""
    adds = [a for a in asks if a.kind == ChangeKind.ADD_LINE and a.item]
    if not adds:
        return {}
    looks_like_code = re.compile(r"^[A-Z0-9][A-Z0-9./_-]*\d[A-Z0-9./_-]*$|^[A-Z0-9]+-[A-Z0-9-]+$", re.IGNORECASE)
    # A code and a number read by one pattern naming both ("add 5 cases of TAPE-48-CLR") is read as well as a
    # line of an email's order list; words naming a product are matched as a description, never trusted.
    lines = [ExtractedLine(raw_text=a.written, quantity=a.quantity, uom=a.uom,
                           item_code=a.item if looks_like_code.match(a.item or "") else None,
                           description=None if looks_like_code.match(a.item or "") else a.item,
                           confidence=CODE_READING if looks_like_code.match(a.item or "") else WORDS_READING)
             for a in adds]
    found = match_order(matched.header, lines, matched.customer, load_catalog(session), DbKnowledge(session),
                        settings.price_tolerance, settings.fuzzy_min_score, sent)
    return {a.item or "": ml for a, ml in zip(adds, found.lines, strict=False)}


def _trusted_sender(matched: MatchedOrder) -> bool:
    customer = matched.customer
    method = (customer.method or "").removeprefix("forwarded_")
    return (method in _BY_SENDER and customer.doubt is None
            and not any(r.code == "sender_not_verified" for r in matched.reasons))


def file_change(session: Session, message: InboundMessage, matched: MatchedOrder, newest: list[str],
                settings: Settings, sent: date, from_quote: bool = False, from_text: bool = False) -> ChangeOutcome:
    """File a message that changes or cancels an order as a revision of that order. `newest`: the sender's
    own words (subject and bodies without what they quote); `matched`: the message's document as matched;
    `from_quote`: its lines are the order it quotes with the change made; `from_text`: read from an email's text.
    A change in an email that names a PO never filed here and holds the whole order (quoted, or more lines than
    it asks changes of) is filed as that order. (An EDI or UBL change document lists only what changes.)"""
    if message.status != MessageStatus.RECEIVED:
        # A message a clerk turned into an order (clerk/messages.to_order): an order is what they asked for.
        return ChangeOutcome()
    if (kept := session.scalar(select(OrderRevision).where(OrderRevision.message_id == message.id))) is not None:
        # Read again (a reprocess): it is the revision it was, not a second one.
        message.about_order_id = kept.order_id
        return ChangeOutcome(filed=kept)
    purpose = matched.purpose
    asks = [a for text in newest for a in read_change_words(text)]
    kind = _KINDS.get(purpose.kind) if purpose is not None else None
    if kind is None and (purpose is not None and not purpose.new_order):
        return ChangeOutcome()  # a replacement, a confirmation, a copy: the clerk, as before
    if kind is None and not asks:
        return ChangeOutcome()  # a new order
    written = [matched.header.po_number.value] if matched.header.po_number else []
    subject_po = find_subject_po_number(message.subject or "")
    asked = asked_po_numbers(newest, [*written, *([subject_po.value] if subject_po else [])])
    customer = matched.customer
    order, why_not = find_original(session, message, customer.customer_id, customer.name, asked)
    if kind is None:
        # An email that never says "change" but asks one of an order it names ("please make the masks 14
        # boxes instead of 10" under PO 4471): a change only when its words ask one and the order is found.
        if order is None:
            return ChangeOutcome()
        kind = RevisionKind.CHANGE
    if order is None:
        what = "cancellation" if kind == RevisionKind.CANCEL else "change"
        whole_order = from_quote or (from_text and len(matched.lines) > max(len(asks), 1))
        if whole_order and kind == RevisionKind.CHANGE and customer.customer_id is not None and asked \
                and not _named_orders(session, message, asked) and not _threaded(session, message):
            # A change to a PO of the customer's that never reached us (sent by phone, lost, still to come): what
            # the buyer wants is the order it quotes with the change made, which is what was read. It is filed as
            # that order, for a clerk, never approved untouched.
            return ChangeOutcome(unmatched=Reason(
                "revision_unmatched",
                f"this change names {customer.name or customer.customer_id}'s PO {', '.join(asked)}, which is not on "
                "file: filed as a new order with the change made to what it quotes; check that the original was not "
                "entered another way before approving"), as_new=True)
        return ChangeOutcome(unmatched=Reason("revision_unmatched", f"this {what} matches no order: {why_not}"))
    # The order's row is held until the job commits: a worker's stage on it (which runs with the row
    # locked) waits, so the ERP never gets the lines as they were half way through a change.
    session.execute(select(Order.id).where(Order.id == order.id).with_for_update())
    session.refresh(order)
    said = purpose.written if purpose is not None else "the email asks to change the order"
    if kind == RevisionKind.CANCEL:
        plan = RevisionPlan()
        parts: list[dict[str, Any]] = [{"kind": ChangeKind.CANCEL_ORDER.value, "written": said}]
    elif asks:
        plan = plan_asks(asks, _original_lines(session, order), order.requested_date,
                         _address_text(order.ship_to), _match_added(session, asks, matched, settings, sent),
                         settings.auto_approve_min_confidence)
        parts = [a.to_json() for a in asks]
    else:
        plan = plan_lines(matched.lines, matched.removed_lines, _original_lines(session, order),
                          settings.auto_approve_min_confidence)
        if matched.header.requested_date is not None and matched.header.requested_date.value != order.requested_date:
            plan.header.append({"field": "requested_date", "before": _text(order.requested_date),
                                "after": _text(matched.header.requested_date.value), "strong": True,
                                "written": "the document's requested date"})
        parts = [{"kind": "lines", "written": said, "lines": len(matched.lines),
                  "removed": len(matched.removed_lines)}]
    revision = OrderRevision(order_id=order.id, number=_next_number(session, order), message_id=message.id,
                             kind=kind, said=said, parts=parts, difference=[d.to_json() for d in plan.lines],
                             header_difference=plan.header, strong=plan.strong,
                             after_erp=order.erp_order_number is not None or order.status not in BEFORE_ERP,
                             status=RevisionStatus.PENDING)
    revision.strong = kind == RevisionKind.CANCEL or plan.strong
    session.add(revision)
    session.flush()
    message.about_order_id = order.id
    audit(session, "system", "order", order.id, "revision", detail={
        "revision": revision.number, "kind": kind, "message_id": message.id, "said": said})
    acknowledge_receipt(session, order, revision)  # a change sent as EDI: its 997 or CONTRL at once
    _decide(session, order, revision, plan, revision.strong, _trusted_sender(matched))
    return ChangeOutcome(filed=revision)


def _decide(session: Session, order: Order, revision: OrderRevision, plan: RevisionPlan, strong: bool,
            trusted: bool) -> None:
    what = "cancellation" if revision.kind == RevisionKind.CANCEL else "change"
    if order.status in SHIPPED_ALREADY:
        refuse(session, order, revision, f"the order has already shipped, so this {what} cannot be applied")
        return
    if order.status in _ENDED:
        refuse(session, order, revision, f"the order was already {order.status}, so this {what} cannot be applied")
        return
    if strong and trusted and not revision.after_erp:
        apply(session, order, revision, "system")
        return
    if revision.after_erp:
        why = f"the order is in the ERP already ({order.status}): a clerk applies the {what}, and the ERP gets it"
    elif plan.doubts:
        why = "; ".join(plan.doubts)
    elif not trusted:
        why = "the sender is not the customer's own verified address: check the change with the buyer"
    elif revision.kind == RevisionKind.CHANGE and not (plan.lines or plan.header):
        why = "no change to a line or field could be read from it: read the message and apply it by hand"
    else:
        why = "some parts were read from words, not codes or line numbers: check them"
    revision.reason = why
    audit(session, "system", "order", order.id, "revision_pending", detail={"revision": revision.number,
                                                                           "reason": why})


def _next_number(session: Session, order: Order) -> int:
    return (session.scalar(select(func.max(OrderRevision.number)).where(OrderRevision.order_id == order.id)) or 0) + 1


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _address_text(address: dict[str, Any] | None) -> str | None:
    if not address:
        return None
    return ", ".join(str(address[k]) for k in ("name", "street", "city", "region", "postal_code", "country")
                     if address.get(k))


def refuse(session: Session, order: Order, revision: OrderRevision, why: str) -> None:
    """A revision that cannot be applied: the buyer is told why, under their own email."""
    revision.status, revision.reason = RevisionStatus.REFUSED, why
    revision.decided_by, revision.decided_at = "system", utcnow()
    audit(session, "system", "order", order.id, "revision_refused", detail={"revision": revision.number, "reason": why})
    edi_answer(session, order, f"revision-{revision.number}", revision, refused=True)
    record(session, order, "revision", f"revision-{revision.number}", note=why, answers_message_id=revision.message_id)


def pending(session: Session, order: Order) -> list[OrderRevision]:
    return list(session.scalars(select(OrderRevision).where(
        OrderRevision.order_id == order.id, OrderRevision.status == RevisionStatus.PENDING)
        .order_by(OrderRevision.number)))


def of_order(session: Session, order_id: int) -> list[OrderRevision]:
    return list(session.scalars(select(OrderRevision).where(OrderRevision.order_id == order_id)
                                .order_by(OrderRevision.number)))


def apply(session: Session, order: Order, revision: OrderRevision, actor: str) -> None:
    """Apply the revision to the order's lines and fields (or cancel the order), with its audit event; once
    the ERP has the order, its connector's job is queued with it."""
    if revision.kind == RevisionKind.CANCEL:
        transition(session, order, OrderStatus.CANCELLED, actor, {"revision": revision.number})
    else:
        _apply_difference(session, order, revision)
    revision.status, revision.decided_by, revision.decided_at = RevisionStatus.APPLIED, actor, utcnow()
    in_erp = order.erp_order_number is not None
    revision.after_erp = revision.after_erp or in_erp
    if in_erp:
        revision.delivery = RevisionDelivery.QUEUED
        enqueue(session, JOB, f"order:{order.id}:{JOB}:{revision.number}", order_id=order.id,
                generation=str(revision.number))
    audit(session, actor, "order", order.id, "revision_applied", detail={
        "revision": revision.number, "kind": revision.kind, "difference": revision.difference,
        "header": revision.header_difference})
    # An EDI buyer's change is answered in EDI: the order as it now stands against what they first asked.
    edi_answer(session, order, f"revision-{revision.number}", revision)


def _apply_difference(session: Session, order: Order, revision: OrderRevision) -> None:
    by_no = {ln.line_no: ln for ln in order.lines}
    for row in revision.difference:
        after, line_no = row.get("after"), int(row["line_no"])
        line = by_no.get(line_no)
        if row["change"] == "removed" and line is not None:
            reasons.drop(order, line_no)
            order.lines.remove(line)
        elif row["change"] == "changed" and line is not None and after is not None:
            line.quantity = _decimal(after.get("quantity"))
            line.unit_price = _decimal(after.get("unit_price"))
        elif row["change"] == "added" and after is not None:
            number = line_no if line_no not in by_no else max(by_no, default=0) + 1
            new = OrderLine(line_no=number, raw_text=row.get("written"), description=after.get("description"),
                            sku=after.get("sku"), quantity=_decimal(after.get("quantity")), uom=after.get("uom"),
                            unit_price=_decimal(after.get("unit_price")), match_method="revision", match_score=100.0,
                            confidence=1.0 if row.get("strong") else 0.5, candidates=[])
            order.lines.append(new)
            by_no[number] = new
    for field in revision.header_difference:
        if field["field"] == "requested_date" and field.get("after"):
            order.requested_date = date.fromisoformat(field["after"])
        elif field["field"] == "ship_to" and field.get("after"):
            order.ship_to = {"street": field["after"]}
    session.flush()


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def decline(session: Session, order: Order, revision: OrderRevision, actor: str, reason: str,
            tell_buyer: bool = True) -> None:
    """Decline a pending revision with the clerk's reason; the buyer is told unless `tell_buyer` is off."""
    revision.status, revision.reason = RevisionStatus.DECLINED, reason
    revision.decided_by, revision.decided_at = actor, utcnow()
    audit(session, actor, "order", order.id, "revision_declined", detail={"revision": revision.number,
                                                                         "reason": reason})
    if tell_buyer:
        record(session, order, "revision", f"revision-{revision.number}", note=reason,
               answers_message_id=revision.message_id)
        edi_answer(session, order, f"revision-{revision.number}", revision, refused=True)


def send(session: Session, order: Order, connectors: Any, generation: str = "") -> bool:
    """The `revision` job: hand an applied revision to the ERP connector (its `amend_order`), once."""
    revision = session.scalar(select(OrderRevision).where(OrderRevision.order_id == order.id,
                                                          OrderRevision.number == int(generation or 0)))
    if revision is None or revision.delivery != RevisionDelivery.QUEUED:
        return False
    amend = getattr(connectors.erp, "amend_order", None)
    if amend is None:
        revision.delivery = RevisionDelivery.UNSUPPORTED
        audit(session, "erp", "order", order.id, "revision_not_sent", detail={
            "revision": revision.number, "reason": "the ERP connector cannot take revisions: amend the ERP's order "
                                                   "by hand"})
        return False
    amend(session, order, revision, f"order:{order.id}:{JOB}:{revision.number}")
    revision.delivery = RevisionDelivery.SENT
    audit(session, "erp", "order", order.id, "revision_sent", detail={"revision": revision.number})
    return True
