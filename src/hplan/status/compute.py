"""Plan(s) + an as-of date -> where each plan stands: the data behind ``hplan status``.

Everything here returns immutable values and never prints; the reporters in
``hplan.views.status.text`` render them. The pieces are small functions with
plain inputs (``criterion_status(criterion, focus_area, as_of)``,
``milestone_status(milestone, as_of, horizon)``, ``budget_status(plan,
as_of)``, ...) so that other commands - the yearly evaluation report - can
reuse them one by one.

Plan text in the values (names, titles, indicators, references) passes
through :func:`hplan.diagnostics.redact`: a CPR-like number is reported by
validation (HP701) and never repeated. Ids are kept as they are (they
identify items); the reporters mask their whole output as well.

Time: every answer is "as of" a date. Measurements dated after it are
ignored, as are revisions approved after it and milestones completed after
it (they were not done yet). Evaluations are counted as recorded, exactly as
rule HP601 counts them, so that ``status`` and ``validate`` agree on which
evaluation is missing.

Validation comes first: each file goes through the same check as ``hplan
validate`` (:func:`hplan.check.pipeline.check_and_read`, so the two never disagree),
and the model that check built is reused rather than validated again. A plan that
does not pass the shape check is read "as far as it can be read": the list
items and unknown keys that fail are left out (:func:`read_leniently`), and
the status says which.

:func:`status_file` does the work for one file with picklable inputs and
output, so that a caller may spread files over worker processes. The values
a plan's status is made of are named tuples, not frozen dataclasses (a
frozen dataclass is rebuilt field by field through ``object.__setattr__``),
and a plan's status crosses from a worker as plain tuples with dates as day
numbers (:func:`plan_to_wire`), which pickle writes and reads in C.
bench/README.md says what status costs over validate.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import ValidationError

from hplan.check.context import FileFacts, Options
from hplan.check.pipeline import (
    FileResult,
    check_and_read,
    combine,
    discover,
)
from hplan.check.policy import RulePolicy
from hplan.diagnostics import Diagnostic, Severity
from hplan.domain.budget import LBF, Totals, yearly_totals
from hplan.domain.calendar import evaluated_years, evaluations_missing
from hplan.model.board import Board
from hplan.model.plan import (
    CROSS_CUTTING,
    CooperationAgreement,
    Frequency,
    Milestone,
    Period,
    Plan,
    Point,
    SuccessCriterion,
)
from hplan.paths import data_path, render
from hplan.privacy import redact
from hplan.yamlio.loader import load_file

CriterionState = Literal["on_track", "at_risk", "off_track", "no_data"]
MilestoneState = Literal["overdue", "due_soon", "planned", "done", "cancelled"]
AgreementState = Literal["expired", "expiring", "ends_early", "valid"]
Phase = Literal["not_started", "running", "ended"]

CRITERION_STATES: tuple[CriterionState, ...] = ("on_track", "at_risk", "off_track", "no_data")
MILESTONE_STATES: tuple[MilestoneState, ...] = ("overdue", "due_soon", "planned", "done", "cancelled")

DEFAULT_HORIZON = 60

# The nominal interval between two measurements of each frequency, in days.
# ``once`` has none: a criterion measured once never goes stale.
FREQUENCY_DAYS: Mapping[str, int | None] = {
    "yearly": 365,
    "half_yearly": 183,
    "quarterly": 92,
    "monthly": 31,
    "once": None,
}

# Comparing a progress with a share of the expected progress in floating
# point: a criterion exactly on the line must not fall below it by rounding.
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Thresholds:
    """How progress is judged. The defaults are the documented ones (docs/status.md).

    - ``on_track``: a criterion is on track when its progress is at least this
      share of the progress expected at the date of its latest measurement
      (0.9: at least 90 % of the way it should have come);
    - ``at_risk``: at risk from this share up to ``on_track``; below it, off
      track (0.5);
    - ``maintain_tolerance``: a ``maintain`` criterion is on track within this
      share of its baseline (0.05: within 5 %), at risk within twice it, off
      track beyond;
    - ``stale_grace``: a measurement goes stale when it is older than its
      frequency's interval plus this share of the interval (0.25: a yearly
      figure is stale after 365 + 91 = 456 days), because figures arrive late.
    """

    on_track: float = 0.9
    at_risk: float = 0.5
    maintain_tolerance: float = 0.05
    stale_grace: float = 0.25

    def __post_init__(self) -> None:
        if not 0 <= self.at_risk <= self.on_track:
            raise ValueError(f"thresholds must satisfy 0 <= at_risk ({self.at_risk}) <= on_track ({self.on_track})")
        if self.maintain_tolerance < 0 or self.stale_grace < 0:
            raise ValueError("the maintain tolerance and the stale grace must not be negative")

    def stale_after(self, frequency: Frequency | str) -> int | None:
        """Days after which a measurement of this frequency is stale; ``None``: never."""
        interval = FREQUENCY_DAYS.get(frequency)
        if interval is None:
            return None
        return interval + round(interval * self.stale_grace)


@dataclass(frozen=True, slots=True)
class StatusOptions:
    """What a status run is asked: the date, the horizon, the thresholds."""

    as_of: dt.date
    horizon: int = DEFAULT_HORIZON
    thresholds: Thresholds = Thresholds()
    profile_path: tuple[Path, ...] = ()
    # rule severities and suppressions, as validate applies them
    policy: RulePolicy = dataclasses.field(default_factory=RulePolicy)

    @property
    def validation(self) -> Options:
        """The options validation runs with (the same date, the same policy)."""
        return Options(as_of=self.as_of, profile_path=self.profile_path, policy=self.policy)


# --- values -----------------------------------------------------------------


class Reading(NamedTuple):
    """A value at a date: a baseline, a target or a measurement."""

    value: float
    date: dt.date


class PeriodStatus(NamedTuple):
    """How far into its period a plan is."""

    start: dt.date
    end: dt.date
    elapsed: float
    phase: Phase
    plan_year: int | None  # 1 in the first twelve months, ...; None before the start and after the end
    plan_years: int  # how many (started) plan years the period has


class CriterionStatus(NamedTuple):
    """One success criterion as of the date."""

    id: str
    focus_area: str
    indicator: str
    unit: str
    direction: str
    frequency: str
    baseline: Reading
    target: Reading
    latest: Reading | None
    progress: float | None  # share of the way from baseline to target; may be < 0 or > 1
    expected: float | None  # share of the way expected at the latest measurement's date
    state: CriterionState
    stale: bool
    age_days: int  # days from the latest measurement (or the baseline) to the as-of date
    ignored: int  # measurements dated after the as-of date


class MilestoneStatus(NamedTuple):
    """One milestone as of the date."""

    id: str
    title: str
    due: dt.date
    state: MilestoneState
    status: str  # as written in the plan: planned, done, delayed, cancelled
    completed: dt.date | None
    focus_area: str | None
    days: int  # due - as_of: negative when past due
    recent: bool  # done within the horizon before the as-of date


class YearBudget(NamedTuple):
    """One calendar year of the budget."""

    year: int
    planned: int
    spent: int | None  # all lines of the year that report spending; None when none does
    lbf: int
    local_share: float | None
    by_source: tuple[tuple[str, int], ...]


class AreaBudget(NamedTuple):
    """One focus area's (or ``cross_cutting``'s) budget in one calendar year."""

    focus_area: str
    planned: int
    spent: int | None  # the lines of the area that report spending; None when none does


class BudgetStatus(NamedTuple):
    """The budget: planned per year and source, spent where reported, local share."""

    total: int
    lbf: int
    local_share: float | None
    by_source: tuple[tuple[str, int], ...]
    years: tuple[YearBudget, ...]
    current: YearBudget | None  # the as-of date's calendar year, when the budget has it


class Contribution(NamedTuple):
    """A party's planned co-financing in one calendar year."""

    party: str
    name: str
    kind: str
    year: int
    amount: int


