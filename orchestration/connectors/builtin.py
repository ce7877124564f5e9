"""The builtin connectors: a small ERP, stock per warehouse and carrier rate tables in our own database.

They run inside the stage's transaction, so their writes commit with the order's transition: the
exactly-once promise holds without any outside call. The demo and most tests use them.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, Select, select, text
from sqlalchemy.orm import Session

from models import bulk
from models.audit import audit
from models.status import ShipmentStatus
from models.tables import (
    Allocation,
    CarrierRate,
    Customer,
    CustomerAddress,
    ErpSalesOrder,
    Order,
    PriceListEntry,
    Product,
    Shipment,
    StockLevel,
    Warehouse,
)
from orchestration.batch_reads import of_order, prime
from orchestration.connectors.base import LineAllocation, PermanentError, TransientError


def destination_postal_code(session: Session, order: Order) -> str | None:
    if order.ship_to and order.ship_to.get("postal_code"):
        return str(order.ship_to["postal_code"])
    if order.customer_id:
        addr = session.scalar(
            select(CustomerAddress).where(CustomerAddress.customer_id == order.customer_id)
            .order_by(CustomerAddress.is_default.desc(), CustomerAddress.id).limit(1)
        )
        if addr and addr.postal_code:
            return addr.postal_code
    return None


def zone_between(origin_postal: str, destination_postal: str | None) -> int:
    """Carrier zone 2..8 from the first digits of two US ZIP codes, the way parcel zones grow."""
    if not destination_postal or not destination_postal[:1].isdigit() or not origin_postal[:1].isdigit():
        return 8
    return min(8, 2 + abs(int(origin_postal[0]) - int(destination_postal[0])))


# What a batch reads once for all its orders lives in session.info for the session's life: the
# worker opens one session per transaction, so nothing read there outlives the transaction that read it.
# The two small reference tables (warehouses, carrier rates) are the exception: see `_reference`.


class ProductFacts(NamedTuple):
    """What the builtin connectors use of a product: read as three columns, not as an ORM object."""

    sku: str
    unit_price: Decimal | None
    weight_kg: Decimal


class Depot(NamedTuple):
    """A warehouse as routing sees it."""

    code: str
    postal_code: str


class Rate(NamedTuple):
    """A carrier rate row as shipping sees it."""

    id: int
    carrier: str
    service: str
    zone: int
    max_weight_kg: Decimal
    price: Decimal
    transit_days: int


def _products(session: Session, skus: set[str]) -> dict[str, ProductFacts]:
    """The products of these SKUs; those this transaction already read are not read again."""
    known: dict[str, ProductFacts] = session.info.setdefault("builtin_products", {})
    missing = {sku for sku in skus if sku not in known}
    if missing:
        known.update({row[0]: ProductFacts(*row) for row in session.execute(
            _batch_reads(session).products, {"skus": sorted(missing)})})
    return {sku: known[sku] for sku in skus if sku in known}


@dataclass(frozen=True)
class _Reference:
    """The warehouses and the carrier rates (by zone, lowest weight break first), as one snapshot."""

    fingerprint: tuple[Any, ...]
    depots: tuple[Depot, ...]
    rates_by_zone: dict[int, tuple[Rate, ...]]


# One snapshot per database (engine) in this process, kept across transactions. Every transaction that uses it
# first reads the tables' fingerprint: on PostgreSQL the row count and the sum of the rows' `xmin` (the id of the
# transaction that wrote each row version). Any committed insert, update or delete changes it, whoever made it
# (an import, the Tryton sync, a clerk's SQL): every row version it writes carries the writing transaction's id,
# larger than the ids of the versions it replaces, so the sum grows whenever the count stays. Until PostgreSQL's
# 32-bit transaction ids wrap around, that is exact; after, a change goes unseen only if the sums happen to be
# equal. A stale snapshot would route from a warehouse that moved or book a rate that changed or is gone:
# tests/integration/test_reference_snapshot.py changes both behind the worker's back. SQLite has no `xmin`:
# there the tables are read in each transaction, as before.
_SNAPSHOTS: weakref.WeakKeyDictionary[Engine, _Reference] = weakref.WeakKeyDictionary()
_FINGERPRINT = text(
    "SELECT (SELECT count(*) FROM warehouses), (SELECT coalesce(sum(xmin::text::bigint), 0) FROM warehouses), "
    "(SELECT count(*) FROM carrier_rates), (SELECT coalesce(sum(xmin::text::bigint), 0) FROM carrier_rates)")


def _reference(session: Session) -> _Reference:
    """The warehouses and carrier rates as this transaction sees them: the process's snapshot when the tables'
    fingerprint still matches it, else read (and kept, on PostgreSQL). Checked once per transaction."""
    current: _Reference | None = session.info.get("builtin_reference")
    if current is not None:
        return current
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, (Engine, Connection)) else None
    fingerprint: tuple[Any, ...] | None = None
    if engine is not None and engine.dialect.name == "postgresql":
        fingerprint = tuple(session.execute(_FINGERPRINT).one())
        kept = _SNAPSHOTS.get(engine)
        if kept is not None and kept.fingerprint == fingerprint:
            session.info["builtin_reference"] = kept
            return kept
    depots = tuple(Depot(*row) for row in session.execute(select(Warehouse.code, Warehouse.postal_code)))
    by_zone: dict[int, list[Rate]] = {}
    for rate in sorted((Rate(*row) for row in session.execute(select(
            CarrierRate.id, CarrierRate.carrier, CarrierRate.service, CarrierRate.zone, CarrierRate.max_weight_kg,
            CarrierRate.price, CarrierRate.transit_days))), key=lambda r: (r.max_weight_kg, r.id)):
        by_zone.setdefault(rate.zone, []).append(rate)
    current = _Reference(fingerprint or (), depots, {zone: tuple(rates) for zone, rates in by_zone.items()})
    if fingerprint is not None and engine is not None:
        _SNAPSHOTS[engine] = current
    session.info["builtin_reference"] = current
    return current


class _BatchReads(NamedTuple):
    """The statements the builtin connectors read a batch with, built once per dialect (each was built anew for
    every batch before, a cost of its own), their values given at execution."""

    products: Select[Any]
    contracts: Select[Any]
    numbers_taken: Select[Any]
    stock_locked: Select[Any]
    fulfilment: Select[Any]


@cache
def _batch_reads_of(dialect: str) -> _BatchReads:
    def one_of(column: Any, name: str) -> Any:
        return bulk.one_of_param(dialect, column, name)

    return _BatchReads(
        products=select(Product.sku, Product.unit_price, Product.weight_kg).where(one_of(Product.sku, "skus")),
        contracts=select(PriceListEntry.customer_id, PriceListEntry.sku, PriceListEntry.unit_price).where(
            one_of(PriceListEntry.customer_id, "customers"), one_of(PriceListEntry.sku, "skus")),
        numbers_taken=select(ErpSalesOrder.number).where(one_of(ErpSalesOrder.number, "numbers")),
        # Sorted, as `allocate` locks them: two batches sharing products queue instead of deadlocking.
        stock_locked=select(StockLevel).where(one_of(StockLevel.sku, "skus"))
        .order_by(StockLevel.warehouse_code, StockLevel.sku).with_for_update(),
        fulfilment=select(Customer.id, Customer.fulfilment).where(one_of(Customer.id, "customers")),
    )


def _batch_reads(session: Session) -> _BatchReads:
    return _batch_reads_of(session.get_bind().dialect.name)


def plan_allocation(order: Order, warehouses: list[str],
                    free: dict[tuple[str, str], Decimal]) -> dict[int, list[tuple[str, Decimal]]]:
    """Which warehouse gives how much of each line (`warehouses` nearest first; `free` by (warehouse,
    SKU)). The split rule: the whole order from the nearest warehouse that can fill every line, so it
    ships as one parcel; only when none can, each line from the nearest warehouses that have it."""
    need: dict[str, Decimal] = {}
    for line in order.lines:
        if line.sku:
            need[line.sku] = need.get(line.sku, Decimal("0")) + (line.quantity or Decimal("0"))
    for code in warehouses:
        if all(free.get((code, sku), Decimal("0")) >= qty for sku, qty in need.items()):
            return {line.id: [(code, line.quantity)] if line.sku and line.quantity and line.quantity > 0 else []
                    for line in order.lines}
    left_free = dict(free)
    plan: dict[int, list[tuple[str, Decimal]]] = {}
    for line in order.lines:
        left = (line.quantity or Decimal("0")) if line.sku else Decimal("0")
        plan[line.id] = []
        for code in warehouses:
            if left <= 0:
                break
            take = min(left_free.get((code, line.sku or ""), Decimal("0")), left)
            if take > 0:
                left_free[(code, line.sku or "")] -= take
                left -= take
                plan[line.id].append((code, take))
    return plan


class BuiltinErp:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def prepare_batch(self, session: Session, orders: list[Order]) -> None:
        """Read the batch's sales orders, products, contract prices and taken numbers, a statement each."""
        prime(session, ErpSalesOrder, orders)
        skus = {line.sku for order in orders for line in order.lines if line.sku}
        _products(session, skus)
        customers = {order.customer_id for order in orders if order.customer_id}
        contracts: dict[tuple[str, str], Decimal] = session.info.setdefault("builtin_contracts", {})
        if skus and customers:
            for customer_id, sku, price in session.execute(
                    _batch_reads(session).contracts, {"customers": sorted(customers), "skus": sorted(skus)}):
                contracts[(customer_id, sku)] = price
        session.info["builtin_contracts_for"] = {(c, sku) for c in customers for sku in skus}
        session.info["builtin_numbers_taken"] = set(session.scalars(
            _batch_reads(session).numbers_taken, {"numbers": [f"SO-{order.id:06d}" for order in orders]}))

    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        existing = next((e for e in of_order(session, ErpSalesOrder, order) if e.idempotency_key == idempotency_key),
                        None)
        if order.customer_id is None:
            raise PermanentError("the ERP needs a customer")
        total = Decimal("0")
        repriced: list[dict[str, str]] = []
        # One query for the products and one for the contract prices, whatever the number of lines.
        skus = {line.sku for line in order.lines if line.sku}
        products = _products(session, skus)
        contracts = self._contracts(session, order.customer_id, skus)
        for line in order.lines:
            product = products.get(line.sku) if line.sku else None
            if product is None or line.quantity is None:
                raise PermanentError(f"line {line.line_no}: no valid product or quantity")
            contract = contracts.get(product.sku)
            # The ERP charges its own price (contract, else list). A different price on the order was
            # either within tolerance or accepted by a clerk; the difference is kept on the record. A
            # product with no list price and no contract price is charged as ordered, or left unpriced:
            # never priced at nothing.
            price = contract if contract is not None else product.unit_price
            if price is None:
                price = line.unit_price
            elif line.unit_price is not None and line.unit_price != price:
                repriced.append({"line": str(line.line_no), "ordered": str(line.unit_price), "charged": str(price)})
            if line.unit_price != price:
                bulk.set_columns(session, line, unit_price=price)
            if price is not None:
                total += price * line.quantity
        if repriced:
            audit(session, "erp", "order", order.id, "repriced", detail={"lines": repriced})
        if existing is not None:
            # The same order again (approved anew after a clerk's fix): amend it, never a second one.
            existing.total = total
            return existing.number
        number = self._number(session, order)
        bulk.insert_row(session, ErpSalesOrder, number=number, idempotency_key=idempotency_key, order_id=order.id,
                        total=total)
        return number

    @staticmethod
    def _number(session: Session, order: Order) -> str:
        """One sales order per order, ever (the key is the order's), so its number can be the order's,
        known without a round trip for the row's id. Databases from before numbered sales orders by
        their row, so such a number may be taken already: then a suffix the old scheme never made."""
        number = f"SO-{order.id:06d}"
        taken: set[str] | None = session.info.get("builtin_numbers_taken")
        if taken is None:
            taken = set(session.scalars(select(ErpSalesOrder.number).where(ErpSalesOrder.number == number)))
        return f"{number}-A" if number in taken else number

    @staticmethod
    def _contracts(session: Session, customer_id: str, skus: set[str]) -> dict[str, Decimal]:
        """The customer's contract prices for these SKUs: from the batch's read if it covered them."""
        covered: set[tuple[str, str]] = session.info.get("builtin_contracts_for", set())
        if all((customer_id, sku) in covered for sku in skus):
            contracts: dict[tuple[str, str], Decimal] = session.info.get("builtin_contracts", {})
            return {sku: contracts[(customer_id, sku)] for sku in skus if (customer_id, sku) in contracts}
        return dict(session.execute(select(PriceListEntry.sku, PriceListEntry.unit_price).where(
            PriceListEntry.customer_id == customer_id, PriceListEntry.sku.in_(skus))).tuples().all()) if skus else {}


