"""The publication-date evaluation: readers of the three sets, per-rule scores, the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.pubdates import format_score, main, read_set, run

_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_9999</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
<TEXT>
The thrift said shareholders approved its acquisition, first agreed in 1987.
</TEXT>
</TimeML>
"""


def _data(folder: Path) -> Path:
    polnear = folder / "polnear"
    (polnear / "train" / "text").mkdir(parents=True)
    (polnear / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\n"
        "train\tstamped\t2016-03-01\n"
        "train\thistory\t2016-03-01\n"
        "train\tundated\t2016-03-01\n"
        "dev\tstamped\t2016-03-01\n",
        encoding="utf-8",
    )
    body = (
        " The candidates spent the week in the early states, where their campaigns have built large teams of"
        " volunteers, and both sides said they expected a long and expensive fight for every delegate."
    )
    texts = {
        "stamped": "Sanders wins Vermont\n\nPosted: March 1, 2016 9:12 PM EST\n\nSanders won his home state." + body,
        "history": "Clinton speaks\n\nClinton spoke about the 2012 attack in Benghazi on March 1." + body,
        "undated": "Trump rallies\n\nTrump held a rally in Ohio on Tuesday." + body,
    }
    for name, text in texts.items():
        (polnear / "train" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    day = folder / "timeline17" / "quake_bbc" / "InputDocs" / "2010-01-13"
    day.mkdir(parents=True)
    (day / "1.htm.txt").write_text(
        "Haiti quake kills thousands\nA powerful earthquake struck Haiti on Jan. 12 , 2010 , and thousands of"
        " people are feared dead in the capital , where the presidential palace and many other buildings fell .\n",
        encoding="utf-8",
    )
    timebank = folder / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
    timebank.mkdir(parents=True)
    (timebank / "wsj_9999.tml").write_text(_TML, encoding="utf-8")
    return folder


def test_each_set_is_read_with_its_real_publication_dates(tmp_path: Path) -> None:
    data = _data(tmp_path)
    polnear = {text.name: text for text in read_set(data, "polnear/train")}
    assert set(polnear) == {"stamped", "history", "undated"}
    assert str(polnear["stamped"].published) == "2016-03-01"
    (article,) = read_set(data, "timeline17")
    assert str(article.published) == "2010-01-13" and "Jan. 12, 2010," in article.text
    (document,) = read_set(data, "tempeval3/TimeBank")
    assert str(document.published) == "1989-11-02" and "1987" in document.text


def test_scores_count_each_way_of_dating_and_whether_it_held(tmp_path: Path) -> None:
    polnear, timeline, timebank = run(_data(tmp_path), "dev")
    assert polnear.articles == 3
    assert polnear.rules["none"].articles == 1  # no year anywhere: no date rather than a made-up one
    stamped = [name for name in polnear.rules if name not in ("none",)]
    assert sum(polnear.rules[name].articles for name in stamped) == 2
    assert sum(polnear.rules[name].held for name in stamped) == 1  # the timestamp; 2012 is history
    assert timeline.rules["latest full date, in the lead"].held == 1  # Jan. 12, 2010, published the next day
    assert timebank.rules["latest year named"].year == 0  # 1987 is a guess, and wrong
    lines = list(format_score(polnear))
    assert lines[0] == "polnear/train: 3 articles" and any(line.strip().startswith("all dated") for line in lines)


def test_missing_data_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nowhere" in err[0]
