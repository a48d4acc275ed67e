"""Wire datelines ("GENEVA (Reuters) - ") say where a report was filed: never the subject of its lead."""

from __future__ import annotations

from datetime import date

import pytest
from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer
from dateline.extract.wire_datelines import blank_wire_datelines, bundled_reports


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("GENEVA (Reuters) - The World Health Organization declared a pandemic.", "The World Health Organization"),
        ("NEW YORK (AP) — Stocks fell.", "Stocks fell."),
        ("KYIV, Ukraine (AP) — Russia attacked.", "Russia attacked."),
        ("WASHINGTON, June 11 (Reuters) - President Obama said.", "President Obama said."),
        ("NEW ORLEANS, La. (AP) — The Saints won.", "The Saints won."),
        ("WASHINGTON — The Senate voted.", "The Senate voted."),
        ("LONDON -- Prices rose.", "Prices rose."),
        # A Reuters page's header before the place, as Timeline17 keeps it.
        ("STOCKHOLM | Thu Jun 11, 2009 3:31 pm BST STOCKHOLM (Reuters) - Sweden's Ministry said.", "Sweden's"),
        ("2009 06 13 00:11 JST GENEVA (Reuters) - The WHO declared.", "The WHO declared."),
        ("WASHINGTON/VENICE, Louisiana | Sat May 22, 2010 7:50 pm EDT WASHINGTON/VENICE, Louisiana (Reuters) - "
         "President Barack Obama on Saturday blamed the spill.", "President Barack Obama"),
    ],
)
def test_a_dateline_is_blanked_and_offsets_kept(text: str, kept: str) -> None:
    blanked = blank_wire_datelines(text)
    assert len(blanked) == len(text)
    start = blanked.index(kept)
    assert blanked[:start].strip() == ""
    assert text[start:] == blanked[start:]


