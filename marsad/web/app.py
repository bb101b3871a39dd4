"""The ASGI app: ``create_app(store, token=...)`` wires the REST API, the review pages and the static assets.

Everything is served from this process: templates and assets live in this package, the OpenAPI description is at
``/api/openapi.json`` and a plain page renders it at ``/api/docs`` (FastAPI's Swagger page would load scripts
from a CDN). A Content-Security-Policy of ``'self'`` makes the browser refuse anything else, inline scripts
included. Errors are JSON (or a plain error page for HTML pages), never tracebacks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad import __version__
from marsad.errors import MarsadError
from marsad.store.base import Store
from marsad.web.gateway import StoreGateway

HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 2_000_000  # bytes; one article is far smaller, a batch belongs to `marsad ingest`
log = logging.getLogger("marsad.web")

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # not no-referrer: Chrome then sends "Origin: null" on our own forms
    (b"x-frame-options", b"DENY"),
]


class NotFound(MarsadError):
    """A document, correction or page that does not exist."""

    http_status = 404


class Unauthorized(MarsadError):
    """A write request without the right token."""

    http_status = 401


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_body`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await too_large(self.max_body)(scope, receive, send)
            return
        seen = 0
        started = False
        refused = False

        async def limited_receive() -> Message:
            # Over the limit: answer 413 ourselves and tell the app the client went away, so nothing it does
            # (FastAPI turns read errors into 400) can replace the 413.
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    refused = True
                    if not started:
                        await too_large(self.max_body)(scope, receive, guarded_send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def app_send(message: Message) -> None:
            if refused:
                return  # the 413 has been sent; drop whatever the app says after the disconnect
            await guarded_send(message)

        try:
            await self.app(scope, limited_receive, app_send)
        except Exception:
            if not refused:
                raise


def too_large(limit: int) -> Response:
    return error_response(413, "BodyTooLarge", f"request body over the {limit:,}-byte limit")


class SecurityHeadersMiddleware:
    """Add CSP and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def error_response(status: int, kind: str, detail: Any) -> JSONResponse:
    return JSONResponse({"error": kind, "status": status, "detail": detail}, status_code=status)


def wants_html(request: Request) -> bool:
    """HTML pages get an HTML error page; the API, /analyze and everything else get JSON."""
    path = request.url.path
    if path.startswith(("/api", "/analyze", "/static")):
        return False
    return "text/html" in request.headers.get("accept", "")


def render_error(request: Request, status: int, kind: str, detail: Any) -> Response:
    if wants_html(request):
        from marsad.web.pages import render

        return render(request, "error.html", {"status": status, "kind": kind, "detail": str(detail)}, status=status)
    return error_response(status, kind, detail)


class Analyzer:
    """The pipeline, loaded once per app on first use, and run one document at a time."""

    def __init__(self, factory: Callable[[], Callable[[Any], Any]] | None = None) -> None:
        self._factory = factory
        self._nlp: Callable[[Any], Any] | None = None
        self._lock = threading.Lock()

    def __call__(self, doc: Any) -> Any:
        with self._lock:
            if self._nlp is None:
                if self._factory is None:
                    import marsad

                    self._nlp = marsad.load()
                else:
                    self._nlp = self._factory()
            return self._nlp(doc)


def create_app(
    store: str | Callable[[], Store],
    *,
    token: str,
    max_body: int = DEFAULT_MAX_BODY,
    pipeline: Callable[[], Callable[[Any], Any]] | None = None,
) -> FastAPI:
    """The marsad web app over the store at ``store`` (a URL for ``open_store``, or a callable returning a Store).

    ``token`` protects every write (corrections, storing analysed text); pass it explicitly (the CLI reads
    ``--token`` or ``MARSAD_TOKEN`` at start-up). ``pipeline`` builds the analysis pipeline (default
    ``marsad.load()``), called once, on the first ``POST /analyze``.
    """
    if not token:
        raise MarsadError("create_app: a non-empty token is required to protect write endpoints")
    if isinstance(store, str):
        url = store

        def opener() -> Store:
            from marsad.store import open_store

            return open_store(url)
    else:
        opener = store
    gateway = StoreGateway(opener)

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        gateway.close()

    app = FastAPI(
        title="marsad",
        version=__version__,
        description="Arabic news reports as structured, source-attributed, geocoded, dated data.",
        docs_url=None,  # Swagger UI and ReDoc load assets from CDNs; /api/docs renders the schema locally
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    app.state.token = token
    app.state.analyzer = Analyzer(pipeline)
    app.state.max_body = max_body

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError) -> Response:
        return render_error(request, exc.http_status, type(exc).__name__, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return render_error(request, exc.status_code, "HTTPError", exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        detail = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        return render_error(request, 422, "ValidationError", detail)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        # the traceback goes to the server log, never to the client
        log.exception("internal error on %s %s", request.method, request.url.path)
        return render_error(request, 500, "InternalError", f"internal error ({type(exc).__name__}); see the log")

    from marsad.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
