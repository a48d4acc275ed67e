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
