"""The tryton connectors: sales orders, stock and customer shipments in a real Tryton ERP over JSON-RPC.

One `TrytonConnector` (built from plain `TrytonSettings`) serves all four stages:

- ERP (`submit_order`): the customer is found as a Tryton party by our customer id (its `code`) or created
  with our name and addresses; products are found by code (our SKU); the sale is created with our idempotency
  key in `sale.reference`, then quoted and confirmed, which makes Tryton create its customer shipment.
  Exactly once: the sale is looked up by that reference before one is created, and a draft left by an
  interrupted attempt is amended and carried on instead of duplicated.
- inventory (`allocate`): Tryton reserves stock on the sale's customer shipment (`assign_try`); what it
  could reserve is allocated, the rest is backordered. `stock_levels` reads quantities per warehouse.
- routing (`route`): one of our shipments per Tryton customer shipment, from the warehouse Tryton chose.
- shipping (`ship`): carrier and service from our rate tables (as the builtin connector chooses them), then
  Tryton's shipment is picked, packed and done, with the tracking number as its reference.

Errors: a refusal from Tryton (its UserError: unknown or unsalable product, missing address, ...) and a
product, customer or currency Tryton does not know are PermanentError with Tryton's message, so the order
goes back to review saying why. Tryton unreachable, slow, overloaded or refusing our login is
TransientError: the job waits and is retried, and the retry finds what an interrupted attempt created.

Wire format and calls follow ../shared/recipes/tryton.md (tested against trytond 8.2).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import threading
from decimal import Decimal
from typing import Any

import httpx
from pydantic import BaseModel, SecretStr, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from config import read_secret
from models.status import ShipmentStatus
from models.tables import Customer, CustomerAddress, Order, Product, Shipment, Warehouse
from orchestration.connectors.base import LineAllocation, PermanentError, TransientError
from orchestration.connectors.builtin import BuiltinShipping, destination_postal_code, zone_between

log = logging.getLogger(__name__)


class TrytonSettings(BaseModel):
    """Where the Tryton server is and who we are there. The password is read from the environment
    variable named by `password_env` (or given as `password` in tests and one-off use)."""

    url: str  # e.g. http://127.0.0.1:8000 (the database is a separate setting)
    database: str
    user: str = "admin"
    password: SecretStr | None = None
    password_env: str | None = None
    company: str | None = None  # the company's party name; default: the user's current company
    warehouse: str = "WH"  # code of the warehouse sales are shipped from
    carrier: str | None = None  # carrier party name put on each sale (Tryton adds its shipping cost line)
    reference_prefix: str = ""  # before our idempotency key in sale.reference: one Tryton, many installs
    timeout_s: float = 30.0

    @model_validator(mode="after")
    def _has_a_password(self) -> TrytonSettings:
        # Refused when the worker starts (the registry turns it into ConnectorConfigError), not per order.
        if self.password is None and not self.password_env:
            raise ValueError("set password_env (the environment variable holding the Tryton password)")
        return self

    def secret(self) -> str:
        value = read_secret("tryton", self.password, self.password_env)
        if value is None:
            raise ValueError("tryton: no password or password_env configured")
        return value


class TrytonRefusal(PermanentError):
    """Tryton answered with an error of its own (a UserError): what it says is what the clerk reads."""


# ---------------------------------------------------------------- JSON-RPC


def _encode(value: Any) -> Any:
    # Tryton's JSON dialect: money travels as Decimal objects, never floats.
    if isinstance(value, Decimal):
        return {"__class__": "Decimal", "decimal": str(value)}
    if isinstance(value, dt.datetime):
        return {"__class__": "datetime", "year": value.year, "month": value.month, "day": value.day,
                "hour": value.hour, "minute": value.minute, "second": value.second,
                "microsecond": value.microsecond}
    if isinstance(value, dt.date):
        return {"__class__": "date", "year": value.year, "month": value.month, "day": value.day}
    raise TypeError(f"cannot send {type(value).__name__} to Tryton")


def _decode(obj: dict[str, Any]) -> Any:
    kind = obj.get("__class__")
    if kind == "Decimal":
        return Decimal(obj["decimal"])
    if kind == "date":
        return dt.date(obj["year"], obj["month"], obj["day"])
    if kind == "datetime":
        return dt.datetime(obj["year"], obj["month"], obj["day"], obj["hour"], obj["minute"], obj["second"],
                           obj.get("microsecond", 0))
    if kind == "bytes":
        return base64.b64decode(obj["base64"])
    return obj


class TrytonClient:
    """A logged-in JSON-RPC session: model calls carry the user's context; a lost session logs in again."""

    def __init__(self, settings: TrytonSettings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self._http = httpx.Client(base_url=settings.url.rstrip("/"), timeout=settings.timeout_s,
                                  transport=transport)
        self._lock = threading.Lock()
        self._auth: dict[str, str] | None = None
        self._context: dict[str, Any] = {}

    def close(self) -> None:
        self._http.close()

    def call(self, model: str, method: str, *args: Any, context: dict[str, Any] | None = None) -> Any:
        auth, base_context = self._session()
        params = [*args, {**base_context, **(context or {})}]
        try:
            return self._rpc(f"model.{model}.{method}", params, auth)
        except _SessionExpired:
            # The call was refused before it ran (401), so sending it again cannot do it twice.
            with self._lock:
                self._auth = None
            auth, base_context = self._session()
            try:
                return self._rpc(f"model.{model}.{method}", [*args, {**base_context, **(context or {})}], auth)
            except _SessionExpired:
                raise TransientError(f"Tryton refused {model}.{method} to user {self.settings.user!r} even after "
                                     "a fresh login (check that user's access rights)") from None

    def _session(self) -> tuple[dict[str, str], dict[str, Any]]:
        with self._lock:
            if self._auth is None:
                self._login()
            assert self._auth is not None
            return self._auth, self._context

    def _login(self) -> None:
        s = self.settings
        try:
            user_id, token, *_ = self._rpc("common.db.login", [s.user, {"password": s.secret()}, "en"], {})
        except _SessionExpired as exc:
            # A wrong password is an outage of our access, not the order's fault: orders wait for a fix.
            raise TransientError(f"Tryton refused the login of user {s.user!r} on database {s.database!r}") from exc
        cred = base64.b64encode(f"{s.user}:{user_id}:{token}".encode()).decode()
        auth = {"Authorization": f"Session {cred}"}
        context = self._rpc("model.res.user.get_preferences", [True, {}], auth)
        if s.company:
            found = self._rpc("model.company.company.search", [[["party.name", "=", s.company]], 0, 1, None,
                                                                context], auth)
            if not found:
                raise TransientError(f"Tryton has no company named {s.company!r} (check the tryton settings)")
            context = {**context, "company": found[0], "companies": [found[0]]}
        self._auth, self._context = auth, context

    def _rpc(self, method: str, params: list[Any], headers: dict[str, str]) -> Any:
        path = "/rpc/" if method.startswith("common.server") else f"/{self.settings.database}/rpc/"
        body = json.dumps({"id": 1, "method": method, "params": params}, default=_encode)
        try:
            reply = self._http.post(path, content=body, headers={"Content-Type": "application/json", **headers})
        except httpx.TransportError as exc:
            # Connection refused, reset or timed out: for a create that may have run, the retry's lookup by
            # reference finds what it made.
            raise TransientError(f"Tryton at {self.settings.url} did not answer {method}: "
                                 f"{type(exc).__name__}: {exc}") from exc
        if reply.status_code in (401, 403):
            raise _SessionExpired(method)
        if reply.status_code != 200:
            raise TransientError(f"Tryton answered HTTP {reply.status_code} to {method}: {reply.text[:200]}")
        try:
            payload = json.loads(reply.content, object_hook=_decode)
        except ValueError as exc:  # not Tryton answering (a proxy's page): an outage, not a refusal
            raise TransientError(f"Tryton's answer to {method} is not JSON-RPC: {reply.text[:200]!r}") from exc
        error = payload.get("error") if isinstance(payload, dict) else None
        if error:
            raise _error(method, error)
        return payload.get("result")


class _SessionExpired(Exception):
    pass


def _error(method: str, error: Any) -> Exception:
    """Tryton's error reply -> ours: its UserError (and UserWarning) is a refusal, the rest an outage."""
    name = error[0] if isinstance(error, list | tuple) and error else str(error)
    args = error[1] if isinstance(error, list | tuple) and len(error) > 1 else None
    if name == "UserError" and isinstance(args, list | tuple) and args:
        message, description = str(args[0]), str(args[1] or "") if len(args) > 1 else ""
        return TrytonRefusal(f"Tryton refused: {message}" + (f" ({description})" if description else ""))
    if name == "UserWarning" and isinstance(args, list | tuple) and len(args) > 1:
        return TrytonRefusal(f"Tryton needs a confirmation: {args[1]}")
    if name == "ConcurrencyException":
        return TransientError(f"Tryton: a record changed under {method}, try again")
    # Anything else is the server failing (a database lock, a bug): its first line, never its traceback.
    return TransientError(f"Tryton failed on {method}: {str(name).splitlines()[0][:300]}")


# ---------------------------------------------------------------- the connector


class TrytonConnector:
    """ERP, inventory, routing and shipping against one Tryton database (see the module docstring)."""

    def __init__(self, settings: TrytonSettings, client: TrytonClient | None = None) -> None:
        self.settings = settings
        self.client = client or TrytonClient(settings)
        # Looked up once: they identify Tryton's configuration, not anything an order changes.
        self._sale_fields: set[str] | None = None
        self._warehouse: int | None = None
        self._currencies: dict[str, int] = {}

    def close(self) -> None:
        self.client.close()

    def reference(self, idempotency_key: str) -> str:
        return f"{self.settings.reference_prefix}{idempotency_key}"

    # ------------------------------------------------------------ ERP

    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        if order.customer_id is None:
            raise PermanentError("the ERP needs a customer")
        for line in order.lines:
            if not line.sku or line.quantity is None:
                raise PermanentError(f"line {line.line_no}: no valid product or quantity")
        reference = self.reference(idempotency_key)
        existing = self._sales_by_reference(reference)
        if existing:
            sale_id = existing[0]
            (sale,) = self.client.call("sale.sale", "read", [sale_id], ["state", "number", "lines"])
            if sale["state"] == "cancelled":
                raise PermanentError(f"Tryton sale {sale['number'] or sale_id} for this order was cancelled "
                                     "in Tryton")
            if sale["state"] != "draft" and order.lines_edited_after_approval:
                # Tryton keeps a quoted or confirmed sale as it is; re-using it would ship the old lines.
                raise PermanentError(f"Tryton sale {sale['number'] or sale_id} is already {sale['state']}: the "
                                     "changed lines must be amended in Tryton (or the sale cancelled there)")
            if sale["state"] == "draft":
                # An earlier attempt stopped before quoting, or a clerk fixed the order since: the draft
                # gets the order's current lines instead of a second sale being made.
                values = self._sale_values(session, order, reference)
                values["lines"] = [["delete", sale["lines"]], *values["lines"]]
                self.client.call("sale.sale", "write", [sale_id], values)
        else:
            sale_id = self._create_sale(session, order, reference)
        return self._advance(sale_id)

    def _sales_by_reference(self, reference: str) -> list[int]:
        return list(self.client.call("sale.sale", "search", [["reference", "=", reference]], 0, None,
                                     [["id", "ASC"]]))

    def _create_sale(self, session: Session, order: Order, reference: str) -> int:
        (sale_id,) = self.client.call("sale.sale", "create", [self._sale_values(session, order, reference)])
        # `reference` is not unique in Tryton and search + create are two calls: if a worker whose lease
        # ran out made the same sale meanwhile, the older one stays and ours (still a draft) goes. The
        # later of two creates always sees the earlier; only on a PostgreSQL Tryton, where ids can commit
        # out of order, can two creates in the same instant both stay (a resubmit then uses the older).
        same = self._sales_by_reference(reference)
        if same and same[0] != sale_id:
            self.client.call("sale.sale", "delete", [sale_id])
            log.warning("tryton: sale %s duplicated %s for %s and was deleted", sale_id, same[0], reference)
            return int(same[0])
        return int(sale_id)

    def _advance(self, sale_id: int) -> str:
        """Quote, confirm (Tryton then makes the customer shipment) and, when a worker queue holds it
        back, process: each step only from the state before it, so a retry resumes where one stopped."""
        for state, button in (("draft", "quote"), ("quotation", "confirm"), ("confirmed", "process")):
            (sale,) = self.client.call("sale.sale", "read", [sale_id], ["state"])
            if sale["state"] == state:
                try:
                    self.client.call("sale.sale", button, [sale_id])
                except TrytonRefusal:
                    # Another worker (whose lease ran out) pressed the same button a moment earlier:
                    # the sale moved on, which is what we wanted. Anything else is a real refusal.
                    (now,) = self.client.call("sale.sale", "read", [sale_id], ["state"])
                    if now["state"] == state:
                        raise
        (sale,) = self.client.call("sale.sale", "read", [sale_id], ["number", "state"])
        return str(sale["number"])

    def _sale_values(self, session: Session, order: Order, reference: str) -> dict[str, Any]:
        party_id, invoice_address, shipment_address = self._party(session, order)
        skus = sorted({line.sku for line in order.lines if line.sku})
        products = {p["code"]: p for p in self.client.call(
            "product.product", "search_read", [["code", "in", skus]], 0, None, None,
            ["code", "default_uom", "list_price_used", "account_category"])}
        missing = [sku for sku in skus if sku not in products]
        if missing:
            raise PermanentError(f"Tryton has no product with code {', '.join(missing)}")
        categories = sorted({p["account_category"] for p in products.values() if p["account_category"]})
        taxes = {c["id"]: c["customer_taxes_used"] for c in self.client.call(
            "product.category", "read", categories, ["customer_taxes_used"])} if categories else {}
        lines = []
        for seq, line in enumerate(order.lines, 1):
            product = products[line.sku]
            price = line.unit_price if line.unit_price is not None else product["list_price_used"]
            if price is None:
                raise PermanentError(f"line {line.line_no}: neither the order nor Tryton has a price for {line.sku}")
            if line.unit_price is None:
                line.unit_price = price  # what Tryton charges, for the acknowledgement
            # create() runs no on_change: unit, price and taxes must be sent, Tryton does not fill them.
            lines.append({"sequence": seq, "type": "line", "product": product["id"],
                          "quantity": float(line.quantity or 0), "unit": product["default_uom"],
                          "unit_price": Decimal(price),
                          "taxes": [["add", taxes.get(product["account_category"], [])]]})
        values: dict[str, Any] = {
            "party": party_id, "invoice_address": invoice_address, "shipment_address": shipment_address,
            "warehouse": self._warehouse_id(),  # required once Tryton has more than one warehouse
            "reference": reference,
            "description": " ".join(filter(None, [f"PO {order.po_number}" if order.po_number else None,
                                                  f"(order-intake order {order.id})"]))[:200],
            "lines": [["create", lines]],
        }
        if order.currency:
            values["currency"] = self._currency_id(order.currency)
        if order.requested_date and order.requested_date >= dt.date.today():
            # Tryton refuses a shipping date before the sale date, so a date already past is left out.
            values["shipping_date"] = order.requested_date
        fields = self._fields_of_sale()
        if "carrier" in fields and self.settings.carrier:
            carrier = self.client.call("carrier", "search", [["party.name", "=", self.settings.carrier]], 0, 1, None)
            if not carrier:
                raise TransientError(f"Tryton has no carrier {self.settings.carrier!r} (check the tryton settings)")
            values["carrier"] = carrier[0]
        elif "shipment_cost_method" in fields:
            # With sale_shipment_cost, Tryton refuses to quote goods without a carrier unless no shipment
            # cost is charged: the carrier is chosen later from our rate tables.
            values["shipment_cost_method"] = None
        return values

    def _fields_of_sale(self) -> set[str]:
        if self._sale_fields is None:
            self._sale_fields = set(self.client.call("sale.sale", "fields_get", ["carrier", "shipment_cost_method"]))
        return self._sale_fields

    def _warehouse_id(self) -> int:
        if self._warehouse is None:
            found = self.client.call("stock.location", "search",
                                     [["type", "=", "warehouse"], ["code", "=", self.settings.warehouse]], 0, 1, None)
            if not found:
                raise TransientError(f"Tryton has no warehouse {self.settings.warehouse!r} "
                                     "(check the tryton settings)")
            self._warehouse = int(found[0])
        return self._warehouse

    def _currency_id(self, code: str) -> int:
        if code not in self._currencies:
            found = self.client.call("currency.currency", "search", [["code", "=", code]], 0, 1, None)
            if not found:
                raise PermanentError(f"Tryton has no currency {code}")
            self._currencies[code] = int(found[0])
        return self._currencies[code]

    def _party(self, session: Session, order: Order) -> tuple[int, int, int]:
        """The customer's party (found by our customer id as its code, else created), its invoice address
        and the address to ship to (the order's ship-to, added to the party when Tryton lacks it)."""
        customer = session.get(Customer, order.customer_id)
        if customer is None:
            raise PermanentError(f"customer {order.customer_id} is not in our master data")
        found = self.client.call("party.party", "search_read", [["code", "=", customer.id]], 0, 1, None,
                                 ["addresses"])
        if found:
            party_id = found[0]["id"]
        else:
            addresses = sorted(customer.addresses, key=lambda a: (not a.is_default, a.id))
            values: dict[str, Any] = {"name": customer.name, "code": customer.id,
                                      "addresses": [["create", [_address(_as_dict(a)) for a in addresses]
                                                     or [{}]]]}
            if customer.contact_email:
                values["contact_mechanisms"] = [["create", [{"type": "email", "value": customer.contact_email}]]]
            (party_id,) = self.client.call("party.party", "create", [values])
            log.info("tryton: created party %s for customer %s", party_id, customer.id)
        addresses = self.client.call("party.address", "search_read", [["party", "=", party_id]], 0, None,
                                     [["sequence", "ASC"], ["id", "ASC"]], ["street", "postal_code", "city"])
        if not addresses:
            (new_id,) = self.client.call("party.address", "create", [{"party": party_id}])
            addresses = [{"id": new_id, "street": None, "postal_code": None, "city": None}]
        invoice_address = addresses[0]["id"]
        ship_to = order.ship_to or {}
        if not (ship_to.get("street") or ship_to.get("postal_code")):
            return party_id, invoice_address, invoice_address
        wanted = _address(ship_to)
        for address in addresses:
            if _same_address(address, wanted):
                return party_id, invoice_address, address["id"]
        (new_id,) = self.client.call("party.address", "create", [{"party": party_id, **wanted}])
        return party_id, invoice_address, new_id

    # ------------------------------------------------------------ stock

    def stock_levels(self, skus: list[str]) -> dict[str, dict[str, dict[str, Decimal]]]:
        """{warehouse code: {sku: {"quantity": on hand, "forecast": after planned moves}}} as Tryton has it."""
        warehouses = self.client.call("stock.location", "search_read", [["type", "=", "warehouse"]], 0, None,
                                      [["code", "ASC"]], ["code"])
        products = self.client.call("product.product", "search", [["code", "in", skus]], 0, None, None)
        out: dict[str, dict[str, dict[str, Decimal]]] = {}
        for warehouse in warehouses:
            # quantity/forecast_quantity are computed for the locations given in the context
            rows = self.client.call("product.product", "read", products, ["code", "quantity", "forecast_quantity"],
                                    context={"locations": [warehouse["id"]], "with_childs": True})
            out[warehouse["code"]] = {r["code"]: {"quantity": Decimal(str(r["quantity"])),
                                                  "forecast": Decimal(str(r["forecast_quantity"]))} for r in rows}
        return out

    # ------------------------------------------------------------ inventory, routing, shipping

    def _shipments(self, order: Order) -> list[dict[str, Any]]:
        if not order.erp_order_number:
            raise PermanentError("the order has no Tryton sale yet")
        sales = self.client.call("sale.sale", "search_read", [["number", "=", order.erp_order_number]], 0, 1, None,
                                 ["shipments"])
        if not sales:
            raise PermanentError(f"Tryton has no sale {order.erp_order_number}")
        return list(self.client.call("stock.shipment.out", "read", sales[0]["shipments"],
                                     ["number", "state", "warehouse.code", "inventory_moves", "outgoing_moves"]))

    def allocate(self, session: Session, order: Order, idempotency_key: str) -> list[LineAllocation]:
        """Tryton reserves what its warehouse has (assign_try, a no-op once reserved); the rest is backordered."""
        shipments = self._shipments(order)
        waiting = [s["id"] for s in shipments if s["state"] == "waiting"]
        if waiting:
            self.client.call("stock.shipment.out", "assign_try", waiting)
            shipments = self._shipments(order)
        reserved: dict[tuple[str, str], Decimal] = {}
        for shipment in shipments:
            warehouse = shipment["warehouse."]["code"]
            moves = self.client.call("stock.move", "read", shipment["inventory_moves"] or shipment["outgoing_moves"],
                                     ["product.code", "quantity", "state"])
            for move in moves:
                if move["state"] in ("assigned", "done"):
                    key = (warehouse, move["product."]["code"])
                    reserved[key] = reserved.get(key, Decimal("0")) + Decimal(str(move["quantity"]))
        out: list[LineAllocation] = []
        for line in order.lines:
            wanted, left = line.quantity or Decimal("0"), line.quantity or Decimal("0")
            for (warehouse, sku), free in sorted(reserved.items()):
                if sku != line.sku or left <= 0 or free <= 0:
                    continue
                take = min(free, left)
                reserved[(warehouse, sku)] -= take
                left -= take
                out.append(LineAllocation(line.id, warehouse, take))
            line.allocated_qty, line.backordered_qty = wanted - left, left
        return out

    def route(self, session: Session, order: Order, idempotency_key: str) -> list[Shipment]:
        """Our shipments mirror Tryton's customer shipments: Tryton chose the warehouse from the sale."""
        mine = session.scalars(select(Shipment).where(Shipment.order_id == order.id))
        existing = {s.idempotency_key: s for s in mine}
        destination = destination_postal_code(session, order)
        products = {line.sku: session.get(Product, line.sku) for line in order.lines if line.sku}
        weights = {sku: p.weight_kg if p is not None else Decimal("0") for sku, p in products.items()}
        out = []
        for tryton in self._shipments(order):
            if tryton["state"] == "cancelled":
                continue
            key = f"{idempotency_key}:tryton:{tryton['id']}"
            if key in existing:
                out.append(existing[key])
                continue
            code = tryton["warehouse."]["code"]
            warehouse = session.get(Warehouse, code)
            if warehouse is None:
                # Our shipments name their warehouse in our master data: mirror Tryton's, zone unknown.
                warehouse = Warehouse(code=code, name=code, postal_code="")
                session.add(warehouse)
            moves = self.client.call("stock.move", "read", tryton["outgoing_moves"], ["product.code", "quantity"])
            weight = sum((weights.get(m["product."]["code"], Decimal("0")) * Decimal(str(m["quantity"]))
                          for m in moves), Decimal("0"))
            shipment = Shipment(order_id=order.id, warehouse_code=code, idempotency_key=key,
                                zone=zone_between(warehouse.postal_code, destination), weight_kg=weight,
                                status=ShipmentStatus.PLANNED, service=None, external_id=str(tryton["id"]))
            session.add(shipment)
            out.append(shipment)
        session.flush()
        return out

    def ship(self, session: Session, order: Order, shipment: Shipment) -> str:
        """Carrier and service from our rate tables, then Tryton's shipment is picked, packed, shipped and
        done with the tracking number as its reference. The number derives from the shipment's key and each
        Tryton step runs only from the state before it, so a retry repeats nothing."""
        if shipment.external_id is None:
            raise PermanentError(f"shipment {shipment.id} has no Tryton shipment id")
        tryton_id = int(shipment.external_id)
        (current,) = self.client.call("stock.shipment.out", "read", [tryton_id], ["state", "number", "reference"])
        if current["state"] == "waiting":
            self.client.call("stock.shipment.out", "assign_try", [tryton_id])
            (current,) = self.client.call("stock.shipment.out", "read", [tryton_id], ["state", "number", "reference"])
        if current["state"] in ("waiting", "draft"):
            # Tryton ships a shipment whole: one still short of stock waits (retried with backoff).
            raise TransientError(f"Tryton shipment {current['number']} waits for stock in its warehouse")
        if current["state"] == "cancelled":
            raise PermanentError(f"Tryton shipment {current['number']} was cancelled in Tryton")
        tracking = BuiltinShipping().ship(session, order, shipment)
        if current["reference"] != tracking:
            self.client.call("stock.shipment.out", "write", [tryton_id], {"reference": tracking})
        for state, button in (("assigned", "pick"), ("picked", "pack"), ("packed", "ship"), ("shipped", "do")):
            (current,) = self.client.call("stock.shipment.out", "read", [tryton_id], ["state"])
            if current["state"] == state:
                self.client.call("stock.shipment.out", button, [tryton_id])
        return tracking


def _address(source: dict[str, Any]) -> dict[str, Any]:
    values = {"street": source.get("street"), "postal_code": source.get("postal_code"),
              "city": source.get("city"), "party_name": source.get("name")}
    return {k: v for k, v in values.items() if v}


def _as_dict(address: CustomerAddress) -> dict[str, Any]:
    return {"name": address.name, "street": address.street, "postal_code": address.postal_code,
            "city": address.city}


def _same_address(tryton: dict[str, Any], ours: dict[str, Any]) -> bool:
    def norm(value: Any) -> str:
        return " ".join(str(value or "").lower().split())

    return (norm(tryton.get("postal_code")) == norm(ours.get("postal_code"))
            and norm(tryton.get("street")) == norm(ours.get("street")))
