"""A plan + a calendar year -> the yearly evaluation (målopfyldelsesskema): the data behind ``hplan report``.

Once a year the steering group evaluates the plan's activities against its
success criteria, and the plan reports goal attainment and next year's
milestones to LBF. :func:`yearly_report` gathers what that needs for one
calendar year into frozen values and never prints; ``hplan.views.yearly.render``
renders them as markdown or HTML.

Nothing is computed here that ``hplan status`` computes: the file is read and
validated once by :func:`hplan.status.run.status_and_plan` (so the report and
``validate`` never disagree), and criteria, milestones, the budget, the
evaluations and the revisions come from the status core's functions. This
module only chooses what belongs to the year.

The dates (docs/report.md says the same for users):

- ``as_of`` (default: 31 December of the year, or today when that is
  earlier) is the day the report describes things as, exactly as for
  ``hplan status``: a milestone completed after it was not done yet, a
  revision approved after it is left out, validation judges as of it.
- the **cut-off** is 31 December of the year, or ``as_of`` when earlier.
  The year's measurement of a criterion is its latest measurement dated in
  the year up to the cut-off; goal attainment and state are judged at that
  measurement, as ``status`` judges them (``criterion_status`` at the
  cut-off). A later ``--as-of`` therefore never brings next year's figures
  into this year's sheet.
- the steering group's evaluation of the year is shown whenever it is
  recorded: it is held after the year has ended.

Plan text in the values passes through :func:`hplan.diagnostics.redact`, as
in the status core.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from hplan.check.pipeline import discover
from hplan.check.policy import RulePolicy
from hplan.domain.budget import LBF
from hplan.domain.calendar import evaluated_years
from hplan.errors import ProfileError, UsageError
from hplan.model.plan import CROSS_CUTTING, Plan, SuccessCriterion
from hplan.privacy import redact
from hplan.status.criteria import criterion_status, deviation
from hplan.status.model import (
    AreaBudget,
    CriterionState,
    CriterionStatus,
    EvaluationStatus,
    MilestoneStatus,
    PeriodStatus,
    Reading,
    RevisionEntry,
    ValidationSummary,
    YearBudget,
)
from hplan.status.options import DEFAULT_HORIZON, StatusOptions, Thresholds
from hplan.status.plan import area_budgets
from hplan.status.run import combine_status, status_and_plan

Outcome = Literal["done", "late", "open", "cancelled"]
EvaluationState = Literal["recorded", "missing", "pending", "not_evaluated"]
OUTCOMES: tuple[Outcome, ...] = ("done", "late", "open", "cancelled")

# A milestone's state in the status core -> what the yearly sheet says of it.
_OUTCOME: dict[str, Outcome] = {
    "done": "done",
    "cancelled": "cancelled",
    "overdue": "late",
    "due_soon": "open",
    "planned": "open",
}


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What a yearly report is asked: the year, the as-of date, the thresholds."""

    year: int
    as_of: dt.date
    thresholds: Thresholds = field(default_factory=Thresholds)
    profile_path: tuple[Path, ...] = ()
    policy: RulePolicy = field(default_factory=RulePolicy)

    @property
    def cutoff(self) -> dt.date:
        """The last day whose measurements count for the year: 31 December, or the as-of date when earlier."""
        return min(dt.date(self.year, 12, 31), self.as_of)

    @property
    def status(self) -> StatusOptions:
        """The options the status core runs with (the same date and thresholds)."""
        return StatusOptions(
            as_of=self.as_of,
            horizon=DEFAULT_HORIZON,
            thresholds=self.thresholds,
            profile_path=self.profile_path,
            policy=self.policy,
        )


def default_as_of(year: int, today: dt.date) -> dt.date:
    """31 December of ``year``, or ``today`` when that is earlier (a year still running)."""
    return min(dt.date(year, 12, 31), today)


