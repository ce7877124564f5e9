"""The file connector: each format written to the outbox reads back as the order it came from (UBL
through our UBL extractor, X12 through our X12 extractor), a re-run writes no second file, and a
crash half way leaves no partial file where an importer looks."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bootstrap import open_database
from config import ConnectorsConfig, FileConnectorConfig
from extractors.edi_x12 import extract_x12
from extractors.ubl import extract_ubl
from models.db import Database
from models.tables import Order
from orchestration.connectors.file import EXTENSIONS, FileErp, render_x12
from orchestration.connectors.registry import build_connectors
from orchestration.worker import Worker
from tests.support.environment import REPO
from tests.support.messages import demo_eml
from tests.support.service import Service, make_settings
from tests.support.templates import DatabaseTemplates


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates) -> Iterator[Service]:
    """One app for the module: its database holds the orders each test adds (a fresh Message-ID each)."""
    settings = make_settings(tmp_path_factory.mktemp("file-connector"))
    database_templates.copy_sqlite(settings.resolved_database_url, "demo")
    database = open_database(settings)
    svc = Service(settings, database)
    yield svc
    svc.client.close()
    database.dispose()


def new_order_email() -> bytes:
    """Demo email 03 (an HTML table from a known customer, approved untouched) as a new order: a new
    Message-ID and PO number, or it would be the same message or a duplicate PO."""
    unique = uuid.uuid4().hex[:6].upper()
    return (demo_eml("03").replace(b"<demo-03@", f"<demo-03-{unique}@".encode())
            .replace(b"CFM-2026-0871", f"CFM-2026-{unique}".encode()))


@pytest.fixture(scope="module")
def order_id(service: Service) -> int:
    """A real approved order whose ERP job is left waiting: the tests call the connector themselves."""
    accepted = service.post_eml(new_order_email())
    service.worker.run_once()  # process the message only
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "approved"
    with service.db.session() as s:  # what this email lacks, so the round trips cover it too
        row = s.get(Order, order["id"])
        row.ship_to = {"name": "Cascade FM, Dock 4", "street": "1200 Harbor Ave SW", "city": "Seattle",
                       "region": "WA", "postal_code": "98126", "country": "US"}
        row.lines[0].customer_part = "CFM-TWL-01"
        row.bill_to = {"name": "Cascade FM Accounts Payable", "street": "PO Box 3300", "city": "Seattle",
                       "region": "WA", "postal_code": "98114", "country": "US"}
        row.payment_terms = "2% 10 Net 30"
        row.notes = NOTES
    return order["id"]


# Longer than one X12 MSG segment holds (264), so the 850 carries it over several.
NOTES = ("Deliver to dock 4 between 7 and 11 am; call Sam on arrival. " * 6).strip()


def write(db: Database, outbox: Path, fmt: str, order_id: int) -> tuple[str, Order]:
    connector = FileErp(FileConnectorConfig(format=fmt), outbox)
    with db.session() as s:
        order = s.get(Order, order_id)
        name = connector.submit_order(s, order, f"order:{order_id}:erp")
        s.expunge_all()
    return name, order


def expected_lines(order: Order) -> list[tuple[str | None, Decimal | None, str | None, Decimal | None]]:
    return [(ln.sku, ln.quantity, ln.uom, ln.unit_price) for ln in order.lines]


def test_ubl_order_reads_back_through_our_ubl_extractor(service: Service, order_id: int, tmp_path: Path):
    """GIVEN an approved order WHEN it is written as UBL 2.1 THEN our own UBL extractor reads the same
    PO number, dates, currency, ship-to, bill-to, payment terms, notes and lines (our SKU as the
    seller's item id) from it."""
    name, order = write(service.db, tmp_path / "outbox", "ubl", order_id)
    assert name.endswith(".xml")
    extraction = extract_ubl((tmp_path / "outbox" / name).read_bytes(), 0)
    assert extraction.error is None, extraction.error
    header = extraction.header
    assert header.po_number.value == order.po_number
    assert header.currency.value == (order.currency or "USD")
    assert header.order_date.value == order.order_date
    assert header.requested_date.value == order.requested_date
    assert vars(header.ship_to.value) == order.ship_to
    assert vars(header.bill_to.value) == order.bill_to
    assert header.payment_terms.value == order.payment_terms
    assert header.notes.value == f"order-intake order {order.id} {order.notes}"  # ours, then the buyer's
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in extraction.lines] == expected_lines(order)
    assert [ln.customer_part for ln in extraction.lines] == [ln.customer_part for ln in order.lines]
    assert not extraction.unread


