"""Response and request bodies of the JSON API."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, computed_field, field_validator

from models import reasons
from models.bounds import storable_text
from models.tables import OrderReason


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    part_index: int
    role: str
    filename: str | None
    media_type: str
    size: int
    extractor: str | None
    extraction_status: str
    error: str | None
    # An X12 or EDIFACT document's breaches of its syntax, as data (EDI answers: "Rejecting what breaks its
    # syntax"): level, codes, segment and element positions, the sentence.
    edi_errors: list[dict[str, Any]] | None = None


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    source: str  # the kind: imap | maildir | api | cli | eval | ...
    source_mailbox: str | None = None
    source_folder: str | None = None
    source_uidvalidity: int | None = None
    source_uid: int | None = None
    source_path: str | None = None
    source_user: str | None = None
    message_id: str | None
    # The message held first under the same Message-ID, when this one's bytes differ: a new message, which its
    # order's reason (same_message_id) tells a clerk to compare with that one.
    same_message_id_as: int | None = None
    sha256: str
    size: int
    from_addr: str | None
    subject: str | None
    received_at: datetime
    status: str  # received | processed | not_an_order | status_answered | status_question | error
    error: str | None  # why it ended as it did, in words (for status_*: what the question asked and why)
    # The order a status question was matched to and answered about (status_answered); null otherwise.
    about_order_id: int | None = None
    # Whether the sender is who the From address says (intake/sender_auth.py): pass | fail | none | unknown,
    # the method and domain it rests on, whether that is the From domain's, and who said so; all null when
    # not checked (a message posted to the API, or stored before senders were checked).
    sender_auth: str | None = None
    sender_auth_method: str | None = None
    sender_auth_domain: str | None = None
    sender_auth_aligned: bool | None = None
    sender_auth_by: str | None = None
    # True only for a pass for the From address's own domain.
    sender_verified: bool | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def source_ref(self) -> str | None:
        """Where in the source, in the one string this API gave before the columns existed (kept for its
        clients): imap:<mailbox>:<folder>:<uidvalidity>:<uid>, user:<email>, or the file's path."""
        if self.source_mailbox is not None:  # a part nobody recorded (mail from before 0017) stays empty
            parts = (self.source_mailbox, self.source_folder, self.source_uidvalidity, self.source_uid)
            return "imap:" + ":".join("" if part is None else str(part) for part in parts)
        if self.source_user is not None:
            return f"user:{self.source_user}"
        return self.source_path


class MessageDetail(MessageOut):
    documents: list[DocumentOut]
    order_ids: list[int] = []
    # The 997s and CONTRLs rejecting an interchange of it that became no order (an order's are on the order).
    edi_answers: list[EdiAnswerOut] = []


class ReprocessedOut(BaseModel):
    """A message queued to be read again: its job, and the orders in review it replaced (rejected)."""

    message_id: int
    job_id: int
    replaced_order_ids: list[int]
    status: str


class AcceptedOut(BaseModel):
    id: int
    duplicate: bool
    status: str


class OrderLineOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    line_no: int
    raw_text: str | None
    item_code: str | None
    customer_part: str | None
    description: str | None
    quantity: Decimal | None
    uom: str | None
    unit_price: Decimal | None
    sku: str | None
    match_method: str | None
    match_score: float | None
    confidence: float
    candidates: list[dict[str, Any]]
    provenance: dict[str, Any] | None
    reasons: list[dict[str, Any]]
    allocated_qty: Decimal | None
    backordered_qty: Decimal | None

    @field_validator("reasons", mode="before")
    @classmethod
    def _reasons_as_json(cls, value: Any) -> Any:
        """A line's reasons are rows (OrderLine.reasons), shown as the order's are (models/reasons.py)."""
        if isinstance(value, list) and all(isinstance(r, OrderReason) for r in value):
            return reasons.as_json(value)
        return value


class OrderSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    customer_id: str | None
    po_number: str | None
    status: str
    confidence: float
    line_count: int
    review_reasons: list[dict[str, Any]]
    created_at: datetime


class ShipmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    warehouse_code: str
    carrier: str | None
    service: str | None
    tracking_number: str | None
    weight_kg: Decimal | None
    price: Decimal | None
    status: str


class EdiAnswerOut(BaseModel):
    """One EDI answer to the buyer (orchestration/edi_answers/): what it is, what it says, whether it went."""

    model_config = ConfigDict(from_attributes=True)
    kind: str  # 997 | 855 | CONTRL | ORDRSP | OrderResponse | OrderResponseSimple
    syntax: str
    answer: str  # accepted | changed | rejected | received
    control_number: str | None
    file_name: str
    status: str  # pending | sent | skipped | failed
    delivery: str | None  # connector | email
    reason: str | None
    created_at: datetime
    sent_at: datetime | None


class OrderOut(OrderSummary):
    message_id: int | None
    customer_method: str | None
    order_date: date | None
    requested_date: date | None
    currency: str | None
    ship_to: dict[str, Any] | None
    # The document's bill-to, payment terms and notes, as read (nothing is decided on them).
    bill_to: dict[str, Any] | None = None
    payment_terms: str | None = None
    notes: str | None = None
    erp_order_number: str | None
    rejection_reason: str | None
    auto_approved: bool
    lines: list[OrderLineOut]
    shipments: list[ShipmentOut] = []
    # The order's revisions (a buyer's changes and cancellations, orchestration/revisions.py), oldest first,
    # and those still waiting for a clerk.
    revision_count: int = 0
    revisions: list[dict[str, Any]] = []
    pending_revisions: list[dict[str, Any]] = []
    # The EDI answers made for an order that came as X12, EDIFACT or UBL (997, 855, ORDRSP...), oldest first.
    edi_answers: list[EdiAnswerOut] = []


class DeclineBody(BaseModel):
    reason: Text
    reply_to_buyer: bool = True  # tell the buyer the change was declined, and why


def _unicode(value: str) -> str:
    if storable_text(value) != value.replace("\x00", "\ufffd"):
        raise ValueError("is not valid Unicode text: it holds a lone UTF-16 surrogate")
    return storable_text(value)


# Text in a request body. A JSON string may escape a lone surrogate ("\ud800"), which no reply or database
# can carry as UTF-8: refused (422). A NUL becomes U+FFFD, as the database stores any text (models/db.py).
Text = Annotated[str, AfterValidator(_unicode)]


class LineUpdate(BaseModel):
    """A correction to a line: any of SKU, quantity, unit, unit price and description. A field left out
    is not changed; a unit price or description sent as null is cleared. As on the review screen, a
    field equal to the line's value before the call is no change, so a client may send the line back
    whole with only one field altered."""

    sku: Text | None = None
    quantity: Decimal | None = None
    uom: Text | None = None
    unit_price: Decimal | None = None
    description: Text | None = None


class LineAdd(BaseModel):
    sku: Text
    quantity: Decimal


class RejectBody(BaseModel):
    reason: Text
    reply_to_buyer: bool = True  # ask the buyer about the reason by email
