"""Regressions from two expression audits of session 27 (docs/temporal.md): 60 English web pages of the Zyte
article-extraction benchmark's gold bodies (news, features, blogs of 2017-2019), a genre not audited before. Each
case is a general shape the audits found wrong, with the readings next to it that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

READ = date(2019, 11, 20)


def found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type, e.value, e.modifier) for e in tag_times(text, READ)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "May" before "of this year" or "of 2019" is the month, whatever word comes before it
        ("The deal was signed as recently as May of this year.",
         [("recently", "DATE", "PAST_REF", None), ("May of this year", "DATE", "2019-05", None)]),
        ("In May of last year the company fired him.", [("May of last year", "DATE", "2018-05", None)]),
        ("You may of course leave.", []),
        # "now and then", "now and again": occasionally; "between now and then" keeps its now
        ("We visit every now and again, and see them now and then.", []),
        ("Between now and then we will talk.", [("now", "DATE", "PRESENT_REF", None)]),
        # a split infinitive after a verb of wishing: "one day" is the indefinite future
        ("I would love to one day purchase a house.", [("one day", "DATE", "FUTURE_REF", None)]),
        ("She hopes to one day run the company.", [("one day", "DATE", "FUTURE_REF", None)]),
        ("The trial was cut to one day a week.",
         [("one day", "DURATION", "P1D", None), ("a week", "SET", "P1W", None)]),
        # "not too long ago" is left as "not long ago" is (TimeBank leaves them)
        ("It happened not too long ago.", []),
        ("It happened long ago.", [("long ago", "DATE", "PAST_REF", None)]),
        # years ago before the year 1, or told with a scale word: the vague past over the whole phrase, not nothing or
        # "years ago"
        ("The universe formed 13.8 billion years ago.", [("13.8 billion years ago", "DATE", "PAST_REF", None)]),
        ("Humans arrived some 50,000 years ago.", [("50,000 years ago", "DATE", "PAST_REF", None)]),
        ("The town was founded 1,000 years ago.", [("1,000 years ago", "DATE", "1019", None)]),
        ("That happened years ago.", [("years ago", "DURATION", "PXY", None)]),
        # a vulgar half after a count, as "2 1/2" is read (session 26 left "5 ½ years" untagged)
        ("He served 5 ½ years in prison.", [("5 ½ years", "DURATION", "P5Y6M", None)]),
        ("She waited 2½ hours for the bus.", [("2½ hours", "DURATION", "PT2H30M", None)]),
        # a house number and a score are no years (a user test of web pages: an arrest dated 1119)
        ("Police arrested Ms Burton, 32, of 1119 Eighth St., after a stop.", []),
        ("He lives at 1600 Pennsylvania Avenue. In 1990 Main Street was quiet.", [("1990", "DATE", "1990", None)]),
        ("The card earned a total score of 2072 in 2019.", [("2019", "DATE", "2019", None)]),
        ("Single-core scores increased from 1061 to 1128.", []),
        ("The team scored 1999 points in 2019.", [("2019", "DATE", "2019", None)]),
        ("Turnout was up 19 percentage points from 2012.", [("2012", "DATE", "2012", None)]),
        # a possessive before "visit", "trip"...: the noun, no plan (a user test: Trump's Walter Reed visit was dated
        # both the Saturday before and the Saturday after)
        ("Now consider what we know about Trump's visit to Walter Reed on Saturday.",
         [("Now", "DATE", "PRESENT_REF", None), ("Saturday", "DATE", "2019-11-16", None)]),
        ("Trump visits Japan on Saturday.", [("Saturday", "DATE", "2019-11-23", None)]),
        # the shopping days after US Thanksgiving, only capitalised (an audit read "Black Friday" as some Friday)
        ("Black Friday 2018 broke records, and Cyber Monday 2018 too.",
         [("Black Friday 2018", "DATE", "2018-11-23", None), ("Cyber Monday 2018", "DATE", "2018-11-26", None)]),
        ("It was a black day for the markets.", []),
        # a product line's model number is no year when long past or far ahead; an era's is
        ("The card uses a GTX 1660 chip, faster than the RTX 2060.", []),
        ("AD 1066 saw a battle.", [("1066", "DATE", "1066", None)]),
        # "a quarter cup" is a measure, "the second quarter" a quarter
        ("Add a quarter cup of sugar. Profits rose in the second quarter.",
         [("the second quarter", "DATE", "2019-Q2", None)]),
        # TimeML's bounds that include the amount (TimeBank: "at least 30 days", "up to 180 days")
        ("They waited at least 30 days, up to 180 days, more than four hours.",
         [("at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE"),
          ("up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS"),
          ("more than four hours", "DURATION", "PT4H", "MORE_THAN")]),
        # "one quarter of" is a fraction as "a quarter of" is; a counted day before a capitalised noun is a name
        ("They kept about one quarter of the revenue. Sales rose in one quarter.",
         [("one quarter", "DURATION", "P1Q", None)]),
        ("Israel won the Six-Day War in 1967.", [("1967", "DATE", "1967", None)]),
        ("A three-day truce held.", [("three-day", "DURATION", "P3D", None)]),
        # "the year" and the year after it are one year
        ("Revenue for the fiscal year 2019 rose; forecasts for the year 2050 differ.",
         [("the fiscal year 2019", "DATE", "2019", None), ("the year 2050", "DATE", "2050", None)]),
        # a quarter written as a code; not a brand's model
        ("Revenue rose in Q3, Q4 2018 was weak, and Q2 '19 too.",
         [("Q3", "DATE", "2019-Q3", None), ("Q4 2018", "DATE", "2018-Q4", None), ("Q2 '19", "DATE", "2019-Q2", None)]),
        ("The Audi Q3 sold well.", []),
        # TimeML's mods for "early" and "late" are START and END
        ("Talks resume early next year and end in late July.",
         [("early next year", "DATE", "2020", "START"), ("late July", "DATE", "2020-07", "END")]),
    ],
)
def test_audit27_shapes(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected
