"""The FastAPI application: ``create_app(db)`` wires the store, sessions, templates and routes."""

from __future__ import annotations

import os
import secrets
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__ as _version
from .. import service
from ..errors import NotFoundError
from ..store import Store
from . import api, auth, pages
from .common import HERE, make_templates

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")


def _truthy(v: str | None) -> bool:
    return (v or "").strip().lower() in ("1", "true", "yes", "on")


class SecurityHeaders:
    """Adds CSP (except on /docs, whose Swagger UI page needs an inline script) and friends."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"].startswith("/docs")

        async def wrapped(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                h = list(msg.get("headers", []))
                h += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
                if not docs:
                    h += [(b"content-security-policy", CSP.encode()), (b"x-frame-options", b"DENY")]
                msg["headers"] = h
            await send(msg)

        await self.app(scope, receive, wrapped)


def create_app(db: str | Path | Store | None = None, private: bool | None = None, secret_key: str | None = None,
               max_upload_mb: int = 50) -> FastAPI:
    """The web app over ``db`` (a Store, a path/URL, or $HRTRACKER_DB / the default database).

    ``private`` (default: $HRTRACKER_PRIVATE) makes every page and API read need a signed-in user or
    a token. ``secret_key`` (default: $HRTRACKER_SECRET_KEY) signs session cookies; without one a
    random key is made, so sessions end when the server restarts.
    """
    store = db if isinstance(db, Store) else service.open_store(db)
    if private is None:
        private = _truthy(os.environ.get("HRTRACKER_PRIVATE"))
    secret_key = secret_key or os.environ.get("HRTRACKER_SECRET_KEY")
    if not secret_key:
        secret_key = secrets.token_urlsafe(32)
    app = FastAPI(
        title="hrtracker",
        version=_version,
        description="UN human-rights recommendations and NGO shadow reports as a searchable database. "
                    "Writes need `Authorization: Bearer TOKEN` (`hrtracker token create --user NAME`).",
        docs_url=None, redoc_url=None,
    )
    app.state.store = store
    app.state.private = bool(private)
    app.state.templates = make_templates()
    app.state.max_upload_bytes = max_upload_mb * 2**20
    app.add_middleware(SessionMiddleware, secret_key=secret_key, session_cookie="hrtracker_session",
                       same_site="lax", https_only=_truthy(os.environ.get("HRTRACKER_SECURE_COOKIES")),
                       max_age=14 * 24 * 3600)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.include_router(api.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="hrtracker API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"ok": True}

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api") or "application/json" in request.headers.get("accept", "")

    def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
        if is_api(request):
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        if status in (301, 302, 303, 307, 308):
            return Response(status_code=status, headers=headers)
        try:
            return auth.render(request, "error.html", {"status": status, "message": message},
                                status_code=status)
        except Exception:  # never let the error page itself fail
            return HTMLResponse(f"<h1>{status}</h1>", status_code=status, headers=headers)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_page(request, 404, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_page(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": jsonable(exc.errors())}, status_code=422)
        return error_page(request, 404 if request.method == "GET" else 400, "Not a valid address or form.")

    return app


def jsonable(v: object) -> object:
    from fastapi.encoders import jsonable_encoder

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return jsonable_encoder(v, custom_encoder={Exception: str})


@contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1", timeout: float = 10.0) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free local port in a background thread; yields its base URL.

    For browser tests and benchmarks that need a real HTTP server next to them.
    """
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind((host, 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
