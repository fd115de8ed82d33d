"""Success criteria as delaftaler write them: pending baselines, sub-targets, target groups, judgements.

The shape (domain-2.md, section 1) is in :mod:`hplan.model.criteria`; these
rules hold its facts together. The ones that depend on the date
(``--as-of``) come last: a baseline past its due date, a figure dated in the
future, a qualitative criterion's missing judgement.
"""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.calendar import DEFAULT_EVALUATION_DUE, evaluated_years, evaluation_due_date
from hplan.domain.progress import moves_in_direction
from hplan.i18n.glossary import term
from hplan.i18n.message import did_you_mean, msg
from hplan.model.criteria import QualitativeCriterion, SuccessCriterion
from hplan.model.plan import Plan
from hplan.rules.registry import Finding, rule

DocPath = tuple[str | int, ...]


def quantitative(plan: Plan) -> Iterator[tuple[SuccessCriterion, DocPath]]:
    """Each quantitative criterion of the plan with its document path."""
    for i, area in enumerate(plan.focus_areas):
        for j, criterion in enumerate(area.success_criteria):
            if isinstance(criterion, SuccessCriterion):
                yield criterion, ("focus_areas", i, "success_criteria", j)


def qualitative(plan: Plan) -> Iterator[tuple[QualitativeCriterion, DocPath]]:
    """Each qualitative criterion of the plan with its document path."""
    for i, area in enumerate(plan.focus_areas):
        for j, criterion in enumerate(area.success_criteria):
            if isinstance(criterion, QualitativeCriterion):
                yield criterion, ("focus_areas", i, "success_criteria", j)


@rule(codes.BASELINE_MISSING, Severity.ERROR, "plan")
def baseline_missing(ctx: PlanContext) -> Iterator[Finding]:
    """A quantitative criterion has a baseline, or says when it is due.

    A new plan often sets the baseline at the first measurement; it then
    gives ``baseline_due`` instead of ``baseline``.

    Passing:
        - {id: ub-neet, ..., baseline_due: 2017-12-31, target: {value: 18.0, date: 2020-12-31}}
    Failing:
        - {id: ub-neet, ..., target: {value: 18.0, date: 2020-12-31}}
    """
    for criterion, path in quantitative(ctx.plan):
        if criterion.baseline is None and criterion.baseline_due is None:
            yield Finding(
                (*path, "id"),
                msg("f.baseline.missing", id=criterion.id),
            )


@rule(codes.SUB_TARGET_DIRECTION, Severity.WARNING, "plan")
def sub_target_direction(ctx: PlanContext) -> Iterator[Finding]:
    """Sub-targets (delmål) move from the baseline towards the target in the criterion's direction.

    A warning, not an error: a plan may allow a dip in its first year.

    Passing:
        direction: decrease
        baseline: {value: 24.0, date: 2016-12-31}
        targets: [{date: 2017-12-31, value: 23.0}, {date: 2018-12-31, value: 21.5}]
    Failing:
        direction: decrease
        baseline: {value: 24.0, date: 2016-12-31}
        targets: [{date: 2017-12-31, value: 23.0}, {date: 2018-12-31, value: 25.0}]
    """
    for criterion, path in quantitative(ctx.plan):
        order = sorted(range(len(criterion.targets)), key=lambda k: criterion.targets[k].date)
        before = [] if criterion.baseline is None else [criterion.baseline.value]
        for position, k in enumerate(order):
            values = [*before, *(criterion.targets[m].value for m in order[: position + 1])]
            if not moves_in_direction(criterion.direction, values[-2:]):
                sub = criterion.targets[k]
                yield Finding(
                    (*path, "targets", k, "value"),
                    msg(
                        "f.sub_target.direction",
                        id=criterion.id,
                        direction=term("direction", criterion.direction),
                        date=sub.date,
                        value=sub.value,
                        previous=values[-2],
                    ),
                )
        last = max(criterion.targets, key=lambda s: s.date, default=None)
        if last is not None and not moves_in_direction(criterion.direction, [last.value, criterion.target.value]):
            yield Finding(
                (*path, "target", "value"),
                msg(
                    "f.sub_target.target_back",
                    id=criterion.id,
                    direction=term("direction", criterion.direction),
                    target=criterion.target.value,
                    last=last.value,
                ),
            )


