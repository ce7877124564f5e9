"""The first job of every message: extract, match, decide, and file the order.

This is where the stages meet, in flow order; each stage itself works on plain data and knows
nothing of the others. Intake already parsed the message once: its parts are its `Document` rows and
its header facts are columns, so nothing here reads the raw message again. What is written commits in
the job's one transaction: the documents' extraction results, the order, its audit events and (queued
by orchestration/pipeline.py for an order approved at once) its next job commit together or not at all.

Nothing is written before everything is read and decided. On SQLite the first write takes the database's
one write lock until the commit, so a job that wrote first and then read and matched for a minute kept
every login, every intake and its own heartbeat waiting ("database is locked"). The worker reads the parts
before the job's transaction (`stored_parts`, `read_parts`, with no transaction open); here matching and
the decision only read, and the writes come last, together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session, defer

from config import ReadLimits, Settings
from extractors.email_text import SIGNED_COMPANY_CONFIDENCE, order_text, without_mail_headers
from extractors.forwards import with_subject
from extractors.header_fields import document_purpose, find_subject_po_number
from extractors.html_table import read_html
from extractors.pdf_table import SCANNED
from extractors.registry import extract_part
from extractors.signatures import buyer_named_by_sender
from intake.classify import (
    asks_about_status,
    asks_for_goods,
    coded_quantity_lines,
    names_an_order,
    no_reply_sender,
    not_an_order_words,
    other_business,
    reports_a_fault,
    requests_goods,
    says_it_is_not_an_order,
)
from intake.sender_auth import MAIL_SOURCES
from intake.store import stored_sender
from matching.catalog import normalise_sku
from matching.customers import CustomerMatch, CustomerRecord, DocumentEvidence, resolve_customer
from matching.decision import decide, sender_doubt, sender_required
from matching.knowledge_store import DbKnowledge, load_catalog, load_customers, po_shapes
from matching.order_matching import match_order
from models import reasons
from models.audit import audit
from models.schemas import (
    Decision,
    DocumentPurpose,
    ExtractedHeader,
    Extraction,
    Field,
    MatchedOrder,
    Part,
    Purpose,
    Reason,
    StatedMention,
    edi_errors_text,
)
from models.status import ExtractionStatus, MessageStatus, OrderStatus
from models.tables import Customer, Document, InboundMessage, Order, OrderLine
from orchestration import several_orders, within_bounds
from orchestration.revisions import file_change
from orchestration.status_questions import asked_po_numbers, file_status_question
from orchestration.transitions import transition
from vocabulary.dates import (
    DayOrderSign,
    country_sign,
    currency_sign,
    domain_sign,
    locale_sign,
    parse_date,
    settle_day_order,
    text_signs,
)
from vocabulary.mail_headers import BEGIN_FORWARDED, FORWARD_PREFIX, FORWARDED_MESSAGE, REPLY_PREFIX

# Prefer what was read from structure over what was read from prose.
_PREFERENCE = {"attachment": 3, "body_html": 2, "body_text": 1}


@dataclass
class ReadPart:
    part: Part
    document: Document
    extraction: Extraction


# What the worker read of a message's parts before the job's transaction: each document's id -> its reading.
Readings = Mapping[int, Extraction]


def _part(doc: Document, subject: str | None) -> Part:
    return with_subject(Part(doc.part_index, doc.role, doc.media_type, doc.filename, doc.content, doc.alternative),
                        subject)


def stored_parts(session: Session, message_id: int) -> list[tuple[int, Part]] | None:
    """The parts intake stored for a message still to be processed, as plain data with their documents' ids
    (to be read with no transaction open); None when there is nothing to process."""
    # The raw bytes stay in the database: its parts are what is read (a 60 MB message is 60 MB more).
    message = session.get(InboundMessage, message_id, options=[defer(InboundMessage.raw)])
    if message is None or message.status != MessageStatus.RECEIVED:
        return None
    return [(doc.id, _part(doc, message.subject)) for doc in message.documents]


def read_parts(parts: list[tuple[int, Part]], limits: ReadLimits) -> dict[int, Extraction]:
    """Each part read by its extractor: no database, so the slow part of a message's job holds no lock."""
    return {doc_id: extract_part(part, limits) for doc_id, part in parts}


def _documents(message: InboundMessage, limits: ReadLimits, readings: Readings | None = None) -> list[ReadPart]:
    """Each of the message's parts (stored by intake) read by its extractor, or as the worker read it
    already. Nothing is written: `_record` puts the outcomes on the documents, when the job writes."""
    read: list[ReadPart] = []
    for doc in message.documents:
        part = _part(doc, message.subject)
        given = readings.get(doc.id) if readings is not None else None
        extraction = given if given is not None else extract_part(part, limits)
        if extraction.too_large and not extraction.lines:
            # Not read, and not to be read by anything below either (the wording rules, the signs of day
            # order): a 60 MB text is as unread here as in its extractor.
            part = replace(part, content=b"")
        read.append(ReadPart(part, doc, extraction))
    return read


def _record(read: list[ReadPart]) -> None:
    """Each document's extraction outcome, on its row."""
    for r in read:
        extraction = r.extraction
        if extraction.too_large:
            status = ExtractionStatus.TOO_LARGE
        elif extraction.error:
            status = ExtractionStatus.UNSUPPORTED if extraction.extractor == "none" else ExtractionStatus.ERROR
        else:
            status = ExtractionStatus.EXTRACTED if extraction.lines else ExtractionStatus.NO_ORDER_CONTENT
        doc = r.document
        doc.extractor, doc.extraction_status = extraction.extractor, status
        doc.error = extraction.error or (f"too large to read whole: {extraction.too_large}"
                                         if extraction.too_large else None)
        # An interchange's syntax errors, as data for its 997 or CONTRL; the clerk reads them in `error`, also when
        # only some of its transaction sets were rejected and the others became orders.
        doc.edi_errors = [e.to_json() for e in extraction.edi_errors] or None
        if extraction.edi_errors and doc.error is None:
            doc.error = edi_errors_text(extraction.edi_errors)


