"""The webhook connectors: any stage as a signed, idempotent HTTP JSON call to another system.

The request, for every stage: `POST <url>` with the JSON body
`{"stage": ..., "idempotency_key": ..., "order": {..., "revision": n}}` (shipping adds `"shipment"`) and headers
`Idempotency-Key` (the stage's key: the same on every retry, so the receiver can answer a repeat with
what it did the first time; a higher `order.revision` under the same key is the order amended after
a clerk approved it again), `X-Order-Intake-Stage`, and the signature header
`sha256=<hex HMAC-SHA256 of the exact body bytes with the shared secret>`.

A buyer's change or cancellation applied after the ERP took the order is one more call, stage `revision`
(to `urls.revision`, else the erp url): `{"stage": "revision", "idempotency_key": "order:7:revision:2",
"event": "order.revised", "erp_order_number": ..., "revision": {"number", "kind": "change"|"cancel",
"difference": [{"line_no", "change", "before", "after"}], ...}, "order": {...as it now stands}}`, under the
same idempotency and signature rules; any 2xx answer is enough. An EDI buyer's answer (997, 855, CONTRL, ORDRSP,
OrderResponse: orchestration/edi_answers/) is one more, stage `edi_answer` (to `urls.edi_answer`, else the erp
url): `{"stage": "edi_answer", "idempotency_key": "order:7:edi_answer:accepted:855", "event": "edi.answer",
"order_id", "po_number", "answer": {"kind", "syntax", "answer", "control_number", "file_name", "partner",
"content"}}`, where `content` is the document's text.

The answer the receiver MUST give, a 2xx JSON object:

- erp: `{"order_number": "SO-1001"}`
- inventory: `{"allocations": [{"line_no": 1, "warehouse": "EAST", "quantity": "5"}]}`; what a line
  is not allocated is backordered. Warehouses are ours (the receiver answers with our codes).
- routing: `{"shipments": [{"warehouse": "EAST", "zone": 3, "weight_kg": "2.5"}]}`
- shipping: `{"tracking_number": "1Z999", "carrier": "UPS", "service": "Ground", "price": "9.80"}`

Errors, as the job queue needs them:

- 5xx, 408, 425, 429, a timeout or a connection that fails: tried again `attempts` times within the
  job run with exponential backoff and jitter, then TransientError; the job queue retries the job
  with its own backoff, and a job out of attempts is a dead letter, retried by hand (API, CLI).
- any other 4xx: PermanentError carrying the receiver's own message (its JSON `error`, `message` or
  `detail`, else its text), so the order goes back to review with that message as the reason.
- a 2xx whose body is not the answer above: PermanentError (a person must look at the contract).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from config import WebhookConnectorConfig
from models.status import ShipmentStatus
from models.tables import Allocation, EdiAnswer, Order, OrderRevision, Shipment, Warehouse
from orchestration.connectors.base import LineAllocation, PermanentError, TransientError
from orchestration.connectors.payload import order_document, revision, revision_document, shipment_document

log = logging.getLogger(__name__)

# Statuses that say "not now" rather than "no": worth another try.
RETRYABLE_4XX = {408, 425, 429}
REVISION = "revision"
EDI_ANSWER = "edi_answer"
MESSAGE_KEYS = ("error", "message", "detail", "reason", "title")


def signature(secret: str, body: bytes) -> str:
    """The signature header's value; a receiver recomputes it over the raw body and compares."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def shown(url: str) -> str:
    """The endpoint as logs and review reasons may show it: no user info, no query (either may hold a token)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return "(the configured url)"
    return f"{parsed.scheme}://{parsed.host}{f':{parsed.port}' if parsed.port else ''}{parsed.path}"


def receiver_message(response: httpx.Response) -> str:
    """What the receiver said about its refusal, in its own words, short enough for a review reason."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in MESSAGE_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:1000]
            if value:  # e.g. a list of field errors
                return json.dumps(value, ensure_ascii=False)[:1000]
    text = " ".join(response.text.split())
    return text[:1000] or response.reason_phrase or f"HTTP {response.status_code}"