class EvaluationStatus(NamedTuple):
    """The steering group's yearly evaluations (counted as rule HP601 counts them)."""

    last_year: int | None
    last_date: dt.date | None
    missing: tuple[int, ...]  # ended years without an evaluation: one is due
    next_year: int | None  # the next year to evaluate (the first missing one, if any)
    next_from: dt.date | None  # the day that year can be evaluated: when it has ended

    @property
    def due(self) -> bool:
        """Whether an evaluation is due (some ended year has none)."""
        return bool(self.missing)


class AgreementStatus(NamedTuple):
    """A cooperation agreement and when it ends."""

    id: str
    partner: str
    valid_until: dt.date | None
    state: AgreementState
    days: int | None  # valid_until - as_of


class RevisionEntry(NamedTuple):
    """An approved revision of the plan."""

    date: dt.date
    approved_by: str
    reference: str
    summary: str


class ValidationSummary(NamedTuple):
    """What validation found in a file, and what status had to leave out."""

    errors: int
    warnings: int
    problems: tuple[Diagnostic, ...]
    readable: bool  # the document passed the shape check as a whole
    unread: tuple[str, ...] = ()  # parts left out of the status (paths in plan terms)

    @classmethod
    def of(cls, diagnostics: Iterable[Diagnostic], readable: bool, unread: tuple[str, ...] = ()) -> ValidationSummary:
        """Count the diagnostics of one file."""
        problems = tuple(sorted(diagnostics))
        errors = sum(1 for d in problems if d.severity is Severity.ERROR)
        return cls(errors, len(problems) - errors, problems, readable, unread)