class BuiltinInventory:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def allocate(self, session: Session, order: Order, idempotency_key: str) -> list[LineAllocation]:
        existing = of_order(session, Allocation, order)
        if existing and self._still_fits(order, existing):
            return [LineAllocation(a.line_id, a.warehouse_code, a.quantity) for a in existing]
        # The lines changed since the last allocation (a clerk's fix after a failure): start over.
        for allocation in existing:
            stock = session.get(StockLevel, (allocation.warehouse_code, self._sku(order, allocation.line_id)),
                                with_for_update=True)
            if stock is not None:
                stock.reserved -= allocation.quantity
            session.delete(allocation)
        if existing:
            session.flush()
        destination = destination_postal_code(session, order)
        warehouses = sorted(_reference(session).depots,
                            key=lambda w: (zone_between(w.postal_code, destination), w.code))
        out: list[LineAllocation] = []
        # Every stock row this order may touch, locked in one statement and always in the same order
        # (warehouse, SKU), so two orders sharing products queue behind each other instead of deadlocking.
        skus = sorted({line.sku for line in order.lines if line.sku})
        locked, locked_skus = session.info.get("builtin_stock", ({}, set()))
        if set(skus) <= locked_skus:  # the batch locked them all already
            stocks = locked
        else:
            stocks = {(st.warehouse_code, st.sku): st for st in session.scalars(
                select(StockLevel).where(StockLevel.sku.in_(skus))
                .order_by(StockLevel.warehouse_code, StockLevel.sku).with_for_update())} if skus else {}
        codes = [wh.code for wh in warehouses]
        # Only this order's SKUs: the batch locked the stock of all its orders' SKUs.
        free = {(code, sku): stocks[(code, sku)].on_hand - stocks[(code, sku)].reserved
                for code in codes for sku in skus if (code, sku) in stocks}
        plan = plan_allocation(order, codes, free)
        allocated = {line.id: sum((q for _, q in plan[line.id]), Decimal("0")) for line in order.lines}
        short = [(line, (line.quantity or Decimal("0")) - allocated[line.id]) for line in order.lines
                 if (line.quantity or Decimal("0")) > allocated[line.id]]
        if short and self._fulfilment(session, order) == "complete":
            # Nothing reserved: the job is retried with backoff and ships once every line can be filled.
            raise TransientError("waiting for stock to ship the order complete: " + "; ".join(
                f"line {line.line_no} ({line.sku}) short by {missing.normalize():f}" for line, missing in short))
        for line in order.lines:
            for code, take in plan[line.id]:
                stock = stocks[(code, line.sku)]
                bulk.set_columns(session, stock, reserved=stock.reserved + take)  # gathered: no flush of the row
                bulk.insert_row(session, Allocation, order_id=order.id, line_id=line.id, warehouse_code=code,
                                quantity=take)
                out.append(LineAllocation(line.id, code, take))
            bulk.set_columns(session, line, allocated_qty=allocated[line.id],
                             backordered_qty=(line.quantity or Decimal("0")) - allocated[line.id])
        return out

    @staticmethod
    def _fulfilment(session: Session, order: Order) -> str:
        """The customer's policy: from the batch's read when there was one."""
        policies: dict[str, str] | None = session.info.get("builtin_fulfilment")
        if policies is not None and order.customer_id in policies:
            return policies[order.customer_id]
        return session.scalar(select(Customer.fulfilment).where(Customer.id == order.customer_id)) or "partial"

    def prepare_batch(self, session: Session, orders: list[Order]) -> None:
        """Lock every stock row the batch may touch up front, sorted, as `allocate` does per order, so
        two workers' batches queue behind each other instead of deadlocking; and read the batch's
        allocations in one statement."""
        skus = sorted({line.sku for order in orders for line in order.lines if line.sku})
        if skus:
            locked = session.scalars(_batch_reads(session).stock_locked, {"skus": skus}).all()
            session.info["builtin_stock"] = ({(st.warehouse_code, st.sku): st for st in locked}, set(skus))
        prime(session, Allocation, orders)
        customers = {order.customer_id for order in orders if order.customer_id}
        session.info["builtin_fulfilment"] = dict(session.execute(
            _batch_reads(session).fulfilment, {"customers": sorted(customers)}).tuples().all())

    @staticmethod
    def _sku(order: Order, line_id: int) -> str | None:
        return next((ln.sku for ln in order.lines if ln.id == line_id), None)

    @staticmethod
    def _still_fits(order: Order, allocations: list[Allocation]) -> bool:
        """Allocations made for exactly these lines and quantities (allocated plus backordered)."""
        by_line: dict[int, Decimal] = {}
        for a in allocations:
            by_line[a.line_id] = by_line.get(a.line_id, Decimal("0")) + a.quantity
        return all(
            (ln.allocated_qty is not None and by_line.get(ln.id, Decimal("0")) == ln.allocated_qty
             and ln.allocated_qty + (ln.backordered_qty or 0) == (ln.quantity or 0))
            for ln in order.lines
        )


