"""What one order's page draws, worked out before the template prints it: which lines (a long order is
paged, its doubtful lines first), each line's doubts (looked up once, not searched per line), the prices
the ERP will charge where they differ from the order (shown before approval), what is still in doubt
(approving over it asks once), and the next order waiting for the clerk.

Everything here is linear in the order's lines: the page of a 2,000-line order must cost about twenty
times a 100-line one's, never the square (issue 18: a merge list per line made it quadratic)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.status import IN_REVIEW, OrderStatus
from models.tables import AuditEvent, Order, OrderLine, OrderReason, PriceListEntry, Product, utcnow
from review_ui import wording

LINES_PER_PAGE = 100  # a page past this is paged; every doubtful line comes first


@dataclass
class LinePage:
    """The lines one view of the order page draws, and where they sit among the order's."""

    lines: list[OrderLine]
    number: int  # 1-based
    pages: int
    total: int
    doubtful: int  # lines with at least one doubt, in the whole order
    first: int  # 1-based position of the first line drawn, in the page's order
    reasons: dict[int, list[OrderReason]] = field(default_factory=dict)  # line_no -> its doubts

    @property
    def paged(self) -> bool:
        return self.pages > 1


def line_page(order: Order, number: int = 1, per_page: int = LINES_PER_PAGE) -> LinePage:
    """The lines to draw on page `number` (out of range: the nearest page). An order of at most
    `per_page` lines is drawn whole, in its order; a longer one is drawn `per_page` lines at a time with
    its doubtful lines first (so page 1 holds the doubts), then the rest in their order."""
    reasons: dict[int, list[OrderReason]] = {}
    for r in order.reasons:
        if r.line_no is not None:
            reasons.setdefault(r.line_no, []).append(r)
    lines = list(order.lines)
    doubtful = sum(1 for ln in lines if ln.line_no in reasons)
    if len(lines) <= per_page:
        return LinePage(lines, 1, 1, len(lines), doubtful, 1, reasons)
    ordered = [ln for ln in lines if ln.line_no in reasons] + [ln for ln in lines if ln.line_no not in reasons]
    pages = -(-len(ordered) // per_page)
    number = min(max(1, number), pages)
    start = (number - 1) * per_page
    return LinePage(ordered[start:start + per_page], number, pages, len(lines), doubtful, start + 1, reasons)


@dataclass
class Repricing:
    """A line the ERP will charge at its own price (contract, else list), not the price the order says."""

    line_no: int
    sku: str
    ordered: Decimal
    charged: Decimal
    source: str  # "contract price" | "list price"


def repricings(session: Session, order: Order) -> list[Repricing]:
    """The lines whose price approval changes: the ERP charges the customer's contract price, else the
    list price, whatever the order says (orchestration/connectors/builtin.py). Two queries whatever the
    number of lines."""
    priced = [ln for ln in order.lines if ln.sku and ln.unit_price is not None]
    if not priced:
        return []
    skus = {ln.sku for ln in priced}
    contracts: dict[str, Decimal] = {}
    if order.customer_id:
        contracts = {sku: price for sku, price in session.execute(
            select(PriceListEntry.sku, PriceListEntry.unit_price)
            .where(PriceListEntry.customer_id == order.customer_id, PriceListEntry.sku.in_(skus)))}
    listed = {sku: price for sku, price in session.execute(
        select(Product.sku, Product.unit_price).where(Product.sku.in_(skus)))}
    found = []
    for ln in priced:
        assert ln.sku is not None and ln.unit_price is not None
        charged, source = contracts.get(ln.sku), "contract price"
        if charged is None:
            charged, source = listed.get(ln.sku), "list price"
        if charged is not None and charged != ln.unit_price:
            found.append(Repricing(ln.line_no, ln.sku, ln.unit_price, charged, source))
    return found


def next_waiting(session: Session, clerk: str, after: int) -> int | None:
    """The order the clerk should open next: the oldest in review that is not on hold, not `after`, and
    not held open by another clerk (the queue's first row, as the queue sorts it)."""
    now = utcnow()
    return session.scalar(
        select(Order.id).where(Order.status.in_(IN_REVIEW), Order.held_reason.is_(None), Order.id != after,
                               or_(Order.claimed_by.is_(None), Order.claimed_by == clerk,
                                   Order.claimed_until.is_(None), Order.claimed_until <= now))
        .order_by(Order.created_at, Order.id).limit(1))


@dataclass
class HistoryRow:
    """One event of the order's history in the clerk's words."""

    at: str
    who: str
    what: str
    before: str
    after: str


ACTIONS = {
    "created": "read from the message",
    "edit": "changed",
    "edit_line": "changed",
    "add_line": "added",
    "delete_line": "deleted",
    "split_line": "split",
    "merge_lines": "merged another line into",
    "confirm_line": "confirmed",
    "convert_line": "converted the unit of",
    "learn_conversion": "learned the unit conversion for",
    "learn_ship_to": "learned the ship-to address",
    "correct_sender": "learned who sends for this customer",
    "forget_sender": "forgot a sender learned wrong",
    "hold": "put on hold",
    "unhold": "taken up again",
    "ask_buyer": "asked the buyer",
    "acknowledged": "emailed the buyer",
    "acknowledgement_skipped": "did not email the buyer",
    "acknowledgement_failed": "could not email the buyer",
    "repriced": "charged its own prices on approval",
    "edi_answer": "made an EDI answer",
    "edi_answer_sent": "sent an EDI answer",
    "edi_answer_skipped": "did not send an EDI answer",
    "edi_answer_failed": "could not send an EDI answer",
}


def _field_words(name: str | None) -> str:
    """"line3.sku" -> "line 3 SKU"; "ship_to" -> "ship to"."""
    if not name:
        return ""
    words = name.replace("_", " ").replace(".", " ").replace("sku", "SKU").replace("uom", "unit")
    if words.startswith("line") and words[4:5].isdigit():
        words = "line " + words[4:]
    return words


def _money(amount: object, currency: str) -> str:
    """A price the audit kept as text ("8.5600"), as money; kept as written if it is not a number."""
    if amount is None:
        return ""
    try:
        return wording.money(Decimal(str(amount)), currency)
    except ArithmeticError:
        return str(amount)


def history_rows(events: Sequence[AuditEvent], customer_names: Mapping[str, str] | None = None,
                 currency: str = "") -> list[HistoryRow]:
    """The order's audit events as a clerk reads them: statuses in words, fields named plainly, a customer by
    its name (`customer_names`: id -> name; the audit keeps the id), and what approval changed spelt out (a
    repricing says each line's ordered and charged price, as money in the order's `currency`)."""
    rows = []
    for e in events:
        detail = e.detail or {}
        before, after = e.from_value or "", e.to_value or ""
        if e.action == "status":
            # A person's move to approved is their approval; the rules' is a status change like any other.
            what = "approved" if after == OrderStatus.APPROVED and "@" in e.actor else "status"
            before, after = wording.order_status(before), wording.order_status(after)
        elif e.action == "repriced":
            lines = detail.get("lines") or []
            what = ACTIONS["repriced"] + ": " + "; ".join(
                f"line {d.get('line')} ordered at {_money(d.get('ordered'), currency)}, "
                f"charged {_money(d.get('charged'), currency)}" for d in lines)
        elif e.action in ("acknowledged", "acknowledgement_skipped", "acknowledgement_failed"):
            what = f"{ACTIONS[e.action]} ({wording.acknowledgement_kind(detail.get('kind'))})"
            after = str(detail.get("to") or detail.get("reason") or "")
        else:
            what = ACTIONS.get(e.action, e.action.replace("_", " "))
            if e.field and e.field not in ("held", "status") and e.action != "learn_ship_to":
                # Adding, deleting, splitting and merging are about the whole line ("split line 2").
                whole = e.action in ("add_line", "delete_line", "split_line", "merge_lines")
                what = f"{what} {_field_words(e.field.split('.')[0] if whole else e.field)}"
            if e.field == "customer" and customer_names:
                before, after = (customer_names.get(v, v) if v else "unknown" for v in (before, after))
        rows.append(HistoryRow(e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, what, before, after))
    return rows