# --- values -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearCriterion:
    """A success criterion in the year: the status core's judgement at the cut-off, and its texts."""

    status: CriterionStatus  # judged at the cut-off, by criterion_status
    text: str
    source_kind: str
    source_name: str
    note: str | None  # the note of the year's measurement, if it has one
    history: tuple[Reading, ...]  # every measurement up to the cut-off, by date: the chart's points
    year: int

    @property
    def id(self) -> str:
        """The criterion's id."""
        return self.status.id

    @property
    def measurement(self) -> Reading | None:
        """The year's measurement: the latest dated in the year, up to the cut-off."""
        latest = self.status.latest
        return latest if latest is not None and latest.date.year == self.year else None

    @property
    def earlier(self) -> Reading | None:
        """Without a measurement in the year, the latest one before it (for context)."""
        return self.status.latest if self.measurement is None else None

    @property
    def attainment(self) -> float | None:
        """Goal attainment: the share of the way from baseline to target at the year's measurement.

        ``None`` without a measurement in the year, and for ``maintain``
        criteria (they are judged by their distance from the baseline).
        """
        return self.status.progress if self.measurement is not None else None

    @property
    def state(self) -> CriterionState:
        """The status core's state at the year's measurement; ``no_data`` without one."""
        return self.status.state if self.measurement is not None else "no_data"

    @property
    def deviation(self) -> float | None:
        """For ``maintain``: the year's measurement's distance from the baseline, as a share of it."""
        reading = self.measurement
        if reading is None or self.attainment is not None:
            return None
        return deviation(self.status.baseline.value, reading.value)


@dataclass(frozen=True, slots=True)
class YearFocusArea:
    """An indsatsområde with its success criteria."""

    id: str
    name: str  # the profile's Danish name, else the id
    purpose: str
    criteria: tuple[YearCriterion, ...]


@dataclass(frozen=True, slots=True)
class YearMilestone:
    """A milestone of the milestone plan, with what the yearly sheet says of it."""

    status: MilestoneStatus  # the status core's state as of the as-of date
    focus_area_name: str | None

    @property
    def outcome(self) -> Outcome:
        """``done``, ``late`` (past due, not done), ``open`` (not yet due) or ``cancelled``."""
        return _OUTCOME[self.status.state]

    @property
    def days_late(self) -> int:
        """For a milestone done after its due date, by how many days; else 0."""
        completed = self.status.completed
        return max((completed - self.status.due).days, 0) if completed is not None else 0


@dataclass(frozen=True, slots=True)
class SourceAmount:
    """One funding source's planned amount in the year."""

    source: str  # lbf, a party id, or other
    name: str | None  # the party's name; None for lbf and other
    kind: str  # lbf, municipality, housing_organisation, other
    amount: int


@dataclass(frozen=True, slots=True)
class AreaAmount:
    """A focus area's (or the cross-cutting part's) planned and spent amounts in the year."""

    budget: AreaBudget
    name: str | None  # the focus area's name; None for cross_cutting

    @property
    def cross_cutting(self) -> bool:
        """Whether these are the cross-cutting lines (the secretariat)."""
        return self.budget.focus_area == CROSS_CUTTING


@dataclass(frozen=True, slots=True)
class YearBudgetReport:
    """The year's budget: planned per source and per focus area, spent, the local share."""

    year: YearBudget  # the status core's figures of the year
    sources: tuple[SourceAmount, ...]
    areas: tuple[AreaAmount, ...]
    plan_local_share: float | None  # over the whole period, as rule HP401 computes it
    min_local_share: float | None  # the profile's minimum, when the profile is known

    @property
    def spent_share(self) -> float | None:
        """Spent as a share of planned; ``None`` when no spending is reported."""
        if self.year.spent is None or not self.year.planned:
            return None
        return self.year.spent / self.year.planned

    @property
    def local(self) -> int:
        """The local co-financing of the year (all sources but LBF)."""
        return self.year.planned - self.year.lbf


