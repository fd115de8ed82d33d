"""The money section of ``hplan status``: per year and source, LBF paid out against used, reports due, commitments.

Built from :mod:`hplan.domain.money` for a plan that records money beyond its
budget (payments, the reguleringskonto, reporting, commitments, or spending
per source); a plan that records none has no money section and shows as
before. :func:`party_years` adds up what each party owes and has paid per
year across a portfolio's plans (the municipal coordinator's view). The values
are named tuples, like the rest of a plan's status, so they pickle cheaply.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from hplan.domain.money import (
    DEFAULT_REPORT_DUE,
    commitments,
    lbf_years,
    next_report,
    party_amounts,
    reports_open,
    source_years,
    spent_per_source,
    submitted,
    years_per_source,
)
from hplan.model.plan import Plan
from hplan.privacy import redact
from hplan.profiles import Profile

_KIND_ORDER = {"municipality": 0, "housing_organisation": 1}


class SourceYearRow(NamedTuple):
    """One funding source in one calendar year."""

    year: int
    source: str
    name: str | None  # the party's name; None for lbf and for a source that is no party ('other')
    planned: int
    spent: int | None  # None when the year gives no spending per source
    unused: int | None


class LbfRow(NamedTuple):
    """Landsbyggefonden's money in one year: paid out, used, the reguleringskonto's change and balance."""

    year: int
    paid: int
    used: int | None
    movement: int | None
    balance: int | None
    recorded: bool  # the balance is the accounts' figure


class ReportRow(NamedTuple):
    """The next yearly report to LBF: the year, its deadline, the days left (negative: overdue)."""

    year: int
    due: dt.date
    days: int
    soon: bool = False  # due within the horizon: it needs attention before it is late


class CommitmentRow(NamedTuple):
    """A party's commitment (cash and in kind together) in one year, or over the period (``year`` None)."""

    party: str
    name: str
    kind: str
    forms: tuple[str, ...]
    year: int | None
    committed: int
    budgeted: int
    paid: int | None  # actual contribution from spending per source; None where none is given


class MoneyStatus(NamedTuple):
    """The money section of one plan."""

    sources: tuple[SourceYearRow, ...]
    lbf: tuple[LbfRow, ...]
    next_report: ReportRow | None
    overdue: tuple[int, ...]  # years whose report is past its deadline
    submitted: tuple[tuple[int, dt.date], ...]
    commitments: tuple[CommitmentRow, ...]


def records_money(plan: Plan) -> bool:
    """Whether the plan records money beyond its budget (else it has no money section)."""
    per_source = any(spent_per_source(line) is not None for line in plan.budget.lines)
    return bool(plan.lbf_payments or plan.regulation_account or plan.co_financing or per_source) or (
        plan.reporting is not None
    )


def money_status(plan: Plan, as_of: dt.date, horizon: int, profile: Profile | None) -> MoneyStatus | None:
    """The money section of a plan as of a date, or ``None`` for a plan that records no money beyond its budget.

    The report to LBF is due on the profile's ``lbf_report_due``, or 30 June when the profile cannot be read
    (validate says why).
    """
    if not records_money(plan):
        return None
    day = profile.lbf_report_due if profile is not None else DEFAULT_REPORT_DUE
    names = {party.id: redact(party.name) for party in plan.parties}
    upcoming = next_report(plan, as_of, day) if plan.reporting is not None else None
    overdue = tuple(r.year for r in reports_open(plan, as_of, day) if r.overdue) if plan.reporting is not None else ()
    per_source = any(spent_per_source(line) is not None for line in plan.budget.lines)
    lbf_recorded = bool(plan.lbf_payments or plan.regulation_account)
    return MoneyStatus(
        sources=tuple(
            SourceYearRow(s.year, s.source, names.get(s.source), s.planned, s.spent, s.unused)
            for s in (source_years(plan) if per_source else ())
            if s.year <= as_of.year  # the years to come are in the budget table
        ),
        lbf=tuple(
            LbfRow(y.year, y.paid, y.used, y.movement, y.balance, y.recorded)
            for y in (lbf_years(plan, as_of) if lbf_recorded else ())
        ),
        next_report=(
            ReportRow(upcoming.year, upcoming.due, upcoming.days, 0 <= upcoming.days <= horizon)
            if upcoming is not None
            else None
        ),
        overdue=overdue,
        submitted=tuple(sorted(submitted(plan, as_of).items())),
        commitments=_commitment_rows(plan),
    )


def _commitment_rows(plan: Plan) -> tuple[CommitmentRow, ...]:
    parties = {party.id: party for party in plan.parties}
    budgeted = party_amounts(plan)
    paid = party_amounts(plan, spending=True)
    reported = years_per_source(plan)
    rows: list[CommitmentRow] = []
    for item in commitments(plan):
        party = parties.get(item.party)
        name, kind = (redact(party.name), party.kind) if party is not None else (item.party, "other")
        lines, actual = budgeted.get(item.party, {}), paid.get(item.party, {})
        if item.by_year is None:
            spent = sum(actual.values()) if reported else None
            rows.append(CommitmentRow(item.party, name, kind, item.forms, None, item.total, sum(lines.values()), spent))
            continue
        for year in sorted(set(item.by_year) | set(lines)):
            spent_year = actual.get(year, 0) if year in reported else None
            committed = item.by_year.get(year, 0)
            rows.append(
                CommitmentRow(item.party, name, kind, item.forms, year, committed, lines.get(year, 0), spent_year)
            )
    return tuple(sorted(rows, key=lambda r: (_KIND_ORDER.get(r.kind, 2), r.party, r.year or 0)))


class PartyYear(NamedTuple):
    """What one party has committed, is budgeted for and has paid in one year, across plans."""

    party: str
    name: str
    kind: str
    year: int | None  # None: commitments over a whole period
    committed: int
    budgeted: int
    paid: int | None


def party_years(money: Sequence[MoneyStatus | None]) -> tuple[PartyYear, ...]:
    """Each party's commitments per year summed across plans (parties matched by id; the first plan's name)."""
    sums: dict[tuple[str, int | None], list[int]] = defaultdict(lambda: [0, 0, 0])
    paid_unknown: set[tuple[str, int | None]] = set()
    first: dict[str, CommitmentRow] = {}
    for status in money:
        for row in status.commitments if status is not None else ():
            key = (row.party, row.year)
            sums[key][0] += row.committed
            sums[key][1] += row.budgeted
            if row.paid is None:
                paid_unknown.add(key)  # one plan without it, and the sum across plans is not known
            else:
                sums[key][2] += row.paid
            first.setdefault(row.party, row)
    found = [
        PartyYear(party, first[party].name, first[party].kind, year, c, b, None if (party, year) in paid_unknown else p)
        for (party, year), (c, b, p) in sums.items()
    ]
    return tuple(sorted(found, key=lambda r: (_KIND_ORDER.get(r.kind, 2), r.party, r.year or 0)))
