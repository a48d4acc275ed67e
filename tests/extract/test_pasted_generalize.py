"""The furniture rules on pages shaped like other outlets' (hand-made fixtures in tests/data/extract)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.errors import ExtractionError
from dateline.extract import extract_article
from dateline.extract.article import stub_page_reason
from dateline.records import Article, RawInput

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


def _load(name: str, **given: object) -> Article:
    path = DATA / name
    raw = RawInput(origin=str(path), body=path.read_text(encoding="utf-8"), kind="text", **given)  # type: ignore[arg-type]
    return extract_article(raw)


def _reasons(article: Article) -> dict[str, str]:
    return {block.text: block.reason for block in article.removed}


def test_wire_page_byline_timestamp_and_footer() -> None:
    article = _load("wire-sanctions.txt")
    assert article.title == "EU agrees new sanctions package targeting Russian oil tankers"
    assert article.outlet == "Baltic Wire"
    assert article.author == "Jane Morrison and Piotr Nowak"
    assert article.published is not None
    assert (article.published.best, article.published.method) == (date(2025, 7, 20), "metadata")
    assert article.caption is not None and article.caption.startswith("Tankers moored")
    assert article.text.startswith("BRUSSELS, July 20 (Baltic Wire) - European Union governments")
    assert article.text.endswith("its economy has adapted to Western restrictions.")
    assert len(article.text.split("\n\n")) == 5
    for furniture in ("Advertisement", "Facebook", "Most Read", "Heatwave", "Reporting by", "©", "hours ago"):
        assert furniture not in article.text
    reasons = _reasons(article)
    assert reasons["Updated 2 hours ago"] == "timestamp"
    assert reasons["Heatwave grips southern Europe as temperatures top 40C"] == "teaser of another article"


def test_regional_page_keeps_subheading_and_reads_author_box() -> None:
    article = _load("regional-election.txt")
    assert article.title == "Romania's ruling coalition collapses weeks before local elections"
    assert article.outlet == "Danube Daily"
    assert article.author == "Andrei Popescu"
    assert article.published is not None and article.published.best == date(2025, 3, 3)
    assert article.caption is not None and "(Photo: Elena Dragomir/Danube Daily)" in article.caption
    assert article.text.startswith("The governing coalition in Romania fell apart on Monday")
    assert "\n\nWhat happens next\n\n" in article.text
    assert len(article.text.split("\n\n")) == 6
    assert article.text.endswith("\"Everyone is counting the days until the ballots are in.\"")
    for furniture in ("READ ALSO", "Bucharest mayor", "Tags:", "Schengen", "Political Correspondent",
                      "DANUBE DAILY", "Politics\n"):
        assert furniture not in article.text
    reasons = _reasons(article)
    assert reasons["READ ALSO: Bucharest mayor announces bid for second term"] == "link to another article"
    assert reasons["Political Correspondent"] == "author bio"


def test_french_page_language_and_furniture() -> None:
    article = _load("french-page.txt")
    assert article.title == "Ukraine : Kiev et Moscou échangent des centaines de prisonniers"
    assert article.outlet == "Le Courrier de l'Est"
    assert article.language == "fr"
    assert article.text.startswith("L'Ukraine et la Russie ont procédé samedi")
    assert len(article.text.split("\n\n")) == 4
    for furniture in ("Publicité", "Lire aussi", "Partager", "Temps de lecture", "Abonnez-vous"):
        assert furniture not in article.text


def test_given_metadata_overrides_the_page() -> None:
    article = _load(
        "wire-sanctions.txt",
        given_title="EU agrees new sanctions package targeting Russian oil tankers",
        given_outlet="Wire Service",
        given_published=date(2025, 7, 21),
        url="https://wire.example/eu-sanctions",
    )
    assert article.outlet == "Wire Service"
    assert article.published is not None
    assert (article.published.best, article.published.method) == (date(2025, 7, 21), "given")
    assert article.url == "https://wire.example/eu-sanctions"
    assert "EU agrees new sanctions package" not in article.text


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    body = (
        "Flood waters recede in the Po valley\n\n"
        "Flood waters began to recede on Tuesday in the Po valley after three days of rain that\n"
        "forced thousands of residents to leave their homes, regional officials said.\n\n"
        "Farmers said the damage to crops would take months to assess.\n"
    )
    article = extract_article(RawInput(origin="wrapped.txt", body=body, kind="text"))
    assert article.title == "Flood waters recede in the Po valley"
    assert article.text.split("\n\n")[0].endswith("rain that forced thousands of residents to leave their "
                                                  "homes, regional officials said.")


def test_short_closing_sentence_is_kept_and_repeated_author_is_not_the_outlet() -> None:
    body = (
        "Ceasefire talks stall in Doha after third day\n"
        "Maria Lopez\n\n"
        "Negotiators in Doha ended a third day of indirect talks on Wednesday without agreeing on the "
        "sequencing of a hostage release and a troop withdrawal, two officials briefed on the talks said.\n\n"
        "Mediators plan to present a revised proposal on Thursday.\n\n"
        "No date was set.\n\n"
        "Share\n"
        "Maria Lopez\n"
        "Senior Correspondent\n"
    )
    article = extract_article(RawInput(origin="doha.txt", body=body, kind="text"))
    assert article.text.endswith("Mediators plan to present a revised proposal on Thursday.\n\nNo date was set.")
    assert article.author == "Maria Lopez"
    assert article.outlet is None
    assert "Maria Lopez" not in article.text


def test_html_source_given_as_text_is_read_as_html() -> None:
    page = (DATA / "harbour-strike.html").read_text(encoding="utf-8")
    article = extract_article(RawInput(origin="saved-page.txt", body=page, kind="text"))
    assert article.raw_kind == "text"
    assert article.outlet == "Northern Ledger"
    assert "<p>" not in article.text


def test_related_box_inside_the_article_ends_where_the_text_goes_on() -> None:
    body = (
        "Wildfires force evacuations on the island of Chios\n\n"
        "Hundreds of residents were evacuated from villages on the Greek island of Chios on Sunday as a "
        "wildfire fanned by strong winds spread towards populated areas, the fire service said.\n\n"
        "Related\n"
        "Greece hires extra firefighters ahead of summer season\n"
        "EU sends water-bombing planes to help Mediterranean states\n\n"
        "More than 150 firefighters, backed by nine aircraft, were battling the blaze on Sunday evening, "
        "according to the civil protection ministry.\n\n"
        "More stories\n"
        "Athens heatwave closes the Acropolis to visitors\n"
        "Authorities shut the ancient site for the afternoon as temperatures passed 40C.\n\n"
        "Migrant boat capsizes off Crete\n"
        "Coast guard vessels rescued 30 people.\n"
    )
    article = extract_article(RawInput(origin="chios.txt", body=body, kind="text"))
    assert article.text.endswith("according to the civil protection ministry.")
    assert len(article.text.split("\n\n")) == 2
    for teaser in ("firefighters ahead", "water-bombing", "Acropolis", "temperatures passed", "Crete",
                   "Coast guard"):
        assert teaser not in article.text


def test_hard_wrapped_paragraph_is_not_taken_for_a_teaser() -> None:
    body = (
        "Parliament approves new budget after marathon session\n\n"
        "Lawmakers approved the budget early on Friday after a session lasting nineteen hours, said\n"
        "Speaker Anna Berg, who called the vote a victory for the governing coalition and its plan for\n"
        "lower taxes on small businesses next year.\n\n"
        "The opposition said it would challenge parts of the law in the constitutional court.\n"
    )
    article = extract_article(RawInput(origin="wrapped2.txt", body=body, kind="text"))
    assert article.text.startswith("Lawmakers approved the budget early on Friday after a session lasting "
                                   "nineteen hours, said Speaker Anna Berg, who called the vote")
    assert len(article.text.split("\n\n")) == 2
    assert article.removed == (
        *(block for block in article.removed if block.reason == "headline (moved to title)"),
    )


def test_site_name_line_matching_the_url_is_the_outlet() -> None:
    body = (
        "Menu\n"
        "Harbour Herald\n"
        "Local\n"
        "Ferry operator cancels winter crossings to the outer islands\n\n"
        "The island ferry operator said on Monday it would cancel all winter crossings to the outer "
        "islands from December, citing rising fuel costs and falling passenger numbers.\n"
    )
    raw = RawInput(origin="ferry.txt", body=body, kind="text", url="https://www.harbourherald.example/local/ferry")
    article = extract_article(raw)
    assert article.outlet == "Harbour Herald"
    assert article.title == "Ferry operator cancels winter crossings to the outer islands"
    assert {block.text: block.reason for block in article.removed}["Harbour Herald"] == "outlet name"
    no_url = extract_article(RawInput(origin="ferry.txt", body=body, kind="text"))
    assert no_url.outlet is None


def test_given_title_differing_from_the_page_headline_drops_both() -> None:
    article = _load("regional-election.txt", given_title="Romania coalition collapses")
    assert article.title == "Romania coalition collapses"
    assert "ruling coalition collapses weeks" not in article.text
    assert article.text.startswith("The governing coalition in Romania fell apart on Monday")


def test_caption_above_a_bare_credit_line_goes_to_caption() -> None:
    body = (
        "Storm knocks out power to thousands in Cornwall\n\n"
        "Engineers worked through the night on Sunday to restore power to more than 20,000 homes in "
        "Cornwall after a storm brought down lines across the county, the network operator said.\n\n"
        "A fallen tree blocks a road near Truro on Sunday.\n"
        "Photo: Sam Jones / PA\n\n"
        "The Met Office issued a yellow wind warning for Monday.\n"
    )
    article = extract_article(RawInput(origin="storm.txt", body=body, kind="text"))
    assert article.caption == "A fallen tree blocks a road near Truro on Sunday. Photo: Sam Jones / PA"
    assert "fallen tree" not in article.text
    assert article.text.endswith("The Met Office issued a yellow wind warning for Monday.")
    assert {block.reason for block in article.removed} >= {"image caption", "image credit"}


def test_a_date_line_under_the_body_is_a_print_stamp_not_the_publication_date() -> None:
    paragraph = (
        "The committee heard from the mayor, two council members and a dozen residents who asked for the"
        " plan to be delayed until the next budget year, and the vote was put off until the spring."
    )
    body = "\n\n".join(f"{paragraph} ({n})" for n in range(3))
    raw = RawInput(origin="pasted", body=f"Council delays plan\n\n{body}\n\nFriday, December 4, 2015.", kind="text")
    article = extract_article(raw)
    assert article.published is None
    assert _reasons(article)["Friday, December 4, 2015."] == "timestamp"  # still dropped from the text
    on_top = RawInput(origin="pasted", body=f"Council delays plan\n\nFriday, December 4, 2015.\n\n{body}", kind="text")
    published = extract_article(on_top).published
    assert published is not None and published.best == date(2015, 12, 4)



def test_a_dateline_with_its_place_is_a_timestamp_not_the_headline() -> None:
    sentences = " ".join(["The Senate passed the bill late at night."] * 4)
    body = f"Senate passes bill\n\nWASHINGTON, March 3, 2021\n\n{sentences}"
    article = extract_article(RawInput(origin="pasted", body=body, kind="text"))
    assert article.title == "Senate passes bill"
    assert article.published is not None and (article.published.best, article.published.method) == (
        date(2021, 3, 3), "metadata")
    assert _reasons(article)["WASHINGTON, March 3, 2021"] == "timestamp"
    headline = "US STOCKS-Wall St ends higher, March 3, 2021\n\n" + " ".join(["Stocks rose on Wednesday."] * 6)
    assert extract_article(RawInput(origin="pasted", body=headline, kind="text")).published is None  # a headline


def test_slashed_dates_in_date_lines_are_month_first_unless_a_day_or_zone_says_otherwise() -> None:
    from dateline.extract.metadata import parse_date_line

    cases = {
        "Posted: 08/02/2013 11:10 am EDT": date(2013, 8, 2),  # a US page: month first
        "Posted at 3:21 PM ET, 01/5/2011": date(2011, 1, 5),
        "Last updated 15:48 15/09/2013": date(2013, 9, 15),  # 15 can only be the day
        "Updated 08/02/2013 14:00 BST": date(2013, 2, 8),  # a British zone: day first
        "08.02.2013": date(2013, 2, 8),  # dots: day first
    }
    assert {line: (found[0] if (found := parse_date_line(line)) else None) for line in cases} == cases


def test_chinese_text_is_an_article_not_furniture() -> None:
    """CJK writes words without spaces: counted by whitespace, every line looked like a short label."""
    body = (
        "2024年3月5日，第十四届全国人民代表大会第二次会议在北京人民大会堂开幕。国务院总理李强作政府工作报告。"
        "报告提出，今年国内生产总值增长预期目标为5%左右。\n\n李强表示，中国将继续推进高水平对外开放。"
    )
    article = extract_article(RawInput(origin="chinese.txt", body=body, kind="text"))
    assert "李强表示" in article.text and not article.is_english
    assert article.word_count > 40  # its characters count, two to a word (it was 2: the whitespace-separated runs)


def test_site_notices_about_the_article_or_its_comments_are_furniture() -> None:
    """A user test found Reuters' comment policy and a Guardian correction note as timeline entries."""
    body = (
        "BP shares fall as oil slick spreads\n\n"
        "Shares in BP fell sharply on Thursday as the oil slick in the Gulf of Mexico spread towards the coast.\n\n"
        "The company said it would pay for the clean-up and was drilling a relief well to stop the leak.\n\n"
        "This article was amended on 8 May 2010 to correct the figure given for BP's total revenues in 2009.\n\n"
        "A version appeared on p30 of the Main section of the Guardian on Thursday 3 June 2010.\n\n"
        "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.\n\n"
        "Views expressed in the comments do not represent those of Reuters.\n\n"
        # Under a Guardian column and its closed comments (a user test found both as timeline entries).
        "Any views expressed here are her own.\n\n"
        "This discussion is now closed .\n\n"
        "This article was published on guardian.co.uk at 12.01 BST on Tuesday 28 April 2009.\n\n"
        "This article appeared on p28 of the Main section of the Guardian on Wednesday 29 April 2009.\n\n"
        # BBC Radio 4 pages (a user test found it as a story's title).
        "PLEASE NOTE: We are unable to offer transcripts for our programme interviews.\n"
    )
    article = extract_article(RawInput(origin="bp.txt", body=body, kind="text"))
    assert article.text.endswith("drilling a relief well to stop the leak.")
    assert set(_reasons(article).values()) == {"headline (moved to title)", "site notice"}
    assert len([r for r in _reasons(article).values() if r == "site notice"]) == 9
    # Like words in a report stay: only a line that is the notice is dropped.
    story = body.replace("The company said", "We welcome comments from the public on the plan, the minister said. "
                                              "The company said")
    assert "We welcome comments from the public" in extract_article(
        RawInput(origin="bp.txt", body=story, kind="text")).text
    # News about a report, a post or a page (a review's examples) is no notice about this page.
    for news in ("This report was amended to remove the intelligence agencies' caveats, the inquiry heard on Tuesday.",
                 "This story was updated on Friday by the World Health Organization, officials said.",
                 "Comments are closed on the ministry's Facebook page after a flood of abuse, officials said.",
                 "This post was edited to remove the slur hours after the senator published it.",
                 "The views expressed here are her own, the minister's spokesman said."):
        page = body.replace("The company said", news + "\n\nThe company said")
        assert news in extract_article(RawInput(origin="bp.txt", body=page, kind="text")).text, news


