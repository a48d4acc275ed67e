"""The HTML pages over a hand-built store, through Starlette's test client."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from dateline.pipeline import Ingestor
from dateline.store import SqliteStore
from dateline.web import create_app
from dateline.web.highlight import Mark, paragraphs


def test_stories_page_lists_stories_with_outlets_sources_and_actors(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Harvest festival" in page.text
    assert "Example Wire" in page.text and "Daily Example" in page.text
    assert "2 sources" in page.text
    assert "Vladimir Putin" in page.text  # key actors shown by name, not key


def test_stories_are_ordered_by_latest_activity(client: TestClient) -> None:
    page = client.get("/").text
    assert page.index("Harvest festival") < page.index("Istanbul talks")


def test_search_finds_articles_and_events(client: TestClient) -> None:
    page = client.get("/", params={"q": "tractors"})
    assert page.status_code == 200
    results = page.text.split('id="stories"')[0]
    assert "parade of tractors" in results  # the event
    assert "Harvest festival" in results  # its article
    assert "Istanbul" not in results


def test_story_page_shows_dated_entries_sources_and_panels(client: TestClient, handmade_db: str) -> None:
    with SqliteStore(handmade_db) as store:
        story_id = store.get_article(1).story_id
    page = client.get(f"/stories/{story_id}")
    assert page.status_code == 200
    text = page.text
    assert "18 July 2025" in text and "23 July 2025" in text
    assert text.index("18 July 2025") < text.index("23 July 2025")
    assert 'id="disagreements"' in text and 'id="actors"' in text and 'id="articles"' in text
    assert "<svg" in text and 'href="#n1"' in text  # the visual timeline links to the entries
    assert "Example Wire" in text and "Daily Example" in text
    for fmt in ("timelinejs", "csv", "markdown", "jsonl"):
        assert f"/stories/{story_id}/export/{fmt}" in text


def test_story_page_has_a_key_days_panel_citing_its_sources(client: TestClient, handmade_db: str) -> None:
    with SqliteStore(handmade_db) as store:
        story_id = store.get_article(1).story_id
    text = client.get(f"/stories/{story_id}").text
    panel = text.split('id="key-days"')[1].split("</section>")[0]
    assert "23 July 2025" in panel and "Daily Example" in panel
    assert "javascript:" not in panel  # the sources link to the article page, never to the raw URL


def test_background_is_separated_from_news(client: TestClient) -> None:
    page = client.get("/stories/1").text
    assert 'id="background"' in page
    news, background = page.split('id="background"', 1)
    assert "2 June 2025" in background.split('id="disagreements"')[0]
    assert "second round of talks" not in news.split('id="timeline"')[1]


def test_article_page_highlights_the_analysis_and_lists_removed_furniture(client: TestClient) -> None:
    page = client.get("/articles/1")
    assert page.status_code == 200
    assert 'class="hl-entity' in page.text and "hl-time" in page.text and "hl-event" in page.text
    assert "Removed as page furniture" in page.text


def test_article_and_story_pages_say_when_dates_rest_on_a_guess(
    tmp_path: Path, examples_dir: Path, analyzer: Any, client: TestClient
) -> None:
    # A store of its own: the session's reference store is changed by the browser tests' form posts.
    db = str(tmp_path / "guessed.db")
    with SqliteStore(db) as store:
        assert Ingestor(store, lambda: analyzer).ingest([str(examples_dir)]).ok
    with TestClient(create_app(db)) as reference:
        page = reference.get("/articles/1")
        story = reference.get("/stories/1")
        listing = reference.get("/")
    assert page.status_code == 200
    assert 'class="muted date-hint"' in page.text and "--published" in page.text  # the example's year is a guess
    assert 'class="muted date-hint"' in story.text and 'href="/articles/2">article 2</a>' in story.text
    assert "(guessed)</span>" in story.text and "(guessed)</span>" in listing.text  # the pages' guessed dates
    assert "date-hint" not in client.get("/stories/1").text  # the hand-made store's dates are given


def test_unknown_story_and_article_are_404_pages(client: TestClient) -> None:
    assert client.get("/stories/999").status_code == 404
    missing = client.get("/articles/999")
    assert missing.status_code == 404 and "no such article" in missing.text
    assert client.get("/stories/99999999999999999999999").status_code == 404


def test_export_downloads_each_format(client: TestClient) -> None:
    csv = client.get("/stories/1/export/csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    assert csv.text.splitlines()[0].startswith("date,precision,type")
    assert client.get("/stories/1/export/pdf").status_code == 400


def test_highlight_pieces_cover_the_text_exactly_once() -> None:
    text = "Putin met Erdogan.\n\nThey spoke on July 18."
    when = text.index("July 18")
    marks = [Mark(0, 5, "entity", "Putin"), Mark(0, 18, "event", "meet"), Mark(when, when + 7, "time", "date"),
             Mark(when - 3, 999, "quote", "clipped")]
    paras = paragraphs(text, marks)
    assert len(paras) == 2
    assert "".join(p.text for p in paras[0]) + "\n\n" + "".join(p.text for p in paras[1]) == text
    assert paras[0][0].text == "Putin" and paras[0][0].kinds == ("entity", "event")
    assert any(p.text == "July 18" and "time" in p.kinds for p in paras[1])


def test_story_page_names_an_outlets_copy_without_quoting_it_again(client: TestClient, handmade_db: str) -> None:
    with SqliteStore(handmade_db) as store:
        story_id = store.get_article(1).story_id
        before = client.get(f"/stories/{story_id}").text
        with store.transaction():
            store.add_copy(1, "wire-copy.txt", "https://copies.example/putin-erdogan", "Copy Daily")
    after = client.get(f"/stories/{story_id}").text
    assert "Copy Daily" not in before and "Copied by Copy Daily." in after
    assert after.count("<q>") == before.count("<q>")  # the copy's sentence is its source's: not quoted twice


def test_article_page_lists_the_copies_of_its_text(client: TestClient, handmade_db: str) -> None:
    assert "Copies" not in client.get("/articles/1").text
    with SqliteStore(handmade_db) as store, store.transaction():
        store.add_copy(1, "wire-copy.txt", "https://copies.example/putin-erdogan", "Copy Daily")
    page = client.get("/articles/1").text
    assert "<dt>Copies</dt>" in page and "Copy Daily" in page and 'href="https://copies.example/putin-erdogan"' in page


def test_a_renamed_copy_refreshes_the_cached_story_page(client: TestClient, handmade_db: str) -> None:
    with SqliteStore(handmade_db) as store:
        story_id = store.get_article(1).story_id
        with store.transaction():
            store.add_copy(1, "wire-copy.txt", None, "Copy Daily")
        assert "Copied by Copy Daily." in client.get(f"/stories/{story_id}").text
        with store.transaction():
            assert store.rename_copy(1, "wire-copy.txt", "Copy Weekly") == ("Copy Daily",)
    page = client.get(f"/stories/{story_id}").text
    assert "Copied by Copy Weekly." in page and "Copy Daily" not in page


def test_a_merged_storys_old_address_leads_to_the_story_it_went_into(client: TestClient, handmade_db: str) -> None:
    """A user test: after a merge the old id's page showed the other story under the old address, without a word."""
    from dateline.link import merge_stories

    with SqliteStore(handmade_db) as store:
        rows = store.conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL")
        ids = sorted({int(r[0]) for r in rows})
        assert len(ids) >= 2
        merge_stories(store, ids[0], ids[1])
    moved = client.get(f"/stories/{ids[1]}?conflicts=all", follow_redirects=False)
    assert moved.status_code == 302 and moved.headers["location"].endswith(f"/stories/{ids[0]}?conflicts=all")
    assert client.get(f"/stories/{ids[1]}").url.path == f"/stories/{ids[0]}"
    assert client.get(f"/stories/{ids[0]}", follow_redirects=False).status_code == 200


