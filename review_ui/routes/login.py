"""Logging in and out: the login page, a login (a new session kept in the database and a new CSRF token),
logout (the session ended for every copy of its cookie); and the site's root, which sends to the queue."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from review_ui.rendering import render
from web.accounts import authenticate, end_session, new_csrf_token, start_session
from web.deps import SessionDep

router = APIRouter(include_in_schema=False)


@router.get("/", response_model=None)
def home(request: Request) -> RedirectResponse:
    return RedirectResponse("/review", status.HTTP_303_SEE_OTHER)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/review") -> HTMLResponse:
    return render(request, "login.html", None, next=next, error=None)


@router.post("/login", response_model=None)
def login(request: Request, session: SessionDep, email: str = Form(...), password: str = Form(...),
          next: str = Form("/review")) -> Response:
    user = authenticate(session, email, password)
    if user is None:
        return render(request, "login.html", None, next=next, error="Wrong email or password.")
    request.session.clear()
    # The cookie names a login kept in the database (only its hash is stored), so ending that row
    # ends the login for every copy of the cookie.
    request.session["sid"] = start_session(session, user, request.headers.get("user-agent"))
    request.session["csrf"] = new_csrf_token()  # a new token per login: a planted one is worthless
    # Only a path on this site: "//host" and "/\host" (which browsers read as "//host") go elsewhere.
    target = next if next.startswith("/") and not next.startswith(("//", "/\\")) else "/review"
    return RedirectResponse(target, status.HTTP_303_SEE_OTHER)


@router.post("/logout", response_model=None)
def logout(request: Request, session: SessionDep) -> RedirectResponse:
    sid = request.session.get("sid")
    if isinstance(sid, str) and sid:
        end_session(session, sid, "logout")  # a copy of the cookie made before is refused from now on
    request.session.clear()
    return RedirectResponse("/login", status.HTTP_303_SEE_OTHER)
