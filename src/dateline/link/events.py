"""Same-event merging: reports of one happening from several articles become one timeline entry.

A report is one analysed event of one article. Two reports are the same happening when their dates
are compatible (the intervals overlap), their actors overlap, and they are of the same kind with
similar wording, or share a number and close wording (outlets name the same act differently:
"threatened tariffs within 50 days" / "gave a 50-day deadline").
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from itertools import islice

from dateline.link.duplicates import folded
from dateline.link.grouping import grouping_day
from dateline.link.overlaps import overlapping_pairs
from dateline.link.text import content_words, ends_as_question, overlap
from dateline.records import ANALYSED_CHARS, Event, Precision, Sentence, SourceRef, StoredArticle, TimelineEntry
from dateline.temporal import timex_interval

SAME_KIND_WORDING = 0.12  # word overlap two same-kind reports need to be one happening
CROSS_KIND_WORDING = 0.2  # ... and reports of different kinds, which must also share a number
# Two outlets' reports with no actor in common must be worded more alike to be one happening: the entry then says
# both outlets told it, and across outlets the words a story's coverage shares ("swine flu", "outbreak") join
# unrelated sentences. A user test's three-outlet H1N1 timeline had entries of 31 sentences ("one was expected to
# go", Spain, Israel and readers' comments under BBC, Guardian and Reuters) in its top ten. One outlet's reports
# keep SAME_KIND_WORDING: on single-outlet stories the stricter rule cost Timeline17 --top AR-1 (dev 0.130 -> 0.106).
UNSHARED_ACTORS_WORDING = 0.25
# Two sentences of one article are usually two happenings; only a near repetition is one.
SAME_ARTICLE_WORDING = 0.5
# One word in common is no evidence, however short the sentences: "he will go to work for you" and "Last week proved
# that the Second Amendment works" share 1 of 4 words (a user test's top ten merged such quotations).
MIN_SHARED_WORDS = 2
# A report joins a group when it matches the group's first report or this share of its members (see group_reports).
GROUP_SHARE = 0.5
MIN_WORDING = min(SAME_KIND_WORDING, CROSS_KIND_WORDING, SAME_ARTICLE_WORDING)
GENERIC_KIND = "OTHER"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Where the date came from, most trustworthy first: an explicit expression beats a default.
_DATE_SOURCE_RANK = {"expression": 0, "sentence": 1, "publication": 2, "none": 3}


@dataclass(frozen=True)
class Report:
    """One article's report of an event, with what matching needs precomputed."""

    article_id: int
    outlet: str | None
    url: str | None
    event: Event
    interval: tuple[date, date] | None
    words: frozenset[str]
    numbers: frozenset[str]
    # The article's publication day when it is known to the day (None: unknown or only a range).
    published: date | None = None
    # The words the date was read from when they count from the publication day ("last month"), folded.
    relative_date: str | None = None
    # The date was read from another act the clause is told after or before ("sank after an explosion on April
    # 20"): the nearest date there is, but only a bound of this one.
    date_of_other_act: bool = False
    # The sentence's words that most of the story's articles use ("oil", "spill", "gulf" in a story of the BP spill):
    # two outlets' reports sharing only these are not one happening for it (see same_happening).
    theme_words: frozenset[str] = frozenset()
    # The act is told as done and dated by its page alone, so it happened by the page's day, perhaps the day before
    # (see ``reach``).
    lagged: bool = False

    @property
    def reach(self) -> tuple[date, date] | None:
        """The days the report may tell: its dates, and for a lagged report also the REPORT_LAG_DAYS before its
        page's day, which only another outlet's report of the same act may take it to (see same_happening)."""
        if self.interval is None or not self.lagged:
            return self.interval
        return (self.interval[0] - timedelta(days=REPORT_LAG_DAYS), self.interval[1])

    @cached_property
    def actors(self) -> frozenset[str]:
        """The actor keys the event involves (kept: matching asks for them many times)."""
        return frozenset(k for k in (self.event.actor_key, self.event.target_key) if k)

    @cached_property
    def clause_words(self) -> tuple[str, ...]:
        """The content words of the event's own clause (its summary), not of the whole sentence, in order, each
        once."""
        return tuple(dict.fromkeys(content_words(self.event.summary or "")))

    @property
    def span_days(self) -> int:
        """How wide the date is, in days (smaller is more precise)."""
        return (self.interval[1] - self.interval[0]).days if self.interval else 1_000_000

    def source(self) -> SourceRef:
        """The traceable reference kept on the timeline entry."""
        return SourceRef(self.article_id, self.outlet, self.url, self.event.sentence)


