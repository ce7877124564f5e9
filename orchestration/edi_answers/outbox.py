"""Recording EDI answers in the caller's transaction: when an order that came as X12, EDIFACT or UBL is
accepted by the ERP, rejected by a clerk, or a buyer's change of it is applied or refused, each answer the
customer wants is rendered whole (its control numbers taken now, so every delivery carries the same
bytes), kept as a row of `edi_answers`, and its delivery job queued with it.

Which answers: `customers.edi_answers` names them; NULL answers in the syntax the order came in (X12: 997
and 855; EDIFACT: CONTRL and ORDRSP; UBL: OrderResponse). Only answers of the order's own syntax are made:
their envelope answers the buyer's. A functional acknowledgement (997, CONTRL) is made once per document
received, as soon as it is filed (`acknowledge_receipt`: an order, or a change that came as EDI); the others
once per order and occasion (accepted, rejected, revision-<n>). A change applied before the ERP took the order is
answered by the order's own answer when the ERP takes it (its lines then say "changed"); one applied after,
or refused, is answered at once."""

from __future__ import annotations

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from extractors import edi_x12
from extractors import edifact as edifact_reader
from extractors import ubl as ubl_reader
from models.audit import audit
from models.schemas import EdiSyntaxError
from models.status import EDI_ANSWER_DOCUMENTS, AcknowledgementStatus, EdiAnswerKind, RevisionKind
from models.tables import Document, EdiAnswer, Order, OrderLine, OrderRevision, utcnow
from orchestration.edi_answers import control, edifact, ubl, x12
from orchestration.edi_answers.lines import (
    AnswerLine,
    ChangeAnswer,
    answer_kind,
    answer_lines,
    change_answers,
    change_kind,
)
from orchestration.edi_answers.source import (
    EDIFACT,
    UBL,
    X12,
    Source,
    SourceError,
    read_source,
    syntax_errors,
)
from orchestration.jobs import enqueue

STAGE = "edi_answer"
# X12: the 865 answers a buyer's 860 (in place of an 855); a change by email is still answered with an 855.
DEFAULTS = {X12: ("997", "855", "865"), EDIFACT: ("CONTRL", "ORDRSP"), UBL: ("OrderResponse",)}
SYNTAX = EDI_ANSWER_DOCUMENTS
FUNCTIONAL = {"997", "CONTRL"}
EDI_READERS = {edi_x12.NAME, edifact_reader.NAME, ubl_reader.NAME}
EXTENSIONS = {X12: "x12", EDIFACT: "edi", UBL: "xml"}
# The job gives up on its own before the queue would park it: a parked job fails its order, and an
# answer to the buyer must never do that.
JOB_MAX_ATTEMPTS = 200
SELLER = "order-intake"


def wanted(configured: list[str] | None, syntax: str) -> list[str]:
    """The answers a customer wants to an order in `syntax`: as configured (of that syntax), else the default."""
    if configured is None:
        return list(DEFAULTS[syntax])
    return [kind for kind in configured if SYNTAX.get(kind) == syntax]


def _load_provenance(session: Session, order: Order) -> None:
    """The lines' provenance in one query, when the stage's batch left it unloaded (one query per line else)."""
    missing = {line.id: line for line in order.lines if "provenance" in inspect(line).unloaded}
    if missing:
        for line_id, provenance in session.execute(select(OrderLine.id, OrderLine.provenance).where(
                OrderLine.id.in_(list(missing)))):
            set_committed_value(missing[line_id], "provenance", provenance)


def _edi_document(session: Session, message_id: int | None) -> Document | None:
    """The first document of a message that is an X12, EDIFACT or UBL order (a change's 860, ORDCHG...)."""
    if message_id is None:
        return None
    # Read by their bytes: while a change is filed, its documents' extractor is not written yet.
    for document in session.scalars(select(Document).where(Document.message_id == message_id)
                                    .order_by(Document.part_index)):
        try:
            if read_source(document, None) is not None:
                return document
        except SourceError:
            continue
    return None


