"""Rules for spans of time and rates: "three years", "a few days", "in recent weeks", "$2 million a year"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.temporal.grammar import Resolved, Rule, Span, fixed
from dateline.temporal.lexicon import NUMBER, UNIT_PLURAL, number_value, unit_letter, word_set
from dateline.temporal.timex import duration_value

_RATE_BEFORE = re.compile(
    r"(?i:(?:\d|\b(?:million|billion|thousand|hundred|dozen|times|cents|dollars|euros|percent|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty))[\w%]*"
    # A quantity of up to four words: "10,000 barrels of oil a day", "$60 billion-a-year", "a 1,000-barrel-a-day leak".
    r"(?:[\s-]+[a-z]+){0,4}(?:\s+|-))$"
    # "a pill a day", "an apple a day", "one sale a day" (an audit of Guardian copy)
    r"|(?i:\b(?:a|an|one)\s+[a-z]+\s+)$"
)
# ... but not after a preposition that makes it a span of time ("10 people somewhere to stay for a year").
_NO_RATE_AFTER = word_set(
    "for in within over after than about nearly almost past last only just and or "
    # "caught flu in 1957 and spent a week in bed": a verb of spending time (a BBC audit)
    "spent spend spends spending took take takes lasted lasts stayed stay stays waited wait waits"
)
# ... nor before a word that makes it a distance in time ("9-14 a year after making the playoffs").
# ("$5 million a year after taxes" stays a rate: "after" must start a clause or an event there).
_SPAN_AFTER = re.compile(
    r"(?i:\s+(?:later|earlier|ago|since|prior\s+to|ahead\s+of|into|on\s+from|too|behind|short\s+of|early|late|"
    r"(?:after|before)\s+(?:[a-z]+ing|the|a|an|his|her|their|its|he|she|they|it|we|i|you)\b)\b"
    r"|\s+(?:after|before)\s+(?-i:[A-Z0-9]))"
)
# "will one day be", "could perhaps one day become": a modal right before "one day" (an adverb may come between).
_MODAL_BEFORE = re.compile(
    r"(?i:\b(?:will|would|could|might|may|can|should|must|'ll)\s+(?:(?:also|still|perhaps|even|eventually|"
    r"someday|surely|certainly|indeed|never|not)\s+)?)$"
)
# "... can be like that one day.": a modal earlier in the clause, and the clause ends after "one day".
_SPAN_WORD_BEFORE = re.compile(
    r"(?i:\b(?:last|lasts|take|takes|spend|stay|stays|wait|waits|for|within|in|after|only|just|than|about)\s+)$"
)
# ... or a verb of wishing or planning and "to": a split infinitive ("hopes to one day run the company"; not "cut
# to one day a week").
_WISH_TO_BEFORE = re.compile(
    r"(?i:\b(?:hope|hopes|hoped|hoping|want|wants|wanted|wanting|love|loves|like|likes|wish|wishes|plan|plans|planning|"
    r"aim|aims|aspire|aspires|dream|dreams|intend|intends|expect|expects|going|determined|able|eager)\s+to\s+)$"
)
_MODAL_AFTER = re.compile(r"(?i:\s+(?:will|would|could|might|may|can)\b)")
# "One day will not be enough", "a delay of one day would", "losing one day could": "one day" is the subject (a
# span), not an adverb between a subject and its modal ("the bank one day might fail").
_NO_SUBJECT_BEFORE = re.compile(
    r"(?i:(?:^|[.!?;:,\"“(]\s*|\b(?:a|an|the|of|for|in|on|to|by|with|than|that|said|says|even|only|just|each|every|"
    r"extra|another|[a-z]+ing)\s+))$"
)
_CLAUSE_END = re.compile(r"\s*(?:[.!?;\"”]|$)")
_MODAL_IN_CLAUSE = re.compile(
    r"(?i:\b(?:will|would|could|might|can|may|should|hope|hopes|want|wants|'ll)\b[^.!?;\n]*$)"
)
# ... and a verb after it: a lowercase word that is no preposition, conjunction or adverb of time.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_TOKEN_AFTER = re.compile(r"\s*(-|[A-Za-z]+\b)")
_NO_VERB_AFTER = word_set(
    "late early later earlier ago ahead behind after before of and or but in on at to for from by with "
    "the a an more less longer shorter off"
)
# After "a second" only these words keep it a unit of time ("for a second or two"); any other word makes it
# the ordinal ("a second wave", "a second time"). "A quarter" of something is a fraction ("a quarter of the
# oil", "a quarter million").
_AFTER_A_SECOND = word_set("or and later earlier ago before after longer more of to too in at when than apart")
_ORDINAL_SECOND_AFTER = re.compile(
    r"(?i:\s+(?:or|and)\s+(?:a\s+)?(?:third|fourth|fifth|further|final|subsequent)\b"
    r"|\s*,\s+(?:(?:more|even|much|far|potentially|possibly)\s+)?"
    r"(?!(?:after|under|over|never|other|however|whatever|whenever|either|neither|rather|together|ever|per|"
    r"longer|shorter)\b)[a-z]+(?:er|est)\s+[a-z]+)"
)
_NOT_AFTER_A_QUARTER = word_set(
    "of million billion trillion mile miles point points percent inch inches century "
    # a measure in a recipe or a plot: "a quarter cup of sugar" (a web-page audit)
    "cup cups teaspoon teaspoons tablespoon tablespoons tsp tbsp ounce ounces oz pound pounds lb lbs gallon gallons "
    "liter liters litre litres acre acres turn turns"
)
_FRACTION_AFTER = re.compile(r"\s+(?:and|or|to)\s+(?:a|one)\s+(?:half|third|fifth|sixth|tenth)\b", re.IGNORECASE)
_QUARTER_CENTURY = re.compile(r"[\s-]+century\b", re.IGNORECASE)  # "a quarter century": P25Y
# "Wait a minute", "Just a second": an interjection (a PolNeAR audit) when it opens a sentence or a quotation ("he had
# to wait a minute for the bus" is a span).
_INTERJECTION = re.compile(r"(?i:(?:^|[.!?\"“‘'(]\s*|\n)(?:wait|hold\s+on|just|give\s+me)\s+)$")
_PUNCTUATION_AFTER = re.compile(r"\s*(?:[,:;.!?\"”’—–-]|$)")
# Words that make a bare plural unit part of a longer phrase ("the days after", "the first weeks before").
_NO_BARE_UNIT_AFTER = word_set(
    "the those these first last final few many several some next past coming following previous recent early "
    "late their his her its our my your all of no same other"
)


_SCHOOL_YEAR_AFTER = re.compile(
    r"\s+(?:[1-9]|1[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s+"
    r"(?:pupils?|students?|girls?|boys?|children|classes|class|groups?)\b", re.IGNORECASE
)
# A person's full name or a child's noun and a comma before a count, and a comma, dash or bracket after it: an age
# ("Baby Jean, 15 days, was pulled out"). "Phase one, 15 days, will cost", "In Haiti, 15 days, 10 hours" name no one.
_AGE_APPOSITION_BEFORE = re.compile(
    r"(?:(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’])\s*|\n\s*)(?!(?:In|On|At|For|By|From|After|Before|With|Since|During|Of|To|"
    r"The|And|But|Over|Under)\b)[A-Z][a-z]+\s+[A-Z][a-z'’-]+(?<!Day)(?<!Eve)"
    r"|(?i:\b(?:baby|son|daughter|girl|boy|infant|newborn))(?:\s+[A-Z][a-z]+)?)"
    r"\s*,\s*$"
)
_AGE_APPOSITION_AFTER = re.compile(r"\s*(?:,|\s[-–—]\s|\)|old\b)")
_OPINION_QUARTERS_BEFORE = re.compile(r"(?i:\b(?:in|from|among)\s+)$")
_OPINION_QUARTERS = re.compile(r"(?i:(?:some|certain|various|other|many)\s+quarters)")
_TIME_AFTER_QUARTERS = re.compile(r"(?i:\s+(?:of|last|this|since|in|during|through|ended|ending|\d))")


def _duration_spans(match: re.Match[str]) -> Iterator[Span]:
    number = match["num"]
    count = number_value(number)
    unit, is_time = unit_letter(match["unit"])
    fraction = bool(re.search(r"and\s+a\s+half|half|1/2|½", number, re.IGNORECASE) or match["half"])
    if fraction and number.lower().startswith(("a half", "half")):
        count, fraction = 0, True
    if count is not None and count > 100000:
        return
    if match["unit"].lower().startswith("hr") and re.fullmatch(r"\d{4}|\d{1,2}[.:]\d\d", number):
        return  # "at 1400 hrs", "22.30 hrs": a clock time, the clock rules' (a review)
    if match["old"] or (match["unit"].lower().startswith("quarter") and "-" in match[0]):
        return  # ages ("52 years old") are not durations; "three-quarters" is a fraction
    if (
        match["unit"].lower() == "year"
        and (school := _SCHOOL_YEAR_AFTER.match(match.string, match.end())) is not None
        and (number.lower() not in ("a", "an", "one") or not school[0].rstrip().endswith(("s", "children")))
    ):
        return  # "five year seven pupils": a class of a British school, "Year 7" (an audit of Guardian copy); not
        # "After a year 12 students joined" (a review)
    if (
        _AGE_APPOSITION_AFTER.match(match.string, match.end())
        and match.string[max(0, match.start() - 3) : match.start()].rstrip().endswith(",")
        and _AGE_APPOSITION_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    ):
        return  # "Elisabeth Joassaint, 15 days - buried for seven days": a baby's age (an audit of BBC pages)
    if (
        unit == "Q" and _OPINION_QUARTERS.fullmatch(match[0])
        and _OPINION_QUARTERS_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
        and not _TIME_AFTER_QUARTERS.match(match.string, match.end())
    ):
        return  # "fierce in some quarters": among some people (an audit of PolNeAR)
    if (
        number.lower() in ("a", "an")
        and match["unit"].lower() in ("minute", "second", "sec")
        and _INTERJECTION.search(match.string, max(0, match.start() - 16), match.start())
        and _PUNCTUATION_AFTER.match(match.string, match.end())
    ):
        return  # "Wait a minute: that is not true", "Just a second, please": no span of time is meant
    if (number.lower() in ("a", "an") or (number.lower() == "one" and match["unit"].lower() == "quarter")) and (
        _no_unit_after_a(match)
    ):  # "one quarter of the revenue" is a fraction as "a quarter of" is (a web-page audit)
        if (century := _QUARTER_CENTURY.match(match.string, match.end())) and unit == "Q":
            yield Span(match.start(), century.end(), fixed(Resolved("DURATION", "P25Y")), 0)
        return
    value = duration_value(count, unit, is_time, fraction)
    if re.fullmatch(r"\d+\.\d+", number) and unit in ("S", "M", "H", "D", "W", "Y"):
        value = f"PT{number}{unit}" if is_time else f"P{number}{unit}"  # "1.5 hours" -> PT1.5H
    if (
        number.lower() in ("a", "an")
        and match.start() == match.start("num")
        and _RATE_BEFORE.search(_without_aside(match.string[max(0, match.start() - 130) : match.start()]))
        and not _NO_RATE_AFTER.intersection(
            match.string[max(0, match.start() - 12) : match.start()].lower().split()[-1:]
        )
        and not _SPAN_AFTER.match(match.string, match.end())
    ):
        # "$2 million a year", "four flights a week": a rate, i.e. a TIMEX3 SET.
        yield Span(match.start(), match.end(), fixed(Resolved("SET", value)), 0)
        return
    if unit == "D" and _indefinite_one_day(match):
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", "FUTURE_REF", anchor="publication", fuzzy=True)))
        return
    start = match.start()
    if match[0][:5].lower() == "first" and _SPAN_AFTER.match(match.string, match.end()):
        start = match.start("num")  # "came first 10 years ago": the adverb, not the first ten years
    if "-" in match[0][match.start("num") - start :] and match.start("num") > start:
        start = match.start("num")  # "the eight-year" is an adjective: the determiner stays outside
    yield Span(start, match.end(), fixed(Resolved("DURATION", value, fuzzy=count is None)), 0)


# A conversion in brackets between a quantity and its rate: "40,000 barrels (1.68 million gallons/6.36 million
# liters) a day" (an audit of Reuters copy).
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)\s*")


def _without_aside(before: str) -> str:
    """The last 50 characters before a rate's unit, bracketed asides taken out ("5,000 barrels (210,000 gallons) of
    oil a day", an audit)."""
    return _ASIDE.sub(" ", before)[-50:]


