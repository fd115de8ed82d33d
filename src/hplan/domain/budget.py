"""Budget arithmetic: funding by source, the local share and the minimum it is held against.

Amounts are whole kroner and sums are exact (``int``); only the share is a
float, compared against the profile's minimum with one tolerance.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from hplan.model.plan import Plan

LBF = "lbf"
"""The funding source that is Landsbyggefonden; every other source is local."""

SHARE_TOLERANCE = 1e-12
"""A share this close to the minimum is at it: 25 % computed as 0.24999999999999997 is not below 25 %."""


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


def below_minimum(share: float, minimum: float) -> bool:
    """Whether a local share is below the profile's minimum (beyond rounding)."""
    return share < minimum - SHARE_TOLERANCE


def fell_below(before: float | None, after: float, minimum: float) -> bool:
    """The local share is below the minimum after a change, and was not, or was less so, before."""
    return below_minimum(after, minimum) and (
        before is None or not below_minimum(before, minimum) or after < before - SHARE_TOLERANCE
    )


def share_floor(found: Totals) -> Fraction:
    """The exact local share, for showing it rounded down: just below the minimum must not read as it."""
    return Fraction(found.total - found.lbf, found.total)


@dataclass(frozen=True, slots=True)
class Shortfall:
    """What would reach the minimum local share: more local money, or less from LBF."""

    more_local: int | None  # None when only less LBF money can reach it (a 100 % minimum)
    less_lbf: int


def shortfall(found: Totals, minimum: float) -> Shortfall:
    """The whole kroner that reach ``minimum``; more local money also raises the total."""
    needed = Fraction(minimum).limit_denominator(10_000)
    local = found.total - found.lbf
    less_lbf = math.ceil(found.total - local / needed)
    if needed >= 1:
        return Shortfall(None, less_lbf)
    return Shortfall(math.ceil((needed * found.total - local) / (1 - needed)), less_lbf)
