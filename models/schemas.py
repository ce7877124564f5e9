"""Plain data passed between stages: parsed messages, extractions, matches and decisions.

Each stage takes these in and gives these out, so each can be run and tested without a database.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


# ---------------------------------------------------------------- intake


@dataclass(frozen=True)
class MessageSource:
    """Where a message came from, as the source itself says it, stored as columns on the message.

    `kind` is the source (imap, maildir, api, cli, eval, ...); the rest is filled where the kind has it:
    an IMAP mailbox's name, folder, UIDVALIDITY and UID; a file's path (Maildir, a CLI ingest, a corpus
    document); the API user who posted it."""

    kind: str
    mailbox: str | None = None
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    path: str | None = None
    user: str | None = None


@dataclass
class HeaderFacts:
    """What a message's own headers say, read once at intake and stored on the message: later stages
    read these, never the raw headers again."""

    message_id: str | None = None
    from_addr: str | None = None  # lower-case
    from_name: str | None = None
    subject: str = ""
    reply_to: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    # The day the Date header names, on the sender's own calendar (not converted to UTC).
    sent_on: date | None = None
    in_reply_to: str | None = None
    references: str | None = None
    # Why the headers say a machine sent it (no one reads a reply), or None.
    automated: str | None = None


@dataclass(frozen=True)
class AuthCheck:
    """One authentication result intake took into account: who said it (a trusted receiving server's
    authserv-id, `order-intake` for our own DKIM check, a trusted relay or mailbox), the method (dmarc, dkim,
    spf, arc, relay, mailbox), its result as the method words it (pass, fail, none, softfail, temperror...),
    the domain it is about, and whether that domain is the From address's (or its parent or child)."""

    by: str
    method: str
    result: str
    domain: str | None = None
    aligned: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SenderAuthentication:
    """What intake found of a message's sender's authenticity, stored on the message (sender_auth_*
    columns): the verdict, and the check it rests on (for a pass, the aligned one if any)."""

    status: str  # models.status.SenderAuth
    method: str | None = None
    domain: str | None = None
    aligned: bool | None = None
    by: str | None = None
    from_domain: str | None = None
    checks: tuple[AuthCheck, ...] = ()

    @property
    def verified(self) -> bool:
        """A check we trust passed for the From address's own domain."""
        return self.status == "pass" and bool(self.aligned)


@dataclass
class Part:
    """One piece of a message that may hold order content: a body or an attachment."""

    index: int
    role: str  # body_text | body_html | attachment
    media_type: str
    filename: str | None
    content: bytes
    # The multipart/alternative this body belongs to: its text and HTML versions share the number.
    alternative: int | None = None
    # The subject of the message the part came in: a body's reader learns from it whether the message
    # forwards another ("FW: ...", whose forwarded text is the order) or replies to one.
    subject: str | None = None


@dataclass
class ParsedMessage:
    headers: HeaderFacts
    # When a salesperson forwards a buyer's email, the buyer is who we resolve the customer from.
    original_from_addr: str | None
    parts: list[Part]
    defects: list[str] = field(default_factory=list)
    # Set when the message is recognisably not an order (delivery report, auto-reply, calendar
    # invite, newsletter): a sentence saying what it is.
    not_an_order: str | None = None
    # Set when the message cannot be processed as a whole (a limit exceeded): a clear reason.
    error: str | None = None
    # Attachments and archives skipped for exceeding a limit, one sentence each.
    refused: list[str] = field(default_factory=list)

    @property
    def message_id(self) -> str | None:
        return self.headers.message_id

    @property
    def from_addr(self) -> str | None:
        return self.headers.from_addr

    @property
    def from_name(self) -> str | None:
        return self.headers.from_name

    @property
    def subject(self) -> str:
        return self.headers.subject


# ---------------------------------------------------------------- extraction


@dataclass
class Provenance:
    """Where a value was read: enough for the review screen to point at it."""

    kind: str  # text | html | pdf | sheet | csv
    part_index: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None
    span: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Field(Generic[T]):
    value: T
    confidence: float
    provenance: Provenance | None = None
    # How the value was written, when reading it needed a guess a later stage may settle better
    # (an ambiguous 03/04/2026 read before the customer, and so the locale, was known).
    written: str | None = None