def acknowledge_receipt(session: Session, order: Order, revision: OrderRevision | None = None) -> list[EdiAnswer]:
    """The functional acknowledgement (997, CONTRL) of the document an order, or a buyer's change of it, came
    in, made as soon as it is filed: a trading partner waits for it within hours, whatever a clerk does
    with the order. Once per document."""
    occasion = f"revision-{revision.number}-received" if revision is not None else "received"
    return answer(session, order, occasion, revision, received_only=True)


def answer(session: Session, order: Order, occasion: str, revision: OrderRevision | None = None,
           refused: bool = False, received_only: bool = False) -> list[EdiAnswer]:
    """Record the answers an occasion calls for ("accepted", "rejected", "revision-2"), and queue their job.
    `revision`: the buyer's change this answers; `refused`: that change was not applied; `received_only`: the
    functional acknowledgements alone. Nothing for an order that did not come as EDI or UBL, or whose customer
    wants no answer."""
    if order.document_id is None:
        return []
    # Which extractor read the order's document, asked alone: most orders are PDFs and emails, whose bytes
    # (megabytes) need not be loaded to know that they get no EDI answer.
    extractor = session.scalar(select(Document.extractor).where(Document.id == order.document_id))
    if extractor not in EDI_READERS:
        return []
    document = session.get(Document, order.document_id)
    if document is None:
        return []
    _load_provenance(session, order)
    try:
        source = read_source(document, order)
    except SourceError as exc:
        audit(session, "system", "order", order.id, "edi_answer_failed", detail={"reason": str(exc)})
        return []
    if source is None:
        return []
    customer = order.customer
    kinds = wanted(customer.edi_answers if customer is not None else None, source.syntax)
    if not kinds:
        return []
    lines = [] if refused else answer_lines(source.lines, order)
    kind = EdiAnswerKind.REJECTED if refused else answer_kind(order, lines)
    # A change that came as EDI is acknowledged as received in its own envelope; the business answer speaks
    # of the order, as the buyer first sent it.
    answered = _edi_document(session, revision.message_id) if revision is not None else None
    functional_source = source
    if answered is not None:
        try:
            functional_source = read_source(answered, None) or source
        except SourceError:
            answered = None
    # An X12 860 is answered with an 865 (what became of each of its lines) when the customer takes 865s.
    as_865 = (answered is not None and functional_source.syntax == X12 and functional_source.set_id == "860"
              and "865" in kinds)
    made: list[EdiAnswer] = []
    for name in kinds:
        if name in FUNCTIONAL:
            if revision is not None and answered is None:
                continue  # a change by email: nothing of it to acknowledge as EDI
            doc = answered or document
            # Once per interchange received: a file of several interchanges (several partners) gets one each.
            key = f"document:{doc.id}:{name}:{functional_source.interchange_ref}"
            made += _record(session, order, name, key, functional_source, doc, revision, EdiAnswerKind.RECEIVED,
                            [], occasion)
        elif received_only:
            continue
        elif revision is not None and not refused and order.erp_order_number is None:
            # A change applied before the ERP took the order: the order's own answer, when the ERP takes it,
            # says what became of each line against what was first asked (a change is "changed" there).
            continue
        elif name == "865" or (name == "855" and as_865):
            if name == "865" and as_865 and revision is not None and answered is not None:
                changes = change_answers(functional_source.lines, source.lines, order, refused)
                made += _record(session, order, name, f"order:{order.id}:{STAGE}:{occasion}:{name}",
                                functional_source, answered, revision, change_kind(changes, refused), [], occasion,
                                changes)
            # An 865 answers an 860 alone; an 860 gets no 855 besides it.
        else:
            made += _record(session, order, name, f"order:{order.id}:{STAGE}:{occasion}:{name}", source, document,
                            revision, kind, lines, occasion)
    if made:
        enqueue(session, STAGE, f"order:{order.id}:{STAGE}:{occasion}", order_id=order.id,
                max_attempts=JOB_MAX_ATTEMPTS, generation=occasion)
    return made


