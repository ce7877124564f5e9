"""Seeded synthetic labelled corpus (the format of docs/evaluation.md) of purchase orders in many layouts.

This module owns the generator that the benchmarks (bench/corpus_gen.py, bench/replay.py) and the tests
both use; it writes with reportlab, fpdf2 and openpyxl, so it needs the `test` extras. Run from the repo
root:

    .venv/bin/python bench/corpus_gen.py OUT_FOLDER [--documents 300 | --orders N] [--seed 7] [--repeat-customers]

It writes OUT_FOLDER/catalog.csv, customers.csv and price_lists.csv (copies of the demo master data) and, per
document, `<name>.<eml|pdf|xlsx|csv|tsv|edi|xml>` with `<name>.expected.json`. The same seed gives
byte-identical files: every document draws from its own seeded RNG, dates and MIME boundaries are
fixed, reportlab runs with invariant=1, fpdf2 and openpyxl get a fixed creation time, the XLSX zip
entries are re-stamped and their XML parts canonicalised (the same bytes with or without lxml).

`--orders N` (instead of --documents) writes as many documents as it takes to hold N purchase orders
(the rest are not orders and invoices). With `--repeat-customers` every order arrives by email from its
customer's own sender, X12 and UBL files attached, and every purchase order's label names the customer.
Repeat customers order quantities the way B2B buyers reorder: each (customer, item) has a habitual
quantity drawn once in the catalog unit's range (HABIT_QUANTITY: cases 1-20, boxes and packs 2-40, each
5-200, ...), each reorder is that habit times a lognormal factor (sigma REORDER_SIGMA = 0.35) rounded as
buyers write it (whole cases; pieces by the 5 or 10), and OUTLIER_SHARE = 1.5 % of lines are genuine
outliers, a slipped zero (10x) or a dropped one (1/10), which the product should ask a clerk about.
Without --repeat-customers quantities are drawn from a fixed list, as before (the committed sample and
the 300-document corpus are unchanged).

Labels say what the document says: a printed price is labelled as printed, a misspelt SKU is
labelled with the catalog SKU the buyer meant, a bare file (no sender) carries no "customer" key.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import math
import random
import re
import shutil
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from fpdf import FPDF
from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DEMO = Path(__file__).resolve().parent.parent / "demo"


def _demo_writer() -> Callable[[Workbook], bytes]:
    """The demo's deterministic workbook writer (demo/make_demo.py is a script, not a package)."""
    module = sys.modules.get("make_demo")
    if module is None:
        spec = importlib.util.spec_from_file_location("make_demo", DEMO / "make_demo.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_demo"] = module  # dataclasses look their module up by name while it loads
        spec.loader.exec_module(module)
    return module.workbook_bytes  # type: ignore[no-any-return]


workbook_bytes = _demo_writer()
FIXED_TS = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
XLSX_ENTRY_TIME = (2026, 11, 18, 8, 0, 0)
ORDERS_TO = "Northwind Orders <orders@northwind-supply.example>"
SUPPLIER = "Northwind Industrial Supply"
UOM_CODES = ("EA", "CS", "BX", "PK", "DZ", "RL")

# Written forms of each catalog unit in table cells; every one normalises to the catalog code.
UOM_CELL = {"EA": ["EA", "Each", "ea", "EACH"], "CS": ["CS", "Case", "cs", "CASE"], "BX": ["BX", "Box", "bx", "BOX"],
            "PK": ["PK", "Pack", "pk", "PACK"], "DZ": ["DZ", "Dozen", "dz", "DOZ"], "RL": ["RL", "Roll", "rl", "ROLL"]}
UOM_WORDS = {"CS": "cases", "BX": "boxes", "PK": "packs", "DZ": "dozen", "RL": "rolls", "EA": "pieces"}
UOM_ABBR = {"CS": "cs", "BX": "bx", "PK": "pk", "DZ": "dz", "RL": "rl", "EA": "ea"}
UOM_DE = {"CS": "Karton", "BX": "Schachteln", "PK": "Pakete", "DZ": "Dutzend", "RL": "Rollen", "EA": "Stück"}
UOM_FR = {"CS": "cartons de", "BX": "boîtes de", "PK": "paquets de", "DZ": "douzaines de", "RL": "rouleaux de",
          "EA": "x"}
UOM_ES = {"CS": "cartones de", "BX": "cajas de", "PK": "paquetes de", "DZ": "docenas de", "RL": "rollos de",
          "EA": "x"}
X12_UOM = {"EA": "EA", "CS": "CA", "BX": "BX", "PK": "PK", "DZ": "DZ", "RL": "RL"}
UBL_UOM = {"EA": "EA", "CS": "CS", "BX": "BX", "PK": "PK", "DZ": "DZN", "RL": "RO"}

# How each customer numbers its purchase orders.
PO_STYLES: dict[str, Callable[[random.Random], str]] = {
    "C001": lambda r: r.choice([f"ACM-PO-{r.randint(55000, 59999)}", f"45000{r.randint(10000, 99999)}"]),
    "C002": lambda r: f"BB-{r.randint(1100, 1999)}",
    "C003": lambda r: f"CFM-2026-{r.randint(800, 999):04d}",
    "C004": lambda r: f"DL-{r.randint(450000, 459999)}",
    "C005": lambda r: f"EMS-PO-{r.randint(30000, 39999)}",
    "C006": lambda r: f"HPP-{r.randint(88000, 89999)}",
}
FIRST = ["Alex", "Maria", "Chris", "Jordan", "Sam", "Taylor", "Lee", "Nina", "Omar", "Grace"]
LAST = ["Miller", "Garcia", "Nguyen", "Patel", "Brooks", "Kim", "Fischer", "Lopez", "Khan", "Walsh"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# --------------------------------------------------------------------------- master data

@dataclass(frozen=True)
class Product:
    sku: str
    description: str
    uom: str
    unit_price: float


@dataclass
class Ctx:
    """Catalog, customers and contract prices the layouts draw from."""

    catalog: dict[str, Product]
    customers: dict[str, dict[str, str]]
    prices: dict[str, dict[str, float]]
    skus: list[str] = field(default_factory=list)
    squashed: dict[str, str] = field(default_factory=dict)
    # Set with --repeat-customers: each customer's fixed sender, and every order arrives by email.
    senders: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, demo: Path = DEMO) -> Ctx:
        with open(demo / "catalog.csv", newline="", encoding="utf-8") as fh:
            catalog = {r["sku"]: Product(r["sku"], r["description"], r["uom"], float(r["unit_price"]))
                       for r in csv.DictReader(fh)}
        with open(demo / "customers.csv", newline="", encoding="utf-8") as fh:
            customers = {r["customer_id"]: r for r in csv.DictReader(fh)}
        prices: dict[str, dict[str, float]] = {cid: {} for cid in customers}
        with open(demo / "price_lists.csv", newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                prices.setdefault(r["customer_id"], {})[r["sku"]] = float(r["unit_price"])
        ctx = cls(catalog, customers, prices, sorted(catalog))
        ctx.squashed = {squash(s): s for s in ctx.skus}
        return ctx

    def price(self, cid: str, sku: str) -> float:
        """What the buyer prints: its contract price when it has one, else our list price."""
        return self.prices.get(cid, {}).get(sku, self.catalog[sku].unit_price)


def squash(sku: str) -> str:
    return re.sub(r"[\s\-_./]", "", sku).upper()


def short(p: Product) -> str:
    """Buyer-style description: catalog text without the trailing pack info."""
    head, _, last = p.description.rpartition(", ")
    return head if re.search(r"/[a-z]|\bof\b|dozen", last) else p.description


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def typo(ctx: Ctx, sku: str, rng: random.Random) -> str | None:
    """A plausible misspelling that is one edit from `sku` and from no other catalog SKU."""
    candidates = []
    for i in range(len(sku) - 1):
        if sku[i].isalpha() and sku[i + 1].isalpha() and sku[i] != sku[i + 1]:
            candidates.append(sku[:i] + sku[i + 1] + sku[i] + sku[i + 2:])  # transposed letters
    candidates += [sku[:i] + {"O": "0", "I": "1", "0": "O"}[c] + sku[i + 1:] for i, c in enumerate(sku) if c in "OI0"]
    rng.shuffle(candidates)
    for cand in candidates:
        sq = squash(cand)
        if sq in ctx.squashed:
            continue
        if all(levenshtein(sq, squash(other)) > 2 for other in ctx.skus if other != sku
               and abs(len(other) - len(sku)) <= 2 and other[:3] == sku[:3]):
            return cand
    return None


# --------------------------------------------------------------------------- one order

@dataclass
class Line:
    sku: str
    written: str  # the SKU as the buyer typed it (case, spaces, typos)
    quantity: int
    price: float
    buyer_part: str | None = None
    # A repeat customer's genuine outlier quantity (see OUTLIER_SHARE); not printed nor labelled.
    outlier: bool = False


@dataclass
class OrderSpec:
    """Everything about one order that a layout prints; `style_seed` fixes its wording."""

    cid: str
    po: str
    order_date: date
    requested_date: date
    lines: list[Line]
    style_seed: int
    layout: str


def fmt_date(d: date, style: str) -> str:
    return {
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "short": f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        "dmy": f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "eu": f"{d.day:02d}/{d.month:02d}/{d.year}",
    }[style]


def fmt_money(x: float, style: str) -> str:
    if style == "de":
        return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return {"us": f"{x:,.2f}", "plain": f"{x:.2f}", "dollar": f"${x:,.2f}"}[style]


def make_lines(ctx: Ctx, cid: str, rng: random.Random, n: int, sloppy: bool, typos: bool) -> list[Line]:
    contract = sorted(ctx.prices.get(cid, {}))
    chosen: list[str] = []
    while len(chosen) < n:
        sku = rng.choice(contract) if contract and rng.random() < 0.6 else rng.choice(ctx.skus)
        if sku not in chosen:
            chosen.append(sku)
    lines = []
    for sku in chosen:
        written = sku
        if typos and rng.random() < 0.03:
            written = typo(ctx, sku, rng) or sku
        if sloppy and rng.random() < 0.6:
            written = rng.choice([written.lower(), written.replace("-", " "), written.lower().replace("-", " ")])
        qty = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 50, 60, 100, 120, 200])
        lines.append(Line(sku, written, qty, ctx.price(cid, sku)))
    return lines