def collect_reports(articles: Sequence[StoredArticle]) -> list[Report]:
    """Every dated event of the articles as a report."""
    reports = []
    theme = theme_words(articles)
    # Clauses of one sentence, and sentences repeated across articles, are read once.
    words_of: dict[str, frozenset[str]] = {}
    for stored in articles:
        published = stored.article.published
        day = published.earliest if published and published.earliest == published.latest else None
        relative = {
            (t.start, t.value): t.text.casefold() for t in stored.analysis.times if t.anchor == "publication"
        }
        after_acts = {
            (t.start, t.value) for t in stored.analysis.times
            if _AFTER_ACT.search(stored.article.text, max(0, t.start - AFTER_ACT_REACH), t.start)
        }
        sentences = {s.index: s for s in stored.analysis.sentences}  # by index: blank sentences are not stored
        for event in stored.analysis.events:
            interval = timex_interval(event.date) if event.date else None
            if event.sentence not in words_of:
                words_of[event.sentence] = frozenset(content_words(event.sentence))
            reports.append(
                Report(
                    article_id=stored.id,
                    outlet=stored.article.outlet,
                    url=stored.article.url,
                    event=event,
                    interval=interval,
                    words=words_of[event.sentence],
                    numbers=frozenset(_NUMBER.findall(event.sentence)),
                    published=day,
                    relative_date=_relative_date(event, sentences, relative),
                    date_of_other_act=_date_of_other_act(event, sentences, after_acts),
                    theme_words=words_of[event.sentence] & theme,
                    lagged=interval is not None and _told_done_by_page(event, interval),
                )
            )
    return _first_printing_dates(reports)


# A report of an act told as done and dated only by its page may tell what happened this many days before the page
# (the evening before a morning paper): "A powerful earthquake has hit Haiti" printed on 13 January is the quake of
# the 12th (a fact-checker's audit found it on three days).
REPORT_LAG_DAYS = 1
ASSERTED = frozenset({"happened", "reported"})  # modalities of what a report tells as done (as fact)


def _told_done_by_page(event: Event, interval: tuple[date, date]) -> bool:
    """Whether the event is an act told as done, dated to the day by its page alone: told in the past or the
    perfect ("has hit", "were killed"), not in the present ("BP shares fall" on the page of the 30th is the 30th's
    fall, not the 29th's; an analysis stored before the tense was kept, ``past`` None, is taken as told)."""
    return (
        event.date_source == "publication" and event.modality in ASSERTED and event.past is not False
        and interval[0] == interval[1]
    )


# A word is the story's theme when this share of its articles use it, and at least THEME_MIN_ARTICLES of them; a
# story of fewer articles has no theme words (two pages of one event share most of their words).
THEME_SHARE = 0.3
THEME_MIN_ARTICLES = 3
THEME_STORY_ARTICLES = 6
# ... and only a story told over this many days has happenings its theme does not tell apart: the coverage of one
# day's event shares the event's words (ECB+ event coreference: cross-document links' recall 0.023 -> 0.006 with
# theme words for every story of six articles).
THEME_STORY_DAYS = 7


def theme_words(articles: Sequence[StoredArticle]) -> frozenset[str]:
    """The words most of a story's articles use: its theme, which tells none of its happenings apart."""
    # A reprint's edits are no article of their own: counted, one wire story printed five times over a week would
    # make all its words the theme (and the story long enough to have one).
    originals = [stored for stored in articles if stored.duplicate_of is None]
    days = [day for stored in originals if (day := grouping_day(stored.article.published)) is not None]
    if len(originals) < THEME_STORY_ARTICLES or not days or (max(days) - min(days)).days < THEME_STORY_DAYS:
        return frozenset()
    counts: Counter[str] = Counter()
    for stored in originals:
        counts.update(_article_words(stored))
    least = max(THEME_MIN_ARTICLES, THEME_SHARE * len(originals))
    return frozenset(word for word, n in counts.items() if n >= least)


_ARTICLE_WORDS: dict[tuple[str, int], frozenset[str]] = {}
_ARTICLE_WORDS_SIZE = 20_000


def _article_words(stored: StoredArticle) -> frozenset[str]:
    """An article's content words, read once per text (a timeline is rebuilt after every ingest into its story)."""
    key = (stored.content_hash, len(stored.article.text))
    words = _ARTICLE_WORDS.get(key)
    if words is None:
        if len(_ARTICLE_WORDS) >= _ARTICLE_WORDS_SIZE:
            _ARTICLE_WORDS.pop(next(iter(_ARTICLE_WORDS)))
        words = _ARTICLE_WORDS[key] = frozenset(content_words(stored.article.text[:ANALYSED_CHARS]))
    return words


