"""The builtin connectors: a small ERP, stock per warehouse and carrier rate tables in our own database.

They run inside the stage's transaction, so their writes commit with the order's transition: the
exactly-once promise holds without any outside call. The demo and most tests use them.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import (
    Allocation,
    CarrierRate,
    CustomerAddress,
    ErpSalesOrder,
    Order,
    PriceListEntry,
    Product,
    Shipment,
    StockLevel,
    Warehouse,
)
from orchestration.audit import audit
from orchestration.connectors.base import LineAllocation, PermanentError


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


def _products(session: Session, skus: set[str]) -> dict[str, Product]:
    if not skus:
        return {}
    return {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(skus)))}


class BuiltinErp:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        existing = session.scalar(select(ErpSalesOrder).where(ErpSalesOrder.idempotency_key == idempotency_key))
        if order.customer_id is None:
            raise PermanentError("the ERP needs a customer")
        total = Decimal("0")
        repriced: list[dict[str, str]] = []
        # One query for the products and one for the contract prices, whatever the number of lines.
        skus = {line.sku for line in order.lines if line.sku}
        products = _products(session, skus)
        contracts = dict(session.execute(select(PriceListEntry.sku, PriceListEntry.unit_price).where(
            PriceListEntry.customer_id == order.customer_id, PriceListEntry.sku.in_(skus))).tuples().all()
            ) if skus else {}
        for line in order.lines:
            product = products.get(line.sku) if line.sku else None
            if product is None or line.quantity is None:
                raise PermanentError(f"line {line.line_no}: no valid product or quantity")
            contract = contracts.get(product.sku)
            # The ERP charges its own price (contract, else list). A different price on the order was
            # either within tolerance or accepted by a clerk; the difference is kept on the record.
            price = contract if contract is not None else product.unit_price
            if line.unit_price is not None and line.unit_price != price:
                repriced.append({"line": str(line.line_no), "ordered": str(line.unit_price), "charged": str(price)})
            line.unit_price = price
            total += price * line.quantity
        if repriced:
            audit(session, "erp", "order", order.id, "repriced", detail={"lines": repriced})
        if existing is not None:
            # The same order again (approved anew after a clerk's fix): amend it, never a second one.
            existing.total = total
            return existing.number
        # One sales order per order, ever (the key is the order's): its number can be the order's,
        # known without a round trip for the row's id.
        sales_order = ErpSalesOrder(number=f"SO-{order.id:06d}", idempotency_key=idempotency_key, order_id=order.id,
                                    total=total)
        session.add(sales_order)
        return sales_order.number


class BuiltinInventory:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def allocate(self, session: Session, order: Order, idempotency_key: str) -> list[LineAllocation]:
        existing = session.scalars(select(Allocation).where(Allocation.order_id == order.id)).all()
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
        warehouses = sorted(session.scalars(select(Warehouse)),
                            key=lambda w: (zone_between(w.postal_code, destination), w.code))
        out: list[LineAllocation] = []
        # Every stock row this order may touch, locked in one statement and always in the same order
        # (warehouse, SKU), so two orders sharing products queue behind each other instead of deadlocking.
        skus = sorted({line.sku for line in order.lines if line.sku})
        stocks = {(st.warehouse_code, st.sku): st for st in session.scalars(
            select(StockLevel).where(StockLevel.sku.in_(skus))
            .order_by(StockLevel.warehouse_code, StockLevel.sku).with_for_update())} if skus else {}
        for line in order.lines:
            wanted = line.quantity or Decimal("0")
            left = wanted
            # Nearest warehouse first, so most orders ship from one place in the cheapest zone.
            for wh in warehouses:
                if left <= 0:
                    break
                stock = stocks.get((wh.code, line.sku))
                if stock is None:
                    continue
                free = stock.on_hand - stock.reserved
                take = min(free, left)
                if take <= 0:
                    continue
                stock.reserved += take
                left -= take
                session.add(Allocation(order_id=order.id, line_id=line.id, warehouse_code=wh.code, quantity=take))
                out.append(LineAllocation(line.id, wh.code, take))
            line.allocated_qty = wanted - left
            line.backordered_qty = left
        return out


    def prepare_batch(self, session: Session, orders: list[Order]) -> None:
        """Lock every stock row the batch may touch up front, sorted, as `allocate` does per order."""
        skus = sorted({line.sku for order in orders for line in order.lines if line.sku})
        if skus:
            session.scalars(select(StockLevel).where(StockLevel.sku.in_(skus))
                            .order_by(StockLevel.warehouse_code, StockLevel.sku).with_for_update()).all()

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

    def route(self, session: Session, order: Order, idempotency_key: str) -> list[Shipment]:
        existing = session.scalars(select(Shipment).where(Shipment.order_id == order.id)).all()
        if any(sh.status == "shipped" for sh in existing):
            return list(existing)
        for shipment in existing:  # planned, never booked: plan again from the current allocations
            session.delete(shipment)
        if existing:
            session.flush()
        destination = destination_postal_code(session, order)
        by_warehouse: dict[str, Decimal] = {}
        products = _products(session, {ln.sku for ln in order.lines if ln.sku})
        for alloc in session.scalars(select(Allocation).where(Allocation.order_id == order.id)):
            line = next(ln for ln in order.lines if ln.id == alloc.line_id)
            product = products.get(line.sku) if line.sku else None
            weight = (product.weight_kg if product else Decimal("0")) * alloc.quantity
            by_warehouse[alloc.warehouse_code] = by_warehouse.get(alloc.warehouse_code, Decimal("0")) + weight
        shipments = []
        for code, weight in sorted(by_warehouse.items()):
            wh = session.get(Warehouse, code)
            shipment = Shipment(order_id=order.id, warehouse_code=code, idempotency_key=f"{idempotency_key}:{code}",
                                zone=zone_between(wh.postal_code if wh else "", destination),
                                weight_kg=weight, status="planned")
            session.add(shipment)
            shipments.append(shipment)
        return shipments


class BuiltinShipping:
    in_database = True  # writes only our tables, in the stage's transaction: batchable

    def ship(self, session: Session, order: Order, shipment: Shipment) -> str:
        if shipment.tracking_number:
            return shipment.tracking_number
        weight = shipment.weight_kg or Decimal("0")
        rates = session.scalars(
            select(CarrierRate).where(CarrierRate.zone == shipment.zone, CarrierRate.max_weight_kg >= weight)
            .order_by(CarrierRate.max_weight_kg)
        ).all()
        if not rates:
            raise PermanentError(f"no carrier rate for {weight} kg to zone {shipment.zone}")
        best_per_service: dict[tuple[str, str], CarrierRate] = {}
        for rate in rates:  # the lowest weight break that still carries this weight
            best_per_service.setdefault((rate.carrier, rate.service), rate)
        options = list(best_per_service.values())
        if order.requested_date:
            days_left = _business_days(date.today(), order.requested_date)
            in_time = [r for r in options if r.transit_days <= days_left]
            options = in_time or sorted(options, key=lambda r: r.transit_days)[:1]
        chosen = min(options, key=lambda r: (r.price, r.transit_days))
        shipment.carrier, shipment.service, shipment.price = chosen.carrier, chosen.service, chosen.price
        # Derived from the idempotency key: a retried booking gets the same number, never a second one.
        digest = hashlib.sha256(shipment.idempotency_key.encode()).hexdigest()[:12].upper()
        shipment.tracking_number = f"{chosen.carrier[:2].upper()}{digest}"
        shipment.status = "shipped"
        return shipment.tracking_number


def _business_days(start: date, end: date) -> int:
    days, current = 0, start
    while current < end:
        current = date.fromordinal(current.toordinal() + 1)
        if current.weekday() < 5:
            days += 1
    return days