def test_wire_staff_credits_and_calls_to_subscribe_are_furniture() -> None:
    """A user test (BP coverage) found "Writing by Ros Krasny" and Fox's e-mail alerts as timeline entries."""
    body = (
        "BP shares fall as oil slick spreads\n\n"
        "Shares in BP fell sharply on Thursday as the oil slick in the Gulf of Mexico spread towards the coast.\n\n"
        "Reporting by the BBC revealed on Friday that the company had known of the fault for weeks.\n\n"
        "Writing by Ros Krasny; Editing by Eric Walsh\n\n"
        "(Additional reporting by Jane Doe and John Smith in Washington)\n\n"
        "Sign up for free e-mail news alerts from FoxNews.com\n\n"
        "Click here for more on the oil spill.\n"
    )
    article = extract_article(RawInput(origin="bp.txt", body=body, kind="text"))
    assert article.text.endswith("the company had known of the fault for weeks.")
    reasons = sorted(_reasons(article).values())
    assert reasons.count("staff credit") == 2 and reasons.count("promotion") == 2


def test_a_bracketed_credit_inside_a_line_is_cut_out() -> None:
    """Timeline17's Reuters pages run the credits into the site's footer on one line; they became entries."""
    body = (
        "Flu cases rise in Germany\n\n"
        "German authorities confirmed 30 cases of the flu at a school in Dusseldorf on Thursday.\n\n"
        "Most of the children affected were Japanese, he said. (Reporting by Dave Graham; Editing by Louise "
        "Ireland) An ultra-low latency infrastructure for electronic trading and data distribution\n\n"
        "(Reporting by the city's health office) officials counted 12 more cases on Friday.\n"
    )
    article = extract_article(RawInput(origin="flu.txt", body=body, kind="text"))
    assert "Most of the children affected were Japanese, he said." in article.text
    assert "Dave Graham" not in article.text
    assert "staff credit" in _reasons(article).values()
    assert "officials counted 12 more cases on Friday" in article.text  # not a credit: lower-case names
    # The story's own brackets stay, and so does what follows a credit (a review: text was lost after it).
    kept = (
        "Flu study published\n\n"
        "A study of the outbreak (research by Imperial College London) found the virus spread quickly among "
        "children, officials said.\n\n"
        "MEXICO - Schools closed. (Reporting by Jane Doe) UNITED STATES - The CDC confirmed 109 cases on Friday.\n"
    )
    text = extract_article(RawInput(origin="factbox.txt", body=kept, kind="text")).text
    assert "(research by Imperial College London) found the virus spread" in text
    assert "The CDC confirmed 109 cases on Friday." in text and "Jane Doe" not in text