def _no_unit_after_a(match: re.Match[str]) -> bool:
    """Whether "a <unit>" names no span of time: an ordinal ("a second wave", "a second-round vote"), a
    fraction ("a quarter of the oil") or a plural that belongs to a compound ("a weeks-long effort")."""
    unit = match["unit"].lower()
    if unit.endswith("s"):
        return True
    after = _TOKEN_AFTER.match(match.string, match.end())
    word = after[1].lower() if after else None
    if unit == "second":
        if _ORDINAL_SECOND_AFTER.match(match.string, match.end()):
            return True  # "a second or third wave", "a second, larger wave" (an audit of Guardian copy)
        return word is not None and (word == "-" or word not in _AFTER_A_SECOND)
    if unit == "quarter":
        # "a quarter-century" (P25Y, handled by the caller), "a quarter-point"; "between a quarter and a third"
        fraction = _FRACTION_AFTER.match(match.string, match.end()) is not None
        return word in _NOT_AFTER_A_QUARTER or word == "-" or fraction
    if unit == "minute":
        return word in _MINUTE_NOUNS  # "a minute amount of oil": the adjective (tiny)
    return False


_MINUTE_NOUNS = word_set(
    "amount amounts fraction quantity quantities trace traces portion detail details percentage part particle "
    "particles bit change changes difference differences risk chance increase decrease number dose doses"
)


