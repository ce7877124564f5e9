"""The ORM tables: master data, inbound messages, orders, jobs and the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql import text

from models.db import Base
from models.status import (
    AcknowledgementStatus,
    BreakerState,
    ExtractionStatus,
    JobStatus,
    MessageStatus,
    RevisionDelivery,
    ShipmentStatus,
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


Money = Numeric(14, 4)
Qty = Numeric(14, 3)
Weight = Numeric(10, 3)  # kilograms
Factor = Numeric(14, 4)  # how many of our unit one of a customer's is


# ---------------------------------------------------------------- master data


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(320), index=True)
    locale: Mapped[str] = mapped_column(String(16), default="en_US")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Orders a clerk approved with every doubtful reading left as read: this customer's way of writing
    # is read right, so a reading that is merely unusual no longer needs a clerk.
    confirmed_readings: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # "partial": ship what is in stock now, backorder the rest; "complete": reserve and ship nothing
    # until every line can be filled (the order waits, its stock checked again with the queue's backoff).
    fulfilment: Mapped[str] = mapped_column(String(16), default="partial", server_default="partial")
    # The ids the customer is known by in EDI (ISA/GS sender ids, GLN, DUNS, a UBL EndpointID), as written.
    edi_ids: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # Its tax or company registration id (VAT, EIN, GSTIN), as written.
    tax_id: Mapped[str | None] = mapped_column(String(64), index=True)
    # Whether its emailed orders need an authenticated sender to be approved untouched (CustomerSenderAuth):
    # NULL follows the `sender_auth.require` setting; `not_required` for a buyer whose mail is known to
    # arrive unsigned, `required` to hold one buyer to it when the setting is off.
    sender_auth: Mapped[str | None] = mapped_column(String(16))
    # The EDI answers it wants to an order sent as X12, EDIFACT or UBL (orchestration/edi_answers/): NULL
    # answers in the syntax the order came in (997 + 855, CONTRL + ORDRSP, OrderResponse); a list names them
    # ("997", "855", "CONTRL", "ORDRSP", "OrderResponse", "OrderResponseSimple"); an empty list: none.
    edi_answers: Mapped[list[str] | None] = mapped_column(JSON)
    # How they reach it: "connector" (the ERP connector: a file in its outbox, a webhook event), "email"
    # (attached to an email under its own), or NULL: the connector when it can carry them, else email.
    edi_answer_delivery: Mapped[str | None] = mapped_column(String(16))
    addresses: Mapped[list[CustomerAddress]] = relationship(back_populates="customer", lazy="selectin")


class CustomerAddress(Base):
    __tablename__ = "customer_addresses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    customer: Mapped[Customer] = relationship(back_populates="addresses")


class SenderTrust(StrEnum):
    """How far a sender address a clerk tied to a customer is trusted to name that customer."""

    LEARNED = "learned"  # tied by a clerk's approval
    CORRECTED = "corrected"  # the tie was learned wrong and moved once; a second disagreement forgets it
    SHARED = "shared"  # it spoke for two customers: forgotten, never used and never learned again


class CustomerContact(Base):
    """A sender address a clerk tied to a customer: that sender's next order needs no one to say who it is
    (unless its `trust` is SHARED: kept only so that it is never learned again)."""

    __tablename__ = "customer_contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    trust: Mapped[str] = mapped_column(String(16), default=SenderTrust.LEARNED.value,
                                       server_default=SenderTrust.LEARNED.value)


class CustomerUnitConversion(Base):
    """How many of our selling units one of the customer's units holds, for one product (clerk-taught)."""

    __tablename__ = "customer_unit_conversions"
    __table_args__ = (UniqueConstraint("customer_id", "sku", "uom"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku"))
    uom: Mapped[str] = mapped_column(String(16))
    factor: Mapped[Decimal] = mapped_column(Factor)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Product(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    description: Mapped[str] = mapped_column(String(500))
    uom: Mapped[str] = mapped_column(String(8), default="EA")
    # None when the catalog gives no list price (prices live in price lists): never compared, never filled in.
    unit_price: Mapped[Decimal | None] = mapped_column(Money)
    gtin: Mapped[str | None] = mapped_column(String(14), index=True)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    weight_kg: Mapped[Decimal] = mapped_column(Weight, default=Decimal("0"))


class Counter(Base):
    """Named counters; `catalog_revision` lets each process keep its catalog index until it changes, and
    `x12:<qualifier>:<id>`, `edifact:…`, `ubl:<customer>` number our EDI answers per trading partner."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class PriceListEntry(Base):
    __tablename__ = "price_list_entries"
    __table_args__ = (UniqueConstraint("customer_id", "sku"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku"))
    unit_price: Mapped[Decimal] = mapped_column(Money)


class CustomerItemAlias(Base):
    """What a customer calls one of our products (their part number or wording), learned from clerks."""

    __tablename__ = "customer_item_aliases"
    __table_args__ = (UniqueConstraint("customer_id", "alias_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    alias_key: Mapped[str] = mapped_column(String(300))
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku"))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Warehouse(Base):
    __tablename__ = "warehouses"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    postal_code: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2), default="US")


class StockLevel(Base):
    __tablename__ = "stock_levels"
    warehouse_code: Mapped[str] = mapped_column(ForeignKey("warehouses.code"), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku"), primary_key=True)
    on_hand: Mapped[Decimal] = mapped_column(Qty, default=Decimal("0"))
    reserved: Mapped[Decimal] = mapped_column(Qty, default=Decimal("0"))


class CarrierRate(Base):
    __tablename__ = "carrier_rates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    carrier: Mapped[str] = mapped_column(String(100))
    service: Mapped[str] = mapped_column(String(100))
    zone: Mapped[int] = mapped_column(Integer)
    max_weight_kg: Mapped[Decimal] = mapped_column(Weight)
    price: Mapped[Decimal] = mapped_column(Money)
    transit_days: Mapped[int] = mapped_column(Integer)


# ---------------------------------------------------------------- intake


class InboundMessage(Base):
    __tablename__ = "inbound_messages"
    # The same bytes are one message (sha256 is unique). Of the messages that share a Message-ID only the
    # first is without `same_message_id_as`: when two sources store two of them at the same moment, one
    # of them fails here, tries again, and is stored after the other, pointing to it.
    __table_args__ = (
        Index("uq_inbound_messages_message_id", "message_id", unique=True,
              sqlite_where=text("message_id IS NOT NULL AND same_message_id_as IS NULL"),
              postgresql_where=text("message_id IS NOT NULL AND same_message_id_as IS NULL")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The kind of source: imap | maildir | api | cli | eval | replay (tests and benchmarks add their own).
    source: Mapped[str] = mapped_column(String(32))
    # Where in that source, as the source said it at intake, never a string split back apart: an IMAP
    # mailbox's name, folder, UIDVALIDITY and UID; a file's path (Maildir, CLI, corpus); the API user.
    source_mailbox: Mapped[str | None] = mapped_column(String(200), index=True)
    source_folder: Mapped[str | None] = mapped_column(String(500))
    source_uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    source_uid: Mapped[int | None] = mapped_column(BigInteger)
    source_path: Mapped[str | None] = mapped_column(String(1000))
    source_user: Mapped[str | None] = mapped_column(String(320))
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    # The message held first with the same Message-ID, when this one's bytes differ from it: a new message
    # (a mailer reusing its IDs, a changed copy, or a forgery beating the real order to us), which its
    # order's reason tells a clerk about; never dropped as a copy. NULL for the first or only one.
    same_message_id_as: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    # The header facts, read once at intake (intake/headers.py): later stages read these columns, never
    # the raw headers again.
    from_addr: Mapped[str | None] = mapped_column(String(320))  # lower-case
    from_name: Mapped[str | None] = mapped_column(String(998))
    reply_to: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    to_addrs: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    subject: Mapped[str | None] = mapped_column(String(998))
    sent_on: Mapped[date | None] = mapped_column(Date)  # the Date header's day, on the sender's calendar
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    automated: Mapped[str | None] = mapped_column(Text)  # why a machine sent it (no reply then), or NULL
    # What the MIME split found, beside the parts it stored as documents: the buyer of a forwarded email,
    # why the message is plainly not an order, the attachments refused for a limit.
    original_from_addr: Mapped[str | None] = mapped_column(String(320))
    not_an_order: Mapped[str | None] = mapped_column(Text)
    refused: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    # The order a status question asks about ("has PO 4471 shipped?"), when it was matched to exactly one
    # (status_answered); NULL for every other message. A plain id, as parked_by_job_id: orders already point
    # at their message, and a key back would make the two tables a cycle.
    about_order_id: Mapped[int | None] = mapped_column(Integer)
    # Whether the sender is who the From address says, found at intake (intake/sender_auth.py): the verdict
    # (SenderAuth), the method and the domain it rests on, whether that domain is the From address's, who
    # said so (a trusted receiving server's authserv-id, order-intake's own DKIM check, a trusted relay or
    # mailbox), and every check read ([{by, method, result, domain, aligned}]). NULL: stored before it was
    # checked (taken as not verified).
    sender_auth: Mapped[str | None] = mapped_column(String(16))
    sender_auth_method: Mapped[str | None] = mapped_column(String(16))
    sender_auth_domain: Mapped[str | None] = mapped_column(String(255))
    sender_auth_aligned: Mapped[bool | None] = mapped_column(Boolean)
    sender_auth_by: Mapped[str | None] = mapped_column(String(255))
    sender_auth_checks: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(32), default=MessageStatus.RECEIVED, index=True)  # MessageStatus
    error: Mapped[str | None] = mapped_column(Text)
    documents: Mapped[list[Document]] = relationship(
        back_populates="message", lazy="selectin", order_by="Document.part_index"
    )

    @property
    def sender_verified(self) -> bool | None:
        """Whether the sender was authenticated as the From address's domain; None when it was not checked
        (not mail, or stored before senders were checked)."""
        if self.sender_auth is None:
            return None
        return self.sender_auth == "pass" and bool(self.sender_auth_aligned)


class MailboxState(Base):
    """Where intake stands in one IMAP mailbox, and how the connection is doing."""

    __tablename__ = "mailbox_states"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    connected: Mapped[bool] = mapped_column(Boolean, default=False)
    idle: Mapped[bool] = mapped_column(Boolean, default=False)
    last_poll_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime)
    messages_today: Mapped[int] = mapped_column(Integer, default=0)
    today: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    part_index: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))  # body_text | body_html | attachment
    filename: Mapped[str | None] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    # The multipart/alternative a body belongs to: its text and HTML versions share the number.
    alternative: Mapped[int | None] = mapped_column(Integer)
    extractor: Mapped[str | None] = mapped_column(String(64))
    extraction_status: Mapped[str] = mapped_column(String(32), default=ExtractionStatus.PENDING)  # ExtractionStatus
    error: Mapped[str | None] = mapped_column(Text)
    # An X12 or EDIFACT document's breaches of its syntax (models.schemas.EdiSyntaxError.to_json, each): what its
    # functional acknowledgement (997, CONTRL) says back, and what a clerk reads in `error`. NULL: none.
    edi_errors: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    message: Mapped[InboundMessage] = relationship(back_populates="documents")


# ---------------------------------------------------------------- orders


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    customer_method: Mapped[str | None] = mapped_column(String(64))
    buyer_name: Mapped[str | None] = mapped_column(String(200))  # as the document prints it
    po_number: Mapped[str | None] = mapped_column(String(100), index=True)
    order_date: Mapped[date | None] = mapped_column(Date)
    requested_date: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str | None] = mapped_column(String(3))
    ship_to: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # As the document states them, for the ERP and the clerk; no decision is made on them.
    bill_to: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    payment_terms: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), index=True)  # OrderStatus (models/status.py)
    confidence: Mapped[float] = mapped_column(default=0.0)
    # Where each header field was read in the order's document, as the extractor recorded it when the
    # order was filed: {"po_number": {"provenance": {...}, "value": "..."}, ...}; NULL for orders filed
    # before it was kept (the review screen then reads the document again).
    header_provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    erp_order_number: Mapped[str | None] = mapped_column(String(64))
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    auto_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    # The buyer's read-only /status/<token> link: unguessable, made when the first acknowledgement is queued.
    status_token: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    # The review screen's claim: the clerk who opened the order holds it until claimed_until, so two
    # clerks never work the same order; an expired claim is free for anyone.
    claimed_by: Mapped[str | None] = mapped_column(String(320))
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Clerk time spent on the order (sum of its claims up to approve/reject), for the dashboard.
    review_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    held_reason: Mapped[str | None] = mapped_column(Text)  # put aside by a clerk, with why
    # Where a dead job parked the order as failed: the status it had then (a retry of that job puts it
    # back there) and the job. Written when the order is parked; read only while its status is failed.
    parked_from: Mapped[str | None] = mapped_column(String(32))
    parked_by_job_id: Mapped[int | None] = mapped_column(Integer)
    # Every move into "approved" (automatic, a clerk's, a dead letter put back): the ERP job's key takes a
    # fresh number per approval, so an order fixed and approved again gets a new job.
    approval_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The approvals that were decisions (a dead letter put back is not one): 1 for the first, 2 after a
    # clerk fixed and approved the order again. Receivers tell an amendment from a retry by it.
    approval_revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A clerk changed, added, deleted, split or merged a line (the reading was not right as read), and
    # whether one did so after the order was first approved (a confirmed ERP order cannot take it).
    lines_edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    lines_edited_after_approval: Mapped[bool] = mapped_column(Boolean, default=False,
                                                              server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", lazy="selectin", order_by="OrderLine.line_no", cascade="all, delete-orphan"
    )
    # Why the order needs a clerk, the order's own doubts and its lines' in the order they were given.
    # Read and written through models/reasons.py only.
    reasons: Mapped[list[OrderReason]] = relationship(
        lazy="selectin", order_by="OrderReason.position", cascade="all, delete-orphan", passive_deletes=True
    )
    customer: Mapped[Customer | None] = relationship(lazy="selectin")


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    raw_text: Mapped[str | None] = mapped_column(Text)
    item_code: Mapped[str | None] = mapped_column(String(100))  # the code as the buyer wrote it
    customer_part: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[Decimal | None] = mapped_column(Qty)
    uom: Mapped[str | None] = mapped_column(String(8))
    unit_price: Mapped[Decimal | None] = mapped_column(Money)
    # How the line was converted into our selling unit, for people to read ("300 EA = 3 BX (BX of 100)");
    # the quantity and unit as the buyer ordered them before that conversion are the two columns below
    # (None when the line is in the unit it was ordered in). Nothing parses the note back.
    conversion: Mapped[str | None] = mapped_column(String(200))
    ordered_quantity: Mapped[Decimal | None] = mapped_column(Qty)
    ordered_uom: Mapped[str | None] = mapped_column(String(8))
    sku: Mapped[str | None] = mapped_column(String(64), index=True)  # quantity history per product
    match_method: Mapped[str | None] = mapped_column(String(32))
    match_score: Mapped[float | None] = mapped_column()
    confidence: Mapped[float] = mapped_column(default=0.0)
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    allocated_qty: Mapped[Decimal | None] = mapped_column(Qty)
    backordered_qty: Mapped[Decimal | None] = mapped_column(Qty)
    order: Mapped[Order] = relationship(back_populates="lines")

    @property
    def reasons(self) -> list[OrderReason]:
        """The doubts about this line: its order's reasons with its number (there is no second copy)."""
        order = self.order
        return [] if order is None else [r for r in order.reasons if r.line_no == self.line_no]


class OrderReason(Base):
    """One doubt a clerk can read about an order: the order's own (`line_no` NULL) or one line's, with the
    field it is about when it is about one. Rows, so the queue counts and filters them in SQL."""

    __tablename__ = "order_reasons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    # The order's reasons in the order they were given (as a clerk and the API list them); gaps are fine.
    position: Mapped[int] = mapped_column(Integer)
    line_no: Mapped[int | None] = mapped_column(Integer)  # moves with the line when lines are renumbered
    code: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str | None] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    # The stage whose dead job the reason reports (code stage_failed): retrying that stage's job answers
    # it. Kept apart from the message a clerk reads, so nothing reads it back out of the words.
    stage: Mapped[str | None] = mapped_column(String(64))


class ErpSalesOrder(Base):
    """The builtin ERP's own record of a sales order (what a real ERP would hold)."""

    __tablename__ = "erp_sales_orders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    total: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Allocation(Base):
    __tablename__ = "allocations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"))
    warehouse_code: Mapped[str] = mapped_column(ForeignKey("warehouses.code"))
    quantity: Mapped[Decimal] = mapped_column(Qty)


