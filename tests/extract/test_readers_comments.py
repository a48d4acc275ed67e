"""Readers' comments pasted with an article are cut off: they are no outlet's report (a user test, BP oil spill)."""

from __future__ import annotations

from dateline.extract import extract_article
from dateline.extract.comments import REASON
from dateline.extract.tokenized import untokenize
from dateline.records import Article, RawInput

ARTICLE = (
    "Obama Vows Federal Control Of Spill Response\n\n"
    "President Barack Obama said on Thursday that the federal government was in charge of the response to the "
    "oil spill in the Gulf of Mexico, and that BP was working under its direction.\n\n"
    "The president announced a six-month moratorium on new deepwater drilling permits and said the flow of oil "
    "would be stopped, though he could not say when the leak would be plugged.\n\n"
    "Engineers began pumping heavy drilling mud into the well on Wednesday in an attempt to stop the leak.\n\n"
)


def _read(text: str) -> Article:
    return extract_article(RawInput(origin="page.txt", body=text, kind="text"))


def _cut(article: Article) -> list[str]:
    return [block.text for block in article.removed if block.reason == REASON]


def test_a_thread_signed_above_each_comment_is_cut_with_the_invitation() -> None:
    page = ARTICLE + (
        "Have thoughts of your own after watching the press conference? Offer them in the comments section below.\n\n"
        "By Chris Cillizza | May 27, 2010; 2:08 PM ET Posted by: raynetherwood | May 30, 2010 1:59 PM | Report abuse "
        "How long has BP been in business? BP is drilling like a startup company.\n\n"
        "Obama only delivers hot air and blamed the Bush administration.\n\n"
    )
    article = _read(page)
    assert "moratorium" in article.text and "Engineers began pumping" in article.text
    assert "hot air" not in article.text and "raynetherwood" not in article.text
    assert "comments section" not in article.text
    assert any("hot air" in text for text in _cut(article))


def test_a_thread_of_dated_signatures_is_cut_at_the_first_one() -> None:
    page = ARTICLE + (
        "At 10:14 am on 28 May 2010, pzero wrote: I think the response by BP is admirable.\n\n"
        "At 10:28 am on 28 May 2010, mridul_h wrote: We must take every precaution.\n\n"
        "At 1:56 pm on 28 May 2010, Kristine wrote: This comment was removed because the moderators found it broke "
        "the House Rules.\n\n"
    )
    article = _read(page)
    assert article.text.rstrip().endswith("in an attempt to stop the leak.")
    assert len(_cut(article)) == 3


def test_a_signature_under_its_comment_cuts_from_the_invitation_above() -> None:
    page = ARTICLE + (
        "Has the administration's response been enough? Take our poll and share your thoughts below.\n\n"
        "The BP executives who knew harm could come should be fired.\n\n"
        "Obama has done all he could. Posted by Fishrl | Report as abusive\n\n"
        "What CAN he do? Posted by kiwidave | Report as abusive\n\n"
    )
    article = _read(page)
    assert "executives who knew" not in article.text and "Obama has done all he could" not in article.text
    assert "moratorium" in article.text


def test_no_signature_no_cut_and_an_early_invitation_takes_no_article() -> None:
    invited = "Have your say: tell us what you think of the spill.\n\n" + ARTICLE
    assert _cut(_read(invited)) == []  # no thread: nothing is a comment
    signed_early = (
        "Have your say on the spill below.\n\n" + ARTICLE
        + "Posted by: reader1 | May 30, 2010 1:59 PM | Report abuse What a mess.\n\n"
    )
    article = _read(signed_early)
    assert "moratorium" in article.text and "What a mess" not in article.text  # cut at the signature, not the menu
    prose = ARTICLE + "The memo was posted by an aide on Monday, officials said.\n\n"
    assert _cut(_read(prose)) == []


