"""Layout of the compact visual timeline drawn at the top of a story page.

Only numbers and labels are computed here; the template draws the SVG, so every label goes through
Jinja2's escaping like the rest of the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.records import TimelineEntry
from dateline.temporal import timex_interval

WIDTH = 960
MARGIN = 24
AXIS_Y = 22
LANE_HEIGHT = 14
MAX_LANES = 6
MIN_GAP = 12  # pixels between two dots on one lane


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


def sketch(entries: Sequence[TimelineEntry], anchors: Sequence[str]) -> TimelineSketch | None:
    """Place each dated entry on a time axis, stacking close ones on lanes; None if nothing is dated.

    ``anchors`` are the page anchors of the entries (same order), so a dot links to its entry.
    """
    placed = [
        (span, entry, anchor)
        for entry, anchor in zip(entries, anchors, strict=True)
        if entry.date and (span := timex_interval(entry.date)) is not None
    ]
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
            radius=min(3.0 + sources, 7.0), anchor=anchor, label=f"{entry.date}: {entry.summary}",
            background=entry.background,
        ))
    height = AXIS_Y + LANE_HEIGHT * (len(lanes_end) + 1) + 4
    return TimelineSketch(WIDTH, height, AXIS_Y, tuple(dots), _ticks(first, last, x_of))


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
