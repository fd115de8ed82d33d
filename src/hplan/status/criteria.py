"""One success criterion as of a date: its latest measurement, calculated progress, expected progress, state, staleness.

A criterion is judged at its latest measurement dated (and, where given,
published) on or before the as-of date; later ones are ignored. Its
calculated progress - the share of the way from baseline to target - is
held against the share expected on the measurement's date: its sub-target
(delmål) where the plan gives them, else a straight line from the baseline
date to the target date. A pending baseline has no progress. A recorded
judgement (målopfyldelse) is carried beside the computed state and never
replaced by it. docs/status.md gives the rules a user reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hplan.domain.progress import expected_share, stale_limit, sub_target_for
from hplan.model.criteria import Assessment, Point, QualitativeCriterion, SuccessCriterion
from hplan.privacy import redact
from hplan.status.model import AssessmentEntry, CriterionState, CriterionStatus, QualitativeStatus, Reading
from hplan.status.options import DEFAULT_THRESHOLDS, Thresholds

# Comparing a progress with a share of the expected progress in floating
# point: a criterion exactly on the line must not fall below it by rounding.
_EPSILON = 1e-9


def latest_measurement(criterion: SuccessCriterion, as_of: dt.date) -> Reading | None:
    """The latest measurement dated on or before ``as_of`` (of two on one date, the later listed)."""
    return _measurements(criterion, as_of)[0]


def _measurements(
    criterion: SuccessCriterion, as_of: dt.date, known_by: dt.date | None = None
) -> tuple[Reading | None, int]:
    """The latest measurement dated on or before ``as_of`` and published by ``known_by``, and how many are not."""
    known_by = as_of if known_by is None else known_by
    chosen = None
    last = None
    ignored = 0
    for measurement in criterion.measurements:
        day = measurement.date
        published = measurement.published
        if day > as_of or (published is not None and published > known_by):
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


def is_stale(frequency: str, last: dt.date, as_of: dt.date, thresholds: Thresholds, lag_months: int = 0) -> bool:
    """Whether a figure describing ``last`` is older, on ``as_of``, than its frequency and its data's lag allow."""
    limit = stale_limit(frequency, lag_months, thresholds.stale_grace)
    return limit is not None and (as_of - last).days > limit


def latest_assessment(assessments: Iterable[Assessment], as_of: dt.date) -> AssessmentEntry | None:
    """The judgement of the latest year, among those dated on or before ``as_of``."""
    known = judgements(assessments, as_of)
    return known[-1] if known else None


def judgements(assessments: Iterable[Assessment], as_of: dt.date) -> tuple[AssessmentEntry, ...]:
    """The judgements dated on or before ``as_of``, by year."""
    return tuple(
        AssessmentEntry(a.year, a.date, a.status, redact(a.note) if a.note is not None else None)
        for a in sorted(assessments, key=lambda a: (a.year, a.date))
        if a.date <= as_of
    )


def criterion_status(
    criterion: SuccessCriterion,
    focus_area: str,
    as_of: dt.date,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    lag_months: int | None = None,
    known_by: dt.date | None = None,
) -> CriterionStatus:
    """Calculated progress and state of one success criterion, judged at its latest measurement.

    Without a measurement, or while the baseline is pending, the state is
    ``no_data``; staleness then counts from the baseline date (or the date
    the baseline is due): the first figure is due one interval and the data
    source's lag after it. ``lag_months`` is the profile's default for the
    source's kind; the criterion's own ``data_source.lag_months`` wins.
    ``known_by`` (default ``as_of``) is the day a figure must be published
    by: the yearly report judges at the year's end, as known on its as-of
    date. A
    target equal to its baseline (for ``increase``/``decrease`` an error,
    HP304) is judged like ``maintain``.
    """
    baseline, target = criterion.baseline, criterion.target
    latest, ignored = _measurements(criterion, as_of, known_by)
    lag = criterion.data_source.lag_months
    lag = lag if lag is not None else (lag_months or 0)
    frequency = criterion.data_source.frequency
    share, expected, state = _judged(criterion, latest, thresholds)
    if latest is not None:
        last_date = latest.date
    else:
        last_date = baseline.date if baseline is not None else (criterion.baseline_due or criterion.target.date)
    sub = sub_target_for(criterion.targets, latest.date) if latest is not None else None
    # Positional, in the order of the fields: a thousand plans make some ten thousand of these.
    return CriterionStatus(
        criterion.id,
        focus_area,
        redact(criterion.indicator),
        criterion.unit,
        criterion.direction,
        frequency,
        None if baseline is None else Reading(baseline.value, baseline.date),
        Reading(target.value, target.date),
        latest,
        share,
        expected,
        state,
        is_stale(frequency, last_date, as_of, thresholds, lag),
        (as_of - last_date).days,
        ignored,
        criterion.baseline_due if baseline is None else None,
        baseline is None and criterion.baseline_due is not None and criterion.baseline_due < as_of,
        None if sub is None else Reading(sub.value, sub.date),
        latest_assessment(criterion.assessments, as_of),
        lag,
        criterion.target_group,
    )


def _judged(
    criterion: SuccessCriterion, latest: Reading | None, thresholds: Thresholds
) -> tuple[float | None, float | None, CriterionState]:
    """Calculated progress, expected progress and state at the latest measurement."""
    baseline, target = criterion.baseline, criterion.target
    if latest is None or baseline is None:
        return None, None, "no_data"
    share = progress(baseline, target, latest.value)
    if criterion.direction == "maintain" or share is None:
        return None, None, judge_maintain(baseline.value, latest.value, thresholds)
    expected = expected_share(baseline, target, criterion.targets, latest.date)
    if expected is None:
        expected = expected_progress(baseline, target, latest.date)
    return share, expected, judge_progress(share, expected, thresholds)


def qualitative_status(
    criterion: QualitativeCriterion, focus_area: str, as_of: dt.date, due_years: Iterable[int]
) -> QualitativeStatus:
    """A qualitative criterion: its judgements as of the date, and which of ``due_years`` lack one."""
    known = judgements(criterion.assessments, as_of)
    judged = {entry.year for entry in known}
    return QualitativeStatus(
        criterion.id,
        focus_area,
        redact(criterion.text),
        criterion.data_source.kind,
        criterion.target_group,
        known[-1] if known else None,
        tuple(year for year in due_years if year not in judged),
        known,
    )
