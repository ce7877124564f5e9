"""The first job of every message: split, extract, match, decide, and file the order.

This is where the stages meet, in flow order; each stage itself works on plain data and knows
nothing of the others. Everything here runs in the job's one transaction: the documents, the order,
its audit events and its next job commit together or not at all.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from config import Settings
from extractors.registry import extract_part
from intake.mime import parse_message
from matching.customers import resolve_customer
from matching.decision import decide
from matching.knowledge_store import DbKnowledge, load_catalog, load_customers
from matching.order_matching import match_order
from models.schemas import Decision, Extraction, MatchedOrder, ParsedMessage, Part, Reason
from models.tables import Document, InboundMessage, Order, OrderLine
from orchestration.audit import audit, transition
from orchestration.jobs import enqueue

_ORDER_WORDS = re.compile(r"\b(order|purchase|p\.?o\.?|bestellung|pedido|commande|please (send|ship)|"
                          r"we need|quote)\b", re.IGNORECASE)
# Prefer what was read from structure over what was read from prose.
_PREFERENCE = {"attachment": 3, "body_html": 2, "body_text": 1}


@dataclass
class ReadPart:
    part: Part
    document: Document
    extraction: Extraction


def _documents(session: Session, message: InboundMessage, parsed: ParsedMessage) -> list[ReadPart]:
    read: list[ReadPart] = []
    for part in parsed.parts:
        extraction = extract_part(part)
        if extraction.error:
            status = "unsupported" if extraction.extractor == "none" else "error"
        else:
            status = "extracted" if extraction.lines else "no_order_content"
        doc = Document(
            message_id=message.id, part_index=part.index, role=part.role, filename=part.filename,
            media_type=part.media_type, sha256=hashlib.sha256(part.content).hexdigest(),
            size=len(part.content), content=part.content, extractor=extraction.extractor,
            extraction_status=status, error=extraction.error,
        )
        session.add(doc)
        read.append(ReadPart(part, doc, extraction))
    session.flush()
    return read


def _looks_like_order(chosen: ReadPart, parsed: ParsedMessage) -> bool:
    """Prose lines alone are weak evidence; a note saying '2 of us will come' is not an order."""
    if chosen.part.role == "attachment" and chosen.extraction.extractor != "email_text":
        return True
    ex = chosen.extraction
    if ex.header.po_number is not None or any(line.item_code for line in ex.lines):
        return True
    text = parsed.subject + "\n" + chosen.part.content.decode("utf-8", errors="replace")
    return bool(_ORDER_WORDS.search(text))


def _describe(doc: Document) -> str:
    return doc.filename or doc.role.replace("_", " ")


def _close(session: Session, message: InboundMessage, status: str, reason: str) -> None:
    message.status, message.error = status, reason
    audit(session, "system", "message", message.id, status, detail={"error": reason})


def process_message(session: Session, message: InboundMessage, settings: Settings) -> list[Order]:
    """File the message's order(s); a message that holds none ends with a status and a reason."""
    parsed = parse_message(message.raw, settings.mime_limits())
    if parsed.error:
        _close(session, message, "error", parsed.error)
        return []
    read = _documents(session, message, parsed)
    if parsed.not_an_order:
        _close(session, message, "not_an_order", f"not an order: {parsed.not_an_order}")
        return []
    with_lines = [r for r in read if r.extraction.lines]
    failed = [r for r in read if r.extraction.error]
    if not with_lines:
        if failed:
            _close(session, message, "error",
                   "; ".join(f"{_describe(r.document)}: {r.extraction.error}" for r in failed))
        elif not any(r.part.content.strip() for r in read):
            _close(session, message, "error", "empty email: no body text and no attachments")
        elif parsed.refused:
            # What was refused might have been the order: the clerk must hear of it, not "not an order".
            _close(session, message, "error", "; ".join(parsed.refused))
        elif po_numbers := [r.extraction.header.po_number.value for r in read
                            if r.part.role == "attachment" and r.extraction.header.po_number]:
            # An attached document with a PO number but no readable line is an order we failed to
            # read, which a clerk must see. (A body merely mentioning a PO is often just a note.)
            _close(session, message, "error", f"looks like an order (PO {po_numbers[0]}) but no order line could "
                                              f"be read in {', '.join(_describe(r.document) for r in read)}")
        else:
            _close(session, message, "not_an_order", "not an order: no order lines found in the body or attachments")
        return []
    chosen = max(with_lines, key=lambda r: (_PREFERENCE.get(r.part.role, 0), len(r.extraction.lines)))
    if not _looks_like_order(chosen, parsed):
        _close(session, message, "not_an_order", "not an order: no PO number, item codes or order wording")
        return []

    header = chosen.extraction.header
    for other in sorted(read, key=lambda r: -_PREFERENCE.get(r.part.role, 0)):
        if other is not chosen:
            header = header.merged_with(other.extraction.header)
    customer = resolve_customer(parsed.from_addr, parsed.original_from_addr, load_customers(session),
                                settings.supplier_domains)
    catalog = load_catalog(session)
    orders = []
    # A document may hold several orders (an X12 interchange); the message's other parts only
    # lend header fields to the first.
    for extraction, order_header in [(chosen.extraction, header)] + [
        (sibling, sibling.header) for sibling in chosen.extraction.siblings
    ]:
        matched = match_order(order_header, extraction.lines, customer, catalog, DbKnowledge(session),
                              settings.price_tolerance, settings.fuzzy_min_score)
        for text in extraction.unread:
            matched.reasons.append(Reason("unread_line", f"could not read this as an order line: '{text[:120]}'"))
        for r in failed:
            matched.reasons.append(Reason("unreadable_attachment",
                                          f"{_describe(r.document)} could not be read: {r.extraction.error}"))
        for sentence in parsed.refused:
            matched.reasons.append(Reason("refused_attachment", sentence))
        decision = decide(matched, settings.auto_approve_min_confidence)
        orders.append(file_order(session, message, chosen.document, matched, decision))
    message.status = "processed"
    message.error = None
    return orders


