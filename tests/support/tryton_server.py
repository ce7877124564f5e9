"""A real Tryton 8.2 server for the tryton connector's tests: database template, seed data, start and stop.

Building a Tryton database takes ~17 s (trytond-admin activating sale, stock and their dependencies, then
the seed), so it is built once into a template under the temp folder, keyed by the trytond version and this
seed, and every test session starts from a copy of it (a file copy, milliseconds). The seed runs in
a subprocess (`python tryton_server.py seed CONF DB`) so proteus never loads Tryton's pool into pytest.

The seed mirrors our demo master data where the tests need it: warehouses WH-EAST and WH-WEST, a few demo
SKUs as Tryton products (one of them not salable), customer C001 as a party (C002 is left for the connector
to create), a carrier (so Tryton's carrier rules are in force), USD as the company currency.

`rpc()` is a deliberately separate, minimal JSON-RPC caller for test setup (putting stock in) so the tests
do not check the connector with the connector; assertions read Tryton's own SQLite file.
"""

from __future__ import annotations

import base64
import datetime
import fcntl
import hashlib
import inspect
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve()
BIN = Path(sys.executable).parent
ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "admin-test-pass"
MODULES = ["sale", "stock", "carrier", "sale_shipment_cost", "sale_amendment"]

# What the seed puts in Tryton, so tests compare against it (warehouse -> SKU -> quantity).
SEED_STOCK = {
    "WH-EAST": {"GLV-NIT-S-BLU": 100, "GLV-NIT-S-BLK": 20},
    "WH-WEST": {"GLV-NIT-S-BLU": 30, "GLV-LTX-S-WHT": 500},
}
SEED_PRODUCTS = {  # SKU -> (name, list price, salable)
    "GLV-NIT-S-BLU": ("Nitrile gloves, blue, S, box of 100", "12.03", True),
    "GLV-NIT-S-BLK": ("Nitrile gloves, black, S, box of 100", "11.45", True),
    "GLV-LTX-S-WHT": ("Latex gloves, white, S, box of 100", "9.23", True),
    "GLV-CUT-A2-S": ("Cut-resistant gloves A2, S (no longer sold)", "38.72", False),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def remove_sqlite(path: Path) -> None:
    # trytond runs SQLite in WAL mode: a stale -wal next to a replaced file would be replayed into it.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def snapshot_sqlite(src: Path, dst: Path) -> None:
    """A consistent copy including what is still in the -wal file (a plain cp would miss it)."""
    remove_sqlite(dst)
    source, target = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def write_config(folder: Path, port: int) -> Path:
    (folder / "db").mkdir(parents=True, exist_ok=True)
    conf = folder / "trytond.conf"
    conf.write_text(f"""[database]
uri = sqlite://
path = {folder / 'db'}

[web]
listen = 127.0.0.1:{port}

[session]
# the default (5 failed logins per IP, then HTTP 429) is too tight for tests that try bad passwords
max_attempt = 50
""")
    return conf


def _env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRYTOND_")}
    passfile = folder / "adminpass"
    passfile.write_text(ADMIN_PASSWORD + "\n")
    env["TRYTONPASSFILE"] = str(passfile)
    return env


def _template_key() -> str:
    from importlib.metadata import version

    # What makes the database: a change to the seed or the modules builds a new template, an edit elsewhere
    # in this file does not.
    recipe = inspect.getsource(seed) + repr((MODULES, SEED_STOCK, SEED_PRODUCTS, version("trytond")))
    digest = hashlib.sha256(recipe.encode()).hexdigest()
    return digest[:16]


def template(cache_root: Path | None = None) -> Path:
    """The seeded database template, built once per trytond version and seed text (a file lock keeps
    two test sessions from building it at the same time)."""
    if cache_root is None:
        from tests.support.environment import DISK_TMP  # on disk: the ~20 s build outlives a reboot

        cache_root = DISK_TMP / "order-intake-tryton"
    root = cache_root / _template_key()
    root.mkdir(parents=True, exist_ok=True)
    target = root / "template.sqlite"
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():
            return target
        build = Path(tempfile.mkdtemp(prefix="build-", dir=root))
        try:
            conf = write_config(build, free_port())
            db_file = build / "db" / "erp.sqlite"
            db_file.touch()  # the SQLite backend refuses a database whose file does not exist
            env = _env(build)
            subprocess.run([str(BIN / "trytond-admin"), "-c", str(conf), "-d", "erp", "--all",
                            "-u", *MODULES, "--activate-dependencies", "--email", "admin@example.com"],
                           check=True, env=env, capture_output=True)
            subprocess.run([sys.executable, str(HERE), "seed", str(conf), "erp"], check=True, env=env,
                           capture_output=True)
            snapshot_sqlite(db_file, build / "template.sqlite")
            os.replace(build / "template.sqlite", target)
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"building the Tryton template failed: {exc.cmd[:2]}\n"
                               f"{(exc.stderr or b'').decode(errors='replace')[-2000:]}") from exc
        finally:
            shutil.rmtree(build, ignore_errors=True)
        return target


