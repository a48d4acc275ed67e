"""A story's timeline: merged entries in date order, background marked, ranked by importance."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from dateline.link.conflicts import find_conflicts
from dateline.link.coverage import article_sentences, articles_per_day
from dateline.link.duplicates import folded
from dateline.link.events import Wordings, collect_reports, entry_for, group_reports
from dateline.link.overlaps import mean_overlaps
from dateline.link.site_paragraphs import without_site_paragraphs
from dateline.link.text import content_words, inside, overlap
from dateline.records import Copy, SourceRef, StoredArticle, Story, Timeline, TimelineEntry
from dateline.temporal import timex_interval

# A happening this long before the story's first article is background, whatever the article says.
BACKGROUND_DAYS = 30
# Importance: independent outlets dominate; centrality, actors and news-ness break ties.
CENTRALITY_WEIGHT = 1.0
ACTOR_WEIGHT = 0.5
NEWS_BONUS = 0.5
DAY_BONUS = 0.25
HAPPENED_BONUS = 0.25
# What might happen ("could", "would") is not what an editor's short list keeps: a user test's five-outlet BP
# top ten held three such entries. Five-outlet BP --top Date-F1 0.426 -> 0.438; Timeline17 --top unchanged.
HYPOTHETICAL_PENALTY = 1.0
# An outlet adds to an entry's importance when one of its own reports (not a copy of another's text) is worded
# like the entry's first, most precise report: merging can still join reports of a busy day through the words
# they share, and such an entry of loosely related sentences from three outlets would outrank a happening two
# outlets told alike.
SUPPORT_WORDING = 0.2
# The days the coverage returns to (articles published on or naming the day) are the days an editor keeps:
# up to this much for the best-covered day, on a log scale.
COVERAGE_WEIGHT = 1.0
# An editor's short list spans the story's key days: each entry already kept from a day lowers the rank of
# that day's others by this much.
SAME_DAY_PENALTY = 1.0


def build_timeline(
    story: Story, articles: Sequence[StoredArticle], reprints: Sequence[StoredArticle] = ()
) -> Timeline:
    """Merge the articles' events into entries, order them by date, mark background, find conflicts.

    ``reprints``: reprints of the articles stored as their own articles (``duplicate_of``). The sentences a
    reprint prints word for word are its original's, cited as copies; the ones it edited are its outlet's own
    report, merged and compared like any other ("seven cases" where the original said six).
    Pure: reads only the records given. Entries without a usable date are left out, and so are the sentences of
    a paragraph the outlet also printed in another story's article (its site's boilerplate, ``repeated``).
    """
    articles = [without_site_paragraphs(a) for a in articles]
    own = [*articles, *edited_parts(articles, reprints)]
    reports = collect_reports(own)
    wordings = Wordings.of(r.words for r in reports)  # for merging and conflicts both
    dated = [r for r in reports if r.interval is not None]
    entries = _with_copies([entry_for(group) for group in group_reports(dated, wordings)], articles, reprints)
    entries = _mark_background(entries, story)
    words_of = {r.event.sentence: r.words for r in reports}  # read once, in collect_reports
    coverage = articles_per_day(s for a in articles for s in article_sentences(a))
    entries = _rank(entries, story, coverage, words_of)
    ordered = sorted(entries, key=entry_order)
    return Timeline(
        story=story, entries=tuple(ordered), conflicts=tuple(find_conflicts(reports, own, wordings)),
        guessed=guessed_articles(own),  # a reprint's edits dated from its guessed day too
        undated=undated_articles(own, ordered),
        not_analysed=tuple(a.id for a in articles if not a.article.is_english),
    )


def edited_parts(articles: Sequence[StoredArticle], reprints: Sequence[StoredArticle]) -> list[StoredArticle]:
    """Each reprint with only the events and mentions of the sentences it edited.

    A sentence is the original's when its original prints it, case, accents, punctuation and spacing aside (the
    duplicate check's folding), or when it holds a whole sentence of the original ("EDINBURGH (AFP) - Health
    officials confirmed ..." is the wire's lead with a dateline): such sentences are cited as copies. A sentence
    an earlier reprint of the same original prints (earlier published; stored first on the same day) is that
    reprint's (a reprint of a reprint is filed under the first original): cited as its copy, it is no second
    outlet's own report.
    """
    originals = {a.id: a for a in articles}
    edited = []
    earlier: dict[int, list[str]] = defaultdict(list)  # per original, the folded texts of its reprints so far
    for reprint in sorted(reprints, key=_print_order):
        original = originals.get(reprint.duplicate_of or -1)
        if original is None:
            continue
        texts = [folded(original.article.text), *earlier[original.id]]
        earlier[original.id].append(folded(reprint.article.text))
        whole = [part for s in original.analysis.sentences if len((part := folded(s.text)).split()) >= 4]

        def is_edit(sentence: str, texts: list[str] = texts, whole: list[str] = whole) -> bool:
            mine = folded(sentence)  # an event's sentence is also one of the reprint's sentences: folded once
            return not any(mine in text for text in texts) and not any(part in mine for part in whole)

        events = tuple(e for e in reprint.analysis.events if is_edit(e.sentence))
        # Its mentions too only where it edited: a role the original also gives is the original's.
        spans = [(s.start, s.end) for s in reprint.analysis.sentences if is_edit(s.text)]
        mentions = tuple(m for m in reprint.analysis.mentions if inside(m.start, spans))
        if events or mentions:  # a role changed in a sentence with no event is an edit too
            edited.append(replace(reprint, analysis=replace(reprint.analysis, events=events, mentions=mentions)))
    return edited


def _print_order(article: StoredArticle) -> tuple[date, int]:
    """Which of two reprints printed first: the earlier publication day (unknown last), then the first stored."""
    published = article.article.published
    return (published.best if published is not None else date.max, article.id)


def _with_copies(
    entries: list[TimelineEntry], articles: Sequence[StoredArticle], reprints: Sequence[StoredArticle] = ()
) -> list[TimelineEntry]:
    """Each entry with the copies of its sources that print the sentence (a wire story in a second outlet),
    marked as copies: they name every outlet that printed it, but are no independent report. An outlet that
    tells the entry in its own words is not listed again as a copy. A reprint's edits are cited with the
    exact copies of that reprint, and with the reprints of the same original printed after it."""
    copies: dict[int, tuple[Copy, ...]] = {a.id: a.copies for a in articles if a.copies}
    siblings: dict[int | None, list[StoredArticle]] = defaultdict(list)
    for reprint in reprints:
        siblings[reprint.duplicate_of].append(reprint)
    for reprint in reprints:
        of_reprint = tuple(
            c for c in copies.get(reprint.duplicate_of or -1, ())
            if c.reprint_id == reprint.id and c.origin != reprint.article.origin
        )  # the reprint's own exact copies, listed with its original's
        later = tuple(
            Copy(r.article.origin, r.article.url, r.article.outlet, reprint_id=r.id, text=r.article.text)
            for r in siblings[reprint.duplicate_of] if _print_order(r) > _print_order(reprint)
        )  # later reprints of the same original may print this reprint's edits
        if of_reprint or later:
            copies[reprint.id] = (*(replace(c, text=None) for c in of_reprint), *later)
    if not copies:
        return entries
    found = []
    for entry in entries:
        own = {s.outlet for s in entry.sources if s.outlet is not None}
        extra: dict[tuple[str | None, str | None, str], SourceRef] = {}
        for source in entry.sources:
            for copy in copies.get(source.article_id, ()):
                if copy.outlet in own:
                    continue
                if copy.text is None or folded(source.sentence) in folded(copy.text):
                    extra.setdefault((copy.outlet, copy.url, source.sentence), SourceRef(
                        copy.reprint_id or source.article_id, copy.outlet, copy.url, source.sentence,
                        copy_of=source.article_id,
                    ))  # fmt: skip
        found.append(replace(entry, sources=entry.sources + tuple(extra.values())) if extra else entry)
    return found


def guessed_articles(articles: Sequence[StoredArticle]) -> tuple[int, ...]:
    """The articles whose publication date is a guess from their text: every date read relative to it is too."""
    return tuple(a.id for a in articles if a.article.published is not None and a.article.published.is_guess)


def undated_articles(articles: Sequence[StoredArticle], entries: Sequence[TimelineEntry]) -> tuple[int, ...]:
    """The articles with no publication date that no entry cites: the timeline shows nothing of them, and a user
    test's seven undated feed items were missing from theirs without a word."""
    cited = {source.article_id for entry in entries for source in entry.sources}
    return tuple(dict.fromkeys(
        a.id for a in articles if a.article.published is None and a.id not in cited and a.article.is_english
    ))  # an article not in English adds none whatever its date (see Timeline.not_analysed): a user test was told to
    # give a French page a date, and did, to no effect


