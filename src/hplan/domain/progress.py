"""What a criterion is expected to show, when its figure goes stale, and when a year's judgement is due.

Pure and shared by the rules, ``status`` and the yearly report (domain-2.md,
sections 1 and 4):

- the **expected value** at a date follows the sub-targets (delmål) where a
  plan gives them - a date in a sub-target's year is held to that
  sub-target, between them the line runs straight - and the straight line
  from baseline to target where it does not;
- a figure is **stale** once the next one should have arrived: its reference
  date plus the frequency's interval, the data source's lag (register data
  arrive 12-18 months late) and a grace share of the interval;
- sub-targets move in the criterion's direction (HP307).

When a year's evaluation or assessment is due is the calendar's
(:func:`hplan.domain.calendar.evaluation_due_date`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence

from hplan.domain.calendar import FREQUENCY_DAYS
from hplan.model.criteria import Point, SubTarget

# A month of data lag in days: lags are given in months, staleness counts days.
_MONTH_DAYS = 365.25 / 12


def expected_value(baseline: Point, target: Point, targets: Sequence[SubTarget], when: dt.date) -> float:
    """The value a criterion should show at ``when``: its sub-target of that year, else the line through its points.

    The points are the baseline, the sub-targets and the target, by date; the
    line is held flat before the first and after the last.
    """
    same_year = [s for s in targets if s.date.year == when.year and s.date >= baseline.date]
    if same_year:
        return max(same_year, key=lambda s: s.date).value
    points = sorted(
        {(baseline.date, baseline.value), *((s.date, s.value) for s in targets), (target.date, target.value)}
    )
    points = [p for p in points if p[0] >= baseline.date]
    if when <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in itertools.pairwise(points):
        if d0 <= when <= d1:
            span = (d1 - d0).days
            return v1 if span == 0 else v0 + (v1 - v0) * (when - d0).days / span
    return points[-1][1]


def expected_share(baseline: Point, target: Point, targets: Sequence[SubTarget], when: dt.date) -> float | None:
    """The expected value as a share of the way from baseline to target; ``None`` without sub-targets or a way."""
    span = target.value - baseline.value
    if not targets or span == 0:
        return None
    return (expected_value(baseline, target, targets, when) - baseline.value) / span


def sub_target_for(targets: Iterable[SubTarget], when: dt.date) -> SubTarget | None:
    """The sub-target of ``when``'s calendar year (the latest, when a year has two)."""
    same_year = [s for s in targets if s.date.year == when.year]
    return max(same_year, key=lambda s: s.date) if same_year else None


def stale_limit(frequency: str, lag_months: int, grace: float) -> int | None:
    """Days after its reference date a figure goes stale: interval + lag + round(interval x grace); ``None``: never."""
    interval = FREQUENCY_DAYS.get(frequency)
    if interval is None:
        return None
    return interval + round(lag_months * _MONTH_DAYS) + round(interval * grace)


def moves_in_direction(direction: str, values: Sequence[float]) -> bool:
    """Whether each value keeps or moves the way ``direction`` says from the one before it."""
    pairs = list(itertools.pairwise(values))
    if direction == "increase":
        return all(b >= a for a, b in pairs)
    if direction == "decrease":
        return all(b <= a for a, b in pairs)
    return True
