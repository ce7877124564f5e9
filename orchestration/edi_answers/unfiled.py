"""Functional acknowledgements of EDI that became no order: an X12 interchange or EDIFACT interchange whose syntax
errors (extractors/x12_syntax.py, edifact_syntax.py) rejected every order in it is still answered, with a 997 or
CONTRL saying which transaction set, segment and element failed and why, recorded as an `EdiAnswer` of no
order and delivered by its own job on the message, the way the customer's other answers go (the ERP connector,
or attached to an email under the buyer's own), once.

An interchange part of which became orders is answered with those orders (outbox.acknowledge_receipt), in one
997 or CONTRL that rejects the bad sets beside the accepted ones: the two paths share the answer's key
(`document:<id>:<kind>:<interchange>`), so whichever comes first makes it and the other finds it made."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from config import Settings
from matching.customers import DocumentEvidence, resolve_customer
from matching.knowledge_store import load_customers, po_shapes
from models.audit import audit
from models.schemas import EdiSyntaxError, PartyIds
from models.status import AcknowledgementStatus
from models.tables import Customer, Document, EdiAnswer, InboundMessage, utcnow
from orchestration.edi_answers import control, edifact, x12
from orchestration.edi_answers.outbox import EXTENSIONS, FUNCTIONAL, JOB_MAX_ATTEMPTS, functional_kind, wanted
from orchestration.edi_answers.source import Source, SourceError, interchange_sources, syntax_errors
from orchestration.jobs import enqueue

STAGE = "edi_message_answer"


def job_key(message_id: int) -> str:
    return f"message:{message_id}:{STAGE}"


def answer_unfiled(session: Session, message: InboundMessage, settings: Settings) -> list[EdiAnswer]:
    """Record the 997 or CONTRL of each interchange of the message's documents that its syntax errors kept from
    becoming an order (in the caller's transaction, with its delivery job). Nothing for documents without
    errors, interchanges answered with their orders already, or a customer who wants no functional
    acknowledgement."""
    made: list[EdiAnswer] = []
    for document in message.documents:
        if not document.edi_errors:
            continue
        errors = syntax_errors(document)
        try:
            sources = interchange_sources(document)
        except SourceError:
            continue  # the envelope cannot be read at all: there is nothing to answer it in
        for source in sources:
            if any(e.interchange == source.interchange_ref for e in errors):
                made += _answer(session, message, document, source, errors, settings)
    if made:
        enqueue(session, STAGE, job_key(message.id), message_id=message.id, max_attempts=JOB_MAX_ATTEMPTS)
    return made


def _customer(session: Session, message: InboundMessage, source: Source, settings: Settings) -> Customer | None:
    """Who sent the interchange: its envelope's sender id, else the email's sender, as for an order."""
    ids = tuple(i for i in (source.sender[1], source.app_sender) if i)
    found = resolve_customer(message.from_addr, message.original_from_addr, load_customers(session),
                             settings.supplier_domains, DocumentEvidence(buyer_ids=PartyIds(edi=ids)),
                             lambda: po_shapes(session))
    return session.get(Customer, found.customer_id) if found.customer_id else None


def _answer(session: Session, message: InboundMessage, document: Document, source: Source,
            errors: list[EdiSyntaxError], settings: Settings) -> list[EdiAnswer]:
    customer = _customer(session, message, source, settings)
    made = []
    for name in wanted(customer.edi_answers if customer is not None else None, source.syntax):
        if name not in FUNCTIONAL:
            continue
        key = f"document:{document.id}:{name}:{source.interchange_ref}"
        if session.scalar(select(EdiAnswer.id).where(EdiAnswer.idempotency_key == key)) is not None:
            continue  # answered with the orders the interchange gave, or on an earlier run
        number = control.next_control(session, control.counter_name(source.syntax, source.sender))
        stamp = utcnow().replace(microsecond=0)
        content = (x12.render_997(source, number, stamp, errors) if name == "997"
                   else edifact.render_contrl(source, number, stamp, errors))
        row = EdiAnswer(order_id=None, customer_id=customer.id if customer is not None else None,
                        message_id=message.id, document_id=document.id, kind=name, syntax=source.syntax,
                        answer=functional_kind(source, errors),
                        partner=":".join(p for p in source.sender if p)[:100] or None, control_number=str(number),
                        file_name=f"document-{document.id}-{name}-{number}.{EXTENSIONS[source.syntax]}",
                        content=content, idempotency_key=key, status=AcknowledgementStatus.PENDING)
        session.add(row)
        session.flush()
        audit(session, "system", "message", message.id, "edi_answer", detail={
            "kind": name, "answer": row.answer, "control_number": number, "document_id": document.id})
        made.append(row)
    return made