class BuiltinRouting:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def prepare_batch(self, session: Session, orders: list[Order]) -> None:
        """Read the batch's shipments, allocations and products in three statements."""
        prime(session, Shipment, orders)
        prime(session, Allocation, orders)
        _products(session, {line.sku for order in orders for line in order.lines if line.sku})

    def route(self, session: Session, order: Order, idempotency_key: str) -> list[Shipment]:
        existing = of_order(session, Shipment, order)
        if any(sh.status == ShipmentStatus.SHIPPED for sh in existing):
            return list(existing)
        for shipment in existing:  # planned, never booked: plan again from the current allocations
            session.delete(shipment)
        if existing:
            session.flush()
        destination = destination_postal_code(session, order)
        by_warehouse: dict[str, Decimal] = {}
        products = _products(session, {ln.sku for ln in order.lines if ln.sku})
        warehouses = {wh.code: wh for wh in _reference(session).depots}
        for alloc in of_order(session, Allocation, order):
            line = next(ln for ln in order.lines if ln.id == alloc.line_id)
            product = products.get(line.sku) if line.sku else None
            weight = (product.weight_kg if product else Decimal("0")) * alloc.quantity
            by_warehouse[alloc.warehouse_code] = by_warehouse.get(alloc.warehouse_code, Decimal("0")) + weight
        shipments = []
        for code, weight in sorted(by_warehouse.items()):
            wh = warehouses.get(code)
            shipment = Shipment(order_id=order.id, warehouse_code=code, idempotency_key=f"{idempotency_key}:{code}",
                                zone=zone_between(wh.postal_code if wh else "", destination),
                                weight_kg=weight, status=ShipmentStatus.PLANNED)
            bulk.add(session, shipment)
            shipments.append(shipment)
        return shipments