class PlanStatus(NamedTuple):
    """Where one plan stands as of the date; parts are empty or ``None`` when unreadable."""

    file: str
    id: str | None
    name: str | None
    profile: str | None
    period: PeriodStatus | None
    criteria: tuple[CriterionStatus, ...]
    milestones: tuple[MilestoneStatus, ...]
    budget: BudgetStatus | None
    contributions: tuple[Contribution, ...]
    evaluations: EvaluationStatus | None
    agreements: tuple[AgreementStatus, ...]
    revisions: tuple[RevisionEntry, ...]
    validation: ValidationSummary

    def in_state(self, state: CriterionState) -> int:
        """How many criteria are in ``state``."""
        return sum(1 for c in self.criteria if c.state == state)

    @property
    def stale(self) -> int:
        """How many criteria have a stale latest measurement."""
        return sum(1 for c in self.criteria if c.stale)

    @property
    def overdue(self) -> int:
        """How many milestones are overdue."""
        return sum(1 for m in self.milestones if m.state == "overdue")

    @property
    def label(self) -> str:
        """The plan's name, else its id, else its file."""
        return self.name or self.id or self.file

    def __reduce__(self) -> tuple[Callable[[PlanWire], PlanStatus], tuple[PlanWire]]:
        """Pickled as plain tuples, dates as day numbers: see :func:`plan_to_wire`."""
        return plan_from_wire, (plan_to_wire(self),)


class FileSummary(NamedTuple):
    """A file shown only in the validation summary (a board, say)."""

    file: str
    kind: str | None
    validation: ValidationSummary


class FileStatus(NamedTuple):
    """What :func:`status_file` returns for one file; picklable."""

    facts: FileFacts
    diagnostics: tuple[Diagnostic, ...]
    plan: PlanStatus | None


@dataclass(frozen=True, slots=True)
class StatusResult:
    """The status of every plan under the paths, and the co-financing across them."""

    options: StatusOptions
    plans: tuple[PlanStatus, ...]
    co_financing: tuple[Contribution, ...]
    other_files: tuple[FileSummary, ...] = ()

    @property
    def errors(self) -> int:
        """Validation errors in all files, boards included."""
        return sum(p.validation.errors for p in self.plans) + sum(f.validation.errors for f in self.other_files)

    @property
    def warnings(self) -> int:
        """Validation warnings in all files, boards included."""
        return sum(p.validation.warnings for p in self.plans) + sum(f.validation.warnings for f in self.other_files)

    @property
    def files(self) -> int:
        """How many files were read."""
        return len(self.plans) + len(self.other_files)


