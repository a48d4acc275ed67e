"""The CLI's answers to mistakes a user makes: vague actor names, a missing store, options that do not fit.

Each test runs the real CLI (CliRunner) against a real SQLite file in tmp_path; stores are filled with
hand-built analysed articles, as the pipeline stores them, so no NLP model is loaded.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import JSONL_HELP, main
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Analysis
from dateline.sources import GivenMetadata
from dateline.sources.jsonl import record_input
from dateline.store import SqliteStore
from stored_articles import store_article

# (key, name, kind, articles mentioning it)
ACTORS: tuple[tuple[str, str, str, int], ...] = (
    ("jeb bush", "Jeb Bush", "PERSON", 3),
    ("hillary clinton", "Hillary Clinton", "PERSON", 2),
    ("bill clinton", "Bill Clinton", "PERSON", 1),
    ("united states", "United States", "COUNTRY", 1),
    *((f"{first} smith", f"{first.title()} Smith", "PERSON", 1)
      for first in ("ann", "bob", "cat", "dan", "eve", "fay", "gus")),
)


@pytest.fixture
def actors_db(tmp_path: Path) -> str:
    """A store whose articles mention ACTORS, each in as many articles as ACTORS says."""
    path = tmp_path / "actors.db"
    store = SqliteStore(str(path))
    try:
        for number in range(1, 4):
            store_article(store, number, [(k, n, kind) for k, n, kind, count in ACTORS if count >= number])
    finally:
        store.close()
    return str(path)


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.output


def one_error_line(out: str) -> str:
    """The single line an error prints; fails when there is more (a traceback, an empty listing)."""
    lines = out.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), out
    return lines[0]


# 1. actor lookup -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["U.S.", "US", "usa", "the United States", "united states"])
def test_another_name_of_a_place_finds_that_place_and_no_substring_match(actors_db: str, name: str) -> None:
    code, out = run("actor", name, "--db", actors_db)
    assert code == 0, out
    assert out.startswith("United States (COUNTRY)\n")  # was Jeb Bush: "us" is inside "bush"


@pytest.mark.parametrize(("name", "found"), [("Bush", "Jeb Bush"), ("jeb", "Jeb Bush"), ("BUSH JEB", "Jeb Bush"),
                                             ("Hillary", "Hillary Clinton"), ("bill clinton", "Bill Clinton")])
def test_whole_words_of_one_actor_find_it(actors_db: str, name: str, found: str) -> None:
    code, out = run("actor", name, "--db", actors_db, "--json")
    assert code == 0, out
    assert json.loads(out)["name"] == found


def test_a_name_several_actors_share_is_an_error_listing_them(actors_db: str) -> None:
    code, out = run("actor", "Clinton", "--db", actors_db)
    assert code == 1
    assert one_error_line(out) == (
        "Error: actor 'Clinton' matches several actors: Hillary Clinton, Bill Clinton; give more of the name"
    )
    code, out = run("actor", "smith", "--db", actors_db)
    assert code == 1
    assert one_error_line(out) == ("Error: actor 'smith' matches several actors: Ann Smith, Bob Smith, Cat Smith, "
                                   "Dan Smith, Eve Smith and 2 more; give more of the name")


@pytest.mark.parametrize(("name", "reason"), [
    ("", "no letters or digits to look up"),
    (".", "no letters or digits to look up"),
    ("  -- ", "no letters or digits to look up"),
    ("a", "no such actor in the store"),  # a letter inside names is no match
    ("us army", "no such actor in the store"),
    ("Smithson", "no such actor in the store"),
])
def test_empty_punctuation_and_partial_words_match_no_actor(actors_db: str, name: str, reason: str) -> None:
    code, out = run("actor", name, "--db", actors_db)
    assert code == 1
    assert one_error_line(out) == f"Error: actor {name!r}: {reason}"


# 2. read-only commands need an existing store --------------------------------------------------------

READ_ONLY = (
    ["stories"], ["articles"], ["article", "1"], ["actors"], ["actor", "Bush"], ["timeline", "1"],
    ["conflicts", "1"], ["digest", "1"], ["export", "1"], ["story", "merge", "1", "2"],
    ["story", "split", "1", "2"], ["story", "rename", "1", "Talks"],
)


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda args: " ".join(args))
def test_a_store_that_does_not_exist_is_an_error_and_is_not_created(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "typo" / "store.db"
    code, out = run(*args, "--db", str(missing))
    assert code == 1
    assert one_error_line(out) == f"Error: {missing}: no Dateline store here (ingest something first, or check --db)"
    assert not missing.parent.exists()
    code, out = run(*args, env={"DATELINE_DB": str(missing)})
    assert code == 1 and f"{missing}: no Dateline store here" in one_error_line(out)
    assert not missing.parent.exists()


def test_without_db_a_missing_default_store_is_an_error_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATELINE_DB", raising=False)
    code, out = run("stories")
    assert code == 1
    assert one_error_line(out) == "Error: dateline.db: no Dateline store here (ingest something first, or give --db)"
    assert not (tmp_path / "dateline.db").exists()


def test_ingest_still_creates_the_store_and_its_folder(tmp_path: Path) -> None:
    new = tmp_path / "new" / "store.db"
    code, out = run("ingest", "--db", str(new), str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt: no such file or directory" in out  # the input fails, the store is made
    assert new.exists()
    code, out = run("stories", "--db", str(new))
    assert code == 0 and "Error" not in out


def test_serve_says_when_it_starts_an_empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []
    monkeypatch.setattr("dateline.web.serve", lambda db, **_options: started.append(db))
    missing = tmp_path / "web.db"
    result = CliRunner().invoke(main, ["serve", "--db", str(missing)])
    assert result.exit_code == 0, result.output
    assert started == [str(missing)]
    assert f"{missing}: no Dateline store here; starting an empty one" in result.stderr


def test_read_only_commands_work_on_an_existing_store(actors_db: str) -> None:
    code, out = run("actors", "--db", actors_db, "--limit", "1")
    assert code == 0 and out.startswith("Jeb Bush ")


# 3. per-input options with several inputs ------------------------------------------------------------


def test_url_or_title_with_several_inputs_is_refused_before_anything_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    records = tmp_path / "batch.jsonl"
    for path in (first, second, records):
        path.write_text("x", encoding="utf-8")
    cases = [
        (["--url", "https://news.example/a", "--title", "A", str(first), str(second)],
         "--url and --title describe one input, but 2 SOURCES were given"),
        (["--title", "A", str(tmp_path)], f"--title describes one input, but {tmp_path} is a directory"),
        (["--url", "https://news.example/a", str(records)],
         f"--url describes one input, but {records} holds one input per line (give each record its own url)"),
        # a user test gave --url 'not a url' and saw it stored as the article's link
        (["--url", "not a url", str(first)],
         "--url 'not a url' is not an absolute http(s) address (https://outlet.example/2025/07/18/story)"),
        (["--url", "news.example/a", str(first)],
         "--url 'news.example/a' is not an absolute http(s) address (https://outlet.example/2025/07/18/story)"),
    ]
    for options, message in cases:
        code, out = run("ingest", "--db", str(db), *options)
        assert code == 2
        assert one_error_line(out) == f"Error: {message}"
    assert not db.exists()


def test_url_and_title_with_one_page_and_batch_options_with_several_are_accepted(tmp_path: Path) -> None:
    db = str(tmp_path / "d.db")
    missing = str(tmp_path / "missing.txt")
    code, out = run("ingest", "--db", db, "--url", "https://news.example/a", "--title", "A", missing)
    assert code == 1 and f"{missing}: no such file or directory" in out  # got as far as reading the input
    for url in ("http://[::1]:8080/a", "https://user@news.example/a", "HTTPS://NEWS.EXAMPLE"):  # any host (a review)
        code, out = run("ingest", "--db", db, "--url", url, missing)
        assert code == 1 and f"{missing}: no such file or directory" in out
    code, out = run("ingest", "--db", db, "--published", "2025-07-24", "--outlet", "RKS News", missing, missing)
    assert code == 1 and out.count(f"{missing}: no such file or directory") == 2


# 5. numeric options ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "option"), [
    (["stories", "--limit", "0"], "--limit"),
    (["stories", "--offset", "-1"], "--offset"),
    (["articles", "--limit", "-5"], "--limit"),
    (["actors", "--limit", "0"], "--limit"),
    (["timeline", "1", "--top", "0"], "--top"),
    (["digest", "1", "--days", "0"], "--days"),
    (["ingest", "--timeout", "-1", "https://news.example/a"], "--timeout"),
    (["ingest", "--timeout", "0", "https://news.example/a"], "--timeout"),
    (["serve", "--port", "70000"], "--port"),
], ids=lambda value: " ".join(value) if isinstance(value, list) else value)
def test_out_of_range_numbers_are_usage_errors_naming_the_option(
    actors_db: str, args: list[str], option: str
) -> None:
    code, out = run(*args, "--db", actors_db)
    assert code == 2
    assert f"Invalid value for '{option}'" in out and "is not in the range" in out


def test_the_smallest_valid_numbers_are_accepted(actors_db: str) -> None:
    stories = json.loads(run("stories", "--db", actors_db, "--json")[1])
    code, out = run("stories", "--db", actors_db, "--limit", "1", "--offset", "0", "--json")
    assert code == 0 and json.loads(out) == stories[:1]


# 6. merging a story with itself ----------------------------------------------------------------------


def test_merging_a_story_with_itself_is_refused_and_changes_nothing(actors_db: str) -> None:
    before = run("stories", "--db", actors_db, "--json")[1]
    story_id = str(json.loads(before)[0]["id"])
    code, out = run("story", "merge", story_id, story_id, "--db", actors_db)
    assert code == 1
    assert one_error_line(out) == f"Error: story {story_id}: cannot merge a story with itself"
    assert run("stories", "--db", actors_db, "--json")[1] == before


# 7. the JSONL format is documented -------------------------------------------------------------------


def test_ingest_help_documents_every_jsonl_field_and_its_example_records_are_valid() -> None:
    code, out = run("ingest", "--help")
    assert code == 0
    for field in ('"text"', '"html"', '"url"', '"title"', '"outlet"', '"published"', ".jsonl.gz", "PATH:LINE"):
        assert field in out, field
    examples = [line for line in JSONL_HELP.splitlines() if line.startswith("{")]
    assert len(examples) == 3
    for number, line in enumerate(examples, start=1):
        raw = record_input(line.encode(), f"example:{number}", GivenMetadata())  # raises if the record is bad
        assert raw.body
    assert record_input(examples[2].encode(), "x", GivenMetadata()).given_published == date(2025, 5, 15)


# 4. ingest reports each input as it is stored ----------------------------------------------------------


def test_ingest_prints_each_outcome_when_it_is_stored_not_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run stopped midway (Ctrl-C) has already printed what it stored; before, it printed nothing."""
    import dateline.pipeline as pipeline
    from dateline.sources.metadata import make_raw_input

    page = tmp_path / "page.txt"
    paragraph = ("The harbour authority said the strike had stopped every container crane in the port, and shipping"
                 " lines began sending vessels to other ports along the coast while talks continued.")
    page.write_text(f"Dockers strike for a second day\n\n{paragraph}\n\n{paragraph}\n", encoding="utf-8")
    db = tmp_path / "d.db"
    article = pipeline.prepare_article(make_raw_input(str(page), page.read_text(encoding="utf-8"), "text",
                                                      GivenMetadata()))
    store = SqliteStore(str(db))
    with store.transaction():  # stored as an ingest would, so the page is an exact duplicate (no NLP needed)
        store.add_article(article, Analysis(), content_hash(article.text), fingerprint(article.text))
    store.close()

    prepared: list[object] = []
    prepare_batch = pipeline.Ingestor._prepare_batch

    def stopped_at_the_second_batch(self: pipeline.Ingestor, batch: list[object]) -> object:
        prepared.append(batch)
        if len(prepared) == 2:
            raise KeyboardInterrupt
        return prepare_batch(self, batch)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)
    monkeypatch.setattr(pipeline.Ingestor, "_prepare_batch", stopped_at_the_second_batch)
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), str(page), str(page)])
    assert len(prepared) == 2 and result.exit_code == 130  # interrupted
    assert f"= {page}: exact duplicate of article 1\n" in result.stdout
    assert "ingested, " not in result.stdout  # no summary line of a finished run ...
    assert "interrupted: 0 ingested, 1 duplicates, 0 failed before it" in result.stderr  # ... but what it kept


