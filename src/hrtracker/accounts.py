"""Users and API tokens: argon2 password hashes, sha256-hashed bearer tokens (no SQL here)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import HRTrackerError, NotFoundError
from .store import Store

ROLES = ("editor", "admin")
MIN_PASSWORD = 8
TOKEN_PREFIX = "hrt_"

_hasher = PasswordHasher()
# verified against when the user does not exist, so a wrong name costs as much time as a wrong password
_DUMMY_HASH = _hasher.hash("not a real password")


class AccountError(HRTrackerError, ValueError):
    """A user or token request that cannot be honoured (bad role, short password, duplicate name)."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(store: Store, name: str, password: str, role: str = "editor") -> int:
    """Create a user with an argon2id password hash; returns the user id."""
    name = name.strip()
    if not name or len(name) > 80:
        raise AccountError("user name must be 1 to 80 characters")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r} (choose from {', '.join(ROLES)})")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must have at least {MIN_PASSWORD} characters")
    if store.get_user(name=name):
        raise AccountError(f"user {name!r} already exists")
    return int(store.add_user(name, role, hash_password(password)))


def set_password(store: Store, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password must have at least {MIN_PASSWORD} characters")
    if not store.get_user(name=name):
        raise NotFoundError(f"user {name!r} not found")
    store.set_password(name, hash_password(password))


def verify_password(store: Store, name: str, password: str) -> dict | None:
    """The user row when ``password`` is right, else None; rehashes outdated hashes."""
    user = store.get_user(name=name.strip()) if name else None
    try:
        _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _hasher.check_needs_rehash(user["password_hash"]):
        store.set_password(user["name"], hash_password(password))
    return _public(user)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store: Store, user_name: str) -> str:
    """A new API token for ``user_name``; only its sha256 is stored, so show it once."""
    user = store.get_user(name=user_name)
    if user is None:
        raise NotFoundError(f"user {user_name!r} not found")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.add_token(user["id"], token_hash(token))
    return token


def user_for_token(store: Store, token: str) -> dict | None:
    """The user a bearer token belongs to (without the password hash), or None."""
    if not token or not token.startswith(TOKEN_PREFIX):
        return None
    user = store.user_for_token(token_hash(token))
    return _public(user) if user else None


def get_user(store: Store, name: str) -> dict | None:
    user = store.get_user(name=name)
    return _public(user) if user else None


def list_users(store: Store) -> list[dict]:
    return store.list_users()


def _public(user: dict) -> dict:
    return {k: v for k, v in user.items() if k != "password_hash"}
