"""The real CLI against a real SQLite file: the reference case end to end, JSON shapes, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("cli") / "ref.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(examples_dir)])
    assert result.exit_code == 0, result.output
    assert "2 ingested, 0 duplicates, 0 failed" in result.output
    return db


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def run_json(*args: str) -> object:
    code, out = run(*args, "--json")
    assert code == 0, out
    return json.loads(out)


def test_articles_show_inferred_dates_outlets_and_furniture(reference_db: Path) -> None:
    rows = run_json("articles", "--db", str(reference_db))
    assert isinstance(rows, list) and len(rows) == 2
    for row in rows:
        assert row["published_method"] == "inferred"
        assert row["published"].startswith("2025-07")
        assert row["language"] == "en"
    detail = run_json("article", str(rows[0]["id"]), "--db", str(reference_db))
    assert isinstance(detail, dict)
    assert detail["removed"], "page furniture should be listed"
    assert detail["published"]["evidence"]
    assert detail["analysis"]["times"] and detail["analysis"]["events"]
    code, text = run("article", str(rows[0]["id"]), "--db", str(reference_db))
    assert code == 0 and "Removed as page furniture" in text and "inferred" in text
    assert "a guess from the text" in text and "--published" in text  # the pages' years are guesses


def test_a_given_date_is_shown_without_a_guess_warning(tmp_path: Path, examples_dir: Path) -> None:
    db = str(tmp_path / "given.db")
    page = str(examples_dir / "rks-news-third-round.txt")
    assert run("ingest", "--db", db, "--published", "2025-07-24", page)[0] == 0
    code, text = run("article", "1", "--db", db)
    assert code == 0 and "2025-07-24 (given)" in text and "a guess" not in text


def _only_story(db: str) -> dict[str, object]:
    stories = run_json("stories", "--db", db)
    assert isinstance(stories, list) and len(stories) == 1
    return stories[0]  # type: ignore[no-any-return]


def _dated_by_publication(article: object) -> set[str]:
    """Dates of the events dated by nothing but the publication day (they follow a re-date)."""
    assert isinstance(article, dict)
    return {e["date"] for e in article["analysis"]["events"] if e["date_source"] == "publication"}


def test_a_date_given_later_redates_the_stored_article(tmp_path: Path, examples_dir: Path) -> None:
    db, page = str(tmp_path / "redate.db"), str(examples_dir / "rks-news-third-round.txt")
    assert run("ingest", "--db", db, page)[0] == 0
    guessed = run_json("article", "1", "--db", db)
    assert isinstance(guessed, dict) and guessed["published"]["method"] == "inferred"
    assert _dated_by_publication(guessed) == {"2025-07-23"}  # anchored on the guess's first day
    story = _only_story(db)
    # grouping does not trust the guess; the story shows it, marked as guessed
    assert (story["first_date"], story["last_date"], story["dates_guessed"]) == ("2025-07-23", "2025-07-23", True)

    code, out = run("ingest", "--db", db, "--published", "2025-07-24", page)
    assert code == 0, out
    assert (f"= {page}: exact duplicate of article 1; publication date set to 2025-07-24 "
            "(was 2025-07-23 .. 2025-07-30, inferred)") in out
    assert "0 ingested, 1 duplicates, 0 failed" in out
    dated = run_json("article", "1", "--db", db)
    assert isinstance(dated, dict)
    assert dated["published"] == {"earliest": "2025-07-24", "latest": "2025-07-24", "method": "given",
                                  "confidence": 1.0, "evidence": ""}
    assert _dated_by_publication(dated) == {"2025-07-24"}  # the analysis was anchored again
    assert dated["text"] == guessed["text"] and dated["story_id"] == guessed["story_id"]
    story = _only_story(db)
    assert (story["first_date"], story["last_date"], story["dates_guessed"]) == ("2025-07-24", "2025-07-24", False)
    timeline = run_json("timeline", "1", "--db", db)
    assert isinstance(timeline, dict) and timeline["guessed_dates"] == []  # no date rests on a guess any more
    articles = run_json("articles", "--db", db)
    assert story["articles"] == [1] and isinstance(articles, list) and len(articles) == 1  # no new article

    again = run_json("ingest", "--db", db, "--published", "2025-07-24", page)
    assert again == {"ingested": [], "failed": [], "duplicates": [
        {"origin": page, "of_article": 1, "kind": "exact", "article_id": None, "redated": None, "kept": None,
         "relabelled": None, "copy_by": None}], "unchanged_feeds": []}
    code, out = run("ingest", "--db", db, page)  # without a date: the text's guess does not undo the given date
    assert code == 0 and f"= {page}: exact duplicate of article 1\n" in out
    code, out = run("ingest", "--db", db, "--published", "2025-07-25", page)  # the user's date always overrides
    assert code == 0
    assert "exact duplicate of article 1; publication date set to 2025-07-25 (was 2025-07-24, given)" in out
    fixed = run_json("article", "1", "--db", db)
    assert isinstance(fixed, dict) and fixed["published"]["earliest"] == "2025-07-25"
    assert _dated_by_publication(fixed) == {"2025-07-25"}


def test_the_users_date_overrides_a_pages_own_date_line_but_a_records_date_does_not(tmp_path: Path) -> None:
    db, page = str(tmp_path / "dated.db"), tmp_path / "page.txt"
    paragraph = (
        "The harbour authority said the strike had stopped every container crane in the port, and shipping"
        " lines began sending vessels to other ports along the coast while talks continued."
    )
    body = f"Dockers strike for a second day\n\nJuly 18, 2025\n\n{paragraph}\n\n{paragraph}\n"
    page.write_text(body, encoding="utf-8")
    assert run("ingest", "--db", db, str(page))[0] == 0
    first = run_json("article", "1", "--db", db)
    assert isinstance(first, dict) and first["published"]["method"] == "metadata"
    code, out = run("ingest", "--db", db, "--published", "2025-07-18", str(page))  # the same day: nothing to say
    assert code == 0 and f"= {page}: exact duplicate of article 1\n" in out, out
    # A JSONL record's date is a source's, not the user's: the page's own date is kept.
    record = tmp_path / "records.jsonl"
    record.write_text(json.dumps({"text": body, "published": "2025-07-20"}) + "\n", encoding="utf-8")
    code, out = run("ingest", "--db", db, str(record))
    assert code == 0 and "its publication date 2025-07-18 (metadata) is kept" in out, out
    assert run_json("article", "1", "--db", db) == first  # date and analysis as stored
    code, out = run("ingest", "--db", db, "--published", "2025-07-19", str(page))  # --published always overrides
    assert code == 0 and "publication date set to 2025-07-19 (was 2025-07-18, metadata)" in out, out
    redated = run_json("article", "1", "--db", db)
    assert isinstance(redated, dict) and redated["published"]["earliest"] == "2025-07-19"


def test_the_users_date_confirms_an_inferred_date_of_the_same_day(tmp_path: Path) -> None:
    """A date line's inference (confidence 0.9) becomes a given date when the user states the same day."""
    db, page = str(tmp_path / "confirm.db"), tmp_path / "page.txt"
    paragraph = (
        "The harbour authority said the strike had stopped every container crane in the port, and shipping"
        " lines began sending vessels to other ports along the coast while talks continued."
    )
    page.write_text(f"Dockers strike for a second day\n\nWASHINGTON, May 1, 2013 — {paragraph}\n\n{paragraph}\n",
                    encoding="utf-8")
    assert run("ingest", "--db", db, str(page))[0] == 0
    before = run_json("article", "1", "--db", db)
    assert isinstance(before, dict) and before["published"]["method"] == "inferred"
    day = before["published"]["earliest"]
    assert before["published"]["latest"] == day == "2013-05-01"  # one day: the same day as the one given
    code, out = run("ingest", "--db", db, "--published", day, str(page))
    assert code == 0 and f"publication date {day} confirmed (was inferred)" in out, out
    after = run_json("article", "1", "--db", db)
    assert isinstance(after, dict) and after["published"]["method"] == "given"