def test_calls_to_follow_a_writer_or_send_tips_are_furniture() -> None:
    """A user test (2016 campaign feeds) found "Follow Jeff Poor on Twitter" and a podcast plug as timeline entries."""
    news = [
        "Trump followed Clinton on Twitter within an hour of the debate, his campaign said on Friday.",
        "Follow the money, investigators said on Twitter.",
    ]
    calls = [
        "Follow Jeff Poor on Twitter @jeff_poor.",
        "Send tips/quips/quotes/stories/photos/events/scoops to Lauren Weber lauren.weber@huffingtonpost.com.",
        "(Subscribe to POLITICO's Off Message podcast with Glenn Thrush.)",
    ]
    body = "Trump courts evangelicals\n\n" + "\n\n".join(
        ["Donald Trump met evangelical leaders in New York on Tuesday to win over skeptical voters.", *news, *calls]
    )
    article = extract_article(RawInput(origin="campaign.txt", body=body, kind="text"))
    assert all(sentence in article.text for sentence in news)
    assert not any(call in article.text for call in calls)
    assert list(_reasons(article).values()).count("promotion") == 3


@pytest.mark.parametrize(("body", "reason"), [
    ("Access Denied\n\nYou don't have permission to access this page on this server.", "'access denied'"),
    ("Just a moment...\n\nChecking your browser before accessing example.com. This takes a few seconds.",
     "'checking your browser'"),
    ("Subscribe to continue reading\n\nYou have reached your limit of free articles this month. Subscribe now.",
     "'subscribe to continue'"),
    ("<html><body><noscript>Enable JS</noscript><script>app()</script><p>Loading page now</p></body></html>",
     "too short to be an article (3 words)"),
])
def test_error_access_and_stub_pages_are_no_articles(body: str, reason: str) -> None:
    """A review stored "Access Denied", a bot check, a paywall and a 2-word "Enable JS" page as articles."""
    with pytest.raises(ExtractionError) as raised:
        extract_article(RawInput(origin="stub.txt", body=body, kind="html" if body.startswith("<") else "text"))
    assert reason in raised.value.reason and raised.value.origin == "stub.txt"


