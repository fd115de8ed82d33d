"""Money arithmetic: spending per source, LBF paid out against used, the reguleringskonto, the reporting calendar.

Amounts are whole kroner and sums exact (``int``); the only fraction is the
unused share of a year's LBF payments, compared with the profile's threshold.
Payments, reports and decisions dated after the as-of date are not yet
recorded (domain-2.md, C4). The rules, ``hplan status`` and the report to LBF
all read their figures here (docs/money.md says what each one means).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from hplan.domain.budget import LBF
from hplan.domain.calendar import evaluation_due_date
from hplan.model.plan import BudgetLine, Plan

DEFAULT_REPORT_DUE = "06-30"
"""The yearly report to LBF for year X is due by 30 June of X+1 (within six months of the year's end)."""


def spent_total(line: BudgetLine) -> int | None:
    """A line's spending over all sources, whether written as a total or per source; ``None`` when not reported."""
    if line.spent is None or isinstance(line.spent, int):
        return line.spent
    return sum(line.spent.values())


def spent_per_source(line: BudgetLine) -> Mapping[str, int] | None:
    """A line's spending per funding source, or ``None`` when it gives only a total (or nothing)."""
    return line.spent if isinstance(line.spent, dict) else None


def years_per_source(plan: Plan) -> set[int]:
    """The years whose every budget line gives its spending per source: only their sums per source are whole."""
    partial = {line.year for line in plan.budget.lines if spent_per_source(line) is None}
    return {line.year for line in plan.budget.lines} - partial


@dataclass(frozen=True, slots=True)
class SourceYear:
    """One funding source in one calendar year: planned, spent and unused."""

    year: int
    source: str
    planned: int
    spent: int | None  # None unless every line of the year gives its spending per source

    @property
    def unused(self) -> int | None:
        """Planned minus spent (negative when more was spent), or ``None`` without spending per source."""
        return None if self.spent is None else self.planned - self.spent


def source_years(plan: Plan) -> list[SourceYear]:
    """Planned and spent per calendar year and source, LBF first, then the sources by name."""
    planned: dict[tuple[int, str], int] = defaultdict(int)
    spent: dict[tuple[int, str], int] = defaultdict(int)
    reported = years_per_source(plan)
    for line in plan.budget.lines:
        for source, amount in line.funding.items():
            planned[line.year, source] += amount
        for source, amount in (spent_per_source(line) or {}).items():
            spent[line.year, source] += amount
    keys = sorted(set(planned) | set(spent), key=lambda k: (k[0], k[1] != LBF, k[1]))
    return [SourceYear(y, s, planned.get((y, s), 0), spent.get((y, s), 0) if y in reported else None) for y, s in keys]


@dataclass(frozen=True, slots=True)
class LbfYear:
    """Landsbyggefonden's money in one calendar year: paid out, used, and the reguleringskonto after it."""

    year: int
    paid: int
    used: int | None  # spending on the lbf source; None when the year gives no spending per source
    balance: int | None  # uforbrugt LBF-tilskud at the year's end; None when it cannot be known
    recorded: bool  # the balance is the accounts' figure (regulation_account), not hplan's sum
    movement: int | None  # the reguleringskonto's change in the year

    @property
    def unused_share(self) -> Fraction | None:
        """The share of the year's payments left unused, or ``None`` without payments or spending."""
        if self.used is None or self.paid <= 0:
            return None
        return Fraction(self.paid - self.used, self.paid)


def lbf_years(plan: Plan, as_of: dt.date) -> list[LbfYear]:
    """Paid out, used and the running reguleringskonto, for each year up to ``as_of``'s with LBF funding or payments."""
    paid: dict[int, int] = defaultdict(int)
    for payment in plan.lbf_payments:
        if payment.date <= as_of:
            paid[payment.year] += payment.amount
    used = {item.year: item.spent for item in source_years(plan) if item.source == LBF}
    recorded = {entry.year: entry.balance for entry in plan.regulation_account}
    years = sorted(year for year in set(paid) | set(used) | set(recorded) if year <= as_of.year)
    out: list[LbfYear] = []
    balance: int | None = 0
    for year in years:
        before = balance
        spent = used.get(year)
        if year not in used:  # no LBF money budgeted in the year, so none used
            spent = 0
        balance = None if before is None or spent is None else before + paid[year] - spent
        if year in recorded:
            balance = recorded[year]
        movement = None if before is None or balance is None else balance - before
        out.append(LbfYear(year, paid[year], spent, balance, year in recorded, movement))
    return out


def report_due(year: int, month_day: str = DEFAULT_REPORT_DUE) -> dt.date:
    """The day the report for ``year`` is due: ``month_day`` (MM-DD) of the next year; a 29 February falls back."""
    return evaluation_due_date(year, month_day)  # the same rule of the calendar as the yearly evaluation's


def reporting_years(plan: Plan) -> list[int]:
    """The calendar years of the period in which LBF funding is budgeted: each is reported, a short last one too."""
    funded = {line.year for line in plan.budget.lines if line.funding.get(LBF, 0) > 0}
    return [year for year in range(plan.period.start.year, plan.period.end.year + 1) if year in funded]


def submitted(plan: Plan, as_of: dt.date) -> dict[int, dt.date]:
    """The years whose report was submitted by ``as_of``, with the day."""
    return {r.year: r.submitted for r in plan.reporting or () if r.submitted is not None and r.submitted <= as_of}


@dataclass(frozen=True, slots=True)
class ReportDue:
    """The report of one year that has not been submitted: when it is due, and how many days are left."""

    year: int
    due: dt.date
    days: int  # due - as_of: negative when overdue

    @property
    def overdue(self) -> bool:
        """Past the deadline."""
        return self.days < 0


def reports_open(plan: Plan, as_of: dt.date, month_day: str = DEFAULT_REPORT_DUE) -> list[ReportDue]:
    """The reports not submitted by ``as_of`` of years that have ended, oldest first."""
    done = submitted(plan, as_of)
    return [
        ReportDue(year, due, (due - as_of).days)
        for year in reporting_years(plan)
        if year < as_of.year and year not in done
        for due in (report_due(year, month_day),)
    ]


def next_report(plan: Plan, as_of: dt.date, month_day: str = DEFAULT_REPORT_DUE) -> ReportDue | None:
    """The report to send first: the oldest open one, else the current year's when the plan reports it."""
    found = reports_open(plan, as_of, month_day)
    if found:
        return found[0]
    if as_of.year in reporting_years(plan) and as_of.year not in submitted(plan, as_of):
        due = report_due(as_of.year, month_day)
        return ReportDue(as_of.year, due, (due - as_of).days)
    return None


# --- co-financing commitments ------------------------------------------------------------


def party_amounts(plan: Plan, spending: bool = False) -> dict[str, dict[int, int]]:
    """Each source's budgeted (or, with ``spending``, spent per source) amount per calendar year."""
    found: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for line in plan.budget.lines:
        amounts = spent_per_source(line) if spending else line.funding
        for source, amount in (amounts or {}).items():
            found[source][line.year] += amount
    return {source: dict(years) for source, years in found.items()}


@dataclass(frozen=True, slots=True)
class PartyCommitment:
    """A party's commitments together (cash and in kind): per year when every one is, else over the period."""

    party: str
    by_year: Mapping[int, int] | None
    total: int
    forms: tuple[str, ...]


def commitments(plan: Plan) -> list[PartyCommitment]:
    """Each committing party's commitments summed, in the order they are first written; a malformed one is left out."""
    grouped: dict[str, list[int]] = {}
    for index, item in enumerate(plan.co_financing):
        if (item.by_year is None) != (item.amount is None):  # else HP404 reports it, and it counts for nothing
            grouped.setdefault(item.party, []).append(index)
    out = []
    for party, indexes in grouped.items():
        items = [plan.co_financing[i] for i in indexes]
        per_year: dict[int, int] | None = defaultdict(int)
        for item in items:
            if item.by_year is None or per_year is None:
                per_year = None
                continue
            for year, amount in item.by_year.items():
                per_year[year] += amount
        total = sum(item.total for item in items)
        forms = tuple(dict.fromkeys(item.form for item in items))
        out.append(PartyCommitment(party, dict(per_year) if per_year is not None else None, total, forms))
    return out
