"""The scorers behind the story and timeline evaluations, on hand-made inputs and one real file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.analyze import Analyzer
from dateline.eval import ecb_stories
from dateline.eval.ecb_stories import bcubed, main, read_document, run, run_orders
from dateline.eval.timeline17 import alignment_rouge_f1, date_f1, read_reference


def test_bcubed_is_perfect_for_the_gold_clustering_and_penalizes_lumping() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed({"a": 1, "b": 1, "c": 2}, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed({"a": 1, "b": 1, "c": 1}, gold)
    assert recall == 1.0 and precision == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)


def test_date_f1_and_alignment_rouge() -> None:
    reference = {date(2010, 4, 20): ["rig explodes in the gulf"], date(2010, 7, 15): ["well is capped"]}
    assert date_f1({date(2010, 4, 20): []}, reference) == pytest.approx(2 / 3)
    exact = alignment_rouge_f1(reference, reference, 1)
    shifted = alignment_rouge_f1({date(2010, 4, 21): ["rig explodes in the gulf"]}, reference, 1)
    assert exact == pytest.approx(1.0)
    assert 0 < shifted < exact


def test_real_files_are_read(shared_data: Path) -> None:
    document = read_document(shared_data / "ecbplus" / "1" / "1_10ecbplus.xml")
    assert document.gold == "1/ecbplus" and document.url and "Lohan" in document.title
    timeline = read_reference(shared_data / "timeline17" / "bpoil_bbc" / "timelines" / "bbc.txt")
    assert date(2010, 9, 19) in timeline and timeline[date(2010, 9, 19)][0].startswith("The ruptured well")


def test_ecb_story_run_ingests_through_the_analysis_stage(analyzer: Analyzer) -> None:
    # Hand-written documents: two reports of one fight (topic 1) and a piracy report (topic 2).
    folder = Path(__file__).parent.parent / "data" / "ecb_stories"
    report = run(folder, seed=0, analyzer=analyzer)
    assert (report.documents, report.gold_stories) == (3, 2)
    assert report.found_stories == 2
    assert report.f1 == 1.0


def test_ecb_story_orders_share_one_analysis_and_print_a_mean(
    analyzer: Analyzer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(__file__).parent.parent / "data" / "ecb_stories"
    reports = run_orders(folder, [0, 1, 2], analyzer)
    assert [r.seed for r in reports] == [0, 1, 2]
    assert all(r.found_stories == 2 and r.f1 == 1.0 for r in reports)
    monkeypatch.setattr("dateline.eval.ecb_stories.Analyzer.load", lambda: analyzer)
    assert main(["--data", str(folder), "--seed", "0", "1"]) == 0
    assert "mean over seeds 0, 1: B-cubed precision 1.000  recall 1.000  F1 1.000" in capsys.readouterr().out


def test_ecb_story_orders_can_withhold_or_fix_every_date(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = Path(__file__).parent.parent / "data" / "ecb_stories"
    seen: list[set[object]] = []
    ingest = ecb_stories.ingest_in_order

    def recording(keys, articles, analyses, *oracle):  # type: ignore[no-untyped-def]
        seen.append({article.published for article in articles.values()})
        return ingest(keys, articles, analyses, *oracle)

    monkeypatch.setattr(ecb_stories, "ingest_in_order", recording)
    assert run_orders(folder, [0], analyzer, undated=True)[0].f1 == 1.0
    assert run_orders(folder, [0], analyzer, same_day=True)[0].f1 == 1.0
    assert seen[0] == {None}
    assert [(p.earliest, p.method) for p in seen[1] if p is not None] == [(ecb_stories.SAME_DAY, "given")]
    with pytest.raises(ValueError):
        run_orders(folder, [0], analyzer, same_day=True, undated=True)


def test_the_oracle_refuses_joins_into_small_stories_of_another_gold_story(analyzer: Analyzer) -> None:
    """A diagnostic: told (wrongly, on purpose) that the fight's two reports are two stories, the oracle keeps them
    apart while their story is small, and only then; the scored run joins them."""
    folder = Path(__file__).parent.parent / "data" / "ecb_stories"
    docs = ecb_stories.read_corpus(folder)
    articles = {d.name: ecb_stories._article(d) for d in docs}
    analyses = dict(zip(articles, analyzer.analyze_many(articles.values()), strict=True))
    fight = sorted(d.name for d in docs if d.gold.startswith("1/"))
    told = {d.name: d.gold for d in docs} | {fight[1]: "1/other"}
    keys = [d.name for d in docs]
    plain = ecb_stories.ingest_in_order(keys, articles, analyses)
    assert plain[fight[0]] == plain[fight[1]]
    refused = ecb_stories.ingest_in_order(keys, articles, analyses, told, 1)
    assert refused[fight[0]] != refused[fight[1]]
    assert ecb_stories.ingest_in_order(keys, articles, analyses, told, 0) == plain


def test_ecb_story_command_names_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "absent")]) == 1
    assert capsys.readouterr().err.strip() == f"error: {tmp_path / 'absent'}: no ECB+ topic folders with .xml documents"


def test_timeline_and_weekday_commands_name_missing_data_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dateline.eval import timeline17, weekday_tense

    assert timeline17.main(["--data", str(tmp_path)]) == 1
    assert weekday_tense.main(["--data", str(tmp_path)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"error: {tmp_path}: no Timeline17 topic folders (with timelines/) found",
        f"error: {tmp_path}: no Timeline17 articles (InputDocs) found",
    ]


def test_the_top_entries_eval_keeps_day_precise_entries_of_the_reference_span() -> None:
    from dateline.eval.timeline17_top import predicted_timeline
    from dateline.records import SourceRef, Story, Timeline, TimelineEntry

    def entry(day: str, importance: float, precision: str = "day") -> TimelineEntry:
        source = SourceRef(1, "bbc", None, f"sentence of {day}")
        return TimelineEntry(day, precision, day, "OTHER", (), (source,), importance=importance)  # type: ignore[arg-type]

    story = Story(1, "spill", (1,), ("bbc",), "2010-04-20", "2010-07-15")
    entries = (entry("2010-04", 9.0, "month"), entry("2010-04-19", 8.0), entry("2010-04-20", 3.0),
               entry("2010-04-22", 2.0), entry("2010-05-01", 1.0), entry("2010-07-16", 9.0))
    predicted = predicted_timeline(Timeline(story, entries), date(2010, 4, 20), date(2010, 7, 15), 2)
    assert predicted == {date(2010, 4, 20): ["sentence of 2010-04-20"], date(2010, 4, 22): ["sentence of 2010-04-22"]}


def test_ecb_event_mentions_are_read_with_their_cross_document_events(shared_data: Path) -> None:
    from dateline.eval.ecb_events import read_document

    first = read_document(shared_data / "ecbplus" / "1" / "1_10ecb.xml")
    second = read_document(shared_data / "ecbplus" / "1" / "1_11ecb.xml")
    assert first.story == second.story == "1/ecb" and not first.article.text.startswith("http")
    for document in (first, second):
        assert document.mentions and all(
            0 <= m.start < m.end <= len(document.article.text) for m in document.mentions
        )
    # The two reports share events: some instance ids (ACT...) occur in both files.
    shared = {m.event for m in first.mentions} & {m.event for m in second.mentions}
    assert shared and all(event.startswith(("ACT", "NEG")) for event in shared)


def test_cross_document_links_count_only_pairs_from_two_documents() -> None:
    from dateline.eval.ecb_events import EventMention, link_scores

    a1, a2 = EventMention("a", "1/ecb", 0, 5, "E1"), EventMention("a", "1/ecb", 9, 14, "E2")
    b1, b2 = EventMention("b", "1/ecb", 0, 5, "E1"), EventMention("b", "1/ecb", 9, 14, "E3")
    # One entry holds a1, b1 (right) and b2 (wrong); a2 alone. Same-document pairs do not count.
    predicted = {a1: "x", b1: "x", b2: "x", a2: "y"}
    assert link_scores(predicted) == pytest.approx((1 / 2, 1.0, 2 / 3))
