"""One act told by two outlets with one verb or two verbs of one act ("the top kill failed" / "BP abandoned the
top kill"): what date, number and age disagreements pair reports by."""

from __future__ import annotations

from functools import lru_cache

from dateline.link.events import SAME_ACT_CLAUSE_SHARE, SAME_ACT_CLAUSE_WORDS, Report
from dateline.link.text import content_words, overlap

# One act told with two verbs (session 30, a user test of five outlets' BP coverage): "the top kill failed on
# Saturday" (Fox News) and "BP abandoned the top kill on Sunday" (BBC) date one happening, "12,000 to 19,000 barrels a
# day are flowing" and "12,000 to 25,000 barrels a day were gushing" give one estimate. The verbs of each line are
# compared as one predicate (the words around them must still tell one act, see ``act_wording``); few, and only of
# acts a story tells once: "confirm" and "report" are not one verb for cases ("26 confirmed", "1,000 reported").
_ONE_ACT_VERBS = (
    "fail abandon halt scrap",  # an attempt ends without success
    "leak flow gush spew pour spill seep",  # oil, gas or water escapes
    "die kill",  # a death ("the explosion killed 11 workers" / "11 workers died")
    "begin start launch",  # a start
)
VERB_LINE = {verb: line.split()[0] for line in _ONE_ACT_VERBS for verb in line.split()}
# Forms the text writes these verbs in beside the regular ones ("failed", "leaks", "gushing").
IRREGULAR_FORMS = {"begin": "began begun beginning", "spill": "spilt", "die": "dying", "scrap": "scrapped scrapping",
                    "fail": "failure"}


def one_act(a: Report, b: Report) -> bool:
    """Whether two reports tell their act with one verb, or with two verbs of one act (``_ONE_ACT_VERBS``) done to
    one thing: their clauses, verbs and figures aside, have two words in common and half the shorter clause's
    words, as two outlets' reports of one act do ("The top kill effort failed on Saturday" / "BP abandoned its top
    kill effort": not "The containment dome effort failed", an earlier attempt, beside the top kill's end)."""
    first, second = a.event.predicate, b.event.predicate
    if first == second:
        return True
    line = VERB_LINE.get(first)
    if line is None or line != VERB_LINE.get(second):
        return False
    verbs = _line_words(line)
    mine, theirs = ({w for w in r.clause_words if w not in verbs and not w[:1].isdigit()} for r in (a, b))
    return len(mine & theirs) >= max(SAME_ACT_CLAUSE_WORDS, SAME_ACT_CLAUSE_SHARE * min(len(mine), len(theirs)))


def act_class(report: Report) -> str:
    """What a date conflict pairs reports by: the line of verbs of one act the predicate is in, else the kind."""
    line = VERB_LINE.get(report.event.predicate)
    return f"verbs:{line}" if line else report.event.kind


@lru_cache(maxsize=256)
def verb_forms(verb: str) -> frozenset[str]:
    """The forms a verb is written in: "kill", "kills", "killed", "killing", and the irregular ones of the lines'
    verbs ("dying", "began", "failure")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return frozenset({verb, f"{verb}s", f"{stem}ed", f"{stem}ing", *IRREGULAR_FORMS.get(verb, "").split()})


@lru_cache(maxsize=64)
def _line_words(line: str) -> frozenset[str]:
    """The content words the text may write a line's verbs as: fail, failed, failing, failure, abandoned, ..."""
    verbs = next(verbs for verbs in _ONE_ACT_VERBS if verbs.split()[0] == line).split()
    return frozenset(content_words(" ".join(form for verb in verbs for form in sorted(verb_forms(verb)))))


def without_verbs(report: Report) -> frozenset[str]:
    """The report's words without those of its line of verbs of one act (all its words when it has none)."""
    line = VERB_LINE.get(report.event.predicate)
    return report.words - _line_words(line) if line else report.words


def act_wording(a: Report, b: Report, figures: bool = True) -> float:
    """The word overlap of two reports of one act: their sentences' words, and with two verbs of one act ("failed" /
    "abandoned") without their line's verbs, which differ by what the rule allows; without their figures unless
    ``figures`` ("22-month-old", "159": what two reports of one person's age may differ by)."""
    if a.event.predicate == b.event.predicate:
        first, second = a.words, b.words
    else:
        first, second = without_verbs(a), without_verbs(b)
    if not figures:
        first, second = (frozenset(w for w in words if not w[:1].isdigit()) for words in (first, second))
    return overlap(first, second)