@pytest.mark.parametrize(
    "text",
    [
        "AIDS - a disease that kills millions - spread.",
        "NATO - the alliance - said it would act.",
        "He said (Reuters) - no.",
        "UPDATE 1-GSK says Asia Pacific sales could double",
        "Officials said the bombing in GENEVA (Reuters) - was bad.",
        "The talks in GENEVA ended. NEW YORK (AP) — Stocks fell.",  # only where a paragraph opens
        # An aside between two dashes (a review: NATO lost its lead); a headline line above a dateline stays.
        "NATO — Europe's main military alliance — said on Monday it would act.",
        "OPEC -- The oil cartel -- agreed on Friday to cut output.",
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert blank_wire_datelines(text) == text


def test_the_lead_after_a_dateline_has_its_own_subject(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user's H1N1 store: "GENEVA declared an influenza pandemic on Thursday", with GENEVA as the actor.
    text = (
        "2009 06 13 00:11 JST GENEVA (Reuters) - The World Health Organization declared an influenza pandemic "
        "on Thursday and advised governments to prepare."
    )
    analysis = analyzer.analyze(make_article(text, published=date(2009, 6, 12)))
    declared = next(e for e in analysis.events if e.predicate == "declare")
    assert declared.actor_key == "world health organization"
    assert declared.date == "2009-06-11"
    assert "geneva" not in {m.actor_key for m in analysis.mentions}
    first = analysis.sentences[0]
    assert first.text.startswith("The World Health Organization declared")
    assert text[first.start : first.end] == first.text


def test_a_dateline_never_reaches_back_into_the_line_above() -> None:
    text = "Swine flu death toll rises in Mexico\nMEXICO CITY (Reuters) - Mexico said on Monday 20 people had died."
    blanked = blank_wire_datelines(text)
    assert blanked.startswith("Swine flu death toll rises in Mexico\n")
    assert blanked.endswith("Mexico said on Monday 20 people had died.") and "(Reuters)" not in blanked


def test_a_chronology_of_one_sentence_per_line_dates_each_entrys_lines(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A trial timeline (BBC, Timeline17) whose entries open a line with their day and no dash: a date audit found
    their later lines dated by the page's publication."""
    text = (
        "Dr Conrad Murray: trial timeline\n"
        "4 January 2011 Preliminary hearings begin.\n"
        "Prosecutors allege that Dr Murray hid drugs before calling paramedics.\n"
        "11 January 2011 Dr Murray is ordered to stand trial.\n"
        "He faces up to four years in prison if found guilty.\n"
        "3 November 2011 The case goes to the jury.\n"
        "The defence maintains Dr Murray was not responsible.\n"
        "\n"
        "The pun: ancient artform, or the lowest form of wit?\n"
    )
    times = {s.text: s.time for s in analyzer.analyze(make_article(text)).sentences}
    assert times["Prosecutors allege that Dr Murray hid drugs before calling paramedics."] == "2011-01-04"
    assert times["He faces up to four years in prison if found guilty."] == "2011-01-11"
    assert times["The defence maintains Dr Murray was not responsible."] == "2011-11-03"
    assert times["The pun: ancient artform, or the lowest form of wit?"] is None  # after a blank line


def test_a_dashed_chronology_or_yesterday_paragraphs_date_no_following_lines(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A review: prose after a dashed list, and background after paragraphs opening "Yesterday", took their date."""
    dashed = (
        "May 2 - Obama visits the Gulf coast.\nMay 5 - BP caps one leak.\nMay 9 - The dome fails.\n"
        "Analysts say the costs will rise.\n"
    )
    times = {s.text: s.time for s in analyzer.analyze(make_article(dashed, date(2010, 5, 20))).sentences}
    assert times["Analysts say the costs will rise."] is None
    yesterday = (
        "Yesterday the bank failed.\nYesterday the shares fell.\nYesterday the minister spoke.\n"
        "The Treasury has spent billions.\n"
    )
    times = {s.text: s.time for s in analyzer.analyze(make_article(yesterday, date(2010, 5, 20))).sentences}
    assert times["The Treasury has spent billions."] is None


def test_a_chronology_of_one_line_paragraphs_dates_each_entrys_paragraphs(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A re-check found the trial timeline stored with a blank line after every line: its entries' later lines
    stayed dated by publication. A diary's clock time read as a year ("2200 Tuesday 19 January") opens no entry."""
    text = (
        "Dr Conrad Murray: trial timeline\n\n4 January 2011 Preliminary hearings begin.\n\n"
        "Prosecutors allege that Dr Murray hid drugs.\n\n11 January 2011 Dr Murray is ordered to stand trial.\n\n"
        "He faces up to four years in prison.\n\n3 November 2011 The case goes to the jury.\n\n"
        "The defence maintains Dr Murray was not responsible.\n"
    )
    times = {s.text: s.time for s in analyzer.analyze(make_article(text, date(2011, 11, 30))).sentences}
    assert times["Prosecutors allege that Dr Murray hid drugs."] == "2011-01-04"
    assert times["He faces up to four years in prison."] == "2011-01-11"
    assert times["The defence maintains Dr Murray was not responsible."] == "2011-11-03"


BUNDLE = (
    "HOUSTON (Reuters) - BP said on Thursday it would lower a small dome over the leak.\n\n"
    "HOUSTON, May 8 (Reuters) - A gas cloud enveloped the rig before it exploded, a report said.\n\n"
    "HOUSTON (Reuters) - The outer edge of the oil spill washed up on Friday.\n\n"
    "HOUSTON, April 29 (Reuters) - Officials said the slick will hit the coast tomorrow.\n"
    "Janet Napolitano called it a spill of national significance."
)


def test_a_page_bundling_reports_of_other_days_dates_each_by_its_dateline(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A user test: a Reuters page of several earlier reports had April 29's news dated by its May 14 publication."""
    events = analyzer.analyze(make_article(BUNDLE, published=date(2010, 5, 14))).events
    dates = {e.summary: e.date for e in events}
    assert dates["it would lower a small dome over the leak"] == "2010-05-13"  # the page's own report
    assert dates["A gas cloud enveloped the rig"] == "2010-05-08"
    assert dates["the slick will hit the coast"] == "2010-04-30"  # "tomorrow" of April 29
    assert dates["Janet Napolitano called it a spill of national significance"] == "2010-04-29"
    # A report whose dateline gives no day, on a page of several days, is not dated by the page.
    assert all(d is None for s, d in dates.items() if "outer edge" in s)


def test_datelines_of_no_other_day_keep_the_page_date(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    text = (
        "LONDON (Reuters) - BP shares fell sharply.\n\n"
        "NEW YORK (Reuters) - Analysts cut their forecasts for the company."
    )
    events = analyzer.analyze(make_article(text, published=date(2010, 5, 14))).events
    assert events and all(e.date == "2010-05-14" for e in events)


def test_bundled_reports_are_found_at_each_dateline() -> None:
    reports = bundled_reports(BUNDLE)
    names = [BUNDLE[start:].split(" (")[0] for start, _ in reports]
    assert names == ["HOUSTON", "HOUSTON, May 8", "HOUSTON", "HOUSTON, April 29"]
    assert [day for _, day in reports] == [None, (5, 8), None, (4, 29)]
    assert bundled_reports("HOUSTON (Reuters) - One report only.") == []


def test_reports_of_the_day_before_the_page_are_the_pages(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A review: a wire page stamped the day after its reports (all datelined May 13, published May 14) is no bundle
    of days; its report without a day had been left undated."""
    text = (
        "HOUSTON, May 13 (Reuters) - BP lowered a dome over the leak.\n\n"
        "LONDON (Reuters) - BP shares fell sharply.\n\n"
        "WASHINGTON, May 13 (Reuters) - Senators questioned the company's executives."
    )
    events = analyzer.analyze(make_article(text, published=date(2010, 5, 14))).events
    assert events and all(e.date == "2010-05-14" for e in events)


def test_a_live_blog_time_stamp_is_no_subject(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test (the Guardian's top-kill live blog): "3.40 pm: The White House has announced ..." was headlined
    "3.40 pm has announced that President Obama is to cut short a visit"."""
    from dateline.extract.wire_datelines import blank_live_stamps

    for text in ("3.40 pm: The White House said.", "10:15am - BP said.", "15:40 BST: BP said."):
        blanked = blank_live_stamps(text)
        assert len(blanked) == len(text) and blanked.lstrip()[0] in "TB", blanked
    for text in ("The score was 3.40: The rest", "2.5: The ratio", "At 3.40 pm: nothing"):
        assert blank_live_stamps(text) == text
    article = make_article("BP began pumping mud into the well on Wednesday.\n\n3.40 pm: The White House has "
                           "announced that President Obama is to cut short a visit to Chicago.", date(2010, 5, 26))
    summaries = [e.summary or "" for e in analyzer.analyze(article).events]
    assert any(s.startswith("White House has announced") or s.startswith("The White House has announced")
               for s in summaries), summaries
    assert not any("pm has announced" in s for s in summaries), summaries


def test_a_correspondents_box_run_into_its_paragraph_is_no_subject() -> None:
    """Timeline17's BBC pages run a correspondent's box into the text: "Mark Mardell BBC News, Washington Ken Salazar
    is threatening a move" was headlined "BBC News is threatening a move" (a user test)."""
    from dateline.extract.wire_datelines import blank_live_stamps

    for text, kept in (("Mark Mardell BBC News, Washington Ken Salazar is threatening a move.", "Ken Salazar"),
                       ("David Willis, BBC News, Los Angeles Michael Jackson had died.", "Michael Jackson")):
        blanked = blank_live_stamps(text)
        assert blanked.lstrip().startswith(kept) and len(blanked) == len(text), blanked
    for text in ("The BBC News, website said.", "Viewers of BBC News, Washington said so."):
        assert blank_live_stamps(text) == text
    # Half a place is not blanked as the whole: "York is still missing", "Paulo Given Brazil's central role" (a review).
    assert blank_live_stamps("Barbara Plett, BBC News, New York is still missing.") == (
        "Barbara Plett, BBC News, New York is still missing."
    )
    assert blank_live_stamps("Gary Duffy, BBC News, Sao Paulo Given Brazil's role, it has caused concern.").lstrip(
    ).startswith("Given Brazil's role")
