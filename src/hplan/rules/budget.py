"""The budget: local co-financing, its contributors, spending."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.budget import Totals, below_minimum, share_floor, shortfall, totals
from hplan.domain.money import spent_total
from hplan.i18n.glossary import term
from hplan.i18n.message import Message, msg
from hplan.profiles import SIGNING_KINDS
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


# The message ids name a kind of party by these words (f.contributors.no_housing, ...).
_KIND_LABEL = {"municipality": "municipality", "housing_organisation": "housing", "other": "other"}


@rule(codes.LOCAL_CONTRIBUTORS, Severity.ERROR, "plan")
def local_contributors(ctx: PlanContext) -> Iterator[Finding]:
    """The parties include a municipality and a housing organisation: both sign the strategic agreement.

    Which kinds are required is the profile's ``required_parties``; both LBF
    rule sets require a municipality and at least one housing organisation.
    Who pays is rule HP607.

    Passing:
        parties:
          - {id: aalborg-kommune, name: Aalborg Kommune, kind: municipality}
          - {id: alabu, name: Alabu Bolig, kind: housing_organisation}
    Failing:
        parties:
          - {id: aalborg-kommune, name: Aalborg Kommune, kind: municipality}
    """
    kinds = ctx.profile.required_parties if ctx.profile is not None else SIGNING_KINDS
    present = {party.kind for party in ctx.plan.parties}
    for kind in kinds:
        if kind not in present:
            yield Finding(
                ("parties",),
                msg(f"f.contributors.no_{_KIND_LABEL[kind]}"),
                at_key=True,
            )


@rule(codes.LOCAL_CONTRIBUTION_MISSING, Severity.WARNING, "plan")
def local_contribution_missing(ctx: PlanContext) -> Iterator[Finding]:
    """Each kind of party the profile names contributes to the budget over the period.

    Co-financing comes "mostly" from the municipality and the housing
    organisations; the profile's ``local_contributors`` says which kinds must
    pay something and how loud a plan without one is (both LBF rule sets:
    both kinds, a warning; a profile a user writes: none). A single line or
    year may be zero.

    Passing:
        funding: {lbf: 450000, aalborg-kommune: 100000, alabu: 50000}
    Failing:
        funding: {lbf: 450000, aalborg-kommune: 150000}
    """
    if ctx.profile is None:
        return
    wanted = ctx.profile.local_contributors
    severity = Severity(wanted.severity)
    found = totals(ctx.plan).by_source
    for kind in wanted.kinds:
        parties = [p for p in ctx.plan.parties if p.kind == kind]
        if parties and not any(found.get(p.id, 0) > 0 for p in parties):
            names = ", ".join(p.id for p in parties)
            yield Finding(
                ("budget",),
                msg(f"f.contributors.{_KIND_LABEL[kind]}_pays_nothing", names=names),
                at_key=True,
                severity=severity,
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
        amount = spent_total(line)
        if amount is None:
            continue
        planned[line.year] += line.planned
        spent[line.year] += amount
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