def _indefinite_one_day(match: re.Match[str]) -> bool:
    """ "Islam will one day be the largest religion": between a modal and its verb, "one day" is an indefinite
    future ("the strike will last one day" is a duration)."""
    start = match.start()
    if match["num"].lower() != "one" or start != match.start("num") or match["unit"].lower() != "day":
        return False
    spans = _SPAN_WORD_BEFORE.search(match.string, max(0, start - 12), start) is not None  # "will last one day"
    if not spans and _MODAL_AFTER.match(match.string, match.end()) and not _NO_SUBJECT_BEFORE.search(
        match.string, max(0, start - 20), start
    ):
        return True  # "the bank one day might fail" (an audit of Washington Post copy)
    if not spans and _CLAUSE_END.match(match.string, match.end()) and _MODAL_IN_CLAUSE.search(
        match.string, max(0, start - 80), start
    ):
        return True  # "I hope I can be like that one day." (an audit of wire copy)
    after = _WORD_AFTER.match(match.string, match.end())
    return (
        after is not None
        and after[1] not in _NO_VERB_AFTER
        and (
            _MODAL_BEFORE.search(match.string, max(0, start - 30), start) is not None
            # "would love to one day purchase", "hopes to one day run" (an audit of web pages)
            or _WISH_TO_BEFORE.search(match.string, max(0, start - 30), start) is not None
        )
    )


def _another_unit_spans(match: re.Match[str]) -> Iterator[Span]:
    unit, is_time = unit_letter(match["unit"])
    yield Span(match.start(), match.end(), fixed(Resolved("DURATION", duration_value(1, unit, is_time, False))), 0)


def _vague_duration_spans(match: re.Match[str]) -> Iterator[Span]:
    name = next(group for group in ("unit", "within", "unit2", "ago", "spent") if match[group])
    if name == "ago":
        # (With a count before it, "three years ago", "many years ago", the "ago" rule's longer span wins.)
        unit, is_time = unit_letter(match[name])
        value = duration_value(None, unit, is_time, False)
        yield Span(match.start(), match.end(), fixed(Resolved("DURATION", value, fuzzy=True)), 0)
        return
    if name == "unit2":
        before = match.string[max(0, match.start() - 12) : match.start()].lower().split()[-1:]
        if _NO_BARE_UNIT_AFTER.intersection(before) or (before and before[0][-1:].isdigit()):
            return  # "in the days after the vote", "the first weeks before"
    unit, is_time = unit_letter(match[name])
    value = duration_value(None, unit, is_time, False)
    start = match.start() if match[0][:4].lower() == "the " else match.start(name)  # "over the years" (TimeBank)
    yield Span(start, match.end(name), fixed(Resolved("DURATION", value, fuzzy=True)), 0)


# What may follow "all day" when it is a span of time: the clause goes on or ends ("argued all day and night", "worked
# all week on the speech"); a noun after it makes it an adjective ("the all day breakfast", "All week deals").
_AFTER_A_SPAN = word_set(
    "and or but on in at to for with by from about over until till before after as while when because so the a an "
    "this that his her their its our my your of without instead yesterday today tomorrow round again too here there "
    "is was were are will would could can had has have did do does not long every each without"
)


