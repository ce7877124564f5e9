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
from models.status import STOCK_RESERVED, OrderStatus, RevisionKind, ShipmentStatus
from models.tables import Customer, CustomerAddress, Order, OrderLine, OrderRevision, Product, Shipment, Warehouse
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
        self._line_fields: set[str] | None = None
        self._amendments: bool | None = None  # whether Tryton has the sale_amendment module

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

    def _create_sale(self, session: Session, order: Order, reference: str, only: list[OrderLine] | None = None,
                     description: str | None = None) -> int:
        (sale_id,) = self.client.call("sale.sale", "create", [self._sale_values(session, order, reference, only,
                                                                                description)])
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

    def _sale_values(self, session: Session, order: Order, reference: str,
                     only: list[OrderLine] | None = None, description: str | None = None) -> dict[str, Any]:
        """A sale's values for the order's lines (or `only` those: the lines a revision added to a sale Tryton
        no longer lets us extend)."""
        party_id, invoice_address, shipment_address = self._party(session, order)
        lines = self._line_values(order.lines if only is None else only)
        values: dict[str, Any] = {
            "party": party_id, "invoice_address": invoice_address, "shipment_address": shipment_address,
            "warehouse": self._warehouse_id(),  # required once Tryton has more than one warehouse
            "reference": reference,
            "description": (description or " ".join(filter(None, [
                f"PO {order.po_number}" if order.po_number else None,
                f"(order-intake order {order.id})"])))[:200],
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

    def _line_values(self, order_lines: list[OrderLine]) -> list[dict[str, Any]]:
        """Sale lines for our order lines: product by code, our price (else Tryton's list price), the product's
        unit and taxes. The line's `sequence` is our line number: a later revision finds its line by it."""
        skus = sorted({line.sku for line in order_lines if line.sku})
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
        for line in order_lines:
            product = products[line.sku]
            price = line.unit_price if line.unit_price is not None else product["list_price_used"]
            if price is None:
                raise PermanentError(f"line {line.line_no}: neither the order nor Tryton has a price for {line.sku}")
            if line.unit_price is None:
                line.unit_price = price  # what Tryton charges, for the acknowledgement
            # create() runs no on_change: unit, price and taxes must be sent, Tryton does not fill them.
            lines.append({"sequence": line.line_no, "type": "line", "product": product["id"],
                          "quantity": float(line.quantity or 0), "unit": product["default_uom"],
                          "unit_price": Decimal(price),
                          "taxes": [["add", taxes.get(product["account_category"], [])]]})
        return lines

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
        """The customer shipments of the order's sales: its sale, and any a revision added lines with."""
        ids = [i for sale in self._order_sales(order, ["shipments"]) for i in sale["shipments"]]
        return list(self.client.call("stock.shipment.out", "read", ids,
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


    # ------------------------------------------------------------ revisions

    def amend_order(self, session: Session, order: Order, revision: OrderRevision, idempotency_key: str) -> None:
        """A buyer's change or cancellation a clerk applied after Tryton took the order, carried through Tryton's
        own modules: each of the order's sales is brought to the order as it now stands.

        - A sale still draft, quotation or confirmed is put back to draft, edited (lines written, added,
          deleted; shipping date, ship-to) and taken back to the state it had; a cancellation cancels it.
        - A processing (or done) sale is amended with Tryton's sale_amendment module: one validated
          `sale.amendment` per revision (a line's quantity or price, a removed line set to 0, a new ship-to),
          after which Tryton redoes the customer shipment and the draft invoice, and the stock is reserved
          again if it was. Tryton lets no line be added to a processing sale, so added lines go on a
          supplementary sale of the same party whose reference is the revision's key. A changed date is
          written on the moves not yet shipped. A cancellation sets every line to 0 (Tryton cannot cancel a
          processing sale): the sale ends done, with nothing to ship or invoice.

        Each step compares with what Tryton holds before it acts, so a retry applies nothing twice; the
        amendment and a line in the sale's comment name the revision. What Tryton cannot do (no sale_amendment
        module, a shipment already picked or gone, a sale cancelled in Tryton) is a PermanentError saying so:
        the order is parked with that reason for a clerk, who amends the sale by hand or retries."""
        marker = self.reference(idempotency_key)
        sales = self._order_sales(order, _SALE_FIELDS)
        cancel = revision.kind == RevisionKind.CANCEL
        lines = self._product_lines(sales, with_cost=cancel)
        if cancel:
            changes: dict[int, list[tuple[dict[str, Any], float, Decimal]]] = {}
            for t in lines:
                if t["quantity"]:  # every line to 0, the shipping cost too: nothing is left to ship or invoice
                    changes.setdefault(t["sale"], []).append((t, 0.0, Decimal(t["unit_price"])))
            added: list[OrderLine] = []
        else:
            changes, added = self._line_changes(order, lines)
        header = {h["field"] for h in revision.header_difference if h.get("after")}
        ship_to = self._party(session, order)[2] if "ship_to" in header else None
        main = sales[0]
        amended = False
        for sale in sales:
            edits = changes.get(sale["id"], [])
            new_address = ship_to if ship_to is not None and sale["shipment_address"] != ship_to else None
            more = added if sale is main and sale["state"] in _UNPROCESSED else []
            if sale["state"] == "cancelled":
                if edits or more or new_address is not None:
                    raise PermanentError(f"Tryton sale {_name(sale)} was cancelled in Tryton: revision "
                                         f"{revision.number} cannot be carried to it")
            elif sale["state"] in _UNPROCESSED:
                self._edit_unprocessed(order, sale, edits, more, new_address, "requested_date" in header, cancel)
            elif edits or new_address is not None:
                amended = self._amend(sale, edits, new_address, f"order-intake revision {revision.number} ({marker})")
        if added and main["state"] not in _UNPROCESSED:
            self._supplementary_sale(session, order, added, marker, revision)
        for sale in self._order_sales(order, _SALE_FIELDS):
            if sale["reference"] == marker and sale["state"] in _UNPROCESSED:
                self._advance(sale["id"])  # this revision's own supplementary sale, left behind by a stop
            if sale["state"] in ("processing", "done") and not cancel:
                self._move_dates(order, sale)
        if amended and order.status in (*STOCK_RESERVED, OrderStatus.ROUTED):
            self.allocate(session, order, idempotency_key)  # Tryton redid the shipment: reserve its stock again
        self._follow_shipments(session, order)
        self._note(main["id"], marker, revision)

    def _order_sales(self, order: Order, fields: list[str]) -> list[dict[str, Any]]:
        """The order's sale (found by its number) and then the supplementary sales revisions made, oldest first."""
        if not order.erp_order_number:
            raise PermanentError("the order has no Tryton sale yet")
        found = self.client.call("sale.sale", "search_read", [["number", "=", order.erp_order_number]], 0, 1, None,
                                 fields)
        if not found:
            raise PermanentError(f"Tryton has no sale {order.erp_order_number}")
        pattern = self.reference(f"order:{order.id}:revision:") + "%"
        more = self.client.call("sale.sale", "search_read", [["reference", "like", pattern],
                                                              ["id", "!=", found[0]["id"]]], 0, None,
                                [["id", "ASC"]], fields)
        return [found[0], *more]

    def _product_lines(self, sales: list[dict[str, Any]], with_cost: bool = False) -> list[dict[str, Any]]:
        """The sales' product lines; the shipping-cost line sale_shipment_cost adds is Tryton's, not one of ours,
        and only comes `with_cost`."""
        ids = [i for sale in sales for i in sale["lines"]]
        if self._line_fields is None:
            self._line_fields = set(self.client.call("sale.line", "fields_get", ["shipment_cost"]))
        fields = ["sale", "type", "sequence", "product", "product.code", "quantity", "unit", "unit_price",
                  "description", *(["shipment_cost"] if "shipment_cost" in self._line_fields else [])]
        rows = self.client.call("sale.line", "read", ids, fields) if ids else []
        return [r for r in rows if r["type"] == "line" and r.get("product")
                and (with_cost or r.get("shipment_cost") is None)]

    def _line_changes(self, order: Order, tryton: list[dict[str, Any]]
                      ) -> tuple[dict[int, list[tuple[dict[str, Any], float, Decimal]]], list[OrderLine]]:
        """What differs between our lines and Tryton's: per sale, (its line, quantity, price) to set (0 for a
        line we no longer have), and our lines Tryton has nowhere. A line is found by our line number (its
        `sequence`) and product, else by product alone."""
        free = list(tryton)
        pairs: list[tuple[OrderLine, dict[str, Any]]] = []
        unpaired: list[OrderLine] = []
        for line in order.lines:
            if not line.sku or line.quantity is None:
                raise PermanentError(f"line {line.line_no}: no valid product or quantity for Tryton")
            same = next((t for t in free if t["sequence"] == line.line_no and _code(t) == line.sku), None)
            if same is None:
                unpaired.append(line)
            else:
                free.remove(same)
                pairs.append((line, same))
        added = []
        for line in unpaired:
            same = (next((t for t in free if _code(t) == line.sku and t["quantity"]), None)
                    or next((t for t in free if _code(t) == line.sku), None))
            if same is None:
                added.append(line)
            else:
                free.remove(same)
                pairs.append((line, same))
        changes: dict[int, list[tuple[dict[str, Any], float, Decimal]]] = {}
        for line, t in pairs:
            quantity = float(line.quantity or 0)
            price = Decimal(line.unit_price) if line.unit_price is not None else Decimal(t["unit_price"])
            if t["quantity"] != quantity or Decimal(t["unit_price"]) != price:
                changes.setdefault(t["sale"], []).append((t, quantity, price))
        for t in free:
            if t["quantity"]:
                changes.setdefault(t["sale"], []).append((t, 0.0, Decimal(t["unit_price"])))
        return changes, added

    def _edit_unprocessed(self, order: Order, sale: dict[str, Any], edits: list[tuple[dict[str, Any], float, Decimal]],
                          added: list[OrderLine], ship_to: int | None, new_date: bool, cancel: bool) -> None:
        """A sale Tryton still lets us edit: back to draft, edited, and on to the state it had (or cancelled)."""
        state = sale["state"]
        date = order.requested_date if new_date and order.requested_date and \
            order.requested_date >= dt.date.today() and order.requested_date != sale["shipping_date"] else None
        if not cancel and not (edits or added or ship_to is not None or date is not None):
            return
        if state != "draft":
            self.client.call("sale.sale", "draft", [sale["id"]])
        if cancel:
            self.client.call("sale.sale", "cancel", [sale["id"]])
            return
        operations: list[list[Any]] = []
        for t, quantity, price in edits:
            # A draft sale's line can simply go; on a processing one it would be set to 0.
            operations.append(["delete", [t["id"]]] if quantity == 0 else
                              ["write", [t["id"]], {"quantity": quantity, "unit_price": price}])
        if added:
            operations.append(["create", self._line_values(added)])
        values: dict[str, Any] = {"lines": operations} if operations else {}
        if ship_to is not None:
            values["shipment_address"] = ship_to
        if date is not None:
            values["shipping_date"] = date
        if values:
            self.client.call("sale.sale", "write", [sale["id"]], values)
        for was, button in (("quotation", "quote"), ("confirmed", "quote"), ("confirmed", "confirm")):
            if state == was:
                self.client.call("sale.sale", button, [sale["id"]])

    def _amend(self, sale: dict[str, Any], edits: list[tuple[dict[str, Any], float, Decimal]], ship_to: int | None,
               description: str) -> bool:
        """One validated sale.amendment on a processing sale; False when Tryton already has it all (a retry)."""
        if self._amendments is None:
            self._amendments = bool(self.client.call("ir.module", "search", [["name", "=", "sale_amendment"],
                                                                              ["state", "=", "activated"]], 0, 1, None))
        if not self._amendments:
            raise PermanentError(f"Tryton sale {_name(sale)} is {sale['state']} and Tryton has no sale_amendment "
                                 "module to amend it: activate sale_amendment and retry, or amend the sale by hand")
        shipments = self.client.call("stock.shipment.out", "read", sale["shipments"], ["number", "state"])
        gone = [s for s in shipments if s["state"] not in _SHIPMENT_BEFORE_PICKING]
        if gone:
            raise PermanentError(f"Tryton sale {_name(sale)}: its shipment {gone[0]['number']} is already "
                                 f"{gone[0]['state']}, so Tryton cannot amend the sale: amend it by hand")
        # Left by an attempt that stopped before validating: replaced by this one.
        stale = self.client.call("sale.amendment", "search", [["sale", "=", sale["id"]],
                                                              ["description", "=", description],
                                                              ["state", "=", "draft"]], 0, None, None)
        if stale:
            self.client.call("sale.amendment", "delete", stale)
        assigned = [s["id"] for s in shipments if s["state"] == "assigned"]
        if assigned:
            # Reserved stock is given back first: the amendment redoes only shipments still waiting.
            self.client.call("stock.shipment.out", "wait", assigned)
        actions: list[dict[str, Any]] = [
            {"action": "line", "line": t["id"], "product": t["product"], "quantity": quantity, "unit": t["unit"],
             "unit_price": price, "description": t["description"]} for t, quantity, price in edits]
        if ship_to is not None:
            actions.append({"action": "party", "party": sale["party"], "invoice_party": sale["invoice_party"],
                            "invoice_address": sale["invoice_address"], "shipment_party": sale["shipment_party"],
                            "shipment_address": ship_to})
        (amendment,) = self.client.call("sale.amendment", "create", [{"sale": sale["id"], "description": description,
                                                                       "lines": [["create", actions]]}])
        self.client.call("sale.amendment", "validate_amendment", [amendment])
        return True

    def _supplementary_sale(self, session: Session, order: Order, added: list[OrderLine], reference: str,
                            revision: OrderRevision) -> None:
        """Lines a revision added to a processing sale: a sale of their own, quoted and confirmed."""
        if self._sales_by_reference(reference):
            return
        description = " ".join(filter(None, [f"PO {order.po_number}" if order.po_number else None,
                                             f"lines added by revision {revision.number} to sale "
                                             f"{order.erp_order_number} (order-intake order {order.id})"]))
        sale_id = self._create_sale(session, order, reference, only=added, description=description)
        self._advance(sale_id)

    def _move_dates(self, order: Order, sale: dict[str, Any]) -> None:
        """A processing sale's shipping date cannot be changed in Tryton, its moves' planned date can: the
        moves not yet shipped get the order's requested date (again after an amendment redid them)."""
        wanted = order.requested_date
        if wanted is None or wanted < dt.date.today() or wanted == sale["shipping_date"]:
            return
        moves = self.client.call("stock.move", "search_read", [["origin.sale", "=", sale["id"], "sale.line"],
                                                                ["state", "in", ["staging", "draft"]]],
                                 0, None, None, ["planned_date"])
        late = [m["id"] for m in moves if m["planned_date"] != wanted]
        if late:
            self.client.call("stock.move", "write", late, {"planned_date": wanted})

    def _follow_shipments(self, session: Session, order: Order) -> None:
        """Our planned shipments follow Tryton's once the order was routed: an amendment redoes Tryton's
        customer shipment under a new id, and a supplementary sale has one of its own. A planned shipment of
        ours whose Tryton shipment is gone goes, and `route` makes one for each Tryton shipment we lack."""
        rows = [s for s in session.scalars(select(Shipment).where(Shipment.order_id == order.id))
                if s.external_id is not None and ":tryton:" in s.idempotency_key]
        if not rows:
            return  # not routed yet (or not by Tryton): the routing stage will read Tryton's shipments
        live = {str(t["id"]) for t in self._shipments(order) if t["state"] != "cancelled"}
        for row in rows:
            if row.status == ShipmentStatus.PLANNED and row.external_id not in live:
                session.delete(row)
        session.flush()
        if live - {row.external_id for row in rows}:
            self.route(session, order, f"order:{order.id}:routing")  # the routing stage's key (stages.py)

    def _note(self, sale_id: int, marker: str, revision: OrderRevision) -> None:
        """One line in the sale's comment for the revision (once), so Tryton's users read what changed and why."""
        (sale,) = self.client.call("sale.sale", "read", [sale_id], ["comment"])
        comment = sale["comment"] or ""
        if f"[{marker}]" in comment:
            return
        line = f"[{marker}] revision {revision.number}: {_revision_words(revision)}"
        self.client.call("sale.sale", "write", [sale_id], {"comment": f"{comment}\n{line}".strip()})


# The states in which Tryton still lets a sale's lines be edited (after putting it back to draft).
_UNPROCESSED = ("draft", "quotation", "confirmed")
# A customer shipment in one of these states is redone by an amendment; one picked, packed, shipped or done
# is the warehouse's already (Tryton's shipment states, not ours).
_SHIPMENT_BEFORE_PICKING = ("draft", "waiting", "assigned", "cancelled")
_SALE_FIELDS = ["number", "reference", "state", "lines", "shipments", "shipping_date", "comment", "party",
                "invoice_party", "invoice_address", "shipment_party", "shipment_address"]


def _name(sale: dict[str, Any]) -> str:
    return str(sale.get("number") or sale["id"])


def _code(line: dict[str, Any]) -> str | None:
    product = line.get("product.")
    return product.get("code") if isinstance(product, dict) else None


def _revision_words(revision: OrderRevision) -> str:
    """What a revision asked, line by line, in a sentence for Tryton's users."""
    if revision.kind == RevisionKind.CANCEL:
        return "the buyer cancelled the order"
    parts = []
    for row in revision.difference:
        before, after = row.get("before") or {}, row.get("after") or {}
        what = f"line {row.get('line_no')} {row.get('sku') or ''}".rstrip()
        if row.get("change") == "added":
            parts.append(f"{what} added, quantity {after.get('quantity')}")
        elif row.get("change") == "removed":
            parts.append(f"{what} removed")
        else:
            parts.append(f"{what} quantity {before.get('quantity')} -> {after.get('quantity')}")
    for field in revision.header_difference:
        parts.append(f"{str(field.get('field')).replace('_', ' ')} {field.get('before')} -> {field.get('after')}")
    return "the buyer's change: " + ("; ".join(parts) if parts else "(no line or field)")


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
