"""The plan's period, and things dated against it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.calendar import period_years
from hplan.i18n.glossary import term
from hplan.i18n.message import Message, msg
from hplan.model.criteria import SuccessCriterion
from hplan.model.plan import Plan
from hplan.rules.registry import Finding, rule

DocPath = tuple[str | int, ...]


@rule(codes.PERIOD_ORDER, Severity.ERROR, "plan")
def period_order(ctx: PlanContext) -> Iterator[Finding]:
    """The period ends after it starts.

    Passing:
        period: {start: 2017-02-01, end: 2021-01-31}
    Failing:
        period: {start: 2021-01-31, end: 2017-02-01}
    """
    period = ctx.plan.period
    if period.end <= period.start:
        yield Finding(("period", "end"), msg("f.period.order", end=period.end, start=period.start))


@rule(codes.PERIOD_LENGTH, Severity.WARNING, "plan")
def period_length(ctx: PlanContext) -> Iterator[Finding]:
    """The period has the profile's usual length (four years for LBF plans).

    A warning: LBF can approve a shorter or an extended period.

    Passing:
        period: {start: 2017-01-01, end: 2020-12-31}
    Failing:
        period: {start: 2017-01-01, end: 2019-12-31}
    """
    period = ctx.plan.period
    if ctx.profile is None or period.end <= period.start:
        return
    years = period_years(period.start, period.end)
    expected = ctx.profile.period_years
    if abs(years - expected) > 31 / 365.25:
        yield Finding(
            ("period",),
            msg("f.period.length", years=years, profile=term("profile", ctx.profile.id), expected=expected),
            at_key=True,
        )


def _dated(plan: Plan) -> Iterator[tuple[Message, dt.date, DocPath]]:
    for i, area in enumerate(plan.focus_areas):
        for j, activity in enumerate(area.activities):
            base: DocPath = ("focus_areas", i, "activities", j)
            if activity.start is not None:
                yield msg("f.dated.activity_start", id=activity.id), activity.start, (*base, "start")
            if activity.end is not None:
                yield msg("f.dated.activity_end", id=activity.id), activity.end, (*base, "end")
        for j, criterion in enumerate(area.success_criteria):
            if not isinstance(criterion, SuccessCriterion):  # a qualitative criterion has no measurements
                continue
            for k, measurement in enumerate(criterion.measurements):
                yield (
                    msg("f.dated.measurement", id=criterion.id),
                    measurement.date,
                    ("focus_areas", i, "success_criteria", j, "measurements", k, "date"),
                )
    for i, milestone in enumerate(plan.milestones):
        yield msg("f.dated.milestone", id=milestone.id), milestone.due, ("milestones", i, "due")
    for i, agreement in enumerate(plan.cooperation_agreements):
        if agreement.signed is not None:
            yield (
                msg("f.dated.agreement", id=agreement.id),
                agreement.signed,
                ("cooperation_agreements", i, "signed"),
            )


@rule(codes.OUTSIDE_PERIOD, Severity.WARNING, "plan")
def outside_period(ctx: PlanContext) -> Iterator[Finding]:
    """Activities, milestones, measurements and agreements fall within the period.

    A warning, never an error: plans get extended and data come late.
    Baselines, signatures and approvals normally predate the period and are
    not checked.

    Passing:
        period: {start: 2017-01-01, end: 2020-12-31}
        milestones:
          - {id: m1, title: Evaluering, due: 2020-06-30}
    Failing:
        period: {start: 2017-01-01, end: 2020-12-31}
        milestones:
          - {id: m1, title: Evaluering, due: 2021-06-30}
    """
    period = ctx.plan.period
    if period.end <= period.start:
        return
    for what, when, path in _dated(ctx.plan):
        if when < period.start or when > period.end:
            side = "f.outside.before" if when < period.start else "f.outside.after"
            yield Finding(path, msg(side, what=what, when=when, start=period.start, end=period.end))


@rule(codes.BUDGET_YEAR_OUTSIDE_PERIOD, Severity.ERROR, "plan")
def budget_year_outside_period(ctx: PlanContext) -> Iterator[Finding]:
    """Every budget year overlaps the plan's period.

    Budget years are calendar years; a plan running 2017-02-01 to 2021-01-31
    may budget 2017 to 2021.

    Passing:
        budget:
          lines:
            - {year: 2017, ...}
    Failing:
        budget:
          lines:
            - {year: 2016, ...}
    """
    period = ctx.plan.period
    if period.end <= period.start:
        return  # HP201 reports the period; every year would be "outside" it
    for i, line in enumerate(ctx.plan.budget.lines):
        if not period.start.year <= line.year <= period.end.year:
            yield Finding(
                ("budget", "lines", i, "year"),
                msg("f.budget_year.outside", year=line.year, start=period.start, end=period.end),
            )