# --- across processes ------------------------------------------------------------
# A worker sends each plan's status to the parent as pickle. Pickle rebuilds a
# named tuple through a Python-level __new__ and a date through its
# constructor, one by one: some 80 and 50 per plan, which made pickling a
# status cost as much as computing it. As plain tuples of strings and numbers,
# dates as day numbers (``date.toordinal``), pickle writes and reads it in C:
# PlanStatus.__reduce__ sends this form, and plan_from_wire rebuilds it.

PlanWire = tuple[Any, ...]
_new = tuple.__new__  # builds a named tuple from a tuple of its fields without a Python-level call
_day = dt.date.fromordinal


def _ordinal(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def _date(number: int | None) -> dt.date | None:
    return None if number is None else _day(number)


def plan_to_wire(plan: PlanStatus) -> PlanWire:
    """``plan`` as nested plain tuples (dates as day numbers); :func:`plan_from_wire` reverses it."""
    period, budget, evaluations = plan.period, plan.budget, plan.evaluations
    return (
        plan[:4],
        None if period is None else (period.start.toordinal(), period.end.toordinal(), *period[2:]),
        tuple(
            [
                (
                    *c[:6],
                    c.baseline.value,
                    c.baseline.date.toordinal(),
                    c.target.value,
                    c.target.date.toordinal(),
                    None if c.latest is None else (c.latest.value, c.latest.date.toordinal()),
                    *c[9:],
                )
                for c in plan.criteria
            ]
        ),
        tuple([(m.id, m.title, m.due.toordinal(), *m[3:5], _ordinal(m.completed), *m[6:]) for m in plan.milestones]),
        None
        if budget is None
        else (
            *budget[:4],
            tuple([tuple(y) for y in budget.years]),
            None if budget.current is None else tuple(budget.current),
        ),
        tuple([tuple(c) for c in plan.contributions]),
        None
        if evaluations is None
        else (
            evaluations.last_year,
            _ordinal(evaluations.last_date),
            *evaluations[2:4],
            _ordinal(evaluations.next_from),
        ),
        tuple([(a.id, a.partner, _ordinal(a.valid_until), a.state, a.days) for a in plan.agreements]),
        tuple([(r.date.toordinal(), *r[1:]) for r in plan.revisions]),
        tuple(plan.validation),
    )


def plan_from_wire(wire: PlanWire) -> PlanStatus:
    """The plan status :func:`plan_to_wire` made ``wire`` of."""
    head, period, criteria, milestones, budget, contributions, evaluations, agreements, revisions, validation = wire
    if budget is not None:
        years = tuple([_new(YearBudget, year) for year in budget[4]])
        current = budget[5]
        if current is not None:  # the same object as its year, as budget_status makes it
            current = next((year for year in years if year == current), None) or _new(YearBudget, current)
        budget = _new(BudgetStatus, (*budget[:4], years, current))
    return _new(
        PlanStatus,
        (
            *head,
            None if period is None else _new(PeriodStatus, (_day(period[0]), _day(period[1]), *period[2:])),
            tuple(
                [
                    _new(
                        CriterionStatus,
                        (
                            *c[:6],
                            _new(Reading, (c[6], _day(c[7]))),
                            _new(Reading, (c[8], _day(c[9]))),
                            None if c[10] is None else _new(Reading, (c[10][0], _day(c[10][1]))),
                            *c[11:],
                        ),
                    )
                    for c in criteria
                ]
            ),
            tuple(
                [_new(MilestoneStatus, (m[0], m[1], _day(m[2]), m[3], m[4], _date(m[5]), *m[6:])) for m in milestones]
            ),
            budget,
            tuple([_new(Contribution, c) for c in contributions]),
            None
            if evaluations is None
            else _new(
                EvaluationStatus,
                (evaluations[0], _date(evaluations[1]), *evaluations[2:4], _date(evaluations[4])),
            ),
            tuple([_new(AgreementStatus, (a[0], a[1], _date(a[2]), *a[3:])) for a in agreements]),
            tuple([_new(RevisionEntry, (_day(r[0]), *r[1:])) for r in revisions]),
            _new(ValidationSummary, validation),
        ),
    )


# --- the computations, one by one ---------------------------------------------


def period_status(period: Period, as_of: dt.date) -> PeriodStatus:
    """Elapsed share (the end date counts its day) and plan year of a period."""
    days = (period.end - period.start).days + 1
    if days <= 0:  # an end before the start (HP201): all or nothing
        elapsed = 1.0 if as_of > period.start else 0.0
    else:
        elapsed = min(max((as_of - period.start).days / days, 0.0), 1.0)
    years = _anniversaries(period.start, period.end + dt.timedelta(days=1))
    plan_years = max(years + (_add_years(period.start, years) <= period.end), 1)
    phase: Phase
    if as_of < period.start:
        phase, plan_year = "not_started", None
    elif as_of > period.end:
        phase, plan_year = "ended", None
    else:
        phase, plan_year = "running", _anniversaries(period.start, as_of) + 1
    return PeriodStatus(period.start, period.end, elapsed, phase, plan_year, plan_years)


def _anniversaries(start: dt.date, when: dt.date) -> int:
    """How many anniversaries of ``start`` have passed on ``when``."""
    return when.year - start.year - ((when.month, when.day) < (start.month, start.day))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


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
    criterion: SuccessCriterion, focus_area: str, as_of: dt.date, thresholds: Thresholds = Thresholds()
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


def milestone_status(milestone: Milestone, as_of: dt.date, horizon: int) -> MilestoneStatus:
    """The state of a milestone as of the date: overdue, due_soon, planned, done or cancelled.

    Due today is ``due_soon``, not overdue (as rule HP602). A milestone
    completed after the as-of date was not done yet on it.
    """
    done = milestone.status == "done" and (milestone.completed is None or milestone.completed <= as_of)
    days = (milestone.due - as_of).days
    state: MilestoneState
    if milestone.status == "cancelled":
        state = "cancelled"
    elif done:
        state = "done"
    elif days < 0:
        state = "overdue"
    elif days <= horizon:
        state = "due_soon"
    else:
        state = "planned"
    completed = milestone.completed
    recent = done and completed is not None and (as_of - completed).days <= horizon
    return MilestoneStatus(
        milestone.id,
        redact(milestone.title),
        milestone.due,
        state,
        milestone.status,
        completed if done else None,
        milestone.focus_area,
        days,
        recent,
    )


def budget_status(plan: Plan, as_of: dt.date) -> BudgetStatus:
    """Planned per year and source, spent where reported, local share per year and in all."""
    spent: dict[int, int] = {}
    for line in plan.budget.lines:
        if line.spent is not None:
            spent[line.year] = spent.get(line.year, 0) + line.spent
    by_year = yearly_totals(plan)
    whole: dict[str, int] = {}
    years = []
    for year in sorted(by_year):
        found = by_year[year]
        for source, amount in found.by_source.items():
            whole[source] = whole.get(source, 0) + amount
        years.append(
            YearBudget(year, found.total, spent.get(year), found.lbf, found.local_share, _sources(found.by_source))
        )
    total = Totals(whole)
    current = next((y for y in years if y.year == as_of.year), None)
    return BudgetStatus(total.total, total.lbf, total.local_share, _sources(whole), tuple(years), current)


def _sources(by_source: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    # lbf first, then the local sources by name: a stable order for every view.
    return tuple(sorted(by_source.items(), key=lambda item: (item[0] != LBF, item[0])))


def area_budgets(plan: Plan, year: int) -> tuple[AreaBudget, ...]:
    """Planned and spent per focus area in one calendar year; ``cross_cutting`` last.

    Areas in the plan's order, then any area a budget line names that the
    plan lacks (HP1xx reports it), then ``cross_cutting``. ``spent`` sums the
    lines that report it, as in :func:`budget_status`.
    """
    planned: dict[str, int] = defaultdict(int)
    spent: dict[str, int] = defaultdict(int)
    reported: set[str] = set()
    for line in plan.budget.lines:
        if line.year != year:
            continue
        planned[line.focus_area] += line.planned
        if line.spent is not None:
            spent[line.focus_area] += line.spent
            reported.add(line.focus_area)
    order = {area.id: i for i, area in enumerate(plan.focus_areas)}
    areas = sorted(planned, key=lambda area: (area == CROSS_CUTTING, order.get(area, len(order)), area))
    return tuple(AreaBudget(area, planned[area], spent[area] if area in reported else None) for area in areas)


def contributions(plan: Plan, budget: BudgetStatus) -> tuple[Contribution, ...]:
    """Each party's planned co-financing per year (parties that fund nothing are left out)."""
    parties = {party.id: party for party in plan.parties}
    names: dict[str, str] = {}  # each party's name, redacted once
    found = []
    for year in budget.years:
        for source, amount in year.by_source:
            party = parties.get(source)
            if party is not None and amount:
                name = names.get(source)
                if name is None:
                    name = names[source] = redact(party.name)
                found.append(Contribution(party.id, name, party.kind, year.year, amount))
    return tuple(sorted(found, key=_party_order))


_KIND_ORDER = {"municipality": 0, "housing_organisation": 1}


def _party_order(item: Contribution) -> tuple[int, str, int]:
    # Municipalities first, then housing organisations, then other parties.
    return (_KIND_ORDER.get(item.kind, 2), item.party, item.year)


def evaluation_status(plan: Plan, as_of: dt.date) -> EvaluationStatus:
    """The last evaluation, the missing ones (HP601's years) and the next one to hold."""
    last = max(plan.evaluations, key=lambda e: (e.year, e.date), default=None)
    missing = tuple(evaluations_missing(plan, as_of))
    done = {e.year for e in plan.evaluations}
    upcoming = [year for year in evaluated_years(plan.period) if year >= as_of.year and year not in done]
    next_year = missing[0] if missing else (upcoming[0] if upcoming else None)
    return EvaluationStatus(
        last_year=last.year if last is not None else None,
        last_date=last.date if last is not None else None,
        missing=missing,
        next_year=next_year,
        next_from=dt.date(next_year + 1, 1, 1) if next_year is not None else None,
    )


def agreement_status(
    agreement: CooperationAgreement, period_end: dt.date, as_of: dt.date, horizon: int
) -> AgreementStatus:
    """When an agreement ends: expired, expiring (in the horizon), ends_early (before the period, HP603), valid."""
    until = agreement.valid_until
    state: AgreementState
    if until is None:
        state, days = "valid", None
    else:
        days = (until - as_of).days
        if days < 0:
            state = "expired"
        elif days <= horizon:
            state = "expiring"
        elif until < period_end:
            state = "ends_early"
        else:
            state = "valid"
    return AgreementStatus(agreement.id, redact(agreement.partner), until, state, days)


def plan_status(plan: Plan, file: str, options: StatusOptions, validation: ValidationSummary) -> PlanStatus:
    """Everything ``hplan status`` shows of one plan."""
    as_of, horizon, thresholds = options.as_of, options.horizon, options.thresholds
    budget = budget_status(plan, as_of)
    return PlanStatus(
        file=file,
        id=plan.id,
        name=redact(plan.name),
        profile=plan.profile,
        period=period_status(plan.period, as_of),
        criteria=tuple(
            criterion_status(criterion, area.id, as_of, thresholds)
            for area in plan.focus_areas
            for criterion in area.success_criteria
        ),
        milestones=tuple(
            sorted(
                (milestone_status(m, as_of, horizon) for m in plan.milestones),
                key=lambda m: (m.due, m.id),
            )
        ),
        budget=budget,
        contributions=contributions(plan, budget),
        evaluations=evaluation_status(plan, as_of),
        agreements=tuple(agreement_status(a, plan.period.end, as_of, horizon) for a in plan.cooperation_agreements),
        revisions=tuple(
            RevisionEntry(r.date, r.approved_by, redact(r.reference), redact(r.summary))
            for r in sorted(plan.revisions, key=lambda r: r.date)
            if r.date <= as_of
        ),
        validation=validation,
    )


def unreadable_status(file: str, data: Any, facts: FileFacts, validation: ValidationSummary) -> PlanStatus:
    """A plan that cannot be read at all: its id and name where the text has them."""
    name = data.get("name") if isinstance(data, Mapping) else None
    return PlanStatus(
        file=file,
        id=facts.id,
        name=redact(name) if isinstance(name, str) else None,
        profile=None,
        period=None,
        criteria=(),
        milestones=(),
        budget=None,
        contributions=(),
        evaluations=None,
        agreements=(),
        revisions=(),
        validation=validation,
    )


# --- reading invalid plans as far as they can be read -------------------------

# Top-level keys with a default: when one of them is broken as a whole (not a
# list), status can leave it out and read the rest.
_OPTIONAL_TOP = frozenset(name for name, info in Plan.model_fields.items() if not info.is_required())
_MAX_ROUNDS = 8


def read_leniently(data: Any) -> tuple[Plan | None, tuple[str, ...]]:
    """The plan without the parts that fail the shape check, and those parts' paths.

    An unknown key is left out; any other problem leaves out the innermost
    list item that holds it (a criterion, a milestone, a budget line) or an
    optional top-level list as a whole. A problem elsewhere (the period, the
    name) makes the plan unreadable: ``(None, ...)``.
    """
    if not isinstance(data, Mapping) or data.get("kind") != "plan" or data.get("format") != 1:
        return None, ()
    current: Any = copy.deepcopy(data)
    left_out: list[str] = []
    for _ in range(_MAX_ROUNDS):
        try:
            return Plan.model_validate(current), tuple(left_out)
        except ValidationError as exc:
            cuts: set[tuple[str | int, ...]] = set()
            for error in exc.errors(include_url=False, include_input=False):
                cut = _part_to_leave_out(data_path(error["loc"], current), error["type"])
                if cut is None:
                    return None, tuple(left_out)
                cuts.add(cut)
        # Parts inside a part that goes are not removed on their own; later
        # list items go before earlier ones, so that no removal shifts another.
        for cut in sorted(_outermost(cuts), key=_removal_order, reverse=True):
            left_out.append(render(cut, current))
            try:
                _remove(current, cut)
            except (KeyError, IndexError, TypeError):  # a location that is not in the data
                return None, tuple(left_out)
    return None, tuple(left_out)


def _part_to_leave_out(path: tuple[str | int, ...], kind: str) -> tuple[str | int, ...] | None:
    if kind == "extra_forbidden" and path:
        return path
    for i in range(len(path) - 1, -1, -1):
        if isinstance(path[i], int):
            return path[: i + 1]
    if path and path[0] in _OPTIONAL_TOP:
        return path[:1]
    return None


def _outermost(cuts: set[tuple[str | int, ...]]) -> list[tuple[str | int, ...]]:
    # A cut inside another has one of its own beginnings among the cuts: a
    # look-up per level, not a comparison with every other cut (5,000 unknown
    # keys made 25 million comparisons).
    return [cut for cut in cuts if not any(cut[:length] in cuts for length in range(1, len(cut)))]


def _removal_order(path: tuple[str | int, ...]) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in path)


def _remove(data: Any, path: tuple[str | int, ...]) -> None:
    node = data
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]


