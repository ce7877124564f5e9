"""Warehouse, stock and carrier-rate imports from CSV or XLSX, for the builtin connectors."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from masterdata.reader import ImportReport, import_rows
from models.tables import CarrierRate, Product, StockLevel, Warehouse


def import_warehouses(session: Session, path: Path) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        wh = session.get(Warehouse, row["code"]) or Warehouse(code=row["code"])
        wh.name, wh.street, wh.city = row["name"], row.get("street"), row.get("city")
        wh.region, wh.postal_code, wh.country = row.get("region"), row["postal_code"], row.get("country") or "US"
        session.add(wh)
        session.flush()

    return import_rows(path, {"code", "name", "postal_code"}, apply)


def import_stock(session: Session, path: Path) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        if session.get(Warehouse, row["warehouse"]) is None:
            raise ValueError(f"unknown warehouse {row['warehouse']}")
        if session.get(Product, row["sku"]) is None:
            raise ValueError(f"unknown SKU {row['sku']}")
        level = session.get(StockLevel, (row["warehouse"], row["sku"]))
        level = level or StockLevel(warehouse_code=row["warehouse"], sku=row["sku"], reserved=Decimal("0"))
        level.on_hand = Decimal(row["on_hand"])
        session.add(level)

    report = import_rows(path, {"warehouse", "sku", "on_hand"}, apply)
    session.flush()
    return report


def import_carrier_rates(session: Session, path: Path) -> ImportReport:
    """Replaces the whole rate table: a carrier's rate card is published as one piece."""
    session.execute(delete(CarrierRate))

    def apply(row: dict[str, str]) -> None:
        session.add(CarrierRate(
            carrier=row["carrier"], service=row["service"], zone=int(row["zone"]),
            max_weight_kg=Decimal(row["max_weight_kg"]), price=Decimal(row["price"]),
            transit_days=int(row["transit_days"])))

    report = import_rows(path, {"carrier", "service", "zone", "max_weight_kg", "price", "transit_days"}, apply)
    session.flush()
    return report