def test_an_article_about_access_denied_is_an_article() -> None:
    body = ("Court rules on data access\n\n" + "The court ruled on Tuesday that access denied to the archive for "
            "years must now be granted, lawyers for the newspaper said after the hearing in London. " * 8)
    assert "access denied" in extract_article(RawInput(origin="court.txt", body=body, kind="text")).text


def test_a_short_real_brief_on_a_page_with_scripts_and_a_thai_sentence_are_articles() -> None:
    """A review: a 58-word AP brief was refused for a comment widget's <noscript>"enable JavaScript", and a
    183-character Thai sentence counted 5 words, "too short"."""
    brief = ("WASHINGTON (AP) — The Senate voted 68-32 on Tuesday to approve the bill, sending it to the House, where "
             "leaders said they would take it up next week. The measure would fund the government through September "
             "and add money for disaster relief in several states hit by flooding this spring, aides said.")
    page = (f"<html><body><article><h1>Senate passes funding bill</h1><p>{brief}</p></article><noscript>Please enable "
            "JavaScript to view the comments.</noscript><script>player('enable javascript')</script></body></html>")
    assert extract_article(RawInput(origin="ap.html", body=page, kind="html")).text.startswith("WASHINGTON (AP)")
    thai = "นายกรัฐมนตรีเดินทางไปเยือนกรุงโตเกียวเมื่อวันอังคารเพื่อหารือเรื่องการค้าและความมั่นคงกับผู้นำญี่ปุ่น"
    assert stub_page_reason(thai) is None


