"""Reading a feed again: conditional GET skips an unchanged feed, but not one whose entry failed or one read with
metadata to apply; feed titles are plain text (session-29 user test)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.records import RawInput, SourceFailure, SourceUnchanged
from dateline.sources import Fetcher, GivenMetadata, MemoryFeedCache, iter_inputs
from httpserver import LocalHTTPServer, RecordedRequest, Response

RSS = "application/rss+xml"
PAGE = b"<html><body><p>The talks resumed in Istanbul on Wednesday, officials said.</p></body></html>"


def _feed(server: LocalHTTPServer, *paths: str) -> bytes:
    items = "".join(f"<item><title>Item {path}</title><link>{server.url(path)}</link></item>" for path in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


def _serve_feed_with_etag(server: LocalHTTPServer, body: bytes) -> None:
    def answer(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304)
        return Response(body=body, headers={"Content-Type": RSS, "ETag": '"v1"'})

    server.routes["/feed"] = answer


def test_a_feed_with_a_failed_entry_is_read_again_and_the_entry_retried(
    server: LocalHTTPServer, fetcher: Fetcher
) -> None:
    """A user test's entry whose page was down (404) was lost for good: the unchanged feed answered 304 after."""
    _serve_feed_with_etag(server, _feed(server, "/a", "/b"))
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    cache = MemoryFeedCache()
    first = list(iter_inputs([server.url("/feed")], fetcher=fetcher, feed_cache=cache))
    assert first[1] == SourceFailure(server.url("/b"), "feed entry has no content (page: HTTP 404)")
    assert cache.get(server.url("/feed")) == (None, None)
    server.routes["/b"] = Response(body=PAGE.replace(b"Wednesday", b"Thursday"), headers={"Content-Type": "text/html"})
    again = list(iter_inputs([server.url("/feed")], fetcher=fetcher, feed_cache=cache))
    assert [type(item) for item in again] == [RawInput, RawInput] and again[1].origin == server.url("/b")
    # Read without a failure, the feed is remembered: the next read is conditional and finds it unchanged.
    assert list(iter_inputs([server.url("/feed")], fetcher=fetcher, feed_cache=cache)) == [
        SourceUnchanged(server.url("/feed"))
    ]
    assert [r.headers.get("if-none-match") for r in server.requests_to("/feed")] == [None, None, '"v1"']


def test_a_feed_read_with_given_metadata_is_fetched_whole(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    """--published, --outlet or --author must reach the entries of a feed read before (a user test's --published
    on such a feed re-dated nothing: "feed unchanged")."""
    _serve_feed_with_etag(server, _feed(server, "/a"))
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    cache = MemoryFeedCache()
    assert [type(item) for item in iter_inputs([server.url("/feed")], fetcher=fetcher, feed_cache=cache)] == [RawInput]
    for given in (GivenMetadata(published=date(2010, 1, 15)), GivenMetadata(outlet="Desk"), GivenMetadata(author="A")):
        (item,) = iter_inputs([server.url("/feed")], given, fetcher=fetcher, feed_cache=cache)
        assert isinstance(item, RawInput) and item.feed == server.url("/feed")
        assert (item.given_published, item.given_outlet, item.given_author) == (
            given.published, given.outlet or "Wire", given.author
        )
    assert [r.headers.get("if-none-match") for r in server.requests_to("/feed")] == [None] * 4


def test_feed_titles_are_plain_text(tmp_path: Path) -> None:
    """A user test's feed with an unescaped "&" and a stray "<b>" in a title stored it as "Aid & <b>relief"."""
    path = tmp_path / "broken.xml"
    path.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>BBC News - <i>Americas</i></title>'
        b"<item><title>Quake &amp; <b>aftershocks</b></title><link>https://news.example/1</link>"
        b"<description>Rescuers searched the rubble of Port-au-Prince for a sixth day.</description></item>"
        b"<item><title>Aid & <b>relief</title><link>https://news.example/2</link>"
        b"<description>Problems continue to hinder aid to quake-hit Haiti, officials said.</description></item>"
        b"</channel></rss>"
    )
    items = [item for item in iter_inputs([str(path)]) if isinstance(item, RawInput)]
    assert [item.given_title for item in items] == ["Quake & aftershocks", "Aid & relief"]
    assert items[0].given_outlet == "BBC News"
