"""The budget: local co-financing, its contributors, spending."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from hplan.diagnostics import Severity
from hplan.model.plan import Plan
from hplan.rules.context import PlanContext
from hplan.rules.registry import Finding, rule

LBF = "lbf"


@dataclass(frozen=True, slots=True)
class Totals:
    """Planned funding of a plan (or of one year) by source."""

    by_source: dict[str, int]

    @property
    def total(self) -> int:
        """All sources together."""
        return sum(self.by_source.values())

    @property
    def lbf(self) -> int:
        """Landsbyggefonden's part."""
        return self.by_source.get(LBF, 0)

    @property
    def local_share(self) -> float | None:
        """(total - lbf) / total, or ``None`` for an empty budget."""
        total = self.total
        return (total - self.lbf) / total if total else None


def totals(plan: Plan, year: int | None = None) -> Totals:
    """Planned funding by source, for the whole plan or one calendar year."""
    by_source: dict[str, int] = defaultdict(int)
    for line in plan.budget.lines:
        if year is None or line.year == year:
            for source, amount in line.funding.items():
                by_source[source] += amount
    return Totals(dict(by_source))


def yearly_totals(plan: Plan) -> dict[int, Totals]:
    """:func:`totals` for each calendar year the budget has a line in, in one pass over the lines."""
    by_year: dict[int, dict[str, int]] = {}
    for line in plan.budget.lines:
        sources = by_year.setdefault(line.year, {})
        for source, amount in line.funding.items():
            sources[source] = sources.get(source, 0) + amount
    return {year: Totals(sources) for year, sources in by_year.items()}


@rule("HP401", "local-share", Severity.ERROR, "plan")
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
    if share is not None and share < minimum - 1e-12:
        yield Finding(
            ("budget",),
            f"local co-financing is {_share_below(found)} of {found.total:,} kr; {ctx.profile.id} requires at least "
            f"{minimum:.0%}. {_shortfall(found, minimum)}",
            at_key=True,
        )


def _share_below(found: Totals) -> str:
    """The local share, rounded down: a share just below the minimum must not read as the minimum."""
    local = Fraction(found.total - found.lbf, found.total)
    return f"{math.floor(local * 1000) / 10:.1f}%"


def _shortfall(found: Totals, minimum: float) -> str:
    """What reaches the minimum: more local money (which also raises the total), or less from lbf."""
    needed = Fraction(minimum).limit_denominator(10_000)
    local = found.total - found.lbf
    less_lbf = math.ceil(found.total - local / needed)
    if needed >= 1:
        return f"{less_lbf:,} kr less from lbf reaches it"
    more_local = math.ceil((needed * found.total - local) / (1 - needed))
    return f"About {more_local:,} kr more local funding, or {less_lbf:,} kr less from lbf, reaches it"


@rule("HP402", "local-contributors", Severity.ERROR, "plan")
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
    for kind, label in (("municipality", "municipality"), ("housing_organisation", "housing organisation")):
        parties = [p for p in plan.parties if p.kind == kind]
        if not parties:
            yield Finding(
                ("parties",),
                f"no party is a {label}; a plan is signed by both a municipality and one or more housing organisations",
                at_key=True,
            )
        elif not any(found.get(p.id, 0) > 0 for p in parties):
            names = ", ".join(p.id for p in parties)
            yield Finding(
                ("budget",),
                f"no {label} ({names}) contributes to the budget over the whole period; "
                "local co-financing comes from both the municipality and the housing organisations",
                at_key=True,
            )


@rule("HP403", "overspent", Severity.WARNING, "plan")
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
                f"{year}: spent {spent[year]:,} kr against {planned[year]:,} kr planned on the same lines "
                f"({spent[year] - planned[year]:,} kr over)",
            )