def entry_order(entry: TimelineEntry) -> tuple[date, int, float, str]:
    """Chronological order with mixed precision: earlier start first, and a wider date before a
    narrower one that starts the same day ("2022-09" before "2022-09-16")."""
    interval = timex_interval(entry.date) if entry.date else None
    if interval is None:
        return (date.max, 0, -entry.importance, entry.summary)
    start, end = interval
    return (start, -(end - start).days, -entry.importance, entry.summary)


def _articles_telling(entry: TimelineEntry) -> int:
    """How many articles tell the entry in their own words (a copy of another's text counts for nothing)."""
    return len({s.article_id for s in entry.sources if s.copy_of is None})


def top_entries(timeline: Timeline, count: int) -> Timeline:
    """The ``count`` entries an editor would keep, in date order: the most important days, spread over the
    story (a day's second entry must outrank another day's first by SAME_DAY_PENALTY), each told by the entries
    the most independent outlets, then the most articles, tell.

    Each pick takes the best of the days' next entries, each lowered by the day's entries already kept:
    a heap of one entry per day, so a story of many thousands of entries costs n log n.
    """
    if count >= len(timeline.entries):
        return timeline
    ranked = sorted(timeline.entries, key=lambda e: (-_pick_weight(e), entry_order(e)))
    by_day: dict[str | None, list[int]] = {}
    for rank, entry in enumerate(ranked):
        by_day.setdefault(entry.date, []).append(rank)
    # Days are chosen by their entries' importance; each pick of a day keeps, in turn, the entry the most independent
    # outlets tell, then the most articles (a user test's one-outlet story: its death day was told by one sentence,
    # not the entry 15 articles retell; another's three-outlet story: the day's pick was a two-outlet entry of ten
    # articles loosely merged, not the three outlets' report of the first death outside Mexico).
    told = {
        day: sorted(ranks, key=lambda rank: (-len(ranked[rank].reporting), -_articles_telling(ranked[rank]), rank))
        for day, ranks in by_day.items()
    }
    # (lowered importance, rank in the overall order, day, position in the day's list); rank breaks ties.
    heap = [(-_pick_weight(ranked[ranks[0]]), ranks[0], day, 0) for day, ranks in by_day.items()]
    heapq.heapify(heap)
    kept: list[TimelineEntry] = []
    while heap and len(kept) < count:
        _, rank, day, position = heapq.heappop(heap)
        kept.append(ranked[told[day][position]])
        ranks = by_day[day]
        if position + 1 < len(ranks):
            following = ranks[position + 1]
            lowered = _pick_weight(ranked[following]) - (position + 1) * SAME_DAY_PENALTY
            heapq.heappush(heap, (-lowered, following, day, position + 1))
    return replace(timeline, entries=tuple(sorted(kept, key=entry_order)))