def test_reading_a_store_loads_no_language_model_and_no_fingerprinting(tmp_path: Path) -> None:
    """`dateline stories` and `timeline` took 2 s each in a user test, 1.5 s of it importing spaCy and datasketch,
    which only analysing and storing new articles need; numpy and scipy (0.3 s) only merging a story's events."""
    import subprocess
    import sys

    db = str(tmp_path / "read.db")
    SqliteStore(db).close()
    code = ("import sys\nfrom click.testing import CliRunner\nfrom dateline.cli import main\n"
            f"for args in (['stories', '--db', {db!r}], ['timeline', '--db', {db!r}, '1'], ['--version']):\n"
            "    CliRunner().invoke(main, args)\n"
            "print(sorted(m for m in ('spacy', 'datasketch', 'thinc', 'numpy', 'scipy') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_bad_numbers_a_damaged_store_and_unwritable_output_are_one_line_errors(actors_db: str, tmp_path: Path) -> None:
    """A review found tracebacks for each of these."""
    runner = CliRunner()
    for args in (["timeline", str(2**63)], ["article", str(2**63)], ["story", "merge", "1", str(2**64)]):
        result = runner.invoke(main, [*args, "--db", actors_db])
        assert result.exit_code == 2 and "is not in the range" in result.output and result.exception is not None
        assert not isinstance(result.exception, OverflowError), args
    for args in (["article", "abc"], ["timeline", "1.5"], ["story", "merge", "1", "two"], ["article", "1_0"],
                 ["article", "+1"], ["article", "\u0661"]):
        result = runner.invoke(main, [*args, "--db", actors_db])
        # click's IntRange said "'abc' is not a valid integer range" (a user test)
        assert result.exit_code == 2 and "is not an id: ids are whole numbers" in result.output, result.output
    for timeout in ("nan", "inf", "0"):
        result = runner.invoke(main, ["ingest", "--db", str(tmp_path / "t.db"), "--timeout", timeout, "x.txt"])
        assert result.exit_code == 2 and "--timeout" in result.output, timeout
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(Path(actors_db).read_bytes())
    with damaged.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 8192)
    failed = 0
    for args in (["stories"], ["actors"], ["articles"]):
        result = runner.invoke(main, [*args, "--db", str(damaged)])
        if result.exit_code != 0:  # a page the command does not read may still be whole
            failed += 1
            assert result.output.startswith(f"Error: {damaged}: the store cannot be read"), result.output
            assert result.output.count("\n") == 1
    assert failed
    missing = tmp_path / "missing" / "out.csv"
    result = runner.invoke(main, ["export", "1", "--db", actors_db, "--format", "csv", "-o", str(missing)])
    assert result.exit_code == 1 and result.output == f"Error: {missing}: No such file or directory\n"


