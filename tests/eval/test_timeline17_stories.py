"""The Timeline17 event-week grouping eval on a small folder of the same shape."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.eval.timeline17_stories import event_weeks, format_report, read_articles, run_orders

SPILL = (
    "Oil from the ruptured BP well reached the Louisiana marshes on {day} as crews laid booms along the coast .\n"
    "The Coast Guard said the slick from the Deepwater Horizon rig covered hundreds of square miles .\n"
    "Fishermen in Venice , Louisiana , said the spill threatened oyster beds and shrimp grounds .\n"
)
QUAKE = (
    "Rescuers in Port-au-Prince pulled survivors from collapsed buildings on {day} after the Haiti earthquake .\n"
    "Aid flights landed at the damaged airport as the United Nations appealed for doctors and water .\n"
    "Haitian officials said the death toll from the quake could pass 100,000 people .\n"
)


def _folder(tmp_path: Path) -> Path:
    for topic, text, days in (("bpoil_bbc", SPILL, ("2010-04-29", "2010-04-30", "2010-06-20")),
                              ("haiti_bbc", QUAKE, ("2010-01-14", "2010-01-15", "2010-01-16"))):  # fmt: skip
        for n, day in enumerate(days):
            folder = tmp_path / topic / "InputDocs" / day
            folder.mkdir(parents=True)
            (folder / f"{n}.htm.txt").write_text(text.format(day=day), encoding="utf-8")
    return tmp_path


def test_each_event_keeps_only_its_busiest_week(tmp_path: Path) -> None:
    weeks = event_weeks(_folder(tmp_path))
    assert sorted((event, day.isoformat()) for event, day, _ in weeks) == [
        ("bpoil", "2010-04-29"), ("bpoil", "2010-04-30"),
        ("haiti", "2010-01-14"), ("haiti", "2010-01-15"), ("haiti", "2010-01-16"),
    ]  # fmt: skip


def test_same_week_moves_every_event_onto_one_week(tmp_path: Path) -> None:
    articles, gold = read_articles(_folder(tmp_path), same_week=True)
    first: dict[str, date] = {}
    for key, article in articles.items():
        assert article.published is not None and article.published.method == "given"
        first[gold[key]] = min(first.get(gold[key], article.published.best), article.published.best)
    assert len(first) == 2 and len(set(first.values())) == 1


def test_scores_a_real_ingest(tmp_path: Path) -> None:
    report = run_orders(_folder(tmp_path), [0])[0]
    assert (report.articles, report.events) == (5, 2)
    assert report.precision == 1.0  # an oil spill and an earthquake never share a story
    assert 2 <= report.stories <= 5
    assert "B-cubed precision 1.000" in format_report(report)
