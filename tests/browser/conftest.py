"""The browser tests' fixtures: the real app served by uvicorn in its own process (SQLite, demo data,
embedded worker) and Debian's Chromium driven by Playwright; one of each per test module. What they
start lives in tests/support/browser.py."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.browser import CHROMIUM, FLAGS, Server, database_url, serve
from tests.support.environment import unavailable
from tests.support.templates import DatabaseTemplates


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates) -> Iterator[Server]:
    """`order-intake serve` on a free 127.0.0.1 port, with the demo's master data and users (its database
    a copy of the session's demo database)."""
    home = tmp_path_factory.mktemp("browser-home")
    database_templates.copy_sqlite(database_url(home), "demo")
    with serve(home) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    """Debian's Chromium (never a downloaded build), headless."""
    if not os.path.exists(CHROMIUM):
        unavailable("chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server: Server):  # type: ignore[no-untyped-def]
    """A fresh browser context (no cookies) at 1280x800 for each test."""
    context = browser.new_context(base_url=server.base, viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    yield tab
    context.close()