@pytest.mark.parametrize("day", ["0001-01-01", "1799-12-31", "9999-12-31"])
def test_a_published_date_that_cannot_be_one_is_a_usage_error(tmp_path: Path, day: str) -> None:
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "d.db"), "--published", day, "x.txt"])
    assert result.exit_code == 2 and "cannot be a publication date" in result.output
    assert not (tmp_path / "d.db").exists()


def test_an_article_not_in_english_is_stored_and_says_it_is_not_analysed(tmp_path: Path) -> None:
    """A review: French, Russian and Chinese pages were stored, each its own undated story, with no word of it."""
    page = tmp_path / "fr.txt"
    page.write_text("Les pourparlers reprennent à Istanbul\n\nLes délégations russe et ukrainienne se sont rencontrées "
                    "mercredi soir à Istanbul pour un troisième cycle de négociations, a annoncé le ministre turc.\n")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "--db", str(tmp_path / "fr.db"), str(page)])
    assert result.exit_code == 0
    assert "Les pourparlers reprennent à Istanbul [not English (fr): stored, not analysed]" in result.output
    as_json = runner.invoke(main, ["ingest", "--db", str(tmp_path / "fr2.db"), "--json", str(page)])
    assert json.loads(as_json.output)["ingested"][0]["language"] == "fr"