@dataclass(frozen=True, slots=True)
class YearEvaluation:
    """The steering group's evaluation of the year, as recorded."""

    date: dt.date
    summary: str
    decisions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class YearlyReport:
    """Everything the yearly evaluation of one plan and one calendar year shows."""

    file: str
    id: str
    name: str
    area: str
    profile: str
    profile_name: str | None
    year: int
    as_of: dt.date
    cutoff: dt.date
    period: PeriodStatus  # as of the as-of date
    covered: tuple[dt.date, dt.date]  # the part of the year inside the plan's period
    focus_areas: tuple[YearFocusArea, ...]
    milestones: tuple[YearMilestone, ...]  # due in the year
    next_milestones: tuple[YearMilestone, ...]  # due in the next year
    budget: YearBudgetReport | None  # None when the budget has no line for the year
    evaluations: tuple[YearEvaluation, ...]  # recorded for the year (normally one)
    evaluation_state: EvaluationState
    evaluation_status: EvaluationStatus  # the plan's evaluations as of the as-of date
    revisions: tuple[RevisionEntry, ...]  # approved in the year, up to the as-of date
    validation: ValidationSummary
    thresholds: Thresholds

    @property
    def criteria(self) -> tuple[YearCriterion, ...]:
        """Every success criterion, focus area by focus area."""
        return tuple(c for area in self.focus_areas for c in area.criteria)

    def count(self, state: CriterionState) -> int:
        """How many criteria are in ``state`` for the year."""
        return sum(1 for c in self.criteria if c.state == state)

    def outcomes(self) -> dict[Outcome, int]:
        """How many of the year's milestones are done, late, open and cancelled."""
        return {outcome: sum(1 for m in self.milestones if m.outcome == outcome) for outcome in OUTCOMES}

    @property
    def partial_year(self) -> bool:
        """Whether the period covers only part of the calendar year."""
        return self.covered != (dt.date(self.year, 1, 1), dt.date(self.year, 12, 31))


@dataclass(frozen=True, slots=True)
class UnreadablePlan:
    """A plan that cannot be read even leniently: no report, only its problems."""

    file: str
    validation: ValidationSummary


# --- building the report -------------------------------------------------------------


def yearly_report(path: Path, options: ReportOptions) -> YearlyReport | UnreadablePlan:
    """The yearly evaluation of the plan at ``path`` for ``options.year``.

    Raises :class:`UsageError` (exit 2) when ``path`` is a folder or a board,
    when the year lies outside the plan's period or has not begun on the
    as-of date, and when the plan records nothing for the year.
    """
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; hplan report takes one plan file")
    ((file, display),) = discover([path])
    status_options = options.status
    file_status, plan = status_and_plan(file, display, status_options)
    # Cross-file findings (a plan id used twice, the board's plans list) as status adds them.
    result = combine_status([file_status], status_options)
    if file_status.plan is None:
        raise UsageError(f"{display}: is a kind: {file_status.facts.kind} document, not a plan; name a plan file")
    status = result.plans[0]
    if plan is None or status.period is None or status.evaluations is None or status.budget is None:
        return UnreadablePlan(status.file, status.validation)
    _check_year(plan, options, display)
    profile_name, area_names, min_share = _profile_facts(plan, file, options.profile_path)
    year = options.year
    focus_areas = tuple(
        YearFocusArea(
            id=area.id,
            name=area_names.get(area.id, area.id),
            purpose=redact(area.purpose),
            criteria=tuple(_criterion(c, area.id, options) for c in area.success_criteria),
        )
        for area in plan.focus_areas
    )
    milestones = [
        YearMilestone(m, area_names.get(m.focus_area, m.focus_area) if m.focus_area else None)
        for m in status.milestones
    ]
    year_budget = next((y for y in status.budget.years if y.year == year), None)
    budget = None
    if year_budget is not None:
        budget = YearBudgetReport(
            year=year_budget,
            sources=_sources(plan, year_budget),
            areas=tuple(
                AreaAmount(a, None if a.focus_area == CROSS_CUTTING else area_names.get(a.focus_area, a.focus_area))
                for a in area_budgets(plan, year)
            ),
            plan_local_share=status.budget.local_share,
            min_local_share=min_share,
        )
    evaluations = tuple(
        YearEvaluation(e.date, redact(e.summary), tuple(redact(d) for d in e.decisions))
        for e in sorted(plan.evaluations, key=lambda e: e.date)
        if e.year == year
    )
    report = YearlyReport(
        file=status.file,
        id=plan.id,
        name=redact(plan.name),
        area=redact(plan.area),
        profile=redact(plan.profile),
        profile_name=profile_name,
        year=year,
        as_of=options.as_of,
        cutoff=options.cutoff,
        period=status.period,
        covered=(max(plan.period.start, dt.date(year, 1, 1)), min(plan.period.end, dt.date(year, 12, 31))),
        focus_areas=focus_areas,
        milestones=tuple(m for m in milestones if m.status.due.year == year),
        next_milestones=tuple(m for m in milestones if m.status.due.year == year + 1),
        budget=budget,
        evaluations=evaluations,
        evaluation_state=_evaluation_state(plan, year, evaluations, status.evaluations),
        evaluation_status=status.evaluations,
        revisions=tuple(r for r in status.revisions if r.date.year == year),
        validation=status.validation,
        thresholds=options.thresholds,
    )
    if _nothing_recorded(report):
        raise UsageError(
            f"--year {year}: {display} records nothing for {year} - no measurement dated in it, no milestone "
            f"due in it, no budget line, evaluation or revision - so there is no yearly report to make"
        )
    return report