def test_x12_850_reads_back_through_our_x12_extractor(service: Service, order_id: int, tmp_path: Path):
    """GIVEN an approved order WHEN it is written as an X12 850 THEN our own X12 extractor reads the
    same PO number, dates, currency, buyer, ship-to, bill-to, terms, notes and lines from it, with no
    note of a broken envelope."""
    name, order = write(service.db, tmp_path / "outbox", "x12", order_id)
    raw = (tmp_path / "outbox" / name).read_bytes()
    extraction = extract_x12(raw, 0)
    assert extraction.error is None, extraction.error
    assert not [n for n in extraction.notes if "CTT01" in n or "no BEG" in n], extraction.notes
    header = extraction.header
    assert header.po_number.value == order.po_number
    assert header.currency.value == (order.currency or order.customer.currency)
    assert header.order_date.value == order.order_date
    assert header.requested_date.value == order.requested_date
    assert header.buyer.value == order.customer.name
    assert vars(header.ship_to.value) == order.ship_to
    assert vars(header.bill_to.value) == order.bill_to
    assert header.payment_terms.value == order.payment_terms
    assert header.notes.value == order.notes
    assert raw.count(b"\nMSG*") == 2
    assert [ln.customer_part for ln in extraction.lines] == [ln.customer_part for ln in order.lines]
    assert [ln.description for ln in extraction.lines] == [ln.description for ln in order.lines]
    assert [(ln.item_code, ln.quantity, ln.uom, ln.unit_price) for ln in extraction.lines] == expected_lines(order)
    # The ISA header is fixed width: 106 characters up to and including the segment terminator.
    assert raw.index(b"~") + 1 == 106
    # An amendment replaces the order (BEG01 05), which our reader takes without a note, under its own
    # interchange control number (receivers refuse a control number they have seen).
    amended = render_x12(order, "ORDERINTAKE", "ERP", 2)
    assert not [n for n in extract_x12(amended, 0).notes if "purpose" in n]
    assert b"BEG*05*SA*" in amended and amended[90:99] != raw[90:99]


def test_json_and_csv_read_back(service: Service, order_id: int, tmp_path: Path):
    """GIVEN an approved order WHEN it is written as JSON and as CSV THEN both parse back to its lines,
    bill-to, payment terms and notes."""
    name, order = write(service.db, tmp_path / "json", "json", order_id)
    document = json.loads((tmp_path / "json" / name).read_text())
    assert document["po_number"] == order.po_number
    # The webhook sends the same document.
    assert (document["bill_to"], document["payment_terms"], document["notes"]) == (
        order.bill_to, "2% 10 Net 30", NOTES)
    assert [(ln["sku"], Decimal(ln["quantity"])) for ln in document["lines"]] == [
        (ln.sku, ln.quantity) for ln in order.lines]
    name, order = write(service.db, tmp_path / "csv", "csv", order_id)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "csv" / name).read_text())))
    assert [(r["po_number"], r["sku"], Decimal(r["quantity"]), r["uom"]) for r in rows] == [
        (order.po_number, ln.sku, ln.quantity, ln.uom) for ln in order.lines]
    assert {(r["bill_to_street"], r["bill_to_postal_code"], r["payment_terms"], r["notes"]) for r in rows} == {
        ("PO Box 3300", "98114", "2% 10 Net 30", NOTES)}


def test_the_stage_writes_one_file_per_key_even_when_run_again(service: Service, tmp_path: Path):
    """GIVEN the ERP stage configured to the file connector WHEN an order runs to shipped and the ERP
    stage runs again with the same key (after the importer took the file away, too) THEN the outbox
    received exactly one file, and the order carries its name as the ERP order number."""
    outbox = tmp_path / "outbox"
    settings = service.settings.model_copy(update={"connectors": ConnectorsConfig(
        erp="file", file=FileConnectorConfig(outbox=outbox, format="ubl"))})
    worker = Worker(service.db, settings)
    accepted = service.post_eml(new_order_email())
    worker.run_until_idle()
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "shipped"
    files = sorted(outbox.glob(f"order-{order['id']}-*.xml"))  # an earlier test's order may be due too
    assert [f.name for f in files] == [order["erp_order_number"]]
    connector = build_connectors(settings).erp
    with service.db.session() as s:
        again = connector.submit_order(s, s.get(Order, order["id"]), f"order:{order['id']}:erp")
    assert again == order["erp_order_number"]
    taken = tmp_path / "imported"
    taken.mkdir()
    files[0].rename(taken / files[0].name)  # the importer picked it up
    with service.db.session() as s:
        assert connector.submit_order(s, s.get(Order, order["id"]), f"order:{order['id']}:erp") == again
    assert list(outbox.glob(f"order-{order['id']}-*.xml")) == []


CRASH = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from orchestration.connectors import file as outbox_file

