"""Starting up: the database brought to the newest schema, and the demo data loaded.

Every command that touches the database opens it here, so the master-data importers (which bring matching
and numpy), the accounts and the Maildir are imported only by the functions that load or drop demo data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from config import Settings
from models.db import Database, upgrade_schema
from models.tables import Product
from web.overrides import apply_overrides

if TYPE_CHECKING:
    from masterdata.reader import ImportReport

DEMO_CLERK = ("clerk@demo.example", "demo-clerk")
DEMO_ADMIN = ("admin@demo.example", "demo-admin")


def open_database(settings: Settings) -> Database:
    settings.home.mkdir(parents=True, exist_ok=True)
    url = settings.resolved_database_url
    upgrade_schema(url)
    database = Database(url, cache_dir=settings.cache_dir)
    # Thresholds an admin changed on the review screen win over the file, in every process that opens
    # the database (the web app, `order-intake worker`, the CLI).
    with database.session() as session:
        apply_overrides(session, settings)
    return database


def load_master_data(db: Database, folder: Path) -> list[ImportReport]:
    """Import whichever of the master-data files the folder has, in dependency order."""
    from masterdata.catalog import import_catalog, import_customers, import_price_list
    from masterdata.fulfilment import import_carrier_rates, import_stock, import_warehouses

    steps = [
        ("catalog.csv", import_catalog), ("customers.csv", import_customers),
        ("price_lists.csv", import_price_list), ("warehouses.csv", import_warehouses),
        ("stock.csv", import_stock), ("carrier_rates.csv", import_carrier_rates),
    ]
    reports = []
    with db.session() as s:
        for name, step in steps:
            if (folder / name).exists():
                reports.append(step(s, folder / name))
    return reports


def load_demo(db: Database, settings: Settings) -> list[ImportReport]:
    """Demo master data and users; once only, so a restart keeps what the clerk did."""
    from web.accounts import ensure_user

    with db.session() as s:
        if s.scalar(select(func.count()).select_from(Product)):
            return []
    reports = load_master_data(db, settings.demo_dir)
    with db.session() as s:
        ensure_user(s, *DEMO_CLERK, role="clerk")
        ensure_user(s, *DEMO_ADMIN, role="admin")
    return reports


def queue_demo_emails(settings: Settings) -> int:
    """Drop the demo emails into the Maildir the poller watches, as a mail server would."""
    from intake.maildir import ensure_maildir

    maildir = settings.resolved_maildir
    ensure_maildir(maildir)
    count = 0
    for eml in sorted(settings.demo_dir.glob("*.eml")):
        target = maildir / "new" / f"demo-{eml.stem}"
        if not target.exists() and not any((maildir / "cur").glob(f"demo-{eml.stem}:*")):
            target.write_bytes(eml.read_bytes())
            count += 1
    return count