def _noun_after(match: re.Match[str]) -> bool:
    """Whether a lower-case word that is no function word follows the match (an adjective's noun)."""
    after = _WORD_AFTER.match(match.string, match.end())
    return after is not None and after[1] not in _AFTER_A_SPAN


def _unit_long_spans(match: re.Match[str]) -> Iterator[Span]:
    letter, is_time = unit_letter(match["unit"])
    yield Span(match.start(), match.end(), fixed(Resolved("DURATION", duration_value(1, letter, is_time, False))), 1)


def _unit_or_unit_spans(match: re.Match[str]) -> Iterator[Span]:
    before = match.string[max(0, match.start() - 12) : match.start()].lower().split()[-1:]
    if _NO_BARE_UNIT_AFTER.intersection(before) or (before and number_value(before[0]) is not None):
        return  # "the days or weeks after", "two days or weeks": a longer phrase
    letter, is_time = unit_letter(match["unit"])
    value = duration_value(None, letter, is_time, False)
    yield Span(match.start(), match.end(), fixed(Resolved("DURATION", value, fuzzy=True)), 1)


_SPAN_PREPOSITION = re.compile(r"(?i:\b(?:in|for|over|within|during|throughout|of)\s+)$")


def _recent_spans(match: re.Match[str]) -> Iterator[Span]:
    """ "in recent weeks" is a vague span of time (PXW); "in recent years" a vague past (PAST_REF)."""
    direction = (match["dir"] or match["dir2"] or match["dir4"]).lower()
    future = direction.split()[0] in ("coming", "next", "upcoming", "ahead")
    unit = (match["unit"] or match["unit3"] or match["unit4"]).lower()
    spanned = _SPAN_PREPOSITION.search(match.string, max(0, match.start() - 12), match.start()) is not None
    if unit in ("hours", "minutes") and not spanned:
        return  # "the Fed's most recent minutes" (a record); "in recent hours" is a span
    # "in recent years", "the past years" (TimeBank: PAST_REF); "the past few years" is a span
    if unit in ("years", "decades") and direction in ("recent", "coming", "upcoming", "past", "last", "next"):
        value = "FUTURE_REF" if future else "PAST_REF"
        yield Span(match.start(), match.end(), fixed(Resolved("DATE", value, anchor="publication", fuzzy=True)), 1)
        return
    letter, is_time = unit_letter(unit)
    value = duration_value(None, letter, is_time, False)
    yield Span(match.start(), match.end(), fixed(Resolved("DURATION", value, fuzzy=True)), 1)


