"""Regressions from review 26c of commits 1e80dad, 9db4868, 01c1c9a (session 26, docs/temporal.md)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times


def found(text: str, published: date) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a chronology told newest first is no chronology going on
        ("TIMELINE\nJuly 15 - BP caps the well.\nJuly 2 - Hurricane Alex halts skimming.\nJune 16 - BP agrees to a "
         "fund.\nApril 20 - The rig explodes.", date(2010, 7, 23),
         [("July 15", "2010-07-15"), ("July 2", "2010-07-02"), ("June 16", "2010-06-16"), ("April 20", "2010-04-20")]),
        ("The spill began on April 20. May 26 - the day the top kill began - was a turning point. April 30 - when the "
         "oil reached land - was worse.", date(2010, 7, 23),
         [("April 20", "2010-04-20"), ("May 26", "2010-05-26"), ("April 30", "2010-04-30")]),
        # ... while the audit's chronology still goes on
        ("April 29 - Obama pledges every resource. April 30 - An Obama aide says no drilling will be allowed.",
         date(2010, 7, 23), [("April 29", "2010-04-29"), ("April 30", "2010-04-30")]),
        # "the year" told then of a year ahead, or after a time of now, is not the narrative's year
        ("In 2008 sales fell 20 percent. Executives said the year ahead would be worse.", date(2009, 1, 22),
         [("2008", "2008"), ("the year", "2009")]),
        ("Obama took office in 2009. He said the year would be hard.", date(2010, 1, 5),
         [("2009", "2009"), ("the year", "2010")]),
        ("In 2008 home prices fell 9 percent, the group said. It expected the year to be weak too.", date(2009, 1, 22),
         [("2008", "2008"), ("the year", "2009")]),
        ("Smith joined the firm in 2003. He said last week that the year had been the hardest of his career.",
         date(2009, 1, 22), [("2003", "2003"), ("last week", "2009-W03"), ("the year", "2009")]),
        ("He joined the team in 2005. He was named player of the year.", date(2009, 1, 22),
         [("2005", "2005"), ("the year", "2009")]),
        # a colon or dash cutting off a clause with no tense of its own leaves the clause before it in charge
        ("The Senate will vote on two bills: the budget on Tuesday and the tax plan on Thursday.", date(2011, 1, 10),
         [("Tuesday", "2011-01-11"), ("Thursday", "2011-01-13")]),
        ("Lawmakers will vote on the bill -- probably on Thursday -- after a debate.", date(2011, 1, 10),
         [("Thursday", "2011-01-13")]),
        ("Disney will release Star Wars: The Force Awakens in December.", date(2015, 2, 1), [("December", "2015-12")]),
        # a vote already held
        ("Results of Tuesday's election show a tight race.", date(2016, 2, 8), [("Tuesday", "2016-02-02")]),
        ("Trump, fresh off Tuesday's primary win, campaigns in Nevada.", date(2016, 2, 8), [("Tuesday", "2016-02-02")]),
        # a quote closed by a comma is no title before a noun
        ("The deadline is ''Friday,'' set by the judge last week.", date(2016, 5, 18),
         [("Friday", "2016-05-13"), ("last week", "2016-W19")]),
    ],
)
def test_review26c(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected
