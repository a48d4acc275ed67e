"""The Fetcher against a real HTTP server on 127.0.0.1: limits, redirects, errors, conditional GET."""

from __future__ import annotations

import socket
import time

import pytest

from dateline.errors import SourceError
from dateline.sources import Fetcher
from dateline.sources.guard import RefusedAddress, public_addresses
from httpserver import LocalHTTPServer, RecordedRequest, Response, endless_body, redirect


def test_fetch_returns_body_headers_and_names_dateline(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/a"] = Response(
        body=b"<p>hello</p>",
        headers={"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"', "Last-Modified": "Mon, 03 Mar 2025"},
    )
    result = fetcher.fetch(server.url("/a"))
    assert (result.status, result.body, result.not_modified) == (200, b"<p>hello</p>", False)
    assert result.content_type == "text/html; charset=utf-8"
    assert (result.etag, result.last_modified) == ('"v1"', "Mon, 03 Mar 2025")
    assert server.requests_to("/a")[0].headers["user-agent"].startswith("Dateline/")


@pytest.mark.parametrize("status", [404, 500, 403])
def test_http_errors(server: LocalHTTPServer, fetcher: Fetcher, status: int) -> None:
    server.routes["/e"] = Response(status=status, body=b"nope")
    url = server.url("/e")
    with pytest.raises(SourceError) as raised:
        fetcher.fetch(url)
    assert (raised.value.origin, raised.value.reason) == (url, f"HTTP {status}")
    assert str(raised.value) == f"{url}: HTTP {status}"


def test_slow_server_times_out(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/slow"] = Response(body=b"late", delay=5.0)
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"timed out after 0\.5 s$"):
        fetcher.fetch(server.url("/slow"))
    assert time.monotonic() - started < 2.0


def test_slow_drip_hits_total_deadline(server: LocalHTTPServer) -> None:
    server.routes["/drip"] = Response(body=lambda: iter([b"x"] * 100), chunk_delay=0.1)
    with Fetcher(timeout=1.0, deadline=0.5) as client, pytest.raises(SourceError, match=r"timed out after 0\.5 s"):
        client.fetch(server.url("/drip"))


def test_redirects_are_followed(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/old"] = redirect("/middle", 301)
    server.routes["/middle"] = redirect(server.url("/new"), 308)
    server.routes["/new"] = Response(body=b"moved here")
    result = fetcher.fetch(server.url("/old"))
    assert (result.url, result.body) == (server.url("/new"), b"moved here")


def test_redirect_loop_fails(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/ping"] = redirect("/pong")
    server.routes["/pong"] = redirect("/ping")
    with pytest.raises(SourceError, match=r"too many redirects \(more than 5\)") as raised:
        fetcher.fetch(server.url("/ping"))
    assert raised.value.origin == server.url("/ping")
    assert len(server.requests) == 6


def test_redirect_to_other_scheme_is_refused(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/away"] = redirect("ftp://files.example/x")
    with pytest.raises(SourceError, match="unsupported scheme 'ftp'"):
        fetcher.fetch(server.url("/away"))


def test_truncated_body(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/cut"] = Response(body=b"only part of it", content_length=10_000)
    with pytest.raises(SourceError, match=r"body truncated$"):
        fetcher.fetch(server.url("/cut"))


def test_endless_body_stops_at_cap(server: LocalHTTPServer) -> None:
    server.routes["/huge"] = Response(body=endless_body())
    started = time.monotonic()
    with Fetcher(timeout=1.0, max_bytes=1024 * 1024) as client, pytest.raises(SourceError, match=r"larger than 1 MB$"):
        client.fetch(server.url("/huge"))
    assert time.monotonic() - started < 2.0


def test_declared_oversize_body_is_refused_before_reading(server: LocalHTTPServer) -> None:
    server.routes["/big"] = Response(body=b"x" * 10, content_length=50 * 1024 * 1024)
    with Fetcher(timeout=1.0) as client, pytest.raises(SourceError, match=r"larger than 20 MB$"):
        client.fetch(server.url("/big"))


def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    with pytest.raises(SourceError, match=r"connection refused$"):
        fetcher.fetch(f"http://127.0.0.1:{free_port}/")


@pytest.mark.parametrize("url", ["ftp://example.com/feed", "file:///etc/passwd", "http:///nohost"])
def test_non_web_urls_are_refused(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(SourceError) as raised:
        fetcher.fetch(url)
    assert raised.value.reason in {"unsupported scheme 'ftp'", "unsupported scheme 'file'", "URL has no host"}


def test_conditional_get(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    def feed(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == '"v7"':
            return Response(status=304)
        return Response(body=b"<rss/>", headers={"ETag": '"v7"'})

    server.routes["/feed"] = feed
    first = fetcher.fetch(server.url("/feed"))
    second = fetcher.fetch(server.url("/feed"), etag=first.etag, last_modified="Mon, 03 Mar 2025 10:00:00 GMT")
    assert (first.not_modified, second.not_modified, second.body) == (False, True, b"")
    assert server.requests[1].headers["if-modified-since"] == "Mon, 03 Mar 2025 10:00:00 GMT"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_addresses_refused_when_not_allowed(server: LocalHTTPServer, host: str) -> None:
    server.routes["/secret"] = Response(body=b"internal")
    url = f"http://{host}:{server.port}/secret"
    with (
        Fetcher(timeout=0.5, allow_private=False) as client,
        pytest.raises(SourceError, match=r"refused: .* is a private address"),
    ):
        client.fetch(url)
    assert server.requests == []


def test_private_literal_addresses_refused() -> None:
    with Fetcher(timeout=0.5, allow_private=False) as client:
        with pytest.raises(SourceError, match="private address"):
            client.fetch("http://10.0.0.1/admin")
        with pytest.raises(SourceError, match="private address"):
            client.fetch("http://[::1]/")
        with pytest.raises(SourceError, match="private address"):
            client.fetch("http://169.254.169.254/latest/meta-data/")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1/", "invalid URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:99999/", "invalid URL (Port out of range 0-65535)"),
    ],
)
def test_invalid_urls(fetcher: Fetcher, url: str, reason: str) -> None:
    with pytest.raises(SourceError) as raised:
        fetcher.fetch(url)
    assert (raised.value.origin, raised.value.reason) == (url, reason)


def test_defaults_match_the_documented_limits() -> None:
    with Fetcher() as client:
        assert (client.timeout, client.connect_timeout, client.max_bytes, client.max_redirects) == (
            10.0,
            10.0,
            20 * 1024 * 1024,
            5,
        )
        assert client.allow_private is True


def test_public_address_check() -> None:
    assert public_addresses("93.184.215.14", 443) == ["93.184.215.14"]  # a literal: no DNS needed
    for private in ("10.1.2.3", "192.168.0.1", "::ffff:127.0.0.1", "fe80::1", "100.64.0.1", "0.0.0.0"):
        with pytest.raises(RefusedAddress, match="is a private address"):
            public_addresses(private, 80)


def test_headers_sent_slowly_hit_the_total_deadline() -> None:
    """A server sending a header line every 0.2 s never trips a 1 s read timeout: only the deadline ends the
    fetch (a review: ``ingest`` hung on such a server, and the good inputs given with it were never stored)."""
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.sendall(b"HTTP/1.1 200 OK\r\n")
            while not stop.wait(0.2):
                try:
                    connection.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    return

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    started = time.monotonic()
    try:
        with Fetcher(timeout=1.0, deadline=0.8) as client, pytest.raises(SourceError, match=r"timed out after 0\.8 s"):
            client.fetch(url)
        assert time.monotonic() - started < 3.0
    finally:
        stop.set()
        listener.close()


@pytest.mark.parametrize("allow_private", [True, False])
def test_a_name_lookup_that_never_answers_ends_with_the_connect_timeout(
    monkeypatch: pytest.MonkeyPatch, allow_private: bool
) -> None:
    """``getaddrinfo`` has no timeout: a resolver that does not answer had held a fetch past its deadline (a
    probe). The system resolver cannot be made slow from a test, so its call is: the lookup sleeps 5 s."""
    real_lookup = socket.getaddrinfo

    def silent_resolver(host: str, *args: object, **kwargs: object) -> object:
        if host == "slow-dns.example":
            time.sleep(5)
        return real_lookup(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", silent_resolver)
    started = time.monotonic()
    with Fetcher(timeout=0.5, allow_private=allow_private) as client, pytest.raises(SourceError) as failure:
        client.fetch("http://slow-dns.example/story")
    assert time.monotonic() - started < 3
    assert failure.value.reason == "could not resolve host (no answer in 0.5 s)"
