"""How the screen's pages are drawn: the Jinja2 templates, `render()` with the login's CSRF token in every
page, and the headers every page carries (Content-Security-Policy, nosniff)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from models.tables import User
from review_ui import wording
from web.deps import csrf_token

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# The clerk's words for stored codes (review_ui/wording.py), as filters: {{ order.status|order_status }}.
templates.env.filters.update(wording.FILTERS)
templates.env.globals["judgement"] = wording.judgement
templates.env.globals["order_judgement"] = wording.order_judgement

# Only our own scripts and styles run, even if an escaping slip let markup from an email through;
# inline style attributes place the source highlights on the page images.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")


def render(request: Request, name: str, user: User | None, **context: Any) -> HTMLResponse:
    """The page `name` for `user` (None on the login page), with its CSRF token and security headers."""
    response = templates.TemplateResponse(
        request, name, {"user": user, "csrf": csrf_token(request), **context}
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
