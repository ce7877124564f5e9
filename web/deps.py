"""Request dependencies both web packages share, as `Annotated` aliases: the database session, the
settings, and the caller — an API caller (`ApiUser`: a session login or an API token), a clerk or an
admin on the screen (`ClerkDep`, `AdminDep`) — and the screen's CSRF check for form posts.

A screen page asked for without a login raises `LoginRequired`; the one handler for it,
`login_redirect` (installed by app.py), answers with the login page, coming back afterwards. A row's id in a
path is a `RowId` (within PostgreSQL's integer), and `invalid_request` answers FastAPI's 422s."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Request, Security, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from config import Settings
from models.bounds import INT_MAX, storable_text
from models.db import Database
from models.tables import User
from web.accounts import new_csrf_token, user_for_session, user_for_token

# Methods that change nothing, so they carry no CSRF token.
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def get_database(request: Request) -> Database:
    return request.app.state.db


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_session(db: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    with db.session() as s:
        yield s


DbDep = Annotated[Database, Depends(get_database)]
# scope="function": commit before the response is sent, so a failed commit is an error the caller sees.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
# A row's id in a path. Beyond PostgreSQL's integer no row exists and the database refuses the comparison
# (SQLite beyond 64 bits): refused as a 422 that names the bound, which the OpenAPI schema states too.
RowId = Annotated[int, Path(ge=1, le=INT_MAX)]


def session_user(request: Request, session: Session) -> User | None:
    """The user of the login the cookie names, while that login is open in the database: the signed
    cookie alone is not enough, so logout (or disabling the user, or a new password) ends every copy."""
    token = request.session.get("sid")
    return user_for_session(session, token) if isinstance(token, str) and token else None


# ---------------------------------------------------------------- the API's caller


# Declared so the OpenAPI names the API's token (and /docs offers "Authorize"); the header is read below, where a
# logged-in session may stand in for it, so the scheme itself never refuses a request.
_BEARER = HTTPBearer(auto_error=False, description="An API token (`order-intake token create`), sent as "
                                                   "`Authorization: Bearer <token>`.")


def get_api_user(request: Request, session: SessionDep,
                 _declared: Annotated[HTTPAuthorizationCredentials | None, Security(_BEARER)] = None) -> User:
    """A logged-in session or `Authorization: Bearer <token>`; otherwise 401."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        user = user_for_token(session, auth[7:].strip())
    else:
        user = session_user(request, session)
        # A browser sends the cookie with any request, so a write on the strength of the cookie alone
        # must also prove it comes from our page.
        if user is not None and request.method not in SAFE_METHODS:
            token = request.headers.get("x-csrf-token", "")
            if not token or not hmac.compare_digest(token, request.session.get("csrf") or ""):
                raise HTTPException(status.HTTP_403_FORBIDDEN, "X-CSRF-Token header missing or wrong")
    if user is None:
        # A token that was sent but is wrong, revoked or its user's disabled says so: "log in" would
        # send its owner looking in the wrong place.
        sent = request.headers.get("authorization", "").lower().startswith("bearer ")
        raise HTTPException(status.HTTP_401_UNAUTHORIZED,
                            "the API token is not valid (wrong, revoked, or its user disabled)" if sent
                            else "login or an API token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


ApiUser = Annotated[User, Depends(get_api_user)]


# ---------------------------------------------------------------- the screen's clerk


class LoginRequired(Exception):
    """A screen page asked for without an open login; `login_redirect` answers it."""


async def login_redirect(request: Request, exc: Exception) -> RedirectResponse:
    """The one answer to `LoginRequired`: the login page, which comes back to this path afterwards."""
    return RedirectResponse(f"/login?next={request.url.path}", status.HTTP_303_SEE_OTHER)


def _encodable(value: Any) -> Any:
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        return {_encodable(key): _encodable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_encodable(item) for item in value]
    return value


async def invalid_request(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, whose errors echo the input refused: a JSON body's lone surrogate ("\\ud800") echoed
    back could not be encoded as UTF-8 and the refusal became a 500. Echoed as U+FFFD instead."""
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(status_code=422,
                        content=_encodable(jsonable_encoder({"detail": exc.errors()})))


def get_clerk(request: Request, session: SessionDep) -> User:
    user = session_user(request, session)
    if user is None:
        raise LoginRequired()
    return user


ClerkDep = Annotated[User, Depends(get_clerk)]


def get_admin(user: ClerkDep) -> User:
    if user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return user


AdminDep = Annotated[User, Depends(get_admin)]


def get_clerk_for_asset(request: Request, session: SessionDep) -> User:
    """The clerk, for what a page loads rather than what a person opens (a PDF page's image): a redirect
    would put the login page where the image goes, so no login is a plain 401."""
    user = session_user(request, session)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "login required")
    return user


AssetClerkDep = Annotated[User, Depends(get_clerk_for_asset)]


# ---------------------------------------------------------------- the screen's CSRF token


def csrf_token(request: Request) -> str:
    """The login's CSRF token that every form of the screen carries (made on first need)."""
    token = request.session.get("csrf")
    if not token:
        token = new_csrf_token()
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """A form post must carry the page's CSRF token in its `csrf` field, or it is refused (403) before
    anything else is looked at. Reads nothing for the methods that change nothing."""
    if request.method in SAFE_METHODS:
        return
    submitted = (await request.form()).get("csrf")  # the form is parsed once: the handler reads it again
    expected = request.session.get("csrf") or ""
    if not expected or not hmac.compare_digest(expected, submitted if isinstance(submitted, str) else ""):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid or missing CSRF token; reload the page")


# On a router: every form post through it is checked (the screen's routers carry it).
CsrfDep = Depends(check_csrf)
