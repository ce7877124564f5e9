"""What matching needs from the database, read into plain data: catalog, customers, knowledge."""

from __future__ import annotations

import secrets
import threading
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from matching.catalog import CatalogIndex, CatalogProduct
from matching.catalog_cache import CACHED_MIN_PRODUCTS, cache_path, read_index, write_index
from matching.customers import CustomerRecord, po_shape
from matching.order_matching import TRUSTED_AFTER_CONFIRMATIONS
from models.schemas import Address
from models.status import SETTLED, OrderStatus
from models.tables import (
    Counter,
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerItemAlias,
    CustomerUnitConversion,
    Order,
    OrderLine,
    PriceListEntry,
    Product,
    SenderTrust,
)

_CATALOG_CACHE: dict[str, tuple[int, CatalogIndex]] = {}
_CACHE_LOCK = threading.Lock()


def catalog_revision(session: Session) -> int:
    return session.scalar(select(Counter.value).where(Counter.name == "catalog_revision")) or 0


def bump_catalog_revision(session: Session) -> None:
    """Tell every process that its catalog index is stale; call in the transaction that changed it.

    A random token is written beside the revision each time: with it, an index stored on disk
    (matching/catalog_cache.py) is only ever read back for this database's catalog at this revision, never
    for another database (a copy, a restore, a new one) that counted to the same number."""
    counter = session.get(Counter, "catalog_revision")
    if counter is None:
        session.add(Counter(name="catalog_revision", value=1))
    else:
        counter.value += 1
    token = session.get(Counter, CATALOG_TOKEN)
    if token is None:
        session.add(Counter(name=CATALOG_TOKEN, value=secrets.randbits(62)))
    else:
        token.value = secrets.randbits(62)


# The name of the counter holding the random token of the catalog's current revision.
CATALOG_TOKEN = "catalog_token"


def load_catalog(session: Session) -> CatalogIndex:
    """The catalog index, built once per catalog revision and kept by this process; a large one is also
    kept on disk when the session says where (`session.info["cache_dir"]`, models/db.Database), and read
    back from there by the next process instead of built again."""
    key = str(session.get_bind().url)
    revision = catalog_revision(session)
    with _CACHE_LOCK:
        cached = _CATALOG_CACHE.get(key)
        if cached is not None and cached[0] == revision:
            return cached[1]
    stored = _stored_path(session, revision)
    index = read_index(stored) if stored is not None else None
    if index is None:
        # Plain rows of the six columns matching needs, not Product objects: for 100,000 products the
        # ORM's objects and identity map cost as much as building the index itself.
        # Streamed a few thousand rows at a time (the index takes them column by column): buffered whole,
        # 100,000 rows were a third of the process's peak memory.
        rows = session.execute(select(Product.sku, Product.description, Product.uom, Product.unit_price,
                                      Product.gtin, Product.pack_size).execution_options(yield_per=4096))
        index = CatalogIndex(CatalogProduct(*row) for row in rows)
        if stored is not None:
            write_index(index, stored)
    with _CACHE_LOCK:
        _CATALOG_CACHE[key] = (revision, index)
    return index


def _stored_path(session: Session, revision: int) -> Path | None:
    """Where this catalog revision's index is kept on disk, or None: no cache folder, no token (a catalog
    never imported since the token came in), or too few products to be worth a file."""
    folder = session.info.get("cache_dir")
    if folder is None:
        return None
    token = session.scalar(select(Counter.value).where(Counter.name == CATALOG_TOKEN))
    if token is None:
        return None
    products = session.scalar(select(func.count()).select_from(Product)) or 0
    if products < CACHED_MIN_PRODUCTS:
        return None
    return cache_path(Path(folder), revision, token, products)


# How many recent orders teach the forms of each customer's PO numbers.
PO_HISTORY = 5000


