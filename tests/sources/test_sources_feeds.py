"""RSS/Atom feeds and OPML lists, from files and from a real HTTP server, with conditional GET."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.records import RawInput, SourceFailure, SourceUnchanged
from dateline.sources import Fetcher, GivenMetadata, MemoryFeedCache, iter_inputs
from httpserver import LocalHTTPServer, RecordedRequest, Response, redirect

RSS = "application/rss+xml"


def rss(server: LocalHTTPServer, *items: tuple[str, str, str]) -> bytes:
    """An RSS feed whose items (path, title, description) link to pages on ``server``."""
    entries = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link>"
        f"<pubDate>Tue, 01 Apr 2025 09:00:00 GMT</pubDate><description>{text}</description></item>"
        for path, title, text in items
    )
    channel = f"<channel><title>Local Wire</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


# Summaries long enough to stand for an article when the entry's page cannot be read (8 words or more).
FIRST = "First summary: the talks resumed in Istanbul on Wednesday."
SECOND = "Second summary: the delegations met again on Thursday morning."
TEASER = "Teaser two: the prisoner exchange went ahead on Friday."


def opml(*urls: str) -> bytes:
    outlines = "".join(f'<outline text="f" type="rss" xmlUrl="{url}"/>' for url in urls)
    body = f'<body><outline text="news">{outlines}</outline></body>'
    return f'<?xml version="1.0"?><opml version="2.0"><head/>{body}</opml>'.encode()


def test_rss_file_entries_use_feed_content_without_fetcher(data_dir: Path) -> None:
    first, second = iter_inputs([str(data_dir / "wire.rss")])
    assert isinstance(first, RawInput) and isinstance(second, RawInput)
    assert first.origin == "https://wire.example/2025/07/talks-resume"
    assert first.body.startswith("<p>Delegations from both countries")  # content:encoded beats description
    assert (first.kind, first.url, first.given_outlet) == ("html", first.origin, "Example Wire")
    assert first.given_title == "Talks resume in Istanbul after two-year pause"
    assert first.given_published == date(2025, 7, 23)  # the date written, not the UTC date (24th)
    assert second.body == "<p>Both sides agreed to exchange 1,200 prisoners, officials said.</p>"


def test_atom_file(data_dir: Path) -> None:
    strike, ferry = iter_inputs([str(data_dir / "digest.atom")])
    assert isinstance(strike, RawInput) and isinstance(ferry, RawInput)
    assert (strike.given_outlet, strike.given_published) == ("Harbour Daily", date(2025, 3, 1))
    assert strike.body == "<p>Dock workers stayed out for an eighth day on Saturday.</p>"
    # No link: the origin names the feed and the entry; a plain-text summary stays text.
    assert ferry.origin == f"{data_dir / 'digest.atom'}#entry-2"
    assert (ferry.kind, ferry.url, ferry.given_published) == ("text", None, date(2025, 2, 27))


def test_given_metadata_beats_feed_metadata(data_dir: Path) -> None:
    given = GivenMetadata(outlet="My Label", published=date(2025, 1, 1))
    items = list(iter_inputs([str(data_dir / "wire.rss")], given))
    assert {(item.given_outlet, item.given_published) for item in items if isinstance(item, RawInput)} == {
        ("My Label", date(2025, 1, 1))
    }


def test_malformed_feed_file(data_dir: Path) -> None:
    path = str(data_dir / "broken-feed.xml")
    (item,) = iter_inputs([path])
    assert isinstance(item, SourceFailure) and item.origin == path
    assert item.reason.startswith("malformed feed XML: ")
    assert "\n" not in item.reason


def test_partially_malformed_feed_keeps_its_entries(tmp_path: Path) -> None:
    path = tmp_path / "half.xml"
    path.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half</title>'
        b"<item><title>Kept</title><description>Whole entry &amp; fine.</description></item>"
        b"<item><title>Broken &nbsp; entity"
    )
    items = list(iter_inputs([str(path)]))
    assert any(isinstance(item, RawInput) and "Whole entry" in item.body for item in items)
    # ... and says the rest was not read (a user test's cut-off Atom feed gave its first entries silently).
    assert items[-1] == SourceFailure(
        str(path), "malformed feed XML (line 1, column 187: undefined entity): only the 2 entries before it were read"
    )
    # An entity feedparser recovers from loses no entry: nothing to report (a review).
    whole = tmp_path / "nbsp.xml"
    whole.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>N</title><item><title>A&nbsp;B'
                      b"</title><description>Entry one.</description></item><item><title>C</title><description>"
                      b"Entry two.</description></item></channel></rss>")
    assert [type(item) for item in iter_inputs([str(whole)])] == [RawInput, RawInput]


def test_feed_with_misleading_extension_is_sniffed(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_bytes((data_dir / "wire.rss").read_bytes())
    items = list(iter_inputs([str(path)]))
    assert len(items) == 2 and all(isinstance(item, RawInput) for item in items)


def test_feed_url_fetches_entry_pages_and_falls_back(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    feed = rss(server, ("/story-1", "One", "teaser one"), ("/gone", "Two", TEASER), ("/empty", "Three", ""),
               ("/missing", "Four", "teaser four"))
    server.routes["/feed.xml"] = Response(body=feed, headers={"Content-Type": RSS})
    server.routes["/story-1"] = Response(
        body="<html><body><p>Full story, café.</p></body></html>".encode("cp1252"),
        headers={"Content-Type": "text/html; charset=windows-1252"},
    )
    server.routes["/empty"] = Response(status=500)
    one, two, three, four = iter_inputs([server.url("/feed.xml")], fetcher=fetcher)
    assert isinstance(one, RawInput) and "Full story, café." in one.body and one.kind == "html"
    assert (one.given_title, one.given_outlet, one.given_published) == ("One", "Local Wire", date(2025, 4, 1))
    assert isinstance(two, RawInput) and two.body == TEASER  # page 404: the feed's summary instead
    assert three == SourceFailure(server.url("/empty"), "feed entry has no content (page: HTTP 500)")
    # ... unless the summary is too short to stand for the article: then the page's failure is the reason.
    assert four == SourceFailure(server.url("/missing"), "feed entry has no content (page: HTTP 404; its summary has "
                                                         "2 words)")
    assert server.requests_to("/feed.xml")[0].headers["user-agent"].startswith("Dateline/")


def test_conditional_get_second_run_yields_only_an_unchanged_notice(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    body = rss(server, ("/s", "S", "summary text"))

    def feed(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == '"rev-3"':
            return Response(status=304)
        return Response(body=body, headers={"Content-Type": RSS, "ETag": '"rev-3"'})

    server.routes["/feed"] = feed
    server.routes["/s"] = Response(body=b"<p>page</p>", headers={"Content-Type": "text/html"})
    cache = MemoryFeedCache()
    first = list(iter_inputs([server.url("/feed")], fetcher=fetcher, feed_cache=cache))
    assert len(first) == 1 and cache.get(server.url("/feed")) == ('"rev-3"', None)
    assert list(iter_inputs([server.url("/feed")], fetcher=fetcher, feed_cache=cache)) == [
        SourceUnchanged(server.url("/feed"))
    ]
    assert [r.headers.get("if-none-match") for r in server.requests_to("/feed")] == [None, '"rev-3"']


def test_malformed_feed_url_is_not_cached(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/bad"] = Response(body=b"<rss><channel><title>x", headers={"Content-Type": RSS, "ETag": '"e"'})
    cache = MemoryFeedCache()
    (item,) = iter_inputs([server.url("/bad")], fetcher=fetcher, feed_cache=cache)
    assert isinstance(item, SourceFailure) and item.reason.startswith("malformed feed XML")
    assert cache.get(server.url("/bad")) == (None, None)


def test_article_url(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/a"] = redirect("/article")
    server.routes["/article"] = Response(
        body=b"<!doctype html><title>T</title><p>Body</p>", headers={"Content-Type": "text/html"}
    )
    server.routes["/plain"] = Response(body=b"Just words.", headers={"Content-Type": "text/plain"})
    page, plain = iter_inputs([server.url("/a"), server.url("/plain")], fetcher=fetcher)
    assert isinstance(page, RawInput) and (page.origin, page.url, page.kind) == (
        server.url("/a"),
        server.url("/article"),
        "html",
    )
    assert isinstance(plain, RawInput) and plain.kind == "text" and plain.body == "Just words."


def test_url_failures_become_failures(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/slow"] = Response(body=b"late", delay=3.0)
    server.routes["/img"] = Response(body=b"\x89PNG\r\n", headers={"Content-Type": "image/png"})
    server.routes["/loop"] = redirect("/loop")
    urls = [server.url(path) for path in ("/missing", "/slow", "/img", "/loop")]
    items = list(iter_inputs(urls, fetcher=fetcher))
    assert items == [
        SourceFailure(urls[0], "HTTP 404"),
        SourceFailure(urls[1], "timed out after 0.5 s"),
        SourceFailure(urls[2], "not a web page (content type image/png)"),
        SourceFailure(urls[3], "too many redirects (more than 5)"),
    ]


def test_private_url_refused_through_iter_inputs(server: LocalHTTPServer) -> None:
    server.routes["/x"] = Response(body=b"secret")
    with Fetcher(timeout=0.5, allow_private=False) as guarded:
        (item,) = iter_inputs([server.url("/x")], fetcher=guarded)
    assert isinstance(item, SourceFailure) and "private address" in item.reason
    assert server.requests == []


def test_opml_file_lists_feeds(tmp_path: Path, server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/one.xml"] = Response(body=rss(server, ("/p1", "P1", FIRST)), headers={"Content-Type": RSS})
    server.routes["/two.xml"] = Response(body=rss(server, ("/p2", "P2", SECOND)), headers={"Content-Type": RSS})
    server.routes["/page.html"] = Response(body=b"<p>not a feed</p>", headers={"Content-Type": "text/html"})
    path = tmp_path / "subscriptions.opml"
    urls = [server.url("/one.xml"), server.url("/dead.xml"), server.url("/two.xml"), server.url("/page.html")]
    path.write_bytes(opml(*urls, "ftp://old.example/feed"))
    items = list(iter_inputs([str(path)], fetcher=fetcher))
    assert [item.body if isinstance(item, RawInput) else item.reason for item in items] == [
        FIRST,
        "HTTP 404",
        SECOND,
        "OPML lists it as a feed but it is html",
        "unsupported scheme 'ftp'",
    ]


def test_opml_url(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    server.routes["/feed.xml"] = Response(body=rss(server, ("/p", "P", FIRST)), headers={"Content-Type": RSS})
    server.routes["/list.opml"] = Response(body=opml(server.url("/feed.xml")), headers={"Content-Type": "text/x-opml"})
    (item,) = iter_inputs([server.url("/list.opml")], fetcher=fetcher)
    assert isinstance(item, RawInput) and item.body == FIRST and item.given_outlet == "Local Wire"


def test_malformed_and_empty_opml(tmp_path: Path) -> None:
    broken = tmp_path / "broken.opml"
    broken.write_bytes(b'<?xml version="1.0"?><opml><body><outline xmlUrl="http://x/"')
    empty = tmp_path / "empty.opml"
    empty.write_bytes(b'<?xml version="1.0"?><opml version="2.0"><body><outline text="none"/></body></opml>')
    first, second = iter_inputs([str(broken), str(empty)])
    assert isinstance(first, SourceFailure) and first.reason.startswith("malformed OPML: ")
    assert second == SourceFailure(str(empty), "OPML lists no feeds")


def test_feed_without_entries_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "quiet.rss"
    path.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert list(iter_inputs([str(path)])) == [SourceFailure(str(path), "feed has no entries")]


def test_entry_pages_fetched_concurrently_keep_feed_order(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    # The first page is the slowest, so completion order is the reverse of feed order.
    paths = [f"/p{number}" for number in range(4)]
    for number, path in enumerate(paths):
        server.routes[path] = Response(body=f"<p>page {number}</p>".encode(), delay=0.05 * (4 - number))
    server.routes["/feed"] = Response(body=rss(server, *[(path, path, "teaser") for path in paths]))
    items = list(iter_inputs([server.url("/feed")], fetcher=fetcher))
    assert [item.body for item in items if isinstance(item, RawInput)] == [f"<p>page {n}</p>" for n in range(4)]
    assert [item.origin for item in items] == [server.url(path) for path in paths]


def test_relative_entry_links_resolve_against_the_feed_url(server: LocalHTTPServer, fetcher: Fetcher) -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Rel</title>
        <item><title>A</title><link>../news/a</link><description>teaser</description></item>
        </channel></rss>"""
    server.routes["/feeds/main.xml"] = Response(body=feed, headers={"Content-Type": RSS})
    server.routes["/news/a"] = Response(body=b"<p>Full page A</p>", headers={"Content-Type": "text/html"})
    (item,) = iter_inputs([server.url("/feeds/main.xml")], fetcher=fetcher)
    assert isinstance(item, RawInput) and item.body == "<p>Full page A</p>"
    assert item.origin == item.url == server.url("/news/a")


