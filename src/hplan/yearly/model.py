"""The yearly evaluation's values: what ``hplan report`` shows of one plan and one calendar year.

:func:`hplan.yearly.report.yearly_report` builds them (it says how the year's
measurements, milestones and budget are chosen); the views in
:mod:`hplan.views.yearly` render them. They are frozen and hold the status
core's own values (criterion, milestone and budget states), so that the report
and ``hplan status`` never judge a thing differently. Plan text in them has
passed through :func:`hplan.privacy.redact`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from hplan.model.plan import CROSS_CUTTING
from hplan.status.criteria import deviation
from hplan.status.model import (
    AreaBudget,
    AssessmentEntry,
    CriterionState,
    CriterionStatus,
    EvaluationStatus,
    MilestoneStatus,
    PeriodStatus,
    QualitativeStatus,
    Reading,
    RevisionEntry,
    ValidationSummary,
    YearBudget,
)
from hplan.status.options import Thresholds
from hplan.yearly.board import BoardFollowUp

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
class YearCriterion:
    """A success criterion in the year: the status core's judgement at the cut-off, and its texts."""

    status: CriterionStatus  # judged at the cut-off, by criterion_status
    text: str
    source_kind: str
    source_name: str
    note: str | None  # the note of the year's measurement, if it has one
    history: tuple[Reading, ...]  # every measurement up to the cut-off, by date: the chart's points
    year: int
    judgement: AssessmentEntry | None = None  # the year's recorded judgement (målopfyldelse), when made by as-of
    target_group: str | None = None  # the target group's name (målgruppe)

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
        if reading is None or self.attainment is not None or self.status.baseline is None:
            return None
        return deviation(self.status.baseline.value, reading.value)


@dataclass(frozen=True, slots=True)
class YearFocusArea:
    """An indsatsområde with its success criteria."""

    id: str
    name: str  # the profile's Danish name, else the id
    purpose: str
    criteria: tuple[YearCriterion, ...]
    judged: tuple[QualitativeStatus, ...] = ()  # qualitative criteria, judged as of the as-of date
    target_groups: tuple[str, ...] = ()  # the names of the focus area's target groups


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
    board: BoardFollowUp | None = None  # the board's follow-up of the criteria in the year

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
