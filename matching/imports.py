"""Catalog, customer and price-list imports from CSV (upserts, so a re-import updates)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from matching.knowledge_store import bump_catalog_revision
from models.csv_import import ImportReport, import_rows
from models.tables import Customer, CustomerAddress, PriceListEntry, Product


def _decimal(value: str, name: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{name} '{value}' is not a number") from None


def import_catalog(session: Session, path: Path) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        if not row["sku"] or not row["description"]:
            raise ValueError("sku and description are required")
        product = session.get(Product, row["sku"]) or Product(sku=row["sku"])
        product.description = row["description"]
        product.uom = (row.get("uom") or "EA").upper()
        product.unit_price = _decimal(row["unit_price"], "unit_price")
        product.gtin = row.get("gtin") or None
        product.pack_size = int(row.get("pack_size") or 1)
        product.weight_kg = _decimal(row.get("weight_kg") or "0", "weight_kg")
        session.add(product)

    report = import_rows(path, {"sku", "description", "unit_price"}, apply)
    bump_catalog_revision(session)
    session.flush()
    return report


def import_customers(session: Session, path: Path) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        if not row["customer_id"] or not row["name"]:
            raise ValueError("customer_id and name are required")
        customer = session.get(Customer, row["customer_id"]) or Customer(id=row["customer_id"])
        customer.name = row["name"]
        customer.email_domains = [d.strip().lower() for d in row.get("email_domains", "").split(";") if d.strip()]
        customer.contact_name = row.get("contact_name") or None
        customer.contact_email = (row.get("contact_email") or "").lower() or None
        customer.locale = row.get("locale") or "en_US"
        customer.currency = row.get("currency") or "USD"
        session.add(customer)
        session.flush()
        if row.get("street") or row.get("postal_code"):
            known = session.scalar(select(CustomerAddress).where(
                CustomerAddress.customer_id == customer.id, CustomerAddress.street == row.get("street")))
            if known is None:
                session.add(CustomerAddress(
                    customer_id=customer.id, name=row.get("ship_to_name") or customer.name,
                    street=row.get("street"), city=row.get("city"), region=row.get("region"),
                    postal_code=row.get("postal_code"), country=row.get("country") or None, is_default=True))

    report = import_rows(path, {"customer_id", "name", "email_domains"}, apply)
    session.flush()
    return report


def import_price_list(session: Session, path: Path) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        if session.get(Customer, row["customer_id"]) is None:
            raise ValueError(f"unknown customer {row['customer_id']}")
        if session.get(Product, row["sku"]) is None:
            raise ValueError(f"unknown SKU {row['sku']}")
        entry = session.scalar(select(PriceListEntry).where(
            PriceListEntry.customer_id == row["customer_id"], PriceListEntry.sku == row["sku"]))
        entry = entry or PriceListEntry(customer_id=row["customer_id"], sku=row["sku"])
        entry.unit_price = _decimal(row["unit_price"], "unit_price")
        session.add(entry)
        session.flush()

    return import_rows(path, {"customer_id", "sku", "unit_price"}, apply)
