"""One plan's status as of a date: its period, criteria, milestones, budget, evaluations and agreements.

The pieces are small functions with plain inputs (``milestone_status(milestone,
as_of, horizon)``, ``budget_status(plan, as_of)``, ...) so that other commands -
the yearly evaluation report - can reuse them one by one.

Time: every answer is "as of" a date, and every dated record later than it
is ignored: revisions approved after it are left out, milestones completed
after it were not done yet, evaluations and judgements made after it were
not made yet. Evaluations are counted exactly as rule HP601 counts them (due
by the profile's ``evaluation_due`` of the next year), so that ``status``
and ``validate`` agree on which evaluation is missing.

Plan text in the values (names, titles, partners, references) passes
through :func:`hplan.privacy.redact`: a CPR-like number is reported by
validation (HP701) and never repeated. Ids are kept as they are (they
identify items); the views mask their whole output as well.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from hplan.check.context import FileFacts
from hplan.domain.agreements import has_successor
from hplan.domain.budget import LBF, Totals, yearly_totals
from hplan.domain.calendar import (
    DEFAULT_EVALUATION_DUE,
    anniversaries,
    evaluated_years,
    evaluation_due_date,
    evaluations_held,
    evaluations_missing,
    plan_year_count,
)
from hplan.domain.money import spent_total
from hplan.model.criteria import QualitativeCriterion, SourceKind, SuccessCriterion
from hplan.model.plan import CROSS_CUTTING, CooperationAgreement, Milestone, Period, Plan
from hplan.privacy import redact
from hplan.profiles import Profile
from hplan.status.criteria import criterion_status, qualitative_status
from hplan.status.model import (
    AgreementState,
    AgreementStatus,
    AreaBudget,
    BudgetStatus,
    Contribution,
    EvaluationStatus,
    MilestoneState,
    MilestoneStatus,
    PeriodStatus,
    Phase,
    PlanStatus,
    RevisionEntry,
    ValidationSummary,
    YearBudget,
)
from hplan.status.money import money_status
from hplan.status.options import StatusOptions


def period_status(period: Period, as_of: dt.date) -> PeriodStatus:
    """Elapsed share (the end date counts its day) and plan year of a period."""
    days = (period.end - period.start).days + 1
    if days <= 0:  # an end before the start (HP201): all or nothing
        elapsed = 1.0 if as_of > period.start else 0.0
    else:
        elapsed = min(max((as_of - period.start).days / days, 0.0), 1.0)
    phase: Phase
    if as_of < period.start:
        phase, plan_year = "not_started", None
    elif as_of > period.end:
        phase, plan_year = "ended", None
    else:
        phase, plan_year = "running", anniversaries(period.start, as_of) + 1
    return PeriodStatus(period.start, period.end, elapsed, phase, plan_year, plan_year_count(period.start, period.end))


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
        amount = spent_total(line)
        if amount is not None:
            spent[line.year] = spent.get(line.year, 0) + amount
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
        amount = spent_total(line)
        if amount is not None:
            spent[line.focus_area] += amount
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
    return tuple(sorted(found, key=party_order))


_KIND_ORDER = {"municipality": 0, "housing_organisation": 1}


def party_order(item: Contribution) -> tuple[int, str, int]:
    """The order contributions are listed in: municipalities, housing organisations, other parties; by id, year."""
    return (_KIND_ORDER.get(item.kind, 2), item.party, item.year)


def evaluation_status(plan: Plan, as_of: dt.date, due: str = DEFAULT_EVALUATION_DUE) -> EvaluationStatus:
    """The last evaluation, the missing ones (HP601's years) and the next one to hold, as of the date."""
    held = [e for e in plan.evaluations if e.date <= as_of]
    last = max(held, key=lambda e: (e.year, e.date), default=None)
    missing = tuple(evaluations_missing(plan, as_of, due))
    done = evaluations_held(plan, as_of)
    upcoming = [year for year in evaluated_years(plan.period) if year not in done and year not in missing]
    next_year = missing[0] if missing else (upcoming[0] if upcoming else None)
    return EvaluationStatus(
        last_year=last.year if last is not None else None,
        last_date=last.date if last is not None else None,
        missing=missing,
        next_year=next_year,
        next_from=dt.date(next_year + 1, 1, 1) if next_year is not None else None,
        next_due=evaluation_due_date(next_year, due) if next_year is not None else None,
        open_now=next_year is not None and not missing and next_year < as_of.year,
    )


def _one_line(text: str) -> str:
    """Plan text for a line of a view: a block scalar's line breaks become spaces, and no CPR-like number."""
    return " ".join(redact(text).split())


def agreement_status(
    agreement: CooperationAgreement,
    period_end: dt.date,
    as_of: dt.date,
    horizon: int,
    others: Sequence[CooperationAgreement] = (),
) -> AgreementStatus:
    """When an agreement ends: expired, expiring (in the horizon), ends_early (before the period, HP603), valid.

    One that has expired or expires soon but has a successor among ``others`` (see HP603) is ``renewed``.
    """
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
        if state in ("expired", "expiring") and has_successor(agreement, others):
            state = "renewed"
    return AgreementStatus(agreement.id, _one_line(agreement.partner), _one_line(agreement.subject), until, state, days)


def plan_status(
    plan: Plan, file: str, options: StatusOptions, validation: ValidationSummary, profile: Profile | None = None
) -> PlanStatus:
    """Everything ``hplan status`` shows of one plan; the profile gives data lags and the evaluations' due date."""
    as_of, horizon, thresholds = options.as_of, options.horizon, options.thresholds
    due = profile.evaluation_due if profile is not None else DEFAULT_EVALUATION_DUE
    lags: Mapping[SourceKind, int] = profile.lag_months if profile is not None else {}
    due_years = [y for y in evaluated_years(plan.period) if evaluation_due_date(y, due) < as_of]
    budget = budget_status(plan, as_of)
    return PlanStatus(
        file=file,
        id=plan.id,
        name=redact(plan.name),
        profile=plan.profile,
        period=period_status(plan.period, as_of),
        criteria=tuple(
            criterion_status(criterion, area.id, as_of, thresholds, lags.get(criterion.data_source.kind, 0))
            for area in plan.focus_areas
            for criterion in area.success_criteria
            if isinstance(criterion, SuccessCriterion)
        ),
        milestones=tuple(
            sorted(
                (milestone_status(m, as_of, horizon) for m in plan.milestones),
                key=lambda m: (m.due, m.id),
            )
        ),
        budget=budget,
        contributions=contributions(plan, budget),
        evaluations=evaluation_status(plan, as_of, due),
        agreements=tuple(
            agreement_status(a, plan.period.end, as_of, horizon, plan.cooperation_agreements)
            for a in plan.cooperation_agreements
        ),
        revisions=tuple(
            RevisionEntry(r.date, r.main_body, redact(r.main_reference), redact(r.summary))
            for r in sorted(plan.revisions, key=lambda r: r.date)
            if r.date <= as_of
        ),
        validation=validation,
        judged=tuple(
            qualitative_status(criterion, area.id, as_of, due_years)
            for area in plan.focus_areas
            for criterion in area.success_criteria
            if isinstance(criterion, QualitativeCriterion)
        ),
        money=money_status(plan, as_of, horizon, profile),
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