# How long after its first printing an outlet's identical sentence is the same page printed again; later, a short
# sentence ("The hearing was adjourned.") more likely tells another happening in the same words (a review).
REPRINT_DAYS = 3


def _first_printing_dates(reports: list[Report]) -> list[Report]:
    """Reports whose date an outlet's earlier printing of the same sentence already gave, re-dated to it.

    An updated page or a live blog carried over to the next day prints a sentence again: dated by the new
    publication day (or by words counting from it, "on Tuesday"), it would be a new entry on each day the page
    was published (a user test found a BBC page's sentences under three days). The first printing reports it;
    an explicit date ("on April 20") gives every printing the same day anyway. Only within REPRINT_DAYS of the
    first printing.
    """
    first: dict[tuple[str, str, str, str], tuple[date, Report]] = {}  # the first printing and its day, per clause
    redated: dict[int, Report] = {}
    order = sorted(range(len(reports)), key=lambda i: (reports[i].published or date.max, reports[i].article_id))
    for i in order:
        report = reports[i]
        if report.outlet is None or report.published is None or report.interval is None:
            continue
        event = report.event
        key = (report.outlet, folded(event.sentence), event.predicate, event.summary)
        printed, earlier = first.setdefault(key, (report.published, report))
        from_publication = event.date_source == "publication" or report.relative_date is not None
        if 0 < (report.published - printed).days <= REPRINT_DAYS and from_publication:
            when = replace(event, date=earlier.event.date, precision=earlier.event.precision,
                           date_source=earlier.event.date_source)
            redated[i] = replace(report, interval=earlier.interval, event=when, lagged=earlier.lagged)
    return [redated.get(i, report) for i, report in enumerate(reports)]


