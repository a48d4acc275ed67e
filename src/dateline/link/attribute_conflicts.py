"""Sources giving one actor the same office with a different status ("U.S. President" / "former U.S. President")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence

from dateline.link.tellers import side_name, teller
from dateline.link.text import inside
from dateline.records import Conflict, Mention, Sentence, SourceRef, StoredArticle
from dateline.temporal import timex_interval

# Words that change an office holder's status without changing the office.
STATUS_WORDS = frozenset(
    {"former", "ex", "late", "acting", "interim", "outgoing", "incoming", "elect", "deposed",
     "ousted", "retired", "caretaker", "deputy"}
)
# Status words an outlet may leave out without saying otherwise: "Acting Assistant Director-General" and "Assistant
# Director General" are one title told at two lengths (a user test found them flagged), unlike "former".
MINOR_STATUS_WORDS = frozenset({"acting", "interim", "caretaker", "outgoing", "incoming"})
# "(now former) Kansas Governor": a status written in brackets before the title.
_BRACKETED_STATUS = re.compile(r"\(\s*(?:now\s+)?(former|ex|late|retired)\s*\)\s*$", re.IGNORECASE)
_ROLE_WORD = re.compile(r"[\w.]+")


def split_role(role: str) -> tuple[str, frozenset[str]]:
    """A role's office and its status words: "former U.S. President" -> ("u.s. president", {"former"})."""
    words = _ROLE_WORD.findall(role.casefold().replace("-", " "))
    if words and words[0] == "the":
        words = words[1:]
    # "then President Musharraf" says he was president at the time: no other status than "President".
    words = [w for w in words if w != "then"]
    status = frozenset("former" if w == "ex" else w for w in words if w in STATUS_WORDS)  # "ex-Senator": former
    office = " ".join(w for w in words if w not in STATUS_WORDS)
    return office, status


# A title after these words is the one held then, not now: "the crime policies that began under President Bill
# Clinton", "during President Obama's first term".
_OF_THAT_TIME = r"\b(?:under|during|then)[\s-]+(?:the\s+)?"


