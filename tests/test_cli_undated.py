"""An article stored with no publication date is reported as such: on its ingest line, in the ingest JSON and in
its story's timeline, which it adds nothing to (session-29 user test: undated feed items were stored silently)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main

UNDATED = ("Rescuers pulled a woman alive from the rubble of a collapsed hotel, officials said. The search went on "
           "through the night as aftershocks shook the city and families waited outside the ruins for news.\n")
NOTE = "[no publication date found: ingest again with --published YYYY-MM-DD]"


def test_an_undated_article_is_named_on_ingest_and_in_its_timeline(tmp_path: Path) -> None:
    page = tmp_path / "rescue.txt"
    page.write_text(UNDATED, encoding="utf-8")
    db = str(tmp_path / "undated.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, str(page)])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0].endswith(NOTE)
    timeline = runner.invoke(main, ["timeline", "--db", db, "1"])
    assert ("1 article(s) have no publication date and add no entries: 1; ingest them again with --published "
            "YYYY-MM-DD.") in " ".join(timeline.output.split())
    as_json = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)
    assert as_json["undated_articles"] == [1]
    (ingested,) = json.loads(runner.invoke(main, ["ingest", "--db", str(tmp_path / "json.db"), "--json", str(page)]
                                           ).output)["ingested"]
    assert ingested["undated"] is True
    # Dated, it is named nowhere.
    redated = runner.invoke(main, ["ingest", "--db", db, "--published", "2010-01-13", str(page)])
    assert "publication date set to 2010-01-13 (was unknown)" in redated.output
    assert "no publication date" not in runner.invoke(main, ["timeline", "--db", db, "1"]).output
    dated = runner.invoke(main, ["ingest", "--db", str(tmp_path / "dated.db"), "--published", "2010-01-13", str(page)])
    assert dated.output.startswith("+ article 1 (story 1): ") and "no publication date" not in dated.output


def test_a_page_not_in_english_is_named_as_such_not_as_undated(tmp_path: Path) -> None:
    """A user test ingested a French page, was told on ingest and in its timeline to give it a date, did, and it
    still added nothing: it is not analysed."""
    page = tmp_path / "maree.txt"
    page.write_text("Marée noire\n\nLa compagnie pétrolière BP a lancé mercredi une nouvelle opération pour tenter de "
                    "colmater la fuite de pétrole dans le golfe du Mexique, a annoncé un porte-parole du groupe. Les "
                    "autorités américaines suivent de près cette opération délicate, qui pourrait durer deux jours.\n",
                    encoding="utf-8")
    db = str(tmp_path / "fr.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--db", db, str(page)])
    assert first.exit_code == 0, first.output
    assert "not English (fr)" in first.output and "no publication date" not in first.output, first.output
    timeline = " ".join(runner.invoke(main, ["timeline", "--db", db, "1"]).output.split())
    assert "are not in English and add no entries (stored, not analysed): 1" in timeline, timeline
    assert "--published" not in timeline, timeline
    as_json = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)
    assert as_json["not_analysed_articles"] == [1] and as_json["undated_articles"] == []
