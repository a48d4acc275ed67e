"""Layout of the compact visual timeline drawn at the top of a story page.

Only numbers and labels are computed here; the template draws the SVG, so every label goes through
Jinja2's escaping like the rest of the page.

The axis spans the story's own dates (see :func:`story_window`): an entry dated "the 21st century" or "2014"
is listed on the page but not drawn, or it would stretch the axis over a century and squash the story to a dot
(a user test's 172-article story was drawn from 2001 to 2097).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.link.timeline import BACKGROUND_DAYS
from dateline.records import Story, TimelineEntry
from dateline.temporal import timex_interval
from dateline.web.format import human_date

WIDTH = 960
MARGIN = 24
AXIS_Y = 22
LANE_HEIGHT = 14
MAX_LANES = 6
MIN_GAP = 12  # pixels between two dots on one lane
# Entries up to this long after the story's last article are drawn (a summit announced for next week); before its
# first article, the timeline's own background cutoff applies (anything earlier is background, listed apart).
AFTER_DAYS = BACKGROUND_DAYS


@dataclass(frozen=True)
class Dot:
    """One entry on the visual timeline; ``width`` > 0 draws a bar for a date wider than a day."""

    x: float
    y: float
    width: float
    radius: float
    anchor: str
    label: str
    background: bool


@dataclass(frozen=True)
class Tick:
    """A labelled mark on the axis."""

    x: float
    label: str


@dataclass(frozen=True)
class TimelineSketch:
    """Everything the template needs to draw the visual timeline."""

    width: int
    height: int
    axis_y: int
    dots: tuple[Dot, ...]
    ticks: tuple[Tick, ...]
    left_out: int = 0  # dated entries not drawn: a wider period than the story's span, or outside it


def story_window(story: Story) -> tuple[date, date] | None:
    """The days the visual timeline may span: the story's articles' first to last day, widened by the
    background cutoff before (what ends earlier is background, listed apart) and AFTER_DAYS after; None for a
    story without dates."""
    first = timex_interval(story.first_date) if story.first_date else None
    last = timex_interval(story.last_date) if story.last_date else None
    if first is None or last is None:
        return None
    return first[0] - timedelta(days=BACKGROUND_DAYS), last[1] + timedelta(days=AFTER_DAYS)


def sketch(
    entries: Sequence[TimelineEntry], anchors: Sequence[str], window: tuple[date, date] | None = None
) -> TimelineSketch | None:
    """Place each dated entry on a time axis, stacking close ones on lanes; None if nothing is drawn.

    ``anchors`` are the page anchors of the entries (same order), so a dot links to its entry. With a
    ``window`` (first and last day, see :func:`story_window`) only the entries whose whole date lies inside it
    are drawn, and the axis spans them, never more than the window; the others are counted in ``left_out``.
    """
    dated = [
        (span, entry, anchor)
        for entry, anchor in zip(entries, anchors, strict=True)
        if entry.date and (span := timex_interval(entry.date)) is not None
    ]
    placed = [p for p in dated if window is None or (window[0] <= p[0][0] and p[0][1] <= window[1])]
    if not placed:
        return None
    first = min(span[0] for span, _, _ in placed)
    last = max(span[1] for span, _, _ in placed)
    days = max((last - first).days, 1)
    scale = (WIDTH - 2 * MARGIN) / days

    def x_of(day: date) -> float:
        return round(MARGIN + (day - first).days * scale, 1)

    lanes_end: list[float] = []
    dots = []
    for span, entry, anchor in sorted(placed, key=lambda p: p[0]):
        x, x_end = x_of(span[0]), x_of(span[1])
        lane = next((i for i, end in enumerate(lanes_end) if x - end >= MIN_GAP), None)
        if lane is None and len(lanes_end) < MAX_LANES:
            lanes_end.append(0.0)
            lane = len(lanes_end) - 1
        elif lane is None:
            # Every lane is crowded here: overlap on the lane that frees up first.
            lane = min(range(len(lanes_end)), key=lanes_end.__getitem__)
        lanes_end[lane] = max(x, x_end)
        sources = len({s.outlet or s.article_id for s in entry.sources if s.copy_of is None})
        dots.append(Dot(
            x=x, y=AXIS_Y + LANE_HEIGHT * (lane + 1), width=round(max(x_end - x, 0.0), 1),
            radius=min(3.0 + sources, 7.0), anchor=anchor, label=f"{human_date(entry.date)}: {entry.summary}",
            background=entry.background,
        ))
    height = AXIS_Y + LANE_HEIGHT * (len(lanes_end) + 1) + 4
    ticks = _ticks(first, last, x_of)
    return TimelineSketch(WIDTH, height, AXIS_Y, tuple(dots), ticks, left_out=len(dated) - len(placed))


def _ticks(first: date, last: date, x_of: Callable[[date], float]) -> tuple[Tick, ...]:
    """Year ticks for long spans, month ticks for spans of months, day ticks for short ones."""
    span = (last - first).days
    ticks: list[Tick] = []
    if span > 3 * 365:
        ticks = [Tick(x_of(date(y, 1, 1)), str(y)) for y in range(first.year + 1, last.year + 1)]
    elif span > 45:
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            day = date(year, month, 1)
            if day >= first:
                ticks.append(Tick(x_of(day), day.strftime("%b %Y") if month == 1 or not ticks else day.strftime("%b")))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        step = max(span // 8, 1)
        day = first
        while day <= last:
            ticks.append(Tick(x_of(day), day.strftime("%d %b")))
            day += timedelta(days=step)
    stride = max(len(ticks) // 12, 1)
    return tuple(ticks[::stride])
