"""Accounts for both web packages: users, password hashes (scrypt), login sessions kept in the database,
API tokens and CSRF tokens; and what an admin does to users on the users page (create one, change a
role, disable, set a password, end logins), as plain functions that audit what they change."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from models.audit import actor_problem, audit
from models.tables import ApiToken, User, UserSession, utcnow

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}

# A login lasts a working day; the cookie's own max_age is the same, so both end together.
SESSION_HOURS = 12
# Last-seen and last-used times are written at most this often: a page view should not be a write.
TOUCH_EVERY = timedelta(minutes=1)
# Rows of logins long over are removed when someone logs in, so the table holds weeks, not years.
KEEP_ENDED = timedelta(days=30)

ROLES = ("clerk", "admin")
MIN_PASSWORD = 10


class AccountRefused(ValueError):
    """What an admin asked for cannot be done to an account; the message says why, in the admin's words."""


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), **_SCRYPT)
    return hmac.compare_digest(digest.hex(), digest_hex)


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def ensure_user(session: Session, email: str, password: str, role: str = "clerk") -> User:
    user = session.scalar(select(User).where(User.email == email.lower()))
    if user is None:
        user = User(email=email.lower(), password_hash=hash_password(password), role=role)
        session.add(user)
        session.flush()
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        hash_password(password)  # same work either way, so timing does not reveal which emails exist
        return None
    if not verify_password(password, user.password_hash):
        return None
    return user if user.active else None  # checked after the hash, so a disabled account costs the same


def set_password(session: Session, user: User, password: str, *, keep_session: str | None = None) -> int:
    """A new password ends the user's logins (all but `keep_session`, the one changing it, if any):
    whoever knew the old password is out. Returns how many logins ended."""
    user.password_hash = hash_password(password)
    return end_sessions(session, user.id, "password", keep=keep_session)


# ---------------------------------------------------------------- what an admin does to users


