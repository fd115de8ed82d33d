"""A plan + a calendar year -> the yearly report to Landsbyggefonden (årlig indberetning): ``hplan report --kind lbf``.

The report LBF asks for each calendar year has three parts (domain-2.md,
section 2): the accounts as a reguleringskontoopgørelse (spending per
funding source, LBF's money paid out against used, the reguleringskonto's
movement), goal attainment per success criterion (målopfyldelse), and the
milestone plan for the coming year. The steering group's evaluation
(:func:`hplan.yearly.report.yearly_report`) already gathers the criteria and
next year's milestones, judged as ``hplan status`` judges them; this module
adds the money from :mod:`hplan.domain.money` and never prints. The views in
:mod:`hplan.views.lbf` render it as markdown, HTML or an ``.xlsx`` workbook.

Amounts are as of the report's as-of date: a payment or a submission dated
after it is not yet recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from hplan.domain.money import (
    DEFAULT_REPORT_DUE,
    LbfYear,
    commitments,
    lbf_years,
    party_amounts,
    report_due,
    source_years,
    submitted,
    years_per_source,
)
from hplan.model.plan import Plan
from hplan.privacy import redact
from hplan.yearly.model import UnreadablePlan, YearlyReport
from hplan.yearly.report import ReportOptions, read_for_report


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One funding source in the year: planned, spent (when given per source) and unused."""

    source: str
    name: str | None  # the party's name; None for lbf and 'other'
    planned: int
    spent: int | None
    unused: int | None


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    """A party's commitment for the year (or over the period) against its budget and actual contribution."""

    party: str
    name: str
    forms: tuple[str, ...]
    for_year: bool  # False: the commitment is over the whole period
    committed: int
    budgeted: int  # in the year
    actual: int | None  # in the year, from spending per source


@dataclass(frozen=True, slots=True)
class LbfAccount:
    """LBF's money in the year and the reguleringskonto (uforbrugt LBF-tilskud) before and after it."""

    paid: int
    used: int | None
    opening: int | None  # the balance at the end of the year before
    movement: int | None
    closing: int | None
    recorded: bool  # the closing balance is the accounts' figure


# A year's accounts in the report: spending per source, LBF's grant and the reguleringskonto, the commitments.
Money = tuple[tuple[SourceLine, ...], LbfAccount | None, tuple[CommitmentLine, ...]]


@dataclass(frozen=True, slots=True)
class LbfReport:
    """The yearly report to LBF of one plan and year: the evaluation's parts and the accounts."""

    evaluation: YearlyReport  # criteria, next year's milestones, validation, the plan's facts
    due: dt.date
    submitted: dt.date | None
    sources: tuple[SourceLine, ...]
    lbf: LbfAccount | None  # None when the plan records no LBF payments
    commitments: tuple[CommitmentLine, ...]

    @property
    def year(self) -> int:
        """The calendar year reported."""
        return self.evaluation.year


def lbf_report(path: Path, options: ReportOptions) -> LbfReport | UnreadablePlan:
    """The yearly report to LBF of the plan at ``path`` for ``options.year`` (errors as :func:`yearly_report`)."""
    read = read_for_report(path, options)
    if isinstance(read, UnreadablePlan):
        return read
    evaluation, plan, profile = read
    year, as_of = options.year, options.as_of
    due = report_due(year, profile.lbf_report_due if profile is not None else DEFAULT_REPORT_DUE)
    # A plan not valid as a whole (read as status reads it) keeps its head; its money is left out, the problems listed.
    money: Money = _money(plan, year, as_of) if evaluation.validation.readable else ((), None, ())
    return LbfReport(evaluation, due, submitted(plan, as_of).get(year), *money)


def _money(plan: Plan, year: int, as_of: dt.date) -> Money:
    """The accounts of the year: spending per source, LBF's grant and the reguleringskonto, the commitments."""
    names = {party.id: redact(party.name) for party in plan.parties}
    sources = tuple(
        SourceLine(s.source, names.get(s.source), s.planned, s.spent, s.unused)
        for s in source_years(plan)
        if s.year == year
    )
    lbf = _account(lbf_years(plan, as_of), year) if plan.lbf_payments or plan.regulation_account else None
    return sources, lbf, _commitments(plan, year, names)


def _account(years: list[LbfYear], year: int) -> LbfAccount | None:
    before = [y for y in years if y.year < year]
    found = next((y for y in years if y.year == year), None)
    opening = before[-1].balance if before else 0
    if found is None:
        return LbfAccount(0, None, opening, None, opening, False)
    return LbfAccount(found.paid, found.used, opening, found.movement, found.balance, found.recorded)


def _commitments(plan: Plan, year: int, names: dict[str, str]) -> tuple[CommitmentLine, ...]:
    budgeted = party_amounts(plan)
    actual = party_amounts(plan, spending=True)
    reported = year in years_per_source(plan)
    lines = []
    for item in commitments(plan):
        committed = item.by_year.get(year, 0) if item.by_year is not None else item.total
        lines.append(
            CommitmentLine(
                party=item.party,
                name=names.get(item.party, item.party),
                forms=item.forms,
                for_year=item.by_year is not None,
                committed=committed,
                budgeted=budgeted.get(item.party, {}).get(year, 0),
                actual=actual.get(item.party, {}).get(year, 0) if reported else None,
            )
        )
    return tuple(lines)
