"""Web sign-in: a signed session cookie (Starlette SessionMiddleware / itsdangerous), CSRF tokens in
forms, bearer tokens for the API, and the guard that makes reading private when configured."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import accounts
from .common import get_store

router = APIRouter()
bearer = HTTPBearer(auto_error=False, description="An API token from `hrtracker token create --user NAME`.")
WRITE_ROLES = ("editor", "admin")


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created on first use)."""
    tok = request.session.get("csrf")
    if not tok:
        tok = secrets.token_urlsafe(32)
        request.session["csrf"] = tok
    return tok


def check_csrf(request: Request, sent: str | None) -> None:
    """403 unless ``sent`` (form field or X-CSRF-Token header) matches the session's token."""
    sent = sent or request.headers.get("x-csrf-token") or ""
    want = request.session.get("csrf") or ""
    if not (want and sent and hmac.compare_digest(want.encode(), sent.encode())):
        raise HTTPException(403, "CSRF token missing or invalid; reload the page and try again")


def session_user(request: Request) -> dict | None:
    """The signed-in user (still existing in the database), or None."""
    name = request.session.get("user")
    if not name:
        return None
    cache = getattr(request.state, "user", None)
    if cache is not None:
        return cache or None
    user = accounts.get_user(get_store(request), name)
    if user is None:
        request.session.pop("user", None)
    request.state.user = user or {}
    return user


def token_user(request: Request, creds: HTTPAuthorizationCredentials | None) -> dict | None:
    if creds is None or creds.scheme.lower() != "bearer":
        return None
    return accounts.user_for_token(get_store(request), creds.credentials)


def _login_redirect(request: Request) -> HTTPException:
    nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return HTTPException(303, "sign in to continue", headers={"Location": f"/login?next={_quote(nxt)}"})


def _quote(s: str) -> str:
    from urllib.parse import quote

    return quote(s, safe="")


def page_reader(request: Request) -> dict | None:
    """Pages: anyone may read unless the app is private, then a signed-in user is needed."""
    user = session_user(request)
    if request.app.state.private and user is None:
        raise _login_redirect(request)
    return user


def page_writer(request: Request) -> dict:
    """Pages that write: a signed-in editor or admin (redirects to the sign-in page otherwise)."""
    user = session_user(request)
    if user is None:
        raise _login_redirect(request)
    if user.get("role") not in WRITE_ROLES:
        raise HTTPException(403, "your role may not change data")
    return user


def api_reader(request: Request,
               creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> dict | None:
    """API reads: public, or (private app) a bearer token or a signed-in session."""
    user = token_user(request, creds) or session_user(request)
    if request.app.state.private and user is None:
        raise HTTPException(401, "this hrtracker is private: send Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


def api_writer(request: Request,
               creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> dict:
    """API writes: a valid bearer token of an editor or admin."""
    if creds is None:
        raise HTTPException(401, "send Authorization: Bearer TOKEN (hrtracker token create --user NAME)",
                            headers={"WWW-Authenticate": "Bearer"})
    user = token_user(request, creds)
    if user is None:
        raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"})
    if user.get("role") not in WRITE_ROLES:
        raise HTTPException(403, "your role may not change data")
    return user


def render(request: Request, name: str, ctx: dict[str, Any], status_code: int = 200) -> Response:
    """Render a template with the signed-in user and the CSRF token in the context."""
    base = {"user": session_user(request), "csrf": csrf_token(request), "private": request.app.state.private}
    return request.app.state.templates.TemplateResponse(request, name, {**base, **ctx}, status_code=status_code)


def safe_next(nxt: str | None) -> str:
    """Only same-site relative paths are followed after sign-in."""
    if not nxt or not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
        return "/"
    return nxt


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login", include_in_schema=False)
def login(request: Request, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
          csrf_token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    check_csrf(request, csrf_token)
    user = accounts.verify_password(get_store(request), username, password)
    if user is None:
        return render(request, "login.html", {"next": safe_next(next), "username": username,
                                              "error": "Wrong user name or password."}, status_code=401)
    request.session.clear()  # a fresh session (and CSRF token) on every sign-in
    request.session["user"] = user["name"]
    request.session["csrf"] = secrets.token_urlsafe(32)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False)
def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf_token)
    request.session.clear()
    return RedirectResponse("/", status_code=303)
