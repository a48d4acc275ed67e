"""A page's own metadata: which of day and month its numeric date ("08/05/2016") writes first, and its site name
(a user test of US pages served locally)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.html import MAX_INLINE_TAGS, _drop_furniture, _flatten_inline_tags, extract_html
from dateline.extract.numeric_dates import page_timestamp, settle_day_month
from dateline.extract.teasers import TEASER

BODY = ("<p>Republican presidential nominee Donald Trump on Friday endorsed the re-election of House Speaker Paul "
        "Ryan, Sen. John McCain and Sen. Kelly Ayotte, ending days of a feud within the party.</p>"
        "<p>“In our shared mission to make America great again, I support and endorse our speaker of the House, "
        "Paul Ryan,” Trump told a crowd in Green Bay, Wisconsin, on Friday evening.</p>")


def page(stamp: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Trump Finally Endorses Paul Ryan - HuffPost</title>'
            f'</head><body><main><article><h1>Trump Finally Endorses Paul Ryan</h1><div class="meta">'
            f'<span class="byline">By Christina Wilkie</span> <span class="timestamp">{stamp}</span></div>'
            f'<div class="article-body">{BODY}</div></article></main></body></html>')


@pytest.mark.parametrize(("stamp", "lang", "url", "expected", "confidence"), [
    ("08/05/2016 09:56 AM ET", "en", None, date(2016, 8, 5), 1.0),  # a US time zone
    ("08/05/2016 09:56", "en-US", None, date(2016, 8, 5), 1.0),  # an en-US page
    ("08/05/2016 09:56 BST", "en", None, date(2016, 5, 8), 1.0),  # a British time zone
    ("08/05/2016 09:56", "en", "https://www.example.co.uk/news/1", date(2016, 5, 8), 1.0),  # a UK site
    ("08/05/2016 09:56", "en-GB", None, date(2016, 5, 8), 1.0),
    ("08/05/2016 09:56", "en", None, date(2016, 8, 5), 0.6),  # no sign: month first, in doubt
    ("07/26/2016 11:36 AM ET", "en", None, date(2016, 7, 26), 0.8),  # htmldate reads no date here
    ("07/24/16 09:56 AM EDT", "en", None, date(2016, 7, 24), 0.8),  # a two-digit year
    ("26/07/2016 11:36", "en", None, date(2016, 7, 26), 1.0),  # a day above 12 settles it (htmldate reads it)
])
def test_the_order_of_day_and_month_follows_the_page(
    stamp: str, lang: str, url: str | None, expected: date, confidence: float
) -> None:
    content = extract_html(page(stamp, lang), url)
    assert content.published == expected, content.published_evidence
    assert content.published_confidence == confidence


def test_a_date_also_written_in_iso_form_stands() -> None:
    html = page("08/05/2016 09:56") + '<time datetime="2016-05-08T09:56">8 May</time>'
    assert settle_day_month(html, date(2016, 5, 8)) is None
    html = page("08/05/2016 09:56") + '<time datetime="2016-08-05T09:56">5 Aug</time>'
    settled = settle_day_month(html, date(2016, 5, 8))
    assert settled is not None and settled.day == date(2016, 8, 5) and settled.certain


def test_pages_in_other_languages_write_the_day_first() -> None:
    settled = settle_day_month("<b>05/10/2018</b> - Publicado por", date(2018, 10, 5), english=False)
    assert settled is not None and settled.day == date(2018, 10, 5)
    stamp = page_timestamp("<small>05/10/2018 14:30</small>", english=False)
    assert stamp is not None and stamp.day == date(2018, 10, 5)


def test_no_doubt_no_change() -> None:
    assert settle_day_month(page("May 8, 2016"), date(2016, 5, 8)) is None  # no numeric date
    assert settle_day_month(page("13/05/2016"), date(2016, 5, 13)) is None  # a day above 12
    assert settle_day_month(page("05/05/2016"), date(2016, 5, 5)) is None  # the same either way
    assert page_timestamp(page("Updated 2 hours ago")) is None
    assert page_timestamp("<p>Scores 31/31/2016 10:00</p>") is None


def test_the_site_name_is_never_the_headline() -> None:
    """Without og:site_name, trafilatura took the headline part of "<headline> - HuffPost" for the site."""
    html = page("08/05/2016 09:56 AM ET").replace(
        "<title>Trump Finally Endorses Paul Ryan - HuffPost</title>",
        "<title>Obama To Expand Program To Allow Central Americans To Enter U.S. As Refugees - HuffPost</title>",
    ).replace("<h1>Trump Finally Endorses Paul Ryan</h1>",
              "<h1>Obama To Expand Program To Allow Central Americans To Enter U.S. As Refugees</h1>")
    content = extract_html(html)
    assert content.title.startswith("Obama To Expand Program") and content.outlet == "HuffPost"


def test_the_cards_listed_under_a_related_heading_are_no_part_of_the_article() -> None:
    """A user test's pages kept three "Related Coverage" cards (a headline and a cut summary) as article text."""
    text = "\n\n".join([
        "Republican presidential nominee Donald Trump on Friday endorsed House Speaker Paul Ryan.",
        "Related Coverage",
        "- Francois Hollande Says Donald Trump ‘Makes You Want To Retch’ French President François Hollande has "
        "joined a growing list of world leaders who have slammed U.S. presidential hopeful Donald Trump as the",
        "- So Long, Grand Old Party; Hello, White People’s Party CLEVELAND – As it officially puts Donald Trump "
        "atop its ticket this week, the Grand Old Party is rushing headlong toward an unofficial label",
    ])
    kept, removed = _drop_furniture(text)
    assert kept == "Republican presidential nominee Donald Trump on Friday endorsed House Speaker Paul Ryan."
    assert [block.reason for block in removed] == ["navigation", TEASER, TEASER]
    # A list in the article itself stays: no related heading above it.
    listed = "The platform names three goals:\n\n- a higher minimum wage\n\n- free public college"
    assert _drop_furniture(listed) == (listed, ())


