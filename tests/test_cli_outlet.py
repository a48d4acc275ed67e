"""--outlet names the outlet of what is ingested, also of an input already stored (to fix a wrong or missing one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

TEXT = ("Talks resume in Istanbul\n\nRussia and Ukraine resumed talks in Istanbul on July 23, officials said. The "
        "delegations met for an hour. The Turkish foreign minister urged both sides to end the war.\n")


def test_outlet_given_again_renames_the_stored_articles_outlet(tmp_path: Path) -> None:
    page, db = tmp_path / "talks.txt", str(tmp_path / "outlet.db")
    page.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(page)]).exit_code == 0
    renamed = runner.invoke(main, ["ingest", "--db", db, "--outlet", "Kyiv Post", str(page)])
    assert renamed.exit_code == 0
    assert f"= {page}: exact duplicate of article 1; outlet set to 'Kyiv Post'\n" in renamed.output
    stored = json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)
    assert stored["outlet"] == "Kyiv Post"
    again = runner.invoke(main, ["ingest", "--db", db, "--json", "--outlet", "RKS News", str(page)])
    (duplicate,) = json.loads(again.output)["duplicates"]
    assert duplicate["relabelled"] == {"outlet": "RKS News", "was": "Kyiv Post"}
    same = runner.invoke(main, ["ingest", "--db", db, "--json", "--outlet", "RKS News", str(page)])
    assert json.loads(same.output)["duplicates"][0]["relabelled"] is None  # already so: nothing to say
    plain = runner.invoke(main, ["ingest", "--db", db, str(page)])  # without --outlet the stored name stays
    assert "outlet set" not in plain.output
    assert json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)["outlet"] == "RKS News"


def test_the_same_text_from_another_source_keeps_its_outlet(tmp_path: Path) -> None:
    reuters, agency, db = tmp_path / "reuters.txt", tmp_path / "ap-copy.txt", str(tmp_path / "copies.db")
    reuters.write_text(TEXT, encoding="utf-8")
    agency.write_text(TEXT, encoding="utf-8")  # the same wire text, read from another file
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, "--outlet", "Reuters", str(reuters)]).exit_code == 0
    copy = runner.invoke(main, ["ingest", "--db", db, "--outlet", "AP", str(agency)])
    assert copy.exit_code == 0 and "outlet set" not in copy.output
    assert "exact duplicate of article 1; recorded as AP's copy\n" in copy.output
    stored = json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)
    assert stored["outlet"] == "Reuters"
    assert stored["copies"] == [{"origin": str(agency), "url": None, "outlet": "AP", "reprint_id": None}]
    again = runner.invoke(main, ["ingest", "--db", db, "--json", "--outlet", "AP", str(agency)])  # known already
    assert json.loads(again.output)["duplicates"][0]["copy_by"] is None


def test_a_wire_copy_in_a_second_outlet_is_a_source_of_the_timeline_but_no_independent_report(
    tmp_path: Path,
) -> None:
    reuters, agency, db = tmp_path / "reuters.txt", tmp_path / "ap-copy.txt", str(tmp_path / "copies.db")
    reuters.write_text(TEXT, encoding="utf-8")
    agency.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, "--outlet", "Reuters", "--published", "2025-07-24",
                                str(reuters)]).exit_code == 0
    alone = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    assert runner.invoke(main, ["ingest", "--db", db, "--outlet", "AP", str(agency)]).exit_code == 0
    timeline = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    talks = next(e for e in timeline if e["date"] == "2025-07-23")
    assert [(s["outlet"], s["copy_of"]) for s in talks["sources"]] == [("Reuters", None), ("AP", 1)]
    assert talks["sources"][0]["sentence"] == talks["sources"][1]["sentence"]
    # A copy names another outlet that printed it, but confirms nothing: the ranking is unchanged.
    assert [e["importance"] for e in timeline] == [e["importance"] for e in alone]
    text = runner.invoke(main, ["timeline", "--db", db, "1"]).output
    assert "reported by: Reuters" in text and "copied by: AP" in text


def test_the_same_text_from_another_outlet_keeps_its_given_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, later, db = tmp_path / "kyiv.txt", tmp_path / "reprint.txt", str(tmp_path / "dates.db")
    first.write_text(TEXT, encoding="utf-8")
    later.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    dated = ["ingest", "--db", db, "--outlet", "Kyiv Independent", "--published", "2025-07-23", str(first)]
    assert runner.invoke(main, dated).exit_code == 0
    copy = runner.invoke(main, ["ingest", "--db", db, "--json", "--outlet", "RKS News", "--published", "2025-07-28",
                                str(later)])
    (duplicate,) = json.loads(copy.output)["duplicates"]
    assert duplicate["redated"] is None and duplicate["kept"]["earliest"] == "2025-07-23"
    assert duplicate["relabelled"] is None  # another outlet's copy renames nothing either
    monkeypatch.chdir(tmp_path)  # the same file, its path written another way: a correction
    fixed = runner.invoke(main, ["ingest", "--db", db, "--json", "--published", "2025-07-24", "./kyiv.txt"])
    assert json.loads(fixed.output)["duplicates"][0]["redated"]["published"] == "2025-07-24"


def test_a_day_in_the_file_name_dates_an_undated_file(tmp_path: Path) -> None:
    folder = tmp_path / "archive" / "2025-07-18"
    folder.mkdir(parents=True)
    (folder / "talks.txt").write_text(TEXT.replace("on July 23", "on Wednesday"), encoding="utf-8")
    (tmp_path / "kyiv_2025-07-24_talks.txt").write_text(TEXT.replace("Talks resume", "Talks go on"), encoding="utf-8")
    db, runner = str(tmp_path / "files.db"), CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(tmp_path / "archive"),
                                str(tmp_path / "kyiv_2025-07-24_talks.txt")]).exit_code == 0
    dates = {}
    for article_id in (1, 2):
        shown = json.loads(runner.invoke(main, ["article", "--db", db, "--json", str(article_id)]).output)
        dates[shown["title"]] = (shown["published"]["earliest"], shown["published"]["method"],
                                 shown["published"]["evidence"].split(":")[0])
    assert dates == {"Talks resume in Istanbul": ("2025-07-18", "inferred", "date in the folder name"),
                     "Talks go on in Istanbul": ("2025-07-24", "inferred", "date in the file name")}


def test_which_inputs_are_one_source_read_again() -> None:
    from dateline.pipeline import same_source

    assert same_source("/home/me/news/a.txt", "a.txt") and same_source("./a.txt", "../news/a.txt")
    assert same_source("https://x.example/a", "https://x.example/a")
    assert not same_source("https://x.example/a", "https://x.example/b") and not same_source("a.txt", "b.txt")
    assert same_source("feed.jsonl:3", "/data/feed.jsonl:3") and not same_source("feed.jsonl:3", "feed.jsonl:4")
    assert not same_source("stdin", "stdin") and not same_source("pasted in the web form", "pasted in the web form")
    assert not same_source("stdin:2", "stdin:2")
    # Two folders of one file name are two sources: an agency's folder is not the first outlet's file again.
    assert not same_source("reuters/story.txt", "ap/story.txt")
    assert same_source("/data/reuters/story.txt", "reuters/story.txt")


def test_copies_from_standard_input_folders_and_reprints_are_all_recorded(tmp_path: Path) -> None:
    (tmp_path / "reuters").mkdir()
    (tmp_path / "ap").mkdir()
    first, second = tmp_path / "reuters" / "story.txt", tmp_path / "ap" / "story.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "copies.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, "--outlet", "Reuters", "--published", "2025-07-24",
                                str(first)]).exit_code == 0
    # The same file name in another outlet's folder: a copy, and the stored outlet stays.
    folder = runner.invoke(main, ["ingest", "--db", db, "--outlet", "AP", str(second)])
    assert "recorded as AP's copy" in folder.output and "outlet set" not in folder.output
    # Standard input names no source: each outlet's paste is its own copy.
    for outlet in ("AFP", "DPA", "DPA"):
        runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "-"], input=TEXT)
    # A reprint with an edited sentence is its own article; an exact copy of it is a copy too.
    reprint = TEXT.replace("met for an hour", "met for about an hour")
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "Yahoo", "-"], input=reprint)
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "MSN", "-"], input=reprint)
    stored = json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)
    assert [(c["outlet"], c["reprint_id"]) for c in stored["copies"]] == [
        ("AP", None), ("AFP", None), ("DPA", None), ("Yahoo", 2), ("MSN", 2)]
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    talks = next(e for e in events if e["date"] == "2025-07-23")
    assert [s["outlet"] for s in talks["sources"]] == ["Reuters", "AP", "AFP", "DPA", "Yahoo", "MSN"]


def test_the_same_outlets_page_at_another_address_of_its_site_is_no_copy(tmp_path: Path) -> None:
    db, runner = str(tmp_path / "copies.db"), CliRunner()
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert runner.invoke(main, ["ingest", "--db", db, "--outlet", "Reuters", "--url",
                                "https://www.reuters.com/a", str(page)]).exit_code == 0
    again = runner.invoke(main, ["ingest", "--db", db, "--outlet", "Reuters", "--url", "https://reuters.com/a?x=1",
                                 "-"], input=TEXT)
    assert "copy" not in again.output
    assert json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)["copies"] == []


WIRE = ("Swine flu cases confirmed in Scotland\n\n"
        "Health officials confirmed six cases of swine flu in Scotland on Monday, the health minister said. "
        "The patients had returned from a holiday in Mexico last week and are recovering at home. "
        "Schools in the area will remain open while doctors trace everyone the patients met. "
        "The World Health Organization raised its pandemic alert level to phase four on Monday. "
        "Officials urged travellers returning from Mexico to call a doctor if they develop symptoms.\n")


def test_an_edited_reprint_is_its_outlets_own_report_and_its_changed_figure_a_disagreement(tmp_path: Path) -> None:
    reuters, afp, db = tmp_path / "reuters.txt", tmp_path / "afp.txt", str(tmp_path / "wire.db")
    reuters.write_text(WIRE, encoding="utf-8")
    afp.write_text(WIRE.replace("confirmed six cases", "confirmed seven cases"), encoding="utf-8")
    runner = CliRunner()
    for path, outlet in ((reuters, "Reuters"), (afp, "AFP")):
        result = runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "--published", "2009-04-27", str(path)])
        assert result.exit_code == 0, result.output
    assert "= " + str(afp) + ": a reprint of article 1 with edits, stored as article 2" in result.output
    # the summary says it was stored (a user test read "0 ingested, 1 duplicates" as nothing stored)
    assert "0 ingested, 1 duplicates (1 stored as reprints with edits), 0 failed" in result.output
    conflicts = json.loads(runner.invoke(main, ["conflicts", "--db", db, "--json", "1"]).output)
    numbers = [c for c in conflicts if c["kind"] == "number"]
    assert len(numbers) == 1 and {s["outlet"] for s in numbers[0]["sources"]} == {"Reuters", "AFP"}
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    sources = [(s["outlet"], s["copy_of"]) for e in events for s in e["sources"]]
    assert ("AFP", None) in sources  # the edited sentence: AFP's own report
    assert ("AFP", 1) in sources  # the sentences it printed as they were: a copy of Reuters' article
    # Yahoo runs AFP's version word for word: it is cited with AFP's edit, as AFP's copy.
    yahoo = tmp_path / "yahoo.txt"
    yahoo.write_text(afp.read_text(encoding="utf-8"), encoding="utf-8")
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "Yahoo", str(yahoo)])
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    seven = next(e for e in events if any("seven cases" in s["sentence"] for s in e["sources"]))
    assert ("Yahoo", 2) in [(s["outlet"], s["copy_of"]) for s in seven["sources"]]


def test_a_copys_outlet_is_renamed_when_its_file_is_read_again_with_another(tmp_path: Path) -> None:
    reuters, agency, db = tmp_path / "reuters.txt", tmp_path / "ap-copy.txt", str(tmp_path / "copies.db")
    reuters.write_text(TEXT, encoding="utf-8")
    agency.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "Reuters", str(reuters)])
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "AP", str(agency)])
    renamed = runner.invoke(main, ["ingest", "--db", db, "--outlet", "UPI", str(agency)])
    assert "outlet set to 'UPI' (was 'AP')" in renamed.output
    stored = json.loads(runner.invoke(main, ["article", "--db", db, "--json", "1"]).output)
    assert stored["outlet"] == "Reuters" and [c["outlet"] for c in stored["copies"]] == ["UPI"]


def test_export_top_keeps_the_entries_timeline_top_keeps(tmp_path: Path) -> None:
    page, db = tmp_path / "wire.txt", str(tmp_path / "top.db")
    page.write_text(WIRE, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(main, ["ingest", "--db", db, "--published", "2009-04-27", str(page)])
    every = runner.invoke(main, ["export", "--db", db, "--format", "jsonl", "1"]).output.splitlines()
    top = runner.invoke(main, ["export", "--db", db, "--format", "jsonl", "--top", "2", "1"]).output.splitlines()
    shown = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "--top", "2", "1"]).output)["events"]
    assert len(every) > 2 and [json.loads(line)["summary"] for line in top] == [e["summary"] for e in shown]


def test_a_reprints_sentence_wrapped_otherwise_is_still_a_copy_not_its_own_report(tmp_path: Path) -> None:
    reuters, afp, db = tmp_path / "reuters.txt", tmp_path / "afp.txt", str(tmp_path / "wire.db")
    reuters.write_text(WIRE, encoding="utf-8")
    edited = WIRE.replace("confirmed six cases", "confirmed seven cases")
    afp.write_text(edited.replace("are recovering at home", "are recovering\nat home"), encoding="utf-8")
    runner = CliRunner()
    for path, outlet in ((reuters, "Reuters"), (afp, "AFP")):
        runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "--published", "2009-04-27", str(path)])
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    own = [s["sentence"] for e in events for s in e["sources"] if s["outlet"] == "AFP" and s["copy_of"] is None]
    assert own and all("seven cases" in sentence for sentence in own)


def _ingest_pair(tmp_path: Path, original: str, reprint: str) -> tuple[CliRunner, str]:
    first, second, db = tmp_path / "reuters.txt", tmp_path / "afp.txt", str(tmp_path / "pair.db")
    first.write_text(original, encoding="utf-8")
    second.write_text(reprint, encoding="utf-8")
    runner = CliRunner()
    for path, outlet in ((first, "Reuters"), (second, "AFP")):
        runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "--published", "2009-04-27", str(path)])
    return runner, db


def test_an_edited_reprint_does_not_contradict_what_it_prints_of_its_original(tmp_path: Path) -> None:
    floods = ("Floods kill 12 in northern Italy\n\n"
              "Floods killed 10 people in northern Italy on Monday, officials said. "
              "Rescuers searched for survivors in the villages of the Po valley throughout the night. Floods killed 12 "
              "people in northern Italy on Monday, the civil protection agency said. Schools in the region will remain "
              "closed until the water recedes. The government declared a state of emergency in three provinces. "
              "Farmers said the water had destroyed much of the harvest in the valley.\n")
    runner, db = _ingest_pair(tmp_path, floods, floods.replace("Monday, officials said", "Monday, authorities said"))
    conflicts = json.loads(runner.invoke(main, ["conflicts", "--db", db, "--json", "1"]).output)
    assert not [c for c in conflicts if c["kind"] == "number"]  # AFP prints Reuters' "12" too


def test_a_reprints_lead_with_a_dateline_is_a_copy_of_the_original_lead(tmp_path: Path) -> None:
    lead = "Health officials confirmed six cases"
    runner, db = _ingest_pair(tmp_path, WIRE, WIRE.replace(lead, "EDINBURGH, April 27 (AFP) - " + lead)
                              .replace("urged travellers", "told travellers"))
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    afp = [(s["copy_of"], s["sentence"]) for e in events for s in e["sources"] if s["outlet"] == "AFP"]
    assert all(copy_of == 1 for copy_of, sentence in afp if "six cases" in sentence)
    assert any(copy_of is None and "told travellers" in sentence for copy_of, sentence in afp)


def test_a_reprint_of_a_reprint_cites_the_first_reprints_edit_as_a_copy_not_its_own_report(tmp_path: Path) -> None:
    db = str(tmp_path / "wire.db")
    afp_text = WIRE.replace("confirmed six cases", "confirmed seven cases")
    versions = {"Reuters": WIRE, "AFP": afp_text,
                "UPI": afp_text.replace("are recovering at home", "are recovering in hospital")}
    runner = CliRunner()
    for outlet, text in versions.items():
        path = tmp_path / f"{outlet.lower()}.txt"
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "--published", "2009-04-27", str(path)])
        assert result.exit_code == 0, result.output
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    seven = next(e for e in events if any("seven cases" in s["sentence"] for s in e["sources"]))
    # AFP made the edit; UPI prints AFP's sentence: a copy of AFP's article, not a second outlet telling it.
    # (Reuters' "six cases" is the same happening, told with another number.)
    assert [(s["outlet"], s["copy_of"]) for s in seven["sources"]] == [("Reuters", None), ("AFP", None), ("UPI", 2)]
    hospital = next(e for e in events if any("in hospital" in s["sentence"] for s in e["sources"]))
    assert ("UPI", None) in [(s["outlet"], s["copy_of"]) for s in hospital["sources"]]  # UPI's own edit
    conflicts = json.loads(runner.invoke(main, ["conflicts", "--db", db, "--json", "1"]).output)
    numbers = [c for c in conflicts if c["kind"] == "number"]
    assert len(numbers) == 1 and {s["outlet"] for s in numbers[0]["sources"]} == {"Reuters", "AFP"}


def test_the_reprint_published_first_keeps_the_edit_whatever_order_they_are_read_in(tmp_path: Path) -> None:
    db = str(tmp_path / "wire.db")
    afp_text = WIRE.replace("confirmed six cases", "confirmed seven cases")
    upi_text = afp_text.replace("are recovering at home", "are recovering in hospital")
    runner = CliRunner()
    # UPI's copy of AFP's version, published a day later, is read before AFP's.
    for outlet, text, day in (("Reuters", WIRE, "2009-04-27"), ("UPI", upi_text, "2009-04-28"),
                              ("AFP", afp_text, "2009-04-27")):
        path = tmp_path / f"{outlet.lower()}.txt"
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "--published", day, str(path)])
        assert result.exit_code == 0, result.output
    events = json.loads(runner.invoke(main, ["timeline", "--db", db, "--json", "1"]).output)["events"]
    seven = next(e for e in events if any("seven cases" in s["sentence"] for s in e["sources"]))
    assert [(s["outlet"], s["copy_of"]) for s in seven["sources"]] == [("Reuters", None), ("AFP", None), ("UPI", 3)]


STALE = ("Oil spill threatens Gulf coast\n\n"
         "{lead} "
         "Last month, President Barack Obama eased a moratorium on new offshore drilling. "
         "Officials said the slick could reach the coast of Louisiana within days.\n")


@pytest.mark.parametrize(("second", "expected"), [
    ("Last month, President Barack Obama eased a moratorium on new offshore drilling.", []),
    ("In February, President Barack Obama eased a moratorium on new offshore drilling.", ["date"]),
])
def test_the_same_relative_words_printed_again_a_day_later_are_no_date_disagreement(
    tmp_path: Path, second: str, expected: list[str]
) -> None:
    """A user test: "last month" in a BBC page of April 30 and in its update of May 1 gave March against April. Here
    the update is printed by a second outlet, since one outlet's two reports are never compared (session 20)."""
    db = str(tmp_path / "stale.db")
    pages = {
        "2010-04-30": STALE.format(lead="Crews fought on Friday to contain a huge oil slick off Louisiana."),
        "2010-05-01": STALE.format(lead="The US Coast Guard said on Saturday the slick had tripled in size.").replace(
            "Last month, President Barack Obama eased a moratorium on new offshore drilling.", second),
    }
    runner = CliRunner()
    for (day, text), outlet in zip(pages.items(), ("BBC", "Reuters"), strict=True):
        path = tmp_path / f"{outlet}-{day}.txt"
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(main, ["ingest", "--db", db, "--outlet", outlet, "--published", day, str(path)])
        assert result.exit_code == 0, result.output
    conflicts = json.loads(runner.invoke(main, ["conflicts", "--db", db, "--json", "1"]).output)
    assert [c["kind"] for c in conflicts if c["kind"] == "date"] == expected