@dataclass(frozen=True)
class PartyIds:
    """The ids a document gives its buyer by, as written: what identifies an EDI buyer exactly, where a
    printed name only suggests one."""

    edi: tuple[str, ...] = ()  # interchange sender ids (ISA06, GS02, UNB), GLN, DUNS, UBL EndpointID
    account: tuple[str, ...] = ()  # the buyer's number in the seller's own books (seller-assigned)
    tax: tuple[str, ...] = ()  # VAT, tax or company registration ids

    def __bool__(self) -> bool:
        return bool(self.edi or self.account or self.tax)


@dataclass
class Address:
    name: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExtractedHeader:
    po_number: Field[str] | None = None
    order_date: Field[date] | None = None
    requested_date: Field[date] | None = None
    currency: Field[str] | None = None
    # A bare "$" beside the amounts: a dollar, but which one (USD, CAD, AUD, MXN...) only the customer
    # it comes from can say, so matching decides it.
    currency_sign: Field[str] | None = None
    buyer: Field[str] | None = None
    buyer_ids: Field[PartyIds] | None = None  # EDI and UBL: who the buyer is, by id
    ship_to: Field[Address] | None = None
    # Where the invoice goes, how it is paid and what the buyer asks besides the lines: carried to the
    # order and the ERP as read, never decided on.
    bill_to: Field[Address] | None = None
    payment_terms: Field[str] | None = None
    notes: Field[str] | None = None

    def merged_with(self, fallback: ExtractedHeader) -> ExtractedHeader:
        """This header, with any field it lacks taken from `fallback`."""
        return ExtractedHeader(
            **{name: getattr(self, name) or getattr(fallback, name) for name in self.__dataclass_fields__}
        )

    def provenance_json(self) -> dict[str, Any]:
        """Where each field was read, as stored on the order for the review screen: per field read, its
        provenance, and the value as read when it is text (a grid marks the cell holding it)."""
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if value is None:
                continue
            entry: dict[str, Any] = {}
            if value.provenance is not None:
                entry["provenance"] = value.provenance.to_json()
            if isinstance(value.value, str):
                entry["value"] = value.value
            if entry:
                out[name] = entry
        return out


@dataclass
class StatedMention:
    """Where a message states a destination or a needed-by day in its own words ("deliver to our Sparks
    plant", "need these on site Mon 11/30"), whether or not a field was read from it: matching holds
    each one against what the header says, so what a buyer asked is never passed over unread."""

    kind: str  # destination | address (written out, no delivery words before it) | signature (its address) | date
    text: str  # the sentence or phrase as written, for the clerk
    provenance: Provenance | None = None
    # A destination: where it goes, as written ("our Sparks plant"), and the address when the words
    # around it give a street with a city or postal code.
    place: str | None = None
    address: Address | None = None
    # A date: the words naming the day ("Mon 11/30", "Friday", "the 14th"); matching resolves them
    # against the day the message was sent.
    when: str | None = None
    # False for a place the words around it do not say goods go to (an address block standing in the text):
    # read, but always a clerk's to confirm.
    asked: bool = True


@dataclass
class ExtractedLine:
    raw_text: str
    quantity: Decimal | None
    item_code: str | None = None  # the code as written (ours or the buyer's; matching decides)
    customer_part: str | None = None
    description: str | None = None
    uom: str | None = None
    unit_price: Decimal | None = None
    line_total: Decimal | None = None
    confidence: float = 1.0
    provenance: Provenance | None = None  # the whole line (a row, a segment, a span of text)
    # Where each value of the line was read, where the source tells them apart: a sheet's cell, a PDF
    # table cell's box, an EDI element, an XML path ("quantity", "item_code", "unit_price", ...).
    values: dict[str, Provenance] = field(default_factory=dict)
    # What a change document says it does to this line (an 860's POC02, an ORDCHG's LIN 1229, a UBL
    # OrderChange's LineStatusCode); None in an order, and in a change that does not say.
    change: LineChange | None = None

    def provenance_json(self) -> dict[str, Any] | None:
        """The line's provenance as stored on the order line, its values' under "values"."""
        if self.provenance is None:
            return None
        out = self.provenance.to_json()
        if self.values:
            out["values"] = {name: prov.to_json() for name, prov in self.values.items()}
        return out


class LineChange(StrEnum):
    """What a change document's own code says it does to one line."""

    ADD = "add"
    DELETE = "delete"
    CHANGE = "change"