def _pick_weight(entry: TimelineEntry) -> float:
    """An entry's importance for an editor's short list: background (long before the story, or a standing fact)
    counts as a day already told, so it comes in only where it outranks the story's own news by that much (a user
    test's web view of a BP week opened on 30 entries before the spill: "1995: it will slow your puter down",
    "2009-12-25: crawfish boils")."""
    return entry.importance - (SAME_DAY_PENALTY if entry.background else 0.0)


def filter_entries(
    timeline: Timeline, since: date | None = None, until: date | None = None, min_outlets: int = 1
) -> Timeline:
    """The timeline with only the entries whose date overlaps [since, until] (either end open) and that at least
    ``min_outlets`` independent outlets report (a copy of another's text counts for nothing); with a date range,
    undated entries are left out, and so are entries of a longer period than a closed range that they pass
    beyond (a one-day window shows that day's entries, not "2010" or "week of ...": a user test). Conflicts stay
    whole: they are the story's, not one period's."""
    kept = []
    window = (until - since).days if since is not None and until is not None else None
    for entry in timeline.entries:
        if len(entry.reporting) < min_outlets:
            continue
        if since is not None or until is not None:
            span = timex_interval(entry.date) if entry.date else None
            if span is None or (since is not None and span[1] < since) or (until is not None and span[0] > until):
                continue
            within = (since is None or span[0] >= since) and (until is None or span[1] <= until)
            if window is not None and not within and (span[1] - span[0]).days > window:
                continue
        kept.append(entry)
    return replace(timeline, entries=tuple(kept))