# ... and a title the words right after its holder's name place in a time gone by: "the perceived detachment from
# President George W. Bush during that crisis" (Katrina, in a 2010 article calling him former president: a review),
# "President Musharraf at the time", "Governor Sebelius back then", "President Bush in 2005". "During the crisis" is
# left out (the crisis the article tells of may be now), and so is a bare "then" ("President Obama then flew to ...").
_THAT_TIME_AFTER = re.compile(
    r",?\s+(?:(?:during|in|throughout|at\s+the\s+time\s+of|after)\s+(?:that|those)\b"
    r"|(?:at|by)\s+(?:the|that)\s+time\b|back\s+then\b|in\s+(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


# ... and a title of the one a former aide served: "The former senior adviser and deputy chief of staff to President
# George W Bush Karl Rove" (the BBC, 2010) names the title Bush held when Rove served him (a review found it flagged
# against "former President George W. Bush").
_SERVED_THEN = re.compile(
    r"\b(?:former|ex-|onetime|one-time)\s+[^.;:()\"“”]{0,60}?\b(?:advis[eo]rs?|aides?|staff|secretary|"
    r"spokes(?:man|woman|person)|officials?|ambassador|director|counsel|speechwriter|envoy|appointee|lawyer|"
    r"attorney|head|chief|deputy)\s+(?:to|of|for|under)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _of_that_time(text: str, mention: Mention) -> bool:
    """Whether the mention's own title comes right after "under", "during" or "then": the title may start the
    mention ("under President Bill Clinton" as one mention) or end right before it. ("By" is left out: "endorsed
    by President Obama on Monday" gives the title held now.) Or whether the words right after the mention place it
    in a time gone by (``_THAT_TIME_AFTER``), or the words before make it the title of one a former aide served
    (``_SERVED_THEN``)."""
    if _THAT_TIME_AFTER.match(text, mention.end):
        return True
    role = mention.role or ""
    if text.startswith(role, mention.start):
        title_at = mention.start
    else:
        found = re.search(re.escape(role) + r"\s*$", text[max(0, mention.start - len(role) - 30) : mention.start])
        title_at = mention.start - len(found.group()) if found else mention.start
    before = text[max(0, title_at - 30) : title_at]
    return (re.search(_OF_THAT_TIME + "$", before, re.IGNORECASE) is not None
            or _SERVED_THEN.search(text, max(0, title_at - 100), title_at) is not None)


def _bracketed_status(text: str, mention: Mention) -> tuple[frozenset[str], str]:
    """The status a bracket before the mention's title gives, and the title as shown with it: ({"former"},
    "(now former) Kansas Governor"); (no status, the title) without one."""
    role = mention.role or ""
    at = mention.start if text.startswith(role, mention.start) else text.rfind(role, max(0, mention.start - 80),
                                                                                mention.start)
    found = _BRACKETED_STATUS.search(text[max(0, at - 20) : at]) if at >= 0 else None
    if found is None:
        return frozenset(), role
    status = found.group(1).lower()
    return frozenset({"former" if status == "ex" else status}), f"{found.group().strip()} {role}"


def attribute_conflicts(articles: Sequence[StoredArticle]) -> list[Conflict]:
    """Sources giving one actor the same office with a different status ("President" / "former President")."""
    seen: dict[tuple[str, str], list[tuple[frozenset[str], StoredArticle, Mention, str]]] = {}
    for stored in articles:
        sentences = stored.analysis.sentences
        starts = [sentence.start for sentence in sentences]
        quoted = [(q.start, q.end) for q in stored.analysis.quotes if q.direct]
        for mention in stored.analysis.mentions:
            if not mention.role or _of_that_time(stored.article.text, mention):
                continue
            if inside(mention.start, quoted):
                continue  # a speaker's words, not the outlet's: "Vice President Biden was not a topic," Volker said
            at = bisect_right(starts, mention.start) - 1
            if at >= 0 and mention.start < sentences[at].end and _of_the_past(stored, sentences[at], mention):
                continue
            office, status = split_role(mention.role)
            if office:
                bracketed, shown = _bracketed_status(stored.article.text, mention)
                status = (status | bracketed) - MINOR_STATUS_WORDS
                seen.setdefault((mention.actor_key, office), []).append((status, stored, mention, shown))
    conflicts = []
    for (actor_key, _office), uses in seen.items():
        tellers = [(status, teller(stored.article.outlet, stored.id)) for status, stored, _, _ in uses]
        for i, j in _first_status_pairs(tellers):
            (_, art_a, men_a, role_a), (_, art_b, men_b, role_b) = uses[i], uses[j]
            name = _actor_name(actor_key, (art_a, art_b))
            outlet_a, outlet_b = art_a.article.outlet, art_b.article.outlet
            conflicts.append(
                Conflict(
                    kind="attribute",
                    description=(
                        f'{name} is "{role_a}" in {side_name(outlet_a, art_a.id, outlet_b)} '
                        f'but "{role_b}" in {side_name(outlet_b, art_b.id, outlet_a)}'
                    ),
                    sources=(_mention_source(art_a, men_a), _mention_source(art_b, men_b)),
                )
            )
    return conflicts


# A sentence that speaks of a time ending this long before its article's publication tells of the past: a title in
# it is the one held then ("In 2016, Vice President Joe Biden pressed Ukraine to fire its prosecutor", in a 2019
# article that calls him former Vice President, had been flagged by a user test). So is a title after a government
# named as the time in its sentence ("silent during the Obama administration ... when Vice President Joe Biden took
# over"): one of the past, or the present one, whose titles no outlet disputes.
PAST_TITLE_DAYS = 180
# "In the Ukrainian government" is a place, not a time (a review: "Corruption in the Ukrainian government is
# rampant, Vice President Joe Biden said" hid his title): after "in", only a presidency or an era names a time.
_EARLIER_GOVERNMENT = re.compile(
    r"\b(?:(?i:during|under)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:administration|presidency|government|era)"
    r"|(?i:in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:administration|presidency|era))\b"
)


def _of_the_past(stored: StoredArticle, sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention's sentence tells of the past: it speaks of a time well before the article's publication,
    or names a government as the time before the mention."""
    published = stored.article.published
    time = _time_of_mention(stored, sentence, mention)
    interval = timex_interval(time) if time else None
    if published is not None and interval is not None and (published.earliest - interval[1]).days > PAST_TITLE_DAYS:
        return True
    return _EARLIER_GOVERNMENT.search(stored.article.text, sentence.start, mention.start) is not None


def _time_of_mention(stored: StoredArticle, sentence: Sentence, mention: Mention) -> str | None:
    """The time of the innermost clause the mention's actor acts in, as the analysis dated it, else the sentence's:
    "Vice President Joe Biden, who pressed Ukraine in 2016, said on Tuesday ..." tells of Tuesday, not 2016."""
    own = [
        e for e in stored.analysis.events
        if e.sentence_index == sentence.index and e.actor_key == mention.actor_key and e.date_source != "none"
        and e.start <= mention.start < e.end
    ]
    return min(own, key=lambda e: e.end - e.start).date if own else sentence.time


def _first_status_pairs(uses: Sequence[tuple[frozenset[str], str]]) -> list[tuple[int, int]]:
    """For each two statuses of one office, the first pair of uses (in order) from two tellers (see ``teller``).

    One conflict per status pair is enough for an editor; finding each first pair by binary search
    among the other status's uses avoids comparing all uses of a common office (hundreds in a big story).
    """
    positions: dict[frozenset[str], list[int]] = defaultdict(list)
    for position, (status, _) in enumerate(uses):
        positions[status].append(position)
    # For each use, the next use of its status from another teller (len(uses) if none).
    next_other: dict[int, int] = {}
    for line in positions.values():
        following = len(uses)
        for k in range(len(line) - 1, -1, -1):
            if k + 1 < len(line) and uses[line[k + 1]][1] != uses[line[k]][1]:
                following = line[k + 1]
            next_other[line[k]] = following
    firsts = []
    statuses = list(positions)
    for a, status_a in enumerate(statuses):
        for status_b in statuses[a + 1 :]:
            pair = _first_pair(uses, positions[status_a], positions[status_b], next_other)
            pair = min(pair, _first_pair(uses, positions[status_b], positions[status_a], next_other))
            if pair[0] < len(uses):
                firsts.append(pair)
    return sorted(firsts)


def _first_pair(
    uses: Sequence[tuple[frozenset[str], str]], earlier: list[int], later: list[int], next_other: dict[int, int]
) -> tuple[int, int]:
    """The first (i, j), i < j, with i in ``earlier`` and j in ``later`` from different tellers."""
    for i in earlier:
        k = bisect_right(later, i)
        if k == len(later):
            break
        j = later[k] if uses[later[k]][1] != uses[i][1] else next_other[later[k]]
        if j < len(uses):
            return (i, j)
    return (len(uses), len(uses))


def _actor_name(key: str, articles: Iterable[StoredArticle]) -> str:
    for stored in articles:
        for actor in stored.analysis.actors:
            if actor.key == key:
                return actor.name
    return key


def _mention_source(stored: StoredArticle, mention: Mention) -> SourceRef:
    sentence = next(
        (s.text for s in stored.analysis.sentences if s.start <= mention.start < s.end),
        stored.article.text[max(0, mention.start - 100) : mention.end + 100],
    )
    return SourceRef(stored.id, stored.article.outlet, stored.article.url, sentence)
