"""A page's <title> adds the site's name to the headline; the stored headline leaves it out (a user test: the
same "| my6sense", "- The GiveWell Blog" under every page of a site joined its unrelated pages into one story)."""

from __future__ import annotations

import pytest

from dateline.extract.html import extract_html, headline_without_site


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        ("Clymer workshop manual review | MoreBikes", "MoreBikes", "Clymer workshop manual review"),
        ("September 2018 open thread - The GiveWell Blog", "The GiveWell Blog", "September 2018 open thread"),
        ("MacBook sale at Amazon from $700 - 9to5Mac", "9To5Mac", "MacBook sale at Amazon from $700"),
        ("The 7th Amsterdam Light Festival | Inexhibit", "Inexhibit magazine", "The 7th Amsterdam Light Festival"),
        ("Star Wars review - shoots for the moon - VG247", "VG247", "Star Wars review - shoots for the moon"),
        ("Black Friday: le occasioni - Remember 80/90 - Memorabilia anni 80/90",
         "Remember 80/90 - Memorabilia anni 80/90", "Black Friday: le occasioni"),
        ("LinkNaija | Nigeria's popular news platform: Kepa signs for Chelsea",
         "LinkNaija | Nigeria's popular news platform", "Kepa signs for Chelsea"),
        ("NASA adds five companies to lunar program - SpaceNews.com", "SpaceNews.com",
         "NASA adds five companies to lunar program"),
        # Not the site's name: kept.
        ("The Guardian view on Hong Kong: a city on the brink | Editorial", "The Guardian",
         "The Guardian view on Hong Kong: a city on the brink | Editorial"),
        ("Take C.A.R.E. - comwrap auf der DMEXCO 2018", "Comwrap", "Take C.A.R.E. - comwrap auf der DMEXCO 2018"),
        ("Opinion | Republicans Are Following Trump to Nowhere", "NYTimes",
         "Opinion | Republicans Are Following Trump to Nowhere"),
        ("MoreBikes", "MoreBikes", "MoreBikes"),
        ("Apple - Apple", "Apple", "Apple"),
        ("Any headline - AP", None, "Any headline - AP"),
    ],
)
def test_the_sites_name_leaves_the_headline(title: str, site: str | None, headline: str) -> None:
    assert headline_without_site(title, site) == headline


def test_an_extracted_page_keeps_the_headline_alone() -> None:
    body = " ".join(["The riders tested the new manual on three older bikes over a long wet weekend."] * 8)
    html = (
        "<html><head><title>Clymer workshop manual review | MoreBikes</title>"
        '<meta property="og:site_name" content="MoreBikes"></head>'
        f"<body><article><h1>Clymer workshop manual review</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    page = extract_html(html, "https://www.morebikes.co.uk/clymer-review")
    assert page.outlet == "MoreBikes"
    assert page.title == "Clymer workshop manual review"


# Review 28: a name joined to a headline's first word, or a one-word name before a colon, is the headline's.
@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        ("Nature-based solutions fail to protect coasts", "Nature", "Nature-based solutions fail to protect coasts"),
        ("Time-restricted eating cuts weight, study finds", "Time", "Time-restricted eating cuts weight, study finds"),
        ("Der Spiegel-Affäre: Was bleibt", "Der Spiegel", "Der Spiegel-Affäre: Was bleibt"),
        ("Bild-Zeitung verliert Leser - Bild", "Bild", "Bild-Zeitung verliert Leser"),
        # The site's name before a spaced dash, a bar or a colon still goes.
        ("Nature - Coral reefs recover", "Nature", "Coral reefs recover"),
        ("LinkNaija | Nigeria's popular news platform: Kepa signs for Chelsea",
         "LinkNaija | Nigeria's popular news platform", "Kepa signs for Chelsea"),
        ("MoreBikes|Clymer workshop manual review", "MoreBikes", "Clymer workshop manual review"),
        # A colon after a one-word name opens a headline about it.
        ("Apple: record quarter lifts shares", "Apple", "Apple: record quarter lifts shares"),
        ("Science: the year in review", "Science", "Science: the year in review"),
    ],
)
def test_a_headline_whose_first_word_joins_the_sites_name_keeps_it(title: str, site: str, headline: str) -> None:
    assert headline_without_site(title, site) == headline


def test_a_subdomains_name_is_no_outlet() -> None:
    """AP stories hosted for a paper name their site "Hosted" (hosted.ap.org): the outlet was "Hosted" (a user test)."""
    body = " ".join(["Gordon Sondland faces questions about Trump and Ukraine before the House committee."] * 8)
    html = (
        "<html><head><title>Unpredictable Sondland faces questions | Hosted</title>"
        '<meta property="og:site_name" content="Hosted">'
        '<link rel="canonical" href="https://hosted.ap.org/berkshireeagle/article/1/sondland"></head>'
        f"<body><article><h1>Unpredictable Sondland faces questions</h1><p>{body}</p><p>{body}</p></article>"
        "</body></html>"
    )
    page = extract_html(html, None)
    assert page.outlet is None and page.url == "https://hosted.ap.org/berkshireeagle/article/1/sondland"
    assert page.title == "Unpredictable Sondland faces questions"
    named = html.replace('content="Hosted"', 'content="Berkshire Eagle"')
    assert extract_html(named, None).outlet == "Berkshire Eagle"