def test_the_story_page_narrows_to_the_top_entries_a_period_and_shared_news(client: TestClient) -> None:
    """A user test: /stories/1?top=10 returned the whole 1,800-entry page; the page had no such controls."""
    full = client.get("/stories/1").text
    assert 'name="top"' in full and 'name="since"' in full and 'id="narrowed"' not in full
    every = full.count('<li class="entry')
    assert every >= 2
    top = client.get("/stories/1?top=1")
    assert top.status_code == 200 and top.text.count('<li class="entry') == 1
    assert "Showing 1 of " in top.text and 'value="1"' in top.text
    blank = client.get("/stories/1?top=&since=&until=&min_outlets=")  # a form sent with its fields empty
    assert blank.status_code == 200 and blank.text.count('<li class="entry') == every
    assert 'id="narrowed"' not in blank.text
    assert client.get("/stories/1?since=2030-01-01").text.count('<li class="entry') == 0
    assert client.get("/stories/1?top=zero").status_code == 400
    assert client.get("/stories/1?since=2025-07-24&until=2025-07-01").status_code == 400
    assert client.get("/stories/1").text.count('<li class="entry') == every  # the cached full page is untouched


def test_a_narrowed_pages_exports_and_form_keep_its_narrowing(client: TestClient) -> None:
    """A review: the export links of /stories/1?top=1 exported every entry, and the form dropped conflicts=all."""
    page = client.get("/stories/1?top=1&conflicts=all").text
    assert 'href="/stories/1/export/jsonl?top=1"' in page and 'href="/api/stories/1/timeline?top=1"' in page
    assert '<input type="hidden" name="conflicts" value="all">' in page
    assert len(client.get("/stories/1/export/jsonl?top=1").text.splitlines()) == 1
    assert len(client.get("/stories/1/export/jsonl").text.splitlines()) > 1
    assert 'export/jsonl"' in client.get("/stories/1").text  # the full page's links carry no narrowing


def test_a_compact_date_shows_in_the_forms_date_field(client: TestClient) -> None:
    page = client.get("/stories/1?since=20250701").text
    assert 'name="since" value="2025-07-01"' in page


def test_the_story_pages_export_links_have_distinct_labels(client: TestClient) -> None:
    """A user test read "… · JSON · JSON": the JSON download and the JSON API had one label."""
    exports = client.get("/stories/1").text.split('<p class="exports">', 1)[1].split("</p>", 1)[0]
    labels = re.findall(r"<a [^>]*>([^<]*)</a>", exports)
    assert len(labels) == 6 and len(set(labels)) == len(labels), labels
    assert re.search(r'<a href="/api/stories/1/timeline"[^>]*>JSON API</a>', exports)


def test_story_page_names_the_undated_articles_that_add_no_entries(tmp_path: Path, analyzer: Any) -> None:
    """A user test's undated feed items were missing from their story's timeline without a word."""
    page = tmp_path / "rescue.txt"
    page.write_text("Rescuers pulled a woman alive from the rubble of a collapsed hotel, officials said. The search "
                    "went on through the night as aftershocks shook the city.\n", encoding="utf-8")
    db = str(tmp_path / "undated.db")
    with SqliteStore(db) as store:
        assert Ingestor(store, lambda: analyzer).ingest([str(page)]).ok
    with TestClient(create_app(db)) as reference:
        story = reference.get("/stories/1")
    assert story.status_code == 200
    assert '1 article (<a href="/articles/1">1</a>) has no publication date and adds no entries' in story.text
