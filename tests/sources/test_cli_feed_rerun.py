"""Reading a feed again: the CLI says it has not changed instead of a bare "0 ingested"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from httpserver import LocalHTTPServer, RecordedRequest, Response

PAGE = (b"<html><head><title>Talks resume in Istanbul</title></head><body><article><h1>Talks resume in Istanbul</h1>"
        b"<p>Russia and Ukraine resumed talks in Istanbul on Wednesday, officials said. The delegations met for an "
        b"hour at the palace.</p><p>The Turkish foreign minister urged both sides to end the war that has raged "
        b"for over three years.</p></article></body></html>")


def test_a_feed_read_again_unchanged_is_reported_as_unchanged(server: LocalHTTPServer, tmp_path: Path) -> None:
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><item><title>Talks resume'
            f'</title><link>{server.url("/a")}</link><pubDate>Wed, 23 Jul 2025 10:00:00 GMT</pubDate></item>'
            f'</channel></rss>').encode()

    def answer(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304)
        return Response(body=feed, headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    server.routes["/feed"] = answer
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    db = str(tmp_path / "feed.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, server.url("/feed")])
    assert first.exit_code == 0 and first.output.endswith("1 ingested, 0 duplicates, 0 failed\n")
    again = runner.invoke(main, ["ingest", "--db", db, server.url("/feed")])
    assert again.exit_code == 0
    assert f"= {server.url('/feed')}: feed unchanged since it was last read, nothing new" in again.output
    assert again.output.endswith("0 ingested, 0 duplicates, 0 failed, 1 feed(s) unchanged\n")
    as_json = runner.invoke(main, ["ingest", "--db", db, "--json", server.url("/feed")])
    assert json.loads(as_json.output)["unchanged_feeds"] == [server.url("/feed")]


def test_feeds_and_pages_by_url_ingest_with_worker_processes(server: LocalHTTPServer, tmp_path: Path) -> None:
    """Reading a feed uses the store (its cache validators), which only the main thread may touch: with --workers 2
    every feed and URL once failed as "unreadable (ProgrammingError ...)"."""
    second = (b"<html><head><title>Delegations meet again</title></head><body><article><h1>Delegations meet again"
              b"</h1><p>The prisoner exchange agreed in Istanbul went ahead on Thursday at the Belarusian border, "
              b"both defence ministries said.</p><p>Each side released 250 soldiers, and the bodies of the fallen "
              b"were handed over on the same day.</p></article></body></html>")
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>'
            f'<item><title>Talks resume</title><link>{server.url("/a")}</link>'
            f'<pubDate>Wed, 23 Jul 2025 10:00:00 GMT</pubDate></item>'
            f'<item><title>Delegations meet again</title><link>{server.url("/b")}</link>'
            f'<pubDate>Thu, 24 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>').encode()
    server.routes["/feed"] = Response(body=feed, headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    server.routes["/b"] = Response(body=second, headers={"Content-Type": "text/html"})
    db = str(tmp_path / "workers.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--workers", "2", "--json", server.url("/feed")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["failed"] == []
    assert [i["title"] for i in report["ingested"]] == ["Talks resume", "Delegations meet again"]


def test_a_page_named_by_its_host_takes_the_outlet_its_feed_names(server: LocalHTTPServer, tmp_path: Path) -> None:
    """A page read by URL before its feed is filed under its site's address; the feed read afterwards names the
    outlet (a user test's pages had kept "127.0.0.1:8765"). A name the user gave is never replaced this way."""
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire - World</title><item><title>Talks '
            f'resume</title><link>{server.url("/a")}</link><pubDate>Wed, 23 Jul 2025 10:00:00 GMT</pubDate></item>'
            f'</channel></rss>').encode()
    server.routes["/feed"] = Response(body=feed, headers={"Content-Type": "application/rss+xml"})
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    db = str(tmp_path / "hosts.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, server.url("/a")]).exit_code == 0
    stored = json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)
    assert stored["outlet"] in {"127.0.0.1", f"127.0.0.1:{server.port}"}
    again = runner.invoke(main, ["ingest", "--db", db, server.url("/feed")])
    assert again.exit_code == 0
    assert f"outlet set to 'Local Wire' (was '{stored['outlet']}')" in again.output
    assert json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)["outlet"] == "Local Wire"
    # A name given by the user stays whatever a feed says later.
    other = str(tmp_path / "given.db")
    assert runner.invoke(main, ["ingest", "--db", other, "--outlet", "My Desk", server.url("/a")]).exit_code == 0
    assert "outlet set" not in runner.invoke(main, ["ingest", "--db", other, server.url("/feed")]).output
    assert json.loads(runner.invoke(main, ["article", "--db", other, "--json", "1"]).output)["outlet"] == "My Desk"