def expected_header(ctx: Ctx, spec: OrderSpec, *, customer: bool, po: bool = True, order_date: bool = True,
                    requested: bool = False, currency: str | None = None, ship_to: bool | str = False
                    ) -> dict[str, Any]:
    """The label's header; `ship_to` is True (country printed) or "no-country"."""
    exp: dict[str, Any] = {"kind": "purchase_order"}
    c = ctx.customers[spec.cid]
    if customer:
        exp["customer"] = c["name"]
    exp["po_number"] = spec.po if po else None
    if order_date:
        exp["order_date"] = spec.order_date.isoformat()
    if requested:
        exp["requested_date"] = spec.requested_date.isoformat()
    if currency:
        exp["currency"] = currency
    if ship_to:
        exp["ship_to"] = {"name": c["ship_to_name"], "street": c["street"], "city": c["city"],
                          "region": c["region"], "postal_code": c["postal_code"]}
        if ship_to is True:
            exp["ship_to"]["country"] = c["country"]
    return exp


def expected_lines(ctx: Ctx, lines: list[Line], *, prices: bool, descriptions: bool = True,
                   buyer_parts: bool = False) -> list[dict[str, Any]]:
    out = []
    for ln in lines:
        p = ctx.catalog[ln.sku]
        item: dict[str, Any] = {"sku": ln.sku}
        if buyer_parts:
            item["customer_part"] = ln.buyer_part
        if descriptions:
            item["description"] = short(p)
        item["quantity"] = ln.quantity
        item["uom"] = p.uom
        if prices:
            item["unit_price"] = round(ln.price, 2)
        out.append(item)
    return out


# --------------------------------------------------------------------------- emails

def sender(ctx: Ctx, cid: str, style: random.Random) -> str:
    if cid in ctx.senders:
        return ctx.senders[cid]
    c = ctx.customers[cid]
    domains = c["email_domains"].split(";")
    pick = style.randrange(3)
    if pick == 0:
        return f"{c['contact_name']} <{c['contact_email']}>"
    if pick == 1:
        return f"Purchasing <purchasing@{style.choice(domains)}>"
    first, last = style.choice(FIRST), style.choice(LAST)
    return f"{first} {last} <{first.lower()}.{last.lower()}@{style.choice(domains)}>"


def signature(ctx: Ctx, cid: str, from_: str) -> str:
    name = from_.split(" <")[0]
    if name == "Purchasing":
        name = "Purchasing Team"
    return f"Thanks,\n{name}\n{ctx.customers[cid]['name']}\n"


def email(ctx: Ctx, spec: OrderSpec, name: str, from_: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = from_
    msg["To"] = ORDERS_TO
    msg["Subject"] = subject
    when = datetime.combine(spec.order_date, datetime.min.time(), timezone(timedelta(hours=-5)))
    msg["Date"] = format_datetime(when + timedelta(hours=9, minutes=spec.style_seed % 50))
    msg["Message-ID"] = f"<synth-{name}@{from_.split('@')[1].rstrip('>')}>"
    msg.set_content(body)
    return msg


def finish(msg: EmailMessage, name: str) -> bytes:
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==synth-{name}-part{i}==")
    return msg.as_bytes(policy=SMTP)


ATTACH_TYPES = {"pdf": ("application", "pdf"), "csv": ("text", "csv"), "tsv": ("text", "tab-separated-values"),
                "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "edi": ("application", "edi-x12"), "xml": ("application", "xml")}


def bare_or_email(ctx: Ctx, spec: OrderSpec, name: str, style: random.Random, data: bytes, suffix: str,
                  exp: dict[str, Any], body_po: bool = False) -> tuple[str, bytes, dict[str, Any]]:
    """Half the attachments arrive bare (no sender, no customer label), half attached to an email."""
    if not ctx.senders and style.random() < 0.5:
        exp.pop("customer", None)
        return suffix, data, exp
    from_ = sender(ctx, spec.cid, style)
    intro = style.choice(["Please find attached our purchase order {po}.",
                          "Attached is PO {po}, please confirm the ship date.",
                          "Hello,\n\nnew order attached ({po}).", "Hi team, our order {po} is attached."])
    body = "Hello,\n\n" + intro.format(po=spec.po) + "\n\n" + signature(ctx, spec.cid, from_)
    if body_po:
        body = "Hello,\n\nPlease see the attached order.\n\nPO Number: " + spec.po + "\n\n" + \
            signature(ctx, spec.cid, from_)
    msg = email(ctx, spec, name, from_, style.choice(["Purchase Order ", "PO ", "New order "]) + spec.po, body)
    maintype, subtype = ATTACH_TYPES[suffix]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=f"PO_{spec.po}.{suffix}")
    exp["customer"] = ctx.customers[spec.cid]["name"]
    return "eml", finish(msg, name), exp


def structured_delivery(ctx: Ctx, spec: OrderSpec, name: str, style: random.Random, data: bytes, suffix: str,
                        exp: dict[str, Any]) -> tuple[str, bytes, dict[str, Any]]:
    """An X12 850 or UBL order as it reaches a supplier without an EDI channel: attached to an email
    from the customer's own purchasing address, so the label names the customer like any emailed
    order's (the layouts label the customer when ctx.senders is set). Only repeat customers
    (--repeat-customers) send them so; otherwise the file is bare, as read off an EDI channel or a
    folder, with no sender and no customer in its label."""
    if not ctx.senders:
        return suffix, data, exp
    from_ = sender(ctx, spec.cid, style)
    kind = "850" if suffix == "edi" else "UBL order"
    body = (f"Hello,\n\nattached is our {kind} for PO {spec.po}.\n\n"
            + signature(ctx, spec.cid, from_))
    msg = email(ctx, spec, name, from_, f"{kind} {spec.po}", body)
    maintype, subtype = ATTACH_TYPES[suffix]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=f"PO_{spec.po}.{suffix}")
    return "eml", finish(msg, name), exp