def test_workers_redate_stored_articles_too(tmp_path: Path, examples_dir: Path) -> None:
    db = str(tmp_path / "workers.db")
    assert run("ingest", "--db", db, str(examples_dir))[0] == 0
    report = run_json("ingest", "--db", db, "--workers", "2", "--published", "2025-07-24", str(examples_dir))
    assert isinstance(report, dict) and not report["ingested"]
    assert [(d["kind"], d["redated"]["published"], d["redated"]["was"]["method"]) for d in report["duplicates"]] == [
        ("exact", "2025-07-24", "inferred")] * 2
    for article_id in ("1", "2"):
        article = run_json("article", article_id, "--db", db)
        assert isinstance(article, dict) and article["published"]["method"] == "given"
        assert _dated_by_publication(article) == {"2025-07-24"}
    story = _only_story(db)
    assert (story["first_date"], story["last_date"]) == ("2025-07-24", "2025-07-24")


def test_a_copy_later_in_one_file_redates_its_original_with_or_without_workers(
    tmp_path: Path, examples_dir: Path
) -> None:
    text = (examples_dir / "rks-news-third-round.txt").read_text(encoding="utf-8")
    records = tmp_path / "copies.jsonl"
    records.write_text(json.dumps({"text": text}) + "\n" + json.dumps({"text": text, "published": "2025-07-24"})
                       + "\n", encoding="utf-8")
    stores = {}
    for workers in ("1", "2"):
        db = str(tmp_path / f"workers-{workers}.db")
        report = run_json("ingest", "--db", db, "--workers", workers, str(records))
        assert isinstance(report, dict) and len(report["ingested"]) == 1 and not report["failed"]
        assert report["ingested"][0]["origin"] == f"{records}:1"
        assert [(d["origin"], d["of_article"], d["kind"], d["redated"]["published"], d["redated"]["was"]["method"])
                for d in report["duplicates"]] == [(f"{records}:2", 1, "exact", "2025-07-24", "inferred")]
        stores[workers] = (report, run_json("article", "1", "--db", db), _only_story(db))
    assert stores["1"] == stores["2"]
    report, article, story = stores["1"]
    assert isinstance(article, dict) and article["published"]["method"] == "given"
    assert _dated_by_publication(article) == {"2025-07-24"}
    assert (story["first_date"], story["last_date"]) == ("2025-07-24", "2025-07-24")
    code, out = run("ingest", "--db", str(tmp_path / "text.db"), str(records))
    assert code == 0 and f"= {records}:2: exact duplicate of article 1; publication date set to 2025-07-24" in out