def file_order(session: Session, message: InboundMessage | None, document: Document | None,
               matched: MatchedOrder, decision: Decision) -> Order:
    h = matched.header
    order = Order(
        message_id=message.id if message else None,
        document_id=document.id if document else None,
        customer_id=matched.customer.customer_id,
        customer_method=matched.customer.method,
        buyer_name=h.buyer.value if h.buyer else None,
        po_number=h.po_number.value if h.po_number else None,
        order_date=h.order_date.value if h.order_date else None,
        requested_date=h.requested_date.value if h.requested_date else None,
        currency=h.currency.value if h.currency else None,
        ship_to=h.ship_to.value.to_json() if h.ship_to else None,
        status="extracted",
        confidence=decision.confidence,
        review_reasons=[r.to_json() for r in decision.reasons],
        auto_approved=decision.auto_approve,
    )
    for ml in matched.lines:
        ex = ml.extracted
        order.lines.append(OrderLine(
            line_no=ml.line_no, raw_text=ex.raw_text, item_code=ex.item_code, customer_part=ex.customer_part,
            description=ex.description, quantity=ex.quantity, uom=ml.uom,
            unit_price=ml.unit_price if ml.unit_price is not None else ml.expected_price,
            sku=ml.match.sku, match_method=ml.match.method, match_score=ml.match.score,
            confidence=ml.confidence, candidates=[c.to_json() for c in ml.match.candidates],
            provenance=ex.provenance.to_json() if ex.provenance else None,
            reasons=[r.to_json() for r in ml.reasons],
        ))
    session.add(order)
    session.flush()
    audit(session, "system", "order", order.id, "created",
          detail={"customer_method": matched.customer.method, "confidence": decision.confidence})
    if decision.auto_approve:
        transition(session, order, "approved", "system", {"auto": True})
        enqueue(session, "erp", f"order:{order.id}:erp", order_id=order.id)
    else:
        transition(session, order, "needs_review", "system", {"reasons": [r.code for r in decision.reasons]})
    return order
