"""Fetch http(s) URLs with explicit timeouts, a size cap, bounded redirects and conditional GET.

Every failure is a ``SourceError(url, reason)`` with a one-line reason ("HTTP 404",
"timed out after 10 s", "too many redirects", "larger than 20 MB", ...).
"""

from __future__ import annotations

import errno
import socket
import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from dateline.errors import SourceError
from dateline.sources.deadline import DeadlineBackend, fetch_deadline
from dateline.sources.guard import RefusedAddress, ResolvingBackend, UnresolvableHost

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_DEADLINE_S = 60.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5
USER_AGENT = "Dateline/0.1 (news timeline builder; +https://github.com/dateline)"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ALLOWED_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True)
class FetchResult:
    """One fetched response; ``url`` is the final URL after redirects."""

    url: str
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool = False


def size_label(max_bytes: int) -> str:
    """Say a byte cap the way a person would: "20 MB", "64 KB", "100 bytes"."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if max_bytes >= size:
            return f"{max_bytes / size:g} {unit}"
    return f"{max_bytes} bytes"


def check_scheme(url: str) -> None:
    """Raise ``SourceError`` unless ``url`` is an http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises for a port that is not a number in range
    except ValueError as error:
        raise SourceError(url, f"invalid URL ({error})") from None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES:
        raise SourceError(url, f"unsupported scheme {parts.scheme or '(none)'!r}")
    if not parts.hostname:
        raise SourceError(url, "URL has no host")


class Fetcher:
    """An HTTP client for untrusted URLs; use as a context manager or call ``close()``.

    ``allow_private=False`` refuses hosts that resolve to private, loopback, link-local or other
    non-global addresses (for the web UI, where the URL comes from someone else). The check is
    made when each connection is opened, on the address actually connected to, so it covers
    redirects and DNS answers that change between look-ups.
    """

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        connect_timeout: float | None = None,
        deadline: float = DEFAULT_DEADLINE_S,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        allow_private: bool = True,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.timeout = timeout
        self.connect_timeout = connect_timeout if connect_timeout is not None else timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_private = allow_private
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=self.connect_timeout),
            follow_redirects=False,
            headers={"User-Agent": user_agent},
            trust_env=False,
            transport=_transport(allow_private),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url`` following at most ``max_redirects`` redirects; raise ``SourceError`` on failure.

        With ``etag``/``last_modified`` the request is conditional; a 304 answer gives a result
        with ``not_modified=True`` and an empty body.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        give_up_at = time.monotonic() + self.deadline
        current = url
        with fetch_deadline(give_up_at):  # every read and write, headers included, ends by the deadline
            for _ in range(self.max_redirects + 1):
                if time.monotonic() > give_up_at:
                    raise SourceError(url, f"timed out after {self.deadline:g} s")
                self._check_target(url, current)
                result, location = self._request(url, current, headers, give_up_at)
                if location is None:
                    return result
                current = urljoin(current, location)
        raise SourceError(url, f"too many redirects (more than {self.max_redirects})")

    def _check_target(self, origin: str, url: str) -> None:
        try:
            check_scheme(url)
        except SourceError as error:
            raise SourceError(origin, error.reason) from None

    def _request(
        self, origin: str, url: str, headers: dict[str, str], give_up_at: float
    ) -> tuple[FetchResult, str | None]:
        """One GET without following redirects; returns the result and the redirect target."""
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code in _REDIRECT_STATUSES and "location" in response.headers:
                    return _result(response, b""), response.headers["location"]
                if response.status_code == 304:
                    return _result(response, b"", not_modified=True), None
                if response.status_code >= 400:
                    raise SourceError(origin, f"HTTP {response.status_code}")
                body = self._read_capped(origin, response, give_up_at)
                return _result(response, body), None
        except RefusedAddress as refused:
            raise SourceError(origin, refused.reason) from None
        except UnresolvableHost as unresolved:
            raise SourceError(origin, unresolved.reason) from None
        except httpx.ConnectTimeout:
            raise SourceError(origin, f"timed out after {self.connect_timeout:g} s (connecting)") from None
        except httpx.TimeoutException:
            if time.monotonic() >= give_up_at:
                raise SourceError(origin, f"timed out after {self.deadline:g} s") from None
            raise SourceError(origin, f"timed out after {self.timeout:g} s") from None
        except (httpx.InvalidURL, ValueError) as error:
            raise SourceError(origin, f"invalid URL ({error})") from None
        except httpx.HTTPError as error:
            raise SourceError(origin, _describe_http_error(error)) from None

    def _read_capped(self, origin: str, response: httpx.Response, give_up_at: float) -> bytes:
        too_large = f"larger than {size_label(self.max_bytes)}"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise SourceError(origin, too_large)
        chunks: list[bytes] = []
        received = 0
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > self.max_bytes:
                raise SourceError(origin, too_large)
            if time.monotonic() > give_up_at:
                raise SourceError(origin, f"timed out after {self.deadline:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


def _result(response: httpx.Response, body: bytes, not_modified: bool = False) -> FetchResult:
    return FetchResult(
        url=str(response.url),
        status=response.status_code,
        body=body,
        content_type=response.headers.get("content-type"),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        not_modified=not_modified,
    )


def _describe_http_error(error: httpx.HTTPError) -> str:
    """A one-line reason for a transport failure."""
    if isinstance(error, httpx.RemoteProtocolError) and "incomplete" in str(error).lower():
        return "body truncated"
    if isinstance(error, httpx.RemoteProtocolError) and "peer closed" in str(error).lower():
        return "body truncated"
    if isinstance(error, httpx.ConnectError):
        cause = error.__context__
        while cause is not None and not isinstance(cause, OSError):
            cause = cause.__context__
        if isinstance(cause, ConnectionRefusedError) or "refused" in str(error).lower():
            return "connection refused"
        if isinstance(cause, socket.gaierror) or "name or service" in str(error).lower():
            return "could not resolve host"
        if isinstance(cause, OSError) and cause.errno == errno.ENETUNREACH:
            return "network unreachable"
    if isinstance(error, httpx.TooManyRedirects):
        return "too many redirects"
    first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
    return f"request failed: {first_line}"


def _transport(allow_private: bool) -> httpx.HTTPTransport:
    """httpx's default transport, its connections held to each fetch's deadline (``DeadlineBackend``) and, without
    ``allow_private``, limited to public addresses (``ResolvingBackend``, which also bounds the name lookup).

    httpx offers no public way to choose the network backend, so the transport's connection
    pool is replaced by an identical one that uses it.
    """
    transport = httpx.HTTPTransport(trust_env=False)
    limits = httpx.Limits()
    inner = ResolvingBackend(public_only=not allow_private)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=DeadlineBackend(inner),
    )
    return transport
