"""PolNeAR reader and scorer on a hand-made brat file, and a smoke run on the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import SourceError
from dateline.eval.polnear import format_report, normalize, read_annotations, run, score_role

TEXT = (
    "Spokeswoman Haley Morris says the candidate has “always run a lean campaign.” "
    "“We will compete,” she said. “We will win.”\n"
)
# Brat standoff as PolNeAR writes it: T lines with spans, E lines tying roles into one attribution,
# a discontinuous content span (a;b) and an attribution without a source.
ANN = (
    "T1\tSource 0 24\tSpokeswoman Haley Morris\n"
    "T2\tCue 25 29\tsays\n"
    "T3\tContent 30 77\tthe candidate has “always run a lean campaign.”\n"
    "T4\tAttribution 25 29\tsays\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 78 96;107 121\t“We will compete,” “We will win.”\n"
    "T6\tCue 101 105\tsaid\n"
    "T7\tAttribution-no-source 101 105\tsaid\n"
    "E2\tAttribution-no-source:T7 Content:T5 Cue:T6\n"
)


def test_reader_builds_roles_and_trims_fragments(tmp_path: Path) -> None:
    path = tmp_path / "article_abcd.ann"
    path.write_text(ANN, encoding="utf-8")
    first, second = read_annotations(path, TEXT)
    assert TEXT[slice(*first.source[0])] == "Spokeswoman Haley Morris"
    assert TEXT[slice(*first.content[0])] == "the candidate has “always run a lean campaign"
    assert second.source == ()
    assert [TEXT[slice(*span)] for span in second.content] == ["We will compete", "We will win"]


def test_normalize_joins_fragments_split_at_punctuation() -> None:
    text = "“One. Two.” he said"
    assert normalize(text, ((1, 5), (6, 10))) == ((1, 9),)


def test_score_role_counts_exact_and_one_to_one_overlap() -> None:
    gold = [((0, 10),), ((20, 30),)]
    predicted = [((0, 10),), ((25, 40),), ((26, 28),)]
    assert score_role(gold, predicted) == (1, 2)


def test_run_names_a_missing_split(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not a PolNeAR split"):
        run(tmp_path, "dev")


@pytest.mark.slow
def test_run_on_three_dev_articles(shared_data: Path) -> None:
    polnear = shared_data / "polnear"
    if not (polnear / "dev").is_dir():
        pytest.skip(f"{polnear / 'dev'} not found")
    report = run(polnear, "dev", limit=3)
    assert report.documents == 3 and report.gold_attributions > 0
    content = report.scores[("content", "overlap")]
    assert 0.0 < content.precision <= 1.0 and 0.0 < content.recall <= 1.0
    assert "| content | overlap |" in format_report(report)