class BuiltinShipping:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def ship(self, session: Session, order: Order, shipment: Shipment) -> str:
        if shipment.tracking_number:
            return shipment.tracking_number
        weight = shipment.weight_kg or Decimal("0")
        in_zone = _reference(session).rates_by_zone.get(shipment.zone, ()) if shipment.zone is not None else ()
        rates = [r for r in in_zone if r.max_weight_kg >= weight]
        if not rates:
            raise PermanentError(f"no carrier rate for {weight} kg to zone {shipment.zone}")
        best_per_service: dict[tuple[str, str], Rate] = {}
        for rate in rates:  # the lowest weight break that still carries this weight
            best_per_service.setdefault((rate.carrier, rate.service), rate)
        options = list(best_per_service.values())
        if order.requested_date:
            days_left = _business_days(date.today(), order.requested_date)
            in_time = [r for r in options if r.transit_days <= days_left]
            options = in_time or sorted(options, key=lambda r: r.transit_days)[:1]
        chosen = min(options, key=lambda r: (r.price, r.transit_days))
        # Derived from the idempotency key: a retried booking gets the same number, never a second one.
        digest = hashlib.sha256(shipment.idempotency_key.encode()).hexdigest()[:12].upper()
        bulk.set_columns(session, shipment, carrier=chosen.carrier, service=chosen.service, price=chosen.price,
                         tracking_number=f"{chosen.carrier[:2].upper()}{digest}", status=ShipmentStatus.SHIPPED)
        return shipment.tracking_number or ""


def _business_days(start: date, end: date) -> int:
    days, current = 0, start
    while current < end:
        current = date.fromordinal(current.toordinal() + 1)
        if current.weekday() < 5:
            days += 1
    return days