def load_customers(session: Session) -> list[CustomerRecord]:
    senders: dict[str, list[str]] = defaultdict(list)
    # A sender found to speak for two customers is kept only so that it is never learned again.
    for contact in session.scalars(select(CustomerContact).where(CustomerContact.trust != SenderTrust.SHARED)):
        senders[contact.customer_id].append(contact.email.lower())
    return [
        CustomerRecord(c.id, c.name, tuple(c.email_domains or ()), c.contact_email, c.locale, c.currency,
                       tuple(senders.get(c.id, ())),
                       tuple(Address(a.name, a.street, a.city, a.region, a.postal_code, a.country)
                             for a in c.addresses),
                       edi_ids=tuple(c.edi_ids or ()), tax_id=c.tax_id)
        for c in session.scalars(select(Customer))
    ]


def po_shapes(session: Session) -> dict[str, set[str]]:
    """The forms of each customer's recent PO numbers. Read only when a message names no known
    sender, so that an ordinary message does not scan thousands of orders."""
    shapes: dict[str, set[str]] = defaultdict(set)
    recent = (select(Order.customer_id, Order.po_number)
              .where(Order.status.in_(SETTLED), Order.customer_id.is_not(None), Order.po_number.is_not(None))
              .order_by(Order.id.desc()).limit(PO_HISTORY))
    for customer_id, po_number in session.execute(recent):
        shape = po_shape(po_number)
        if shape:
            shapes[customer_id].add(shape)
    return shapes


class DbKnowledge:
    """Knowledge read on demand from the tables, within the caller's transaction."""

    def __init__(self, session: Session, exclude_order_id: int | None = None,
                 exclude_message_id: int | None = None) -> None:
        self.session = session
        self.exclude_order_id = exclude_order_id
        # The orders filed from one message (two attached POs, a body of two POs) are siblings, never one
        # another's duplicate PO.
        self.exclude_message_id = exclude_message_id

    def contract_price(self, customer_id: str, sku: str) -> Decimal | None:
        return self.session.scalar(
            select(PriceListEntry.unit_price).where(
                PriceListEntry.customer_id == customer_id, PriceListEntry.sku == sku
            )
        )

    def alias(self, customer_id: str, key: str) -> str | None:
        if not key:
            return None
        return self.session.scalar(
            select(CustomerItemAlias.sku).where(
                CustomerItemAlias.customer_id == customer_id, CustomerItemAlias.alias_key == key
            )
        )

    def addresses(self, customer_id: str) -> list[Address]:
        return [
            Address(a.name, a.street, a.city, a.region, a.postal_code, a.country)
            for a in self.session.scalars(select(CustomerAddress).where(CustomerAddress.customer_id == customer_id))
        ]

    def reading_trusted(self, customer_id: str) -> bool:
        confirmed = self.session.scalar(select(Customer.confirmed_readings).where(Customer.id == customer_id))
        return (confirmed or 0) >= TRUSTED_AFTER_CONFIRMATIONS

    def unit_factor(self, customer_id: str, sku: str, uom: str) -> Decimal | None:
        return self.session.scalar(select(CustomerUnitConversion.factor).where(
            CustomerUnitConversion.customer_id == customer_id, CustomerUnitConversion.sku == sku,
            CustomerUnitConversion.uom == uom))

    def quantity_history(self, customer_id: str, sku: str) -> list[Decimal]:
        q = (select(OrderLine.quantity).join(Order, Order.id == OrderLine.order_id)
             .where(Order.customer_id == customer_id, OrderLine.sku == sku, Order.status.in_(SETTLED),
                    OrderLine.quantity.is_not(None))
             .order_by(Order.id.desc()).limit(50))
        if self.exclude_order_id is not None:
            q = q.where(Order.id != self.exclude_order_id)
        return [Decimal(v) for v in self.session.scalars(q)]

    def po_seen(self, customer_id: str, po_number: str) -> bool:
        q = select(Order.id).where(
            Order.customer_id == customer_id, Order.po_number == po_number, Order.status != OrderStatus.REJECTED
        )
        if self.exclude_order_id is not None:
            q = q.where(Order.id != self.exclude_order_id)
        if self.exclude_message_id is not None:
            q = q.where(or_(Order.message_id.is_(None), Order.message_id != self.exclude_message_id))
        return self.session.scalar(q.limit(1)) is not None