class TrytonServer:
    """One trytond process on 127.0.0.1 serving a fresh copy of the template as database `erp`."""

    database = "erp"

    def __init__(self, folder: Path, template_file: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.conf = write_config(folder, self.port)
        self.db_file = folder / "db" / f"{self.database}.sqlite"
        remove_sqlite(self.db_file)
        shutil.copyfile(template_file, self.db_file)
        self.log = folder / "trytond.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        if self.running:
            return
        with open(self.log, "ab") as log:
            # -d loads the module pool at start; without it the first login fails with KeyError 'res.user'.
            self.proc = subprocess.Popen([str(BIN / "trytond"), "-c", str(self.conf), "-d", self.database],
                                         stdout=log, stderr=subprocess.STDOUT, env=_env(self.folder))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"trytond exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            try:
                reply = httpx.post(f"{self.url}/rpc/", json={"id": 1, "method": "common.server.version",
                                                             "params": []}, timeout=2)
                if reply.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"trytond did not answer within {timeout} s")

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM to this PID only
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    # ------------------------------------------------------------ test-side access, not the connector's

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Read Tryton's own tables: what the ERP really holds, independent of any client."""
        conn = sqlite3.connect(self.db_file)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def rpc(self, method: str, *params: Any, context: dict[str, Any] | None = None) -> Any:
        """One model call as admin (login each time: simple and rare, only for test setup and checks)."""
        path = f"{self.url}/{self.database}/rpc/"
        login = _call(path, "common.db.login", [ADMIN_LOGIN, {"password": ADMIN_PASSWORD}, "en"], {})
        user_id, token = login[0], login[1]
        auth = {"Authorization": "Session " + base64.b64encode(
            f"{ADMIN_LOGIN}:{user_id}:{token}".encode()).decode()}
        preferences = _call(path, "model.res.user.get_preferences", [True, {}], auth)
        return _call(path, method, [*params, {**preferences, **(context or {})}], auth)

    def put_stock(self, warehouse_code: str, sku: str, quantity: int) -> None:
        """Count `quantity` of `sku` in the warehouse's storage with a confirmed Tryton inventory."""
        (storage,) = self.query(
            "SELECT storage_location FROM stock_location WHERE code = ? AND type = 'warehouse'", warehouse_code)[0]
        ((product,),) = self.query("SELECT id FROM product_product WHERE code = ?", sku)
        (inventory,) = self.rpc("model.stock.inventory.create", [{
            "location": storage, "lines": [["create", [{"product": product, "quantity": float(quantity)}]]]}])
        self.rpc("model.stock.inventory.confirm", [inventory])


def _encode(o: Any) -> Any:
    if isinstance(o, Decimal):
        return {"__class__": "Decimal", "decimal": str(o)}
    raise TypeError(type(o))


def _call(path: str, method: str, params: list[Any], headers: dict[str, str]) -> Any:
    body = json.dumps({"id": 1, "method": method, "params": params}, default=_encode)
    reply = httpx.post(path, content=body, headers={"Content-Type": "application/json", **headers}, timeout=30)
    reply.raise_for_status()
    payload = reply.json()
    if payload.get("error"):
        raise RuntimeError(f"{method}: {payload['error']}")
    return payload["result"]


# ---------------------------------------------------------------- seed (runs in its own process)