# Lines that each give a quantity of a thing we sell: a buyer's list, whatever words come around it.
PRODUCT_LINES = 2


def _looks_like_order(session: Session, chosen: ReadPart, message: InboundMessage) -> bool:
    """Prose lines alone are weak evidence; a note saying '2 of us will come' is not an order. A list of
    quantities of our products is one, said in order words or not ("Big one next weekend: two cases of
    shrimp, a case of heavy cream..."): closing it unseen would lose the order."""
    if chosen.part.role == "attachment" and chosen.extraction.extractor != "email_text":
        return True
    ex = chosen.extraction
    if ex.header.po_number is not None or any(line.item_code for line in ex.lines):
        return True
    if asks_for_goods((message.subject or "") + "\n" + chosen.part.content.decode("utf-8", errors="replace")):
        return True
    if no_reply_sender(message.from_addr):
        return False  # a machine's report listing goods (a shop's abandoned carts) is nobody's order
    catalog = load_catalog(session)
    named = sum(1 for line in ex.lines if line.quantity and catalog.names_a_product(line.description))
    if named >= PRODUCT_LINES:
        return True
    # A customer on file writing quantities of goods we sell in their own shorthand ("toner for the HP M404 x3
    # ... and a box of the legal size manila folders") is ordering far more often than not: a clerk looks,
    # rather than the order being closed unseen. (Counts naming nothing we sell, "2 of us will come at ten",
    # are no order from anyone.) So is one listing several counted goods in a language our catalog is not
    # written in ("due bobine di stagno ...", "tre scatole di fusibili ..."), whose words name nothing of ours.
    # (Each on a line of its own, as a list is written: "2 of us will come at ten, 3 more at noon" lists nothing.)
    text = chosen.part.content.decode("utf-8", errors="replace")
    counted = len({text.count("\n", 0, line.provenance.span[0]) for line in ex.lines
                   if line.quantity and line.description and line.provenance and line.provenance.span})
    if named < 1 and counted < PRODUCT_LINES:
        return False
    return resolve_customer(
        message.from_addr, message.original_from_addr, load_customers(session)).customer_id is not None


_COMPLAINT = "it is about goods received (a return, credit or complaint)"


def _only_faults(chosen: ReadPart, message: InboundMessage, read: list[ReadPart]) -> bool:
    """Every line read from the email's text says what was wrong with goods received ("two sticks were bent",
    "the box of anchors was missing") and the buyer's own words ask for no goods: a complaint, not an order."""
    if chosen.part.role == "attachment" or not chosen.extraction.lines:
        return False
    if not all(reports_a_fault(line.raw_text) for line in chosen.extraction.lines):
        return False
    return not requests_goods("\n".join(_newest_texts(message, read)[0]))


def _describe(doc: Document) -> str:
    return doc.filename or doc.role.replace("_", " ")


def _close(session: Session, message: InboundMessage, status: MessageStatus, reason: str) -> None:
    message.status, message.error = status, reason
    audit(session, "system", "message", message.id, status, detail={"error": reason})


def process_message(session: Session, message: InboundMessage, settings: Settings,
                    readings: Readings | None = None) -> list[Order]:
    """File the message's order(s); a message that holds none ends with a status and a reason. `readings`:
    its parts as the worker read them before this transaction (read here when not given)."""
    read = _documents(message, settings.read_limits(), readings)
    orders = _process(session, message, settings, read)
    _record(read)
    return orders


