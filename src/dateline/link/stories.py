"""Stories in the store: incremental assignment of new articles, listing, and user corrections.

The decisions are the pure functions of :mod:`dateline.link.grouping`; the SQL is in
:mod:`dateline.store.stories`. Corrections (merge, split, rename) rebuild the affected profiles
so that later ingests follow them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.errors import DatelineError, NotFoundError
from dateline.link import grouping
from dateline.link.digest import digest_story
from dateline.link.timeline import build_timeline
from dateline.records import Digest, StoredArticle, Story, Timeline
from dateline.sources.metadata import one_line
from dateline.store import codec, timeline_cache
from dateline.store import stories as sql

if TYPE_CHECKING:
    # Only for annotations: the store module imports the link package (duplicates), so a
    # runtime import here would be circular.
    from dateline.store.sqlite import SqliteStore

UNTITLED = "Untitled story"


def assign_story(store: SqliteStore, article_id: int) -> int:
    """Put a newly stored article into the best matching story, or a new one; returns the story id.

    Call inside the article's ingest transaction. Candidate stories come from the inverted index
    (shared terms and actors), so the cost does not grow with the number of stored articles.
    """
    stored = store.get_article(article_id, repeated=True)
    if stored.story_id is not None:
        return sql.resolve_merged(store, stored.story_id)
    counts = grouping.article_counts(stored)
    keys = counts.frequency_keys()
    doc_freq = sql.doc_freqs(store, keys)
    sql.count_document(store, keys)
    features = grouping.article_features(stored, counts, doc_freq, sql.total_docs(store))
    sql.save_features(store, features)
    candidates = sql.load_profiles(store, sql.candidate_story_ids(store, grouping.query_keys(features)))
    story_id = grouping.choose_story(features, candidates)
    if story_id is None:
        story_id = sql.create_story(store, _headline(features))
        profile = grouping.new_profile(story_id, features)
    else:
        profile = _joined(store, next(p for p in candidates if p.story_id == story_id), features)
    sql.save_profile(store, profile)
    sql.set_story_of(store, [article_id], story_id)
    return _absorb_twins(store, profile, [c for c in candidates if c.story_id != story_id])


def _absorb_twins(store: SqliteStore, profile: grouping.StoryProfile, others: Sequence[grouping.StoryProfile]) -> int:
    """Merge into one the stories among ``others`` that the article's story, as it now stands, is one story with
    (see grouping.stories_alike), each alike with every story of the group too (no chain through one story alike to
    two unrelated ones); the oldest id stays. Returns the id of the article's story after it. Only the article's
    candidate stories are compared, so the cost stays bounded.

    Grouping leaves the user's work alone: a story a user split, or split off another, never merges on its own,
    nor do two stories the user both titled (a review found a user's three-way split folded back and a title
    lost)."""
    if sql.split_by_user(store, profile.story_id):
        return profile.story_id
    group = [profile]
    titled = sql.title_locked(store, profile.story_id)
    for other in others:
        if not all(grouping.stories_alike(member, other) for member in group) or sql.split_by_user(
            store, other.story_id
        ):
            continue
        other_titled = sql.title_locked(store, other.story_id)
        if not (titled and other_titled):
            group.append(other)
            titled = titled or other_titled
    if len(group) < 2:
        return profile.story_id
    ids = sorted(member.story_id for member in group)
    keep = ids[0]
    for gone in ids[1:]:
        _fold(store, keep, gone)
    _rebuild(store, keep)
    return keep


def _fold(store: SqliteStore, keep: int, gone: int) -> None:
    """Move story ``gone``'s articles into ``keep``; ``gone``'s id resolves to ``keep`` (no user correction)."""
    keep_row, gone_row = sql.story_row(store, keep), sql.story_row(store, gone)
    moving = [article_id for article_id, _ in sql.story_members(store, gone)]
    sql.set_story_of(store, moving, keep)
    sql.delete_story(store, gone)
    sql.record_merge(store, gone, keep)
    if gone_row is not None and keep_row is not None and gone_row["title_locked"] and not keep_row["title_locked"]:
        sql.set_title(store, keep, str(gone_row["title"]), lock=True)


def redate_in_story(store: SqliteStore, article_id: int) -> None:
    """Let grouping follow a stored article's new publication date; call in the transaction that re-dated it.

    The article's grouping features take the day :func:`grouping.grouping_day` trusts of the new date,
    and its story's profile is rebuilt, so the story's first and last dates (and its place in the
    recency index) follow. Story membership does not change. A reprint, which has no features, is left as is.
    """
    found = sql.load_features(store, [article_id])
    if not found:
        return
    stored = store.get_article(article_id)
    sql.save_features(store, replace(found[0], day=grouping.grouping_day(stored.article.published)))
    if stored.story_id is not None:
        _rebuild(store, sql.resolve_merged(store, stored.story_id))


def _joined(
    store: SqliteStore, profile: grouping.StoryProfile, features: grouping.ArticleFeatures
) -> grouping.StoryProfile:
    """The profile after an article joins, retitled if the newcomer is now the most representative."""
    updated = grouping.add_to_profile(profile, features)
    current = sql.load_features(store, [profile.title_article_id] if profile.title_article_id else [])
    challenger = grouping.title_score(features, updated.terms)
    if not current or challenger > grouping.title_score(current[0], updated.terms):
        updated = replace(updated, title_article_id=features.article_id)
        sql.set_title(store, profile.story_id, _headline(features))
    return updated


def _headline(features: grouping.ArticleFeatures) -> str:
    return features.title.strip() or UNTITLED


def get_story(store: SqliteStore, story_id: int) -> Story:
    """The story with this id (a merged story's old id finds the story it went into); NotFoundError."""
    resolved = sql.resolve_merged(store, story_id)
    row = sql.story_row(store, resolved)
    if row is None:
        raise NotFoundError(f"story {story_id}: no such story")
    guessed = _guessed_spans(store, [resolved]).get(resolved) if not row["first_date"] else None
    return _story(store, row, sql.story_members(store, resolved), guessed=guessed)


def story_timeline(
    store: SqliteStore,
    story_id: int,
    *,
    saved: bool = True,
    loaded: tuple[Sequence[StoredArticle], Sequence[StoredArticle]] | None = None,
) -> Timeline:
    """The timeline of a stored story (its articles' events merged); NotFoundError for an unknown id.

    With ``saved``, a timeline saved by an earlier command for this very version of the story (same code,
    articles, dates, outlets, copies) is read back instead of built again, and a new one is saved.
    ``loaded``: the story's articles (with their copies) and reprints when the caller has read them already.
    """
    story = get_story(store, story_id)
    version = timeline_cache.timeline_version(store, story) if saved else None
    if version is not None:
        body = timeline_cache.saved_timeline(store, story.id, version)
        if body is not None:
            try:
                return codec.loads(Timeline, body)
            except (ValueError, TypeError, KeyError):
                pass  # a damaged row: build the timeline again and replace it
    ids = list(story.article_ids)
    articles, reprints = (
        loaded if loaded is not None else (store.articles(ids, copies=True, repeated=True), store.reprints(ids))
    )
    timeline = build_timeline(story, articles, reprints)
    # Saved only if nothing changed while it was built (an ingest, a re-date), so the body matches its hash.
    if version is not None and timeline_cache.timeline_version(store, get_story(store, story_id)) == version:
        timeline_cache.save_timeline(store, story.id, version, codec.dumps(timeline))
    return timeline


def story_digest(store: SqliteStore, story_id: int, days: int = 10, per_day: int = 2) -> Digest:
    """A stored story's key days, each told in its best sentences; NotFoundError for an unknown id."""
    story = get_story(store, story_id)
    return digest_story(story, store.articles(list(story.article_ids), repeated=True), days, per_day)


def list_stories(store: SqliteStore, limit: int | None = None, offset: int = 0) -> list[Story]:
    """Stories, the one with the latest activity first; one page of them when ``limit`` is given.

    Only the listed stories' members and profiles are read, so a page costs the same in a large store.
    """
    rows = sql.story_rows_by_activity(store, limit, offset)
    members = sql.members_by_story(store, [int(r["id"]) for r in rows])
    profiles = {p.story_id: p for p in sql.load_profiles(store, [int(r["id"]) for r in rows])}
    spans = _guessed_spans(store, [int(r["id"]) for r in rows if not r["first_date"]])
    return [
        _story(store, row, members.get(int(row["id"]), []), profiles.get(int(row["id"])), spans.get(int(row["id"])))
        for row in rows
    ]


def _guessed_spans(store: SqliteStore, story_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(first, last) of the day-naming publication dates guessed for each story's articles, by story id.

    Only guesses as narrow as those grouping trusts name a day; "sometime in 2025" is left out
    rather than shown as its first day.
    """
    spans: dict[int, tuple[str, str]] = {}
    for story_id, dates in sql.inferred_dates(store, story_ids).items():
        days = [earliest for earliest, latest in dates if (latest - earliest).days <= grouping.INFERRED_MAX_DAYS]
        if days:
            spans[story_id] = (min(days).isoformat(), max(days).isoformat())
    return spans


def _story(
    store: SqliteStore,
    row: dict[str, object],
    members: Sequence[tuple[int, str | None]],
    profile: grouping.StoryProfile | None = None,
    guessed: tuple[str, str] | None = None,
) -> Story:
    """The story record; without a date grouping trusts, its articles' guessed dates, marked as such."""
    story_id = int(str(row["id"]))
    if profile is None:
        found = sql.load_profiles(store, [story_id])
        profile = found[0] if found else None
    first, last = _text_or_none(row["first_date"]), _text_or_none(row["last_date"])
    dates_guessed = first is None and guessed is not None
    if first is None and guessed is not None:
        first, last = guessed
    outlets = tuple(dict.fromkeys(outlet for _, outlet in members if outlet))
    return Story(
        id=story_id,
        title=str(row["title"]),
        article_ids=tuple(article_id for article_id, _ in members),
        outlets=outlets,
        first_date=first,
        last_date=last,
        actors=profile.key_actors() if profile else (),
        dates_guessed=dates_guessed,
    )


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None


@contextmanager
def _atomic(store: SqliteStore) -> Iterator[None]:
    """A transaction of its own, unless the caller already holds one."""
    if store.conn.in_transaction:
        yield
        return
    with store.transaction():
        yield


def merge_stories(store: SqliteStore, a: int, *others: int) -> Story:
    """Merge each of the ``others`` into story ``a`` (the user says they are one story); returns the merged story.

    Their ids keep resolving to ``a``. A title the user locked on any side is kept. All or nothing: when one of
    them cannot be merged (no such story, already one with another), none is.
    """
    if not others:
        raise DatelineError(f"story {a}: name a story to merge into it")
    with _atomic(store):
        merged = None
        for b in others:
            merged = _merge_two(store, a, b)
    assert merged is not None
    return merged


def _merge_two(store: SqliteStore, a: int, b: int) -> Story:
    """Merge story ``b`` into story ``a`` (see merge_stories)."""
    keep, gone = sql.resolve_merged(store, a), sql.resolve_merged(store, b)
    keep_row, gone_row = sql.story_row(store, keep), sql.story_row(store, gone)
    if keep_row is None or gone_row is None:
        raise NotFoundError(f"story {a if keep_row is None else b}: no such story")
    if keep == gone:
        # Already one story (an earlier merge): say so rather than report a merge that did nothing (a review).
        raise DatelineError(f"stories {a} and {b} are already one story (story {keep}); nothing to merge")
    with _atomic(store):
        _fold(store, keep, gone)
        _rebuild(store, keep)
        sql.record_correction(store, "merge", keep, gone)
    return get_story(store, keep)


def split_story(store: SqliteStore, story_id: int, article_ids: Sequence[int]) -> Story:
    """Move the given articles of a story into a new story; returns the new story.

    Both profiles are rebuilt, so later articles close to the split-off ones follow them.
    """
    with _atomic(store):  # read and written in one transaction: an ingest may merge stories meanwhile
        resolved = sql.resolve_merged(store, story_id)
        if sql.story_row(store, resolved) is None:
            raise NotFoundError(f"story {story_id}: no such story")
        members = [article_id for article_id, _ in sql.story_members(store, resolved)]
        moving = list(dict.fromkeys(article_ids))
        strangers = [a for a in moving if a not in members]
        if strangers:
            if not store.articles(strangers[:1]):  # a user test: an id stored nowhere was "not in this story"
                raise NotFoundError(f"article {strangers[0]}: no such article")
            raise NotFoundError(f"story {story_id}: article {strangers[0]} is not in this story")
        if not moving:
            raise DatelineError(f"story {story_id}: name at least one article to split off")
        if len(moving) == len(members):
            raise DatelineError(f"story {story_id}: splitting off every article would leave it empty")
        new_id = sql.create_story(store, UNTITLED)
        sql.set_story_of(store, moving, new_id)
        _rebuild(store, resolved)
        _rebuild(store, new_id)
        sql.record_correction(store, "split", resolved, new_id, ",".join(map(str, moving)))
    return get_story(store, new_id)


def rename_story(store: SqliteStore, story_id: int, title: str) -> Story:
    """Give a story a title of the user's choosing (its spacing, line breaks included, made single spaces: a title
    is one line in every listing); later ingests will not overwrite it."""
    line = one_line(title)
    if line is None:
        raise DatelineError(f"story {story_id}: the new title is empty")
    with _atomic(store):  # read and written in one transaction: an ingest may merge stories meanwhile
        resolved = sql.resolve_merged(store, story_id)
        if sql.story_row(store, resolved) is None:
            raise NotFoundError(f"story {story_id}: no such story")
        sql.set_title(store, resolved, line, lock=True)
        sql.record_correction(store, "rename", resolved, None, line)
    return get_story(store, resolved)


def _rebuild(store: SqliteStore, story_id: int) -> None:
    """Recompute a story's profile, index rows, dates and (unless locked) title from its articles."""
    members = [article_id for article_id, _ in sql.story_members(store, story_id)]
    profile = grouping.build_profile(story_id, sql.load_features(store, members))
    if profile is None:
        return
    sql.save_profile(store, profile)
    titled = sql.load_features(store, [profile.title_article_id] if profile.title_article_id else [])
    if titled:
        sql.set_title(store, story_id, _headline(titled[0]))