def test_news_that_only_looks_like_a_call_to_write_in_stays() -> None:
    """A review: these had been dropped as promotion (no e-mail or handle; an attribution)."""
    from dateline.extract.furniture import classify_line

    for line in ("Send tips to the FBI at 1-800-CALL-FBI.", "Send comments to the EPA at regulations.gov by March 5.",
                 "Subscribe to the channel for more videos, the YouTuber told followers on Monday."):
        assert classify_line(line) is None, line


def _text(body: str) -> Article:
    return extract_article(RawInput(origin="pasted.txt", body=body, kind="text"))


BLOG_BIO_PAGE = (
    "BP faces questions over spill response\n\n"
    "HOUSTON (Reuters) - BP and the Coast Guard have mounted the largest containment operation in history, "
    "involving dozens of ships and aircraft.\n\n"
    "But they are struggling to control the slick from the leaking well under the sea off Louisiana's coast.\n\n"
    "\"Chris has been a journalist for Reuters since 2001, when he joined the Washington DC bureau as an intern.\n\n"
    "As a correspondent in Washington, Chris covered energy policy and reported on Congress and the courts.\n\n"
    "As Houston Bureau Chief, Chris oversees a team of five reporters and covers general news topics.\"\n\n"
    "Share this"
)


def test_a_bio_told_by_first_name_that_closes_the_page_is_furniture() -> None:
    """A user test: a Reuters blog's closing bio ("Chris has been a journalist for Reuters since 2001 ...") gave
    timeline entries ("Chris oversees a team of five reporters")."""
    article = _text(BLOG_BIO_PAGE)
    assert "Chris" not in article.text and article.text.endswith("off Louisiana's coast.")
    assert [b.reason for b in article.removed if "Chris" in b.text] == ["author bio"] * 3
    assert article.author is None  # a first name alone is not given as the author


