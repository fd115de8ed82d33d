"""One success criterion as of a date: its latest measurement, progress, expected progress, state and staleness.

A criterion is judged at its latest measurement dated on or before the
as-of date (later ones are ignored): its progress - the share of the way
from baseline to target - against the share of that way a straight line
from the baseline date to the target date has reached on the measurement's
date. docs/status.md gives the rules a user reads.
"""

from __future__ import annotations

import datetime as dt

from hplan.model.plan import Point, SuccessCriterion
from hplan.privacy import redact
from hplan.status.model import CriterionState, CriterionStatus, Reading
from hplan.status.options import DEFAULT_THRESHOLDS, Thresholds

# Comparing a progress with a share of the expected progress in floating
# point: a criterion exactly on the line must not fall below it by rounding.
_EPSILON = 1e-9


def latest_measurement(criterion: SuccessCriterion, as_of: dt.date) -> Reading | None:
    """The latest measurement dated on or before ``as_of`` (of two on one date, the later listed)."""
    return _measurements(criterion, as_of)[0]


def _measurements(criterion: SuccessCriterion, as_of: dt.date) -> tuple[Reading | None, int]:
    """The latest measurement on or before ``as_of``, and how many are dated after it: one pass."""
    chosen = None
    last = None
    ignored = 0
    for measurement in criterion.measurements:
        day = measurement.date
        if day > as_of:
            ignored += 1
        elif last is None or day >= last:
            chosen, last = measurement, day
    return (None if chosen is None else Reading(chosen.value, chosen.date)), ignored


def progress(baseline: Point, target: Point, value: float) -> float | None:
    """(value - baseline) / (target - baseline); ``None`` when target equals baseline.

    Also ``None`` when the target lies so close to the baseline (0 and 5e-324)
    that the share is beyond :data:`MAX_SHARE`: for every use, they are equal.
    """
    span = target.value - baseline.value
    return None if span == 0 else _bounded((value - baseline.value) / span)


def deviation(baseline: float, value: float) -> float | None:
    """(value - baseline) / |baseline|: how far a ``maintain`` criterion's measurement lies from its baseline.

    ``None`` for a baseline of 0, or one so near 0 that the share is beyond :data:`MAX_SHARE`.
    """
    return None if baseline == 0 else _bounded((value - baseline) / abs(baseline))


# A share of a billion times the way (or the baseline) means the two figures it
# divides by are equal for every purpose; beyond it, views that scale a share
# (to per cent, to a bar) would reach infinity.
MAX_SHARE = 1e9


def _bounded(share: float) -> float | None:
    return share if abs(share) <= MAX_SHARE else None  # NaN and infinity fail the comparison too


def expected_progress(baseline: Point, target: Point, when: dt.date) -> float:
    """The share of the way from baseline to target the straight line has reached at ``when``.

    The share of time from the baseline date to the target date, clamped to
    0..1; 1 when the target date does not come after the baseline date.
    """
    days = (target.date - baseline.date).days
    if days <= 0:
        return 1.0
    return min(max((when - baseline.date).days / days, 0.0), 1.0)


def judge_progress(value: float, expected: float, thresholds: Thresholds) -> CriterionState:
    """on_track / at_risk / off_track for a progress against the expected progress.

    Compared without dividing, so an expected progress of 0 works: then any
    progress that is not negative is on track, and a step back is off track.
    """
    if value >= thresholds.on_track * expected - _EPSILON:
        return "on_track"
    if value >= thresholds.at_risk * expected - _EPSILON:
        return "at_risk"
    return "off_track"


def judge_maintain(baseline: float, value: float, thresholds: Thresholds) -> CriterionState:
    """A ``maintain`` criterion: on track within the tolerance of its baseline, at risk within twice it."""
    deviation = abs(value - baseline)
    allowed = thresholds.maintain_tolerance * abs(baseline)
    if deviation <= allowed + _EPSILON:
        return "on_track"
    if deviation <= 2 * allowed + _EPSILON:
        return "at_risk"
    return "off_track"


def is_stale(frequency: str, last: dt.date, as_of: dt.date, thresholds: Thresholds) -> bool:
    """Whether a measurement taken on ``last`` is older, on ``as_of``, than its frequency allows."""
    limit = thresholds.stale_after(frequency)
    return limit is not None and (as_of - last).days > limit


def criterion_status(
    criterion: SuccessCriterion, focus_area: str, as_of: dt.date, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> CriterionStatus:
    """Progress and state of one success criterion, judged at its latest measurement.

    Without a measurement the state is ``no_data``, and staleness counts from
    the baseline date (the first measurement is due one interval after it).
    A target equal to its baseline (for ``increase``/``decrease`` an error,
    HP304) is judged like ``maintain``.
    """
    baseline, target = criterion.baseline, criterion.target
    latest, ignored = _measurements(criterion, as_of)
    last_date = latest.date if latest is not None else baseline.date
    frequency = criterion.data_source.frequency
    share: float | None = None
    expected: float | None = None
    state: CriterionState = "no_data"
    if latest is not None:
        share = progress(baseline, target, latest.value)
        if criterion.direction == "maintain" or share is None:
            state = judge_maintain(baseline.value, latest.value, thresholds)
            share = None
        else:
            expected = expected_progress(baseline, target, latest.date)
            state = judge_progress(share, expected, thresholds)
    # Positional, in the order of the fields: a thousand plans make some ten thousand of these.
    return CriterionStatus(
        criterion.id,
        focus_area,
        redact(criterion.indicator),
        criterion.unit,
        criterion.direction,
        frequency,
        Reading(baseline.value, baseline.date),
        Reading(target.value, target.date),
        latest,
        share,
        expected,
        state,
        is_stale(frequency, last_date, as_of, thresholds),
        (as_of - last_date).days,
        ignored,
    )
