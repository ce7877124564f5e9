"""Runs a labelled corpus through intake, extraction, matching and the decision in a fresh
temporary database per folder, and scores every document against its expected.json."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from sqlalchemy import select

from bootstrap import load_master_data
from config import Settings
from evaluation.scoring import DocumentScore, ExtractedOrder, score_best, score_document
from matching.rematch import as_ordered
from models import reasons
from models.db import Database, upgrade_schema
from models.schemas import MessageSource
from models.status import MessageStatus
from models.tables import Document, InboundMessage, Order
from orchestration.accept import accept_message
from orchestration.pipeline import file_message

DOCUMENT_SUFFIXES = {".eml", ".pdf", ".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt", ".html", ".htm",
                     ".xml", ".edi", ".x12"}
MASTER_FILES = ("catalog.csv", "customers.csv")
_MEDIA_TYPES = {
    ".pdf": "application/pdf", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12", ".xls": "application/vnd.ms-excel",
    ".csv": "text/csv", ".tsv": "text/tab-separated-values", ".txt": "text/plain", ".html": "text/html",
    ".htm": "text/html", ".xml": "application/xml", ".edi": "application/edi-x12", ".x12": "application/edi-x12",
}


@dataclass
class CorpusReport:
    documents: list[DocumentScore] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        from evaluation.report import summarise

        return summarise(self.documents)


def labelled_documents(folder: Path, labels: Path | None = None) -> Iterator[tuple[Path, Path]]:
    """(document, expected.json) pairs. With `labels`, the labels live in their own tree that mirrors
    the corpus (for a corpus that is read-only, or not ours to write into)."""
    root = labels or folder
    for expected in sorted(root.rglob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        doc_dir = folder / expected.parent.relative_to(root)
        # "<same name>.expected.json" is read both ways: "po.expected.json" beside "po.pdf", and the whole
        # file name kept, "po.pdf.expected.json" (EVAL_FORMAT allows either reading; writers use both).
        whole = doc_dir / stem
        if whole.suffix.lower() in DOCUMENT_SUFFIXES and whole.is_file():
            yield whole, expected
            continue
        for candidate in sorted(doc_dir.glob(glob_escape(stem) + ".*")):
            # Exactly "<stem>.<ext>": "po.output.xlsx" is another file, not the document "po.pdf".
            if candidate.suffix.lower() in DOCUMENT_SUFFIXES and candidate.name == stem + candidate.suffix:
                yield candidate, expected
                break


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _master_folder(doc_dir: Path, root: Path) -> Path | None:
    """The nearest folder, from the document's own up to the corpus root, with master data."""
    current = doc_dir
    while True:
        if any((current / name).exists() for name in MASTER_FILES):
            return current
        if current == root or root not in current.parents:
            return None
        current = current.parent


def as_message(path: Path) -> bytes:
    """A bare document arrives as an attachment of a message with no known sender."""
    if path.suffix.lower() == ".eml":
        return path.read_bytes()
    msg = EmailMessage()
    msg["From"] = "eval@corpus.invalid"
    msg["To"] = "orders@corpus.invalid"
    msg["Subject"] = f"Document {path.name}"
    msg["Message-ID"] = f"<{path.name}@corpus.invalid>"
    msg.set_content(f"Attached: {path.name}\n")
    maintype, subtype = _MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream").split("/")
    msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    return msg.as_bytes(policy=SMTP)


def _extracted(db: Database, message_id: int, has_catalog: bool) -> tuple[ExtractedOrder | None, str, str | None]:
    """The message's first order (what a clerk simulation follows), its extractor and the message's error."""
    orders, error = extracted_orders(db, message_id, has_catalog)
    got, extractor = orders[0] if orders else (None, "none")
    return got, extractor, error


def extracted_orders(db: Database, message_id: int, has_catalog: bool
                     ) -> tuple[list[tuple[ExtractedOrder, str]], str | None]:
    """Every order filed from the message, first filed first, each with the extractor of its document; and
    the message's error when it ended in one."""
    with db.session() as s:
        message = s.get(InboundMessage, message_id)
        assert message is not None
        error = message.error if message.status == MessageStatus.ERROR else None
        found = []
        for order in s.scalars(select(Order).where(Order.message_id == message_id).order_by(Order.id)):
            doc = s.get(Document, order.document_id) if order.document_id else None
            found.append((extracted_order(order, has_catalog), (doc.extractor if doc else "none") or "none"))
        return found, error