def test_a_store_in_a_folder_this_user_cannot_write_can_be_read(actors_db: str) -> None:
    """A review: `stories` on a store the user may read but not write failed ("attempt to write a readonly
    database"); writing to it is a one-line error. Run as another user when the tests run as root."""
    import os
    import shutil
    import subprocess
    import sys
    import tempfile

    as_other: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("needs setpriv to drop root's right to write read-only files")
        as_other = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    folder = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        store = folder / "shared.db"
        shutil.copyfile(actors_db, store)
        store.chmod(0o444)
        folder.chmod(0o555)
        command = [*as_other, sys.executable, "-m", "dateline.cli"]
        read = subprocess.run([*command, "actors", "--db", str(store)], capture_output=True, text=True, timeout=120)
        assert read.returncode == 0, read.stderr
        assert "Jeb Bush" in read.stdout
        page = Path(tempfile.mkdtemp(dir="/tmp"))
        (page / "new.txt").write_text("Ports reopen\n\nDock workers in Rotterdam ended their strike on Monday after "
                                      "the port authority agreed to raise wages by four percent, union leaders said.\n")
        page.chmod(0o755)
        (page / "new.txt").chmod(0o644)
        write = subprocess.run([*command, "ingest", "--db", str(store), str(page / "new.txt")], capture_output=True,
                               text=True, timeout=300)
        assert write.returncode == 1
        assert write.stderr.strip().splitlines() == [f"Error: {store}: the store is read-only here (attempt to write "
                                                     "a readonly database); nothing was written"]
        shutil.rmtree(page)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_an_empty_file_is_no_store_for_reading_commands(tmp_path: Path) -> None:
    """A review: `stories --db` on a 0-byte file turned it into a store."""
    empty = tmp_path / "empty.db"
    empty.touch()
    result = CliRunner().invoke(main, ["stories", "--db", str(empty)])
    assert result.exit_code == 1 and "no Dateline store here" in result.output
    assert empty.stat().st_size == 0


