"""Approved orders built straight into the database, the way the worker benchmarks and the stage tests
need them: the demo's master data with stock raised so nothing is backordered, and orders of 1-4 lines
for the demo customers at their contract prices, each with its ERP job."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, update

from bootstrap import load_demo
from config import Settings
from models.db import Database
from models.tables import Customer, Order, OrderLine, PriceListEntry, Product, StockLevel
from orchestration.pipeline import start


def settings_for(home: Path, url: str) -> Settings:
    """Settings for orders handled by separate workers (no embedded worker or maildir poller)."""
    return Settings(home=home, database_url=url, embedded_worker=False, embedded_maildir_poller=False,
                    secret_key="bench")


def prepare(db: Database, settings: Settings) -> None:
    """Demo master data, with stock raised so that the measure is the queue, not backorders."""
    load_demo(db, settings)
    with db.session() as s:
        s.execute(update(StockLevel).values(on_hand=StockLevel.on_hand + 1_000_000))


def create_orders(db: Database, count: int, seed: int = 7, first: int = 0) -> list[int]:
    """`count` approved orders for the demo customers, each with its ERP job, committed together
    (`first`: the number of the first, so orders created in several calls have PO numbers of their own)."""
    rng = random.Random(seed + first)
    with db.session() as s:
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        stocked = set(s.scalars(select(StockLevel.sku).distinct()))
        products = [p for p in s.scalars(select(Product).order_by(Product.sku))
                    if p.sku in stocked and p.weight_kg <= 5]
        contract = {(e.customer_id, e.sku): e.unit_price for e in s.scalars(select(PriceListEntry))}
        orders = []
        for n in range(first, first + count):
            customer = customers[n % len(customers)]
            address = next((a for a in customer.addresses if a.is_default), customer.addresses[0])
            order = Order(customer_id=customer.id, customer_method="bench", po_number=f"BENCH-{n:06d}",
                          currency=customer.currency, status="approved", confidence=1.0,
                          ship_to={"name": address.name, "street": address.street, "city": address.city,
                                   "region": address.region, "postal_code": address.postal_code,
                                   "country": address.country})
            for line_no, product in enumerate(rng.sample(products, rng.randint(1, 4)), start=1):
                order.lines.append(OrderLine(
                    line_no=line_no, sku=product.sku, description=product.description, uom=product.uom,
                    quantity=Decimal(rng.randint(1, 3)), match_method="exact", confidence=1.0,
                    unit_price=contract.get((customer.id, product.sku), product.unit_price)))
            orders.append(order)
        s.add_all(orders)
        s.flush()
        for order in orders:
            start(s, order)
        return [o.id for o in orders]