def seed(conf: str, database: str) -> None:
    """Company, chart of accounts, fiscal year, tax, products, warehouses with stock, a customer, a carrier:
    the minimum Tryton needs to quote and confirm a sale (after trytond's own scenario_sale)."""
    from proteus import Model, Wizard
    from proteus import config as pconfig

    cfg = pconfig.set_trytond(database, config_file=conf)
    Party, User = Model.get("party.party"), Model.get("res.user")

    Currency, Rate = Model.get("currency.currency"), Model.get("currency.currency.rate")
    usd = Currency(name="US Dollar", code="USD", symbol="$", rounding=Decimal("0.01"))
    usd.save()
    Rate(currency=usd, date=datetime.date(2000, 1, 1), rate=Decimal("1")).save()
    company_party = Party(name="Northwind Supply")
    company_party.save()
    wizard = Wizard("company.company.config")
    wizard.execute("company")
    wizard.form.party = company_party
    wizard.form.currency = usd
    wizard.execute("add")
    cfg._context = User.get_preferences(True, {})  # now carries the company
    (company,) = Model.get("company.company").find()

    ModelData, Account = Model.get("ir.model.data"), Model.get("account.account")
    chart = Wizard("account.create_chart")
    chart.execute("account")
    chart.form.account_template = Model.get("account.account.template")(
        ModelData.get_id("account", "account_template_root_en", cfg.context))
    chart.form.company = company
    chart.execute("create_account")

    def account(kind: str) -> Any:
        (found,) = Account.find([(f"type.{kind}", "=", True), ("company", "=", company.id),
                                 ("closed", "!=", True)], limit=1)
        return found

    revenue, expense = account("revenue"), account("expense")
    chart.form.account_receivable, chart.form.account_payable = account("receivable"), account("payable")
    chart.form.category_account_revenue, chart.form.category_account_expense = revenue, expense
    chart.execute("create_properties")

    # A fiscal year with its sequences: confirming a sale creates a (draft) customer invoice.
    SeqStrict, SeqType = Model.get("ir.sequence.strict"), Model.get("ir.sequence.type")
    today = datetime.date.today()
    move_seq = SeqStrict(name=str(today.year), company=company,
                         sequence_type=SeqType.find([("name", "=", "Account Move")], limit=1)[0])
    move_seq.save()
    inv_seq = SeqStrict(name=str(today.year), company=company,
                        sequence_type=SeqType.find([("name", "=", "Invoice")], limit=1)[0])
    inv_seq.save()
    year = Model.get("account.fiscalyear")(
        name=str(today.year), company=company, start_date=datetime.date(today.year, 1, 1),
        end_date=datetime.date(today.year, 12, 31), move_sequence=move_seq)
    (seqs,) = year.invoice_sequences
    seqs.out_invoice_sequence = seqs.in_invoice_sequence = inv_seq
    seqs.out_credit_note_sequence = seqs.in_credit_note_sequence = inv_seq
    year.save()
    year.click("create_period")

    (tax_account,) = Account.find([("company", "=", company.id), ("code", "=", "6.3.6")])
    tax = Model.get("account.tax")(name="Sales tax 10%", description="Sales tax 10%", type="percentage",
                                   rate=Decimal("0.10"), invoice_account=tax_account,
                                   credit_note_account=tax_account)
    tax.save()
    Category = Model.get("product.category")
    goods = Category(name="Goods", accounting=True, account_revenue=revenue, account_expense=expense)
    goods.customer_taxes.append(tax)
    goods.save()
    services = Category(name="Services", accounting=True, account_revenue=revenue, account_expense=expense)
    services.save()

    (unit,) = Model.get("product.uom").find([("name", "=", "Unit")])
    Template = Model.get("product.template")

    def product(code: str, name: str, price: str, salable: bool = True, kind: str = "goods",
                category: Any = goods) -> Any:
        tpl = Template(name=name, code=code, type=kind, default_uom=unit, salable=salable,
                       list_price=Decimal(price), account_category=category)
        tpl.save()
        (variant,) = tpl.products
        return variant

    products = {sku: product(sku, name, price, salable) for sku, (name, price, salable) in SEED_PRODUCTS.items()}
    shipping = product("SHIP", "Shipping", "5.00", kind="service", category=services)
    carrier_party = Party(name="FastShip")
    carrier_party.save()
    Model.get("carrier")(party=carrier_party, carrier_product=shipping).save()

    Location = Model.get("stock.location")
    (east,) = Location.find([("code", "=", "WH")])
    east.code, east.name = "WH-EAST", "Northwind East DC"
    east.save()
    storage, incoming, outgoing = (Location(name=f"West {n}", code=f"W-{n[:3].upper()}", type="storage")
                                   for n in ("Storage", "Input", "Output"))
    for loc in (storage, incoming, outgoing):
        loc.save()
    lost = Location(name="West Lost and Found", type="lost_found")
    lost.save()  # an inventory needs a lost-and-found location on its warehouse
    west = Location(name="Northwind West DC", code="WH-WEST", type="warehouse", storage_location=storage,
                    input_location=incoming, output_location=outgoing, lost_found_location=lost)
    west.save()

    Inventory = Model.get("stock.inventory")
    for warehouse, levels in ((east, SEED_STOCK["WH-EAST"]), (west, SEED_STOCK["WH-WEST"])):
        inventory = Inventory(location=warehouse.storage_location)
        for sku, quantity in levels.items():
            line = inventory.lines.new(product=products[sku])
            line.quantity = float(quantity)
        inventory.click("confirm")

    customer = Party(name="Acme Retail Group", code="C001")
    (address,) = customer.addresses  # a new party comes with one empty address
    address.street, address.postal_code, address.city = "400 Summer Street", "02210", "Boston"
    customer.save()


