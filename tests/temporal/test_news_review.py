"""Regressions from a review of tagged Timeline17 news (BBC, Guardian, Reuters, Washington Post, Fox; 2009-2011):
phenomena that recur in any newswire, each with a sentence of the kind it was found in."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.temporal import tag_times

PUBLISHED = date(2010, 4, 22)  # a Thursday


def found(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in tag_times(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The biggest worry was that a second wave of infections could be more severe.",
        "A second child is being treated with antiviral drugs.",
        "Relatives will seek a second autopsy on the star.",
        "The party lost a second-round vote.",
        "Only a quarter of local marine wildlife survived the disaster.",
        "That's about a quarter of the new estimate for the total spill.",
        "It would cost a quarter million dollars.",
        "BP said it had turned the corner in a weeks-long effort to contain the spill.",
    ],
)
def test_ordinals_fractions_and_compounds_are_no_durations(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He froze for a second or two.", ("a second", "DURATION", "PT1S")),
        ("The moratorium endured for a quarter century.", ("a quarter century", "DURATION", "P25Y")),
        ("BP is raising $2.5 billion a quarter for spill costs.", ("a quarter", "SET", "P1Q")),
    ],
)
def test_a_second_and_a_quarter_still_name_time_where_they_do(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Less than 24 hours later BP announced the top kill had failed.", ("Less than 24 hours", "DURATION", "PT24H")),
        ("Crews were fighting the fire 16 hours later, the Coast Guard said.", ("16 hours", "DURATION", "PT16H")),
        ("A few days later, he was admitted to hospital.", ("A few days", "DURATION", "PXD")),
        ("Several weeks earlier the plan had been shelved.", ("Several weeks", "DURATION", "PXW")),
    ],
)
def test_hours_or_a_vague_count_later_are_a_duration(text: str, expected: tuple[str, str, str]) -> None:
    # TimeBank: "<TIMEX3 type="DURATION" value="PXD">A few days</TIMEX3> later"; no FUTURE_REF.
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It airs at 10:40 and 23:40 every day.", ["10:40", "23:40"]),
        ("The shares rose after the report was published at 1100 GMT (1200 BST).", ["1100 GMT", "1200 BST"]),
        ("Doors open at 16:00 BST for the show.", ["16:00 BST"]),
        ("Transmission time is 9:10 to 9:30 local time.", ["9:10", "9:30"]),
    ],
)
def test_clock_times_end_at_the_time_or_its_zone(text: str, expected: list[str]) -> None:
    times = [e for e in tag_times(text, PUBLISHED) if e.type == "TIME"]
    assert [e.text for e in times] == expected
    assert all(e.value.startswith("2010-04-22T") for e in times)


def test_a_clock_time_joins_a_weekday_night_after_its_zone() -> None:
    text = "Officials cited dim hopes for the 11 workers missing since the blast about 10 p.m. CDT Tuesday night."
    assert found(text) == [("about 10 p.m. CDT Tuesday night", "TIME", "2010-04-20T22:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 2:30 this afternoon, Senator Obama called.", "2010-04-22T14:30"),
        ("At 8:30 this morning, Senator Obama called.", "2010-04-22T08:30"),
        ("The quake struck around 10pm last night.", "2010-04-21T22:00"),
    ],
)
def test_a_clock_time_with_a_part_of_the_day_is_one_time(text: str, expected: str) -> None:
    assert [value for _, _, value in found(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "It is also running a full-page ad in USA Today with a similar message.",
        "Doug Suttles told NBC's Today program the flow had slowed.",
        "A small portion of the slick had entered the so-called Loop Current.",
        "Stars will take part in the Hope for Haiti Now telethon.",
    ],
)
def test_a_capitalised_deictic_word_after_a_word_is_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today, the company is pursuing partnerships.", [("Today", "DATE", "2010-04-22")]),
        ('He said: "Now we know."', [("Now", "DATE", "PRESENT_REF")]),
        ("WHY DOES WALL STREET WANT THIS, NOT NOW?", [("NOW", "DATE", "PRESENT_REF")]),
    ],
)
def test_deictic_words_first_in_a_clause_or_shouted_stay_times(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_part_of_the_day_after_a_month_is_on_the_anchor_day() -> None:
    # The last date named is a month, not a day: "the morning" is not April 1.
    text = "Claims rose in April. It's early in the morning, and this is Wonkbook."
    assert found(text, date(2010, 5, 14))[-1] == ("the morning", "TIME", "2010-05-14TMO")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "since" looks back whatever the verb or its absence.
        (
            "His company has been at a standstill since April 20 and claims to be out $1.7 million.",
            date(2010, 11, 21),
            "2010-04-20",
        ),
        ("Obama will hold a news conference, his first since February.", date(2010, 5, 26), "2010-02"),
        ("The index hit its highest level since early October.", date(2009, 5, 19), "2008-10"),
        # ... and a month after "since" has begun, however near the coming one is (a date audit).
        ("The bank has moved aggressively since December to reinforce itself.", date(2008, 10, 15), "2007-12"),
        # "until" after a simple past looks back; after a perfect or a future it still looks ahead.
        ("The spill ran until July 15, when the well was capped.", date(2010, 9, 27), "2010-07-15"),
        ("He said he was not aware of the emergency power until September.", date(2009, 5, 30), "2008-09"),
        ("Salazar has halted deepwater drilling until Nov. 30.", date(2010, 8, 14), "2010-11-30"),
        ("The school is due to remain closed until Thursday.", date(2009, 6, 23), "2009-06-25"),
        # "ahead of" points ahead.
        ("The spill is a liability for Obama ahead of November elections.", date(2010, 5, 27), "2010-11"),
        ("Shares fell ahead of Thursday's testimony by BP's chief executive.", date(2010, 6, 15), "2010-06-17"),
    ],
)
def test_since_until_and_ahead_of_set_the_direction(text: str, published: date, expected: str) -> None:
    assert [value for _, _, value in found(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The device can siphon up to 25,000 barrels of oil a day.", ("a day", "SET", "P1D")),
        ("New sources of at least 100,000 tons of greenhouse gases a year need permits.", ("a year", "SET", "P1Y")),
        ("Florida's $60 billion-a-year tourism industry is losing millions.", ("a-year", "SET", "P1Y")),
        ("A tent can give 10 people somewhere to call home for a year.", ("a year", "DURATION", "P1Y")),
        ("The shutdown covers two public holidays and a weekend.", ("a weekend", "DURATION", "P2D")),
    ],
)
def test_a_quantity_of_several_words_per_unit_is_a_rate(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_year_olds_as_a_noun_are_ages() -> None:
    assert found("The tests are due to be taken by 600,000 11-year olds next week.") == [
        ("next week", "DATE", "2010-W17")
    ]


def test_a_future_auxiliary_far_back_in_a_long_clause_still_sets_the_weekdays_direction() -> None:
    # The Guardian, Sunday 13 June 2010: "will" is 100 characters before "Tuesday night".
    text = ("That task will be put to the test on his return from the Gulf with a television address from the Oval "
            "Office on Tuesday night, and a meeting with BP's chairman, Carl-Henric Svanberg, on Wednesday.")
    assert [value for _, _, value in found(text, date(2010, 6, 13))] == ["2010-06-15TNI", "2010-06-16"]
    # Without any tense in the clause the news default (the past) stays.
    assert [value for _, _, value in found("A television address from the Oval Office on Tuesday night.",
                                           date(2010, 6, 13))] == ["2010-06-08TNI"]


@pytest.mark.parametrize(("text", "value"), [
    ("The Dow fell 49, leaving the index within 70 points of its record high set on Aug. 6.", "1997-08-06"),
    ("The vote is set on Aug. 6.", "1998-08-06"),
    ("A vote set for Aug. 6 will decide it.", "1998-08-06"),
])
def test_set_on_schedules_only_after_a_copula(text: str, value: str) -> None:
    # TimeBank NYT19980206.0460 (published 6 February 1998): a record set on Aug. 6 was set the August before.
    assert [v for _, _, v in found(text, date(1998, 2, 6))] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("Online demand for Tamiflu is up 1000 % this week.", [("this week", "DATE", "2009-W18")]),  # no year 1000
    ("Schools will stay closed until the first of May.", [("the first of May", "DATE", "2009-05-01")]),
    ("It was signed on the twenty-first of March.", [("the twenty-first of March", "DATE", "2009-03-21")]),
])
def test_a_percentage_is_no_year_and_a_day_may_be_an_ordinal_word(text: str, expected: list[tuple[str, ...]]) -> None:
    # A second user test (Guardian swine-flu coverage, April 2009).
    assert found(text, date(2009, 4, 28)) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("The vote is expected Wednesday.", "2010-04-28"),
    ("A decision is expected Friday, officials said.", "2010-04-23"),
    ("A ruling was expected Monday.", "2010-04-19"),  # expected back then: the news default, the past
])
def test_is_expected_before_a_weekday_looks_ahead(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("In the first half of the year sales rose.", ("the first half of the year", "DATE", "2010-H1")),
    ("Sales in the fourth quarter of fiscal 2009 rose.", ("the fourth quarter of fiscal 2009", "DATE", "2009-Q4")),
])
def test_a_quarter_or_half_of_the_year_ends_at_its_last_word(text: str, expected: tuple[str, str, str]) -> None:
    # The extent took in the space after "of the year" (or a bare "of "), so it never matched strictly.
    assert found(text) == [expected]
    assert [e for e, _, _ in found("Profit in the third quarter of this fiscal year fell.")] == [
        "the third quarter of this fiscal year"]
    # "of this month" is no year: the half is not the year's (the month is still found).
    assert found("Sales rose in the first half of this month.") == [("this month", "DATE", "2010-04")]
    assert found("Sales rose in the first half of fiscal year 2009.") == [
        ("the first half of fiscal year 2009", "DATE", "2009-H1")]


def test_a_season_before_a_kind_of_thing_is_no_time() -> None:
    # A user test (BBC, Haiti): "sent to summer camp" was dated summer 2010.
    assert found("Hundreds of children were sent to summer camp.") == []
    assert found("Retailers stocked winter coats early.") == found("The summer camp opened in July.")[:0] == []
    assert [e for e, _, _ in found("The summer camp opened in July.")] == ["July"]
    assert found("Last winter storms closed the roads.") == [("Last winter", "DATE", "2009-WI")]
    assert [e for e, _, _ in found("In the summer schools close and families travel.")] == ["the summer"]  # a review


def test_the_1800s_is_a_century_and_the_2000s_a_decade() -> None:
    # A user test (BP coverage): "In the 1800s" was exported as the decade 1800-1809.
    assert found("In the 1800s, whaling ships sailed these waters.") == [("the 1800s", "DATE", "18")]
    assert found("In the early 1900s the town grew.")[0][2] == "19"
    assert found("The 2000s saw a boom.") == [("The 2000s", "DATE", "200")]
    assert found("The 1910s saw a war.") == [("The 1910s", "DATE", "191")]


def test_a_day_of_last_year_is_one_date_and_a_comma_keeps_them_apart() -> None:
    # A user test (BP, Guardian): "On 22 June last year" was dated in the coming June.
    assert found("On 22 June last year, BP engineers were worried.") == [("22 June last year", "DATE", "2009-06-22")]
    assert found("It was signed on March 3 this year.") == [("March 3 this year", "DATE", "2010-03-03")]
    # June 5 alone; read in April, a past sentence it opens is of last June (session 26: was the coming one)
    assert found("On June 5, last year's champion won.")[0] == ("June 5", "DATE", "2009-06-05")


def test_no_29_february_of_a_common_year_from_a_join() -> None:
    # A review: "29 February last year" read in 2012 made 2011-02-29.
    assert all(value != "2011-02-29" for _, _, value in found("It opened on 29 February last year.", date(2012, 3, 5)))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Told in the past, the weekend is the one before a Friday (a user test found the coming one) ...
        ("Thousands of protesters marched in London at the weekend.", date(2010, 4, 23), "2010-W15-WE"),
        ("Thousands of protesters marched in London at the weekend.", date(2010, 4, 19), "2010-W15-WE"),
        # ... and the one under way on a Sunday; ahead, the coming one.
        ("Thousands of protesters marched in London at the weekend.", date(2010, 4, 25), "2010-W16-WE"),
        ("Protesters will march in London at the weekend.", date(2010, 4, 20), "2010-W16-WE"),
    ],
)
def test_the_weekend_told_in_the_past_is_the_one_before(text: str, published: date, expected: str) -> None:
    assert ("the weekend", "DATE", expected) in found(text, published)


def test_a_four_digit_clock_time_after_at_or_until_is_no_year() -> None:
    """A date audit found "shortly after 1100" and "not called until 1221" read as the years 1100 and 1221."""
    text = "The singer had stopped breathing shortly after 1100; an ambulance was not called until 1221."
    assert [(e.text, e.type) for e in tag_times(text, date(2009, 6, 26))] == [("1100", "TIME"), ("1221", "TIME")]
    assert [e.type for e in tag_times("The tremor hit at 1653 (2153 GMT).", date(2010, 1, 13))] == ["TIME", "TIME"]
    # A year stays a year after "in", "around", "between", before a noun or an era, from 1800 on, and after "at"
    # with no time's company (a review).
    for text, value in [
        ("The castle was built in 1100.", "1100"), ("Sales rose until 1200 units.", "1200"),
        ("The temple was built around 1100 AD.", "1100"), ("Prices fell until 1933.", "1933"),
        ("He was born around 1750.", "1750"), ("The fine was set at 1000.", "1000"),
    ]:  # fmt: skip
        assert [(e.type, e.value) for e in tag_times(text, date(2009, 6, 26))] == [("DATE", value)]
    assert [e.value for e in tag_times("She painted it between 1505 and 1507.", date(2009, 6, 26))] == ["1505", "1507"]


def test_a_live_pages_line_stamps_are_clock_times() -> None:
    """Two BBC live pages had 187 stamps ("1525 A spokeswoman ...") read as years; a list of years stays years."""
    page = "1525 A spokeswoman rejects criticism.\n1540 The UN says aid is arriving.\n1602 More aid lands.\n"
    assert [e.value for e in tag_times(page, date(2010, 1, 15))] == [
        "2010-01-15T15:25", "2010-01-15T15:40", "2010-01-15T16:02",
    ]  # fmt: skip
    years = "Key dates\n2001 Apple opens its first store.\n2007 The iPhone goes on sale.\n2010 The iPad arrives.\n"
    assert [e.value for e in tag_times(years, date(2011, 1, 15))] == ["2001", "2007", "2010"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date audit found these untagged.
        ("Chaturvedi listens every night to disturbing tales.", [("every night", "SET", "XXXX-XX-XXTNI")]),
        ("They meet each morning and every weekend.", [
            ("each morning", "SET", "XXXX-XX-XXTMO"), ("every weekend", "SET", "XXXX-WXX-WE"),
        ]),
        ("In the wake of 9-11, our leaders panicked.", [("9-11", "DATE", "2001-09-11")]),
        ("Airport security tightened post-9-11.", [("9-11", "DATE", "2001-09-11")]),
        # A score or a page range is no attack.
        ("The team lost 9-11 in the final.", []),
        ("See pages 9-11 of the report.", []),
    ],
)
def test_every_night_and_9_11_with_a_hyphen(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_captions_picture_and_a_months_own_year_are_past() -> None:
    """A date audit: "shown here in February", read in January, had been the coming February; "an April day in
    1998" April of the year read."""
    assert found("Dr Murray, shown here in February, denies the charge.", date(2011, 1, 4)) == [
        ("February", "DATE", "2010-02")
    ]
    assert ("April", "DATE", "1998-04") in found("Rubin spoke on an April day in 1998.", date(2008, 10, 15))


def test_what_is_to_be_shown_lies_ahead_and_since_keeps_its_day() -> None:
    """A review: "will be shown on Sunday" had become last Sunday, "since Oct. 30" read on Oct. 29 the next day,
    "ages of 9-11" the attacks."""
    assert found("The film will be shown on Sunday.", date(2011, 1, 5)) == [("Sunday", "DATE", "2011-01-09")]
    assert found("Prices have risen since Oct. 30.", date(2016, 10, 29)) == [("Oct. 30", "DATE", "2015-10-30")]
    assert found("Children of ages of 9-11 attend the school.") == []


def test_a_live_pages_stamps_are_of_the_pages_day() -> None:
    """A re-check: "1602" after a line naming "by Monday" was dated that Monday."""
    page = "Aid is due by Monday.\n1525 A spokeswoman rejects it.\n1540 The UN says aid arrives.\n1602 More lands.\n"
    assert [e.value for e in tag_times(page, date(2010, 1, 15))][1:] == [
        "2010-01-15T15:25", "2010-01-15T15:40", "2010-01-15T16:02",
    ]  # fmt: skip
