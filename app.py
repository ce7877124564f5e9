"""The FastAPI application: the JSON API, the review screen, and in embedded mode the Maildir
poller and a worker running in the same process."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy.exc import SQLAlchemyError
from starlette.middleware.sessions import SessionMiddleware

from api import catalog, connectors, health, jobs, mailboxes, messages, metrics, orders, status
from bootstrap import open_database
from config import Settings, get_settings
from intake.imap import ImapMailbox
from intake.maildir import poll_once
from models.db import Database
from orchestration.accept import accept_message, mailbox_acceptor
from orchestration.worker import lane_workers
from review_ui import routes as review_routes
from web.deps import LoginRequired, invalid_request, login_redirect
from web.overrides import apply_overrides

log = logging.getLogger(__name__)


class Background:
    """The embedded default's helpers: IMAP mailboxes, a Maildir poller and a worker, stopped together.

    Each mailbox has its own thread, so one broken mailbox never holds up the others."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self.db, self.settings = db, settings
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        self.mailboxes: list[ImapMailbox] = []

    def _poll_maildir(self) -> None:
        maildir = self.settings.resolved_maildir
        while not self.stop.is_set():
            try:
                poll_once(maildir, lambda raw, source: accept_message(self.db, raw, source,
                                                                      self.settings.mime_limits(),
                                                                      self.settings.sender_auth))
            except Exception:  # a broken poll must not end intake for good
                log.exception("maildir poll failed")
            self.stop.wait(self.settings.poll_interval_s)

    def start(self) -> None:
        for config in self.settings.mailboxes:
            mailbox = ImapMailbox(config, self.db, mailbox_acceptor(self.db, self.settings.mime_limits(),
                                                                           self.settings.sender_auth),
                                  self.settings.imap_backoff_max_s)
            self.mailboxes.append(mailbox)
            self.threads.append(threading.Thread(target=mailbox.run, args=(self.stop,), name=f"imap-{config.name}",
                                                 daemon=True))
        if self.settings.embedded_maildir_poller:
            self.threads.append(threading.Thread(target=self._poll_maildir, name="maildir-poller", daemon=True))
        if self.settings.embedded_worker:
            # Its lanes' connectors, [smtp] included, come from the registry; a message lane and the
            # connector lanes (worker_connector_slots), so a hanging ERP never holds up intake.
            for i, worker in enumerate(lane_workers(self.db, self.settings)):
                self.threads.append(threading.Thread(target=worker.run_forever, args=(self.stop,),
                                                     kwargs={"listen": i == 0}, name=f"worker-{worker.lane}-{i}",
                                                     daemon=True))
        for t in self.threads:
            t.start()

    def shutdown(self, timeout: float = 10.0) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout)


def create_app(settings: Settings | None = None, db: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    db = db or open_database(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        background = Background(db, settings)
        background.start()
        app.state.background = background
        try:
            yield
        finally:
            background.shutdown()

    # Swagger UI and ReDoc served from the package, not a CDN: servers on a closed network have the docs too.
    app = FastAPIOffline(
        title="order-intake",
        description="Purchase orders from email, PDF and spreadsheets into validated sales orders.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    try:  # thresholds an admin changed on the review screen win over the file
        with db.session() as session:
            apply_overrides(session, settings)
    except SQLAlchemyError as exc:  # no database yet: the app still starts, and /readyz says why
        log.warning("stored thresholds not applied: %s", exc)
    app.state.db = db
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.resolved_secret_key(),
        session_cookie="order_intake_session",
        same_site="strict",
        https_only=settings.cookies_secure,
        max_age=12 * 3600,
    )
    # A screen page asked for without a login answers with the login page (the API answers 401 itself).
    app.add_exception_handler(LoginRequired, login_redirect)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.include_router(messages.router)
    app.include_router(orders.router)
    app.include_router(mailboxes.router)
    app.include_router(catalog.router)
    app.include_router(jobs.router)
    app.include_router(connectors.router)
    app.include_router(review_routes.router)
    app.include_router(status.router)  # the buyer's page: no login, the token is the key
    app.include_router(health.router)  # probes and /metrics: no login, they reveal counts only
    app.include_router(metrics.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "review_ui" / "static"), name="static")
    return app