def create_user(session: Session, actor: str, email: str, password: str, role: str) -> User:
    """A new account that can log in at once, audited under `actor` (the admin)."""
    email = email.strip().lower()
    if "@" not in email or role not in ROLES:
        raise AccountRefused("give an email address and a role (clerk or admin)")
    if len(password) < MIN_PASSWORD:
        raise AccountRefused(f"the password needs at least {MIN_PASSWORD} characters")
    # The address is who acted in every audit event of theirs: it must fit the trail's actor column.
    if (problem := actor_problem(email)) is not None:
        raise AccountRefused(f"the email address {problem}")
    if session.scalar(select(User).where(User.email == email)) is not None:
        raise AccountRefused(f"{email} already has an account")
    user = User(email=email, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    # The account's address in the event's text (its field column is a field's name, and short).
    audit(session, actor, "user", user.id, "create_user", field="email", to_value=f"{email} ({role})")
    return user


def change_user(session: Session, actor: User, target: User, *, role: str | None = None,
                active: bool | None = None) -> None:
    """Another user's role and whether they may log in (None: unchanged); disabling ends their logins."""
    if target.id == actor.id:
        raise AccountRefused("you cannot change your own role or disable yourself")
    if role is not None and role not in ROLES:
        raise AccountRefused("a role is clerk or admin")
    if role is not None and role != target.role:
        audit(session, actor.email, "user", target.id, "edit", field="role", from_value=target.role, to_value=role)
        target.role = role
    if active is not None and active != target.active:
        audit(session, actor.email, "user", target.id, "edit", field="active", from_value=target.active,
              to_value=active)
        target.active = active
        if not target.active:  # re-enabling later must not bring these logins back
            end_sessions(session, target.id, "disabled")


def reset_password(session: Session, actor: User, target: User, password: str, *,
                   keep_session: str | None = None) -> int:
    """An admin sets a user's password (a forgotten one, a leaked one): the user's logins end, but
    `keep_session` (the admin's own, when they set their own password). Returns how many ended."""
    if len(password) < MIN_PASSWORD:
        raise AccountRefused(f"the password needs at least {MIN_PASSWORD} characters")
    ended = set_password(session, target, password, keep_session=keep_session)
    audit(session, actor.email, "user", target.id, "set_password", field="password",
          to_value=f"{ended} login(s) ended")
    return ended


def end_logins(session: Session, actor: User, target: User, *, keep_session: str | None = None) -> int:
    """An admin ends a user's open logins (a lost laptop, a shared screen), but `keep_session`; the user
    can log in again. Returns how many ended."""
    ended = end_sessions(session, target.id, "admin", keep=keep_session)
    audit(session, actor.email, "user", target.id, "end_sessions", field="sessions", to_value=f"{ended} ended")
    return ended


# ---------------------------------------------------------------- login sessions


def start_session(session: Session, user: User, user_agent: str | None = None) -> str:
    """A new login for `user`; returns the random id for the cookie. Only its hash is stored."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.execute(delete(UserSession).where(UserSession.expires_at < now - KEEP_ENDED))
    session.add(UserSession(token_sha256=_sha256(token), user_id=user.id, created_at=now, last_seen_at=now,
                            expires_at=now + timedelta(hours=SESSION_HOURS),
                            user_agent=(user_agent or "")[:200] or None))
    session.flush()
    return token


def user_for_session(session: Session, token: str) -> User | None:
    """The user of a login that is still open, else None (ended, expired, unknown, or user disabled)."""
    login = session.scalar(select(UserSession).where(UserSession.token_sha256 == _sha256(token)))
    now = utcnow()
    if login is None or login.ended_at is not None or login.expires_at <= now:
        return None
    user = session.get(User, login.user_id)
    if user is None or not user.active:
        return None
    if now - login.last_seen_at >= TOUCH_EVERY:
        login.last_seen_at = now
    return user


def end_session(session: Session, token: str, reason: str = "logout") -> None:
    """End one login: every copy of its cookie is refused from now on."""
    session.execute(update(UserSession).where(UserSession.token_sha256 == _sha256(token),
                                              UserSession.ended_at.is_(None))
                    .values(ended_at=utcnow(), ended_reason=reason))


def end_sessions(session: Session, user_id: int, reason: str, *, keep: str | None = None) -> int:
    """End all open logins of a user (disabled, new password, an admin's decision), but `keep`."""
    query = update(UserSession).where(UserSession.user_id == user_id, UserSession.ended_at.is_(None),
                                      UserSession.expires_at > utcnow())
    if keep:
        query = query.where(UserSession.token_sha256 != _sha256(keep))
    result = session.execute(query.values(ended_at=utcnow(), ended_reason=reason))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def open_sessions(session: Session) -> dict[int, tuple[int, datetime]]:
    """Per user id: how many logins are open and when the latest was last seen (the users page)."""
    rows = session.execute(
        select(UserSession.user_id, func.count(), func.max(UserSession.last_seen_at))
        .where(UserSession.ended_at.is_(None), UserSession.expires_at > utcnow())
        .group_by(UserSession.user_id)).all()
    return {user_id: (count, last_seen) for user_id, count, last_seen in rows}


# ---------------------------------------------------------------- API tokens


def create_api_token(session: Session, user: User, name: str, created_by: str = "cli") -> str:
    """A new token; only its hash is stored, so it is shown once. Audited under `created_by` (the
    admin on the tokens page; "cli" for `order-intake token create`, run by whoever runs the service)."""
    token = "oi_" + secrets.token_urlsafe(32)
    row = ApiToken(name=name, token_sha256=_sha256(token), user_id=user.id, created_by=created_by)
    session.add(row)
    session.flush()
    audit(session, created_by, "api_token", row.id, "create_token", field="token", to_value=f"{name} for {user.email}")
    return token


def revoke_api_token(session: Session, token_id: int, actor: str) -> ApiToken | None:
    """Revoke a token (it is refused from the next request on); None when there is no such token."""
    row = session.get(ApiToken, token_id)
    if row is None:
        return None
    if row.revoked_at is None:
        row.revoked_at, row.revoked_by = utcnow(), actor
        audit(session, actor, "api_token", row.id, "revoke_token", field="token", from_value=row.name)
    return row


def user_for_token(session: Session, token: str) -> User | None:
    api_token = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == _sha256(token)))
    if api_token is None or api_token.revoked_at is not None:
        return None
    user = session.get(User, api_token.user_id)
    if user is None or not user.active:
        return None
    now = utcnow()
    if api_token.last_used_at is None or now - api_token.last_used_at >= TOUCH_EVERY:
        api_token.last_used_at = now
    return user


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)