def test_a_bullet_the_corpus_lost_to_cents_is_a_line_break() -> None:
    assert untokenize("cents This article was amended on 19 May 2010 .") == "\nThis article was amended on 19 May 2010."
    assert untokenize("political storm cents BP could face charges") == "political storm\nBP could face charges"
    assert untokenize("Shares rose 5 cents Friday .") == "Shares rose 5 cents Friday."


def test_a_sidebar_signature_a_mention_of_have_your_say_and_a_dated_quote_cut_nothing() -> None:
    # A review: each of these had cut real article text.
    sidebar = "Latest comments: Posted by: jb | Report abuse great story\n\n" + ARTICLE
    assert "moratorium" in _read(sidebar).text
    mention = ARTICLE.replace(
        "Engineers began pumping",
        "Viewers wrote to the BBC's Have Your Say in their thousands to join the debate over who should pay for "
        "the clean-up, and many asked why the government had waited so long to act.\n\nEngineers began pumping",
    ) + "More engineers arrived on Friday to help with the work.\n\nAt 10:14 am on 28 May 2010, pzero wrote: Fine.\n\n"
    article = _read(mention)
    assert "More engineers arrived on Friday" in article.text and "pzero" not in article.text
    quoted = ARTICLE + ("At 9:45 pm on 20 April 2010, the rig's drilling supervisor wrote: the well is flowing. "
                        "Investigators read the message to Congress.\n\n")
    assert "drilling supervisor wrote" in _read(quoted).text


def test_money_in_cents_stays_money() -> None:
    for text in ("Shares rose ten cents Friday.", "It fell 12 U.S. cents Tuesday.", "It cost 2 Canadian cents Monday.",
                 "It was a few cents Thursday.", "Shares rose 5\ncents Friday."):
        assert "cents" in untokenize(text), text  # a lost bullet would have been taken out


def test_a_thread_under_the_sites_disclaimer_is_cut() -> None:
    """Timeline17's Reuters pages: the comments follow "Views expressed in the comments do not represent those of
    Reuters." with no signature above them (a user test found 139 entries told only by them, one with a reader's
    telephone number), or with a dated "Report as abuse" under the last; the staff credit ran into the comment
    policy ("(Reporting by X, Editing by Y) We welcome comments ...")."""
    page = ARTICLE + (
        "(Reporting by Robert Campbell, Editing by Sandra Maler) We welcome comments that advance the story through "
        "relevant opinion, anecdotes, links and data.\n\n"
        "Views expressed in the comments do not represent those of Reuters.\n\n"
        "I have high hopes that the BOP SUB SEA WELL CONTROL SYSTEM IS STILL UP RIGHT.\n\n"
        "Dwight Baker PO BOX 7065 Eagle Pass Texas tel 830-773-1077 Retired Oil and Gas Engineer.\n\n"
        "May 24, 2010 6:19 pm EDT -- Report as abuse This discussion is now closed.\n\n"
        "We welcome comments on our articles for a limited period after their publication.\n\n"
    )
    article = _read(page)
    assert article.text.rstrip().endswith("in an attempt to stop the leak."), article.text[-200:]
    assert any("UP RIGHT" in text for text in _cut(article))
    # The disclaimer told as news, or a long line, opens no thread.
    news = ARTICLE.replace("Engineers began", "Views expressed in the comments do not represent the paper's view, "
                           "the editor told the inquiry on Monday.\n\nEngineers began")
    assert "Engineers began pumping" in _read(news).text


def test_other_wordings_of_the_disclaimer_open_the_thread() -> None:
    """A review: "Opinions expressed in these comments ..." matched the opener but was no site notice, so it cut
    nothing."""
    for disclaimer in ("Opinions expressed in these comments are not those of the Herald.",
                       "The views expressed in readers' comments do not represent those of the paper."):
        page = ARTICLE + f"{disclaimer}\n\nBP should pay for all of it, every cent.\n\n"
        article = _read(page)
        assert "every cent" not in article.text, disclaimer
        assert any("every cent" in text for text in _cut(article))
