"""The file connector: the ERP stage as one order file in an outbox folder that another system imports.

Formats (`[connectors.file] format`): `json` (the webhook's order document), `csv` (one row per line,
header fields repeated), `ubl` (a UBL 2.1 Order), `x12` (an X12 850 in its ISA/GS envelope). The
bill-to, payment terms and notes go where each format keeps them: UBL AccountingCustomerParty,
PaymentTerms and Note; X12 N1*BT, ITD and MSG; CSV's last columns.

A reader of the outbox MUST see whole files only: each file is written under a hidden temporary name
(`.order-….part-…`, which no `*.json` / `*.csv` / `*.xml` / `*.x12` glob matches), fsynced, then
renamed into place, and the folder is fsynced, so a crash leaves either nothing or the whole file.

Exactly once: the file name comes from the stage's idempotency key, and after the rename a marker
named by the key's hash is written under `.sent/`. Running the stage again with the same key (a retry
after a crash between writing and committing) finds the marker or the file and writes nothing, even
when the importer has already taken the file away. An order a clerk fixed and approved again gets
one more file, `…-r2…`, the amended order in full. A buyer's change or cancellation applied after the
ERP took the order is one more file too, `order-7-revision-2…` (`amend_order`), under the same rules. An EDI
buyer's answers (997, 855, CONTRL, ORDRSP, OrderResponse) go to `answers/` under the outbox
(`deliver_answer`), each under its own name and marker.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import textwrap
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from sqlalchemy.orm import Session

from config import FileConnectorConfig
from models.status import RevisionKind
from models.tables import EdiAnswer, Order, OrderRevision
from orchestration.connectors.base import TransientError
from orchestration.connectors.payload import decimal_text, order_document, revision, revision_document

EXTENSIONS = {"json": "json", "csv": "csv", "ubl": "xml", "x12": "x12"}
SENT = ".sent"
ANSWERS = "answers"  # EDI answers to buyers (orchestration/edi_answers/)

UBL_ORDER = "urn:oasis:names:specification:ubl:schema:xsd:Order-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
# Our units to UN/ECE Recommendation 20 codes (what UBL expects), and to X12 data element 355.
UBL_UNITS = {"EA": "C62", "CS": "CS", "BX": "BX", "PK": "PK", "DZ": "DZN", "RL": "RO", "PR": "PR", "BG": "BG",
             "KG": "KGM", "M": "MTR", "GAL": "GLL", "PL": "XPX", "L": "LTR", "G": "GRM", "YD": "YRD", "FT": "FOT",
             "LB": "LBR", "SET": "SET", "KT": "KT", "BO": "XBO", "PAIL": "XPL", "CAN": "XCX", "DR": "XDR"}
X12_UNITS = {"EA": "EA", "CS": "CA", "BX": "BX", "PK": "PK", "DZ": "DZ", "RL": "RL", "PR": "PR", "BG": "BG",
             "GAL": "GA", "KG": "KG", "M": "MR", "PL": "PL", "DR": "DR", "SET": "ST", "KT": "KT", "BO": "BO",
             "PAIL": "PA", "CAN": "CN", "YD": "YD", "FT": "FT", "LB": "LB"}
ADDRESS_KEYS = ("name", "street", "city", "region", "postal_code", "country")
# Columns added later go at the end, so an importer that reads by position keeps working.
CSV_COLUMNS = ("order_id", "po_number", "customer_id", "customer_name", "order_date", "requested_date", "currency",
               "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_region", "ship_to_postal_code",
               "ship_to_country", "line_no", "sku", "customer_part", "description", "quantity", "uom", "unit_price",
               *(f"bill_to_{key}" for key in ADDRESS_KEYS), "payment_terms", "notes")
X12_MSG_LENGTH = 264  # MSG01's maximum: a longer note is cut at spaces over several MSG segments


def write_atomically(target: Path, data: bytes) -> None:
    """Whole file or nothing under `target`'s name, even if the process dies half way."""
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f".{target.name}.part-*"):  # left by a crash of an earlier attempt
        stale.unlink(missing_ok=True)
    temporary = folder / f".{target.name}.part-{uuid.uuid4().hex[:12]}"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    # The rename is durable only once the folder's entry is on disk too.
    folder_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(folder_fd)
    finally:
        os.close(folder_fd)


def _slug(text: str, limit: int = 40) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:limit] or "x"


