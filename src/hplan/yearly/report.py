"""A plan + a calendar year -> the yearly evaluation (målopfyldelsesskema): the data behind ``hplan report``.

Once a year the steering group evaluates the plan's activities against its
success criteria, and the plan reports goal attainment and next year's
milestones to LBF. :func:`yearly_report` gathers what that needs for one
calendar year into the frozen values of :mod:`hplan.yearly.model` and never
prints; ``hplan.views.yearly.render`` renders them as markdown or HTML.

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

Plan text in the values passes through :func:`hplan.privacy.redact`, as
in the status core.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hplan import codes
from hplan.check.pipeline import discover, plan_board
from hplan.check.policy import RulePolicy
from hplan.domain.budget import LBF
from hplan.domain.calendar import evaluated_years
from hplan.errors import UsageError
from hplan.i18n.message import msg
from hplan.model.criteria import SourceKind, SuccessCriterion
from hplan.model.plan import CROSS_CUTTING, Plan
from hplan.privacy import redact
from hplan.profiles import Profile
from hplan.status.criteria import criterion_status, judgements
from hplan.status.model import BudgetStatus, EvaluationStatus, PlanStatus, Reading, YearBudget
from hplan.status.options import DEFAULT_HORIZON, StatusOptions, Thresholds
from hplan.status.plan import area_budgets
from hplan.status.run import combine_status, plan_profile, status_and_plan
from hplan.yearly.board import board_follow_up
from hplan.yearly.model import (
    AreaAmount,
    EvaluationState,
    SourceAmount,
    UnreadablePlan,
    YearBudgetReport,
    YearCriterion,
    YearEvaluation,
    YearFocusArea,
    YearlyReport,
    YearMilestone,
)


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
            policy=self._policy,
        )

    @property
    def _policy(self) -> RulePolicy:
        # A report of a past year is made from a file that already holds the later figures: they are
        # left out of the year, not typos, so the report does not warn of them (HP605).
        severities = ((codes.MEASUREMENT_IN_FUTURE, "off"), *self.policy.severities)
        return dataclasses.replace(self.policy, severities=severities)


def default_as_of(year: int, today: dt.date) -> dt.date:
    """31 December of ``year``, or ``today`` when that is earlier (a year still running)."""
    return min(dt.date(year, 12, 31), today)


# --- building the report -------------------------------------------------------------


def yearly_report(path: Path, options: ReportOptions) -> YearlyReport | UnreadablePlan:
    """The yearly evaluation of the plan at ``path`` for ``options.year``.

    Raises :class:`UsageError` (exit 2) when ``path`` is a folder or a board,
    when the year lies outside the plan's period or has not begun on the
    as-of date, and when the plan records nothing for the year.
    """
    read = read_for_report(path, options)
    return read if isinstance(read, UnreadablePlan) else read[0]


def read_for_report(path: Path, options: ReportOptions) -> tuple[YearlyReport, Plan, Profile | None] | UnreadablePlan:
    """:func:`yearly_report`, with the plan it was made from and the plan's profile.

    For the report to LBF, which adds the money and must not read and check
    the file a second time. The plan is the validated model when
    ``report.validation.readable``, else read leniently.
    """
    if path.is_dir():
        raise UsageError(msg("err.report.folder", path=path))
    ((file, display),) = discover([path])
    status_options = options.status
    file_status, plan = status_and_plan(file, display, status_options)
    # Cross-file findings (a plan id used twice, the board's plans list) as status adds them.
    result = combine_status([file_status], status_options)
    if file_status.plan is None:
        raise UsageError(msg("err.report.kind", file=display, kind=file_status.facts.kind))
    status = result.plans[0]
    if plan is None or status.period is None or status.evaluations is None or status.budget is None:
        return UnreadablePlan(status.file, status.validation)
    _check_year(plan, options, display)
    profile = plan_profile(plan, file, options.profile_path)
    report = _report(plan, file, status, options, profile)
    if _nothing_recorded(report):
        year = options.year
        raise UsageError(msg("err.report.nothing", year=year, file=display))
    return report, plan, profile


def _report(
    plan: Plan, file: Path, status: PlanStatus, options: ReportOptions, profile: Profile | None
) -> YearlyReport:
    """The report of a plan that could be read, for a year inside its period."""
    # yearly_report returned an UnreadablePlan for a plan without them.
    assert status.period is not None and status.evaluations is not None and status.budget is not None
    profile_name, area_names, min_share = _profile_facts(profile)
    lags: Mapping[SourceKind, int] = profile.lag_months if profile is not None else {}
    groups = {group.id: redact(group.name) for group in plan.target_groups}
    year = options.year
    milestones = [
        YearMilestone(m, area_names.get(m.focus_area, m.focus_area) if m.focus_area else None)
        for m in status.milestones
    ]
    evaluations = tuple(
        YearEvaluation(e.date, redact(e.summary), tuple(redact(d) for d in e.decisions))
        for e in sorted(plan.evaluations, key=lambda e: e.date)
        if e.year == year
    )
    return YearlyReport(
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
        focus_areas=tuple(
            YearFocusArea(
                id=area.id,
                name=area_names.get(area.id, area.id),
                purpose=redact(area.purpose),
                criteria=tuple(
                    dataclasses.replace(
                        _criterion(c, area.id, options, lags.get(c.data_source.kind, 0)),
                        target_group=groups.get(c.target_group or ""),
                    )
                    for c in area.success_criteria
                    if isinstance(c, SuccessCriterion)
                ),
                judged=tuple(j for j in status.judged if j.focus_area == area.id),
                target_groups=tuple(groups.get(g, g) for g in area.target_groups),
            )
            for area in plan.focus_areas
        ),
        milestones=tuple(m for m in milestones if m.status.due.year == year),
        next_milestones=tuple(m for m in milestones if m.status.due.year == year + 1),
        budget=_budget(plan, status.budget, year, area_names, min_share),
        evaluations=evaluations,
        evaluation_state=_evaluation_state(plan, year, evaluations, status.evaluations),
        evaluation_status=status.evaluations,
        revisions=tuple(r for r in status.revisions if r.date.year == year),
        validation=status.validation,
        thresholds=options.thresholds,
        board=board_follow_up(plan, plan_board(plan, file), year, options.as_of),
    )


def _budget(
    plan: Plan, budget: BudgetStatus, year: int, area_names: dict[str, str], min_share: float | None
) -> YearBudgetReport | None:
    """The year's budget, or ``None`` when the budget has no line for the year."""
    year_budget = next((y for y in budget.years if y.year == year), None)
    if year_budget is None:
        return None
    return YearBudgetReport(
        year=year_budget,
        sources=_sources(plan, year_budget),
        areas=tuple(
            AreaAmount(a, None if a.focus_area == CROSS_CUTTING else area_names.get(a.focus_area, a.focus_area))
            for a in area_budgets(plan, year)
        ),
        plan_local_share=budget.local_share,
        min_local_share=min_share,
    )


