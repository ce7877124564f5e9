"""The builtin connectors' warehouses and carrier rates, kept by a worker across transactions, never go stale.

A worker keeps one snapshot of the two small reference tables (orchestration/connectors/builtin.py,
`_reference`) and checks their fingerprint once per transaction instead of reading and building them again. A
stale snapshot would book a rate that changed or is gone, or route from a warehouse that moved. Here the tables
are changed behind the running worker's back, by plain SQL (no import, no counter bumped), between two orders
it ships; the second order must see the change. On PostgreSQL (where the snapshot is kept) and SQLite (read
per transaction)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, update

from bootstrap import open_database
from models.tables import CarrierRate, Order, Shipment, Warehouse
from orchestration.worker import Worker
from tests.support import orders
from tests.support.templates import DatabaseTemplates


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, database_templates: DatabaseTemplates) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_demo_url"))
    return database_templates.copy_sqlite(f"sqlite:///{tmp_path}/reference.db", "demo")


def _ship_one(db, worker: Worker, first: int) -> list[Shipment]:
    (order_id,) = orders.create_orders(db, 1, first=first)
    worker.run_until_idle()
    with db.session() as s:
        assert s.scalar(select(Order.status).where(Order.id == order_id)) == "shipped"
        shipments = list(s.scalars(select(Shipment).where(Shipment.order_id == order_id)))
        s.expunge_all()
    assert shipments
    return shipments


def _destination_digit(db, first: int) -> int:
    """The first digit of the postal code the next order (number `first`) ships to: create_orders picks its
    customer by number, and ships to that customer's default address."""
    from models.tables import Customer

    with db.session() as s:
        customers = list(s.scalars(select(Customer).order_by(Customer.id)))
        customer = customers[first % len(customers)]
        address = next((a for a in customer.addresses if a.is_default), customer.addresses[0])
        return int(address.postal_code[0])


def test_a_changed_rate_table_is_seen_by_the_next_transaction(database_url: str, tmp_path: Path) -> None:
    """GIVEN a worker that shipped an order (its rate snapshot taken) WHEN every rate is replaced by SQL (delete
    and insert: a new carrier) THEN the next order ships with the new carrier; WHEN the rates are then renamed
    and repriced in place (same row count) THEN the order after ships with those."""
    settings = orders.settings_for(tmp_path, database_url)
    db = open_database(settings)
    orders.prepare(db, settings)
    worker = Worker(db, settings)
    before = _ship_one(db, worker, 0)
    assert {sh.carrier for sh in before} != {"Snapshot Freight"}
    with db.session() as s:
        s.execute(delete(CarrierRate))
        s.execute(insert(CarrierRate), [
            {"carrier": "Snapshot Freight", "service": "Ground", "zone": zone, "max_weight_kg": Decimal("1000"),
             "price": Decimal("42.00"), "transit_days": 3} for zone in range(1, 9)])
    replaced = _ship_one(db, worker, 1)
    assert {(sh.carrier, sh.price) for sh in replaced} == {("Snapshot Freight", Decimal("42.00"))}
    with db.session() as s:
        s.execute(update(CarrierRate).values(carrier="Renamed Freight", price=Decimal("7.77")))
    renamed = _ship_one(db, worker, 2)
    assert {(sh.carrier, sh.price) for sh in renamed} == {("Renamed Freight", Decimal("7.77"))}
    db.dispose()


def test_a_moved_warehouse_is_seen_by_the_next_transaction(database_url: str, tmp_path: Path) -> None:
    """GIVEN a worker that shipped an order WHEN every warehouse moves far from the next order's destination (by
    SQL) THEN that order's shipments are in a far zone; WHEN they move to its destination's region THEN the next
    order's are in the nearest zone (2)."""
    settings = orders.settings_for(tmp_path, database_url)
    db = open_database(settings)
    orders.prepare(db, settings)
    worker = Worker(db, settings)
    _ship_one(db, worker, 0)
    digit = _destination_digit(db, 1)
    far = 9 if digit < 5 else 0
    with db.session() as s:
        s.execute(update(Warehouse).values(postal_code=f"{far}0000"))
    assert {sh.zone for sh in _ship_one(db, worker, 1)} == {min(8, 2 + abs(far - digit))}
    near = _destination_digit(db, 2)
    with db.session() as s:
        s.execute(update(Warehouse).values(postal_code=f"{near}0000"))
    assert {sh.zone for sh in _ship_one(db, worker, 2)} == {2}
    db.dispose()
