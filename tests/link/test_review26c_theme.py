"""Theme words (c82dd70): reprints do not make the theme, conflicts still compare, one shared actor ties."""

from __future__ import annotations

from datetime import date, timedelta

from dateline.link.conflicts import find_conflicts
from dateline.link.events import collect_reports, group_reports
from dateline.link.timeline import edited_parts
from dateline.records import Analysis, Article, Event, PublicationDate, Sentence, StoredArticle

FIRST = date(2010, 5, 1)
BASE = "BP said the oil spill in the gulf was still spreading along the coast."


def _art(aid, body, sentence, day, actor=None, numbers=(), dup=None, predicate="say", kind="STATEMENT"):
    when = FIRST + timedelta(days=day)
    text = f"{body} {sentence}"
    start = len(body) + 1
    event = Event(1, start, len(text), sentence, predicate, kind, when.isoformat(), "day", "publication", actor, None,
                  summary=sentence[:40], numbers=tuple(numbers))
    article = Article(origin=f"o{aid}", title="t", text=text, raw=text, raw_kind="text", url=f"https://x{aid}.example/a",
                      outlet=f"Outlet {aid}", published=PublicationDate(when, when, "given"), language="en")
    sentences = (Sentence(0, 0, len(body), body), Sentence(1, start, len(text), sentence))
    return StoredArticle(aid, article, Analysis(sentences=sentences, events=(event,)), f"h{aid}", duplicate_of=dup)


def _together(articles, a=1, b=2):
    return any({r.article_id for r in g} >= {a, b} for g in group_reports(collect_reports(articles)))


def test_outlets_disagreeing_on_a_number_are_still_compared() -> None:
    story = [
        _art(1, BASE, "The explosion on the rig killed 11 workers.", 10, numbers=[("workers", "11")], predicate="kill"),
        _art(2, BASE, "The rig explosion killed 12 workers.", 10, numbers=[("workers", "12")], predicate="kill"),
        *[_art(20 + n, BASE + " The rig explosion killed workers in April.", f"Crews laid boom number {n}.", n * 4)
          for n in range(6)],
    ]
    conflicts = find_conflicts(collect_reports(story), story)
    assert [c.kind for c in conflicts] == ["number"]


def test_one_actor_told_alike_is_one_happening() -> None:
    res = " BP chief executive Tony Hayward will resign, the board said."
    story = [
        _art(1, BASE + res, "Tony Hayward resigned as BP chief executive on Tuesday.", 28, actor="hayward"),
        _art(2, BASE + res, "Hayward is out as chief executive of BP.", 28, actor="hayward"),
        _art(3, BASE + res, "Investors cheered.", 29),
        _art(4, BASE + res, "Shares rose.", 29),
        *[_art(10 + n, BASE, f"Crews laid boom number {n} near the coast.", n * 3) for n in range(6)],
    ]
    assert _together(story)


def test_reprints_do_not_make_the_theme() -> None:
    body = "Health officials in Mexico confirmed the outbreak."
    s1 = "The ministry confirmed 26 deaths from swine flu in Oaxaca state."
    articles = [
        _art(1, body, s1, 0, actor="ministry"),
        _art(2, "Flu news.", "Mexico's health ministry said swine flu had killed 26 people in Oaxaca.", 0,
             actor="ministry"),
        *[_art(30 + n, "Schools closed.", f"Schools closed in district {n}.", 2 * n) for n in range(5)],
    ]
    reprints = [_art(100 + k, body, s1.replace("confirmed", verb), 1 + 3 * k, actor="ministry", dup=1)
                for k, verb in enumerate(["reported", "announced", "recorded", "listed"])]
    assert _together([*articles, *edited_parts(articles, reprints)])