class FileErp:
    """The ERP stage as a file in the outbox; the 'ERP order number' is the file's name."""

    def __init__(self, config: FileConnectorConfig, outbox: Path) -> None:
        self.config = config
        self.outbox = outbox
        self.extension = EXTENSIONS[config.format]
        self.render: Callable[[Order, int], bytes] = {
            "json": render_json, "csv": render_csv, "ubl": render_ubl,
            "x12": lambda order, version: render_x12(order, config.x12_sender_id, config.x12_receiver_id, version),
        }[config.format]

    def file_name(self, order: Order, idempotency_key: str, version: int = 1) -> str:
        po = f"-{_slug(order.po_number)}" if order.po_number else ""
        amended = f"-r{version}" if version > 1 else ""
        return f"{_slug(idempotency_key.replace(':', '-'), 60)}{amended}{po}.{self.extension}"

    def submit_order(self, session: Session, order: Order, idempotency_key: str) -> str:
        # An order approved again after a fix is an amendment: one more file, named -r2, -r3...
        version = revision(order)
        marked = idempotency_key + (f"#r{version}" if version > 1 else "")
        marker = self.outbox / SENT / hashlib.sha256(marked.encode()).hexdigest()[:40]
        if marker.exists():
            return marker.read_text().strip()
        name = self.file_name(order, idempotency_key, version)
        target = self.outbox / name
        try:
            if not target.exists():
                write_atomically(target, self.render(order, version))
            write_atomically(marker, name.encode())
        except OSError as exc:  # a full disk or a missing share: worth retrying once someone fixes it
            raise TransientError(f"cannot write to the outbox {self.outbox}: {exc}") from exc
        return name


    def amend_order(self, session: Session, order: Order, revision: OrderRevision, idempotency_key: str) -> None:
        """A buyer's change or cancellation applied after the ERP took the order: one more file, named by the
        revision's key (`order-7-revision-2…`): in JSON the revision and the order as it now stands; in the
        other formats the order as it now stands (a cancelled order's file says so in its name)."""
        marker = self.outbox / SENT / hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]
        if marker.exists():
            return
        cancelled = "-cancelled" if revision.kind == RevisionKind.CANCEL else ""
        po = f"-{_slug(order.po_number)}" if order.po_number else ""
        name = f"{_slug(idempotency_key.replace(':', '-'), 60)}{cancelled}{po}.{self.extension}"
        data = (json.dumps({"revision": revision_document(revision), "order": order_document(order)}, indent=2,
                           ensure_ascii=False, default=str).encode() if self.config.format == "json"
                else self.render(order, revision.number + 1))
        try:
            target = self.outbox / name
            if not target.exists():
                write_atomically(target, data)
            write_atomically(marker, name.encode())
        except OSError as exc:
            raise TransientError(f"cannot write to the outbox {self.outbox}: {exc}") from exc

    def deliver_answer(self, session: Session, order: Order | None, answer: EdiAnswer) -> None:
        """An EDI answer to the buyer (997, 855, CONTRL, ORDRSP, OrderResponse; `order` None: a 997 or CONTRL
        rejecting an interchange that became no order), written as it was rendered to the outbox's `answers/`
        folder, where the EDI translator or VAN client picks it up; the same answer again (a retry) writes
        nothing."""
        folder = self.outbox / ANSWERS
        marker = self.outbox / SENT / hashlib.sha256(answer.idempotency_key.encode()).hexdigest()[:40]
        if marker.exists():
            return
        try:
            target = folder / answer.file_name
            if not target.exists():
                write_atomically(target, answer.content)
            write_atomically(marker, answer.file_name.encode())
        except OSError as exc:
            raise TransientError(f"cannot write to the outbox {folder}: {exc}") from exc


# ---------------------------------------------------------------- formats


def render_json(order: Order, version: int = 1) -> bytes:
    return json.dumps({**order_document(order), "revision": version}, indent=2, ensure_ascii=False).encode()


def render_csv(order: Order, version: int = 1) -> bytes:
    """One row per line; an amendment is told by its file name (-r2), the rows are the order in full."""
    document = order_document(order)
    ship_to = document["ship_to"] or {}
    header = {key: document[key] for key in ("order_id", "po_number", "customer_id", "customer_name", "order_date",
                                             "requested_date", "currency")}
    header.update({f"ship_to_{key}": ship_to.get(key) for key in ADDRESS_KEYS})
    bill_to = document["bill_to"] or {}
    header.update({f"bill_to_{key}": bill_to.get(key) for key in ADDRESS_KEYS})
    header.update({key: document[key] for key in ("payment_terms", "notes")})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for line in document["lines"]:
        writer.writerow({**header, **{key: line[key] for key in ("line_no", "sku", "customer_part", "description",
                                                                 "quantity", "uom", "unit_price")}})
    return out.getvalue().encode()


def _order_stamp(order: Order) -> datetime:
    """The moment the documents say they were made: fixed per order, so a rewrite is byte for byte the same."""
    return order.created_at.replace(tzinfo=UTC) if order.created_at else datetime(1970, 1, 1, tzinfo=UTC)