def _process(session: Session, message: InboundMessage, settings: Settings, read: list[ReadPart]) -> list[Order]:
    if message.not_an_order:
        _close(session, message, MessageStatus.NOT_AN_ORDER, f"not an order: {message.not_an_order}")
        return []
    if not any(r.extraction.lines for r in read) and (too_large := [r for r in read if r.extraction.too_large]):
        # A part over a reading limit may be the order (125,000 lines pasted, an interchange of 100,000
        # segments): a clerk sees it with the reason, nothing else is guessed from what was not read.
        return _file(session, message, settings, read, too_large[0], [], [])
    not_orders = [r for r in read if r.extraction.document_kind]
    with_lines = [r for r in read if r.extraction.lines and not r.extraction.document_kind]
    extra_titled: list[Reason] = []
    if (said := _says_it_is_not_an_order(message, read, with_lines)) is not None:
        kind, what = said
        # A quote request that says outright it is no order yet is closed as what it says, lines or not.
        if kind != "quote" or not with_lines or says_it_is_not_an_order("\n".join(_newest_texts(message, read)[0])):
            _close(session, message, MessageStatus.NOT_AN_ORDER, f"not an order: {what}")
            return []
        # "Could you quote the 16 oz as well. Go ahead with the usual: 10 cs CUP-12": a quote asked for
        # beside lines ordered is an order a clerk looks at, never closed unseen.
        extra_titled.append(_about_reason(what))
    if not with_lines:
        # An email's first words are prose as often as a title ("Quote Q-12 accepted, please send ..."):
        # a body that reads as an invoice or quotation but holds order lines goes to a clerk, never
        # closed unseen and never approved untouched.
        titled = [r for r in read if r.extraction.lines and r.extraction.document_kind and r.part.role != "attachment"]
        if titled and (about := _titled_business(message, read)) is not None:
            # "below is the copy of the invoice we have on file": an invoice pasted by accounts payable, whose
            # own words say what it is about and ask for no goods, is that paperwork, not an order.
            _close(session, message, MessageStatus.NOT_AN_ORDER, f"not an order: {about}")
            return []
        if titled:
            with_lines = titled
            extra_titled = [Reason("titled_not_an_order",
                                   f"the email text calls itself {_article(titled[0].extraction.document_kind)}: "
                                   "check that it is an order before approving it")]
    failed = [r for r in read if r.extraction.error]
    unreadable = None if with_lines else _unreadable_order(read)
    if not with_lines and unreadable is None and (acting := _acts_on_an_order(read, message)) is not None:
        # "Please cancel our order 4471", a UBL OrderCancellation, an 860 deleting items: no lines to
        # read, but a buyer's instruction about an order; a clerk must see it (its reason says what it is).
        return _file(session, message, settings, read, acting, [], [])
    if not with_lines and not_orders and unreadable is None:
        first = not_orders[0]
        _close(session, message, MessageStatus.NOT_AN_ORDER,
               f"not an order: {_describe(first.document)} is {_article(first.extraction.document_kind)}")
        return []
    if not with_lines:
        if unreadable is not None:
            # An order we could not read still goes to the review queue, with everything we did read
            # (customer, PO, dates), so a clerk can type its lines from the attachment beside it.
            return _file(session, message, settings, read, unreadable, [], [_unread_reason(unreadable)])
        if failed:
            _close(session, message, MessageStatus.ERROR,
                   "; ".join(f"{_describe(r.document)}: {r.extraction.error}" for r in failed))
        elif not any(r.part.content.strip() for r in read):
            _close(session, message, MessageStatus.ERROR, "empty email: no body text and no attachments")
        elif message.refused:
            # What was refused might have been the order: the clerk must hear of it, not "not an order".
            _close(session, message, MessageStatus.ERROR, "; ".join(message.refused))
        else:
            return _unread_or_closed(session, message, settings, read)
        return []
    chosen = max(with_lines, key=lambda r: (_PREFERENCE.get(r.part.role, 0), len(r.extraction.lines)))
    if not _looks_like_order(session, chosen, message):
        _close(session, message, MessageStatus.NOT_AN_ORDER, "not an order: no PO number, item codes or order wording")
        return []
    if _only_faults(chosen, message, read):
        # "two sticks of 3/4 conduit were bent": every line read says what went wrong with goods received
        _close(session, message, MessageStatus.NOT_AN_ORDER, f"not an order: {_COMPLAINT}")
        return []
    # Several attached POs are several orders (orchestration/several_orders.py), each with its doubts.
    more = _own_order_parts(chosen, with_lines)
    common = _other_parts_reasons(chosen, with_lines, more) + extra_titled
    about = other_business(_message_text(message, read))
    if about is not None:
        # "Has PO 4471 shipped yet? We are waiting on the 4 x TAPE-48-CLR": lines read from mail about an
        # order already placed are that order's, not a new one.
        common.append(_about_reason(about))
    extra = common + _ocr_reasons(chosen) + _quoted_reasons(chosen)
    # A document may hold several orders (an X12 interchange, a body of several POs): one order each.
    return _file(session, message, settings, read, chosen, [chosen.extraction, *chosen.extraction.siblings], extra,
                 [(r, common + _ocr_reasons(r)) for r in more])


def _own_order_parts(chosen: ReadPart, with_lines: list[ReadPart]) -> list[ReadPart]:
    """The other parts of the message that are orders of their own beside the chosen one (attached POs)."""
    others = [r for r in with_lines if r is not chosen]
    found = several_orders.own_orders(several_orders.Reading(chosen.part.role, chosen.extraction),
                                      [several_orders.Reading(r.part.role, r.extraction) for r in others])
    return [others[i] for i in found]