def _check_year(plan: Plan, options: ReportOptions, display: str) -> None:
    start, end = plan.period.start, plan.period.end
    year = options.year
    if not start.year <= year <= end.year:
        raise UsageError(
            msg("err.report.outside", year=year, file=display, start=start, end=end, first=start.year, last=end.year)
        )
    if options.as_of < dt.date(year, 1, 1):
        raise UsageError(msg("err.report.future", year=year, as_of=options.as_of, last=options.as_of.year))


def _criterion(criterion: SuccessCriterion, focus_area: str, options: ReportOptions, lag: int) -> YearCriterion:
    cutoff = options.cutoff
    status = criterion_status(criterion, focus_area, cutoff, options.thresholds, lag, known_by=options.as_of)
    judgement = next((j for j in judgements(criterion.assessments, options.as_of) if j.year == options.year), None)
    history = sorted(
        (m for m in criterion.measurements if m.date <= cutoff and (m.published or m.date) <= options.as_of),
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
        judgement=judgement,
    )


def _profile_facts(profile: Profile | None) -> tuple[str | None, dict[str, str], float | None]:
    """The profile's name, its focus areas' Danish names and its minimum local share, when it can be read."""
    if profile is None:  # validation reports why at the plan's 'profile:' line
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
        any(c.measurement is not None or c.judgement is not None for c in report.criteria)
        or any(a.year == report.year for area in report.focus_areas for j in area.judged for a in j.assessments)
        or report.milestones
        or report.budget is not None
        or report.evaluations
        or report.revisions
    )