def test_both_pages_form_one_story_with_the_promised_json_shape(reference_db: Path) -> None:
    stories = run_json("stories", "--db", str(reference_db))
    assert isinstance(stories, list) and len(stories) == 1
    story = stories[0]
    assert set(story) >= {"id", "title", "articles", "outlets", "first_date", "last_date"}
    assert len(story["articles"]) == 2
    # no date was given or found: the story shows its pages' guessed dates, and says so
    assert (story["first_date"], story["last_date"], story["dates_guessed"]) == ("2025-07-18", "2025-07-23", True)
    code, listing = run("stories", "--db", str(reference_db))
    assert code == 0 and "2025-07-18 2025-07-23" in listing and "(guessed)" in listing
    timeline = run_json("timeline", str(story["id"]), "--db", str(reference_db))
    assert isinstance(timeline, dict)
    assert set(timeline) == {
        "story", "events", "conflicts", "guessed_dates", "undated_articles", "not_analysed_articles"
    }
    assert timeline["guessed_dates"] == [1, 2]  # both pages' years are guesses from their text
    for event in timeline["events"]:
        assert set(event) >= {"date", "precision", "summary", "type", "actors", "sources"}
        for source in event["sources"]:
            assert set(source) == {"article_id", "outlet", "url", "sentence", "copy_of"}
    assert any(len({s["article_id"] for s in e["sources"]}) == 2 for e in timeline["events"]), (
        "the 50-day deadline is reported by both outlets and must be one entry"
    )
    top = run_json("timeline", str(story["id"]), "--top", "3", "--db", str(reference_db))
    assert isinstance(top, dict) and len(top["events"]) == 3