class WebhookClient:
    """One endpoint configuration, one pooled HTTP client (thread-safe, shared by the stages)."""

    def __init__(self, config: WebhookConnectorConfig, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.config = config
        self.secret = config.secret_value()
        self.sleep = sleep
        # Redirects are not followed: a signed order is for the configured receiver only.
        self.http = httpx.Client(timeout=httpx.Timeout(config.timeout_s), transport=transport,
                                 follow_redirects=False, headers={"User-Agent": "order-intake/0.1"})

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Exponential with equal jitter: at least half the step, so a blip gets real room; a
        receiver's Retry-After is honoured up to backoff_max_s."""
        step = min(self.config.backoff_max_s, self.config.backoff_s * 2 ** (attempt - 1))
        delay = step / 2 + random.uniform(0, step / 2)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.config.backoff_max_s))
        return delay

    def call(self, stage: str, key: str, body: dict[str, Any]) -> dict[str, Any]:
        # A revision goes where the ERP's orders go, unless urls.revision names its own endpoint.
        url = self.config.url_for(stage) or (self.config.url_for("erp") if stage in (REVISION, EDI_ANSWER) else "")
        if not url:
            raise PermanentError(f"connectors.webhook has no url for the {stage} stage")
        # Serialised once: every retry sends the same bytes under the same signature and key.
        payload = json.dumps({"stage": stage, "idempotency_key": key, **body}, ensure_ascii=False,
                             separators=(",", ":"), default=str).encode()
        headers = {"Content-Type": "application/json", "Idempotency-Key": key, "X-Order-Intake-Stage": stage,
                   self.config.signature_header: signature(self.secret, payload)}
        last = ""
        for attempt in range(1, self.config.attempts + 1):
            retry_after: float | None = None
            try:
                response = self.http.post(url, content=payload, headers=headers)
            except httpx.TimeoutException:
                last = f"no answer within {self.config.timeout_s:g} s"
            except httpx.TransportError as exc:
                last = f"cannot reach the receiver: {type(exc).__name__}: {exc}"
            else:
                code = response.status_code
                if 200 <= code < 300:
                    return self._answer(stage, response)
                if code >= 500 or code in RETRYABLE_4XX:
                    last = f"HTTP {code}: {receiver_message(response)}"
                    retry_after = _seconds(response.headers.get("retry-after"))
                else:
                    raise PermanentError(f"the receiver refused the {stage} request (HTTP {code}): "
                                         f"{receiver_message(response)}")
            log.warning("webhook %s attempt %s/%s to %s failed: %s", stage, attempt, self.config.attempts, shown(url),
                        last, extra={"stage": stage, "idempotency_key": key})
            if attempt < self.config.attempts:
                self.sleep(self.backoff(attempt, retry_after))
        raise TransientError(f"{stage} webhook {shown(url)}: {self.config.attempts} attempt(s) failed, last: {last}")

    @staticmethod
    def _answer(stage: str, response: httpx.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise PermanentError(f"the receiver accepted the {stage} request (HTTP {response.status_code}) "
                                 f"but its answer is not a JSON object: {response.text[:200]!r}")
        return data

    def close(self) -> None:
        self.http.close()


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:  # an HTTP date: rare from an API, and the backoff alone is fine then
        return None


def _text(answer: dict[str, Any], key: str, stage: str, limit: int = 64) -> str:
    value = answer.get(key)
    if not isinstance(value, str | int) or not str(value).strip():
        raise PermanentError(f"the {stage} receiver's answer has no {key}: {json.dumps(answer)[:200]}")
    text = str(value).strip()
    if len(text) > limit:
        raise PermanentError(f"the {stage} receiver's {key} is longer than {limit} characters")
    return text


def _decimal(value: object, what: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise PermanentError(f"{what} {value!r} is not a number") from None
    if not number.is_finite() or number < 0:
        raise PermanentError(f"{what} {value!r} is not a quantity")
    return number


def _warehouse(session: Session, code: object, stage: str) -> str:
    if not isinstance(code, str) or session.get(Warehouse, code) is None:
        raise PermanentError(f"the {stage} receiver named warehouse {code!r}, which is not one of ours")
    return code


def _document(session: Session, order: Order) -> dict[str, Any]:
    """The order's JSON with its revision, read without flushing: a flush would take SQLite's write
    lock and hold it through the HTTP call (a second shipment's booking follows the first one's changes)."""
    with session.no_autoflush:
        return {**order_document(order), "revision": revision(order)}


class WebhookErp:
    def __init__(self, client: WebhookClient) -> None:
        self.client = client

    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        answer = self.client.call("erp", idempotency_key, {"order": _document(session, order)})
        return _text(answer, "order_number", "erp")


    def amend_order(self, session: Session, order: Order, revision: OrderRevision, idempotency_key: str) -> None:
        """A buyer's change or cancellation applied after the ERP took the order: one event, under its own key
        (`order:<id>:revision:<n>`), carrying the revision and the order as it now stands."""
        with session.no_autoflush:
            body = {"event": "order.revised", "erp_order_number": order.erp_order_number,
                    "revision": revision_document(revision), "order": _document(session, order)}
        self.client.call(REVISION, idempotency_key, body)

    def deliver_answer(self, session: Session, order: Order | None, answer: EdiAnswer) -> None:
        """An EDI answer to the buyer, carried as one event under the answer's own key: the document as text (X12,
        EDIFACT and UBL are all text), its kind, file name and control number. `order` None (order_id and
        po_number null): a 997 or CONTRL rejecting an interchange that became no order; its message says which."""
        body = {"event": "edi.answer", "order_id": order.id if order is not None else None,
                "po_number": order.po_number if order is not None else None, "message_id": answer.message_id,
                "answer": {"kind": answer.kind, "syntax": answer.syntax, "answer": answer.answer,
                           "control_number": answer.control_number, "file_name": answer.file_name,
                           "partner": answer.partner, "content": _as_text(answer.content)}}
        self.client.call(EDI_ANSWER, answer.idempotency_key, body)


def _as_text(content: bytes) -> str:
    """An answer's bytes as text: UTF-8 (X12 is ASCII, UBL UTF-8), else ISO 8859-1 (EDIFACT UNOC), never lossy."""
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("latin-1")


class WebhookInventory:
    """The receiver holds the stock; we keep its answer as our allocations, which routing reads."""

    def __init__(self, client: WebhookClient) -> None:
        self.client = client

    def allocate(self, session: Session, order: Order, idempotency_key: str) -> list[LineAllocation]:
        answer = self.client.call("inventory", idempotency_key, {"order": _document(session, order)})
        rows = answer.get("allocations")
        if not isinstance(rows, list):
            raise PermanentError(f"the inventory receiver's answer has no allocations list: {json.dumps(answer)[:200]}")
        by_no = {line.line_no: line for line in order.lines}
        by_id = {line.id: line for line in order.lines}
        taken: dict[int, Decimal] = {}
        out: list[LineAllocation] = []
        for row in rows:
            if not isinstance(row, dict):
                raise PermanentError(f"the inventory receiver's allocation {row!r} is not an object")
            line_no, line_id = row.get("line_no"), row.get("line_id")
            line = (by_no.get(line_no) if isinstance(line_no, int)
                    else by_id.get(line_id) if isinstance(line_id, int) else None)
            if line is None:
                raise PermanentError(f"the inventory receiver allocated a line the order does not have: {row!r}")
            quantity = _decimal(row.get("quantity"), f"line {line.line_no}: allocated quantity")
            taken[line.id] = taken.get(line.id, Decimal("0")) + quantity
            if taken[line.id] > (line.quantity or 0):
                raise PermanentError(f"the inventory receiver allocated {taken[line.id]} of line {line.line_no}, "
                                     f"which orders {line.quantity}")
            if quantity > 0:
                out.append(LineAllocation(line.id, _warehouse(session, row.get("warehouse"), "inventory"), quantity))
        # Replaces an earlier answer (a retry or a re-approval): the receiver's latest word is the record.
        for old in session.scalars(select(Allocation).where(Allocation.order_id == order.id)):
            session.delete(old)
        session.flush()
        for allocation in out:
            session.add(Allocation(order_id=order.id, line_id=allocation.line_id,
                                   warehouse_code=allocation.warehouse_code, quantity=allocation.quantity))
        for line in order.lines:
            line.allocated_qty = taken.get(line.id, Decimal("0"))
            line.backordered_qty = (line.quantity or Decimal("0")) - line.allocated_qty
        session.flush()
        return out


class WebhookRouting:
    def __init__(self, client: WebhookClient) -> None:
        self.client = client

    def route(self, session: Session, order: Order, idempotency_key: str) -> list[Shipment]:
        existing = session.scalars(select(Shipment).where(Shipment.order_id == order.id)).all()
        if any(sh.status == ShipmentStatus.SHIPPED for sh in existing):
            return list(existing)
        allocations = [{"line_id": a.line_id, "warehouse": a.warehouse_code, "quantity": str(a.quantity)}
                       for a in session.scalars(select(Allocation).where(Allocation.order_id == order.id))]
        answer = self.client.call("routing", idempotency_key,
                                  {"order": _document(session, order), "allocations": allocations})
        rows = answer.get("shipments")
        if not isinstance(rows, list) or not rows:
            raise PermanentError(f"the routing receiver's answer has no shipments: {json.dumps(answer)[:200]}")
        for shipment in existing:  # planned, never booked: the receiver's plan replaces ours
            session.delete(shipment)
        session.flush()
        shipments = []
        for row in rows:
            if not isinstance(row, dict):
                raise PermanentError(f"the routing receiver's shipment {row!r} is not an object")
            code = _warehouse(session, row.get("warehouse"), "routing")
            zone = row.get("zone")
            weight = row.get("weight_kg")
            shipment = Shipment(order_id=order.id, warehouse_code=code, idempotency_key=f"{idempotency_key}:{code}",
                                zone=int(zone) if isinstance(zone, int | str) and str(zone).isdigit() else None,
                                weight_kg=_decimal(weight, "shipment weight") if weight is not None else None,
                                status=ShipmentStatus.PLANNED)
            session.add(shipment)
            shipments.append(shipment)
        session.flush()
        return shipments


class WebhookShipping:
    def __init__(self, client: WebhookClient) -> None:
        self.client = client

    def ship(self, session: Session, order: Order, shipment: Shipment) -> str:
        if shipment.tracking_number:
            return shipment.tracking_number
        answer = self.client.call("shipping", shipment.idempotency_key,
                                  {"order": _document(session, order), "shipment": shipment_document(shipment)})
        shipment.tracking_number = _text(answer, "tracking_number", "shipping")
        for key in ("carrier", "service"):
            if isinstance(answer.get(key), str):
                setattr(shipment, key, answer[key][:100])
        if answer.get("price") is not None:
            shipment.price = _decimal(answer["price"], "shipping price")
        shipment.status = ShipmentStatus.SHIPPED
        return shipment.tracking_number