def test_an_interrupted_ingest_says_what_it_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A review: Ctrl-C during an ingest printed only "Aborted!"; each input is stored in its own transaction."""
    from dateline.pipeline import Ingested, Ingestor

    def interrupted(self: Ingestor, *args: object, report: object, **kwargs: object) -> None:
        report.ingested.append(Ingested("a.txt", 1, 1, "First story"))  # type: ignore[attr-defined]
        raise KeyboardInterrupt

    monkeypatch.setattr(Ingestor, "ingest", interrupted)
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "i.db"), "a.txt", "b.txt"])
    assert result.exit_code == 130
    assert "+ article 1 (story 1): First story" in result.output
    assert "interrupted: 1 ingested, 0 duplicates, 0 failed before it; the input being read was not stored" in (
        result.output
    )


def test_since_and_until_take_any_day_and_a_locked_store_is_busy_not_damaged(actors_db: str) -> None:
    """A review: --since/--until had taken the publication-date check ("in the future"), and a store locked past the
    wait was given recovery advice."""
    import sqlite3

    from dateline.cli_common import _damaged

    runner = CliRunner()
    for option, day in (("--until", "2030-12-31"), ("--since", "1700-01-01")):
        result = runner.invoke(main, ["timeline", "1", "--db", actors_db, option, day])
        assert "cannot be a publication date" not in result.output and result.exit_code != 2, result.output
    busy = str(_damaged(actors_db, sqlite3.OperationalError("database is locked")))
    assert busy.endswith("the store is busy (another process is writing to it); nothing was written, try again")
    assert "recover" not in busy


# 8. corrections a user test asked for ------------------------------------------------------------------


@pytest.fixture
def three_stories_db(tmp_path: Path) -> str:
    """A store of three one-article stories (no actor or word in common)."""
    path = tmp_path / "three.db"
    store = SqliteStore(str(path))
    try:
        for number, actor in enumerate(("Ann Smith", "Bob Jones", "Cat Brown"), start=1):
            store_article(store, number, [(actor.lower(), actor, "PERSON")], title=f"{actor} story")
    finally:
        store.close()
    return str(path)


def _story_ids(db: str) -> list[int]:
    return sorted(story["id"] for story in json.loads(run("stories", "--db", db, "--json")[1]))


def test_several_stories_merge_in_one_command(three_stories_db: str) -> None:
    """A user test merged seven stories one command each: `story merge 1 2 5` was refused."""
    first, *others = _story_ids(three_stories_db)
    assert len(others) == 2
    code, out = run("story", "merge", str(first), *map(str, others), "--db", three_stories_db)
    assert code == 0 and out.startswith(f"story {first}: ") and out.rstrip().endswith("(3 articles)")
    assert _story_ids(three_stories_db) == [first]


def test_a_merge_of_several_is_all_or_nothing(three_stories_db: str) -> None:
    first, second, _ = _story_ids(three_stories_db)
    code, out = run("story", "merge", str(first), str(second), "999", "--db", three_stories_db)
    assert code == 1 and one_error_line(out) == "Error: story 999: no such story"
    assert len(_story_ids(three_stories_db)) == 3
    code, out = run("story", "merge", str(first), str(second), str(second), "--db", three_stories_db)
    assert code == 1 and one_error_line(out) == f"Error: story {second}: named twice"


def test_splitting_off_an_article_stored_nowhere_says_so(three_stories_db: str) -> None:
    first = _story_ids(three_stories_db)[0]
    code, out = run("story", "split", str(first), "999", "--db", three_stories_db)
    assert code == 1 and one_error_line(out) == "Error: article 999: no such article"


def test_one_article_is_no_articles(three_stories_db: str) -> None:
    first, second, _ = _story_ids(three_stories_db)
    run("story", "merge", str(first), str(second), "--db", three_stories_db)
    merged = next(s for s in json.loads(run("stories", "--db", three_stories_db, "--json")[1]) if s["id"] == first)
    article = merged["articles"][-1]
    code, out = run("story", "split", str(first), str(article), "--db", three_stories_db)
    assert code == 0 and out.rstrip().endswith("(1 article)")


def test_the_store_may_be_named_before_the_command(three_stories_db: str, tmp_path: Path) -> None:
    """A user test: `dateline --db X stories` was refused; the command's own --db still wins."""
    listed = run("stories", "--db", three_stories_db, "--json")[1]
    assert run("--db", three_stories_db, "stories", "--json") == (0, listed)
    assert run("--db", str(tmp_path / "none.db"), "stories", "--db", three_stories_db, "--json") == (0, listed)
    code, out = run("--db", str(tmp_path / "none.db"), "stories")
    assert code == 1 and "none.db: no Dateline store here" in one_error_line(out)


