"""The budget: local co-financing, its contributors, spending."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.budget import Totals, below_minimum, share_floor, shortfall, totals
from hplan.i18n.glossary import term
from hplan.i18n.message import Message, msg
from hplan.rules.registry import Finding, rule


@rule(codes.LOCAL_SHARE, Severity.ERROR, "plan")
def local_share(ctx: PlanContext) -> Iterator[Finding]:
    """Local co-financing is at least the profile's minimum over the whole period.

    Local share = (total - lbf) / total across all budget lines; LBF pays at
    most 75 % under both LBF profiles. One year or line may be lower.

    Passing:
        funding: {lbf: 750000, aalborg-kommune: 150000, alabu: 100000}
    Failing:
        funding: {lbf: 800000, aalborg-kommune: 150000, alabu: 50000}
    """
    if ctx.profile is None:
        return
    found = totals(ctx.plan)
    share = found.local_share
    minimum = ctx.profile.min_local_share
    if share is not None and below_minimum(share, minimum):
        yield Finding(
            ("budget",),
            msg(
                "f.share.below",
                share=_share_below(found),
                total=found.total,
                profile=term("profile", ctx.profile.id),
                minimum=minimum,
                fix=_shortfall(found, minimum),
            ),
            at_key=True,
        )


def _share_below(found: Totals) -> float:
    """The local share in percent, rounded down: a share just below the minimum must not read as the minimum."""
    return math.floor(share_floor(found) * 1000) / 10


def _shortfall(found: Totals, minimum: float) -> Message:
    """What reaches the minimum: more local money (which also raises the total), or less from lbf."""
    gap = shortfall(found, minimum)
    if gap.more_local is None:
        return msg("f.share.fix_lbf", less_lbf=gap.less_lbf)
    return msg("f.share.fix_both", more_local=gap.more_local, less_lbf=gap.less_lbf)


@rule(codes.LOCAL_CONTRIBUTORS, Severity.ERROR, "plan")
def local_contributors(ctx: PlanContext) -> Iterator[Finding]:
    """Both a municipality and a housing organisation co-finance the plan.

    Over the whole period each must contribute something; a single line or
    year may be zero. The parties must include one of each kind.

    Passing:
        funding: {lbf: 450000, aalborg-kommune: 100000, alabu: 50000}
    Failing:
        funding: {lbf: 450000, aalborg-kommune: 150000}
    """
    plan = ctx.plan
    found = totals(plan).by_source
    for kind, label in (("municipality", "municipality"), ("housing_organisation", "housing")):
        parties = [p for p in plan.parties if p.kind == kind]
        if not parties:
            yield Finding(
                ("parties",),
                msg(f"f.contributors.no_{label}"),
                at_key=True,
            )
        elif not any(found.get(p.id, 0) > 0 for p in parties):
            names = ", ".join(p.id for p in parties)
            yield Finding(
                ("budget",),
                msg(f"f.contributors.{label}_pays_nothing", names=names),
                at_key=True,
            )


@rule(codes.OVERSPENT, Severity.WARNING, "plan")
def overspent(ctx: PlanContext) -> Iterator[Finding]:
    """Spending in a year does not exceed the year's planned budget.

    Compared per year across the lines that report ``spent``; a warning,
    since the board may have approved it.

    Passing:
        - {year: 2017, funding: {lbf: 450000, alabu: 150000}, spent: 580000}
    Failing:
        - {year: 2017, funding: {lbf: 450000, alabu: 150000}, spent: 650000}
    """
    planned: dict[int, int] = defaultdict(int)
    spent: dict[int, int] = defaultdict(int)
    first: dict[int, int] = {}
    for i, line in enumerate(ctx.plan.budget.lines):
        if line.spent is None:
            continue
        planned[line.year] += line.planned
        spent[line.year] += line.spent
        first.setdefault(line.year, i)
    for year in sorted(spent):
        if spent[year] > planned[year]:
            yield Finding(
                ("budget", "lines", first[year], "spent"),
                msg(
                    "f.overspent",
                    year=year,
                    spent=spent[year],
                    planned=planned[year],
                    over=spent[year] - planned[year],
                ),
            )