def test_a_first_name_in_the_news_is_no_bio() -> None:
    """The same opening in the body, with news after it, stays: "Chris has been a reporter" is not a bio there."""
    body = BLOG_BIO_PAGE.replace(
        "Share this",
        "Officials said the clean-up would take months and cost billions of dollars, and that the spill is the worst "
        "in decades.",
    )
    assert "Chris oversees a team" in _text(body).text


@pytest.mark.parametrize(
    "closing",
    [
        # a review: news about a journalist that closes on a quotation naming him by first name
        "\"Evan is a dedicated journalist and we are proud of him,\" his parents said in a statement on Tuesday.",
        # a month is no first name
        "May was the deadliest month for journalists in Syria since the war began, a press group said.",
    ],
)
def test_news_closing_on_a_first_name_and_journalism_is_kept(closing: str) -> None:
    body = (
        "Russia extends detention of US reporter\n\n"
        "MOSCOW (Reuters) - A Moscow court on Tuesday extended the detention of Wall Street Journal reporter Evan "
        "Gershkovich until the end of November, rejecting an appeal by his lawyers.\n\n"
        "He is the first American journalist to be held on spying charges in Russia since the Cold War, and Evan "
        "faces up to 20 years in prison if convicted.\n\n"
        f"{closing}\n\n"
        "Share this"
    )
    article = _text(body)
    assert article.text.endswith(closing) and "He is the first American journalist" in article.text


def test_many_first_name_openings_followed_by_news_are_kept() -> None:
    """A review: each line opening with a first name and a role was followed to the page's end (quadratic, 14 s for
    a 263 KB page); only the lines before the page's last prose line are read now, and news after them stays."""
    lines = "\n\n".join(f"Chris has been a reporter for Reuters, item {i}." for i in range(3000))
    body = f"A headline\n\n{lines}\n\nOfficials said the clean-up would take months and cost billions of dollars."
    article = _text(body)
    assert article.text.count("Chris has been a reporter") == 3000


def test_a_given_title_with_line_breaks_is_one_line() -> None:
    body = "Flood waters began to recede on Tuesday in the Po valley after three days of heavy rain, officials said."
    article = extract_article(RawInput(origin="x.jsonl", body=body, kind="text", given_title="Po floods\n recede  é"))
    assert article.title == "Po floods recede é"
