"""Safety of the web app: security headers, the access token, CSRF tokens, and URL checks.

Article text is untrusted, so every response carries a strict Content-Security-Policy (no inline
script, nothing from other origins). When the app is given an access token every request must
carry it, as a bearer header, an ``X-Dateline-Token`` header, or the cookie set by the login form
or a ``?token=`` link. Forms use a double-submit CSRF token: a random cookie echoed in a hidden field.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import URL, MutableHeaders
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
TOKEN_COOKIE = "dateline_token"
TOKEN_HEADER = "x-dateline-token"
CSRF_COOKIE = "dateline_csrf"
CSRF_FIELD = "csrf_token"
# Reachable without the access token: the login form and the stylesheet it uses.
OPEN_PAGES = frozenset({"/login"})
OPEN_PREFIX = "/static/"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


class SecurityMiddleware:
    """Adds the security headers to every response and, with a token, refuses requests without it."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        if self.token is not None:
            refusal = self._check_token(HTTPConnection(scope))
            if refusal is not None:
                await refusal(scope, receive, send_with_headers)
                return
        await self.app(scope, receive, send_with_headers)

    def _check_token(self, conn: HTTPConnection) -> Response | None:
        """None if the request may go on; otherwise the response that refuses or logs it in."""
        assert self.token is not None
        path = conn.url.path
        if token_matches(self.token, _presented_token(conn)):
            return None
        offered = conn.query_params.get("token")
        if offered is not None and token_matches(self.token, offered):
            # A link with ?token= logs the browser in, then drops the token from the address bar.
            rest = [(k, v) for k, v in conn.query_params.multi_items() if k != "token"]
            target = URL(path=path, query=urlencode(rest))
            return with_token_cookie(RedirectResponse(str(target), status_code=303), self.token)
        if path in OPEN_PAGES or path.startswith(OPEN_PREFIX):
            return None
        if path.startswith("/api/"):
            return JSONResponse({"error": "this server needs an access token (Authorization: Bearer ...)"}, 401)
        return RedirectResponse("/login?" + urlencode({"next": path}), status_code=303)


def _presented_token(conn: HTTPConnection) -> str | None:
    auth = conn.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return conn.headers.get(TOKEN_HEADER) or conn.cookies.get(TOKEN_COOKIE)


def token_matches(expected: str, offered: str | None) -> bool:
    """Constant-time comparison of an offered token with the expected one."""
    return offered is not None and hmac.compare_digest(expected.encode(), offered.encode())


def with_token_cookie(response: Response, token: str) -> Response:
    """The response, setting the cookie that carries the access token on later requests."""
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


# ---------------------------------------------------------------------- CSRF


def csrf_token(conn: HTTPConnection) -> tuple[str, bool]:
    """The browser's CSRF token and whether it is new (then the response must set the cookie)."""
    current = conn.cookies.get(CSRF_COOKIE)
    if current and len(current) >= 32:
        return current, False
    return secrets.token_urlsafe(32), True


def set_csrf_cookie(response: Response, token: str) -> None:
    """Give the browser its CSRF cookie; SameSite=Strict keeps other sites from sending it."""
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")


def csrf_ok(conn: HTTPConnection, submitted: object) -> bool:
    """Whether a submitted form token equals the cookie (double-submit check)."""
    cookie = conn.cookies.get(CSRF_COOKIE)
    if not cookie or not isinstance(submitted, str) or not submitted:
        return False
    return hmac.compare_digest(cookie.encode(), submitted.encode())


# ---------------------------------------------------------------------- hosts and URLs


def is_local_host(host: str) -> bool:
    """Whether binding to ``host`` keeps the server on this machine."""
    return host.strip().lower() in LOCAL_HOSTS


def web_url(value: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None: article links are untrusted (javascript:)."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def private_url_reason(url: str) -> str | None:
    """Why a URL names this machine or a private network outright (None if the host is not such a literal).

    The fetcher checks resolved addresses too, on every redirect; this catches the obvious cases
    before any network traffic and gives a clearer message.
    """
    host = (urlsplit(url).hostname or "").lower()
    if host in LOCAL_HOSTS or host.endswith(".localhost"):
        return f"{url}: refusing to fetch from this machine ({host})"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if not address.is_global:
        return f"{url}: refusing to fetch from a private, loopback or link-local address ({host})"
    return None
