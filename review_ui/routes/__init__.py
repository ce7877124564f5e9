"""The review screen's routes, one router per area: `login` (and logout), `queue`, `orders` (one order's
page and every clerk action on it), `documents` (PDF page images), `messages`, `dashboard`, `admin` (users,
API tokens, imports, thresholds, mailboxes).

`router` gathers them for app.py, and checks every form post of the screen for the login's CSRF token
before anything else (web.deps.check_csrf): no area can add a form that skips it."""

from __future__ import annotations

from fastapi import APIRouter

from review_ui.routes import admin, dashboard, documents, login, messages, orders, queue
from web.deps import CsrfDep

router = APIRouter(include_in_schema=False, dependencies=[CsrfDep])
for area in (login, queue, orders, documents, messages, dashboard, admin):
    router.include_router(area.router)