def story_first_day(story: Story) -> date | None:
    """The first day of the story's first date (the days grouping trusts), or None when it has none."""
    interval = timex_interval(story.first_date) if story.first_date else None
    return interval[0] if interval else None


def _mark_background(entries: Sequence[TimelineEntry], story: Story) -> list[TimelineEntry]:
    first = story_first_day(story)
    if first is None:
        return list(entries)
    cutoff = first - timedelta(days=BACKGROUND_DAYS)
    marked = []
    for entry in entries:
        span = timex_interval(entry.date) if entry.date else None
        old = span is not None and span[1] < cutoff
        marked.append(replace(entry, background=entry.background or old))
    return marked


def _rank(
    entries: Sequence[TimelineEntry], story: Story, coverage: Mapping[date, int],
    known: Mapping[str, frozenset[str]] | None = None,
) -> list[TimelineEntry]:
    # Sentences are read once each (``known``: the reports' words): a merged entry of a big story repeats its
    # sources' sentences.
    words_of: dict[str, frozenset[str]] = dict(known or {})
    for entry in entries:
        for source in entry.sources:
            if source.sentence not in words_of:
                words_of[source.sentence] = frozenset(content_words(source.sentence))
    # An entry's centrality is its mean word overlap (Jaccard) with the other entries.
    centralities = mean_overlaps([frozenset(w for s in e.sources for w in words_of[s.sentence]) for e in entries])
    key_actors = set(story.actors)
    most_covered = math.log1p(max(coverage.values(), default=0))
    ranked = []
    for entry, centrality in zip(entries, centralities, strict=True):
        actor_share = len(key_actors & set(entry.actors)) / len(entry.actors) if entry.actors else 0.0
        outlets = _supporting_outlets(entry, words_of)
        importance = (
            len(outlets)
            + CENTRALITY_WEIGHT * centrality
            + ACTOR_WEIGHT * actor_share
            + (0.0 if entry.background else NEWS_BONUS)
            + (DAY_BONUS if entry.precision == "day" else 0.0)
            + (HAPPENED_BONUS if entry.modality == "happened" else 0.0)
            - (HYPOTHETICAL_PENALTY if entry.modality == "hypothetical" else 0.0)
            + COVERAGE_WEIGHT * _day_coverage(entry, coverage, most_covered)
        )
        ranked.append(replace(entry, importance=round(importance, 4)))
    return ranked


def _day_coverage(entry: TimelineEntry, coverage: Mapping[date, int], most_covered: float) -> float:
    """How much of the story's coverage speaks of the entry's day, 0..1 (log scale); 0 for a wider date."""
    if entry.precision != "day" or not entry.date or most_covered <= 0:
        return 0.0
    interval = timex_interval(entry.date)
    return math.log1p(coverage.get(interval[0], 0)) / most_covered if interval else 0.0


def _supporting_outlets(entry: TimelineEntry, words_of: Mapping[str, frozenset[str]]) -> set[str]:
    """The independent outlets that tell the entry's happening: their own report (a copy of another's text
    counts for nothing) is its first report or worded like it (SUPPORT_WORDING)."""
    if not entry.sources:
        return set()
    first = entry.sources[0].sentence
    return {
        source.teller for source in entry.sources
        if source.copy_of is None
        and (source.sentence == first or overlap(words_of[first], words_of[source.sentence]) >= SUPPORT_WORDING)
    }  # fmt: skip
