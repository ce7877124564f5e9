"""Users, password hashes (scrypt), API tokens and CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import ApiToken, User

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


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


def create_api_token(session: Session, user: User, name: str) -> str:
    """A new token; only its hash is stored, so it is shown once."""
    token = "oi_" + secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, token_sha256=hashlib.sha256(token.encode()).hexdigest(), user_id=user.id))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    digest = hashlib.sha256(token.encode()).hexdigest()
    api_token = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == digest))
    user = session.get(User, api_token.user_id) if api_token else None
    return user if user is not None and user.active else None


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)