# --------------------------------------------------------------------------- table columns

COLUMN_NAMES = {
    "sku": ["SKU", "Item", "Item #", "Part No.", "Product Code", "Vendor Item", "Our Item No."],
    "desc": ["Description", "Item Description", "Product", "Description of Goods"],
    "qty": ["Qty", "Quantity", "Qty Ordered", "Order Qty", "QTY"],
    "uom": ["UoM", "UOM", "Unit", "U/M"],
    "price": ["Unit Price", "Price", "Rate", "Unit Cost", "Price/Unit"],
    "amount": ["Amount", "Ext. Price", "Line Total", "Extended"],
}


@dataclass
class TableStyleChoice:
    columns: list[str]
    headers: list[str]
    uom_form: int
    money: str
    prices: bool


def table_style(style: random.Random, money_styles: tuple[str, ...] = ("us", "plain", "dollar"),
                allow_no_uom: bool = True) -> TableStyleChoice:
    prices = style.random() < 0.7
    cols = ["sku", "desc", "qty"]
    if not allow_no_uom or style.random() < 0.8:
        cols.append("uom")
    if prices:
        cols.append("price")
        if style.random() < 0.6:
            cols.append("amount")
    order = style.choice(["as-is", "qty-first", "desc-first", "line-no"])
    if order == "qty-first":
        cols.remove("qty")
        cols.insert(0, "qty")
    elif order == "desc-first":
        cols.remove("desc")
        cols.insert(0, "desc")
    elif order == "line-no":
        cols.insert(0, "line")
    headers = [("Line" if c == "line" else style.choice(COLUMN_NAMES[c])) for c in cols]
    return TableStyleChoice(cols, headers, style.randrange(4), style.choice(money_styles), prices)


def cells(ctx: Ctx, ts: TableStyleChoice, n: int, ln: Line, desc: str | None = None) -> list[str]:
    p = ctx.catalog[ln.sku]
    values = {"line": str(n), "sku": ln.written, "desc": desc or short(p), "qty": str(ln.quantity),
              "uom": UOM_CELL[p.uom][ts.uom_form], "price": fmt_money(ln.price, ts.money),
              "amount": fmt_money(round(ln.price * ln.quantity, 2), ts.money)}
    return [values[c] for c in ts.columns]


def total_rows(ctx: Ctx, ts: TableStyleChoice, lines: list[Line]) -> list[list[str]]:
    if not ts.prices:
        return []
    sub = round(sum(round(ln.price * ln.quantity, 2) for ln in lines), 2)
    tax = round(sub * 0.0725, 2)
    blank = [""] * (len(ts.columns) - 2)
    return [blank + ["Subtotal", fmt_money(sub, ts.money)], blank + ["Sales Tax 7.25%", fmt_money(tax, ts.money)],
            blank + ["Total", fmt_money(sub + tax, ts.money)]]


# --------------------------------------------------------------------------- PDF layouts

PO_LABELS = ["PO Number:", "Purchase Order No.", "PO #:", "P.O. Number:", "Order Number:"]
DATE_LABELS = ["Order Date:", "PO Date:", "Date:"]
REQ_LABELS = ["Delivery Date:", "Required By:", "Requested Delivery:", "Need by:", "Ship Date:"]
DATE_STYLES = ("iso", "us", "long", "short", "dmy")


def header_block(ctx: Ctx, spec: OrderSpec, style: random.Random) -> tuple[list[str], list[str], dict[str, Any]]:
    """Header label lines, ship-to lines and the label flags they imply."""
    ds = style.choice(DATE_STYLES)
    fields = [f"{style.choice(PO_LABELS)} {spec.po}", f"{style.choice(DATE_LABELS)} {fmt_date(spec.order_date, ds)}"]
    flags: dict[str, Any] = {"requested": style.random() < 0.5, "currency": None}
    if flags["requested"]:
        fields.append(f"{style.choice(REQ_LABELS)} {fmt_date(spec.requested_date, ds)}")
    if style.random() < 0.3:
        fields.append("Currency: USD")
        flags["currency"] = "USD"
    fields.append(f"Vendor: {SUPPLIER}")
    c = ctx.customers[spec.cid]
    ship = [c["ship_to_name"], c["street"], f"{c['city']}, {c['region']} {c['postal_code']}"]
    country = style.random() < 0.6
    if country:
        ship.append(style.choice(["United States", "USA", "US"]))
    flags["ship_to"] = True if country else "no-country"
    return fields, ship, flags


def reportlab_doc(spec: OrderSpec, ctx: Ctx) -> tuple[io.BytesIO, SimpleDocTemplate]:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, leftMargin=36, rightMargin=36, topMargin=36,
                            bottomMargin=36, title=f"Purchase Order {spec.po}",
                            author=ctx.customers[spec.cid]["name"])
    return buf, doc


def pdf_story_header(ctx: Ctx, spec: OrderSpec, style: random.Random) -> tuple[list[Any], dict[str, Any]]:
    st = getSampleStyleSheet()
    c = ctx.customers[spec.cid]
    fields, ship, flags = header_block(ctx, spec, style)
    story: list[Any] = [
        Paragraph(f"<b>{c['name']}</b>", st["Normal"]),
        Paragraph(style.choice(["Purchase Order", "PURCHASE ORDER", "Order"]), st["Title"]),
        Paragraph("<br/>".join(fields), st["Normal"]), Spacer(1, 8),
        Paragraph("<b>Ship To:</b><br/>" + "<br/>".join(ship), st["Normal"]), Spacer(1, 12),
    ]
    return story, flags