def render_ubl(order: Order, version: int = 1) -> bytes:
    """A UBL 2.1 Order: the buyer's order as we booked it, our SKUs as the seller's item ids. An
    amendment says so in its Note and is the order in full."""
    ET.register_namespace("", UBL_ORDER)
    ET.register_namespace("cac", CAC)
    ET.register_namespace("cbc", CBC)
    currency = order.currency or (order.customer.currency if order.customer else None) or "USD"

    def cbc(parent: ET.Element, name: str, text: object, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{CBC}}}{name}", attrs)
        element.text = str(text)
        return element

    def cac(parent: ET.Element, name: str) -> ET.Element:
        return ET.SubElement(parent, f"{{{CAC}}}{name}")

    def postal(parent: ET.Element, name: str, address: dict[str, Any]) -> None:
        """A UBL AddressType, its elements in the schema's order."""
        element = cac(parent, name)
        for key, tag in (("street", "StreetName"), ("city", "CityName"), ("postal_code", "PostalZone"),
                         ("region", "CountrySubentity")):
            if address.get(key):
                cbc(element, tag, address[key])
        if address.get("country"):
            cbc(cac(element, "Country"), "IdentificationCode", address["country"])

    root = ET.Element(f"{{{UBL_ORDER}}}Order")
    cbc(root, "UBLVersionID", "2.1")
    cbc(root, "ID", order.po_number or f"OI-{order.id}")
    issued = order.order_date or _order_stamp(order).date()
    cbc(root, "IssueDate", issued.isoformat())
    cbc(root, "Note", f"order-intake order {order.id}" + (f", revision {version} (amended)" if version > 1 else ""))
    if order.notes:
        cbc(root, "Note", order.notes)  # the buyer's own, after ours
    cbc(root, "DocumentCurrencyCode", currency)
    buyer = cac(cac(root, "BuyerCustomerParty"), "Party")
    if order.customer_id:
        cbc(cac(buyer, "PartyIdentification"), "ID", order.customer_id)
    cbc(cac(buyer, "PartyName"), "Name",
        (order.customer.name if order.customer else None) or order.buyer_name or "unknown buyer")
    seller = cac(cac(root, "SellerSupplierParty"), "Party")
    cbc(cac(seller, "PartyIdentification"), "ID", "order-intake")
    bill_to = order.bill_to or {}
    if any(bill_to.get(key) for key in ADDRESS_KEYS):
        accounting = cac(cac(root, "AccountingCustomerParty"), "Party")
        if bill_to.get("name"):
            cbc(cac(accounting, "PartyName"), "Name", bill_to["name"])
        if any(bill_to.get(key) for key in ADDRESS_KEYS if key != "name"):
            postal(accounting, "PostalAddress", bill_to)
    ship_to = order.ship_to or {}
    if any(ship_to.get(key) for key in ADDRESS_KEYS) or order.requested_date:
        delivery = cac(root, "Delivery")
        if any(ship_to.get(key) for key in ADDRESS_KEYS):
            location = cac(delivery, "DeliveryLocation")
            if ship_to.get("name"):
                cbc(location, "Name", ship_to["name"])
            postal(location, "Address", ship_to)
        if order.requested_date:
            period = cac(delivery, "RequestedDeliveryPeriod")
            cbc(period, "StartDate", order.requested_date.isoformat())
            cbc(period, "EndDate", order.requested_date.isoformat())
    if order.payment_terms:
        cbc(cac(root, "PaymentTerms"), "Note", order.payment_terms)
    totals = [line.unit_price * line.quantity for line in order.lines
              if line.unit_price is not None and line.quantity is not None]
    if len(totals) == len(order.lines) and totals:
        monetary = cac(root, "AnticipatedMonetaryTotal")
        total = decimal_text(sum(totals, Decimal("0")).quantize(Decimal("0.01")))
        cbc(monetary, "LineExtensionAmount", total, currencyID=currency)
        cbc(monetary, "PayableAmount", total, currencyID=currency)
    for line in order.lines:
        item_line = cac(cac(root, "OrderLine"), "LineItem")
        cbc(item_line, "ID", line.line_no)
        uom = (line.uom or "EA").upper()
        cbc(item_line, "Quantity", decimal_text(line.quantity or Decimal("0")), unitCode=UBL_UNITS.get(uom, uom))
        if line.unit_price is not None and line.quantity is not None:
            amount = (line.unit_price * line.quantity).quantize(Decimal("0.01"))
            cbc(item_line, "LineExtensionAmount", decimal_text(amount), currencyID=currency)
            cbc(cac(item_line, "Price"), "PriceAmount", decimal_text(line.unit_price), currencyID=currency)
        item = cac(item_line, "Item")
        cbc(item, "Name", line.description or line.sku or f"line {line.line_no}")
        if line.customer_part:
            cbc(cac(item, "BuyersItemIdentification"), "ID", line.customer_part)
        if line.sku:
            cbc(cac(item, "SellersItemIdentification"), "ID", line.sku)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _x12(value: object) -> str:
    """An element value without the separators this writer uses (* ~ >) or line breaks."""
    return re.sub(r"[*~>\r\n]+", " ", "" if value is None else str(value)).strip()