class ChangeKind(StrEnum):
    """One thing a buyer's change asks of an order already sent."""

    SET_QUANTITY = "set_quantity"
    ADD_LINE = "add_line"
    REMOVE_LINE = "remove_line"
    SET_DATE = "set_requested_date"
    SET_SHIP_TO = "set_ship_to"
    CANCEL_ORDER = "cancel_order"


@dataclass(frozen=True)
class ChangeAsk:
    """One part of a change, as the buyer's words put it (extractors/change_words.py): which line (by its
    number, or a code or words naming it), and what it becomes. `written`: the words, for the clerk."""

    kind: ChangeKind
    written: str
    item: str | None = None
    line_no: int | None = None
    quantity: Decimal | None = None
    uom: str | None = None
    requested_date: date | None = None
    ship_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if v is not None}
        for key in ("quantity", "requested_date"):
            if key in out:
                out[key] = str(out[key])
        return out


class Purpose(StrEnum):
    """What a document says it does to an order: only an original is a new order to approve.

    The codes of the standards map onto these (X12 BEG01 and BCH01, EDIFACT BGM 1225, the UBL root
    element), and so do a buyer's words ("revised PO", "please cancel our order")."""

    ORIGINAL = "original"
    CHANGE = "change"  # changes an order already sent (an X12 860, an EDIFACT ORDCHG, "revised PO")
    REPLACE = "replace"  # takes the place of an order already sent
    CANCEL = "cancel"
    CONFIRM = "confirm"  # confirms an order already placed (by phone, on a portal)
    DUPLICATE = "duplicate"  # a copy of an order already sent
    OTHER = "other"  # any other code: an information copy, a draft, a status request


@dataclass(frozen=True)
class DocumentPurpose:
    """A document's purpose and where it says so, as a clerk reads it: "X12 BEG01 = 04", "UBL
    OrderChange", "the subject says 'Revised PO'"."""

    kind: Purpose
    written: str

    @property
    def new_order(self) -> bool:
        return self.kind == Purpose.ORIGINAL


@dataclass(frozen=True)
class EdiSyntaxError:
    """One rule of its syntax an X12 or EDIFACT interchange breaks, where, and by the standard's own code: what
    the functional acknowledgement (997, CONTRL) says back to the sender, and a sentence a clerk reads.

    `level` is what the error rejects (or, `accepted`, only notes): the whole interchange, one functional
    group, or one transaction set (X12 ST ... SE; an EDIFACT message UNH ... UNT). `code` is the code at that
    level (X12 TA105, AK905 or AK502; EDIFACT 0085 of UCI or UCM, "" when only a segment is in error);
    `segment_code` and `element_code` are those of the segment (X12 AK304, EDIFACT UCS 0085) and the
    element (X12 AK403, EDIFACT UCD 0085) in error. Positions count as the standards do: the segment's
    within its set (ST or UNH is 1), the element's within its segment (1-based), its component's too."""

    syntax: str  # x12 | edifact
    level: str  # interchange | group | set
    code: str
    text: str
    interchange: str = ""  # ISA13 / UNB 0020
    group: str = ""  # X12 GS06
    set_id: str = ""  # X12 ST01 / EDIFACT UNH message type
    set_control: str = ""  # X12 ST02 / EDIFACT UNH 0062
    segment_id: str = ""
    segment_position: int | None = None
    segment_code: str = ""
    element_position: int | None = None
    component_position: int | None = None
    element_reference: str = ""  # X12 data element reference number (AK402)
    element_code: str = ""
    value: str = ""  # a copy of the bad value (X12 AK404)
    accepted: bool = False  # noted only: the level is still accepted (X12 AK9 or TA1 "E")

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in ("", None, False)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EdiSyntaxError:
        # to_json leaves out what is empty: a segment's error has no code at its set's level ("").
        return cls(**{"code": "", **{k: v for k, v in data.items() if k in cls.__dataclass_fields__}})


def edi_errors_text(errors: list[EdiSyntaxError]) -> str:
    """What a clerk reads of an interchange's errors: each one's sentence, those that reject first."""
    ordered = sorted(errors, key=lambda e: e.accepted)
    return "; ".join(e.text for e in ordered)