def test_a_merged_storys_old_id_says_where_it_went(three_stories_db: str) -> None:
    """A user test: after `story merge 1 2`, `timeline 2` showed story 1 without a word."""
    first, second, _ = _story_ids(three_stories_db)
    assert run("story", "merge", str(first), str(second), "--db", three_stories_db)[0] == 0
    for command in (["timeline", str(second)], ["timeline", str(second), "--json"], ["digest", str(second)]):
        result = CliRunner().invoke(main, [*command, "--db", three_stories_db])
        assert result.exit_code == 0, result.output
        assert f"note: story {second} was merged into story {first}" in result.stderr
        assert "note:" not in result.stdout
    clean = CliRunner().invoke(main, ["timeline", str(first), "--json", "--db", three_stories_db])
    assert clean.stderr == "" and json.loads(clean.stdout)["story"]["id"] == first


def test_articles_lists_one_storys_articles_with_their_story(three_stories_db: str) -> None:
    """A user test had to read `stories --json` to find which articles to split: no story in the listing."""
    first, second, third = _story_ids(three_stories_db)
    assert run("story", "merge", str(first), str(second), "--db", three_stories_db)[0] == 0
    code, out = run("articles", "--story", str(first), "--db", three_stories_db)
    lines = out.strip().splitlines()
    assert code == 0 and "STORY" in lines[0] and len(lines) == 3, out
    assert all(f" {first}  " in line for line in lines[1:])
    everything = run("articles", "--db", three_stories_db)[1].strip().splitlines()
    assert len(everything) == 4 and any(f" {third}  " in line for line in everything[1:])
    result = CliRunner().invoke(main, ["articles", "--story", str(second), "--json", "--db", three_stories_db])
    assert len(json.loads(result.stdout)) == 2 and f"merged into story {first}" in result.stderr
    code, out = run("articles", "--story", "999", "--db", three_stories_db)
    assert code == 1 and one_error_line(out) == "Error: story 999: no such story"


def test_python_dash_m_dateline_is_the_dateline_command() -> None:
    """A user test ran `python -m dateline` and found no such module entry."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "dateline", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("Usage: dateline "), done.stdout + done.stderr
