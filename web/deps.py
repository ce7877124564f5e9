"""Request dependencies both web packages share: the database session, the settings, and the caller
(a session login or an API token)."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy.orm import Session

from config import Settings
from models.db import Database
from models.tables import User
from web.accounts import user_for_session, user_for_token


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


def session_user(request: Request, session: Session) -> User | None:
    """The user of the login the cookie names, while that login is open in the database: the signed
    cookie alone is not enough, so logout (or disabling the user, or a new password) ends every copy."""
    token = request.session.get("sid")
    return user_for_session(session, token) if isinstance(token, str) and token else None


def get_api_user(request: Request, session: SessionDep) -> User:
    """A logged-in session or `Authorization: Bearer <token>`; otherwise 401."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        user = user_for_token(session, auth[7:].strip())
    else:
        user = session_user(request, session)
        # A browser sends the cookie with any request, so a write on the strength of the cookie alone
        # must also prove it comes from our page.
        if user is not None and request.method not in ("GET", "HEAD", "OPTIONS"):
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