# ---------------------------------------------------------------- bench (numbers in docs/benchmarks.md)


def bench(orders: int, cold: bool) -> dict[str, float]:
    """Time the connector against a fresh server: template build (cold only), server start, one order's
    ERP submit, a resubmit (the idempotent lookup), a stock read, and inventory + routing + shipping."""
    import statistics

    from pydantic import SecretStr

    from bootstrap import load_demo, open_database
    from models.tables import Order, OrderLine
    from orchestration.connectors.tryton import TrytonConnector, TrytonSettings
    from tests.support.service import make_settings

    work = Path(tempfile.mkdtemp(prefix="tryton-bench-"))
    result: dict[str, float] = {}
    try:
        t0 = time.perf_counter()
        tpl = template(work / "cache" if cold else None)
        result["template_s"] = time.perf_counter() - t0
        server = TrytonServer(work / "server", tpl)
        t0 = time.perf_counter()
        server.start()
        result["server_start_s"] = time.perf_counter() - t0
        settings = make_settings(work)
        db = open_database(settings)
        load_demo(db, settings)
        connector = TrytonConnector(TrytonSettings(url=server.url, database=server.database,
                                                   password=SecretStr(ADMIN_PASSWORD), warehouse="WH-EAST"))
        submit, again, downstream = [], [], []
        try:
            for _ in range(orders):
                with db.session() as s:
                    order = Order(customer_id="C001", po_number="BENCH", status="approved", currency="USD")
                    order.lines = [OrderLine(line_no=1, sku="GLV-NIT-S-BLU", quantity=Decimal("1"),
                                             unit_price=Decimal("12.03")),
                                   OrderLine(line_no=2, sku="GLV-NIT-S-BLK", quantity=Decimal("1"), unit_price=None)]
                    s.add(order)
                    s.flush()
                    t0 = time.perf_counter()
                    order.erp_order_number = connector.submit_order(s, order, f"order:{order.id}:erp")
                    submit.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    connector.submit_order(s, order, f"order:{order.id}:erp")
                    again.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    connector.allocate(s, order, "")
                    for shipment in connector.route(s, order, f"order:{order.id}:routing"):
                        connector.ship(s, order, shipment)
                    downstream.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            connector.stock_levels(list(SEED_PRODUCTS))
            result["stock_levels_s"] = time.perf_counter() - t0
        finally:
            connector.close()
            server.stop()
        for name, values in (("submit", submit), ("resubmit", again), ("allocate_route_ship", downstream)):
            result[f"{name}_p50_s"] = statistics.median(values)
            result[f"{name}_p95_s"] = sorted(values)[max(0, round(0.95 * len(values)) - 1)]
        result["orders"] = orders
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "seed":
        seed(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 2 and sys.argv[1] == "bench":
        # python -m tests.support.tryton_server bench [ORDERS] [--cold]   (from the repository root)
        count = int(next((a for a in sys.argv[2:] if a.isdigit()), "20"))
        print(json.dumps({k: round(v, 3) for k, v in bench(count, "--cold" in sys.argv).items()}, indent=1))
    else:
        sys.exit("usage: tryton_server.py seed CONF DATABASE | bench [ORDERS] [--cold]")
