"""The tryton connector against a real trytond server started here (SQLite backend, seeded template).

What Tryton holds is read from Tryton's own database file or with a separate JSON-RPC caller
(tests/support/tryton_server.py), never through the connector under test. Each test uses its own
reference prefix, so the sales it makes are its own even though the session shares one server.
"""

from __future__ import annotations

import random
import shutil
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select, update

from clerk.decisions import approve
from config import ConnectorsConfig, Settings
from models.db import Database
from models.tables import Job, Order, OrderLine, Shipment, utcnow
from orchestration.connectors.base import PermanentError, TransientError
from orchestration.connectors.registry import build_connectors
from orchestration.connectors.tryton import TrytonConnector, TrytonSettings
from orchestration.stages import Connectors
from orchestration.worker import Worker
from tests.support.environment import IN_CI
from tests.support.service import make_settings
from tests.support.templates import DatabaseTemplates
from tests.support.tryton_server import ADMIN_PASSWORD, SEED_STOCK, TrytonServer, template

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def tryton_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrytonServer]:
    try:
        server = TrytonServer(tmp_path_factory.mktemp("tryton"), template())
        server.start()
    except Exception as exc:  # trytond missing or broken: in CI that is a failure, locally a skip
        if IN_CI:
            pytest.fail(f"a real trytond is required in CI: {exc}")
        pytest.skip(f"no trytond: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def demo_file(database_templates: DatabaseTemplates) -> Path:
    """Our database with the demo master data, made once (tests/support/templates.py): each test gets a
    copy (ms, not seconds)."""
    return database_templates.sqlite_file("demo")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def demo_db(demo_file: Path, settings: Settings) -> Iterator[Database]:
    shutil.copyfile(demo_file, settings.home / "test.db")
    database = Database(settings.resolved_database_url)
    yield database
    database.dispose()


@pytest.fixture
def tryton(tryton_server: TrytonServer) -> TrytonServer:
    tryton_server.start()  # a test that stopped it must not leave the next without an ERP
    return tryton_server


@pytest.fixture
def connector(tryton: TrytonServer) -> Iterator[TrytonConnector]:
    c = TrytonConnector(TrytonSettings(url=tryton.url, database=tryton.database, user="admin",
                                       password=SecretStr(ADMIN_PASSWORD), warehouse="WH-EAST",
                                       reference_prefix=f"t-{uuid.uuid4().hex[:8]}:", timeout_s=10))
    yield c
    c.close()


def _order(db: Database, customer: str, lines: list[tuple[str, str, str | None]], *,
           approved: bool = True, ship_to: dict | None = None) -> int:
    """An order as a clerk approves it: approval queues its ERP job."""
    with db.session() as s:
        order = Order(customer_id=customer, po_number=f"PO-{uuid.uuid4().hex[:6]}", status="needs_review",
                      currency="USD", ship_to=ship_to)
        order.lines = [OrderLine(line_no=i, sku=sku, quantity=Decimal(qty),
                                 unit_price=Decimal(price) if price else None)
                       for i, (sku, qty, price) in enumerate(lines, 1)]
        s.add(order)
        s.flush()
        if approved:
            approve(s, order, "clerk@test.example")
        return order.id


def _sales(tryton: TrytonServer, reference: str) -> list[tuple]:
    return tryton.query("SELECT s.id, s.number, s.state, p.code FROM sale_sale s JOIN party_party p "
                        "ON p.id = s.party WHERE s.reference = ?", reference)


def _lines(tryton: TrytonServer, sale_id: int) -> list[tuple[str, float, Decimal]]:
    rows = tryton.query("SELECT pp.code, l.quantity, CAST(l.unit_price AS TEXT) FROM sale_line l "
                        "JOIN product_product pp ON pp.id = l.product WHERE l.sale = ? ORDER BY l.sequence", sale_id)
    return [(code, qty, Decimal(price)) for code, qty, price in rows]


def _worker(db: Database, settings: Settings, c: TrytonConnector, *, all_stages: bool = False) -> Worker:
    connectors = Connectors(erp=c, inventory=c, routing=c, shipping=c) if all_stages else Connectors(erp=c)
    return Worker(db, settings, connectors)


def test_an_approved_order_becomes_one_tryton_sale_with_its_party_lines_quantities_and_prices(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an approved order for customer C001 (a party in Tryton), one line priced, one not
    WHEN the ERP stage runs with the tryton connector
    THEN Tryton holds exactly one confirmed sale for that party with those lines, and the order carries its
    number; the unpriced line is charged Tryton's list price."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "4", "11.90"), ("GLV-NIT-S-BLK", "2", None)])
    _worker(demo_db, settings, connector).run_until_idle()

    with demo_db.session() as s:
        order = s.get(Order, order_id)
        # The stages after the ERP run on the builtin connectors here: the order goes on to shipped.
        assert order.status == "shipped", [r.message for r in order.reasons]
        reference = connector.reference(f"order:{order_id}:erp")
        ((sale_id, number, state, party),) = _sales(tryton, reference)
        assert order.erp_order_number == number
        assert (state, party) == ("processing", "C001")
        assert _lines(tryton, sale_id) == [("GLV-NIT-S-BLU", 4.0, Decimal("11.90")),
                                           ("GLV-NIT-S-BLK", 2.0, Decimal("11.45"))]
        assert order.lines[1].unit_price == Decimal("11.45")
    # Confirming made Tryton's customer shipment, from the configured warehouse.
    assert tryton.query("SELECT w.code FROM stock_shipment_out sh JOIN stock_location w ON w.id = sh.warehouse "
                        "JOIN stock_move m ON m.shipment = 'stock.shipment.out,' || sh.id "
                        "JOIN sale_line l ON m.origin = 'sale.line,' || l.id WHERE l.sale = ? GROUP BY w.code",
                        sale_id) == [("WH-EAST",)]


def test_a_second_submit_with_the_same_key_returns_the_same_sale(
        demo_db: Database, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an order already sent to Tryton
    WHEN it is submitted again with the same idempotency key (a redelivered job)
    THEN the same sale number comes back and Tryton still holds one sale for it."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "1", "12.03")], approved=False)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        first = connector.submit_order(s, order, f"order:{order_id}:erp")
        second = connector.submit_order(s, order, f"order:{order_id}:erp")
    assert first == second
    assert len(_sales(tryton, connector.reference(f"order:{order_id}:erp"))) == 1


def test_a_customer_tryton_lacks_is_created_as_a_party_once_with_the_ship_to(
        demo_db: Database, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN customer C003, not a party in Tryton, and two orders shipping to a new address of theirs
    WHEN both are submitted
    THEN Tryton has one party C003, both sales are its, shipped to that address."""
    code = "C003"
    ship_to = {"name": "Cascade pop-up store", "street": f"{random.randint(1, 999)} Pine Street",
               "city": "Seattle", "postal_code": "98101"}
    keys = []
    with demo_db.session() as s:
        for _ in range(2):
            order_id = _order(demo_db, code, [("GLV-NIT-S-BLU", "1", None)], approved=False, ship_to=ship_to)
            keys.append(f"order:{order_id}:erp")
            connector.submit_order(s, s.get(Order, order_id), keys[-1])
    assert tryton.query("SELECT name FROM party_party WHERE code = ?", code) == [("Cascade Facilities Management",)]
    for key in keys:
        ((sale_id, _number, _state, party),) = _sales(tryton, connector.reference(key))
        assert party == code
        assert tryton.query("SELECT a.postal_code, a.city FROM sale_sale s JOIN party_address a "
                            "ON a.id = s.shipment_address WHERE s.id = ?", sale_id) == [("98101", "Seattle")]
    assert tryton.query("SELECT count(*) FROM party_address a JOIN party_party p ON p.id = a.party "
                        "WHERE p.code = ? AND a.postal_code = '98101'", code) == [(1,)]


def test_a_product_tryton_does_not_know_is_refused_with_its_code(
        demo_db: Database, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an order with a SKU of ours that Tryton has no product for
    WHEN it is submitted
    THEN PermanentError names the code, and no sale is left in Tryton."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "1", None), ("GLV-VIN-S-CLR", "5", "6.65")],
                      approved=False)
    with demo_db.session() as s, pytest.raises(PermanentError, match="Tryton has no product with code GLV-VIN-S-CLR"):
        connector.submit_order(s, s.get(Order, order_id), f"order:{order_id}:erp")
    assert _sales(tryton, connector.reference(f"order:{order_id}:erp")) == []


def test_tryton_refusing_a_product_sends_the_order_back_to_review_with_trytons_message(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an approved order for a product Tryton has but does not sell (not salable)
    WHEN the ERP stage runs
    THEN the order is failed (back in the clerk's queue) with Tryton's own message as the reason,
    without retrying a refusal."""
    order_id = _order(demo_db, "C001", [("GLV-CUT-A2-S", "1", "38.72")])
    _worker(demo_db, settings, connector).run_until_idle()
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order.status == "failed"
        reason = order.reasons[-1].message
        assert "Tryton refused" in reason and "is not valid according to its domain" in reason, reason
        job = s.scalar(select(Job).where(Job.order_id == order_id, Job.kind == "erp"))
        assert (job.status, job.attempts) == ("dead", 1)


def test_stock_read_per_warehouse_matches_what_tryton_counts(tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN a count of a product in one warehouse entered in Tryton now (a confirmed inventory)
    WHEN the connector reads stock levels
    THEN it reports that count there, and the other warehouse's as seeded."""
    counted = random.randint(1, 900)
    tryton.put_stock("WH-WEST", "GLV-LTX-S-WHT", counted)
    levels = connector.stock_levels(["GLV-LTX-S-WHT"])
    assert levels["WH-WEST"]["GLV-LTX-S-WHT"]["quantity"] == counted
    assert levels["WH-EAST"]["GLV-LTX-S-WHT"]["quantity"] == SEED_STOCK["WH-EAST"].get("GLV-LTX-S-WHT", 0)


def test_an_order_runs_through_tryton_to_shipped(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an approved order and every stage on the tryton connector
    WHEN the worker drains the queue
    THEN the order is shipped with a tracking number, Tryton's customer shipment is done with that number
    as its reference, and Tryton's stock in that warehouse went down by the quantity."""
    before = _quantity(tryton, "WH-EAST", "GLV-NIT-S-BLU")
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "3", "12.03")])
    _worker(demo_db, settings, connector, all_stages=True).run_until_idle()
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order.status == "shipped", [r.message for r in order.reasons]
        assert [(ln.allocated_qty, ln.backordered_qty) for ln in order.lines] == [(3, 0)]
        (shipment,) = s.scalars(select(Shipment).where(Shipment.order_id == order_id))
        assert shipment.warehouse_code == "WH-EAST" and shipment.tracking_number
        tracking = shipment.tracking_number
    ((sale_id, *_),) = _sales(tryton, connector.reference(f"order:{order_id}:erp"))
    assert tryton.query("SELECT DISTINCT sh.state, sh.reference FROM stock_shipment_out sh JOIN stock_move m "
                        "ON m.shipment = 'stock.shipment.out,' || sh.id JOIN sale_line l "
                        "ON m.origin = 'sale.line,' || l.id WHERE l.sale = ?", sale_id) == [("done", tracking)]
    assert _quantity(tryton, "WH-EAST", "GLV-NIT-S-BLU") == before - 3


def _quantity(tryton: TrytonServer, warehouse: str, sku: str) -> float:
    """On-hand quantity as Tryton computes it, asked with the test's own JSON-RPC caller."""
    (location,) = tryton.rpc("model.stock.location.search", [["code", "=", warehouse]], 0, 1, None)
    (product,) = tryton.rpc("model.product.product.search", [["code", "=", sku]], 0, 1, None)
    (row,) = tryton.rpc("model.product.product.read", [product], ["quantity"],
                        context={"locations": [location], "with_childs": True})
    return float(row["quantity"])


def test_tryton_down_is_transient_and_the_retry_after_restart_makes_no_second_sale(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an order whose sale Tryton already holds (its answer was lost: our commit never happened)
    WHEN Tryton is stopped, the ERP job runs (and fails), Tryton is started again and the job is retried
    THEN the failure is a TransientError (the order waits, approved, not failed), and the retry ends with
    the one sale Tryton already had."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLK", "1", "11.45")])
    key = f"order:{order_id}:erp"
    with demo_db.session() as s:
        number = connector.submit_order(s, s.get(Order, order_id), key)
        s.rollback()  # as if the worker died before committing: the order is still approved, its job queued
    tryton.stop()
    try:
        with demo_db.session() as s, pytest.raises(TransientError, match="did not answer"):
            connector.submit_order(s, s.get(Order, order_id), key)
        worker = _worker(demo_db, settings, connector)
        worker.run_until_idle()
        with demo_db.session() as s:
            assert s.get(Order, order_id).status == "approved"
            job = s.scalar(select(Job).where(Job.order_id == order_id, Job.kind == "erp"))
            assert job.status == "queued" and "did not answer" in job.last_error
            s.execute(update(Job).where(Job.id == job.id).values(run_after=utcnow() - timedelta(seconds=1)))
    finally:
        tryton.start()
    worker.run_until_idle()
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert (order.status, order.erp_order_number) == ("shipped", number)
    assert len(_sales(tryton, connector.reference(key))) == 1


def test_a_sale_left_in_draft_by_an_interrupted_attempt_is_carried_on_not_duplicated(
        demo_db: Database, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN a draft sale in Tryton with our reference and a stale line (an attempt stopped after create,
    then the clerk changed the order)
    WHEN the order is submitted
    THEN that sale gets the order's lines and is confirmed; Tryton still has one sale for the reference."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "7", "12.00")], approved=False)
    reference = connector.reference(f"order:{order_id}:erp")
    ((party,),) = tryton.query("SELECT id FROM party_party WHERE code = 'C001'")
    ((address,),) = tryton.query("SELECT id FROM party_address WHERE party = ?", party)
    ((black, unit),) = tryton.query("SELECT p.id, t.default_uom FROM product_product p JOIN product_template t "
                                    "ON t.id = p.template WHERE p.code = 'GLV-NIT-S-BLK'")
    (draft,) = tryton.rpc("model.sale.sale.create", [{
        "party": party, "invoice_address": address, "shipment_address": address, "reference": reference,
        "lines": [["create", [{"product": black, "quantity": 1.0, "unit": unit,
                               "unit_price": Decimal("1.00")}]]]}])
    with demo_db.session() as s:
        number = connector.submit_order(s, s.get(Order, order_id), f"order:{order_id}:erp")
    assert _sales(tryton, reference) == [(draft, number, "processing", "C001")]
    assert _lines(tryton, draft) == [("GLV-NIT-S-BLU", 7.0, Decimal("12.00"))]


def test_two_workers_submitting_the_same_order_at_once_leave_one_sale(
        demo_db: Database, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN one order submitted by two workers at the same moment (a lease taken over mid-call)
    WHEN both search, find nothing and create
    THEN the younger sale is deleted again and every successful submit returns the surviving number."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "1", "12.03")], approved=False)
    key = f"order:{order_id}:erp"
    results: list[str] = []
    errors: list[Exception] = []
    start = threading.Barrier(2)

    def submit() -> None:
        with demo_db.session() as s:
            start.wait()
            try:
                results.append(connector.submit_order(s, s.get(Order, order_id), key))
            except Exception as exc:  # a TransientError is allowed (Tryton on SQLite serialises writers)
                errors.append(exc)

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ((_, number, _, _),) = _sales(tryton, connector.reference(key))
    assert results and set(results) == {number}, errors
    assert all(isinstance(e, TransientError) for e in errors), errors


def test_a_wrong_password_is_transient_not_the_orders_fault(
        demo_db: Database, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN settings with a wrong password
    WHEN an order is submitted
    THEN TransientError says Tryton refused the login (the order waits for the fix instead of failing)."""
    bad = TrytonConnector(connector.settings.model_copy(update={"password": SecretStr("wrong")}))
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "1", None)], approved=False)
    with demo_db.session() as s, pytest.raises(TransientError, match="refused the login of user 'admin'"):
        bad.submit_order(s, s.get(Order, order_id), f"order:{order_id}:erp")
    bad.close()


def test_the_registry_builds_it_from_the_connectors_table_with_the_password_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, demo_db: Database, settings: Settings, tryton: TrytonServer):
    """GIVEN [connectors] erp = "tryton" with a [connectors.tryton] table naming password_env
    WHEN the worker's connectors are built and an order is submitted through them
    THEN the ERP stage is the tryton connector and Tryton holds the sale."""
    monkeypatch.setenv("TRYTON_TEST_PASSWORD", ADMIN_PASSWORD)
    prefix = f"reg-{uuid.uuid4().hex[:8]}:"
    configured = settings.model_copy(update={"connectors": ConnectorsConfig(erp="tryton", tryton={
        "url": tryton.url, "database": tryton.database, "user": "admin", "password_env": "TRYTON_TEST_PASSWORD",
        "warehouse": "WH-WEST", "reference_prefix": prefix})})
    connectors = build_connectors(configured)
    assert isinstance(connectors.erp, TrytonConnector)
    order_id = _order(demo_db, "C001", [("GLV-LTX-S-WHT", "2", "9.23")])
    Worker(demo_db, configured, connectors).run_until_idle()
    ((_, number, state, _),) = _sales(tryton, f"{prefix}order:{order_id}:erp")
    with demo_db.session() as s:
        assert s.get(Order, order_id).erp_order_number == number
    assert state == "processing"


def test_settings_without_a_password_are_refused_when_built():
    with pytest.raises(ValueError, match="password_env"):
        TrytonSettings(url="http://127.0.0.1:1", database="erp")
    with pytest.raises(ValueError, match="TRYTON_MISSING is not set"):
        TrytonSettings(url="http://127.0.0.1:1", database="erp", password_env="TRYTON_MISSING").secret()


# ---------------------------------------------------------------- a buyer's revision carried to Tryton


def _in_tryton(db: Database, tryton: TrytonServer, connector: TrytonConnector, customer: str,
               lines: list[tuple[str, str, str | None]]) -> tuple[int, int]:
    """An order Tryton took (its sale processing), as the ERP stage leaves it: (order id, sale id)."""
    order_id = _order(db, customer, lines, approved=False)
    with db.session() as s:
        order = s.get(Order, order_id)
        order.erp_order_number = connector.submit_order(s, order, f"order:{order_id}:erp")
        order.status = "erp_accepted"
    ((sale_id, *_),) = _sales(tryton, connector.reference(f"order:{order_id}:erp"))
    return order_id, sale_id


def _revise(db: Database, order_id: int, kind: str, difference: list[dict], header: list[dict] | None = None) -> int:
    """A buyer's revision filed on the order and applied by a clerk, as clerk/revisions.apply does it: the
    order's lines change and the `revision` job is queued for the ERP connector."""
    from models.tables import OrderRevision
    from orchestration import revisions

    with db.session() as s:
        order = s.get(Order, order_id)
        number = len(revisions.of_order(s, order_id)) + 1
        revision = OrderRevision(order_id=order_id, number=number, kind=kind, status="pending",
                                 said="the buyer's email", parts=[], difference=difference,
                                 header_difference=header or [], strong=True, after_erp=True)
        s.add(revision)
        s.flush()
        revisions.apply(s, order, revision, "clerk@test.example")
        return number


def _sale_lines(tryton: TrytonServer, sale_id: int) -> list[tuple[int, str, float]]:
    return [(seq, code, qty) for seq, code, qty in tryton.query(
        "SELECT l.sequence, pp.code, l.quantity FROM sale_line l JOIN product_product pp ON pp.id = l.product "
        "WHERE l.sale = ? AND pp.code != 'SHIP' ORDER BY l.sequence, l.id", sale_id)]


def _amendments(tryton: TrytonServer, sale_id: int) -> list[tuple[str, str]]:
    return tryton.query("SELECT state, description FROM sale_amendment WHERE sale = ? ORDER BY id", sale_id)


def _row(line_no: int, sku: str, change: str, before: str | None, after: str | None, price: str) -> dict:
    return {"line_no": line_no, "sku": sku, "change": change,
            "before": {"sku": sku, "quantity": before, "unit_price": price} if before else None,
            "after": {"sku": sku, "quantity": after, "unit_price": price, "uom": "BX"} if after else None}


def test_a_change_after_tryton_took_the_order_is_one_amendment_of_the_sale_and_a_retry_adds_nothing(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an order whose Tryton sale is processing (its shipment waiting)
    WHEN a clerk applies the buyer's change (line 1 from 4 to 7, line 2 removed, a new line added, a new
    ship-to) and the revision job runs, then runs again, then the connector is asked again directly
    THEN Tryton holds one validated sale_amendment for it (sale revision 1): line 1 is 7, line 2 is 0, the
    shipment is redone for 7 to the new address; the added line is on one supplementary sale (processing,
    referenced by the revision's key) for the same party; the sale's comment names the revision once."""
    order_id, sale_id = _in_tryton(demo_db, tryton, connector, "C001", [("GLV-NIT-S-BLU", "4", "12.03"),
                                                                ("GLV-NIT-S-BLK", "2", "11.45")])
    street = f"{random.randint(1, 999)} Harbor Road"
    _revise(demo_db, order_id, "change", [_row(1, "GLV-NIT-S-BLU", "changed", "4", "7", "12.03"),
                                          _row(2, "GLV-NIT-S-BLK", "removed", "2", None, "11.45"),
                                          _row(3, "GLV-LTX-S-WHT", "added", None, "3", "9.23")],
            [{"field": "ship_to", "before": "400 Summer Street", "after": street}])
    worker = _worker(demo_db, settings, connector)
    worker.run_until_idle()
    key = f"order:{order_id}:revision:1"
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order.status == "erp_accepted", [r.message for r in order.reasons]
        from models.tables import OrderRevision
        (revision,) = s.scalars(select(OrderRevision).where(OrderRevision.order_id == order_id))
        assert revision.delivery == "sent"
    assert _sale_lines(tryton, sale_id) == [(1, "GLV-NIT-S-BLU", 7.0), (2, "GLV-NIT-S-BLK", 0.0)]
    assert _amendments(tryton, sale_id) == [("validated", f"order-intake revision 1 ({connector.reference(key)})")]
    assert tryton.query("SELECT state, revision FROM sale_sale WHERE id = ?", sale_id) == [("processing", 1)]
    # Tryton redid the shipment: 7 of line 1 to the new street, nothing of the removed line.
    assert tryton.query("SELECT pp.code, m.quantity, a.street_unstructured FROM stock_move m JOIN product_product pp "
                        "ON pp.id = m.product JOIN sale_line l ON m.origin = 'sale.line,' || l.id "
                        "JOIN stock_shipment_out sh ON m.shipment = 'stock.shipment.out,' || sh.id "
                        "JOIN party_address a ON a.id = sh.delivery_address "
                        "WHERE l.sale = ? AND m.state != 'cancelled' AND m.to_location = "
                        "(SELECT id FROM stock_location WHERE type = 'customer' LIMIT 1)",
                        sale_id) == [("GLV-NIT-S-BLU", 7.0, street)]
    ((extra_id, _number, state, party),) = _sales(tryton, connector.reference(key))
    assert (state, party) == ("processing", "C001")
    assert _sale_lines(tryton, extra_id) == [(3, "GLV-LTX-S-WHT", 3.0)]
    ((comment,),) = tryton.query("SELECT comment FROM sale_sale WHERE id = ?", sale_id)
    assert comment.count(f"[{connector.reference(key)}] revision 1:") == 1
    assert "line 1 GLV-NIT-S-BLU quantity 4 -> 7" in comment and "line 2 GLV-NIT-S-BLK removed" in comment

    # A retry (the job redelivered, or the call repeated after a lost answer) applies nothing twice.
    with demo_db.session() as s:
        s.execute(update(Job).where(Job.order_id == order_id, Job.kind == "revision").values(status="queued"))
    worker.run_until_idle()
    with demo_db.session() as s:
        from models.tables import OrderRevision
        revision = s.scalar(select(OrderRevision).where(OrderRevision.order_id == order_id))
        connector.amend_order(s, s.get(Order, order_id), revision, key)
    assert len(_amendments(tryton, sale_id)) == 1
    assert len(_sales(tryton, connector.reference(key))) == 1
    assert tryton.query("SELECT revision FROM sale_sale WHERE id = ?", sale_id) == [(1,)]
    ((comment,),) = tryton.query("SELECT comment FROM sale_sale WHERE id = ?", sale_id)
    assert comment.count(f"[{connector.reference(key)}]") == 1


def test_a_cancellation_after_tryton_took_the_order_zeroes_every_sale_and_the_sale_ends_done(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN a processing Tryton sale whose stock was reserved, and a supplementary sale from an earlier change
    WHEN the buyer's cancellation is applied and its job runs (twice)
    THEN each sale has every line at 0 through one amendment, nothing is left to ship (no shipment, the
    reserved stock given back) and Tryton marks them done; the order is cancelled on our side."""
    order_id, sale_id = _in_tryton(demo_db, tryton, connector, "C001", [("GLV-NIT-S-BLU", "5", "12.03")])
    (reserved,) = [r[0] for r in tryton.query(
        "SELECT DISTINCT sh.id FROM stock_shipment_out sh JOIN stock_move m ON m.shipment = 'stock.shipment.out,' "
        "|| sh.id JOIN sale_line l ON m.origin = 'sale.line,' || l.id WHERE l.sale = ?", sale_id)]
    tryton.rpc("model.stock.shipment.out.assign_try", [reserved])
    assert tryton.query("SELECT state FROM stock_shipment_out WHERE id = ?", reserved) == [("assigned",)]
    _revise(demo_db, order_id, "change", [_row(2, "GLV-LTX-S-WHT", "added", None, "1", "9.23")])
    worker = _worker(demo_db, settings, connector)
    worker.run_until_idle()
    ((extra_id, *_),) = _sales(tryton, connector.reference(f"order:{order_id}:revision:1"))
    _revise(demo_db, order_id, "cancel", [])
    worker.run_until_idle()
    with demo_db.session() as s:
        s.execute(update(Job).where(Job.order_id == order_id, Job.kind == "revision").values(status="queued"))
    worker.run_until_idle()
    with demo_db.session() as s:
        assert s.get(Order, order_id).status == "cancelled"
    for sale in (sale_id, extra_id):
        assert {qty for _seq, _code, qty in _sale_lines(tryton, sale)} == {0.0}
        assert tryton.query("SELECT state, shipment_state FROM sale_sale WHERE id = ?", sale) == [("done", "none")]
        assert len(_amendments(tryton, sale)) == 1
        assert tryton.query("SELECT count(*) FROM stock_move m JOIN sale_line l ON m.origin = 'sale.line,' || l.id "
                            "WHERE l.sale = ? AND m.state NOT IN ('cancelled')", sale) == [(0,)]
    # The reservation was given back: no move of the shipment that held it is still assigned.
    assert tryton.query("SELECT count(*) FROM stock_move WHERE shipment = ? AND state = 'assigned'",
                        f"stock.shipment.out,{reserved}") == [(0,)]
    ((comment,),) = tryton.query("SELECT comment FROM sale_sale WHERE id = ?", sale_id)
    assert "revision 2: the buyer cancelled the order" in comment


def test_a_sale_tryton_still_holds_as_a_quotation_is_edited_in_place_then_cancelled(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an order whose Tryton sale is still a quotation (Tryton configured to confirm by hand)
    WHEN a change (quantity, an added line, a new date) is applied, then a cancellation
    THEN the change is written on the sale itself (no amendment, no second sale), which is a quotation again
    with the new lines and shipping date; the cancellation cancels it."""
    order_id = _order(demo_db, "C001", [("GLV-NIT-S-BLU", "1", "12.03")], approved=False)
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        sale_id = connector._create_sale(s, order, connector.reference(f"order:{order_id}:erp"))
        tryton.rpc("model.sale.sale.quote", [sale_id])
        ((number,),) = tryton.query("SELECT number FROM sale_sale WHERE id = ?", sale_id)
        order.erp_order_number, order.status = number, "erp_accepted"
    later = (utcnow() + timedelta(days=30)).date()
    _revise(demo_db, order_id, "change", [_row(1, "GLV-NIT-S-BLU", "changed", "1", "6", "12.03"),
                                          _row(2, "GLV-NIT-S-BLK", "added", None, "2", "11.45")],
            [{"field": "requested_date", "before": None, "after": later.isoformat()}])
    worker = _worker(demo_db, settings, connector)
    worker.run_until_idle()
    assert _sale_lines(tryton, sale_id) == [(1, "GLV-NIT-S-BLU", 6.0), (2, "GLV-NIT-S-BLK", 2.0)]
    assert tryton.query("SELECT state, shipping_date FROM sale_sale WHERE id = ?", sale_id) == [
        ("quotation", later.isoformat())]
    assert _amendments(tryton, sale_id) == []
    assert _sales(tryton, connector.reference(f"order:{order_id}:revision:1")) == []
    _revise(demo_db, order_id, "cancel", [])
    worker.run_until_idle()
    assert tryton.query("SELECT state FROM sale_sale WHERE id = ?", sale_id) == [("cancelled",)]


def test_a_change_tryton_cannot_take_parks_the_order_for_a_clerk_saying_why(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN a processing sale whose shipment the warehouse has already picked in Tryton
    WHEN a change is applied and its job runs
    THEN Tryton is left as it was (no amendment) and the order is parked (failed) with a reason naming the
    picked shipment, for a clerk to amend the sale by hand or retry."""
    order_id, sale_id = _in_tryton(demo_db, tryton, connector, "C001", [("GLV-NIT-S-BLU", "2", "12.03")])
    (shipment,) = [r[0] for r in tryton.query(
        "SELECT DISTINCT sh.id FROM stock_shipment_out sh JOIN stock_move m ON m.shipment = 'stock.shipment.out,' "
        "|| sh.id JOIN sale_line l ON m.origin = 'sale.line,' || l.id WHERE l.sale = ?", sale_id)]
    tryton.rpc("model.stock.shipment.out.assign_try", [shipment])
    tryton.rpc("model.stock.shipment.out.pick", [shipment])
    _revise(demo_db, order_id, "change", [_row(1, "GLV-NIT-S-BLU", "changed", "2", "9", "12.03")])
    _worker(demo_db, settings, connector).run_until_idle()
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order.status == "failed"
        reason = order.reasons[-1].message
        assert reason.startswith("revision: ") and "is already picked" in reason, reason
        job = s.scalar(select(Job).where(Job.order_id == order_id, Job.kind == "revision"))
        assert (job.status, job.attempts) == ("dead", 1)
    assert _amendments(tryton, sale_id) == []
    assert _sale_lines(tryton, sale_id) == [(1, "GLV-NIT-S-BLU", 2.0)]


def test_an_order_by_email_then_a_change_then_a_cancellation_each_reach_the_tryton_sale(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN every stage on Tryton, and Acme's order by email for goods Tryton's warehouse has none of (so the
    sale waits there, processing, the order backordered)
    WHEN Acme emails a change (a quantity, a line added, a line removed) and a clerk applies it, then Acme
    emails a cancellation and a clerk applies it
    THEN after the change Tryton's sale shows the new quantity and the removed line at 0 through one
    amendment, and the added line is on a supplementary sale of Acme's; after the cancellation every line
    of both is 0 and both sales are done; each email became a revision of the one order, never a new order."""
    from tests.support.messages import plain_email
    from tests.support.service import Service

    for sku in ("GLV-LTX-S-WHT", "GLV-NIT-S-BLK"):
        tryton.put_stock("WH-EAST", sku, 0)
    service = Service(settings, demo_db)
    service.worker = _worker(demo_db, settings, connector, all_stages=True)
    buyer, po = "Jane Doe <jane.doe@acme-retail.example>", f"ACM-PO-{random.randint(10000, 99999)}"

    def send(subject: str, body: str, tag: str) -> None:
        service.post_eml(plain_email(subject=subject, sender=buyer, message_id=f"<{tag}-{po}@acme-retail.example>",
                                     body=f"Hi Northwind team,\n\n{body}\n\nThanks,\nJane Doe"))
        service.drain()

    send(f"PO {po}", f"Please ship the following to our Boston DC:\n\n4 x GLV-LTX-S-WHT\n2 x GLV-NIT-S-BLK\n\n"
         f"PO Number: {po}", "order")
    with demo_db.session() as s:
        (order,) = s.scalars(select(Order).where(Order.po_number == po))
        order_id, number = order.id, order.erp_order_number
        assert order.status == "backordered", [r.message for r in order.reasons]
    ((sale_id, sale_number, _state, _party),) = _sales(tryton, connector.reference(f"order:{order_id}:erp"))
    assert sale_number == number
    assert _sale_lines(tryton, sale_id) == [(1, "GLV-LTX-S-WHT", 4.0), (2, "GLV-NIT-S-BLK", 2.0)]

    send(f"Re: PO {po}", "please change the quantity of GLV-LTX-S-WHT to 8 boxes.\n"
         "Please add 2 boxes of GLV-NIT-S-BLU to the order.\nPlease remove GLV-NIT-S-BLK from the order.", "change")
    pending = service.client.get(f"/api/orders/{order_id}").json()["pending_revisions"]
    assert [r["number"] for r in pending] == [1] and pending[0]["after_erp"], pending
    assert service.client.post(f"/api/orders/{order_id}/revisions/1/apply").status_code == 200
    service.drain()
    assert _sale_lines(tryton, sale_id) == [(1, "GLV-LTX-S-WHT", 8.0), (2, "GLV-NIT-S-BLK", 0.0)]
    assert [state for state, _ in _amendments(tryton, sale_id)] == ["validated"]
    ((extra_id, _n, extra_state, party),) = _sales(tryton, connector.reference(f"order:{order_id}:revision:1"))
    assert (extra_state, party) == ("processing", "C001")
    assert [(code, qty) for _seq, code, qty in _sale_lines(tryton, extra_id)] == [("GLV-NIT-S-BLU", 2.0)]

    send(f"Cancel order {po}", f"please cancel our order {po}, we no longer need it.", "cancel")
    assert service.client.post(f"/api/orders/{order_id}/revisions/2/apply").status_code == 200
    service.drain()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Order).where(Order.po_number == po)) == 1
        order = s.get(Order, order_id)
        assert order.status == "cancelled"
        from models.tables import OrderRevision
        assert [(r.kind, r.status, r.delivery) for r in s.scalars(
            select(OrderRevision).where(OrderRevision.order_id == order_id).order_by(OrderRevision.number))] == [
            ("change", "applied", "sent"), ("cancel", "applied", "sent")]
    for sale in (sale_id, extra_id):
        assert {qty for _seq, _code, qty in _sale_lines(tryton, sale)} == {0.0}
        assert tryton.query("SELECT state FROM sale_sale WHERE id = ?", sale) == [("done",)]


def test_a_change_to_a_routed_order_keeps_our_shipments_on_trytons_and_both_sales_ship(
        demo_db: Database, settings: Settings, tryton: TrytonServer, connector: TrytonConnector):
    """GIVEN an order Tryton allocated and we routed (our shipment names Tryton's customer shipment)
    WHEN a change (a quantity, an added line) is applied and carried
    THEN our shipment names the shipment Tryton redid (the old one is gone), the supplementary sale's shipment
    got one of ours too, stock is reserved again, and shipping both leaves both Tryton shipments done."""
    tryton.put_stock("WH-EAST", "GLV-NIT-S-BLK", 50)  # another test may have emptied it
    order_id, sale_id = _in_tryton(demo_db, tryton, connector, "C001", [("GLV-NIT-S-BLU", "2", "12.03")])
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        connector.allocate(s, order, f"order:{order_id}:inventory")
        (first,) = connector.route(s, order, f"order:{order_id}:routing")
        order.status, old_external = "routed", first.external_id
    _revise(demo_db, order_id, "change", [_row(1, "GLV-NIT-S-BLU", "changed", "2", "3", "12.03"),
                                          _row(2, "GLV-NIT-S-BLK", "added", None, "1", "11.45")])
    _worker(demo_db, settings, connector).run_until_idle()
    with demo_db.session() as s:
        order = s.get(Order, order_id)
        assert order.status == "routed", [r.message for r in order.reasons]
        shipments = list(s.scalars(select(Shipment).where(Shipment.order_id == order_id).order_by(Shipment.id)))
        assert len(shipments) == 2 and shipments[0].external_id != old_external
        assert tryton.query("SELECT count(*) FROM stock_shipment_out WHERE id = ?", int(old_external)) == [(0,)]
        states = dict(tryton.query("SELECT id, state FROM stock_shipment_out WHERE id IN (?, ?)",
                                   *[int(sh.external_id) for sh in shipments]))
        assert sorted(states.values()) == ["assigned", "assigned"], states
        for shipment in shipments:
            connector.ship(s, order, shipment)
    assert tryton.query("SELECT state FROM stock_shipment_out WHERE id IN (?, ?)",
                        *[int(sh.external_id) for sh in shipments]) == [("done",), ("done",)]