def die(*args):  # the power goes out after the bytes are written, before the rename
    os.kill(os.getpid(), signal.SIGKILL)

os.replace = die
outbox_file.write_atomically(Path({target!r}), b"x" * 1_000_000)
"""


def test_no_partial_file_is_visible_after_a_crash(service: Service, order_id: int, tmp_path: Path):
    """GIVEN a process killed between writing the order's bytes and renaming them into place WHEN an
    importer lists the outbox THEN it sees no file (the temporary name matches no outbox glob); the
    next run writes the whole file and removes the leftover."""
    fmt = "x12"
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    connector = FileErp(FileConnectorConfig(format=fmt), outbox)
    with service.db.session() as s:
        target_name = connector.file_name(s.get(Order, order_id), f"order:{order_id}:erp")
    crashed = subprocess.run([sys.executable, "-c", CRASH.format(repo=str(REPO), target=str(outbox / target_name))],
                             capture_output=True, text=True)
    assert crashed.returncode == -9, crashed.stderr
    leftovers = [p.name for p in outbox.iterdir()]
    assert len(leftovers) == 1 and leftovers[0].startswith(f".{target_name}.part-")
    assert (outbox / leftovers[0]).stat().st_size == 1_000_000  # the bytes were there, under a hidden name
    assert list(outbox.glob(f"*.{EXTENSIONS[fmt]}")) == []
    name, _ = write(service.db, outbox, fmt, order_id)
    assert name == target_name
    assert [p.name for p in outbox.iterdir() if p.is_file()] == [name]
    assert (outbox / name).stat().st_size > 0


def test_an_unwritable_outbox_is_a_transient_error_and_the_order_waits(service: Service, tmp_path: Path):
    """GIVEN an outbox path that cannot be a folder (a file is in the way) WHEN the ERP stage runs THEN
    the job is retried later, not dead, and the order stays approved with no ERP number."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings = service.settings.model_copy(update={"connectors": ConnectorsConfig(
        erp="file", file=FileConnectorConfig(outbox=blocker / "outbox", format="json"))})
    worker = Worker(service.db, settings)
    accepted = service.post_eml(new_order_email())
    worker.run_until_idle()
    order = service.order_for_message(accepted["id"])
    assert order["status"] == "approved" and order["erp_order_number"] is None
    from models.tables import Job

    with service.db.session() as s:
        job: Any = s.scalar(select(Job).where(Job.order_id == order["id"], Job.kind == "erp"))
        assert job.status == "queued" and "cannot write to the outbox" in job.last_error


def test_an_order_approved_again_after_a_fix_gets_one_amended_file(service: Service, tmp_path: Path):
    """GIVEN an order whose ERP file was written and which then failed (no carrier rate) WHEN the
    clerk fixes a quantity and approves again THEN the outbox holds the first file and one `-r2` file
    with the new quantity, and running the stage again adds nothing."""
    from sqlalchemy import delete

    from models.tables import CarrierRate

    outbox = tmp_path / "outbox"
    settings = service.settings.model_copy(update={"connectors": ConnectorsConfig(
        erp="file", file=FileConnectorConfig(outbox=outbox, format="json"))})
    worker = Worker(service.db, settings)
    with service.db.session() as s:
        rates = [CarrierRate(carrier=r.carrier, service=r.service, zone=r.zone, max_weight_kg=r.max_weight_kg,
                             price=r.price, transit_days=r.transit_days) for r in s.scalars(select(CarrierRate))]
        s.execute(delete(CarrierRate))
    try:
        accepted = service.post_eml(new_order_email())
        worker.run_until_idle()
        order = service.order_for_message(accepted["id"])
        assert order["status"] == "failed"
    finally:
        with service.db.session() as s:
            s.add_all(rates)
    line = order["lines"][0]
    edited = service.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": 7})
    assert edited.status_code == 200
    assert service.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    worker.run_until_idle()
    order = service.client.get(f"/api/orders/{order['id']}").json()
    assert order["status"] == "shipped"
    # only this order's files: an earlier test's order, waiting out a backoff, may be due by now
    mine = f"order-{order['id']}-*.json"
    files = sorted(outbox.glob(mine))
    assert len(files) == 2 and order["erp_order_number"] == files[1].name and "-r2-" in files[1].name
    assert json.loads(files[1].read_text())["lines"][0]["quantity"] == "7"
    assert json.loads(files[1].read_text())["revision"] == 2
    assert json.loads(files[0].read_text())["lines"][0]["quantity"] != "7"
    with service.db.session() as s:
        build_connectors(settings).erp.submit_order(s, s.get(Order, order["id"]), f"order:{order['id']}:erp")
    assert len(list(outbox.glob(mine))) == 2