@dataclass
class Extraction:
    """What one extractor read from one part. Errors are values here, never exceptions."""

    extractor: str
    part_index: int
    header: ExtractedHeader = field(default_factory=ExtractedHeader)
    lines: list[ExtractedLine] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    # Content inside the order (a table row, a line between order lines) that could not be read.
    unread: list[str] = field(default_factory=list)
    # Lines a change document deletes (an 860's POC02 = DI, an ORDCHG's LIN 1229 = 2, a UBL OrderChange line
    # Cancelled): not lines of any order, but what the change asks (orchestration/revisions.py).
    removed: list[ExtractedLine] = field(default_factory=list)
    # Further orders in the same document (an X12 interchange with several 850s): one order each.
    siblings: list[Extraction] = field(default_factory=list)
    # What the document says it is, when it says it is not an order ("invoice", "quotation").
    document_kind: str | None = None
    # Read by OCR from a scan: every value may be misread, so a clerk checks it against the page.
    read_by_ocr: bool = False
    # The lines are an order quoted under a reply, with the reply's corrections applied ("take the red
    # pens off"): the buyer's earlier message, read as this one's, so a clerk checks them.
    read_from_quote: bool = False
    # The quoted lines are a quote of ours the reply accepts ("go ahead with the quote below"), not an order
    # the buyer corrected.
    accepts_quote: bool = False
    # ... or ordered again with the newest text's own lines added ("same again as the order below, plus ...").
    repeats_quote: bool = False
    # What the document says it does (a new order, a change, a cancellation...), where it says it;
    # None when it does not say.
    purpose: DocumentPurpose | None = None
    # Destinations and needed-by days the part states in its own words (prose or a label whose value
    # could not be read): each must be accounted for by the order's header, or it is a doubt.
    stated: list[StatedMention] = field(default_factory=list)
    # Which reading limit the part passed (config.ReadLimits), in a sentence: then either nothing was read
    # (`error` says the same) or only the first lines were (`lines` holds those). Never approved untouched.
    too_large: str | None = None
    # An X12 or EDIFACT document's breaches of its syntax (a wrong SE count, a missing BEG, a quantity that is no
    # number...): the transaction sets they reject are not read as orders; the functional acknowledgement
    # says each back (orchestration/edi_answers/). On the first extraction of a document only.
    edi_errors: list[EdiSyntaxError] = field(default_factory=list)
    # What was noted of this order's own transaction set and accepted all the same (an X12 SE01 count that
    # disagrees): a segment of it may be missing, so a clerk checks it.
    syntax_doubts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


# ---------------------------------------------------------------- matching and decision


@dataclass
class Candidate:
    sku: str
    description: str
    score: float
    unit_price: Decimal | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "sku": self.sku,
            "description": self.description,
            "score": round(self.score, 1),
            "unit_price": str(self.unit_price) if self.unit_price is not None else None,
        }


@dataclass
class ProductMatch:
    sku: str | None
    method: str  # alias | exact_sku | normalised_sku | gtin | fuzzy_sku | fuzzy_description | none
    score: float  # 0..100
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Reason:
    """A doubt a clerk can read. Stored, counted and filtered; never just a log line."""

    code: str
    message: str
    line_no: int | None = None
    field: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class CustomerMatch:
    customer_id: str | None
    name: str | None
    # contact_email | learned_sender | domain | forwarded_* | document_name | document_address | po_pattern | none
    method: str
    confidence: float
    locale: str | None = None
    currency: str | None = None
    doubt: str | None = None  # why the clerk should confirm the customer (a document's word, no sender)


@dataclass
class MatchedLine:
    line_no: int
    extracted: ExtractedLine
    match: ProductMatch
    uom: str | None
    unit_price: Decimal | None
    expected_price: Decimal | None
    confidence: float
    reasons: list[Reason] = field(default_factory=list)
    # The quantity in the product's selling unit (the read one when no conversion applied), and how a
    # conversion got there, for people to read ("300 EA = 3 BX (BX of 100)"); when one applied, the
    # quantity and unit as ordered.
    quantity: Decimal | None = None
    conversion: str | None = None
    ordered_quantity: Decimal | None = None
    ordered_uom: str | None = None


@dataclass
class MatchedOrder:
    customer: CustomerMatch
    header: ExtractedHeader
    lines: list[MatchedLine]
    reasons: list[Reason] = field(default_factory=list)  # order-level doubts found while matching
    # What the document the order was read from says it does; anything but an original is a doubt.
    purpose: DocumentPurpose | None = None
    # The lines a change document deletes (Extraction.removed), for the revision it is filed as.
    removed_lines: list[ExtractedLine] = field(default_factory=list)


@dataclass
class Decision:
    auto_approve: bool
    confidence: float
    reasons: list[Reason]