RULES: tuple[Rule, ...] = (
    Rule(
        "duration",
        re.compile(
            r"(?i:\b(?:(?:the\s+(?:past|last|next|first|previous|coming|final|latest|following|remaining)|another|"
            # "his first 100 days", "In First 100 Days" (a headline)
            r"first(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred)\S*\s+\S)|"
            r"the(?=\s+\S+\s))\s+)?"
            rf"(?P<num>{NUMBER})(?:\s+more)?[\s-]+(?:(?:additional|extra|straight|consecutive|full|trading|"
            # "seven contentious hours of testimony": a word that tells what the time was like
            r"business|working|calendar|long|short|hard|tough|brutal|difficult|tense|anxious|busy|hectic|bloody|"
            r"violent|quiet|dramatic|critical|crucial|fateful|terrible|tumultuous|turbulent|contentious|grueling|"
            r"gruelling|agonizing|agonising|painful|frantic|chaotic|happy|wonderful|remaining|intervening|nervous|whole|"
            r"entire)\s+)?"
            rf"(?P<unit>{UNIT_PLURAL})\b(?P<half>\s+and\s+a\s+half\b)?"
            r"(?P<old>[\s-]+olds?\b)?)"
        ),
        _duration_spans,
    ),
    Rule(
        # "closed for another day": one more of the unit ("another three days" is the duration rule's)
        "another_unit",
        # not "Tomorrow is another day", "on another day" (some other day, a review)
        re.compile(
            r"(?i:(?<!\bis\s)(?<!\bwas\s)(?<!\bon\s)(?<!\bbe\s)\banother\s+"
            r"(?P<unit>minute|hour|day|night|week|month|year|decade)\b(?!['’-]))"
        ),
        _another_unit_spans,
    ),
    Rule(
        "vague_duration",
        re.compile(
            # "for a period of months" (an audit of PolNeAR)
            r"(?i:\b(?:for|over|in|take|took|takes|lasted|last|a\s+(?:period|matter|span)\s+of|(?<=\bover\s)the)\s+"
            r"(?:(?:potentially|possibly|perhaps|probably|maybe|"
            r"even|only|just|mere)\s+)?(?P<unit>days|weeks|months|years|decades|hours|minutes)\b(?!\s+(?:ago|of)\b)"
            # "hours of testimony" is a quantity of something; "within hours of the first case" a span of time.
            r"|\bwithin\s+(?:(?:just|only|mere)\s+)?(?P<within>days|weeks|months|years|decades|hours|minutes)\b(?!\s+ago\b)"
            # "months ago" (TimeBank: DURATION PXM)
            r"|\b(?P<ago>days|weeks|months|years|decades)\s+ago\b"
            # "After decades of use", "follows months of talks", "Years of combat have shaped her": time spent on
            # something (TimeBank tags "months of", "days of swelling"); "hours of testimony" is an amount of it
            r"|(?:\b(?:after|following|follows|followed|amid|despite|ending|ended|capping|capped|has|have|"
            # "Since years of loose lending", "burned by years of cheerleading", "Greece faces years of deflation"
            r"had|having|with|spent|spend|spends|spending|since|by|through|faces|face|facing|endured|suffered|"
            r"survived)\s+"
            r"|(?:^|(?<=[.!?\n\"“]\s)|(?<=[\n\"“]))(?-i:(?=[A-Z])))(?P<spent>days|weeks|months|years|decades)"
            # not "with days of the week", "Years of the Dragon"
            r"(?=\s+of\s+(?-i:[a-z]))(?!\s+of\s+the\b)"
            # "returned minutes later", "Days after the vote": a vague span (TimeBank: "A few days" later)
            r"|\b(?:(?:just|only|mere)\s+)?(?P<unit2>days|weeks|months|years|hours|minutes)"
            r"(?=\s+(?:later|earlier|after|afterwards?|before)\b))"
        ),
        _vague_duration_spans,
    ),
    Rule(
        # "the yearlong battle", "a month-long strike", "an hour-long speech": one of the unit, as an adjective
        "unit_long",
        re.compile(r"(?i:(?<![\w-])(?P<unit>year|month|week|day|decade|hour|night)-?long\b(?!-))"),
        _unit_long_spans,
    ),
    Rule(
        # "fighting a rear-guard action all year", "worked all week", "argued all day long" (an audit of PolNeAR):
        # the whole of one unit; not "all day-care centres", "all year 9 pupils"
        "all_unit",
        re.compile(r"(?i:\ball\s+(?P<unit>year|month|week|day)(?:\s+long)?\b(?![-’'\w]|\s+\d))"),
        lambda match: iter(()) if _noun_after(match) else _unit_long_spans(match),
    ),
    Rule(
        # "weeks or months away", "days or weeks" (TimeBank: "weeks or months" one PXW)
        "unit_or_unit",
        re.compile(
            r"(?i:\b(?P<unit>hours|days|weeks|months|years)\s+or\s+(?:hours|days|weeks|months|years|decades)\b"
            r"(?!\s+(?:ago|earlier|later)\b))"
        ),
        _unit_or_unit_spans,
    ),
    Rule(
        "recent",
        re.compile(
            r"(?i:\b(?:the\s+)?(?P<dir>recent|past\s+few|last\s+few|coming|next\s+few|upcoming)\s+"
            r"(?P<unit>hours|minutes|days|weeks|months|years|decades)\b"  # "in recent hours" (PTXH)
            # "in the weeks ahead", "the days and weeks ahead" (an audit of PolNeAR): the coming ones
            r"|\bthe\s+(?:(?:days|weeks|months)\s+and\s+)?(?P<unit4>days|weeks|months|years)\s+(?P<dir4>ahead)\b"
            # "during the past months" (a poll's wording); not "the last days of the campaign" (a time of it)
            r"|\bthe\s+(?P<dir2>past|last|next)\s+(?P<unit3>days|weeks|months|years|decades)\b(?!\s+of\b))"
        ),
        _recent_spans,
    ),
)