# A subject that forwards ("Fwd:", "WG:", "TR:", "RV:") or answers ("Re:", "AW:", "SV:") carries an older
# message's title, not this one's.
_FORWARD_OR_REPLY_SUBJECT = re.compile(rf"^\s*(?:{FORWARD_PREFIX}|{REPLY_PREFIX})\s?:", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(rf"^\s*{FORWARD_PREFIX}\s?:", re.IGNORECASE)
_FORWARD_MARKER = re.compile(rf"^\s*(?:-{{5,}}\s*{FORWARDED_MESSAGE}|{BEGIN_FORWARDED})", re.IGNORECASE | re.MULTILINE)

def _newest_texts(message: InboundMessage, read: list[ReadPart]) -> tuple[list[str], bool]:
    """The words the sender wrote in this message (its own subject, its bodies without what they quote),
    and whether it forwards another message."""
    subject = message.subject or ""
    texts = [] if _FORWARD_OR_REPLY_SUBJECT.match(subject) else [subject]
    forwarded = bool(_FORWARD_SUBJECT.match(subject))
    for r in read:
        if not r.part.role.startswith("body"):
            continue
        text = r.part.content.decode("utf-8", errors="replace")
        if r.part.role == "body_html" or r.part.media_type == "text/html":
            text = read_html(text)[1]
        forwarded = forwarded or bool(_FORWARD_MARKER.search(text))
        texts.append("\n".join(line for _, line in order_text(text)))
    return texts, forwarded


def _says_it_is_not_an_order(message: InboundMessage, read: list[ReadPart], with_lines: list[ReadPart]
                             ) -> tuple[str, str] | None:
    """What the message's own words say it is, when that is not an order to us (a web shop's confirmation
    to its consumer, a shipping notice, a supplier's order response, a request for a quote), so that it is
    closed as that even though it lists items and quantities; None whenever anything in it is order-like
    beyond doubt: words asking for goods ("please send", "we need"), an attached document with order lines,
    an instruction about an order (a cancellation, a change), or, for a quote request, a PO number.
    As (kind, what): kind "quote", "newsletter" or "notice"."""
    newest, forwarded = _newest_texts(message, read)
    said = not_an_order_words(newest, forwarded)
    if said is None or requests_goods("\n".join(newest)):
        return None
    kind, what = said
    if any(r.part.role == "attachment" for r in with_lines):
        return None
    if any(r.extraction.purpose is not None and r.extraction.purpose.kind in _ACTS_WITHOUT_LINES for r in read):
        return None
    if kind in ("quote", "newsletter") and any(r.extraction.header.po_number is not None for r in read):
        return None  # a PO number is the buyer's: an order that asks a price too, or mailed with a footer
    return kind, what


def _titled_business(message: InboundMessage, read: list[ReadPart]) -> str | None:
    """What the sender's own words say a text titled as an invoice or quotation is about (an invoice copy for
    the records, a question on a bill), when they ask for no goods; None otherwise."""
    newest = "\n".join(_newest_texts(message, read)[0])
    about = other_business(newest)
    return None if about is None or requests_goods(newest) else about


def _other_parts_reasons(chosen: ReadPart, with_lines: list[ReadPart], more: list[ReadPart] | None = None
                         ) -> list[Reason]:
    """Lines in another part that the chosen one (nor another order filed from the message, `more`) does not
    have would silently be left out: say so."""
    filed = [chosen, *(more or [])]
    return [Reason("other_part_has_lines", f"{_describe(r.document)} also holds order lines, which are not in "
                                           f"this order: check whether they belong to it")
            for r in with_lines if not any(r is f for f in filed)
            and not several_orders.repeats_filed(r.extraction, [f.extraction for f in filed])
            and not _body_twins(r, chosen)]


def _ocr_reasons(chosen: ReadPart) -> list[Reason]:
    if not chosen.extraction.read_by_ocr:
        return []
    return [Reason("read_by_ocr", f"{_describe(chosen.document)} is a scan read by OCR: check every line "
                                  "and field against the page")]


def _quoted_reasons(chosen: ReadPart) -> list[Reason]:
    if not chosen.extraction.read_from_quote:
        return []
    if chosen.extraction.repeats_quote:
        return [Reason("read_from_quoted_message", "the buyer orders again what the order quoted under this reply "
                                                   "held, plus the lines written above it: check them against the "
                                                   "message")]
    if chosen.extraction.accepts_quote:
        return [Reason("read_from_quoted_message", "the lines were read from the quote quoted under this reply, which "
                                                   "the buyer accepts: check them against the quote")]
    return [Reason("read_from_quoted_message", "the lines were read from the order quoted under this reply, with "
                                               "the reply's corrections applied: check them against the message")]


# What a message without order lines may still ask of an order already sent: a clerk acts on these.
_ACTS_WITHOUT_LINES = (Purpose.CANCEL, Purpose.CHANGE, Purpose.REPLACE)


def _said_purpose(extraction: Extraction, read: list[ReadPart], message: InboundMessage) -> DocumentPurpose | None:
    """What the order's document says it does, unless the subject or an email body says the message is not
    a new order ("Revised PO 4471" above an attached PO; "please cancel" above a copy of the order)."""
    said = [extraction.purpose, document_purpose(message.subject or "", "subject"),
            *(r.extraction.purpose for r in read if r.part.role != "attachment")]
    return next((p for p in said if p is not None and not p.new_order), extraction.purpose)


def _acts_on_an_order(read: list[ReadPart], message: InboundMessage) -> ReadPart | None:
    """The part of a message without order lines that cancels, changes or replaces an order, by the
    document's own code or the buyer's words: an attachment first, else the body."""
    for r in sorted(read, key=lambda r: -_PREFERENCE.get(r.part.role, 0)):
        if r.extraction.error or r.extraction.document_kind:
            continue
        said = r.extraction.purpose if r.part.role == "attachment" else _said_purpose(r.extraction, [r], message)
        if said is not None and said.kind in _ACTS_WITHOUT_LINES:
            return r
    return None


def _about_reason(about: str) -> Reason:
    return Reason("about_other_business", f"the email reads as mail about an earlier order ({about}): "
                                          "check that it is a new order before approving it")


def _message_text(message: InboundMessage, read: list[ReadPart]) -> str:
    """The subject and every text part, as written: what the message's wording rules read."""
    return "\n".join([message.subject or ""] + [
        r.part.content.decode("utf-8", errors="replace") for r in read
        if r.part.role.startswith("body") or r.part.media_type.startswith("text/")])


def _unread_or_closed(session: Session, message: InboundMessage, settings: Settings,
                      read: list[ReadPart]) -> list[Order]:
    """No part gave an order line. A message that still looks like an order (a PO number read in any
    part, order wording, item codes beside quantities, an attached spreadsheet) goes to review as unreadable with
    everything that was read, never closed unseen; a buyer's question where an order stands is answered or left
    to a clerk (orchestration/status_questions.py); one that says it is about something else (a return, a
    cancellation, a quote request) is closed saying so."""
    text = _message_text(message, read)
    read_pos = [r.extraction.header.po_number.value
                for r in sorted(read, key=lambda r: -_PREFERENCE.get(r.part.role, 0)) if r.extraction.header.po_number]
    po = next(iter(read_pos), None)
    newest = _newest_texts(message, read)[0]
    if asks_about_status("\n".join(newest)) and not requests_goods(text) and not _sheet_or_order_attached(read):
        # "Where is my order PO 4471?", "has it shipped?": answered with the order's state, or left to a clerk
        # when no one order of the sender's matches; never read as an order.
        subject_po = find_subject_po_number(message.subject or "")
        file_status_question(session, message, settings,
                             asked_po_numbers(newest, [*read_pos, *([subject_po.value] if subject_po else [])]))
        return []
    about = other_business(text)
    if about is not None and not requests_goods(text):
        _close(session, message, MessageStatus.NOT_AN_ORDER,
               f"not an order: {about}" + (f" (PO {po})" if po else ""))
        return []
    sheet = _unread_sheet(read)
    signs = ([f"gives PO {po}"] if po else []) + (["names an order"] if names_an_order(text) and not po else []) \
        + (["asks for goods"] if asks_for_goods(text) else []) \
        + (["lists codes with quantities"] if len(coded_quantity_lines(text)) >= 2 else []) \
        + ([f"attaches {_describe(sheet.document)}"] if sheet is not None else [])
    if not signs:
        _close(session, message, MessageStatus.NOT_AN_ORDER,
               "not an order: no order lines found in the body or attachments")
        return []
    # The clerk types the lines from the part most likely to hold them: an attachment read without an
    # error before the email's own text.
    chosen = max(read, key=lambda r: (r.extraction.error is None and r.extraction.document_kind is None,
                                      _PREFERENCE.get(r.part.role, 0)))
    where = _describe(chosen.document) if chosen.part.role == "attachment" else "the email"
    reason = Reason("unreadable_order", f"this email looks like an order (it {' and '.join(signs)}) but no order "
                                        f"line could be read: type its lines from {where}")
    # Mail about an earlier order that also asks for goods ("we received the order today; please send our
    # usual restock again"): the clerk sees both.
    about_reasons = [_about_reason(about)] if about is not None else []
    return _file(session, message, settings, read, chosen, [], [reason, *about_reasons])


def _sheet_or_order_attached(read: list[ReadPart]) -> bool:
    """An attachment that may be the order (a sheet read as none, a scan, a PO with no line read): such a
    message is an order we could not read, whatever its text asks."""
    return _unread_sheet(read) is not None or _unreadable_order(read) is not None


def file_for_clerk(session: Session, message: InboundMessage, settings: Settings, reason: Reason) -> list[Order]:
    """A message a clerk says is an order, filed for review whatever it was closed as: read again from
    its stored parts, with the lines of the part that gives the most (structure first), possibly none,
    and everything else that was read. `reason` keeps it from being approved untouched."""
    read = _documents(message, settings.read_limits())
    _record(read)
    if not read:
        # Nothing was stored to read (intake could not split the message): an empty order to type.
        customer = resolve_customer(message.from_addr, message.original_from_addr, load_customers(session),
                                    settings.supplier_domains, DocumentEvidence(None, None, None),
                                    lambda: po_shapes(session))
        matched = match_order(ExtractedHeader(), [], customer, load_catalog(session), DbKnowledge(session),
                              settings.price_tolerance, settings.fuzzy_min_score, sent_on(message))
        matched.reasons.append(reason)
        order = file_order(session, message, None, matched, decide(matched, settings.auto_approve_min_confidence), {})
        message.status, message.error = MessageStatus.PROCESSED, None
        return [order]
    chosen = max(read, key=lambda r: (len(r.extraction.lines) > 0, _PREFERENCE.get(r.part.role, 0),
                                      len(r.extraction.lines)))
    with_lines = [r for r in read if r.extraction.lines and not r.extraction.document_kind]
    # The doubts the normal path gives (other parts' lines, a scan read by OCR), and every order of an
    # interchange or of several attached POs, not only its first.
    more = _own_order_parts(chosen, with_lines)
    common = [reason, *_other_parts_reasons(chosen, with_lines, more)]
    return _file(session, message, settings, read, chosen, [chosen.extraction, *chosen.extraction.siblings],
                 [*common, *_ocr_reasons(chosen)], [(r, [*common, *_ocr_reasons(r)]) for r in more])


def _evidence(header: ExtractedHeader) -> DocumentEvidence:
    """What a document's header says about its buyer, for customer resolution."""
    return DocumentEvidence(header.buyer.value if header.buyer else None,
                            header.ship_to.value if header.ship_to else None,
                            header.po_number.value if header.po_number else None,
                            header.buyer_ids.value if header.buyer_ids else None)


def _too_large_reason(document: Document, extraction: Extraction) -> Reason:
    """A part (or one order of it) over a reading limit (config.ReadLimits), in the clerk's words."""
    what = _describe(document)
    if extraction.lines:
        return Reason("too_large", f"{what} is too large to read whole ({extraction.too_large}): check the order "
                                   "against the original and add what is missing, or ask the buyer to split it")
    return Reason("too_large", f"{what} is too large to read ({extraction.too_large}): type the order from the "
                               "original, or ask the buyer to send it in smaller orders")


def _unread_reason(unreadable: ReadPart) -> Reason:
    """Why an attached order has no lines: a scan (read by OCR or not) or a document whose table we missed."""
    what = _describe(unreadable.document)
    if unreadable.extraction.error is None:
        return Reason("no_lines_read", f"{what} looks like an order but no order line could be read from it")
    if unreadable.extraction.read_by_ocr:
        return Reason("scanned_document",
                      f"{what} is a scan: OCR read its text but no order line; type its lines from the attachment")
    return Reason("scanned_document", f"{what} is a scanned document with no text: type its lines from the attachment")


def _body_twins(other: ReadPart, chosen: ReadPart) -> bool:
    """The text and HTML versions of one multipart/alternative are one body; where their readings
    disagree, the plain text was read worse (a table flattened into spaces), not a second order. So
    that a real extra line is never dropped, every item code read in the other version must be
    written in the chosen one too."""
    if other.part.alternative is None or other.part.alternative != chosen.part.alternative:
        return False
    written = normalise_sku(chosen.part.content.decode("utf-8", "replace"))
    return all(normalise_sku(ln.item_code) in written
               for ex in (other.extraction, *other.extraction.siblings) for ln in ex.lines if ln.item_code)


def _article(kind: str | None) -> str:
    return f"an {kind}" if (kind or "x")[0] in "aeiou" else f"a {kind}"


def _unreadable_order(read: list[ReadPart]) -> ReadPart | None:
    """An attached document that is an order we could not read: a scan, or a PO with no readable line.
    (A body merely mentioning a PO number is often just a note, so bodies do not count.)"""
    for r in read:
        if r.part.role != "attachment":
            continue
        if r.extraction.document_kind:
            continue
        if r.extraction.error == SCANNED or (r.extraction.error is None and r.extraction.header.po_number):
            return r
    return None


# Readers of the sheets a buyer's system exports an order as: a sheet sent to the orders mailbox that reads as no
# order is far more often an order in a layout we missed than anything else, so a clerk looks at it.
_SHEET_READERS = {"spreadsheet", "csv_table"}


def _unread_sheet(read: list[ReadPart]) -> ReadPart | None:
    """An attached spreadsheet read without an error that gave no line and says it is nothing else."""
    return next((r for r in read if r.part.role == "attachment" and r.extraction.extractor in _SHEET_READERS
                 and r.extraction.error is None and not r.extraction.document_kind), None)


def _same_message_id_reason(session: Session, message: InboundMessage) -> Reason | None:
    """A message stored under the Message-ID of one held before, with other bytes (intake/store.py): an order
    a mailer sent under a reused ID, a changed copy of the first, or a forgery sent ahead of it. The clerk
    compares the two."""
    if message.same_message_id_as is None:
        return None
    first = session.get(InboundMessage, message.same_message_id_as)
    when = f", received {first.received_at:%Y-%m-%d %H:%M}" if first is not None else ""
    return Reason("same_message_id", f"message #{message.same_message_id_as}{when} has the same Message-ID "
                                     f"{message.message_id} but other content: compare the two before approving "
                                     "(a sender reusing its IDs, a changed copy of that order, or a forged message)")


def _sender_reason(session: Session, message: InboundMessage, settings: Settings,
                   customer_id: str | None) -> Reason | None:
    """Why an order from mail whose sender is not authenticated (as intake found it) waits for a clerk; the
    customer's own rule wins over the setting. Mail only: what a user posted or an operator ingested was
    handed over by someone we know."""
    if message.source not in MAIL_SOURCES:
        return None
    customer = session.get(Customer, customer_id) if customer_id else None
    required = sender_required(settings.sender_auth.require, customer.sender_auth if customer else None)
    from_domain = message.from_addr.rsplit("@", 1)[-1] if message.from_addr else None
    return sender_doubt(stored_sender(message), required, from_domain)


@dataclass
class _ToFile:
    """One order to file from a message: the part it is read from, its extraction (the part's, or one of
    its siblings), the header and stated places it is matched with, who ordered it and its message's doubts."""

    source: ReadPart
    extraction: Extraction
    header: ExtractedHeader
    stated: list[StatedMention]
    customer: CustomerMatch
    reasons: list[Reason]


def _file(session: Session, message: InboundMessage, settings: Settings, read: list[ReadPart], chosen: ReadPart,
          extractions: list[Extraction], extra_reasons: list[Reason],
          more: list[tuple[ReadPart, list[Reason]]] | None = None) -> list[Order]:
    """File the orders of `chosen` (`extractions`: its own and its siblings'), and of each part of `more` (an
    order of its own, with its doubts), all matched and decided before any is written."""
    shared = _same_message_id_reason(session, message)
    header = chosen.extraction.header
    for other in sorted(read, key=lambda r: -_PREFERENCE.get(r.part.role, 0)):
        if other is not chosen and not any(other is m for m, _ in more or []):
            header = header.merged_with(other.extraction.header)  # the other parts only lend to the first
    if header.po_number is None:
        # "PO 4471: 2 bx hex bolts..." as the subject and only lines in the body: the subject numbers it.
        header = replace(header, po_number=find_subject_po_number(message.subject or ""))
    newest = _newest_texts(message, read)[0]  # the sender's own words, read once for every order of the message
    customer = _customer(session, message, settings, header, words="\n".join(newest))
    if customer.customer_id is None and header.buyer is None and message.original_from_addr is None:
        # A sender not on file who signs for no company: the company its domain spells in the text, or for a
        # free mail address its own name; a clerk confirms it (the customer is unknown whatever it says).
        named = buyer_named_by_sender("\n".join([message.subject or "", *newest]), message.from_addr,
                                      message.from_name)
        if named is not None:
            header = replace(header, buyer=Field(named, SIGNED_COMPANY_CONFIDENCE))
    header = read_ambiguous_dates(header, _day_order_signs(header, customer, DbKnowledge(session), message, read),
                                  message.sent_on)
    # A destination or a day may be written in any part (the body, while the order came from the
    # attachment): every part's, the chosen one's first.
    stated = [m for r in sorted(read, key=lambda r: (r is not chosen, -_PREFERENCE.get(r.part.role, 0)))
              if not r.extraction.error and not any(r is m for m, _ in more or []) for m in r.extraction.stated]
    to_file = _with_siblings(session, message, settings, chosen, extractions or [chosen.extraction], header, stated,
                             customer, extra_reasons)
    for part, reasons_of_part in more or []:
        to_file.extend(_own_order(session, message, settings, read, part, reasons_of_part, newest))
    catalog = load_catalog(session)
    sent = sent_on(message)
    # Every order is matched and decided before any is written (see the module's docstring).
    decided: list[tuple[_ToFile, MatchedOrder, Decision]] = []
    for one in to_file:
        extraction = one.extraction
        # Numbers no order line can hold (1e400, a negative price) never reach matching or the columns.
        lines, unusable = within_bounds.extracted_lines(extraction.lines)
        header, cut_text = within_bounds.header_text(one.header)
        matched = match_order(header, lines, one.customer, catalog, DbKnowledge(session),
                              settings.price_tolerance, settings.fuzzy_min_score, sent, one.stated)
        within_bounds.matched_order(matched)
        matched.reasons.extend([*cut_text, *unusable])
        if shared is not None:
            matched.reasons.append(shared)
        matched.reasons.extend(one.reasons)
        matched.purpose = _said_purpose(extraction, read, message)
        matched.removed_lines = list(extraction.removed)
        for text in extraction.unread:
            matched.reasons.append(Reason("unread_line", f"could not read this as an order line: '{text[:120]}'"))
        for text in extraction.syntax_doubts:
            matched.reasons.append(Reason("edi_syntax_noted", f"{text}: a segment may be missing, check the order "
                                                              "against the document"))
        if extraction.too_large:
            matched.reasons.append(_too_large_reason(one.source.document, extraction))
        for r in read:
            if r is one.source:
                continue
            if r.extraction.too_large:
                matched.reasons.append(_too_large_reason(r.document, r.extraction))
            elif r.extraction.error:
                matched.reasons.append(Reason("unreadable_attachment",
                                              f"{_describe(r.document)} could not be read: {r.extraction.error}"))
        for sentence in message.refused or []:
            matched.reasons.append(Reason("refused_attachment", sentence))
        if (unverified := _sender_reason(session, message, settings, one.customer.customer_id)) is not None:
            matched.reasons.insert(0, unverified)
        decided.append((one, matched, decide(matched, settings.auto_approve_min_confidence)))
    orders = []
    for one, matched, decision in decided:
        # A change or cancellation of an order already filed is a revision of that order, not a new order
        # (orchestration/revisions.py); one that matches no order is filed for a clerk with why.
        change = file_change(session, message, matched, newest, settings, sent,
                             from_quote=one.extraction.read_from_quote,
                             from_text=one.extraction.extractor == "email_text")
        if change.filed is not None:
            continue
        if change.unmatched is not None:
            if change.as_new:
                # (the order as changed is what is filed: it is a new order here, for a clerk)
                for doubt in [r for r in decision.reasons if r.code == "not_a_new_order"]:
                    decision.reasons.remove(doubt)
            decision.reasons.insert(0, change.unmatched)
            decision.auto_approve = False
        # Each order keeps where its own header was read: its document, and its extraction's fields in it.
        orders.append(file_order(session, message, one.source.document, matched, decision,
                                 one.extraction.header.provenance_json()))
    message.status = MessageStatus.PROCESSED
    message.error = None
    return orders


def _customer(session: Session, message: InboundMessage, settings: Settings, header: ExtractedHeader,
              customers: list[CustomerRecord] | None = None, words: str | None = None) -> CustomerMatch:
    """Who ordered, by the sender, what the header says of its buyer and, failing both, a customer the
    sender's own `words` name (`customers`: as loaded already)."""
    return resolve_customer(message.from_addr, message.original_from_addr,
                            customers if customers is not None else load_customers(session),
                            settings.supplier_domains, replace(_evidence(header), words=words),
                            lambda: po_shapes(session))


def _with_siblings(session: Session, message: InboundMessage, settings: Settings, source: ReadPart,
                   extractions: list[Extraction], header: ExtractedHeader, stated: list[StatedMention],
                   customer: CustomerMatch, reasons_of_part: list[Reason]) -> list[_ToFile]:
    """A part's orders: its first with `header` and `stated` (the message's, merged), the others (an
    interchange's further orders, a body's further PO sections) each with its own."""
    found = []
    customers = None
    for n, extraction in enumerate(extractions):
        # Each order of an interchange says its own buyer (a mailbag holds several buyers' orders): its
        # own ids and name decide, the sender's evidence as for the first.
        if n == 1:
            customers = load_customers(session)  # once for an interchange of hundreds
        buyer = customer if n == 0 or not (extraction.header.buyer_ids or extraction.header.buyer) else \
            _customer(session, message, settings, extraction.header, customers)
        found.append(_ToFile(source, extraction, header if n == 0 else extraction.header,
                             stated if n == 0 else extraction.stated, buyer, reasons_of_part))
    return found


def _own_order(session: Session, message: InboundMessage, settings: Settings, read: list[ReadPart],
               part: ReadPart, reasons_of_part: list[Reason], newest: list[str]) -> list[_ToFile]:
    """The orders of an attachment that is an order of its own beside the chosen part (a second attached PO):
    its header, with what the email's text says for every order (a ship-to in the cover note), its own
    stated places and the text's, its own buyer (`newest`: the sender's own words, _newest_texts')."""
    bodies = [r for r in read if r.part.role != "attachment"]
    header = part.extraction.header
    for body in sorted(bodies, key=lambda r: -_PREFERENCE.get(r.part.role, 0)):
        header = header.merged_with(body.extraction.header)
    customer = _customer(session, message, settings, header, words="\n".join(newest))
    if customer.customer_id is None and header.buyer is None and message.original_from_addr is None:
        # A sender not on file who signs for no company: the company its domain spells in the text, or for a
        # free mail address its own name; a clerk confirms it (the customer is unknown whatever it says).
        named = buyer_named_by_sender("\n".join([message.subject or "", *newest]), message.from_addr,
                                      message.from_name)
        if named is not None:
            header = replace(header, buyer=Field(named, SIGNED_COMPANY_CONFIDENCE))
    header = read_ambiguous_dates(header, _day_order_signs(header, customer, DbKnowledge(session), message, read),
                                  message.sent_on)
    stated = [m for r in [part, *bodies] if not r.extraction.error for m in r.extraction.stated]
    return _with_siblings(session, message, settings, part, [part.extraction, *part.extraction.siblings], header,
                          stated, customer, reasons_of_part)


# An ambiguous date nothing settles is kept, under the decision's floor for dates (0.8): a clerk reads it.
AMBIGUOUS_DATE_CONFIDENCE = 0.5
_DATE_FIELDS = ("order_date", "requested_date")


def read_ambiguous_dates(header: ExtractedHeader, signs: list[DayOrderSign], sent: date | None) -> ExtractedHeader:
    """The header with each date its document left ambiguous (09/03/2026, no date with a part above 12)
    read one way, when the message settles which (vocabulary/dates.settle_day_order), or kept with low
    confidence, so that the order waits for a clerk instead of going on a guess."""
    ambiguous = {name: found.written for name in _DATE_FIELDS
                 if (found := getattr(header, name)) is not None and found.written}
    if not ambiguous:
        return header
    known = {name: found.value for name in _DATE_FIELDS
             if (found := getattr(header, name)) is not None and not found.written}
    reading = settle_day_order(ambiguous, known, signs, sent)
    settled: dict[str, Field[date]] = {}
    for name, written in ambiguous.items():
        found = getattr(header, name)
        value = parse_date(written, reading.day_first) if reading.day_first is not None else None
        settled[name] = Field(value, found.confidence, found.provenance) if value is not None else \
            Field(found.value, min(found.confidence, AMBIGUOUS_DATE_CONFIDENCE), found.provenance, written)
    return replace(header, **settled)


def _day_order_signs(header: ExtractedHeader, customer: CustomerMatch, knowledge: DbKnowledge,
                     message: InboundMessage, read: list[ReadPart]) -> list[DayOrderSign]:
    """Everything the message shows of how its writer orders day and month: its own words (not what it
    quotes) and text attachments, the sender's mail domain, the currency and addresses read, and the
    customer's own country (or, without an address on file, its locale)."""
    if not any(found is not None and found.written for found in (header.order_date, header.requested_date)):
        return []
    # The writer's own words: what a reply quotes was written by someone else (often us).
    newest, _forwarded = _newest_texts(message, read)
    attached = [r.part.content.decode("utf-8", errors="replace") for r in read
                if r.part.role == "attachment" and r.part.media_type.startswith("text/")]
    signs = text_signs(without_mail_headers("\n".join(newest + attached)))
    signs.append(domain_sign(message.original_from_addr or message.from_addr))
    # A currency read from a label; one read beside amounts may come from what the reply quotes, and the
    # writer's own amounts are among the text's signs already.
    labelled = header.currency is not None and header.currency.confidence >= 0.9
    signs.append(currency_sign(header.currency.value if labelled and header.currency else None))
    for what, address in (("ship-to", header.ship_to), ("bill-to", header.bill_to)):
        if address is not None:
            signs.append(country_sign(address.value.country, f"the {what} address in {address.value.country}"))
    if customer.customer_id is not None:
        countries = {a.country for a in knowledge.addresses(customer.customer_id) if a.country}
        signs += [country_sign(c, f"the customer's address in {c}") for c in countries] if countries else \
            [locale_sign(customer.locale, f"the customer's locale {customer.locale}")]
    return [s for s in signs if s is not None]


def sent_on(message: InboundMessage) -> date:
    """The day the buyer sent the order: the Date header's day (stored at intake), unless it claims a
    day after we received it.

    A requested date before this day is the buyer's slip (last year's date); one merely before today,
    because we read a backlog late, is not."""
    received = message.received_at.date()
    sent = message.sent_on
    return sent if sent is not None and sent <= received else received


def file_order(session: Session, message: InboundMessage | None, document: Document | None,
               matched: MatchedOrder, decision: Decision, provenance: dict[str, Any]) -> Order:
    """The order as matched and decided, with its lines, its audit event and (when approved) its next job.
    `provenance`: where its header fields were read in `document` (`ExtractedHeader.provenance_json`)."""
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
        bill_to=h.bill_to.value.to_json() if h.bill_to else None,
        payment_terms=h.payment_terms.value if h.payment_terms else None,
        notes=h.notes.value if h.notes else None,
        status=OrderStatus.EXTRACTED,
        confidence=decision.confidence,
        auto_approved=decision.auto_approve,
        header_provenance=provenance,
    )
    for ml in matched.lines:
        ex = ml.extracted
        order.lines.append(OrderLine(
            line_no=ml.line_no, raw_text=ex.raw_text, item_code=ex.item_code, customer_part=ex.customer_part,
            description=ex.description, quantity=ml.quantity if ml.quantity is not None else ex.quantity,
            uom=ml.uom, conversion=ml.conversion, ordered_quantity=ml.ordered_quantity, ordered_uom=ml.ordered_uom,
            unit_price=ml.unit_price if ml.unit_price is not None else ml.expected_price,
            sku=ml.match.sku, match_method=ml.match.method, match_score=ml.match.score,
            confidence=ml.confidence, candidates=[c.to_json() for c in ml.match.candidates],
            provenance=ex.provenance_json(),
        ))
    # The decision's reasons hold the lines' too (with their line_no): one list, in the decision's order.
    reasons.add(order, *decision.reasons)
    session.add(order)
    session.flush()
    audit(session, "system", "order", order.id, "created",
          detail={"customer_method": matched.customer.method, "confidence": decision.confidence})
    if decision.auto_approve:
        # Its first stage is queued by the pipeline (orchestration/pipeline.file_message).
        transition(session, order, OrderStatus.APPROVED, "system", {"auto": True})
    else:
        transition(session, order, OrderStatus.NEEDS_REVIEW, "system", {"reasons": [r.code for r in decision.reasons]})
    return order