# --- files and runs ---------------------------------------------------------------


def status_file(path: Path, display: str, options: StatusOptions) -> FileStatus:
    """Validate one file and, for a plan, compute its status. Picklable in and out."""
    return status_and_plan(path, display, options)[0]


def status_and_plan(path: Path, display: str, options: StatusOptions) -> tuple[FileStatus, Plan | None]:
    """:func:`status_file`, and the plan model the status was computed from (read leniently when invalid).

    For the yearly report, which shows plan text the status leaves out
    (criterion texts, evaluation summaries) and must not validate the file a
    second time. ``status_file`` drops the model: pickling it to and from a
    worker process costs more than it saves.
    """
    doc = load_file(path, display)
    result, model = check_and_read(doc, options.validation, path)
    facts, diagnostics = result.facts, tuple(result.diagnostics)
    if isinstance(model, Board) or facts.kind == "board":
        return FileStatus(facts, diagnostics, None), None
    if isinstance(model, Plan):
        plan: Plan | None = model
        validation = ValidationSummary.of(diagnostics, readable=True)
    else:
        plan, unread = read_leniently(doc.data)
        validation = ValidationSummary.of(diagnostics, readable=False, unread=unread)
    if plan is None:
        return FileStatus(facts, diagnostics, unreadable_status(doc.file, doc.data, facts, validation)), None
    return FileStatus(facts, diagnostics, plan_status(plan, doc.file, options, validation)), plan