class Shipment(Base):
    __tablename__ = "shipments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    warehouse_code: Mapped[str] = mapped_column(ForeignKey("warehouses.code"))
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    zone: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[Decimal | None] = mapped_column(Weight)
    carrier: Mapped[str | None] = mapped_column(String(100))
    service: Mapped[str | None] = mapped_column(String(100))
    price: Mapped[Decimal | None] = mapped_column(Money)
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32), default=ShipmentStatus.PLANNED)  # ShipmentStatus
    # The shipment's id in the connector's own system (Tryton's stock.shipment.out), when it has one.
    external_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class OrderRevision(Base):
    """One revision of an order: a buyer's later message asking to change or cancel it, matched to it
    (orchestration/revisions.py). What it asked (`parts`), the difference line by line (`difference`), and
    what became of it are columns: the status, who applied or declined it and when, whether the ERP got it.
    Written with its audit events; nothing reads the audit trail back to know a revision's state."""

    __tablename__ = "order_revisions"
    __table_args__ = (UniqueConstraint("order_id", "number", name="uq_order_revisions_order_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, ... per order, in the order they arrived
    # The buyer's message that asked; NULL for one a clerk recorded by hand.
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # RevisionKind
    status: Mapped[str] = mapped_column(String(16), index=True)  # RevisionStatus
    # Where the message says what it is ("X12 860 purchase order change", "the text says 'please cancel ...'").
    said: Mapped[str | None] = mapped_column(Text)
    # What it asked, part by part: [{"kind": "set_quantity", "line_no": 2, "quantity": "14", "written": ...}]
    parts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Line by line, before -> after: [{"line_no", "sku", "change": "changed"|"added"|"removed",
    # "before": {...} | null, "after": {...} | null}], and header fields [{"field", "before", "after"}].
    difference: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    header_difference: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Every part read with strong evidence (exact codes or line numbers, numbers read as numbers).
    strong: Mapped[bool] = mapped_column(Boolean, default=False)
    # Why it waits for a clerk, or why it was refused or declined, in the clerk's (and buyer's) words.
    reason: Mapped[str | None] = mapped_column(Text)
    # Filed once the ERP had the order: applying it is the clerk's, and the connector carries it.
    after_erp: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery: Mapped[str] = mapped_column(String(16), default=RevisionDelivery.NOT_NEEDED)  # RevisionDelivery
    decided_by: Mapped[str | None] = mapped_column(String(320))  # "system" when applied untouched
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Acknowledgement(Base):
    """An email back to the buyer: queued with the transition that calls for it, sent once.

    The email's Message-ID is derived from `idempotency_key`, so a send retried after a crash between
    the SMTP answer and our commit reaches the buyer as the same message, recognisable as a duplicate."""

    __tablename__ = "acknowledgements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # accepted | question | status | revision
    # The buyer's message this email answers, when it is not the order's own: a status question ("has PO
    # 4471 shipped?") is answered under its own email. NULL: the order's message.
    answers_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    note: Mapped[str | None] = mapped_column(Text)  # the clerk's words (reject reason, hold question)
    status: Mapped[str] = mapped_column(String(16), default=AcknowledgementStatus.PENDING)  # AcknowledgementStatus
    reason: Mapped[str | None] = mapped_column(Text)  # why skipped or failed, in words for the clerk
    to_addr: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(998))
    email_message_id: Mapped[str | None] = mapped_column(String(998))
    body: Mapped[str | None] = mapped_column(Text)  # what was sent, as sent
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class EdiAnswer(Base):
    """One EDI answer to an EDI buyer (an X12 997 or 855, an EDIFACT CONTRL or ORDRSP, a UBL OrderResponse):
    rendered whole when the order was accepted, changed or rejected, with its control numbers taken then, so
    every delivery attempt carries the same bytes; delivered once by its job (orchestration/edi_answers/)."""

    __tablename__ = "edi_answers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL: an interchange rejected whole (a 997 or CONTRL of its errors), which became no order.
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    # Whose answer it is when no order says so (the rejected interchange's sender, as customer resolution found it).
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"))
    # The buyer's message and document it answers: the order's own, or the change (860, ORDCHG) it answers.
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    # 997 | 855 | 865 | CONTRL | ORDRSP | OrderResponse | OrderResponseSimple
    kind: Mapped[str] = mapped_column(String(24))
    syntax: Mapped[str] = mapped_column(String(8))  # x12 | edifact | ubl
    answer: Mapped[str] = mapped_column(String(16))  # EdiAnswerKind: accepted | changed | rejected | received
    # Whom the control numbers count for (the buyer's interchange id), and this answer's interchange number.
    partner: Mapped[str | None] = mapped_column(String(100))
    control_number: Mapped[str | None] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(16), default=AcknowledgementStatus.PENDING)  # AcknowledgementStatus
    delivery: Mapped[str | None] = mapped_column(String(16))  # connector | email, once delivered
    acknowledgement_id: Mapped[int | None] = mapped_column(ForeignKey("acknowledgements.id"))  # the email it rode
    reason: Mapped[str | None] = mapped_column(Text)  # why skipped or failed, in words for the clerk
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


# ---------------------------------------------------------------- durability and trail


class Job(Base):
    """A durable unit of work. Rows, not pickles: state survives any code change."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_claim", "status", "run_after"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    # One job per (subject, stage): enqueueing the same step twice is a no-op, not a second run.
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    # Which of the order's approvals the stage job runs for ('' for a first automatic one; its stages'
    # keys carry it on), or which email an acknowledgement job sends; given at enqueue, never read back
    # out of the key.
    generation: Mapped[str] = mapped_column(String(64), default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default=JobStatus.QUEUED)  # JobStatus
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    run_after: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    locked_by: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    # The first failure of the outage the job is retrying through (a TransientError); see jobs.fail.
    failing_since: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)


class ConnectorBreaker(Base):
    """The circuit breaker of the connector one stage calls (named by the stage's job kind): shared by
    every worker, so a hanging ERP is given up on by all of them at once, not each in turn."""

    __tablename__ = "connector_breakers"
    connector: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default=BreakerState.CLOSED)  # BreakerState
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    # Opens in a row without a successful call since: the cool-down doubles with each.
    opens: Mapped[int] = mapped_column(Integer, default=0)
    # Open: when the cool-down ends. Half open: when the trial's claim lapses (its worker died).
    open_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StageRun(Base):
    __tablename__ = "stage_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    stage: Mapped[str] = mapped_column(String(64))
    attempt: Mapped[int] = mapped_column(Integer)
    worker: Mapped[str | None] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    ok: Mapped[bool | None] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only: who or what changed what, when, from which value to which."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(64))
    field: Mapped[str | None] = mapped_column(String(64))
    from_value: Mapped[str | None] = mapped_column(Text)
    to_value: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16), default="clerk")  # clerk | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))  # disabled: no login
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class UserSession(Base):
    """One login. The cookie carries a random id and only its hash is stored here; a row that is
    ended (logout, user disabled, password changed, an admin's decision) or expired refuses every
    copy of the cookie."""

    __tablename__ = "user_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_reason: Mapped[str | None] = mapped_column(String(32))  # logout | disabled | password | admin
    user_agent: Mapped[str | None] = mapped_column(String(200))


class SettingOverride(Base):
    """A threshold an admin changed on the review screen; it wins over the configuration file."""

    __tablename__ = "setting_overrides"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(64))
    updated_by: Mapped[str] = mapped_column(String(320))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(320))  # the admin, or "cli"
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)  # to the minute, not every request
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)  # a revoked token is refused
    revoked_by: Mapped[str | None] = mapped_column(String(320))