def _read_from(
    event: Event, sentences: Mapping[int, Sentence], expressions: Iterable[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Of ``expressions`` ((start, value) of time expressions), those the event's date may have been read from: in
    its sentence, with its value."""
    sentence = sentences.get(event.sentence_index)
    if event.date_source != "expression" or not event.date or sentence is None:
        return []
    return [(start, value) for start, value in expressions
            if value == event.date and sentence.start <= start < sentence.end]


def _relative_date(
    event: Event, sentences: Mapping[int, Sentence], relative: Mapping[tuple[int, str], str]
) -> str | None:
    """The words of the event's sentence its date was read from, when they count from the publication day."""
    found = _read_from(event, sentences, relative)
    return relative[found[0]] if len(found) == 1 else None


# Another act named between "after" (before, following, prior to) and the date, on one line and in one clause:
# "after an explosion on April 20", "before a vote in the Senate on May 3" (at most four words, then "on" or "of"),
# or the date as the act's premodifier, "after the April 20 explosion". Not "since April 20", nor "before dawn on
# April 20": those date the clause's own act (a review).
AFTER_ACT_REACH = 60
_AFTER_ACT = re.compile(
    r"\b(?:after|before|following|prior[ \t]+to)[ \t]+"
    r"(?:(?:the|an?|its|their|his|her|this|that)[ \t]+$"
    r"|(?!(?:dawn|midnight|noon|daybreak|sunrise|sunset|nightfall|that|then)\b)"
    r"(?:[\w'’-]+[ \t]+){1,4}(?:on|of)[ \t]+$)",
    re.IGNORECASE,
)


def _date_of_other_act(event: Event, sentences: Mapping[int, Sentence], after_acts: set[tuple[int, str]]) -> bool:
    """Whether the event's date was read, in its own sentence, from an expression told after or before another act
    ("sank off Louisiana after an explosion on April 20")."""
    return bool(_read_from(event, sentences, after_acts))


def dates_compatible(a: Report, b: Report) -> bool:
    """Whether the two reports' date intervals overlap (an undated report fits any date)."""
    if a.interval is None or b.interval is None:
        return True
    return a.interval[0] <= b.interval[1] and b.interval[0] <= a.interval[1]


def same_subject(a: Report, b: Report) -> bool:
    """Whether two reports speak of one happening, dates and modality aside."""
    if a.article_id == b.article_id and a.event.sentence_index == b.event.sentence_index:
        # Clauses of one sentence on one date are one happening told once ("X said Y would Z").
        return True
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    if len(a.words & b.words) < MIN_SHARED_WORDS and not a.actors & b.actors:
        return False  # with an actor in common one word may do: "Obama resigns." / "Obama resigned." (a review)
    wording = overlap(a.words, b.words)
    if a.article_id == b.article_id and wording < SAME_ARTICLE_WORDING:
        return False
    if a.article_id != b.article_id and same_act_on_told_day(a, b):
        return True
    if a.outlet != b.outlet and wording < UNSHARED_ACTORS_WORDING and (
        not (a.actors & b.actors) or (_publication_dated(a) and _publication_dated(b))
    ):
        return False
    if a.event.kind == b.event.kind:
        return wording >= SAME_KIND_WORDING
    return bool(a.numbers & b.numbers) and wording >= CROSS_KIND_WORDING


# Verbs that name no one act: two reports of "said on Monday" or "was on Monday" are not one happening for it.
UNSPECIFIC_PREDICATES = frozenset({
    "be", "have", "do", "say", "tell", "state", "announce", "report", "add", "note", "make", "take", "get", "go",
    "come", "give", "see", "continue", "begin", "start", "remain", "become", "expect", "want", "need", "include",
    "call", "show", "put", "keep", "hold", "meet", "speak", "ask", "write", "confirm", "describe", "believe",
    "think", "know", "plan", "try", "seem", "appear", "work", "use", "find", "look", "let", "happen",
})  # fmt: skip
# Clause words two such reports must share (the verb's subject or object with it: "rig sank").
SAME_ACT_CLAUSE_WORDS = 2
# ... and the share of the shorter clause's words they must be: a verb and one noun in common are most of "An oil
# drilling rig sank", but not of "A car bomb killed 20 people in a crowded market" beside "A roadside bomb killed
# three soldiers on a patrol" (two bombings, one entry in a review) or of two arrests of other people by police.
SAME_ACT_CLAUSE_SHARE = 0.5
# A report's act is looked up among the first this many groups that tell it on the day, and each group keeps this
# many of its members of the act for it: a story's day with thousands of reports of one verb ("kill") compared each
# with every earlier group of it (4,000 such reports took 27 s to group, 1.7 s without the lookup).
SAME_ACT_GROUPS = 8
SAME_ACT_MEMBERS = 8


def same_act_on_told_day(a: Report, b: Report) -> bool:
    """Whether two articles tell one act on a day both name: the same verb of a specific act, each dated by its own
    words to the same day, two words of their clauses in common and half the shorter clause's, in one order ("An
    oil drilling rig sank on Thursday" / "Transocean Ltd's Deepwater Horizon rig sank on April 22"; not "A fishing
    boat sank on Thursday near the rig"), no two places and no two sets of figures. Their sentences' other words
    differ as much as outlets' wording does: a user test's BP story told the sinking in five entries."""
    act = _act_key(a)
    return act is not None and act == _act_key(b) and _same_act(a, b)


def _same_act(a: Report, b: Report) -> bool:
    """Whether two reports of one specific verb tell one act: half the shorter clause's words (two at least) in
    common, in one order, no two places and no two sets of figures (see same_act_on_told_day)."""
    if a.event.predicate != b.event.predicate or not a.event.predicate or a.event.predicate in UNSPECIFIC_PREDICATES:
        return False
    if a.event.location and b.event.location and a.event.location != b.event.location:
        return False
    if _figures_differ(a.event, b.event):
        return False  # "killed 20 people" / "killed three soldiers": two acts, or a disagreement the wording decides
    shared = set(a.clause_words) & set(b.clause_words)
    shorter = min(len(a.clause_words), len(b.clause_words))
    if len(shared) < max(SAME_ACT_CLAUSE_WORDS, SAME_ACT_CLAUSE_SHARE * shorter):
        return False
    # In one order: the same words in the same roles ("rig sank" / "rig sank", not "rig sank" / "boat sank near the
    # rig").
    return [w for w in a.clause_words if w in shared] == [w for w in b.clause_words if w in shared]


def _figures_differ(a: Event, b: Event) -> bool:
    """Whether both clauses give figures and none of them in common ("20 people" / "3 soldiers")."""
    mine, theirs = ({value.replace(",", "") for _, value in e.numbers} for e in (a, b))
    return bool(mine) and bool(theirs) and not mine & theirs


def _publication_dated(report: Report) -> bool:
    """Whether the report's date is only its article's publication day (no words of its sentence date it)."""
    return report.event.date_source == "publication"


def _only_theme_words(a: Report, b: Report) -> bool:
    """Whether two outlets' reports have only the story's common words in common, and nothing else ties them: not one
    explicit day ("since 20 April, when an explosion ... killed 11", "an April 20 explosion ... that killed 11
    workers") nor one doer of both ("Hayward resigned" / "Hayward is out"; a place they both name is no tie: "oil
    found on beaches ... from Louisiana" / "Louisiana's governor"). A user test of a BP spill story found 2 of 3 entries
    with several outlets joined through "oil", "spill", "gulf", "coast" alone."""
    if (a.words & b.words) - (a.theme_words | b.theme_words):
        return False
    one_day = (
        a.event.date_source == "expression" and b.event.date_source == "expression" and a.interval == b.interval
        and a.interval is not None and a.interval[0] == a.interval[1]
    )
    same_doer = a.event.actor_key is not None and a.event.actor_key == b.event.actor_key
    return not one_day and not same_doer


def same_happening(a: Report, b: Report) -> bool:
    """Whether two reports are one happening: same subject, compatible dates, both asserted; or one outlet's
    page-dated report of an act another outlet dates to the day before the page (see _same_act_a_day_before)."""
    asserted = a.event.modality != "negated" and b.event.modality != "negated"
    # (the theme rule is merging's only: "killed 11 workers" / "killed 12 workers" share nothing but the story's
    # words, and are exactly the disagreement conflicts must still find)
    if not asserted:
        return False
    if not dates_compatible(a, b):
        return _same_act_a_day_before(a, b)
    return same_subject(a, b) and not (a.outlet != b.outlet and _only_theme_words(a, b))


def _same_act_a_day_before(a: Report, b: Report) -> bool:
    """Whether one outlet's page tells, undated, the act another outlet dates to the day before it ("A powerful
    earthquake has hit Haiti" printed on the 13th, "... hit Haiti on Tuesday", the 12th): told in the same words,
    as same_act_on_told_day asks. Not within one outlet: its next day's report is often its follow-up (tried with
    this same test, it cost Timeline17 `--top` development AR-1 0.146 -> 0.137)."""
    lagged, dated = (a, b) if a.lagged else (b, a)
    if not lagged.lagged or dated.lagged or dated.event.date_source not in _OWN_WORDS:
        return False  # two pages' undated reports of consecutive days (a user test: "Others die as a result" /
        # "Between 3 and 5 million people ... die as a result") are no evidence of one day
    if dated.event.modality not in ASSERTED or dated.date_of_other_act:
        return False  # a day of a plan or of its telling ("said on Monday it would close"), or only a bound ("after
        # a stabbing on Saturday"), is not the day the act was done (a review: "has closed its nursery" joined "said
        # it would be closed for a few days", dated by the saying)
    if (named := _named(a)) and (other := _named(b)) and not named & other:
        return False  # who or where, told by both, differs: "Haley Barbour declared a state of emergency" / "Bobby
        # Jindal has declared ...", "Alleyn's school closed" / "Some schools have been closed in New York City"
    if a.outlet == b.outlet or lagged.reach is None or dated.interval is None:
        return False
    if not lagged.reach[0] <= dated.interval[0] == dated.interval[1] <= lagged.reach[1]:
        return False
    return _same_act(a, b)


_OWN_WORDS = frozenset({"expression", "sentence"})  # date sources of a sentence's own words


def _named(report: Report) -> frozenset[str]:
    """Who and where a report names: its actors and its place."""
    return report.actors | ({report.event.location} if report.event.location else frozenset())


def group_reports(reports: Sequence[Report], wordings: Wordings | None = None) -> list[list[Report]]:
    """Group reports into happenings, most precise first so each group's date is its sharpest.

    A report joins the first group whose dates all fit its own and that it belongs to: it is one happening
    with the group's first (most precise) report or with at least half of its members, or it is another
    clause of a member's sentence. Matching any one member instead let reports chain through the words a
    busy day's coverage shares: a user test found an entry of 371 sentences about flu on 2009-04-28 of a
    three-outlet H1N1 story (now at most 54 on any day; docs/stories.md says what it does to --top). Only
    groups holding a report worded alike enough to match are tried (found for all reports at once, see
    :class:`AlikeReports`), members alike in all that matching reads are tried once for all (:class:`_Kin`:
    copies of a wire sentence), and a group's dates are checked against the common part of its members'
    dates, so a story of thousands of reports is grouped in seconds.
    """
    ordered = [r for r in sorted(reports, key=_precision_key) if r.event.modality != "negated"]
    alike = AlikeReports.of(ordered, wordings)
    groups: list[list[Report]] = []
    cores: list[tuple[date, date] | None] = []
    # Per distinct wording, the groups its reports went to, as kin: one sentence printed by many articles is one
    # lookup and, where its copies read alike, one comparison.
    placed: dict[int, dict[int, dict[tuple[object, ...], _Kin]]] = defaultdict(dict)
    by_sentence: dict[tuple[int, int], set[int]] = defaultdict(set)
    # Per act on a told day (see same_act_on_told_day), the groups its reports went to, with their wordings: such
    # reports may be worded too differently for AlikeReports to pair them.
    by_act: dict[tuple[str, date], dict[int, list[tuple[Report, int]]]] = defaultdict(dict)
    for position, report in enumerate(ordered):
        sentence = (report.article_id, report.event.sentence_index)
        candidates: dict[int, list[_Kin]] = defaultdict(list)  # each group's members worded alike, as kin
        alike_wordings = alike.wordings_alike(position)
        for wording in alike_wordings:
            for number, kin in placed.get(wording, {}).items():
                candidates[number].extend(kin.values())
        act = _act_key(report)
        # The act's reports of each group not worded alike (those are counted as kin already), of its first groups.
        acts = {
            n: [m for m, wording in members if wording not in alike_wordings]
            for n, members in (islice(by_act[act].items(), SAME_ACT_GROUPS) if act else ())
        }
        clauses = by_sentence.get(sentence, set())
        pool = sorted(candidates.keys() | clauses | acts.keys())
        chosen = next(
            (n for n in pool
             if ((fits := _fits_core(report.interval, cores[n])) and n in clauses)
             or (fits and _belongs(report, groups[n], candidates[n], acts.get(n, ())))),
            None,
        )
        if chosen is None and report.lagged:
            # The day before its page only when no group of its own day takes it: where two outlets name two days,
            # the page's own day wins, not whichever group came first.
            chosen = next(
                (n for n in pool if _fits_core(report.reach, cores[n])
                 and _belongs(report, groups[n], candidates[n], acts.get(n, ()))),
                None,
            )
        number = len(groups) if chosen is None else chosen
        if number == len(groups):
            groups.append([])
            cores.append(None)
        groups[number].append(report)
        # A lagged report that joined the day before its page (see _same_act_a_day_before) narrows the group to it.
        cores[number] = _narrowed(
            cores[number], report.interval if _fits_core(report.interval, cores[number]) else report.reach
        )
        kin = placed[alike.wording[position]].setdefault(number, {})
        kin.setdefault(_likeness(report), _Kin()).add(report)
        by_sentence[sentence].add(number)
        if act and len(members := by_act[act].setdefault(number, [])) < SAME_ACT_MEMBERS:
            members.append((report, alike.wording[position]))
    return groups


def _act_key(report: Report) -> tuple[str, date] | None:
    """The act and told day a report could be matched on by same_act_on_told_day, if any."""
    event, interval = report.event, report.interval
    if event.date_source != "expression" or event.predicate in UNSPECIFIC_PREDICATES or report.date_of_other_act:
        return None
    if interval is None or interval[0] != interval[1] or not event.predicate:
        return None
    return event.predicate, interval[0]


@dataclass
class _Kin:
    """Members of one group with one wording that matching reads alike (kind, actors, numbers, dates): a report
    is one happening with all of them or none, except those of its own article (one article's two sentences
    need more overlap), which are counted apart."""

    members: list[Report] = field(default_factory=list)
    articles: Counter[int] = field(default_factory=Counter)

    def add(self, report: Report) -> None:
        self.members.append(report)
        self.articles[report.article_id] += 1

    def matching(self, report: Report) -> int:
        """How many of these members the report is one happening with."""
        mine = self.articles.get(report.article_id, 0)
        found = 0
        if mine < len(self.members):
            other = next(m for m in self.members if m.article_id != report.article_id)
            found += len(self.members) - mine if same_happening(report, other) else 0
        if mine:
            own = next(m for m in self.members if m.article_id == report.article_id)
            found += mine if same_happening(report, own) else 0
        return found


def _likeness(report: Report) -> tuple[object, ...]:
    """What same-event matching reads of a report besides its words and article: reports of one wording alike
    in these match the same reports."""
    return (report.event.kind, report.actors, report.numbers, report.interval)


def _belongs(
    report: Report, group: Sequence[Report], alike_kin: Iterable[_Kin], same_act: Iterable[Report] = ()
) -> bool:
    """Whether the report is one happening with the group's first report or with half its members or more
    (of which only ``alike_kin``, the members worded alike, and ``same_act``, members of the same act on the
    same told day worded otherwise, can be)."""
    if same_happening(report, group[0]):
        return True
    needed = max(1, math.ceil(len(group) * GROUP_SHARE))
    found = 0
    for kin in alike_kin:
        found += kin.matching(report)
        if found >= needed:
            return True
    for member in same_act:
        found += same_happening(report, member)
        if found >= needed:
            return True
    return False


@dataclass(frozen=True)
class AlikeReports:
    """Which reports are worded alike enough to be one happening.

    ``same_subject`` needs at least MIN_WORDING of word overlap, except between clauses of one sentence
    (which callers match apart), so any pair this leaves out is not one happening. Reports are compared by
    their distinct wordings (word sets), all at once (``overlaps.overlapping_pairs``): a sentence printed by
    many articles is compared once.
    """

    wording: list[int]  # each report's wording number
    holders: dict[int, list[int]]  # each wording's reports
    neighbours: Sequence[set[int]]  # each wording's alike wordings (itself included unless it has no words)

    @classmethod
    def of(cls, reports: Sequence[Report], wordings: Wordings | None = None) -> AlikeReports:
        """The alike wordings of these reports (``wordings``: computed once for a superset of their wordings)."""
        known = wordings if wordings is not None else Wordings.of(report.words for report in reports)
        wording = [known.number[report.words] for report in reports]
        holders: dict[int, list[int]] = {}
        for position, number in enumerate(wording):
            holders.setdefault(number, []).append(position)
        return cls(wording, holders, known.neighbours)

    def wordings_alike(self, position: int) -> set[int]:
        """The wordings alike the report at ``position``."""
        return self.neighbours[self.wording[position]]

    def reports_alike(self, position: int) -> Iterator[int]:
        """The reports alike the one at ``position`` (itself included when it has words)."""
        for number in self.wordings_alike(position):
            yield from self.holders.get(number, ())


@dataclass(frozen=True)
class Wordings:
    """Distinct wordings (word sets), numbered, with the ones alike each (word overlap >= MIN_WORDING)."""

    number: dict[frozenset[str], int]
    neighbours: list[set[int]]

    @classmethod
    def of(cls, word_sets: Iterable[frozenset[str]]) -> Wordings:
        """Number the distinct word sets and find the alike ones, all at once (sparse products)."""
        number: dict[frozenset[str], int] = {}
        for words in word_sets:
            number.setdefault(words, len(number))
        neighbours = overlapping_pairs(list(number), MIN_WORDING)
        for words, n in number.items():
            if words:
                neighbours[n].add(n)  # one sentence printed twice: overlap 1
        return cls(number, neighbours)


def _fits_core(reach: tuple[date, date] | None, core: tuple[date, date] | None) -> bool:
    """Whether a report's dates (its ``reach``) overlap every member's, given the members' common part ``core``:
    intervals overlap all of a set exactly when they start before the earliest end and end after
    the latest start."""
    if reach is None or core is None:
        return True
    return reach[0] <= core[1] and core[0] <= reach[1]


def _narrowed(core: tuple[date, date] | None, interval: tuple[date, date] | None) -> tuple[date, date] | None:
    """The latest start and earliest end of a group's dated members, with one more member's dates."""
    if interval is None:
        return core
    if core is None:
        return interval
    return (max(core[0], interval[0]), min(core[1], interval[1]))


def _precision_key(report: Report) -> tuple[int, int, int, int]:
    return (
        report.span_days,
        _DATE_SOURCE_RANK.get(report.event.date_source, 3),
        report.article_id,
        report.event.start,
    )


_PRONOUN_START = re.compile(
    r"(?:it|he|she|they|this|that|these|those|there|we|i|you|themselves|itself|himself|herself|others?)\b",
    re.IGNORECASE,
)
WEAK_SUMMARY_WORDS = 4  # "It began", "it emerged", "she said": a pronoun and a verb tell nothing
BARE_SUMMARY_WORDS = 2  # "Trouble began": a subject and a verb, whatever the subject


def _summary_key(report: Report) -> tuple[bool, tuple[int, int, int, int]]:
    """Order of reports to headline an entry: the precision order, but a weak summary only when no other report
    of that date says more: a pronoun and a word or three ("It began"), a bare subject and verb ("Trouble
    began"), or a question ("Have the deaths in Mexico been hyped?")."""
    summary = (report.event.summary or report.event.sentence).strip()
    words = len(summary.split())
    weak = (
        (_PRONOUN_START.match(summary) is not None and words <= WEAK_SUMMARY_WORDS)
        or words <= BARE_SUMMARY_WORDS
        or ends_as_question(report.event.sentence)
        or _ends_without_what(summary, report.event.predicate)
    )
    return weak, _precision_key(report)


# Verbs that tell nothing without what they take: what was said, hoped, expected.
_VERBS_NEEDING_WHAT = frozenset({
    "say", "tell", "note", "add", "explain", "insist", "warn", "stress", "argue", "claim", "acknowledge", "admit",
    "comment", "hope", "expect", "want", "believe", "think", "fear", "plan", "wish",
})  # fmt: skip
_IRREGULAR_FORMS = {"say": ("said",), "tell": ("told",), "think": ("thought",)}


def _ends_without_what(summary: str, predicate: str | None) -> bool:
    """Whether a summary ends on its verb of saying or hoping, without what was said or hoped: "Thad Allen noted",
    "The oil giant is hoping" (a user test's BP top ten had both, where another outlet's report said what)."""
    if not predicate or predicate not in _VERBS_NEEDING_WHAT:
        return False
    last = summary.rstrip(" .,;:!\"'”’").rsplit(" ", 1)[-1].lower()
    return last in _verb_forms(predicate)


def _verb_forms(lemma: str) -> frozenset[str]:
    """The forms a verb of _VERBS_NEEDING_WHAT ends a clause in: "note", "notes", "noted", "noting"; "plan", "planned"
    (not any word of its first three letters: "warned of war", "plans to close the plant" say what)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma + _DOUBLED.get(lemma, "")
    return frozenset({
        lemma, lemma + ("es" if lemma.endswith(("s", "sh")) else "s"), stem + "ed", stem + "ing",
        *_IRREGULAR_FORMS.get(lemma, ()),
    })


_DOUBLED = {"plan": "n", "admit": "t"}  # "planned", "admitting"


def entry_for(group: Sequence[Report]) -> TimelineEntry:
    """The timeline entry of one happening: the sharpest date, every source, all actors."""
    best = min(group, key=_precision_key)
    # ... and gives it its headline, unless that is a bare pronoun and verb ("It began") and another report of
    # that date says more; among reports as precise, the one worded most like the others (see _teller).
    teller = _teller(group, best)
    sources: dict[tuple[int, str], SourceRef] = {(teller.article_id, teller.event.sentence): teller.source()}
    for report in group:
        sources.setdefault((report.article_id, report.event.sentence), report.source())
    actors: dict[str, None] = {}
    for report in sorted(group, key=_precision_key):
        actors.update(dict.fromkeys(sorted(report.actors)))
    precision: Precision = best.event.precision
    # The most precise report names the happening, unless another report gives it a specific kind.
    kinds = [r.event.kind for r in sorted(group, key=_precision_key) if r.event.kind != GENERIC_KIND]
    summary = teller.event.summary or teller.event.sentence
    if _summary_key(teller)[0] and folded(teller.event.sentence).startswith(folded(summary)):
        # Still weak and how the sentence begins ("He went on", "It was Michael Jackson"): its opening says more.
        # Not after a fronted clause ("Surrounded by his family ..., he died on Thursday").
        summary = _opening(teller.event.sentence)
    return TimelineEntry(
        date=best.event.date,
        precision=precision,
        summary=summary,
        type=kinds[0] if kinds else best.event.kind,
        actors=tuple(actors),
        sources=tuple(sources.values()),
        modality=best.event.modality,
        background=all(r.event.background for r in group),
        article_date=best.event.date_source == "publication",
    )


def _teller(group: Sequence[Report], best: Report) -> Report:
    """The report that headlines an entry and is cited first: of the reports of the sharpest date and as precise
    as it, not weak (see _summary_key) when another says more, the one worded most like the entry's other
    reports. The lowest article id used to decide, and a user test's BP timeline was headed by a page's label
    run into its first sentence ("Case study exploded in the Gulf of Mexico") over 27 outlets' "The Deepwater
    Horizon drilling rig exploded in the Gulf of Mexico on April 20"."""
    candidates = [r for r in group if r.event.date == best.event.date]
    weakest = min(_summary_key(r)[0] for r in candidates)
    level = min(_precision_key(r)[:2] for r in candidates if _summary_key(r)[0] == weakest)
    tied = [r for r in candidates if _summary_key(r)[0] == weakest and _precision_key(r)[:2] == level]
    if len(tied) == 1 or len(group) > TELLER_MAX_GROUP:
        return min(tied, key=_precision_key)
    others = {(r.article_id, r.event.sentence): r.words for r in group}
    return max(tied, key=lambda r: (
        sum(overlap(r.words, words) for key, words in others.items() if key != (r.article_id, r.event.sentence)),
        tuple(-part for part in _precision_key(r)),
    ))


# Entries beyond this many reports pick their headline by precision alone (comparing every two would cost more).
TELLER_MAX_GROUP = 200
OPENING_WORDS = 20


def _opening(sentence: str) -> str:
    """A sentence's first OPENING_WORDS words, marked "…" when cut, as a headline."""
    words = sentence.split()
    return " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")