def _x12_party(qualifier: str, address: dict[str, Any], default_name: str) -> list[list[Any]]:
    """An N1 loop: N1 name, N3 street, N4 city line."""
    party: list[list[Any]] = [["N1", qualifier, address.get("name") or default_name]]
    if address.get("street"):
        party.append(["N3", address["street"]])
    if any(address.get(key) for key in ("city", "region", "postal_code", "country")):
        party.append(["N4", address.get("city"), address.get("region"), address.get("postal_code"),
                      address.get("country")])
    return party


def render_x12(order: Order, sender_id: str, receiver_id: str, version: int = 1) -> bytes:
    """An X12 850 (version 004010) in its own interchange: `*` elements, `~` segments, `>` components.
    An amendment (revision 2 and on) is a replacing 850 (BEG01 05) with its own control number."""
    stamp = _order_stamp(order)
    # Unique per interchange, as receivers check: the order id and its revision.
    control = f"{(order.id * 100 + version) % 1_000_000_000:09d}"
    segments: list[list[Any]] = [
        ["ST", "850", "0001"],
        ["BEG", "00" if version == 1 else "05", "SA", order.po_number or f"OI-{order.id}", "",
         (order.order_date or stamp.date()).strftime("%Y%m%d")],
    ]
    currency = order.currency or (order.customer.currency if order.customer else None)
    if currency:
        segments.append(["CUR", "BY", currency])
    segments.append(["REF", "CO", f"OI-{order.id}"])  # our own order reference
    if order.payment_terms:
        segments.append(["ITD", *[""] * 11, order.payment_terms])  # ITD12: the terms in words
    if order.requested_date:
        segments.append(["DTM", "002", order.requested_date.strftime("%Y%m%d")])
    if order.notes:
        segments.append(["N9", "L1", "NOTES"])
        segments += [["MSG", chunk] for chunk in textwrap.wrap(_x12(order.notes), X12_MSG_LENGTH)]
    buyer_name = (order.customer.name if order.customer else None) or order.buyer_name or "unknown buyer"
    segments.append(["N1", "BY", buyer_name, *(["92", order.customer_id] if order.customer_id else [])])
    bill_to: dict[str, Any] = order.bill_to or {}
    if any(bill_to.get(key) for key in ADDRESS_KEYS):
        segments += _x12_party("BT", bill_to, buyer_name)
    ship_to: dict[str, Any] = order.ship_to or {}
    if any(ship_to.get(key) for key in ADDRESS_KEYS):
        segments += _x12_party("ST", ship_to, buyer_name)
    for line in order.lines:
        uom = (line.uom or "EA").upper()
        po1: list[Any] = ["PO1", line.line_no, decimal_text(line.quantity or Decimal("0")), X12_UNITS.get(uom, uom),
                          decimal_text(line.unit_price) or "", ""]
        if line.sku:
            po1 += ["VP", line.sku]
        if line.customer_part:
            po1 += ["BP", line.customer_part]
        segments.append(po1)
        if line.description:
            segments.append(["PID", "F", "", "", "", line.description[:80]])
    segments.append(["CTT", len(order.lines)])
    segments.append(["SE", len(segments) + 1, "0001"])
    isa = ["ISA", "00", " " * 10, "00", " " * 10, "ZZ", f"{_x12(sender_id)[:15]:<15}", "ZZ",
           f"{_x12(receiver_id)[:15]:<15}", stamp.strftime("%y%m%d"), stamp.strftime("%H%M"), "U", "00401", control,
           "0", "P", ">"]
    gs = ["GS", "PO", _x12(sender_id), _x12(receiver_id), stamp.strftime("%Y%m%d"), stamp.strftime("%H%M"),
          str(int(control)), "X", "004010"]
    trailer = [["GE", "1", str(int(control))], ["IEA", "1", control]]
    lines = ["*".join(isa)] + ["*".join(_x12(v) for v in seg).rstrip("*") for seg in [gs, *segments, *trailer]]
    return ("~\n".join(lines) + "~\n").encode()