def test_a_feed_date_that_cannot_be_a_publication_date_leaves_the_entry_undated(tmp_path: Path) -> None:
    """A review: an Atom date of month 13 became 2026-01-01 (feedparser rolls it over) and a year 9999 one put the
    story at the top of the store's list."""
    path = tmp_path / "dates.atom"
    entries = "".join(
        f"<entry><title>T{n}</title><id>urn:{n}</id><updated>{when}</updated><content>Story {n}.</content></entry>"
        for n, when in enumerate(("2025-13-45T99:00:00Z", "9999-01-01T00:00:00Z", "2025-07-24T10:00:00Z"))
    )
    path.write_text(f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{entries}</feed>')
    items = [item for item in iter_inputs([str(path)]) if isinstance(item, RawInput)]
    assert [item.given_published for item in items] == [None, None, date(2025, 7, 24)]


def test_entry_authors_by_name(tmp_path: Path) -> None:
    """An entry's byline comes with it: RSS ``author`` (an address with the name), ``dc:creator``, several Atom
    authors; an address alone names nobody."""
    rss_path = tmp_path / "bylines.rss"
    items = (
        ("a", "<author>jdoe@wire.example (Jane Doe)</author>"),
        ("b", "<dc:creator>Mark  Smith</dc:creator>"),
        ("c", "<author>jdoe@wire.example</author>"),
    )
    entries = "".join(
        f"<item><title>{name}</title><link>https://wire.example/{name}</link>{byline}"
        f"<description>{FIRST}</description></item>" for name, byline in items
    )
    rss_path.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Wire</title>{entries}</channel></rss>", encoding="utf-8"
    )
    found = [item.given_author for item in iter_inputs([str(rss_path)]) if isinstance(item, RawInput)]
    assert found == ["Jane Doe", "Mark Smith", None]
    atom_path = tmp_path / "two.atom"
    atom_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Daily</title>'
        '<entry><title>E</title><link href="https://daily.example/e"/><updated>2025-03-01T08:00:00Z</updated>'
        f"<author><name>Ann One</name></author><author><name>Bob Two</name></author><summary>{FIRST}</summary>"
        "</entry></feed>", encoding="utf-8"
    )
    (entry,) = iter_inputs([str(atom_path)])
    assert isinstance(entry, RawInput) and entry.given_author == "Ann One, Bob Two"
    # One Atom author with an email: feedparser writes "Cy Three (cy@daily.example)" (a review found it lost).
    emailed = tmp_path / "emailed.atom"
    emailed.write_text(atom_path.read_text(encoding="utf-8").replace(
        "<author><name>Ann One</name></author><author><name>Bob Two</name></author>",
        "<author><name>Cy Three</name><email>cy@daily.example</email></author>"), encoding="utf-8")
    (single,) = iter_inputs([str(emailed)])
    assert isinstance(single, RawInput) and single.given_author == "Cy Three"
    (given,) = iter_inputs([str(atom_path)], GivenMetadata(author="Desk Editor"))
    assert isinstance(given, RawInput) and given.given_author == "Desk Editor"
