"""Regressions from checking relative day values against Timeline17's reference timelines
(`dateline.eval.reference_dates`): each sentence is of the kind the check found misdated."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times


def value_of(text: str, needle: str, published: date) -> str:
    start = text.index(needle)
    for expression in tag_times(text, published):
        if expression.start <= start < expression.end:
            return expression.value
    raise AssertionError(f"{needle!r} not tagged in {text!r}")


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    [
        # A clock time takes the day named right after its bracketed second reading.
        ("The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday, as part of a test.",
         "1425", date(2010, 7, 16), "2010-07-15T14:25"),
        ("The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday, as part of a test.",
         "1925", date(2010, 7, 16), "2010-07-15T19:25"),
        ("The quake struck at 1653 local time (2153 GMT) on Tuesday, 12 January, south-west of the capital.",
         "1653", date(2010, 1, 24), "2010-01-12T16:53"),
        # A bare local time with a zoned reading in brackets is a clock time, not the year 1653.
        ("It struck south of the capital at 1653 (2153 GMT) on Tuesday.", "1653", date(2010, 1, 13),
         "2010-01-12T16:53"),
    ],
)  # fmt: skip
def test_clock_times_take_the_day_after_them(text: str, needle: str, published: date, expected: str) -> None:
    assert value_of(text, needle, published) == expected


def test_a_clock_time_followed_by_other_words_keeps_the_day_in_view() -> None:
    text = "Police arrived at 1425 local time (1925 GMT), officials said on Thursday."
    assert value_of(text, "1425", date(2010, 7, 16)) == "2010-07-16T14:25"


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    [
        # "by" after a participle names the agent: the earthquake is behind ("by Friday's deadline" is ahead).
        ("He believes 100,000 people may have been killed by Tuesday's earthquake.", "Tuesday",
         date(2010, 1, 13), "2010-01-12"),
        ("Three million people have been affected by Tuesday's earthquake.", "Tuesday", date(2010, 1, 15),
         "2010-01-12"),
        ("Banks must file their plans by Friday's deadline.", "Friday", date(2010, 1, 13), "2010-01-15"),
        # A schedule verb in an infinitive takes its tense from the verb before it.
        ("Hillary Clinton was the first senior Western official to arrive in Haiti on Saturday.", "Saturday",
         date(2010, 1, 17), "2010-01-16"),
        # Hyphenated compound adjectives are no past verbs ("so-called"); "re-elected" still is.
        ('The oil giant will try to plug the well in a so-called "top kill" operation on Wednesday.', "Wednesday",
         date(2010, 5, 25), "2010-05-26"),
        ("The long-awaited report is out on Friday.", "Friday", date(2010, 5, 25), "2010-05-21"),
        # An "-ed" word after a possessive is an adjective; "look forward to" points ahead.
        ("The markets look forward to Friday's expected vote by the House.", "Friday", date(2008, 9, 30),
         "2008-10-03"),
        # A contrasting clause after a comma has its own tense.
        ("BP said it would make another attempt to plug the leak on Wednesday, but gave it only a 60 percent "
         "chance of success.", "Wednesday", date(2010, 5, 24), "2010-05-26"),
        # A relative clause set off by commas: the main verb comes after it, or the date is inside it.
        ("On Thursday BP's Hayward, who is expected to attend the White House meeting, will testify.", "Thursday",
         date(2010, 6, 13), "2010-06-17"),
        ("His brothers, who will take part on Friday, defended him.", "Friday", date(2010, 6, 15), "2010-06-18"),
        # An adverb between an intent verb and its infinitive.
        ("BP hopes partly to close the cap on Tuesday to test the well.", "Tuesday", date(2010, 7, 12),
         "2010-07-13"),
    ],
)  # fmt: skip
def test_weekday_directions(text: str, needle: str, published: date, expected: str) -> None:
    assert value_of(text, needle, published) == expected


def test_prefixed_verbs_stay_past() -> None:
    assert value_of("The mayor was re-elected on Friday.", "Friday", date(2010, 5, 25)) == "2010-05-21"