def _feed_answering_304(feed: bytes) -> Callable[[RecordedRequest], Response]:
    def answer(request: RecordedRequest) -> Response:
        if request.headers.get("if-none-match") == '"v1"':
            return Response(status=304)
        return Response(body=feed, headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'})

    return answer


def test_published_and_outlet_given_for_a_feed_read_before_are_applied(server: LocalHTTPServer, tmp_path: Path) -> None:
    """A user test: `ingest --published 2010-01-15 FEED` on a feed read before said "feed unchanged" and re-dated
    nothing, and so did --outlet; given metadata now fetches the feed whole, as the same URL read again would."""
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><item><title>Talks resume'
            f'</title><link>{server.url("/a")}</link></item></channel></rss>').encode()
    server.routes["/feed"] = _feed_answering_304(feed)
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    db = str(tmp_path / "redate.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, server.url("/feed")]).exit_code == 0
    redated = runner.invoke(main, ["ingest", "--db", db, "--published", "2010-01-15", server.url("/feed")])
    assert redated.exit_code == 0, redated.output
    assert "publication date set to 2010-01-15" in redated.output and "unchanged" not in redated.output
    renamed = runner.invoke(main, ["ingest", "--db", db, "--outlet", "Wire Desk", server.url("/feed")])
    assert "outlet set to 'Wire Desk' (was 'Local Wire')" in renamed.output
    stored = json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)
    assert (stored["published"]["earliest"], stored["outlet"]) == ("2010-01-15", "Wire Desk")
    # Without given metadata the request is conditional again.
    assert "feed unchanged since it was last read" in runner.invoke(main, ["ingest", "--db", db, server.url("/feed")]
                                                                    ).output


def test_a_feed_entry_that_failed_is_retried_when_the_feed_is_read_again(
    server: LocalHTTPServer, tmp_path: Path
) -> None:
    """A user test's feed entry whose page was down was lost for good: the unchanged feed answered "not modified"
    after. The same for a page read but with no article text yet, which fails after the feed is read."""
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>'
            f'<item><title>Talks resume</title><link>{server.url("/a")}</link></item>'
            f'<item><title>Talks go on</title><link>{server.url("/b")}</link></item></channel></rss>').encode()
    server.routes["/feed"] = _feed_answering_304(feed)
    server.routes["/a"] = Response(body=b"<html><body><nav>Home</nav></body></html>",
                                   headers={"Content-Type": "text/html"})
    db = str(tmp_path / "retry.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, server.url("/feed")])
    assert first.exit_code == 1 and first.output.endswith("0 ingested, 0 duplicates, 2 failed\n")
    assert f"{server.url('/b')}: feed entry has no content (page: HTTP 404)" in first.output
    other = (b"<html><body><article><h1>Talks go on</h1><p>The prisoner exchange agreed in Istanbul went ahead on "
             b"Thursday at the Belarusian border, both defence ministries said.</p><p>Each side released 250 soldiers."
             b"</p></article></body></html>")
    server.routes["/b"] = Response(body=other, headers={"Content-Type": "text/html"})
    second = runner.invoke(main, ["ingest", "--db", db, server.url("/feed")])
    assert second.exit_code == 1 and second.output.endswith("1 ingested, 0 duplicates, 1 failed\n"), second.output
    assert f"{server.url('/a')}: no article text found" in second.output
    server.routes["/a"] = Response(body=PAGE, headers={"Content-Type": "text/html"})
    third = runner.invoke(main, ["ingest", "--db", db, server.url("/feed")])
    assert third.exit_code == 0 and third.output.endswith("1 ingested, 1 duplicates, 0 failed\n"), third.output
    assert runner.invoke(main, ["ingest", "--db", db, server.url("/feed")]).output.endswith("1 feed(s) unchanged\n")
