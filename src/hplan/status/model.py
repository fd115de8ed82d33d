"""The values ``hplan status`` answers with: a plan's status and its parts, and the states they are judged in.

Every value is immutable and picklable as it is: a worker process computes a
plan's status and the parent unpickles it. The parts of a plan's status are
named tuples rather than frozen dataclasses: pickle rebuilds a named tuple
with one call of its constructor, a frozen slotted dataclass with one
``object.__setattr__`` a field (bench/README.md, "Where the time goes").
The result of a whole run, :class:`StatusResult`, is made once and is a
frozen dataclass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple

from hplan.check.context import FileFacts
from hplan.diagnostics import Diagnostic, Severity
from hplan.status.governance import GovernanceStatus
from hplan.status.money import MoneyStatus
from hplan.status.options import StatusOptions

CriterionState = Literal["on_track", "at_risk", "off_track", "no_data"]
MilestoneState = Literal["overdue", "due_soon", "planned", "done", "cancelled"]
AgreementState = Literal["expired", "expiring", "ends_early", "valid", "renewed"]
Phase = Literal["not_started", "running", "ended"]

CRITERION_STATES: tuple[CriterionState, ...] = ("on_track", "at_risk", "off_track", "no_data")
MILESTONE_STATES: tuple[MilestoneState, ...] = ("overdue", "due_soon", "planned", "done", "cancelled")


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
    baseline: Reading | None  # None while the baseline is pending (see baseline_due)
    target: Reading
    latest: Reading | None
    progress: float | None  # share of the way from baseline to target; may be < 0 or > 1 (calculated progress)
    expected: float | None  # share of the way expected at the latest measurement's date
    state: CriterionState
    stale: bool
    age_days: int  # days from the latest measurement (or the baseline) to the as-of date
    ignored: int  # measurements dated after the as-of date
    baseline_due: dt.date | None = None  # a pending baseline's due date
    baseline_overdue: bool = False  # pending past its due date (rule HP604)
    sub_target: Reading | None = None  # the sub-target (delmål) the latest measurement is held to
    assessment: AssessmentEntry | None = None  # the latest recorded judgement, which outranks the state
    lag_months: int = 0  # how late the data source's figures arrive
    target_group: str | None = None


class AssessmentEntry(NamedTuple):
    """A recorded judgement (målopfyldelse) of a criterion for one year: met, partly_met or not_met."""

    year: int
    date: dt.date
    status: str
    note: str | None


class QualitativeStatus(NamedTuple):
    """A qualitative criterion as of the date: its latest judgement and the years that lack one."""

    id: str
    focus_area: str
    text: str
    source: str  # the data source's kind
    target_group: str | None
    latest: AssessmentEntry | None  # the latest judgement dated on or before the as-of date
    missing: tuple[int, ...]  # evaluated years past their due date without a judgement
    assessments: tuple[AssessmentEntry, ...]  # every judgement dated on or before the as-of date, by year


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
    next_due: dt.date | None = None  # the day that year's evaluation is due (the profile's evaluation_due)
    open_now: bool = False  # the next year has ended and its evaluation is not due yet

    @property
    def due(self) -> bool:
        """Whether an evaluation is due (some ended year has none)."""
        return bool(self.missing)


class AgreementStatus(NamedTuple):
    """A cooperation agreement and when it ends."""

    id: str
    partner: str
    subject: str
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
    governance: GovernanceStatus | None = None  # the board's next meeting, the contingency plan
    judged: tuple[QualitativeStatus, ...] = ()  # the qualitative criteria
    money: MoneyStatus | None = None  # None when the plan records no money beyond its budget

    @property
    def ended(self) -> bool:
        """Whether the plan's period has ended on the as-of date (afsluttet)."""
        return self.period is not None and self.period.phase == "ended"

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


class FileSummary(NamedTuple):
    """A file shown only in the validation summary (a board, say)."""

    file: str
    kind: str | None
    validation: ValidationSummary


class FileStatus(NamedTuple):
    """What :func:`hplan.status.run.status_file` returns for one file."""

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
    def ended(self) -> int:
        """How many plans have ended (afsluttet) on the as-of date."""
        return sum(1 for p in self.plans if p.ended)

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