@rule(codes.UNKNOWN_TARGET_GROUP, Severity.ERROR, "plan")
def unknown_target_group(ctx: PlanContext) -> Iterator[Finding]:
    """Focus areas, criteria and activities name target groups the plan defines.

    Target groups (målgrupper) are defined once, under ``target_groups``,
    and referred to by id.

    Passing:
        target_groups: [{id: unge-15-29, name: 15-29-årige uden uddannelse og job}]
        ... target_group: unge-15-29
    Failing:
        target_groups: [{id: unge-15-29, name: 15-29-årige uden uddannelse og job}]
        ... target_group: unge-15-30
    """
    known = [group.id for group in ctx.plan.target_groups]
    for reference, path in _target_group_references(ctx.plan):
        if reference not in known:
            hint = did_you_mean(reference, known)
            if known:
                yield Finding(path, msg("f.target_group.unknown", id=reference, hint=hint, names=", ".join(known)))
            else:
                yield Finding(path, msg("f.target_group.none", id=reference, hint=hint))


def _target_group_references(plan: Plan) -> Iterator[tuple[str, DocPath]]:
    for i, area in enumerate(plan.focus_areas):
        for k, group in enumerate(area.target_groups):
            yield group, ("focus_areas", i, "target_groups", k)
        for j, criterion in enumerate(area.success_criteria):
            if criterion.target_group is not None:
                yield criterion.target_group, ("focus_areas", i, "success_criteria", j, "target_group")
        for j, activity in enumerate(area.activities):
            for k, group in enumerate(activity.target_groups):
                yield group, ("focus_areas", i, "activities", j, "target_groups", k)


@rule(codes.BASELINE_OVERDUE, Severity.WARNING, "plan")
def baseline_overdue(ctx: PlanContext) -> Iterator[Finding]:
    """A pending baseline is set by the date it is due.

    As of ``--as-of``; recording the baseline needs no approval.

    Passing:
        # as of 2018-06-01
        baseline: {value: 23.1, date: 2017-12-31}
        baseline_due: 2017-12-31
    Failing:
        # as of 2018-06-01
        baseline_due: 2017-12-31
    """
    as_of = ctx.options.as_of
    for criterion, path in quantitative(ctx.plan):
        due = criterion.baseline_due
        if criterion.baseline is None and due is not None and due < as_of:
            yield Finding(
                (*path, "baseline_due"),
                msg("f.baseline.overdue", id=criterion.id, due=due),
            )


@rule(codes.MEASUREMENT_IN_FUTURE, Severity.WARNING, "plan")
def measurement_in_future(ctx: PlanContext) -> Iterator[Finding]:
    """No measurement is dated (or published) after the as-of date.

    A measurement's date is the day the figure describes; one in the future
    is likely a typo. Status and the report leave it out. A plan that has not
    started by the as-of date is looked at from before its time, so what it
    records later is not flagged.

    Passing:
        # as of 2018-06-01
        - {date: 2017-12-31, value: 23.1, published: 2018-05-15}
    Failing:
        # as of 2018-06-01
        - {date: 2018-12-31, value: 23.1}
    """
    as_of = ctx.options.as_of
    if ctx.plan.period.start > as_of:
        return
    for criterion, path in quantitative(ctx.plan):
        for k, measurement in enumerate(criterion.measurements):
            if measurement.date > as_of:
                yield Finding(
                    (*path, "measurements", k, "date"),
                    msg("f.measurement.future", id=criterion.id, date=measurement.date, as_of=as_of),
                )
            elif measurement.published is not None and measurement.published > as_of:
                yield Finding(
                    (*path, "measurements", k, "published"),
                    msg("f.measurement.published", id=criterion.id, published=measurement.published, as_of=as_of),
                )


@rule(codes.ASSESSMENT_MISSING, Severity.WARNING, "plan")
def assessment_missing(ctx: PlanContext) -> Iterator[Finding]:
    """Every evaluated year of a qualitative criterion is judged by the evaluation's due date.

    The steering group judges a qualitative criterion met, partly met or not
    met each year; a year is missing once its evaluation is due (the
    profile's ``evaluation_due``, default 31 March of the next year).

    Passing:
        # as of 2018-06-01
        - {id: ub-samarbejde, kind: qualitative, ...,
           assessments: [{year: 2017, date: 2018-02-20, status: met}]}
    Failing:
        # as of 2018-06-01
        - {id: ub-samarbejde, kind: qualitative, ..., assessments: []}
    """
    as_of = ctx.options.as_of
    due = ctx.profile.evaluation_due if ctx.profile is not None else DEFAULT_EVALUATION_DUE
    years = [y for y in evaluated_years(ctx.plan.period) if evaluation_due_date(y, due) < as_of]
    for criterion, path in qualitative(ctx.plan):
        judged = {a.year for a in criterion.assessments if a.date <= as_of}
        for year in years:
            if year not in judged:
                yield Finding(
                    (*path, "assessments"),
                    msg("f.assessment.missing", id=criterion.id, year=year, due=evaluation_due_date(year, due)),
                    at_key=True,
                )
