"""A real HTTP server on 127.0.0.1 for tests: routes, recorded requests, misbehaving responses.

Usage::

    feed = Response(body=b"<rss>...", headers={"Content-Type": "application/rss+xml"})
    with LocalHTTPServer({"/feed": feed}) as server:
        fetch(server.url("/feed"))
        assert server.requests[0].headers["user-agent"].startswith("Dateline")

A route is a ``Response`` or a function from the ``RecordedRequest`` to a ``Response`` (for
conditional GET and the like). ``Response`` can delay its headers, drip its body slowly,
declare a longer Content-Length than it sends (a truncated body) or stream without end.
Unknown paths answer 404. The server runs in a daemon thread on a free port.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

BodySource = bytes | Callable[[], Iterable[bytes]]


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server received; header names are lower case."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]


@dataclass(frozen=True)
class Response:
    """What a route answers.

    ``body`` is bytes or a function returning an iterable of chunks (called once per request, so
    a generator can stream forever). ``delay`` waits before the status line; ``chunk_delay``
    between chunks. ``content_length`` overrides the Content-Length header (set it larger than
    the body for a truncated response); streamed bodies have none and end when the connection
    closes.
    """

    status: int = 200
    body: BodySource = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunk_delay: float = 0.0
    content_length: int | None = None


Route = Response | Callable[[RecordedRequest], Response]


def redirect(location: str, status: int = 302) -> Response:
    """A redirect to ``location`` (relative or absolute)."""
    return Response(status=status, headers={"Location": location})


def endless_body(chunk: bytes = b"x" * 65536) -> Callable[[], Iterator[bytes]]:
    """A body that never ends: the same chunk repeated until the client hangs up."""
    return lambda: itertools.repeat(chunk)


class LocalHTTPServer:
    """A threaded HTTP/1.0 server on 127.0.0.1 with a free port; a context manager."""

    def __init__(self, routes: Mapping[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[RecordedRequest] = []
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """The requests received for ``path``, in order."""
        return [request for request in self.requests if request.path == path]

    def start(self) -> LocalHTTPServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; handlers still sleeping in a delay wake up and give up."""
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def answer(self, request: RecordedRequest) -> Response:
        """The response for ``request``: its route's, or 404."""
        self.requests.append(request)
        route = self.routes.get(request.path)
        if route is None:
            return Response(status=404, body=b"not found")
        return route(request) if callable(route) else route

    def pause(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; False if the server is stopping."""
        return not self._stopping.wait(seconds)


def _make_handler(server: LocalHTTPServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            request = RecordedRequest(
                method=self.command,
                path=parts.path,
                query=parts.query,
                headers={name.lower(): value for name, value in self.headers.items()},
            )
            # The client hanging up (timeout, size cap) is exactly what some tests provoke.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._send(server.answer(request))

        do_HEAD = do_GET

        def _send(self, response: Response) -> None:
            if response.delay and not server.pause(response.delay):
                return
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            if response.content_length is not None:
                self.send_header("Content-Length", str(response.content_length))
            elif isinstance(response.body, bytes):
                self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if self.command == "HEAD":
                return
            chunks = [response.body] if isinstance(response.body, bytes) else response.body()
            for chunk in chunks:
                if response.chunk_delay and not server.pause(response.chunk_delay):
                    return
                self.wfile.write(chunk)
                self.wfile.flush()

        def log_message(self, format: str, *args: object) -> None:
            """Keep test output quiet."""

    return Handler