def _check_year(plan: Plan, options: ReportOptions, display: str) -> None:
    start, end = plan.period.start, plan.period.end
    year = options.year
    if not start.year <= year <= end.year:
        raise UsageError(
            f"--year {year}: {display} runs from {start} to {end}; choose a year from {start.year} to {end.year}"
        )
    if options.as_of < dt.date(year, 1, 1):
        raise UsageError(
            f"--year {year} has not begun on {options.as_of} (the as-of date); "
            f"choose a year up to {options.as_of.year}, or a later --as-of"
        )


def _criterion(criterion: SuccessCriterion, focus_area: str, options: ReportOptions) -> YearCriterion:
    cutoff = options.cutoff
    status = criterion_status(criterion, focus_area, cutoff, options.thresholds)
    history = sorted(
        (m for m in criterion.measurements if m.date <= cutoff),
        key=lambda m: m.date,  # a stable sort: of two on one date, the later listed stays last, as in status
    )
    latest = status.latest
    note = None
    if latest is not None and latest.date.year == options.year and history:
        note = history[-1].note
    return YearCriterion(
        status=status,
        text=redact(criterion.text),
        source_kind=criterion.data_source.kind,
        source_name=redact(criterion.data_source.name),
        note=redact(note) if note else None,
        history=tuple(Reading(m.value, m.date) for m in history),
        year=options.year,
    )


def _profile_facts(
    plan: Plan, file: Path, search_path: tuple[Path, ...]
) -> tuple[str | None, dict[str, str], float | None]:
    """The profile's name, its focus areas' Danish names and its minimum local share, when it can be read."""
    from hplan.profiles import resolve_profile

    try:
        profile = resolve_profile(plan.profile, file.resolve().parent, search_path)
    except ProfileError:  # validation reports it at the plan's 'profile:' line
        profile = None
    if profile is None:
        return None, {}, None
    return redact(profile.name), {a.id: redact(a.name) for a in profile.focus_areas}, profile.min_local_share


_SOURCE_ORDER = {LBF: 0, "municipality": 1, "housing_organisation": 2, "other": 3}


def _sources(plan: Plan, year: YearBudget) -> tuple[SourceAmount, ...]:
    """The year's funding per source: LBF, then municipalities, housing organisations, other parties, ``other``."""
    parties = {party.id: party for party in plan.parties}
    found = []
    for source, amount in year.by_source:
        party = parties.get(source)
        if source == LBF:
            found.append(SourceAmount(source, None, LBF, amount))
        elif party is not None:
            found.append(SourceAmount(source, redact(party.name), party.kind, amount))
        else:  # 'other', or an unknown source (HP402 reports it)
            found.append(SourceAmount(source, None, "other", amount))
    return tuple(sorted(found, key=lambda s: (_SOURCE_ORDER.get(s.kind, 3), s.name is None, s.source)))


def _evaluation_state(
    plan: Plan, year: int, recorded: tuple[YearEvaluation, ...], status: EvaluationStatus
) -> EvaluationState:
    if recorded:
        return "recorded"
    if year not in evaluated_years(plan.period):
        return "not_evaluated"
    return "missing" if year in status.missing else "pending"


def _nothing_recorded(report: YearlyReport) -> bool:
    return not (
        any(c.measurement is not None for c in report.criteria)
        or report.milestones
        or report.budget is not None
        or report.evaluations
        or report.revisions
    )