def test_digest_gives_key_days_in_order_each_told_by_cited_sentences(reference_db: Path) -> None:
    (story,) = run_json("stories", "--db", str(reference_db))  # type: ignore[misc]
    digest = run_json("digest", str(story["id"]), "--days", "4", "--per-day", "2", "--db", str(reference_db))
    assert isinstance(digest, dict) and set(digest) == {"story", "days", "guessed_dates"}
    days = [d["date"] for d in digest["days"]]
    assert 1 <= len(days) <= 4 and days == sorted(days)
    texts = {}
    for day in digest["days"]:
        assert 1 <= len(day["sentences"]) <= 2
        for source in day["sentences"]:
            assert set(source) == {"article_id", "outlet", "url", "sentence", "copy_of"}
            assert source["article_id"] in story["articles"]
            texts[source["sentence"]] = source["article_id"]
    # Every cited sentence is in its article's text, word for word.
    for sentence, article_id in texts.items():
        article = run_json("article", str(article_id), "--db", str(reference_db))
        assert isinstance(article, dict) and sentence in article["text"]
    # The third round (23 July, the RKS page's own news) is a key day of the story.
    full = run_json("digest", str(story["id"]), "--db", str(reference_db))
    assert isinstance(full, dict) and "2025-07-23" in [d["date"] for d in full["days"]]
    code, text = run("digest", str(story["id"]), "--days", "2", "--db", str(reference_db))
    assert code == 0 and "key day(s)" in text and "•" in text


def test_ingesting_the_same_pages_again_stores_nothing_new(reference_db: Path, examples_dir: Path) -> None:
    code, out = run("ingest", "--db", str(reference_db), str(examples_dir))
    assert code == 0, out
    assert "0 ingested, 2 duplicates, 0 failed" in out


def test_bad_inputs_fail_one_line_each_and_the_rest_goes_on(tmp_path: Path, examples_dir: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    shutil.copy(examples_dir / "rks-news-third-round.txt", tmp_path / "good.txt")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(tmp_path / "empty.txt"),
                                       str(tmp_path / "binary.txt"), str(tmp_path / "missing.txt"),
                                       "ftp://example.org/x", str(tmp_path / "good.txt")])
    assert result.exit_code == 1
    assert "1 ingested, 0 duplicates, 4 failed" in result.output
    for name in ("empty.txt", "binary.txt", "missing.txt", "ftp://example.org/x"):
        lines = [line for line in result.output.splitlines() if name in line]
        assert len(lines) == 1, (name, result.output)
    assert "Traceback" not in result.output


def test_unknown_ids_are_one_line_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    for args in (["article", "99"], ["timeline", "7"], ["conflicts", "7"], ["digest", "7"], ["actor", "Nobody"]):
        code, out = run(*args, "--db", db)
        assert code == 1
        assert out.startswith("Error: ") and len(out.strip().splitlines()) == 1, out


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run("ingest", "--db", str(tmp_path / "d.db"), "--published", "July 18", "x.txt")
    assert code == 2 and "is not a date" in out


def test_usage_docs_are_generated_from_the_current_help() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "generate_usage_docs.py"
    spec = importlib.util.spec_from_file_location("generate_usage_docs", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (script.parents[1] / "docs" / "usage.md").read_text(encoding="utf-8")
    assert current == module.render(), "run: .venv/bin/python scripts/generate_usage_docs.py"