def extracted_order(order: Order, has_catalog: bool) -> ExtractedOrder:
    """The order as it stands, in the shape of an expected.json."""
    # Without a catalog there is nothing to match against: the code as written is the answer
    # (docs/evaluation.md: the seller's code, else the buyer's).
    # Quantities are labelled as ordered (EVAL_FORMAT.md): a line converted into our selling unit ("300
    # mailers" -> 6 bundles of 50) is scored on what the buyer wrote, which the line keeps beside it.
    lines = []
    for ln in order.lines:
        quantity, uom, price = as_ordered(ln)
        lines.append({"sku": ln.sku if has_catalog else (ln.item_code or ln.customer_part),
                      "customer_part": ln.customer_part, "description": ln.description, "quantity": quantity,
                      "uom": uom, "unit_price": price})
    return ExtractedOrder(
        customer_id=order.customer_id,
        customer_name=order.customer.name if order.customer else order.buyer_name,
        po_number=order.po_number, order_date=order.order_date, requested_date=order.requested_date,
        currency=order.currency, ship_to=order.ship_to, lines=lines, auto_approved=order.auto_approved,
        not_a_new_order=reasons.has(order, "not_a_new_order"),
        reasons=list(dict.fromkeys(r.code for r in order.reasons)),
    )


def run_corpus(folder: Path, console: Console | None = None, labels: Path | None = None) -> CorpusReport:
    folder = folder.resolve()
    labels = labels.resolve() if labels else None
    docs = list(labelled_documents(folder, labels))
    groups: dict[Path | None, list[tuple[Path, Path]]] = {}
    for doc, expected in docs:
        master = _master_folder(expected.parent, labels) if labels else None
        groups.setdefault(master or _master_folder(doc.parent, folder), []).append((doc, expected))
    report = CorpusReport()
    with tempfile.TemporaryDirectory(prefix="order-intake-eval-") as tmp, \
            Progress(console=console or Console(stderr=True), transient=True) as progress:
        task = progress.add_task("evaluating", total=len(docs))
        for n, (master, items) in enumerate(groups.items()):
            url = f"sqlite:///{tmp}/eval-{n}.db"
            upgrade_schema(url)
            db = Database(url)
            settings = Settings(home=Path(tmp), database_url=url, embedded_worker=False,
                                embedded_maildir_poller=False)
            if master is not None:
                load_master_data(db, master)
            has_catalog = master is not None and (master / "catalog.csv").exists()
            for doc, expected_path in items:
                report.documents.append(_score_one(db, settings, folder, doc, expected_path, has_catalog))
                progress.advance(task)
            db.dispose()
    return report


def ingest_document(db: Database, settings: Settings, doc: Path, source: str, name: str) -> int:
    """Accept one corpus document and read it through to the decision; returns its message id.

    Documents are processed in corpus order, as a mailbox would deliver them, each arriving on the day its
    Date header gives (a set written today may date its mail next week: read on today's date, its "for
    Thursday" would be counted from a day before it was sent); the stages after approval are not part of
    what is scored."""
    accepted = accept_message(db, as_message(doc), MessageSource(source, path=name), settings.mime_limits())
    with db.session() as s:
        message = s.get(InboundMessage, accepted.message_id)
        assert message is not None
        if message.sent_on is not None:
            message.received_at = datetime.combine(message.sent_on, message.received_at.time(),
                                                   tzinfo=message.received_at.tzinfo)
        file_message(s, message, settings)  # as the worker's process_message job does
    return accepted.message_id


def _score_one(db: Database, settings: Settings, root: Path, doc: Path, expected_path: Path,
               has_catalog: bool) -> DocumentScore:
    name = str(doc.relative_to(root))
    expected = json.loads(expected_path.read_text())
    suffix = doc.suffix.lower().lstrip(".")
    try:
        message_id = ingest_document(db, settings, doc, "eval", name)
        orders, error = extracted_orders(db, message_id, has_catalog)
    except Exception as exc:  # scored as an error: the contract is that nothing raises
        return score_document(name, suffix, expected, None, error=f"{type(exc).__name__}: {exc}")
    # A message of several orders: its label is the first, paired with the order that agrees best.
    def fmt(extractor: str) -> str:
        return f"eml/{extractor}" if suffix == "eml" else suffix

    score = score_best(name, fmt("none"), expected, [(got, fmt(extractor)) for got, extractor in orders],
                       error=error)
    with db.session() as s:
        message = s.get(InboundMessage, message_id)
        score.revision_filed = not orders and message is not None and message.about_order_id is not None
    return score
