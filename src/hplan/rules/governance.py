"""Governance as of a date (``--as-of``, default today): what is late."""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.agreements import DEFAULT_AGREEMENT_HORIZON, has_successor
from hplan.domain.calendar import DEFAULT_EVALUATION_DUE, evaluation_due_date, evaluations_missing
from hplan.i18n import plural
from hplan.i18n.glossary import term
from hplan.i18n.message import msg
from hplan.rules.registry import Finding, rule


def _evaluation_due(ctx: PlanContext) -> str:
    return ctx.profile.evaluation_due if ctx.profile is not None else DEFAULT_EVALUATION_DUE


def plan_ended(ctx: PlanContext) -> bool:
    """Whether the plan's period has ended on the as-of date: it is afsluttet."""
    return ctx.options.as_of > ctx.plan.period.end


@rule(codes.EVALUATION_MISSING, Severity.WARNING, "plan")
def evaluation_missing(ctx: PlanContext) -> Iterator[Finding]:
    """Every completed calendar year of the period has a yearly evaluation by its due date.

    The steering group evaluates each year's activities against the success
    criteria in the first quarter of the next: the evaluation of a year is
    due by the profile's ``evaluation_due`` (default 31 March) of the next
    year. A year counts when it ends within the period; a plan starting
    1 February evaluates its first year too, a plan ending 31 January has
    no evaluation of its last month. An evaluation dated after ``--as-of``
    was not held yet on it.

    Passing:
        # as of 2018-06-01
        evaluations:
          - {year: 2017, date: 2018-02-20, summary: ...}
    Failing:
        # as of 2018-06-01, for a plan starting 2017-01-01
        evaluations: []
    """
    due = _evaluation_due(ctx)
    for year in evaluations_missing(ctx.plan, ctx.options.as_of, due):
        yield Finding(
            ("evaluations",),
            msg("f.evaluation.missing", year=year, due=evaluation_due_date(year, due)),
            at_key=True,
        )


@rule(codes.MILESTONE_OVERDUE, Severity.WARNING, "plan")
def milestone_overdue(ctx: PlanContext) -> Iterator[Finding]:
    """No milestone is past due without being done or cancelled.

    As of ``--as-of``; a milestone due that very day is not yet overdue, and
    one completed after it was not done yet. An ended plan (afsluttet) has
    no overdue milestones.

    Passing:
        # as of 2018-06-01
        - {id: m1, title: Åbning, due: 2018-03-01, status: done, completed: 2018-02-26}
    Failing:
        # as of 2018-06-01
        - {id: m1, title: Åbning, due: 2018-03-01, status: planned}
    """
    as_of = ctx.options.as_of
    if plan_ended(ctx):
        return
    for i, milestone in enumerate(ctx.plan.milestones):
        done = milestone.status == "done" and (milestone.completed is None or milestone.completed <= as_of)
        if done or milestone.status == "cancelled" or milestone.due >= as_of:
            continue
        days = (as_of - milestone.due).days
        written = "planned" if milestone.status == "done" else milestone.status
        yield Finding(
            ("milestones", i, "due"),
            msg(
                plural("f.milestone.overdue", days),
                id=milestone.id,
                due=milestone.due,
                count=days,
                status=term("milestone_state", written),
            ),
        )


@rule(codes.AGREEMENT_ENDS_EARLY, Severity.WARNING, "plan")
def agreement_ends_early(ctx: PlanContext) -> Iterator[Finding]:
    """A cooperation agreement that has expired, or expires soon, has a successor.

    Warned about only when it has expired on ``--as-of``, or expires within
    the profile's ``agreement_horizon`` (default 60 days; not for one marked
    ``renewal: annual``), before the period ends, and no successor covers
    the day after: another agreement that names it in ``renews``, or one with
    the same partner and subject signed by then. Not for an ended plan.

    Passing:
        # as of 2018-06-01
        cooperation_agreements:
          - {id: sa-skole-2017, ..., valid_until: 2017-12-31, renewal: annual}
          - {id: sa-skole-2018, ..., signed: 2018-01-10, valid_until: 2018-12-31, renews: sa-skole-2017}
    Failing:
        # as of 2018-06-01
        cooperation_agreements:
          - {id: sa-jobcenter, ..., valid_until: 2018-03-31}
    """
    if plan_ended(ctx):
        return
    as_of, end = ctx.options.as_of, ctx.plan.period.end
    horizon = ctx.profile.agreement_horizon if ctx.profile is not None else DEFAULT_AGREEMENT_HORIZON
    agreements = ctx.plan.cooperation_agreements
    for i, agreement in enumerate(agreements):
        until = agreement.valid_until
        if until is None or until >= end or has_successor(agreement, agreements):
            continue
        days = (until - as_of).days
        if days < 0:
            message = msg("f.agreement.expired", id=agreement.id, until=until)
        elif days <= horizon and agreement.renewal != "annual":
            message = msg(plural("f.agreement.expiring", days), id=agreement.id, until=until, count=days, end=end)
        else:
            continue
        yield Finding(("cooperation_agreements", i, "valid_until"), message)
