"""The `order-intake` command: serve, worker, ingest, extract, orders, eval, imports, users, tokens, mailboxes, jobs
(docs/cli.md is generated from it).

Start-up costs nothing a command does not use: this module imports only typer, rich's console and the job
statuses (for a default), so `order-intake --help` stays fast. The settings (pydantic), the database
(SQLAlchemy), the worker and the extractors are imported inside the commands that use them
(tests/unit/test_cli_startup.py keeps it so)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from models.status import JobStatus

if TYPE_CHECKING:
    from config import Settings
    from models.db import Database

app = typer.Typer(help="Purchase orders from email into validated sales orders.", no_args_is_help=True)
catalog_app = typer.Typer(help="The product catalog.")
customers_app = typer.Typer(help="Customers and their price lists.")
token_app = typer.Typer(help="API tokens.")
user_app = typer.Typer(help="Review-screen users.")
jobs_app = typer.Typer(help="The job queue: dead letters and retrying them.")
messages_app = typer.Typer(help="Inbound messages: read one again, or turn a closed one into an order.")
app.add_typer(catalog_app, name="catalog")
app.add_typer(customers_app, name="customers")
app.add_typer(token_app, name="token")
app.add_typer(user_app, name="user")
app.add_typer(jobs_app, name="jobs")
app.add_typer(messages_app, name="messages")
console = Console()


def get_settings() -> Settings:
    """The settings, imported when a command needs them (pydantic's import is a tenth of a second)."""
    from config import get_settings as settings

    return settings()


def _db() -> Database:
    from bootstrap import open_database

    return open_database(get_settings())


def _with_slots(settings: Settings, slots: int | None) -> Settings:
    """The settings with the command line's --connector-slots, when given, over the configured one."""
    return settings if slots is None else settings.model_copy(update={"worker_connector_slots": slots})


@app.command()
def serve(
    demo: Annotated[bool, typer.Option(help="Load the demo data and drop the demo emails in the Maildir.")] = False,
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    connector_slots: Annotated[int | None, typer.Option(
        min=0, max=32, help="Connector lanes per worker process (worker_connector_slots; 0: one lane runs every "
                            "job).")] = None,
) -> None:
    """Run the web app, the Maildir poller and a worker in one process (the embedded default)."""
    import uvicorn

    from app import create_app
    from bootstrap import DEMO_ADMIN, DEMO_CLERK, load_demo, queue_demo_emails
    from logs import setup_logging

    settings = _with_slots(get_settings(), connector_slots)
    setup_logging(settings.log_format, settings.log_level)  # text, or JSON lines with the order id
    db = _db()
    if demo and "maildir" not in settings.sender_auth.trusted_mailboxes:
        # The demo fills its Maildir with its own sample emails, unsigned: its senders are taken as they are,
        # so that its touchless orders flow. Mail from a real mailbox is checked as configured.
        sender_auth = settings.sender_auth.model_copy(
            update={"trusted_mailboxes": [*settings.sender_auth.trusted_mailboxes, "maildir"]})
        settings = settings.model_copy(update={"sender_auth": sender_auth})
        console.print("  demo: mail dropped in the Maildir is taken as from authenticated senders "
                      "(sender_auth.trusted_mailboxes)")
    if demo:
        for report in load_demo(db, settings):
            console.print(f"  loaded {report}")
        queued = queue_demo_emails(settings)
        console.print(f"  {queued} demo emails dropped into {settings.resolved_maildir / 'new'}")
    host, port = host or settings.host, port or settings.port
    console.print(f"\n[bold]order-intake[/bold] on [link]http://{host}:{port}[/link]  (API docs: /docs)")
    console.print(f"  database: {settings.resolved_database_url}")
    console.print(f"  Maildir watched: {settings.resolved_maildir}")
    if demo:
        console.print(f"  demo clerk login: [bold]{DEMO_CLERK[0]}[/bold] / [bold]{DEMO_CLERK[1]}[/bold]")
        console.print(f"  demo admin login: [bold]{DEMO_ADMIN[0]}[/bold] / [bold]{DEMO_ADMIN[1]}[/bold]\n")
    uvicorn.run(create_app(settings, db), host=host, port=port, log_level="warning")


@app.command()
def worker(concurrency: Annotated[int, typer.Option(
        help="Worker processes (PostgreSQL only above 1; processes, since a stage holds the GIL).")] = 1,
    connector_slots: Annotated[int | None, typer.Option(
        min=0, max=32, help="Connector lanes per worker process (worker_connector_slots; 0: one lane runs every "
                            "job).")] = None,
) -> None:
    """Run workers against the configured database until SIGTERM (finishes the current job first). Each
    process runs a message lane and --connector-slots connector lanes (threads)."""
    from logs import setup_logging
    from orchestration.worker import run_workers

    settings = _with_slots(get_settings(), connector_slots)
    setup_logging(settings.log_format, settings.log_level)
    db = _db()
    try:
        code = run_workers(settings, concurrency, db if concurrency == 1 else None)
    except ValueError as exc:
        typer.echo(f"order-intake worker: {exc}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(code)


@app.command()
def ingest(
    source: Annotated[str, typer.Argument(
        help="An .eml file, a Maildir, a folder of .eml files, or imap\\[s]://USER@HOST:PORT/FOLDER.")],
    process: Annotated[bool, typer.Option(help="Also process the queued messages before exiting.")] = True,
    ca_file: Annotated[Path | None, typer.Option(help="For imaps://: a CA certificate to trust.")] = None,
) -> None:
    """Ingest messages once and exit. An IMAP folder is only read: nothing on the server changes."""
    if source.startswith(("imap://", "imaps://")):
        db = _ingest_imap(source, ca_file)
    else:
        db = _ingest_files(Path(source))
    if process:
        # The worker brings the extractors, matching and spaCy: imported only when messages are processed.
        from orchestration.worker import Worker

        # The database the messages went into, not a second one: opening it runs the schema upgrade again.
        done = Worker(db, get_settings()).run_until_idle()
        console.print(f"{done} job(s) run")


def _ingest_imap(url: str, ca_file: Path | None) -> Database:
    import os

    from pydantic import SecretStr

    from config import MailboxConfig
    from intake.imap import fetch_all, parse_imap_url
    from models.schemas import MessageSource
    from orchestration.accept import accept_message

    try:
        target = parse_imap_url(url)
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    password = os.environ.get("ORDER_INTAKE_IMAP_PASSWORD") or typer.prompt(
        f"IMAP password for {target.user}@{target.host}", hide_input=True)
    config = MailboxConfig(name=f"ingest-{target.host}", host=target.host, port=target.port,
                           security="tls" if target.secure else "none", ca_file=ca_file, user=target.user,
                           password=SecretStr(password), folder=target.folder)
    from rich.progress import Progress

    db = _db()
    new = seen = 0
    with Progress(console=console) as progress:
        task = progress.add_task(f"{target.host}/{target.folder}", total=None)
        try:
            for fetched in fetch_all(config):
                progress.update(task, total=fetched.total)
                # The mailbox is named by its login, as a person names it: the dashboard shows where it came from.
                source = MessageSource("imap", mailbox=f"{target.user}@{target.host}", folder=target.folder,
                                       uidvalidity=fetched.uidvalidity, uid=fetched.uid)
                accepted = accept_message(db, fetched.raw, source, get_settings().mime_limits(),
                                          get_settings().sender_auth)
                new += accepted.created
                seen += 1
                progress.advance(task)
        except Exception as exc:
            from intake.imap import scrub

            console.print(f"[red]IMAP: {scrub(exc, config)}[/red]")
            raise typer.Exit(1) from None
    console.print(f"{seen} message(s), {new} new, {seen - new} already held")
    return db


def _ingest_files(path: Path) -> Database:
    from rich.progress import Progress

    from models.schemas import MessageSource
    from orchestration.accept import accept_message

    if not path.exists():
        console.print(f"[red]{path} does not exist[/red]")
        raise typer.Exit(2)
    if path.is_file():
        files = [path]
    elif (path / "new").is_dir() or (path / "cur").is_dir():
        files = sorted(p for sub in ("new", "cur") for p in (path / sub).glob("*") if p.is_file())
    else:
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".eml")
    db = _db()
    new = 0
    with Progress(console=console) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for f in files:
            accepted = accept_message(db, f.read_bytes(), MessageSource("cli", path=str(f)),
                                      get_settings().mime_limits(), get_settings().sender_auth)
            new += accepted.created
            progress.advance(task)
    console.print(f"{len(files)} file(s), {new} new message(s), {len(files) - new} already held")
    return db


@app.command(short_help="Show what was read from each file and where, with its doubts; no database.")
def extract(
    files: Annotated[list[Path], typer.Argument(
        help="Emails (.eml, Maildir files) and documents (PDF, XLSX, XLS, CSV, TSV, HTML, XML, EDI, TXT, zip...).",
        metavar="FILE", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file, one per line (schema: "
                                                           "docs/cli.md).")] = False,
) -> None:
    """Show what was read from each file and where, without a database (no matching, nothing stored): its
    parts (an email's body and attachments), the extractor that read each, the header fields and lines with
    their confidence and provenance (page and box, sheet and cell, row, characters), and the doubts the
    extractor raised. Exits 1 when any file, or any part of one, could not be read; the others are still read."""
    from orchestration.extraction_report import read_file

    settings = get_settings()
    limits, read_limits = settings.mime_limits(), settings.read_limits()
    failed = 0
    for path in files:
        report = read_file(path, limits, read_limits)
        failed += not report.ok
        if as_json:
            print(json.dumps(report.to_json()), flush=True)  # ASCII: valid whatever the terminal's encoding
        else:
            _print_extraction(report.to_json())
    if failed:
        if not as_json:
            console.print(f"[red]{failed} of {len(files)} file(s) could not be read in full[/red]")
        raise typer.Exit(1)


def _print_extraction(report: dict[str, Any]) -> None:
    """One file's report as people read it: a title, then per part a header table, a lines table and the
    doubts (the same content as the JSON, which is the reference)."""
    from rich.markup import escape

    title = f"[bold]{escape(report['file'])}[/bold]" + (f"  ({report['kind']})" if report["kind"] else "")
    console.rule(title, align="left")
    message = report["message"]
    if message:
        console.print(f"from {escape(message['from'] or '?')}  subject {escape(message['subject'] or '')!r}"
                      f"  sent {message['sent_on'] or '?'}"
                      + (f"  forwarded from {escape(message['forwarded_from'])}" if message["forwarded_from"] else ""))
        if message["not_an_order"]:
            console.print(f"[yellow]not an order: {escape(message['not_an_order'])}[/yellow]")
    for sentence in report["defects"] + report["refused"]:
        console.print(f"[yellow]message: {escape(sentence)}[/yellow]")
    for part in report["parts"]:
        name = part["filename"] or part["role"].replace("_", " ")
        console.print(f"\npart {part['index']}: [bold]{escape(name)}[/bold] ({escape(part['media_type'])}, "
                      f"{part['bytes']} bytes), read by [bold]{part['extractor']}[/bold]")
        for n, order in enumerate(part["orders"]):
            if len(part["orders"]) > 1:
                console.print(f"order {n + 1} of {len(part['orders'])} in this document")
            _print_order(order, shown_error=part["error"])
    if report["error"]:
        console.print(f"[red]error: {escape(report['error'])}[/red]")


def _print_order(order: dict[str, Any], shown_error: str | None) -> None:
    """One reading's header, lines and doubts; its error unless it is the part's (the file's error says it)."""
    from rich import box
    from rich.markup import escape

    # No column rules and little padding: the lines table fits 80 columns with the item code whole.
    compact: dict[str, Any] = {"title_justify": "left", "box": box.SIMPLE_HEAD, "pad_edge": False,
                               "collapse_padding": True}
    header = Table("field", "value", "confidence", "where", title="header", **compact)
    for name, found in order["header"].items():
        if found is not None:
            text = _shown(found["value"])
            if found["written"]:
                text += f"  (written {found['written']})"
            header.add_row(name, escape(text), f"{found['confidence']:.2f}", _where(found["provenance"]))
    if header.row_count:
        console.print(header)
    if order["lines"]:
        lines = Table("#", "item", "qty", "uom", "price", "total", "conf", "where", "description",
                      title="lines", **compact)
        # An item code cut short would read as another code: its column is as wide as the longest one, and
        # the description, last, takes what is left.
        codes = [ln["fields"]["item_code"]["value"] or ln["fields"]["customer_part"]["value"] or ""
                 for ln in order["lines"]]
        lines.columns[1].min_width = min(max(map(len, codes)), 24)
        lines.columns[1].overflow = lines.columns[7].overflow = "fold"
        for n, line in enumerate(order["lines"], 1):
            f = {name: found["value"] for name, found in line["fields"].items()}
            lines.add_row(str(n), escape(f["item_code"] or f["customer_part"] or ""), f["quantity"] or "",
                          f["uom"] or "", f["unit_price"] or "", f["line_total"] or "", f"{line['confidence']:.2f}",
                          _where(line["provenance"]), escape(f["description"] or ""))
        console.print(lines)
    elif not order["error"]:
        console.print("no order lines read")
    said = [f"says it is {order['document_kind']}" if order["document_kind"] else None,
            f"purpose {order['purpose']['kind']} ({order['purpose']['written']})" if order["purpose"] else None,
            "read by OCR from a scan: every value may be misread" if order["read_by_ocr"] else None]
    passed = order.get("limit_passed")
    too_large = [f"too large to read whole: {passed}"] if passed and order["lines"] else []
    for sentence in [s for s in said if s] + too_large + [f"note: {n}" for n in order["notes"]]:
        console.print(f"[yellow]{escape(sentence)}[/yellow]")
    for text in order["unread"]:
        console.print(f"[yellow]not read as a line: {escape(text)}[/yellow]")
    for mention in order["stated"]:
        console.print(f"stated {mention['kind']}: {escape(mention['text'])!r} ({_where(mention['provenance'])})")
    if order["error"] and order["error"] != shown_error:
        console.print(f"[red]{escape(order['error'])}[/red]")


def _shown(value: object) -> str:
    """A header value in one line: an address's parts, party ids by kind."""
    if isinstance(value, dict):
        if set(value) == {"edi", "account", "tax"}:
            return "; ".join(f"{kind} {', '.join(ids)}" for kind, ids in value.items() if ids)
        return ", ".join(str(v) for v in value.values() if v)
    return str(value)


def _where(provenance: dict[str, Any] | None) -> str:
    """A provenance in a few characters, its most precise place first (the JSON has all of it): page and box,
    sheet!cell, an element or a cell (R2C3, BEG03), a table row, a character span."""
    if not provenance:
        return ""
    said = []
    if "page" in provenance:
        said.append(f"p{provenance['page']}")
    if "bbox" in provenance:
        said.append(", ".join(f"{v:.0f}" for v in provenance["bbox"]))
    if "cell" in provenance:
        said.append(f"{provenance['sheet']}!{provenance['cell']}" if "sheet" in provenance else str(provenance["cell"]))
    elif "row" in provenance and "bbox" not in provenance:
        said.append(f"row {provenance['row']}")
    if "span" in provenance and not said:
        said.append(f"chars {provenance['span'][0]}-{provenance['span'][1]}")
    return " ".join(said)


@app.command()
def mailboxes(as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False) -> None:
    """Each configured IMAP mailbox: connected, last poll, last error, messages today."""
    from intake.mailbox_status import mailbox_states

    settings = get_settings()
    with _db().session() as s:
        states = mailbox_states(s, settings)
    if as_json:
        print(json.dumps([m.model_dump(mode="json") for m in states], indent=2))
        return
    if not states:
        console.print("no IMAP mailbox configured (\\[\\[mailboxes]] in the configuration file)")
        return
    table = Table("name", "server", "folder", "state", "last poll", "today", "last error")
    for m in states:
        table.add_row(m.name, f"{m.user}@{m.host}:{m.port}", m.folder,
                      ("connected" + (" (IDLE)" if m.idle else "")) if m.connected else "disconnected",
                      m.last_poll_at.strftime("%Y-%m-%d %H:%M:%S") if m.last_poll_at else "never",
                      str(m.messages_today), m.last_error or "")
    console.print(table)


@app.command()
def orders(
    status: Annotated[str | None, typer.Option(help="Only orders in this status.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List orders: id, customer, PO number, status, line count, confidence (and, in JSON, whether the
    email's sender was verified, and the order's revisions: how many, the latest, any waiting for a clerk)."""
    from sqlalchemy import select

    from models.status import RevisionStatus
    from models.tables import InboundMessage, Order, OrderRevision
    from orchestration.connectors.payload import revision_document

    db = _db()
    with db.session() as s:
        q = select(Order).order_by(Order.id)
        if status:
            q = q.where(Order.status == status)
        orders_found = list(s.scalars(q))
        message_ids = {o.message_id for o in orders_found if o.message_id}
        senders = {m.id: m.sender_verified for m in s.scalars(select(InboundMessage).where(
            InboundMessage.id.in_(message_ids)))} if message_ids else {}
        revised: dict[int, list[OrderRevision]] = {}
        for revision in s.scalars(select(OrderRevision).order_by(OrderRevision.order_id, OrderRevision.number)):
            revised.setdefault(revision.order_id, []).append(revision)
        rows = [
            {"id": o.id, "customer": o.customer.name if o.customer else None, "po_number": o.po_number,
             "status": o.status, "lines": len(o.lines), "confidence": round(o.confidence, 3),
             # True / False: the email's sender was / was not authenticated as its From domain; None: not
             # checked (not mail, or from before senders were checked).
             "sender_verified": senders.get(o.message_id) if o.message_id else None,
             # The buyer's changes and cancellations kept on the order (orchestration/revisions.py).
             "revisions": {"count": len(kept := revised.get(o.id, [])),
                           "latest": revision_document(kept[-1]) if kept else None,
                           "pending": [revision_document(r) for r in kept if r.status == RevisionStatus.PENDING]}}
            for o in orders_found
        ]
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table("id", "customer", "PO number", "status", "lines", "confidence", "revisions")
    for r in rows:
        count, waiting = r["revisions"]["count"], len(r["revisions"]["pending"])
        revised = (f"{count}" + (f" ({waiting} waiting)" if waiting else "")) if count else ""
        table.add_row(str(r["id"]), r["customer"] or "—", r["po_number"] or "—", r["status"], str(r["lines"]),
                      f"{r['confidence']:.2f}", revised)
    console.print(table)


@app.command(name="eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A labelled corpus folder (format: docs/evaluation.md).")],
    json_path: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON.")] = None,
    labels: Annotated[Path | None, typer.Option(
        help="Labels kept in their own folder mirroring the corpus (for a read-only corpus).")] = None,
) -> None:
    """Score extraction, matching and the decision on a labelled corpus, in a fresh temporary database."""
    from evaluation.report import print_report
    from evaluation.runner import run_corpus

    if not folder.is_dir():
        console.print(f"[red]{folder} is not a folder[/red]")
        raise typer.Exit(2)
    if labels is not None and not labels.is_dir():
        console.print(f"[red]{labels} is not a folder[/red]")
        raise typer.Exit(2)
    report = run_corpus(folder, console=console, labels=labels)
    print_report(report, console)
    if json_path:
        json_path.write_text(json.dumps(report.to_json(), indent=2))
        console.print(f"report written to {json_path}")


@jobs_app.command("list")
def jobs_list(
    status: Annotated[str, typer.Option(help="dead (the dead letters), queued, running, done, or all.")] = (
        JobStatus.DEAD),
    order: Annotated[int | None, typer.Option(help="Only this order's jobs.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List jobs (the dead letters unless --status says otherwise) with their attempts and last error."""
    from dataclasses import asdict

    from orchestration.dead_letters import list_jobs

    with _db().session() as s:
        try:
            views = list_jobs(s, None if status == "all" else status, order, limit)
        except ValueError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
    if as_json:
        print(json.dumps([asdict(v) for v in views], indent=2, default=str))
        return
    if not views:
        console.print(f"no {status} jobs" if status != "all" else "no jobs")
        return
    table = Table("id", "kind", "order", "message", "status", "attempts", "last error")
    for v in views:
        table.add_row(str(v.id), v.kind, str(v.order_id or "—"), str(v.message_id or "—"), v.status,
                      f"{v.attempts}/{v.max_attempts}", (v.last_error or "")[:120])
    console.print(table)


@jobs_app.command("breakers")
def jobs_breakers(as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False
                  ) -> None:
    """Each connector's circuit breaker: closed (called), open until when (its jobs wait, not attempted),
    or half open (one trial call under way), with its failures in a row and the last error."""
    from orchestration.breakers import states

    with _db().session() as s:
        rows = [{"connector": b.connector, "state": b.state, "failures_in_a_row": b.consecutive_failures,
                 "opens": b.opens, "open_until": b.open_until, "last_error": b.last_error} for b in states(s)]
    if as_json:
        print(json.dumps(rows, indent=2, default=str))
        return
    if not rows:
        console.print("every connector closed: none has failed yet")
        return
    table = Table("connector", "state", "failures in a row", "open until (UTC)", "last error")
    for r in rows:
        table.add_row(r["connector"], r["state"], str(r["failures_in_a_row"]),
                      str(r["open_until"] or "—") if r["state"] != "closed" else "—", (r["last_error"] or "")[:120])
    console.print(table)


@jobs_app.command("retry")
def jobs_retry(job_id: Annotated[int, typer.Argument(help="A dead job's id (see `order-intake jobs list`).")]) -> None:
    """Queue a dead job again; its order goes back to the stage that failed, with a few more attempts."""
    import getpass

    from orchestration.dead_letters import RetryRefused, retry

    with _db().session() as s:
        try:
            view = retry(s, job_id, f"cli:{getpass.getuser()}")
        except RetryRefused as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
    console.print(f"job {view.id} ({view.kind}{f', order {view.order_id}' if view.order_id else ''}) queued again; "
                  f"a worker will run it")


_M = TypeVar("_M")


def _message_or_exit(message: _M | None, message_id: int) -> _M:
    if message is None:
        console.print(f"[red]no message {message_id}[/red]")
        raise typer.Exit(1)
    return message


@messages_app.command("reprocess")
def messages_reprocess(message_id: Annotated[int, typer.Argument(help="The message's id.")]) -> None:
    """Read a message again from its stored parts (a worker runs it); its order still in review is rejected
    as replaced. Refused when an order of the message is approved already."""
    import getpass

    from clerk.errors import ActionError
    from clerk.messages import reprocess
    from models.tables import InboundMessage

    with _db().session() as s:
        message = _message_or_exit(s.get(InboundMessage, message_id), message_id)
        try:
            done = reprocess(s, message, f"cli:{getpass.getuser()}")
        except ActionError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
    replaced = ", ".join(str(n) for n in done.replaced_order_ids)
    console.print(f"message {done.message_id} queued to be read again (job {done.job_id}); a worker will run it"
                  + (f"; order {replaced} rejected as replaced" if replaced else ""))


@messages_app.command("to-order")
def messages_to_order(message_id: Annotated[int, typer.Argument(help="A message closed as not an order or in "
                                                                     "error.")]) -> None:
    """Turn a message closed as not an order (or in error) into an order waiting in review, with what could
    be read from it, for a clerk to complete on the review screen."""
    import getpass

    from clerk.errors import ActionError
    from clerk.messages import to_order
    from models.tables import InboundMessage

    settings = get_settings()
    with _db().session() as s:
        message = _message_or_exit(s.get(InboundMessage, message_id), message_id)
        try:
            order = to_order(s, message, settings, f"cli:{getpass.getuser()}")
        except ActionError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
        console.print(f"order {order.id} made from message {message_id}, waiting in review "
                      f"({len(order.lines)} lines read)")


@catalog_app.command("import")
def catalog_import(file: Path, max_rows: Annotated[int, typer.Option(help="refuse larger files whole")] = 200_000
                   ) -> None:
    """Import or update products from CSV or XLSX (sku,description,uom,unit_price[,gtin,pack_size,weight_kg])."""
    from masterdata.catalog import import_catalog

    _import_file(file, "catalog", lambda s, path, progress: import_catalog(s, path, progress=progress,
                                                                              max_rows=max_rows))


@customers_app.command("import")
def customers_import(file: Path) -> None:
    """Import or update customers from CSV or XLSX (customer_id,name,email_domains,...)."""
    from masterdata.catalog import import_customers

    _import_file(file, "customers", import_customers)


@customers_app.command("import-prices")
def customers_import_prices(file: Path) -> None:
    """Import or update customer contract prices from CSV or XLSX (customer_id,sku,unit_price)."""
    from masterdata.catalog import import_price_list

    _import_file(file, "price lists", import_price_list)


@customers_app.command("import-aliases")
def customers_import_aliases(file: Path) -> None:
    """Import a customer's item cross-reference from CSV or XLSX (customer_id,customer_part,sku)."""
    from masterdata.catalog import import_item_aliases

    _import_file(file, "cross-references", import_item_aliases)


def _import_file(file: Path, what: str, importer) -> None:  # type: ignore[no-untyped-def]
    """Run one import in one transaction with a progress bar; a file refused whole (missing columns, an
    encoding that breaks, too many rows, not a readable file) is one clear line and exit code 1, and
    the import's transaction is rolled back, so nothing of it is kept."""
    from zipfile import BadZipFile

    from openpyxl.utils.exceptions import InvalidFileException
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from masterdata.reader import ImportRejected, count_rows

    try:
        total = count_rows(file) if file.exists() else None
    except (OSError, BadZipFile, InvalidFileException, KeyError):
        total = None  # the import itself says what is wrong with the file
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task(f"importing {file.name}", total=total)
        try:
            with _db().session() as s:
                report = importer(s, file, lambda done: bar.update(task, completed=done))
        except (ImportRejected, OSError, BadZipFile, InvalidFileException) as exc:
            console.print(f"[red]refused, {what} unchanged:[/red] {exc}")
            raise typer.Exit(1) from None
    _print_import(report)


def _print_import(report) -> None:  # type: ignore[no-untyped-def]
    console.print(str(report))
    for note in getattr(report, "notes", []):
        console.print(f"  note: {note}")
    for line, reason in report.rejected[:50]:
        console.print(f"  line {line}: {reason}")
    if len(report.rejected) > 50:
        console.print(f"  ... and {len(report.rejected) - 50} more rejected rows")


@user_app.command("create")
def user_create(email: str, role: Annotated[str, typer.Option(help="clerk or admin")] = "clerk",
                password: Annotated[str, typer.Option(prompt=True, hide_input=True)] = "") -> None:
    """Create a review-screen user."""
    from web.accounts import ensure_user

    with _db().session() as s:
        ensure_user(s, email, password, role)
    console.print(f"user {email} ({role}) ready")


@token_app.command("create")
def token_create(email: str, name: Annotated[str, typer.Option(help="What the token is for.")] = "api") -> None:
    """Create an API token for a user; it is printed once and stored only as a hash."""
    from sqlalchemy import select

    from models.tables import User
    from web.accounts import create_api_token

    with _db().session() as s:
        user = s.scalar(select(User).where(User.email == email.lower()))
        if user is None:
            console.print(f"[red]no user {email}[/red]")
            raise typer.Exit(2)
        token = create_api_token(s, user, name)
    print(token)


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
