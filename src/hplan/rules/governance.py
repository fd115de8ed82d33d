"""Governance as of a date (``--as-of``, default today): what is late."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.calendar import evaluations_missing
from hplan.i18n import plural
from hplan.i18n.glossary import term
from hplan.i18n.message import msg
from hplan.rules.registry import Finding, rule


@rule(codes.EVALUATION_MISSING, Severity.WARNING, "plan")
def evaluation_missing(ctx: PlanContext) -> Iterator[Finding]:
    """Every completed calendar year of the period has a yearly evaluation.

    The steering group evaluates each year's activities against the success
    criteria. A year counts once it has ended (as of ``--as-of``) and
    ended within the period; a plan starting 1 February evaluates its first
    year too, a plan ending 31 January has no evaluation of its last month.

    Passing:
        evaluations:
          - {year: 2017, date: 2018-02-20, summary: ...}
    Failing:
        # as of 2018-06-01, for a plan starting 2017-01-01
        evaluations: []
    """
    for year in evaluations_missing(ctx.plan, ctx.options.as_of):
        yield Finding(
            ("evaluations",),
            msg("f.evaluation.missing", year=year),
            at_key=True,
        )


@rule(codes.MILESTONE_OVERDUE, Severity.WARNING, "plan")
def milestone_overdue(ctx: PlanContext) -> Iterator[Finding]:
    """No milestone is past due without being done or cancelled.

    As of ``--as-of``; a milestone due that very day is not yet overdue.

    Passing:
        # as of 2018-06-01
        - {id: m1, title: Åbning, due: 2018-03-01, status: done, completed: 2018-02-26}
    Failing:
        # as of 2018-06-01
        - {id: m1, title: Åbning, due: 2018-03-01, status: planned}
    """
    as_of = ctx.options.as_of
    for i, milestone in enumerate(ctx.plan.milestones):
        if milestone.status in ("done", "cancelled") or milestone.due >= as_of:
            continue
        days = (as_of - milestone.due).days
        yield Finding(
            ("milestones", i, "due"),
            msg(
                plural("f.milestone.overdue", days),
                id=milestone.id,
                due=milestone.due,
                count=days,
                status=term("milestone_state", milestone.status),
            ),
        )


@rule(codes.AGREEMENT_ENDS_EARLY, Severity.WARNING, "plan")
def agreement_ends_early(ctx: PlanContext) -> Iterator[Finding]:
    """Cooperation agreements last until the end of the period.

    An agreement that ends before the plan does needs renewing.

    Passing:
        period: {start: 2017-02-01, end: 2021-01-31}
        cooperation_agreements:
          - {id: sa-jobcenter, ..., valid_until: 2021-01-31}
    Failing:
        period: {start: 2017-02-01, end: 2021-01-31}
        cooperation_agreements:
          - {id: sa-jobcenter, ..., valid_until: 2019-12-31}
    """
    end: dt.date = ctx.plan.period.end
    for i, agreement in enumerate(ctx.plan.cooperation_agreements):
        if agreement.valid_until is not None and agreement.valid_until < end:
            yield Finding(
                ("cooperation_agreements", i, "valid_until"),
                msg("f.agreement.ends_early", id=agreement.id, until=agreement.valid_until, end=end),
            )
