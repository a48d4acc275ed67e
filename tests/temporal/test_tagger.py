"""tag_times on each expression family, with exact TIMEX3 values against a fixed anchor."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from dateline.records import TimeExpression
from dateline.temporal import relative_rules, tag_times
from dateline.temporal.grammar import Context

ANCHOR = date(2025, 7, 18)  # a Friday


def only(text: str, anchor: date | None = ANCHOR) -> TimeExpression:
    """The single expression tagged in ``text``."""
    found = tag_times(text, anchor)
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: date | None = ANCHOR) -> list[str]:
    return [expression.value for expression in tag_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were held on July 18, 2025 in Istanbul.", "2025-07-18"),
        ("It was signed on 18 July 2025.", "2025-07-18"),
        ("Turkey hosted talks in March 2022.", "2022-03"),
        ("The decree dated 2024-02-29 was published.", "2024-02-29"),
        ("Crimea was annexed in 2014.", "2014"),
        ("Prices rose throughout the 1990s.", "199"),
        ("The third quarter of 2024 was weak.", "2024-Q3"),
        ("Sales grew in summer 2023.", "2023-SU"),
        ("It dates from the 19th century.", "18"),
    ],
)
def test_absolute_dates(text: str, expected: str) -> None:
    expression = only(text)
    assert expression.value == expected
    assert expression.anchor == "absolute"
    assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin and Erdogan spoke by phone on July 14.", "2025-07-14"),
        ("The latest round took place on June 2.", "2025-06-02"),
        ("The summit will be held on Dec. 7.", "2025-12-07"),
        ("Talks resumed in May.", "2025-05"),
        ("Elections are planned for next March.", "2026-03"),
        ("He resigned last February.", "2025-02"),
        ("He resigned last September.", "2024-09"),
    ],
)
def test_year_less_dates_take_the_year_nearest_the_anchor(text: str, expected: str) -> None:
    expression = only(text)
    assert expression.value == expected
    assert expression.anchor == "publication"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Umerov said on Tuesday that Kyiv aims to secure a meeting.", "2025-07-15"),
        ("The delegations will meet on Tuesday in Istanbul.", "2025-07-22"),
        ("Officials said on Friday the talks went well.", "2025-07-18"),
        ("The ministers met last Monday.", "2025-07-14"),
        ("They meet again next Monday.", "2025-07-21"),
    ],
)
def test_weekdays_follow_the_tense(text: str, expected: str) -> None:
    assert only(text).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump gave Russia a deadline last week.", "2025-W28"),
        ("Talks continue this week.", "2025-W29"),
        ("The report is due next month.", "2025-08"),
        ("Output fell last year.", "2024"),
        ("It happened three days ago.", "2025-07-15"),
        ("Fighting intensified two weeks ago.", "2025-W27"),
        ("The truce collapsed two years ago.", "2023"),
        ("It was announced yesterday.", "2025-07-17"),
        ("The vote is tomorrow.", "2025-07-19"),
        ("Earlier this month, officials met.", "2025-07"),
        ("Later this year, a deal may come.", "2025"),
    ],
)
def test_relative_expressions_anchor_on_publication(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_narrative_expressions_follow_the_last_date() -> None:
    found = tag_times(
        "The ceasefire began on March 3, 2022. Two days later it collapsed. The following day, talks resumed.", ANCHOR
    )
    assert [e.value for e in found] == ["2022-03-03", "2022-03-05", "2022-03-06"]
    assert [e.anchor for e in found] == ["absolute", "narrative", "narrative"]


def test_modifiers_are_part_of_the_expression() -> None:
    late = only("The offensive began in late July.")
    assert (late.text, late.value, late.modifier) == ("late July", "2025-07", "END")
    early = only("A deal is expected early next year.")
    assert (early.text, early.value, early.modifier) == ("early next year", "2026", "START")
    mid = only("Talks stalled in mid-2023.")
    assert (mid.text, mid.value, mid.modifier) == ("mid-2023", "2023", "MID")


@pytest.mark.parametrize(
    ("text", "expected", "modifier"),
    [
        ("after more than three years without negotiations", "P3Y", "MORE_THAN"),
        ("a war that has raged for over three years", "P3Y", "MORE_THAN"),
        ("Trump gave Russia a 50-day deadline", "P50D", None),
        ("Ukraine proposed a 30-day ceasefire", "P30D", None),
        ("the talks lasted about two hours", "PT2H", "APPROX"),
        ("nearly six months of fighting", "P6M", "LESS_THAN"),
    ],
)
def test_durations(text: str, expected: str, modifier: str | None) -> None:
    expression = only(text)
    assert (expression.type, expression.value, expression.modifier) == ("DURATION", expected, modifier)


def test_ranges_and_lists_give_one_expression_per_date() -> None:
    assert values("held previously in May and June") == ["2025-05", "2025-06"]
    assert values("the festival runs June 2-4") == ["2025-06-02", "2025-06-04"]
    assert values("between 2014 and 2022 the line barely moved") == ["2014", "2022"]
    assert values("the 2014-2022 war") == ["2014", "2022"]
    assert values("call 555-1999 today") == ["2025-07-18"]


def test_since_keeps_the_year_and_marks_it() -> None:
    expression = only("Crimea has been occupied since 2014.")
    assert (expression.text, expression.value, expression.modifier) == ("2014", "2014", "AFTER")


def test_vague_references_are_kept_and_marked_fuzzy() -> None:
    recently = only("Russia recently rejected the offer.")
    assert (recently.value, recently.fuzzy) == ("PAST_REF", True)
    weeks = only("In recent weeks the front has shifted.")
    assert weeks.fuzzy and (weeks.text, weeks.type, weeks.value) == ("recent weeks", "DURATION", "PXW")
    assert only("Talks are ongoing now.").value == "PRESENT_REF"


def test_clock_times_join_their_day() -> None:
    assert values("The blast came at 10 p.m. Wednesday.", date(1998, 2, 12)) == ["1998-02-11T22:00"]
    assert values("The market closed at noon.", ANCHOR) == ["2025-07-18T12:00"]


def test_sets() -> None:
    assert [(e.type, e.value) for e in tag_times("Trains run daily and the report is published every month.")] == [
        ("SET", "P1D"),
        ("SET", "P1M"),
    ]


def test_without_anchor_relative_values_keep_placeholders() -> None:
    found = tag_times("The call took place on July 18. Talks resumed in March 2022.")
    assert [(e.value, e.anchor) for e in found] == [("XXXX-07-18", "unanchored"), ("2022-03", "absolute")]


@pytest.mark.parametrize(
    "text",
    [
        "February 30",
        "It happened on February 30, 2023.",
        "the year 99999",
        "12345678901234567890",
        "May 32",
        "0000-00-00",
    ],
)
def test_nonsense_dates_are_dropped(text: str) -> None:
    for expression in tag_times(text, ANCHOR):
        assert expression.value[:4] != "0000"
        assert "-02-30" not in expression.value


def test_financial_quarters() -> None:
    anchor = date(1989, 10, 27)
    assert values("Net income rose in the third quarter.", anchor) == ["1989-Q3"]
    assert values("Profit fell from the year-earlier quarter.", anchor) == ["1988-Q3"]
    assert values("Sales in the first half rose.", anchor) == ["1989-H1"]
    assert values("Half of the staff left.", anchor) == []


def test_narrative_same_day_and_that_year() -> None:
    found = tag_times("The fire began on March 3, 2022. Crews arrived the same day and left that year.", ANCHOR)
    assert [(e.text, e.value, e.anchor) for e in found] == [
        ("March 3, 2022", "2022-03-03", "absolute"),
        ("the same day", "2022-03-03", "narrative"),
        ("that year", "2022", "narrative"),
    ]


def test_rates_are_sets_and_spans_stay_durations() -> None:
    assert [(e.type, e.value) for e in tag_times("It will save $500 million a year in costs.")] == [("SET", "P1Y")]
    assert [(e.type, e.value) for e in tag_times("Qantas runs four flights a week.")] == [("SET", "P1W")]
    assert [(e.type, e.value) for e in tag_times("It will finish within a year.")] == [("DURATION", "P1Y")]


def test_part_of_day_of_a_date_and_as_soon_as() -> None:
    found = tag_times("Talks took place on the evening of July 23. End the war as soon as possible.", ANCHOR)
    assert [(e.text, e.type, e.value) for e in found] == [("the evening of July 23", "TIME", "2025-07-23TEV")]


def test_recurring_months_and_weekdays_are_sets() -> None:
    found = tag_times("Orangemen march each July; the market shuts on Sundays and on Tuesday nights.")
    assert [(e.text, e.type, e.value) for e in found] == [
        ("each July", "SET", "XXXX-07"),
        ("Sundays", "SET", "XXXX-WXX-7"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


def test_numeric_dates_and_short_decades() -> None:
    found = tag_times("On 7/18/25 and 2024-02-29, not 1999-13-01, in the '80s and the '20s.", ANCHOR)
    assert [(e.text, e.value) for e in found] == [
        ("7/18/25", "2025-07-18"),
        ("2024-02-29", "2024-02-29"),
        ("the '80s", "198"),
        ("the '20s", "202"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a minute and a half", "PT1M30S"),
        ("2 1/2 years", "P2Y6M"),
        ("two and a half years", "P2Y6M"),
        ("three and a half days", "P3DT12H"),
        ("half an hour", "PT30M"),
        ("1.5 hours", "PT1.5H"),
    ],
)
def test_fractional_durations(text: str, expected: str) -> None:
    assert only(f"It lasted {text}.").value == expected


def test_wire_times_seasons_and_vague_phrases() -> None:
    anchor = date(1998, 8, 7)
    found = tag_times("The blast came at 1030 GMT on Friday. At the time, he was in Paris.", anchor)
    assert [(e.text, e.value) for e in found] == [
        ("1030 GMT on Friday", "1998-08-07T10:30"),
        ("the time", "PAST_REF"),
    ]
    assert values("Crops failed last summer but this past spring was wet.", anchor) == ["1997-SU", "1998-SP"]


def test_modifier_never_reaches_into_the_previous_expression() -> None:
    found = tag_times("18 century EARLIER July")
    assert all(first.end <= second.start for first, second in itertools.pairwise(found))


# Anchors for tense tests: a future reading is expected where the month is as near ahead as behind (so
# only a found future tense wins over news' past default); a past reading where the month is nearer ahead.
MIDWAY_JANUARY = date(2025, 7, 16)  # January 15 is 182 days back, 183 ahead
MIDWAY_MARCH = date(2025, 9, 14)  # March 15 is 183 days back, 182 ahead
OCTOBER_END = date(2025, 10, 31)  # March 2026 is nearer than March 2025


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # A modal looks ahead: the dividend is paid next January, not last.
        ("The split would be paid on a still unspecified date in January.", MIDWAY_JANUARY, "2026-01"),
        # Intent with an infinitive looks ahead too.
        ("The bank agreed to acquire the holding company in January.", MIDWAY_JANUARY, "2026-01"),
        # "through" names the end of a period still running.
        ("The banks extended loans through January.", MIDWAY_JANUARY, "2026-01"),
        # ... but not the end of a range that began in the past.
        ("Sales rose from January through March.", OCTOBER_END, "2025-03"),
        # A clear past tense keeps a year-less month in the past even when the next one is nearer.
        ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", OCTOBER_END, "2025-01-31"),
        ("In January, the company brought in a new chief executive.", OCTOBER_END, "2025-01"),
        # Perfect modals do not look ahead: with no other tense news' past default wins ("would" alone is future).
        ("It would have cost more in March.", MIDWAY_MARCH, "2025-03"),
        ("It would cost more in March.", MIDWAY_MARCH, "2026-03"),
    ],
)
def test_tense_of_the_clause_places_year_less_months(text: str, anchor: date, expected: str) -> None:
    assert values(text, anchor)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected_text", "expected"),
    [
        ("The rebels attacked on July 3. In the afternoon, troops arrived.", "the afternoon", "2025-07-03TAF"),
        ("That night, the rebels attacked the town.", "That night", "2025-07-18TNI"),
        ("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "2025-07-17TAF"),
        ("Trading resumed in the morning.", "the morning", "2025-07-18TMO"),
    ],
)
def test_parts_of_the_day_fall_on_the_day_in_question(text: str, expected_text: str, expected: str) -> None:
    found = tag_times(text, ANCHOR)[-1]
    assert (found.text, found.type, found.value) == (expected_text, "TIME", expected)


def test_part_of_the_day_before_of_is_left_to_the_date_it_names() -> None:
    found = only("The attack came on the evening of July 16.")
    assert (found.text, found.value) == ("the evening of July 16", "2025-07-16TEV")


def test_the_current_fiscal_year_is_the_anchor_year() -> None:
    found = only("Sales for the current fiscal year will rise.")
    assert (found.text, found.type, found.value) == ("the current fiscal year", "DATE", "2025")


def test_then_current_is_a_past_reference() -> None:
    found = only("The then-current chairman resigned.")
    assert (found.text, found.value) == ("then-current", "PAST_REF")


def test_one_day_after_a_modal_is_an_indefinite_future() -> None:
    found = only("Islam will one day be the second largest religion in the country.")
    assert (found.type, found.value) == ("DATE", "FUTURE_REF")
    assert only("The strike lasted one day.").value == "P1D"


def test_clock_times_fall_on_the_day_in_view() -> None:
    found = tag_times("On July 7, the bombs went off at about 10:30 a.m. (0730 GMT).", ANCHOR)
    assert [e.value for e in found] == ["2025-07-07", "2025-07-07T10:30", "2025-07-07T07:30"]
    # With no day named nearby a clock time is on the anchor day.
    assert only("The market closed at 4 p.m.").value == "2025-07-18T16:00"


def test_abbreviation_periods_do_not_end_the_clause() -> None:
    # "p.m." must not cut "would arrive" off from "Tuesday".
    found = tag_times("Officials said agents would arrive at 5 p.m. Tuesday.", ANCHOR)
    assert [e.value for e in found] == ["2025-07-22T17:00"]


def test_words_ending_in_ed_that_are_not_past_verbs() -> None:
    # "succeed" is no past tense; "will" makes Feb. 1 the coming one.
    assert values("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1.", date(2025, 10, 26)) == [
        "2026-02-01"
    ]


def test_later_in_the_day_is_the_day_in_view() -> None:
    found = tag_times("The president left on July 14. He arrived in Philadelphia later in the day.", ANCHOR)
    assert [(e.text, e.value) for e in found] == [("July 14", "2025-07-14"), ("the day", "2025-07-14")]


def test_a_day_earlier_moves_back_from_the_last_date() -> None:
    found = tag_times("The talks ended on July 10. A day earlier, trucks streamed in.", ANCHOR)
    assert [e.value for e in found] == ["2025-07-10", "2025-07-09"]


def test_the_following_month_moves_from_a_year_less_month() -> None:
    found = tag_times(
        "In March, the company received an offer. The following month, it put itself up for sale.", ANCHOR
    )
    assert [e.value for e in found] == ["2025-03", "2025-04"]


def test_the_previous_weekday_counts_from_the_day_in_question() -> None:
    found = tag_times("The index fell 4.5% on Tuesday from the previous Friday.", ANCHOR)
    assert [(e.text, e.value) for e in found] == [("Tuesday", "2025-07-15"), ("the previous Friday", "2025-07-11")]


@pytest.mark.parametrize(
    "text",
    [
        # A period word before "through" names a period that is over, as does a clear past verb.
        "Sales fell 5% in the three months through March.",
        "The company reported results for the year through June.",
        "The exhibition ran through March.",
    ],
)
def test_through_after_a_period_or_a_past_verb_looks_back(text: str) -> None:
    assert values(text, OCTOBER_END)[-1].startswith("2025-")


def test_a_counted_month_does_not_reset_the_narrative_day() -> None:
    found = tag_times("On July 10, officials said sales rose this month. The next day, trucks arrived.", ANCHOR)
    assert [(e.text, e.value) for e in found][-1] == ("The next day", "2025-07-11")


@pytest.mark.parametrize(
    "text", ["The repair could take one day.", "The strike will last one day.", "It may be one day late."]
)
def test_one_day_not_between_a_modal_and_its_verb_is_a_duration(text: str) -> None:
    assert (only(text).type, only(text).value) == ("DURATION", "P1D")
    assert only("We will perhaps one day win.").value == "FUTURE_REF"


@pytest.mark.parametrize(
    "text",
    [
        "This is the plant that closed in March.",  # "that" starts a relative clause, not an adjective
        "The plan to help her succeeded in March.",  # so is "her" before a verb
        "Forced out in March, he now advises the firm.",  # first in its clause: a verb, not a name
        "The board rejected the offer to buy the firm in March.",  # a noun's "offer to" is no future
    ],
)
def test_past_verbs_that_the_adjective_and_intent_rules_must_not_hide(text: str) -> None:
    assert values(text, OCTOBER_END)[0] == "2025-03"


def test_capitalised_ed_words_inside_names_are_not_verbs() -> None:
    assert values("The United States will hold talks in March.", OCTOBER_END) == ["2026-03"]
    assert values("United States officials will hold talks in March.", OCTOBER_END) == ["2026-03"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders hope to end bloodshed on Friday.",
        "Bankers will curb greed on Friday.",
        "Farmers will sow seed on Friday.",
        "The team will need speed on Friday.",
    ],
)
def test_ed_nouns_are_not_past_verbs(text: str) -> None:
    # "bloodshed" is no past verb: the future marker makes Friday the coming one (the anchor is a Wednesday).
    assert values(text, date(2025, 7, 16)) == ["2025-07-18"]


def test_titles_do_not_end_the_sentence_of_the_day_in_view() -> None:
    found = tag_times("On July 7, Mr. Smith said Gen. Jones arrived at 10 a.m.", ANCHOR)
    assert [(e.value, e.anchor) for e in found][-1] == ("2025-07-07T10:00", "narrative")


def test_an_abbreviation_at_a_sentence_end_ends_the_clause() -> None:
    # "U.K." ends the sentence, so "fell" does not reach March (which is nearer ahead).
    assert values("Shares fell 2% after the talks in the U.K. March is the deadline.", OCTOBER_END) == ["2026-03"]


@pytest.mark.parametrize("text", ["In the morning sun, troops rested.", "During the evening news, he spoke."])
def test_a_part_of_the_day_in_a_compound_noun_is_no_time(text: str) -> None:
    assert tag_times(text, ANCHOR) == []
    assert values("He spoke by the morning paper on Friday.") == ["2025-07-18"]


@pytest.mark.parametrize(
    ("text", "expected"), [("tomorrow morning", "2025-07-19TMO"), ("yesterday evening", "2025-07-17TEV")]
)
def test_part_of_day_rule_leaves_yesterday_and_tomorrow_to_the_deictic_rule(text: str, expected: str) -> None:
    rule = next(rule for rule in relative_rules.RULES if rule.name == "part_of_day")
    built = [span.build(Context(text, ANCHOR)) for match in rule.pattern.finditer(text) for span in rule.handler(match)]
    assert all(resolved is not None and resolved.value == expected for resolved in built)
    assert only(text).value == expected


def test_a_day_in_view_named_in_the_text_is_a_narrative_anchor() -> None:
    found = tag_times("On July 7, 2024, the bombs went off at 10:30 a.m. He left later in the day.", None)
    assert [(e.value, e.anchor) for e in found] == [
        ("2024-07-07", "absolute"),
        ("2024-07-07T10:30", "narrative"),
        ("2024-07-07", "narrative"),
    ]
    assert (only("The market closed at 4 p.m.").anchor, only("The market closed at 4 p.m.", None).anchor) == (
        "publication",
        "unanchored",
    )


@pytest.mark.parametrize("text", ["The then  current chairman resigned.", "The then\ncurrent chairman resigned."])
def test_then_current_across_any_whitespace(text: str) -> None:
    assert (only(text).type, only(text).value) == ("DATE", "PAST_REF")


# Tense cases found by checking weekday directions against spaCy's parse on Timeline17 articles.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A schedule verb used as a noun is no present-tense plan ("a visit", "his second visit").
        ("Merkel said during a visit to Austria on Saturday.", date(2008, 9, 26), "2008-09-20"),
        ("Obama, who made his second visit to the Gulf on Friday, is sending officials.", date(2010, 5, 31),
         "2010-05-28"),
        # A past intent verb after the date tells when the intent was: "On Saturday, Obama sought to ...".
        ("On Saturday, Obama sought to shore up businesses along the coast.", date(2010, 8, 15), "2010-08-14"),
        # A past perfect anywhere in the clause outweighs "until" / "by".
        ("Until Saturday none of the thick sludge had reached shore.", date(2010, 5, 9), "2010-05-08"),
        # "were due on Monday": a plan in the past.
        ("The tests were due on Monday but were delayed by a leak.", date(2010, 8, 3), "2010-08-02"),
        # An adverb between "be" and the participle keeps the passive future: "will be officially released".
        ("Details of charges will be officially released Monday, the office said.", date(2010, 2, 5), "2010-02-08"),
        # A relative clause after the date speaks of another time: "programs Tuesday that will provide".
        ("The government introduced new programs Tuesday that will provide $800 billion.", date(2008, 11, 5),
         "2008-11-04"),
    ],
)
def test_weekday_direction_follows_the_verb_the_date_belongs_to(text: str, published: date, expected: str) -> None:
    weekday = [e for e in tag_times(text, published) if e.type == "DATE"]
    assert weekday and weekday[0].value == expected, [(e.text, e.value) for e in weekday]


# Year-less months and days checked the same way (dateline.eval.weekday_tense with month names).
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Irregular past verbs beyond the common ones; "open" after a verb or a hyphen is no schedule verb.
        ("The well broke open after an explosion on a drilling rig in April.", date(2010, 8, 3), "2010-04"),
        ("Our country encountered this impossible-to-open locker on April 20.", date(2010, 8, 23), "2010-04-20"),
        # "the next afternoon" is narrative, not the future.
        ("Cocales learned the next afternoon, April 16, that engineers had decided.", date(2010, 9, 9),
         "2010-04-16"),
        # A fronted "By ..." followed by a past clause looks back.
        ("By Jan. 2, Mr. McCain was on the aircraft carrier in the Arabian Sea.", date(2008, 9, 24), "2008-01-02"),
        # ... but a deadline after a past verb still lies ahead.
        ("They demanded a response by June 18.", date(2010, 6, 13), "2010-06-18"),
    ],
)
def test_year_less_dates_follow_the_verb_the_date_belongs_to(text: str, published: date, expected: str) -> None:
    found = [e for e in tag_times(text, published) if e.type == "DATE"]
    assert found and found[0].value == expected, [(e.text, e.value) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Dow Jones: +247.14 The government introduced a pair of new programs Tuesday that will provide $800 billion.",
         date(2008, 11, 5), "2008-11-04"),
        ("On Tuesday his brothers Marlon, Tito and Jackie, who will be taking part in the concert, defended it.",
         date(2011, 10, 5), "2011-10-04"),
    ],
)
def test_a_relative_clause_after_the_date_does_not_set_its_tense(text: str, published: date, expected: str) -> None:
    found = [e for e in tag_times(text, published) if e.type == "DATE"]
    assert found and found[0].value == expected, [(e.text, e.value) for e in found]