def functional_kind(source: Source, errors: list[EdiSyntaxError]) -> EdiAnswerKind:
    """What a functional acknowledgement of `source` says: received (every set accepted, errors at most noted),
    rejected (the interchange, or every set of it), or partly rejected."""
    mine = [e for e in errors if e.interchange == source.interchange_ref and not e.accepted]
    if not mine:
        return EdiAnswerKind.RECEIVED
    if any(e.level == "interchange" for e in mine):
        return EdiAnswerKind.REJECTED
    if source.syntax == X12:
        groups = {e.group for e in mine if e.level == "group"}
        every = [(g.control, control) for g in source.groups for _, control in g.sets]
        out = {(g, c) for g, c in every if g in groups} | {(e.group, e.set_control) for e in mine if e.level == "set"}
    else:
        every = [("", ref) for ref, _ in source.messages]
        out = {("", e.set_control) for e in mine if e.level == "set"}
    return EdiAnswerKind.REJECTED if every and all(s in out for s in every) else EdiAnswerKind.PARTLY_REJECTED


def _record(session: Session, order: Order, name: str, key: str, source: Source, document: Document,
            revision: OrderRevision | None, kind: EdiAnswerKind, lines: list[AnswerLine],
            occasion: str, changes: list[ChangeAnswer] | None = None) -> list[EdiAnswer]:
    if session.scalar(select(EdiAnswer.id).where(EdiAnswer.idempotency_key == key)) is not None:
        return []  # made already (a functional acknowledgement of this document, a stage run again)
    partner = source.sender if source.syntax != UBL else ("", order.customer_id or source.sender[1] or "")
    number = control.next_control(session, control.counter_name(source.syntax, partner))
    stamp = utcnow().replace(microsecond=0)
    # BAK01: an original order's answer, or one to a change (04), or to a cancellation (01).
    purpose = "00" if revision is None else "01" if revision.kind == RevisionKind.CANCEL else "04"
    errors: list[EdiSyntaxError] = []
    if name in FUNCTIONAL:
        # What of the interchange broke its syntax: the 997 or CONTRL says it back, set by set.
        errors = syntax_errors(document)
        kind = functional_kind(source, errors)
    if name == "997":
        content = x12.render_997(source, number, stamp, errors)
    elif name == "855":
        content = x12.render_855(source, order, lines, kind, purpose, number, stamp)
    elif name == "865":
        assert revision is not None
        content = x12.render_865(source, order, changes or [], kind, revision.kind == RevisionKind.CANCEL,
                                 revision.reason if kind == EdiAnswerKind.REJECTED else None, number, stamp)
    elif name == "CONTRL":
        content = edifact.render_contrl(source, number, stamp, errors)
    elif name == "ORDRSP":
        content = edifact.render_ordrsp(source, order, lines, kind, number, stamp)
    else:
        response_id = f"{(source.po_number or order.po_number or f'OI-{order.id}')[:40]}-R{number}"
        content = (ubl.render_order_response(source, order, lines, kind, response_id, stamp, SELLER)
                   if name == "OrderResponse"
                   else ubl.render_order_response_simple(source, order, kind, response_id, stamp, SELLER))
    where = f"document-{document.id}" if name in FUNCTIONAL else f"order-{order.id}-{occasion}"
    row = EdiAnswer(order_id=order.id, message_id=(revision.message_id if revision is not None
                                                   else order.message_id),
                    document_id=document.id, kind=name, syntax=source.syntax, answer=kind,
                    partner=":".join(p for p in partner if p)[:100] or None, control_number=str(number),
                    file_name=f"{where}-{name}-{number}.{EXTENSIONS[source.syntax]}", content=content,
                    idempotency_key=key, status=AcknowledgementStatus.PENDING)
    session.add(row)
    session.flush()
    audit(session, "system", "order", order.id, "edi_answer", detail={
        "kind": name, "answer": kind, "control_number": number, "occasion": occasion})
    return [row]
