"""Who a quote's speaker is: the person or body its phrase names by its head, a pronoun's antecedent as the
analysis knows it. From a user test on September 2016 campaign coverage, which found quotes given to the
wrong person, and a read of the PolNeAR dev speakers this changed."""

from __future__ import annotations

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer


def _speakers(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker_text, q.speaker_key) for q in analyzer.analyze(make_article(text)).quotes]


def test_a_name_that_only_modifies_the_speaker_is_not_the_speaker(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    text = ("Bryan Pagliano set up the server. Pagliano's lawyer has said he would invoke the Fifth Amendment. "
            "Bernie Sanders spoke in Vermont. The Vermont senator said that young people would vote. "
            "The Indiana governor said that the state would appeal.")
    assert _speakers(analyzer, make_article, text) == [
        ("Pagliano's lawyer", None), ("The Vermont senator", None), ("The Indiana governor", None)]


def test_who_speaks_for_a_name_is_filed_under_it(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    text = ("Hillary Clinton spoke in Ohio. The Clinton campaign said that the tax plan was fair. A spokeswoman for "
            "Hillary Clinton said that she would not debate again. Clinton campaign manager Robby Mook said that "
            "the race was close.")
    assert _speakers(analyzer, make_article, text) == [
        ("The Clinton campaign", "hillary clinton"), ("A spokeswoman for Hillary Clinton", "hillary clinton"),
        ("Clinton campaign manager Robby Mook", "robby mook")]


def test_a_pronoun_after_a_long_quotation_is_the_person_before_it(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # The model took "Christie" for an organisation: the antecedent is the analysis's person, not Clinton.
    christie = ("New Jersey Gov. Chris Christie spoke on Tuesday. Christie, who has campaigned heavily for GOP nominee "
                "Donald Trump since February, blasted Clinton as a \u201cdisgrace\u201d Wednesday.\n\n\u201cShe\u2019s "
                "a disgrace. She\u2019s a disgrace and those comments are a disgrace,\u201d he said.")
    assert _speakers(analyzer, make_article, christie)[-1][1] == "chris christie"
    # Three quoted sentences: the speaker was named before them, beyond three sentences back.
    clinton = ("On Tuesday, Hillary Clinton criticized the police officer for shooting an unarmed man.\n\n"
               "\u201cHow many times do we have to see this in our country? In Tulsa, an unarmed man with his hands "
               "in the air? I mean, this is just unbearable,\u201d she said.")
    assert _speakers(analyzer, make_article, clinton)[-1][1] == "hillary clinton"


def test_proxies_of_institutions_and_people(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """From a review of the head rule: officials, aides, statements and reports speak for the name they are of;
    a possessive pronoun's owner is not guessed; a proxy's own name follows the head rule."""
    cases = {
        "White House officials said that the talks would go on.": "government of united states",
        "Officials at the Pentagon said that the troops would stay.": "pentagon",
        "Hamas leaders said that the truce would hold.": "hamas",
        "A statement from the Kremlin said that the talks would go on.": "government of russia",
        "A report in The Washington Post said that the talks would go on.": "washington post",
        "Hillary Clinton spoke. A spokeswoman for Clinton's campaign said that she would win.": "hillary clinton",
        "Donald Trump attacked Hillary Clinton on Monday. His campaign said that the attack was fair.": None,
        "Ken Paxton spoke. A spokeswoman for the Texas attorney general said that the case would go on.": None,
        "Bernie Sanders spoke. The Vermont senator's spokesman said that he would campaign.": None,
        "Recent polls in Pennsylvania show that Clinton leads.": None,
    }
    for text, key in cases.items():
        assert _speakers(analyzer, make_article, text)[-1][1] == key, text