def test_the_author_keeps_initials_and_leaves_out_the_outlet() -> None:
    """trafilatura gave "Spencer S Hsu" and "Aamer Madhani; Kevin Johnson; USA TODAY" (a user test)."""
    hsu = page("08/05/2016 09:56 AM ET").replace("<head>", '<head><meta name="author" content="Spencer S. Hsu">')
    assert extract_html(hsu).author == "Spencer S. Hsu"
    two = page("08/05/2016 09:56 AM ET").replace(
        "<head>", '<head><meta name="author" content="Aamer Madhani, and Kevin Johnson, USA TODAY">'
    )
    assert extract_html(two, "https://www.usatoday.com/story/news/1").author == "Aamer Madhani; Kevin Johnson"


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Mike Wuerthele, Malcolm Owen Monday, November", "Mike Wuerthele; Malcolm Owen"),
        ("Greg Beacham, AP Sports Writer", "Greg Beacham"),
        ("Ilana Muhlstein, MS, RDN", "Ilana Muhlstein"),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza"),
        ("HNN Staff", "HNN Staff"),  # all the byline gives
        ("April Ryan", "April Ryan"),
    ],
)
def test_the_author_is_people_not_a_dateline_a_job_or_a_credential(byline: str, people: str) -> None:
    """A user test of 181 web pages found authors "Malcolm Owen Monday; November", "Ap Auto Writer", "MS; RDN"."""
    html = page("08/05/2016 09:56 AM ET").replace("<head>", f'<head><meta name="author" content="{byline}">')
    assert extract_html(html).author == people


def test_a_page_of_very_many_inline_tags_is_read_without_them() -> None:
    """trafilatura took 27 s over 20,000 <span>s and did not finish 200,000 (a review): such a page is read without
    its inline tags, its text kept. The real article pages of the extraction benchmark have at most 1,668."""
    words = " ".join(f"<span>word{n}</span>" for n in range(MAX_INLINE_TAGS))
    html = f"<html><body><article><h1>Many</h1><p>{words}. The end.</p></article></body></html>"
    flattened = _flatten_inline_tags(html)
    assert "<span>" not in flattened and "</span>" not in flattened and "word4999. The end." in flattened
    normal = page("08/05/2016 09:56 AM ET")
    assert _flatten_inline_tags(normal) == normal  # a few inline tags: the page as it is
    assert "word4999" in extract_html(html).text


def test_a_two_digit_year_keeps_to_the_past() -> None:
    """A review: "07/26/96 11:36 AM ET" was stored as published in 2096."""
    assert extract_html(page("07/26/96 11:36 AM ET")).published == date(1996, 7, 26)
    assert extract_html(page("07/24/16 09:56 AM EDT")).published == date(2016, 7, 24)


def test_a_zone_counts_only_right_after_the_clock_time_and_the_page_language_first() -> None:
    """A review: "PT decide" on a Brazilian page was read as Pacific Time, and the date month first."""
    brazil = '<html lang="pt-BR"><p>08/05/2016 09h56 - PT decide apoiar o governo</p></html>'
    settled = settle_day_month(brazil, date(2016, 5, 8), "https://x.com.br/a", english=False)
    assert settled is not None and settled.day == date(2016, 5, 8)
    nearby = settle_day_month("<p>08/05/2016 09:56 - PT decide</p>", date(2016, 5, 8))
    assert nearby is not None and not nearby.certain  # no zone right after the clock: a guess, not certain


def test_a_page_naming_no_site_takes_its_name_from_the_titles_end_not_the_host() -> None:
    """A user test: 34 of 82 pages naming no site got the outlet "127.0.0.1:8765" though their <title> ended
    "- Breitbart"; a lower-case ending names no site ("Talks resume - day two")."""
    breitbart = page("08/05/2016 09:56 AM ET").replace(
        "<title>Trump Finally Endorses Paul Ryan - HuffPost</title>",
        "<title>GOP Rep McCaul Announces Bill Revoking Clearance - Breitbart</title>")
    assert extract_html(breitbart, "http://127.0.0.1:8765/breitbart/2016/07/a").outlet == "Breitbart"
    lower = breitbart.replace("- Breitbart</title>", "- day two</title>")
    assert extract_html(lower, "http://127.0.0.1:8765/breitbart/2016/07/a").outlet is None


def test_a_redating_that_keeps_the_day_says_it_is_confirmed() -> None:
    from dateline.present.text import render_redating
    from dateline.records import PublicationDate

    day = date(2016, 7, 31)
    assert render_redating(day, PublicationDate(day, day, "inferred")) == (
        "publication date 2016-07-31 confirmed (was inferred)")
    assert render_redating(day, PublicationDate(date(2016, 7, 30), date(2016, 7, 30), "inferred")) == (
        "publication date set to 2016-07-31 (was 2016-07-30, inferred)")


@pytest.mark.parametrize("site", ["Copyright 2014", "https://www.hawaiinewsnow.com", "© Hawaii News Now"])
def test_a_copyright_line_or_an_address_is_no_site_name(site: str) -> None:
    """A user test found outlets "Copyright 2014" and "https://www.hawaiinewsnow.com": the title's site is taken."""
    html = page("08/05/2016 09:56 AM ET").replace("<head>", f'<head><meta property="og:site_name" content="{site}">')
    assert extract_html(html, "https://www.hawaiinewsnow.com/2019/11/19/x/").outlet == "HuffPost"