def pdf_ruled(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """reportlab GRID table, header labels, ship-to block, totals rows below the table."""
    buf, doc = reportlab_doc(spec, ctx)
    story, flags = pdf_story_header(ctx, spec, style)
    ts = table_style(style)
    data = [ts.headers] + [cells(ctx, ts, i, ln) for i, ln in enumerate(spec.lines, 1)]
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(table)
    totals = total_rows(ctx, ts, spec.lines)
    if totals:
        t2 = Table([r[-2:] for r in totals], hAlign="RIGHT")
        t2.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
        story += [Spacer(1, 6), t2]
    story += [Spacer(1, 12), Paragraph("Please confirm receipt of this order. Terms: Net 30.",
                                       getSampleStyleSheet()["Normal"])]
    doc.build(story)
    exp = expected_header(ctx, spec, customer=True, requested=flags["requested"], currency=flags["currency"],
                          ship_to=flags["ship_to"])
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    return bare_or_email(ctx, spec, name, style, buf.getvalue(), "pdf", exp)


def pdf_unruled(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """fpdf2: text at fixed x positions only, no ruling lines."""
    c = ctx.customers[spec.cid]
    fields, ship, flags = header_block(ctx, spec, style)
    pdf = FPDF(unit="mm", format="Letter")
    pdf.set_creation_date(FIXED_TS)
    pdf.set_title(f"Purchase Order {spec.po}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(15, 20, c["name"])
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(135, 20, "PURCHASE ORDER")
    pdf.set_font("Helvetica", "", 10)
    for i, txt in enumerate(fields):
        pdf.text(135, 28 + 5 * i, txt)
    pdf.text(15, 32, "Ship To:")
    for i, txt in enumerate(ship):
        pdf.text(15, 37 + 5 * i, txt)
    ts = table_style(style)
    widths = {"line": 10, "sku": 34, "desc": 70, "qty": 14, "uom": 12, "price": 22, "amount": 24}
    x, layout = 12.0, []
    for col in ts.columns:
        layout.append((x, widths[col], "R" if col in ("qty", "price", "amount", "line") else "L"))
        x += widths[col] + 2
    y = 40.0 + 5 * max(len(fields), len(ship) + 1) + 8

    def row(values: list[str], bold: bool = False, fit: bool = True) -> None:
        for (cx, w, align), v in zip(layout, values, strict=True):
            # A header or cell wider than its column is set smaller, as a report writer shrinks to fit:
            # fpdf2 does not clip, and text run over the next column ("zinc" + "bx" = "zincbx") is
            # unreadable to anyone. Totals labels may run into the empty cells to their right.
            size = 8.0
            pdf.set_font("Helvetica", "B" if bold else "", size)
            while fit and size > 5 and pdf.get_string_width(v) > w - 1:
                size -= 0.5
                pdf.set_font_size(size)
            pdf.set_xy(cx, y)
            pdf.cell(w, 5, v, align=align)

    row(ts.headers, bold=True)
    for i, ln in enumerate(spec.lines, 1):
        y += 6
        if y > 260:
            pdf.add_page()
            y = 20
            row(ts.headers, bold=True)
            y += 6
        row(cells(ctx, ts, i, ln))
    for r in total_rows(ctx, ts, spec.lines):
        y += 6
        row(r, bold=r[-2] == "Total", fit=False)
    pdf.set_font("Helvetica", "", 8)
    pdf.text(15, min(y + 14, 270), "Questions about this order: call our purchasing desk.")
    exp = expected_header(ctx, spec, customer=True, requested=flags["requested"], currency=flags["currency"],
                          ship_to=flags["ship_to"])
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    return bare_or_email(ctx, spec, name, style, bytes(pdf.output()), "pdf", exp)


def pdf_multipage(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """30-60 lines over several pages; the table header is repeated on every page."""
    buf, doc = reportlab_doc(spec, ctx)
    story, flags = pdf_story_header(ctx, spec, style)
    ts = table_style(style, allow_no_uom=False)
    data = [ts.headers] + [cells(ctx, ts, i, ln) for i, ln in enumerate(spec.lines, 1)]
    grid = style.random() < 0.5
    table = Table(data, repeatRows=1)
    rules: list[Any] = [("FONTSIZE", (0, 0), (-1, -1), 9), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    rules.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black) if grid else
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    table.setStyle(TableStyle(rules))
    story.append(table)
    totals = total_rows(ctx, ts, spec.lines)
    if totals:
        story += [Spacer(1, 6), Table([r[-2:] for r in totals], hAlign="RIGHT")]
    doc.build(story)
    exp = expected_header(ctx, spec, customer=True, requested=flags["requested"], currency=flags["currency"],
                          ship_to=flags["ship_to"])
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    return bare_or_email(ctx, spec, name, style, buf.getvalue(), "pdf", exp)


def pdf_wrapped(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """Long descriptions wrap onto a second line inside the description cell only."""
    buf, doc = reportlab_doc(spec, ctx)
    story, flags = pdf_story_header(ctx, spec, style)
    ts = table_style(style)
    cell_style = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=9.5)
    data: list[list[Any]] = [ts.headers]
    for i, ln in enumerate(spec.lines, 1):
        row: list[Any] = cells(ctx, ts, i, ln, desc=ctx.catalog[ln.sku].description)
        d = ts.columns.index("desc")
        row[d] = Paragraph(row[d], cell_style)
        data.append(row)
    # Each column at least as wide as its header (and the cell padding): a fixed 45 pt under "Qty
    # Ordered" printed it over the next header ("OrderedVendor"), which nobody can read.
    widths = [max({"line": 28, "sku": 95, "desc": 140, "qty": 45, "uom": 40, "price": 60, "amount": 65}[c],
                  stringWidth(head, "Helvetica-Bold", 8) + 14) for c, head in zip(ts.columns, ts.headers, strict=True)]
    table = Table(data, colWidths=widths, repeatRows=1)
    rules: list[Any] = [("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    if style.random() < 0.5:
        rules.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(rules))
    story.append(table)
    doc.build(story)
    exp = expected_header(ctx, spec, customer=True, requested=flags["requested"], currency=flags["currency"],
                          ship_to=flags["ship_to"])
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    for item, ln in zip(exp["lines"], spec.lines, strict=True):
        item["description"] = ctx.catalog[ln.sku].description
    return bare_or_email(ctx, spec, name, style, buf.getvalue(), "pdf", exp)


# --------------------------------------------------------------------------- spreadsheets

def xlsx_bytes(wb: Workbook) -> bytes:
    """The workbook's bytes, the same on every machine.

    openpyxl serialises its XML parts with lxml when lxml is importable and with the standard library
    otherwise, and the two differ in bytes ("<a/>" or "<a />", where namespaces are declared): the
    committed sample stopped matching the generator once the test extras (trytond) pulled lxml in. Every
    part is therefore written in canonical XML (C14N 2.0), which is one text whichever writer made it;
    the zip entries keep the demo writer's fixed time, and their host system is fixed too."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(wb))) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                data = canonical_xml(data)
            entry = zipfile.ZipInfo(info.filename, date_time=XLSX_ENTRY_TIME)
            entry.create_system = 3  # ZipInfo says 0 on Windows, 3 elsewhere: one value for every machine
            dst.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def canonical_xml(data: bytes) -> bytes:
    """C14N 2.0 of one XML part, with its XML declaration (C14N drops it) put back when it had one."""
    declaration = b""
    if data.startswith(b"<?xml"):
        declaration = data[: data.index(b"?>") + 2] + b"\n"
    return declaration + ElementTree.canonicalize(data.decode("utf-8")).encode("utf-8")


def sheet_value(ctx: Ctx, ts: TableStyleChoice, n: int, ln: Line, col: str) -> Any:
    p = ctx.catalog[ln.sku]
    return {"line": n, "sku": ln.written, "desc": short(p), "qty": ln.quantity, "uom": UOM_CELL[p.uom][ts.uom_form],
            "price": round(ln.price, 2), "amount": round(ln.price * ln.quantity, 2)}[col]


def xlsx_offset(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """Header fields as label/value cells on top; the table starts at row 6-12, column B-D."""
    wb = Workbook()
    ws = wb.active
    ws.title = style.choice(["PO", "Order", "Sheet1"])
    top, left = style.randint(6, 12), style.randint(2, 4)
    ws.cell(1, left, f"{ctx.customers[spec.cid]['name']} - Purchase Order")
    ws.cell(2, left, style.choice(["PO Number:", "PO #", "Purchase Order"]))
    ws.cell(2, left + 1, spec.po)
    ws.cell(3, left, style.choice(["Order Date:", "Date"]))
    real_date = style.random() < 0.6
    if real_date:
        ws.cell(3, left + 1, datetime.combine(spec.order_date, datetime.min.time())).number_format = "yyyy-mm-dd"
    else:
        ws.cell(3, left + 1, fmt_date(spec.order_date, style.choice(("us", "long", "iso"))))
    requested = style.random() < 0.5 and top >= 6
    if requested:
        ws.cell(4, left, style.choice(["Delivery Date:", "Need by"]))
        ws.cell(4, left + 1, fmt_date(spec.requested_date, style.choice(("us", "iso"))))
    ts = table_style(style)
    for j, head in enumerate(ts.headers):
        ws.cell(top, left + j, head)
    for i, ln in enumerate(spec.lines, 1):
        for j, col in enumerate(ts.columns):
            ws.cell(top + i, left + j, sheet_value(ctx, ts, i, ln, col))
    exp = expected_header(ctx, spec, customer=True, requested=requested)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    return bare_or_email(ctx, spec, name, style, xlsx_bytes(wb), "xlsx", exp)


def xlsx_plain(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """The table on row 1; a second sheet holds free-text notes. PO number as a column or in the email."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Order"
    ts = table_style(style)
    po_col = style.random() < 0.5
    headers = (["PO Number"] if po_col else []) + ts.headers
    ws.append(headers)
    for i, ln in enumerate(spec.lines, 1):
        ws.append(([spec.po] if po_col else []) + [sheet_value(ctx, ts, i, ln, c) for c in ts.columns])
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Deliver to the receiving dock, Mon-Fri 7:00-15:00."
    notes["A2"] = "Call the buyer for any substitutions."
    exp = expected_header(ctx, spec, customer=True, order_date=False)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    if not po_col:
        # the PO number lives only in the email body; a bare file says none
        kind, data, exp = bare_or_email(ctx, spec, name, style, xlsx_bytes(wb), "xlsx", exp, body_po=True)
        if kind == "xlsx":
            exp["po_number"] = None
        return kind, data, exp
    return bare_or_email(ctx, spec, name, style, xlsx_bytes(wb), "xlsx", exp)


def delimited(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str, *, delimiter: str, suffix: str,
              german: bool = False) -> tuple[str, bytes, dict[str, Any]]:
    if german:
        prices = style.random() < 0.8
        cols = ["sku", "desc", "qty", "uom"] + (["price"] if prices else [])
        heads = {"sku": "Artikelnummer", "desc": "Bezeichnung", "qty": "Menge", "uom": "Einheit", "price": "Preis"}
        ts = TableStyleChoice(cols, [heads[c] for c in cols], style.randrange(2), "de", prices)
    else:
        ts = table_style(style, money_styles=("plain", "us"))
    po_col = style.random() < 0.6
    date_col = po_col and style.random() < 0.5
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator=style.choice(["\r\n", "\n"]))
    extra = (["Bestellnummer" if german else "PO Number"] if po_col else []) + \
        (["Bestelldatum" if german else "Order Date"] if date_col else [])
    w.writerow(extra + ts.headers)
    ds = "de" if german else style.choice(("iso", "us"))
    for i, ln in enumerate(spec.lines, 1):
        head = ([spec.po] if po_col else []) + ([fmt_date(spec.order_date, ds)] if date_col else [])
        w.writerow(head + cells(ctx, ts, i, ln))
    data = out.getvalue().encode("utf-8")
    exp = expected_header(ctx, spec, customer=True, order_date=date_col)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    kind, raw, exp = bare_or_email(ctx, spec, name, style, data, suffix, exp, body_po=not po_col)
    if kind != "eml" and not po_col:
        exp["po_number"] = None
    return kind, raw, exp


def csv_us(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    return delimited(ctx, spec, style, name, delimiter=",", suffix="csv")


def csv_de(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    return delimited(ctx, spec, style, name, delimiter=";", suffix="csv", german=True)


def tsv(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    return delimited(ctx, spec, style, name, delimiter="\t", suffix="tsv")


# --------------------------------------------------------------------------- free-text emails

def text_email(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str, body: str, subject: str,
               from_: str, **flags: Any) -> tuple[str, bytes, dict[str, Any]]:
    msg = email(ctx, spec, name, from_, subject, body)
    exp = expected_header(ctx, spec, customer=True, **flags)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=False, descriptions=False)
    return "eml", finish(msg, name), exp


def email_terse(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    from_ = sender(ctx, spec.cid, style)
    patterns = ["{q} x {s}", "{s} qty {q}", "{s} - {q} {u}", "{q}x {s}", "{s}: {q}"]
    chosen = style.sample(patterns, 3)
    rows = []
    for i, ln in enumerate(spec.lines):
        u = UOM_ABBR[ctx.catalog[ln.sku].uom]
        rows.append(chosen[i % 3].format(q=ln.quantity, s=ln.written, u=u))
    with_date = style.random() < 0.6
    head = f"{style.choice(['PO', 'PO#', 'PO Number:', 'Our PO'])} {spec.po}\n"
    if with_date:
        head += f"Order Date: {fmt_date(spec.order_date, style.choice(('iso', 'us')))}\n"
    body = style.choice(["Hi,\n\nPlease ship:\n\n", "Order:\n\n", "Hello team,\n\nneed the following:\n\n"]) + \
        "\n".join(rows) + "\n\n" + head + "\n" + signature(ctx, spec.cid, from_)
    return text_email(ctx, spec, style, name, body, f"PO {spec.po}", from_, order_date=with_date)


def email_chatty(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    from_ = sender(ctx, spec.cid, style)
    sentences = []
    for i, ln in enumerate(spec.lines):
        uom = ctx.catalog[ln.sku].uom
        unit = f"{UOM_WORDS[uom]} of " if uom != "EA" else ""
        lead = "Please send" if i == 0 else style.choice(["We also need", "Could you add", "And", "Plus"])
        sentences.append(f"{lead} {ln.quantity} {unit}{ln.written}.")
    requested = style.random() < 0.5
    tail = f"Our PO number is {spec.po}."
    if requested:
        tail += f" We would need everything by {fmt_date(spec.requested_date, style.choice(('long', 'us')))}."
    body = (f"Good morning,\n\nHope you are well. {style.choice(['A few things for our site:', 'Quick order:'])}\n\n"
            + "\n".join(sentences) + "\n\n" + tail + "\n\n" + signature(ctx, spec.cid, from_))
    return text_email(ctx, spec, style, name, body, style.choice(["Supplies order", "Order", f"PO {spec.po}"]),
                      from_, order_date=False, requested=requested)


def email_german(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    from_ = sender(ctx, spec.cid, style)
    rows = []
    for ln in spec.lines:
        uom = ctx.catalog[ln.sku].uom
        rows.append(style.choice([f"{ln.quantity} x {ln.written}", f"{ln.quantity} {UOM_DE[uom]} {ln.written}"]))
    body = ("Guten Tag,\n\nBitte liefern Sie:\n\n" + "\n".join(rows) + "\n\n"
            f"Bestellnummer: {spec.po}\nBestelldatum: {fmt_date(spec.order_date, 'de')}\n"
            f"Lieferdatum: {fmt_date(spec.requested_date, 'de')}\n\nMit freundlichen Grüßen\n"
            f"{from_.split(' <')[0]}\n{ctx.customers[spec.cid]['name']}\n")
    return text_email(ctx, spec, style, name, body, f"Bestellung {spec.po}", from_, requested=True)


def email_romance(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    from_ = sender(ctx, spec.cid, style)
    french = style.random() < 0.5
    words = UOM_FR if french else UOM_ES
    rows = [f"{ln.quantity} {words[ctx.catalog[ln.sku].uom]} {ln.written}" for ln in spec.lines]
    if french:
        body = ("Bonjour,\n\nMerci de nous livrer :\n\n" + "\n".join(rows) + "\n\n"
                f"Numéro de commande : {spec.po}\nDate de commande : {fmt_date(spec.order_date, 'eu')}\n"
                f"Date de livraison souhaitée : {fmt_date(spec.requested_date, 'eu')}\n\nCordialement,\n"
                f"{from_.split(' <')[0]}\n")
        subject = f"Commande {spec.po}"
    else:
        body = ("Hola,\n\nPor favor envíen lo siguiente:\n\n" + "\n".join(rows) + "\n\n"
                f"Número de pedido: {spec.po}\nFecha del pedido: {fmt_date(spec.order_date, 'eu')}\n"
                f"Fecha de entrega: {fmt_date(spec.requested_date, 'eu')}\n\nSaludos,\n{from_.split(' <')[0]}\n")
        subject = f"Pedido {spec.po}"
    return text_email(ctx, spec, style, name, body, subject, from_, requested=True)


def email_html(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """multipart/alternative: a plain-text part and an HTML table."""
    from_ = sender(ctx, spec.cid, style)
    ts = table_style(style)
    ds = style.choice(DATE_STYLES)
    requested = style.random() < 0.5
    po_label = style.choice(["Purchase Order No.", "PO Number:", "PO #"])
    fields = [(po_label, spec.po), ("Order Date:", fmt_date(spec.order_date, ds))]
    if requested:
        fields.append((style.choice(REQ_LABELS), fmt_date(spec.requested_date, ds)))
    rows = [cells(ctx, ts, i, ln) for i, ln in enumerate(spec.lines, 1)]
    text = "Hello,\n\nPlease process the order below.\n\n" + "".join(f"{k} {v}\n" for k, v in fields) + "\n" + \
        "".join("  ".join(r) + "\n" for r in rows) + "\n" + signature(ctx, spec.cid, from_)
    head = "".join(f"<th>{h}</th>" for h in ts.headers)
    body_rows = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>\n" for r in rows)
    html = ("<html><body><p>Hello,</p><p>Please process the order below.</p>\n<p>"
            + "<br>\n".join(f"<b>{k}</b> {v}" for k, v in fields)
            + f"</p>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr>{head}</tr>\n{body_rows}"
            f"</table>\n<p>{signature(ctx, spec.cid, from_).replace(chr(10), '<br>')}</p></body></html>\n")
    msg = email(ctx, spec, name, from_, f"Purchase Order {spec.po}", text)
    msg.add_alternative(html, subtype="html")
    exp = expected_header(ctx, spec, customer=True, requested=requested)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=ts.prices)
    return "eml", finish(msg, name), exp


# --------------------------------------------------------------------------- structured documents

def x12_850(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """X12 850 with ISA/GS envelope; PO1 carries VP (our SKU) and sometimes BP (buyer part)."""
    el, seg, sub = style.choice([("*", "~", ">"), ("*", "~\n", ">"), ("|", "\n", "^"), ("*", "\n", ":")])
    c = ctx.customers[spec.cid]
    sender_id = re.sub(r"[^A-Z]", "", c["name"].upper())[:15]
    ctrl = 100 + spec.style_seed % 800000
    d = spec.order_date
    isa = el.join(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", f"{sender_id:<15}", "ZZ", f"{'NORTHWIND':<15}",
                   d.strftime("%y%m%d"), "0930", "U", "00401", f"{ctrl:09d}", "0", "P", sub])
    body = [["ST", "850", "0001"], ["BEG", "00", "SA", spec.po, "", d.strftime("%Y%m%d")]]
    currency = style.random() < 0.5
    if currency:
        body.append(["CUR", "BY", "USD"])
    requested = style.random() < 0.7
    if requested:
        body.append(["DTM", "002", spec.requested_date.strftime("%Y%m%d")])
    body += [["N1", "BY", c["name"], "92", spec.cid], ["N1", "ST", c["ship_to_name"], "92", f"{spec.cid}-ST"],
             ["N3", c["street"]], ["N4", c["city"], c["region"], c["postal_code"], c["country"]]]
    buyer_parts = style.random() < 0.5
    with_prices = style.random() < 0.8
    for i, ln in enumerate(spec.lines, 1):
        p = ctx.catalog[ln.sku]
        po1 = ["PO1", str(i), str(ln.quantity), X12_UOM[p.uom], f"{ln.price:.2f}" if with_prices else "",
               "PE" if with_prices else "", "VP", ln.sku]
        if buyer_parts:
            ln.buyer_part = f"{spec.cid[-1]}{abs(hash_sku(ln.sku)) % 90000 + 10000}"
            po1 += ["BP", ln.buyer_part]
        body.append(po1)
        body.append(["PID", "F", "", "", "", short(p)])
    body.append(["CTT", str(len(spec.lines))])
    body.append(["SE", str(len(body) + 1), "0001"])
    segments = [isa, el.join(["GS", "PO", sender_id, "NORTHWIND", d.strftime("%Y%m%d"), "0930", str(ctrl), "X",
                              "004010"])]
    segments += [el.join(s) for s in body]
    segments += [el.join(["GE", "1", str(ctrl)]), el.join(["IEA", "1", f"{ctrl:09d}"])]
    data = (seg.join(segments) + seg).encode("ascii")
    exp = expected_header(ctx, spec, customer=bool(ctx.senders), requested=requested,
                          currency="USD" if currency else None, ship_to=True)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=with_prices, buyer_parts=buyer_parts)
    return structured_delivery(ctx, spec, name, style, data, "edi", exp)


def hash_sku(sku: str) -> int:
    """A stable (not salted like hash()) number for a SKU, used for buyer part numbers."""
    return sum((i + 1) * ord(ch) for i, ch in enumerate(sku)) * 7919


def ubl_order(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """UBL 2.1 Order: header, buyer, delivery address, lines with SellersItemIdentification."""
    c = ctx.customers[spec.cid]
    period = style.choice(["one", "one", "range", "none"])
    delivery = (f"<cac:DeliveryLocation><cac:Address><cbc:StreetName>{c['street']}</cbc:StreetName>"
                f"<cbc:CityName>{c['city']}</cbc:CityName><cbc:PostalZone>{c['postal_code']}</cbc:PostalZone>"
                f"<cbc:CountrySubentity>{c['region']}</cbc:CountrySubentity><cac:Country>"
                f"<cbc:IdentificationCode>{c['country']}</cbc:IdentificationCode></cac:Country></cac:Address>"
                f"</cac:DeliveryLocation>")
    if period == "one":
        delivery += (f"<cac:RequestedDeliveryPeriod><cbc:EndDate>{spec.requested_date.isoformat()}</cbc:EndDate>"
                     f"</cac:RequestedDeliveryPeriod>")
    elif period == "range":
        delivery += (f"<cac:RequestedDeliveryPeriod><cbc:StartDate>{spec.requested_date.isoformat()}"
                     f"</cbc:StartDate><cbc:EndDate>{(spec.requested_date + timedelta(days=5)).isoformat()}"
                     f"</cbc:EndDate></cac:RequestedDeliveryPeriod>")
    delivery += f"<cac:DeliveryParty><cac:PartyName><cbc:Name>{c['ship_to_name']}</cbc:Name></cac:PartyName>" \
                "</cac:DeliveryParty>"
    with_prices = style.random() < 0.85
    buyer_parts = style.random() < 0.4
    lines = []
    for i, ln in enumerate(spec.lines, 1):
        p = ctx.catalog[ln.sku]
        price = (f"<cac:Price><cbc:PriceAmount currencyID=\"USD\">{ln.price:.2f}</cbc:PriceAmount></cac:Price>"
                 if with_prices else "")
        buyer = ""
        if buyer_parts:
            ln.buyer_part = f"B-{abs(hash_sku(ln.sku)) % 900000 + 100000}"
            buyer = f"<cac:BuyersItemIdentification><cbc:ID>{ln.buyer_part}</cbc:ID></cac:BuyersItemIdentification>"
        lines.append(
            f"  <cac:OrderLine>\n    <cac:LineItem>\n      <cbc:ID>{i}</cbc:ID>\n"
            f"      <cbc:Quantity unitCode=\"{UBL_UOM[p.uom]}\">{ln.quantity}</cbc:Quantity>\n"
            f"      {price}\n      <cac:Item><cbc:Name>{short(p).replace('&', '&amp;')}</cbc:Name>{buyer}"
            f"<cac:SellersItemIdentification><cbc:ID>{ln.sku}</cbc:ID></cac:SellersItemIdentification>"
            f"</cac:Item>\n    </cac:LineItem>\n  </cac:OrderLine>\n")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"\n'
        '       xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"\n'
        '       xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
        "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
        f"  <cbc:ID>{spec.po}</cbc:ID>\n  <cbc:IssueDate>{spec.order_date.isoformat()}</cbc:IssueDate>\n"
        "  <cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>\n"
        f"  <cac:BuyerCustomerParty><cac:Party><cac:PartyName><cbc:Name>{c['name']}</cbc:Name></cac:PartyName>"
        "</cac:Party></cac:BuyerCustomerParty>\n"
        f"  <cac:SellerSupplierParty><cac:Party><cac:PartyName><cbc:Name>{SUPPLIER}</cbc:Name></cac:PartyName>"
        "</cac:Party></cac:SellerSupplierParty>\n"
        f"  <cac:Delivery>{delivery}</cac:Delivery>\n" + "".join(lines) + "</Order>\n")
    exp = expected_header(ctx, spec, customer=bool(ctx.senders), requested=period == "one", currency="USD",
                          ship_to=True)
    exp["lines"] = expected_lines(ctx, spec.lines, prices=with_prices, buyer_parts=buyer_parts)
    return structured_delivery(ctx, spec, name, style, xml.encode("utf-8"), "xml", exp)


# --------------------------------------------------------------------------- not orders

def not_an_order(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    from_ = sender(ctx, spec.cid, style)
    sku = spec.lines[0].sku
    subject, body = style.choice([
        ("Thank you!", f"Hi team,\n\nThanks for turning PO {spec.po} around so quickly - the {sku} arrived a day "
                       "early.\nNo new order today, just wanted to say thanks.\n\n"),
        ("Meeting next week", f"Hello,\n\nCould we set up a call on {fmt_date(spec.requested_date, 'long')} to go "
                              "through next quarter's pricing?\n\n"),
        ("Newsletter: winter facility tips", "Our December newsletter: five tips for keeping loading docks safe "
                                             "in winter.\nUnsubscribe at any time.\n\n"),
        ("Invoice question", f"Hi,\n\nOn the invoice for PO {spec.po} the freight line looks doubled. Can you "
                             "check and send a corrected copy?\n\n"),
        ("Out of office", "I am out of the office until Monday with limited access to email. For urgent matters "
                          "please contact purchasing.\n\n"),
    ])
    msg = email(ctx, spec, name, from_, subject, body + signature(ctx, spec.cid, from_))
    return "eml", finish(msg, name), {"kind": "not_an_order"}


def invoice_pdf(ctx: Ctx, spec: OrderSpec, style: random.Random, name: str) -> tuple[str, bytes, dict[str, Any]]:
    """An invoice a vendor sent us: looks like an order table, but it is not one."""
    buf, doc = reportlab_doc(spec, ctx)
    st = getSampleStyleSheet()
    c = ctx.customers[spec.cid]
    story: list[Any] = [Paragraph("<b>Tri-State Freight Services</b>", st["Normal"]), Paragraph("INVOICE", st["Title"]),
                        Paragraph(f"Invoice No.: INV-{spec.style_seed % 90000 + 10000}<br/>Invoice Date: "
                                  f"{fmt_date(spec.order_date, 'us')}<br/>Your PO: {spec.po}<br/>Bill To: "
                                  f"{SUPPLIER}<br/>Due Date: {fmt_date(spec.requested_date, 'us')}", st["Normal"]),
                        Spacer(1, 12)]
    data = [["Description", "Qty", "Rate", "Amount"]]
    for ln in spec.lines[:4]:
        data.append([f"Freight {c['city']} - {short(ctx.catalog[ln.sku])[:30]}", "1", fmt_money(ln.price, "us"),
                     fmt_money(ln.price, "us")])
    table = Table(data)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [table, Spacer(1, 8), Paragraph("Amount due within 30 days. Thank you for your business.", st["Normal"])]
    doc.build(story)
    return "pdf", buf.getvalue(), {"kind": "invoice"}


# --------------------------------------------------------------------------- the corpus

Layout = Callable[[Ctx, OrderSpec, random.Random, str], tuple[str, bytes, dict[str, Any]]]
ORDER_LAYOUTS: dict[str, Layout] = {
    "pdf-ruled": pdf_ruled, "pdf-unruled": pdf_unruled, "pdf-multipage": pdf_multipage, "pdf-wrapped": pdf_wrapped,
    "xlsx-offset": xlsx_offset, "xlsx-plain": xlsx_plain, "csv-us": csv_us, "csv-de": csv_de, "tsv": tsv,
    "email-terse": email_terse, "email-chatty": email_chatty, "email-de": email_german,
    "email-fr-es": email_romance, "email-html": email_html, "x12-850": x12_850, "ubl-order": ubl_order,
}
OTHER_LAYOUTS: dict[str, Layout] = {"not-an-order": not_an_order, "invoice": invoice_pdf}
FREE_TEXT = {"email-terse", "email-chatty", "email-de", "email-fr-es"}
STRUCTURED = {"x12-850", "ubl-order"}


def new_spec(ctx: Ctx, rng: random.Random, layout: str) -> OrderSpec:
    cid = rng.choice(sorted(ctx.customers))
    order_date = date(2026, 11, 2) + timedelta(days=rng.randint(0, 40))
    if layout == "pdf-multipage":
        n = rng.randint(30, 60)
    else:
        n = rng.choice([1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 10, 12, 15, 20, 25])
    structured = layout in STRUCTURED
    sloppy = not structured and rng.random() < 0.15
    lines = make_lines(ctx, cid, rng, n, sloppy=sloppy, typos=not structured)
    return OrderSpec(cid, PO_STYLES[cid](rng), order_date, order_date + timedelta(days=rng.randint(5, 21)), lines,
                     rng.randrange(1 << 30), layout)


def repeat_spec(ctx: Ctx, rng: random.Random, earlier: OrderSpec) -> OrderSpec:
    """The same customer and wording again: a new PO, dates and quantities, mostly the same items."""
    order_date = date(2026, 11, 2) + timedelta(days=rng.randint(0, 40))
    lines = [replace(ln, quantity=rng.choice([1, 2, 4, 5, 6, 10, 12, 20, 24]), buyer_part=None)
             for ln in earlier.lines if rng.random() < 0.85] or [replace(earlier.lines[0], buyer_part=None)]
    return replace(earlier, po=PO_STYLES[earlier.cid](rng), order_date=order_date,
                   requested_date=order_date + timedelta(days=rng.randint(5, 21)), lines=lines)


def plan(documents: int, seed: int) -> list[str]:
    """Which layout each document gets: every order layout in turn, ~5 % not orders, ~2 % invoices."""
    rng = random.Random(f"plan-{seed}")
    order_names = list(ORDER_LAYOUTS)
    out: list[str] = []
    cycle: list[str] = []
    for kind in map(plan_kind, range(documents)):
        if kind != "order":
            out.append(kind)
        else:
            if not cycle:
                cycle = order_names[:]
                rng.shuffle(cycle)
            out.append(cycle.pop())
    return out


def documents_for(orders: int) -> int:
    """How many documents the plan needs to hold exactly `orders` purchase orders: where the not
    orders and invoices fall does not depend on the seed."""
    documents = count = 0
    while count < orders:
        count += plan_kind(documents) == "order"
        documents += 1
    return documents


def plan_kind(i: int) -> str:
    """What the plan's document i is: "order", "not-an-order" (~5 %) or "invoice" (~2 %)."""
    return "not-an-order" if i % 20 == 9 else "invoice" if i % 50 == 23 else "order"


# How often each customer orders, largest first: a few accounts send most of a supplier's orders.
CUSTOMER_SHARE = [0.30, 0.24, 0.16, 0.12, 0.10, 0.08]
# Each customer numbers its POs in sequence, in its own format.
PO_SEQUENCE = {"C001": "ACM-PO-{n}", "C002": "BB-{n}", "C003": "CFM-2026-{n:04d}", "C004": "DL-{n}",
               "C005": "EMS-PO-{n}", "C006": "HPP-{n}"}
# The layouts a customer's own purchasing system or habit produces, and how common each is.
HABIT_LAYOUTS = {name: 1.0 for name in ORDER_LAYOUTS} | {"pdf-multipage": 0.3, "email-de": 0.5, "email-fr-es": 0.5}
# A repeat customer's habitual quantity of an item, in the catalog's unit, by what the unit is: a few
# cases or dozens, a handful to a few dozen boxes, packs and rolls, tens to a couple of hundred single
# pieces. Drawn once per (customer, item), as a buyer settles on "our usual 6 cases".
HABIT_QUANTITY = {"CS": (1, 20), "DZ": (1, 10), "BX": (2, 40), "PK": (2, 40), "RL": (1, 24), "EA": (5, 200)}
# Each reorder is the habit times a moderate factor: lognormal with this sigma (two thirds of reorders
# within 0.7x-1.4x of the habit, 1 in 20 beyond 0.5x-2x, as a busy season doubles an order).
REORDER_SIGMA = 0.35
# Genuine outliers: this share of repeat lines carries a slipped zero (ten times the reorder) or a
# dropped one (a tenth of it, when it ends in 0). 1.5 % is an assumption, not a measurement: the middle
# of the 1-2 % often quoted for hand-keyed fields, set before any replay was run and not tuned to the
# touchless target. With ~5 lines an order (30-45 in a multi-page PDF) about 8 % of orders carry one,
# and the product should ask a clerk about each (unusual_quantity), so they cap touchless near 92 %.
OUTLIER_SHARE = 0.015


@dataclass
class Habits:
    """One repeat customer: who writes, in which layouts, what they reorder and how they write it."""

    cid: str
    layouts: list[str]
    basket: list[str]
    written: dict[str, str]
    sloppy: bool
    next_po: int
    # The habitual quantity of each item this customer has ordered (see habit_quantity).
    quantities: dict[str, int] = field(default_factory=dict)
    seed: int = 0


def sensible_quantity(quantity: float, uom: str) -> int:
    """A quantity rounded as a buyer writes it: whole cases, boxes and rolls; single pieces by the 5 or
    10 once there are more than a few dozen."""
    step = 10 if uom == "EA" and quantity >= 100 else 5 if uom == "EA" and quantity >= 30 else 1
    return max(step, int(round(quantity / step)) * step)


def habit_quantity(h: Habits, sku: str, uom: str) -> int:
    """This customer's usual quantity of the item, drawn once from its own RNG so that it does not
    depend on (or shift) the order in which the stream's other draws happen."""
    if sku not in h.quantities:
        low, high = HABIT_QUANTITY.get(uom, (1, 20))
        rng = random.Random(f"habit-quantity-{h.seed}-{h.cid}-{sku}")
        # Log-uniform: small habits are as common as large ones within the unit's range.
        h.quantities[sku] = sensible_quantity(math.exp(rng.uniform(math.log(low), math.log(high))), uom)
    return h.quantities[sku]


def reorder_quantity(h: Habits, sku: str, uom: str, rng: random.Random) -> tuple[int, bool]:
    """The quantity of one repeat line and whether it is a genuine outlier (a slipped or dropped zero)."""
    quantity = sensible_quantity(habit_quantity(h, sku, uom) * math.exp(rng.gauss(0.0, REORDER_SIGMA)), uom)
    if rng.random() >= OUTLIER_SHARE:
        return quantity, False
    if quantity % 10 == 0 and rng.random() < 0.5:
        return quantity // 10, True
    return quantity * 10, True


def make_habits(ctx: Ctx, seed: int) -> dict[str, Habits]:
    rng = random.Random(f"habits-{seed}")
    habits = {}
    names, weights = list(HABIT_LAYOUTS), list(HABIT_LAYOUTS.values())
    for cid in sorted(ctx.customers):
        ctx.senders[cid] = sender(ctx, cid, rng)
        layouts = sorted(set(rng.choices(names, weights, k=rng.choice([1, 2, 2, 3]))))
        contract = sorted(ctx.prices.get(cid, {}))
        pool = contract + rng.sample(ctx.skus, 40)
        basket = sorted(set(rng.sample(pool, min(len(pool), rng.randint(15, 40)))))
        sloppy = rng.random() < 0.2
        written = {}
        for sku in basket:
            form = sku
            if rng.random() < 0.03:
                form = typo(ctx, sku, rng) or sku
            if sloppy:
                form = rng.choice([form.lower(), form.replace("-", " "), form.lower().replace("-", " ")])
            written[sku] = form
        habits[cid] = Habits(cid, layouts, basket, written, sloppy, rng.randint(1000, 60000), seed=seed)
    return habits


def repeat_order(ctx: Ctx, habits: dict[str, Habits], rng: random.Random, day: date) -> OrderSpec:
    """A customer's next order: mostly items it always buys, written its usual way."""
    cids = sorted(habits)
    shares = (CUSTOMER_SHARE + [CUSTOMER_SHARE[-1]] * len(cids))[:len(cids)]  # any number of customers
    cid = rng.choices(cids, shares)[0]
    h = habits[cid]
    layout = rng.choice(h.layouts)
    n = rng.randint(30, 45) if layout == "pdf-multipage" else rng.choice([1, 2, 3, 3, 4, 4, 5, 5, 6, 8, 10, 12])
    lines: list[Line] = []
    structured = layout in STRUCTURED
    while len(lines) < n:
        sku = rng.choice(h.basket) if rng.random() < 0.9 else rng.choice(ctx.skus)
        if any(ln.sku == sku for ln in lines):
            if len(lines) >= len(h.basket):
                break
            continue
        written = sku if structured else h.written.get(sku, sku)
        if not structured and rng.random() < 0.01:  # a fresh slip of the keyboard now and then
            written = typo(ctx, sku, rng) or written
        qty, outlier = reorder_quantity(h, sku, ctx.catalog[sku].uom, rng)
        lines.append(Line(sku, written, qty, ctx.price(cid, sku), outlier=outlier))
    h.next_po += rng.randint(1, 9)
    po = PO_SEQUENCE.get(cid, cid + "-PO-{n}").format(n=h.next_po)
    return OrderSpec(cid, po, day, day + timedelta(days=rng.randint(5, 21)), lines, rng.randrange(1 << 30), layout)


def generate(out: Path, documents: int = 300, seed: int = 7, demo: Path = DEMO,
             repeat_customers: bool = False, outliers: dict[str, list[str]] | None = None) -> list[str]:
    """Write the corpus into `out`; returns the document file names.

    With repeat_customers, the stream is what one supplier receives over two months: six customers
    ordering at different rates, each always from the same person, in its own one to three layouts, mostly
    the same items written the same way in about their usual quantities (see reorder_quantity), POs
    numbered in sequence, everything by email. `outliers`, when given, receives each document's SKUs
    whose quantity is a genuine outlier (not in the labels: a label says what the document says)."""
    ctx = Ctx.load(demo)
    habits = make_habits(ctx, seed) if repeat_customers else {}
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo / "catalog.csv", out / "catalog.csv")
    shutil.copyfile(demo / "customers.csv", out / "customers.csv")
    # The contract prices the documents print: without them every printed price would look wrong.
    shutil.copyfile(demo / "price_lists.csv", out / "price_lists.csv")
    earlier: dict[str, list[OrderSpec]] = {}
    written = []
    for i, layout in enumerate(plan(documents, seed)):
        rng = random.Random(f"doc-{seed}-{i}")
        pool = earlier.get(layout, [])
        if habits:
            day = date(2026, 11, 2) + timedelta(days=60 * i // max(1, documents))
            spec = repeat_order(ctx, habits, rng, day)
            if layout in ORDER_LAYOUTS:
                layout = spec.layout
            else:
                spec = replace(spec, layout=layout)
        elif layout in ORDER_LAYOUTS and pool and rng.random() < 0.15:
            spec = repeat_spec(ctx, rng, rng.choice(pool))
        else:
            spec = new_spec(ctx, rng, layout)
            earlier.setdefault(layout, []).append(spec)
        name = f"{i + 1:04d}-{layout}"
        builder = ORDER_LAYOUTS.get(layout) or OTHER_LAYOUTS[layout]
        suffix, data, exp = builder(ctx, spec, random.Random(spec.style_seed), name)
        for line in exp.get("lines", []):
            assert line["sku"] in ctx.catalog, line
        (out / f"{name}.{suffix}").write_bytes(data)
        (out / f"{name}.expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
        written.append(f"{name}.{suffix}")
        if outliers is not None and any(ln.outlier for ln in spec.lines) and exp.get("kind") == "purchase_order":
            outliers[f"{name}.{suffix}"] = [ln.sku for ln in spec.lines if ln.outlier]
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    count = parser.add_mutually_exclusive_group()
    count.add_argument("--documents", type=int, default=300)
    count.add_argument("--orders", type=int, help="as many documents as hold this many purchase orders")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat-customers", action="store_true",
                        help="six repeat customers with their own senders, layouts, items and wording")
    args = parser.parse_args(argv)
    documents = documents_for(args.orders) if args.orders else args.documents
    names = generate(args.out, documents, args.seed, repeat_customers=args.repeat_customers)
    print(f"wrote {len(names)} documents to {args.out}")


if __name__ == "__main__":
    main()