def test_timeline_narrows_to_a_period_and_to_what_several_outlets_report(tmp_path: Path) -> None:
    # A user test (BP, 5 outlets): a 1,180-entry timeline with no way to narrow it.
    first, second, db = tmp_path / "kyiv.txt", tmp_path / "rks.txt", str(tmp_path / "narrow.db")
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT.replace("The delegations met for an hour.", "Both delegations then went home.")
                      + "Ukraine's delegation said on July 21 it would attend.\n", encoding="utf-8")
    runner = CliRunner()
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "Kyiv Post", "--published", "2025-07-24", str(first)])
    runner.invoke(main, ["ingest", "--db", db, "--outlet", "RKS News", "--published", "2025-07-24", str(second)])

    def entries(*options: str) -> list[dict[str, object]]:
        result = runner.invoke(main, ["timeline", "--db", db, "--json", *options, "1"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["events"]  # type: ignore[no-any-return]

    every = entries()
    dates = {e["date"] for e in every}
    assert {"2025-07-21", "2025-07-23"} <= dates
    assert {e["date"] for e in entries("--since", "2025-07-22")} == dates - {"2025-07-21"}
    assert {e["date"] for e in entries("--until", "2025-07-21")} == {"2025-07-21"}
    shared = entries("--min-outlets", "2")
    assert shared and len(shared) < len(every)
    assert all(len({s["outlet"] for s in e["sources"]}) >= 2 for e in shared)  # type: ignore[attr-defined]
    wrong = runner.invoke(main, ["timeline", "--db", db, "--since", "2025-07-24", "--until", "2025-07-01", "1"])
    assert wrong.exit_code == 2 and "--since 2025-07-24 is after --until 2025-07-01" in wrong.output
