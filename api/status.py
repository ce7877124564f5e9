"""The buyer's read-only status page: /status/{token}, no login, the token is the only key.

The page shows what a buyer may know about their own order — progress through the stages, lines,
backorders, shipments and tracking numbers — and nothing of ours: no confidence, no clerk's name, no
internal error. An unknown token gets the same bare 404 as a malformed one. The page runs no script,
loads nothing from elsewhere and may not be framed; its only style is inline, allowed by its hash.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from models.status import BEING_CHECKED, BUYER_PROGRESS, BUYER_STEPS, STOPPED, AcknowledgementStatus, OrderStatus
from models.tables import Acknowledgement, AuditEvent, Order
from orchestration.acknowledgements.wording import line_state, money, quantity, shipments_of
from web.deps import SessionDep

router = APIRouter(include_in_schema=False)
# Its own template, beside it: the buyer's page shares nothing with the clerk's screen.
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")

# token_urlsafe(32) gives 43 characters; anything else is not one of ours and never reaches the database.
TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:860px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}
.sub{color:#5a6372;margin:0 0 20px}
ol.steps{list-style:none;display:flex;flex-wrap:wrap;gap:6px;padding:0;margin:0 0 20px}
ol.steps li{padding:6px 10px;border-radius:4px;background:#e3e6eb;color:#5a6372}
ol.steps li.done{background:#d7efdf;color:#14532d}
ol.steps li.now{background:#1d4ed8;color:#fff}
ol.steps li.stop{background:#fde2e1;color:#7f1d1d}
.note{background:#fff7d6;border:1px solid #e8d48a;padding:10px 12px;border-radius:4px;margin:0 0 20px}
table{border-collapse:collapse;width:100%;background:#fff;margin:0 0 20px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6eb;vertical-align:top}
td.n,th.n{text-align:right}
h2{font-size:17px;margin:24px 0 8px}
main{overflow-wrap:anywhere}
@media (max-width:600px){main{padding:14px}thead{position:absolute;left:-9999px}table,tbody,tr,td{display:block}
tr{border-bottom:2px solid #c9ced6;padding:4px 0}td,td.n{border:0;padding:2px 8px;text-align:left}
td::before{content:attr(data-label) ": ";color:#5a6372}td:empty{display:none}}
""".strip()
STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
CSP = (f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; img-src 'none'; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # The token is in the URL: never send it to another site, never keep it in a shared cache.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
}

# The steps as the buyer reads them: "Received" (the order's creation), then one per status of BUYER_STEPS.
STEPS: list[tuple[OrderStatus | None, str]] = [
    (None, "Received"), *zip(BUYER_STEPS, ("Checked", "Confirmed", "Stock reserved", "Shipped"), strict=True)]
STOPPED_LABELS: dict[str, str] = {OrderStatus.REJECTED: "Not accepted", OrderStatus.DUPLICATE: "Duplicate",
                                   OrderStatus.CANCELLED: "Cancelled at your request"}


@dataclass(frozen=True)
class Step:
    label: str
    state: str  # done | now | todo | stop
    at: datetime | None


def not_found() -> Response:
    """The same answer for any token we do not hold: nothing tells a guesser how close they came."""
    return PlainTextResponse("Not found", status_code=404, headers=HEADERS)


def _steps(order: Order, reached_at: dict[str, datetime]) -> list[Step]:
    if order.status in STOPPED:
        return [Step("Received", "done", order.created_at), Step(STOPPED_LABELS[order.status], "stop",
                                                                   reached_at.get(order.status))]
    reached = BUYER_PROGRESS.get(order.status, 0)
    steps = []
    for i, (status, label) in enumerate(STEPS):
        at = order.created_at if status is None else reached_at.get(status) or (
            reached_at.get(OrderStatus.BACKORDERED) if status == OrderStatus.ALLOCATED else None)
        state = "done" if i < reached or (i == reached == len(STEPS) - 1) else "now" if i == reached else "todo"
        steps.append(Step(label, state, at if state == "done" else None))
    return steps


def _note(order: Order, asked: bool) -> str | None:
    """One sentence on what the order waits for, in the buyer's terms."""
    if order.status == OrderStatus.REJECTED:
        return f"We could not accept this order: {order.rejection_reason}" if order.rejection_reason else \
            "We could not accept this order."
    if order.status in BEING_CHECKED:
        return ("We have emailed you a question about this order; it waits for your answer." if asked
                else "We are checking this order.")
    if order.status == OrderStatus.FAILED:
        return "This order is delayed; we are looking into it."
    if order.status == OrderStatus.BACKORDERED and not any((ln.allocated_qty or 0) > 0 for ln in order.lines):
        return "Nothing is in stock yet: this order ships as soon as it is."
    return None


@router.get("/status/{token}", response_class=HTMLResponse, response_model=None)
def status_page(token: str, request: Request, session: SessionDep) -> Response:
    if not TOKEN.fullmatch(token):
        return not_found()
    order = session.scalar(select(Order).where(Order.status_token == token))
    if order is None:
        return not_found()
    reached_at: dict[str, datetime] = {}
    for to_value, at in session.execute(select(AuditEvent.to_value, AuditEvent.at).where(
            AuditEvent.entity == "order", AuditEvent.entity_id == order.id, AuditEvent.action == "status")
            .order_by(AuditEvent.id)):
        reached_at[to_value or ""] = at  # the latest time each status was reached
    asked = session.scalar(select(Acknowledgement.id).where(
        Acknowledgement.order_id == order.id, Acknowledgement.kind == "question",
        Acknowledgement.status == AcknowledgementStatus.SENT).limit(1)) is not None
    currency = order.currency or (order.customer.currency if order.customer else "") or ""
    lines = [{"line_no": ln.line_no, "sku": ln.sku or ln.item_code or "", "description": ln.description or "",
              "quantity": quantity(ln.quantity) if ln.quantity is not None else "", "uom": ln.uom or "",
              "price": f"{money(ln.unit_price)} {currency}" if ln.unit_price is not None else "",
              "state": line_state(ln) if order.status not in STOPPED else ""} for ln in order.lines]
    backordered = [f"line {ln.line_no}: {quantity(ln.backordered_qty)} {ln.uom or ''} {ln.sku or ''}"
                   for ln in order.lines if (ln.backordered_qty or 0) > 0]
    response = templates.TemplateResponse(request, "status_page.html", {
        "order": order, "customer": order.customer, "steps": _steps(order, reached_at), "note": _note(order, asked),
        "lines": lines, "shipments": shipments_of(session, order), "style": STYLE,
        "backordered": backordered,
    })
    response.headers.update(HEADERS)
    return response