def co_financing(plans: Sequence[PlanStatus]) -> tuple[Contribution, ...]:
    """Each party's contributions per calendar year summed across the plans.

    Parties are matched by their id; the name and kind are those of the first
    plan that names the party. Municipalities first, then housing
    organisations, then other parties; by id, then year.
    """
    amounts: dict[tuple[str, int], int] = defaultdict(int)
    first: dict[str, Contribution] = {}
    for plan in plans:
        for item in plan.contributions:
            amounts[item.party, item.year] += item.amount
            first.setdefault(item.party, item)
    found = [
        Contribution(party, first[party].name, first[party].kind, year, amount)
        for (party, year), amount in amounts.items()
    ]
    return tuple(sorted(found, key=_party_order))


def combine_status(files: Sequence[FileStatus], options: StatusOptions) -> StatusResult:
    """Add the cross-file findings (unique ids, the board's plans) and build the result."""
    validation = combine([FileResult(f.facts, list(f.diagnostics)) for f in files], options.validation)
    by_file: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in validation.diagnostics:
        by_file[diagnostic.file].append(diagnostic)
    plans: list[PlanStatus] = []
    others: list[FileSummary] = []
    for item in files:
        name = item.facts.file
        if item.plan is None:
            others.append(FileSummary(name, item.facts.kind, ValidationSummary.of(by_file[name], readable=True)))
            continue
        summary = item.plan.validation
        complete = ValidationSummary.of(by_file[name], summary.readable, summary.unread)
        plans.append(item.plan._replace(validation=complete))
    return StatusResult(options, tuple(plans), co_financing(plans), tuple(others))


def status_paths(
    paths: Iterable[Path],
    options: StatusOptions,
    jobs: int | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> StatusResult:
    """The status of every plan under ``paths`` (boards count in validation only).

    ``meanwhile`` runs while worker processes read the plans (see :func:`hplan.parallel.map_items`).
    """
    return combine_status(status_files(discover(paths), options, jobs, meanwhile), options)


def status_files(
    files: Sequence[tuple[Path, str]],
    options: StatusOptions,
    jobs: int | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[FileStatus]:
    """:func:`status_file` for each file, in worker processes for many files, as validate does."""
    from hplan.parallel import map_items

    return map_items(_status_in_worker, [(path, display, options) for path, display in files], jobs, meanwhile)


def _status_in_worker(job: tuple[Path, str, StatusOptions]) -> FileStatus:
    return status_file(*job)
